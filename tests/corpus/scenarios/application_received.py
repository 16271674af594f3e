
"""Acknowledgements that an application arrived (some warn they cannot answer everyone)."""

from scenarios.common import (  # type: ignore[import-not-found]
    ASHBY,
    AUTO,
    DISCLAIMER_EN2,
    DISCLAIMER_ES,
    GREENHOUSE,
    ICIMS,
    LEVER,
    SMARTRECRUITERS,
    TEAMTAILOR,
    Msg,
    d,
    personio,
    workday,
)

K = "application_received"

MSGS = [
    Msg(K, "en", "Acme Robotics", "greenhouse_thanks_for_applying",
        "Thank you for applying to Acme Robotics",
        """Hi Alex,

Thank you for your interest in Acme Robotics! We wanted to let you know we received your application for Senior Backend Engineer, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Best,
The Acme Robotics Team

**Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.""",
        ("Acme Robotics", GREENHOUSE), d("2026-01-26 18:22"), struct="alt", headers=AUTO),
    Msg(K, "en", "Bluefin Labs", "lever_cannot_reply_everyone",
        "Thanks for applying to Bluefin Labs",
        """Hi Alex,

Thanks for applying for the Product Designer role at Bluefin Labs! We've received your application and our team is reviewing it.

We receive a high volume of applications, so unfortunately we're not able to respond to every applicant individually. If your experience is a match for the role, someone from our team will reach out within two weeks.

Thanks again for your interest!
Bluefin Labs""",
        ("Bluefin Labs", LEVER), d("2026-01-08 13:11"), struct="html", headers=AUTO),
    Msg(K, "en", "Helio Grid", "workday_submission_confirmed",
        "Helio Grid: We've received your application",
        """Dear Alex Rivera,

Thank you for applying for the Grid Operations Analyst position (R-20417) at Helio Grid. This email confirms that your application has been successfully submitted.

You can check the status of your application at any time by signing in to your candidate home account.

Best regards,
Helio Grid Talent Acquisition

This is a system-generated message. Please do not reply.""",
        ("Helio Grid Careers", workday("heliogrid")), d("2026-02-14 03:12"),
        struct="alt", headers=AUTO),
    Msg(K, "en", "Orbital Foods", "icims_only_contact_selected",
        "Orbital Foods - Thank you for your application",
        """Dear Alex,

Thank you for submitting your application for the Supply Chain Data Analyst position at Orbital Foods. We appreciate your interest in joining our company.

Our recruiting team will carefully review your qualifications. Unfortunately, due to the volume of applications we receive, we can only contact candidates who are selected for an interview. If you do not hear from us within 30 days, please assume the position has been filled.

Thank you again for your interest.

Orbital Foods Talent Acquisition""",
        ("Orbital Foods Careers", ICIMS), d("2026-01-30 16:40"), struct="html", headers=AUTO),
    Msg(K, "en", "Kestrel Insurance", "smartrecruiters_received",
        "Your application to Kestrel Insurance",
        """Hi Alex,

Thanks for applying for the Actuarial Analyst position at Kestrel Insurance. This is a quick note to confirm that we've received your application.

What happens next? Our recruiters review every application and will get back to you as soon as possible.

Kind regards,
Kestrel Insurance Recruitment Team""",
        ("Kestrel Insurance", SMARTRECRUITERS), d("2026-02-20 10:02"), struct="b64", headers=AUTO),
    Msg(K, "en", "Lumen Health", "ashby_received_with_timeline",
        "Lumen Health | Application received",
        """Hi Alex,

Thanks for applying to Lumen Health for the Machine Learning Engineer position. We've received your application and will review it as soon as we can.

Our typical process: a 30-minute recruiter call, a technical interview, a take-home exercise, and a final round. We aim to respond to every candidate within 10 business days.

Warm regards,
The Lumen Health Talent Team""",
        ("Lumen Health", ASHBY), d("2026-03-02 21:45"), struct="alt", headers=AUTO),
    Msg(K, "en", "Verdant Energy", "teamtailor_received",
        "We have received your application",
        """Hi Alex,

Thank you for your application for the position as Energy Data Scientist at Verdant Energy. We will review your application and get back to you as soon as possible.

Have a great day!

Best regards,
Verdant Energy""",
        ("Verdant Energy", TEAMTAILOR), d("2026-01-05 11:20"), struct="qp", headers=AUTO),
    Msg(K, "en", "Brightwave Media", "unfortunately_volume_plain",
        "Application received: Video Platform Engineer",
        """Hello Alex,

We have received your application for Video Platform Engineer. Thank you for thinking of Brightwave Media.

Unfortunately we cannot reply to every applicant personally, as we receive several hundred applications per role. Rest assured that every application is read by a member of the hiring team, and we will contact you directly if we would like to move forward.

Brightwave Media People Team""",
        ("Brightwave Media Recruiting", "careers-noreply@brightwave.test"), d("2026-04-02 14:14"),
        struct="plain", headers=AUTO),
    Msg(K, "en", "Juniper Logistics", "greenhouse_received_short",
        "Juniper Logistics - Application Received",
        """Hi Alex,

Thanks for applying to the Operations Research Analyst role at Juniper Logistics. Your application has been received and we will review it right away.

If your application seems like a good fit for the position we will contact you soon.

Regards,
Juniper Logistics

** Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.""",
        ("Juniper Logistics", GREENHOUSE), d("2026-05-18 22:04"), struct="alt", headers=AUTO),
    Msg(K, "en", "Polaris Biotech", "workday_thank_you_html",
        "Thank you for applying to Polaris Biotech",
        """Hello Alex,

Thank you for your interest in Polaris Biotech and for applying to Bioinformatics Scientist II. We have received your application and it is currently under review.

Should your qualifications match the requirements of the role, a member of our Talent Acquisition team will contact you to discuss next steps.

Sincerely,
Polaris Biotech Talent Acquisition""",
        ("Polaris Biotech Careers", workday("polarisbio")), d("2026-04-20 12:00"),
        struct="html", headers=AUTO),
    Msg(K, "en", "Granite Data", "recruiter_personal_ack",
        "Got your application!",
        """Hi Alex,

Just a quick personal note to say I've got your application for the Analytics Engineer role - thanks! I'm reviewing applications this week and will get back to you either way by next Friday.

In the meantime, feel free to check out our engineering blog to get a feel for the team: https://granitedata.test/blog

Oscar Reyes
Talent, Granite Data""",
        ("Oscar Reyes", "oscar@granitedata.test"), d("2026-04-03 15:00"),
        contact="oscar@granitedata.test", struct="plain"),
    Msg(K, "en", "Pinecrest Retail", "workday_ack_portal_link",
        "Application Received - Store Operations Analyst",
        """Dear Alex,

Thank you for your interest in Pinecrest Retail. We have successfully received your application for the position Store Operations Analyst (Job ID 88213).

You may track your application status in your candidate home:
https://pinecrest.wd5.myworkdayjobs.test/en-US/careers/userHome

Due to the high number of applications we receive, we're unfortunately unable to provide feedback to each candidate individually.

Pinecrest Retail Talent Acquisition""",
        ("Pinecrest Retail", workday("pinecrest")), d("2026-08-01 04:30"),
        struct="alt-b64", headers=AUTO),
    Msg(K, "en", "Nimbus Cloud", "smartrecruiters_next_steps",
        "Nimbus Cloud - Thanks for applying!",
        """Hi Alex,

Thank you for applying for the Site Reliability Engineer position. We have received your application and our hiring team is currently reviewing all applications.

If you are selected to move forward, a recruiter will contact you to schedule a phone interview. We appreciate your patience!

Best regards,
Nimbus Cloud Talent Acquisition""",
        ("Nimbus Cloud Talent", SMARTRECRUITERS), d("2026-06-01 09:00"), struct="alt", headers=AUTO),
    Msg(K, "en", "Tidewater Marine", "cp1252_received",
        "Application acknowledgement – Marine Systems Engineer",
        """Dear Alex,

Thank you for your application for the role of Marine Systems Engineer, which we received today.

The closing date for this vacancy is 10 July. Shortlisted candidates will be contacted by 20 July; if you haven’t heard from us by then, please assume that you haven’t been successful on this occasion. We’re sorry we can’t write to everyone individually.

Kind regards,
HR Team
Tidewater Marine Ltd""",
        ("Tidewater Marine HR", "hr@tidewatermarine.test"), d("2026-07-01 08:10"),
        contact="hr@tidewatermarine.test", struct="cp1252", footer=DISCLAIMER_EN2),
    Msg(K, "en", "Oakridge University", "academic_ack",
        "Application received: Assistant Professor of Computer Science (Req 4410)",
        """Dear Alex Rivera,

Thank you for applying for the position of Assistant Professor of Computer Science at Oakridge University. Your application materials have been received.

The search committee will begin reviewing applications on January 15 and will continue until the position is filled. Because of the large number of applications, the committee is unable to acknowledge letters of recommendation individually.

Office of Faculty Affairs
Oakridge University""",
        ("Oakridge University Faculty Affairs", "facultyjobs-noreply@oakridge.test"),
        d("2026-01-09 15:30"), struct="latin1", headers=AUTO),
    Msg(K, "en", "Sable Security", "referral_ack",
        "Your referral application – Sable Security",
        """Hi Alex,

Omar Khalil referred you for the Detection Engineer position and you've just completed your application – thank you! Referred candidates are reviewed first, so you should hear from our recruiting team within a week.

Sable Security Recruiting""",
        ("Sable Security via Greenhouse", GREENHOUSE), d("2026-05-11 13:30"),
        struct="qp", headers=AUTO),
    Msg(K, "en", "Cobalt Mobility", "lever_confirm_plus_survey",
        "We received your application to Cobalt Mobility",
        """Hi Alex,

Thanks for applying to the Senior Data Engineer role at Cobalt Mobility! This email confirms we've got your application.

We'd be grateful if you could take two minutes to fill in our voluntary diversity survey: https://hire.lever.co/survey/cobalt/91be - your answers are never shared with the hiring team.

We'll be in touch about next steps.
The Cobalt Mobility Talent Team""",
        ("Cobalt Mobility", LEVER), d("2026-03-09 20:05"), struct="alt", headers=AUTO),
    Msg(K, "en", "Hexa Systems", "recruiter_acknowledges_forwarded_cv",
        "RE: CV - Solutions Architect",
        """Dear Alex,

Many thanks for sending through your CV for the Solutions Architect role. I have passed it on to the hiring manager, and we'll be reviewing applications over the next two weeks.

I'll be in touch once we've shortlisted.

Best regards,
Nadia Farouk
HR Business Partner, Hexa Systems""",
        ("Nadia Farouk", "n.farouk@hexasystems.test"), d("2026-03-30 11:00"),
        contact="n.farouk@hexasystems.test", struct="plain", footer=DISCLAIMER_EN2),
    # -------- German
    Msg(K, "de", "Brückner Maschinenbau", "eingangsbestaetigung_personio",
        "Eingangsbestätigung Ihrer Bewerbung",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d) und Ihr Interesse an der Brückner Maschinenbau GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brückner Maschinenbau GmbH""",
        ("Brückner Maschinenbau GmbH", personio("brueckner")), d("2026-01-22 09:00"),
        struct="alt", headers=AUTO),
    Msg(K, "de", "Alpenblick Versicherung", "bewerbung_eingegangen_leider_nicht_alle",
        "Ihre Bewerbung ist bei uns eingegangen",
        """Sehr geehrte(r) Alex Rivera,

herzlichen Dank für Ihre Bewerbung als Aktuar (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der großen Zahl an Bewerbungen können wir leider nicht jede Bewerbung individuell beantworten. Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen, sofern Ihr Profil zu unseren Anforderungen passt.

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
Alpenblick Versicherung AG""",
        ("Alpenblick Versicherung", workday("alpenblick")), d("2026-06-10 05:05"),
        struct="latin1", headers=AUTO),
    Msg(K, "de", "Rheinwerk Digital", "danke_fuer_bewerbung_du",
        "Danke für Deine Bewerbung!",
        """Hi Alex,

danke für Deine Bewerbung als Frontend-Entwickler bei Rheinwerk Digital! Wir haben Deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.

Du hörst spätestens in zwei Wochen von uns.

Beste Grüße
Dein Rheinwerk-Team""",
        ("Rheinwerk Digital", TEAMTAILOR), d("2026-05-25 16:00"), struct="html", headers=AUTO),
    Msg(K, "de", "Stadtwerke Emmental", "eingang_postalisch_formell",
        "Bestätigung: Bewerbung IT-Systemadministrator (Kennziffer 23/2026)",
        """Sehr geehrter Herr Rivera,

wir bestätigen den Eingang Ihrer Bewerbung vom 28.08.2026 auf die Stelle IT-Systemadministrator (Kennziffer 23/2026).

Das Auswahlverfahren wird voraussichtlich bis Ende September abgeschlossen sein. Bitte sehen Sie bis dahin von Nachfragen ab.

Mit freundlichen Grüßen
Personalwesen
Stadtwerke Emmental""",
        ("Stadtwerke Emmental Karriere", "bewerbung@stadtwerke-emmental.test"),
        d("2026-08-31 07:00"), contact="bewerbung@stadtwerke-emmental.test", struct="b64"),
    # -------- French
    Msg(K, "fr", "Groupe Valmont", "accuse_reception",
        "Accusé de réception de votre candidature",
        """Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste d'Analyste Financier et vous remercions de l'intérêt que vous portez au Groupe Valmont.

Votre dossier va être étudié avec attention. Compte tenu du nombre important de candidatures reçues, nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

La Direction des Ressources Humaines""",
        ("Groupe Valmont - Recrutement", "ne-pas-repondre@groupe-valmont.test"),
        d("2026-03-16 07:30"), struct="latin1", headers=AUTO),
    Msg(K, "fr", "Atelier Boréal", "merci_candidature_tt",
        "Merci pour votre candidature !",
        """Bonjour Alex,

Merci d'avoir postulé au poste de Développeur Full-Stack chez Atelier Boréal ! Nous avons bien reçu votre candidature et nous reviendrons vers vous très rapidement.

À bientôt,
L'équipe Atelier Boréal""",
        ("Atelier Boréal", TEAMTAILOR), d("2026-02-28 19:40"), struct="alt", headers=AUTO),
    Msg(K, "fr", "Société Nouvelle d'Ingénierie", "confirmation_smartrecruiters_fr",
        "Nous avons bien reçu votre candidature",
        """Bonjour Alex,

Merci pour votre candidature au poste d'Ingénieur Logiciel Embarqué. Celle-ci a bien été enregistrée.

Notre équipe recrutement étudie chaque dossier avec attention et reviendra vers vous dans les meilleurs délais.

Cordialement,
L'équipe Talent de la SNI""",
        ("Société Nouvelle d'Ingénierie", SMARTRECRUITERS), d("2026-06-12 10:10"),
        struct="qp", headers=AUTO),
    Msg(K, "fr", "Maison Clairval", "reponse_recruteuse",
        "Re: Candidature Responsable E-commerce",
        """Bonjour Alex,

Merci pour votre candidature, bien reçue ! Je la transmets à notre directrice e-commerce et je reviens vers vous d'ici la fin de la semaine prochaine.

Bonne journée,
Élodie Marchand
Maison Clairval""",
        ("Élodie Marchand", "e.marchand@maison-clairval.test"), d("2026-08-27 09:00"),
        contact="e.marchand@maison-clairval.test", struct="cp1252"),
    # -------- Spanish
    Msg(K, "es", "Tecnologías Brisa", "hemos_recibido",
        "Hemos recibido tu candidatura",
        """Hola Alex:

¡Gracias por postularte al puesto de Ingeniero/a DevOps en Tecnologías Brisa! Hemos recibido tu solicitud correctamente.

Nuestro equipo la revisará y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Saludos,
Equipo de Talento de Tecnologías Brisa""",
        ("Tecnologías Brisa", GREENHOUSE), d("2026-03-25 16:50"), struct="alt", headers=AUTO),
    Msg(K, "es", "Banco Andino", "icims_postulacion_recibida",
        "Banco Andino | Confirmación de postulación",
        """Estimado(a) Alex Rivera:

Te confirmamos que hemos recibido tu postulación a la vacante de Analista de Riesgo Crediticio.

Debido al alto volumen de postulaciones, lamentablemente no podemos responder a cada candidato de forma individual. Si tu perfil es preseleccionado, nos comunicaremos contigo en las próximas semanas.

Atentamente,
Atracción de Talento - Banco Andino""",
        ("Banco Andino Talento", ICIMS), d("2026-07-02 14:00"), struct="html", headers=AUTO),
    Msg(K, "es", "Soluciones Altamar", "acuse_formal",
        "Acuse de recibo - Candidatura Analista de Datos",
        """Estimado Alex:

Le confirmamos la recepción de su candidatura para el puesto de Analista de Datos. Agradecemos su interés en Soluciones Altamar.

Su perfil será valorado por nuestro equipo de selección y, en caso de ajustarse a los requisitos, nos pondremos en contacto con usted.

Reciba un cordial saludo,
Departamento de Recursos Humanos""",
        ("RRHH Soluciones Altamar", "rrhh@altamar-soluciones.test"), d("2026-01-23 12:30"),
        contact="rrhh@altamar-soluciones.test", struct="latin1", footer=DISCLAIMER_ES),
    Msg(K, "es", "Iberluz Energía", "personio_es",
        "Gracias por tu solicitud - Ingeniero de Datos",
        """Hola Alex,

Muchas gracias por tu interés en Iberluz Energía. Hemos recibido tu solicitud para el puesto de Ingeniero de Datos y la estamos revisando.

Te mantendremos informado sobre el estado de tu candidatura.

Un saludo,
El equipo de Selección de Iberluz""",
        ("Iberluz Energía", personio("iberluz")), d("2026-04-24 08:00"), struct="b64", headers=AUTO),
]
