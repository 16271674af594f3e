"""Corpus 266 - application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs266_common import (
    M,
    ats_card,
    mso,
    outlook_html,
    paras,
    wrote_en,
    wrote_es,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ application_received - es (11)
_t = """¡Hola Xabier!

Gracias por enviarnos tu candidatura para Técnico/a de Control de Calidad – Turno de mañana. La hemos recibido correctamente y ya está en manos de nuestro equipo de Personas.

Revisaremos tu perfil con calma y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas dos semanas.

Mientras tanto, puedes conocer cómo trabajamos la anchoa en nuestra página de empleo.

Un saludo desde Santander,
Conservas Peñacastillo"""
add(M(kind="application_received", slug="penacastillo_teamtailor_ack", lang="es",
      company="Conservas Peñacastillo", contact="",
      frm="Conservas Peñacastillo <no-reply@teamtailor-mail.com>",
      subject="¡Hemos recibido tu candidatura!",
      date="2026-02-03 21:16", key="pena-ack", reply_of="<cand-pena-apply-0203@example.es>",
      hdr=("utf-8", "B"), text=_t,
      html=ats_card("Conservas Peñacastillo", "#c0392b", paras(_t),
                    "Enviado con Teamtailor · Gestiona tus datos en "
                    '<a href="https://penacastillo.teamtailor.com/connect">tu perfil</a>'),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """Hola Xabier Ondarra-Lindgren:

Gracias por tu interés en Lácteos Besaya. Confirmamos la recepción de tu candidatura para:

Técnico/a de Laboratorio de Calidad (R-2026-0147) – Torrelavega

Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil de candidato.

Atentamente,
Equipo de Selección de Lácteos Besaya"""
add(M(kind="application_received", slug="besaya_workday_ack", lang="es",
      company="Lácteos Besaya", contact="",
      frm="Lácteos Besaya <lacteosbesaya@myworkday.com>",
      subject="Candidatura recibida: Técnico/a de Laboratorio de Calidad",
      date="2026-01-14 19:03", tz="UTC", key="besaya-ack", text=_t, cte="quoted-printable",
      html=ats_card("Lácteos Besaya", "#1f6f8b", paras(_t),
                    "Mensaje automático. No respondas a este correo."),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """Hola Xabier,

¡Muchas gracias por tu candidatura como Técnico/a de laboratorio en Labpas Análisis!

Hemos recibido tus documentos y los revisaremos lo antes posible. Te informaremos sobre los siguientes pasos por correo electrónico.

Saludos cordiales,
Tu equipo de Labpas Análisis

Este es un mensaje generado automáticamente por Personio."""
add(M(kind="application_received", slug="labpas_personio_ack", lang="es",
      company="Labpas Análisis", contact="",
      frm="Labpas Análisis <noreply@personio.de>",
      subject="Tu candidatura en Labpas Análisis",
      date="2026-03-02 08:57", key="labpas-ack", text=_t,
      html=ats_card("Labpas Análisis", "#3d5a80", paras(_t), "Personio GmbH")))

add(M(kind="application_received", slug="paramo_no_individual_reply_latin1", lang="es",
      company="Quesería Páramo", contact="",
      frm="Quesería Páramo <no-responder@queseriaparamo.example.es>",
      subject="Recepción de currículum",
      date="2026-01-19 12:00", key="paramo-ack", hdr=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="quoted-printable",
      text="""Estimado/a candidato/a:

Le confirmamos que hemos recibido su currículum para el puesto de Técnico/a de Control de Calidad en nuestra quesería de Villadiego (Burgos).

Lamentablemente, debido al gran número de solicitudes, no podemos responder a cada candidatura de forma individual. Si su perfil resulta seleccionado para una entrevista, nos pondremos en contacto con usted por teléfono en un plazo aproximado de tres semanas.

Gracias por su interés en Quesería Páramo.

Quesería Páramo · Ctra. de Sandoval s/n · 09120 Villadiego (Burgos)
Este buzón no admite respuestas.""",
      headers=[("Auto-Submitted", "auto-replied")]))

add(M(kind="application_received", slug="norteempleo_registration", lang="es",
      company="Norteempleo", contact="aitor.larrinaga@norteempleo.example.es",
      frm="Norteempleo ETT <registro@norteempleo.example.es>",
      reply_to="Aitor Larrinaga <aitor.larrinaga@norteempleo.example.es>",
      subject="Bienvenido a Norteempleo: registro completado",
      date="2026-02-16 13:44", key="norteempleo-ack",
      text="""Hola Xabier:

Tu registro como candidato en Norteempleo ETT se ha completado y hemos recibido tu CV. A partir de ahora tu perfil está activo en nuestras oficinas de Bilbao y Santander.

Tu consultor de referencia será Aitor Larrinaga. Si respondes a este mensaje le escribirás directamente a él: cuéntale qué tipo de puesto buscas y tu disponibilidad.

Documentos recibidos:
- Currículum (CV_Xabier_Ondarra.pdf)
- Certificado de manipulador de alimentos

Gracias por confiar en nosotros,
Norteempleo ETT · Empresa de Trabajo Temporal autorizada nº 48/0192"""))

add(M(kind="application_received", slug="temporalia_alta_bolsa", lang="es",
      company="Temporalia Cantábrica", contact="",
      frm="Temporalia Cantábrica <no-reply@temporalia.example.es>",
      subject="Ya formas parte de nuestra bolsa de empleo",
      date="2026-01-26 09:30", key="temporalia-ack", cte="base64",
      text="""Hola Xabier:

Te damos la bienvenida a Temporalia Cantábrica. Hemos recibido tu inscripción y tu currículum, y ya estás dado de alta en nuestra bolsa de empleo para los sectores de alimentación, logística e industria.

Cuando una empresa cliente busque un perfil como el tuyo, una de nuestras consultoras te llamará.

Recuerda mantener actualizado tu teléfono y tu disponibilidad en el área de candidatos.

Temporalia Cantábrica ETT
(Este correo se ha enviado desde una dirección que no acepta respuestas.)""",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="application_received", slug="pedrena_cv_received", lang="es",
      company="Mariscos Pedreña", contact="begona.sainz@mariscospedrena.example.es",
      frm="Begoña Sainz <begona.sainz@mariscospedrena.example.es>",
      subject="Re: CV para control de calidad",
      date="2026-03-16 09:47", key="pedrena-ack", reply_of="<cand-pedrena-cv-0314@example.es>",
      text=f"""Hola Xabier, hemos recibido tu CV, gracias. Se lo paso a Javi, el encargado de la depuradora, y esta semana te llamamos.

Begoña

{wrote_es("sáb, 14 mar 2026 a las 11:20", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
> Buenos días, os escribo por el anuncio de control de calidad en la depuradora
> que vi en la lonja. Os adjunto el CV. Un saludo, Xabier
"""))

_t = """Estimado/a Xabier Ondarra-Lindgren:

Gracias por su interés en Itsaslur Conservas. Hemos recibido correctamente su solicitud para la posición 4471 – Técnico/a de Control de Calidad (Bilbao).

Nuestro equipo de Talento revisará su candidatura. Puede consultar el estado de la misma accediendo a su perfil en nuestro portal de empleo.

Atentamente,
Departamento de Talento
Itsaslur Conservas"""
add(M(kind="application_received", slug="itsaslur_successfactors_ack", lang="es",
      company="Itsaslur Conservas", contact="",
      frm="Itsaslur Conservas <noreply@successfactors.eu>",
      subject="Confirmación de solicitud – Técnico/a de Control de Calidad (4471)",
      date="2026-05-18 18:22", tz="UTC", key="itsaslur-ack", hdr=("utf-8", "B"),
      text=_t, html=ats_card("Itsaslur Conservas", "#00395d", paras(_t),
                             "Dirección no supervisada."),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """Hola Xabier,

¡Gracias por presentarte a Técnico/a de Calidad – Turno de tarde en Cárnicas Arlanzón!

Queríamos confirmarte que hemos recibido tu solicitud. Nuestro equipo la revisará y, si tu perfil encaja, te contactaremos para los siguientes pasos.

Saludos,
Recursos Humanos de Cárnicas Arlanzón"""
add(M(kind="application_received", slug="arlanzon_bamboohr_ack", lang="es",
      company="Cárnicas Arlanzón", contact="",
      frm="Cárnicas Arlanzón <notifications@bamboohr.com>",
      subject="Gracias por tu solicitud en Cárnicas Arlanzón",
      date="2026-08-10 15:08", tz="-0600", key="arlanzon-ack", text=_t,
      html=f"<html><body style=\"font-family:Lato,Arial\">{paras(_t)}"
           "<p style=\"color:#999;font-size:11px\">Powered by BambooHR</p></body></html>"))

add(M(kind="application_received", slug="laborexa_registration_replyto", lang="es",
      company="Laborexa", contact="raul.cuesta@laborexa.example.es",
      frm="Laborexa <alta@laborexa.example.es>",
      reply_to="Raúl Cuesta <raul.cuesta@laborexa.example.es>",
      subject="Alta en Laborexa completada",
      date="2026-04-13 11:02", key="laborexa-ack", cte="quoted-printable",
      html=ats_card(
          "Laborexa", "#1b998b",
          "<p>Hola Xabier:</p>"
          "<p>Hemos recibido tu CV y tu alta como candidato se ha completado. Te hemos "
          "incluido en los procesos de <strong>calidad alimentaria</strong> de nuestras "
          "delegaciones de Santander y Reinosa.</p>"
          "<p>Tu consultor es <strong>Raúl Cuesta</strong>. Puedes contestar a este correo "
          "para hablar con él directamente.</p>",
          "Laborexa · Calle Castilla 32 · 39009 Santander · 942 31 77 08")))

_t = """Hola Xabier,

Gracias por presentar tu candidatura al puesto de Operario/a de Control de Calidad en Manantial de Liérganes.

Te confirmamos que la hemos recibido. El equipo de selección la revisará en los próximos días y te informaremos de cualquier novedad.

Un saludo,
Manantial de Liérganes"""
add(M(kind="application_received", slug="lierganes_workable_ack", lang="es",
      company="Manantial de Liérganes", contact="",
      frm="Manantial de Liérganes <noreply@workablemail.com>",
      subject="Gracias por tu candidatura – Manantial de Liérganes",
      date="2026-09-01 16:40", tz="UTC", key="lierganes-ack", text=_t,
      html=ats_card("Manantial de Liérganes", "#2b8fbd", paras(_t), "Powered by Workable")))

# ================================================================ application_received - en (5)
_t = """Hi Xabier,

Thanks for applying to Granite Coast Seafoods! We've received your application for QC Technician – Whitefish Processing (Aberdeen).

Our team will review your application and be in touch if your experience is a good match for the role.

Regards,
Granite Coast Seafoods Talent Team"""
add(M(kind="application_received", slug="granite_greenhouse_ack", lang="en",
      company="Granite Coast Seafoods", contact="",
      frm="Granite Coast Seafoods <no-reply@greenhouse-mail.io>",
      subject="Thank you for applying to Granite Coast Seafoods",
      date="2026-04-20 20:11", tz="UTC", key="granite-ack", text=_t,
      html=ats_card("Granite Coast Seafoods", "#2e4053", paras(_t), "Powered by Greenhouse",
                    lang="en")))

_t = """Dear Xabier,

Thank you for your application for Quality Control Technician – Santander. We confirm that it has been received.

Unfortunately, due to the high volume of applications, we are unable to respond to every applicant individually. If your profile matches our requirements, a member of our team will contact you within the next four weeks.

Thank you for your interest in Nordhavn Seafood Iberia.

Talent Acquisition Team"""
add(M(kind="application_received", slug="nordhavn_smartrecruiters_ack", lang="en",
      company="Nordhavn Seafood Iberia", contact="",
      frm="Nordhavn Seafood Iberia <noreply@smartrecruiters.com>",
      subject="We have received your application",
      date="2026-03-09 13:30", tz="UTC", key="nordhavn-ack", cte="quoted-printable", text=_t,
      html=ats_card("Nordhavn Seafood Iberia", "#12355b", paras(_t),
                    "SmartRecruiters on behalf of Nordhavn Seafood Iberia", lang="en")))

add(M(kind="application_received", slug="harbourline_registration", lang="en",
      company="Harbourline Recruitment", contact="callum.reid@harbourline.example.co.uk",
      frm="Callum Reid <callum.reid@harbourline.example.co.uk>",
      subject="Welcome to Harbourline - your registration",
      date="2026-06-15 12:09",
      key="harbourline-ack",
      text="""Hi Xabier,

Good to speak to you this morning. This is just to confirm I've received your CV and you're now registered with Harbourline Recruitment for QC and laboratory roles in food and drink across Aberdeenshire.

As discussed, I already have a couple of breweries and a dairy in mind and I'll come back to you as soon as one of them looks right. I will never send your CV anywhere without checking with you first.

Speak soon,
Callum

Callum Reid | Senior Consultant, Food & Drink
Harbourline Recruitment | 21 Union Row, Aberdeen AB10 1SA | 07700 914 228"""))

_t = """Dear Xabier Ondarra-Lindgren,

Thank you for your interest in Caledon Brewing Group. This email confirms that we have received your application for Quality Technician – Brewhouse & Packaging (Req 2026-0311).

You can review the status of your application at any time by logging in to our careers portal.

Kind regards,
People Team, Caledon Brewing Group"""
add(M(kind="application_received", slug="caledon_icims_ack", lang="en",
      company="Caledon Brewing Group", contact="",
      frm="Caledon Brewing Group Careers <caledonbrewing-notifications@icims.com>",
      subject="Application received: Quality Technician – Brewhouse & Packaging",
      date="2026-03-23 06:14", tz="-0400", key="caledon-ack", text=_t,
      html=ats_card("Caledon Brewing Group", "#8c4b12", paras(_t),
                    "This is an automated message from iCIMS.", lang="en"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="application_received", slug="footdee_lever_ack", lang="en",
      company="Footdee Marine Fabrication", contact="",
      frm="Footdee Marine Fabrication <no-reply@hire.lever.co>",
      subject="Thanks for applying to Footdee Marine Fabrication",
      date="2026-05-25 22:48", tz="-0700", key="footdee-ack",
      text="""Hi Xabier,

Thank you for your interest in the QA/QC Inspector (Coatings) role. We've got your application and our hiring team will take a look soon.

Best,
Footdee Marine Fabrication"""))

# ================================================================ application_received - fr (3)
_t = """Bonjour Xabier,

Merci pour votre candidature au poste de Technicien qualité (H/F) chez Conserverie Garonne. Nous l'avons bien reçue.

Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

Bien cordialement,
L'équipe Conserverie Garonne"""
add(M(kind="application_received", slug="garonne_recruitee_ack", lang="fr",
      company="Conserverie Garonne", contact="",
      frm="Conserverie Garonne <no-reply@jobs.recruitee.com>",
      subject="Nous avons bien reçu votre candidature",
      date="2026-06-01 07:55", tz="UTC", key="garonne-ack", hdr=("utf-8", "B"), text=_t,
      html=ats_card("Conserverie Garonne", "#a93226", paras(_t),
                    "Envoyé avec Recruitee", lang="fr")))

add(M(kind="application_received", slug="chartrons_taleo_ack_b64", lang="fr",
      company="Laboratoires Chartrons", contact="",
      frm="Laboratoires Chartrons - Recrutement <no-reply@taleo.net>",
      subject="Accusé de réception de votre candidature - réf. LC-26-088",
      date="2026-04-14 05:21", tz="UTC", key="chartrons-ack", hdr=("iso-8859-1", "B"),
      charset="iso-8859-1", cte="base64",
      text="""Bonjour,

Nous accusons réception de votre candidature au poste de Technicien de laboratoire - contrôle qualité agroalimentaire (réf. LC-26-088) et vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier va être examiné par notre équipe. Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Cordialement,
Le service Recrutement - Laboratoires Chartrons

Merci de ne pas répondre à ce message généré automatiquement."""))

add(M(kind="application_received", slug="interim_atlantique_inscription", lang="fr",
      company="Intérim Atlantique", contact="julien.bordes@interim-atlantique.example.fr",
      frm="Julien Bordes <julien.bordes@interim-atlantique.example.fr>",
      subject="Votre inscription chez Intérim Atlantique",
      date="2026-05-26 17:20",
      key="interim-ack",
      text="""Bonjour Xabier,

Suite à notre échange téléphonique, je vous confirme votre inscription à l'agence Intérim Atlantique de Bordeaux. J'ai bien reçu votre CV, votre pièce d'identité et votre attestation de formation HACCP.

Je vous recontacte dès qu'une mission en contrôle qualité agroalimentaire correspond à votre profil. J'ai déjà une piste dans une brasserie de la rive droite.

Bien à vous,

Julien Bordes
Chargé de recrutement – Intérim Atlantique
12 cours du Médoc, 33300 Bordeaux · 05 57 87 30 14"""))

# ================================================================ application_received - de (2)
_t = """Sehr geehrter Herr Ondarra-Lindgren,

vielen Dank für Ihre Bewerbung als Mitarbeiter Qualitätssicherung (m/w/d) und Ihr Interesse an Weserfisch Feinkost.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam
Weserfisch Feinkost"""
add(M(kind="application_received", slug="weserfisch_softgarden_eingang", lang="de",
      company="Weserfisch Feinkost", contact="",
      frm="Weserfisch Feinkost <noreply@softgarden.io>",
      subject="Eingangsbestätigung Ihrer Bewerbung",
      date="2026-05-04 08:02", key="weserfisch-ack", text=_t,
      html=ats_card("Weserfisch Feinkost", "#0a4d68", paras(_t), "softgarden e-recruiting",
                    lang="de"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="application_received", slug="hanselabor_personio_no_individual", lang="de",
      company="Hanselabor", contact="",
      frm="Hanselabor <noreply@personio.de>",
      subject="Ihre Bewerbung bei Hanselabor",
      date="2026-08-03 14:55", key="hanselabor-ack", cte="quoted-printable",
      text="""Hallo Herr Ondarra-Lindgren,

vielen Dank für Ihre Bewerbung als Lebensmittellaborant (m/w/d) bei Hanselabor. Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der großen Zahl an Bewerbungen können wir leider nicht jedem Bewerber einzeln antworten, solange das Verfahren läuft. Wenn Ihr Profil passt, melden wir uns innerhalb von zwei Wochen für einen Gesprächstermin.

Viele Grüße
Ihr Hanselabor-Team

Diese Nachricht wurde automatisch über Personio erstellt."""))

# ================================================================ offer - es (6)
_disc = """La información contenida en este correo electrónico y sus anexos es confidencial y está dirigida exclusivamente a su destinatario. Conservas Peñacastillo, S.A. tratará sus datos personales conforme al RGPD con el fin de gestionar la relación laboral o precontractual."""
add(M(kind="offer", slug="penacastillo_formal_offer_pdf", lang="es",
      company="Conservas Peñacastillo", contact="leire.gutierrez@penacastillo.example.es",
      frm="Leire Gutiérrez <leire.gutierrez@penacastillo.example.es>",
      cc="Chema Arronte <chema.arronte@penacastillo.example.es>",
      subject="Carta de oferta - Técnico/a de Control de Calidad",
      date="2026-03-05 12:34", key="pena-offer", reply_of="pena-onsite",
      cte="quoted-printable",
      text=f"""Hola Xabier:

Es un placer comunicarte que queremos que te incorpores a Conservas Peñacastillo como Técnico/a de Control de Calidad del turno de mañana.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 25.400 € brutos anuales en 14 pagas, jornada de 6:00 a 14:00 de lunes a viernes y fecha de incorporación prevista el 6 de abril. Chema te acompañará las primeras semanas con el plan de formación.

Para aceptar, basta con que nos devuelvas la carta firmada antes del viernes 13 de marzo. Si quieres comentar cualquier punto, llámame.

¡Enhorabuena!

Leire Gutiérrez
Técnica de Personas · Conservas Peñacastillo
942 22 80 35

{_disc}""",
      pdf=[("Carta_oferta_XOndarra.pdf", [
          "CONSERVAS PENACASTILLO - CARTA DE OFERTA",
          "Santander, 5 de marzo de 2026",
          "Sr. Xabier Ondarra-Lindgren",
          "Puesto: Técnico/a de Control de Calidad (turno de mañana)",
          "Contrato: indefinido. Periodo de prueba: 2 meses.",
          "Retribución: 25.400 EUR brutos anuales en 14 pagas.",
          "Incorporación prevista: 6 de abril de 2026.",
          "Firma del candidato: ______________________"])]))

add(M(kind="offer", slug="sardinero_verbal_followup", lang="es",
      company="Cervezas Sardinero", contact="pablo.setien@cervezassardinero.example.es",
      frm="Pablo Setién <pablo.setien@cervezassardinero.example.es>",
      subject="Lo que hablamos por teléfono",
      date="2026-06-08 20:17", key="sardinero-offer", reply_of="sardinero-move",
      cte="8bit",
      text="""Xabier,

Como te dije esta tarde por teléfono, queremos que te vengas con nosotros. Te lo pongo por escrito para que lo tengas claro:

- Responsable de calidad de fábrica (somos pequeños, así que también echarás una mano en envasado)
- 24.000 € brutos al año, más la participación en beneficios que tenemos todos
- Horario de 7:00 a 15:00, con algún sábado de feria
- Empezarías el 1 de julio si te cuadra con el mercado

Rocío, de administración, te mandará el contrato esta semana. Piénsatelo con calma, pero no mucho, que tengo a la cuadrilla preguntando.

Un abrazo,
Pablo"""))

add(M(kind="offer", slug="sardinero_contract_for_signature", lang="es",
      company="Cervezas Sardinero", contact="rocio.ceballos@cervezassardinero.example.es",
      frm="Rocío Ceballos <rocio.ceballos@cervezassardinero.example.es>",
      subject="Contrato para firma - incorporación 1 de julio",
      date="2026-06-15 10:41", key="sardinero-contract", reply_of="sardinero-offer",
      charset="windows-1252", cte="base64", hdr=("iso-8859-1", "Q"),
      text="""Buenos días, Xabier:

Tal y como te adelantó Pablo, te adjunto el contrato de trabajo para el puesto de Responsable de Calidad, con incorporación el 1 de julio de 2026.

Por favor, revísalo, fírmalo en todas las páginas y envíanoslo escaneado antes del día 22. El original lo puedes traer el primer día. Necesitaré también tu número de la Seguridad Social y una cuenta bancaria para la nómina.

Cualquier duda, aquí me tienes.

Un saludo,

Rocío Ceballos
Administración · Cervezas Sardinero
Calle Alta 88, nave 3 · 39008 Santander · 942 07 55 31""",
      pdf=[("Contrato_Responsable_Calidad_Ondarra.pdf", [
          "CONTRATO DE TRABAJO INDEFINIDO",
          "Empresa: Cervezas Sardinero - Calle Alta 88, Santander",
          "Trabajador: Xabier Ondarra-Lindgren",
          "Categoría: Responsable de Calidad",
          "Inicio: 1 de julio de 2026. Jornada completa.",
          "Salario: 24.000 EUR brutos anuales.",
          "Firma del trabajador: ____________  Firma de la empresa: ____________"])]))

add(M(kind="offer", slug="vertice_revilla_wants_offer", lang="es",
      company="Anchoas Revilla", contact="sonia.revuelta@verticetalent.example.es",
      frm="Sonia Revuelta <sonia.revuelta@verticetalent.example.es>",
      subject="¡Anchoas Revilla quiere hacerte una oferta!",
      date="2026-05-08 13:02", key="revilla-offer", reply_of="revilla-invite",
      hdr=("utf-8", "B"),
      text="""Xabier, ¡buenas noticias!

Acabo de colgar con Chelo Revilla: el cliente quiere hacerte una oferta para el puesto de técnico de calidad de sala. Me adelanta estas condiciones:

· Contrato indefinido tras 6 meses de periodo de prueba
· 23.000 € brutos anuales + plus de campaña en primavera
· Jornada intensiva de mañana
· Incorporación a partir del 1 de junio

Lo tendrás por escrito en cuanto les confirmes que te interesa. ¿Hablamos esta tarde y me cuentas qué te parece? Sé que tienes otros procesos abiertos, así que dime con sinceridad.

Sonia Revuelta
Partner | Vértice Talent
+34 616 23 90 41"""))

_t = """Estimado Xabier:

Tras la prueba técnica y la entrevista con el equipo, nos complace ofrecerte el puesto de Técnico de Laboratorio Lácteo en Lactolab Cantabria.

Adjuntamos la propuesta formal con las condiciones económicas y el plan de formación en análisis de leche cruda (grasa, proteína, células somáticas e inhibidores) que seguirás durante tus primeros tres meses.

Te agradeceríamos una respuesta antes del 7 de agosto. Si aceptas, la incorporación sería el 1 de septiembre.

Un saludo cordial,

Dra. Carmen Ruiz de la Prada
Directora Técnica · Lactolab Cantabria
Avda. de los Castros 40 · 39005 Santander · 942 20 31 55"""
add(M(kind="offer", slug="lactolab_offer_html_pdf", lang="es",
      company="Lactolab Cantabria", contact="carmen.ruiz@lactolab.example.es",
      frm="Carmen Ruiz de la Prada <carmen.ruiz@lactolab.example.es>",
      subject="Propuesta de incorporación – Técnico de Laboratorio Lácteo",
      date="2026-07-27 11:30", key="lactolab-offer", reply_of="lactolab-test",
      text=_t, html=f"<html><body style=\"font-family:Georgia,serif\">{paras(_t)}</body></html>",
      cte="quoted-printable",
      pdf=[("Propuesta_Lactolab_Ondarra.pdf", [
          "LACTOLAB CANTABRIA - PROPUESTA DE INCORPORACION",
          "Puesto: Técnico de Laboratorio Lácteo",
          "Salario bruto anual: 22.800 EUR",
          "Jornada: 40 h semanales, turnos rotativos de mañana y tarde",
          "Incorporación: 1 de septiembre de 2026",
          "Respuesta antes del 7 de agosto de 2026"])]))

_t = """Buenos días, Xabier:

Quería contarte en persona, pero no te localizo, así que te lo escribo: después de la jornada de evaluación del día 29 y de la entrevista con la dirección, nos encantaría que formaras parte de Quesos Nansa como Técnico de Calidad en la quesería de Puentenansa.

La oferta es de 23.500 € brutos anuales, contrato indefinido, jornada continua de mañana y ayuda de transporte desde Santander mientras te instalas en el valle. La incorporación sería el 2 de noviembre.

Te mandaremos el contrato en cuanto nos digas que sí. ¿Te parece que hablemos mañana por teléfono?

Un abrazo,

Lucía Gómez Cossío
Personas y Organización · Quesos Nansa
Barrio La Plaza 4 · 39554 Rionansa (Cantabria) · 942 72 80 14"""
add(M(kind="offer", slug="nansa_offer_outlook_cp1252", lang="es",
      company="Quesos Nansa", contact="lucia.gomez@quesosnansa.example.es",
      frm="Lucía Gómez Cossío <lucia.gomez@quesosnansa.example.es>",
      subject="Oferta Técnico de Calidad - Quesos Nansa",
      date="2026-10-06 09:12", key="nansa-offer", reply_of="nansa-move",
      hdr=("iso-8859-1", "Q"), charset="windows-1252", cte="quoted-printable",
      text=_t, html=outlook_html(mso(_t))))

# ================================================================ offer - en (2)
add(M(kind="offer", slug="granite_verbal_offer_pdf", lang="en",
      company="Granite Coast Seafoods", contact="moira.duthie@granitecoast.example.co.uk",
      frm="Moira Duthie <moira.duthie@granitecoast.example.co.uk>",
      subject="Following our call - offer of employment",
      date="2026-05-19 16:03", key="granite-offer", reply_of="granite-move",
      text="""Hi Xabier,

Lovely to speak to you earlier and to hear how pleased you were. As promised, I'm attaching your formal offer letter for the QC Technician – Whitefish Processing role.

The headline terms are as we discussed: £27,500 per year, 39 hours across a day shift pattern, 28 days' holiday including bank holidays, and a relocation allowance of £2,000 to help with the move from Santander. We've pencilled in a start date of Monday 6 July, subject to your right-to-work check.

Please sign and return the letter by 29 May, or give me a shout if anything needs clarifying.

Best wishes,
Moira Duthie
Recruiter, Granite Coast Seafoods
Commercial Quay, Aberdeen AB11 5PN | 01224 590 118""",
      pdf=[("Granite_Coast_Offer_Letter_Ondarra-Lindgren.pdf", [
          "GRANITE COAST SEAFOODS - OFFER OF EMPLOYMENT",
          "Position: QC Technician - Whitefish Processing",
          "Salary: GBP 27,500 per annum",
          "Hours: 39 per week, day shift",
          "Relocation allowance: GBP 2,000",
          "Proposed start date: 6 July 2026",
          "Signed: ____________________  Date: __________"])]))

add(M(kind="offer", slug="harbourline_northsound_offer", lang="en",
      company="Northsound Brewing", contact="callum.reid@harbourline.example.co.uk",
      frm="Callum Reid <callum.reid@harbourline.example.co.uk>",
      subject="Northsound want you!",
      date="2026-07-14 09:26", key="northsound-offer", reply_of="northsound-move",
      text=f"""Morning Xabier,

Brilliant news to start the week: Kirsty called me last night and the client wants to make you an offer for the QA Technician job. They loved the way you talked about sensory work and hygiene.

What they've told me so far: £26,000 base, Monday to Friday days with one Saturday a month, 25 days' holiday plus bank holidays, and they'll help with the first month's rent in Aberdeen. They'd like you to start in early September.

The written offer will come from their HR, but I wanted you to hear it from me first. Give me a call when you've had a coffee.

Callum

{wrote_en("Tue, 7 Jul 2026 at 18:31", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
> Hi Callum, interview done. I think it went well - Kirsty asked a lot about the
> tasting panel. Fingers crossed!
"""))

# ================================================================ offer - fr (1)
add(M(kind="offer", slug="estuaire_promesse_embauche", lang="fr",
      company="Laiterie de l'Estuaire", contact="sandrine.lafon@laiterie-estuaire.example.fr",
      frm="Sandrine Lafon <sandrine.lafon@laiterie-estuaire.example.fr>",
      subject="Proposition d'embauche – Technicien qualité laitière",
      date="2026-10-01 15:48", key="estuaire-offer", reply_of="estuaire-cancel",
      hdr=("utf-8", "B"), cte="quoted-printable",
      text="""Bonjour Monsieur Ondarra-Lindgren,

Suite à nos échanges et à votre visite du site de Blaye le 22 septembre, j'ai le plaisir de vous proposer le poste de technicien qualité laitière en CDI.

Vous trouverez en pièce jointe la promesse d'embauche précisant les conditions : rémunération annuelle brute de 28 600 €, travail en 2x8 avec une semaine sur trois le samedi matin, prise de poste le 2 novembre 2026.

Je vous remercie de me retourner le document signé avant le 9 octobre. Je reste disponible pour toute question, notamment sur votre installation en Gironde.

Bien cordialement,

Sandrine Lafon
Responsable qualité · Laiterie de l'Estuaire
ZI du Port · 33390 Blaye · 05 57 42 61 80""",
      pdf=[("Promesse_embauche_Ondarra-Lindgren.pdf", [
          "LAITERIE DE L'ESTUAIRE - PROMESSE D'EMBAUCHE",
          "Poste : Technicien qualité laitière (CDI)",
          "Rémunération : 28 600 EUR bruts annuels",
          "Horaires : 2x8, un samedi matin sur trois",
          "Date de prise de poste : 2 novembre 2026",
          "Bon pour accord : ____________________"])]))

# ================================================================ offer - de (1)
add(M(kind="offer", slug="schlachte_vertragsangebot_pdf", lang="de",
      company="Brauerei Schlachte", contact="h.osterkamp@brauerei-schlachte.example.de",
      frm="Henrik Osterkamp <h.osterkamp@brauerei-schlachte.example.de>",
      cc="Svenja Rohde <s.rohde@brauerei-schlachte.example.de>",
      subject="Unser Angebot an Sie",
      date="2026-07-30 15:10", key="schlachte-offer", reply_of="schlachte-move",
      cte="quoted-printable",
      text="""Moin Herr Ondarra-Lindgren,

ich bin wieder gesund, und der Probearbeitstag am 21. hat uns alle überzeugt. Wir möchten Ihnen die Stelle als Qualitätstechniker in unserer Brauerei anbieten.

Die Eckdaten: unbefristeter Vertrag, 3.150 € brutto im Monat, 39-Stunden-Woche im Frühdienst, 30 Urlaubstage und Haustrunk. Start wäre der 1. Oktober 2026. Den Vertragsentwurf finden Sie im Anhang.

Wenn Sie zusagen möchten, schicken Sie den Vertrag bitte unterschrieben bis zum 14. August an Frau Rohde (in Kopie). Bei Fragen zum Umzug nach Bremen helfen wir gern.

Beste Grüße
Henrik Osterkamp
Braumeister / Leitung QS · Brauerei Schlachte""",
      pdf=[("Arbeitsvertrag_Entwurf_Ondarra-Lindgren.pdf", [
          "BRAUEREI SCHLACHTE - ARBEITSVERTRAG (ENTWURF)",
          "Arbeitnehmer: Xabier Ondarra-Lindgren",
          "Tätigkeit: Qualitätstechniker",
          "Beginn: 1. Oktober 2026, unbefristet",
          "Vergütung: 3.150 EUR brutto monatlich",
          "Arbeitszeit: 39 Stunden/Woche, Urlaub: 30 Tage",
          "Unterschrift: ____________________"])]))
