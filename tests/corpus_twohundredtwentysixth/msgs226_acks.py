"""Corpus 226: application acknowledgements and offers.

Hand-written, one spec per message. The candidate's own application to Santa Faz and her
thank-you to Occitanie Facturation Santé are written here because replies here quote them;
msgs226_other.py sends them as her own (kind `other`) messages.
"""

from __future__ import annotations

from msgs226_common import CAND_ADDR, CAND_NAME, quote, wrote
from msgs226_invites import (
    DANIEL,
    ENCARNA,
    INES,
    JOANA,
    LUCIA,
    MAITE,
    MOVE_SEGURA,
    NURIA,
    PEDRO,
    SANDRINE,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    MESSAGES.append(spec)
    return spec


JORGE = ("Jorge Llorens", "jorge.llorens@albuferatalent.example.es")
SANDRA = ("Sandra Olmedo", "sandra.olmedo@flexiempleo.example.es")
ALVARO = ("Álvaro Quintanilla", "alvaro@medcodia.example.es")
LEIRE = ("Leire Etxeberria", "leire.etxeberria@medcodia.example.es")
KESSLER_FULL = ("Dr. Henrike Kessler", "h.kessler@kesslerbrandt.example.de")
MJOSE = ("María José Ferrándiz Crespo", "mj.ferrandiz@hcbnorte.example.es")

# The candidate's own words, quoted below and sent in msgs226_other.py.

APPLY_SANTAFAZ = """\
Buenas tardes:

Les escribo en respuesta al anuncio publicado en el portal de empleo de Alicante para el puesto de recepcionista y administrativa de facturación de mutuas.

Durante seis años trabajé como recepcionista en una clínica dental de Monterrey (México), donde, además de la agenda y la atención a pacientes, me encargaba de la facturación mensual a las aseguradoras y de las autorizaciones previas. Desde que vivo en Valencia estoy completando un curso de codificación clínica CIE-10-ES de 300 horas.

Adjunto mi currículum. Quedo a su disposición para ampliar cualquier información o para mantener una entrevista cuando les venga bien.

Un saludo cordial,
Renata Vogelsang-Ibáñez
Tel. +34 612 48 90 37
"""

THANKS_OFS = """\
Bonjour Madame Maurel,

Je tenais à vous remercier, ainsi que M. Granier, pour l'entretien d'hier après-midi. J'ai beaucoup apprécié la présentation du circuit de facturation et les cas pratiques sur les rejets des mutuelles, qui m'ont confortée dans mon envie de rejoindre votre équipe.

Comme je vous l'ai indiqué, je peux m'installer à Montpellier dès la fin de l'été.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Renata Vogelsang-Ibáñez
Tél. : +34 612 48 90 37
"""


# =============================================================================================
# application_received
# =============================================================================================

add(kind="application_received", slug="malvarrosa_workday_ack", lang="es",
    company="Hospital Universitario La Malvarrosa", contact="",
    key="t1_ack", date="2026-02-09 08:12", tz="utc",
    frm=("Hospital Universitario La Malvarrosa", "hmalvarrosa@myworkday.com"),
    subject="Hemos recibido tu solicitud: Técnico/a de Facturación y Codificación (R-10482)",
    subj_cs="utf-8/Q",
    text="""\
Hola Renata:

Gracias por presentar tu candidatura a la vacante Técnico/a de Facturación y Codificación (R-10482) en el Hospital Universitario La Malvarrosa.

Tu solicitud ha quedado registrada correctamente el 9 de febrero de 2026. El equipo de Selección revisará la documentación en las próximas semanas y, si tu perfil encaja con lo que buscamos, se pondrá en contacto contigo para los siguientes pasos.

Puedes consultar el estado de tu candidatura en cualquier momento desde el portal de empleo:
https://hmalvarrosa.wd3.myworkday.com/es-ES/careers/userHome

Un saludo,
Selección de Personas
Hospital Universitario La Malvarrosa

Este mensaje se ha generado automáticamente. Por favor, no respondas a esta dirección.
""",
    layout="alt", look="ats", brand="Hospital Universitario La Malvarrosa",
    accent="#005f73", charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

add(kind="application_received", slug="tagus_greenhouse_ack", lang="en",
    company="Tagus Health Revenue", contact="",
    key="t2_ack", date="2026-03-02 14:33", tz="utc",
    frm=("Tagus Health Revenue", "no-reply@us.greenhouse-mail.io"),
    subject="Thank you for applying to Tagus Health Revenue",
    text="""\
Hi Renata,

Thanks for applying to the Revenue Cycle Associate (Spanish & English) position at Tagus Health Revenue. We wanted to let you know that your application has arrived safely.

Our talent team reads every application themselves, so it can take up to two weeks before you hear from us. In the meantime, feel free to read about how we work with hospitals in the UK and Ireland on our blog: https://tagusrevenue.example.pt/blog

All the best,
The Tagus Health Revenue Talent Team
""",
    layout="html", look="ats", brand="Tagus Health Revenue", accent="#155e75",
    charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="mainklinikum_softgarden_ack", lang="de",
    company="Mainklinikum Sachsenhausen", contact="",
    key="t3_ack", date="2026-02-10 07:58", tz="utc",
    frm=("Mainklinikum Sachsenhausen", "no-reply@softgarden.io"),
    subject="Eingangsbestätigung: Ihre Bewerbung als Mitarbeiter*in Patientenabrechnung (m/w/d)",
    subj_cs="iso-8859-1/Q",
    text="""\
Sehr geehrte Frau Vogelsang-Ibáñez,

vielen Dank für Ihr Interesse am Mainklinikum Sachsenhausen und für Ihre Bewerbung als Mitarbeiter*in Patientenabrechnung (m/w/d), Kennziffer 2026-017.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen nun alle Bewerbungen sorgfältig und melden uns voraussichtlich innerhalb von drei Wochen bei Ihnen.

Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenkonto.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Mainklinikum Sachsenhausen gGmbH
Schifferstraße 120, 60594 Frankfurt am Main

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""",
    layout="alt", look="ats", brand="Mainklinikum Sachsenhausen", accent="#1d4ed8",
    charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="medcodia_ashby_ack", lang="es",
    company="Medcodia", contact="",
    key="t5_ack", date="2026-08-03 09:20", tz="utc",
    frm=("Medcodia", "no-reply@ashbyhq.com"),
    subject="Gracias por postularte a Medcodia",
    text="""\
¡Hola, Renata!

Gracias por tu interés en Medcodia y por aplicar a la posición de Codificadora/or Clínica (remoto, España). Te confirmamos que hemos recibido tu candidatura.

Somos un equipo pequeño, así que revisamos cada perfil a mano. Si vemos encaje, te escribiremos en los próximos diez días para proponerte una primera charla.

Mientras tanto, aquí tienes cómo trabajamos: https://medcodia.example.es/equipo

Un abrazo,
El equipo de Medcodia
""",
    layout="alt", look="ats", brand="Medcodia", accent="#111827",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="tempora_registration", lang="es",
    company="Tempora", contact=NURIA[1],
    key="t6_reg", date="2026-01-14 12:50", tz="eu",
    frm=NURIA, name_cs="windows-1252/Q",
    subject="Alta completada en Tempora ETT – bienvenida", subj_cs="windows-1252/Q",
    text="""\
Hola Renata:

Ya estás dada de alta en nuestra base de datos de candidatos de Tempora ETT, delegación de Valencia (Gran Vía Marqués del Turia). Gracias por pasarte ayer por la oficina y por traer la documentación completa: NIE, titulación y el certificado del curso de codificación CIE-10-ES.

He marcado tu perfil para puestos administrativos en el sector sanitario: admisión, facturación a mutuas y aseguradoras y codificación. En cuanto un cliente abra un proceso que encaje, te llamo antes de enviar tu CV a nadie.

Cualquier cambio de disponibilidad o de teléfono, escríbeme directamente a este correo.

Un saludo,

Nuria Cabanilles Peris
Consultora de Selección – Área Sanitaria
Tempora ETT, S.L. · Gran Vía Marqués del Turia 41, 46005 Valencia
Tel. 963 00 41 27 · nuria.cabanilles@tempora.example.es

Este correo y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del RGPD, le informamos de que sus datos se tratan con la finalidad de gestionar procesos de selección.
""",
    layout="plain", charset="windows-1252", cte="qp")

add(kind="application_received", slug="codimed_smartrecruiters_ack", lang="es",
    company="CodiMed", contact="",
    key="t8_ack", date="2026-04-08 06:44", tz="utc",
    frm=("CodiMed Murcia", "noreply@smartrecruiters.com"),
    subject="Candidatura recibida – Codificador/a CIE-10-ES Junior", subj_cs="utf-8/B",
    text="""\
Hola Renata,

¡Gracias por tu candidatura! Hemos recibido correctamente tu solicitud para el puesto de Codificador/a CIE-10-ES Junior en CodiMed Murcia.

¿Qué pasa ahora?
1. Nuestro equipo revisa los perfiles recibidos hasta el 20 de abril.
2. Las personas preseleccionadas recibirán un correo con los detalles de la siguiente fase.
3. Te mantendremos informada del estado de tu candidatura a través de este mismo canal.

Gracias de nuevo por pensar en nosotros.

Equipo de Talento de CodiMed
Avenida de la Libertad 8, 30009 Murcia
""",
    layout="alt", look="ats", brand="CodiMed Murcia", accent="#7c3aed",
    charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="ofsante_teamtailor_ack", lang="fr",
    company="Occitanie Facturation Santé", contact="",
    key="t10_ack", date="2026-05-12 15:02", tz="utc",
    frm=("Occitanie Facturation Santé", "no-reply@teamtailor-mail.com"), name_cs="utf-8/B",
    subject="Votre candidature a bien été reçue", subj_cs="utf-8/B",
    text="""\
Bonjour Renata,

Merci pour votre candidature au poste de Technicienne / Technicien de facturation hospitalière (CDI, Montpellier).

Nous vous confirmons sa bonne réception. Notre équipe recrutement étudie chaque dossier avec attention ; vous recevrez une réponse dans un délai de trois semaines environ.

En attendant, n'hésitez pas à découvrir nos métiers sur https://ofsante.example.fr/carrieres

Bien cordialement,
L'équipe Recrutement
Occitanie Facturation Santé
""",
    layout="html", look="ats", brand="Occitanie Facturation Santé", accent="#b45309",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="castellana_icims_no_individual_reply", lang="es",
    company="Grupo Hospitalario Castellana", contact="",
    key="t11_ack", date="2026-06-03 10:16", tz="utc",
    frm=("Grupo Hospitalario Castellana", "no-reply@icims.com"),
    subject="Confirmación de recepción de su candidatura – Ref. 2026-ADM-0311",
    subj_cs="windows-1252/B",
    text="""\
Estimada Sra. Vogelsang-Ibáñez:

Le agradecemos el interés mostrado en formar parte de Grupo Hospitalario Castellana. Confirmamos la recepción de su candidatura al puesto de Administrativo/a de Facturación a Aseguradoras (Ref. 2026-ADM-0311), Madrid.

Debido al elevado número de solicitudes que recibimos, lamentablemente no podemos responder de forma individual a cada candidatura. Nuestro equipo de Selección analizará su perfil y, en caso de que se ajuste a los requisitos del puesto, contactará con usted por teléfono o correo electrónico.

Sus datos se conservarán durante doce meses para futuros procesos, salvo que nos indique lo contrario.

Atentamente,
Departamento de Recursos Humanos
Grupo Hospitalario Castellana
Paseo de la Castellana 212, 28046 Madrid
""",
    layout="alt", look="ats", brand="Grupo Hospitalario Castellana", accent="#334155",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="azrm_personio_ack", lang="de",
    company="Abrechnungszentrum Rhein-Main", contact="",
    key="t12_ack", date="2026-02-24 13:05", tz="utc",
    frm=("Abrechnungszentrum Rhein-Main", "no-reply@personio.de"),
    subject="Ihre Bewerbung bei der Abrechnungszentrum Rhein-Main GmbH",
    text="""\
Guten Tag Frau Vogelsang-Ibáñez,

herzlichen Dank für Ihre Bewerbung als Medizinische Kodierfachkraft (m/w/d) in Teilzeit oder Vollzeit.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Aufgrund der Vielzahl an Zuschriften ist es uns leider nicht möglich, jede Bewerbung einzeln zu kommentieren. Sobald die Fachabteilung Ihre Unterlagen gesichtet hat, erhalten Sie eine Nachricht von uns – in der Regel innerhalb von 14 Tagen.

Freundliche Grüße

Ihr Personalteam
Abrechnungszentrum Rhein-Main GmbH
Mainzer Landstraße 301 · 60326 Frankfurt am Main
Geschäftsführung: Dr. Ulrike Sänger · Amtsgericht Frankfurt am Main HRB 99812
""",
    layout="plain", charset="windows-1252", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="nexo_recruitee_cv", lang="es",
    company="Nexo Global Services", contact="",
    key="t14_ack", date="2026-01-26 19:02", tz="utc",
    frm=("Nexo Global Services", "no-reply@jobs.recruitee.com"),
    subject="¡Recibimos tu CV, Renata!", subj_cs="utf-8/B",
    text="""\
Hola Renata,

¡Recibimos tu CV! Gracias por postularte a la vacante de Agente de Autorizaciones Médicas (cuenta México) en Nexo Global Services, Madrid.

Nuestro equipo de reclutamiento está revisando las postulaciones. Si tu perfil avanza, te vamos a contactar por correo o WhatsApp para agendar una llamada.

Mucho éxito,
Reclutamiento Nexo Global Services
Calle de Alcalá 478, 28027 Madrid
""",
    layout="alt", look="simple", charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="alfama_lever_ack", lang="en",
    company="Alfama Claims Solutions", contact="",
    key="t9_ack", date="2026-03-20 11:47", tz="utc",
    frm=("Alfama Claims Solutions", "no-reply@hire.lever.co"),
    subject="Alfama Claims Solutions - we received your application",
    text="""\
Hi Renata,

Thank you for your interest in Alfama Claims Solutions! This note is to confirm that we have received your application for Claims Coding Analyst (Spanish speaker) in Lisbon.

What happens next: a member of our recruiting team will review your application. If your background matches what the team needs, we will reach out to schedule a short call.

Best,
Alfama Claims Solutions Recruiting

Sent via Lever. Alfama Claims Solutions, Rua da Prata 92, 1100-420 Lisboa, Portugal
""",
    layout="plain", charset="us-ascii", cte="7bit",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="santafaz_cv_passed_on", lang="es",
    company="Policlínica Santa Faz", contact=MAITE[1],
    key="sf_ack", parent="sf_apply", date="2026-01-22 11:06", tz="eu",
    frm=MAITE,
    subject="RE: Candidatura: Recepcionista / administrativa de facturación",
    text="""\
Hola Renata,

Te confirmo que hemos recibido tu correo y el CV. Se lo he pasado a nuestra gerente, Lola Berenguer, que es quien lleva la selección para el puesto de recepción y facturación de mutuas. Ella lo revisará esta semana.

Gracias por tu interés en la Policlínica.

Saludos,
Maite Pastor
Recepción - Policlínica Santa Faz
Avda. de Denia 117, 03015 Alicante · Tel. 965 26 11 80

""" + quote(APPLY_SANTAFAZ, wrote("es", "mar, 20 ene 2026 a las 18:42", CAND_NAME, CAND_ADDR)),
    layout="plain", charset="iso-8859-1", cte="qp")

add(kind="application_received", slug="albufera_registration_replyto", lang="es",
    company="Albufera Talent", contact=JORGE[1],
    key="al_reg", date="2026-01-08 17:20", tz="eu",
    frm=("Albufera Talent", "candidatos@albuferatalent.example.es"), reply_to=JORGE,
    subject="Tu registro en Albufera Talent",
    text="""\
Hola, Renata:

Soy Jorge Llorens, consultor del área de Salud y Seguros en Albufera Talent. Te escribo para confirmarte que tu registro en nuestra plataforma de candidatos se ha completado y que ya he revisado tu CV.

Tu combinación de experiencia en recepción de clínica dental, trato con aseguradoras en México y formación reciente en codificación es poco habitual y nos interesa. De momento no tengo un proceso abierto que encaje al cien por cien, pero te tendré en cuenta para las búsquedas que lleguen en los próximos meses.

Si quieres que hablemos para afinar qué tipo de puesto buscas, contesta a este correo y te llamo.

Un saludo,
Jorge Llorens Bataller
Senior Consultant – Healthcare & Insurance
Albufera Talent · Carrer de Colón 60, 46004 València
M. +34 644 20 18 55
""",
    layout="alt", look="word", charset="windows-1252", cte="qp")

add(kind="application_received", slug="blueharbor_icims_volume", lang="en",
    company="BlueHarbor Insurance Services", contact="",
    key="bh_ack", date="2026-07-01 16:28", tz="utc",
    frm=("BlueHarbor Insurance Services", "no-reply@icims.com"),
    subject="Application received: Medical Claims Coder (Req 4471)",
    text="""\
Dear Renata,

Thank you for applying for the Medical Claims Coder role (Req 4471) at our Lisbon service centre. This email confirms that your application is now in our system.

We receive a large number of applications and, unfortunately, we cannot reply to every applicant individually. Our recruiters will review your profile against the requirements of the role and will contact you directly if you are shortlisted.

You can update your profile or withdraw your application at any time in the candidate portal.

Kind regards,
Talent Acquisition
BlueHarbor Insurance Services
Avenida da Liberdade 190, 1250-147 Lisboa

This is an automated message from our recruitment system; replies are not monitored.
""",
    layout="alt", look="ats", brand="BlueHarbor Insurance Services", accent="#1e3a8a",
    charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="costablanca_successfactors", lang="es",
    company="Hospital Costa Blanca Norte", contact="",
    key="cb_ack", date="2026-05-18 08:03", tz="utc",
    frm=("Hospital Costa Blanca Norte", "no-reply@successfactors.eu"),
    subject="Solicitud recibida: Administrativo/a de Admisión y Facturación (Dénia)",
    subj_cs="iso-8859-1/Q",
    text="""\
Estimada candidata:

Hemos recibido su solicitud para la posición Administrativo/a de Admisión y Facturación, centro de trabajo Dénia (Alicante), número de requisición 8821.

Revisaremos su candidatura con detenimiento. Si su perfil resulta seleccionado para la siguiente fase, el equipo de Recursos Humanos se pondrá en contacto con usted.

Le recordamos que puede acceder a su perfil de candidato para completar o actualizar sus datos.

Reciba un cordial saludo,
Recursos Humanos
Hospital Costa Blanca Norte
""",
    layout="html", look="ats", brand="Hospital Costa Blanca Norte", accent="#0369a1",
    charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="huerta_bolsa_registro", lang="es",
    company="Hospital Virgen de la Huerta", contact=ENCARNA[1],
    key="vh_ack", date="2026-04-01 12:35", tz="eu",
    frm=ENCARNA, name_cs="iso-8859-1/Q",
    subject="Registro de solicitud en bolsa de trabajo – Personal administrativo (Codificación)",
    subj_cs="windows-1252/Q",
    text="""\
Buenos días, Sra. Vogelsang-Ibáñez:

Le comunico que su solicitud de inclusión en la bolsa de trabajo de personal administrativo con perfil de codificación del Hospital Virgen de la Huerta ha quedado registrada con el número 2026/0417, con fecha de entrada 31 de marzo de 2026.

La documentación aportada (título, certificado de homologación y curso de CIE-10-ES de 300 horas) está completa. La valoración de méritos se publicará en el tablón de anuncios del hospital y en la web en la primera quincena de mayo.

No es necesario que aporte nada más por ahora.

Atentamente,

Encarnación Ruiz Manzanera
Unidad de Selección y Provisión – Recursos Humanos
Hospital Virgen de la Huerta
Ctra. de Alcantarilla s/n, 30120 Murcia
Tel. 968 35 40 00 – ext. 2231
""",
    layout="plain", charset="windows-1252", cte="8bit")

add(kind="application_received", slug="flexiempleo_inscription", lang="es",
    company="Flexiempleo", contact=SANDRA[1],
    key="fx_reg", date="2026-01-12 09:15", tz="eu",
    frm=("Flexiempleo", "no-reply@flexiempleo.example.es"), reply_to=SANDRA,
    subject="Tu inscripción en Flexiempleo está completa", subj_cs="iso-8859-1/Q",
    text="""\
Hola Renata,

Tu inscripción como candidata en Flexiempleo se ha completado correctamente. Tu consultora asignada es Sandra Olmedo, de nuestra oficina de Madrid-Chamartín; si respondes a este correo, le llegará directamente a ella.

Perfil registrado: Administración sanitaria · Facturación · Atención al paciente
Disponibilidad: incorporación inmediata, jornada completa
Zonas de interés: Madrid, Valencia, teletrabajo

Recuerda mantener tu CV actualizado en el Área de Candidatos para que podamos proponerte a las empresas cliente.

Equipo Flexiempleo
""",
    layout="alt", look="ats", brand="Flexiempleo", accent="#ea580c",
    charset="utf-8", cte="qp")

add(kind="application_received", slug="mutuelle_garrigue_taleo", lang="fr",
    company="Mutuelle Garrigue", contact="",
    key="mg_ack", date="2026-07-02 06:55", tz="utc",
    frm=("Mutuelle Garrigue - Recrutement", "no-reply@taleo.net"),
    subject="Accusé de réception - Gestionnaire prestations santé H/F (Réf. MG-2026-118)",
    subj_cs="iso-8859-1/B",
    text="""\
Madame,

Nous accusons réception de votre candidature au poste de Gestionnaire prestations santé H/F (réf. MG-2026-118), basé à Montpellier, et vous remercions de l'intérêt que vous portez à la Mutuelle Garrigue.

Votre dossier va être examiné par notre service Ressources humaines en lien avec le responsable du pôle Prestations. Nous reviendrons vers vous dans les meilleurs délais.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le service Recrutement
Mutuelle Garrigue
Mutuelle soumise aux dispositions du livre II du Code de la mutualité
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    layout="plain", charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="medbill_bamboohr_ack", lang="en",
    company="MedBill Europe", contact="",
    key="mb_ack", date="2026-08-10 12:10", tz="utc",
    frm=("MedBill Europe", "notifications@bamboohr.com"),
    subject="Thanks for applying to MedBill Europe!",
    text="""\
Hi Renata,

Thanks for applying for our Medical Billing Specialist (Spanish/English, remote-first) opening. We've got your application and our hiring team will take a look soon.

If there's a fit, Daniel from our Frankfurt team will reach out to you directly.

Thanks,
MedBill Europe People Team

--
Powered by BambooHR. Please do not reply to this automated email.
""",
    layout="plain", charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="application_received", slug="estrela_profile_live", lang="en",
    company="Estrela Recruitment", contact=INES[1],
    key="t15_reg", date="2026-02-05 17:48", tz="pt",
    frm=INES, name_cs="windows-1252/Q",
    subject="Welcome to Estrela Recruitment - your profile is live",
    text="""\
Dear Renata,

Lovely to speak with you on Tuesday. As promised, I've created your candidate profile with us, so you're now officially registered with Estrela Recruitment's healthcare administration desk.

A quick recap of what we agreed:
- roles: medical billing, coding support, patient services with English and Spanish
- location: Lisbon on-site or hybrid; relocation from Valencia is fine from April
- salary expectation: €1,500–1,700 gross per month (14 payments)

I'll only ever send your CV to a client with your permission, and I'll call you before I do.

Speak soon,
Inês

Inês Barros
Senior Recruitment Consultant, Healthcare
Estrela Recruitment, Lda. | Rua Castilho 39, 1250-068 Lisboa
+351 912 447 306
""",
    layout="alt", look="word", charset="windows-1252", cte="qp")

add(kind="application_received", slug="contactia_teamtailor_ack", lang="es",
    company="Contactia Health", contact="",
    key="ct_ack", date="2026-09-01 10:42", tz="utc",
    frm=("Contactia Health", "no-reply@teamtailor-mail.com"),
    subject="¡Gracias por tu candidatura, Renata!", subj_cs="utf-8/Q",
    text="""\
¡Hola Renata!

Qué ilusión que quieras unirte a Contactia Health. Hemos recibido tu candidatura para Gestor/a de Facturación a Aseguradoras – Valencia.

Nuestro equipo de Talento está revisando todas las candidaturas y te contaremos algo en cuanto tengamos novedades. Si quieres añadir algo a tu perfil (un certificado, un enlace, lo que sea), puedes hacerlo desde el enlace de abajo.

https://contactia.teamtailor.com/connect/candidate

¡Un saludo del equipo de Contactia Health!
""",
    layout="alt", look="ats", brand="Contactia Health", accent="#db2777",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])


# =============================================================================================
# offer
# =============================================================================================

OFFER_TAGUS = """\
Dear Renata,

Following your interviews with Miguel and me, I am delighted to offer you the position of Revenue Cycle Associate (Spanish & English) at Tagus Health Revenue in Lisbon.

The main terms are set out in the attached offer letter:
- start date: 1 June 2026 (flexible by two weeks)
- gross annual salary: €22,400, paid in 14 instalments, plus meal allowance
- hybrid: three days a week in our Alcântara office
- relocation support of €1,500 for your move from Valencia

Please read the letter carefully and let me know by 30 April whether you accept. If anything is unclear, or if you'd like to talk it over, just reply or call me.

We really enjoyed meeting you and hope you will join us.

Warm regards,
Joana Reis
Talent Partner | Tagus Health Revenue, Lda.
Rua Maria Pia 5, 1350-207 Lisboa | +351 21 398 55 20
"""

add(kind="offer", slug="tagus_offer_letter_pdf", lang="en",
    company="Tagus Health Revenue", contact=JOANA[1],
    key="t2_offer", parent="t2_move", date="2026-04-20 16:05", tz="pt",
    frm=JOANA,
    subject="Offer of employment – Revenue Cycle Associate", subj_cs="utf-8/B",
    text=OFFER_TAGUS, layout="plain", charset="utf-8", cte="qp",
    attach=[{"type": "pdf", "filename": "Tagus_Offer_Letter_RVogelsang.pdf",
             "title": "Offer of employment - Revenue Cycle Associate",
             "lines": ["TAGUS HEALTH REVENUE, LDA. - Rua Maria Pia 5, 1350-207 Lisboa",
                       "Lisbon, 20 April 2026",
                       "Dear Ms Renata Vogelsang-Ibáñez,",
                       "We are pleased to offer you employment as Revenue Cycle Associate",
                       "(Spanish & English), reporting to the Billing Operations Lead.",
                       "Start date: 1 June 2026. Gross annual salary: EUR 22,400 (14 payments).",
                       "Working model: hybrid, three office days per week (Alcântara).",
                       "Relocation support: EUR 1,500, paid with the first salary.",
                       "Please sign and return this letter by 30 April 2026.",
                       "Joana Reis, Talent Partner"]}])

OFFER_MEDCODIA_VERBAL = """\
Hola Renata,

Te pongo por escrito lo que te adelanté por teléfono esta mañana: queremos que te incorpores a Medcodia como Codificadora Clínica en el equipo de hospitales privados.

Resumen de la propuesta:
· Contrato indefinido, jornada completa, 100 % en remoto desde Valencia (dos visitas al año a Madrid, pagadas por nosotros).
· 24.500 € brutos anuales en 12 pagas + 1.000 € de bonus por certificación CCS cuando la consigas.
· Incorporación: 1 de octubre, con un mes de formación con Irene.

Leire, de People, te mandará el contrato esta semana para que lo revises con calma. Si tienes cualquier duda antes, me escribes o me llamas al 611 09 32 74.

Nos encantó tu jornada de prueba. Ojalá digas que sí.

Un abrazo,
Álvaro
--
Álvaro Quintanilla · CEO · Medcodia
Calle de Fuencarral 96, 3.º, 28004 Madrid
"""

add(kind="offer", slug="medcodia_verbal_followup", lang="es",
    company="Medcodia", contact=ALVARO[1],
    key="t5_verbal", parent="t5_move", date="2026-09-10 13:02", tz="eu",
    frm=ALVARO, name_cs="utf-8/B",
    subject="Lo que hablamos esta mañana",
    text=OFFER_MEDCODIA_VERBAL, layout="plain", charset="utf-8", cte="8bit")

CONTRACT_MEDCODIA = """\
Hola Renata:

Encantada, soy Leire, de People en Medcodia. Te adjunto el contrato de trabajo y el anexo de teletrabajo para que los revises.

Cuando estés conforme, fírmalos (vale firma electrónica con certificado digital o bien imprimir, firmar y escanear) y me los devuelves respondiendo a este correo antes del miércoles 30 de septiembre. Con eso damos de alta tu incorporación del 1 de octubre y te enviamos el portátil a casa.

Necesitaré también tu número de la Seguridad Social y un IBAN para la nómina.

Cualquier cosa, aquí estoy.

Un saludo,
Leire Etxeberria
People & Operations · Medcodia
"""

add(kind="offer", slug="medcodia_contract_to_sign", lang="es",
    company="Medcodia", contact=LEIRE[1],
    key="t5_contract", parent="t5_verbal", date="2026-09-15 11:27", tz="eu",
    frm=LEIRE, cc=[ALVARO],
    subject="Contrato para firma – Codificadora Clínica", subj_cs="utf-8/Q",
    text=CONTRACT_MEDCODIA, layout="alt", look="simple", charset="utf-8", cte="qp",
    attach=[{"type": "pdf", "filename": "Contrato_Medcodia_Vogelsang-Ibáñez.pdf",
             "title": "Contrato de trabajo indefinido - Medcodia",
             "lines": ["CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO",
                       "Empresa: Medcodia, S.L. - Calle de Fuencarral 96, 28004 Madrid",
                       "Trabajadora: Renata Vogelsang-Ibáñez",
                       "Puesto: Codificadora Clínica - Grupo profesional 2",
                       "Jornada: completa, 40 horas semanales, teletrabajo 100 %",
                       "Retribución: 24.500 EUR brutos anuales en 12 pagas",
                       "Fecha de inicio: 1 de octubre de 2026",
                       "Periodo de prueba: seis meses",
                       "Anexo I: acuerdo de trabajo a distancia (Ley 10/2021)",
                       "Firma de la empresa: ____________   Firma de la trabajadora: ____________"]}])

add(kind="offer", slug="ofsante_offer_replying_thanks", lang="fr",
    company="Occitanie Facturation Santé", contact=SANDRINE[1],
    key="t10_offer", parent="t10_thanks", date="2026-06-18 10:40", tz="eu",
    frm=SANDRINE,
    subject="RE: Merci pour notre entretien",
    text="""\
Bonjour Renata,

Merci pour votre message, qui nous a fait plaisir. J'ai le plaisir de vous annoncer que nous souhaitons vous recruter au poste de technicienne de facturation hospitalière, en CDI, à compter du 1er septembre 2026.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération (25 800 euros bruts annuels), la période d'essai de deux mois et l'organisation du télétravail (deux jours par semaine).

Pourriez-vous nous retourner le document signé d'ici le 26 juin ? Je reste bien sûr disponible si vous souhaitez en discuter par téléphone.

Bien cordialement,

Sandrine Maurel
Responsable Ressources humaines
Occitanie Facturation Santé SAS
45 avenue du Pont-Juvénal, 34000 Montpellier
04 67 20 18 63

""" + quote(THANKS_OFS, wrote("fr", "mer. 10 juin 2026 à 19:05", CAND_NAME, CAND_ADDR)),
    layout="plain", charset="iso-8859-1", cte="qp",
    attach=[{"type": "pdf", "filename": "Promesse_embauche_Vogelsang-Ibanez.pdf",
             "title": "Promesse d'embauche - Technicienne de facturation",
             "lines": ["OCCITANIE FACTURATION SANTÉ SAS - 45 avenue du Pont-Juvénal, Montpellier",
                       "Montpellier, le 18 juin 2026",
                       "Objet : promesse d'embauche",
                       "Madame Renata Vogelsang-Ibáñez,",
                       "Nous avons le plaisir de vous confirmer votre engagement en CDI",
                       "au poste de technicienne de facturation hospitalière.",
                       "Date d'entrée : 1er septembre 2026. Période d'essai : deux mois.",
                       "Rémunération : 25 800 euros bruts annuels. Télétravail : 2 jours/semaine.",
                       "Bon pour accord, date et signature :"]}])

add(kind="offer", slug="kessler_client_offer", lang="de",
    company="Taunus Krankenversicherung", contact=KESSLER_FULL[1],
    key="t7_offer", parent="t7_inv", date="2026-07-20 18:12", tz="eu",
    frm=KESSLER_FULL,
    subject="Angebot von Taunus Krankenversicherung – vertraulich", subj_cs="utf-8/B",
    text="""\
Liebe Frau Vogelsang-Ibáñez,

ich freue mich sehr, Ihnen mitteilen zu können: Unser Mandant möchte Ihnen ein Angebot machen. Nachdem Sie beim zweiten Gespräch persönlich in Frankfurt überzeugt haben, darf ich Ihnen jetzt auch den Namen nennen – es handelt sich um die Taunus Krankenversicherung, Abteilung Leistungsabrechnung Ausland.

Die Eckdaten:
– Position: Sachbearbeiterin Leistungsabrechnung mit Schwerpunkt spanischsprachige Märkte
– Jahresgehalt: 46.000 € brutto, 13 Gehälter, 30 Urlaubstage
– Start: 1. Oktober 2026, Relocation-Paket bis 3.000 €
– zwei Tage mobiles Arbeiten pro Woche

Das schriftliche Vertragsangebot schickt Ihnen die Personalabteilung direkt, sobald Sie mir grünes Licht geben. Haben Sie am Mittwoch Zeit für ein kurzes Telefonat, um offene Fragen zu klären?

Herzliche Grüße
Henrike Kessler

Dr. Henrike Kessler
Geschäftsführende Partnerin
Kessler & Brandt Personalberatung GmbH
Bockenheimer Landstraße 51, 60325 Frankfurt am Main
Tel. +49 69 2475 8830

Diese Nachricht ist vertraulich und ausschließlich für den genannten Empfänger bestimmt.
""",
    layout="plain", charset="windows-1252", cte="qp")

REPLY_SEGURA_MONDAY = """\
Perfecto, Pedro, no te preocupes. El lunes 13 a las 10:00 allí estaré.

Renata
"""

add(kind="offer", slug="segura_we_keep_you", lang="es",
    company="Clínicas Segura", contact=PEDRO[1],
    key="t13_offer", parent="t13_monday", date="2026-07-15 17:26", tz="eu",
    frm=PEDRO,
    subject="Re: ¿Te va bien el jueves?", subj_cs="utf-8/B",
    text="""\
Renata, buenas tardes:

Ya está decidido: nos quedamos contigo para el puesto de facturación y gestión de mutuas de las clínicas de Murcia y Molina. Lo tuve claro después de la charla del lunes, y a mi socia también le encantaste.

La idea es contrato de seis meses con paso a indefinido, 1.480 € netos al mes, horario de 8:00 a 15:00 de lunes a viernes. Si te cuadra, empezarías el 1 de septiembre.

Dime algo cuando puedas y te preparo los papeles.

Pedro

""" + quote(REPLY_SEGURA_MONDAY + "\n" + quote(
        MOVE_SEGURA, wrote("es", "mié, 8 jul 2026 a las 12:14", PEDRO[0], PEDRO[1])),
        wrote("es", "mié, 8 jul 2026 a las 13:02", CAND_NAME, CAND_ADDR)),
    layout="plain", charset="utf-8", cte="8bit")

add(kind="offer", slug="albufera_unnamed_client_offer", lang="es",
    company="Albufera Talent", contact=JORGE[1],
    key="al_offer", parent="al_reg", date="2026-10-06 09:18", tz="eu",
    frm=JORGE,
    subject="Oferta del cliente – coordinación de facturación", subj_cs="windows-1252/Q",
    text="""\
Hola Renata:

¡Buenas noticias! Después de la segunda entrevista del jueves, el cliente quiere hacerte una oferta para el puesto de Coordinadora de Facturación a Aseguradoras. Como te comenté, por confidencialidad todavía no puedo decirte el nombre de la empresa hasta que la oferta sea firme por escrito, pero sí las condiciones que me han trasladado:

- 29.000 € brutos anuales + variable de hasta un 8 %
- contrato indefinido, híbrido (tres días en la oficina de Valencia)
- incorporación en noviembre

¿Te llamo mañana a primera hora y lo comentamos? Sé que acabas de empezar en otro sitio, así que dime con sinceridad cómo lo ves.

Un abrazo,
Jorge

Jorge Llorens Bataller
Senior Consultant – Healthcare & Insurance
Albufera Talent
""",
    layout="alt", look="word", charset="windows-1252", cte="qp")

add(kind="offer", slug="costablanca_carta_oferta_pdf", lang="es",
    company="Hospital Costa Blanca Norte", contact=MJOSE[1],
    key="cb_offer", date="2026-06-26 13:45", tz="eu",
    frm=MJOSE, name_cs="iso-8859-1/B",
    subject="Carta de oferta – Administrativa de Admisión y Facturación",
    subj_cs="windows-1252/Q",
    text="""\
Estimada Renata:

En nombre de la Dirección de Recursos Humanos del Hospital Costa Blanca Norte, me complace comunicarle que ha sido seleccionada para el puesto de Administrativa de Admisión y Facturación en nuestro centro de Dénia.

Adjuntamos la carta de oferta con las condiciones: contrato indefinido a jornada completa en turno de mañana, salario bruto anual de 21.300 € distribuido en 14 pagas, y fecha prevista de incorporación el 15 de julio de 2026.

Le rogamos que nos confirme su aceptación firmando el documento adjunto antes del 3 de julio. Para cualquier consulta puede contactar conmigo en el 966 42 90 10.

Reciba un cordial saludo,

María José Ferrándiz Crespo
Técnica de Selección – Recursos Humanos
Hospital Costa Blanca Norte
Partida Beniadlà s/n, 03700 Dénia (Alicante)

AVISO LEGAL: La información contenida en este mensaje es confidencial y está destinada únicamente a su destinatario. Si usted no es el destinatario, queda prohibida su divulgación, copia o distribución.
""",
    layout="alt", look="word", charset="windows-1252", cte="qp",
    attach=[{"type": "pdf", "filename": "Carta_oferta_HCBN_Vogelsang.pdf",
             "title": "Carta de oferta - Hospital Costa Blanca Norte",
             "lines": ["HOSPITAL COSTA BLANCA NORTE - Dirección de Recursos Humanos",
                       "Dénia, 26 de junio de 2026",
                       "Sra. Renata Vogelsang-Ibáñez",
                       "Puesto: Administrativa de Admisión y Facturación",
                       "Contrato: indefinido, jornada completa, turno de mañana",
                       "Salario bruto anual: 21.300 EUR en 14 pagas",
                       "Incorporación prevista: 15 de julio de 2026",
                       "Aceptación (firma y fecha): ______________________"]}])

add(kind="offer", slug="medbill_bamboohr_sign", lang="en",
    company="MedBill Europe", contact=DANIEL[1],
    key="mb_offer", date="2026-09-03 13:30", tz="utc",
    frm=("MedBill Europe", "notifications@bamboohr.com"), reply_to=DANIEL,
    subject="Renata, your offer from MedBill Europe is ready to sign",
    text="""\
Hi Renata,

Daniel Okafor has sent you an offer letter for the position of Medical Billing Specialist (Spanish/English) at MedBill Europe.

Start date: 1 October 2026
Location: remote (Spain) with quarterly visits to Frankfurt
Salary: EUR 31,000 per year

Please review and sign your offer letter by 10 September using the secure link below:
https://medbilleurope.bamboohr.com/esignatures/offer/8c1f2a

Any questions about the offer? Just reply to this email and it will go straight to Daniel.

MedBill Europe
""",
    layout="html", look="ats", brand="MedBill Europe", accent="#047857",
    charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

add(kind="offer", slug="contactia_written_proposal", lang="es",
    company="Contactia Health", contact=LUCIA[1],
    key="ct_offer", parent="ct_inv", date="2026-09-24 18:04", tz="eu",
    frm=LUCIA,
    subject="Propuesta de incorporación a Contactia Health", subj_cs="iso-8859-1/Q",
    text="""\
Hola Renata:

Como te comenté por teléfono, me alegra confirmarte por escrito que nos gustaría contar contigo como Gestora de Facturación a Aseguradoras en nuestro centro de Valencia.

Las condiciones que te propongo son:
- Contrato indefinido desde el primer día, 40 horas semanales en turno de mañana.
- Salario bruto anual de 20.800 euros en 14 pagas, más plus de idiomas de 90 euros al mes.
- Incorporación el lunes 19 de octubre, con dos semanas de formación inicial.

Si te encaja, contéstame a este correo y te enviamos el contrato. Si necesitas unos días para pensarlo, no hay problema: dime algo antes del 1 de octubre.

Un saludo,

Lucía Ortega Ballester
Talent Acquisition - Contactia Health
Avda. de Aragón 30, 46021 Valencia
""",
    layout="plain", charset="iso-8859-1", cte="qp")
