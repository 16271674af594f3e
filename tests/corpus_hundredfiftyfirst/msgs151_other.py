"""Corpus 151, kind `other`: 52 hand-written messages (de 26, en 13, fr 5, es 8).

Newsletters and alerts, career advice, press and podcast requests, user research, parcels,
trackers, friends, bank, landlord, nursery, doctor, public offices, out-of-office replies,
study and programme refusals, a cold approach, and the candidate's own sent mail (always
`other`, never a contact).
"""

from __future__ import annotations

import copy

from msgs151_acks import MESSAGES as _ACKS
from msgs151_common import (
    ME,
    SIGNATURE_DE,
    forwarded_block,
    newsletter_html,
    newsletter_text,
    outlook_html,
    simple_html,
    wrote_en,
)
from msgs151_invites import (
    APOLOGY_NORDHAFEN,
    CONFIRM_BIBM,
    CONFIRM_MESETA,
    REQ_ARCHISTAFF,
    REQ_TALENTO,
    REQ_WIENER,
)
from msgs151_rejections import THANKS_BAUKRAFT, THANKS_RHONE, THANKS_STRUCT360


def _list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# ------------------------------------------------------------------ newsletters (words here)

BAUJOBS_TITLE = "Ihr Jobagent: 6 neue Stellen für „BIM-Koordination“ in Berlin"
BAUJOBS_INTRO = """Guten Morgen Joana,

seit gestern sind diese Stellen neu online. Tipp der Woche: Eine Absage ist kein Urteil über
Sie – fragen Sie nach dem Vorstellungsgespräch ruhig nach konkretem Feedback."""
BAUJOBS_ITEMS = [
    ("BIM-Koordinator/in Hochbau – Nordlicht Bau, Berlin-Mitte",
     "https://www.baujobs.example.de/job/88213", "Vollzeit · ab sofort · 60–72 T€"),
    ("Digital Construction Manager (m/w/d) – Prisma Immobilien, Berlin",
     "https://www.baujobs.example.de/job/88240", "Hybrid · unbefristet"),
    ("BIM-Manager/in TGA – Köpenicker Haustechnik, Berlin-Köpenick",
     "https://www.baujobs.example.de/job/88251", "Vollzeit · 30 Tage Urlaub"),
    ("Projektsteuerer/in mit BIM-Erfahrung – Stadt & Raum Consult, Potsdam",
     "https://www.baujobs.example.de/job/88266", "Teilzeit möglich"),
    ("Werkstudent/in BIM-Modellierung – Tegel Projekt, Berlin",
     "https://www.baujobs.example.de/job/88270", "20 h/Woche"),
    ("Teamleitung Digitale Planung – Spree Generalplaner, Berlin",
     "https://www.baujobs.example.de/job/88291", "Führungsposition · Dienstwagen"),
]
BAUJOBS_FOOTER = """Sie erhalten diese E-Mail, weil Sie auf baujobs.example.de einen Jobagenten angelegt haben.
Jobagent bearbeiten oder abbestellen: https://www.baujobs.example.de/jobagent/abmelden?id=151
Baujobs Portal GmbH · Friedrichstraße 68 · 10117 Berlin"""

KARRIERE_TITLE = "Karrierebrief Bau & Planung – Ausgabe 14/2026"
KARRIERE_INTRO = """Liebe Leserin, lieber Leser,

diese Woche geht es um die Phase nach dem Vorstellungsgespräch: Wie lange sollte man auf
eine Rückmeldung warten, wie reagiert man souverän auf eine Absage, und was tun, wenn der
Termin zum Gespräch kurzfristig verschoben wird?"""
KARRIERE_ITEMS = [
    ("Absage erhalten? So fragen Sie nach Feedback",
     "https://karrierebrief.example.de/artikel/absage-feedback",
     "Drei Formulierungen, mit denen Sie höflich nachhaken – und warum es sich lohnt."),
    ("Vorstellungsgespräch verschoben: Was das wirklich bedeutet",
     "https://karrierebrief.example.de/artikel/termin-verschoben",
     "Personalerinnen erzählen, warum Termine platzen – und warum es selten an Ihnen liegt."),
    ("Vom Entwurf in die BIM-Koordination: Quereinstieg für Architektinnen",
     "https://karrierebrief.example.de/artikel/quereinstieg-bim",
     "Welche Zertifikate (buildingSMART, VDI 2552) Arbeitgeber wirklich sehen wollen."),
    ("Gehaltsreport 2026: Was BIM-Managerinnen verdienen",
     "https://karrierebrief.example.de/artikel/gehaltsreport-2026",
     "Regionale Unterschiede zwischen Berlin, Hamburg und Leipzig."),
]
KARRIERE_FOOTER = """Karrierebrief Bau & Planung erscheint alle zwei Wochen.
Abmelden: https://karrierebrief.example.de/abmelden · Impressum: Fachverlag Bauwissen, Leipzig"""

LINKUP_TITLE = "Jobs you may be interested in"
LINKUP_INTRO = """Hi Joana, based on your profile and recent searches, here are new openings.
3 people viewed your profile this week, including a recruiter from a construction group."""
LINKUP_ITEMS = [
    ("BIM Manager - Ashcombe Build (London, hybrid)",
     "https://www.linkup.example.com/jobs/view/4411", "Actively recruiting · 41 applicants"),
    ("Information Manager ISO 19650 - Pellow Rail (London)",
     "https://www.linkup.example.com/jobs/view/4418", "Be an early applicant"),
    ("Digital Construction Lead - Kranstadt (Hamburg)",
     "https://www.linkup.example.com/jobs/view/4420", "Easy Apply"),
    ("BIM Coordinator - Lagos Vega Arquitectos (Madrid)",
     "https://www.linkup.example.com/jobs/view/4432", "Promoted"),
]
LINKUP_FOOTER = """You are receiving Job Alert emails. Unsubscribe: https://www.linkup.example.com/unsub/jobs
LinkUp Networks, 2 Harbour Exchange, London E14 9GE"""

DIARY_TITLE = "The Site Diary - careers edition"
DIARY_INTRO = """This week: rejections, interviews and the art of the follow-up.
Our readers sent us more than 300 rejection emails (anonymised!) and we went through them so
you don't have to."""
DIARY_ITEMS = [
    ("What 300 rejection emails taught us",
     "https://sitediary.example.co.uk/careers/300-rejections",
     "'We have decided to move forward with other candidates' - and what it usually means."),
    ("Five questions to ask at the end of an interview",
     "https://sitediary.example.co.uk/careers/five-questions",
     "Ask about the CDE, the information requirements and who owns the model."),
    ("Your interview got cancelled. Now what?",
     "https://sitediary.example.co.uk/careers/cancelled-interview",
     "How to rebook without sounding desperate."),
]
DIARY_FOOTER = """You're subscribed to The Site Diary. Manage preferences or unsubscribe:
https://sitediary.example.co.uk/preferences"""

BUILDCAREERS_TITLE = "BuildCareers weekly: 12 new BIM openings + interview tips"
BUILDCAREERS_INTRO = """Hello Joana,

New openings matching 'BIM coordinator' in London and remote. Plus: our guide to technical
interviews for BIM roles - what a model walkthrough looks like and how to prepare."""
BUILDCAREERS_ITEMS = [
    ("BIM Coordinator - Falconer Estates, London Bridge",
     "https://buildcareers.example.com/j/70012", "GBP 48-55k · hybrid"),
    ("Senior BIM Technician - Marlowe MEP, Croydon",
     "https://buildcareers.example.com/j/70031", "Permanent"),
    ("Guide: acing the technical interview for BIM roles",
     "https://buildcareers.example.com/guides/technical-interview",
     "From clash rules to naming conventions: what interviewers ask."),
    ("Webinar: what hiring managers want from career changers",
     "https://buildcareers.example.com/events/career-changers", "Thursday 18:00 BST"),
]
BUILDCAREERS_FOOTER = """You're receiving this because you created a job alert on BuildCareers.
Unsubscribe: https://buildcareers.example.com/alerts/unsubscribe/151"""

BTP_TITLE = "Alerte emploi : 5 nouvelles offres « BIM Manager » à Lyon"
BTP_INTRO = """Bonjour Joana,

Voici les offres publiées depuis votre dernière alerte. Conseil du jour : préparez votre
entretien d'embauche en relisant la convention BIM de l'entreprise, et ne vous découragez pas
après un refus – c'est souvent une question de timing."""
BTP_ITEMS = [
    ("BIM Manager (H/F) – Rhodanie Construction, Lyon 7e",
     "https://www.emploi-btp.example.fr/offre/52201", "CDI · 45-55 k€"),
    ("Coordinateur BIM synthèse (H/F) – Fourvière Fluides, Lyon",
     "https://www.emploi-btp.example.fr/offre/52219", "CDI · télétravail partiel"),
    ("Chargé·e d'opérations BIM – Office Métropolitain de l'Habitat, Villeurbanne",
     "https://www.emploi-btp.example.fr/offre/52230", "Fonction publique territoriale"),
    ("Modeleur·se BIM – Atelier Bellecour, Lyon 2e",
     "https://www.emploi-btp.example.fr/offre/52244", "CDD 12 mois"),
    ("Responsable maquette numérique – Saint-Exupéry Infra, Colombier-Saugnieu",
     "https://www.emploi-btp.example.fr/offre/52251", "CDI · cadre"),
]
BTP_FOOTER = """Vous recevez cet e-mail car vous avez créé une alerte sur emploi-btp.example.fr.
Se désabonner : https://www.emploi-btp.example.fr/alertes/desinscription?u=151"""

OBRA_TITLE = "Nuevas ofertas para ti: Coordinador/a BIM en Madrid"
OBRA_INTRO = """Hola Joana:

Tenemos 4 ofertas nuevas que encajan con tu búsqueda. Y en el blog: cómo responder a un
rechazo después de una entrevista sin cerrar puertas."""
OBRA_ITEMS = [
    ("Coordinador/a BIM – Constructora Manzanares, Madrid",
     "https://www.empleobra.example.es/oferta/31102", "Indefinido · 38.000-44.000 €"),
    ("BIM Manager – Ingeniería Retiro, Madrid (híbrido)",
     "https://www.empleobra.example.es/oferta/31117", "Inscritos: 23"),
    ("Técnico/a BIM instalaciones – Climatiza Centro, Getafe",
     "https://www.empleobra.example.es/oferta/31120", "Jornada completa"),
    ("Blog: qué hacer después de un rechazo",
     "https://www.empleobra.example.es/blog/despues-del-rechazo", "Lectura de 4 minutos"),
]
OBRA_FOOTER = """Recibes este correo porque tienes una alerta activa en EmpleObra.
Darte de baja: https://www.empleobra.example.es/alertas/baja/151"""


def _forward_of_offer() -> dict:
    original = next(m for m in _ACKS if m["name"] == "nordhafen_contract_offer_pdf")
    inner = copy.deepcopy(original)
    for key in ("id", "parent", "kind", "name", "lang", "company", "contact"):
        inner.pop(key, None)
    inner["same_as"] = "nordhafen_offer"
    return inner


MESSAGES = [
    # ---------------------------------------------------------------- German (26)
    {
        "kind": "other", "name": "baujobs_jobagent_digest", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-02-09 06:15 +0100",
        "frm": ("Baujobs Jobagent", "jobagent-noreply@baujobs.example.de"),
        "subject": BAUJOBS_TITLE,
        "headers": _list_headers("Baujobs Jobagent <jobagent.baujobs.example.de>",
                                 "https://www.baujobs.example.de/jobagent/abmelden?id=151",
                                 "unsubscribe@baujobs.example.de"),
        "text": newsletter_text(BAUJOBS_TITLE, BAUJOBS_INTRO, BAUJOBS_ITEMS, BAUJOBS_FOOTER),
        "html": newsletter_html(BAUJOBS_TITLE, BAUJOBS_INTRO, BAUJOBS_ITEMS, BAUJOBS_FOOTER,
                                "#d35400", "de"),
    },
    {
        "kind": "other", "name": "karrierebrief_absage_und_verschoben", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-04-15 07:00 +0200",
        "frm": ("Karrierebrief Bau & Planung", "newsletter@karrierebrief.example.de"),
        "subject": "Absage, Funkstille, verschobener Termin – so bleiben Sie gelassen",
        "headers": _list_headers("Karrierebrief <karrierebrief.example.de>",
                                 "https://karrierebrief.example.de/abmelden",
                                 "abmelden@karrierebrief.example.de"),
        "text": newsletter_text(KARRIERE_TITLE, KARRIERE_INTRO, KARRIERE_ITEMS, KARRIERE_FOOTER),
        "html": newsletter_html(KARRIERE_TITLE, KARRIERE_INTRO, KARRIERE_ITEMS, KARRIERE_FOOTER,
                                "#1f6f8b", "de"),
    },
    {
        "kind": "other", "name": "profinetz_profile_views_html", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-05-27 19:30 +0200",
        "frm": ("ProfiNetz", "benachrichtigungen@profinetz.example.de"),
        "subject": "Joana, Ihr Profil wurde 12-mal angesehen – und Ihre Kontakte haben Neuigkeiten",
        "headers": _list_headers("ProfiNetz Benachrichtigungen <notify.profinetz.example.de>",
                                 "https://www.profinetz.example.de/einstellungen/benachrichtigungen",
                                 "abmelden@profinetz.example.de"),
        "html": simple_html("""Hallo Joana,

Ihr Profil wurde in den letzten 7 Tagen 12-mal angesehen, unter anderem von einer Recruiterin
eines Generalunternehmers aus Hamburg.

Neuigkeiten aus Ihrem Netzwerk:
Paula Engel hat eine neue Position als BIM-Managerin bei Nordlicht Bau angetreten – gratulieren Sie ihr!
Kemal Arslan feiert sein 5-jähriges Jubiläum bei Spree Generalplaner.

Stellen, die zu Ihnen passen könnten: BIM-Koordination (Berlin), Digital Construction Lead (Leipzig).

Benachrichtigungen verwalten: https://www.profinetz.example.de/einstellungen/benachrichtigungen
ProfiNetz · Schönhauser Allee 36 · 10435 Berlin""", "de"),
    },
    {
        "kind": "other", "name": "own_thanks_baukraft", "lang": "de",
        "company": "", "contact": "",
        "id": "baukraft_thanks", "parent": "baukraft_move",
        "date": "2026-03-03 18:20 +0100",
        "frm": ME,
        "to": [("Sabine Krüger", "sabine.krueger@baukraft.example.de")],
        "subject": "Danke für das Gespräch – BIM-Koordination Adlershof",
        "text": THANKS_BAUKRAFT,
    },
    {
        "kind": "other", "name": "own_apology_missed_call_nordhafen", "lang": "de",
        "company": "", "contact": "",
        "id": "nordhafen_apology", "parent": "nordhafen_missed",
        "date": "2026-04-09 12:03 +0200",
        "frm": ME,
        "to": [("Henrik Lüders", "h.lueders@nordhafen-pe.example.de")],
        "subject": "Verpasster Anruf heute Vormittag",
        "text": APOLOGY_NORDHAFEN,
    },
    {
        "kind": "other", "name": "own_application_hochbauamt_leipzig", "lang": "de",
        "company": "", "contact": "",
        "id": "leipzig_application",
        "date": "2026-01-26 21:15 +0100",
        "frm": ME,
        "to": [("Hochbauamt Leipzig – Personal", "bewerbung@hochbauamt-leipzig.example.de")],
        "subject": "Bewerbung als BIM-Koordinatorin – Stelle 65/14",
        "text": f"""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle 65/14 „BIM-Koordination für
kommunale Hochbauprojekte“.

Als Architektin habe ich in den vergangenen acht Jahren Wohnungs- und Schulbauten in Berlin
von der Entwurfs- bis zur Ausführungsplanung begleitet und dabei zunehmend die Koordination
der Fachmodelle übernommen. Seit 2025 bin ich buildingSMART-zertifiziert. Ein
Vorstellungsgespräch in Leipzig wäre für mich jederzeit möglich.

Meinen Lebenslauf sowie Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
{SIGNATURE_DE}
""",
        "attach": [{"pdf": "Lebenslauf_Joana_Ferreira-Schulz.pdf", "lines": [
            "Joana Ferreira-Schulz - Lebenslauf",
            "Architektin (Dipl.-Ing.), buildingSMART Professional Certification",
            "",
            "2018-2026  Projektarchitektin, Berlin (Wohnungsbau, Schulbau)",
            "2023-2026  BIM-Koordination von Fachmodellen (Revit, Solibri, BCF)",
            "2012-2018  Studium der Architektur, Lissabon und Berlin",
            "",
            "Sprachen: Deutsch, Portugiesisch, Englisch, Franzoesisch, Spanisch",
        ]}],
    },
    {
        "kind": "other", "name": "own_reschedule_request_wiener", "lang": "de",
        "company": "", "contact": "",
        "id": "wiener_req", "parent": "wiener_inv",
        "date": "2026-09-09 07:54 +0200",
        "frm": ME,
        "to": [("Katharina Brandl", "k.brandl@wwc.example.at")],
        "subject": "AW: Einladung Videointerview – Projektsteuerung BIM",
        "text": REQ_WIENER,
    },
    {
        "kind": "other", "name": "friend_lisa_own_rejection", "lang": "de",
        "company": "", "contact": "lisa.brenner@posteo.example.de",
        "date": "2026-03-18 22:41 +0100",
        "frm": ("Lisa Brenner", "lisa.brenner@posteo.example.de"),
        "subject": "na toll…",
        "text": """Hey Jo,

ich muss mich kurz auskotzen: Hansen Architekten haben mir heute abgesagt. Nach DREI
Gesprächen und einer Probeaufgabe übers Wochenende! Standardmail, „wir haben uns für eine
andere Kandidatin entschieden“, nicht mal ein Anruf.

Wie läuft's bei dir mit Alpenbau in Wien? Hast du schon einen neuen Termin? Lass uns
am Samstag auf dem Markt einen Kaffee trinken, dann heulen wir uns gegenseitig aus – oder feiern, je nachdem.

Drück dich
Lisa
""",
    },
    {
        "kind": "other", "name": "spreebank_beratungstermin", "lang": "de",
        "company": "", "contact": "t.kowalski@spreebank.example.de",
        "date": "2026-05-12 14:05 +0200",
        "frm": ("Kowalski, Tomasz", "t.kowalski@spreebank.example.de"),
        "subject": "Ihr Beratungstermin zur Baufinanzierung am 19.05.",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

hiermit bestätige ich unseren Beratungstermin zur Baufinanzierung am Dienstag, 19.05.2026,
um 16:30 Uhr in unserer Filiale Frankfurter Allee 112.

Bitte bringen Sie die Gehaltsnachweise der letzten drei Monate sowie eine aktuelle
Depotübersicht mit. Wir sprechen dann auch darüber, ob wir die ETF-Position in Ihrem Depot
als Eigenkapital einplanen oder lieber unangetastet lassen.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis zum Vortag ab.

Mit freundlichen Grüßen
Tomasz Kowalski
Baufinanzierungsberater
Spreebank eG, Frankfurter Allee 112, 10247 Berlin
Telefon 030 5550 6600
""",
    },
    {
        "kind": "other", "name": "hausverwaltung_ablesetermin_verschoben", "lang": "de",
        "company": "", "contact": "r.hoffmann@hv-friedrichshain.example.de",
        "date": "2026-05-04 09:33 +0200",
        "frm": ("Renate Hoffmann", "r.hoffmann@hv-friedrichshain.example.de"),
        "subject": "Boxhagener Str. 41 – Ablesetermin verschoben",
        "charset": "windows-1252", "cte": "8bit",
        "text": """Sehr geehrte Mieterinnen und Mieter,

der für Dienstag, 12. Mai, angekündigte Termin zur Ablesung der Heizkostenverteiler und
Wasserzähler muss leider verschoben werden, da der Messdienst kurzfristig abgesagt hat.

Neuer Termin: Mittwoch, 20. Mai 2026, zwischen 8:00 und 12:00 Uhr.

Sollten Sie an diesem Tag nicht zu Hause sein, hinterlegen Sie bitte einen Schlüssel bei
Ihren Nachbarn oder vereinbaren Sie direkt mit dem Messdienst einen Ersatztermin („Nachablesung“
– Gebühr 25 €).

Mit freundlichen Grüßen
Renate Hoffmann
Hausverwaltung Friedrichshain GmbH
Wühlischstraße 18, 10245 Berlin
Tel. 030 5550 2741
""",
    },
    {
        "kind": "other", "name": "kita_entwicklungsgespraech", "lang": "de",
        "company": "", "contact": "katrin@kita-sonnenblume.example.de",
        "date": "2026-06-17 13:12 +0200",
        "frm": ("Katrin Meißner", "katrin@kita-sonnenblume.example.de"),
        "subject": "Einladung zum Entwicklungsgespräch für Mattis",
        "text": """Liebe Frau Ferreira-Schulz,

wie jedes Jahr vor dem Sommer möchten wir mit allen Eltern über die Entwicklung ihres
Kindes sprechen. Für Mattis hätte ich folgende Termine frei:

- Montag, 29. Juni, 15:30 Uhr
- Donnerstag, 2. Juli, 8:15 Uhr

Das Gespräch dauert etwa 30 Minuten und findet im Gruppenraum der Igel statt. Geben Sie mir
bitte kurz Bescheid, welcher Termin Ihnen besser passt.

Herzliche Grüße
Katrin Meißner
Erzieherin, Gruppe Igel
Kita Sonnenblume e.V., Simon-Dach-Straße 9, 10245 Berlin
""",
    },
    {
        "kind": "other", "name": "praxis_terminerinnerung", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-04-13 08:00 +0200",
        "frm": ("Hausarztpraxis am Boxi", "termine-noreply@praxis-boxi.example.de"),
        "subject": "Terminerinnerung: Dienstag, 14.04.2026, 08:30 Uhr",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag Frau Ferreira-Schulz,

wir erinnern Sie an Ihren Termin in unserer Praxis:

Dienstag, 14.04.2026, 08:30 Uhr – Vorsorgeuntersuchung (Check-up 35)
Dr. med. Anne Lorenz, Boxhagener Straße 73, 10245 Berlin

Bitte bringen Sie Ihre Versichertenkarte mit und erscheinen Sie nüchtern. Falls Sie den
Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens 24 Stunden vorher online ab:
https://termine.praxis-boxi.example.de/absagen

Ihr Praxisteam

Diese Nachricht wurde automatisch versendet.
""",
    },
    {
        "kind": "other", "name": "ooo_sabine_kruger", "lang": "de",
        "company": "", "contact": "sabine.krueger@baukraft.example.de",
        "parent": "baukraft_thanks",
        "date": "2026-03-03 18:21 +0100",
        "frm": ("Sabine Krüger", "sabine.krueger@baukraft.example.de"),
        "to": [ME],
        "subject": "Automatische Antwort: Danke für das Gespräch – BIM-Koordination Adlershof",
        "headers": [("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. März 2026 nicht im Büro und habe in dieser Zeit keinen Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an recruiting@baukraft.example.de oder telefonisch
an +49 30 5550 8800.

Mit freundlichen Grüßen
Sabine Krüger
""",
    },
    {
        "kind": "other", "name": "hochschule_master_ablehnung", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-08-20 10:00 +0200",
        "frm": ("Berliner Hochschule für Bauwesen – Zulassung", "zulassung-noreply@bhb.example.de"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Ablehnungsbescheid: Masterstudiengang Digitales Planen und Bauen (berufsbegleitend)",
        "subj_enc": ("iso-8859-1", "Q"),
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrte Frau Ferreira-Schulz,

im Bewerbungsportal steht ein neuer Bescheid für Sie bereit.

Leider können wir Ihnen zum Wintersemester 2026/27 keinen Studienplatz im
berufsbegleitenden Masterstudiengang „Digitales Planen und Bauen“ anbieten. Die Zahl der
Bewerbungen hat die Zahl der verfügbaren Plätze deutlich überschritten; Ihre
Auswahlpunktzahl lag unterhalb des Grenzwerts. Den vollständigen Bescheid mit
Rechtsbehelfsbelehrung finden Sie im Portal.

Eine erneute Bewerbung zum Sommersemester ist möglich.

Mit freundlichen Grüßen
Ihr Team Studierendenservice – Zulassung
Berliner Hochschule für Bauwesen
""",
    },
    {
        "kind": "other", "name": "podcast_interviewanfrage", "lang": "de",
        "company": "", "contact": "hallo@bauenviernull.example.de",
        "date": "2026-06-29 11:22 +0200",
        "frm": ("Felix Rademacher", "hallo@bauenviernull.example.de"),
        "subject": "Interviewanfrage für den Podcast „Bauen 4.0“",
        "text": """Liebe Frau Ferreira-Schulz,

ich produziere den Podcast „Bauen 4.0“, in dem wir mit Menschen sprechen, die die
Digitalisierung auf der Baustelle tatsächlich umsetzen. Ihr Vortrag beim BIM-Stammtisch
Berlin über den Weg von der Entwurfsarchitektin zur BIM-Koordinatorin ist mir im Gedächtnis
geblieben.

Hätten Sie Lust auf ein Interview für eine unserer nächsten Folgen? Die Aufnahme dauert
etwa eine Stunde, remote oder in unserem Studio in Kreuzberg. Es geht um Ihren Werdegang,
typische Stolpersteine in Projekten und Tipps für Quereinsteigerinnen. Eine Position oder
Stelle ist damit natürlich nicht verbunden – es ist einfach ein Gespräch.

Viele Grüße
Felix Rademacher
Host & Produzent, Bauen 4.0
""",
    },
    {
        "kind": "other", "name": "raumlogik_user_research", "lang": "de",
        "company": "", "contact": "ux-research@raumlogik.example.de",
        "date": "2026-07-14 10:40 +0200",
        "frm": ("Elif Demirci – Raumlogik UX Research", "ux-research@raumlogik.example.de"),
        "subject": "Nutzerinterview: 45 Minuten über Ihre Modellkoordination (75 € Gutschein)",
        "text": """Hallo Frau Ferreira-Schulz,

Sie haben im Frühjahr unsere Testversion von Raumlogik Check ausprobiert – danke dafür! Wir
entwickeln gerade die nächste Version und suchen Architektinnen und BIM-Koordinatorinnen
für ein kurzes Nutzerinterview.

Worum geht's? 45 Minuten per Video, in denen Sie uns zeigen, wie Sie Kollisionsprüfungen
organisieren und mit Fachplanern kommunizieren. Es gibt keine richtigen oder falschen
Antworten, und wir verkaufen Ihnen nichts. Als Dankeschön erhalten Sie einen Gutschein über
75 €.

Wenn Sie mitmachen möchten, wählen Sie einfach einen Termin:
https://raumlogik.example.de/research/termin

Beste Grüße
Elif Demirci
UX Research, Raumlogik
""",
    },
    {
        "kind": "other", "name": "paket_verspaetet_html", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-03-05 16:52 +0100",
        "frm": ("Paketblitz Sendungsverfolgung", "no-reply@paketblitz.example.de"),
        "subject": "Ihre Sendung verzögert sich leider",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": simple_html("""Hallo Joana Ferreira-Schulz,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1611 5510 2026 aufgrund eines
erhöhten Paketaufkommens in unserem Verteilzentrum Ludwigsfelde.

Neuer voraussichtlicher Zustelltermin: Montag, 09.03.2026, 10:00–14:00 Uhr.

Sie können den Zustelltermin ändern oder einen Ablageort festlegen:
https://www.paketblitz.example.de/sendung/00340434161155102026

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Paketblitz-Team""", "de"),
    },
    {
        "kind": "other", "name": "ebike_geofence_position", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-09-26 23:14 +0200",
        "frm": ("VeloTrack", "alerts@velotrack.example.com"),
        "subject": "Geofence-Alarm: Ihr E-Bike hat seine Position verändert",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo Joana,

Ihr E-Bike „Stadtrad grün“ hat um 23:09 Uhr den festgelegten Bereich „Zuhause“ verlassen.

Letzte bekannte Position: 52.5103° N, 13.4572° E (Wühlischstraße, 10245 Berlin)
Genauigkeit: ca. 12 m · Akku des Trackers: 64 %

Wenn Sie selbst unterwegs sind, können Sie diese Meldung ignorieren. Andernfalls sehen Sie
die Live-Position in der App und können den Diebstahlmodus aktivieren.

Ihr VeloTrack-Team
""",
    },
    {
        "kind": "other", "name": "kessler_cold_approach", "lang": "de",
        "company": "", "contact": "markus.kessler@kessler-search.example.de",
        "id": "kessler_cold",
        "date": "2026-03-02 10:40 +0100",
        "frm": ("Markus Kessler", "markus.kessler@kessler-search.example.de"),
        "subject": "Ihr Profil – vertrauliche Anfrage",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

ich bin über Ihren Beitrag im Fachmagazin „Bauwelt digital“ auf Sie aufmerksam geworden.
Mein Name ist Markus Kessler; ich besetze mit meiner Boutique-Beratung Führungs- und
Schlüsselpositionen in der Bau- und Immobilienwirtschaft.

Derzeit betreue ich einige vertrauliche Mandate im Bereich digitale Projektsteuerung in
Berlin und Hamburg, für die Ihr Profil sehr interessant sein könnte. Falls Sie offen für
einen Austausch sind, freue ich mich über eine kurze Nachricht – selbstverständlich
unverbindlich und diskret.

Beste Grüße
Markus Kessler
Geschäftsführender Partner
Kessler Executive Search GmbH
Kurfürstendamm 188, 10707 Berlin
""",
    },
    {
        "kind": "other", "name": "architektenkammer_newsletter", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-07-01 12:00 +0200",
        "frm": ("Architektenkammer Berlin", "newsletter@ak-berlin.example.de"),
        "subject": "Kammer aktuell 07/2026: Vergabe, Fortbildung, Stellenbörse",
        "headers": _list_headers("Kammer aktuell <kammer-aktuell.ak-berlin.example.de>",
                                 "https://www.ak-berlin.example.de/newsletter/abmelden",
                                 "newsletter-abmelden@ak-berlin.example.de"),
        "text": """Kammer aktuell 07/2026
======================

Liebe Mitglieder,

1) Vergaberecht: Die Auswahlgespräche in VgV-Verfahren werden ab Herbst häufiger digital
geführt. Unsere Checkliste hilft Büros, sich auf die Präsentation vor dem Auswahlgremium
vorzubereiten: https://www.ak-berlin.example.de/vgv-checkliste

2) Fortbildung: Der Kurs „BIM-Koordination nach VDI 2552“ im Oktober ist ausgebucht – wer
keinen Platz bekommen hat, steht automatisch auf der Warteliste. Absagen werden in der
Reihenfolge der Anmeldung nachbesetzt.

3) Stellenbörse: 27 neue Stellenangebote für Architektinnen und Architekten, davon neun
mit BIM-Schwerpunkt: https://www.ak-berlin.example.de/stellenboerse

4) Berufspolitik: Stellungnahme der Kammer zur Novelle der Bauordnung.

Mit kollegialen Grüßen
Ihre Architektenkammer Berlin

Newsletter abbestellen: https://www.ak-berlin.example.de/newsletter/abmelden
""",
    },
    {
        "kind": "other", "name": "own_forward_offer_to_partner", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-05-06 20:15 +0200",
        "frm": ME,
        "to": [("Lukas Wendler", "lukas.wendler@example.de")],
        "subject": "WG: Ihr Vertragsangebot – BIM-Managerin Projektentwicklung",
        "text": """Schatz, schau mal!!! Das Angebot aus Hamburg ist da. Lass uns heute Abend in Ruhe
drüber reden – vor allem über das Thema Umzug und ob du dir Hamburg vorstellen kannst.

J.
""",
        "forward": _forward_of_offer(),
    },
    {
        "kind": "other", "name": "friend_forwards_job_ad", "lang": "de",
        "company": "", "contact": "miriam.okonkwo@gmx.example.de",
        "date": "2026-08-08 14:27 +0200",
        "frm": ("Miriam Okonkwo", "miriam.okonkwo@gmx.example.de"),
        "subject": "Fwd: Neue Stelle: BIM-Koordination bei Stadtwerke-Bau Leipzig",
        "text": f"""Hi Joana, hab das hier in meinem Jobagenten gefunden – wäre das nicht genau deins?
Leipzig wolltest du doch eh. Kuss, Miri

{forwarded_block("de", "Jobagent Mitteldeutschland <noreply@jobs-md.example.de>",
                 "Sa., 8. Aug. 2026 um 06:00", "Neue Stelle: BIM-Koordination bei Stadtwerke-Bau Leipzig",
                 "Miriam Okonkwo <miriam.okonkwo@gmx.example.de>")}
Neue Stelle passend zu Ihrem Suchauftrag „BIM Leipzig“:

BIM-Koordinator/in (m/w/d) – Stadtwerke-Bau Leipzig
Vollzeit, unbefristet, Vergütung nach TVöD
Bewerbungsschluss: 31.08.2026

Zur Stellenanzeige: https://www.jobs-md.example.de/stelle/44120
""",
    },
    {
        "kind": "other", "name": "cde_werk_webinar_einladung", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-09-03 09:00 +0200",
        "frm": ("CDE Werk Events", "events-noreply@cdewerk.example.de"),
        "subject": "Einladung zum Webinar: BIM-Koordination in der Praxis (24.09., 11 Uhr)",
        "headers": _list_headers("CDE Werk Events <events.cdewerk.example.de>",
                                 "https://cdewerk.example.de/abmelden",
                                 "unsubscribe@cdewerk.example.de"),
        "text": """Hallo Joana,

wir laden Sie herzlich zu unserem kostenlosen Webinar ein:

„BIM-Koordination in der Praxis – vom Modellcheck bis zur Abnahme“
Donnerstag, 24. September 2026, 11:00–12:00 Uhr

Unsere Referentin zeigt live, wie Sie Prüfregeln aufsetzen, Issues per BCF verteilen und
Freigaben in der CDE dokumentieren. Im Anschluss beantworten wir Ihre Fragen.

Jetzt Platz sichern: https://cdewerk.example.de/webinar/bim-koordination

Ihr Team von CDE Werk

Sie erhalten diese E-Mail, weil Sie sich für Produktneuigkeiten angemeldet haben.
Abmelden: https://cdewerk.example.de/abmelden
""",
        "html": simple_html("""Hallo Joana,

wir laden Sie herzlich zu unserem kostenlosen Webinar ein:

„BIM-Koordination in der Praxis – vom Modellcheck bis zur Abnahme“
Donnerstag, 24. September 2026, 11:00–12:00 Uhr

Unsere Referentin zeigt live, wie Sie Prüfregeln aufsetzen, Issues per BCF verteilen und
Freigaben in der CDE dokumentieren. Im Anschluss beantworten wir Ihre Fragen.

Jetzt Platz sichern: https://cdewerk.example.de/webinar/bim-koordination

Ihr Team von CDE Werk

Sie erhalten diese E-Mail, weil Sie sich für Produktneuigkeiten angemeldet haben.
Abmelden: https://cdewerk.example.de/abmelden""", "de"),
    },
    {
        "kind": "other", "name": "buergeramt_termin_storniert", "lang": "de",
        "company": "", "contact": "",
        "date": "2026-02-24 07:30 +0100",
        "frm": ("Service-Portal Berlin", "noreply@service-portal.example.de"),
        "subject": "Ihr Termin im Bürgeramt wurde abgesagt",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag,

Ihr gebuchter Termin

Dienstleistung: Personalausweis beantragen
Standort: Bürgeramt Frankfurter Allee
Datum: Donnerstag, 26.02.2026, 09:40 Uhr
Vorgangsnummer: 151-88412

muss aufgrund einer kurzfristigen Schließung des Standorts leider abgesagt werden. Bitte
buchen Sie über das Service-Portal einen neuen Termin. Wir bitten um Ihr Verständnis.

Ihr Bürgeramt

Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse können nicht bearbeitet
werden.
""",
    },
    {
        "kind": "other", "name": "mentoring_programm_kein_platz", "lang": "de",
        "company": "", "contact": "d.schaefer@frauen-im-bau.example.de",
        "date": "2026-04-29 17:05 +0200",
        "frm": ("Dorothea Schäfer", "d.schaefer@frauen-im-bau.example.de"),
        "subject": "Mentoring-Programm „Frauen im Bau“ 2026/27",
        "text": """Liebe Frau Ferreira-Schulz,

vielen Dank für Ihre Bewerbung um einen Platz im Mentoring-Programm „Frauen im Bau“
2026/27. Wir haben in diesem Jahrgang über 140 Bewerbungen für 24 Tandems erhalten.

Leider konnten wir Ihnen keinen Platz im Programm anbieten. Bei der Zuordnung haben wir
vorrangig Teilnehmerinnen berücksichtigt, die bereits in einer Führungsposition auf der
Baustelle arbeiten.

Unsere offenen Netzwerkabende stehen Ihnen aber selbstverständlich offen – der nächste
findet am 21. Mai in der Kulturbrauerei statt.

Herzliche Grüße
Dorothea Schäfer
Programmkoordination
Netzwerk Frauen im Bau e.V.
""",
    },
    {
        "kind": "other", "name": "own_confirms_bibm_appointment", "lang": "de",
        "company": "", "contact": "",
        "id": "bibm_confirm", "parent": "bibm_inv",
        "date": "2026-02-12 08:47 +0100",
        "frm": ME,
        "to": [("Demir, Birgül", "b.demir@bibm.example.de")],
        "subject": "AW: Einladung zum Auswahlgespräch - Kennziffer BIBM-2026-014",
        "html": outlook_html(CONFIRM_BIBM, "de"),
        "text": CONFIRM_BIBM,
    },
    # ---------------------------------------------------------------- English (13)
    {
        "kind": "other", "name": "linkup_jobs_digest", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-03-24 08:02 +0000",
        "frm": ("LinkUp Job Alerts", "jobalerts-noreply@linkup.example.com"),
        "subject": "Joana, 4 new jobs for 'BIM Manager' + who viewed your profile",
        "headers": _list_headers("LinkUp Job Alerts <jobs.linkup.example.com>",
                                 "https://www.linkup.example.com/unsub/jobs",
                                 "unsubscribe@linkup.example.com"),
        "text": newsletter_text(LINKUP_TITLE, LINKUP_INTRO, LINKUP_ITEMS, LINKUP_FOOTER),
        "html": newsletter_html(LINKUP_TITLE, LINKUP_INTRO, LINKUP_ITEMS, LINKUP_FOOTER,
                                "#0a66c2", "en"),
    },
    {
        "kind": "other", "name": "site_diary_rejection_article", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-05-08 06:30 +0100",
        "frm": ("The Site Diary", "hello@sitediary.example.co.uk"),
        "subject": "What 300 rejection emails taught us (and 5 interview questions)",
        "headers": _list_headers("The Site Diary <careers.sitediary.example.co.uk>",
                                 "https://sitediary.example.co.uk/preferences",
                                 "leave@sitediary.example.co.uk"),
        "text": newsletter_text(DIARY_TITLE, DIARY_INTRO, DIARY_ITEMS, DIARY_FOOTER),
        "html": newsletter_html(DIARY_TITLE, DIARY_INTRO, DIARY_ITEMS, DIARY_FOOTER,
                                "#333366", "en"),
    },
    {
        "kind": "other", "name": "press_interview_request", "lang": "en",
        "company": "", "contact": "r.chaudhry@cdweekly.example.co.uk",
        "date": "2026-06-16 12:48 +0100",
        "frm": ("Ruth Chaudhry", "r.chaudhry@cdweekly.example.co.uk"),
        "subject": "Interview request - Construction Digital Weekly",
        "text": """Dear Joana,

I'm a features writer at Construction Digital Weekly. I'm putting together a piece on
architects who have moved into BIM and information management roles across Europe, and a
colleague who heard you speak at the Berlin BIM meetup suggested I get in touch.

Would you be open to a 30-minute interview by phone or video in the next two weeks? I'd
like to ask about your move from design into coordination, what surprised you, and what
advice you'd give others. We'd quote you by name and job title, and you'd see your quotes
before publication.

Best wishes,
Ruth Chaudhry
Features Writer, Construction Digital Weekly
""",
    },
    {
        "kind": "other", "name": "own_thanks_struct360", "lang": "en",
        "company": "", "contact": "",
        "id": "struct_thanks", "parent": "struct_move",
        "date": "2026-05-19 17:42 +0100",
        "frm": ME,
        "to": [("Priya Nair", "priya.nair@struct360.example.co.uk")],
        "subject": "Thank you – Product Specialist interview",
        "text": THANKS_STRUCT360,
    },
    {
        "kind": "other", "name": "own_reschedule_request_archistaff", "lang": "en",
        "company": "", "contact": "",
        "id": "archistaff_req", "parent": "archistaff_inv",
        "date": "2026-02-25 19:22 +0100",
        "frm": ME,
        "to": [("Georgia Hale", "georgia.hale@archistaff.example.co.uk")],
        "subject": "Re: Kestrel & Finch want to meet you!",
        "text": f"""{REQ_ARCHISTAFF}
{wrote_en("Tue, 24 Feb 2026 at 10:30", "Georgia Hale", "georgia.hale@archistaff.example.co.uk")}
> Hi Joana,
>
> Brilliant news - Kestrel & Finch Developments have reviewed your CV and portfolio and would
> like to interview you for the Digital Construction Manager role.
>
> Proposed: Tuesday 3 March, 11:00, at their office at 4 Pancras Square, King's Cross.
""",
    },
    {
        "kind": "other", "name": "ooo_priya_nair", "lang": "en",
        "company": "", "contact": "priya.nair@struct360.example.co.uk",
        "parent": "struct_thanks",
        "date": "2026-05-19 17:43 +0100",
        "frm": ("Priya Nair", "priya.nair@struct360.example.co.uk"),
        "subject": "Automatic reply: Thank you – Product Specialist interview",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Thanks for your email. I'm out of the office from 20 to 27 May with limited access to
email. For anything urgent about an interview or an offer, please contact
talent@struct360.example.co.uk and one of the team will help.

Priya
""",
    },
    {
        "kind": "other", "name": "friend_marco_own_rejection", "lang": "en",
        "company": "", "contact": "marco.vidal@fastmail.example.com",
        "date": "2026-04-26 21:08 +0200",
        "frm": ("Marco Vidal", "marco.vidal@fastmail.example.com"),
        "subject": "four rounds. FOUR.",
        "text": """Jo,

Remember that digital engineering job in Barcelona I told you about? They turned me down
this morning. After the fourth round, a take-home and a presentation to the CTO. The email
said they "went with a candidate whose experience more closely matches" - which, fine, but
they could have figured that out before round four.

Anyway, I'm fine, mostly. How's your search going? Any news from Zurich? Call me this week,
I need distracting.

M.
""",
    },
    {
        "kind": "other", "name": "courier_delivery_delayed", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-10-02 13:15 +0200",
        "frm": ("SwiftParcel", "no-reply@swiftparcel.example.com"),
        "subject": "Unfortunately, your delivery is delayed",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hi Joana,

Unfortunately, your parcel from ErgoDesk Europe (order 5521-151) has been delayed because of
a missed connection at our Leipzig hub. We're sorry about this.

New estimated delivery: Tuesday 6 October, 09:00-13:00.

You can track your parcel or choose a safe place at any time:
https://track.swiftparcel.example.com/5521151

SwiftParcel Customer Care
""",
    },
    {
        "kind": "other", "name": "hollis_cold_approach", "lang": "en",
        "company": "", "contact": "oliver@hollis-search.example.co.uk",
        "date": "2026-07-22 09:55 +0100",
        "frm": ("Oliver Hollis", "oliver@hollis-search.example.co.uk"),
        "subject": "Your work on the Adlershof schools",
        "text": """Hi Joana,

I hope you don't mind the unsolicited note. I run a small search practice focused on digital
construction in the UK and Ireland, and your name keeps coming up when I ask people who
really understands coordination on the design side.

I'm not writing about a specific role today - I'd just like to know whether you'd ever
consider London, and what would make a move interesting for you. If you're happy where you
are, no problem at all; I won't chase.

Best regards,
Oliver Hollis
Hollis Search | Digital Construction & Property
""",
    },
    {
        "kind": "other", "name": "university_msc_no_place", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-06-30 15:00 +0100",
        "frm": ("TVIT Admissions", "admissions-noreply@tvit.example.ac.uk"),
        "subject": "Your application: MSc Digital Construction Management (part-time)",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Joana Ferreira-Schulz,

Thank you for applying to the MSc Digital Construction Management (part-time, online) at
the Thames Valley Institute of Technology for entry in September 2026.

We have now completed our review, and I am sorry to tell you that we are unable to offer you
a place on this programme. The programme was heavily oversubscribed this year and places
were allocated to applicants with a UK-accredited undergraduate degree in construction
management.

You are welcome to apply again for the January 2027 intake.

Yours sincerely,
Postgraduate Admissions Office
Thames Valley Institute of Technology
""",
    },
    {
        "kind": "other", "name": "bim_summit_talk_not_accepted", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-08-27 17:30 +0200",
        "frm": ("BIM Summit Europe", "programme-noreply@bimsummit.example.eu"),
        "subject": "BIM Summit Europe 2026 - decision on your session proposal",
        "text": """Dear Joana,

Thank you for submitting "From sketch to model check: an architect's route into
coordination" to the BIM Summit Europe 2026 call for speakers.

We received 412 proposals for 60 speaking positions. After careful review by the programme
committee, we regret that your session was not accepted for this year's programme.

We hope to see you in Rotterdam as a delegate - as a submitter, you can use the code
SPEAKER26 for 20% off your ticket.

The Programme Committee
BIM Summit Europe
""",
    },
    {
        "kind": "other", "name": "clashboard_user_interview", "lang": "en",
        "company": "", "contact": "noor@clashboard.example.com",
        "date": "2026-09-10 16:20 +0100",
        "frm": ("Noor Haddad", "noor@clashboard.example.com"),
        "subject": "Would you join a 45-min user interview? (GBP 60 voucher)",
        "text": """Hi Joana,

I'm a product researcher at Clashboard. You signed up for our beta in the spring, and we'd
love to learn how you run coordination meetings today.

It's a 45-minute user interview on Zoom - you'd share your screen and walk me through a
recent clash review. This isn't a sales call and it's not a job interview either; it simply
helps us design the next version. As a thank-you we'll send a GBP 60 voucher.

If you're up for it, pick any slot here: https://clashboard.example.com/research/book

Thanks!
Noor Haddad
User Research, Clashboard
""",
    },
    {
        "kind": "other", "name": "buildcareers_weekly", "lang": "en",
        "company": "", "contact": "",
        "date": "2026-10-05 07:45 +0100",
        "frm": ("BuildCareers", "alerts@buildcareers.example.com"),
        "subject": BUILDCAREERS_TITLE,
        "headers": _list_headers("BuildCareers alerts <alerts.buildcareers.example.com>",
                                 "https://buildcareers.example.com/alerts/unsubscribe/151",
                                 "unsubscribe@buildcareers.example.com"),
        "text": newsletter_text(BUILDCAREERS_TITLE, BUILDCAREERS_INTRO, BUILDCAREERS_ITEMS,
                                BUILDCAREERS_FOOTER),
        "html": newsletter_html(BUILDCAREERS_TITLE, BUILDCAREERS_INTRO, BUILDCAREERS_ITEMS,
                                BUILDCAREERS_FOOTER, "#c0392b", "en"),
    },
    # ---------------------------------------------------------------- French (5)
    {
        "kind": "other", "name": "emploi_btp_alerte_lyon", "lang": "fr",
        "company": "", "contact": "",
        "date": "2026-05-26 06:40 +0200",
        "frm": ("Emploi BTP", "alertes-noreply@emploi-btp.example.fr"),
        "subject": BTP_TITLE,
        "headers": _list_headers("Alertes Emploi BTP <alertes.emploi-btp.example.fr>",
                                 "https://www.emploi-btp.example.fr/alertes/desinscription?u=151",
                                 "desinscription@emploi-btp.example.fr"),
        "text": newsletter_text(BTP_TITLE, BTP_INTRO, BTP_ITEMS, BTP_FOOTER),
        "html": newsletter_html(BTP_TITLE, BTP_INTRO, BTP_ITEMS, BTP_FOOTER, "#16a085", "fr"),
    },
    {
        "kind": "other", "name": "own_thanks_rhone", "lang": "fr",
        "company": "", "contact": "",
        "id": "rhone_thanks", "parent": "rhone_move",
        "date": "2026-05-22 17:05 +0200",
        "frm": ME,
        "to": [("Claire Girard", "claire.girard@rhone-ingenierie.example.fr")],
        "subject": "Remerciements - entretien BIM Manager",
        "text": THANKS_RHONE,
    },
    {
        "kind": "other", "name": "agence_immo_report_visite", "lang": "fr",
        "company": "", "contact": "p.garnier@agence-saone.example.fr",
        "date": "2026-08-19 10:12 +0200",
        "frm": ("Pauline Garnier", "p.garnier@agence-saone.example.fr"),
        "subject": "Report de votre rendez-vous de visite – T3 rue d'Austerlitz",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Madame,

Je suis au regret de devoir reporter la visite de l'appartement T3 de la rue d'Austerlitz
(Lyon 4e) prévue ce jeudi à 18h : le locataire actuel n'est pas disponible.

Je peux vous proposer samedi 22 août à 10h30 ou lundi 24 août à 18h. Le dossier de
candidature (pièce d'identité, trois derniers bulletins de salaire, avis d'imposition) peut
déjà m'être envoyé par retour de mail.

Bien cordialement,
Pauline Garnier
Conseillère location
Agence Saône Immobilier - 3 place de la Croix-Rousse, 69004 Lyon
""",
    },
    {
        "kind": "other", "name": "mastere_bim_non_retenue", "lang": "fr",
        "company": "", "contact": "",
        "date": "2026-07-03 11:30 +0200",
        "frm": ("École Supérieure du Bâtiment de Lyon", "admissions-noreply@esbl.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Mastère Spécialisé BIM – résultat de votre candidature",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Madame,

Le jury d'admission du Mastère Spécialisé « BIM et maquette numérique » s'est réuni le 1er
juillet 2026. Nous avons le regret de vous informer que votre candidature n'a pas été
retenue pour la rentrée d'octobre 2026.

Le nombre de places étant limité à 25, le jury a privilégié les dossiers présentant une
expérience en entreprise de travaux.

Nous vous souhaitons une bonne continuation.

Le service des admissions
École Supérieure du Bâtiment de Lyon
""",
    },
    {
        "kind": "other", "name": "friend_camille_own_refus", "lang": "fr",
        "company": "", "contact": "camille.faure@laposte.example.fr",
        "date": "2026-09-12 19:47 +0200",
        "frm": ("Camille Faure", "camille.faure@laposte.example.fr"),
        "subject": "bon ben c'est non",
        "text": """Coucou Joana,

Tu te souviens de l'entretien chez l'agence de paysage à Grenoble dont je t'avais parlé ?
J'ai reçu la réponse ce midi : c'est un refus. Poli, mais un refus. Ils ont pris quelqu'un
de l'interne.

Je suis un peu dégoûtée mais ça va passer. Et toi, toujours partante pour venir à Lyon cet
automne ? On pourrait se faire un resto à la Croix-Rousse.

Bises,
Camille
""",
    },
    # ---------------------------------------------------------------- Spanish (8)
    {
        "kind": "other", "name": "empleobra_alerta_madrid", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-04-20 08:10 +0200",
        "frm": ("EmpleObra", "alertas@empleobra.example.es"),
        "subject": OBRA_TITLE,
        "headers": _list_headers("Alertas EmpleObra <alertas.empleobra.example.es>",
                                 "https://www.empleobra.example.es/alertas/baja/151",
                                 "baja@empleobra.example.es"),
        "text": newsletter_text(OBRA_TITLE, OBRA_INTRO, OBRA_ITEMS, OBRA_FOOTER),
        "html": newsletter_html(OBRA_TITLE, OBRA_INTRO, OBRA_ITEMS, OBRA_FOOTER, "#e67e22", "es"),
    },
    {
        "kind": "other", "name": "own_confirms_meseta", "lang": "es",
        "company": "", "contact": "",
        "id": "meseta_confirm", "parent": "meseta_inv",
        "date": "2026-06-08 10:12 +0200",
        "frm": ME,
        "to": [("Lucía Serrano", "lucia.serrano@meseta.example.es")],
        "subject": "RE: Convocatoria de entrevista – Coordinadora BIM",
        "text": CONFIRM_MESETA,
    },
    {
        "kind": "other", "name": "own_change_request_talento", "lang": "es",
        "company": "", "contact": "",
        "id": "talento_req", "parent": "talento_inv",
        "date": "2026-03-18 08:02 +0100",
        "frm": ME,
        "to": [("Marta Quiroga", "marta.quiroga@talentoobra.example.es")],
        "subject": "Re: Entrevista con Grupo Arganzuela",
        "text": REQ_TALENTO,
    },
    {
        "kind": "other", "name": "podcast_obra_digital", "lang": "es",
        "company": "", "contact": "pablo@obradigital.example.es",
        "date": "2026-05-28 18:22 +0200",
        "frm": ("Pablo Ezquerra", "pablo@obradigital.example.es"),
        "subject": "Entrevista para el pódcast «Obra Digital»",
        "text": """Hola Joana:

Soy Pablo, presento el pódcast «Obra Digital», donde charlamos con gente que está cambiando la
forma de construir en España y Europa. Un amigo en común, Álvaro Benítez, me ha hablado de tu
trabajo en Berlín.

¿Te apetecería que te hiciéramos una entrevista para un episodio? Serían unos 50 minutos en
remoto, en español o inglés, sobre tu paso de la arquitectura a la coordinación BIM. No hay
prisa: grabamos en julio.

¡Gracias y un saludo!
Pablo Ezquerra
Obra Digital
""",
    },
    {
        "kind": "other", "name": "pedido_con_retraso_base64", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-07-27 12:00 +0200",
        "frm": ("Envíos Rápidos", "no-responder@enviosrapidos.example.es"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Tu pedido llega con retraso, lo sentimos",
        "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hola Joana:

Lamentablemente, tu pedido n.º 7731-151 (Librería Técnica Retiro) no podrá entregarse en la
fecha prevista por una incidencia en nuestro centro logístico de Coslada.

Nueva fecha estimada de entrega: jueves 30 de julio, entre las 9:00 y las 14:00.

Puedes consultar el estado del envío en https://www.enviosrapidos.example.es/seguimiento/7731151

Disculpa las molestias.
Atención al cliente de Envíos Rápidos
""",
    },
    {
        "kind": "other", "name": "master_bim_no_admitida", "lang": "es",
        "company": "", "contact": "",
        "date": "2026-07-10 09:00 +0200",
        "frm": ("Universidad Politécnica del Manzanares – Posgrado", "posgrado-noreply@upm-manzanares.example.es"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Resolución de admisión: Máster en Gestión BIM",
        "subj_enc": ("iso-8859-1", "B"),
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Estimada Joana Ferreira-Schulz:

Le informamos de que se ha publicado la resolución de admisión del Máster en Gestión BIM
para el curso 2026-2027.

Lamentamos comunicarle que su solicitud ha quedado en situación de «no admitida» por
haberse cubierto la totalidad de las plazas ofertadas. Ha quedado en el puesto 9 de la lista
de espera; si se produjera una vacante, se le avisaría por este medio.

Atentamente,
Oficina de Posgrado
Universidad Politécnica del Manzanares
""",
    },
    {
        "kind": "other", "name": "friend_lucas_own_rechazo", "lang": "es",
        "company": "", "contact": "lucas.ferrer@correo.example.es",
        "date": "2026-08-31 23:02 +0200",
        "frm": ("Lucas Ferrer", "lucas.ferrer@correo.example.es"),
        "subject": "me han dicho que no",
        "text": """¡Hola guapa!

Te cuento rápido: lo de la constructora de Valencia, lo del puesto de jefe de obra, al final
nada. Me han rechazado después de la segunda entrevista, dicen que buscaban a alguien con más
experiencia en rehabilitación. Estoy un poco de bajón, la verdad.

¿Tú qué tal con lo de Madrid? Si vienes en octubre avísame y te enseño el barrio.

Un abrazo fuerte,
Lucas
""",
    },
    {
        "kind": "other", "name": "ooo_lucia_serrano", "lang": "es",
        "company": "", "contact": "lucia.serrano@meseta.example.es",
        "parent": "meseta_confirm",
        "date": "2026-06-08 10:13 +0200",
        "frm": ("Lucía Serrano", "lucia.serrano@meseta.example.es"),
        "subject": "Respuesta automática: RE: Convocatoria de entrevista – Coordinadora BIM",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Gracias por tu mensaje.

Hoy y mañana estoy en la feria de construcción en IFEMA con acceso limitado al correo. Lo
leeré a mi vuelta, el miércoles 10 de junio. Para asuntos urgentes de selección puedes
escribir a personas@meseta.example.es.

Un saludo,
Lucía Serrano
""",
    },
]
