"""Corpus 342: the long threads (one employer or agency each, several kinds per thread)."""

from __future__ import annotations

from msgs342_common import (
    CAND,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    Spec,
    msg,
    sig,
)

AOIFE = ("Aoife Kilbride", "aoife.kilbride@corribmedical.example.ie")
DECLAN = ("Declan Furlong", "declan.furlong@corribmedical.example.ie")
GRAINNE = ("Gráinne Mac Giolla Phádraig", "grainne.macgiollaphadraig@corribmedical.example.ie")
CORRIB_WD = ("Corrib Medical Talent Acquisition", "corribmedical@myworkday.com")
AOIFE_SIG = sig(
    "Aoife Kilbride",
    "Talent Acquisition Partner",
    "Corrib Medical | Parkmore West Business Park, Galway H91 X2E7",
    "+353 91 555 0142",
)

JANA = ("Jana Oberholz", "jana.oberholz@lernwerk-studio.example.de")
MALTE = ("Malte Brandstädter", "malte.brandstaedter@lernwerk-studio.example.de")
JANA_SIG = sig(
    "Jana Oberholz",
    "People & Operations",
    "Lernwerk Studio GmbH · Stresemannstraße 214 · 22769 Hamburg",
    "Tel. +49 40 5550 3318",
    "Geschäftsführer: Malte Brandstädter · Amtsgericht Hamburg HRB 155 031",
)

NIAMH_GH = ("Niamh Doyle via Greenhouse", "no-reply@greenhouse-mail.io")
NIAMH = ("Niamh Doyle", "niamh.doyle@tessellate.example.com")

ROCIO = ("Rocío Benjumea Lasarte", "rocio.benjumea@bancoalcazar.example.es")
ROCIO_SIG = sig(
    "Rocío Benjumea Lasarte",
    "Técnica de Selección · Academia Banco Alcázar",
    "Avda. de la Constitución 31, 41004 Sevilla",
    "Tel. +34 954 555 210",
)

CLAIRE = ("Claire Vasseur", "claire.vasseur@univ-confluence.example.fr")
CLAIRE_SIG = sig(
    "Claire Vasseur",
    "Chargée de recrutement, Direction des ressources humaines",
    "Université Confluence Lyon · Service de pédagogie numérique",
    "18 quai Claude-Bernard, 69007 Lyon · 04 72 55 50 81",
)

JONAS = ("Jonas Weidenfeller", "jonas.weidenfeller@kranichcloud.example.de")

CIARAN = ("Ciarán Ó Dálaigh", "ciaran@clearpathtalent.example.ie")
CIARAN_SIG = sig(
    "Ciarán Ó Dálaigh",
    "Senior Consultant, Learning & Development",
    "Clearpath Learning Talent | 4 Fitzwilliam Place, Dublin 2",
    "M: +353 87 555 2290",
)

LUCIA = ("Lucía Carmona", "lucia.carmona@talentoformativo.example.es")
LUCIA_SIG = sig(
    "Lucía Carmona",
    "Consultora de selección · Formación y Desarrollo",
    "Talento Formativo · C/ Rioja 12, 41001 Sevilla · 655 555 017",
)

CORRIB: list[Spec] = [
    msg(
        "corrib_ack", "application_received", "en", CORRIB_WD, "2026-07-20 08:02 +0000",
        "Thank you for applying: Learning Experience Designer (R-20417)",
        "Dear Siobhán,\n\n"
        "Thank you for your interest in Corrib Medical. We have received your application for\n"
        "the position of Learning Experience Designer – Quality & Regulatory Training\n"
        "(R-20417), Galway.\n\n"
        "Our Talent Acquisition team will review your profile against the requirements of the\n"
        "role. You can follow the status of your application at any time in your Candidate\n"
        "Home account.\n\n"
        "Kind regards,\nCorrib Medical Talent Acquisition\n\n"
        "This is an automated message. Please do not reply to this e-mail.\n",
        company="Corrib Medical", fmt="alt", brand="Corrib Medical Careers",
        slug="corrib_workday_ack",
    ),
    msg(
        "corrib_invite", "interview_invitation", "en", AOIFE, "2026-08-10 11:40 +0100",
        "Interview invitation – Learning Experience Designer, Corrib Medical",
        "Hi Siobhán,\n\n"
        "Thanks for your application for the Learning Experience Designer role. Declan Furlong\n"
        "(Head of Learning & Development) and I would love to have a first conversation with\n"
        "you.\n\n"
        "Would Tuesday 18 August at 10:00 (Irish time) suit? It will be a 45-minute Teams\n"
        "call; I've sent a calendar invitation with the link. We'll talk through your move\n"
        "from the classroom into corporate learning and one module you have designed.\n\n"
        "If the time doesn't work, just reply and we'll find another slot.\n\n"
        "Best wishes,\n" + AOIFE_SIG + DISCLAIMER_EN,
        company="Corrib Medical", contact=AOIFE[1], fmt="alt",
        ics={"uid": "corrib-lxd-r20417-01@corribmedical.example.ie", "tz": "Europe/Dublin",
             "start": "20260818T100000", "end": "20260818T104500",
             "summary": "Corrib Medical – Learning Experience Designer – first interview",
             "location": "Microsoft Teams Meeting"},
    ),
    msg(
        "corrib_confirm", "other", "en", CAND, "2026-08-10 19:05 +0100",
        "Re: Interview invitation – Learning Experience Designer, Corrib Medical",
        "Hi Aoife,\n\nThank you so much – Tuesday 18 August at 10:00 suits me perfectly. I've\n"
        "accepted the calendar invitation and look forward to speaking with you and Declan.\n\n"
        "Kind regards,\nSiobhán\n",
        to=[AOIFE], reply="corrib_invite", quote="en",
    ),
    msg(
        "corrib_moved", "interview_reschedule_or_cancel", "en", AOIFE, "2026-08-13 09:30 +0100",
        "Re: Interview invitation – Learning Experience Designer, Corrib Medical",
        "Hi Siobhán,\n\n"
        "Apologies for the change – Declan has been called to our Minneapolis site next week,\n"
        "so we need to move Tuesday's interview. Could we do Thursday 20 August at 14:30\n"
        "instead? Same Teams link; I've updated the calendar invitation.\n\n"
        "Sorry again for the shuffle.\n\nAoife\n" + AOIFE_SIG,
        company="Corrib Medical", contact=AOIFE[1], reply="corrib_confirm", quote="en",
        ics={"uid": "corrib-lxd-r20417-01@corribmedical.example.ie", "tz": "Europe/Dublin",
             "seq": 1, "start": "20260820T143000", "end": "20260820T151500",
             "summary": "UPDATED: Corrib Medical – Learning Experience Designer – interview",
             "location": "Microsoft Teams Meeting"},
    ),
    msg(
        "corrib_thanks", "other", "en", CAND, "2026-08-20 17:20 +0100",
        "Thank you – Learning Experience Designer interview",
        "Dear Aoife and Declan,\n\n"
        "Thank you both for your time this afternoon. I really enjoyed hearing how the QA team\n"
        "rolled out the new complaint-handling training, and it confirmed how much I would like\n"
        "to bring my classroom experience to Corrib Medical's learners.\n\n"
        "Please let me know if there is anything else you need from me.\n\n"
        "Warm regards,\nSiobhán Rautenberg-Ní Bhriain\n+353 86 555 7731\n",
        to=[AOIFE], cc=[DECLAN],
    ),
    msg(
        "corrib_assessment", "interview_invitation", "en", AOIFE, "2026-08-24 10:12 +0100",
        "Re: Thank you – Learning Experience Designer interview",
        "Hi Siobhán,\n\n"
        "Thank you for the kind note – the feeling was mutual! We'd like to invite you to the\n"
        "final stage: an on-site assessment morning at our Galway campus on Thursday\n"
        "3 September, 09:30–13:00.\n\n"
        "You'll deliver a 15-minute micro-lesson on a topic of your choice to a small panel,\n"
        "followed by a review of an e-learning storyboard. The attached brief has the details,\n"
        "parking and the visitor process. Travel expenses from Cork will be reimbursed.\n\n"
        "Could you confirm you can make it?\n\nBest,\nAoife\n" + AOIFE_SIG,
        company="Corrib Medical", contact=AOIFE[1], reply="corrib_thanks", quote="en",
        pdfs=[("Corrib_Assessment_Morning_Brief.pdf", [
            "Corrib Medical - Assessment morning brief",
            "Role: Learning Experience Designer (R-20417)",
            "Date: Thursday 3 September 2026, 09:30-13:00",
            "Location: Building 4, Parkmore West, Galway",
            "Task 1: 15-minute micro-lesson (topic of your choice)",
            "Task 2: storyboard review with the L&D team",
        ])],
    ),
    msg(
        "corrib_verbal", "offer", "en", DECLAN, "2026-09-15 16:45 +0100",
        "Great speaking with you – confirming our offer",
        "Dear Siobhán,\n\n"
        "It was a pleasure to speak with you this afternoon. As promised, I'm putting in\n"
        "writing what I told you on the phone: we would like to offer you the position of\n"
        "Learning Experience Designer in our Galway L&D team, starting on Monday 2 November.\n\n"
        "Aoife will send the formal offer letter with the full package in the next day or two.\n"
        "In the meantime, do call me with any questions at all.\n\n"
        "Congratulations – the whole panel was impressed by your micro-lesson.\n\n"
        "Declan\n\n"
        "Declan Furlong\nHead of Learning & Development, Corrib Medical\n+353 91 555 0177\n"
        + DISCLAIMER_EN,
        company="Corrib Medical", contact=DECLAN[1], cc=[AOIFE], cs="windows-1252",
        cte="8bit",
    ),
    msg(
        "corrib_portal_offer", "offer", "en",
        ("Corrib Medical via Workday", "corribmedical@myworkday.com"),
        "2026-09-17 06:00 +0000",
        "An offer is waiting for you in Candidate Home",
        None,
        company="Corrib Medical", fmt="html", brand="Corrib Medical Careers",
        html=(
            "<p>Dear Siobhán,</p>\n"
            "<p>Congratulations! Corrib Medical has extended you an offer for the position of "
            "<strong>Learning Experience Designer – Quality &amp; Regulatory Training</strong> "
            "(R-20417).</p>\n"
            "<p>Please sign in to Candidate Home to review the offer details and respond by "
            "<strong>25 September 2026</strong>.</p>\n"
            "<p style=\"text-align:center\"><a href=\"https://corribmedical.wd3.myworkday.com/"
            "careers/offer/R-20417\" style=\"background:#2b6cb0;color:#fff;padding:10px 18px;"
            "text-decoration:none\">Review my offer</a></p>\n"
            "<p style=\"font-size:11px;color:#777\">This message was sent from an unmonitored "
            "mailbox.</p>"
        ),
        cte="base64",
    ),
    msg(
        "corrib_letter", "offer", "en", AOIFE, "2026-09-17 12:05 +0100",
        "Your offer letter – Corrib Medical",
        "Hi Siobhán,\n\n"
        "Following Declan's call, please find attached your formal offer letter for the\n"
        "Learning Experience Designer role: base salary €54,000, 10% annual bonus target,\n"
        "pension contribution of 6%, hybrid working (two days remote), start date 2 November\n"
        "2026. You'll also see the offer in Candidate Home.\n\n"
        "If you have any questions about the package, I'm happy to jump on a call.\n\n"
        "Kind regards,\nAoife\n" + AOIFE_SIG + DISCLAIMER_EN,
        company="Corrib Medical", contact=AOIFE[1],
        pdfs=[("Corrib_Medical_Offer_Letter_Rautenberg.pdf", [
            "Corrib Medical - Offer of employment",
            "Candidate: Siobhan Rautenberg-Ni Bhriain",
            "Position: Learning Experience Designer, Galway",
            "Base salary: EUR 54,000 per annum; bonus target 10%",
            "Start date: 2 November 2026",
            "Please sign and return by 25 September 2026.",
        ])],
    ),
    msg(
        "corrib_counter", "other", "en", CAND, "2026-09-19 21:14 +0100",
        "Re: Your offer letter – Corrib Medical",
        "Hi Aoife,\n\n"
        "Thank you very much for the letter – I'm thrilled. Before I sign, could we discuss two\n"
        "points? Given my years of curriculum design, would there be room to move the base\n"
        "closer to €58,000? And as I'll be commuting from Cork, would three remote days be\n"
        "possible?\n\nMany thanks,\nSiobhán\n",
        to=[AOIFE], reply="corrib_letter", quote="en",
    ),
    msg(
        "corrib_revised", "offer", "en", AOIFE, "2026-09-22 15:30 +0100",
        "RE: Your offer letter – Corrib Medical – revised",
        "Hi Siobhán,\n\n"
        "Good news: we have been able to revise the offer. Base salary is now €57,000 and you\n"
        "may work remotely three days a week. Everything else is unchanged. The updated offer\n"
        "letter is attached – if you're happy, please sign and return it by Friday.\n\n"
        "Best,\nAoife\n" + AOIFE_SIG,
        company="Corrib Medical", contact=AOIFE[1], reply="corrib_counter", quote="outlook_en",
        pdfs=[("Corrib_Medical_Offer_Letter_Rautenberg_v2.pdf", [
            "Corrib Medical - Revised offer of employment",
            "Position: Learning Experience Designer, Galway",
            "Base salary: EUR 57,000 per annum; bonus target 10%",
            "Hybrid: three remote days per week",
            "Start date: 2 November 2026",
        ])],
    ),
    msg(
        "corrib_accept", "other", "en", CAND, "2026-09-23 09:02 +0100",
        "Re: Your offer letter – Corrib Medical – revised",
        "Dear Aoife,\n\n"
        "Thank you – I'm delighted to accept! The signed letter is attached to this mail\n"
        "(scanned). Please thank Declan for me as well; I can't wait to start on 2 November.\n\n"
        "Best wishes,\nSiobhán\n",
        to=[AOIFE], cc=[DECLAN], reply="corrib_revised", quote="en",
        pdfs=[("Offer_Letter_signed_SRNB.pdf", [
            "Corrib Medical - Revised offer of employment",
            "Accepted and signed: S. Rautenberg-Ni Bhriain, 23 September 2026",
        ])],
    ),
    msg(
        "corrib_contract", "offer", "en", GRAINNE, "2026-09-24 10:48 +0100",
        "Employment contract for signature – Learning Experience Designer",
        "Dear Siobhán,\n\n"
        "Welcome to Corrib Medical! Following your acceptance, your contract of employment is\n"
        "now ready for signature. Please sign it electronically using the secure link below\n"
        "and upload a copy of your passport and PPS number confirmation.\n\n"
        "https://sign.corribmedical.example.ie/envelope/7Q4K-2291\n\n"
        "Kind regards,\n\nGráinne Mac Giolla Phádraig\nHR Operations Specialist\n"
        "Corrib Medical | Parkmore West, Galway\n" + DISCLAIMER_EN,
        company="Corrib Medical", contact=GRAINNE[1], name_cs=("utf-8", "B"),
        cte="base64",
    ),
]

LERNWERK: list[Spec] = [
    msg(
        "lernwerk_ack", "application_received", "de", ("Lernwerk Studio", "noreply@personio.de"),
        "2026-04-08 09:15 +0200",
        "Ihre Bewerbung als Instructional Designer (m/w/d) bei Lernwerk Studio",
        "Hallo Siobhán Rautenberg-Ní Bhriain,\n\n"
        "vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d) – Projektstelle,\n"
        "remote/Hamburg. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\n"
        "Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen bei\n"
        "Ihnen.\n\n"
        "Viele Grüße\nIhr Team von Lernwerk Studio\n\n"
        "Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse können nicht\n"
        "bearbeitet werden.\n",
        company="Lernwerk Studio", fmt="alt", brand="Lernwerk Studio",
    ),
    msg(
        "lernwerk_invite", "interview_invitation", "de", JANA, "2026-04-15 14:22 +0200",
        "Einladung zum Kennenlernen: Instructional Designer",
        "Liebe Frau Rautenberg-Ní Bhriain,\n\n"
        "Ihr Portfolio hat uns sehr gefallen, vor allem die Lernpfade für Ihre Grundschulklasse.\n"
        "Gern möchten wir Sie in einem ersten Videogespräch näher kennenlernen.\n\n"
        "Termin: Mittwoch, 22. April 2026, 10:00 Uhr (MESZ), also 9:00 Uhr irischer Zeit\n"
        "Dauer: ca. 45 Minuten, per Google Meet\n"
        "Dabei: Malte Brandstädter (Geschäftsführung) und ich\n\n"
        "Bitte bestätigen Sie mir kurz den Termin.\n\n"
        "Herzliche Grüße aus Hamburg\nJana Oberholz\n" + JANA_SIG,
        company="Lernwerk Studio", contact=JANA[1], cs="iso-8859-1", cte="quoted-printable",
        subj_cs=("iso-8859-1", "Q"),
    ),
    msg(
        "lernwerk_missed", "missed_interview_notice", "de", JANA, "2026-04-22 10:25 +0200",
        "Unser Termin heute um 10 Uhr",
        "Liebe Frau Rautenberg-Ní Bhriain,\n\n"
        "Malte und ich haben heute ab 10:00 Uhr im Google-Meet-Raum auf Sie gewartet, Sie aber\n"
        "leider nicht angetroffen. Ich hoffe, es ist nichts passiert!\n\n"
        "Falls etwas dazwischengekommen ist, melden Sie sich gern – vielleicht finden wir noch\n"
        "einen anderen Termin.\n\n"
        "Viele Grüße\nJana Oberholz\n" + JANA_SIG,
        company="Lernwerk Studio", contact=JANA[1], cte="8bit",
    ),
    msg(
        "lernwerk_sorry", "other", "de", CAND, "2026-04-22 11:02 +0100",
        "Re: Unser Termin heute um 10 Uhr",
        "Liebe Frau Oberholz,\n\n"
        "es tut mir sehr leid! Ich hatte den Termin versehentlich um 10 Uhr irischer Zeit im\n"
        "Kalender – der Zeitunterschied ist mir durchgerutscht. Ich bin ab sofort jederzeit\n"
        "erreichbar und würde mich sehr über einen neuen Termin freuen.\n\n"
        "Mit freundlichen Grüßen\nSiobhán Rautenberg-Ní Bhriain\n",
        to=[JANA], reply="lernwerk_missed", quote="de", cte="8bit",
    ),
    msg(
        "lernwerk_reinvite", "interview_invitation", "de", JANA, "2026-04-23 08:47 +0200",
        "Re: Unser Termin heute um 10 Uhr – neuer Termin",
        "Liebe Frau Rautenberg-Ní Bhriain,\n\n"
        "kein Problem, das passiert! Wir laden Sie gern neu ein: Dienstag, 28. April, 14:00 Uhr\n"
        "deutscher Zeit (13:00 Uhr in Cork). Die Kalendereinladung mit dem Meet-Link kommt mit\n"
        "dieser Mail.\n\nBis Dienstag!\nJana\n" + JANA_SIG,
        company="Lernwerk Studio", contact=JANA[1], reply="lernwerk_sorry", quote="de",
        fmt="alt",
        ics={"uid": "lernwerk-id-kennenlernen-2@lernwerk-studio.example.de",
             "tz": "Europe/Berlin", "start": "20260428T140000", "end": "20260428T144500",
             "summary": "Kennenlernen Lernwerk Studio – Siobhán Rautenberg-Ní Bhriain",
             "location": "Google Meet"},
    ),
    msg(
        "lernwerk_verbal", "offer", "de", MALTE, "2026-05-06 17:31 +0200",
        "Unser Angebot an Sie",
        "Liebe Siobhán,\n\n"
        "ich darf doch Siobhán sagen? Nach dem Gespräch mit dem ganzen Team bin ich froh, Ihnen\n"
        "mitteilen zu können: Wir möchten Ihnen die Projektstelle als Instructional Designerin\n"
        "anbieten: sechs Monate, voll remote, Start am 1. Juni, mit Option auf Verlängerung.\n\n"
        "Jana schickt Ihnen in den nächsten Tagen das schriftliche Angebot mit allen Details.\n\n"
        "Herzliche Grüße\nMalte\n\n"
        "Malte Brandstädter\nGeschäftsführer · Lernwerk Studio\n",
        company="Lernwerk Studio", contact=MALTE[1], name_cs=("iso-8859-1", "Q"),
        cs="iso-8859-1", cte="8bit",
    ),
    msg(
        "lernwerk_angebot", "offer", "de", JANA, "2026-05-08 11:10 +0200",
        "Ihr Vertragsangebot – Instructional Designerin (Projekt, 6 Monate)",
        "Liebe Frau Rautenberg-Ní Bhriain,\n\n"
        "wie von Malte angekündigt, erhalten Sie anbei unser schriftliches Angebot:\n\n"
        "- Position: Instructional Designerin (befristet auf 6 Monate)\n"
        "- Arbeitsort: remote, zwei Teamtage pro Quartal in Hamburg\n"
        "- Vergütung: 4.300 € brutto monatlich\n"
        "- Beginn: 1. Juni 2026\n\n"
        "Wir würden uns über Ihre Zusage bis zum 15. Mai freuen.\n\n"
        "Viele Grüße\nJana Oberholz\n" + JANA_SIG + DISCLAIMER_DE,
        company="Lernwerk Studio", contact=JANA[1],
        pdfs=[("Angebot_Lernwerk_Rautenberg.pdf", [
            "Lernwerk Studio - Vertragsangebot",
            "Position: Instructional Designerin (befristet, 6 Monate)",
            "Verguetung: 4.300 EUR brutto monatlich",
            "Beginn: 1. Juni 2026",
        ])],
    ),
    msg(
        "lernwerk_question", "other", "de", CAND, "2026-05-09 20:40 +0100",
        "Re: Ihr Vertragsangebot – Instructional Designerin (Projekt, 6 Monate)",
        "Liebe Frau Oberholz,\n\n"
        "herzlichen Dank für das Angebot, ich freue mich sehr! Eine Frage: Da das irische\n"
        "Schuljahr erst Ende Juni endet, wäre ein Beginn am 1. Juli möglich?\n\n"
        "Viele Grüße\nSiobhán Rautenberg-Ní Bhriain\n",
        to=[JANA], reply="lernwerk_angebot", quote="de",
    ),
    msg(
        "lernwerk_updated", "offer", "de", JANA, "2026-05-11 09:05 +0200",
        "AW: Ihr Vertragsangebot – neuer Starttermin 1. Juli",
        "Liebe Frau Rautenberg-Ní Bhriain,\n\n"
        "das ist überhaupt kein Problem. Wir passen unser Angebot gern an: Beginn am 1. Juli\n"
        "2026, Ende am 31. Dezember 2026, alle anderen Konditionen bleiben gleich. Das\n"
        "aktualisierte Angebot finden Sie anbei.\n\n"
        "Viele Grüße\nJana Oberholz\n" + JANA_SIG,
        company="Lernwerk Studio", contact=JANA[1], reply="lernwerk_question",
        quote="outlook_de",
        pdfs=[("Angebot_Lernwerk_Rautenberg_v2.pdf", [
            "Lernwerk Studio - aktualisiertes Vertragsangebot",
            "Beginn: 1. Juli 2026 - Ende: 31. Dezember 2026",
            "Verguetung: 4.300 EUR brutto monatlich",
        ])],
    ),
    msg(
        "lernwerk_english", "offer", "en", JANA, "2026-05-12 15:20 +0200",
        "English courtesy translation of your contract offer",
        "Dear Siobhán,\n\n"
        "As requested, attached is an English courtesy translation of our offer for the\n"
        "fixed-term Instructional Designer position (1 July – 31 December 2026, fully remote,\n"
        "EUR 4,300 gross per month). The German version remains the binding one.\n\n"
        "We'd be delighted to have you on board – just let me know your decision.\n\n"
        "Best regards,\nJana\n" + JANA_SIG,
        company="Lernwerk Studio", contact=JANA[1],
        pdfs=[("Offer_Lernwerk_Rautenberg_EN.pdf", [
            "Lernwerk Studio - Offer (courtesy translation)",
            "Position: Instructional Designer, fixed term 1 July - 31 December 2026",
            "Salary: EUR 4,300 gross per month",
        ])],
    ),
    msg(
        "lernwerk_accept", "other", "de", CAND, "2026-05-13 08:15 +0100",
        "Zusage – Instructional Designerin",
        "Liebe Frau Oberholz, lieber Malte,\n\n"
        "ich nehme Ihr Angebot sehr gern an und freue mich auf den Start am 1. Juli!\n\n"
        "Herzliche Grüße aus Cork\nSiobhán\n",
        to=[JANA], cc=[MALTE],
    ),
    msg(
        "lernwerk_sign", "offer", "de", ("Lernwerk Studio", "noreply@personio.de"),
        "2026-05-14 10:00 +0200",
        "Ihr Arbeitsvertrag steht zur digitalen Unterschrift bereit",
        "Hallo Siobhán,\n\n"
        "Lernwerk Studio hat Ihnen Ihren Arbeitsvertrag (Instructional Designerin, befristet)\n"
        "zur digitalen Unterschrift bereitgestellt. Bitte unterschreiben Sie das Dokument über\n"
        "den folgenden Link bis zum 21. Mai 2026:\n\n"
        "https://lernwerk-studio.personio.de/sign/4f1c7a\n\n"
        "Bei Fragen antworten Sie einfach auf diese E-Mail – Ihre Nachricht geht direkt an\n"
        "Jana Oberholz.\n",
        company="Lernwerk Studio", contact=JANA[1], reply_to=JANA, fmt="alt",
        brand="Lernwerk Studio",
    ),
]

TESSELLATE: list[Spec] = [
    msg(
        "tess_ack", "application_received", "en", ("Tessellate", "no-reply@greenhouse-mail.io"),
        "2026-02-18 14:03 +0000",
        "Thanks for applying to Tessellate!",
        "Hi Siobhán,\n\n"
        "Thanks for applying for the Customer Education Specialist role on our Training &\n"
        "Enablement team in Dublin. Our team will review your application and, if there's a\n"
        "match, someone will reach out to discuss next steps.\n\n"
        "In the meantime, check out our engineering and learning blog.\n\n"
        "Cheers,\nThe Tessellate Talent Team\n",
        company="Tessellate", fmt="alt", brand="Tessellate",
    ),
    msg(
        "tess_invite", "interview_invitation", "en", NIAMH_GH, "2026-03-03 16:27 +0000",
        "Tessellate – let's schedule a chat about Customer Education",
        "Hi Siobhán,\n\n"
        "I'm Niamh from the Talent team at Tessellate. Thanks again for your application – the\n"
        "team really liked your portfolio of micro-lessons!\n\n"
        "We'd like to invite you to a 45-minute video interview with Ronan (Training Lead) and\n"
        "me. Please pick a time that suits you using the link below:\n\n"
        "https://app.greenhouse.io/scheduling/tessellate/7b2e41\n\n"
        "Talk soon,\nNiamh Doyle\nTalent Partner, Tessellate\n",
        company="Tessellate", contact=NIAMH[1], reply_to=NIAMH,
    ),
    msg(
        "tess_cancel", "interview_reschedule_or_cancel", "en", NIAMH_GH,
        "2026-03-10 08:55 +0000",
        "Cancelled: Panel interview – Customer Education Specialist",
        "Hi Siobhán,\n\n"
        "I'm so sorry for the late notice, but we need to cancel Thursday's panel interview.\n"
        "Ronan is unexpectedly out of office this week. We'll come back to you with new times\n"
        "as soon as his calendar clears – your application is very much still active.\n\n"
        "Apologies again,\nNiamh\n",
        company="Tessellate", contact=NIAMH[1], reply_to=NIAMH, fmt="alt",
        ics={"method": "CANCEL", "uid": "gh-interview-88120417@greenhouse.io",
             "tz": "Europe/Dublin", "seq": 1, "start": "20260312T150000",
             "end": "20260312T160000",
             "summary": "Panel interview – Siobhán Rautenberg-Ní Bhriain – Tessellate",
             "location": "Google Meet", "organizer": NIAMH},
    ),
    msg(
        "tess_reply", "other", "en", CAND, "2026-03-10 12:31 +0000",
        "Re: Cancelled: Panel interview – Customer Education Specialist",
        "Hi Niamh,\n\nNo problem at all, thanks for letting me know. I hope Ronan is OK. I'm\n"
        "flexible most afternoons after 3pm, so just send over whatever suits.\n\n"
        "Best,\nSiobhán\n",
        to=[NIAMH], reply="tess_cancel", quote="en",
    ),
    msg(
        "tess_reject", "rejection", "en", ("Tessellate", "no-reply@greenhouse-mail.io"),
        "2026-03-27 17:40 +0000",
        "Update on your application to Tessellate",
        "Hi Siobhán,\n\n"
        "Thank you for your patience over the last few weeks. We wanted to let you know that\n"
        "the Customer Education Specialist role has been put on hold following a change in\n"
        "our hiring plan for this year, so we will not be progressing your application.\n\n"
        "We really appreciated the time you spent with us and hope our paths cross again.\n\n"
        "All the best,\nThe Tessellate Talent Team\n",
        company="Tessellate",
    ),
]

ALCAZAR: list[Spec] = [
    msg(
        "alcazar_ack", "application_received", "es",
        ("Banco Alcázar - Selección", "bancoalcazar@successfactors.eu"),
        "2026-05-04 07:31 +0200",
        "Confirmación de su candidatura - Diseñador/a Instruccional (Req. 8841)",
        "Estimada Siobhán:\n\n"
        "Le confirmamos que hemos recibido correctamente su candidatura para la posición de\n"
        "Diseñador/a Instruccional – Academia Banco Alcázar (Sevilla), referencia 8841.\n\n"
        "Nuestro equipo de Selección analizará su perfil. Debido al elevado número de\n"
        "candidaturas, solo contactaremos con las personas cuyo perfil se ajuste al puesto.\n\n"
        "Atentamente,\nDirección de Personas – Banco Alcázar\n\n"
        "Por favor, no responda a este correo: se ha generado automáticamente.\n",
        company="Banco Alcázar", cs="windows-1252", cte="quoted-printable",
        subj_cs=("iso-8859-1", "Q"), name_cs=("iso-8859-1", "B"),
    ),
    msg(
        "alcazar_invite", "interview_invitation", "es", ROCIO, "2026-05-14 12:18 +0200",
        "Entrevista – Diseñador/a Instruccional, Academia Banco Alcázar",
        "Hola, Siobhán:\n\n"
        "Gracias por tu interés en la Academia Banco Alcázar. Nos gustaría conocerte en una\n"
        "entrevista por Microsoft Teams el jueves 21 de mayo a las 10:00 (hora peninsular),\n"
        "con una duración aproximada de una hora. Participará también Javier Ruiz-Mateos,\n"
        "responsable de Formación Digital.\n\n"
        "Te adjunto la convocatoria en el calendario. ¿Nos confirmas tu asistencia?\n\n"
        "Un saludo,\n" + ROCIO_SIG + DISCLAIMER_ES,
        company="Banco Alcázar", contact=ROCIO[1], fmt="alt",
        ics={"uid": "entrevista-8841-srnb@bancoalcazar.example.es", "tz": "Europe/Madrid",
             "start": "20260521T100000", "end": "20260521T110000",
             "summary": "Entrevista Diseñador/a Instruccional – Academia Banco Alcázar",
             "location": "Microsoft Teams"},
    ),
    msg(
        "alcazar_moved", "interview_reschedule_or_cancel", "es", ROCIO, "2026-05-18 16:02 +0200",
        "RE: Entrevista – Diseñador/a Instruccional, Academia Banco Alcázar",
        "Hola de nuevo, Siobhán:\n\n"
        "Por un cambio de agenda de Javier, tenemos que aplazar la entrevista del jueves. Te\n"
        "proponemos el martes 26 de mayo a las 12:30 (hora peninsular), con el mismo enlace de\n"
        "Teams. Ya he actualizado la convocatoria.\n\n"
        "Disculpa las molestias.\n\n" + ROCIO_SIG,
        company="Banco Alcázar", contact=ROCIO[1], reply="alcazar_invite", quote="es",
        fmt="alt",
        ics={"uid": "entrevista-8841-srnb@bancoalcazar.example.es", "tz": "Europe/Madrid",
             "seq": 1, "start": "20260526T123000", "end": "20260526T133000",
             "summary": "Entrevista (nueva fecha) – Academia Banco Alcázar",
             "location": "Microsoft Teams"},
    ),
    msg(
        "alcazar_thanks", "other", "es", CAND, "2026-05-26 18:44 +0100",
        "Gracias por la entrevista",
        "Hola, Rocío:\n\n"
        "Muchas gracias a ti y a Javier por la conversación de hoy. Me ha encantado conocer el\n"
        "proyecto de itinerarios formativos para las oficinas y me haría mucha ilusión\n"
        "participar en él.\n\nUn saludo cordial,\nSiobhán Rautenberg-Ní Bhriain\n",
        to=[ROCIO], cte="8bit",
    ),
    msg(
        "alcazar_reject", "rejection", "es", ROCIO, "2026-06-08 13:27 +0200",
        "Re: Gracias por la entrevista",
        "Hola, Siobhán:\n\n"
        "Gracias de nuevo por tu tiempo y por tu amable mensaje. Tras valorar todas las\n"
        "entrevistas, hemos decidido continuar el proceso con otra candidatura cuyo perfil se\n"
        "ajusta más a las necesidades actuales de la Academia.\n\n"
        "Nos ha gustado mucho conocerte y guardaremos tu CV para futuras oportunidades.\n\n"
        "Un saludo,\n" + ROCIO_SIG + DISCLAIMER_ES,
        company="Banco Alcázar", contact=ROCIO[1], reply="alcazar_thanks", quote="es",
        cs="iso-8859-1", cte="quoted-printable",
    ),
]

CONFLUENCE: list[Spec] = [
    msg(
        "conf_ack", "application_received", "fr",
        ("Université Confluence Lyon", "no-reply@recruitee.com"),
        "2026-06-02 09:40 +0200",
        "Votre candidature – Ingénieur·e pédagogique (pédagogie numérique)",
        "Bonjour Siobhán,\n\n"
        "Nous avons bien reçu votre candidature au poste d'ingénieur·e pédagogique au sein du\n"
        "Service de pédagogie numérique de l'Université Confluence Lyon.\n\n"
        "Votre dossier sera étudié par la commission de recrutement. Vous serez informée de la\n"
        "suite donnée à votre candidature d'ici la fin du mois de juin.\n\n"
        "Cordialement,\nLa Direction des ressources humaines\n",
        company="Université Confluence Lyon", fmt="alt", brand="Université Confluence Lyon",
        subj_cs=("utf-8", "B"), name_cs=("utf-8", "Q"),
    ),
    msg(
        "conf_invite", "interview_invitation", "fr", CLAIRE, "2026-06-10 15:05 +0200",
        "Convocation à un entretien – Ingénieur·e pédagogique",
        "Madame,\n\n"
        "Suite à l'examen de votre dossier, j'ai le plaisir de vous convier à un entretien avec\n"
        "le jury de recrutement le mercredi 17 juin 2026 à 10h00, en visioconférence (Teams).\n\n"
        "L'entretien durera 40 minutes : 10 minutes de présentation de votre parcours puis\n"
        "30 minutes d'échanges. Le lien de connexion vous sera communiqué la veille.\n\n"
        "Je vous remercie de bien vouloir me confirmer votre présence.\n\n"
        "Bien cordialement,\n" + CLAIRE_SIG + DISCLAIMER_FR,
        company="Université Confluence Lyon", contact=CLAIRE[1], cs="iso-8859-1",
        cte="quoted-printable",
    ),
    msg(
        "conf_missed", "missed_interview_notice", "fr", CLAIRE, "2026-06-17 10:40 +0200",
        "Entretien de ce matin",
        "Madame,\n\n"
        "Le jury vous a attendue ce matin à 10h00 sur Teams, mais nous ne vous avons pas vue\n"
        "vous connecter et je n'ai pas réussi à vous joindre par téléphone.\n\n"
        "Pourriez-vous me faire savoir ce qu'il s'est passé ?\n\n"
        "Cordialement,\n" + CLAIRE_SIG,
        company="Université Confluence Lyon", contact=CLAIRE[1], cte="8bit",
    ),
    msg(
        "conf_explain", "other", "fr", CAND, "2026-06-17 11:10 +0100",
        "Re: Entretien de ce matin",
        "Bonjour Madame Vasseur,\n\n"
        "Je suis vraiment désolée : je n'ai jamais reçu le lien Teams (il était dans mes\n"
        "indésirables, je viens de le trouver). J'étais prête à 10h et j'attendais votre\n"
        "message. Serait-il possible de fixer un nouveau créneau ?\n\n"
        "Avec toutes mes excuses,\nSiobhán Rautenberg-Ní Bhriain\n",
        to=[CLAIRE], reply="conf_missed", quote="fr",
    ),
    msg(
        "conf_reinvite", "interview_invitation", "fr", CLAIRE, "2026-06-18 09:12 +0200",
        "Re: Entretien de ce matin – nouveau créneau",
        "Madame,\n\n"
        "Merci pour votre retour, cela arrive. Le jury peut vous recevoir le mercredi 24 juin à\n"
        "14h00, toujours en visioconférence. Je vous envoie le lien dès maintenant, cette fois\n"
        "en copie à votre adresse personnelle.\n\n"
        "Lien : https://teams.example.fr/l/meetup-join/confluence-jury-24-06\n\n"
        "Cordialement,\n" + CLAIRE_SIG,
        company="Université Confluence Lyon", contact=CLAIRE[1], reply="conf_explain",
        quote="fr",
    ),
    msg(
        "conf_moved", "interview_reschedule_or_cancel", "fr", CLAIRE, "2026-06-22 17:48 +0200",
        "Report de votre entretien du 24 juin",
        "Madame,\n\n"
        "Le président du jury étant retenu par une soutenance, nous sommes contraints de\n"
        "reporter votre entretien du mercredi 24 juin. Il aura lieu le vendredi 26 juin à\n"
        "14h00, avec le même lien Teams.\n\n"
        "Je vous prie de nous excuser pour ce changement.\n\n"
        "Bien cordialement,\n" + CLAIRE_SIG,
        company="Université Confluence Lyon", contact=CLAIRE[1], fmt="html",
        cs="utf-8", cte="base64",
    ),
    msg(
        "conf_reject", "rejection", "fr", CLAIRE, "2026-07-08 11:30 +0200",
        "RE: Report de votre entretien du 24 juin",
        "Madame,\n\n"
        "Je reviens vers vous suite à votre entretien du 26 juin. Le jury a apprécié la qualité\n"
        "de votre présentation ; toutefois, il a retenu une candidature présentant une\n"
        "expérience plus approfondie de l'enseignement supérieur.\n\n"
        "Nous vous remercions de l'intérêt porté à notre établissement et vous souhaitons\n"
        "pleine réussite dans vos projets.\n\n"
        "Bien cordialement,\n" + CLAIRE_SIG + DISCLAIMER_FR,
        company="Université Confluence Lyon", contact=CLAIRE[1], reply="conf_moved",
        quote="outlook_fr", cs="windows-1252", cte="quoted-printable",
    ),
]

KRANICH: list[Spec] = [
    msg(
        "kranich_ack", "application_received", "en",
        ("Kranich Cloud", "no-reply@hire.lever.co"), "2026-07-01 13:12 +0000",
        "Kranich Cloud – we received your application",
        "Hi Siobhán,\n\n"
        "Thanks for applying to the Enablement Content Designer (Berlin, English-speaking team)\n"
        "position at Kranich Cloud. We're reviewing applications on a rolling basis and will be\n"
        "in touch if your background is a fit.\n\n"
        "Best,\nKranich Cloud People Team\n",
        company="Kranich Cloud", fmt="alt", brand="Kranich Cloud",
    ),
    msg(
        "kranich_invite", "interview_invitation", "en",
        ("Jonas Weidenfeller", "no-reply@hire.lever.co"), "2026-07-09 10:03 +0000",
        "Interview with Kranich Cloud – Enablement Content Designer",
        "Hi Siobhán,\n\n"
        "Thanks for your patience! I'd love to set up a first 30-minute video call with you\n"
        "to talk about the Enablement Content Designer role. Please book a slot that suits\n"
        "you here: https://jobs.lever.co/kranichcloud/interview/5c2d9a\n\n"
        "Looking forward to it,\nJonas Weidenfeller\nTalent Acquisition, Kranich Cloud, Berlin\n",
        company="Kranich Cloud", contact=JONAS[1], reply_to=JONAS,
    ),
    msg(
        "kranich_booked", "other", "en", CAND, "2026-07-09 20:16 +0100",
        "Re: Interview with Kranich Cloud – Enablement Content Designer",
        "Hi Jonas,\n\nThanks a million – I've booked Thursday 16 July at 11:00 Berlin time.\n"
        "Looking forward to chatting!\n\nSiobhán\n",
        to=[JONAS], reply="kranich_invite", quote="en",
    ),
    msg(
        "kranich_postponed", "interview_reschedule_or_cancel", "en", JONAS,
        "2026-07-14 16:20 +0200",
        "Re: Interview with Kranich Cloud – Enablement Content Designer",
        "Hi Siobhán,\n\n"
        "Bad news on timing, I'm afraid: our Head of Enablement has to be at a customer\n"
        "workshop on Thursday, so we need to postpone our call. I'll send you a new booking\n"
        "link for next week by tomorrow evening.\n\n"
        "Sorry about that!\nJonas\n\n"
        "Kranich Cloud GmbH · Schlesische Str. 29 · 10997 Berlin\n",
        company="Kranich Cloud", contact=JONAS[1], reply="kranich_booked", quote="en",
    ),
    msg(
        "kranich_reject", "rejection", "en", JONAS, "2026-07-30 09:44 +0200",
        "Enablement Content Designer – update",
        "Hi Siobhán,\n\n"
        "I wanted to let you know personally before the automatic update goes out: we have\n"
        "filled the Enablement Content Designer position internally – a colleague from our\n"
        "support team moved into the role. That means we won't be rescheduling our call.\n\n"
        "I'm sorry to bring this news after all the back and forth. I'd be happy to keep your\n"
        "profile in mind for future openings.\n\n"
        "Best wishes,\nJonas\n",
        company="Kranich Cloud", contact=JONAS[1],
    ),
]

CLEARPATH: list[Spec] = [
    msg(
        "clear_invite", "interview_invitation", "en", CIARAN, "2026-03-16 12:30 +0000",
        "Brightwater Pharma – first interview Thursday",
        "Hi Siobhán,\n\n"
        "Great news – Brightwater Pharma would like to meet you for the Training & Compliance\n"
        "Learning Designer role we discussed. They've proposed Thursday 19 March at 11:00 at\n"
        "their Ringaskiddy site (Building C reception). You'll meet Fiona Healy, their QA\n"
        "Training Manager, for about an hour.\n\n"
        "Can you confirm and I'll lock it in? Happy to do a quick prep call on Wednesday.\n\n"
        "Best,\n" + CIARAN_SIG,
        company="Brightwater Pharma", contact=CIARAN[1], name_cs=("iso-8859-1", "B"),
    ),
    msg(
        "clear_moved", "interview_reschedule_or_cancel", "en", CIARAN, "2026-03-18 09:15 +0000",
        "RE: Brightwater Pharma – first interview Thursday",
        "Hi Siobhán,\n\n"
        "Just a heads-up: Brightwater have asked to move tomorrow's interview as Fiona is\n"
        "tied up with an audit. New time is Tuesday 24 March at 15:00, same location. Hope\n"
        "that still works for you – let me know either way.\n\n"
        "Thanks,\n" + CIARAN_SIG,
        company="Brightwater Pharma", contact=CIARAN[1], name_cs=("iso-8859-1", "B"),
        reply="clear_invite", quote="outlook_en",
    ),
    msg(
        "clear_reject", "rejection", "en", CIARAN, "2026-04-01 16:02 +0100",
        "Brightwater feedback",
        "Hi Siobhán,\n\n"
        "I've just had feedback from Brightwater Pharma. They enjoyed meeting you and were\n"
        "impressed by your presentation, but they've decided to go with a candidate who has\n"
        "hands-on GMP training experience, so they won't be taking things further with you.\n\n"
        "I know that's disappointing. I'll keep you posted on the other L&D roles I'm\n"
        "working on – there's a medical-device client in Galway I think you'd suit.\n\n"
        "Speak soon,\n" + CIARAN_SIG,
        company="Brightwater Pharma", contact=CIARAN[1], name_cs=("iso-8859-1", "B"),
    ),
]

TALENTO: list[Spec] = [
    msg(
        "talento_invite", "interview_invitation", "es", LUCIA, "2026-06-03 10:20 +0200",
        "Entrevista telefónica – Formadora / Diseñadora de contenidos",
        "Hola, Siobhán:\n\n"
        "Te escribo de Talento Formativo. Estamos seleccionando, para nuestro cliente (un\n"
        "laboratorio farmacéutico internacional con planta en Sevilla), una persona para\n"
        "diseñar la formación de su personal de producción.\n\n"
        "Me gustaría tener una entrevista telefónica contigo el martes 9 de junio a las 11:00.\n"
        "¿Te viene bien? Te llamaría al móvil que indicas en el CV.\n\n"
        "Un saludo,\n" + LUCIA_SIG,
        company="Talento Formativo", contact=LUCIA[1], cs="iso-8859-1", cte="8bit",
    ),
    msg(
        "talento_missed", "missed_interview_notice", "es", LUCIA, "2026-06-09 11:35 +0200",
        "No hemos podido hablar",
        "Hola, Siobhán:\n\n"
        "Hoy a las 11:00 te he llamado dos veces, como habíamos quedado, pero no he podido\n"
        "localizarte y he dejado un mensaje en el buzón de voz.\n\n"
        "Si sigues interesada, dime cuándo te viene bien y lo intentamos de nuevo.\n\n"
        "Un saludo,\n" + LUCIA_SIG,
        company="Talento Formativo", contact=LUCIA[1],
    ),
    msg(
        "talento_reject", "rejection", "es", LUCIA, "2026-06-30 09:58 +0200",
        "Actualización sobre tu candidatura",
        "Hola, Siobhán:\n\n"
        "Te escribo para contarte que nuestro cliente ha revisado las candidaturas finalistas\n"
        "y ha decidido no continuar con la tuya; buscan a alguien con experiencia previa en\n"
        "entornos de fabricación.\n\n"
        "Gracias por tu tiempo. Tengo tu perfil presente para otros procesos de formación.\n\n"
        "Un abrazo,\n" + LUCIA_SIG,
        company="Talento Formativo", contact=LUCIA[1], reply="talento_missed", quote="outlook_es",
    ),
]

MESSAGES: list[Spec] = [
    *CORRIB, *LERNWERK, *TESSELLATE, *ALCAZAR, *CONFLUENCE, *KRANICH, *CLEARPATH, *TALENTO,
]
