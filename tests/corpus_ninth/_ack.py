"""Ninth corpus: application acknowledgements (some mention no individual replies or feedback)."""

from functools import partial

from _spec import Spec

ACK = partial(Spec, "application_received")

SPECS = [
    ACK("greenhouse_thanks", "en", "Lumenfold", "",
        "Lumenfold Recruiting <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Lumenfold",
        """Hi Inés,

Thanks for applying to the Senior Product Designer role at Lumenfold! We've received your application and our team will review it shortly.

If your experience looks like a good fit, someone from our team will be in touch to discuss next steps.

Best,
Lumenfold Talent Team""",
        "2026-09-01T08:12:00+00:00", fmt="alt", html_style="ats", cte="qp"),

    ACK("workday_received_volume", "en", "Halden Medical Group", "",
        "Halden Medical Group <haldenmedical@myworkday.com>",
        "Thank you for your application - UX Researcher (R-20418)",
        """Dear Inés Kowalczyk,

Thank you for applying for the UX Researcher - Clinical Systems position (R-20418). We have successfully received your application.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your qualifications match our requirements, a member of our Talent Acquisition team will contact you.

You can check the status of your application at any time by logging in to your candidate home page.

Sincerely,
Halden Medical Group Talent Acquisition""",
        "2026-09-01T14:48:00+00:00", fmt="html", html_style="ats", cte="b64"),

    ACK("de_eingangsbestaetigung", "de", "Kranich Logistik", "",
        "Kranich Logistik Karriere <no-reply@kranich-logistik.example.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        """Sehr geehrte Frau Kowalczyk,

vielen Dank für Ihre Bewerbung als UX Designer (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns schnellstmöglich, spätestens jedoch in drei Wochen, bei Ihnen melden. Wir bitten um etwas Geduld.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Kranich Logistik GmbH

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
        "2026-09-02T10:03:00+02:00", charset="iso-8859-1", cte="qp", encode_subject=True),

    ACK("uk_council_no_feedback", "en", "Harlow District Council", "",
        "Harlow District Council Recruitment <noreply@jobs.harlowdc.example.gov.uk>",
        "Application received - Ref HDC/2026/0912",
        """Dear Applicant,

Thank you for submitting your application for the post of User Researcher (Digital Services), reference HDC/2026/0912.

The closing date for this vacancy is 27 September 2026. Shortlisting will take place within two weeks of the closing date. Please note that, owing to the volume of applications, we are unable to provide individual feedback at this stage; if you have not heard from us within four weeks of the closing date, please assume that your application has been unsuccessful on this occasion.

Thank you for your interest in working for Harlow District Council.

HR Shared Services""",
        "2026-09-03T19:22:00+01:00", charset="windows-1252", cte="7bit"),

    ACK("personio_de_du", "de", "Wellenreiter Studios", "",
        "Wellenreiter Studios <notifications@personio.example.de>", "Danke für deine Bewerbung!",
        """Hallo Inés,

danke für deine Bewerbung als Product Designerin bei Wellenreiter Studios! 🙌

Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von ca. zwei Wochen bei dir. Falls du in der Zwischenzeit Fragen hast, schau gern auf unserer Karriereseite vorbei.

Liebe Grüße
Dein Wellenreiter-Team""",
        "2026-09-04T21:10:00+02:00", fmt="alt", html_style="ats", cte="b64"),

    ACK("fr_accuse_reception", "fr", "Groupe Verdalis", "",
        "Groupe Verdalis - Recrutement <ne-pas-repondre@verdalis.example.fr>",
        "Accusé de réception de votre candidature",
        """Madame,

Nous accusons bonne réception de votre candidature au poste de Designer UX/UI (réf. VRD-2291) et vous en remercions.

Celle-ci va être étudiée avec la plus grande attention par nos équipes. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles ; sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous prions d'agréer, Madame, nos sincères salutations.

La Direction des Ressources Humaines
Groupe Verdalis""",
        "2026-09-05T07:30:00+02:00", fmt="html", html_style="ats", cte="qp", encode_subject=True),

    ACK("lever_simple", "en", "Pintail", "",
        "Pintail <no-reply@hire.lever.example.co>", "Thanks for applying to Pintail!",
        """Hi Inés —

Thanks for your interest in Pintail! We've received your application for Product Designer, Growth and will be in touch if there's a fit.

In the meantime, feel free to check out our design blog: https://pintail.example.com/blog/design

— The Pintail Team""",
        "2026-09-06T23:41:00+00:00", fmt="alt", html_style="ats", cte="qp"),

    ACK("es_recibida_formal", "es", "Grupo Alcázar Seguros", "",
        "Grupo Alcázar Seguros <seleccion-noreply@alcazarseguros.example.es>",
        "Confirmación de recepción de candidatura",
        """Estimada Sra. Kowalczyk:

Le confirmamos que hemos recibido correctamente su candidatura para la posición de Diseñadora de Experiencia de Usuario.

Nuestro equipo de Selección revisará su perfil y, en caso de que encaje con los requisitos del puesto, nos pondremos en contacto con usted. Dado el elevado número de candidaturas, lamentablemente no podemos responder de forma individual a todas las personas que se inscriben.

Atentamente,
Departamento de Personas
Grupo Alcázar Seguros""",
        "2026-09-08T09:00:00+02:00", charset="iso-8859-1", cte="qp"),

    ACK("smartrecruiters_received", "en", "Fennick Hotels", "",
        "Fennick Hotels <noreply@smartrecruiters.example.com>",
        "Thank you for your application to Fennick Hotels",
        """Dear Inés,

Thank you for your interest in the Guest Experience Designer position at Fennick Hotels. This is to confirm that your application has been successfully submitted.

Our recruitment team will review your application carefully. Should your profile match our requirements, we will contact you to discuss the next steps.

Best regards,
Fennick Hotels Recruitment""",
        "2026-09-09T12:14:00+00:00", fmt="html", html_style="ats"),

    ACK("icims_hospital_received", "en", "Northgate University Hospital", "",
        "Northgate University Hospital <northgatehealth@icims.example.com>",
        "Northgate University Hospital - Application Confirmation",
        """Dear Ines,

Thank you for applying for Digital Patient Experience Designer (Job ID 2026-4471) at Northgate University Hospital.

Your application has been received and will be reviewed by the hiring team. Unfortunately, we are unable to provide individual feedback at this stage of the process, but you can log in to our careers portal at any time to view the status of your application.

Northgate University Hospital Human Resources""",
        "2026-09-12T03:18:00+00:00", fmt="html", html_style="ats", cte="qp"),

    ACK("indian_acknowledged", "en", "Sarvana Digital Solutions", "careers@sarvana.example.in",
        "Sarvana Careers <careers@sarvana.example.in>", "Application Acknowledgement - UI/UX Lead",
        """Dear Candidate,

Thank you for showing interest in Sarvana Digital Solutions.

This is to acknowledge the receipt of your application for the position of UI/UX Lead. Our recruitment team shall go through your profile and get in touch with you in case of a suitable match.

Kindly do not send multiple applications for the same position.

Warm Regards,
Talent Acquisition Team
Sarvana Digital Solutions Pvt. Ltd.""",
        "2026-09-07T16:20:00+05:30"),

    ACK("teamtailor_skylark", "en", "Skylark Learning", "",
        "Skylark Learning <noreply@teamtailor-mail.example.com>", "We got your application! 🎒",
        """Hi Inés!

Woohoo, your application for Learning Experience Designer has landed safely with us.

Our team reads every single application (yes, really!), so give us up to two weeks to get back to you.

Speak soon,
Skylark Learning""",
        "2026-09-14T15:05:00+01:00", fmt="alt", html_style="ats", cte="b64"),

    ACK("successfactors_received", "en", "Almeda Retail Group", "",
        "Almeda Retail Group <SFMail@successfactors.example.eu>",
        "Application confirmation - Job Requisition 40172",
        """Dear Inés Kowalczyk,

Thank you for your application for the position:

Job Title: UX Designer - eCommerce (f/m/d)
Job Req ID: 40172

We have received your application and will review it as soon as possible. You can follow the status of your application in your candidate profile.

Kind regards
Almeda Retail Group Recruiting

This is an automatically generated message - please do not reply.""",
        "2026-09-15T05:40:00+00:00", fmt="html", html_style="ats", cte="b64"),

    ACK("fr_pme_humain", "fr", "Atelier Sorel", "camille.roux@ateliersorel.example.fr",
        "Camille Roux <camille.roux@ateliersorel.example.fr>", "Re: Candidature Product Designer",
        """Bonjour Inés,

Merci pour ta candidature, bien reçue ! Je regarde ton portfolio avec l'équipe cette semaine et je reviens vers toi d'ici vendredi prochain.

À bientôt,
Camille""",
        "2026-09-15T09:27:00+02:00", in_reply_to="auto"),

    ACK("ashby_received", "en", "Quillon", "",
        "Quillon Hiring <no-reply@ashbyhq.example.com>",
        "Thanks for applying to Quillon",
        """Hi Inés,

Thanks for applying for the Staff Product Designer role at Quillon. We've received your application and our hiring team is reviewing it.

We aim to get back to every candidate within 10 business days.

Best,
Quillon Talent""",
        "2026-09-16T17:55:00+00:00", fmt="alt", html_style="ats", cte="qp"),

    ACK("es_startup_recibido", "es", "Mareas Tech", "",
        "Mareas Tech <jobs-noreply@mareastech.example.es>", "¡Hemos recibido tu candidatura!",
        """¡Hola Inés!

Gracias por querer formar parte de Mareas Tech. Tu candidatura para Product Designer nos ha llegado bien.

Vamos a revisarla con calma y te escribiremos en las próximas dos semanas, tanto si avanzamos como si no. Mientras tanto, puedes conocer mejor al equipo en nuestro blog.

¡Un saludo!
El equipo de Mareas Tech""",
        "2026-09-02T11:11:00+02:00", fmt="alt", html_style="ats", cte="b64"),

    ACK("italian_english_received", "en", "Ferraboli Design", "giulia.ferraboli@ferraboli.example.it",
        "Giulia Ferraboli <giulia.ferraboli@ferraboli.example.it>", "R: Application Product Designer",
        """Dear Inés,

thank you for your email and for the application, we received your CV and portfolio. We will evaluate them in the next days and I will come back to you for a possible meeting.

Best regards,
Giulia Ferraboli
Ferraboli Design S.r.l.""",
        "2026-09-25T12:40:00+02:00", in_reply_to="auto"),

    ACK("de_behoerde_eingang", "de", "Landesamt für Digitalisierung Brandenburg", "",
        "Bewerbermanagement LDB <bewerbung-noreply@ldb.example.de>",
        "Ihre Bewerbung – Kennziffer 44/2026",
        """Sehr geehrte Frau Kowalczyk,

wir bestätigen den Eingang Ihrer Bewerbung auf die ausgeschriebene Stelle „Referentin/Referent User Experience (E 13 TV-L)“, Kennziffer 44/2026.

Nach Ablauf der Bewerbungsfrist wird eine Auswahl getroffen. Bitte sehen Sie bis dahin von Sachstandsanfragen ab. Aufgrund der Vielzahl der Bewerbungen ist uns eine individuelle Rückmeldung vor Abschluss des Verfahrens leider nicht möglich.

Mit freundlichen Grüßen
Im Auftrag
Bewerbermanagement
Landesamt für Digitalisierung Brandenburg""",
        "2026-10-02T13:15:00+02:00", cte="qp", encode_subject=True),

    ACK("aussie_seek_style", "en", "Wattle & Co", "",
        "Wattle & Co Careers <noreply@careers.wattleco.example.com.au>",
        "Your application for Product Designer",
        """Hi Ines,

Thanks for applying for the Product Designer role at Wattle & Co. We've got your application and the team will have a look over the next week or so.

Due to the large number of applications we get, we can't always reply to everyone individually - but if you're shortlisted, we'll be in touch.

Cheers,
The Wattle & Co Team""",
        "2026-09-20T08:30:00+10:00", fmt="html", html_style="ats", cte="qp"),

    ACK("university_received", "en", "University of Eastbridge", "",
        "University of Eastbridge Jobs <jobs-noreply@eastbridge.example.ac.uk>",
        "Application received: Research Associate (Human-Centred Design) EB-3391",
        """Dear Ines Kowalczyk,

Thank you for your application for the above post. Your application has been received and will be considered by the selection panel after the closing date.

If you are shortlisted for interview we will contact you within three weeks of the closing date. Regrettably we are not able to notify unsuccessful candidates individually.

Human Resources
University of Eastbridge""",
        "2026-09-28T10:02:00+01:00", charset="windows-1252", cte="qp"),

    ACK("fr_welcome_jungle_ack", "fr", "Pâquerette", "",
        "Pâquerette <noreply@teamtailor-mail.example.com>", "On a bien reçu ta candidature 🌼",
        """Hello Inés,

Merci pour ta candidature au poste de Product Designer Senior chez Pâquerette !

Notre équipe va la regarder de près dans les prochains jours. On te tient au courant, quelle que soit la suite.

À très vite,
L'équipe Pâquerette""",
        "2026-10-04T20:00:00+02:00", fmt="alt", html_style="ats", cte="b64", encode_subject=True),
]
