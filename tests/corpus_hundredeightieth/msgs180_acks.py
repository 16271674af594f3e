"""Corpus 180, application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs180_common import m

RECEIVED = [
    # ------------------------------------------------------------------ es
    m(kind="application_received", slug="alboran_workday_ack", lang="es",
      company="Hoteles Alborán", contact="",
      frm=("Hoteles Alborán", "hotelesalboran@myworkday.com"),
      subject="Hemos recibido tu solicitud – R-00318 Auxiliar de Recursos Humanos",
      date="2026-04-20 21:03", zone="UTC", html="card", brand="Hoteles Alborán",
      accent="#005a8c", headers=[("Auto-Submitted", "auto-generated")],
      text="""
Hola, Valentina:

Gracias por enviar tu solicitud para el puesto Auxiliar de Recursos Humanos – Hotel Alborán Playa (R-00318).

Nuestro equipo de Selección revisará tu perfil con atención. Puedes consultar el estado de tu candidatura en cualquier momento desde la sección «Mis solicitudes» del portal de empleo: https://wd3.myworkday.com/hotelesalboran/d/home.htmld

Atentamente,
Selección · Hoteles Alborán

Este es un mensaje automático. No respondas a este correo.
"""),

    m(kind="application_received", slug="tartessia_sf_ack", lang="es",
      company="Grupo Tartessia", contact="",
      frm=("Grupo Tartessia - Empleo", "noreply@successfactors.eu"),
      subject="Confirmación de candidatura - Auxiliar de Personal de Tienda (Sevilla Este)",
      date="2026-02-16 07:14", zone="UTC", html="card", brand="Grupo Tartessia",
      accent="#7a1f3d", footer="SAP SuccessFactors Recruiting",
      text="""
Estimada Valentina:

Confirmamos que hemos recibido tu candidatura para la posición Auxiliar de Personal de Tienda (ref. TAR-2026-0147).

Recibimos un número muy elevado de candidaturas y, lamentablemente, no podemos responder a cada persona de forma individual. Si tu perfil encaja con lo que buscamos, nuestro equipo se pondrá en contacto contigo en las próximas semanas.

Gracias por tu interés en Grupo Tartessia.

Departamento de Personas
Grupo Tartessia

Este mensaje se ha generado automáticamente. Por favor, no respondas a esta dirección.
"""),

    m(kind="application_received", slug="empleocosta_registro", lang="es",
      company="Empleo Costa", contact="",
      frm=("Empleo Costa ETT", "noreply@empleocosta.example.es"),
      subject="Alta completada en la bolsa de candidatos de Empleo Costa",
      date="2026-01-12 10:27", html="card", html_only=True, brand="Empleo Costa ETT",
      accent="#f39c12",
      text="""
¡Bienvenida, Valentina!

Tu registro en la bolsa de candidatos de Empleo Costa ETT se ha completado correctamente. Hemos guardado tu currículum y tus preferencias:

- Área: Administración / Recursos Humanos
- Zona: Málaga capital, Axarquía y Costa del Sol occidental
- Disponibilidad: inmediata, jornada completa

Cuando una oferta encaje con tu perfil, una de nuestras consultoras te llamará. Puedes actualizar tus datos en https://candidatos.empleocosta.example.es

Empleo Costa ETT
Avda. de Andalucía 27 · 29007 Málaga
"""),

    m(kind="application_received", slug="velazquez_recruitee_ack", lang="es",
      company="Farmacias Velázquez", contact="",
      frm=("Farmacias Velázquez", "farmaciasvelazquez@jobs.recruitee.com"),
      subject="Gracias por tu candidatura, Valentina",
      date="2026-05-18 22:40", zone="UTC", html="card", brand="Farmacias Velázquez",
      accent="#0f8a5f",
      text="""
Hola Valentina:

¡Gracias por presentar tu candidatura a Auxiliar de Administración de Personal en Farmacias Velázquez!

Ya la tenemos. El equipo de Personas la revisará en los próximos días y te escribiremos para contarte cómo sigue el proceso.

Un saludo,
Farmacias Velázquez · Personas y Cultura
"""),

    m(kind="application_received", slug="sierranevada_softgarden_ack", lang="es",
      company="Grupo Hostelero Sierra Nevada", contact="",
      frm=("Grupo Hostelero Sierra Nevada", "no-reply@softgarden.io"),
      subject="Tu candidatura: Auxiliar de RR. HH. – Hotel Vereda (Granada)",
      date="2026-03-23 18:11", zone="UTC", html="card", brand="Grupo Hostelero Sierra Nevada",
      accent="#2e5e4e", cte="quoted-printable",
      text="""
Hola Valentina Oyelaran-Ruiz:

Hemos recibido correctamente tu candidatura para Auxiliar de RR. HH. – Hotel Vereda (Granada). Muchas gracias por tu interés.

Revisaremos tu documentación y nos pondremos en contacto contigo lo antes posible.

Puedes acceder a tu perfil de candidata aquí: https://grupo-sierranevada.softgarden.io/es/candidate

Saludos cordiales,
Selección · Grupo Hostelero Sierra Nevada
"""),

    m(kind="application_received", slug="naranjos_cv_recibido", lang="es",
      company="Residencial Los Naranjos", contact="mdvega@residenciallosnaranjos.example.es",
      frm=("Mª Dolores Vega", "mdvega@residenciallosnaranjos.example.es"),
      name_enc=("windows-1252", "Q"),
      subject="RE: Candidatura auxiliar administrativa de personal",
      date="2026-02-23 12:02", charset="windows-1252", cte="quoted-printable",
      text="""
Buenos días, Valentina:

Le confirmo que hemos recibido su currículum y su carta. Se los paso hoy mismo a la directora, que es quien lleva la selección; en cuanto lo haya leído me pondré en contacto con usted.

Atentamente,
Mª Dolores Vega
Administración y Personal
Residencial Los Naranjos
Avda. de los Naranjos 23 · 41703 Dos Hermanas (Sevilla)
Tel. 955 000 312
"""),

    m(kind="application_received", slug="imfe_justificante_pdf", lang="es",
      company="Instituto Municipal de Formación y Empleo de Sevilla", contact="",
      frm=("Sede electrónica IMFE", "notificaciones@imfe.example.es"),
      subject="Justificante de registro de su solicitud - AUX-RRHH 03/2026",
      date="2026-05-11 23:48", charset="iso-8859-1", cte="quoted-printable",
      subject_enc=("iso-8859-1", "Q", "full"),
      headers=[("Auto-Submitted", "auto-generated")],
      pdfs=[{"name": "Justificante_registro_E-2026-041877.pdf", "title": "Justificante de registro",
                 "lines": ["INSTITUTO MUNICIPAL DE FORMACIÓN Y EMPLEO DE SEVILLA",
                        "JUSTIFICANTE DE PRESENTACIÓN ELECTRÓNICA",
                        "N.º de registro: E-2026-041877",
                        "Fecha y hora: 11/05/2026 23:47:51",
                        "Interesada: Valentina Oyelaran Ruiz",
                        "Trámite: Solicitud de admisión - Bolsa Auxiliar de RR. HH. (AUX-RRHH 03/2026)",
                        "Documentos aportados: solicitud.pdf, titulacion.pdf, vida_laboral.pdf"]}],
      text="""
Se ha registrado correctamente su solicitud de admisión al proceso selectivo AUX-RRHH 03/2026 (bolsa de Auxiliar de Recursos Humanos).

Número de registro: E-2026-041877
Fecha de presentación: 11/05/2026 23:47

Se adjunta el justificante de presentación con validez legal. Conserve este documento. La lista provisional de personas admitidas y excluidas se publicará en el tablón de la sede electrónica.

Sede electrónica del Instituto Municipal de Formación y Empleo de Sevilla
https://sede.imfe.example.es

Este buzón no admite respuestas.
"""),

    m(kind="application_received", slug="larios_smartrecruiters_ack", lang="es",
      company="Ópticas Larios", contact="",
      frm=("Ópticas Larios", "noreply@smartrecruiters.com"),
      name_enc=("utf-8", "Q"),
      subject="Solicitud recibida: Asistente de Recursos Humanos – Oficina central (Málaga)",
      date="2026-07-20 15:33", zone="UTC", html="card", brand="Ópticas Larios",
      accent="#003a70", footer="Gestionado con SmartRecruiters",
      text="""
Hola Valentina,

Gracias por tu solicitud para Asistente de Recursos Humanos – Oficina central (Málaga). La hemos recibido correctamente y ya está en manos del equipo de selección.

¿Qué pasa ahora? Revisaremos todas las solicitudes cuando termine el plazo de publicación, el 31 de julio. Te informaremos del resultado por este mismo medio.

Un cordial saludo,
Ópticas Larios – Selección
"""),

    m(kind="application_received", slug="enlaza_teamtailor_ack", lang="es",
      company="Enlaza Customer Care", contact="",
      frm=("Enlaza Customer Care", "no-reply@teamtailor-mail.com"),
      subject="¡Recibido! Técnico/a de Formación Interna",
      subject_enc=("utf-8", "B", "full"),
      date="2026-06-08 19:02", zone="UTC", html="card", html_only=True, brand="Enlaza",
      accent="#ff5a5f",
      text="""
¡Hola, Valentina!

Tu candidatura para Técnico/a de Formación Interna (Madrid, híbrido) ya está con nosotros. Gracias por pensar en Enlaza.

Leemos todas las candidaturas una a una, así que danos un poquito de tiempo. Te escribiremos tanto si avanzamos como si no.

Mientras tanto, puedes conocer al equipo en https://enlaza.teamtailor.com/people

Equipo de Talento de Enlaza
"""),

    m(kind="application_received", slug="nexo_cv_registro", lang="es",
      company="Nexo Talent Partners", contact="ignacio.valdecantos@nexotalent.example.es",
      frm=("Ignacio Valdecantos", "ignacio.valdecantos@nexotalent.example.es"),
      subject="Re: CV – Valentina Oyelaran-Ruiz",
      date="2026-01-20 10:31", cte="8bit",
      text="""
Hola Valentina:

Gracias por enviarme tu CV tras nuestra conversación en LinkedIn. Ya lo he incorporado a nuestra base de datos con las etiquetas de RR. HH., hostelería y BPO, y con disponibilidad para Madrid, Málaga y Sevilla.

Cuando tenga un proceso que encaje, te llamo para contártelo antes de presentar tu candidatura a ningún cliente; no enviamos ningún CV sin permiso.

Un saludo,
Ignacio Valdecantos
Senior Consultant | Nexo Talent Partners
Paseo de la Castellana 95, planta 15 · 28046 Madrid
+34 910 000 553

Nexo Talent Partners, S.L. La información de este mensaje es confidencial. Sus datos se tratan con la finalidad de gestionar procesos de selección; puede ejercer sus derechos en privacidad@nexotalent.example.es.
"""),

    m(kind="application_received", slug="atlantida_icims_ack", lang="es",
      company="Atlántida Contact Center", contact="",
      frm=("Atlántida Contact Center", "no-reply@icims.com"),
      subject="Confirmación: Coordinador/a de Formación y RR. HH. (Sevilla – Cartuja)",
      date="2026-08-25 10:17", zone="US", html="card", brand="Atlántida Contact Center",
      accent="#00539b", footer="Powered by iCIMS",
      text="""
Hola Valentina:

Te confirmamos que tu solicitud para el puesto de Coordinador/a de Formación y RR. HH. (Sevilla – Cartuja), requisición 2026-4471, se ha enviado correctamente.

Debido al gran volumen de solicitudes que recibimos, lamentablemente no podemos dar respuesta personalizada a cada candidato. Si tu perfil resulta seleccionado para la siguiente fase, nos pondremos en contacto contigo.

Puedes revisar el estado de tu solicitud en el portal: https://careers-atlantida.icims.com/jobs/candidate

Equipo de Talento · Atlántida Contact Center
"""),

    # ------------------------------------------------------------------ en
    m(kind="application_received", slug="brightdesk_greenhouse_ack", lang="en",
      company="Brightdesk Services", contact="",
      frm=("Brightdesk Services", "no-reply@greenhouse-mail.io"),
      subject="Thanks for applying to Brightdesk Services",
      date="2026-03-03 12:20", zone="UTC", html="plain",
      text="""
Hi Valentina,

Thanks for your interest in Brightdesk Services! We've received your application for the HR Assistant (Spanish speaker) position in Lisbon.

Our team is reviewing applications and will be in touch if your experience matches what we're looking for.

Best,
The Brightdesk Talent Team
"""),

    m(kind="application_received", slug="liffey_ashby_ack", lang="en",
      company="Liffey Customer Solutions", contact="",
      frm=("Liffey Customer Solutions", "no-reply@ashbyhq.com"),
      subject="Application received: HR Coordinator (Spanish/English)",
      date="2026-08-03 07:02", zone="UTC", html="card", brand="Liffey Customer Solutions",
      accent="#0c6e4f",
      text="""
Hi Valentina,

We've got your application for HR Coordinator (Spanish/English) in Dublin. Thank you for taking the time to apply.

What happens next: a member of our Talent team reads every application within ten working days. If we'd like to move forward, we'll email you to set up the next step.

Liffey Customer Solutions Talent Team
"""),

    m(kind="application_received", slug="harbourview_workable_ack", lang="en",
      company="Harbourview Hotels", contact="",
      frm=("Harbourview Hotels", "noreply@workablemail.com"),
      subject="Harbourview Hotels - your application for HR Administrator",
      date="2026-02-02 14:44", zone="UTC", html="card", brand="Harbourview Hotels",
      accent="#114b5f",
      text="""
Dear Valentina,

Thank you for applying for the HR Administrator position at Harbourview Hotels. Your application has been received and will be reviewed by our People & Culture team.

Due to the high volume of applications, unfortunately we cannot reply to every applicant individually. If you have not heard from us within three weeks, please assume that your application has not been shortlisted on this occasion.

Kind regards,
People & Culture Team
Harbourview Hotels
"""),

    m(kind="application_received", slug="pinecrest_bamboohr_ack", lang="en",
      company="Pinecrest Apparel", contact="",
      frm=("Pinecrest Apparel", "notifications@bamboohr.com"),
      subject="We received your application - HR & Payroll Assistant",
      date="2026-09-14 16:08", zone="US", html="card", brand="Pinecrest Apparel",
      accent="#355e3b",
      text="""
Hello Valentina,

Thank you for applying for the HR & Payroll Assistant position at Pinecrest Apparel (Dublin head office).

We have received your application and our hiring team will review it shortly. If your qualifications match our needs, we will contact you to discuss next steps.

Thank you,
Pinecrest Apparel Hiring Team
"""),

    m(kind="application_received", slug="corrib_registration", lang="en",
      company="Corrib People", contact="declan.obriain@corribpeople.example.ie",
      frm=("Declan Ó Briain", "declan.obriain@corribpeople.example.ie"),
      name_enc=("utf-8", "Q"),
      subject="Welcome to Corrib People - registration confirmed",
      date="2026-07-01 12:45", html="plain",
      text="""
Hi Valentina,

Lovely to speak with you earlier. This is just to confirm that you're now registered with Corrib People and that I have your CV, right-to-work details and salary expectations on file.

I'll be in touch as soon as I have something in HR administration or people operations in Dublin that fits. In the meantime, feel free to send me any roles you spot yourself so we don't double up.

Best,
Declan

Declan Ó Briain | Senior Recruitment Consultant
Corrib People | 14 Merrion Square North, Dublin 2
+353 1 000 4471
"""),

    # ------------------------------------------------------------------ fr
    m(kind="application_received", slug="garonne_taleo_ack", lang="fr",
      company="Hôtels Garonne Collection", contact="",
      frm=("Hôtels Garonne Collection", "noreply@taleo.net"),
      name_enc=("iso-8859-1", "Q"),
      subject="Accusé de réception de votre candidature",
      subject_enc=("iso-8859-1", "Q", "full"),
      date="2026-04-07 05:15", zone="UTC", charset="iso-8859-1", cte="base64",
      text="""
Madame,

Nous accusons réception de votre candidature au poste d'Assistant(e) Ressources Humaines (réf. 2600417) et vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier va être étudié avec la plus grande attention par notre équipe recrutement. Nous ne manquerons pas de revenir vers vous si votre profil correspond à nos attentes.

Le Service Recrutement
Hôtels Garonne Collection

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
"""),

    m(kind="application_received", slug="gironde_inscription", lang="fr",
      company="Intérim Gironde", contact="",
      frm=("Intérim Gironde", "ne-pas-repondre@interim-gironde.example.fr"),
      subject="Votre inscription est confirmée",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-07-13 08:20", html="card", brand="Intérim Gironde", accent="#c0392b",
      text="""
Bonjour Valentina,

Votre inscription auprès d'Intérim Gironde est désormais validée. Votre dossier (CV, pièce d'identité, titre de séjour non requis, RIB) est complet.

Vous pouvez dès à présent consulter nos missions et postuler en un clic depuis votre espace : https://monespace.interim-gironde.example.fr

Un chargé de recrutement de l'agence Bordeaux Chartrons vous contactera dès qu'une mission correspond à votre profil.

L'équipe Intérim Gironde
"""),

    m(kind="application_received", slug="chartrons_cv_recu", lang="fr",
      company="Galeries Chartrons", contact="s.mauriac@galeries-chartrons.example.fr",
      frm=("Sandrine Mauriac", "s.mauriac@galeries-chartrons.example.fr"),
      subject="RE: Candidature spontanée - service RH",
      date="2026-08-24 10:06", parent="own_candidature_chartrons", cte="quoted-printable",
      text="""
Bonjour Valentina,

Nous avons bien reçu votre CV et votre lettre, merci. Votre parcours en centre d'appels est original pour un service du personnel, et ça m'intéresse.

Je vous appelle en fin de semaine pour un premier échange.

Bien cordialement,
Sandrine Mauriac
Responsable des ressources humaines
Galeries Chartrons
3 rue Notre-Dame, 33000 Bordeaux
"""),

    # ------------------------------------------------------------------ de
    m(kind="application_received", slug="isarblick_personio_ack", lang="de",
      company="Isarblick Hotels", contact="",
      frm=("Isarblick Hotels", "no-reply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung – HR-Assistenz (m/w/d)",
      date="2026-06-02 09:18", zone="UTC", html="card", brand="Isarblick Hotels",
      accent="#3b5998", footer="Versendet über Personio",
      text="""
Sehr geehrte Frau Oyelaran-Ruiz,

vielen Dank für Ihre Bewerbung als HR-Assistenz (m/w/d) und Ihr Interesse an Isarblick Hotels.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Isarblick Hotels
"""),

    m(kind="application_received", slug="maximilian_softgarden_ack", lang="de",
      company="Kaufhaus Maximilian", contact="",
      frm=("Kaufhaus Maximilian", "no-reply@softgarden.io"),
      subject="Ihre Bewerbung ist bei uns eingegangen",
      date="2026-05-04 06:55", zone="UTC", html="card", brand="Kaufhaus Maximilian",
      accent="#8c1c13", footer="softgarden e-recruiting", cte="base64",
      text="""
Hallo Frau Oyelaran-Ruiz,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Personal (m/w/d). Ihre Unterlagen sind gut bei uns angekommen.

Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung individuell zu beantworten. Wir bitten Sie daher um etwas Geduld; sobald wir Ihre Unterlagen gesichtet haben, erhalten Sie eine Nachricht.

Freundliche Grüße
Ihr Recruiting-Team
Kaufhaus Maximilian
"""),
]

OFFERS = [
    # ------------------------------------------------------------------ es
    m(kind="offer", slug="contacta_offer_pdf", lang="es",
      company="Contacta BPO", contact="alvaro.jimenez@contactabpo.example.es",
      frm=("Álvaro Jiménez Sáez", "alvaro.jimenez@contactabpo.example.es"),
      subject="Carta de oferta – Técnica de Selección Junior",
      date="2026-03-02 13:10", parent="contacta_new_slot", html="outlook",
      pdfs=[{"name": "Carta_oferta_Contacta_BPO_VOyelaran.pdf", "title": "Carta de oferta",
                 "lines": ["CONTACTA BPO - CARTA DE OFERTA",
                        "Málaga, 2 de marzo de 2026",
                        "Dña. Valentina Oyelaran-Ruiz",
                        "Puesto: Técnica de Selección Junior (Departamento de Talento)",
                        "Contrato: indefinido, jornada completa, periodo de prueba de 2 meses",
                        "Salario bruto anual: 22.400 EUR en 14 pagas",
                        "Incorporación prevista: 1 de abril de 2026",
                        "Validez de la oferta: 10 días naturales"]}],
      text="""
Hola Valentina:

¡Enhorabuena! Después de las entrevistas con Rosa y con el equipo de Talento, queremos que te incorpores como Técnica de Selección Junior.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 22.400 € brutos anuales e incorporación el 1 de abril. La oferta es válida durante diez días.

Si tienes cualquier duda, llámame cuando quieras. Y si todo te encaja, contéstame aceptándola y te enviamos el contrato para firmar.

Un abrazo,

Álvaro Jiménez Sáez
Talent Acquisition · Contacta BPO
C/ Severo Ochoa 28, PTA · 29590 Málaga
+34 951 000 640
"""),

    m(kind="offer", slug="nexo_pradera_oferta", lang="es",
      company="Grupo Hotelero Pradera", contact="ignacio.valdecantos@nexotalent.example.es",
      frm=("Ignacio Valdecantos", "ignacio.valdecantos@nexotalent.example.es"),
      subject="¡Pradera quiere hacerte una oferta!",
      subject_enc=("utf-8", "B", "full"),
      date="2026-07-24 13:58", parent="nexo_pradera_cambio",
      text="""
Valentina:

Acabo de colgar con Beatriz Lamela y no quería esperar ni un minuto: Grupo Hotelero Pradera quiere hacerte una oferta para el puesto de HR Generalist Junior.

Lo que me han adelantado: contrato indefinido, 26.000 € brutos anuales más un variable del 5 %, híbrido con tres días en la oficina de Alcalá e incorporación el 1 de septiembre. La carta formal te la mandarán ellos el lunes.

¿Cuándo te puedo llamar para comentarlo? Hay margen para hablar de la fecha de incorporación si necesitas preaviso en tu trabajo actual.

Enhorabuena, de verdad.

Ignacio Valdecantos
Senior Consultant | Nexo Talent Partners
+34 910 000 553
"""),

    m(kind="offer", slug="carmona_verbal", lang="es",
      company="Asesoría Laboral Carmona", contact="lcarmona@asesoriacarmona.example.es",
      frm=("Luisa Carmona", "lcarmona@asesoriacarmona.example.es"),
      subject="Lo que hablamos esta mañana",
      date="2026-04-27 14:25", parent="own_application_carmona",
      charset="iso-8859-1", cte="quoted-printable",
      text="""
Hola, Valentina:

Como te dije por teléfono, nos encantaría que te unieras a la asesoría. Te resumo por escrito lo que hablamos para que lo tengas delante:

- Puesto: auxiliar de laboral (altas, bajas, contratos y apoyo en nóminas)
- Jornada: completa, de 8:00 a 15:00, con tardes libres
- Sueldo: 1.450 euros brutos al mes en 14 pagas
- Empezarías el lunes 18 de mayo, con un mes de formación conmigo

Piénsatelo con calma y dime algo antes del viernes. Si me dices que sí, preparo el contrato.

Un beso,
Luisa

Luisa Carmona Reina
Graduada Social · Asesoría Laboral Carmona
C/ Asunción 62, 1.º · 41011 Sevilla
Tel. 954 000 557
"""),

    m(kind="offer", slug="mercaluz_contrato_firma", lang="es",
      company="Mercaluz", contact="bciscar@mercaluz.example.es",
      frm=("Begoña Císcar", "bciscar@mercaluz.example.es"),
      subject="Tu contrato para firmar – Auxiliar de RRHH",
      date="2026-09-25 12:48", parent="mercaluz_suspende_jornada", html="outlook",
      pdfs=[{"name": "Contrato_Oyelaran-Ruiz_Mercaluz.pdf", "title": "Contrato de trabajo",
                 "lines": ["CONTRATO DE TRABAJO INDEFINIDO",
                        "Empresa: Mercaluz Supermercados - Plataforma de Paterna",
                        "Trabajadora: Valentina Oyelaran-Ruiz",
                        "Categoría: Auxiliar administrativa (Departamento de Personas)",
                        "Fecha de inicio: 5 de octubre de 2026",
                        "Firma de la trabajadora: ______________________"]}],
      text="""
Hola Valentina,

¡Qué alegría cerrar esto por fin después del lío de fechas! Como te confirmé ayer, el puesto es tuyo.

Te adjunto el contrato de trabajo indefinido como Auxiliar de RRHH, con inicio el lunes 5 de octubre. Revísalo, fírmalo (vale firma digital con certificado o imprimirlo, firmarlo y escanearlo) y devuélvemelo respondiendo a este correo antes del miércoles.

Si ves algo que no cuadra con lo que hablamos, me llamas.

Begoña Císcar
Responsable de Personas · Mercaluz Supermercados
Tel. 960 000 118
"""),

    m(kind="offer", slug="emaguas_llamamiento", lang="es",
      company="Emaguas", contact="aruiz@emaguas.example.es",
      frm=("Antonio Ruiz Gámez", "aruiz@emaguas.example.es"),
      subject="Propuesta de contratación – Proceso 07/2026 Auxiliar de Personal",
      date="2026-10-15 10:20", parent="emaguas_aplazamiento", cte="base64",
      text="""
Estimada Sra. Oyelaran-Ruiz:

Una vez publicada la relación definitiva del proceso 07/2026, le comunico que ha obtenido la segunda mejor puntuación, por lo que le corresponde una de las dos plazas de Auxiliar de Personal convocadas.

Le ofrecemos un contrato laboral indefinido, grupo profesional C2, con incorporación prevista el 2 de noviembre de 2026 en la sede central de Emaguas.

Para aceptar la plaza, responda a este correo en un plazo de tres días hábiles y aporte la documentación indicada en las bases (titulación, informe de vida laboral y declaración de no incompatibilidad). Si no recibimos respuesta en ese plazo, se entenderá que renuncia.

Atentamente,

Antonio Ruiz Gámez
Técnico de Selección · Departamento de Recursos Humanos
Empresa Municipal de Aguas de Málaga (Emaguas)
C/ Pacífico 54 · 29004 Málaga · 952 000 900
"""),

    # ------------------------------------------------------------------ en
    m(kind="offer", slug="liffey_offer_pdf", lang="en",
      company="Liffey Customer Solutions", contact="aoife.brennan@liffeycs.example.ie",
      frm=("Aoife Brennan", "aoife.brennan@liffeycs.example.ie"),
      subject="Your offer from Liffey Customer Solutions",
      date="2026-09-01 15:37", parent="liffey_assessment_moved", html="plain",
      pdfs=[{"name": "Offer_Letter_V_Oyelaran-Ruiz.pdf", "title": "Offer of employment",
                 "lines": ["LIFFEY CUSTOMER SOLUTIONS - OFFER OF EMPLOYMENT",
                        "Dublin, 1 September 2026",
                        "Dear Valentina Oyelaran-Ruiz,",
                        "Position: HR Coordinator (Spanish/English)",
                        "Salary: EUR 36,000 per annum, paid monthly",
                        "Start date: Monday 5 October 2026",
                        "Relocation support: EUR 2,500",
                        "Please sign and return within 7 days."]}],
      text="""
Hi Valentina,

I'm delighted to confirm, as I mentioned on the phone this afternoon, that we'd like to offer you the HR Coordinator (Spanish/English) position.

Your offer letter is attached with the full terms: a salary of EUR 36,000, a start date of Monday 5 October, and EUR 2,500 towards your relocation to Dublin. Please read it carefully, and if you're happy, sign and return it within seven days.

I'm around all week if you have questions. We were all really impressed at the assessment centre.

Warm regards,
Aoife Brennan
Talent Acquisition Lead
Liffey Customer Solutions
Grand Canal House, Dublin 4
+353 1 000 8810
"""),

    m(kind="offer", slug="lighthouse_verbal", lang="en",
      company="Lisbon Lighthouse Hostels", contact="tomas@lighthousehostels.example.pt",
      frm=("Tomás Ferreira", "tomas@lighthousehostels.example.pt"),
      subject="Following up on our call",
      date="2026-05-29 19:10", cte="quoted-printable",
      text="""
Hi Valentina,

Great to speak earlier! As promised, here's what I said on the phone, in writing:

We'd like you to join us as People & Guest Experience Coordinator across our three Lisbon hostels. The package is EUR 1,650 gross a month (14 payments), hybrid after the first three months, with a start on 1 July if that works for you.

Our accountant will send the formal contract next week. In the meantime, just reply to say yes (or ask anything) and I'll tell the team.

Obrigado,
Tomás

Tomás Ferreira
Co-founder, Lisbon Lighthouse Hostels
Rua dos Fanqueiros 122, Lisboa
"""),

    m(kind="offer", slug="pinecrest_contract_sign", lang="en",
      company="Pinecrest Apparel", contact="orla.fitzgerald@pinecrest.example.ie",
      frm=("Orla Fitzgerald", "orla.fitzgerald@pinecrest.example.ie"),
      subject="Contract for signature - HR & Payroll Assistant",
      date="2026-10-06 11:52", parent="pinecrest_bamboohr_ack", html="outlook",
      pdfs=[{"name": "Pinecrest_Contract_of_Employment_Oyelaran-Ruiz.pdf",
                 "title": "Contract of Employment",
                 "lines": ["PINECREST APPAREL - CONTRACT OF EMPLOYMENT",
                        "Employee: Valentina Oyelaran-Ruiz",
                        "Role: HR & Payroll Assistant, Dublin head office",
                        "Commencement: 2 November 2026",
                        "Salary: EUR 34,500 per annum",
                        "Signed for the employer: Orla Fitzgerald, Head of HR",
                        "Signed by the employee: ______________________"]}],
      text="""
Hi Valentina,

Following your acceptance of our offer on Friday, please find attached your contract of employment for the HR & Payroll Assistant role.

Please sign the last page, and return a scanned copy to me by Friday 9 October. Once we have it, I'll send your onboarding pack and IT set-up details for your first day, Monday 2 November.

Welcome to Pinecrest!

Orla Fitzgerald
Head of HR | Pinecrest Apparel
Block C, Cherrywood Business Park, Dublin 18
+353 1 000 3300

Pinecrest Apparel Ltd. Registered in Ireland. This message is confidential and may be privileged.
"""),

    # ------------------------------------------------------------------ fr
    m(kind="offer", slug="chartrons_promesse", lang="fr",
      company="Galeries Chartrons", contact="s.mauriac@galeries-chartrons.example.fr",
      frm=("Sandrine Mauriac", "s.mauriac@galeries-chartrons.example.fr"),
      subject="Promesse d'embauche - Assistante RH",
      date="2026-09-29 16:45", parent="chartrons_annulation",
      pdfs=[{"name": "Promesse d'embauche – V. Oyelaran-Ruiz.pdf", "title": "Promesse d'embauche",
                 "lines": ["GALERIES CHARTRONS - PROMESSE D'EMBAUCHE",
                        "Bordeaux, le 29 septembre 2026",
                        "Madame Valentina Oyelaran-Ruiz",
                        "Poste : Assistante ressources humaines, statut employé",
                        "Contrat : CDI à temps plein (35 h)",
                        "Rémunération : 2 050 EUR bruts mensuels sur 13 mois",
                        "Date d'entrée : 2 novembre 2026",
                        "Réponse souhaitée avant le 9 octobre 2026"]}],
      text="""
Bonjour Valentina,

Suite à votre journée d'immersion de la semaine dernière, j'ai le plaisir de vous proposer le poste d'assistante ressources humaines aux Galeries Chartrons.

Vous trouverez ci-joint notre promesse d'embauche : CDI à temps plein, 2 050 € bruts mensuels sur treize mois, avec une prise de poste le 2 novembre.

Merci de nous retourner le document signé avant le 9 octobre. Je reste joignable pour toute question.

Bien cordialement,
Sandrine Mauriac
Responsable des ressources humaines
Galeries Chartrons
"""),

    # ------------------------------------------------------------------ de
    m(kind="offer", slug="bcs_vertragsangebot", lang="de",
      company="Bavaria Contact Services", contact="jonas.hartlieb@bavaria-contact.example.de",
      frm=("Jonas Hartlieb", "jonas.hartlieb@bavaria-contact.example.de"),
      subject="Vertragsangebot Recruiting-Assistenz",
      date="2026-04-08 15:20", parent="bcs_zweimal_angerufen", html="plain",
      pdfs=[{"name": "Vertragsangebot_Oyelaran-Ruiz.pdf", "title": "Vertragsangebot",
                 "lines": ["BAVARIA CONTACT SERVICES - VERTRAGSANGEBOT",
                        "München, 8. April 2026",
                        "Frau Valentina Oyelaran-Ruiz",
                        "Position: Recruiting-Assistenz (m/w/d) mit Spanisch",
                        "Beginn: 1. Juni 2026, unbefristet, 40 Stunden/Woche",
                        "Bruttojahresgehalt: 39.000 EUR",
                        "Annahmefrist: 22. April 2026"]}],
      text="""
Hallo Frau Oyelaran-Ruiz,

nach den Gesprächen mit unserem Team freuen wir uns sehr, Ihnen die Stelle als Recruiting-Assistenz (m/w/d) mit Spanisch anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit allen Konditionen: unbefristete Anstellung ab dem 1. Juni 2026, 39.000 EUR brutto im Jahr und Unterstützung bei der Wohnungssuche in München.

Bitte lassen Sie uns bis zum 22. April wissen, ob Sie das Angebot annehmen. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Viele Grüße
Jonas Hartlieb
Talent Acquisition
Bavaria Contact Services GmbH
Landsberger Straße 302, 80687 München
"""),
]

MESSAGES = RECEIVED + OFFERS
