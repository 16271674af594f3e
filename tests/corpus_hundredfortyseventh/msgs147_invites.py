"""Corpus 147: interview invitations, reschedules/cancellations and missed-interview notices."""

from __future__ import annotations

from msgs147_common import (
    AUTO,
    CAND_ADDR,
    CAND_NAME,
    L1B,
    L1Q,
    U8B,
    U8Q,
    W1Q,
    ats_card,
    esc,
    forward,
    mso,
    outlook,
    outlook_html,
    outlook_quote_html,
    paras,
    reply,
    simple_html,
)
from msgs147_other import ANDINA_REQUEST, BRIGHTWAVE_SORRY

# ---------------------------------------------------------------------------- texts quoted later
NUB_INV = """Hola Valeria,

¡Qué bueno saludarte! Revisamos tu postulación para Customer Success Specialist y nos encantaría conocerte mejor.

Te propongo una entrevista por Google Meet el lunes 9 de febrero a las 3:00 p. m. (hora Colombia) con Andrés Zuluaga, nuestro líder de Customer Success, y conmigo. Serán unos 60 minutos: hablaremos de tu experiencia liderando equipos y te contaremos cómo acompañamos a los clientes pyme.

En este correo va la invitación de calendario; si el horario no te sirve, respóndeme y buscamos otro.

Un abrazo,
Manuela Restrepo
Talent Acquisition · Nubeflow
Cra. 43A # 7-50, El Poblado, Medellín
+57 604 555 0133
"""

JAC_FINAL = """Hola Valeria:

Con mucho gusto te confirmo que pasaste a la etapa final del proceso para Gerente de Customer Success.

La entrevista final será con nuestro director general, Emilio Sáenz, y con la directora de operaciones, Carmen Iturbide, el martes 23 de junio a las 12:00 h (hora del centro de México). Puedes hacerla presencial en nuestras oficinas de la colonia Roma Norte o por videollamada si todavía estás en Bogotá.

Te pedimos preparar una presentación de 20 minutos: cómo diseñarías los primeros 90 días del área de Customer Success para nuestros clientes de crédito empresarial. Después habrá 40 minutos de preguntas.

Quedo atenta a tu confirmación.

Saludos cordiales,
Fernanda Ugalde
Líder de Atracción de Talento
Finanzas Jacaranda
Durango 247, Roma Norte, 06700 CDMX
Tel. +52 55 5555 0161
"""

JAC_CONFIRM = """Hola Fernanda:

¡Qué buena noticia, muchas gracias! Confirmo el martes 23 a las 12:00 h por videollamada; todavía estaré en Bogotá esa semana. Preparo la presentación de los 90 días.

Saludos,
Valeria
"""

JAC_MOVED = """Hola Valeria:

Te pido una disculpa por el cambio: a Emilio le surgió un viaje a Monterrey con un cliente el martes 23 y no regresa sino hasta el miércoles en la noche.

¿Podemos pasar tu entrevista final al jueves 25 de junio, a la misma hora (12:00 h del centro de México)? El formato y la presentación se mantienen igual; te llegará la nueva liga de Teams en cuanto me confirmes.

Gracias por la paciencia,
Fernanda
"""

ZAH_INV = """Hallo Frau Cárdenas-Holt,

vielen Dank für Ihre Bewerbung als Customer Success Manager (m/w/d) mit Schwerpunkt Lateinamerika. Ihr Profil hat uns sehr gut gefallen, und wir würden Sie gern kennenlernen.

Ich schlage ein erstes Gespräch per Google Meet am Donnerstag, 6. August, um 16:30 Uhr (Berliner Zeit, 9:30 Uhr in Bogotá) vor. Dabei sind unser Head of Customer Success, Philipp Krämer, und ich. Planen Sie bitte etwa 45 Minuten ein.

Die Kalendereinladung finden Sie im Anhang. Falls der Termin nicht passt, geben Sie mir einfach kurz Bescheid.

Viele Grüße
Miriam Schulte
People & Talent | Zahlhaus
"""

ZAH_ACCEPT = """Hallo Frau Schulte,

vielen Dank für die Einladung! Der Donnerstag um 16:30 Uhr passt mir sehr gut. Ich freue mich auf das Gespräch mit Ihnen und Herrn Krämer.

Viele Grüße
Valeria Cárdenas-Holt
"""

KRA_INV = """Sehr geehrte Frau Cárdenas-Holt,

vielen Dank für Ihr Interesse an der Position Teamleitung Kundenservice (m/w/d) bei der Kranich Telekom.

Gern möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Donnerstag, 11. Juni 2026, 15:00 Uhr (MESZ)
Gesprächspartner: Herr Dirk Albers (Leitung Kundenservice) und ich

Den Teams-Link erhalten Sie mit der separaten Kalendereinladung. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katrin Vogel
Recruiting | Kranich Telekom
"""

KRANICH_FOOTER = """Kranich Telekom GmbH · Rudower Chaussee 29 · 12489 Berlin
Sitz der Gesellschaft: Berlin · Amtsgericht Charlottenburg HRB 199472 B
Geschäftsführung: Dr. Anja Pelz, Michael Ströbele

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""

OCELOTE_DISCLAIMER = """AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo recibió por error, notifíquelo al remitente y elimínelo. Grupo Ocelote Talento, S.C. trata sus datos personales conforme a su Aviso de Privacidad, disponible en ocelote.example.mx/privacidad."""

COBALTO_DISCLAIMER = """Cobalto Pagos, S.L. – CIF B-00000147 – Paseo de la Castellana 95, 28046 Madrid.
Responsable del tratamiento: Cobalto Pagos, S.L. Finalidad: gestión de procesos de selección. Puedes ejercer tus derechos de acceso, rectificación y supresión en privacidad@cobaltopagos.example.es. Este mensaje y sus adjuntos son confidenciales."""

COB_PANEL = """Hola, Valeria:

¡Enhorabuena! Has superado la primera fase del proceso para Responsable de Customer Success y nos gustaría que conocieras al equipo en una entrevista con panel.

Cuándo: miércoles 15 de julio, de 17:00 a 18:15 (hora peninsular), es decir, de 10:00 a 11:15 en Bogotá.
Dónde: Microsoft Teams (el enlace va en el archivo de calendario adjunto).
Con quién: Íñigo Beltrán (Head of Customer Operations), Sofía Nieto (Product Manager) y yo.

Te pediremos que nos cuentes un caso real en el que hayas salvado una cuenta en riesgo. No hace falta preparar diapositivas.

Si tienes cualquier problema con la fecha, dímelo y lo movemos.

Un saludo,
Lorena Vidal
Talent Acquisition · Cobalto Pagos
"""

SPR_INV = """Sehr geehrte Frau Cárdenas-Holt,

vielen Dank für Ihre Bewerbung als Customer Success Manager (m/w/d) für den spanischsprachigen Markt. Wir möchten Sie gern näher kennenlernen und laden Sie herzlich zu einem Gespräch per Microsoft Teams ein.

Termin: Dienstag, 21. April 2026, 16:00–17:00 Uhr (MESZ) – für Sie 9:00 Uhr in Bogotá
Teilnehmende: Markus Wendt (Teamleiter Customer Success) und ich

Die Einladung mit dem Teams-Link ist diesem Schreiben beigefügt. Bitte nehmen Sie sie an, damit der Termin verbindlich ist.

Beste Grüße
Lena Hoffmann
Talent Acquisition
Spreewerk Software
Köpenicker Str. 154, 10997 Berlin
"""

SOI_INV = """Bonjour Madame Cárdenas-Holt,

Suite à l'étude de votre candidature au poste de Responsable relation client, nous avons le plaisir de vous proposer un entretien en visioconférence (Microsoft Teams).

Date : jeudi 14 mai 2026
Heure : 16h00 (heure de Paris), soit 9h00 à Bogotá
Durée : environ 45 minutes, avec notre directrice des opérations, Madame Nathalie Perrin, et moi-même.

Merci de me confirmer votre disponibilité par retour de mail. Le lien de connexion vous sera envoyé la veille.

Bien cordialement,
Amandine Roux
Chargée de recrutement – Soierie Services
"""

MESSAGES: list[dict] = [
    # ================================================================ interview_invitation, es
    dict(
        kind="interview_invitation", scen="nubeflow_meet_ics", lang="es", id="nub_inv",
        refs=["nub_ack"], company="Nubeflow",
        frm=("Manuela Restrepo", "manuela.restrepo@nubeflow.example.co"),
        subject="Entrevista con Nubeflow – Customer Success Specialist",
        date="2026-02-02 11:20 -0500", text=NUB_INV, html=simple_html(paras(NUB_INV)),
        ics=dict(method="REQUEST", uid="nbf-cs-2291@nubeflow.example.co", seq=0,
                 start="2026-02-09 15:00 -0500", minutes=60,
                 summary="Entrevista Nubeflow · Valeria Cárdenas-Holt",
                 location="https://meet.example.co/nbf-cs-2291",
                 description="Entrevista para Customer Success Specialist con Andrés y Manuela.",
                 organizer=("Manuela Restrepo", "manuela.restrepo@nubeflow.example.co"),
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
    ),
    dict(
        kind="interview_invitation", scen="conecta_assessment_center", lang="es", id="con_ac",
        company="Conecta Contact Center",
        frm=("Selección Conecta Contact Center", "seleccion@conectacc.example.co"),
        reply_to=("Lucía Parra Quintero", "lucia.parra@conectacc.example.co"),
        contact="lucia.parra@conectacc.example.co",
        subject="Citación a assessment center – Team Lead Bilingüe",
        date="2026-01-27 10:05 -0500", name_enc=L1B,
        text="""Buenos días, Valeria:

Nos complace citarte al assessment center del proceso Team Lead Bilingüe.

Fecha: martes 3 de febrero de 2026
Hora: 8:00 a. m. a 12:30 p. m.
Lugar: Calle 100 # 19-54, piso 7, Bogotá. Pregunta en recepción por el equipo de Selección.

La jornada incluye un ejercicio grupal, un juego de roles en inglés con un "cliente" difícil y una entrevista individual con la gerencia de la operación. Trae tu documento de identidad original; por seguridad del edificio no se permite el ingreso sin él.

Por favor confirma tu asistencia respondiendo a este correo antes del jueves.

Cordialmente,
Lucía Parra Quintero
Analista de Selección | Conecta Contact Center
PBX (601) 555 0190 ext. 312
""",
        html=ats_card("Conecta Contact Center · Selección", paras("""Buenos días, Valeria:

Nos complace citarte al assessment center del proceso Team Lead Bilingüe.

Fecha: martes 3 de febrero de 2026
Hora: 8:00 a. m. a 12:30 p. m.
Lugar: Calle 100 # 19-54, piso 7, Bogotá. Pregunta en recepción por el equipo de Selección.

La jornada incluye un ejercicio grupal, un juego de roles en inglés con un "cliente" difícil y una entrevista individual con la gerencia de la operación. Trae tu documento de identidad original; por seguridad del edificio no se permite el ingreso sin él.

Por favor confirma tu asistencia respondiendo a este correo antes del jueves.

Cordialmente,
Lucía Parra Quintero
Analista de Selección | Conecta Contact Center
PBX (601) 555 0190 ext. 312"""), color="#e11d48",
            footer="Conecta Contact Center S.A.S. · NIT 900.000.147-1 · Bogotá D.C."),
    ),
    dict(
        kind="interview_invitation", scen="ocelote_agenda_voxia", lang="es", id="oce_setup",
        refs=["oce_cold"], company="Voxia",
        frm=("Rodrigo Báez", "rodrigo.baez@ocelote.example.mx"),
        subject="Entrevista con Voxia – jueves 5 de marzo, 11:00 h",
        date="2026-03-03 09:40 -0600", subj_enc=U8B,
        text="""Hola Valeria:

¡Buenas noticias! Ya puedo decirte el nombre del cliente: es Voxia, el contact center de Polanco del que te platiqué. Les encantó tu CV y quieren conocerte.

Quedó así:
- Jueves 5 de marzo, 11:00 h (hora CDMX) / 12:00 h (hora Bogotá)
- Por Microsoft Teams, liga: https://teams.example.mx/l/meetup-join/voxia-cs-lead
- Entrevista con Mariana Cisneros, gerente de operaciones para cuentas de EE. UU.

Es una primera entrevista, de unos 45 minutos, mitad en inglés. Mariana es muy directa y le gustan los ejemplos con números, así que ten a la mano tus indicadores de rotación y de CSAT.

Cualquier duda me marcas.

Saludos,
Rodrigo Báez
Consultor Senior · Grupo Ocelote Talento
+52 55 5555 0188

""" + OCELOTE_DISCLAIMER + "\n",
    ),
    dict(
        kind="interview_invitation", scen="andina_lever_agenda", lang="es", id="and_inv",
        company="Andina Pagos",
        frm=("Andina Pagos", "no-reply@hire.lever.co"),
        reply_to=("Camilo Rojas", "camilo.rojas@andinapagos.example.co"),
        subject="Agenda tu entrevista con Andina Pagos", date="2026-04-01 15:02 -0500",
        headers=AUTO,
        text="""Hola Valeria, ¡gracias por tu interés en Andina Pagos!

Nos gustaría conocerte en una entrevista de 45 minutos con el equipo de Customer Success para la vacante de Customer Success Lead. Escoge el horario que mejor te funcione en el enlace de agenda:

https://hire.lever.co/interview/schedule/andinapagos/7f3c2e

Por ahora tenemos disponibilidad el jueves 9 de abril entre las 9:00 a. m. y las 3:00 p. m. (hora Colombia). Si ninguno de esos horarios te sirve, responde a este correo.

Camilo Rojas
Talent Partner · Andina Pagos
""",
        html=ats_card("Andina Pagos", paras("""Hola Valeria, ¡gracias por tu interés en Andina Pagos!

Nos gustaría conocerte en una entrevista de 45 minutos con el equipo de Customer Success para la vacante de Customer Success Lead.

Por ahora tenemos disponibilidad el jueves 9 de abril entre las 9:00 a. m. y las 3:00 p. m. (hora Colombia). Si ninguno de esos horarios te sirve, responde a este correo.

Camilo Rojas
Talent Partner · Andina Pagos"""), color="#4338ca",
            button=("Escoger horario", "https://hire.lever.co/interview/schedule/andinapagos/7f3c2e"),
            footer="Enviado con Lever"),
    ),
    dict(
        kind="interview_invitation", scen="cobalto_panel_ics_adjunto", lang="es", id="cob_inv",
        refs=["cob_ack"], company="Cobalto Pagos",
        frm=("Lorena Vidal", "lorena.vidal@cobaltopagos.example.es"),
        subject="Entrevista con el panel – Responsable de Customer Success",
        date="2026-07-08 12:30 +0200",
        text=COB_PANEL + "\n" + COBALTO_DISCLAIMER + "\n",
        ics=dict(method="REQUEST", uid="cob-panel-7713@cobaltopagos.example.es", seq=0,
                 start="2026-07-15 17:00 +0200", minutes=75,
                 summary="Entrevista panel – Valeria Cárdenas-Holt (Customer Success)",
                 location="Microsoft Teams: https://teams.example.es/l/cobalto-panel-7713",
                 organizer=("Lorena Vidal", "lorena.vidal@cobaltopagos.example.es"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 as_file=True, filename="entrevista-panel.ics"),
    ),
    dict(
        kind="interview_invitation", scen="talento_andino_cliente_condor", lang="es", id="ta_setup",
        refs=["ta_cold"], company="Aerolíneas Cóndor Azul",
        frm=("Natalia Villamizar", "natalia@talentoandino.example.co"),
        subject="¡Ya puedo contarte! Entrevista con Aerolíneas Cóndor Azul",
        date="2026-02-24 16:10 -0500", subj_enc=L1Q,
        text="""Hola Valeria,

Como te había dicho, el cliente pidió confidencialidad al inicio, pero ya me autorizaron: se trata de Aerolíneas Cóndor Azul. Les presenté tu hoja de vida la semana pasada y quieren entrevistarte.

Detalles:
Viernes 27 de febrero, 9:00 a. m.
Sede administrativa de Cóndor Azul, Av. El Dorado # 103-08, edificio B, piso 3 (frente al terminal de carga).
Te entrevistará Felipe Arango, gerente de Experiencia del Cliente Corporativo, junto con alguien de Gestión Humana.

Lleva tu cédula para el registro en portería. Te sugiero revisar el programa de viajero frecuente corporativo de ellos, porque seguramente te van a preguntar cómo lo harías crecer.

Después de la entrevista me llamas y me cuentas cómo te fue.

Un abrazo,
Natalia Villamizar
Senior Headhunter · Talento Andino
+57 601 555 0166
""",
    ),
    dict(
        kind="interview_invitation", scen="puentes_entrevista_latin1", lang="es", id="pue_inv",
        refs=["pue_app", "pue_ack"], company="Fundación Puentes de Paz",
        frm=("Gloria Inés Patiño", "gloria.patino@puentesdepaz.example.org"),
        subject="Entrevista – Coordinadora de Atención a Comunidades",
        date="2026-01-29 14:00 -0500", charset="iso-8859-1", cte="quoted-printable",
        name_enc=L1Q, subj_enc=W1Q,
        text="""Estimada Valeria:

Reciba un saludo cordial de la Fundación Puentes de Paz.

Después de revisar las hojas de vida recibidas en la convocatoria, su perfil fue seleccionado para la etapa de entrevista. La entrevista será presencial:

Día: miércoles 4 de febrero
Hora: 10:00 a. m.
Lugar: sede Teusaquillo, Calle 39 # 16-20, Bogotá

Estarán presentes la directora de programas, una lideresa de la Mesa Comunitaria de Ciudad Bolívar y quien escribe. La conversación dura aproximadamente una hora y no requiere preparación especial; nos interesa conocer cómo ha manejado situaciones de conflicto con usuarios.

Le agradecemos confirmar su asistencia.

Con aprecio,

Gloria Inés Patiño
Coordinadora de Talento Humano
Fundación Puentes de Paz
Tel. (601) 555 0158
""",
    ),
    dict(
        kind="interview_invitation", scen="sintegra_charlamos_jueves", lang="es", id="sin_inv",
        company="Sintegra",
        frm=("Esteban Gallego", "esteban.gallego@sintegra.example.co"),
        subject="¿Hablamos el jueves?", date="2026-02-09 17:45 -0500", subj_enc=U8Q,
        text="""Hola Valeria, ¿qué más?

Te escribe Esteban, de Sintegra en Medellín. Vi tu hoja de vida para la vacante de Team Lead de soporte para clientes de software y me gustó mucho lo de la operación bilingüe.

¿Tienes un rato el jueves 12 a las 10:00 a. m. para charlar? Sería una llamada corta, de unos 20 minutos, para contarte de la vacante y conocerte un poquito. Te marco al celular que pusiste en la hoja de vida.

Me confirmas y quedamos así.

Esteban Gallego
Líder de Reclutamiento · Sintegra
Servicios Integrales Antioquia S.A.S.
Cl. 10 Sur # 50FF-28, Medellín
""",
    ),
    dict(
        kind="interview_invitation", scen="tlaloc_llamada_inicial", lang="es", id="tla_screen",
        company="Tlaloc Cloud",
        frm=("Ximena Olvera", "ximena.olvera@tlaloccloud.example.mx"),
        subject="Llamada inicial – Customer Success Manager", date="2026-04-06 12:15 -0600",
        text="""¡Hola, Valeria!

Soy Ximena, de Talent en Tlaloc Cloud. Gracias por postularte a Customer Success Manager; tu experiencia con cuentas de software de nómina nos llamó mucho la atención.

¿Te late una llamada de 30 minutos esta semana para conocernos? Te propongo dos opciones (hora CDMX):
- miércoles 8 de abril, 10:00
- jueves 9 de abril, 17:00

Es una plática informal: te cuento del rol y del equipo, y tú me cuentas qué buscas. Dime cuál te acomoda y te mando la liga de Meet.

¡Saludos!
Ximena Olvera
Talent Partner · Tlaloc Cloud
Insurgentes Sur 1458, piso 12, CDMX
""",
        html=simple_html(paras("""¡Hola, Valeria!

Soy Ximena, de Talent en Tlaloc Cloud. Gracias por postularte a Customer Success Manager; tu experiencia con cuentas de software de nómina nos llamó mucho la atención.

¿Te late una llamada de 30 minutos esta semana para conocernos? Te propongo dos opciones (hora CDMX):
- miércoles 8 de abril, 10:00
- jueves 9 de abril, 17:00

Es una plática informal: te cuento del rol y del equipo, y tú me cuentas qué buscas. Dime cuál te acomoda y te mando la liga de Meet.

¡Saludos!
Ximena Olvera
Talent Partner · Tlaloc Cloud
Insurgentes Sur 1458, piso 12, CDMX""")),
    ),
    dict(
        kind="interview_invitation", scen="jacaranda_final_outlook", lang="es", id="jac_final",
        refs=["jac_ack"], company="Finanzas Jacaranda",
        frm=("Fernanda Ugalde", "fernanda.ugalde@finanzasjacaranda.example.mx"),
        subject="Entrevista final – Gerente de Customer Success",
        date="2026-06-15 10:30 -0600", charset="windows-1252", cte="quoted-printable",
        text=JAC_FINAL, html=outlook_html(mso(JAC_FINAL), "ES-MX"), html_charset="utf-8",
        headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Entrevista final")],
    ),
    dict(
        kind="interview_invitation", scen="meseta_jornada_prueba", lang="es", id="mes_trial",
        refs=["mes_ack"], company="Contact Meseta",
        frm=("Jorge Alcántara", "jorge.alcantara@contactmeseta.example.es"),
        subject="Jornada de prueba en Contact Meseta", date="2026-02-16 13:20 +0100",
        name_enc=U8B,
        text="""Hola Valeria:

Gracias por la entrevista telefónica de la semana pasada. Nos gustaría dar el siguiente paso con una jornada de prueba en remoto para el puesto de supervisora de la cuenta de seguros.

Será el lunes 23 de febrero, de 15:00 a 19:00 hora de Madrid (de 9:00 a 13:00 en Bogotá). Te conectarás a nuestra plataforma de formación, escucharás llamadas reales junto a un supervisor senior y al final harás un pequeño plan de mejora para un agente. La jornada está remunerada como media jornada de formación.

Necesitamos que nos confirmes antes del jueves y que tengas cascos con micrófono y una conexión estable.

Un abrazo,
Jorge Alcántara
Responsable de Plataforma · Contact Meseta
Avda. de Bruselas 38, 28108 Alcobendas (Madrid)
""",
        ics=dict(method="REQUEST", uid="meseta-prueba-0223@contactmeseta.example.es", seq=0,
                 start="2026-02-23 15:00 +0100", minutes=240,
                 summary="Jornada de prueba – Valeria Cárdenas-Holt",
                 location="Plataforma de formación Contact Meseta (remoto)",
                 organizer=("Jorge Alcántara", "jorge.alcantara@contactmeseta.example.es")),
    ),
    dict(
        kind="interview_invitation", scen="lumbre_workable_video", lang="es", id="lum_inv",
        refs=["lum_ack"], company="Lumbre Software",
        frm=("Irene Salvatierra via Workable", "lumbre-software@workablemail.com"),
        reply_to=("Irene Salvatierra", "irene.salvatierra@lumbre.example.es"),
        subject="Videoentrevista – Customer Success Lumbre", date="2026-03-20 11:00 +0100",
        text="""Hola Valeria,

¡Gracias por tu candidatura a Customer Success Manager en Lumbre Software!

Nos gustaría tener una videoentrevista contigo el miércoles 25 de marzo a las 16:00 (hora de Madrid), que son las 10:00 en Bogotá. Estaremos Pablo Rey, responsable del equipo, y yo. Durará unos 40 minutos.

Por favor, confirma tu asistencia con el botón de abajo o respondiendo a este correo. El enlace de la videollamada es:
https://meet.example.es/lumbre-cs-0325

¡Hasta pronto!
Irene Salvatierra
People Partner · Lumbre Software
""",
        html=ats_card("Lumbre Software", paras("""Hola Valeria,

¡Gracias por tu candidatura a Customer Success Manager en Lumbre Software!

Nos gustaría tener una videoentrevista contigo el miércoles 25 de marzo a las 16:00 (hora de Madrid), que son las 10:00 en Bogotá. Estaremos Pablo Rey, responsable del equipo, y yo. Durará unos 40 minutos.

Enlace de la videollamada: https://meet.example.es/lumbre-cs-0325

¡Hasta pronto!
Irene Salvatierra
People Partner · Lumbre Software"""), color="#ea580c",
            button=("Confirmar asistencia", "https://apply.workable.com/lumbre/confirm/0325"),
            footer="Enviado a través de Workable"),
    ),
    dict(
        kind="interview_invitation", scen="quetzal_dinamica_grupal", lang="es", id="que_assess",
        refs=["que_ack"], company="Quetzal Air",
        frm=("Reclutamiento Quetzal Air", "reclutamiento@quetzalair.example.mx"),
        subject="Invitación: centro de evaluación – Supervisora de Experiencia al Cliente",
        date="2026-05-18 09:00 -0600", subj_enc=U8B,
        text="""Estimada Valeria:

Nos da gusto invitarte a la siguiente etapa del proceso para Supervisora de Experiencia al Cliente (Aeropuerto Internacional de la Ciudad de México).

Centro de evaluación
Martes 26 de mayo de 2026, de 9:00 a 13:00 h
Centro de Capacitación Quetzal Air, Av. Capitán Carlos León s/n, Hangar 7, Col. Peñón de los Baños

El programa incluye una dinámica grupal, una simulación de contingencia (vuelo demorado con pasajeros en conexión) y una entrevista individual con la gerencia de Aeropuertos. Por motivos de seguridad, necesitamos tu nombre completo como aparece en tu pasaporte a más tardar el viernes.

Adjuntamos la invitación para tu calendario.

Atentamente,
Reclutamiento y Selección
Quetzal Air
""",
        ics=dict(method="REQUEST", uid="quetzal-ac-0526@quetzalair.example.mx", seq=0,
                 start="2026-05-26 09:00 -0600", minutes=240,
                 summary="Centro de evaluación Quetzal Air",
                 location="Centro de Capacitación Quetzal Air, Hangar 7, CDMX",
                 organizer=("Reclutamiento Quetzal Air", "reclutamiento@quetzalair.example.mx")),
    ),
    dict(
        kind="interview_invitation", scen="recaudo_rv_invitacion_teams", lang="es", id="rec_inv",
        company="Recaudo Móvil",
        frm=("Paola Guzmán", "paola.guzman@recaudomovil.example.co"),
        subject="RV: Entrevista técnica – Coordinadora de Soporte",
        date="2026-04-13 08:55 -0500",
        text="""Valeria, buenos días.

Te reenvío la invitación que mandó Mauricio para tu entrevista técnica del jueves. El enlace de Teams va abajo; te recomiendo conectarte cinco minutos antes porque a veces pide actualizar la aplicación.

Cualquier cosa me avisas.

Paola Guzmán
Auxiliar de Gestión Humana · Recaudo Móvil

""" + outlook("es", "Mauricio Lozano <mauricio.lozano@recaudomovil.example.co>",
              "2026-04-10 17:22", "Paola Guzmán <paola.guzman@recaudomovil.example.co>",
              "Entrevista técnica – Coordinadora de Soporte", """Pao, ¿me ayudas a enviarle esto a la candidata Valeria Cárdenas? No tengo su correo.

Entrevista técnica – Coordinadora de Soporte
Jueves 16 de abril, 3:00 p. m. – 4:00 p. m. (hora Colombia)
Reunión de Microsoft Teams: https://teams.example.co/l/meetup-join/recaudo-soporte-0416
ID de reunión: 318 555 014 7

Vamos a revisar un caso de escalamiento de fallas en el recaudo de peajes y cómo organizaría los turnos del equipo N1.

Gracias,
Mauricio Lozano
Gerente de Soporte al Cliente"""),
    ),
    # ================================================================ interview_invitation, en
    dict(
        kind="interview_invitation", scen="brightwave_phone_screen_via_greenhouse", lang="en",
        id="bw_screen", refs=["bw_ack"], company="Brightwave CX",
        frm=("Dana Whitfield via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Dana Whitfield", "dana.whitfield@brightwavecx.example.com"),
        subject="Brightwave CX – phone screen for CX Team Manager",
        date="2026-03-05 14:20 -0500",
        text="""Hi Valeria,

Thanks for applying to the CX Team Manager role at Brightwave CX. I'd love to set up a 30-minute phone screen to learn more about your background and walk you through the role.

Does Monday, March 9 at 10:00 AM Eastern work? I'll call you on the number from your application (+57 310 555 0147). If that time doesn't suit you, just reply here with a couple of alternatives.

Talk soon,
Dana Whitfield
Senior Talent Acquisition Partner
Brightwave CX | 8200 NW 41st St, Doral, FL
""",
        html=simple_html(paras("""Hi Valeria,

Thanks for applying to the CX Team Manager role at Brightwave CX. I'd love to set up a 30-minute phone screen to learn more about your background and walk you through the role.

Does Monday, March 9 at 10:00 AM Eastern work? I'll call you on the number from your application (+57 310 555 0147). If that time doesn't suit you, just reply here with a couple of alternatives.

Talk soon,
Dana Whitfield
Senior Talent Acquisition Partner
Brightwave CX | 8200 NW 41st St, Doral, FL"""), "en"),
    ),
    dict(
        kind="interview_invitation", scen="palmetto_assessment_day_ics", lang="en",
        id="pal_trial", refs=["pal_app"], company="Palmetto Air",
        frm=("Palmetto Air Talent Acquisition", "talent@palmettoair.example.com"),
        reply_to=("Renee Alvarez", "renee.alvarez@palmettoair.example.com"),
        contact="renee.alvarez@palmettoair.example.com",
        subject="Invitation: Assessment Day – Customer Experience Supervisor (MIA)",
        date="2026-06-03 10:00 -0400",
        text="""Dear Valeria,

Thank you for your application for Customer Experience Supervisor at Miami International (Req. 4471). We are pleased to invite you to our Assessment Day.

Date: Wednesday, June 10, 2026
Time: 8:30 AM - 3:30 PM (Eastern)
Location: Palmetto Air Training Center, 4200 NW 36th St, Building 5, Miami, FL

The day includes a group problem-solving exercise, a customer-recovery role play at a mock gate, a tour of the operation and a panel interview with the Airport Customer Experience leadership team. Lunch is provided.

Please bring a government-issued photo ID; you will be escorted airside and cannot be admitted without it. Business casual attire and closed-toe shoes, please.

Kindly accept the attached calendar invitation to confirm your place.

Best regards,
Renee Alvarez
Talent Acquisition Specialist, Airports
Palmetto Air
""",
        ics=dict(method="REQUEST", uid="pal-ad-4471-0610@palmettoair.example.com", seq=0,
                 start="2026-06-10 08:30 -0400", minutes=420,
                 summary="Palmetto Air Assessment Day – CX Supervisor (MIA)",
                 location="Palmetto Air Training Center, 4200 NW 36th St, Bldg 5, Miami FL",
                 organizer=("Renee Alvarez", "renee.alvarez@palmettoair.example.com")),
    ),
    dict(
        kind="interview_invitation", scen="harborline_lever_zoom", lang="en", id="har_inv",
        refs=["har_ack"], company="Harborline",
        frm=("Harborline", "no-reply@hire.lever.co"),
        reply_to=("Kayla Brooks", "kayla.brooks@harborline.example.com"),
        subject="Interview with Harborline – Customer Success Manager",
        date="2026-05-18 13:00 -0400", headers=AUTO,
        text="""Hi Valeria,

Your interview with Harborline has been scheduled.

Role: Customer Success Manager (Miami, hybrid)
When: Thursday, May 21, 2026, 11:00 AM - 11:45 AM EDT
Where: Zoom - https://zoom.example.com/j/8812047713
Interviewer: Kayla Brooks, Recruiter; Devon Hart, Director of Customer Success

A calendar invitation is attached. If you need to make changes, reply to this email and Kayla will help.

Good luck!
The Harborline Recruiting Team
""",
        ics=dict(method="REQUEST", uid="lever-int-8812047713@hire.lever.co", seq=0,
                 start="2026-05-21 11:00 -0400", minutes=45,
                 summary="Harborline interview: Valeria Cárdenas-Holt",
                 location="https://zoom.example.com/j/8812047713",
                 organizer=("Kayla Brooks", "kayla.brooks@harborline.example.com"),
                 prodid="-//Lever//Interview Scheduler//EN"),
    ),
    dict(
        kind="interview_invitation", scen="loopdesk_free_thursday", lang="en", id="loo_inv",
        refs=["loo_ack"], company="Loopdesk",
        frm=("Jonas Becker", "jonas@loopdesk.example.de"),
        subject="quick chat?", date="2026-09-08 18:22 +0200",
        text="""Hey Valeria,

Jonas here, I lead Support & Success at Loopdesk. Your application for Support Lead landed on my desk and I liked the way you wrote about coaching agents rather than policing them.

Are you free Thursday to chat? Something like 5pm Berlin / 10am Bogotá, 30 min on video, very informal. If Thursday's bad, Friday morning your time works too.

Cheers,
Jonas

--
Jonas Becker · Head of Support & Success
Loopdesk · Linienstraße 71 · 10119 Berlin
""",
    ),
    dict(
        kind="interview_invitation", scen="coral_search_sets_up_keylime", lang="en",
        id="cor_setup", refs=["cor_ack"], company="Keylime Telecom",
        frm=("Jenna Morales", "jenna@coralsearch.example.com"),
        subject="Keylime Telecom – interview Monday 7/20 at 2pm",
        date="2026-07-14 11:45 -0400",
        text="""Hi Valeria,

Great news: Keylime Telecom would like to meet you for the Director of Customer Care role we discussed.

First round: Monday, July 20, 2:00 PM Eastern (1:00 PM in Bogotá)
Format: Zoom, 45 minutes - https://zoom.example.com/j/5510277
With: Brian Cho, VP Customer Care

Brian will focus on how you've handled churn in a subscription business and how you'd structure a team across Miami and a nearshore site. Let me know if you'd like a quick prep call on Friday.

Please confirm and I'll let them know.

Best,
Jenna Morales
Principal, Coral Search Partners
1450 Brickell Ave, Suite 1900, Miami, FL 33131
(305) 555-0147
""",
    ),
    dict(
        kind="interview_invitation", scen="sunpath_workday_panel", lang="en", id="sun_panel",
        company="Sunpath Global", contact="",
        frm=("Sunpath Global Recruiting", "sunpathglobal@myworkday.com"),
        subject="Interview Scheduled: Operations Manager – Customer Care (R-20417)",
        date="2026-06-22 09:00 -0400", headers=AUTO, subj_enc=U8Q,
        text="""Hello Valeria,

Your panel interview for Operations Manager - Customer Care (R-20417) has been scheduled.

Date: Friday, June 26, 2026
Time: 1:00 PM - 2:30 PM Eastern Time
Location: Microsoft Teams (link in the calendar invitation)
Panel: Tasha Green (Talent Acquisition), Luis Ferrer (Senior Director, Care Operations), Amy Chen (Workforce Management)

You can view or update your candidate profile at any time in the Sunpath Global Careers portal.

This is an automated message. Please do not reply.
""",
        html=ats_card("Sunpath Global Careers", paras("""Hello Valeria,

Your panel interview for Operations Manager - Customer Care (R-20417) has been scheduled.

Date: Friday, June 26, 2026
Time: 1:00 PM - 2:30 PM Eastern Time
Location: Microsoft Teams (link in the calendar invitation)
Panel: Tasha Green (Talent Acquisition), Luis Ferrer (Senior Director, Care Operations), Amy Chen (Workforce Management)"""),
            color="#ca8a04", lang="en",
            button=("Candidate Home", "https://sunpathglobal.wd1.myworkdayjobs.com/candidate"),
            footer="This is an automated message. Please do not reply."),
        ics=dict(method="REQUEST", uid="wd-int-R20417-0626@sunpathglobal", seq=0,
                 start="2026-06-26 13:00 -0400", minutes=90,
                 summary="Panel Interview – Operations Manager, Customer Care",
                 location="Microsoft Teams",
                 organizer=("Tasha Green", "tasha.green@sunpathglobal.example.com"),
                 prodid="-//Workday//Recruiting//EN"),
    ),
    # ================================================================ interview_invitation, fr
    dict(
        kind="interview_invitation", scen="soierie_entretien_visio", lang="fr", id="soi_inv",
        refs=["soi_ack"], company="Soierie Services",
        frm=("Amandine Roux", "amandine.roux@soierie.example.fr"),
        subject="Entretien – Responsable relation client (Soierie Services)",
        date="2026-05-12 10:15 +0200", text=SOI_INV,
        html=simple_html(paras(SOI_INV), "fr"),
    ),
    dict(
        kind="interview_invitation", scen="ciel_lyonnais_convocation_ics", lang="fr",
        id="ciel_inv", company="Ciel Lyonnais",
        frm=("Hélène Morel", "helene.morel@ciellyonnais.example.fr"),
        subject="Convocation à un entretien : Responsable relation client",
        date="2026-08-04 09:30 +0200", subj_enc=L1B, name_enc=L1B,
        charset="iso-8859-1", cte="base64",
        text="""Madame,

Nous avons bien reçu votre candidature pour le poste de Responsable relation client basé à l'aéroport Lyon Saint-Exupéry et vous en remercions.

Nous souhaiterions vous rencontrer lors d'un entretien en visioconférence le mercredi 12 août 2026 à 17h00 (heure de Paris), en présence de Monsieur Olivier Garnier, directeur de l'expérience passagers.

Vous trouverez ci-joint l'invitation correspondante. En cas d'empêchement, merci de nous prévenir au plus tôt afin que nous puissions convenir d'un autre créneau.

Dans l'attente de vous rencontrer, nous vous prions d'agréer, Madame, nos salutations distinguées.

Hélène Morel
Responsable recrutement
Ciel Lyonnais
""",
        ics=dict(method="REQUEST", uid="ciel-rrc-0812@ciellyonnais.example.fr", seq=0,
                 start="2026-08-12 17:00 +0200", minutes=60,
                 summary="Entretien – Responsable relation client (V. Cárdenas-Holt)",
                 location="Visioconférence Teams",
                 organizer=("Hélène Morel", "helene.morel@ciellyonnais.example.fr")),
    ),
    dict(
        kind="interview_invitation", scen="interim_saone_entretien_client", lang="fr",
        id="isa_setup", company="Fourvière Logiciels",
        frm=("Mehdi Benali", "mehdi.benali@interimsaone.example.fr"),
        subject="Entretien client – Fourvière Logiciels (CDI Customer Success)",
        date="2026-09-01 14:40 +0200",
        text="""Bonjour Valeria,

Comme convenu au téléphone, j'ai présenté votre profil à notre client Fourvière Logiciels pour le CDI de Customer Success Manager (marché hispanophone). Ils souhaitent vous rencontrer !

Entretien : mardi 8 septembre à 16h00 (heure de Paris), en visio
Avec : Claire Dumas, responsable du support, et Yann Leclerc, directeur commercial
Lien : https://visio.example.fr/fourviere-csm

Prévoyez une petite présentation de vous en cinq minutes, puis des questions sur la gestion d'un portefeuille de clients PME. Je vous appelle lundi pour un point de préparation.

À bientôt,
Mehdi Benali
Consultant recrutement – Intérim Saône
27 rue de la République, 69002 Lyon
06 55 01 47 22
""",
    ),
    # ================================================================ interview_invitation, de
    dict(
        kind="interview_invitation", scen="spreewerk_einladung_ics", lang="de", id="spr_inv",
        refs=["spr_ack"], company="Spreewerk Software",
        frm=("Lena Hoffmann", "lena.hoffmann@spreewerk.example.de"),
        subject="Einladung zum Vorstellungsgespräch – Customer Success Manager (m/w/d)",
        date="2026-04-14 11:00 +0200", text=SPR_INV, subj_enc=U8B,
        ics=dict(method="REQUEST", uid="spr-int-4471@spreewerk.example.de", seq=0,
                 start="2026-04-21 16:00 +0200", minutes=60,
                 summary="Vorstellungsgespräch Customer Success Manager – Cárdenas-Holt",
                 location="Microsoft Teams-Besprechung",
                 organizer=("Lena Hoffmann", "lena.hoffmann@spreewerk.example.de"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    ),
    dict(
        kind="interview_invitation", scen="kranich_einladung_outlook", lang="de", id="kra_inv",
        refs=["kra_ack"], company="Kranich Telekom",
        frm=("Katrin Vogel", "katrin.vogel@kranich-telekom.example.de"),
        subject="Ihr Vorstellungsgespräch am 11. Juni", date="2026-06-08 10:20 +0200",
        subj_enc=L1Q, text=KRA_INV + "\n" + KRANICH_FOOTER + "\n",
        html=outlook_html(mso(KRA_INV) + "\n" + mso(KRANICH_FOOTER), "DE"),
    ),
    dict(
        kind="interview_invitation", scen="zahlhaus_kennenlernen", lang="de", id="zah_inv",
        company="Zahlhaus",
        frm=("Miriam Schulte", "miriam.schulte@zahlhaus.example.de"),
        subject="Kennenlernen bei Zahlhaus – Terminvorschlag", date="2026-08-03 13:10 +0200",
        text=ZAH_INV,
        ics=dict(method="REQUEST", uid="zh-cs-latam-0806@zahlhaus.example.de", seq=0,
                 start="2026-08-06 16:30 +0200", minutes=45,
                 summary="Kennenlernen Zahlhaus – Valeria Cárdenas-Holt",
                 location="https://meet.example.de/zahlhaus-csm",
                 organizer=("Miriam Schulte", "miriam.schulte@zahlhaus.example.de"),
                 as_file=True, filename="einladung.ics"),
    ),
    # ================================================================ reschedule / cancel, es
    dict(
        kind="interview_reschedule_or_cancel", scen="nubeflow_nuevo_horario_seq1", lang="es",
        id="nub_move", refs=["nub_ack", "nub_inv"], company="Nubeflow",
        frm=("Manuela Restrepo", "manuela.restrepo@nubeflow.example.co"),
        subject="Actualización: Entrevista con Nubeflow – nuevo horario",
        date="2026-02-04 09:10 -0500",
        text="""Hola de nuevo, Valeria:

Te pido mil disculpas, pero a Andrés le salió una visita a un cliente en Cali el lunes. Movimos la entrevista al martes 10 de febrero a las 4:00 p. m., mismo enlace de Meet. Ya actualicé la invitación de calendario.

Si el nuevo horario no te funciona, me dices y lo cuadramos.

Manuela

""" + reply("es", "2026-02-02 11:20", "Manuela Restrepo",
            "manuela.restrepo@nubeflow.example.co", NUB_INV),
        ics=dict(method="REQUEST", uid="nbf-cs-2291@nubeflow.example.co", seq=1,
                 start="2026-02-10 16:00 -0500", minutes=60,
                 summary="Entrevista Nubeflow · Valeria Cárdenas-Holt (nuevo horario)",
                 location="https://meet.example.co/nbf-cs-2291",
                 organizer=("Manuela Restrepo", "manuela.restrepo@nubeflow.example.co"),
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="andina_pasamos_al_martes", lang="es",
        id="and_move", refs=["and_inv", "and_req"], company="Andina Pagos",
        frm=("Camilo Rojas", "camilo.rojas@andinapagos.example.co"),
        subject="Re: Agenda tu entrevista con Andina Pagos", date="2026-04-06 10:30 -0500",
        text="""Hola Valeria,

Listo, sin problema. Quedó para el martes 14 de abril a las 5:00 p. m. por Google Meet; la invitación anterior queda sin efecto y ahorita te llega la nueva desde Lever. Serán Juliana Ospina, gerente de Customer Success, y yo.

Saludos,
Camilo

""" + reply("es", "2026-04-02 08:47", CAND_NAME, CAND_ADDR, ANDINA_REQUEST),
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="cobalto_entrevistadora_baja", lang="es",
        id="cob_ill", refs=["cob_ack", "cob_inv"], company="Cobalto Pagos",
        frm=("Lorena Vidal", "lorena.vidal@cobaltopagos.example.es"),
        subject="Cambio de fecha: entrevista con el panel (Cobalto Pagos)",
        date="2026-07-13 09:05 +0200",
        text="""Hola, Valeria:

Te escribo para cambiar la entrevista del miércoles. Sofía Nieto está de baja por enfermedad esta semana y preferimos que esté en el panel, porque trabajaría muy de cerca contigo.

La pasamos al viernes 17 de julio, a la misma hora: de 17:00 a 18:15 en España (10:00 en Bogotá). Te adjunto la invitación actualizada; en tu calendario debería sustituir a la anterior.

Perdona las molestias y gracias por la flexibilidad.

Lorena

""" + COBALTO_DISCLAIMER + "\n",
        ics=dict(method="REQUEST", uid="cob-panel-7713@cobaltopagos.example.es", seq=1,
                 start="2026-07-17 17:00 +0200", minutes=75,
                 summary="Entrevista panel – Valeria Cárdenas-Holt (Customer Success)",
                 location="Microsoft Teams: https://teams.example.es/l/cobalto-panel-7713",
                 organizer=("Lorena Vidal", "lorena.vidal@cobaltopagos.example.es"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 as_file=True, filename="entrevista-panel.ics"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="jacaranda_cambio_jueves_cadena", lang="es",
        id="jac_moved", refs=["jac_ack", "jac_final"], company="Finanzas Jacaranda",
        frm=("Fernanda Ugalde", "fernanda.ugalde@finanzasjacaranda.example.mx"),
        subject="RE: Entrevista final – Gerente de Customer Success",
        date="2026-06-17 16:40 -0600",
        text=JAC_MOVED + "\n" + outlook(
            "es", f"{CAND_NAME} <{CAND_ADDR}>", "2026-06-15 13:02",
            "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "RE: Entrevista final – Gerente de Customer Success", JAC_CONFIRM) + "\n\n" + outlook(
            "es", "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "2026-06-15 10:30", f"{CAND_NAME} <{CAND_ADDR}>",
            "Entrevista final – Gerente de Customer Success", JAC_FINAL) + "\n",
        html=outlook_html(mso(JAC_MOVED), "ES-MX", outlook_quote_html(
            "es", f"{CAND_NAME} <{CAND_ADDR}>", "2026-06-15 13:02",
            "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "RE: Entrevista final – Gerente de Customer Success", JAC_CONFIRM) + outlook_quote_html(
            "es", "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "2026-06-15 10:30", f"{CAND_NAME} <{CAND_ADDR}>",
            "Entrevista final – Gerente de Customer Success", JAC_FINAL)),
        headers=[("Thread-Topic", "Entrevista final")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="quetzal_cancela_dinamica_ics", lang="es",
        id="que_cancel", refs=["que_ack", "que_assess"], company="Quetzal Air",
        frm=("Reclutamiento Quetzal Air", "reclutamiento@quetzalair.example.mx"),
        subject="Cancelado: centro de evaluación del 26 de mayo", date="2026-05-21 18:30 -0600",
        text="""Estimada Valeria:

Por una contingencia operativa (una auditoría de la autoridad aeronáutica que ocupará nuestro centro de capacitación toda la próxima semana), nos vemos obligados a cancelar el centro de evaluación del martes 26 de mayo.

Tu candidatura sigue activa y eres parte del grupo finalista. En cuanto tengamos nueva fecha te escribiremos para reagendar; calculamos que será durante la primera quincena de junio.

Lamentamos el inconveniente.

Reclutamiento y Selección
Quetzal Air
""",
        ics=dict(method="CANCEL", uid="quetzal-ac-0526@quetzalair.example.mx", seq=1,
                 start="2026-05-26 09:00 -0600", minutes=240,
                 summary="Cancelado: Centro de evaluación Quetzal Air",
                 location="Centro de Capacitación Quetzal Air, Hangar 7, CDMX",
                 organizer=("Reclutamiento Quetzal Air", "reclutamiento@quetzalair.example.mx")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="tlaloc_la_movemos_al_viernes", lang="es",
        id="tla_move", refs=["tla_screen"], company="Tlaloc Cloud",
        frm=("Ximena Olvera", "ximena.olvera@tlaloccloud.example.mx"),
        subject="Re: Llamada inicial – Customer Success Manager", date="2026-04-08 08:02 -0600",
        text="""Valeria, ¡perdón por avisarte tan encima! Me acaban de meter a un comité de contratación justo a las 10:00 y no lo puedo mover.

¿La movemos al viernes 10 a las 9:30 (hora CDMX)? Si no te queda, el lunes 13 tengo toda la tarde libre.

Mil disculpas,
Ximena

""" + reply("es", "2026-04-06 19:40", CAND_NAME, CAND_ADDR, """¡Hola, Ximena!

Gracias por escribirme. El miércoles 8 a las 10:00 (hora CDMX) me queda perfecto; para mí serán las 11:00 en Bogotá.

Quedo atenta a la liga.

Valeria

""" + reply("es", "2026-04-06 12:15", "Ximena Olvera", "ximena.olvera@tlaloccloud.example.mx",
            """¿Te late una llamada de 30 minutos esta semana para conocernos? Te propongo dos opciones (hora CDMX):
- miércoles 8 de abril, 10:00
- jueves 9 de abril, 17:00""")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="puentes_aplazamiento_movilizacion",
        lang="es", id="pue_cancel", refs=["pue_app", "pue_inv"],
        company="Fundación Puentes de Paz",
        frm=("Gloria Inés Patiño", "gloria.patino@puentesdepaz.example.org"),
        subject="Aplazamiento de la entrevista del miércoles 4 de febrero",
        date="2026-02-03 19:05 -0500", cte="base64", name_enc=U8B,
        text="""Estimada Valeria:

Lamentamos avisarle con tan poca anticipación que la entrevista prevista para mañana miércoles 4 de febrero queda aplazada. Por la movilización convocada en el centro de la ciudad, la sede de Teusaquillo permanecerá cerrada y varias de las personas del panel no podrán desplazarse.

Su proceso continúa. Le escribiremos en los próximos días para acordar una nueva fecha, que probablemente será la semana del 9 de febrero.

Gracias por su comprensión.

Gloria Inés Patiño
Coordinadora de Talento Humano
Fundación Puentes de Paz
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="meseta_nuevo_horario_seq1", lang="es",
        id="mes_update", refs=["mes_ack", "mes_trial"], company="Contact Meseta",
        frm=("Jorge Alcántara", "jorge.alcantara@contactmeseta.example.es"),
        subject="Actualizado: Jornada de prueba – Contact Meseta (nuevo horario)",
        date="2026-02-18 11:00 +0100", subj_enc=W1Q, charset="iso-8859-1", cte="8bit",
        text="""Hola Valeria:

Un pequeño cambio: el cliente de seguros ha movido su formación de producto al lunes por la tarde, así que adelantamos tu jornada de prueba del lunes 23 a las 14:00 hora de Madrid (8:00 en Bogotá) hasta las 18:00. La duración y el contenido no cambian.

Te llega la invitación actualizada. Perdona el madrugón.

Jorge
""",
        ics=dict(method="REQUEST", uid="meseta-prueba-0223@contactmeseta.example.es", seq=1,
                 start="2026-02-23 14:00 +0100", minutes=240,
                 summary="Jornada de prueba – Valeria Cárdenas-Holt (nuevo horario)",
                 location="Plataforma de formación Contact Meseta (remoto)",
                 organizer=("Jorge Alcántara", "jorge.alcantara@contactmeseta.example.es")),
    ),
    # ================================================================ reschedule / cancel, en
    dict(
        kind="interview_reschedule_or_cancel", scen="brightwave_new_slot_after_miss",
        lang="en", id="bw_newslot", refs=["bw_screen", "bw_missed", "bw_sorry"],
        company="Brightwave CX",
        frm=("Dana Whitfield", "dana.whitfield@brightwavecx.example.com"),
        subject="Re: We missed you this morning", date="2026-03-10 09:15 -0400",
        text="""Hi Valeria,

No harm done, these things happen, and thanks for letting me know so quickly. Let's try again: Thursday, March 12 at 2:30 PM Eastern (1:30 PM for you). Since we lost the screen, I've asked Greg Lindqvist, who runs our onboarding pod, to join, so plan on 45 minutes instead of 30.

I'll call the new number, +57 310 555 0147. Reply to confirm and we're set.

Dana

""" + reply("en", "2026-03-09 11:34", CAND_NAME, CAND_ADDR, BRIGHTWAVE_SORRY),
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="harborline_canceled_ics", lang="en",
        id="har_cancel", refs=["har_ack", "har_inv"], company="Harborline",
        frm=("Harborline", "no-reply@hire.lever.co"),
        reply_to=("Kayla Brooks", "kayla.brooks@harborline.example.com"),
        subject="Canceled: Interview with Harborline – Customer Success Manager",
        date="2026-05-20 16:45 -0400", headers=AUTO,
        text="""Hi Valeria,

Your interview with Harborline on Thursday, May 21, 2026 at 11:00 AM EDT has been canceled.

Kayla will be in touch with you directly about next steps. If you have any questions in the meantime, reply to this email.

The Harborline Recruiting Team
""",
        ics=dict(method="CANCEL", uid="lever-int-8812047713@hire.lever.co", seq=1,
                 start="2026-05-21 11:00 -0400", minutes=45,
                 summary="Canceled: Harborline interview: Valeria Cárdenas-Holt",
                 location="https://zoom.example.com/j/8812047713",
                 organizer=("Kayla Brooks", "kayla.brooks@harborline.example.com"),
                 prodid="-//Lever//Interview Scheduler//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="palmetto_updated_time_seq1", lang="en",
        id="pal_update", refs=["pal_app", "pal_trial"], company="Palmetto Air",
        frm=("Renee Alvarez", "renee.alvarez@palmettoair.example.com"),
        subject="Updated invitation: Assessment Day – Customer Experience Supervisor (MIA)",
        date="2026-06-05 11:20 -0400",
        text="""Hi Valeria,

Quick update on next Wednesday: because of a recurrent-training block at the Training Center, the Assessment Day now starts at 12:00 PM and runs until 6:00 PM, and we'll meet at the Concourse D training room instead (landside, near gate D1; take the elevator by the Palmetto ticket counters to level 3).

Everything else stays the same. The updated invitation is attached and should replace the earlier one in your calendar.

Thanks for your flexibility,
Renee Alvarez
Talent Acquisition Specialist, Airports | Palmetto Air
""",
        html=simple_html(paras("""Hi Valeria,

Quick update on next Wednesday: because of a recurrent-training block at the Training Center, the Assessment Day now starts at 12:00 PM and runs until 6:00 PM, and we'll meet at the Concourse D training room instead (landside, near gate D1; take the elevator by the Palmetto ticket counters to level 3).

Everything else stays the same. The updated invitation is attached and should replace the earlier one in your calendar.

Thanks for your flexibility,
Renee Alvarez
Talent Acquisition Specialist, Airports | Palmetto Air"""), "en"),
        ics=dict(method="REQUEST", uid="pal-ad-4471-0610@palmettoair.example.com", seq=1,
                 start="2026-06-10 12:00 -0400", minutes=360,
                 summary="Palmetto Air Assessment Day – CX Supervisor (MIA) [updated]",
                 location="Concourse D training room, level 3, Miami International Airport",
                 organizer=("Renee Alvarez", "renee.alvarez@palmettoair.example.com")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="sunpath_panel_postponed_flu", lang="en",
        id="sun_post", refs=["sun_panel"], company="Sunpath Global",
        frm=("Tasha Green", "tasha.green@sunpathglobal.example.com"),
        subject="Postponing Friday's panel – Operations Manager, Customer Care",
        date="2026-06-24 17:50 -0400",
        text="""Hi Valeria,

I'm sorry to do this on short notice: Luis came down with the flu and is out for the rest of the week, so we need to postpone Friday's panel. You'll get an automated cancellation from Workday shortly; please ignore the wording, your candidacy is very much active.

I'll send you new options early next week once I have his calendar back.

Thanks for understanding,
Tasha Green
Talent Acquisition Lead | Sunpath Global
2 S Biscayne Blvd, Miami, FL 33131
""",
    ),
    # ================================================================ reschedule / cancel, fr
    dict(
        kind="interview_reschedule_or_cancel", scen="soierie_report_entretien", lang="fr",
        id="soi_report", refs=["soi_ack", "soi_inv"], company="Soierie Services",
        frm=("Julien Bertrand", "julien.bertrand@soierie.example.fr"),
        subject="Report de votre entretien – Soierie Services", date="2026-05-14 09:40 +0200",
        charset="windows-1252", cte="quoted-printable",
        text="""Bonjour Madame Cárdenas-Holt,

Je prends le relais d’Amandine Roux, absente cette semaine.

Madame Perrin étant retenue par un audit client cet après-midi, nous sommes contraints de reporter votre entretien prévu aujourd’hui à 16h00. Je vous propose le mardi 19 mai à la même heure (16h00, heure de Paris), toujours sur Teams.

Pourriez-vous me confirmer que ce nouveau créneau vous convient ? Toutes nos excuses pour ce changement tardif.

Cordialement,
Julien Bertrand
Chargé de recrutement – Soierie Services
8 rue de Marseille, 69007 Lyon

""" + reply("fr", "2026-05-12 10:15", "Amandine Roux", "amandine.roux@soierie.example.fr",
            SOI_INV),
    ),
    # ================================================================ reschedule / cancel, de
    dict(
        kind="interview_reschedule_or_cancel", scen="spreewerk_abgesagt_krank_ics", lang="de",
        id="spr_cancel", refs=["spr_ack", "spr_inv"], company="Spreewerk Software",
        frm=("Lena Hoffmann", "lena.hoffmann@spreewerk.example.de"),
        subject="Abgesagt: Vorstellungsgespräch Customer Success Manager (m/w/d)",
        date="2026-04-20 08:15 +0200", subj_enc=L1B,
        text="""Sehr geehrte Frau Cárdenas-Holt,

leider muss ich unser Gespräch morgen absagen: Herr Wendt ist kurzfristig erkrankt. Die Kalendereinladung wird hiermit storniert.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald Herr Wendt wieder im Haus ist, schlage ich Ihnen einen neuen Termin vor.

Ich bitte um Ihr Verständnis.

Beste Grüße
Lena Hoffmann
Talent Acquisition | Spreewerk Software

""" + reply("de", "2026-04-14 11:00", "Lena Hoffmann", "lena.hoffmann@spreewerk.example.de",
            SPR_INV),
        ics=dict(method="CANCEL", uid="spr-int-4471@spreewerk.example.de", seq=1,
                 start="2026-04-21 16:00 +0200", minutes=60,
                 summary="Abgesagt: Vorstellungsgespräch Customer Success Manager",
                 location="Microsoft Teams-Besprechung",
                 organizer=("Lena Hoffmann", "lena.hoffmann@spreewerk.example.de"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", scen="zahlhaus_verschieben_freitag", lang="de",
        id="zah_move", refs=["zah_inv"], company="Zahlhaus",
        frm=("Miriam Schulte", "miriam.schulte@zahlhaus.example.de"),
        subject="AW: Kennenlernen bei Zahlhaus – Terminvorschlag", date="2026-08-05 09:30 +0200",
        text="""Hallo Frau Cárdenas-Holt,

danke für Ihre schnelle Zusage! Leider hat sich bei Philipp ein Board-Termin auf Donnerstagnachmittag gelegt. Könnten wir unser Kennenlernen auf Freitag, 7. August, 11:00 Uhr (Berlin) verschieben? Das wäre bei Ihnen 4:00 Uhr morgens, daher alternativ auch 17:00 Uhr Berliner Zeit (10:00 Uhr in Bogotá), ganz wie es Ihnen lieber ist.

Ich habe die Einladung vorsorglich auf Freitag, 17:00 Uhr, aktualisiert.

Viele Grüße
Miriam Schulte

""" + reply("de", "2026-08-03 21:04", CAND_NAME, CAND_ADDR, ZAH_ACCEPT + "\n" + reply(
            "de", "2026-08-03 13:10", "Miriam Schulte", "miriam.schulte@zahlhaus.example.de",
            ZAH_INV)),
        ics=dict(method="REQUEST", uid="zh-cs-latam-0806@zahlhaus.example.de", seq=1,
                 start="2026-08-07 17:00 +0200", minutes=45,
                 summary="Kennenlernen Zahlhaus – Valeria Cárdenas-Holt (verschoben)",
                 location="https://meet.example.de/zahlhaus-csm",
                 organizer=("Miriam Schulte", "miriam.schulte@zahlhaus.example.de")),
    ),
    # ================================================================ missed_interview_notice, es
    dict(
        kind="missed_interview_notice", scen="ocelote_mariana_espero_teams", lang="es",
        id="oce_missed", refs=["oce_cold", "oce_setup"], company="Voxia",
        frm=("Rodrigo Báez", "rodrigo.baez@ocelote.example.mx"),
        subject="¿Todo bien? Mariana te esperó en Teams", date="2026-03-05 12:05 -0600",
        name_enc=U8B,
        text="""Hola Valeria:

Me acaba de marcar Mariana Cisneros, de Voxia. Te estuvo esperando en la reunión de Teams de las 11:00 casi 20 minutos y no te conectaste. Tampoco le entró ningún mensaje tuyo.

Espero que estés bien y que haya sido algo de conexión. Avísame en cuanto puedas qué pasó para ver si logro rescatar la entrevista; Mariana tiene la agenda muy llena, pero si le explico con tiempo quizá nos da otro espacio la próxima semana.

Saludos,
Rodrigo

""" + OCELOTE_DISCLAIMER + "\n",
    ),
    dict(
        kind="missed_interview_notice", scen="sintegra_te_llamamos_dos_veces", lang="es",
        id="sin_missed", refs=["sin_inv"], company="Sintegra",
        frm=("Esteban Gallego", "esteban.gallego@sintegra.example.co"),
        subject="Re: ¿Hablamos el jueves?", date="2026-02-12 10:40 -0500", cte="base64",
        text="""Valeria, buenos días.

Te llamé dos veces a las 10:00, como quedamos, y otra vez a las 10:15, pero no contestaste y la llamada se fue a buzón.

No te preocupes, entiendo que a veces se complica el día. Si sigues interesada en la vacante, respóndeme por aquí y me cuentas a qué hora te puedo encontrar; esta semana tengo espacio hasta el viernes.

Esteban

""" + reply("es", "2026-02-09 20:03", CAND_NAME, CAND_ADDR, """¡Hola Esteban! Claro que sí, el jueves a las 10:00 me sirve. Quedo pendiente de tu llamada.

Valeria"""),
    ),
    dict(
        kind="missed_interview_notice", scen="recaudo_esperamos_en_teams", lang="es",
        id="rec_missed", refs=["rec_inv"], company="Recaudo Móvil",
        frm=("Mauricio Lozano", "mauricio.lozano@recaudomovil.example.co"),
        cc=[("Paola Guzmán", "paola.guzman@recaudomovil.example.co")],
        subject="Entrevista de hoy – no logramos conectarnos", date="2026-04-16 15:35 -0500",
        text="""Buenas tardes, Valeria.

Te esperamos en la sala de Teams desde las 3:00 p. m. durante unos 15 minutos, con Andrea de operaciones, pero no te vimos conectada. Paola también intentó llamarte al celular sin éxito.

Si tuviste algún inconveniente, cuéntanos. Por ahora dejamos la entrevista sin reprogramar hasta saber de ti.

Saludos,
Mauricio Lozano
Gerente de Soporte al Cliente · Recaudo Móvil
Av. Calle 26 # 69-76, torre 2, Bogotá
""",
        html=outlook_html(mso("""Buenas tardes, Valeria.

Te esperamos en la sala de Teams desde las 3:00 p. m. durante unos 15 minutos, con Andrea de operaciones, pero no te vimos conectada. Paola también intentó llamarte al celular sin éxito.

Si tuviste algún inconveniente, cuéntanos. Por ahora dejamos la entrevista sin reprogramar hasta saber de ti.

Saludos,
Mauricio Lozano
Gerente de Soporte al Cliente · Recaudo Móvil
Av. Calle 26 # 69-76, torre 2, Bogotá""")),
    ),
    dict(
        kind="missed_interview_notice", scen="lumbre_no_coincidimos", lang="es",
        id="lum_missed", refs=["lum_ack", "lum_inv"], company="Lumbre Software",
        frm=("Irene Salvatierra", "irene.salvatierra@lumbre.example.es"),
        subject="Hoy no hemos coincidido en la videollamada", date="2026-03-25 16:40 +0100",
        text="""Hola Valeria:

Pablo y yo te hemos estado esperando en la videollamada de las 16:00 (hora de Madrid), pero no te has conectado. Te hemos escrito también por el chat de la sala por si tenías problemas con el audio.

Entiendo que puede haber habido un lío con el cambio de hora o con el enlace. Si es así, escríbeme y vemos si encontramos otro hueco, aunque esta semana lo tenemos bastante complicado.

Un saludo,
Irene Salvatierra
People Partner · Lumbre Software
Calle de Santa Engracia 120, 28003 Madrid
""",
    ),
    dict(
        kind="missed_interview_notice", scen="temporales_ya_inasistencia_cliente", lang="es",
        id="tya_missed", refs=["tya_reg"], company="Temporales Ya",
        frm=("Yeimy Castaño", "yeimy.castano@temporalesya.example.co"),
        subject="Inasistencia a entrevista con cliente – hoy 2:00 p. m.",
        date="2026-01-22 16:20 -0500", charset="windows-1252", cte="quoted-printable",
        subj_enc=W1Q,
        text="""Hola Valeria:

El cliente nos informa que no te presentaste a la entrevista de hoy a las 2:00 p. m. en su sede de la calle 93. Te estuvimos llamando entre 2:10 y 2:40 y el celular aparecía apagado.

Te recordamos que, según nuestras políticas, una inasistencia sin aviso previo puede afectar la prioridad de tu hoja de vida en futuras vacantes. Si hubo una calamidad o un inconveniente de fuerza mayor, por favor cuéntanos hoy mismo para dejar la novedad registrada.

Quedamos atentos.

Yeimy Castaño
Analista de Selección – Temporales Ya
Cra. 15 # 93-60, local 2 · Bogotá
Tel. (601) 555 0110 · WhatsApp 318 555 0112
""",
    ),
    dict(
        kind="missed_interview_notice", scen="billetera_verde_no_contesta", lang="es",
        id="bil_missed", refs=["bil_ack"], company="Billetera Verde",
        frm=("Santiago Mejía", "santiago.mejia@billeteraverde.example.co"),
        subject="No pudimos comunicarnos contigo", date="2026-02-11 12:10 -0500",
        text="""Hola Valeria,

Intentamos llamarte hoy a las 11:30, a la hora que agendaste para la entrevista telefónica de Account Manager Pymes, pero el número que registraste en tu postulación nos salía apagado. Volvimos a intentar a las 11:45, sin suerte.

¿Nos confirmas si tu número cambió? Si aún te interesa el proceso, puedes volver a agendar en el mismo enlace que te enviamos.

Saludos,
Santiago Mejía
Talent Acquisition · Billetera Verde
""",
        html=simple_html(paras("""Hola Valeria,

Intentamos llamarte hoy a las 11:30, a la hora que agendaste para la entrevista telefónica de Account Manager Pymes, pero el número que registraste en tu postulación nos salía apagado. Volvimos a intentar a las 11:45, sin suerte.

¿Nos confirmas si tu número cambió? Si aún te interesa el proceso, puedes volver a agendar en el mismo enlace que te enviamos.

Saludos,
Santiago Mejía
Talent Acquisition · Billetera Verde""")),
    ),
    # ================================================================ missed_interview_notice, en
    dict(
        kind="missed_interview_notice", scen="brightwave_tried_calling_twice", lang="en",
        id="bw_missed", refs=["bw_ack", "bw_screen"], company="Brightwave CX",
        frm=("Dana Whitfield", "dana.whitfield@brightwavecx.example.com"),
        subject="We missed you this morning", date="2026-03-09 10:26 -0400",
        text="""Hi Valeria,

I tried calling you twice at 10:00 for our phone screen, and once more at 10:10, but it went straight to a message saying the number was unavailable.

I hope everything's okay. If you'd still like to chat, reply with a few times that work this week and the best number to reach you.

Dana Whitfield
Senior Talent Acquisition Partner | Brightwave CX
""",
    ),
    dict(
        kind="missed_interview_notice", scen="coral_keylime_waited_zoom", lang="en",
        id="cor_missed", refs=["cor_ack", "cor_setup"], company="Keylime Telecom",
        frm=("Jenna Morales", "jenna@coralsearch.example.com"),
        subject="Keylime Telecom – missed interview", date="2026-07-20 14:40 -0400",
        text="""Hi Valeria,

Brian from Keylime let me know he waited on Zoom for about 15 minutes this afternoon and you didn't join. I also tried your cell at 2:10.

I'm sure there's an explanation; please let me know what happened as soon as you can. Keylime is still keen, but I'll need to go back to them today with something.

Jenna

Jenna Morales | Principal | Coral Search Partners | (305) 555-0147
""",
    ),
    # ================================================================ missed_interview_notice, fr
    dict(
        kind="missed_interview_notice", scen="rhone_attendue_sur_teams", lang="fr",
        id="rho_missed", refs=["rho_ack"], company="Rhône Télécom",
        frm=("Sébastien Giraud", "sebastien.giraud@rhonetelecom.example.fr"),
        subject="Entretien de ce matin", date="2026-07-15 10:35 +0200", cte="base64",
        text="""Bonjour Madame Cárdenas-Holt,

Nous vous avons attendue sur Teams ce matin à 10h00 pour l'entretien prévu avec Madame Lefèvre, responsable du centre de contacts de Villeurbanne, mais vous ne vous êtes pas connectée. Je vous ai également laissé un message vocal.

Peut-être s'agit-il d'une confusion liée au décalage horaire ? Merci de me recontacter afin que nous fassions le point.

Cordialement,
Sébastien Giraud
Chargé de recrutement
Rhône Télécom – 15 boulevard du 11 Novembre 1918, 69100 Villeurbanne
""",
    ),
    # ================================================================ missed_interview_notice, de
    dict(
        kind="missed_interview_notice", scen="kranich_im_teams_gewartet", lang="de",
        id="kra_missed", refs=["kra_ack", "kra_inv"], company="Kranich Telekom",
        frm=("Katrin Vogel", "katrin.vogel@kranich-telekom.example.de"),
        subject="AW: Ihr Vorstellungsgespräch am 11. Juni", date="2026-06-11 15:40 +0200",
        subj_enc=L1B,
        text="""Sehr geehrte Frau Cárdenas-Holt,

Herr Albers und ich haben heute ab 15:00 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich jedoch leider nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte teilen Sie mir kurz mit, ob etwas dazwischengekommen ist.

Mit freundlichen Grüßen
Katrin Vogel
Recruiting | Kranich Telekom

""" + reply("de", "2026-06-08 10:20", "Katrin Vogel", "katrin.vogel@kranich-telekom.example.de",
            KRA_INV) + "\n\n" + KRANICH_FOOTER + "\n",
    ),
]

# Unused-import guard for helpers kept for symmetry with the other data modules.
_ = (AUTO, L1B, L1Q, U8B, U8Q, W1Q, ats_card, esc, forward, mso, outlook, outlook_html,
     outlook_quote_html, paras, reply, simple_html)
