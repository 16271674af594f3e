"""Corpus 297: the long threads (acknowledgement → invitation → moves → outcome), with
In-Reply-To/References set by the builder and quoted earlier messages."""

from __future__ import annotations

from msgs297_common import CAND, CAND_SIG, DISCLAIMER, html_shell, sig

MESSAGES: list[dict[str, object]] = []
add = MESSAGES.append

# --- T1 Laboratorios Alcora (Valencia, animal-health lab): ends in a no after interviews ---
MARTA = "Marta Gil Bonet <marta.gil@alcora.example.es>"
MARTA_SIG = sig("Marta Gil Bonet", "Técnica de Selección · Personas y Talento",
                "Laboratorios Alcora, S.A.", "Av. de la Ciència 14, 46980 Paterna (Valencia)",
                "Tel. +34 961 30 44 12")
add({
    "n": "alcora_ack", "k": "application_received", "lang": "es", "co": "Laboratorios Alcora", "ct": "",
    "frm": "Laboratorios Alcora <no-reply@smartrecruiters.com>",
    "subj": "Hemos recibido tu candidatura: Técnico/a de Soporte Veterinario",
    "date": "2026-02-03 08:12 +0000",
    "html": html_shell([
        "Hola Joaquín:",
        "Gracias por tu interés en Laboratorios Alcora. Hemos recibido correctamente tu "
        "candidatura para el puesto de Técnico/a de Soporte Veterinario (ref. ALC-2026-014) en "
        "Paterna.",
        "Nuestro equipo de Personas y Talento revisará tu perfil en las próximas semanas. Si "
        "encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.",
        "Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil.",
        "Un saludo,\nEquipo de Selección de Laboratorios Alcora",
    ], brand="Laboratorios Alcora", footer="Enviado a través de SmartRecruiters. Por favor, no "
       "respondas a este correo."),
})
add({
    "n": "alcora_invite", "k": "interview_invitation", "lang": "es", "co": "Laboratorios Alcora",
    "ct": "marta.gil@alcora.example.es", "frm": MARTA, "parent": "alcora_ack",
    "subj": "Entrevista – Técnico/a de Soporte Veterinario (ALC-2026-014)",
    "date": "2026-02-10 12:40 +0100", "cte": "quoted-printable",
    "text": f"""Hola Joaquín:

Soy Marta, de Personas y Talento de Laboratorios Alcora. Hemos revisado tu candidatura y nos gustaría conocerte en una primera entrevista con Vicente Llorca, responsable de Soporte Técnico para clínicas.

Te propongo el martes 17 de febrero a las 10:30 en nuestras oficinas de Paterna (Av. de la Ciència 14, recepción del edificio B). Calcula unos 45 minutos.

¿Te viene bien? Si no, dime dos o tres huecos esa semana y lo cuadramos.

Un saludo,
{MARTA_SIG}

{DISCLAIMER["es"]}
""",
})
add({
    "n": "alcora_confirm", "k": "other", "lang": "es", "frm": CAND, "to": MARTA, "parent": "alcora_invite",
    "quote": "es", "subj": "Re: Entrevista – Técnico/a de Soporte Veterinario (ALC-2026-014)",
    "date": "2026-02-10 19:02 +0100",
    "text": f"""Hola Marta:

Muchas gracias por la invitación. El martes 17 a las 10:30 me va perfecto, allí estaré.

{CAND_SIG["es"]}
""",
})
add({
    "n": "alcora_moved", "k": "interview_reschedule_or_cancel", "lang": "es", "co": "Laboratorios Alcora",
    "ct": "marta.gil@alcora.example.es", "frm": MARTA, "parent": "alcora_confirm", "quote": "es",
    "subj": "Re: Entrevista – Técnico/a de Soporte Veterinario (ALC-2026-014)",
    "date": "2026-02-13 09:05 +0100",
    "text": """Hola de nuevo, Joaquín:

Lo siento mucho, pero a Vicente le ha surgido un viaje a una feria en Zaragoza y no estará el martes. ¿Podríamos pasar la entrevista al jueves 19 de febrero a las 16:00, mismo sitio?

Te mando una nueva convocatoria de calendario que sustituye a la anterior.

Un saludo,
Marta
""",
    "ics": {"method": "REQUEST", "uid": "alc-2026-014-entrevista1@alcora.example.es", "seq": 1,
             "start": "20260219T160000", "end": "20260219T164500", "tz": "Europe/Madrid",
             "summary": "Entrevista Joaquín Ferreyra - Soporte Veterinario",
             "organizer": "marta.gil@alcora.example.es", "location": "Alcora Paterna - Edificio B",
             "stamp": "20260213T080500Z"},
})
add({
    "n": "alcora_thanks", "k": "other", "lang": "es", "frm": CAND, "to": MARTA, "parent": "alcora_moved",
    "subj": "Gracias por la entrevista de ayer", "date": "2026-02-20 09:31 +0100",
    "text": f"""Hola Marta:

Quería daros las gracias a ti y a Vicente por el tiempo de ayer. Me gustó mucho conocer cómo trabaja el equipo de soporte con las clínicas y me quedo con ganas de aportar mi experiencia en hospitalización y laboratorio interno.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

{CAND_SIG["es"]}
""",
})
add({
    "n": "alcora_no", "k": "rejection", "lang": "es", "co": "Laboratorios Alcora",
    "ct": "marta.gil@alcora.example.es", "frm": MARTA, "parent": "alcora_thanks", "quote": "outlook-es",
    "subj": "RE: Gracias por la entrevista de ayer", "date": "2026-03-06 13:48 +0100",
    "text": f"""Hola Joaquín:

Gracias a ti por tu tiempo y por el interés. Tras las entrevistas, el equipo ha decidido seguir adelante con otra persona cuyo perfil tiene más experiencia comercial directa con clínicas, así que no vamos a continuar con tu candidatura en esta ocasión.

Vicente me pide que te diga que le gustó mucho tu conocimiento práctico de los analizadores de bioquímica. Guardaremos tu CV para futuras vacantes de soporte técnico.

Mucha suerte,
{MARTA_SIG}
""",
})

# --- T2 Cooperativa Agraria Huerta Sur (Murcia): ends in an offer and a contract ---
ENCARNA = "Encarnación Sánchez Pardo <esanchez@huertasur.example.es>"
ENC_SIG = sig("Encarnación Sánchez Pardo", "Administración y RR. HH.",
              "Cooperativa Agraria Huerta Sur, S. Coop.", "Ctra. de Alhama, km 4 · 30850 Totana (Murcia)",
              "968 42 17 90 · ext. 213")
add({
    "n": "huerta_ack", "k": "application_received", "lang": "es", "co": "Cooperativa Agraria Huerta Sur",
    "ct": "esanchez@huertasur.example.es", "frm": ENCARNA,
    "subj": "Recibido: CV técnico comercial sección ganadera", "date": "2026-08-03 10:22 +0200",
    "cs": "iso-8859-1", "cte": "8bit",
    "text": f"""Buenos días, Joaquín:

Le confirmo que hemos recibido su currículum para el puesto de técnico comercial de la sección ganadera (piensos y productos zoosanitarios). Lo pasaré al gerente, D. Ginés Martínez, y a la veterinaria de la sección.

Cerramos la recogida de candidaturas el 14 de agosto; después le diremos algo, sea cual sea la decisión.

Atentamente,
{ENC_SIG}
""",
})
add({
    "n": "huerta_invite", "k": "interview_invitation", "lang": "es", "co": "Cooperativa Agraria Huerta Sur",
    "ct": "esanchez@huertasur.example.es", "frm": ENCARNA, "parent": "huerta_ack",
    "subj": "Entrevista telefónica - técnico comercial", "date": "2026-08-10 09:15 +0200",
    "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": f"""Buenos días, Joaquín:

Al gerente le ha interesado su perfil. Le propone una primera conversación telefónica de media hora el miércoles 12 de agosto a las 11:00. Le llamaría él mismo al número de su CV.

Le ruego que me confirme si le viene bien.

Atentamente,
{ENC_SIG}
""",
})
add({
    "n": "huerta_ask_move", "k": "other", "lang": "es", "frm": CAND, "to": ENCARNA, "parent": "huerta_invite",
    "quote": "es", "subj": "Re: Entrevista telefónica - técnico comercial",
    "date": "2026-08-10 13:47 +0200",
    "text": f"""Buenos días, Encarnación:

Muchas gracias. El miércoles a las 11:00 estoy de turno en quirófano en la clínica y no podré atender el teléfono. ¿Sería posible el jueves 13 por la mañana o el mismo miércoles a partir de las 15:00?

Disculpe las molestias.

{CAND_SIG["es"]}
""",
})
add({
    "n": "huerta_moved", "k": "interview_reschedule_or_cancel", "lang": "es",
    "co": "Cooperativa Agraria Huerta Sur", "ct": "esanchez@huertasur.example.es", "frm": ENCARNA,
    "parent": "huerta_ask_move", "quote": "es", "subj": "Re: Entrevista telefónica - técnico comercial",
    "date": "2026-08-11 08:58 +0200", "cs": "iso-8859-1", "cte": "8bit",
    "text": """Buenos días, Joaquín:

Sin problema. Cambiamos la llamada al jueves 13 de agosto a las 9:30; D. Ginés le llamará a esa hora.

Un saludo,
Encarna
""",
})
add({
    "n": "huerta_invite2", "k": "interview_invitation", "lang": "es", "co": "Cooperativa Agraria Huerta Sur",
    "ct": "gines.martinez@huertasur.example.es",
    "frm": "Ginés Martínez <gines.martinez@huertasur.example.es>", "cc": ENCARNA,
    "subj": "Visita a la cooperativa y segunda entrevista", "date": "2026-08-27 18:20 +0200",
    "text": """Joaquín, buenas tardes:

Como hablamos por teléfono, nos gustaría que vinieras a Totana a conocer la sección ganadera y tener una segunda entrevista conmigo y con Rosa Alcaraz, la veterinaria de la cooperativa. Sería el viernes 4 de septiembre a las 10:00; después visitaríamos dos explotaciones de socios, así que trae calzado de campo.

Te mando la cita al calendario.

Ginés Martínez
Gerente · Cooperativa Agraria Huerta Sur
609 31 72 44
""",
    "ics": {"method": "REQUEST", "uid": "huertasur-visita-0904@huertasur.example.es", "seq": 0,
             "start": "20260904T100000", "end": "20260904T133000", "tz": "Europe/Madrid",
             "summary": "Segunda entrevista y visita - J. Ferreyra",
             "organizer": "gines.martinez@huertasur.example.es",
             "location": "Cooperativa Huerta Sur - Totana", "stamp": "20260827T162000Z"},
})
add({
    "n": "huerta_offer", "k": "offer", "lang": "es", "co": "Cooperativa Agraria Huerta Sur",
    "ct": "gines.martinez@huertasur.example.es",
    "frm": "Ginés Martínez <gines.martinez@huertasur.example.es>", "cc": ENCARNA,
    "subj": "Propuesta de incorporación - técnico comercial ganadero",
    "date": "2026-09-15 17:05 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Joaquín, buenas tardes:

Tras la visita y después de comentarlo en el Consejo Rector, queremos ofrecerte el puesto de técnico comercial de la sección ganadera.

Las condiciones que te proponemos son:
- Contrato indefinido, jornada completa, con incorporación el 1 de noviembre.
- Salario bruto anual de 27.500 €, más variable por objetivos de hasta 3.000 €.
- Vehículo de empresa y teléfono.
- Convenio del campo de la Región de Murcia.

Te agradecería una respuesta antes del 25 de septiembre. Cualquier duda, llámame.

Un abrazo,
Ginés Martínez
Gerente · Cooperativa Agraria Huerta Sur
""",
})
add({
    "n": "huerta_question", "k": "other", "lang": "es", "frm": CAND,
    "to": "Ginés Martínez <gines.martinez@huertasur.example.es>", "parent": "huerta_offer",
    "quote": "es", "subj": "Re: Propuesta de incorporación - técnico comercial ganadero",
    "date": "2026-09-16 21:12 +0200",
    "text": f"""Hola Ginés:

Muchísimas gracias, es una gran noticia. Antes de confirmar, ¿sería posible adelantar la formación en productos zoosanitarios a octubre y revisar el variable? Tengo otra propuesta en marcha y quiero decidir bien.

{CAND_SIG["es"]}
""",
})
add({
    "n": "huerta_offer2", "k": "offer", "lang": "es", "co": "Cooperativa Agraria Huerta Sur",
    "ct": "gines.martinez@huertasur.example.es",
    "frm": "Ginés Martínez <gines.martinez@huertasur.example.es>", "parent": "huerta_question",
    "quote": "es", "subj": "Re: Propuesta de incorporación - técnico comercial ganadero",
    "date": "2026-09-18 12:31 +0200", "cs": "windows-1252", "cte": "8bit",
    "text": """Joaquín:

Lo he hablado con el Consejo. Podemos mejorar la oferta así: salario bruto de 28.500 € y variable de hasta 3.500 €, y la formación en zoosanitarios la harías del 19 al 23 de octubre en Murcia, ya contratado desde el 15 de octubre si te viene bien.

La propuesta sigue en pie hasta el 30 de septiembre.

Ginés
""",
})
add({
    "n": "huerta_contract", "k": "offer", "lang": "es", "co": "Cooperativa Agraria Huerta Sur",
    "ct": "esanchez@huertasur.example.es", "frm": ENCARNA, "parent": "huerta_offer2",
    "subj": "Contrato para firma - incorporación 15/10", "date": "2026-10-05 11:40 +0200",
    "text": f"""Buenos días, Joaquín:

Tal como acordó con D. Ginés, le adjunto el contrato de trabajo indefinido y el anexo de condiciones para su firma. Puede firmarlos y devolvérmelos escaneados, o traerlos el día de su incorporación (15 de octubre, 8:00, oficinas de Totana).

Necesitaré además copia del DNI, número de la Seguridad Social y una cuenta bancaria.

Atentamente,
{ENC_SIG}
""",
    "pdf": [("Contrato_J_Ferreyra_HuertaSur.pdf", [
        "COOPERATIVA AGRARIA HUERTA SUR", "Contrato de trabajo indefinido",
        "Trabajador: Joaquin Ferreyra", "Puesto: Tecnico comercial seccion ganadera",
        "Inicio: 15/10/2026", "Salario bruto anual: 28.500 EUR", "Firma: ____________"])],
})

# --- T3 Tiergesundheit Isarwerk (Munich, lab): offer in German and English ---
SABINE = "sabine.kroll@isarwerk.example.de"
SAB_SIG = sig("Sabine Kroll", "Talent Acquisition", "Tiergesundheit Isarwerk GmbH",
              "Freisinger Landstraße 52 · 80939 München", "Tel. +49 89 3219 4470")
add({
    "n": "isar_ack", "k": "application_received", "lang": "de", "co": "Tiergesundheit Isarwerk", "ct": "",
    "frm": "Tiergesundheit Isarwerk <jobs-isarwerk@personio.de>",
    "subj": "Eingangsbestätigung Ihrer Bewerbung – Technical Service Specialist (m/w/d)",
    "date": "2026-07-20 14:03 +0200",
    "text": """Sehr geehrter Herr Ferreyra,

vielen Dank für Ihre Bewerbung als Technical Service Specialist (m/w/d) Kleintier und Ihr Interesse an der Tiergesundheit Isarwerk.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Tiergesundheit Isarwerk

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
    "html": html_shell([
        "Sehr geehrter Herr Ferreyra,",
        "vielen Dank für Ihre Bewerbung als Technical Service Specialist (m/w/d) Kleintier und "
        "Ihr Interesse an der Tiergesundheit Isarwerk.",
        "Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und "
        "melden uns innerhalb von drei Wochen bei Ihnen.",
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Tiergesundheit Isarwerk",
    ], brand="Tiergesundheit Isarwerk", color="#1d6b4f",
        footer="Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf "
        "diese E-Mail."),
})
add({
    "n": "isar_invite", "k": "interview_invitation", "lang": "de", "co": "Tiergesundheit Isarwerk",
    "ct": SABINE, "frm": "Sabine Kroll via Personio <jobs-isarwerk@personio.de>", "rt": SABINE,
    "parent": "isar_ack", "subj": "Einladung zum Videointerview – Technical Service Specialist",
    "date": "2026-07-28 10:17 +0200", "subj_enc": ("utf-8", "Q"),
    "text": f"""Hallo Herr Ferreyra,

Ihr Profil hat uns überzeugt, und wir würden Sie gerne in einem ersten Videointerview (Microsoft Teams, ca. 60 Minuten) kennenlernen. Mit dabei ist Dr. Lukas Brenner, Leiter Technical Service. Das Gespräch führen wir auf Englisch und zum Teil auf Deutsch.

Termin: Dienstag, 4. August 2026, 15:00 Uhr (MESZ). Die Einladung mit Link finden Sie im Anhang.

Bitte bestätigen Sie den Termin kurz per Antwort an mich.

Beste Grüße
{SAB_SIG}
""",
    "ics": {"method": "REQUEST", "uid": "isw-tss-2207-ferreyra@isarwerk.example.de", "seq": 0,
             "start": "20260804T150000", "end": "20260804T160000", "tz": "Europe/Berlin",
             "summary": "Videointerview Technical Service Specialist", "organizer": SABINE,
             "location": "Microsoft Teams", "stamp": "20260728T081700Z"},
})
add({
    "n": "isar_moved", "k": "interview_reschedule_or_cancel", "lang": "de", "co": "Tiergesundheit Isarwerk",
    "ct": SABINE, "frm": f"Sabine Kroll <{SABINE}>", "parent": "isar_invite", "quote": "de",
    "subj": "AW: Einladung zum Videointerview – Technical Service Specialist",
    "date": "2026-08-03 08:44 +0200",
    "text": """Guten Morgen Herr Ferreyra,

leider muss ich unseren Termin morgen verschieben: Dr. Brenner ist kurzfristig auf einer Kundenschulung in Regensburg. Neuer Termin ist Donnerstag, 6. August, 14:00 Uhr, gleicher Teams-Link. Die aktualisierte Einladung kommt mit dieser Mail.

Entschuldigen Sie die Umstände!
Sabine Kroll
""",
    "ics": {"method": "REQUEST", "uid": "isw-tss-2207-ferreyra@isarwerk.example.de", "seq": 1,
             "start": "20260806T140000", "end": "20260806T150000", "tz": "Europe/Berlin",
             "summary": "Videointerview Technical Service Specialist (verschoben)",
             "organizer": SABINE, "location": "Microsoft Teams", "stamp": "20260803T064400Z"},
})
add({
    "n": "isar_thanks", "k": "other", "lang": "de", "frm": CAND, "to": f"Sabine Kroll <{SABINE}>",
    "parent": "isar_moved", "subj": "Danke für das Gespräch am 6. August",
    "date": "2026-08-07 09:12 +0200",
    "text": f"""Liebe Frau Kroll,

herzlichen Dank für das angenehme Gespräch gestern mit Ihnen und Dr. Brenner. Die Aufgaben im Technical Service – Anwenderschulungen in Kliniken und telefonischer Support zu Impfstoffen und Parasitika – passen sehr gut zu meiner Erfahrung.

Ich freue mich, von Ihnen zu hören.

{CAND_SIG["de"]}
""",
})
add({
    "n": "isar_invite2", "k": "interview_invitation", "lang": "de", "co": "Tiergesundheit Isarwerk",
    "ct": SABINE, "frm": f"Sabine Kroll <{SABINE}>", "parent": "isar_thanks", "quote": "de",
    "subj": "AW: Danke für das Gespräch am 6. August", "date": "2026-08-20 16:25 +0200",
    "text": f"""Lieber Herr Ferreyra,

gerne! Wir möchten Sie zur zweiten Runde nach München einladen: am Mittwoch, 2. September, von 10 bis ca. 15 Uhr bei uns in der Freisinger Landstraße. Sie lernen das Team kennen, halten eine kurze Präsentation (15 Minuten, Thema: „Einführung eines neuen Schnelltests in einer Kleintierklinik“) und sprechen mit unserer Geschäftsführung.

Reise- und Hotelkosten übernehmen wir; unsere Assistenz bucht Ihnen Flug und Zimmer, sobald Sie zusagen.

Beste Grüße
{SAB_SIG}
""",
})
add({
    "n": "isar_offer", "k": "offer", "lang": "de", "co": "Tiergesundheit Isarwerk", "ct": SABINE,
    "frm": f"Sabine Kroll <{SABINE}>", "subj": "Unser Angebot: Technical Service Specialist (m/w/d)",
    "date": "2026-09-10 15:02 +0200", "subj_enc": ("iso-8859-1", "B"), "cte": "base64",
    "text": f"""Lieber Herr Ferreyra,

ich freue mich sehr, Ihnen im Namen der Geschäftsführung mitteilen zu dürfen, dass wir Ihnen die Stelle als Technical Service Specialist (m/w/d) Kleintier anbieten möchten.

Eckdaten unseres Angebots:
- Start: 1. November 2026 (früher nach Absprache)
- Jahresbruttogehalt: 52.000 € zzgl. 10 % Bonus
- 30 Urlaubstage, Dienstwagen auch zur privaten Nutzung
- Relocation-Paket für den Umzug von Valencia nach München

Das ausführliche Angebotsschreiben folgt auf Englisch, da unsere Konzernsprache Englisch ist. Über eine Rückmeldung bis zum 24. September würden wir uns freuen.

Herzliche Grüße
{SAB_SIG}
""",
})
add({
    "n": "isar_offer_en", "k": "offer", "lang": "en", "co": "Tiergesundheit Isarwerk",
    "ct": "anja.weidner@isarwerk.example.de",
    "frm": "Anja Weidner <anja.weidner@isarwerk.example.de>", "cc": f"Sabine Kroll <{SABINE}>",
    "subj": "Offer letter – Technical Service Specialist, Tiergesundheit Isarwerk",
    "date": "2026-09-11 11:26 +0200",
    "text": """Dear Joaquín,

Following Sabine's message yesterday, please find attached your formal offer letter for the position of Technical Service Specialist (Companion Animals), based in Munich.

The letter sets out salary, bonus, benefits and the relocation support we discussed. To accept, please sign the last page and return it to me; the employment contract in German will follow once we have your acceptance.

Kind regards,
Anja Weidner
HR Business Partner | Tiergesundheit Isarwerk GmbH
Freisinger Landstraße 52, 80939 Munich, Germany
""",
    "pdf": [("Offer_Letter_Ferreyra.pdf", [
        "Tiergesundheit Isarwerk - Offer of Employment", "Candidate: Joaquin Ferreyra",
        "Position: Technical Service Specialist (Companion Animals)",
        "Start date: 1 November 2026", "Annual base salary: EUR 52,000 + 10% bonus",
        "Please sign and return by 24 September 2026."])],
})
add({
    "n": "isar_time", "k": "other", "lang": "de", "frm": CAND, "to": f"Sabine Kroll <{SABINE}>",
    "parent": "isar_offer", "quote": "de", "subj": "Re: Unser Angebot: Technical Service Specialist (m/w/d)",
    "date": "2026-09-12 10:40 +0200",
    "text": f"""Liebe Frau Kroll,

vielen herzlichen Dank für das Angebot, ich freue mich riesig! Da ein Umzug nach München für meine Familie eine große Entscheidung ist, bitte ich um ein paar Tage Bedenkzeit – ich melde mich spätestens am 22. September.

{CAND_SIG["de"]}
""",
})
add({
    "n": "isar_contract", "k": "offer", "lang": "de", "co": "Tiergesundheit Isarwerk", "ct": SABINE,
    "frm": f"Sabine Kroll <{SABINE}>", "subj": "Ihr Arbeitsvertrag zur Unterschrift",
    "date": "2026-10-02 09:33 +0200",
    "text": f"""Lieber Herr Ferreyra,

wie telefonisch besprochen erhalten Sie anbei Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie eines per Post an uns zurück; ein Scan per E-Mail genügt vorab.

Wir freuen uns auf Sie!
{SAB_SIG}

{DISCLAIMER["de"]}
""",
    "pdf": [("Arbeitsvertrag_Ferreyra.pdf", [
        "Arbeitsvertrag", "zwischen Tiergesundheit Isarwerk GmbH und Joaquin Ferreyra",
        "Beginn: 01.11.2026", "Taetigkeit: Technical Service Specialist Kleintier",
        "Unterschrift Arbeitnehmer: ____________"])],
})

# --- T4 Northbridge Animal Health (London, lab): missed call, then a no ---
OLIVIA = "olivia.hart@northbridge.example.co.uk"
add({
    "n": "nb_ack", "k": "application_received", "lang": "en", "co": "Northbridge Animal Health", "ct": "",
    "frm": "Northbridge Animal Health <no-reply@us.greenhouse-mail.io>",
    "subj": "Thank you for applying to Northbridge Animal Health", "date": "2026-03-02 16:41 +0000",
    "html": html_shell([
        "Hi Joaquín,",
        "Thanks for applying for the Veterinary Technical Advisor (Companion Animal) role. "
        "Your application has been received and our team will review it shortly.",
        "Due to the high volume of applications we receive, we are unable to respond to every "
        "applicant individually. If your experience matches the role, a member of our Talent "
        "team will be in touch.",
        "Best,\nThe Northbridge Talent Team",
    ], brand="Northbridge Animal Health", color="#0b3954",
        footer="Powered by Greenhouse. Replies to this address are not monitored."),
})
add({
    "n": "nb_invite", "k": "interview_invitation", "lang": "en", "co": "Northbridge Animal Health",
    "ct": OLIVIA, "frm": "Olivia Hart via Greenhouse <no-reply@us.greenhouse-mail.io>", "rt": OLIVIA,
    "subj": "Northbridge: let's schedule a call", "date": "2026-03-09 11:02 +0000",
    "text": """Hi Joaquín,

Thanks so much for your interest in the Veterinary Technical Advisor role. I'd love to set up a 30-minute video screen to talk through your background and the role.

Please pick a time that suits you here:
https://app.greenhouse.io/scheduling/northbridge/olivia-hart-30min

The call will be on Microsoft Teams; the link will be in the calendar invite once you've booked.

Best,
Olivia Hart
Talent Partner, Northbridge Animal Health
""",
})
add({
    "n": "nb_missed", "k": "missed_interview_notice", "lang": "en", "co": "Northbridge Animal Health",
    "ct": OLIVIA, "frm": f"Olivia Hart <{OLIVIA}>", "parent": "nb_invite",
    "subj": "Our call today at 10:00", "date": "2026-03-17 10:24 +0000",
    "text": """Hi Joaquín,

I was on the Teams link for our 10:00 (UK time) call this morning and waited about fifteen minutes, but didn't see you join. I also tried the mobile number on your CV without luck.

I hope everything is OK. If you're still interested, reply to this email and I'll see whether I can find another slot later this week.

Best,
Olivia

Olivia Hart | Talent Partner | Northbridge Animal Health
14 Harrow Yard, London NW1 8QT | +44 20 7946 0312
""",
})
add({
    "n": "nb_sorry", "k": "other", "lang": "en", "frm": CAND, "to": f"Olivia Hart <{OLIVIA}>",
    "parent": "nb_missed", "quote": "en", "subj": "Re: Our call today at 10:00",
    "date": "2026-03-17 11:45 +0100",
    "text": f"""Hi Olivia,

I am so sorry. I booked the slot for 10:00 and completely forgot that Spain is one hour ahead of the UK, so I was waiting at 10:00 my time, when you had already left. This is entirely my mistake.

I am still very interested and can make any time on Thursday or Friday.

{CAND_SIG["en"]}
""",
})
add({
    "n": "nb_reinvite", "k": "interview_invitation", "lang": "en", "co": "Northbridge Animal Health",
    "ct": OLIVIA, "frm": f"Olivia Hart <{OLIVIA}>", "parent": "nb_sorry", "quote": "en",
    "subj": "Re: Our call today at 10:00", "date": "2026-03-17 15:50 +0000",
    "text": """Hi Joaquín,

No worries at all, time zones catch everyone out! Let's do Friday 20 March at 14:00 UK time (15:00 for you). I've just sent a Teams invite.

Speak then,
Olivia
""",
})
add({
    "n": "nb_no", "k": "rejection", "lang": "en", "co": "Northbridge Animal Health", "ct": OLIVIA,
    "frm": f"Olivia Hart <{OLIVIA}>", "subj": "Veterinary Technical Advisor – update",
    "date": "2026-04-14 09:37 +0100",
    "text": """Hi Joaquín,

Thank you for taking the time to speak with me and with Priya from the technical team. We enjoyed learning about your clinical experience.

After a lot of discussion, we've decided to move forward with candidates whose experience more closely matches what we need right now, particularly UK field-sales experience and RCVS registration. I'm sorry it isn't better news.

I'll keep your details on file, and please do look out for future roles with us.

Kind regards,
Olivia Hart
Talent Partner, Northbridge Animal Health
""",
    "html": html_shell([
        "Hi Joaquín,",
        "Thank you for taking the time to speak with me and with Priya from the technical "
        "team. We enjoyed learning about your clinical experience.",
        "After a lot of discussion, we've decided to move forward with candidates whose "
        "experience more closely matches what we need right now, particularly UK field-sales "
        "experience and RCVS registration. I'm sorry it isn't better news.",
        "I'll keep your details on file, and please do look out for future roles with us.",
        "Kind regards,\nOlivia Hart\nTalent Partner, Northbridge Animal Health",
    ]),
    "hcte": "base64",
})

# --- T5 Laboratoires Garonne (Bordeaux, lab): interview cancelled, then role suspended ---
CAMILLE = "camille.roux@garonne-sante.example.fr"
add({
    "n": "gar_ack", "k": "application_received", "lang": "fr", "co": "Laboratoires Garonne Santé Animale",
    "ct": "", "frm": "Laboratoires Garonne Santé Animale <no-reply@teamtailor-mail.com>",
    "subj": "Merci pour votre candidature !", "date": "2026-04-07 07:55 +0000",
    "html": html_shell([
        "Bonjour Joaquín,",
        "Merci d'avoir postulé au poste de Délégué(e) technique vétérinaire – Sud-Ouest chez "
        "Laboratoires Garonne Santé Animale.",
        "Nous avons bien reçu votre candidature et nous l'étudierons avec attention. Nous "
        "revenons vers vous dans les meilleurs délais.",
        "À bientôt,\nL'équipe Recrutement",
    ], brand="Garonne Santé Animale", color="#7a1f3d",
        footer="Cet e-mail a été envoyé via Teamtailor. Merci de ne pas y répondre."),
})
add({
    "n": "gar_invite", "k": "interview_invitation", "lang": "fr", "co": "Laboratoires Garonne Santé Animale",
    "ct": CAMILLE, "frm": f"Camille Roux <{CAMILLE}>", "parent": "gar_ack",
    "subj": "Entretien - Délégué technique vétérinaire Sud-Ouest", "date": "2026-04-15 14:12 +0200",
    "cs": "iso-8859-1", "cte": "quoted-printable", "name_enc": ("iso-8859-1", "Q"),
    "text": """Bonjour Monsieur Ferreyra,

Suite à l'étude de votre candidature, je vous propose un entretien en visioconférence avec M. Thierry Bastide, directeur régional, le mardi 28 avril à 9h30.

Merci de me confirmer votre disponibilité. Le lien Teams vous sera envoyé la veille.

Bien cordialement,

Camille Roux
Chargée de recrutement
Laboratoires Garonne Santé Animale
12 quai de Bacalan, 33300 Bordeaux
05 56 39 71 20
""",
})
add({
    "n": "gar_cancel", "k": "interview_reschedule_or_cancel", "lang": "fr",
    "co": "Laboratoires Garonne Santé Animale", "ct": CAMILLE, "frm": f"Camille Roux <{CAMILLE}>",
    "parent": "gar_invite", "quote": "fr", "subj": "Annulation : entretien du 28 avril",
    "date": "2026-04-22 17:30 +0200",
    "text": """Bonjour Monsieur Ferreyra,

Je suis contrainte d'annuler notre entretien du mardi 28 avril : M. Bastide est retenu par un séminaire interne cette semaine-là. Je reviendrai vers vous dès que possible pour vous proposer une nouvelle date.

Toutes mes excuses pour ce contretemps.

Camille Roux
""",
    "ics": {"method": "CANCEL", "uid": "gsa-entretien-0428-ferreyra@garonne-sante.example.fr",
             "seq": 2, "start": "20260428T093000", "end": "20260428T103000", "tz": "Europe/Paris",
             "summary": "Entretien J. Ferreyra - Délégué technique", "organizer": CAMILLE,
             "stamp": "20260422T153000Z"},
})
add({
    "n": "gar_no", "k": "rejection", "lang": "fr", "co": "Laboratoires Garonne Santé Animale", "ct": CAMILLE,
    "frm": f"Camille Roux <{CAMILLE}>", "parent": "gar_cancel", "quote": "fr",
    "subj": "Re: Annulation : entretien du 28 avril", "date": "2026-05-06 10:05 +0200",
    "text": """Bonjour Monsieur Ferreyra,

Je reviens vers vous comme promis, malheureusement pas avec la nouvelle espérée : la direction a décidé de geler le recrutement du poste de délégué technique Sud-Ouest jusqu'à la fin de l'année, à la suite d'une réorganisation commerciale. Nous ne donnerons donc pas suite à votre candidature pour ce poste.

Je vous remercie pour votre patience et vous souhaite pleine réussite dans vos recherches.

Bien cordialement,
Camille Roux
Chargée de recrutement – Laboratoires Garonne Santé Animale
""",
})

# --- T6 Hospitales Veterinarios Cierzo (Zaragoza): missed call, new call, then a no ---
PILAR = "pilar.azcona@hvcierzo.example.es"
add({
    "n": "cierzo_ack", "k": "application_received", "lang": "es", "co": "Hospitales Veterinarios Cierzo",
    "ct": "", "frm": "Hospitales Veterinarios Cierzo <cierzo@myworkday.com>",
    "subj": "Confirmación de solicitud: Coordinador/a de Soporte Clínico (R-00318)",
    "date": "2026-01-14 07:31 +0000",
    "text": """Estimado/a Joaquín Ferreyra:

Gracias por presentar su solicitud para el puesto Coordinador/a de Soporte Clínico (R-00318) en Zaragoza.

Hemos recibido su solicitud. Puede revisar el estado en cualquier momento en la sección "Mis solicitudes" de nuestro portal de empleo.

Atentamente,
Talento – Hospitales Veterinarios Cierzo

Este es un mensaje generado automáticamente; no responda a este correo.
""",
})
add({
    "n": "cierzo_invite", "k": "interview_invitation", "lang": "es", "co": "Hospitales Veterinarios Cierzo",
    "ct": PILAR, "frm": f"Pilar Azcona <{PILAR}>", "parent": "cierzo_ack",
    "subj": "Llamada - Coordinador/a de Soporte Clínico", "date": "2026-01-21 12:10 +0100",
    "text": """Buenos días, Joaquín:

Te escribo de Talento de Hospitales Veterinarios Cierzo por tu candidatura a Coordinador/a de Soporte Clínico. ¿Te parece que tengamos una llamada de unos 20 minutos el martes 27 de enero a las 10:00? Te llamaría yo al móvil.

Saludos,
Pilar Azcona
Talent Acquisition · Hospitales Veterinarios Cierzo
C/ Gertrudis Gómez de Avellaneda 40, 50018 Zaragoza
""",
})
add({
    "n": "cierzo_missed", "k": "missed_interview_notice", "lang": "es",
    "co": "Hospitales Veterinarios Cierzo", "ct": PILAR, "frm": f"Pilar Azcona <{PILAR}>",
    "parent": "cierzo_invite", "quote": "es", "subj": "Re: Llamada - Coordinador/a de Soporte Clínico",
    "date": "2026-01-27 10:26 +0100",
    "text": """Hola, Joaquín:

Te he llamado a las 10:00 como habíamos quedado y otra vez a las 10:15, pero no he podido contactar contigo (saltaba el buzón de voz).

Si sigues interesado, dime cuándo te viene bien y lo intentamos de nuevo.

Pilar
""",
})
add({
    "n": "cierzo_sorry", "k": "other", "lang": "es", "frm": CAND, "to": f"Pilar Azcona <{PILAR}>",
    "parent": "cierzo_missed", "quote": "es", "subj": "Re: Llamada - Coordinador/a de Soporte Clínico",
    "date": "2026-01-27 14:02 +0100",
    "text": f"""Hola, Pilar:

Te pido disculpas. Entró una urgencia en la clínica (un perro con torsión de estómago) y tuve que entrar a quirófano sin poder avisarte. Sigo muy interesado; cualquier día de esta semana a partir de las 15:00 me viene bien.

{CAND_SIG["es"]}
""",
})
add({
    "n": "cierzo_reinvite", "k": "interview_invitation", "lang": "es", "co": "Hospitales Veterinarios Cierzo",
    "ct": PILAR, "frm": f"Pilar Azcona <{PILAR}>", "parent": "cierzo_sorry", "quote": "es",
    "subj": "Re: Llamada - Coordinador/a de Soporte Clínico", "date": "2026-01-28 09:40 +0100",
    "text": """¡Claro, esas cosas pasan en una clínica! Te llamo el jueves 29 a las 16:30. Si hubiera cualquier cambio, escríbeme por aquí.

Pilar
""",
})
add({
    "n": "cierzo_no", "k": "rejection", "lang": "es", "co": "Hospitales Veterinarios Cierzo", "ct": "",
    "frm": "Hospitales Veterinarios Cierzo <cierzo@myworkday.com>",
    "subj": "Actualización sobre su solicitud: Coordinador/a de Soporte Clínico (R-00318)",
    "date": "2026-02-12 08:02 +0000",
    "html": html_shell([
        "Estimado/a Joaquín Ferreyra:",
        "Gracias por el interés mostrado en el puesto Coordinador/a de Soporte Clínico "
        "(R-00318) y por el tiempo dedicado al proceso de selección.",
        "Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que hemos "
        "decidido continuar con otros candidatos cuyo perfil se ajusta mejor a los requisitos "
        "del puesto.",
        "Le animamos a seguir consultando nuestras ofertas y le deseamos mucho éxito.",
        "Atentamente,\nTalento – Hospitales Veterinarios Cierzo",
    ], brand="Hospitales Veterinarios Cierzo", color="#c0392b",
        footer="Este es un mensaje generado automáticamente desde Workday. No responda."),
})

# --- T7 Tempoval ETT for Nutripet Levante (Murcia, pet food) ---
LAURA = "laura.nicolas@tempoval.example.es"
add({
    "n": "tempo_invite", "k": "interview_invitation", "lang": "es", "co": "Nutripet Levante", "ct": LAURA,
    "frm": f"Laura Nicolás | Tempoval ETT <{LAURA}>",
    "subj": "Entrevista con cliente: promotor/a técnico/a pet food (Murcia)",
    "date": "2026-03-24 13:15 +0100",
    "text": """Hola Joaquín,

Soy Laura, de Tempoval ETT. Nuestro cliente Nutripet Levante, fabricante de piensos para mascotas en Alcantarilla, busca un/a promotor/a técnico/a para visitar clínicas veterinarias y tiendas especializadas en Murcia y Alicante, y tu perfil les ha encajado.

Te proponen entrevista presencial en su fábrica el lunes 30 de marzo a las 12:00 con Andrés Belmonte, jefe de ventas. Dirección: Polígono Oeste, parcela 22/5, Alcantarilla.

Confírmame y te mando el resto de detalles.

Laura Nicolás
Consultora de selección · Tempoval ETT
Gran Vía Escultor Salzillo 9, 3º · 30004 Murcia · 868 11 20 45
""",
})
add({
    "n": "tempo_moved", "k": "interview_reschedule_or_cancel", "lang": "es", "co": "Nutripet Levante",
    "ct": LAURA, "frm": f"Laura Nicolás | Tempoval ETT <{LAURA}>", "parent": "tempo_invite",
    "quote": "outlook-es", "subj": "RE: Entrevista con cliente: promotor/a técnico/a pet food (Murcia)",
    "date": "2026-03-27 10:03 +0100", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Hola Joaquín,

Me acaba de llamar Nutripet: Andrés tiene auditoría el lunes y nos piden pasar tu entrevista al miércoles 1 de abril a las 9:30, mismo lugar. ¿Te encaja? Perdona el cambio.

Laura
""",
})
add({
    "n": "tempo_offer", "k": "offer", "lang": "es", "co": "Nutripet Levante", "ct": LAURA,
    "frm": f"Laura Nicolás | Tempoval ETT <{LAURA}>",
    "subj": "¡Buenas noticias! Propuesta de contrato - Nutripet Levante",
    "date": "2026-04-08 16:48 +0200", "subj_enc": ("utf-8", "B"),
    "text": """¡Hola Joaquín!

Nutripet Levante quiere contar contigo como promotor técnico. La propuesta es un contrato de puesta a disposición a través de Tempoval de seis meses (del 20 de abril al 19 de octubre), jornada completa, 1.650 € brutos al mes en 14 pagas, coche de empresa y dietas.

Si aceptas, te envío el contrato para firmar y la cita para el reconocimiento médico. Necesitaría tu respuesta antes del viernes.

Un abrazo,
Laura Nicolás
Consultora de selección · Tempoval ETT
""",
})
add({
    "n": "tempo_decline", "k": "other", "lang": "es", "frm": CAND, "to": f"Laura Nicolás <{LAURA}>",
    "parent": "tempo_offer", "quote": "es", "subj": "Re: ¡Buenas noticias! Propuesta de contrato - Nutripet Levante",
    "date": "2026-04-09 20:15 +0200",
    "text": f"""Hola Laura:

Muchas gracias a ti y a Nutripet por la confianza. Lo he pensado mucho, pero un contrato de seis meses en Murcia ahora mismo no me compensa dejar mi puesto indefinido en la clínica, así que tengo que declinar la propuesta.

Espero que podamos colaborar en otra ocasión.

{CAND_SIG["es"]}
""",
})

# --- T8 Hartmann & Rees Executive Search for Futterhaus Brandl (Munich, pet food) ---
JONAS = "j.reiter@hartmann-rees.example.de"
add({
    "n": "hr_invite", "k": "interview_invitation", "lang": "de", "co": "Futterhaus Brandl", "ct": JONAS,
    "frm": f"Jonas Reiter <{JONAS}>",
    "subj": "Futterhaus Brandl – Einladung zum Kennenlernen (Key Account Tierarztpraxen)",
    "date": "2026-05-05 11:20 +0200",
    "text": f"""Guten Tag Herr Ferreyra,

vielen Dank für das angenehme Telefonat letzte Woche. Wie besprochen hat mein Mandant, die Futterhaus Brandl GmbH & Co. KG in Unterschleißheim, großes Interesse an Ihrem Profil für die Position Key Account Manager Tierarztpraxen (Diätfuttermittel).

Ich lade Sie daher herzlich zu einem ersten Kennenlernen per Video mit Herrn Martin Brandl (Vertriebsleitung) und mir ein: Montag, 11. Mai, 17:00 Uhr. Den Zoom-Link schicke ich Ihnen separat.

Mit besten Grüßen
Jonas Reiter
Senior Consultant · Hartmann & Rees Executive Search
Maximilianstraße 31 · 80539 München · +49 89 2154 8810

{DISCLAIMER["de"]}
""",
})
add({
    "n": "hr_moved", "k": "interview_reschedule_or_cancel", "lang": "de", "co": "Futterhaus Brandl",
    "ct": JONAS, "frm": f"Jonas Reiter <{JONAS}>", "parent": "hr_invite", "quote": "outlook-de",
    "subj": "AW: Futterhaus Brandl – Einladung zum Kennenlernen (Key Account Tierarztpraxen)",
    "date": "2026-05-07 08:31 +0200", "cs": "windows-1252", "cte": "8bit",
    "text": """Guten Morgen Herr Ferreyra,

kleine Änderung: Herr Brandl ist am Montag auf einer Messe in Nürnberg. Wir verschieben das Gespräch auf Mittwoch, 13. Mai, ebenfalls 17:00 Uhr. Passt Ihnen das?

Beste Grüße
Jonas Reiter
""",
})
add({
    "n": "hr_no", "k": "rejection", "lang": "de", "co": "Futterhaus Brandl", "ct": JONAS,
    "frm": f"Jonas Reiter <{JONAS}>", "subj": "Rückmeldung Futterhaus Brandl",
    "date": "2026-05-26 18:02 +0200",
    "text": """Guten Abend Herr Ferreyra,

heute habe ich die Rückmeldung von Futterhaus Brandl erhalten. Leider hat sich der Mandant nach den Gesprächen für einen Kandidaten entschieden, der bereits Kunden im bayerischen Raum betreut und fließend Deutsch im Vertrieb spricht. Der Prozess ist damit für Sie beendet.

Das tut mir wirklich leid, denn Ihr fachlicher Hintergrund hat überzeugt. Ich melde mich, sobald ich ein passendes Mandat habe, bei dem Spanisch ein Vorteil ist.

Mit besten Grüßen
Jonas Reiter
Senior Consultant · Hartmann & Rees Executive Search
""",
})

# --- T9 VetCare Partners UK (London, vet hospital chain) via Lever ---
TOM = "tom.fielding@vetcarepartners.example.co.uk"
add({
    "n": "vcp_ack", "k": "application_received", "lang": "en", "co": "VetCare Partners", "ct": "",
    "frm": "VetCare Partners <no-reply@hire.lever.co>",
    "subj": "Your application to VetCare Partners", "date": "2026-06-01 09:12 +0000",
    "text": """Hi Joaquín,

Thank you for your application for the Clinical Support Specialist (Products & Training) role at VetCare Partners. We've received it and our team is reviewing applications now.

We'll be in touch if your profile is a good match. In the meantime, thanks again for your interest.

The VetCare Partners Recruitment Team
""",
})
add({
    "n": "vcp_invite", "k": "interview_invitation", "lang": "en", "co": "VetCare Partners", "ct": TOM,
    "frm": "Tom Fielding <no-reply@hire.lever.co>", "rt": f"Tom Fielding <{TOM}>",
    "subj": "Interview invitation: Clinical Support Specialist", "date": "2026-06-08 14:30 +0100",
    "text": """Hi Joaquín,

Thanks for applying for the Clinical Support Specialist role. We'd like to invite you to a video interview with me and Hannah Cole, our Head of Clinical Training.

When: Tuesday 16 June, 11:00–11:45 (BST)
Where: Google Meet (link in the attached invite)

Please accept the calendar invitation to confirm.

Cheers,
Tom Fielding
Recruitment Lead, VetCare Partners
""",
    "ics": {"method": "REQUEST", "uid": "lever-7d1c2a-ferreyra@vetcarepartners.example.co.uk",
             "seq": 0, "start": "20260616T110000", "end": "20260616T114500", "tz": "Europe/London",
             "summary": "Interview: Joaquín Ferreyra - Clinical Support Specialist",
             "organizer": TOM, "location": "Google Meet", "stamp": "20260608T133000Z"},
})
add({
    "n": "vcp_cancel", "k": "interview_reschedule_or_cancel", "lang": "en", "co": "VetCare Partners",
    "ct": TOM, "frm": f"Tom Fielding <{TOM}>", "parent": "vcp_invite",
    "subj": "Cancelled: Interview: Joaquín Ferreyra - Clinical Support Specialist",
    "date": "2026-06-12 17:55 +0100",
    "text": """Hi Joaquín,

I'm afraid we need to cancel Tuesday's interview. Hannah has been called away to one of our hospitals in Leeds. I'll come back to you early next week with some new times.

Apologies for the short notice.
Tom
""",
    "ics": {"method": "CANCEL", "uid": "lever-7d1c2a-ferreyra@vetcarepartners.example.co.uk",
             "seq": 1, "start": "20260616T110000", "end": "20260616T114500", "tz": "Europe/London",
             "summary": "Interview: Joaquín Ferreyra - Clinical Support Specialist",
             "organizer": TOM, "stamp": "20260612T165500Z"},
})
add({
    "n": "vcp_no", "k": "rejection", "lang": "en", "co": "VetCare Partners", "ct": TOM,
    "frm": f"Tom Fielding <{TOM}>", "parent": "vcp_cancel", "quote": "en",
    "subj": "Re: Cancelled: Interview: Joaquín Ferreyra - Clinical Support Specialist",
    "date": "2026-06-26 12:14 +0100",
    "text": """Hi Joaquín,

I promised you new times and I'm sorry it has taken me a while. Following a budget review, the Clinical Support Specialist role has been put on hold until next year, so we will not proceed with interviews for now and I have to close your application.

Thank you for your patience, and I'm sorry not to have better news.

Tom
""",
})

# --- T10 Croc'Aquitaine (Bordeaux, pet food): an offer he declines ---
ELODIE = "elodie.marchand@crocaquitaine.example.fr"
add({
    "n": "croc_ack", "k": "application_received", "lang": "fr", "co": "Croc'Aquitaine", "ct": "",
    "frm": "Croc'Aquitaine <notifications@recruitee.com>",
    "subj": "Candidature reçue – Conseiller technique nutrition animale",
    "date": "2026-05-11 08:20 +0000",
    "text": """Bonjour Joaquín,

Nous vous remercions pour votre candidature au poste de Conseiller technique nutrition animale (H/F). Elle a bien été transmise à notre équipe.

Nous étudions chaque dossier avec attention ; vous recevrez une réponse dans un délai de trois semaines environ.

L'équipe RH Croc'Aquitaine
""",
})
add({
    "n": "croc_invite", "k": "interview_invitation", "lang": "fr", "co": "Croc'Aquitaine", "ct": ELODIE,
    "frm": f"Élodie Marchand <{ELODIE}>", "parent": "croc_ack",
    "subj": "Votre candidature – proposition d'entretien", "date": "2026-05-19 11:46 +0200",
    "name_enc": ("utf-8", "B"),
    "text": """Bonjour Joaquín,

Votre parcours d'auxiliaire vétérinaire nous intéresse beaucoup pour ce poste. Seriez-vous disponible pour un entretien sur notre site de Mérignac le jeudi 28 mai à 14h ? Il durera environ une heure, avec moi et notre vétérinaire nutritionniste, Dr Hugo Lasserre.

Si vous venez d'Espagne, nous pouvons aussi faire ce premier échange en visio.

Bien à vous,
Élodie Marchand
Responsable RH – Croc'Aquitaine
Parc d'activités de Mérignac, 33700 Mérignac
""",
})
add({
    "n": "croc_confirm", "k": "other", "lang": "fr", "frm": CAND, "to": f"Élodie Marchand <{ELODIE}>",
    "parent": "croc_invite", "quote": "fr", "subj": "Re: Votre candidature – proposition d'entretien",
    "date": "2026-05-19 18:30 +0200",
    "text": f"""Bonjour Élodie,

Merci beaucoup pour votre message. Je préfère venir à Mérignac le jeudi 28 mai à 14h ; j'en profiterai pour découvrir la région.

{CAND_SIG["fr"]}
""",
})
add({
    "n": "croc_offer", "k": "offer", "lang": "fr", "co": "Croc'Aquitaine", "ct": ELODIE,
    "frm": f"Élodie Marchand <{ELODIE}>", "subj": "Proposition d'embauche – Conseiller technique",
    "date": "2026-06-10 15:22 +0200", "cs": "windows-1252", "cte": "quoted-printable",
    "text": """Bonjour Joaquín,

Suite à nos échanges et à votre venue à Mérignac, j'ai le plaisir de vous proposer le poste de Conseiller technique nutrition animale en CDI, à compter du 1er septembre 2026.

Vous trouverez en pièce jointe notre proposition détaillée (rémunération de 31 000 € bruts annuels, véhicule de service, mutuelle). Nous vous serions reconnaissants de nous faire part de votre décision avant le 19 juin.

Bien à vous,
Élodie Marchand
Responsable RH – Croc'Aquitaine
""",
    "pdf": [("Proposition_embauche_Ferreyra.pdf", [
        "Croc'Aquitaine - Proposition d'embauche", "Candidat : Joaquin Ferreyra",
        "Poste : Conseiller technique nutrition animale (CDI)", "Debut : 1er septembre 2026",
        "Remuneration : 31 000 EUR bruts annuels"])],
})
add({
    "n": "croc_decline", "k": "other", "lang": "fr", "frm": CAND, "to": f"Élodie Marchand <{ELODIE}>",
    "parent": "croc_offer", "quote": "fr", "subj": "Re: Proposition d'embauche – Conseiller technique",
    "date": "2026-06-16 09:10 +0200",
    "text": f"""Bonjour Élodie,

Je vous remercie sincèrement pour cette proposition et pour l'accueil chaleureux à Mérignac. Après beaucoup de réflexion, et pour des raisons familiales, je ne suis pas en mesure de m'installer à Bordeaux en septembre. Je dois donc décliner votre offre, avec regret.

Je vous souhaite de trouver rapidement la bonne personne.

{CAND_SIG["fr"]}
""",
})

# --- T11 Talentia Vet Search (Barcelona head-hunter) for VetaGen Diagnostics ---
NURIA = "nuria.puig@talentiavet.example.es"
add({
    "n": "tal_invite", "k": "interview_invitation", "lang": "es", "co": "VetaGen Diagnostics", "ct": NURIA,
    "frm": f"Núria Puig <{NURIA}>", "name_enc": ("iso-8859-1", "Q"),
    "subj": "VetaGen Diagnostics: entrevista con el equipo de Barcelona",
    "date": "2026-06-29 10:55 +0200",
    "text": """Hola Joaquín:

Como te comenté por teléfono, mi cliente VetaGen Diagnostics (diagnóstico molecular veterinario, Sant Cugat) quiere entrevistarte para el puesto de Especialista de Aplicaciones para clínicas de pequeños animales.

Sería el martes 7 de julio a las 11:00 en sus oficinas (Av. de la Generalitat 88, Sant Cugat del Vallès) con Jordi Casals, director técnico. Te pedirán que expliques cómo formarías a una clínica en una PCR de enfermedades infecciosas.

¿Me confirmas?

Núria Puig
Partner · Talentia Vet Search
Passeig de Gràcia 71, 08008 Barcelona · 932 15 66 08
""",
})
add({
    "n": "tal_offer", "k": "offer", "lang": "es", "co": "VetaGen Diagnostics", "ct": NURIA,
    "frm": f"Núria Puig <{NURIA}>", "parent": "tal_invite",
    "subj": "Oferta de VetaGen Diagnostics", "date": "2026-07-17 13:37 +0200",
    "text": """Hola Joaquín:

¡Enhorabuena! VetaGen Diagnostics me confirma que quiere hacerte una oferta para el puesto de Especialista de Aplicaciones: 34.000 € brutos anuales más 4.000 € de variable, coche de empresa e incorporación en septiembre en Sant Cugat.

La carta oficial te la enviará su departamento de personas esta semana; mientras tanto, cuéntame qué te parece y si hay algo que quieras negociar.

Un abrazo,
Núria
""",
})
