"""Corpus 277: everything that is not an employer's event (kind `other`), written by hand.

Newsletters and alerts, the candidate's own sent mail, notifications, private and
administrative mail that uses interview/appointment/position words in another sense.
"""

from __future__ import annotations

from msgs277_acks import AK_ACK, GAMS_OFFER, GAMS_OFFER_PDF
from msgs277_common import (
    ME,
    ME_SIG_DE,
    ME_SIG_EN,
    ats_card,
    forward_block,
    newsletter_html,
    paras,
    plain_html,
    quote,
    wrote,
)
from msgs277_invites import CB_MISSED, GAMS_CALL, OT_CANCEL, SS_MISSED

# --------------------------------------------------------------------------- texts quoted later

BW_THANKS = """Liebe Frau Stolz,

herzlichen Dank für das offene und sehr angenehme Gespräch heute Vormittag. Es hat mich gefreut, Sie, Herrn Plattner und Frau Mag. Holzknecht kennenzulernen und mehr über die geplante Nordkette-Kampagne zu erfahren.

Ich bin nach unserem Austausch noch überzeugter, dass ich als Content & Social Media Managerin viel beitragen könnte – gerade bei der Verbindung von Wintersport und Stadterlebnis.

Ich freue mich auf Ihre Rückmeldung.

Herzliche Grüße
Henrike Adjei-Sommer"""

BM_THANKS = """Hi Ollie,

Thanks so much for taking the time to chat today - I really enjoyed hearing how the travel desk works and the story behind the Lofoten series.

I'm even more excited about the role now. The idea of pitching a winter feature on ski-school life in the Alps is something I'd love to develop further if given the chance.

Have a great weekend,
Henrike"""

AK_STATUS = """Lieber Herr Wechselberger,

ich wollte mich freundlich erkundigen, ob es zu meiner Bewerbung schon Neuigkeiten gibt. Die Bewerbungsfrist ist ja seit Ende August abgelaufen, und ich würde mich nach wie vor sehr über die Gelegenheit zu einem persönlichen Gespräch freuen.

Herzliche Grüße aus Innsbruck
Henrike Adjei-Sommer"""

CB_OWN = """Estimada Montse:

Le pido mil disculpas. Mi vuelo de Múnich a Barcelona salió con tres horas de retraso y, con el autobús a Andorra, no llegué a La Massana hasta pasadas las 19:00. Intenté llamar al hotel desde el aeropuerto, pero nadie contestó en recepción.

Sigo muy interesada en el puesto. Si el Sr. Cerqueda tuviera un hueco mañana o el jueves, me quedo en Andorra hasta el viernes.

Un cordial saludo,
Henrike Adjei-Sommer"""

OT_OWN = """Bonjour Madame Balmat,

Merci de m'avoir prévenue, je comprends tout à fait. Je reste bien entendu disponible pour un entretien à la date qui vous conviendra ; à partir du 27 avril, je suis libre tous les jours.

Bien cordialement,
Henrike Adjei-Sommer"""

CV_PDF = ("Lebenslauf_Henrike_Adjei-Sommer.pdf", "Henrike Adjei-Sommer - Lebenslauf", [
    "Hoettinger Gasse 14/3, 6020 Innsbruck | henrike.as@example.at",
    "2019-2026 Skilehrerin, Skischule Sonnenhang Axams (Website, Social Media seit 2023)",
    "2024 Zertifikatslehrgang Online-Marketing (berufsbegleitend)",
    "Sprachen: Deutsch, Englisch, Franzoesisch, Spanisch (B2)",
])

CV_PDF_EN = ("CV_Henrike_Adjei-Sommer.pdf", "Henrike Adjei-Sommer - CV", [
    "Innsbruck, Austria | henrike.as@example.at | +43 664 381 2290",
    "2019-2026 Ski instructor, Skischule Sonnenhang Axams; website and social media since 2023",
    "2024 Certificate in Online Marketing",
    "Languages: German, English, French, Spanish (B2)",
])


def list_headers(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsubscribe),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


BERGJOBS_ITEMS = [
    ("Marketing Manager:in Destination (Vollzeit) – Tourismusverband, Seefeld",
     "Kampagnen für Sommer und Winter, Budgetverantwortung, Start Mai.",
     "https://bergjobs.example.at/job/44102"),
    ("Social Media Specialist – Bergbahnen, Kitzbühel",
     "Content für Instagram und TikTok, Saisonstelle mit Option auf Verlängerung.",
     "https://bergjobs.example.at/job/44118"),
    ("Junior PR Manager (m/w/d) – Hotelgruppe, Innsbruck",
     "Pressearbeit für vier Häuser, Reisen nach Deutschland und Italien.",
     "https://bergjobs.example.at/job/44131"),
    ("Produktmanager:in Wintersport – Outdoor-Marke, Telfs",
     "Schnittstelle zwischen Produkt, Marketing und Vertrieb.",
     "https://bergjobs.example.at/job/44140"),
    ("Eventmarketing (Teilzeit 25 Std.) – Ferienregion, Ötztal",
     "Konzerte, Bike-Events und Almsommer – mit Dienstwohnung.",
     "https://bergjobs.example.at/job/44152"),
]

BERGJOBS_TEXT = """Hallo Henrike,

passend zu Ihrem Suchprofil „Marketing Tourismus" in Tirol gibt es 8 neue Stellen. Hier sind die fünf mit der höchsten Übereinstimmung:

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, b, u in BERGJOBS_ITEMS) + """

Alle 8 Jobs ansehen: https://bergjobs.example.at/suche?profil=8812

Aus dem BergJobs-Magazin:
- Bewerbungsgespräch-Tipps: So überzeugen Sie im Interview mit der Personalabteilung
- Absage erhalten? Die häufigsten Gründe – und was Sie daraus lernen

Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben.
Jobalarm abbestellen: https://bergjobs.example.at/abmelden?u=8812"""

KARRIEREBRIEF_TEXT = """Karrierebrief Alpin – Ausgabe März 2026

Liebe Leserinnen und Leser,

diesmal geht es um zwei Momente, die jede Jobsuche prägen: die Einladung und die Absage.

1) Nach der Absage ist vor der Zusage
Eine Ablehnung nach dem Vorstellungsgespräch tut weh – besonders, wenn man schon die zweite Runde erreicht hatte. Personalberaterin Mag. Ulrike Fankhauser erklärt, warum Sie trotzdem um Feedback bitten sollten und wie Sie die Antwort ehrlich auswerten.
https://karrierebrief.example.at/artikel/absage-feedback

2) Die sieben häufigsten Fragen im Interview
„Warum wollen Sie die Branche wechseln?" – Quereinsteigerinnen hören diese Frage fast immer. Wir zeigen Antworten, die überzeugen.
https://karrierebrief.example.at/artikel/interviewfragen

3) Gehaltsverhandlung im Tourismus
Was die Kollektivverträge vorgeben und wo Spielraum bleibt.
https://karrierebrief.example.at/artikel/gehalt-tourismus

Gute Erfolge bei Ihren Bewerbungen!
Ihre Redaktion Karrierebrief Alpin

Newsletter abbestellen: https://karrierebrief.example.at/newsletter/abmelden"""

NETZWERK_NEWS_ITEMS = [
    ("Offene Positionen bei unseren Mitgliedsbetrieben",
     "23 neue Stellen in Hotellerie, Bergbahnen und Destinationen – von der Rezeption bis zur Marketingleitung.",
     "https://tourismusberufe.example.at/jobs"),
    ("Jobbörse am 22. Mai: Interviewtermine jetzt buchen",
     "Aussteller führen vor Ort 15-minütige Kurzinterviews. Slots sind begrenzt.",
     "https://tourismusberufe.example.at/jobboerse"),
    ("Umfrage: Absagequote in der Branche sinkt",
     "Personalverantwortliche melden weniger Absagen durch Bewerber – und schnellere Zusagen.",
     "https://tourismusberufe.example.at/umfrage-2026"),
]

ALPINE_CAREERS_ITEMS = [
    ("Marketing Manager – Ski Tour Operator, London (hybrid)",
     "Lead seasonal campaigns for a family-owned ski holiday specialist. £42–48k.",
     "https://alpinecareers.example.com/jobs/88120"),
    ("Brand Marketing Manager – Outdoor Apparel, London",
     "Own the European brand calendar for a fast-growing outerwear label.",
     "https://alpinecareers.example.com/jobs/88134"),
    ("Content Lead – Adventure Travel, Remote (UK/EU)",
     "Build the content team for a B-Corp adventure travel company.",
     "https://alpinecareers.example.com/jobs/88141"),
    ("Partnerships Executive – Mountain Resorts Group, London",
     "Grow co-marketing with airlines, rail and ski schools.",
     "https://alpinecareers.example.com/jobs/88157"),
]

ALPINE_CAREERS_TEXT = """15 new jobs for "Marketing Manager" in London and remote

Hi Henrike, here are this week's top matches:

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, b, u in ALPINE_CAREERS_ITEMS) + """

See all 15 jobs: https://alpinecareers.example.com/search?saved=henrike-mm

Interview tip of the week: prepare one story about a time you turned a complaint into a loyal customer – hiring managers in travel love it.

Why "no" isn't the end: three readers on the rejection that led to their best job.
https://alpinecareers.example.com/blog/why-no-isnt-the-end

You're receiving this because you saved a job search on Alpine Careers.
Unsubscribe: https://alpinecareers.example.com/unsubscribe?u=77a1"""

THE_SWITCH_TEXT = """THE SWITCH – notes for career changers, issue #48

Rejected after the final round? Read this first.

You made it to the last interview. You met the team, you liked them, and you're fairly sure they liked you. Then the email arrives: "Unfortunately we've decided to go with another candidate."

Here's what we've learned from 300 readers who got that email:

1. It is rarely about one answer. Final-round decisions are usually about fit with the team that already exists.
2. Ask for feedback within 48 hours. Keep the request short and specific.
3. Keep the relationship warm. A third of our readers who were rejected in a final round were later invited to interview for another position at the same company.

Next week: how to handle a recruiter who goes quiet after the offer stage.

Read online: https://theswitch.example.com/48
Unsubscribe: https://theswitch.example.com/unsubscribe"""

MONTAGNE_ITEMS = [
    ("Chargé(e) de communication – station de ski, Haute-Savoie",
     "CDI, création de contenus et relations presse, clientèle internationale.",
     "https://montagne-emploi.example.fr/offre/20931"),
    ("Chef de projet marketing digital – agence, Annecy",
     "Campagnes pour des offices de tourisme et des domaines skiables.",
     "https://montagne-emploi.example.fr/offre/20944"),
    ("Responsable partenariats – marque outdoor, Chamonix",
     "Développement des ambassadeurs et des partenariats avec les écoles de ski.",
     "https://montagne-emploi.example.fr/offre/20958"),
]

MONTAGNE_TEXT = """Vos nouvelles offres : 6 postes marketing en Haute-Savoie

Bonjour Henrike,

Voici les offres publiées cette semaine qui correspondent à votre alerte « marketing tourisme – Haute-Savoie » :

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, b, u in MONTAGNE_ITEMS) + """

À lire aussi sur le blog : « Refus après entretien : comment rebondir ? » et « Préparer un entretien en anglais quand on vient du terrain ».

Vous recevez ce message car vous avez créé une alerte sur Montagne Emploi.
Se désabonner : https://montagne-emploi.example.fr/alertes/desabonnement?id=5512"""

PIRINEO_ITEMS = [
    ("Técnico/a de marketing turístico – Andorra la Vella",
     "Campañas para mercados francés y español. Contrato de temporada.",
     "https://pirineoempleo.example.ad/oferta/3301"),
    ("Community manager – cadena hotelera, Canillo",
     "Gestión de redes sociales de cuatro hoteles de montaña.",
     "https://pirineoempleo.example.ad/oferta/3307"),
    ("Responsable de eventos – estación de esquí, Encamp",
     "Organización de eventos deportivos y conciertos a pie de pista.",
     "https://pirineoempleo.example.ad/oferta/3312"),
]

PIRINEO_TEXT = """Nuevas ofertas: marketing turístico en Andorra (5)

Hola, Henrike:

Estas son las ofertas nuevas que coinciden con tu alerta «marketing turismo Andorra»:

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, b, u in PIRINEO_ITEMS) + """

Ver las 5 ofertas: https://pirineoempleo.example.ad/alertas/7719

En el blog esta semana: «Cómo preparar una entrevista en inglés» y «¿Te han rechazado? Tres pasos para pedir feedback».

Recibes este correo porque creaste una alerta de empleo en PirineoEmpleo.
Darte de baja: https://pirineoempleo.example.ad/baja?u=7719"""

WORKVOICE_TEXT = """New interview reviews for companies you follow

Snowline Apparel – Brand Marketing Manager – Europe
"Assessment day was well organised: brand exercise, group task and a final interview. Got the offer about a week later." – Interview review, London

Peakline Agency – Account Manager
"Two rounds, panel was friendly. The role was put on hold afterwards and I never heard back about it." – Interview review, London

Glacier Lane Hotels – Marketing Coordinator
"Applied online, got an automated rejection after three weeks. No interview." – Interview review, London

Read all reviews: https://workvoice.example.com/following
Manage notifications: https://workvoice.example.com/settings/notifications"""

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German
    {
        "slug": "eigene_bewerbung_sonnwendjoch_cv", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ME, "to": [("Hotel Sonnwendjoch", "office@sonnwendjoch-hotel.example.at")],
        "subject": "Bewerbung als Marketing-Assistentin (Teilzeit)",
        "date": "2026-10-01 21:14 +0200",
        "text": """Sehr geehrte Frau Hörhager,

mit großem Interesse habe ich Ihre Anzeige für eine Marketing-Assistentin in Teilzeit gelesen. Als staatlich geprüfte Skilehrerin arbeite ich seit sieben Wintern mit Gästen aus ganz Europa, und seit drei Jahren betreue ich zusätzlich die Website und den Instagram-Kanal der Skischule Sonnenhang in Axams.

Das Achental kenne ich von vielen Skitouren, und ich würde sehr gerne mithelfen, Ihr Haus auch bei Sommergästen bekannter zu machen.

Im Anhang finden Sie meinen Lebenslauf. Über die Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen

""" + ME_SIG_DE,
        "cte": "qp",
        "pdf": [CV_PDF],
        "mid": "sh_app",
    },
    {
        "slug": "eigenes_dankeschoen_bergwelt", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ME, "to": [("Verena Stolz", "verena.stolz@bergwelt-ibk.example.at")],
        "subject": "Danke für das Gespräch am Dienstag",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-02-17 18:40 +0100",
        "text": BW_THANKS,
        "cte": "8bit",
        "mid": "bw_thanks", "irt": "bw_update",
    },
    {
        "slug": "eigene_bitte_um_verschiebung_gamsberg", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ME, "to": [("Magdalena Hechenberger", "magdalena.hechenberger@gamsberg-bahnen.example.at")],
        "subject": "AW: Ihre Bewerbung bei den Gamsberg Bergbahnen – kurzes Telefonat?",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-01-19 19:22 +0100",
        "text": """Sehr geehrte Frau Hechenberger,

vielen Dank für Ihre Nachricht – ich freue mich sehr über Ihr Interesse!

Leider unterrichte ich am Donnerstag und Freitag ganztägig einen Kinderskikurs in der Axamer Lizum und komme erst gegen 16:30 Uhr vom Berg. Wäre es möglich, das Telefonat auf Montag, 26. Jänner, zu verlegen? Da wäre ich den ganzen Vormittag erreichbar.

Vielen Dank für Ihr Verständnis und herzliche Grüße
Henrike Adjei-Sommer

""" + wrote("de", "Mo., 19. Jan. 2026 um 11:04", "Magdalena Hechenberger",
            "magdalena.hechenberger@gamsberg-bahnen.example.at") + "\n" + quote(GAMS_CALL),
        "cte": "qp",
        "mid": "gams_own", "irt": "gams_call",
    },
    {
        "slug": "bergjobs_jobalarm_tirol", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("BergJobs Jobalarm", "jobalarm@bergjobs.example.at"),
        "subject": "8 neue Jobs für „Marketing Tourismus\" in Tirol",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-01-07 06:30 +0100",
        "text": BERGJOBS_TEXT,
        "html": newsletter_html("8 neue Jobs für Sie", "Hallo Henrike,\n\npassend zu Ihrem Suchprofil „Marketing Tourismus\" in Tirol gibt es 8 neue Stellen.",
                             [*BERGJOBS_ITEMS, ("Bewerbungsgespräch-Tipps: So überzeugen Sie im Interview", "Aus dem BergJobs-Magazin", "https://bergjobs.example.at/magazin/interview"), ("Absage erhalten? Die häufigsten Gründe", "Aus dem BergJobs-Magazin", "https://bergjobs.example.at/magazin/absage")],
                             'Sie erhalten diese E-Mail, weil Sie einen Jobalarm angelegt haben. <a href="https://bergjobs.example.at/abmelden?u=8812">Jobalarm abbestellen</a>'),
        "cte": "qp",
        "hdr": list_headers("BergJobs Jobalarm <jobalarm.bergjobs.example.at>",
                         "<https://bergjobs.example.at/abmelden?u=8812>, <mailto:abmelden@bergjobs.example.at?subject=8812>"),
    },
    {
        "slug": "karrierebrief_absage_und_interview", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Karrierebrief Alpin", "newsletter@karrierebrief.example.at"),
        "subject": "Nach der Absage ist vor der Zusage – und 7 Interviewfragen",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-03-15 07:00 +0100",
        "text": KARRIEREBRIEF_TEXT,
        "html": newsletter_html("Karrierebrief Alpin – März 2026", "Liebe Leserinnen und Leser,\n\ndiesmal geht es um zwei Momente, die jede Jobsuche prägen: die Einladung und die Absage.", [
            ("Nach der Absage ist vor der Zusage", "Warum Sie nach einer Ablehnung um Feedback bitten sollten.", "https://karrierebrief.example.at/artikel/absage-feedback"),
            ("Die sieben häufigsten Fragen im Interview", "Antworten für Quereinsteigerinnen, die überzeugen.", "https://karrierebrief.example.at/artikel/interviewfragen"),
            ("Gehaltsverhandlung im Tourismus", "Was die Kollektivverträge vorgeben und wo Spielraum bleibt.", "https://karrierebrief.example.at/artikel/gehalt-tourismus"),
        ], '<a href="https://karrierebrief.example.at/newsletter/abmelden">Newsletter abbestellen</a>', color="#7b241c"),
        "cte": "b64",
        "hdr": list_headers("Karrierebrief Alpin <karrierebrief.newsletter.example.at>",
                         "<https://karrierebrief.example.at/newsletter/abmelden?id=31f>"),
    },
    {
        "slug": "netzwerk_alpin_profilaufrufe", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Netzwerk Alpin", "benachrichtigungen@netzwerk-alpin.example.com"),
        "subject": "Henrike, Ihr Profil wurde diese Woche 14-mal aufgerufen",
        "date": "2026-02-09 08:12 +0100",
        "text": """Hallo Henrike,

Ihr Profil wurde in den letzten 7 Tagen 14-mal aufgerufen – 9 Aufrufe mehr als in der Vorwoche.

Wer hat sich Ihr Profil angesehen?
- Eine Recruiterin von Gamsberg Bergbahnen
- Ein Mitglied aus der Branche Hotellerie, Salzburg
- 12 weitere Mitglieder

3 neue Positionen, die zu Ihnen passen:
- Marketing Coordinator, Ferienland Zahmer Kaiser
- Content Managerin, Tourismusverband im Tiroler Oberland
- Social Media Specialist, Outdoor-Marke in München

Alle Aufrufe ansehen: https://netzwerk-alpin.example.com/me/profile-views

Benachrichtigungseinstellungen ändern: https://netzwerk-alpin.example.com/settings""",
        "html": ats_card("Netzwerk Alpin", "#0a66c2", paras("""Hallo Henrike,

Ihr Profil wurde in den letzten 7 Tagen 14-mal aufgerufen – 9 Aufrufe mehr als in der Vorwoche.

Wer hat sich Ihr Profil angesehen?
- Eine Recruiterin von Gamsberg Bergbahnen
- Ein Mitglied aus der Branche Hotellerie, Salzburg
- 12 weitere Mitglieder

3 neue Positionen, die zu Ihnen passen:
- Marketing Coordinator, Ferienland Zahmer Kaiser
- Content Managerin, Tourismusverband im Tiroler Oberland
- Social Media Specialist, Outdoor-Marke in München"""), '<a href="https://netzwerk-alpin.example.com/settings">Benachrichtigungseinstellungen ändern</a>'),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://netzwerk-alpin.example.com/unsub?t=pv>")],
    },
    {
        "slug": "headhunter_kaltakquise_ohne_termin", "kind": "other", "lang": "de", "company": "",
        "contact": "r.gstrein@gipfeltalent.example.at",
        "frm": ("Raphael Gstrein", "r.gstrein@gipfeltalent.example.at"),
        "subject": "Ihr Profil – vertrauliche Anfrage",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-06-03 14:27 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

ich bin über Ihr Profil auf Netzwerk Alpin auf Sie aufmerksam geworden. Ihre Kombination aus langjähriger Praxis als Skilehrerin und Ihrem Weg ins Tourismusmarketing ist ungewöhnlich – und genau solche Lebensläufe suchen unsere Kunden aus der Bergbahn- und Hotelbranche immer wieder.

Aktuell habe ich keine konkrete Position für Sie, würde Sie aber gerne in unser Netzwerk aufnehmen. Wenn Sie offen für einen Austausch sind, freue ich mich über eine kurze Nachricht.

Beste Grüße
Raphael Gstrein
Partner
Gipfeltalent Executive Search
Innrain 25, 6020 Innsbruck
+43 512 20 48 71""",
        "cte": "qp",
    },
    {
        "slug": "bank_beratungstermin_depotposition", "kind": "other", "lang": "de", "company": "",
        "contact": "andrea.kirchmair@bergbank-tirol.example.at",
        "frm": ("Andrea Kirchmair", "andrea.kirchmair@bergbank-tirol.example.at"),
        "subject": "Ihr Beratungstermin am 14. April – Ihre Depotpositionen",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-04-07 11:50 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

ich bestätige Ihnen gerne unseren Beratungstermin am Dienstag, 14. April 2026, um 16:00 Uhr in unserer Filiale Innsbruck-Hötting.

Wie besprochen sehen wir uns gemeinsam Ihre aktuellen Depotpositionen an - vor allem die Position im Nachhaltigkeitsfonds, die sich zuletzt leider schwächer entwickelt hat. Außerdem können wir über Ihre Pensionsvorsorge sprechen, da Sie ab Mai eine Anstellung mit fixem Gehalt haben.

Bitte bringen Sie einen Lichtbildausweis mit.

Freundliche Grüße
Andrea Kirchmair
Privatkundenbetreuerin
Bergbank Tirol, Filiale Hötting
Höttinger Gasse 2, 6020 Innsbruck
Tel. +43 512 50 70-214""",
        "cs": "iso-8859-1", "cte": "qp",
    },
    {
        "slug": "hausverwaltung_besichtigung_uebergabe", "kind": "other", "lang": "de", "company": "",
        "contact": "office@hv-pircher.example.at",
        "frm": ("Hausverwaltung Pircher", "office@hv-pircher.example.at"),
        "subject": "Wohnungsübergabe / Besichtigungstermin Nachmieter",
        "subj_enc": ("iso-8859-1", "Q", "mixed"),
        "date": "2026-04-20 10:05 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

da Sie Ihre Wohnung in der Höttinger Gasse 14/3 per 31. Mai gekündigt haben, möchten wir Sie um einen Besichtigungstermin für mögliche Nachmieter bitten. Vorgeschlagen wäre Donnerstag, 30. April, zwischen 17 und 18 Uhr.

Leider müssen wir Ihnen außerdem mitteilen, dass die Kaution erst nach der Endabrechnung der Betriebskosten überwiesen werden kann.

Die Wohnungsübergabe mit Protokoll machen wir dann am 29. Mai um 10 Uhr. Bitte geben Sie uns Bescheid, ob die Termine für Sie in Ordnung gehen.

Mit freundlichen Grüßen
Elmar Pircher
Hausverwaltung Pircher
Leopoldstraße 31, 6020 Innsbruck""",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "slug": "ordination_terminbestaetigung_sportmedizin", "kind": "other", "lang": "de", "company": "",
        "contact": "ordination@dr-lechner.example.at",
        "frm": ("Ordination Dr. Lechner", "ordination@dr-lechner.example.at"),
        "subject": "Terminbestätigung: Sportmedizinische Untersuchung",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-01-29 15:20 +0100",
        "text": """Sehr geehrte Frau Adjei-Sommer,

wir bestätigen Ihren Termin zur sportmedizinischen Untersuchung (Leistungsdiagnostik für die Skilehrer-Fortbildung):

Montag, 9. Februar 2026, 7:45 Uhr
Ordination Dr. Martina Lechner, Fachärztin für Innere Medizin und Sportmedizin
Museumstraße 10, 6020 Innsbruck

Bitte kommen Sie nüchtern und bringen Sie Sportkleidung sowie Ihre e-card mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab – telefonisch unter 0512 58 44 90 oder per Antwort auf diese Mail.

Mit freundlichen Grüßen
Ihr Ordinationsteam""",
        "cs": "windows-1252", "cte": "qp",
    },
    {
        "slug": "alpenpaket_sendung_verspaetet", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Alpenpaket Sendungsverfolgung", "noreply@alpenpaket.example.at"),
        "subject": "Ihre Sendung 3S7ALP99812 verspätet sich leider",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-05-27 17:45 +0200",
        "text": """Hallo Henrike Adjei-Sommer,

leider verzögert sich die Zustellung Ihrer Sendung 3S7ALP99812 von Bergsport Online-Versand. Aufgrund einer Straßensperre am Felbertauern konnte die Sendung heute nicht wie geplant zugestellt werden.

Neuer voraussichtlicher Zustelltermin: Freitag, 29. Mai 2026, zwischen 9:00 und 13:00 Uhr.

Sie möchten die Sendung lieber in einer Abholstation abholen? Ändern Sie die Zustellung hier:
https://alpenpaket.example.at/sendung/3S7ALP99812

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Alpenpaket-Team""",
        "html": ats_card("Alpenpaket", "#f39c12", paras("""Hallo Henrike Adjei-Sommer,

leider verzögert sich die Zustellung Ihrer Sendung 3S7ALP99812 von Bergsport Online-Versand. Aufgrund einer Straßensperre am Felbertauern konnte die Sendung heute nicht wie geplant zugestellt werden.

Neuer voraussichtlicher Zustelltermin: Freitag, 29. Mai 2026, zwischen 9:00 und 13:00 Uhr.

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Alpenpaket-Team"""), '<a href="https://alpenpaket.example.at/sendung/3S7ALP99812">Zustellung ändern</a> · Diese E-Mail wurde automatisch versendet.'),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
    },
    {
        "slug": "gipfelbuch_livetrack_position", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Gipfelbuch LiveTrack", "livetrack@gipfelbuch.example.com"),
        "subject": "Kathi Ortner teilt ihre Position mit dir",
        "date": "2026-07-12 10:49 +0200",
        "text": """Hallo Henrike,

Kathi Ortner hat dich als Notfallkontakt für ihre heutige Tour hinzugefügt und teilt ihre Live-Position mit dir.

Tour: Innsbrucker Klettersteig (Nordkette)
Start: 07:12 Uhr, Hafelekar
Aktuelle Position: 47.3122° N, 11.3865° E – Seegrube, 1.905 m
Zuletzt aktualisiert: 10:48 Uhr

Live verfolgen: https://gipfelbuch.example.com/live/ko-20260712

Du bekommst eine weitere Nachricht, wenn Kathi die Tour beendet oder sich länger als 60 Minuten nicht bewegt.

Gipfelbuch – sicher unterwegs in den Bergen""",
        "html": ats_card("Gipfelbuch LiveTrack", "#16a085", paras("""Hallo Henrike,

Kathi Ortner hat dich als Notfallkontakt für ihre heutige Tour hinzugefügt und teilt ihre Live-Position mit dir.

Tour: Innsbrucker Klettersteig (Nordkette)
Start: 07:12 Uhr, Hafelekar
Aktuelle Position: 47.3122° N, 11.3865° E – Seegrube, 1.905 m
Zuletzt aktualisiert: 10:48 Uhr"""), '<a href="https://gipfelbuch.example.com/live/ko-20260712">Live verfolgen</a>'),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated")],
    },
    {
        "slug": "freundin_erzaehlt_eigene_absage", "kind": "other", "lang": "de", "company": "",
        "contact": "kathi.ortner@mailbox.example.at",
        "frm": ("Kathi Ortner", "kathi.ortner@mailbox.example.at"),
        "subject": "Na servus… Absage von der Bergbahn",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-02-13 21:33 +0100",
        "text": """Hey Heni,

kurzes Update von mir: Ich hab heute die Absage von der Seilbahn-Firma in Fieberbrunn bekommen. Nach drei Gesprächen! Die haben ernsthaft geschrieben, sie hätten sich „für eine Kandidatin mit mehr Erfahrung im Vertrieb" entschieden. Ich bin echt geknickt.

Wie läuft's bei dir mit Kitzbühel? Hast du schon was vom zweiten Gespräch gehört? Drück dir jedenfalls die Daumen!

Lass uns am Wochenende auf ein Bier gehen, ich brauch Aufmunterung.

Bussi, Kathi""",
        "cte": "8bit",
    },
    {
        "slug": "abwesenheitsnotiz_gamsberg_recruiting", "kind": "other", "lang": "de", "company": "",
        "contact": "magdalena.hechenberger@gamsberg-bahnen.example.at",
        "frm": ("Magdalena Hechenberger", "magdalena.hechenberger@gamsberg-bahnen.example.at"),
        "subject": "Automatische Antwort: Danke für das Gespräch in Kitzbühel",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-02-11 08:02 +0100",
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Montag, 16. Februar, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personalangelegenheiten – etwa zu laufenden Bewerbungen oder Vorstellungsgesprächen – wenden Sie sich bitte an meine Kollegin Sandra Krimbacher, sandra.krimbacher@gamsberg-bahnen.example.at, Tel. +43 5356 64 21-331.

Beste Grüße
Magdalena Hechenberger""",
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    {
        "slug": "fh_lehrgang_kein_studienplatz", "kind": "other", "lang": "de", "company": "",
        "contact": "studienservice@fh-inntal.example.at",
        "frm": ("Fachhochschule Inntal – Studienservice", "studienservice@fh-inntal.example.at"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Ihre Bewerbung für den Lehrgang Digitales Tourismusmarketing",
        "date": "2026-06-26 13:00 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Hochschullehrgang „Digitales Tourismusmarketing" (Start Oktober 2026).

Nach Abschluss des Aufnahmeverfahrens müssen wir Ihnen leider mitteilen, dass wir Ihnen keinen Studienplatz anbieten können. Für die 30 Plätze sind in diesem Jahr über 140 Bewerbungen eingelangt; ausschlaggebend waren die Punkte aus dem Aufnahmegespräch und die einschlägige Berufserfahrung im Marketing.

Sie sind herzlich eingeladen, sich für den nächsten Jahrgang erneut zu bewerben. Die Bewerbungsfrist endet am 15. Mai 2027.

Mit freundlichen Grüßen
Studienservice
Fachhochschule Inntal""",
        "html": plain_html(paras("""Sehr geehrte Frau Adjei-Sommer,

vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Hochschullehrgang „Digitales Tourismusmarketing" (Start Oktober 2026).

Nach Abschluss des Aufnahmeverfahrens müssen wir Ihnen leider mitteilen, dass wir Ihnen keinen Studienplatz anbieten können. Für die 30 Plätze sind in diesem Jahr über 140 Bewerbungen eingelangt; ausschlaggebend waren die Punkte aus dem Aufnahmegespräch und die einschlägige Berufserfahrung im Marketing.

Sie sind herzlich eingeladen, sich für den nächsten Jahrgang erneut zu bewerben. Die Bewerbungsfrist endet am 15. Mai 2027.

Mit freundlichen Grüßen
Studienservice
Fachhochschule Inntal""")),
        "cte": "qp",
    },
    {
        "slug": "podcast_bergauf_interviewanfrage", "kind": "other", "lang": "de", "company": "",
        "contact": "jakob@bergauf-podcast.example.at",
        "frm": ("Jakob Tschurtschenthaler", "jakob@bergauf-podcast.example.at"),
        "subject": "Podcast-Interview: Vom Skilehrer-Job ins Marketing?",
        "date": "2026-08-18 20:14 +0200",
        "text": """Hallo Henrike,

ich mache den Podcast „Bergauf – Karrieren in den Alpen" (wir sind gerade bei Folge 64). Kathi Ortner hat mir erzählt, dass du gerade vom Skiunterricht ins Tourismusmarketing wechselst – genau so eine Geschichte suchen wir für unsere Herbstfolgen!

Hättest du Lust auf ein Interview? Wir würden ca. 45 Minuten aufnehmen, entweder bei mir im Studio in Wilten oder per Zoom. Zeitlich bin ich flexibel, irgendwann im September.

Kein Stress, sag einfach Bescheid, ob's dich interessiert.

Servus
Jakob""",
        "cte": "8bit",
    },
    {
        "slug": "zeitung_interview_saisonende", "kind": "other", "lang": "de", "company": "",
        "contact": "e.gruber@bergbote.example.at",
        "frm": ("Eva Gruber", "e.gruber@bergbote.example.at"),
        "subject": "Anfrage: Interview zur Skilehrer-Saison 2025/26",
        "date": "2026-03-26 09:37 +0100",
        "text": """Liebe Frau Adjei-Sommer,

für unsere Wochenendausgabe bereiten wir eine Reportage über das Ende der Wintersaison vor: Wie geht es Skilehrerinnen und Skilehrern, wenn die Lifte stillstehen? Ihr Name wurde uns von der Skischule Sonnenhang genannt.

Wären Sie zu einem kurzen Interview bereit? Es würde etwa 30 Minuten dauern, gerne telefonisch – wir würden Sie dafür am Donnerstag oder Freitag anrufen. Ein Foto vom letzten Skitag wäre das i-Tüpfelchen.

Herzliche Grüße
Eva Gruber
Redakteurin Lokales
Tiroler Bergbote
Salurner Straße 3, 6020 Innsbruck
+43 512 53 54-418""",
        "cte": "qp",
    },
    {
        "slug": "trailbuddy_nutzerinterview_gutschein", "kind": "other", "lang": "de", "company": "",
        "contact": "research@trailbuddy.example.de",
        "frm": ("Sophie von Trailbuddy", "research@trailbuddy.example.de"),
        "subject": "Einladung: 30-Minuten-Interview zu deiner Ski-App-Nutzung (30 € Gutschein)",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-05-19 10:00 +0200",
        "text": """Hi Henrike,

du nutzt Trailbuddy seit über zwei Jahren – danke dafür! Wir arbeiten gerade an neuen Funktionen für Skilehrer:innen und Guides und würden gerne von dir lernen.

Hättest du Lust auf ein 30-minütiges Video-Interview mit unserem UX-Research-Team? Als Dankeschön bekommst du einen 30-€-Gutschein für den Bergsport-Shop deiner Wahl.

Such dir hier einen Termin aus: https://trailbuddy.example.de/research/slots?u=hk221

Es gibt keine richtigen oder falschen Antworten – uns interessiert einfach, wie du die App im Alltag nutzt.

Danke und viele Grüße
Sophie vom Trailbuddy-Research-Team""",
        "html": plain_html(paras("""Hi Henrike,

du nutzt Trailbuddy seit über zwei Jahren – danke dafür! Wir arbeiten gerade an neuen Funktionen für Skilehrer:innen und Guides und würden gerne von dir lernen.

Hättest du Lust auf ein 30-minütiges Video-Interview mit unserem UX-Research-Team? Als Dankeschön bekommst du einen 30-€-Gutschein für den Bergsport-Shop deiner Wahl.

Such dir hier einen Termin aus: https://trailbuddy.example.de/research/slots?u=hk221

Danke und viele Grüße
Sophie vom Trailbuddy-Research-Team""")),
        "cte": "qp",
    },
    {
        "slug": "skischule_einteilung_kursabsage", "kind": "other", "lang": "de", "company": "",
        "contact": "buero@skischule-sonnenhang.example.at",
        "frm": ("Skischule Sonnenhang – Büro", "buero@skischule-sonnenhang.example.at"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Einteilung KW 3 + Absage Privatstunde Dienstag",
        "date": "2026-01-10 17:05 +0100",
        "text": """Hallo Henrike,

hier deine Einteilung für nächste Woche:

Mo–Mi: Kinderkurs Gruppe 3 (Zwergerl), Treffpunkt 9:45 beim Zauberteppich
Do–Fr: Privatstunden, Details folgen
Sa: Schnuppertag Freeride mit Georg

Die Privatstunde am Dienstagnachmittag (Familie de Vries) ist leider abgesagt – die Kleine hat Fieber. Du kannst stattdessen um 14 Uhr beim Kinderkurs aushelfen.

Und noch was: Die Position als Gruppenleiterin für den Februar ist noch offen. Falls du Interesse hast, sag mir bis Freitag Bescheid.

Liebe Grüße
Resi
Skischule Sonnenhang Axams""",
        "cte": "8bit",
    },
    {
        "slug": "sprachinstitut_einstufungsgespraech", "kind": "other", "lang": "de", "company": "",
        "contact": "kurse@sprachinstitut-alpina.example.at",
        "frm": ("Sprachinstitut Alpina", "kurse@sprachinstitut-alpina.example.at"),
        "subject": "Einstufungsgespräch Spanisch B2 – Terminbestätigung",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-08-28 12:30 +0200",
        "text": """Liebe Frau Adjei-Sommer,

danke für Ihre Anmeldung zum Abendkurs Spanisch B2 (Beginn 5. Oktober). Vor Kursstart führen wir mit allen neuen Teilnehmenden ein kurzes Einstufungsgespräch, damit Sie in der passenden Gruppe landen.

Ihr Termin: Mittwoch, 9. September, 18:15 Uhr, Raum 2, bei Carmen Ruiz. Das Gespräch dauert ca. 15 Minuten und wird auf Spanisch geführt.

Sollten Sie verhindert sein, melden Sie sich bitte rechtzeitig.

Saludos und bis bald
Ihr Team vom Sprachinstitut Alpina""",
        "cte": "qp",
    },
    {
        "slug": "eigene_weiterleitung_vertragsangebot_mentor", "kind": "other", "lang": "de", "company": "",
        "contact": "",
        "frm": ME, "to": [("Georg Haller", "georg.haller@mailbox.example.at")],
        "subject": "WG: Ihr Vertragsangebot – Marketing Manager:in Winter & Sommer",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-18 20:05 +0100",
        "text": """Hallo Georg,

schau mal, was heute gekommen ist!! Kannst du bitte kurz drüberschauen, bevor ich zusage? Vor allem: Ist das Gehalt für Kitzbühel okay, oder sollte ich noch verhandeln? Du kennst dich mit dem KV besser aus als ich.

Danke dir – das erste Bier in Kitzbühel geht auf mich.
Heni

""" + forward_block("de", "Magdalena Hechenberger <magdalena.hechenberger@gamsberg-bahnen.example.at>",
                    "Mi., 18. Feb. 2026 um 15:36", "Ihr Vertragsangebot – Marketing Manager:in Winter & Sommer",
                    "Henrike Adjei-Sommer <henrike.as@example.at>") + "\n\n" + GAMS_OFFER,
        "cte": "qp",
        "pdf": [GAMS_OFFER_PDF],
    },
    {
        "slug": "netzwerk_tourismusberufe_news", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Netzwerk Tourismusberufe Tirol", "news@tourismusberufe.example.at"),
        "subject": "Netzwerk-News April: Jobbörse, offene Positionen & Interview-Tipps",
        "date": "2026-04-02 08:00 +0200",
        "text": """Netzwerk-News April 2026

Liebe Mitglieder,

""" + "\n\n".join(f"{h}\n{b}\n{u}" for h, b, u in NETZWERK_NEWS_ITEMS) + """

Viele Grüße aus dem Netzwerkbüro

Abmelden: https://tourismusberufe.example.at/newsletter/abmelden""",
        "html": newsletter_html("Netzwerk-News April 2026", "Liebe Mitglieder,", NETZWERK_NEWS_ITEMS,
                             '<a href="https://tourismusberufe.example.at/newsletter/abmelden">Abmelden</a>',
                             color="#1e8449"),
        "cte": "qp",
        "hdr": list_headers("Netzwerk-News <news.tourismusberufe.example.at>",
                         "<https://tourismusberufe.example.at/newsletter/abmelden?m=ahs>"),
    },
    {
        "slug": "jobmesse_anmeldung_ticket", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Tourismus-Jobmesse Salzburg", "noreply@jobmesse-tourismus.example.at"),
        "subject": "Ihre Anmeldung zur Tourismus-Jobmesse am 22. Mai",
        "date": "2026-05-05 19:44 +0200",
        "text": """Guten Tag Henrike Adjei-Sommer,

Ihre Anmeldung zur Tourismus-Jobmesse Salzburg ist bestätigt!

Freitag, 22. Mai 2026, 10–17 Uhr
Messezentrum Salzburg, Halle 3
Ihr Ticket-Code: TJS-26-04417 (bitte am Eingang vorzeigen)

Tipp: Über 60 Aussteller aus Hotellerie, Bergbahnen und Destinationen sind vor Ort, viele führen direkt am Stand Kurzinterviews. Laden Sie Ihren Lebenslauf im Besucherportal hoch, damit Aussteller Sie schon vorab kontaktieren können.

Wir freuen uns auf Ihren Besuch!
Ihr Messeteam""",
        "html": ats_card("Tourismus-Jobmesse Salzburg", "#8e44ad", paras("""Guten Tag Henrike Adjei-Sommer,

Ihre Anmeldung zur Tourismus-Jobmesse Salzburg ist bestätigt!

Freitag, 22. Mai 2026, 10–17 Uhr
Messezentrum Salzburg, Halle 3
Ihr Ticket-Code: TJS-26-04417 (bitte am Eingang vorzeigen)

Tipp: Über 60 Aussteller aus Hotellerie, Bergbahnen und Destinationen sind vor Ort, viele führen direkt am Stand Kurzinterviews.

Wir freuen uns auf Ihren Besuch!
Ihr Messeteam"""), "Diese E-Mail wurde automatisch erstellt."),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated")],
    },
    {
        "slug": "netzwerk_alpin_neue_nachricht", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Netzwerk Alpin", "nachrichten@netzwerk-alpin.example.com"),
        "subject": "Neue Nachricht von Dominik Rainer",
        "date": "2026-02-25 13:16 +0100",
        "text": """Hallo Henrike,

Sie haben eine neue Nachricht von Dominik Rainer (Talent Sourcer bei Isarpeak Outdoor):

„Hallo Frau Adjei-Sommer, ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang spannend. Wir bauen gerade unser Brand-Team in München aus – vielleicht ist bei unseren offenen Positionen etwas für Sie dabei? Schauen Sie gerne auf unserer Karriereseite vorbei…"

Antworten: https://netzwerk-alpin.example.com/messaging/thread/55e1

Sie erhalten diese Benachrichtigung, weil Sie Nachrichten von Recruitern erlauben.
Einstellungen: https://netzwerk-alpin.example.com/settings/messaging""",
        "cte": "8bit",
        "hdr": [("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://netzwerk-alpin.example.com/unsub?t=msg>")],
    },
    {
        "slug": "stammtisch_liste_assessment_erfahrungen", "kind": "other", "lang": "de", "company": "",
        "contact": "veronika.pranger@kommunikation-pranger.example.at",
        "frm": ("Veronika Pranger", "veronika.pranger@kommunikation-pranger.example.at"),
        "reply_to": ("Stammtisch Alpenmarketing", "stammtisch@lists.alpenmarketing.example.at"),
        "to": [("Stammtisch Alpenmarketing", "stammtisch@lists.alpenmarketing.example.at")],
        "subject": "[Stammtisch] Erfahrungen mit Assessment Centern bei Bergbahnen?",
        "date": "2026-06-16 21:08 +0200",
        "text": """Servus miteinander,

eine Frage in die Runde: Wer von euch war schon bei einem Assessment Center einer Bergbahn oder eines Tourismusverbands? Eine Bekannte ist nächste Woche eingeladen und fragt, wie viel Vorbereitung für die Fallstudie sinnvoll ist.

Und gleich noch was: Ich habe in letzter Zeit mehrere Absagen ohne jedes Feedback bekommen, teils nach zwei Gesprächen. Ist das bei euch auch so, oder habe ich einfach Pech?

Danke & liebe Grüße
Veronika

--
Veronika Pranger · Kommunikation Pranger · Salzburg

_______________________________________________
Stammtisch Alpenmarketing
stammtisch@lists.alpenmarketing.example.at
https://lists.alpenmarketing.example.at/listinfo/stammtisch""",
        "cte": "qp",
        "hdr": [("List-Id", "Stammtisch Alpenmarketing <stammtisch.lists.alpenmarketing.example.at>"),
             ("List-Post", "<mailto:stammtisch@lists.alpenmarketing.example.at>"),
             ("List-Unsubscribe", "<https://lists.alpenmarketing.example.at/options/stammtisch>, <mailto:stammtisch-request@lists.alpenmarketing.example.at?subject=unsubscribe>"),
             ("List-Archive", "<https://lists.alpenmarketing.example.at/archive/stammtisch/>"),
             ("Precedence", "list")],
    },
    {
        "slug": "eigene_nachfrage_achenkamm", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ME, "to": [("Thomas Wechselberger", "t.wechselberger@achenkamm.example.at")],
        "subject": "Re: Bewerbung Marketing & Kommunikation – Henrike Adjei-Sommer",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-09-15 08:30 +0200",
        "text": AK_STATUS + "\n\n" + wrote("de", "Di., 11. Aug. 2026 um 07:58", "Thomas Wechselberger",
                                       "t.wechselberger@achenkamm.example.at") + "\n" + quote(AK_ACK),
        "cte": "8bit",
        "mid": "ak_status", "irt": "ak_ack",
    },
    {
        "slug": "ticketservice_veranstaltung_abgesagt", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Ticketservice Stadtsäle Kitzbühel", "noreply@ticketing.stadtsaele-kitz.example.at"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Absage der Veranstaltung „Bergfilmnacht\" am 6. März",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-03-02 16:30 +0100",
        "text": """Liebe Besucherin, lieber Besucher,

leider müssen wir Ihnen mitteilen, dass die Bergfilmnacht am Freitag, 6. März 2026, wegen Erkrankung des Referenten abgesagt werden muss. Ein Ersatztermin steht derzeit noch nicht fest.

Ihre Tickets (Bestellung Nr. 40918, 2 × Kategorie B) werden automatisch storniert. Der Kaufpreis von € 38,00 wird innerhalb von 14 Tagen auf Ihr Zahlungsmittel rückerstattet.

Wir bedauern die Unannehmlichkeiten und hoffen, Sie bald bei einer anderen Veranstaltung begrüßen zu dürfen.

Ihr Ticketservice der Stadtsäle Kitzbühel""",
        "html": plain_html(paras("""Liebe Besucherin, lieber Besucher,

leider müssen wir Ihnen mitteilen, dass die Bergfilmnacht am Freitag, 6. März 2026, wegen Erkrankung des Referenten abgesagt werden muss. Ein Ersatztermin steht derzeit noch nicht fest.

Ihre Tickets (Bestellung Nr. 40918, 2 × Kategorie B) werden automatisch storniert. Der Kaufpreis von € 38,00 wird innerhalb von 14 Tagen auf Ihr Zahlungsmittel rückerstattet.

Ihr Ticketservice der Stadtsäle Kitzbühel""")),
        "cs": "windows-1252", "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
    },
    # ------------------------------------------------------------------ English
    {
        "slug": "own_thank_you_brightpeak", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ME, "to": [("Ollie Grant", "ollie@brightpeak.example.co.uk")],
        "subject": "Thanks for the chat today",
        "date": "2026-05-08 14:10 +0200",
        "text": BM_THANKS,
        "mid": "bm_thanks", "irt": "bm_push",
    },
    {
        "slug": "own_application_ridgeway_cv", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ME, "to": [("Ridgeway Adventure Travel Careers", "careers@ridgewayadventure.example.co.uk")],
        "subject": "Application: Marketing Coordinator (ref. RAT-MC-07)",
        "date": "2026-07-28 22:01 +0200",
        "text": """Dear Ridgeway team,

Please find attached my CV in application for the Marketing Coordinator role (ref. RAT-MC-07).

For the past seven winters I have worked as a state-certified ski instructor in Tyrol, teaching guests from the UK, the Netherlands and across Europe. Since 2023 I have also run the website, newsletter and social channels of my ski school, growing our Instagram audience from 2,000 to 11,000 followers.

I would love to bring that first-hand knowledge of what adventure travellers want to Ridgeway, and I would welcome the opportunity to discuss my application at interview.

Kind regards,

""" + ME_SIG_EN,
        "pdf": [CV_PDF_EN],
        "mid": "rw_app",
    },
    {
        "slug": "own_apology_missed_call_summitsea", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ME, "to": [("Lucy Barnes", "lucy.barnes@summitsea.example.co.uk")],
        "subject": "Sorry about this morning's call",
        "date": "2026-03-13 12:40 +0100",
        "text": """Hi Lucy,

I'm so sorry about this morning. I completely mixed up the time zones and was still out on the slope with a group when you rang – entirely my mistake.

I'm still very keen on the role. Would it be possible to reschedule? I'm free any afternoon this week and next after 14:00 UK time, and on Thursday all day.

Apologies again,
Henrike

""" + wrote("en", "Fri, 13 Mar 2026 at 10:21", "Lucy Barnes", "lucy.barnes@summitsea.example.co.uk")
        + "\n" + quote(SS_MISSED),
        "cte": "qp",
        "mid": "ss_sorry", "irt": "ss_missed",
    },
    {
        "slug": "alpine_careers_weekly_digest", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Alpine Careers Weekly", "alerts@alpinecareers.example.com"),
        "subject": "15 new jobs for Marketing Manager in London and remote",
        "date": "2026-02-02 07:15 +0000",
        "text": ALPINE_CAREERS_TEXT,
        "html": newsletter_html("15 new jobs for you", "Hi Henrike, here are this week's top matches.",
                             [*ALPINE_CAREERS_ITEMS, ("Why \"no\" isn't the end", "Three readers on the rejection that led to their best job.", "https://alpinecareers.example.com/blog/why-no-isnt-the-end")],
                             '<a href="https://alpinecareers.example.com/unsubscribe?u=77a1">Unsubscribe</a>',
                             lang="en", color="#154360"),
        "cte": "qp",
        "hdr": list_headers("Alpine Careers Weekly <weekly.alpinecareers.example.com>",
                         "<https://alpinecareers.example.com/unsubscribe?u=77a1>"),
    },
    {
        "slug": "the_switch_rejected_after_final_round", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("The Switch", "hello@theswitch.example.com"),
        "subject": "Rejected after the final round? Read this first",
        "date": "2026-04-12 08:00 +0100",
        "text": THE_SWITCH_TEXT,
        "html": newsletter_html("The Switch #48", "Rejected after the final round? Read this first.", [
            ("It is rarely about one answer", "Final-round decisions are usually about fit with the existing team.", "https://theswitch.example.com/48#1"),
            ("Ask for feedback within 48 hours", "Keep the request short and specific.", "https://theswitch.example.com/48#2"),
            ("Keep the relationship warm", "A third of readers were later invited to interview for another position.", "https://theswitch.example.com/48#3"),
        ], '<a href="https://theswitch.example.com/unsubscribe">Unsubscribe</a>', lang="en"),
        "cte": "b64",
        "hdr": list_headers("The Switch <theswitch.example.com>", "<https://theswitch.example.com/unsubscribe>"),
    },
    {
        "slug": "slopes_and_slides_podcast_request", "kind": "other", "lang": "en", "company": "",
        "contact": "ellie@slopesandslides.example.co.uk",
        "frm": ("Ellie Marsh", "ellie@slopesandslides.example.co.uk"),
        "subject": "Podcast interview request – Slopes & Slides",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-09-09 17:22 +0100",
        "text": """Hi Henrike,

I host Slopes & Slides, a podcast about people who turn their love of the mountains into a career (we've had guides, avalanche forecasters and a chalet chef turned CEO).

A listener pointed me to your post about leaving ski teaching for marketing, and I'd love to interview you for an episode this autumn. It's relaxed – about 40 minutes over Zoom, and I'll send the questions in advance.

Would you be up for it? If so, just reply with a couple of dates in October that suit you.

Thanks,
Ellie Marsh
Host & producer, Slopes & Slides""",
        "cte": "qp",
    },
    {
        "slug": "peakpal_user_research_interview", "kind": "other", "lang": "en", "company": "",
        "contact": "research@peakpal.example.com",
        "frm": ("Maya from Peakpal", "research@peakpal.example.com"),
        "subject": "Would you join a 45-min research interview? (£40 thank-you)",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-07-02 11:00 +0100",
        "text": """Hi Henrike,

You've been using Peakpal to plan your ski tours for a while now, and we'd love to hear how it's working for you.

We're running a round of research interviews in July: 45 minutes on a video call with someone from our product team, talking through how you plan a day in the mountains. As a thank-you, you'll get a £40 gift card.

Pick a time here: https://peakpal.example.com/research/book?c=ahs

Thanks for helping us build a better app!
Maya
User Research, Peakpal""",
        "html": plain_html(paras("""Hi Henrike,

You've been using Peakpal to plan your ski tours for a while now, and we'd love to hear how it's working for you.

We're running a round of research interviews in July: 45 minutes on a video call with someone from our product team, talking through how you plan a day in the mountains. As a thank-you, you'll get a £40 gift card.

Pick a time here: https://peakpal.example.com/research/book?c=ahs

Thanks for helping us build a better app!
Maya
User Research, Peakpal"""), lang="en"),
        "cte": "qp",
    },
    {
        "slug": "parcelnorth_unfortunately_delayed", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("ParcelNorth", "no-reply@parcelnorth.example.co.uk"),
        "subject": "Unfortunately your parcel is delayed",
        "date": "2026-10-06 18:20 +0100",
        "text": """Hi Henrike,

Unfortunately your parcel from Fellside Outdoor (tracking number PN4471920GB) is running late. It missed its connection at our Coventry hub and is now expected to leave the UK tomorrow.

New estimated delivery: Friday 9 October – Monday 12 October

You don't need to do anything. We'll email you again when it's out for delivery.

Track your parcel: https://parcelnorth.example.co.uk/track/PN4471920GB

Sorry for the wait,
ParcelNorth""",
        "html": ats_card("ParcelNorth", "#2e86c1", paras("""Hi Henrike,

Unfortunately your parcel from Fellside Outdoor (tracking number PN4471920GB) is running late. It missed its connection at our Coventry hub and is now expected to leave the UK tomorrow.

New estimated delivery: Friday 9 October – Monday 12 October

You don't need to do anything. We'll email you again when it's out for delivery.

Sorry for the wait,
ParcelNorth"""), '<a href="https://parcelnorth.example.co.uk/track/PN4471920GB">Track your parcel</a>', lang="en"),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
    },
    {
        "slug": "friend_tom_own_rejection", "kind": "other", "lang": "en", "company": "",
        "contact": "tom.wheeler@fastmail.example.com",
        "frm": ("Tom Wheeler", "tom.wheeler@fastmail.example.com"),
        "subject": "well, that's that",
        "date": "2026-04-30 22:47 +0100",
        "text": """H,

Heard back from the guiding company in Chamonix today. They've "decided not to proceed with my application as the position has been filled". Filled! They interviewed me on Monday and said they'd decide by the end of May. Gutted.

How's your London stuff going? Any news from the agency woman?

Pint when you're over? I need cheering up.

T""",
    },
    {
        "slug": "peakline_out_of_office", "kind": "other", "lang": "en", "company": "", "contact": "hannah.okafor@peakline.example.co.uk",
        "frm": ("Hannah Okafor", "hannah.okafor@peakline.example.co.uk"),
        "subject": "Automatic reply: Thank you – panel interview today",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-03-04 18:12 +0000",
        "text": """Thanks for your email.

I'm out of the office until Monday 9 March with limited access to email. For anything urgent relating to current vacancies or interview arrangements, please contact talent@peakline.example.co.uk.

Hannah""",
        "hdr": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    {
        "slug": "crestline_cold_approach", "kind": "other", "lang": "en", "company": "",
        "contact": "james.whitcombe@crestlinesearch.example.co.uk",
        "frm": ("James Whitcombe", "james.whitcombe@crestlinesearch.example.co.uk"),
        "subject": "Your profile – open to a conversation?",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-08-05 09:48 +0100",
        "text": """Hi Henrike,

I lead the travel and leisure practice at Crestline Search. Your profile came up while I was mapping marketing talent with real mountain experience – it's a rarer combination than you might think.

I don't have a specific brief to share right now, but I'd like to stay in touch as several of our clients in ski travel and outdoor retail are planning to grow their teams next year.

If you're open to that, feel free to connect or drop me a line whenever it suits you.

Best regards,
James Whitcombe
Director, Travel & Leisure
Crestline Search
+44 20 7946 0654""",
        "cte": "qp",
    },
    {
        "slug": "lsts_pg_certificate_no_place", "kind": "other", "lang": "en", "company": "",
        "contact": "admissions@lsts.example.ac.uk",
        "frm": ("Admissions – London School of Tourism Studies", "admissions@lsts.example.ac.uk"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Your application to the PG Certificate in Digital Destination Marketing",
        "date": "2026-06-30 16:05 +0100",
        "text": """Dear Henrike,

Thank you for applying to the Postgraduate Certificate in Digital Destination Marketing (part-time, online), starting in September 2026.

We received a very high number of applications this year. After careful consideration by the admissions panel, we regret that we are unable to offer you a place on the programme. This decision was based on the academic entry requirements, specifically the requirement for an undergraduate degree or equivalent professional qualification in a related subject.

You may wish to consider our short course in Tourism Marketing Essentials, which has no formal entry requirements.

Yours sincerely,
Admissions Office
London School of Tourism Studies""",
        "html": plain_html(paras("""Dear Henrike,

Thank you for applying to the Postgraduate Certificate in Digital Destination Marketing (part-time, online), starting in September 2026.

We received a very high number of applications this year. After careful consideration by the admissions panel, we regret that we are unable to offer you a place on the programme. This decision was based on the academic entry requirements, specifically the requirement for an undergraduate degree or equivalent professional qualification in a related subject.

You may wish to consider our short course in Tourism Marketing Essentials, which has no formal entry requirements.

Yours sincerely,
Admissions Office
London School of Tourism Studies"""), lang="en"),
        "cte": "qp",
    },
    {
        "slug": "northgate_bank_appointment_position", "kind": "other", "lang": "en", "company": "",
        "contact": "advisers@northgatebank.example.co.uk",
        "frm": ("Northgate Bank Relationship Team", "advisers@northgatebank.example.co.uk"),
        "subject": "Your video appointment on 22 September & your currency position",
        "date": "2026-09-16 10:30 +0100",
        "text": """Dear Ms Adjei-Sommer,

Thank you for booking a video appointment with one of our international banking advisers. Your appointment is confirmed for Tuesday 22 September at 4:00pm (UK time). The link will be sent 30 minutes beforehand.

As requested, your adviser will review your current euro position and explain the options for opening a sterling account before you move to London, including the documents you'll need to bring.

If you need to rearrange your appointment, please reply to this email or call us on 020 7946 0999.

Kind regards,
International Relationship Team
Northgate Bank""",
        "cte": "7bit",
    },
    {
        "slug": "workvoice_interview_reviews", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Workvoice", "notifications@workvoice.example.com"),
        "subject": "New interview reviews for Snowline Apparel and 2 other companies",
        "date": "2026-08-30 07:45 +0100",
        "text": WORKVOICE_TEXT,
        "html": newsletter_html("New interview reviews", "For the companies you follow:", [
            ("Snowline Apparel – Brand Marketing Manager – Europe", "Assessment day was well organised. Got the offer about a week later.", "https://workvoice.example.com/r/1"),
            ("Peakline Agency – Account Manager", "The role was put on hold afterwards and I never heard back.", "https://workvoice.example.com/r/2"),
            ("Glacier Lane Hotels – Marketing Coordinator", "Automated rejection after three weeks. No interview.", "https://workvoice.example.com/r/3"),
        ], '<a href="https://workvoice.example.com/settings/notifications">Manage notifications</a>', lang="en"),
        "cte": "qp",
        "hdr": list_headers("Workvoice following <following.workvoice.example.com>",
                         "<https://workvoice.example.com/settings/notifications?u=ahs>"),
    },
    # ------------------------------------------------------------------ French
    {
        "slug": "montagne_emploi_alerte_offres", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": ("Montagne Emploi – Alertes", "alertes@montagne-emploi.example.fr"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Vos nouvelles offres : 6 postes marketing en Haute-Savoie",
        "date": "2026-03-23 06:45 +0100",
        "text": MONTAGNE_TEXT,
        "html": newsletter_html("Vos nouvelles offres", "Bonjour Henrike,\n\nVoici les offres publiées cette semaine.",
                             [*MONTAGNE_ITEMS, ("Refus après entretien : comment rebondir ?", "Sur le blog", "https://montagne-emploi.example.fr/blog/refus-apres-entretien")],
                             '<a href="https://montagne-emploi.example.fr/alertes/desabonnement?id=5512">Se désabonner</a>',
                             lang="fr", color="#2471a3"),
        "cte": "qp",
        "hdr": list_headers("Alertes Montagne Emploi <alertes.montagne-emploi.example.fr>",
                         "<https://montagne-emploi.example.fr/alertes/desabonnement?id=5512>"),
    },
    {
        "slug": "propre_reponse_annulation_ot", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": ME, "to": [("Sophie Balmat", "s.balmat@ot-valleeblanche.example.fr")],
        "subject": "Re: Annulation : entretien du jeudi 23 avril",
        "date": "2026-04-21 19:05 +0200",
        "text": OT_OWN + "\n\n" + wrote("fr", "mar. 21 avr. 2026 à 09:12", "Sophie Balmat",
                                     "s.balmat@ot-valleeblanche.example.fr") + "\n" + quote(OT_CANCEL),
        "cte": "qp",
        "mid": "ot_own", "irt": "ot_cancel",
    },
    {
        "slug": "institut_alpin_refus_admission", "kind": "other", "lang": "fr", "company": "",
        "contact": "admissions@iam-annecy.example.fr",
        "frm": ("Institut Alpin de Management", "admissions@iam-annecy.example.fr"),
        "subject": "Décision d'admission – Bachelor Marketing du tourisme (alternance)",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-06-12 14:40 +0200",
        "text": """Madame,

Nous vous remercions de l'intérêt que vous avez porté à notre Bachelor Marketing du tourisme en alternance.

Après examen de votre dossier et à l'issue de l'entretien de motivation du 4 juin, la commission pédagogique n'a malheureusement pas retenu votre candidature pour la rentrée de septembre 2026. Le nombre de places étant limité à 24, le choix a été particulièrement difficile.

Nous vous souhaitons pleine réussite dans la suite de votre projet professionnel.

Le service des admissions
Institut Alpin de Management
Annecy""",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "slug": "reponse_automatique_cimes", "kind": "other", "lang": "fr", "company": "",
        "contact": "j.perrollaz@cimes-recrutement.example.fr",
        "frm": ("Julien Perrollaz", "j.perrollaz@cimes-recrutement.example.fr"),
        "subject": "Réponse automatique : Re: Changement d'horaire",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-06-06 08:00 +0200",
        "text": """Bonjour,

Je suis en déplacement jusqu'au lundi 8 juin inclus, avec un accès limité à ma messagerie.

Pour toute question urgente concernant un entretien ou une candidature en cours, vous pouvez contacter ma collègue Claire Mugnier au 04 50 00 18 92.

Cordialement,
Julien Perrollaz
Cimes Recrutement""",
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    {
        "slug": "amie_lea_refusee", "kind": "other", "lang": "fr", "company": "",
        "contact": "lea.payot@laposte.example.fr",
        "frm": ("Léa Payot", "lea.payot@laposte.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Devine quoi… refusée",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-07-20 22:10 +0200",
        "text": """Coucou Henrike,

Bon, je te raconte : la station de La Clusaz m'a répondu aujourd'hui. Refusée, après deux entretiens et un test écrit. Ils ont « retenu un profil plus expérimenté en gestion de projet ». J'ai pleuré dans ma voiture, puis je suis allée nager au lac, ça va mieux.

Et toi ? Des nouvelles de ton hôtel à Chamonix ? Je croise les doigts pour toi.

On se voit cet été quand tu passes ?

Bises,
Léa""",
        "cte": "8bit",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "slug": "propia_disculpa_coma_blanca", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ME, "to": [("Montse Vidal", "rrhh@comablanca.example.ad")],
        "subject": "Re: Entrevista de hoy a las 16:30",
        "date": "2026-05-26 20:15 +0200",
        "text": CB_OWN + "\n\n" + wrote("es", "mar, 26 may 2026 a las 18:02", "Montse Vidal",
                                     "rrhh@comablanca.example.ad") + "\n" + quote(CB_MISSED),
        "cs": "iso-8859-1", "cte": "qp",
        "mid": "cb_own", "irt": "cb_missed",
    },
    {
        "slug": "pirineoempleo_alerta", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("PirineoEmpleo", "alertas@pirineoempleo.example.ad"),
        "subject": "Nuevas ofertas: marketing turístico en Andorra (5)",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-04-27 07:30 +0200",
        "text": PIRINEO_TEXT,
        "html": newsletter_html("Nuevas ofertas para ti", "Hola, Henrike:\n\nEstas son las ofertas nuevas de tu alerta.",
                             [*PIRINEO_ITEMS, ("¿Te han rechazado? Tres pasos para pedir feedback", "En el blog", "https://pirineoempleo.example.ad/blog/feedback")],
                             '<a href="https://pirineoempleo.example.ad/baja?u=7719">Darte de baja</a>',
                             lang="es", color="#922b21"),
        "cte": "b64",
        "hdr": list_headers("Alertas PirineoEmpleo <alertas.pirineoempleo.example.ad>",
                         "<https://pirineoempleo.example.ad/baja?u=7719>"),
    },
    {
        "slug": "banc_pirinenc_cita_posicion", "kind": "other", "lang": "es", "company": "",
        "contact": "miquel.casals@bancpirinenc.example.ad",
        "frm": ("Miquel Casals", "miquel.casals@bancpirinenc.example.ad"),
        "subject": "Su cita del jueves y la posición de su cuenta",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-09-21 12:05 +0200",
        "text": """Estimada Sra. Adjei-Sommer:

Le confirmo nuestra cita del jueves 24 de septiembre a las 10:00 h en nuestra oficina de Andorra la Vella para la apertura de su cuenta como no residente.

Le adjuntaré después de la reunión un resumen de la posición de su cuenta de ahorro en euros y de las condiciones de la tarjeta. Recuerde traer su pasaporte y un justificante de domicilio en Austria.

Si necesita cambiar la cita, no dude en responder a este correo.

Atentamente,

Miquel Casals
Gestor de Clientes Particulares
Banc Pirinenc
Avinguda Meritxell 42, AD500 Andorra la Vella

AVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.""",
        "cs": "windows-1252", "cte": "qp",
    },
    {
        "slug": "enviapir_envio_retrasado", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("EnvíaPir Seguimiento", "no-reply@enviapir.example.es"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Lamentablemente, su envío llegará con retraso",
        "date": "2026-10-08 19:01 +0200",
        "text": """Hola, Henrike:

Lamentablemente, su envío EP-55120488 no podrá entregarse en la fecha prevista. Debido al cierre temporal del paso fronterizo por obras, la entrega se retrasa entre 24 y 48 horas.

Nueva fecha estimada de entrega: sábado, 10 de octubre de 2026.

Puede consultar el estado de su envío aquí:
https://enviapir.example.es/seguimiento/EP-55120488

Disculpe las molestias.
Equipo EnvíaPir""",
        "html": ats_card("EnvíaPir", "#ca6f1e", paras("""Hola, Henrike:

Lamentablemente, su envío EP-55120488 no podrá entregarse en la fecha prevista. Debido al cierre temporal del paso fronterizo por obras, la entrega se retrasa entre 24 y 48 horas.

Nueva fecha estimada de entrega: sábado, 10 de octubre de 2026.

Disculpe las molestias.
Equipo EnvíaPir"""), '<a href="https://enviapir.example.es/seguimiento/EP-55120488">Consultar el estado</a>', lang="es"),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
    },
    {
        "slug": "respuesta_automatica_valira_alta", "kind": "other", "lang": "es", "company": "",
        "contact": "jordi.puig@valiraalta.example.ad",
        "frm": ("Jordi Puig", "jordi.puig@valiraalta.example.ad"),
        "subject": "Respuesta automática: Candidatura Coordinadora de Marketing",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-08-14 23:31 +0200",
        "text": """Gracias por su mensaje.

Estoy de vacaciones hasta el lunes 31 de agosto, sin acceso al correo. A mi vuelta revisaré todas las candidaturas y mensajes pendientes.

Para asuntos urgentes puede dirigirse a Marta Font (marta.font@valiraalta.example.ad).

Un saludo,
Jordi Puig""",
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    {
        "slug": "diari_valls_entrevista_prensa", "kind": "other", "lang": "es", "company": "",
        "contact": "nuria.pons@diarivalls.example.ad",
        "frm": ("Núria Pons", "nuria.pons@diarivalls.example.ad"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Entrevista para nuestro especial de temporada de esquí",
        "date": "2026-10-13 11:25 +0200",
        "text": """Hola, Henrike:

Soy Núria Pons, periodista del Diari de les Valls. Estamos preparando un especial sobre la próxima temporada de esquí y me han comentado que vas a incorporarte al equipo de marketing de una estación andorrana después de muchos años como profesora de esquí en Austria.

¿Te gustaría concedernos una entrevista? Serían unos 20 minutos por teléfono o en persona, cuando te vaya bien durante las próximas dos semanas. También nos encantaría hacerte un par de fotos.

Gracias de antemano,
Núria Pons
Diari de les Valls""",
        "cs": "iso-8859-1", "cte": "8bit",
    },
]
