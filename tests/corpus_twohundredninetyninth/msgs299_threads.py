"""Corpus 299: the longer threads (acknowledgement → invitation → moved slot → thank-you →
rejection or offer), each message a hand-written spec."""

from __future__ import annotations

from msgs299_common import ME, block, sig

PICHLER = ("Mag. Verena Pichler", "v.pichler@hollerer-spedition.example.at")
HOLLERER_SIG = sig(
    "Mag. Verena Pichler",
    "Human Resources | Recruiting",
    "Hollerer Spedition GmbH",
    "Triester Straße 201, 1230 Wien",
    "T +43 1 615 22 80-41 | M +43 664 218 44 07",
    "www.hollerer-spedition.example.at",
    "",
    "Firmenbuch FN 118422 k, Handelsgericht Wien. Diese Nachricht ist vertraulich und nur für",
    "den angegebenen Empfänger bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben,",
    "informieren Sie bitte den Absender und löschen Sie die Nachricht.",
)
LUCIA = ("Lucía Ferrer Sanchis", "lucia.ferrer@verdalia.example.es")
LUCIA_SIG = block(
    "Un saludo,",
    "",
    "Lucía Ferrer Sanchis",
    "Talent Acquisition · Centro Logístico Riba-roja",
    "Verdalia Retail, S.A.",
    "Polígono Industrial La Reva, sector 13, 46190 Riba-roja de Túria (Valencia)",
    "Tel. +34 961 66 30 12",
)
ANOUK = ("Anouk Verbeek", "anouk.verbeek@maasdelta-port.example.nl")
CLAIRE = ("Claire Vanhoutte", "c.vanhoutte@delcourt-fret.example.fr")
CLAIRE_SIG = sig(
    "Claire Vanhoutte",
    "Chargée de recrutement",
    "Delcourt Fret International",
    "ZI de Lesquin, 12 rue des Transporteurs, 59810 Lesquin",
    "Tél. : 03 20 87 41 55",
)
JANA = ("Jana Seidel", "jana.seidel@auenwerk.example.de")
BRANDES = ("Timo Brandes", "t.brandes@nordkai-personal.example.de")
BRANDES_SIG = sig(
    "Timo Brandes",
    "Personaldisponent Logistik",
    "Nordkai Personal GmbH – Ihr Personaldienstleister im Hafen",
    "Am Sandtorkai 41, 20457 Hamburg",
    "Tel. 040 3290 118-23 · Mobil 0171 552 80 19",
)
REITERER = ("Daniela Reiterer", "daniela.reiterer@murtal-gueterbahn.example.at")
MARTA = ("Marta Boix Catalá", "mboix@albufera-transitarios.example.es")

MESSAGES = [
    # ---------------------------------------------------------------- Hollerer Spedition (de)
    {
        "id": "hollerer_ack", "kind": "application_received", "lang": "de",
        "company": "Hollerer Spedition", "system_sender": True,
        "date": "2026-07-06 10:02 +0200",
        "frm": ("Hollerer Spedition GmbH – Recruiting", "no-reply@personio.de"),
        "subject": "Ihre Bewerbung als Junior Supply Chain Analyst (m/w/d)",
        "text": """Sehr geehrte Frau Wiśniewska,

vielen Dank für Ihre Bewerbung als Junior Supply Chain Analyst (m/w/d) bei der Hollerer Spedition GmbH.
Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sehen uns Ihre Bewerbung in den nächsten zwei Wochen sorgfältig an und melden uns dann
bei Ihnen. Bitte haben Sie Verständnis, dass dies etwas Zeit in Anspruch nehmen kann.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hollerer Spedition

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""",
        "html": "auto", "brand": "Hollerer Spedition",
        "html_footer": "Hollerer Spedition GmbH · Triester Straße 201 · 1230 Wien\nPowered by Personio",
    },
    {
        "id": "hollerer_invite", "to": ("Karolina Wisniewska", ME[1]), "kind": "interview_invitation", "lang": "de",
        "company": "Hollerer Spedition", "contact": PICHLER[1],
        "date": "2026-07-14 14:31 +0200", "frm": PICHLER,
        "subject": "Einladung zum Vorstellungsgespräch – Junior Supply Chain Analyst",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """Sehr geehrte Frau Wisniewska,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. Ihr Werdegang als
Disponentin hat uns neugierig gemacht, und wir würden Sie gerne persönlich kennenlernen.

Wir laden Sie daher herzlich zu einem ersten Gespräch ein:

Datum: Mittwoch, 22. Juli 2026
Uhrzeit: 10:00 bis ca. 11:00 Uhr
Ort: Hollerer Spedition, Triester Straße 201, 1230 Wien (Empfang Bürogebäude B)
Gesprächspartner: Herr Ing. Martin Hollerer (Leitung Kontraktlogistik) und ich

Eine Kalendereinladung finden Sie im Anhang. Bitte bestätigen Sie mir kurz, ob der Termin
für Sie passt.
""" + HOLLERER_SIG,
        "ics": {"method": "REQUEST", "uid": "hs-2026-0722-kw@hollerer-spedition.example.at",
                "seq": 0, "start": "20260722T100000", "end": "20260722T110000",
                "summary": "Vorstellungsgespräch Karolina Wisniewska",
                "location": "Triester Straße 201, 1230 Wien, Gebäude B",
                "organizer": PICHLER, "file": "Vorstellungsgespraech.ics"},
    },
    {
        "id": "hollerer_confirm_own", "kind": "other", "lang": "de",
        "date": "2026-07-14 18:05 +0200", "frm": ME, "to": PICHLER,
        "parent": "hollerer_invite", "quote": "de",
        "subject": "AW: Einladung zum Vorstellungsgespräch – Junior Supply Chain Analyst",
        "text": """Sehr geehrte Frau Mag. Pichler,

vielen Dank für die Einladung! Den Termin am Mittwoch, 22. Juli, um 10:00 Uhr bestätige ich
gerne. Ich freue mich auf das Gespräch mit Ihnen und Herrn Ing. Hollerer.

Mit freundlichen Grüßen
Karolina Wiśniewska
""",
    },
    {
        "id": "hollerer_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Hollerer Spedition", "contact": PICHLER[1],
        "date": "2026-07-17 08:47 +0200", "frm": PICHLER,
        "parent": "hollerer_confirm_own", "quote": "de", "ics_inline": True,
        "subject": "AW: AW: Einladung zum Vorstellungsgespräch – Junior Supply Chain Analyst",
        "text": """Liebe Frau Wiśniewska,

leider muss ich unseren Termin verschieben: Herr Ing. Hollerer ist am 22. Juli kurzfristig
bei einem Kunden in Linz. Wäre Ihnen stattdessen Donnerstag, der 23. Juli, um 13:30 Uhr
recht? Ort und Ablauf bleiben gleich.

Ich habe die Kalendereinladung bereits aktualisiert. Entschuldigen Sie bitte die Umstände.

Viele Grüße
Verena Pichler
""",
        "ics": {"method": "REQUEST", "uid": "hs-2026-0722-kw@hollerer-spedition.example.at",
                "seq": 1, "start": "20260723T133000", "end": "20260723T143000",
                "summary": "Vorstellungsgespräch Karolina Wiśniewska (NEUER TERMIN)",
                "location": "Triester Straße 201, 1230 Wien, Gebäude B",
                "organizer": PICHLER},
    },
    {
        "id": "hollerer_thanks_own", "kind": "other", "lang": "de",
        "date": "2026-07-23 19:12 +0200", "frm": ME, "to": PICHLER,
        "cc": [("Martin Hollerer", "m.hollerer@hollerer-spedition.example.at")],
        "parent": "hollerer_moved",
        "subject": "Danke für das Gespräch heute",
        "text": """Sehr geehrte Frau Mag. Pichler, sehr geehrter Herr Ing. Hollerer,

herzlichen Dank für das offene Gespräch heute Nachmittag und die kurze Führung durch das Lager.
Besonders die Idee, die Tourenplanung mit den Auslastungsdaten der Wechselbrücken zu verknüpfen,
hat mich begeistert – genau an solchen Fragen möchte ich künftig arbeiten.

Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen
Karolina Wiśniewska
+43 676 402 17 93
""",
    },
    {
        "id": "hollerer_second", "kind": "interview_invitation", "lang": "de",
        "company": "Hollerer Spedition", "contact": PICHLER[1],
        "date": "2026-07-28 11:15 +0200", "frm": PICHLER,
        "cc": [("Martin Hollerer", "m.hollerer@hollerer-spedition.example.at")],
        "parent": "hollerer_thanks_own", "quote": "de",
        "subject": "AW: Danke für das Gespräch heute",
        "text": """Liebe Frau Wiśniewska,

danke für Ihre nette Nachricht – der Eindruck war ganz auf unserer Seite.

Wir möchten Sie gerne zu einem zweiten Gespräch einladen, diesmal mit unserem Geschäftsführer
Herrn KR Ernst Hollerer und Frau Dipl.-Ing. Sandra Wallner aus dem Controlling. Wir würden
Ihnen dabei eine kleine Fallstudie zur Auslastung unserer Linienverkehre vorlegen
(ca. 30 Minuten Vorbereitung vor Ort, Laptop stellen wir).

Vorschlag: Dienstag, 4. August 2026, 9:00 Uhr, bei uns in der Triester Straße.

Passt Ihnen das?
""" + HOLLERER_SIG,
    },
    {
        "id": "hollerer_verbal_offer", "kind": "offer", "lang": "de",
        "company": "Hollerer Spedition", "contact": PICHLER[1],
        "date": "2026-08-11 16:40 +0200",
        "frm": ("Ing. Martin Hollerer", "m.hollerer@hollerer-spedition.example.at"),
        "reply_to": PICHLER,
        "subject": "Unser Angebot – wie eben telefonisch besprochen",
        "text": """Liebe Frau Wiśniewska,

wie eben am Telefon besprochen: Wir möchten Sie sehr gerne als Junior Supply Chain Analyst
in unserem Team haben und bieten Ihnen die Stelle hiermit an.

Eckdaten, wie besprochen:
- Eintritt: 1. Oktober 2026
- Vollzeit (38,5 Stunden), Gleitzeit, 1 Tag Homeoffice pro Woche
- Bruttojahresgehalt EUR 46.200,– (14 Gehälter), Einstufung KV Spedition
- Klimaticket Ö auf Firmenkosten

Das schriftliche Angebot schickt Ihnen Frau Mag. Pichler in den nächsten Tagen. Für Fragen
zu den Vertragsdetails antworten Sie bitte direkt ihr (sie ist in Antwort-an eingetragen).

Ich freue mich sehr, wenn es klappt!

Beste Grüße
Martin Hollerer
Leitung Kontraktlogistik | Hollerer Spedition GmbH
""",
    },
    {
        "id": "hollerer_offer_letter", "kind": "offer", "lang": "de",
        "company": "Hollerer Spedition", "contact": PICHLER[1],
        "date": "2026-08-13 09:05 +0200", "frm": PICHLER,
        "parent": "hollerer_verbal_offer",
        "charset": "windows-1252", "cte": "base64",
        "subject": "Schriftliches Angebot – Junior Supply Chain Analyst",
        "text": """Liebe Frau Wisniewska,

wie von Herrn Ing. Hollerer angekündigt, übermittle ich Ihnen im Anhang unser schriftliches
Angebot („Angebotsschreiben_Wisniewska.pdf“) für die Position Junior Supply Chain Analyst.

Das Angebot gilt bis 24. August 2026. Wenn Sie es annehmen möchten, genügt eine kurze
Rückmeldung per E-Mail – den Dienstvertrag senden wir Ihnen dann zur Unterschrift zu.

Bei Fragen bin ich gerne für Sie da.
""" + HOLLERER_SIG,
        "pdfs": [("Angebotsschreiben_Wisniewska.pdf", "Hollerer Spedition GmbH - Angebot",
                  ["Frau Karolina Wisniewska", "Wien, 13. August 2026", "",
                   "Position: Junior Supply Chain Analyst (m/w/d)",
                   "Eintritt: 1. Oktober 2026", "Bruttojahresgehalt: EUR 46.200 (14 Gehaelter)",
                   "Arbeitszeit: 38,5 Stunden, Gleitzeit",
                   "Dieses Angebot ist gueltig bis 24. August 2026."])],
    },
    {
        "id": "hollerer_question_own", "kind": "other", "lang": "de",
        "date": "2026-08-14 20:12 +0200", "frm": ME, "to": PICHLER,
        "parent": "hollerer_offer_letter", "quote": "outlook_de",
        "subject": "AW: Schriftliches Angebot – Junior Supply Chain Analyst",
        "text": """Liebe Frau Mag. Pichler,

vielen Dank für das Angebot, ich freue mich sehr darüber und nehme es gerne an!

Eine Frage hätte ich noch: Wäre ein Eintritt am 15. Oktober möglich? Ich habe bei meinem
jetzigen Arbeitgeber eine Kündigungsfrist bis Ende September und würde gerne noch ein paar
Urlaubstage nehmen.

Herzliche Grüße
Karolina Wiśniewska
""",
    },
    {
        "id": "hollerer_contract", "kind": "offer", "lang": "de",
        "company": "Hollerer Spedition", "contact": PICHLER[1],
        "date": "2026-08-20 10:30 +0200",
        "frm": ("Sabine Kreuzer", "s.kreuzer@hollerer-spedition.example.at"),
        "reply_to": PICHLER, "parent": "hollerer_question_own", "quote": "de",
        "subject": "Ihr Dienstvertrag zur Unterschrift",
        "text": """Sehr geehrte Frau Wiśniewska,

im Auftrag von Frau Mag. Pichler sende ich Ihnen Ihren Dienstvertrag mit Eintritt
15. Oktober 2026 in zweifacher Ausfertigung zur Unterschrift.

Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines per Post zurück
(oder bringen Sie es an Ihrem ersten Arbeitstag mit). Bei Fragen wenden Sie sich bitte an
Frau Mag. Pichler, die in Kopie ist bzw. unter „Antwort an“ eingetragen ist.

Freundliche Grüße
Sabine Kreuzer
HR-Assistenz, Hollerer Spedition GmbH
""",
        "pdfs": [("Dienstvertrag_Wisniewska_2026.pdf", "Dienstvertrag",
                  ["zwischen Hollerer Spedition GmbH, 1230 Wien", "und Frau Karolina Wisniewska",
                   "Beginn des Dienstverhaeltnisses: 15.10.2026",
                   "Verwendung: Junior Supply Chain Analyst",
                   "Probezeit: ein Monat", "Unterschrift Dienstnehmerin: ____________"])],
    },
    # --------------------------------------------------------------------- Verdalia (es)
    {
        "id": "verdalia_ack", "kind": "application_received", "lang": "es",
        "company": "Verdalia", "system_sender": True,
        "date": "2026-04-07 09:12 +0000",
        "frm": ("Verdalia Empleo", "noreply@smartrecruiters.com"),
        "subject": "Hemos recibido tu candidatura: Analista de Supply Chain (Riba-roja)",
        "text": """Hola Karolina:

Gracias por tu interés en Verdalia. Te confirmamos que hemos recibido correctamente tu
candidatura para el puesto de Analista de Supply Chain en nuestro centro logístico de
Riba-roja de Túria.

Nuestro equipo de selección revisará tu perfil. Si encaja con lo que buscamos, nos pondremos
en contacto contigo en las próximas semanas.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil.

Un saludo,
Equipo de Selección de Verdalia

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
""",
        "html": "auto", "brand": "Verdalia · Trabaja con nosotros",
        "html_footer": "Verdalia Retail, S.A. · Riba-roja de Túria\nPowered by SmartRecruiters",
    },
    {
        "id": "verdalia_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Verdalia", "contact": LUCIA[1],
        "date": "2026-04-15 12:40 +0200",
        "frm": ("Lucía Ferrer from Verdalia", "notifications@smartrecruiters.com"),
        "reply_to": LUCIA, "name_enc": ("q", "iso-8859-1"),
        "subject": "Entrevista por videollamada – Analista de Supply Chain",
        "text": """Hola Karolina:

Soy Lucía, del equipo de Talent Acquisition de Verdalia. Hemos revisado tu candidatura y nos
gustaría conocerte en una primera entrevista por videollamada (Microsoft Teams), de unos
45 minutos, con Jordi Pascual, jefe de operaciones del centro.

Te propongo el miércoles 22 de abril a las 10:00 (hora peninsular). Si no te viene bien,
respóndeme a este correo y buscamos otro hueco.

Te enviaremos el enlace de Teams el día anterior.
""" + LUCIA_SIG,
    },
    {
        "id": "verdalia_moved", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Verdalia", "contact": LUCIA[1],
        "date": "2026-04-20 17:03 +0200", "frm": LUCIA,
        "parent": "verdalia_invite", "quote": "es",
        "charset": "windows-1252", "cte": "quoted-printable",
        "subject": "RE: Entrevista por videollamada – Analista de Supply Chain",
        "subj_enc": ("q", "windows-1252"),
        "text": """Hola de nuevo, Karolina:

Te escribo porque Jordi tiene una auditoría el miércoles por la mañana y tenemos que mover
la entrevista. ¿Te vendría bien el jueves 23 de abril a las 16:00? La duración y el formato
(Teams) serían los mismos.

Perdona el cambio y gracias por tu flexibilidad.

Un saludo,
Lucía
""",
    },
    {
        "id": "verdalia_second", "kind": "interview_invitation", "lang": "es",
        "company": "Verdalia", "contact": "jordi.pascual@verdalia.example.es",
        "date": "2026-05-05 11:20 +0200",
        "frm": ("Jordi Pascual Llorens", "jordi.pascual@verdalia.example.es"),
        "cc": [LUCIA],
        "subject": "Segunda fase: visita al centro y caso práctico",
        "text": """Buenos días, Karolina:

Muchas gracias por la entrevista del otro día. Nos gustaría invitarte a la segunda fase del
proceso: una visita a nuestro centro logístico de Riba-roja y un caso práctico con Excel
sobre reposición de tiendas (unas 2 horas en total).

Fecha propuesta: martes 12 de mayo, a las 9:30.
Dirección: Polígono Industrial La Reva, sector 13, 46190 Riba-roja de Túria.

Si vienes desde Viena, Verdalia cubre el vuelo y una noche de hotel; Lucía te ayudará con
la reserva.

Saludos,

Jordi Pascual Llorens
Jefe de Operaciones · Centro Logístico Riba-roja
Verdalia
""",
        "html": "auto",
    },
    {
        "id": "verdalia_offer", "kind": "offer", "lang": "es",
        "company": "Verdalia", "contact": LUCIA[1],
        "date": "2026-05-19 13:45 +0200", "frm": LUCIA, "cte": "base64",
        "subject": "Oferta de empleo – Analista de Supply Chain",
        "text": """Hola, Karolina:

¡Enhorabuena! Después de las entrevistas y del caso práctico, nos encantaría que te unieras al
equipo de Supply Chain del centro de Riba-roja.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, jornada completa,
salario bruto anual de 34.500 € en 14 pagas y ayuda de reubicación de 3.000 €. La fecha de
incorporación que proponemos es el 1 de julio de 2026.

Te agradecería una respuesta antes del 29 de mayo. Si quieres comentar algo, llámame cuando
quieras.
""" + LUCIA_SIG,
        "pdfs": [("Carta_oferta_Verdalia_KWisniewska.pdf", "Verdalia - Carta de oferta",
                  ["Karolina Wisniewska", "Puesto: Analista de Supply Chain",
                   "Centro: Riba-roja de Turia (Valencia)", "Contrato indefinido, jornada completa",
                   "Salario bruto anual: 34.500 EUR (14 pagas)",
                   "Incorporacion: 1 de julio de 2026"])],
    },
    {
        "id": "verdalia_question_own", "kind": "other", "lang": "es",
        "date": "2026-05-21 22:18 +0200", "frm": ME, "to": LUCIA,
        "parent": "verdalia_offer", "quote": "es",
        "subject": "Re: Oferta de empleo – Analista de Supply Chain",
        "text": """Hola, Lucía:

Muchísimas gracias por la oferta, me hace mucha ilusión. Antes de decidir quería preguntarte
dos cosas: ¿sería posible incorporarme el 1 de septiembre en lugar del 1 de julio? ¿Y la ayuda
de reubicación incluye algún apoyo para buscar piso en Valencia?

Un saludo,
Karolina
""",
    },
    {
        "id": "verdalia_contract", "kind": "offer", "lang": "es",
        "company": "Verdalia", "contact": LUCIA[1],
        "date": "2026-05-27 10:10 +0200",
        "frm": ("Verdalia RR. HH.", "rrhh-contratacion@verdalia.example.es"),
        "reply_to": LUCIA, "parent": "verdalia_question_own", "quote": "es",
        "subject": "Tu contrato con Verdalia – pendiente de firma",
        "text": """Hola, Karolina:

Tal y como te ha comentado Lucía, aceptamos la incorporación el 1 de septiembre y ampliamos la
ayuda de reubicación con un mes de alojamiento temporal.

Te enviamos el contrato para que lo revises y lo firmes electrónicamente. Encontrarás el
documento adjunto; para firmarlo, responde a este correo confirmando tu aceptación o
usa el enlace de firma que recibirás por separado.

Para cualquier duda, responde a este correo y le llegará directamente a Lucía.

Departamento de Recursos Humanos
Verdalia
""",
        "pdfs": [("Contrato_Verdalia_Wisniewska.pdf", "Contrato de trabajo indefinido",
                  ["Empresa: Verdalia Retail", "Trabajadora: Karolina Wisniewska",
                   "Fecha de inicio: 01/09/2026", "Firma: ____________________"])],
    },
    {
        "id": "verdalia_decline_own", "kind": "other", "lang": "es",
        "date": "2026-06-02 09:40 +0200", "frm": ME, "to": LUCIA,
        "parent": "verdalia_contract",
        "subject": "Re: Tu contrato con Verdalia – pendiente de firma",
        "text": """Hola, Lucía:

Te agradezco muchísimo la paciencia y la flexibilidad de todo el equipo. Después de pensarlo
mucho, por motivos familiares he decidido quedarme en Austria de momento, así que lamento
tener que rechazar la oferta.

Ha sido un proceso muy bonito y espero que nuestros caminos se crucen de nuevo.

Un abrazo,
Karolina Wiśniewska
""",
    },
    # ------------------------------------------------------------ Maasdelta Port Authority (en)
    {
        "id": "maasdelta_ack", "kind": "application_received", "lang": "en",
        "company": "Maasdelta Port Authority", "system_sender": True,
        "date": "2026-03-02 15:22 +0000",
        "frm": ("Maasdelta Port Authority", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Maasdelta Port Authority",
        "text": """Hi Karolina,

Thanks for applying for the Junior Logistics Data Analyst role at Maasdelta Port Authority.
We've received your application and our talent team will review it shortly.

Because we receive a high number of applications, it may take up to three weeks before you
hear from us. If your profile matches what we are looking for, a recruiter will reach out to
set up a first conversation.

Kind regards,
Talent Acquisition | Maasdelta Port Authority
""",
        "html": "auto", "brand": "Maasdelta Port Authority",
    },
    {
        "id": "maasdelta_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Maasdelta Port Authority", "contact": ANOUK[1],
        "date": "2026-03-10 10:05 +0100",
        "frm": ("Anouk Verbeek via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ANOUK,
        "subject": "Interview invitation: Junior Logistics Data Analyst",
        "text": """Hi Karolina,

Thank you for your interest in Maasdelta Port Authority! I'd like to invite you to a 30-minute
video screen with me to talk about your background in dispatching and the analyst role.

When: Thursday 19 March 2026, 14:00-14:30 (Amsterdam time)
Where: Microsoft Teams (link in the calendar invitation attached)

If the time doesn't work for you, just reply to this email and I'll find another slot.

Best,
Anouk Verbeek
Talent Acquisition Partner
Maasdelta Port Authority | Wilhelminakade 909, Rotterdam
""",
        "html": "auto",
        "ics": {"method": "REQUEST", "uid": "gh-interview-55120934@greenhouse-mail.io",
                "seq": 0, "start": "20260319T140000", "end": "20260319T143000",
                "summary": "Video screen: Karolina Wiśniewska / Maasdelta Port Authority",
                "location": "Microsoft Teams", "organizer": ANOUK, "tz": "Europe/Amsterdam"},
    },
    {
        "id": "maasdelta_postponed", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Maasdelta Port Authority", "contact": ANOUK[1],
        "date": "2026-03-16 09:30 +0100", "frm": ANOUK, "ics_inline": True,
        "subject": "Canceled: Video screen: Karolina Wiśniewska / Maasdelta Port Authority",
        "text": """Hi Karolina,

I'm sorry to do this on short notice, but I have to cancel our video screen on Thursday – our
hiring manager has asked to join the first conversation and is travelling this week.

Your application is still very much active. I'll come back to you in the next few days with
a new time.

Apologies again,
Anouk
""",
        "ics": {"method": "CANCEL", "uid": "gh-interview-55120934@greenhouse-mail.io",
                "seq": 1, "start": "20260319T140000", "end": "20260319T143000",
                "summary": "Video screen: Karolina Wiśniewska / Maasdelta Port Authority",
                "location": "Microsoft Teams", "organizer": ANOUK, "tz": "Europe/Amsterdam"},
    },
    {
        "id": "maasdelta_newslot", "kind": "interview_invitation", "lang": "en",
        "company": "Maasdelta Port Authority", "contact": ANOUK[1],
        "date": "2026-03-18 11:00 +0100",
        "frm": ("Anouk Verbeek via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ANOUK, "parent": "maasdelta_postponed", "quote": "en",
        "subject": "Re: Canceled: Video screen: Karolina Wiśniewska / Maasdelta Port Authority",
        "text": """Hi Karolina,

As promised, here is a new invitation: please pick a 45-minute slot next week with me and
Pieter Smit (Manager Logistics Data) using the scheduling link below.

https://app.greenhouse.example/schedule/3f81c2

The conversation will cover your experience with route planning and a few questions about SQL
and Excel. Looking forward to it!

Best,
Anouk
""",
    },
    {
        "id": "maasdelta_thanks_own", "kind": "other", "lang": "en",
        "date": "2026-03-26 18:47 +0100", "frm": ME, "to": ANOUK,
        "subject": "Thank you for today's conversation",
        "text": """Dear Anouk, dear Pieter,

Thank you very much for taking the time to speak with me today. I enjoyed learning about how
the port uses berth and hinterland data, and the challenge you described around barge
slot planning sounds exactly like the kind of problem I'd love to work on.

Please let me know if you need anything else from me.

Kind regards,
Karolina Wiśniewska
""",
    },
    {
        "id": "maasdelta_reject", "kind": "rejection", "lang": "en",
        "company": "Maasdelta Port Authority", "contact": ANOUK[1],
        "date": "2026-04-14 16:10 +0200", "frm": ANOUK,
        "parent": "maasdelta_thanks_own", "quote": "en",
        "subject": "Re: Thank you for today's conversation",
        "text": """Hi Karolina,

Thank you again for your kind note and for the time you invested in our process.

After a lot of discussion, Pieter and the team have decided to move forward with a candidate
whose experience with port community systems more closely matches what we need right now.
This was not an easy decision – we really appreciated your practical view on planning.

I'd be happy to keep your details for future openings in our logistics team, if you agree.

All the best,
Anouk Verbeek
Talent Acquisition Partner | Maasdelta Port Authority
""",
    },
    # ------------------------------------------------------------ Delcourt Fret (fr)
    {
        "id": "delcourt_ack", "kind": "application_received", "lang": "fr",
        "company": "Delcourt Fret International", "contact": CLAIRE[1],
        "date": "2026-02-03 11:48 +0100", "frm": CLAIRE,
        "subject": "Votre candidature – Analyste supply chain junior (Lesquin)",
        "text": """Bonjour Madame Wiśniewska,

Je vous remercie pour votre candidature au poste d'analyste supply chain junior sur notre
site de Lesquin, que j'ai bien reçue ce matin.

Je l'étudie avec le responsable du service et je reviens vers vous d'ici une quinzaine de
jours.

Bien cordialement,
""" + CLAIRE_SIG,
    },
    {
        "id": "delcourt_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Delcourt Fret International", "contact": CLAIRE[1],
        "date": "2026-02-10 09:26 +0100", "frm": CLAIRE,
        "charset": "iso-8859-1", "cte": "8bit",
        "subject": "Convocation à un entretien - Analyste supply chain junior",
        "subj_enc": ("q", "iso-8859-1"),
        "text": """Bonjour Madame Wisniewska,

Suite à l'étude de votre candidature, nous avons le plaisir de vous proposer un entretien
avec M. Olivier Demarcq, responsable des flux, et moi-même.

Date : mercredi 18 février 2026 à 14h00
Lieu : Delcourt Fret International, ZI de Lesquin, 12 rue des Transporteurs, 59810 Lesquin
Durée : environ une heure

Merci de me confirmer votre présence par retour de mail. Pensez à vous munir d'une pièce
d'identité pour l'accueil.

Bien cordialement,

Claire Vanhoutte
Chargée de recrutement
Delcourt Fret International
""",
    },
    {
        "id": "delcourt_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Delcourt Fret International", "contact": CLAIRE[1],
        "date": "2026-02-18 15:05 +0100", "frm": CLAIRE,
        "parent": "delcourt_invite",
        "subject": "Entretien de ce jour – 14h00",
        "text": """Bonjour Madame Wiśniewska,

Nous vous attendions cet après-midi à 14h00 pour votre entretien avec M. Demarcq, mais ne vous
avons pas vue arriver. J'ai essayé de vous joindre au numéro indiqué sur votre CV, sans succès.

J'espère qu'il ne vous est rien arrivé. Si vous êtes toujours intéressée par le poste,
merci de me recontacter.

Bien cordialement,
""" + CLAIRE_SIG,
    },
    {
        "id": "delcourt_sorry_own", "kind": "other", "lang": "fr",
        "date": "2026-02-18 16:30 +0100", "frm": ME, "to": CLAIRE,
        "parent": "delcourt_missed", "quote": "fr",
        "subject": "RE: Entretien de ce jour – 14h00",
        "text": """Bonjour Madame Vanhoutte,

Je suis vraiment désolée : mon TGV depuis Paris a été supprimé et je n'avais plus de réseau
dans le train de remplacement, je n'ai donc pas pu vous prévenir. Je suis arrivée à Lille à
15h10.

Je reste très intéressée par le poste. Serait-il possible de convenir d'un nouveau rendez-vous,
éventuellement en visio ?

Avec toutes mes excuses,
Karolina Wiśniewska
""",
    },
    {
        "id": "delcourt_reject", "kind": "rejection", "lang": "fr",
        "company": "Delcourt Fret International", "contact": CLAIRE[1],
        "date": "2026-03-04 10:12 +0100", "frm": CLAIRE,
        "parent": "delcourt_sorry_own", "quote": "fr",
        "subject": "RE: RE: Entretien de ce jour – 14h00",
        "text": """Bonjour Madame Wiśniewska,

Merci pour votre message et vos explications, ce sont des choses qui arrivent.

Entre-temps, nous avons toutefois finalisé notre processus de recrutement et retenu une autre
candidature pour ce poste. Nous ne pourrons donc pas donner suite à la vôtre.

Je vous souhaite pleine réussite dans vos recherches.

Bien cordialement,
""" + CLAIRE_SIG,
    },
    # ------------------------------------------------------------ Auenwerk (de, Leipzig)
    {
        "id": "auenwerk_ack", "to": "k.wisniewska@example.at", "kind": "application_received", "lang": "de",
        "company": "Auenwerk", "system_sender": True,
        "date": "2026-04-20 06:14 +0000",
        "frm": ("Auenwerk Karriere", "auenwerk@myworkday.com"),
        "subject": "Eingangsbestätigung: Analyst Werkslogistik (m/w/d) – R-20418",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Karolina Wiśniewska,</p>
<p>vielen Dank für Ihre Bewerbung auf die Stelle <b>Analyst Werkslogistik (m/w/d)</b>
(Referenz R-20418) im Auenwerk Leipzig.</p>
<p>Wir haben Ihre Unterlagen erhalten und prüfen sie nun. Über den weiteren Verlauf informieren
wir Sie über unser Kandidatenportal und per E-Mail.</p>
<p>Mit freundlichen Grüßen<br>
Ihr Talent Acquisition Team<br>
Auenwerk Fahrzeugbau GmbH · Werk Leipzig</p>
<p style="font-size:11px;color:#888">Dies ist eine automatisch generierte Nachricht.
Antworten auf diese E-Mail werden nicht gelesen.</p>
</body></html>
""",
    },
    {
        "id": "auenwerk_ac", "kind": "interview_invitation", "lang": "de",
        "company": "Auenwerk", "system_sender": True,
        "date": "2026-05-04 08:30 +0000",
        "frm": ("Auenwerk Karriere", "auenwerk@myworkday.com"),
        "subject": "Einladung zum Assessment Center – Analyst Werkslogistik",
        "text": """Hallo Karolina Wiśniewska,

wir freuen uns, Sie zu unserem eintägigen Assessment Center für die Position Analyst
Werkslogistik (m/w/d) einzuladen.

Termin: Donnerstag, 21. Mai 2026, 8:30 – 16:00 Uhr
Ort: Auenwerk Leipzig, Tor 3, Besucherzentrum, Zum Auenwerk 1, 04158 Leipzig

Bitte bestätigen Sie Ihre Teilnahme bis zum 11. Mai über den Link in Ihrem Kandidatenportal.
Reisekosten werden Ihnen nach Vorlage der Belege erstattet.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Auenwerk Fahrzeugbau GmbH
""",
        "html": "auto", "brand": "AUENWERK",
    },
    {
        "id": "auenwerk_ac_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Auenwerk", "contact": JANA[1],
        "date": "2026-05-15 13:52 +0200", "frm": JANA,
        "subject": "Absage Assessment Center 21.05. – neuer Termin folgt",
        "text": """Hallo Frau Wiśniewska,

leider müssen wir das Assessment Center am 21. Mai aus organisatorischen Gründen absagen –
im Werk findet an diesem Tag kurzfristig eine Sonderschicht statt.

Ihre Bewerbung bleibt selbstverständlich im Prozess. Sobald ein Ersatztermin feststeht
(voraussichtlich Mitte Juni), melde ich mich bei Ihnen.

Die Kalendereinladung habe ich storniert.

Viele Grüße
Jana Seidel
Talent Acquisition | Auenwerk Fahrzeugbau GmbH, Werk Leipzig
Tel. +49 341 5590 2281
""",
        "ics": {"method": "CANCEL", "uid": "ac-2026-05-21-lpz@auenwerk.example.de", "seq": 2,
                "start": "20260521T083000", "end": "20260521T160000",
                "summary": "Assessment Center Analyst Werkslogistik",
                "location": "Auenwerk Leipzig, Tor 3", "organizer": JANA,
                "tz": "Europe/Berlin", "file": "Absage.ics"},
    },
    {
        "id": "auenwerk_hold", "kind": "rejection", "lang": "de",
        "company": "Auenwerk", "contact": JANA[1],
        "date": "2026-06-09 10:05 +0200", "frm": JANA,
        "parent": "auenwerk_ac_cancel", "quote": "outlook_de",
        "subject": "AW: Absage Assessment Center 21.05. – neuer Termin folgt",
        "text": """Hallo Frau Wiśniewska,

anders als angekündigt kann ich Ihnen leider keinen neuen Termin nennen: Die Stelle Analyst
Werkslogistik wurde im Zuge der Budgetplanung für dieses Jahr auf Eis gelegt. Wir werden das
Auswahlverfahren daher nicht fortsetzen.

Das tut mir sehr leid, zumal Sie bereits viel Zeit investiert haben. Gerne dürfen Sie sich
auf künftige Ausschreibungen wieder bei uns bewerben.

Viele Grüße
Jana Seidel
""",
    },
    # ------------------------------------------------------------ Nordkai Personal → Kleinert
    {
        "id": "nordkai_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Kleinert Hafenlogistik", "contact": BRANDES[1],
        "date": "2026-06-01 12:20 +0200", "frm": BRANDES,
        "subject": "Vorstellungstermin bei Kleinert Hafenlogistik am 08.06.",
        "text": """Hallo Frau Wiśniewska,

gute Nachrichten: Unser Kunde, die Kleinert Hafenlogistik GmbH in Waltershof, möchte Sie
kennenlernen! Es geht um die Stelle als Disponentin/Analystin Containerlogistik, über die wir
am Telefon gesprochen haben.

Termin: Montag, 08.06.2026, 9:00 Uhr
Adresse: Kleinert Hafenlogistik, Köhlfleet-Hauptdeich 7, 21129 Hamburg
Ansprechpartner vor Ort: Herr Jörn Kleinert (Niederlassungsleiter)

Bitte melden Sie sich am Pförtnerhaus an Tor 2. Ich bin beim Gespräch nicht dabei,
rufe Sie aber danach gerne an.

Viel Erfolg!
""" + BRANDES_SIG,
    },
    {
        "id": "nordkai_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Kleinert Hafenlogistik", "contact": BRANDES[1],
        "date": "2026-06-08 09:40 +0200", "frm": BRANDES,
        "parent": "nordkai_invite", "quote": "de",
        "subject": "AW: Vorstellungstermin bei Kleinert Hafenlogistik am 08.06.",
        "text": """Frau Wiśniewska,

Herr Kleinert hat mich eben angerufen: Er hat seit 9 Uhr auf Sie gewartet, aber Sie sind nicht
erschienen. Ich habe Sie zweimal auf dem Handy versucht und nur die Mailbox erreicht.

Bitte melden Sie sich kurz bei mir, damit ich dem Kunden etwas sagen kann.

Timo Brandes
Nordkai Personal
""",
    },
    {
        "id": "nordkai_sorry_own", "kind": "other", "lang": "de",
        "date": "2026-06-08 10:15 +0200", "frm": ME, "to": BRANDES,
        "parent": "nordkai_missed", "quote": "de",
        "subject": "AW: AW: Vorstellungstermin bei Kleinert Hafenlogistik am 08.06.",
        "text": """Lieber Herr Brandes,

es tut mir furchtbar leid! Ich stand ab 8:45 Uhr am Tor 2 der Nachbarfirma – das Navi hat
mich zum falschen Köhlfleet-Hauptdeich geschickt, und der Pförtner dort wusste von nichts.
Mein Akku war leer, deshalb konnte ich Sie nicht erreichen.

Könnten Sie Herrn Kleinert bitte meine Entschuldigung ausrichten und fragen, ob ein neuer
Termin möglich ist?

Viele Grüße
Karolina Wiśniewska
""",
    },
    {
        "id": "nordkai_reject", "kind": "rejection", "lang": "de",
        "company": "Kleinert Hafenlogistik", "contact": BRANDES[1],
        "date": "2026-06-12 16:55 +0200", "frm": BRANDES,
        "parent": "nordkai_sorry_own", "quote": "de",
        "subject": "AW: AW: AW: Vorstellungstermin bei Kleinert Hafenlogistik am 08.06.",
        "text": """Hallo Frau Wiśniewska,

ich habe mit Herrn Kleinert gesprochen. Er hatte Verständnis, hat sich in der Zwischenzeit
aber für einen anderen Kandidaten entschieden, der schon diese Woche starten kann. Für diese
Stelle geht es also leider nicht weiter.

Ich behalte Sie aber gerne für andere Einsätze im Hafen im Blick – melden Sie sich, wenn Sie
wieder in Hamburg sind.

Beste Grüße
""" + BRANDES_SIG,
    },
    # ------------------------------------------------------------ Murtal Güterbahn (de, Graz)
    {
        "id": "murtal_ack", "kind": "application_received", "lang": "de",
        "company": "Murtal Güterbahn", "system_sender": True,
        "date": "2026-01-12 07:41 +0100",
        "frm": ("Murtal Güterbahn GmbH", "no-reply@softgarden.io"),
        "name_enc": ("q", "iso-8859-1"), "subj_enc": ("b", "utf-8"),
        "subject": "Bestätigung Ihrer Bewerbung – Disponent:in Schienengüterverkehr / Analyse",
        "text": """Sehr geehrte Frau Wiśniewska,

herzlichen Dank für Ihre Bewerbung als Disponent:in Schienengüterverkehr mit Schwerpunkt
Analyse. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Bitte haben Sie Verständnis, dass wir nicht jede Bewerbung sofort beantworten können. Wir
melden uns, sobald wir Ihre Unterlagen geprüft haben.

Freundliche Grüße
Murtal Güterbahn GmbH
Personalabteilung
Waagner-Biro-Straße 88, 8020 Graz

Diese Nachricht wurde über softgarden versandt.
""",
    },
    {
        "id": "murtal_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Murtal Güterbahn", "contact": REITERER[1],
        "date": "2026-01-21 13:04 +0100", "frm": REITERER,
        "subject": "Telefoninterview – Disponent:in Schienengüterverkehr",
        "text": """Guten Tag Frau Wiśniewska,

vielen Dank für Ihre Bewerbung. Gerne würden wir Sie in einem ersten Telefoninterview
(ca. 30 Minuten) näher kennenlernen.

Wir schlagen Mittwoch, den 28. Jänner 2026, um 15:00 Uhr vor. Ich würde Sie unter der
Nummer aus Ihrem Lebenslauf anrufen.

Bitte geben Sie mir kurz Bescheid, ob Ihnen das passt.

Freundliche Grüße
Daniela Reiterer
Personalentwicklung & Recruiting
Murtal Güterbahn GmbH · Waagner-Biro-Straße 88 · 8020 Graz
T +43 316 872 440-12
""",
    },
    {
        "id": "murtal_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Murtal Güterbahn", "contact": REITERER[1],
        "date": "2026-01-26 08:22 +0100", "frm": REITERER,
        "parent": "murtal_invite", "quote": "de",
        "subject": "AW: Telefoninterview – Disponent:in Schienengüterverkehr",
        "text": """Guten Morgen Frau Wiśniewska,

ich muss unser Telefonat am Mittwoch leider verschieben, da ich an diesem Nachmittag in einer
Betriebsratssitzung bin. Könnten wir stattdessen am Freitag, 30. Jänner, um 10:30 Uhr
telefonieren?

Danke für Ihr Verständnis und freundliche Grüße
Daniela Reiterer
""",
    },
    {
        "id": "murtal_reject", "kind": "rejection", "lang": "de",
        "company": "Murtal Güterbahn", "contact": REITERER[1],
        "date": "2026-02-11 11:37 +0100", "frm": REITERER,
        "charset": "windows-1252", "cte": "quoted-printable",
        "subject": "Ihre Bewerbung bei der Murtal Güterbahn",
        "text": """Sehr geehrte Frau Wisniewska,

nochmals vielen Dank für das angenehme Telefonat und Ihr Interesse an der Murtal Güterbahn.

Nach sorgfältiger Abwägung haben wir uns entschieden, den weiteren Prozess mit Kandidat:innen
fortzusetzen, die bereits Erfahrung in der Eisenbahnbetriebsführung mitbringen. Diese
Entscheidung ist uns nicht leichtgefallen und ist keine Bewertung Ihrer Person.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute – „Glück auf“ aus Graz!

Freundliche Grüße
Daniela Reiterer
Personalentwicklung & Recruiting
Murtal Güterbahn GmbH
""",
        "html": "auto",
    },
    # ------------------------------------------------------------ Albufera Transitarios (es)
    {
        "id": "albufera_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Transitarios Albufera", "contact": MARTA[1],
        "date": "2026-09-01 10:14 +0200", "frm": MARTA,
        "subject": "Entrevista telefónica – Técnico/a de planificación de transporte",
        "text": """Buenos días, Karolina:

Gracias por enviarnos tu currículum para el puesto de técnico/a de planificación de transporte
en Transitarios Albufera. Nos gustaría tener una primera entrevista telefónica contigo el
viernes 4 de septiembre a las 10:00.

Te llamaré al +43 676 402 17 93. Si prefieres otro número u otra hora, dímelo.

Saludos cordiales,
Marta Boix Catalá
Responsable de Personas
Transitarios Albufera, S.L. · Av. del Puerto 276, 46024 València
""",
    },
    {
        "id": "albufera_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "Transitarios Albufera", "contact": MARTA[1],
        "date": "2026-09-04 10:31 +0200", "frm": MARTA,
        "parent": "albufera_invite", "quote": "es",
        "subject": "RE: Entrevista telefónica – Técnico/a de planificación de transporte",
        "text": """Hola, Karolina:

Te he llamado a las 10:00 como habíamos quedado y de nuevo a las 10:15, pero no he podido
contactar contigo. ¿Ha habido algún problema?

Si sigues interesada, respóndeme con dos o tres horarios que te vengan bien la semana que
viene y lo intentamos otra vez.

Saludos,
Marta
""",
    },
    {
        "id": "albufera_sorry_own", "kind": "other", "lang": "es",
        "date": "2026-09-04 12:02 +0200", "frm": ME, "to": MARTA,
        "parent": "albufera_missed", "quote": "es",
        "subject": "RE: Entrevista telefónica – Técnico/a de planificación de transporte",
        "text": """Hola, Marta:

Lo siento muchísimo. Mi móvil austriaco no tenía activado el roaming para llamadas entrantes
y no me ha sonado. Ya lo he solucionado.

Me vendría bien el martes 8 a cualquier hora, o el jueves 10 por la mañana.

Perdona las molestias,
Karolina
""",
    },
    {
        "id": "albufera_newcall", "kind": "interview_invitation", "lang": "es",
        "company": "Transitarios Albufera", "contact": MARTA[1],
        "date": "2026-09-07 09:03 +0200", "frm": MARTA,
        "parent": "albufera_sorry_own", "quote": "es",
        "subject": "RE: Entrevista telefónica – Técnico/a de planificación de transporte",
        "text": """Hola, Karolina:

No te preocupes, nos pasa a todos. Te confirmo la entrevista telefónica para el jueves 10 de
septiembre a las 9:30. Esta vez estará también Vicent Soler, jefe de tráfico, así que
calcula unos 40 minutos.

Hasta el jueves,
Marta
""",
    },
]
