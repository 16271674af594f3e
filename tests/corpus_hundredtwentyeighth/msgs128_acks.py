"""Application acknowledgements and offers of the hundred-twenty-eighth corpus, written one by one."""

from __future__ import annotations

from msgs128_common import M, ats, gmail, outlook, q

MESSAGES = []

# ------------------------------------------------------------ application_received (21)

# 1. Workday acknowledgement from an airline, HTML only.
_body = """Dear Valentina,

Thank you for applying for the position of Revenue Management Analyst - Network Pricing (Job ID R-26-0931) at Southern Cross Airways.

We have received your application and our recruitment team will now review it against the requirements of the role. You can track the status of your application at any time in our [Candidate Home](https://southerncross.wd5.myworkday.com/sca_careers/userHome).

Kind regards,
Southern Cross Airways Talent Acquisition"""
MESSAGES.append(M(
    "application_received", "workday_airline_ack", "en", "Southern Cross Airways", "",
    ("Southern Cross Airways Careers", "southerncross@myworkday.com"),
    "Thank you for applying - Revenue Management Analyst - Network Pricing", "2026-01-27 23:18 +0000", _body,
    st="html", mua="ats", cte="qp",
    html=ats(_body, title="Southern Cross Airways", logo="https://southerncross.wd5.myworkday.com/sca/assets/logo",
             logo_alt="Southern Cross Airways", color="#0b2545",
             pixel="https://click.myworkday.com/wf/open?upn=sca-r260931",
             footer="Please do not reply to this email; this mailbox is not monitored.<br>"
                    "Southern Cross Airways Pty Ltd &middot; ABN 41 062 889 301"),
))

# 2. Cruise line: "we are unable to respond to every applicant" - an acknowledgement.
MESSAGES.append(M(
    "application_received", "cruise_cannot_reply_all", "en", "Oceanic Star Cruises", "",
    ("Oceanic Star Cruises Careers", "careers-donotreply@oceanicstar.example.com"),
    "Application received: Shore Excursions Operations Manager (Req. 4471)", "2026-06-02 14:47 -0400",
    """Dear Valentina Ruiz-Achterberg,

Thank you for your interest in a career with Oceanic Star Cruises. This message confirms that we have received your application for Shore Excursions Operations Manager (Req. 4471).

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your qualifications match the needs of the position, a member of our Talent Acquisition team will contact you within the next three weeks.

We appreciate your interest and wish you fair winds.

Oceanic Star Cruises Talent Acquisition

This is an automated message. Replies to this address are not monitored.""",
    mua="ats", charset="utf-8", cte="7bit",
))

# 3. Job platform: application sent to a named employer.
_body = """Your application was sent to Lakeside Hotel Zurich

Revenue & Front Office Supervisor
Lakeside Hotel Zurich - Zürich, ZH

Applied on 4 September 2026 with CV_Valentina_Ruiz-Achterberg_EN.pdf

Good luck! You can track this and other applications in [My jobs](https://www.hirely.example.com/my-jobs).

The Hirely team"""
MESSAGES.append(M(
    "application_received", "hirely_sent_to_employer", "en", "Lakeside Hotel Zurich", "",
    ("Hirely", "applications@hirely.example.com"),
    "Application submitted: Revenue & Front Office Supervisor at Lakeside Hotel Zurich", "2026-09-04 09:12 +0000", _body,
    st="html", cte="base64",
    hdrs=[("List-Unsubscribe", "<https://www.hirely.example.com/unsubscribe?t=vra-app>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    html=ats(_body, title="Hirely", logo="https://static.hirely.example.com/img/hirely-logo.png",
             logo_alt="Hirely", color="#2164f3", track="https://click.hirely.example.com/t?r=",
             pixel="https://click.hirely.example.com/o/vra-app.gif",
             footer="Hirely, 1 Quay Street, Dublin 2, Ireland &middot; Registered in Ireland No 612345<br>"
                    "<a href=\"https://www.hirely.example.com/settings/emails\" style=\"color:#8a8a8a;\">Email preferences</a> &middot; "
                    "<a href=\"https://www.hirely.example.com/unsubscribe?t=vra-app\" style=\"color:#8a8a8a;\">Unsubscribe</a>"),
))

# 4. iCIMS acknowledgement from a cruise line, alternative.
_body = """Hello Valentina,

Thank you for submitting your application for Guest Services Operations Manager with Aurora Line Cruises.

What happens next?
1. Our recruiters review every application against the role requirements.
2. If your profile is a match, we will contact you to arrange an interview.
3. You can log in to the [career portal](https://careers-auroraline.icims.com/jobs/login) at any time to update your details.

We look forward to learning more about you.

Aurora Line Cruises Recruitment Team"""
MESSAGES.append(M(
    "application_received", "icims_cruise_next_steps", "en", "Aurora Line Cruises", "",
    ("Aurora Line Cruises Recruitment", "auroraline-noreply@icims.com"),
    "We received your application - Guest Services Operations Manager", "2026-05-11 12:00 -0400", _body,
    st="alt", mua="ats", cte="qp",
    html=ats(_body, title="Aurora Line Cruises", logo="https://careers-auroraline.icims.com/logo.png",
             logo_alt="Aurora Line Cruises", color="#123c69", track="https://careers-auroraline.icims.com/r?u=",
             footer="Aurora Line Cruises Ltd. is registered in England No 08812345, 20 Fenchurch Street, London EC3M 3BY.<br>"
                    "This mailbox is not monitored."),
))

# 5. Cruise company in Valparaíso: "if you hear nothing in 4 weeks" - still an acknowledgement.
MESSAGES.append(M(
    "application_received", "navimar_four_weeks", "es", "Navimar Cruceros", "",
    ("Navimar Cruceros - Postulaciones", "postulaciones-noresponder@navimar.example.cl"),
    "Recibimos tu postulación - Coordinadora de Operaciones Portuarias", "2026-02-09 10:30 -0300",
    """Hola Valentina:

Gracias por postular al cargo de Coordinadora de Operaciones Portuarias en Navimar Cruceros. Tu postulación fue recibida correctamente y será revisada por el equipo de selección.

Por el alto número de postulantes no podemos responder a cada persona. Si no tienes noticias nuestras dentro de 4 semanas, por favor considera que tu postulación no fue seleccionada en esta oportunidad.

Saludos,
Equipo de Personas
Navimar Cruceros

(Este correo es automático, no lo respondas.)""",
    charset="utf-8", cte="qp",
))

# 6. Chilean job board: application sent to a winery.
_body = """¡Hola Valentina!

Tu postulación fue enviada con éxito.

Cargo: Jefa de Enoturismo y Hospitalidad
Empresa: Viña Quebrada Honda
Ubicación: Casablanca, Región de Valparaíso
Fecha: 28 de mayo de 2026

La empresa revisará tu CV y, si tu perfil le interesa, se pondrá en contacto contigo. Puedes seguir el estado en [Mis postulaciones](https://www.empleospuerto.example.cl/mis-postulaciones).

Equipo EmpleosPuerto"""
MESSAGES.append(M(
    "application_received", "job_board_cl_winery", "es", "Viña Quebrada Honda", "",
    ("EmpleosPuerto", "no-responder@empleospuerto.example.cl"),
    "Postulaste a Jefa de Enoturismo y Hospitalidad en Viña Quebrada Honda", "2026-05-28 19:44 -0400", _body,
    st="html", cte="qp",
    hdrs=[("List-Unsubscribe", "<mailto:baja@empleospuerto.example.cl?subject=baja>, <https://www.empleospuerto.example.cl/baja>")],
    html=ats(_body, title="EmpleosPuerto", logo="https://www.empleospuerto.example.cl/img/logo-mail.png",
             logo_alt="EmpleosPuerto", color="#e4572e", track="https://t.empleospuerto.example.cl/c?u=",
             pixel="https://t.empleospuerto.example.cl/o/vra-5528.gif",
             footer="EmpleosPuerto SpA &middot; Prat 827, Valparaíso<br>Recibes este correo porque postulaste a una oferta. "
                    "<a href=\"https://www.empleospuerto.example.cl/baja\" style=\"color:#8a8a8a;\">Dejar de recibir correos</a>"),
))

# 7. Argentine job board: application sent to an airline.
_body = """¡Tu CV ya está en manos de Cielo Austral Líneas Aéreas!

Postulaste a: Analista de Pricing y Revenue (Aeroparque)
Modalidad: híbrida · Ciudad Autónoma de Buenos Aires

¿Qué sigue? La empresa va a revisar tu perfil. Si avanzás, te van a contactar por mail o teléfono.

Mientras tanto, completá tu perfil al 100 % para destacarte: [Completar perfil](https://www.buscoempleo.example.ar/perfil)

Saludos,
BuscoEmpleo"""
MESSAGES.append(M(
    "application_received", "job_board_ar_airline", "es", "Cielo Austral Líneas Aéreas", "",
    ("BuscoEmpleo", "avisos@buscoempleo.example.ar"),
    "Postulación enviada: Analista de Pricing y Revenue", "2026-03-30 21:05 -0300", _body,
    st="html", charset="utf-8", cte="base64",
    hdrs=[("List-Unsubscribe", "<https://www.buscoempleo.example.ar/notificaciones/baja?u=8812>")],
    html=ats(_body, title="BuscoEmpleo", logo="https://www.buscoempleo.example.ar/static/logo.png",
             logo_alt="BuscoEmpleo", color="#7b2cbf", track="https://links.buscoempleo.example.ar/ls/click?upn=",
             pixel="https://links.buscoempleo.example.ar/wf/open?upn=8812",
             footer="BuscoEmpleo S.R.L. &middot; Av. Santa Fe 1860, CABA &middot; "
                    "<a href=\"https://www.buscoempleo.example.ar/notificaciones/baja?u=8812\" style=\"color:#8a8a8a;\">Desuscribirme</a>"),
))

# 8. Cusco lodge: a person acknowledges, short.
MESSAGES.append(M(
    "application_received", "inkallpa_person_ack", "es", "Inkallpa Lodges", "talento@inkallpa.example.pe",
    ("Talento Inkallpa", "talento@inkallpa.example.pe"),
    "Re: CV - Asistente de Gerencia de Operaciones", "2026-04-27 08:50 -0500",
    """Hola Valentina, buenos días:

Confirmamos la recepción de tu CV y carta para el puesto de Asistente de Gerencia de Operaciones. El gerente revisará las postulaciones la primera semana de mayo y te avisaremos en cualquier caso.

Saludos cordiales,
Karina Ttito
Talento Humano - Inkallpa Lodges

El dom, 26 abr 2026 a las 22:14, Valentina Ruiz-Achterberg (<valentina.ra@example.cl>) escribió:
""" + q("""Estimados, adjunto mi CV para el puesto de Asistente de Gerencia de Operaciones publicado en su web. Tengo disponibilidad para viajar a Cusco para una entrevista.
Saludos, Valentina"""),
    mua="gmail", charset="utf-8", cte="8bit", irt="<CA+vra0426Inkallpa=cv@mail.example.cl>",
))

# 9. Teamtailor acknowledgement from the Málaga group, HTML only.
_body = """¡Hola, Valentina!

¡Gracias por tu candidatura a Supervisora de Operaciones - Hotel Alcazaba Centro! La hemos recibido correctamente.

Nuestro equipo de Personas revisa todas las candidaturas a mano, así que puede que tardemos un poco. Te escribiremos en cuanto tengamos novedades.

Mientras tanto, puedes conocer mejor cómo trabajamos en nuestro [blog de empleo](https://grupoalcazaba.teamtailor.example.com/blog).

Un abrazo,
Grupo Hotelero Alcazaba"""
MESSAGES.append(M(
    "application_received", "teamtailor_alcazaba_ack", "es", "Grupo Hotelero Alcazaba", "",
    ("Grupo Alcazaba", "no-reply@teamtailor-mail.com"),
    "¡Gracias por tu candidatura!", "2026-06-18 22:41 +0200", _body,
    st="html", mua="ats", cte="qp",
    html=ats(_body, title="Grupo Hotelero Alcazaba", logo="https://assets.teamtailor-cdn.example.com/grupoalcazaba/logo.png",
             logo_alt="Grupo Hotelero Alcazaba", color="#c0572b", track="https://grupoalcazaba.teamtailor.example.com/r?l=",
             footer="Grupo Hotelero Alcazaba, S.L. &middot; Calle Alcazabilla 14, 29015 Málaga"),
))

# 10. Spanish job portal, application sent to a named resort.
MESSAGES.append(M(
    "application_received", "portal_es_resort", "es", "Costa del Sol Resorts & Spa", "",
    ("TrabajoSol", "notificaciones@trabajosol.example.es"),
    "Tu inscripción en la oferta Duty Manager - Marbella", "2026-03-20 08:03 +0100",
    """Hola Valentina,

Te has inscrito correctamente en la oferta:

  Duty Manager - Marbella
  Costa del Sol Resorts & Spa
  Jornada completa · Contrato indefinido

Tu candidatura ya está en manos de la empresa. Te avisaremos cuando la empresa lea tu CV o cambie el estado del proceso.

Consulta tus inscripciones: https://www.trabajosol.example.es/candidato/inscripciones

--
TrabajoSol · Portal de empleo de la Costa del Sol
Para dejar de recibir estos avisos: https://www.trabajosol.example.es/baja""",
    charset="iso-8859-1", cte="qp",
    hdrs=[("List-Unsubscribe", "<https://www.trabajosol.example.es/baja>"), ("Precedence", "bulk")],
))

# 11. Chilean municipal corporation: formal receipt with a folio number.
MESSAGES.append(M(
    "application_received", "municipal_acuse_recibo", "es", "Corporación Municipal de Turismo de Quintay", "",
    ("Oficina de Partes - Turismo Quintay", "oficinadepartes-noreply@turismoquintay.example.cl"),
    "Acuse de recibo - Concurso Público N° 03/2026 - Folio 00418", "2026-04-13 16:55 -0400",
    """ACUSE DE RECIBO

Folio: 00418
Fecha de recepción: 13-04-2026 16:52
Postulante: Valentina Ruiz-Achterberg
Concurso: N° 03/2026 - Encargado/a de Operaciones Turísticas

Se deja constancia de que sus antecedentes fueron recibidos por la Oficina de Partes de la Corporación Municipal de Turismo de Quintay y serán remitidos a la Comisión de Selección. Los resultados de admisibilidad se publicarán en www.turismoquintay.example.cl el 24 de abril.

Este correo es generado automáticamente. No responda este mensaje.""",
    charset="iso-8859-1", cte="base64",
))

# 12. Agency mandate, unnamed client, automated.
MESSAGES.append(M(
    "application_received", "agency_mandate_auto", "es", "Talento Austral Consultores", "",
    ("Talento Austral Consultores", "postulaciones@talentoaustral.example.cl"),
    "Hemos recibido tu CV - Subgerente/a de Operaciones (Ref. TA-2611)", "2026-03-25 12:16 -0300",
    """Estimada Valentina:

Confirmamos la recepción de tu CV para el proceso Subgerente/a de Operaciones (Ref. TA-2611), que Talento Austral Consultores conduce de forma confidencial para una empresa del rubro hotelero.

Revisaremos tus antecedentes en los próximos días. Solo nos pondremos en contacto con las personas cuyo perfil avance a la etapa de entrevistas.

Este es un correo automático; las respuestas a esta dirección no son revisadas.

Talento Austral Consultores
Av. Libertad 1405, of. 1102, Viña del Mar""",
    charset="windows-1252", cte="qp",
))

# 13. BambooHR acknowledgement, start-up, alternative.
_body = """¡Hola Valentina!

Gracias por postular a Revenue Ops Analyst en Reservia. Recibimos tu postulación y el equipo la va a revisar durante las próximas dos semanas.

Si pasas a la siguiente etapa, te enviaremos un desafío técnico corto (Excel o Google Sheets, nada de código).

¡Mucha suerte!
Equipo Reservia"""
MESSAGES.append(M(
    "application_received", "bamboohr_startup_ack", "es", "Reservia", "",
    ("Reservia", "notifications@app.bamboohr.com"),
    "Recibimos tu postulación a Revenue Ops Analyst", "2026-03-10 10:22 -0300", _body,
    st="alt", mua="ats", cte="qp",
    html=ats(_body, title="Reservia", logo="https://reservia.bamboohr.com/logos/reservia.png",
             logo_alt="Reservia", color="#19a974", bg="#ffffff",
             footer="Enviado con BambooHR. Este buzón no recibe respuestas."),
))

# 14. Family winery owner acknowledges by reply, Mendoza, from his phone.
MESSAGES.append(M(
    "application_received", "finca_owner_reply", "es", "Finca Los Álamos", "hector@fincalosalamos.example.ar",
    ("Héctor Giménez", "hector@fincalosalamos.example.ar"),
    "Re: CV encargada de turismo", "2026-02-17 23:02 -0300",
    """Hola Valentina, recibí tu CV, gracias. Esta semana estamos a full con la cosecha pero lo miro con mi señora el finde y te escribo.

Héctor
Finca Los Álamos - Maipú, Mendoza

Enviado desde mi iPhone

> El 17 feb 2026, a las 11:20, Valentina Ruiz-Achterberg <valentina.ra@example.cl> escribió:
>
> Estimado Héctor, le envío mi CV para la búsqueda de encargada de turismo que vi en Instagram. Saludos, Valentina""",
    mua="iphone", charset="utf-8", cte="8bit", irt="<3D7A1E55-0B9F-4C21-A6E0-vra0217finca@example.cl>",
))

# 15. NGO in Cusco: "only shortlisted candidates will be contacted" - an acknowledgement.
MESSAGES.append(M(
    "application_received", "ngo_only_shortlisted", "es", "Fundación Camino Inca Sostenible", "",
    ("Fundación Camino Inca Sostenible", "convocatorias@caminoincasostenible.example.pe"),
    "Recepción de postulación - Coordinador(a) de Turismo Comunitario", "2026-07-03 09:15 -0500",
    """Estimada postulante:

Agradecemos su interés en la convocatoria para Coordinador(a) de Turismo Comunitario. Su postulación ha sido registrada.

Debido al alto número de postulaciones, solo nos comunicaremos con las personas preseleccionadas para la etapa de entrevista. El proceso de evaluación concluirá el 31 de julio.

Atentamente,
Área de Convocatorias
Fundación Camino Inca Sostenible
Av. El Sol 627, Cusco

*Mensaje generado automáticamente: por favor no responda a este correo.*""",
    charset="utf-8", cte="qp",
))

# 16. Cannes ferry company: receipt, formal, windows-1252.
MESSAGES.append(M(
    "application_received", "lerins_accuse_reception", "fr", "Compagnie des Îles de Lérins", "",
    ("Compagnie des Îles de Lérins", "rh-noreply@iles-lerins.example.fr"),
    "Accusé de réception de votre candidature", "2026-03-28 12:31 +0100",
    """Madame,

Nous accusons bonne réception de votre candidature au poste de Responsable planning traversées et excursions et vous remercions de l'intérêt que vous portez à la Compagnie des Îles de Lérins.

Votre dossier est en cours d'étude. Nous reviendrons vers vous dans les meilleurs délais.

Le service des ressources humaines
Compagnie des Îles de Lérins
Quai Laubeuf - 06400 Cannes

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.""",
    charset="windows-1252", cte="8bit",
))

# 17. French job platform, tutoiement, application sent to a start-up.
_body = """Bravo Valentina 🎉

Ta candidature pour le poste de Ops Manager Partenaires chez Escalio a bien été envoyée !

L'équipe d'Escalio va étudier ton profil. En moyenne, les entreprises répondent sous 12 jours sur Côté Jobs.

En attendant, découvre d'autres offres qui pourraient te plaire : [voir les offres](https://www.cotejobs.example.fr/offres?q=operations&l=Nice)

À bientôt,
L'équipe Côté Jobs"""
MESSAGES.append(M(
    "application_received", "cotejobs_sent_to_escalio", "fr", "Escalio", "",
    ("Côté Jobs", "hello@notifications.cotejobs.example.fr"),
    "Ta candidature chez Escalio a bien été envoyée", "2026-06-10 19:27 +0200", _body,
    st="html", charset="utf-8", cte="base64",
    hdrs=[("List-Unsubscribe", "<https://www.cotejobs.example.fr/preferences/unsubscribe?u=vra>")],
    html=ats(_body, title="Côté Jobs", logo="https://cdn.cotejobs.example.fr/mail/logo.png",
             logo_alt="Côté Jobs", color="#f5c518", track="https://tr.cotejobs.example.fr/c?u=",
             pixel="https://tr.cotejobs.example.fr/o/vra-escalio.gif",
             footer="Côté Jobs SAS &middot; 5 rue Saint-François-de-Paule, 06300 Nice<br>"
                    "<a href=\"https://www.cotejobs.example.fr/preferences/unsubscribe?u=vra\" style=\"color:#8a8a8a;\">Se désinscrire</a>"),
))

# 18. Public tourism office: "no answer within six weeks means not retained" - an acknowledgement.
MESSAGES.append(M(
    "application_received", "office_tourisme_six_semaines", "fr", "Office de Tourisme de Villefranche-Azur", "",
    ("Office de Tourisme de Villefranche-Azur", "ne-pas-repondre@ot-villefranche-azur.example.fr"),
    "Accusé de réception - Chargé(e) d'accueil et de billetterie", "2026-07-29 10:00 +0200",
    """Madame,

Nous avons bien reçu votre candidature au poste de Chargé(e) d'accueil et de billetterie et vous en remercions.

Elle sera examinée avec attention par le jury de recrutement. Sans réponse de notre part dans un délai de six semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Service des Ressources humaines
Office de Tourisme de Villefranche-Azur""",
    charset="iso-8859-1", cte="qp",
))

# 19. Personio acknowledgement, Zurich hotel group, HTML only.
_body = """Sehr geehrte Frau Ruiz-Achterberg,

vielen Dank für Ihre Bewerbung als Revenue Manager (m/w/d) bei der Alpenglanz Hotelgruppe. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüssen
People & Culture
Alpenglanz Hotelgruppe"""
MESSAGES.append(M(
    "application_received", "personio_eingang", "de", "Alpenglanz Hotelgruppe", "",
    ("Alpenglanz Hotelgruppe", "alpenglanz-jobs@mail.personio.de"),
    "Ihre Bewerbung bei der Alpenglanz Hotelgruppe", "2026-05-18 07:31 +0200", _body,
    st="html", mua="ats", charset="utf-8", cte="qp",
    html=ats(_body, title="Alpenglanz Hotelgruppe", logo="https://alpenglanz.jobs.personio.de/logo.png",
             logo_alt="Alpenglanz Hotelgruppe", color="#3c6e47",
             footer="Alpenglanz Hospitality AG &middot; Bahnhofstrasse 71, 8001 Zürich<br>"
                    "Geschäftsführer: Dr. Reto Casutt, Anja Brändli &middot; Diese E-Mail wurde automatisch über Personio versendet."),
))

# 20. Zurich gastro group: HR person confirms receipt, "innert 10 Arbeitstagen".
MESSAGES.append(M(
    "application_received", "seerose_eingangsbestaetigung", "de", "Seerose Gastro Gruppe", "personal@seerose-gastro.example.ch",
    ("Personal Seerose Gastro", "personal@seerose-gastro.example.ch"),
    "Eingangsbestätigung Ihrer Bewerbung", "2026-07-08 11:20 +0200",
    """Sehr geehrte Frau Ruiz-Achterberg

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung als Betriebsleiterin Seerose Wollishofen und danken Ihnen für Ihr Interesse an der Seerose Gastro Gruppe.

Wir melden uns innert 10 Arbeitstagen bei Ihnen. Für Fragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse
Corinne Frei
Personalverantwortliche
Seerose Gastro Gruppe | Seestrasse 470 | 8038 Zürich""",
    charset="iso-8859-1", cte="8bit",
))

# 21. Swiss job portal: application sent to the tourism association, HTML only.
_body = """Guten Tag Valentina Ruiz-Achterberg

Ihre Bewerbung wurde erfolgreich an Verkehrsverein Zürichsee übermittelt.

Stelle: Projektleiterin Gästeservice & Angebotsentwicklung (80 %)
Arbeitsort: Horgen ZH
Übermittelt am: 31.08.2026

Den Status Ihrer Bewerbungen finden Sie jederzeit unter [Meine Bewerbungen](https://www.jobwelt.example.ch/konto/bewerbungen).

Viel Erfolg!
Ihr jobwelt.ch-Team"""
MESSAGES.append(M(
    "application_received", "jobwelt_uebermittelt", "de", "Verkehrsverein Zürichsee", "",
    ("jobwelt.ch", "bewerbungen@mailing.jobwelt.example.ch"),
    "Bewerbung übermittelt: Projektleiterin Gästeservice & Angebotsentwicklung", "2026-08-31 20:14 +0200", _body,
    st="html", charset="utf-8", cte="base64",
    hdrs=[("List-Unsubscribe", "<https://www.jobwelt.example.ch/abmelden?u=vra>")],
    html=ats(_body, title="jobwelt.ch", logo="https://www.jobwelt.example.ch/mail/logo.png",
             logo_alt="jobwelt.ch", color="#d6001c", track="https://click.jobwelt.example.ch/?u=",
             pixel="https://click.jobwelt.example.ch/o/vra-vvz.gif",
             footer="jobwelt.ch AG &middot; Hardturmstrasse 201 &middot; 8005 Zürich<br>"
                    "<a href=\"https://www.jobwelt.example.ch/abmelden?u=vra\" style=\"color:#8a8a8a;\">Abmelden</a>"),
))

# ------------------------------------------------------------------------- offers (10)

# 1. Written offer letter with a PDF, Chilean hotel group.
MESSAGES.append(M(
    "offer", "miradores_carta_oferta_pdf", "es", "Miradores del Pacífico Hoteles", "cfuentes@miradorespacifico.example.cl",
    ("Carolina Fuentes Rojas", "cfuentes@miradorespacifico.example.cl"),
    "Carta oferta - Jefa de Operaciones Hotel Miradores Viña del Mar", "2026-03-18 16:44 -0300",
    """Estimada Valentina:

Es un gusto escribirte. Después de las entrevistas con Sergio y el equipo, queremos ofrecerte el cargo de Jefa de Operaciones del Hotel Miradores Viña del Mar.

Adjunto la carta oferta con las condiciones: renta bruta mensual de $2.150.000, contrato indefinido tras un plazo fijo de tres meses, jornada de 44 horas en turnos rotativos, seguro complementario de salud y alimentación en el hotel. La fecha de ingreso propuesta es el 6 de abril.

Te pedimos responder a esta oferta antes del miércoles 25 de marzo. Si tienes dudas sobre cualquier punto, llámame cuando quieras.

¡Esperamos contar contigo!

Carolina Fuentes Rojas
Jefa de Personas
Miradores del Pacífico Hoteles S.A.
Tel. +56 32 268 1190 / +56 9 8871 0452""",
    st="mixed", mua="outlook", charset="iso-8859-1", cte="qp",
    attach=[("Carta_Oferta_V_Ruiz-Achterberg.pdf", [
        "Miradores del Pacifico Hoteles S.A.", "Vina del Mar, 18 de marzo de 2026", "",
        "Carta oferta", "Cargo: Jefa de Operaciones - Hotel Miradores Vina del Mar",
        "Renta bruta mensual: $2.150.000", "Fecha de ingreso: 6 de abril de 2026",
        "Plazo para aceptar: 25 de marzo de 2026"])],
))

# 2. Verbal offer confirmed by email, Peruvian tour operator.
MESSAGES.append(M(
    "offer", "andean_verbal_offer_confirmed", "es", "Andean Trails Perú", "ana.villanueva@andeantrails.example.pe",
    ("Ana Villanueva", "ana.villanueva@andeantrails.example.pe"),
    "Confirmación de oferta - Coordinadora de Operaciones Cusco", "2026-06-01 20:10 -0500",
    """Hola Valentina:

Como conversamos hoy por teléfono, te confirmo por escrito nuestra oferta para que te sumes a Andean Trails Perú como Coordinadora de Operaciones en Cusco:

- Remuneración: S/ 6.500 brutos mensuales, en planilla, con gratificaciones de ley.
- Inicio: 1 de julio de 2026 (te cubrimos el pasaje Santiago-Cusco y las dos primeras semanas de alojamiento).
- Periodo de prueba: 3 meses.

Si estás de acuerdo, respóndeme este correo aceptando y Diego te enviará el contrato para firma. Estamos muy contentos de que vengas.

Un abrazo,
Ana Villanueva
Gerente General
Andean Trails Perú
Calle Saphi 812, Cusco · +51 84 256 310""",
    charset="utf-8", cte="8bit",
))

# 3. Conditional offer with PDF, Argentine airline, alternative + attachment.
_body = """Hola Valentina,

¡Felicitaciones! Nos alegra comunicarte que fuiste seleccionada para el puesto de Analista de Pricing y Revenue (Aeroparque).

La presente oferta está condicionada a:
1. la aprobación del examen médico preocupacional;
2. la verificación de antecedentes y referencias laborales;
3. la obtención de tu residencia temporaria en Argentina (te acompañamos en el trámite).

En el PDF adjunto encontrás el detalle de la remuneración (ARS 2.480.000 brutos mensuales), beneficios y fecha estimada de ingreso. Te pedimos que nos respondas dentro de los próximos cinco días hábiles.

Saludos,
Micaela Domínguez
Gerencia de Personas
Cielo Austral Líneas Aéreas"""
MESSAGES.append(M(
    "offer", "cielo_austral_conditional_pdf", "es", "Cielo Austral Líneas Aéreas", "mdominguez@cieloaustral.example.ar",
    ("Micaela Domínguez", "mdominguez@cieloaustral.example.ar"),
    "Oferta laboral condicional - Analista de Pricing y Revenue", "2026-05-07 17:25 -0300", _body,
    st="alt", mua="outlook", html=outlook(_body), charset="utf-8", cte="qp",
    attach=[("Oferta_condicional_CAU_Ruiz-Achterberg.pdf", [
        "Cielo Austral Lineas Aereas S.A.", "Oferta laboral condicional", "",
        "Puesto: Analista de Pricing y Revenue (Aeroparque)", "Remuneracion: ARS 2.480.000 brutos mensuales",
        "Condiciones: examen preocupacional, antecedentes, residencia temporaria"])],
))

# 4. Contract to sign, Chilean winery, PDF.
MESSAGES.append(M(
    "offer", "winery_contract_to_sign", "es", "Viña Quebrada Honda", "tomas.errazuriz@quebradahonda.example.cl",
    ("Tomás Errázuriz", "tomas.errazuriz@quebradahonda.example.cl"),
    "Contrato de trabajo para firma", "2026-06-22 12:33 -0400",
    """Valentina, ¡bienvenida al equipo!

Como quedamos el viernes, te adjunto el contrato de trabajo como Jefa de Enoturismo y Hospitalidad (plazo fijo hasta el 31 de diciembre, luego indefinido), con la renta y el bono por temporada que conversamos.

Por favor revísalo, fírmalo en todas las hojas y mándamelo escaneado antes del jueves. El original lo firmamos el primer día, el 1 de julio.

Cualquier duda me llamas.

Tomás Errázuriz V.
Gerente de Enoturismo
Viña Quebrada Honda
Ruta 68 km 64, Casablanca | +56 9 9021 7735""",
    st="mixed", charset="utf-8", cte="qp",
    attach=[("Contrato_VRuizAchterberg_VQH.pdf", [
        "CONTRATO DE TRABAJO", "Vina Quebrada Honda Ltda.", "",
        "Trabajadora: Valentina Ruiz-Achterberg", "Cargo: Jefa de Enoturismo y Hospitalidad",
        "Inicio: 1 de julio de 2026", "Firma trabajadora: ____________________"])],
))

# 5. Spanish resort: written proposal, alternative.
_body = """Hola, Valentina:

¡Enhorabuena! Tras la jornada de evaluación y la entrevista con Dirección, nos complace hacerte una propuesta de incorporación como Duty Manager en el Resort Guadalmina:

· Contrato indefinido, jornada completa (40 h semanales en turnos).
· Salario bruto anual: 34.500 €, en 14 pagas, más variable por objetivos de hasta un 8 %.
· Alojamiento en el resort los tres primeros meses.
· Incorporación: 1 de junio de 2026.

Te agradeceríamos una respuesta antes del 15 de mayo. Si aceptas, te enviaremos el contrato y la documentación para tramitar tu autorización de residencia y trabajo.

Un saludo muy cordial,
Irene Montes
Técnica de Selección
Costa del Sol Resorts & Spa"""
MESSAGES.append(M(
    "offer", "resort_propuesta_incorporacion", "es", "Costa del Sol Resorts & Spa", "seleccion@costadelsolresorts.example.es",
    ("Irene Montes - Selección", "seleccion@costadelsolresorts.example.es"),
    "Propuesta de incorporación - Duty Manager", "2026-05-06 13:02 +0200", _body,
    st="alt", mua="outlook", html=outlook(_body), charset="windows-1252", cte="qp",
))

# 6. Offer letter PDF from the Madrid hotel chain, English.
MESSAGES.append(M(
    "offer", "harbourline_offer_letter_pdf", "en", "Harbourline Hotels", "priya.raman@harbourline.example.com",
    ("Priya Raman", "priya.raman@harbourline.example.com"),
    "Offer of employment - Revenue Analyst, Harbourline Hotels Madrid Retiro", "2026-03-11 12:48 +0100",
    """Dear Valentina,

Following your interviews with Álvaro and the Cluster team, I am delighted to offer you the position of Revenue Analyst at Harbourline Hotels Madrid Retiro.

Please find attached your offer letter, which sets out the main terms: a gross annual salary of EUR 31,000, a permanent contract with a six-month probation period, and a proposed start date of 4 May 2026, subject to your Spanish work authorisation.

To accept, please sign the letter and return it to me by 18 March. I'm happy to go through any questions on a call.

Congratulations - we're really looking forward to having you on the team.

Warm regards,
Priya

Priya Raman
Talent Acquisition Specialist - Southern Europe
Harbourline Hotels
Harbourline Hotels Spain, S.L.U. - Registro Mercantil de Madrid, Tomo 40.112, Hoja M-712340""",
    st="mixed", mua="outlook", charset="utf-8", cte="base64",
    attach=[("Harbourline_Offer_Letter_VRuiz-Achterberg.pdf", [
        "Harbourline Hotels Spain, S.L.U.", "Madrid, 11 March 2026", "", "OFFER OF EMPLOYMENT",
        "Position: Revenue Analyst - Harbourline Hotels Madrid Retiro",
        "Gross annual salary: EUR 31,000", "Start date: 4 May 2026", "Signature: ____________________"])],
))

# 7. Verbal offer confirmed, revenue software company, plain.
MESSAGES.append(M(
    "offer", "revpilot_verbal_offer", "en", "RevPilot", "jonas@revpilot.example.com",
    ("Jonas Berg", "jonas@revpilot.example.com"),
    "Following up on our call - your offer", "2026-07-09 18:36 +0200",
    """Hi Valentina,

Great speaking with you earlier! As promised, here's a written summary of the offer I made on the phone:

Role: Customer Success Manager, Hotels (Spanish), remote from Madrid
Base salary: EUR 46,000 gross per year
Variable: up to 10% on net revenue retention
Equity: 0.05% in options, 4-year vesting with a 1-year cliff
Start: 1 September 2026

Our People team will send the formal contract through DocuSign once you tell me you're in. Take the weekend to think about it and ping me with any questions.

Really hope you'll join us!

Jonas

Jonas Berg | Head of Customer Success | RevPilot
RevPilot GmbH, Torstrasse 140, 10119 Berlin - Geschäftsführer: Lea Hoffmann - HRB 221873 B""",
    charset="utf-8", cte="qp",
))

# 8. French promise of employment with a PDF from the Nice hotel.
MESSAGES.append(M(
    "offer", "cimiez_promesse_embauche_pdf", "fr", "Hôtel Les Terrasses de Cimiez", "direction@terrasses-cimiez.example.fr",
    ("Anne-Laure Vidal", "direction@terrasses-cimiez.example.fr"),
    "Promesse d'embauche", "2026-04-20 15:10 +0200",
    """Chère Valentina,

Suite à nos deux entretiens, j'ai le grand plaisir de vous confirmer que nous souhaitons vous confier le poste d'Adjointe de direction en charge de l'exploitation et du yield.

Vous trouverez ci-joint votre promesse d'embauche : CDI statut agent de maîtrise, 2 600 € bruts mensuels sur 13 mois, logement de fonction pendant la période d'essai, prise de poste le 1er juin 2026 sous réserve de l'obtention de votre titre de séjour.

Je vous remercie de me retourner le document signé avant le 30 avril.

Au plaisir de vous accueillir,

Anne-Laure Vidal
Directrice
Hôtel Les Terrasses de Cimiez ****
SARL Terrasses de Cimiez - RCS Nice 438 552 017""",
    st="mixed", mua="apple", charset="utf-8", cte="qp",
    attach=[("Promesse_embauche_Ruiz-Achterberg.pdf", [
        "Hotel Les Terrasses de Cimiez", "Nice, le 20 avril 2026", "", "PROMESSE D'EMBAUCHE",
        "Poste : Adjointe de direction exploitation et yield", "Remuneration : 2 600 EUR bruts mensuels",
        "Prise de poste : 1er juin 2026"])],
))

# 9. Start-up offer, tutoiement, alternative, emoji in subject.
_body = """Valentina,

On a fait le point avec Claire hier soir et c'est un grand oui : on aimerait t'embaucher comme Ops Manager Partenaires chez Escalio !

Ce qu'on te propose :
- CDI, basé à Nice (2 jours de télétravail)
- 42 k€ bruts annuels + BSPCE
- arrivée idéalement le 1er septembre

Je t'envoie le contrat dès que tu nous dis que ça te va. Si tu veux en parler, on peut s'appeler demain.

On croise les doigts !
Julien"""
MESSAGES.append(M(
    "offer", "escalio_proposition_tu", "fr", "Escalio", "julien@escalio.example.fr",
    ("Julien Mercier", "julien@escalio.example.fr"),
    "Proposition d'embauche 🎉", "2026-07-16 09:21 +0200", _body,
    st="alt", mua="gmail", html=gmail(_body), charset="utf-8", cte="base64",
))

# 10. Zurich gastro group: employment contract to sign, PDF.
MESSAGES.append(M(
    "offer", "seerose_arbeitsvertrag_pdf", "de", "Seerose Gastro Gruppe", "personal@seerose-gastro.example.ch",
    ("Corinne Frei", "personal@seerose-gastro.example.ch"),
    "Ihr Arbeitsvertrag - Betriebsleiterin Seerose Wollishofen", "2026-08-12 14:05 +0200",
    """Sehr geehrte Frau Ruiz-Achterberg

Wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Imhof die Stelle als Betriebsleiterin im Seerose Wollishofen anbieten zu dürfen.

Im Anhang finden Sie den Arbeitsvertrag (Jahreslohn CHF 88'000 brutto, 13 Monatslöhne, Stellenantritt 1. Oktober 2026) in zweifacher Ausführung. Bitte senden Sie uns ein unterzeichnetes Exemplar bis zum 21. August zurück. Die Anmeldung für Ihre Arbeitsbewilligung übernehmen wir.

Bei Fragen bin ich gerne für Sie da.

Freundliche Grüsse
Corinne Frei
Personalverantwortliche
Seerose Gastro Gruppe
Seerose Gastro AG, Seestrasse 470, 8038 Zürich, CHE-114.220.906""",
    st="mixed", charset="iso-8859-1", cte="qp",
    attach=[("Arbeitsvertrag_Ruiz-Achterberg.pdf", [
        "Seerose Gastro AG", "Arbeitsvertrag", "", "Arbeitnehmerin: Valentina Ruiz-Achterberg",
        "Funktion: Betriebsleiterin Seerose Wollishofen", "Jahreslohn: CHF 88'000 brutto (13 Monatsloehne)",
        "Stellenantritt: 1. Oktober 2026"])],
))

