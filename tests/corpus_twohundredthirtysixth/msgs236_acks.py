"""Corpus 236: 21 application acknowledgements and 10 offers, each written by hand."""

from __future__ import annotations

from msgs236_common import M, ats_card, mso, on_wrote, outlook_html, paras, pdf

# ====================================================================== received

_A1_TEXT = """Dear Oksana,

Thank you for applying for Occupational Therapy Assistant, Band 3 \u2013 Community
Rehabilitation Team (TV-26-0031) at Tamar Valley NHS Trust.

Your application has been submitted successfully. You can follow its progress at any time
by signing in to your candidate home page.

The closing date for this vacancy is 30 January 2026. Shortlisting usually takes place
within two weeks of the closing date.

Tamar Valley NHS Trust Recruitment

Please do not reply to this email; this mailbox is not monitored."""

_A5_TEXT = """Hi Oksana,

Thanks for applying to Stonehouse Physio & OT Clinic! We've received your application for
Therapy Assistant (Hands & Upper Limb).

Our small team reviews every application personally, so it may take a couple of weeks
before you hear from us.

Cheers,
Stonehouse Physio & OT Clinic"""

_A8_TEXT = """Hi Oksana,

Woohoo \u2013 your application for Lifestyle & Therapy Assistant is in!

Here's what happens next: our hiring team reads every application and we'll be in touch
within 14 days. In the meantime, why not read our team stories on the careers site?

Team Avonside"""

_A11_TEXT = """Dear Oksana,

Thank you for your interest in Hanseatic International Therapy Centre. We confirm that we
have received your application for Occupational Therapy Assistant (English-speaking),
Bremen.

A member of our People Team will review your profile. If your qualifications match our
requirements, we will contact you to discuss next steps.

Best regards,
People Team
Hanseatic International Therapy Centre"""

_A13_TEXT = """Bonjour Oksana,

Merci d'avoir postulé au poste d'aide-ergothérapeute (CDI, 80 %) à la Clinique des Abers.

Nous avons bien reçu votre candidature. Notre équipe RH l'étudiera avec attention et
reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe recrutement de la Clinique des Abers"""

_A16_TEXT = """Hallo Oksana Fairweather-Ruiz,

vielen Dank für Ihre Bewerbung als Therapiehelfer/in (m/w/d) Ergotherapie beim Klinikum
Weserbogen. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen
bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team Klinikum Weserbogen

Dies ist eine automatisch generierte Nachricht. Antworten auf diese E-Mail werden nicht
gelesen."""

_A19_TEXT = """Hola Oksana:

Gracias por presentar su candidatura a Auxiliar de Terapia Ocupacional \u2013 Unidad de
Rehabilitación (ref. HCP-2026-338) en Hospital Costa Pas.

Hemos recibido correctamente su solicitud. Puede consultar el estado de su candidatura en
cualquier momento desde el portal del candidato.

Atentamente,
Departamento de Recursos Humanos
Hospital Costa Pas

Este mensaje se ha generado automáticamente. Por favor, no responda."""

_RECEIVED = [
    # ---------------------------------------------------------------- English (12)
    M(kind="application_received", slug="tamar_workday_ack", lang="en",
      company="Tamar Valley NHS Trust", contact="",
      frm=("Tamar Valley NHS Trust", "tamarvalleynhs@myworkday.com"),
      subject="Application received: Occupational Therapy Assistant, Band 3 (TV-26-0031)",
      date="2026-01-19 14:02 +0000", text=_A1_TEXT,
      html=ats_card("Tamar Valley NHS Trust \u2013 Careers", "#005eb8", paras(_A1_TEXT),
                    "Workday \u00b7 Candidate home"),
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="application_received", slug="westcountry_registration", lang="en",
      company="Westcountry Care Recruitment", contact="jasmine.carne@westcountrycare.example.co.uk",
      frm=("Jasmine Carne", "jasmine.carne@westcountrycare.example.co.uk"),
      subject="Welcome to Westcountry Care Recruitment",
      date="2026-02-23 10:05 +0000",
      text="""Hi Oksana,

Thanks for popping in on Friday and for completing your registration \u2013 you're now all set
up on our books as a candidate for therapy support and care roles across Devon and Cornwall.

What I've got from you: CV, right-to-work check, two referees and your DBS update service
number. Nothing else is needed for now.

I'll be in touch as soon as I have something that matches what you're after (OT assistant,
day shifts, Plymouth/Torbay).

Jasmine

Jasmine Carne
Recruitment Consultant - Therapy & Care
Westcountry Care Recruitment
Suite 3, Derry's Cross House, Plymouth PL1 2SW
Mobile 07700 900 418

Westcountry Care Recruitment acts as an employment agency for permanent recruitment and an
employment business for temporary work. We never charge candidates a fee."""),

    M(kind="application_received", slug="severnside_workday_cannot_reply", lang="en",
      company="Severnside Community NHS Trust", contact="",
      frm=("Severnside Community NHS Trust", "severnsidenhs@myworkday.com"),
      subject="Thank you for applying \u2013 SCT-26-0114",
      date="2026-01-07 21:16 +0000", cte="quoted-printable",
      text="""Dear Oksana,

Thank you for applying for Occupational Therapy Assistant (Band 3), Bristol North
Reablement Team, reference SCT-26-0114. We have received your application.

We receive a very large number of applications and, unfortunately, we cannot reply to every
applicant individually. If you are shortlisted, we will contact you within three weeks of
the closing date (19 January 2026) by email.

Please check your junk folder regularly so you don't miss an invitation.

Talent Acquisition
Severnside Community NHS Trust""",
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="application_received", slug="clifton_greenhouse_ack", lang="en",
      company="Clifton Rehab Partners", contact="",
      frm=("Clifton Rehab Partners", "no-reply@greenhouse-mail.io"),
      subject="Thanks for applying to Clifton Rehab Partners",
      date="2026-04-06 13:13 +0100",
      html=ats_card("Clifton Rehab Partners", "#3d5a80", paras("""Hi Oksana,

Thank you for your interest in Clifton Rehab Partners! We wanted to let you know we received
your application for Rehabilitation Assistant, and we are delighted that you would consider
joining our team.

Our team will review your application and will be in touch if your qualifications match
our needs for the role.

Regards,
Clifton Rehab Partners"""), "Sent via Greenhouse \u00b7 Please do not reply to this email.")),

    M(kind="application_received", slug="stonehouse_lever_ack", lang="en",
      company="Stonehouse Physio & OT Clinic", contact="",
      frm=("Stonehouse Physio & OT Clinic", "no-reply@hire.lever.co"),
      subject="We received your application",
      date="2026-03-23 08:47 +0000", text=_A5_TEXT,
      html=ats_card("Stonehouse Physio & OT Clinic", "#2f7d6d", paras(_A5_TEXT),
                    "Sent with Lever")),

    M(kind="application_received", slug="fal_estuary_taleo_ack", lang="en",
      company="Fal Estuary Hospitals NHS Trust", contact="",
      frm=("Fal Estuary Hospitals NHS Trust", "noreply@taleo.net"),
      subject="Requisition 26-RC-0419 - application submitted",
      date="2026-05-18 07:30 +0100", charset="iso-8859-1", cte="quoted-printable",
      text="""Dear Oksana Fairweather-Ruiz,

This is to confirm that your application for the following job has been submitted:

Occupational Therapy Support Worker, Stroke Unit, Truro (26-RC-0419)
Band 3, £24,937 - £26,598 per annum pro rata

You can review your submission in the "My Jobpage" area of our careers section. We will
contact you if you are selected for the next step.

Recruitment Services
Fal Estuary Hospitals NHS Trust"""),

    M(kind="application_received", slug="brightwater_registration_pack", lang="en",
      company="Brightwater Health Staffing", contact="callum.reed@brightwaterstaffing.example.co.uk",
      frm=("Callum Reed", "callum.reed@brightwaterstaffing.example.co.uk"),
      subject="Your registration with Brightwater Health Staffing",
      date="2026-05-11 09:00 +0100",
      text="""Hi Oksana,

Thanks for signing up with Brightwater Health Staffing through our website. Your
registration has come through and I'll be looking after you.

I've attached our candidate pack, which explains how we work, our privacy notice and how
pay works for temporary assignments.

I'll be in touch shortly to book a quick screening call.

Best,
Callum

Callum Reed | Principal Consultant
Brightwater Health Staffing | Temple Quay, Bristol BS1 6DZ | 0117 496 0190""",
      attachments=[pdf("Brightwater_candidate_pack.pdf", "Brightwater Health Staffing",
                       ["Candidate pack 2026",
                        "1. How we work with you",
                        "2. Privacy notice",
                        "3. Timesheets and weekly pay",
                        "4. Compliance: DBS, training, references"])]),

    M(kind="application_received", slug="avonside_teamtailor_ack", lang="en",
      company="Avonside Living", contact="",
      frm=("Avonside Living", "no-reply@teamtailor-mail.com"),
      subject="\U0001f389 Application received \u2013 Lifestyle & Therapy Assistant",
      date="2026-07-01 22:41 +0100", text=_A8_TEXT,
      html=ats_card("Avonside Living", "#e76f51", paras(_A8_TEXT), "Teamtailor"),
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="application_received", slug="peninsula_cv_received", lang="en",
      company="Peninsula Allied Recruit", contact="ben.tozer@peninsulaallied.example.co.uk",
      frm=("Ben Tozer", "ben.tozer@peninsulaallied.example.co.uk"),
      subject="Re: CV - OT assistant roles",
      date="2026-01-28 12:33 +0000",
      refs=["<3b7d0e.cv-ot-assistant@example.co.uk>"],
      text="""Hi Oksana,

We've received your CV, thanks. I'll have a proper read this week and give you a ring to
talk through what's around in Exeter and East Devon.

Ben

Ben Tozer | Senior Consultant, Allied Health
Peninsula Allied Recruit | 01392 496 870"""),

    M(kind="application_received", slug="hoe_side_bamboohr_ack", lang="en",
      company="Hoe Side Hospice", contact="",
      frm=("Hoe Side Hospice", "notifications@app.bamboohr.com"),
      subject="Thanks for your application to Hoe Side Hospice",
      date="2026-08-24 18:00 +0100", cte="base64",
      html=ats_card("Hoe Side Hospice", "#7a306c", paras("""Dear Oksana,

Thank you for applying for the Therapy Assistant (Day Services) role at Hoe Side Hospice.

We have your application and our HR team will review it after the closing date of
30 August. If we'd like to take things further we will contact you by email or phone.

Every application helps us to care for patients and families in Plymouth, so thank you.

Hoe Side Hospice People Team"""), "BambooHR \u00b7 This is an automated message.")),

    M(kind="application_received", slug="hanseatic_smartrecruiters_ack", lang="en",
      company="Hanseatic International Therapy Centre", contact="",
      frm=("Hanseatic International Therapy Centre", "noreply@smartrecruiters.com"),
      subject="Thank you for applying: Occupational Therapy Assistant (English-speaking)",
      date="2026-02-09 10:00 +0100", text=_A11_TEXT,
      html=ats_card("Hanseatic International Therapy Centre", "#1d3557", paras(_A11_TEXT),
                    "SmartRecruiters")),

    M(kind="application_received", slug="ocean_rehab_ashby_ack", lang="en",
      company="Ocean Rehab Brest", contact="",
      frm=("Ocean Rehab Brest", "no-reply@ashbyhq.com"),
      subject="Application received - Bilingual Rehabilitation Assistant",
      date="2026-08-17 11:05 +0200",
      text="""Hi Oksana,

Thank you for applying to the Bilingual Rehabilitation Assistant position at Ocean Rehab
Brest. We've got your application and the hiring team will review it shortly.

If there's a match, a recruiter will reach out to set up a first conversation.

Ocean Rehab Brest Talent Team

Powered by Ashby"""),

    # ---------------------------------------------------------------- French (3)
    M(kind="application_received", slug="abers_workable_accuse", lang="fr",
      company="Clinique des Abers", contact="",
      frm=("Clinique des Abers", "noreply@workablemail.com"),
      subject="Candidature reçue \u2013 Aide-ergothérapeute",
      subject_enc=("utf-8", "B"),
      date="2026-03-10 08:02 +0100", text=_A13_TEXT,
      html=ats_card("Clinique des Abers", "#0077b6", paras(_A13_TEXT), "Workable")),

    M(kind="application_received", slug="chu_iroise_successfactors_accuse", lang="fr",
      company="CHU Iroise", contact="",
      frm=("CHU Iroise - Recrutement", "donotreply@successfactors.eu"),
      subject="Accusé de réception de votre candidature",
      subject_enc=("iso-8859-1", "B"),
      date="2026-04-13 23:10 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Madame,

Nous accusons réception de votre candidature au poste « Aide en ergothérapie - Pôle
gériatrie » (réf. 2026-ERG-077) et vous remercions de l'intérêt que vous portez au CHU
Iroise.

Compte tenu du nombre important de candidatures, nous ne pouvons malheureusement pas
répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos
attentes, le service recruteur prendra contact avec vous.

La Direction des ressources humaines
CHU Iroise

Ce message est généré automatiquement, merci de ne pas y répondre."""),

    M(kind="application_received", slug="armor_interim_inscription", lang="fr",
      company="Armor Intérim Santé", contact="m.kerbrat@armor-interim-sante.example.fr",
      frm=("Maëlys Kerbrat", "m.kerbrat@armor-interim-sante.example.fr"),
      name_enc=("iso-8859-1", "Q"),
      subject="Votre inscription chez Armor Intérim Santé",
      date="2026-01-26 09:30 +0100", charset="windows-1252", cte="8bit",
      text="""Bonjour Oksana,

Suite à notre échange téléphonique, je vous confirme votre inscription chez Armor Intérim
Santé. Votre dossier est complet : CV, pièce d\u2019identité et attestation de formation.

Je vous propose des missions et des postes sur Brest et le Finistère Nord dans
l\u2019accompagnement thérapeutique et l\u2019animation en établissement, comme convenu.

Bonne journée,
Maëlys Kerbrat
Chargée de recrutement \u2013 Armor Intérim Santé
8 rue de Siam, 29200 Brest \u2013 02 98 49 61 40"""),

    # ---------------------------------------------------------------- German (3)
    M(kind="application_received", slug="weserbogen_recruitee_eingang", lang="de",
      company="Klinikum Weserbogen", contact="",
      frm=("Klinikum Weserbogen Karriere", "klinikum-weserbogen@jobs.recruitee.com"),
      subject="Eingangsbestätigung Ihrer Bewerbung",
      date="2026-05-04 10:11 +0200", text=_A16_TEXT,
      html=ats_card("Klinikum Weserbogen", "#005f73", paras(_A16_TEXT), "Recruitee"),
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="application_received", slug="hansekogge_personio_eingang", lang="de",
      company="Pflegedienst Hansekogge", contact="",
      frm=("Pflegedienst Hansekogge", "no-reply@personio.de"),
      subject="Vielen Dank für Ihre Bewerbung!",
      date="2026-06-15 10:00 +0200", cte="base64",
      text="""Hallo Oksana,

vielen Dank für Ihre Bewerbung als Betreuungsassistenz (m/w/d) beim Pflegedienst
Hansekogge! Wir haben Ihre Unterlagen erhalten und schauen sie uns in Ruhe an.

Wir melden uns so schnell wie möglich bei Ihnen.

Herzliche Grüße
Ihr Team vom Pflegedienst Hansekogge

Diese E-Mail wurde automatisch über Personio versendet."""),

    M(kind="application_received", slug="nordlicht_registrierung", lang="de",
      company="Nordlicht Personal", contact="h.bruening@nordlicht-personal.example.de",
      frm=("Hauke Brüning", "h.bruening@nordlicht-personal.example.de"),
      name_enc=("iso-8859-1", "Q"),
      subject="Deine Registrierung bei Nordlicht Personal",
      date="2026-03-16 10:00 +0100", charset="iso-8859-1", cte="quoted-printable",
      text="""Hallo Oksana,

danke für das nette Telefonat! Hiermit bestätige ich dir, dass deine Registrierung bei
Nordlicht Personal abgeschlossen ist. Deine Unterlagen (Lebenslauf, Zeugnisse, Nachweis der
Pflegeausbildung aus UK) liegen mir vollständig vor.

Ich stelle dein Profil ab sofort passenden Einrichtungen in Bremen vor, natürlich nur mit
deinem Okay.

Beste Grüße
Hauke Brüning
Personalberater Gesundheit & Soziales

Nordlicht Personal GmbH | Schlachte 21 | 28195 Bremen
Geschäftsführer: Jan-Hendrik Wilkens | Amtsgericht Bremen HRB 88888 HB"""),

    # ---------------------------------------------------------------- Spanish (3)
    M(kind="application_received", slug="costa_pas_icims_recibida", lang="es",
      company="Hospital Costa Pas", contact="",
      frm=("Hospital Costa Pas - Empleo", "donotreply@icims.com"),
      subject="Hemos recibido su candidatura (HCP-2026-338)",
      date="2026-06-01 12:00 +0200", text=_A19_TEXT,
      html=ats_card("Hospital Costa Pas \u2013 Trabaja con nosotros", "#00509d", paras(_A19_TEXT),
                    "iCIMS")),

    M(kind="application_received", slug="cantabria_activa_recibida", lang="es",
      company="Fundación Cantabria Activa", contact="",
      frm=("Fundación Cantabria Activa", "no-reply@teamtailor-mail.com"),
      name_enc=("utf-8", "Q"),
      subject="Gracias por tu candidatura",
      date="2026-02-16 19:30 +0100",
      text="""¡Hola, Oksana!

Gracias por tu interés en el puesto de Técnica de Apoyo en Terapia Ocupacional del programa
«Mayores en Movimiento». Hemos recibido tu candidatura.

Debido al elevado número de solicitudes, lamentablemente no podemos responder a cada
persona de forma individual. Si tu perfil encaja, nos pondremos en contacto contigo en las
próximas semanas.

Un saludo,
Fundación Cantabria Activa"""),

    M(kind="application_received", slug="cantabro_talento_alta", lang="es",
      company="Cántabro Talento Sanitario", contact="lucia.ortiz@cantabrotalento.example.es",
      frm=("Lucía Ortiz Bedia", "lucia.ortiz@cantabrotalento.example.es"),
      name_enc=("iso-8859-1", "B"),
      subject="Alta en nuestra base de candidatos",
      date="2026-04-20 10:00 +0200",
      text="""Hola, Oksana:

Te confirmo que ya estás dada de alta en la base de candidatos de Cántabro Talento
Sanitario. Tenemos tu CV en inglés y en español y la copia de tu NIE.

Te iré enviando las vacantes de apoyo en terapia ocupacional que vayan saliendo en
Santander y alrededores.

Un saludo,
Lucía Ortiz Bedia
Consultora de Selección \u2013 Sanidad
Cántabro Talento Sanitario S.L. \u00b7 +34 942 49 61 75"""),
]

# ====================================================================== offers

_O1_TEXT = """Dear Oksana,

Following your interview on 19 February, I am delighted to offer you the post of
Occupational Therapy Assistant, Band 3, in the Community Rehabilitation Team, subject to
satisfactory pre-employment checks.

Your formal offer letter is attached. In summary:

- Salary: Agenda for Change Band 3, starting at \u00a324,937 per annum (37.5 hours)
- Base: Mount Gould Health Centre, Plymouth
- Proposed start date: Monday 13 April 2026, subject to checks

Please sign and return the acceptance slip, or reply to this email to accept, by
Friday 13 March. Our pre-employment team will then be in touch about references,
occupational health and your DBS.

Congratulations \u2013 the panel were very impressed.

Kind regards,
Lowenna

Lowenna Trethewey
Recruitment Officer | Tamar Valley NHS Trust
Derriford Business Park, Plymouth PL6 5WS | 01752 496 031"""

_O2_TEXT = """Dear Oksana,

It was lovely to speak to you this afternoon and to hear how pleased you were!

As discussed on the phone, I'm writing to confirm our verbal offer of the post of
Occupational Therapy Assistant (Reablement), ref. TED-0612, at Grade E, starting salary
\u00a325,584 per annum, based at Forde House with travel across Teignbridge and Exeter.

The written contract and offer letter will follow from our HR Services team within five
working days, once your references are in. Please don't hand in your notice until you have
received the written offer.

Kind regards,
Rachel

Rachel Widdicombe
Recruitment Adviser, HR Services
Teign & Exe District Council
01626 496 420"""

_O3_MOVE = """Hi Oksana,

Sorry to do this \u2013 Alfie has a home visit in Salcombe that's had to move to Wednesday
morning. Could we move our chat to the same day at 3pm instead of 10:30? Same place.

Imogen"""

_O3_THANKS = """Hi Imogen,

Thank you both for the interview this afternoon and for showing me round the equipment
store. 3pm worked perfectly in the end! I'd love to be part of the practice.

Oksana

""" + on_wrote("en", "Mon, 10 Aug 2026 at 13:12",
               "Imogen Stentiford <imogen@kingsbridgetherapy.example.co.uk>", _O3_MOVE)

_O3_EARLIER = """Hi Oksana,

Thanks again for coming down yesterday \u2013 Alfie and I would love you to join us. I'll send
the paperwork next week.

Imogen

""" + on_wrote("en", "Wed, 12 Aug 2026 at 19:40",
               "Oksana Fairweather-Ruiz <oksana.fr@example.co.uk>", _O3_THANKS)

_O3_TEXT = """Hi Oksana,

As promised, here's your contract of employment for the Therapy Assistant role (24 hours a
week, \u00a313.10 an hour, mileage at 45p). Please read it through, sign page 4 and send it
back to me \u2013 a photo or scan is fine. If anything doesn't look right, just shout.

We're all really looking forward to having you with us from 1 October.

Imogen

Imogen Stentiford MRCOT
Director & Occupational Therapist
Kingsbridge Therapy Partners
The Quay Studio, Promenade, Kingsbridge TQ7 1JD | 01548 496 330

""" + on_wrote("en", "Thu, 13 Aug 2026 at 18:02",
               "Imogen Stentiford <imogen@kingsbridgetherapy.example.co.uk>", _O3_EARLIER)

_O5_TEXT = """Hi Oksana,

Congratulations! Plym Bridge Neuro Rehab is excited to offer you the position of
Rehabilitation Support Worker (Neuro).

Please review your offer using the link below. It includes your salary, hours, start date
and benefits. The offer expires on 12 August 2026.

Review your offer: https://jobs.ashby.example.com/plymbridge/offer/91c0

If you have any questions, just reply to this email \u2013 it goes straight to Dr Nia Okonjo.

Plym Bridge Neuro Rehab"""

_O6_HTML = outlook_html(mso("""Dear Ms Fairweather-Ruiz,

Occupational Therapy Assistant, Adult Social Care \u2013 Requisition 2026-1187

I am pleased to confirm that, following your interview on 5 October, the panel would like to
offer you the above post. This offer is conditional on:

\u2022 two satisfactory references, one from your current employer;
\u2022 an enhanced DBS check with barred list (adults);
\u2022 occupational health clearance; and
\u2022 proof of your right to work in the UK.

The post is on Grade 5, \u00a325,119 \u2013 \u00a326,409 per annum, 37 hours per week, based in
Truro. Please reply to accept the offer in principle, and HR will then start the checks.

Congratulations, and welcome.

Yours sincerely,

Morwenna Hocking
Senior Practitioner, Adult Social Care
Carrick & Fal Council | Lys Kernow House, Truro TR1 3AY | 01872 496 640

This email and any attachments are confidential and may be subject to the Freedom of
Information Act 2000."""))

_O7_TEXT = """Bonjour Oksana,

Suite à notre entretien du 15 avril, j'ai le plaisir de vous confirmer que la Clinique des
Abers souhaite vous recruter en qualité d'aide-ergothérapeute, en CDI à 80 %, à compter du
1er juillet 2026.

Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération, le temps
de travail et la période d'essai. Nous vous remercions de nous la retourner signée avant le
8 mai.

Toute l'équipe de rééducation se réjouit de vous accueillir.

Bien cordialement,

Gwenaëlle Le Bihan
Chargée des ressources humaines
Clinique des Abers, 14 route de Lannilis, 29870 Landéda
02 98 49 62 05"""

_O8_TEXT = """Liebe Frau Fairweather-Ruiz,

wir freuen uns sehr, Ihnen nach unserem Gespräch und dem Hospitationstag die Stelle als
Assistenz Ergotherapie in unserer Tagesförderstätte in Walle anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung (30 Wochenstunden,
Vergütung nach AVR, Beginn 1. Dezember 2026). Bitte senden Sie uns ein unterschriebenes
Exemplar bis zum 16. Oktober zurück.

Bei Fragen zum Vertrag oder zum Umzug nach Bremen bin ich jederzeit für Sie da.

Herzliche Grüße

Kirsten Hollmann
Bereichsleitung Tagesförderung
Weserhilfe e.V. | Waller Heerstraße 55 | 28219 Bremen
Tel. 0421 496 4455

Weserhilfe e.V. \u2013 Vereinsregister Amtsgericht Bremen VR 4242 \u2013 Vorstand: Dr. Hilke Garbade"""

_O10_TEXT = """Estimada Oksana:

Nos complace comunicarle que, tras el proceso de selección, ha sido seleccionada para el
puesto de Auxiliar de Terapia Ocupacional en la Unidad de Rehabilitación de Hospital Costa
Pas.

Adjuntamos la carta de oferta con las condiciones: contrato indefinido a jornada completa,
salario bruto anual de 21.400 euros en 14 pagas, incorporación el 1 de septiembre de 2026.

Le rogamos que nos confirme su aceptación antes del 10 de julio respondiendo a este correo.

Enhorabuena y bienvenida.

Nerea Gómez Setién
Unidad de Selección
Hospital Costa Pas, Calle Alta 112, 39008 Santander
942 49 62 88"""

_OFFERS = [
    # ---------------------------------------------------------------- English (6)
    M(kind="offer", slug="tamar_formal_offer_pdf", lang="en",
      company="Tamar Valley NHS Trust", contact="lowenna.trethewey@tamarvalley-nhs.example.uk",
      frm=("Lowenna Trethewey", "lowenna.trethewey@tamarvalley-nhs.example.uk"),
      subject="Offer of employment \u2013 Occupational Therapy Assistant (TV-26-0031)",
      date="2026-03-02 09:30 +0000", parent="own_thanks_tamar",
      text=_O1_TEXT, html=outlook_html(mso(_O1_TEXT)),
      attachments=[pdf("TV-26-0031_Offer_Letter_Fairweather-Ruiz.pdf",
                       "Conditional offer of employment",
                       ["Tamar Valley NHS Trust",
                        "Post: Occupational Therapy Assistant, Band 3",
                        "Team: Community Rehabilitation Team, Plymouth",
                        "Salary: AfC Band 3, point 1, 24,937 GBP per annum",
                        "Hours: 37.5 per week",
                        "Start date: 13 April 2026 (subject to checks)",
                        "Please sign and return the acceptance slip by 13 March 2026."])]),

    M(kind="offer", slug="teign_exe_verbal_followup", lang="en",
      company="Teign & Exe District Council", contact="rachel.widdicombe@teignexe-council.example.uk",
      frm=("Rachel Widdicombe", "rachel.widdicombe@teignexe-council.example.uk"),
      cc=[("HR Services", "hrservices@teignexe-council.example.uk")],
      subject="Confirmation of verbal offer \u2013 TED-0612",
      date="2026-06-26 16:05 +0100", parent="teign_exe_assessment_moved",
      text=_O2_TEXT),

    M(kind="offer", slug="kingsbridge_contract_for_signature", lang="en",
      company="Kingsbridge Therapy Partners", contact="imogen@kingsbridgetherapy.example.co.uk",
      frm=("Imogen Stentiford", "imogen@kingsbridgetherapy.example.co.uk"),
      subject="Your contract \u2013 please sign and return",
      date="2026-08-20 17:30 +0100", parent="kingsbridge_moved_afternoon_outlook",
      text=_O3_TEXT, cte="quoted-printable",
      attachments=[pdf("KTP_Contract_O_Fairweather-Ruiz.pdf", "Contract of employment",
                       ["Kingsbridge Therapy Partners",
                        "Employee: Oksana Fairweather-Ruiz",
                        "Job title: Therapy Assistant",
                        "Hours: 24 per week; Rate: 13.10 GBP per hour",
                        "Start date: 1 October 2026",
                        "Signature: ______________________   Date: __________"])]),

    M(kind="offer", slug="hartley_moss_client_wants_offer", lang="en",
      company="Torquay Bay Rehab", contact="gareth@hartleymoss.example.co.uk",
      frm=("Gareth Lillicrap", "gareth@hartleymoss.example.co.uk"),
      subject="Torquay Bay Rehab - good news!",
      date="2026-09-18 16:20 +0100", parent="hartley_moss_client_call_missed",
      text="""Oksana,

Brilliant news - Torquay Bay Rehab want to make you an offer after Tuesday's practical!

Headline terms: Rehabilitation Assistant, 37.5 hours, \u00a325,500, Monday to Friday, start
date flexible around your notice. Dan is drawing up the paperwork and will send it to me on
Monday; I'll forward it straight on.

Can we speak tonight or tomorrow morning so I can tell him you're happy in principle?

Congratulations - you've earned this one.

Gareth
07700 900 552"""),

    M(kind="offer", slug="plym_bridge_ashby_offer", lang="en",
      company="Plym Bridge Neuro Rehab", contact="nia.okonjo@plymbridgeneuro.example.co.uk",
      frm=("Plym Bridge Neuro Rehab", "no-reply@ashbyhq.com"),
      reply_to=("Dr Nia Okonjo", "nia.okonjo@plymbridgeneuro.example.co.uk"),
      subject="Your offer from Plym Bridge Neuro Rehab",
      date="2026-07-29 15:00 +0100", text=_O5_TEXT,
      html=ats_card("Plym Bridge Neuro Rehab", "#4a4e69", paras(_O5_TEXT), "Powered by Ashby")),

    M(kind="offer", slug="carrick_fal_conditional_offer", lang="en",
      company="Carrick & Fal Council", contact="morwenna.hocking@carrickfal-council.example.uk",
      frm=("Morwenna Hocking", "morwenna.hocking@carrickfal-council.example.uk"),
      subject="Conditional offer \u2013 Occupational Therapy Assistant (2026-1187)",
      date="2026-10-09 14:20 +0100", parent="carrick_fal_time_and_venue_change",
      html=_O6_HTML, charset="windows-1252", cte="quoted-printable"),

    # ---------------------------------------------------------------- French (1)
    M(kind="offer", slug="abers_promesse_embauche", lang="fr",
      company="Clinique des Abers", contact="g.lebihan@clinique-abers.example.fr",
      frm=("Gwenaëlle Le Bihan", "g.lebihan@clinique-abers.example.fr"),
      name_enc=("utf-8", "B"),
      subject="Promesse d'embauche : aide-ergothérapeute",
      subject_enc=("iso-8859-1", "B"),
      date="2026-04-24 11:00 +0200", parent="abers_annulation_cancel_ics",
      text=_O7_TEXT, html=paras(_O7_TEXT), charset="iso-8859-1", cte="quoted-printable",
      attachments=[pdf("Promesse_embauche_Fairweather-Ruiz.pdf", "Promesse d'embauche",
                       ["Clinique des Abers, 29870 Landéda",
                        "Poste : aide-ergothérapeute, CDI, 80 %",
                        "Date d'entrée : 1er juillet 2026",
                        "Rémunération brute mensuelle : 1 690 euros (base 80 %)",
                        "Période d'essai : 2 mois",
                        "Bon pour accord, signature :"])]),

    # ---------------------------------------------------------------- German (2)
    M(kind="offer", slug="weserhilfe_vertragsangebot", lang="de",
      company="Weserhilfe", contact="k.hollmann@weserhilfe.example.de",
      frm=("Kirsten Hollmann", "k.hollmann@weserhilfe.example.de"),
      subject="Ihr Arbeitsvertrag \u2013 Assistenz Ergotherapie Tagesförderstätte Walle",
      subject_enc=("utf-8", "B"),
      date="2026-09-30 12:15 +0200", text=_O8_TEXT, cte="base64",
      attachments=[pdf("Arbeitsvertrag_Fairweather-Ruiz.pdf", "Arbeitsvertrag",
                       ["Weserhilfe e.V., Bremen",
                        "Arbeitnehmerin: Oksana Fairweather-Ruiz",
                        "Tätigkeit: Assistenz Ergotherapie, Tagesförderstätte Walle",
                        "Arbeitszeit: 30 Stunden pro Woche",
                        "Beginn: 1. Dezember 2026",
                        "Unterschrift Arbeitnehmerin: ____________________"])]),

    M(kind="offer", slug="schwachhausen_muendliche_zusage", lang="de",
      company="Seniorenresidenz Schwachhausen",
      contact="m.tietjen@residenz-schwachhausen.example.de",
      frm=("Maren Tietjen", "m.tietjen@residenz-schwachhausen.example.de"),
      subject="Wie telefonisch besprochen: Ihre Zusage",
      date="2026-10-12 17:40 +0200", charset="windows-1252", cte="quoted-printable",
      text="""Liebe Frau Fairweather-Ruiz,

wie heute Nachmittag am Telefon besprochen, möchten wir Ihnen die Stelle als
Alltagsbegleiterin mit Schwerpunkt Ergotherapie in unserer Residenz anbieten \u2013 wir haben
uns sehr über Ihr \u201eJa\u201c gefreut!

Die Eckdaten zur Bestätigung: 35 Stunden/Woche, Eingruppierung nach Haustarif Stufe 4,
Start am 4. Januar 2027. Der schriftliche Vertrag kommt in den nächsten Tagen per Post.

Herzliche Grüße aus Schwachhausen
Maren Tietjen
Einrichtungsleitung
Seniorenresidenz Schwachhausen | Parkallee 140 | 28209 Bremen | 0421 496 6120"""),

    # ---------------------------------------------------------------- Spanish (1)
    M(kind="offer", slug="costa_pas_oferta", lang="es",
      company="Hospital Costa Pas", contact="nerea.gomez@hospitalcostapas.example.es",
      frm=("Nerea Gómez Setién", "nerea.gomez@hospitalcostapas.example.es"),
      name_enc=("iso-8859-1", "Q"),
      subject="Oferta de empleo \u2013 Auxiliar de Terapia Ocupacional",
      date="2026-07-01 10:00 +0200", parent="costa_pas_cambio_hora",
      text=_O10_TEXT, html=paras(_O10_TEXT), charset="iso-8859-1", cte="quoted-printable",
      attachments=[pdf("Carta_oferta_HCP-2026-338.pdf", "Carta de oferta",
                       ["Hospital Costa Pas, Santander",
                        "Puesto: Auxiliar de Terapia Ocupacional",
                        "Contrato: indefinido, jornada completa",
                        "Salario bruto anual: 21.400 euros (14 pagas)",
                        "Incorporación: 1 de septiembre de 2026",
                        "Firma de aceptación:"])]),
]

MESSAGES = [*_RECEIVED, *_OFFERS]
