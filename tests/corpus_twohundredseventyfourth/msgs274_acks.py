"""Corpus 274: application acknowledgements (21) and offers (10), all hand-written."""

# ruff: noqa: C408  (each message is written as a dict(...) call: the spec format)

from __future__ import annotations

from msgs274_common import (
    CAND,
    ats_card,
    outlook_html,
    plain_html,
    reply,
)

ACK = "application_received"
OFFER = "offer"

# =============================================================================================
# Application received
# =============================================================================================

_corrib_ack = """Hi Niamh,

Thank you for applying for the Clinical Research Coordinator role at Corrib Clinical Research. This is a quick note to confirm that your application has reached us safely.

Our talent team reads every application personally. If your experience is a match for the role, someone from the team will be in touch within two weeks to talk about next steps.

In the meantime, you can learn more about our site network and the studies we run at corribcr.example.ie/about.

Best wishes,
The Corrib Clinical Research Talent Team"""

_wsu_ack = """Dear Niamh,

Thank you for submitting your application for Clinical Research Coordinator (R-2026-00417) at Western Seaboard University. We confirm that it has been received and will be considered by the shortlisting panel after the closing date of 20 February 2026.

Please note that, due to the volume of applications, unfortunately we cannot reply to every applicant individually until shortlisting has been completed. You can view the status of your application at any time in Candidate Home.

Kind regards,
Human Resources - Recruitment Team
Western Seaboard University"""

_harbourview_reg = """Hi Niamh,

Thanks for sending on your CV and for the chat yesterday - it was great to hear about your plans to move from dental nursing into clinical research.

Just to confirm you're now registered with Harbourview Life Science Recruitment. What happens next:

1. I've added you to our candidate database under "Clinical Operations - Entry Level (West/Dublin)".
2. I won't send your CV to any client without speaking to you first and getting your OK.
3. I'll keep an eye out for coordinator and CTA roles in Galway and Dublin, and for hybrid roles where you'd only need to be on site two days a week.

Attached to our earlier email was our privacy notice; please give it a read when you get a chance.

Talk soon,
Conor

Conor Whelan | Senior Consultant, Clinical Operations
Harbourview Life Science Recruitment
14 Grand Canal Quay, Dublin 2 | +353 1 555 7710"""

_kinvara_ack = """Hi Niamh,

Thanks for applying to Kinvara Health Data! We've received your application for Clinical Operations Associate.

Our team will review it shortly. If there's a fit, we'll reach out to set up a first conversation.

The Kinvara Health Data Team

--
Sent via Lever on behalf of Kinvara Health Data."""

_claddagh_ack = """Dear Niamh,

Thank you for your interest in Claddagh Biologics.

We have received your application for Clinical Research Associate I (Entry Level), Galway - Requisition 2026-1187. Our Talent Acquisition team will review your qualifications against the requirements of the position.

You may check the status of your application at any time by logging in to our Career Portal.

Sincerely,
Talent Acquisition
Claddagh Biologics"""

_hse_ack = """Dear Applicant,

Campaign Reference: HW-CRC-26-007
Post: Clinical Research Coordinator, Grade VI, Galway University Research Network

This is an automated acknowledgement to confirm that your application form for the above campaign has been received by HR West.

Please quote the campaign reference in any correspondence. Shortlisting will take place after the closing date. Candidates who are shortlisted will be notified of interview arrangements by email; please check your junk/spam folder regularly.

This mailbox is not monitored. For queries please contact the recruitment officer named in the job specification.

HR West Recruitment
Health Service Executive"""

_ballybrit_ack = """Hi Niamh,

Got your CV - thanks for sending it on. I'll have a proper look this week and come back to you. We're not in a rush to fill the post so take your time with anything else you're waiting on.

Gráinne

Gráinne Lyons
Centre Manager
Ballybrit Trials Centre, Galway
091 555 7183"""

_loughgill_ack = """Hi Niamh,

Thanks for applying for the Clinical Study Coordinator position at Lough Gill Diagnostics. We've received your application and our hiring team will review it soon.

If your background looks like a good fit, we'll reach out to you to arrange a call.

Thanks again,
Lough Gill Diagnostics Hiring Team"""

_quayside_ack = """Dear Niamh,

We confirm receipt of your application for the position of Clinical Research Assistant (Imaging Studies) at Quayside Medical Imaging, Limerick.

Your application is now with the hiring team. We aim to review all applications within ten working days.

Kind regards,
Quayside Medical Imaging"""

_northlight_ack = """Hello Niamh,

Thank you for applying for the Clinical Data Coordinator role at Northlight Clinical Data in Belfast. This email confirms that we have your application.

We're a small team, and we receive a lot of applications, so unfortunately we aren't able to respond to each one individually. If you haven't heard from us within three weeks of the closing date, it means we won't be taking your application further on this occasion.

We read every application carefully and appreciate the time you spent on yours.

Best regards,
Northlight Clinical Data"""

_kestrel_reg = """Hi Niamh,

Lovely to chat to you earlier. I've received your CV and I'm happy to say you're now registered with Kestrel Clinical Talent.

I've noted your availability (four weeks' notice to the practice) and your preference for Galway or hybrid roles. I'll also send over a short guide on tailoring a dental nursing CV for research-site roles - a few small changes in wording can make a big difference with CRO hiring managers.

I'll be in touch as soon as I have something that suits.

Shauna

Shauna Geraghty
Principal Consultant | Kestrel Clinical Talent
Eyre Square Business Centre, Galway | +353 91 555 8874"""

_tessellate_ack = """Hi Niamh,

Thanks for applying for the Remote Site Coordinator role at Tessellate Trials. Your application is in!

We review applications on a rolling basis and will get back to you as soon as we can.

- The Tessellate Trials team

Sent via Ashby"""

_confluence_ack = """Bonjour Niamh,

Nous vous remercions pour votre candidature au poste d'attaché(e) de recherche clinique junior au sein de Confluence Essais Cliniques.

Votre dossier a bien été reçu et sera étudié avec attention par notre équipe de recrutement. Si votre profil correspond à nos besoins, nous reviendrons vers vous dans les prochaines semaines.

À bientôt,
L'équipe recrutement de Confluence Essais Cliniques"""

_fourviere_ack = """Madame,

Nous accusons bonne réception de votre candidature au poste de Technicienne d'études cliniques (réf. HF-2026-0219) et vous en remercions.

Votre candidature sera examinée par la Direction des Ressources Humaines et par le service concerné. En raison du nombre important de candidatures reçues, nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles avant la clôture de l'offre.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Hospices de Fourvière"""

_medisys_ack = """Bonjour Madame Delacroix-Murphy,

J'ai bien reçu votre candidature pour le poste de Clinical Research Coordinator à Leuven, ainsi que votre CV et votre lettre de motivation. Merci pour l'intérêt que vous portez à Medisys Benelux.

Je la transmets dès aujourd'hui à notre Clinical Project Manager et je reviens vers vous d'ici une dizaine de jours.

Cordialement,

Sophie Lambert
HR Business Partner
Medisys Benelux
Boulevard du Souverain 280, 1160 Bruxelles"""

_hohesvenn_ack = """Guten Tag Frau Delacroix-Murphy,

vielen Dank für Ihre Bewerbung als Studienkoordinatorin (m/w/d) im Hohes Venn Klinikum. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Tage in Anspruch nehmen kann.

Freundliche Grüße
Ihr Personalteam des Hohes Venn Klinikum

Diese Nachricht wurde automatisch erstellt."""

_eifel_ack = """Hallo Frau Delacroix-Murphy,

wir haben Ihre Bewerbung für die Position „Clinical Affairs Specialist (Junior)“ (Standort Leuven) erhalten – vielen Dank!

Unser Recruiting-Team sieht sich Ihre Unterlagen in den nächsten Tagen an. Über den aktuellen Stand Ihrer Bewerbung können Sie sich jederzeit in Ihrem softgarden-Bewerberkonto informieren.

Viele Grüße
Ihr Recruiting-Team der Eifel MedTec GmbH"""

_brabant_ack = """Sehr geehrte Frau Delacroix-Murphy,

hiermit bestätige ich den Eingang Ihrer Bewerbungsunterlagen für die Stelle Studienassistenz im Bereich Site Management an unserem Standort Leuven.

Wir werden Ihre Unterlagen in den kommenden zwei Wochen sichten. Sollten wir Rückfragen haben, melde ich mich gerne telefonisch bei Ihnen.

Mit freundlichen Grüßen

Dr. Ulrike Hahn
Leiterin Personal
Brabant Pharma Services BV
Tiensevest 60, 3000 Leuven"""

_ecm_ack = """Hola Niamh,

¡Gracias por presentar tu candidatura a Coordinadora de Ensayos Clínicos (Oncología) en Ensayos Clínicos Mediterráneo!

Hemos recibido correctamente tu solicitud. Nuestro equipo de selección la revisará y, si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Saludos,
Equipo de Selección
Ensayos Clínicos Mediterráneo"""

_talento_reg = """Hola Niamh:

Muchas gracias por la llamada de esta mañana. Te confirmo que hemos recibido tu CV y que ya estás dada de alta en Talento Salud Barcelona como candidata para puestos de coordinación de estudios clínicos en Barcelona y alrededores.

Como te comenté, no enviaremos tu perfil a ninguna empresa sin hablarlo antes contigo. Esta semana tengo dos procesos abiertos que podrían encajar; te cuento más en cuanto hable con los clientes.

Un saludo,

Javier Ortega Ruiz
Consultor Senior – Life Sciences
Talento Salud Barcelona
Passeig de Gràcia 54, 08007 Barcelona"""

_besos_ack = """Hola Niamh,

Gracias por tu interés en la plaza de Data Manager / Coordinadora de Estudios del Instituto de Investigación del Hospital Universitari del Besòs.

Hemos recibido tu candidatura. Vamos a revisar todas las solicitudes después del cierre de la convocatoria, el 6 de septiembre, y te informaremos sobre los siguientes pasos.

Un saludo,
Equipo de Recursos Humanos
Hospital Universitari del Besòs"""

# =============================================================================================
# Offers
# =============================================================================================

_corrib_offer = """Dear Niamh,

Following your interview with Ciarán and me on 3 March, I am delighted to offer you the position of Clinical Research Coordinator at Corrib Clinical Research.

The main terms are:

- Start date: Monday 20 April 2026 (we can discuss this if you need to give longer notice)
- Salary: €38,500 per annum, with a review after six months
- Hours: 37.5 per week, Monday to Friday, based at our Dock Road site
- Permanent contract, subject to a six-month probation period
- 23 days' annual leave plus public holidays, health insurance and pension contribution

Your formal offer letter is attached. Please review it and let me know by Tuesday 24 March whether you wish to accept. I'm happy to answer any questions - give me a call whenever suits.

We're really looking forward to having you on the team.

Warm regards,
Aoife

Aoife Brennan
Talent Partner | Corrib Clinical Research
Dock Road, Galway H91 K7P3 | +353 91 555 2040"""

_atlantic_verbal = """Hi Niamh,

It was lovely to speak with you this afternoon, and I'm thrilled you're as excited about this as we are.

As discussed on the phone, I'd like to confirm in writing that we are offering you the role of Clinical Affairs Coordinator in my team, at a starting salary of €41,000 plus the standard bonus scheme, starting on 1 June if that works with your notice period.

Rory in the People Team will send you the contract and the new-starter forms early next week. In the meantime, if anything comes to mind that we didn't cover, just drop me a line.

Welcome aboard (nearly)!

Anne-Marie

Dr Anne-Marie Foy
Clinical Affairs Manager
Atlantic Stent Technologies
Parkmore West Business Park, Galway"""

_atlantic_contract = reply(
    """Dear Niamh,

Further to Anne-Marie's email, please find attached your contract of employment for the role of Clinical Affairs Coordinator, together with our new-starter form.

Please sign and date the contract on page 6, complete the new-starter form, and return both to me by Wednesday 20 May. You can sign electronically or scan a signed copy - whichever is easier.

If you have any questions about the terms, I'm happy to go through them with you.

Best regards,

Rory Kenneally
People Team
Atlantic Stent Technologies
+353 91 555 3300

CONFIDENTIALITY: This email and its attachments are intended for the named recipient only and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.""",
    "Fri, 8 May 2026 at 17:10", ("Anne-Marie Foy", "annemarie.foy@atlanticstent.example.ie"),
    _atlantic_verbal)

_harbourview_offer = """Hi Niamh,

I've been dying to send you this one - Grand Canal Clinical want to make you an offer!

They came back to me an hour ago. Their proposal for the Clinical Trial Coordinator role:

- €39,000 base + 8% pension contribution
- Hybrid, three days on site at Grand Canal Dock
- Start date flexible, ideally early November

The formal offer letter will come straight from their HR team once you're happy in principle. I know you mentioned the commute from Galway was a worry, so we should talk about the relocation support they've offered as well.

Can I give you a ring this evening to go through it?

Conor

Conor Whelan | Senior Consultant, Clinical Operations
Harbourview Life Science Recruitment
+353 1 555 7710"""

_loughgill_offer = """Hi Niamh,

Thanks for coming in on Monday – the whole team enjoyed meeting you.

I’m pleased to offer you the position of Clinical Study Coordinator at Lough Gill Diagnostics, based in our Sligo office. The salary is €36,000 per year, and we’d be looking at a start date of 3 August. You’d report to me.

I’ll post out the written contract this week, but I wanted you to have this in writing today. If you’d like to accept, just reply to this email and we’ll take it from there.

Best wishes,

Niall Devaney
Head of Clinical Studies
Lough Gill Diagnostics
Finisklin Business Park, Sligo
+353 71 555 6109"""

_northlight_offer = """Dear Niamh,

Clinical Data Coordinator - Offer of Employment

I am pleased to confirm our offer of employment for the position of Clinical Data Coordinator at Northlight Clinical Data, Belfast, on the terms set out in the attached letter.

In summary: a starting salary of £29,500 per annum, 37 hours per week on a hybrid basis (two days per week in our Cathedral Quarter office), 25 days' holiday plus bank holidays, and a start date of Monday 7 September 2026.

The offer is conditional on two satisfactory references and proof of your right to work in the United Kingdom (as an Irish citizen, your Irish passport will suffice).

Please sign and return the acceptance slip at the end of the letter by Friday 14 August. Conall Beattie in our People team will handle your references and pre-employment checks, so I've set replies to go to him.

Kind regards,

Priya Raman
Operations Director
Northlight Clinical Data
Hill Street, Belfast BT1 2LA
+44 28 9555 6612"""

_medisys_offer = """Bonjour Madame Delacroix-Murphy,

Suite à nos échanges et à votre entretien avec Thomas Vermeulen le 25 août, j'ai le plaisir de vous proposer le poste de Clinical Research Coordinator au sein de Medisys Benelux, basé à Leuven.

Vous trouverez en pièce jointe notre proposition d'engagement détaillant les conditions : contrat à durée indéterminée, rémunération brute mensuelle de 3 450 €, chèques-repas, assurance hospitalisation et voiture de société selon notre politique interne. La date d'entrée en fonction proposée est le 1er octobre 2026.

Je vous remercie de bien vouloir me faire part de votre décision avant le 18 septembre. Je reste bien entendu disponible pour toute question.

Cordialement,

Sophie Lambert
HR Business Partner
Medisys Benelux
Boulevard du Souverain 280, 1160 Bruxelles
+32 2 555 71 40"""

_lumiere_offer = """Bonjour Niamh,

Suite à la demi-journée de mise en situation du 1er septembre, le Dr Marchand et l'équipe de l'unité d'essais précoces ont été convaincus par votre profil.

Nous avons le plaisir de vous confirmer notre souhait de vous recruter au poste de Technicienne de recherche clinique, en CDI, à compter du 2 novembre 2026. Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération (2 450 € brut mensuels sur 13 mois), le temps de travail et la période d'essai.

Pour accepter, il vous suffit de nous retourner la promesse datée et signée. N'hésitez pas à m'appeler si vous avez des questions, notamment sur l'accompagnement que nous proposons pour votre installation à Lyon.

Bien à vous,

Bastien Roux
Ressources humaines
Institut Lumière de Recherche Clinique
8 rue Guillaume Paradin, 69008 Lyon
04 55 52 63 10"""

_hohesvenn_offer = """Sehr geehrte Frau Delacroix-Murphy,

wir freuen uns sehr, Ihnen nach dem Gespräch mit Dr. Kessel mitteilen zu können, dass wir Ihnen die Stelle als Studienkoordinatorin in unserem Studienzentrum anbieten möchten.

Anbei erhalten Sie unser Vertragsangebot. Die wichtigsten Eckdaten:

- Beginn: 1. August 2026
- Umfang: Vollzeit (38 Stunden/Woche), unbefristet
- Vergütung: gemäß Barema der Pflegeberufe, Stufe B1c, zuzüglich Zulagen
- Sprachkurs Deutsch (B2) wird vom Klinikum übernommen

Bitte senden Sie uns das unterschriebene Angebot bis zum 19. Juni zurück oder melden Sie sich bei Fragen gern telefonisch.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen

Katrin Schröder
Personalabteilung
Hohes Venn Klinikum
Hufengasse 4, 4700 Eupen
Tel. +32 87 55 59 31"""

_sagrera_offer = """Estimada Niamh:

Tras el proceso de selección para la plaza de Coordinadora de Estudios Clínicos en nuestra Unidad de Investigación, nos complace ofrecerte el puesto.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido a jornada completa, salario bruto anual de 29.000 € en 14 pagas, 23 días laborables de vacaciones e incorporación prevista el 2 de noviembre de 2026.

Te agradeceríamos que nos confirmaras tu aceptación antes del 20 de octubre. Si tienes cualquier duda, estoy a tu disposición.

Un cordial saludo,

Elena Castells Roig
Responsable de Personas
Fundación Clínica Sagrera
Carrer de Sant Antoni Maria Claret 310, 08041 Barcelona
Tel. 93 555 47 20"""

MESSAGES: list[dict] = [
    # ---------------- application received: English ----------------
    dict(kind=ACK, name="greenhouse_ack", lang="en", company="Corrib Clinical Research", contact="",
         id="corrib-ack", frm=("Corrib Clinical Research", "no-reply@greenhouse-mail.io"),
         date="2026-02-12 08:31 +0000",
         subject="Thank you for applying to Corrib Clinical Research",
         text=_corrib_ack, html=ats_card("Corrib Clinical Research", "#0b6e4f", _corrib_ack,
                                         "Powered by Greenhouse")),
    dict(kind=ACK, name="workday_cannot_reply_individually", lang="en",
         company="Western Seaboard University", contact="",
         frm=("Western Seaboard University", "wsu@myworkday.com"),
         date="2026-02-02 12:00 +0000", cte="qp",
         subject="Application received: Clinical Research Coordinator (R-2026-00417)",
         text=_wsu_ack,
         html=ats_card("Western Seaboard University - Careers", "#1d3c6e", _wsu_ack,
                       "Please do not reply to this automated message. Powered by Workday."),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=ACK, name="agency_registration", lang="en",
         company="Harbourview Life Science Recruitment", contact="conor.whelan@harbourview.example.ie",
         frm=("Conor Whelan", "conor.whelan@harbourview.example.ie"),
         date="2026-01-10 11:15 +0000",
         subject="Welcome to Harbourview - your registration", text=_harbourview_reg),
    dict(kind=ACK, name="lever_ack", lang="en", company="Kinvara Health Data", contact="",
         frm=("Kinvara Health Data", "no-reply@hire.lever.co"),
         date="2026-03-20 16:05 +0000",
         subject="Thanks for applying to Kinvara Health Data", text=_kinvara_ack),
    dict(kind=ACK, name="icims_html_ack", lang="en", company="Claddagh Biologics", contact="",
         frm=("Claddagh Biologics Talent Acquisition", "claddaghbio@talent.icims.com"),
         date="2026-05-14 09:00 +0100", cte="base64",
         subject="Thank you for your application - Requisition 2026-1187",
         html=ats_card("Claddagh Biologics", "#6a1b9a", _claddagh_ack,
                       "This message was sent from an unattended mailbox via iCIMS.")),
    dict(kind=ACK, name="hse_automated_ack", lang="en", company="HSE", contact="",
         frm=("HR West Recruitment", "no-reply@hse-west.example.ie"),
         date="2026-01-15 17:00 +0000",
         subject="Acknowledgement: HW-CRC-26-007 Clinical Research Coordinator", text=_hse_ack,
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    dict(kind=ACK, name="human_got_your_cv", lang="en", company="Ballybrit Trials Centre",
         contact="grainne.lyons@ballybrittrials.example.ie",
         frm=("Gráinne Lyons", "grainne.lyons@ballybrittrials.example.ie"),
         name_enc=("iso-8859-1", "q"), date="2026-04-23 20:14 +0100", cte="8bit",
         ext_refs=["<CAH2niamh0423ballybrit@mail.example.ie>"],
         subject="Re: Trial coordinator post - CV attached",
         text=reply(_ballybrit_ack, "Thu, 23 Apr 2026 at 13:02", CAND,
                    """Dear Gráinne,

I saw on the Galway Research Network noticeboard that Ballybrit Trials Centre is looking for a trial coordinator. Please find my CV attached - I'd love to be considered.

Kind regards,
Niamh""")),
    dict(kind=ACK, name="bamboohr_ack", lang="en", company="Lough Gill Diagnostics", contact="",
         id="loughgill-ack", frm=("Lough Gill Diagnostics", "notifications@app.bamboohr.com"),
         date="2026-06-15 10:00 +0100",
         subject="We received your application for Clinical Study Coordinator",
         text=_loughgill_ack, html=plain_html(_loughgill_ack)),
    dict(kind=ACK, name="workable_ack", lang="en", company="Quayside Medical Imaging", contact="",
         frm=("Quayside Medical Imaging", "noreply@workablemail.com"),
         date="2026-04-28 13:20 +0100",
         subject="Quayside Medical Imaging: application received",
         text=_quayside_ack,
         html=ats_card("Quayside Medical Imaging", "#00838f", _quayside_ack, "Powered by Workable")),
    dict(kind=ACK, name="recruitee_no_individual_reply", lang="en",
         company="Northlight Clinical Data", contact="", id="northlight-ack",
         frm=("Northlight Clinical Data", "no-reply@jobs.recruitee.com"),
         date="2026-07-13 08:45 +0100", cte="qp",
         subject="Your application for Clinical Data Coordinator",
         text=_northlight_ack, html=plain_html(_northlight_ack)),
    dict(kind=ACK, name="agency_cv_received", lang="en", company="Kestrel Clinical Talent",
         contact="shauna@kestreltalent.example.ie", id="kestrel-reg",
         frm=("Shauna Geraghty", "shauna@kestreltalent.example.ie"),
         date="2026-09-14 16:00 +0100",
         subject="You're registered with Kestrel Clinical Talent", text=_kestrel_reg),
    dict(kind=ACK, name="ashby_ack", lang="en", company="Tessellate Trials", contact="",
         frm=("Tessellate Trials", "no-reply@ashbyhq.com"),
         date="2026-08-05 19:02 +0100",
         subject="Thanks for applying to Tessellate Trials", text=_tessellate_ack),
    # ---------------- application received: French ----------------
    dict(kind=ACK, name="fr_teamtailor_ack", lang="fr", company="Confluence Essais Cliniques",
         contact="", id="confluence-ack",
         frm=("Confluence Essais Cliniques", "no-reply@teamtailor-mail.com"),
         date="2026-04-02 10:00 +0200", cte="qp",
         subject="Nous avons bien reçu votre candidature",
         text=_confluence_ack,
         html=ats_card("Confluence Essais Cliniques", "#2a5d9f", _confluence_ack,
                       "Envoyé avec Teamtailor", lang="fr")),
    dict(kind=ACK, name="fr_successfactors_pas_de_reponse_individuelle", lang="fr",
         company="Hospices de Fourvière", contact="",
         frm=("Hospices de Fourvière - Recrutement", "noreply@successfactors.eu"),
         date="2026-05-04 07:00 +0000", cte="base64",
         subject="Accusé de réception de votre candidature (HF-2026-0219)",
         html=ats_card("Hospices de Fourvière", "#8e2430", _fourviere_ack,
                       "Ce message est généré automatiquement, merci de ne pas y répondre.",
                       lang="fr"),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=ACK, name="fr_bien_recu_humain", lang="fr", company="Medisys Benelux",
         contact="sophie.lambert@medisys.example.be", id="medisys-ack",
         frm=("Sophie Lambert", "sophie.lambert@medisys.example.be"),
         date="2026-07-20 16:30 +0200", charset="iso-8859-1", cte="qp",
         subject="Votre candidature - Clinical Research Coordinator (Leuven)",
         text=_medisys_ack),
    # ---------------- application received: German ----------------
    dict(kind=ACK, name="de_personio_eingang", lang="de", company="Hohes Venn Klinikum", contact="",
         id="hohesvenn-ack", frm=("Hohes Venn Klinikum", "no-reply@personio.de"),
         date="2026-05-04 12:00 +0200", cte="base64",
         subject="Eingangsbestätigung Ihrer Bewerbung – Studienkoordinator*in",
         text=_hohesvenn_ack, html=plain_html(_hohesvenn_ack, lang="de"),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=ACK, name="de_softgarden_eingang", lang="de", company="Eifel MedTec", contact="",
         frm=("Eifel MedTec GmbH", "no-reply@softgarden.io"),
         date="2026-03-02 08:15 +0100", cte="qp", subj_enc=("utf-8", "q"),
         subject="Ihre Bewerbung ist bei uns eingegangen",
         html=ats_card("Eifel MedTec", "#004f9f", _eifel_ack,
                       "Diese E-Mail wurde automatisch über softgarden versendet.", lang="de")),
    dict(kind=ACK, name="de_eingang_persoenlich", lang="de", company="Brabant Pharma Services",
         contact="u.hahn@brabantpharma.example.be",
         frm=("Dr. Ulrike Hahn", "u.hahn@brabantpharma.example.be"),
         date="2026-07-06 14:30 +0200", charset="iso-8859-1", cte="8bit",
         subj_enc=("iso-8859-1", "b"),
         subject="Eingangsbestätigung: Studienassistenz Site Management", text=_brabant_ack),
    # ---------------- application received: Spanish ----------------
    dict(kind=ACK, name="es_smartrecruiters_recibida", lang="es",
         company="Ensayos Clínicos Mediterráneo", contact="",
         frm=("Ensayos Clínicos Mediterráneo", "noreply@smartrecruiters.com"),
         name_enc=("utf-8", "q"), date="2026-06-08 09:00 +0200", cte="qp",
         subject="Hemos recibido tu candidatura",
         text=_ecm_ack, html=ats_card("Ensayos Clínicos Mediterráneo", "#00695c", _ecm_ack,
                                      "Enviado a través de SmartRecruiters", lang="es")),
    dict(kind=ACK, name="es_agencia_alta", lang="es", company="Talento Salud Barcelona",
         contact="javier.ortega@talentosalud.example.es",
         frm=("Javier Ortega Ruiz", "javier.ortega@talentosalud.example.es"),
         date="2026-08-18 12:45 +0200", charset="windows-1252", cte="8bit",
         subject="Alta en Talento Salud Barcelona", text=_talento_reg),
    dict(kind=ACK, name="es_teamtailor_recibida", lang="es", company="Hospital Universitari del Besòs",
         contact="", frm=("Hospital Universitari del Besòs", "no-reply@teamtailor-mail.com"),
         name_enc=("utf-8", "q"), date="2026-09-01 10:30 +0200",
         subject="Gracias por tu candidatura – Data Manager / Coordinadora de Estudios",
         text=_besos_ack, html=ats_card("Hospital Universitari del Besòs", "#c62828", _besos_ack,
                                        "Enviado con Teamtailor", lang="es")),
    # ---------------- offers ----------------
    dict(kind=OFFER, name="formal_offer_pdf", lang="en", company="Corrib Clinical Research",
         contact="aoife.brennan@corribcr.example.ie",
         frm=("Aoife Brennan", "aoife.brennan@corribcr.example.ie"),
         date="2026-03-17 15:00 +0000", cte="qp",
         subject="Offer of employment - Clinical Research Coordinator",
         text=_corrib_offer, html=plain_html(_corrib_offer),
         attach=[dict(type="pdf", filename="Offer_Letter_N_Delacroix-Murphy.pdf", lines=[
             "Corrib Clinical Research Ltd, Dock Road, Galway", "17 March 2026", "",
             "Dear Niamh,", "Offer of Employment - Clinical Research Coordinator", "",
             "Start date: 20 April 2026", "Salary: EUR 38,500 per annum",
             "Hours: 37.5 per week", "Probation: six months", "",
             "Please sign and return one copy by 24 March 2026.", "",
             "Aoife Brennan, Talent Partner"])]),
    dict(kind=OFFER, name="verbal_offer_follow_up", lang="en", company="Atlantic Stent Technologies",
         contact="annemarie.foy@atlanticstent.example.ie", id="atlantic-verbal",
         frm=("Anne-Marie Foy", "annemarie.foy@atlanticstent.example.ie"),
         date="2026-05-08 17:10 +0100",
         subject="Following up on our call - Clinical Affairs Coordinator", text=_atlantic_verbal,
         html=outlook_html(_atlantic_verbal)),
    dict(kind=OFFER, name="contract_for_signature", lang="en", company="Atlantic Stent Technologies",
         contact="rory.kenneally@atlanticstent.example.ie",
         frm=("Rory Kenneally", "rory.kenneally@atlanticstent.example.ie"),
         cc=[("Anne-Marie Foy", "annemarie.foy@atlanticstent.example.ie")],
         reply="atlantic-verbal", date="2026-05-13 11:00 +0100", cte="qp",
         subject="RE: Following up on our call - contract for signature", text=_atlantic_contract,
         attach=[dict(type="pdf", filename="Contract_of_Employment_CAC.pdf", lines=[
             "CONTRACT OF EMPLOYMENT", "Atlantic Stent Technologies",
             "Employee: Niamh Delacroix-Murphy", "Position: Clinical Affairs Coordinator",
             "Commencement: 1 June 2026", "Salary: EUR 41,000 per annum", "",
             "Signed: ____________________  Date: __________"]),
                 dict(type="pdf", filename="New_Starter_Form.pdf", lines=[
             "New Starter Form", "Name:", "PPSN:", "Bank IBAN:", "Emergency contact:"])]),
    dict(kind=OFFER, name="agency_client_wants_to_offer", lang="en", company="Grand Canal Clinical",
         contact="conor.whelan@harbourview.example.ie", id="harbourview-offer",
         frm=("Conor Whelan", "conor.whelan@harbourview.example.ie"),
         date="2026-09-30 16:20 +0100",
         subject="Grand Canal Clinical - OFFER!", text=_harbourview_offer),
    dict(kind=OFFER, name="written_offer_after_onsite", lang="en", company="Lough Gill Diagnostics",
         contact="niall.devaney@loughgilldx.example.ie", id="loughgill-offer",
         frm=("Niall Devaney", "niall.devaney@loughgilldx.example.ie"),
         date="2026-07-02 12:00 +0100", charset="windows-1252", cte="qp",
         subject="Clinical Study Coordinator – offer", text=_loughgill_offer),
    dict(kind=OFFER, name="offer_letter_conditional", lang="en", company="Northlight Clinical Data",
         contact="conall.beattie@northlightcd.example.co.uk",
         frm=("Priya Raman", "priya.raman@northlightcd.example.co.uk"),
         reply_to=("Conall Beattie", "conall.beattie@northlightcd.example.co.uk"),
         date="2026-08-04 10:00 +0100", cte="qp",
         subject="Offer of Employment - Clinical Data Coordinator",
         text=_northlight_offer, html=plain_html(_northlight_offer, lang="en-GB"),
         attach=[dict(type="pdf", filename="Northlight_Offer_Letter.pdf", lines=[
             "Northlight Clinical Data Ltd", "Hill Street, Belfast BT1 2LA", "",
             "Offer of Employment: Clinical Data Coordinator",
             "Salary: GBP 29,500 per annum", "Start: 7 September 2026", "",
             "Acceptance slip - return by 14 August 2026"])]),
    dict(kind=OFFER, name="fr_proposition_engagement", lang="fr", company="Medisys Benelux",
         contact="sophie.lambert@medisys.example.be",
         frm=("Sophie Lambert", "sophie.lambert@medisys.example.be"),
         date="2026-09-08 11:00 +0200", cte="qp",
         subject="Proposition d'engagement – Clinical Research Coordinator",
         text=_medisys_offer, html=outlook_html(_medisys_offer, lang="fr-BE"),
         attach=[dict(type="pdf", filename="Proposition_engagement_Medisys.pdf", lines=[
             "Medisys Benelux SA", "Proposition d'engagement", "Poste : Clinical Research Coordinator",
             "Lieu : Leuven", "Entrée en fonction : 1er octobre 2026", "Contrat : CDI"])]),
    dict(kind=OFFER, name="fr_promesse_embauche", lang="fr", company="Institut Lumière de Recherche Clinique",
         contact="bastien.roux@ilrc.example.fr", reply="lumiere-invite",
         frm=("Bastien Roux", "bastien.roux@ilrc.example.fr"),
         date="2026-09-15 16:00 +0200", charset="windows-1252", cte="qp", subj_enc=("iso-8859-1", "q"),
         subject="Votre promesse d'embauche",
         text=_lumiere_offer,
         attach=[dict(type="pdf", filename="Promesse_embauche_NDM.pdf", lines=[
             "Institut Lumiere de Recherche Clinique", "Promesse d'embauche",
             "Poste : Technicienne de recherche clinique - CDI", "Date d'effet : 2 novembre 2026",
             "Remuneration : 2 450 EUR brut mensuels x 13"])]),
    dict(kind=OFFER, name="de_vertragsangebot", lang="de", company="Hohes Venn Klinikum",
         contact="k.schroeder@hohesvenn.example.be",
         frm=("Katrin Schröder", "k.schroeder@hohesvenn.example.be"),
         name_enc=("iso-8859-1", "b"), date="2026-06-05 13:00 +0200", cte="base64",
         subject="Zusage und Vertragsangebot – Studienkoordination",
         text=_hohesvenn_offer,
         attach=[dict(type="pdf", filename="Vertragsangebot_Studienkoordination.pdf", lines=[
             "Hohes Venn Klinikum - Personalabteilung", "Vertragsangebot",
             "Frau Niamh Delacroix-Murphy", "Stelle: Studienkoordinatorin", "Beginn: 01.08.2026"])]),
    dict(kind=OFFER, name="es_carta_oferta", lang="es", company="Fundación Clínica Sagrera",
         contact="elena.castells@clinicasagrera.example.es",
         frm=("Elena Castells Roig", "elena.castells@clinicasagrera.example.es"),
         date="2026-10-13 10:00 +0200", cte="qp",
         subject="Oferta de empleo – Coordinadora de Estudios Clínicos",
         text=_sagrera_offer, html=plain_html(_sagrera_offer, lang="es"),
         attach=[dict(type="pdf", filename="Carta_oferta_Sagrera.pdf", lines=[
             "Fundación Clínica Sagrera - Carta de oferta", "Puesto: Coordinadora de Estudios Clínicos",
             "Contrato indefinido, jornada completa", "Incorporación: 2 de noviembre de 2026"])]),
]
