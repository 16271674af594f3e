"""Corpus 342: acknowledgements of applications outside the long threads."""

from __future__ import annotations

from msgs342_common import Spec, msg

EN: list[Spec] = [
    msg(
        "liffey_ack", "application_received", "en", ("Liffey Bank Careers", "liffeybank@taleo.net"),
        "2026-01-22 19:03 +0000",
        "Application received – Learning Designer, Liffey Bank Academy (Req 26-0193)",
        "Dear Siobhan,\n\n"
        "Thank you for your application for the position of Learning Designer (Req 26-0193)\n"
        "in the Liffey Bank Academy, Dublin.\n\n"
        "This is to confirm that your application has been successfully submitted. A member of\n"
        "our Talent Acquisition team will review it, and we will contact you if you are\n"
        "selected to progress to the next stage.\n\n"
        "Yours sincerely,\nTalent Acquisition, Liffey Bank\n\n"
        "Please do not reply to this e-mail; this mailbox is not monitored.\n",
        company="Liffey Bank", cte="7bit",
    ),
    msg(
        "kinsale_ack", "application_received", "en",
        ("Kinsale Learning Labs", "notifications@bamboohr.com"), "2026-02-12 10:27 +0000",
        "Thanks for applying to Kinsale Learning Labs!",
        "Hi Siobhán,\n\n"
        "Thanks for applying for our E-Learning Developer position. We've received your\n"
        "application and our hiring team will look it over soon. If your skills and experience\n"
        "are a good match, we'll reach out to set up a conversation.\n\n"
        "Thanks again,\nKinsale Learning Labs\n",
        company="Kinsale Learning Labs",
    ),
    msg(
        "shannonside_ack", "application_received", "en",
        ("Shannonside Medical Careers", "shannonside-noreply@icims.com"),
        "2026-04-02 22:41 +0100",
        "Thank you for your application – Training Specialist (2026-1187)",
        "Dear Siobhán Rautenberg-Ní Bhriain,\n\n"
        "Thank you for applying to the Training Specialist position at Shannonside Medical.\n"
        "Your application has been received and will be reviewed by our recruitment team.\n\n"
        "You can check the status of your application by logging in to our careers portal.\n\n"
        "Sincerely,\nShannonside Medical Talent Acquisition\n",
        company="Shannonside Medical", fmt="html", brand="Shannonside Medical",
    ),
    msg(
        "harbourview_ack", "application_received", "en",
        ("Harbourview University Recruitment", "recruitment@harbourview.example.ie"),
        "2026-04-10 12:00 +0100",
        "Acknowledgement – Digital Learning Designer (HV-CDL-0426)",
        "Dear Applicant,\n\n"
        "Thank you for your application for the post of Digital Learning Designer, Centre for\n"
        "Digital Learning (competition HV-CDL-0426), which we acknowledge with thanks.\n\n"
        "Owing to the volume of applications, we regret that we cannot reply to every\n"
        "applicant individually. Shortlisted candidates will be contacted by the end of April.\n\n"
        "Human Resources, Harbourview University\n",
        company="Harbourview University", cs="iso-8859-1", cte="7bit",
    ),
    msg(
        "helvetron_ack", "application_received", "en",
        ("Helvetron Pharma", "noreply@smartrecruiters.com"), "2026-01-10 15:32 +0100",
        "Thank you for applying to Helvetron Pharma",
        "Dear Siobhán,\n\n"
        "Thank you for your interest in the Learning Experience Specialist position in Zurich.\n"
        "We have successfully received your application and will review it carefully.\n\n"
        "Kind regards,\nHelvetron Talent Acquisition\n\n"
        "Powered by SmartRecruiters\n",
        company="Helvetron Pharma", fmt="alt", brand="Helvetron Pharma",
    ),
    msg(
        "brightlane_ack", "application_received", "en",
        ("Ella from Brightlane", "no-reply@teamtailor-mail.com"), "2026-07-08 21:15 +0100",
        "We got your application 🎉",
        "Hi Siobhán!\n\n"
        "Thanks for applying for the Learning Content Lead role at Brightlane. We've got your\n"
        "application safe and sound.\n\n"
        "We read every application, but we get so many that we can't always reply to each one\n"
        "individually. If you haven't heard from us within three weeks, we've most likely\n"
        "gone with other candidates for now.\n\n"
        "Ella & the Brightlane team\n",
        company="Brightlane", fmt="alt", brand="Brightlane", subj_cs=("utf-8", "B"),
    ),
    msg(
        "clearpath_ack", "application_received", "en",
        ("Ciarán Ó Dálaigh", "ciaran@clearpathtalent.example.ie"), "2026-03-05 08:58 +0000",
        "RE: CV – Learning & Development roles",
        "Hi Siobhán,\n\n"
        "Thanks for sending on your CV – it's come through fine. Your teaching background is\n"
        "exactly the kind of profile some of my clients in pharma and med-devices ask for.\n\n"
        "I'll give you a ring on Monday morning to talk through what you're looking for.\n\n"
        "Best,\nCiarán\n\n"
        "Ciarán Ó Dálaigh | Senior Consultant, Learning & Development\n"
        "Clearpath Learning Talent | 4 Fitzwilliam Place, Dublin 2\n",
        company="Clearpath Learning Talent", contact="ciaran@clearpathtalent.example.ie",
        name_cs=("utf-8", "B"), reply="clearpath_cv", quote="outlook_en",
    ),
]

DE: list[Spec] = [
    msg(
        "nordlicht_ack", "application_received", "de",
        ("Nordlicht Medizintechnik", "noreply@softgarden.io"), "2026-04-28 08:30 +0200",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Rautenberg-Ní Bhriain,\n\n"
        "vielen Dank für Ihre Bewerbung als Trainerin / Instructional Designerin\n"
        "Produktschulung (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
        "Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Nordlicht Medizintechnik GmbH\n",
        company="Nordlicht Medizintechnik", fmt="html", brand="Nordlicht Medizintechnik",
        cs="iso-8859-1", cte="quoted-printable",
    ),
    msg(
        "talentbruecke_ack", "application_received", "de",
        ("Friederike Asmussen", "f.asmussen@talentbruecke.example.de"), "2026-07-06 11:40 +0200",
        "Ihre Unterlagen",
        "Liebe Frau Rautenberg-Ní Bhriain,\n\n"
        "herzlichen Dank für Ihre Unterlagen, die vollständig bei mir angekommen sind. Ihr\n"
        "Wechsel aus der Grundschule ins Corporate Learning ist spannend – ich sehe mir Ihr\n"
        "Profil in Ruhe an und rufe Sie in der kommenden Woche an.\n\n"
        "Beste Grüße\nFriederike Asmussen\nTalentbrücke Personalberatung, Hamburg\n",
        company="Talentbrücke", contact="f.asmussen@talentbruecke.example.de", cte="8bit",
    ),
    msg(
        "elbkontor_ack", "application_received", "de",
        ("Elbkontor Software Karriere", "elbkontor@myworkday.com"), "2026-09-10 14:05 +0200",
        "Vielen Dank für Ihre Bewerbung bei Elbkontor Software",
        "Hallo Siobhán,\n\n"
        "vielen Dank für Ihre Bewerbung als Trainerin Kundenschulung (R-3312). Ihre Bewerbung\n"
        "ist bei uns eingegangen. Den Status können Sie jederzeit in Ihrem Kandidatenkonto\n"
        "einsehen.\n\n"
        "Viele Grüße\nIhr Talent-Acquisition-Team\n\n"
        "Dies ist eine automatisch generierte Nachricht.\n",
        company="Elbkontor Software", fmt="alt", brand="Elbkontor Software", cte="base64",
    ),
]

FR: list[Spec] = [
    msg(
        "medivance_ack", "application_received", "fr", ("Médivance Recrutement", "medivance@taleo.net"),
        "2026-02-20 07:45 +0100",
        "Accusé de réception de votre candidature (réf. MDV-2611)",
        "Madame,\n\n"
        "Nous accusons réception de votre candidature au poste de Concepteur·rice de\n"
        "formations (réf. MDV-2611) et vous remercions de l'intérêt que vous portez à\n"
        "Médivance.\n\n"
        "Votre dossier est en cours d'étude. Nous reviendrons vers vous dans les meilleurs\n"
        "délais.\n\n"
        "La Direction des Talents – Médivance\n"
        "Merci de ne pas répondre à ce message automatique.\n",
        company="Médivance", name_cs=("iso-8859-1", "Q"), cs="windows-1252",
        cte="quoted-printable",
    ),
    msg(
        "fourviere_ack", "application_received", "fr",
        ("Banque Fourvière – Recrutement", "recrutement@banque-fourviere.example.fr"),
        "2026-09-14 10:10 +0200",
        "Votre candidature – Académie Fourvière",
        "Madame, Monsieur,\n\n"
        "Nous avons bien reçu votre candidature pour le poste de concepteur pédagogique au\n"
        "sein de l'Académie Fourvière et nous vous en remercions.\n\n"
        "En raison du nombre important de candidatures, nous ne pourrons pas répondre à\n"
        "chacune individuellement. Si votre profil est retenu, vous serez contactée sous trois\n"
        "semaines.\n\n"
        "Le service Recrutement – Banque Fourvière\n",
        company="Banque Fourvière", name_cs=("utf-8", "B"), fmt="alt",
        brand="Banque Fourvière",
    ),
]

ES: list[Spec] = [
    msg(
        "bioandaluza_ack", "application_received", "es",
        ("Bioandaluza Farma - Talento", "bioandaluza-noreply@icims.com"),
        "2026-06-22 16:20 +0200",
        "Hemos recibido tu candidatura",
        "Hola, Siobhán:\n\n"
        "Gracias por presentar tu candidatura a la oferta de Técnica de Formación GMP en\n"
        "Bioandaluza Farma (Sevilla). La hemos recibido correctamente.\n\n"
        "Nuestro equipo revisará tu perfil y te informaremos de los siguientes pasos.\n\n"
        "Equipo de Talento – Bioandaluza Farma\n",
        company="Bioandaluza Farma", fmt="alt", brand="Bioandaluza Farma",
    ),
    msg(
        "giralda_ack", "application_received", "es", ("Aula Giralda", "no-reply@recruitee.com"),
        "2026-07-27 09:05 +0200",
        "Aula Giralda: confirmación de candidatura",
        "Hola, Siobhán:\n\n"
        "¡Gracias por tu interés en Aula Giralda! Hemos recibido tu candidatura para el puesto\n"
        "de Diseñador/a Instruccional (e-learning) en Sevilla.\n\n"
        "Revisaremos tu perfil en los próximos días.\n\n"
        "Un saludo,\nEl equipo de Aula Giralda\n",
        company="Aula Giralda", cs="windows-1252", cte="8bit",
    ),
    msg(
        "triana_ack", "application_received", "es",
        ("Universidad de Triana", "noreply@workablemail.com"), "2026-08-31 08:00 +0200",
        "Confirmación: Técnico/a de Innovación Docente",
        "Estimada Siobhán:\n\n"
        "Le confirmamos la recepción de su solicitud para la plaza de Técnico/a de Innovación\n"
        "Docente en el Servicio de Docencia Digital de la Universidad de Triana.\n\n"
        "La comisión de selección publicará la lista de personas admitidas a entrevista en la\n"
        "sede electrónica de la Universidad.\n\n"
        "Servicio de Recursos Humanos\n",
        company="Universidad de Triana", fmt="alt", brand="Universidad de Triana",
    ),
]

MESSAGES: list[Spec] = [*EN, *DE, *FR, *ES]
