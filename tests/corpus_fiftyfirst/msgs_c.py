"""Application acknowledgements (20) and offers (10) for the fifty-first corpus."""

from make_fiftyfirst import Msg, Quote

ACK = "application_received"
OFF = "offer"
ME_Q = "Aoife Brennan-Kowalski <aoife.bk@example.ie>"

MSGS = [
    Msg(ACK, "workday_received", "en", "Bank of Leinster", "",
        "Bank of Leinster Careers <bankofleinster@myworkday.com>",
        "Thank you for applying: Learning Designer (R-20417)",
        """Dear Aoife,

Thank you for applying for the Learning Designer role (R-20417) at Bank of Leinster. We have received your application and our Talent Acquisition team will review it shortly.

You can track the status of your application at any time by logging in to your candidate home page.

Due to the volume of applications we receive, we cannot respond to every applicant individually. If you have not heard from us within 4 weeks, please assume you have not been successful on this occasion.

Kind regards,
Talent Acquisition Team
Bank of Leinster""",
        fmt="alt", brand="Bank of Leinster"),
    Msg(ACK, "greenhouse_thanks", "en", "Brightpath Learning", "",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightpath Learning!",
        """Hi Aoife,

Thanks for applying to the Customer Education Specialist role at Brightpath Learning! We're excited that you're interested in joining us.

Our team is reviewing applications now, and if your experience looks like a match we'll reach out to schedule a first conversation. In the meantime, check out our blog to learn more about how we think about learning.

Cheers,
Brightpath Learning Recruiting""",
        fmt="html", brand="Brightpath Learning"),
    Msg(ACK, "publicjobs_ie", "en", "Department of Education", "",
        "publicjobs <donotreply@publicjobs.example.ie>",
        "Confirmation of application - Higher Executive Officer (Curriculum Policy) - Department of Education",
        """Dear Aoife Brennan-Kowalski,

Thank you for your application for the competition: Higher Executive Officer (Curriculum Policy) - Department of Education. Campaign reference: 26/HEO/112.

Your application has been received and will be assessed in accordance with the Code of Practice for Appointment to Positions in the Civil Service and Public Service. Please note that the shortlisting process may take a number of weeks.

Please do not reply to this email. Log in to your publicjobs account to view messages in relation to this campaign.

publicjobs""",
        fmt="alt", brand="publicjobs"),
    Msg(ACK, "taleo_ack_odd", "en", "University of the West Coast", "",
        "University of the West Coast <recruitment@taleo.net>",
        "Req ID 26-0418 : Educational Technologist : Acknowledgement",
        """Dear Aoife Brennan-Kowalski ,

Thank you for your application for the position of Educational Technologist ( Req ID 26-0418 ) .

We confirm that your application has been submitted successfully . Shortlisting will take place after the closing date . Unfortunately we are unable to provide individual feedback at this stage .

Human Resources
University of the West Coast

***** Please do not reply to this email. This mailbox is not monitored *****""",
        fmt="html", cte="quoted-printable", charset="windows-1252", brand="University of the West Coast"),
    Msg(ACK, "charity_jobs_manual", "en", "Open Shelf Trust", "recruitment@openshelf.example.org.uk",
        "Open Shelf Trust Recruitment <recruitment@openshelf.example.org.uk>",
        "Re: Application - Programme Officer (Literacy)",
        """Dear Aoife,

Thanks for sending your application - I can confirm we've received it. Shortlisting will take place w/c 23 February and we aim to let everyone know the outcome by the end of that week.

Best wishes,
Priya Shah
People & Culture Coordinator
Open Shelf Trust""",
        reply=True,
        quotes=[Quote(ME_Q, "Dear Priya,\n\nPlease find attached my application form and equal opportunities monitoring form for the Programme Officer (Literacy) role.\n\nKind regards,\nAoife Brennan-Kowalski", days_before=1)]),
    Msg(ACK, "lever_received", "en", "Kitebird", "",
        "Kitebird <no-reply@hire.lever.co>", "Thanks for your application to Kitebird",
        """Hi Aoife,

Thanks for your interest in the Customer Education Manager position at Kitebird. We've received your application and our team will be in touch if there's a fit. We really appreciate you taking the time to apply!

Kitebird Talent"""),
    Msg(ACK, "smartrecruiters_ack", "en", "Marlowe & Finch Publishing", "",
        "Marlowe & Finch Publishing <noreply@smartrecruiters.com>",
        "Marlowe & Finch Publishing: We've received your application",
        """Hi Aoife,

Thank you for applying for Digital Learning Editor at Marlowe & Finch Publishing. We've received your application and will review it shortly.

Please note: due to the high number of applications, we're unfortunately not able to give individual feedback to every candidate.

Best regards,
Marlowe & Finch Publishing""",
        fmt="alt", brand="Marlowe & Finch"),
    Msg(ACK, "bamboohr_startup", "en", "Sproutly", "",
        "Sproutly <notifications@app.bamboohr.com>",
        "Application received: Learning & Enablement Specialist",
        """Hi Aoife,

Thanks for applying to be our next Learning & Enablement Specialist! 🌱

A real human (hi, it's Tara) reads every application. We'll be in touch within two weeks either way.

Team Sproutly""",
        fmt="alt", brand="Sproutly"),
    Msg(ACK, "recruitee_ams", "en", "Tulpenlab", "",
        "Tulpenlab <no-reply@recruitee.com>", "Your application at Tulpenlab",
        """Dear Aoife,

Thank you for applying for the position of Instructional Designer (English-speaking) at Tulpenlab in Amsterdam. We have received your application and will review it carefully.

We aim to get back to all candidates within 10 working days.

Kind regards,
Tulpenlab People Team"""),
    Msg(ACK, "nhs_style", "en", "Avonmere NHS Foundation Trust", "",
        "Avonmere NHS Foundation Trust <noreply@jobs.example-trac.co.uk>",
        "Application submitted - Clinical Skills Education Facilitator",
        """Dear Aoife Brennan-Kowalski

Thank you for your application for the post of Clinical Skills Education Facilitator, reference 349-26-0712.

Your application has been submitted to Avonmere NHS Foundation Trust. The shortlisting manager will review your application after the closing date. If you are shortlisted you will be contacted by email.

Please check your spam folder regularly.

Recruitment Team
Avonmere NHS Foundation Trust

This is an automated message; replies to this address are not monitored.""",
        fmt="html", brand="Avonmere NHS"),
    Msg(ACK, "indian_hr_ack", "en", "Tatvik Learning Systems", "s.iyer@tatvik.example.in",
        "Sunita Iyer <s.iyer@tatvik.example.in>", "Acknowledgement of your application",
        """Dear Aoife,

Greetings of the day!

We acknowledge the receipt of your resume for the position of Instructional Designer (EMEA shift). Your profile is under review with the concerned team and we shall get back to you at the earliest.

Kindly revert with your current CTC, expected CTC and notice period.

Thanks & Regards,
Sunita Iyer
Talent Acquisition | Tatvik Learning Systems"""),
    Msg(ACK, "jazzhr_ack", "en", "Bluewater Charter School", "",
        "Bluewater Charter School <no-reply@applytojob.com>",
        "Application received – Curriculum Designer (Remote)",
        """Hello Aoife,

This is a quick note to let you know your application for Curriculum Designer (Remote) was received. Bluewater Charter School's hiring team will review your materials.

Thank you for your interest in Bluewater!

This message was sent via JazzHR.""",
        fmt="html", brand="JazzHR"),
    Msg(ACK, "de_eingangsbestaetigung", "de", "Stadtbibliothek Freiburg", "",
        "Stadtbibliothek Freiburg <noreply@bewerbung.example-softgarden.de>",
        "Eingangsbestätigung Ihrer Bewerbung – Kennziffer 2026-041",
        """Sehr geehrte Frau Brennan-Kowalski,

vielen Dank für Ihre Bewerbung als Bibliothekspädagoge/-pädagogin (E9b TVöD). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen alle Bewerbungen nach Ablauf der Bewerbungsfrist sorgfältig. Aufgrund der Vielzahl der Bewerbungen bitten wir um etwas Geduld; von Nachfragen bitten wir abzusehen.

Mit freundlichen Grüßen
Ihre Stadtbibliothek Freiburg
- Personalservice -""",
        fmt="alt", charset="iso-8859-1", cte="quoted-printable", brand="Stadtbibliothek Freiburg"),
    Msg(ACK, "de_personio_du", "de", "Lernraum", "",
        "Lernraum GmbH <jobs@lernraum.jobs.personio.de>",
        "Danke für Deine Bewerbung bei Lernraum!",
        """Hallo Aoife,

vielen Dank für Deine Bewerbung als Instructional Designer (m/w/d)! Deine Unterlagen sind gut bei uns angekommen. Wir schauen sie uns in Ruhe an und melden uns innerhalb von zwei Wochen bei Dir.

Viele Grüße
Dein Lernraum People Team""",
        fmt="alt", brand="Lernraum"),
    Msg(ACK, "de_mail_konzern", "de", "Helix Pharma", "",
        "Helix Pharma Karriere <karriere@successfactors.eu>",
        "Ihre Bewerbung ist eingegangen (Job-ID 48213)",
        """Guten Tag Frau Brennan-Kowalski,

vielen Dank für Ihr Interesse an der Position Trainer:in Digital Learning (Job-ID 48213) bei der Helix Pharma GmbH.

Ihre Bewerbung ist bei uns eingegangen. Leider können wir Ihnen zum jetzigen Zeitpunkt kein individuelles Feedback geben. Sie können den Status Ihrer Bewerbung jederzeit in unserem Karriereportal einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Helix Pharma GmbH

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.
Helix Pharma GmbH · Sitz: Darmstadt · Amtsgericht Darmstadt HRB 99120 · Geschäftsführung: Dr. U. Weiß, P. Lang""",
        fmt="html", cte="base64", brand="Helix Pharma"),
    Msg(ACK, "fr_accuse", "fr", "Éditions Lumen", "",
        "Éditions Lumen <ne-pas-repondre@editions-lumen.example.fr>",
        "Accusé de réception de votre candidature",
        """Madame,

Nous accusons bonne réception de votre candidature au poste de Chargée de projets e-learning et vous en remercions.

Votre dossier sera étudié avec la plus grande attention. Compte tenu du nombre important de candidatures reçues, nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles ; sans nouvelles de notre part sous un mois, vous pourrez considérer que votre candidature n'a pas été retenue.

Le service des Ressources Humaines
Éditions Lumen""",
        charset="iso-8859-1", cte="quoted-printable"),
    Msg(ACK, "fr_wttj_ack", "fr", "Klasseo", "",
        "Klasseo via Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature chez Klasseo a bien été envoyée",
        """Bonjour Aoife,

Votre candidature pour le poste de Customer Success Manager – Éducation chez Klasseo a bien été transmise à l'entreprise.

Vous pouvez suivre son avancement depuis votre espace candidat.

L'équipe Welcome to the Jungle""",
        fmt="html", brand="Welcome to the Jungle"),
    Msg(ACK, "fr_public", "fr", "Université Claude-Bernard Lyon Sud", "",
        "=?utf-8?q?Universit=C3=A9_Claude-Bernard_Lyon_Sud?= <noreply-drh@ucbls.example.fr>",
        "Candidature n° 2026-IGE-031 – Ingénieur(e) pédagogique",
        """Madame Brennan-Kowalski,

Nous avons bien reçu votre candidature au poste d'Ingénieur(e) pédagogique (concours IGE, BAP J) et nous vous en remercions.

La commission de sélection se réunira après la date de clôture. Les candidat(e)s retenu(e)s pour l'audition seront contacté(e)s par courriel.

Direction des Ressources Humaines
Université Claude-Bernard Lyon Sud

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
        fmt="alt", brand="Université Claude-Bernard Lyon Sud"),
    Msg(ACK, "es_acuse", "es", "Fundación Aula Abierta", "seleccion@aulaabierta.example.es",
        "=?iso-8859-1?q?Fundaci=F3n_Aula_Abierta?= <seleccion@aulaabierta.example.es>",
        "Hemos recibido tu candidatura",
        """Hola Aoife:

Te confirmamos que hemos recibido tu candidatura para el puesto de Técnica de Formación Online. Revisaremos todas las candidaturas una vez cerrado el plazo, el 15 de marzo.

Debido al elevado número de solicitudes, no podemos responder individualmente a todas las personas candidatas. Si no recibes noticias en un mes, entiende que el proceso ha seguido otro rumbo.

Gracias por tu interés,
Departamento de Personas
Fundación Aula Abierta""",
        charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1"),
    Msg(ACK, "es_infojobs_style", "es", "Clasio", "",
        "Clasio <no-reply@clasio.teamtailor-mail.com>",
        "¡Gracias por tu candidatura, Aoife!",
        """¡Hola Aoife!

Gracias por querer formar parte de Clasio. Hemos recibido tu candidatura para Customer Education Lead y la revisaremos en los próximos días.

Mientras tanto, ¡síguenos en LinkedIn para conocer mejor al equipo!

Equipo Clasio""",
        fmt="html", brand="Clasio"),
    Msg(ACK, "es_chile_ack", "es", "Colegio Alerce", "postulaciones@colegioalerce.example.cl",
        "Postulaciones Colegio Alerce <postulaciones@colegioalerce.example.cl>",
        "Re: Postulación Coordinadora de Aprendizaje Digital",
        """Estimada Aoife:

Acusamos recibo de su postulación al cargo de Coordinadora de Aprendizaje Digital (modalidad remota). Su antecedentes serán revisados por el comité durante las próximas semanas.

Saludos cordiales,
Paulina Soto
Jefa de Personas
Colegio Alerce – Puerto Varas""",
        reply=True),

    # --- offers
    Msg(OFF, "verbal_followup", "en", "Loomwise", "priya@loomwise.example.com",
        "Priya Raman <priya@loomwise.example.com>", "Offer - Customer Education Specialist",
        """Hi Aoife,

It was lovely speaking with you earlier - as promised, here's the written summary of the offer we discussed on the phone:

- Role: Customer Education Specialist (remote, Ireland)
- Base salary: EUR 58,000
- Start date: 1 September 2026 (flexible)
- 25 days annual leave + learning budget of EUR 1,500

The formal offer letter will follow via DocuSign later today. Take the weekend to think it over, and shout if you have any questions at all.

We're really excited at the thought of you joining!

Priya"""),
    Msg(OFF, "offer_letter_attached", "en", "Harbour Lights Foundation", "jobs@harbourlights.example.org",
        "Harbour Lights Foundation <jobs@harbourlights.example.org>", "Offer of employment",
        """Dear Aoife,

Further to your interview on Tuesday, I am delighted to offer you the position of Education Programme Manager with Harbour Lights Foundation, subject to satisfactory references and Garda vetting.

Please find attached your offer letter and contract. Kindly sign and return both by Friday 24 July.

We look forward to welcoming you to the team.

Best wishes,
Sinéad Fahy
HR & Operations Manager
Harbour Lights Foundation | CHY 21044""",
        attach="Offer_Letter_A_Brennan-Kowalski.pdf"),
    Msg(OFF, "conditional_uk_dbs", "en", "Northgate College", "h.pemberton@northgate.example.ac.uk",
        "Harriet Pemberton <h.pemberton@northgate.example.ac.uk>", "Conditional offer - Learning Resources Coordinator",
        """Dear Aoife

Following your interview for the post of Learning Resources Coordinator, I am pleased to offer you the position on a conditional basis.

This offer is conditional upon: two satisfactory references, an enhanced DBS check, and evidence of your right to work in the UK. Our onboarding team will be in touch with the forms shortly.

Please confirm by reply whether you wish to accept the offer.

With best wishes

Harriet Pemberton
HR Officer (Recruitment)
Northgate College"""),
    Msg(OFF, "docusign_contract", "en", "Tulpenlab", "",
        "Marieke de Vries via DocuSign <dse@docusign.net>",
        "Please DocuSign: Employment Agreement - A. Brennan-Kowalski",
        """Marieke de Vries sent you a document to review and sign.

REVIEW DOCUMENT

Marieke de Vries
marieke@tulpenlab.example.nl

Hi Aoife, as discussed, please find your employment agreement for the Instructional Designer position. Welcome to Tulpenlab! Marieke

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.""",
        fmt="html", brand="DocuSign"),
    Msg(OFF, "agency_offer_exclaim", "en", "Greyfriars Bank", "kerry@blackthornpeople.example.co.uk",
        "Kerry Dunne <kerry@blackthornpeople.example.co.uk>", "YOU GOT IT!!! 🎉",
        """AOIFE!!!

Rob just called - Greyfriars Bank want to offer you the Learning Experience Designer role!!! £46k base, hybrid 2 days in Manchester, start early Sept. Formal offer letter coming from their HR tomorrow.

Call me when you can, so happy for you!!!

Kerry
Blackthorn People | 0161 555 0137"""),
    Msg(OFF, "pleased_to_offer_formal", "en", "Avonmere NHS Foundation Trust", "k.mensah@avonmere.example.nhs.uk",
        "Kwame Mensah <k.mensah@avonmere.example.nhs.uk>", "Conditional Offer of Employment - 349-26-0712",
        """Dear Aoife

Further to your recent interview, I am pleased to offer you the post of Clinical Skills Education Facilitator, Band 6, subject to satisfactory pre-employment checks (references, occupational health clearance, DBS and identity checks).

Your starting salary will be at point 1 of Band 6. Please log in to the recruitment portal to accept or decline this offer within 5 working days.

Kind regards

Kwame Mensah
Recruitment Officer
Avonmere NHS Foundation Trust"""),
    Msg(OFF, "de_vertragsangebot", "de", "Deutsche Lernwerk Stiftung", "a.schroeder@lernwerk-stiftung.example.de",
        "Anja Schröder <a.schroeder@lernwerk-stiftung.example.de>", "Ihr Vertragsangebot",
        """Sehr geehrte Frau Brennan-Kowalski,

wir freuen uns sehr, Ihnen nach den Gesprächen die Stelle als Bildungsreferentin (w/m/d) anbieten zu können. Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 10. Juli zurück. Als Eintrittsdatum haben wir den 1. September 2026 vorgesehen.

Mit freundlichen Grüßen
Anja Schröder
Deutsche Lernwerk Stiftung""",
        attach="Arbeitsvertrag_Brennan-Kowalski.pdf", when="2026-06-29 10:15"),
    Msg(OFF, "de_zusage_casual", "de", "Kursfabrik", "jan@kursfabrik.example.de",
        "Jan Albers <jan@kursfabrik.example.de>", "Gute Nachrichten 🙂",
        """Hi Aoife,

wie eben am Telefon besprochen: wir möchten Dich sehr gerne als Learning Experience Designerin bei Kursfabrik an Bord holen! Das Angebot im Detail (Gehalt, Remote-Regelung, Startdatum) schicke ich Dir morgen als PDF.

Wir freuen uns riesig!
Jan"""),
    Msg(OFF, "fr_promesse", "fr", "Savoirs & Co", "camille.petit@savoirsetco.example.fr",
        "Camille Petit <camille.petit@savoirsetco.example.fr>", "Proposition d'embauche",
        """Bonjour Aoife,

J'ai le grand plaisir de vous confirmer que nous souhaitons vous proposer le poste de Conceptrice pédagogique multimodale en CDI, basé à Lyon avec deux jours de télétravail par semaine.

Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération et la date de début envisagée. Merci de nous la retourner signée si la proposition vous convient.

Au plaisir de vous accueillir,
Camille Petit""",
        attach="Promesse_embauche_ABK.pdf"),
    Msg(OFF, "es_oferta", "es", "Formahub", "diego@formahub.example.es",
        "Diego Fernández <diego@formahub.example.es>", "¡Oferta Formahub!",
        """¡Hola Aoife!

Después de la presentación del viernes lo tenemos clarísimo: nos encantaría que te unieras a Formahub como Instructional Designer. Te adjunto la carta de oferta con las condiciones (salario, teletrabajo 100% y fecha de incorporación).

¡Dinos algo cuando la hayas leído!
Diego""",
        attach="Carta_oferta_Formahub.pdf"),
]
