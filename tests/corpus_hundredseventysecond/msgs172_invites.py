"""Corpus 172: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10), hand-written."""

from msgs172_common import (
    CANDIDATE_ADDR, CANDIDATE_NAME, M, ats_card, outlook_block, outlook_html, quote, reply,
    simple_html, wrote,
)
from msgs172_other import ACEROS_APOLOGY, DFO_CONFIRM, DRA_OWNMOVE

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

DFO = "Distribuidora Farmacéutica de Occidente"
LUCIA = ("Lucía Ortega", "lucia.ortega@dfo.example.mx")
ROGELIO = ("Rogelio Garza Treviño", "rogelio.garza@aceros-rn.example.mx")
CATALINA = ("Catalina Restrepo Gómez", "catalina.restrepo@drogueriasandinas.example.co")
MARIANA = ("Mariana Fuentes", "mariana.fuentes@gct.example.mx")
MEGAN = ("Megan Alvarez", "megan.alvarez@gcmd.example.com")
GENEVIEVE = ("Geneviève Tremblay", "genevieve.tremblay@logistiquesl.example.ca")
KATRIN = ("Katrin Albers", "katrin.albers@rmpharmalogistik.example.de")

# ====================================================================== invitations

_dfo_screen = """Hola Pablo:

Soy Lucía Ortega, de Atracción de Talento en Distribuidora Farmacéutica de Occidente. Revisamos tu postulación para Analista de Cadena de Suministro y nos gustaría conocerte en una llamada de unos 30 minutos.

¿Te acomoda el martes 18 de agosto a las 11:00 (hora de Guadalajara)? Si no, respóndeme con dos o tres horarios que te funcionen esta semana o la próxima y lo ajustamos.

En la llamada te platico del puesto, del CEDIS de El Salto y del proceso; no necesitas preparar nada en especial.

Saludos,
Lucía Ortega
Atracción de Talento | Distribuidora Farmacéutica de Occidente
Tel. +52 33 3284 1170"""

_dfo_panel = """Hola Pablo:

Como te adelanté en nuestra llamada, pasaste a la siguiente etapa. Te comparto la invitación para la entrevista con panel:

Fecha: martes 8 de septiembre de 2026
Horario: 10:00 a 11:30
Lugar: CEDIS El Salto, Carretera a El Castillo km 3.5, sala Juntas 2 (pregunta por mí en la caseta)
Participan: Ing. Raúl Medina (Gerente de Planeación) y Sandra Quiñones (Jefa de Inventarios)

La primera media hora será una conversación sobre tu experiencia; después te pediremos resolver un ejercicio corto en Excel sobre cobertura de inventario, así que trae tu laptop si puedes.

Acepta la invitación del calendario para confirmar, por favor.

Saludos,
Lucía Ortega
Atracción de Talento
Distribuidora Farmacéutica de Occidente, S.A. de C.V.
Carretera a El Castillo km 3.5, El Salto, Jal. · Tel. +52 33 3284 1170

La información contenida en este correo es confidencial y para uso exclusivo del destinatario."""

_gct_invite = """Hola Pablo:

¡Buenas noticias! El equipo de Reclutamiento de Grupo Comercial Tapatío revisó tu solicitud para Analista de Abastecimiento (R-2026-0113) y quiere conocerte.

Elige el horario de tu entrevista con el área de Operaciones. Hay espacios disponibles del lunes 2 al miércoles 4 de febrero, presencial en nuestras oficinas corporativas de Av. Vallarta.

Programa tu entrevista aquí:
https://wd5.myworkday.com/gct/d/inbox/scheduling/8c1e4a?step=select

Si ninguno de los horarios te funciona, responde desde la sección Mis tareas de tu perfil de candidato."""

_gct_invite_footer = """Grupo Comercial Tapatío · Este mensaje se envió desde Workday; no respondas a este correo."""

_aceros_invite = """Buenas tardes, Pablo:

Gracias por tu interés en la vacante de Analista de Planeación de Materiales. Me gustaría platicar contigo en una primera entrevista por Teams:

Lunes 9 de marzo, de 10:00 a 11:00 (hora de Monterrey, la misma que Guadalajara).

Te envío la invitación desde mi calendario. Estaremos el Ing. Alberto Cárdenas, de Compras, y yo. Platicaremos de tu experiencia con inventarios y de cómo manejas el Excel; no es entrevista técnica.

Saludos,
Rogelio Garza Treviño
Jefe de Planeación de Materiales
Aceros Regiomontanos del Norte, S.A. de C.V.
Tel. +52 81 8386 4410

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el equipo o la aplicación móvil: https://teams.example.com/l/meetup-join/19%3ameeting_ArN0309
Id. de la reunión: 271 448 903 112
Código de acceso: qR7vB2
________________________________________________________________________________"""

_tal_client = """Hola Pablo, ¡buenas noticias!

Bebidas Atemajac revisó tu CV y quiere entrevistarte para la vacante de Analista de Planeación de Producción que vimos juntos.

La primera entrevista será por teléfono con el Ing. Salvador Saldaña, Gerente de Planeación:

Viernes 17 de julio, 10:00 a.m.
Te marcará al +52 33 1842 6605 (el que tenemos en tu registro). Calcula unos 40 minutos.

Tips: ten a la mano ejemplos concretos de cómo controlas faltantes y mermas en la farmacia, y repasa qué es un MRP, porque le gusta preguntarlo. Cualquier duda me marcas.

Saludos,
Karla Villaseñor
Consultora de Reclutamiento | Talento Logístico
Av. Hidalgo 1995, Col. Ladrón de Guevara, Guadalajara
Cel. +52 33 2210 5587"""

_ezp_chat = """Hola Pablo, ¿cómo estás?

Soy Leticia, la gerente de Materiales de Electrodomésticos Zapopan. Me pasaron tu CV desde la feria del empleo.

¿Tienes chance de venir el viernes 10 a las 9:30 a platicar un rato aquí en la planta? Nada formal, un café y te enseño el almacén de componentes. Estamos en Av. Aviación 3300, pregunta por mí en recepción.

Avísame si te queda.

Leti"""

_apb_trial = """Estimado Pablo:

Después de revisar su CV y la llamada de la semana pasada, nos gustaría invitarle a una jornada de evaluación en nuestra planta de Querétaro para el puesto de Analista de Logística de Entrada.

Fecha: jueves 25 de junio de 2026
Horario: 8:00 a 14:00 h
Lugar: Planta 1, Av. de la Luz 1240, Parque Industrial Querétaro

Durante la jornada acompañará al equipo de recibo de materiales, resolverá un caso práctico de programación de proveedores y tendrá una entrevista final con la Gerencia de Logística. La comida corre por nuestra cuenta.

Por favor traiga zapatos de seguridad y una identificación oficial. Le pedimos confirmar su asistencia respondiendo a este correo.

Atentamente,
Ing. Mauricio Olvera
Gerente de Logística
Autopartes del Bajío, S.A. de C.V.
Tel. +52 442 196 7733"""

_dra_invite = """Buenos días, Pablo:

Gracias por su interés en el cargo de Analista de Planeación de Demanda en Droguerías Andinas. Queremos invitarlo a una entrevista virtual con Julián Castaño, Jefe de Planeación, y conmigo.

Fecha: lunes 16 de febrero de 2026
Hora: 10:00 a.m. (hora de Bogotá) / 9:00 a.m. (hora de Guadalajara)
Plataforma: Microsoft Teams (enlace en la invitación adjunta)
Duración: 45 minutos

Le agradecemos confirmar su asistencia aceptando la invitación.

Cordialmente,
Catalina Restrepo Gómez
Analista Senior de Talento Humano
Droguerías Andinas S.A.S. · PBX (601) 742 3900"""

_mer_case = """Hola, Pablo:

Gracias por tu paciencia. El equipo ha revisado tu candidatura para Analista Junior de Supply Chain y nos gustaría pasar a la entrevista con caso práctico.

Así funciona: el lunes 4 de mayo te enviaremos un caso sobre reaprovisionamiento de una red de tiendas; tendrás 48 horas para prepararlo por escrito y, el miércoles 6 de mayo a las 17:00 (hora de Madrid, las 9:00 en Guadalajara), lo presentarás por Teams ante Jaime Ribas, socio de Operaciones, y Nuria Campos, gerente del proyecto. La sesión dura una hora.

¿Te encaja? Si no, dime qué franja te viene mejor esa semana.

Un saludo,
Irene Sastre
Talent Acquisition | Meridiano Consultores
Paseo de la Castellana 141, planta 9 · 28046 Madrid"""

_lmv_ac = """Hola Pablo,

Te invitamos a participar en el Centro de Evaluación para la vacante Analista de Tráfico y Costos.

Fecha: jueves 19 de marzo de 2026
Hora: 9:00 a 13:00 h
Sede: Logística Mexicana del Valle, Calz. Vallejo 1320, Azcapotzalco, CDMX

Agenda:
- Dinámica grupal de priorización de embarques
- Prueba de Excel (tablas dinámicas y BUSCARV)
- Entrevista individual con el Coordinador de Tráfico

Confirma tu asistencia desde el portal de candidatos. Presenta identificación oficial en la caseta."""

_lmv_ac_footer = """Logística Mexicana del Valle · Este mensaje fue enviado mediante iCIMS. No respondas a este correo."""

_ver_old = """Hola Paulina, ¿cómo estás?

Te escribo para confirmar que te llegó mi postulación del 29 de junio. Te pregunto porque en otra consultora me acaban de avisar que no seguían con mi proceso y, la verdad, quisiera saber cómo voy con ustedes antes de comprometerme con otras entrevistas.

Gracias,
Pablo"""

_ver_invite = reply(
    """Hola Pablo, claro que sí, llegó perfecto. Perdona la demora, fueron semanas de mucho trabajo.

Me dio mucho gusto leer tu CV y nos encantaría conocerte. Te propongo una entrevista por Zoom el miércoles 15 de julio a las 17:00 con Héctor Villalobos, gerente de la práctica de Supply Chain Advisory. Al final te vamos a presentar un caso corto de inventario de seguridad para que lo resuelvas en casa y lo platiquemos la semana siguiente.

¿Te late? Si ese horario no te queda, dime cuál sí.

Saludos,
Paulina Ochoa
Talent Acquisition Lead | Vértice Consultores
+52 55 4161 0755""",
    "es", "lun, 6 jul 2026 a las 8:51", CANDIDATE_NAME, CANDIDATE_ADDR, _ver_old)

_hun_invite = """Hola Pablo, ¿qué tal?

Como te conté, estoy llevando una búsqueda confidencial para una compañía farmacéutica con operación en Colombia y México. Tu perfil les gustó y quieren conocerte.

La entrevista sería el martes 14 de julio a las 8:00 a.m. hora Bogotá (7:00 en Guadalajara) por Google Meet, con la directora de Logística. Te comparto el enlace: https://meet.example.com/hja-pxqr-tuv

Antes de la entrevista te llamo el lunes para contarte un poco más del cliente, dentro de lo que puedo compartir.

¿Me confirmas?

Andrés Felipe Mejía
Socio | Hunters Andinos
+57 310 482 7719"""

_pn_invite = """Hola Pablo,

Te confirmo la entrevista con Industrias Cumbre para Analista de Materiales:

📅 Jueves 21 de mayo, 9:00 a.m.
📍 Planta Santa Catarina, Av. Industrial Poniente 450. Presenta tu INE en la caseta y pregunta por el Lic. Eduardo Treviño.
👔 Vestimenta casual de negocios; vas a recorrer piso, así que zapato cerrado.

Van a ser dos partes: entrevista con Treviño y un recorrido por el almacén de refacciones. Llega 15 minutos antes, por favor: en la planta son muy estrictos con la puntualidad.

¡Éxito!
Sofía Cantú
Consultora Sr. de Reclutamiento · Personal Norte
Cel. +52 81 1077 3342"""

_luna_invite = """Hola Pablo,

Gracias por tu interés en Analista Jr. de Reabasto en Farmacias Luna. Nos gustaría invitarte a una entrevista por videollamada con nuestro equipo de Abasto.

Elige el día y la hora que mejor te acomoden:
https://hire.lever.co/interview/farmaciasluna/sched/5b81e0c2

La entrevista dura 45 minutos. Recibirás la invitación de calendario en cuanto elijas un horario.

¡Te esperamos!
Daniela Ruiz
Atracción de Talento · Farmacias Luna"""

_gcmd_invite = """Hi Pablo,

Thanks for applying to the Supply Chain Analyst role at Gulf Coast Medical Distribution. We'd like to invite you to a video interview with Brian Walsh (Inventory Manager) and Priya Raman (Senior Analyst).

When: Tuesday, April 21, 2026, 10:00-11:00 AM CT
Where: Zoom, link in the calendar invitation attached

The conversation will cover your background, how you approach inventory discrepancies, and a few questions about Excel. Please accept the invitation so we know you're in.

Looking forward to it,
Megan Alvarez
Recruiter, Gulf Coast Medical Distribution"""

_bay_screen = """Hi Pablo,

Jake here from Bayou Freight Partners. Thanks for applying to the Logistics Analyst opening.

Do you have 20 minutes Thursday or Friday for a quick phone screen? Mornings work best on my end. Just reply with a time and the best number to reach you, and I'll give you a call.

Thanks,
Jake Whitfield | Talent Partner
Bayou Freight Partners
(713) 555-0148"""

_lsp_invite = """Hi Pablo,

Great news: the hiring team for Supply Chain Analyst I would like to move forward with a 45-minute video interview.

Please pick a time that works for you using the link below. Available slots are shown in your local time zone.

Schedule your interview: https://jobs.ashbyhq.com/lonestarpetrochem/interview/schedule/1f0c77e2

If none of the times work, reply to let us know and we'll find another option.

Lone Star Petrochem Supply Recruiting"""

_mcc_panel = """Hi Pablo,

Thanks again for your application. Elena (Head of Planning), Tomás (Senior Demand Planner) and I would like to meet you for a panel interview.

Monday, 2 March, 16:00-17:00 Madrid time (09:00 in Guadalajara), on Zoom. The meeting details are in the calendar invitation.

We'll spend most of the time on your experience, and Tomás will ask you to walk through how you'd forecast demand for a product with strong seasonality. No preparation is needed beyond that.

Best,
Lucas Moreno
Operations Manager, Meseta Cold Chain"""

_sky_video = """Dear Pablo,

Thank you for your application for the position of Junior Supply Chain Analyst (m/f/d) at Skyport Cargo Services in Frankfurt.

We would be pleased to invite you to a first video interview on Tuesday, 4 August 2026, from 15:00 to 15:45 CEST (07:00 in Guadalajara). Our interview language is English. You will meet Daniel Frank, Team Lead Air Freight Planning, and myself.

You will find the invitation with the Teams link attached to this email. Please let me know if the time does not suit you.

Kind regards
Anja Hoffmann
HR Business Partner
Skyport Cargo Services GmbH
Cargo City Süd, Geb. 640 · 60549 Frankfurt am Main
T +49 69 6907 2210

Skyport Cargo Services GmbH, Sitz Frankfurt am Main, Amtsgericht Frankfurt HRB 98765. This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it."""

_gtp_client = """Hey Pablo,

Great news: Harbor Chemical Distributors wants to meet you for the Inventory Analyst role in La Porte!

Thursday, August 13, 9:30 AM Central, on Teams. You'll meet Carlos Delgado, their Logistics Manager. He'll send the calendar invite directly. It's about an hour, mostly behavioral, plus some questions on cycle counting and FIFO.

Let's do a 15-minute prep call Wednesday afternoon. What time works?

Tyler

Tyler Brooks
Senior Recruiter | Gulf Talent Partners
Direct (713) 555-0167"""

_tri_chat = """Hi Pablo!

Are you free Thursday to chat? Nothing formal, 30 minutes on the phone to hear more about you and tell you about the replenishment team. 11am or 2pm Central both work for me.

Renee"""

_lsl_invite = """Bonjour Monsieur Iturriaga-Weiss,

Votre candidature pour le poste d'analyste en approvisionnement a retenu notre attention et nous aimerions vous rencontrer en entrevue.

Date : mardi 19 mai 2026
Heure : 10 h à 11 h (heure de Montréal)
Format : Microsoft Teams (le lien figure dans l'invitation ci-jointe)
Avec : François Lavoie, directeur de l'approvisionnement, et moi-même

L'entrevue se déroulera principalement en français, avec une partie en anglais. Merci d'accepter l'invitation pour confirmer votre présence.

Au plaisir,

Geneviève Tremblay
Conseillère en acquisition de talents
Logistique Saint-Laurent inc.
514 555-0182"""

_pbo_invite = """Bonjour Monsieur Iturriaga-Weiss,

Nous avons bien examiné votre dossier et souhaitons poursuivre avec une entrevue téléphonique d'environ 30 minutes pour le poste de technicien en approvisionnement pharmaceutique.

Je vous propose le jeudi 24 septembre à 14 h (heure de Montréal), soit 12 h à Guadalajara. Je vous appellerai au numéro indiqué sur votre CV.

Merci de me confirmer que ce moment vous convient.

Chloé Bélanger
Ressources humaines
Pharmacie Boréale Distribution"""

_rh_client = """Bonjour Pablo,

Bonne nouvelle : le Groupe Alimentaire Laurentide souhaite vous rencontrer pour le poste de planificateur d'approvisionnement à Boucherville.

L'entrevue aura lieu le mercredi 9 septembre à 13 h 30 (heure de Montréal) sur Teams, avec Isabelle Roy, directrice des opérations. Je vous transmets l'invitation du client dès que je la reçois.

Prévoyez une quarantaine de minutes. Mme Roy tient à faire une partie de l'échange en français : c'est l'occasion de montrer vos progrès !

On se parle lundi pour préparer tout ça ?

Mathieu Gagnon
Conseiller principal | Recrutement Horizon
514 555-0129"""

_rmp_ac = """Sehr geehrter Herr Iturriaga-Weiss,

vielen Dank für Ihre Bewerbung als Junior Supply Chain Analyst (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie herzlich zu unserem virtuellen Assessment-Center einladen.

Termin: Donnerstag, 25. Juni 2026, 16:00 bis 20:00 Uhr MESZ (8:00 bis 12:00 Uhr in Guadalajara)
Format: Microsoft Teams, Einwahldaten in der Kalendereinladung
Ablauf: Gruppenübung zur Tourenplanung, Fallstudie Kühlkette, Einzelinterview mit der Bereichsleitung

Bitte bestätigen Sie den Termin über die Kalendereinladung oder per Antwort an Frau Albers.

Mit freundlichen Grüßen
Katrin Albers
Personalreferentin
Rhein-Main Pharmalogistik GmbH"""

_kv_video = """Hallo Herr Iturriaga-Weiss,

danke für Ihre Bewerbung, die hat uns neugierig gemacht.

Hätten Sie Donnerstag Zeit für ein kurzes Videogespräch? Ich denke an 16 Uhr unserer Zeit, bei Ihnen wäre das 8 Uhr morgens. Ich schicke Ihnen gleich einen Teams-Link. Wir sprechen gern Englisch, wenn Ihnen das lieber ist.

Viele Grüße
Jonas Vogt
Partner · Kessler & Vogt Supply Chain Beratung
+49 69 2475 3310"""

# ====================================================================== reschedules

_dfo_move = reply(
    """Hola Pablo:

Gracias por confirmar tan rápido. Una disculpa, pero necesito mover nuestra llamada: el martes tenemos inventario general en el CEDIS y voy a estar en piso toda la mañana.

¿Te parece el miércoles 19 de agosto a las 16:00? Yo te marco a tu celular. Si no puedes a esa hora, dime y buscamos otra opción el jueves.

Saludos,
Lucía""",
    "es", "vie, 14 ago 2026 a las 21:05", CANDIDATE_NAME, CANDIDATE_ADDR, DFO_CONFIRM)

_aceros_newslot = reply(
    """Pablo:

Gracias por avisar. Entiendo, a cualquiera le pasa.

Lo reponemos el martes 17 de marzo a las 12:00, por el mismo enlace de Teams. Ya actualicé la invitación en el calendario, nada más acéptala de nuevo.

Saludos,
Rogelio Garza Treviño""",
    "es", "lun, 9 mar 2026 a las 12:15", CANDIDATE_NAME, CANDIDATE_ADDR, ACEROS_APOLOGY)

_gct_seq = """Hola Pablo:

Te escribo porque tuvimos que hacer un ajuste a tu entrevista: Ernesto Paredes, el gerente de Operaciones, tiene junta de dirección el lunes. La entrevista pasa del lunes 2 de febrero al martes 3 de febrero, a la misma hora (12:00), y será en la sala Tequila, piso 3, en lugar de la planta baja.

Te llegará la actualización en tu calendario. Si el martes no te funciona, avísame y vemos otra opción.

Saludos,
Mariana Fuentes
Reclutamiento Corporativo | Grupo Comercial Tapatío
Tel. +52 33 3615 2290 ext. 418"""

_dra_cancel = reply(
    """Buenas tardes, Pablo:

Lamento escribirle con esta noticia. Julián Castaño, nuestro Jefe de Planeación, amaneció enfermo y tiene incapacidad médica por el resto de la semana, por lo que debemos cancelar la entrevista que habíamos movido para mañana martes 17.

Su proceso sigue en pie. Apenas Julián se reincorpore le propongo una nueva fecha; muy probablemente a comienzos de la próxima semana.

Cordialmente,
Catalina Restrepo Gómez
Analista Senior de Talento Humano
Droguerías Andinas""",
    "es", "jue, 12 feb 2026 a las 17:02", CANDIDATE_NAME, CANDIDATE_ADDR, DRA_OWNMOVE)

_mer_postpone = """Hola, Pablo:

Te escribo con un cambio de planes. Jaime Ribas tiene que viajar mañana a Lisboa por un cliente y no volverá hasta finales de la semana que viene, así que necesitamos aplazar la presentación de tu caso práctico prevista para el miércoles 6.

Puedes enviarnos el caso por escrito igualmente el miércoles; el equipo lo revisará y, en cuanto tenga la agenda de Jaime, te propongo una nueva fecha para presentarlo.

Perdona las molestias.

Irene"""

_apb_location = """Estimado Pablo:

Le escribimos para informarle dos cambios en la jornada de evaluación del jueves 25 de junio:

1. La jornada será en la Planta 2 (Circuito El Marqués Norte 88, Parque Industrial El Marqués), donde está el almacén de recibo.
2. El horario se adelanta: comenzará a las 7:00 h y terminará a las 13:00 h, para coincidir con la llegada de los embarques de la mañana.

Todo lo demás se mantiene: zapatos de seguridad, identificación y la entrevista final con la Gerencia.

Atentamente,
Ing. Mauricio Olvera
Gerente de Logística · Autopartes del Bajío"""

_tal_moved = """Hola Pablo,

Ya hablé con el Ing. Saldaña y le expliqué lo que pasó con tu celular. Te da otra oportunidad, pero quiere que sea esta misma semana:

Nueva llamada: miércoles 22 de julio, 12:00 p.m.
Te va a marcar al número fijo que me pasaste: 33 3631 0458.

Por favor confírmame hoy mismo que estarás disponible. Y ten el teléfono a la mano desde las 11:50, ¿va?

Karla Villaseñor
Talento Logístico"""

_luna_resched = """Hola Pablo,

Tu entrevista con Farmacias Luna para Analista Jr. de Reabasto ha sido reprogramada.

Nueva fecha: jueves 29 de enero de 2026
Hora: 13:00 a 13:45 (hora del Centro de México)
Formato: videollamada (el enlace está en la invitación actualizada)

Fecha anterior: martes 27 de enero de 2026, 10:00.

Si la nueva fecha no te funciona, contacta al equipo de reclutamiento."""

_gcmd_update = """Hi Pablo,

Quick update: Brian has a conflict on Tuesday morning, so we've moved your interview to Wednesday, April 22, 2:00-3:00 PM CT. The Zoom link stays the same.

The updated invitation is attached. Please accept it so your calendar reflects the new time.

Thanks for your flexibility!
Megan"""

_bay_cancel = reply(
    """Hi Pablo,

Really sorry, but I need to cancel tomorrow's 10 o'clock call. Our hiring manager got pulled into a DOT audit at the yard and I want him on the line for this one.

This has nothing to do with you. I'll send a couple of new times early next week.

Jake""",
    "en", "Mon, Mar 16, 2026 at 6:40 PM", CANDIDATE_NAME, CANDIDATE_ADDR,
    "Hi Jake, thanks for reaching out! Thursday at 10am Central works great. "
    "My number is +52 33 1842 6605. Best, Pablo")

_gtp_cancel = """Pablo,

I have to cancel Thursday's interview. Our tank-farm inspection was moved to that morning and I need to be on site. Tyler at Gulf Talent will coordinate a new time with you; I'm looking forward to talking.

Apologies for the short notice.

Carlos Delgado
Logistics Manager
Harbor Chemical Distributors, Inc.
11400 Bay Area Blvd, La Porte, TX 77571"""

_tri_push = reply(
    """Hi Pablo,

Any chance we can push our chat to Tuesday the 22nd at 3pm Central? Marcus, the replenishment manager, wants to join, and on Thursday he's at the Katy store all day. I'll send a Teams link instead of calling.

Sorry for the shuffle!
Renee""",
    "en", "Mon, Sep 14, 2026 at 4:12 PM", CANDIDATE_NAME, CANDIDATE_ADDR,
    "Hi Renee, Thursday at 11am works for me. Talk then! Pablo")

_lsl_cancel = """Bonjour Monsieur Iturriaga-Weiss,

Je suis désolée de devoir annuler l'entrevue prévue le mardi 19 mai : M. Lavoie est malade et sera absent toute la semaine.

Votre candidature demeure active. Je communiquerai avec vous dès que possible pour fixer une nouvelle date.

Cordialement,
Geneviève Tremblay
Logistique Saint-Laurent inc."""

_rh_moved = """Bonjour Pablo,

Petit changement : Mme Roy doit être à l'usine de Boucherville mercredi après-midi. L'entrevue avec le Groupe Alimentaire Laurentide est donc déplacée au vendredi 11 septembre à 9 h (heure de Montréal), toujours sur Teams.

Le client vous enverra une invitation mise à jour. Pouvez-vous me confirmer que ce nouveau créneau vous convient ?

Mathieu"""

_rmp_move = """Sehr geehrter Herr Iturriaga-Weiss,

leider müssen wir das Assessment-Center um einen Tag verschieben: Unsere Bereichsleiterin ist am Donnerstag bei einem Kundenaudit gebunden.

Neuer Termin: Freitag, 26. Juni 2026, weiterhin von 16:00 bis 20:00 Uhr MESZ.
Der Teams-Link bleibt unverändert; Sie erhalten eine aktualisierte Kalendereinladung.

Bitte geben Sie mir kurz Bescheid, ob Sie den neuen Termin wahrnehmen können.

Mit freundlichen Grüßen
Katrin Albers
Personalreferentin · Rhein-Main Pharmalogistik GmbH
Hanauer Landstraße 310 · 60314 Frankfurt am Main · +49 69 4095 1214"""

# ====================================================================== missed

_aceros_missed = """Pablo, te estuvimos esperando en Teams desde las 10:00 con el Ing. Cárdenas y no te conectaste. Te marqué a las 10:15 y me mandó a buzón.

¿Todo bien? Si sigues interesado en la vacante, avísame hoy.

Rogelio Garza Treviño
Aceros Regiomontanos del Norte"""

_tal_missed = """Pablo, ¿qué pasó?

El Ing. Saldaña de Bebidas Atemajac me acaba de escribir: te marcó dos veces a las 10:00 y una más a las 10:10, y no contestaste. Le dejé dicho que seguramente hubo un problema con la señal, pero se quedó con mala impresión.

Márcame en cuanto leas esto para ver si lo podemos rescatar.

Karla Villaseñor
Talento Logístico · Cel. +52 33 2210 5587"""

_ezp_missed = """Pablo, te esperamos en recepción desde las 9:30 y no llegaste. Ya son casi las 10:15 y tengo que entrar a junta.

¿Pasó algo? Avísame cuando puedas.

Leti"""

_sab_missed_html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Buenos días, Pablo:</p>
<p>Hoy a las 8:00 a.&nbsp;m. (hora de Bogotá) teníamos programada su entrevista para el cargo de <b>Coordinador de Inventarios</b> en Logística Sabana. El enlace de la videollamada estuvo abierto durante 20 minutos y no logramos verlo conectado; tampoco recibimos ningún mensaje.</p>
<p>Le agradecemos nos cuente si tuvo algún inconveniente. Si desea continuar en el proceso, respóndanos antes del viernes.</p>
<p>Cordialmente,<br>
<b>Juliana Ortiz</b><br>
Coordinadora de Selección<br>
Logística Sabana S.A.S. · Km 2 vía Funza, Cundinamarca<br>
Tel. (601) 826 4455</p>
<p style="font-size:8pt;color:#777">Este correo y sus anexos son confidenciales. Si usted no es el destinatario, por favor notifique al remitente y elimínelo.</p>
</body></html>
"""

_pn_missed = """Pablo, buenos días:

Me acaba de llamar el Lic. Treviño de Industrias Cumbre: te estuvo esperando en la caseta de la planta desde las 9:00 y no llegaste. Ya pasaron 45 minutos y no contestas mi celular.

Necesito saber qué pasó para explicarle al cliente. Llámame o escríbeme en cuanto puedas.

Sofía Cantú
Personal Norte · Cel. +52 81 1077 3342"""

_lmv_missed = """Hola Pablo,

No registramos tu asistencia al Centro de Evaluación para la vacante Analista de Tráfico y Costos programado hoy, jueves 19 de marzo de 2026, a las 9:00 h.

Si tuviste algún imprevisto, puedes indicarlo desde tu portal de candidatos en los próximos 3 días hábiles. El equipo de reclutamiento revisará si es posible asignarte otra sesión."""

_bay_missed = """Hi Pablo,

Tried calling you twice at 10:00 CT on the +52 number on your resume for our phone screen; both went straight to voicemail. I left a message the second time.

If something came up, no worries, just let me know and we'll see what we can do.

Jake Whitfield
Bayou Freight Partners"""

_mcc_missed = """Hi Pablo,

We waited on the Zoom link for 15 minutes with Elena and Tomás, but you didn't join, and my email at 16:05 went unanswered.

I hope everything is OK. Could you let me know what happened?

Lucas"""

_pbo_missed = """Bonjour Monsieur Iturriaga-Weiss,

Nous avons tenté de vous joindre à 14 h à deux reprises pour l'entrevue téléphonique prévue aujourd'hui, sans succès ; nous sommes tombés sur votre boîte vocale.

Pourriez-vous nous indiquer ce qui s'est passé ?

Chloé Bélanger
Ressources humaines · Pharmacie Boréale Distribution"""

_kv_missed = """Hallo Herr Iturriaga-Weiss,

wir haben um 16 Uhr im Teams-Meeting auf Sie gewartet, leider ohne Erfolg. Auch auf meine kurze Nachricht um 16:10 kam keine Reaktion.

Ist etwas dazwischengekommen? Geben Sie mir bitte Bescheid.

Viele Grüße
Jonas Vogt
Kessler & Vogt"""

MESSAGES = [
    # ================================================================ invitations, Spanish
    M(kind=INV, slug="dfo_phone_screen", lang="es", key="dfo-screen", parent="dfo-ack",
      company=DFO, contact=LUCIA[1],
      frm=("Lucía Ortega vía SmartRecruiters", "noreply@smartrecruiters.com"),
      reply_to=LUCIA,
      date="2026-08-14 12:30", tz="mx",
      subject="Llamada inicial - Analista de Cadena de Suministro",
      text=_dfo_screen,
      html=ats_card(DFO, "#0b5394", _dfo_screen,
                    "Responde a este correo para contestar directamente a Lucía Ortega. "
                    "Enviado a través de SmartRecruiters."),
      cte="qp"),
    M(kind=INV, slug="dfo_panel_calendar", lang="es", key="dfo-panel", parent="dfo-move",
      company=DFO, contact=LUCIA[1],
      frm=LUCIA, date="2026-09-01 10:00", tz="mx",
      subject="Invitación: Entrevista con panel - Analista de Cadena de Suministro",
      text=_dfo_panel, html=outlook_html(_dfo_panel), cte="qp",
      ics=dict(method="REQUEST", uid="dfo-panel-20260908@dfo.example.mx", seq=0,
               start="2026-09-08 10:00", end="2026-09-08 11:30", stamp="2026-09-01 10:00",
               summary="Entrevista con panel - Analista de Cadena de Suministro",
               location="CEDIS El Salto, sala Juntas 2", organizer=LUCIA,
               description="Panel: Ing. Raúl Medina y Sandra Quiñones. Ejercicio de Excel.")),
    M(kind=INV, slug="tapatio_workday_scheduling", lang="es", key="gct-invite", parent="gct-ack",
      company="Grupo Comercial Tapatío", contact="",
      frm=("Grupo Comercial Tapatío", "grupotapatio@myworkday.com"),
      date="2026-01-27 09:00", tz="mx",
      subject="Programa tu entrevista: Analista de Abastecimiento",
      text=_gct_invite + "\n\n" + _gct_invite_footer,
      html=ats_card("Grupo Comercial Tapatío", "#b91c1c", _gct_invite, _gct_invite_footer,
                    button=("Programar entrevista",
                            "https://wd5.myworkday.com/gct/d/inbox/scheduling/8c1e4a?step=select")),
      cte="b64"),
    M(kind=INV, slug="aceros_teams_invite", lang="es", key="aceros-invite",
      company="Aceros Regiomontanos del Norte", contact=ROGELIO[1],
      frm=ROGELIO, date="2026-03-03 17:20", tz="mty",
      subject="Entrevista Analista de Planeación de Materiales",
      text=_aceros_invite, html=outlook_html(_aceros_invite), cte="qp",
      ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-aceros-0309", seq=0,
               start="2026-03-09 10:00", end="2026-03-09 11:00", stamp="2026-03-03 17:20",
               summary="Entrevista Analista de Planeación de Materiales - Pablo Iturriaga",
               location="Reunión de Microsoft Teams", organizer=ROGELIO)),
    M(kind=INV, slug="talento_client_phone", lang="es", key="tal-client", parent="tal-reg",
      company="Bebidas Atemajac", contact="karla.villasenor@talentologistico.example.mx",
      frm=("Karla Villaseñor", "karla.villasenor@talentologistico.example.mx"),
      date="2026-07-14 13:10", tz="mx",
      subject="Entrevista con Bebidas Atemajac 🎉",
      text=_tal_client, cte="8bit"),
    M(kind=INV, slug="zapopan_casual_coffee", lang="es", key="ezp-chat",
      company="Electrodomésticos Zapopan", contact="leticia.navarro@electrozapopan.example.mx",
      frm=("Leticia Navarro", "leticia.navarro@electrozapopan.example.mx"),
      date="2026-04-08 18:22", tz="mx",
      subject="¿platicamos el viernes?",
      text=_ezp_chat, cte="8bit"),
    M(kind=INV, slug="autopartes_trial_day", lang="es", key="apb-trial", parent="apb-ack",
      company="Autopartes del Bajío", contact="mauricio.olvera@autopartesbajio.example.mx",
      frm=("Mauricio Olvera", "mauricio.olvera@autopartesbajio.example.mx"),
      date="2026-06-17 11:45", tz="mx",
      subject="Invitación a jornada de evaluación en planta",
      subject_enc=("iso-8859-1", "Q"),
      text=_apb_trial, charset="iso-8859-1", cte="qp"),
    M(kind=INV, slug="droguerias_video_interview", lang="es", key="dra-invite", parent="dra-ack",
      company="Droguerías Andinas", contact=CATALINA[1],
      frm=CATALINA, date="2026-02-11 09:20", tz="bog",
      subject="Invitación a videollamada - Analista de Planeación de Demanda",
      text=_dra_invite, html=outlook_html(_dra_invite), cte="qp",
      ics=dict(method="REQUEST", uid="dra-entrevista-pi-20260216@drogueriasandinas.example.co",
               seq=0, start="2026-02-16 10:00", end="2026-02-16 10:45",
               stamp="2026-02-11 09:20",
               summary="Entrevista Analista de Planeación de Demanda",
               location="Microsoft Teams", organizer=CATALINA)),
    M(kind=INV, slug="meridiano_case_interview", lang="es", key="mer-case", parent="mer-ack",
      company="Meridiano Consultores", contact="irene.sastre@meridiano-consultores.example.es",
      frm=("Irene Sastre", "irene.sastre@meridiano-consultores.example.es"),
      date="2026-04-28 12:40", tz="mad",
      subject="Siguiente paso: entrevista con caso práctico",
      text=_mer_case, cte="8bit"),
    M(kind=INV, slug="valle_assessment_centre", lang="es", key="lmv-ac", parent="lmv-ack",
      company="Logística Mexicana del Valle", contact="",
      frm=("Logística Mexicana del Valle", "no-reply@talent.icims.com"),
      date="2026-03-11 15:30", tz="mx",
      subject="Invitación al Centro de Evaluación - Analista de Tráfico y Costos",
      html=ats_card("Logística Mexicana del Valle", "#166534", _lmv_ac, _lmv_ac_footer),
      cte="qp"),
    M(kind=INV, slug="vertice_reply_chain", lang="es", key="ver-invite", parent="ver-ack",
      company="Vértice Consultores", contact="paulina.ochoa@vertice-consultores.example.mx",
      frm=("Paulina Ochoa", "paulina.ochoa@vertice-consultores.example.mx"),
      date="2026-07-08 19:02", tz="mx",
      subject="Re: ¿Recibieron mi postulación?",
      text=_ver_invite, cte="qp"),
    M(kind=INV, slug="hunters_confidential_meet", lang="es", key="hun-invite", parent="hun-reg",
      company="Hunters Andinos", contact="afmejia@huntersandinos.example.co",
      frm=("Andrés Felipe Mejía", "afmejia@huntersandinos.example.co"),
      date="2026-07-09 17:30", tz="bog",
      subject="Entrevista con el cliente - martes 14 de julio",
      text=_hun_invite, html=simple_html(_hun_invite), cte="qp"),
    M(kind=INV, slug="personal_norte_plant_visit", lang="es", key="pn-invite",
      company="Industrias Cumbre", contact="sofia.cantu@personalnorte.example.mx",
      frm=("Sofía Cantú | Personal Norte", "sofia.cantu@personalnorte.example.mx"),
      reply_to=("Sofía Cantú", "sofia.cantu@personalnorte.example.mx"),
      date="2026-05-18 10:05", tz="mty",
      subject="Confirmación entrevista Industrias Cumbre - jueves 21",
      text=_pn_invite, html=simple_html(_pn_invite), cte="qp"),
    M(kind=INV, slug="luna_lever_scheduling", lang="es", key="luna-invite", parent="luna-ack",
      company="Farmacias Luna", contact="",
      frm=("Farmacias Luna", "no-reply@hire.lever.co"),
      date="2026-01-22 16:12", tz="mx",
      subject="Agenda tu entrevista con Farmacias Luna",
      text=_luna_invite,
      html=ats_card("Farmacias Luna", "#1d4e89", _luna_invite,
                    "Este correo fue enviado por Lever en nombre de Farmacias Luna.",
                    button=("Elegir horario",
                            "https://hire.lever.co/interview/farmaciasluna/sched/5b81e0c2")),
      cte="qp"),
    # ================================================================ invitations, English
    M(kind=INV, slug="gulfcoast_greenhouse_calendar", lang="en", key="gcmd-invite",
      parent="gcmd-ack",
      company="Gulf Coast Medical Distribution", contact=MEGAN[1],
      frm=("Megan Alvarez via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=MEGAN,
      date="2026-04-14 11:05", tz="hou",
      subject="Interview invitation: Supply Chain Analyst at Gulf Coast Medical Distribution",
      text=_gcmd_invite, html=simple_html(_gcmd_invite, "en"), cte="7bit",
      ics=dict(method="REQUEST", uid="gh-interview-88231-pi@greenhouse.io", seq=0,
               start="2026-04-21 10:00", end="2026-04-21 11:00", stamp="2026-04-14 11:05",
               summary="Interview: Pablo Iturriaga-Weiss / Gulf Coast Medical Distribution",
               location="Zoom https://zoom.example.com/j/84120077311", organizer=MEGAN,
               prodid="-//Greenhouse//Interview Scheduler//EN")),
    M(kind=INV, slug="bayou_phone_screen_ask", lang="en", key="bay-screen",
      company="Bayou Freight Partners", contact="jake.whitfield@bayoufreight.example.com",
      frm=("Jake Whitfield", "jake.whitfield@bayoufreight.example.com"),
      date="2026-03-16 14:02", tz="hou",
      subject="Logistics Analyst - quick phone screen?",
      text=_bay_screen, cte="7bit"),
    M(kind=INV, slug="lonestar_ashby_selfschedule", lang="en", key="lsp-invite",
      company="Lone Star Petrochem Supply", contact="",
      frm=("Lone Star Petrochem Supply Recruiting", "no-reply@ashbyhq.com"),
      date="2026-05-05 16:48", tz="hou",
      subject="Schedule your interview with Lone Star Petrochem Supply",
      text=_lsp_invite,
      html=ats_card("Lone Star Petrochem Supply", "#b45309", _lsp_invite,
                    "Sent via Ashby", lang="en",
                    button=("Pick a time",
                            "https://jobs.ashbyhq.com/lonestarpetrochem/interview/schedule/1f0c77e2")),
      cte="7bit"),
    M(kind=INV, slug="meseta_panel_zoom", lang="en", key="mcc-panel",
      company="Meseta Cold Chain", contact="lucas.moreno@mesetacoldchain.example.es",
      frm=("Lucas Moreno", "lucas.moreno@mesetacoldchain.example.es"),
      date="2026-02-23 11:30", tz="mad",
      subject="Panel interview - Demand Planning Analyst",
      text=_mcc_panel, cte="7bit",
      ics=dict(method="REQUEST", uid="mcc-panel-0302-pablo@mesetacoldchain.example.es", seq=0,
               start="2026-03-02 16:00", end="2026-03-02 17:00", stamp="2026-02-23 11:30",
               summary="Panel interview - Demand Planning Analyst (Pablo Iturriaga-Weiss)",
               location="Zoom", organizer=("Lucas Moreno",
                                           "lucas.moreno@mesetacoldchain.example.es"))),
    M(kind=INV, slug="skyport_video_invite", lang="en", key="sky-video",
      company="Skyport Cargo Services", contact="anja.hoffmann@skyportcargo.example.de",
      frm=("Anja Hoffmann", "anja.hoffmann@skyportcargo.example.de"),
      date="2026-07-28 10:15", tz="fra",
      subject="Invitation to a video interview - Junior Supply Chain Analyst (m/f/d)",
      text=_sky_video, html=outlook_html(_sky_video, "en"), cte="qp",
      ics=dict(method="REQUEST", uid="sky-0804-jsca-iturriaga@skyportcargo.example.de", seq=0,
               start="2026-08-04 15:00", end="2026-08-04 15:45", stamp="2026-07-28 10:15",
               summary="Video interview Junior Supply Chain Analyst - P. Iturriaga-Weiss",
               location="Microsoft Teams",
               organizer=("Anja Hoffmann", "anja.hoffmann@skyportcargo.example.de")),
      ics_attach=True),
    M(kind=INV, slug="gulftalent_harbor_interview", lang="en", key="gtp-client",
      parent="gtp-reg",
      company="Harbor Chemical Distributors", contact="tyler.brooks@gulftalent.example.com",
      frm=("Tyler Brooks", "tyler.brooks@gulftalent.example.com"),
      date="2026-08-11 09:12", tz="hou",
      subject="Harbor Chemical wants to meet you!",
      text=_gtp_client, cte="7bit"),
    M(kind=INV, slug="trinity_free_thursday", lang="en", key="tri-chat", parent="tri-ack",
      company="Trinity Retail Group", contact="renee.okafor@trinityretail.example.com",
      frm=("Renee Okafor", "renee.okafor@trinityretail.example.com"),
      date="2026-09-14 15:03", tz="hou",
      subject="quick chat?",
      text=_tri_chat, cte="7bit"),
    # ================================================================ invitations, French
    M(kind=INV, slug="saint_laurent_entrevue_teams", lang="fr", key="lsl-invite",
      company="Logistique Saint-Laurent", contact=GENEVIEVE[1],
      frm=GENEVIEVE, date="2026-05-11 14:00", tz="mtl",
      subject="Invitation à une entrevue - Analyste en approvisionnement",
      text=_lsl_invite, html=outlook_html(_lsl_invite, "fr"), cte="qp",
      ics=dict(method="REQUEST", uid="lsl-entrevue-0519-iturriaga@logistiquesl.example.ca",
               seq=0, start="2026-05-19 10:00", end="2026-05-19 11:00",
               stamp="2026-05-11 14:00",
               summary="Entrevue - Analyste en approvisionnement (P. Iturriaga-Weiss)",
               location="Microsoft Teams", organizer=GENEVIEVE)),
    M(kind=INV, slug="boreale_entrevue_telephonique", lang="fr", key="pbo-invite",
      company="Pharmacie Boréale Distribution",
      contact="chloe.belanger@pharmaboreale.example.ca",
      frm=("Chloé Bélanger", "chloe.belanger@pharmaboreale.example.ca"),
      name_enc=("utf-8", "Q"),
      date="2026-09-21 10:40", tz="mtl",
      subject="Entrevue téléphonique - technicien en approvisionnement",
      text=_pbo_invite, charset="iso-8859-1", cte="qp"),
    M(kind=INV, slug="horizon_laurentide_client", lang="fr", key="rh-client", parent="rh-reg",
      company="Groupe Alimentaire Laurentide", contact="mgagnon@recrutementhorizon.example.ca",
      frm=("Mathieu Gagnon", "mgagnon@recrutementhorizon.example.ca"),
      date="2026-09-01 16:25", tz="mtl",
      subject="Entrevue avec le Groupe Alimentaire Laurentide",
      text=_rh_client, cte="8bit"),
    # ================================================================ invitations, German
    M(kind=INV, slug="rheinmain_assessment_center", lang="de", key="rmp-ac", parent="rmp-ack",
      company="Rhein-Main Pharmalogistik", contact=KATRIN[1],
      frm=("Rhein-Main Pharmalogistik GmbH", "noreply@personio.de"),
      reply_to=KATRIN,
      date="2026-06-15 09:30", tz="fra",
      subject="Einladung zum Assessment-Center – Junior Supply Chain Analyst (m/w/d)",
      subject_enc=("utf-8", "Q"),
      text=_rmp_ac,
      html=ats_card("Rhein-Main Pharmalogistik", "#be123c", _rmp_ac,
                    "Versendet über Personio im Auftrag der Rhein-Main Pharmalogistik GmbH.",
                    lang="de"),
      cte="qp",
      ics=dict(method="REQUEST", uid="personio-ac-7731-iturriaga@personio.de", seq=0,
               start="2026-06-25 16:00", end="2026-06-25 20:00", stamp="2026-06-15 09:30",
               summary="Assessment-Center Junior Supply Chain Analyst",
               location="Microsoft Teams", organizer=KATRIN,
               prodid="-//Personio//Calendar//DE")),
    M(kind=INV, slug="kessler_donnerstag_video", lang="de", key="kv-video",
      company="Kessler & Vogt", contact="jonas.vogt@kesslervogt.example.de",
      frm=("Jonas Vogt", "jonas.vogt@kesslervogt.example.de"),
      date="2026-10-05 12:20", tz="fra",
      subject="Kurzes Kennenlernen am Donnerstag?",
      text=_kv_video, cte="qp"),
    # ================================================================ reschedules
    M(kind=RES, slug="dfo_call_moved", lang="es", key="dfo-move", parent="dfo-confirm",
      company=DFO, contact=LUCIA[1],
      frm=LUCIA, date="2026-08-17 08:45", tz="mx",
      subject="RE: Llamada inicial - Analista de Cadena de Suministro",
      text=_dfo_move, cte="qp"),
    M(kind=RES, slug="aceros_new_slot_update", lang="es", key="aceros-newslot",
      parent="aceros-apology",
      company="Aceros Regiomontanos del Norte", contact=ROGELIO[1],
      frm=ROGELIO, date="2026-03-10 08:05", tz="mty",
      subject="Nueva fecha entrevista Analista de Planeación de Materiales",
      text=_aceros_newslot, cte="8bit",
      ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008-aceros-0309", seq=1,
               start="2026-03-17 12:00", end="2026-03-17 13:00", stamp="2026-03-10 08:05",
               summary="Entrevista Analista de Planeación de Materiales - Pablo Iturriaga",
               location="Reunión de Microsoft Teams", organizer=ROGELIO)),
    M(kind=RES, slug="tapatio_calendar_update", lang="es", key="gct-seq", parent="gct-invite",
      company="Grupo Comercial Tapatío", contact=MARIANA[1],
      frm=MARIANA, date="2026-01-29 13:50", tz="mx",
      subject="Actualizado: Entrevista Analista de Abastecimiento",
      text=_gct_seq, html=outlook_html(_gct_seq), cte="qp",
      ics=dict(method="REQUEST", uid="wd-gct-interview-2026-0113-77@myworkday.com", seq=1,
               start="2026-02-03 12:00", end="2026-02-03 13:00", stamp="2026-01-29 13:50",
               summary="Entrevista Analista de Abastecimiento - Operaciones",
               location="Sala Tequila, piso 3, Av. Vallarta 4870", organizer=MARIANA)),
    M(kind=RES, slug="droguerias_interviewer_ill_cancel", lang="es", key="dra-cancel",
      parent="dra-ownmove",
      company="Droguerías Andinas", contact=CATALINA[1],
      frm=CATALINA, date="2026-02-16 15:10", tz="bog",
      subject="Cancelada: Entrevista Analista de Planeación de Demanda",
      text=_dra_cancel, charset="windows-1252", cte="qp",
      ics=dict(method="CANCEL", uid="dra-entrevista-pi-20260216@drogueriasandinas.example.co",
               seq=2, start="2026-02-17 10:00", end="2026-02-17 10:45",
               stamp="2026-02-16 15:10",
               summary="Cancelada: Entrevista Analista de Planeación de Demanda",
               location="Microsoft Teams", organizer=CATALINA)),
    M(kind=RES, slug="meridiano_postponed", lang="es", key="mer-postpone", parent="mer-case",
      company="Meridiano Consultores", contact="irene.sastre@meridiano-consultores.example.es",
      frm=("Irene Sastre", "irene.sastre@meridiano-consultores.example.es"),
      date="2026-05-04 19:25", tz="mad",
      subject="Aplazamos la presentación del caso",
      text=_mer_postpone, cte="8bit"),
    M(kind=RES, slug="autopartes_location_time", lang="es", key="apb-location",
      parent="apb-trial",
      company="Autopartes del Bajío", contact="mauricio.olvera@autopartesbajio.example.mx",
      frm=("Mauricio Olvera", "mauricio.olvera@autopartesbajio.example.mx"),
      date="2026-06-22 09:10", tz="mx",
      subject="Cambio de sede y horario - jornada del 25 de junio",
      text=_apb_location, html=simple_html(_apb_location), cte="b64"),
    M(kind=RES, slug="talento_second_chance_call", lang="es", key="tal-moved",
      parent="tal-missed",
      company="Bebidas Atemajac", contact="karla.villasenor@talentologistico.example.mx",
      frm=("Karla Villaseñor", "karla.villasenor@talentologistico.example.mx"),
      date="2026-07-20 09:30", tz="mx",
      subject="Nueva llamada con Bebidas Atemajac",
      text=_tal_moved, cte="qp"),
    M(kind=RES, slug="luna_lever_rescheduled", lang="es", key="luna-resched",
      parent="luna-invite",
      company="Farmacias Luna", contact="",
      frm=("Farmacias Luna", "no-reply@hire.lever.co"),
      date="2026-01-26 12:00", tz="mx",
      subject="Tu entrevista ha sido reprogramada",
      text=_luna_resched,
      html=ats_card("Farmacias Luna", "#1d4e89", _luna_resched,
                    "Este correo fue enviado por Lever en nombre de Farmacias Luna."),
      cte="qp",
      ics=dict(method="REQUEST", uid="lever-int-5b81e0c2@hire.lever.co", seq=1,
               start="2026-01-29 13:00", end="2026-01-29 13:45", stamp="2026-01-26 12:00",
               summary="Entrevista Farmacias Luna - Analista Jr. de Reabasto",
               location="Videollamada",
               organizer=("Farmacias Luna", "no-reply@hire.lever.co"),
               prodid="-//Lever//Interview//ES")),
    M(kind=RES, slug="gulfcoast_sequence_bump", lang="en", key="gcmd-update",
      parent="gcmd-invite",
      company="Gulf Coast Medical Distribution", contact=MEGAN[1],
      frm=("Megan Alvarez via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=MEGAN,
      date="2026-04-16 08:40", tz="hou",
      subject="Updated invitation: Interview with Gulf Coast Medical Distribution",
      text=_gcmd_update, cte="7bit",
      ics=dict(method="REQUEST", uid="gh-interview-88231-pi@greenhouse.io", seq=1,
               start="2026-04-22 14:00", end="2026-04-22 15:00", stamp="2026-04-16 08:40",
               summary="Interview: Pablo Iturriaga-Weiss / Gulf Coast Medical Distribution",
               location="Zoom https://zoom.example.com/j/84120077311", organizer=MEGAN,
               prodid="-//Greenhouse//Interview Scheduler//EN")),
    M(kind=RES, slug="bayou_call_cancelled", lang="en", key="bay-cancel", parent="bay-screen",
      company="Bayou Freight Partners", contact="jake.whitfield@bayoufreight.example.com",
      frm=("Jake Whitfield", "jake.whitfield@bayoufreight.example.com"),
      date="2026-03-18 17:55", tz="hou",
      subject="Re: Logistics Analyst - quick phone screen?",
      text=_bay_cancel, cte="7bit"),
    M(kind=RES, slug="harbor_outlook_cancel", lang="en", key="gtp-cancel",
      company="Harbor Chemical Distributors", contact="cdelgado@harborchem.example.com",
      frm=("Carlos Delgado", "cdelgado@harborchem.example.com"),
      cc=[("Tyler Brooks", "tyler.brooks@gulftalent.example.com")],
      date="2026-08-12 07:50", tz="hou",
      subject="Canceled: Interview - Inventory Analyst (Pablo Iturriaga-Weiss)",
      text=_gtp_cancel, html=outlook_html(_gtp_cancel, "en"), cte="qp",
      ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E00800000000harbor0813",
               seq=1, start="2026-08-13 09:30", end="2026-08-13 10:30",
               stamp="2026-08-12 07:50",
               summary="Canceled: Interview - Inventory Analyst (Pablo Iturriaga-Weiss)",
               location="Microsoft Teams Meeting",
               organizer=("Carlos Delgado", "cdelgado@harborchem.example.com"))),
    M(kind=RES, slug="trinity_push_to_tuesday", lang="en", key="tri-push", parent="tri-chat",
      company="Trinity Retail Group", contact="renee.okafor@trinityretail.example.com",
      frm=("Renee Okafor", "renee.okafor@trinityretail.example.com"),
      date="2026-09-16 10:18", tz="hou",
      subject="Re: quick chat?",
      text=_tri_push, cte="7bit"),
    M(kind=RES, slug="saint_laurent_annulation", lang="fr", key="lsl-cancel",
      parent="lsl-invite",
      company="Logistique Saint-Laurent", contact=GENEVIEVE[1],
      frm=GENEVIEVE, date="2026-05-14 13:05", tz="mtl",
      subject="Annulation : Entrevue Analyste en approvisionnement",
      text=_lsl_cancel, html=outlook_html(_lsl_cancel, "fr"), cte="qp",
      ics=dict(method="CANCEL", uid="lsl-entrevue-0519-iturriaga@logistiquesl.example.ca",
               seq=1, start="2026-05-19 10:00", end="2026-05-19 11:00",
               stamp="2026-05-14 13:05",
               summary="Annulé : Entrevue - Analyste en approvisionnement",
               location="Microsoft Teams", organizer=GENEVIEVE)),
    M(kind=RES, slug="horizon_deplacee_vendredi", lang="fr", key="rh-moved", parent="rh-client",
      company="Groupe Alimentaire Laurentide", contact="mgagnon@recrutementhorizon.example.ca",
      frm=("Mathieu Gagnon", "mgagnon@recrutementhorizon.example.ca"),
      date="2026-09-03 11:40", tz="mtl",
      subject="Re: Entrevue avec le Groupe Alimentaire Laurentide",
      text=_rh_moved, charset="windows-1252", cte="qp"),
    M(kind=RES, slug="rheinmain_verschoben", lang="de", key="rmp-move", parent="rmp-ac",
      company="Rhein-Main Pharmalogistik", contact=KATRIN[1],
      frm=KATRIN, date="2026-06-19 14:20", tz="fra",
      subject="Terminverschiebung Assessment-Center",
      text=_rmp_move, html=outlook_html(_rmp_move, "de"), cte="qp",
      ics=dict(method="REQUEST", uid="personio-ac-7731-iturriaga@personio.de", seq=1,
               start="2026-06-26 16:00", end="2026-06-26 20:00", stamp="2026-06-19 14:20",
               summary="Assessment-Center Junior Supply Chain Analyst (verschoben)",
               location="Microsoft Teams", organizer=KATRIN)),
    # ================================================================ missed
    M(kind=MIS, slug="aceros_waited_on_teams", lang="es", key="aceros-missed",
      parent="aceros-invite",
      company="Aceros Regiomontanos del Norte", contact=ROGELIO[1],
      frm=ROGELIO, date="2026-03-09 10:38", tz="mty",
      subject="No logramos conectarnos",
      text=_aceros_missed, cte="8bit"),
    M(kind=MIS, slug="talento_client_called_twice", lang="es", key="tal-missed",
      parent="tal-client",
      company="Bebidas Atemajac", contact="karla.villasenor@talentologistico.example.mx",
      frm=("Karla Villaseñor", "karla.villasenor@talentologistico.example.mx"),
      date="2026-07-17 10:26", tz="mx",
      subject="URGENTE: llamada con Bebidas Atemajac",
      text=_tal_missed, cte="b64"),
    M(kind=MIS, slug="zapopan_waited_reception", lang="es", key="ezp-missed", parent="ezp-chat",
      company="Electrodomésticos Zapopan", contact="leticia.navarro@electrozapopan.example.mx",
      frm=("Leticia Navarro", "leticia.navarro@electrozapopan.example.mx"),
      date="2026-04-10 10:14", tz="mx",
      subject="Te esperamos hoy",
      text=_ezp_missed, cte="8bit"),
    M(kind=MIS, slug="sabana_link_open_20min", lang="es", key="sab-missed",
      company="Logística Sabana", contact="juliana.ortiz@logisticasabana.example.co",
      frm=("Juliana Ortiz", "juliana.ortiz@logisticasabana.example.co"),
      date="2026-06-10 08:35", tz="bog",
      subject="Entrevista de hoy - Coordinador de Inventarios",
      html=_sab_missed_html, charset="windows-1252", cte="qp"),
    M(kind=MIS, slug="personal_norte_gatehouse", lang="es", key="pn-missed", parent="pn-invite",
      company="Industrias Cumbre", contact="sofia.cantu@personalnorte.example.mx",
      frm=("Sofía Cantú | Personal Norte", "sofia.cantu@personalnorte.example.mx"),
      date="2026-05-21 09:47", tz="mty",
      subject="¿Dónde estás? Te esperan en Industrias Cumbre",
      text=_pn_missed, cte="qp"),
    M(kind=MIS, slug="valle_icims_no_attendance", lang="es", key="lmv-missed", parent="lmv-ac",
      company="Logística Mexicana del Valle", contact="",
      frm=("Logística Mexicana del Valle", "no-reply@talent.icims.com"),
      date="2026-03-19 16:00", tz="mx",
      subject="No registramos tu asistencia al Centro de Evaluación",
      text=_lmv_missed + "\n\n" + _lmv_ac_footer,
      html=ats_card("Logística Mexicana del Valle", "#166534", _lmv_missed, _lmv_ac_footer),
      cte="b64"),
    M(kind=MIS, slug="bayou_tried_calling_twice", lang="en", key="bay-missed",
      parent="bay-cancel",
      company="Bayou Freight Partners", contact="jake.whitfield@bayoufreight.example.com",
      frm=("Jake Whitfield", "jake.whitfield@bayoufreight.example.com"),
      date="2026-03-25 10:24", tz="hou",
      subject="Missed call this morning",
      text=_bay_missed, cte="7bit"),
    M(kind=MIS, slug="meseta_waited_on_zoom", lang="en", key="mcc-missed", parent="mcc-panel",
      company="Meseta Cold Chain", contact="lucas.moreno@mesetacoldchain.example.es",
      frm=("Lucas Moreno", "lucas.moreno@mesetacoldchain.example.es"),
      date="2026-03-02 16:22", tz="mad",
      subject="Re: Panel interview - Demand Planning Analyst",
      text=_mcc_missed, cte="7bit"),
    M(kind=MIS, slug="boreale_boite_vocale", lang="fr", key="pbo-missed", parent="pbo-invite",
      company="Pharmacie Boréale Distribution",
      contact="chloe.belanger@pharmaboreale.example.ca",
      frm=("Chloé Bélanger", "chloe.belanger@pharmaboreale.example.ca"),
      date="2026-09-24 14:25", tz="mtl",
      subject="Entrevue de 14 h",
      text=_pbo_missed, cte="qp"),
    M(kind=MIS, slug="kessler_teams_gewartet", lang="de", key="kv-missed", parent="kv-video",
      company="Kessler & Vogt", contact="jonas.vogt@kesslervogt.example.de",
      frm=("Jonas Vogt", "jonas.vogt@kesslervogt.example.de"),
      date="2026-10-08 16:24", tz="fra",
      subject="Heute 16 Uhr?",
      text=_kv_missed, cte="qp"),
]
