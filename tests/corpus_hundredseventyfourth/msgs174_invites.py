"""Corpus 174: hand-written interview invitations (26), moves/cancels (15), missed (10)."""
from __future__ import annotations

from msgs174_common import HENRIK_SIG, ats_card, outlook_html, outlook_reply, reply, simple_html

INV = "interview_invitation"
MOV = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"


def _ics(uid: str, start: str, end: str, summary: str, org: str, name: str, **kw) -> dict:
    return {"uid": uid, "start": start, "end": end, "summary": summary, "org": org,
            "org_name": name, **kw}


SER_ICS = _ics("ser-174-0311@servalto.example.at", "20260317T100000", "20260317T110000",
               "Kennenlerngespräch Servalto – H. Özdemir-Laval", "anna.berger@servalto.example.at",
               "Anna Berger")
MER_ICS = _ics("mer-174-0519@meridia.example.at", "20260519T140000", "20260519T150000",
               "Interview IT-Support Meridia", "sabine.renner@meridia.example.at",
               "Sabine Renner", location="Landstraße 40, Linz, Raum 3.12")
RHE_ICS = _ics("rhe-174-0324@rhenan.example.fr", "20260326T093000", "20260326T103000",
               "Entretien technicien support", "claire.muller@rhenan.example.fr",
               "Claire Muller", tz="Europe/Paris", location="12 quai des Bateliers")
EBR_ICS = _ics("ebr-174-0610@ebrosistemas.example.es", "20260615T100000", "20260615T110000",
               "Entrevista técnico de sistemas – Henrik", "nuria@ebrosistemas.example.es",
               "Nuria Lasheras", tz="Europe/Madrid", location="Google Meet")

MESSAGES: list[dict] = [
    # ---------------- interview invitations ----------------
    {"k": INV, "n": "servalto_teams_ics", "lang": "de", "co": "Servalto IT Services",
     "ct": "anna.berger@servalto.example.at", "id": "ser_inv", "ref": ["ser_ack"],
     "frm": "Anna Berger <anna.berger@servalto.example.at>",
     "subj": "Einladung: Kennenlerngespräch Service Desk (Teams)",
     "d": "2026-03-11 10:14 +0100", "fmt": "alt", "ics": SER_ICS,
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nIhre Bewerbung hat uns überzeugt! Wir "
             "möchten Sie gerne am Dienstag, 17. März, von 10:00 bis 11:00 Uhr zu einem "
             "ersten Gespräch über Microsoft Teams einladen. Die Einladung liegt als "
             "Kalendereintrag bei.\n\nBitte bestätigen Sie den Termin kurz.\n\n"
             "Beste Grüße\nAnna Berger\nTalent Acquisition\nServalto IT Services GmbH\n"
             "Wienerbergstraße 11, 1100 Wien\n+43 1 555 7300\n",
     "html": outlook_html("Sehr geehrter Herr Özdemir-Laval,\n\nIhre Bewerbung hat uns "
                          "überzeugt! Wir möchten Sie gerne am Dienstag, 17. März, von 10:00 "
                          "bis 11:00 Uhr zu einem ersten Gespräch über Microsoft Teams "
                          "einladen. Die Einladung liegt als Kalendereintrag bei.\n\nBitte "
                          "bestätigen Sie den Termin kurz.\n\nBeste Grüße\nAnna Berger\n"
                          "Talent Acquisition\nServalto IT Services GmbH\nWienerbergstraße 11, "
                          "1100 Wien\n+43 1 555 7300")},
    {"k": INV, "n": "vltava_greenhouse_link", "lang": "en", "co": "Vltava Digital",
     "ct": "petra.novak@vltava.example.cz", "id": "vlt_inv", "ref": ["vlt_ack"],
     "frm": "Petra Novák via Greenhouse <no-reply@greenhouse-mail.io>",
     "rt": "Petra Novák <petra.novak@vltava.example.cz>",
     "subj": "Let's schedule your interview with Vltava Digital",
     "d": "2026-05-27 14:30 +0200", "fmt": "html",
     "html": ats_card("Vltava Digital", "#1f3a5f",
                      "Hi Henrik,\n\nGreat news – the team would like to meet you for a 45 "
                      "minute video interview for Service Desk Analyst L2.\n\nPlease pick a "
                      "time that suits you here:\nhttps://app.greenhouse.io/scheduling/"
                      "vltava/174-henrik\n\nLooking forward to it,\nPetra Novák\n"
                      "Talent Partner, Vltava Digital",
                      "Reply to this email to reach Petra directly.")},
    {"k": INV, "n": "phone_screen_ask", "lang": "en", "co": "Helpline Solutions",
     "ct": "zuzana.hornakova@helpline.example.sk", "id": "hel_inv",
     "frm": "Zuzana Horňáková <zuzana.hornakova@helpline.example.sk>",
     "subj": "Quick phone screen?", "d": "2026-04-15 09:12 +0200",
     "body": "Hi Henrik,\n\nI'm recruiting for our English-speaking service desk in "
             "Bratislava and your CV caught my eye. Would you be available for a 20-minute "
             "phone screen on Monday 20 April at 10:00 CET? I'll call you on +43 660 555 "
             "0174.\n\nIf that doesn't work, just suggest two alternatives.\n\nBest,\n"
             "Zuzana Horňáková\nTalent Acquisition | Helpline Solutions s.r.o.\n"},
    {"k": INV, "n": "meridia_panel_request", "lang": "de", "co": "Meridia Versicherung",
     "ct": "sabine.renner@meridia.example.at", "id": "mer_inv",
     "frm": "Sabine Renner <sabine.renner@meridia.example.at>",
     "subj": "Einladung zum Vorstellungsgespräch – IT-Support Linz",
     "d": "2026-05-08 13:02 +0200", "fmt": "alt", "ics": MER_ICS, "cte": "quoted-printable",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nwir freuen uns, Sie zu einem persönlichen "
             "Gespräch mit unserem Panel (Teamleitung, HR, ein Kollege aus dem 2nd Level) "
             "einzuladen:\n\nDienstag, 19. Mai 2026, 14:00–15:00 Uhr\nLandstraße 40, Linz, "
             "Raum 3.12\n\nBitte bringen Sie einen Lichtbildausweis mit. Reisekosten "
             "erstatten wir.\n\nMit freundlichen Grüßen\nSabine Renner\nTeamleitung "
             "IT-Support\nMeridia Versicherung AG\n",
     "html": simple_html("Sehr geehrter Herr Özdemir-Laval,\n\nwir freuen uns, Sie zu einem "
                         "persönlichen Gespräch mit unserem Panel (Teamleitung, HR, ein "
                         "Kollege aus dem 2nd Level) einzuladen:\n\nDienstag, 19. Mai 2026, "
                         "14:00–15:00 Uhr\nLandstraße 40, Linz, Raum 3.12\n\nBitte bringen "
                         "Sie einen Lichtbildausweis mit. Reisekosten erstatten wir.\n\nMit "
                         "freundlichen Grüßen\nSabine Renner\nTeamleitung IT-Support\nMeridia "
                         "Versicherung AG")},
    {"k": INV, "n": "rhenan_entretien", "lang": "fr", "co": "Rhénan Informatique",
     "ct": "claire.muller@rhenan.example.fr", "id": "rhe_inv",
     "frm": "Claire Muller <claire.muller@rhenan.example.fr>",
     "subj": "Invitation à un entretien : technicien support", "d": "2026-03-20 11:00 +0100",
     "fmt": "alt", "ics": RHE_ICS, "cs": "iso-8859-1", "cte": "quoted-printable",
     "senc": ("iso-8859-1", "Q"),
     "body": "Bonjour Monsieur Özdemir-Laval,\n\nVotre parcours de conducteur de tramway nous "
             "intrigue et nous aimerions vous rencontrer. Je vous propose un entretien le "
             "jeudi 26 mars à 9h30 dans nos locaux, quai des Bateliers.\n\nMerci de me "
             "confirmer votre présence.\n\nClaire Muller\nResponsable RH\n",
     "html": simple_html("Bonjour Monsieur Özdemir-Laval,\n\nVotre parcours de conducteur de "
                         "tramway nous intrigue et nous aimerions vous rencontrer. Je vous "
                         "propose un entretien le jeudi 26 mars à 9h30 dans nos locaux, quai "
                         "des Bateliers.\n\nMerci de me confirmer votre présence.\n\nClaire "
                         "Muller\nResponsable RH")},
    {"k": INV, "n": "ebro_entrevista_meet", "lang": "es", "co": "Ebro Sistemas",
     "ct": "nuria@ebrosistemas.example.es", "id": "ebr_inv",
     "frm": "Nuria Lasheras <nuria@ebrosistemas.example.es>",
     "subj": "Entrevista para técnico de sistemas", "d": "2026-06-10 12:40 +0200",
     "fmt": "alt", "ics": EBR_ICS,
     "body": "Hola Henrik:\n\nNos ha gustado mucho tu candidatura. ¿Te vendría bien una "
             "entrevista por Google Meet el lunes 15 de junio a las 10:00? Te adjunto la "
             "convocatoria.\n\nUn saludo,\nNuria Lasheras\nResponsable de Soporte, Ebro "
             "Sistemas\n",
     "html": simple_html("Hola Henrik:\n\nNos ha gustado mucho tu candidatura. ¿Te vendría "
                         "bien una entrevista por Google Meet el lunes 15 de junio a las "
                         "10:00? Te adjunto la convocatoria.\n\nUn saludo,\nNuria Lasheras\n"
                         "Responsable de Soporte, Ebro Sistemas")},
    {"k": INV, "n": "agency_client_interview", "lang": "de", "co": "Grazer Linienbetriebe",
     "ct": "m.hoffer@personalwerk.example.at", "id": "glb_inv", "ref": ["glb_reg"],
     "frm": "Miriam Hoffer | Personalwerk <m.hoffer@personalwerk.example.at>",
     "subj": "Vorstellungstermin bei den Grazer Linienbetrieben", "d": "2026-06-03 08:55 +0200",
     "body": "Hallo Herr Özdemir-Laval,\n\ngute Neuigkeiten: Die Grazer Linienbetriebe "
             "möchten Sie kennenlernen! Termin ist Mittwoch, 10. Juni, 13:30 Uhr in der "
             "Zentrale Steyrergasse 114, Graz. Ansprechpartner vor Ort ist Herr Wolf aus "
             "der IT.\n\nIch rufe Sie morgen noch an, um Sie vorzubereiten.\n\nLiebe Grüße\n"
             "Miriam Hoffer\nPersonalberaterin IT, Personalwerk Austria\n"},
    {"k": INV, "n": "casual_thursday_chat", "lang": "en", "co": "Tramlink Software",
     "ct": "jonas@tramlink.example.de",
     "frm": "Jonas Weber <jonas@tramlink.example.de>",
     "subj": "coffee chat?", "d": "2026-08-26 21:05 +0200",
     "body": "Hey Henrik,\n\nsaw your application come through for the support engineer "
             "role – a tram driver who knows the ticketing hardware from the inside is "
             "exactly the kind of person we'd love to talk to. Are you free Thursday "
             "afternoon for a quick video chat? 30 min, nothing formal.\n\nCheers,\nJonas\n"
             "Head of Support, Tramlink Software\n"},
    {"k": INV, "n": "assessment_center", "lang": "de", "co": "Stadtverkehr Donau",
     "ct": "recruiting@stadtverkehr-donau.example.at",
     "frm": "Recruiting Stadtverkehr Donau <recruiting@stadtverkehr-donau.example.at>",
     "subj": "Einladung zum Assessment Center am 22. April", "d": "2026-04-07 09:00 +0200",
     "fmt": "alt", "att": [("pdf", "Ablauf_AC_22042026.pdf",
                           ["Assessment Center IT-Servicedesk", "22.04.2026, 08:30-15:00",
                            "Erdbergstrasse 202, 1030 Wien"])],
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nSie haben die erste Auswahlrunde "
             "erfolgreich gemeistert. Wir laden Sie herzlich zu unserem Assessment Center "
             "für den IT-Servicedesk ein: Mittwoch, 22. April, 08:30 bis ca. 15:00 Uhr.\n\n"
             "Den Ablauf (Gruppenübung, Rollenspiel Hotline, Einzelinterview) finden Sie im "
             "Anhang.\n\nFreundliche Grüße\nIhr Recruiting-Team\n",
     "html": simple_html("Sehr geehrter Herr Özdemir-Laval,\n\nSie haben die erste "
                         "Auswahlrunde erfolgreich gemeistert. Wir laden Sie herzlich zu "
                         "unserem Assessment Center für den IT-Servicedesk ein: Mittwoch, 22. "
                         "April, 08:30 bis ca. 15:00 Uhr.\n\nDen Ablauf (Gruppenübung, "
                         "Rollenspiel Hotline, Einzelinterview) finden Sie im Anhang.\n\n"
                         "Freundliche Grüße\nIhr Recruiting-Team")},
    {"k": INV, "n": "probetag_datavia", "lang": "de", "co": "Datavia",
     "ct": "n.eder@datavia.example.at", "frm": "Nina Eder <n.eder@datavia.example.at>",
     "subj": "Probetag im Support?", "d": "2026-02-24 15:22 +0100",
     "body": "Hallo Henrik,\n\nnach unserem Telefonat würden wir dich gern zu einem "
             "Probetag nach Linz holen – einfach einen Tag mit im Team sitzen, Tickets "
             "mitlesen, Kaffee trinken. Passt dir der 5. März?\n\nLG Nina\nTeamlead Support, "
             "Datavia\n"},
    {"k": INV, "n": "workday_schedule", "lang": "en", "co": "Donaubank", "ct": "",
     "frm": "Donaubank Careers <donaubank@myworkday.com>",
     "subj": "Action required: Schedule your interview", "d": "2026-09-28 07:30 +0200",
     "fmt": "html", "hdr": {"Auto-Submitted": "auto-generated"},
     "html": ats_card("Donaubank", "#004b87",
                      "Dear Henrik,\n\nYou have been invited to interview for Digital "
                      "Service Center Agent (English).\n\nPlease select an available "
                      "interview slot in the candidate home:\nhttps://donaubank.wd3."
                      "myworkday.com/careers/interview/174\n\nSlots are available until 2 "
                      "October.\n\nDonaubank Talent Acquisition",
                      "This is a system generated message. Do not reply.")},
    {"k": INV, "n": "telefoninterview_bank", "lang": "de", "co": "Alpenländische Sparkasse",
     "ct": "recruiting@alpsparkasse.example.at",
     "frm": "Recruiting Alpenländische Sparkasse <recruiting@alpsparkasse.example.at>",
     "rt": "Martina Koller <martina.koller@alpsparkasse.example.at>",
     "subj": "Telefoninterview – Client Support", "d": "2026-03-30 10:05 +0200",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\ngerne würden wir Sie im Rahmen eines "
             "ca. 30-minütigen Telefoninterviews näher kennenlernen. Wäre Donnerstag, 2. "
             "April, um 16:00 Uhr für Sie möglich?\n\nAntworten Sie bitte direkt an Frau "
             "Koller.\n\nMit freundlichen Grüßen\nMartina Koller\nHR Recruiting\n"},
    {"k": INV, "n": "outlook_chain_after_ack", "lang": "de", "co": "Kernwerk IT",
     "ct": "j.pichler@kernwerk.example.at",
     "frm": "Jakob Pichler <j.pichler@kernwerk.example.at>",
     "subj": "AW: Bewerbung Service Desk Graz", "d": "2026-03-02 11:48 +0100",
     "body": outlook_reply(
         "Hallo Herr Özdemir-Laval,\n\ndanke für die Geduld. Hätten Sie am Freitag, 6. März "
         "um 9 Uhr Zeit für ein Gespräch bei uns im Büro in der Reininghausstraße? Dauer ca. "
         "eine Stunde.\n\nGruß\nJakob Pichler\nTeamleiter Service Desk\nKernwerk IT GmbH\n",
         "de", "Henrik Özdemir-Laval <henrik.ol@example.at>", "Mittwoch, 25. Februar 2026 "
         "19:03", "Jakob Pichler", "Bewerbung Service Desk Graz",
         "Sehr geehrter Herr Pichler,\n\nanbei meine Bewerbung. Ich habe gelesen, dass Sie "
         "leider nicht jedem Bewerber antworten können – ich hoffe trotzdem auf eine "
         "Rückmeldung.\n\n" + HENRIK_SIG)},
    {"k": INV, "n": "zweitgespraech", "lang": "de", "co": "Servalto IT Services",
     "ct": "anna.berger@servalto.example.at", "ref": ["ser_inv", "ser_move"],
     "id": "ser_inv2",
     "frm": "Anna Berger <anna.berger@servalto.example.at>",
     "subj": "Zweites Gespräch mit Teamleitung", "d": "2026-03-27 14:00 +0100",
     "body": "Hallo Herr Özdemir-Laval,\n\ndas erste Gespräch ist sehr gut angekommen. Unsere "
             "Teamleiterin Frau Lindner möchte Sie gerne vor Ort kennenlernen: Donnerstag, "
             "2. April, 15:00 Uhr, Wienerbergstraße 11, 4. Stock. Bitte melden Sie sich am "
             "Empfang.\n\nBeste Grüße\nAnna Berger\n"},
    {"k": INV, "n": "smartrecruiters_video", "lang": "en", "co": "Isar Verkehrsbund", "ct": "",
     "frm": "Isar Verkehrsbund <noreply@smartrecruiters.com>",
     "subj": "Video interview invitation – IT Field Support", "d": "2026-07-07 12:00 +0200",
     "fmt": "alt",
     "body": "Dear Henrik,\n\nWe'd like to invite you to a one-way video interview for IT "
             "Field Support (Munich). You will answer four questions on camera; it takes "
             "about 15 minutes.\n\nStart here before 14 July: https://jobs.smartrecruiters."
             "com/video/isar-174\n\nIsar Verkehrsbund Recruiting\n",
     "html": simple_html("Dear Henrik,\n\nWe'd like to invite you to a one-way video "
                         "interview for IT Field Support (Munich). You will answer four "
                         "questions on camera; it takes about 15 minutes.\n\nStart here before "
                         "14 July: https://jobs.smartrecruiters.com/video/isar-174\n\nIsar "
                         "Verkehrsbund Recruiting")},
    {"k": INV, "n": "headhunter_client_meeting", "lang": "de", "co": "Bavaria Assekuranz",
     "ct": "f.keller@kellerpartner.example.de",
     "frm": "Florian Keller <f.keller@kellerpartner.example.de>",
     "subj": "Termin bei Bavaria Assekuranz steht", "d": "2026-06-19 09:40 +0200",
     "body": "Hallo Herr Özdemir-Laval,\n\nich habe Sie bei der Bavaria Assekuranz "
             "vorgestellt und man will Sie sehen: Montag, 29. Juni, 11:00 Uhr, per Zoom mit "
             "dem Head of IT Operations. Den Link schicke ich separat.\n\nKurze Vorbereitung "
             "am Freitag? Ich rufe Sie gegen 17 Uhr an.\n\nViele Grüße\nFlorian Keller\n"
             "Keller & Partner Executive Search\n"},
    {"k": INV, "n": "lever_prague", "lang": "en", "co": "Pragotech",
     "ct": "klara@pragotech.example.cz",
     "frm": "Klára Dvořák <no-reply@hire.lever.co>",
     "rt": "Klára Dvořák <klara@pragotech.example.cz>", "fenc": ("utf-8", "B"),
     "subj": "Interview with Pragotech – IT Helpdesk", "d": "2026-07-29 10:20 +0200",
     "body": "Hi Henrik,\n\nThanks for applying! We'd like to set up a first interview with "
             "our helpdesk lead. Could you choose a slot next week via this link?\n"
             "https://hire.lever.co/interview/pragotech/174\n\nBest regards,\nKlára Dvořák\n"
             "Recruiter, Pragotech\n"},
    {"k": INV, "n": "public_body_hearing", "lang": "de", "co": "Landesrechenzentrum Steiermark",
     "ct": "bewerbung@lrz-stmk.example.at",
     "frm": "Landesrechenzentrum Steiermark <bewerbung@lrz-stmk.example.at>",
     "subj": "Ausschreibung 04/2026 – Einladung zum Hearing", "d": "2026-05-13 08:15 +0200",
     "cs": "windows-1252", "cte": "quoted-printable",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nim Rahmen des Auswahlverfahrens zur "
             "Ausschreibung 04/2026 laden wir Sie zu einem Hearing vor der "
             "Auswahlkommission ein.\n\nTermin: 27. Mai 2026, 10:30 Uhr\nOrt: "
             "Conrad-von-Hötzendorf-Straße 94, 8010 Graz, Besprechungsraum „Schöckl“\n\n"
             "Um Bestätigung bis 20. Mai wird gebeten.\n\nMit freundlichen Grüßen\n"
             "Personalabteilung\n"},
    {"k": INV, "n": "fr_interim_client", "lang": "fr", "co": "Banque du Rhin",
     "ct": "s.kieffer@interimplus.example.fr",
     "frm": "Sophie Kieffer – Interim Plus <s.kieffer@interimplus.example.fr>",
     "subj": "Entretien chez notre client bancaire", "d": "2026-06-12 14:45 +0200",
     "body": "Bonjour Henrik,\n\nLa Banque du Rhin souhaite vous rencontrer pour la mission "
             "de support aux agences. Rendez-vous mardi 16 juin à 14h, place Kléber, "
             "3e étage. Demandez M. Schaeffer à l'accueil.\n\nPensez à apporter votre "
             "pièce d'identité.\n\nSophie Kieffer\nChargée de recrutement – Interim Plus\n"},
    {"k": INV, "n": "es_llamada_agencia", "lang": "es", "co": "Talentia Temporal",
     "ct": "alba.gil@talentia.example.es",
     "frm": "Alba Gil <alba.gil@talentia.example.es>",
     "subj": "¿Hablamos mañana?", "d": "2026-05-19 17:30 +0200",
     "body": "Hola Henrik,\n\nsoy Alba, de Talentia Temporal. He visto tu perfil para el "
             "helpdesk bilingüe. ¿Te puedo llamar mañana miércoles a las 11:00 para una "
             "primera entrevista telefónica de unos 15 minutos?\n\nGracias,\nAlba Gil\n"
             "Consultora – Talentia Temporal, Zaragoza\n"},
    {"k": INV, "n": "es_caja_panel", "lang": "es", "co": "Caja Aragonesa Digital",
     "ct": "seleccion@cajaaragonesa.example.es",
     "frm": "Selección Caja Aragonesa Digital <seleccion@cajaaragonesa.example.es>",
     "subj": "Convocatoria: entrevista con el comité", "d": "2026-08-31 09:30 +0200",
     "fmt": "html", "cs": "iso-8859-1",
     "html": simple_html("Estimado Henrik:\n\nNos complace convocarte a una entrevista "
                         "presencial con el comité de selección para el puesto de Soporte "
                         "Digital a Clientes.\n\nFecha: 7 de septiembre, 12:00 h\nLugar: Paseo "
                         "de la Independencia 10, Zaragoza\n\nRogamos confirmes tu "
                         "asistencia.\n\nDepartamento de Selección").replace(
                             'charset="utf-8"', 'charset="iso-8859-1"')},
    {"k": INV, "n": "ashby_technical", "lang": "en", "co": "Tramlink Software",
     "ct": "jonas@tramlink.example.de",
     "frm": "Jonas Weber <no-reply@ashbyhq.com>",
     "rt": "jonas@tramlink.example.de",
     "subj": "Tramlink Software: technical interview", "d": "2026-09-03 11:10 +0200",
     "body": "Hi Henrik,\n\nThanks for the chat on Thursday! Next step is a 60-minute "
             "technical conversation with two of our support engineers. Book a time here: "
             "https://jobs.ashbyhq.com/tramlink/schedule/174\n\nJonas\n"},
    {"k": INV, "n": "teamtailor_salzburg_invite", "lang": "de", "co": "Salzach Mobil",
     "ct": "", "frm": "Salzach Mobil <noreply@teamtailor-mail.com>",
     "subj": "Lass uns sprechen! Terminbuchung Salzach Mobil", "d": "2026-10-05 10:00 +0200",
     "fmt": "html",
     "html": ats_card("Salzach Mobil", "#c0392b",
                      "Hallo Henrik,\n\nwir möchten dich gerne für die Stelle „IT-Support "
                      "Fahrgastsysteme“ kennenlernen! Such dir über den folgenden Link einen "
                      "Termin für ein Videogespräch aus:\nhttps://salzachmobil.teamtailor.com/"
                      "meetings/174\n\nBis bald!\nDein Team von Salzach Mobil",
                      "Gesendet mit Teamtailor")},
    {"k": INV, "n": "insurer_linz_video", "lang": "de", "co": "Tirolia Versicherung",
     "ct": "p.hauser@tirolia.example.at", "frm": "Paul Hauser <p.hauser@tirolia.example.at>",
     "subj": "Ihre Bewerbung – Einladung zum Videointerview", "senc": ("utf-8", "B"),
     "d": "2026-08-11 13:13 +0200",
     "body": "Grüß Gott Herr Özdemir-Laval,\n\nauch wenn Sie unsere erste Stelle nicht "
             "bekommen haben, wären Sie für den Workplace Support in Salzburg interessant. "
             "Hätten Sie nächste Woche Dienstag um 8:30 Zeit für ein Videointerview?\n\n"
             "Freundliche Grüße\nPaul Hauser\nIT-Leitung, Tirolia Versicherung AG\n"},
    {"k": INV, "n": "bratislava_onsite_en", "lang": "en", "co": "Helpline Solutions",
     "ct": "marek.sulik@helpline.example.sk",
     "frm": "Marek Šulík <marek.sulik@helpline.example.sk>", "fenc": ("utf-8", "B"),
     "subj": "Onsite interview – day shift team", "d": "2026-09-09 16:00 +0200",
     "body": "Dear Henrik,\n\nZuzana passed on your details for our day-shift team, where "
             "Slovak is not required. I'd like to invite you to an onsite interview at "
             "Mlynské nivy 5 on 17 September at 13:00. We'll cover the train ticket from "
             "Vienna.\n\nKind regards,\nMarek Šulík\nService Desk Manager\n"},
    {"k": INV, "n": "fr_visio_collectivite", "lang": "fr", "co": "Collectivité Numérique d'Alsace",
     "ct": "drh@cna.example.fr",
     "frm": "DRH Collectivité Numérique d'Alsace <drh@cna.example.fr>",
     "subj": "Convocation à un entretien en visioconférence", "d": "2026-10-08 09:20 +0200",
     "fmt": "alt",
     "body": "Monsieur,\n\nVous êtes convoqué à un entretien en visioconférence pour le poste "
             "de gestionnaire du parc informatique le mardi 20 octobre 2026 à 10h00.\n\n"
             "Le lien de connexion vous sera transmis la veille.\n\nLa DRH\n",
     "html": simple_html("Monsieur,\n\nVous êtes convoqué à un entretien en visioconférence "
                         "pour le poste de gestionnaire du parc informatique le mardi 20 "
                         "octobre 2026 à 10h00.\n\nLe lien de connexion vous sera transmis la "
                         "veille.\n\nLa DRH")},
    # ---------------- moves and cancellations ----------------
    {"k": MOV, "n": "servalto_seq1", "lang": "de", "co": "Servalto IT Services",
     "ct": "anna.berger@servalto.example.at", "id": "ser_move", "ref": ["ser_inv"],
     "frm": "Anna Berger <anna.berger@servalto.example.at>",
     "subj": "Aktualisiert: Kennenlerngespräch Service Desk (Teams)",
     "d": "2026-03-13 16:20 +0100", "fmt": "alt",
     "ics": dict(SER_ICS, seq=1, start="20260319T140000", end="20260319T150000"),
     "body": "Hallo Herr Özdemir-Laval,\n\nleider muss ich unseren Termin verschieben – "
             "neuer Zeitpunkt ist Donnerstag, 19. März, 14:00 Uhr. Der Kalendereintrag ist "
             "aktualisiert. Ich hoffe, das passt mit Ihrem Dienstplan.\n\nBeste Grüße\n"
             "Anna Berger\n",
     "html": outlook_html("Hallo Herr Özdemir-Laval,\n\nleider muss ich unseren Termin "
                          "verschieben – neuer Zeitpunkt ist Donnerstag, 19. März, 14:00 Uhr. "
                          "Der Kalendereintrag ist aktualisiert. Ich hoffe, das passt mit "
                          "Ihrem Dienstplan.\n\nBeste Grüße\nAnna Berger")},
    {"k": MOV, "n": "rhenan_method_cancel", "lang": "fr", "co": "Rhénan Informatique",
     "ct": "claire.muller@rhenan.example.fr", "id": "rhe_cancel", "ref": ["rhe_inv"],
     "frm": "Claire Muller <claire.muller@rhenan.example.fr>",
     "subj": "Annulé : Entretien technicien support", "d": "2026-03-24 18:05 +0100",
     "fmt": "alt", "ics": dict(RHE_ICS, method="CANCEL", seq=1),
     "body": "Bonjour Monsieur,\n\nJe suis contrainte d'annuler notre rendez-vous de jeudi : "
             "une réorganisation interne est en cours et je reviendrai vers vous dès que "
             "j'en saurai plus.\n\nToutes mes excuses,\nClaire Muller\n",
     "html": simple_html("Bonjour Monsieur,\n\nJe suis contrainte d'annuler notre rendez-vous "
                         "de jeudi : une réorganisation interne est en cours et je reviendrai "
                         "vers vous dès que j'en saurai plus.\n\nToutes mes excuses,\nClaire "
                         "Muller")},
    {"k": MOV, "n": "ebro_cambio_hora", "lang": "es", "co": "Ebro Sistemas",
     "ct": "nuria@ebrosistemas.example.es", "id": "ebr_move", "ref": ["ebr_inv"],
     "frm": "Nuria Lasheras <nuria@ebrosistemas.example.es>",
     "subj": "Re: Entrevista para técnico de sistemas", "d": "2026-06-12 09:10 +0200",
     "fmt": "alt", "ics": dict(EBR_ICS, seq=2, start="20260616T163000", end="20260616T173000"),
     "body": reply("Hola de nuevo, Henrik:\n\nMe ha surgido una auditoría el lunes. ¿Podemos "
                   "pasar la entrevista al martes 16 a las 16:30? Te he actualizado la "
                   "invitación del calendario.\n\nPerdona el cambio,\nNuria\n", "es",
                   "mié, 10 jun 2026 a las 12:40", "Nuria Lasheras",
                   "nuria@ebrosistemas.example.es",
                   "Hola Henrik:\n\nNos ha gustado mucho tu candidatura. ¿Te vendría bien una "
                   "entrevista por Google Meet el lunes 15 de junio a las 10:00?\n"),
     "html": simple_html("Hola de nuevo, Henrik:\n\nMe ha surgido una auditoría el lunes. "
                         "¿Podemos pasar la entrevista al martes 16 a las 16:30? Te he "
                         "actualizado la invitación del calendario.\n\nPerdona el cambio,\n"
                         "Nuria")},
    {"k": MOV, "n": "interviewer_ill", "lang": "de", "co": "Kernwerk IT",
     "ct": "office@kernwerk.example.at",
     "frm": "Kernwerk IT Office <office@kernwerk.example.at>",
     "subj": "Termin morgen entfällt – Herr Pichler erkrankt", "d": "2026-03-05 07:40 +0100",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nHerr Pichler ist leider kurzfristig "
             "erkrankt, daher muss das Gespräch morgen um 9 Uhr entfallen. Er meldet sich, "
             "sobald er wieder im Haus ist, mit einem neuen Termin.\n\nWir bitten um "
             "Verständnis.\n\nKernwerk IT – Sekretariat\n"},
    {"k": MOV, "n": "helpline_new_slot", "lang": "en", "co": "Helpline Solutions",
     "ct": "zuzana.hornakova@helpline.example.sk", "id": "hel_move",
     "ref": ["hel_inv", "hel_missed"],
     "frm": "Zuzana Horňáková <zuzana.hornakova@helpline.example.sk>",
     "subj": "RE: Phone screen – Helpline Solutions", "d": "2026-04-22 15:00 +0200",
     "body": "Hi Henrik,\n\nNo problem at all. Let's move the phone screen to Friday 24 "
             "April, 11:00. Same number.\n\nZuzana\n"},
    {"k": MOV, "n": "meridia_room_time_change", "lang": "de", "co": "Meridia Versicherung",
     "ct": "sabine.renner@meridia.example.at", "ref": ["mer_inv"],
     "frm": "Sabine Renner <sabine.renner@meridia.example.at>",
     "subj": "Aktualisierte Einladung: Interview IT-Support Meridia",
     "d": "2026-05-15 12:30 +0200", "fmt": "alt",
     "ics": dict(MER_ICS, seq=1, start="20260519T153000", end="20260519T163000"),
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nkleine Änderung: Das Panel beginnt am "
             "Dienstag erst um 15:30 Uhr, da ein Kollege aus Wien anreist. Ort bleibt "
             "gleich.\n\nMit freundlichen Grüßen\nSabine Renner\n",
     "html": simple_html("Sehr geehrter Herr Özdemir-Laval,\n\nkleine Änderung: Das Panel "
                         "beginnt am Dienstag erst um 15:30 Uhr, da ein Kollege aus Wien "
                         "anreist. Ort bleibt gleich.\n\nMit freundlichen Grüßen\nSabine "
                         "Renner")},
    {"k": MOV, "n": "employer_cancels_no_reject", "lang": "de", "co": "Alpenländische Sparkasse",
     "ct": "martina.koller@alpsparkasse.example.at",
     "frm": "Martina Koller <martina.koller@alpsparkasse.example.at>",
     "subj": "Absage Telefontermin Donnerstag", "d": "2026-04-01 12:05 +0200",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nich muss unser Telefonat morgen leider "
             "absagen, da ich den ganzen Tag in einer Schulung bin. Ihre Bewerbung ist davon "
             "natürlich nicht betroffen – ich schicke Ihnen nach Ostern neue Vorschläge.\n\n"
             "Mit freundlichen Grüßen\nMartina Koller\n"},
    {"k": MOV, "n": "agency_client_moved", "lang": "de", "co": "Grazer Linienbetriebe",
     "ct": "m.hoffer@personalwerk.example.at", "ref": ["glb_inv"],
     "frm": "Miriam Hoffer | Personalwerk <m.hoffer@personalwerk.example.at>",
     "subj": "Kleine Änderung: Termin Grazer Linienbetriebe", "d": "2026-06-08 17:10 +0200",
     "cs": "iso-8859-1", "cte": "quoted-printable",
     "body": "Hallo Herr Özdemir-Laval,\n\ndie Grazer Linienbetriebe haben angefragt, ob wir "
             "den Termin von Mittwoch auf Freitag, 12. Juni, 10:00 Uhr schieben können. "
             "Herr Wolf hat am Mittwoch eine Störung im Leitsystem zu betreuen.\n\nKurze "
             "Bestätigung genügt.\n\nLiebe Grüße\nMiriam Hoffer\n"},
    {"k": MOV, "n": "isar_cancel_event", "lang": "en", "co": "Isar Verkehrsbund",
     "ct": "lukas.brandl@isar-vb.example.de",
     "frm": "Lukas Brandl <lukas.brandl@isar-vb.example.de>",
     "subj": "Canceled: IT Field Support – interview", "d": "2026-07-20 08:00 +0200",
     "fmt": "alt",
     "ics": _ics("isar-174-0721@isar-vb.example.de", "20260721T090000", "20260721T100000",
                 "IT Field Support – interview", "lukas.brandl@isar-vb.example.de",
                 "Lukas Brandl", method="CANCEL", seq=1, tz="Europe/Berlin"),
     "body": "Hello Henrik,\n\nI have to cancel tomorrow's meeting – the hiring manager is "
             "stuck at an incident on the U-Bahn network. You're still very much in the "
             "process; I'll send you a new invite as soon as I have his availability.\n\n"
             "Lukas Brandl\nRecruiter, Isar Verkehrsbund\n",
     "html": simple_html("Hello Henrik,\n\nI have to cancel tomorrow's meeting – the hiring "
                         "manager is stuck at an incident on the U-Bahn network. You're still "
                         "very much in the process; I'll send you a new invite as soon as I "
                         "have his availability.\n\nLukas Brandl\nRecruiter, Isar "
                         "Verkehrsbund")},
    {"k": MOV, "n": "headhunter_postponed", "lang": "de", "co": "Bavaria Assekuranz",
     "ct": "f.keller@kellerpartner.example.de",
     "frm": "Florian Keller <f.keller@kellerpartner.example.de>",
     "subj": "WG: Termin Bavaria Assekuranz verschoben", "d": "2026-06-26 11:25 +0200",
     "body": "Hallo Herr Özdemir-Laval,\n\nsiehe unten – der Termin wandert auf Mittwoch, "
             "1. Juli, gleiche Uhrzeit. Passt das?\n\nFlorian\n\n" + "_" * 32 + "\nVon: "
             "Brigitte Haas <b.haas@bavaria-assekuranz.example.de>\nGesendet: Freitag, 26. "
             "Juni 2026 10:58\nAn: Florian Keller\nBetreff: Termin Herr Özdemir-Laval\n\n"
             "Lieber Herr Keller,\nunser Head of IT Operations ist Montag verhindert. Können "
             "wir das Gespräch mit Ihrem Kandidaten auf Mittwoch 11 Uhr verlegen?\nGruß B. "
             "Haas\n"},
    {"k": MOV, "n": "fr_report_visio", "lang": "fr", "co": "Banque du Rhin",
     "ct": "s.kieffer@interimplus.example.fr",
     "frm": "Sophie Kieffer – Interim Plus <s.kieffer@interimplus.example.fr>",
     "subj": "Report de votre entretien", "d": "2026-06-15 18:40 +0200",
     "body": "Bonjour Henrik,\n\nLa Banque du Rhin me demande de décaler l'entretien de "
             "demain au jeudi 18 juin à 10h, même adresse. Pouvez-vous me confirmer ?\n\n"
             "Merci,\nSophie\n"},
    {"k": MOV, "n": "es_aplazada", "lang": "es", "co": "Caja Aragonesa Digital",
     "ct": "seleccion@cajaaragonesa.example.es",
     "frm": "Selección Caja Aragonesa Digital <seleccion@cajaaragonesa.example.es>",
     "subj": "Aplazamiento de la entrevista del 7 de septiembre", "d": "2026-09-04 13:00 +0200",
     "body": "Estimado Henrik:\n\nPor motivos de agenda del comité, la entrevista prevista "
             "para el lunes 7 queda aplazada al jueves 10 de septiembre a las 9:30, en el "
             "mismo lugar.\n\nDisculpa las molestias.\n\nDepartamento de Selección\n"},
    {"k": MOV, "n": "tramlink_reschedule_en", "lang": "en", "co": "Tramlink Software",
     "ct": "jonas@tramlink.example.de", "frm": "Jonas Weber <jonas@tramlink.example.de>",
     "subj": "Re: Tramlink Software: technical interview", "d": "2026-09-07 08:05 +0200",
     "body": "Morning Henrik,\n\none of the engineers is out today, so I've pushed your "
             "technical interview from 14:00 today to Wednesday 14:00. Hope that's okay – "
             "shout if not.\n\nJonas\n"},
    {"k": MOV, "n": "lrz_hearing_verlegt", "lang": "de", "co": "Landesrechenzentrum Steiermark",
     "ct": "bewerbung@lrz-stmk.example.at",
     "frm": "Landesrechenzentrum Steiermark <bewerbung@lrz-stmk.example.at>",
     "subj": "Ausschreibung 04/2026 – Verlegung des Hearings", "d": "2026-05-21 14:30 +0200",
     "fmt": "html", "cs": "windows-1252", "cte": "quoted-printable",
     "html": simple_html("Sehr geehrter Herr Özdemir-Laval,\n\naus organisatorischen Gründen "
                         "wird das Hearing vom 27. Mai auf den 3. Juni 2026, 10:30 Uhr, "
                         "verlegt. Der Ort bleibt unverändert.\n\nMit freundlichen Grüßen\n"
                         "Personalabteilung").replace('charset="utf-8"',
                                                      'charset="windows-1252"')},
    {"k": MOV, "n": "datavia_probetag_abgesagt", "lang": "de", "co": "Datavia",
     "ct": "n.eder@datavia.example.at", "frm": "Nina Eder <n.eder@datavia.example.at>",
     "subj": "Probetag – wir müssen leider schieben", "d": "2026-03-03 20:10 +0100",
     "body": "Hi Henrik,\n\nblöd, aber am 5. März ist bei uns ein Rollout angesetzt und "
             "keiner hätte Zeit für dich. Den Probetag machen wir trotzdem – ich melde mich "
             "mit einem neuen Datum, sobald der Rollout durch ist.\n\nLG Nina\n"},
    # ---------------- missed interviews ----------------
    {"k": MIS, "n": "vltava_waited_teams", "lang": "en", "co": "Vltava Digital",
     "ct": "petra.novak@vltava.example.cz", "id": "vlt_missed", "ref": ["vlt_inv"],
     "frm": "Petra Novák <petra.novak@vltava.example.cz>",
     "subj": "Missed interview – Service Desk Analyst L2", "d": "2026-06-05 10:25 +0200",
     "body": "Hi Henrik,\n\nWe waited on Teams for about 15 minutes this morning for your "
             "10:00 interview, but you didn't join. I hope everything is alright.\n\n"
             "Let me know what happened.\n\nPetra Novák\nTalent Partner, Vltava Digital\n"},
    {"k": MIS, "n": "helpline_tried_calling", "lang": "en", "co": "Helpline Solutions",
     "ct": "zuzana.hornakova@helpline.example.sk", "id": "hel_missed", "ref": ["hel_inv"],
     "frm": "Zuzana Horňáková <zuzana.hornakova@helpline.example.sk>",
     "subj": "We couldn't reach you", "d": "2026-04-20 10:35 +0200",
     "body": "Hi Henrik,\n\nI tried calling you twice at 10:00 for our phone screen but it "
             "went straight to voicemail. If you're still interested, reply and we'll see "
             "what we can do.\n\nZuzana\n"},
    {"k": MIS, "n": "kernwerk_nicht_erschienen", "lang": "de", "co": "Kernwerk IT",
     "ct": "j.pichler@kernwerk.example.at",
     "frm": "Jakob Pichler <j.pichler@kernwerk.example.at>",
     "subj": "Heute 9 Uhr?", "d": "2026-03-13 09:50 +0100",
     "body": "Hallo Herr Özdemir-Laval,\n\nwir haben heute um 9 Uhr im Büro auf Sie "
             "gewartet, Sie sind aber nicht gekommen. Ist etwas dazwischengekommen? Geben "
             "Sie mir bitte kurz Bescheid.\n\nJakob Pichler\n"},
    {"k": MIS, "n": "agency_client_waited", "lang": "de", "co": "Alpenländische Sparkasse",
     "ct": "m.hoffer@personalwerk.example.at",
     "frm": "Miriam Hoffer | Personalwerk <m.hoffer@personalwerk.example.at>",
     "subj": "Was war los?", "d": "2026-04-09 14:20 +0200",
     "body": "Hallo Herr Özdemir-Laval,\n\ndie Alpenländische Sparkasse hat mich gerade "
             "angerufen – man hat Sie um 13 Uhr in der Filiale erwartet, und Sie waren nicht "
             "da. Auch telefonisch waren Sie nicht erreichbar. Bitte melden Sie sich "
             "dringend bei mir.\n\nMiriam Hoffer\nPersonalwerk Austria\n+43 1 555 4410\n"},
    {"k": MIS, "n": "datavia_zoom_leer", "lang": "de", "co": "Datavia",
     "ct": "n.eder@datavia.example.at", "frm": "Nina Eder <n.eder@datavia.example.at>",
     "subj": "Hab dich im Call vermisst", "d": "2026-04-16 11:20 +0200",
     "body": "Hi Henrik,\n\nich saß heute um 11 im Zoom-Raum, aber du bist nicht "
             "aufgetaucht. Hab ich dir vielleicht den falschen Link geschickt? Schreib mir "
             "kurz.\n\nLG Nina\n"},
    {"k": MIS, "n": "meridia_no_show_ooo", "lang": "de", "co": "Tirolia Versicherung",
     "ct": "p.hauser@tirolia.example.at", "frm": "Paul Hauser <p.hauser@tirolia.example.at>",
     "subj": "Videointerview heute 8:30", "d": "2026-08-18 09:05 +0200", "fmt": "alt",
     "body": "Sehr geehrter Herr Özdemir-Laval,\n\nich war heute um 8:30 Uhr im vereinbarten "
             "Videomeeting, habe Sie jedoch nicht angetroffen. Als Antwort auf meine "
             "Erinnerung kam nur eine Abwesenheitsnotiz.\n\nFalls Sie weiterhin Interesse "
             "haben, melden Sie sich bitte bis Freitag.\n\nFreundliche Grüße\nPaul Hauser\n",
     "html": outlook_html("Sehr geehrter Herr Özdemir-Laval,\n\nich war heute um 8:30 Uhr im "
                          "vereinbarten Videomeeting, habe Sie jedoch nicht angetroffen. Als "
                          "Antwort auf meine Erinnerung kam nur eine Abwesenheitsnotiz.\n\n"
                          "Falls Sie weiterhin Interesse haben, melden Sie sich bitte bis "
                          "Freitag.\n\nFreundliche Grüße\nPaul Hauser")},
    {"k": MIS, "n": "isar_no_show_en", "lang": "en", "co": "Isar Verkehrsbund",
     "ct": "lukas.brandl@isar-vb.example.de",
     "frm": "Lukas Brandl <lukas.brandl@isar-vb.example.de>",
     "subj": "Today's interview", "d": "2026-07-28 15:45 +0200",
     "body": "Hello Henrik,\n\nThe panel was ready for you at 15:00 today but nobody "
             "dialled in. We are a bit puzzled since you had confirmed yesterday. Could you "
             "let me know if you'd like to continue?\n\nLukas Brandl\n"},
    {"k": MIS, "n": "fr_absent_rdv", "lang": "fr", "co": "Collectivité Numérique d'Alsace",
     "ct": "drh@cna.example.fr",
     "frm": "DRH Collectivité Numérique d'Alsace <drh@cna.example.fr>",
     "subj": "Absence à l'entretien du 20 octobre", "d": "2026-10-20 11:00 +0200",
     "body": "Monsieur,\n\nNous constatons que vous ne vous êtes pas connecté à l'entretien "
             "prévu ce jour à 10h00. Le jury vous a attendu vingt minutes.\n\nSi un "
             "empêchement indépendant de votre volonté en est la cause, merci de nous en "
             "informer sous 48 heures.\n\nLa DRH\n"},
    {"k": MIS, "n": "es_no_contestaste", "lang": "es", "co": "Talentia Temporal",
     "ct": "alba.gil@talentia.example.es",
     "frm": "Alba Gil <alba.gil@talentia.example.es>",
     "subj": "Te he llamado a las 11:00", "d": "2026-05-20 11:30 +0200",
     "body": "Hola Henrik,\n\nte he llamado dos veces a la hora que quedamos, pero no he "
             "podido localizarte. ¿Seguimos con el proceso? Dime cuándo te viene bien.\n\n"
             "Alba\n"},
    {"k": MIS, "n": "servalto_reception", "lang": "de", "co": "Servalto IT Services",
     "ct": "anna.berger@servalto.example.at", "ref": ["ser_inv2"],
     "frm": "Anna Berger <anna.berger@servalto.example.at>",
     "subj": "Heute 15 Uhr – Sie wurden am Empfang erwartet", "d": "2026-04-02 15:40 +0200",
     "body": "Hallo Herr Özdemir-Laval,\n\nFrau Lindner und ich haben heute ab 15 Uhr auf "
             "Sie gewartet, am Empfang sind Sie nicht angekommen, und unter Ihrer Nummer "
             "meldet sich nur die Mobilbox. Ich hoffe, es ist nichts passiert.\n\nBeste "
             "Grüße\nAnna Berger\n"},
]
