"""Corpus 273, kind `other`: 52 hand-written messages (de 26, en 12, fr 7, es 7).

Digests and newsletters, advice articles, the candidate's own sent mail, cold approaches,
press/podcast/user-research requests, bank/landlord/school/doctor/parcel mail, out-of-office
replies, network notifications, friends' stories and refused places on courses.
"""

from msgs273_common import (
    CANDIDATE,
    DISCLAIMER_FR,
    SIGNATURE_DE,
    SIGNATURE_EN,
    SIGNATURE_ES,
    digest_text,
    newsletter,
)

ME = CANDIDATE


def list_headers(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a newsletter or digest."""
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsubscribe}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# ---------------------------------------------------------------- digest contents
FRANKEN_ITEMS = [
    ("Veranstaltungskoordinator (m/w/d) – Stadthalle Kitzingen",
     "Teilzeit 30 Std., Bewerbungsschluss 15.02. – Vorstellungsgespräche ab März geplant.",
     "https://www.stellenfranken.example.de/job/88412?utm_source=jobagent"),
    ("Eventmanager:in Weinbau & Tourismus – Winzergenossenschaft Sommerach",
     "Organisation von Weinfesten, Führungen und Firmenevents.",
     "https://www.stellenfranken.example.de/job/88397?utm_source=jobagent"),
    ("Assistenz Veranstaltungsbüro – Universitätsklinikum Würzburg (Tagungen)",
     "Befristet auf zwei Jahre, E 8 TV-L.",
     "https://www.stellenfranken.example.de/job/88371?utm_source=jobagent"),
    ("Tipp der Woche: Was tun nach einer Absage?",
     "Warum eine Absage selten mit Ihnen persönlich zu tun hat – und wie Sie um Feedback bitten.",
     "https://www.stellenfranken.example.de/ratgeber/absage-feedback"),
    ("Checkliste: Die 12 häufigsten Fragen im Vorstellungsgespräch",
     "Von der Gehaltsfrage bis zur Frage nach den Schwächen.",
     "https://www.stellenfranken.example.de/ratgeber/vorstellungsgespraech-fragen"),
]
FRANKEN_INTRO = ("Guten Morgen Herr Osei-Kranz, für Ihren Suchauftrag "
                 "„Veranstaltung, Event, Würzburg + 50 km“ gibt es 3 neue Stellen.")
FRANKEN_FOOTER = ("Sie erhalten diese E-Mail, weil Sie den Jobagenten auf stellenfranken.example.de "
                  "eingerichtet haben. Abmelden: https://www.stellenfranken.example.de/jobagent/abmelden")

AT_ITEMS = [
    ("Veranstaltungstechniker:in / Eventkoordination – Messe Dornbirn",
     "Vollzeit, KV Handel, ab 2.650 € brutto; Dienstantritt ehestmöglich.",
     "https://jobs.stellenmarkt-oesterreich.example.at/a/551201"),
    ("Bankettleiter:in – Seehotel am Wolfgangsee",
     "Saisonstelle Mai bis Oktober, Unterkunft vorhanden.",
     "https://jobs.stellenmarkt-oesterreich.example.at/a/551188"),
    ("Referent:in Veranstaltungsmanagement – Landesmuseum Linz",
     "Karenzvertretung für 18 Monate, Bewerbungen bis 30. Juni.",
     "https://jobs.stellenmarkt-oesterreich.example.at/a/551160"),
    ("Produktionsassistenz – Festspielsommer Bregenz",
     "Befristet Juni bis August.",
     "https://jobs.stellenmarkt-oesterreich.example.at/a/551143"),
    ("Karriere-Blog: Absage nach dem Hearing – was nun?",
     "Ein Personalchef erklärt, warum Absagen oft erst nach Wochen kommen.",
     "https://www.stellenmarkt-oesterreich.example.at/blog/absage-nach-hearing"),
]

SCOT_ITEMS = [
    ("Events Coordinator - National Gallery Shop & Cafe, Edinburgh",
     "GBP 27,000 - 29,500. Interviews w/c 16 March.",
     "https://www.eventjobsscotland.example.co.uk/jobs/31877"),
    ("Wedding Coordinator - Dalhousie Castle Estate",
     "Live-in option available. Weekend work required.",
     "https://www.eventjobsscotland.example.co.uk/jobs/31862"),
    ("Conference Sales Executive - Glasgow Riverside Hotel",
     "Targets-based bonus; hybrid.",
     "https://www.eventjobsscotland.example.co.uk/jobs/31855"),
    ("Read: 'We regret to inform you' - decoding rejection emails",
     "What recruiters really mean, and when to ask for feedback.",
     "https://www.eventjobsscotland.example.co.uk/blog/decoding-rejections"),
]

ALSACE_ITEMS = [
    ("Chargé(e) de production – Festival des Heures Musicales de Sélestat",
     "CDD de 8 mois, prise de poste en mars. Entretiens prévus fin février.",
     "https://emploi.culture-alsace.example.fr/offre/4471"),
    ("Régisseur(se) d'accueil – Théâtre municipal de Haguenau",
     "Temps plein, travail en soirée et le week-end.",
     "https://emploi.culture-alsace.example.fr/offre/4468"),
    ("Coordinateur(trice) événementiel – Foire aux vins de Colmar",
     "Mission saisonnière de mai à août.",
     "https://emploi.culture-alsace.example.fr/offre/4459"),
    ("Conseil : rebondir après un refus",
     "Trois candidats racontent comment un « non » les a menés à un meilleur poste.",
     "https://emploi.culture-alsace.example.fr/conseils/rebondir-apres-un-refus"),
]

ES_ITEMS = [
    ("Coordinador/a de eventos corporativos – Hotel Mirador de Sevilla",
     "Contrato indefinido. Entrevistas a partir del 20 de julio.",
     "https://www.empleoeventoseuropa.example.es/oferta/20931"),
    ("Project manager ferias internacionales (alemán valorable) – Madrid",
     "Viajes frecuentes a Fráncfort, Colonia y Múnich.",
     "https://www.empleoeventoseuropa.example.es/oferta/20925"),
    ("Técnico/a de producción – Auditorio de Zaragoza",
     "Jornada completa, incorporación en septiembre.",
     "https://www.empleoeventoseuropa.example.es/oferta/20917"),
    ("¿Te han rechazado? Cinco pasos para la próxima candidatura",
     "Nuestra experta en selección explica cómo analizar un rechazo.",
     "https://www.empleoeventoseuropa.example.es/blog/tras-un-rechazo"),
]

MESSAGES = [
    # ------------------------------------------------------------------ German (26)
    {
        "id": "x_stellenfranken_digest",
        "kind": "other", "scenario": "jobagent_digest_list_headers", "lang": "de",
        "frm": ("StellenFranken Jobagent", "jobagent@mailing.stellenfranken.example.de"),
        "subject": "3 neue Jobs für „Veranstaltung, Event“ in Würzburg",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-05 06:30",
        "headers": list_headers("<jobagent.stellenfranken.example.de>",
                                "https://www.stellenfranken.example.de/jobagent/abmelden?u=77120"),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
        "text": digest_text(FRANKEN_INTRO, FRANKEN_ITEMS, FRANKEN_FOOTER),
        "html": newsletter("StellenFranken Jobagent", FRANKEN_INTRO, FRANKEN_ITEMS,
                           FRANKEN_FOOTER, color="#9b1c31"),
    },
    {
        "id": "x_ratgeber_absagen",
        "kind": "other", "scenario": "career_advice_article_absage", "lang": "de",
        "frm": ("Karriere kompakt", "newsletter@karriere-kompakt.example.de"),
        "subject": "Absage erhalten? So nutzen Sie das nächste Vorstellungsgespräch",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-03-14 07:00",
        "headers": list_headers("Karriere kompakt <wochenbrief.karriere-kompakt.example.de>",
                                "https://karriere-kompakt.example.de/newsletter/abmelden"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """KARRIERE KOMPAKT - der Wochenbrief für Ihren Berufsweg
Ausgabe 11/2026

Liebe Leserinnen und Leser,

"Leider müssen wir Ihnen mitteilen ..." - kaum ein Satz wird so ungern
gelesen. Wir haben drei Personalerinnen gefragt, was nach einer Absage
wirklich hilft:

1. Feedback erbitten, aber richtig. Fragen Sie konkret, welche Kompetenz
   gefehlt hat, nicht allgemein "warum".
2. Das nächste Vorstellungsgespräch vorbereiten. Wer seine Absagen
   auswertet, geht besser vorbereitet in die Einladung zur nächsten Runde.
3. Kontakt halten. Viele Stellen werden ein zweites Mal ausgeschrieben oder
   intern neu vergeben.

Außerdem in dieser Ausgabe:
- Quereinstieg mit 40: Vom Kirchenmusiker zum Eventmanager
- Gehaltsverhandlung im öffentlichen Dienst: Stufen und Zulagen

Den ganzen Artikel lesen:
https://karriere-kompakt.example.de/artikel/absage-als-chance

Sie erhalten diesen Newsletter, weil Sie ihn auf karriere-kompakt.example.de
abonniert haben. Abbestellen:
https://karriere-kompakt.example.de/newsletter/abmelden""",
    },
    {
        "id": "x_konzerthaus_thanks",
        "kind": "other", "scenario": "own_thank_you_after_panel", "lang": "de",
        "frm": ME,
        "to": [("Dr. Hannelore Gößwein", "h.goesswein@konzerthaus-mainfranken.example.de")],
        "subject": "Dank für das Gespräch",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-13 18:22",
        "reply_of": "s_konzerthaus_update",
        "headers": [("User-Agent", "Mozilla Thunderbird")],
        "text": """Sehr geehrte Frau Dr. Gößwein,

herzlichen Dank für das angenehme Gespräch heute Nachmittag und die
Gelegenheit, Ihnen, Herrn Dr. Sauer und Frau Lehner meine Ideen für die
Reihe „Orgel um halb sechs“ vorzustellen.

Nach dem Rundgang durch den großen Saal bin ich noch begeisterter von der
Aufgabe. Ich würde mich sehr freuen, von Ihnen zu hören.

Mit freundlichen Grüßen
Friedemann Osei-Kranz

""" + SIGNATURE_DE,
    },
    {
        "id": "x_haus_klaenge_application",
        "kind": "other", "scenario": "own_application_with_cv_pdf", "lang": "de",
        "frm": ME,
        "to": [("Haus der Klänge Bamberg", "bewerbung@hausderklaenge.example.de")],
        "to_enc": ("iso-8859-1", "Q"),
        "subject": "Bewerbung Veranstaltungsleitung",
        "date": "2026-02-02 21:37",
        "text": """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Veranstaltungsleitung
im Haus der Klänge gelesen und bewerbe mich hiermit um die Stelle.

Seit zwölf Jahren bin ich Organist in Würzburg und organisiere dort neben
dem Gottesdienstdienst eine Konzertreihe mit rund 25 Veranstaltungen im Jahr:
von der Künstlerbetreuung über Förderanträge bis zur Abendkasse. Diese
Erfahrung möchte ich nun hauptberuflich in die Veranstaltungsorganisation
einbringen.

Lebenslauf und Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem
persönlichen Gespräch freue ich mich.

Mit freundlichen Grüßen
Friedemann Osei-Kranz

""" + SIGNATURE_DE,
        "pdf": {"name": "Lebenslauf_Osei-Kranz.pdf", "title": "Lebenslauf Friedemann Osei-Kranz",
                "lines": ["Sanderstraße 41, 97070 Würzburg", "",
                          "seit 2014  Organist und Leiter der Konzertreihe, Würzburg",
                          "2012-2014  Kantor (Teilzeit), Kitzingen",
                          "2007-2012  Studium Kirchenmusik (A), Regensburg",
                          "Sprachen: Deutsch, Englisch, Französisch, Spanisch (B2)"]},
    },
    {
        "id": "x_residenzblick_move",
        "kind": "other", "scenario": "own_reschedule_request", "lang": "de",
        "frm": ME,
        "to": [("Mag. Verena Pichler", "v.pichler@residenzblick.example.at")],
        "subject": "Re: Ihre Bewerbung – kurzes Telefonat?",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-03-02 12:48",
        "reply_of": "i_residenzblick_phone",
        "text": """Liebe Frau Pichler,

vielen Dank für Ihre Nachricht, ich freue mich sehr über Ihr Interesse!

Am Donnerstagvormittag spiele ich leider eine Trauerfeier und bin nicht
erreichbar. Wäre es möglich, das Telefonat auf Freitag, 6. März, zu
verschieben? Ich bin dort den ganzen Vormittag frei.

Herzliche Grüße
Friedemann Osei-Kranz

{{quote:i_residenzblick_phone}}""",
    },
    {
        "id": "x_residenzblick_thanks",
        "kind": "other", "scenario": "own_thanks_after_onsite", "lang": "de",
        "frm": ME,
        "to": [("Mag. Verena Pichler", "v.pichler@residenzblick.example.at")],
        "subject": "Danke für das Gespräch am Donnerstag",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-03-19 19:05",
        "reply_of": "s_residenzblick_confirm",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Liebe Frau Pichler,

ganz herzlichen Dank für den heutigen Tag in Salzburg! Das Gespräch mit
Ihnen und Herrn Direktor Aigner und der Rundgang durch Marmorsaal und
Bankettküche haben mir einen sehr lebendigen Eindruck vom Hotel gegeben.

Die Idee, im Winter Orgelmatineen mit Brunch anzubieten, lässt mich seitdem
nicht mehr los. Ich würde mich sehr freuen, Teil Ihres Teams zu werden.

Herzliche Grüße aus Würzburg
Friedemann Osei-Kranz""",
    },
    {
        "id": "x_kessler_cold",
        "kind": "other", "scenario": "headhunter_cold_approach", "lang": "de",
        "company": "", "contact": "u.lindqvist@kessler-lindqvist.example.at",
        "frm": ("Dr. Ulrike Lindqvist", "u.lindqvist@kessler-lindqvist.example.at"),
        "subject": "Ihr Profil – vertrauliche Anfrage",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-11 10:14",
        "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Osei-Kranz,

über Ihr Profil im Karrierenetz und einen gemeinsamen Bekannten aus der
Wiener Kirchenmusikszene bin ich auf Sie aufmerksam geworden.

Wir sind eine auf Kultur, Tourismus und Veranstaltungswirtschaft
spezialisierte Personalberatung in Wien. Immer wieder suchen unsere Mandanten
Persönlichkeiten, die künstlerisches Verständnis und Organisationstalent
verbinden, so wie Sie.

Hätten Sie grundsätzlich Interesse an einem unverbindlichen Austausch über
Ihre beruflichen Pläne? Ich würde mich über eine kurze Rückmeldung freuen.

Mit besten Grüßen aus Wien
Ulrike Lindqvist

Dr. Ulrike Lindqvist
Partnerin
Kessler Lindqvist Executive Search GmbH
Wollzeile 24 · 1010 Wien · +43 1 555 8130""",
    },
    {
        "id": "x_bank_beratungstermin",
        "kind": "other", "scenario": "bank_appointment_and_position", "lang": "de",
        "frm": ("Bank am Residenzplatz", "service-noreply@bank-residenzplatz.example.de"),
        "subject": "Ihr Beratungstermin am 17.03. – Depotpositionen",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-03-11 08:05",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

wir bestätigen Ihren Beratungstermin:

Dienstag, 17. März 2026, 16:30 Uhr
Filiale Residenzplatz, Beraterin Frau Ilona Stahl

Bitte bringen Sie Ihren Personalausweis mit. Im Gespräch gehen wir Ihre
aktuellen Depotpositionen durch und besprechen die Anlage Ihrer
Bausparsumme. Falls Sie den Termin absagen müssen, nutzen Sie bitte das
Online-Banking unter Service > Termine.

Ihre Bank am Residenzplatz

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht.""",
    },
    {
        "id": "x_vermieter_handwerker",
        "kind": "other", "scenario": "landlord_appointment_cancelled", "lang": "de",
        "contact": "hermann.kestler@example.de",
        "frm": ("Hermann Kestler", "hermann.kestler@example.de"),
        "subject": "Handwerkertermin Heizung",
        "date": "2026-01-22 19:33",
        "charset": "windows-1252", "cte": "8bit",
        "text": """Grüß Gott Herr Osei-Kranz,

ich muss den Termin mit der Heizungsfirma morgen leider absagen, der Monteur ist krank. Die Firma Ebert hat mir als neuen Termin Mittwoch, 28.01., zwischen 8 und 12 Uhr genannt. Passt Ihnen das, oder soll ich mit dem Zweitschlüssel rein?

Und noch was: Der Nachmieter für die Wohnung im 2. Stock stellt sich am Samstag bei mir vor. Falls Sie da Orgel üben, fei bitte nicht zu laut – Spaß!

Schöne Grüße
Hermann Kestler
Sanderstraße 41""",
    },
    {
        "id": "x_schule_elternsprechtag",
        "kind": "other", "scenario": "school_parent_meeting_invitation", "lang": "de",
        "frm": ("Grundschule am Mainkai – Schulportal", "noreply@schulportal-mainkai.example.de"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Einladung zum Elterngespräch – Klasse 3b",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-10-14 13:10",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_from": "simple",
        "text": """Liebe Eltern von Ama Osei-Kranz,

zum Elternsprechtag am Donnerstag, 22. Oktober, lädt Sie die Klassenleitung
Frau Rüttiger zu einem persönlichen Gespräch ein. Bitte buchen Sie im
Schulportal einen Gesprächstermin (10 Minuten). Termine, die bis Montag
nicht gebucht sind, werden freigegeben.

Bitte beachten Sie auch: Der Vorstellungsabend der weiterführenden Schulen
findet am 5. November in der Aula statt.

Mit freundlichen Grüßen
Ihre Grundschule am Mainkai

Diese Nachricht wurde über das Schulportal versendet.""",
    },
    {
        "id": "x_arzt_termin_verschoben",
        "kind": "other", "scenario": "doctor_booking_moved", "lang": "de",
        "frm": ("Praxisplaner", "benachrichtigung@praxisplaner.example.de"),
        "subject": "Terminänderung: Hausarztpraxis Dr. Wenzel",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-06-24 07:41",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_from": "simple",
        "text": """Hallo Friedemann Osei-Kranz,

Ihr Termin bei Hausarztpraxis Dr. med. Carla Wenzel wurde von der Praxis
verschoben.

Alter Termin: Donnerstag, 25.06.2026, 08:15 Uhr (abgesagt)
Neuer Termin: Dienstag, 30.06.2026, 10:45 Uhr
Grund: Vorsorgeuntersuchung

Wenn Ihnen der neue Termin nicht passt, können Sie ihn bis 24 Stunden vorher
in der App absagen.

Ihr Praxisplaner-Team""",
    },
    {
        "id": "x_paket_verspaetet",
        "kind": "other", "scenario": "parcel_delayed_position", "lang": "de",
        "frm": ("MainPaket Sendungsverfolgung", "no-reply@mainpaket.example.de"),
        "subject": "Ihre Sendung verspätet sich leider",
        "date": "2026-04-03 17:22",
        "headers": [("Auto-Submitted", "auto-generated")],
        "cte": "quoted-printable", "html_cte": "quoted-printable",
        "text": """Hallo Herr Osei-Kranz,

leider verspätet sich Ihre Sendung 00340 4345 2218 7761 (Absender:
Notenversand Bärenreiter-Nord). Wegen des Osterverkehrs konnte sie heute
nicht zugestellt werden.

Aktuelle Position: Paketzentrum Würzburg-Lengfeld
Neue voraussichtliche Zustellung: Dienstag, 07.04., 10:00-14:00 Uhr

Live-Position des Fahrzeugs am Zustelltag: https://mainpaket.example.de/track/003404345

Ihr MainPaket-Team""",
        "html": """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#e30613">Ihre Sendung verspätet sich leider</h2>
<p>Hallo Herr Osei-Kranz,</p>
<p>leider verspätet sich Ihre Sendung <b>00340 4345 2218 7761</b> (Absender: Notenversand
Bärenreiter-Nord). Wegen des Osterverkehrs konnte sie heute nicht zugestellt werden.</p>
<table cellpadding="4"><tr><td>Aktuelle Position</td><td>Paketzentrum Würzburg-Lengfeld</td></tr>
<tr><td>Neue Zustellung</td><td>Dienstag, 07.04., 10:00–14:00 Uhr</td></tr></table>
<p><a href="https://mainpaket.example.de/track/003404345">Live-Position verfolgen</a></p>
<p>Ihr MainPaket-Team</p></body></html>""",
    },
    {
        "id": "x_freund_absage",
        "kind": "other", "scenario": "friend_tells_own_rejection", "lang": "de",
        "contact": "lukas.amrhein@example.de",
        "frm": ("Lukas Amrhein", "lukas.amrhein@example.de"),
        "subject": "Staatstheater hat abgesagt...",
        "date": "2026-04-24 23:11",
        "msgid_style": "gmail",
        "html_from": "gmail",
        "text": """Hey Friedemann,

muss ich dir erzählen: Das Staatstheater hat mir heute abgesagt. Nach drei
Runden! Die haben einen internen Kandidaten genommen, stand in so einem
Standardschreiben, "wir haben uns für einen Bewerber entschieden, dessen
Profil ...". Ich könnt mich ärgern.

Wie läuft's bei dir mit dem Konzerthaus? Du hattest doch das Angebot? Lass
uns am Wochenende mal auf a Bier gehen, ich brauch Ablenkung.

Lukas""",
    },
    {
        "id": "x_kurpfalz_ooo",
        "kind": "other", "scenario": "out_of_office_auto_replied", "lang": "de",
        "contact": "jens.eberbach@kurpfalz-uni.example.de",
        "frm": ("Eberbach, Jens (Dr.)", "jens.eberbach@kurpfalz-uni.example.de"),
        "subject": "Automatische Antwort: Bestätigung Termin 22.07.",
        "date": "2026-07-14 08:03",
        "refs": ["<bestaetigung-2026-117-osei-kranz@example.de>"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.07.2026 nicht im Büro und habe nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Personalangelegenheiten
wenden Sie sich bitte an Frau Sabine Rödel, Telefon +49 6221 555 7730.

Mit freundlichen Grüßen
Jens Eberbach""",
    },
    {
        "id": "x_karrierenetz_benachrichtigung",
        "kind": "other", "scenario": "network_notification_positions", "lang": "de",
        "frm": ("Karrierenetz", "benachrichtigungen@karrierenetz.example.com"),
        "subject": "Friedemann, Sie wurden diese Woche in 14 Suchen gefunden",
        "date": "2026-05-18 05:12", "tz": "UTC",
        "headers": list_headers("<wochenstatistik.karrierenetz.example.com>",
                                "https://www.karrierenetz.example.com/einstellungen/mail"),
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1d2226">
<p>Hallo Friedemann,</p>
<p>Ihr Profil wurde diese Woche in <b>14 Suchen</b> gefunden – unter anderem von Personen bei
<i>einer Personalberatung in Wien</i> und <i>einem Hotel in Salzburg</i>.</p>
<p><b>Neue Positionen, die zu Ihnen passen:</b></p>
<ul>
<li><a href="https://www.karrierenetz.example.com/jobs/view/3318811">Eventmanager (m/w/d) – Kongress Nürnberg</a></li>
<li><a href="https://www.karrierenetz.example.com/jobs/view/3318790">Veranstaltungskoordination – Stadt Bamberg</a></li>
<li><a href="https://www.karrierenetz.example.com/jobs/view/3318754">Venue Manager – Frankfurt</a></li>
</ul>
<p>Tipp: Mitglieder mit „Offen für Jobangebote“ erhalten 30 % mehr Nachrichten von Recruitern.</p>
<p style="font-size:11px;color:#666">Sie erhalten diese Benachrichtigung als Mitglied von
Karrierenetz. <a href="https://www.karrierenetz.example.com/einstellungen/mail">Abmelden</a></p>
</body></html>""",
    },
    {
        "id": "x_fernakademie_kein_platz",
        "kind": "other", "scenario": "course_place_refused", "lang": "de",
        "contact": "studienberatung.weber@fernakademie-kultur.example.de",
        "frm": ("Annette Weber – Studienberatung",
                "studienberatung.weber@fernakademie-kultur.example.de"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Zertifikatskurs Kulturmanagement – Zulassung Sommersemester",
        "date": "2026-02-27 11:52",
        "html_from": "simple",
        "text": """Sehr geehrter Herr Osei-Kranz,

vielen Dank für Ihre Bewerbung um einen Platz im berufsbegleitenden
Zertifikatskurs "Kulturmanagement und Veranstaltungsorganisation" zum
Sommersemester 2026.

Leider können wir Ihnen keinen Studienplatz anbieten. Für die 25 Plätze lagen
uns 96 Bewerbungen vor; vergeben wurde nach der im Auswahlverfahren
erreichten Punktzahl. Sie stehen auf Platz 12 der Nachrückliste und werden
benachrichtigt, falls ein Platz frei wird. Eine erneute Bewerbung zum
Wintersemester ist möglich.

Mit freundlichen Grüßen
Annette Weber
Studienberatung, Fernakademie für Kulturmanagement Frankfurt""",
    },
    {
        "id": "x_zeitung_interview",
        "kind": "other", "scenario": "press_interview_request", "lang": "de",
        "contact": "c.leimeister@wuerzburger-abendpost.example.de",
        "frm": ("Clara Leimeister", "c.leimeister@wuerzburger-abendpost.example.de"),
        "subject": "Interviewanfrage: Orgelnacht in der Sanderau",
        "date": "2026-09-08 14:27",
        "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Osei-Kranz,

ich bin Redakteurin im Kulturressort der Würzburger Abendpost und bereite
einen Vorbericht zur Orgelnacht am 26. September vor. Hätten Sie Zeit für ein
kurzes Interview? Mich interessiert vor allem, wie Sie als Organist ein
Programm mit Lichtinstallation und Weinprobe auf die Beine stellen.

Ideal wäre ein Gespräch von etwa 30 Minuten, gern telefonisch, in dieser
oder der nächsten Woche. Unser Fotograf würde außerdem gern ein Bild an der
Orgel machen.

Mit freundlichen Grüßen
Clara Leimeister
Redaktion Kultur | Würzburger Abendpost
Telefon 0931 5550 2270""",
    },
    {
        "id": "x_podcast_anfrage",
        "kind": "other", "scenario": "podcast_guest_request", "lang": "de",
        "contact": "simon.trautner@pfeifenundplaene.example.de",
        "frm": ("Pfeifen & Pläne – der Podcast", "hallo@pfeifenundplaene.example.de"),
        "reply_to": ("Simon Trautner", "simon.trautner@pfeifenundplaene.example.de"),
        "subject": "Gast in unserem Podcast?",
        "date": "2026-06-29 20:40",
        "text": """Hallo Friedemann,

ich moderiere mit Judith Amend den Podcast "Pfeifen & Pläne" über
Kirchenmusik abseits der Empore. In Folge 48 geht es um Musikerinnen und
Musiker, die in andere Berufe wechseln, und dein Name fiel gleich zweimal.

Hättest du Lust auf ein Interview? Aufnahme per Video, ca. 45 Minuten,
irgendwann im Juli. Wir schicken dir die Fragen vorab.

Liebe Grüße
Simon Trautner""",
    },
    {
        "id": "x_user_research_portal",
        "kind": "other", "scenario": "user_research_interview_invitation", "lang": "de",
        "contact": "mira.koenig@jobwelle.example.de",
        "frm": ("Jobwelle UX-Team", "no-reply@jobwelle.example.de"),
        "reply_to": ("Mira König", "mira.koenig@jobwelle.example.de"),
        "reply_to_enc": ("iso-8859-1", "Q"),
        "subject": "Einladung: 30-minütiges Interview zu Ihrer Jobsuche (25 € Gutschein)",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-07-27 11:06",
        "html_from": "simple",
        "text": """Hallo Herr Osei-Kranz,

Sie nutzen Jobwelle seit einigen Monaten für Ihre Stellensuche. Wir
entwickeln gerade eine neue Funktion, mit der Sie den Stand Ihrer Bewerbungen
- von der Eingangsbestätigung bis zur Einladung oder Absage - an einem Ort
sehen.

Dafür suchen wir Nutzerinnen und Nutzer für ein 30-minütiges Interview per
Video. Als Dankeschön erhalten Sie einen Gutschein über 25 €.

Wenn Sie teilnehmen möchten, antworten Sie einfach auf diese Mail; ich
schicke Ihnen dann Terminvorschläge.

Viele Grüße
Mira König
UX Research, Jobwelle""",
    },
    {
        "id": "x_kollege_weiterleitung",
        "kind": "other", "scenario": "colleague_forwards_job_ad", "lang": "de",
        "contact": "ruth.seufert@example.de",
        "frm": ("Ruth Seufert", "ruth.seufert@example.de"),
        "subject": "WG: Stellenausschreibung Eventkoordination Kloster Münsterschwarzach",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-29 08:12",
        "refs": ["<ausschreibung-2026-05-kloster@gaestehaus-abtei.example.de>"],
        "text": """Morgen Friedemann,

hab ich gestern im Verteiler vom Kantorenkonvent gesehen - wär das nix für
dich? Die suchen jemanden mit Musik-Hintergrund, und Münsterschwarzach ist
ja nicht weit.

Ruth

---------- Weitergeleitete Nachricht ---------
Von: Gästehaus der Abtei <gaestehaus@gaestehaus-abtei.example.de>
Datum: Do., 28. Mai 2026 um 16:02
Betreff: Stellenausschreibung Eventkoordination
An: kantorenkonvent@lists.example.de

Liebe Kolleginnen und Kollegen,

das Gästehaus der Abtei sucht ab 1. September eine Koordinatorin oder einen
Koordinator für Tagungen, Kurse und Konzerte (Teilzeit 75 %). Bewerbungen bis
30. Juni. Vorstellungsgespräche finden voraussichtlich Mitte Juli statt.

Die vollständige Ausschreibung finden Sie unter
https://gaestehaus-abtei.example.de/stellen

Bitte gerne weitergeben!""",
    },
    {
        "id": "x_messe_newsletter_absage",
        "kind": "other", "scenario": "fair_newsletter_event_cancelled", "lang": "de",
        "frm": ("Messe Frankenland", "newsletter@messe-frankenland.example.de"),
        "subject": "Fachbesucher-News: OrgelForum 2026 abgesagt · neue Termine im Herbst",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-07-02 10:00",
        "headers": list_headers("Fachbesucher-News <news.messe-frankenland.example.de>",
                                "https://www.messe-frankenland.example.de/newsletter/abmelden"),
        "html_cte": "quoted-printable",
        "html": newsletter(
            "Fachbesucher-News Juli 2026",
            "Liebe Fachbesucherinnen und Fachbesucher, das OrgelForum 2026 (geplant für den "
            "24.–26. September) muss leider abgesagt werden: Zu wenige Aussteller haben ihre "
            "Teilnahme bestätigt. Bereits gekaufte Tickets werden automatisch erstattet.",
            [("Neu im Herbst: Kongress Bühnen & Säle",
              "Zwei Tage Vorträge zu Veranstaltungstechnik und Besucherlenkung, 14.–15. Oktober.",
              "https://www.messe-frankenland.example.de/buehnen-saele"),
             ("Karriere bei der Messe Frankenland",
              "Wir suchen Projektleitungen, Technikerinnen und Azubis – alle offenen Positionen.",
              "https://www.messe-frankenland.example.de/karriere"),
             ("Rückblick: Spielwarenwoche",
              "Rekord bei den Fachbesuchern und 14 neue Aussteller aus Asien.",
              "https://www.messe-frankenland.example.de/presse/rueckblick")],
            "Messe Frankenland GmbH · Messezentrum 3 · 90471 Nürnberg · "
            '<a href="https://www.messe-frankenland.example.de/newsletter/abmelden">Abmelden</a>',
            color="#7a1f2b"),
    },
    {
        "id": "x_pfarrbuero_dienstplan",
        "kind": "other", "scenario": "parish_vorstellungsgottesdienst", "lang": "de",
        "contact": "i.seubert@st-laurentius-sanderau.example.de",
        "frm": ("Irmgard Seubert", "i.seubert@st-laurentius-sanderau.example.de"),
        "subject": "Orgeldienste April + Vorstellungsgottesdienst",
        "date": "2026-03-18 10:26",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """Lieber Herr Osei-Kranz,

anbei wie besprochen die Orgeldienste für April. Bitte beachten Sie die
Änderung am 12.04.: Der Vorstellungsgottesdienst der Erstkommunionkinder
beginnt schon um 9:30 Uhr, die Kinder stellen sich mit ihren Liedern vor.
Herr Pfarrer Kempf bittet um das "Laudato si" zum Auszug.

  05.04. Ostersonntag  10:00 Hochamt
  12.04.               09:30 Vorstellungsgottesdienst
  19.04.               10:00 Pfarrgottesdienst
  26.04.               18:00 Vorabendmesse (Vertretung: Herr Balling)

Den Termin für die Orgelwartung musste die Firma leider absagen, ich melde
mich mit einem neuen.

Viele Grüße aus dem Pfarrbüro
Irmgard Seubert
Pfarrei St. Laurentius Würzburg-Sanderau""",
    },
    {
        "id": "x_taktwerk_confirm",
        "kind": "other", "scenario": "own_confirms_interview_date", "lang": "de",
        "frm": ME,
        "to": [("Sandra Hufnagel | Taktwerk Personal", "s.hufnagel@taktwerk.example.de")],
        "subject": "Re: Vorstellungstermin bei Mainhallen Messebau am 29.04.",
        "date": "2026-04-21 13:44",
        "reply_of": "i_taktwerk_client",
        "text": """Hallo Frau Hufnagel,

das sind ja schöne Nachrichten, vielen Dank! Den Termin am Mittwoch,
29. April, um 14:00 Uhr bestätige ich gern. Für das Vorbereitungsgespräch
passt mir Freitag zwischen 9 und 12 Uhr.

Viele Grüße
Friedemann Osei-Kranz

{{quote:i_taktwerk_client}}""",
    },
    {
        "id": "x_stellenmarkt_oesterreich",
        "kind": "other", "scenario": "austrian_job_digest_many_links", "lang": "de",
        "frm": ("Stellenmarkt Österreich", "jobalarm@stellenmarkt-oesterreich.example.at"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Ihr Jobalarm: 4 neue Stellen in Veranstaltung & Kultur",
        "date": "2026-06-12 06:15",
        "headers": list_headers("<jobalarm.stellenmarkt-oesterreich.example.at>",
                                "https://www.stellenmarkt-oesterreich.example.at/jobalarm/stop"),
        "cte": "quoted-printable", "html_cte": "base64",
        "text": digest_text(
            "Grüß Gott Herr Osei-Kranz, hier sind die neuen Inserate zu Ihrem Jobalarm "
            "„Veranstaltung, Kultur – ganz Österreich“.",
            AT_ITEMS,
            "Jobalarm abbestellen: https://www.stellenmarkt-oesterreich.example.at/jobalarm/stop"),
        "html": newsletter(
            "Stellenmarkt Österreich – Jobalarm",
            "Grüß Gott Herr Osei-Kranz, hier sind die neuen Inserate zu Ihrem Jobalarm "
            "„Veranstaltung, Kultur – ganz Österreich“.",
            AT_ITEMS,
            '<a href="https://www.stellenmarkt-oesterreich.example.at/jobalarm/stop">'
            "Jobalarm abbestellen</a>",
            color="#c8102e"),
    },
    {
        "id": "x_vhs_kurs_abgesagt",
        "kind": "other", "scenario": "adult_education_course_cancelled", "lang": "de",
        "frm": ("vhs Würzburg - Anmeldung", "anmeldung-noreply@vhs-mainfranken.example.de"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Kursabsage: Veranstaltungsmanagement kompakt (26F-4410)",
        "date": "2026-09-25 12:01",
        "headers": [("Auto-Submitted", "auto-generated")],
        "charset": "iso-8859-1", "cte": "base64",
        "text": """Sehr geehrter Herr Osei-Kranz,

leider müssen wir den Kurs 26F-4410 "Veranstaltungsmanagement kompakt"
(Samstag, 10.10. und 17.10.2026) wegen zu geringer Teilnehmerzahl absagen.
Die Kursgebühr von 89,00 EUR wird Ihnen innerhalb von 14 Tagen auf Ihr
Konto zurücküberwiesen.

Als Alternative empfehlen wir Ihnen den Online-Kurs 26F-4415 "Projektmanagement
für Kulturschaffende" ab 7. November.

Ihre Volkshochschule""",
    },
    {
        "id": "x_kurpfalz_apology",
        "kind": "other", "scenario": "own_apology_after_missed_call", "lang": "de",
        "frm": ME,
        "to": [("Eberbach, Jens (Dr.)", "jens.eberbach@kurpfalz-uni.example.de")],
        "subject": "Re: Auswahlgespräch heute 09:30 Uhr",
        "date": "2026-07-22 11:15",
        "reply_of": "m_kurpfalz_teams",
        "text": """Sehr geehrter Herr Dr. Eberbach,

es tut mir sehr leid! Ich saß ab 09:20 Uhr vor dem Rechner, aber der
Teams-Link aus der ersten Einladung führte mich in einen leeren
Besprechungsraum; die aktualisierte Einladung war in meinem Spam-Ordner
gelandet. Ich habe versucht, Sie telefonisch zu erreichen, bin aber nur bei
der Zentrale angekommen.

Falls die Kommission noch einen Termin ermöglichen kann, stehe ich jederzeit
zur Verfügung.

Mit freundlichen Grüßen
Friedemann Osei-Kranz

{{quote:m_kurpfalz_teams}}""",
    },
    # ------------------------------------------------------------------ English (12)
    {
        "id": "x_eventjobs_scotland_digest",
        "kind": "other", "scenario": "job_alert_digest_list_id", "lang": "en",
        "frm": ("EventJobs Scotland", "alerts@eventjobsscotland.example.co.uk"),
        "subject": "4 new jobs matching 'events coordinator' in Edinburgh",
        "date": "2026-03-03 07:45", "tz": "UK",
        "headers": list_headers("EventJobs Scotland alerts <alerts.eventjobsscotland.example.co.uk>",
                                "https://www.eventjobsscotland.example.co.uk/alerts/unsubscribe"),
        "text": digest_text("Hi Friedemann, here are this week's new roles for your alert.",
                            SCOT_ITEMS,
                            "Unsubscribe: https://www.eventjobsscotland.example.co.uk/alerts/unsubscribe"),
        "html": newsletter("EventJobs Scotland", "Hi Friedemann, here are this week's new roles "
                           "for your alert.", SCOT_ITEMS,
                           '<a href="https://www.eventjobsscotland.example.co.uk/alerts/unsubscribe">'
                           "Unsubscribe</a>", lang="en", color="#003d6b"),
    },
    {
        "id": "x_career_newsletter",
        "kind": "other", "scenario": "career_advice_newsletter_interviews", "lang": "en",
        "frm": ("The Second Act", "hello@thesecondact.example.com"),
        "subject": "Career changers: nailing the interview (and surviving the rejections)",
        "date": "2026-05-09 08:00", "tz": "USE",
        "headers": list_headers("The Second Act <weekly.thesecondact.example.com>",
                                "https://thesecondact.example.com/unsubscribe?id=5521"),
        "html_from": "simple",
        "text": """THE SECOND ACT - weekly notes for career changers

This week: the interview question every career changer gets, "Why are you leaving?"

Our reader Maya, a former violinist now running a venue in Leeds, says the trick is to talk about what you're moving towards. "I stopped apologising for my old job in interviews, and the offers started coming."

And if the rejections pile up? Keep a log. Note the stage, the feedback, and what you'd change. After ten applications you'll see patterns that one "unfortunately" never shows you.

Also this week:
- Template: a thank-you note that doesn't sound like a template
- Five job boards for events and hospitality roles
- Ask us anything: "Should I take an unpaid trial day?"

Read online: https://thesecondact.example.com/issues/118
Unsubscribe: https://thesecondact.example.com/unsubscribe?id=5521""",
    },
    {
        "id": "x_forthview_thanks",
        "kind": "other", "scenario": "own_thank_you_panel_en", "lang": "en",
        "frm": ME,
        "to": [("Isla Ferguson", "isla.ferguson@forthview.example.co.uk")],
        "cc": [("Euan Baird", "euan.baird@forthview.example.co.uk")],
        "subject": "Thank you - panel interview today",
        "date": "2026-04-29 20:12",
        "reply_of": "i_forthview_panel",
        "html_from": "gmail",
        "text": """Dear Isla, dear Euan,

Thank you both, and Shona, for this afternoon's panel. I really enjoyed hearing about the plans for the new riverside terrace and the winter concert series, and the tour of the halls confirmed how much I'd like to be part of the team.

I'm very happy to provide references or anything else you need.

With best wishes,
Friedemann

""" + SIGNATURE_EN,
    },
    {
        "id": "x_quayside_application",
        "kind": "other", "scenario": "own_application_email_en", "lang": "en",
        "frm": ME,
        "to": [("Quayside Events Recruitment", "jobs@quayside-events.example.co.uk")],
        "subject": "Application: Event Coordinator (ref QE-0926)",
        "date": "2026-09-20 16:48",
        "text": """Dear Hiring Team,

I would like to apply for the Event Coordinator position (ref QE-0926) advertised on EventJobs Scotland.

For twelve years I have combined my post as a church organist in Wuerzburg with running a concert series of around 25 events a year - from artist contracts and funding applications to front-of-house and volunteers. I am now moving into events full-time and would love to do that in Edinburgh, a city I know well from several festival seasons.

My CV is attached. I'm available for interview in person or by video at any time.

Kind regards,
Friedemann Osei-Kranz

""" + SIGNATURE_EN,
        "pdf": {"name": "CV_Friedemann_Osei-Kranz.pdf", "title": "Friedemann Osei-Kranz - CV",
                "lines": ["Organist and concert series manager, Wuerzburg (since 2014)",
                          "Cantor (part-time), Kitzingen (2012-2014)",
                          "Church music degree, Regensburg (2007-2012)",
                          "Languages: German, English, French, Spanish"]},
    },
    {
        "id": "x_harbour_heath_cold",
        "kind": "other", "scenario": "recruiter_cold_approach_no_event", "lang": "en",
        "contact": "nina.sorensen@harbourheath.example.co.uk",
        "frm": ("Nina Sorensen", "nina.sorensen@harbourheath.example.co.uk"),
        "subject": "Your background in music & events",
        "date": "2026-07-07 09:30", "tz": "UK",
        "text": """Hi Friedemann,

I came across your profile while researching people who've moved from performance into event management - it's a background our clients in Scottish hospitality tend to value.

I'm a recruiter at Harbour & Heath Talent, working on venue and events roles across Edinburgh and the Lothians. Nothing specific to put in front of you right now, but I'd be glad to connect and understand what you're looking for, so I can reach out when the right thing comes up.

Best regards,
Nina Sorensen
Principal Consultant | Harbour & Heath Talent
harbourheath.example.co.uk""",
    },
    {
        "id": "x_gigboard_research",
        "kind": "other", "scenario": "user_research_call_invite", "lang": "en",
        "contact": "tom.ashworth@gigboard.example.com",
        "frm": ("Gigboard Research", "research-noreply@gigboard.example.com"),
        "reply_to": ("Tom Ashworth", "tom.ashworth@gigboard.example.com"),
        "subject": "Could we interview you about how you find event work? (GBP 20 voucher)",
        "date": "2026-08-04 14:02", "tz": "UK",
        "html_from": "simple",
        "text": """Hi Friedemann,

You recently signed up to Gigboard to find freelance event work. We're redesigning how jobs are matched to people and would love to hear about your experience.

It's a 40-minute research interview over video - no preparation needed, and there are no right or wrong answers. As a thank-you, we'll send you a GBP 20 voucher.

Interested? Reply to this email and I'll send a few times.

Thanks,
Tom Ashworth
Senior User Researcher, Gigboard""",
    },
    {
        "id": "x_forthside_ooo",
        "kind": "other", "scenario": "out_of_office_reply_en", "lang": "en",
        "contact": "ailsa.grant@forthside.example.ac.uk",
        "frm": ("Ailsa Grant", "ailsa.grant@forthside.example.ac.uk"),
        "subject": "Automatic reply: Interview 28 July - confirmation",
        "date": "2026-07-15 09:12", "tz": "UK",
        "refs": ["<confirm-26-1142-osei-kranz@example.de>"],
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thank you for your email. I am on annual leave until Monday 20 July with no access to email.

For urgent recruitment queries please contact hr-recruitment@forthside.example.ac.uk or call 0131 555 0600.

Ailsa Grant
HR Adviser (Recruitment)""",
    },
    {
        "id": "x_parcel_delayed",
        "kind": "other", "scenario": "parcel_delayed_unfortunately", "lang": "en",
        "frm": ("SwiftDrop Deliveries", "no-reply@swiftdrop.example.co.uk"),
        "subject": "Unfortunately your parcel is delayed",
        "date": "2026-05-14 12:40", "tz": "UK",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hello Friedemann,

Unfortunately your parcel SD-77184-EDI from Stockbridge Sheet Music is delayed. Our driver could not complete the route today because of a road closure on Leith Walk.

Current position: Edinburgh West depot
New delivery window: Friday 15 May, 9:00am - 1:00pm

Track live: https://swiftdrop.example.co.uk/t/SD77184EDI

SwiftDrop Deliveries - please do not reply to this email.""",
    },
    {
        "id": "x_network_notification_en",
        "kind": "other", "scenario": "network_you_appeared_in_searches", "lang": "en",
        "frm": ("Karrierenetz", "notifications-noreply@karrierenetz.example.com"),
        "subject": "You appeared in 9 searches this week",
        "date": "2026-08-24 05:30", "tz": "UTC",
        "headers": list_headers("<weekly-stats.karrierenetz.example.com>",
                                "https://www.karrierenetz.example.com/settings/email"),
        "html_from": "simple",
        "text": """Friedemann, you appeared in 9 searches this week.

Searchers worked at: a hotel group in Edinburgh, a conference centre in Heidelberg, a staffing agency in Madrid.

New positions for you:
- Venue Coordinator, Castle Esplanade Events - Edinburgh
- Event Operations Manager - Frankfurt am Main
- Guest Experience Lead - Vienna

See all jobs: https://www.karrierenetz.example.com/jobs/recommended

You're receiving this notification as a Karrierenetz member.
Unsubscribe: https://www.karrierenetz.example.com/settings/email""",
    },
    {
        "id": "x_friend_fringe_rejection",
        "kind": "other", "scenario": "friend_shares_own_rejection", "lang": "en",
        "contact": "shona.mackintosh@example.co.uk",
        "frm": ("Shona Mackintosh", "shona.mackintosh@example.co.uk"),
        "subject": "well that's that",
        "date": "2026-06-22 22:47", "tz": "UK",
        "msgid_style": "gmail",
        "text": """F,

Got the "we regret to inform you" from the Festival Theatre today, after TWO interviews and a presentation. "The panel felt other candidates more closely matched..." blah blah. Copy-paste, I'm sure.

Anyway, how are things at your end? Did the Forthview thing come through? Tell me something nice, I need it.

S x""",
    },
    {
        "id": "x_forthside_msc_refusal",
        "kind": "other", "scenario": "msc_place_not_offered", "lang": "en",
        "frm": ("Forthside University Admissions", "pgadmissions-noreply@forthside.example.ac.uk"),
        "subject": "Your application: MSc Arts, Festival and Events Management",
        "date": "2026-06-05 16:10", "tz": "UK",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_from": "simple",
        "text": """Dear Friedemann Osei-Kranz,

Application number: 2026-PGT-118834
Programme: MSc Arts, Festival and Events Management (part-time)

Thank you for your application to Forthside University. Following careful consideration by the admissions committee, I am sorry to inform you that we are unable to offer you a place on this programme for the 2026/27 session. The programme received a very high number of applications for a limited number of places.

You may wish to consider our Postgraduate Certificate in Cultural Leadership, which has places remaining.

Yours sincerely,
Postgraduate Admissions Office
Forthside University""",
    },
    {
        "id": "x_green_room_podcast",
        "kind": "other", "scenario": "podcast_interview_request_en", "lang": "en",
        "contact": "priya@greenroompod.example.com",
        "frm": ("Priya Lindholm", "priya@greenroompod.example.com"),
        "subject": "Interview for The Green Room podcast?",
        "date": "2026-10-01 11:25", "tz": "UK",
        "text": """Hi Friedemann,

I host The Green Room, a podcast about the people behind live events. A listener sent me the piece about your organ night with light installation and wine tasting, and I'd love to interview you for an episode on unusual routes into event production.

We record remotely, about 50 minutes, and can fit around your schedule in late October. Would you be up for it?

Warmly,
Priya Lindholm
The Green Room podcast""",
    },
    # ------------------------------------------------------------------ French (7)
    {
        "id": "x_culture_alsace_digest",
        "kind": "other", "scenario": "lettre_offres_emploi_culture", "lang": "fr",
        "frm": ("Culture Alsace Emploi", "lettre@culture-alsace.example.fr"),
        "subject": "Les offres de la semaine : 3 postes en production et événementiel",
        "date": "2026-02-10 07:30",
        "headers": list_headers("Culture Alsace Emploi <offres.culture-alsace.example.fr>",
                                "https://emploi.culture-alsace.example.fr/desinscription"),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
        "text": digest_text("Bonjour, voici les nouvelles offres publiées cette semaine.",
                            ALSACE_ITEMS,
                            "Se désinscrire : https://emploi.culture-alsace.example.fr/desinscription"),
        "html": newsletter("Culture Alsace Emploi",
                           "Bonjour, voici les nouvelles offres publiées cette semaine.",
                           ALSACE_ITEMS,
                           '<a href="https://emploi.culture-alsace.example.fr/desinscription">'
                           "Se désinscrire</a>", lang="fr", color="#6b2d5c"),
    },
    {
        "id": "x_palais_rhenan_merci",
        "kind": "other", "scenario": "own_remerciement_apres_entretien", "lang": "fr",
        "frm": ME,
        "to": [("Camille Wetterlé", "c.wetterle@palais-rhenan.example.fr")],
        "to_enc": ("iso-8859-1", "Q"),
        "subject": "Remerciements suite à notre entretien",
        "date": "2026-06-02 18:30",
        "reply_of": "s_palais_rhenan_report",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Madame Wetterlé,

Je tiens à vous remercier, ainsi que Mme Weiss et M. Ott, pour l'entretien
de cet après-midi. La visite du hall Rhin et nos échanges sur l'accueil des
congrès internationaux ont renforcé ma motivation pour ce poste.

Je reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, mes salutations distinguées.

Friedemann Osei-Kranz""",
    },
    {
        "id": "x_banque_rendez_vous",
        "kind": "other", "scenario": "banque_rendez_vous_conseiller", "lang": "fr",
        "frm": ("Banque du Rhin – Espace client", "ne-pas-repondre@banquedurhin.example.fr"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Confirmation de votre rendez-vous du 18 mars",
        "date": "2026-03-12 09:02",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_from": "simple",
        "text": """Bonjour Monsieur Osei-Kranz,

Votre rendez-vous avec votre conseiller, M. Thomas Kieffer, est confirmé :
mercredi 18 mars 2026 à 11 h 00, agence Strasbourg Kléber (visioconférence).

Objet : ouverture d'un compte en euros pour non-résident et point sur la
position de votre épargne.

Pour annuler ou modifier ce rendez-vous, connectez-vous à votre espace
client, rubrique « Mes rendez-vous ».

Banque du Rhin

Ceci est un message automatique, merci de ne pas y répondre.""",
    },
    {
        "id": "x_ami_refus",
        "kind": "other", "scenario": "ami_raconte_son_refus", "lang": "fr",
        "contact": "mathieu.heitz@example.fr",
        "frm": ("Mathieu Heitz", "mathieu.heitz@example.fr"),
        "subject": "Pas retenu à l'Opéra...",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-05-27 21:15",
        "msgid_style": "gmail",
        "html_from": "gmail",
        "text": """Salut Friedemann,

Petite nouvelle pas très gaie : l'Opéra m'a envoyé ce matin un refus pour le
poste de chef de chant. « Nous sommes au regret de vous informer que votre
candidature n'a pas été retenue », la formule classique, sans un mot de plus.
Après trois auditions, ça pique.

Et toi, ton entretien au Palais Rhénan, c'est bientôt ? Tiens-moi au courant,
et si tu passes à Strasbourg, on va boire un verre à la Petite France.

Amitiés,
Mathieu""",
    },
    {
        "id": "x_rhenane_master_refus",
        "kind": "other", "scenario": "refus_admission_master", "lang": "fr",
        "frm": ("Université Rhénane - Scolarité", "scolarite-noreply@univ-rhenane.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Avis sur votre candidature : Master Management de la culture",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-06-26 15:00",
        "headers": [("Auto-Submitted", "auto-generated")],
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur,

La commission pédagogique du Master Management de la culture et des
événements (parcours formation continue) a examiné votre dossier.

Nous avons le regret de vous informer qu'elle a émis un avis défavorable à
votre admission pour l'année universitaire 2026-2027, la capacité d'accueil
étant atteinte.

Vous pouvez former un recours gracieux auprès du président de l'université
dans un délai de deux mois.

Le service de la scolarité
Université Rhénane de Strasbourg""",
    },
    {
        "id": "x_echo_ill_interview",
        "kind": "other", "scenario": "demande_interview_presse", "lang": "fr",
        "contact": "s.wolff@echo-ill.example.fr",
        "frm": ("Sophie Wolff", "s.wolff@echo-ill.example.fr"),
        "subject": "Demande d'interview – orgue et événementiel",
        "date": "2026-09-21 10:48",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Monsieur,

Journaliste à L'Écho de l'Ill, je prépare un article sur les musiciens qui se reconvertissent dans l'organisation d'événements. Votre parcours – organiste à Wurtzbourg, candidat à plusieurs postes en Alsace – m'a été signalé par une collègue.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes, par téléphone ou en visio, la semaine prochaine ? L'article paraîtra dans notre supplément culturel du 10 octobre.

Bien cordialement,
Sophie Wolff
L'Écho de l'Ill – rubrique Culture
+33 3 88 55 54 09

""" + DISCLAIMER_FR,
    },
    {
        "id": "x_vosges_ooo",
        "kind": "other", "scenario": "reponse_absence_automatique", "lang": "fr",
        "contact": "e.schaeffer@vosges-talents.example.fr",
        "frm": ("Élodie Schaeffer-Roth", "e.schaeffer@vosges-talents.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Réponse automatique : Préparation rendez-vous Colmar",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-03-27 14:02",
        "refs": ["<preparation-colmar-osei-kranz@example.de>"],
        "headers": [("Auto-Submitted", "auto-replied")],
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour,

Je suis absente du bureau jusqu'au lundi 30 mars inclus, sans accès à ma messagerie. Votre message sera traité à mon retour.

Pour toute urgence, vous pouvez joindre le cabinet au +33 3 88 55 51 00.

Élodie Schaeffer-Roth
Cabinet Vosges Talents""",
    },
    # ------------------------------------------------------------------ Spanish (7)
    {
        "id": "x_empleo_eventos_digest",
        "kind": "other", "scenario": "alerta_empleo_boletin", "lang": "es",
        "frm": ("Empleo Eventos Europa", "alertas@empleoeventoseuropa.example.es"),
        "subject": "Tus nuevas ofertas: 3 empleos en eventos y ferias",
        "date": "2026-07-13 08:00",
        "headers": list_headers("Alertas Empleo Eventos Europa <alertas.empleoeventoseuropa.example.es>",
                                "https://www.empleoeventoseuropa.example.es/alertas/baja"),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
        "text": digest_text("Hola Friedemann, estas son las ofertas nuevas para tu alerta "
                            "«eventos, ferias, alemán».", ES_ITEMS,
                            "Darse de baja: https://www.empleoeventoseuropa.example.es/alertas/baja"),
        "html": newsletter("Empleo Eventos Europa",
                           "Hola Friedemann, estas son las ofertas nuevas para tu alerta "
                           "«eventos, ferias, alemán».", ES_ITEMS,
                           '<a href="https://www.empleoeventoseuropa.example.es/alertas/baja">'
                           "Darse de baja</a>", lang="es", color="#b3261e"),
    },
    {
        "id": "x_consejos_entrevista",
        "kind": "other", "scenario": "articulo_consejos_entrevista", "lang": "es",
        "frm": ("Revista Talento+", "boletin@talentomas.example.es"),
        "subject": "Cómo preparar una entrevista por videollamada (y qué hacer si te rechazan)",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-06-20 09:30",
        "headers": list_headers("Boletín Talento+ <boletin.talentomas.example.es>",
                                "https://talentomas.example.es/baja"),
        "html_from": "simple",
        "text": """BOLETÍN TALENTO+ · nº 212

Cómo preparar una entrevista por videollamada

1. Prueba el enlace y el micrófono el día antes, no cinco minutos antes.
2. Mira a la cámara cuando respondas, no a tu propia imagen.
3. Ten a mano el anuncio de la oferta y tus preguntas para el final.

¿Y si después llega el temido «lamentamos comunicarte»? Pide una breve
valoración, anota qué se podría mejorar y no lo tomes como algo personal: en
muchos procesos la decisión depende de factores que no controlas.

Leer el artículo completo: https://talentomas.example.es/articulos/videollamada

Recibes este boletín porque te suscribiste en talentomas.example.es.
Darte de baja: https://talentomas.example.es/baja""",
    },
    {
        "id": "x_expoiberia_gracias",
        "kind": "other", "scenario": "propio_agradecimiento_tras_entrevista", "lang": "es",
        "frm": ME,
        "to": [("Álvaro Mendizábal", "alvaro.mendizabal@expoiberia.example.es")],
        "to_enc": ("iso-8859-1", "Q"),
        "subject": "Gracias por la entrevista en el stand",
        "date": "2026-09-17 20:05",
        "reply_of": "s_expoiberia_cancel",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Estimado Álvaro:

Muchas gracias por recibirme hoy en el pabellón a pesar del ajetreo de la feria. Me gustó mucho ver de cerca cómo coordináis a las delegaciones y conocer al equipo.

Quedo a tu disposición para cualquier cosa que necesites.

Un saludo cordial,
Friedemann Osei-Kranz

""" + SIGNATURE_ES,
    },
    {
        "id": "x_paquete_retraso",
        "kind": "other", "scenario": "pedido_retrasado_posicion_gps", "lang": "es",
        "frm": ("EnvíoRápido", "no-responder@enviorapido.example.es"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Tu pedido se retrasa, lo sentimos",
        "date": "2026-07-21 18:12",
        "headers": [("Auto-Submitted", "auto-generated")],
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "html_from": "simple",
        "text": """Hola Friedemann:

Lamentablemente, tu pedido ER-4410-2981 (partituras, Editorial Sinfonía)
llegará con retraso por una incidencia en el centro logístico de Zaragoza.

Posición actual del envío: en tránsito hacia Alemania (Lyon)
Posición GPS del vehículo: 45.7640 N, 4.8357 E
Nueva fecha estimada de entrega: lunes 27 de julio

Puedes seguirlo en https://enviorapido.example.es/seguimiento/ER44102981

EnvíoRápido - No respondas a este correo.""",
    },
    {
        "id": "x_amiga_rechazo",
        "kind": "other", "scenario": "amiga_cuenta_su_rechazo", "lang": "es",
        "contact": "paula.herrero@example.es",
        "frm": ("Paula Herrero", "paula.herrero@example.es"),
        "subject": "No me cogieron :(",
        "date": "2026-04-30 22:30",
        "msgid_style": "gmail",
        "text": """¡Hola, Friedemann!

¿Te acuerdas de la entrevista en el Palacio de Congresos de Salamanca que te
conté? Pues hoy me ha llegado el correo: «Lamentamos comunicarte que no has
sido seleccionada». Después de tres semanas esperando...

Bueno, a seguir buscando. ¿Y tú qué tal con lo de Viena y Edimburgo? Cuéntame
algo bueno, que lo necesito.

Un abrazo fuerte desde Salamanca,
Paula""",
    },
    {
        "id": "x_talentoferial_cold",
        "kind": "other", "scenario": "agencia_primer_contacto", "lang": "es",
        "contact": "nerea.urquiza@talentoferial.example.es",
        "frm": ("Nerea Urquiza", "nerea.urquiza@talentoferial.example.es"),
        "subject": "Perfil para ferias en Alemania",
        "date": "2026-08-03 10:02",
        "cte": "8bit",
        "text": """Hola, Friedemann:

Soy Nerea Urquiza, consultora de Talento Ferial, una agencia de Madrid
especializada en personal para ferias y congresos internacionales. He visto
tu perfil en Karrierenetz: hablas español, vives en Alemania y tienes
experiencia organizando eventos, una combinación que nos piden a menudo.

¿Te interesaría que te tengamos en cuenta para próximos proyectos en
Fráncfort, Núremberg o Colonia? Si es así, responde a este correo y te
cuento cómo trabajamos.

Un saludo,
Nerea Urquiza
Consultora de selección | Talento Ferial
C/ de Alcalá 221, 28028 Madrid
+34 91 555 3104""",
    },
    {
        "id": "x_escuela_idiomas_plaza",
        "kind": "other", "scenario": "curso_sin_plaza", "lang": "es",
        "contact": "marta.sole@escuelahispania.example.de",
        "frm": ("Marta Solé", "marta.sole@escuelahispania.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Curso intensivo C1 – plazas",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-01-28 17:40",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Estimado Friedemann:

Gracias por tu solicitud para el curso intensivo de español C1 de febrero en
nuestra escuela de Fráncfort.

Siento decirte que no podemos ofrecerte plaza en este grupo: se completó en
pocos días y ya hay seis personas en lista de espera. Te hemos reservado un
puesto preferente para el grupo de abril. ¿Quieres que te inscribamos?

Saludos cordiales,
Marta Solé
Coordinación académica
Escuela de Idiomas Hispania Fráncfort""",
    },
]
