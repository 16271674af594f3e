"""Corpus 233: 21 application acknowledgements / registrations and 10 offers."""

from __future__ import annotations

from msgs233_common import (
    CAND_ADDR,
    CAND_NAME,
    add,
    ats_card,
    outlook_html,
    paras,
    plain_html,
    reply,
)

ACK = "application_received"
OFFER = "offer"

# =========================================================================================
# application_received (12 en, 3 de, 3 fr, 3 es)
# =========================================================================================

# A1 -- Halvern via Workday -------------------------------------------------------------
_a1 = """\
Dear Priyanka,

Thank you for applying for Medical Sales Representative \u2013 Nottingham & Derby (R-11804) at Halvern Pharma.

Your application has been submitted successfully. Our Talent Acquisition team will review it alongside the requirements of the role and we aim to update you within three weeks.

You can check the status of your application at any time by signing in to your candidate home:
https://halvern.wd3.myworkday.com/halvern_careers/userHome

Kind regards,
Halvern Pharma Talent Acquisition"""
add(kind=ACK, slug="workday_halvern_submitted", lang="en", key="hal_ack",
    company="Halvern Pharma", contact="",
    frm=("Halvern Pharma", "halvern@myworkday.com"),
    subject="Thank you for applying to Halvern Pharma",
    date="2026-08-24 20:14", tz="+0000",
    text=_a1 + "\n",
    html=ats_card("Halvern Pharma", "#004b87", paras(_a1),
                  "Halvern Pharma Ltd, Halvern House, 40 Castle Boulevard, Nottingham NG7 1FT. "
                  "This is an automated message from Workday; replies are not monitored."))

# A2 -- Kestrel via Greenhouse ------------------------------------------------------------
add(kind=ACK, slug="greenhouse_kestrel_thanks_for_applying", lang="en", key="kes_ack",
    company="Kestrel Medtech", contact="",
    frm=("Kestrel Medtech", "no-reply@greenhouse-mail.io"),
    subject="Thanks for applying to Kestrel Medtech!",
    date="2026-01-08 22:31", tz="+0000",
    text="""\
Hi Priyanka,

Thanks for your interest in Kestrel Medtech! We've received your application for Associate Territory Manager (West Midlands), and our team is reviewing it now.

If your experience looks like a match, someone from our Talent team will reach out to talk about next steps.

In the meantime, why not read about life on the road at Kestrel: https://www.kestrelmedtech.example.com/careers/stories

Cheers,
The Kestrel Talent Team

**Please do not reply to this message; this inbox is not monitored.**
""")

# A3 -- agency registration, replying to her CV email (quoted) -------------------------------
_cv_mail = """\
Dear Joanne,

I saw your post about medical sales roles in the East Midlands and would love to be considered. I've been a pharmacy assistant in Nottingham for six years, the last two as a dispenser and team lead, and I'm now looking to move into medical sales.

My CV is attached. I'm happy to travel across Leicestershire, Derbyshire and Nottinghamshire and hold a full driving licence.

Kind regards,
Priyanka Delacroix-Hughes
07700 900418"""
add(kind=ACK, slug="agency_registration_confirmed_quoting_cv", lang="en", key="tre_reg",
    company="Trentside Healthcare Recruitment",
    contact="joanne.pickering@trentside-recruit.example.co.uk",
    frm=("Joanne Pickering", "joanne.pickering@trentside-recruit.example.co.uk"),
    subject="RE: Medical sales roles \u2013 CV attached",
    date="2026-02-17 10:15", parent="cv_trentside",
    text=reply("""\
Hi Priyanka,

Thanks for getting in touch, and for your CV, which has come through fine. I've now registered you with Trentside Healthcare Recruitment and added you to our Life Sciences candidate pool.

You'll receive a separate link to our online compliance form (right to work, references and GDPR consent); it takes about ten minutes. Once that's done I'll start putting you forward for suitable medical sales roles, always with your say-so first.

Speak soon,
Joanne

Joanne Pickering
Principal Consultant \u2013 Life Sciences
Trentside Healthcare Recruitment
Castle Marina Park, Nottingham NG7 1TN
T: 0115 496 0627 | M: 07700 900865""", "en", CAND_NAME, CAND_ADDR,
        "Mon, 16 Feb 2026 at 21:02", _cv_mail))

# A4 -- Lever acknowledgement ----------------------------------------------------------------
_a4 = """\
Hi Priyanka,

Thank you for applying to Stannington Surgical for the Clinical Sales Specialist \u2013 South Yorkshire position. We have received your application and look forward to reviewing it.

We read every application carefully, so please bear with us. You'll hear from us either way.

Best,
Stannington Surgical Talent Team"""
add(kind=ACK, slug="lever_stannington_received", lang="en",
    company="Stannington Surgical", contact="",
    frm=("Stannington Surgical", "no-reply@hire.lever.co"),
    subject="Thank you for your application to Stannington Surgical",
    date="2026-03-30 18:47",
    text=_a4 + "\n",
    html=ats_card("Stannington Surgical", "#1d4f73", paras(_a4),
                  "Stannington Surgical \u00b7 Kelham Works, Sheffield S3 8RY \u00b7 Sent via Lever."))

# A5 -- Workday acknowledgement: "cannot reply to every applicant individually" ----------------
add(kind=ACK, slug="workday_corbyweald_cannot_reply_individually", lang="en",
    company="Corby & Weald Pharmaceuticals", contact="",
    frm=("Corby & Weald Pharmaceuticals", "corbyweald@myworkday.com"),
    subject="Application received: Territory Manager (Derby & Burton)",
    date="2026-01-05 09:42", tz="+0000",
    text="""\
Dear Priyanka,

Thank you for your application for the position of Territory Manager (Derby & Burton), requisition R-20418.

This email confirms that your application has reached us. We receive a large number of applications and unfortunately we cannot reply to every applicant individually at this stage. If you are shortlisted, a member of our recruitment team will contact you within four weeks of the closing date (30 January 2026).

Thank you for your interest in Corby & Weald.

Talent Acquisition
Corby & Weald Pharmaceuticals Ltd

This message was sent from an unmonitored mailbox. Replies are not read.
""")

# A6 -- iCIMS acknowledgement with disclaimer, base64 -----------------------------------------------
_a6 = """\
Dear Priyanka,

Thank you for your interest in the Product Specialist (Endoscopy) position (Job ID 2026-1187) at Veltra Medical. Your application was successfully submitted on 19 June 2026.

A member of our Talent Acquisition team will review your qualifications. Should your background match our needs, we will contact you to discuss next steps.

You can view the status of your application in the Veltra Medical Career Portal.

Sincerely,
Veltra Medical Talent Acquisition

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Veltra Medical UK Ltd, registered in England No. 07766120. Please do not reply to this automated message."""
add(kind=ACK, slug="icims_veltra_submitted_b64", lang="en",
    company="Veltra Medical", contact="",
    frm=("Veltra Medical Careers", "veltramedical@talent.icims.com"),
    subject="Veltra Medical: Application confirmation \u2013 Product Specialist (Endoscopy)",
    date="2026-06-19 13:05", tz="-0400", cte="base64",
    text=_a6 + "\n", html=plain_html(paras(_a6)))

# A7 -- Recruitee: "we've received your CV", HTML only ------------------------------------------
add(kind=ACK, slug="recruitee_quenby_cv_received_html", lang="en",
    company="Quenby Dermatology", contact="",
    frm=("Quenby Dermatology", "no-reply@jobs.recruitee.com"),
    subject="We've received your CV \u2013 Key Account Executive, Dermatology",
    date="2026-04-28 07:58",
    html=ats_card("Quenby Dermatology", "#b45309", paras("""\
Hello Priyanka,

Thanks for applying! We've received your CV and cover letter for the Key Account Executive, Dermatology role in Leicester.

Our hiring team reviews applications every Friday. We'll let you know how things are going within two weeks.

Quenby Dermatology People Team"""),
        "Quenby Dermatology, Meridian Business Park, Leicester LE19 1WZ \u00b7 via Recruitee"))

# A8 -- agency registration ------------------------------------------------------------------------
add(kind=ACK, slug="agency_thanks_for_registering", lang="en",
    company="Marlow & Pike Recruitment", contact="tariq@marlowpike.example.co.uk",
    frm=("Tariq Mahmood | Marlow & Pike", "tariq@marlowpike.example.co.uk"),
    subject="Welcome to Marlow & Pike \u2013 your registration",
    date="2026-06-02 12:20",
    text="""\
Hi Priyanka,

Thanks for registering with Marlow & Pike Recruitment and for the chat this morning. Your profile is now live on our system under Medical Sales, Midlands, and I've noted your preference for Birmingham and Leicester and a starting salary of around £30k plus car.

I've already got one client in mind for you and will call you once I've spoken to them. In the meantime, please send me two references when you get a chance.

Cheers,
Tariq

Tariq Mahmood
Senior Consultant, Medical Sales
Marlow & Pike Recruitment Ltd | 55 Newhall Street, Birmingham B3 3RB | 0121 496 0558
""")

# A9 -- small company, human "we've received your CV" ------------------------------------------------
add(kind=ACK, slug="loxley_office_cv_received", lang="en", key="lox_ack",
    company="Loxley Medical", contact="lisa.bramall@loxleymedical.example.co.uk",
    frm=("Lisa Bramall", "lisa.bramall@loxleymedical.example.co.uk"),
    subject="Re: Territory Sales Executive \u2013 application",
    date="2026-06-01 09:37", parent="ext:lox_apply",
    text="""\
Dear Priyanka,

Thank you for your email and CV for the Territory Sales Executive vacancy, received safely. I have passed it to Craig Dunmore, our Sales Director, who is shortlisting at the end of next week.

Kind regards,

Lisa Bramall
Office Manager
Loxley Medical Ltd, Unit 3, Don Valley Works, Attercliffe Road, Sheffield S9 3RS
0114 496 0350
""")

# A10 -- BambooHR acknowledgement -------------------------------------------------------------------
add(kind=ACK, slug="bamboohr_hollybrook_received", lang="en",
    company="Hollybrook Generics", contact="",
    frm=("Hollybrook Generics", "no-reply@bamboohr.com"),
    subject="Hollybrook Generics \u2013 we have your application",
    date="2026-03-02 17:09",
    text="""\
Hi Priyanka,

Thank you for applying for the Hospital Liaison Representative position at Hollybrook Generics. We wanted to let you know we received your application.

We'll be in touch if your skills and experience are a good fit for the role.

Best regards,
Hollybrook Generics

This is an automated notification from BambooHR. Please do not reply.
""")

# A11 -- Teamtailor acknowledgement, quoted-printable, team mailbox that invites replies -------------
_a11 = """\
Hi Priyanka,

Thank you for applying for the Wound Care Specialist \u2013 West Midlands role at Lindqvist Wound Care! Your application is now with our UK recruitment team.

We aim to get back to every applicant within ten working days. If you have a question in the meantime, simply reply to this email and one of us will answer.

Ha en fin dag \u2013 have a lovely day!
The Lindqvist UK recruitment team"""
add(kind=ACK, slug="teamtailor_lindqvist_application_in", lang="en",
    company="Lindqvist Wound Care", contact="recruitment.uk@lindqvist-woundcare.example.se",
    frm=("Lindqvist Wound Care", "no-reply@teamtailor-mail.com"),
    reply_to=("Lindqvist UK Recruitment", "recruitment.uk@lindqvist-woundcare.example.se"),
    subject="We've got your application, Priyanka!",
    date="2026-07-01 15:44", cte="quoted-printable",
    text=_a11 + "\n",
    html=ats_card("Lindqvist Wound Care", "#334155", paras(_a11),
                  "Lindqvist Wound Care UK \u00b7 Blythe Valley Park, Solihull B90 8AJ"))

# A12 -- Taleo acknowledgement, base64, "unfortunately we cannot respond to every applicant" ------------
add(kind=ACK, slug="taleo_cavendale_high_volume_b64", lang="en",
    company="Cavendale Respiratory", contact="",
    frm=("Cavendale Respiratory", "cavendale@taleo.net"),
    subject="Cavendale Respiratory - Acknowledgement of your application",
    date="2026-04-01 11:00", tz="+0000", cte="base64",
    text="""\
Dear Priyanka Delacroix-Hughes,

We confirm receipt of your application for the position of Respiratory Account Specialist - Leicestershire & Rutland (Requisition 2604-LR).

Due to the high volume of applications, unfortunately we cannot respond to every applicant personally. If you have not heard from us within 30 days, please assume that your application has not been taken forward on this occasion.

Thank you for your interest in a career with Cavendale.

Cavendale Respiratory Recruitment
Do not reply to this message.
""")

# A13 -- German Personio acknowledgement ----------------------------------------------------------------
_a13 = """\
Hallo Priyanka Delacroix-Hughes,

vielen Dank für Ihre Bewerbung als Medizinprodukteberaterin (m/w/d) Region Köln/Düsseldorf bei der Rheinmedic GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Beste Grüße
Ihr Rheinmedic Recruiting Team

Diese Nachricht wurde automatisch über Personio versendet."""
add(kind=ACK, slug="personio_eingangsbestaetigung", lang="de", key="rhe_ack",
    company="Rheinmedic", contact="",
    frm=("Rheinmedic GmbH", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-04-07 18:22",
    text=_a13 + "\n",
    html=ats_card("Rheinmedic", "#9f1239", paras(_a13),
                  "Rheinmedic GmbH \u00b7 Vogelsanger Straße 104 \u00b7 50823 Köln"))

# A14 -- German SuccessFactors acknowledgement, iso-8859-1 8bit ------------------------------------------
add(kind=ACK, slug="successfactors_domblick_bestaetigung_iso", lang="de",
    company="Domblick Pharma", contact="",
    frm=("Domblick Pharma Recruiting", "noreply@successfactors.eu"),
    subject="Wir haben Ihre Bewerbung erhalten \u2013 Pharmareferentin (m/w/d)",
    subject_enc=("utf-8", "Q"),
    date="2026-05-11 07:16", charset="iso-8859-1", cte="8bit",
    text="""\
Sehr geehrte Frau Delacroix-Hughes,

wir bedanken uns für Ihre Bewerbung als Pharmareferentin (m/w/d) für das Gebiet Köln/Bonn und bestätigen Ihnen hiermit den Eingang.

Ihre Unterlagen werden nun von unserer Fachabteilung geprüft. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann. Über den Stand Ihrer Bewerbung können Sie sich jederzeit im Kandidatenportal informieren.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Domblick Pharma AG
Am Domhof 12, 50667 Köln

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""")

# A15 -- German agency registration ------------------------------------------------------------------------
add(kind=ACK, slug="personalberatung_registrierung", lang="de",
    company="Severin & Lutz", contact="katrin.severin@severin-lutz.example.de",
    frm=("Katrin Severin", "katrin.severin@severin-lutz.example.de"),
    subject="Ihre Registrierung bei Severin & Lutz",
    date="2026-08-05 16:30",
    text="""\
Liebe Frau Delacroix-Hughes,

herzlichen Dank für Ihre Registrierung und Ihren Lebenslauf. Ich habe Ihr Profil in unsere Kandidatendatenbank für den Bereich Medizintechnik und Pharma-Vertrieb im Rheinland aufgenommen.

Sie haben angegeben, dass Sie für eine passende Stelle nach Köln ziehen würden und Englisch sowie gutes Deutsch sprechen. Das ist für mehrere unserer Mandanten interessant. Ich stelle Ihr Profil keinem Unternehmen vor, ohne vorher Ihr Einverständnis einzuholen.

Herzliche Grüße
Katrin Severin

Severin & Lutz Personalberatung GmbH
Mediapark 8, 50670 Köln
Tel. +49 221 4960 7710
""")

# A16 -- French Teamtailor acknowledgement -------------------------------------------------------------------
_a16 = """\
Bonjour Priyanka,

Merci d'avoir postulé au poste de Technico-commercial(e) matériel médical (Lille / Douai) chez Nordmed Distribution !

Nous avons bien reçu votre candidature. Notre équipe recrutement l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe recrutement Nordmed Distribution"""
add(kind=ACK, slug="teamtailor_candidature_bien_recue", lang="fr",
    company="Nordmed Distribution", contact="",
    frm=("Nordmed Distribution", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature", subject_enc=("iso-8859-1", "B"),
    date="2026-04-15 21:03",
    text=_a16 + "\n",
    html=ats_card("Nordmed Distribution", "#be123c", paras(_a16),
                  "Nordmed Distribution \u00b7 Parc de la Haute Borne, 59650 Villeneuve-d'Ascq"
                  " \u00b7 Ne pas répondre à cet e-mail."))

# A17 -- French agency registration --------------------------------------------------------------------------
add(kind=ACK, slug="cabinet_inscription_confirmee", lang="fr", key="art_reg",
    company="Artois Talents", contact="mathilde.roussel@artois-talents.example.fr",
    frm=("Mathilde Roussel", "mathilde.roussel@artois-talents.example.fr"),
    subject="Votre inscription chez Artois Talents",
    date="2026-05-12 11:26",
    text="""\
Bonjour Priyanka,

Je vous remercie pour notre échange téléphonique de ce matin et pour l'envoi de votre CV.

Votre inscription est confirmée : votre profil figure désormais dans notre base de candidats Santé & Medtech pour la région Hauts-de-France. Je vous présenterai uniquement des postes que nous aurons validés ensemble au préalable.

N'hésitez pas à me faire part de tout changement de disponibilité.

Bien à vous,

Mathilde Roussel
Consultante senior \u2013 Santé & Medtech
Cabinet Artois Talents
45 boulevard de la Liberté, 59000 Lille
06 12 96 04 77
""")

# A18 -- French human acknowledgement quoting her application, iso-8859-1 ---------------------------------------
_ver_apply = """\
Madame,

Je me permets de vous adresser ma candidature au poste de déléguée pharmaceutique pour le secteur Lille Métropole, publié sur votre site.

Assistante en pharmacie à Nottingham depuis six ans, je conseille chaque jour patients et prescripteurs et je souhaite mettre cette expérience au service de votre laboratoire. Je parle couramment français et je suis prête à m'installer à Lille.

Vous trouverez ci-joint mon CV et ma lettre de motivation.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Priyanka Delacroix-Hughes"""
add(kind=ACK, slug="vermandois_accuse_reception_iso", lang="fr", key="ver_ack",
    company="Laboratoires Vermandois", contact="claire.dufresne@vermandois.example.fr",
    frm=("Claire Dufresne", "claire.dufresne@vermandois.example.fr"),
    subject="RE: Candidature \u2013 Déléguée pharmaceutique Lille Métropole",
    subject_enc=("utf-8", "Q"),
    date="2026-03-10 15:02", parent="ver_apply",
    charset="iso-8859-1", cte="quoted-printable",
    text=reply("""\
Bonjour Madame,

Nous accusons bonne réception de votre candidature au poste de déléguée pharmaceutique sur le secteur Lille Métropole et vous en remercions.

Votre dossier va être étudié par notre direction régionale. Nous reviendrons vers vous d'ici la fin du mois.

Bien cordialement,

Claire Dufresne
Responsable Ressources Humaines
Laboratoires Vermandois SAS
12 rue de la Monnaie, 59800 Lille""", "fr", CAND_NAME, CAND_ADDR,
        "lun. 9 mars 2026 à 22:48", _ver_apply))

# A19 -- Spanish human: "hemos recibido tu CV" -----------------------------------------------------------------
add(kind=ACK, slug="alboran_hemos_recibido_tu_cv", lang="es", key="alb_ack",
    company="Distribuciones Sanitarias Alborán",
    contact="lucia.ortega@alboran-sanitaria.example.es",
    frm=("Lucía Ortega", "lucia.ortega@alboran-sanitaria.example.es"),
    from_enc=("iso-8859-1", "B"),
    subject="Re: Candidatura delegada comercial Costa del Sol",
    date="2026-05-04 12:40", parent="ext:alb_apply",
    text="""\
Hola Priyanka:

Hemos recibido tu CV y tu carta para el puesto de delegada comercial en la Costa del Sol. Muchas gracias por pensar en nosotros.

Estamos recogiendo candidaturas hasta el 15 de mayo; después revisaremos todos los perfiles y contactaremos con las personas seleccionadas para la siguiente fase.

Un saludo,
Lucía Ortega Marín
Responsable de Personas
Distribuciones Sanitarias Alborán S.L.
""")

# A20 -- Spanish Workday: "no podemos responder individualmente" ------------------------------------------------
_a20 = """\
Estimada Priyanka:

Gracias por su candidatura al puesto de Visitador/a Médico/a – Atención Primaria (Málaga Oriental). La hemos recibido correctamente.

Debido al elevado número de candidaturas, lamentablemente no podemos responder individualmente a cada persona en esta fase. Si su perfil se ajusta a lo que buscamos, nos pondremos en contacto con usted en las próximas semanas.

Atentamente,
Equipo de Talento
Laboratorios Guadalmedina, S.A."""
add(kind=ACK, slug="workday_es_no_podemos_responder", lang="es",
    company="Laboratorios Guadalmedina", contact="",
    frm=("Laboratorios Guadalmedina", "guadalmedina@myworkday.com"),
    subject="Hemos recibido su candidatura",
    date="2026-05-25 06:30", tz="+0000",
    text=_a20 + "\n",
    html=ats_card("Laboratorios Guadalmedina", "#15803d", paras(_a20),
                  "Mensaje automático enviado a través de Workday. No responda a este correo."))

# A21 -- Spanish SmartRecruiters acknowledgement ------------------------------------------------------------------
_a21 = """\
Hola Priyanka:

¡Gracias por presentar tu candidatura a Sales Representative – Andalucía Oriental en Costasol Medtech!

Tu solicitud se ha enviado correctamente. Nuestro equipo la revisará y, si tu experiencia encaja con el puesto, te contactaremos para los próximos pasos.

Saludos,
Equipo de Selección
Costasol Medtech"""
add(kind=ACK, slug="smartrecruiters_es_solicitud_enviada", lang="es",
    company="Costasol Medtech", contact="",
    frm=("Costasol Medtech", "noreply@smartrecruiters.com"),
    subject="Costasol Medtech: hemos recibido tu solicitud",
    date="2026-08-03 10:02",
    text=_a21 + "\n",
    html=ats_card("Costasol Medtech", "#0e7490", paras(_a21),
                  "Costasol Medtech S.L. \u00b7 Parque Tecnológico de Andalucía, 29590 Málaga"
                  " \u00b7 Enviado con SmartRecruiters"))

# =========================================================================================
# offer (6 en, 1 de, 1 fr, 2 es)
# =========================================================================================

# O1 -- Halvern: formal offer with PDF ---------------------------------------------------------
_o1 = """\
Dear Priyanka,

Following your interview on 18 September, I am delighted to offer you the position of Medical Sales Representative \u2013 Nottingham & Derby with Halvern Pharma.

Your offer letter is attached and sets out the main terms:

- Basic salary: £34,500 per annum
- Car allowance: £6,000 per annum, plus fuel card
- Target bonus: up to 15% of basic salary
- Start date: Monday 2 November 2026 (subject to notice)

The offer is conditional on two satisfactory references and a basic DBS check. Please confirm whether you accept by replying to this email by Friday 9 October; I will then send your contract and onboarding pack.

Alistair and the whole team were really impressed, and we very much hope you'll join us.

Kind regards,

Gemma Sutcliffe
Talent Acquisition Advisor
Halvern Pharma Ltd | Halvern House, 40 Castle Boulevard, Nottingham NG7 1FT
T: 0115 496 0733"""
add(kind=OFFER, slug="halvern_offer_letter_pdf", lang="en", key="hal_offer",
    company="Halvern Pharma", contact="gemma.sutcliffe@halvernpharma.example.co.uk",
    frm=("Gemma Sutcliffe", "gemma.sutcliffe@halvernpharma.example.co.uk"),
    subject="Offer of employment \u2013 Medical Sales Representative",
    date="2026-10-02 15:10", parent="hal_thanks",
    text=_o1 + "\n", html=outlook_html(paras(_o1)),
    attach=[dict(type="pdf", filename="Halvern_Offer_Letter_P_Delacroix-Hughes.pdf",
                 title="Halvern Pharma Ltd - Offer of Employment",
                 lines=["2 October 2026", "Dear Priyanka Delacroix-Hughes,",
                        "Position: Medical Sales Representative - Nottingham & Derby",
                        "Basic salary: £34,500 per annum; car allowance £6,000",
                        "Start date: 2 November 2026",
                        "This offer is subject to references and a basic DBS check.",
                        "Gemma Sutcliffe, Talent Acquisition Advisor"])])

# O2 -- agency: "the client wants to make you an offer" ------------------------------------------
add(kind=OFFER, slug="agency_brindle_wants_to_offer", lang="en", key="tre_offer",
    company="Brindle Diagnostics", contact="joanne.pickering@trentside-recruit.example.co.uk",
    frm=("Joanne Pickering", "joanne.pickering@trentside-recruit.example.co.uk"),
    subject="Brindle \u2013 great news!!",
    date="2026-03-24 13:02", parent="tre_move",
    text="""\
Hi Priyanka,

I've been trying to ring you but I couldn't wait: Kieran has just called me and Brindle Diagnostics want to make you an offer for the Point-of-Care Sales Representative role!

Headline terms: £29,000 basic, £4,500 car allowance, up to £5,000 on-target bonus, 25 days' holiday plus bank holidays, with a start in late April. The formal offer letter will come from their HR team once you've said yes in principle.

Give me a call when you're free and we can talk it all through, including whether there's any room on the basic.

Congratulations, you smashed it!
Joanne

Joanne Pickering
Principal Consultant \u2013 Life Sciences
Trentside Healthcare Recruitment
T: 0115 496 0627 | M: 07700 900865
""")

# O3 -- verbal offer follow-up ------------------------------------------------------------------
add(kind=OFFER, slug="loxley_verbal_offer_follow_up", lang="en",
    company="Loxley Medical", contact="craig.dunmore@loxleymedical.example.co.uk",
    frm=("Craig Dunmore", "craig.dunmore@loxleymedical.example.co.uk"),
    subject="Following our call \u2013 Territory Sales Executive",
    date="2026-06-26 16:48", parent="lox_move",
    text="""\
Hello Priyanka,

Thanks for taking my call this afternoon. As promised, here in writing is what we discussed: we'd like you to join Loxley Medical as Territory Sales Executive for South Yorkshire and north Derbyshire.

- Salary £30,000, reviewed after six months
- Company car (hybrid) and fuel card
- Quarterly bonus on the territory plan
- 25 days' holiday plus bank holidays

Lisa will send the written offer and contract early next week. In the meantime, have a think and let me know if you have any questions.

Regards,

Craig Dunmore
Sales Director
Loxley Medical Ltd
0114 496 0352
""")

# O4 -- contract sent for signature with PDF --------------------------------------------------------
add(kind=OFFER, slug="contract_for_signature_pdf", lang="en",
    company="Cresswell Medical Devices", contact="nicola.ferris@cresswell-medical.example.co.uk",
    frm=("Nicola Ferris", "nicola.ferris@cresswell-medical.example.co.uk"),
    subject="Your contract of employment \u2013 please sign and return",
    date="2026-07-22 10:36", parent="ext:cresswell_yes",
    text="""\
Dear Priyanka,

Thank you for accepting our offer for the role of Sales Representative \u2013 Derby & Burton. I'm pleased to attach your contract of employment.

Please read it carefully, then sign and date page 9 and return a scan to me by 31 July. Alternatively, you can sign electronically here:
https://sign.cresswell-medical.example.co.uk/envelope/5f3a81

Once we have the signed contract, I'll book your induction week at our Derby head office.

With best wishes,

Nicola Ferris
HR Manager
Cresswell Medical Devices Ltd
Ashbourne Road, Derby DE22 3FS
01332 496 240
""")

# O5 -- formal offer, HTML with PDF -----------------------------------------------------------------
_o5 = """\
Dear Priyanka,

On behalf of Ravensworth Healthcare, I'm very pleased to offer you the position of Healthcare Representative on our Leicester-based contract team, deployed on behalf of one of our pharmaceutical partners.

Please find your formal offer letter attached. In summary: a basic salary of £31,000, a company car, a bonus of up to £4,000 per year, and a 12-month fixed-term contract with the possibility of extension.

To accept, please sign the acceptance slip on page 3 of the letter and return it to me by 24 April.

Kind regards,

Hannah Quayle
Resourcing Manager
Ravensworth Healthcare Ltd, 1 Mill Lane, Leicester LE2 7HU
0116 496 0871"""
add(kind=OFFER, slug="cso_formal_offer_html_pdf", lang="en",
    company="Ravensworth Healthcare", contact="hannah.quayle@ravensworth-hc.example.co.uk",
    frm=("Hannah Quayle", "hannah.quayle@ravensworth-hc.example.co.uk"),
    subject="Your offer from Ravensworth Healthcare",
    date="2026-04-16 12:55",
    html=outlook_html(paras(_o5)),
    attach=[dict(type="pdf", filename="Ravensworth_Offer_Letter.pdf",
                 title="Ravensworth Healthcare Ltd - Offer Letter",
                 lines=["16 April 2026", "Position: Healthcare Representative (Leicester)",
                        "Basic salary: £31,000; bonus up to £4,000; company car",
                        "Contract: 12 months fixed term",
                        "Please sign and return the acceptance slip by 24 April 2026."])])

# O6 -- Workday: offer ready in the portal, no human ----------------------------------------------------
_o6 = """\
Dear Priyanka,

Congratulations! Wrekin Life Sciences has extended you an offer for the position of Field Sales Specialist \u2013 Birmingham & Solihull.

Your offer letter is ready to view in your candidate home. Please review it and accept or decline by 29 September 2026:
https://wrekin.wd3.myworkday.com/wrekin_careers/userHome

If you have questions about the offer, please contact your recruiter.

Wrekin Life Sciences Talent Acquisition"""
add(kind=OFFER, slug="workday_offer_ready_to_view", lang="en",
    company="Wrekin Life Sciences", contact="",
    frm=("Wrekin Life Sciences", "wrekin@myworkday.com"),
    subject="Action required: your offer from Wrekin Life Sciences",
    date="2026-09-22 16:00", tz="+0000",
    text=_o6 + "\n",
    html=ats_card("Wrekin Life Sciences", "#4d7c0f", paras(_o6),
                  "This is an automated message from Workday on behalf of Wrekin Life "
                  "Sciences Ltd. Replies are not monitored.",
                  button=("View offer", "https://wrekin.wd3.myworkday.com/wrekin_careers/userHome")))

# O7 -- German: contract offer with PDF, quoting her thank-you mail ------------------------------------------
_rhe_thanks = """\
Sehr geehrte Frau Brück,

herzlichen Dank für das angenehme Gespräch gestern mit Ihnen und Herrn Thelen. Die Einblicke in den Arbeitsalltag im Außendienst haben mich in meinem Wunsch bestärkt, Teil Ihres Teams zu werden.

Mit freundlichen Grüßen
Priyanka Delacroix-Hughes"""
add(kind=OFFER, slug="rheinmedic_vertragsangebot_pdf", lang="de",
    company="Rheinmedic", contact="sabine.brueck@rheinmedic.example.de",
    frm=("Sabine Brück", "sabine.brueck@rheinmedic.example.de"), from_enc=("iso-8859-1", "Q"),
    subject="Ihr Vertragsangebot als Medizinprodukteberaterin",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-05-26 14:18", parent="rhe_thanks",
    text=reply("""\
Sehr geehrte Frau Delacroix-Hughes,

vielen Dank für Ihre freundlichen Zeilen. Wir freuen uns sehr, Ihnen heute die Stelle als Medizinprodukteberaterin (m/w/d) für die Region Köln/Düsseldorf anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Konditionen: 52.000 EUR Jahresgrundgehalt, variable Vergütung bis 8.000 EUR, Dienstwagen auch zur privaten Nutzung und 30 Urlaubstage. Eintritt wäre zum 1. August 2026 möglich.

Bitte lassen Sie uns bis zum 5. Juni wissen, ob Sie das Angebot annehmen. Für Fragen zum Umzug nach Köln stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Sabine Brück
Personalreferentin
Rheinmedic GmbH | Vogelsanger Straße 104 | 50823 Köln
Tel. +49 221 4960 2207""", "de", CAND_NAME, CAND_ADDR, "13.05.2026 um 08:41", _rhe_thanks),
    attach=[dict(type="pdf", filename="Vertragsangebot_Delacroix-Hughes.pdf",
                 title="Rheinmedic GmbH - Vertragsangebot",
                 lines=["Köln, 26. Mai 2026", "Frau Priyanka Delacroix-Hughes",
                        "Position: Medizinprodukteberaterin (m/w/d), Region Köln/Düsseldorf",
                        "Jahresgrundgehalt 52.000 EUR; variable Vergütung bis 8.000 EUR",
                        "Eintritt: 1. August 2026; Probezeit sechs Monate",
                        "Annahmefrist: 5. Juni 2026"])])

# O8 -- French: promesse d'embauche with PDF, windows-1252 ----------------------------------------------------
add(kind=OFFER, slug="promesse_embauche_pdf_cp1252", lang="fr",
    company="HDF Médical", contact="h.lefebvre@hdf-medical.example.fr",
    frm=("Hugo Lefebvre", "h.lefebvre@hdf-medical.example.fr"),
    subject="Promesse d'embauche \u2013 Attachée commerciale Lille",
    subject_enc=("utf-8", "B"), charset="windows-1252", cte="quoted-printable",
    date="2026-07-15 18:05",
    text="""\
Bonjour Priyanka,

Suite à nos échanges et à votre rencontre avec l’équipe la semaine dernière, j’ai le plaisir de vous adresser ci-joint votre promesse d’embauche pour le poste d’attachée commerciale dispositifs médicaux sur le secteur Lille \u2013 Béthune, en CDI.

Rémunération : 34 000 \u20ac bruts annuels, plus une part variable pouvant atteindre 6 000 \u20ac, véhicule de fonction et tickets restaurant. Prise de poste souhaitée le 1er septembre 2026.

Merci de me retourner le document signé avant le 24 juillet si cette proposition vous convient.

Bien cordialement,

Hugo Lefebvre
Directeur commercial
HDF Médical \u2013 31 rue Nationale, 59000 Lille
03 20 96 04 55
""",
    attach=[dict(type="pdf", filename="Promesse_embauche_Delacroix-Hughes.pdf",
                 title="HDF Médical - Promesse d'embauche",
                 lines=["Lille, le 15 juillet 2026", "Mme Priyanka Delacroix-Hughes",
                        "Poste : Attachée commerciale dispositifs médicaux, CDI",
                        "Rémunération : 34 000 EUR bruts annuels + variable 6 000 EUR",
                        "Prise de poste : 1er septembre 2026"])])

# O9 -- Spanish: offer by email, multipart ----------------------------------------------------------------------
_o9 = """\
Hola Priyanka:

Como te adelanté ayer por teléfono, tenemos el placer de ofrecerte el puesto de delegada comercial de Biomar Andalucía para la zona de Málaga y Axarquía.

Las condiciones son las que comentamos: 28.000 € brutos anuales, variable de hasta 5.000 €, coche de empresa y teléfono. La incorporación sería el 2 de noviembre.

Te enviaremos el contrato en cuanto nos confirmes que aceptas. Si tienes cualquier duda, llámame.

Un abrazo,

Rocío Vega
Directora de Recursos Humanos
Biomar Andalucía S.A. \u00b7 C/ Severo Ochoa 9, PTA, 29590 Málaga
Tel. 952 96 04 70"""
add(kind=OFFER, slug="biomar_oferta_por_correo", lang="es",
    company="Biomar Andalucía", contact="rocio.vega@biomar-andalucia.example.es",
    frm=("Rocío Vega", "rocio.vega@biomar-andalucia.example.es"), from_enc=("utf-8", "B"),
    subject="Oferta: delegada comercial Málaga", subject_enc=("iso-8859-1", "Q"),
    date="2026-09-28 13:27",
    text=_o9 + "\n", html=plain_html(paras(_o9)))

# O10 -- Spanish agency: the named client wants to make an offer -------------------------------------------------
add(kind=OFFER, slug="agencia_axarquia_quiere_ofertar", lang="es",
    company="Laboratorios Axarquía", contact="alvaro.benitez@talentofarmasur.example.es",
    frm=("Álvaro Benítez", "alvaro.benitez@talentofarmasur.example.es"),
    from_enc=("utf-8", "B"),
    subject="¡Buenas noticias de Laboratorios Axarquía!",
    date="2026-10-06 10:12",
    text="""\
Hola Priyanka,

¡Enhorabuena! Me acaba de llamar la directora comercial de Laboratorios Axarquía: quieren hacerte una oferta para el puesto de visitadora médica de atención primaria en Vélez-Málaga y la Axarquía.

Me han adelantado 27.000 € fijos más variable y coche. La carta de oferta te llegará directamente de ellos esta semana, pero quería contártelo yo primero.

¿Hablamos esta tarde?

Álvaro

Álvaro Benítez
Consultor de Selección \u2013 Sector Salud
Talento Farma Sur
Tel. 951 96 04 18
""")
