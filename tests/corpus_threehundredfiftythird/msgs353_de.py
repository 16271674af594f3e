"""German job mail (Köln): Kinderbuchverlag Rabenfeder, Spielwerk Lernspielzeug,
Bibliotheksverbund Rheinufer, Kessler & Roth (Eulenflug Verlag and an unnamed client),
Buchhandlung Kapitelweise, Übersetzungsbüro Wortbrücke."""

from __future__ import annotations

from msgs353_common import CAND, CAND_SIG_DE, Spec, m

SABINE = ("Sabine Hollmann", "s.hollmann@rabenfeder.example.de")
JONAS = ("Jonas Wirtz", "jonas.wirtz@spielwerk.example.de")
HEIKE = ("Heike Brandt", "heike.brandt@kessler-roth.example.de")
ANKE = ("Anke Dörfler", "anke.doerfler@kapitelweise.example.de")
MILA = ("Mila Kovačević", "kovacevic@wortbruecke.example.de")

KESSLER_SIG = (
    "Heike Brandt\nSenior Beraterin Verlage & Medien\nKessler & Roth Personalberatung\n"
    "Hohenzollernring 58, 50672 Köln\nTel. +49 221 588 310-14\n\n"
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
    "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n"
)
RABEN_ICS = {"uid": "softgarden-88412-rabenfeder@rabenfeder.example.de", "tz": "Europe/Berlin",
             "summary": "Vorstellungsgespräch Marisol Etxeberria Quaye (Lektoratsassistenz)",
             "location": "Rabenfeder Verlag, Aachener Straße 211, 50931 Köln",
             "organizer": SABINE}
WORT_ICS = {"uid": "wortbruecke-probe-2026-07@wortbruecke.example.de", "tz": "Europe/Berlin",
            "summary": "Probeübersetzung + Gespräch (Video)", "location": "Jitsi",
            "organizer": MILA}

SPECS: list[Spec] = [
    # ---------------------------------------------------------------- Rabenfeder
    m("raben_ack", "application_received", "de",
      ("Kinderbuchverlag Rabenfeder", "noreply@softgarden.io"),
      "Ihre Bewerbung als Lektoratsassistenz (m/w/d) Kinder- und Jugendbuch",
      "2026-03-02 10:41 +0000",
      "Sehr geehrte Frau Etxeberria Quaye,\n\n"
      "vielen Dank für Ihre Bewerbung und Ihr Interesse am Kinderbuchverlag Rabenfeder. "
      "Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
      "Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen "
      "bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Rabenfeder-Team\n\n"
      "Diese Nachricht wurde automatisch erstellt.\n",
      company="Kinderbuchverlag Rabenfeder", fmt="alt", cte="quoted-printable"),
    m("raben_invite", "interview_invitation", "de", SABINE,
      "Einladung zum Vorstellungsgespräch", "2026-03-18 14:20 +0100",
      "Sehr geehrte Frau Etxeberria Quaye,\n\n"
      "Ihre Bewerbung hat uns sehr gefreut, und wir möchten Sie gerne persönlich "
      "kennenlernen. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, "
      "31. März 2026, um 11:00 Uhr in unseren Verlagsräumen in Köln-Braunsfeld ein.\n\n"
      "Alternativ ist ein Gespräch per Video möglich, falls die Anreise aus Spanien zu "
      "aufwendig ist. Eine Kalendereinladung ist beigefügt.\n\n"
      "Mit freundlichen Grüßen\nSabine Hollmann\nProgrammleitung Kinderbuch\n"
      "Kinderbuchverlag Rabenfeder GmbH · Aachener Straße 211 · 50931 Köln\n"
      "Geschäftsführerin: Ulrike Rabe · Amtsgericht Köln HRB 00000\n",
      company="Kinderbuchverlag Rabenfeder", contact=SABINE[1], fmt="alt",
      charset="iso-8859-1", cte="quoted-printable", hdr=("q", "iso-8859-1"),
      ics={**RABEN_ICS, "method": "REQUEST", "start": "20260331T110000",
           "end": "20260331T120000", "seq": 0}),
    m("raben_moved", "interview_reschedule_or_cancel", "de", SABINE,
      "Aktualisiert: Vorstellungsgespräch Marisol Etxeberria Quaye", "2026-03-25 09:03 +0100",
      "Liebe Frau Etxeberria Quaye,\n\n"
      "leider müssen wir unser Gespräch verschieben, da unsere Verlegerin kurzfristig nach "
      "Bologna reisen muss. Ich habe den Termin auf Donnerstag, 9. April, 11:00 Uhr verlegt "
      "und hoffe, das passt Ihnen. Die aktualisierte Einladung hängt an.\n\n"
      "Viele Grüße\nSabine Hollmann\n",
      company="Kinderbuchverlag Rabenfeder", contact=SABINE[1], parent="raben_invite",
      quote="reply", charset="iso-8859-1", cte="8bit", hdr=("b", "iso-8859-1"),
      ics={**RABEN_ICS, "method": "REQUEST", "start": "20260409T110000",
           "end": "20260409T120000", "seq": 1}),
    m("raben_own_ok", "other", "de", CAND,
      "Re: Aktualisiert: Vorstellungsgespräch Marisol Etxeberria Quaye",
      "2026-03-25 12:30 +0100",
      "Liebe Frau Hollmann,\n\nvielen Dank, der 9. April passt mir sehr gut. Ich komme gerne "
      "nach Köln.\n\n" + CAND_SIG_DE,
      to=SABINE, parent="raben_moved", quote="reply", qlang="de"),
    m("raben_no", "rejection", "de", SABINE,
      "Ihre Bewerbung bei Rabenfeder", "2026-04-22 15:17 +0200",
      "Liebe Frau Etxeberria Quaye,\n\n"
      "nochmals herzlichen Dank für das angenehme Gespräch und Ihre Zeit. Wir haben uns die "
      "Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin entschieden, "
      "die bereits Erfahrung im Lektorat eines deutschsprachigen Verlags mitbringt.\n\n"
      "Wir wünschen Ihnen für Ihren Weg in die Verlagswelt alles Gute.\n\n"
      "Herzliche Grüße\nSabine Hollmann\n",
      company="Kinderbuchverlag Rabenfeder", contact=SABINE[1], fmt="alt", cte="base64"),
    # ---------------------------------------------------------------- Spielwerk
    m("spielwerk_ack", "application_received", "de",
      ("Spielwerk Lernspielzeug", "noreply@personio.de"),
      "Eingangsbestätigung Ihrer Bewerbung", "2026-05-11 08:02 +0200",
      "Hallo Marisol Etxeberria Quaye,\n\n"
      "vielen Dank für Ihre Bewerbung als Redakteurin für Spielanleitungen & Lernmaterial "
      "(m/w/d). Ihre Unterlagen sind bei uns eingegangen.\n\n"
      "Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit dauern kann.\n\n"
      "Viele Grüße\nIhr Spielwerk-Team\n",
      company="Spielwerk Lernspielzeug", fmt="alt", cte="base64"),
    m("spielwerk_invite", "interview_invitation", "de", JONAS,
      "Kennenlernen per Video?", "2026-05-19 16:34 +0200",
      "Hallo Marisol,\n\n"
      "bei uns duzen sich alle, ich hoffe, das ist okay! Deine Bewerbung hat uns neugierig "
      "gemacht - vor allem die Brettspiele, die du mit deinen Kita-Kindern entwickelt hast.\n\n"
      "Hast du Lust auf ein erstes Kennenlernen per Video (ca. 30 Min.)? Vorschlag: Mittwoch, "
      "27. Mai, 15:00 Uhr. Den Link schicke ich dir nach deiner Zusage.\n\n"
      "Beste Grüße\nJonas Wirtz\nPeople & Culture | Spielwerk Lernspielzeug GmbH\n"
      "Vogelsanger Str. 321, 50827 Köln\n",
      company="Spielwerk Lernspielzeug", contact=JONAS[1], fmt="html", cte="quoted-printable"),
    m("spielwerk_missed", "missed_interview_notice", "de", JONAS,
      "Wir haben auf dich gewartet", "2026-05-27 15:25 +0200",
      "Hallo Marisol,\n\n"
      "ich saß um 15:00 Uhr im Video-Call und habe gut 20 Minuten gewartet, aber du bist "
      "leider nicht dazugekommen. Vielleicht ist etwas mit dem Link schiefgelaufen?\n\n"
      "Melde dich gern, wenn du weiterhin Interesse hast.\n\nViele Grüße\nJonas\n",
      company="Spielwerk Lernspielzeug", contact=JONAS[1], cte="8bit"),
    m("spielwerk_own_sorry", "other", "de", CAND,
      "Re: Wir haben auf dich gewartet", "2026-05-27 17:10 +0200",
      "Hallo Jonas,\n\n"
      "es tut mir wirklich leid! Ich hatte 15:00 Uhr spanischer Zeit eingetragen, aber wir "
      "haben ja dieselbe Zeitzone - ich war einfach noch in der Schule, weil eine Mutter ihr "
      "Kind zu spät abgeholt hat. Das ist keine gute Entschuldigung, ich weiß.\n\n"
      "Hättest du noch einmal einen Termin für mich?\n\n" + CAND_SIG_DE,
      to=JONAS, parent="spielwerk_missed", quote="reply", cte="8bit"),
    m("spielwerk_no", "rejection", "de", ("Spielwerk Lernspielzeug", "noreply@personio.de"),
      "Ihre Bewerbung bei Spielwerk Lernspielzeug", "2026-06-08 11:00 +0200",
      "Hallo Marisol Etxeberria Quaye,\n\n"
      "vielen Dank für Ihr Interesse an Spielwerk Lernspielzeug. Leider müssen wir Ihnen "
      "mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren "
      "Profil besser zu den aktuellen Anforderungen passt.\n\n"
      "Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.\n\n"
      "Viele Grüße\nIhr Spielwerk-Team\n",
      company="Spielwerk Lernspielzeug", fmt="alt", cte="base64"),
    # ---------------------------------------------------------------- Bibliotheksverbund Rheinufer
    m("rheinufer_ack", "application_received", "de",
      ("Bibliotheksverbund Rheinufer", "no-reply@successfactors.eu"),
      "Bestätigung: Bewerbung Bibliothekarische Fachkraft Kinderbibliothek (Kennziffer 14/26)",
      "2026-01-26 12:54 +0000",
      "Sehr geehrte Frau Etxeberria Quaye,\n\n"
      "wir bestätigen den Eingang Ihrer Online-Bewerbung auf die Stelle Bibliothekarische "
      "Fachkraft Kinderbibliothek (Kennziffer 14/26).\n\n"
      "Aufgrund der hohen Zahl an Bewerbungen bitten wir um Geduld. Von Rückfragen zum Stand "
      "des Verfahrens bitten wir abzusehen.\n\n"
      "Mit freundlichen Grüßen\nPersonalabteilung\nBibliotheksverbund Rheinufer\n",
      company="Bibliotheksverbund Rheinufer", fmt="html", cte="quoted-printable"),
    m("rheinufer_invite", "interview_invitation", "de",
      ("Bibliotheksverbund Rheinufer", "no-reply@successfactors.eu"),
      "Einladung zum Auswahlgespräch - Kennziffer 14/26", "2026-02-19 09:30 +0000",
      "Sehr geehrte Frau Etxeberria Quaye,\n\n"
      "wir freuen uns, Sie zu einem Auswahlgespräch einzuladen:\n\n"
      "Termin: Montag, 9. März 2026, 13:30 Uhr\nOrt: Zentralbibliothek, Josef-Haubrich-Hof "
      "20, 50676 Köln, Raum 4.12\n\n"
      "Das Gespräch umfasst eine kurze Präsentation (10 Minuten) zum Thema \"Leseförderung "
      "für Kinder mit Deutsch als Zweitsprache\". Bitte bestätigen Sie den Termin bei Frau "
      "Dr. Katrin Vogt.\n\nMit freundlichen Grüßen\nPersonalabteilung\n",
      company="Bibliotheksverbund Rheinufer", contact="katrin.vogt@rheinufer.example.de",
      reply_to=("Dr. Katrin Vogt", "katrin.vogt@rheinufer.example.de"), fmt="alt",
      charset="iso-8859-1", cte="quoted-printable"),
    m("rheinufer_no", "rejection", "de", ("Dr. Katrin Vogt", "katrin.vogt@rheinufer.example.de"),
      "Ihre Bewerbung - Kennziffer 14/26", "2026-03-23 10:05 +0100",
      "Sehr geehrte Frau Etxeberria Quaye,\n\n"
      "vielen Dank für Ihre Teilnahme am Auswahlverfahren. Wir müssen Ihnen leider "
      "mitteilen, dass die Stelle mit einer internen Bewerberin besetzt wurde.\n\n"
      "Ihre Unterlagen werden nach Ablauf der gesetzlichen Fristen gelöscht.\n\n"
      "Mit freundlichen Grüßen\nIm Auftrag\nDr. Katrin Vogt\nLeitung Kinder- und "
      "Jugendbibliotheken\n",
      company="Bibliotheksverbund Rheinufer", contact="katrin.vogt@rheinufer.example.de",
      charset="windows-1252", cte="8bit", hdr=("q", "windows-1252")),
    # ---------------------------------------------------------------- Kessler & Roth
    m("eulenflug_invite", "interview_invitation", "de", HEIKE,
      "Eulenflug Verlag - Gesprächstermin", "2026-06-29 10:15 +0200",
      "Liebe Frau Etxeberria Quaye,\n\n"
      "wie telefonisch besprochen, habe ich Ihr Profil unserem Mandanten, dem Eulenflug "
      "Verlag in Köln-Ehrenfeld, vorgestellt. Die Verlagsleitung möchte Sie gern für die "
      "Position Junior-Lektorin Bilderbuch (Schwerpunkt Übersetzungen aus dem Spanischen) "
      "kennenlernen.\n\n"
      "Termin: Donnerstag, 9. Juli 2026, 10:00 Uhr, per Teams, ca. 60 Minuten.\n\n"
      "Bitte geben Sie mir kurz Bescheid, ob der Termin passt.\n\n" + KESSLER_SIG,
      company="Eulenflug Verlag", contact=HEIKE[1], fmt="alt", charset="windows-1252",
      cte="quoted-printable"),
    m("eulenflug_moved", "interview_reschedule_or_cancel", "de", HEIKE,
      "AW: Eulenflug Verlag - Gesprächstermin", "2026-07-06 13:48 +0200",
      "Liebe Frau Etxeberria Quaye,\n\n"
      "der Eulenflug Verlag bittet darum, das Gespräch vom 9. auf den 14. Juli, 10:00 Uhr, zu "
      "verschieben - die Verlagsleiterin ist auf einer Lesereise. Passt Ihnen das?\n\n"
      + KESSLER_SIG,
      company="Eulenflug Verlag", contact=HEIKE[1], parent="eulenflug_invite",
      quote="outlook", charset="windows-1252", cte="quoted-printable"),
    m("eulenflug_no", "rejection", "de", HEIKE,
      "Rückmeldung Eulenflug Verlag", "2026-07-24 16:02 +0200",
      "Liebe Frau Etxeberria Quaye,\n\n"
      "ich habe heute die Rückmeldung des Eulenflug Verlags erhalten. Man war von Ihrer "
      "Begeisterung sehr angetan, hat sich aber für eine Kandidatin mit muttersprachlichem "
      "Deutsch entschieden, da die Stelle viel Textarbeit an deutschen Übersetzungen "
      "umfasst.\n\n"
      "Ich bedaure das sehr und melde mich, sobald ich ein passendes Mandat habe.\n\n"
      + KESSLER_SIG,
      company="Eulenflug Verlag", contact=HEIKE[1], charset="windows-1252", cte="8bit"),
    m("kessler_missed", "missed_interview_notice", "de", HEIKE,
      "Telefontermin heute 14 Uhr", "2026-09-15 14:20 +0200",
      "Liebe Frau Etxeberria Quaye,\n\n"
      "ich habe Sie heute um 14:00 Uhr wie vereinbart angerufen, um über die Position bei "
      "unserem Mandanten (ein Hersteller von Lernspielen im Rheinland - Name folgt nach dem "
      "Gespräch) zu sprechen, Sie aber leider nicht erreicht. Ich habe Ihnen eine Nachricht "
      "auf der Mailbox hinterlassen.\n\n"
      "Wann darf ich es noch einmal versuchen?\n\n" + KESSLER_SIG,
      company="Kessler & Roth Personalberatung", contact=HEIKE[1], cte="quoted-printable"),
    # ---------------------------------------------------------------- Kapitelweise
    m("kapitelweise_ack", "application_received", "de", ANKE,
      "Ihre Bewerbung ist bei uns angekommen", "2026-04-14 18:12 +0200",
      "Liebe Frau Etxeberria Quaye,\n\n"
      "danke für Ihre Bewerbung als Buchhändlerin für unsere Kinderbuchabteilung in der "
      "Filiale Ehrenstraße. Ihre Unterlagen sind vollständig angekommen. Ich melde mich "
      "nach Ostern, sobald wir alle Bewerbungen gesichtet haben.\n\n"
      "Viele Grüße aus Köln\nAnke Dörfler\nFilialleitung\nBuchhandlung Kapitelweise\n",
      company="Buchhandlung Kapitelweise", contact=ANKE[1], cte="8bit",
      hdr=("q", "utf-8")),
    m("kapitelweise_no", "rejection", "de", ANKE,
      "Re: Ihre Bewerbung ist bei uns angekommen", "2026-05-05 09:44 +0200",
      "Liebe Frau Etxeberria Quaye,\n\n"
      "wir haben alle Bewerbungen gesichtet und uns entschieden, die Stelle vorerst nicht zu "
      "besetzen: Die Filiale Ehrenstraße wird im Sommer umgebaut und die Kinderbuchabteilung "
      "verkleinert. Wir werden Ihre Bewerbung daher nicht weiter berücksichtigen.\n\n"
      "Es tut mir leid, Ihnen nichts Besseres sagen zu können.\n\nAnke Dörfler\n",
      company="Buchhandlung Kapitelweise", contact=ANKE[1], parent="kapitelweise_ack",
      quote="reply", cte="8bit"),
    # ---------------------------------------------------------------- Wortbrücke
    m("wortbruecke_invite", "interview_invitation", "de", MILA,
      "Probeübersetzung und Gespräch", "2026-07-15 11:11 +0200",
      "Hallo Frau Etxeberria Quaye,\n\n"
      "vielen Dank für Ihr Interesse an einer Mitarbeit in unserem Kinderbuch-Team. Wir "
      "würden Sie gern zu einer kurzen Probeübersetzung (Spanisch-Deutsch, ca. 600 Wörter, "
      "60 Minuten) mit anschließendem Gespräch per Video einladen: Dienstag, 21. Juli, "
      "9:00 Uhr. Die Kalendereinladung kommt mit dieser Mail.\n\n"
      "Freundliche Grüße\nMila Kovačević\nÜbersetzungsbüro Wortbrücke, Köln\n",
      company="Übersetzungsbüro Wortbrücke", contact=MILA[1], fmt="alt", hdr=("b", "utf-8"),
      ics={**WORT_ICS, "method": "REQUEST", "start": "20260721T090000",
           "end": "20260721T103000", "seq": 0}),
    m("wortbruecke_cancel", "interview_reschedule_or_cancel", "de", MILA,
      "Abgesagt: Probeübersetzung + Gespräch (Video)", "2026-07-20 08:05 +0200",
      "Hallo Frau Etxeberria Quaye,\n\n"
      "leider muss ich den morgigen Termin absagen - wir haben einen Eilauftrag bekommen, "
      "der das ganze Team bindet. Ich schlage Ihnen in den nächsten Tagen einen neuen "
      "Termin vor.\n\nFreundliche Grüße\nMila Kovačević\n",
      company="Übersetzungsbüro Wortbrücke", contact=MILA[1], hdr=("b", "utf-8"),
      ics={**WORT_ICS, "method": "CANCEL", "start": "20260721T090000",
           "end": "20260721T103000", "seq": 1}),
]
