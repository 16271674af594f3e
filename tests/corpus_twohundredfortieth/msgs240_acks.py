"""Corpus 240, kinds `application_received` (21) and `offer` (10), hand-written."""

from __future__ import annotations

from msgs240_common import ME, ats_card, button, mso, outlook_html, outlook_reply, paras, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================== application_received

_t = """Hi Desmond,

Thank you for applying for the position of Product Development Technologist (R-2026-0087) at Nore Valley Dairies.

We have received your application and our recruitment team is now reviewing it. You can follow the status of your application at any time by signing in to your candidate home page.

Thank you for your interest in joining us.

Nore Valley Dairies Talent Acquisition"""
add(dict(
    kind="application_received", slug="norevalley_workday_ack", lang="en",
    company="Nore Valley Dairies", contact="", key="nvd_ack",
    frm=("Nore Valley Dairies", "norevalley@myworkday.com"), tz="+0000",
    subject="Thank you for applying: Product Development Technologist",
    date="2026-02-03 22:16",
    text=_t + "\n\nCandidate home: https://wd3.myworkdayjobs.com/norevalley/userHome",
    html=ats_card("Nore Valley Dairies", "#166534",
                  paras(_t) + button("Candidate home",
                                     "https://wd3.myworkdayjobs.com/norevalley/userHome"),
                  "This email was sent from an unmonitored mailbox."),
))

_t = """Dear Desmond,

Welcome to Harvest Talent Partners, and thanks for registering with us.

Your profile and CV are now live in our system and have been passed to our Food & Beverage desk. A consultant will review your details and be in touch if we have a suitable opportunity, usually within five working days.

To keep your profile up to date, sign in to the candidate portal at any time.

The Harvest Talent team"""
add(dict(
    kind="application_received", slug="harvest_registration_confirmed", lang="en",
    company="Harvest Talent Partners", contact="", key="ht_reg",
    frm=("Harvest Talent Partners", "no-reply@harvesttalent.example.ie"),
    subject="Your registration with Harvest Talent Partners", date="2026-01-12 19:03",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t + "\n\nCandidate portal: https://portal.harvesttalent.example.ie/login",
    html=ats_card("Harvest Talent Partners", "#a16207",
                  paras(_t) + button("Go to the candidate portal",
                                     "https://portal.harvesttalent.example.ie/login"),
                  "Harvest Talent Partners, 14 Fenian Street, Dublin 2. "
                  "This mailbox is not monitored."),
))

_t = """Hi Desmond,

Thanks for applying to the Product Development Chef role at Nordlicht Food Labs! We've got your application and the team will take a look at it soon.

We're a small team, so it can take up to two weeks to get back to you. We'll let you know either way.

Cheers,
The Nordlicht team"""
add(dict(
    kind="application_received", slug="nordlicht_ashby_ack", lang="en",
    company="Nordlicht Food Labs", contact="", key="nl_ack",
    frm=("Nordlicht Food Labs", "no-reply@ashbyhq.com"), tz="+0000",
    subject="Thanks for applying to Nordlicht Food Labs", date="2026-06-02 08:57",
    text=_t, html=ats_card("Nordlicht Food Labs", "#4338ca", paras(_t),
                           "Powered by Ashby"),
))

_t = """Dear Desmond,

Thank you for your application for the role of Development Chef – Dairy Desserts (REQ-00417) with Castlecomer Creamery.

Your application has been successfully submitted. Our Talent Acquisition team will review all applications after the closing date of 16 January.

Due to the high volume of applications we receive, unfortunately we cannot reply to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.

Kind regards,
Castlecomer Creamery Talent Acquisition"""
add(dict(
    kind="application_received", slug="castlecomer_workday_cannot_reply_all", lang="en",
    company="Castlecomer Creamery", contact="", key="cc_ack",
    frm=("Castlecomer Creamery", "comercreamery@myworkday.com"), tz="+0000",
    subject="Application received – Development Chef – Dairy Desserts",
    date="2026-01-08 13:47",
    html=ats_card("Castlecomer Creamery", "#1e3a8a", paras(_t),
                  "Powered by Workday. Please do not reply to this email."),
    cte="quoted-printable",
))

add(dict(
    kind="application_received", slug="slu_taleo_ack_latin1", lang="en",
    company="South Leinster University", contact="", key="slu_ack",
    frm=("South Leinster University Recruitment", "slu-hr@taleo.net"),
    subject="Acknowledgement of application: SLU-26-0142 (Research Chef)", subj_cs=("iso-8859-1", "q"),
    date="2026-04-15 23:58", charset="iso-8859-1", cte="quoted-printable",
    text="""Dear Desmond Achterberg-Lyons,

Research Chef, Food Innovation Centre (Ref: SLU-26-0142)

This is to acknowledge receipt of your application for the above competition. Your application number is 26-0142-0031.

Shortlisting will take place after the closing date. Candidates invited to interview will be notified by email; please check your junk folder regularly.

South Leinster University is an equal opportunities employer.

Oifig Acmhainní Daonna / Human Resources Office
South Leinster University""",
))

_t = """Liffeyside Retail Group

Hi Desmond,

We've received your application for Food Development Chef (Req 3391). Thank you!

What happens next: our recruitment team reviews every application against the role profile. If you are shortlisted, we'll contact you by email to arrange the next step.

You can check your application status in the Liffeyside Careers Portal.

Liffeyside Retail Group Recruitment"""
add(dict(
    kind="application_received", slug="liffeyside_icims_ack", lang="en",
    company="Liffeyside Retail Group", contact="", key="lf_ack",
    frm=("Liffeyside Retail Group", "liffeyside-careers@icims.com"), tz="-0400",
    subject="We've received your application", date="2026-08-10 11:09",
    html=ats_card("Liffeyside Retail Group", "#9d174d",
                  paras(_t) + button("Careers Portal",
                                     "https://careers-liffeyside.icims.com/jobs/candidate"),
                  "This message was sent by iCIMS on behalf of Liffeyside Retail Group."),
))

add(dict(
    kind="application_received", slug="quayfresh_successfactors_ack", lang="en",
    company="Quayfresh Supermarkets", contact="", key="qf_ack",
    frm=("Quayfresh Careers", "quayfresh@successfactors.eu"),
    subject="Quayfresh Supermarkets – application confirmation", subj_cs=("utf-8", "q"),
    date="2026-02-18 07:30",
    text="""Dear Desmond,

Thank you for your interest in a career with Quayfresh Supermarkets.

This email confirms that we have received your application for:
Product Developer – Own Brand Bakery (Job ID 11873)

Our Talent team will be in touch once we have reviewed applications. In the meantime you can view the status of your application under "My Applications" on our careers site.

Quayfresh Supermarkets Talent Team

Please do not reply to this message, it was sent from a mailbox that is not monitored.""",
))

add(dict(
    kind="application_received", slug="copperpot_got_your_cv", lang="en",
    company="Copperpot Plant Foods", contact="from", key="cp_ack",
    frm=("Ruth Kinsella", "ruth@copperpot.example.ie"),
    subject="Re: Development Chef - application", date="2026-03-23 12:51",
    text=reply("""Hi Desmond,

Thanks for this, we've received your CV and cover letter. I'm going through applications with Tom this week and will come back to you by Friday or Monday at the latest.

Ruth""", "en", "Sun, 22 Mar 2026 at 21:37", ME, """Hi Ruth,

I saw your post about the Development Chef job at Copperpot and I'd love to be considered. I've spent eight years cooking in Kilkenny, the last three running the menu at a farm-to-table restaurant, and I've recently completed a food product development course at night. My CV and a short cover letter are attached.

Best wishes,
Desmond Achterberg-Lyons"""),
))

add(dict(
    kind="application_received", slug="marlowfinch_registered_consultant", lang="en",
    company="Marlow & Finch", contact="from", key="mf_reg",
    frm=("Conor Twomey", "conor.twomey@marlowfinch.example.ie"),
    subject="Thanks for registering with Marlow & Finch", date="2026-05-28 10:40",
    text="""Hi Desmond,

Thanks for registering with Marlow & Finch. I can confirm your CV is now on file with us, and I'll be the consultant looking after you - I cover food manufacturing and technical roles across Munster.

Nothing is needed from you for now. I'll get in touch by phone to arrange a proper screening chat once I've gone through your background.

Regards,
Conor Twomey | Principal Consultant
Marlow & Finch Recruitment
2 Lapps Quay, Cork T12 RW7D | +353 21 427 8810""",
))

_t = """Hi Desmond,

Thanks for applying to Kinsale Fermentary for the Fermentation Development Chef position. We've received your application.

Our team reviews every application personally and we'll be in touch about next steps.

Kinsale Fermentary"""
add(dict(
    kind="application_received", slug="kinsale_lever_ack", lang="en",
    company="Kinsale Fermentary", contact="", key="kf_ack",
    frm=("Kinsale Fermentary", "no-reply@hire.lever.co"), tz="-0700",
    subject="Thanks for your application to Kinsale Fermentary", date="2026-06-25 06:22",
    text=_t, html=ats_card("Kinsale Fermentary", "#7c2d12", paras(_t),
                           "Kinsale Fermentary uses Lever to manage its hiring."),
    cte="base64",
))

add(dict(
    kind="application_received", slug="slaney_recruitee_cannot_reply_individually",
    lang="en", company="Slaney Grain Co", contact="", key="sg_ack",
    frm=("Slaney Grain Co", "no-reply@jobs.recruitee.com"),
    subject="Application received: Cereal Product Developer", date="2026-08-28 15:05",
    html=ats_card("Slaney Grain Co", "#78350f", paras("""Hello Desmond,

We have received your application for Cereal Product Developer. Thank you for thinking of Slaney Grain Co.

We are a small team and expect a large number of applications, so unfortunately we cannot reply to every applicant individually. Shortlisted candidates will be contacted by mid-September.

With thanks,
People & Culture, Slaney Grain Co"""), "Sent with Recruitee"),
))

_old = """Dear Eibhlín,

I'm writing to apply for the cheesemaker and product developer role you posted on the Cork Food Network board. I've been a chef for eight years and I'm keen to learn cheesemaking properly, and to help build a range of cheese-based products for delis. My CV is attached.

Kind regards,
Desmond Achterberg-Lyons"""
add(dict(
    kind="application_received", slug="kilbrack_thanks_got_it", lang="en",
    company="Kilbrack Cheese", contact="from", key="kb_ack", parent="kb_app",
    frm=("Eibhlín Horgan", "eibhlin@kilbrack.example.ie"), frm_cs=("utf-8", "b"),
    subject="Re: Application - cheesemaker & product developer", date="2026-09-10 07:12",
    text=reply("""Got it, thanks Desmond. We're in the middle of the autumn make so give me a week or two to read it properly.

Eibhlín""", "en", "Wed 9 Sept 2026, 16:48", ME, _old),
))

_t = """Hallo Desmond,

vielen Dank für Ihre Bewerbung als Produktentwickler/in Backwaren (m/w/d) bei der Isarmühle Backwaren!

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sichten alle Bewerbungen sorgfältig und melden uns so schnell wie möglich.

Aufgrund der Vielzahl an Zuschriften ist es uns leider nicht möglich, Zwischenstände einzeln zu kommunizieren. Wir bitten um etwas Geduld.

Viele Grüße
Ihr Team der Isarmühle Backwaren"""
add(dict(
    kind="application_received", slug="isarmuehle_personio_eingang", lang="de",
    company="Isarmühle Backwaren", contact="", key="isar_ack",
    frm=("Isarmühle Backwaren", "no-reply@personio.de"), frm_cs=("iso-8859-1", "q"),
    subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-04-07 09:31",
    text=_t, html=ats_card("Isarmühle Backwaren", "#92400e", paras(_t),
                           "Diese Nachricht wurde automatisch über Personio versendet."),
))

add(dict(
    kind="application_received", slug="ammersee_softgarden_eingang", lang="de",
    company="Molkerei Ammersee", contact="", key="am_ack",
    frm=("Molkerei Ammersee eG", "noreply@softgarden.io"),
    subject="Ihre Bewerbung ist bei uns eingegangen", date="2026-06-03 16:20",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrter Herr Achterberg-Lyons,

herzlichen Dank für Ihre Bewerbung als Produktentwickler (m/w/d) Milchfrischprodukte.

Wir haben Ihre Unterlagen erhalten und werden sie in den nächsten Tagen prüfen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem softgarden-Kandidatenkonto einsehen.

Mit freundlichen Grüßen
Personalabteilung Molkerei Ammersee eG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.""",
))

add(dict(
    kind="application_received", slug="kessler_profil_aufgenommen", lang="de",
    company="Kessler Personalberatung", contact="from", key="kp_reg",
    frm=("Dr. Anja Kessler", "a.kessler@kessler-personal.example.de"),
    subject="Ihre Unterlagen bei Kessler Personalberatung", date="2026-07-30 17:15",
    text="""Sehr geehrter Herr Achterberg-Lyons,

vielen Dank für die Zusendung Ihrer Unterlagen und das freundliche Telefonat von gestern.

Hiermit bestätige ich Ihnen, dass Ihr Profil in unsere Kandidatendatenbank aufgenommen wurde. Wir betreuen mehrere Mandanten aus der Lebensmittelindustrie im Großraum München und gleichen Ihr Profil laufend mit offenen Suchaufträgen ab. Selbstverständlich stellen wir Sie keinem Unternehmen ohne Ihre vorherige Zustimmung vor.

Mit besten Grüßen
Dr. Anja Kessler
Geschäftsführerin
Kessler Personalberatung
Prinzregentenstraße 22, 80538 München
Tel.: +49 89 2155 7730""",
))

_t = """Bonjour Desmond,

Merci pour votre candidature au poste de Chef de projet développement produits laitiers !

Nous l'avons bien reçue et notre équipe va l'étudier avec attention. Nous reviendrons vers vous dans les prochaines semaines, quelle que soit l'issue.

À bientôt,
L'équipe Laiterie de la Vilaine"""
add(dict(
    kind="application_received", slug="vilaine_teamtailor_bien_recue", lang="fr",
    company="Laiterie de la Vilaine", contact="", key="lv_ack",
    frm=("Laiterie de la Vilaine", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature", subj_cs=("iso-8859-1", "b"),
    date="2026-03-02 08:44",
    text=_t, html=ats_card("Laiterie de la Vilaine", "#0e7490", paras(_t),
                           "Propulsé par Teamtailor"),
    cte="quoted-printable",
))

add(dict(
    kind="application_received", slug="armor_smartrecruiters_pas_individuellement", lang="fr",
    company="Armor Saveurs", contact="", key="armor_ack",
    frm=("Armor Saveurs", "no-reply@smartrecruiters.com"),
    subject="Confirmation de votre candidature – Cuisinier R&D", date="2026-04-22 10:02",
    html=ats_card("Armor Saveurs", "#1e40af", paras("""Bonjour Desmond,

Nous vous confirmons la bonne réception de votre candidature au poste de Cuisinier R&D – Plats cuisinés.

Compte tenu du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chaque candidature. Si votre profil correspond à nos besoins, un membre de l'équipe RH vous contactera sous trois semaines.

Cordialement,
L'équipe Recrutement d'Armor Saveurs"""), "Envoyé via SmartRecruiters"),
))

add(dict(
    kind="application_received", slug="lenoir_inscription_confirmee", lang="fr",
    company="Cabinet Lenoir Conseil", contact="from", key="lc_reg",
    frm=("Thomas Lenoir", "t.lenoir@lenoir-conseil.example.fr"),
    subject="Votre inscription au Cabinet Lenoir Conseil", date="2026-08-17 09:25",
    text="""Bonjour Desmond,

Je vous confirme que votre dossier est désormais enregistré dans notre vivier de candidats. Merci pour votre CV, très complet.

Nous accompagnons plusieurs industriels de l'agroalimentaire breton ; je reviendrai vers vous dès qu'une mission correspondra à votre projet de passer de la cuisine au développement produit.

Bien à vous,

Thomas Lenoir
Consultant associé – Cabinet Lenoir Conseil
3 place de Bretagne, 35000 Rennes – 02 23 40 18 55

Conformément au RGPD, vous pouvez demander à tout moment la suppression de vos données.""",
))

_t = """Hola Desmond:

¡Gracias por tu interés en Conservas Arriaga!

Hemos recibido correctamente tu candidatura para el puesto de Técnico/a de I+D de producto. Nuestro equipo la revisará y nos pondremos en contacto contigo si tu perfil encaja con lo que buscamos.

Un saludo,
Equipo de Personas de Conservas Arriaga"""
add(dict(
    kind="application_received", slug="arriaga_personio_recibida", lang="es",
    company="Conservas Arriaga", contact="", key="arr_ack",
    frm=("Conservas Arriaga", "no-reply@personio.de"),
    subject="Hemos recibido tu candidatura", date="2026-05-04 13:10",
    text=_t, html=ats_card("Conservas Arriaga", "#be123c", paras(_t),
                           "Este correo se ha enviado automáticamente a través de Personio."),
))

add(dict(
    kind="application_received", slug="gorbea_workable_recibida", lang="es",
    company="Lácteos Gorbea", contact="", key="gor_ack",
    frm=("Lácteos Gorbea", "noreply@candidates.workablemail.com"), frm_cs=("iso-8859-1", "q"),
    subject="Gracias por tu candidatura – Técnico/a de Desarrollo de Producto",
    date="2026-03-31 19:48", cte="base64",
    text="""Hola Desmond,

Gracias por aplicar al puesto de Técnico/a de Desarrollo de Producto en Lácteos Gorbea. Hemos recibido tu solicitud.

Revisaremos tu perfil y, si avanzas a la siguiente fase, te escribiremos para concertar una entrevista.

Saludos,
Lácteos Gorbea

Enviado con Workable""",
))

add(dict(
    kind="application_received", slug="talentonorte_cv_recibido", lang="es",
    company="Talento Norte Selección", contact="from", key="tn_ack",
    frm=("Leire Urrutia", "leire.urrutia@talentonorte.example.es"),
    subject="Hemos recibido tu CV", date="2026-09-04 12:30",
    charset="windows-1252", cte="quoted-printable",
    text="""Hola, Desmond:

Te confirmo que hemos recibido tu CV y que ya forma parte de nuestra base de candidatos para el sector de alimentación y hostelería.

Me encargaré personalmente de tu perfil. En cuanto tengamos un proceso que encaje con lo que buscas –desarrollo de producto en Bilbao o alrededores– te llamo.

Un saludo,
Leire Urrutia
Consultora de Selección · Talento Norte Selección
Alameda Mazarredo 39, 48009 Bilbao · 944 23 71 50""",
))

# ================================================================== offer

_old = """Hi Orla,

Just a quick note to say thank you to you and Fiachra for this afternoon. I really enjoyed the interview and the time in the pilot kitchen - the yoghurt brief was a great challenge and I'd love the chance to work on it properly.

Best regards,
Desmond"""
_t = """Hi Desmond,

Thank you for your kind note after the interview. I'm delighted to let you know that we would like to offer you the position of Product Development Technologist at Nore Valley Dairies.

Your formal offer letter is attached. It sets out the salary (EUR 46,500 per annum), a start date of Monday 6 April, and the terms of your contract. Fiachra would also like to give you a call tomorrow to talk you through the first few months.

Please have a read and let me know if you have any questions. We'd appreciate a reply by Friday 13 March.

Congratulations!

Orla Keane
HR Officer | Nore Valley Dairies
Bennettsbridge Road, Kilkenny R95 T6C2
T: +353 56 779 3100 | M: +353 86 220 4471"""
add(dict(
    kind="offer", slug="norevalley_formal_offer_pdf", lang="en",
    company="Nore Valley Dairies", contact="from", key="nvd_offer", parent="nvd_thanks",
    frm=("Orla Keane", "orla.keane@noredairies.example.ie"),
    subject="RE: Thank you", date="2026-03-09 11:20",
    text=outlook_reply(_t, "en", "Desmond Achterberg-Lyons <desmond.al@example.ie>",
                       "Thursday, February 26, 2026 6:41 PM",
                       "Orla Keane <orla.keane@noredairies.example.ie>", "Thank you", _old),
    html=outlook_html(mso(_t) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt">'
                      + mso("From: Desmond Achterberg-Lyons <desmond.al@example.ie>\n"
                            "Sent: Thursday, February 26, 2026 6:41 PM\nSubject: Thank you\n\n"
                            + _old) + "</div>"),
    pdfs=[("NVD_Offer_Letter_DAchterbergLyons.pdf", "Nore Valley Dairies - Letter of Offer", [
        "9 March 2026", "", "Dear Desmond,",
        "We are pleased to offer you the position of Product Development Technologist.",
        "Salary: EUR 46,500 per annum. Start date: 6 April 2026. Probation: six months.",
        "Please sign and return a copy of this letter by 13 March 2026.",
        "", "Orla Keane, HR Officer"])],
))

add(dict(
    kind="offer", slug="greenhollow_verbal_offer_follow_up", lang="en",
    company="Greenhollow Test Kitchen", contact="from", key="gh_offer", parent="gh_move",
    frm=("Ciarán Ó Murchú", "ciaran@greenhollow.example.ie"), frm_cs=("iso-8859-1", "q"),
    subject="Following on from our call", date="2026-07-24 18:36",
    text="""Desmond,

Great to talk earlier. Just putting in writing what I said on the phone: we'd love you to join Greenhollow as Development Chef.

- Start: Monday 10 August (or the 17th if you need more notice)
- Salary: €44,000, reviewed after six months
- Hours: Monday to Friday, mostly 8-4, the odd evening tasting
- Permanent contract after a three-month probation

Saoirse will send you the formal contract early next week. If you want to talk anything through before then, ring me any time.

Delighted, honestly. The trial on Tuesday was the best one we've had.

Ciarán""",
))

add(dict(
    kind="offer", slug="harvest_client_wants_to_offer", lang="en",
    company="Dunmore Snacks", contact="from", key="ht_dun_offer",
    frm=("Niamh Fogarty", "niamh@harvesttalent.example.ie"),
    subject="Dunmore - great news!", date="2026-08-25 16:02",
    text="""Desmond!

I'm just off the phone with Clíona - Dunmore Snacks want to make you an offer for the Innovation Chef role. The rescheduled interview and the seasoning session went down a storm.

Headline terms: €49,000 base, 10% bonus, hybrid with three days in Waterford, start date flexible. They'll send the written offer through me once you've had a think about the numbers.

Can you ring me tonight or first thing tomorrow?

Niamh Fogarty
Senior Consultant, Food & Beverage
Harvest Talent Partners
+353 1 660 4417""",
))

add(dict(
    kind="offer", slug="greenhollow_contract_for_signature", lang="en",
    company="Greenhollow Test Kitchen", contact="from", key="gh_contract", parent="gh_offer",
    frm=("Saoirse Nic Aodha", "saoirse@greenhollow.example.ie"),
    cc=[("Ciarán Ó Murchú", "ciaran@greenhollow.example.ie")],
    subject="Your contract - Development Chef", date="2026-07-29 10:05",
    text="""Hi Desmond,

Welcome aboard (almost)! Please find attached your contract of employment for the Development Chef position, reflecting what Ciarán discussed with you.

Could you sign page 4, scan or photograph it, and send it back to me by Wednesday 5 August? Also attached is the new starter form - we'll need your PPS number and bank details for payroll.

Any questions, just shout.

Saoirse Nic Aodha
Operations Manager
Greenhollow Test Kitchen, Unit 3, Smithfield Square, Dublin 7
+353 1 872 0935""",
    pdfs=[("Greenhollow_Contract_DAchterbergLyons.pdf", "Contract of Employment", [
        "Employer: Greenhollow Test Kitchen", "Employee: Desmond Achterberg-Lyons",
        "Position: Development Chef", "Commencement: 10 August 2026",
        "Salary: EUR 44,000 per annum", "Signed: ____________________  Date: __________"]),
          ("New_Starter_Form.pdf", "New Starter Form", [
        "Full name:", "PPS number:", "IBAN:", "Emergency contact:"])],
))

_t = """Dear Desmond,

Following our conversation on Tuesday, I'm very pleased to offer you the role of Bakery Development Lead at Ballybricken Bakehouse.

The details:
Salary: €41,000 per year
Start date: 1 June 2026
Hours: 39 per week, early starts Tuesday to Saturday
Holidays: 23 days plus bank holidays

I know we got off to a bumpy start with the missed call, but I'm glad we got there in the end. Please let me know within a week whether you'd like to accept, and I'll get a contract drawn up.

All the best,
Colm Furlong
Owner, Ballybricken Bakehouse
Ballybricken Green, Waterford X91 W5E2"""
add(dict(
    kind="offer", slug="ballybricken_offer_html_only", lang="en",
    company="Ballybricken Bakehouse", contact="from", key="bb_offer",
    frm=("Colm Furlong", "colm@ballybricken.example.ie"),
    subject="Job offer - Bakery Development Lead", date="2026-05-15 09:02",
    html=f"<div dir=\"ltr\">{paras(_t)}</div>\n", cte="quoted-printable",
))

_t = """Dear Desmond,

On behalf of Ferrybank Fine Foods, I am delighted to offer you the position of New Product Development Chef, based at our Ferrybank facility in Waterford.

Your offer letter, which sets out your salary, benefits and start date, is attached to this email. Please review it carefully, sign where indicated and return it to me by 21 October 2026.

We are really looking forward to welcoming you to the team.

Yours sincerely,

Deirdre Cullinane
Head of People
Ferrybank Fine Foods
Abbey Road, Ferrybank, Waterford X91 YT60
+353 51 830 200"""
add(dict(
    kind="offer", slug="ferrybank_offer_letter_reply_to", lang="en",
    company="Ferrybank Fine Foods", contact="reply", key="fb_offer",
    frm=("Ferrybank Fine Foods HR", "hr-noreply@ferrybankfoods.example.ie"),
    reply_to=("Deirdre Cullinane", "deirdre.cullinane@ferrybankfoods.example.ie"),
    subject="Offer of employment – NPD Chef", date="2026-10-14 14:45",
    text=_t, html=f"<html><body>{paras(_t)}</body></html>", cte="base64",
    pdfs=[("Ferrybank_Offer_Letter.pdf", "Ferrybank Fine Foods - Offer of Employment", [
        "14 October 2026", "Position: New Product Development Chef",
        "Salary: EUR 52,000 per annum plus pension contribution of 6%",
        "Proposed start date: 9 November 2026",
        "Please sign and return by 21 October 2026."])],
))

add(dict(
    kind="offer", slug="kessler_alpenkost_angebot", lang="de",
    company="Alpenkost Feinkost", contact="from", key="kp_alp_offer", parent="kp_alp_move",
    frm=("Dr. Anja Kessler", "a.kessler@kessler-personal.example.de"),
    subject="Alpenkost Feinkost möchte Ihnen ein Angebot unterbreiten",
    subj_cs=("iso-8859-1", "b"), date="2026-08-20 16:30",
    text="""Sehr geehrter Herr Achterberg-Lyons,

ich habe sehr gute Nachrichten: Unser Mandant Alpenkost Feinkost möchte Ihnen die Position als Entwicklungskoch (m/w/d) anbieten. Herr Stadler war von Ihrem Gespräch am Dienstag und Ihren Ideen zur Salatlinie begeistert.

Die Eckdaten des Angebots:
- Bruttojahresgehalt: 54.000 EUR
- Eintritt: 1. Oktober 2026 oder nach Vereinbarung
- Unbefristeter Vertrag, 30 Tage Urlaub
- Unterstützung bei der Wohnungssuche in München und ein Deutschkurs

Der schriftliche Vertrag folgt, sobald Sie mir Ihr grundsätzliches Einverständnis signalisieren. Rufen Sie mich gern an, um Details zu besprechen.

Herzliche Grüße
Dr. Anja Kessler
Kessler Personalberatung
Tel.: +49 89 2155 7730""",
))

_t = """Bonjour Monsieur Achterberg-Lyons,

Nous avons été ravis de vous accueillir lors de la journée d'évaluation du 10 septembre. Votre travail en atelier pilote a convaincu l'ensemble du jury.

J'ai le plaisir de vous proposer le poste de Responsable développement culinaire en CDI, à compter du 2 novembre 2026. Vous trouverez en pièce jointe votre promesse d'embauche détaillant la rémunération (42 000 € bruts annuels sur 13 mois), le statut cadre et les conditions d'accompagnement à la mobilité.

Merci de nous retourner le document signé avant le 18 septembre.

Bien cordialement,

Soizic Le Bihan
Responsable Ressources Humaines
Biscuiterie Kerandel – ZI de la Baratière – 35500 Vitré"""
add(dict(
    kind="offer", slug="kerandel_promesse_embauche_pdf", lang="fr",
    company="Biscuiterie Kerandel", contact="from", key="ker_offer", parent="ker_move",
    frm=("Soizic Le Bihan", "s.lebihan@kerandel.example.fr"),
    subject="Proposition d'embauche – Responsable développement culinaire",
    date="2026-09-11 15:12",
    text=_t, html=outlook_html(mso(_t), "fr"), cte="quoted-printable",
    pdfs=[("Promesse_embauche_Achterberg-Lyons.pdf", "Promesse d'embauche", [
        "Vitré, le 11 septembre 2026", "Poste : Responsable développement culinaire (CDI)",
        "Date d'entrée : 2 novembre 2026", "Rémunération : 42 000 € bruts annuels sur 13 mois",
        "Bon pour accord, signature :"])],
))

add(dict(
    kind="offer", slug="arriaga_carta_oferta_pdf", lang="es",
    company="Conservas Arriaga", contact="from", key="arr_offer", parent="arr_cancel",
    frm=("Iker Zubizarreta", "iker.zubizarreta@arriaga.example.es"),
    subject="Oferta – Técnico/a de I+D de producto", subj_cs=("utf-8", "b"),
    date="2026-06-10 11:00",
    text="""Hola Desmond:

Después de la entrevista de la semana pasada lo tenemos claro: queremos que te unas al equipo de I+D de Conservas Arriaga.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 38.000 € brutos anuales en 14 pagas, incorporación el 1 de septiembre y una ayuda de 2.000 € para la mudanza a Bilbao.

Tienes hasta el 19 de junio para responder. Si quieres hablar de algún punto, llámame.

¡Ojalá digas que sí!

Iker Zubizarreta
Responsable de I+D · Conservas Arriaga
Ribera de Deusto 70, 48014 Bilbao · +34 944 76 30 12""",
    pdfs=[("Carta_oferta_Arriaga.pdf", "Carta de oferta - Conservas Arriaga", [
        "Bilbao, 10 de junio de 2026", "Puesto: Técnico/a de I+D de producto",
        "Contrato: indefinido", "Salario: 38.000 EUR brutos anuales (14 pagas)",
        "Incorporación: 1 de septiembre de 2026", "Firma del candidato:"])],
))

_old = """Estimado equipo de Obrador Zabala:

Les escribo para presentar mi candidatura al puesto de responsable de desarrollo de producto que han publicado. Soy cocinero con ocho años de experiencia en Irlanda y estoy especializándome en desarrollo de producto. Adjunto mi CV.

Un saludo cordial,
Desmond Achterberg-Lyons"""
add(dict(
    kind="offer", slug="obrador_zabala_oferta_verbal_confirmada", lang="es",
    company="Obrador Zabala", contact="from", key="oz_offer", parent="oz_app",
    frm=("Jon Zabala", "jon@obradorzabala.example.es"),
    subject="Re: Candidatura – responsable de desarrollo de producto",
    date="2026-10-09 19:22", charset="iso-8859-1", cte="8bit",
    text=reply("""Hola Desmond:

Como te dije esta mañana por teléfono, nos encantaría que vinieras a trabajar con nosotros como responsable de desarrollo de producto. Te lo confirmo por escrito:

- Jornada completa, de lunes a viernes
- 36.000 euros brutos al año
- Incorporación a partir del 2 de noviembre, o cuando puedas

La semana que viene te mando el contrato. ¡Piénsatelo con calma!

Jon Zabala
Obrador Zabala · Calle Somera 9, 48005 Bilbao""", "es", "lun, 21 sept 2026 a las 9:05", ME, _old),
))
