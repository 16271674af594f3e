"""Corpus 161, interview mail: 26 invitations (de 13, en 7, fr 3, es 3), 15 reschedules or
cancellations (de 7, en 4, fr 2, es 2) and 10 missed-interview notices (de 5, en 3, fr 1, es 1).
"""

from __future__ import annotations

from msgs161_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    M,
    ats_card,
    escribio_es,
    forwarded,
    ics,
    outlook_block,
    outlook_html,
    plain,
    quote,
    schrieb_de,
    simple_html,
    wrote_en,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ============================================================================ invitations (26)

# --- German (13)

_nl_org = ("Svenja Petersen", "svenja.petersen@nordlicht-reederei.example.de")
_nl_inv = [
    "Sehr geehrte Frau Vasquez-Halvorsen,",
    "vielen Dank für Ihre Bewerbung als Sachbearbeiterin Kreditorenbuchhaltung. Ihr Profil hat "
    "uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.",
    "Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:\n"
    "Donnerstag, 29. Januar 2026, 10:00 bis 11:30 Uhr\n"
    "Reederei Nordlicht, Raum 4.12 „Kap Hoorn“, Große Elbstraße 145, 22767 Hamburg",
    "Sie sprechen mit Dr. Malte Johannsen (Leitung Rechnungswesen), Frau Aylin Demir "
    "(Teamleitung Kreditoren) und mir. Rechnen Sie bitte mit einer kurzen Fallaufgabe zur "
    "Rechnungsprüfung (ca. 20 Minuten).",
    "Die Kalendereinladung finden Sie im Anhang. Bitte bestätigen Sie den Termin kurz oder "
    "schlagen Sie eine Alternative vor.",
    "Mit freundlichen Grüßen\nSvenja Petersen\nPersonalreferentin\nReederei Nordlicht GmbH & "
    "Co. KG\nGroße Elbstraße 145 · 22767 Hamburg\nTel. +49 40 5550 8823",
]
add(M(
    kind="interview_invitation", name="nordlicht_panel_ics", lang="de",
    company="Reederei Nordlicht", contact="svenja.petersen@nordlicht-reederei.example.de",
    frm=_nl_org, subject="Einladung zum Vorstellungsgespräch – Sachbearbeitung Kreditoren",
    date="2026-01-20 11:02", id="nl-invite", reply=["nl-ack"],
    text=plain(_nl_inv), html=outlook_html(_nl_inv, charset="utf-8"),
    atts=[ics("REQUEST", "nl-2026-0129-kred@nordlicht-reederei.example.de",
              "Vorstellungsgespräch Ingrid Vasquez-Halvorsen – Kreditoren",
              "2026-01-29 10:00", "2026-01-29 11:30", organizer=_nl_org,
              location="Reederei Nordlicht, Raum 4.12, Große Elbstraße 145, Hamburg",
              description="Gespräch mit Dr. Johannsen, Frau Demir und Frau Petersen.")],
))

add(M(
    kind="interview_invitation", name="hanse_phone_screen_ask", lang="de",
    company="Hanse Assekuranz", contact="jana.wiebe@hanse-assekuranz.example.de",
    frm=("Jana Wiebe", "jana.wiebe@hanse-assekuranz.example.de"),
    subject="Ihre Bewerbung – kurzes Telefonat?", date="2026-02-17 09:12",
    id="ha-invite", reply=["ha-ack"],
    text=(
        "Guten Morgen Frau Vasquez-Halvorsen,\n\n"
        "Ihre Bewerbung für den Zahlungsverkehr der Schadenabteilung liegt bei mir, und ich würde "
        "gern ein erstes telefonisches Kennenlernen mit Ihnen führen – etwa 30 Minuten, ganz "
        "ohne Vorbereitung.\n\n"
        "Passt Ihnen Freitag, der 20. Februar, um 10:00 Uhr? Ich würde Sie dann unter der "
        "Mobilnummer aus Ihrem Lebenslauf anrufen.\n\n"
        "Herzliche Grüße\n"
        "Jana Wiebe\n"
        "Talent Acquisition\n"
        "Hanse Assekuranz AG · Ballindamm 22 · 20095 Hamburg\n"
        "Telefon +49 40 5550 6120\n\n"
        "Hanse Assekuranz AG · Sitz Hamburg · Registergericht Hamburg HRB 99120\n"
    ),
))

_ha_missed = (
    "Hallo Frau Vasquez-Halvorsen,\n\n"
    "ich habe Sie heute um 10:00 Uhr zweimal auf dem Handy angerufen, leider ohne Erfolg.\n\n"
    "Viele Grüße\nJana Wiebe"
)
add(M(
    kind="interview_invitation", name="hanse_reinvite_after_missed", lang="de",
    company="Hanse Assekuranz", contact="jana.wiebe@hanse-assekuranz.example.de",
    frm=("Jana Wiebe", "jana.wiebe@hanse-assekuranz.example.de"),
    subject="AW: Telefonat heute", date="2026-02-25 08:40",
    id="ha-reinvite", reply=["ha-invite", "ha-missed", "ha-sorry"],
    text=(
        "Liebe Frau Vasquez-Halvorsen,\n\n"
        "kein Problem, ein Funkloch im Elbtunnel kann jedem passieren.\n\n"
        "Ich schlage vor, wir überspringen das Telefonat und sprechen direkt persönlich: "
        "Dienstag, 3. März, 10:00 Uhr bei uns am Ballindamm 22, 5. Etage. Mit dabei ist Frau "
        "Ohlsen, die den Zahlungsverkehr leitet. Melden Sie sich bitte am Empfang, bringen Sie "
        "gern Ihre Zeugnisse im Original mit.\n\n"
        "Geben Sie mir kurz Bescheid, ob das klappt?\n\n"
        "Herzliche Grüße\n"
        "Jana Wiebe\n"
        "Hanse Assekuranz AG · Talent Acquisition · +49 40 5550 6120\n\n"
        + schrieb_de("24.02.2026 um 10:31", "Jana Wiebe",
                     "jana.wiebe@hanse-assekuranz.example.de") + "\n" + quote(_ha_missed) + "\n"
    ),
))

_lt_org = ("Leinetal Shared Services", "recruiting@leinetal-ssc.example.de")
_lt = [
    "Liebe Frau Vasquez-Halvorsen,",
    "wir freuen uns, Sie zu unserem Assessment-Center für die Position Specialist Accounts "
    "Payable (w/m/d) einzuladen.",
    "Termin: Dienstag, 2. Juni 2026, 9:00 bis 15:30 Uhr\n"
    "Ort: Leinetal Shared Services, Vahrenwalder Straße 210, 30165 Hannover, Foyer Haus B",
    "Ablauf: Begrüßung und Unternehmensvorstellung, Gruppenübung, Fallstudie zur "
    "Zahlungslaufvorbereitung in SAP, Einzelinterview mit der Teamleitung. Ein Mittagessen ist "
    "vorgesehen.",
    "Reisekosten (Bahn 2. Klasse) erstatten wir Ihnen gern. Bitte bestätigen Sie Ihre Teilnahme "
    "bis zum 25. Mai über den Button.",
    "Viele Grüße\nNadine Oltmanns\nRecruiting · Leinetal Shared Services",
]
add(M(
    kind="interview_invitation", name="leinetal_assessment_centre", lang="de",
    company="Leinetal Shared Services", contact="nadine.oltmanns@leinetal-ssc.example.de",
    frm=("Leinetal Shared Services", "noreply@softgarden.io"),
    reply_to=("Nadine Oltmanns", "nadine.oltmanns@leinetal-ssc.example.de"),
    subject="Einladung zum Assessment-Center am 2. Juni", date="2026-05-18 13:30",
    id="lt-invite", reply=["lt-ack"],
    text=plain(_lt),
    html=ats_card("Leinetal Shared Services", _lt, accent="#00695c",
                  button=("Teilnahme bestätigen",
                          "https://leinetal-ssc.softgarden.io/applicant/event/88412/confirm"),
                  footer=["Leinetal Shared Services GmbH · Vahrenwalder Straße 210 · Hannover"]),
    atts=[ics("REQUEST", "sg-88412-ac@softgarden.io", "Assessment-Center Specialist Accounts "
              "Payable", "2026-06-02 09:00", "2026-06-02 15:30", organizer=_lt_org,
              location="Vahrenwalder Straße 210, 30165 Hannover, Haus B", inline=False,
              filename="assessment-center.ics", cte="base64")],
))

add(M(
    kind="interview_invitation", name="elbkontor_client_weserport", lang="de",
    company="Weserport Logistik", contact="m.jacobsen@elbkontor-personal.example.de",
    frm=("Maike Jacobsen", "m.jacobsen@elbkontor-personal.example.de"),
    subject="Vorstellungsgespräch bei Weserport Logistik am 17.03.",
    date="2026-03-09 17:05", id="ek-invite", reply=["ek-reg"],
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "gute Nachrichten: Weserport Logistik in Bremen möchte Sie kennenlernen! Ich habe Ihr "
        "Profil letzte Woche vorgestellt, und die Leiterin der Finanzbuchhaltung, Frau Gerdes, "
        "hat direkt zurückgerufen.\n\n"
        "Das Gespräch findet statt am Dienstag, 17. März, um 13:00 Uhr in der Zentrale, "
        "Hansator 8, 28217 Bremen. Es geht um die Stelle als Kreditorenbuchhalterin in Vollzeit "
        "mit Option auf Übernahme nach sechs Monaten.\n\n"
        "Ich rufe Sie morgen Vormittag an, um das Gespräch mit Ihnen vorzubereiten.\n\n"
        "Viele Grüße\n"
        "Maike Jacobsen\n"
        "Personalberaterin · Elbkontor Personal GmbH\n"
        "Steindamm 94 · 20099 Hamburg · 040 5550 3390\n"
    ),
))

add(M(
    kind="interview_invitation", name="steinhoff_trial_day", lang="de",
    company="Steinhoff & Partner", contact="m.rieck@steinhoff-partner.example.de",
    frm=("Rieck, Marlene", "m.rieck@steinhoff-partner.example.de"),
    subject="Einladung zum Probearbeitstag", date="2026-04-29 10:48", id="sp-invite",
    charset="windows-1252", cte="8bit",
    text=(
        "Guten Tag Frau Vasquez-Halvorsen,\n\n"
        "nach Ihrem guten Telefoninterview möchten wir Sie zu einem Probearbeitstag in unsere "
        "Kanzlei einladen. So bekommen Sie einen echten Eindruck von der Arbeit in der "
        "Mandantenbuchhaltung, und wir lernen Sie bei der Arbeit kennen.\n\n"
        "Termin: Dienstag, 12. Mai 2026, 8:30 Uhr bis ca. 16:00 Uhr\n"
        "Ort: Schwachhauser Heerstraße 101, 28211 Bremen, 2. OG\n\n"
        "Der Tag wird selbstverständlich vergütet (120 € pauschal). Bitte bringen Sie einen "
        "Personalausweis mit – für den Zugang zu unserem Mandantensystem benötigen wir eine "
        "Verschwiegenheitserklärung.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Marlene Rieck\n"
        "Office Management & Personal\n"
        "Steinhoff & Partner mbB Wirtschaftsprüfer Steuerberater\n"
        "Tel.: +49 421 5550 2850\n"
    ),
))

add(M(
    kind="interview_invitation", name="fleetwerk_casual_thursday", lang="de",
    company="Fleetwerk Hotels", contact="leonie.strathmann@fleetwerk-hotels.example.de",
    frm=("Leonie Strathmann", "leonie.strathmann@fleetwerk-hotels.example.de"),
    subject="Donnerstag kurz sprechen?", date="2026-05-26 18:22", id="fw-invite",
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "ich habe gerade Ihre Bewerbung für die AP-Stelle gelesen – Night Audit in einem "
        "280-Zimmer-Haus, das gefällt mir.\n\n"
        "Hätten Sie Donnerstag Zeit für ein lockeres Gespräch, so gegen 11 oder nach 15 Uhr? "
        "Gern per Telefon oder Teams, ganz wie es Ihnen lieber ist. Eine halbe Stunde reicht.\n\n"
        "Liebe Grüße\n"
        "Leonie Strathmann\n"
        "People & Culture · Fleetwerk Hotels\n"
    ),
))

_ab = [
    "Hallo Ingrid,",
    "vielen Dank für Ihr Interesse an der Stelle Finance Operations Associate im Alsterblick "
    "Hotel & Spa.",
    "Wir möchten Sie zu einem Video-Interview mit unserem Director of Finance einladen. Bitte "
    "wählen Sie über den folgenden Link einen der freien Termine zwischen dem 16. und 20. Februar "
    "aus. Das Interview dauert 45 Minuten und findet über Microsoft Teams statt.",
    "Nach der Buchung erhalten Sie automatisch eine Bestätigung mit dem Einwahllink.",
    "Beste Grüße\nTalent Acquisition\nAlsterblick Hotels",
]
add(M(
    kind="interview_invitation", name="workday_alsterblick_scheduling", lang="de",
    company="Alsterblick Hotels", contact="",
    frm=("Alsterblick Hotels", "alsterblick@myworkday.com"),
    subject="Bitte wählen Sie einen Termin für Ihr Interview",
    date="2026-02-10 07:15", tz="+0000", id="ab-invite",
    html=ats_card("Alsterblick Hotels", _ab, accent="#8a6d3b",
                  button=("Termin auswählen",
                          "https://wd3.myworkday.com/alsterblick/d/inst/interview/schedule/77102"),
                  footer=["Dies ist eine automatisch generierte Nachricht. Antworten auf diese "
                          "E-Mail werden nicht gelesen."]),
    headers=[("Auto-Submitted", "auto-generated")],
))

_we_org = ("Henrik Sievers", "henrik.sievers@weser-ems-assekuranz.example.de")
_we = [
    "Sehr geehrte Frau Vasquez-Halvorsen,",
    "wie heute Vormittag am Telefon besprochen, lade ich Sie herzlich zum Interview für die "
    "Position Sachbearbeiter/in Kreditorenmanagement ein.",
    "Termin: Dienstag, 28. April 2026, 14:00 – 15:00 Uhr\nFormat: Microsoft Teams (den Link "
    "finden Sie in der Kalendereinladung)",
    "Teilnehmen werden Herr Rademacher aus der Abteilungsleitung und ich.",
    "Freundliche Grüße\nHenrik Sievers\nPersonalbetreuung\nWeser-Ems Assekuranz VVaG\n"
    "Theodor-Heuss-Allee 14 · 28215 Bremen",
]
add(M(
    kind="interview_invitation", name="weser_ems_teams_ics", lang="de",
    company="Weser-Ems Assekuranz", contact="henrik.sievers@weser-ems-assekuranz.example.de",
    frm=_we_org, subject="Einladung: Interview Kreditorenmanagement @ Di. 28. Apr. 2026 14:00",
    date="2026-04-20 12:10", id="we-invite",
    text=plain(_we), html=outlook_html(_we),
    html_charset="windows-1252", html_cte="quoted-printable",
    atts=[ics("REQUEST", "040000008200E00074C5B7101A82E008000000@weser-ems",
              "Interview Kreditorenmanagement – Vasquez-Halvorsen",
              "2026-04-28 14:00", "2026-04-28 15:00", organizer=_we_org,
              location="Microsoft Teams-Besprechung",
              description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: "
              "https://teams.microsoft.com/l/meetup-join/19%3ameeting_WE2026")],
))

add(M(
    kind="interview_invitation", name="brueckner_client_hansa", lang="de",
    company="Hansa Shipmanagement", contact="f.brueckner@brueckner-search.example.de",
    frm=("Dr. Fabian Brückner", "f.brueckner@brueckner-search.example.de", "utf-8:B"),
    subject="Gesprächstermin bei Hansa Shipmanagement", date="2026-06-10 19:40",
    id="br-invite", reply=["br-cv", "br-ack"],
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "mein Mandant Hansa Shipmanagement möchte Sie für die Position Senior Accountant "
        "Accounts Payable persönlich kennenlernen.\n\n"
        "Termin: Donnerstag, 18. Juni 2026, 11:00 Uhr\n"
        "Ort: Hansa Shipmanagement, Am Wall 170, 28195 Bremen\n"
        "Gesprächspartner: Frau Petra Lüdemann (CFO) und Herr Björn Hasse (Head of Accounting)\n\n"
        "Ich rufe Sie Anfang nächster Woche zur Vorbereitung an. Bitte bestätigen Sie mir den "
        "Termin kurz per E-Mail.\n\n"
        "Mit besten Grüßen\n"
        "Dr. Fabian Brückner\n"
        "Brückner Executive Search GmbH · Neuer Wall 30 · 20354 Hamburg\n"
    ),
))

_ow_status = (
    "Sehr geehrte Frau Kramer,\n\n"
    "ich habe mich Mitte Juni als Referentin Finanzbuchhaltung beworben. Zwischenzeitlich "
    "habe ich leider von zwei anderen Unternehmen eine Absage bekommen, daher wollte ich "
    "nachfragen, wie der Stand bei Ihnen ist.\n\n"
    "Viele Grüße\nIngrid Vasquez-Halvorsen"
)
add(M(
    kind="interview_invitation", name="ostwind_reply_chain_invite", lang="de",
    company="Ostwind Energie", contact="s.kramer@ostwind-energie.example.de",
    frm=("Sabine Kramer", "s.kramer@ostwind-energie.example.de"),
    subject="AW: Stand meiner Bewerbung", date="2026-07-14 14:26",
    id="ow-invite", reply=["ow-status"],
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "danke für Ihre Geduld und Ihre Nachfrage – das tut mir leid mit den anderen "
        "Unternehmen, aber bei uns sieht es gut aus.\n\n"
        "Unser Leiter Rechnungswesen, Herr Thode, möchte Sie gern kennenlernen. Wie wäre es mit "
        "Dienstag, 21. Juli, 9:30 Uhr, hier bei uns in der Osterstraße 51 in Hannover? Geplant "
        "ist eine Stunde.\n\n"
        "Freundliche Grüße\n"
        "Sabine Kramer\n"
        "Personalabteilung · Ostwind Energie GmbH\n"
        "Osterstraße 51 · 30159 Hannover · Tel. 0511 5550 7120\n\n"
        + schrieb_de("Mo., 13. Juli 2026 um 21:09", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote(_ow_status) + "\n"
    ),
))

_dg = [
    "Hallo Ingrid,",
    "danke für Ihre Bewerbung als Referent/in Kreditorenmanagement bei Deichgraf Logistik.",
    "Wir laden Sie zu einem Video-Interview mit Kerstin Mählmann (Personal) und Thomas Witte "
    "(Leitung Finanzen) ein: Montag, 13. April 2026, 10:00 Uhr.",
    "Über den Button gelangen Sie zum Video-Raum; er ist ab 9:50 Uhr geöffnet. Bitte testen Sie "
    "vorab Kamera und Mikrofon.",
    "Viele Grüße\nIhr Deichgraf-Recruiting-Team",
]
add(M(
    kind="interview_invitation", name="smartrecruiters_deichgraf_video", lang="de",
    company="Deichgraf Logistik", contact="k.maehlmann@deichgraf-logistik.example.de",
    frm=("Deichgraf Logistik", "noreply@smartrecruiters.com"),
    reply_to=("Kerstin Mählmann", "k.maehlmann@deichgraf-logistik.example.de", "utf-8:B"),
    subject="Einladung zum Video-Interview – Referent/in Kreditorenmanagement",
    date="2026-04-08 10:00", tz="+0000", id="dg-invite",
    text=plain(_dg),
    html=ats_card("Deichgraf Logistik", _dg, accent="#1b5e20",
                  button=("Zum Video-Raum",
                          "https://www.smartrecruiters.com/video/deichgraf/9f31c2"),
                  footer=["Deichgraf Logistik GmbH & Co. KG · Bremen",
                          "Powered by SmartRecruiters"]),
))

add(M(
    kind="interview_invitation", name="speicherstadt_onsite_directions", lang="de",
    company="Speicherstadt Hotelbetriebe", contact="ole.harms@speicherstadt-hotels.example.de",
    frm=("Ole Harms", "ole.harms@speicherstadt-hotels.example.de"),
    subject="Ihr Vorstellungsgespräch am Mittwoch, 1. Juli", date="2026-06-22 09:05",
    id="ss-invite",
    text=(
        "Guten Tag Frau Vasquez-Halvorsen,\n\n"
        "herzlichen Dank für Ihre Bewerbung als Buchhalterin für unsere drei Häuser. Ich möchte "
        "Sie gern zu einem Gespräch einladen:\n\n"
        "Mittwoch, 1. Juli 2026, 15:00 Uhr\n"
        "Hotel Kehrwieder, Kehrwieder 6, 20457 Hamburg – Verwaltung im 1. Stock\n\n"
        "Anfahrt: U3 bis Baumwall, dann fünf Minuten zu Fuß über die Kehrwiederspitze. Melden "
        "Sie sich an der Rezeption, man bringt Sie zu mir.\n\n"
        "Ich freue mich auf unser Gespräch.\n\n"
        "Ole Harms\n"
        "Leitung Finanzen\n"
        "Speicherstadt Hotelbetriebe GmbH\n"
        "Tel. 040 5550 6677\n"
    ),
))

# --- English (7)

_ny = [
    "Hi Ingrid,",
    "Thanks for applying for the Accounts Payable Coordinator role at Nyhavn Hotels Group. "
    "I'd love to set up a 30-minute phone screen to hear more about your background.",
    "Please pick a time that works for you using the link below - I've opened slots on "
    "Monday 16 and Tuesday 17 February.",
    "Talk soon,\nMette Lund\nTalent Partner, Nyhavn Hotels Group",
]
add(M(
    kind="interview_invitation", name="greenhouse_nyhavn_phone_screen", lang="en",
    company="Nyhavn Hotels", contact="mette.lund@nyhavnhotels.example.dk",
    frm=("Mette Lund via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Mette Lund", "mette.lund@nyhavnhotels.example.dk"),
    subject="Phone screen: Accounts Payable Coordinator at Nyhavn Hotels Group",
    date="2026-02-09 15:20", id="ny-invite", reply=["ny-ack"],
    text=plain(_ny) + "\nSchedule: https://app.greenhouse.io/scheduling/nyhavn/7a2e91\n",
    html=ats_card("Nyhavn Hotels Group", _ny, accent="#0f3b57", lang="en",
                  button=("Choose a time", "https://app.greenhouse.io/scheduling/nyhavn/7a2e91"),
                  footer=["Powered by Greenhouse"]),
))

_mv_org = ("Joost Verbeek", "j.verbeek@maasbulk.example.nl")
_mv = [
    "Dear Ingrid,",
    "Thank you for your application for AP Team Lead. We would like to invite you to a panel "
    "interview at our office in Rotterdam.",
    "Date: Tuesday 14 April 2026, 13:00-14:30\n"
    "Location: Europaweg 900, 3199 LC Rotterdam (Maasvlakte), reception building A",
    "The panel will consist of myself, our Group Controller Eline Bakker and Rutger Smit from "
    "HR. We will ask you to present a short case on reducing late-payment penalties (10 "
    "minutes, no slides required).",
    "Please accept the calendar invitation to confirm. Parking is available at the gate.",
    "Best regards,\nJoost Verbeek\nFinance Director, Maasvlakte Bulk Carriers B.V.",
]
add(M(
    kind="interview_invitation", name="maasvlakte_panel_ics", lang="en",
    company="Maasvlakte Bulk Carriers", contact="j.verbeek@maasbulk.example.nl",
    frm=_mv_org, subject="Invitation: Panel interview AP Team Lead",
    date="2026-04-07 16:44", id="mv-invite",
    text=plain(_mv), html=outlook_html(_mv, lang="EN-GB", charset="utf-8"),
    atts=[ics("REQUEST", "mvbc-apteamlead-0414@maasbulk.example.nl",
              "Panel interview AP Team Lead - Ingrid Vasquez-Halvorsen",
              "2026-04-14 13:00", "2026-04-14 14:30", organizer=_mv_org,
              location="Europaweg 900, Rotterdam, building A", tzid="Europe/Amsterdam")],
))

_lg = [
    "Hi Ingrid,",
    "Great news - the team at Ledgerly would like to move you forward to a first interview for "
    "the Finance Operations Associate role.",
    "The conversation will be 45 minutes on Google Meet with Karoline Friis (Finance Ops "
    "Lead). Use the button below to book a slot that suits you; the meeting link is added to "
    "the confirmation automatically.",
    "Looking forward to it!\nThe Ledgerly Talent Team",
]
add(M(
    kind="interview_invitation", name="ashby_ledgerly_booking_link", lang="en",
    company="Ledgerly", contact="",
    frm=("Ledgerly Talent Team", "no-reply@ashbyhq.com"),
    subject="Let's schedule your interview with Ledgerly", date="2026-06-08 10:30",
    tz="+0000", id="lg-invite", reply=["lg-ack"],
    html=ats_card("Ledgerly", _lg, accent="#5b21b6", lang="en",
                  button=("Book your interview", "https://jobs.ashbyhq.com/ledgerly/schedule/f3e1"),
                  footer=["Ledgerly ApS · Copenhagen", "Sent via Ashby"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="interview_invitation", name="harbourline_client_dockside", lang="en",
    company="Dockside Mutual", contact="sanne.degroot@harbourline.example.nl",
    frm=("Sanne de Groot | Harbourline Staffing", "sanne.degroot@harbourline.example.nl"),
    subject="Interview with Dockside Mutual - Friday 10 July", date="2026-07-06 11:55",
    id="hl-invite", reply=["hl-reg"],
    text=(
        "Hi Ingrid,\n\n"
        "Dockside Mutual would like to meet you for the Accounts Payable Officer role we "
        "discussed! Details:\n\n"
        "When: Friday 10 July, 10:00-11:00\n"
        "Where: Dockside Mutual, Boompjes 420, Rotterdam - ask for Femke Jansen at reception\n"
        "Who: Femke Jansen (AP Manager) and Bas Kuipers (HR Business Partner)\n\n"
        "They're an insurer for inland shipping, so your hotel night audit background is a talking "
        "point rather than a problem - lean into the reconciliations. I'll send you a short prep "
        "sheet tomorrow.\n\n"
        "Can you confirm you're available?\n\n"
        "Cheers,\n"
        "Sanne de Groot\n"
        "Senior Consultant Finance & Accounting\n"
        "Harbourline Staffing B.V. | +31 10 555 0442\n"
    ),
))

add(M(
    kind="interview_invitation", name="oresund_free_thursday", lang="en",
    company="Øresund Line", contact="anders.holm@oresundline.example.dk",
    frm=("Anders Holm", "anders.holm@oresundline.example.dk"),
    subject="Finance Ops role - chat this week?", date="2026-03-04 08:37",
    id="os-invite", reply=["os-ack"],
    text=(
        "Hi Ingrid,\n\n"
        "I'm the hiring manager for the Finance Operations Specialist role you applied for. "
        "Are you free Thursday (12 March) for a chat? Something like 14:00 CET on Teams, "
        "45 minutes - nothing formal, I'd just like to hear how you run a night audit and tell "
        "you a bit about our ferries.\n\n"
        "If Thursday doesn't work, suggest a time and I'll make it work.\n\n"
        "Best,\nAnders\n\n"
        "Anders Holm | Head of Finance Operations | Øresund Line A/S\n"
    ),
))

_vl = [
    "Dear Ingrid,",
    "Thank you for your application. We'd like to invite you to an assessment afternoon at our "
    "office: a 60-minute Excel exercise (supplier statement reconciliation, three-way match) "
    "followed by a conversation with our AP team.",
    "Date: Thursday 11 June 2026, 13:30\n"
    "Address: Van der Linde Accountants, Westersingel 44, 3014 GT Rotterdam",
    "Please bring your own laptop if you prefer; otherwise we'll provide one.",
    "Kind regards,\nPieter van der Linde\nPartner\nVan der Linde Accountants\n+31 10 555 0907",
    "This message is confidential and may be privileged. If you are not the intended recipient, "
    "please notify us and delete it. Van der Linde Accountants B.V. is registered with the "
    "Chamber of Commerce under number 55501234.",
]
add(M(
    kind="interview_invitation", name="vanderlinde_assessment_afternoon", lang="en",
    company="Van der Linde Accountants", contact="pieter@vanderlinde.example.nl",
    frm=("Pieter van der Linde", "pieter@vanderlinde.example.nl"),
    subject="Assessment afternoon - Accounts Payable", date="2026-06-03 14:15",
    id="vl-invite", text=plain(_vl),
))

_nv = [
    "Dear Ingrid,",
    "Thank you for your application for Finance Operations Analyst. We are pleased to invite "
    "you to an interview with the hiring manager, Sigrid Bech.",
    "Date and time: Monday 3 August 2026, 09:00-09:45 (CEST)\n"
    "Format: Microsoft Teams - the link is included below",
    "Please join a few minutes early so that we can start on time.",
    "Kind regards,\nNordvik Insurance Talent Acquisition",
]
add(M(
    kind="interview_invitation", name="smartrecruiters_nordvik_teams", lang="en",
    company="Nordvik Insurance", contact="sigrid.bech@nordvik.example.dk",
    frm=("Nordvik Insurance", "noreply@smartrecruiters.com"),
    reply_to=("Sigrid Bech", "sigrid.bech@nordvik.example.dk"),
    subject="Interview invitation: Finance Operations Analyst",
    date="2026-07-27 07:50", tz="+0000", id="nv-invite", reply=["nv-ack"],
    text=plain(_nv) + "\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NV0803\n",
    html=ats_card("Nordvik Insurance", _nv, accent="#3b2f73", lang="en",
                  button=("Join on Teams",
                          "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NV0803"),
                  footer=["Nordvik Insurance A/S · Havneholmen 8 · Copenhagen"]),
))

# --- French (3)

_bf_org = ("Claire Vandamme", "claire.vandamme@beffroi-assurances.example.fr")
_bf = [
    "Bonjour Madame Vasquez-Halvorsen,",
    "Suite à votre candidature au poste de gestionnaire comptabilité fournisseurs, nous avons "
    "le plaisir de vous convier à un entretien.",
    "Date : jeudi 19 mars 2026 à 10h00\n"
    "Lieu : Assurances Beffroi, 12 place du Théâtre, 59800 Lille (accueil, 3e étage)",
    "Vous rencontrerez Monsieur Duhamel, responsable comptable, et moi-même. Merci de nous "
    "confirmer votre présence en acceptant l'invitation ci-jointe.",
    "Bien cordialement,\nClaire Vandamme\nChargée de recrutement\nAssurances Beffroi",
]
add(M(
    kind="interview_invitation", name="beffroi_entretien_ics", lang="fr",
    company="Assurances Beffroi", contact="claire.vandamme@beffroi-assurances.example.fr",
    frm=_bf_org, subject="Convocation à un entretien – Gestionnaire comptabilité fournisseurs",
    subj_enc="utf-8:B", date="2026-03-10 15:02", id="bf-invite", reply=["bf-ack"],
    text=plain(_bf), html=outlook_html(_bf, lang="FR", charset="utf-8"),
    atts=[ics("REQUEST", "beffroi-entretien-IVH-0319@beffroi-assurances.example.fr",
              "Entretien – Ingrid Vasquez-Halvorsen", "2026-03-19 10:00", "2026-03-19 11:00",
              organizer=_bf_org, location="12 place du Théâtre, Lille, 3e étage",
              tzid="Europe/Paris")],
))

add(M(
    kind="interview_invitation", name="flandres_entretien_telephonique", lang="fr",
    company="Groupe Hôtelier Flandres", contact="m.lefebvre@flandres-hotels.example.fr",
    frm=("Mathilde Lefebvre", "m.lefebvre@flandres-hotels.example.fr"),
    subject="Votre candidature - échange téléphonique", date="2026-06-15 10:12",
    id="fl-invite", charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Bonjour Madame Vasquez-Halvorsen,\n\n"
        "Votre candidature au poste de comptable fournisseurs pour notre siège lillois a retenu "
        "notre attention. Je vous propose un premier échange téléphonique d'une trentaine de "
        "minutes le jeudi 25 juin à 11h00.\n\n"
        "Pourriez-vous me confirmer ce créneau et le numéro auquel vous joindre ?\n\n"
        "Bien à vous,\n"
        "Mathilde Lefebvre\n"
        "Responsable ressources humaines\n"
        "Groupe Hôtelier Flandres - 27 boulevard Carnot, 59000 Lille\n"
    ),
))

add(M(
    kind="interview_invitation", name="alsaceplus_client_brasseries", lang="fr",
    company="Brasseries de l'Ill", contact="thomas.weber@alsaceplus.example.fr",
    frm=("Thomas Weber", "thomas.weber@alsaceplus.example.fr"),
    subject="Entretien chez notre client Brasseries de l'Ill", date="2026-09-01 16:30",
    id="ap-invite", reply=["ap-reg"],
    text=(
        "Bonjour Ingrid,\n\n"
        "Bonne nouvelle : notre client Brasseries de l'Ill souhaite vous rencontrer pour la "
        "mission de comptable fournisseurs (CDD de 9 mois, possibilité de CDI).\n\n"
        "Rendez-vous le mardi 8 septembre à 14h30, 3 rue du Houblon, 67200 Strasbourg. Vous "
        "serez reçue par Madame Schaller, responsable administrative et financière.\n\n"
        "Je vous appelle demain pour préparer l'entretien ensemble.\n\n"
        "Thomas Weber\n"
        "Chargé de recrutement - Intérim Alsace Plus\n"
        "18 rue du Vieux-Marché-aux-Poissons, 67000 Strasbourg\n"
        "03 88 55 50 61\n"
    ),
))

# --- Spanish (3)

_al_org = ("Carmen Ortega", "carmen.ortega@alboran-hoteles.example.es")
_al = [
    "Hola Ingrid:",
    "Gracias por tu interés en el puesto de Técnica de Cuentas a Pagar en Hoteles Costa "
    "Alborán. Nos gustaría conocerte en una entrevista.",
    "Fecha: martes 28 de abril de 2026, a las 10:00\n"
    "Lugar: Oficinas centrales, Paseo Marítimo Pablo Ruiz Picasso 14, 29016 Málaga",
    "Estarán Carmen Ortega (Selección) y Javier Luque (Jefe de Administración). Te adjuntamos la "
    "convocatoria para tu calendario.",
    "Un saludo,\nCarmen Ortega\nHoteles Costa Alborán",
]
add(M(
    kind="interview_invitation", name="alboran_entrevista_ics", lang="es",
    company="Hoteles Costa Alborán", contact="carmen.ortega@alboran-hoteles.example.es",
    frm=("Hoteles Costa Alborán", "no-reply@teamtailor-mail.com", "utf-8:Q"),
    reply_to=_al_org,
    subject="Entrevista – Técnica de Cuentas a Pagar", subj_enc="utf-8:Q",
    date="2026-04-21 12:45", id="al-invite", reply=["al-ack"],
    text=plain(_al),
    html=ats_card("Hoteles Costa Alborán", _al, accent="#d35400", lang="es",
                  footer=["Enviado con Teamtailor"]),
    atts=[ics("REQUEST", "tt-al-0428-ivh@teamtailor-mail.com", "Entrevista Hoteles Costa Alborán",
              "2026-04-28 10:00", "2026-04-28 11:00", organizer=_al_org,
              location="Paseo Marítimo Pablo Ruiz Picasso 14, Málaga", tzid="Europe/Madrid")],
))

add(M(
    kind="interview_invitation", name="naviera_videollamada", lang="es",
    company="Naviera del Estrecho", contact="lucia.serrano@navieraestrecho.example.es",
    frm=("Lucía Serrano", "lucia.serrano@navieraestrecho.example.es", "iso-8859-1:B"),
    subject="Videoentrevista - Técnico/a de Cuentas a Pagar", date="2026-06-08 09:20",
    id="ne-invite",
    text=(
        "Buenos días, Ingrid:\n\n"
        "Hemos revisado tu candidatura y nos gustaría invitarte a una videoentrevista con "
        "Esperanza Ríos, responsable de Tesorería.\n\n"
        "Día: martes 16 de junio\n"
        "Hora: 12:00 (hora peninsular)\n"
        "Plataforma: Zoom - https://zoom.us/j/5550162026\n\n"
        "Calcula unos 40 minutos. ¿Me confirmas si te viene bien?\n\n"
        "Saludos cordiales,\n"
        "Lucía Serrano\n"
        "Técnica de Selección · Naviera del Estrecho\n"
        "Muelle de Heredia 2, 29001 Málaga\n"
    ),
))

add(M(
    kind="interview_invitation", name="talentosur_client_bodegas", lang="es",
    company="Bodegas Sierra Blanca", contact="rocio.martin@talentosur.example.es",
    frm=("Rocío Martín | Talento Sur", "rocio.martin@talentosur.example.es", "utf-8:Q"),
    subject="Entrevista con Bodegas Sierra Blanca", date="2026-08-03 13:10",
    id="ts-invite",
    text=(
        "¡Hola Ingrid!\n\n"
        "Bodegas Sierra Blanca quiere hacerte una entrevista para el puesto de administrativa "
        "de proveedores en Ronda. Será por videollamada el jueves 6 de agosto a las 17:00, con "
        "su directora financiera, Inmaculada Vera.\n\n"
        "Te mando el enlace de Teams en cuanto me lo pasen. Están muy interesados en tu "
        "experiencia con cierres diarios de hotel.\n\n"
        "Un abrazo,\n"
        "Rocío Martín\n"
        "Talento Sur ETT · Calle Larios 8, Málaga · 952 55 50 33\n"
    ),
))

# ================================================================= reschedules / cancels (15)

# --- German (7)

add(M(
    kind="interview_reschedule_or_cancel", name="nordlicht_moved_sequence1", lang="de",
    company="Reederei Nordlicht", contact="svenja.petersen@nordlicht-reederei.example.de",
    frm=_nl_org, subject="Aktualisiert: Vorstellungsgespräch – neuer Termin 3. Februar",
    date="2026-01-26 16:44", id="nl-move", reply=["nl-ack", "nl-invite"],
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "leider müssen wir unseren Termin am 29. Januar verlegen: Dr. Johannsen ist an diesem Tag "
        "kurzfristig bei der Jahresabschlussprüfung in Rotterdam gebunden.\n\n"
        "Neuer Termin: Dienstag, 3. Februar 2026, 14:00 bis 15:30 Uhr, gleicher Ort und gleiche "
        "Runde. Die aktualisierte Einladung ist beigefügt – die alte wird damit ersetzt.\n\n"
        "Ich hoffe, das passt Ihnen, und bitte um Entschuldigung für die Umstände.\n\n"
        "Mit freundlichen Grüßen\n"
        "Svenja Petersen\n"
        "Reederei Nordlicht GmbH & Co. KG · Tel. +49 40 5550 8823\n"
    ),
    atts=[ics("REQUEST", "nl-2026-0129-kred@nordlicht-reederei.example.de",
              "Vorstellungsgespräch Ingrid Vasquez-Halvorsen – Kreditoren (verschoben)",
              "2026-02-03 14:00", "2026-02-03 15:30", organizer=_nl_org, sequence=1,
              location="Reederei Nordlicht, Raum 4.12, Große Elbstraße 145, Hamburg")],
))

_lt_mv = [
    "Liebe Frau Vasquez-Halvorsen,",
    "aufgrund einer Terminkollision in unserem Haus müssen wir das Assessment-Center vom "
    "2. Juni auf Dienstag, 9. Juni 2026, verschieben. Uhrzeit (9:00 bis 15:30 Uhr) und Ort "
    "bleiben unverändert.",
    "Bitte bestätigen Sie den neuen Termin über den Button. Sollte er Ihnen nicht möglich "
    "sein, melden Sie sich bitte bei mir, dann finden wir eine Lösung.",
    "Viele Grüße\nNadine Oltmanns\nRecruiting · Leinetal Shared Services",
]
add(M(
    kind="interview_reschedule_or_cancel", name="leinetal_ac_moved", lang="de",
    company="Leinetal Shared Services", contact="nadine.oltmanns@leinetal-ssc.example.de",
    frm=("Leinetal Shared Services", "noreply@softgarden.io"),
    reply_to=("Nadine Oltmanns", "nadine.oltmanns@leinetal-ssc.example.de"),
    subject="Terminänderung: Assessment-Center Specialist Accounts Payable",
    subj_enc="iso-8859-1:Q", date="2026-05-22 11:08", id="lt-move", reply=["lt-invite"],
    text=plain(_lt_mv),
    html=ats_card("Leinetal Shared Services", _lt_mv, accent="#00695c",
                  button=("Neuen Termin bestätigen",
                          "https://leinetal-ssc.softgarden.io/applicant/event/88412/confirm"),
                  footer=["Leinetal Shared Services GmbH · Hannover"]),
    cte="base64",
))

add(M(
    kind="interview_reschedule_or_cancel", name="weser_ems_interviewer_ill", lang="de",
    company="Weser-Ems Assekuranz", contact="henrik.sievers@weser-ems-assekuranz.example.de",
    frm=_we_org, subject="Interview morgen muss leider verschoben werden",
    date="2026-04-27 16:55", id="we-ill", reply=["we-invite"],
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "Herr Rademacher hat sich heute krankgemeldet, daher können wir das Interview morgen um "
        "14:00 Uhr nicht wie geplant führen.\n\n"
        "Ich möchte Ihnen gleich einen Ersatztermin vorschlagen: Dienstag, 5. Mai, 14:00 Uhr, "
        "wieder über Teams. Die Einladung aktualisiere ich, sobald Sie zugestimmt haben.\n\n"
        "Entschuldigen Sie die kurzfristige Änderung.\n\n"
        "Freundliche Grüße\n"
        "Henrik Sievers\n"
        "Weser-Ems Assekuranz VVaG · Personalbetreuung\n"
    ),
))

_ow_org = ("Sabine Kramer", "s.kramer@ostwind-energie.example.de")
add(M(
    kind="interview_reschedule_or_cancel", name="ostwind_method_cancel", lang="de",
    company="Ostwind Energie", contact="s.kramer@ostwind-energie.example.de",
    frm=_ow_org, subject="Abgesagt: Kennenlerngespräch Referentin Finanzbuchhaltung",
    date="2026-07-20 08:03", id="ow-cancel", reply=["ow-status", "ow-invite"],
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "der Termin morgen früh entfällt leider – Herr Thode muss kurzfristig zur "
        "Bankenprüfung nach Frankfurt. Das Gespräch selbst ist nicht vom Tisch: Ich melde mich "
        "bis Ende der Woche mit neuen Terminvorschlägen.\n\n"
        "Freundliche Grüße\n"
        "Sabine Kramer\n"
        "Ostwind Energie GmbH · Personalabteilung\n"
    ),
    atts=[ics("CANCEL", "ow-kennenlernen-20260721@ostwind-energie.example.de",
              "Kennenlerngespräch Referentin Finanzbuchhaltung", "2026-07-21 09:30",
              "2026-07-21 10:30", organizer=_ow_org, sequence=1,
              location="Osterstraße 51, Hannover")],
))

_ek_client = (
    "Hallo Frau Jacobsen,\n\n"
    "wir müssen das Gespräch mit Frau Vasquez-Halvorsen leider vom 17. auf den 19. März "
    "verschieben, gleiche Uhrzeit. Bei uns ist am Dienstag die Quartalsinventur.\n\n"
    "Gruß\nWiebke Gerdes\nLeitung Finanzbuchhaltung, Weserport Logistik"
)
add(M(
    kind="interview_reschedule_or_cancel", name="elbkontor_weserport_moved_fwd", lang="de",
    company="Weserport Logistik", contact="m.jacobsen@elbkontor-personal.example.de",
    frm=("Maike Jacobsen", "m.jacobsen@elbkontor-personal.example.de"),
    subject="WG: Terminverschiebung Gespräch Vasquez-Halvorsen", date="2026-03-12 12:20",
    id="ek-move", reply=["ek-invite"],
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "kleine Änderung, siehe unten: Weserport verschiebt auf Donnerstag, 19. März, wieder "
        "13:00 Uhr. Passt Ihnen das? Dann gebe ich gleich Bescheid.\n\n"
        "Viele Grüße\nMaike Jacobsen\nElbkontor Personal GmbH · 040 5550 3390\n\n"
        + forwarded("de", "Wiebke Gerdes <w.gerdes@weserport.example.de>",
                    "Do., 12. März 2026 um 11:47", "Terminverschiebung Gespräch",
                    "Maike Jacobsen <m.jacobsen@elbkontor-personal.example.de>", _ek_client)
    ),
))

_sp_inv = (
    "Guten Tag Frau Vasquez-Halvorsen,\n\n"
    "nach Ihrem guten Telefoninterview möchten wir Sie zu einem Probearbeitstag in unsere "
    "Kanzlei einladen.\n\n"
    "Termin: Dienstag, 12. Mai 2026, 8:30 Uhr bis ca. 16:00 Uhr\n"
    "Ort: Schwachhauser Heerstraße 101, 28211 Bremen, 2. OG\n\n"
    "Mit freundlichen Grüßen\nMarlene Rieck"
)
_sp_new = [
    "Guten Tag Frau Vasquez-Halvorsen,",
    "wir müssen Ihren Probearbeitstag leider verschieben, da unsere Kollegin aus der "
    "Kreditorenbuchhaltung am 12. Mai im Jahresabschluss eines Mandanten gebunden ist. "
    "Neuer Termin: Dienstag, 19. Mai, 8:30 Uhr, gleiche Adresse.",
    "Freundliche Grüße\nMarlene Rieck\nOffice Management & Personal\nSteinhoff & Partner mbB",
]
_sp_q = outlook_block("de", "Rieck, Marlene <m.rieck@steinhoff-partner.example.de>",
                      "Mittwoch, 29. April 2026 10:48", f"'{CANDIDATE_ADDR}'",
                      "Einladung zum Probearbeitstag", _sp_inv, separator=True)
add(M(
    kind="interview_reschedule_or_cancel", name="steinhoff_trial_day_moved_chain", lang="de",
    company="Steinhoff & Partner", contact="m.rieck@steinhoff-partner.example.de",
    frm=("Rieck, Marlene", "m.rieck@steinhoff-partner.example.de"),
    subject="Verschiebung Probearbeitstag", date="2026-05-07 14:03", id="sp-move",
    reply=["sp-invite"], charset="windows-1252", cte="quoted-printable",
    text=plain(_sp_new) + "\n" + _sp_q, html=outlook_html(_sp_new, quoted=_sp_q),
))

_ab_mv = [
    "Hallo Ingrid,",
    "Ihr Interview für die Stelle Finance Operations Associate wurde geändert.",
    "Neuer Termin: Donnerstag, 19. Februar 2026, 16:00 – 16:45 Uhr (MEZ)\n"
    "Vorheriger Termin: Mittwoch, 18. Februar 2026, 11:00 – 11:45 Uhr (MEZ)",
    "Der Teams-Link bleibt gleich. Wenn der neue Termin nicht passt, wählen Sie bitte über "
    "das Kandidatenportal einen anderen.",
    "Talent Acquisition\nAlsterblick Hotels",
]
add(M(
    kind="interview_reschedule_or_cancel", name="workday_alsterblick_changed", lang="de",
    company="Alsterblick Hotels", contact="",
    frm=("Alsterblick Hotels", "alsterblick@myworkday.com"),
    subject="Ihr Interview wurde geändert: Finance Operations Associate",
    subj_enc="iso-8859-1:B", date="2026-02-13 15:31", tz="+0000", id="ab-move",
    reply=["ab-invite"],
    text=plain(_ab_mv),
    html=ats_card("Alsterblick Hotels", _ab_mv, accent="#8a6d3b",
                  footer=["Automatisch generierte Nachricht - bitte nicht antworten."]),
    headers=[("Auto-Submitted", "auto-generated")],
))

# --- English (4)

add(M(
    kind="interview_reschedule_or_cancel", name="maasvlakte_method_cancel", lang="en",
    company="Maasvlakte Bulk Carriers", contact="j.verbeek@maasbulk.example.nl",
    frm=_mv_org, subject="Cancelled: Panel interview AP Team Lead",
    date="2026-04-13 17:48", id="mv-cancel", reply=["mv-invite"],
    text=(
        "Dear Ingrid,\n\n"
        "I'm afraid we have to cancel Tuesday's panel interview at short notice. Please "
        "disregard the calendar invitation - I will come back to you as soon as I can with more "
        "information.\n\n"
        "Best regards,\nJoost Verbeek\n"
    ),
    atts=[ics("CANCEL", "mvbc-apteamlead-0414@maasbulk.example.nl",
              "Panel interview AP Team Lead - Ingrid Vasquez-Halvorsen",
              "2026-04-14 13:00", "2026-04-14 14:30", organizer=_mv_org, sequence=2,
              location="Europaweg 900, Rotterdam, building A", tzid="Europe/Amsterdam")],
))

_lg_mv = [
    "Hi Ingrid,",
    "Your interview with Ledgerly has been rescheduled.",
    "New time: Friday, 12 June 2026, 15:00-15:45 CEST (previously Thursday, 11 June, "
    "10:00-10:45 CEST). Interviewer: Karoline Friis.",
    "The Google Meet link is unchanged. Need a different time? Use the link below.",
    "The Ledgerly Talent Team",
]
add(M(
    kind="interview_reschedule_or_cancel", name="ashby_ledgerly_rescheduled", lang="en",
    company="Ledgerly", contact="",
    frm=("Ledgerly Talent Team", "no-reply@ashbyhq.com"),
    subject="Updated: your interview with Ledgerly", date="2026-06-10 13:12", tz="+0000",
    id="lg-move", reply=["lg-invite"],
    text=plain(_lg_mv) + "\nReschedule: https://jobs.ashbyhq.com/ledgerly/schedule/f3e1/change\n",
    html=ats_card("Ledgerly", _lg_mv, accent="#5b21b6", lang="en",
                  button=("Pick another time",
                          "https://jobs.ashbyhq.com/ledgerly/schedule/f3e1/change"),
                  footer=["Sent via Ashby"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="interview_reschedule_or_cancel", name="oresund_push_to_friday", lang="en",
    company="Øresund Line", contact="anders.holm@oresundline.example.dk",
    frm=("Anders Holm", "anders.holm@oresundline.example.dk"),
    subject="Re: Finance Ops role - chat this week?", date="2026-03-10 19:15",
    id="os-move", reply=["os-invite", "os-yes"],
    text=(
        "Hi Ingrid,\n\n"
        "Sorry to do this - a board meeting landed on Thursday afternoon. Could we push our "
        "chat to Friday 13th, same time (14:00 CET)? Same Teams link.\n\n"
        "Anders\n\n"
        + wrote_en("Wed, 4 Mar 2026 at 21:40", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote("Hi Anders,\n\nThursday at 14:00 works perfectly - looking forward to it.\n\n"
                "Best,\nIngrid") + "\n"
    ),
))

add(M(
    kind="interview_reschedule_or_cancel", name="harbourline_dockside_to_video", lang="en",
    company="Dockside Mutual", contact="sanne.degroot@harbourline.example.nl",
    frm=("Sanne de Groot | Harbourline Staffing", "sanne.degroot@harbourline.example.nl"),
    subject="Change of plan: Dockside Mutual interview now Monday, on video",
    date="2026-07-09 08:20", id="hl-move", reply=["hl-invite"],
    text=(
        "Morning Ingrid,\n\n"
        "Dockside Mutual just called: Femke is stuck in Antwerp until the weekend, so "
        "tomorrow's interview won't happen at Boompjes. They've moved it to Monday 13 July at "
        "10:00 as a video call instead - I'll forward the Teams invite as soon as it arrives.\n\n"
        "Same people, same role, nothing else changes. Sorry for the shuffle!\n\n"
        "Sanne\n"
    ),
))

# --- French (2)

add(M(
    kind="interview_reschedule_or_cancel", name="beffroi_moved_sequence1", lang="fr",
    company="Assurances Beffroi", contact="claire.vandamme@beffroi-assurances.example.fr",
    frm=_bf_org, subject="Mise à jour : Entretien avec Ingrid Vasquez-Halvorsen",
    subj_enc="iso-8859-1:Q", date="2026-03-16 09:25", id="bf-move", reply=["bf-invite"],
    text=(
        "Bonjour Madame Vasquez-Halvorsen,\n\n"
        "Monsieur Duhamel étant retenu par la clôture trimestrielle, nous devons décaler notre "
        "entretien du jeudi 19 mars au lundi 23 mars, toujours à 10h00 et au même endroit.\n\n"
        "Vous trouverez l'invitation mise à jour ci-jointe. Merci de nous confirmer que ce "
        "nouveau créneau vous convient.\n\n"
        "Bien cordialement,\n"
        "Claire Vandamme\n"
        "Assurances Beffroi\n"
    ),
    atts=[ics("REQUEST", "beffroi-entretien-IVH-0319@beffroi-assurances.example.fr",
              "Entretien – Ingrid Vasquez-Halvorsen", "2026-03-23 10:00", "2026-03-23 11:00",
              organizer=_bf_org, sequence=1, location="12 place du Théâtre, Lille, 3e étage",
              tzid="Europe/Paris", cte="quoted-printable")],
))

add(M(
    kind="interview_reschedule_or_cancel", name="flandres_cancel_no_rejection", lang="fr",
    company="Groupe Hôtelier Flandres", contact="m.lefebvre@flandres-hotels.example.fr",
    frm=("Mathilde Lefebvre", "m.lefebvre@flandres-hotels.example.fr"),
    subject="Annulation de notre échange du 25 juin", date="2026-06-24 13:40",
    id="fl-cancel", reply=["fl-invite", "fl-yes"],
    text=(
        "Bonjour Madame Vasquez-Halvorsen,\n\n"
        "Je suis contrainte d'annuler notre échange téléphonique prévu demain à 11h00 : une "
        "réorganisation interne est en cours de discussion et concerne directement le poste.\n\n"
        "Votre candidature reste à l'étude. Je reviens vers vous dès que j'y vois plus clair, "
        "au plus tard d'ici deux semaines.\n\n"
        "Avec mes excuses,\n"
        "Mathilde Lefebvre\n"
        "Groupe Hôtelier Flandres\n"
    ),
))

# --- Spanish (2)

add(M(
    kind="interview_reschedule_or_cancel", name="alboran_cambio_de_hora", lang="es",
    company="Hoteles Costa Alborán", contact="carmen.ortega@alboran-hoteles.example.es",
    frm=_al_org, subject="RE: Cambio de fecha de la entrevista", date="2026-04-23 10:18",
    id="al-move", reply=["al-invite", "al-ask"],
    text=(
        "Hola Ingrid:\n\n"
        "Sin problema. Pasamos la entrevista al jueves 30 de abril a las 12:30, en las mismas "
        "oficinas del Paseo Marítimo. Javier también puede a esa hora.\n\n"
        "Te envío la convocatoria actualizada.\n\n"
        "Un saludo,\nCarmen Ortega\nSelección · Hoteles Costa Alborán\n\n"
        + escribio_es("mié, 22 abr 2026 a las 19:04", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote("Hola Carmen:\n\nMuchas gracias por la invitación. El martes 28 tengo turno de "
                "noche hasta las 7:00 y llegar a Málaga a las 10:00 me resulta imposible. "
                "¿Sería posible cambiar la entrevista al jueves 30?\n\nUn saludo,\nIngrid")
        + "\n"
    ),
    atts=[ics("REQUEST", "tt-al-0428-ivh@teamtailor-mail.com", "Entrevista Hoteles Costa Alborán",
              "2026-04-30 12:30", "2026-04-30 13:30", organizer=_al_org, sequence=1,
              location="Paseo Marítimo Pablo Ruiz Picasso 14, Málaga", tzid="Europe/Madrid")],
))

add(M(
    kind="interview_reschedule_or_cancel", name="naviera_entrevistadora_de_baja", lang="es",
    company="Naviera del Estrecho", contact="lucia.serrano@navieraestrecho.example.es",
    frm=("Lucía Serrano", "lucia.serrano@navieraestrecho.example.es", "iso-8859-1:B"),
    subject="Aplazamos la videoentrevista de mañana", date="2026-06-15 17:30",
    id="ne-ill", reply=["ne-invite"], charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Hola Ingrid:\n\n"
        "Esperanza Ríos está de baja desde hoy, así que tenemos que aplazar la videoentrevista de "
        "mañana a las 12:00.\n\n"
        "Te propongo el lunes 22 de junio a la misma hora y con el mismo enlace de Zoom. Si no te "
        "encaja, dime qué franja te va mejor esa semana.\n\n"
        "Disculpa las molestias.\n\n"
        "Lucía Serrano\n"
        "Naviera del Estrecho\n"
    ),
))

# ======================================================================== missed interviews (10)

# --- German (5)

add(M(
    kind="missed_interview_notice", name="hanse_called_twice", lang="de",
    company="Hanse Assekuranz", contact="jana.wiebe@hanse-assekuranz.example.de",
    frm=("Jana Wiebe", "jana.wiebe@hanse-assekuranz.example.de"),
    subject="Telefonat heute", date="2026-02-24 10:31",
    id="ha-missed", reply=["ha-invite", "ha-ask"],
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "ich habe Sie heute um 10:00 Uhr zweimal auf dem Handy angerufen, leider ohne Erfolg – "
        "es ging jeweils nur die Mailbox ran.\n\n"
        "Ist etwas dazwischengekommen? Melden Sie sich gern, wenn Sie weiterhin Interesse haben.\n\n"
        "Viele Grüße\n"
        "Jana Wiebe\n"
        "Hanse Assekuranz AG · Talent Acquisition · +49 40 5550 6120\n"
    ),
))

add(M(
    kind="missed_interview_notice", name="weser_ems_waited_on_teams", lang="de",
    company="Weser-Ems Assekuranz", contact="henrik.sievers@weser-ems-assekuranz.example.de",
    frm=_we_org, subject="Unser Teams-Termin heute um 14 Uhr", date="2026-05-05 14:38",
    id="we-missed", reply=["we-invite", "we-ill"],
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "Herr Rademacher und ich haben heute ab 14:00 Uhr eine gute Viertelstunde im "
        "Teams-Meeting auf Sie gewartet. Leider haben Sie sich nicht eingewählt, und auf meinen "
        "Anruf um 14:10 Uhr hat sich niemand gemeldet.\n\n"
        "Falls es technische Probleme gab, lassen Sie es mich bitte wissen.\n\n"
        "Freundliche Grüße\n"
        "Henrik Sievers\n"
        "Weser-Ems Assekuranz VVaG · Personalbetreuung · 0421 5550 4470\n"
    ),
))

add(M(
    kind="missed_interview_notice", name="brueckner_client_no_show", lang="de",
    company="Hansa Shipmanagement", contact="f.brueckner@brueckner-search.example.de",
    frm=("Dr. Fabian Brückner", "f.brueckner@brueckner-search.example.de", "utf-8:B"),
    subject="Termin bei Hansa Shipmanagement heute 11 Uhr", date="2026-06-18 11:52",
    id="br-missed", reply=["br-invite"],
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "Frau Lüdemann hat mich eben angerufen: Sie waren zum vereinbarten Gespräch um 11:00 Uhr "
        "nicht bei Hansa Shipmanagement, und am Empfang lag auch keine Nachricht vor. Ich habe "
        "Sie seitdem zweimal auf dem Mobiltelefon zu erreichen versucht.\n\n"
        "Bitte rufen Sie mich so bald wie möglich zurück, damit ich meinem Mandanten eine "
        "Erklärung geben kann.\n\n"
        "Mit besten Grüßen\n"
        "Dr. Fabian Brückner\n"
        "Brückner Executive Search · +49 40 5550 9901\n"
    ),
))

add(M(
    kind="missed_interview_notice", name="lindholm_registration_no_show", lang="de",
    company="Lindholm Personaldienste", contact="j.osterloh@lindholm-personal.example.de",
    frm=("Jannik Osterloh", "j.osterloh@lindholm-personal.example.de"),
    subject="Ihr Kennenlerntermin bei uns", date="2026-04-23 16:10",
    id="lh-missed", reply=["lh-reg"], charset="iso-8859-1", cte="8bit",
    text=(
        "Moin Frau Vasquez-Halvorsen,\n\n"
        "heute um 14:30 Uhr waren wir zum persönlichen Kennenlernen in unserer Filiale am "
        "Bahnhofsplatz verabredet. Leider sind Sie nicht gekommen, und telefonisch habe ich Sie "
        "auch nicht erreicht.\n\n"
        "Ohne das Gespräch kann ich Sie unseren Kunden nicht vorstellen. Wenn Sie weiterhin "
        "Interesse haben, rufen Sie mich einfach an.\n\n"
        "Beste Grüße\n"
        "Jannik Osterloh\n"
        "Lindholm Personaldienste GmbH · Bahnhofsplatz 12 · 28195 Bremen\n"
        "T +49 421 5550 7780\n"
    ),
))

add(M(
    kind="missed_interview_notice", name="deichgraf_video_not_joined", lang="de",
    company="Deichgraf Logistik", contact="k.maehlmann@deichgraf-logistik.example.de",
    frm=("Kerstin Mählmann", "k.maehlmann@deichgraf-logistik.example.de", "iso-8859-1:Q"),
    subject="Video-Interview heute 10:00 Uhr", date="2026-04-13 10:41",
    id="dg-missed", reply=["dg-invite"],
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "Herr Witte und ich waren heute um 10:00 Uhr im Video-Raum, Sie haben sich aber nicht "
        "dazugeschaltet. Nach 20 Minuten haben wir den Raum geschlossen.\n\n"
        "Viele Grüße\n"
        "Kerstin Mählmann\n"
        "Personalreferentin · Deichgraf Logistik · Tel. +49 421 5550 3312\n"
    ),
))

# --- English (3)

add(M(
    kind="missed_interview_notice", name="nyhavn_tried_calling", lang="en",
    company="Nyhavn Hotels", contact="mette.lund@nyhavnhotels.example.dk",
    frm=("Mette Lund", "mette.lund@nyhavnhotels.example.dk"),
    subject="Our call this morning", date="2026-02-16 10:24",
    id="ny-missed", reply=["ny-invite"],
    text=(
        "Hi Ingrid,\n\n"
        "I tried calling you twice at 10:00 CET for our phone screen but couldn't reach you, and "
        "I left a voicemail.\n\n"
        "Let me know if something came up.\n\n"
        "Best,\nMette Lund\nTalent Partner · Nyhavn Hotels Group · +45 55 50 33 10\n"
    ),
))

add(M(
    kind="missed_interview_notice", name="nordvik_waited_on_teams", lang="en",
    company="Nordvik Insurance", contact="sigrid.bech@nordvik.example.dk",
    frm=("Sigrid Bech", "sigrid.bech@nordvik.example.dk"),
    subject="Missed you this morning", date="2026-08-03 09:31",
    id="nv-missed", reply=["nv-invite"],
    text=(
        "Dear Ingrid,\n\n"
        "We waited on Teams from 09:00 to 09:20 this morning but you didn't join the call, and "
        "I couldn't reach you on the number in your application.\n\n"
        "Please let me know what happened.\n\n"
        "Kind regards,\n"
        "Sigrid Bech\n"
        "Head of Finance Operations\n"
        "Nordvik Insurance A/S\n"
        "Havneholmen 8, 1561 Copenhagen V\n\n"
        "This e-mail may contain confidential information. If you have received it in error, "
        "please notify the sender and delete it.\n"
    ),
    html=outlook_html([
        "Dear Ingrid,",
        "We waited on Teams from 09:00 to 09:20 this morning but you didn't join the call, and "
        "I couldn't reach you on the number in your application.",
        "Please let me know what happened.",
        "Kind regards,\nSigrid Bech\nHead of Finance Operations\nNordvik Insurance A/S\n"
        "Havneholmen 8, 1561 Copenhagen V",
        "This e-mail may contain confidential information. If you have received it in error, "
        "please notify the sender and delete it."], lang="EN-US", charset="utf-8"),
))

add(M(
    kind="missed_interview_notice", name="vanderlinde_expected_at_office", lang="en",
    company="Van der Linde Accountants", contact="pieter@vanderlinde.example.nl",
    frm=("Pieter van der Linde", "pieter@vanderlinde.example.nl"),
    subject="Assessment afternoon - today 13:30", date="2026-06-11 14:20",
    id="vl-missed", reply=["vl-invite"],
    text=(
        "Dear Ingrid,\n\n"
        "We expected you at our office at 13:30 today for the assessment afternoon. The "
        "exercise was set up and the team was ready, but you did not arrive and we haven't heard "
        "from you.\n\n"
        "Kind regards,\nPieter van der Linde\nVan der Linde Accountants\n"
    ),
))

# --- French (1)

add(M(
    kind="missed_interview_notice", name="rhenane_injoignable", lang="fr",
    company="Rhénane de Navigation", contact="a.muller@rhenane.example.fr",
    frm=("Aurélie Muller", "a.muller@rhenane.example.fr", "iso-8859-1:Q"),
    subject="Entretien téléphonique de 14h00", subj_enc="iso-8859-1:Q",
    date="2026-09-29 14:35",
    text=(
        "Bonjour Madame Vasquez-Halvorsen,\n\n"
        "Nous avions rendez-vous aujourd'hui à 14h00 pour l'entretien téléphonique concernant le "
        "poste de comptable fournisseurs. J'ai essayé de vous joindre à deux reprises, sans "
        "succès, et je vous ai laissé un message vocal.\n\n"
        "N'hésitez pas à me recontacter si vous êtes toujours intéressée.\n\n"
        "Aurélie Muller\n"
        "Ressources humaines - Rhénane de Navigation\n"
        "Port autonome, 25 rue du Havre, 67100 Strasbourg\n"
    ),
))

# --- Spanish (1)

add(M(
    kind="missed_interview_notice", name="talentosur_no_te_conectaste", lang="es",
    company="Bodegas Sierra Blanca", contact="rocio.martin@talentosur.example.es",
    frm=("Rocío Martín | Talento Sur", "rocio.martin@talentosur.example.es", "utf-8:Q"),
    subject="¿Qué ha pasado con la entrevista?", date="2026-08-06 17:40",
    id="ts-missed", reply=["ts-invite"],
    text=(
        "Hola Ingrid:\n\n"
        "Me acaba de llamar Inmaculada, de Bodegas Sierra Blanca: no te conectaste a la "
        "videollamada de las 17:00. Te estuvieron esperando un cuarto de hora.\n\n"
        "Te he llamado al móvil pero no lo coges. ¿Va todo bien? Dime algo en cuanto puedas.\n\n"
        "Rocío\n"
        "Talento Sur ETT · 952 55 50 33\n"
    ),
))
