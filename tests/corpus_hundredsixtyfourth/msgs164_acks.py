# ruff: noqa: C408
# (each message spec is written as a dict(...) call on purpose: it reads like a form)
"""Corpus 164: application acknowledgements (21) and offers (10), hand-written."""

from __future__ import annotations

from msgs164_common import (
    ats_card,
    mso,
    outlook_html,
    paras,
    reply,
    simple_html,
)

ACK = "application_received"
OFF = "offer"

# ====================================================================== acknowledgements, English

_hf_ack = """Hi Declan,

Thank you for applying for Health & Safety Advisor (Req R-10442) at Harrowgate Foods. We have received your application and it is now with our talent acquisition team.

You can follow the status of your application at any time by signing in to your candidate home page.

Kind regards,
Harrowgate Foods Talent Acquisition

This is a system-generated message. Please do not reply."""

HF_ACK = dict(
    id="hf_ack", kind=ACK, slug="harrowgate_workday_received", lang="en",
    company="Harrowgate Foods", contact="",
    frm=("Harrowgate Foods", "harrowgatefoods@myworkday.com"),
    subject="We've received your application - Health & Safety Advisor (R-10442)",
    date="2026-02-09 21:14 +0000", headers=[("Auto-Submitted", "auto-generated")],
    text=_hf_ack,
    html=ats_card("Harrowgate Foods Careers", "#7a1f2b", paras(_hf_ack),
                  'Powered by Workday. <a href="https://harrowgatefoods.wd3.myworkdayjobs.'
                  'example.com/careers">Candidate home</a>'),
)

AV_ACK = dict(
    id="av_ack", kind=ACK, slug="council_taleo_cannot_reply_individually", lang="en",
    company="Aire Valley District Council", contact="",
    frm=("Aire Valley District Council", "noreply@taleo.net"),
    subject="Application received: Health and Safety Officer (AVDC-0418)",
    date="2026-01-12 19:47 +0000", headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    text="""Dear Declan Mbeki-Hartley,

Thank you for your application for the post of Health and Safety Officer (Ref AVDC-0418), which we received on 12 January 2026.

The closing date for this vacancy is 23 January 2026. Shortlisting will take place in the week after the closing date.

Unfortunately, due to the high volume of applications we receive, we cannot reply to every applicant individually. If you have not heard from us within three weeks of the closing date, please assume that your application has not been successful on this occasion.

Aire Valley District Council is committed to equality of opportunity and is a Disability Confident employer.

Human Resources Service Centre
Aire Valley District Council

Please do not reply to this email - this mailbox is not monitored.""",
)

_le_ack = """Hi Declan,

Thanks for applying to Lagan Energy Networks!

We've received your application for Health, Safety & Environment Advisor (Belfast) and our recruiting team will review it shortly. If your skills and experience are a good fit, a member of the team will be in touch to discuss next steps.

In the meantime, follow us to learn more about life at Lagan Energy Networks.

Talent Acquisition Team
Lagan Energy Networks"""

LE_ACK = dict(
    id="le_ack", kind=ACK, slug="lagan_energy_smartrecruiters_thanks", lang="en",
    company="Lagan Energy Networks", contact="",
    frm=("Lagan Energy Networks", "no-reply@smartrecruiters.com"),
    subject="Thank you for applying to Lagan Energy Networks",
    date="2026-08-03 22:31 +0100", cte="quoted-printable",
    text=_le_ack,
    html=ats_card("Lagan Energy Networks", "#0b3d91", paras(_le_ack),
                  "Powered by SmartRecruiters."),
)

SS_REG = dict(
    id="ss_reg", kind=ACK, slug="safestaff_agency_registration", lang="en",
    company="SafeStaff Scotland", contact="fraser.mcleod@safestaffscot.example.co.uk",
    frm=("Fraser McLeod", "fraser.mcleod@safestaffscot.example.co.uk"),
    subject="Welcome to SafeStaff Scotland - you're registered",
    date="2026-05-11 12:05 +0100",
    text="""Hi Declan,

Good to speak to you this morning. This is just to confirm you're now registered with SafeStaff Scotland as a candidate for health and safety advisor and coordinator roles across the Central Belt.

I've got your CV, your IOSH Managing Safely certificate and your right-to-work document on file. Nothing more needed from you just now. I'll be in touch as soon as a suitable vacancy comes in - I've already got one or two in mind.

All the best,
Fraser

Fraser McLeod | Recruitment Consultant - SHEQ
SafeStaff Scotland | 140 West George Street, Glasgow G2 2HG | 0141 496 0210

SafeStaff Scotland Ltd is an employment agency and employment business. Registered in Scotland SC612345.""",
)

PT_REG = dict(
    id="pt_reg", kind=ACK, slug="pennine_talent_registration_confirmed", lang="en",
    company="Pennine Talent", contact="callum.haigh@penninetalent.example.co.uk",
    frm=("Callum Haigh", "callum.haigh@penninetalent.example.co.uk"),
    subject="Your registration with Pennine Talent Partners",
    date="2026-01-06 15:22 +0000",
    html=simple_html("""<p>Hi Declan,</p>
<p>Thanks for popping in today. You're all set up on our system now and I've logged your preferences:</p>
<ul><li>Health &amp; Safety Advisor / Coordinator roles</li>
<li>Leeds, Wakefield, York, Harrogate - up to an hour's commute</li>
<li>Permanent, days preferred, salary from &pound;30k</li></ul>
<p>I'll keep an eye out and ring you when something fits. If anything changes, drop me a line.</p>
<p>Cheers,<br>Callum Haigh<br>Senior Consultant - Industrial &amp; SHEQ<br>
Pennine Talent Partners, 12 Park Row, Leeds LS1 5HD</p>"""),
)

KC_ACK = dict(
    id="kc_ack", kind=ACK, slug="kempen_successfactors_received", lang="en",
    company="Kempen Chemicals", contact="",
    frm=("Kempen Chemicals Careers", "noreply@successfactors.eu"),
    subject="Kempen Chemicals - application confirmation (Job Req 20831)",
    date="2026-09-07 08:10 +0200", headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Declan Mbeki-Hartley,

This is to confirm that your application for the position EHS Coordinator (Job Req 20831), Zwijndrecht, Belgium, has been successfully submitted.

Our recruiters will review your profile against the requirements of the position. You will be informed about the next steps by e-mail.

Kind regards,
Kempen Chemicals Talent Acquisition

Please do not respond to this message. It was sent from an automated system.""",
)

SSP_ACK = dict(
    id="ssp_ack", kind=ACK, slug="sheaf_precast_got_your_cv", lang="en",
    company="Sheaf Street Precast", contact="tom.ashworth@sheafprecast.example.co.uk",
    frm=("Tom Ashworth", "tom.ashworth@sheafprecast.example.co.uk"),
    subject="Re: Application - Health & Safety Advisor",
    date="2026-05-27 10:31 +0100", reply_of="ssp_app",
    text=reply(
        """Hi Declan,

Thanks - we've received your CV and covering letter. I've passed them to our Operations Director, who's doing the shortlisting, and I'll let you know either way once she's had a look. Probably a couple of weeks.

Tom
HR Administrator, Sheaf Street Precast""",
        "en", "Tue, 26 May 2026 at 20:40", "Declan Mbeki-Hartley <declan.mh@example.co.uk>",
        """Dear Sir or Madam,

Please find attached my CV and covering letter for the Health & Safety Advisor vacancy advertised on your website. I'd welcome the chance of an interview.

Kind regards,
Declan Mbeki-Hartley"""),
)

MR_ACK = dict(
    id="mr_ack", kind=ACK, slug="minster_rail_lever_thanks_for_applying", lang="en",
    company="Minster Rail Engineering", contact="",
    frm=("Minster Rail Engineering", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Minster Rail Engineering",
    date="2026-03-16 07:58 +0000",
    html=simple_html("""<div style="max-width:560px">
<p>Hi Declan,</p>
<p>Thanks for your interest in the <b>Site Safety Advisor (York)</b> role. We've got your application, and the hiring team will take a look soon.</p>
<p>Because we get lots of applications, it can take up to two weeks for us to get back to you.</p>
<p>All the best,<br>The Minster Rail Engineering team</p>
<hr><p style="font-size:11px;color:#888">Sent via Lever &middot; <a href="https://jobs.lever.co/minsterrail">Jobs at Minster Rail Engineering</a></p>
</div>"""),
)

WW_ACK = dict(
    id="ww_ack", kind=ACK, slug="wansbeck_icims_submission_received", lang="en",
    company="Wansbeck Water", contact="",
    frm=("Wansbeck Water Careers", "wansbeckwater@icims.com"),
    subject="Wansbeck Water - Thank you for your submission",
    date="2026-04-13 18:18 +0100", charset="iso-8859-1", cte="quoted-printable",
    text="""Dear Declan,

Thank you for your interest in the Health & Safety Advisor (Operations) position (Req 26-3318) at Wansbeck Water. Your submission has been received.

The advertised salary range is £33,000 - £37,500 plus benefits. Our recruitment team will review your application and contact you if your qualifications match our needs.

Wansbeck Water Recruitment

Please do not reply to this automated message.""",
)

NC_ACK = dict(
    id="nc_ack", kind=ACK, slug="nhs_clyde_valley_application_submitted", lang="en",
    company="NHS Clyde Valley", contact="",
    frm=("NHS Clyde Valley Recruitment", "noreply@nhsclydevalley.example.scot"),
    subject="Application submitted: CV-26-0147 Health and Safety Advisor",
    date="2026-01-19 23:02 +0000", cte="base64",
    text="""Dear Declan Mbeki-Hartley

Your application for the following post has been submitted successfully:

Job reference: CV-26-0147
Post: Health and Safety Advisor, Band 6
Closing date: 30 January 2026

We will contact you by email about the outcome of shortlisting. Please check your junk folder regularly.

NHS Clyde Valley Recruitment Services

This is an automated message. Replies to this address are not read.""",
)

TH_ACK = dict(
    id="th_ack", kind=ACK, slug="tyneside_hse_cv_received", lang="en",
    company="Tyneside HSE Recruitment", contact="jo.armstrong@tynesidehse.example.co.uk",
    frm=("Jo Armstrong", "jo.armstrong@tynesidehse.example.co.uk"),
    subject="We've received your CV",
    date="2026-04-09 11:40 +0100",
    text="""Hi Declan,

Thanks for sending your CV through in response to our advert for the HSE Advisor role with an infrastructure client in Gateshead. I've received it and added you to our database.

I'll review it properly against the client's brief this week and give you a call to talk it through before anything is submitted on your behalf.

Best,
Jo Armstrong
Principal Consultant, Tyneside HSE Recruitment
0191 496 0550""",
)

CV_ACK = dict(
    id="cv_ack", kind=ACK, slug="calder_vale_greenhouse_received", lang="en",
    company="Calder Vale Construction", contact="",
    frm=("Calder Vale Construction", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Calder Vale Construction",
    date="2026-03-02 20:05 +0000",
    text="""Hi Declan,

Thanks for your interest in Calder Vale Construction! We received your application for the Site Health & Safety Advisor (Sheffield) position.

Our team is reviewing applications and we'll be in touch if your experience is a match for the role.

Regards,
Calder Vale Construction Recruiting

**Please note: this email address is not monitored.**""",
)

# ====================================================================== acknowledgements, German

RH_ACK = dict(
    id="rh_ack", kind=ACK, slug="rheinauen_personio_eingangsbestaetigung", lang="de",
    company="Rheinauen Logistik", contact="",
    frm=("Rheinauen Logistik GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung als Fachkraft für Arbeitssicherheit (m/w/d)",
    date="2026-04-07 20:31 +0200", cte="quoted-printable",
    text="""Hallo Herr Mbeki-Hartley,

vielen Dank für Ihre Bewerbung als Fachkraft für Arbeitssicherheit (m/w/d) am Standort Köln-Niehl. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen bei Ihnen.

Viele Grüße
Ihr Recruiting-Team der Rheinauen Logistik GmbH

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf.""",
)

_spz_ack = (
    "<p>Sehr geehrter Herr Mbeki-Hartley,</p>\n"
    "<p>vielen Dank für Ihre Online-Bewerbung auf die Position <b>Fachkraft für "
    "Arbeitssicherheit (m/w/d) Netzbetrieb</b> (Job-ID 4471). Hiermit bestätigen wir den "
    "Eingang Ihrer Unterlagen.</p>\n"
    "<p>Bitte haben Sie Verständnis dafür, dass wir aufgrund der hohen Zahl an Bewerbungen "
    "leider nicht jede Rückfrage individuell beantworten können. Über den Stand Ihrer "
    "Bewerbung informieren wir Sie, sobald die Vorauswahl abgeschlossen ist.</p>\n"
    "<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Stadtwerke Porz</p>"
)

SPZ_ACK = dict(
    id="spz_ack", kind=ACK, slug="stadtwerke_porz_eingang_nicht_individuell", lang="de",
    company="Stadtwerke Porz", contact="",
    frm=("Stadtwerke Porz Karriere", "noreply@successfactors.eu"),
    subject="Eingangsbestätigung Ihrer Bewerbung (Job-ID 4471)",
    date="2026-03-02 07:31 +0100", headers=[("Auto-Submitted", "auto-generated")],
    cte="base64",
    html=ats_card("Stadtwerke Porz", "#c8102e", _spz_ack,
                  "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.", lang="de"),
)

DB_ACK = dict(
    id="db_ack", kind=ACK, slug="domblick_softgarden_bewerbung_erhalten", lang="de",
    company="Domblick Bau", contact="",
    frm=("Domblick Bau AG", "noreply@softgarden.io"),
    subject="Wir haben Ihre Bewerbung erhalten",
    date="2026-06-15 13:02 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrter Herr Mbeki-Hartley,

herzlichen Dank für Ihr Interesse an der Domblick Bau AG und Ihre Bewerbung als Sicherheitsfachkraft (m/w/d) Hochbau.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns so schnell wie möglich bei Ihnen. Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Personalabteilung Domblick Bau AG

Diese Nachricht wurde über softgarden versendet.""",
)

AP_REG = dict(
    id="ap_reg", kind=ACK, slug="agency_rhein_aufnahme_bestaetigt", lang="de",
    company="Arbeitsschutz Personal Rhein", contact="lena.hoffmann@as-personal-rhein.example.de",
    frm=("Lena Hoffmann", "lena.hoffmann@as-personal-rhein.example.de"),
    subject="Ihre Registrierung bei Arbeitsschutz Personal Rhein",
    date="2026-05-05 14:50 +0200", charset="windows-1252", cte="quoted-printable",
    text="""Hallo Herr Mbeki-Hartley,

schön, dass wir heute telefonieren konnten. Hiermit bestätige ich Ihnen die Aufnahme in unseren Kandidatenpool für Stellen im Arbeitsschutz im Raum Köln/Bonn.

Ihren Lebenslauf und Ihr IOSH-Zertifikat habe ich erhalten. Sobald ich eine passende Position habe, stelle ich Ihnen das Unternehmen vor – Ihre Unterlagen gehen nur mit Ihrem Einverständnis raus.

Viele Grüße
Lena Hoffmann
Personalberaterin Arbeitsschutz & HSE
Arbeitsschutz Personal Rhein GmbH · Hohenzollernring 58 · 50672 Köln""",
)

# ====================================================================== acknowledgements, French

GE_ACK = dict(
    id="ge_ack", kind=ACK, slug="garonne_eaux_accuse_reception", lang="fr",
    company="Garonne Eaux", contact="",
    frm=("Garonne Eaux - Recrutement", "ne-pas-repondre@garonne-eaux.example.fr"),
    subject="Accusé de réception de votre candidature - réf. GE-2026-071",
    date="2026-08-10 09:12 +0200",
    text="""Monsieur,

Nous accusons bonne réception de votre candidature au poste de Préventeur HSE (réf. GE-2026-071) et vous remercions de l'intérêt que vous portez à Garonne Eaux.

Votre dossier va être étudié avec attention par notre Direction des Ressources Humaines et par le responsable du service concerné. Nous reviendrons vers vous dans les meilleurs délais.

La Direction des Ressources Humaines
Garonne Eaux

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
)

_ag_ack = """Bonjour Declan,

Merci pour votre candidature au poste d'Animateur Santé Sécurité Environnement (H/F) - Blagnac.

Nous l'avons bien reçue. Notre équipe recrutement l'examinera dans les prochains jours ; si votre profil correspond, nous vous contacterons pour un premier échange.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

L'équipe Talents
Aéro-Garonne Maintenance"""

AG_ACK = dict(
    id="ag_ack", kind=ACK, slug="aero_garonne_workday_bien_recue", lang="fr",
    company="Aéro-Garonne Maintenance", contact="",
    frm=("Aéro-Garonne Maintenance", "aerogaronne@myworkday.com"),
    name_enc=("iso-8859-1", "Q"),
    subject="Nous avons bien reçu votre candidature",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-05-04 22:40 +0200", cte="quoted-printable",
    text=_ag_ack,
    html=ats_card("Aéro-Garonne Maintenance - Carrières", "#003a70", paras(_ag_ack),
                  "Propulsé par Workday.", lang="fr"),
)

OI_REG = dict(
    id="oi_reg", kind=ACK, slug="agency_occitanie_inscription", lang="fr",
    company="Occitanie Intérim Sécurité", contact="karim.benali@occitanie-interim.example.fr",
    frm=("Karim Benali", "karim.benali@occitanie-interim.example.fr"),
    subject="Votre inscription chez Occitanie Intérim Sécurité",
    date="2026-06-22 11:18 +0200",
    text="""Bonjour Declan,

Suite à notre rendez-vous en agence, je vous confirme votre inscription dans notre fichier de candidats pour les missions QHSE et prévention en Haute-Garonne.

Nous avons bien reçu votre CV, la copie de votre passeport et votre certificat IOSH. Il nous manque seulement votre RIB pour la paie, à envoyer quand vous aurez ouvert votre compte français.

Je vous recontacte dès qu'une mission correspond à votre profil.

Cordialement,
Karim Benali
Chargé de recrutement - Occitanie Intérim Sécurité
45 avenue des États-Unis, 31200 Toulouse""",
)

# ====================================================================== acknowledgements, Spanish

IB_ACK = dict(
    id="ib_ack", kind=ACK, slug="iberbelt_candidatura_recibida", lang="es",
    company="Iberbelt", contact="",
    frm=("Constructora Iberbelt - Empleo", "no-responder@iberbelt.example.es"),
    subject="Hemos recibido tu candidatura",
    date="2026-07-01 18:22 +0200",
    html=simple_html("""<p>Hola Declan:</p>
<p>Gracias por inscribirte en la oferta <b>Técnico/a de Seguridad y Salud - Obra Hospital Belfast (Reino Unido)</b>.</p>
<p>Tu candidatura se ha registrado correctamente. El equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo.</p>
<p>Gracias por tu interés en Constructora Iberbelt.</p>
<p style="font-size:11px;color:#777">Este mensaje se ha generado automáticamente. Por favor, no respondas a esta dirección.</p>""", "es"),
)

TS_ACK = dict(
    id="ts_ack", kind=ACK, slug="headhunter_hemos_recibido_tu_cv", lang="es",
    company="Talento Seguro Selección", contact="marta.quiroga@talentoseguro.example.es",
    frm=("Marta Quiroga", "marta.quiroga@talentoseguro.example.es"),
    subject="Hemos recibido tu CV",
    date="2026-07-27 10:03 +0200",
    text="""Hola Declan:

Te confirmo que hemos recibido tu CV para la posición de técnico de prevención en un operador logístico de Toulouse. Gracias por enviarlo tan rápido.

Lo reviso esta semana con calma y, si encaja con lo que pide el cliente, te llamo para preparar la presentación de tu candidatura.

Un saludo,
Marta Quiroga
Consultora senior · Talento Seguro Selección · +34 915 550 231""",
)

# ====================================================================== offers, English

_cv_offer = """Hi Declan,

Following your panel interview on 20 March, I'm delighted to offer you the position of Site Health & Safety Advisor at Calder Vale Construction, based at our Kelham Riverside project in Sheffield.

The headline terms are:
- Salary: £36,500 per annum
- Car allowance: £4,200 per annum
- 25 days' holiday plus bank holidays
- Start date: Monday 4 May 2026, subject to references and a CSCS card

Your formal offer letter is attached. To accept, please sign and return it by Friday 3 April, or reply to this email with any questions.

Congratulations - the panel were really impressed.

Best,
Priya Lomax
Talent Acquisition Partner, Calder Vale Construction"""

CV_OFFER = dict(
    id="cv_offer", kind=OFF, slug="calder_vale_offer_letter_pdf", lang="en",
    company="Calder Vale Construction", contact="priya.lomax@caldervale.example.co.uk",
    frm=("Priya Lomax via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Lomax", "priya.lomax@caldervale.example.co.uk"),
    subject="Your offer from Calder Vale Construction",
    date="2026-03-27 15:10 +0000", reply_of="cv_upd", cte="quoted-printable",
    text=_cv_offer, html=simple_html(paras(_cv_offer)),
    pdfs=[("Calder_Vale_Offer_Letter_Mbeki-Hartley.pdf", [
        "Calder Vale Construction Ltd - Offer of Employment",
        "Dear Declan Mbeki-Hartley,",
        "We are pleased to offer you the position of Site Health & Safety Advisor.",
        "Salary: GBP 36,500 per annum. Car allowance: GBP 4,200 per annum.",
        "Start date: 4 May 2026. Place of work: Kelham Riverside, Sheffield.",
        "This offer is conditional on satisfactory references and a valid CSCS card.",
        "Signed: Priya Lomax, Talent Acquisition Partner"])],
)

SS_OFFER = dict(
    id="ss_offer", kind=OFF, slug="agency_client_wants_to_offer", lang="en",
    company="Clydeside Water", contact="fraser.mcleod@safestaffscot.example.co.uk",
    frm=("Fraser McLeod", "fraser.mcleod@safestaffscot.example.co.uk"),
    subject="Clydeside Water - OFFER!",
    date="2026-06-04 13:02 +0100", reply_of="ss_move",
    text="""Declan!

Get the kettle on - Clydeside Water have just phoned and the client wants to make you an offer for the Health & Safety Advisor (Networks) role. Eilidh said you were the strongest on the risk-assessment walkthrough by a mile.

What they've put on the table:
- £35,000 basic, rising to £37,000 after a six-month review
- Company van for site visits, 35-hour week, final-salary-style pension
- Start date to suit your notice, ideally early July

Their HR will send the written offer and contract once you verbally accept. Give me a ring when you've had a think - and well done, big man.

Fraser
SafeStaff Scotland | 0141 496 0210""",
)

FF_OFFER = dict(
    id="ff_offer", kind=OFF, slug="fulford_verbal_offer_follow_up", lang="en",
    company="Fulford Freight", contact="dave.cussons@fulfordfreight.example.co.uk",
    frm=("Dave Cussons", "dave.cussons@fulfordfreight.example.co.uk"),
    cc=[("Joanne Pybus", "joanne.pybus@fulfordfreight.example.co.uk")],
    subject="Following our call - SHE Advisor job",
    date="2026-08-05 16:48 +0100", reply_of="ff_cancel",
    text="""Declan,

Good to speak earlier, and as I said on the phone we'd like you to join us as SHE Advisor. Just putting it in writing so you've got it:

- £32,000 a year, Monday to Friday days
- 28 days holiday including bank holidays
- Start Monday 7 September if your notice allows

Joanne (copied) in HR will send the proper offer letter and contract in the next couple of days. If you've any questions in the meantime ring me.

Welcome aboard, hopefully!

Dave Cussons
Transport Manager, Fulford Freight
Naburn Lane, York YO19 4RA | 07700 900719""",
)

LV_CONTRACT = dict(
    id="lv_contract", kind=OFF, slug="belfast_trust_contract_for_signature", lang="en",
    company="Lagan Valley Health and Social Care Trust", contact="ciara.mulholland@laganhsc.example.co.uk",
    frm=("Ciara Mulholland", "ciara.mulholland@laganhsc.example.co.uk"),
    subject="Contract of employment for signature - Health and Safety Adviser (LVHSC-8812)",
    date="2026-09-10 10:45 +0100", reply_of="lv_postpone",
    text="""Dear Declan,

Further to the conditional offer made after your interview on 26 August, and now that your pre-employment checks (references, occupational health and AccessNI) are complete, please find attached your contract of employment for the post of Health and Safety Adviser, Band 6, Agenda for Change.

Please sign page 7, initial each page, and return a scanned copy to me by 18 September. Your start date is confirmed as Monday 5 October 2026 at Knockbracken.

Yours sincerely

Ciara Mulholland
HR Officer - Recruitment
Lagan Valley Health and Social Care Trust
Tel: 028 9049 6530""",
    pdfs=[("LVHSC-8812_Contract_Mbeki-Hartley.pdf", [
        "Lagan Valley Health and Social Care Trust",
        "Statement of Main Terms and Conditions of Employment",
        "Employee: Declan Mbeki-Hartley",
        "Post: Health and Safety Adviser, Band 6, Agenda for Change",
        "Commencement: 5 October 2026. Hours: 37.5 per week.",
        "Signature of employee: ____________________   Date: __________"])],
)

TV_OFFER = dict(
    id="tv_offer", kind=OFF, slug="nhs_trust_conditional_offer_html_only", lang="en",
    company="Tyne Valley NHS Foundation Trust", contact="gemma.laidler@tynevalleynhs.example.uk",
    frm=("Gemma Laidler", "gemma.laidler@tynevalleynhs.example.uk"),
    subject="Conditional offer of employment - Health and Safety Advisor Band 5",
    date="2026-06-29 14:02 +0100", reply_of="tv_rebook",
    html=outlook_html(mso("""Dear Declan

I am very pleased to confirm that, following your interview on 16 June, Fiona Rutherford would like to offer you the post of Health and Safety Advisor (Band 5), Estates and Facilities, at a starting salary of £29,970 per annum (Agenda for Change Band 5, point 1).

This offer is conditional on two satisfactory references, an occupational health clearance and a basic DBS check. I will send the forms for these separately today.

Please let me know by 6 July whether you wish to accept this conditional offer.

Kind regards

Gemma Laidler
Recruitment Coordinator
Tyne Valley NHS Foundation Trust""")),
    cte="quoted-printable",
)

_hfm = """Dear Declan,

Thank you for meeting Sarah and me on Tuesday. I am pleased to offer you the role of Health & Safety Coordinator with Holbeck Facilities Management, working across our client sites in Leeds and Bradford.

Your salary will be £31,250 per annum, with a £1,500 mobile and mileage allowance. The attached letter sets out the full terms – including our “Safe Start” induction programme – and I’d be grateful if you could sign and return it within seven days.

We’re really looking forward to working with you.

Yours sincerely,

Philippa Marsden
Head of Compliance
Holbeck Facilities Management Ltd
Round Foundry, Water Lane, Leeds LS11 5DF – 0113 496 0629"""

HFM_OFFER = dict(
    id="hfm_offer", kind=OFF, slug="holbeck_fm_offer_cp1252_outlook_pdf", lang="en",
    company="Holbeck Facilities Management", contact="philippa.marsden@holbeckfm.example.co.uk",
    frm=("Philippa Marsden", "philippa.marsden@holbeckfm.example.co.uk"),
    subject="Offer of employment – Health & Safety Coordinator",
    subject_enc=("utf-8", "B"),
    date="2026-10-15 11:20 +0100", charset="windows-1252", cte="quoted-printable",
    text=_hfm, html=outlook_html(mso(_hfm)).replace("charset=utf-8", "charset=windows-1252"),
    pdfs=[("HFM_Offer_Letter.pdf", [
        "Holbeck Facilities Management Ltd",
        "Offer of employment: Health & Safety Coordinator",
        "Salary: GBP 31,250 per annum plus GBP 1,500 allowance",
        "Please sign and return within seven days."])],
)

# ====================================================================== offers, other languages

RE_OFFER = dict(
    id="re_offer", kind=OFF, slug="rheinische_entsorgung_vertragsangebot_pdf", lang="de",
    company="Rheinische Entsorgung", contact="t.kessler@rhein-entsorgung.example.de",
    frm=("Tanja Keßler", "t.kessler@rhein-entsorgung.example.de"),
    subject="Ihr Vertragsangebot – Fachkraft Arbeits- und Umweltschutz",
    date="2026-09-30 15:33 +0200", reply_of="re_cancel", cte="quoted-printable",
    text="""Guten Tag Herr Mbeki-Hartley,

nach unserem Einzelgespräch am 22. September freue ich mich sehr, Ihnen im Namen der Geschäftsführung die Stelle als Fachkraft Arbeits- und Umweltschutz Betriebshöfe anbieten zu dürfen.

Die Eckdaten:
– Eintritt zum 1. Dezember 2026
– Vergütung nach TVöD, Entgeltgruppe 9b
– 39-Stunden-Woche, 30 Tage Urlaub
– Ausbildung zur Fachkraft für Arbeitssicherheit wird von uns finanziert

Den Arbeitsvertrag finden Sie im Anhang. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 14. Oktober zurück.

Freundliche Grüße
Tanja Keßler
Personalentwicklung
Rheinische Entsorgung GmbH""",
    pdfs=[("Arbeitsvertrag_Mbeki-Hartley.pdf", [
        "Rheinische Entsorgung GmbH - Arbeitsvertrag",
        "zwischen der Rheinische Entsorgung GmbH und Herrn Declan Mbeki-Hartley",
        "Taetigkeit: Fachkraft Arbeits- und Umweltschutz Betriebshoefe",
        "Beginn: 01.12.2026, Verguetung: TVoeD EG 9b",
        "Unterschrift Arbeitnehmer: ____________________"])],
)

PH_OFFER = dict(
    id="ph_offer", kind=OFF, slug="porzer_holzbau_muendliche_zusage", lang="de",
    company="Porzer Holzbau", contact="jan.grevenbroich@porzer-holzbau.example.de",
    frm=("Jan Grevenbroich", "jan.grevenbroich@porzer-holzbau.example.de"),
    subject="Wie besprochen – wir wollen Sie!",
    date="2026-10-16 18:05 +0200", reply_of="ph_move",
    text="""Hallo Herr Mbeki-Hartley,

wie heute Nachmittag am Telefon schon gesagt: Wir würden Sie gern als Sicherheitsbeauftragten für Zimmerei und Abbundhalle einstellen. Hier noch einmal schriftlich, was wir besprochen haben:

Start 1. Januar 2027, unbefristet, 3.650 € brutto im Monat, Firmenwagen für die Baustellen, Unterstützung beim Sifa-Lehrgang.

Den Vertrag schickt Ihnen unser Steuerbüro nächste Woche. Wenn Sie vorher noch Fragen haben, rufen Sie einfach an.

Beste Grüße
Jan Grevenbroich
Porzer Holzbau GmbH & Co. KG""",
)

AG_OFFER = dict(
    id="ag_offer", kind=OFF, slug="aero_garonne_promesse_embauche_pdf", lang="fr",
    company="Aéro-Garonne Maintenance", contact="helene.sarrail@aerogaronne.example.fr",
    frm=("Hélène Sarrail", "helene.sarrail@aerogaronne.example.fr"),
    name_enc=("iso-8859-1", "B"),
    subject="Proposition d'embauche - Animateur HSE",
    date="2026-06-09 17:15 +0200", reply_of="ag_cancel", cte="base64",
    text="""Bonjour Declan,

Suite à notre entretien du 2 juin, j'ai le plaisir de vous proposer le poste d'Animateur Santé Sécurité Environnement en CDI sur notre site de Blagnac.

Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération (38 500 € bruts annuels sur 13 mois), le statut agent de maîtrise et une date d'entrée au 1er septembre 2026.

Merci de nous la retourner signée avant le 19 juin si elle vous convient.

Au plaisir de vous accueillir dans l'équipe,
Hélène Sarrail
Responsable HSE - Aéro-Garonne Maintenance""",
    pdfs=[("Promesse_embauche_Mbeki-Hartley.pdf", [
        "Aero-Garonne Maintenance SAS - Promesse d'embauche",
        "M. Declan Mbeki-Hartley",
        "Poste : Animateur Sante Securite Environnement, CDI, Blagnac",
        "Remuneration : 38 500 EUR bruts annuels sur 13 mois",
        "Date d'entree : 1er septembre 2026"])],
)

IB_OFFER = dict(
    id="ib_offer", kind=OFF, slug="iberbelt_oferta_belfast", lang="es",
    company="Iberbelt", contact="lucia.navarro@iberbelt.example.es",
    frm=("Lucía Navarro", "lucia.navarro@iberbelt.example.es"),
    subject="Oferta: Técnico de Seguridad y Salud - obra Hospital Belfast",
    date="2026-07-24 12:40 +0200", reply_of="ib_move",
    text="""Hola Declan:

¡Enhorabuena! Después de la videoentrevista con Álvaro, queremos ofrecerte el puesto de Técnico de Seguridad y Salud en la obra del hospital de Belfast.

Condiciones:
· Contrato indefinido con nuestra filial Iberbelt UK
· Salario bruto anual: 38.000 £
· Incorporación: 1 de septiembre de 2026
· Jornada de lunes a viernes, con guardias puntuales en fines de semana de hormigonado

Si estás de acuerdo, respóndeme confirmando la aceptación y te enviaremos el contrato para firmar electrónicamente.

Un saludo,
Lucía Navarro
Selección - Constructora Iberbelt, S.A.""",
)

MESSAGES = [
    HF_ACK, AV_ACK, LE_ACK, SS_REG, PT_REG, KC_ACK, SSP_ACK, MR_ACK, WW_ACK, NC_ACK, TH_ACK,
    CV_ACK,
    RH_ACK, SPZ_ACK, DB_ACK, AP_REG,
    GE_ACK, AG_ACK, OI_REG,
    IB_ACK, TS_ACK,
    CV_OFFER, SS_OFFER, FF_OFFER, LV_CONTRACT, TV_OFFER, HFM_OFFER,
    RE_OFFER, PH_OFFER,
    AG_OFFER,
    IB_OFFER,
]
