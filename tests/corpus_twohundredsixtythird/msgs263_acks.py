"""Corpus 263: application acknowledgements (21) and offers (10), hand-written."""

from msgs263_common import (
    ALASDAIR,
    ALVARO,
    CAND,
    HELENE,
    INGRID,
    JULIEN,
    LUCIA,
    MORAG,
    PRIYA,
    ROBBIE,
    ROSS,
    RUTH,
    SHONA,
    STEFAN,
    M,
    ats_card,
    mso,
    on_wrote,
    outlook_html,
    paras,
    quote,
    simple_html,
)
from msgs263_invites import I_GRANITE, I_MEARNS_QUOTED, S_GRANITE
from msgs263_other import APPLY_SIDLAW, FP_OFFER_QUOTED, OFFER_ACCEPT_VBE_QUOTED

AUTO = [("Auto-Submitted", "auto-generated")]

# ================================================================ acknowledgements, English

A_TLT = """Hi Eilidh,

Thanks for applying for the Learning & Development Coordinator (12-month fixed term) role at Tayside Learning Trust. Your application is in and our hiring team will review it over the coming days.

If your experience is a good match, someone from the team will contact you about next steps. In the meantime you can check your application status or withdraw at any time from your candidate profile.

Thanks again,
Tayside Learning Trust
"""

A_STRATHTAY = """<p>Dear Eilidh,</p>
<p>Thank you for submitting your application for <b>Learning and Development Coordinator (STU-0932)</b>. This email confirms that we have received it.</p>
<p>The closing date for this vacancy is 9 February 2026. Shortlisting will take place after the closing date, and shortlisted candidates will be contacted directly.</p>
<p>Unfortunately, due to the volume of applications we receive, we cannot reply to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that your application has not been taken forward on this occasion.</p>
<p>You can follow the progress of your application in the candidate home section of our careers site.</p>
<p>Kind regards<br>Human Resources<br>Strathtay University</p>"""

A_FORTH = """Dear Eilidh,

Thank you for applying for the Colleague Learning Coordinator role (Job ID 26-0417) at Forth Mutual Bank.

We've safely received your application. Our next step is a set of short online assessments, which you'll be invited to complete within the next week if your application meets the role criteria.

You can log in to the careers portal at any time to see where your application is.

Best wishes,
Early Careers & Talent
Forth Mutual Bank
"""

A_VESTBRYGGEN = """<p>Hi Eilidh!</p>
<p>Thank you for applying for the position <b>Learning &amp; Development Coordinator</b> at Vestbryggen Energi. We have received your application and CV.</p>
<p>The application deadline is 9 August. We review applications continuously, so you might hear from us before then.</p>
<p>Best regards,<br>Vestbryggen Energi</p>"""

A_THISTLE = """Hi Eilidh,

Great to speak to you earlier, and thanks for sending your CV straight over. You're now registered with Thistle Talent Partners, and I've added you to our education and training talent pool.

To recap what we discussed:
- roles: L&D coordinator, training officer, learning administrator
- locations: Dundee, Perth, Edinburgh, Glasgow (Aberdeen for the right role)
- salary: £27k+, full time, ideally starting after the summer term but flexible
- notice: four weeks with the council

I won't send your CV anywhere without checking with you first. I've already got a building society in Dundee in mind and I'll call you about it next week.

Cheers,
Ross

Ross McAllister
Senior Consultant – Education & Training
Thistle Talent Partners
4th Floor, 120 West George Street, Glasgow G2 1QP
0141 555 0198 | 07700 900 733
"""

A_CAIRN = """Dear Eilidh,

Thank you for registering with Cairn Recruitment. Your profile has been created and your CV has been received by our Aberdeen team.

Your consultant is Shona Gillies. She will review your details and contact you within two working days to talk about the roles you are interested in. You can reply to this email to reach her directly.

Please remember to let us know if your availability changes.

Cairn Recruitment
22 Union Terrace, Aberdeen AB10 1NN

Cairn Recruitment Ltd is registered in Scotland, SC612345.
"""

A_SIDLAW = """Dear Eilidh,

Thank you for your email and CV, which I've received safely. Applications close on 23 January, and we will be in touch with everyone shortly after that date.

I enjoyed reading about your family learning sessions – it sounds like exactly the sort of thing our tenants ask for.

Kind regards,
Ruth Imrie
Community Investment Manager
Sidlaw Housing Association
"""

A_BRYGGEN = """Hi Eilidh,

Thank you for your application for the position Training Coordinator at Bryggen Seafood Group!

We've received your application and will review it after the deadline on 12 June. You'll hear from us either way.

Best regards,
Bryggen Seafood Group
"""

A_GLENISLA = """Hi Eilidh,

Thanks for applying for the Training and Compliance Coordinator job at Glenisla Foods. We've received your application and the hiring team will review it shortly.

If you are selected for an interview, we will contact you by phone or email.

Glenisla Foods People Team
"""

A_TAYVALLEY = """Hi Eilidh,

Thank you for applying for Store Training Coordinator at Tay Valley Retail. This is an automatic confirmation that your application has reached us.

We're unfortunately unable to respond to every applicant individually, but if your experience matches what we're looking for, a member of our team will be in touch within three weeks.

Thank you for your interest,
Tay Valley Retail Talent Team
"""

A_DISCOVERY = """Dear Eilidh Adebayo-Sørensen,

Thank you for your interest in Discovery Quay Learning.

This message confirms that your application for the position of Learning Programmes Coordinator (requisition DQL-2026-031) was successfully submitted on 13 July 2026.

Your application will be reviewed by the hiring manager. Please note that this mailbox cannot accept replies.

Regards,
Discovery Quay Learning
"""

# ================================================================ acknowledgements, German

A_LERNWERK = """Hallo Eilidh,

vielen Dank für Ihre Bewerbung als Learning & Development Coordinator (m/w/d) am Standort Edinburgh! Wir haben Ihre Unterlagen erhalten und melden uns so bald wie möglich bei Ihnen.

Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.

Viele Grüße
Ihr Recruiting-Team der Lernwerk Akademie
"""

A_BRUECKNER = """Sehr geehrte Frau Adebayo-Sørensen,

vielen Dank für das angenehme Telefonat und die Zusendung Ihrer Unterlagen. Hiermit bestätige ich, dass Ihr Lebenslauf und Ihre Zeugnisse bei uns eingegangen sind und Sie in unserem Kandidatenpool für Positionen in der Personal- und Weiterbildungsentwicklung registriert sind.

Selbstverständlich stelle ich Ihr Profil keinem Unternehmen vor, ohne vorher Ihr Einverständnis einzuholen.

Mit freundlichen Grüßen
Stefan Brückner
Brückner Personalberatung · Ballindamm 17 · 20095 Hamburg
"""

A_LINDEMANN = """<p>Sehr geehrte Frau Adebayo-S&oslash;rensen,</p>
<p>herzlichen Dank f&uuml;r Ihre Bewerbung als <b>Trainerin f&uuml;r Mitarbeiterentwicklung (m/w/d)</b>. Ihre Unterlagen sind vollst&auml;ndig bei uns eingegangen.</p>
<p>Aufgrund der gro&szlig;en Zahl an Bewerbungen k&ouml;nnen wir leider nicht jede Bewerbung einzeln beantworten, bevor die Vorauswahl abgeschlossen ist. Wir bitten Sie daher um etwas Geduld &ndash; Sie erhalten in jedem Fall eine R&uuml;ckmeldung.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Ihr Recruiting-Team von Kaufhaus Lindemann</p>"""

# ================================================================ acknowledgements, French

A_GARONNE = """Bonjour Eilidh,

Nous accusons bonne réception de votre candidature au poste de Coordinatrice formation (H/F) – réf. GGF-2026-07 – et vous en remercions.

Notre équipe recrutement l'étudiera avec attention. Si votre profil correspond à nos besoins, nous vous contacterons dans les trois semaines.

Cordialement,
Le service Ressources humaines
Groupe Garonne Formation
"""

A_AQUITAINE = """<p>Bonjour Eilidh,</p>
<p>Nous avons bien reçu votre candidature au poste de <b>Chargée de développement des compétences</b> et vous remercions de l'intérêt que vous portez à Banque Aquitaine Atlantique.</p>
<p>Compte tenu du nombre important de candidatures, nous ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles dans l'immédiat. Vous pouvez suivre l'avancement de votre dossier depuis votre espace candidat.</p>
<p>Cordialement,<br>La Direction des Ressources Humaines</p>"""

A_ATLANTIQUE = """Bonjour Eilidh,

Merci pour notre échange téléphonique de ce matin. Je vous confirme votre inscription chez Atlantique Talents : votre CV et vos préférences (coordination pédagogique, Bordeaux Métropole et Libourne, CDI, prise de poste à partir de juillet) sont bien enregistrés.

Je reviens vers vous dès qu'une mission correspond à votre profil – a priori rapidement, j'ai déjà un organisme de formation en tête.

Bonne journée,
Julien Mercier
Consultant senior – Formation & RH
Atlantique Talents · 45 cours de l'Intendance, 33000 Bordeaux
"""

# ================================================================ acknowledgements, Spanish

A_PISUERGA = """Hola Eilidh:

¡Gracias por tu interés en Formación Pisuerga! Hemos recibido tu candidatura para el puesto de Coordinadora de Formación para Empresas.

Revisaremos tu perfil con atención y te escribiremos en las próximas dos semanas.

Un saludo,
El equipo de Formación Pisuerga
"""

A_DUERO = """Estimada Sra. Adebayo-Sørensen:

Le confirmamos que su solicitud para la plaza de Técnica de Formación del Personal de Administración y Servicios (ref. PAS-2026-014) se ha registrado correctamente con el número de entrada 2026/004471.

La lista provisional de personas admitidas y excluidas se publicará en la sede electrónica de la Universidad.

Atentamente,
Servicio de Recursos Humanos
Universidad del Duero
"""

A_TALENTO = """Hola Eilidh:

Hemos recibido tu CV, ¡gracias! Ya estás dada de alta en nuestra base de candidatos para puestos de formación y recursos humanos en Valladolid y alrededores.

Cuando tenga un proceso que encaje contigo te llamo para contártelo antes de presentar tu candidatura a ninguna empresa.

Un saludo,
Álvaro Pardo
Consultor de selección · Talento Castilla
"""

# ================================================================ offers

O_TLT = """Dear Eilidh,

Following your interview last week, I am delighted to offer you the post of Learning & Development Coordinator with Tayside Learning Trust.

The main terms are:
- Contract: 12-month fixed term (maternity cover), 28 hours per week
- Salary: £30,250 per annum pro rata
- Start date: Monday 9 March 2026, or as agreed
- Place of work: 21 Seagate, Dundee, with some travel across Tayside

Your formal offer letter is attached. The offer is conditional on two satisfactory references and PVG Scheme membership. Please sign and return the acceptance slip by Friday 13 February, or call me if you would like to talk anything through.

We were all really impressed by your session on supporting new volunteers, and I'm looking forward to working with you.

Warm regards,
Morag Keillor
People & Culture Lead
Tayside Learning Trust | 21 Seagate, Dundee DD1 2XX | 01382 555 260
"""

O_FORTH = """Dear Eilidh,

Congratulations again on your offer for the Colleague Learning Coordinator role! As discussed with you on the phone on Wednesday, your contract of employment is now ready for signature.

Please find the contract attached. To accept, sign it electronically through the link in your candidate portal (Tasks > Sign documents) by Friday 29 May. If you have any questions about the terms, I'm happy to talk them through.

Once we have your signature, we'll start your background screening and send your onboarding pack.

Kind regards,

Priya Raman
Early Careers & Talent
Forth Mutual Bank | 9 Semple Street, Edinburgh EH3 8XX | 0131 555 0700

Forth Mutual Bank is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. This email is confidential.
"""

O_VESTBRYGGEN = OFFER_ACCEPT_VBE_QUOTED.replace("Ingrid\n", "") + """
Knut and I were really impressed by your presentation on Tuesday, and we are very happy that you would like to join us. The formal contract will come from our HR system in the next few days; please do not resign from your current job until you have it.

The offer also includes relocation support of NOK 40,000 and a Norwegian course paid by us during the first year.

Let me know if you have any questions.

Best regards,
Ingrid Haugland
HR Business Partner
Vestbryggen Energi | Kong Oscars gate 55, 5017 Bergen
"""

O_GRANITE = """Hi Eilidh,

Brilliant news – Carol at Granite Harbour Housing has just called. They want to make you an offer for the Learning & Development Adviser post!

What they've said so far:
- £32,400 starting salary (top of the advertised band – they really liked you)
- 35 hours, hybrid, with two days a week at Marischal Street
- start date flexible, they'd like mid-August if your notice allows

The formal offer letter will come from their HR team, but Carol wanted you to hear it from us first. Give me a ring when you get a minute and we can talk it through before you say yes.

Ross
Thistle Talent Partners | 07700 900 733
"""

GRANITE_AFTER = """Hi Ross,

Just out of the interview – I think it went well! Carol and Stuart were lovely, and the presentation ran to time. They said they'd decide by the end of next week.

Thanks so much for the prep call, it really helped with the IT system question.

Eilidh
"""

O_DISCOVERY = """Dear Eilidh,

Thank you for spending the day with us last month – the volunteer explainers are still talking about your session.

I am pleased to offer you the position of Learning Programmes Coordinator at Discovery Quay Learning. Your offer letter is attached, setting out salary, hours and the conditions of the offer.

Please reply to confirm whether you accept by Friday 21 August.

Best wishes,
Robbie Soutar
Learning Manager
Discovery Quay Learning | Riverside Drive, Dundee DD1 4XX
"""

O_NLCU = """Hi Eilidh,

Great to see you on Friday – and thanks for not minding the change of day.

As I said over lunch, I'd like to offer you the Member Learning Coordinator job. To put it in writing: £29,000, four days a week, based at Union Street with the odd trip to the Inverurie branch, starting whenever your notice is up. HR will send the contract next week.

Have a think over the weekend and give me a shout with any questions.

Alasdair
"""

O_HANSEWERK = """Sehr geehrte Frau Adebayo-Sørensen,

wir freuen uns, Ihnen nach den guten Gesprächen die Stelle als Koordinatorin für Lernprojekte (m/w/d) an unserem Standort Edinburgh anbieten zu können.

Die wesentlichen Bedingungen:
- Beginn: 1. Mai 2026
- Arbeitszeit: 35 Stunden pro Woche, mobiles Arbeiten nach Absprache
- Vergütung: 36.000 GBP brutto pro Jahr
- Probezeit: sechs Monate

Den Arbeitsvertrag finden Sie im Anhang. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 3. April 2026 zurück.

Mit freundlichen Grüßen
Ole Jansen
Leitung Personal
Hansewerk Bildung GmbH · Am Sandtorkai 40 · 20457 Hamburg
"""

O_BRUECKNER_MANDANT = """Liebe Frau Adebayo-Sørensen,

ich habe großartige Neuigkeiten: Mein Mandant, der Bildungsträger aus Norddeutschland, mit dem Sie letzte Woche das zweite Gespräch hatten, möchte Ihnen ein Angebot machen!

Eckdaten: Vollzeit, unbefristet, 52.000 EUR brutto im Jahr, Start zum 1. August, überwiegend remote mit einer Präsenzwoche pro Quartal.

Der Vertrag kommt direkt vom Unternehmen, sobald Sie mir Ihr grundsätzliches Ja gegeben haben. Rufen Sie mich gern heute noch an, damit wir die Details besprechen.

Herzliche Grüße
Stefan Brückner
Brückner Personalberatung · +49 40 555 7781
"""

O_GIRONDE = """Madame,

J'ai le plaisir de vous informer que le jury vous a classée en première position à l'issue des entretiens du 21 mai. L'Université de Gironde-Océan souhaite donc vous recruter en qualité d'ingénieure de formation, en contrat à durée déterminée de trois ans.

Vous trouverez ci-joint votre promesse d'embauche précisant la date de prise de fonctions (1er septembre 2026), la rémunération et les pièces à fournir.

Je vous remercie de me retourner le document signé avant le 22 juin.

Bien cordialement,
Hélène Barthe
Service recrutement – Université de Gironde-Océan
"""

O_PISUERGA = FP_OFFER_QUOTED.replace("Lucía\n", "") + """
Como hablamos el martes, el puesto de Coordinadora de Formación para Empresas es a jornada completa, con contrato indefinido, salario bruto anual de 27.500 € e incorporación el 2 de noviembre.

Cuando lo tengas firmado, puedes devolvérmelo escaneado por correo o firmarlo desde el enlace que te llegará de nuestra plataforma.

¡Bienvenida al equipo!

Lucía Herrero
Responsable de Personas · Formación Pisuerga
C/ Miguel Íscar 6, 1.º, 47001 Valladolid · 983 55 04 20
"""


MESSAGES = [
    # ------------------------------------------------------------ application_received (21)
    M(kind="application_received", slug="greenhouse_ack_training_trust", lang="en",
      company="Tayside Learning Trust", contact="", key="tlt_ack",
      frm=("Tayside Learning Trust", "no-reply@greenhouse-mail.io"),
      subject="Thank you for applying to Tayside Learning Trust",
      date="2026-01-12 09:03 +0000", text=A_TLT,
      html=ats_card("Tayside Learning Trust", "#0e7490", paras(A_TLT), "Sent with Greenhouse"),
      headers=AUTO),
    M(kind="application_received", slug="workday_ack_cannot_reply_individually", lang="en",
      company="Strathtay University", contact="", key="stu_ack",
      frm=("Strathtay University", "strathtay@myworkday.com"),
      subject="Application received: Learning and Development Coordinator (STU-0932)",
      date="2026-02-02 08:15 +0000",
      html=ats_card("Strathtay University", "#581c87", A_STRATHTAY, "Powered by Workday"),
      html_cte="quoted-printable", headers=AUTO),
    M(kind="application_received", slug="icims_ack_bank", lang="en",
      company="Forth Mutual Bank", contact="", key="fmb_ack",
      frm=("Forth Mutual Bank Careers", "careers-noreply@icims.com"),
      subject="We've received your application – Colleague Learning Coordinator",
      subject_enc=("utf-8", "Q"), date="2026-04-06 21:14 +0100", text=A_FORTH,
      text_cte="quoted-printable", headers=AUTO),
    M(kind="application_received", slug="teamtailor_ack_bergen_html", lang="en",
      company="Vestbryggen Energi", contact="", key="vbe_ack",
      frm=("Vestbryggen Energi", "no-reply@teamtailor-mail.com"),
      subject="Thanks for your application!", date="2026-07-27 10:02 +0200",
      html=ats_card("Vestbryggen Energi", "#0369a1", A_VESTBRYGGEN, "Sent with Teamtailor"),
      html_cte="base64", headers=AUTO),
    M(kind="application_received", slug="agency_registration_confirmed", lang="en",
      company="Thistle Talent Partners", contact=ROSS[1], key="ttp_reg",
      frm=ROSS, subject="Welcome to Thistle Talent Partners", date="2026-01-15 17:30 +0000",
      text=A_THISTLE, html=outlook_html(mso(A_THISTLE)), text_cte="quoted-printable",
      html_cte="quoted-printable"),
    M(kind="application_received", slug="agency_auto_registration_reply_to_consultant",
      lang="en", company="Cairn Recruitment", contact=SHONA[1], key="cairn_reg",
      frm=("Cairn Recruitment", "no-reply@cairnrecruitment.example.co.uk"), reply_to=SHONA,
      subject="Registration received", date="2026-03-02 10:11 +0000", text=A_CAIRN,
      headers=AUTO),
    M(kind="application_received", slug="housing_weve_received_your_cv_quotes_application",
      lang="en", company="Sidlaw Housing Association", contact=RUTH[1],
      key="sidlaw_cv_received", parent="sidlaw_application", frm=RUTH,
      subject="Re: Application – Tenant Learning Coordinator", subject_enc=("utf-8", "Q"),
      date="2026-01-09 09:30 +0000",
      text=A_SIDLAW + "\n" + on_wrote("en", "Thu, 8 Jan 2026 at 21:02", *CAND) + "\n"
      + quote(APPLY_SIDLAW) + "\n", text_cte="quoted-printable"),
    M(kind="application_received", slug="greenhouse_ack_energy", lang="en",
      company="Mearns Energy Services", contact="", key="mes_ack",
      frm=("Mearns Energy Services", "no-reply@greenhouse-mail.io"),
      subject="Thanks for applying to Mearns Energy Services", date="2026-05-11 07:45 +0100",
      text=I_MEARNS_QUOTED, headers=AUTO),
    M(kind="application_received", slug="recruitee_ack_seafood", lang="en",
      company="Bryggen Seafood Group", contact="", key="bsg_ack",
      frm=("Bryggen Seafood Group", "no-reply@jobs.recruitee.com"),
      subject="We received your application for Training Coordinator",
      date="2026-06-01 11:20 +0200", text=A_BRYGGEN,
      html=ats_card("Bryggen Seafood Group", "#0f766e", paras(A_BRYGGEN), "Recruitee"),
      headers=AUTO),
    M(kind="application_received", slug="bamboohr_ack_food", lang="en",
      company="Glenisla Foods", contact="", key="glenisla_ack",
      frm=("Glenisla Foods", "notifications@bamboohr.com"),
      subject="Thank you for applying to Glenisla Foods", date="2026-02-23 13:00 +0000",
      text=A_GLENISLA, headers=AUTO),
    M(kind="application_received", slug="workable_ack_unable_to_respond_individually",
      lang="en", company="Tay Valley Retail", contact="", key="tvr_ack",
      frm=("Tay Valley Retail", "noreply@workablemail.com"),
      subject="Your application for Store Training Coordinator", date="2026-09-21 08:00 +0100",
      text=A_TAYVALLEY, html=ats_card("Tay Valley Retail", "#b45309", paras(A_TAYVALLEY),
                                      "Powered by Workable"),
      html_cte="quoted-printable", headers=AUTO),
    M(kind="application_received", slug="taleo_ack_science_centre", lang="en",
      company="Discovery Quay Learning", contact="", key="dql_ack",
      frm=("Discovery Quay Learning", "discoveryquay@taleo.net"),
      subject="Application confirmation – Learning Programmes Coordinator",
      subject_enc=("utf-8", "Q"),
      date="2026-07-13 07:30 +0100", text=A_DISCOVERY, text_charset="iso-8859-1",
      text_cte="quoted-printable", headers=AUTO),
    M(kind="application_received", slug="personio_eingangsbestaetigung", lang="de",
      company="Lernwerk Akademie", contact="", key="lw_ack",
      frm=("Lernwerk Akademie", "noreply@personio.de"),
      subject="Ihre Bewerbung bei der Lernwerk Akademie", date="2026-04-08 09:00 +0200",
      text=A_LERNWERK, html=ats_card("Lernwerk Akademie", "#be185d", paras(A_LERNWERK),
                                     "Gesendet mit Personio", "de"),
      text_cte="quoted-printable", html_cte="base64", headers=AUTO),
    M(kind="application_received", slug="personalberatung_unterlagen_eingegangen", lang="de",
      company="Brückner Personalberatung", contact=STEFAN[1], key="brk_reg",
      frm=STEFAN, name_enc=("utf-8", "Q"),
      subject="Ihre Unterlagen – Bestätigung", subject_enc=("utf-8", "Q"),
      date="2026-02-09 14:10 +0100", text=A_BRUECKNER, text_charset="iso-8859-1",
      text_cte="quoted-printable"),
    M(kind="application_received", slug="softgarden_eingang_nicht_einzeln", lang="de",
      company="Kaufhaus Lindemann", contact="", key="lind_ack",
      frm=("Kaufhaus Lindemann Recruiting", "no-reply@softgarden.io"),
      subject="Eingangsbestätigung Ihrer Bewerbung", subject_enc=("iso-8859-1", "Q"),
      date="2026-06-02 10:00 +0200",
      html=ats_card("Kaufhaus Lindemann", "#7c2d12", A_LINDEMANN, "softgarden e-recruiting",
                    "de"), html_cte="quoted-printable", headers=AUTO),
    M(kind="application_received", slug="taleo_accuse_reception", lang="fr",
      company="Groupe Garonne Formation", contact="", key="gar_ack",
      frm=("Groupe Garonne Formation", "garonneformation@taleo.net"),
      subject="Accusé de réception de votre candidature", subject_enc=("iso-8859-1", "B"),
      date="2026-03-03 08:00 +0100", text=A_GARONNE, text_charset="windows-1252",
      text_cte="quoted-printable", headers=AUTO),
    M(kind="application_received", slug="workday_pas_de_reponse_individuelle", lang="fr",
      company="Banque Aquitaine Atlantique", contact="", key="baa_ack",
      frm=("Banque Aquitaine Atlantique", "banqueaquitaine@myworkday.com"),
      subject="Confirmation de votre candidature", date="2026-05-06 22:40 +0200",
      html=ats_card("Banque Aquitaine Atlantique", "#1e3a8a", A_AQUITAINE, "Workday", "fr"),
      html_charset="windows-1252", html_cte="quoted-printable", headers=AUTO),
    M(kind="application_received", slug="cabinet_inscription_confirmee", lang="fr",
      company="Atlantique Talents", contact=JULIEN[1], key="at_reg", frm=JULIEN,
      subject="Votre inscription chez Atlantique Talents", date="2026-06-22 11:45 +0200",
      text=A_ATLANTIQUE, text_cte="8bit"),
    M(kind="application_received", slug="personio_candidatura_recibida", lang="es",
      company="Formación Pisuerga", contact="", key="fp_ack",
      frm=("Formación Pisuerga", "noreply@personio.de"), name_enc=("utf-8", "B"),
      subject="Hemos recibido tu candidatura", date="2026-08-24 18:05 +0200",
      text=A_PISUERGA, html=ats_card("Formación Pisuerga", "#9a3412", paras(A_PISUERGA),
                                     "Enviado con Personio", "es"),
      text_cte="quoted-printable", html_cte="quoted-printable", headers=AUTO),
    M(kind="application_received", slug="successfactors_registro_solicitud", lang="es",
      company="Universidad del Duero", contact="", key="ud_ack",
      frm=("Universidad del Duero - Selección", "noreply@successfactors.eu"),
      name_enc=("iso-8859-1", "B"),
      subject="Registro de su solicitud - PAS-2026-014", date="2026-04-13 10:30 +0200",
      text=A_DUERO, text_charset="iso-8859-1", text_cte="quoted-printable", headers=AUTO),
    M(kind="application_received", slug="agencia_hemos_recibido_tu_cv", lang="es",
      company="Talento Castilla", contact=ALVARO[1], key="tc_cv", frm=ALVARO,
      name_enc=("utf-8", "Q"), subject="Hemos recibido tu CV", date="2026-06-29 16:50 +0200",
      text=A_TALENTO, text_cte="quoted-printable"),

    # ------------------------------------------------------------ offer (10)
    M(kind="offer", slug="training_trust_offer_letter_pdf", lang="en",
      company="Tayside Learning Trust", contact=MORAG[1], key="tlt_offer", parent="tlt_move",
      frm=MORAG, subject="Offer of employment – Learning & Development Coordinator",
      subject_enc=("utf-8", "Q"), date="2026-02-06 16:10 +0000", text=O_TLT,
      html=outlook_html(mso(O_TLT)), text_cte="quoted-printable", html_cte="quoted-printable",
      pdf=[{"name": "TLT_Offer_Letter_Adebayo-Sorensen.pdf", "lines": [
          "Tayside Learning Trust", "21 Seagate, Dundee", "", "6 February 2026", "",
          "Dear Eilidh", "", "Offer of employment: Learning & Development Coordinator",
          "Fixed term 12 months, 28 hours per week, GBP 30,250 pro rata",
          "Start date: 9 March 2026", "", "Please sign and return by 13 February 2026.",
          "", "Morag Keillor, People & Culture Lead"]}]),
    M(kind="offer", slug="bank_contract_for_signature", lang="en",
      company="Forth Mutual Bank", contact=PRIYA[1], key="fmb_offer", parent="fmb_move",
      frm=PRIYA, subject="Your contract – Colleague Learning Coordinator",
      subject_enc=("utf-8", "B"), date="2026-05-22 16:45 +0100", text=O_FORTH,
      html=simple_html(paras(O_FORTH)), text_cte="quoted-printable", html_cte="base64",
      pdf=[{"name": "Contract_of_Employment_FMB_26-0417.pdf", "lines": [
          "FORTH MUTUAL BANK - CONTRACT OF EMPLOYMENT", "",
          "Employee: Eilidh Adebayo-Sørensen", "Role: Colleague Learning Coordinator",
          "Grade: B2   Salary: GBP 31,800 per annum", "Hours: 35 per week",
          "Place of work: Edinburgh (hybrid)", "Start date: 6 July 2026", "",
          "Signature: ______________________   Date: __________"]}]),
    M(kind="offer", slug="bergen_verbal_offer_follow_up", lang="en",
      company="Vestbryggen Energi", contact=INGRID[1], key="vbe_offer", parent="vbe_rebook",
      frm=INGRID, subject="Our offer – Learning & Development Coordinator",
      subject_enc=("utf-8", "Q"), date="2026-09-08 15:40 +0200", text=O_VESTBRYGGEN,
      html=simple_html(paras(O_VESTBRYGGEN)), text_cte="quoted-printable",
      html_cte="quoted-printable"),
    M(kind="offer", slug="agency_client_wants_to_offer", lang="en",
      company="Granite Harbour Housing", contact=ROSS[1], parent="ttp_granite_move",
      frm=ROSS, subject="Re: Granite Harbour Housing – interview!", subject_enc=("utf-8", "B"),
      date="2026-07-03 17:10 +0100",
      text=O_GRANITE + "\n" + on_wrote("en", "Fri, 26 Jun 2026 at 13:02", *CAND) + "\n"
      + quote(GRANITE_AFTER + "\n" + on_wrote("en", "Fri, 19 Jun 2026 at 12:30", *ROSS) + "\n"
              + quote(S_GRANITE + "\n" + on_wrote("en", "Mon, 15 Jun 2026 at 09:45", *ROSS)
                      + "\n" + quote(I_GRANITE))) + "\n",
      text_cte="8bit"),
    M(kind="offer", slug="science_centre_offer_letter_pdf", lang="en",
      company="Discovery Quay Learning", contact=ROBBIE[1], parent="dql_trial", frm=ROBBIE,
      subject="Offer: Learning Programmes Coordinator", date="2026-08-12 11:00 +0100",
      text=O_DISCOVERY, text_cte="quoted-printable",
      pdf=[{"name": "DQL_offer_letter.pdf", "lines": [
          "Discovery Quay Learning", "Riverside Drive, Dundee", "",
          "Conditional offer of employment", "Post: Learning Programmes Coordinator",
          "Salary: GBP 28,900 per annum, 37 hours", "Conditions: PVG membership, references",
          "Please confirm acceptance by 21 August 2026."]}]),
    M(kind="offer", slug="credit_union_verbal_offer_follow_up", lang="en",
      company="Northern Lights Credit Union", contact=ALASDAIR[1], parent="nlcu_push",
      frm=ALASDAIR, subject="Following up from Friday", date="2026-04-03 12:30 +0100",
      text=O_NLCU),
    M(kind="offer", slug="vertragsangebot_pdf_latin1", lang="de",
      company="Hansewerk Bildung", contact="ole.jansen@hansewerk-bildung.example.de",
      frm=("Ole Jansen", "ole.jansen@hansewerk-bildung.example.de"),
      subject="Ihr Vertragsangebot – Koordinatorin für Lernprojekte",
      subject_enc=("utf-8", "B"), date="2026-03-20 15:30 +0100", text=O_HANSEWERK,
      text_charset="iso-8859-1", text_cte="quoted-printable",
      pdf=[{"name": "Arbeitsvertrag_Adebayo-Soerensen.pdf", "lines": [
          "Hansewerk Bildung GmbH - Arbeitsvertrag", "",
          "zwischen Hansewerk Bildung GmbH und Frau Eilidh Adebayo-Sørensen",
          "Position: Koordinatorin für Lernprojekte, Standort Edinburgh",
          "Beginn: 01.05.2026, Probezeit sechs Monate", "Vergütung: 36.000 GBP brutto p. a."]}]),
    M(kind="offer", slug="personalberatung_mandant_will_angebot", lang="de",
      company="Brückner Personalberatung", contact=STEFAN[1], parent="brk_reg", frm=STEFAN,
      name_enc=("iso-8859-1", "B"),
      subject="Angebot für Sie!", date="2026-05-27 12:05 +0200", text=O_BRUECKNER_MANDANT,
      html=outlook_html(mso(O_BRUECKNER_MANDANT), "DE"), text_cte="quoted-printable",
      html_cte="quoted-printable"),
    M(kind="offer", slug="promesse_embauche_pdf", lang="fr",
      company="Université de Gironde-Océan", contact=HELENE[1], parent="ugo_update",
      frm=HELENE, name_enc=("utf-8", "B"),
      subject="Promesse d'embauche – ingénieure de formation", subject_enc=("utf-8", "Q"),
      date="2026-06-11 14:20 +0200", text=O_GIRONDE, text_cte="quoted-printable",
      pdf=[{"name": "Promesse_embauche_Adebayo-Sorensen.pdf", "lines": [
          "Université de Gironde-Océan - Direction des ressources humaines", "",
          "PROMESSE D'EMBAUCHE", "Mme Eilidh Adebayo-Sørensen",
          "Fonction : ingénieure de formation (CDD de 3 ans)",
          "Prise de fonctions : 1er septembre 2026",
          "Document à retourner signé avant le 22 juin 2026."]}]),
    M(kind="offer", slug="contrato_para_firmar_pdf", lang="es",
      company="Formación Pisuerga", contact=LUCIA[1], key="fp_offer", parent="fp_move",
      frm=LUCIA, subject="Contrato – Coordinadora de Formación para Empresas",
      subject_enc=("utf-8", "Q"), date="2026-10-02 13:20 +0200", text=O_PISUERGA,
      html=simple_html(paras(O_PISUERGA), "es"), text_cte="quoted-printable",
      html_cte="base64",
      pdf=[{"name": "Contrato_Adebayo-Sorensen.pdf", "lines": [
          "FORMACIÓN PISUERGA - CONTRATO DE TRABAJO INDEFINIDO", "",
          "Trabajadora: Eilidh Adebayo-Sørensen",
          "Puesto: Coordinadora de Formación para Empresas",
          "Jornada completa - Salario bruto anual: 27.500 EUR",
          "Incorporación: 2 de noviembre de 2026",
          "Firma de la trabajadora: ____________________"]}]),
]
