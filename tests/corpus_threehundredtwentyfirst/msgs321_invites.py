"""Invitations, moved or cancelled interviews, and missed-interview notices."""

from __future__ import annotations

from msgs321_common import M, Spec

INV, RES, MISS = "interview_invitation", "interview_reschedule_or_cancel", \
    "missed_interview_notice"

MESSAGES: list[Spec] = [
    # ============================ invitations ============================
    M(id="ebro_fresco_ac", kind=INV, lang="es", company="Supermercados Altamira",
      frm=("Supermercados Altamira", "no-reply@teamtailor-mail.com"),
      date="2026-02-09 10:00 +0100", fmt="alt", cte="quoted-printable",
      brand="Supermercados Altamira", color="#0d47a1",
      subj="Te invitamos a nuestro assessment center - Analista de Datos de Tienda",
      body="""
      ¡Hola Guillermo!

      Nos alegra contarte que has pasado el primer filtro para el puesto de Analista de Datos de Tienda en Madrid. Te invitamos a nuestro assessment center, que se celebrará el jueves 19 de febrero de 9:00 a 13:30 en nuestra sede de la calle Orense 70 (Madrid).

      Durante la mañana habrá una dinámica de grupo, un caso práctico con Excel y una entrevista individual con el equipo de Business Intelligence.

      Confirma tu asistencia desde este enlace: https://altamira.example.es/tt/confirmar/9981

      ¡Nos vemos pronto!
      Equipo de Talento de Supermercados Altamira
      """),
    M(id="laborvia_call", kind=INV, lang="es", company="Laborvia",
      contact="pamplona@laborvia.example.es",
      frm=("Laborvia ETT Pamplona", "pamplona@laborvia.example.es"),
      date="2026-03-04 11:37 +0100", subj="Entrevista oferta 23017 - técnico/a de reporting",
      cte="8bit",
      body="""
      Hola Guillermo,

      soy Iosu, de la oficina de Laborvia en Pamplona. Hemos visto tu CV para la oferta 23017 (técnico/a de reporting, sustitución de 6 meses en una empresa del sector alimentario de la Ribera). ¿Puedes pasar por la oficina el lunes 9 a las 17:00 para una entrevista? Estamos en la avenida de Pío XII 22, bajo.

      Trae DNI y, si puedes, algún ejemplo de informe que hayas hecho.

      Un saludo,
      Iosu Garde
      Laborvia ETT - Pamplona
      """),
    M(id="bilbao_port_invite", kind=INV, lang="es", company="Autoridad Portuaria del Abra",
      contact="gorka.ibarra@puertoabra.example.es",
      frm=("Seleccion APA", "no-reply@puertoabra.example.es"),
      reply=("Gorka Ibarra - RRHH", "gorka.ibarra@puertoabra.example.es"),
      date="2026-03-16 14:00 +0100", cs="iso-8859-1", cte="quoted-printable",
      subj="Citación entrevista personal - Técnico/a de Datos Portuarios",
      subj_cs=("iso-8859-1", "q"),
      body="""
      Estimado Sr. Echevarría:

      Habiendo superado la fase de méritos, se le cita para la entrevista personal del proceso de Técnico/a de Datos Portuarios:

      Día: 25 de marzo de 2026
      Hora: 12:15
      Lugar: Edificio de Servicios Generales, muelle AZ-1, Santurtzi

      Para cualquier consulta, responda a este correo.

      Gorka Ibarra
      Recursos Humanos
      """),
    M(id="talento_norte_invite", kind=INV, lang="es", company="Aceros Nervión",
      contact="leire.zabala@talentonorte.example.es",
      frm=("Leire Zabala | Talento Norte", "leire.zabala@talentonorte.example.es"),
      date="2026-04-28 09:25 +0200", subj="Entrevista con Aceros Nervión - Analista de Datos",
      fmt="alt", cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "tn-acn-4418@talentonorte.example.es",
           "start": "2026-05-05 17:00", "mins": 60, "prodid": "Google Inc//Google Calendar 70.9054",
           "summary": "Entrevista Aceros Nervión - Guillermo Echevarría",
           "location": "Aceros Nervión, Barakaldo (recepción edificio B)"},
      body="""
      Hola Guillermo:

      ¡Buenas noticias! Aceros Nervión quiere conocerte para la posición de Analista de Datos de Producción. La entrevista será presencial en su planta de Barakaldo el martes 5 de mayo a las 17:00 con Iker Bilbao (jefe de Mejora Continua) y alguien de RR. HH.

      Te mando la invitación al calendario. Llámame antes y te preparo un poco.

      Leire Zabala
      Consultora Senior - Tecnología y Datos
      Talento Norte Consultores
      """),
    M(id="deporte_app_trial", kind=INV, lang="es", company="Kirolapp",
      contact="nahia@kirolapp.example.es", frm=("Nahia Etxeberria", "nahia@kirolapp.example.es"),
      date="2026-08-18 16:02 +0200", subj="¿Un día de prueba con nosotros?", cte="8bit",
      body="""
      ¡Hola Guillermo!

      Nos encantó la entrevista de la semana pasada. Como siguiente paso, nos gustaría que pasaras un día de prueba con el equipo en nuestra oficina de Tabakalera (Donostia), el viernes 28 de agosto, de 9:30 a 17:00. Trabajarás con datos reales de una liga de pelota y al final nos cuentas lo que has encontrado. Comemos juntos, invitamos nosotros.

      ¿Te cuadra?

      Nahia
      Head of Data · Kirolapp
      """),
    M(id="cajarural_workable", kind=INV, lang="es", company="Grupo Harinero Ebro",
      frm=("Grupo Harinero Ebro", "noreply@workablemail.com"), date="2026-09-03 07:55 +0000",
      fmt="html", cte="base64", brand="Grupo Harinero Ebro", color="#795548",
      subj="Programa tu videoentrevista - Analista de Planificación",
      body="""
      Hola Guillermo,

      Gracias por tu interés en el puesto de Analista de Planificación en Grupo Harinero Ebro (Zaragoza). Nos gustaría avanzar con una videoentrevista de 30 minutos con el equipo de Supply Chain.

      Elige el día y la hora que mejor te vengan en el siguiente enlace: https://apply.workable.example/ghe/schedule/ab12

      Un saludo,
      Equipo de Selección de Grupo Harinero Ebro
      """),
    M(id="lever_invite_en", kind=INV, lang="en", company="Tidewater Energy",
      contact="omar.kaya@tidewater.example.com",
      frm=("Omar Kaya", "omar.kaya@tidewater.example.com"),
      date="2026-04-07 15:30 +0100", fmt="alt", cte="quoted-printable",
      subj="Interview invitation: Junior Energy Data Analyst",
      ics={"method": "REQUEST", "uid": "lever-int-77c2a0@tidewater.example.com",
           "start": "2026-04-14 14:00", "mins": 45, "tz": "Europe/London",
           "prodid": "Google Inc//Google Calendar 70.9054",
           "summary": "Tidewater Energy: interview with Guillermo Echevarría",
           "location": "Google Meet https://meet.example.com/twd-ana-1"},
      body="""
      Hi Guillermo,

      Thanks for applying for the Junior Energy Data Analyst role. We'd like to invite you to a 45-minute video interview with me and Priya Nair, our Head of Forecasting, on Tuesday 14 April at 14:00 UK time (15:00 in Spain). A calendar invitation is attached.

      There is nothing to prepare, but it would help if you had a look at the UK wind generation figures we publish on our blog.

      Best wishes,
      Omar Kaya
      Talent Acquisition, Tidewater Energy
      """),
    M(id="taleo_invite_en", kind=INV, lang="en", company="Halcrow Foods",
      frm=("Halcrow Foods Careers", "halcrowfoods@taleo.net"), date="2026-05-20 09:40 +0000",
      fmt="html", cte="quoted-printable", brand="Halcrow Foods", color="#4a148c",
      subj="Halcrow Foods - Online assessment for Requisition 26-0412",
      body="""
      Dear Guillermo Echevarría Lizarraga,

      Thank you for your application for Commercial Insights Analyst (Requisition 26-0412). We are pleased to invite you to the next stage: an online assessment consisting of a numerical reasoning test and a short recorded video interview.

      Please complete it within 5 days using the link below:
      https://halcrow.taleo.example/assessment/26-0412/ge

      Kind regards,
      Halcrow Foods Talent Acquisition
      """),
    M(id="agency_en_invite", kind=INV, lang="en", company="Brightpath Recruitment",
      contact="tom.hale@brightpath.example.co.uk",
      frm=("Tom Hale", "tom.hale@brightpath.example.co.uk"),
      date="2026-08-11 10:05 +0100", subj="Call with my client tomorrow?",
      body="""
      Hi Guillermo,

      Good news: my client (a fintech in Madrid I can't name yet, English-speaking data team) would like a 20-minute screening call with you tomorrow, Wednesday, at 4pm Madrid time. Their Head of Analytics will ring you on your mobile.

      Can you confirm you're free? I'll share the company name once you've spoken to them.

      Cheers,
      Tom Hale
      Senior Consultant, Data & Analytics
      Brightpath Recruitment | London
      """),
    M(id="personio_einladung", kind=INV, lang="de", company="Mainfeld Logistik",
      contact="lena.vogt@mainfeld.example.de",
      frm=("Lena Vogt über Personio", "no-reply@mainfeld.jobs.personio.de"),
      reply=("Lena Vogt", "lena.vogt@mainfeld.example.de"), date="2026-03-24 13:12 +0100",
      subj="Einladung zum Kennenlernen", fmt="alt", cte="quoted-printable",
      body="""
      Hallo Guillermo,

      vielen Dank für deine Bewerbung als Junior Data Analyst bei Mainfeld Logistik. Wir würden dich gerne in einem ersten Kennenlerngespräch (ca. 30 Minuten, per Video) kennenlernen.

      Bitte wähle über den folgenden Link einen passenden Termin aus:
      https://mainfeld.jobs.personio.example/termin/8812

      Viele Grüße
      Lena Vogt
      People & Culture | Mainfeld Logistik GmbH
      """),
    M(id="statistik_einladung", kind=INV, lang="de",
      company="Hessisches Institut für Regionalstatistik",
      contact="k.wendt@hirs.example.de",
      frm=("Dr. Klaus Wendt", "k.wendt@hirs.example.de"),
      date="2026-06-02 10:45 +0200", cs="iso-8859-1", cte="quoted-printable",
      subj="Einladung zum Vorstellungsgespräch - Kennziffer 14/2026",
      body="""
      Sehr geehrter Herr Echevarría Lizarraga,

      wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle Statistiker/in (Kennziffer 14/2026) einladen zu dürfen.

      Termin: Dienstag, 16. Juni 2026, 13:30 Uhr
      Ort: Wiesbaden, Rheinstraße 35, Raum 2.14

      Das Gespräch dauert etwa 45 Minuten und beinhaltet eine kurze Präsentation zum Thema "Saisonbereinigung in der Praxis". Reisekosten können nach dem Hessischen Reisekostengesetz erstattet werden.

      Bitte bestätigen Sie den Termin bis zum 8. Juni.

      Mit freundlichen Grüßen
      Dr. Klaus Wendt
      Referat Personal
      """),
    M(id="softgarden_einladung", kind=INV, lang="de", company="Rhein-Main Energie",
      frm=("Rhein-Main Energie Recruiting", "noreply@softgarden.io"),
      date="2026-09-09 08:30 +0200", fmt="html", cte="base64", brand="Rhein-Main Energie",
      color="#f57f17", subj="Terminvorschlag für Ihr Interview",
      body="""
      Guten Tag Herr Echevarría,

      wir möchten Sie gerne zu einem Online-Interview für die Position Data Analyst Netzbetrieb (m/w/d) einladen.

      Bitte buchen Sie über den Button unten einen der freien Termine zwischen dem 15. und 18. September.

      Wir freuen uns auf das Gespräch!
      Ihr Recruiting-Team der Rhein-Main Energie AG
      """),
    M(id="toulouse_invite", kind=INV, lang="fr", company="Occitanie Data Sport",
      contact="julie.fabre@occitanie-datasport.example.fr",
      frm=("Julie Fabre", "julie.fabre@occitanie-datasport.example.fr"),
      date="2026-04-09 18:12 +0200", subj="Entretien - Analyste de données sportives",
      cte="8bit",
      body="""
      Bonjour Guillermo,

      Votre candidature pour le poste d'analyste de données sportives nous a beaucoup plu. Seriez-vous disponible pour un entretien dans nos locaux à Toulouse (Compans-Caffarelli) le jeudi 16 avril à 14h30 ? Si le déplacement est compliqué, nous pouvons le faire en visio.

      À bientôt,
      Julie Fabre
      Cofondatrice – Occitanie Data Sport
      """),
    M(id="smartr_fr_invite", kind=INV, lang="fr", company="Banque Populaire du Sud-Ouest",
      frm=("Banque Populaire du Sud-Ouest", "bpso@smartrecruiters.com"),
      date="2026-06-10 09:00 +0200", fmt="alt", cte="quoted-printable",
      subj="Invitation à un entretien téléphonique",
      body="""
      Bonjour Guillermo,

      Merci pour votre candidature au poste de Chargé de reporting (H/F) à Bordeaux. Nous souhaitons échanger avec vous lors d'un entretien téléphonique de 20 minutes.

      Réservez votre créneau ici : https://bpso.example.fr/sr/creneau/5521

      Cordialement,
      L'équipe recrutement de la Banque Populaire du Sud-Ouest
      """),
    M(id="bordeaux_metropole_invite", kind=INV, lang="fr", company="Aquitaine Mobilités",
      contact="n.dubreuil@aquitaine-mobilites.example.fr",
      frm=("Nicolas Dubreuil", "n.dubreuil@aquitaine-mobilites.example.fr"),
      date="2026-07-15 11:22 +0200", fmt="alt", cte="quoted-printable",
      subj="Convocation entretien – Data analyst billettique",
      ics={"method": "REQUEST", "uid": "am-entretien-0722-ge@aquitaine-mobilites.example.fr",
           "start": "2026-07-22 10:00", "mins": 60, "tz": "Europe/Paris",
           "prodid": "Microsoft Corporation//Outlook 16.0",
           "summary": "Entretien data analyst billettique - G. Echevarría",
           "location": "Aquitaine Mobilités, 5 rue Achard, Bordeaux - salle Garonne"},
      body="""
      Bonjour Monsieur Echevarría,

      Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de data analyst billettique le mercredi 22 juillet à 10h00 dans nos locaux. Vous trouverez l'invitation ci-jointe.

      Vous rencontrerez la responsable du pôle Données et moi-même.

      Cordialement,
      Nicolas Dubreuil
      Responsable recrutement
      Aquitaine Mobilités
      """),

    # ====================== reschedules and cancellations ======================
    M(id="altamira_moved", kind=RES, lang="es", company="Supermercados Altamira",
      frm=("Supermercados Altamira", "no-reply@teamtailor-mail.com"),
      date="2026-02-13 12:30 +0100", fmt="alt", cte="quoted-printable",
      subj="Cambio de fecha del assessment center",
      body="""
      Hola Guillermo:

      Por motivos de organización, el assessment center del puesto de Analista de Datos de Tienda se traslada del jueves 19 al martes 24 de febrero, en el mismo horario (9:00 a 13:30) y en el mismo lugar.

      Confirma de nuevo tu asistencia aquí: https://altamira.example.es/tt/confirmar/9981

      Sentimos las molestias.
      Equipo de Talento de Supermercados Altamira
      """),
    M(id="port_postponed", kind=RES, lang="es", company="Autoridad Portuaria del Abra",
      contact="gorka.ibarra@puertoabra.example.es",
      frm=("Seleccion APA", "no-reply@puertoabra.example.es"),
      reply=("Gorka Ibarra - RRHH", "gorka.ibarra@puertoabra.example.es"),
      date="2026-03-23 09:10 +0100", cs="iso-8859-1", cte="quoted-printable",
      subj="Aplazamiento entrevistas - Técnico/a de Datos Portuarios",
      body="""
      Estimado Sr. Echevarría:

      Por indisposición de uno de los miembros del tribunal, las entrevistas del 25 de marzo quedan aplazadas. Le comunicaremos la nueva fecha con al menos cinco días de antelación.

      Disculpe las molestias.

      Gorka Ibarra
      Recursos Humanos
      """),
    M(id="nervion_cancel", kind=RES, lang="es", company="Aceros Nervión",
      contact="leire.zabala@talentonorte.example.es",
      frm=("Leire Zabala | Talento Norte", "leire.zabala@talentonorte.example.es"),
      date="2026-05-04 19:20 +0200", fmt="alt", cte="quoted-printable",
      subj="Cancelado: Entrevista Aceros Nervión - Guillermo Echevarría",
      ics={"method": "CANCEL", "uid": "tn-acn-4418@talentonorte.example.es", "seq": 1,
           "start": "2026-05-05 17:00", "mins": 60, "prodid": "Google Inc//Google Calendar 70.9054",
           "summary": "Entrevista Aceros Nervión - Guillermo Echevarría",
           "location": "Aceros Nervión, Barakaldo (recepción edificio B)"},
      body="""
      Guillermo, te cancelo la cita de mañana con Aceros Nervión: Iker está de baja desde hoy. Me dicen que siguen muy interesados en ti y que en cuanto vuelva os buscamos otra fecha, seguramente la semana del 18.

      Te llamo mañana.
      Leire
      """),
    M(id="kirolapp_move", kind=RES, lang="es", company="Kirolapp",
      contact="nahia@kirolapp.example.es", frm=("Nahia Etxeberria", "nahia@kirolapp.example.es"),
      date="2026-08-25 08:40 +0200", parent="deporte_app_trial", quote="es",
      subj="Re: ¿Un día de prueba con nosotros?", cte="8bit",
      body="""
      Guillermo, cambio de planes: el viernes 28 medio equipo estará en un torneo en Bayona, así que pasamos tu día de prueba al miércoles 2 de septiembre, mismo horario. ¿Te sigue yendo bien?

      Nahia
      """),
    M(id="tidewater_move", kind=RES, lang="en", company="Tidewater Energy",
      contact="omar.kaya@tidewater.example.com",
      frm=("Omar Kaya", "omar.kaya@tidewater.example.com"), date="2026-04-13 10:02 +0100",
      parent="lever_invite_en", quote="en", fmt="alt", cte="quoted-printable",
      subj="Updated invitation: Tidewater Energy interview (new time)",
      ics={"method": "REQUEST", "uid": "lever-int-77c2a0@tidewater.example.com", "seq": 1,
           "start": "2026-04-16 09:30", "mins": 45, "tz": "Europe/London",
           "prodid": "Google Inc//Google Calendar 70.9054",
           "summary": "Tidewater Energy: interview with Guillermo Echevarría",
           "location": "Google Meet https://meet.example.com/twd-ana-1"},
      body="""
      Hi Guillermo,

      Apologies, Priya has been pulled into a board meeting tomorrow afternoon. Could we move your interview to Thursday 16 April at 09:30 UK time (10:30 for you)? I've updated the calendar invitation.

      Thanks for your flexibility,
      Omar
      """),
    M(id="workable_en_cancel", kind=RES, lang="en", company="Harbourline Analytics",
      frm=("Harbourline Analytics", "noreply@workablemail.com"),
      date="2026-09-29 14:10 +0000", fmt="html", cte="quoted-printable",
      subj="Your interview on Oct 1 has been cancelled",
      body="""
      Hi Guillermo,

      Your interview with Harbourline Analytics for the Reporting Analyst position, scheduled for October 1 at 11:00 CEST, has been cancelled by the hiring team.

      The hiring team will contact you soon to arrange a new time.

      Harbourline Analytics via Workable
      """),
    M(id="frankfurt_verschoben", kind=RES, lang="de",
      company="Hessisches Institut für Regionalstatistik",
      contact="k.wendt@hirs.example.de",
      frm=("Dr. Klaus Wendt", "k.wendt@hirs.example.de"),
      date="2026-06-11 15:33 +0200", cs="iso-8859-1", cte="quoted-printable",
      parent="statistik_einladung", quote="outlook_de",
      subj="AW: Einladung zum Vorstellungsgespräch - Kennziffer 14/2026",
      body="""
      Sehr geehrter Herr Echevarría Lizarraga,

      aufgrund einer Terminkollision der Auswahlkommission müssen wir Ihr Vorstellungsgespräch vom 16. Juni auf Donnerstag, den 18. Juni 2026, 9:00 Uhr, verlegen. Ort und Ablauf bleiben unverändert.

      Wir bitten um Ihr Verständnis und eine kurze Bestätigung.

      Mit freundlichen Grüßen
      Dr. Klaus Wendt
      """),
    M(id="toulouse_report", kind=RES, lang="fr", company="Occitanie Data Sport",
      contact="julie.fabre@occitanie-datasport.example.fr",
      frm=("Julie Fabre", "julie.fabre@occitanie-datasport.example.fr"),
      date="2026-04-14 22:05 +0200", parent="toulouse_invite", quote="fr",
      subj="Re: Entretien - Analyste de données sportives", cte="8bit",
      body="""
      Bonsoir Guillermo,

      Désolée de vous prévenir si tard : un de nos clients (un club de rugby) nous a demandé une démo jeudi après-midi. Pouvons-nous décaler notre entretien au lundi 20 avril, même heure ? Le reste ne change pas.

      Julie
      """),
    M(id="bpso_annule", kind=RES, lang="fr", company="Banque Populaire du Sud-Ouest",
      frm=("Banque Populaire du Sud-Ouest", "bpso@smartrecruiters.com"),
      date="2026-06-16 07:45 +0200", fmt="alt", cte="quoted-printable",
      subj="Annulation de votre entretien téléphonique",
      body="""
      Bonjour Guillermo,

      Nous sommes contraints d'annuler l'entretien téléphonique prévu le 17 juin à 11h00 pour le poste de Chargé de reporting (H/F). Votre candidature reste à l'étude et un nouveau créneau vous sera proposé prochainement.

      Cordialement,
      L'équipe recrutement
      """),

    # ========================== missed interviews ==========================
    M(id="laborvia_noshow", kind=MISS, lang="es", company="Laborvia",
      contact="pamplona@laborvia.example.es",
      frm=("Laborvia ETT Pamplona", "pamplona@laborvia.example.es"),
      date="2026-03-09 17:40 +0100", parent="laborvia_call", quote="es",
      subj="Re: Entrevista oferta 23017 - técnico/a de reporting", cte="8bit",
      body="""
      Hola Guillermo,

      te estábamos esperando a las 17:00 en la oficina para la entrevista de la oferta 23017 y no has venido. Te he llamado al móvil pero da apagado.

      Si te sigue interesando, llámanos mañana por la mañana; el cliente quiere cerrar esta semana.

      Iosu
      """),
    M(id="altamira_absent", kind=MISS, lang="es", company="Supermercados Altamira",
      frm=("Supermercados Altamira", "no-reply@teamtailor-mail.com"),
      date="2026-02-24 15:00 +0100", fmt="alt", cte="quoted-printable",
      subj="No pudimos verte en el assessment center",
      body="""
      Hola Guillermo:

      Hoy te esperábamos en el assessment center de Analista de Datos de Tienda y no hemos registrado tu asistencia.

      Si ha habido algún problema, cuéntanoslo desde tu perfil de candidato en los próximos dos días y valoraremos si es posible ofrecerte otra fecha.

      Equipo de Talento de Supermercados Altamira
      """),
    M(id="ertzain_data_missed", kind=MISS, lang="es", company="Bidasoa Seguros",
      contact="cristina.aldaz@bidasoaseguros.example.es",
      frm=("Cristina Aldaz", "cristina.aldaz@bidasoaseguros.example.es"),
      date="2026-10-07 12:19 +0200", subj="Llamada de esta mañana", cs="windows-1252",
      cte="quoted-printable",
      body="""
      Buenos días, Guillermo:

      Habíamos quedado en hablar por teléfono hoy a las 11:30 para la posición de Analista de Siniestros. Te he llamado tres veces y te he dejado un mensaje en el buzón, pero no he conseguido localizarte.

      ¿Quieres que lo intentemos otro día? Dime qué te viene bien.

      Un saludo,
      Cristina Aldaz – Talento
      Bidasoa Seguros · Irun
      """),
    M(id="brightpath_missed", kind=MISS, lang="en", company="Brightpath Recruitment",
      contact="tom.hale@brightpath.example.co.uk",
      frm=("Tom Hale", "tom.hale@brightpath.example.co.uk"),
      date="2026-08-12 16:25 +0100", parent="agency_en_invite", quote="en",
      subj="Re: Call with my client tomorrow?",
      body="""
      Hi Guillermo,

      My client tried you three times at 4pm Madrid time and it went to voicemail each time. They were a bit disappointed, to be honest.

      Is everything OK? If it was a mix-up I can try to get you another slot, but I'll need to hear from you today.

      Tom
      """),
    M(id="greenhouse_noshow", kind=MISS, lang="en", company="Fieldstone Health",
      contact="ravi.menon@fieldstone.example.com",
      frm=("Ravi Menon via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply=("Ravi Menon", "ravi.menon@fieldstone.example.com"),
      date="2026-07-28 10:14 -0400", fmt="alt", cte="quoted-printable",
      subj="We missed you today - Fieldstone Health",
      body="""
      Hi Guillermo,

      We had you scheduled for a video interview today at 4:00 PM CEST for the Healthcare Data Analyst role, but it looks like we weren't able to connect. The interviewers waited in the Zoom room for 15 minutes.

      If something came up, just reply and let me know. We may be able to find another time.

      Best,
      Ravi Menon
      Recruiting Coordinator, Fieldstone Health
      """),
    M(id="mainfeld_verpasst", kind=MISS, lang="de", company="Mainfeld Logistik",
      contact="lena.vogt@mainfeld.example.de",
      frm=("Lena Vogt über Personio", "no-reply@mainfeld.jobs.personio.de"),
      reply=("Lena Vogt", "lena.vogt@mainfeld.example.de"), date="2026-04-01 10:48 +0200",
      subj="Unser Termin heute um 10:00 Uhr", fmt="alt", cte="quoted-printable",
      body="""
      Hallo Guillermo,

      wir waren heute um 10:00 Uhr zum Kennenlernen verabredet und haben im Videocall auf dich gewartet, leider vergeblich.

      Falls etwas dazwischengekommen ist, melde dich gerne bei mir, dann schauen wir, ob wir einen neuen Termin finden.

      Viele Grüße
      Lena Vogt
      """),
    M(id="aquitaine_absent", kind=MISS, lang="fr", company="Aquitaine Mobilités",
      contact="n.dubreuil@aquitaine-mobilites.example.fr",
      frm=("Nicolas Dubreuil", "n.dubreuil@aquitaine-mobilites.example.fr"),
      date="2026-07-22 10:40 +0200", parent="bordeaux_metropole_invite", quote="outlook_fr",
      subj="RE: Convocation entretien – Data analyst billettique", cte="quoted-printable",
      body="""
      Bonjour Monsieur Echevarría,

      Nous vous attendions ce matin à 10h00 pour votre entretien et ne vous avons pas vu. L'accueil n'a pas non plus reçu d'appel de votre part.

      Merci de me faire savoir si vous souhaitez maintenir votre candidature.

      Cordialement,
      Nicolas Dubreuil
      """),
]
