"""Corpus 216, kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), all hand-written."""

from msgs216_common import CAND, M, ats_card, ics, mso, outlook_html, paras, quote, wrote

MESSAGES = []
add = MESSAGES.append

NW_HR = ("Sabine Keller", "sabine.keller@neckarwerk.example.de")
WT_HR = ("Huber, Anna", "anna.huber@wuermtal-test.example.de")
SPT_HR = ("Gruber Elisabeth", "e.gruber@spt-graz.example.at")
AB_HR = ("Camille Brunner", "camille.brunner@alsace-batteries.example.fr")
BL_HR = ("Núria Puig", "nuria.puig@llobregat-baterias.example.es")
IC_HR = ("Priya Raman", "priya@isarcell.example.de")
AA_HR = ("Ben Okafor", "ben.okafor@amperealley.example.de")

# ================================================================== interview_invitation

# ------------------------------------------------------------------ German

_nw_inv = """Sehr geehrter Herr Kowalczyk-Aubry,

vielen Dank für Ihre Bewerbung als Prüftechniker Batteriesysteme (m/w/d). Ihr Profil hat uns
überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Donnerstag, 30. Juli 2026, 10:00 – 11:30 Uhr
Neckarwerk Antriebstechnik GmbH, Benzstraße 14, 70327 Stuttgart, Gebäude C (bitte am Empfang
melden)

Am Gespräch nehmen Dr. Uwe Rapp (Leitung Batterieprüffeld), Selin Aydın (Teamleitung
Prüfstände) und ich teil. Im Anschluss zeigen wir Ihnen gern die Prüfstände.

Die Kalendereinladung ist beigefügt. Bitte bestätigen Sie den Termin kurz per Antwort.

Freundliche Grüße
Sabine Keller
Personalreferentin
Neckarwerk Antriebstechnik GmbH
Benzstraße 14 · 70327 Stuttgart
Telefon +49 711 5550 2281"""

add(M(
    id="nw-inv", kind="interview_invitation", slug="neckarwerk_panel_calendar_request", lang="de",
    company="Neckarwerk Antriebstechnik", contact="sabine.keller@neckarwerk.example.de",
    frm=NW_HR,
    subject="Einladung zum Vorstellungsgespräch – Prüftechniker Batteriesysteme",
    subj_enc=("utf-8", "Q"),
    date="2026-07-20 14:20 +0200", re="nw-ack",
    cte="quoted-printable",
    text=_nw_inv,
    html=outlook_html(mso(_nw_inv)),
    attach=[ics("REQUEST", "nw-2026-0730-kowalczyk@neckarwerk.example.de",
                "20260730T100000", "20260730T113000",
                "Vorstellungsgespräch Kowalczyk-Aubry – Prüftechniker Batteriesysteme", NW_HR,
                location="Neckarwerk, Benzstraße 14, Gebäude C, 70327 Stuttgart",
                attendees=[CAND, ("Dr. Uwe Rapp", "uwe.rapp@neckarwerk.example.de"),
                           ("Selin Aydın", "selin.aydin@neckarwerk.example.de")],
                stamp="20260720T122000")],
    headers=[("Thread-Topic", "Einladung zum Vorstellungsgespraech"),
             ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQEBUJ")],
))

add(M(
    id="sp-hallbach-inv", kind="interview_invitation", slug="agency_sets_up_hallbach", lang="de",
    company="Hallbach Fahrzeugtechnik", contact="jana.roth@schwabenpersonal.example.de",
    frm=("Jana Roth", "jana.roth@schwabenpersonal.example.de"),
    subject="Vorstellung bei Hallbach Fahrzeugtechnik am 29.01.",
    date="2026-01-22 16:05 +0100", re="sp-reg",
    text="""Hallo Herr Kowalczyk-Aubry,

gute Nachrichten: Hallbach Fahrzeugtechnik möchte Sie kennenlernen! Ich habe Ihr Profil letzte
Woche für den Einsatz als Prüfer im HV-Versuchsbau vorgestellt, und die Fachabteilung hat heute
zugesagt.

Termin: Donnerstag, 29. Januar, 9:00 Uhr
Ort: Hallbach Fahrzeugtechnik, Solitudestraße 230, 70499 Stuttgart-Weilimdorf, Empfang Tor 2
Ansprechpartnerin vor Ort: Frau Brenner (Personal), dazu der Meister aus dem Versuchsbau

Bitte bringen Sie Ihren HV-Schein (Stufe 2) und einen Lichtbildausweis mit, am Tor wird ein
Besucherausweis erstellt. Planen Sie etwa eine Stunde ein.

Geben Sie mir bitte kurz Bescheid, dass der Termin passt.

Viele Grüße
Jana Roth
Personaldisponentin
Schwabenpersonal GmbH · Heilbronner Straße 88 · 70191 Stuttgart
Tel. +49 711 5550 3120""",
))

add(M(
    id="dt-inv", kind="interview_invitation", slug="donautal_phone_interview_ics_file", lang="de",
    company="Donautal Batteriesysteme", contact="florian.hirschberger@donautal-batterie.example.de",
    frm=("Florian Hirschberger", "florian.hirschberger@donautal-batterie.example.de"),
    subject="Telefoninterview Techniker Batterieprüfstand – Donnerstag, 19.03.",
    date="2026-03-10 11:30 +0100", re="dt-ack",
    cte="quoted-printable",
    text="""Guten Tag Herr Kowalczyk-Aubry,

wir haben Ihre Unterlagen gesichtet und würden gern in einem ersten Telefoninterview mehr über
Sie erfahren.

Wann: Donnerstag, 19. März 2026, 10:00 Uhr (ca. 30 Minuten)
Wie: Ich rufe Sie unter der Mobilnummer aus Ihrem Lebenslauf an.

Themen sind Ihre Erfahrung mit Hochvolt-Systemen in der Werkstatt, Ihre Motivation für den
Prüfstand und Ihre Verfügbarkeit. Den Termin finden Sie auch als Kalenderdatei im Anhang.

Freundliche Grüße aus Ingolstadt
Florian Hirschberger
Talent Acquisition
Donautal Batteriesysteme GmbH
Am Auwaldsee 7 · 85053 Ingolstadt""",
    attach=[ics("REQUEST", "dt-tel-20260319@donautal-batterie.example.de",
                "20260319T100000", "20260319T103000",
                "Telefoninterview Donautal – Kowalczyk-Aubry",
                ("Florian Hirschberger", "florian.hirschberger@donautal-batterie.example.de"),
                location="Telefon", inline=False, filename="Telefoninterview.ics",
                stamp="20260310T103000")],
))

_mu_ac = """Sehr geehrter Herr Kowalczyk-Aubry,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Prüfstandstechniker
E-Antrieb (Ref. MA-2026-117) einzuladen.

Datum: Mittwoch, 29. April 2026
Zeit: 8:30 bis ca. 16:30 Uhr
Ort: Murtal Antriebe GmbH, Puchstraße 51, 8020 Graz, Schulungszentrum Halle 4

Der Tag besteht aus einer Gruppenübung, einer praktischen Aufgabe am Prüfstand, einem
Fachinterview und einem Gespräch mit der Personalabteilung. Bitte bringen Sie Sicherheitsschuhe
mit; Arbeitskleidung stellen wir.

Bitte bestätigen Sie Ihre Teilnahme bis 22. April über den Button unten.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Murtal Antriebe GmbH"""

add(M(
    id="mu-ac", kind="interview_invitation", slug="murtal_assessment_centre_ats_html", lang="de",
    company="Murtal Antriebe", contact="",
    frm=("Murtal Antriebe Karriere", "noreply@successfactors.eu"),
    subject="Einladung zum Assessment-Center am 29. April (Murtal Antriebe)",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-04-14 09:00 +0200", re="mu-ack",
    cte="quoted-printable",
    html=ats_card("Murtal Antriebe · Karriere", paras(_mu_ac),
                  "Murtal Antriebe GmbH · Puchstraße 51 · 8020 Graz<br>\nDiese Nachricht wurde "
                  "automatisch versendet.", color="#7a1f2b",
                  button=("Teilnahme bestätigen",
                          "https://murtal.example.at/career/ac?token=MA117-4471")),
))

add(M(
    id="fl-screen", kind="interview_invitation", slug="filder_phone_screen_ask_latin1", lang="de",
    company="Prüflabor Filder", contact="t.hummel@filderlab.example.de",
    frm=("Tobias Hummel", "t.hummel@filderlab.example.de"),
    subject="Kurzes Telefonat zu Ihrer Bewerbung?",
    date="2026-02-23 10:02 +0100", re="fl-cv",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Aubry,

danke für Ihren Lebenslauf. Bevor wir Sie zu uns ins Labor nach Filderstadt einladen, würde ich
gern kurz mit Ihnen sprechen.

Hätten Sie diese Woche 20 Minuten für ein Telefonat? Mir passt Mittwoch oder Donnerstag
jeweils zwischen 8 und 11 Uhr. Schreiben Sie mir einfach, wann und unter welcher Nummer ich Sie
erreiche.

Beste Grüße
Tobias Hummel
Laborleitung Zellprüfung
Prüflabor Filder GmbH · Echterdinger Str. 30 · 70794 Filderstadt
Tel. 0711 5550 8830""",
))

_bds_sched = """Sehr geehrter Herr Kowalczyk-Aubry,

vielen Dank für Ihr Interesse an der Position Versuchsmechaniker Hochvolt (R-2026-0412).

Wir möchten Sie zu einem Video-Interview mit dem Fachbereich einladen. Bitte wählen Sie über den
folgenden Link bis zum 8. Februar einen passenden Termin aus:

https://bavariadrive.wd3.myworkday.com/bds/d/inst/scheduling/R-2026-0412

Das Interview dauert etwa 45 Minuten und findet über Microsoft Teams statt. Den Link zur
Besprechung erhalten Sie nach Ihrer Terminauswahl.

Mit freundlichen Grüßen
Talent Acquisition
Bavaria Drive Systems AG"""

add(M(
    id="bds-sched", kind="interview_invitation", slug="bavaria_drive_workday_pick_slot", lang="de",
    company="Bavaria Drive Systems", contact="",
    frm=("Bavaria Drive Systems", "bavariadrive@myworkday.com"),
    subject="Terminauswahl: Video-Interview Versuchsmechaniker Hochvolt (R-2026-0412)",
    date="2026-02-04 07:15 +0000", re="bds-ack",
    cte="quoted-printable",
    text=_bds_sched + "\n\nDies ist eine automatisch generierte Nachricht.",
    html=ats_card("Bavaria Drive Systems – Careers", paras(_bds_sched),
                  "Dies ist eine automatisch generierte Nachricht.<br>\nPowered by Workday",
                  color="#003a70",
                  button=("Termin auswählen",
                          "https://bavariadrive.wd3.myworkday.com/bds/d/inst/scheduling/"
                          "R-2026-0412")),
))

add(M(
    id="fz-chat", kind="interview_invitation", slug="faecherzell_coffee_thursday", lang="de",
    company="Fächerzell", contact="jonas@faecherzell.example.de",
    frm=("Jonas Weigand", "jonas@faecherzell.example.de"),
    subject="Kaffee am Donnerstag?",
    date="2026-04-27 17:05 +0200",
    text="""Hi Mathis,

hast du Donnerstag so gegen 15 Uhr Zeit auf einen Kaffee bei uns im Labor? Dann zeig ich dir die
Testbank und wir quatschen ein bisschen, ob das zu dir passt.

Wir sind im Technologiepark, Haid-und-Neu-Straße 18, 2. OG – einfach klingeln.

Jonas

--
Jonas Weigand · Mitgründer & CTO
Fächerzell GmbH · Karlsruhe · +49 721 5550 1180""",
))

add(M(
    id="rk-trial", kind="interview_invitation", slug="remstal_trial_day_base64", lang="de",
    company="Remstal Kabelsysteme", contact="sibylle.maier@remstal-kabel.example.de",
    frm=("Sibylle Maier", "sibylle.maier@remstal-kabel.example.de"),
    subject="Einladung zum Probearbeitstag am 19. Mai",
    date="2026-05-12 13:10 +0200", re="rk-ack",
    cte="base64",
    text="""Sehr geehrter Herr Kowalczyk-Aubry,

nach Durchsicht Ihrer Bewerbung möchten wir Sie gern einen Tag lang in unserer HV-Kabelprüfung
mitarbeiten lassen, damit beide Seiten sehen, ob es passt.

Probearbeitstag: Dienstag, 19. Mai 2026, 7:00 bis 15:30 Uhr
Treffpunkt: Pforte Werk 2, Alte Bundesstraße 60, 71332 Waiblingen
Ansprechpartner: Herr Schäfer, Meister Prüffeld

Bitte mitbringen: Sicherheitsschuhe S3, Personalausweis und Ihren Nachweis über die
Hochvolt-Qualifizierung. Mittagessen in der Kantine übernehmen wir, der Tag wird nach Tarif
vergütet.

Freundliche Grüße

Sibylle Maier
Personalwesen
Remstal Kabelsysteme GmbH
Telefon 07151 5550 412""",
))

_spt_inv = """Sehr geehrter Herr Kowalczyk-Aubry,

wir laden Sie herzlich zu einem Interview über Microsoft Teams am 16. Juni um 9:00 Uhr ein.

Teilnehmen werden Ing. Markus Hofbauer (Leitung Prüfstandbau) und ich. Wir planen eine Stunde
ein; bitte halten Sie Ihren Lebenslauf und Ihre Zeugnisse bereit.

________________________________________________________________________________
Microsoft Teams-Besprechung
Jetzt an der Besprechung teilnehmen: https://teams.example.at/l/meetup-join/19%3ameeting_SPT0616
Besprechungs-ID: 391 552 018 44
Kenncode: Vm7qLs
________________________________________________________________________________

Freundliche Grüße
Elisabeth Gruber
Human Resources
Steirische Prüfstandtechnik GmbH · Grottenhofstraße 3 · 8053 Graz"""

add(M(
    id="spt-inv", kind="interview_invitation", slug="spt_teams_interview_outlook_ics", lang="de",
    company="Steirische Prüfstandtechnik", contact="e.gruber@spt-graz.example.at",
    frm=SPT_HR,
    subject="Interview Prüfstandtechniker – SPT / Kowalczyk-Aubry",
    subj_enc=("utf-8", "B"),
    date="2026-06-09 10:30 +0200",
    cte="quoted-printable",
    text=_spt_inv,
    html=outlook_html(mso(_spt_inv), lang="DE-AT"),
    attach=[ics("REQUEST", "040000008200E00074C5B7101A82E00800000000SPT0616",
                "20260616T090000", "20260616T100000",
                "Interview Prüfstandtechniker – SPT / Kowalczyk-Aubry",
                ("Gruber Elisabeth", "e.gruber@spt-graz.example.at"), tz="Europe/Vienna",
                location="Microsoft Teams-Besprechung",
                attendees=[CAND, ("Markus Hofbauer", "m.hofbauer@spt-graz.example.at")],
                stamp="20260609T083000")],
))

add(M(
    id="sz-inv", kind="interview_invitation", slug="schanzer_after_phone_replyto_assistant",
    lang="de",
    company="Schanzer Prüftechnik", contact="p.lutz@schanzer-pruef.example.de",
    frm=("Martin Eberl", "m.eberl@schanzer-pruef.example.de"),
    reply_to=("Petra Lutz", "p.lutz@schanzer-pruef.example.de"),
    subject="Vorstellungsgespräch 11.03.", subj_enc=("utf-8", "B"),
    date="2026-03-04 15:40 +0100",
    text="""Servus Herr Kowalczyk-Aubry,

wie vorhin am Telefon besprochen, hier nochmal schriftlich:

Vorstellungsgespräch am Mittwoch, 11. März, 13:30 Uhr
bei uns im Prüffeld, Ettinger Str. 40, 85057 Ingolstadt

Parken können Sie direkt vor Halle B. Für Rückfragen und falls was dazwischenkommt, wenden Sie
sich bitte an meine Assistentin Frau Lutz (Antwort auf diese Mail geht direkt an sie).

Gruß
Martin Eberl
Leiter Prüffeld
Schanzer Prüftechnik GmbH""",
))

_wt_inv = """Grüß Gott Herr Kowalczyk-Aubry,

vielen Dank für Ihre Bewerbung als Versuchstechniker HV-Speicher. Wir würden Sie gern in einem
Videointerview näher kennenlernen und schlagen folgenden Termin vor:

Donnerstag, 16. April 2026, 10:00 – 10:45 Uhr
Webex: https://wuermtal-test.example.de/meet/huber-0416

Mit dabei ist Herr Brandl, Teamleiter im Prüffeld. Bitte geben Sie mir kurz Bescheid, ob der
Termin für Sie passt.

Beste Grüße
Anna Huber
HR Business Partner
Würmtal Testcenter GmbH
Lochhamer Schlag 21 · 82166 Gräfelfing
T +49 89 5550 4410"""

add(M(
    id="wt-inv", kind="interview_invitation", slug="wuermtal_video_interview_outlook", lang="de",
    company="Würmtal Testcenter", contact="anna.huber@wuermtal-test.example.de",
    frm=WT_HR,
    subject="Einladung Videointerview – Versuchstechniker HV-Speicher",
    subj_enc=("utf-8", "Q"),
    date="2026-04-08 09:30 +0200",
    cte="quoted-printable",
    text=_wt_inv,
    html=outlook_html(mso(_wt_inv)),
))

add(M(
    id="kvs-inv", kind="interview_invitation", slug="headhunter_unnamed_client_interview",
    lang="de",
    company="Kessler & Voigt", contact="h.voigt@kessler-voigt.example.de",
    frm=("Dr. Hendrik Voigt", "h.voigt@kessler-voigt.example.de"),
    subject="AW: Ihr Interesse an der Position Validierungstechniker",
    date="2026-07-14 08:20 +0200",
    cte="quoted-printable",
    text="""Lieber Herr Kowalczyk-Aubry,

danke für Ihre schnelle Rückmeldung und den aktualisierten Lebenslauf. Ich habe Ihr Profil
gestern meinem Mandanten vorgestellt – einem Automobilhersteller mit Sitz in Ingolstadt, dessen
Namen ich Ihnen am Telefon nennen werde.

Man möchte Sie zu einem ersten Gespräch mit dem Leiter Batterievalidierung einladen:

Dienstag, 28. Juli 2026, 14:00 Uhr, vor Ort in Ingolstadt (Adresse folgt nach Ihrer Zusage)

Ich rufe Sie vorher an, um Sie auf das Gespräch vorzubereiten. Passt Ihnen Donnerstag um 18 Uhr?

Herzliche Grüße
Hendrik Voigt

Dr. Hendrik Voigt
Partner
Kessler & Voigt Executive Search GmbH
Maximilianstraße 35 · 80539 München
+49 89 5550 7000

""" + wrote("de", "Fr., 10. Juli 2026 um 12:47", "Mathis Kowalczyk-Aubry",
            "mathis.ka@example.de") + "\n" + quote("""Sehr geehrter Herr Dr. Voigt,

vielen Dank für Ihren Anruf. Ja, die Position interessiert mich sehr, anbei mein aktueller
Lebenslauf. Meine Bewerbung können Sie gern weitergeben.

Viele Grüße
Mathis Kowalczyk-Aubry"""),
))

_rh_inv = """Hallo Herr Kowalczyk-Aubry,

wir möchten Sie zu einem Fachgespräch für die Stelle Prüftechniker Großspeicher (m/w/d) in
unser Werk am Rheinhafen Karlsruhe einladen.

Bitte buchen Sie sich über den folgenden Link einen der freien Termine am 16. oder 17. September:
https://rheinau-speicher.recruitee.com/o/pruftechniker-grossspeicher/schedule/8f2a

Das Gespräch dauert etwa eine Stunde, davon 20 Minuten Rundgang durch die Testhalle.

Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße
Claudia Fritsch
Rheinau Energiespeicher GmbH"""

add(M(
    id="rh-inv", kind="interview_invitation", slug="rheinau_recruitee_booking_link", lang="de",
    company="Rheinau Energiespeicher", contact="claudia.fritsch@rheinau-speicher.example.de",
    frm=("Rheinau Energiespeicher", "no-reply@jobs.recruitee.com"),
    reply_to=("Claudia Fritsch", "claudia.fritsch@rheinau-speicher.example.de"),
    subject="Einladung zum Fachgespräch – bitte Termin buchen",
    subj_enc=("utf-8", "Q"),
    date="2026-09-03 10:45 +0200", re="rh-ack",
    cte="quoted-printable",
    text=_rh_inv,
    html=ats_card("Rheinau Energiespeicher", paras(_rh_inv),
                  "Gesendet mit Recruitee im Auftrag von Rheinau Energiespeicher GmbH.",
                  color="#f08a00",
                  button=("Termin buchen", "https://rheinau-speicher.recruitee.com/o/"
                          "pruftechniker-grossspeicher/schedule/8f2a")),
))

# ------------------------------------------------------------------ English

_hb_inv = """Hi Mathis,

Thanks again for applying for the Battery Test Technician role at Hisingen Battery Lab. We'd
love to get to know you better in a 45-minute video interview with me and Johan Ek, our lab
manager.

Please use the link below to pick a time that works for you:
https://app.greenhouse.io/scheduling/hisingen/select?guid=7c1e04f2

Slots are available between 24 and 27 February. Once you've booked, you'll receive a calendar
invitation with the Teams link.

Looking forward to speaking with you!

Karin Lindqvist
Talent Partner, Hisingen Battery Lab"""

add(M(
    id="hb-inv", kind="interview_invitation", slug="hisingen_greenhouse_scheduling_link",
    lang="en",
    company="Hisingen Battery Lab", contact="karin.lindqvist@hisingenlab.example.se",
    frm=("Karin Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Karin Lindqvist", "karin.lindqvist@hisingenlab.example.se"),
    subject="Interview with Hisingen Battery Lab – please choose a time",
    date="2026-02-18 10:20 +0100", re="hb-ack",
    cte="quoted-printable",
    text=_hb_inv,
    html=ats_card("Hisingen Battery Lab", paras(_hb_inv),
                  "Sent via Greenhouse on behalf of Hisingen Battery Lab AB.", color="#24556b",
                  lang="en", button=("Choose a time",
                                     "https://app.greenhouse.io/scheduling/hisingen/select?"
                                     "guid=7c1e04f2")),
))

add(M(
    id="ic-screen", kind="interview_invitation", slug="isarcell_recruiter_phone_screen",
    lang="en",
    company="Isarcell Technologies", contact="priya@isarcell.example.de",
    frm=IC_HR,
    subject="Quick call about the EV Battery Test Technician role?",
    date="2026-06-08 11:45 +0200", re="ic-ack",
    text="""Hi Mathis,

I'm Priya, I look after hiring at Isarcell. Your application for the EV Battery Test Technician
role caught our eye – a mechanic with HV qualification is exactly the mix our test team likes.

Would you have 20-30 minutes for an introductory call this week? I'm free on Wednesday after
2 pm or Thursday morning. Just reply with what suits you and the best number to reach you on.

Talk soon,
Priya

Priya Raman
Talent Lead | Isarcell Technologies GmbH
Frankfurter Ring 150, 80807 Munich""",
))

add(M(
    id="ic-trial", kind="interview_invitation", slug="isarcell_paid_trial_day_ics", lang="en",
    company="Isarcell Technologies", contact="priya@isarcell.example.de",
    frm=IC_HR,
    subject="Trial day in our cell lab – Fri 26 June",
    date="2026-06-17 15:02 +0200", re="ic-screen",
    cte="quoted-printable",
    text="""Hi Mathis,

Great talking to you last week – the team would like to invite you to a paid trial day in our
cell lab, which is the final step of our process.

When: Friday, 26 June, 8:30 to about 16:00
Where: Isarcell Technologies, Frankfurter Ring 150, 80807 Munich (ring the bell at the lab
entrance, building 2)
What: you'll shadow Tomasz on the cycler bench in the morning, do a small hands-on task in the
afternoon and finish with a 30-minute conversation with our CTO, Dr. Hannah Wirth.

Please bring safety shoes; we'll provide ESD coat and glasses. The calendar invite is attached.

Cheers,
Priya""",
    attach=[ics("REQUEST", "isarcell-trial-20260626-mka@isarcell.example.de",
                "20260626T083000", "20260626T160000",
                "Trial day – Mathis Kowalczyk-Aubry", IC_HR,
                location="Isarcell Technologies, Frankfurter Ring 150, 80807 München",
                inline=False, filename="trial-day.ics", stamp="20260617T130200")],
))

_aa_panel = """Hi Mathis,

You're invited to a panel interview for the Battery Test Technician role at Ampere Alley.

Wednesday, 1 April 2026, 14:00-15:30 (Europe/Berlin)
Ampere Alley, Lindwurmstraße 76, 80337 München – 3rd floor

Panel: Dr. Kenji Sato (Head of Cell Engineering), Marlene Fuchs (Lab Lead) and Ben Okafor
(People & Talent). Expect a short technical exercise on a module test plan.

Please accept the calendar invitation to confirm."""

add(M(
    id="aa-panel", kind="interview_invitation", slug="ampere_alley_panel_via_ashby", lang="en",
    company="Ampere Alley", contact="ben.okafor@amperealley.example.de",
    frm=("Ben Okafor via Ashby", "no-reply@ashbyhq.com"),
    reply_to=AA_HR,
    subject="Interview invitation: Battery Test Technician – Ampere Alley",
    date="2026-03-23 12:00 +0100",
    text=_aa_panel,
    html=ats_card("Ampere Alley", paras(_aa_panel), "Sent with Ashby.", color="#e4572e",
                  lang="en"),
    attach=[ics("REQUEST", "ashby-aa-panel-0401-5531@ashbyhq.com",
                "20260401T140000", "20260401T153000",
                "Panel interview – Mathis Kowalczyk-Aubry (Battery Test Technician)", AA_HR,
                location="Ampere Alley, Lindwurmstraße 76, 80337 München",
                attendees=[CAND, ("Kenji Sato", "kenji.sato@amperealley.example.de"),
                           ("Marlene Fuchs", "marlene.fuchs@amperealley.example.de")],
                stamp="20260323T110000")],
))

add(M(
    id="nt-skag-inv", kind="interview_invitation", slug="agency_sets_up_skagerrak_interview",
    lang="en",
    company="Skagerrak Cell Systems", contact="olle.berg@nordictalent.example.se",
    frm=("Olle Berg", "olle.berg@nordictalent.example.se"),
    subject="Interview with Skagerrak Cell Systems – Tue 1 Sep",
    date="2026-08-25 14:18 +0200",
    cte="quoted-printable",
    text="""Hi Mathis,

Good news – Skagerrak Cell Systems would like to meet you for the Test Technician, Module
Validation role we discussed.

Tuesday 1 September, 10:00, at their site in Arendal (Arendalsvägen 35, Göteborg). You'll meet
the validation manager, Sofia Holm, and one of the senior technicians. Plan for about 90 minutes
including a walk through the test hall.

Could you confirm by tomorrow? I'll send you a short brief on the company and the team before
the weekend.

Best,
Olle

Olle Berg | Senior Recruiter | Nordic Tech Talent AB
Kungsportsavenyen 21, 411 36 Göteborg | +46 31 555 0147""",
))

add(M(
    id="ld-chat", kind="interview_invitation", slug="lindholmen_free_thursday_to_chat",
    lang="en",
    company="Lindholmen Drivetrain", contact="erik.sandberg@lindholmen-drive.example.se",
    frm=("Erik Sandberg", "erik.sandberg@lindholmen-drive.example.se"),
    subject="Thursday chat",
    date="2026-06-29 09:14 +0200",
    text="""Hi Mathis,

Are you free Thursday afternoon for a chat about the test tech opening? Video is fine, say 15:00
your time?

Erik

--
Erik Sandberg | Team Lead Drivetrain Test | Lindholmen Drivetrain AB""",
))

_tt_sched = """Hi Mathis,

Thank you for your application for Battery Lab Technician at Torslanda Test Services. We would
like to invite you to a phone interview with our hiring manager, Anders Nyström.

Please choose a time slot using the button below. The interview takes about 30 minutes and
Anders will call you on the number you provided.

Best regards,
Torslanda Test Services"""

add(M(
    id="tt-sched", kind="interview_invitation", slug="torslanda_workable_schedule", lang="en",
    company="Torslanda Test Services", contact="",
    frm=("Torslanda Test Services", "noreply@candidates.workablemail.com"),
    subject="Schedule your interview with Torslanda Test Services",
    date="2026-05-04 08:00 +0000", re="tt-ack",
    cte="quoted-printable",
    text=_tt_sched + "\n\nSchedule: https://apply.workable.com/torslanda-test/schedule/b41c9",
    html=ats_card("Torslanda Test Services", paras(_tt_sched),
                  "Powered by Workable.", color="#4b2e83", lang="en",
                  button=("Schedule interview",
                          "https://apply.workable.com/torslanda-test/schedule/b41c9")),
))

# ------------------------------------------------------------------ French

add(M(
    id="ab-inv", kind="interview_invitation", slug="alsace_batteries_entretien_ics", lang="fr",
    company="Alsace Batteries", contact="camille.brunner@alsace-batteries.example.fr",
    frm=AB_HR,
    subject="Invitation à un entretien – technicien d'essais batteries",
    subj_enc=("utf-8", "Q"),
    date="2026-04-14 10:15 +0200", re="ab-ack",
    text="""Bonjour Monsieur Kowalczyk-Aubry,

Suite à votre candidature au poste de technicien d'essais batteries (H/F), nous avons le plaisir
de vous convier à un entretien dans nos locaux :

Jeudi 23 avril 2026 à 14h00
Alsace Batteries – 12 rue de l'Ill – 68100 Mulhouse (accueil bâtiment B)

Vous rencontrerez M. Thierry Wendling, responsable du laboratoire d'essais, et moi-même.
L'entretien durera environ une heure. Vous trouverez l'invitation dans votre agenda.

Merci de me confirmer votre présence.

Bien cordialement,
Camille Brunner
Chargée de recrutement
Alsace Batteries SAS""",
    attach=[ics("REQUEST", "ab-entretien-20260423-mka@alsace-batteries.example.fr",
                "20260423T140000", "20260423T150000",
                "Entretien – M. Kowalczyk-Aubry – technicien d'essais batteries", AB_HR,
                tz="Europe/Paris", location="Alsace Batteries, 12 rue de l'Ill, Mulhouse",
                stamp="20260414T081500")],
))

_ler_eval = """Monsieur,

Suite à l'examen de votre candidature au poste de Technicien(ne) d'essais électriques
(réf. LER-0326), nous avons le plaisir de vous convier à notre journée d'évaluation.

Date : jeudi 5 mars 2026, de 8h30 à 17h00
Lieu : Laboratoire d'Essais du Rhin, 40 rue de la Mertzau, 68100 Mulhouse

Au programme : présentation du laboratoire, exercice pratique sur banc de mesure, test écrit
de sécurité électrique et entretien individuel. Le déjeuner est offert.

Merci de confirmer votre participation en répondant à ce message ; votre réponse sera
transmise à Aurélie Schmitt, chargée de recrutement."""

add(M(
    id="ler-eval", kind="interview_invitation", slug="ler_assessment_day_taleo_replyto",
    lang="fr",
    company="Laboratoire d'Essais du Rhin", contact="aurelie.schmitt@ler-essais.example.fr",
    frm=("Laboratoire d'Essais du Rhin", "no-reply@taleo.net"),
    reply_to=("Aurélie Schmitt", "aurelie.schmitt@ler-essais.example.fr"),
    reply_to_enc=("iso-8859-1", "Q"),
    subject="Convocation – journée d'évaluation du 5 mars", subj_enc=("utf-8", "B"),
    date="2026-02-16 09:00 +0100", re="ler-ack",
    cte="quoted-printable",
    text=_ler_eval,
    html=ats_card("Laboratoire d'Essais du Rhin – Carrières", paras(_ler_eval),
                  "Message envoyé via Taleo pour le compte du Laboratoire d'Essais du Rhin.",
                  color="#1b3a6b", lang="fr"),
))

add(M(
    id="ihr-inv", kind="interview_invitation", slug="interim_sets_up_sausheim_entretien",
    lang="fr",
    company="Sausheim Équipements", contact="s.meyer@interim-hautrhin.example.fr",
    frm=("Sandrine Meyer", "s.meyer@interim-hautrhin.example.fr"),
    subject="Entretien chez Sausheim Équipements vendredi", subj_enc=("utf-8", "Q"),
    date="2026-06-15 16:40 +0200", re="ihr-reg",
    cte="base64",
    text="""Bonjour Mathis,

Bonne nouvelle : Sausheim Équipements souhaite vous rencontrer pour la mission de technicien
sur la ligne d'essais des chargeurs embarqués.

Rendez-vous vendredi 19 juin à 9h00
Sausheim Équipements – ZI de la Hardt, rue de l'Industrie – 68390 Sausheim
Demandez M. Fabien Koenig à l'accueil.

Pensez à prendre votre habilitation électrique et une pièce d'identité. L'entretien dure une
petite heure, avec une visite de l'atelier.

Tenez-moi au courant après le rendez-vous !

Sandrine Meyer
Chargée de recrutement – Intérim Haut-Rhin
03 89 55 50 77""",
))

# ------------------------------------------------------------------ Spanish

_bl_inv = """Hola Mathis:

Gracias por tu interés en el puesto de Técnico/a de pruebas de baterías en nuestra planta de
El Prat de Llobregat. Nos gustaría conocerte en persona.

Te proponemos una entrevista el jueves 28 de mayo a las 11:00 en nuestras oficinas
(Carrer de la Seda 14, 08820 El Prat de Llobregat). Estarán Pere Roca, responsable del
laboratorio de ensayos, y yo.

Te he enviado la convocatoria al calendario. ¿Puedes confirmarme que te va bien?

Un saludo,
Núria Puig
Recursos Humanos
Baterías Llobregat, S.L.
Tel. +34 93 555 07 12"""

add(M(
    id="bl-inv", kind="interview_invitation", slug="llobregat_entrevista_outlook_ics", lang="es",
    company="Baterías Llobregat", contact="nuria.puig@llobregat-baterias.example.es",
    frm=BL_HR, frm_enc=("utf-8", "B"),
    subject="Entrevista – Técnico/a de pruebas de baterías", subj_enc=("utf-8", "Q"),
    date="2026-05-20 09:40 +0200", re="bl-ack",
    cte="quoted-printable",
    text=_bl_inv,
    html=outlook_html(mso(_bl_inv), lang="ES"),
    attach=[ics("REQUEST", "bl-entrevista-0528-mka@llobregat-baterias.example.es",
                "20260528T110000", "20260528T120000",
                "Entrevista Mathis Kowalczyk-Aubry", BL_HR, tz="Europe/Madrid",
                location="Baterías Llobregat, Carrer de la Seda 14, El Prat de Llobregat",
                attendees=[CAND, ("Pere Roca", "pere.roca@llobregat-baterias.example.es")],
                stamp="20260520T074000")],
))

add(M(
    id="be-call", kind="interview_invitation", slug="besos_phone_interview_ask", lang="es",
    company="Centro de Ensayos del Besòs", contact="jordi.vidal@ensayos-besos.example.es",
    frm=("Jordi Vidal", "jordi.vidal@ensayos-besos.example.es"),
    subject="Entrevista telefónica: técnico de ensayos de baterías",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-09-08 13:05 +0200", re="be-cv",
    text="""Hola Mathis:

Hemos revisado tu CV y nos gustaría hacerte una primera entrevista por teléfono para el puesto
de técnico de ensayos de baterías.

¿Te va bien el jueves 10 de septiembre a las 10:00? Te llamaríamos al número que aparece en tu
currículum; la llamada dura unos 20 minutos, en castellano o en inglés, como prefieras.

Un saludo,
Jordi Vidal
Selección de personal
Centro de Ensayos del Besòs""",
))

add(M(
    id="ti-inv", kind="interview_invitation", slug="agency_sets_up_zona_franca", lang="es",
    company="Zona Franca Motors", contact="marta.soler@talentoindustrial.example.es",
    frm=("Marta Soler", "marta.soler@talentoindustrial.example.es"),
    subject="Entrevista Zona Franca Motors",
    date="2026-07-13 12:20 +0200", re="ti-reg",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Mathis:

¡Buenas noticias! Zona Franca Motors quiere conocerte para la plaza de técnico de pruebas de
alto voltaje que te comenté.

Día: viernes 17 de julio
Hora: 10:30
Lugar: Zona Franca Motors, Carrer 60, 08040 Barcelona (pregunta por Xavier Mas en recepción)

La entrevista será con el jefe de taller y alguien de recursos humanos; calcula una hora. Lleva
tu certificado de alta tensión y el DNI o pasaporte.

Confírmame, por favor, que puedes ir.

Marta Soler
Consultora de selección · Talento Industrial Barcelona
Tel. +34 93 555 08 40""",
))

# ================================================================== reschedule_or_cancel

# ------------------------------------------------------------------ German

_nw_move = """Sehr geehrter Herr Kowalczyk-Aubry,

leider muss ich unser Gespräch am 30. Juli verlegen, da Dr. Rapp an diesem Tag kurzfristig beim
Kunden in Wolfsburg sein muss.

Neuer Termin: Dienstag, 4. August 2026, 13:30 – 15:00 Uhr, gleicher Ort (Gebäude C).

Die aktualisierte Kalendereinladung ersetzt die bisherige. Ich hoffe, der neue Termin passt
Ihnen, sonst finden wir gern eine Alternative.

Freundliche Grüße
Sabine Keller
Personalreferentin
Neckarwerk Antriebstechnik GmbH"""

add(M(
    id="nw-move", kind="interview_reschedule_or_cancel", slug="neckarwerk_moved_sequence_bump",
    lang="de",
    company="Neckarwerk Antriebstechnik", contact="sabine.keller@neckarwerk.example.de",
    frm=NW_HR,
    subject="Aktualisiert: Vorstellungsgespräch Kowalczyk-Aubry – Prüftechniker Batteriesysteme",
    subj_enc=("utf-8", "Q"),
    date="2026-07-27 08:55 +0200", re="nw-inv",
    cte="quoted-printable",
    text=_nw_move,
    html=outlook_html(mso(_nw_move)),
    attach=[ics("REQUEST", "nw-2026-0730-kowalczyk@neckarwerk.example.de",
                "20260804T133000", "20260804T150000",
                "Vorstellungsgespräch Kowalczyk-Aubry – Prüftechniker Batteriesysteme", NW_HR,
                seq=1, location="Neckarwerk, Benzstraße 14, Gebäude C, 70327 Stuttgart",
                attendees=[CAND, ("Dr. Uwe Rapp", "uwe.rapp@neckarwerk.example.de"),
                           ("Selin Aydın", "selin.aydin@neckarwerk.example.de")],
                stamp="20260727T065500")],
))

add(M(
    id="mu-ill", kind="interview_reschedule_or_cancel", slug="murtal_observer_ill_postponed",
    lang="de",
    company="Murtal Antriebe", contact="verena.pichler@murtal.example.at",
    frm=("Verena Pichler", "verena.pichler@murtal.example.at"),
    subject="Assessment-Center 29. April – Verschiebung",
    date="2026-04-27 16:45 +0200", re="mu-ac",
    cte="quoted-printable",
    text="""Sehr geehrter Herr Kowalczyk-Aubry,

ich muss Ihnen leider kurzfristig mitteilen, dass unser Assessment-Center am Mittwoch,
29. April, nicht stattfinden kann. Zwei unserer Beobachter aus der Fachabteilung sind seit dem
Wochenende krank, und ohne sie können wir die praktische Aufgabe nicht fair bewerten.

Wir holen den Tag eine Woche später nach: Mittwoch, 6. Mai 2026, gleiche Zeit (8:30 Uhr), gleicher
Ort. Alle übrigen Informationen aus der Einladung gelten weiter.

Bitte geben Sie mir kurz Bescheid, ob Sie am 6. Mai teilnehmen können.

Mit freundlichen Grüßen
Verena Pichler
Recruiting
Murtal Antriebe GmbH
Puchstraße 51 · 8020 Graz · Österreich
T +43 316 5550 840""",
))

_wt_move = """Grüß Gott Herr Kowalczyk-Aubry,

danke für Ihre Nachricht – kein Problem. Ich habe unser Videointerview wie gewünscht verlegt:

Neu: Montag, 20. April 2026, 14:00 – 14:45 Uhr
Der Webex-Link bleibt derselbe.

Beste Grüße
Anna Huber"""

add(M(
    id="wt-move", kind="interview_reschedule_or_cancel", slug="wuermtal_calendar_update",
    lang="de",
    company="Würmtal Testcenter", contact="anna.huber@wuermtal-test.example.de",
    frm=WT_HR,
    subject="Aktualisiert: Videointerview Versuchstechniker HV-Speicher",
    date="2026-04-10 11:20 +0200", re="wt-ask",
    cte="quoted-printable",
    text=_wt_move,
    html=outlook_html(mso(_wt_move)),
    attach=[ics("REQUEST", "wt-video-mka-20260416@wuermtal-test.example.de",
                "20260420T140000", "20260420T144500",
                "Videointerview Versuchstechniker HV-Speicher", WT_HR, seq=1,
                location="https://wuermtal-test.example.de/meet/huber-0416",
                attendees=[CAND, ("Brandl, Stefan", "stefan.brandl@wuermtal-test.example.de")],
                stamp="20260410T092000")],
))

add(M(
    id="dt-move", kind="interview_reschedule_or_cancel", slug="donautal_new_slot_after_missed",
    lang="de",
    company="Donautal Batteriesysteme", contact="florian.hirschberger@donautal-batterie.example.de",
    frm=("Florian Hirschberger", "florian.hirschberger@donautal-batterie.example.de"),
    subject="AW: Telefoninterview heute – neuer Termin",
    date="2026-03-20 08:50 +0100", re="dt-missed",
    text="""Guten Morgen Herr Kowalczyk-Aubry,

danke für Ihren Rückruf gestern Nachmittag, das klärt die Sache mit der Baustelle und dem
fehlenden Empfang.

Statt des Telefonats schlagen wir Ihnen jetzt direkt ein persönliches Gespräch vor: Mittwoch,
25. März, 14:00 Uhr, bei uns am Auwaldsee 7 in Ingolstadt. Herr Dr. Stangl aus dem Prüffeld ist
dann auch dabei, und wir können Ihnen die Prüfhalle zeigen. Das ursprüngliche Telefoninterview
entfällt damit.

Freundliche Grüße
Florian Hirschberger
Donautal Batteriesysteme GmbH""",
))

_spt_cancel = """Sehr geehrter Herr Kowalczyk-Aubry,

leider muss ich unser morgiges Teams-Interview absagen. Ich melde mich, sobald ich einen neuen
Termin vorschlagen kann.

Freundliche Grüße
Elisabeth Gruber"""

add(M(
    id="spt-cancel", kind="interview_reschedule_or_cancel", slug="spt_meeting_cancelled_ics",
    lang="de",
    company="Steirische Prüfstandtechnik", contact="e.gruber@spt-graz.example.at",
    frm=SPT_HR,
    subject="Abgesagt: Interview Prüfstandtechniker – SPT / Kowalczyk-Aubry",
    subj_enc=("utf-8", "B"),
    date="2026-06-15 08:02 +0200", re="spt-inv",
    cte="quoted-printable",
    text=_spt_cancel,
    html=outlook_html(mso(_spt_cancel), lang="DE-AT"),
    attach=[ics("CANCEL", "040000008200E00074C5B7101A82E00800000000SPT0616",
                "20260616T090000", "20260616T100000",
                "Abgesagt: Interview Prüfstandtechniker – SPT / Kowalczyk-Aubry",
                ("Gruber Elisabeth", "e.gruber@spt-graz.example.at"), seq=1,
                tz="Europe/Vienna", location="Microsoft Teams-Besprechung",
                stamp="20260615T060200")],
    headers=[("Importance", "high")],
))

add(M(
    id="rh-move", kind="interview_reschedule_or_cancel", slug="rheinau_moved_to_afternoon",
    lang="de",
    company="Rheinau Energiespeicher", contact="claudia.fritsch@rheinau-speicher.example.de",
    frm=("Claudia Fritsch", "claudia.fritsch@rheinau-speicher.example.de"),
    subject="Fachgespräch Mittwoch: neue Uhrzeit",
    date="2026-09-14 17:10 +0200", re="rh-inv",
    cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Aubry,

kleine Änderung für Mittwoch: Unsere Testhalle ist vormittags wegen eines Kundenaudits gesperrt.
Können wir das Fachgespräch von 10:00 auf 14:00 Uhr schieben? Der Ablauf bleibt gleich, nur eben
nachmittags.

Viele Grüße
Claudia Fritsch
Personalreferentin · Rheinau Energiespeicher GmbH
Tel.: 0721 5550 6630

""" + wrote("de", "Do., 3. Sept. 2026 um 10:45", "Rheinau Energiespeicher",
            "no-reply@jobs.recruitee.com") + "\n" + quote("""Hallo Herr Kowalczyk-Aubry,

wir möchten Sie zu einem Fachgespräch für die Stelle Prüftechniker Großspeicher (m/w/d) in
unser Werk am Rheinhafen Karlsruhe einladen.

Bitte buchen Sie sich über den folgenden Link einen der freien Termine am 16. oder 17. September."""),
))

add(M(
    id="kvs-move", kind="interview_reschedule_or_cancel", slug="headhunter_client_postpones",
    lang="de",
    company="Kessler & Voigt", contact="h.voigt@kessler-voigt.example.de",
    frm=("Dr. Hendrik Voigt", "h.voigt@kessler-voigt.example.de"),
    subject="Gespräch beim Mandanten: Verschiebung auf Donnerstag, 30.07.",
    date="2026-07-21 12:05 +0200", re="kvs-inv",
    text="""Lieber Herr Kowalczyk-Aubry,

kurze Planänderung: Der Leiter Batterievalidierung ist nächste Woche am Dienstag auf einer
Dienstreise. Das Gespräch wird daher vom 28. Juli auf Donnerstag, 30. Juli, 9:00 Uhr verlegt,
Ort unverändert.

Bitte geben Sie mir Bescheid, ob das für Sie geht – ich reiche es dann weiter.

Herzliche Grüße
Hendrik Voigt
Kessler & Voigt Executive Search GmbH · +49 89 5550 7000""",
))

# ------------------------------------------------------------------ English

_hb_move = """Hi Mathis,

Your interview with Hisingen Battery Lab has been rescheduled.

Previous time: Thursday, 26 February 2026, 14:00-14:45 CET
New time: Tuesday, 3 March 2026, 10:00-10:45 CET
Location: Microsoft Teams (link in the calendar invitation)

Interviewers: Karin Lindqvist, Johan Ek

If the new time does not work for you, please reply to your recruiter."""

add(M(
    id="hb-move", kind="interview_reschedule_or_cancel", slug="hisingen_greenhouse_rescheduled",
    lang="en",
    company="Hisingen Battery Lab", contact="",
    frm=("Hisingen Battery Lab", "no-reply@greenhouse-mail.io"),
    subject="Interview rescheduled: Battery Test Technician at Hisingen Battery Lab",
    date="2026-02-24 09:12 +0100", re="hb-inv",
    cte="quoted-printable",
    text=_hb_move,
    html=ats_card("Hisingen Battery Lab", paras(_hb_move), "Sent via Greenhouse.",
                  color="#24556b", lang="en"),
    attach=[ics("REQUEST", "gh-interview-88412703@greenhouse-mail.io",
                "20260303T100000", "20260303T104500",
                "Interview: Mathis Kowalczyk-Aubry – Battery Test Technician",
                ("Karin Lindqvist", "karin.lindqvist@hisingenlab.example.se"), seq=1,
                tz="Europe/Stockholm", location="Microsoft Teams", inline=False,
                filename="interview.ics", stamp="20260224T081200")],
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    id="ic-move", kind="interview_reschedule_or_cancel", slug="isarcell_trial_day_moved_seq",
    lang="en",
    company="Isarcell Technologies", contact="priya@isarcell.example.de",
    frm=IC_HR,
    subject="Updated invitation: Trial day – now Wed 1 July",
    date="2026-06-22 10:36 +0200", re="ic-trial",
    text="""Hi Mathis,

Sorry for the shuffle: Tomasz has been pulled into a customer audit on Friday, so we need to move
your trial day from Friday 26 June to Wednesday 1 July, same times (8:30-16:00). Everything else
stays as planned. The updated calendar invite is attached and replaces the old one.

Let me know if Wednesday is a problem.

Priya""",
    attach=[ics("REQUEST", "isarcell-trial-20260626-mka@isarcell.example.de",
                "20260701T083000", "20260701T160000",
                "Trial day – Mathis Kowalczyk-Aubry", IC_HR, seq=1,
                location="Isarcell Technologies, Frankfurter Ring 150, 80807 München",
                inline=False, filename="trial-day.ics", stamp="20260622T083600")],
))

add(M(
    id="aa-cancel", kind="interview_reschedule_or_cancel", slug="ampere_alley_panel_cancelled",
    lang="en",
    company="Ampere Alley", contact="ben.okafor@amperealley.example.de",
    frm=AA_HR,
    subject="Cancelled: Panel interview – Mathis Kowalczyk-Aubry (Battery Test Technician)",
    date="2026-03-30 18:22 +0200", re="aa-panel",
    text="""Hi Mathis,

I'm afraid I have to cancel Wednesday's panel – Kenji has to fly to Tokyo at short notice and I
don't want you to meet a half-empty room. This is purely on our side and your process continues.

I'll send you two or three new options tomorrow morning, most likely later this week.

Apologies for the hassle,
Ben""",
    attach=[ics("CANCEL", "ashby-aa-panel-0401-5531@ashbyhq.com",
                "20260401T140000", "20260401T153000",
                "Panel interview – Mathis Kowalczyk-Aubry (Battery Test Technician)", AA_HR,
                seq=1, location="Ampere Alley, Lindwurmstraße 76, 80337 München",
                stamp="20260330T162200")],
))

add(M(
    id="nt-skag-move", kind="interview_reschedule_or_cancel", slug="agency_skagerrak_moves_day",
    lang="en",
    company="Skagerrak Cell Systems", contact="olle.berg@nordictalent.example.se",
    frm=("Olle Berg", "olle.berg@nordictalent.example.se"),
    subject="RE: Interview with Skagerrak Cell Systems – Tue 1 Sep",
    date="2026-08-31 08:05 +0200", re="nt-skag-inv",
    cte="quoted-printable",
    text="""Hi Mathis,

Small change: Sofia Holm has a supplier visit tomorrow morning, so Skagerrak would like to move
your interview from Tuesday 10:00 to Wednesday 2 September at 13:00. Same place in Arendal.

Can you make that? If not, they offered Thursday morning as well.

Best,
Olle

""" + "-----Original Message-----\nFrom: Olle Berg <olle.berg@nordictalent.example.se>\n"
      "Sent: Tuesday, August 25, 2026 2:18 PM\nTo: Mathis Kowalczyk-Aubry "
      "<mathis.ka@example.de>\nSubject: Interview with Skagerrak Cell Systems – Tue 1 Sep\n\n"
      "Hi Mathis,\n\nGood news – Skagerrak Cell Systems would like to meet you for the Test "
      "Technician,\nModule Validation role we discussed.\n\nTuesday 1 September, 10:00, at "
      "their site in Arendal.",
))

# ------------------------------------------------------------------ French

_ab_cancel = """Bonjour Monsieur,

Je dois malheureusement annuler notre entretien du jeudi 23 avril à 14h00 : M. Wendling est
retenu sur un audit client toute la semaine.

Nous reviendrons vers vous rapidement pour fixer une autre date.

Camille Brunner"""

add(M(
    id="ab-cancel", kind="interview_reschedule_or_cancel", slug="alsace_batteries_annulation_ics",
    lang="fr",
    company="Alsace Batteries", contact="camille.brunner@alsace-batteries.example.fr",
    frm=AB_HR,
    subject="Annulé : Entretien – M. Kowalczyk-Aubry – technicien d'essais batteries",
    subj_enc=("utf-8", "B"),
    date="2026-04-21 11:40 +0200", re="ab-inv",
    charset="iso-8859-1", cte="quoted-printable",
    text=_ab_cancel,
    attach=[ics("CANCEL", "ab-entretien-20260423-mka@alsace-batteries.example.fr",
                "20260423T140000", "20260423T150000",
                "Annulé : Entretien – M. Kowalczyk-Aubry – technicien d'essais batteries", AB_HR,
                seq=1, tz="Europe/Paris",
                location="Alsace Batteries, 12 rue de l'Ill, Mulhouse",
                stamp="20260421T094000")],
))

add(M(
    id="ler-move", kind="interview_reschedule_or_cancel", slug="ler_assessment_day_postponed",
    lang="fr",
    company="Laboratoire d'Essais du Rhin", contact="aurelie.schmitt@ler-essais.example.fr",
    frm=("Aurélie Schmitt", "aurelie.schmitt@ler-essais.example.fr"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Report de la journée d'évaluation du 5 mars", subj_enc=("iso-8859-1", "Q"),
    date="2026-03-02 14:25 +0100", re="ler-eval",
    charset="iso-8859-1", cte="8bit",
    text="""Bonjour Monsieur Kowalczyk-Aubry,

En raison d'une panne sur notre banc de mesure principal, nous sommes contraints de reporter la
journée d'évaluation prévue ce jeudi 5 mars.

Elle aura lieu le jeudi 12 mars, aux mêmes horaires (8h30 - 17h00) et à la même adresse. Le
programme reste identique.

Pourriez-vous me confirmer votre disponibilité à cette nouvelle date ?

Avec mes excuses pour ce changement,

Aurélie Schmitt
Chargée de recrutement
Laboratoire d'Essais du Rhin
40 rue de la Mertzau - 68100 Mulhouse - 03 89 55 51 40""",
))

# ------------------------------------------------------------------ Spanish

_bl_move = """Hola Mathis:

Tenemos que cambiar la entrevista del jueves 28 de mayo: Pere estará esos días en una auditoría
en Tarragona. ¿Te iría bien el martes 2 de junio a la misma hora, las 11:00? El lugar no
cambia.

Te he actualizado la convocatoria en el calendario.

Perdona las molestias.
Núria"""

add(M(
    id="bl-move", kind="interview_reschedule_or_cancel", slug="llobregat_reprogramada_seq1",
    lang="es",
    company="Baterías Llobregat", contact="nuria.puig@llobregat-baterias.example.es",
    frm=BL_HR, frm_enc=("utf-8", "Q"),
    subject="Actualizada: Entrevista Mathis Kowalczyk-Aubry",
    date="2026-05-26 16:30 +0200", re="bl-inv",
    cte="quoted-printable",
    text=_bl_move,
    html=outlook_html(mso(_bl_move), lang="ES"),
    attach=[ics("REQUEST", "bl-entrevista-0528-mka@llobregat-baterias.example.es",
                "20260602T110000", "20260602T120000",
                "Entrevista Mathis Kowalczyk-Aubry", BL_HR, seq=1, tz="Europe/Madrid",
                location="Baterías Llobregat, Carrer de la Seda 14, El Prat de Llobregat",
                attendees=[CAND, ("Pere Roca", "pere.roca@llobregat-baterias.example.es")],
                stamp="20260526T143000")],
))

add(M(
    id="ti-cancel", kind="interview_reschedule_or_cancel", slug="agency_client_cancels_tomorrow",
    lang="es",
    company="Zona Franca Motors", contact="marta.soler@talentoindustrial.example.es",
    frm=("Marta Soler", "marta.soler@talentoindustrial.example.es"),
    subject="Cambio: entrevista de mañana en Zona Franca Motors", subj_enc=("utf-8", "Q"),
    date="2026-07-16 09:02 +0200", re="ti-inv",
    text="""Hola Mathis:

El cliente me acaba de avisar de que tiene que cancelar la entrevista de mañana. Xavier Mas
tiene una incidencia en la línea de montaje y no podrá atenderte.

Te propondrán otra fecha en cuanto puedan; tu candidatura sigue en marcha.

Marta
Talento Industrial Barcelona · +34 93 555 08 40""",
))

# ================================================================== missed_interview_notice

add(M(
    id="dt-missed", kind="missed_interview_notice", slug="donautal_called_twice_at_ten", lang="de",
    company="Donautal Batteriesysteme", contact="florian.hirschberger@donautal-batterie.example.de",
    frm=("Florian Hirschberger", "florian.hirschberger@donautal-batterie.example.de"),
    subject="Telefoninterview heute 10 Uhr",
    date="2026-03-19 10:24 +0100", re="dt-inv",
    text="""Hallo Herr Kowalczyk-Aubry,

wir hatten für heute um 10:00 Uhr unser Telefoninterview vereinbart. Ich habe Sie zweimal unter
der Nummer aus Ihrem Lebenslauf angerufen (10:00 und 10:08 Uhr), leider ging nur die Mailbox ran.

Ich hoffe, es ist nichts passiert. Melden Sie sich gern heute noch bei mir unter
0841 5550 274.

Freundliche Grüße
Florian Hirschberger
Donautal Batteriesysteme GmbH""",
))

add(M(
    id="sp-hallbach-missed", kind="missed_interview_notice", slug="agency_hallbach_waited",
    lang="de",
    company="Hallbach Fahrzeugtechnik", contact="jana.roth@schwabenpersonal.example.de",
    frm=("Jana Roth", "jana.roth@schwabenpersonal.example.de"),
    subject="Termin bei Hallbach heute 9 Uhr",
    date="2026-01-29 09:41 +0100", re="sp-hallbach-inv",
    text="""Hallo Herr Kowalczyk-Aubry,

Frau Brenner von Hallbach hat mich eben angerufen: Sie waren heute um 9 Uhr nicht beim
Vorstellungsgespräch am Empfang in Weilimdorf, man hat eine Viertelstunde auf Sie gewartet.
Ist etwas passiert? Bitte rufen Sie mich kurz zurück.

Jana Roth
Schwabenpersonal GmbH · Tel. +49 711 5550 3120""",
))

add(M(
    id="bds-missed", kind="missed_interview_notice", slug="bavaria_drive_waited_in_teams",
    lang="de",
    company="Bavaria Drive Systems", contact="lukas.obermaier@bavariadrive.example.de",
    frm=("Obermaier, Lukas", "lukas.obermaier@bavariadrive.example.de"),
    subject="Video-Interview heute 14:00 Uhr",
    date="2026-02-11 14:25 +0100", re="bds-sched",
    cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Aubry,

mein Kollege aus dem Versuch und ich haben heute ab 14:00 Uhr im Teams-Meeting auf Sie
gewartet, Sie haben sich aber leider nicht eingewählt. Nach zwanzig Minuten haben wir die
Besprechung beendet.

Falls es technische Probleme gab, schreiben Sie mir bitte kurz.

Viele Grüße
Lukas Obermaier
Teamleiter HV-Versuch
Bavaria Drive Systems AG · Knorrstraße 147 · 80937 München

Bavaria Drive Systems AG · Vorsitzender des Aufsichtsrats: Dr. Franz Heilmeier
Vorstand: Christine Auer (Vorsitz), Josef Rankl · Sitz München · Amtsgericht München HRB 210987""",
))

add(M(
    id="ts-paartal-missed", kind="missed_interview_notice", slug="zeitarbeit_paartal_no_show",
    lang="de",
    company="Paartal Komponenten", contact="kevin.schuster@tecstaff.example.de",
    frm=("Kevin Schuster | TecStaff", "kevin.schuster@tecstaff.example.de"),
    subject="Heute 7:30 bei Paartal – wo waren Sie?", subj_enc=("utf-8", "Q"),
    date="2026-06-18 08:12 +0200", re="ts-reg",
    text="""Hallo Herr Kowalczyk-Aubry,

Paartal Komponenten hat mich gerade angerufen: Sie sind heute um 7:30 Uhr nicht zum
Vorstellungsgespräch in Manching erschienen. Der Schichtleiter hatte sich extra Zeit genommen.

Auf dem Handy erreiche ich Sie auch nicht. Bitte melden Sie sich so schnell wie möglich bei mir,
damit ich dem Kunden etwas sagen kann.

Kevin Schuster
TecStaff Personaldienste GmbH · 0841 5550 9090""",
))

add(M(
    id="gp-kalsdorf-missed", kind="missed_interview_notice", slug="graz_agency_client_not_reached",
    lang="de",
    company="Kalsdorf Leichtbau", contact="k.poelzl@personalpartner.example.at",
    frm=("Katharina Pölzl", "k.poelzl@personalpartner.example.at"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Telefoninterview Kalsdorf Leichtbau – nicht erreicht",
    date="2026-07-08 11:35 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Grüß Gott Herr Kowalczyk-Aubry,

der Produktionsleiter von Kalsdorf Leichtbau hat versucht, Sie heute um 11:00 Uhr für das
vereinbarte Telefoninterview zu erreichen: dreimal, zuletzt um 11:15 Uhr. Leider ohne Erfolg.

Könnten Sie mir bitte sagen, was los war? Der Kunde ist grundsätzlich weiterhin interessiert.

Freundliche Grüße
Katharina Pölzl
Personalberaterin
Grazer Personalpartner GmbH
Annenstraße 24 · 8020 Graz
Tel. +43 316 5550 377""",
))

# ------------------------------------------------------------------ English

add(M(
    id="hb-missed", kind="missed_interview_notice", slug="hisingen_waited_on_teams", lang="en",
    company="Hisingen Battery Lab", contact="karin.lindqvist@hisingenlab.example.se",
    frm=("Karin Lindqvist", "karin.lindqvist@hisingenlab.example.se"),
    subject="Today's interview",
    date="2026-03-03 10:31 +0100", re="hb-move",
    text="""Hi Mathis,

Johan and I waited on Teams for 15 minutes this morning for our 10:00 interview, but we didn't
see you join. I also tried the number in your CV once.

I hope everything is okay. Let me know what happened when you get a chance.

Best,
Karin

Karin Lindqvist | Talent Partner | Hisingen Battery Lab AB
Lindholmspiren 9, 417 56 Göteborg | +46 31 555 0213""",
))

add(M(
    id="tt-missed", kind="missed_interview_notice", slug="torslanda_tried_calling_twice",
    lang="en",
    company="Torslanda Test Services", contact="anders.nystrom@torslanda-test.example.se",
    frm=("Anders Nyström", "anders.nystrom@torslanda-test.example.se"),
    frm_enc=("utf-8", "Q"),
    subject="Missed call - phone interview 10:00",
    date="2026-05-12 10:22 +0200", re="tt-sched",
    cte="quoted-printable",
    text="""Hello Mathis,

I tried calling you twice at 10:00 (Swedish time) today for our scheduled phone interview, on
+49 171 5550 1234, but there was no answer either time.

If something came up, please let me know.

Regards,
Anders Nyström
Lab Manager, Torslanda Test Services AB""",
))

add(M(
    id="vm-missed", kind="missed_interview_notice", slug="voltara_meet_no_join", lang="en",
    company="Voltara Mobility", contact="lea.braendle@voltara.example.de",
    frm=("Lea Brändle", "lea.braendle@voltara.example.de"), frm_enc=("utf-8", "Q"),
    subject="We missed you on Google Meet today",
    date="2026-10-06 14:40 +0200",
    text="""Hi Mathis,

We had you down for a Google Meet call at 14:00 today with me and our hardware lead, Dominik.
We stayed in the room until 14:25 but didn't see you join.

Could you drop me a line to let me know what happened?

Thanks,
Lea

Lea Brändle | Talent | Voltara Mobility GmbH | Stuttgart""",
))

# ------------------------------------------------------------------ French / Spanish

add(M(
    id="ihr-missed", kind="missed_interview_notice", slug="interim_sausheim_not_present",
    lang="fr",
    company="Sausheim Équipements", contact="s.meyer@interim-hautrhin.example.fr",
    frm=("Sandrine Meyer", "s.meyer@interim-hautrhin.example.fr"),
    subject="Entretien de ce matin chez Sausheim Équipements", subj_enc=("utf-8", "B"),
    date="2026-06-19 09:50 +0200", re="ihr-inv",
    cte="quoted-printable",
    text="""Bonjour Mathis,

M. Koenig de Sausheim Équipements vient de m'appeler : vous ne vous êtes pas présenté ce matin à
9h00 pour l'entretien. Il vous a attendu une vingtaine de minutes à l'accueil.

Je n'arrive pas à vous joindre sur votre portable. Pouvez-vous me rappeler rapidement ?

Sandrine Meyer
Intérim Haut-Rhin – 03 89 55 50 77""",
))

add(M(
    id="be-missed", kind="missed_interview_notice", slug="besos_called_twice", lang="es",
    company="Centro de Ensayos del Besòs", contact="jordi.vidal@ensayos-besos.example.es",
    frm=("Jordi Vidal", "jordi.vidal@ensayos-besos.example.es"),
    subject="Llamada del jueves",
    date="2026-09-10 10:20 +0200", re="be-call",
    text="""Hola Mathis:

Te hemos llamado dos veces a las 10:00 para la entrevista telefónica, pero no hemos podido
contactar contigo. ¿Todo bien?

Dinos algo cuando puedas.

Jordi Vidal
Centro de Ensayos del Besòs""",
))
