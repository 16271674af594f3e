"""Corpus 230: application acknowledgements, agency registrations and offers."""

from __future__ import annotations

from msgs230_common import CAND, ats_card, m, paras

AUTO = [("Auto-Submitted", "auto-generated")]

KB_ACK = """Hi Tadeusz,

Thanks for applying to the Workplace Coordinator position at Kestrelbyte. We've received your application and our team will review it shortly.

If your experience is a good match for the role, a member of our Talent team will be in touch about next steps. In the meantime, you can read more about life on our Grand Canal Dock campus at https://kestrelbyte.example.ie/careers.

Thanks again for your interest in Kestrelbyte.

The Kestrelbyte Talent Team"""

MV_ACK = """Dear Tadeusz,

Thank you for applying for the position of Facilities Services Coordinator (Req 2026-0311) at Mercy Vale Hospital.

Your application has been successfully submitted and will now be reviewed by the recruitment team and the hiring manager. Shortlisting is expected to take place within three weeks of the closing date (22 May 2026).

Due to the high volume of applications we receive, unfortunately we cannot reply to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has not been progressed on this occasion.

You can follow the status of your application at any time in your candidate portal.

Kind regards,
Recruitment Team
Mercy Vale Hospital, Rathgar Road, Dublin 6"""

MESSAGES = [
    # ======================= application_received =========================================
    m(kind="application_received", slug="greenhouse_ack", key="kb-ack",
      company="Kestrelbyte", contact="", lang="en", date="2026-08-04 18:22", tz="UTC",
      frm=("Kestrelbyte", "no-reply@greenhouse-mail.io"),
      subject="Thanks for applying to Kestrelbyte",
      headers=AUTO, text=KB_ACK,
      html=ats_card("Kestrelbyte", "#0f766e", paras(KB_ACK),
                    "Kestrelbyte, 4 Hanover Quay, Dublin 2. Sent via Greenhouse.")),

    m(kind="application_received", slug="icims_cannot_reply_individually", key="mv-ack",
      company="Mercy Vale Hospital", contact="", lang="en", date="2026-05-11 21:07", tz="UTC",
      frm=("Mercy Vale Hospital Careers", "careers-mercyvale@icims.com"),
      subject="Application received: Facilities Services Coordinator (Req 2026-0311)",
      headers=AUTO, text=MV_ACK, cte="base64"),

    m(kind="application_received", slug="agency_registration_human", key="cl-reg",
      company="Clarion Talent Partners", contact="sadhbh.nolan@clariontalent.example.ie",
      lang="en", date="2026-01-12 16:40", tz="IE",
      frm=("Sadhbh Nolan", "sadhbh.nolan@clariontalent.example.ie"),
      to=[CAND], enc={"to": ("utf-8", "Q")},
      subject="Great to speak today – you're registered with Clarion",
      text="""Hi Tadeusz,

Great to speak with you earlier. As promised, this is to confirm you're now registered with Clarion Talent Partners, and I've saved your CV and the notes from our call on our system.

Quick summary of what we agreed:
- Roles: Facilities Coordinator / Facilities Assistant / Building Coordinator
- Locations: Dublin first, open to Belfast and Liverpool
- Salary: €38–45k (or sterling equivalent)
- Available with four weeks' notice

I won't send your CV to any employer without asking you first. I already have two clients in mind and will be back to you on both within the next couple of weeks.

Could you also send me a copy of your Safe Pass and your manual handling certificate when you get a chance?

Talk soon,
Sadhbh

Sadhbh Nolan
Senior Consultant, Facilities & Property
Clarion Talent Partners
3rd Floor, 40 Mount Street Lower, Dublin 2
+353 1 555 2276 | +353 86 555 8812

Clarion Talent Partners Ltd is a licensed employment agency (licence no. EA-4471). We process your personal data in line with our privacy notice at clariontalent.example.ie/privacy."""),

    m(kind="application_received", slug="agency_registration_automated", key="ff-reg",
      company="FacilityFirst Recruitment", contact="", lang="en",
      date="2026-08-25 07:45", tz="UK",
      frm=("FacilityFirst Recruitment", "no-reply@facilityfirst.example.co.uk"),
      subject="Welcome to FacilityFirst – your registration is complete",
      headers=AUTO,
      html=ats_card("FacilityFirst Recruitment", "#15803d", """<p>Hello Tadeusz,</p>
<p>Thanks for registering with FacilityFirst Recruitment. Your profile and CV have been saved, and a consultant from our Liverpool office will review them within two working days.</p>
<p><b>What happens next?</b></p>
<ul><li>If we have a role that fits, your consultant will call you to talk it through before anything is sent to a client.</li>
<li>You can update your availability and preferred locations any time in your candidate area.</li>
<li>Keep an eye on your inbox for roles matching "Facilities Coordinator" in Merseyside.</li></ul>
<p><a href="https://candidates.facilityfirst.example.co.uk/profile">View my profile</a></p>
<p>The FacilityFirst team</p>""",
                    "FacilityFirst Recruitment Ltd, 88 Tithebarn Street, Liverpool L2 2SF. "
                    "This mailbox is not monitored."),
      cte="quoted-printable"),

    m(kind="application_received", slug="workday_thanks_for_applying", key="cv-ack",
      company="Cavehill University", contact="", lang="en", date="2026-03-30 20:11", tz="UK",
      frm=("Cavehill University", "cavehill@myworkday.com"),
      subject="Cavehill University: we have received your application (R-20817)",
      headers=AUTO,
      text="""Dear Tadeusz Ó Briain,

Thank you for applying for Facilities Coordinator (R-20817) in the Estates Directorate. This is confirmation that your application has been received.

Shortlisting will take place after the closing date of 6 April 2026. You can check the status of your application by signing in to Candidate Home.

Thank you for your interest in working at Cavehill University.

People & Culture
Cavehill University, University Road, Belfast BT7 1PQ

Please do not reply to this email; this mailbox is not monitored.""",
      enc={"to": ("iso-8859-1", "B")}, to=[CAND]),

    m(kind="application_received", slug="taleo_ack_latin1", key="wv-ack",
      company="Wirral View Hospital", contact="", lang="en", date="2026-02-02 09:55", tz="UK",
      frm=("Wirral View Hospital NHS Foundation Trust", "no-reply@taleo.net"),
      subject="Your application - Estates & Facilities Coordinator (Ref 349-EF-0126)",
      headers=AUTO, charset="iso-8859-1", cte="quoted-printable",
      text="""Dear Tadeusz Ó Briain,

Thank you for your application for the post of Estates & Facilities Coordinator (Band 4), reference 349-EF-0126, at Wirral View Hospital.

We confirm receipt of your application. Shortlisting will be carried out by the recruiting manager after the closing date, and if you are shortlisted you will be contacted by email with details of the interview.

Please check your email (including your junk folder) regularly.

Yours sincerely,

Recruitment Services
Wirral View Hospital NHS Foundation Trust
Arrowe Park Lane, Liverpool L49 5PE

This is an automatically generated email - please do not reply."""),

    m(kind="application_received", slug="greenhouse_volume_notice", key="ng-ack",
      company="Northgate Digital", contact="", lang="en", date="2026-06-08 13:30", tz="UTC",
      frm=("Northgate Digital", "no-reply@greenhouse-mail.io"),
      subject="Northgate Digital – application received",
      headers=AUTO,
      text="""Hi Tadeusz,

Thank you for your application for Facilities Coordinator (Data Centre Campus) in Dundalk. This email confirms we have it.

Our recruiters read every application. Unfortunately, because of the number of people who apply, we are not able to respond individually to each one. If your background matches what the team is looking for, we'll reach out within three weeks to arrange a first call.

All the best,
Talent Acquisition, Northgate Digital""",
      html=ats_card("Northgate Digital", "#111827", paras("""Hi Tadeusz,

Thank you for your application for Facilities Coordinator (Data Centre Campus) in Dundalk. This email confirms we have it.

Our recruiters read every application. Unfortunately, because of the number of people who apply, we are not able to respond individually to each one. If your background matches what the team is looking for, we'll reach out within three weeks to arrange a first call.

All the best,
Talent Acquisition, Northgate Digital"""), "Northgate Digital · Ardee Road Campus · Dundalk"),
      cte="base64"),

    m(kind="application_received", slug="received_your_cv_human", key="fw-ack", parent="fw-app",
      company="Fitzwilliam Block Management", contact="deirdre.halpin@fitzwilliambm.example.ie",
      lang="en", date="2026-02-13 09:12", tz="IE",
      frm=("Deirdre Halpin", "deirdre.halpin@fitzwilliambm.example.ie"),
      subject="RE: Application – Facilities Coordinator (residential blocks)",
      text="""Dear Tadeusz,

Thank you for your email – we've received your CV and cover letter. Peter and I will go through the applications after the closing date next Friday, and I'll be in touch either way.

Kind regards,

Deirdre Halpin
Office Manager
Fitzwilliam Block Management
22 Upper Fitzwilliam Street, Dublin 2, D02 TY68
Tel: 01 555 3380

Fitzwilliam Block Management Ltd is licensed by the Property Services Regulatory Authority, licence no. 004512.""",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")]),

    m(kind="application_received", slug="lever_ack", key="px-ack",
      company="Pixelhaven", contact="", lang="en", date="2026-05-28 19:02", tz="UTC",
      frm=("Pixelhaven", "no-reply@hire.lever.co"),
      subject="Pixelhaven – we got your application!",
      headers=AUTO,
      text="""Hi Tadeusz,

Thanks for applying for Campus Facilities Coordinator (Belfast). Your application is in, and a real human on our talent team will take a look at it soon.

We aim to get back to every applicant within two weeks, whatever the outcome.

Cheers,
The Pixelhaven Talent Team

Sent via Lever. Replies to this email are not monitored."""),

    m(kind="application_received", slug="bamboohr_ack", key="hs-ack",
      company="Harbourview Student Living", contact="", lang="en",
      date="2026-07-09 11:48", tz="UTC",
      frm=("Harbourview Student Living", "no-reply@bamboohr.com"),
      subject="Thank you for applying – Residence Facilities Coordinator",
      headers=AUTO,
      html=ats_card("Harbourview Student Living", "#0369a1", """<p>Hi Tadeusz,</p>
<p>Thank you for your interest in the <b>Residence Facilities Coordinator</b> position at Harbourview Student Living. We have received your application and it is now with our hiring team.</p>
<p>We'll be in touch if we'd like to move forward with a conversation.</p>
<p>Best wishes,<br>Harbourview People Team</p>""", "Powered by BambooHR")),

    m(kind="application_received", slug="teamtailor_ack", key="lk-ack",
      company="Larkspur Co-living", contact="", lang="en", date="2026-06-22 08:03", tz="UTC",
      frm=("Larkspur Co-living", "no-reply@teamtailor-mail.com"),
      subject="We've got your application, Tadeusz!",
      headers=AUTO,
      text="""Hi Tadeusz!

Thanks for applying to be our Building Coordinator at Larkspur Baltic Triangle in Liverpool. We're a small team, so every application gets read by the people you'd actually work with.

We'll be in touch within 10 working days. If you want to know a bit more about us while you wait, have a look at our blog: https://larkspur.example.co.uk/blog

Take care,
Team Larkspur""",
      html=ats_card("Larkspur Co-living", "#be185d", paras("""Hi Tadeusz!

Thanks for applying to be our Building Coordinator at Larkspur Baltic Triangle in Liverpool. We're a small team, so every application gets read by the people you'd actually work with.

We'll be in touch within 10 working days. If you want to know a bit more about us while you wait, have a look at our blog: https://larkspur.example.co.uk/blog

Take care,
Team Larkspur"""), "Larkspur Co-living · powered by Teamtailor")),

    m(kind="application_received", slug="hotel_got_your_cv_short", key="bm-ack",
      company="Boyne Mill Hotel", contact="gerry.tallon@boynemill.example.ie", lang="en",
      date="2026-01-15 22:51", tz="IE",
      frm=("Gerry Tallon", "gerry.tallon@boynemill.example.ie"),
      subject="Re: Maintenance & facilities coordinator",
      text="""Got your CV, thanks Tadeusz. Will have a look over the weekend and come back to you.

Gerry
GM, Boyne Mill Hotel, Drogheda

Sent from my iPhone"""),

    m(kind="application_received", slug="personio_eingang", key="el-ack",
      company="Elbufer Immobilien", contact="", lang="de", date="2026-04-14 07:20", tz="DE",
      frm=("Elbufer Immobilien GmbH", "noreply@personio.de"),
      subject="Ihre Bewerbung bei Elbufer Immobilien",
      headers=AUTO,
      text="""Hallo Tadeusz Ó Briain,

vielen Dank für Ihre Bewerbung als Objektkoordinator Facility Management (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team der Elbufer Immobilien GmbH

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf.""",
      html=ats_card("Elbufer Immobilien", "#0e7490", paras("""Hallo Tadeusz Ó Briain,

vielen Dank für Ihre Bewerbung als Objektkoordinator Facility Management (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team der Elbufer Immobilien GmbH"""),
                    "Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf."),
      cte="quoted-printable"),

    m(kind="application_received", slug="softgarden_eingang_latin1", key="ka-ack",
      company="Klinikum Alsterblick", contact="", lang="de", date="2026-03-10 15:02", tz="DE",
      frm=("Klinikum Alsterblick Karriere", "noreply@softgarden.io"),
      subject="Eingangsbestätigung: Koordinator Technik & Infrastruktur (m/w/d)",
      enc={"subject": ("iso-8859-1", "Q"), "to": ("iso-8859-1", "Q")}, to=[CAND],
      headers=AUTO, charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrter Herr Ó Briain,

herzlichen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit im Klinikum Alsterblick.

Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun von der Fachabteilung gesichtet. Wir bitten um etwas Geduld; aufgrund der Vielzahl an Bewerbungen ist uns leider keine individuelle Rückmeldung zum Zwischenstand möglich.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Alsterblick gGmbH"""),

    m(kind="application_received", slug="agentur_registrierung", key="ht-reg",
      company="HanseTalent", contact="timo.brandes@hansetalent.example.de", lang="de",
      date="2026-05-18 17:26", tz="DE",
      frm=("Timo Brandes | HanseTalent", "timo.brandes@hansetalent.example.de"),
      subject="Ihre Registrierung bei HanseTalent",
      text="""Hallo Herr Ó Briain,

vielen Dank für das angenehme Telefonat heute. Hiermit bestätige ich Ihre Aufnahme in unseren Kandidatenpool. Ihren Lebenslauf habe ich gespeichert; ich gebe ihn nur nach Rücksprache mit Ihnen an Kunden weiter.

Wie besprochen suche ich für Sie nach Positionen als Facility-Koordinator oder Haustechnik-Koordinator in Hamburg, bevorzugt in Hotellerie und Gewerbeimmobilien. Ein Haus habe ich bereits im Kopf.

Die Einwilligung zur Datenverarbeitung finden Sie im Anhang unserer Datenschutzhinweise unter hansetalent.example.de/datenschutz.

Beste Grüße
Timo Brandes
Senior Consultant Hotellerie

HanseTalent Personalberatung GmbH
Ballindamm 27, 20095 Hamburg
+49 40 555 902 14
Geschäftsführerin: Imke Carstensen · Amtsgericht Hamburg HRB 123987"""),

    m(kind="application_received", slug="successfactors_accuse_reception", key="er-ack",
      company="Université de l'Erdre", contact="", lang="fr", date="2026-05-05 06:12",
      tz="UTC",
      frm=("Université de l'Erdre – Recrutement", "noreply@successfactors.eu"),
      enc={"from": ("utf-8", "B"), "subject": ("utf-8", "Q")},
      subject="Accusé de réception de votre candidature – réf. DPI-2026-118",
      headers=AUTO,
      text="""Bonjour Tadeusz Ó Briain,

Nous accusons réception de votre candidature au poste de coordinateur·rice logistique et services généraux (réf. DPI-2026-118) et vous remercions de l'intérêt que vous portez à l'Université de l'Erdre.

Votre dossier va être examiné par la Direction du patrimoine immobilier. Vous serez informé de la suite donnée à votre candidature à l'issue de la phase de présélection.

Cordialement,
La Direction des ressources humaines
Université de l'Erdre

Ce message est généré automatiquement, merci de ne pas y répondre.""",
      cte="base64"),

    m(kind="application_received", slug="interim_inscription", key="li-reg",
      company="Loire Intérim", contact="yannick.legoff@loireinterim.example.fr", lang="fr",
      date="2026-02-23 15:40", tz="FR",
      frm=("Yannick Le Goff – Loire Intérim", "yannick.legoff@loireinterim.example.fr"),
      subject="Confirmation de votre inscription chez Loire Intérim",
      text="""Bonjour Tadeusz,

Suite à notre entretien téléphonique de ce matin, je vous confirme votre inscription dans notre agence Nantes Centre. Votre dossier est complet : CV, pièce d'identité et RIB sont bien enregistrés.

Je vous positionne dès maintenant sur les missions de services généraux, accueil technique et logistique de sites dans l'agglomération nantaise. Je vous recontacte dès qu'une mission correspond à votre profil.

Bonne journée,
Yannick

Yannick Le Goff
Chargé de recrutement – Agence Nantes Centre
Loire Intérim, 7 rue de Strasbourg, 44000 Nantes
06 55 41 20 98"""),

    m(kind="application_received", slug="taleo_pas_de_reponse_individuelle", key="cs-ack",
      company="Clinique Sèvre-et-Loire", contact="", lang="fr", date="2026-04-01 08:20",
      tz="FR",
      frm=("Clinique Sèvre-et-Loire", "noreply@taleo.net"),
      enc={"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "Q")},
      subject="Clinique Sèvre-et-Loire : votre candidature a bien été enregistrée",
      headers=AUTO, charset="iso-8859-1", cte="8bit",
      text="""Madame, Monsieur,

Nous vous remercions pour votre candidature au poste de Responsable adjoint(e) services techniques et hôteliers.

Celle-ci a bien été enregistrée et sera étudiée avec attention par nos équipes. En raison du nombre important de candidatures reçues, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles. Sans nouvelles de notre part dans un délai de six semaines, vous pourrez considérer que votre profil n'a pas été retenu pour ce poste.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Service Recrutement
Clinique Sèvre-et-Loire, 3 boulevard de la Sèvre, 44200 Nantes"""),

    m(kind="application_received", slug="recruitee_acuse_recibo", key="hm-ack",
      company="Hospital Universitario Manzanares", contact="", lang="es",
      date="2026-06-08 09:31", tz="ES",
      frm=("Hospital Universitario Manzanares", "hmanzanares@jobs.recruitee.com"),
      subject="Hemos recibido tu candidatura - Coordinador/a de Servicios Generales",
      enc={"subject": ("iso-8859-1", "Q")},
      headers=AUTO,
      text="""Hola Tadeusz:

Gracias por enviarnos tu candidatura para el puesto de Coordinador/a de Servicios Generales (ref. SG-2026-07). Te confirmamos que la hemos recibido correctamente.

El equipo de Recursos Humanos revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Atentamente,
Recursos Humanos - Hospital Universitario Manzanares

Este mensaje se ha enviado automáticamente; por favor, no respondas a esta dirección.""",
      html=ats_card("Hospital Universitario Manzanares", "#047857", paras("""Hola Tadeusz:

Gracias por enviarnos tu candidatura para el puesto de Coordinador/a de Servicios Generales (ref. SG-2026-07). Te confirmamos que la hemos recibido correctamente.

El equipo de Recursos Humanos revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Atentamente,
Recursos Humanos - Hospital Universitario Manzanares"""),
                    "Este mensaje se ha enviado automáticamente; por favor, no respondas a esta dirección.")),

    m(kind="application_received", slug="agencia_registro", key="ti-reg",
      company="Talento Ibérico", contact="marta.olmedo@talentoiberico.example.es", lang="es",
      date="2026-03-25 13:14", tz="ES",
      frm=("Marta Olmedo", "marta.olmedo@talentoiberico.example.es"),
      subject="Bienvenido a Talento Ibérico - tu registro está completo",
      enc={"subject": ("utf-8", "B")},
      charset="iso-8859-1", cte="quoted-printable",
      text="""Hola Tadeusz:

Encantada de haber hablado contigo esta mañana. Te escribo para confirmarte que ya estás dado de alta en nuestra base de candidatos y que tengo tu CV en inglés y en español.

Como comentamos, me centraré en puestos de coordinación de mantenimiento y servicios en hoteles y edificios de oficinas de Madrid donde se trabaje en inglés. No enviaré tu candidatura a ninguna empresa sin consultarte antes.

Te iré contando.

Un saludo,
Marta Olmedo
Consultora senior - Hostelería y Facility Management
Talento Ibérico Selección
Calle de Alcalá 93, 28009 Madrid
+34 600 555 731"""),

    m(kind="application_received", slug="smartrecruiters_confirmacion", key="td-ack",
      company="Tablas Digital", contact="", lang="es", date="2026-09-03 16:45", tz="UTC",
      frm=("Tablas Digital", "noreply@smartrecruiters.com"),
      subject="Confirmación de tu candidatura en Tablas Digital",
      enc={"subject": ("utf-8", "Q")},
      headers=AUTO,
      html=ats_card("Tablas Digital", "#dc2626", """<p>Hola Tadeusz,</p>
<p>¡Gracias por tu interés en <b>Tablas Digital</b>! Hemos recibido tu candidatura para el puesto de <b>Workplace Coordinator</b> en nuestro campus de Las Tablas (Madrid).</p>
<p>Nuestro equipo de Talent Acquisition revisará tu perfil y, si encaja, se pondrá en contacto contigo.</p>
<p>Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil de SmartRecruiters.</p>
<p>Un saludo,<br>El equipo de Talento de Tablas Digital</p>""",
                    "Mensaje automático enviado a través de SmartRecruiters. No respondas a este correo."),
      cte="base64"),

    # ======================= offer ========================================================
    m(kind="offer", slug="formal_offer_pdf", key="kb-offer", parent="kb-thanks",
      company="Kestrelbyte", contact="aoife.brennan@kestrelbyte.example.ie", lang="en",
      date="2026-09-02 15:30", tz="IE",
      frm=("Aoife Brennan", "aoife.brennan@kestrelbyte.example.ie"),
      cc=[("Rory Teehan", "rory.teehan@kestrelbyte.example.ie")],
      subject="Your offer from Kestrelbyte – Workplace Coordinator",
      text="""Hi Tadeusz,

I'm delighted to confirm what Rory told you on the phone this afternoon: we'd love you to join Kestrelbyte as Workplace Coordinator on our Grand Canal Dock campus.

Your offer letter is attached. The headlines:
- Salary: €44,500 per year, plus 10% annual bonus target
- Start date: Monday 5 October 2026 (we can be flexible by a week or two)
- 25 days' annual leave, private health cover, pension matching up to 6%
- Permanent, full-time, reporting to Rory Teehan, Workplace Lead

To accept, sign the letter (an e-signature is fine) and send it back to me by Friday 11 September. If you have any questions about the package, or want to talk anything through, just call me.

Congratulations – we're really looking forward to working with you.

Aoife

Aoife Brennan
Talent Partner | Kestrelbyte
Kestrelbyte House, 4 Hanover Quay, Dublin 2, D02 XK70
+353 1 555 0143""",
      pdf=[{"filename": "Kestrelbyte_Offer_Letter_TOBriain.pdf",
                "title": "Kestrelbyte - Offer of Employment",
                "lines": ["Private and confidential", "Tadeusz Ó Briain, Dublin 8",
                       "2 September 2026", "",
                       "Dear Tadeusz,",
                       "We are pleased to offer you the position of Workplace Coordinator.",
                       "Base salary: EUR 44,500 per annum. Bonus target: 10%.",
                       "Commencement date: 5 October 2026. Place of work: Dublin 2.",
                       "Probation: six months. Notice: one month after probation.",
                       "Please sign and return by 11 September 2026.", "",
                       "Aoife Brennan, Talent Partner, for and on behalf of Kestrelbyte"]}],
      cte="quoted-printable"),

    m(kind="offer", slug="verbal_offer_follow_up", key="hg-offer", parent="hg-move",
      company="Halfpenny Grand Hotel", contact="grainne.doyle@halfpennygrand.example.ie",
      lang="en", date="2026-04-22 18:20", tz="IE",
      frm=("Gráinne Doyle", "grainne.doyle@halfpennygrand.example.ie"),
      enc={"from": ("utf-8", "B")},
      subject="Following up on our call – Facilities & Maintenance Coordinator",
      text="""Hi Tadeusz,

Thanks for taking my call earlier, and I hope you're still smiling! Just to put in writing what I said on the phone: we'd like to offer you the position of Facilities & Maintenance Coordinator here at the Halfpenny Grand.

The details we discussed:
- €41,000 per year, plus the hotel's service charge share
- 39 hours a week, mostly days, with one late shift and a weekend in four on call
- Start date to suit your notice – we said Monday 18 May

Our HR team will send the formal contract once you say yes. Take the weekend to think it over, and ring me with any questions at all.

Fergal's already asking when you're starting.

Gráinne

Gráinne Doyle
Rooms Division Manager
The Halfpenny Grand Hotel
31 Ormond Quay Upper, Dublin 7
+353 1 555 9040"""),

    m(kind="offer", slug="contract_for_signature_pdf", key="mv-offer", parent="mv-cancel",
      company="Mercy Vale Hospital", contact="conor.whelan@mercyvale.example.ie", lang="en",
      date="2026-07-03 11:05", tz="IE",
      frm=("Conor Whelan", "conor.whelan@mercyvale.example.ie"),
      subject="Contract for signature – Facilities Services Coordinator",
      text="""Dear Tadeusz,

Further to the offer made to you by Philippa Okafor following the assessment centre on 24 June, and your acceptance, please find attached your contract of employment for the permanent post of Facilities Services Coordinator, Grade IV.

Please read the contract carefully, sign page 4, and return a scanned copy to me by 17 July 2026. Your start date is subject to satisfactory Garda vetting, references and occupational health clearance; our Occupational Health Department will contact you separately.

If you have any queries regarding the terms, please do not hesitate to contact me.

Yours sincerely,

Conor Whelan
HR Business Partner
Mercy Vale Hospital, Rathgar Road, Dublin 6
Tel: +353 1 555 4402

Mercy Vale Hospital is a registered charity (RCN 20055512). The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.""",
      pdf=[{"filename": "MVH_Contract_Facilities_Services_Coordinator.pdf",
                "title": "Mercy Vale Hospital - Contract of Employment",
                "lines": ["Employee: Tadeusz Ó Briain",
                       "Post: Facilities Services Coordinator, Grade IV (permanent)",
                       "Salary: EUR 43,212 per annum (point 3 of scale)",
                       "Hours: 37 per week, Monday to Friday, with on-call rota",
                       "Annual leave: 26 days", "",
                       "Signed for the Hospital: Conor Whelan, HR Business Partner",
                       "Signed by the Employee: ______________________  Date: ________"]}]),

    m(kind="offer", slug="agency_client_wants_offer", key="cl-offer",
      company="Liffeyside Property Management", contact="sadhbh.nolan@clariontalent.example.ie",
      lang="en", date="2026-07-14 16:58", tz="IE",
      frm=("Sadhbh Nolan", "sadhbh.nolan@clariontalent.example.ie"),
      subject="Liffeyside – they want you!",
      text="""Tadeusz!

I've just come off the phone with Eamon at Liffeyside Property Management: the client wants to make you an offer for the Facilities Coordinator role covering their north quays portfolio.

What they've put on the table:
- €42,000 base, reviewed after six months
- Company car allowance of €3,000
- 23 days' holiday rising to 25
- Start in mid-August if you can

I think there's a little room on the base, so if you'd like me to push for €43.5k, tell me and I'll go back to them. Otherwise, once you give me the go-ahead they'll send the written offer and contract directly to you.

Call me when you're free – this is a great outcome.

Sadhbh

Sadhbh Nolan
Senior Consultant, Facilities & Property
Clarion Talent Partners
+353 1 555 2276 | +353 86 555 8812"""),

    m(kind="offer", slug="coliving_offer_letter_pdf", key="lk-offer", parent="lk-ack",
      company="Larkspur Co-living", contact="hattie.morgan@larkspur.example.co.uk", lang="en",
      date="2026-07-20 12:15", tz="UK",
      frm=("Hattie Morgan", "hattie.morgan@larkspur.example.co.uk"),
      subject="Offer – Building Coordinator, Larkspur Baltic Triangle",
      text="""Hi Tadeusz,

Thanks so much for coming over to Liverpool last week – everyone loved meeting you, and the residents' committee still talks about your idea for the parcel room.

I'm really happy to attach our offer for the Building Coordinator role at Larkspur Baltic Triangle: £31,500 a year, 28 days' holiday including bank holidays, and a start date of 1 September. We can also help with your first month's rent in one of our studios while you find your feet.

Have a read and let me know what you think. If everything looks good, just sign and return the letter, and we'll get the paperwork going for your right-to-work check.

Best,
Hattie

Hattie Morgan
Head of Operations
Larkspur Co-living, 12 Jamaica Street, Liverpool L1 0AF
07700 555 902""",
      pdf=[{"filename": "Larkspur_offer_TOBriain.pdf",
                "title": "Larkspur Co-living - Offer Letter",
                "lines": ["Dear Tadeusz,",
                       "We are delighted to offer you the role of Building Coordinator.",
                       "Salary: GBP 31,500 per annum.", "Start date: 1 September 2026.",
                       "Holiday: 28 days including bank holidays.",
                       "This offer is conditional on a satisfactory right-to-work check.", "",
                       "Hattie Morgan, Head of Operations"]}]),

    m(kind="offer", slug="market_hall_offer_win1252", key="sm-offer",
      company="Smithfield Market Hall", contact="owen.laffan@smithfieldhall.example.ie",
      lang="en", date="2026-05-29 10:40", tz="IE",
      frm=("Owen Laffan", "owen.laffan@smithfieldhall.example.ie"),
      subject="Job offer – Operations & Facilities Coordinator",
      charset="windows-1252", cte="quoted-printable",
      text="""Dear Tadeusz,

Following your interview with Maeve and me on Tuesday, I’m pleased to offer you the position of Operations & Facilities Coordinator at Smithfield Market Hall.

The role is permanent and full-time (40 hours, including alternate Saturdays when the market is open). The salary is €39,500 per annum, with a €1,000 bonus after successful completion of your six-month probation.

We’d like you to start on Monday 22 June. Please let me know by Thursday 4 June whether you accept, and I’ll arrange for the contract to be issued.

We think you’d be a great fit for the hall – traders and customers alike.

Kind regards,

Owen Laffan
General Manager
Smithfield Market Hall
Smithfield Square, Dublin 7
01 555 7745"""),

    m(kind="offer", slug="agentur_kunde_angebot", key="ht-offer", parent="ht-cancel",
      company="Hotel Nordlicht am Hafen", contact="timo.brandes@hansetalent.example.de",
      lang="de", date="2026-06-24 14:03", tz="DE",
      frm=("Timo Brandes | HanseTalent", "timo.brandes@hansetalent.example.de"),
      subject="Angebot vom Hotel Nordlicht am Hafen!",
      text="""Hallo Herr Ó Briain,

Glückwunsch! Frau Rohwer hat sich eben gemeldet: Das Hotel Nordlicht am Hafen möchte Ihnen die Stelle als Haustechnik-Koordinator anbieten.

Die Eckdaten:
- 46.000 € brutto im Jahr, 13 Gehälter
- 30 Urlaubstage, Vertrag unbefristet, sechs Monate Probezeit
- Start zum 1. September oder nach Absprache
- Unterstützung bei der Wohnungssuche in den ersten drei Monaten (Zimmer im Hotel zum Mitarbeiterpreis)

Den schriftlichen Vertrag schickt das Hotel, sobald Sie mir Ihre grundsätzliche Zusage geben. Wenn Sie noch über das Gehalt sprechen möchten, lassen Sie uns morgen telefonieren.

Beste Grüße
Timo Brandes
Senior Consultant Hotellerie
HanseTalent Personalberatung GmbH
+49 40 555 902 14"""),

    m(kind="offer", slug="hochschule_vertragsangebot_pdf", key="en-offer",
      company="Hochschule Elbe-Nord", contact="wiebke.harms@hs-elbenord.example.de", lang="de",
      date="2026-08-18 09:25", tz="DE",
      frm=("Hochschule Elbe-Nord – Personalabteilung", "personal@hs-elbenord.example.de"),
      reply_to=("Wiebke Harms", "wiebke.harms@hs-elbenord.example.de"),
      enc={"from": ("utf-8", "Q"), "subject": ("utf-8", "Q")},
      subject="Vertragsangebot: Koordinator Gebäudemanagement (E9a TV-L)",
      text="""Sehr geehrter Herr Ó Briain,

wir freuen uns, Ihnen nach dem Auswahlgespräch am 6. August die Stelle als Koordinator Gebäudemanagement (m/w/d) im Referat Bau und Technik anbieten zu können.

Die Einstellung erfolgt unbefristet in Vollzeit (40 Stunden/Woche) mit einer Vergütung nach Entgeltgruppe E9a TV-L, Stufe 2. Als Beginn ist der 1. Oktober 2026 vorgesehen. Die Einzelheiten entnehmen Sie bitte dem beigefügten Vertragsangebot.

Bitte teilen Sie uns bis zum 1. September 2026 mit, ob Sie das Angebot annehmen. Für Rückfragen steht Ihnen Frau Harms gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag
Wiebke Harms
Personalabteilung, Hochschule Elbe-Nord
Hamburger Straße 301, 22083 Hamburg
Tel. +49 40 555 80 112""",
      pdf=[{"filename": "Vertragsangebot_OBriain.pdf",
                "title": "Hochschule Elbe-Nord - Vertragsangebot",
                "lines": ["Herrn Tadeusz Ó Briain", "Hamburg, 18. August 2026", "",
                       "Stelle: Koordinator Gebäudemanagement (m/w/d)",
                       "Vergütung: E9a TV-L, Stufe 2", "Arbeitszeit: 40 Std./Woche, unbefristet",
                       "Beginn: 1. Oktober 2026",
                       "Antwort erbeten bis: 1. September 2026", "",
                       "i. A. Wiebke Harms"]}],
      cte="quoted-printable"),

    m(kind="offer", slug="promesse_embauche_pdf", key="er-offer", parent="er-inv2",
      company="Université de l'Erdre", contact="gaelle.lefloch@univ-erdre.example.fr",
      lang="fr", date="2026-06-19 17:10", tz="FR",
      frm=("Gaëlle Le Floch", "gaelle.lefloch@univ-erdre.example.fr"),
      enc={"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "Q")},
      subject="Proposition d'engagement - coordinateur logistique et services généraux",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Monsieur Ó Briain,

J'ai le plaisir de vous annoncer que, à l'issue de votre second entretien, le jury a retenu votre candidature pour le poste de coordinateur logistique et services généraux à la Direction du patrimoine immobilier.

Vous trouverez ci-joint notre proposition d'engagement : contrat de droit public à durée déterminée de trois ans, renouvelable, rémunération brute annuelle de 31 800 euros, prise de fonctions envisagée le 1er septembre 2026.

Nous vous remercions de nous faire part de votre décision avant le 3 juillet. M. Quéméner se tient à votre disposition pour un échange téléphonique si vous le souhaitez.

Bien cordialement,

Gaëlle Le Floch
Chargée de recrutement - DRH
Université de l'Erdre
Tél. : +33 2 55 00 41 87""",
      pdf=[{"filename": "Proposition_engagement_OBriain.pdf",
                "title": "Université de l'Erdre - Proposition d'engagement",
                "lines": ["Monsieur Tadeusz Ó Briain", "Nantes, le 19 juin 2026", "",
                       "Poste : coordinateur logistique et services généraux",
                       "Contrat : CDD de droit public, 3 ans, renouvelable",
                       "Rémunération brute annuelle : 31 800 euros",
                       "Prise de fonctions : 1er septembre 2026", "",
                       "Le directeur général des services"]}]),

    m(kind="offer", slug="universidad_oferta", key="uh-offer",
      company="Universidad del Henares", contact="rocio.benitez@uhenares.example.es",
      lang="es", date="2026-07-27 13:22", tz="ES",
      frm=("Rocío Benítez", "rocio.benitez@uhenares.example.es"),
      enc={"from": ("iso-8859-1", "Q"), "subject": ("utf-8", "Q")},
      subject="Oferta de empleo – Coordinador de Mantenimiento y Servicios (campus internacional)",
      text="""Estimado Tadeusz:

Tras el proceso de selección y la entrevista del pasado día 21 con el Vicerrectorado de Campus, tenemos el placer de ofrecerte el puesto de Coordinador de Mantenimiento y Servicios de nuestro campus internacional de Alcalá.

Condiciones principales:
- Contrato indefinido a jornada completa
- Salario bruto anual de 33.500 €, en 14 pagas
- Incorporación prevista: 1 de septiembre de 2026
- Idioma de trabajo: inglés y español

Te agradeceríamos que nos comunicaras tu decisión antes del 5 de agosto. Si aceptas, te enviaremos el contrato para su firma junto con la documentación de incorporación.

Enhorabuena y un cordial saludo,

Rocío Benítez
Responsable de Selección – Área de Personas
Universidad del Henares
Plaza de San Diego s/n, 28801 Alcalá de Henares (Madrid)
Tel. +34 91 555 14 70"""),
]
