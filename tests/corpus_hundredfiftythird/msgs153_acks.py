"""Application acknowledgements (21) and offers (10) of the 153rd corpus, each written by hand."""

from __future__ import annotations

from msgs153_common import (
    ME,
    ats_card,
    msg,
    paras,
    plain_html,
    quote,
    word_html,
    wrote,
)

ACK = "application_received"
OFF = "offer"

# ------------------------------------------------------------------ acknowledgements, English

_clydemuir_ack = """Dear Morag Sinclair-Obi

Thank you for submitting your application for the post of Records Manager (Band 7),
reference CLY-26-0093.

Your application has been received and will be passed to the recruiting manager after the
closing date of 16 January 2026. You can track the progress of your application at any time
by logging in to your account.

If you are shortlisted, you will be contacted by email with details of the interview.

NHS Clydemuir Recruitment
Please do not reply to this message.
"""

_forthbridge_ack = """Hi Morag,

Thanks for applying to Forthbridge Bank!

We've received your application for Data Quality & Governance Lead (Req. FB-4471) and our
Talent Acquisition team will now review it. We aim to let every applicant know where they stand
within three weeks.

In the meantime, you can view or withdraw your application from your candidate home.

Forthbridge Bank Careers
"""

_lothianvale_ack = """Dear Morag,

Thank you for applying for Information Governance Officer (Records Management), reference
LVC-04417.

This is to confirm that we have received your application. The closing date for this post is
Sunday 8 March 2026, and shortlisting will take place shortly afterwards.

Unfortunately we cannot reply to every applicant individually about the progress of their
application. You can check the status of your application at any time in your Workday
candidate account.

Thank you for your interest in working for Lothianvale Council.

Recruitment Team
Lothianvale Council
"""

_grachtenbank_ack = """Hi Morag,

Thank you for your application for the Records & Information Governance Officer position at
Grachtenbank. We're excited that you'd like to join us in Amsterdam.

Our team is reviewing applications now and we'll be in touch about next steps. This usually
takes one to two weeks.

Warm regards,
The Grachtenbank Talent Team
"""

_harlow_reg_text = """Hello Morag,

Thank you for registering with Harlow & Finch Recruitment.

Your profile has been created and your CV (Morag_Sinclair-Obi_CV_2026.pdf) has been uploaded
successfully. One of our Information & Data consultants will review your details and contact
you if we have a suitable role.

You can update your preferences, availability and CV at any time in your candidate portal.

Harlow & Finch Recruitment
42 Clerkenwell Lane, London EC1R 0AB
You are receiving this email because you created an account on harlowfinch.example.co.uk.
"""

_tayside_reg = """Hi Morag,

Great to speak to you this afternoon. As promised, I've set you up on our system, and I can
confirm we've received your CV and the short note on your Records Management Plan work.

I'll be in touch as soon as I've spoken to the two clients I mentioned. In the meantime, if
anything changes on your side (notice period, locations), just drop me a line.

Kind regards,

Neil Ogilvie
Principal Consultant
Tayside Talent Partners
Seagate House, Dundee DD1 2HR | 01382 496 455
"""

_canongate_ack = """Dear Morag Sinclair-Obi,

Thank you for applying for the post of Records and Research Data Manager
(Ref. CU-LIB-0126) at Canongate University.

We have successfully received your application. The selection panel will assess all
applications after the closing date, 20 February 2026.

Please note that this mailbox is not monitored.

Human Resources
Canongate University
"""

_kelpie_ack = """Hi Morag,

Thanks for applying to Kelpie Data Co-operative for the Information Governance Practitioner
role! We've got your application and everyone in the co-op gets to read it, which is why it
can take us a little while to reply.

We'll be in touch either way within two weeks.

The Kelpie crew
"""

_lomond_ack = """Hi Morag,

Thank you for your application for Data Governance Associate at Lomond Data Consulting.

We've received your CV and cover letter and will review them carefully. If your profile
matches what we're looking for, we'll get in touch to arrange a first conversation.

Best wishes,
Lomond Data Consulting
"""

_caledonian_ack = """Dear Morag,

Just a quick note to say we've received your CV and covering letter for the Library Data and
Systems Manager post. Thank you for sending them in good time.

The panel meets on 28 September to shortlist, and I'll write to everyone after that.

Best regards,

Hamish Dalgleish
Business Manager
Caledonian Libraries Partnership
0131 496 0433
"""

_liffeyside_ack = """Dear Morag,

Thank you for your application for the position of Information Governance Officer with
Liffeyside Credit Union.

We confirm receipt of your application. Due to the high number of applications we receive,
unfortunately we cannot reply to every applicant individually. Shortlisted candidates will be
contacted directly by a member of our HR team.

We appreciate your interest in Liffeyside.

Liffeyside Credit Union
HR Department
"""

_ashdown_ack_html = ats_card(
    "Ashdown Capital", "#0b2545", "We've received your application",
    paras("""Dear Morag,

Thank you for applying for the Information Governance Manager role in our London office.

Your application has been submitted and is now with our Talent team. We review every
application carefully and will contact you about next steps.

Kind regards,
Ashdown Capital Talent Team"""),
    "This email was sent by SmartRecruiters on behalf of Ashdown Capital.")

# ------------------------------------------------------------------ acknowledgements, German

_spreewerk_ack = """Liebe Frau Sinclair-Obi,

vielen Dank für Ihre Bewerbung als Referentin Informationsmanagement bei der Spreewerk
Versicherung. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sichten alle Bewerbungen sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Spreewerk Versicherung

Diese Nachricht wurde automatisch versendet.
"""

_hansa_ack = """Sehr geehrte Frau Sinclair-Obi,

herzlichen Dank für Ihr Interesse an der Position "Referent*in Records Management".

Hiermit bestätigen wir den Eingang Ihrer Bewerbung. Wir prüfen Ihre Unterlagen und kommen in
Kürze auf Sie zu.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Hansa Archivdienste - Personal
"""

_havelstein_ack = """Hallo Frau Sinclair-Obi,

vielen Dank für Ihre Unterlagen, die ich heute erhalten habe, und für das offene Telefonat
gestern.

Ich habe Ihr Profil in unsere Datenbank aufgenommen. In den kommenden Tagen spreche ich mit
zwei Mandanten aus dem Finanzbereich, für die Sie aus meiner Sicht interessant sein könnten,
und melde mich dann wieder.

Beste Grüße
Tobias Brandt
Senior Berater | Personalberatung Havelstein
Kurfürstendamm 61, 10707 Berlin
"""

# ------------------------------------------------------------------ acknowledgements, French

_rhone_ack = """Madame,

Nous accusons réception de votre candidature pour le poste de Responsable de la gouvernance
des données (réf. BRP-2026-117) et vous en remercions.

Votre dossier sera étudié avec la plus grande attention. Nous reviendrons vers vous dans les
meilleurs délais.

Banque Rhône-Privée – Ressources humaines

Ceci est un message automatique, merci de ne pas y répondre.
"""

_leman_ack_html = ats_card(
    "Fondation Léman pour les Archives", "#5b7065", "Merci pour votre candidature !",
    paras("""Bonjour Morag,

Nous avons bien reçu votre candidature au poste d'Archiviste records manager.

Notre équipe va l'examiner dans les prochains jours. Vous serez informée par courriel de la
suite donnée à votre dossier.

Belle journée,
L'équipe RH de la Fondation Léman"""),
    "Envoyé par Teamtailor", lang="fr")

_dufour_ack = """Bonjour Madame Sinclair-Obi,

Je vous remercie pour l'envoi de votre CV et de votre lettre, que j'ai bien reçus.

Votre parcours de bibliothécaire orientée vers la gouvernance de l'information est assez rare
sur le marché genevois et je pense pouvoir le valoriser auprès de plusieurs clients. Je vous
ai inscrite dans notre base de candidats ; je reviens vers vous dès qu'une mission correspond.

Bien cordialement,

Julien Favre
Consultant senior
Cabinet Dufour Talents
Rue du Rhône 64, 1204 Genève
"""

# ------------------------------------------------------------------ acknowledgements, Spanish

_retiro_ack = """Hola, Morag:

Hemos recibido tu candidatura para el puesto de Técnica de Archivo y Gestión Documental.

Gracias por tu interés en la Fundación Archivo Retiro. El equipo de selección revisará todas
las candidaturas tras el cierre de la convocatoria, el 30 de junio.

Un saludo,
Fundación Archivo Retiro
"""

_manzanares_ack = """Hola, Morag:

Confirmamos que hemos recibido tu candidatura para la posición de Analista de Gobierno del
Dato.

Debido al elevado número de candidaturas, lamentablemente no podemos responder de forma
individual a cada persona. Si tu perfil encaja con lo que buscamos, nuestro equipo de Talento
se pondrá en contacto contigo.

Gracias por pensar en Banco Manzanares.
"""

_prado_ack = """¡Hola, Morag!

Gracias por mandarme tu CV. Ya lo tengo y te he dado de alta en nuestra base de datos con las
preferencias que hablamos: Madrid, gobierno del dato o gestión documental, sector financiero o
fundaciones.

Esta semana te cuento si encaja en alguno de los procesos abiertos.

Marta Iglesias
Consultora | Talento Prado
+34 600 555 712
"""

# ------------------------------------------------------------------ offers

_clydemuir_offer = """Dear Morag,

Records Manager (Band 7), CLY-26-0093

Following your interview on Friday 6 February, I am delighted to offer you the post of Records
Manager with NHS Clydemuir, subject to satisfactory pre-employment checks (references,
occupational health clearance and PVG membership).

Your starting salary will be 47,800 GBP per annum (Band 7, point 1), and the post is based at
Clydemuir House, Glasgow, with hybrid working. Your conditional offer letter is attached, which
sets out the terms in full.

Please confirm by reply within five working days whether you wish to accept this offer, and
let me know your notice period so we can agree a start date.

Congratulations, the panel was very impressed.

Kind regards,
Morven Shaw
Recruitment Officer, NHS Clydemuir
"""

_quaystone_offer = """Morag!!

I've just come off the phone with Hannah Osei and the client wants to make you an offer for
the Information Governance Consultant role!

Headline terms: 62,000 GBP base, 10% bonus target, hybrid (two days a week in Moorgate),
25 days' holiday plus bank holidays. They'd like you to start on 1 September if your notice
allows.

I'll give you a call in the next hour to talk it through properly. Formal paperwork will come
from Quaystone's HR once you've said yes in principle.

Congratulations, you absolutely smashed Thursday.

Priya
"""

_grachtenbank_verbal = """Hi Morag,

Following your call with Pieter this afternoon, I'm very happy to confirm our verbal offer for
the position of Records & Information Governance Officer at Grachtenbank.

To summarise what Pieter discussed with you:
- Salary: EUR 5,150 gross per month, plus 8% holiday allowance
- 36-hour week, with up to two days working from home
- Start date: 1 October 2026 (we can be flexible by a few weeks)
- Relocation support: one month's temporary housing in Amsterdam and help with the 30% ruling
  application

Once you let us know you'd like to accept, I'll send the employment agreement for signature.

Congratulations!
Lotte
"""

_grachtenbank_contract = """Hi Morag,

Great to hear you're joining us!

As promised, please find attached your employment agreement for the position of Records &
Information Governance Officer. Could you review it, sign it, and return it to me by Friday
11 September? You can sign electronically or print, sign and scan it, whatever is easiest.

I've also attached our relocation policy so you have it in one place.

If anything in the contract is unclear, just give me a call.

Best,
Lotte Bakker
Recruiter, Grachtenbank
+31 20 555 0184
"""

_kelpie_offer = """Hi Morag,

We had our members' meeting last night and the vote was unanimous: we'd love you to join
Kelpie as an Information Governance Practitioner.

The attached letter has the details, but in short: 41,000 GBP, four-day week option, a
member's share after your probation, and a training budget of 1,500 GBP a year (Beth is
already plotting which ISO course to send you on).

Have a think and let me know. Happy to chat any time this week.

Euan
"""

_stgiles_offer = """Dear Morag,

Further to your meetings with Fenella Grant and me, I am very pleased to offer you the position
of Head of Records and Information at St Giles Wealth.

The enclosed letter sets out the principal terms, including a base salary of 78,000 GBP,
participation in the firm's discretionary bonus scheme and a proposed start date of Monday
4 January 2027. A full contract of employment will follow on your acceptance.

Alasdair Kinnear is aware of this offer and will also be in touch.

I very much hope you will accept and look forward to working with you.

Yours sincerely,

Andrew Pringle
Chief Operating Officer
St Giles Wealth
6 Charlotte Square, Edinburgh EH2 4DR
"""

_museum_offer = """Sehr geehrte Frau Sinclair-Obi,

vielen Dank noch einmal für Ihren Einsatz beim Probearbeitstag am 2. April. Das Team war
begeistert.

Ich freue mich sehr, Ihnen die Stelle als Sachbearbeiterin Schriftgutverwaltung (E10 TV-L) im
Museumsverbund Charlottenburg anbieten zu können. Beginn wäre der 1. Juni 2026.

Im Anhang finden Sie den Entwurf des Arbeitsvertrags und eine Übersicht der wichtigsten
Konditionen. Bitte teilen Sie mir bis zum 24. April mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen

Karoline Brenner
Leitung Verwaltung
Museumsverbund Charlottenburg
Schloßstraße 1a, 14059 Berlin
"""

_spreebogen_offer = """Liebe Frau Sinclair-Obi,

wie gestern am Telefon besprochen, übersende ich Ihnen anbei Ihren Arbeitsvertrag als
Referentin für Datenschutz und Informationsmanagement in zweifacher Ausfertigung.

Bitte unterschreiben Sie beide Exemplare und schicken Sie uns eines bis zum 30. Oktober
zurück, gern auch vorab als Scan. Das zweite Exemplar ist für Ihre Unterlagen.

Wir freuen uns sehr, dass Sie zu uns kommen!

Herzliche Grüße

Petra Lindner
Personal und Organisation
Kulturstiftung Spreebogen
Alt-Moabit 101, 10559 Berlin
Tel. +49 30 5557 6612
"""

_igdp_offer = """Madame Sinclair-Obi,

À la suite de vos entretiens des 7 et 14 octobre, j'ai le plaisir de vous proposer le poste de
Records manager au sein de l'Institut genevois des données publiques.

Vous trouverez en pièce jointe notre lettre d'offre, qui précise les conditions : entrée en
fonction le 1er janvier 2027, taux d'activité de 90 %, salaire annuel brut de 118 000 CHF.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici au 30 octobre.

Dans l'attente de vous accueillir, je vous prie d'agréer, Madame, mes salutations
distinguées.

Béatrice Aubert
Secrétaire générale
Institut genevois des données publiques
Rue de l'Hôtel-de-Ville 2, 1204 Genève
"""

_retiro_offer = """Hola, Morag:

¡Buenas noticias! Después de la entrevista del viernes, Paloma y yo lo tenemos claro: nos
encantaría que te unieras a la Fundación Archivo Retiro como Técnica de Archivo y Gestión
Documental.

Te adjunto la propuesta con las condiciones: contrato indefinido, 34.000 euros brutos anuales
en 14 pagas, jornada intensiva en agosto y teletrabajo dos días por semana. La incorporación
sería el 1 de octubre.

Piénsatelo con calma y dime algo antes del 31 de julio. Si quieres, hablamos por teléfono para
resolver cualquier duda.

Un abrazo,
Andrés

Andrés Molina
Responsable de Personas
Fundación Archivo Retiro
"""

MESSAGES = [
    # acknowledgements ---------------------------------------------------------
    msg(ACK, "clydemuir_taleo_received", "en", "NHS Clydemuir", "",
        frm=("NHS Clydemuir Recruitment", "no-reply@taleo.net"),
        subject="Application received - Records Manager (CLY-26-0093)",
        date="2026-01-12T21:47:00+00:00",
        text=_clydemuir_ack,
        headers=[("Auto-Submitted", "auto-generated")],
        id="cm_ack"),
    msg(ACK, "forthbridge_workday_received", "en", "Forthbridge Bank", "",
        frm=("Forthbridge Bank Careers", "forthbridge@myworkday.com"),
        subject="Thank you for applying to Forthbridge Bank",
        date="2026-02-02T19:03:00+00:00",
        text=_forthbridge_ack,
        html=ats_card("Forthbridge Bank", "#003b5c", "Application received",
                      paras(_forthbridge_ack)),
        id="fb_ack"),
    msg(ACK, "lothianvale_cannot_reply_individually", "en", "Lothianvale Council", "",
        frm=("Lothianvale Council", "lothianvale@myworkday.com"),
        subject="Application received: Information Governance Officer (LVC-04417)",
        date="2026-03-02T22:11:00+00:00",
        text=_lothianvale_ack,
        headers=[("Auto-Submitted", "auto-generated")],
        id="lvc_ack"),
    msg(ACK, "grachtenbank_greenhouse_received", "en", "Grachtenbank", "",
        frm=("Grachtenbank", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Grachtenbank",
        date="2026-08-03T08:32:00+02:00",
        text=_grachtenbank_ack,
        html=ats_card("Grachtenbank", "#14505c", "Thanks for applying",
                      paras(_grachtenbank_ack)),
        id="gb_ack"),
    msg(ACK, "harlow_registration_confirmed", "en", "Harlow & Finch Recruitment", "",
        frm=("Harlow & Finch Recruitment", "registrations@harlowfinch.example.co.uk"),
        subject="Welcome to Harlow & Finch - your registration is complete",
        date="2026-01-06T10:15:00+00:00",
        text=_harlow_reg_text,
        html=ats_card("Harlow & Finch Recruitment", "#222f3e", "Registration complete",
                      paras(_harlow_reg_text)),
        headers=[("Auto-Submitted", "auto-generated")]),
    msg(ACK, "tayside_registered_cv_received", "en", "Tayside Talent Partners",
        "neil.ogilvie@taysidetalent.example.co.uk",
        frm=("Neil Ogilvie", "neil.ogilvie@taysidetalent.example.co.uk"),
        subject="Good to speak today - you're registered",
        date="2026-02-10T16:55:00+00:00",
        text=_tayside_reg),
    msg(ACK, "canongate_portal_received_html_only", "en", "Canongate University", "",
        frm=("Canongate University Jobs", "noreply@canongate-uni.example.ac.uk"),
        subject="Canongate University: application received (CU-LIB-0126)",
        date="2026-02-15T12:40:00+00:00",
        html=plain_html(paras(_canongate_ack)), cte="quoted-printable"),
    msg(ACK, "kelpie_bamboohr_received", "en", "Kelpie Data Co-operative", "",
        frm=("Kelpie Data Co-operative", "notifications@bamboohr.com"),
        subject="We've got your application!",
        date="2026-05-11T09:08:00+01:00",
        text=_kelpie_ack),
    msg(ACK, "lomond_teamtailor_received", "en", "Lomond Data Consulting", "",
        frm=("Lomond Data Consulting", "no-reply@teamtailor-mail.com"),
        subject="Thanks for your application, Morag",
        date="2026-01-08T13:21:00+00:00",
        text=_lomond_ack,
        html=ats_card("Lomond Data Consulting", "#264653", "Application received",
                      paras(_lomond_ack))),
    msg(ACK, "caledonian_human_cv_received", "en", "Caledonian Libraries Partnership",
        "hamish.dalgleish@caledonianlibraries.example.org.uk",
        frm=("Hamish Dalgleish", "hamish.dalgleish@caledonianlibraries.example.org.uk"),
        subject="Re: Application - Library Data and Systems Manager",
        date="2026-09-17T09:46:00+01:00",
        text=_caledonian_ack,
        refs=["<cand-0916-clp@example.co.uk>"]),
    msg(ACK, "liffeyside_cannot_reply_to_all", "en", "Liffeyside Credit Union", "",
        frm=("Liffeyside Credit Union HR", "hr-noreply@liffeyside.example.ie"),
        subject="Your application - Information Governance Officer",
        date="2026-08-04T15:30:00+01:00",
        text=_liffeyside_ack, charset="iso-8859-1",
        headers=[("Auto-Submitted", "auto-replied")]),
    msg(ACK, "ashdown_smartrecruiters_base64", "en", "Ashdown Capital", "",
        frm=("Ashdown Capital", "noreply@smartrecruiters.com"),
        subject="Application submitted: Information Governance Manager",
        date="2026-01-27T20:10:00+00:00",
        html=_ashdown_ack_html, cte="base64"),
    msg(ACK, "spreewerk_personio_eingang", "de", "Spreewerk Versicherung", "",
        frm=("Spreewerk Versicherung", "noreply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        subj_enc=("utf-8", "B"),
        date="2026-04-08T07:58:00+02:00",
        text=_spreewerk_ack,
        html=ats_card("Spreewerk Versicherung", "#00457c", "Vielen Dank für Ihre Bewerbung",
                      paras(_spreewerk_ack), lang="de"),
        id="sw_ack"),
    msg(ACK, "hansa_softgarden_eingang", "de", "Hansa Archivdienste", "",
        frm=("Hansa Archivdienste", "noreply@softgarden.io"),
        subject="Ihre Bewerbung ist eingegangen",
        date="2026-08-27T18:20:00+02:00",
        text=_hansa_ack, charset="iso-8859-1", cte="8bit"),
    msg(ACK, "havelstein_unterlagen_erhalten", "de", "Personalberatung Havelstein",
        "t.brandt@havelstein.example.de",
        frm=("Tobias Brandt", "t.brandt@havelstein.example.de"),
        subject="Ihre Unterlagen",
        date="2026-06-19T12:48:00+02:00",
        text=_havelstein_ack,
        html=word_html(paras(_havelstein_ack, "MsoNormal"), lang="DE")),
    msg(ACK, "rhone_successfactors_accuse", "fr", "Banque Rhône-Privée", "",
        frm=("Banque Rhône-Privée", "noreply@successfactors.eu", ("iso-8859-1", "Q")),
        subject="Accusé de réception – BRP-2026-117",
        subj_enc=("utf-8", "Q"),
        date="2026-05-04T06:12:00+02:00",
        text=_rhone_ack, charset="windows-1252", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        id="rp_ack"),
    msg(ACK, "leman_teamtailor_bien_recue", "fr", "Fondation Léman pour les Archives", "",
        frm=("Fondation Léman pour les Archives", "no-reply@teamtailor-mail.com"),
        subject="Merci pour votre candidature, Morag !",
        date="2026-03-25T19:44:00+01:00",
        html=_leman_ack_html),
    msg(ACK, "dufour_cv_bien_recu", "fr", "Cabinet Dufour Talents",
        "j.favre@dufour-talents.example.ch",
        frm=("Julien Favre", "j.favre@dufour-talents.example.ch"),
        subject="Votre candidature spontanée",
        date="2026-05-26T08:50:00+02:00",
        text=_dufour_ack),
    msg(ACK, "retiro_recruitee_recibida", "es", "Fundación Archivo Retiro", "",
        frm=("Fundación Archivo Retiro", "no-reply@jobs.recruitee.com", ("iso-8859-1", "B")),
        subject="Hemos recibido tu candidatura",
        date="2026-06-22T22:03:00+02:00",
        text=_retiro_ack,
        html=ats_card("Fundación Archivo Retiro", "#6d4c41", "Candidatura recibida",
                      paras(_retiro_ack), lang="es"),
        id="far_ack"),
    msg(ACK, "manzanares_no_podemos_responder", "es", "Banco Manzanares", "",
        frm=("Banco Manzanares", "noreply@smartrecruiters.com"),
        subject="Candidatura recibida – Analista de Gobierno del Dato",
        subj_enc=("utf-8", "Q"),
        date="2026-02-18T16:16:00+01:00",
        text=_manzanares_ack, cte="base64"),
    msg(ACK, "prado_alta_en_base", "es", "Talento Prado",
        "marta.iglesias@talentoprado.example.es",
        frm=("Marta Iglesias", "marta.iglesias@talentoprado.example.es"),
        subject="Tu CV",
        date="2026-09-28T13:02:00+02:00",
        text=_prado_ack),
    # offers ---------------------------------------------------------------------
    msg(OFF, "clydemuir_conditional_offer_pdf", "en", "NHS Clydemuir",
        "morven.shaw@nhs-clydemuir.example.scot",
        frm=("Morven Shaw", "morven.shaw@nhs-clydemuir.example.scot"),
        subject="Conditional offer of employment - Records Manager (CLY-26-0093)",
        date="2026-02-18T14:26:00+00:00",
        text=_clydemuir_offer,
        pdf=[("Conditional_Offer_CLY-26-0093.pdf", "NHS Clydemuir - Conditional Offer",
              ["Dear Ms Sinclair-Obi,",
               "Post: Records Manager (Band 7), eHealth and Information Governance",
               "Salary: 47,800 GBP per annum (Band 7, point 1)",
               "Hours: 37.5 per week, hybrid working",
               "This offer is conditional on references, occupational health",
               "clearance and PVG scheme membership.",
               "Morven Shaw, Recruitment Officer"])],
        reply="cm_move"),
    msg(OFF, "harlow_client_wants_to_offer", "en", "Quaystone Advisory",
        "priya.malhotra@harlowfinch.example.co.uk",
        frm=("Priya Malhotra", "priya.malhotra@harlowfinch.example.co.uk"),
        subject="OFFER - Quaystone!",
        date="2026-06-22T13:14:00+01:00",
        text=_quaystone_offer, reply="hq_move"),
    msg(OFF, "grachtenbank_verbal_offer_followup", "en", "Grachtenbank",
        "lotte.bakker@grachtenbank.example.nl",
        frm=("Lotte Bakker", "lotte.bakker@grachtenbank.example.nl"),
        subject="Your offer from Grachtenbank",
        date="2026-09-01T17:48:00+02:00",
        text=_grachtenbank_verbal,
        html=plain_html(paras(_grachtenbank_verbal)),
        id="gb_offer"),
    msg(OFF, "grachtenbank_contract_for_signature", "en", "Grachtenbank",
        "lotte.bakker@grachtenbank.example.nl",
        frm=("Lotte Bakker", "lotte.bakker@grachtenbank.example.nl"),
        subject="Re: Your offer from Grachtenbank - employment agreement for signature",
        date="2026-09-04T11:20:00+02:00",
        text=_grachtenbank_contract + "\n" + wrote(
            "en", "Wed, 2 Sep 2026 at 08:15", "Morag Sinclair-Obi", ME[1]) + "\n" + quote(
            "Dear Lotte,\n\nThank you so much, and please thank Pieter too. I'm delighted to\n"
            "accept the offer. Please do send the agreement through.\n\nBest wishes,\nMorag"),
        pdf=[("Employment_Agreement_M_Sinclair-Obi.pdf", "Grachtenbank - Employment Agreement",
              ["Parties: Grachtenbank and Morag Sinclair-Obi",
               "Position: Records & Information Governance Officer",
               "Commencement: 1 October 2026",
               "Salary: EUR 5,150 gross per month plus 8% holiday allowance",
               "Signature: ______________________   Date: __________"]),
             ("Relocation_Policy_2026.pdf", "Grachtenbank - Relocation Policy",
              ["Temporary housing: up to one month", "30% ruling: HR will file the request"])],
        refs=["gb_offer", "<cand-0902-grachtenbank@example.co.uk>"]),
    msg(OFF, "kelpie_members_vote_offer", "en", "Kelpie Data Co-operative",
        "euan@kelpiedata.example.coop",
        frm=("Euan Baxter", "euan@kelpiedata.example.coop"),
        subject="Good news from Trongate",
        date="2026-06-17T09:30:00+01:00",
        text=_kelpie_offer,
        pdf=[("Kelpie_offer_letter.pdf", "Kelpie Data Co-operative - Offer of Employment",
              ["Role: Information Governance Practitioner",
               "Salary: 41,000 GBP (pro rata for a four-day week if chosen)",
               "Membership: share offered after six months' probation",
               "Training budget: 1,500 GBP per year"])]),
    msg(OFF, "st_giles_formal_offer_letter", "en", "St Giles Wealth",
        "andrew.pringle@stgileswealth.example.co.uk",
        frm=("Andrew Pringle", "andrew.pringle@stgileswealth.example.co.uk"),
        cc=[("Alasdair Kinnear", "alasdair@kinnearsearch.example.co.uk")],
        subject="Offer of employment - Head of Records and Information",
        date="2026-10-28T17:05:00+00:00",
        text=_stgiles_offer,
        html=word_html(paras(_stgiles_offer, "MsoNormal")),
        pdf=[("St_Giles_Wealth_Offer_Letter.pdf", "St Giles Wealth - Offer Letter",
              ["Position: Head of Records and Information",
               "Base salary: 78,000 GBP per annum",
               "Bonus: discretionary scheme", "Start date: 4 January 2027"])]),
    msg(OFF, "museumsverbund_stellenangebot_pdf", "de", "Museumsverbund Charlottenburg",
        "k.brenner@museumsverbund-cbg.example.de",
        frm=("Karoline Brenner", "k.brenner@museumsverbund-cbg.example.de"),
        subject="Stellenangebot für die Sachbearbeitung Schriftgutverwaltung",
        subj_enc=("iso-8859-1", "B"),
        date="2026-04-09T10:30:00+02:00",
        text=_museum_offer, charset="iso-8859-1", cte="quoted-printable",
        pdf=[("Arbeitsvertrag_Entwurf.pdf", "Arbeitsvertrag (Entwurf)",
              ["Arbeitgeber: Museumsverbund Charlottenburg",
               "Arbeitnehmerin: Morag Sinclair-Obi",
               "Tätigkeit: Sachbearbeiterin Schriftgutverwaltung, E10 TV-L",
               "Beginn: 1. Juni 2026"]),
             ("Konditionen_Übersicht.pdf", "Konditionen im Überblick",
              ["Entgeltgruppe E10, Stufe 2", "39,4 Stunden pro Woche",
               "30 Tage Urlaub"])]),
    msg(OFF, "spreebogen_vertrag_zur_unterschrift", "de", "Kulturstiftung Spreebogen",
        "p.lindner@spreebogen.example.de",
        frm=("Petra Lindner", "p.lindner@spreebogen.example.de"),
        subject="Ihr Arbeitsvertrag",
        date="2026-10-20T15:12:00+02:00",
        text=_spreebogen_offer,
        pdf=[("Arbeitsvertrag_Sinclair-Obi.pdf", "Arbeitsvertrag",
              ["Kulturstiftung Spreebogen",
               "Referentin für Datenschutz und Informationsmanagement",
               "Beginn: 1. Januar 2027", "Unterschrift Arbeitnehmerin: __________"])]),
    msg(OFF, "igdp_lettre_offre", "fr", "Institut genevois des données publiques",
        "beatrice.aubert@igdp.example.ch",
        frm=("Béatrice Aubert", "beatrice.aubert@igdp.example.ch", ("utf-8", "B")),
        subject="Proposition d'engagement – Records manager",
        subj_enc=("utf-8", "Q"),
        date="2026-10-16T16:40:00+02:00",
        text=_igdp_offer, cte="base64",
        pdf=[("Lettre_offre_IGDP.pdf", "Lettre d'offre",
              ["Poste : Records manager", "Entrée en fonction : 1er janvier 2027",
               "Taux d'activité : 90 %", "Salaire annuel brut : 118 000 CHF"])]),
    msg(OFF, "retiro_propuesta_tras_entrevista", "es", "Fundación Archivo Retiro",
        "andres.molina@archivoretiro.example.es",
        frm=("Andrés Molina", "andres.molina@archivoretiro.example.es"),
        subject="Propuesta de incorporación",
        subj_enc=("utf-8", "B"),
        date="2026-07-21T13:58:00+02:00",
        text=_retiro_offer,
        pdf=[("Propuesta_Fundacion_Archivo_Retiro.pdf", "Propuesta de incorporación",
              ["Puesto: Técnica de Archivo y Gestión Documental",
               "Contrato indefinido", "Salario: 34.000 euros brutos anuales (14 pagas)",
               "Incorporación: 1 de octubre de 2026"])]),
]
