"""Application acknowledgements, including ones that warn about volume or feedback (not rejections)."""

from make_final import Spec

K = "application_received"

SPECS = [
    Spec(
        K, "greenhouse_thanks", "en", ("Parcelo", "no-reply@us.greenhouse-mail.io"),
        "Thank you for applying to Parcelo", date="2026-01-08T19:22+00:00", company="Parcelo", fmt="alt",
        text="""Hi Robin,

Thanks for applying to the Senior Backend Engineer, Payments role at Parcelo! Our team will review your application and, if there is a fit, someone will be in touch to discuss next steps.

Due to the high volume of applications we receive, we're unable to respond to every applicant individually. If you don't hear from us within three weeks, we may have moved forward with other candidates.

Thanks again,
Parcelo Recruiting
""",
    ),
    Spec(
        K, "workday_received_odd", "en", ("Tidewater Health System", "tidewater@myworkday.example.com"),
        "Tidewater Health System: Application Received - JR-2026-0311 Informatics Analyst", date="2026-02-02T04:11+00:00",
        company="Tidewater Health System", fmt="html",
        html="""<html><body style="font-family:Arial"><p>Dear&nbsp;Robin&nbsp;Okafor,</p><p>Thank&nbsp;you&nbsp;for&nbsp;submitting&nbsp;your&nbsp;application&nbsp;for&nbsp;<b>Informatics Analyst</b>&nbsp;(JR-2026-0311).&nbsp;</p>
<p>We have received your application and it is now under review. If your qualifications match the needs of the position, a member of our recruiting team will contact you.</p>
<p>You may check the status of your application at any time by logging into your candidate home account.</p><p>Regards,<br>Talent Acquisition<br>Tidewater Health System</p>
<p style="font-size:8pt;color:#777">Tidewater Health System is an Equal Opportunity Employer. This message was sent from an unattended mailbox.</p></body></html>""",
        text="",
    ),
    Spec(
        K, "no_individual_feedback", "en", ("Careers at Ravensworth Council", "careers@ravensworth.example.gov.uk"),
        "We've received your application", date="2026-02-15T09:00+00:00", company="Ravensworth Council",
        fmt="html", layout=0,
        text="""Dear Robin,

Thank you for applying for the role of Business Intelligence Officer (Ref RC/26/118).

Your application has been received and will be considered by the recruiting manager after the closing date of 27 February. Shortlisted candidates will normally be contacted within three weeks of the closing date.

Unfortunately we are unable to provide individual feedback at this stage. If you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has not been successful.

Ravensworth Council Recruitment
""",
    ),
    Spec(
        K, "lever_startup_personal", "en", ("Wren Health", "no-reply@hire.lever.co"),
        "Thanks for applying to Wren Health!", date="2026-03-01T20:33+00:00", company="Wren Health",
        reply_to=("Marisol Vega", "marisol@wrenhealth.example.com"), contact="marisol@wrenhealth.example.com", fmt="alt",
        text="""Hi Robin,

Thanks so much for your interest in Wren Health! We got your application for Full Stack Engineer and I'm personally reading every single one this week (we're small!).

I'll be in touch either way within 10 days. In the meantime feel free to reply here with any questions.

Marisol
Head of Talent, Wren Health
""",
    ),
    Spec(
        K, "indian_ack", "en", ("Recruitment - Nilgiri Systems", "recruitment@nilgirisys.example.in"),
        "Acknowledgement - Application for Data Architect", date="2026-01-12T18:40+05:30", company="Nilgiri Systems",
        text="""Dear Applicant,

We acknowledge the receipt of your application for the post of Data Architect. Your profile is under review with the concerned team.

Kindly note that only shortlisted candidates will be contacted. Please do not send multiple applications for the same position.

Warm Regards,
Recruitment Cell
Nilgiri Systems Ltd.
*** This is a system generated mail. Please do not reply. ***
""",
    ),
    Spec(
        K, "smartrecruiters_retail", "en", ("Bramble & Co.", "noreply@smartrecruiters.example.com"),
        "Your application for Area Merchandiser", date="2026-02-08T13:13+00:00", company="Bramble & Co.",
        fmt="html", layout=0,
        text="""Hi Robin,

Thanks for your application for Area Merchandiser - North West! We're so excited that you want to be part of the Bramble family.

What happens next? Our recruitment team will review your application and get back to you as soon as we can. Keep an eye on your inbox (and your spam folder!).

Bramble & Co. People Team
""",
    ),
    Spec(
        K, "dutch_english_ack", "en", ("Recruitment Tulpwerk", "jobs@tulpwerk.example.nl"),
        "Confirmation of your application", date="2026-02-21T10:45+01:00", company="Tulpwerk",
        text="""Dear Robin,

Hereby we confirm that we have received your application for the vacancy Machine Learning Engineer. Thank you for your interest in Tulpwerk!

We will look at your application with care and you will hear from us within two weeks. The application procedure of Tulpwerk consists of two interviews and an assessment.

Kind regards,
Recruitment team Tulpwerk
""",
    ),
    Spec(
        K, "hospital_taleo_ack", "en", ("Great Plains Medical Center", "gpmc-careers@taleo.example.net"),
        "Great Plains Medical Center - Application Confirmation", date="2026-03-06T22:58-06:00",
        company="Great Plains Medical Center", fmt="html",
        html="""<html><body><font face="Tahoma" size="2">Dear Robin Okafor,<br><br>Thank you for your interest in employment with Great Plains Medical Center.&nbsp; This email confirms that we have received your application for Requisition&nbsp;<b>2600412</b> - Systems Analyst II - EHR.<br><br>
Your application will be reviewed and if your qualifications meet the requirements of the position, you will be contacted.&nbsp; Please note that due to the number of applications we receive we cannot respond to every applicant personally.<br><br>Human Resources Department<br>Great Plains Medical Center<br><br>
<i>Please do not reply to this message.</i></font></body></html>""",
        text="",
    ),
    Spec(
        K, "consultancy_recruiter_personal", "en", ("Holly Frame", "holly.frame@clearwaterpartners.example.com"),
        "Re: Manager, Data & AI application", date="2026-01-27T15:30-05:00", company="Clearwater Partners",
        contact="holly.frame@clearwaterpartners.example.com",
        text="""Hi Robin,

Just confirming I've got your application for the Manager, Data & AI role and passed it along to the practice lead. Things are a bit slow with year-end reviews, so it may be a couple of weeks before I can share an update.

Thanks for your patience!

Holly Frame
Campus & Experienced Recruiting
Clearwater Partners LLP
""",
    ),
    Spec(
        K, "uni_staff_ack", "en", ("University of Westmarch - Jobs", "jobs-noreply@westmarch.example.edu"),
        "Application received: Senior Research Data Analyst (Req 31077)", date="2026-02-28T08:20-05:00",
        company="University of Westmarch", fmt="alt",
        text="""Thank you for applying for Senior Research Data Analyst (Req 31077) in the Office of Institutional Research at the University of Westmarch.

Your application has been successfully submitted. The hiring department will review applications and contact candidates selected for interview. Because of the volume of applications received, the University is unable to respond to each applicant individually about the status of their application.

University of Westmarch Human Resources
""",
    ),
    Spec(
        K, "agency_registered", "en", ("Abi Thornton", "abi@tandemtalent.example.co.uk"),
        "Thanks for applying via Tandem Talent!", date="2026-03-13T12:12+00:00", company="Tandem Talent",
        contact="abi@tandemtalent.example.co.uk", fmt="alt", layout=2,
        text="""Hi Robin!

Thanks so much for applying for the Data Analyst role with our client in Manchester! I've received your CV and I'm just going through applications now.

If your experience is a match I'll give you a call in the next few days to have a proper chat!

Have a fab day!
Abi

Abi Thornton | Recruitment Consultant | Tandem Talent
""",
    ),
    Spec(
        K, "australian_ack", "en", ("Careers - Gum Tree Credit Union", "careers@gumtreecu.example.com.au"),
        "Application received - Risk Analyst", date="2026-01-15T11:05+10:00", company="Gum Tree Credit Union",
        text="""G'day Robin,

Thanks for your application for the Risk Analyst role. We've received it and our team will be in touch once applications close on 30 January.

Please note we're unable to provide individual feedback to unsuccessful applicants at the screening stage.

Kind regards,
People & Culture
Gum Tree Credit Union
""",
    ),
    # --- German ---
    Spec(
        K, "de_eingangsbestaetigung", "de", ("Bewerbermanagement Hafenstadt Klinikum", "bewerbermanagement@hafenstadt-klinikum.example.de"),
        "Eingangsbestätigung Ihrer Bewerbung", date="2026-02-06T09:05+01:00", company="Hafenstadt Klinikum",
        fmt="alt", charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrter Herr Okafor,

vielen Dank für Ihre Bewerbung als IT-Systemadministrator (m/w/d) und Ihr Interesse an einer Tätigkeit im Hafenstadt Klinikum.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Bewerbermanagement
Hafenstadt Klinikum gGmbH
""",
    ),
    Spec(
        K, "de_join_startup", "de", ("Flinkfracht", "notifications@join.example.com"),
        "Danke für deine Bewerbung bei Flinkfracht!", date="2026-03-04T21:01+01:00", company="Flinkfracht",
        fmt="html", layout=0,
        text="""Hey Robin,

danke für deine Bewerbung als Product Analyst bei Flinkfracht! Wir schauen uns deine Unterlagen in Ruhe an und melden uns in den nächsten zwei Wochen bei dir.

Aufgrund der vielen Bewerbungen können wir leider nicht jedem ein individuelles Feedback geben - wir versprechen aber, dass jede Bewerbung von einem Menschen gelesen wird.

Dein Flinkfracht Team
""",
    ),
    Spec(
        K, "de_behoerde", "de", ("Landesamt für Statistik - Personalreferat", "personal@statistik-land.example.de"),
        "Ihre Bewerbung - Kennziffer 12/2026", date="2026-01-19T14:14+01:00", company="Landesamt für Statistik",
        charset="windows-1252",
        text="""Sehr geehrter Herr Okafor,

Ihre Bewerbung für die Stelle einer Referentin/eines Referenten Datenwissenschaft (Kennziffer 12/2026) ist bei uns eingegangen.

Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen gesichtet. Über das Ergebnis der Vorauswahl werden Sie unaufgefordert informiert. Wir bitten, von Sachstandsanfragen abzusehen.

Mit freundlichen Grüßen
Im Auftrag
Personalreferat
""",
    ),
    # --- French ---
    Spec(
        K, "fr_accuse_reception", "fr", ("Recrutement Groupe Vauban", "ne-pas-repondre@groupevauban.example.fr"),
        "Accusé de réception de votre candidature", date="2026-02-09T08:48+01:00", company="Groupe Vauban",
        fmt="html", layout=0,
        text="""Bonjour Robin,

Nous accusons bonne réception de votre candidature au poste de Data Engineer H/F et vous remercions de l'intérêt que vous portez au Groupe Vauban.

Votre dossier va être étudié avec attention. Compte tenu du nombre important de candidatures, nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans retour de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

L'équipe Recrutement
""",
    ),
    Spec(
        K, "fr_startup_bien_recu", "fr", ("Inès Bouchard", "ines@trottinette-verte.example.fr"),
        "Bien reçu !", date="2026-03-14T11:11+01:00", company="Trottinette Verte", contact="ines@trottinette-verte.example.fr",
        text="""Coucou Robin,

Juste un petit mot pour te dire qu'on a bien reçu ta candidature pour le poste d'Ops Analyst. Je la regarde avec l'équipe en début de semaine prochaine et je reviens vers toi très vite.

Bon week-end !
Inès – Talent @ Trottinette Verte
""",
    ),
    Spec(
        K, "fr_hopital_ack", "fr", ("Direction des Ressources Humaines – CHU de Garonne", "drh.recrutement@chu-garonne.example.fr"),
        "Votre candidature – Ingénieur(e) systèmes d'information", date="2026-01-23T15:35+01:00", company="CHU de Garonne",
        charset="iso-8859-1",
        text="""Madame, Monsieur,

Nous avons bien reçu votre candidature pour le poste d'ingénieur(e) systèmes d'information et nous vous en remercions. Celle-ci sera examinée par le service concerné.

Nous reviendrons vers vous si votre profil est retenu pour un entretien.

La Direction des Ressources Humaines
""",
    ),
    # --- Spanish ---
    Spec(
        K, "es_infojobs_style", "es", ("Grupo Cervera Retail", "notificaciones@empleo-cervera.example.es"),
        "Hemos recibido tu candidatura", date="2026-02-16T10:10+01:00", company="Grupo Cervera Retail",
        fmt="html", layout=0,
        text="""¡Hola Robin!

Gracias por inscribirte en la oferta Jefe/a de Sección - Tienda Gran Vía. Hemos recibido tu candidatura correctamente.

Nuestro equipo de selección revisará tu perfil. Debido al gran volumen de candidaturas, solo contactaremos con las personas que pasen a la siguiente fase.

¡Mucha suerte!
Equipo de Selección Grupo Cervera
""",
    ),
    Spec(
        K, "es_universidad_pas", "es", ("Servicio de Personal - Universidad de Montealto", "personal@umontealto.example.es"),
        "Confirmación de solicitud - Convocatoria PTGAS 2026/07", date="2026-03-03T12:40+01:00",
        company="Universidad de Montealto", charset="iso-8859-1", cte="quoted-printable",
        text="""Estimado/a solicitante:

Le confirmamos que su solicitud para la plaza de Técnico/a Especialista en Sistemas (convocatoria PTGAS 2026/07) ha sido registrada con el número 2026/004518.

La lista provisional de admitidos se publicará en la sede electrónica de la Universidad.

Servicio de Personal
Universidad de Montealto
""",
    ),
]
