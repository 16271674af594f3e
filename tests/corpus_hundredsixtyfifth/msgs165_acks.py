"""Corpus 165, application received (21: en 12, de 3, fr 3, es 3) and offers (10: en 6, de 1,
fr 1, es 2)."""

from __future__ import annotations

from msgs165_common import M, ats_card, esc, mso, outlook_html, paras, quoted

MESSAGES: list[dict] = []
add = MESSAGES.append

ACK = "application_received"
OFF = "offer"
OKSANA = "Oksana Duarte-Brennan <oksana.db@example.ie>"

# =========================================================================== received, English

_t = """Hi Oksana,

Thank you for applying for the Facilities Coordinator (R-10388) position at Lee Quay Hotel Group. We have received your application and our Talent team will review it shortly.

You can check the status of your application at any time by signing in to your candidate home account.

What happens next? If your experience matches what we are looking for, a member of our team will contact you to discuss the next steps.

Best regards,
Lee Quay Hotel Group Talent Acquisition

Please do not reply to this email; this mailbox is not monitored."""
add(M(kind=ACK, slug="workday_thank_you_for_applying", lang="en",
      company="Lee Quay Hotel Group", contact="",
      frm=("Lee Quay Hotel Group", "leequayhotels@myworkday.com"),
      subject="Thank you for applying – Facilities Coordinator",
      date="2026-02-03 08:14 +0000", text=_t,
      html=ats_card("Lee Quay Hotel Group", "#00485f", paras(_t),
                    button=("Candidate Home", "https://leequay.wd3.myworkday.com/LQHG/userHome")),
      cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")], id="lq_ack"))

add(M(kind=ACK, slug="cannot_reply_individually", lang="en",
      company="Mercy Vale University Hospital", contact="",
      frm=("Mercy Vale Recruitment", "noreply@mercyvale.example.ie"),
      subject="Application received: Facilities Coordinator (MV-EST-0226)",
      date="2026-02-24 22:03 +0000", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Dear Oksana Duarte-Brennan,

This is to confirm that we have received your application for the post of Facilities Coordinator (Estates Department), reference MV-EST-0226, submitted on 24/02/2026 at 22:01.

Shortlisting for this competition will take place after the closing date of 3 March 2026. Candidates who are shortlisted will be contacted by the HR Department.

Unfortunately we cannot reply to every applicant individually, so if you have not heard from us within four weeks of the closing date, please assume that your application has not been progressed on this occasion.

Mercy Vale University Hospital – Human Resources

This mailbox is not monitored.""", id="mv_ack"))

_t = """Dear Oksana,

Thank you for your interest in the Estates Services Coordinator role (Job Requisition ID 4471) at the University of the Liffey. This email confirms that your application was submitted successfully on 30/03/2026.

Our recruitment team will review all applications after the closing date. You can track the progress of your application in the Candidate Profile section of our careers site.

Regards,
Human Resources
University of the Liffey"""
add(M(kind=ACK, slug="successfactors_confirmation", lang="en",
      company="University of the Liffey", contact="",
      frm=("University of the Liffey Careers", "noreply@successfactors.eu"),
      subject="Application Confirmation: Estates Services Coordinator (4471)",
      date="2026-03-30 13:37 +0100", text=_t,
      html=ats_card("University of the Liffey", "#003b5c", paras(_t)),
      cte="quoted-printable", id="ul_ack"))

add(M(kind=ACK, slug="icims_received", lang="en",
      company="Thamesreach Facilities", contact="",
      frm=("Thamesreach Facilities Talent Team", "thamesreach-talent@icims.com"),
      subject="Thank you for your application – Site Services Coordinator",
      date="2026-04-01 19:52 +0100", cte="quoted-printable",
      text="""Dear Oksana,

Thank you for applying for the Site Services Coordinator position with Thamesreach Facilities. We're pleased to confirm we have received your application.

Our recruitment team reviews every application carefully and will be in touch if your skills and experience are a match for the role. In the meantime you can log in to our careers portal to update your profile or upload additional documents.

Kind regards,
Thamesreach Facilities Talent Team

Thamesreach Facilities is an equal opportunities employer.""", id="tr_ack"))

add(M(kind=ACK, slug="agency_registration_cork", lang="en",
      company="Blackwater Recruitment", contact="colm@blackwaterrec.example.ie",
      frm=("Colm Hegarty", "colm@blackwaterrec.example.ie"),
      subject="Welcome to Blackwater Recruitment – you’re registered",
      subj_enc=("utf-8", "Q"),
      date="2026-01-14 11:20 +0000", charset="windows-1252", cte="quoted-printable",
      text="""Hi Oksana,

Great to speak with you this morning. Just confirming that you’re now registered with Blackwater Recruitment and your CV is on our system for facilities and hospitality roles across Munster and Dublin.

As discussed:
- Target roles: Facilities Coordinator / Assistant Facilities Manager, Accommodation Manager
- Locations: Cork preferred, open to Dublin and Limerick
- Salary: €38–42k
- Notice: four weeks

I won’t send your CV anywhere without checking with you first. I’ll be in touch as soon as I have something that fits – I already have one hotel in mind.

Talk soon,
Colm

Colm Hegarty | Senior Consultant, Facilities & Hospitality
Blackwater Recruitment | 14 South Mall, Cork
M: +353 86 555 2231""", id="bw_reg"))

add(M(kind=ACK, slug="agency_registration_london", lang="en",
      company="Harbour & Hearth Staffing", contact="tom.ashworth@hhstaffing.example.co.uk",
      frm=("Tom Ashworth", "tom.ashworth@hhstaffing.example.co.uk"),
      subject="Your registration with Harbour & Hearth", date="2026-05-11 16:30 +0100",
      cte="quoted-printable",
      text="""Hi Oksana,

Thanks for registering with Harbour & Hearth Staffing and for the call this afternoon. Your profile is now live on our candidate database and I've noted your interest in housekeeping and facilities leadership roles in London hotels and serviced apartments.

A few things for you to complete when you get a chance:
1. Right-to-work check – an Irish passport is fine, we can do it by video
2. Two referees (ideally your current GM and one previous manager)
3. Your timing for relocation – you mentioned September

Once that's done I can start putting you forward to clients.

Cheers,
Tom

Tom Ashworth
Principal Consultant - Hospitality Operations
Harbour & Hearth Staffing
3rd Floor, 88 Borough High Street, London SE1 1LL""", id="hh_reg"))

_t = """Hi Oksana,

Thanks for applying to Shandon Facility Services! Your application for the Facilities Coordinator role in Little Island, Cork, has been received.

We'll review your application and reach out if there's a fit. In the meantime, you can find out more about life at Shandon on our careers page.

Best,
The Shandon Recruiting Team

Please note: this inbox is not monitored."""
add(M(kind=ACK, slug="greenhouse_thanks_for_applying", lang="en",
      company="Shandon Facility Services", contact="",
      frm=("Shandon Facility Services", "no-reply@us.greenhouse-mail.io"),
      subject="Thank you for applying to Shandon Facility Services",
      date="2026-03-02 21:47 +0000", text=_t,
      html='<div style="font-family:Arial;font-size:14px">' + paras(_t) + "</div>",
      id="sh_ack"))

_t = """Hi Oksana,

Thank you for your application for the Building Services Coordinator position at Grafton Property Partners. We've received it and our team will take a look over the coming days.

If your background is a match for what we need, someone from the hiring team will reach out to set up a conversation.

Thanks again,
Grafton Property Partners"""
add(M(kind=ACK, slug="lever_received", lang="en",
      company="Grafton Property Partners", contact="",
      frm=("Grafton Property Partners", "no-reply@hire.lever.co"),
      subject="Thanks for applying to Grafton Property Partners",
      date="2026-04-07 10:10 +0100", text=_t, html=paras(_t), cte="base64", id="gp_ack"))

_app = """Dear Mr Ó Briain,

Please find attached my CV and cover letter for the Facilities & Housekeeping Coordinator position advertised on your website.

I have spent six years in hotel housekeeping in Cork, the last three as supervisor of a 24-person team, and I am now moving into facilities coordination. I would welcome the chance to meet you.

Kind regards,
Oksana Duarte-Brennan"""
add(M(kind=ACK, slug="human_got_your_cv_cp1252", lang="en",
      company="Treaty Stone Hotel", contact="sean.obriain@treatystone.example.ie",
      frm=("Seán Ó Briain", "sean.obriain@treatystone.example.ie"),
      name_enc=("iso-8859-1", "Q"),
      subject="Re: Facilities & Housekeeping Coordinator – CV", subj_enc=("utf-8", "B"),
      date="2026-02-03 09:12 +0000", charset="windows-1252", cte="quoted-printable",
      text="""Hi Oksana,

Got your CV, thanks – and the cover letter. I’m tied up with a conference this week but will have a proper look on Monday and come back to you.

Seán

Seán Ó Briain
General Manager
Treaty Stone Hotel, Clancy Strand, Limerick
+353 61 555 0400

""" + quoted("en", OKSANA, "2026-02-02 21:15", _app), id="ts_ack", parent="ts_app"))

_t = """Hi Oksana,

Thanks for applying for the Workplace Experience Coordinator role at Amstel Workplace Services! We've received your application and our team will review it.

We aim to get back to every candidate within two weeks. While you wait, feel free to check out how we work on our careers page.

All the best,
Amstel Talent Team"""
add(M(kind=ACK, slug="ashby_thanks", lang="en",
      company="Amstel Workplace Services", contact="",
      frm=("Amstel Workplace Services", "no-reply@ashbyhq.com"),
      subject="Thanks for applying to Amstel Workplace Services!",
      date="2026-06-09 08:30 +0200", text=_t,
      html=ats_card("Amstel Workplace Services", "#3a0ca3", paras(_t)), id="am_ack"))

_t = """Hi Oksana,

Thank you for applying for Accommodation & Facilities Supervisor at Corrib Bay Hotels. We've got your application and our people team will look through it carefully.

Please note: we receive a lot of applications and unfortunately we can't respond to everyone individually. If you are selected for the next stage, we will contact you within three weeks.

Have a lovely day,
Corrib Bay Hotels People Team"""
add(M(kind=ACK, slug="teamtailor_cant_respond_to_everyone", lang="en",
      company="Corrib Bay Hotels", contact="",
      frm=("Corrib Bay Hotels", "no-reply@teamtailor-mail.com"),
      subject="We've received your application – Corrib Bay Hotels",
      date="2026-04-06 20:15 +0100", text=_t,
      html=ats_card("Corrib Bay Hotels", "#c8553d", paras(_t)), cte="quoted-printable",
      id="cb_ack"))

add(M(kind=ACK, slug="council_acknowledgement", lang="en",
      company="Muskerry County Council", contact="recruitment@muskerry.example.ie",
      frm=("Muskerry County Council Recruitment", "recruitment@muskerry.example.ie"),
      subject="Acknowledgement - MCC/FAC/26/03 Facilities Officer (Grade 5)",
      date="2026-04-03 12:00 +0100",
      text="""Dear Ms Duarte-Brennan,

We acknowledge receipt of your application for the post of Facilities Officer (Grade 5), competition reference MCC/FAC/26/03.

Please quote this reference in all correspondence. Shortlisting may take place on the basis of the information supplied in your application form, and candidates will be notified of the outcome in writing.

Canvassing will disqualify.

Human Resources Department
Muskerry County Council
County Hall, Macroom, Co. Cork""", id="mc_ack"))

# =========================================================================== received, German

_t = """Liebe Frau Duarte-Brennan,

vielen Dank für Ihre Bewerbung als Facility Coordinator (m/w/d) bei den Rheinufer Hotels. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Herzliche Grüße
Ihr People-Team der Rheinufer Hotels

Diese Nachricht wurde automatisch versendet."""
add(M(kind=ACK, slug="personio_eingangsbestaetigung", lang="de",
      company="Rheinufer Hotels", contact="",
      frm=("Rheinufer Hotels", "no-reply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung – Facility Coordinator (m/w/d)",
      date="2026-04-02 16:41 +0200", text=_t,
      html=ats_card("Rheinufer Hotels", "#28536b", paras(_t)), cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")], id="rh_ack"))

add(M(kind=ACK, slug="agentur_registrierung", lang="de",
      company="Personalwerk Rhein", contact="j.brueckner@personalwerk-rhein.example.de",
      frm=("Jonas Brückner", "j.brueckner@personalwerk-rhein.example.de"),
      subject="Ihre Registrierung bei Personalwerk Rhein", date="2026-03-18 10:05 +0100",
      cte="quoted-printable",
      text="""Hallo Frau Duarte-Brennan,

vielen Dank für das nette Telefonat heute Morgen. Hiermit bestätige ich Ihnen gern, dass Ihre Registrierung bei uns abgeschlossen ist: Ihr Lebenslauf und Ihre Zeugnisse sind in unserer Bewerberdatenbank hinterlegt.

Wie besprochen suche ich für Sie nach Positionen im Bereich Facility Management und Hausdamen-Leitung in Düsseldorf und Umgebung, bevorzugt in Häusern mit Englisch als Arbeitssprache. Ihre Unterlagen gebe ich nur nach vorheriger Rücksprache an Kunden weiter.

Viele Grüße
Jonas Brückner
Personalberater
Personalwerk Rhein
Königsallee 60, 40212 Düsseldorf""", id="pw_reg"))

_t = """Sehr geehrte Frau Duarte-Brennan,

vielen Dank für Ihre Bewerbung als Koordinatorin Hauswirtschaft und Gebäudeservice. Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jede Anfrage zum Stand des Verfahrens einzeln beantworten. Wir melden uns bei Ihnen, sobald die Sichtung abgeschlossen ist.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Lörick"""
add(M(kind=ACK, slug="softgarden_html_only", lang="de",
      company="Klinikum Lörick", contact="",
      frm=("Klinikum Lörick", "klinikum-loerick@softgarden.io"), name_enc=("iso-8859-1", "Q"),
      subject="Ihre Bewerbung ist bei uns eingegangen", date="2026-03-27 07:02 +0100",
      html=ats_card("Klinikum Lörick", "#006e7f", paras(_t),
                    footer="softgarden e-recruiting &middot; Datenschutz"),
      cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")], id="kl_ack"))

# =========================================================================== received, French

_t = """Bonjour Oksana,

Nous vous remercions pour votre candidature au poste de Coordinatrice des services généraux (H/F) au sein du Groupe Hôtelier Confluence.

Votre dossier a bien été transmis à notre équipe de recrutement, qui l'étudiera avec attention. Si votre profil correspond à nos besoins, nous reviendrons vers vous dans les meilleurs délais.

À très bientôt,
L'équipe Talents du Groupe Hôtelier Confluence"""
add(M(kind=ACK, slug="smartrecruiters_bien_recu", lang="fr",
      company="Groupe Hôtelier Confluence", contact="",
      frm=("Groupe Hôtelier Confluence", "noreply@smartrecruiters.com"),
      subject="Nous avons bien reçu votre candidature", date="2026-03-16 22:10 +0100",
      text=_t, html=ats_card("Groupe Hôtelier Confluence", "#5b2a86", paras(_t)),
      cte="base64", id="gc_ack"))

add(M(kind=ACK, slug="agence_inscription", lang="fr",
      company="Talentis Lyon", contact="mathilde.roux@talentis-lyon.example.fr",
      frm=("Mathilde Roux", "mathilde.roux@talentis-lyon.example.fr"),
      subject="Confirmation de votre inscription – Talentis Lyon",
      date="2026-06-08 15:20 +0200", cte="quoted-printable",
      text="""Bonjour Oksana,

Suite à notre échange téléphonique, je vous confirme votre inscription auprès de Talentis Lyon. Votre CV a bien été enregistré dans notre fichier de candidats pour des postes d'encadrement en hébergement, services généraux et maintenance sur Lyon et sa région.

Pour finaliser votre dossier, pourriez-vous m'envoyer une copie de votre pièce d'identité et vos deux dernières attestations d'employeur ?

Je reviens vers vous dès qu'une mission correspond à votre profil.

Bien à vous,
Mathilde Roux
Consultante Hôtellerie & Services
Talentis Lyon""", id="ta_reg"))

_t = """Madame Duarte-Brennan,

Nous accusons réception de votre candidature pour le poste de gestionnaire de bâtiments (réf. UG-2026-117) et vous remercions de l'intérêt que vous portez à l'Université de Gerland.

Votre dossier sera examiné par la commission de recrutement à l'issue de la période de publication. Compte tenu du nombre important de candidatures, seules les personnes retenues pour un entretien seront contactées.

La Direction des ressources humaines

Ce message est généré automatiquement, merci de ne pas y répondre."""
add(M(kind=ACK, slug="taleo_accuse_reception_latin1", lang="fr",
      company="Université de Gerland", contact="",
      frm=("Université de Gerland - Recrutement", "noreply@taleo.net"),
      name_enc=("iso-8859-1", "Q"),
      subject="Accusé de réception - gestionnaire de bâtiments (UG-2026-117)",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-05-11 11:48 +0200", text=_t, charset="iso-8859-1", cte="quoted-printable",
      id="ug_ack"))

# =========================================================================== received, Spanish

_t = """¡Hola Oksana!

Gracias por enviarnos tu candidatura para el puesto de Coordinadora de Pisos y Mantenimiento. La hemos recibido correctamente y nuestro equipo de selección la revisará en los próximos días.

Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Personas – Hoteles Turia"""
add(M(kind=ACK, slug="recruitee_recibida", lang="es",
      company="Hoteles Turia", contact="",
      frm=("Hoteles Turia", "hotelesturia@jobs.recruitee.com"),
      subject="Hemos recibido tu candidatura – Hoteles Turia", date="2026-05-04 09:00 +0200",
      text=_t, html=ats_card("Hoteles Turia", "#e07a5f", paras(_t)), cte="quoted-printable",
      id="ht_ack"))

add(M(kind=ACK, slug="agencia_alta", lang="es",
      company="Empleo Mediterráneo", contact="marta.llorens@empleomed.example.es",
      frm=("Marta Llorens", "marta.llorens@empleomed.example.es"),
      subject="Alta en Empleo Mediterráneo", date="2026-04-20 12:45 +0200",
      cte="quoted-printable",
      text="""Hola, Oksana:

Te confirmo que ya estás dada de alta en nuestra base de datos de candidatos. He registrado tu CV para puestos de gobernanta, coordinación de pisos y servicios generales en hoteles, residencias y hospitales del área de Valencia.

Cuando tenga un proceso que encaje contigo te llamaré antes de presentar tu candidatura a ningún cliente.

Un abrazo,
Marta Llorens
Consultora de selección – Empleo Mediterráneo
C/ Colón 60, 46004 València
Tel. 961 55 43 21""", id="em_reg"))

_app = """Estimados señores:

Les adjunto mi currículum y carta de presentación para el puesto de Coordinador/a de Servicios Generales (ref. SG-2026-08). Cuento con seis años de experiencia en gestión de equipos de limpieza y pisos en hoteles de Irlanda y me gustaría trasladarme a Valencia.

Quedo a su disposición para una entrevista.

Atentamente,
Oksana Duarte-Brennan"""
add(M(kind=ACK, slug="hemos_recibido_su_cv", lang="es",
      company="Hospital Malvarrosa", contact="lucia.ferrer@hospitalmalvarrosa.example.es",
      frm=("Lucía Ferrer Sanchis", "lucia.ferrer@hospitalmalvarrosa.example.es"),
      subject="RE: Candidatura Coordinador/a de Servicios Generales",
      date="2026-09-03 10:30 +0200", cte="quoted-printable",
      text="""Estimada Sra. Duarte-Brennan:

Le confirmamos que hemos recibido su CV y la carta de presentación para el puesto de Coordinador/a de Servicios Generales (ref. SG-2026-08). Su candidatura queda registrada y será valorada junto con las demás una vez cerrado el plazo, el 15 de septiembre.

Reciba un cordial saludo,

Lucía Ferrer Sanchis
Departamento de Recursos Humanos
Hospital Malvarrosa

""" + quoted("es", OKSANA, "2026-09-02 20:47", _app), id="mal_ack", parent="cand-mal-app"))

# =========================================================================== offers

_t = """Dear Oksana,

Following your interview last Friday, I am delighted to offer you the position of Facilities Coordinator with Lee Quay Hotel Group, based at Lee Quay Hotel, Cork.

The main terms are:
- Start date: Monday 13 April 2026 (or as agreed)
- Salary: €41,500 per annum, paid monthly
- Hours: 39 hours per week, Monday to Friday with one weekend duty per month
- Annual leave: 22 days plus public holidays

Your full contract and offer letter are attached. Please sign and return them by Friday 20 March. This offer is subject to two satisfactory references.

Brendan and the team are really looking forward to working with you.

Kind regards,
Niamh Cotter
HR Business Partner
Lee Quay Hotel Group
Lapp's Quay, Cork T12 RX62
+353 21 555 0190"""
_disc = """Lee Quay Hotel Group DAC, registered in Ireland no. 555123, registered office Lapp's Quay, Cork. This email and any files transmitted with it are confidential and intended solely for the use of the addressee."""
add(M(kind=OFF, slug="formal_offer_pdf_outlook", lang="en",
      company="Lee Quay Hotel Group", contact="niamh.cotter@leequay.example.ie",
      frm=("Niamh Cotter", "niamh.cotter@leequay.example.ie"),
      subject="Offer of employment – Facilities Coordinator",
      date="2026-03-13 15:02 +0000", text=_t + "\n\n" + _disc,
      html=outlook_html(mso(_t) + '\n<p class="MsoNormal" style="font-size:8pt;color:gray">'
                        + esc(_disc) + "</p>"),
      cte="quoted-printable",
      pdfs=[dict(filename="LQHG_Offer_Letter_Duarte-Brennan.pdf", lines=[
          "Lee Quay Hotel Group - Offer of Employment",
          "Ms Oksana Duarte-Brennan",
          "Position: Facilities Coordinator, Lee Quay Hotel, Cork",
          "Start date: 13 April 2026",
          "Salary: EUR 41,500 per annum",
          "Please sign and return by 20 March 2026.",
          "Signed: ______________________   Date: ___________"])],
      id="lq_offer", parent="lq_thanks"))

add(M(kind=OFF, slug="agency_client_wants_to_offer", lang="en",
      company="Fitzgerald Park Hotel", contact="colm@blackwaterrec.example.ie",
      frm=("Colm Hegarty", "colm@blackwaterrec.example.ie"),
      subject="Fitzgerald Park – they want you!", date="2026-02-10 13:25 +0000",
      charset="windows-1252", cte="quoted-printable",
      text="""Oksana!

Mairéad just rang me – the client wants to make you an offer for the Housekeeping & Facilities Manager role.

What they’ve put on the table:
- €43,000 base + €2,500 annual bonus tied to guest-satisfaction scores
- 5 days over 7, with a promise of no more than two weekends a month
- Start 9 March

She’ll send the written contract directly once you give me the nod that you’re happy in principle. If you want to push on salary there may be a little room – let’s talk it through this evening.

Congrats, really well deserved!

Colm

Colm Hegarty | Senior Consultant, Facilities & Hospitality
Blackwater Recruitment | 14 South Mall, Cork
M: +353 86 555 2231""", id="bw_offer", parent="bw_inv"))

add(M(kind=OFF, slug="verbal_offer_confirmed", lang="en",
      company="University of the Shannon", contact="deirdre.moloney@ushannon.example.ie",
      frm=("Deirdre Moloney", "deirdre.moloney@ushannon.example.ie"),
      subject="Facilities Administrator (Grade 4) – offer", date="2026-02-27 16:05 +0000",
      cte="quoted-printable",
      text="""Dear Oksana,

Further to our telephone conversation this afternoon, I am pleased to confirm that the interview board has recommended you for appointment to the post of Facilities Administrator (Grade 4), following your rescheduled interview on 19 February.

The offer is made at point 3 of the Grade 4 salary scale (€40,113 per annum) and is subject to satisfactory references and a pre-employment medical. A formal contract will issue from this office once these are complete.

Could you please confirm by return email that you accept the offer, and let me know your proposed start date?

Yours sincerely,

Deirdre Moloney
Human Resources Division
University of the Shannon
Plassey Road, Limerick V94 T9PX""", id="us_offer", parent="us_missed"))

add(M(kind=OFF, slug="contract_for_signature_pdf", lang="en",
      company="Phoenix Park Hospitality", contact="ciaran.nolan@phoenixparkhosp.example.ie",
      frm=("Ciarán Nolan", "ciaran.nolan@phoenixparkhosp.example.ie"),
      name_enc=("iso-8859-1", "B"),
      subject="Your contract – Facilities & Events Coordinator", date="2026-09-15 11:40 +0100",
      cte="quoted-printable",
      text="""Hi Oksana,

Great to speak on Friday – as promised, your contract of employment for the Facilities & Events Coordinator role is attached for signature.

Quick summary: €42,000 per annum, 39 hours, permanent after a six-month probation, start date Monday 12 October. Parking at the gate lodge is included.

Please read it through, sign the last page and send a scan back to me (or just reply with any questions). Once I have it, Lisa will book you in for induction.

Welcome aboard!
Ciarán

Ciarán Nolan
General Manager | Phoenix Park Hospitality
Chesterfield Avenue, Dublin 8
+353 1 555 6677""",
      pdfs=[dict(filename="Contract_of_Employment_ODB.pdf", lines=[
          "Phoenix Park Hospitality - Contract of Employment",
          "Employee: Oksana Duarte-Brennan",
          "Role: Facilities & Events Coordinator",
          "Commencement: 12 October 2026; probation six months",
          "Salary: EUR 42,000 per annum; 39 hours per week",
          "Employee signature: ______________________"])],
      id="pp_offer", parent="pp_move"))

_t = """Dear Oksana,

On behalf of Grachtenhuis Hotels, it is my pleasure to offer you the position of Facilities & Housekeeping Coordinator at our Keizersgracht property. Joost and the team were very enthusiastic after your interview last week.

Attached you will find our offer letter with the main terms: a gross monthly salary of €3,650 (plus 8% holiday allowance), a 38-hour week, a one-year contract with the intention to make it permanent, and a relocation contribution of €2,000.

We would appreciate your reply by 6 October. Please let me know if you would like to discuss anything before then.

Met vriendelijke groet / Kind regards,
Sanne Visser
HR Advisor | Grachtenhuis Hotels
Keizersgracht 410, 1016 GC Amsterdam"""
add(M(kind=OFF, slug="offer_letter_amsterdam_pdf", lang="en",
      company="Grachtenhuis Hotels", contact="sanne.visser@grachtenhuis.example.nl",
      frm=("Sanne Visser", "sanne.visser@grachtenhuis.example.nl"),
      subject="Offer letter – Facilities & Housekeeping Coordinator",
      date="2026-09-29 14:15 +0200", text=_t, html=paras(_t), cte="base64",
      pdfs=[dict(filename="Grachtenhuis_offer_letter.pdf", lines=[
          "Grachtenhuis Hotels - Offer letter",
          "Oksana Duarte-Brennan",
          "Facilities & Housekeeping Coordinator, Keizersgracht",
          "Gross monthly salary EUR 3,650 plus 8% holiday allowance",
          "Reply requested by 6 October 2026"])],
      id="gh_offer", parent="gh_cancel"))

add(M(kind=OFF, slug="provisional_offer_vetting", lang="en",
      company="Claddagh Health Campus", contact="f.nichonaill@claddaghhealth.example.ie",
      frm=("Fionnuala Ní Chonaill", "f.nichonaill@claddaghhealth.example.ie"),
      subject="Provisional offer – Support Services Supervisor", date="2026-10-12 10:20 +0100",
      cte="quoted-printable",
      text="""Dear Oksana,

I'm pleased to let you know that, following the interview on 5 October, you have been successful in the competition for Support Services Supervisor at Claddagh Health Campus and we would like to offer you the post.

This offer is provisional and is subject to Garda vetting, satisfactory references and occupational health clearance. Our recruitment team will contact you in the coming days with the vetting forms.

Please reply to confirm that you wish to accept this provisional offer.

Kind regards,
Fionnuala Ní Chonaill
Support Services Manager
Claddagh Health Campus, Newcastle Road, Galway
+353 91 555 1200"""))

add(M(kind=OFF, slug="vertragsangebot_pdf", lang="de",
      company="Kö-Residenz Serviced Apartments", contact="t.wendt@koe-residenz.example.de",
      frm=("Tobias Wendt", "t.wendt@koe-residenz.example.de"),
      subject="Ihr Vertragsangebot – Hausdame / Facility-Koordinatorin",
      date="2026-07-24 11:00 +0200", cte="quoted-printable",
      text="""Hallo Frau Duarte-Brennan,

nach unserem zweiten Gespräch freue ich mich sehr, Ihnen die Stelle als Hausdame / Facility-Koordinatorin in der Kö-Residenz anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot: unbefristet, 40 Stunden pro Woche, 3.400 € brutto monatlich, 28 Urlaubstage, Start zum 1. September 2026 oder nach Absprache.

Bitte schicken Sie uns den unterschriebenen Vertrag bis zum 7. August zurück. Bei Fragen rufen Sie mich jederzeit an.

Beste Grüße
Tobias Wendt
Betriebsleiter
Kö-Residenz Serviced Apartments
Tel. +49 211 555 3300""",
      pdfs=[dict(filename="Arbeitsvertrag_Duarte-Brennan.pdf", lines=[
          "Kö-Residenz Serviced Apartments - Arbeitsvertrag",
          "Frau Oksana Duarte-Brennan",
          "Position: Hausdame / Facility-Koordinatorin",
          "Beginn: 1. September 2026, unbefristet",
          "Vergütung: 3.400 EUR brutto monatlich",
          "Unterschrift: ______________________"])],
      id="kr_offer", parent="kr_missed"))

add(M(kind=OFF, slug="promesse_embauche_pdf", lang="fr",
      company="Groupe Hôtelier Confluence", contact="elodie.garnier@confluence-hotels.example.fr",
      frm=("Élodie Garnier", "elodie.garnier@confluence-hotels.example.fr"),
      subject="Promesse d'embauche – Coordinatrice des services généraux",
      date="2026-04-17 16:30 +0200", cte="quoted-printable",
      text="""Bonjour Madame Duarte-Brennan,

Suite à nos échanges et à votre entretien du 8 avril, j'ai le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de coordinatrice des services généraux du Groupe Hôtelier Confluence.

Les principales conditions : CDI à temps plein, statut agent de maîtrise, rémunération annuelle brute de 36 000 € sur 13 mois, prise de poste le 1er juin 2026 à l'hôtel Perrache.

Je vous remercie de nous retourner le document signé avant le 30 avril.

Au plaisir de vous accueillir dans l'équipe,

Élodie Garnier
Responsable Ressources Humaines
Groupe Hôtelier Confluence""",
      pdfs=[dict(filename="Promesse_embauche_Duarte-Brennan.pdf", lines=[
          "Groupe Hôtelier Confluence - Promesse d'embauche",
          "Madame Oksana Duarte-Brennan",
          "Poste : coordinatrice des services généraux (CDI)",
          "Prise de poste : 1er juin 2026",
          "Rémunération annuelle brute : 36 000 EUR sur 13 mois",
          "Bon pour accord, signature : ____________________"])],
      id="gc_offer", parent="gc_thanks"))

_t = """Hola Oksana:

¡Buenas noticias! Tras la entrevista con Vicente, nos encantaría que te unieras al equipo de Hoteles Turia como Coordinadora de Pisos y Mantenimiento.

Te resumo la oferta:
- Contrato indefinido a jornada completa
- Salario bruto anual de 29.500 €, en 14 pagas
- Incorporación el 1 de julio de 2026
- Ayuda de 1.200 € para el traslado desde Irlanda

Te enviaremos el contrato en cuanto nos confirmes que aceptas. Si quieres comentar cualquier punto, llámame cuando quieras.

Un abrazo,
Paula Navarro
Técnica de Selección – Hoteles Turia
Tel. 963 55 80 12"""
add(M(kind=OFF, slug="oferta_hotel", lang="es",
      company="Hoteles Turia", contact="paula.navarro@hotelesturia.example.es",
      frm=("Paula Navarro", "paula.navarro@hotelesturia.example.es"),
      subject="Oferta – Coordinadora de Pisos y Mantenimiento", date="2026-06-01 12:10 +0200",
      text=_t, html=paras(_t), cte="quoted-printable", id="ht_offer", parent="ht_move"))

add(M(kind=OFF, slug="agencia_cliente_quiere_ofertar", lang="es",
      company="Clínica Ruzafa", contact="marta.llorens@empleomed.example.es",
      frm=("Marta Llorens", "marta.llorens@empleomed.example.es"),
      subject="¡Clínica Ruzafa quiere hacerte una oferta!", subj_enc=("iso-8859-1", "Q"),
      date="2026-09-10 18:05 +0200", charset="windows-1252", cte="quoted-printable",
      text="""¡Hola, Oksana!

Acabo de colgar con la gerente de la Clínica Ruzafa: el cliente quiere hacerte una oferta para el puesto de responsable de hostelería y limpieza.

Las condiciones que me han trasladado:
- 31.000 € brutos anuales
- Contrato indefinido con seis meses de periodo de prueba
- Horario de mañana, de lunes a viernes
- Incorporación a partir del 1 de octubre

Te mandarán la carta de oferta formal mañana. ¿Te encaja? Si quieres negociar algo, lo vemos juntas antes de contestar.

¡Enhorabuena!
Marta

Marta Llorens
Consultora de selección – Empleo Mediterráneo""", id="em_offer", parent="em_reg"))
