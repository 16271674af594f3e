"""Corpus 232, kind `other`: mail that is not a job event for the candidate.

Own sent mail, digests, newsletters, notifications, private mail that borrows the words.
"""

from __future__ import annotations

from msgs232_common import (
    ME,
    SIG_DE,
    SIG_EN,
    SIG_FR,
    digest_html,
    digest_text,
    outlook_html,
    paras_html,
    reply,
    simple_html,
)

# ---------------------------------------------------------------- texts other modules quote

APPLICATION_ESB = f"""Sehr geehrte Frau Böhme,

anbei sende ich Ihnen meine Bewerbung als Teamleiter Kundenservice (m/w/d) für Ihr
Kundencenter am Leipziger Hauptbahnhof (Kennziffer ESB-2026-014).

Seit acht Jahren fahre ich als Zugbegleiter im mitteldeutschen Regionalverkehr. Ich
kenne die Fragen, die Fahrgäste bei Zugausfällen stellen, und weiß, wie schnell eine
Situation kippt, wenn niemand die Verantwortung übernimmt. Seit zwei Jahren arbeite ich
neue Kolleginnen und Kollegen ein und vertrete unseren Schichtleiter.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem persönlichen
Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen

{SIG_DE}
"""

THANKS_ELBFLORENZ = """Liebe Frau Zschoche,

vielen Dank für das angenehme Gespräch heute Vormittag mit Ihnen und Herrn Lindner. Die
Einblicke in die Schadenhotline und in die Schichtplanung Ihres Teams haben mir gut
gefallen, und ich kann mir die Aufgabe nach wie vor sehr gut vorstellen.

Die Unterlagen zu meiner Ausbilderqualifikation reiche ich wie besprochen bis Montag nach.

Viele Grüße aus Leipzig
Benedikt Nwankwo-Salas"""

THANKS_SKYLARK = """Hi Maya,

Thank you for this morning's panel. It was good to meet Daniel and Aylin, and the
question about the winter disruption at Schoenefeld made me think about how I handled
the storm weekend on our line last year. I would love to bring that experience to your
passenger care team.

Happy to send anything else the panel needs.

Best regards,
Benedikt"""

APOLOGY_SAXONIA = """Sehr geehrter Herr Hentschel,

es tut mir wirklich leid. Mein Dienst heute früh hat sich wegen einer Signalstörung bei
Wurzen um fast eine Stunde verlängert, und im Zug hatte ich kein Netz. Ich hätte Ihnen
vorher Bescheid geben müssen.

Wenn Sie mir noch eine Chance geben, bin ich diese Woche ab Donnerstag jederzeit
erreichbar.

Mit freundlichen Grüßen
Benedikt Nwankwo-Salas"""

REQUEST_TURIA = """Estimada Lucía:

Muchas gracias por la invitación. Le escribo porque el martes 7 de abril a las 10:00 tengo
turno en el tren hasta las 11:30 (hora de Alemania) y no podré conectarme a tiempo.

¿Sería posible hacer la entrevista ese mismo día por la tarde, a partir de las 14:00, o
el miércoles 8 a cualquier hora?

Disculpe las molestias y gracias de antemano.

Un saludo cordial,
Benedikt Nwankwo-Salas"""


MESSAGES: list[dict] = []
M = MESSAGES.append

# ================================================================ German

M(dict(
    kind="other", slug="own_application_esb", lang="de", company="", contact="",
    key="esb_application",
    frm=ME, to=[("Katrin Böhme", "bewerbung@elster-saale-bahn.example.de")],
    subject="Bewerbung als Teamleiter Kundenservice (m/w/d) – Kennziffer ESB-2026-014",
    date="2026-02-02 19:40",
    text=APPLICATION_ESB, cte="qp",
    pdfs=[dict(name="Lebenslauf_Nwankwo-Salas.pdf", title="Lebenslauf Benedikt Nwankwo-Salas",
               lines=["Gohliser Str. 41, 04155 Leipzig", "",
                      "seit 2018  Zugbegleiter, Regionalverkehr Mitteldeutschland",
                      "seit 2024  Einarbeitung neuer Kolleginnen und Kollegen",
                      "2015-2018  Kundenberater im Reisezentrum",
                      "Sprachen: Deutsch, Englisch (C1), Spanisch (B2), Französisch (B1)"])],
    headers=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Thunderbird/128.6.0")],
))

M(dict(
    kind="other", slug="own_thanks_after_interview_esb", lang="de", company="", contact="",
    key="esb_thanks", parent="esb_update",
    frm=ME, to=[("Ralf Wendt", "ralf.wendt@elster-saale-bahn.example.de")],
    cc=[("Katrin Böhme", "katrin.boehme@elster-saale-bahn.example.de")],
    subject="Danke für das Gespräch am Donnerstag",
    date="2026-03-05 18:30",
    text=f"""Sehr geehrter Herr Wendt,

ganz herzlichen Dank für die Zeit, die Sie sich heute für mich genommen haben, und für den
Rundgang durch das Kundencenter. Besonders der Teil über die Übergabe zwischen Frühschicht
und Spätschicht hat mich angesprochen: Genau da sehe ich viel, was ich aus dem Zugdienst
mitbringen kann.

Falls Sie noch Unterlagen von mir brauchen, etwa das Zeugnis meiner Ausbilderschulung,
schicke ich sie gern nach.

Mit freundlichen Grüßen

{SIG_DE}
""",
))

M(dict(
    kind="other", slug="own_reschedule_request_rosental", lang="de", company="", contact="",
    key="rosental_request", parent="rosental_invite",
    frm=ME, to=[("Anja Fritzsche", "anja.fritzsche@rosental-versicherung.example.de")],
    subject="AW: Einladung zum Vorstellungsgespräch am 31.03. – Teamleitung Kundenservice",
    subj_enc="utf-8:Q", charset="iso-8859-1", cte="qp",
    date="2026-03-23 07:55",
    text=reply("""Guten Morgen Frau Fritzsche,

vielen Dank für die Einladung, über die ich mich sehr freue.

Am 31.03. habe ich bis 11:40 Uhr Dienst auf der Strecke nach Chemnitz. Wäre es möglich,
das Gespräch auf den Nachmittag zu legen, etwa ab 14 Uhr? Falls das nicht geht, tausche
ich die Schicht, dann bräuchte ich nur ein paar Tage Vorlauf.

Viele Grüße
Benedikt Nwankwo-Salas""", "de", "Fr., 20. März 2026 um 14:12", "Anja Fritzsche",
               """Sehr geehrter Herr Nwankwo-Salas,

wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Gespräch per
Microsoft Teams ein: Dienstag, 31.03.2026, 10:00 bis 11:00 Uhr.

Die Einladung mit dem Teams-Link erhalten Sie separat als Kalendereintrag.

Freundliche Grüße
Anja Fritzsche"""),
))

M(dict(
    kind="other", slug="own_apology_after_missed_call", lang="de", company="", contact="",
    key="saxonia_apology", parent="saxonia_missed",
    frm=ME, to=[("Marcel Hentschel", "m.hentschel@saxonia-dialog.example.de")],
    subject="Re: Unser Telefontermin heute um 10:00 Uhr",
    date="2026-04-14 12:02",
    text=reply(APOLOGY_SAXONIA, "de", "14.04.2026 um 10:25", "Marcel Hentschel",
               """Hallo Herr Nwankwo-Salas,

wir waren heute um 10:00 Uhr zum Telefoninterview verabredet. Ich habe Sie zweimal unter
Ihrer Mobilnummer angerufen, um 10:00 und um 10:10, leider ohne Erfolg.

Geben Sie mir kurz Bescheid, ob Sie weiterhin Interesse haben.

Gruß
Marcel Hentschel"""),
))

M(dict(
    kind="other", slug="own_thanks_elbflorenz", lang="de", company="", contact="",
    key="elbflorenz_thanks", parent="elbflorenz_invite",
    frm=ME, to=[("Juliane Zschoche", "juliane.zschoche@elbflorenz-versicherung.example.de")],
    subject="Vielen Dank für das Gespräch",
    date="2026-02-06 17:45", cte="base64",
    text=THANKS_ELBFLORENZ + "\n",
))

DIGEST_DE_ITEMS = [
    ("Teamleitung Kundendialog (m/w/d)", "Leipzig · Vollzeit · Energieversorger",
     "https://jobs.jobboerse-mitteldeutschland.example.de/a/77120?src=alert",
     "Sie führen ein Team von 14 Mitarbeitenden im Kundenservice und verantworten Schichtplanung."),
    ("Servicecenter-Leiter Bahnhof (m/w/d)", "Halle (Saale) · Vollzeit · Eisenbahnunternehmen",
     "https://jobs.jobboerse-mitteldeutschland.example.de/a/77168?src=alert",
     "Erfahrung im Schichtdienst und im Umgang mit Beschwerden ist erwünscht."),
    ("Supervisor Inbound Hotline", "Dresden · Teilzeit möglich · Callcenter",
     "https://jobs.jobboerse-mitteldeutschland.example.de/a/77201?src=alert",
     "Vorstellungsgespräche finden laufend statt, Start ab sofort."),
    ("Kundenbetreuer Schadenservice", "Erfurt · Vollzeit · Versicherung",
     "https://jobs.jobboerse-mitteldeutschland.example.de/a/77233?src=alert",
     "Quereinsteiger willkommen, Einarbeitung in zwei Wochen."),
]
DIGEST_DE_INTRO = """Guten Morgen Benedikt,

für Ihren Suchauftrag „Teamleitung Kundenservice, 50 km um Leipzig“ gibt es 4 neue Stellen.
Übrigens: In unserem Ratgeber lesen Sie diese Woche, warum eine Absage kein Urteil über
Sie ist und wie Sie sich auf das nächste Vorstellungsgespräch vorbereiten."""
DIGEST_DE_OUTRO = """Mehr Stellen: https://www.jobboerse-mitteldeutschland.example.de/suche?id=sa-4471
Ratgeber: https://www.jobboerse-mitteldeutschland.example.de/ratgeber/absage-verarbeiten"""
DIGEST_DE_FOOTER = """Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
Jobbörse Mitteldeutschland, Karl-Liebknecht-Str. 90, 04275 Leipzig"""
M(dict(
    kind="other", slug="job_alert_digest_mitteldeutschland", lang="de", company="", contact="",
    frm=("Jobbörse Mitteldeutschland", "suchauftrag@news.jobboerse-mitteldeutschland.example.de"),
    name_enc="iso-8859-1:Q",
    subject="4 neue Jobs für „Teamleitung Kundenservice“ – und: Was tun nach einer Absage?",
    subj_enc="utf-8:B",
    date="2026-03-02 06:30",
    headers=[
        ("List-Id", "Suchauftrag <suchauftrag.jobboerse-mitteldeutschland.example.de>"),
        ("List-Unsubscribe",
         "<https://www.jobboerse-mitteldeutschland.example.de/abmelden?u=bns4471>, "
         "<mailto:abmelden@jobboerse-mitteldeutschland.example.de?subject=sa-4471>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ],
    text=digest_text("Jobbörse Mitteldeutschland", DIGEST_DE_INTRO, DIGEST_DE_ITEMS,
                     DIGEST_DE_OUTRO,
                     "https://www.jobboerse-mitteldeutschland.example.de/abmelden?u=bns4471",
                     "Suchauftrag abbestellen", DIGEST_DE_FOOTER),
    html=digest_html("Jobbörse Mitteldeutschland", "#0b6e4f", DIGEST_DE_INTRO, DIGEST_DE_ITEMS,
                     DIGEST_DE_OUTRO,
                     "https://www.jobboerse-mitteldeutschland.example.de/abmelden?u=bns4471",
                     "Suchauftrag abbestellen", DIGEST_DE_FOOTER),
    cte="qp",
))

M(dict(
    kind="other", slug="career_newsletter_coping_with_rejection", lang="de", company="",
    contact="",
    frm=("Karrierebrief Sachsen", "redaktion@karrierebrief-sachsen.example.de"),
    subject="Karrierebrief 11/2026: „Leider müssen wir Ihnen mitteilen …“ – richtig lesen",
    date="2026-05-28 07:00",
    headers=[("List-Id", "Karrierebrief Sachsen <brief.karrierebrief-sachsen.example.de>"),
             ("List-Unsubscribe", "<https://karrierebrief-sachsen.example.de/u/ks-20931>")],
    html=f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Karrierebrief 11/2026</title></head>
<body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222">
<h1 style="font-size:24px">Absagen richtig lesen</h1>
{paras_html('''Jede zweite Bewerbung endet mit einer Absage, und die meisten davon klingen gleich:
„Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.“
Was steckt dahinter? Wir haben drei Personalerinnen aus Dresden und Leipzig gefragt.

1. Standardformulierungen sagen nichts über Ihre Qualifikation. Oft ist die Stelle
intern besetzt worden oder das Budget wurde gestrichen.

2. Fragen Sie nach einem Vorstellungsgespräch ruhig nach Feedback. Ein kurzer Anruf
bringt mehr als eine lange E-Mail.

3. Eine Zusage kommt selten sofort. Zwei Wochen Funkstille nach dem Interview sind normal.''')}
<p><a href="https://karrierebrief-sachsen.example.de/artikel/absagen-lesen">Ganzen Artikel lesen</a>
 · <a href="https://karrierebrief-sachsen.example.de/termine">Termine: Bewerbertraining Juni</a></p>
<hr>
<p style="font-size:11px;color:#777">Karrierebrief Sachsen · Redaktion · Königsbrücker Str. 12,
01099 Dresden<br><a href="https://karrierebrief-sachsen.example.de/u/ks-20931">Abmelden</a></p>
</body></html>
""",
    cte="qp",
))

NET_INTRO = """Hallo Benedikt, hier ist Ihre Wochenübersicht."""
M(dict(
    kind="other", slug="network_weekly_notification", lang="de", company="", contact="",
    frm=("Karrierenetz", "benachrichtigungen@karrierenetz.example.com"),
    subject="Benedikt, 7 Personen haben Ihr Profil angesehen",
    date="2026-04-19 09:14",
    headers=[("List-Unsubscribe", "<https://www.karrierenetz.example.com/einstellungen/mail>"),
             ("X-Auto-Response-Suppress", "All")],
    text="""Hallo Benedikt, hier ist Ihre Wochenübersicht.

Profilaufrufe: 7 (+3 gegenüber letzter Woche)
Darunter: eine Recruiterin von Saxonia Dialog und ein Personalberater aus Berlin.

Neue Stellen, die zu Ihrem Profil passen:
- Teamleiter Servicecenter, Halle (Saale) – 41 Bewerbungen
- Schichtleitung Kundenservice Flughafen, Leipzig/Halle – früh bewerben
https://www.karrierenetz.example.com/jobs/empfohlen

Ihr Kontakt Steffen Kühn hat eine neue Position: Disponent bei einem Logistiker.
Gratulieren: https://www.karrierenetz.example.com/feed/gratulieren/88123

Benachrichtigungen verwalten: https://www.karrierenetz.example.com/einstellungen/mail
""",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>{NET_INTRO}</p>
<table cellpadding="6" style="border:1px solid #ddd"><tr><td><b>Profilaufrufe</b></td><td>7 (+3)</td></tr>
<tr><td colspan="2">Darunter: eine Recruiterin von Saxonia Dialog und ein Personalberater aus Berlin.</td></tr></table>
<p><b>Neue Stellen, die zu Ihrem Profil passen</b></p>
<ul><li><a href="https://www.karrierenetz.example.com/jobs/5521">Teamleiter Servicecenter, Halle (Saale)</a> – 41 Bewerbungen</li>
<li><a href="https://www.karrierenetz.example.com/jobs/5530">Schichtleitung Kundenservice Flughafen, Leipzig/Halle</a> – früh bewerben</li></ul>
<p>Ihr Kontakt Steffen Kühn hat eine neue Position: Disponent bei einem Logistiker.
<a href="https://www.karrierenetz.example.com/feed/gratulieren/88123">Gratulieren</a></p>
<p style="font-size:11px;color:#999"><a href="https://www.karrierenetz.example.com/einstellungen/mail">Benachrichtigungen verwalten</a></p>
</body></html>
""",
    cte="base64",
))

M(dict(
    kind="other", slug="friend_tells_own_rejection", lang="de", company="",
    contact="jule.ebersbach@example.de",
    frm=("Jule Ebersbach", "jule.ebersbach@example.de"),
    subject="Na toll … die Absage von den Verkehrsbetrieben ist da",
    charset="windows-1252", cte="8bit",
    date="2026-03-12 21:48",
    text="""Hey Bene,

kurzes Update von mir, weil du ja neulich gefragt hast: Heute kam die Absage von den
Verkehrsbetrieben in Chemnitz. „Wir haben uns für eine Kandidatin entschieden, deren
Profil noch besser zu unseren Anforderungen passt“ – mehr stand da nicht drin. Nach
zwei Gesprächen und einem Probetag finde ich das schon etwas dünn.

Egal, ich hab am Montag das nächste Vorstellungsgespräch, diesmal bei einer
Krankenkasse. Drück mir die Daumen!

Und wie läuft’s bei dir mit der Bahn in Leipzig? Hast du schon was gehört?

Lass uns am Wochenende mal telefonieren.
Jule
""",
))

M(dict(
    kind="other", slug="current_employer_appraisal_talk", lang="de", company="",
    contact="sabine.lorenz@sachsenregio.example.de",
    frm=("Lorenz, Sabine", "sabine.lorenz@sachsenregio.example.de"),
    name_enc="iso-8859-1:Q",
    subject="Einladung: Jährliches Mitarbeitergespräch 2026",
    date="2026-03-18 13:05",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
              "Einladung: Jährliches Mitarbeitergespräch 2026")],
    text="""Hallo Benedikt,

wie jedes Jahr möchte ich mit dir unser Mitarbeitergespräch führen: Rückblick auf 2025,
deine Ziele, Weiterbildung. Ich habe uns den Besprechungsraum 2 im Betriebshof reserviert.

Bitte bring den ausgefüllten Vorbereitungsbogen mit (liegt im Intranet unter
Personal > Formulare).

Viele Grüße
Sabine

Sabine Lorenz
Teamleiterin Zugbegleitdienst Nord
Sachsen-Regio Zugservice GmbH
Rackwitzer Str. 30, 04347 Leipzig
Tel. +49 341 2250 410
""",
    html=outlook_html("""Hallo Benedikt,

wie jedes Jahr möchte ich mit dir unser Mitarbeitergespräch führen: Rückblick auf 2025,
deine Ziele, Weiterbildung. Ich habe uns den Besprechungsraum 2 im Betriebshof reserviert.

Bitte bring den ausgefüllten Vorbereitungsbogen mit (liegt im Intranet unter
Personal > Formulare).

Viele Grüße
Sabine

Sabine Lorenz
Teamleiterin Zugbegleitdienst Nord
Sachsen-Regio Zugservice GmbH
Rackwitzer Str. 30, 04347 Leipzig
Tel. +49 341 2250 410""", "de"),
    cte="qp",
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E008000000001a7c232",
             summary="Mitarbeitergespräch Benedikt / Sabine", start="2026-04-09 09:00",
             end="2026-04-09 10:00", location="Betriebshof Leipzig, Besprechungsraum 2",
             organizer=("Sabine Lorenz", "sabine.lorenz@sachsenregio.example.de"),
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
))

M(dict(
    kind="other", slug="bank_advice_appointment", lang="de", company="",
    contact="tobias.mehnert@sparkasse-parthe.example.de",
    frm=("Tobias Mehnert", "tobias.mehnert@sparkasse-parthe.example.de"),
    subject="Ihr Beratungstermin Baufinanzierung am 14.05.",
    charset="iso-8859-1", cte="8bit",
    date="2026-05-06 16:22",
    text="""Sehr geehrter Herr Nwankwo-Salas,

hiermit bestätige ich unseren Beratungstermin zur Baufinanzierung am Donnerstag,
14.05.2026, um 17:30 Uhr in unserer Filiale Gohlis.

Damit das Gespräch zügig vorangeht, bringen Sie bitte Ihre letzten drei
Gehaltsabrechnungen und, falls vorhanden, den Arbeitsvertrag mit. Sollte sich Ihre
berufliche Position in nächster Zeit ändern, etwa durch einen Stellenwechsel, sprechen
Sie mich gern darauf an; das beeinflusst die Finanzierung.

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis zum Vortag ab.

Mit freundlichen Grüßen

Tobias Mehnert
Immobilienfinanzierung
Sparkasse Partheland, Filiale Gohlis
Georg-Schumann-Str. 120, 04155 Leipzig
Telefon 0341 5590 2231

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""",
))

M(dict(
    kind="other", slug="landlord_viewing_moved", lang="de", company="",
    contact="h.seifert@hausverwaltung-seifert.example.de",
    frm=("Hausverwaltung Seifert", "h.seifert@hausverwaltung-seifert.example.de"),
    subject="Besichtigungstermin Wohnung Lützowstraße verschoben",
    date="2026-06-02 11:47",
    text="""Sehr geehrter Herr Nwankwo-Salas,

leider muss ich den Besichtigungstermin für die 3-Raum-Wohnung in der Lützowstraße 18
verschieben: Der Vormieter ist krank und kann die Wohnung am Samstag nicht zeigen.

Neuer Termin: Dienstag, 09.06., 18:00 Uhr. Bitte geben Sie mir kurz Bescheid, ob das
bei Ihnen passt. Ihre Mieterselbstauskunft liegt mir bereits vor.

Freundliche Grüße
Heike Seifert
Hausverwaltung Seifert
Menckestr. 7, 04155 Leipzig, Tel. 0341 9120 554
""",
))

M(dict(
    kind="other", slug="school_parent_teacher_talk", lang="de", company="",
    contact="k.vogel@grundschule-gohlis.example.de",
    frm=("Kathrin Vogel", "k.vogel@grundschule-gohlis.example.de"),
    subject="Elternsprechtag Klasse 3b – Ihr Gesprächstermin",
    date="2026-10-12 15:30",
    cte="qp",
    text="""Liebe Eltern von Amara,

für den Elternsprechtag am Donnerstag, 22.10., habe ich Ihnen den Gesprächstermin um
16:40 Uhr eingetragen (Raum 104, 15 Minuten). Wir sprechen über das Halbjahr und über die
Empfehlung für die Leseförderung.

Wer den Termin nicht wahrnehmen kann, meldet sich bitte bis Montag, dann finden wir eine
Alternative.

Herzliche Grüße
Kathrin Vogel
Klassenleiterin 3b, 64. Grundschule Leipzig-Gohlis
""",
))

M(dict(
    kind="other", slug="doctor_appointment_cancelled", lang="de", company="", contact="",
    frm=("Hausarztpraxis Dr. Albrecht", "termine-noreply@praxis-albrecht.example.de"),
    subject="Terminabsage: Ihr Termin am 21.01.2026 um 08:15",
    date="2026-01-19 18:03",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Guten Tag Benedikt Nwankwo-Salas,

Ihr Termin in der Hausarztpraxis Dr. Albrecht am 21.01.2026 um 08:15 Uhr (Vorsorge-
untersuchung) muss leider entfallen, da die Praxis an diesem Tag krankheitsbedingt
geschlossen ist.

Bitte buchen Sie online einen neuen Termin:
https://termine.praxis-albrecht.example.de/buchen

Diese Nachricht wurde automatisch versendet. Antworten auf diese E-Mail können nicht
bearbeitet werden.
""",
))

M(dict(
    kind="other", slug="parcel_delayed_position", lang="de", company="", contact="",
    frm=("MittePaket Sendungsverfolgung", "no-reply@mittepaket.example.de"),
    subject="Ihre Sendung verzögert sich leider",
    date="2026-02-25 12:10",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hallo Benedikt Nwankwo-Salas,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 1187.
Grund: Witterungsbedingte Verspätung im Paketzentrum Radefeld.

Aktuelle Position Ihrer Sendung: Paketzentrum Radefeld, Halle 3 (Stand 12:02 Uhr)
Neue voraussichtliche Zustellung: Freitag, 27.02., 10:00–14:00 Uhr

Live verfolgen: https://mittepaket.example.de/verfolgen/0034044712290118

Wir bitten um Entschuldigung.
Ihr MittePaket-Team
""",
    html=simple_html("""Hallo Benedikt Nwankwo-Salas,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2290 1187.
Grund: Witterungsbedingte Verspätung im Paketzentrum Radefeld.

Aktuelle Position Ihrer Sendung: Paketzentrum Radefeld, Halle 3 (Stand 12:02 Uhr)
Neue voraussichtliche Zustellung: Freitag, 27.02., 10:00–14:00 Uhr

Live verfolgen: https://mittepaket.example.de/verfolgen/0034044712290118

Wir bitten um Entschuldigung.
Ihr MittePaket-Team"""),
    cte="qp",
))

M(dict(
    kind="other", slug="daycare_waiting_list_position", lang="de", company="", contact="",
    frm=("KitaPortal Leipzig", "benachrichtigung@kitaportal-leipzig.example.de"),
    subject="Ihre Position auf der Warteliste hat sich geändert",
    date="2026-07-07 08:00",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Eltern,

für Ihre Vormerkung (Kind: Nwankwo-Salas, Kofi; Betreuungsbeginn 01.09.2026) hat sich
Ihre Position auf der Warteliste geändert:

Kita Sonnenblume, Gohlis-Süd: Position 4 (vorher 9)
Kita Am Rosental: Position 12 (vorher 12)

Eine Zusage erhalten Sie direkt von der Einrichtung. Bitte prüfen Sie Ihre Angaben unter
https://kitaportal-leipzig.example.de/vormerkungen

Dies ist eine automatische Benachrichtigung.
""",
))

M(dict(
    kind="other", slug="out_of_office_pleissenland", lang="de", company="",
    contact="thomas.naumann@pleissenland-stadtwerke.example.de",
    frm=("Dr. Thomas Naumann", "thomas.naumann@pleissenland-stadtwerke.example.de"),
    subject="Automatische Antwort: Unterlagen für das Gespräch am 22.05.",
    date="2026-05-19 21:14",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Precedence", "auto_reply")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.05.2026 nicht im Büro und lese meine E-Mails nur
eingeschränkt. In Bewerbungsangelegenheiten, etwa zu Vorstellungsgesprächen oder
Vertragsunterlagen, wenden Sie sich bitte an Frau Wiegand,
personal@pleissenland-stadtwerke.example.de.

Mit freundlichen Grüßen
Thomas Naumann
""",
))

M(dict(
    kind="other", slug="further_training_place_refused", lang="de", company="",
    contact="weiterbildung@bildungszentrum-leipzig.example.de",
    frm=("Bildungszentrum Leipzig – Weiterbildung",
         "weiterbildung@bildungszentrum-leipzig.example.de"),
    name_enc="utf-8:B",
    subject="Ihre Anmeldung: Geprüfter Fachwirt im Gesundheits- und Sozialwesen / Kundenservice",
    date="2026-08-17 10:40",
    text="""Sehr geehrter Herr Nwankwo-Salas,

vielen Dank für Ihre Anmeldung zum berufsbegleitenden Lehrgang „Fachwirt
Kundenmanagement (IHK)“, Beginn 05.10.2026.

Leider ist der Lehrgang bereits ausgebucht, und wir können Ihnen keinen Platz mehr
anbieten. Wir haben Sie auf die Nachrückliste gesetzt (Platz 3). Der nächste Durchgang
beginnt im März 2027; die Anmeldung dafür ist ab November möglich.

Mit freundlichen Grüßen
Team Weiterbildung
Bildungszentrum Leipzig, Riebeckstr. 63, 04317 Leipzig
""",
))

COLD_KESSLER = """Sehr geehrter Herr Nwankwo-Salas,

ich bin über Ihr Profil im Karrierenetz auf Sie aufmerksam geworden. Wir begleiten
mehrere Verkehrsunternehmen in Berlin und Mitteldeutschland bei der Besetzung von
Führungspositionen im Kundenservice, und Ihr Weg vom Zugdienst in die Teamleitung passt
gut zu dem, was unsere Mandanten gerade suchen.

Konkrete Positionen kann ich Ihnen am Telefon vorstellen. Hätten Sie in den nächsten
Tagen 20 Minuten für ein erstes, unverbindliches Kennenlernen? Ein kurzer Hinweis, wann
es Ihnen passt, genügt.

Beste Grüße

Philipp Rau
Partner
Kessler & Rau Executive Search
Friedrichstr. 171, 10117 Berlin
+49 30 2091 7730"""
M(dict(
    kind="other", slug="headhunter_cold_approach_berlin", lang="de", company="",
    contact="p.rau@kessler-rau.example.de",
    key="kessler_cold",
    frm=("Philipp Rau", "p.rau@kessler-rau.example.de"),
    subject="Ihr Profil – Führungspositionen im Kundenservice (Verkehr)",
    date="2026-04-20 08:12",
    text=COLD_KESSLER + "\n",
    html=simple_html(COLD_KESSLER, "Calibri, sans-serif"),
    cte="qp",
))

M(dict(
    kind="other", slug="podcast_interview_request", lang="de", company="",
    contact="mira@schienenfunk.example.de",
    frm=("Mira Tauscher | Schienenfunk", "mira@schienenfunk.example.de"),
    subject="Interviewanfrage für den Podcast »Schienenfunk«",
    subj_enc="iso-8859-1:B",
    date="2026-06-24 19:20",
    text="""Hallo Benedikt,

ich mache den Podcast „Schienenfunk“, in dem Leute aus dem Bahnbetrieb von ihrem Alltag
erzählen. Deine Kollegin Jule meinte, du könntest gut erklären, wie sich ein Zugbegleiter
bei einer Räumung auf freier Strecke um 300 Fahrgäste kümmert.

Hättest du Lust auf ein Interview? Wir nehmen remote auf, etwa 45 Minuten, gern an einem
Abend im Juli. Vorher schicke ich dir die Fragen.

Viele Grüße
Mira

Schienenfunk – der Podcast vom Gleis
https://schienenfunk.example.de
""",
))

M(dict(
    kind="other", slug="user_research_interview_app", lang="de", company="",
    contact="ux-research@mdv-app.example.de",
    frm=("UX-Team Fahrplan-App", "ux-research@mdv-app.example.de"),
    subject="Einladung zum Nutzerinterview – 30 € Gutschein als Dankeschön",
    date="2026-07-15 14:02",
    text="""Hallo,

Sie nutzen unsere Fahrplan-App regelmäßig und haben in der Umfrage angegeben, dass wir
Sie kontaktieren dürfen. Wir laden Sie zu einem Nutzerinterview ein (45 Minuten, per
Video): Wir möchten verstehen, wie Fahrgäste bei Störungen Informationen suchen.

Als Dankeschön gibt es einen Gutschein über 30 €.

Termin wählen: https://mdv-app.example.de/research/slots?c=ux2026-07
Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße
Lea Brandt, UX Research
""",
    html=simple_html("""Hallo,

Sie nutzen unsere Fahrplan-App regelmäßig und haben in der Umfrage angegeben, dass wir
Sie kontaktieren dürfen. Wir laden Sie zu einem Nutzerinterview ein (45 Minuten, per
Video): Wir möchten verstehen, wie Fahrgäste bei Störungen Informationen suchen.

Als Dankeschön gibt es einen Gutschein über 30 €.

Termin wählen: https://mdv-app.example.de/research/slots?c=ux2026-07
Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße
Lea Brandt, UX Research"""),
))

M(dict(
    kind="other", slug="card_payment_declined", lang="de", company="", contact="",
    frm=("Kartenservice", "noreply@kartenservice-mitte.example.de"),
    subject="Zahlung abgelehnt – bitte prüfen Sie Ihre Karte",
    date="2026-09-05 20:41",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="base64",
    text="""Hallo Herr Nwankwo-Salas,

eine Zahlung mit Ihrer Debitkarte ****1187 wurde abgelehnt:

Händler: FERNBUS-TICKETS ONLINE
Betrag: 38,90 EUR
Zeitpunkt: 05.09.2026, 20:39 Uhr
Grund: Tageslimit für Online-Zahlungen erreicht

Sie können Ihr Limit in der App anpassen. Wenn Sie die Zahlung nicht veranlasst haben,
sperren Sie die Karte bitte sofort unter 0800 116 116.
""",
))

M(dict(
    kind="other", slug="sports_club_treasurer_position", lang="de", company="",
    contact="vorstand@sv-gohlis-handball.example.de",
    frm=("SV Gohlis Handball – Vorstand", "vorstand@sv-gohlis-handball.example.de"),
    subject="Mitgliederversammlung: Wer übernimmt die Position des Kassenwarts?",
    date="2026-01-22 20:15",
    charset="windows-1252", cte="qp",
    text="""Liebe Mitglieder,

zur Mitgliederversammlung am 06.02. um 19 Uhr im Vereinsheim laden wir herzlich ein.

Wichtigster Punkt: Unser Kassenwart Uwe hört nach zwölf Jahren auf. Für die Position
haben sich bisher zwei Mitglieder gemeldet; Bewerbungen nehmen wir noch bis zum 31.01.
entgegen. Wer Interesse hat, schreibt kurz an den Vorstand. Es gibt kein
Vorstellungsgespräch, nur eine kurze Vorstellung in der Versammlung :-)

Außerdem: Beitragsanpassung ab 01.04. (monatlich 14 € statt 12 €).

Sportliche Grüße
Frank Teichmann, 1. Vorsitzender
""",
))

M(dict(
    kind="other", slug="ticket_refund_refused", lang="de", company="", contact="",
    frm=("Fahrgastrechte-Service", "no-reply@fahrgastrechte-service.example.de"),
    subject="Ihr Erstattungsantrag FR-2026-118844",
    date="2026-02-17 09:30",
    headers=[("Auto-Submitted", "auto-generated")],
    html=f"""<html><body style="font-family:Arial,sans-serif">
{paras_html('''Sehr geehrter Herr Nwankwo-Salas,

wir haben Ihren Antrag auf Entschädigung für die Verspätung am 03.02.2026 (Fernbus
Leipzig–Prag) geprüft.

Leider können wir Ihrem Antrag nicht entsprechen: Die Ankunftsverspätung lag mit
52 Minuten unter der Schwelle von 60 Minuten.

Gegen diese Entscheidung können Sie innerhalb von vier Wochen Widerspruch einlegen.

Ihr Fahrgastrechte-Service''')}
</body></html>
""",
))

M(dict(
    kind="other", slug="own_reply_to_agency_after_missed", lang="de", company="", contact="",
    key="zeitwerk_own_reply", parent="zeitwerk_missed",
    frm=ME, to=[("Enrico Lehmann", "e.lehmann@zeitwerk-personal.example.de")],
    subject="AW: Termin bei den Weißeritz Stadtwerken heute 9 Uhr",
    date="2026-06-22 15:05",
    text=reply("""Hallo Herr Lehmann,

das ist mir sehr unangenehm. Ich stand um 8:50 Uhr in Freital vor dem Verwaltungsgebäude
in der Dresdner Straße, nicht am Kundencenter. In Ihrer Mail stand die Adresse des
Kundencenters, das habe ich schlicht überlesen.

Könnten Sie bei den Stadtwerken fragen, ob ein neuer Termin möglich ist? Ich richte mich
ganz nach ihnen.

Viele Grüße
Benedikt Nwankwo-Salas""", "de", "Mo., 22. Juni 2026 um 10:02", "Enrico Lehmann",
               """Hallo Herr Nwankwo-Salas,

Frau Käßner von den Weißeritz Stadtwerken hat mich eben angerufen: Sie hat heute um
9:00 Uhr im Kundencenter auf Sie gewartet, Sie sind aber nicht erschienen.

Bitte melden Sie sich kurz bei mir, was passiert ist.

Gruß, Enrico Lehmann"""),
))

FORWARDED_AD = dict(
    key="inner_forwarded_ad", msgid="<20260910.ad7712@news.bahnjobs-ost.example.de>",
    kind="other", slug="inner", frm=("Bahnjobs Ost", "stellen@news.bahnjobs-ost.example.de"),
    to=[("Jule Ebersbach", "jule.ebersbach@example.de")],
    subject="Neu: Leitung Reisezentrum Erfurt Hbf (m/w/d)",
    date="2026-09-10 07:00",
    text="""Neue Stelle für Ihren Suchauftrag „Bahn, Thüringen“:

Leitung Reisezentrum Erfurt Hbf (m/w/d)
Vollzeit, unbefristet, Bewerbungsschluss 30.09.2026
Ihre Aufgaben: Führung von 12 Mitarbeitenden, Schichtplanung, Beschwerdemanagement.

Jetzt bewerben: https://bahnjobs-ost.example.de/stelle/88410
""",
)
M(dict(
    kind="other", slug="friend_forwards_job_ad_attached", lang="de", company="",
    contact="jule.ebersbach@example.de",
    frm=("Jule Ebersbach", "jule.ebersbach@example.de"),
    subject="WG: Neu: Leitung Reisezentrum Erfurt Hbf (m/w/d)",
    date="2026-09-10 12:33",
    text="""Hi Bene,

schau mal, das kam heute bei mir rein. Erfurt ist zwar nicht Leipzig, aber mit dem ICE
bist du in 40 Minuten da. Wäre das nicht genau dein Ding? Leitung, Schichtplanung, und du
kennst das Chaos am Schalter aus erster Hand.

Hängt als Mail dran.
Jule
""",
    attach_eml=FORWARDED_AD,
))

# ================================================================ English

RAIL_ITEMS = [
    ("Customer Service Team Lead, Night Trains", "Berlin · Full-time · Rail operator",
     "https://railcareers-europe.example.com/job/40117?utm_source=alert",
     "Lead 9 on-board hosts; shift patterns across four countries."),
    ("Passenger Experience Supervisor", "Prague · Full-time · English-speaking team",
     "https://railcareers-europe.example.com/job/40122?utm_source=alert",
     "Interviews are being held on a rolling basis - apply early."),
    ("Contact Centre Manager, Ticketing", "Vienna · Hybrid · Open access operator",
     "https://railcareers-europe.example.com/job/40136?utm_source=alert",
     "German and English required; relocation support available."),
]
RAIL_INTRO = """Hi Benedikt,

Here are this week's roles matching "customer service lead, rail".
Also new on the blog: "Rejected after the final round? What hiring managers wish you knew"."""
RAIL_OUTRO = """Read the blog: https://railcareers-europe.example.com/blog/final-round-rejection
See all 57 matching jobs: https://railcareers-europe.example.com/search?saved=991"""
RAIL_FOOTER = """RailCareers Europe, 20 Station Approach, Manchester M1 2AB
You are receiving this because you created a job alert."""
M(dict(
    kind="other", slug="job_alert_rail_careers", lang="en", company="", contact="",
    frm=("RailCareers Europe", "alerts@mail.railcareers-europe.example.com"),
    subject="3 new jobs for you: Customer Service Team Lead, Night Trains and more",
    date="2026-05-11 05:45", tz="+0100",
    headers=[("List-Id", "RailCareers job alerts <alerts.railcareers-europe.example.com>"),
             ("List-Unsubscribe",
              "<https://railcareers-europe.example.com/alerts/unsubscribe?t=9f31c2>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    text=digest_text("RailCareers Europe", RAIL_INTRO, RAIL_ITEMS, RAIL_OUTRO,
                     "https://railcareers-europe.example.com/alerts/unsubscribe?t=9f31c2",
                     "Unsubscribe", RAIL_FOOTER),
    html=digest_html("RailCareers Europe", "#5b2a86", RAIL_INTRO, RAIL_ITEMS, RAIL_OUTRO,
                     "https://railcareers-europe.example.com/alerts/unsubscribe?t=9f31c2",
                     "Unsubscribe", RAIL_FOOTER),
))

LEAD_ART = """THE FRONTLINE LEAD - Issue 42

"We regret to inform you": three things your rejection email isn't telling you

Most rejection emails are written by a template, not a person. "We have decided to move
forward with other candidates" can mean the budget was cut, an internal candidate
appeared, or the hiring manager changed their mind about the role.

What to do next:
1. Reply once, briefly, and ask whether they would consider you for future openings.
2. Don't read the silence after an interview as a no. Offers often take three weeks.
3. Track every application: the invitation you get next month may come from the company
   that turned you down this month.

Also in this issue: how to run your first shift briefing as a new team lead.
https://frontlinelead.example.com/issues/42

Unsubscribe: https://frontlinelead.example.com/unsub?id=bns-77
"""
M(dict(
    kind="other", slug="newsletter_rejection_article", lang="en", company="", contact="",
    frm=("The Frontline Lead", "newsletter@frontlinelead.example.com"),
    subject="\"We regret to inform you\" - what rejection emails don't say",
    date="2026-06-04 13:00", tz="-0400",
    headers=[("List-Id", "The Frontline Lead <frontline.frontlinelead.example.com>"),
             ("List-Unsubscribe", "<https://frontlinelead.example.com/unsub?id=bns-77>")],
    text=LEAD_ART,
    html=simple_html(LEAD_ART, "Georgia, serif"),
    cte="qp",
))

M(dict(
    kind="other", slug="press_interview_request_prague", lang="en", company="",
    contact="e.harrington@praguepulse.example.cz",
    frm=("Eleanor Harrington", "e.harrington@praguepulse.example.cz"),
    subject="Interview request: staff shortages on cross-border trains",
    date="2026-10-05 11:18",
    text="""Dear Mr Nwankwo-Salas,

I'm a reporter at Prague Pulse, an English-language weekly. I'm writing a piece on staff
shortages on the Dresden-Prague line and how conductors deal with overcrowded trains.
A colleague at the Dresden union office gave me your name.

Would you be willing to give a short interview, by phone or video, some time next week?
It would take about 30 minutes. I can quote you by first name only if you prefer.

Best wishes,
Eleanor Harrington
Transport correspondent, Prague Pulse
Vinohradská 48, Prague 2 | +420 777 210 384
""",
))

M(dict(
    kind="other", slug="network_application_viewed", lang="en", company="", contact="",
    frm=("Connectly", "notifications@connectly.example.com"),
    subject="Your application was viewed by Skylark Regional",
    date="2026-07-16 17:26", tz="+0000",
    headers=[("List-Unsubscribe", "<https://connectly.example.com/settings/notifications>"),
             ("Auto-Submitted", "auto-generated")],
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Benedikt,</p>
<p><b>Skylark Regional</b> viewed your application for <b>Passenger Care Team Lead</b>.
This doesn't mean a decision has been made. Companies usually reply within 2-3 weeks.</p>
<p><a href="https://connectly.example.com/jobs/applied">See your applications</a></p>
<p>Jobs you may be interested in:<br>
<a href="https://connectly.example.com/jobs/7781">Ground Operations Supervisor - Berlin</a><br>
<a href="https://connectly.example.com/jobs/7790">Customer Experience Lead - Prague</a></p>
<p style="color:#999;font-size:11px">You're receiving job notifications from Connectly.
<a href="https://connectly.example.com/settings/notifications">Unsubscribe</a></p>
</body></html>
""",
))

APPLICATION_VLTAVA = f"""Dear Ms Dvořáková,

Please find attached my application for the Customer Service Team Lead position at
Vltava Rail Services in Prague (ref. VRS-CS-112).

I have worked as a train conductor in central Germany for eight years, including two
years training new staff and covering for our shift supervisor. I speak German, English,
Spanish and some French, and I have travelled the Dresden-Prague line often enough to know
what your passengers ask when things go wrong.

I would be glad to relocate to Prague and could start from August.

Kind regards,

{SIG_EN}
"""
M(dict(
    kind="other", slug="own_application_vltava", lang="en", company="", contact="",
    key="vltava_application",
    frm=ME, to=[("Petra Dvořáková", "petra.dvorakova@vltava-rail.example.cz")],
    to_enc="utf-8:B",
    subject="Application: Customer Service Team Lead (VRS-CS-112)",
    date="2026-04-27 21:10",
    text=APPLICATION_VLTAVA,
    pdfs=[dict(name="CV_Benedikt_Nwankwo-Salas_EN.pdf", title="Benedikt Nwankwo-Salas - CV",
               lines=["Leipzig, Germany - +49 176 4402 1187",
                      "2018-today  Train conductor, regional rail, central Germany",
                      "2024-today  Onboarding trainer for new conductors",
                      "Languages: German (native), English (C1), Spanish (B2), French (B1)"])],
))

M(dict(
    kind="other", slug="own_thanks_skylark_panel", lang="en", company="", contact="",
    key="skylark_thanks", parent="skylark_moved",
    frm=ME, to=[("Maya Goldberg", "maya.goldberg@skylark-regional.example.com")],
    subject="Thank you - Passenger Care Team Lead panel",
    date="2026-08-06 19:02",
    text=THANKS_SKYLARK + "\n\n" + SIG_EN + "\n",
    html=simple_html(THANKS_SKYLARK + "\n\n" + SIG_EN),
))

M(dict(
    kind="other", slug="out_of_office_northbridge", lang="en", company="",
    contact="oliver.whitcombe@northbridge-talent.example.co.uk",
    frm=("Oliver Whitcombe", "oliver.whitcombe@northbridge-talent.example.co.uk"),
    subject="Automatic reply: Re: Bohemia Air Connect - feedback?",
    date="2026-07-20 09:01", tz="+0100",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    text="""Thank you for your email. I am on annual leave until Monday 27 July with limited
access to email.

If your message is about an interview or an offer that can't wait, please contact my
colleague Priya Nair on priya.nair@northbridge-talent.example.co.uk or +44 20 7946 0312.

Kind regards,
Oliver Whitcombe
Senior Consultant, Northbridge Talent Partners
""",
))

M(dict(
    kind="other", slug="prague_flat_application_unsuccessful", lang="en", company="",
    contact="lettings@vinohrady-homes.example.cz",
    frm=("Vinohrady Homes Lettings", "lettings@vinohrady-homes.example.cz"),
    subject="Your application for the flat at Slezská 31",
    date="2026-06-19 16:45",
    text="""Dear Benedikt,

Thank you for viewing the two-bedroom flat at Slezská 31 on Tuesday and for sending the
tenant application so quickly.

Unfortunately the landlord has decided to go with another applicant who can move in on
1 July. We are sorry this one didn't work out.

We have three similar flats in Vinohrady and Žižkov coming up in August. If you'd like us
to keep you on our list, just reply to this email.

Best regards,
Kateřina Malá
Vinohrady Homes | Slezská 12, Prague 2 | +420 608 117 224
""",
))

M(dict(
    kind="other", slug="courier_position_delay_en", lang="en", company="", contact="",
    frm=("SwiftParcel Tracking", "tracking-noreply@swiftparcel.example.com"),
    subject="Unfortunately, your parcel is running late",
    date="2026-08-28 14:37", tz="+0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hello Benedikt,

Unfortunately your parcel (SP 7731 0042 9981) is delayed.

Current position of your courier: A14 near Halle (Saale), about 38 km from you.
Updated delivery window: today, 18:00 - 21:00 (your local time).

Follow the van live: https://swiftparcel.example.com/t/SP77310042

We're sorry for the wait.
SwiftParcel
""",
))

COLD_NB = """Hi Benedikt,

I hope you don't mind the direct approach. I recruit customer operations leaders for
transport and aviation clients across Central Europe, and your background - frontline rail,
languages, training new staff - is exactly the profile several of my clients ask for.

I don't have a specific role to pitch today, but I'd like to understand what you're
looking for (location, salary, timing) so I can call you when the right thing comes up.

Would a 15-minute call next week work? Feel free to suggest a time.

Best,
Oliver Whitcombe
Senior Consultant | Northbridge Talent Partners
3 Bishopsgate Court, London EC2N 4AY | +44 20 7946 0311
www.northbridge-talent.example.co.uk"""
M(dict(
    kind="other", slug="recruiter_cold_approach_en", lang="en", company="",
    contact="oliver.whitcombe@northbridge-talent.example.co.uk",
    key="northbridge_cold",
    frm=("Oliver Whitcombe", "oliver.whitcombe@northbridge-talent.example.co.uk"),
    subject="Customer operations roles in Prague and Berlin - quick chat?",
    date="2026-06-09 10:22", tz="+0100",
    text=COLD_NB + "\n",
))

M(dict(
    kind="other", slug="ats_data_retention_notice", lang="en", company="", contact="",
    frm=("Vltava Rail Services", "no-reply@hire.lever.co"),
    subject="Your candidate data at Vltava Rail Services",
    date="2026-10-20 03:00", tz="+0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hi Benedikt,

Vltava Rail Services keeps candidate data for 6 months after an application is
closed. Your profile from your earlier application is due to be deleted on 20 November
2026.

If you would like us to keep your details for future openings, confirm here:
https://jobs.lever.co/vltava-rail/consent/3b1e0c7d

If you do nothing, your data will be deleted automatically. This has no effect on any
current employment relationship or ongoing process.

Vltava Rail Services Talent Team
(This message was sent automatically; replies are not monitored.)
""",
))

M(dict(
    kind="other", slug="friend_airline_rejection_en", lang="en", company="",
    contact="ciaran.doyle@example.ie",
    frm=("Ciarán Doyle", "ciaran.doyle@example.ie"), name_enc="iso-8859-1:B",
    subject="well that's that then",
    date="2026-08-19 22:14", tz="+0100",
    text="""Bene,

Got the email from the airline today. "After careful consideration we won't be moving
forward with your application at this time." Three rounds, a case study and a
two-hour panel, and that's the sentence I get. Not even a name at the bottom.

Anyway, the pub quiz team needs you on Friday. Tell me you're in.

Did you ever hear back from the Prague lot?

C.
""",
))

# ================================================================ French

FR_ITEMS = [
    ("Responsable d'équipe relation client (H/F)", "Strasbourg · CDI · Transport",
     "https://emploi-grandest.example.fr/offre/55102?src=alerte",
     "Management de 10 conseillers, planning et gestion des réclamations."),
    ("Superviseur centre d'appels bilingue allemand", "Strasbourg · CDI · Énergie",
     "https://emploi-grandest.example.fr/offre/55120?src=alerte",
     "Entretiens prévus dès la semaine prochaine."),
    ("Chef de bord TER (H/F)", "Mulhouse · CDI · Ferroviaire",
     "https://emploi-grandest.example.fr/offre/55131?src=alerte",
     "Expérience en contrôle à bord appréciée."),
]
FR_INTRO = """Bonjour Benedikt,

3 nouvelles offres correspondent à votre alerte « relation client, Strasbourg ».
À lire aussi : « Candidature refusée : faut-il relancer le recruteur ? »"""
FR_OUTRO = """Toutes les offres : https://emploi-grandest.example.fr/alertes/7731
Notre article : https://emploi-grandest.example.fr/conseils/relancer-apres-refus"""
FR_FOOTER = """Emploi Grand Est - 4 quai Kléber, 67000 Strasbourg
Vous recevez cet e-mail car vous avez créé une alerte emploi."""
M(dict(
    kind="other", slug="alerte_emploi_grand_est", lang="fr", company="", contact="",
    frm=("Emploi Grand Est", "alertes@emploi-grandest.example.fr"),
    subject="Vos alertes : 3 nouvelles offres à Strasbourg",
    date="2026-02-09 07:15",
    headers=[("List-Id", "Alertes emploi <alertes.emploi-grandest.example.fr>"),
             ("List-Unsubscribe", "<https://emploi-grandest.example.fr/desinscription?a=7731>"),
             ("Precedence", "bulk")],
    text=digest_text("Emploi Grand Est", FR_INTRO, FR_ITEMS, FR_OUTRO,
                     "https://emploi-grandest.example.fr/desinscription?a=7731",
                     "Se désinscrire", FR_FOOTER),
    html=digest_html("Emploi Grand Est", "#c0392b", FR_INTRO, FR_ITEMS, FR_OUTRO,
                     "https://emploi-grandest.example.fr/desinscription?a=7731",
                     "Se désinscrire", FR_FOOTER),
    cte="qp",
))

CANDIDATURE_RHIN = f"""Madame Hoffmann,

Je vous adresse ma candidature au poste de responsable d'équipe service clients (H/F)
basé à Strasbourg, publié sur votre site carrière.

Contrôleur ferroviaire en Allemagne depuis huit ans, je forme depuis deux ans les
nouveaux collègues et je remplace régulièrement notre chef de service. Je parle allemand,
anglais et espagnol, et mon français me permet de travailler au quotidien avec des
voyageurs des deux côtés du Rhin.

Je serais heureux de vous présenter mon parcours lors d'un entretien.

Je vous prie d'agréer, Madame, mes salutations distinguées.

{SIG_FR}
"""
M(dict(
    kind="other", slug="own_candidature_rhin_express", lang="fr", company="", contact="",
    key="rhin_candidature",
    frm=ME, to=[("Claire Hoffmann", "claire.hoffmann@rhin-express.example.fr")],
    subject="Candidature - Responsable d'équipe service clients (Strasbourg)",
    date="2026-01-14 20:05",
    charset="iso-8859-1", cte="qp",
    text=CANDIDATURE_RHIN,
))

M(dict(
    kind="other", slug="admission_licence_refused", lang="fr", company="", contact="",
    frm=("Scolarité - Candidatures", "candidatures-noreply@univ-rhenane.example.fr"),
    subject="Votre candidature en licence professionnelle Management des services",
    date="2026-06-30 17:00",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Bonjour,

La commission pédagogique de la licence professionnelle « Management des organisations
de services » a examiné votre dossier de candidature (n° 2026-LP-04471).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la
rentrée 2026. Le nombre de places en formation continue était limité à 18.

Vous pouvez consulter le motif détaillé sur la plateforme de candidature. Vous pourrez
candidater de nouveau pour la session 2027.

Le service de la scolarité
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
))

M(dict(
    kind="other", slug="reponse_automatique_absence", lang="fr", company="",
    contact="claire.hoffmann@rhin-express.example.fr",
    frm=("Claire Hoffmann", "claire.hoffmann@rhin-express.example.fr"),
    subject="Réponse automatique : Re: Entretien du 6 février",
    subj_enc="iso-8859-1:Q",
    date="2026-02-11 08:40",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    charset="iso-8859-1",
    text="""Bonjour,

Je suis absente jusqu'au lundi 16 février inclus. Pour toute question urgente concernant
un recrutement en cours (entretiens, propositions d'embauche), vous pouvez contacter
recrutement@rhin-express.example.fr.

Cordialement,
Claire Hoffmann
""",
))

M(dict(
    kind="other", slug="banque_rendez_vous_conseiller", lang="fr", company="",
    contact="a.weiss@banque-ill.example.fr",
    frm=("Anne Weiss", "a.weiss@banque-ill.example.fr"),
    subject="Confirmation de votre rendez-vous du 18 mai",
    date="2026-05-12 10:05",
    text="""Bonjour Monsieur Nwankwo-Salas,

Je vous confirme notre rendez-vous en agence le lundi 18 mai à 11 h 00 pour l'ouverture
de votre compte et le transfert de vos domiciliations.

Merci d'apporter une pièce d'identité, un justificatif de domicile à Strasbourg et, si
vous changez de poste prochainement, votre promesse d'embauche ou votre contrat.

En cas d'empêchement, merci de me prévenir la veille.

Bien cordialement,
Anne Weiss
Conseillère clientèle
Banque de l'Ill, agence Krutenau - 12 rue de Zurich, 67000 Strasbourg
03 88 24 71 10
""",
))

CONSEILS = """Réussir son entretien d'embauche en 5 étapes

1. Renseignez-vous sur l'entreprise et sur le poste.
2. Préparez trois exemples concrets de situations difficiles que vous avez gérées.
3. Ayez une question à poser au recruteur à la fin de l'entretien.
4. Envoyez un message de remerciement dans les 24 heures.
5. Si la réponse est négative, demandez un retour : un refus n'est pas une fin.

Prochain atelier gratuit : « Simuler un entretien » le 12 mars à la Maison de l'emploi."""
M(dict(
    kind="other", slug="newsletter_conseils_entretien", lang="fr", company="", contact="",
    frm=("Maison de l'emploi Strasbourg", "lettre@maison-emploi-strasbourg.example.fr"),
    name_enc="iso-8859-1:Q",
    subject="La lettre de mars : réussir son entretien d'embauche",
    date="2026-03-03 09:00",
    headers=[("List-Id", "Lettre d'information <lettre.maison-emploi-strasbourg.example.fr>"),
             ("List-Unsubscribe",
              "<mailto:desinscription@maison-emploi-strasbourg.example.fr>")],
    charset="iso-8859-1", cte="qp",
    html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif">
{paras_html(CONSEILS)}
<p><a href="https://maison-emploi-strasbourg.example.fr/ateliers">S'inscrire à l'atelier</a></p>
<p style="font-size:11px">Pour ne plus recevoir cette lettre, écrivez à
desinscription@maison-emploi-strasbourg.example.fr</p>
</body></html>
""",
))

M(dict(
    kind="other", slug="visite_appartement_reportee", lang="fr", company="",
    contact="julie.muller@immo-neudorf.example.fr",
    frm=("Julie Muller - Immo Neudorf", "julie.muller@immo-neudorf.example.fr"),
    subject="Visite de l'appartement rue de Molsheim : report",
    date="2026-09-14 12:20",
    cte="base64",
    text="""Bonjour Monsieur,

Je suis désolée, je dois reporter la visite du T3 rue de Molsheim prévue ce jeudi à
18 h : l'artisan n'a pas terminé les travaux dans la salle de bains.

Je vous propose samedi 19 septembre à 10 h 30. Pouvez-vous me confirmer ?

Votre dossier de location est complet ; il ne manque que l'attestation employeur, que
vous pourrez m'envoyer plus tard.

Cordialement,
Julie Muller
Immo Neudorf - 45 route du Polygone, 67100 Strasbourg - 03 88 34 20 90
""",
))

# ================================================================ Spanish

ES_ITEMS = [
    ("Coordinador/a de atención al cliente", "Valencia · Jornada completa · Transporte",
     "https://empleo-levante.example.es/oferta/31207?utm=alerta",
     "Gestión de un equipo de 12 agentes y de las reclamaciones de viajeros."),
    ("Supervisor/a de plataforma telefónica (alemán)", "Valencia · Turnos · Call center",
     "https://empleo-levante.example.es/oferta/31222?utm=alerta",
     "Se valorará experiencia previa como responsable de turno."),
    ("Jefe/a de servicio a bordo", "Valencia · Indefinido · Ferroviario",
     "https://empleo-levante.example.es/oferta/31240?utm=alerta",
     "Entrevistas durante la segunda quincena de mayo."),
]
ES_INTRO = """Hola, Benedikt:

Tenemos 3 ofertas nuevas para tu alerta «atención al cliente - Valencia».
Y en el blog: «Me han rechazado tras la entrevista: cómo pedir feedback sin parecer pesado»."""
ES_OUTRO = """Ver todas las ofertas: https://empleo-levante.example.es/alertas/5512
Leer el artículo: https://empleo-levante.example.es/blog/pedir-feedback"""
ES_FOOTER = """Empleo Levante - Calle de Colón 22, 46004 Valencia
Recibes este correo porque creaste una alerta de empleo."""
M(dict(
    kind="other", slug="alerta_empleo_levante", lang="es", company="", contact="",
    frm=("Empleo Levante", "alertas@empleo-levante.example.es"),
    subject="Nuevas ofertas para tu alerta: Coordinador/a de atención al cliente",
    date="2026-05-05 08:00",
    headers=[("List-Id", "Alertas de empleo <alertas.empleo-levante.example.es>"),
             ("List-Unsubscribe", "<https://empleo-levante.example.es/baja?id=5512>"),
             ("Precedence", "bulk")],
    text=digest_text("Empleo Levante", ES_INTRO, ES_ITEMS, ES_OUTRO,
                     "https://empleo-levante.example.es/baja?id=5512", "Darse de baja",
                     ES_FOOTER),
    html=digest_html("Empleo Levante", "#e67e22", ES_INTRO, ES_ITEMS, ES_OUTRO,
                     "https://empleo-levante.example.es/baja?id=5512", "Darse de baja",
                     ES_FOOTER),
    cte="base64",
))

M(dict(
    kind="other", slug="propia_peticion_cambio_hora", lang="es", company="", contact="",
    key="turia_request", parent="turia_invite",
    frm=ME, to=[("Lucía Ferrer", "lucia.ferrer@ferroturia.example.es")],
    subject="Re: Entrevista - Coordinador/a de Atención al Viajero",
    date="2026-03-25 08:20",
    text=reply(REQUEST_TURIA, "es", "mar, 24 mar 2026 a las 12:31", "Lucía Ferrer",
               """Hola, Benedikt:

Nos gustaría conocerte. Te propongo una entrevista por videollamada el martes 7 de abril
a las 10:00 con Andrés Pons, jefe de Atención al Viajero, y conmigo.

Te adjunto la convocatoria para tu calendario.

Un saludo,
Lucía"""),
))

M(dict(
    kind="other", slug="admision_master_denegada", lang="es", company="",
    contact="posgrado@uni-turia.example.es",
    frm=("Servicio de Posgrado", "posgrado@uni-turia.example.es"),
    subject="Resolución de admisión - Máster en Dirección de Servicios",
    charset="iso-8859-1", cte="8bit",
    date="2026-07-24 13:10",
    text="""Estimado/a Benedikt Nwankwo-Salas:

Una vez revisada su solicitud de admisión al Máster Universitario en Dirección de
Servicios (modalidad semipresencial), la comisión académica ha resuelto no admitirle en
el presente curso, al no acreditar la titulación universitaria de acceso requerida.

Puede presentar recurso de alzada en el plazo de un mes o solicitar información sobre
el título propio de Experto en Atención al Cliente, que no exige titulación previa.

Atentamente,
Servicio de Posgrado
""",
))

M(dict(
    kind="other", slug="paquete_retrasado", lang="es", company="", contact="",
    frm=("EnvíosRápidos", "no-reply@enviosrapidos.example.es"), name_enc="utf-8:B",
    subject="Lamentablemente, tu envío se retrasa",
    date="2026-09-29 10:45",
    headers=[("Auto-Submitted", "auto-generated")],
    html=f"""<html><body style="font-family:Arial,sans-serif">
{paras_html('''Hola, Benedikt:

Lamentablemente, tu envío ER-88412-VLC no podrá entregarse hoy.

Posición actual: centro logístico de Riba-roja de Túria.
Nueva fecha estimada: jueves 1 de octubre, entre las 9:00 y las 14:00.

Puedes seguirlo aquí: https://enviosrapidos.example.es/seguimiento/ER88412VLC

Disculpa las molestias.''')}
</body></html>
""",
))

M(dict(
    kind="other", slug="amigo_cuenta_rechazo", lang="es", company="",
    contact="pablo.gimeno@example.es",
    frm=("Pablo Gimeno", "pablo.gimeno@example.es"),
    subject="Pues nada, no me cogieron",
    charset="windows-1252", cte="qp",
    date="2026-04-16 23:05",
    text="""¡Buenas, Bene!

Te cuento: al final no me cogieron en la aseguradora. Me llamó la de recursos humanos
esta mañana, muy maja, y me dijo que habían elegido a alguien con más experiencia en
siniestros. Después de tres entrevistas… me quedo con cara de tonto.

Bueno, ya saldrá otra cosa. ¿Y tú qué tal con lo de Valencia? Si al final vienes, aquí
tienes sofá hasta que encuentres piso.

Un abrazo,
Pablo
""",
))

M(dict(
    kind="other", slug="cita_medica_reprogramada", lang="es", company="", contact="",
    frm=("Centro de Salud Benimaclet", "citaprevia-noreply@salud-benimaclet.example.es"),
    subject="Su cita ha sido reprogramada",
    date="2026-10-06 09:12",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Estimado/a paciente:

Le informamos de que su cita con Medicina de Familia del día 08/10/2026 a las 9:40 ha
sido reprogramada por ausencia del profesional.

Nueva cita: 13/10/2026 a las 12:20, consulta 6.

Si no puede acudir, anúlela en https://salud-benimaclet.example.es/citaprevia para que
otra persona pueda aprovecharla.

Este mensaje se ha generado automáticamente. No responda a este correo.
""",
))

WEB = """Webinar gratuito: «La entrevista por competencias»

Jueves 21 de mayo, 18:30 h, online

En la entrevista por competencias te preguntarán por situaciones reales: un cliente
enfadado, un turno sin personal, un conflicto en el equipo. Te enseñamos a responder con
el método STAR y a no bloquearte si te hacen una pregunta inesperada.

Plazas limitadas. Inscripción: https://formacion-levante.example.es/webinar/star

Si no quieres recibir más correos: https://formacion-levante.example.es/baja"""
M(dict(
    kind="other", slug="webinar_entrevista_competencias", lang="es", company="", contact="",
    frm=("Formación Levante", "noticias@formacion-levante.example.es"),
    subject="¿Te bloqueas en las entrevistas? Webinar gratuito el jueves",
    subj_enc="iso-8859-1:Q",
    date="2026-05-14 17:30",
    headers=[("List-Id", "Noticias Formación Levante <noticias.formacion-levante.example.es>"),
             ("List-Unsubscribe", "<https://formacion-levante.example.es/baja>")],
    text=WEB + "\n",
    html=simple_html(WEB),
    charset="iso-8859-1", cte="qp",
))
