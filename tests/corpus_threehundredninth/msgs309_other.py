"""Corpus 309: `other` mail — Marina's own messages and the traps (digests, newsletters, press
and podcast interviews, parcels, banks, viewings, friends' news, courses, cold approaches)."""

from __future__ import annotations

from msgs309_common import CAND, MARINA_SIG, msg
from msgs309_rejections import AINHOA, NURIA

BULK = "bulk"


def listing(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": BULK}


PABLO = ("Pablo Lasheras", "pablo.lasheras@example.es")

PABLO_INVITE = msg(
    "pablo_inner_invite", "interview_invitation", "es", "Farmacias Delicias", "",
    ("Selección Grupo Farmacias Delicias", "seleccion@farmaciasdelicias.example.es"),
    "Entrevista para adjunto/a de farmacia", "2026-07-20 10:00 +0200",
    """Hola Pablo:

Te convocamos a una entrevista para el puesto de farmacéutico/a adjunto/a el jueves 23 de
julio a las 17:00 en nuestra farmacia de la avenida de Madrid. Trae tu CV impreso.

Un saludo,
Selección · Grupo Farmacias Delicias
""", to=[PABLO])

MESSAGES = [
    # ================================================================ es: her own mail
    msg("own_hce_application", "other", "es", "", "", CAND,
        "Solicitud – proceso Farmacéutico/a Servicio de Farmacia Hospitalaria",
        "2026-03-28 11:42 +0100",
        f"""Estimados señores:

Adjunto mi solicitud y mi currículum para el proceso de selección de Farmacéutico/a
(cobertura temporal) del Servicio de Farmacia Hospitalaria, según la convocatoria publicada
el 20 de marzo.

Quedo a su disposición para aportar cualquier documentación adicional.

Atentamente,

{MARINA_SIG}
""", to=[("Unidad de Selección", "seleccion@hcebro.example.es")],
        pdfs=[("CV_Marina_Quiroga_Salas.pdf",
               ["Marina Quiroga Salas - Curriculum vitae", "Licenciada en Farmacia (Univ. de "
                "Navarra)", "Farmacéutica adjunta, Farmacia Delicias (2019-2026)",
                "Máster propio en Registros Farmacéuticos (2025)", "Idiomas: inglés C1, "
                "francés B2, alemán B1"])]),
    msg("aran_marina_reschedule_request", "other", "es", "", "", CAND,
        "Cambio de fecha entrevista", "2026-03-04 12:00 +0100",
        """Hola, Núria:

Te escribo por la entrevista de mañana jueves a las 11:00. Me ha surgido una guardia en la
farmacia que no puedo cambiar. ¿Sería posible moverla a otro día de la semana que viene, o
hacerla por Teams a última hora de la tarde?

Siento mucho las molestias.

Un saludo,
Marina
""", to=[NURIA]),
    msg("own_tempora_declines", "other", "es", "", "", CAND,
        "Re: Oferta de Navarra Biofarma – contrato de 4 meses", "2026-03-14 10:30 +0100",
        """Hola, Ainhoa:

Muchísimas gracias por moverlo tanto. Lo he pensado bien y, siendo solo cuatro meses en
Orkoien, no me compensa dejar la farmacia ahora que estoy en varios procesos indefinidos.
Prefiero no aceptarlo; espero que lo entiendas y que sigamos en contacto.

Un abrazo,
Marina
""", to=[AINHOA], reply="tempora_navarra_offer", quote="gmail", cte="8bit"),
    # ================================================================ es: traps
    msg("farmaempleo_alertas", "other", "es", "", "",
        ("Farmaempleo Alertas", "alertas@farmaempleo.example.es"),
        "7 nuevas ofertas: Asuntos Regulatorios en Aragón y Madrid", "2026-02-03 07:00 +0100",
        """Hola Marina,

Estas son las nuevas ofertas que coinciden con tu alerta "asuntos regulatorios":

1. Técnico/a de Registros – Laboratorio farmacéutico (Madrid)
2. Regulatory Affairs Junior – CRO internacional (Barcelona)
3. Farmacéutico/a de Garantía de Calidad – Zaragoza
4. Especialista en Farmacovigilancia – Pamplona

Consejo de la semana: ¿te han rechazado tras la entrevista? Lamentablemente es lo más
habitual; pide feedback y prepara mejor la siguiente entrevista con nuestra guía gratuita.

Gestiona tus alertas o date de baja desde tu perfil.
""", headers=listing("Alertas Farmaempleo <alertas.farmaempleo.example.es>",
                      "https://farmaempleo.example.es/baja?u=mqs"),
        system=True, alt=True, brand="Farmaempleo", color="#e67e22"),
    msg("regaffairs_boletin", "other", "es", "", "",
        ("Boletín RegAffairs Hispania", "boletin@regaffairs-hispania.example.es"),
        "Boletín n.º 58: la nueva legislación farmacéutica europea y cómo encajar un rechazo",
        "2026-05-07 08:30 +0200",
        """BOLETÍN REGAFFAIRS HISPANIA · n.º 58 · mayo de 2026

EN PORTADA
El paquete farmacéutico europeo: qué cambia para los genéricos y los plazos de protección.

CARRERA
"Gracias, pero hemos decidido seguir con otros candidatos": cinco profesionales cuentan cómo
gestionaron el rechazo y qué preguntaron en su siguiente entrevista.

AGENDA
Jornada sobre variaciones, 12 de junio, Madrid. Plazas limitadas.

Recibes este boletín porque te suscribiste en nuestra web. Darte de baja: enlace al pie.
""", headers=listing("RegAffairs Hispania <boletin.regaffairs-hispania.example.es>",
                      "mailto:baja@regaffairs-hispania.example.es"),
        system=True, html_only=True, brand="RegAffairs Hispania", color="#34495e"),
    msg("podcast_farmacia_abierto", "other", "es", "", "hola@farmaciaenabierto.example.es",
        ("Farmacia en Abierto (podcast)", "hola@farmaciaenabierto.example.es"),
        "¿Te entrevistamos para el podcast?", "2026-09-22 18:45 +0200",
        """¡Hola, Marina!

Somos Irene y Dani, de Farmacia en Abierto, un podcast sobre salidas profesionales para
farmacéuticos. Nos pasó tu nombre una compañera del Colegio: nos encantaría entrevistarte
en un episodio sobre el salto de la oficina de farmacia a asuntos regulatorios.

Sería una entrevista de unos 40 minutos, en remoto, cuando te venga bien en octubre. ¿Te
animas?

Un abrazo,
Irene Lagunas
Farmacia en Abierto
"""),
    msg("radio_ebro_entrevista", "other", "es", "", "sergio.moliner@radioebro.example.es",
        ("Sergio Moliner – Radio Ebro", "sergio.moliner@radioebro.example.es"),
        "Entrevista en «Aragón en la Onda» sobre farmacia rural", "2026-01-29 13:15 +0100",
        """Buenos días, Marina:

Te escribo desde el programa «Aragón en la Onda» de Radio Ebro. Preparamos un reportaje
sobre la falta de farmacéuticos en los pueblos y nos han comentado que trabajaste dos años
en una farmacia rural del Campo de Borja.

¿Podríamos hacerte una entrevista telefónica de 10 minutos el martes 3 por la mañana?

Gracias,
Sergio Moliner
Redactor · Radio Ebro
""", name_enc=("utf-8", "B")),
    msg("empleafarma_ux", "other", "es", "", "claudia.rived@empleafarma.example.es",
        ("Claudia Rived", "claudia.rived@empleafarma.example.es"),
        "¿30 minutos para ayudarnos a mejorar Empleafarma?", "2026-04-02 10:05 +0200",
        """Hola Marina:

Soy Claudia, investigadora de experiencia de usuario en Empleafarma. Estamos entrevistando a
personas que buscan empleo en el sector para entender cómo usan las alertas y el proceso de
candidatura.

¿Te apetecería una entrevista de 30 minutos por videollamada? Como agradecimiento te
enviaremos una tarjeta regalo de 25 €. No es un proceso de selección.

Gracias,
Claudia Rived · UX Research
""", charset="windows-1252", cte="8bit"),
    msg("cierzo_paquete_retrasado", "other", "es", "", "",
        ("Envíos Cierzo", "no-reply@envioscierzo.example.es"),
        "Lamentablemente tu paquete se ha retrasado", "2026-07-07 16:22 +0200",
        """Hola, Marina:

Lamentablemente tu envío 4471 0093 2215 ha sufrido un retraso por una incidencia en nuestro
centro logístico de Plaza. La nueva fecha estimada de entrega es el jueves 9 de julio.

Puedes seguir tu envío o cambiar la entrega a un punto de recogida desde nuestra web.

Sentimos las molestias.
Envíos Cierzo
""", alt=True, brand="Envíos Cierzo", color="#d35400"),
    msg("banco_posicion_global", "other", "es", "", "",
        ("Banco del Moncayo", "notificaciones@bancomoncayo.example.es"),
        "Tu posición global a 30 de junio", "2026-07-01 06:30 +0200",
        """Hola, MARINA:

Ya está disponible tu posición global a 30/06/2026: el resumen de tus cuentas, tarjetas,
depósitos y fondos de inversión.

Consulta el detalle en la banca a distancia, en el apartado «Mi posición».

Por tu seguridad, nunca te pediremos tus claves por correo electrónico.
Banco del Moncayo
""", system=True, html_only=True, brand="Banco del Moncayo", color="#154360"),
    msg("casero_visita_piso", "other", "es", "", "fermin.aguarod@example.es",
        ("Fermín Aguarod", "fermin.aguarod@example.es"),
        "Visita al piso el jueves", "2026-09-28 20:10 +0200",
        """Hola Marina:

Como te comenté, voy a poner a la venta el piso cuando acabe tu contrato. La inmobiliaria me
pide enseñarlo el jueves 1 de octubre a las 18:30. ¿Estarás en casa o prefieres que vaya yo
con las llaves? Será media hora como mucho.

Gracias y perdona las molestias,
Fermín
""", cte="8bit"),
    msg("dentista_cita_cambiada", "other", "es", "", "",
        ("Clínica Dental Delicias", "citas-noreply@clinicadentaldelicias.example.es"),
        "Cambio en tu cita del 14 de octubre", "2026-10-08 12:00 +0200",
        """Hola, Marina:

Te informamos de que tu cita de revisión con la Dra. Ainsa, prevista para el 14 de octubre a
las 17:00, se ha cambiado al viernes 16 de octubre a las 18:30 por ausencia de la doctora.

Si no te viene bien, llámanos al 976 555 240.

Clínica Dental Delicias
""", charset="iso-8859-1", cte="quoted-printable"),
    msg("amiga_sara_rechazo", "other", "es", "", "sara.bielsa@example.es",
        ("Sara Bielsa", "sara.bielsa@example.es"),
        "me han dicho que no 😩", "2026-03-26 22:47 +0100",
        """Mari,

Acaban de escribirme de Laboratorios Tarazona: que muchas gracias, pero que han seguido con
otra candidata "con un perfil más ajustado". Después de tres entrevistas. Estoy de un bajón...

¿Un vermú el sábado y me cuentas cómo llevas lo tuyo? Que al menos a ti te están llamando.

Besos,
Sara
""", subj_enc=("utf-8", "B")),
    msg("amigo_pablo_reenvia", "other", "es", "", "pablo.lasheras@example.es", PABLO,
        "RV: Entrevista para adjunto/a de farmacia", "2026-07-20 12:33 +0200",
        """Marina, mira lo que me ha llegado. ¡Me han llamado para la entrevista del jueves!

¿Me ayudas a prepararla? Tú has hecho un montón este año. Te invito a un café mañana.

Pablo
""", fwd=PABLO_INVITE),
    msg("master_no_admitida", "other", "es", "", "",
        ("Secretaría de Posgrado · Universidad del Ebro", "posgrado-noreply@unebro.example.es"),
        "Resolución de admisión – Máster en Industria Farmacéutica y Registros",
        "2026-07-16 14:00 +0200",
        """Estimada Marina Quiroga Salas:

Le comunicamos que, una vez baremadas las solicitudes, no ha sido admitida en el Máster
Universitario en Industria Farmacéutica y Registros para el curso 2026-2027, al haberse
cubierto las 30 plazas ofertadas. Ha quedado en la posición 6 de la lista de espera.

Podrá consultar la evolución de la lista de espera en la sede electrónica.

Secretaría de Posgrado
Universidad del Ebro
""", name_enc=("iso-8859-1", "Q"), charset="iso-8859-1", cte="8bit"),
    msg("solana_cold_approach", "other", "es", "", "beatriz.solana@solanapartners.example.es",
        ("Beatriz Solana", "beatriz.solana@solanapartners.example.es"),
        "¿Abierta a conversar?", "2026-10-06 09:40 +0200",
        """Hola Marina:

He visto tu perfil y tu paso a asuntos regulatorios. En Solana & Partners trabajamos con
varias compañías farmacéuticas del valle del Ebro y a menudo buscamos perfiles como el tuyo.

Ahora mismo no tengo una posición concreta, pero me gustaría conocerte y tenerte en el
radar. ¿Te apetece un café virtual en las próximas semanas?

Un saludo,
Beatriz Solana
Socia · Solana & Partners Executive Search
"""),
    msg("cofz_newsletter", "other", "es", "", "",
        ("Colegio Oficial de Farmacéuticos de Zaragoza", "comunicacion@cofz.example.es"),
        "Novedades COFZ: formación de otoño y bolsa de empleo", "2026-09-01 09:00 +0200",
        """NOVEDADES DEL COLEGIO · septiembre 2026

· Formación: curso de actualización en productos sanitarios (MDR), inscripciones abiertas.
· Bolsa de empleo: 12 nuevas ofertas de oficina de farmacia y 3 de industria.
· Jornada de orientación profesional: "Cómo preparar una entrevista en la industria".

Este correo se envía a los colegiados. Para dejar de recibirlo, gestiona tus preferencias
en la zona privada.
""", headers=listing("COFZ Comunicación <comunicacion.cofz.example.es>",
                      "https://cofz.example.es/preferencias"),
        system=True, alt=True, brand="COFZ", color="#196f3d", cte="quoted-printable"),
    msg("prored_busquedas", "other", "es", "", "",
        ("ProRed", "notifications@prored.example.com"),
        "Marina, has aparecido en 14 búsquedas esta semana", "2026-05-11 05:12 +0000",
        """Marina, has aparecido en 14 búsquedas esta semana.

Te encontraron personas de: empresas farmacéuticas, consultoras y agencias de selección.
Los cargos más buscados: Regulatory Affairs Specialist, Técnico de Registros.

Mejora tu perfil para aparecer en más búsquedas.

Has recibido esta notificación de ProRed. Cancelar suscripción.
""", headers={"Precedence": BULK,
                      "List-Unsubscribe": "<https://prored.example.com/unsub/notif>"}),
    msg("tempora_newsletter", "other", "es", "", "",
        ("Tempora ETT", "newsletter@tempora-ett.example.es"),
        "Ofertas de la semana y consejos para tu próxima entrevista", "2026-04-27 08:00 +0200",
        """TEMPORA ETT · Boletín semanal

Ofertas destacadas en Navarra y Aragón: operario/a de almacén farmacéutico, técnico/a de
laboratorio, administrativo/a de calidad.

Consejo: si no te seleccionan, no lo vivas como un rechazo personal. Prepara tus respuestas
y pide siempre una nueva entrevista.

Recibes este correo por estar registrada en Tempora. Baja: enlace al pie.
""", headers=listing("Tempora Novedades <novedades.tempora-ett.example.es>",
                      "mailto:baja@tempora-ett.example.es?subject=baja"),
        alt=True, brand="TEMPORA ETT", color="#8e44ad"),
    msg("webinar_aefr", "other", "es", "", "",
        ("AEFR – Farmacéuticos de Registros",
         "eventos-noreply@aefr.example.es"),
        "Invitación: webinar «El rol regulatory en el MDR» – 24 de septiembre",
        "2026-09-10 11:00 +0200",
        """Estimada socia:

Te invitamos al webinar «El rol regulatory en el MDR: lo que piden las empresas en las
entrevistas de selección», el jueves 24 de septiembre a las 18:00.

Inscripción gratuita para socios desde el área privada. Plazas limitadas.

AEFR · Secretaría técnica
""", name_enc=("utf-8", "Q"), alt=True, brand="AEFR", color="#2874a6",
        headers={"Precedence": BULK}),
    # ================================================================ en
    msg("corkpharmajobs_digest", "other", "en", "", "",
        ("Cork Pharma Jobs", "alerts@corkpharmajobs.example.ie"),
        "Your weekly job alert: 9 new Regulatory roles", "2026-03-03 06:00 +0000",
        """Hi Marina,

9 new jobs match your alert "regulatory affairs Cork":

- Regulatory Affairs Associate – medical devices, Little Island
- RA Specialist (CMC) – biologics, Ringaskiddy
- Regulatory Operations Coordinator – Cork city

Career tip: Unfortunately, rejection is part of every job search. Ask for interview
feedback, and treat each "no" as preparation for your next interview.

Manage alerts | Unsubscribe
""", headers=listing("Cork Pharma Jobs alerts <alerts.corkpharmajobs.example.ie>",
                      "https://corkpharmajobs.example.ie/unsubscribe?id=55120"),
        alt=True, brand="Cork Pharma Jobs", color="#1abc9c"),
    msg("regpulse_weekly", "other", "en", "", "",
        ("RegPulse Weekly", "newsletter@regpulse.example.com"),
        "RegPulse Weekly: EU pharma package, interview season, and rejected variations",
        "2026-06-19 07:15 +0000",
        """REGPULSE WEEKLY · 19 June 2026

1. Why EMA rejected a record number of type II variations this quarter
2. Interview season: 8 questions hiring managers ask regulatory candidates
3. Career corner: how to respond to an offer (and how not to)

You are receiving this newsletter because you subscribed at regpulse.example.com.
""", headers=listing("RegPulse Weekly <weekly.regpulse.example.com>",
                      "https://regpulse.example.com/u/8812"),
        html_only=True, brand="RegPulse Weekly", color="#922b21"),
    msg("compliance_corner_podcast", "other", "en", "", "hannah@compliancecorner.example.com",
        ("Hannah Doyle", "hannah@compliancecorner.example.com"),
        "Podcast interview invitation – The Compliance Corner", "2026-10-13 15:30 +0100",
        """Hi Marina,

I host The Compliance Corner, a podcast for people starting out in regulatory affairs. I
read your post about moving from community pharmacy into RA and would love to interview you
for an episode on career changers.

Recording is remote and takes about 45 minutes. Would any afternoon in early November work?

Best,
Hannah Doyle
The Compliance Corner
"""),
    msg("shipswift_delay", "other", "en", "", "",
        ("ShipSwift", "no-reply@shipswift.example.com"),
        "Unfortunately your parcel is delayed", "2026-02-12 09:50 +0000",
        """Hello Marina,

Unfortunately your parcel SS-88410-IE is delayed due to severe weather affecting flights.
New estimated delivery: Monday 16 February.

No action is needed. You can track your parcel at any time.

ShipSwift Customer Care
""", alt=True, brand="ShipSwift", color="#f39c12"),
    msg("friend_niamh_rejection", "other", "en", "", "niamh.carroll@example.ie",
        ("Niamh Carroll", "niamh.carroll@example.ie"),
        "well that's that", "2026-05-21 21:05 +0100",
        """Hey Marina,

Got my rejection from the HPRA traineeship today: "we received a very high number of
applications and have decided not to progress your application". Oh well. Three rounds
of interviews and a presentation for a two-line email!

How's your search going? Any news from the Cork places?

N x
"""),
    msg("tidewater_cold", "other", "en", "", "rory.walsh@tidewater-talent.example.ie",
        ("Rory Walsh", "rory.walsh@tidewater-talent.example.ie"),
        "Regulatory opportunities in Ireland – quick chat?", "2026-08-12 10:20 +0100",
        """Hi Marina,

I specialise in regulatory and quality hiring across Munster and came across your profile.
I don't have a specific role for you right now, but several of my clients are growing their
RA teams next year and bilingual Spanish-English profiles are in demand.

Would you be open to a 15-minute introductory call some time?

Kind regards,
Rory Walsh
Tidewater Talent
"""),
    # ================================================================ de
    msg("own_birsig_application", "other", "de", "", "", CAND,
        "Bewerbung als Regulatory Affairs Manager (m/w/d)", "2026-02-24 21:30 +0100",
        """Sehr geehrte Damen und Herren

Hiermit bewerbe ich mich um die Stelle als Regulatory Affairs Manager (m/w/d). Als
Apothekerin mit Weiterbildung im Bereich Arzneimittelzulassung bringe ich Erfahrung mit
Medizinprodukten der Klasse I und IIa mit.

Meine Unterlagen finden Sie im Anhang. Ich freue mich auf Ihre Rückmeldung.

Freundliche Grüsse
Marina Quiroga Salas
""", to=[("Birsig Medtech HR", "jobs@birsig-medtech.example.ch")],
        pdfs=[("Lebenslauf_Quiroga_Salas.pdf",
               ["Marina Quiroga Salas - Lebenslauf", "Apothekerin, Zaragoza (Spanien)",
                "Sprachen: Spanisch, Englisch C1, Französisch B2, Deutsch B1"])],
        charset="iso-8859-1", cte="quoted-printable"),
    msg("jobagent_alert", "other", "de", "", "",
        ("Jobagent Pharma Schweiz", "jobagent@pharmajobs-schweiz.example.ch"),
        "Jobagent: 11 neue Stellen für «Regulatory Affairs Basel»", "2026-01-27 06:30 +0100",
        """Guten Tag

Ihr Jobagent hat 11 neue Stellen gefunden:

· Regulatory Affairs Specialist Generika, Basel
· Junior RA Manager Medizinprodukte, Allschwil
· Zulassungsspezialist/in Tierarzneimittel, Liestal

Tipp der Woche: Absage erhalten? Leider gehört das dazu. So bereiten Sie sich auf Ihr
nächstes Interview vor und wie Sie nach einer Absage um Feedback bitten.

Jobagent verwalten oder abmelden
""", headers=listing("Jobagent <jobagent.pharmajobs-schweiz.example.ch>",
                      "https://pharmajobs-schweiz.example.ch/jobagent/abmelden"),
        system=True, alt=True, brand="pharmajobs schweiz", color="#c0392b",
        subj_enc=("utf-8", "Q")),
    msg("pharmakarriere_newsletter", "other", "de", "", "",
        ("Pharma Karriere Schweiz", "newsletter@pharmakarriere.example.ch"),
        "Newsletter Juni: Absagen richtig deuten, Gehälter in Regulatory Affairs",
        "2026-06-04 08:00 +0200",
        """PHARMA KARRIERE SCHWEIZ · Newsletter Juni 2026

- «Leider müssen wir Ihnen mitteilen …»: Was Absageschreiben wirklich bedeuten
- Gehaltsstudie 2026: Regulatory Affairs in Basel, Zug und Genf
- Vorstellungsgespräch auf Englisch: die zehn häufigsten Fragen

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden
""", headers=listing("Pharma Karriere Newsletter <news.pharmakarriere.example.ch>",
                      "https://pharmakarriere.example.ch/abmelden"),
        html_only=True, brand="Pharma Karriere Schweiz", color="#2c3e50"),
    msg("wohnung_besichtigung", "other", "de", "", "r.stebler@example.ch",
        ("Regula Stebler", "r.stebler@example.ch"),
        "Besichtigung Wohnung Feldbergstrasse", "2026-03-24 19:05 +0100",
        """Guten Abend Frau Quiroga Salas

Gerne bestätige ich Ihnen die Besichtigung der 2½-Zimmer-Wohnung an der Feldbergstrasse 60
am Samstag, 28. März, um 11:00 Uhr. Bitte bringen Sie, falls vorhanden, einen
Betreibungsregisterauszug mit; den können Sie aber auch nachreichen.

Freundliche Grüsse
Regula Stebler
Verwaltung Stebler Immobilien
""", cte="8bit"),
    msg("bahn_verspaetung", "other", "de", "", "",
        ("Reiseinfo Rheintalbahn", "reiseinfo-noreply@rheintalbahn.example.ch"),
        "Leider verspätet sich Ihr Zug", "2026-03-02 17:48 +0100",
        """Guten Tag Frau Quiroga Salas

Leider verspätet sich Ihre Verbindung Basel SBB ab 18:32 voraussichtlich um 25 Minuten.
Ihr Anschluss in Mulhouse ist möglicherweise nicht gewährleistet.

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Reiseinfo-Team
"""),
    msg("paket_verzoegert", "other", "de", "", "",
        ("Paketdienst Dreiland", "noreply@paketdienst-dreiland.example.ch"),
        "Ihre Sendung verzögert sich leider", "2026-03-18 12:12 +0100",
        """Guten Tag

Leider verzögert sich die Zustellung Ihrer Sendung 99 4412 7781 wegen eines Zollstaus an der
Grenze. Neuer voraussichtlicher Liefertermin: 23. März 2026.

Sie müssen nichts weiter unternehmen.

Ihr Paketdienst Dreiland
""", charset="iso-8859-1", cte="base64"),
    msg("sprachkurs_absage", "other", "de", "", "kurse@sprachschule-rheinknie.example.ch",
        ("Sprachschule Rheinknie", "kurse@sprachschule-rheinknie.example.ch"),
        "Ihre Anmeldung zum Intensivkurs Deutsch C1", "2026-08-25 14:40 +0200",
        """Sehr geehrte Frau Quiroga Salas

Vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch C1 im September. Leider müssen wir
Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten
können. Gerne setzen wir Sie auf die Warteliste für den Kurs im Januar.

Freundliche Grüsse
Sekretariat Sprachschule Rheinknie
"""),
    # ================================================================ fr
    msg("own_pyrene_spontanee", "other", "fr", "", "", CAND,
        "Candidature – affaires réglementaires (études cliniques)", "2026-05-28 09:15 +0200",
        """Madame, Monsieur,

Pharmacienne de formation, actuellement en reconversion vers les affaires réglementaires,
je me permets de vous adresser ma candidature pour le poste de chargée d'affaires
réglementaires publié sur votre site. Je vais également compléter le formulaire en ligne.

Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Marina Quiroga Salas
""", to=[("Pyrène Clinical", "carrieres@pyrene-clinical.example.fr")],
        charset="windows-1252", cte="quoted-printable"),
    msg("alerte_emploi_occitanie", "other", "fr", "", "",
        ("Pharma Emploi Occitanie", "alertes@pharmaemploi-occitanie.example.fr"),
        "Vos nouvelles offres : affaires réglementaires Toulouse", "2026-04-07 06:45 +0200",
        """Bonjour Marina,

5 nouvelles offres correspondent à votre alerte :

- Chargé(e) d'affaires réglementaires – génériques – Toulouse
- Assistant(e) réglementaire – dispositifs médicaux – Labège
- Pharmacien(ne) assurance qualité – Castres

Le conseil de la semaine : malheureusement, un refus après entretien n'est jamais agréable.
Demandez un retour et préparez votre prochain entretien avec notre guide.

Se désabonner
""", headers=listing("Alertes Pharma Emploi <alertes.pharmaemploi-occitanie.example.fr>",
                      "https://pharmaemploi-occitanie.example.fr/desabonnement"),
        system=True, alt=True, brand="Pharma Emploi Occitanie", color="#16a085"),
    msg("lettre_reglementaire", "other", "fr", "", "",
        ("La Lettre du Réglementaire", "lettre@lettre-reglementaire.example.fr"),
        "La Lettre du Réglementaire n°112 : refus d'AMM, entretiens d'embauche, offres",
        "2026-08-31 08:00 +0200",
        """LA LETTRE DU RÉGLEMENTAIRE · n°112

Décryptage : pourquoi l'ANSM a opposé trois refus d'AMM à des génériques cet été.
Carrière : « Nous sommes au regret de vous informer… » – comment rebondir après un refus.
Témoignage : du comptoir officinal au service réglementaire, entretien avec une pharmacienne.

Vous recevez cette lettre car vous y êtes abonnée. Se désinscrire.
""", headers=listing("Lettre du Reglementaire <lettre.lettre-reglementaire.example.fr>",
                      "mailto:desinscription@lettre-reglementaire.example.fr"),
        system=True, html_only=True, brand="La Lettre du Réglementaire", color="#6c3483",
        subj_enc=("iso-8859-1", "Q")),
    msg("presse_interview", "other", "fr", "", "c.lafargue@courrier-garonne.example.fr",
        ("Claire Lafargue", "c.lafargue@courrier-garonne.example.fr"),
        "Demande d'interview – pharmaciens espagnols en Occitanie", "2026-06-22 14:10 +0200",
        """Bonjour Madame Quiroga Salas,

Je suis journaliste au Courrier de la Garonne. Je prépare un article sur les pharmaciens
espagnols qui envisagent de travailler dans l'industrie pharmaceutique toulousaine.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes par téléphone la
semaine prochaine ? Vous pourrez relire vos citations avant publication.

Bien cordialement,
Claire Lafargue
Journaliste, Le Courrier de la Garonne
""", charset="iso-8859-1", cte="8bit"),
    msg("banque_position", "other", "fr", "", "",
        ("Banque Pyrénées Sud", "ne-pas-repondre@banquepyreneessud.example.fr"),
        "Votre position de comptes au 31/05/2026", "2026-06-01 05:05 +0200",
        """Madame QUIROGA SALAS,

La position de vos comptes au 31/05/2026 est disponible dans votre espace client, rubrique
« Mes comptes ».

Compte courant : position créditrice.

Ceci est un message automatique, merci de ne pas y répondre.
Banque Pyrénées Sud
""", system=True, alt=True, brand="Banque Pyrénées Sud", color="#0e6655"),
    msg("amie_lea_refus", "other", "fr", "", "lea.mourgues@example.fr",
        ("Léa Mourgues", "lea.mourgues@example.fr"),
        "Pas retenue...", "2026-05-16 19:22 +0200",
        """Coucou Marina,

Bon, je n'ai pas été retenue pour le poste chez Pierre Fabrest à Castres. Ils m'ont dit que
mon entretien était très bien mais qu'ils avaient choisi quelqu'un en interne. Je suis
dégoûtée.

Et toi, ça avance avec Toulouse ? Si tu viens, tu dors à la maison, hein !

Bises,
Léa
""", name_enc=("utf-8", "B")),
    msg("du_non_retenue", "other", "fr", "", "",
        ("Scolarité · Faculté de Pharmacie de Toulouse", "scolarite-noreply@pharma-tlse.example.fr"),
        "DU Affaires réglementaires – résultat de votre candidature", "2026-07-02 11:00 +0200",
        """Madame,

Nous avons le regret de vous informer que votre candidature au Diplôme Universitaire
« Affaires réglementaires des produits de santé » pour l'année 2026-2027 n'a pas été
retenue par la commission pédagogique, le nombre de places étant limité à 20.

Nous vous remercions de l'intérêt porté à notre formation.

Le service de scolarité
""", name_enc=("iso-8859-1", "Q"), charset="iso-8859-1", cte="quoted-printable"),
    msg("chasseur_cold_fr", "other", "fr", "", "antoine.mercadier@capitole-talents.example.fr",
        ("Antoine Mercadier", "antoine.mercadier@capitole-talents.example.fr"),
        "Échange sur vos projets professionnels ?", "2026-09-17 10:30 +0200",
        """Bonjour Marina,

Ma collègue Sophie m'a parlé de votre profil. Je m'occupe chez Capitole Talents des
recrutements réglementaires pour des laboratoires de la région.

Je n'ai pas de poste précis à vous proposer pour le moment, mais seriez-vous ouverte à un
échange téléphonique pour faire connaissance et parler de vos projets ?

Bien à vous,
Antoine Mercadier
Capitole Talents
""", subj_enc=("utf-8", "B")),
]
