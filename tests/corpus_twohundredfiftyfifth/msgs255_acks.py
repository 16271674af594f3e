"""Corpus 255 - application acknowledgements (21) and offers (10)."""

from msgs255_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    gmail_html,
    outlook_html,
    reply,
)

_HANNAH = ("Hannah Crisp", "hannah.crisp@wensumclinical.example.co.uk")
_MARCUS = ("Marcus Delaney", "marcus.delaney@harbourclinical.example.co.uk")
_GRACE = ("Grace Whitlock", "grace.whitlock@meridian-ah.example.co.uk")
_TOBIAS = ("Tobias Hartmann", "tobias.hartmann@rn-personal.example.de")

_MERIDIAN_CONTRACT = """Dear Rosalind,

Further to Naomi's call last week, I'm delighted to attach your contract of employment and offer letter for the position of Pharmacovigilance & Clinical Trials Coordinator at Meridian Animal Health UK.

Please read both documents carefully. If you are happy with the terms, please sign the contract electronically using the secure link below, or print, sign and return a scanned copy, by Wednesday 3 June 2026:

https://sign.meridian-ah.example.co.uk/envelope/7Q2-RME-0527

Once we receive your signed contract we will start your pre-employment checks (two references and right-to-work verification) and send your induction pack. Your proposed start date is Monday 6 July 2026.

If you have any questions about the contract, I'm happy to help.

Kind regards,

Grace Whitlock
Early Careers & Talent Coordinator
Meridian Animal Health UK
9 Harbour Exchange Square, London E14 9GE
+44 20 7946 0377

Meridian Animal Health UK Limited, registered in England and Wales no. 03344556. This email and its attachments are confidential."""

_CRINGLEFORD_OFFER = """Dear Rosalind,

It was lovely to see you again on Thursday, and thank you for the time you gave us on the facility tour.

I'm delighted to offer you the post of Research Practitioner at Cringleford Clinical Trials Facility, on a permanent, full-time contract (37.5 hours per week) at a salary of £29,400 per annum. Subject to satisfactory references and an enhanced DBS check, we would like you to start on Monday 4 May 2026.

Our HR team will send the written statement of terms this week. In the meantime, could you let me know whether you accept the offer in principle?

I really hope you say yes - the team were very taken with you.

Warm regards,

Ruth

Dr Ruth Gowing RN PhD
Lead Research Nurse
Cringleford Clinical Trials Facility
Newmarket Road, Cringleford, Norwich NR4 6UE
01603 555 731

This email is confidential and intended for the addressee only. If received in error please delete and notify the sender."""

RECEIVED = [
    # ------------------------------------------------------------------ English
    dict(
        key="wensum_workday_ack",
        lang="en", company="Wensum Clinical Research", contact="",
        date="2026-08-10 08:41 +0000",
        **{"from": ("Wensum Clinical Research", "wensumclinical@myworkday.com")},
        subject="Thank you for applying - Clinical Research Coordinator (Oncology) R-1178",
        text="""Dear Rosalind,

Thank you for applying for the Clinical Research Coordinator (Oncology) position (R-1178) at Wensum Clinical Research. This email confirms that we have received your application.

Our recruitment team will review your details against the requirements of the role. Because of the number of applications we receive, unfortunately we cannot reply to every applicant individually, but if your experience matches what we are looking for, a member of the team will contact you.

You can check the status of your application at any time by signing in to your candidate home page.

Kind regards,
Talent Acquisition
Wensum Clinical Research

Please do not reply to this email; this mailbox is not monitored.
""",
        html=ats_card("Wensum Clinical Research", "#00507a", """Dear Rosalind,

Thank you for applying for the Clinical Research Coordinator (Oncology) position (R-1178) at Wensum Clinical Research. This email confirms that we have received your application.

Our recruitment team will review your details against the requirements of the role. Because of the number of applications we receive, unfortunately we cannot reply to every applicant individually, but if your experience matches what we are looking for, a member of the team will contact you.

You can check the status of your application at any time by signing in to your candidate home page.

Kind regards,
Talent Acquisition
Wensum Clinical Research""", "Please do not reply to this email; this mailbox is not monitored.", ("Candidate home", "https://wd3.myworkdayjobs.com/wensumclinical/userHome")),
    ),
    dict(
        key="anglia_agency_registration",
        lang="en", company="Anglia Life Sciences Recruitment", contact="declan.howlett@anglials.example.co.uk",
        date="2026-01-13 10:05 +0000",
        **{"from": ("Declan Howlett", "declan.howlett@anglials.example.co.uk")},
        subject="Welcome to Anglia Life Sciences Recruitment - you're registered",
        text="""Hi Rosalind,

Lovely to speak to you this morning. Just confirming you're now fully registered with us and your CV is on our system - I've tagged you for Clinical Research Coordinator, Research Practitioner and Clinical Trial Assistant roles across Norfolk, Suffolk and Cambridgeshire.

Next steps from my side:
1. I'll tidy up the research section of your CV with you - can you send me the protocol names of the two practice studies?
2. I won't send your CV to any client without asking you first.
3. Our privacy notice is at https://www.anglials.example.co.uk/privacy if you want a read.

Speak next week.

Declan

Declan Howlett
Senior Consultant, Clinical Operations
Anglia Life Sciences Recruitment
Suite 4, Neptune Quay, Ipswich IP4 1AX
t: 01473 555 218 | m: 07700 900 418
""",
    ),
    dict(
        key="rijnstad_greenhouse_ack",
        lang="en", company="Rijnstad Clinical Research", contact="",
        date="2026-03-02 09:14 +0000",
        **{"from": ("Rijnstad Clinical Research", "no-reply@us.greenhouse-mail.io")},
        subject="Thank you for applying to Rijnstad Clinical Research",
        text="""Hi Rosalind,

Thank you for your interest in Rijnstad Clinical Research! We wanted to let you know we received your application for Clinical Research Associate I (English-speaking), Leiden.

Our team is reviewing applications and will reach out if your background matches the needs of the role. In the meantime, feel free to learn more about life at Rijnstad on our careers page.

All the best,
Rijnstad Talent Acquisition

**Please note: do not reply to this email. This email is sent from an unattended mailbox.**
""",
    ),
    dict(
        key="meridian_smartrecruiters_ack",
        lang="en", company="Meridian Animal Health", contact="",
        date="2026-04-13 13:00 +0100",
        **{"from": ("Meridian Animal Health", "no-reply@smartrecruiters.com")},
        subject="We've received your application: Pharmacovigilance & Clinical Trials Coordinator",
        html=ats_card("Meridian Animal Health", "#00695c", """Hello Rosalind,

Thanks for applying for Pharmacovigilance & Clinical Trials Coordinator in London. Your application has been received and is now with our hiring team.

What happens next? Our team reviews every application carefully. If you are selected to move forward, a recruiter will get in touch to explain the next steps - this usually takes two to three weeks.

Best regards,
Meridian Animal Health Talent Acquisition""", "Powered by SmartRecruiters. This is an automatically generated message.", ("View your application", "https://jobs.smartrecruiters.com/MeridianAnimalHealth/status")),
        html_cte="base64",
    ),
    dict(
        key="cam_valley_taleo_ack",
        lang="en", company="Cam Valley Hospitals NHS Foundation Trust", contact="",
        date="2026-01-20 07:02 +0000",
        **{"from": ("Cam Valley Hospitals Recruitment", "no-reply@taleo.net")},
        subject="Application received - Research Practitioner (Band 5), ref 417-RP-0226",
        text="""Dear Rosalind Mbatha-Eriksen,

Vacancy: Research Practitioner (Band 5), Clinical Research Facility
Reference: 417-RP-0226

Thank you for submitting your application for the above post. This is confirmation that it has been received.

The closing date for this vacancy is 28 January 2026. Shortlisting will take place shortly afterwards and candidates selected for interview will be contacted by email. We recommend that you check your junk folder regularly.

Recruitment Services
Cam Valley Hospitals NHS Foundation Trust

This is an automated message from an unmonitored mailbox. Please do not reply.
""",
    ),
    dict(
        key="kingfisher_icims_ack",
        lang="en", company="Kingfisher Contract Research", contact="",
        date="2026-03-09 15:30 -0400",
        **{"from": ("Kingfisher Contract Research Careers", "no-reply@icims.com")},
        subject="Kingfisher Contract Research - Application Received for 26-0311 In-House CRA Trainee",
        html=ats_card("Kingfisher Contract Research", "#1b4965", """Dear Rosalind,

Thank you for applying for the In-House CRA Trainee position (requisition 26-0311). We have successfully received your application.

Our talent acquisition team will carefully review your qualifications. We receive a very large number of applications and unfortunately we cannot reply to every applicant individually; if your skills and experience match our needs, we will contact you to discuss next steps.

Thank you again for your interest in Kingfisher Contract Research.

Sincerely,
Kingfisher Contract Research Talent Acquisition""", "Please do not reply to this automated message."),
    ),
    dict(
        key="harbour_registration",
        lang="en", company="Harbour Clinical Talent", contact="marcus.delaney@harbourclinical.example.co.uk",
        date="2026-07-06 17:20 +0100",
        **{"from": _MARCUS},
        subject="Registration confirmed - Harbour Clinical Talent",
        text="""Hi Rosalind,

Thanks for popping in to see us today - really enjoyed hearing about your move from vet nursing into research.

This confirms your registration with Harbour Clinical Talent. I've attached our Terms of Engagement for work-seekers; please read them and reply "agreed" when you get a chance, as we need this before we can put you forward for any roles.

I've already got one CRC role in South London in mind - more on that soon.

Best,
Marcus

Marcus Delaney
Principal Consultant - Clinical Research
Harbour Clinical Talent
Unit 12, Tower Bridge Business Complex, London SE16 4DG
T 020 7946 0668 | M 07700 900 561

Harbour Clinical Talent Ltd acts as an employment agency. This email may contain confidential information.
""",
        attach=[("pdf", "Harbour_Terms_of_Engagement_Work-Seekers_2026.pdf", [
            "Harbour Clinical Talent - Terms of Engagement for Work-Seekers",
            "Version 2026.1",
            "",
            "1. We act as an employment agency in introducing you to clients.",
            "2. We will not charge you a fee for finding you work.",
            "3. We will obtain your consent before submitting your CV to any client.",
            "4. You must tell us of any changes to your availability or right to work.",
        ])],
    ),
    dict(
        key="east_norfolk_uni_ack",
        lang="en", company="East Norfolk University", contact="",
        date="2026-02-16 12:33 +0000",
        **{"from": ("East Norfolk University Recruitment", "recruitment-noreply@eastnorfolk.example.ac.uk")},
        subject="ENU-2026-0193: application received",
        text="""Dear Rosalind Mbatha-Eriksen

Thank you for applying for the post of Research Assistant (Companion Animal Cohort), School of Veterinary & Health Sciences, reference ENU-2026-0193.

Your application has been successfully submitted. The selection panel will shortlist after the closing date (1 March 2026). If you are shortlisted you will hear from us by email within three weeks of the closing date.

You may also be interested in completing our equal opportunities monitoring form. Your responses are anonymous and are not seen by the panel.

HR Recruitment Team
East Norfolk University – Norwich NR4 7ZZ
""",
        charset="windows-1252", cte="8bit",
        html="""<html><body style="font-family:'Segoe UI',Arial;font-size:10pt">
<p>Dear Rosalind Mbatha-Eriksen</p>
<p>Thank you for applying for the post of <b>Research Assistant (Companion Animal Cohort)</b>, School of Veterinary &amp; Health Sciences, reference ENU-2026-0193.</p>
<p>Your application has been successfully submitted. The selection panel will shortlist after the closing date (1 March 2026). If you are shortlisted you will hear from us by email within three weeks of the closing date.</p>
<p>You may also be interested in completing our <a href="https://jobs.eastnorfolk.example.ac.uk/eo-form">equal opportunities monitoring form</a>. Your responses are anonymous and are not seen by the panel.</p>
<p>HR Recruitment Team<br>East Norfolk University &ndash; Norwich NR4 7ZZ</p>
</body></html>
""",
        html_charset="windows-1252", html_cte="qp",
    ),
    dict(
        key="helixmoor_ashby_ack",
        lang="en", company="Helixmoor Bio", contact="",
        date="2026-06-22 10:00 +0100",
        **{"from": ("Helixmoor Bio", "no-reply@ashbyhq.com")},
        subject="Thanks for applying to Helixmoor Bio!",
        text="""Hi Rosalind,

Thanks for applying to the Clinical Operations Coordinator role at Helixmoor Bio. We've got your application and our team is taking a look.

We aim to get back to every applicant within two weeks. In the meantime you can read about our pipeline at https://helixmoor.example.co.uk/science.

Helixmoor Bio Talent
""",
    ),
    dict(
        key="bure_valley_cv_received",
        lang="en", company="Bure Valley Referrals", contact="jess.thurlow@burevalleyvets.example.co.uk",
        date="2026-01-08 18:30 +0000",
        **{"from": ("Jess Thurlow", "jess.thurlow@burevalleyvets.example.co.uk")},
        subject="Re: research nurse post",
        text="""Hi Ros,

Got your CV and cover letter, thanks! Passed them straight to Dr Barnes and the practice manager. Closing date is the 20th and they're hoping to see people the week after.

Fingers crossed x

Jess

Jess Thurlow RVN
Head Nurse, Bure Valley Referrals
Station Road, Wroxham NR12 8UR
""",
        cte="7bit",
    ),
    dict(
        key="petrie_workable_ack",
        lang="en", company="Petrie Health Data", contact="",
        date="2026-09-28 19:02 +0100",
        **{"from": ("Petrie Health Data", "noreply@candidates.workablemail.com")},
        subject="Thanks for applying to Petrie Health Data",
        html=ats_card("Petrie Health Data", "#6a4c93", """Hi Rosalind,

Thank you for applying for the Clinical Data Coordinator position at Petrie Health Data. Your application has been received.

We're a small team, so unfortunately we cannot reply to every applicant individually. If your profile is a good match for the role, someone from the team will be in touch to arrange a conversation.

Thanks,
Petrie Health Data""", "Sent via Workable. You received this email because you applied for a job at Petrie Health Data."),
    ),
    dict(
        key="zijlpoort_lever_ack",
        lang="en", company="Zijlpoort Biotherapeutics", contact="",
        date="2026-05-05 07:55 +0000",
        **{"from": ("Zijlpoort Biotherapeutics", "no-reply@hire.lever.co")},
        subject="Your application to Zijlpoort Biotherapeutics",
        text="""Hi Rosalind,

Thanks for applying to Zijlpoort Biotherapeutics for the Clinical Study Coordinator position in Leiden. Your application has been received and will be reviewed by our team.

If there's a fit, we'll be in touch about next steps.

Best,
The Zijlpoort Talent Team
""",
        html=ats_card("Zijlpoort Biotherapeutics", "#3b3b98", """Hi Rosalind,

Thanks for applying to Zijlpoort Biotherapeutics for the Clinical Study Coordinator position in Leiden. Your application has been received and will be reviewed by our team.

If there's a fit, we'll be in touch about next steps.

Best,
The Zijlpoort Talent Team""", "Powered by Lever."),
    ),
    # ------------------------------------------------------------------ French
    dict(
        key="confluence_ack",
        lang="fr", company="Confluence Recherche Clinique", contact="",
        date="2026-04-02 16:12 +0200",
        **{"from": ("Confluence Recherche Clinique", "confluencerc@myworkday.com")},
        subject="Confirmation de réception de votre candidature",
        subject_enc=("utf-8", "q"),
        text="""Bonjour Rosalind,

Nous vous remercions pour votre candidature au poste de Coordinatrice / Coordinateur d'études cliniques (H/F) - Lyon.

Votre dossier a bien été reçu et sera étudié avec attention par notre équipe de recrutement. Si votre profil correspond à nos besoins, nous prendrons contact avec vous dans les prochaines semaines.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Cordialement,
L'équipe Recrutement
Confluence Recherche Clinique

Merci de ne pas répondre à ce message automatique.
""",
        cte="qp",
    ),
    dict(
        key="talents_sante_inscription",
        lang="fr", company="Talents Santé Lyon", contact="julien.berthier@talents-sante.example.fr",
        date="2026-05-26 11:00 +0200",
        **{"from": ("Julien Berthier", "julien.berthier@talents-sante.example.fr")},
        subject="Votre inscription chez Talents Santé Lyon",
        subject_enc=("iso-8859-1", "b"),
        text="""Bonjour Rosalind,

Merci pour notre échange téléphonique de ce matin. Je vous confirme votre inscription dans notre vivier de candidats : votre CV a bien été reçu et enregistré.

Comme convenu, je vous positionnerai sur des postes d'ARC junior, de technicienne d'études cliniques et de coordinatrice en santé animale dans la région lyonnaise. Je ne transmettrai jamais votre dossier à une entreprise sans votre accord préalable.

Pourriez-vous me renvoyer une version française de votre CV d'ici la fin de la semaine ?

Bien à vous,

Julien Berthier
Consultant senior - Santé & Sciences de la vie
Talents Santé Lyon
45 rue de la République, 69002 Lyon
06 55 50 18 42
""",
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        key="rhodanie_successfactors_ack",
        lang="fr", company="Rhodanie Pharma", contact="",
        date="2026-09-07 10:21 +0200",
        **{"from": ("Rhodanie Pharma Recrutement", "noreply@successfactors.eu")},
        subject="Rhodanie Pharma : accusé de réception (réf. 2026-0877)",
        subject_enc=("utf-8", "b"),
        html=ats_card("Rhodanie Pharma", "#264653", """Madame,

Nous accusons réception de votre candidature pour le poste de Coordinatrice Pharmacovigilance Vétérinaire (réf. 2026-0877) et vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier sera examiné par le service des Ressources Humaines et par le responsable du poste. En raison du nombre important de candidatures, le délai de réponse peut atteindre quatre semaines.

Cordialement,
La Direction des Ressources Humaines
Rhodanie Pharma""", "Ce message a été généré automatiquement, merci de ne pas y répondre."),
    ),
    # ------------------------------------------------------------------ German
    dict(
        key="odenwald_personio_ack",
        lang="de", company="Odenwald Tiergesundheit", contact="",
        date="2026-08-24 14:48 +0200",
        **{"from": ("Odenwald Tiergesundheit", "noreply@personio.de")},
        subject="Deine Bewerbung bei Odenwald Tiergesundheit",
        text="""Hallo Rosalind,

vielen Dank für Deine Bewerbung als Clinical Trial Coordinator (m/w/d)! Wir haben Deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen genau an.

Sobald wir uns ein Bild gemacht haben, melden wir uns bei Dir - in der Regel innerhalb von zwei Wochen.

Viele Grüße
Dein People-&-Culture-Team
Odenwald Tiergesundheit GmbH, Hatschekstraße 12, 69126 Heidelberg

Diese E-Mail wurde automatisch versendet. Bitte antworte nicht auf diese Nachricht.
""",
        cte="qp",
    ),
    dict(
        key="bergstrasse_softgarden_ack",
        lang="de", company="Bergstraße Biologics", contact="",
        date="2026-03-18 09:33 +0100",
        **{"from": ("Bergstraße Biologics Recruiting", "noreply@softgarden.io", "iso-8859-1", "q")},
        subject="Eingangsbestätigung Ihrer Bewerbung",
        subject_enc=("iso-8859-1", "b"),
        text="""Sehr geehrte Frau Mbatha-Eriksen,

vielen Dank für Ihre Bewerbung als Klinische/r Studienassistent/in bei der Bergstraße Biologics GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung individuell zu beantworten. Sobald die Sichtung abgeschlossen ist, erhalten Sie jedoch eine Rückmeldung zum Stand des Verfahrens.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Bergstraße Biologics GmbH

Diese E-Mail wurde automatisch über softgarden versendet.
""",
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        key="rhein_neckar_registrierung",
        lang="de", company="Rhein-Neckar Personal", contact="tobias.hartmann@rn-personal.example.de",
        date="2026-06-29 13:05 +0200",
        **{"from": _TOBIAS},
        subject="Ihre Registrierung bei Rhein-Neckar Personal",
        text="""Hallo Frau Mbatha-Eriksen,

schön, dass wir heute telefonieren konnten. Hiermit bestätige ich Ihre Registrierung bei uns - Ihren Lebenslauf und Ihre Zeugnisse habe ich erhalten und in unserem System hinterlegt.

Ich suche für Sie gezielt nach Positionen in der Studienkoordination im Raum Heidelberg/Mannheim, sowohl in Kliniken als auch bei Tiergesundheitsunternehmen. Bevor ich Ihr Profil an ein Unternehmen weitergebe, spreche ich Sie selbstverständlich vorher an.

Viele Grüße
Tobias Hartmann
Senior Personalberater Life Sciences
Rhein-Neckar Personal GmbH | N7, 13 | 68161 Mannheim
Mobil +49 171 5550 2291
""",
        cte="8bit",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        key="montjuic_ack",
        lang="es", company="Investigación Clínica Montjuïc", contact="",
        date="2026-06-08 09:00 +0200",
        **{"from": ("Investigación Clínica Montjuïc - Empleo", "empleo-noreply@icmontjuic.example.es", "utf-8", "b")},
        subject="Hemos recibido tu candidatura",
        text="""Hola Rosalind:

Gracias por presentar tu candidatura para el puesto de Coordinador/a de Ensayos Clínicos (ref. ICM-CEC-26). La hemos recibido correctamente.

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Personas
Investigación Clínica Montjuïc

Este es un mensaje automático; por favor, no respondas a este correo.
""",
        cte="8bit",
    ),
    dict(
        key="tibidabo_recruitee_ack",
        lang="es", company="Ensayos Clínicos Tibidabo", contact="",
        date="2026-09-14 16:30 +0200",
        **{"from": ("Ensayos Clínicos Tibidabo", "no-reply@jobs.recruitee.com", "utf-8", "q")},
        subject="Gracias por tu candidatura - Study Start-up Assistant",
        html=ats_card("Ensayos Clínicos Tibidabo", "#e67e22", """Hola Rosalind:

¡Gracias por tu interés en Ensayos Clínicos Tibidabo! Hemos recibido tu candidatura para Study Start-up Assistant.

Recibimos muchas solicitudes y lamentablemente no podemos responder de forma individual a cada persona en esta fase, pero revisaremos tu perfil con atención y te escribiremos si pasas a la siguiente etapa.

Un saludo,
El equipo de People & Talent""", "Enviado con Recruitee."),
    ),
    dict(
        key="talento_bio_registro",
        lang="es", company="Talento Bio Barcelona", contact="nuria.castells@talentobio.example.es",
        date="2026-05-18 10:40 +0200",
        **{"from": ("Núria Castells", "nuria.castells@talentobio.example.es", "iso-8859-1", "q")},
        subject="Alta en Talento Bio Barcelona",
        text="""Hola Rosalind,

¡Encantada de haber hablado contigo! Te confirmo que ya estás dada de alta en nuestra base de candidatos y que he recibido tu CV en inglés.

Voy a moverte para posiciones de Clinical Trial Assistant, coordinación de estudios y técnico/a de ensayos veterinarios en el área de Barcelona. Nunca enviaré tu perfil a ninguna empresa sin consultarlo antes contigo.

Si puedes, mándame también una versión del CV en castellano.

Un abrazo,

Núria Castells
Consultora Life Sciences
Talento Bio Barcelona
Passeig de Gràcia, 77, 4º 2ª - 08008 Barcelona
+34 655 500 812
""",
        charset="iso-8859-1", cte="qp",
    ),
]

OFFERS = [
    # ------------------------------------------------------------------ English
    dict(
        key="wensum_formal_offer_pdf",
        lang="en", company="Wensum Clinical Research", contact="hannah.crisp@wensumclinical.example.co.uk",
        date="2026-10-01 16:10 +0100",
        **{"from": _HANNAH},
        subject="Offer of employment - Clinical Research Coordinator (Oncology)",
        parent="sent_wensum_thanks",
        text="""Dear Rosalind,

Following your panel interview on 17 September, I am delighted to offer you the position of Clinical Research Coordinator (Oncology) at Wensum Clinical Research.

Your offer letter is attached. In summary: a permanent, full-time role based at our Whitefriars site; a starting salary of £31,200 per annum; 27 days' annual leave plus bank holidays; and a proposed start date of Monday 2 November 2026. The offer is conditional on two satisfactory references and a basic DBS check.

Please let me know whether you accept by Friday 9 October. Do call me if you'd like to talk anything through.

Congratulations - the panel were unanimous.

Hannah

Hannah Crisp
Talent Partner
Wensum Clinical Research
21 Whitefriars, Norwich NR3 1TN
01603 555 804 | www.wensumclinical.example.co.uk
""",
        cte="qp",
        attach=[("pdf", "Wensum_Offer_Letter_RMbatha-Eriksen.pdf", [
            "Wensum Clinical Research - 21 Whitefriars, Norwich NR3 1TN",
            "1 October 2026",
            "Private & Confidential: Ms Rosalind Mbatha-Eriksen",
            "",
            "Offer of employment: Clinical Research Coordinator (Oncology)",
            "Salary: £31,200 per annum. Hours: 37.5 per week. Annual leave: 27 days.",
            "Start date: Monday 2 November 2026. Probation: six months.",
            "This offer is conditional on satisfactory references and a basic DBS check.",
            "",
            "Signed: Lorna Fairweather, Site Manager",
        ])],
    ),
    dict(
        key="harbour_client_wants_offer",
        lang="en", company="Lambeth Clinical Pharmacology Unit", contact="marcus.delaney@harbourclinical.example.co.uk",
        date="2026-07-29 18:05 +0100",
        **{"from": _MARCUS},
        subject="LCPU - good news!!",
        parent="harbour_client_moved",
        text="""Rosalind!

I've just come off the phone with Tomasz at LCPU - the client wants to make you an offer for the Clinical Research Coordinator (Phase I) role.

Headline terms: £32,500 basic, plus a 10% shift allowance for the overnight dosing rota, 25 days' holiday, start early September. They'll put it in writing once you've said yes in principle.

Give me a ring tonight or first thing tomorrow and we can talk it through - including whether we push a bit on the base salary.

Massive congratulations, you smashed it.

Marcus

Marcus Delaney
Principal Consultant - Clinical Research
Harbour Clinical Talent
T 020 7946 0668 | M 07700 900 561
""",
        html=gmail_html("""Rosalind!

I've just come off the phone with Tomasz at LCPU - the client wants to make you an offer for the Clinical Research Coordinator (Phase I) role.

Headline terms: £32,500 basic, plus a 10% shift allowance for the overnight dosing rota, 25 days' holiday, start early September. They'll put it in writing once you've said yes in principle.

Give me a ring tonight or first thing tomorrow and we can talk it through - including whether we push a bit on the base salary.

Massive congratulations, you smashed it.

Marcus

Marcus Delaney
Principal Consultant - Clinical Research
Harbour Clinical Talent
T 020 7946 0668 | M 07700 900 561"""),
    ),
    dict(
        key="meridian_verbal_followup",
        lang="en", company="Meridian Animal Health", contact="naomi.frost@meridian-ah.example.co.uk",
        date="2026-05-20 17:30 +0100",
        **{"from": ("Dr Naomi Frost", "naomi.frost@meridian-ah.example.co.uk")},
        cc=[_GRACE],
        subject="Following up on our call - your offer",
        parent="meridian_assessment_moved",
        text="""Dear Rosalind,

It was a pleasure to speak to you this afternoon, and I'm so glad you were pleased with the news.

To confirm what I said on the phone: we would like to offer you the role of Pharmacovigilance & Clinical Trials Coordinator, reporting to me, on a starting salary of £33,000 with our standard benefits package. Grace (copied) will send you the written contract and offer letter within the next week.

If any questions occur to you in the meantime, please don't hesitate to get in touch with me directly.

With best wishes,

Dr Naomi Frost MRCVS
Head of Pharmacovigilance & Clinical Development
Meridian Animal Health UK
+44 20 7946 0390
""",
        cte="qp",
    ),
    dict(
        key="meridian_contract_for_signature",
        lang="en", company="Meridian Animal Health", contact="grace.whitlock@meridian-ah.example.co.uk",
        date="2026-05-27 10:15 +0100",
        **{"from": _GRACE},
        subject="Your contract for signature - Meridian Animal Health",
        parent="meridian_verbal_followup",
        text=_MERIDIAN_CONTRACT + "\n",
        html=outlook_html(_MERIDIAN_CONTRACT),
        attach=[
            ("pdf", "Meridian_Contract_of_Employment_RME.pdf", [
                "Meridian Animal Health UK Limited - Contract of Employment",
                "Employee: Rosalind Mbatha-Eriksen",
                "Job title: Pharmacovigilance & Clinical Trials Coordinator",
                "Place of work: 9 Harbour Exchange Square, London E14 9GE (hybrid)",
                "Start date: 6 July 2026. Salary: £33,000 per annum.",
                "Notice period: one month after probation.",
                "",
                "Signed for the Company: ____________   Employee: ____________",
            ]),
            ("pdf", "Meridian_Offer_Letter_RME.pdf", [
                "Dear Rosalind,",
                "We are pleased to confirm our offer of employment as Pharmacovigilance",
                "& Clinical Trials Coordinator, subject to the enclosed contract.",
                "Yours sincerely, Dr Naomi Frost",
            ]),
        ],
    ),
    dict(
        key="cringleford_offer_outlook",
        lang="en", company="Cringleford Clinical Trials Facility", contact="ruth.gowing@cringlefordctf.example.co.uk",
        date="2026-03-23 12:00 +0000",
        **{"from": ("Dr Ruth Gowing", "ruth.gowing@cringlefordctf.example.co.uk")},
        subject="Research Practitioner - offer",
        parent="cringleford_moved_outlook",
        text=_CRINGLEFORD_OFFER + "\n",
        html=outlook_html(_CRINGLEFORD_OFFER),
        cte="qp",
    ),
    dict(
        key="bishopsgate_offer_latin1",
        lang="en", company="Bishopsgate Trials Unit", contact="lionel.hardcastle@bishopsgate-tu.example.ac.uk",
        date="2026-07-21 14:20 +0100",
        **{"from": ("Prof. Lionel Hardcastle", "lionel.hardcastle@bishopsgate-tu.example.ac.uk")},
        cc=[("Priya Venkatesh", "priya.venkatesh@bishopsgate-tu.example.ac.uk")],
        subject="Trial Coordinator (Infection) - offer of appointment",
        parent="bishopsgate_interviewer_ill_cancel",
        text="""Dear Rosalind,

Thank you for your patience while we rearranged the panel, and for an excellent interview last Wednesday.

I am very pleased to offer you the post of Trial Coordinator (Infection) at Bishopsgate Trials Unit, at Grade 6, spine point 27 (£35,116 per annum inclusive of London weighting), on a fixed-term contract until 31 March 2029 in line with the programme funding.

The formal offer letter is attached. Please confirm your acceptance to Priya (copied) by 31 July, and she will arrange the pre-employment checks and your occupational health questionnaire.

I look forward to working with you.

Yours sincerely,

Professor Lionel Hardcastle
Director, Bishopsgate Trials Unit
90 Old Broad Street, London EC2N 1HT
""",
        charset="iso-8859-1", cte="qp",
        attach=[("pdf", "BTU_Offer_of_Appointment.pdf", [
            "Bishopsgate Trials Unit - Offer of Appointment",
            "Post: Trial Coordinator (Infection)",
            "Grade 6, spine point 27: £35,116 per annum inclusive of London weighting",
            "Fixed term to 31 March 2029",
            "Please sign and return one copy to the Unit Administrator.",
        ])],
    ),
    # ------------------------------------------------------------------ French
    dict(
        key="marcy_promesse_embauche",
        lang="fr", company="Institut de Recherche Vétérinaire de Marcy", contact="helene.favre@irv-marcy.example.fr",
        date="2026-09-25 15:45 +0200",
        **{"from": ("Hélène Favre", "helene.favre@irv-marcy.example.fr", "iso-8859-1", "q")},
        subject="Promesse d'embauche - Coordinatrice d'essais cliniques vétérinaires",
        subject_enc=("utf-8", "q", "mixed"),
        parent="marcy_annulation",
        text="""Chère Rosalind,

Toute l'équipe a été ravie de vous accueillir lors de la journée du 22 septembre, finalement organisée après le report.

J'ai le plaisir de vous proposer le poste de coordinatrice d'essais cliniques vétérinaires au sein de notre unité, en CDI à temps plein, statut technicien supérieur, pour une rémunération annuelle brute de 34 000 euros. La prise de poste est envisagée au 4 janvier 2027.

Vous trouverez en pièce jointe la promesse d'embauche détaillant ces conditions. Je vous remercie de me la retourner signée avant le 9 octobre si vous l'acceptez.

Dans l'attente de votre réponse, je reste à votre disposition.

Bien cordialement,

Dr Hélène Favre
Responsable de l'unité d'essais cliniques
Institut de Recherche Vétérinaire de Marcy
04 78 55 52 60
""",
        cte="base64",
        attach=[("pdf", "Promesse_embauche_Mbatha-Eriksen.pdf", [
            "Institut de Recherche Vétérinaire de Marcy",
            "Promesse d'embauche",
            "Madame Rosalind Mbatha-Eriksen",
            "Poste : coordinatrice d'essais cliniques vétérinaires - CDI temps plein",
            "Rémunération annuelle brute : 34 000 euros",
            "Date de prise de poste : 4 janvier 2027",
            "Fait à Marcy-l'Étoile, le 25 septembre 2026",
        ])],
    ),
    # ------------------------------------------------------------------ German
    dict(
        key="odenwald_vertragsangebot",
        lang="de", company="Odenwald Tiergesundheit", contact="lena.wiegand@odenwald-tg.example.de",
        date="2026-09-21 16:05 +0200",
        **{"from": ("Lena Wiegand", "lena.wiegand@odenwald-tg.example.de")},
        subject="Unser Angebot für Dich - Clinical Trial Coordinator",
        subject_enc=("utf-8", "b"),
        parent="odenwald_personio_einladung",
        text="""Hallo Rosalind,

wir haben uns nach dem Gespräch mit Markus und dem Team einstimmig für Dich entschieden und freuen uns riesig, Dir die Stelle als Clinical Trial Coordinator (m/w/d) anzubieten!

Die Eckdaten: unbefristet, Vollzeit (39 Stunden), 52.000 EUR Jahresbrutto, 30 Urlaubstage, Start am 1. Dezember 2026 oder nach Absprache. Bei Deinem Umzug nach Heidelberg unterstützen wir Dich mit einer Umzugspauschale von 3.000 EUR.

Das Vertragsangebot hängt als PDF an. Gib uns bitte bis zum 2. Oktober Bescheid, ob Du annimmst - und ruf gern an, wenn Du Fragen hast.

Herzliche Grüße
Lena Wiegand
People & Culture
Odenwald Tiergesundheit GmbH
Hatschekstraße 12, 69126 Heidelberg
+49 6221 555 7702
""",
        cte="8bit",
        attach=[("pdf", "Vertragsangebot_Mbatha-Eriksen.pdf", [
            "Odenwald Tiergesundheit GmbH - Vertragsangebot",
            "Position: Clinical Trial Coordinator (m/w/d)",
            "Beginn: 01.12.2026, unbefristet, 39 Wochenstunden",
            "Jahresbruttogehalt: 52.000 EUR; Urlaub: 30 Arbeitstage",
            "Umzugspauschale: 3.000 EUR",
            "Heidelberg, 21.09.2026",
        ])],
    ),
    dict(
        key="rhein_neckar_kunde_angebot",
        lang="de", company="Philosophenweg Diagnostik", contact="tobias.hartmann@rn-personal.example.de",
        date="2026-10-07 18:40 +0200",
        **{"from": _TOBIAS},
        subject="Philosophenweg Diagnostik möchte Sie haben!",
        subject_enc=("utf-8", "q"),
        text="""Hallo Frau Mbatha-Eriksen,

gute Nachrichten zum Feierabend: Philosophenweg Diagnostik möchte Ihnen ein Angebot als Studienkoordinatorin im Bereich Labordiagnostik machen!

Die Geschäftsführung hat mir folgende Eckdaten genannt: 48.000 EUR brutto im Jahr, 30 Tage Urlaub, Start zum 1. Januar 2027, zwei Tage mobiles Arbeiten pro Woche. Der schriftliche Vertrag kommt direkt vom Unternehmen, sobald Sie mir Ihr grundsätzliches Ja gegeben haben.

Rufen Sie mich gern morgen an, dann besprechen wir alles in Ruhe.

Viele Grüße
Tobias Hartmann
Senior Personalberater Life Sciences
Rhein-Neckar Personal GmbH | N7, 13 | 68161 Mannheim
Mobil +49 171 5550 2291
""",
        cte="qp",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        key="montjuic_oferta",
        lang="es", company="Investigación Clínica Montjuïc", contact="irene.soler@icmontjuic.example.es",
        date="2026-07-01 13:20 +0200",
        **{"from": ("Irene Soler", "irene.soler@icmontjuic.example.es")},
        subject="Re: Gracias por la entrevista de hoy",
        subject_enc=("utf-8", "q"),
        parent="sent_montjuic_gracias",
        text=reply(
            """Hola Rosalind:

¡Tenemos muy buenas noticias! Después de la entrevista del martes 23 con Jordi y conmigo, nos encantaría que te unieras al equipo como Coordinadora de Ensayos Clínicos.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido a jornada completa, salario bruto anual de 30.500 euros, 23 días laborables de vacaciones y seguro médico privado. La incorporación sería el 1 de septiembre de 2026.

Si estás de acuerdo, firma la carta y envíanosla antes del 10 de julio. Cualquier duda, llámame.

Un abrazo,

Irene Soler
Técnica de Selección
Investigación Clínica Montjuïc S.L.
Carrer de Lleida, 35 - 08004 Barcelona
+34 932 555 418""",
            "es", "2026-06-23 19:02", CAND_NAME, CAND_ADDR,
            """Hola Irene:

Muchas gracias a ti y a Jordi por la entrevista de esta tarde y por enseñarme las instalaciones. Me ha encantado conocer cómo trabajáis con los centros de atención primaria.

Sigo muy interesada en el puesto y quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo cordial,
Rosalind Mbatha-Eriksen""",
        ),
        cte="qp",
        attach=[("pdf", "Carta_oferta_Mbatha-Eriksen.pdf", [
            "Investigación Clínica Montjuïc S.L.",
            "Carta de oferta de empleo",
            "Puesto: Coordinadora de Ensayos Clínicos",
            "Contrato indefinido, jornada completa",
            "Salario bruto anual: 30.500 euros",
            "Fecha de incorporación: 1 de septiembre de 2026",
            "Firma de la candidata: ______________________",
        ])],
    ),
]
