"""Corpus 309: the long threads (Ebrofarma, Atalaya Regulatory, Rheinpharm, Shandon Medtech,
Garonne Génériques), hand-written and hand-labelled."""

from __future__ import annotations

from msgs309_common import CAND, MARINA_SIG, msg

LUCIA = ("Lucía Berdejo Aznar", "lucia.berdejo@ebrofarma.example.es")
RRHH_EBRO = ("Recursos Humanos Ebrofarma", "rrhh@ebrofarma.example.es")
PILAR = ("Pilar Osés", "pilar.oses@atalaya-regulatory.example.es")
SABINE = ("Sabine Imhof", "sabine.imhof@rheinpharm.example.ch")
URS = ("Dr. Urs Vögeli", "urs.voegeli@rheinpharm.example.ch")
CIARA = ("Ciara Twomey", "ciara.twomey@shandon-medtech.example.ie")
CAMILLE = ("Camille Fabre", "camille.fabre@garonne-generiques.example.fr")

EBRO_DISCLAIMER = """AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen
exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y
bórrelo. Laboratorios Ebrofarma, S.A. trata sus datos conforme al RGPD; puede ejercer sus
derechos en protecciondedatos@ebrofarma.example.es."""

LUCIA_SIG = f"""Lucía Berdejo Aznar
Talent Acquisition · Laboratorios Ebrofarma
Polígono Malpica, calle E, nave 14 · 50016 Zaragoza
Tel. +34 976 512 340

{EBRO_DISCLAIMER}"""

SABINE_SIG = """Freundliche Grüsse

Sabine Imhof
HR Business Partner
Rheinpharm AG | Klybeckstrasse 141 | 4057 Basel
T +41 61 555 27 80

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat
sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""

MESSAGES = [
    # ---------------------------------------------------------------- Ebrofarma (es)
    msg("ebrofarma_workday_ack", "application_received", "es", "Laboratorios Ebrofarma", "",
        ("Laboratorios Ebrofarma", "ebrofarma@myworkday.com"),
        "Hemos recibido tu candidatura – Técnico/a de Asuntos Regulatorios (R-2291)",
        "2026-05-18 08:12 +0000",
        """Hola Marina:

Gracias por tu interés en Laboratorios Ebrofarma. Te confirmamos que hemos recibido tu
candidatura para el puesto Técnico/a de Asuntos Regulatorios (R-2291) en Zaragoza.

Nuestro equipo de Talento revisará tu perfil en las próximas semanas. Puedes consultar el
estado de tu solicitud en cualquier momento desde tu cuenta del portal de empleo.

Un saludo,
Equipo de Talento
Laboratorios Ebrofarma

Este correo se ha generado automáticamente. Por favor, no respondas a esta dirección.
""", alt=True, brand="Laboratorios Ebrofarma", color="#00677f",
        subj_enc=("utf-8", "B")),
    msg("ebrofarma_invite_first", "interview_invitation", "es", "Laboratorios Ebrofarma",
        "lucia.berdejo@ebrofarma.example.es", LUCIA,
        "Entrevista – Técnico/a de Asuntos Regulatorios", "2026-06-01 10:05 +0200",
        f"""Buenos días, Marina:

Soy Lucía, de Talent Acquisition de Laboratorios Ebrofarma. Hemos revisado tu candidatura
para la posición de Técnico/a de Asuntos Regulatorios y nos gustaría conocerte.

Te propongo una primera entrevista presencial el jueves 4 de junio a las 10:00 en nuestras
oficinas del Polígono Malpica. Estarás con Javier Lacasa, director técnico, y conmigo; calcula
unos 45 minutos.

¿Te viene bien? Si no, dime qué franjas tienes libres esa semana.

Un saludo,

{LUCIA_SIG}
""", name_enc=("iso-8859-1", "Q")),
    msg("ebrofarma_marina_confirms", "other", "es", "", "", CAND,
        "Re: Entrevista – Técnico/a de Asuntos Regulatorios", "2026-06-01 12:40 +0200",
        f"""Hola, Lucía:

Muchas gracias por la invitación. El jueves 4 a las 10:00 me viene perfecto; allí estaré.

Un saludo,

{MARINA_SIG}
""", to=[LUCIA], reply="ebrofarma_invite_first", quote="gmail"),
    msg("ebrofarma_slot_moved", "interview_reschedule_or_cancel", "es",
        "Laboratorios Ebrofarma", "lucia.berdejo@ebrofarma.example.es", LUCIA,
        "Re: Entrevista – Técnico/a de Asuntos Regulatorios (cambio de hora)",
        "2026-06-03 09:20 +0200",
        f"""Hola de nuevo, Marina:

Javier tiene que acudir el jueves a una inspección en planta, así que tenemos que mover la
entrevista. ¿Te encajaría el viernes 5 de junio a las 12:30, en el mismo sitio? Te mando la
convocatoria actualizada; si no te va bien, buscamos otro hueco.

Disculpa el cambio.

{LUCIA_SIG}
""", reply="ebrofarma_marina_confirms", quote="gmail",
        ics={"method": "REQUEST", "uid": "ebro-r2291-entrevista1@ebrofarma.example.es",
             "seq": 1, "start": "20260605T123000", "end": "20260605T131500",
             "summary": "Entrevista Marina Quiroga – Asuntos Regulatorios",
             "location": "Laboratorios Ebrofarma, Polígono Malpica, calle E, nave 14",
             "organizer": LUCIA, "stamp": "20260603T072000Z"}),
    msg("ebrofarma_marina_thanks", "other", "es", "", "", CAND,
        "Gracias por la entrevista de hoy", "2026-06-05 17:02 +0200",
        f"""Hola, Lucía:

Quería daros las gracias a Javier y a ti por el tiempo de esta mañana. Me ha gustado mucho
conocer cómo organizáis los expedientes de genéricos y las variaciones; me veo muy cómoda en
ese trabajo.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,

{MARINA_SIG}
""", to=[LUCIA], cte="base64"),
    msg("ebrofarma_lucia_ooo", "other", "es", "", "lucia.berdejo@ebrofarma.example.es", LUCIA,
        "Respuesta automática: Gracias por la entrevista de hoy", "2026-06-05 17:03 +0200",
        """Gracias por tu mensaje. Estoy fuera de la oficina hasta el lunes 8 de junio, sin acceso
al correo. Para asuntos urgentes de selección puedes escribir a rrhh@ebrofarma.example.es.

Lucía Berdejo Aznar
""", to=[CAND], reply="ebrofarma_marina_thanks",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    msg("ebrofarma_second_round", "interview_invitation", "es", "Laboratorios Ebrofarma",
        "lucia.berdejo@ebrofarma.example.es", LUCIA,
        "Segunda entrevista: reunión con Dirección Técnica y Calidad", "2026-06-15 11:30 +0200",
        f"""Hola, Marina:

¡Buenas noticias! Nos gustaría que pasaras a la última fase del proceso. Te convocamos a una
segunda entrevista el jueves 18 de junio de 9:30 a 11:00 con Javier Lacasa (Dirección Técnica)
y Elena Sancho (Calidad). Incluiremos un pequeño ejercicio: revisar una variación tipo IB de un
genérico y comentar cómo la plantearías.

Te adjunto la convocatoria para tu calendario. Acepta la invitación para confirmar.

{LUCIA_SIG}
""", cc=[("Javier Lacasa Gil", "javier.lacasa@ebrofarma.example.es")], alt=True,
        ics={"method": "REQUEST", "uid": "ebro-r2291-entrevista2@ebrofarma.example.es",
             "seq": 0, "start": "20260618T093000", "end": "20260618T110000",
             "summary": "2ª entrevista Marina Quiroga – Dirección Técnica y Calidad",
             "location": "Sala Moncayo, Laboratorios Ebrofarma, Zaragoza",
             "organizer": LUCIA, "stamp": "20260615T093000Z"}),
    msg("ebrofarma_offer_mail", "offer", "es", "Laboratorios Ebrofarma",
        "lucia.berdejo@ebrofarma.example.es", LUCIA,
        "Tu incorporación a Ebrofarma", "2026-06-22 18:10 +0200",
        f"""Hola, Marina:

Como te ha adelantado Javier esta tarde por teléfono, queremos ofrecerte el puesto de Técnica
de Asuntos Regulatorios. Te resumo las condiciones que hemos hablado:

- Contrato indefinido, jornada completa (horario flexible de 7:30 a 15:30 de lunes a jueves).
- Salario bruto anual: 32.500 €, en 14 pagas.
- Incorporación prevista: 1 de septiembre de 2026.

Mañana te llegará la carta de oferta formal desde Recursos Humanos. Cualquier duda, llámame.

¡Enhorabuena!

{LUCIA_SIG}
""", charset="windows-1252", cte="8bit"),
    msg("ebrofarma_offer_letter", "offer", "es", "Laboratorios Ebrofarma",
        "lucia.berdejo@ebrofarma.example.es", RRHH_EBRO,
        "Carta de oferta – Técnica de Asuntos Regulatorios", "2026-06-23 09:45 +0200",
        """Estimada Marina:

Adjuntamos la carta de oferta para el puesto de Técnica de Asuntos Regulatorios en
Laboratorios Ebrofarma, con las condiciones económicas y la fecha de incorporación.

Te rogamos que nos confirmes tu aceptación respondiendo a este correo antes del 30 de junio.
Las dudas sobre el contenido puede resolvértelas directamente Lucía Berdejo.

Atentamente,
Recursos Humanos
Laboratorios Ebrofarma
""", reply_to=LUCIA, alt=True, brand="Laboratorios Ebrofarma", color="#00677f",
        pdfs=[("Carta_oferta_M_Quiroga.pdf",
               ["Laboratorios Ebrofarma - Carta de oferta", "Zaragoza, 23 de junio de 2026",
                "Dña. Marina Quiroga Salas", "Puesto: Técnica de Asuntos Regulatorios",
                "Salario bruto anual: 32.500 EUR (14 pagas)",
                "Incorporación: 1 de septiembre de 2026"])]),
    msg("ebrofarma_marina_accepts", "other", "es", "", "", CAND,
        "RE: Carta de oferta – Técnica de Asuntos Regulatorios", "2026-06-25 10:00 +0200",
        f"""Buenos días:

Os confirmo que acepto la oferta en las condiciones indicadas en la carta. Estoy muy contenta
de incorporarme a Ebrofarma el 1 de septiembre. Quedo pendiente de la documentación que
necesitéis.

Un saludo,

{MARINA_SIG}
""", to=[RRHH_EBRO], cc=[LUCIA], reply="ebrofarma_offer_letter", quote="outlook"),
    msg("ebrofarma_contract", "offer", "es", "Laboratorios Ebrofarma",
        "rrhh@ebrofarma.example.es", RRHH_EBRO,
        "Contrato de trabajo para firma – M. Quiroga Salas", "2026-07-01 12:00 +0200",
        f"""Hola, Marina:

Te enviamos adjunto tu contrato de trabajo indefinido para que lo revises y lo firmes. Puedes
devolvérnoslo firmado por correo electrónico (escaneado) o traerlo el primer día.

También necesitamos una copia de tu título de Licenciatura en Farmacia, tu número de
afiliación a la Seguridad Social y tu IBAN para la nómina.

Bienvenida al equipo.

Recursos Humanos · Laboratorios Ebrofarma

{EBRO_DISCLAIMER}
""", pdfs=[("Contrato_Quiroga_Salas.pdf",
            ["CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO", "Empresa: Laboratorios Ebrofarma",
             "Trabajadora: Marina Quiroga Salas",
             "Categoría: Técnica de Asuntos Regulatorios", "Fecha de inicio: 01/09/2026"])],
        cte="base64"),
    # ---------------------------------------------------------------- Atalaya (es/en)
    msg("atalaya_teamtailor_ack", "application_received", "es", "Atalaya Regulatory", "",
        ("Atalaya Regulatory", "no-reply@teamtailor-mail.com"),
        "Gracias por tu candidatura en Atalaya Regulatory", "2026-04-06 07:55 +0000",
        "",
        html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Atalaya Regulatory</title></head>
<body style="margin:0;background:#f4f1ec;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:28px">
<tr><td><h2 style="color:#7a3b1e">¡Hola, Marina!</h2>
<p>Gracias por presentar tu candidatura al puesto <strong>Consultor/a Junior de Asuntos
Regulatorios (Madrid / remoto parcial)</strong>.</p>
<p>Hemos recibido tu CV correctamente. Nuestro equipo lo revisará con calma y te
escribiremos en cuanto tengamos novedades.</p>
<p>Mientras tanto, puedes conocer mejor a nuestro equipo en nuestra página de empleo.</p>
<p>Un abrazo,<br>El equipo de Atalaya Regulatory</p></td></tr>
<tr><td style="font-size:11px;color:#999">Enviado con Teamtailor · Gestiona tus datos
personales desde el enlace de tu perfil de candidato.</td></tr>
</table></td></tr></table></body></html>
""", html_only=True),
    msg("atalaya_invite_video", "interview_invitation", "es", "Atalaya Regulatory",
        "pilar.oses@atalaya-regulatory.example.es",
        ("Pilar Osés de Atalaya Regulatory", "no-reply@teamtailor-mail.com"),
        "Entrevista con Atalaya Regulatory – Consultor/a Junior", "2026-04-20 13:10 +0200",
        """Hola, Marina:

Nos ha encantado tu perfil: la combinación de oficina de farmacia y formación en registros
encaja con lo que buscamos. ¿Te apetece que charlemos por videollamada?

He reservado el martes 28 de abril a las 10:00 (hora peninsular). El enlace de Google Meet es
https://meet.example.com/atl-qrz-771. Si no te va bien, respóndeme y lo cambiamos.

Un saludo,
Pilar Osés
Responsable de Personas · Atalaya Regulatory
""", reply_to=PILAR, name_enc=("utf-8", "B"), alt=True, brand="Atalaya Regulatory",
        color="#7a3b1e"),
    msg("atalaya_missed_video", "missed_interview_notice", "es", "Atalaya Regulatory",
        "pilar.oses@atalaya-regulatory.example.es", PILAR,
        "¿Todo bien? Te esperábamos en la videollamada", "2026-04-28 10:25 +0200",
        """Hola, Marina:

Llevamos desde las 10:00 conectados a la videollamada (https://meet.example.com/atl-qrz-771)
Teresa, nuestra socia de dispositivos médicos, y yo, pero no has entrado. También te he
llamado al móvil y saltaba el buzón.

Entiendo que habrá surgido algo. Si sigues interesada, dime y vemos otro momento.

Pilar
""", reply="atalaya_invite_video", cte="quoted-printable"),
    msg("atalaya_marina_apology", "other", "es", "", "", CAND,
        "Re: ¿Todo bien? Te esperábamos en la videollamada", "2026-04-28 11:02 +0200",
        f"""Hola, Pilar:

Lo siento muchísimo. Me había apuntado la entrevista el miércoles 29 a la misma hora y no me he
dado cuenta hasta leer tu correo. Pido disculpas a Teresa y a ti por la espera.

Sigo muy interesada en el puesto; me adapto a cualquier hueco que os venga bien.

Un saludo,

{MARINA_SIG}
""", to=[PILAR], reply="atalaya_missed_video", quote="gmail", cte="8bit"),
    msg("atalaya_reinvite", "interview_invitation", "es", "Atalaya Regulatory",
        "pilar.oses@atalaya-regulatory.example.es", PILAR,
        "Re: ¿Todo bien? Te esperábamos en la videollamada", "2026-04-29 09:15 +0200",
        """Hola, Marina:

No te preocupes, nos pasa a todos. Te propongo el martes 5 de mayo a las 16:00, mismo enlace.
Como vamos con un poco de retraso, en esa sesión juntaremos la entrevista y el caso práctico:
te enviaremos una ficha técnica y un prospecto y tendrás 30 minutos para detectar
incoherencias con el RCP. Luego lo comentamos con Teresa.

¿Te encaja?

Pilar
""", reply="atalaya_marina_apology", quote="gmail"),
    msg("atalaya_offer_call", "offer", "es", "Atalaya Regulatory",
        "pilar.oses@atalaya-regulatory.example.es", PILAR,
        "Propuesta para incorporarte a Atalaya", "2026-06-03 19:20 +0200",
        """Hola, Marina:

Tras las entrevistas con Teresa y con Íñigo, estamos convencidos: queremos que te unas a
Atalaya como Consultora Junior de Asuntos Regulatorios.

Nuestra propuesta es un contrato indefinido con 31.000 € brutos anuales, modelo híbrido con
tres días en la oficina de Madrid (Chamberí) e incorporación en julio. En los próximos días te
llegará la oferta escrita desde el equipo de People del grupo.

Estamos deseando trabajar contigo.

Pilar Osés
Responsable de Personas · Atalaya Regulatory
""", charset="windows-1252", cte="quoted-printable"),
    msg("atalaya_offer_written_en", "offer", "en", "Atalaya Regulatory",
        "people@atalaya-regulatory.example.es",
        ("Atalaya Group People Team", "people@atalaya-regulatory.example.es"),
        "Offer of employment – Junior Regulatory Affairs Consultant", "2026-06-05 10:30 +0200",
        """Dear Marina,

Further to your conversations with Pilar Osés, we are pleased to make you a formal offer of
employment as Junior Regulatory Affairs Consultant with Atalaya Regulatory, based in our
Madrid office on a hybrid basis.

The attached letter sets out the salary (EUR 31,000 gross per year), benefits, your start date
of 1 July 2026 and the conditions of the offer. As our group works across Spain, Portugal and
Switzerland, written offers are issued in English; the Spanish employment contract will follow
on acceptance.

Please let us know your decision by 15 June 2026.

Kind regards,
People Team
Atalaya Regulatory Group
""", pdfs=[("Atalaya_offer_letter_MQuiroga.pdf",
            ["Atalaya Regulatory - Offer of employment", "Candidate: Marina Quiroga Salas",
             "Role: Junior Regulatory Affairs Consultant (Madrid, hybrid)",
             "Gross annual salary: EUR 31,000", "Start date: 1 July 2026"])]),
    msg("atalaya_marina_negotiates", "other", "es", "", "", CAND,
        "Re: Propuesta para incorporarte a Atalaya", "2026-06-08 21:14 +0200",
        """Hola, Pilar:

Muchas gracias por la propuesta y por la confianza. Me hace mucha ilusión. Antes de responder,
¿habría margen para revisar dos puntos? Vivo en Zaragoza y me ayudaría mucho tener dos días
presenciales en lugar de tres; y, por mi experiencia previa en oficina de farmacia, había
pensado en una banda algo más alta, alrededor de 34.000 €.

Lo que me digáis lo valoro con calma.

Un abrazo,
Marina
""", to=[PILAR], reply="atalaya_offer_call", quote="gmail"),
    msg("atalaya_offer_revised", "offer", "es", "Atalaya Regulatory",
        "pilar.oses@atalaya-regulatory.example.es", PILAR,
        "Re: Propuesta para incorporarte a Atalaya", "2026-06-12 13:40 +0200",
        """Hola, Marina:

Lo hemos hablado con dirección y podemos mejorar la oferta: 33.000 € brutos anuales y dos días
a la semana en Madrid (el resto en remoto). Mantenemos el resto de condiciones. Te reenviamos
la carta actualizada si nos das el visto bueno.

Nos encantaría tener tu respuesta antes del viernes 19.

Un abrazo,
Pilar
""", reply="atalaya_marina_negotiates", quote="gmail", cte="base64"),
    msg("atalaya_marina_declines", "other", "es", "", "", CAND,
        "Re: Propuesta para incorporarte a Atalaya", "2026-06-25 10:20 +0200",
        f"""Hola, Pilar:

Te escribo con cierta pena: finalmente he aceptado una oferta en Zaragoza que me permite no
desplazarme, así que no voy a continuar con Atalaya. Os agradezco mucho el trato, la
flexibilidad y la mejora que me ofrecisteis.

Ojalá coincidamos más adelante.

Un abrazo,

{MARINA_SIG}
""", to=[PILAR], reply="atalaya_offer_revised", quote="gmail"),
    # ---------------------------------------------------------------- Rheinpharm (de)
    msg("rheinpharm_icims_ack", "application_received", "de", "Rheinpharm", "",
        ("Rheinpharm Karriere", "rheinpharm@talent.icims.com"),
        "Eingangsbestätigung Ihrer Bewerbung – Regulatory Affairs Specialist (m/w/d)",
        "2026-01-20 06:41 +0000",
        """Sehr geehrte Frau Quiroga Salas

Vielen Dank für Ihre Bewerbung als Regulatory Affairs Specialist (m/w/d) bei der Rheinpharm AG
in Basel. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.
Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Freundliche Grüsse
Ihr Rheinpharm Recruiting-Team

Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht
gelesen.
""", alt=True, brand="Rheinpharm", color="#234f8c", charset="iso-8859-1",
        subj_enc=("windows-1252", "Q")),
    msg("rheinpharm_invite_teams", "interview_invitation", "de", "Rheinpharm",
        "sabine.imhof@rheinpharm.example.ch", SABINE,
        "Einladung zum Vorstellungsgespräch (Video) – Regulatory Affairs Specialist",
        "2026-02-04 15:22 +0100",
        f"""Sehr geehrte Frau Quiroga Salas

Ihre Bewerbung hat uns überzeugt, und wir möchten Sie gerne näher kennenlernen. Gerne lade ich
Sie zu einem ersten Gespräch per Microsoft Teams ein:

Mittwoch, 11. Februar 2026, 14:00 bis 15:00 Uhr
Teilnehmende: Dr. Urs Vögeli (Head Regulatory Affairs Generics) und ich

Bitte bestätigen Sie mir den Termin kurz per E-Mail. Den Teams-Link erhalten Sie danach.

{SABINE_SIG}
""", charset="iso-8859-1", cte="quoted-printable"),
    msg("rheinpharm_termin_verschoben", "interview_reschedule_or_cancel", "de", "Rheinpharm",
        "sabine.imhof@rheinpharm.example.ch", SABINE,
        "AW: Einladung zum Vorstellungsgespräch (Video) – neuer Termin",
        "2026-02-09 11:05 +0100",
        f"""Sehr geehrte Frau Quiroga Salas

Leider muss Dr. Vögeli am Mittwoch kurzfristig an eine Behördensitzung bei Swissmedic. Wir
verschieben unser Gespräch deshalb auf Donnerstag, 12. Februar 2026, 09:00 Uhr. Die
aktualisierte Einladung finden Sie im Anhang. Ich hoffe, das passt Ihnen.

Besten Dank für Ihr Verständnis.

{SABINE_SIG}
""", reply={"id": "rheinpharm_virtual_confirm", "frm": CAND, "to": SABINE,
            "subject": "AW: Einladung zum Vorstellungsgespräch (Video)",
            "date": "2026-02-04 19:48 +0100",
            "text": "Sehr geehrte Frau Imhof\n\nvielen Dank für die Einladung. Den Termin am "
                    "11. Februar um 14:00 Uhr\nbestätige ich gerne.\n\nFreundliche Grüsse\n"
                    "Marina Quiroga Salas\n"},
        quote="gmail",
        ics={"method": "REQUEST", "uid": "rp-ra-4417-gespraech1@rheinpharm.example.ch",
             "seq": 1, "start": "20260212T090000", "end": "20260212T100000",
             "summary": "Vorstellungsgespräch M. Quiroga Salas (Teams)",
             "location": "Microsoft Teams", "organizer": SABINE, "tz": "Europe/Zurich",
             "stamp": "20260209T100500Z"}),
    msg("rheinpharm_assessment", "interview_invitation", "de", "Rheinpharm",
        "sabine.imhof@rheinpharm.example.ch", SABINE,
        "Einladung zum Assessment-Center am 3. März in Basel", "2026-02-20 10:12 +0100",
        f"""Sehr geehrte Frau Quiroga Salas

Vielen Dank für das angenehme Gespräch. Wir freuen uns, Sie in die nächste Runde einzuladen:
ein halbtägiges Assessment-Center bei uns in Basel.

Datum: Dienstag, 3. März 2026, 08:30–13:00 Uhr
Ort: Rheinpharm AG, Klybeckstrasse 141, 4057 Basel, Empfang Gebäude B
Ablauf: Fallstudie (Variation nach EU-Verordnung 1234/2008), Präsentation, Gespräch mit dem
Team, Rundgang

Die Reisekosten ab Zaragoza übernehmen wir. Bitte nehmen Sie die Kalendereinladung an.

{SABINE_SIG}
""", alt=True, brand="Rheinpharm", color="#234f8c",
        ics={"method": "REQUEST", "uid": "rp-ra-4417-ac@rheinpharm.example.ch", "seq": 0,
             "start": "20260303T083000", "end": "20260303T130000",
             "summary": "Assessment-Center Regulatory Affairs – M. Quiroga Salas",
             "location": "Rheinpharm AG, Klybeckstrasse 141, Basel, Gebäude B",
             "organizer": SABINE, "tz": "Europe/Zurich", "stamp": "20260220T091200Z"}),
    msg("rheinpharm_sabine_ooo", "other", "de", "", "sabine.imhof@rheinpharm.example.ch", SABINE,
        "Automatische Antwort: Vielen Dank für den Tag in Basel", "2026-03-04 08:02 +0100",
        """Guten Tag

Ich bin bis und mit 13. März abwesend und habe nur eingeschränkt Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an recruiting@rheinpharm.example.ch.

Freundliche Grüsse
Sabine Imhof
""", reply={"id": "rheinpharm_virtual_thanks", "frm": CAND, "to": SABINE,
            "subject": "Vielen Dank für den Tag in Basel", "date": "2026-03-04 08:01 +0100",
            "text": "Liebe Frau Imhof\n\nherzlichen Dank für die Organisation des "
                    "Assessment-Centers.\n\nMarina Quiroga Salas\n"},
        headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),
    msg("rheinpharm_offer", "offer", "de", "Rheinpharm", "urs.voegeli@rheinpharm.example.ch",
        URS, "Ihr Vertragsangebot als Regulatory Affairs Specialist", "2026-03-20 16:45 +0100",
        """Liebe Frau Quiroga Salas

Es freut mich sehr, Ihnen im Namen der Rheinpharm AG die Stelle als Regulatory Affairs
Specialist in meinem Team anzubieten. Sie haben uns im Assessment-Center fachlich und
menschlich überzeugt.

Die Eckdaten finden Sie im beiliegenden Angebotsschreiben: Jahressalär CHF 98'000 (13
Monatslöhne), 100 %, Eintritt nach Vereinbarung, Unterstützung bei Umzug und Bewilligung.

Ich würde mich über eine Zusage bis Ende März freuen und stehe für Fragen gerne telefonisch
zur Verfügung.

Herzliche Grüsse
Urs Vögeli
Head Regulatory Affairs Generics, Rheinpharm AG
""", name_enc=("iso-8859-1", "Q"),
        pdfs=[("Angebot_Quiroga_Salas.pdf",
               ["Rheinpharm AG - Vertragsangebot", "Basel, 20. März 2026",
                "Frau Marina Quiroga Salas", "Funktion: Regulatory Affairs Specialist",
                "Jahressalär: CHF 98'000 (13 Monatslöhne)"])]),
    msg("rheinpharm_contract", "offer", "de", "Rheinpharm", "sabine.imhof@rheinpharm.example.ch",
        ("HR Services Rheinpharm", "hr-services@rheinpharm.example.ch"),
        "Arbeitsvertrag zur Unterzeichnung", "2026-03-27 09:10 +0100",
        """Sehr geehrte Frau Quiroga Salas

Im Anhang erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausführung. Bitte unterzeichnen Sie
beide Exemplare und senden Sie uns eines bis zum 10. April zurück. Für Fragen steht Ihnen
Frau Imhof zur Verfügung (Antworten an diese Nachricht gehen direkt an sie).

Freundliche Grüsse
HR Services
Rheinpharm AG
""", reply_to=SABINE,
        pdfs=[("Arbeitsvertrag_MQS.pdf",
               ["Arbeitsvertrag", "zwischen Rheinpharm AG, Basel", "und Marina Quiroga Salas",
                "Funktion: Regulatory Affairs Specialist", "Eintritt: nach Vereinbarung"])],
        cte="base64", charset="iso-8859-1"),
    msg("rheinpharm_marina_declines_en", "other", "en", "", "", CAND,
        "Re: Ihr Vertragsangebot als Regulatory Affairs Specialist", "2026-04-02 09:30 +0200",
        """Dear Dr. Vögeli,

Thank you again for the offer and for the generous conditions. After a lot of thought and
many conversations at home, I have decided not to relocate to Basel this year, so I must
decline the position. I am sorry to write this in English; I wanted to be sure I expressed
myself precisely.

It was a pleasure to meet you and the team, and I hope our paths cross again.

Kind regards,
Marina Quiroga Salas
""", to=[URS], reply="rheinpharm_offer", quote="gmail"),
    # ---------------------------------------------------------------- Shandon Medtech (en)
    msg("shandon_workday_ack", "application_received", "en", "Shandon Medtech", "",
        ("Shandon Medtech", "shandonmedtech@myworkday.com"),
        "Thank you for applying – Regulatory Affairs Associate (JR-10482)",
        "2026-01-26 14:03 +0000",
        """Hi Marina,

Thank you for your interest in Shandon Medtech. We have received your application for
Regulatory Affairs Associate (JR-10482), Cork.

Our talent team reviews every application. If your experience is a match, a member of the
team will be in touch. You can check the status of your application in your candidate home.

Best wishes,
Shandon Medtech Talent Acquisition

Please do not reply to this email; this mailbox is not monitored.
""", alt=True, brand="SHANDON MEDTECH", color="#0b6e4f"),
    msg("shandon_phone_screen", "interview_invitation", "en", "Shandon Medtech",
        "ciara.twomey@shandon-medtech.example.ie", CIARA,
        "Regulatory Affairs Associate – phone screen", "2026-02-10 11:48 +0000",
        """Hi Marina,

Thanks for applying for the Regulatory Affairs Associate role. I'm the recruiter working with
our RA team and I'd love to set up a 30-minute phone call to talk through your background
and the role (it's mostly EU MDR technical documentation and post-market submissions).

Would Wednesday 18 February at 10:00 Irish time (11:00 in Spain) suit? I'll call you on the
number on your CV.

Thanks,
Ciara

Ciara Twomey | Senior Talent Partner
Shandon Medtech | Unit 7, Little Island Business Park, Cork T45 XK22
+353 21 555 0193
"""),
    msg("shandon_call_moved", "interview_reschedule_or_cancel", "en", "Shandon Medtech",
        "ciara.twomey@shandon-medtech.example.ie", CIARA,
        "RE: Regulatory Affairs Associate – phone screen", "2026-02-16 16:20 +0000",
        """Hi Marina,

Apologies, I need to move our call on Wednesday as I've been pulled into a site audit. Could
we do Friday 20 February at the same time instead (10:00 Irish / 11:00 Spanish time)? If
that doesn't work, just send me a couple of options.

Sorry for the hassle.

Ciara
""", reply={"id": "shandon_virtual_confirm", "frm": CAND, "to": CIARA,
            "subject": "RE: Regulatory Affairs Associate – phone screen",
            "date": "2026-02-10 13:05 +0100",
            "text": "Hi Ciara,\n\nWednesday 18 February at 10:00 Irish time works well for "
                    "me. Talk then!\n\nBest regards,\nMarina\n"},
        quote="outlook"),
    msg("shandon_ciara_ooo", "other", "en", "", "ciara.twomey@shandon-medtech.example.ie",
        CIARA, "Automatic reply: Thank you – phone screen", "2026-02-20 12:31 +0000",
        """Thank you for your email. I am out of the office this afternoon and will respond on
Monday. For anything urgent please contact talent@shandon-medtech.example.ie.

Ciara Twomey
""", reply={"id": "shandon_virtual_thanks", "frm": CAND, "to": CIARA,
            "subject": "Thank you – phone screen", "date": "2026-02-20 13:30 +0100",
            "text": "Hi Ciara,\n\nThanks for the call this morning.\n\nMarina\n"},
        headers={"Auto-Submitted": "auto-replied"}),
    msg("shandon_rejection", "rejection", "en", "Shandon Medtech", "",
        ("Shandon Medtech", "shandonmedtech@myworkday.com"),
        "Update on your application – Regulatory Affairs Associate (JR-10482)",
        "2026-03-10 09:15 +0000",
        """Hi Marina,

Thank you for taking the time to speak with Ciara and with our RA team about the Regulatory
Affairs Associate position.

After careful consideration, we have decided to progress with other candidates whose
experience of EU MDR submissions more closely matches the needs of the role at this time.

We appreciate your interest in Shandon Medtech and encourage you to apply for future roles
that match your profile.

Kind regards,
Shandon Medtech Talent Acquisition
""", alt=True, brand="SHANDON MEDTECH", color="#0b6e4f"),
    # ---------------------------------------------------------------- Garonne (fr)
    msg("garonne_ack", "application_received", "fr", "Laboratoires Garonne Génériques",
        "rh@garonne-generiques.example.fr",
        ("Service RH – Garonne Génériques", "rh@garonne-generiques.example.fr"),
        "Accusé de réception de votre candidature – Chargé(e) d'affaires réglementaires",
        "2026-04-13 09:30 +0200",
        """Madame,

Nous accusons bonne réception de votre candidature au poste de Chargé(e) d'affaires
réglementaires au sein de notre site de Toulouse (Basso Cambo), et nous vous en remercions.

Votre dossier est en cours d'étude par nos équipes. Nous reviendrons vers vous dans un délai
d'environ trois semaines.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service Ressources Humaines
Laboratoires Garonne Génériques
""", name_enc=("utf-8", "B"), charset="iso-8859-1", cte="8bit"),
    msg("garonne_invite", "interview_invitation", "fr", "Laboratoires Garonne Génériques",
        "camille.fabre@garonne-generiques.example.fr", CAMILLE,
        "Entretien – poste de Chargé(e) d'affaires réglementaires", "2026-04-27 14:05 +0200",
        """Bonjour Madame Quiroga Salas,

Suite à l'étude de votre candidature, je vous propose un premier entretien en visioconférence
avec Mme Delphine Marty, responsable des affaires réglementaires, et moi-même.

Date proposée : mardi 5 mai 2026 à 10h00 (durée : 45 minutes)
Lien Teams : envoyé la veille

Pourriez-vous me confirmer votre disponibilité ?

Bien cordialement,

Camille Fabre
Chargée de recrutement
Laboratoires Garonne Génériques
12 avenue de l'Occitanie, 31100 Toulouse
05 61 55 48 20
"""),
    msg("garonne_report", "interview_reschedule_or_cancel", "fr",
        "Laboratoires Garonne Génériques", "camille.fabre@garonne-generiques.example.fr",
        CAMILLE, "Report de notre entretien du 5 mai", "2026-05-04 08:50 +0200",
        """Bonjour Madame Quiroga Salas,

Mme Marty étant retenue par un audit de l'ANSM, nous sommes contraintes de reporter notre
entretien de demain. Je vous propose jeudi 7 mai à 15h00, toujours en visio ; vous trouverez
ci-joint l'invitation mise à jour.

Toutes nos excuses pour ce contretemps.

Bien cordialement,
Camille Fabre
""", ics={"method": "REQUEST", "uid": "lgg-car-2026-031@garonne-generiques.example.fr",
             "seq": 1, "start": "20260507T150000", "end": "20260507T154500",
             "summary": "Entretien Marina Quiroga Salas – Affaires réglementaires",
             "location": "Microsoft Teams", "organizer": CAMILLE, "tz": "Europe/Paris",
             "stamp": "20260504T065000Z"}, subj_enc=("utf-8", "Q")),
    msg("garonne_promesse", "offer", "fr", "Laboratoires Garonne Génériques",
        "camille.fabre@garonne-generiques.example.fr", CAMILLE,
        "Proposition d'embauche – Chargée d'affaires réglementaires", "2026-05-22 17:35 +0200",
        """Bonjour Marina,

J'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Chargée
d'affaires réglementaires en CDI, sur notre site de Toulouse. Vous trouverez en pièce jointe
notre promesse d'embauche précisant la rémunération (38 k€ bruts annuels), le statut cadre et
une date d'entrée envisagée au 1er juillet 2026.

Nous vous remercions de nous faire part de votre réponse d'ici le 5 juin.

Bien cordialement,
Camille Fabre
Chargée de recrutement – Laboratoires Garonne Génériques
""", pdfs=[("Promesse_embauche_Quiroga.pdf",
            ["Laboratoires Garonne Génériques - Promesse d'embauche",
             "Mme Marina Quiroga Salas", "Poste : Chargée d'affaires réglementaires (CDI)",
             "Rémunération : 38 000 EUR bruts annuels", "Date d'entrée : 1er juillet 2026"])],
        alt=True, brand="Laboratoires Garonne Génériques", color="#3a6b35"),
    msg("garonne_marina_declines", "other", "fr", "", "", CAND,
        "RE: Proposition d'embauche – Chargée d'affaires réglementaires",
        "2026-06-02 20:05 +0200",
        """Bonjour Camille,

Je vous remercie sincèrement pour cette proposition et pour la qualité des échanges avec
Mme Marty. Après réflexion, et pour des raisons familiales, j'ai décidé de rester en Espagne ;
je ne donnerai donc pas suite à votre proposition.

Je vous souhaite une très bonne continuation.

Bien cordialement,
Marina Quiroga Salas
""", to=[CAMILLE], reply="garonne_promesse", quote="outlook"),
]
