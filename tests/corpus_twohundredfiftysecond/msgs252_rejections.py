"""Corpus 252: rejections (31). Each message is written by hand; only layout comes from common."""

from __future__ import annotations

from msgs252_common import (
    CAND,
    CAND_NAME,
    ats_card,
    forward_block,
    long_date,
    outlook_block,
    outlook_html,
    reply_quote,
    simple_html,
)

R = "rejection"

_BIRSIG_TEXT = """Guten Tag Lorenz Adeyemi-Huber

Vielen Dank für Ihre Bewerbung als Kundenberater/in Reisezentrum mit Teamleitung (R-10442) bei der Birsig Regiobahn AG.

Nach sorgfältiger Prüfung aller eingegangenen Unterlagen teilen wir Ihnen mit, dass wir Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen können.

Ihr Kandidatenprofil bleibt in unserem Talentpool gespeichert. Sie können es jederzeit in Ihrem Konto aktualisieren oder löschen.

Birsig Regiobahn AG – Personalgewinnung

Dies ist eine automatisch erstellte Nachricht. Antworten an diese Adresse werden nicht gelesen.
"""

_DIALOG_TEXT = """Hallo Herr Adeyemi-Huber,

danke, dass Sie sich die Zeit für eine Bewerbung als Supervisor Inbound (m/w/d) bei DialogPunkt genommen haben.

Wir haben Ihre Unterlagen mit Interesse gelesen. Nach dem Abgleich mit dem Anforderungsprofil können wir Ihnen keine Einladung in die nächste Auswahlrunde aussprechen.

Gerne dürfen Sie sich auf weitere Stellen bei uns bewerben – unser Stellenportal wird laufend aktualisiert.

Ihr Recruiting-Team von DialogPunkt

Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht direkt darauf.
"""

_TRANSJURA_TEXT = """Bonjour Lorenz Adeyemi-Huber,

Nous vous remercions de l'intérêt que vous portez à Transjura Lignes et du temps consacré à votre candidature au poste de Chef(fe) d'équipe Relation clientèle (réf. 2600187).

Après examen attentif de votre dossier, nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la suite du processus.

Nous conservons vos données dans notre vivier de candidats pendant 24 mois, sauf opposition de votre part.

Le service Recrutement
Transjura Lignes SA

Merci de ne pas répondre à ce message généré automatiquement.
"""

_HARBOUR_TEXT = """Dear Lorenz,

Thank you for applying for the Customer Service Team Leader (JR-3318) position at Harbourline Insurance.

We have now reviewed your application against the requirements of the role. Regrettably, we will not be progressing your application further on this occasion.

We appreciate the time you invested and encourage you to keep an eye on our careers site for future opportunities that match your skills.

Yours sincerely,
Talent Acquisition Team
Harbourline Insurance DAC

Harbourline Insurance DAC is regulated by the Central Bank of Ireland. Registered in Ireland No. 600123. This email and any attachments are confidential and intended solely for the addressee.
"""

_ALBA_TEXT = """Hola Lorenz:

Te agradecemos que hayas presentado tu candidatura para el puesto de Jefe/a de Equipo de Atención al Cliente en nuestra sucursal de Ginebra.

Lamentamos comunicarte que, en esta ocasión, no vamos a seguir adelante con tu candidatura. Recibimos un número muy elevado de solicitudes y la decisión no ha sido sencilla.

Puedes consultar otras ofertas en nuestro portal de empleo cuando quieras.

Equipo de Talento
Seguros Alba

Este mensaje se ha generado automáticamente; por favor, no respondas a esta dirección.
"""

_LVB_QUOTE = outlook_block(
    "de", f"{CAND_NAME} <{CAND}>", long_date("de", "2026-03-02 21:14"),
    "Marco Bianchi-Egli <marco.bianchi@lvb-zh.example.ch>",
    "Bewerbung Teamleitung Kundenzentrum Altstetten",
    """Sehr geehrter Herr Bianchi-Egli

Mit grossem Interesse habe ich Ihre Ausschreibung für die Teamleitung im Kundenzentrum Altstetten gelesen. Seit neun Jahren bin ich als Zugbegleiter im Fernverkehr unterwegs und leite seit drei Jahren als Zugchef Teams von bis zu sechs Personen. Gerne erläutere ich Ihnen in einem persönlichen Gespräch, was ich mitbringe.

Meine Unterlagen finden Sie im Anhang.

Freundliche Grüsse
Lorenz Adeyemi-Huber""",
)

_ZUERISEE_QUOTE = reply_quote(
    "de", "2026-06-16 18:02", CAND_NAME, CAND,
    """Sehr geehrte Frau Suter

Herzlichen Dank für das angenehme Gespräch von heute Nachmittag und den Rundgang durch das Kundencenter. Die Einblicke in Ihre Schichtplanung haben mein Interesse an der Stelle noch verstärkt. Für Rückfragen stehe ich jederzeit gerne zur Verfügung.

Freundliche Grüsse
Lorenz Adeyemi-Huber""",
)

_REUSS_FWD = forward_block(
    "de", "Pius Odermatt <pius.odermatt@reuss-rv.example.ch>", "Mo., 5. Okt. 2026 um 17:42",
    "Entscheid Assessment Teamleiter Kundenbegleitung",
    "Carmen Wicki <carmen.wicki@reuss-rv.example.ch>",
    """Hallo Carmen

Zu Adeyemi-Huber: sehr sympathisch, stark im Rollenspiel mit dem verärgerten Fahrgast. In der Fallstudie zur Dienstplanung hat er aber zu wenig Struktur gezeigt, und das ist bei uns der Kern der Stelle. Ich würde ihm absagen und die Zweitplatzierte nehmen. Bitte gib ihm ein ehrliches Feedback, er hat es verdient.

Pius""",
)

_HVB_QUOTE = outlook_block(
    "de", "Thomas Moser <thomas.moser@hvb-bern.example.ch>", long_date("de", "2026-06-15 09:40"),
    f"{CAND_NAME} <{CAND}>",
    "Einladung zum Vorstellungsgespräch – Teamleitung Kundenzentrum",
    """Sehr geehrter Herr Adeyemi-Huber

Gerne laden wir Sie zu einem Vorstellungsgespräch ein: Freitag, 26. Juni 2026, 14:00 Uhr, Eigerplatz 2, 3. Stock, Empfang Kundenzentrum. Bitte bringen Sie Ihre Arbeitszeugnisse mit.

Freundliche Grüsse
Thomas Moser""",
)

_REY_QUOTE = reply_quote(
    "fr", "2026-01-12 20:31", CAND_NAME, CAND,
    """Madame, Monsieur,

Contrôleur de train depuis neuf ans, je souhaite évoluer vers l'encadrement d'une équipe de service à la clientèle. Je me permets de vous adresser une candidature spontanée pour tout poste de chef d'équipe dans votre centre de relation clients à Genève.

Je me tiens volontiers à votre disposition pour un entretien.

Meilleures salutations
Lorenz Adeyemi-Huber""",
)

MSGS = [
    {
        "slug": "sundnet_after_missed_call",
        "kind": R, "lang": "de", "company": "Sundnet Telekom",
        "contact": "mirjam.keller@sundnet.example.ch",
        "from": ("Mirjam Keller", "mirjam.keller@sundnet.example.ch"),
        "subject": "Re: Entschuldigung – verpasster Telefontermin",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-02-10 11:02",
        "reply": "own_sundnet_apology", "quote": "reply",
        "cte": "quoted-printable",
        "text": """Guten Tag Herr Adeyemi-Huber

Danke nochmals für Ihre Nachricht und das Verständnis für den verpassten Anruf. Wir haben in der Zwischenzeit die Gespräche mit den übrigen Kandidierenden abgeschlossen und uns für eine Person entschieden, die bereits ein Team im Telekom-Support geführt hat. Einen neuen Termin für Sie setzen wir deshalb nicht mehr an.

Ich wünsche Ihnen für die weitere Suche viel Erfolg.

Beste Grüsse
Mirjam Keller
Talent Acquisition Partner
Sundnet Telekom AG | Hardturmstrasse 301 | 8005 Zürich
+41 44 555 18 40
""",
    },
    {
        "slug": "aare_filled_internally",
        "kind": R, "lang": "de", "company": "Aare Rail Services",
        "contact": "beat.zurbuchen@aarerail.example.ch",
        "from": ("Beat Zurbuchen", "beat.zurbuchen@aarerail.example.ch"),
        "subject": "Stelle Teamleiter/in Kundenservice Bahnhof Bern – Abschluss",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-04-14 16:48",
        "reply": "aare_interview_cancelled",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Ich melde mich wie versprochen zur Stelle «Teamleiter/in Kundenservice Bahnhof Bern». Die Position wird nun intern besetzt: Eine langjährige Mitarbeiterin aus unserem Reisezentrum übernimmt die Teamleitung per 1. Juni. Damit ist das Auswahlverfahren abgeschlossen, auch für Sie – den abgesagten Gesprächstermin holen wir daher nicht nach.

Wir bedanken uns für Ihr Interesse an Aare Rail Services und für die Zeit, die Sie investiert haben.

Freundliche Grüsse

Beat Zurbuchen
HR Business Partner
Aare Rail Services AG
Schwarztorstrasse 48, 3007 Bern
Tel. +41 31 555 72 10
""",
    },
    {
        "slug": "birsig_workday_formal",
        "kind": R, "lang": "de", "company": "Birsig Regiobahn", "contact": "",
        "from": ("Birsig Regiobahn", "birsigbahn@myworkday.com"),
        "subject": "Ihre Bewerbung: Kundenberater/in Reisezentrum mit Teamleitung (R-10442)",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-01-29 07:31", "tz": "utc",
        "reply": "birsig_workday_ack",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
        "cte": "base64",
        "text": _BIRSIG_TEXT,
        "html": ats_card("Birsig Regiobahn – Karriere", "#c8102e", _BIRSIG_TEXT,
                         ("Zum Kandidatenportal", "https://birsigbahn.wd3.myworkday.com/careers/login"),
                         "Birsig Regiobahn AG, Güterstrasse 115, 4053 Basel"),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "baerenpass_closer_match",
        "kind": R, "lang": "de", "company": "Bärenpass Krankenkasse",
        "contact": "sabrina.luethi@baerenpass.example.ch",
        "from": ("Lüthi Sabrina", "sabrina.luethi@baerenpass.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Ihre Bewerbung als Teamleiter Kundencenter",
        "date": "2026-02-24 14:27",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Herzlichen Dank für Ihr Dossier und das Interesse an der Bärenpass Krankenkasse.

Wir haben sämtliche Unterlagen eingehend geprüft. Für die ausgeschriebene Funktion haben wir uns entschieden, mit Personen weiterzugehen, deren Erfahrung im Krankenversicherungsumfeld noch genauer zu unserem Anforderungsprofil passt. Ihre Laufbahn im Bahnbetrieb hat uns durchaus beeindruckt – der Entscheid fiel uns nicht leicht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Sabrina Lüthi
HR-Fachfrau
Bärenpass Krankenkasse
Laupenstrasse 9 | 3008 Bern
T +41 31 555 40 66 | sabrina.luethi@baerenpass.example.ch

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der beabsichtigte Empfänger sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
""",
    },
    {
        "slug": "emme_reorg_postponed",
        "kind": R, "lang": "de", "company": "Wasserwerke Emme",
        "contact": "reto.gerber@emme-wasser.example.ch",
        "from": ("Reto Gerber", "reto.gerber@emme-wasser.example.ch"),
        "subject": "Rückmeldung zu Ihrer Bewerbung (Leitung Kundendienst)",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-06 10:15",
        "cs": "iso-8859-1", "cte": "base64",
        "text": """Grüezi Herr Adeyemi-Huber

Ich muss Ihnen eine unerfreuliche Nachricht überbringen. Der Verwaltungsrat hat an seiner letzten Sitzung beschlossen, die Reorganisation unseres Kundendienstes um ein Jahr zu verschieben. Die ausgeschriebene Leitungsstelle wird deshalb vorerst nicht geschaffen, und wir führen das Bewerbungsverfahren nicht weiter.

Das hat nichts mit Ihrem Profil zu tun, das uns überzeugt hat. Sollte die Stelle 2027 neu ausgeschrieben werden, würde ich mich freuen, wieder von Ihnen zu hören.

Mit freundlichen Grüssen
Reto Gerber
Leiter Personal
Wasserwerke Emme AG, Bernstrasse 120, 3400 Burgdorf
034 555 11 80
""",
    },
    {
        "slug": "talentwerk_relays_client_no",
        "kind": R, "lang": "de", "company": "Vierwaldstätter Versicherung",
        "contact": "yvonne.bucher@talentwerk-lu.example.ch",
        "from": ("Yvonne Bucher | Talentwerk Luzern", "yvonne.bucher@talentwerk-lu.example.ch"),
        "subject": "Feedback Vierwaldstätter Versicherung",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-07-08 09:05",
        "reply": "talentwerk_interviewer_ill",
        "text": """Hallo Herr Adeyemi-Huber

Ich habe heute Morgen mit Herrn Amstad von der Vierwaldstätter Versicherung telefoniert. Die Versicherung hat sich gegen Sie entschieden. Man hat Ihre Art im Gespräch sehr geschätzt, sucht für diese Teamleitung aber jemanden mit vertieften Kenntnissen der Sachversicherung – und eine solche Person war in der zweiten Runde dabei.

Ich weiss, das ist nach zwei Gesprächen enttäuschend. Ich behalte Sie aktiv im Auge, sobald ich ein Mandat im Kundenservice ohne Branchenfokus habe.

Herzlich
Yvonne Bucher
Senior Consultant
Talentwerk Luzern GmbH · Pilatusstrasse 22 · 6003 Luzern
041 555 90 12
""",
        "html": "auto",
    },
    {
        "slug": "lvb_terse_no",
        "kind": R, "lang": "de", "company": "Limmattal Verkehrsbetriebe",
        "contact": "marco.bianchi@lvb-zh.example.ch",
        "from": ("Bianchi-Egli Marco (LVB)", "marco.bianchi@lvb-zh.example.ch"),
        "subject": "AW: Bewerbung Teamleitung Kundenzentrum Altstetten",
        "date": "2026-03-19 07:52",
        "reply": "<3f1a.lorenz.0302@example.ch>",
        "cs": "windows-1252",
        "text": """Hallo Herr Adeyemi-Huber

kurz und bündig: Wir gehen mit Ihrer Bewerbung nicht weiter. Danke fürs Interesse und alles Gute.

M. Bianchi-Egli
LVB Personal

""" + _LVB_QUOTE + "\n",
        "html": outlook_html("""Hallo Herr Adeyemi-Huber

kurz und bündig: Wir gehen mit Ihrer Bewerbung nicht weiter. Danke fürs Interesse und alles Gute.

M. Bianchi-Egli
LVB Personal""", quote=_LVB_QUOTE),
        "html_cs": "utf-8", "html_cte": "quoted-printable",
    },
    {
        "slug": "zuerisee_after_thankyou",
        "kind": R, "lang": "de", "company": "Zürisee Versicherung",
        "contact": "andrea.suter@zuerisee-vers.example.ch",
        "from": ("Andrea Suter", "andrea.suter@zuerisee-vers.example.ch"),
        "subject": "Re: Danke für das Gespräch",
        "date": "2026-06-18 13:40",
        "reply": "<b7e2.lorenz.0616@example.ch>",
        "cte": "quoted-printable",
        "text": """Lieber Herr Adeyemi-Huber

Vielen Dank für Ihre freundlichen Zeilen nach unserem Treffen vom Dienstag. Auch wir haben das Gespräch als offen und angenehm erlebt.

Nach dem Austausch im Gremium haben wir uns nun aber für eine andere Kandidatin entschieden. Den Ausschlag gab ihre mehrjährige Erfahrung in der Führung eines Inbound-Teams mit Schichtbetrieb. Ich weiss, dass Sie Führungserfahrung aus dem Zugbegleitdienst in anderer Form mitbringen – am Ende mussten wir zwischen zwei guten Profilen wählen.

Ich wünsche Ihnen von Herzen alles Gute.

Andrea Suter
Leiterin Recruiting
Zürisee Versicherung AG
Mythenquai 70, 8002 Zürich
Telefon +41 44 555 63 20

Diese Nachricht ist ausschliesslich für den Adressaten bestimmt. Sollten Sie sie irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und vernichten Sie die Nachricht.

""" + _ZUERISEE_QUOTE + "\n",
        "html": "auto",
    },
    {
        "slug": "oberrhein_posting_withdrawn",
        "kind": R, "lang": "de", "company": "Oberrhein Mobil",
        "contact": "k.wehrle@oberrhein-mobil.example.de",
        "from": ("Katrin Wehrle", "k.wehrle@oberrhein-mobil.example.de"),
        "subject": "Stellenausschreibung Teamleitung Kundencenter Freiburg – zurückgezogen",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-07-21 11:30", "tz": "de",
        "html": outlook_html("""Sehr geehrter Herr Adeyemi-Huber,

wir haben die Ausschreibung für die Teamleitung in unserem Kundencenter am Hauptbahnhof zurückgezogen. Grund ist die Zusammenlegung mit dem Kundencenter Offenburg, die eine eigene Leitung vor Ort überflüssig macht. Ihre Bewerbung können wir daher nicht weiter berücksichtigen.

Ihre Unterlagen löschen wir gemäss unseren Datenschutzbestimmungen nach sechs Monaten.

Mit freundlichen Grüssen

Katrin Wehrle
Personalreferentin
Oberrhein Mobil GmbH
Bismarckallee 4, 79098 Freiburg im Breisgau
Telefon 0761 555 3021

Sitz der Gesellschaft: Freiburg i. Br. – Registergericht Freiburg HRB 705512 – Geschäftsführung: Dr. Tobias Faller""", "DE"),
        "html_cte": "base64",
    },
    {
        "slug": "fernwaerme_buddy_no_budget",
        "kind": R, "lang": "de", "company": "Fernwärme Dreispitz",
        "contact": "simon.raeber@fernwaerme-dreispitz.example.ch",
        "from": ("Simon Räber", "simon.raeber@fernwaerme-dreispitz.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "Re: Spontanbewerbung Kundendienst",
        "date": "2026-04-28 22:17",
        "reply": "own_spontaneous_fernwaerme", "quote": "reply",
        "text": """Hoi Lorenz

Ich mach's kurz und ehrlich, wir kennen uns ja vom Fussball: Ich habe dein Dossier intern weitergegeben, aber im Kundendienst haben wir dieses Jahr schlicht kein Budget für eine zusätzliche Leitung. Da wird nichts draus, sorry.

Wenn sich bei uns etwas ändert, bist du der Erste, dem ich schreibe. Und falls du Tipps für andere Energieversorger in der Region brauchst – ruf mich an.

Gruess
Simon
""",
    },
    {
        "slug": "dialogpunkt_softgarden",
        "kind": R, "lang": "de", "company": "DialogPunkt", "contact": "",
        "from": ("DialogPunkt GmbH", "no-reply@softgarden.io"),
        "subject": "Ihre Bewerbung als Supervisor Inbound (m/w/d)",
        "date": "2026-04-09 08:03", "tz": "de",
        "reply": "dialogpunkt_softgarden_ack",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": _DIALOG_TEXT,
        "html": ats_card("DialogPunkt", "#0f766e", _DIALOG_TEXT, None,
                         "DialogPunkt GmbH · Habsburgerstrasse 90 · 79104 Freiburg"),
    },
    {
        "slug": "brueckenkopf_unnamed_client",
        "kind": R, "lang": "de", "company": "Brückenkopf Personal",
        "contact": "dario.frei@brueckenkopf.example.ch",
        "from": ("Dario Frei", "dario.frei@brueckenkopf.example.ch"),
        "subject": "Kurzes Update zum Dossier (Teamleitung Inbound, Mandat Versicherung)",
        "date": "2026-08-12 08:20",
        "cte": "base64",
        "text": """Guten Morgen Lorenz

Wie am Telefon angekündigt, hier noch schriftlich: Unser Mandant – die Versicherung in Zug, von der ich dir erzählt habe – hat sich nach Durchsicht der Kurzprofile für zwei andere Kandidaten entschieden. Dein Dossier geht dort also nicht weiter.

Ich melde mich, sobald ich wieder ein passendes Mandat auf dem Tisch habe.

Beste Grüsse
Dario Frei
Personalberater
Brückenkopf Personal AG
Aeschenvorstadt 31, 4051 Basel
061 555 44 27
""",
    },
    {
        "slug": "kzm_bamboo_other_choice",
        "kind": R, "lang": "de", "company": "Kundenzentrum Mittelland",
        "contact": "lea.steiner@kzm.example.ch",
        "from": ("Kundenzentrum Mittelland AG", "no-reply@bamboohr.com"),
        "reply_to": ("Lea Steiner", "lea.steiner@kzm.example.ch"),
        "subject": "Ihre Bewerbung: Teamleiter/in Outbound (80-100 %)",
        "date": "2026-09-09 15:55",
        "reply": "kzm_bamboo_ack",
        "text": """Guten Tag Herr Adeyemi-Huber

Wir möchten uns bei Ihnen für Ihre Bewerbung bedanken. Die Wahl ist auf eine Person gefallen, die unser Team bereits aus einem früheren Einsatz kennt; wir werden Ihre Kandidatur daher nicht weiterverfolgen.

Bei Fragen zu diesem Entscheid dürfen Sie sich gerne direkt bei mir melden – antworten Sie einfach auf diese E-Mail (lea.steiner@kzm.example.ch).

Freundliche Grüsse
Lea Steiner
HR Kundenzentrum Mittelland AG
""",
        "html": "auto",
    },
    {
        "slug": "reuss_forwarded_decision",
        "kind": R, "lang": "de", "company": "Reuss Regionalverkehr",
        "contact": "carmen.wicki@reuss-rv.example.ch",
        "from": ("Carmen Wicki", "carmen.wicki@reuss-rv.example.ch"),
        "subject": "WG: Entscheid Assessment Teamleiter Kundenbegleitung",
        "date": "2026-10-07 10:12",
        "cte": "quoted-printable",
        "text": """Grüezi Herr Adeyemi-Huber

Ich leite Ihnen die Rückmeldung unseres Bereichsleiters weiter, weil sie Ihnen mehr sagt als ein Standardbrief. Kurz gesagt: Wir bieten Ihnen die Stelle nicht an. Die Begründung finden Sie unten – Herr Odermatt war mit der Weitergabe einverstanden.

Freundliche Grüsse
Carmen Wicki
HR Reuss Regionalverkehr AG
Zentralstrasse 5, 6002 Luzern, 041 555 27 70

""" + _REUSS_FWD + "\n",
    },
    {
        "slug": "hvb_after_interview_quoted_invite",
        "kind": R, "lang": "de", "company": "Hauptstadt Verkehrsbetriebe",
        "contact": "thomas.moser@hvb-bern.example.ch",
        "from": ("Moser Thomas", "thomas.moser@hvb-bern.example.ch"),
        "subject": "AW: Einladung zum Vorstellungsgespräch – Teamleitung Kundenzentrum",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-07-02 17:05",
        "reply": "hvb_dossier_received",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Sehr geehrter Herr Adeyemi-Huber

Ich beziehe mich auf unser Gespräch vom 26. Juni. Die Geschäftsleitung hat sich in der Zwischenzeit für eine Kandidatin entschieden, die neben Deutsch und Französisch auch Italienisch spricht, was im Kundenzentrum am Bahnhof zunehmend gefragt ist. Eine Anstellung können wir Ihnen deshalb nicht anbieten. Bitte entschuldigen Sie, dass Sie diese Nachricht per E-Mail erhalten.

Freundliche Grüsse
Thomas Moser
Leiter Kundenzentrum
HVB Hauptstadt Verkehrsbetriebe
Eigerplatz 2, 3007 Bern | +41 31 555 80 00

""" + _HVB_QUOTE + "\n",
    },
    # --- French -------------------------------------------------------------------------
    {
        "slug": "vallee_role_frozen",
        "kind": R, "lang": "fr", "company": "Vallée Télécom",
        "contact": "sandrine.mottier@vallee-telecom.example.ch",
        "from": ("Sandrine Mottier", "sandrine.mottier@vallee-telecom.example.ch"),
        "subject": "Votre candidature – Responsable d'équipe Service clients",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-05-12 09:48",
        "reply": "vallee_interview_cancel",
        "cte": "quoted-printable",
        "text": """Bonjour Monsieur Adeyemi-Huber,

Je reviens vers vous comme promis après l'annulation de notre entretien du mois dernier. La direction a décidé de geler le recrutement pour le poste de responsable d'équipe Service clients jusqu'à la fin de l'année : le projet de réorganisation du centre de Meyrin est suspendu. Nous ne donnerons donc pas suite à votre candidature.

Je suis sincèrement désolée de cette issue, qui ne reflète en rien la qualité de votre dossier.

Avec mes meilleures salutations,

Sandrine Mottier
Chargée de recrutement
Vallée Télécom SA
Route de Meyrin 210, 1217 Meyrin
+41 22 555 31 08
""",
        "html": "auto",
    },
    {
        "slug": "mutuelle_closed_after_silence",
        "kind": R, "lang": "fr", "company": "Mutuelle Lémanique",
        "contact": "emilie.favre@mutuelle-lemanique.example.ch",
        "from": ("Émilie Favre", "emilie.favre@mutuelle-lemanique.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "RE: Entretien du 3 mars",
        "date": "2026-03-18 16:20",
        "reply": "mutuelle_missed_waited", "quote": "reply",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Monsieur,

Faute de réponse de votre part depuis mon message du 4 mars, nous avons clôturé le processus pour le poste de superviseur du service à la clientèle. Votre candidature n'est plus retenue.

Nous vous remercions de l'intérêt porté à la Mutuelle Lémanique.

Émilie Favre
Ressources humaines
Mutuelle Lémanique
Rue du Rhône 88, 1204 Genève
T. +41 22 555 47 12

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Toute utilisation non autorisée est interdite.
""",
    },
    {
        "slug": "transjura_taleo_formal",
        "kind": R, "lang": "fr", "company": "Transjura Lignes", "contact": "",
        "from": ("Transjura Lignes - Recrutement", "transjura@taleo.net"),
        "subject": "Poste 2600187 – Chef(fe) d'équipe Relation clientèle",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-02-18 06:12", "tz": "utc",
        "reply": "transjura_taleo_ack",
        "headers": [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        "text": _TRANSJURA_TEXT,
        "html": ats_card("Transjura Lignes", "#1d4ed8", _TRANSJURA_TEXT,
                         ("Accéder à mon espace candidat", "https://transjura.taleo.net/careersection/login"),
                         "Transjura Lignes SA - Rue de la Gare 14 - 2800 Delémont", lang="fr"),
        "cte": "quoted-printable",
    },
    {
        "slug": "ehr_closer_experience",
        "kind": R, "lang": "fr", "company": "Énergie Haut-Rhin",
        "contact": "nathalie.schmitt@ehr.example.fr",
        "from": ("Nathalie Schmitt", "nathalie.schmitt@ehr.example.fr"),
        "subject": "Candidature - Responsable d'équipe Accueil clients (Mulhouse)",
        "date": "2026-04-20 14:33", "tz": "fr",
        "reply": "ehr_ack_latin1",
        "cs": "iso-8859-1", "cte": "base64",
        "text": """Monsieur Adeyemi-Huber,

Merci pour votre candidature et pour l'échange téléphonique de la semaine dernière.

Nous avons décidé de poursuivre avec des candidats dont l'expérience correspond plus étroitement aux exigences du poste, notamment en matière de relation client dans le secteur de l'énergie. Cette décision ne remet pas en cause vos qualités, que nous avons bien perçues.

Nous vous souhaitons une pleine réussite dans vos démarches.

Nathalie Schmitt
Chargée de recrutement
Énergie Haut-Rhin SAS - 12 rue de la Sinne - 68100 Mulhouse
03 89 55 52 40
""",
    },
    {
        "slug": "alpha_relays_relais_client",
        "kind": R, "lang": "fr", "company": "Relais Client",
        "contact": "karim.benali@alphaplacement.example.ch",
        "from": ("Karim Benali", "karim.benali@alphaplacement.example.ch"),
        "subject": "Relais Client - retour",
        "date": "2026-09-03 11:26",
        "reply": "alpha_missed_client_waited",
        "text": """Bonjour Lorenz,

J'ai eu Relais Client au téléphone ce matin. Après le rendez-vous manqué de la semaine dernière, ils ont poursuivi avec les autres finalistes et viennent de confirmer une autre personne pour le poste de coordinateur d'équipe. Ils ne proposeront pas de nouvel entretien.

Je sais que le malentendu sur l'horaire n'était pas entièrement de votre fait, et je le leur ai dit. Je reste à votre disposition pour d'autres mandats.

Bien à vous,
Karim Benali
Consultant senior
Alpha Placement Sàrl
Boulevard Carl-Vogt 45, 1205 Genève
+41 22 555 60 75
""",
    },
    {
        "slug": "romande_terse_internal",
        "kind": R, "lang": "fr", "company": "Romande Prévoyance",
        "contact": "pascal.rey@romande-prevoyance.example.ch",
        "from": ("Pascal Rey", "pascal.rey@romande-prevoyance.example.ch"),
        "subject": "Re: Candidature spontanée - chef d'équipe relation clients",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-01-27 12:04",
        "reply": "<91cd.lorenz.0112@example.ch>",
        "text": """Bonjour,

Le seul poste d'encadrement ouvert chez nous a été attribué à un collaborateur interne la semaine passée. Merci et bonne suite.

P. Rey

""" + _REY_QUOTE + "\n",
    },
    {
        "slug": "leman_after_thankyou",
        "kind": R, "lang": "fr", "company": "Léman Contact",
        "contact": "valerie.chappuis@leman-contact.example.ch",
        "from": ("Valérie Chappuis", "valerie.chappuis@leman-contact.example.ch"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Re: Merci pour notre rencontre",
        "date": "2026-06-10 17:36",
        "reply": "own_leman_thankyou", "quote": "reply",
        "cte": "quoted-printable",
        "text": """Cher Monsieur Adeyemi-Huber,

Merci pour votre aimable message après notre rencontre. Vos remarques sur l'accueil des voyageurs en situation de stress ont d'ailleurs fait écho auprès de toute l'équipe.

Nous avons cependant choisi de confier le poste à une candidate qui encadre déjà une équipe dans un centre d'appels multilingue. Je n'ai malheureusement pas de meilleure nouvelle à vous annoncer.

Au plaisir de croiser à nouveau votre route,

Valérie Chappuis
Responsable des opérations
Léman Contact Sàrl
Quai du Seujet 18, 1201 Genève
022 555 19 90
""",
        "html": "auto",
    },
    {
        "slug": "navettes_casual_friend_inside",
        "kind": R, "lang": "fr", "company": "Navettes du Rhône",
        "contact": "julien.bovet@navettes-rhone.example.ch",
        "from": ("Julien Bovet", "julien.bovet@navettes-rhone.example.ch"),
        "subject": "Le poste de chef d'équipe à l'aéroport",
        "subj_enc": ("utf-8", "mixedQ"),
        "date": "2026-10-14 19:51",
        "text": """Salut Lorenz,

Petit mot rapide, comme promis l'autre soir : pour le poste de chef d'équipe à l'aéroport, ça ne va pas se faire. La boss a préféré quelqu'un qui conduit déjà nos navettes et connaît les chauffeurs. Franchement je suis déçu, j'avais poussé pour toi.

On se boit un verre quand tu passes à Genève ?

Julien
""",
    },
    # --- English ------------------------------------------------------------------------
    {
        "slug": "emerald_after_panel_thankyou",
        "kind": R, "lang": "en", "company": "Emerald Mobile",
        "contact": "niamh.osullivan@emeraldmobile.example.ie",
        "from": ("Niamh O'Sullivan", "niamh.osullivan@emeraldmobile.example.ie"),
        "subject": "Re: Thank you - Customer Care Team Lead panel",
        "date": "2026-05-27 16:05", "tz": "ie",
        "reply": "own_emerald_thankyou", "quote": "reply",
        "text": """Hi Lorenz,

Thanks so much for your note after the panel - it was genuinely nice to read, and the team enjoyed meeting you.

I'm afraid I'm writing with news you won't want to hear. We've offered the Customer Care Team Lead role to another candidate who has led a retail telecoms team through a billing migration before. It was close, and your scenario answers were among the strongest we heard.

Please don't be a stranger - if a similar role opens in our Cork or Dublin hubs, I'll reach out directly.

Best,
Niamh

Niamh O'Sullivan
Talent Partner, Emerald Mobile Ltd
2 Grand Canal Square, Dublin 2, D02 X285
+353 1 555 0192
""",
        "html": "auto",
    },
    {
        "slug": "harbourline_workday_formal",
        "kind": R, "lang": "en", "company": "Harbourline Insurance", "contact": "",
        "from": ("Harbourline Insurance", "harbourline@myworkday.com"),
        "subject": "Update on your application – Customer Service Team Leader (JR-3318)",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-05 10:41", "tz": "utc",
        "reply": "harbourline_workday_ack",
        "headers": [("Auto-Submitted", "auto-generated")],
        "cte": "base64",
        "text": _HARBOUR_TEXT,
        "html": ats_card("Harbourline Insurance Careers", "#0b3d5c", _HARBOUR_TEXT, None,
                         "Harbourline Insurance DAC, 40 Mespil Road, Dublin 4", lang="en"),
    },
    {
        "slug": "quayside_relays_dodder",
        "kind": R, "lang": "en", "company": "Dodder Energy",
        "contact": "aoife.brennan@quayside.example.ie",
        "from": ("Aoife Brennan", "aoife.brennan@quayside.example.ie"),
        "subject": "Dodder Energy - feedback",
        "date": "2026-06-23 12:18", "tz": "ie",
        "text": """Hi Lorenz,

Just off the phone with the hiring manager at Dodder Energy. They've decided not to take you forward to the second stage. Their main concern was that you haven't yet managed people inside a contact-centre environment with KPIs like AHT and first-contact resolution - they want someone who can hit the ground running on that.

For what it's worth, I think that gap is fixable with the right opener, and I have a couple of clients who care more about frontline experience. I'll be in touch when one of those comes up.

Aoife

Aoife Brennan | Senior Consultant
Quayside Recruitment
14 Sir John Rogerson's Quay, Dublin 2
+353 1 555 7731
""",
    },
    {
        "slug": "portobello_role_withdrawn_ashby",
        "kind": R, "lang": "en", "company": "Portobello Contact Solutions",
        "contact": "rachel.doyle@portobello-cs.example.ie",
        "from": ("Portobello Contact Solutions", "no-reply@ashbyhq.com"),
        "reply_to": ("Rachel Doyle", "rachel.doyle@portobello-cs.example.ie"),
        "subject": "Team Lead, Multilingual Support - vacancy withdrawn",
        "date": "2026-03-12 09:27", "tz": "ie",
        "reply": "portobello_ashby_ack",
        "text": """Hi Lorenz,

I wanted to let you know that we've withdrawn the Team Lead, Multilingual Support vacancy. A client contract that the team was being built around has not been renewed, so the role no longer exists and we're closing all applications for it.

This is no reflection on you or your application, and I'm sorry to end things this way. If you have any questions, just reply to this email and it will come straight to me.

Rachel Doyle
Recruiting Lead, Portobello Contact Solutions
""",
        "html": ats_card("Portobello Contact Solutions", "#6d28d9", """Hi Lorenz,

I wanted to let you know that we've withdrawn the Team Lead, Multilingual Support vacancy. A client contract that the team was being built around has not been renewed, so the role no longer exists and we're closing all applications for it.

This is no reflection on you or your application, and I'm sorry to end things this way. If you have any questions, just reply to this email and it will come straight to me.

Rachel Doyle
Recruiting Lead, Portobello Contact Solutions""", None, "Powered by Ashby", lang="en"),
    },
    {
        "slug": "clontarf_html_only_terse",
        "kind": R, "lang": "en", "company": "Clontarf Telecom",
        "contact": "gary.nolan@clontarf-telecom.example.ie",
        "from": ("Gary Nolan", "gary.nolan@clontarf-telecom.example.ie"),
        "subject": "Re: Missed call this morning",
        "date": "2026-10-20 08:44", "tz": "ie",
        "reply": "clontarf_tried_calling",
        "html": simple_html("""Lorenz,

We've gone with another applicant for the supervisor post, so there's no need to rebook the call. All the best.

Gary""", "en"),
    },
    # --- Spanish ------------------------------------------------------------------------
    {
        "slug": "conecta_after_interview",
        "kind": R, "lang": "es", "company": "Conecta Ibérica",
        "contact": "lucia.fernandez@conecta.example.es",
        "from": ("Lucía Fernández Roldán", "lucia.fernandez@conecta.example.es"),
        "from_enc": ("iso-8859-1", "B"),
        "subject": "Proceso de selección – Coordinador/a de Atención al Cliente (Zúrich)",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-06-30 10:10",
        "reply": "own_conecta_confirm_new_slot",
        "cte": "quoted-printable",
        "text": """Estimado Lorenz:

Gracias por tu tiempo durante la entrevista del pasado 17 de junio y por el interés que has mostrado en Conecta Ibérica.

Tras valorar todas las candidaturas finalistas, hemos decidido continuar con otra persona cuyo perfil se ajusta más a las necesidades actuales del equipo, sobre todo en la gestión de campañas de fidelización.

Te deseamos mucho éxito en tu búsqueda y, si nos das tu permiso, guardaremos tu CV para futuras vacantes en nuestro centro de Zúrich.

Un cordial saludo,

Lucía Fernández Roldán
Responsable de Selección
Conecta Ibérica S.A. – Centro de Atención Zúrich
Badenerstrasse 549, 8048 Zúrich
+41 44 555 73 91
""",
        "html": "auto",
    },
    {
        "slug": "alba_icims_formal",
        "kind": R, "lang": "es", "company": "Seguros Alba", "contact": "",
        "from": ("Seguros Alba - Empleo", "careers-noreply@icims.com"),
        "subject": "Tu candidatura a Jefe/a de Equipo de Atención al Cliente (Ginebra)",
        "date": "2026-08-21 07:02", "tz": "utc",
        "reply": "alba_icims_ack",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": _ALBA_TEXT,
        "html": ats_card("Seguros Alba", "#b45309", _ALBA_TEXT, None,
                         "Seguros Alba · Sucursal en Suiza · Rue de Lausanne 60 · 1202 Ginebra", lang="es"),
        "cte": "quoted-printable",
    },
    {
        "slug": "reclutanorte_unnamed_client",
        "kind": R, "lang": "es", "company": "Reclutamiento Norte",
        "contact": "iker.etxeberria@reclutanorte.example.es",
        "from": ("Iker Etxeberria", "iker.etxeberria@reclutanorte.example.es"),
        "subject": "Cierre del proceso (aseguradora en Zúrich)",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-09-22 13:14", "tz": "es",
        "cs": "iso-8859-1",
        "cte": "quoted-printable",
        "text": """Hola Lorenz,

Te escribo para cerrar el proceso que te comenté para la compañía de seguros con oficinas en Zúrich. El cliente ha revisado los perfiles que le presentamos y ha preferido a un candidato que ya trabajaba en el sector asegurador. No pasarás a la fase de entrevistas, lo siento.

Sigo pendiente de nuevos procesos con equipos hispanohablantes en Suiza y te aviso en cuanto haya algo.

Saludos,
Iker Etxeberria
Consultor de Selección · Reclutamiento Norte S.L.
Alameda de Recalde 30, 48009 Bilbao
+34 944 55 61 20
""",
    },
]
