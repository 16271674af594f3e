"""Corpus 228, hand-written: 52 messages of kind `other` (de 26, en 14, fr 5, es 7):
the candidate's own mail, digests and newsletters, advice, press and research requests,
parcels and trackers, bank, landlord, school, doctor, out-of-office, notifications and
course refusals."""

from __future__ import annotations

from msgs228_common import (
    CANDIDATE,
    CANDIDATE_SIG,
    ats_card,
    html_page,
    newsletter_html,
    newsletter_text,
    paras,
    reply_quote,
    simple_html,
    word_html,
)

CAND_NAME, CAND = CANDIDATE

MESSAGES: list[dict] = []
add = MESSAGES.append

# Texts the employers quote back later (their replies live in the other modules).

APOLOGY_LEONHARD = """Sehr geehrter Herr Gsellmann,

es tut mir sehr leid, dass Sie mich heute Vormittag nicht erreicht haben. Ich war mit meiner
Kindergartengruppe im Wald unterwegs und hatte dort keinen Empfang – ich hätte Ihnen den
Ausflug vorher mitteilen müssen.

Ich bin an der Stelle weiterhin sehr interessiert und jederzeit für ein neues Telefonat
erreichbar, am besten ab 14 Uhr.

Mit freundlichen Grüßen
Magdalena Ferreira-Kunz"""

THANKS_NORDLICHT = """Dear Anja,

thank you - and please pass my thanks on to Lukas and Mira - for this afternoon's panel
conversation. I really enjoyed thinking through the first two weeks of a new engineer with you,
and it made me even more sure that onboarding at Nordlicht is where I want to bring my
experience.

I look forward to hearing about the next steps.

Best regards,
Magdalena"""

THANKS_ROCHUS = """Sehr geehrte Frau Mag.a Pöltl,

vielen Dank für das angenehme Gespräch am Mittwoch und die Zeit, die Sie, Frau Haas und Herr
Novak sich genommen haben. Die Führung durch die Station hat mir gezeigt, wie viel ein gut
geplanter erster Dienst für neue Pflegekräfte ausmacht.

Ich freue mich sehr auf die nächsten Schritte und stehe für Rückfragen gerne zur Verfügung.

Mit freundlichen Grüßen
Magdalena Ferreira-Kunz"""

ASK_KINDERWELT = """Liebe Frau Mag. Url,

vielen Dank für die Einladung zum Hospitationstag, ich freue mich sehr darauf!

Am 21. Juli habe ich allerdings das Abschlussfest meiner Kindergartengruppe, das ich nicht gut
verschieben kann. Wäre es möglich, den Hospitationstag auf einen anderen Tag in derselben Woche
zu legen, etwa Donnerstag oder Freitag?

Liebe Grüße
Magdalena Ferreira-Kunz"""

ASK_AXARQUIA = """Hola, Lucía:

Muchas gracias por la invitación. El miércoles 10 por la mañana tengo la firma del contrato de
alquiler de mi futuro piso en Málaga y no sé cuánto tardará. ¿Sería posible cambiar la
entrevista al jueves 11 o a la tarde del miércoles?

Un saludo,
Magdalena"""

# ---------------------------------------------------------------- German (26)

add(dict(
    name="own_application_with_cv", kind="other", lang="de", company="", contact="",
    frm=CANDIDATE,
    to=[("Schöckl Antriebstechnik Karriere", "jobs@schoeckl-antriebe.example.at")],
    subject="Bewerbung als Onboarding-Koordinatorin (m/w/d) – Magdalena Ferreira-Kunz",
    date="2026-02-09 19:58 +0100", key="schoeckl-application",
    text="""Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Position Onboarding-Koordinatorin am
Standort Graz-Andritz gelesen und bewerbe mich hiermit.

Seit neun Jahren arbeite ich als Elementarpädagogin und leite seit 2022 eine Gruppe mit 22
Kindern. Die Eingewöhnung neuer Kinder und Familien, die Einschulung von Praktikantinnen und
Assistentinnen und die Abstimmung mit Eltern und Träger gehören zu meinem Alltag. Diese
Erfahrung möchte ich nun in die Einarbeitung neuer Mitarbeiterinnen und Mitarbeiter in einem
Industriebetrieb einbringen; den Lehrgang „Personalentwicklung kompakt" habe ich im Herbst 2025
abgeschlossen.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem
persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen

""" + CANDIDATE_SIG["de"],
    attach=[dict(pdf="Lebenslauf_Ferreira-Kunz.pdf", title="Lebenslauf – Magdalena Ferreira-Kunz",
                 lines=["Geboren 1991 in Porto, aufgewachsen in Graz", "",
                        "2017–heute  Elementarpädagogin, Kindergarten Sonnenhügel, Graz",
                        "2022–heute  Gruppenleitung, Praxisanleitung für Praktikantinnen",
                        "2015–2017  Kindergartenpädagogin, Kinderhaus Lend, Graz",
                        "2025  Lehrgang Personalentwicklung kompakt (120 UE)",
                        "2014  Diplom BAfEP Graz", "",
                        "Sprachen: Deutsch, Portugiesisch (Muttersprachen), Englisch C1,",
                        "Französisch B2, Spanisch B2"])],
))

add(dict(
    name="own_apology_missed_call", kind="other", lang="de", company="", contact="",
    frm=CANDIDATE,
    to=[("Bernhard Gsellmann", "bernhard.gsellmann@klinikum-leonhard.example.at")],
    subject="Entschuldigung – Telefonat am Dienstag",
    date="2026-02-03 12:20 +0100", key="leonhard-apology", reply="leonhard-missed",
    refs=["leonhard-invite"],
    text=APOLOGY_LEONHARD + "\n\n" + reply_quote(
        "de", "Di., 3. Feb. 2026 um 10:41", "Bernhard Gsellmann",
        "bernhard.gsellmann@klinikum-leonhard.example.at",
        """Sehr geehrte Frau Ferreira-Kunz,

ich habe heute wie vereinbart um 10:00 Uhr und nochmals um 10:15 Uhr versucht, Sie unter
+43 664 218 55 09 zu erreichen, leider ohne Erfolg."""),
))

add(dict(
    name="own_reschedule_request", kind="other", lang="de", company="", contact="",
    frm=CANDIDATE,
    to=[("Mag. Verena Url", "verena.url@kinderwelt-stmk.example.at")],
    subject="Hospitationstag am 21. Juli – Verschiebung möglich?",
    date="2026-07-15 19:47 +0200", key="kinderwelt-ask", reply="kinderwelt-invite",
    text=ASK_KINDERWELT,
))

add(dict(
    name="own_acceptance_quoting_offer", kind="other", lang="de", company="", contact="",
    frm=CANDIDATE,
    to=[("Lisa Hofbauer-Strobl", "l.hofbauer@schoeckl-antriebe.example.at")],
    subject="AW: Ihr Angebot: Onboarding-Koordinatorin bei Schöckl Antriebstechnik",
    date="2026-03-11 20:15 +0100", reply="schoeckl-offer",
    text="""Liebe Frau Hofbauer-Strobl,

vielen herzlichen Dank für das Angebot – ich nehme es sehr gerne an! Das unterschriebene
Angebotsschreiben schicke ich Ihnen morgen eingescannt und per Post.

Eine kleine Frage noch: Mein Dienstverhältnis im Kindergarten endet mit 30. April, der
1. Mai als Eintritt passt also perfekt. Brauchen Sie vor dem ersten Tag noch Unterlagen von
mir (z. B. Strafregisterbescheinigung, Bankverbindung)?

Ich freue mich sehr auf den Start bei Ihnen!

Herzliche Grüße
Magdalena Ferreira-Kunz

""" + reply_quote("de", "Di., 10. März 2026 um 15:30", "Lisa Hofbauer-Strobl",
                  "l.hofbauer@schoeckl-antriebe.example.at",
                  """Sehr geehrte Frau Ferreira-Kunz,

nach dem Gespräch mit Ihnen am 2. März und der Abstimmung mit unserer Werksleitung freue ich
mich sehr, Ihnen die Position als Onboarding-Koordinatorin anbieten zu dürfen!"""),
))

_jf_items = [
    ("Onboarding-Koordinator*in, Industriebetrieb Weiz",
     "Vollzeit, ab EUR 3.100 brutto (KV), Einladungen zum Gespräch laufend", 
     "https://jobfenster.example.at/job/88213?utm_source=alert"),
    ("Personalassistenz Recruiting & Onboarding, Graz-Puntigam",
     "Teilzeit 25 h, Bewerbungsschluss 6. März",
     "https://jobfenster.example.at/job/88190?utm_source=alert"),
    ("HR Generalist (w/m/d), Leoben",
     "Vollzeit, ab EUR 3.400 brutto, Homeoffice möglich",
     "https://jobfenster.example.at/job/88177?utm_source=alert"),
    ("Ratgeber: Absage bekommen? So holen Sie sich Feedback",
     "Warum eine Absage kein Urteil über Sie ist – und wie Sie nachfragen, ohne zu nerven.",
     "https://jobfenster.example.at/ratgeber/absage-feedback"),
    ("Ratgeber: Die 5 häufigsten Fragen im Vorstellungsgespräch",
     "Von „Warum wollen Sie wechseln?\" bis zur Gehaltsfrage.",
     "https://jobfenster.example.at/ratgeber/fragen-vorstellungsgespraech"),
]
_jf_intro = """Guten Morgen Magdalena,

für Ihren Suchauftrag „Onboarding | Personal – Steiermark" haben wir 3 neue Stellen gefunden."""
_jf_footer = """Sie erhalten diese E-Mail, weil Sie den Suchauftrag auf jobfenster.example.at angelegt
haben. Suchauftrag ändern oder abbestellen:"""

add(dict(
    name="jobalert_digest_steiermark", kind="other", lang="de", company="", contact="",
    frm=("Jobfenster Suchauftrag", "suchauftrag@news.jobfenster.example.at"),
    subject="3 neue Jobs für „Onboarding | Personal – Steiermark\"",
    date="2026-03-02 06:05 +0100",
    headers=[("List-Id", "Jobfenster Suchauftrag <suchauftrag.jobfenster.example.at>"),
             ("List-Unsubscribe",
              "<https://jobfenster.example.at/abmelden?u=mfk228>, "
              "<mailto:unsubscribe@news.jobfenster.example.at?subject=u-mfk228>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    text=newsletter_text(_jf_intro, _jf_items, _jf_footer,
                         "https://jobfenster.example.at/abmelden?u=mfk228"),
    html=newsletter_html("Jobfenster", _jf_intro, _jf_items, _jf_footer, "de",
                         "https://jobfenster.example.at/abmelden?u=mfk228"),
))

_hrc_items = [
    ("Stammtisch im April: Onboarding in der Pflege",
     "Einladung zum Austausch am 16. April, 18:30, Café Promenade. Anmeldung bis 10. April.",
     "https://hr-community-stmk.example.at/events/stammtisch-april"),
    ("Vom Vorstellungsgespräch zum ersten Arbeitstag",
     "Warum die Zeit zwischen Zusage und Eintritt über die Bindung entscheidet.",
     "https://hr-community-stmk.example.at/blog/preboarding"),
    ("Absagen wertschätzend formulieren",
     "Ein Leitfaden unserer Mitglieder: Wie eine Absage den Kontakt nicht beendet.",
     "https://hr-community-stmk.example.at/blog/absagen"),
    ("Offene Positionen bei Mitgliedsbetrieben",
     "12 neue Stellen in HR und Personalentwicklung, u. a. in Graz und Kapfenberg.",
     "https://hr-community-stmk.example.at/jobs"),
]

add(dict(
    name="hr_community_newsletter_html", kind="other", lang="de", company="", contact="",
    frm=("HR-Community Steiermark", "newsletter@hr-community-stmk.example.at"),
    subject="Newsletter April: Stammtisch, Preboarding & wertschätzende Absagen",
    date="2026-04-01 08:00 +0200",
    headers=[("List-Id", "HR-Community Newsletter <newsletter.hr-community-stmk.example.at>"),
             ("List-Unsubscribe", "<https://hr-community-stmk.example.at/newsletter/abmelden>"),
             ("Precedence", "list")],
    html=newsletter_html("HR-Community Steiermark", """Liebe Mitglieder und Interessierte,

der Frühling bringt bei uns wieder mehr Leben in die Community. Hier die Themen des Monats.""",
                         _hrc_items, "HR-Community Steiermark, Verein, ZVR 123456789\n"
                         "Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website "
                         "angemeldet haben.", "de",
                         "https://hr-community-stmk.example.at/newsletter/abmelden"),
))

add(dict(
    name="career_advice_article", kind="other", lang="de", company="", contact="",
    frm=("Karriere-Kompass", "redaktion@karriere-kompass.example.at"),
    subject="Nach der Absage ist vor der Zusage – 4 Schritte für Quereinsteigerinnen",
    date="2026-05-14 07:30 +0200",
    headers=[("List-Id", "Karriere-Kompass Wochenbrief <wochenbrief.karriere-kompass.example.at>"),
             ("List-Unsubscribe", "<https://karriere-kompass.example.at/abo/kuendigen>")],
    cte="quoted-printable",
    text="""KARRIERE-KOMPASS | Wochenbrief Nr. 19/2026

Nach der Absage ist vor der Zusage

„Leider müssen wir Ihnen mitteilen …" – wer beruflich umsteigt, liest diesen Satz öfter als
ihm lieb ist. Unsere Autorin Claudia Wenger hat mit zwölf Quereinsteigerinnen gesprochen, die
nach Dutzenden Absagen doch ihre Stelle gefunden haben. Vier Dinge hatten sie gemeinsam:

1. Sie haben nach jeder Absage um ein kurzes Feedback gebeten – freundlich, einmal, schriftlich.
2. Sie haben ihre bisherige Erfahrung in die Sprache der neuen Branche übersetzt.
3. Sie haben sich auf Vorstellungsgespräche mit konkreten Geschichten vorbereitet, nicht mit
   Schlagworten.
4. Sie haben Netzwerk-Termine ernster genommen als Stellenportale.

Den ganzen Artikel lesen: https://karriere-kompass.example.at/artikel/absage-zusage

Außerdem diese Woche:
- Gehaltsverhandlung im Kollektivvertrag: Wo Spielraum bleibt
  https://karriere-kompass.example.at/artikel/kv-verhandeln
- Assessment Center: Was die Beobachter wirklich sehen
  https://karriere-kompass.example.at/artikel/ac-beobachter

--
Karriere-Kompass, Medieninhaber: Kompass Medien, Wien
Wochenbrief abbestellen: https://karriere-kompass.example.at/abo/kuendigen
""",
))

add(dict(
    name="podcast_interview_request", kind="other", lang="de", company="",
    contact="miriam@quer-gedacht-podcast.example.at",
    frm=("Miriam Holzer", "miriam@quer-gedacht-podcast.example.at"),
    subject="Interview-Anfrage für den Podcast „Quer gedacht\"",
    date="2026-06-09 10:14 +0200",
    text="""Liebe Frau Ferreira-Kunz,

ich bin Miriam, Host des Podcasts „Quer gedacht", in dem wir jede Woche mit Menschen sprechen,
die beruflich etwas ganz Neues angefangen haben. Über einen gemeinsamen Kontakt in der
HR-Community habe ich von Ihrem Weg vom Kindergarten ins Onboarding gehört.

Hätten Sie Lust auf ein Interview für eine unserer nächsten Folgen? Die Aufnahme dauert etwa
45 Minuten und findet entweder bei uns im Studio in der Grazer Annenstraße oder online statt.
Wir würden über Ihre Motivation, die ersten Bewerbungen und das, was Sie aus der Pädagogik
mitnehmen, sprechen.

Ich würde mich sehr über eine Zusage freuen!

Herzliche Grüße
Miriam Holzer
Quer gedacht – der Podcast über Neuanfänge
""",
))

add(dict(
    name="friend_tells_own_absage", kind="other", lang="de", company="",
    contact="steffi.pratter@mailbox.example.at",
    frm=("Steffi Pratter", "steffi.pratter@mailbox.example.at"),
    subject="ich könnt schreien",
    date="2026-03-19 21:48 +0100",
    cte="8bit",
    text="""Hey Magda,

stell dir vor, ich hab heute die Absage von der Stadtbibliothek bekommen. Nach DREI Runden!
„Wir haben uns für eine Bewerberin entschieden, deren Profil …" – du kennst das eh. Dabei war
das letzte Gespräch so gut, die Leiterin hat sogar schon über Dienstpläne geredet.

Na ja. Ich brauch jetzt ein Achterl. Hast du am Samstag Zeit? Und wie läuft's bei dir mit der
Firma in Andritz?

Bussi
Steffi
""",
))

add(dict(
    name="parcel_delayed_unfortunately", kind="other", lang="de", company="", contact="",
    frm=("Blitzpaket Sendungsverfolgung", "no-reply@blitzpaket.example.at"),
    subject="Ihre Sendung 40 1122 7781 verzögert sich leider",
    date="2026-04-08 14:02 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Blitzpaket", """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 40 1122 7781 von Papeterie Wolkenlos.

Grund: Die Sendung konnte im Verteilzentrum Kalsdorf nicht rechtzeitig bearbeitet werden.
Neuer voraussichtlicher Zustelltag: Freitag, 10. April 2026, 8:00–14:00 Uhr.

Sie möchten einen anderen Zustellort wählen? Nutzen Sie die Sendungsverfolgung.

Ihr Blitzpaket-Team""", "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.",
                  "de", color="#facc15", button=("Sendung verfolgen",
                                                 "https://blitzpaket.example.at/t/4011227781")),
))

add(dict(
    name="bank_beratungstermin_position", kind="other", lang="de", company="",
    contact="andrea.kogler@steirerbank.example.at",
    frm=("Kogler Andrea", "andrea.kogler@steirerbank.example.at"),
    subject="Ihr Beratungstermin am 12. Mai & Ihre Fondsposition",
    date="2026-05-05 09:31 +0200",
    charset="windows-1252",
    text=(_bank := """Sehr geehrte Frau Ferreira-Kunz,

gerne bestätige ich Ihren Beratungstermin am Dienstag, 12. Mai, um 16:30 Uhr in unserer Filiale
am Jakominiplatz. Wir besprechen Ihre Finanzierung für den möglichen Umzug sowie die
Neuausrichtung Ihres Depots.

Zur Vorbereitung: Ihre Position im Fonds „Steirer Nachhaltig Global" liegt aktuell bei
48,2 Stück mit einem Kurswert von € 6.140,–. Eine Umschichtung wäre ohne Ausgabeaufschlag
möglich.

Bitte bringen Sie einen Lichtbildausweis und Ihre letzten drei Gehaltszettel mit.

Freundliche Grüße
Andrea Kogler
Privatkundenbetreuerin
Steirerbank, Filiale Jakominiplatz
Jakominiplatz 6, 8010 Graz | +43 316 8036-2241

Diese Nachricht dient nur der Information und stellt keine Anlageempfehlung dar."""),
    html=word_html(_bank, "de"),
))

add(dict(
    name="landlord_uebergabe_verschoben", kind="other", lang="de", company="",
    contact="k.pammer@hv-pammer.example.at",
    frm=("Ing. Kurt Pammer", "k.pammer@hv-pammer.example.at"),
    subject="Wohnungsübergabe Grabenstraße 41/7 – Termin verschoben",
    date="2026-09-29 08:12 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Ferreira-Kunz,

leider muss ich den Termin für die Wohnungsübergabe am Freitag, 2. Oktober, verschieben, der
Installateur für den Therme-Check kann erst in der Woche darauf. Neuer Vorschlag: Dienstag,
6. Oktober, 17:00 Uhr. Die Zählerstände lesen wir bei der Gelegenheit gemeinsam ab.

Ihre Kaution überweisen wir wie besprochen binnen 14 Tagen nach der Übergabe.

Mit freundlichen Grüßen
Ing. Kurt Pammer
Hausverwaltung Pammer
Griesgasse 18, 8020 Graz | 0316 71 05 92
""",
))

add(dict(
    name="school_elternsprechtag", kind="other", lang="de", company="",
    contact="b.url-strohmaier@vs-greith.example.at",
    frm=("Barbara Url-Strohmaier", "b.url-strohmaier@vs-greith.example.at"),
    subject="Einladung zum Elternsprechtag – Leo, 2b",
    date="2026-01-27 13:05 +0100",
    text="""Liebe Eltern von Leo,

am Donnerstag, 12. Februar, findet unser Elternsprechtag statt. Ich lade Sie herzlich zu einem
Gespräch über Leos Entwicklung im ersten Semester ein. Für Sie habe ich 15:20 Uhr eingeplant;
das Gespräch dauert etwa 15 Minuten und findet in der Klasse 2b statt.

Falls die Uhrzeit nicht passt, schreiben Sie mir bitte, dann finden wir einen anderen Termin.
Die Schulnachricht gibt es übrigens am Freitag davor.

Liebe Grüße
Barbara Url-Strohmaier
Klassenlehrerin 2b, Volksschule Greith
""",
))

add(dict(
    name="doctor_booking_ics", kind="other", lang="de", company="", contact="",
    frm=("Ordination Dr. Wallner – Terminbuchung", "noreply@terminbuchung.example.at"),
    subject="Terminbestätigung: Vorsorgeuntersuchung am 14.10.2026",
    date="2026-09-30 07:48 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Guten Tag Frau Ferreira-Kunz,

Ihr Termin ist bestätigt:

Vorsorgeuntersuchung – Dr. med. univ. Irene Wallner, Ärztin für Allgemeinmedizin
Mittwoch, 14. Oktober 2026, 8:15 Uhr
Ordination: Leonhardstraße 58, 8010 Graz

Bitte kommen Sie nüchtern (Blutabnahme) und bringen Sie Ihre e-card mit. Können Sie den Termin
nicht wahrnehmen, sagen Sie ihn bitte mindestens 24 Stunden vorher über den Link in Ihrem
Buchungskonto ab.

Ihre Ordination Dr. Wallner
""",
    attach=[dict(filename="termin.ics", ics=dict(
        method="REQUEST", uid="tb-20261014-0815-wallner@terminbuchung.example.at", seq=0,
        start="2026-10-14 08:15", end="2026-10-14 08:45", tz="Europe/Vienna",
        summary="Vorsorgeuntersuchung Dr. Wallner", location="Leonhardstraße 58, 8010 Graz",
        prodid="-//Terminbuchung//Praxis//DE",
        organizer=("Ordination Dr. Wallner", "noreply@terminbuchung.example.at")))],
))

add(dict(
    name="out_of_office_agency", kind="other", lang="de", company="",
    contact="d.pichler@trummer-personal.example.at",
    frm=("Doris Pichler", "d.pichler@trummer-personal.example.at"),
    subject="Abwesenheitsnotiz: Kurze Frage zu offenen Mandaten",
    date="2026-04-02 09:40 +0200",
    reply="<mfk-trummer-frage-20260402@example.at>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Precedence", "auto_reply")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. April nicht im Büro und lese meine E-Mails in dieser Zeit nur
eingeschränkt. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Mag. Peter
Trummer (p.trummer@trummer-personal.example.at, +43 316 82 44 70).

Freundliche Grüße
Doris Pichler
Trummer & Partner Personalberatung
""",
))

add(dict(
    name="network_profile_views", kind="other", lang="de", company="", contact="",
    frm=("Berufsnetz", "benachrichtigungen-noreply@berufsnetz.example.com"),
    subject="Magdalena, Sie wurden diese Woche in 7 Suchen gefunden",
    date="2026-06-01 05:22 +0000",
    headers=[("List-Unsubscribe", "<https://berufsnetz.example.com/einstellungen/benachrichtigungen>")],
    text=(_bn := """Magdalena, Ihr Profil war diese Woche gefragt

7 Suchen, in denen Sie aufgetaucht sind
Suchende arbeiten bei: Personalvermittlung, Krankenhaus, Maschinenbau

2 Personen haben Ihr Profil angesehen, darunter eine Recruiterin aus München.

Neue Positionen, die zu Ihnen passen könnten:
- Onboarding Specialist – 14 Bewerbungen
- Personalentwicklerin (Teilzeit) – frühe Bewerberin sein

Alle Suchergebnisse ansehen: https://berufsnetz.example.com/me/suchen

Sie erhalten Benachrichtigungs-E-Mails. Abmelden:
https://berufsnetz.example.com/einstellungen/benachrichtigungen"""),
    html=simple_html(_bn, "de"),
))

add(dict(
    name="fh_lehrgang_kein_platz", kind="other", lang="de", company="",
    contact="petra.hasenhuettl@fh-murmuerz.example.at",
    frm=("Mag. Petra Hasenhüttl", "petra.hasenhuettl@fh-murmuerz.example.at"),
    subject="Ihre Bewerbung für den Masterlehrgang Personalentwicklung",
    date="2026-06-30 11:58 +0200",
    charset="iso-8859-1",
    text="""Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterlehrgang
»Personalentwicklung & Organisationslernen« (Start Oktober 2026).

Nach dem Aufnahmegespräch und der Reihung durch die Aufnahmekommission müssen wir Ihnen leider
mitteilen, dass wir Ihnen in diesem Jahrgang keinen Studienplatz anbieten können. Sie befinden
sich auf Platz 4 der Warteliste; sollte ein Platz frei werden, informieren wir Sie bis
spätestens 15. September.

Eine Bewerbung für den Jahrgang 2027 ist selbstverständlich möglich.

Mit freundlichen Grüßen
Mag. Petra Hasenhüttl
Lehrgangsmanagement
Fachhochschule Mur-Mürz, Kapfenberg
""",
))

add(dict(
    name="headhunter_cold_approach", kind="other", lang="de", company="",
    contact="f.wiesinger@isarkopf.example.de",
    frm=("Florian Wiesinger", "f.wiesinger@isarkopf.example.de"),
    subject="Ihr Weg in die Personalentwicklung",
    date="2026-05-11 08:22 +0200", key="isarkopf-cold",
    text="""Sehr geehrte Frau Ferreira-Kunz,

über Ihren Beitrag in der HR-Community Steiermark zum Thema „Eingewöhnung für Erwachsene" bin
ich auf Ihr Profil aufmerksam geworden. Ich bin Partner bei Isarkopf Executive Search in
München und begleite Unternehmen aus Medizintechnik und Maschinenbau bei der Besetzung von
HR-Positionen.

Quereinsteigerinnen mit pädagogischem Hintergrund sind bei einigen meiner Mandanten gerade sehr
gefragt. Falls Sie offen dafür sind, auch Positionen in Bayern zu betrachten, würde ich mich
über Ihren Lebenslauf freuen – ganz unverbindlich.

Beste Grüße
Florian Wiesinger
Partner | Isarkopf Executive Search
Maximilianstraße 35, 80539 München
+49 89 2189 447-12
""",
))

add(dict(
    name="jobcoaching_beratungsgespraech", kind="other", lang="de", company="",
    contact="r.schweighofer@jobcoaching-stmk.example.at",
    frm=("Renate Schweighofer", "r.schweighofer@jobcoaching-stmk.example.at"),
    subject="Einladung zum Beratungsgespräch – Ihr Coaching-Paket",
    date="2026-01-09 10:02 +0100",
    text="""Liebe Frau Ferreira-Kunz,

schön, dass Sie sich für unser Coaching-Paket „Neustart im Beruf" angemeldet haben! Ich lade
Sie herzlich zu unserem ersten Beratungsgespräch ein:

Mittwoch, 14. Jänner 2026, 17:00–18:30 Uhr
Jobcoaching Steiermark, Raum 3, Mariahilferstraße 20, 8020 Graz

Wir schauen uns gemeinsam Ihren Lebenslauf an und üben erste Fragen für
Vorstellungsgespräche. Bitte bringen Sie zwei Stellenanzeigen mit, die Sie ansprechen.

Herzliche Grüße
Renate Schweighofer
Karriere-Coach, Jobcoaching Steiermark
""",
))

_radar_items = [
    ("Onboarding Manager*in – Wiener Stadtspital Nord-Ost",
     "Wien 21., Vollzeit, EUR 3.600–4.100, Bewerbungsgespräche ab KW 33",
     "https://stellenradar.example.at/s/551023"),
    ("People & Culture Coordinator – E-Commerce Scale-up",
     "Wien 7., Vollzeit, Englisch erforderlich, Remote-Anteil 40 %",
     "https://stellenradar.example.at/s/551011"),
    ("Personalreferent*in Onboarding – Energieversorger",
     "Linz, Teilzeit 30 h, KV Elektrizitätswirtschaft",
     "https://stellenradar.example.at/s/550987"),
    ("Interview-Training: 20 % Rabatt für Radar-Nutzer",
     "Üben Sie Ihr nächstes Jobinterview mit einem Profi – nur bis Sonntag.",
     "https://stellenradar.example.at/partner/interviewtraining"),
]

add(dict(
    name="stellenradar_html_only", kind="other", lang="de", company="", contact="",
    frm=("Stellenradar", "radar@mail.stellenradar.example.at"),
    subject="Ihr Stellenradar: 3 neue Treffer für Wien & Linz",
    date="2026-08-06 05:45 +0200",
    headers=[("List-Id", "<radar.stellenradar.example.at>"),
             ("List-Unsubscribe", "<https://stellenradar.example.at/radar/aus?k=228>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    html_cte="base64",
    html=newsletter_html("Stellenradar", "Hallo Magdalena, hier sind die neuesten Treffer.",
                         _radar_items, "Stellenradar GmbH, Wien. Sie haben den Radar für "
                         "„Onboarding\" abonniert.", "de",
                         "https://stellenradar.example.at/radar/aus?k=228"),
))

add(dict(
    name="own_forward_job_ad_attached", kind="other", lang="de", company="", contact="",
    frm=CANDIDATE,
    to=[("Steffi Pratter", "steffi.pratter@mailbox.example.at")],
    subject="Fwd: Neue Stelle: Bibliotheksassistenz Onboarding",
    date="2026-03-24 22:05 +0100",
    text="""Hey Steffi,

schau, die Stadtbibliothek Leoben sucht auch jemanden – die Anzeige hängt an. Nach der Absage
letzte Woche wär das vielleicht genau das Richtige für dich? Bewerbungsschluss ist erst im
April.

Bussi
Magda
""",
    attach=[dict(filename="Neue Stelle Bibliotheksassistenz.eml", eml=dict(
        frm=("Stellenradar", "radar@mail.stellenradar.example.at"),
        subject="Neue Stelle: Bibliotheksassistenz Onboarding",
        date="2026-03-24 06:10 +0100",
        text="""Hallo Magdalena,

eine neue Stelle passt zu Ihrem Radar „Bibliothek | Steiermark":

Bibliotheksassistenz mit Schwerpunkt Onboarding von Ehrenamtlichen
Stadtbibliothek Leoben, Teilzeit 25 h, Bewerbungsschluss 17. April 2026
https://stellenradar.example.at/s/530877

Ihr Stellenradar""",
    ))],
))

add(dict(
    name="friend_asks_how_interview_went", kind="other", lang="de", company="",
    contact="lena.fruhmann@mailbox.example.at",
    frm=("Lena Fruhmann", "lena.fruhmann@mailbox.example.at"),
    subject="und?? 🙂",
    date="2026-05-20 18:12 +0200",
    text="""Magda!

Wie war dein Vorstellungsgespräch heute im Spital in Wien? Erzähl! Haben sie dich gleich
eingeladen zur zweiten Runde oder musst du jetzt warten?

Ich drück dir alle Daumen. Ruf mich an, wenn du im Zug bist.

Lena
""",
))

add(dict(
    name="kindergarten_mitarbeitergespraech", kind="other", lang="de", company="",
    contact="gudrun.maierhofer@kiga-sonnenhuegel.example.at",
    frm=("Gudrun Maierhofer", "gudrun.maierhofer@kiga-sonnenhuegel.example.at"),
    subject="Mitarbeitergespräch & Dienstplan März",
    date="2026-02-18 14:26 +0100",
    cte="quoted-printable",
    text="""Liebe Magdalena,

wie jedes Jahr führe ich im Februar mit allen Kolleginnen das Mitarbeitergespräch. Deines
hätte ich gern am Freitag, 27. Februar, um 13:30 Uhr im Büro, während der Mittagsruhe – Petra
übernimmt so lange deine Gruppe.

Und noch zum Dienstplan März: Kannst du in der Woche vom 16. März den Frühdienst übernehmen?
Die Position der Springerin ist ab März wieder besetzt, danach sollte es ruhiger werden.

Liebe Grüße
Gudrun

Gudrun Maierhofer
Leitung Kindergarten Sonnenhügel
Ragnitzstraße 89, 8047 Graz
""",
))

add(dict(
    name="bildungshaus_kurs_abgesagt", kind="other", lang="de", company="", contact="",
    frm=("Bildungshaus Mariatrost", "noreply@bildungshaus-mariatrost.example.at"),
    subject="Absage: Seminar „Onboarding kompakt\" am 18. April",
    date="2026-04-09 16:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(_bh := """Sehr geehrte Frau Ferreira-Kunz,

leider müssen wir das Seminar „Onboarding kompakt – neue Mitarbeitende gut begleiten" am
Samstag, 18. April 2026, wegen zu geringer Teilnehmerzahl absagen.

Die Kursgebühr von EUR 180,– wird Ihnen innerhalb von 10 Werktagen auf Ihr Konto
rückerstattet. Gerne können Sie sich stattdessen für den Ersatztermin am 13. Juni anmelden.

Wir bitten um Ihr Verständnis.

Ihr Bildungshaus Mariatrost
Kirchplatz 8, 8044 Graz"""),
    html=simple_html(_bh, "de"),
))

add(dict(
    name="kreditkarte_antrag_abgelehnt", kind="other", lang="de", company="", contact="",
    frm=("Steirerbank Kartenservice", "kartenservice-noreply@steirerbank.example.at"),
    subject="Ihr Antrag auf eine Kreditkarte",
    date="2026-07-02 10:20 +0200",
    charset="iso-8859-1", cte="base64",
    text="""Sehr geehrte Frau Ferreira-Kunz,

danke für Ihren Antrag auf eine Steirerbank Mastercard Gold vom 29. Juni 2026.

Nach Prüfung Ihrer Unterlagen können wir Ihrem Antrag derzeit leider nicht entsprechen. Die
Entscheidung beruht auf unseren internen Vergaberichtlinien, unter anderem zur Dauer Ihres
aktuellen Dienstverhältnisses.

Gerne bespricht Ihre Kundenbetreuerin mit Ihnen Alternativen, etwa eine Debitkarte mit
erhöhtem Limit.

Freundliche Grüße
Ihr Kartenservice der Steirerbank

Diese Nachricht wurde automatisch versendet.
""",
))

add(dict(
    name="own_thankyou_after_panel", kind="other", lang="de", company="", contact="",
    frm=CANDIDATE,
    to=[("Pöltl Elisabeth, Mag.a", "elisabeth.poeltl@st-rochus.example.at")],
    subject="Danke für das Gespräch am 20. Mai",
    date="2026-05-22 08:14 +0200", key="rochus-thanks", refs=["rochus-invite", "rochus-moved"],
    text=THANKS_ROCHUS + "\n\n-- \n" + CANDIDATE_SIG["de"],
))

# ---------------------------------------------------------------- English (14)

add(dict(
    name="own_thankyou_panel_en", kind="other", lang="en", company="", contact="",
    frm=CANDIDATE,
    to=[("Anja Petrović", "anja.petrovic@nordlicht-software.example.at")],
    subject="Thank you – Onboarding Coordinator panel",
    date="2026-03-20 17:41 +0100", key="nordlicht-thanks",
    refs=["nordlicht-invite", "nordlicht-moved"],
    text=THANKS_NORDLICHT + "\n\n-- \n" + CANDIDATE_SIG["en"],
))

add(dict(
    name="own_application_en_cv", kind="other", lang="en", company="", contact="",
    frm=CANDIDATE,
    to=[("Tom Brandstaetter", "tom.brandstaetter@danube-bio.example.at")],
    subject="Application - Onboarding & Lab Admin Coordinator",
    date="2026-01-26 20:03 +0100", key="danube-application",
    text="""Dear Mr Brandstaetter,

please find attached my application for the Onboarding & Lab Admin Coordinator position.

For nine years I have welcomed new children, families and trainee teachers into my
kindergarten group in Graz, and I have recently completed a certificate in personnel
development. I would love to bring that mix of structure and warmth to new colleagues in a
growing lab.

I would be glad to tell you more in a conversation.

Best regards,

""" + CANDIDATE_SIG["en"],
    attach=[dict(pdf="CV_Magdalena_Ferreira-Kunz_EN.pdf",
                 title="Magdalena Ferreira-Kunz - Curriculum Vitae",
                 lines=["Kindergarten teacher moving into HR onboarding", "",
                        "2017-present  Kindergarten teacher and group lead, Graz",
                        "2025  Certificate in Personnel Development (120 h)",
                        "Languages: German, Portuguese (native), English C1, French B2,",
                        "Spanish B2"])],
))

_ln_items = [
    ("HR Onboarding Specialist - Nordlicht Software", "Vienna, Austria · 2 days ago",
     "https://jobs.connectly.example.com/view/402211"),
    ("People Operations Associate - Savinja Digital", "Ljubljana, Slovenia · Be an early applicant",
     "https://jobs.connectly.example.com/view/402198"),
    ("Talent & Onboarding Coordinator - Kestrel Mobility", "Vienna (Hybrid) · 31 applicants",
     "https://jobs.connectly.example.com/view/402170"),
    ("Employee Experience Partner - Brightloom Analytics", "Málaga, Spain · Actively recruiting",
     "https://jobs.connectly.example.com/view/402155"),
]

add(dict(
    name="network_jobs_you_may_like", kind="other", lang="en", company="", contact="",
    frm=("Connectly Jobs", "jobs-noreply@connectly.example.com"),
    subject="Magdalena, 4 new jobs for you: HR Onboarding Specialist and more",
    date="2026-02-11 07:02 +0000",
    headers=[("List-Unsubscribe", "<https://connectly.example.com/unsub/jobs?m=228>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    text=newsletter_text("Jobs you may be interested in, based on your profile and recent "
                         "searches.", _ln_items, "You are receiving Job Alert emails.",
                         "https://connectly.example.com/unsub/jobs?m=228"),
    html=newsletter_html("Connectly", "Jobs you may be interested in, based on your profile and "
                         "recent searches.", _ln_items, "You are receiving Job Alert emails.",
                         "en", "https://connectly.example.com/unsub/jobs?m=228"),
))

add(dict(
    name="advice_newsletter_rejection", kind="other", lang="en", company="", contact="",
    frm=("The Second Career Letter", "letters@secondcareer.example.com"),
    subject="How to handle rejection (and why it isn't about you)",
    date="2026-04-26 12:00 +0000",
    headers=[("List-Id", "The Second Career Letter <weekly.secondcareer.example.com>"),
             ("List-Unsubscribe", "<https://secondcareer.example.com/unsubscribe/228>")],
    text=(_sc := """THE SECOND CAREER LETTER - issue 112

How to handle rejection (and why it isn't about you)

"Unfortunately, we have decided not to move forward with your application." If you're changing
careers, you'll read that sentence a lot. This week we talked to three hiring managers about
what actually happens behind it:

* Most rejections at the CV stage come from keyword filters, not people.
* After an interview, the decision is often between two good candidates - and the tie-breaker
  is usually direct industry experience, which you can't fix overnight.
* Asking for feedback works best within 48 hours, in two sentences.

Also in this issue: a teacher who became a Head of Onboarding shares the cover letter that got
her first interview invitation, and our monthly list of employers who hire career changers.

Read online: https://secondcareer.example.com/issues/112
Unsubscribe: https://secondcareer.example.com/unsubscribe/228"""),
    html=html_page(paras(_sc), "en", "The Second Career Letter"),
))

add(dict(
    name="user_research_interview_ics", kind="other", lang="en", company="",
    contact="noor.haddad@hirewise.example.com",
    frm=("Noor Haddad", "noor.haddad@hirewise.example.com"),
    subject="Invitation: 30-minute user interview about Hirewise (EUR 30 voucher)",
    date="2026-06-17 15:10 +0200",
    text="""Hi Magdalena,

I'm a UX researcher at Hirewise, the job-search app you signed up for in March. We're
redesigning how applications are tracked and would love to hear how you manage yours.

Would you join a 30-minute user interview on video? I've attached a suggested time (Tuesday 23
June, 17:00 CEST); if it doesn't suit you, just decline and pick another slot here:
https://hirewise.example.com/research/book/mfk

As a thank-you, you'll receive a EUR 30 voucher. This is research, not a job interview - there
are no right or wrong answers.

Thanks!
Noor Haddad
Senior UX Researcher, Hirewise
""",
    attach=[dict(filename="user-interview.ics", ics=dict(
        method="REQUEST", uid="hirewise-research-0623-mfk@hirewise.example.com", seq=0,
        start="2026-06-23 17:00", end="2026-06-23 17:30", tz="Europe/Berlin",
        summary="Hirewise user interview (research)", location="Zoom",
        prodid="-//Google Inc//Google Calendar 70.9054//EN",
        organizer=("Noor Haddad", "noor.haddad@hirewise.example.com")))],
))

add(dict(
    name="press_interview_request", kind="other", lang="en", company="",
    contact="c.whitfield@danubedispatch.example.com",
    frm=("Clara Whitfield", "c.whitfield@danubedispatch.example.com"),
    subject="Interview request - career changers in Austria",
    date="2026-07-22 11:45 +0200",
    text="""Dear Ms Ferreira-Kunz,

I'm a reporter with The Danube Dispatch, an English-language news site for Vienna and Central
Europe. I'm working on a feature about people who switch careers in their thirties, and a
contact at Harcourt Leigh mentioned your move from early-years education into HR.

Would you be willing to do a short interview, by phone or in person in Graz, some time in the
next two weeks? It would take about 30 minutes, and I'm happy to send you the questions in
advance. You can of course remain anonymous if you prefer.

With best wishes,
Clara Whitfield
Features Reporter, The Danube Dispatch
+43 660 417 88 21
""",
))

add(dict(
    name="bike_tracker_position", kind="other", lang="en", company="", contact="",
    frm=("TrackTag", "alerts@tracktag.example.com"),
    subject="New position reported for 'Rosalie' (bike)",
    date="2026-08-29 23:17 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hi Magdalena,

Your TrackTag attached to "Rosalie" (bike) reported a new position:

Position: 47.0679 N, 15.4417 E (accuracy 12 m)
Near: Jakominiplatz, 8010 Graz
Time: 29 Aug 2026, 23:12

The tag left your saved zone "Home" at 23:05. If you didn't move it, open the app to turn on
Lost Mode.

Open map: https://app.tracktag.example.com/tags/rosalie

- TrackTag
You can change alert settings in the app.
""",
))

add(dict(
    name="parcel_delayed_en", kind="other", lang="en", company="", contact="",
    frm=("Swiftpost Tracking", "noreply@swiftpost.example.com"),
    subject="Unfortunately, your package is delayed",
    date="2026-10-03 09:26 +0000",
    html=ats_card("Swiftpost", """Hi Magdalena,

Unfortunately, your package SP-77420915-AT from "Moving Boxes Direct" is delayed.

A customs check at our Vienna hub has held up the shipment. We now expect to deliver on
Wednesday, 7 October, between 09:00 and 13:00.

No action is needed from you. We're sorry for the wait.""",
                  "You're receiving this because you have a shipment with Swiftpost. "
                  "This mailbox is not monitored.", "en", color="#ea580c",
                  button=("Track package",
                          "https://swiftpost.example.com/track/SP-77420915-AT")),
))

add(dict(
    name="out_of_office_recruiter_en", kind="other", lang="en", company="",
    contact="tjasa.kranjc@savinja-digital.example.si",
    frm=("Tjaša Kranjc", "tjasa.kranjc@savinja-digital.example.si"),
    subject="Automatic reply: Re: We missed you this morning",
    date="2026-04-14 12:02 +0200",
    reply="<mfk-savinja-sorry-20260414@example.at>", refs=["savinja-missed"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Thank you for your email. I am out of the office at a conference until Thursday, 16
April, with limited access to email. I will reply when I'm back.

For urgent matters regarding open positions, please contact people@savinja-digital.example.si.

Tjaša Kranjc
People Lead, Savinja Digital
""",
))

add(dict(
    name="course_place_refused_en", kind="other", lang="en", company="",
    contact="admissions.officer@vspm.example.at",
    frm=("Hannah Leitner, Admissions", "admissions.officer@vspm.example.at"),
    subject="Your application: Certificate in People Management (Autumn 2026)",
    date="2026-07-10 14:40 +0200",
    text="""Dear Magdalena,

Thank you for applying to the Certificate in People Management at the Vienna School of People
Management.

We received more than three times as many applications as places this term. I'm sorry to tell
you that we are unable to offer you a place in the autumn 2026 cohort. This decision concerns
the course only and reflects the number of places, not your potential.

You are welcome to apply again for the spring 2027 intake; your documents will remain on file.

Kind regards,
Hannah Leitner
Admissions Officer
Vienna School of People Management
""",
))

add(dict(
    name="headhunter_cold_en", kind="other", lang="en", company="",
    contact="j.okafor@harcourt-leigh.example.com",
    frm=("James Okafor", "j.okafor@harcourt-leigh.example.com"),
    subject="Hello from Harcourt Leigh",
    date="2026-06-29 09:05 +0200", key="harcourt-cold",
    text="""Dear Magdalena,

I came across your profile while researching people who have moved from education into
onboarding and people development - it's a background several of my clients in hospitality
and healthcare value highly.

I lead the People & HR practice at Harcourt Leigh Search in Vienna. There's nothing specific
on the table right now, but if you're open to hearing about roles over the coming months, I'd
be glad to receive your CV and keep you in mind.

Best regards,
James Okafor
Principal Consultant, People & HR practice
Harcourt Leigh Search
Kärntner Ring 5-7, 1010 Vienna | +43 1 205 77 19
""",
))

add(dict(
    name="friend_ljubljana_rejection", kind="other", lang="en", company="",
    contact="nina.korosec@posta.example.si",
    frm=("Nina Korošec", "nina.korosec@posta.example.si"),
    subject="well that's that",
    date="2026-09-04 22:30 +0200",
    text="""Hey Magda,

so I got THE email today from the agency in Ljubljana - "we have decided to move forward with
other candidates whose experience more closely matches the role". After a four-hour
assessment day! They didn't even call.

Anyway, I'm fine, mostly annoyed. Heard your pharma job got put on hold - what a year for both
of us. Come visit in October? The castle is pretty when it rains, I promise.

Nina
""",
))

_web_items = [
    ("Live webinar: Interviewing skills for career changers",
     "Thursday 10 September, 18:00 CEST - 60 minutes, free, with Q&A.",
     "https://careershift.example.com/webinars/interviewing-career-changers"),
    ("Workbook: Turning teaching experience into HR language",
     "Free download for registered participants.",
     "https://careershift.example.com/workbooks/teaching-to-hr"),
]

add(dict(
    name="webinar_interviewing_skills", kind="other", lang="en", company="", contact="",
    frm=("CareerShift Events", "events@careershift.example.com"),
    subject="You're invited: Interviewing skills for career changers (live webinar)",
    date="2026-08-31 16:00 +0000",
    headers=[("List-Id", "CareerShift Events <events.careershift.example.com>"),
             ("List-Unsubscribe", "<mailto:leave-events@careershift.example.com>"),
             ("Precedence", "bulk")],
    text=newsletter_text("Hi Magdalena,\n\nYou're invited to our next live session.", _web_items,
                         "CareerShift, 20 Mercer Street, Dublin.",
                         "mailto:leave-events@careershift.example.com"),
    html=newsletter_html("CareerShift", "Hi Magdalena,\n\nYou're invited to our next live "
                         "session.", _web_items, "CareerShift, 20 Mercer Street, Dublin.", "en",
                         "mailto:leave-events@careershift.example.com"),
))

add(dict(
    name="company_reviews_notification", kind="other", lang="en", company="", contact="",
    frm=("Worklens", "notifications@worklens.example.com"),
    subject="New interview reviews for Nordlicht Software",
    date="2026-03-06 10:11 +0000",
    headers=[("List-Unsubscribe", "<https://worklens.example.com/settings/email>")],
    text="""Hi Magdalena,

Companies you follow have new content:

Nordlicht Software - 3 new interview reviews
"Panel interview with HR and an engineering manager, friendly, about 60 minutes. Got an offer
two weeks later." - Onboarding Specialist, Vienna
"Was rejected after the second round, but the feedback was detailed." - People Partner, Vienna

Kestrel Mobility - 1 new salary report

See all updates: https://worklens.example.com/following

Manage your email preferences: https://worklens.example.com/settings/email
""",
))

# ---------------------------------------------------------------- French (5)

add(dict(
    name="own_candidature_spontanee", kind="other", lang="fr", company="", contact="",
    frm=CANDIDATE,
    to=[("Service recrutement", "recrutement@clinique-ill.example.fr")],
    subject="Candidature – coordinatrice de l'intégration des nouveaux salariés",
    date="2026-04-19 22:10 +0200", key="ill-application",
    text="""Madame, Monsieur,

Je vous adresse ma candidature au poste de coordinatrice de l'intégration des nouveaux
salariés publié sur votre site.

Éducatrice de jeunes enfants depuis neuf ans à Graz, j'accompagne chaque année l'arrivée de
nouvelles familles et de stagiaires. Je souhaite aujourd'hui mettre cette expérience au
service de l'accueil des soignants et des équipes administratives d'un établissement de santé.
Je m'installerai à Strasbourg à l'automne.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

""" + CANDIDATE_SIG["fr"],
    attach=[dict(pdf="CV_Ferreira-Kunz_FR.pdf", title="Magdalena Ferreira-Kunz – CV",
                 lines=["Éducatrice de jeunes enfants, en reconversion RH", "",
                        "2017-aujourd'hui  Éducatrice et responsable de groupe, Graz",
                        "2025  Certificat en développement du personnel",
                        "Langues : allemand, portugais, anglais, français, espagnol"])],
))

_rea_items = [
    ("Chargé·e d'intégration – Groupe hospitalier, Strasbourg",
     "CDI, temps plein, entretiens prévus mi-juin", "https://reseau-emploi-alsace.example.fr/o/7731"),
    ("Assistant·e RH onboarding – Industrie, Haguenau",
     "CDD 12 mois, prise de poste en septembre", "https://reseau-emploi-alsace.example.fr/o/7728"),
    ("Rebondir après un refus : le témoignage de Sophie",
     "Trois refus, puis un poste de responsable formation – ce qu'elle a changé.",
     "https://reseau-emploi-alsace.example.fr/conseils/rebondir-refus"),
]

add(dict(
    name="newsletter_reseau_emploi", kind="other", lang="fr", company="", contact="",
    frm=("Réseau Emploi Alsace", "lettre@reseau-emploi-alsace.example.fr"),
    frm_enc="iso-8859-1:Q",
    subject="La lettre de la semaine : 2 offres RH et rebondir après un refus",
    date="2026-05-29 07:00 +0200",
    headers=[("List-Id", "Lettre hebdo <lettre.reseau-emploi-alsace.example.fr>"),
             ("List-Unsubscribe", "<https://reseau-emploi-alsace.example.fr/desinscription>")],
    text=newsletter_text("Bonjour Magdalena,\n\nVoici la sélection de la semaine.", _rea_items,
                         "Réseau Emploi Alsace – association loi 1908.",
                         "https://reseau-emploi-alsace.example.fr/desinscription"),
    html=newsletter_html("Réseau Emploi Alsace", "Bonjour Magdalena,\n\nVoici la sélection de "
                         "la semaine.", _rea_items, "Réseau Emploi Alsace – association loi "
                         "1908.", "fr", "https://reseau-emploi-alsace.example.fr/desinscription"),
))

add(dict(
    name="banque_entretien_conseillere", kind="other", lang="fr", company="",
    contact="aurelie.schmitt@banque-du-rhin.example.fr",
    frm=("Aurélie Schmitt", "aurelie.schmitt@banque-du-rhin.example.fr"),
    subject="Votre rendez-vous du 8 septembre – ouverture de compte",
    date="2026-09-01 10:37 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Madame Ferreira-Kunz,

Je vous confirme notre entretien du mardi 8 septembre à 10h00 en agence (place Kléber) pour
l’ouverture de votre compte courant et l’étude de votre dossier de prêt pour l’installation à
Strasbourg.

Merci d’apporter : pièce d’identité, justificatif de domicile (même autrichien), votre contrat
de travail ou promesse d’embauche et vos trois derniers bulletins de salaire.

Bien cordialement,
Aurélie Schmitt
Conseillère clientèle particuliers
Banque du Rhin – agence Kléber
""",
))

add(dict(
    name="master_rh_refus", kind="other", lang="fr", company="", contact="",
    frm=("Scolarité IET Strasbourg", "scolarite-noreply@iet-strasbourg.example.fr"),
    subject="Résultat de votre candidature – Master GRH (formation continue)",
    date="2026-06-12 15:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

La commission pédagogique du Master Gestion des ressources humaines (formation continue) a
examiné votre dossier.

Nous avons le regret de vous informer que votre candidature à cette formation n'a pas été
retenue pour la rentrée 2026. Le nombre de places étant limité à 24, la commission a privilégié
les candidats justifiant d'une expérience professionnelle en ressources humaines.

Vous pouvez déposer une nouvelle candidature lors de la prochaine campagne.

Le service de scolarité
Institut d'Études du Travail de Strasbourg
Ce courriel est envoyé automatiquement.
""",
))

add(dict(
    name="absence_auto_reply_fr", kind="other", lang="fr", company="",
    contact="s.mullerkieffer@clinique-ill.example.fr",
    frm=("Sandrine Muller-Kieffer", "s.mullerkieffer@clinique-ill.example.fr"),
    subject="Réponse automatique : Candidature – questions sur le calendrier",
    date="2026-05-12 08:03 +0200",
    reply="<mfk-ill-question-20260512@example.at>", refs=["ill-cancel"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Bonjour,

Je suis absente du 11 au 22 mai inclus. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence concernant le recrutement, vous pouvez contacter le secrétariat de la
DRH au 03 88 25 61 00.

Sandrine Muller-Kieffer
Clinique de l'Ill
""",
))

# ---------------------------------------------------------------- Spanish (7)

add(dict(
    name="own_reschedule_request_es", kind="other", lang="es", company="", contact="",
    frm=CANDIDATE,
    to=[("Lucía Moreno Vela", "lucia.moreno@axarquia-soft.example.es")],
    subject="Re: Entrevista para Coordinadora de Onboarding",
    date="2026-06-05 21:16 +0200", key="axarquia-ask", reply="axarquia-invite",
    text=ASK_AXARQUIA + "\n\n" + reply_quote(
        "es", "mié, 3 jun 2026 a las 12:40", "Lucía Moreno Vela",
        "lucia.moreno@axarquia-soft.example.es",
        """Te propongo el miércoles 10 de junio a las 10:00 (hora peninsular), por Google Meet.
Estaremos Jaime, nuestro CEO, y yo. ¿Te viene bien?"""),
))

_es_items = [
    ("Técnico/a de acogida y formación – Cadena hotelera, Marbella",
     "Contrato indefinido, incorporación en octubre. Entrevistas durante septiembre.",
     "https://empleosur.example.es/oferta/99120"),
    ("Coordinador/a de onboarding – Empresa tecnológica, Málaga TechPark",
     "Inglés alto, modelo híbrido.", "https://empleosur.example.es/oferta/99104"),
    ("Administrativo/a de RR. HH. – Hospital privado, Málaga",
     "Jornada completa, turno de mañana.", "https://empleosur.example.es/oferta/99087"),
    ("Consejo: qué hacer si te rechazan tras la entrevista",
     "Cómo pedir feedback sin cerrar puertas.", "https://empleosur.example.es/consejos/rechazo"),
]

add(dict(
    name="alerta_empleo_malaga", kind="other", lang="es", company="", contact="",
    frm=("EmpleoSur Alertas", "alertas@empleosur.example.es"),
    subject="3 ofertas nuevas para «recursos humanos» en Málaga",
    date="2026-08-27 06:30 +0200",
    headers=[("List-Id", "Alertas EmpleoSur <alertas.empleosur.example.es>"),
             ("List-Unsubscribe", "<https://empleosur.example.es/alertas/baja?id=228>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    text=newsletter_text("Hola Magdalena,\n\nEstas son las novedades de tu alerta.", _es_items,
                         "Recibes este correo porque creaste una alerta en EmpleoSur.",
                         "https://empleosur.example.es/alertas/baja?id=228"),
    html=newsletter_html("EmpleoSur", "Hola Magdalena,\n\nEstas son las novedades de tu alerta.",
                         _es_items, "Recibes este correo porque creaste una alerta en "
                         "EmpleoSur.", "es", "https://empleosur.example.es/alertas/baja?id=228"),
))

add(dict(
    name="amiga_cuenta_su_rechazo", kind="other", lang="es", company="",
    contact="marta.ocana@correo.example.es",
    frm=("Marta Ocaña", "marta.ocana@correo.example.es"),
    subject="me han dicho que no 😩",
    date="2026-07-23 23:02 +0200",
    charset="utf-8", cte="base64",
    text="""Magda, guapa:

Al final me han rechazado en el colegio de Pedregalejo. Me escribieron esta tarde: "tras
valorar su candidatura, hemos optado por otro perfil". Y yo que ya me veía con la clase de
tres años...

Bueno, mañana será otro día. ¿Qué tal lo tuyo con el supermercado? ¿Te han dicho algo después
de la entrevista? Cuando te mudes, te invito a espetos en El Palo para celebrar (o para
consolarnos, lo que toque).

Besos,
Marta
""",
))

add(dict(
    name="inmobiliaria_cita_piso", kind="other", lang="es", company="",
    contact="javier.rosado@inmocarcer.example.es",
    frm=("Javier Rosado – Inmobiliaria Cárcer", "javier.rosado@inmocarcer.example.es"),
    subject="Visita al piso de calle Cárcer y entrevista con la propietaria",
    date="2026-05-27 17:50 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola, Magdalena:

Le confirmo la cita para ver el piso de la calle Cárcer (2 dormitorios, 850 euros al mes) el sábado 6
de junio a las 11:30. La propietaria, doña Encarna, quiere tener una pequeña entrevista con los
posibles inquilinos después de la visita, nada formal: le gusta conocer a quién alquila.

Traiga, si puede, un contrato de trabajo o una carta de su futura empresa, y el DNI o
pasaporte.

Un saludo,
Javier Rosado
Inmobiliaria Cárcer, C/ Cárcer 3, 29008 Málaga
Tel. 952 21 40 88
""",
))

add(dict(
    name="paquete_retrasado_es", kind="other", lang="es", company="", contact="",
    frm=("Envíos Veloz", "no-responder@enviosveloz.example.es"),
    subject="Lamentablemente, tu pedido llegará con retraso",
    date="2026-09-15 08:41 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(_env := """Hola, Magdalena:

Lamentablemente, tu envío EV-5510-2290 (remitente: Mudanzas Sol y Mar) llegará con retraso por
una incidencia en nuestro centro de Antequera.

Nueva fecha estimada de entrega: viernes 18 de septiembre.

Puedes seguir tu envío aquí: https://enviosveloz.example.es/seguimiento/EV-5510-2290

Gracias por tu paciencia.
Envíos Veloz

Este correo se ha enviado desde una dirección que no admite respuestas."""),
    html=simple_html(_env, "es"),
))

add(dict(
    name="radio_entrevista_cambio", kind="other", lang="es", company="",
    contact="pilar.navas@ondacosta.example.es",
    frm=("Pilar Navas", "pilar.navas@ondacosta.example.es"),
    subject="Propuesta de entrevista en «La Mañana de Onda Costa»",
    date="2026-10-07 12:22 +0200",
    text="""Hola, Magdalena:

Soy Pilar Navas, productora de «La Mañana de Onda Costa». Preparamos un especial sobre
personas que cambian de profesión y de país, y nos han hablado de tu historia: de maestra de
infantil en Austria a recursos humanos en Málaga.

¿Te apetecería participar en una entrevista en directo, de unos quince minutos, el jueves 22 de
octubre a las 10:15? Puede ser en el estudio o por teléfono.

Gracias y un saludo,
Pilar Navas
Producción – Onda Costa Radio
""",
))

add(dict(
    name="master_rrhh_no_admitida", kind="other", lang="es", company="",
    contact="elena.carmona@ebs-andalucia.example.es",
    frm=("Elena Carmona – Admisiones", "elena.carmona@ebs-andalucia.example.es"),
    subject="Resolución de admisión – Máster en Dirección de RR. HH.",
    date="2026-06-26 13:05 +0200",
    text=(_ebs := """Estimada Magdalena:

Gracias por tu interés en el Máster en Dirección de Recursos Humanos (edición executive,
octubre 2026).

Tras la entrevista de admisión y la valoración del comité académico, lamentamos comunicarte que
no has sido admitida en esta edición. El comité ha priorizado perfiles con al menos tres años
de experiencia en gestión de personas.

Te animamos a considerar nuestro Programa Superior en Gestión del Talento, que no exige
experiencia previa en RR. HH.

Un saludo cordial,
Elena Carmona
Departamento de Admisiones
Escuela de Negocios de Andalucía"""),
    html=simple_html(_ebs, "es"),
))
