"""Corpus 184, kinds `application_received` (21: 12 en, 3 de, 3 fr, 3 es) and `offer`
(10: 6 en, 1 de, 2 fr, 1 es). Hand-written."""

from __future__ import annotations

from msgs184_common import CANDIDATE_ADDR, CANDIDATE_NAME, outlook_block, quote, wrote

ME = CANDIDATE_NAME
ADDR = CANDIDATE_ADDR

RECEIVED: list[dict] = [
    # ------------------------------------------------------------------ English
    dict(
        kind="application_received", slug="novarix_greenhouse_ack", lang="en",
        company="Novarix Therapeutics", contact="", key="novarix-ack",
        frm=("Novarix Therapeutics", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Novarix Therapeutics",
        date="2026-01-19 08:02 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "Novarix Therapeutics", "#0f4c81"),
        text="""Hi Eleanor,

Thanks for your interest in Novarix Therapeutics! We've received your application for
Regulatory Affairs Assistant (CMC) in Cambridge.

Our team is reviewing applications now. If your experience looks like a good match for
the role, someone from our talent team will be in touch about next steps.

In the meantime, you can read about our pipeline at https://novarix.example.co.uk/science.

Regards,
Novarix Talent Team
""",
    ),
    dict(
        kind="application_received", slug="halvorsen_workday_no_individual_reply", lang="en",
        company="Halvorsen Pharma", contact="", key="halvorsen-ack",
        frm=("Halvorsen Pharma", "halvorsen@myworkday.com"),
        subject="Halvorsen Pharma: Application received – R-104582 Junior Regulatory Affairs Associate",
        date="2026-02-09 19:40 +0100",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        html_only=True,
        layout=("card", "Halvorsen Pharma", "#0b5394", "Please do not reply to this message."),
        text="""Dear Eleanor,

Thank you for applying for R-104582 Junior Regulatory Affairs Associate (Labelling),
Basel, Switzerland. Your application has been successfully submitted.

Our Talent Acquisition team will now review your profile against the requirements of the
position. Unfortunately, due to the high number of applications we receive, we cannot
reply to every applicant individually. If your profile matches what we are looking for, a
member of the team will contact you within four weeks.

You can follow the status of your application at any time in your candidate home:
https://halvorsen.wd3.myworkday.com/halvorsen_careers/userHome

Kind regards,
Halvorsen Pharma Talent Acquisition
""",
    ),
    dict(
        kind="application_received", slug="quirinal_smartrecruiters_ack", lang="en",
        company="Quirinal Biologics", contact="", key="quirinal-ack",
        frm=("Quirinal Biologics", "no-reply@smartrecruiters.com"),
        subject="We've received your application – Regulatory Affairs Assistant",
        subj_cs=("utf-8", "Q"),
        date="2026-04-13 22:10 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Eleanor,

Thanks for applying for Regulatory Affairs Assistant (REQ-2291) at Quirinal Biologics.

We've received your application and it is now with our talent acquisition team. You can
check on its progress at any time from your SmartRecruiters candidate portal.

Best regards,
Quirinal Biologics Talent Acquisition
""",
    ),
    dict(
        kind="application_received", slug="ouse_valley_nhs_ack_base64", lang="en",
        company="Ouse Valley NHS Foundation Trust", contact="", key="ousevalley-ack",
        frm=("Ouse Valley NHS Foundation Trust", "no-reply@ousevalley.example.nhs.uk"),
        subject="Application received: 412-PHA-0309 Medicines Information & Regulatory Assistant",
        date="2026-03-05 23:58 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="base64",
        text="""Dear Eleanor Wojcik-Adeyemi

Thank you for your application for the post of Medicines Information & Regulatory
Assistant (Band 4), reference 412-PHA-0309.

Your application has been received and will be considered by the shortlisting panel after
the closing date of 15 March 2026. If you are shortlisted you will be contacted by email.

Please note: if you have not heard from us within three weeks of the closing date, please
assume that on this occasion your application has not been successful.

Ouse Valley NHS Foundation Trust - Workforce Services
This is an automated message; replies to this address are not monitored.
""",
    ),
    dict(
        kind="application_received", slug="aire_agency_registration", lang="en",
        company="Aire Life Sciences Recruitment", contact="rebecca.thornton@airels.example.co.uk",
        key="aire-registration",
        frm=("Rebecca Thornton", "rebecca.thornton@airels.example.co.uk"),
        subject="Welcome to Aire Life Sciences - your registration",
        date="2026-01-12 14:30 +0000",
        layout=("outlook",),
        text="""Hi Eleanor,

Lovely to speak to you this morning, and thanks for sending your CV over so quickly.

I can confirm you're now registered with Aire Life Sciences Recruitment. Your profile is
live on our system and I've tagged you for entry-level regulatory affairs, labelling and
regulatory operations roles across Leeds, Manchester and York.

To finish your registration I just need a copy of your passport or other right-to-work ID
and two referees. Nothing will be sent to a client without your say-so.

Speak soon,
Rebecca

Rebecca Thornton
Senior Consultant - Regulatory & Quality
Aire Life Sciences Recruitment
3rd Floor, 27 Park Row, Leeds LS1 5JL
T: 0113 496 0732 | M: 07700 900661
""",
    ),
    dict(
        kind="application_received", slug="castlefield_we_have_your_cv", lang="en",
        company="Castlefield Scientific Recruitment",
        contact="imran.qureshi@castlefield.example.co.uk", key="castlefield-cv-received",
        frm=("Imran Qureshi", "imran.qureshi@castlefield.example.co.uk"),
        subject="Re: RA Assistant - Manchester (your CV)",
        date="2026-02-23 09:15 +0000",
        refs=["castlefield-own-cv"],
        text=f"""Hi Eleanor,

Thanks, we've received your CV for the Regulatory Affairs Assistant vacancy advertised
last week. I'll read it properly today and call you tomorrow to talk through the client
and whether it's a fit.

Imran

{wrote("en", "Sun, 22 Feb 2026 at 20:48", ME, ADDR)}
{quote('''Hello Imran,

I saw your advert for a Regulatory Affairs Assistant in Manchester and attach my CV. I am
a dispenser with six years' experience and I am studying for the TOPRA certificate.

Kind regards,
Eleanor Wójcik-Adeyemi''')}
--
Imran Qureshi | Principal Consultant, Life Sciences
Castlefield Scientific Recruitment, 9 Quay Street, Manchester M3 3JE
""",
    ),
    dict(
        kind="application_received", slug="clinova_icims_ack", lang="en",
        company="Clinova Research", contact="", key="clinova-ack",
        frm=("Clinova Research Careers", "clinova-careers@talent.icims.com"),
        subject="Thank you for your application to Clinova Research",
        date="2026-06-08 20:20 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "Clinova Research", "#5b2a86"),
        text="""Dear Eleanor,

Thank you for applying for the Regulatory Affairs Assistant position (requisition 4471)
in York.

This email confirms that your application has been submitted. A member of our recruitment
team will review it, and we will contact you if your qualifications match our current
needs.

Sincerely,
Clinova Research – People Services
""",
    ),
    dict(
        kind="application_received", slug="bellweather_lever_ack", lang="en",
        company="Bellweather Generics", contact="", key="bellweather-ack",
        frm=("Bellweather Generics", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Bellweather Generics",
        date="2026-02-02 07:45 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("plain",),
        text="""Hi Eleanor,

Thanks for your application for Regulatory Affairs Administrator (Trafford Park).

We've got everything we need for now. Our hiring team reviews applications every week and
will let you know where things stand as soon as we can.

The Bellweather Generics Talent Team
""",
    ),
    dict(
        kind="application_received", slug="calder_bamboohr_ack", lang="en",
        company="Calder Pharma Services", contact="", key="calder-ack",
        frm=("Calder Pharma Services", "no-reply@bamboohr.com"),
        subject="Thank you for applying - Regulatory Documentation Assistant",
        date="2026-03-09 12:00 +0000",
        text="""Hi Eleanor,

Thank you for applying for the Regulatory Documentation Assistant position at Calder
Pharma Services! We're reviewing your application now and will reach out to you if your
qualifications are a good fit for the role.

Thanks again,
Calder Pharma Services
""",
    ),
    dict(
        kind="application_received", slug="sorrel_teamtailor_cannot_reply_each", lang="en",
        company="Sorrel Biotech", contact="", key="sorrel-ack",
        frm=("Sorrel Biotech", "no-reply@teamtailor-mail.com"),
        subject="Thanks for your application, Eleanor!",
        date="2026-08-17 21:14 +0100",
        layout=("card", "Sorrel Biotech", "#7a9a01", "Sorrel Biotech · Babraham Research Campus"),
        text="""Hi Eleanor,

Your application for Regulatory Operations Assistant has landed with us. Thank you!

Unfortunately, because of the number of applications we get, we're not able to reply to
every applicant individually with feedback. What we can promise is that every application
is read by a person on the team, and if we'd like to take things further you'll hear from
us within three weeks.

Have a lovely evening,
People & Culture, Sorrel Biotech
""",
    ),
    dict(
        kind="application_received", slug="dalkey_agency_registration", lang="en",
        company="Dalkey Life Science Recruitment", contact="aoife.daly@dalkeyls.example.ie",
        key="dalkey-registration",
        frm=("Aoife Daly", "aoife.daly@dalkeyls.example.ie"),
        subject="Registration confirmed - Dalkey Life Science Recruitment",
        date="2026-08-25 11:00 +0100",
        layout=("plain",),
        text="""Hi Eleanor,

Thanks for the chat yesterday. This is to confirm that you're registered with Dalkey Life
Science Recruitment and that your CV is on file for regulatory affairs assistant and
associate roles in Dublin and the commuter belt.

As agreed, I won't submit you for any role without telling you the client's name and
getting your OK first. You'll hear from me as soon as something suitable comes in; a
couple of generics manufacturers are hiring for Q4.

Kind regards,
Aoife Daly
Consultant, Dalkey Life Science Recruitment
Harbour Road, Dalkey, Co. Dublin | +353 1 555 8821
""",
    ),
    dict(
        kind="application_received", slug="brackenfield_cv_received_human", lang="en",
        company="Brackenfield Pharma", contact="marcus.ellery@brackenfield.example.co.uk",
        key="brackenfield-ack",
        frm=("Marcus Ellery", "marcus.ellery@brackenfield.example.co.uk"),
        subject="RE: Application - Regulatory Affairs Assistant",
        date="2026-09-22 10:05 +0100",
        refs=["brackenfield-apply"],
        layout=("outlook",),
        cte="quoted-printable",
        text="""Dear Eleanor,

Thank you for your email. I confirm that we have received your CV and covering letter for
the Regulatory Affairs Assistant role.

The closing date is 30 September and shortlisting will take place in the first week of
October. We will be in touch with everyone after that.

Best regards,

Marcus Ellery
HR Business Partner
Brackenfield Pharma, Osbaldwick Link Road, York YO19 5UX
01904 555 270

""" + outlook_block("en", f"{ME} <{ADDR}>", "21 September 2026 19:30",
                    "Marcus Ellery <marcus.ellery@brackenfield.example.co.uk>",
                    "Application - Regulatory Affairs Assistant", """Dear Mr Ellery,

Please find attached my CV and covering letter for the Regulatory Affairs Assistant
position advertised on your website.

Yours sincerely,
Eleanor Wójcik-Adeyemi
"""),
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="application_received", slug="neckarpharm_personio_eingang", lang="de",
        company="Neckarpharm", contact="", key="neckarpharm-ack",
        frm=("Neckarpharm GmbH", "noreply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        subj_cs=("utf-8", "Q"),
        date="2026-03-02 18:03 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "Neckarpharm", "#c0392b", "Gesendet über Personio"),
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

vielen Dank für Ihre Bewerbung als Regulatory Affairs Assistant (m/w/d) und Ihr Interesse
an Neckarpharm.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig
und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Neckarpharm Recruiting-Team
""",
    ),
    dict(
        kind="application_received", slug="kurpfalz_softgarden_eingang", lang="de",
        company="Kurpfalz Arznei", contact="", key="kurpfalz-ack",
        frm=("Kurpfalz Arznei GmbH über softgarden", "noreply@softgarden.io"),
        frm_cs=("iso-8859-1", "Q"),
        subject="Ihre Bewerbung ist bei uns eingegangen",
        date="2026-06-15 07:12 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        charset="iso-8859-1",
        cte="quoted-printable",
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

herzlichen Dank für Ihre Bewerbung als Junior Regulatory Affairs Spezialist (m/w/d),
Kennziffer 2026-117. Ihre Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann.
Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem softgarden-Konto
einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kurpfalz Arznei GmbH
""",
    ),
    dict(
        kind="application_received", slug="kurpfalz_personal_registrierung", lang="de",
        company="Kurpfalz Personal", contact="t.engelhardt@kurpfalz-personal.example.de",
        key="kp-registration",
        frm=("Tobias Engelhardt", "t.engelhardt@kurpfalz-personal.example.de"),
        subject="Ihre Registrierung bei Kurpfalz Personal",
        date="2026-07-01 11:30 +0200",
        charset="windows-1252",
        cte="quoted-printable",
        text="""Hallo Frau Wójcik-Adeyemi,

vielen Dank für das nette Telefonat und die Zusendung Ihres Lebenslaufs.

Hiermit bestätige ich Ihre Registrierung in unserem Bewerberpool für Life-Sciences-Stellen
im Rhein-Neckar-Raum. Ich stelle Ihr Profil Kunden nur nach vorheriger Rücksprache mit
Ihnen vor. Die Datenschutzerklärung finden Sie im Anhang unserer Website.

Ich melde mich, sobald ich eine passende Position habe – gern auch mit englischsprachigen
Teams.

Beste Grüße
Tobias Engelhardt
Kurpfalz Personal – Life Sciences
Hauptstraße 97 · 69117 Heidelberg · Tel. 06221 555 418
""",
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="application_received", slug="verane_taleo_accuse_reception", lang="fr",
        company="Laboratoires Vérane", contact="", key="verane-ack",
        frm=("Laboratoires Vérane – Recrutement", "verane@taleo.net"),
        frm_cs=("utf-8", "B"),
        subject="Accusé de réception de votre candidature (réf. AR-2026-07)",
        date="2026-04-08 09:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        cte="base64",
        text="""Madame,

Nous accusons réception de votre candidature au poste d'Assistante Affaires
Réglementaires (réf. AR-2026-07) et vous remercions de l'intérêt que vous portez aux
Laboratoires Vérane.

Votre dossier va être étudié avec attention par notre équipe. Nous reviendrons vers vous
dans les meilleurs délais.

Le service Recrutement
Laboratoires Vérane
""",
    ),
    dict(
        kind="application_received", slug="saint_clair_teamtailor_reponse_individuelle", lang="fr",
        company="Génériques Saint-Clair", contact="", key="saintclair-ack",
        frm=("Génériques Saint-Clair", "no-reply@teamtailor-mail.com"),
        frm_cs=("iso-8859-1", "Q"),
        subject="Merci pour votre candidature !",
        date="2026-05-04 21:30 +0200",
        layout=("card", "Génériques Saint-Clair", "#004b87"),
        text="""Bonjour Eleanor,

Merci d'avoir postulé au poste d'Assistant(e) Affaires Réglementaires. Nous avons bien
reçu votre candidature.

Malheureusement, compte tenu du nombre de candidatures, nous ne sommes pas en mesure de
répondre individuellement à chacune d'entre elles dans l'immédiat. Si votre profil
correspond, notre équipe vous contactera dans les prochaines semaines.

À bientôt peut-être,
L'équipe Génériques Saint-Clair
""",
    ),
    dict(
        kind="application_received", slug="rhone_talents_inscription", lang="fr",
        company="Rhône Talents", contact="chloe.barbier@rhonetalents.example.fr",
        key="rt-inscription",
        frm=("Chloé Barbier", "chloe.barbier@rhonetalents.example.fr"),
        frm_cs=("iso-8859-1", "B"),
        subject="Votre inscription chez Rhône Talents",
        subj_cs=("iso-8859-1", "Q"),
        date="2026-03-16 15:00 +0100",
        charset="iso-8859-1",
        cte="quoted-printable",
        text="""Bonjour Eleanor,

Merci pour notre échange de ce matin. Je vous confirme que votre inscription est validée :
votre CV est désormais enregistré dans notre base et je vous positionnerai sur les postes
d'assistante réglementaire et de documentation pharmaceutique à Lyon.

Je ne transmettrai jamais votre dossier à une entreprise sans votre accord préalable.

Bien à vous,
Chloé Barbier
Consultante Life Sciences, Rhône Talents
""",
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="application_received", slug="miralbo_successfactors_recibida", lang="es",
        company="Laboratorios Miralbo", contact="", key="miralbo-ack",
        frm=("Laboratorios Miralbo", "noreply@successfactors.eu"),
        subject="Hemos recibido tu candidatura (MIR-0326)",
        date="2026-05-11 08:40 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        layout=("card", "Laboratorios Miralbo", "#8e1b3b"),
        text="""Hola Eleanor:

Gracias por presentar tu candidatura al puesto de Técnico/a de Asuntos Regulatorios
(ref. MIR-0326).

Te confirmamos que la hemos recibido correctamente. Nuestro equipo de Talento la revisará
y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Laboratorios Miralbo
""",
    ),
    dict(
        kind="application_received", slug="tibidabo_recruitee_gracias", lang="es",
        company="Farmacéutica Tibidabo", contact="", key="tibidabo-ack",
        frm=("Farmacéutica Tibidabo", "no-reply@jobs.recruitee.com"),
        subject="Gracias por tu candidatura, Eleanor",
        date="2026-07-06 17:55 +0200",
        charset="iso-8859-1",
        cte="quoted-printable",
        layout=("plain",),
        text="""Hola Eleanor,

¡Gracias por tu interés en Farmacéutica Tibidabo! Hemos recibido tu candidatura para el
puesto de Asistente de Registros.

Revisamos cada candidatura a mano, así que puede que tardemos un poco. Te escribiremos en
cuanto tengamos novedades.

Equipo de Personas
Farmacéutica Tibidabo
""",
    ),
    dict(
        kind="application_received", slug="bioclinica_workable_recibida", lang="es",
        company="Bioclínica Gràcia", contact="", key="bioclinica-ack",
        frm=("Bioclínica Gràcia", "noreply@workablemail.com"),
        frm_cs=("utf-8", "B"),
        subject="Bioclínica Gràcia: candidatura recibida",
        subj_cs=("iso-8859-1", "B"),
        date="2026-09-01 10:00 +0200",
        layout=("card", "Bioclínica Gràcia", "#2c7a7b", "Enviado con Workable"),
        text="""Hola Eleanor:

Gracias por tu interés en el puesto de Asistente de Asuntos Regulatorios. Tu candidatura
se ha registrado correctamente.

El equipo de selección revisará todas las candidaturas después del 20 de septiembre.

Saludos,
Bioclínica Gràcia
""",
    ),
]

OFFERS: list[dict] = [
    dict(
        kind="offer", slug="halvorsen_offer_letter_pdf", lang="en",
        company="Halvorsen Pharma", contact="annika.brunner@halvorsen.example.ch",
        key="halvorsen-offer",
        frm=("Annika Brunner", "annika.brunner@halvorsen.example.ch"),
        subject="Offer of employment – Junior Regulatory Affairs Associate (Labelling)",
        date="2026-04-02 16:00 +0200",
        refs=["halvorsen-invite", "halvorsen-move"],
        layout=("outlook",),
        cte="quoted-printable",
        pdf=[dict(file="Halvorsen_Offer_Letter_R-104582.pdf", title="Offer letter", lines=[
            "Halvorsen Pharma AG, Hochbergerstrasse 60, 4057 Basel",
            "",
            "Basel, 2 April 2026",
            "",
            "Ms Eleanor Wojcik-Adeyemi",
            "",
            "Offer of employment",
            "",
            "Position: Junior Regulatory Affairs Associate (Labelling), R-104582",
            "Start date: 1 July 2026 or as agreed",
            "Annual gross salary: CHF 82,000 (13 monthly payments)",
            "Working time: 42 hours per week, 25 days' holiday",
            "Relocation: up to CHF 6,000 against receipts",
            "",
            "This offer is subject to a Swiss work permit (B) and satisfactory references.",
            "Please sign and return by 16 April 2026.",
        ])],
        text="""Dear Eleanor,

It is my great pleasure to let you know that the panel would like to offer you the
position of Junior Regulatory Affairs Associate (Labelling) in Basel.

Your offer letter is attached. In summary: CHF 82,000 gross a year paid in 13 instalments,
a start date of 1 July 2026 (or as agreed), 25 days' holiday and relocation support. The
offer is conditional on a Swiss B permit, which we will apply for on your behalf.

Please read the letter carefully and let me know if you have any questions. We would be
grateful for your decision by 16 April.

Congratulations – Lukas and Sophie were very impressed.

Best regards,

Annika Brunner
Talent Acquisition Partner, Global Regulatory
Halvorsen Pharma AG | Hochbergerstrasse 60 | 4057 Basel | Switzerland
+41 61 555 44 10

CONFIDENTIALITY NOTICE: This e-mail and any attachment are confidential and may be
privileged. If you are not the intended recipient, please notify the sender immediately
and delete it. Halvorsen Pharma AG, CHE-123.456.789.
""",
    ),
    dict(
        kind="offer", slug="pennine_verbal_offer_follow_up", lang="en",
        company="Pennine Clinical", contact="gareth.lomax@pennineclinical.example.co.uk",
        key="pennine-offer",
        frm=("Gareth Lomax", "gareth.lomax@pennineclinical.example.co.uk"),
        subject="Following up on our call - offer",
        date="2026-06-26 17:45 +0100",
        refs=["pennine-rebooked"],
        text="""Hi Eleanor,

Great to speak this afternoon, and congratulations again!

Just to put in writing what I said on the phone: we'd like to offer you the role of
Regulatory Affairs Assistant at Pennine Clinical.

- Salary: £26,500 per year
- Hours: 37.5 per week, hybrid after probation (two days in Leeds)
- Holiday: 25 days plus bank holidays
- Start: to be agreed around your notice at Kirkgate

The offer is subject to two satisfactory references and a basic DBS check. Our HR team will
send the contract for signature early next week.

Have a good weekend,
Gareth

Gareth Lomax
Talent Acquisition Lead
Pennine Clinical | 2 Wellington Place, Leeds LS1 4AP
""",
    ),
    dict(
        kind="offer", slug="pennine_contract_for_signature", lang="en",
        company="Pennine Clinical", contact="sinead.walsh@pennineclinical.example.co.uk",
        key="pennine-contract",
        frm=("Sinéad Walsh", "sinead.walsh@pennineclinical.example.co.uk"),
        frm_cs=("utf-8", "B"),
        cc=[("Gareth Lomax", "gareth.lomax@pennineclinical.example.co.uk")],
        subject="Your contract of employment - please sign and return",
        date="2026-07-02 10:10 +0100",
        refs=["pennine-offer"],
        pdf=[dict(file="Pennine_Clinical_Contract_EWA.pdf", title="Contract of employment", lines=[
            "PENNINE CLINICAL - STATEMENT OF MAIN TERMS OF EMPLOYMENT",
            "",
            "Employee: Eleanor Wojcik-Adeyemi",
            "Job title: Regulatory Affairs Assistant",
            "Place of work: 2 Wellington Place, Leeds LS1 4AP (hybrid)",
            "Salary: GBP 26,500 per annum, paid monthly",
            "Probation: six months",
            "Notice: one month during probation, then two months",
            "",
            "Signed for the employer: ____________________",
            "Signed by the employee:  ____________________   Date: __________",
        ])],
        text="""Dear Eleanor,

Further to Gareth's email, please find attached your contract of employment for the
position of Regulatory Affairs Assistant.

Please sign page 2 and return a scanned copy to me by Friday 10 July, together with a
completed new starter form. Once we have these we can confirm your start date and request
your DBS check.

If anything in the contract is unclear, just give me a call.

Kind regards,

Sinéad Walsh
HR Advisor
Pennine Clinical | 2 Wellington Place, Leeds LS1 4AP | 0113 555 9010
""",
    ),
    dict(
        kind="offer", slug="aire_calverley_wants_to_offer", lang="en",
        company="Calverley Generics", contact="rebecca.thornton@airels.example.co.uk",
        key="aire-calverley-offer",
        frm=("Rebecca Thornton", "rebecca.thornton@airels.example.co.uk"),
        subject="CALVERLEY!!",
        date="2026-07-15 12:20 +0100",
        refs=["aire-registration"],
        text="""Eleanor!

I've just come off the phone with Calverley Generics and the client wants to make you an
offer for the Regulatory Affairs Assistant post. They loved you on Monday.

Headline terms: £27,250, 37 hours, on-site in Pudsey three days a week, start in
September. Written offer to follow from their HR once you tell me you're happy in
principle.

Ring me when you're on your break and we'll talk it through!

Rebecca

Rebecca Thornton
Senior Consultant – Regulatory & Quality
Aire Life Sciences Recruitment
M: 07700 900661
""",
    ),
    dict(
        kind="offer", slug="meanwood_after_trial_day", lang="en",
        company="Meanwood Specials", contact="owen.fairclough@meanwoodspecials.example.co.uk",
        key="meanwood-offer",
        frm=("Owen Fairclough", "owen.fairclough@meanwoodspecials.example.co.uk"),
        subject="Re: Trial day at Meanwood Specials",
        date="2026-09-24 18:05 +0100",
        refs=["meanwood-trial", "meanwood-trial-yes"],
        text=f"""Hi Eleanor,

Harriet couldn't stop talking about you after the trial day, so I'll keep this short: we'd
like to offer you the job of Regulatory & QA Assistant.

We can do £27,000 to start, reviewed after six months, Monday to Friday 8:30 to 4:30 with
no weekends. I'll get the paperwork drawn up as soon as you say yes.

Let me know what you think.

Owen

{wrote("en", "Tue, 8 Sep 2026 at 19:15", ME, ADDR)}
{quote('''Hi Owen, yes, the 15th is fine. See you at 08:30! Eleanor''')}
""",
    ),
    dict(
        kind="offer", slug="dalkey_unnamed_client_offer", lang="en",
        company="Dalkey Life Science Recruitment", contact="aoife.daly@dalkeyls.example.ie",
        key="dalkey-offer",
        frm=("Aoife Daly", "aoife.daly@dalkeyls.example.ie"),
        subject="Good news!",
        date="2026-10-12 15:30 +0100",
        refs=["dalkey-registration"],
        layout=("plain",),
        text="""Hi Eleanor,

They want you! After Thursday's interview the hiring manager called me this morning, and
they'd like to make you an offer for the Regulatory Affairs Assistant position.

What they've proposed:
- €38,500 base salary plus 8% pension contribution
- Hybrid, three days on site
- Start date flexible, ideally early December

I'll send the formal offer letter over as soon as you confirm you're happy with the
headline numbers. Give me a ring whenever suits.

Aoife
Dalkey Life Science Recruitment | +353 1 555 8821
""",
    ),
    dict(
        kind="offer", slug="ziegelhausen_vertragsangebot_rfc2231", lang="de",
        company="Ziegelhausen Pharma", contact="katrin.neumaier@ziegelhausen-pharma.example.de",
        key="ziegelhausen-offer",
        frm=("Katrin Neumaier", "katrin.neumaier@ziegelhausen-pharma.example.de"),
        subject="Ihr Vertragsangebot – Assistenz Regulatory Affairs",
        subj_cs=("utf-8", "Q"),
        date="2026-08-18 14:00 +0200",
        layout=("outlook",),
        cte="quoted-printable",
        pdf=[dict(file="Vertragsangebot_Wójcik-Adeyemi.pdf", title="Vertragsangebot", lines=[
            "Ziegelhausen Pharma GmbH, Kleingemünder Straße 12, 69118 Heidelberg",
            "",
            "Vertragsangebot",
            "",
            "Position: Assistenz Regulatory Affairs (Vollzeit, 39 Stunden)",
            "Eintritt: 1. Oktober 2026",
            "Bruttojahresgehalt: 46.800 EUR (12 Monatsgehälter) zzgl. Urlaubsgeld",
            "Urlaub: 30 Arbeitstage",
            "Probezeit: 6 Monate",
            "",
            "Bitte unterschreiben Sie das Angebot bis zum 1. September 2026.",
        ])],
        text="""Sehr geehrte Frau Wójcik-Adeyemi,

wir freuen uns sehr, Ihnen nach den beiden Gesprächen die Stelle als Assistenz Regulatory
Affairs anbieten zu können!

Im Anhang finden Sie unser Vertragsangebot: Eintritt zum 1. Oktober 2026, 46.800 EUR
brutto im Jahr, 30 Urlaubstage. Für den Umzug nach Heidelberg unterstützen wir Sie mit
einer Pauschale von 2.000 EUR.

Wenn Sie einverstanden sind, senden Sie uns das unterschriebene Angebot bitte bis zum
1. September zurück. Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße

Katrin Neumaier
Leitung Personal
Ziegelhausen Pharma GmbH · Kleingemünder Straße 12 · 69118 Heidelberg
Tel. +49 6221 555 8800

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
    ),
    dict(
        kind="offer", slug="verane_promesse_embauche_pdf", lang="fr",
        company="Laboratoires Vérane", contact="camille.dufresne@verane.example.fr",
        key="verane-offer",
        frm=("Camille Dufresne", "camille.dufresne@verane.example.fr"),
        subject="Promesse d'embauche – Assistante Affaires Réglementaires",
        date="2026-05-26 11:30 +0200",
        refs=["verane-rebook"],
        cte="quoted-printable",
        pdf=[dict(file="Promesse_embauche_Verane_AR-2026-07.pdf", title="Promesse d'embauche",
                  lines=[
                      "Laboratoires Vérane - 118 avenue Jean Jaurès - 69007 Lyon",
                      "",
                      "Promesse d'embauche",
                      "",
                      "Poste : Assistante Affaires Réglementaires (CDI, statut ETAM)",
                      "Date d'entrée : 1er septembre 2026",
                      "Rémunération : 31 000 EUR bruts annuels sur 13 mois",
                      "Période d'essai : 2 mois renouvelable une fois",
                      "",
                      "Merci de nous retourner ce document signé avant le 9 juin 2026.",
                  ])],
        text="""Bonjour Eleanor,

J'ai le plaisir de vous annoncer que nous souhaitons vous recruter au poste d'Assistante
Affaires Réglementaires, en CDI, à compter du 1er septembre 2026.

Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération (31 000 EUR
bruts annuels sur 13 mois) et les conditions d'entrée. Je vous remercie de nous la
retourner signée avant le 9 juin.

Toute l'équipe se réjouit de vous accueillir !

Bien cordialement,
Camille Dufresne
Chargée de recrutement – Laboratoires Vérane
""",
    ),
    dict(
        kind="offer", slug="rhone_talents_confluence_proposition", lang="fr",
        company="Laboratoires Confluence", contact="chloe.barbier@rhonetalents.example.fr",
        key="rt-confluence-offer",
        frm=("Chloé Barbier", "chloe.barbier@rhonetalents.example.fr"),
        subject="Confluence : ils vous veulent !",
        date="2026-06-30 12:00 +0200",
        refs=["rt-confluence-invite"],
        charset="windows-1252",
        cte="quoted-printable",
        text="""Bonjour Eleanor,

Je sors d’un appel avec Mme Roche : les Laboratoires Confluence souhaitent vous faire une
proposition pour le poste d’assistante réglementaire !

Les grandes lignes : CDI, 30 500 € bruts annuels, mutuelle prise en charge à 70 %, prise
de poste en septembre. Ils vous enverront la proposition écrite dès que vous m’aurez donné
votre accord de principe.

Appelez-moi quand vous pouvez, on en parle.

Chloé
Rhône Talents · 06 55 12 48 30
""",
    ),
    dict(
        kind="offer", slug="montjuic_carta_oferta_pdf", lang="es",
        company="Laboratorios Montjuïc", contact="rosa.bertran@labmontjuic.example.es",
        key="montjuic-offer",
        frm=("Rosa Bertran", "rosa.bertran@labmontjuic.example.es"),
        cc=[("Jordi Casals", "jordi.casals@talentofarma.example.es")],
        subject="Carta oferta – Asistente de Asuntos Regulatorios",
        subj_cs=("utf-8", "B"),
        date="2026-09-21 13:00 +0200",
        refs=["tf-montjuic-invite", "tf-montjuic-move"],
        layout=("plain",),
        cte="base64",
        pdf=[dict(file="Carta_oferta_Montjuic.pdf", title="Carta oferta", lines=[
            "Laboratorios Montjuïc - Carrer 60, 23 - Zona Franca - 08040 Barcelona",
            "",
            "Carta oferta",
            "",
            "Puesto: Asistente de Asuntos Regulatorios",
            "Contrato: indefinido, jornada completa",
            "Salario bruto anual: 29.000 EUR en 14 pagas",
            "Incorporación: 2 de noviembre de 2026",
            "",
            "Rogamos devuelva firmada esta carta antes del 5 de octubre de 2026.",
        ])],
        text="""Hola Eleanor:

Después de la entrevista y de hablar con el equipo, nos alegra ofrecerte el puesto de
Asistente de Asuntos Regulatorios en Laboratorios Montjuïc.

Adjuntamos la carta oferta con las condiciones: contrato indefinido, 29.000 EUR brutos
anuales en 14 pagas e incorporación el 2 de noviembre. Si estás de acuerdo, devuélvenosla
firmada antes del 5 de octubre.

Pongo en copia a Jordi, de Talento Farma, que te ha acompañado en el proceso.

Un cordial saludo,
Rosa Bertran
Directora Técnica · Laboratorios Montjuïc
""",
    ),
]

MESSAGES: list[dict] = [*RECEIVED, *OFFERS]
