# ruff: noqa: C408  (hand-written specs read best as dict(...) calls)
"""Corpus 185, other: 52 hand-written messages (de 25, en 14, fr 6, es 7) that are no job event
for the candidate: digests, articles, look-alike appointments, her own sent mail, auto-replies."""

from __future__ import annotations

from msgs185_common import newsletter_html, newsletter_text, paras, quoted_block, simple_html

ME = ("Ottilie Brandstätter-Nwosu", "ottilie.bn@example.at")

VERENA = ("Verena Pichler", "verena.pichler@schlossberg-software.example.at")
RETO = ("Reto Gubler", "reto.gubler@limmatprivatbank.example.ch")
PETRA = ("Petra Gsellmann", "p.gsellmann@weststeirische-wohnbau.example.at")
MAJA = ("Maja Kovač", "maja.kovac@dragonbridge.example.si")
CLAIRE = ("Claire Wagner", "claire.wagner@banquekirchberg.example.lu")
NOEMIE = ("Noémie Favre", "noemie.favre@clinique-saleve.example.ch")
ITZIAR = ("Itziar Etxeberria", "itziar.etxeberria@gh-nervion.example.es")
CAMILLE = ("Camille Rochat", "camille.rochat@leman-rh.example.ch")


def _list_headers(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": unsubscribe,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


# ---------------------------------------------------------------- digests written out once

JR_TITLE = "Ihr Jobagent: 6 neue Stellen für „HR Onboarding“ in der Steiermark"
JR_INTRO = ("Guten Morgen Ottilie,\n\nseit gestern sind diese Stellen neu dazugekommen. "
            "Außerdem im Magazin: wie Sie auf eine Absage reagieren, ohne Türen zu "
            "schließen, und sieben Fragen, die im Vorstellungsgespräch garantiert kommen.")
JR_ITEMS = [
    ("HR Assistenz Onboarding (w/m/d) – Kastner Bau, Graz",
     "Vollzeit, ab sofort, Einstufung lt. KV Baugewerbe",
     "https://jobradar-stmk.example.at/job/88121?utm_source=agent"),
    ("Personalsachbearbeitung mit Schwerpunkt Eintritte – Reha Zentrum Bad Murhof",
     "Teilzeit 30 h, Dienstort Bad Murhof",
     "https://jobradar-stmk.example.at/job/88140?utm_source=agent"),
    ("Junior People Partner – Fernwärme Graz-Süd",
     "Onboarding und Employer Branding, hybrides Arbeiten",
     "https://jobradar-stmk.example.at/job/88152?utm_source=agent"),
    ("Magazin: Absage erhalten? So bleiben Sie im Gespräch",
     "Warum eine freundliche Antwort auf eine Absage oft die nächste Einladung bringt",
     "https://jobradar-stmk.example.at/magazin/absage-antworten"),
    ("Magazin: 7 Fragen im Vorstellungsgespräch",
     "Von „Erzählen Sie über sich“ bis zur Gehaltsfrage – mit Beispielantworten",
     "https://jobradar-stmk.example.at/magazin/vorstellungsgespraech-fragen"),
]
JR_FOOTER = ("Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. "
             "Abmelden: https://jobradar-stmk.example.at/agent/abmelden?id=4471")

ESB_TITLE = "12 neue Jobs für Sie: Onboarding Manager München und Umgebung"
ESB_INTRO = ("Hallo Ottilie Brandstätter-Nwosu,\n\nhier sind Ihre passenden Stellen der "
             "letzten sieben Tage. Tipp der Woche: Nach dem Vorstellungsgespräch innerhalb von "
             "24 Stunden ein kurzes Dankeschön schicken.")
ESB_ITEMS = [
    ("Onboarding Manager (m/w/d) – Auwald Versicherung, München-Giesing",
     "Unbefristet, 40 Std., Einladung zum Gespräch meist binnen 10 Tagen",
     "https://stellenwerk-bayern.example.de/a/551902"),
    ("HR Generalist Onboarding – Isartal Logistik, Garching",
     "Teilweise mobiles Arbeiten, Deutsch C1",
     "https://stellenwerk-bayern.example.de/a/551877"),
    ("Personalreferentin Eintrittsmanagement – Stadtwerke Freising",
     "TVöD E9a, Bewerbungsfrist 15. Mai",
     "https://stellenwerk-bayern.example.de/a/551860"),
    ("People Experience Coordinator – Hopfenweg Brauerei, München",
     "Englisch und Deutsch, Start im Juni",
     "https://stellenwerk-bayern.example.de/a/551844"),
]
ESB_FOOTER = ("Stellenwerk Bayern Jobmail · Einstellungen ändern: "
              "https://stellenwerk-bayern.example.de/jobmail/einstellungen · Abmelden: "
              "https://stellenwerk-bayern.example.de/jobmail/stop?u=ottilie")

JS_TITLE = "HR jobs in Ljubljana this week"
JS_INTRO = ("Hi Ottilie,\n\n9 new openings match your alert \"HR / onboarding, English\". "
            "Also this week: how to answer \"why are you leaving your current position?\" in an "
            "interview, and what recruiters really mean by \"we'll keep your CV on file\".")
JS_ITEMS = [
    ("Onboarding Specialist – Sava Data, Ljubljana",
     "English-speaking team, hybrid", "https://jobsinslovenia.example.si/j/30114"),
    ("HR Coordinator – Tivoli Home (retail HQ)",
     "Full time, Slovene a plus", "https://jobsinslovenia.example.si/j/30102"),
    ("People Operations Associate – Zmaj Games",
     "Onboarding and HR admin for 120 staff", "https://jobsinslovenia.example.si/j/30087"),
    ("Career tips: the \"we'll keep your CV on file\" email",
     "Is it a polite rejection or a real talent pool? We asked five recruiters.",
     "https://jobsinslovenia.example.si/blog/cv-on-file"),
]
JS_FOOTER = ("You are receiving this because you subscribed to job alerts. Unsubscribe: "
             "https://jobsinslovenia.example.si/alerts/unsubscribe?t=ab12")

EL_TITLE = "Emplois Léman Hebdo – nouvelles offres RH à Genève"
EL_INTRO = ("Bonjour Ottilie,\n\nVoici les offres de la semaine correspondant à votre alerte "
            "« RH – intégration ». À lire aussi : nos conseils pour réussir un entretien en "
            "visioconférence et pour répondre à un refus avec élégance.")
EL_ITEMS = [
    ("Assistante RH onboarding 80–100 % – Horlogerie Vernier",
     "Entrée en fonction à convenir, permis B ou G",
     "https://emplois-leman.example.ch/offre/77120"),
    ("Gestionnaire du personnel junior – Hôpital de la Tour-Vieille",
     "CDI, horaires de bureau", "https://emplois-leman.example.ch/offre/77108"),
    ("Conseil : l'entretien en visio sans stress",
     "Lumière, son, regard caméra : la check-list",
     "https://emplois-leman.example.ch/conseils/entretien-visio"),
    ("Conseil : après un refus, faut-il répondre ?",
     "Oui, et voici trois phrases qui laissent la porte ouverte",
     "https://emplois-leman.example.ch/conseils/apres-un-refus"),
]
EL_FOOTER = ("Vous recevez cet e-mail car vous êtes inscrite aux alertes Emplois Léman. "
             "Se désabonner : https://emplois-leman.example.ch/alertes/stop?k=91c")

EB_TITLE = "Nuevas ofertas de RR. HH. en Bilbao"
EB_INTRO = ("Hola, Ottilie:\n\nEstas son las ofertas nuevas que coinciden con tu alerta "
            "«Recursos Humanos – Bizkaia». Y en el blog: qué responder cuando te rechazan y "
            "cómo pedir feedback después de una entrevista.")
EB_ITEMS = [
    ("Técnico/a de selección y acogida – Metalúrgica Deusto",
     "Contrato indefinido, Bilbao", "https://empleobizkaia.example.es/oferta/44120"),
    ("Administrativo/a de personal – Ayuntamiento de Getxo (bolsa)",
     "Plazo de solicitudes hasta el 20 de mayo", "https://empleobizkaia.example.es/oferta/44107"),
    ("Blog: cuando te dicen que no",
     "Cómo responder a un rechazo sin cerrar puertas",
     "https://empleobizkaia.example.es/blog/rechazo"),
    ("Blog: pedir feedback tras la entrevista",
     "Una plantilla breve que funciona", "https://empleobizkaia.example.es/blog/feedback"),
]
EB_FOOTER = ("Recibes este correo porque creaste una alerta de empleo. Darse de baja: "
             "https://empleobizkaia.example.es/alertas/baja?c=0f3")

MESSAGES: list[dict] = [
    # ================================================================= de
    dict(
        kind="other", slug="jobradar_digest_absage_article", lang="de",
        company="", contact="",
        date="2026-01-15 06:30 +0100",
        frm=("Jobradar Steiermark", "jobagent@jobradar-stmk.example.at"),
        subject=JR_TITLE,
        text=newsletter_text(JR_TITLE, JR_INTRO, JR_ITEMS, JR_FOOTER),
        html=newsletter_html(JR_TITLE, JR_INTRO, JR_ITEMS, JR_FOOTER),
        cte="quoted-printable",
        headers=_list_headers("Jobagent <jobagent.jobradar-stmk.example.at>",
                              "<https://jobradar-stmk.example.at/agent/abmelden?id=4471>, "
                              "<mailto:unsubscribe@jobradar-stmk.example.at?subject=4471>"),
    ),
    dict(
        kind="other", slug="hr_einstieg_newsletter_html_only", lang="de",
        company="", contact="",
        date="2026-03-12 07:00 +0100",
        frm=("HR-Einstieg Wochenbrief", "newsletter@hr-einstieg.example.at"),
        subject="Wochenbrief #11: Wenn die Absage kommt – und die Einladung auch",
        html=newsletter_html(
            "HR-Einstieg Wochenbrief #11",
            "Liebe Leserinnen und Leser,\n\ndiese Woche geht es um die zwei Mails, die "
            "Quereinsteigerinnen am häufigsten bekommen: die Absage und die Einladung zum "
            "Vorstellungsgespräch. Beide verdienen eine gute Antwort.",
            [("Wenn die Absage kommt: drei Dinge, die Sie jetzt tun können",
              "Feedback erbitten, Kontakt halten, Unterlagen schärfen",
              "https://hr-einstieg.example.at/artikel/absage-drei-dinge"),
             ("Einladung zum Gespräch erhalten – und jetzt?",
              "Wie Sie in 48 Stunden das Unternehmen kennenlernen",
              "https://hr-einstieg.example.at/artikel/einladung-und-jetzt"),
             ("Stellenmarkt: 40 Onboarding-Positionen in Österreich",
              "Von Bregenz bis Eisenstadt, gefiltert nach Einstiegsniveau",
              "https://hr-einstieg.example.at/stellen/onboarding")],
            "HR-Einstieg · Lazarettgürtel 55, 8020 Graz · "
            '<a href="https://hr-einstieg.example.at/abmelden">Abmelden</a>'),
        headers=_list_headers("HR-Einstieg Wochenbrief <wochenbrief.hr-einstieg.example.at>",
                              "<https://hr-einstieg.example.at/abmelden?l=wb>"),
    ),
    dict(
        kind="other", slug="karrierekompass_article_interview_questions", lang="de",
        company="", contact="",
        date="2026-04-16 12:00 +0200",
        frm=("Karrierekompass Redaktion", "redaktion@karrierekompass.example.at"),
        subject="Die 5 häufigsten Fragen im Bewerbungsgespräch – und wie Sie antworten",
        cte="quoted-printable",
        text=(
            "Karrierekompass – Ihr Artikel der Woche\n\n"
            "Die 5 häufigsten Fragen im Bewerbungsgespräch\n\n"
            "1. „Erzählen Sie etwas über sich.“ Beginnen Sie mit dem, was Sie heute tun, und "
            "schlagen Sie dann den Bogen zur ausgeschriebenen Stelle.\n"
            "2. „Warum möchten Sie wechseln?“ Sprechen Sie über das, wohin Sie wollen, nicht "
            "über das, wovon Sie weg wollen.\n"
            "3. „Was sind Ihre Schwächen?“ Eine echte Schwäche plus das, was Sie dagegen tun.\n"
            "4. „Wo sehen Sie sich in fünf Jahren?“ Ehrgeiz ja, Absprungpläne nein.\n"
            "5. „Haben Sie noch Fragen?“ Immer mit Ja antworten – etwa nach den ersten 90 "
            "Tagen in der Position.\n\n"
            "Und wenn trotzdem eine Absage kommt: Bitten Sie um zwei Sätze Feedback. Die "
            "meisten Personalverantwortlichen antworten gerne.\n\n"
            "Den ganzen Artikel lesen: https://karrierekompass.example.at/a/5-fragen\n\n"
            "--\n"
            "Karrierekompass erscheint wöchentlich. Abbestellen: "
            "https://karrierekompass.example.at/abo/stop\n"
        ),
        headers=_list_headers("Karrierekompass <artikel.karrierekompass.example.at>",
                              "<https://karrierekompass.example.at/abo/stop>"),
    ),
    dict(
        kind="other", slug="podcast_interview_request", lang="de",
        company="", contact="lena@neustart-podcast.example.at",
        date="2026-05-06 10:41 +0200",
        frm=("Lena Mairhofer", "lena@neustart-podcast.example.at"),
        subject="Interview-Anfrage für den Podcast „Neustart mit 30“",
        text=(
            "Liebe Ottilie,\n\n"
            "Hanna Strohmaier hat mir erzählt, dass du gerade vom Kindergarten in die "
            "Personalarbeit wechselst. Genau solche Geschichten erzählen wir in unserem "
            "Podcast „Neustart mit 30“.\n\n"
            "Hättest du Lust auf ein Interview? Wir nehmen etwa 40 Minuten auf, gern bei uns "
            "im Studio in der Griesgasse oder online. Fragen schicke ich dir vorher, und du "
            "hörst die Folge vor der Veröffentlichung.\n\n"
            "Liebe Grüße\n"
            "Lena\n"
            "Neustart mit 30 – der Podcast über berufliche Umwege\n"
        ),
    ),
    dict(
        kind="other", slug="jobradar_user_research_interview", lang="de",
        company="", contact="michael.tauss@jobradar-stmk.example.at",
        date="2026-06-03 14:14 +0200",
        frm=("UX Research · Jobradar", "research@jobradar-stmk.example.at"),
        reply_to=("Michael Tauß", "michael.tauss@jobradar-stmk.example.at"),
        subject="30 Minuten für uns? Interview zur Nutzung des Jobagenten (25-€-Gutschein)",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Hallo Ottilie,\n\n"
            "Sie nutzen seit Jänner unseren Jobagenten – danke dafür! Wir überarbeiten gerade "
            "die App und suchen Menschen, die uns in einem kurzen Interview erzählen, wie "
            "sie nach Stellen suchen.\n\n"
            "Das Gespräch dauert 30 Minuten per Video, es gibt keine richtigen oder falschen "
            "Antworten, und als Dankeschön erhalten Sie einen Einkaufsgutschein über 25 €.\n\n"
            "Einen Termin können Sie hier wählen: https://jobradar-stmk.example.at/research/slot\n\n"
            "Viele Grüße\n"
            "Michael Tauß\n"
            "UX Research, Jobradar Steiermark\n"
        ),
    ),
    dict(
        kind="other", slug="parcel_delayed_unfortunately", lang="de",
        company="", contact="",
        date="2026-02-19 15:22 +0100",
        frm=("Alpenexpress Paketdienst", "noreply@alpenexpress.example.at"),
        subject="Ihr Paket verspätet sich leider",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Guten Tag,\n\n"
            "leider verzögert sich die Zustellung Ihrer Sendung 1Z 448 901 7730 um voraussichtlich "
            "einen Werktag. Grund ist ein Fahrzeugausfall im Verteilzentrum Kalsdorf.\n\n"
            "Neue Zustellung: Freitag, 20. Februar, zwischen 9 und 13 Uhr.\n"
            "Sendung verfolgen: https://alpenexpress.example.at/t/1Z4489017730\n\n"
            "Wir bitten um Entschuldigung.\n"
            "Ihr Alpenexpress-Team\n\n"
            "Dies ist eine automatisch versendete Nachricht.\n"
        ),
        headers={"Auto-Submitted": "auto-generated"},
    ),
    dict(
        kind="other", slug="friend_tells_own_rejection", lang="de",
        company="", contact="hanna.strohmaier@example.at",
        date="2026-03-21 21:47 +0100",
        frm=("Hanna Strohmaier", "hanna.strohmaier@example.at"),
        subject="na super…",
        text=(
            "Hey Otti,\n\n"
            "stell dir vor, heute kam die Absage von der Sparkasse. Nach drei Runden! Die "
            "haben „eine Kandidatin mit mehr Vertriebserfahrung“ genommen. Ich hab mich so "
            "geärgert, dass ich gleich eine Runde um den Hilmteich gelaufen bin.\n\n"
            "Wie läuft's bei dir mit der Bank und dem Krankenhaus in Wien? Erzähl mal, und "
            "lass uns nächste Woche auf einen Spritzer gehen, ich brauch das.\n\n"
            "Bussi\n"
            "Hanna\n"
        ),
    ),
    dict(
        key="t1_thx", parent="t1_res",
        kind="other", slug="own_thank_you_schlossberg", lang="de",
        company="", contact="",
        date="2026-02-10 17:40 +0100", frm=ME, to=[VERENA],
        subject="Danke für das Gespräch",
        text=(
            "Liebe Frau Pichler,\n\n"
            "herzlichen Dank für das angenehme Gespräch heute Nachmittag mit Ihnen und Herrn "
            "Trummer. Besonders gefallen hat mir Ihre Idee mit den Buddy-Paaren für die "
            "ersten Wochen – das erinnert mich sehr an die Eingewöhnung im Kindergarten.\n\n"
            "Die Stelle reizt mich nach dem Gespräch noch mehr, und ich freue mich auf Ihre "
            "Rückmeldung.\n\n"
            "Herzliche Grüße\n"
            "Ottilie Brandstätter-Nwosu\n"
            "+43 664 218 4471\n"
        ),
    ),
    dict(
        key="mk_app",
        kind="other", slug="own_application_murtal_cv_pdf", lang="de",
        company="", contact="",
        date="2026-01-08 17:55 +0100", frm=ME,
        to=[("Mag. Petra Steiner", "petra.steiner@murtal-kliniken.example.at")],
        subject="Bewerbung als Koordinatorin Onboarding (R-10482)",
        cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Mag. Steiner,\n\n"
            "über Ihr Karriereportal habe ich mich soeben für die Stelle als Koordinatorin "
            "Onboarding beworben. Da der Upload meines Lebenslaufs dort zweimal abgebrochen "
            "ist, sende ich Ihnen meine Unterlagen zur Sicherheit auch direkt.\n\n"
            "Seit sieben Jahren begleite ich als Kindergartenassistentin Kinder und Eltern "
            "durch ihre ersten Wochen in einer neuen Umgebung; diese Erfahrung möchte ich nun "
            "in die Einarbeitung neuer Mitarbeiterinnen und Mitarbeiter einbringen. Seit "
            "Herbst besuche ich zudem einen Lehrgang zur Personalverrechnung.\n\n"
            "Über die Einladung zu einem Gespräch würde ich mich sehr freuen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ottilie Brandstätter-Nwosu\n"
            "Mariahilferstraße 14, 8020 Graz\n"
            "+43 664 218 4471\n"
        ),
        pdfs=[dict(filename="Lebenslauf_Ottilie_Brandstaetter-Nwosu.pdf",
                   title="Lebenslauf - Ottilie Brandstätter-Nwosu",
                   lines=["seit 2019  Kindergartenassistentin, Kinderhaus Lend, Graz",
                          "2017-2019  Ausbildung Kinderbetreuung, Graz",
                          "2025-2026  Lehrgang Personalverrechnung (Abendkurs)",
                          "Sprachen: Deutsch, Englisch, Französisch (B2), Spanisch (B1)"])],
    ),
    dict(
        key="t8_sorry", parent="t8_miss", quote="de",
        kind="other", slug="own_apology_missed_assessment", lang="de",
        company="", contact="",
        date="2026-06-16 19:02 +0200", frm=ME, to=[RETO],
        subject="Entschuldigung – Assessment 16. Juni",
        text=(
            "Sehr geehrter Herr Gubler\n\n"
            "es tut mir sehr leid. Mein Nachtzug von Graz wurde wegen einer Streckensperre in "
            "Tirol gestrichen, und der Ersatzbus hatte kein Netz – Ihre Anrufe habe ich erst "
            "am Nachmittag gesehen.\n\n"
            "Ich bin nach wie vor sehr an der Stelle interessiert und würde mich freuen, "
            "wenn ein Ersatztermin möglich wäre. Die Bestätigung der ÖBB kann ich gerne "
            "nachreichen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ottilie Brandstätter-Nwosu\n"
        ),
    ),
    dict(
        key="ww_own", parent="ww_cxl", quote="de",
        kind="other", slug="own_confirms_online_slot", lang="de",
        company="", contact="",
        date="2026-07-13 08:21 +0200", frm=ME, to=[PETRA],
        subject="AW: Einladung Vorstellungsgespräch – Assistenz Personal",
        cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Gsellmann,\n\n"
            "danke für Ihren Anruf am Freitag. Gerne bestätige ich den neuen Online-Termin "
            "am Dienstag, 21. Juli, um 14:00 Uhr per Zoom. Den Link habe ich erhalten.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ottilie Brandstätter-Nwosu\n"
        ),
    ),
    dict(
        kind="other", slug="headhunter_cold_approach_no_event", lang="de",
        company="", contact="i.sternthal@sternthal-search.example.de",
        date="2026-04-27 09:03 +0200",
        frm=("Dr. Ingrid Sternthal", "i.sternthal@sternthal-search.example.de"),
        subject="Ihr Profil",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "bei der Recherche für einen Kunden im Gesundheitswesen bin ich auf Ihr Profil "
            "gestoßen. Der Wechsel aus der Elementarpädagogik ins Onboarding ist ungewöhnlich "
            "und gerade deshalb spannend.\n\n"
            "Aktuell habe ich kein passendes Mandat, würde Sie aber gerne in mein Netzwerk "
            "aufnehmen. Wenn Sie damit einverstanden sind, genügt eine kurze Antwort.\n\n"
            "Mit freundlichen Grüßen\n"
            "Dr. Ingrid Sternthal\n"
            "Sternthal Executive Search\n"
            "Maximilianstraße 35, 80539 München\n"
        ),
    ),
    dict(
        kind="other", slug="bank_advisor_depot_position", lang="de",
        company="", contact="patrick.fuchs@volkskasse-graz.example.at",
        date="2026-05-19 11:10 +0200",
        frm=("Mag. Patrick Fuchs", "patrick.fuchs@volkskasse-graz.example.at"),
        subject="Ihr Beratungstermin am 27. Mai",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "gerne bestätige ich unseren Beratungstermin am Mittwoch, 27. Mai, um 16:30 Uhr in "
            "der Filiale Lendplatz.\n\n"
            "Wir besprechen die Position Ihres Fondssparplans, der seit Jahresbeginn leicht "
            "im Minus liegt, sowie die Frage, ob eine Umschichtung vor einem möglichen "
            "Jobwechsel sinnvoll ist. Bitte bringen Sie Ihren letzten Gehaltszettel mit.\n\n"
            "Freundliche Grüße\n"
            "Mag. Patrick Fuchs\n"
            "Privatkundenbetreuer, Grazer Volkskasse\n"
            "Lendplatz 3, 8020 Graz · Tel. 0316 71 44 20\n\n"
            "Die Grazer Volkskasse ist im Firmenbuch unter FN 99887 z eingetragen. Diese "
            "Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt.\n"
        ),
    ),
    dict(
        kind="other", slug="landlord_handover_appointment", lang="de",
        company="", contact="m.rieger@hv-rieger.example.at",
        date="2026-08-26 09:35 +0200",
        frm=("Martina Rieger", "m.rieger@hv-rieger.example.at"),
        subject="Wohnung Mariahilferstraße 14/7 – Besichtigungstermin Nachmieter",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "danke für Ihre Kündigung zum 31. Oktober. Für die Besichtigung durch mögliche "
            "Nachmieter schlage ich Donnerstag, 3. September, 17:00 Uhr vor. Bitte sagen Sie "
            "mir, ob Sie anwesend sein können oder ob wir mit dem Zweitschlüssel hinein "
            "dürfen.\n\n"
            "Den Termin für die Wohnungsübergabe vereinbaren wir gesondert.\n\n"
            "Freundliche Grüße\n"
            "Martina Rieger\n"
            "Hausverwaltung Rieger, Kaiser-Josef-Platz 2, 8010 Graz\n"
        ),
    ),
    dict(
        kind="other", slug="kindergarten_parent_talks_schedule", lang="de",
        company="", contact="brigitte.lamprecht@kinderhaus-lend.example.at",
        date="2026-01-30 13:02 +0100",
        frm=("Brigitte Lamprecht", "brigitte.lamprecht@kinderhaus-lend.example.at"),
        to=[ME, ("Team Kinderhaus Lend", "team@kinderhaus-lend.example.at")],
        subject="Entwicklungsgespräche Februar + Dienstplan",
        text=(
            "Liebes Team,\n\n"
            "die Entwicklungsgespräche mit den Eltern der Igelgruppe finden in der Woche ab "
            "16. Februar statt. Ottilie, du bist bitte bei den Gesprächen am Dienstag und "
            "Mittwoch ab 15:00 dabei, die Liste hängt im Büro.\n\n"
            "Wegen der Semesterferien ändert sich der Dienstplan: Frühdienst übernimmt in "
            "der ersten Woche Sandra.\n\n"
            "Danke euch!\n"
            "Brigitte\n"
            "Leitung Kinderhaus Lend\n"
        ),
    ),
    dict(
        kind="other", slug="doctor_appointment_reminder", lang="de",
        company="", contact="",
        date="2026-04-09 18:00 +0200",
        frm=("Ordination Dr. Aigner", "termine-noreply@dr-aigner.example.at"),
        subject="Terminerinnerung: Vorsorgeuntersuchung am 14.04.2026",
        text=(
            "Sehr geehrte Patientin,\n\n"
            "wir erinnern Sie an Ihren Termin zur Vorsorgeuntersuchung:\n"
            "Dienstag, 14. April 2026, 07:45 Uhr\n"
            "Ordination Dr. Johanna Aigner, Annenstraße 20, 8020 Graz\n\n"
            "Bitte kommen Sie nüchtern und bringen Sie Ihre e-card mit. Wenn Sie den Termin "
            "nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher telefonisch "
            "ab: 0316 77 12 90.\n\n"
            "Diese Nachricht wurde automatisch versendet.\n"
        ),
        headers={"Auto-Submitted": "auto-generated"},
    ),
    dict(
        kind="other", slug="out_of_office_seenland", lang="de",
        company="", contact="gerlinde.posch@seenland-energie.example.at",
        date="2026-03-27 08:14 +0100",
        frm=("Gerlinde Posch", "gerlinde.posch@seenland-energie.example.at"),
        subject="Automatische Antwort: Bewerbung Referent/in Mitarbeitereinführung",
        text=(
            "Danke für Ihre Nachricht. Ich bin bis einschließlich 6. April auf Urlaub und habe "
            "keinen Zugriff auf meine E-Mails.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an hr@seenland-energie.example.at. "
            "Bewerbungen bitte ausschließlich über unser Karriereportal einreichen.\n\n"
            "Gerlinde Posch\n"
            "Human Resources, Seenland Energie\n"
        ),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    dict(
        kind="other", slug="network_notifications_profile_views", lang="de",
        company="", contact="",
        date="2026-02-26 19:30 +0100",
        frm=("Karrierenetz", "notifications@karrierenetz.example.com"),
        subject="Ottilie, 7 Personen haben Ihr Profil angesehen",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Ihre Woche auf Karrierenetz\n\n"
            "7 Personen haben Ihr Profil angesehen, darunter eine Recruiterin der "
            "Kammerland Bank.\n"
            "Sie sind in 23 Suchanfragen erschienen (Top-Begriff: „Onboarding“).\n"
            "3 neue Positionen passen zu Ihren Jobinteressen.\n\n"
            "Profil ansehen: https://karrierenetz.example.com/in/ottilie-bn/stats\n\n"
            "Benachrichtigungen verwalten: https://karrierenetz.example.com/settings/email\n"
        ),
        headers=_list_headers("Karrierenetz Wochenbericht <weekly.karrierenetz.example.com>",
                              "<https://karrierenetz.example.com/settings/email?u=4471>"),
    ),
    dict(
        kind="other", slug="fh_course_place_refused_latin1", lang="de",
        company="", contact="ute.strasser@campusmur.example.at",
        date="2026-07-02 10:20 +0200",
        frm=("Mag. Ute Strasser", "ute.strasser@campusmur.example.at"),
        subject="Lehrgang Personalmanagement – Ihre Bewerbung um einen Studienplatz",
        charset="iso-8859-1", cte="base64",
        text=(
            "Sehr geehrte Frau Brandstätter-Nwosu,\n\n"
            "vielen Dank für Ihr Interesse am berufsbegleitenden Lehrgang Personalmanagement "
            "an der Fachhochschule Campus Mur.\n\n"
            "Für den Jahrgang 2026/27 gab es mehr als dreimal so viele Bewerbungen wie "
            "Studienplätze. Leider können wir Ihnen nach dem Aufnahmegespräch keinen Platz "
            "anbieten; Sie stehen auf Rang 4 der Warteliste.\n\n"
            "Sollte ein Platz frei werden, verständigen wir Sie bis spätestens 15. September.\n\n"
            "Mit freundlichen Grüßen\n"
            "Mag. Ute Strasser\n"
            "Lehrgangsmanagement, Fachhochschule Campus Mur\n"
        ),
    ),
    dict(
        kind="other", slug="jobcoaching_session_reminder", lang="de",
        company="", contact="m.grabner@jobcoaching-stmk.example.at",
        date="2026-02-13 14:02 +0100",
        frm=("Martin Grabner", "m.grabner@jobcoaching-stmk.example.at"),
        subject="Unser Coaching am Dienstag – wir üben Vorstellungsgespräche",
        text=(
            "Hallo Frau Brandstätter-Nwosu,\n\n"
            "kurze Erinnerung an unser drittes Coaching am Dienstag, 17. Februar, um 9:00 "
            "Uhr in der Griesgasse 10.\n\n"
            "Diesmal simulieren wir ein Vorstellungsgespräch: Ich spiele den Personalchef, "
            "Sie sich selbst. Bringen Sie bitte eine Stellenanzeige mit, die Sie wirklich "
            "interessiert, dann wird es realistischer.\n\n"
            "Bis Dienstag!\n"
            "Martin Grabner\n"
            "Jobcoaching Steiermark\n"
        ),
    ),
    dict(
        kind="other", slug="sister_forwards_job_ad", lang="de",
        company="", contact="adaeze.nwosu@example.de",
        date="2026-05-28 22:10 +0200",
        frm=("Adaeze Nwosu", "adaeze.nwosu@example.de"),
        subject="WG: Neue Stelle: Onboarding-Koordination (Teilzeit) – Stadtbibliothek Leipzig",
        text=(
            "Schau mal, Otti, das wär doch was – auch wenn's Leipzig ist :) Dann wären wir "
            "Nachbarinnen!\n\n"
            "Ada\n\n"
            + quoted_block(
                "fwd_de", "2026-05-28 07:00 +0200", "Jobmail Sachsen",
                "jobmail@jobs-sachsen.example.de",
                "Neue Stelle passend zu Ihrem Suchauftrag „Bibliothek“:\n\n"
                "Onboarding-Koordination (Teilzeit 25 h) – Stadtbibliothek Leipzig\n"
                "Sie begleiten neue Kolleginnen und Kollegen in den ersten 100 Tagen, "
                "organisieren Einführungstage und pflegen die Checklisten.\n"
                "Bewerbungsschluss: 20. Juni 2026\n"
                "https://jobs-sachsen.example.de/stelle/73310",
                "Neue Stelle: Onboarding-Koordination (Teilzeit) – Stadtbibliothek Leipzig",
                "adaeze.nwosu@example.de")
            + "\n"
        ),
    ),
    dict(
        kind="other", slug="stellenwerk_jobmail_munich", lang="de",
        company="", contact="",
        date="2026-04-23 05:45 +0200",
        frm=("Stellenwerk Bayern Jobmail", "jobmail@stellenwerk-bayern.example.de"),
        subject=ESB_TITLE,
        text=newsletter_text(ESB_TITLE, ESB_INTRO, ESB_ITEMS, ESB_FOOTER),
        html=newsletter_html(ESB_TITLE, ESB_INTRO, ESB_ITEMS, ESB_FOOTER, color="#1d4f91"),
        cte="quoted-printable",
        headers=_list_headers("Jobmail <jobmail.stellenwerk-bayern.example.de>",
                              "<https://stellenwerk-bayern.example.de/jobmail/stop?u=ottilie>"),
    ),
    dict(
        kind="other", slug="hr_association_newsletter_positions", lang="de",
        company="", contact="",
        date="2026-09-03 08:00 +0200",
        frm=("Forum Personal Österreich", "mitglieder@forum-personal.example.at"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Mitglieder-Info September: Recruiting-Tag, offene Positionen, Absagen-Studie",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Forum Personal Österreich: Mitglieder-Info September 2026\n\n"
            "1) Recruiting-Tag am 8. Oktober in Linz: Workshops zu strukturierten Interviews "
            "und fairen Auswahlverfahren. Anmeldung bis 25. September.\n\n"
            "2) Offene Positionen im Netzwerk: 14 Mitgliedsunternehmen suchen derzeit "
            "Verstärkung im Onboarding, in der Personalverrechnung und im Recruiting. "
            "Übersicht: https://forum-personal.example.at/netzwerk/positionen\n\n"
            "3) Studie: Wie Unternehmen Absagen formulieren. 62 % der Befragten versenden "
            "Absagen inzwischen automatisiert, nur 18 % bieten ein Feedbackgespräch an.\n\n"
            "Abmelden: https://forum-personal.example.at/abmelden\n"
        ),
        headers=_list_headers("Forum Personal Mitglieder <mitglieder.forum-personal.example.at>",
                              "<https://forum-personal.example.at/abmelden>"),
    ),
    dict(
        kind="other", slug="photo_studio_appointment", lang="de",
        company="", contact="eva@lichtblick-foto.example.at",
        date="2026-01-14 12:44 +0100",
        frm=("Eva Lichtenegger", "eva@lichtblick-foto.example.at"),
        subject="Ihr Fototermin am Samstag",
        text=(
            "Liebe Frau Brandstätter-Nwosu,\n\n"
            "danke für Ihre Buchung! Ihr Termin für die Bewerbungsfotos ist am Samstag, "
            "17. Jänner, um 10:30 Uhr bei uns im Studio in der Sackstraße.\n\n"
            "Tipp: zwei Oberteile in ruhigen Farben mitbringen, dann können wir variieren. "
            "Die Auswahl der Bilder machen wir gleich im Anschluss gemeinsam.\n\n"
            "Bis Samstag!\n"
            "Eva Lichtenegger\n"
            "Fotostudio Lichtblick, Sackstraße 22, 8010 Graz\n"
        ),
    ),
    dict(
        kind="other", slug="current_employer_reference_ready", lang="de",
        company="", contact="brigitte.lamprecht@kinderhaus-lend.example.at",
        date="2026-10-02 11:15 +0200",
        frm=("Brigitte Lamprecht", "brigitte.lamprecht@kinderhaus-lend.example.at"),
        subject="Dein Dienstzeugnis",
        cte="base64",
        text=(
            "Liebe Ottilie,\n\n"
            "dein Dienstzeugnis ist fertig und unterschrieben, du kannst es ab Montag im Büro "
            "abholen. Eine Kopie als PDF schicke ich dir, sobald der Träger sie freigegeben "
            "hat.\n\n"
            "Wir werden dich sehr vermissen – die Igel auch!\n\n"
            "Alles Liebe\n"
            "Brigitte\n"
        ),
    ),
    # ================================================================= en
    dict(
        kind="other", slug="jobsinslovenia_weekly_digest", lang="en",
        company="", contact="",
        date="2026-05-11 06:10 +0200",
        frm=("JobsInSlovenia Weekly", "digest@jobsinslovenia.example.si"),
        subject=JS_TITLE,
        text=newsletter_text(JS_TITLE, JS_INTRO, JS_ITEMS, JS_FOOTER),
        html=newsletter_html(JS_TITLE, JS_INTRO, JS_ITEMS, JS_FOOTER, lang="en",
                             color="#005a9c"),
        cte="quoted-printable",
        headers=_list_headers("JobsInSlovenia alerts <alerts.jobsinslovenia.example.si>",
                              "<https://jobsinslovenia.example.si/alerts/unsubscribe?t=ab12>"),
    ),
    dict(
        kind="other", slug="onboarding_weekly_rejections_article", lang="en",
        company="", contact="",
        date="2026-06-18 16:00 +0000",
        frm=("Onboarding Weekly", "hello@onboardingweekly.example.com"),
        subject="Issue 87: Why a rejection is rarely about you",
        html=newsletter_html(
            "Onboarding Weekly – Issue 87",
            "Hello onboarding people,\n\nThis week: the psychology of the rejection email "
            "(from the sender's side), a 30-60-90 template you can steal, and a reader asks "
            "how to prepare for a panel interview for her first HR role.",
            [("Why a rejection is rarely about you",
              "We interviewed twelve recruiters about the emails they hate sending",
              "https://onboardingweekly.example.com/87/rejections"),
             ("Template: the 30-60-90 plan for new joiners",
              "A one-page plan that managers actually fill in",
              "https://onboardingweekly.example.com/87/template"),
             ("Reader question: my first panel interview",
              "Five things to ask before you walk in",
              "https://onboardingweekly.example.com/87/panel"),
             ("Jobs board: 23 onboarding positions across Europe",
              "Remote and on-site, entry level to lead",
              "https://onboardingweekly.example.com/jobs")],
            'You signed up at onboardingweekly.example.com. '
            '<a href="https://onboardingweekly.example.com/unsubscribe">Unsubscribe</a>',
            lang="en", color="#ff6b35"),
        headers=_list_headers("Onboarding Weekly <weekly.onboardingweekly.example.com>",
                              "<https://onboardingweekly.example.com/unsubscribe?s=87>"),
    ),
    dict(
        kind="other", slug="careerdesk_panel_interview_article", lang="en",
        company="", contact="",
        date="2026-08-07 13:30 +0100",
        frm=("The Career Desk", "editor@careerdesk.example.com"),
        subject="How to prepare for a panel interview",
        text=(
            "THE CAREER DESK – Friday long read\n\n"
            "How to prepare for a panel interview\n\n"
            "Panel interviews feel like an exam, but they are really a conversation with "
            "several people who each want to know one thing. Before the day, find out who "
            "sits on the panel and guess what each of them cares about: the line manager "
            "wants to know you can do the job, HR wants to see that you fit, and the "
            "colleague from the team wants to know whether you are pleasant to work with.\n\n"
            "During the interview, answer the person who asked, then glance at the others. "
            "Close by thanking each of them by name.\n\n"
            "If the answer is a no, ask for feedback within a week – panels usually have "
            "notes and are happy to share.\n\n"
            "Read online: https://careerdesk.example.com/panel-interview\n"
            "Manage your subscription: https://careerdesk.example.com/subscription\n"
        ),
        headers=_list_headers("The Career Desk <longread.careerdesk.example.com>",
                              "<https://careerdesk.example.com/subscription?unsub=1>"),
    ),
    dict(
        kind="other", slug="podcast_guest_invitation_en", lang="en",
        company="", contact="dara@peopleopsstories.example.com",
        date="2026-09-22 18:05 +0100",
        frm=("Dara Whitfield", "dara@peopleopsstories.example.com"),
        subject="Guest interview on People Ops Stories?",
        cte="quoted-printable",
        text=(
            "Hi Ottilie,\n\n"
            "I host People Ops Stories, a podcast about people who found their way into HR "
            "from somewhere unexpected. A listener pointed me to your post about what "
            "kindergarten settling-in weeks can teach companies about onboarding – I loved "
            "it.\n\n"
            "Would you be up for a 45-minute interview for the show? We record remotely, "
            "and I send questions a week ahead. October or November, whenever suits you.\n\n"
            "Cheers,\n"
            "Dara Whitfield\n"
            "Host, People Ops Stories\n"
        ),
    ),
    dict(
        kind="other", slug="hireflow_user_research_interview", lang="en",
        company="", contact="priya.raman@hireflow.example.com",
        date="2026-07-08 15:15 +0200",
        frm=("Hireflow Research", "research@hireflow.example.com"),
        reply_to=("Priya Raman", "priya.raman@hireflow.example.com"),
        subject="Paid research interview: tell us about your job search (45 min, €40)",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Hi Ottilie,\n\n"
            "I'm a UX researcher at Hireflow, the applicant tracking software some of the "
            "companies you applied to use. We're redesigning the candidate side and would "
            "love to interview you about your experience as an applicant – what works, what "
            "is confusing, what is frustrating.\n\n"
            "It's a 45-minute video call, and we'll send a €40 voucher as a thank-you. "
            "Nothing you say will be shared with employers.\n\n"
            "Book a slot: https://hireflow.example.com/research/book?c=otbn\n\n"
            "Thanks!\n"
            "Priya Raman\n"
            "Senior UX Researcher, Hireflow\n"
        ),
    ),
    dict(
        kind="other", slug="parcel_delayed_en", lang="en",
        company="", contact="",
        date="2026-09-16 09:02 +0000",
        frm=("ParcelWing", "no-reply@parcelwing.example.com"),
        subject="Your package is delayed, unfortunately",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Hi Ottilie,\n\n"
            "Unfortunately, your package PW-5518-2290-AT is running late. It missed its "
            "connection in Vienna and will now arrive on Friday, 18 September.\n\n"
            "Track it: https://parcelwing.example.com/t/PW55182290AT\n\n"
            "Sorry for the wait,\n"
            "ParcelWing\n"
        ),
        headers={"Auto-Submitted": "auto-generated"},
    ),
    dict(
        kind="other", slug="cousin_own_rejection_en", lang="en",
        company="", contact="ngozi.eze@example.co.uk",
        date="2026-04-19 22:31 +0100",
        frm=("Ngozi Eze", "ngozi.eze@example.co.uk"),
        subject="ugh",
        text=(
            "Otti,\n\n"
            "Got the rejection from the hospital trust today. Second round, and then a "
            "two-line email saying they'd \"decided to progress other candidates\". Not even "
            "a phone call.\n\n"
            "Mum says it's their loss. I say I need cake. How's your hunt going – any news "
            "from Ljubljana?\n\n"
            "Love,\n"
            "Ngozi\n"
        ),
    ),
    dict(
        key="t3_thx", parent="t3_ill",
        kind="other", slug="own_thank_you_dragonbridge", lang="en",
        company="", contact="",
        date="2026-03-27 18:10 +0100", frm=ME, to=[MAJA],
        subject="Thank you – onboarding coordinator conversation",
        text=(
            "Dear Maja,\n\n"
            "Thank you, and please pass my thanks to Luka too – I hope he is feeling better. "
            "I really enjoyed our conversation this afternoon, especially hearing how you "
            "want new engineers to ship something in their first week.\n\n"
            "I'm very excited about the role and look forward to hearing from you.\n\n"
            "Best wishes,\n"
            "Ottilie Brandstätter-Nwosu\n"
        ),
    ),
    dict(
        key="t7_req", parent="t7_inv", quote="en",
        kind="other", slug="own_reschedule_request_kirchberg", lang="en",
        company="", contact="",
        date="2026-05-19 08:12 +0200", frm=ME, to=[CLAIRE],
        subject="Re: Interview invitation – HR Onboarding Officer",
        text=(
            "Dear Claire,\n\n"
            "Thank you very much for the invitation – I'm delighted.\n\n"
            "Unfortunately, on 28 May I have a long-standing commitment at my current job "
            "(the kindergarten's end-of-year parents' evening, which I am organising). Would "
            "it be possible to meet on another day? Any time on 1, 2 or 3 June would work "
            "well for me.\n\n"
            "Apologies for the inconvenience, and kind regards,\n"
            "Ottilie Brandstätter-Nwosu\n"
        ),
    ),
    dict(
        key="t3_ooo", parent="t3_thx",
        kind="other", slug="out_of_office_dragonbridge", lang="en",
        company="", contact=MAJA[1],
        date="2026-03-27 18:11 +0100", frm=MAJA, frm_enc=("utf-8", "B"),
        subject="Automatic reply: Thank you – onboarding coordinator conversation",
        text=(
            "Hi,\n\n"
            "I'm out of the office for the Easter break and back on Tuesday 7 April. I'll "
            "reply to your message as soon as I can after that.\n\n"
            "For anything urgent about open roles, please contact talent@dragonbridge.example.si.\n\n"
            "Maja\n"
        ),
        headers={"Auto-Submitted": "auto-replied"},
    ),
    dict(
        kind="other", slug="prolink_notifications_recruiter_viewed", lang="en",
        company="", contact="",
        date="2026-08-20 17:40 +0000",
        frm=("ProLink", "notifications-noreply@prolink.example.com"),
        subject="You appeared in 14 searches this week",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Ottilie, here's your weekly update\n\n"
            "You appeared in 14 searches this week.\n"
            "A recruiter at Quaibridge Bank viewed your profile.\n"
            "New jobs for you: Onboarding Specialist (Zurich), HR Coordinator (Luxembourg), "
            "People Partner (Munich).\n\n"
            "See all: https://prolink.example.com/me/weekly\n\n"
            "Unsubscribe from weekly updates: https://prolink.example.com/settings/unsub?w=1\n"
        ),
        headers=_list_headers("ProLink weekly <weekly.prolink.example.com>",
                              "<https://prolink.example.com/settings/unsub?w=1>"),
    ),
    dict(
        kind="other", slug="headhunter_cold_approach_luxembourg", lang="en",
        company="", contact="gilles.thill@northquay.example.lu",
        date="2026-06-24 12:48 +0200",
        frm=("Gilles Thill", "gilles.thill@northquay.example.lu"),
        subject="Introduction – North Quay Search",
        text=(
            "Dear Ottilie,\n\n"
            "I lead the HR practice at North Quay Search in Luxembourg and came across your "
            "profile while mapping onboarding talent in the region. Your background is "
            "refreshingly different.\n\n"
            "I don't have a specific vacancy for you today, but I'd be glad to stay in touch "
            "so I can think of you when something fitting comes up. No need to reply unless "
            "you'd like to.\n\n"
            "Kind regards,\n"
            "Gilles Thill\n"
            "Partner, North Quay Search\n"
            "2, place de Paris, L-2314 Luxembourg\n"
        ),
    ),
    dict(
        kind="other", slug="certificate_cohort_place_refused", lang="en",
        company="", contact="fiona.grant@danube-sm.example.at",
        date="2026-07-30 10:00 +0200",
        frm=("Fiona Grant", "fiona.grant@danube-sm.example.at"),
        subject="Your application to the HR Analytics Certificate (autumn cohort)",
        text=(
            "Dear Ms Brandstätter-Nwosu,\n\n"
            "Thank you for applying to the part-time HR Analytics Certificate at the Danube "
            "School of Management.\n\n"
            "We received far more applications than places this year, and I am sorry to tell "
            "you that we are unable to offer you a place in the autumn cohort. You are "
            "welcome to apply again for the spring intake; your documents remain on file.\n\n"
            "With best wishes,\n"
            "Fiona Grant\n"
            "Admissions Office, Danube School of Management, Vienna\n"
        ),
    ),
    dict(
        kind="other", slug="bike_tracker_position_update", lang="en",
        company="", contact="",
        date="2026-10-08 07:58 +0200",
        frm=("VeloTrack", "alerts@velotrack.example.com"),
        subject="Your bike's position has changed",
        text=(
            "VeloTrack alert\n\n"
            "Your bike \"Blue Puch\" moved while the lock was armed.\n"
            "Last known position: 47.0712 N, 15.4330 E (Lendplatz, 8020 Graz), 07:56.\n\n"
            "If this wasn't you, open the app to start live tracking:\n"
            "https://velotrack.example.com/app/device/BP-2291\n"
        ),
        headers={"Auto-Submitted": "auto-generated"},
    ),
    # ================================================================= fr
    dict(
        kind="other", slug="emplois_leman_weekly_digest", lang="fr",
        company="", contact="",
        date="2026-03-05 06:00 +0100",
        frm=("Emplois Léman", "alertes@emplois-leman.example.ch"),
        subject=EL_TITLE, subj_enc=("windows-1252", "Q"),
        text=newsletter_text(EL_TITLE, EL_INTRO, EL_ITEMS, EL_FOOTER),
        html=newsletter_html(EL_TITLE, EL_INTRO, EL_ITEMS, EL_FOOTER, lang="fr",
                             color="#8c1d40"),
        cte="quoted-printable",
        headers=_list_headers("Alertes Emplois Leman <alertes.emplois-leman.example.ch>",
                              "<https://emplois-leman.example.ch/alertes/stop?k=91c>"),
    ),
    dict(
        kind="other", slug="carrieres_lux_newsletter_refus", lang="fr",
        company="", contact="",
        date="2026-07-21 08:30 +0200",
        frm=("Carrières Luxembourg Mag", "newsletter@carrieres-lux.example.lu"),
        subject="Comment rebondir après un refus – et 30 postes à pourvoir",
        html=newsletter_html(
            "Carrières Luxembourg Mag – juillet",
            "Bonjour,\n\nCe mois-ci, nous avons demandé à des recruteurs comment ils "
            "rédigent leurs refus, et ce qu'un candidat peut en tirer. Également : les "
            "questions pièges de l'entretien d'embauche et une sélection de postes.",
            [("Comment rebondir après un refus",
              "Trois recruteurs expliquent ce qui se cache derrière « nous ne donnerons pas "
              "suite »", "https://carrieres-lux.example.lu/mag/rebondir"),
             ("Entretien d'embauche : les questions pièges",
              "« Quel est votre plus grand défaut ? » et autres classiques",
              "https://carrieres-lux.example.lu/mag/questions-pieges"),
             ("30 postes à pourvoir en RH au Luxembourg",
              "Assistanat, onboarding, paie – du Kirchberg à Esch",
              "https://carrieres-lux.example.lu/emplois/rh")],
            'Carrières Luxembourg Mag · '
            '<a href="https://carrieres-lux.example.lu/desinscription">Se désinscrire</a>',
            lang="fr", color="#00a3e0"),
        headers=_list_headers("Carrieres Luxembourg Mag <mag.carrieres-lux.example.lu>",
                              "<https://carrieres-lux.example.lu/desinscription?n=07>"),
    ),
    dict(
        key="t4_ok", parent="t4_inv", quote="fr",
        kind="other", slug="own_confirms_saleve_interview", lang="fr",
        company="", contact="",
        date="2026-04-14 20:12 +0200", frm=ME, to=[NOEMIE],
        subject="RE: Invitation à un entretien – Coordinatrice onboarding RH",
        text=(
            "Madame Favre,\n\n"
            "Je vous remercie pour votre invitation et je confirme volontiers ma présence le "
            "jeudi 23 avril à 10h00 à la Clinique du Salève.\n\n"
            "Je me réjouis de vous rencontrer, ainsi que Mme Roux.\n\n"
            "Meilleures salutations,\n"
            "Ottilie Brandstätter-Nwosu\n"
        ),
    ),
    dict(
        kind="other", slug="cas_programme_place_refused", lang="fr",
        company="", contact="sylvie.jaquet@irfrh.example.ch",
        date="2026-06-05 15:50 +0200",
        frm=("Sylvie Jaquet", "sylvie.jaquet@irfrh.example.ch"),
        subject="CAS en gestion des ressources humaines – décision d'admission",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Madame,\n\n"
            "Nous avons examiné votre dossier d'admission au CAS en gestion des ressources "
            "humaines (volée 2026–2027).\n\n"
            "Au vu du nombre limité de places et des critères d'admission, qui exigent deux "
            "années d'expérience dans une fonction RH, nous ne sommes malheureusement pas en "
            "mesure de retenir votre candidature pour cette formation. Le module de base "
            "« Introduction aux RH » vous reste ouvert sans condition.\n\n"
            "Avec nos meilleures salutations,\n"
            "Sylvie Jaquet\n"
            "Responsable des admissions, Institut romand de formation RH\n"
        ),
    ),
    dict(
        kind="other", slug="regie_flat_visit_appointment", lang="fr",
        company="", contact="m.berset@regieduparc.example.ch",
        date="2026-05-14 11:25 +0200",
        frm=("Mathieu Berset", "m.berset@regieduparc.example.ch"),
        subject="Visite de l'appartement – Rue des Eaux-Vives 88",
        text=(
            "Madame,\n\n"
            "Suite à votre demande, je vous confirme un rendez-vous pour visiter le 3 pièces "
            "de la Rue des Eaux-Vives 88 le samedi 23 mai à 11h15. Le concierge, M. Da Silva, "
            "vous attendra devant l'entrée.\n\n"
            "Pour déposer un dossier, merci de prévoir une attestation de l'employeur ou un "
            "contrat de travail, ainsi qu'un extrait de l'office des poursuites.\n\n"
            "Meilleures salutations,\n"
            "Mathieu Berset\n"
            "Gérant d'immeubles, Régie du Parc SA\n"
        ),
    ),
    dict(
        kind="other", slug="out_of_office_leman_fr", lang="fr",
        company="", contact=CAMILLE[1],
        date="2026-04-10 09:44 +0200", frm=CAMILLE,
        subject="Réponse automatique : Merci",
        text=(
            "Bonjour,\n\n"
            "Je suis absente jusqu'au lundi 20 avril inclus. Pendant mon absence, vos "
            "messages ne seront pas transférés.\n\n"
            "Pour toute urgence, merci de contacter l'agence au 022 310 44 80.\n\n"
            "Camille Rochat\n"
        ),
        headers={"Auto-Submitted": "auto-replied"},
    ),
    # ================================================================= es
    dict(
        kind="other", slug="empleobizkaia_alert_digest", lang="es",
        company="", contact="",
        date="2026-05-07 07:30 +0200",
        frm=("Empleo Bizkaia Alertas", "alertas@empleobizkaia.example.es"),
        subject=EB_TITLE,
        text=newsletter_text(EB_TITLE, EB_INTRO, EB_ITEMS, EB_FOOTER),
        html=newsletter_html(EB_TITLE, EB_INTRO, EB_ITEMS, EB_FOOTER, lang="es",
                             color="#c8102e"),
        cte="quoted-printable",
        headers=_list_headers("Alertas Empleo Bizkaia <alertas.empleobizkaia.example.es>",
                              "<https://empleobizkaia.example.es/alertas/baja?c=0f3>"),
    ),
    dict(
        kind="other", slug="orienta_blog_competency_interview", lang="es",
        company="", contact="",
        date="2026-06-25 10:00 +0200",
        frm=("Orienta Blog", "boletin@orientablog.example.es"),
        subject="Cómo preparar una entrevista por competencias",
        html=simple_html(paras(
            "Boletín Orienta – junio\n\n"
            "Cómo preparar una entrevista por competencias\n\n"
            "En una entrevista por competencias no te preguntan qué harías, sino qué hiciste. "
            "Prepara cinco situaciones reales con el método STAR: situación, tarea, acción y "
            "resultado.\n\n"
            "Si después del proceso recibes un «no», pide feedback: te ayudará en la "
            "siguiente entrevista.\n\n"
            "Leer más: https://orientablog.example.es/entrevista-competencias\n\n"
            "Darse de baja: https://orientablog.example.es/baja"), lang="es"),
        headers=_list_headers("Boletin Orienta <boletin.orientablog.example.es>",
                              "<https://orientablog.example.es/baja>"),
    ),
    dict(
        kind="other", slug="friend_own_rejection_es", lang="es",
        company="", contact="leire.agirre@example.es",
        date="2026-06-06 23:02 +0200",
        frm=("Leire Agirre", "leire.agirre@example.es"),
        subject="me han dicho que no :(",
        text=(
            "¡Hola guapa!\n\n"
            "Te cuento: me acaban de rechazar en lo de la naviera. Llegué a la última "
            "entrevista y hoy me escriben que «han optado por otro perfil». Estoy de bajón.\n\n"
            "¿Y tú qué tal con el hospital? Si vienes a Bilbao en junio nos tomamos unos "
            "pintxos y nos quejamos juntas.\n\n"
            "Besos,\n"
            "Leire\n"
        ),
    ),
    dict(
        key="t5_thx", parent="t5_mov",
        kind="other", slug="own_thank_you_nervion", lang="es",
        company="", contact="",
        date="2026-05-07 19:30 +0200", frm=ME, to=[ITZIAR],
        subject="Gracias por la entrevista",
        cte="quoted-printable",
        text=(
            "Hola, Itziar:\n\n"
            "Muchas gracias a ti y a Garazi por la entrevista de hoy. Me gustó mucho conocer "
            "cómo acompañáis a las enfermeras nuevas durante sus primeras guardias.\n\n"
            "Sigo muy interesada en el puesto y quedo a la espera de vuestras noticias.\n\n"
            "Un saludo cordial,\n"
            "Ottilie Brandstätter-Nwosu\n"
        ),
    ),
    dict(
        kind="other", slug="language_school_level_interview", lang="es",
        company="", contact="nerea.solaun@idiomasabando.example.es",
        date="2026-02-10 17:20 +0100",
        frm=("Nerea Solaun", "nerea.solaun@idiomasabando.example.es"),
        subject="Entrevista de nivel – curso intensivo de español",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Hola, Ottilie:\n\n"
            "Gracias por inscribirte en el curso intensivo de español online. Antes de "
            "asignarte grupo hacemos una breve entrevista de nivel por videollamada.\n\n"
            "Te propongo el jueves 12 de febrero a las 18:00 (hora peninsular). Son unos 15 "
            "minutos de conversación, sin nada que preparar.\n\n"
            "Un saludo,\n"
            "Nerea Solaun\n"
            "Secretaría académica, Academia de Idiomas Abando\n"
        ),
    ),
    dict(
        kind="other", slug="magazine_press_interview_request", lang="es",
        company="", contact="marta.olabarria@gentequecambia.example.es",
        date="2026-09-09 12:12 +0200",
        frm=("Marta Olabarria", "marta.olabarria@gentequecambia.example.es"),
        subject="Solicitud de entrevista para «Gente que cambia»",
        text=(
            "Hola, Ottilie:\n\n"
            "Soy periodista de la revista «Gente que cambia», donde publicamos historias de "
            "personas que han dado un giro a su carrera. Leire Agirre me habló de ti y de tu "
            "paso de la educación infantil a los recursos humanos.\n\n"
            "¿Te apetecería que te hiciéramos una entrevista para el número de noviembre? "
            "Podemos hacerla por teléfono en unos 30 minutos y te enviaría el texto antes de "
            "publicarlo.\n\n"
            "Un abrazo,\n"
            "Marta Olabarria\n"
            "Redactora, Gente que cambia\n"
        ),
    ),
    dict(
        kind="other", slug="parcel_delayed_es", lang="es",
        company="", contact="",
        date="2026-09-29 14:40 +0200",
        frm=("EnvíosYa", "notificaciones@enviosya.example.es"), frm_enc=("iso-8859-1", "B"),
        subject="Lamentablemente, tu envío está retrasado",
        html_auto="simple", cte="quoted-printable",
        text=(
            "Hola:\n\n"
            "Lamentablemente, tu envío EY-2026-88314 no podrá entregarse hoy por una "
            "incidencia en el centro logístico de Basauri. La nueva fecha estimada es el "
            "jueves 1 de octubre.\n\n"
            "Sigue tu pedido: https://enviosya.example.es/seguimiento/EY202688314\n\n"
            "Equipo EnvíosYa\n"
            "Este es un mensaje automático, no respondas a este correo.\n"
        ),
        headers={"Auto-Submitted": "auto-generated"},
    ),
]
