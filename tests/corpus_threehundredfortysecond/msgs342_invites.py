"""Corpus 342: invitations, moved or cancelled interviews and missed-interview notices
outside the long threads."""

from __future__ import annotations

from msgs342_common import DISCLAIMER_DE, DISCLAIMER_EN, Spec, msg, sig

DERMOT = ("Dermot Creedon", "dermot.creedon@quaysidetemps.example.ie")
DERMOT_SIG = sig(
    "Dermot Creedon | Recruitment Consultant",
    "Quayside Temps | 22 Lapp's Quay, Cork T12 F6W2 | 021 455 5180",
)
NADIA = ("Nadia Keller", "nadia.keller@limmat-medtech.example.ch")
NADIA_SIG = sig(
    "Nadia Keller",
    "Talent Acquisition Partner, Limmat Medtech",
    "Pfingstweidstrasse 60, 8005 Zurich, Switzerland",
    "+41 44 555 27 90",
)
SINEAD = ("Sinéad Brophy", "sinead.brophy@harbourview.example.ie")
SINEAD_SIG = sig(
    "Sinéad Brophy",
    "HR Business Partner | Harbourview University",
    "Belfield Road, Dublin 4 | +353 1 555 4471",
)
MAIRE = ("Máire Conneely", "maire@atlanticlearning.example.ie")
WORKABLE = ("Atlantic Learning Collective", "noreply@workablemail.com")
LEA = ("Lea Sommer", "lea.sommer@spreeleiter.example.de")
ASHBY = ("Spreeleiter Software", "no-reply@ashbyhq.com")
EIMEAR = ("Eimear Walsh", "eimear.walsh@shannonside.example.ie")
ELLA = ("Ella Moriarty", "ella@brightlane.example.ie")
CIARAN = ("Ciarán Ó Dálaigh", "ciaran@clearpathtalent.example.ie")

SOENKE = ("Sönke Hansen", "soenke.hansen@nordlicht-mt.example.de")
SOFTGARDEN = ("Nordlicht Medizintechnik", "noreply@softgarden.io")
RETO = ("Reto Zwicky", "reto.zwicky@lernfabrik.example.ch")
FRIEDERIKE = ("Friederike Asmussen", "f.asmussen@talentbruecke.example.de")
FRIEDERIKE_SIG = sig(
    "Friederike Asmussen",
    "Talentbrücke Personalberatung · Große Elbstraße 145 · 22767 Hamburg",
    "Mobil +49 170 555 4821",
)
BIRTE = ("Birte Lüders", "b.lueders@alsterpharma.example.de")

CAMILLE_TT = ("Camille de Ondine E-Learning", "no-reply@teamtailor-mail.com")
CAMILLE = ("Camille Roux", "camille.roux@ondine-elearning.example.fr")
LAURENT = ("Laurent Bichat", "laurent.bichat@medivance.example.fr")
LAURENT_SIG = sig(
    "Laurent Bichat",
    "Chargé de recrutement – Médivance",
    "12 avenue Tony-Garnier, 69007 Lyon",
    "Tél. : 04 78 55 52 20",
)
THIBAULT = ("Thibault Garnier", "thibault.garnier@lumen-rh.example.fr")
THIBAULT_SIG = sig(
    "Thibault Garnier · Consultant senior Formation & RH · Lumen RH",
    "27 rue de la République, 69002 Lyon · 06 55 55 12 48",
)

ICIMS_ES = ("Bioandaluza Farma - Talento", "bioandaluza-noreply@icims.com")
MARTA = ("Marta Solís", "marta.solis@bioandaluza.example.es")
MANUEL = ("Manuel Ortega Vidal", "manuel.ortega@aulagiralda.example.es")

INVITES_EN: list[Spec] = [
    msg(
        "spreeleiter_invite", "interview_invitation", "en", ASHBY, "2026-04-08 09:30 +0000",
        "Schedule your interview with Spreeleiter Software",
        "Hi Siobhán,\n\n"
        "Thanks for applying to the Learning & Enablement Designer role at Spreeleiter!\n"
        "We'd like to invite you to a 45-minute video interview with our Enablement Lead.\n\n"
        "Please choose a time that works for you:\n"
        "https://app.ashbyhq.com/scheduling/spreeleiter/e91f0c\n\n"
        "The link expires in 5 days. If none of the times work, reply to this e-mail and Lea\n"
        "from our People team will help.\n\n"
        "Spreeleiter Software – Berlin\n",
        company="Spreeleiter Software", contact=LEA[1], reply_to=LEA, fmt="alt",
        brand="Spreeleiter",
    ),
    msg(
        "limmat_assessment", "interview_invitation", "en", NADIA, "2026-06-02 13:50 +0200",
        "Invitation: Assessment Centre – Learning Experience Designer",
        "Dear Siobhán,\n\n"
        "Thank you for your application. We are pleased to invite you to our assessment centre\n"
        "for the Learning Experience Designer role on Tuesday 16 June 2026, 09:00–15:30, at\n"
        "our Zurich headquarters. The attached agenda explains the exercises (a group case,\n"
        "a design task and an interview with the Head of Global Training).\n\n"
        "We will cover your travel from Cork. Please confirm your participation by 5 June.\n\n"
        "Kind regards,\n" + NADIA_SIG,
        company="Limmat Medtech", contact=NADIA[1],
        pdfs=[("Limmat_Assessment_Centre_Agenda.pdf", [
            "Limmat Medtech - Assessment Centre, 16 June 2026",
            "09:00 Welcome and site tour",
            "10:00 Group case: onboarding programme for a new product line",
            "12:30 Lunch",
            "13:30 Individual design task",
            "14:45 Interview with the Head of Global Training",
        ])],
    ),
    msg(
        "quayside_trial", "interview_invitation", "en", DERMOT, "2026-03-30 10:02 +0100",
        "Trial day – training coordinator assignment",
        "Hi Siobhan,\n\n"
        "Good news: the client would like you to come in for a paid trial day next Monday,\n"
        "6 April, from 9am to 1pm at their office in Little Island. You'd be shadowing their\n"
        "L&D coordinator and helping with a new-starter induction.\n\n"
        "Let me know you're OK for it and I'll send on the address and parking details.\n\n"
        "Thanks,\nDermot\n" + DERMOT_SIG,
        company="Quayside Temps", contact=DERMOT[1], cs="windows-1252", cte="8bit",
    ),
    msg(
        "shannonside_screen", "interview_invitation", "en",
        ("Shannonside Medical Careers", "shannonside-noreply@icims.com"),
        "2026-04-20 11:45 +0100",
        "Phone screen invitation – Training Specialist (2026-1187)",
        "Dear Siobhán,\n\n"
        "Thank you for applying for the Training Specialist role. Eimear Walsh from our\n"
        "Talent Acquisition team would like to schedule a 20-minute phone screen with you.\n\n"
        "Please select a time using the link below:\n"
        "https://careers-shannonside.icims.com/jobs/1187/schedule\n\n"
        "Should you have any questions, reply to this e-mail to reach Eimear directly.\n\n"
        "Sincerely,\nShannonside Medical Talent Acquisition\n",
        company="Shannonside Medical", contact=EIMEAR[1], reply_to=EIMEAR, fmt="alt",
        brand="Shannonside Medical",
    ),
    msg(
        "harbourview_invite", "interview_invitation", "en", SINEAD, "2026-05-05 14:30 +0100",
        "Interview – Digital Learning Designer, Centre for Digital Learning",
        "Dear Siobhán,\n\n"
        "Thank you for your application for the post of Digital Learning Designer. I am\n"
        "pleased to invite you to interview on Wednesday 13 May at 11:30 in Room 2.14 of the\n"
        "Teaching & Learning Hub, Belfield Road.\n\n"
        "The interview board will ask you to give a 10-minute presentation on 'Designing an\n"
        "online module for first-year students'. The brief is attached, and a calendar\n"
        "invitation follows in this e-mail.\n\n"
        "Please confirm your attendance.\n\nKind regards,\n" + SINEAD_SIG + DISCLAIMER_EN,
        company="Harbourview University", contact=SINEAD[1], name_cs=("utf-8", "B"),
        ics={"uid": "hvu-cdl-dld-int-0513@harbourview.example.ie", "tz": "Europe/Dublin",
             "start": "20260513T113000", "end": "20260513T123000",
             "summary": "Interview – Digital Learning Designer",
             "location": "Teaching & Learning Hub, Room 2.14"},
        pdfs=[("Presentation_Brief_DLD.pdf", [
            "Harbourview University - Centre for Digital Learning",
            "Interview presentation brief (10 minutes)",
            "Topic: Designing an online module for first-year students",
        ])],
    ),
    msg(
        "atlantic_screen", "interview_invitation", "en", WORKABLE, "2026-03-12 09:05 +0000",
        "Video screen invitation: Instructional Designer at Atlantic Learning Collective",
        "Hi Siobhán,\n\n"
        "Máire Conneely has invited you to a video screen for the Instructional Designer\n"
        "position at Atlantic Learning Collective.\n\n"
        "When: Tuesday, 17 March 2026, 10:00 – 10:30 (GMT)\n"
        "Where: Google Meet – https://meet.example.com/alc-screen-17\n\n"
        "Add it to your calendar or reply to this message to reach Máire.\n",
        company="Atlantic Learning Collective", contact=MAIRE[1], reply_to=MAIRE,
        fmt="alt", brand="Atlantic Learning Collective",
    ),
    msg(
        "brightlane_invite", "interview_invitation", "en",
        ("Ella from Brightlane", "no-reply@teamtailor-mail.com"), "2026-07-21 12:00 +0100",
        "Interview invitation: Learning Content Lead",
        "Hi Siobhán!\n\n"
        "We'd love to get to know you better. You're invited to a video interview for the\n"
        "Learning Content Lead role on Tuesday 28 July at 15:00 (Irish time) on Zoom.\n\n"
        "The calendar invitation is attached – accept it to confirm.\n\n"
        "See you soon,\nElla & the Brightlane team\n",
        company="Brightlane", fmt="alt",
        ics={"uid": "tt-interview-5521093@teamtailor.com", "tz": "Europe/Dublin",
             "start": "20260728T150000", "end": "20260728T154500",
             "summary": "Brightlane – interview – Learning Content Lead",
             "location": "Zoom", "organizer": ELLA,
             "prodid": "-//Teamtailor//Interview//EN"},
    ),
]

MOVES_EN: list[Spec] = [
    msg(
        "limmat_postponed", "interview_reschedule_or_cancel", "en", NADIA,
        "2026-06-08 08:20 +0200",
        "Assessment Centre postponed to 23 June",
        "Dear Siobhán,\n\n"
        "Due to an unexpected audit at our Zurich site, we have to postpone next week's\n"
        "assessment centre by one week. The new date is Tuesday 23 June 2026, same times and\n"
        "same programme. Your hotel booking has been moved accordingly.\n\n"
        "Please accept our apologies and let me know if the new date works for you.\n\n"
        "Kind regards,\n" + NADIA_SIG,
        company="Limmat Medtech", contact=NADIA[1], reply="limmat_assessment",
    ),
    msg(
        "harbourview_moved", "interview_reschedule_or_cancel", "en", SINEAD,
        "2026-05-11 16:05 +0100",
        "Updated: Interview – Digital Learning Designer (new time)",
        "Dear Siobhán,\n\n"
        "Owing to a clash with Academic Council, the interview board has had to move your\n"
        "interview on Wednesday 13 May from 11:30 to 15:00, same room. The calendar entry has\n"
        "been updated. Apologies for any inconvenience.\n\nKind regards,\n" + SINEAD_SIG,
        company="Harbourview University", contact=SINEAD[1], name_cs=("utf-8", "B"),
        reply="harbourview_invite", fmt="alt",
        ics={"uid": "hvu-cdl-dld-int-0513@harbourview.example.ie", "tz": "Europe/Dublin",
             "seq": 1, "start": "20260513T150000", "end": "20260513T160000",
             "summary": "Interview – Digital Learning Designer (moved)",
             "location": "Teaching & Learning Hub, Room 2.14"},
    ),
    msg(
        "spreeleiter_cancel", "interview_reschedule_or_cancel", "en", ASHBY,
        "2026-04-15 07:40 +0000",
        "Interview cancelled: Learning & Enablement Designer",
        "Hi Siobhán,\n\n"
        "Unfortunately your interview on Thursday, 16 April at 11:00 CEST has been cancelled\n"
        "because your interviewer is unavailable. Lea from our People team will reach out\n"
        "shortly to find a new time.\n\n"
        "We're sorry for the inconvenience.\n\nSpreeleiter Software\n",
        company="Spreeleiter Software", contact=LEA[1], reply_to=LEA, fmt="alt",
        ics={"method": "CANCEL", "uid": "ashby-int-2f8c01@ashbyhq.com", "tz": "Europe/Berlin",
             "seq": 2, "start": "20260416T110000", "end": "20260416T114500",
             "summary": "Interview: Siobhán Rautenberg-Ní Bhriain – Spreeleiter",
             "location": "Google Meet", "organizer": LEA},
    ),
]

MISSED_EN: list[Spec] = [
    msg(
        "quayside_missed", "missed_interview_notice", "en", DERMOT, "2026-03-24 14:20 +0000",
        "Tried to call you",
        "Hi Siobhan,\n\n"
        "I rang you twice at 2pm as arranged for the phone interview with the client's HR\n"
        "manager, but it went to voicemail both times. She waited on the line with me for ten\n"
        "minutes.\n\n"
        "Could you give me a shout when you get this? I'll see if she can do another time.\n\n"
        "Dermot\n" + DERMOT_SIG,
        company="Quayside Temps", contact=DERMOT[1],
    ),
    msg(
        "atlantic_noshow", "missed_interview_notice", "en", WORKABLE, "2026-03-17 10:41 +0000",
        "We missed you at your video screen",
        "Hi Siobhán,\n\n"
        "Máire waited for you in the Google Meet room this morning at 10:00, but you didn't\n"
        "join the video screen for the Instructional Designer position.\n\n"
        "If something came up, simply reply to this e-mail and Máire will see whether another\n"
        "slot is possible.\n\nAtlantic Learning Collective\n",
        company="Atlantic Learning Collective", contact=MAIRE[1], reply_to=MAIRE,
        cte="base64",
    ),
    msg(
        "brightlane_missed", "missed_interview_notice", "en", ELLA, "2026-07-28 15:22 +0100",
        "Our call today",
        "Hi Siobhán,\n\n"
        "Ella here from Brightlane – we were on Zoom for our 3pm interview and waited about 15\n"
        "minutes, but didn't see you join. I hope everything is OK!\n\n"
        "I can't promise another slot this week as the team is heading on leave, but let me\n"
        "know what happened.\n\nElla Moriarty\nPeople Partner, Brightlane\n",
        company="Brightlane", contact=ELLA[1], fmt="alt",
    ),
    msg(
        "clearpath_missed", "missed_interview_notice", "en", CIARAN, "2026-04-22 10:24 +0100",
        "Ardmore Biologics call – did you get disconnected?",
        "Hi Siobhán,\n\n"
        "Ardmore Biologics' hiring manager, Tom Kehoe, was on the Teams call at 10:00 and\n"
        "says you didn't join. I've tried your mobile too. Is everything alright?\n\n"
        "He's happy to try again later this week if we let him know today.\n\n"
        "Ciarán\n\nCiarán Ó Dálaigh | Clearpath Learning Talent | +353 87 555 2290\n",
        company="Ardmore Biologics", contact=CIARAN[1], name_cs=("utf-8", "Q"),
    ),
]

DE: list[Spec] = [
    msg(
        "nordlicht_invite", "interview_invitation", "de", SOFTGARDEN, "2026-05-12 13:00 +0200",
        "Einladung zum Vorstellungsgespräch – Trainerin / Instructional Designerin",
        "Sehr geehrte Frau Rautenberg-Ní Bhriain,\n\n"
        "wir freuen uns, Sie zu einem Vorstellungsgespräch per Microsoft Teams einzuladen:\n\n"
        "Dienstag, 19. Mai 2026, 11:00–12:00 Uhr\n"
        "Gesprächspartner: Sönke Hansen (Leitung Produktschulung), Dr. Anja Petersen (HR)\n\n"
        "Die Kalendereinladung finden Sie in dieser E-Mail. Für Rückfragen antworten Sie\n"
        "einfach auf diese Nachricht.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Nordlicht Medizintechnik GmbH\n",
        company="Nordlicht Medizintechnik", contact=SOENKE[1], reply_to=SOENKE, fmt="alt",
        brand="Nordlicht Medizintechnik",
        ics={"uid": "sg-interview-774201@softgarden.io", "tz": "Europe/Berlin",
             "start": "20260519T110000", "end": "20260519T120000",
             "summary": "Vorstellungsgespräch Nordlicht Medizintechnik",
             "location": "Microsoft Teams"},
    ),
    msg(
        "zuercher_probetag", "interview_invitation", "de", RETO, "2026-08-17 10:30 +0200",
        "Einladung zum Probetag",
        "Grüezi Frau Rautenberg-Ní Bhriain\n\n"
        "Herzlichen Dank für das angenehme Videogespräch. Wir möchten Sie gerne zu einem\n"
        "Probetag bei uns in Zürich einladen: Montag, 31. August, 9.00 bis 16.00 Uhr. Sie\n"
        "arbeiten mit unserem Team an einem kurzen E-Learning-Modul mit.\n\n"
        "Die Reisekosten übernehmen wir selbstverständlich. Passt Ihnen das Datum?\n\n"
        "Freundliche Grüsse\nReto Zwicky\nCo-Leiter, Zürcher Lernfabrik\n"
        "Badenerstrasse 120, 8004 Zürich\n",
        company="Zürcher Lernfabrik", contact=RETO[1], cs="iso-8859-1", cte="8bit",
    ),
    msg(
        "talentbruecke_invite", "interview_invitation", "de", FRIEDERIKE,
        "2026-07-20 09:12 +0200",
        "Gesprächstermin Elbbank Akademie",
        "Liebe Frau Rautenberg-Ní Bhriain,\n\n"
        "wie telefonisch besprochen, habe ich Sie der Elbbank für die Position\n"
        "„Konzepterin digitale Lernformate“ in der Elbbank Akademie vorgestellt. Die\n"
        "Akademieleitung möchte Sie gern kennenlernen:\n\n"
        "Donnerstag, 30. Juli 2026, 14:00 Uhr, per Videocall (Link folgt)\n\n"
        "Ich rufe Sie vorher noch zur Vorbereitung an.\n\n"
        "Beste Grüße\n" + FRIEDERIKE_SIG,
        company="Elbbank", contact=FRIEDERIKE[1], cte="quoted-printable",
    ),
    msg(
        "nordlicht_moved", "interview_reschedule_or_cancel", "de", SOENKE,
        "2026-05-15 17:45 +0200",
        "Terminverschiebung Vorstellungsgespräch",
        "Sehr geehrte Frau Rautenberg-Ní Bhriain,\n\n"
        "leider muss ich unser Gespräch am Dienstag verschieben, da ich kurzfristig zu einem\n"
        "Kunden nach Kiel muss. Wäre Ihnen Freitag, 22. Mai, um 10:00 Uhr recht? Ich schicke\n"
        "Ihnen eine aktualisierte Einladung.\n\n"
        "Mit freundlichen Grüßen\nSönke Hansen\nLeitung Produktschulung\n"
        "Nordlicht Medizintechnik GmbH · Wandsbeker Chaussee 80 · 22089 Hamburg\n"
        + DISCLAIMER_DE,
        company="Nordlicht Medizintechnik", contact=SOENKE[1], name_cs=("iso-8859-1", "Q"),
        cs="iso-8859-1", cte="quoted-printable",
    ),
    msg(
        "zuercher_cancel", "interview_reschedule_or_cancel", "de", RETO,
        "2026-08-24 07:55 +0200",
        "Abgesagt: Probetag Zürcher Lernfabrik",
        "Grüezi Frau Rautenberg-Ní Bhriain\n\n"
        "Leider muss ich den Probetag vom 31. August absagen – die Hälfte unseres Teams liegt\n"
        "mit Grippe im Bett. Wir holen ihn so bald wie möglich nach; ich melde mich nächste\n"
        "Woche mit einem neuen Datum.\n\n"
        "Entschuldigen Sie die Umstände.\n\nFreundliche Grüsse\nReto Zwicky\n",
        company="Zürcher Lernfabrik", contact=RETO[1], reply="zuercher_probetag",
        quote="de", fmt="alt",
        ics={"method": "CANCEL", "uid": "probetag-0831@lernfabrik.example.ch",
             "tz": "Europe/Zurich", "seq": 1, "start": "20260831T090000",
             "end": "20260831T160000", "summary": "Probetag Zürcher Lernfabrik",
             "location": "Badenerstrasse 120, Zürich"},
    ),
    msg(
        "talentbruecke_moved", "interview_reschedule_or_cancel", "de", FRIEDERIKE,
        "2026-07-27 12:40 +0200",
        "AW: Gesprächstermin Elbbank Akademie – neuer Termin",
        "Liebe Frau Rautenberg-Ní Bhriain,\n\n"
        "die Elbbank hat mich eben gebeten, das Gespräch am Donnerstag zu verschieben; die\n"
        "Akademieleiterin ist auf einer Vorstandsklausur. Neuer Termin: Dienstag, 4. August,\n"
        "10:30 Uhr, ebenfalls per Video.\n\n"
        "Geben Sie mir kurz Bescheid, ob das passt?\n\nBeste Grüße\n" + FRIEDERIKE_SIG,
        company="Elbbank", contact=FRIEDERIKE[1], reply="talentbruecke_invite",
        quote="outlook_de",
    ),
    msg(
        "alsterpharma_missed", "missed_interview_notice", "de", BIRTE,
        "2026-09-15 09:52 +0200",
        "Ihr Telefoninterview heute um 9:30 Uhr",
        "Guten Tag Frau Rautenberg-Ní Bhriain,\n\n"
        "wir hatten für heute um 9:30 Uhr ein Telefoninterview für die Stelle als Referentin\n"
        "Trainingsentwicklung vereinbart. Ich habe Sie zweimal unter der angegebenen Nummer\n"
        "angerufen, Sie aber leider nicht erreicht.\n\n"
        "Bitte melden Sie sich bis Freitag bei mir, falls Sie weiterhin Interesse haben.\n\n"
        "Mit freundlichen Grüßen\nBirte Lüders\nHR Recruiting · Alsterpharma\n"
        "Tel. +49 40 5550 7712\n",
        company="Alsterpharma", contact=BIRTE[1], name_cs=("utf-8", "B"), cte="base64",
    ),
]

FR: list[Spec] = [
    msg(
        "ondine_invite", "interview_invitation", "fr", CAMILLE_TT, "2026-06-05 11:20 +0200",
        "Invitation à un entretien – Concepteur·rice e-learning",
        "Bonjour Siobhán,\n\n"
        "Merci pour ta candidature ! L'équipe a adoré ton portfolio et aimerait te rencontrer\n"
        "en visio le jeudi 11 juin à 15h (heure de Paris), pendant une heure environ.\n\n"
        "Tu trouveras l'invitation dans ton agenda ; réponds simplement à ce message si le\n"
        "créneau ne te convient pas.\n\n"
        "À très vite,\nCamille\nOndine E-Learning – Lyon\n",
        company="Ondine E-Learning", contact=CAMILLE[1], reply_to=CAMILLE, fmt="alt",
        brand="Ondine E-Learning",
        ics={"uid": "tt-ondine-entretien-8812@teamtailor.com", "tz": "Europe/Paris",
             "start": "20260611T150000", "end": "20260611T160000",
             "summary": "Entretien Ondine E-Learning", "location": "Google Meet",
             "organizer": CAMILLE},
    ),
    msg(
        "medivance_invite", "interview_invitation", "fr", LAURENT, "2026-03-02 14:15 +0100",
        "Entretien téléphonique – Concepteur·rice de formations",
        "Madame,\n\n"
        "Votre candidature au poste de concepteur·rice de formations a retenu notre attention.\n"
        "Je vous propose un premier entretien téléphonique le jeudi 12 mars à 9h30 (heure de\n"
        "Paris). Je vous appellerai au numéro indiqué sur votre CV.\n\n"
        "Merci de me confirmer votre disponibilité.\n\nCordialement,\n" + LAURENT_SIG,
        company="Médivance", contact=LAURENT[1], cs="windows-1252", cte="quoted-printable",
    ),
    msg(
        "lumen_invite", "interview_invitation", "fr", THIBAULT, "2026-08-25 16:30 +0200",
        "Entretien Laboratoires Sornay – mercredi 2 septembre",
        "Bonjour Siobhán,\n\n"
        "Bonne nouvelle : les Laboratoires Sornay souhaitent te rencontrer pour le poste de\n"
        "chargée de formation digitale. L'entretien aura lieu le mercredi 2 septembre à 10h\n"
        "sur leur site de Gerland, avec Mme Fabre, responsable formation.\n\n"
        "Peux-tu me confirmer ta présence ? On peut se caler un point de préparation lundi.\n\n"
        "Bien à toi,\n" + THIBAULT_SIG,
        company="Laboratoires Sornay", contact=THIBAULT[1], cte="8bit",
    ),
    msg(
        "ondine_moved", "interview_reschedule_or_cancel", "fr", CAMILLE, "2026-06-09 09:05 +0200",
        "Changement d'horaire pour notre entretien",
        "Bonjour Siobhán,\n\n"
        "Petit changement : notre directeur artistique sera en tournage jeudi, nous devons\n"
        "donc décaler notre entretien au lundi 15 juin à 14h. Le lien reste le même.\n\n"
        "Désolée pour ce contretemps !\n\nCamille Roux\nResponsable studio, Ondine E-Learning\n",
        company="Ondine E-Learning", contact=CAMILLE[1], reply="ondine_invite",
        fmt="html", cte="quoted-printable",
    ),
    msg(
        "lumen_moved", "interview_reschedule_or_cancel", "fr", THIBAULT,
        "2026-08-31 12:10 +0200",
        "RE: Entretien Laboratoires Sornay – report",
        "Bonjour Siobhán,\n\n"
        "Les Laboratoires Sornay me demandent de reporter l'entretien de mercredi : Mme Fabre\n"
        "doit s'absenter. Ils proposent le vendredi 4 septembre à 11h, même lieu. Tu me\n"
        "dis si c'est bon pour toi ?\n\nMerci,\n" + THIBAULT_SIG,
        company="Laboratoires Sornay", contact=THIBAULT[1], reply="lumen_invite",
        quote="fr",
    ),
    msg(
        "medivance_missed", "missed_interview_notice", "fr", LAURENT, "2026-03-12 09:58 +0100",
        "Notre entretien téléphonique de ce matin",
        "Madame,\n\n"
        "Je vous ai appelée ce matin à 9h30 comme convenu pour notre entretien téléphonique,\n"
        "puis de nouveau à 9h45, sans parvenir à vous joindre. Je vous ai laissé un message.\n\n"
        "Si vous êtes toujours intéressée par le poste, merci de me recontacter rapidement.\n\n"
        "Cordialement,\n" + LAURENT_SIG,
        company="Médivance", contact=LAURENT[1], reply="medivance_invite", quote="fr",
        cs="windows-1252", cte="quoted-printable",
    ),
]

ES: list[Spec] = [
    msg(
        "bioandaluza_invite", "interview_invitation", "es", ICIMS_ES, "2026-07-02 10:00 +0200",
        "Invitación a videoentrevista – Técnica de Formación GMP",
        "Hola, Siobhán:\n\n"
        "¡Gracias por tu candidatura! Te invitamos a realizar una videoentrevista diferida de\n"
        "unos 20 minutos. Podrás grabar tus respuestas cuando mejor te venga antes del\n"
        "9 de julio a las 23:59:\n\n"
        "https://bioandaluza.icims.com/jobs/4410/video-interview\n\n"
        "Un saludo,\nEquipo de Talento – Bioandaluza Farma\n",
        company="Bioandaluza Farma", fmt="alt", brand="Bioandaluza Farma",
    ),
    msg(
        "giralda_trial", "interview_invitation", "es", MANUEL, "2026-08-28 17:05 +0200",
        "Prueba práctica en Aula Giralda",
        "Hola, Siobhán:\n\n"
        "Nos encantó la entrevista. El siguiente paso es una prueba práctica presencial: el\n"
        "lunes 7 de septiembre, de 9:00 a 13:00, en nuestra oficina de la calle San Fernando.\n"
        "Diseñarás un guion breve para un curso de atención al cliente con nuestro equipo.\n\n"
        "¿Te viene bien? Si necesitas alojamiento en Sevilla, te lo reservamos.\n\n"
        "Un saludo,\nManuel Ortega Vidal\nDirector de Aula Giralda\n",
        company="Aula Giralda", contact=MANUEL[1], cs="iso-8859-1", cte="quoted-printable",
    ),
    msg(
        "bioandaluza_moved", "interview_reschedule_or_cancel", "es", ICIMS_ES,
        "2026-07-08 13:30 +0200",
        "Cambio de fecha: entrevista con el equipo de Formación",
        "Hola, Siobhán:\n\n"
        "Tras revisar tu videoentrevista, Marta Solís te había convocado a una entrevista\n"
        "con el equipo de Formación el 10 de julio a las 12:00. Por motivos de agenda, la\n"
        "entrevista pasa al martes 14 de julio a las 9:30, también por Teams.\n\n"
        "Si tienes cualquier duda, responde a este correo y le llegará a Marta.\n\n"
        "Equipo de Talento – Bioandaluza Farma\n",
        company="Bioandaluza Farma", contact=MARTA[1], reply_to=MARTA, cte="8bit",
    ),
    msg(
        "giralda_missed", "missed_interview_notice", "es", MANUEL, "2026-09-07 10:15 +0200",
        "Te esperábamos esta mañana",
        "Hola, Siobhán:\n\n"
        "Te hemos esperado esta mañana a las 9:00 en la oficina para la prueba práctica, pero\n"
        "no has venido y no contestas al móvil. Espero que no haya pasado nada.\n\n"
        "Escríbeme cuando puedas.\n\nManuel\n",
        company="Aula Giralda", contact=MANUEL[1], reply="giralda_trial", quote="es",
    ),
]

MESSAGES: list[Spec] = [*INVITES_EN, *MOVES_EN, *MISSED_EN, *DE, *FR, *ES]
