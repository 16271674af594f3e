"""Corpus 297: stand-alone invitations, moved or cancelled interviews and missed-interview
notices."""

from __future__ import annotations

from msgs297_common import DISCLAIMER, html_shell

MESSAGES: list[dict[str, object]] = []
add = MESSAGES.append

SONIA = "sonia.ortega@flexiempleo.example.es"
NURIA = "nuria.puig@talentiavet.example.es"
DAN = "dan.okafor@harbourline.example.co.uk"

# ---------------- invitations ----------------
add({
    "n": "zoomar_trial", "k": "interview_invitation", "lang": "es", "co": "ZooMar Barcelona",
    "ct": "carles.vidal@zoomar.example.es", "frm": "Carles Vidal <carles.vidal@zoomar.example.es>",
    "subj": "Jornada de prueba - auxiliar de clínica (temporada de verano)",
    "date": "2026-04-20 11:32 +0200",
    "text": """Hola Joaquín,

Soy Carles Vidal, veterinario responsable de la clínica de ZooMar Barcelona. Hemos visto tu candidatura para la plaza de auxiliar de clínica de temporada y nos gustaría que vinieras a una jornada de prueba el sábado 9 de mayo, de 8:00 a 15:00. Trabajarías con el equipo en las revisiones de los pingüinos y en la sala de cuarentena.

Entra por el acceso de personal (Moll de la Fusta, puerta 3) y trae ropa de trabajo y botas. La comida corre de nuestra cuenta.

Confírmame, por favor, si puedes venir.

Carles Vidal
Veterinario · Clínica de Fauna · ZooMar Barcelona
""",
})
add({
    "n": "redvet_ac", "k": "interview_invitation", "lang": "es", "co": "Red Veterinaria Mediterránea",
    "ct": "lucia.benet@redvetmed.example.es",
    "frm": "Red Veterinaria Mediterránea <noreply@successfactors.eu>",
    "rt": "Lucía Benet <lucia.benet@redvetmed.example.es>",
    "subj": "Convocatoria: assessment center – Delegado/a Técnico/a de Farmacia Veterinaria",
    "date": "2026-06-02 09:10 +0200", "subj_enc": ("utf-8", "B"),
    "text": """Estimado Joaquín:

Nos complace convocarle al assessment center del proceso Delegado/a Técnico/a de Farmacia Veterinaria (ref. 5120).

Fecha: jueves 11 de junio de 2026
Hora: 9:00 a 13:30
Lugar: Sede central, C/ de la Reina 82, 46011 Valencia (sala Malvarrosa)

La jornada incluirá una dinámica de grupo, un caso práctico de visita a clínica y una entrevista individual. Le rogamos que confirme su asistencia respondiendo a este correo (la respuesta llegará a Lucía Benet, de nuestro equipo de Selección).

Atentamente,
Dirección de Personas · Red Veterinaria Mediterránea
""",
    "ics": {"method": "REQUEST", "uid": "sf-5120-ac-0611@redvetmed.example.es", "seq": 0,
             "start": "20260611T090000", "end": "20260611T133000", "tz": "Europe/Madrid",
             "summary": "Assessment center ref. 5120", "organizer": "lucia.benet@redvetmed.example.es",
             "location": "C/ de la Reina 82 Valencia", "stamp": "20260602T071000Z"},
})
add({
    "n": "flexi_invite", "k": "interview_invitation", "lang": "es", "co": "Flexiempleo", "ct": SONIA,
    "frm": f"Sonia Ortega <{SONIA}>", "subj": "Cita en oficina - técnico atención al cliente",
    "date": "2026-03-31 10:02 +0200",
    "text": """Buenos días Joaquín,

Te escribo de Flexiempleo ETT. Estamos seleccionando para un cliente (laboratorio de sanidad animal en Valencia) un/a técnico/a de atención al cliente para el servicio de consultas de veterinarios, y tu perfil encaja.

¿Podrías pasarte por nuestra oficina de la calle Colón el martes 7 de abril a las 17:00 para una entrevista? Trae tu DNI y el título de Técnico en Cuidados Auxiliares de Enfermería Veterinaria.

Saludos,
Sonia Ortega
Técnica de selección · Flexiempleo ETT · Delegación Valencia
""",
})
add({
    "n": "bioalba_invite", "k": "interview_invitation", "lang": "es", "co": "Laboratorios Bioalba", "ct": NURIA,
    "frm": f"Núria Puig <{NURIA}>", "subj": "Entrevista Laboratorios Bioalba - Delegado Técnico Porcino",
    "date": "2026-04-06 12:20 +0200",
    "text": """Hola Joaquín:

Laboratorios Bioalba quiere conocerte para el puesto de Delegado Técnico de Porcino (zona Lleida–Huesca). La entrevista será por videollamada con su director comercial, Xavier Roca, el lunes 13 de abril a las 16:00. Te enviarán el enlace de Teams directamente.

Prepárate bien la parte de bioseguridad en granjas; es lo que más van a preguntar.

Núria
Partner · Talentia Vet Search · 932 15 66 08
""",
})
add({
    "n": "segura_invite", "k": "interview_invitation", "lang": "es", "co": "Agroalimentaria del Segura",
    "ct": "m.lorca@agrosegura.example.es", "frm": "María Lorca <m.lorca@agrosegura.example.es>",
    "subj": "Citación entrevista - técnico de campo ovino/caprino", "date": "2026-05-08 08:50 +0200",
    "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": f"""Estimado Joaquín:

Le citamos a una entrevista para el puesto de técnico de campo de la sección de ovino y caprino, que tendrá lugar el martes 19 de mayo a las 12:00 en nuestras oficinas de Yecla (Calle Mayor 3, primera planta).

Asistirán el presidente de la sección y el veterinario coordinador. Rogamos confirmación.

María Lorca Navarro
Departamento de Personal · Agroalimentaria del Segura

{DISCLAIMER["es"]}
""",
})
add({
    "n": "kestrel_invite", "k": "interview_invitation", "lang": "en", "co": "Kestrel Veterinary Group",
    "ct": DAN, "frm": f"Dan Okafor <{DAN}>",
    "subj": "Kestrel Veterinary Group – first interview confirmed", "date": "2026-05-18 15:05 +0100",
    "text": f"""Hi Joaquín,

Great news: Kestrel Veterinary Group would like to meet you for the Practice Support Coordinator role. First-stage interview details:

- Thursday 28 May, 13:00 UK time (14:00 in Valencia)
- Video call with Rachel Burns (Operations Manager) – Teams link to follow from Kestrel
- About 45 minutes, competency-based

Let me know you're good to go and I'll give you a prep call beforehand.

Cheers,
Dan Okafor
Harbourline Recruitment | +44 20 7946 0588

{DISCLAIMER["en"]}
""",
})
GREY = "priya.nair@greywellpetfoods.example.co.uk"
add({
    "n": "greywell_invite", "k": "interview_invitation", "lang": "en", "co": "Greywell Pet Foods", "ct": GREY,
    "frm": "Priya Nair from Greywell Pet Foods <no-reply@ashbyhq.com>", "rt": f"Priya Nair <{GREY}>",
    "subj": "Interview confirmed: Greywell Pet Foods – Veterinary Relations Executive",
    "date": "2026-07-02 10:41 +0100",
    "text": """Hi Joaquín,

Your interview for Veterinary Relations Executive is confirmed.

Date: Wednesday 8 July 2026
Time: 15:00 – 16:00 BST
Format: Zoom video call
Interviewers: Priya Nair (Talent), Mark Ellison (Head of Veterinary Channel)

A calendar invitation is attached. If you need to change the time, just reply to this email.

Greywell Pet Foods Recruiting
""",
    "html": html_shell([
        "Hi Joaquín,",
        "Your interview for Veterinary Relations Executive is confirmed.",
        "Date: Wednesday 8 July 2026\nTime: 15:00 – 16:00 BST\nFormat: Zoom video call\n"
        "Interviewers: Priya Nair (Talent), Mark Ellison (Head of Veterinary Channel)",
        "A calendar invitation is attached. If you need to change the time, just reply to this "
        "email.",
        "Greywell Pet Foods Recruiting",
    ], brand="Greywell", color="#5b3a29", footer="Sent via Ashby"),
    "ics": {"method": "REQUEST", "uid": "ashby-int-88231@greywellpetfoods.example.co.uk", "seq": 0,
             "start": "20260708T150000", "end": "20260708T160000", "tz": "Europe/London",
             "summary": "Interview - Veterinary Relations Executive", "organizer": GREY,
             "location": "Zoom", "stamp": "20260702T094100Z"},
})
VETLAB = "k.obermaier@vetlab-bayern.example.de"
add({
    "n": "vetlab_invite", "k": "interview_invitation", "lang": "de", "co": "VetLab Bayern", "ct": VETLAB,
    "frm": f"Katrin Obermaier <{VETLAB}>", "subj": "Einladung zum Vorstellungsgespräch",
    "date": "2026-07-14 13:55 +0200",
    "text": """Sehr geehrter Herr Ferreyra,

vielen Dank für Ihre Bewerbung als Kundenberater Labordiagnostik. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch per Videokonferenz ein:

Termin: Freitag, 24. Juli 2026, 10:30 Uhr
Teilnehmer: Frau Dr. Schreiner (Leitung Kundenservice), Katrin Obermaier (HR)
Dauer: ca. 45 Minuten

Bitte bestätigen Sie uns den Termin bis Montag.

Mit freundlichen Grüßen
Katrin Obermaier
Personalreferentin · VetLab Bayern GmbH
Landshuter Allee 8 · 80637 München · Tel. 089 1278 330
""",
})
GRUBER = "t.gruber@alpen-personal.example.de"
add({
    "n": "alpen_invite", "k": "interview_invitation", "lang": "de", "co": "Alpen Personal", "ct": GRUBER,
    "frm": f"Thomas Gruber <{GRUBER}>", "subj": "Vorstellungstermin beim Kunden – 26.08.",
    "date": "2026-08-14 11:12 +0200", "cs": "windows-1252", "cte": "8bit",
    "text": """Hallo Herr Ferreyra,

wie am Telefon besprochen: Unser Kunde, ein mittelständischer Hersteller von Tiernahrung bei Augsburg, möchte Sie gerne persönlich kennenlernen. Den Namen darf ich Ihnen erst nach dem Gespräch nennen.

Termin: Mittwoch, 26. August, 11:00 Uhr, vor Ort (Adresse schicke ich Ihnen am Vortag). Die Reisekosten (Flug Valencia–München, Zug) erstatten wir Ihnen.

Bitte geben Sie mir kurz Bescheid.

Viele Grüße
Thomas Gruber
Alpen Personal
""",
})
AGATHE = "a.lemoine@cabinet-lemoine.example.fr"
add({
    "n": "lemoine_invite", "k": "interview_invitation", "lang": "fr", "co": "Nutrivéto Sud-Ouest",
    "ct": AGATHE, "frm": f"Agathe Lemoine <{AGATHE}>",
    "subj": "Nutrivéto Sud-Ouest – invitation à un entretien", "date": "2026-07-30 16:20 +0200",
    "text": """Bonjour Joaquín,

Bonne nouvelle : notre client Nutrivéto Sud-Ouest, spécialiste de l'alimentation diététique vétérinaire, souhaite vous rencontrer pour le poste de Délégué vétérinaire Gironde–Landes.

L'entretien aura lieu le mardi 18 août à 10h dans leurs locaux de Pessac (avenue Jean Jaurès), avec la directrice commerciale, Mme Fabre. Prévoyez environ 1h30 : un entretien puis une mise en situation de visite en clinique.

Pouvez-vous me confirmer votre présence ?

Bien cordialement,
Agathe Lemoine
Cabinet Lemoine Conseil
""",
})
add({
    "n": "landes_invite", "k": "interview_invitation", "lang": "fr", "co": "Coopérative Landes Élevage",
    "ct": "p.dufau@landes-elevage.example.fr", "frm": "Pierre Dufau <p.dufau@landes-elevage.example.fr>",
    "subj": "Entretien téléphonique – technicien sanitaire", "date": "2026-06-24 09:05 +0200",
    "cs": "windows-1252", "cte": "8bit",
    "text": """Bonjour Monsieur Ferreyra,

Votre candidature a retenu notre attention. Je vous propose un entretien téléphonique le lundi 29 juin à 17h30, d'une vingtaine de minutes, pour faire connaissance et vous présenter la coopérative et nos élevages de volailles sous label.

Je vous appellerai au +34 612 48 93 07 ; merci de me confirmer que ce créneau vous convient.

Cordialement,
Pierre Dufau
Responsable du service élevage – Coopérative Landes Élevage
""",
})

# ---------------- moved or cancelled ----------------
add({
    "n": "flexi_moved", "k": "interview_reschedule_or_cancel", "lang": "es", "co": "Flexiempleo",
    "ct": SONIA, "frm": f"Sonia Ortega <{SONIA}>", "parent": "flexi_invite", "quote": "es",
    "subj": "Re: Cita en oficina - técnico atención al cliente", "date": "2026-04-06 09:14 +0200",
    "text": """Hola Joaquín,

Tenemos que mover tu cita de mañana: la oficina estará cerrada por la tarde por una formación interna. ¿Puedes venir el jueves 9 a las 12:30? Si no te va bien, dime otro hueco.

Gracias y perdona las molestias,
Sonia
""",
})
add({
    "n": "redvet_moved", "k": "interview_reschedule_or_cancel", "lang": "es",
    "co": "Red Veterinaria Mediterránea", "ct": "lucia.benet@redvetmed.example.es",
    "frm": "Lucía Benet <lucia.benet@redvetmed.example.es>", "parent": "redvet_ac",
    "subj": "Aplazamiento assessment center ref. 5120", "date": "2026-06-08 13:44 +0200",
    "text": """Estimado Joaquín:

Por la coincidencia con la auditoría anual de farmacovigilancia, nos vemos obligados a aplazar el assessment center previsto para el jueves 11 de junio. La nueva fecha será el martes 16 de junio, en el mismo horario (9:00 a 13:30) y lugar.

Adjuntamos la convocatoria actualizada. Le agradeceríamos que confirmara de nuevo su asistencia.

Un saludo,
Lucía Benet
Selección · Dirección de Personas
Red Veterinaria Mediterránea
""",
    "ics": {"method": "REQUEST", "uid": "sf-5120-ac-0611@redvetmed.example.es", "seq": 1,
             "start": "20260616T090000", "end": "20260616T133000", "tz": "Europe/Madrid",
             "summary": "Assessment center ref. 5120 (nueva fecha)",
             "organizer": "lucia.benet@redvetmed.example.es", "location": "C/ de la Reina 82 Valencia",
             "stamp": "20260608T114400Z"},
})
add({
    "n": "bioalba_moved", "k": "interview_reschedule_or_cancel", "lang": "es", "co": "Laboratorios Bioalba",
    "ct": NURIA, "frm": f"Núria Puig <{NURIA}>", "parent": "bioalba_invite", "quote": "es",
    "subj": "Re: Entrevista Laboratorios Bioalba - Delegado Técnico Porcino",
    "date": "2026-04-10 18:03 +0200",
    "text": """Joaquín, cambio de planes: Xavier Roca tiene que ir el lunes a una granja con un brote y nos pide aplazar la entrevista al miércoles 15 de abril, a la misma hora (16:00). Te llegará el nuevo enlace.

Núria
""",
})
add({
    "n": "segura_cancel", "k": "interview_reschedule_or_cancel", "lang": "es",
    "co": "Agroalimentaria del Segura", "ct": "m.lorca@agrosegura.example.es",
    "frm": "María Lorca <m.lorca@agrosegura.example.es>", "parent": "segura_invite",
    "subj": "Anulada entrevista del 19 de mayo", "date": "2026-05-15 14:28 +0200",
    "cs": "iso-8859-1", "cte": "8bit",
    "text": """Estimado Joaquín:

Le comunicamos que la entrevista prevista para el martes 19 de mayo queda anulada, ya que el presidente de la sección no podrá asistir. Le llamaremos en los próximos días para darle una nueva fecha.

Disculpe las molestias.

María Lorca Navarro
Departamento de Personal
""",
})
add({
    "n": "greywell_moved", "k": "interview_reschedule_or_cancel", "lang": "en", "co": "Greywell Pet Foods",
    "ct": GREY, "frm": "Priya Nair from Greywell Pet Foods <no-reply@ashbyhq.com>",
    "rt": f"Priya Nair <{GREY}>", "parent": "greywell_invite",
    "subj": "Updated: Greywell Pet Foods – Veterinary Relations Executive interview",
    "date": "2026-07-06 17:12 +0100",
    "text": """Hi Joaquín,

Mark has a clash on Wednesday, so we've moved your interview to Thursday 9 July, 10:00 – 11:00 BST (same Zoom link). The updated calendar invitation is attached and replaces the previous one.

Sorry for the change!
Priya
""",
    "ics": {"method": "REQUEST", "uid": "ashby-int-88231@greywellpetfoods.example.co.uk", "seq": 1,
             "start": "20260709T100000", "end": "20260709T110000", "tz": "Europe/London",
             "summary": "Interview - Veterinary Relations Executive (updated)", "organizer": GREY,
             "location": "Zoom", "stamp": "20260706T161200Z"},
})
add({
    "n": "kestrel_moved", "k": "interview_reschedule_or_cancel", "lang": "en",
    "co": "Kestrel Veterinary Group", "ct": DAN, "frm": f"Dan Okafor <{DAN}>", "parent": "kestrel_invite",
    "quote": "outlook-en", "subj": "RE: Kestrel Veterinary Group – first interview confirmed",
    "date": "2026-05-26 09:47 +0100",
    "text": """Morning Joaquín,

Rachel at Kestrel has asked to push Thursday's interview back by a day – Friday 29 May, same time (13:00 UK / 14:00 Spain). Can you still make that? Teams link will be re-sent.

Dan
""",
})
add({
    "n": "vetlab_moved", "k": "interview_reschedule_or_cancel", "lang": "de", "co": "VetLab Bayern",
    "ct": VETLAB, "frm": f"Katrin Obermaier <{VETLAB}>", "parent": "vetlab_invite", "quote": "outlook-de",
    "subj": "AW: Einladung zum Vorstellungsgespräch", "date": "2026-07-21 08:12 +0200",
    "text": """Sehr geehrter Herr Ferreyra,

aus terminlichen Gründen müssen wir das Gespräch am Freitag leider absagen. Frau Dr. Schreiner wird sich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen melden.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Katrin Obermaier
""",
})
add({
    "n": "lemoine_moved", "k": "interview_reschedule_or_cancel", "lang": "fr", "co": "Nutrivéto Sud-Ouest",
    "ct": AGATHE, "frm": f"Agathe Lemoine <{AGATHE}>", "parent": "lemoine_invite", "quote": "fr",
    "subj": "Re: Nutrivéto Sud-Ouest – invitation à un entretien", "date": "2026-08-11 12:10 +0200",
    "text": """Bonjour Joaquín,

Petit changement : Mme Fabre doit décaler votre entretien au jeudi 20 août, toujours à 10h à Pessac. J'espère que cela reste possible pour vous malgré le vol.

Bien à vous,
Agathe
""",
})

# ---------------- missed interviews ----------------
add({
    "n": "flexi_missed", "k": "missed_interview_notice", "lang": "es", "co": "Flexiempleo", "ct": SONIA,
    "frm": f"Sonia Ortega <{SONIA}>", "subj": "Te esperábamos hoy en la oficina",
    "date": "2026-09-22 13:10 +0200",
    "text": """Hola Joaquín,

Hoy a las 12:00 teníamos cita contigo en la oficina de Colón para la entrevista del puesto de técnico de almacén veterinario y no has venido. Te hemos llamado dos veces sin respuesta.

Si ya no te interesa el proceso, dímelo sin problema; si ha sido un imprevisto, escríbeme y buscamos otro hueco.

Sonia Ortega
Flexiempleo ETT
""",
})
add({
    "n": "zoovet_missed", "k": "missed_interview_notice", "lang": "es", "co": "Distribuciones Zoovet Aragón",
    "ct": "javier.lahoz@zoovetaragon.example.es",
    "frm": "Javier Lahoz <javier.lahoz@zoovetaragon.example.es>",
    "subj": "Videollamada de esta mañana", "date": "2026-02-05 10:47 +0100",
    "text": """Buenos días Joaquín,

Te hemos estado esperando en la videollamada de las 10:00 (enlace de Google Meet que te envié el lunes) hasta las 10:25, pero no te has conectado.

Entiendo que puede haber habido algún problema. Si sigues interesado en el puesto de comercial técnico, contéstame y vemos si podemos reorganizarlo la semana que viene.

Un saludo,
Javier Lahoz
Director Comercial · Distribuciones Zoovet Aragón
Pol. Plaza, C/ Bari 33 · 50197 Zaragoza · 976 33 80 12
""",
})
add({
    "n": "mascotia_missed", "k": "missed_interview_notice", "lang": "es", "co": "Mascotia",
    "ct": "irene.soler@mascotia.example.es", "frm": "Irene Soler <irene.soler@mascotia.example.es>",
    "subj": "¿Todo bien? Llamada de hoy", "date": "2026-03-20 16:35 +0100",
    "text": """¡Hola Joaquín!

Te he llamado a las 16:00 para nuestra llamada de 15 minutos sobre el puesto de Customer Success Veterinario, pero no lo has cogido. Te he dejado un mensaje en el buzón.

Si quieres, reserva otro hueco en mi calendario desde el enlace del primer correo.

Irene · Talent @ Mascotia
""",
})
add({
    "n": "vetpharma_missed", "k": "missed_interview_notice", "lang": "es", "co": "Vetpharma Levante",
    "ct": "oscar.marti@vetpharmalevante.example.es",
    "frm": "Óscar Martí <oscar.marti@vetpharmalevante.example.es>",
    "subj": "No hemos podido hablar", "date": "2026-04-28 12:05 +0200", "name_enc": ("utf-8", "Q"),
    "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Hola Joaquín:

Ayer a las 18:00 te llamé para la entrevista telefónica que teníamos programada, pero tu teléfono estaba apagado. Lo intenté de nuevo a las 18:15.

No sé si te ha surgido algo. De momento dejo tu candidatura en pausa; si me escribes esta semana, intentamos recuperar la llamada.

Óscar Martí
Responsable de Ventas Clínicas · Vetpharma Levante
""",
})
add({
    "n": "albion_missed", "k": "missed_interview_notice", "lang": "en", "co": "Albion Vet Labs",
    "ct": "george.webb@albionvetlabs.example.co.uk",
    "frm": "George Webb <george.webb@albionvetlabs.example.co.uk>",
    "subj": "Missed interview this afternoon", "date": "2026-08-05 15:40 +0100",
    "text": """Hello Joaquín,

We had you booked in for a video interview at 14:30 today for the Customer Support Specialist role, and the panel waited on the call for twenty minutes. We didn't receive any message from you.

If something went wrong, please let me know by Friday. Otherwise I'll assume you're no longer interested.

Regards,
George Webb
Talent Acquisition Partner
Albion Vet Labs | Unit 4, Riverside Park, Reading RG1 8BB
""",
})
add({
    "n": "alpenland_missed", "k": "missed_interview_notice", "lang": "de",
    "co": "Tierarztpraxis-Verbund Alpenland", "ct": "j.wimmer@tpv-alpenland.example.de",
    "frm": "Julia Wimmer <j.wimmer@tpv-alpenland.example.de>",
    "subj": "Ihr Vorstellungsgespräch heute um 10 Uhr", "date": "2026-06-16 11:02 +0200",
    "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Ferreyra,

wir hatten Sie heute um 10:00 Uhr zum Online-Vorstellungsgespräch erwartet. Leider haben Sie sich nicht eingewählt, und telefonisch konnten wir Sie ebenfalls nicht erreichen.

Falls Sie weiterhin Interesse an der Stelle als Praxiskoordinator haben, melden Sie sich bitte bis Ende der Woche bei mir.

Freundliche Grüße
Julia Wimmer
Personalmanagement · Tierarztpraxis-Verbund Alpenland
""",
})
add({
    "n": "isartal_missed", "k": "missed_interview_notice", "lang": "de", "co": "Agrargenossenschaft Isartal",
    "ct": "m.huber@agrar-isartal.example.de", "frm": "Maria Huber <m.huber@agrar-isartal.example.de>",
    "subj": "Telefontermin gestern", "date": "2026-06-26 08:40 +0200",
    "text": """Guten Morgen Herr Ferreyra,

unser Vorstand Herr Steininger hat gestern wie vereinbart um 16 Uhr versucht, Sie unter Ihrer spanischen Nummer anzurufen, leider ohne Erfolg. Auch auf die Mailbox-Nachricht haben wir keine Rückmeldung erhalten.

Bitte teilen Sie mir mit, ob wir einen neuen Termin vereinbaren sollen.

Mit freundlichen Grüßen
Maria Huber
Agrargenossenschaft Isartal
""",
})
add({
    "n": "vetonutri_missed", "k": "missed_interview_notice", "lang": "fr", "co": "VetoNutri Bordeaux",
    "ct": "julien.petit@vetonutri.example.fr", "frm": "Julien Petit <julien.petit@vetonutri.example.fr>",
    "subj": "Entretien visio de ce matin", "date": "2026-09-08 10:18 +0200",
    "text": """Bonjour Joaquín,

Nous vous avons attendu ce matin à 9h30 sur Teams pour notre entretien, sans vous voir vous connecter. Je vous ai aussi laissé un message vocal.

J'espère qu'il ne vous est rien arrivé. Si vous souhaitez toujours poursuivre, répondez-moi et je vous proposerai un nouveau créneau.

Cordialement,
Julien Petit
Responsable recrutement – VetoNutri Bordeaux
""",
})
