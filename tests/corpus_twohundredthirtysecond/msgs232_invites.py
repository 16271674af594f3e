"""Corpus 232: interview invitations (26), reschedules and cancellations (15), missed
interview notices (10)."""

from __future__ import annotations

from msgs232_common import (
    ME,
    ats_card,
    outlook_html,
    outlook_quote,
    reply,
    simple_html,
)
from msgs232_other import APOLOGY_SAXONIA, COLD_KESSLER, REQUEST_TURIA

MESSAGES: list[dict] = []
M = MESSAGES.append

ESB_ORG = ("Katrin Böhme", "katrin.boehme@elster-saale-bahn.example.de")
ESB_SIG = """Katrin Böhme
Personalreferentin
Elster-Saale-Bahn GmbH
Willy-Brandt-Platz 5, 04109 Leipzig
Telefon +49 341 9683 240
www.elster-saale-bahn.example.de"""

# ================================================================ invitations, German

ESB_INVITE = f"""Sehr geehrter Herr Nwankwo-Salas,

vielen Dank für Ihre Bewerbung als Teamleiter Kundenservice (m/w/d). Wir möchten Sie gern
persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 3. März 2026, 10:00 bis 11:30 Uhr
Ort: Kundencenter Leipzig Hbf, Willy-Brandt-Platz 5, 3. OG, Raum 3.12
Gesprächspartner: Ralf Wendt (Leiter Kundenservice), ich selbst und ein Mitglied des
Betriebsrats

Bitte bestätigen Sie den Termin über die angehängte Kalendereinladung oder kurz per
Antwort. Melden Sie sich am Empfang im Erdgeschoss, wir holen Sie dort ab.

Mit freundlichen Grüßen

{ESB_SIG}"""
M(dict(
    kind="interview_invitation", slug="panel_calendar_request_leipzig", lang="de",
    company="Elster-Saale-Bahn", contact="katrin.boehme@elster-saale-bahn.example.de",
    key="esb_invite", parent="esb_ack",
    frm=ESB_ORG,
    subject="Einladung zum Vorstellungsgespräch am 03.03.2026",
    date="2026-02-16 10:05",
    text=ESB_INVITE + "\n",
    html=outlook_html(ESB_INVITE, "de"),
    cte="qp",
    ics=dict(method="REQUEST", uid="esb-vg-20260303-bns@elster-saale-bahn.example.de", seq=0,
             summary="Vorstellungsgespräch Teamleitung Kundenservice – B. Nwankwo-Salas",
             start="2026-03-03 10:00", end="2026-03-03 11:30",
             location="Kundencenter Leipzig Hbf, 3. OG, Raum 3.12", organizer=ESB_ORG,
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", mode="both"),
))

ELB = """Guten Tag Benedikt Nwankwo-Salas,

vielen Dank für Ihre Bewerbung als Teamleitung Schadenhotline (m/w/d) in Dresden. Wir
freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.

Bitte wählen Sie über den folgenden Link einen der freien Termine zwischen dem 3. und
6. Februar 2026 aus. Das Gespräch findet vor Ort in Dresden statt und dauert etwa
60 Minuten. Ihre Gesprächspartner sind Juliane Zschoche (Recruiting) und Michael Lindner
(Leitung Schadenservice).

Bei Fragen antworten Sie einfach auf diese E-Mail; sie geht direkt an Frau Zschoche."""
M(dict(
    kind="interview_invitation", slug="workday_scheduling_link", lang="de",
    company="Elbflorenz Versicherung",
    contact="juliane.zschoche@elbflorenz-versicherung.example.de",
    key="elbflorenz_invite", parent="elbflorenz_ack",
    frm=("Elbflorenz Versicherung", "elbflorenz@myworkday.com"),
    reply_to=("Juliane Zschoche", "juliane.zschoche@elbflorenz-versicherung.example.de"),
    subject="Einladung zum Vorstellungsgespräch – bitte Termin wählen",
    date="2026-01-27 09:15",
    text=ELB + "\n\nTermin wählen: https://wd3.myworkday.com/elbflorenz/d/inst/interview/"
               "schedule/7731.htmld\n",
    html=ats_card("Elbflorenz Versicherung", "#7a1f3d", "Ihr Vorstellungsgespräch", ELB,
                  button=("Termin wählen", "https://wd3.myworkday.com/elbflorenz/d/inst/"
                          "interview/schedule/7731.htmld"),
                  footer="Diese Nachricht wurde über Workday versendet."),
    cte="qp",
))

M(dict(
    kind="interview_invitation", slug="phone_screen_ask", lang="de",
    company="Saxonia Dialog", contact="m.hentschel@saxonia-dialog.example.de",
    key="saxonia_invite",
    frm=("Marcel Hentschel", "m.hentschel@saxonia-dialog.example.de"),
    subject="Ihre Bewerbung als Teamleiter Inbound – kurzes Telefonat?",
    date="2026-04-08 11:20",
    text="""Hallo Herr Nwankwo-Salas,

Ihre Bewerbung hat uns gefallen, vor allem die Erfahrung mit Fahrgästen in
Ausnahmesituationen. Bevor wir Sie in unser Servicecenter in Leipzig-Plagwitz einladen,
würde ich gern ein kurzes Telefoninterview mit Ihnen führen, etwa 30 Minuten.

Passt Ihnen Dienstag, 14.04., um 10:00 Uhr? Ich würde Sie auf Ihrer Mobilnummer aus dem
Lebenslauf anrufen. Falls nicht, schlagen Sie mir gern zwei Alternativen vor.

Gruß
Marcel Hentschel
Teamleiter Recruiting
Saxonia Dialog GmbH · Karl-Heine-Str. 99 · 04229 Leipzig · 0341 4929 7710
""",
))

M(dict(
    kind="interview_invitation", slug="agency_sets_up_client_interview", lang="de",
    company="Pleißenland Stadtwerke", contact="s.kaulfuss@muldental-personal.example.de",
    key="muldental_invite", parent="muldental_registration",
    frm=("Sandra Kaulfuß", "s.kaulfuss@muldental-personal.example.de"),
    subject="Vorstellungsgespräch bei den Pleißenland Stadtwerken am 20.05.",
    date="2026-05-12 10:30",
    text="""Hallo Herr Nwankwo-Salas,

gute Nachrichten: Die Pleißenland Stadtwerke möchten Sie für die Teamleitung im
Kundenservice kennenlernen. Ich habe folgenden Termin für Sie vereinbart:

Mittwoch, 20.05.2026, 14:00 Uhr
Pleißenland Stadtwerke, Verwaltungsgebäude, Arno-Nitzsche-Str. 40, 04277 Leipzig
Gesprächspartner: Dr. Thomas Naumann, Bereichsleiter Kundenservice

Bitte bringen Sie Ihren Personalausweis mit, das Gebäude hat eine Zugangskontrolle. Am
Tag davor rufe ich Sie an, dann gehen wir die typischen Fragen zusammen durch.

Geben Sie mir bitte kurz Bescheid, dass der Termin passt.

Viele Grüße
Sandra Kaulfuß
Personaldisponentin
Muldental Personal GmbH · Brühl 52 · 04109 Leipzig · Tel. 0341 2180 660
""",
))

FLUG_AC = """Sehr geehrter Herr Nwankwo-Salas,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Schichtleiter
Passagierservice (m/w/d) einzuladen.

Datum: Donnerstag, 27. August 2026, 8:30 bis ca. 16:00 Uhr
Ort: Flughafen Leipzig/Halle, Verwaltungsgebäude Terminalring 11, Schulungsraum B

Der Tag besteht aus einer Gruppenaufgabe, einer Rollenübung und einem Einzelgespräch.
Ablauf und Anfahrtsbeschreibung finden Sie im Anhang. Für die Verpflegung ist gesorgt.

Bitte bestätigen Sie Ihre Teilnahme bis zum 20. August.

Freundliche Grüße
Nadine Förster
Personalentwicklung
Flugdienst Schkeuditz GmbH · Terminalring 11 · 04435 Schkeuditz
Tel. +49 341 2240 5531"""
M(dict(
    kind="interview_invitation", slug="assessment_centre_with_pdf", lang="de",
    company="Flugdienst Schkeuditz", contact="nadine.foerster@flugdienst-schkeuditz.example.de",
    key="flug_invite",
    frm=("Nadine Förster", "nadine.foerster@flugdienst-schkeuditz.example.de"),
    subject="Einladung zum Assessment-Center am 27. August",
    date="2026-08-10 09:40",
    text=FLUG_AC + "\n",
    html=simple_html(FLUG_AC),
    cte="base64",
    pdfs=[dict(name="Ablauf_und_Anfahrt_AC.pdf", title="Assessment-Center Schichtleiter Passagierservice",
               lines=["08:30  Begrüßung, Schulungsraum B", "09:00  Gruppenaufgabe Schichtplanung",
                      "11:00  Rollenübung Passagiergespräch", "13:30  Einzelgespräche",
                      "Anfahrt: S-Bahn S5/S5X bis Flughafen Leipzig/Halle, 5 Minuten Fußweg"])],
))

M(dict(
    kind="interview_invitation", slug="trial_day_latin1", lang="de",
    company="Saale-Unstrut-Bahn", contact="g.moebius@saale-unstrut-bahn.example.de",
    key="sub_trial",
    frm=("Gudrun Möbius", "g.moebius@saale-unstrut-bahn.example.de"), name_enc="iso-8859-1:Q",
    subject="Einladung zum Probearbeitstag im Servicecenter Halle",
    charset="iso-8859-1", cte="qp",
    date="2026-03-16 13:50",
    text="""Sehr geehrter Herr Nwankwo-Salas,

nach unserem Telefonat möchten wir Sie gern einen Tag lang in der Praxis erleben. Wir
laden Sie herzlich zu einem Probearbeitstag in unser Servicecenter am Hauptbahnhof Halle
ein:

Donnerstag, 26. März 2026, 7:30 bis 15:00 Uhr
Treffpunkt: Servicecenter, Eingang Ernst-Kamieth-Straße, bei Frau Schubert

Sie begleiten die Schichtleitung, sitzen mit am Schalter und lernen unser
Beschwerdemanagement kennen. Bequeme Schuhe sind von Vorteil. Die Fahrtkosten erstatten
wir.

Bitte sagen Sie uns bis Freitag kurz Bescheid, ob der Tag für Sie passt.

Mit freundlichen Grüßen
Gudrun Möbius
Personal und Ausbildung
Saale-Unstrut-Bahn GmbH, Ernst-Kamieth-Straße 2, 06112 Halle (Saale)
Telefon 0345 4422 830
""",
))

M(dict(
    kind="interview_invitation", slug="casual_thursday_coffee", lang="de",
    company="Domstadt Energie", contact="christian.ehrhardt@domstadt-energie.example.de",
    key="domstadt_invite",
    frm=("Christian Ehrhardt", "christian.ehrhardt@domstadt-energie.example.de"),
    subject="Donnerstag Zeit?",
    date="2026-09-21 17:55",
    text="""Hallo Herr Nwankwo-Salas,

ich habe Ihre Bewerbung für unser Kundenzentrum auf dem Tisch und würde Sie gern
kennenlernen, ganz ohne großes Programm. Hätten Sie am Donnerstag, 24.09., um 15 Uhr Zeit
für einen Kaffee und ein lockeres Gespräch bei uns am Anger? Eine Stunde sollte reichen.

Wenn Donnerstag nicht geht, sagen Sie mir einfach, was Ihnen passt.

Schöne Grüße
Christian Ehrhardt
Leiter Kundenzentrum | Domstadt Energie GmbH
Anger 24, 99084 Erfurt | 0361 6020 415
""",
))

ROSENTAL_INVITE = """Sehr geehrter Herr Nwankwo-Salas,

wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Gespräch per
Microsoft Teams ein: Dienstag, 31.03.2026, 10:00 bis 11:00 Uhr.

Sie sprechen mit Dietmar Seidel, Leiter Kundenservice, und mit mir. Die Einladung mit dem
Teams-Link ist als Kalendereintrag beigefügt. Bitte wählen Sie sich fünf Minuten vorher
ein und testen Sie Kamera und Mikrofon.

Freundliche Grüße
Anja Fritzsche
Personalreferentin
Rosental Versicherung AG | Gustav-Adolf-Str. 14 | 04105 Leipzig
Tel. +49 341 3077 512

Rosental Versicherung AG | Sitz Leipzig | Amtsgericht Leipzig HRB 29413
Vorstand: Carsten Wölfel (Vors.), Dr. Birgit Hanke
Diese E-Mail ist vertraulich und ausschließlich für den genannten Empfänger bestimmt."""
M(dict(
    kind="interview_invitation", slug="teams_invite_outlook_html", lang="de",
    company="Rosental Versicherung", contact="anja.fritzsche@rosental-versicherung.example.de",
    key="rosental_invite", parent="rosental_ack",
    frm=("Anja Fritzsche", "anja.fritzsche@rosental-versicherung.example.de"),
    subject="Einladung zum Vorstellungsgespräch am 31.03. – Teamleitung Kundenservice",
    date="2026-03-20 14:12",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text=ROSENTAL_INVITE + "\n",
    html=outlook_html(ROSENTAL_INVITE + """

________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
Besprechungs-ID: 364 118 902 55  Passcode: Rk7mQ2""", "de"),
    cte="qp",
    ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000rosental0331",
             summary="Vorstellungsgespräch Teamleitung Kundenservice (Teams)",
             start="2026-03-31 10:00", end="2026-03-31 11:00",
             location="Microsoft Teams-Besprechung",
             description="Teilnehmen: https://teams.example.com/l/meetup-join/19%3ameeting_rosental0331",
             organizer=("Anja Fritzsche", "anja.fritzsche@rosental-versicherung.example.de"),
             attendees=[ME, ("Dietmar Seidel", "dietmar.seidel@rosental-versicherung.example.de")],
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
))

M(dict(
    kind="interview_invitation", slug="group_interview_cp1252", lang="de",
    company="KundenWerk Halle", contact="i.gottschalk@kundenwerk-halle.example.de",
    key="kundenwerk_invite", parent="kundenwerk_ack",
    frm=("Ines Gottschalk", "i.gottschalk@kundenwerk-halle.example.de"),
    subject="Einladung: Gruppeninterview Teamleiter/in Inbound am 16. Juli",
    charset="windows-1252", cte="8bit",
    date="2026-07-08 08:45",
    text="""Sehr geehrter Herr Nwankwo-Salas,

wir laden Sie herzlich zu unserem Gruppeninterview für die Position „Teamleiter/in
Inbound“ ein:

Donnerstag, 16. Juli 2026, 9:00–12:30 Uhr
KundenWerk Halle, Delitzscher Straße 70, 06112 Halle (Saale), Konferenzraum „Saale“

Sie lernen dort fünf weitere Kandidatinnen und Kandidaten kennen; nach einer kurzen
Vorstellung unseres Hauses folgen eine gemeinsame Fallstudie und kurze Einzelgespräche
mit der Standortleitung.

Bitte bestätigen Sie uns Ihre Teilnahme bis Montag.

Mit freundlichen Grüßen
Ines Gottschalk
Personalreferentin
KundenWerk Halle GmbH · Delitzscher Straße 70 · 06112 Halle (Saale)
Telefon 0345 6831 207
""",
))

LAUSITZ_INV = """Sehr geehrter Herr Nwankwo-Salas,

Ihre Bewerbung als Teamleiter Kundenservice (m/w/d) hat uns überzeugt. Wir laden Sie zu
einem telefonischen Erstgespräch ein:

Mittwoch, 10.06.2026, 13:30 Uhr (ca. 30 Minuten)
Sie werden von Frau Mandy Kretschmer unter der von Ihnen angegebenen Mobilnummer angerufen.

Bitte bestätigen Sie den Termin über das Bewerberportal oder antworten Sie auf diese
Nachricht."""
M(dict(
    kind="interview_invitation", slug="successfactors_phone_interview", lang="de",
    company="Lausitzer Energieversorgung",
    contact="mandy.kretschmer@lausitzer-energie.example.de",
    key="lausitz_invite",
    frm=("Lausitzer Energieversorgung Karriere", "noreply@successfactors.eu"),
    reply_to=("Mandy Kretschmer", "mandy.kretschmer@lausitzer-energie.example.de"),
    subject="Einladung zum Telefoninterview – Teamleiter Kundenservice (m/w/d)",
    date="2026-06-03 11:12",
    text=LAUSITZ_INV + "\n\nBewerberportal: https://career5.successfactors.eu/career?company=lausitzerP\n",
    html=ats_card("Lausitzer Energieversorgung", "#00529b", "Einladung zum Telefoninterview",
                  LAUSITZ_INV, button=("Termin bestätigen",
                                       "https://career5.successfactors.eu/career?company=lausitzerP")),
    cte="qp",
))

M(dict(
    kind="interview_invitation", slug="headhunter_arranges_havelbahn", lang="de",
    company="Havelbahn Express", contact="p.rau@kessler-rau.example.de",
    key="kessler_invite", parent="kessler_cold",
    frm=("Philipp Rau", "p.rau@kessler-rau.example.de"),
    subject="AW: Ihr Profil – Führungspositionen im Kundenservice (Verkehr)",
    date="2026-05-06 12:15",
    text=reply("""Lieber Herr Nwankwo-Salas,

schön, dass unser Telefonat letzte Woche so gut gepasst hat. Wie besprochen habe ich Sie
bei Havelbahn Express für die Leitung des Kundendialogs vorgestellt, und man möchte Sie
kennenlernen:

Mittwoch, 13. Mai 2026, 11:00 Uhr
Havelbahn Express, Am Ostbahnhof 9, 10243 Berlin, 4. Etage
Gesprächspartnerin: Susanne Kowalski, Leiterin Personal, und der Geschäftsführer
Herr Dr. Brandes

Ich bereite Sie am Montag telefonisch vor. Bitte bestätigen Sie mir kurz.

Beste Grüße
Philipp Rau""", "de", "Mo., 20. Apr. 2026 um 08:12", "Philipp Rau <p.rau@kessler-rau.example.de>",
        COLD_KESSLER),
))

TRM_FIRST = """Sehr geehrter Herr Nwankwo-Salas,

danke für das offene Gespräch gestern. Wir melden uns in den nächsten Tagen.

Mit freundlichen Grüßen
Andreas Gräfe"""
M(dict(
    kind="interview_invitation", slug="second_round_reply_chain", lang="de",
    company="Thüringer Regionalverkehr Mitte", contact="andreas.graefe@trv-mitte.example.de",
    key="trm_second_round",
    frm=("Gräfe, Andreas", "andreas.graefe@trv-mitte.example.de"),
    subject="AW: AW: Gespräch Leitung Kundenzentrum Erfurt",
    date="2026-02-09 15:02",
    text=outlook_quote("""Sehr geehrter Herr Nwankwo-Salas,

wie angekündigt melde ich mich: Wir würden Sie gern zu einer zweiten Gesprächsrunde
einladen, diesmal mit unserer Geschäftsführerin Frau Dr. Heym.

Vorschlag: Dienstag, 24.02.2026, 13:00 Uhr, bei uns in der Bahnhofstraße 22 in Erfurt.
Planen Sie bitte etwa 90 Minuten ein; wir möchten Ihnen auch das Kundenzentrum zeigen.

Mit freundlichen Grüßen
Andreas Gräfe
Personalleiter
Thüringer Regionalverkehr Mitte GmbH
Bahnhofstraße 22, 99084 Erfurt · Tel. 0361 6540 118""", "de",
        "Benedikt Nwankwo-Salas <benedikt.ns@example.de>", "Mittwoch, 4. Februar 2026 18:10",
        "Gräfe, Andreas", "AW: Gespräch Leitung Kundenzentrum Erfurt",
        """Sehr geehrter Herr Gräfe,

vielen Dank, ich habe mich über das Gespräch sehr gefreut und bin gespannt auf Ihre
Rückmeldung.

Viele Grüße
Benedikt Nwankwo-Salas

""" + outlook_quote("", "de", "Gräfe, Andreas", "Mittwoch, 4. Februar 2026 09:31",
                    "Benedikt Nwankwo-Salas", "Gespräch Leitung Kundenzentrum Erfurt",
                    TRM_FIRST).strip()),
))

ELBE = """Hallo Herr Nwankwo-Salas,

vielen Dank für Ihre Bewerbung als Teamleiter Kundenservice (m/w/d) bei ElbeCall Service.

Wir möchten Sie gern in einem Videointerview kennenlernen:
Mittwoch, 07.10.2026, 10:30 Uhr, Dauer etwa 45 Minuten.

Den Zugang zum Videoraum erhalten Sie hier: https://meet.elbecall.example.de/vi-bns-1007
Sie brauchen nur einen aktuellen Browser, eine Installation ist nicht nötig.

Sollte der Termin nicht passen, melden Sie sich bitte bei mir.

Herzliche Grüße
Yvonne Pietsch
Recruiting, ElbeCall Service GmbH
Königsbrücker Landstraße 96, 01109 Dresden, Tel. 0351 8826 140"""
M(dict(
    kind="interview_invitation", slug="video_interview_base64", lang="de",
    company="ElbeCall Service", contact="y.pietsch@elbecall.example.de",
    key="elbecall_invite",
    frm=("Yvonne Pietsch", "y.pietsch@elbecall.example.de"),
    subject="Ihr Videointerview bei ElbeCall Service",
    date="2026-10-01 10:20",
    text=ELBE + "\n",
    html=simple_html(ELBE),
    cte="base64",
))

# ================================================================ invitations, English

SPREE_INV = """Hi Benedikt,

Thanks for applying for Customer Service Team Lead at Spreeflug! We'd love to set up a
45-minute video interview with you, Jonas Behrendt (Head of Customer Service) and me.

Please use the link below to choose a time that works for you between 10 and 13 March.

Looking forward to speaking with you,
Hannah Lindqvist
Talent Acquisition Partner, Spreeflug"""
M(dict(
    kind="interview_invitation", slug="greenhouse_scheduling_link", lang="en",
    company="Spreeflug", contact="hannah.lindqvist@spreeflug.example.de",
    key="spreeflug_invite", parent="spreeflug_ack",
    frm=("Hannah Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Hannah Lindqvist", "hannah.lindqvist@spreeflug.example.de"),
    subject="Interview with Spreeflug: please pick a time",
    date="2026-03-04 10:00", tz="+0000",
    text=SPREE_INV + "\n\nSchedule: https://app.greenhouse.io/scheduling/availability/3f8e2c91\n",
    html=ats_card("Spreeflug", "#d62d20", "Let's find a time", SPREE_INV,
                  button=("Choose a time",
                          "https://app.greenhouse.io/scheduling/availability/3f8e2c91"),
                  footer="Powered by Greenhouse"),
))

M(dict(
    kind="interview_invitation", slug="recruiter_phone_screen_prague", lang="en",
    company="Vltava Rail Services", contact="petra.dvorakova@vltava-rail.example.cz",
    key="vltava_invite", parent="vltava_application",
    frm=("Petra Dvořáková", "petra.dvorakova@vltava-rail.example.cz"), name_enc="utf-8:B",
    subject="Re: Application: Customer Service Team Lead (VRS-CS-112)",
    date="2026-05-05 14:40",
    text=reply("""Dear Benedikt,

Thank you for your application. Your experience on the Dresden-Prague line caught our eye.

I would like to invite you to a first conversation with me, about 30 minutes on Microsoft
Teams, on Thursday 7 May at 10:00 Prague time. We would talk about your experience, your
plans to relocate, and what the role looks like day to day.

Please let me know if that works; I'll then send the Teams link.

Best regards,
Petra Dvořáková
Talent Acquisition, Vltava Rail Services
Na Florenci 1420/3, 110 00 Prague 1 | +420 224 881 230""", "en",
        "Mon, 27 Apr 2026 at 21:10", "Benedikt Nwankwo-Salas <benedikt.ns@example.de>",
        "Dear Ms Dvořáková,\n\nPlease find attached my application for the Customer Service "
        "Team Lead position at\nVltava Rail Services in Prague (ref. VRS-CS-112).\n\n[...]"),
))

M(dict(
    kind="interview_invitation", slug="headhunter_sets_client_interview", lang="en",
    company="Bohemia Air Connect", contact="oliver.whitcombe@northbridge-talent.example.co.uk",
    key="northbridge_bohemia_invite", parent="northbridge_ack",
    frm=("Oliver Whitcombe", "oliver.whitcombe@northbridge-talent.example.co.uk"),
    subject="Interview with Bohemia Air Connect - Thursday 25 June",
    date="2026-06-18 14:05", tz="+0100",
    text="""Hi Benedikt,

Great news - Bohemia Air Connect would like to meet you. I've set up a video interview
with Lenka Horáková, Head of Customer Experience, on Thursday 25 June at 11:00 Prague
time.

It will be in English, about 45 minutes, on Zoom (link below). Expect questions about
handling disruption, leading people who are more senior than you, and why Prague. I'll call
you on Tuesday to prepare.

https://zoom.example.com/j/8841920331?pwd=bohemia

Best,
Oliver

Oliver Whitcombe | Senior Consultant | Northbridge Talent Partners | +44 20 7946 0311
""",
))

M(dict(
    kind="interview_invitation", slug="casual_free_thursday_chat", lang="en",
    company="Praha Contact Hub", contact="tomas.kucera@prahacontacthub.example.cz",
    key="praha_invite", parent="praha_ack",
    frm=("Tomáš Kučera", "tomas.kucera@prahacontacthub.example.cz"), name_enc="utf-8:Q",
    subject="are you free Thursday to chat?",
    date="2026-03-16 16:48",
    text="""Hey Benedikt,

Saw your application for the supervisor role come in. Are you free Thursday to chat?
Something like 10:00 your time, 20-30 minutes, just a phone call so we can get to know
each other before anything formal.

If Thursday's bad, throw me another slot.

Cheers,
Tomáš
Team Manager Inbound, Praha Contact Hub
""",
))

SKY_INV = """Hi Benedikt,

We'd like to invite you to a panel interview for Passenger Care Team Lead.

When: Tuesday 4 August 2026, 10:00-11:30 (Berlin time)
Where: Skylark Regional, BER Terminal 1, Level 3, meeting room "Tegel"
Panel: Maya Goldberg (Senior Recruiter), Daniel Brandt (Head of Ground Experience),
Aylin Demir (Team Lead Arrivals)

The calendar invitation is attached. Please accept it so we know you're coming, and bring
an ID for the security check."""
M(dict(
    kind="interview_invitation", slug="ashby_panel_calendar_request", lang="en",
    company="Skylark Regional", contact="maya.goldberg@skylark-regional.example.com",
    key="skylark_invite", parent="skylark_ack",
    frm=("Skylark Regional", "no-reply@ashbyhq.com"),
    reply_to=("Maya Goldberg", "maya.goldberg@skylark-regional.example.com"),
    subject="Interview invitation: Passenger Care Team Lead - panel on 4 August",
    date="2026-07-22 12:30",
    text=SKY_INV + "\n",
    html=ats_card("Skylark Regional", "#0077b6", "Panel interview", SKY_INV,
                  footer="Sent with Ashby on behalf of Skylark Regional."),
    ics=dict(method="REQUEST", uid="ashby-int-7c1e44d0@skylark-regional.example.com", seq=0,
             summary="Panel interview: Passenger Care Team Lead (Benedikt Nwankwo-Salas)",
             start="2026-08-04 10:00", end="2026-08-04 11:30",
             location="BER Terminal 1, Level 3, room Tegel",
             organizer=("Maya Goldberg", "maya.goldberg@skylark-regional.example.com"),
             prodid="-//Ashby//Interview Scheduling//EN", cte="7bit"),
))

RIVER_INV = """Dear Benedikt,

Thank you for your application for Customer Service Shift Leader. We are pleased to invite
you to our assessment day.

Date: Wednesday 16 September 2026, 8:30-15:00
Location: Prague Riverside Transit, Depot Holešovice, Argentinská 38, Prague 7 (reception)

The day includes a written exercise, a role play with a "passenger", a group discussion and
a short interview with the operations manager. Lunch is provided.

Please confirm your attendance by replying to this email; Jana Novotná from our team will
receive your answer."""
M(dict(
    kind="interview_invitation", slug="icims_assessment_day", lang="en",
    company="Prague Riverside Transit", contact="jana.novotna@riverside-transit.example.cz",
    key="riverside_invite",
    frm=("Prague Riverside Transit Careers", "careers-noreply@talent.icims.com"),
    reply_to=("Jana Novotná", "jana.novotna@riverside-transit.example.cz"),
    rt_enc="iso-8859-1:Q",
    subject="Invitation to our assessment day - Customer Service Shift Leader",
    date="2026-09-07 09:25",
    text=RIVER_INV + "\n",
    html=ats_card("Prague Riverside Transit", "#8e44ad", "Assessment day", RIVER_INV),
    cte="qp",
))

M(dict(
    kind="interview_invitation", slug="video_interview_reply_to_coordinator", lang="en",
    company="Karlín Mutual Insurance", contact="lucie.benesova@karlin-mutual.example.cz",
    key="karlin_invite", parent="karlin_ack",
    frm=("Martin Horák", "martin.horak@karlin-mutual.example.cz"), name_enc="utf-8:Q",
    reply_to=("Lucie Benešová", "lucie.benesova@karlin-mutual.example.cz"),
    subject="Interview - Claims Contact Team Lead",
    date="2026-10-07 13:15",
    text="""Dear Benedikt,

I'm the head of our claims contact centre and I'd like to interview you for the Claims
Contact Team Lead role. Could you do Wednesday 14 October at 14:00 Prague time? It will be
a video call of about an hour with me and Pavel Svoboda, one of our current team leads.

My coordinator Lucie is in copy through the reply address; she'll send you the link and
can move the time if needed.

Kind regards,
Martin Horák
Head of Claims Contact Centre
Karlín Mutual Insurance, Pernerova 35, 186 00 Prague 8
""",
))

# ================================================================ invitations, French

RHIN_INV = """Bonjour Benedikt,

Merci pour votre candidature au poste de responsable d'équipe service clients.

Nous serions ravis de vous rencontrer à Strasbourg pour un entretien :
le jeudi 5 février 2026 à 10 h 00, dans nos locaux, 12 place de la Gare, 2e étage.

Vous rencontrerez Thomas Walter, directeur de la relation clients, et moi-même.
L'invitation est jointe pour votre agenda ; merci de l'accepter ou de me répondre.

Bien à vous,
Claire Hoffmann
Chargée de recrutement
Rhin Express Mobilités - 12 place de la Gare, 67000 Strasbourg - 03 88 15 62 30"""
M(dict(
    kind="interview_invitation", slug="entretien_invitation_agenda", lang="fr",
    company="Rhin Express Mobilités", contact="claire.hoffmann@rhin-express.example.fr",
    key="rhin_invite", parent="rhin_candidature",
    frm=("Claire Hoffmann", "claire.hoffmann@rhin-express.example.fr"),
    subject="Invitation à un entretien - Responsable d'équipe service clients",
    date="2026-01-26 11:30",
    text=RHIN_INV + "\n",
    html=simple_html(RHIN_INV),
    cte="qp",
    ics=dict(method="REQUEST", uid="rhin-entretien-0205-bns@rhin-express.example.fr", seq=0,
             tzid="Europe/Paris",
             summary="Entretien - Responsable d'équipe service clients",
             start="2026-02-05 10:00", end="2026-02-05 11:00",
             location="Rhin Express Mobilités, 12 place de la Gare, Strasbourg, 2e étage",
             organizer=("Claire Hoffmann", "claire.hoffmann@rhin-express.example.fr")),
))

M(dict(
    kind="interview_invitation", slug="journee_immersion", lang="fr",
    company="Ill Contact", contact="nadia.benali@ill-contact.example.fr",
    key="ill_invite",
    frm=("Nadia Benali", "nadia.benali@ill-contact.example.fr"),
    subject="Journée d'immersion sur notre plateau - jeudi 3 septembre",
    charset="windows-1252", cte="qp",
    date="2026-08-24 15:05",
    text="""Bonjour Monsieur Nwankwo-Salas,

Suite à notre échange téléphonique, je vous propose de venir passer une journée
d’immersion sur notre plateau germanophone, le jeudi 3 septembre de 9 h à 16 h.

Vous suivrez en double écoute nos conseillers, puis vous animerez avec notre superviseure
le point d’équipe de 14 h. Nous ferons ensuite un bilan ensemble : c’est la dernière étape
avant notre décision.

Adresse : Ill Contact, 8 rue de l’Industrie, 67400 Illkirch-Graffenstaden (tram A,
arrêt « Campus d’Illkirch »).

Pouvez-vous me confirmer votre venue ?

Cordialement,
Nadia Benali
Responsable recrutement – Ill Contact
03 88 67 21 44
""",
))

ALS_INV = """Bonjour Benedikt,

Votre profil a retenu notre attention pour le poste de superviseur du centre de relation
client. Julien Meyer, responsable du centre, vous appellera pour un entretien téléphonique
le mercredi 22 avril à 11 h 00 (durée : 30 minutes environ).

Si ce créneau ne vous convient pas, répondez simplement à ce message : il sera transmis à
Julien."""
M(dict(
    kind="interview_invitation", slug="smartrecruiters_entretien_telephonique", lang="fr",
    company="Alsace Énergie Services", contact="julien.meyer@alsace-energie.example.fr",
    key="alsace_invite", parent="alsace_ack",
    frm=("Alsace Énergie Services", "noreply@smartrecruiters.com"), name_enc="utf-8:B",
    reply_to=("Julien Meyer", "julien.meyer@alsace-energie.example.fr"),
    subject="Entretien téléphonique - Superviseur centre de relation client",
    subj_enc="iso-8859-1:Q",
    date="2026-04-15 10:10",
    text=ALS_INV + "\n",
    html=ats_card("Alsace Énergie Services", "#27ae60", "Entretien téléphonique", ALS_INV),
))

# ================================================================ invitations, Spanish

TURIA_INV = """Hola, Benedikt:

Nos gustaría conocerte. Te propongo una entrevista por videollamada el martes 7 de abril
a las 10:00 con Andrés Pons, jefe de Atención al Viajero, y conmigo.

Te adjunto la convocatoria para tu calendario.

Un saludo,
Lucía"""
TURIA_ORG = ("Lucía Ferrer", "lucia.ferrer@ferroturia.example.es")
M(dict(
    kind="interview_invitation", slug="entrevista_videollamada_calendario", lang="es",
    company="Ferrocarriles del Turia", contact="lucia.ferrer@ferroturia.example.es",
    key="turia_invite", parent="turia_ack",
    frm=TURIA_ORG,
    subject="Entrevista - Coordinador/a de Atención al Viajero",
    date="2026-03-24 12:31",
    text=TURIA_INV + """

Lucía Ferrer
Técnica de Selección · Ferrocarriles del Turia
Carrer de Xàtiva 24, 46007 València · 963 10 72 40
""",
    ics=dict(method="REQUEST", uid="ft-entrevista-0407-bns@ferroturia.example.es", seq=0,
             tzid="Europe/Madrid",
             summary="Entrevista Coordinador/a de Atención al Viajero",
             start="2026-04-07 10:00", end="2026-04-07 11:00",
             location="Videollamada (Teams)", organizer=TURIA_ORG, mode="attach"),
))

M(dict(
    kind="interview_invitation", slug="entrevista_meet_call_center", lang="es",
    company="Contacta Mediterráneo", contact="javier.sanchis@contacta-med.example.es",
    key="contacta_invite",
    frm=("Javier Sanchis", "javier.sanchis@contacta-med.example.es"),
    subject="Entrevista para Supervisor/a de Plataforma (alemán)",
    date="2026-05-13 17:20",
    cte="qp",
    text="""Hola Benedikt:

Gracias por tu candidatura. Queremos hacerte una entrevista para el puesto de
Supervisor/a de Plataforma del servicio en alemán.

Día: jueves 21 de mayo
Hora: 9:30 (hora peninsular)
Lugar: Google Meet - https://meet.example.com/cmd-bns-0521

Durará unos 40 minutos. Parte de la entrevista será en alemán con Sabine, nuestra
coordinadora del servicio.

¿Me confirmas?

Javier Sanchis
Responsable de Selección
Contacta Mediterráneo · Av. de Aragón 30, 46021 Valencia · 960 11 42 70
""",
))

M(dict(
    kind="interview_invitation", slug="agencia_convoca_jornada_cliente", lang="es",
    company="Aerolíneas Levante", contact="raul.domenech@talentolevante.example.es",
    key="talento_jornada", parent="talento_alta",
    frm=("Raúl Domènech", "raul.domenech@talentolevante.example.es"), name_enc="iso-8859-1:Q",
    subject="Jornada de evaluación en Aerolíneas Levante - 8 de septiembre",
    date="2026-08-26 13:02",
    text="""Hola, Benedikt:

Aerolíneas Levante quiere conocerte. Te han convocado a una jornada de evaluación el
martes 8 de septiembre a las 9:00 en sus oficinas del aeropuerto.

La jornada dura toda la mañana: dinámica de grupo, simulación de atención a un pasajero
con el vuelo cancelado y entrevista individual con la responsable de Atención al Cliente.
Lleva el DNI o pasaporte para el control de acceso.

Confírmame que puedes ir y te paso los detalles de la ubicación.

Un abrazo,
Raúl Domènech
Consultor de selección - Talento Levante
Gran Vía Marqués del Túria 49, 46005 Valencia - 963 44 18 70
""",
))

# ================================================================ reschedules and cancellations

ESB_MOVE = f"""Sehr geehrter Herr Nwankwo-Salas,

leider müssen wir unser Gespräch verschieben: Herr Wendt ist am 3. März kurzfristig zu
einer Krisenübung der Landesbehörde eingeladen worden.

Neuer Termin: Donnerstag, 5. März 2026, 13:00 bis 14:30 Uhr, gleicher Ort (Kundencenter
Leipzig Hbf, Raum 3.12).

Die aktualisierte Kalendereinladung ist beigefügt. Passt Ihnen der neue Termin?

Mit freundlichen Grüßen

{ESB_SIG}"""
M(dict(
    kind="interview_reschedule_or_cancel", slug="calendar_update_sequence_1", lang="de",
    company="Elster-Saale-Bahn", contact="katrin.boehme@elster-saale-bahn.example.de",
    key="esb_update", parent="esb_invite",
    frm=ESB_ORG,
    subject="Aktualisiert: Vorstellungsgespräch – neuer Termin 05.03.2026, 13:00 Uhr",
    date="2026-02-24 14:20",
    text=ESB_MOVE + "\n",
    html=outlook_html(ESB_MOVE, "de"),
    cte="qp",
    ics=dict(method="REQUEST", uid="esb-vg-20260303-bns@elster-saale-bahn.example.de", seq=1,
             summary="Vorstellungsgespräch Teamleitung Kundenservice – B. Nwankwo-Salas",
             start="2026-03-05 13:00", end="2026-03-05 14:30",
             location="Kundencenter Leipzig Hbf, 3. OG, Raum 3.12", organizer=ESB_ORG,
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
))

M(dict(
    kind="interview_reschedule_or_cancel", slug="new_slot_after_missed_call", lang="de",
    company="Saxonia Dialog", contact="m.hentschel@saxonia-dialog.example.de",
    key="saxonia_new_slot", parent="saxonia_apology",
    frm=("Marcel Hentschel", "m.hentschel@saxonia-dialog.example.de"),
    subject="Neuer Versuch: Freitag 9 Uhr",
    date="2026-04-15 09:10",
    text=reply("""Sehr geehrter Herr Nwankwo-Salas,

dann versuchen wir es noch einmal: Freitag, 17.04., 9:00 Uhr. Ich rufe Sie wieder auf
dem Handy an. Planen Sie 30 Minuten ein.

Gruß
Marcel Hentschel""", "de", "Di., 14. Apr. 2026 um 12:02", "Benedikt Nwankwo-Salas",
        APOLOGY_SAXONIA),
))

M(dict(
    kind="interview_reschedule_or_cancel", slug="interviewer_ill_postponed", lang="de",
    company="Rosental Versicherung", contact="anja.fritzsche@rosental-versicherung.example.de",
    key="rosental_ill", parent="rosental_request",
    frm=("Anja Fritzsche", "anja.fritzsche@rosental-versicherung.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch am 31.03. – Teamleitung Kundenservice",
    date="2026-03-30 08:02",
    charset="iso-8859-1", cte="qp",
    text="""Guten Morgen Herr Nwankwo-Salas,

danke für Ihre Rückmeldung, und nun kommt es ohnehin anders: Herr Seidel ist seit gestern
erkrankt, und wir müssen das Gespräch am 31.03. absagen. Ihre Schicht brauchen Sie also
nicht zu tauschen.

Sobald Herr Seidel wieder da ist, schlage ich Ihnen zwei neue Termine vor, gern am
Nachmittag. An unserem Interesse ändert das nichts.

Freundliche Grüße
Anja Fritzsche
Personalreferentin, Rosental Versicherung AG
Gustav-Adolf-Str. 14, 04105 Leipzig, Tel. +49 341 3077 512
""",
))

M(dict(
    kind="interview_reschedule_or_cancel", slug="agency_client_moves_interview", lang="de",
    company="Pleißenland Stadtwerke", contact="s.kaulfuss@muldental-personal.example.de",
    key="muldental_moved", parent="muldental_invite",
    frm=("Sandra Kaulfuß", "s.kaulfuss@muldental-personal.example.de"),
    subject="Terminänderung: Pleißenland Stadtwerke jetzt Freitag, 22.05., 10 Uhr",
    date="2026-05-18 08:50",
    text="""Guten Morgen Herr Nwankwo-Salas,

kleine Änderung: Dr. Naumann muss am Mittwoch zu einer Aufsichtsratssitzung. Die
Stadtwerke haben das Gespräch deshalb auf Freitag, 22.05.2026, 10:00 Uhr verlegt, Ort
und Ansprechpartner bleiben gleich.

Ich hoffe, das passt mit Ihrem Dienstplan. Falls nicht, rufen Sie mich an, dann kläre
ich eine Alternative.

Viele Grüße
Sandra Kaulfuß
Muldental Personal GmbH · Tel. 0341 2180 660
""",
))

KW_CANCEL = """Sehr geehrter Herr Nwankwo-Salas,

leider müssen wir das Gruppeninterview am Donnerstag, 16. Juli, absagen. Unser
Auftraggeber hat den Start des Hotline-Projekts kurzfristig verschoben, und wir können
Ihnen derzeit nicht seriös sagen, wie das Team aussehen wird.

Ihre Bewerbung bleibt im Verfahren. Sobald wir Klarheit haben, melden wir uns mit einem
neuen Termin bei Ihnen.

Mit freundlichen Grüßen
Ines Gottschalk
KundenWerk Halle GmbH"""
M(dict(
    kind="interview_reschedule_or_cancel", slug="calendar_cancel_group_interview", lang="de",
    company="KundenWerk Halle", contact="i.gottschalk@kundenwerk-halle.example.de",
    key="kundenwerk_cancel", parent="kundenwerk_invite",
    frm=("Ines Gottschalk", "i.gottschalk@kundenwerk-halle.example.de"),
    subject="Abgesagt: Gruppeninterview Teamleiter/in Inbound am 16. Juli",
    date="2026-07-14 16:30",
    charset="windows-1252", cte="qp",
    text=KW_CANCEL + "\n",
    html=outlook_html(KW_CANCEL, "de"),
    ics=dict(method="CANCEL", uid="kw-gruppeninterview-0716@kundenwerk-halle.example.de", seq=1,
             summary="Gruppeninterview Teamleiter/in Inbound", start="2026-07-16 09:00",
             end="2026-07-16 12:30", location="KundenWerk Halle, Konferenzraum Saale",
             organizer=("Ines Gottschalk", "i.gottschalk@kundenwerk-halle.example.de")),
))

M(dict(
    kind="interview_reschedule_or_cancel", slug="assessment_centre_moved_cp1252", lang="de",
    company="Flugdienst Schkeuditz", contact="nadine.foerster@flugdienst-schkeuditz.example.de",
    key="flug_moved", parent="flug_invite",
    frm=("Nadine Förster", "nadine.foerster@flugdienst-schkeuditz.example.de"),
    subject="Geänderter Termin: Assessment-Center jetzt am 1. September",
    subj_enc="iso-8859-1:Q",
    charset="windows-1252", cte="8bit",
    date="2026-08-19 12:05",
    text="""Sehr geehrter Herr Nwankwo-Salas,

vielen Dank für Ihre Zusage. Wegen des Ferienendes und des Rekordaufkommens am Flughafen
verlegen wir das Assessment-Center vom 27. August auf Dienstag, 1. September 2026.

Die Uhrzeit bleibt (8:30 bis ca. 16:00 Uhr), der Ort ändert sich: Wir treffen uns im
Schulungszentrum „Nord“, Gebäude 120, direkt gegenüber dem Parkhaus P2.

Bitte bestätigen Sie kurz, ob Sie den neuen Termin wahrnehmen können.

Freundliche Grüße
Nadine Förster
Flugdienst Schkeuditz GmbH
""",
))

M(dict(
    kind="interview_reschedule_or_cancel", slug="employer_cancels_meeting_no_decision",
    lang="de", company="Domstadt Energie",
    contact="christian.ehrhardt@domstadt-energie.example.de",
    key="domstadt_cancel", parent="domstadt_invite",
    frm=("Christian Ehrhardt", "christian.ehrhardt@domstadt-energie.example.de"),
    subject="Re: Donnerstag Zeit?",
    date="2026-09-24 07:30",
    text=reply("""Guten Morgen Herr Nwankwo-Salas,

ich muss unser Treffen heute um 15 Uhr leider absagen: Wir haben seit heute Nacht eine
Störung im Fernwärmenetz, und ich bin den ganzen Tag in der Leitstelle.

Das hat mit Ihnen nichts zu tun. Ich melde mich Anfang nächster Woche mit einem neuen
Vorschlag.

Schöne Grüße
Christian Ehrhardt""", "de", "Mo., 21. Sept. 2026 um 17:55", "Christian Ehrhardt",
        """Hallo Herr Nwankwo-Salas,

ich habe Ihre Bewerbung für unser Kundenzentrum auf dem Tisch und würde Sie gern
kennenlernen, ganz ohne großes Programm. Hätten Sie am Donnerstag, 24.09., um 15 Uhr Zeit
für einen Kaffee und ein lockeres Gespräch bei uns am Anger?"""),
))

SPREE_CANCEL = """Hi Benedikt,

Your interview for Customer Service Team Lead on Thursday 12 March at 14:00 has been
cancelled. Hannah will be in touch with you about next steps.

We're sorry for any inconvenience."""
M(dict(
    kind="interview_reschedule_or_cancel", slug="greenhouse_method_cancel", lang="en",
    company="Spreeflug", contact="hannah.lindqvist@spreeflug.example.de",
    key="spreeflug_cancel", parent="spreeflug_invite",
    frm=("Hannah Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Hannah Lindqvist", "hannah.lindqvist@spreeflug.example.de"),
    subject="Cancelled: Interview with Spreeflug - Customer Service Team Lead",
    date="2026-03-10 08:15", tz="+0000",
    text=SPREE_CANCEL + "\n",
    html=ats_card("Spreeflug", "#d62d20", "Interview cancelled", SPREE_CANCEL,
                  footer="Powered by Greenhouse"),
    ics=dict(method="CANCEL", uid="gh-interview-5521907@greenhouse.io", seq=1,
             summary="Interview: Customer Service Team Lead (Spreeflug)",
             start="2026-03-12 14:00", end="2026-03-12 14:45",
             location="Google Meet",
             organizer=("Hannah Lindqvist", "hannah.lindqvist@spreeflug.example.de"),
             prodid="-//Greenhouse//Scheduling//EN"),
))

VLTAVA_MISSED = """Hi Benedikt,

We had our call scheduled for 10:00 today. Jakub and I waited on Teams for about fifteen
minutes but didn't see you join. I hope everything is alright.

Let me know if you'd still like to talk.

Petra"""
M(dict(
    kind="interview_reschedule_or_cancel", slug="rescheduled_after_no_show", lang="en",
    company="Vltava Rail Services", contact="petra.dvorakova@vltava-rail.example.cz",
    key="vltava_rescheduled", parent="vltava_missed",
    frm=("Petra Dvořáková", "petra.dvorakova@vltava-rail.example.cz"), name_enc="utf-8:B",
    subject="Re: Our call this morning",
    date="2026-05-07 15:00",
    text=reply("""Hi Benedikt,

Thanks for explaining - a delayed train is about the most forgivable excuse for a
conductor! Let's try again on Monday 11 May at 15:00 Prague time, same Teams link as
before.

See you then,
Petra""", "en", "Thu, 7 May 2026 at 10:20", "Petra Dvořáková", VLTAVA_MISSED),
))

SKY_MOVE = """Hi Benedikt,

Heads up: we need to move your panel interview. Daniel has been called to an operations
review on the 4th.

New time: Thursday 6 August 2026, 10:00-11:30 (Berlin time), same room.
The updated invitation is attached; your calendar should update automatically."""
M(dict(
    kind="interview_reschedule_or_cancel", slug="ashby_panel_moved_sequence_2", lang="en",
    company="Skylark Regional", contact="maya.goldberg@skylark-regional.example.com",
    key="skylark_moved", parent="skylark_invite",
    frm=("Skylark Regional", "no-reply@ashbyhq.com"),
    reply_to=("Maya Goldberg", "maya.goldberg@skylark-regional.example.com"),
    subject="Updated invitation: Passenger Care Team Lead panel - now 6 August",
    date="2026-07-30 09:45",
    text=SKY_MOVE + "\n",
    html=ats_card("Skylark Regional", "#0077b6", "Your interview has moved", SKY_MOVE),
    ics=dict(method="REQUEST", uid="ashby-int-7c1e44d0@skylark-regional.example.com", seq=2,
             summary="Panel interview: Passenger Care Team Lead (Benedikt Nwankwo-Salas)",
             start="2026-08-06 10:00", end="2026-08-06 11:30",
             location="BER Terminal 1, Level 3, room Tegel",
             organizer=("Maya Goldberg", "maya.goldberg@skylark-regional.example.com"),
             prodid="-//Ashby//Interview Scheduling//EN", cte="7bit"),
))

M(dict(
    kind="interview_reschedule_or_cancel", slug="interviewer_sick_postpone_en", lang="en",
    company="Karlín Mutual Insurance", contact="martin.horak@karlin-mutual.example.cz",
    key="karlin_ill", parent="karlin_invite",
    frm=("Martin Horák", "martin.horak@karlin-mutual.example.cz"), name_enc="utf-8:Q",
    subject="Interview postponed",
    date="2026-10-13 08:05",
    text="""Hi Benedikt,

I'm sorry to do this at short notice: Pavel, who was going to run tomorrow's interview
with me, is off sick, so I need to postpone. I'll come back to you with a new date.

Martin
""",
))

RHIN_MOVE = """Bonjour Benedikt,

Je suis obligée de décaler notre entretien : Thomas Walter doit se rendre à Metz jeudi
matin pour une réunion avec la Région.

Pourriez-vous venir le vendredi 6 février à 14 h 00, au même endroit ? L'invitation
mise à jour est jointe.

Merci de votre compréhension,
Claire Hoffmann"""
M(dict(
    kind="interview_reschedule_or_cancel", slug="report_entretien_sequence_1", lang="fr",
    company="Rhin Express Mobilités", contact="claire.hoffmann@rhin-express.example.fr",
    key="rhin_report", parent="rhin_invite",
    frm=("Claire Hoffmann", "claire.hoffmann@rhin-express.example.fr"),
    subject="Mise à jour : entretien déplacé au vendredi 6 février, 14 h",
    date="2026-02-02 09:05",
    text=RHIN_MOVE + "\n",
    ics=dict(method="REQUEST", uid="rhin-entretien-0205-bns@rhin-express.example.fr", seq=1,
             tzid="Europe/Paris",
             summary="Entretien - Responsable d'équipe service clients",
             start="2026-02-06 14:00", end="2026-02-06 15:00",
             location="Rhin Express Mobilités, 12 place de la Gare, Strasbourg, 2e étage",
             organizer=("Claire Hoffmann", "claire.hoffmann@rhin-express.example.fr")),
))

ILL_CANCEL = """Bonjour Monsieur Nwankwo-Salas,

Je dois malheureusement annuler la journée d'immersion prévue ce jeudi 3 septembre : une
panne de notre système téléphonique nous oblige à transférer le plateau sur notre site de
secours, et il n'y aura pas de place pour vous accueillir dans de bonnes conditions.

Ce n'est que partie remise. Je vous propose une nouvelle date dès que la situation est
rétablie, normalement la semaine prochaine.

Cordialement,
Nadia Benali
Ill Contact"""
M(dict(
    kind="interview_reschedule_or_cancel", slug="annulation_journee_method_cancel", lang="fr",
    company="Ill Contact", contact="nadia.benali@ill-contact.example.fr",
    key="ill_cancel", parent="ill_invite",
    frm=("Nadia Benali", "nadia.benali@ill-contact.example.fr"),
    subject="Annulé : Journée d'immersion - jeudi 3 septembre",
    date="2026-09-01 18:40",
    text=ILL_CANCEL + "\n",
    html=simple_html(ILL_CANCEL),
    cte="base64",
    ics=dict(method="CANCEL", uid="ill-immersion-0903@ill-contact.example.fr", seq=1,
             tzid="Europe/Paris", summary="Journée d'immersion - B. Nwankwo-Salas",
             start="2026-09-03 09:00", end="2026-09-03 16:00",
             location="Ill Contact, 8 rue de l'Industrie, Illkirch-Graffenstaden",
             organizer=("Nadia Benali", "nadia.benali@ill-contact.example.fr"), mode="both"),
))

M(dict(
    kind="interview_reschedule_or_cancel", slug="entrevistador_enfermo_nueva_fecha", lang="es",
    company="Contacta Mediterráneo", contact="javier.sanchis@contacta-med.example.es",
    key="contacta_ill", parent="contacta_invite",
    frm=("Javier Sanchis", "javier.sanchis@contacta-med.example.es"),
    subject="Cambio de fecha de tu entrevista",
    date="2026-05-20 16:05",
    charset="iso-8859-1", cte="8bit",
    text="""Hola Benedikt:

Sabine, que iba a hacer contigo la parte en alemán, está de baja por enfermedad esta
semana, así que tenemos que mover la entrevista de mañana.

¿Te va bien el martes 26 de mayo a la misma hora, 9:30? El enlace de Meet sigue siendo
el mismo.

Perdona el cambio.
Javier
""",
))

TURIA_MOVE = """Hola, Benedikt:

Sin problema. Pasamos la entrevista al mismo martes 7 de abril a las 16:00 (hora de
Valencia, la misma que en Leipzig). Andrés también puede a esa hora.

Te envío la convocatoria actualizada.

Un saludo,
Lucía"""
M(dict(
    kind="interview_reschedule_or_cancel", slug="cambio_de_hora_sequence_1", lang="es",
    company="Ferrocarriles del Turia", contact="lucia.ferrer@ferroturia.example.es",
    key="turia_moved", parent="turia_request",
    frm=TURIA_ORG,
    subject="Re: Entrevista - Coordinador/a de Atención al Viajero",
    date="2026-03-26 09:40",
    text=reply(TURIA_MOVE, "es", "mié, 25 mar 2026 a las 8:20",
               "Benedikt Nwankwo-Salas <benedikt.ns@example.de>", REQUEST_TURIA),
    ics=dict(method="REQUEST", uid="ft-entrevista-0407-bns@ferroturia.example.es", seq=1,
             tzid="Europe/Madrid",
             summary="Entrevista Coordinador/a de Atención al Viajero",
             start="2026-04-07 16:00", end="2026-04-07 17:00",
             location="Videollamada (Teams)", organizer=TURIA_ORG, mode="attach"),
))

# ================================================================ missed interview notices

M(dict(
    kind="missed_interview_notice", slug="called_twice_at_ten", lang="de",
    company="Saxonia Dialog", contact="m.hentschel@saxonia-dialog.example.de",
    key="saxonia_missed", parent="saxonia_invite",
    frm=("Marcel Hentschel", "m.hentschel@saxonia-dialog.example.de"),
    subject="Unser Telefontermin heute um 10:00 Uhr",
    date="2026-04-14 10:25",
    text="""Hallo Herr Nwankwo-Salas,

wir waren heute um 10:00 Uhr zum Telefoninterview verabredet. Ich habe Sie zweimal unter
Ihrer Mobilnummer angerufen, um 10:00 und um 10:10, leider ohne Erfolg.

Geben Sie mir kurz Bescheid, ob Sie weiterhin Interesse haben.

Gruß
Marcel Hentschel
""",
))

M(dict(
    kind="missed_interview_notice", slug="waited_in_teams_room", lang="de",
    company="Elbtal Nahverkehr", contact="toni.richter@elbtal-nahverkehr.example.de",
    key="elbtal_missed",
    frm=("Toni Richter", "toni.richter@elbtal-nahverkehr.example.de"),
    subject="Teams-Termin heute 10 Uhr",
    date="2026-01-29 10:47",
    text="""Hi Benedikt,

wir saßen heute um 10 im Teams-Raum und haben auf dich gewartet, bis 10:20. Ist was
dazwischengekommen?

Toni
""",
))

M(dict(
    kind="missed_interview_notice", slug="agency_client_waited_in_vain", lang="de",
    company="Weißeritz Stadtwerke", contact="e.lehmann@zeitwerk-personal.example.de",
    key="zeitwerk_missed", parent="zeitwerk_registration",
    frm=("Enrico Lehmann", "e.lehmann@zeitwerk-personal.example.de"),
    subject="Termin bei den Weißeritz Stadtwerken heute 9 Uhr",
    date="2026-06-22 10:02",
    text="""Hallo Herr Nwankwo-Salas,

Frau Käßner von den Weißeritz Stadtwerken hat mich eben angerufen: Sie hat heute um
9:00 Uhr im Kundencenter auf Sie gewartet, Sie sind aber nicht erschienen.

Bitte melden Sie sich kurz bei mir, was passiert ist.

Gruß, Enrico Lehmann
Zeitwerk Personalservice GmbH, Niederlassung Dresden
Prager Str. 2b, 01069 Dresden, Tel. 0351 4960 312
""",
))

HAVEL_MISSED = outlook_quote("""Sehr geehrter Herr Nwankwo-Salas,

wir haben heute um 14:00 Uhr zehn Minuten im Videocall auf Sie gewartet. Leider haben Sie
sich nicht eingewählt.

Mit freundlichen Grüßen
Friederike von Oppen
Personalreferentin
Havelland Assekuranz AG
Schlossstraße 7, 14467 Potsdam
Tel.: +49 331 2771 405""", "de", "von Oppen, Friederike", "Freitag, 16. Januar 2026 11:02",
    "Benedikt Nwankwo-Salas", "Einladung zum Vorstellungsgespräch",
    """Sehr geehrter Herr Nwankwo-Salas,

wir laden Sie herzlich zum Vorstellungsgespräch für die Position Teamleiter
Kundenservice (m/w/d) ein: Dienstag, 03.02.2026, 14:00 Uhr, per Videokonferenz.
Den Link erhalten Sie am Vortag.

Mit freundlichen Grüßen
Friederike von Oppen""")
M(dict(
    kind="missed_interview_notice", slug="outlook_not_joined_video", lang="de",
    company="Havelland Assekuranz", contact="f.vonoppen@havelland-assekuranz.example.de",
    key="havelland_missed",
    frm=("von Oppen, Friederike", "f.vonoppen@havelland-assekuranz.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch",
    date="2026-02-03 14:20",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text=HAVEL_MISSED,
    html=outlook_html(HAVEL_MISSED, "de"),
    cte="qp",
))

M(dict(
    kind="missed_interview_notice", slug="not_reached_quotes_invite", lang="de",
    company="Lausitzer Energieversorgung",
    contact="mandy.kretschmer@lausitzer-energie.example.de",
    key="lausitz_missed", parent="lausitz_invite",
    frm=("Mandy Kretschmer", "mandy.kretschmer@lausitzer-energie.example.de"),
    subject="AW: Einladung zum Telefoninterview – Teamleiter Kundenservice (m/w/d)",
    date="2026-06-10 13:55",
    charset="iso-8859-1", cte="qp",
    text=reply("""Sehr geehrter Herr Nwankwo-Salas,

ich habe heute um 13:30 Uhr versucht, Sie für unser vereinbartes Telefoninterview zu
erreichen, zuerst auf dem Handy, dann unter der Festnetznummer aus Ihrem Lebenslauf. Es
hat sich leider niemand gemeldet, und eine Mailbox war nicht eingerichtet.

Bitte melden Sie sich bis Freitag bei mir, wenn Sie weiterhin Interesse an der Stelle
haben.

Mit freundlichen Grüßen
Mandy Kretschmer
Recruiting, Lausitzer Energieversorgung AG
Löbtauer Str. 60, 01159 Dresden, Tel. 0351 4180 2274""", "de", "03.06.2026 11:12",
        "Lausitzer Energieversorgung Karriere", LAUSITZ_INV),
))

M(dict(
    kind="missed_interview_notice", slug="waited_on_teams_en", lang="en",
    company="Vltava Rail Services", contact="petra.dvorakova@vltava-rail.example.cz",
    key="vltava_missed", parent="vltava_invite",
    frm=("Petra Dvořáková", "petra.dvorakova@vltava-rail.example.cz"), name_enc="utf-8:B",
    subject="Our call this morning",
    date="2026-05-07 10:20",
    text=VLTAVA_MISSED + "\n",
))

M(dict(
    kind="missed_interview_notice", slug="tried_calling_twice_en", lang="en",
    company="Praha Contact Hub", contact="tomas.kucera@prahacontacthub.example.cz",
    key="praha_missed", parent="praha_invite",
    frm=("Tomáš Kučera", "tomas.kucera@prahacontacthub.example.cz"), name_enc="utf-8:Q",
    subject="Re: are you free Thursday to chat?",
    date="2026-03-19 10:15",
    text=reply("""Hi Benedikt,

Tried calling you twice at 10:00 and again at 10:05 on the number from your CV, no
answer. Did I get the time zone wrong? We're both on CET, I think.

Drop me a line when you can.

Tomáš""", "en", "Mon, 16 Mar 2026, 17:02", "Benedikt Nwankwo-Salas",
        """Hi Tomáš,

Thursday at 10:00 works well. Talk then!

Benedikt"""),
))

RIVER_MISS = """Dear Benedikt,

You were registered for today's assessment day for the Customer Service Shift Leader role,
starting at 8:30 at our Holešovice depot. We did not see you at reception and could not
reach you by phone, so the group started without you.

If something happened, please let us know within the next few days. We cannot promise
another place, but we will look at your situation.

Kind regards,
Jana Novotná
Recruitment Coordinator, Prague Riverside Transit"""
M(dict(
    kind="missed_interview_notice", slug="assessment_day_no_show", lang="en",
    company="Prague Riverside Transit", contact="jana.novotna@riverside-transit.example.cz",
    key="riverside_missed", parent="riverside_invite",
    frm=("Jana Novotná", "jana.novotna@riverside-transit.example.cz"), name_enc="iso-8859-1:B",
    subject="Today's assessment day",
    date="2026-09-16 11:00",
    text=RIVER_MISS + "\n",
    html=simple_html(RIVER_MISS),
    cte="qp",
))

M(dict(
    kind="missed_interview_notice", slug="appele_deux_fois", lang="fr",
    company="Mutuelle Rhénane", contact="sophie.kieffer@mutuelle-rhenane.example.fr",
    key="mutuelle_missed",
    frm=("Sophie Kieffer", "sophie.kieffer@mutuelle-rhenane.example.fr"),
    subject="Entretien téléphonique de ce matin",
    date="2026-06-16 10:18",
    charset="iso-8859-1", cte="8bit",
    text="""Bonjour,

Nous avions rendez-vous ce matin à 10 h pour un entretien téléphonique. Je vous ai appelé
deux fois, sans réponse, et je n'ai pas pu laisser de message.

Pouvez-vous me recontacter pour convenir d'un autre créneau ?

Sophie Kieffer
Responsable ressources humaines
Mutuelle Rhénane - 3 place de l'Homme de Fer, 67000 Strasbourg
03 88 52 40 17
""",
))

M(dict(
    kind="missed_interview_notice", slug="te_esperabamos_en_meet", lang="es",
    company="Contacta Mediterráneo", contact="javier.sanchis@contacta-med.example.es",
    key="contacta_missed", parent="contacta_ill",
    frm=("Javier Sanchis", "javier.sanchis@contacta-med.example.es"),
    subject="Te esperábamos en Meet",
    date="2026-05-26 09:50",
    text="""Hola Benedikt:

Te esperábamos a las 9:30 en Google Meet y no te has conectado.

Javier
""",
))
