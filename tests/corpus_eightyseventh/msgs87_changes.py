"""Reschedules, cancellations and missed-interview notices for the eighty-seventh corpus
(data only; imports msgs87_build)."""

from msgs87_build import Msg

R = "interview_reschedule_or_cancel"
M = "missed_interview_notice"

MESSAGES = [
Msg(R, "move_interview_es_terse", "es",
    "Nerea Aguirre <naguirre@seguroscierzo.example.es>",
    "Cambio de hora",
    """Hola Valentina, me ha surgido un comité a las 10. ¿Podemos pasar la entrevista del jueves a las 12:30? Mismo enlace de Teams. Perdona el lío!

Nerea""",
    company="Seguros Cierzo", date="02-24 19:02"),

Msg(R, "cancel_ics_cierzo", "es",
    "Pablo Moreno Sanz <pmoreno@seguroscierzo.example.es>",
    "Cancelado: Entrevista Valentina Echeverría - Data & CRM Analyst @ jue 26 feb 2026 10:00 - 11:00 (CET)",
    """Se ha cancelado este evento. Lo volvemos a enviar con la nueva hora (12:30).

Pablo""",
    company="Seguros Cierzo", ics={"summary": "Entrevista Valentina Echeverría - Data & CRM Analyst", "start": "2026-02-26T10:00+01:00", "minutes": "60", "method": "CANCEL", "sequence": "1"}, date="02-25 08:10"),

Msg(R, "aplazamos_director_baja", "es",
    "Juliana Restrepo <jrestrepo@cafesdelcauca.example.com.co>",
    "RE: Entrevista con el Director Comercial",
    """Buenas tardes Valentina,

Le escribo para informarle que, por un viaje imprevisto del Dr. Arango, debemos reprogramar la entrevista prevista para el jueves 9 de abril. Le propongo el martes 14 a la misma hora (8:00 a.m.) o el miércoles 15 a las 3:00 p.m.

Le pido disculpas por el inconveniente.

Quedo atenta,
Juliana Restrepo
Analista de Gestión Humana
Cafés del Cauca S.A.S.

-----Mensaje original-----
De: Juliana Restrepo
Enviado el: miércoles, 1 de abril de 2026 7:55 a.m.
Para: Valentina Echeverría-Kowalczyk
Asunto: Entrevista con el Director Comercial

Buenos días Valentina,
De acuerdo con lo conversado, le confirmamos la entrevista con el Director Comercial...""",
    company="Cafés del Cauca", tz="-05:00", date="04-06 15:20"),

Msg(R, "argentina_se_cae_reunion", "es",
    "Martina García <martina.garcia@tiendanubelabs.example.com>",
    "Entrevista técnica - cambio",
    """Hola Vale, ¿cómo va?

Te escribo porque a Nico (el lead de Data) le surgió un viaje y no va a poder estar el jueves. ¿Podemos pasar la técnica al lunes 30 a las 11 (hora Argentina)? Si no te va, decime qué horario te queda cómodo y lo reacomodamos.

Perdón por el cambio!
Martina
Tiendanube Labs""",
    company="Tiendanube Labs", tz="-03:00", date="03-25 14:48"),

Msg(R, "cancel_role_freeze_interview", "es",
    "Sara Domínguez <sara.dominguez@grupoalmadraba.example.es>",
    "Entrevista del viernes",
    """Hola Valentina,

Siento avisarte con tan poco margen, pero tenemos que cancelar la entrevista de este viernes. La dirección ha decidido revisar la estructura del equipo de e-commerce y vamos a parar el proceso unas semanas. En cuanto tengamos claro el calendario te vuelvo a escribir para fijar una nueva fecha.

Gracias por la comprensión,
Sara Domínguez
Grupo Almadraba""",
    company="Grupo Almadraba", date="05-06 18:30", tz="+02:00"),

Msg(R, "ayuntamiento_nueva_fecha", "es",
    "Área de Personal - Ayuntamiento de Villanueva del Río <personal@villanuevadelrio.example.es>",
    "Modificación de fecha de la entrevista personal - Técnico/a de Comunicación Digital",
    """Se comunica a las personas aspirantes que la entrevista personal prevista para el día 12 de mayo de 2026 se traslada al día 19 de mayo de 2026, a las 9:00 horas, en el Salón de Plenos de la Casa Consistorial, por coincidencia con la jornada electoral.

Las personas aspirantes deberán acudir provistas de DNI, NIE o pasaporte.

Lo que se comunica para general conocimiento.

Área de Personal
Ayuntamiento de Villanueva del Río""",
    company="Ayuntamiento de Villanueva del Río", contact="personal@villanuevadelrio.example.es", charset="windows-1252", cte="quoted-printable", date="05-07 12:00", tz="+02:00"),

Msg(R, "lima_cambio_zoom", "es",
    "Gabriela Quispe <gquispe@cervecerialimena.example.pe>",
    "Reprogramación de entrevista - Analista de Trade Marketing",
    """Estimada Valentina:

Por motivos de agenda de la Gerencia, necesitamos reprogramar su entrevista del día de mañana. La nueva fecha sería el viernes 12 de junio a las 10:00 a.m. (hora de Lima), por Zoom, con el mismo enlace.

Agradeceré su confirmación.

Saludos cordiales,
Gabriela Quispe
Cervecería Limeña""",
    company="Cervecería Limeña", tz="-05:00", date="06-08 17:00"),

Msg(R, "ics_update_bicimetro", "es",
    "Ferran Puig <ferran@bicimetro.example.cat>",
    "Invitación actualizada: Entrevista Bicimetro - Product Analyst",
    """Hola Valentina, al final la hacemos a las 16h en vez de por la mañana, que el CTO llega tarde de Madrid. Te reenvío la invitación con la nueva hora. Sorry!!

Ferran""",
    company="Bicimetro", ics={"summary": "Entrevista Bicimetro - Product Analyst", "start": "2026-06-03T16:00+02:00", "minutes": "60", "location": "C/ Pujades 77, Barcelona", "sequence": "1"}, tz="+02:00", date="06-03 08:05"),

Msg(R, "en_reschedule_panel", "en",
    "Olivia Mensah <olivia.mensah@nimbusair.example.com>",
    "Re: Panel interview - Senior Analyst, Customer Insights",
    """Hi Valentina,

Apologies, but one of your panelists is now out sick on Thursday. Could we move your panel to Monday, April 6th at the same times (10:00-12:30 ET)? If that doesn't work, just send me a couple of alternatives and I'll shuffle things around.

Thanks for your flexibility!

Olivia Mensah
Talent Acquisition Partner, Nimbus Air

On Mon, Mar 30, 2026 at 9:14 AM Valentina Echeverría-Kowalczyk <valentina.ek@example.es> wrote:
> Hi Olivia, confirmed for Thursday, thanks!""",
    company="Nimbus Air", tz="-04:00", date="03-31 16:40"),

Msg(R, "en_cancel_hm_left", "en",
    "Chloe Whitfield <chloe@brightpathrecruit.example.co.uk>",
    "Tuesday's call - cancelled :(",
    """Hi Valentina,

Bit of a curveball I'm afraid - Larkspur have had to cancel Tuesday's video call as the hiring manager has unexpectedly left the business! They still want to fill the role so I'll come back to you with a new date once they've sorted cover.

Sorry!! Speak soon,
Chloe

Chloe Whitfield | Senior Consultant | BrightPath Recruitment""",
    company="Larkspur Foods", tz="+00:00", date="03-01 10:20"),

Msg(R, "en_ashby_reschedule_link", "en",
    "Loopwise Hiring <no-reply@ashbyhq.com>",
    "Your interview with Loopwise has been rescheduled",
    """Hi Valentina,

Your interview for Lifecycle Analyst has been rescheduled.

New time: Friday, January 23, 2026, 4:00 PM - 4:45 PM CET
Interviewer: Dana Whitaker
Location: Zoom (link in the calendar invite)

Need a different time? Reply to dana.whitaker@loopwise.example.com.

Loopwise""",
    company="Loopwise", contact="dana.whitaker@loopwise.example.com", fmt="html", logo="Loopwise", tz="-05:00", date="01-21 10:00"),

Msg(R, "en_korean_postpone", "en",
    "Minseo Park <minseo.park@hanbitelectronics.example.com>",
    "[Hanbit] Postponement of interview schedule",
    """Dear Valentina,

Due to internal business schedule of our Country Manager, we have to postpone the 2nd interview which was scheduled on 17 Feb. We will inform you new schedule within this week.

We apologize for inconvenience and thank you for your understanding.

Best regards,
Minseo Park
Hanbit Electronics Europe""",
    company="Hanbit Electronics Europe", date="02-13 02:30"),

Msg(R, "fr_report_entretien", "fr",
    "Camille Durand <camille.durand@laiteriesdulot.example.fr>",
    "Report de notre entretien",
    """Bonjour Valentina,

Je suis désolée, je dois décaler notre entretien de jeudi 14h : notre responsable CRM est en déplacement imprévu. Seriez-vous disponible lundi 16 février à 11h, toujours sur Teams ?

Avec toutes mes excuses,
Camille Durand
Laiteries du Lot""",
    company="Laiteries du Lot", date="02-10 17:55"),

Msg(R, "fr_annulation_poste_pourvu", "fr",
    "Nathalie Roux <n.roux@cabinetsaintclair.example.fr>",
    "Annulation RDV du 9 juin",
    """Bonjour Valentina,

Le client Mutuelle des Pyrénées m'informe ce matin qu'il annule l'ensemble des entretiens prévus le 9 juin, le temps de revoir le périmètre du poste avec la direction générale. Je vous tiens au courant dès que j'ai une nouvelle date.

Bien à vous,
Nathalie Roux
Cabinet Saint-Clair""",
    company="Mutuelle des Pyrénées", date="06-05 09:30", tz="+02:00"),

Msg(R, "de_terminverschiebung", "de",
    "Katrin Weber <k.weber@nordlicht-versicherung.example.de>",
    "AW: Einladung zum Vorstellungsgespräch - Terminverschiebung",
    """Liebe Frau Echeverría-Kowalczyk,

leider müssen wir unseren Termin am 22. April verschieben, da Herr Lange kurzfristig verhindert ist. Wäre Ihnen Freitag, der 24. April, um 14:00 Uhr recht?

Entschuldigen Sie die Unannehmlichkeiten.

Freundliche Grüße
Katrin Weber
Nordlicht Versicherung AG

Am 15.04.2026 um 08:02 schrieb Valentina Echeverría-Kowalczyk:
> Sehr geehrte Frau Weber, vielen Dank, den Termin bestätige ich gerne.""",
    company="Nordlicht Versicherung", date="04-20 16:12", tz="+02:00"),

Msg(M, "missed_teams_insurer", "es",
    "Nerea Aguirre <naguirre@seguroscierzo.example.es>",
    "Entrevista de hoy",
    """Hola Valentina,

Te hemos estado esperando en la reunión de Teams de las 12:30 pero no te has conectado. ¿Ha pasado algo? Si has tenido algún problema dímelo y vemos si podemos buscar otro hueco.

Un saludo,
Nerea Aguirre
Responsable de CRM · Seguros Cierzo""",
    company="Seguros Cierzo", date="02-26 13:05"),

Msg(M, "llamada_no_contesta", "es",
    "Carmen Rivas <carmen.rivas@movilnorte.example.es>",
    "Entrevista telefónica",
    """Buenos días,

Le hemos intentado llamar a la hora acordada (10:30) en dos ocasiones sin obtener respuesta. Si sigue interesada en el proceso, por favor indíquenos otra franja horaria esta semana.

Saludos cordiales,
Carmen Rivas
MÓVILNORTE Telecomunicaciones""",
    company="Móvilnorte Telecomunicaciones", date="02-04 10:52"),

Msg(M, "mx_no_show_zoom", "es",
    "Andrea Villaseñor <andrea.v@cafeterasolmeca.example.mx>",
    "te esperamos en zoom",
    """Vale, te estuvimos esperando en el Zoom de las 5 y no te vimos. Todo bien? Avísame y la reagendamos.

Enviado desde mi Android""",
    company="Cafetera Solmeca", tz="-06:00", date="02-13 17:22"),

Msg(M, "dinamica_no_asistio", "es",
    "Alberto Cano <acano@grupoaxiona.example.es>",
    "Dinámica de grupo 16/03",
    """Hola Valentina,

Ayer no te vimos en la dinámica de grupo de Energía Guadalquivir y no recibimos aviso por tu parte. Entendemos que pueden surgir imprevistos; si aún te interesa el proyecto, escríbenos y veremos si hay opción de incorporarte a la próxima convocatoria.

Saludos,
Alberto Cano
Grupo Axiona""",
    company="Energía Guadalquivir", date="03-17 09:15"),

Msg(M, "bogota_no_se_presento", "es",
    "Juliana Restrepo <jrestrepo@cafesdelcauca.example.com.co>",
    "Entrevista 14 de abril",
    """Buenos días Valentina,

El Dr. Arango la estuvo esperando hoy a las 8:00 a.m. en la sede y no se presentó a la entrevista. Quisiéramos saber si se le presentó algún inconveniente y si desea continuar en el proceso.

Quedo atenta,
Juliana Restrepo
Cafés del Cauca S.A.S.""",
    company="Cafés del Cauca", tz="-05:00", date="04-14 09:40"),

Msg(M, "en_didnt_join_teams", "en",
    "Sanne de Vries <sanne.devries@tulpdata.example.nl>",
    "Missed interview",
    """Dear Valentina,

Bas and I were online at 10:00 for our interview but you did not join the Teams meeting. We waited 15 minutes. Please let us know if something came up; we may be able to offer another slot later this week.

Kind regards,
Sanne de Vries
TulpData B.V.""",
    company="TulpData", date="04-13 10:25", tz="+02:00"),

Msg(M, "en_tried_calling", "en",
    "Priya Raghavan <priya.r@talentbridge.example.in>",
    "Missed call - screening with Norvik Retail",
    """Dear Valentina,

We tried calling you at the scheduled time (3:00 PM IST) for the screening call with our client Norvik Retail but could not reach you. Kindly share your availability for tomorrow so we can reschedule. Do revert at the earliest.

Thanks & Regards,
Priya Raghavan
TalentBridge Consulting""",
    company="Norvik Retail", tz="+05:30", date="04-08 15:40"),

Msg(M, "en_hm_missed_you", "en",
    "Henrik Solberg <henrik@fjellpay.example.no>",
    "Re: Quick question",
    """Hey, we had 14:00 in the calendar, I was in the Meet for a while but didn't see you. No stress, just let me know if you still want to chat.

H

On Mon, 20 Apr 2026 at 20:10, Valentina Echeverría-Kowalczyk <valentina.ek@example.es> wrote:
> Hi Henrik, Thursday at 14 works great, talk then!""",
    company="Fjellpay", tz="+02:00", date="04-23 14:31"),

Msg(M, "fr_absence_entretien", "fr",
    "Hugo Bernard <hugo@cartemaline.example.fr>",
    "Notre call de ce matin",
    """Salut Valentina,

Je t'ai attendue sur le lien de 10h ce matin mais tu ne t'es pas connectée. J'espère que tout va bien ! Si tu veux toujours échanger, reprends un créneau sur mon agenda.

Hugo
Carte Maline""",
    company="Carte Maline", date="03-06 10:20"),

Msg(M, "de_nicht_erschienen", "de",
    "Jonas <jonas@spreepreis.example.de>",
    "Unser Termin heute",
    """Hi Valentina,

wir waren heute um 11 Uhr verabredet, leider bist du nicht im Meet aufgetaucht. Ist etwas dazwischengekommen? Wenn du weiterhin Interesse hast, buch dir gern einen neuen Slot.

Viele Grüße
Jonas
Spreepreis""",
    company="Spreepreis", date="05-08 11:40", tz="+02:00"),
]
