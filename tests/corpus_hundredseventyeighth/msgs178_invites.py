"""Corpus 178: `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), hand-written."""

from msgs178_common import (
    CAND,
    CAND_NAME,
    CAND_SIG_DE,
    am_schrieb,
    ats_card,
    gmail_html,
    on_wrote,
    outlook_block,
    outlook_html,
    quote,
    simple_html,
)

MESSAGES: list[dict] = []


def inv(**spec):
    spec["kind"] = "interview_invitation"
    MESSAGES.append(spec)


def move(**spec):
    spec["kind"] = "interview_reschedule_or_cancel"
    MESSAGES.append(spec)


def missed(**spec):
    spec["kind"] = "missed_interview_notice"
    MESSAGES.append(spec)


VELO = ("Anja Pohl", "anja.pohl@velotraum.example.de")
KETT = ("Sabine Köhler", "s.koehler@kettwerk.example.de")
WERK = ("Lena Hartwig", "lena.hartwig@werkbank-software.example.de")
RADL = ("Dirk Lübben", "d.luebben@radlager.example.de")
FLOT = ("Mira Sommer", "mira.sommer@flottenfuchs.example.de")
PP = ("Carina Voigt | PersonalPlus Sachsen", "c.voigt@personalplus.example.de")
VLTAVA = ("Petra Nováková", "petra.novakova@vltavacycles.example.cz")
MOLDAU = ("Tereza Horáková", "tereza.horakova@moldau-logistics.example.cz")
HAVNE = ("Freja Dahl", "freja.dahl@havnecykel.example.dk")
VELOCE = ("Claire Dumas", "claire.dumas@veloce-rhone.example.fr")
BIZI = ("Ane Etxeberria", "ane.etxeberria@bizikletanorte.example.es")

# =========================================================================== invitations, German

_t = """\
Guten Tag Herr Reinholt-Mbeki,

vielen Dank für Ihre Bewerbung als Technischer Produktsupport E-Bike (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir würden Sie gern in einem persönlichen Gespräch in unserer Zentrale in Leipzig-Plagwitz kennenlernen.

Bitte wählen Sie über den Button unten einen Termin in der Woche vom 23. Februar aus. Das Gespräch dauert etwa 60 Minuten; dabei sind Frau Pohl (Personal) und Herr Brückner (Leitung Service).

Bei Fragen antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
Anja Pohl
Velotraum Antriebe"""
inv(slug="velotraum_personio_booking_link", lang="de", company="Velotraum Antriebe",
    contact="anja.pohl@velotraum.example.de", key="velotraum-inv",
    frm=("Velotraum Antriebe", "no-reply@personio.de"), reply_to=VELO,
    subject="Einladung zum Vorstellungsgespräch – Technischer Produktsupport E-Bike",
    subj_enc=("utf-8", "B"), date="2026-02-16 10:05",
    refs=["velotraum-app", "velotraum-ack"],
    text=_t + "\n\nTermin wählen: https://velotraum.jobs.personio.de/scheduling/8c1d2e",
    html=ats_card("Velotraum Antriebe", "#065f46", "Einladung zum Vorstellungsgespräch", _t,
                  "Velotraum Antriebe GmbH · Karl-Heine-Straße 93 · 04229 Leipzig\n"
                  "Versendet mit Personio",
                  button=("Termin wählen",
                          "https://velotraum.jobs.personio.de/scheduling/8c1d2e")),
    cte="quoted-printable")

_t = """\
Guten Morgen Herr Reinholt-Mbeki,

Ihre Bewerbung für den technischen Händlersupport ist bei mir auf dem Tisch gelandet, und ich würde gern einmal mit Ihnen sprechen, bevor wir Sie nach Dresden einladen.

Hätten Sie am Dienstag, 10.03., um 10:00 Uhr Zeit für ein Telefonat von etwa 20 Minuten? Ich würde Sie dann unter der Mobilnummer aus Ihrem Lebenslauf anrufen. Falls der Termin nicht passt, schlagen Sie mir gern zwei Alternativen vor.

Viele Grüße
Sabine Köhler
Personalreferentin | Kettwerk E-Bikes
Tharandter Straße 88, 01159 Dresden
Telefon +49 351 555 7731"""
inv(slug="kettwerk_phone_screen_ask", lang="de", company="Kettwerk E-Bikes",
    contact="s.koehler@kettwerk.example.de", key="kettwerk-phone",
    frm=KETT, frm_enc=("utf-8", "Q"),
    subject="Kurzes Telefonat zu Ihrer Bewerbung?", date="2026-03-03 09:20",
    text=_t, cte="quoted-printable")

_t = """\
Hallo Tobias,

wie am Telefon angekündigt, hier die Einladung zum Panelgespräch für die Position Technical Support Specialist.

Wann: Mittwoch, 29. April 2026, 13:00–14:30 Uhr
Wo: Werkbank Software, Königsbrücker Straße 96, 01099 Dresden, 3. OG (Raum „Speiche“)
Wer: Anke Reuter (Head of Support), Ruben Oswald (Product), ich

Im ersten Teil geht es um deinen Werdegang, danach spielen wir zwei typische Händlertickets gemeinsam durch. Vorbereiten musst du nichts; ein Laptop ist vor Ort.

Die Kalendereinladung hängt an – bitte nimm sie an, damit der Empfang Bescheid weiß.

Viele Grüße
Lena

Lena Hartwig
People & Talent | Werkbank Software
+49 351 555 4410"""
inv(slug="werkbank_panel_outlook_ics", lang="de", company="Werkbank Software",
    contact="lena.hartwig@werkbank-software.example.de", key="werkbank-panel",
    frm=WERK, subject="Einladung: Panelgespräch Technical Support Specialist",
    date="2026-04-20 14:00", refs=["werkbank-ack"],
    text=_t, html=outlook_html(_t, "de"), cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000A1F3C2@werkbank",
             "seq": 0, "start": "2026-04-29 13:00", "end": "2026-04-29 14:30", "tzid": True,
             "summary": "Panelgespräch Technical Support Specialist – Tobias Reinholt-Mbeki",
             "location": "Werkbank Software, Königsbrücker Straße 96, 01099 Dresden, Raum Speiche",
             "organizer": WERK, "attendees": [CAND, ("Anke Reuter", "anke.reuter@werkbank-software.example.de")]},
    ics_place="alt+attach")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

wir freuen uns, Sie zu unserem Auswahltag für die Position Techniker Fuhrparkservice (m/w/d) einzuladen.

Datum: Dienstag, 14. April 2026
Zeit: 08:30 bis ca. 15:00 Uhr
Ort: Radlager Logistik, Industriestraße 12, 99091 Erfurt, Schulungszentrum Halle C

Der Tag umfasst eine kurze Unternehmenspräsentation, eine Fallstudie zur Störungsannahme, ein Rollenspiel und ein Einzelgespräch. Für Verpflegung ist gesorgt; Fahrtkosten erstatten wir bis 60 Euro.

Bitte bestätigen Sie Ihre Teilnahme bis zum 27. März über den Link.

Mit freundlichen Grüßen
Dirk Lübben
Teamleiter Personalgewinnung"""
inv(slug="radlager_softgarden_assessment_day", lang="de", company="Radlager Logistik",
    contact="d.luebben@radlager.example.de", key="radlager-ac",
    frm=("Radlager Logistik", "noreply@softgarden.io"), reply_to=RADL, rt_enc=("utf-8", "B"),
    subject="Einladung zum Auswahltag am 14. April", date="2026-03-16 11:40",
    refs=["radlager-ack"],
    html=ats_card("Radlager Logistik", "#1e3a8a", "Einladung zum Auswahltag", _t,
                  "Radlager Logistik GmbH · Industriestraße 12 · 99091 Erfurt\n"
                  "Diese E-Mail wurde über softgarden versendet.",
                  button=("Teilnahme bestätigen",
                          "https://radlager.softgarden.io/de/applicant/confirm/55812")))

_t = """\
Hallo Herr Reinholt-Mbeki,

danke für Ihren Anruf gestern. Wie besprochen: Kommen Sie doch am Freitag, 19. Juni, zu einem Probearbeitstag in unsere Werkstatt am Anger. Wir fangen um 8:00 Uhr an und machen gegen 16:00 Uhr Schluss.

Bringen Sie bitte Arbeitskleidung und Sicherheitsschuhe mit, Werkzeug haben wir da. Mittag geht aufs Haus.

Wenn was dazwischenkommt, rufen Sie mich einfach an: 0361 555 3380.

Gruß aus Erfurt
Uwe Kästner
Inhaber, Zweirad Zentrum Erfurt
Anger 61, 99084 Erfurt"""
inv(slug="zweirad_trial_day", lang="de", company="Zweirad Zentrum Erfurt",
    contact="uwe@zweirad-erfurt.example.de", key="zweirad-trial",
    frm=("Uwe Kästner", "uwe@zweirad-erfurt.example.de"), frm_enc=("iso-8859-1", "Q"),
    subject="Probearbeitstag am 19.06.", date="2026-06-10 19:22",
    text=_t, charset="windows-1252", cte="quoted-printable")

_t = """\
Hallo Tobias,

danke für deine Bewerbung als Customer Operations Specialist bei Stromrad Mobility!

Wir möchten dich gern zu einem ersten Video-Interview (30 Minuten) mit Ella Brandes, Head of Customer Operations, einladen. Über den Link unten kannst du dir direkt einen freien Termin aussuchen; die Einladung mit dem Meeting-Link bekommst du danach automatisch.

Bis bald!
Das Stromrad Talent Team"""
inv(slug="stromrad_ashby_self_schedule", lang="de", company="Stromrad Mobility", contact="",
    key="stromrad-inv", frm=("Stromrad Mobility", "no-reply@ashbyhq.com"),
    subject="Stromrad Mobility: Termin für dein Interview auswählen",
    date="2026-06-02 08:15", tz="+0000",
    text=_t + "\n\nTermin auswählen: https://jobs.ashbyhq.com/stromrad/schedule/3f9a61c2",
    html=ats_card("Stromrad Mobility", "#facc15", "Wähle deinen Interviewtermin", _t,
                  "Powered by Ashby", button=("Termin auswählen",
                                              "https://jobs.ashbyhq.com/stromrad/schedule/3f9a61c2")),
    cte="8bit")

_t = """\
Hallo Herr Reinholt-Mbeki,

gute Nachrichten: Muldental Bikes möchte Sie kennenlernen!

Herr Tänzer, Inhaber und Werkstattchef, lädt Sie zu einem Vorstellungsgespräch für die Werkstattleitung ein:

Dienstag, 17. Februar 2026, 10:00 Uhr
Muldental Bikes, Leipziger Straße 21, 04668 Grimma

Planen Sie etwa eine Stunde ein; Herr Tänzer zeigt Ihnen auch die Werkstatt. Bitte geben Sie mir kurz Bescheid, dass der Termin passt – ich bestätige ihn dann beim Kunden.

Freundliche Grüße
Carina Voigt
Personalberaterin – Technik & Handwerk
PersonalPlus Sachsen · Tel. 0341 555 2090"""
inv(slug="personalplus_client_muldental", lang="de", company="Muldental Bikes",
    contact="c.voigt@personalplus.example.de", key="pp-client-inv",
    frm=PP, subject="Vorstellungsgespräch bei Muldental Bikes am 17.02.",
    date="2026-02-10 15:48", refs=["pp-reg"], text=_t, cte="quoted-printable")

_t = """\
Hi Tobias,

schön, dass es nach dem ersten Telefonat weitergeht! Ich habe dir eine Kalendereinladung für das Gespräch mit unserem Ops Lead Timo geschickt:

Donnerstag, 14. Mai, 15:00–15:45 Uhr, per Google Meet
Link: https://meet.example.com/ffx-tech-field

Timo wird mit dir über typische Fehlerbilder an unseren Scootern sprechen und wie du einen Einsatz in der Werkstatt priorisieren würdest.

Bis dann
Mira"""
inv(slug="flottenfuchs_meet_invite_ics", lang="de", company="Flottenfuchs",
    contact="mira.sommer@flottenfuchs.example.de", key="flotten-inv",
    frm=FLOT, subject="Einladung: Interview Field Technician @ Do. 14. Mai 2026 15:00 – 15:45",
    date="2026-05-04 12:30",
    text=_t, html=gmail_html(_t), cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "6k2f9r4lq0b1flotten@google.com", "seq": 0,
             "start": "2026-05-14 15:00", "end": "2026-05-14 15:45",
             "summary": "Interview Field Technician – Tobias / Timo",
             "location": "https://meet.example.com/ffx-tech-field",
             "organizer": ("Mira Sommer", "mira.sommer@flottenfuchs.example.de"),
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    ics_place="alt")

_t = """\
Hey Tobias,

wir haben deine Nachricht im Kollektiv-Postfach gesehen und fänden es super, dich mal kennenzulernen. Hast du Donnerstag nächste Woche (17.9.) gegen 17 Uhr Zeit zum Quatschen? Ganz locker per Jitsi, wir sind zu dritt aus der Werkstatt-AG.

Raum: https://jitsi.example.org/lastenrad-werkstatt

Sag einfach kurz Bescheid, ob das klappt.

Liebe Grüße
Paula für das Lastenrad Kollektiv"""
inv(slug="lastenrad_casual_jitsi", lang="de", company="Lastenrad Kollektiv Berlin",
    contact="paula@lastenrad-kollektiv.example.de", key="lastenrad-inv",
    frm=("Paula Brandt", "paula@lastenrad-kollektiv.example.de"),
    subject="Donnerstag quatschen?", date="2026-09-10 21:37", text=_t, cte="8bit")

_t = """\
Lieber Herr Reinholt-Mbeki,

wie besprochen bestätige ich Ihnen das zweite Gespräch mit meinem Mandanten am Dienstag, 14.07., um 11:00 Uhr in Berlin-Mitte. Die genaue Adresse schicke ich Ihnen am Vortag.

Sie sprechen mit dem Leiter After-Sales und der Personalleiterin. Erwartet wird eine kurze Präsentation (max. 10 Minuten), wie Sie den technischen Händlersupport in den ersten 100 Tagen aufstellen würden. Der Mandant bittet weiterhin um Vertraulichkeit; bitte sprechen Sie den Namen des Unternehmens nach außen nicht an.

Beste Grüße
Henrik Sturm
Partner
Kranich Personalberatung
Friedrichstraße 133, 10117 Berlin
+49 30 555 81 40"""
inv(slug="kranich_second_round_client_unnamed", lang="de",
    company="Kranich Personalberatung", contact="h.sturm@kranich-personal.example.de",
    key="kranich-inv", frm=("Henrik Sturm", "h.sturm@kranich-personal.example.de"),
    subject="Gespräch mit unserem Mandanten am 14.07.", date="2026-07-09 17:12",
    html=outlook_html(_t, "de"), html_cte="quoted-printable")

_quoted = f"""\
Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich als Mitarbeiter Technischer Kundenservice E-Carsharing für Ihren Standort Leipzig. Als Zweiradmechaniker mit acht Jahren Werkstatterfahrung kenne ich Fehlerbilder an Antrieben und Akkus aus erster Hand.

Über eine Rückmeldung – auch eine Absage – freue ich mich.

Mit freundlichen Grüßen
{CAND_SIG_DE}"""
_t = f"""\
Sehr geehrter Herr Reinholt-Mbeki,

wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein.

Termin: Dienstag, 25. August 2026, 10:00 Uhr
Ort: Saale Mobil, Merseburger Straße 200, 06112 Halle (Saale), Empfang Haus B
Gesprächspartner: Herr Ulbricht (Teamleitung Kundenservice) und ich

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Ramona Gebhardt
Referentin Personal
Saale Mobil GmbH | Tel.: +49 345 555 6120

{outlook_block("de", "Tobias Reinholt-Mbeki <tobias.rm@example.de>", "Sonntag, 19. Juli 2026 20:14", "bewerbung@saalemobil.example.de", "Bewerbung: Technischer Kundenservice E-Carsharing")}

{_quoted}"""
inv(slug="saalemobil_invite_quoting_application", lang="de", company="Saale Mobil",
    contact="r.gebhardt@saalemobil.example.de", key="saale-inv",
    frm=("Ramona Gebhardt", "r.gebhardt@saalemobil.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Technischer Kundenservice",
    date="2026-08-04 14:31", refs=["saale-app"], text=_t, cte="quoted-printable")

_t = """\
Guten Tag Herr Reinholt-Mbeki,

wie am Telefon angekündigt, habe ich Ihr Profil an unseren Kunden LogiRad in Leipzig-Plagwitz weitergegeben. Herr Wolf, Leiter Flottenbetrieb, möchte Sie gern kennenlernen:

Mittwoch, 29. Juli 2026, 14:00 Uhr
LogiRad, Zschochersche Straße 48, 04229 Leipzig (Eingang Hof, Werkstatt)

Es geht um die Stelle als Disponent Lastenradflotte in Vollzeit, zunächst über uns in Arbeitnehmerüberlassung mit Übernahmeoption nach sechs Monaten.

Bitte melden Sie sich nach dem Gespräch kurz bei mir.

Mit freundlichen Grüßen
Nadine Engel
Disposition
Zeitarbeit Elster · Gohliser Straße 9 · 04105 Leipzig · 0341 555 6644"""
inv(slug="elster_client_logirad", lang="de", company="LogiRad",
    contact="n.engel@elster-personal.example.de", key="elster-inv",
    frm=("Nadine Engel", "n.engel@elster-personal.example.de"),
    subject="Vorstellungstermin bei LogiRad", date="2026-07-20 10:10",
    refs=["elster-reg"], text=_t, charset="iso-8859-1", cte="8bit")

_t = """\
Hallo Tobias,

danke für deine Bewerbung als Service-Techniker (m/w/d) bei Pedalkraft. Wir würden dich gern in unserer Werkstatt in Kreuzberg treffen!

Such dir bitte über den Link einen Termin in der Woche ab dem 31. August aus. Das Gespräch dauert ca. 45 Minuten, danach zeigen wir dir die Montage.

Bei Fragen antworte einfach auf diese Mail – sie landet bei Jonas.

Bis bald
Team Pedalkraft"""
inv(slug="pedalkraft_teamtailor_pick_slot", lang="de", company="Pedalkraft",
    contact="jonas@pedalkraft.example.de", key="pedal-inv",
    frm=("Pedalkraft", "no-reply@teamtailor-mail.com"),
    reply_to=("Jonas Albrecht", "jonas@pedalkraft.example.de"),
    subject="Einladung zum Gespräch – Service-Techniker (m/w/d)", date="2026-08-24 09:02",
    refs=["pedal-ack"],
    text=_t + "\n\nTermin buchen: https://pedalkraft.teamtailor.com/meetings/b7e1",
    html=ats_card("Pedalkraft", "#0f172a", "Lass uns sprechen!", _t,
                  "Gesendet mit Teamtailor",
                  button=("Termin buchen", "https://pedalkraft.teamtailor.com/meetings/b7e1")),
    cte="quoted-printable")

# =========================================================================== invitations, English

_t = """\
Hi Tobias,

Thanks for applying to Vltava Cycles! Martin Dvořák (Service Manager) and I would love to meet you for a 45-minute video interview next week.

Please use the link below to choose a time that suits you. You'll receive a calendar invitation with the video link as soon as you've picked a slot.

Looking forward to talking,
Petra"""
inv(slug="vltava_greenhouse_scheduling_link", lang="en", company="Vltava Cycles",
    contact="petra.novakova@vltavacycles.example.cz", key="vltava-inv",
    frm=("Petra Nováková via Greenhouse", "no-reply@greenhouse-mail.io"),
    frm_enc=("utf-8", "Q"), reply_to=VLTAVA,
    subject="Interview with Vltava Cycles - please pick a time", date="2026-02-18 09:30",
    refs=["vltava-ack"],
    text=_t + "\n\nSchedule: https://app.greenhouse.example.io/schedule/vltava/77ad3",
    html=ats_card("Vltava Cycles", "#0e7490", "Let's schedule your interview", _t,
                  "Sent via Greenhouse", button=("Choose a time",
                                                 "https://app.greenhouse.example.io/schedule/vltava/77ad3"),
                  lang="en"),
    cte="quoted-printable")

_t = """\
Hi Tobias,

Great news - we'd like to invite you to a video interview for the Customer Service Technician role at Havnecykel.

Date: Tuesday 11 August 2026
Time: 10:00-10:45 (Copenhagen time)
With: Freja Dahl (People & Culture) and Mikkel Sørensen (Workshop Lead)

The meeting link is in the attached calendar invitation. Reply to this email if the time doesn't work.

See you soon,
Havnecykel"""
inv(slug="havnecykel_teamtailor_ics", lang="en", company="Havnecykel",
    contact="freja.dahl@havnecykel.example.dk", key="havne-inv",
    frm=("Havnecykel", "no-reply@teamtailor-mail.com"), reply_to=HAVNE,
    subject="Interview invitation: Customer Service Technician", date="2026-08-03 10:00",
    html=ats_card("Havnecykel", "#db2777", "You're invited to an interview", _t,
                  "Sent with Teamtailor", lang="en"),
    html_cte="base64",
    ics={"method": "REQUEST", "uid": "tt-interview-58213@teamtailor-mail.com", "seq": 0,
             "start": "2026-08-11 10:00", "end": "2026-08-11 10:45",
             "summary": "Interview: Customer Service Technician (Havnecykel)",
             "location": "https://meet.example.com/havne-cst", "organizer": HAVNE,
             "prodid": "-//Teamtailor//Interview//EN", "filename": "interview.ics"},
    ics_place="mixed")

_t = """\
Hi Tobias,

I'm Anders, I look after hiring at Spokewise. I enjoyed reading your application for the Technical Product Support role - a mechanic who has also handled warranty claims is exactly what our bike-shop customers need on the other end of the line.

Would you have 30 minutes for a phone screen on Thursday 18 June or Friday 19 June, any time between 9:00 and 15:00 CET? Just reply with what works and the best number to reach you.

Best,
Anders Kjær
Talent Partner, Spokewise
Njalsgade 21, 2300 Copenhagen S"""
inv(slug="spokewise_phone_screen", lang="en", company="Spokewise",
    contact="anders@spokewise.example.dk", key="spokewise-screen",
    frm=("Anders Kjær", "anders@spokewise.example.dk"), frm_enc=("utf-8", "B"),
    subject="Phone screen - Technical Product Support", date="2026-06-15 11:18",
    text=_t, cte="quoted-printable")

_t = """\
Hey Tobias,

Sam from RideGrid here - got your CV through a friend of a friend at the Kreuzberg repair café. We're building out our fleet ops team in Berlin and I'd love to hear what you're up to.

Are you free Thursday to chat? Say 16:00, 30 min, at our office on Skalitzer Straße or on a call - whatever's easier.

Sam"""
inv(slug="ridegrid_free_thursday", lang="en", company="RideGrid",
    contact="sam@ridegrid.example.com", key="ridegrid-chat",
    frm=("Sam Okafor", "sam@ridegrid.example.com"),
    subject="quick chat about the ops role", date="2026-07-06 18:40", text=_t)

_t = """\
Dear Tobias,

Further to your application, I am pleased to invite you to a panel interview for the Product Support Analyst position.

Date: Thursday, 30 April 2026
Time: 14:00-15:00 CEST
Place: Moldau Logistics, Pernerova 35, Prague 8 - Karlín, 4th floor reception
Panel: Tomáš Beneš (Head of Customer Support), Lucie Veselá (Product Owner), Tereza Horáková (Talent Acquisition)

Please accept the attached meeting request. The panel will ask you to walk through a recent technical problem you solved for a customer.

Kind regards,
Tereza Horáková
Talent Acquisition Specialist
Moldau Logistics | +420 555 208 117

This message and its attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this message."""
inv(slug="moldau_panel_outlook_ics", lang="en", company="Moldau Logistics",
    contact="tereza.horakova@moldau-logistics.example.cz", key="moldau-panel",
    frm=MOLDAU, frm_enc=("utf-8", "Q"),
    subject="Panel interview - Product Support Analyst", date="2026-04-21 16:02",
    refs=["moldau-ack"],
    text=_t, html=outlook_html(_t, "en"), cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000071B4D@moldau", "seq": 0,
             "start": "2026-04-30 14:00", "end": "2026-04-30 15:00",
             "summary": "Panel interview: Tobias Reinholt-Mbeki - Product Support Analyst",
             "location": "Moldau Logistics, Pernerova 35, Prague 8", "organizer": MOLDAU},
    ics_place="alt+attach")

_t = """\
Hi Tobias,

Good news: Petrin Scooters would like to meet you!

Interview: Thursday 14 May, 16:00
Where: Petrin Scooters workshop, Plzenska 8, Prague 5 - Smichov
With: Hana (Head of Service) and Radek (Operations)

It will be about an hour, in English, and they'll probably ask you to diagnose a scooter that doesn't charge - bring your hands-on mindset. Please confirm and I'll pass it on.

Cheers,
Ondrej

Ondrej Maly
Senior Consultant, Technical Roles
TalentBridge Europe | +420 555 310 442"""
inv(slug="talentbridge_client_petrin", lang="en", company="Petrin Scooters",
    contact="ondrej.maly@talentbridge.example.eu", key="tb-client-inv",
    frm=("Ondřej Malý", "ondrej.maly@talentbridge.example.eu"), frm_enc=("utf-8", "Q"),
    subject="Interview with Petrin Scooters on Thursday", date="2026-05-11 12:05",
    refs=["tb-reg"], text=_t)

_t = """\
Hi Tobias,

Thank you for applying for Customer Success Technician at Fieldfix Software. We'd like to invite you to a video interview with Laura Brenner, our Support Team Lead.

When: Monday, 15 June 2026, 11:00-11:45 (CEST)
Where: Microsoft Teams - the link is in the calendar invite we've sent separately

If you need to change the time, please reply to this email.

Best regards,
The Fieldfix Software hiring team"""
inv(slug="fieldfix_workable_video", lang="en", company="Fieldfix Software",
    contact="laura.brenner@fieldfix.example.io", key="fieldfix-inv",
    frm=("Fieldfix Software", "noreply@workablemail.com"),
    reply_to=("Laura Brenner", "laura.brenner@fieldfix.example.io"),
    subject="Interview invitation - Customer Success Technician", date="2026-06-09 09:44",
    tz="+0000", refs=["fieldfix-ack"],
    text=_t, html=simple_html(_t, "en"), cte="7bit", html_cte="quoted-printable")

_t = """\
Hej Tobias,

Thanks for your application for Workshop Lead at our Nørrebro store. Before we decide, we'd like you to spend a paid trial shift with the workshop team:

Thursday 2 April, 9:00-17:00
Northgear Sports, Nørrebrogade 120, 2200 Copenhagen N - ask for me at the bike counter

You'll work alongside Jonas and Emil on customer repairs, and we'll have a short talk at the end of the day. Wear closed shoes; we provide the apron and tools.

Let me know by Monday if that works.

Rasmus Bech
Store Manager, Northgear Sports Nørrebro
+45 55 31 40 07"""
inv(slug="northgear_paid_trial_shift", lang="en", company="Northgear Sports",
    contact="rasmus.bech@northgear.example.dk", key="northgear-trial",
    frm=("Rasmus Bech", "rasmus.bech@northgear.example.dk"),
    subject="Trial shift at Nørrebro", subj_enc=("iso-8859-1", "Q"),
    date="2026-03-25 13:27", refs=["northgear-ack"],
    text=_t, html=simple_html(_t, "en"), cte="quoted-printable")

# =========================================================================== invitations, French

_t = """\
Bonjour Tobias,

Suite à notre échange téléphonique, j'ai le plaisir de vous inviter à un entretien pour le poste de Technicien support après-vente chez Véloce Rhône.

Date : mardi 10 mars 2026, 14h00
Lieu : Véloce Rhône, 14 rue Marius Berliet, 69008 Lyon
Interlocuteurs : Claire Dumas (recrutement) et Mathieu Ferrand (responsable atelier)

Vous trouverez l'invitation en pièce jointe. Merci de me confirmer votre présence.

Bien cordialement,
Claire Dumas
Responsable recrutement – Véloce Rhône
Tél. +33 4 55 50 18 20"""
inv(slug="veloce_rhone_entretien_ics", lang="fr", company="Véloce Rhône",
    contact="claire.dumas@veloce-rhone.example.fr", key="veloce-inv",
    frm=VELOCE, subject="Invitation à un entretien – Technicien support après-vente",
    subj_enc=("utf-8", "Q"), date="2026-03-04 10:20",
    text=_t, html=outlook_html(_t, "fr"), cte="quoted-printable", html_cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "veloce-entretien-2026-0310@veloce-rhone.example.fr", "seq": 0,
             "start": "2026-03-10 14:00", "end": "2026-03-10 15:00",
             "summary": "Entretien Technicien support après-vente – T. Reinholt-Mbeki",
             "location": "Véloce Rhône, 14 rue Marius Berliet, 69008 Lyon", "organizer": VELOCE},
    ics_place="attach")

_t = """\
Bonjour Tobias,

Merci pour votre candidature au poste de Chargé de support technique chez Mobilis Tech.

Je vous propose un premier échange téléphonique de 30 minutes le mardi 25 août à 11h00, pour faire connaissance et vous présenter notre plateforme de gestion de flottes. Je vous appellerai au numéro indiqué dans votre CV.

Si ce créneau ne vous convient pas, répondez simplement à ce message.

À bientôt,
Camille Girard
Talent Acquisition – Mobilis Tech"""
inv(slug="mobilistech_lever_phone_screen", lang="fr", company="Mobilis Tech",
    contact="camille.girard@mobilistech.example.fr", key="mobilis-inv",
    frm=("Camille Girard", "no-reply@hire.lever.co"),
    reply_to=("Camille Girard", "camille.girard@mobilistech.example.fr"),
    subject="Mobilis Tech – premier échange téléphonique", date="2026-08-17 15:05",
    tz="+0000", text=_t, html=simple_html(_t, "fr"), cte="base64", html_cte="base64")

_t = """\
Bonjour Tobias,

Bonne nouvelle : Transports Fourvière souhaite vous rencontrer pour le poste de Technicien maintenance vélos-cargos.

Rendez-vous le jeudi 4 juin à 10h00 dans leurs locaux, 7 quai Paul Sédallian, 69009 Lyon (demandez M. Bonnet à l'accueil).

Prévoyez environ 45 minutes. Pouvez-vous me confirmer votre disponibilité rapidement ? Je transmettrai au client.

Cordialement,
Julien Marchetti
Intérim Confluence
32 cours Charlemagne, 69002 Lyon · 04 55 50 77 12"""
inv(slug="interim_confluence_client_fourviere", lang="fr", company="Transports Fourvière",
    contact="j.marchetti@interim-confluence.example.fr", key="confluence-client-inv",
    frm=("Julien Marchetti", "j.marchetti@interim-confluence.example.fr"),
    subject="Entretien chez Transports Fourvière, jeudi 4 juin", subj_enc=("iso-8859-1", "B"),
    date="2026-05-26 16:32", refs=["confluence-reg"], text=_t, charset="iso-8859-1",
    cte="quoted-printable")

# =========================================================================== invitations, Spanish

_t = """\
Hola Tobias:

Gracias por tu candidatura para el puesto de Técnico de Soporte Posventa. Nos gustaría conocerte en persona.

¿Te viene bien una entrevista el martes 5 de mayo a las 10:00 en nuestro taller de Zorrotzaurre (Muelle de Zorrotzaurre 5, Bilbao)? Estaremos Gorka Uriarte, jefe de taller, y yo. Calcula una hora más o menos.

Confírmame cuando puedas.

Un saludo,
Ane Etxeberria
Responsable de Personas · Bizikleta Norte
+34 944 55 02 31"""
inv(slug="bizikleta_entrevista_taller", lang="es", company="Bizikleta Norte",
    contact="ane.etxeberria@bizikletanorte.example.es", key="bizi-inv",
    frm=BIZI, subject="Entrevista en Bizikleta Norte", date="2026-04-27 13:15",
    text=_t, html=gmail_html(_t, lang="es"), cte="quoted-printable")

_t = """\
¡Hola Tobias!

Soy Unai, de MoviBilbo. Vimos tu perfil y nos encantaría charlar contigo sobre el puesto de técnico de flota para nuestras bicis eléctricas compartidas.

¿Te viene bien una llamada el jueves 10 a las 17:00? Son 20 minutitos, sin formalidades. Si no, dime qué hueco tienes.

Unai Larrea
Cofundador · MoviBilbo"""
inv(slug="movibilbo_llamada_informal", lang="es", company="MoviBilbo",
    contact="unai@movibilbo.example.es", key="movibilbo-inv",
    frm=("Unai Larrea", "unai@movibilbo.example.es"),
    subject="¿Hablamos el jueves?", subj_enc=("iso-8859-1", "Q"),
    date="2026-09-08 12:47", text=_t, charset="iso-8859-1", cte="8bit")

# =========================================================================== reschedule / cancel

_t = """\
Hallo Herr Reinholt-Mbeki,

leider muss ich unser Gespräch am Dienstag, 24.02., um 10:00 Uhr verschieben: Herr Brückner ist an dem Tag kurzfristig auf einer Händlerschulung in Chemnitz.

Neuer Termin: Donnerstag, 26.02.2026, 14:00 Uhr, gleicher Ort (Karl-Heine-Straße 93, Empfang 2. OG). Ich habe die Kalendereinladung entsprechend aktualisiert.

Passt Ihnen das? Sonst finden wir eine andere Lösung.

Freundliche Grüße
Anja Pohl
Personal | Velotraum Antriebe
Tel. +49 341 555 9012"""
move(slug="velotraum_moved_ics_seq1", lang="de", company="Velotraum Antriebe",
     contact="anja.pohl@velotraum.example.de", key="velotraum-move", frm=VELO,
     subject="Terminänderung: Ihr Vorstellungsgespräch bei Velotraum", date="2026-02-19 16:45",
     refs=["velotraum-ack", "velotraum-inv"],
     text=_t, html=outlook_html(_t, "de"), cte="quoted-printable",
     ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000099A1@velotraum",
              "seq": 1, "start": "2026-02-26 14:00", "end": "2026-02-26 15:00", "tzid": True,
              "summary": "Vorstellungsgespräch Technischer Produktsupport – T. Reinholt-Mbeki",
              "location": "Velotraum Antriebe, Karl-Heine-Straße 93, 04229 Leipzig", "organizer": VELO},
     ics_place="alt")

_t = """\
Hallo Tobias,

kleine Änderung: Anke ist am 29. April auf einem Kundentermin, deshalb verlegen wir das Panelgespräch auf Donnerstag, 30. April, 09:30–11:00 Uhr. Ort und Runde bleiben gleich.

Die aktualisierte Einladung ist dabei – einfach erneut annehmen.

Danke dir und bis Donnerstag!
Lena"""
move(slug="werkbank_panel_update_seq1", lang="de", company="Werkbank Software",
     contact="lena.hartwig@werkbank-software.example.de", key="werkbank-update", frm=WERK,
     subject="Aktualisiert: Panelgespräch Technical Support Specialist", date="2026-04-22 08:12",
     refs=["werkbank-ack", "werkbank-panel"],
     text=_t, html=outlook_html(_t, "de"), cte="quoted-printable",
     ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000A1F3C2@werkbank",
              "seq": 1, "start": "2026-04-30 09:30", "end": "2026-04-30 11:00", "tzid": True,
              "summary": "Panelgespräch Technical Support Specialist – Tobias Reinholt-Mbeki",
              "location": "Werkbank Software, Königsbrücker Straße 96, 01099 Dresden, Raum Speiche",
              "organizer": WERK, "attendees": [CAND, ("Anke Reuter", "anke.reuter@werkbank-software.example.de")]},
     ics_place="alt+attach")

_t = """\
Hi Tobias,

wir müssen das Interview am Donnerstag, 14. Mai, leider absagen. Wir überarbeiten gerade intern die Stellenplanung für das Field Team, und Timo möchte keine Gespräche führen, bevor das geklärt ist.

Deine Bewerbung bleibt im Prozess – ich melde mich, sobald ich weiß, wie und wann es weitergeht. Sorry für die Umstände!

Mira"""
move(slug="flottenfuchs_meet_cancelled", lang="de", company="Flottenfuchs",
     contact="mira.sommer@flottenfuchs.example.de", key="flotten-cancel", frm=FLOT,
     subject="Abgesagt: Interview Field Technician @ Do. 14. Mai 2026 15:00 – 15:45",
     date="2026-05-08 09:58", refs=["flotten-inv"],
     text=_t, html=gmail_html(_t), cte="8bit",
     ics={"method": "CANCEL", "uid": "6k2f9r4lq0b1flotten@google.com", "seq": 1,
              "start": "2026-05-14 15:00", "end": "2026-05-14 15:45",
              "summary": "Interview Field Technician – Tobias / Timo",
              "organizer": ("Mira Sommer", "mira.sommer@flottenfuchs.example.de"),
              "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
     ics_place="alt")

_t = """\
Guten Morgen Herr Reinholt-Mbeki,

leider ist unser Serviceleiter Herr Mende seit gestern krankgeschrieben. Das Gespräch morgen, Donnerstag 19.03., um 13:00 Uhr kann deshalb nicht stattfinden.

Ich schlage Ihnen als Ersatz Dienstag, 24.03., um 10:00 Uhr vor, wieder bei uns in der Tharandter Straße. Geben Sie mir bitte Bescheid, ob das für Sie passt.

Entschuldigen Sie die kurzfristige Änderung.

Viele Grüße
Sabine Köhler
Personalreferentin | Kettwerk E-Bikes"""
move(slug="kettwerk_interviewer_ill", lang="de", company="Kettwerk E-Bikes",
     contact="s.koehler@kettwerk.example.de", key="kettwerk-ill", frm=KETT,
     frm_enc=("iso-8859-1", "B"),
     subject="Gespräch morgen muss verschoben werden", subj_enc=("iso-8859-1", "Q"),
     date="2026-03-18 07:34", refs=["kettwerk-phone", "kettwerk-missed"],
     text=_t, charset="iso-8859-1", cte="quoted-printable")

_quoted = """\
Sehr geehrter Herr Lübben,

vielen Dank für die Einladung zum Auswahltag. Am 14. April habe ich leider noch eine Abnahmeprüfung in meiner aktuellen Werkstatt, die ich nicht verschieben kann. Gäbe es die Möglichkeit, an einem späteren Termin teilzunehmen?

Mit freundlichen Grüßen
Tobias Reinholt-Mbeki"""
_t = f"""\
Sehr geehrter Herr Reinholt-Mbeki,

gute Nachricht zu Ihrer Anfrage: Wir haben den Auswahltag aus organisatorischen Gründen für alle Teilnehmenden um eine Woche verlegt. Er findet nun am Dienstag, 21. April 2026, statt, zur gleichen Uhrzeit (08:30 Uhr), gleicher Ort.

Bitte bestätigen Sie uns kurz, dass Sie dabei sind.

Mit freundlichen Grüßen
Dirk Lübben
Teamleiter Personalgewinnung
Radlager Logistik GmbH · Industriestraße 12 · 99091 Erfurt · Tel. +49 361 555 0142

{am_schrieb("18.03.2026 um 21:04", CAND_NAME, "tobias.rm@example.de")}
{quote(_quoted)}"""
move(slug="radlager_assessment_postponed_chain", lang="de", company="Radlager Logistik",
     contact="d.luebben@radlager.example.de", key="radlager-ac-move", frm=RADL,
     subject="AW: Einladung zum Auswahltag am 14. April", date="2026-04-07 10:02",
     refs=["radlager-ack", "radlager-ac", "radlager-own-move"],
     text=_t, charset="iso-8859-1", cte="8bit")

_t = """\
Hallo Tobias,

dein Interview mit Ella Brandes wurde verschoben.

Alter Termin: Donnerstag, 11. Juni 2026, 14:00–14:30
Neuer Termin: Freitag, 12. Juni 2026, 11:00–11:30

Die aktualisierte Kalendereinladung findest du im Anhang. Wenn dir der neue Termin nicht passt, kannst du über den Link einen anderen auswählen.

Das Stromrad Talent Team"""
move(slug="stromrad_ashby_rescheduled", lang="de", company="Stromrad Mobility", contact="",
     key="stromrad-move", frm=("Stromrad Mobility", "no-reply@ashbyhq.com"),
     subject="Dein Interview bei Stromrad Mobility wurde verschoben",
     date="2026-06-05 13:22", tz="+0000", refs=["stromrad-inv"],
     text=_t + "\n\nAnderen Termin wählen: https://jobs.ashbyhq.com/stromrad/schedule/3f9a61c2",
     html=ats_card("Stromrad Mobility", "#facc15", "Interview verschoben", _t,
                   "Powered by Ashby"),
     cte="base64", html_cte="quoted-printable",
     ics={"method": "REQUEST", "uid": "ashby-iv-3f9a61c2@ashbyhq.com", "seq": 1,
              "start": "2026-06-12 11:00", "end": "2026-06-12 11:30",
              "summary": "Interview: Tobias Reinholt-Mbeki <> Ella Brandes (Stromrad Mobility)",
              "location": "https://meet.example.com/stromrad-ella",
              "organizer": ("Ella Brandes", "ella.brandes@stromrad.example.de"),
              "prodid": "-//Ashby//Scheduling//EN"},
     ics_place="attach")

_t = """\
Guten Tag Herr Reinholt-Mbeki,

wir müssen Ihr Gespräch für die Werkstattleitung Dresden-Neustadt leider um einen Tag verschieben. Statt Dienstag, 29. September, treffen wir uns nun am Mittwoch, 30. September 2026, um 15:30 Uhr in der Filiale Königsbrücker Straße 70.

Falls der neue Termin nicht passt, rufen Sie uns bitte unter 0351 555 4780 an.

Freundliche Grüße
Yvonne Brandt
Personal & Organisation, Bergwerk Outdoor"""
move(slug="bergwerk_moved_one_day_html", lang="de", company="Bergwerk Outdoor",
     contact="personal@bergwerk-outdoor.example.de", key="bergwerk-move",
     frm=("Bergwerk Outdoor Personal", "personal@bergwerk-outdoor.example.de"),
     subject="Neuer Termin für Ihr Vorstellungsgespräch", date="2026-09-28 08:20",
     html=simple_html(_t, "de", "Verdana"), html_charset="iso-8859-1",
     html_cte="quoted-printable")

_t = """\
Hi Tobias,

Apologies for the change - Martin has to be at our dealer in Brno on Wednesday, so we need to move your interview.

New time: Tuesday 3 March, 10:00-11:00, in person at our Holešovice office (Jateční 33a, Prague 7). The updated invitation is attached; your old slot on 25 February has been removed.

Reply here if this doesn't work and I'll find another option.

Petra"""
move(slug="vltava_greenhouse_moved_onsite", lang="en", company="Vltava Cycles",
     contact="petra.novakova@vltavacycles.example.cz", key="vltava-move",
     frm=("Petra Nováková via Greenhouse", "no-reply@greenhouse-mail.io"),
     frm_enc=("utf-8", "B"), reply_to=VLTAVA,
     subject="Updated interview time - Vltava Cycles", date="2026-02-23 15:10",
     refs=["vltava-ack", "vltava-inv"],
     text=_t, cte="quoted-printable",
     ics={"method": "REQUEST", "uid": "gh-interview-77ad3@greenhouse-mail.io", "seq": 1,
              "start": "2026-03-03 10:00", "end": "2026-03-03 11:00",
              "summary": "Interview: Tobias Reinholt-Mbeki (Technical Support Specialist)",
              "location": "Vltava Cycles, Jateční 33a, Prague 7", "organizer": VLTAVA,
              "prodid": "-//Greenhouse//Scheduler//EN", "filename": "interview.ics"},
     ics_place="attach")

_t = """\
Dear Tobias,

Please note an update to your panel interview: because of the public holiday on 1 May, several panel members are away that week. The interview has been moved to Tuesday, 5 May 2026, 10:00-11:00 CEST. The location is unchanged.

An updated meeting request is attached.

Kind regards,
Tereza Horáková
Talent Acquisition Specialist | Moldau Logistics

This message and its attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this message."""
move(slug="moldau_panel_update_seq2", lang="en", company="Moldau Logistics",
     contact="tereza.horakova@moldau-logistics.example.cz", key="moldau-update",
     frm=MOLDAU, frm_enc=("utf-8", "B"),
     subject="Updated: Panel interview - Product Support Analyst", date="2026-04-24 11:31",
     refs=["moldau-ack", "moldau-panel"],
     text=_t, html=outlook_html(_t, "en"), cte="quoted-printable",
     ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000071B4D@moldau", "seq": 2,
              "start": "2026-05-05 10:00", "end": "2026-05-05 11:00",
              "summary": "Panel interview: Tobias Reinholt-Mbeki - Product Support Analyst",
              "location": "Moldau Logistics, Pernerova 35, Prague 8", "organizer": MOLDAU},
     ics_place="alt")

_quoted = """\
Hi Anders,

Thanks again for the call on Monday. Wednesday 1 July at 14:00 with Mette is in my calendar.

Best,
Tobias"""
_t = f"""\
Hi Tobias,

I'm afraid Mette is off sick this week, so we can't do the technical interview on Wednesday 1 July. She's keen to meet you, so let's move it to Monday 6 July at 14:00 - same video link as before.

Does that work for you?

Thanks for your patience,
Anders

{on_wrote("Tue, 23 Jun 2026 at 08:15", CAND_NAME, "tobias.rm@example.de")}
{quote(_quoted)}"""
move(slug="spokewise_interviewer_sick", lang="en", company="Spokewise",
     contact="anders@spokewise.example.dk", key="spokewise-ill",
     frm=("Anders Kjær", "anders@spokewise.example.dk"), frm_enc=("utf-8", "Q"),
     subject="Re: Technical interview with Mette", date="2026-06-29 08:05",
     refs=["spokewise-screen", "spokewise-own-move", "spokewise-confirm"],
     text=_t, html=gmail_html(_t.split("\n\nOn Tue")[0],
                              on_wrote("Tue, 23 Jun 2026 at 08:15", CAND_NAME,
                                       "tobias.rm@example.de"), _quoted, "en"),
     cte="quoted-printable", html_cte="quoted-printable")

_t = """\
Hey Tobias,

Something came up with a fleet outage on Thursday - I need to push our chat to next week. Does Wednesday 15 July at 9:30 work? I'll give you a ring on your mobile.

Sorry for the shuffle,
Sam"""
move(slug="ridegrid_push_chat", lang="en", company="RideGrid",
     contact="sam@ridegrid.example.com", key="ridegrid-push",
     frm=("Sam Okafor", "sam@ridegrid.example.com"),
     subject="Re: quick chat about the ops role", date="2026-07-08 22:03",
     refs=["ridegrid-chat", "ridegrid-yes"], text=_t)

_t = """\
Hi Tobias,

Would it be possible to move Monday's interview to Wednesday 17 June, same time (11:00)? I've been pulled into an urgent customer escalation on Monday morning.

I'll update the Teams invite once you confirm.

Thanks,
Laura

Laura Brenner
Support Team Lead | Fieldfix Software
Schlesische Straße 27, 10997 Berlin"""
move(slug="fieldfix_moved_to_wednesday", lang="en", company="Fieldfix Software",
     contact="laura.brenner@fieldfix.example.io", key="fieldfix-move",
     frm=("Laura Brenner", "laura.brenner@fieldfix.example.io"),
     subject="Interview on Monday - could we move it?", date="2026-06-12 17:20",
     refs=["fieldfix-inv"], text=_t, cte="base64")

_t = """\
Bonjour Tobias,

Je suis désolée, mais nous devons reporter l'entretien prévu mardi 10 mars : Mathieu Ferrand est retenu sur un salon professionnel à Grenoble toute la semaine.

Pouvons-nous nous retrouver le mardi 24 mars à 14h00, cette fois à notre atelier de Vénissieux (5 avenue de la Division Leclerc) ? Cela vous permettra en plus de voir l'atelier. L'invitation mise à jour est jointe.

Bien cordialement,
Claire Dumas
Responsable recrutement – Véloce Rhône"""
move(slug="veloce_rhone_report_ics_seq1", lang="fr", company="Véloce Rhône",
     contact="claire.dumas@veloce-rhone.example.fr", key="veloce-move", frm=VELOCE,
     subject="Report de votre entretien du 10 mars", date="2026-03-09 09:05",
     refs=["veloce-inv"], text=_t, charset="windows-1252", cte="quoted-printable",
     ics={"method": "REQUEST", "uid": "veloce-entretien-2026-0310@veloce-rhone.example.fr", "seq": 1,
              "start": "2026-03-24 14:00", "end": "2026-03-24 15:00",
              "summary": "Entretien Technicien support après-vente – T. Reinholt-Mbeki",
              "location": "Atelier Véloce Rhône, 5 avenue de la Division Leclerc, Vénissieux",
              "organizer": VELOCE},
     ics_place="mixed")

_t = """\
Bonjour Tobias,

Nous sommes contraints d'annuler l'entretien prévu le jeudi 7 mai à 9h30 au magasin de Lyon Part-Dieu : notre directeur de magasin doit se rendre au siège ce jour-là.

Votre candidature reste bien sûr à l'étude. Nous reviendrons vers vous rapidement pour convenir d'une nouvelle date.

Cordialement,
Nathalie Perrin
Ressources humaines – Grand Air Sports"""
move(slug="grandair_meeting_cancelled_ics", lang="fr", company="Grand Air Sports",
     contact="nathalie.perrin@grandair.example.fr", key="grandair-cancel",
     frm=("Nathalie Perrin", "nathalie.perrin@grandair.example.fr"),
     subject="Annulé : Entretien Technicien atelier cycles", date="2026-05-05 14:40",
     refs=["grandair-ack"], text=_t, html=outlook_html(_t, "fr"), cte="8bit",
     ics={"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000GAS507@grandair",
              "seq": 1, "start": "2026-05-07 09:30", "end": "2026-05-07 10:30",
              "summary": "Entretien Technicien atelier cycles",
              "location": "Grand Air Sports Lyon Part-Dieu",
              "organizer": ("Nathalie Perrin", "nathalie.perrin@grandair.example.fr")},
     ics_place="alt")

_t = """\
Hola Tobias:

Te escribo porque a Gorka le ha surgido una auditoría el martes por la mañana. ¿Podríamos pasar la entrevista al miércoles 6 de mayo a las 12:00? El lugar sería el mismo, el taller de Zorrotzaurre.

Perdona el cambio y dime si te encaja.

Ane"""
move(slug="bizikleta_cambio_hora", lang="es", company="Bizikleta Norte",
     contact="ane.etxeberria@bizikletanorte.example.es", key="bizi-move", frm=BIZI,
     subject="Cambio de fecha de la entrevista", date="2026-04-29 09:50",
     refs=["bizi-inv"], text=_t, charset="iso-8859-1", cte="quoted-printable")

# =========================================================================== missed interview

_t = """\
Hallo Herr Reinholt-Mbeki,

ich habe Sie heute wie verabredet um 10:00 Uhr unter Ihrer Mobilnummer angerufen und es um 10:15 Uhr noch einmal versucht, Sie aber leider nicht erreicht. Auf der Mailbox habe ich eine kurze Nachricht hinterlassen.

Ist vielleicht etwas dazwischengekommen? Wenn Sie weiterhin Interesse haben, melden Sie sich gern, dann finden wir einen neuen Termin.

Viele Grüße
Sabine Köhler
Personalreferentin | Kettwerk E-Bikes
Telefon +49 351 555 7731"""
missed(slug="kettwerk_not_reached_by_phone", lang="de", company="Kettwerk E-Bikes",
       contact="s.koehler@kettwerk.example.de", key="kettwerk-missed", frm=KETT,
       frm_enc=("utf-8", "B"),
       subject="Unser Telefonat heute um 10 Uhr", date="2026-03-10 10:31",
       refs=["kettwerk-phone"], text=_t, cte="base64")

_t = """\
Hallo Herr Reinholt-Mbeki,

wir haben heute um 14:00 Uhr im Teams-Meeting auf Sie gewartet – Herr Scholz und ich waren bis etwa 14:20 Uhr im Raum, Sie sind aber leider nicht dazugekommen.

Gab es vielleicht technische Probleme mit dem Link? Bitte geben Sie mir kurz Bescheid, ob Sie an der Stelle noch interessiert sind.

Freundliche Grüße
Kerstin Vogel
Recruiting | Trailtech Systems
Gneisenaustraße 66, 10961 Berlin"""
missed(slug="trailtech_waited_on_teams", lang="de", company="Trailtech Systems",
       contact="kerstin.vogel@trailtech.example.de", key="trailtech-missed",
       frm=("Kerstin Vogel", "kerstin.vogel@trailtech.example.de"),
       subject="Ihr Interview heute um 14:00 Uhr", date="2026-09-21 14:34",
       refs=["trailtech-ack"],
       text=_t, html=outlook_html(_t, "de"), cte="quoted-printable", html_cte="base64")

_t = """\
Hallo Herr Reinholt-Mbeki,

Herr Tänzer hat mich eben angerufen: Er hat heute in Grimma bis halb elf in der Werkstatt auf Sie gewartet, aber Sie sind nicht gekommen. Auf dem Handy konnte ich Sie auch nicht erreichen.

Ist alles in Ordnung bei Ihnen? Bitte melden Sie sich kurz bei mir – ich muss dem Kunden heute noch etwas sagen.

Freundliche Grüße
Carina Voigt
PersonalPlus Sachsen · Tel. 0341 555 2090"""
missed(slug="personalplus_client_waited", lang="de", company="Muldental Bikes",
       contact="c.voigt@personalplus.example.de", key="pp-missed", frm=PP,
       subject="Termin bei Muldental Bikes heute", date="2026-02-17 11:20",
       refs=["pp-client-inv"], text=_t, charset="windows-1252", cte="quoted-printable")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

Sie waren für heute, 9:00 Uhr, zu einem Vorstellungsgespräch in unserem Lager am Urbicher Kreuz eingeladen. Leider sind Sie nicht erschienen, und wir haben auch keine Absage von Ihnen erhalten.

Falls Sie verhindert waren, teilen Sie uns das bitte bis Freitag mit.

Mit freundlichen Grüßen
Bewerbermanagement Antrieb24
Am Urbicher Kreuz 7, 99099 Erfurt"""
missed(slug="antrieb24_did_not_appear", lang="de", company="Antrieb24",
       contact="bewerbung@antrieb24.example.de", key="antrieb-missed",
       frm=("Bewerbermanagement Antrieb24", "bewerbung@antrieb24.example.de"),
       subject="Ihr heutiger Termin bei Antrieb24", date="2026-09-24 10:15",
       refs=["antrieb-ack"], text=_t, html=simple_html(_t), cte="quoted-printable")

_t = """\
Hey Tobias,

wir saßen heute zu dritt im Jitsi-Raum und haben bis zwanzig nach fünf auf dich gewartet – du bist leider nicht aufgetaucht. Kein Drama, kann ja mal passieren!

Wenn du noch Lust hast, schlag uns einfach einen neuen Abend vor.

Liebe Grüße
Paula"""
missed(slug="lastenrad_jitsi_no_show", lang="de", company="Lastenrad Kollektiv Berlin",
       contact="paula@lastenrad-kollektiv.example.de", key="lastenrad-missed",
       frm=("Paula Brandt", "paula@lastenrad-kollektiv.example.de"),
       subject="Re: Donnerstag quatschen?", date="2026-09-17 17:42",
       refs=["lastenrad-inv", "lastenrad-yes"], text=_t, cte="quoted-printable")

_t = """\
Hi Tobias,

We waited for you on the video call at 10:00 today but couldn't reach you. No worries - let's book a new slot. Would Tuesday 18 August at 13:00 at our workshop in Refshaleøen work?

Freja

Freja Dahl | People & Culture | Havnecykel"""
missed(slug="havnecykel_video_no_show", lang="en", company="Havnecykel",
       contact="freja.dahl@havnecykel.example.dk", key="havne-missed", frm=HAVNE,
       subject="We missed you today", date="2026-08-11 10:41", refs=["havne-inv"],
       text=_t, cte="8bit")

_t = """\
Hi Tobias,

I rang your mobile at 9:30 as planned and again at 9:45, but it went straight to voicemail both times.

Let me know if you still want to talk - no hard feelings either way.

Sam"""
missed(slug="ridegrid_voicemail_twice", lang="en", company="RideGrid",
       contact="sam@ridegrid.example.com", key="ridegrid-missed",
       frm=("Sam Okafor", "sam@ridegrid.example.com"),
       subject="Re: quick chat about the ops role", date="2026-07-15 10:05",
       refs=["ridegrid-chat", "ridegrid-push"], text=_t)

_quoted = """\
Hi Tobias,

You're invited to a video interview for Service Desk Technician (English) with Jakub Dvořák on Tuesday 22 September at 15:00 (Prague time). Join via Google Meet: https://meet.example.com/bem-sdt

Bohemia E-Motion Recruitment"""
_t = f"""\
Hi Tobias,

We had our interview scheduled for 15:00 today, but you didn't join the Google Meet - I stayed in the call until 15:15.

If something went wrong, please let me know by Thursday and we'll see whether another slot is possible.

Best regards,
Jakub Dvořák
Service Lead | Bohemia E-Motion

{on_wrote("Thu, 17 Sep 2026 at 11:02", "Bohemia E-Motion", "notifications@jobs.recruitee.com")}
{quote(_quoted)}"""
missed(slug="bohemia_did_not_join_meet", lang="en", company="Bohemia E-Motion",
       contact="jakub.dvorak@bohemia-emotion.example.cz", key="bohemia-missed",
       frm=("Jakub Dvořák", "jakub.dvorak@bohemia-emotion.example.cz"),
       subject="Our interview today at 15:00", date="2026-09-22 15:24",
       refs=["bohemia-ack", "bohemia-inv"], text=_t, cte="quoted-printable")

_t = """\
Bonjour Tobias,

Je vous ai appelé ce matin à 11h comme convenu pour notre échange téléphonique, sans réponse. Je vous ai laissé un message vocal.

Si vous êtes toujours intéressé par le poste, n'hésitez pas à me proposer un autre créneau cette semaine.

Belle journée,
Camille Girard
Talent Acquisition – Mobilis Tech
+33 4 55 50 61 09"""
missed(slug="mobilistech_no_answer_call", lang="fr", company="Mobilis Tech",
       contact="camille.girard@mobilistech.example.fr", key="mobilis-missed",
       frm=("Camille Girard", "camille.girard@mobilistech.example.fr"),
       subject="Notre échange de ce matin", subj_enc=("utf-8", "B"),
       date="2026-08-25 11:35", refs=["mobilis-inv"], text=_t, cte="quoted-printable")

_t = """\
Hola Tobias:

Hoy a las 9:30 te esperábamos en nuestras oficinas de Zorroza para la entrevista de técnico de mantenimiento y no te hemos visto. Tampoco hemos recibido ningún aviso.

Si todavía te interesa el puesto, escríbenos antes del viernes y vemos si podemos buscar otro día.

Saludos,
Maite Arrieta
Recursos Humanos · Logística Nervión
Camino de la Ribera 12, 48013 Bilbao"""
missed(slug="nervion_no_presentado", lang="es", company="Logística Nervión",
       contact="rrhh@nervion-log.example.es", key="nervion-missed",
       frm=("Logística Nervión RRHH", "rrhh@nervion-log.example.es"),
       frm_enc=("iso-8859-1", "B"),
       subject="Entrevista de hoy", date="2026-09-14 11:02",
       text=_t, html=simple_html(_t, "es"), charset="iso-8859-1", cte="quoted-printable",
       html_charset="iso-8859-1")
