"""Corpus 303: interview invitations, moved or cancelled interviews and missed-interview
notices (hand-written specs)."""

from __future__ import annotations

SL = ("Svenja Oltmanns", "s.oltmanns@stadtbahn-leinetal.example.de")
SL_SIG = (
    "Svenja Oltmanns\nPersonalreferentin\nStadtbahn Leinetal GmbH\n"
    "Am Küchengarten 14, 30449 Hannover\nTel. +49 511 7730 218"
)
WB = ("Jana Roolfs", "j.roolfs@weserbus.example.de")
NHM = ("Tobias Kellner", "tobias.kellner@nordhessen-mobil.example.de")
MURTAL = ("Katharina Wallner", "k.wallner@murtal-linien.example.at")
SWF = ("Bernd Vogt", "bernd.vogt@stadtwerke-fuldatal.example.de")
SWF_FOOT = (
    "Stadtwerke Fuldatal GmbH | Sandershäuser Str. 34 | 34123 Kassel\n"
    "Geschäftsführung: Dipl.-Ing. Rainer Hohmann | Amtsgericht Kassel HRB 7731\n"
    "Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten "
    "Adressaten bestimmt."
)
ZW = ("Marco Lindemann", "m.lindemann@zeitwerk-personal.example.de")
KR = ("Dr. Annette Kessler", "a.kessler@kessler-roth.example.de")
CLAIRE = ("Claire Fontaine", "claire.fontaine@tarmac-services.example.ch")
RETO = ("Reto Baumgartner", "reto.baumgartner@tarmac-services.example.ch")
TRS = ("Nadia Benali", "n.benali@trs-lyon.example.fr")
BEAU = ("Sylvie Marchand", "s.marchand@cars-beaujolais.example.fr")
PRESQ = ("Mathilde Roussel", "m.roussel@interim-presquile.example.fr")
TURIA = ("Lucía Ferrer Navarro", "l.ferrer@autobuses-turia.example.es")
RAMPA = ("Javier Soler", "j.soler@rampa-levante.example.es")
LT = ("Carmen Ortiz", "c.ortiz@levantetalento.example.es")
NORTHGATE = ("Priya Raman", "priya.raman@northgate-talent.example.co.uk")

MESSAGES = [
    # ------------------------------------------------------------ invitations, de
    {
        "id": "sl_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Stadtbahn Leinetal", "contact": "from",
        "date": "2026-02-17 09:20 +0100", "frm": SL,
        "subject": "Einladung zum Vorstellungsgespräch – Verkehrsplaner (m/w/d)",
        "text": f"""Sehr geehrter Herr Papadakis,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns angesprochen, und wir möchten Sie gern
persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Donnerstag, 26. Februar 2026, 10:00 Uhr
Betriebshof Glocksee, Verwaltungsgebäude, Raum 2.14
Gesprächspartner: Herr Dr. Kowalski (Leitung Angebotsplanung) und ich

Die Termineinladung finden Sie im Anhang. Bitte bestätigen Sie kurz, ob der Termin passt.

Mit freundlichen Grüßen
{SL_SIG}""",
        "ics": {"stamp": "20260217T082000Z", "start": "20260226T100000",
                "end": "20260226T110000", "uid": "sl-vg-0226@stadtbahn-leinetal.example.de",
                "summary": "Vorstellungsgespräch Dimitri Papadakis",
                "location": "Betriebshof Glocksee, Raum 2.14"},
        "cte": "quoted-printable",
    },
    {
        "id": "sl_invite2", "kind": "interview_invitation", "lang": "de",
        "company": "Stadtbahn Leinetal", "contact": "from",
        "date": "2026-03-16 14:05 +0100", "frm": SL,
        "parent": "own_sl_thanks", "quote": True,
        "subject": "AW: Danke für das Gespräch",
        "text": f"""Lieber Herr Papadakis,

danke für Ihre nette Nachricht – das Gespräch hat auch uns gefallen. Wir würden Sie gern in
die zweite Runde einladen: einen halben Hospitationstag in unserer Betriebsleitstelle mit
einer kleinen Planungsaufgabe (Umlaufplanung für eine Ersatzverkehrslinie).

Vorschlag: Mittwoch, 25. März, 8:30 bis ca. 13:00 Uhr, Treffpunkt Pforte Betriebshof
Glocksee. Bitte bringen Sie Ihren Personalausweis mit.

Viele Grüße
{SL_SIG}""",
    },
    {
        "id": "weserbus_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Weserbus", "contact": "from",
        "date": "2026-02-05 11:42 +0100", "frm": WB,
        "subject": "Einladung: Videointerview Disponent Leitstelle",
        "text": """Hallo Herr Papadakis,

wir möchten Sie gern zu einem ersten Videointerview über Microsoft Teams einladen.

Termin: Donnerstag, 12. Februar 2026, 14:00–14:45 Uhr
Teilnehmende: Jana Roolfs (Personal), Henning Dierks (Leiter Leitstelle)

Den Link zum Meeting finden Sie in der angehängten Kalendereinladung. Sollte der Termin nicht
passen, melden Sie sich bitte bei mir.

Beste Grüße
Jana Roolfs
Personalgewinnung
Weserbus GmbH | Hastedter Osterdeich 222 | 28207 Bremen
Tel. 0421 5597 3310""",
        "html": True, "brand": "Weserbus",
        "ics": {"stamp": "20260205T104200Z", "start": "20260212T140000",
                "end": "20260212T144500", "uid": "wb-teams-0212@weserbus.example.de",
                "summary": "Videointerview Papadakis / Weserbus",
                "location": "Microsoft Teams-Besprechung", "attach": True},
    },
    {
        "id": "nhm_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Nordhessen Mobil", "contact": "reply",
        "date": "2026-02-23 15:10 +0100",
        "frm": ("Nordhessen Mobil Recruiting", "no-reply@personio.de"), "reply": NHM,
        "subject": "Terminvorschlag für Ihr Kennenlerngespräch",
        "text": """Hallo Dimitri Papadakis,

wir freuen uns, Sie zu einem Kennenlerngespräch für die Position „Mitarbeiter
Betriebsleitstelle Bus (m/w/d)“ einzuladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://nordhessen-mobil.jobs.personio.de/scheduling/7f3a91

Das Gespräch findet bei uns in der Leitstelle in Kassel-Bettenhausen statt und dauert etwa
45 Minuten. Ihr Ansprechpartner ist Tobias Kellner.

Viele Grüße
Ihr Team von Nordhessen Mobil""",
        "html": True, "html_only": True,
    },
    {
        "id": "nhm_invite2", "kind": "interview_invitation", "lang": "de",
        "company": "Nordhessen Mobil", "contact": "from",
        "date": "2026-03-05 08:55 +0100", "frm": NHM,
        "parent": "own_nhm_apology", "quote": True,
        "subject": "Re: Entschuldigung – verpasster Termin am 3. März",
        "text": """Hallo Herr Papadakis,

danke für Ihre Erklärung, so etwas kann im Schichtdienst passieren. Wir geben Ihnen gern
eine zweite Chance: Kommen Sie bitte am Dienstag, 10. März, um 13:30 Uhr zu uns in die
Leitstelle, Lilienthalstraße 25. Melden Sie sich an der Pforte bei mir.

Gruß
Tobias Kellner
Leiter Betriebsleitstelle
Nordhessen Mobil GmbH""",
    },
    {
        "id": "murtal_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Murtal Linien", "contact": "from",
        "date": "2026-03-12 10:31 +0100", "frm": MURTAL,
        "subject": "Einladung zum Online-Gespräch (Disponent Fahrdienst)",
        "text": """Sehr geehrter Herr Papadakis,

wie angekündigt melde ich mich wegen Ihrer Bewerbung. Herr Pichler und ich würden Sie gerne
in einem Online-Gespräch über Zoom näher kennenlernen, da die Anreise aus Hannover für ein
erstes Gespräch doch weit ist.

Wäre Ihnen Dienstag, der 24. März, um 9:00 Uhr recht? Den Zoom-Link schicke ich Ihnen nach
Ihrer Bestätigung.

Beste Grüße aus Graz
Katharina Wallner
Personalentwicklung
Murtal Linien GmbH
T +43 316 8841 302""",
        "cs": "windows-1252", "cte": "quoted-printable", "subj_enc": ("windows-1252", "Q"),
    },
    {
        "id": "swf_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Stadtwerke Fuldatal", "contact": "from",
        "date": "2026-04-02 13:17 +0200", "frm": SWF,
        "subject": "Einladung zum Vorstellungsgespräch – Schichtleiter Netzleitstelle",
        "text": f"""Sehr geehrter Herr Papadakis,

nach Sichtung Ihrer Unterlagen möchten wir Sie gerne zu einem persönlichen Gespräch einladen.

Termin: Dienstag, 14. April 2026, 10:30 Uhr
Ort: Stadtwerke Fuldatal, Verwaltung, Sandershäuser Str. 34, 3. OG, Besprechungsraum Fulda

Reisekosten erstatten wir Ihnen nach dem Bundesreisekostengesetz. Bitte bestätigen Sie den
Termin per E-Mail.

Mit freundlichen Grüßen
i. A. Bernd Vogt
Personalreferent

{SWF_FOOT}""",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "zeitwerk_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Hansa Kontor Logistik", "contact": "from",
        "date": "2026-04-28 16:22 +0200", "frm": ZW,
        "subject": "Vorstellungstermin bei der Hansa Kontor Logistik",
        "text": """Hallo Herr Papadakis,

wie heute am Telefon besprochen: Unser Kunde ist die Hansa Kontor Logistik, und man möchte
Sie kennenlernen. Das Gespräch findet am Montag, 4. Mai, um 11:00 Uhr am Standort
Hannover-Nordhafen statt (Am Nordhafen 9, Halle C, Büro Disposition). Ich begleite Sie.

Treffpunkt 10:45 Uhr vor dem Tor.

Viele Grüße
Marco Lindemann
Zeitwerk Personal – Niederlassung Hannover""",
    },
    {
        "id": "kessler_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Hansa Kontor Logistik", "contact": "from",
        "date": "2026-06-08 09:03 +0200", "frm": KR,
        "parent": "kessler_ack", "quote": "outlook",
        "subject": "Gesprächstermin – Teamleitung Disposition",
        "text": """Sehr geehrter Herr Papadakis,

Ihr Profil passt sehr gut zum Anforderungsprofil unseres Mandanten. Ich würde gern ein
vertrauliches Vorgespräch per Telefon mit Ihnen führen, bevor ich Sie der Hansa Kontor
Logistik vorstelle.

Hätten Sie am Mittwoch, 10. Juni, um 17:30 Uhr Zeit? Ich rufe Sie unter der Nummer aus Ihrem
Lebenslauf an.

Mit besten Grüßen
Dr. Annette Kessler
Kessler & Roth Personalberatung""",
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "id": "rheinknie_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Rheinknie Verkehrsbetriebe", "contact": "",
        "date": "2026-04-09 07:48 +0000",
        "frm": ("Sandra Meier from Rheinknie Verkehrsbetriebe", "noreply@smartrecruiters.com"),
        "subject": "Einladung zum Interview – Fachspezialist/in Betriebsplanung",
        "text": """Grüezi Herr Papadakis

Gerne laden wir Sie zu einem ersten Interview per Microsoft Teams ein. Bitte buchen Sie über
den untenstehenden Link einen Termin zwischen dem 20. und 24. April:

https://www.smartrecruiters.com/interview-scheduler/rheinknie/4471-ab

Wir freuen uns auf das Gespräch.

Freundliche Grüsse
Sandra Meier
HR Recruiting, Rheinknie Verkehrsbetriebe""",
        "html": True,
    },
    {
        "id": "vgu_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Verkehrsverbund Graz-Umland", "contact": "",
        "date": "2026-05-20 12:00 +0000",
        "frm": ("Verkehrsverbund Graz-Umland", "no-reply@recruitee.com"),
        "subject": "Einladung zum Bewerbungsgespräch – bitte Termin wählen",
        "text": """Sehr geehrter Herr Papadakis,

wir möchten Sie gerne zu einem Bewerbungsgespräch (Videocall, ca. 40 Minuten) einladen.
Bitte wählen Sie selbst einen freien Termin:

https://vgu.recruitee.com/book/interview-82c1

Mit freundlichen Grüßen
Das Recruiting-Team
Verkehrsverbund Graz-Umland""",
        "html": True, "html_only": True, "cte": "quoted-printable",
    },
    {
        "id": "tarmac_ac_de", "kind": "interview_invitation", "lang": "de",
        "company": "Tarmac Services", "contact": "from",
        "date": "2026-05-27 10:12 +0200", "frm": RETO,
        "subject": "Einladung Assessment-Center am 5. Juni",
        "text": """Guten Tag Herr Papadakis

Nach dem positiven ersten Gespräch mit Frau Fontaine laden wir Sie zu unserem halbtägigen
Assessment-Center ein. Es umfasst eine Fallstudie zur Einsatzplanung auf dem Vorfeld, ein
Rollenspiel und ein Gespräch mit dem Leiter Ramp Operations.

Datum: Freitag, 5. Juni 2026, 8:00–12:30 Uhr
Ort: EuroAirport, Bürogebäude Nord, Schweizer Sektor (Zugang über den Zoll)

Freundliche Grüsse
Reto Baumgartner
HR Business Partner
Tarmac Services AG""",
        "ics": {"stamp": "20260527T081200Z", "start": "20260605T080000",
                "end": "20260605T123000", "tz": "Europe/Zurich",
                "uid": "tarmac-ac-0605@tarmac-services.example.ch",
                "summary": "Assessment-Center Tarmac Services",
                "location": "EuroAirport, Buerogebaeude Nord"},
        "cte": "base64",
    },
    {
        "id": "personalwerk_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Personalwerk Nord", "contact": "from",
        "date": "2026-07-07 10:26 +0200",
        "frm": ("Sabine Hoffmeister", "s.hoffmeister@personalwerk-nord.example.de"),
        "subject": "Ihr Termin bei Personalwerk Nord",
        "text": """Moin Herr Papadakis,

danke für Ihren Anruf heute Morgen. Wie besprochen lade ich Sie zu einem
Vorstellungsgespräch in unsere Bremer Niederlassung ein – es geht um die Stelle als
Schichtdisponent bei einem Logistikkunden in Bremen-Hemelingen.

Wann: Montag, 13. Juli, 15:00 Uhr
Wo: Personalwerk Nord, Faulenstraße 52, 28195 Bremen

Bitte bringen Sie Ihren Führerschein, Ihren Ausweis und Ihre Zeugnisse mit.

Moin moin
Sabine Hoffmeister
Personalwerk Nord GmbH""",
        "cte": "8bit",
    },
    # ------------------------------------------------------------ invitations, en
    {
        "id": "tarmac_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Tarmac Services", "contact": "from",
        "date": "2026-05-13 16:30 +0200", "frm": CLAIRE,
        "subject": "Interview invitation – Ramp Operations Planner",
        "text": """Dear Dimitri,

Thank you for your application for the Ramp Operations Planner position. We were impressed by
your dispatching background and would like to invite you to a video interview with me and
Luca Meyer, our Head of Ramp Operations.

Date: Thursday, 21 May 2026
Time: 10:00-11:00 (Basel time)
Platform: Microsoft Teams (link in the calendar invitation)

Please accept the invitation or let me know if another time suits you better.

Kind regards,
Claire Fontaine
Talent Acquisition Partner
Tarmac Services | EuroAirport Basel-Mulhouse-Freiburg""",
        "html": True,
        "ics": {"stamp": "20260513T143000Z", "start": "20260521T100000",
                "end": "20260521T110000", "tz": "Europe/Zurich",
                "uid": "tarmac-int1@tarmac-services.example.ch",
                "summary": "Interview - Ramp Operations Planner (D. Papadakis)",
                "location": "Microsoft Teams"},
    },
    {
        "id": "orbis_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Orbis Ground Handling", "contact": "reply",
        "date": "2026-03-19 13:14 +0000",
        "frm": ("Hannah Becker via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply": ("Hannah Becker", "hannah.becker@orbis-gh.example.com"),
        "subject": "Orbis Ground Handling – let's set up a call",
        "text": """Hi Dimitri,

Thanks for applying for the Turnaround Coordinator role at Hannover Airport. I'd love to set
up a 30-minute phone screen to learn more about your dispatching experience.

Please pick a time that works for you here:
https://app.greenhouse.io/scheduling/orbisgh/4f81c2

Looking forward to speaking with you,
Hannah Becker
Recruiter, Orbis Ground Handling""",
        "html": True,
    },
    {
        "id": "cobalt_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Cobalt Mobility", "contact": "",
        "date": "2026-05-05 08:10 +0000",
        "frm": ("Cobalt Mobility", "no-reply@ashbyhq.com"),
        "subject": "Schedule your interview with Cobalt Mobility",
        "text": """Hi Dimitri,

The team would like to move forward with a 45-minute case interview for the Operations
Analyst, Transit Planning role. You'll walk through a timetable problem with two of our
planners.

Choose a slot that suits you: https://jobs.ashbyhq.com/cobalt-mobility/schedule/b7e90d

See you soon,
Cobalt Mobility Recruiting""",
        "html": True, "html_only": True,
    },
    {
        "id": "meridian_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Meridian Freight", "contact": "reply",
        "date": "2026-07-21 09:35 +0000",
        "frm": ("Owen Hargreaves from Meridian Freight", "no-reply@hire.lever.co"),
        "reply": ("Owen Hargreaves", "owen.hargreaves@meridian-freight.example.com"),
        "subject": "Phone interview – Linehaul Dispatcher",
        "text": """Hi Dimitri,

Thanks for your patience! I'd like to invite you to a short phone interview for the Linehaul
Dispatcher position in Bremen. Would Tuesday 28 July at 3pm (German time) work? I'll call you
on the mobile number you gave us.

Cheers,
Owen Hargreaves
Talent Partner, Meridian Freight""",
    },
    {
        "id": "northgate_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Harbourline Logistics", "contact": "from",
        "date": "2026-08-25 17:52 +0100", "frm": NORTHGATE,
        "subject": "Interview with Harbourline Logistics – Thursday?",
        "text": """Hi Dimitri,

Great speaking earlier. As discussed, Harbourline Logistics would like to meet you for the
Night Operations Manager role at their Bremen terminal. Their Ops Director, Frank Wessels,
can do a video interview this Thursday, 27 August, at 10:00 CEST.

I'll send the Teams link once you confirm. Good luck!

Best,
Priya Raman
Senior Consultant – Supply Chain
Northgate Talent Partners
+44 20 7946 0831""",
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------ invitations, fr
    {
        "id": "trs_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Transports Rhône-Saône", "contact": "from",
        "date": "2026-05-26 11:08 +0200", "frm": TRS,
        "subject": "Convocation à un entretien – Régulateur PC Bus",
        "text": """Bonjour Monsieur Papadakis,

Votre candidature a retenu notre attention et nous souhaitons vous rencontrer pour un
entretien en visioconférence.

Date : jeudi 4 juin 2026
Heure : 14 h 00 – 15 h 00
Participants : Nadia Benali (RH) et Olivier Perrin (chef du PC bus)

Vous trouverez l'invitation Teams en pièce jointe. Merci de nous confirmer votre présence.

Cordialement,
Nadia Benali
Chargée de recrutement
Transports Rhône-Saône
64 cours Lafayette, 69003 Lyon""",
        "ics": {"stamp": "20260526T090800Z", "start": "20260604T140000",
                "end": "20260604T150000", "tz": "Europe/Paris",
                "uid": "trs-entretien-0604@trs-lyon.example.fr",
                "summary": "Entretien D. Papadakis - Regulateur PC Bus",
                "location": "Microsoft Teams"},
        "html": True, "cte": "quoted-printable", "subj_enc": ("windows-1252", "Q"),
    },
    {
        "id": "beaujolais_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Cars du Beaujolais", "contact": "from",
        "date": "2026-06-22 09:40 +0200", "frm": BEAU,
        "parent": "beaujolais_ack", "quote": True,
        "subject": "Journée d'essai au dépôt de Gleizé",
        "text": """Bonjour Monsieur Papadakis,

Notre directeur d'exploitation, M. Lambert, souhaite vous proposer une journée d'essai au
service exploitation, pour voir le planning des conducteurs et la gestion des aléas en
situation réelle.

Seriez-vous disponible le mardi 30 juin à partir de 7 h 30 ? Le repas du midi est pris en
charge.

Cordialement,
Sylvie Marchand
Cars du Beaujolais""",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "presquile_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Logistique Confluence", "contact": "from",
        "date": "2026-07-22 15:15 +0200", "frm": PRESQ,
        "subject": "Rendez-vous chez notre client Logistique Confluence",
        "text": """Bonjour Monsieur Papadakis,

Bonne nouvelle : notre client, Logistique Confluence, souhaite vous rencontrer pour la
mission d'agent d'exploitation. Le rendez-vous est fixé au mardi 28 juillet à 9 h sur leur
site de Corbas (ZI Nord, 5 rue du Dauphiné), avec Mme Girard, responsable d'exploitation.

Merci de me confirmer votre présence par retour de mail.

Belle journée,
Mathilde Roussel
Intérim Presqu'île""",
    },
    {
        "id": "aerosx_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Aéro Services Saint-Exupéry", "contact": "",
        "date": "2026-08-27 06:45 +0000",
        "frm": ("Aéro Services Saint-Exupéry", "aerosx@taleo.net"),
        "subject": "Invitation à un entretien téléphonique",
        "text": """Bonjour Dimitri Papadakis,

Nous avons le plaisir de vous inviter à un entretien téléphonique pour le poste de
Superviseur escale (réf. 26-0419).

Merci de sélectionner un créneau dans votre espace candidat avant le 31 août :
https://aerosx.taleo.net/careersection/entretien/planifier

Cordialement,
Le service recrutement
Aéro Services Saint-Exupéry

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.""",
        "html": True, "name_enc": ("iso-8859-1", "B"),
    },
    # ------------------------------------------------------------ invitations, es
    {
        "id": "turia_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Autobuses Turia", "contact": "from",
        "date": "2026-04-28 10:22 +0200", "frm": TURIA,
        "subject": "Entrevista – Técnico/a de planificación de servicios",
        "text": """Hola Dimitri:

Gracias por tu candidatura. Nos ha llamado la atención tu experiencia como conductor y
despachador, y nos gustaría conocerte en una entrevista por videollamada.

Fecha: martes 12 de mayo
Hora: 11:00 (hora peninsular)
Con: Lucía Ferrer (Selección) y Andrés Peris (jefe de Planificación)

Te envío la convocatoria del calendario. Si no te viene bien, dime qué otro día te encaja.

Un saludo,
Lucía Ferrer Navarro
Responsable de Selección
Autobuses Turia""",
        "ics": {"stamp": "20260428T082200Z", "start": "20260512T110000",
                "end": "20260512T120000", "tz": "Europe/Madrid",
                "uid": "turia-entrevista@autobuses-turia.example.es",
                "summary": "Entrevista Dimitri Papadakis", "location": "Google Meet"},
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "translevante_invite", "kind": "interview_invitation", "lang": "es",
        "company": "TransLevante", "contact": "",
        "date": "2026-08-12 08:30 +0000",
        "frm": ("TransLevante", "noreply@workablemail.com"),
        "subject": "Invitación a entrevista por videollamada – Jefe/a de Tráfico",
        "text": """Hola Dimitri,

Nos gustaría invitarte a una entrevista por videollamada para el puesto de Jefe/a de
Tráfico. La entrevista durará unos 30 minutos con Marta Gil, de Recursos Humanos.

Elige el horario que mejor te venga: https://apply.workable.com/translevante/schedule/9d21

¡Hasta pronto!
Equipo de Selección de TransLevante""",
        "html": True, "cte": "base64", "subj_enc": ("utf-8", "B"),
    },
    {
        "id": "rampa_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Rampa Levante", "contact": "from",
        "date": "2026-08-31 12:50 +0200", "frm": RAMPA,
        "subject": "Convocatoria jornada de evaluación – Coordinador/a de rampa",
        "text": """Estimado Dimitri:

Nos complace comunicarle que ha superado la primera fase de selección. Le convocamos a la
jornada de evaluación que celebraremos el jueves 10 de septiembre a las 9:00 en el edificio
de servicios del aeropuerto de Valencia (planta 1, sala Albufera).

La jornada incluye una prueba de planificación de turnos, una dinámica de grupo y una
entrevista personal. Traiga el DNI o pasaporte para el control de acceso.

Atentamente,
Javier Soler
Jefe de Operaciones
Rampa Levante Servicios Aeroportuarios, S.L.
Aeropuerto de Valencia, 46940 Manises""",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "lt_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Levante Talento", "contact": "from",
        "date": "2026-09-08 18:02 +0200", "frm": LT,
        "subject": "Entrevista en nuestra oficina – puesto de planificador/a",
        "text": """Hola Dimitri,

Soy Carmen, de Levante Talento ETT. Hemos visto tu perfil en nuestra web y encaja con una
vacante de planificador/a de rutas que gestionamos para una empresa de distribución de la
zona de Paterna.

¿Podrías pasarte por nuestra oficina el lunes 14 a las 10:30 para una entrevista? Estamos en
la calle Colón 41, 3.º, Valencia.

Un abrazo,
Carmen Ortiz
Consultora de selección
Levante Talento ETT""",
    },
    # ------------------------------------------------------------ moved / cancelled, de
    {
        "id": "sl_resched", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Stadtbahn Leinetal", "contact": "from",
        "date": "2026-02-24 12:44 +0100", "frm": SL,
        "parent": "sl_invite", "quote": True,
        "subject": "Terminänderung: Vorstellungsgespräch am 26.02. wird verschoben",
        "text": f"""Sehr geehrter Herr Papadakis,

leider muss ich unser Gespräch am Donnerstag verschieben: Herr Dr. Kowalski ist kurzfristig
zu einer Sitzung beim Verkehrsverbund geladen. Können wir stattdessen Dienstag, den 3. März,
um 13:00 Uhr sagen? Ort bleibt gleich, die aktualisierte Einladung hängt an.

Entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
{SL_SIG}""",
        "ics": {"stamp": "20260224T114400Z", "start": "20260303T130000",
                "end": "20260303T140000", "seq": 1,
                "uid": "sl-vg-0226@stadtbahn-leinetal.example.de",
                "summary": "Vorstellungsgespräch Dimitri Papadakis (NEUER TERMIN)",
                "location": "Betriebshof Glocksee, Raum 2.14"},
        "cte": "quoted-printable",
    },
    {
        "id": "weserbus_resched", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Weserbus", "contact": "from",
        "date": "2026-02-10 16:03 +0100", "frm": WB,
        "parent": "weserbus_invite", "quote": "outlook",
        "subject": "AW: Einladung: Videointerview Disponent Leitstelle",
        "text": """Hallo Herr Papadakis,

kleine Änderung: Herr Dierks hat am Donnerstag Bereitschaft in der Leitstelle. Wir müssen
das Interview deshalb auf Freitag, 13. Februar, 9:30 Uhr verlegen. Der Teams-Link bleibt
derselbe, ich habe die Einladung aktualisiert.

Beste Grüße
Jana Roolfs""",
        "ics": {"stamp": "20260210T150300Z", "start": "20260213T093000",
                "end": "20260213T101500", "seq": 1,
                "uid": "wb-teams-0212@weserbus.example.de",
                "summary": "Videointerview Papadakis / Weserbus",
                "location": "Microsoft Teams-Besprechung"},
    },
    {
        "id": "murtal_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Murtal Linien", "contact": "from",
        "date": "2026-03-20 14:19 +0100", "frm": MURTAL,
        "subject": "Absage Termin 24.03. – neuer Termin folgt",
        "text": """Sehr geehrter Herr Papadakis,

leider muss ich unser Zoom-Gespräch am kommenden Dienstag absagen, Herr Pichler ist
erkrankt. Ihre Bewerbung bleibt selbstverständlich im Verfahren – ich melde mich, sobald ich
einen neuen Termin mit ihm abstimmen konnte.

Beste Grüße
Katharina Wallner
Murtal Linien GmbH""",
        "ics": {"stamp": "20260320T131900Z", "start": "20260324T090000",
                "end": "20260324T100000", "seq": 1, "method": "CANCEL", "tz": "Europe/Vienna",
                "uid": "murtal-zoom-0324@murtal-linien.example.at",
                "summary": "Zoom: Papadakis / Murtal Linien", "location": "Zoom"},
        "cs": "windows-1252", "cte": "8bit",
    },
    {
        "id": "swf_resched", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Stadtwerke Fuldatal", "contact": "from",
        "date": "2026-04-09 09:01 +0200", "frm": SWF,
        "parent": "swf_invite", "quote": "outlook",
        "subject": "Verschiebung Ihres Vorstellungsgesprächs",
        "text": f"""Sehr geehrter Herr Papadakis,

aufgrund einer Störung in unserem Fernwärmenetz ist die Netzleitstelle am 14. April voll
eingebunden. Wir müssen Ihr Gespräch daher auf Dienstag, 21. April 2026, 10:30 Uhr
verschieben. Ort und Ablauf bleiben unverändert.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Bernd Vogt

{SWF_FOOT}""",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "zeitwerk_resched", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Hansa Kontor Logistik", "contact": "from",
        "date": "2026-05-01 07:58 +0200", "frm": ZW,
        "parent": "zeitwerk_invite", "quote": True,
        "subject": "Re: Vorstellungstermin bei der Hansa Kontor Logistik",
        "text": """Guten Morgen Herr Papadakis,

kurze Info: Die Hansa Kontor Logistik hat den Termin am Montag um eine Stunde nach hinten
geschoben, also 12:00 Uhr statt 11:00 Uhr. Treffpunkt dann 11:45 Uhr am Tor.

Schönes Wochenende
Marco Lindemann""",
    },
    {
        "id": "vgu_resched", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Verkehrsverbund Graz-Umland", "contact": "",
        "date": "2026-06-01 06:30 +0000",
        "frm": ("Verkehrsverbund Graz-Umland", "no-reply@recruitee.com"),
        "subject": "Ihr Interviewtermin wurde geändert",
        "text": """Sehr geehrter Herr Papadakis,

Ihr Interviewtermin für die Stelle Fahrplanerstellung & Angebotsplanung (w/m/d) wurde vom
Recruiting-Team geändert.

Alter Termin: Mittwoch, 3. Juni 2026, 10:00 Uhr
Neuer Termin: Freitag, 5. Juni 2026, 13:30 Uhr

Der Link zum Videocall bleibt gleich. Falls Ihnen der neue Termin nicht passt, können Sie ihn
hier ändern: https://vgu.recruitee.com/book/interview-82c1/change

Mit freundlichen Grüßen
Das Recruiting-Team
Verkehrsverbund Graz-Umland""",
        "html": True, "html_only": True, "cte": "base64",
    },
    {
        "id": "tarmac_resched_de", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Tarmac Services", "contact": "from",
        "date": "2026-06-02 15:37 +0200", "frm": RETO,
        "parent": "tarmac_ac_de", "quote": True,
        "subject": "Verschiebung Assessment-Center auf Montag, 8. Juni",
        "text": """Guten Tag Herr Papadakis

Wegen einer unangekündigten Behördenübung auf dem Vorfeld am Freitag verschieben wir das
Assessment-Center auf Montag, 8. Juni, gleiche Zeit und gleicher Ort. Ich hoffe, das lässt
sich mit Ihren Diensten vereinbaren.

Freundliche Grüsse
Reto Baumgartner""",
        "ics": {"stamp": "20260602T133700Z", "start": "20260608T080000",
                "end": "20260608T123000", "tz": "Europe/Zurich", "seq": 1,
                "uid": "tarmac-ac-0605@tarmac-services.example.ch",
                "summary": "Assessment-Center Tarmac Services (verschoben)",
                "location": "EuroAirport, Buerogebaeude Nord"},
    },
    # ------------------------------------------------------------ moved / cancelled, en
    {
        "id": "tarmac_resched_en", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Tarmac Services", "contact": "from",
        "date": "2026-05-18 12:02 +0200", "frm": CLAIRE,
        "parent": "tarmac_invite", "quote": True,
        "subject": "Updated invitation: Interview – Ramp Operations Planner",
        "text": """Hi Dimitri,

Apologies for the change: Luca has been called into an operations review on Thursday
morning. Could we move our interview to Friday, 22 May, 14:00-15:00 instead? I've updated the
calendar invitation accordingly.

Thank you for your flexibility,
Claire""",
        "ics": {"stamp": "20260518T100200Z", "start": "20260522T140000",
                "end": "20260522T150000", "tz": "Europe/Zurich", "seq": 1,
                "uid": "tarmac-int1@tarmac-services.example.ch",
                "summary": "Interview - Ramp Operations Planner (D. Papadakis)",
                "location": "Microsoft Teams"},
        "html": True,
    },
    {
        "id": "orbis_cancel", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Orbis Ground Handling", "contact": "reply",
        "date": "2026-03-25 10:51 +0000",
        "frm": ("Hannah Becker via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply": ("Hannah Becker", "hannah.becker@orbis-gh.example.com"),
        "subject": "Cancelled: Phone screen with Orbis Ground Handling",
        "text": """Hi Dimitri,

I'm sorry to do this at short notice, but I have to cancel our phone screen tomorrow at
11:00 – I'm out sick. I'll send you a new scheduling link as soon as I'm back.

Thanks for understanding,
Hannah""",
        "ics": {"stamp": "20260325T105100Z", "start": "20260326T110000",
                "end": "20260326T113000", "method": "CANCEL", "seq": 2,
                "uid": "gh-orbis-screen-4f81c2@greenhouse.io",
                "summary": "Phone screen: Dimitri Papadakis / Orbis", "location": "Phone"},
    },
    {
        "id": "cobalt_resched", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Cobalt Mobility", "contact": "",
        "date": "2026-05-11 13:25 +0000",
        "frm": ("Cobalt Mobility", "no-reply@ashbyhq.com"),
        "subject": "Your interview with Cobalt Mobility has been rescheduled",
        "text": """Hi Dimitri,

Your case interview for Operations Analyst, Transit Planning has been rescheduled by the
Cobalt Mobility team.

New time: Wednesday, May 13, 2026, 16:00 - 16:45 CEST
Location: Google Meet (link in the updated invite)

Need a different time? Use the link in your original confirmation email.

Cobalt Mobility Recruiting""",
        "html": True,
    },
    # ------------------------------------------------------------ moved / cancelled, fr
    {
        "id": "trs_resched", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Transports Rhône-Saône", "contact": "from",
        "date": "2026-06-01 17:26 +0200", "frm": TRS,
        "parent": "trs_invite", "quote": True,
        "subject": "Report de votre entretien du 4 juin",
        "text": """Bonjour Monsieur Papadakis,

En raison d'un mouvement social prévu le 4 juin, M. Perrin sera mobilisé au PC bus toute la
journée. Nous sommes contraints d'annuler l'entretien prévu ce jour-là.

Je vous propose de le reporter au mardi 9 juin à 10 h, toujours en visio. Une nouvelle
invitation vous sera envoyée dès votre confirmation.

Avec toutes nos excuses,
Nadia Benali
Transports Rhône-Saône""",
        "ics": {"stamp": "20260601T152600Z", "start": "20260604T140000",
                "end": "20260604T150000", "tz": "Europe/Paris", "seq": 1,
                "method": "CANCEL", "uid": "trs-entretien-0604@trs-lyon.example.fr",
                "summary": "Entretien D. Papadakis - Regulateur PC Bus",
                "location": "Microsoft Teams"},
        "cte": "quoted-printable",
    },
    {
        "id": "beaujolais_resched", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Cars du Beaujolais", "contact": "from",
        "date": "2026-06-27 10:14 +0200", "frm": BEAU,
        "subject": "Journée d'essai : changement de date",
        "text": """Bonjour Monsieur Papadakis,

M. Lambert doit accompagner un voyage scolaire en Savoie mardi prochain, la journée d'essai
du 30 juin ne peut donc pas avoir lieu. Nous vous proposons de la décaler au jeudi 2 juillet,
même horaire. Pouvez-vous me confirmer ?

Cordialement,
Sylvie Marchand""",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "aerosx_resched", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Aéro Services Saint-Exupéry", "contact": "from",
        "date": "2026-09-03 08:22 +0200",
        "frm": ("Julien Garnier", "j.garnier@aero-sx.example.fr"),
        "subject": "Entretien de vendredi déplacé",
        "text": """Bonjour Dimitri,

Je suis désolé, je dois décaler notre entretien téléphonique de vendredi 14 h : un audit de
la DGAC tombe le même jour. Seriez-vous disponible lundi 7 septembre à 11 h ?

Bien à vous,
Julien Garnier
Responsable d'escale – Aéro Services Saint-Exupéry""",
        "cs": "windows-1252", "cte": "8bit",
    },
    # ------------------------------------------------------------ moved / cancelled, es
    {
        "id": "turia_resched", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Autobuses Turia", "contact": "from",
        "date": "2026-05-08 13:47 +0200", "frm": TURIA,
        "parent": "own_turia_request", "quote": True,
        "subject": "RE: Entrevista – Técnico/a de planificación de servicios",
        "text": """Hola Dimitri:

Sin problema. Movemos la entrevista al martes 19 de mayo a las 16:00, que sé que sales de
turno a mediodía. Te mando la convocatoria actualizada.

Un saludo,
Lucía""",
        "ics": {"stamp": "20260508T114700Z", "start": "20260519T160000",
                "end": "20260519T170000", "tz": "Europe/Madrid", "seq": 1,
                "uid": "turia-entrevista@autobuses-turia.example.es",
                "summary": "Entrevista Dimitri Papadakis", "location": "Google Meet"},
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "rampa_resched", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Rampa Levante", "contact": "from",
        "date": "2026-09-07 19:10 +0200", "frm": RAMPA,
        "subject": "Aplazamiento de la jornada de evaluación",
        "text": """Estimado Dimitri:

Por una incidencia operativa en el aeropuerto nos vemos obligados a aplazar la jornada de
evaluación prevista para el jueves 10. La nueva fecha será el martes 15 de septiembre, a la
misma hora y en el mismo lugar.

Disculpe las molestias.

Atentamente,
Javier Soler
Rampa Levante Servicios Aeroportuarios""",
    },
    # ------------------------------------------------------------ missed interviews
    {
        "id": "nhm_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Nordhessen Mobil", "contact": "from",
        "date": "2026-03-03 11:12 +0100", "frm": NHM,
        "subject": "Ihr Termin heute um 10 Uhr",
        "text": """Hallo Herr Papadakis,

wir hatten heute um 10:00 Uhr unser Kennenlerngespräch in der Leitstelle vereinbart. Leider
haben wir vergeblich auf Sie gewartet, und unter Ihrer Handynummer habe ich nur die Mailbox
erreicht.

Ist etwas dazwischengekommen? Geben Sie mir bitte kurz Bescheid.

Gruß
Tobias Kellner
Leiter Betriebsleitstelle
Nordhessen Mobil GmbH""",
    },
    {
        "id": "personalwerk_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Personalwerk Nord", "contact": "from",
        "date": "2026-07-13 16:05 +0200",
        "frm": ("Sabine Hoffmeister", "s.hoffmeister@personalwerk-nord.example.de"),
        "subject": "Termin heute 15 Uhr – Sie waren nicht da",
        "text": """Hallo Herr Papadakis,

Sie hatten heute um 15:00 Uhr einen Termin bei uns in der Faulenstraße, sind aber leider
nicht erschienen. Telefonisch konnte ich Sie auch nicht erreichen.

Wenn Sie weiterhin Interesse an der Stelle haben, rufen Sie mich bitte an, dann vereinbaren
wir einen neuen Termin.

Sabine Hoffmeister
Personalwerk Nord GmbH · 0421 8845 106""",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "kessler_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Hansa Kontor Logistik", "contact": "from",
        "date": "2026-06-10 17:58 +0200", "frm": KR,
        "parent": "kessler_invite", "quote": True,
        "subject": "AW: Gesprächstermin – Teamleitung Disposition",
        "text": """Sehr geehrter Herr Papadakis,

ich habe Sie heute um 17:30 Uhr wie verabredet zweimal angerufen, Sie jedoch nicht erreicht.
Vielleicht hat sich Ihr Dienst verlängert? Schlagen Sie mir gern zwei, drei neue Zeitfenster
vor, dann holen wir das Gespräch nach.

Mit besten Grüßen
Dr. Annette Kessler""",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "rheinknie_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Rheinknie Verkehrsbetriebe", "contact": "from",
        "date": "2026-04-22 10:48 +0200",
        "frm": ("Sandra Meier", "sandra.meier@rheinknie.example.ch"),
        "subject": "Interview heute 10:00 Uhr – wir haben Sie vermisst",
        "text": """Grüezi Herr Papadakis

Wir haben heute um 10:00 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich jedoch nicht
eingewählt. Ist bei der Terminbuchung etwas schiefgelaufen?

Bitte melden Sie sich bei mir, wenn Sie weiterhin interessiert sind.

Freundliche Grüsse
Sandra Meier
HR Recruiting
Rheinknie Verkehrsbetriebe AG
Claragraben 55, 4058 Basel""",
        "html": True,
    },
    {
        "id": "swf_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Stadtwerke Fuldatal", "contact": "from",
        "date": "2026-04-21 12:03 +0200", "frm": SWF,
        "subject": "Nicht wahrgenommener Termin am 21.04.2026",
        "text": f"""Sehr geehrter Herr Papadakis,

zu unserem für heute, 10:30 Uhr, vereinbarten Vorstellungsgespräch sind Sie leider nicht
erschienen. Eine Absage lag uns nicht vor.

Sollten Sie weiterhin an der Position interessiert sein, bitten wir um Rückmeldung bis zum
24. April.

Mit freundlichen Grüßen
i. A. Bernd Vogt

{SWF_FOOT}""",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "meridian_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Meridian Freight", "contact": "from",
        "date": "2026-07-28 15:24 +0200",
        "frm": ("Owen Hargreaves", "owen.hargreaves@meridian-freight.example.com"),
        "subject": "Missed you today",
        "text": """Hi Dimitri,

I tried calling you at 3pm as planned for our phone interview but couldn't get through, and
your voicemail was full. Hope everything is okay!

If you're still interested, reply with a couple of times that work for you this week.

Cheers,
Owen""",
    },
    {
        "id": "northgate_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Harbourline Logistics", "contact": "from",
        "date": "2026-08-27 09:31 +0100", "frm": NORTHGATE,
        "parent": "northgate_invite", "quote": True,
        "subject": "Re: Interview with Harbourline Logistics – Thursday?",
        "text": """Dimitri,

Frank from Harbourline just messaged me – he has been waiting in the Teams call since 10:00
and you haven't joined. Are you having trouble with the link? Call me on +44 20 7946 0831
and I'll try to keep him on for another ten minutes.

Priya""",
    },
    {
        "id": "presquile_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Logistique Confluence", "contact": "from",
        "date": "2026-07-28 10:05 +0200", "frm": PRESQ,
        "subject": "Rendez-vous de ce matin à Corbas",
        "text": """Bonjour Monsieur Papadakis,

Mme Girard, de Logistique Confluence, m'informe qu'elle vous a attendu ce matin à 9 h sur le
site de Corbas, mais que vous ne vous êtes pas présenté. Je n'arrive pas non plus à vous
joindre par téléphone.

Merci de me rappeler au plus vite pour que je puisse lui donner une explication.

Mathilde Roussel
Intérim Presqu'île – 04 78 42 16 90""",
    },
    {
        "id": "translevante_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "TransLevante", "contact": "from",
        "date": "2026-08-19 12:40 +0200",
        "frm": ("Marta Gil", "marta.gil@translevante.example.es"),
        "subject": "No pudimos conectar en la videollamada",
        "text": """Hola Dimitri:

Te estuvimos esperando hoy a las 12:00 en la videollamada para el puesto de Jefe/a de
Tráfico, pero no llegaste a conectarte. ¿Tuviste algún problema técnico?

Si sigues interesado, respóndeme y buscamos otro hueco esta semana.

Un saludo,
Marta Gil
Recursos Humanos – TransLevante""",
        "cte": "quoted-printable", "name_enc": ("utf-8", "B"),
    },
    {
        "id": "lt_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "Levante Talento", "contact": "from",
        "date": "2026-09-14 11:20 +0200", "frm": LT,
        "parent": "lt_invite", "quote": True,
        "subject": "Re: Entrevista en nuestra oficina – puesto de planificador/a",
        "text": """Hola Dimitri,

Te hemos esperado esta mañana a las 10:30 en la oficina, pero no has venido y no me coges el
teléfono. Si todavía te interesa la vacante, llámame y te doy otra cita.

Carmen Ortiz
Levante Talento ETT · 963 52 18 44""",
    },
]
