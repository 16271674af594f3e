"""Corpus 55 data: interview invitations, employer reschedules/cancellations and missed-
interview notices (see make_fiftyfifth.py). Standard library only."""

from __future__ import annotations

from msgs55_common import de_quote, fr_quote, gmail, m

INV = "interview_invitation"
S = "interview_reschedule_or_cancel"
N = "missed_interview_notice"


def _ev(uid: str, start: str, end: str, summary: str, org: str, org_name: str,
        **kw: str) -> dict[str, str]:
    return {"uid": uid, "start": start, "end": end, "summary": summary, "org": org,
            "org_name": org_name, **kw}


MESSAGES = [
    # ---------------------------------------------------------------- invitations, German
    m(INV, "telefoninterview_klinikum", "de",
      "Julia Bremer <julia.bremer@klinikum-osnabrueck-land.example.de>",
      "Ihre Bewerbung als Stationsleitung Geriatrie", "2026-01-14T10:22:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nvielen Dank für Ihre aussagekräftigen "
      "Unterlagen. Wir würden Sie gern in einem ersten Telefoninterview (ca. 30 Minuten) "
      "näher kennenlernen.\n\nWäre Ihnen Donnerstag, der 22. Januar, um 14:00 Uhr oder Freitag, "
      "23. Januar, um 9:30 Uhr recht? Ich rufe Sie dann unter der in Ihrem Lebenslauf "
      "angegebenen Nummer an.\n\nMit freundlichen Grüßen\nJulia Bremer\nPersonalmanagement\n"
      "Klinikum Osnabrücker Land\nTel. 0541 000 2210",
      co="Klinikum Osnabrücker Land", ct="julia.bremer@klinikum-osnabrueck-land.example.de"),
    m(INV, "hospitation_einladung_du", "de", "Svenja Rohde <svenja@ambulanz-nordlicht.example.de>",
      "Lust auf einen Hospitationstag?", "2026-01-21T18:05:00+01:00",
      "Hallo Friederike,\n\ndeine Bewerbung hat uns richtig gefreut! Hast du Lust, mal einen "
      "Tag bei uns im Pflegedienst mitzulaufen? Dann lernst du das Team kennen und wir dich.\n\n"
      "Vorschlag: Mittwoch, 4.2., ab 7 Uhr, Treffpunkt Büro Lindenallee 8. Bring bequeme "
      "Schuhe mit, Dienstkleidung haben wir da.\n\nSag einfach Bescheid, ob's passt!\n"
      "Liebe Grüße\nSvenja\nPflegedienstleitung – Ambulanter Pflegedienst Nordlicht, Bremen",
      co="Ambulanter Pflegedienst Nordlicht", ct="svenja@ambulanz-nordlicht.example.de"),
    m(INV, "personio_videointerview_link", "de",
      "MedFlow Recruiting <recruiting@medflow.jobs.personio.de>",
      "Einladung zum Videointerview – Clinical Application Specialist",
      "2026-02-05T09:48:00+01:00",
      "Hallo Frau Osterhagen-Yılmaz,\n\nwir freuen uns, Sie zum nächsten Schritt einzuladen: "
      "einem 45-minütigen Videointerview mit unserem Teamlead Clinical Applications, "
      "Daniel Roth.\n\nBitte wählen Sie über folgenden Link einen passenden Termin:\n"
      "https://medflow.jobs.personio.de/scheduling/8f1c2a\n\nDas Gespräch findet über "
      "Microsoft Teams statt, den Link erhalten Sie mit der Terminbestätigung.\n\n"
      "Viele Grüße\nLaura Kessler\nPeople & Culture | MedFlow",
      co="MedFlow", ct="laura.kessler@medflow.example.de",
      rt="Laura Kessler <laura.kessler@medflow.example.de>", fmt="alt"),
    m(INV, "vorstellungsgespraech_vor_ort_iso", "de",
      "Sekretariat Pflegedirektion <sek.pflegedirektion@uk-hannover-sued.example.de>",
      "Einladung zum Vorstellungsgespräch", "2026-02-19T11:30:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nim Namen der Pflegedirektorin, Frau Schäfer, "
      "laden wir Sie herzlich zu einem Vorstellungsgespräch für die Position "
      "Pflegeexpertin Qualitätsmanagement ein.\n\nTermin: Dienstag, 03.03.2026, 10:00 Uhr\n"
      "Ort: Verwaltungsgebäude, Haus 2, Raum 2.14\nTeilnehmende: Pflegedirektion, "
      "Stabsstelle QM, Personalrat\n\nBitte bringen Sie Ihre Zeugnisse im Original mit. "
      "Reisekosten können leider nicht erstattet werden.\n\nMit freundlichen Grüßen\n"
      "i. A. Ute Gerdes\nSekretariat Pflegedirektion\nUniversitätsklinikum Hannover-Süd",
      co="Universitätsklinikum Hannover-Süd",
      ct="sek.pflegedirektion@uk-hannover-sued.example.de", cs="iso-8859-1"),
    m(INV, "assessment_center_kasse", "de",
      "Hanseatische Gesundheitskasse <karriere@hansegk.example.de>",
      "Einladung zum Assessment-Center am 17. März", "2026-02-26T14:10:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nherzlichen Glückwunsch – Sie haben die erste "
      "Auswahlstufe für das Traineeprogramm Versorgungsmanagement erfolgreich "
      "abgeschlossen.\n\nWir laden Sie daher zu unserem eintägigen Assessment-Center am "
      "Dienstag, 17.03.2026, 8:30–16:30 Uhr, in unserer Hauptverwaltung Hamburg ein. "
      "Bitte bestätigen Sie Ihre Teilnahme bis zum 6. März über Ihr Bewerberkonto.\n\n"
      "Freundliche Grüße\nIhr Recruiting-Team\nHanseatische Gesundheitskasse",
      co="Hanseatische Gesundheitskasse", ct="karriere@hansegk.example.de", fmt="alt",
      cte="base64"),
    m(INV, "teams_einladung_ics", "de",
      "Dr. Carsten Vogt <carsten.vogt@veltronix.example.com>",
      "Einladung: Fachgespräch Field Clinical Engineer", "2026-03-10T08:15:00+01:00",
      "Hallo Frau Osterhagen-Yılmaz,\n\nwie telefonisch mit Herrn Kaya besprochen, anbei die "
      "Einladung für unser Fachgespräch am 16.03. um 15 Uhr per Teams. Dabei sind ich und "
      "eine Kollegin aus dem Clinical Support.\n\nBis dann!\nCarsten Vogt\n"
      "Manager Field Clinical Engineering DACH\nVeltronix Medical Deutschland\n\n"
      "Microsoft Teams-Besprechung\nÜber Computer oder mobile App teilnehmen\n"
      "https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_abc\n"
      "Besprechungs-ID: 000 111 222 333",
      co="Veltronix Medical Deutschland", ct="carsten.vogt@veltronix.example.com",
      ics=_ev("fg-veltronix-20260316@veltronix.example.com", "20260316T140000Z",
              "20260316T150000Z", "Fachgespräch Osterhagen-Yılmaz / Field Clinical Engineer",
              "carsten.vogt@veltronix.example.com", "Carsten Vogt",
              location="Microsoft Teams-Besprechung")),
    m(INV, "personalberater_kunde_gespraech", "de",
      "Kerstin Albrecht <k.albrecht@albrecht-beratung.example.de>",
      "Kurze Frage", "2026-03-24T07:58:00+01:00",
      "Guten Morgen Frau Osterhagen-Yılmaz,\n\nich habe gute Nachrichten: Die Geschäftsführung "
      "der Seniorenhof Gruppe möchte Sie gern persönlich kennenlernen! Das Gespräch wäre "
      "in Leipzig in der Zentrale, entweder am 31.03. vormittags oder am 02.04. ab 13 Uhr.\n\n"
      "Könnten Sie mir kurz Rückmeldung geben, welcher Termin Ihnen lieber ist? Dann "
      "koordiniere ich alles Weitere.\n\nHerzliche Grüße\nKerstin Albrecht\n"
      "Albrecht Executive Beratung | Gesundheit & Soziales\nMobil 0160 000 4412",
      co="Seniorenhof Gruppe", ct="k.albrecht@albrecht-beratung.example.de"),
    m(INV, "zweite_runde_schweiz", "de",
      "Noemi Bühler <noemi.buehler@spitex-limmattal-sued.example.ch>",
      "Zweites Gespräch", "2026-04-09T13:40:00+02:00",
      "Grüezi Frau Osterhagen-Yılmaz\n\nHerzlichen Dank für das spannende Erstgespräch. "
      "Gerne möchten wir Sie zu einem zweiten Gespräch mit unserer Geschäftsleiterin und der "
      "Leiterin Qualität einladen, voraussichtlich am 21. oder 22. April.\n\n"
      "Im zweiten Teil würden wir Sie bitten, eine kurze Präsentation (10 Minuten) zum Thema "
      "«Qualitätssicherung in der ambulanten Pflege» zu halten.\n\nBitte teilen Sie mir "
      "Ihre Verfügbarkeit mit.\n\nFreundliche Grüsse\nNoemi Bühler\nHR Fachfrau\n"
      "Spitex Limmattal-Süd",
      co="Spitex Limmattal-Süd", ct="noemi.buehler@spitex-limmattal-sued.example.ch"),
    m(INV, "workday_self_schedule", "de",
      "Helvion Healthcare Diagnostics Careers <helvionhd@myworkday.com>",
      "Nächster Schritt im Bewerbungsprozess – Terminbuchung", "2026-04-20T05:31:00+02:00",
      "",
      html="<html><body><div style='font-family:Segoe UI;font-size:14px'>"
      "<p>Guten Tag Friederike Osterhagen-Yılmaz,</p><p>Sie wurden für ein Interview "
      "für die Stelle <b>Clinical Field Specialist Laboratory Diagnostics (m/w/d) - "
      "R0331205</b> ausgewählt.</p><p>Bitte klicken Sie auf die nachstehende Schaltfläche, "
      "um einen Termin für Ihr Interview auszuwählen.</p><table><tr><td "
      "style='background:#009999;padding:10px 18px'><a style='color:#fff' "
      "href='https://wd3.myworkday.com/hhd/d/task/2997%24.htmld'>Termin auswählen</a>"
      "</td></tr></table><p>Freundliche Grüße<br>Talent Acquisition</p></div>"
      "<img src='https://wd3.myworkday.com/track/px.gif' width='1' height='1' alt=''>"
      "</body></html>",
      co="Helvion Healthcare Diagnostics", ct=""),
    m(INV, "fachgespraech_pflegedirektion_leipzig", "de",
      "Heike Strobel <heike.strobel@diakonissenstift-lindenau.example.de>",
      "AW: Bewerbung Einrichtungsleitung", "2026-05-14T12:12:00+02:00",
      "Liebe Frau Osterhagen-Yılmaz,\n\nvielen Dank für Ihre schnelle Antwort. Dann halten "
      "wir fest: Gespräch mit Pflegedirektion und Vorstand am Montag, 18. Mai, 11:00 Uhr, "
      "bei uns im Haus (Georg-Schwarz-Str. 49, Haupteingang, Anmeldung Empfang).\n\n"
      "Ich freue mich auf Sie.\n\nHerzliche Grüße\nHeike Strobel\nAssistenz des Vorstands\n"
      "Ev.-Luth. Diakonissenstift Leipzig-Lindenau"
      + de_quote("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>",
                 "Mi., 13. Mai 2026 um 19:40",
                 "Liebe Frau Strobel,\nder 18. Mai passt mir sehr gut.\nViele Grüße\n"
                 "Friederike Osterhagen-Yılmaz")
      + de_quote("Heike Strobel", "Mi., 13. Mai 2026 um 09:02",
                 "Liebe Frau Osterhagen-Yılmaz,\nkönnten Sie am 18. oder 19. Mai?\n"
                 "Herzliche Grüße\nH. Strobel"),
      co="Ev.-Luth. Diakonissenstift Leipzig-Lindenau", ct="heike.strobel@diakonissenstift-lindenau.example.de",
      re=True),
    m(INV, "rexx_einladung_frankfurt", "de",
      "Bewerbermanagement Mainufer Gesundheit <bewerbung@rexx-systems.example.com>",
      "Einladung zum persönlichen Gespräch", "2026-06-01T09:00:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nwir freuen uns, Sie zu einem persönlichen "
      "Kennenlernen für die Position Referentin Patientensicherheit einzuladen.\n\n"
      "Datum: 09.06.2026\nUhrzeit: 13:30 Uhr\nOrt: Mainufer Gesundheit, Hanauer Landstraße 200, "
      "Frankfurt am Main\nIhre Gesprächspartner: Dr. Ilse Franke (Ärztliche Direktorin), "
      "Marco Lenz (HR)\n\nBitte bestätigen Sie den Termin über den Link in Ihrem "
      "Bewerberportal.\n\nMit freundlichen Grüßen\nMarco Lenz\nMainufer Gesundheit",
      co="Mainufer Gesundheit", ct="marco.lenz@mainufer-gesundheit.example.de",
      rt="Marco Lenz <marco.lenz@mainufer-gesundheit.example.de>", cte="8bit"),
    m(INV, "gesundheitsamt_vorstellung", "de",
      "Bezirksamt Weißensee-Nord – Personalservice <personalservice@ba-weissensee-nord.example.berlin>",
      "Stellenausschreibung 47/2026 – Einladung", "2026-07-02T10:30:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nbezugnehmend auf Ihre Bewerbung für die Stelle "
      "Sozialmedizinische Assistentin (E 9b TV-L) im Gesundheitsamt laden wir Sie zu einem "
      "strukturierten Auswahlgespräch ein.\n\nDas Gespräch findet am 14.07.2026 um 09:15 Uhr "
      "im Dienstgebäude Tassostraße 17, Haus 4, Raum 312 statt. Die Dauer beträgt etwa "
      "45 Minuten. Vorab erhalten Sie 15 Minuten Vorbereitungszeit für eine Fallaufgabe.\n\n"
      "Bitte teilen Sie uns bis zum 08.07.2026 mit, ob Sie den Termin wahrnehmen. "
      "Schwerbehinderte Bewerberinnen werden gebeten, ggf. Unterstützungsbedarf anzugeben.\n\n"
      "Mit freundlichen Grüßen\nIm Auftrag\nPetra Nowak",
      co="Bezirksamt Weißensee-Nord", ct="personalservice@ba-weissensee-nord.example.berlin", cs="windows-1252"),
    m(INV, "uni_lehrauftrag_gespraech", "de",
      "Prof. Dr. Anke Seidel <anke.seidel@hs-weserbergland.example.de>",
      "Ihre Bewerbung Lehrkraft für besondere Aufgaben", "2026-08-12T16:48:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\ndie Auswahlkommission würde Sie gern zu einer "
      "Probelehrveranstaltung (20 Min.) mit anschließendem Gespräch einladen. Thema: "
      "„Pflegeprozess und digitale Dokumentation“. Termin: 26.08., 10 Uhr, Campus Hameln, "
      "Raum B 0.07.\n\nBitte bestätigen Sie kurz per Mail.\n\nBeste Grüße\nAnke Seidel\n"
      "Studiengangsleitung Pflege\nHochschule Weserbergland",
      co="Hochschule Weserbergland", ct="anke.seidel@hs-weserbergland.example.de"),
    # ---------------------------------------------------------------- invitations, English
    m(INV, "calendly_chat_startup", "en", "Ben Okafor <ben@carestream-ai.example.com>",
      "Quick chat?", "2026-02-09T19:22:00+01:00",
      "Hey Friederike,\n\nloved your note about bed management on night shifts. Would you be "
      "free for a quick chat this week or next about the Clinical Product Specialist role? "
      "Grab any slot that works here: https://calendly.example.com/ben-okafor/30min\n\n"
      "Cheers,\nBen\nFounder, CareStream AI",
      co="CareStream AI", ct="ben@carestream-ai.example.com"),
    m(INV, "goodtime_panel_ics", "en",
      "Northwell Devices Recruiting <scheduling@goodtime.example.io>",
      "Interview Confirmation: Friederike Osterhagen-Yılmaz – Clinical Specialist Panel",
      "2026-03-31T17:02:00+02:00",
      "Hi Friederike,\n\nYour panel interview for Clinical Specialist, Neuromodulation "
      "(Munich) at Northwell Devices is confirmed.\n\nThursday, April 9, 2026\n"
      "10:00 – 10:45 Sabine Kraus, Regional Manager\n10:45 – 11:30 Dr. Amit Verma, Medical "
      "Education\n11:30 – 12:00 Laura Bianchi, HR\n\nLocation: Zoom (link in the calendar "
      "invite)\n\nIf you need to reschedule, reply to this email and your recruiter will "
      "help.\n\nNorthwell Devices Talent Team",
      co="Northwell Devices", ct="laura.bianchi@northwelldevices.example.com",
      rt="Laura Bianchi <laura.bianchi@northwelldevices.example.com>", fmt="alt",
      ics=_ev("gt-7781-nwd@goodtime.example.io", "20260409T080000Z", "20260409T100000Z",
              "Panel interview – Northwell Devices", "scheduling@goodtime.example.io",
              "Northwell Devices Recruiting", location="Zoom")),
    m(INV, "polish_healthit_next_stage", "en",
      "Katarzyna Wiśniewska <k.wisniewska@medisoft.example.pl>",
      "Next steps – Clinical Implementation Consultant", "2026-04-27T10:18:00+02:00",
      "Dear Friederike,\n\nThank you for the pleasant conversation last week. We'd love to "
      "move you to the next stage, which is a technical interview with our Head of "
      "Implementation, Piotr Zieliński, and a short case presentation about go-live "
      "support on a surgical ward.\n\nCould you please propose 2–3 time slots next week "
      "(we are in CET)?\n\nBest regards,\nKatarzyna Wiśniewska\nTalent Acquisition Lead\n"
      "MediSoft Poland, Kraków",
      co="MediSoft Poland", ct="k.wisniewska@medisoft.example.pl", fmt="alt"),
    m(INV, "agency_uk_exclamations", "en", "Gemma Price <gemma@prime-nursing.example.co.uk>",
      "Interview!!!", "2026-05-20T12:44:00+01:00",
      "Hi Friederike!!\n\nAmazing news - the client LOVED your CV and want to see you for a "
      "video interview for the Nurse Advisor (Remote, Germany) role!!! They've offered "
      "Tuesday 26th at 2pm UK / 3pm your time or Wednesday 27th at 10am UK.\n\nLet me know "
      "asap which one and I'll lock it in!! Give me a call if easier :)\n\nGemma x\n"
      "Gemma Price | Senior Recruitment Consultant | Prime Nursing\nT: 0161 000 0000",
      co="Prime Nursing", ct="gemma@prime-nursing.example.co.uk"),
    m(INV, "australian_phone_screen", "en",
      "Mitch Dawson <mitch.dawson@harbourhealth.example.com.au>",
      "G'day - phone screen", "2026-06-29T08:30:00+10:00",
      "Hi Friederike,\n\nThanks heaps for applying for the Clinical Education Manager (EMEA) "
      "role. Keen to have a 20-min phone screen - I'm in Sydney so early morning my time "
      "suits, e.g. Thu 2 July 5pm Berlin time? If that doesn't work, no worries, just flick "
      "me a couple of options.\n\nCheers,\nMitch\nTalent Partner, Harbour Health Group",
      co="Harbour Health Group", ct="mitch.dawson@harbourhealth.example.com.au"),
    m(INV, "lever_onsite_final", "en",
      "Ines Hartmann <ines.hartmann@kliniq.example.com>",
      "Final round – on-site in Amsterdam", "2026-08-25T14:00:00+02:00",
      "Hi Friederike,\n\ncongrats on making it through the technical round! The final step is "
      "an on-site day at our Amsterdam office on 8 September: a 60-min session with the "
      "product team, lunch with the clinical advisory group, and a 30-min conversation with "
      "our COO.\n\nWe'll cover travel; our office manager will reach out about booking.\n\n"
      "Best,\nInes\nRecruiter, Kliniq",
      co="Kliniq", ct="ines.hartmann@kliniq.example.com",
      hdr={"X-Mailer": "Lever Hire"}),
    # ---------------------------------------------------------------- invitations, French
    m(INV, "fr_entretien_telephonique", "fr",
      "Nathalie Roux <nathalie.roux@santelor.example.fr>",
      "Votre candidature – Chargée de qualité et gestion des risques",
      "2026-03-16T11:05:00+01:00",
      "Bonjour Madame,\n\nVotre profil a retenu toute notre attention. Je vous propose un "
      "premier entretien téléphonique d'une trentaine de minutes afin d'échanger sur votre "
      "parcours et sur le poste.\n\nSeriez-vous disponible jeudi 19 mars à 10h ou vendredi "
      "20 mars à 14h ?\n\nBien cordialement,\nNathalie Roux\nResponsable RH\nGroupe SantéLor",
      co="Groupe SantéLor", ct="nathalie.roux@santelor.example.fr", cs="iso-8859-1"),
    m(INV, "fr_teamtailor_visio", "fr",
      "Équipe recrutement Médilis <no-reply@teamtailor.com>",
      "Invitation à un entretien vidéo", "2026-07-09T09:15:00+02:00",
      "Bonjour Friederike,\n\nMerci pour votre candidature au poste de Spécialiste "
      "Application Clinique. Nous serions ravis de poursuivre avec un entretien en visio "
      "avec Julien, notre responsable produit.\n\nRéservez un créneau ici : "
      "https://medilis.teamtailor.example.com/meetings/abc123\n\nÀ très vite,\n"
      "L'équipe Médilis",
      co="Médilis", ct="julien.petit@medilis.example.fr",
      rt="Julien Petit <julien.petit@medilis.example.fr>", fmt="alt"),
    # ---------------------------------------------------------------- invitations, Spanish
    m(INV, "es_entrevista_presencial", "es",
      "Marta Gil <marta.gil@hospitalesdelturia.example.es>",
      "Entrevista – Supervisora de Calidad", "2026-05-05T10:40:00+02:00",
      "Buenos días, Friederike:\n\nNos ha gustado mucho tu perfil y nos gustaría conocerte en "
      "persona. Te proponemos una entrevista el martes 12 de mayo a las 11:00 h en nuestras "
      "oficinas de la Avenida de Aragón, 30, en Valencia. Estarán la directora de enfermería "
      "y yo.\n\n¿Te viene bien? Si no, dime qué días te van mejor.\n\nUn saludo,\n"
      "Marta Gil\nTécnica de Selección\nHospitales del Turia",
      co="Hospitales del Turia", ct="marta.gil@hospitalesdelturia.example.es"),
    m(INV, "es_llamada_rapida_agencia", "es",
      "Álvaro Ruiz <alvaro@clavesalud.example.es>", "¿Hablamos?",
      "2026-06-18T17:20:00+02:00",
      "¡Hola Friederike!\n\nHe pasado tu CV a mi cliente (una farmacéutica en Madrid, área de "
      "Medical Affairs) y quieren hacer una primera videollamada contigo. ¿Tienes hueco el "
      "lunes o el martes por la tarde? Son 30 minutos, algo informal.\n\n¡Dime algo!\n"
      "Álvaro\nClavesalud Talent Partners · Madrid",
      co="Clavesalud Talent Partners", ct="alvaro@clavesalud.example.es"),
    m(INV, "es_segunda_ronda_ics", "es",
      "Reclutamiento Vitalmed <reclutamiento@vitalmed.example.com>",
      "Segunda entrevista: Especialista de Aplicaciones Clínicas", "2026-09-15T12:00:00+02:00",
      "Hola Friederike:\n\nEnhorabuena, has pasado a la segunda fase. Te enviamos la "
      "convocatoria para la entrevista técnica con el equipo de producto el jueves 24 de "
      "septiembre a las 16:00 (hora peninsular) por Google Meet.\n\nSi necesitas cambiar la "
      "hora, respóndenos a este correo.\n\nSaludos,\nBeatriz Soler\nTalent Acquisition, Vitalmed",
      co="Vitalmed", ct="reclutamiento@vitalmed.example.com",
      ics=_ev("vitalmed-2a-0924@vitalmed.example.com", "20260924T140000Z",
              "20260924T150000Z", "Entrevista técnica – Vitalmed",
              "reclutamiento@vitalmed.example.com", "Reclutamiento Vitalmed",
              location="Google Meet")),
    m(INV, "es_telefonica_madrid_pub", "es",
      "Recursos Humanos – Fundación Hospital San Rafael <rrhh@fhsanrafael.example.es>",
      "Citación entrevista", "2026-10-02T09:10:00+02:00",
      "Estimada Sra. Osterhagen-Yılmaz:\n\nPor la presente le convocamos a una entrevista "
      "telefónica para el puesto de Gestora de Casos el próximo miércoles 7 de octubre a las "
      "12:30 h. La llamará la Sra. Ortega desde el número 91 000 00 00.\n\nRogamos confirme "
      "su disponibilidad respondiendo a este correo.\n\nAtentamente,\nRecursos Humanos\n"
      "Fundación Hospital San Rafael",
      co="Fundación Hospital San Rafael", ct="rrhh@fhsanrafael.example.es", cs="iso-8859-1"),
    # ---------------------------------------------------------------- reschedules / cancellations
    m(S, "verschiebung_krankheit", "de",
      "Julia Bremer <julia.bremer@klinikum-osnabrueck-land.example.de>",
      "Terminverschiebung Telefoninterview", "2026-01-21T08:05:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nleider muss ich unser Telefoninterview morgen "
      "um 14 Uhr krankheitsbedingt absagen. Können wir es auf Dienstag, 27.01., gleiche "
      "Uhrzeit, verschieben?\n\nEntschuldigen Sie bitte die Umstände.\n\nMit freundlichen "
      "Grüßen\nJulia Bremer\nKlinikum Osnabrücker Land",
      co="Klinikum Osnabrücker Land", ct="julia.bremer@klinikum-osnabrueck-land.example.de"),
    m(S, "ac_abgesagt_ics_cancel", "de",
      "Hanseatische Gesundheitskasse <karriere@hansegk.example.de>",
      "Abgesagt: Assessment-Center 17.03.2026", "2026-03-11T15:20:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\naufgrund des angekündigten Warnstreiks im "
      "ÖPNV müssen wir das Assessment-Center am 17.03. leider absagen. Einen Ersatztermin "
      "teilen wir Ihnen in der kommenden Woche mit.\n\nWir bitten um Ihr Verständnis.\n\n"
      "Ihr Recruiting-Team\nHanseatische Gesundheitskasse",
      co="Hanseatische Gesundheitskasse", ct="karriere@hansegk.example.de",
      ics=_ev("ac-hgk-20260317@hansegk.example.de", "20260317T073000Z",
              "20260317T153000Z", "Assessment-Center Versorgungsmanagement",
              "karriere@hansegk.example.de", "HGK Recruiting", method="CANCEL", seq="1")),
    m(S, "vermittler_neuer_termin", "de",
      "Kerstin Albrecht <k.albrecht@albrecht-beratung.example.de>",
      "AW: Kurze Frage", "2026-03-27T13:15:00+01:00",
      "Liebe Frau Osterhagen-Yılmaz,\n\nkleine Planänderung: Herr Dr. Falk von der "
      "Seniorenhof Gruppe ist am 31.03. kurzfristig verhindert. Das Gespräch verschiebt "
      "sich daher auf Donnerstag, 02.04., 14 Uhr – gleicher Ort. Ich hoffe, das passt "
      "Ihnen?\n\nHerzliche Grüße\nKerstin Albrecht"
      + gmail("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>",
              "Tue, Mar 24, 2026 at 12:01 PM",
              "Liebe Frau Albrecht,\nsehr gern, der 31.03. vormittags wäre ideal.\n"
              "Viele Grüße\nF. Osterhagen-Yılmaz"),
      co="Seniorenhof Gruppe", ct="k.albrecht@albrecht-beratung.example.de", re=True),
    m(S, "teams_aktualisiert", "de",
      "Dr. Carsten Vogt <carsten.vogt@veltronix.example.com>",
      "Aktualisiert: Fachgespräch Field Clinical Engineer", "2026-03-13T17:45:00+01:00",
      "Hallo Frau Osterhagen-Yılmaz,\n\nwir müssen leider um eine Stunde nach hinten "
      "rutschen, neuer Beginn 16 Uhr. Die Einladung ist aktualisiert.\n\nVG Carsten Vogt\n"
      "Veltronix Medical Deutschland",
      co="Veltronix Medical Deutschland", ct="carsten.vogt@veltronix.example.com",
      ics=_ev("fg-veltronix-20260316@veltronix.example.com", "20260316T150000Z",
              "20260316T160000Z", "Fachgespräch Osterhagen-Yılmaz / Field Clinical Engineer",
              "carsten.vogt@veltronix.example.com", "Carsten Vogt",
              location="Microsoft Teams-Besprechung", seq="2")),
    m(S, "uni_raumaenderung_und_neuer_tag", "de",
      "Prof. Dr. Anke Seidel <anke.seidel@hs-weserbergland.example.de>",
      "Neuer Termin Probelehrveranstaltung", "2026-08-20T09:02:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nda ein Kommissionsmitglied erkrankt ist, "
      "müssen wir die Probelehrveranstaltung vom 26.08. auf den 02.09., 10 Uhr, verlegen. "
      "Ort bleibt Campus Hameln, jedoch Raum C 1.12.\n\nIch bitte um kurze Bestätigung.\n\n"
      "Beste Grüße\nAnke Seidel\nHochschule Weserbergland",
      co="Hochschule Weserbergland", ct="anke.seidel@hs-weserbergland.example.de"),
    m(S, "mobil_absage_gespraech", "de",
      "Frank Heitmann <f.heitmann@pflegezentrum-am-see.example.de>",
      "Morgen", "2026-06-07T21:14:00+02:00",
      "Hallo Frau O.-Y., muss unser Gespräch morgen leider absagen, bei uns ist ein "
      "Noro-Ausbruch im Haus und ich komm hier nicht weg. Melde mich Mitte der Woche mit "
      "neuem Termin. Sorry!\nF. Heitmann\nPflegezentrum am See\n\nVon meinem Samsung Galaxy "
      "gesendet",
      co="Pflegezentrum am See", ct="f.heitmann@pflegezentrum-am-see.example.de"),
    m(S, "oesterreich_termin_vorverlegt", "de",
      "Mag. Verena Huber <verena.huber@medicomp.example.at>",
      "Änderung Gesprächstermin", "2026-05-22T10:10:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nwäre es Ihnen möglich, das Gespräch mit "
      "unserem Geschäftsführer von Donnerstag auf Mittwoch, 27. Mai, 15:00 Uhr vorzuverlegen? "
      "Herr DI Leitner muss Donnerstag kurzfristig nach Linz.\n\nDanke für Ihre Flexibilität!\n\n"
      "Mit besten Grüßen\nMag. Verena Huber\nHR MediComp Austria",
      co="MediComp Austria", ct="verena.huber@medicomp.example.at"),
    m(S, "rexx_termin_storniert", "de",
      "Bewerbermanagement Mainufer Gesundheit <bewerbung@rexx-systems.example.com>",
      "Absage Ihres Gesprächstermins am 09.06.2026", "2026-06-05T12:00:00+02:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nleider müssen wir Ihren Gesprächstermin am "
      "09.06.2026 um 13:30 Uhr absagen, da Frau Dr. Franke an diesem Tag nicht zur Verfügung "
      "steht. Bitte buchen Sie über Ihr Bewerberportal einen neuen Termin.\n\nMit freundlichen "
      "Grüßen\nMarco Lenz\nMainufer Gesundheit",
      co="Mainufer Gesundheit", ct="marco.lenz@mainufer-gesundheit.example.de",
      rt="Marco Lenz <marco.lenz@mainufer-gesundheit.example.de>"),
    m(S, "en_panel_moved", "en",
      "Laura Bianchi <laura.bianchi@northwelldevices.example.com>",
      "Change to your panel interview", "2026-04-06T16:12:00+02:00",
      "Hi Friederike,\n\nApologies for the short notice – Dr. Verma has been called into a "
      "clinical case on Thursday, so we need to move the panel. Would Monday 13 April, same "
      "times, work for you? I'll send a fresh calendar invite once you confirm.\n\n"
      "Thanks so much for your flexibility,\nLaura\nHR Business Partner, Northwell Devices",
      co="Northwell Devices", ct="laura.bianchi@northwelldevices.example.com"),
    m(S, "en_recruiter_cancel_interview_postponed", "en",
      "Ines Hartmann <ines.hartmann@kliniq.example.com>", "Re: Final round – on-site in Amsterdam",
      "2026-09-03T11:30:00+02:00",
      "Hi Friederike,\n\nI'm really sorry but we have to cancel the on-site on 8 September. "
      "Our COO is stuck in Boston for another week. We'd like to rebook for the week of the "
      "21st – I'll come back to you with options by Friday. Please don't book any travel yet.\n\n"
      "Sorry again,\nInes"
      + gmail("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>",
              "Wed, Aug 26, 2026 at 8:44 AM",
              "Hi Ines,\nthat's wonderful news, 8 September works for me.\nBest,\nFriederike"),
      co="Kliniq", ct="ines.hartmann@kliniq.example.com", re=True),
    m(S, "en_indian_reschedule", "en",
      "Ananya Iyer <ananya.iyer@sanjeevanimedtech.example.in>",
      "Rescheduling of interview – Clinical Trainer (EU)", "2026-07-28T15:10:00+05:30",
      "Dear Friederike,\n\nGreetings! Due to unavoidable circumstances the interview "
      "scheduled on 30th July, 11:00 CET with our Head - Clinical Affairs stands "
      "rescheduled to 4th August, 11:00 CET. The Teams link remains the same.\n\n"
      "Kindly confirm your availability at the earliest.\n\nThanks & Regards,\nAnanya Iyer\n"
      "Talent Acquisition, Sanjeevani MedTech",
      co="Sanjeevani MedTech", ct="ananya.iyer@sanjeevanimedtech.example.in"),
    m(S, "en_goodtime_cancelled", "en",
      "Harbour Health Group <notifications@goodtime.example.io>",
      "Cancelled: Phone screen with Mitch Dawson", "2026-07-01T23:02:00+10:00",
      "Hi Friederike,\n\nYour interview \"Phone screen – Clinical Education Manager (EMEA)\" "
      "scheduled for Thu, 2 July 2026 5:00 PM (CEST) has been cancelled by Harbour Health "
      "Group.\n\nYour recruiter will be in touch with next steps.\n\n"
      "This is an automated notification.",
      co="Harbour Health Group", ct="mitch.dawson@harbourhealth.example.com.au",
      rt="Mitch Dawson <mitch.dawson@harbourhealth.example.com.au>", fmt="alt",
      ics=_ev("gt-9921-hhg@goodtime.example.io", "20260702T150000Z", "20260702T152000Z",
              "Phone screen – Harbour Health Group", "notifications@goodtime.example.io",
              "Harbour Health Group", method="CANCEL", seq="1")),
    m(S, "fr_report_entretien", "fr",
      "Nathalie Roux <nathalie.roux@santelor.example.fr>", "Report de notre entretien",
      "2026-03-18T18:30:00+01:00",
      "Bonjour Madame,\n\nJe suis navrée mais je dois reporter notre entretien de demain 10h, "
      "suite à un imprévu. Pourriez-vous être disponible lundi 23 mars à la même heure ?\n\n"
      "Avec toutes mes excuses,\nNathalie Roux\nGroupe SantéLor"
      + fr_quote("Friederike Osterhagen-Yılmaz <f.osterhagen@example.de>",
                 "lun. 16 mars 2026 à 14:12",
                 "Bonjour Madame Roux,\nJeudi 19 mars à 10h me convient parfaitement.\n"
                 "Cordialement,\nFriederike Osterhagen-Yılmaz"),
      co="Groupe SantéLor", ct="nathalie.roux@santelor.example.fr", re=True),
    m(S, "es_cambio_hora", "es",
      "Marta Gil <marta.gil@hospitalesdelturia.example.es>", "Cambio de hora entrevista",
      "2026-05-08T09:55:00+02:00",
      "Hola Friederike,\n\nperdona el cambio: la directora de enfermería tiene quirófano el "
      "martes por la mañana. ¿Podemos pasar la entrevista del 12 a las 17:00 h en el mismo "
      "sitio? Si no te va bien dime y buscamos otro día.\n\nGracias y disculpa,\nMarta",
      co="Hospitales del Turia", ct="marta.gil@hospitalesdelturia.example.es"),
    m(S, "es_cancelada_vacante_congelada", "es",
      "Beatriz Soler <beatriz.soler@vitalmed.example.com>",
      "Cancelación entrevista jueves", "2026-09-21T16:40:00+02:00",
      "Hola Friederike,\n\nte escribo para cancelar la entrevista técnica del jueves 24. El "
      "equipo de producto está en plena reorganización y preferimos no hacerte perder el "
      "tiempo; en cuanto tengamos nueva fecha te escribo para reprogramarla.\n\n"
      "Disculpa las molestias,\nBeatriz Soler\nTalent Acquisition, Vitalmed",
      co="Vitalmed", ct="beatriz.soler@vitalmed.example.com"),
    # ---------------------------------------------------------------- missed interview notices
    m(N, "telefon_nicht_erreicht", "de",
      "Julia Bremer <julia.bremer@klinikum-osnabrueck-land.example.de>",
      "Telefoninterview heute", "2026-01-27T14:25:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nich habe heute um 14 Uhr wie vereinbart "
      "versucht, Sie anzurufen, Sie aber leider nicht erreicht. Auch auf der Mailbox konnte "
      "ich keine Nachricht hinterlassen.\n\nBitte melden Sie sich kurz, ob noch Interesse "
      "besteht und wann ich Sie erreichen kann.\n\nMit freundlichen Grüßen\nJulia Bremer\n"
      "Klinikum Osnabrücker Land",
      co="Klinikum Osnabrücker Land", ct="julia.bremer@klinikum-osnabrueck-land.example.de"),
    m(N, "teams_nicht_beigetreten", "de",
      "Laura Kessler <laura.kessler@medflow.example.de>", "Unser Termin heute um 11 Uhr",
      "2026-02-12T11:28:00+01:00",
      "Hallo Frau Osterhagen-Yılmaz,\n\nDaniel und ich haben heute um 11 Uhr im Teams-Meeting "
      "auf Sie gewartet, Sie sind aber leider nicht beigetreten. Ist etwas "
      "dazwischengekommen?\n\nWenn Sie weiterhin Interesse haben, geben Sie mir gern Bescheid, "
      "dann schauen wir nach einem neuen Termin.\n\nViele Grüße\nLaura Kessler\nMedFlow",
      co="MedFlow", ct="laura.kessler@medflow.example.de"),
    m(N, "hospitation_nicht_erschienen_du", "de",
      "Svenja Rohde <svenja@ambulanz-nordlicht.example.de>", "heute früh?",
      "2026-02-04T09:40:00+01:00",
      "Hi Friederike, wir haben heute um 7 auf dich gewartet, bist du okay? Hab dich auch "
      "auf dem Handy nicht erreicht. Meld dich mal, wenn du magst!\nSvenja\n\n"
      "Gesendet von meinem iPhone",
      co="Ambulanter Pflegedienst Nordlicht", ct="svenja@ambulanz-nordlicht.example.de"),
    m(N, "vor_ort_nicht_erschienen_formell", "de",
      "Sekretariat Pflegedirektion <sek.pflegedirektion@uk-hannover-sued.example.de>",
      "Ihr Vorstellungsgespräch am 03.03.2026", "2026-03-03T12:05:00+01:00",
      "Sehr geehrte Frau Osterhagen-Yılmaz,\n\nzu dem für heute, 10:00 Uhr, vereinbarten "
      "Vorstellungsgespräch sind Sie leider nicht erschienen, und wir haben auch keine "
      "Absage erhalten. Die Auswahlkommission hat 20 Minuten gewartet.\n\nSollten Sie an der "
      "Stelle weiterhin interessiert sein, bitten wir um Nachricht bis zum 06.03.2026.\n\n"
      "Mit freundlichen Grüßen\ni. A. Ute Gerdes\nUniversitätsklinikum Hannover-Süd",
      co="Universitätsklinikum Hannover-Süd",
      ct="sek.pflegedirektion@uk-hannover-sued.example.de", cs="iso-8859-1"),
    m(N, "videointerview_verpasst_schweiz", "de",
      "Noemi Bühler <noemi.buehler@spitex-limmattal-sued.example.ch>",
      "Verpasstes Gespräch", "2026-04-21T15:50:00+02:00",
      "Grüezi Frau Osterhagen-Yılmaz\n\nWir waren heute um 14 Uhr für das zweite Gespräch "
      "per Zoom verabredet. Leider haben wir Sie im Meeting nicht angetroffen. Ich hoffe, "
      "es ist alles in Ordnung bei Ihnen.\n\nMöchten Sie einen neuen Termin vereinbaren? "
      "Dann lassen Sie es mich bis Ende Woche wissen.\n\nFreundliche Grüsse\nNoemi Bühler\n"
      "Spitex Limmattal-Süd",
      co="Spitex Limmattal-Süd", ct="noemi.buehler@spitex-limmattal-sued.example.ch"),
    m(N, "en_tried_calling", "en", "Mitch Dawson <mitch.dawson@harbourhealth.example.com.au>",
      "Missed you today", "2026-07-09T01:20:00+10:00",
      "Hi Friederike,\n\nI tried calling you at the scheduled time (5pm your time) but it went "
      "straight to voicemail. No stress - these things happen. Let me know if you'd still "
      "like to chat and we'll find another slot.\n\nCheers,\nMitch",
      co="Harbour Health Group", ct="mitch.dawson@harbourhealth.example.com.au"),
    m(N, "en_no_show_panel_formal", "en",
      "Piotr Zieliński <p.zielinski@medisoft.example.pl>",
      "Today's technical interview", "2026-05-06T16:05:00+02:00",
      "Dear Friederike,\n\nWe had our technical interview scheduled for 15:00 CET today. "
      "Unfortunately you did not join the Teams meeting, and we did not receive any message "
      "from you.\n\nIf you would still like to be considered, please let Katarzyna know by "
      "Friday and we will try to arrange one more date.\n\nKind regards,\nPiotr Zieliński\n"
      "Head of Implementation, MediSoft Poland",
      co="MediSoft Poland", ct="p.zielinski@medisoft.example.pl",
      cc="Katarzyna Wiśniewska <k.wisniewska@medisoft.example.pl>"),
    m(N, "fr_absence_entretien", "fr",
      "Julien Petit <julien.petit@medilis.example.fr>", "Entretien de ce matin",
      "2026-07-16T10:45:00+02:00",
      "Bonjour Friederike,\n\nNous avions rendez-vous ce matin à 10h en visio, mais je ne "
      "vous ai pas vue vous connecter. J'espère que tout va bien.\n\nSi vous êtes toujours "
      "intéressée par le poste, dites-moi quand vous seriez disponible et nous "
      "reprogrammerons.\n\nBonne journée,\nJulien Petit\nResponsable produit, Médilis",
      co="Médilis", ct="julien.petit@medilis.example.fr"),
    m(N, "es_no_se_presento", "es",
      "Marta Gil <marta.gil@hospitalesdelturia.example.es>", "Entrevista de esta tarde",
      "2026-05-12T17:40:00+02:00",
      "Hola Friederike:\n\nTe hemos estado esperando a las 17:00 h en la Avenida de Aragón "
      "para la entrevista, pero no te hemos visto. Te he llamado dos veces al móvil sin "
      "respuesta.\n\nEspero que no haya pasado nada. Si sigues interesada, dime algo y vemos "
      "si podemos buscar otra fecha.\n\nUn saludo,\nMarta Gil\nHospitales del Turia",
      co="Hospitales del Turia", ct="marta.gil@hospitalesdelturia.example.es"),
    m(N, "es_agencia_cliente_esperando", "es",
      "Álvaro Ruiz <alvaro@clavesalud.example.es>", "Oye, ¿todo bien?",
      "2026-06-23T18:30:00+02:00",
      "Hola Friederike, el cliente me dice que hoy a las 17:30 te estuvieron esperando en "
      "la videollamada y no llegaste a conectarte. ¿Ha pasado algo? Llámame cuando puedas "
      "y vemos cómo lo arreglamos, que están muy interesados.\n\nÁlvaro\n"
      "Clavesalud Talent Partners\n\nEnviado desde mi iPhone",
      co="Clavesalud Talent Partners", ct="alvaro@clavesalud.example.es"),
]

