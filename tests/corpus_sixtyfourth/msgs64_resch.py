"""Reschedules, cancellations and missed-interview notices of the sixty-fourth corpus (data only)."""

from msgs64_build import M

V = "Valentina Ruiz-Achterberg <vale.ruiz@example.es>"

MESSAGES = [
    M("resch", "manager_sick_move", "es", "Hospital Universitario Nou Llevant", "lmarti@noullevant.example.es",
      "Lucía Martí <lmarti@noullevant.example.es>", "Cambio de hora entrevista",
      """Hola Valentina,

Perdona el aviso tan justo: la jefa de la unidad está de guardia el jueves y no podrá hacer la entrevista a las 10:00. ¿Te iría bien pasarla al viernes a la misma hora? Si no, dime qué día de la semana que viene te encaja.

Disculpa las molestias.

Lucía Martí
Unidad de Selección
Hospital Universitario Nou Llevant"""),
    M("resch", "goodtime_cancel_ics", "en", "Arclight Medical Devices", "femke.devries@arclightmd.example.nl",
      "Arclight Medical Devices <scheduling@goodtime.io>", "Cancelled: Arclight Medical Devices - Onsite",
      """Hi Valentina,

Your onsite interview with Arclight Medical Devices scheduled for Tuesday, May 19, 2026 at 09:00 CEST has been cancelled.

Your recruiter Femke will reach out to you shortly with a new date.

Powered by GoodTime""", "ics",
      reply_to="Femke de Vries <femke.devries@arclightmd.example.nl>",
      ics={"summary": "Onsite interview - Arclight Medical Devices", "start": "20260519T070000Z", "end": "20260519T110000Z", "method": "CANCEL", "status": "CANCELLED", "sequence": "1", "uid": "goodtime-arclight-onsite-7731@goodtime.io"}),
    M("resch", "fr_report_entretien", "fr", "Laboratoires Garonne", "j.delmas@labo-garonne.example.fr",
      "Julie Delmas <j.delmas@labo-garonne.example.fr>", "RE: Entretien - Chargée d'affaires médicales",
      """Bonjour Madame Ruiz-Achterberg,

Je suis désolée, Dr Perrin a un empêchement de dernière minute (congrès à Lyon) et nous devons reporter l'entretien prévu mercredi à 14h00.

Pourriez-vous me proposer deux créneaux la semaine du 20 avril ? Encore toutes nos excuses pour ce changement.

Bien cordialement,
Julie Delmas
Responsable Recrutement
Laboratoires Garonne""",
      quote=("fr", V, "Bonjour Madame Delmas,\n\nJe vous confirme ma disponibilité le mercredi 8 avril à 14h00.\n\nBien cordialement,\nValentina Ruiz-Achterberg")),
    M("resch", "workday_rescheduled", "en", "Halvorsen Biologics", "",
      "Halvorsen Biologics <halvorsen@myworkday.com>", "Interview Rescheduled - Clinical Operations Lead - Southern Europe",
      """Dear Valentina,

Please note that your interview for Clinical Operations Lead - Southern Europe (R-0099812) has been rescheduled.

Previous time: 11 June 2026, 14:00 CEST
New time:      16 June 2026, 10:00 CEST
Format:        Zoom (link unchanged)

If the new time does not suit you, please visit your candidate home page.

This is a system-generated message. Replies to this address are not monitored.""", "html"),
    M("resch", "es_adelantar_entrevista", "es", "Alquimia Pharma", "ana.rosello@alquimiapharma.example.es",
      "Ana Roselló <ana.rosello@alquimiapharma.example.es>", "Re: Siguiente fase: caso práctico y entrevista",
      """Hola de nuevo Valentina,

Un cambio: la Responsable de Farmacovigilancia viaja el viernes a Bruselas, así que necesitaríamos adelantar la entrevista presencial al jueves 28 a las 16:00. El plazo del caso práctico se mantiene.

¿Podrías confirmarme si te va bien?

Gracias y perdona el lío,
Ana""",
      quote=("es", "Ana Roselló <ana.rosello@alquimiapharma.example.es>", "Hola Valentina,\nNos alegra comunicarte que has pasado a la siguiente fase del proceso...\nentrevista presencial el viernes 29 a las 11:00.")),
    M("resch", "de_termin_absage_verschoben", "de", "Rheinpharm", "nadine.vogt@rheinpharm.example.ch",
      "Nadine Vogt <nadine.vogt@rheinpharm.example.ch>", "Terminverschiebung Vorstellungsgespräch 23.04.",
      """Sehr geehrte Frau Ruiz-Achterberg,

leider müssen wir den vereinbarten Termin am 23. April krankheitsbedingt absagen. Herr Dr. Frei ist kurzfristig ausgefallen.

Wir würden Ihnen gerne alternativ den 5. oder 6. Mai, jeweils 10:00 Uhr, anbieten. Die Reisekostenübernahme bleibt selbstverständlich bestehen.

Wir bitten um Ihr Verständnis.

Freundliche Grüsse
Nadine Vogt
HR Business Partner"""),
    M("resch", "agency_client_postpone_en", "en", "Solvay Point Diagnostics", "chloe@brightlinetalent.example.co.uk",
      "Chloe Barker <chloe@brightlinetalent.example.co.uk>", "Change of plan for Wednesday",
      """Hiya Valentina,

Slight change of plan - Martin at Solvay Point has been pulled into an audit all week so they need to push your interview back. They're suggesting next Tuesday at 11 instead, same Teams link.

Sorry hun, I know you'd moved things around for this! Let me know if Tuesday's ok x

Chloe

Sent from my iPhone"""),
    M("resch", "entrevista_cancelada_vacante_congelada", "es", "Mutua Valenciana de Previsión", "seleccion@mutuavalenciana.example.es",
      "Selección Mutua Valenciana <seleccion@mutuavalenciana.example.es>", "Anulación de la entrevista del día 14",
      """Estimada Valentina:

Lamentamos comunicarle que debemos anular la entrevista prevista para el próximo día 14 a las 12:00 para el puesto de Técnico/a de Auditoría Médica. En cuanto tengamos nueva disponibilidad de la comisión nos pondremos en contacto con usted para fijar una nueva fecha.

Disculpe las molestias.

Atentamente,
Departamento de Selección
Mutua Valenciana de Previsión""", "cp1252"),
    M("resch", "calendar_updated_ics_es", "es", "Vitalmed Seguros", "",
      "Vitalmed Seguros <notification@smartrecruiters.com>", "Actualización de la invitación: Entrevista Analista de Calidad Sanitaria",
      """Hola Valentina,

Hemos modificado la hora de tu entrevista para la posición de Analista de Calidad Sanitaria.

Nueva fecha: miércoles, 10 de junio de 2026
Nueva hora: 16:30 - 17:15 (hora de Madrid)
Modalidad: Google Meet

La invitación adjunta sustituye a la anterior. Por favor, acéptala de nuevo.

Equipo de Selección de Vitalmed Seguros""", "ics",
      ics={"uid": "sr-int-5f02c9e1@smartrecruiters.com", "summary": "Entrevista Analista de Calidad Sanitaria", "start": "20260610T143000Z", "end": "20260610T151500Z", "sequence": "1", "location": "Google Meet"}),
    M("resch", "outlook_move_later_week", "en", "Elbridge Consulting", "m.akinyi@elbridge.example.com",
      "Mercy Akinyi <m.akinyi@elbridge.example.com>", "Rescheduling: case interview",
      """Dear Valentina,

Apologies - one of the partners has a client emergency on Monday. Could we kindly move your case interview to Wednesday 10 June, 15:00 CET? Same Teams link; I will update the invite once you confirm.

Warm regards,
Mercy"""),
    M("resch", "whatsapp_mover_llamada", "es", "Ortoprótesis Iberia", "david@cazatalentossalud.example.es",
      "David Ferrándiz <david@cazatalentossalud.example.es>", "Re: llamada mañana?",
      """ojo Vale, cambio: la de RRHH de Ortoprótesis no puede a las 17h, lo pasamos a pasado mañana a las 9:30?? sorry!!""",
      quote=("es", V, "Sí, perfecto! mañana a las 17h me va genial")),
    M("resch", "fr_annulation_poste_pourvu", "fr", "Clinique des Tilleuls", "rh@clinique-tilleuls.example.fr",
      "RH Clinique des Tilleuls <rh@clinique-tilleuls.example.fr>", "Annulation de votre entretien du 12 mai",
      """Madame,

Nous sommes au regret de devoir annuler l'entretien qui était prévu le mardi 12 mai à 9h30 pour le poste de Responsable qualité et gestion des risques. Un nouveau créneau vous sera proposé dans les prochains jours, le jury étant en cours de recomposition.

Nous vous prions de nous excuser pour ce contretemps.

Service Ressources Humaines
Clinique des Tilleuls - Montpellier""", "latin1"),
    M("resch", "university_move_online", "es", "Universitat de València", "rrhh.investigacio@uv.example.es",
      "Servei de RRHH (PI) <rrhh.investigacio@uv.example.es>", "Canvi de data / Cambio de fecha entrevista - Gestor/a de Proyectos Europeos (Salud)",
      """Benvolguda / Estimada Valentina,

Por coincidencia con la defensa de una tesis, la comisión ha trasladado las entrevistas del proceso de Gestor/a de Proyectos Europeos (Salud) del martes 6 al miércoles 7 de octubre. Tu entrevista queda fijada a las 10:40 y será por videoconferencia (Blackboard Collaborate), no presencial.

Salutacions / Saludos,
Servei de Recursos Humans (PI)
Universitat de València"""),
    M("resch", "greenhouse_reschedule_request", "en", "Clarisync", "maya.goldberg@clarisync.example.com",
      "Maya Goldberg <maya.goldberg@clarisync.example.com>", "Re: Interview with Daniel - need to move it",
      """Hi Valentina,

So sorry, Daniel has to travel on Thursday so we need to move your interview. I've re-opened his calendar, could you pick a new slot here? https://app.greenhouse.io/scheduling/availability/9b2c71aa03

Thanks for your flexibility!
Maya

Maya Goldberg | Senior Recruiter | Clarisync"""),
    M("resch", "ett_cambio_lugar_y_hora", "es", "Residencial Mayores El Carmen", "carla.v@serviplus-ett.example.es",
      "Carla Vidal <carla.v@serviplus-ett.example.es>", "Importante: cambio entrevista lunes",
      """Buenos días Valentina,

Te aviso de que la entrevista del lunes con la dirección de Residencial Mayores El Carmen se retrasa a las 13:00 (en vez de a las 11:00) y cambia de sitio: será en su centro de Benimaclet, C/ Emilio Baró 55, no en nuestra oficina.

Cualquier cosa me llamas al 644 21 89 03.

Carla
Consultora · Serviplus"""),
]

MISSED = [
    M("miss", "tried_calling_es", "es", "Hospital Universitario Nou Llevant", "lmarti@noullevant.example.es",
      "Lucía Martí <lmarti@noullevant.example.es>", "Entrevista telefónica de hoy",
      """Hola Valentina,

Te hemos llamado hoy a las 10:00, a la hora acordada para la entrevista telefónica, pero no hemos podido contactar contigo (saltaba el buzón de voz).

Si sigues interesada en el puesto, contéstanos a este correo e intentaremos buscar otro hueco esta semana.

Un saludo,
Lucía Martí
Unidad de Selección - HU Nou Llevant"""),
    M("miss", "teams_no_join_en", "en", "Elbridge Consulting", "m.akinyi@elbridge.example.com",
      "Mercy Akinyi <m.akinyi@elbridge.example.com>", "Today's case interview",
      """Dear Valentina,

The partners and I were on the Teams call at 15:00 CET for your case interview but you did not join the meeting. We waited for 15 minutes and also tried your mobile.

I hope everything is alright. Please let me know what happened and whether you would still like to be considered.

Warm regards,
Mercy Akinyi
Recruitment Lead | Elbridge Consulting"""),
    M("miss", "agency_no_show_worried", "en", "Novacardia", "jake@peakstaffing.example.co.uk",
      "Jake Whitmore <jake@peakstaffing.example.co.uk>", "Are you ok??",
      """Hi Valentina, Novacardia just rang me - they said you didn't dial in for the 2pm video interview?? Hope everything's ok! Give me a call as soon as you can and I'll see if I can smooth things over with them.

Jake
07700 900 461"""),
    M("miss", "fr_absence_entretien", "fr", "Kalyss", "thomas@kalyss.example.fr",
      "Thomas Roux <thomas@kalyss.example.fr>", "Notre call de ce matin",
      """Salut Valentina,

Je t'ai attendue sur le lien Meet ce matin à 10h mais je ne t'ai pas vue arriver. Peut-être un souci de calendrier ou de fuseau ?

Si tu es toujours partante, tu peux reprendre un créneau ici : https://cal.kalyss.example.fr/thomas/30min

Thomas"""),
    M("miss", "es_no_se_presento_formal", "es", "Servicio Madrileño de Salud", "",
      "Servicio Madrileño de Salud <no-responder@salud.madrid.example.org>", "Incomparecencia - Bolsa Técnico/a Gestión Investigación",
      """Estimada Sra. Ruiz-Achterberg:

Le comunicamos que no consta su comparecencia a las pruebas psicotécnicas y entrevista personal celebradas el 21 de abril de 2026 en C/ Sagasta 6, Madrid, a las que fue debidamente citada.

Conforme a las bases de la convocatoria, dispone de un plazo de tres días hábiles para justificar documentalmente la causa de su incomparecencia. Transcurrido dicho plazo sin justificación, se procederá a su exclusión del proceso.

Servicio Madrileño de Salud
Dirección General de Recursos Humanos""", "latin1"),
    M("miss", "de_nicht_erschienen", "de", "MedAlpin", "f.brunner@alpenpersonal.example.de",
      "Florian Brunner <f.brunner@alpenpersonal.example.de>", "Telefoninterview MedAlpin heute 16 Uhr",
      """Hallo Frau Ruiz-Achterberg,

Frau Dr. Hartl von MedAlpin hat mich gerade informiert, dass sie Sie um 16:00 Uhr zweimal angerufen, Sie aber nicht erreicht hat. Ist etwas dazwischengekommen?

Geben Sie mir bitte kurz Bescheid, dann versuche ich, einen neuen Termin zu vereinbaren.

Viele Grüße
Florian Brunner"""),
    M("miss", "video_waited_es_startup", "es", "Saluvia", "pablo@saluvia.example.com",
      "Pablo Gimeno <pablo@saluvia.example.com>", "Te esperábamos",
      """Hola Valentina, te estuvimos esperando en el Meet de las 12 Carla y yo unos 10 minutos. ¿Ha pasado algo? Si quieres lo volvemos a intentar, dime.

Pablo
Head of Customer Success · Saluvia"""),
    M("miss", "missed_call_phone_screen_canada", "en", "Maple Ridge Clinical Trials", "rachel.tremblay@mapleridgect.example.ca",
      "Rachel Tremblay <rachel.tremblay@mapleridgect.example.ca>", "Sorry we missed each other",
      """Hi Valentina,

I tried calling you at the scheduled time for our phone screen (15:00 your time) but it went straight to voicemail. I left a message.

No worries at all - these things happen! Just reply with a couple of times that work and we'll get it rebooked.

Rachel Tremblay
Senior Recruiter
Maple Ridge Clinical Trials Inc."""),
    M("miss", "dinamica_no_asistio", "es", "Farmacias Levantinas", "seleccion@adeqtalento.example.es",
      "Adeq <seleccion@adeqtalento.example.es>", "Dinámica de grupo de ayer",
      """Hola Valentina:

Ayer no te vimos en la dinámica de grupo del proceso de Farmacias Levantinas (jueves, 16:30, C/ Colón 42). Como confirmaste tu asistencia, queríamos saber si ha ocurrido algo.

Si sigues interesada, tenemos una segunda convocatoria el martes a la misma hora. Respóndenos antes del lunes y te reservamos plaza.

Departamento de Selección"""),
    M("miss", "director_no_show_mobile", "es", "Clínica Oftalmológica Turia", "direccion.medica@oftalmoturia.example.es",
      "Dr. Vicent Alandete <direccion.medica@oftalmoturia.example.es>", "Re: Re: Coordinadora ensayos oftalmología",
      """Valentina, t'esperàvem a les 8:15 i no has vingut. Si todavía te interesa llama a secretaría para buscar otro día.

Vicent

Enviado desde mi iPad""",
      quote=("es", V, "Perfecto, allí estaré el lunes a las 8:15. Muchas gracias, Valentina")),
]
