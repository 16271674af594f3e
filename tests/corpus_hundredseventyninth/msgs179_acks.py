"""Corpus 179: application acknowledgements and offers (hand-written specs)."""

from msgs179_common import (
    ME,
    D,
    ats_card,
    button,
    esc,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply,
    simple_html,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

# ------------------------------------------------------------------ application_received

_LVU_ACK = D("""
    Dear Niamh,

    Thank you for applying for the position of Learning Designer, Centre for Digital
    Teaching (requisition R-02219).

    Your application is now with our recruitment team. Applications will be reviewed
    after the closing date of Friday 6 February 2026, and you can follow the status of
    your application at any time from your candidate home page.

    Please do not reply to this message; this mailbox is not monitored.

    Human Resources
    Lee Valley University
    """)

_BP_ACK = D("""
    Hi Niamh,

    Thanks so much for your interest in the Instructional Designer (Corporate Academy)
    role at Brightpath Learning.

    We've got your application and our People team is reading through it now. If your
    background lines up with what the team is looking for, someone from the team will
    reach out about a next step.

    In the meantime, have a look at how we build our courses on our blog.

    Cheers,
    The Brightpath People Team
    """)

_HB_ACK = D("""
    Dear Niamh Castellanos-Byrne,

    Thank you for submitting your application for the role of Learning & Development
    Associate (Requisition 48817) in our Dublin office.

    Every application is assessed against the criteria in the job specification.
    Due to the very high number of applications we receive, unfortunately we cannot
    reply to every applicant individually. Where your profile matches the requirements
    closely, a member of our Talent Acquisition team will be in touch within four weeks
    of the closing date.

    You can view or withdraw your application through the Harbourline Careers portal.

    Kind regards,
    Talent Acquisition
    Harbourline Bank

    Harbourline Bank DAC is regulated by the Central Bank of Ireland. This e-mail and any
    attachment are confidential and intended only for the named recipient. If you have
    received it in error, please delete it and notify the sender.
    """)

_GL_ACK = D("""
    Dear Niamh,

    This e-mail confirms that Glanmire Therapeutics has received your application for
    the following position:

      Requisition: 2600412
      Title:       Training Specialist (GMP)
      Location:    Little Island, Co. Cork

    Our Talent team reviews all submissions. Should your qualifications match the needs
    of the position, you will be contacted to discuss the next steps.

    You may review the status of your submission at any time by logging in to the
    Glanmire career section.

    Sincerely,
    Glanmire Therapeutics Talent Acquisition

    *** This is an automatically generated e-mail. Please do not respond. ***
    """)

_SV_ACK = D("""
    A Chara,

    I wish to acknowledge receipt of your application form for the post of Training
    Officer (Temporary, Specified Purpose Contract), competition reference SV/HR/26/07.

    Please note that the Council may decide to shortlist candidates on the basis of the
    information supplied on the application form. You will be advised of the outcome of
    the shortlisting process in due course.

    Please quote the competition reference in all correspondence.

    Is mise le meas,

    Gráinne Phelan
    Recruitment Unit, Human Resources Department
    Suir Valley County Council
    Civic Offices, The Quay, Waterford X91 E2K7
    Tel: +353 51 555 0190
    """)

_TS_ACK = D("""
    Hello Niamh,

    Thank you for applying for the Learning & Volunteer Development Coordinator role
    at Thameside Skills Trust.

    We're a small team, so it can take us a couple of weeks to read everything that
    comes in. We'll be in touch either way once shortlisting is complete.

    Thanks again for thinking of us.

    Thameside Skills Trust
    Registered charity no. 1188302
    """)

_CA_ACK = D("""
    Hi Niamh,

    Thank you for applying for the Learning Experience Designer position at Canalside
    Digital Academy. Your application has safely reached us.

    What happens next? Sanne from our talent team reads every application herself.
    You can expect to hear from us within ten working days. If anything is unclear in
    the meantime, just reply to this email and it will land with her.

    Groetjes from Amsterdam,
    Canalside Digital Academy
    Keizersgracht 401, 1016 EK Amsterdam
    """)

_SH_REG = D("""
    Hi Niamh,

    Lovely to chat earlier. As promised, just a quick note to confirm that I've received
    your CV and you're now registered with Shandon Talent Partners.

    From our call, I have you down for learning & development, training coordination and
    instructional design roles in Cork city and county, hybrid or on site, with Dublin as
    a maybe for the right role. I'll only put your CV forward to a client after I've
    spoken with you and you've given me the go-ahead.

    If anything changes on your side (notice period, salary expectations, location),
    drop me a line.

    Talk soon,

    Eoin Kiely
    Senior Consultant, Learning & HR
    Shandon Talent Partners
    3 Camden Quay, Cork T23 X2P4
    M: +353 87 555 0144
    """)

_HR_REG = D("""
    Dear Niamh,

    Thank you for registering with Halden & Rook Recruitment.

    Your profile has been set up and allocated to Tobias Grant, who looks after our
    Learning, Talent & Organisational Development desk in London and Manchester.
    Tobias will review your CV and may call you to discuss suitable opportunities.

    You can reply directly to this email to reach Tobias.

    Registrations Team
    Halden & Rook Recruitment Ltd, 22 Bevis Marks, London EC3A 7JB
    Registered in England and Wales no. 08812345.
    """)

_LI_ACK_HTML = ats_card(
    "Liffey Insurance Group",
    paras(D("""
        Hello Niamh,

        Your application for Learning Consultant, Group People Development (JR-7731) has
        been submitted.

        We read every application carefully. Unfortunately we are not able to reply to every
        applicant individually, but if your application is shortlisted a member of our
        Talent team will contact you directly.

        Thank you for your interest in a career with Liffey Insurance Group.
        """)) + button("Go to Candidate Home", "https://liffeyinsurance.wd3.myworkday.com/"
                       "liffey/d/home.htmld", "#004b87"),
    esc("This email was sent from an unmonitored mailbox.") + "<br>"
    + esc("Liffey Insurance Group, 40 Sir John Rogerson's Quay, Dublin 2"),
    "#004b87",
)

_CL_ACK = D("""
    Hi Niamh,

    Thanks for applying to the Learning Designer (Client Programmes) role at Copperleaf
    Learning Studio. We've received your application and we're looking forward to
    reading it.

    We aim to get back to everyone within two weeks.

    Copperleaf Learning Studio
    Unit 4, 19 Tileyard Road, London N7 9AH
    """)

_FM_ACK_HTML = D("""
    <html><body style="font-family:Verdana,sans-serif;font-size:13px">
    <p>Dear Niamh Castellanos-Byrne,</p>
    <p>We have received your application for <b>Learning &amp; Development Consultant</b>
    (Job ID 2026-1187, London).</p>
    <p>Our recruitment team is reviewing applications and will contact candidates whose
    skills and experience are a close match. You can check your application status by
    logging in to the <a href="https://careers-fennickmoore.icims.com/jobs/login">Fennick
    &amp; Moore careers portal</a>.</p>
    <p>Regards,<br>Fennick &amp; Moore Talent Acquisition</p>
    <p style="font-size:10px;color:#777">Please do not reply to this automated message.
    Fennick &amp; Moore LLP is a limited liability partnership registered in England and
    Wales with number OC312345.</p>
    </body></html>
    """)

_DK_ACK = D("""
    Hallo Niamh,

    vielen Dank für Ihre Bewerbung als Learning Designer (m/w/d) bei Donaukanal Lernwerk
    und das Interesse an unserem Team!

    Ihre Unterlagen sind gut bei uns angekommen. Wir sehen sie uns in den nächsten
    Tagen in Ruhe an und melden uns spätestens in zwei Wochen bei Ihnen.

    Bei Fragen erreichen Sie Katharina Pichler aus dem People-Team direkt über die
    Antwortfunktion dieser E-Mail.

    Beste Grüße
    Ihr Team von Donaukanal Lernwerk
    Obere Donaustraße 61, 1020 Wien
    """)

_PV_ACK = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    wir bestätigen den Eingang Ihrer Bewerbung für die Position
    Trainer:in Good Manufacturing Practice (Standort Wien-Floridsdorf).

    Ihre Unterlagen werden nun von der Fachabteilung gesichtet. Bitte haben Sie
    Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann. Über den
    weiteren Verlauf informieren wir Sie selbstverständlich per E-Mail.

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Pharmavia Austria GmbH

    Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse können
    nicht bearbeitet werden.
    """)

_TW_APPLICATION = D("""
    Dear Ms Brandstätter,

    Please find attached my application for the post of Lehrgangskoordination Didaktik
    (part-time, 30 hours). I am a primary teacher with nine years' classroom experience
    in Cork and I have led staff training days on digital tools for the past three years.

    My German is at B2 level and improving weekly. I would welcome the chance of an
    interview, in person in Vienna or online, whichever suits.

    Kind regards,
    Niamh Castellanos-Byrne
    """)

_TW_ACK = reply(D("""
    Sehr geehrte Frau Castellanos-Byrne,

    danke für Ihre Nachricht. Ihre Bewerbungsunterlagen sind vollständig bei uns
    eingegangen und wurden an die Studiengangsleitung weitergegeben.

    Das Auswahlverfahren läuft bis Ende September; wir melden uns bis dahin bei Ihnen.
    Gerne können Sie mir auch auf Englisch schreiben.

    Freundliche Grüße

    Mag. Ursula Brandstätter
    Personalabteilung
    Technikum Wienerberg – Fachhochschule für Technik und Bildung
    Wienerbergstraße 12, 1100 Wien
    T +43 1 555 0312
    """), "de", "Mo., 31. Aug. 2026 um 21:14", "Niamh Castellanos-Byrne <niamh.cb@example.ie>",
    _TW_APPLICATION)

_GF_ACK = D("""
    Bonjour Niamh,

    Merci pour votre candidature au poste de Concepteur·rice pédagogique digital chez
    Garonne Formation !

    Nous l'avons bien reçue et notre équipe va l'étudier avec attention. Vous aurez de nos
    nouvelles d'ici trois semaines au plus tard.

    À très bientôt,
    L'équipe Garonne Formation
    12 allées Jean Jaurès, 31000 Toulouse
    """)

_AF_ACK_HTML = ats_card(
    "Aéroformation Blagnac",
    paras(D("""
        Bonjour Niamh,

        Nous vous remercions de l'intérêt que vous portez à Aéroformation Blagnac et
        confirmons la bonne réception de votre candidature au poste d'Ingénieur(e)
        pédagogique – formations techniques aéronautiques.

        Compte tenu du nombre important de candidatures, nous ne sommes malheureusement pas
        en mesure de répondre individuellement à chacune d'entre elles. Si votre profil
        correspond à nos besoins, un membre de l'équipe recrutement prendra contact avec
        vous.

        Cordialement,
        L'équipe Talents
        """)) + button("Suivre ma candidature", "https://jobs.smartrecruiters.com/"
                       "AeroformationBlagnac/candidate", "#003a70"),
    esc("Ceci est un message automatique, merci de ne pas y répondre."),
    "#003a70",
)

_TD_REG = D("""
    Bonjour Niamh,

    Suite à notre échange téléphonique de ce matin, je vous confirme votre inscription
    dans notre vivier de candidats. J'ai bien reçu votre CV en français et en anglais.

    Je retiens les points suivants : postes de formatrice, chargée de formation ou
    ingénieure pédagogique sur Toulouse et sa périphérie, télétravail partiel souhaité,
    disponibilité à partir de janvier 2027.

    Je reviens vers vous dès qu'une mission correspond à votre profil.

    Bien cordialement,

    Mathilde Roux
    Consultante recrutement, Formation & RH
    Talents d'Oc Recrutement
    5 rue d'Alsace-Lorraine, 31000 Toulouse
    Tél. 05 61 55 02 19
    """)

_GI_ACK = D("""
    ¡Hola, Niamh!

    Gracias por presentar tu candidatura al puesto de Diseñador/a Instruccional en
    Giralda eLearning. La hemos recibido correctamente.

    Nuestro equipo de selección revisará tu perfil en los próximos días. Si encaja con lo
    que buscamos, te escribiremos para contarte los siguientes pasos.

    Un saludo,
    Equipo de Personas de Giralda eLearning
    """)

_UPG_ACK = D("""
    Estimada Sra. Castellanos-Byrne:

    Le confirmamos la recepción de su solicitud para participar en la convocatoria
    PAS-2026-14, Técnico/a de Formación del Personal, con número de registro 2026/0871.

    La relación provisional de personas admitidas y excluidas se publicará en el tablón
    electrónico de la Universidad en el plazo de un mes. Le rogamos que consulte dicha
    publicación, ya que no se enviarán comunicaciones individuales sobre la admisión.

    Atentamente,

    Servicio de Personal de Administración y Servicios
    Universidad Privada del Guadalquivir
    Avda. de la Cartuja, 8 · 41092 Sevilla
    """)

_AD_REG = D("""
    ¡Hola Niamh!

    Ha sido un placer hablar contigo esta tarde. Te confirmo que ya estás dada de alta en
    la base de datos de Adelante Talento y que tengo tu CV actualizado.

    Como hablamos, buscamos para ti puestos de formación interna, coordinación de
    formación o diseño de cursos en Sevilla capital o en remoto. En cuanto tenga algo que
    encaje te llamo antes de enviar tu candidatura a ningún cliente.

    Un abrazo,

    Rocío Maldonado
    Consultora de Selección
    Adelante Talento · C/ Rioja, 14 · 41001 Sevilla
    Tel. 954 55 01 88
    """)

# ------------------------------------------------------------------ offers

_BP_VERBAL = D("""
    Hi Niamh,

    Great speaking with you this afternoon, and congratulations again!

    Just to put in writing what we discussed on the phone: we'd love you to join the
    Corporate Academy team as an Instructional Designer. The package we talked through is
    a base salary of €52,000, 25 days' annual leave, the 6% pension match and the hybrid
    set-up (two days a week in our Grand Canal Dock office). We pencilled in a start date
    of Monday 1 June, which works around the end of your school term.

    I'll send the formal offer letter and contract through in the next day or two. If any
    questions come up in the meantime, ring me any time.

    Fiona

    Fiona Walsh | Head of People
    Brightpath Learning
    Grand Canal Dock, Dublin 2 | +353 1 555 0178
    """)

_BP_OFFER = D("""
    Dear Niamh,

    As promised, please find attached your formal offer of employment for the position of
    Instructional Designer (Corporate Academy), together with a summary of the main terms.

    To accept, simply sign the last page and return it to me by Friday 24 April. Your
    contract of employment will follow once we have your acceptance and two references.

    We're all really looking forward to working with you.

    Warm regards,

    Fiona Walsh
    Head of People, Brightpath Learning
    """)

_CA_OFFER = D("""
    Hi Niamh,

    What a pleasure it was to have you with us for the trial day, and thanks again for
    saying yes on the phone yesterday!

    Your employment contract for the Learning Experience Designer position is now ready.
    I've sent it through our e-signature tool, so you should have a separate email with a
    link to review and sign it. It reflects what we agreed: 32 hours a week, a gross
    monthly salary of EUR 4,150, a 30% ruling application (we'll help with that) and a
    start date of 1 October 2026.

    Once it's signed, I'll send you the onboarding checklist and some tips for finding a
    place to live in Amsterdam.

    Hartelijke groet,

    Sanne de Vries
    Talent Partner | Canalside Digital Academy
    +31 20 555 0163
    """)

_SH_ARDFIELD = D("""
    Niamh,

    Brilliant news: I've just come off the phone with Ardfield Foods and they want to make
    you an offer for the L&D Coordinator role in Mallow!

    Headline terms: €46,500 base, 10% annual bonus, car allowance for the site visits
    between Mallow and Bandon, hybrid two days from home. They'd like you to start on
    2 November if your notice allows.

    Their HR manager will send the written offer directly to you tomorrow, but I wanted you
    to hear it from me first. Give me a call when you're out of class and we can talk it
    through.

    Delighted for you,

    Eoin Kiely
    Senior Consultant, Learning & HR | Shandon Talent Partners
    M: +353 87 555 0144
    """)

_QL_OFFER = D("""
    Hi Niamh,

    Thanks for taking my call this morning. I'm delighted to confirm that we would like
    to offer you the position of Training & Development Coordinator here at Quayline
    Logistics in Waterford.

    As discussed:
    • Salary: €44,000 per annum
    • Hours: 39 per week, Monday to Friday, with one remote day
    • Start date: to be agreed, ideally early January 2027

    I'll send out the contract by post and e-mail next week. In the meantime, please let
    me know if you'd like to visit the warehouse sites again before you decide.

    Kind regards,

    Siobhán Power
    HR Manager
    Quayline Logistics
    Belview Port, Slieverue, Co. Kilkenny / Waterford X91 K8T3
    T: +353 51 555 0117

    This email and any files transmitted with it are confidential and intended solely for
    the use of the individual to whom they are addressed. If you have received this email
    in error please notify the sender.
    """)

_TS_OFFER = D("""
    Dear Niamh,

    I'm very pleased to offer you the role of Learning & Volunteer Development
    Coordinator at Thameside Skills Trust. Your offer letter is attached; it sets out the
    salary (£36,400 pro rata for four days a week), your pension and leave, and the usual
    conditions such as references and an enhanced DBS check.

    Could you let me know by Friday 19 June whether you'd like to accept? I'm happy to
    talk through anything in it beforehand.

    With best wishes,

    Priya Raman
    Head of Programmes
    Thameside Skills Trust | 14 Creek Road, London SE8 3BU
    020 7946 0318
    """)

_DK_OFFER = D("""
    Liebe Niamh,

    wie gestern am Telefon besprochen, schicke ich Ihnen anbei unser schriftliches Angebot
    für die Stelle als Learning Designer (m/w/d) in Vollzeit.

    Die wichtigsten Punkte: Eintritt am 1. Juni 2026, Bruttomonatsgehalt EUR 3.650
    (14 Gehälter), Einstufung laut KV für Angestellte in Information und Consulting,
    zwei Homeoffice-Tage pro Woche sowie ein Budget von EUR 1.200 für Ihren Deutschkurs.

    Wenn alles für Sie passt, schicken Sie mir das Angebot bitte bis 10. April
    unterschrieben zurück. Den Dienstvertrag bereiten wir dann vor.

    Wir freuen uns sehr auf Sie!

    Katharina Pichler
    People & Culture
    Donaukanal Lernwerk GmbH · Obere Donaustraße 61 · 1020 Wien
    +43 1 555 0271
    """)

_TW_OFFER = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    die Auswahlkommission hat sich nach den Gesprächen in der vergangenen Woche für Sie
    entschieden. Wir freuen uns, Ihnen die Stelle der Lehrgangskoordination Didaktik
    (30 Wochenstunden, befristet auf zwei Jahre mit Option auf Verlängerung) anbieten zu
    können.

    Der Dienstvertrag wird Ihnen in den nächsten Tagen per Post zugestellt. Als
    Dienstbeginn schlagen wir den 1. Februar 2027 vor. Bitte bestätigen Sie uns kurz per
    E-Mail, ob Sie das Angebot annehmen.

    Freundliche Grüße

    Mag. Ursula Brandstätter
    Personalabteilung, Technikum Wienerberg
    """)

_AF_OFFER = D("""
    Bonjour Niamh,

    Au nom de toute l'équipe, j'ai le plaisir de vous adresser ci-joint notre promesse
    d'embauche pour le poste d'Ingénieure pédagogique – formations techniques
    aéronautiques, en CDI, au sein de notre centre de Blagnac.

    Vous y trouverez la rémunération annuelle brute (41 000 €), le statut cadre, la date
    d'entrée envisagée (1er septembre 2026) et les modalités de télétravail.

    Merci de nous retourner le document daté et signé avant le 3 juillet. Je reste
    joignable pour toute question.

    Bien à vous,

    Julien Castaing
    Responsable du pôle ingénierie pédagogique
    Aéroformation Blagnac – 2 avenue Didier Daurat, 31700 Blagnac
    05 61 55 04 27
    """)

_GI_OFFER = D("""
    Hola Niamh:

    ¡Enhorabuena! Después de las entrevistas con el equipo, nos encantaría que te unieras a
    Giralda eLearning como Diseñadora Instruccional.

    Te resumo la oferta:
    - Contrato indefinido a jornada completa (37,5 h semanales, viernes intensivos).
    - Salario bruto anual de 31.000 €, en 14 pagas.
    - Modelo híbrido: tres días en la oficina de la calle San Fernando y dos en remoto.
    - Incorporación prevista: 1 de septiembre de 2026.

    Si te parece bien, respóndeme a este correo antes del 22 de mayo y te preparamos el
    contrato. Cualquier duda, aquí estoy.

    Un abrazo,

    Lucía Ferrer
    Responsable de Personas · Giralda eLearning
    C/ San Fernando, 27 · 41004 Sevilla · 954 55 02 61
    """)

MESSAGES = [
    # -------------------------------------------------------------- application_received
    {"kind": "application_received", "name": "lvu_workday_ack", "lang": "en",
         "company": "Lee Valley University", "contact": "", "key": "lvu-ack",
         "frm": ("Lee Valley University", "lvu@myworkday.com"),
         "date": "2026-01-19 08:03 -0800",
         "subject": "Application received: Learning Designer, Centre for Digital Teaching "
                 "(R-02219)",
         "text": _LVU_ACK,
         "html": ats_card("Lee Valley University", paras(_LVU_ACK), esc(
             "Powered by Workday"), "#7a1f2b"),
         "headers": AUTO},
    {"kind": "application_received", "name": "brightpath_greenhouse_ack", "lang": "en",
         "company": "Brightpath Learning", "contact": "", "key": "bp-ack",
         "frm": ("Brightpath Learning", "no-reply@us.greenhouse-mail.io"),
         "date": "2026-03-02 11:47 +0000",
         "subject": "Thanks for applying to Brightpath Learning!",
         "html": ats_card("Brightpath Learning", paras(_BP_ACK), esc(
             "Brightpath Learning · Grand Canal Dock, Dublin 2 · Sent via Greenhouse"),
             "#f97316"),
         "cte": "quoted-printable"},
    {"kind": "application_received", "name": "harbourline_cannot_reply", "lang": "en",
         "company": "Harbourline Bank", "contact": "", "key": "hb-ack",
         "frm": ("Harbourline Bank Careers", "careers-noreply@successfactors.eu"),
         "date": "2026-02-23 14:10 +0100",
         "subject": "Harbourline Bank - your application for Learning & Development Associate "
                 "(Req 48817)",
         "text": _HB_ACK, "html": ats_card("Harbourline Bank", paras(_HB_ACK), "", "#0a3d62"),
         "headers": AUTO},
    {"kind": "application_received", "name": "glanmire_taleo_confirmation", "lang": "en",
         "company": "Glanmire Therapeutics", "contact": "", "key": "gl-ack",
         "frm": ("Glanmire Therapeutics", "glanmire@taleo.net"),
         "date": "2026-04-06 09:31 -0400",
         "subject": "Glanmire Therapeutics: Confirmation of Application - Training Specialist "
                 "(GMP) 2600412",
         "text": _GL_ACK, "charset": "windows-1252", "cte": "quoted-printable"},
    {"kind": "application_received", "name": "suirvalley_form_acknowledged", "lang": "en",
         "company": "Suir Valley County Council", "contact": "recruitment@suirvalleycoco.example.ie",
         "key": "sv-ack",
         "frm": ("Recruitment Unit, Suir Valley County Council",
              "recruitment@suirvalleycoco.example.ie"),
         "date": "2026-05-04 12:05 +0100",
         "subject": "Training Officer (Temporary) SV/HR/26/07 · Acknowledgement",
         "subj_enc": ("iso-8859-1", "Q"),
         "text": _SV_ACK, "charset": "iso-8859-1", "cte": "8bit"},
    {"kind": "application_received", "name": "thameside_bamboohr_thanks", "lang": "en",
         "company": "Thameside Skills Trust", "contact": "", "key": "ts-ack",
         "frm": ("Thameside Skills Trust", "notifications@bamboohr.com"),
         "date": "2026-05-11 17:20 +0100",
         "subject": "Thank you for your application to Thameside Skills Trust",
         "text": _TS_ACK, "html": ats_card("Thameside Skills Trust", paras(_TS_ACK),
                                     esc("Sent from BambooHR"), "#4b7f52"),
         "headers": AUTO},
    {"kind": "application_received", "name": "canalside_recruitee_received", "lang": "en",
         "company": "Canalside Digital Academy", "contact": "sanne@canalside.example.nl",
         "key": "ca-ack",
         "frm": ("Canalside Digital Academy", "canalsideacademy@jobs.recruitee.com"),
         "reply_to": ("Sanne de Vries", "sanne@canalside.example.nl"),
         "date": "2026-07-06 10:12 +0200",
         "subject": "We received your application - Learning Experience Designer "
                 "(English-speaking)",
         "text": _CA_ACK,
         "html": ats_card("Canalside Digital Academy", paras(_CA_ACK), "", "#e11d48")},
    {"kind": "application_received", "name": "shandon_agency_registration", "lang": "en",
         "company": "Shandon Talent Partners", "contact": "eoin.kiely@shandontalent.example.ie",
         "key": "sh-reg",
         "frm": ("Eoin Kiely", "eoin.kiely@shandontalent.example.ie"),
         "date": "2026-01-12 16:45 +0000",
         "subject": "Great to chat - you're registered with Shandon Talent Partners",
         "text": _SH_REG, "html": outlook_html(paras(_SH_REG)), "cte": "quoted-printable"},
    {"kind": "application_received", "name": "haldenrook_registration", "lang": "en",
         "company": "Halden & Rook", "contact": "tobias.grant@haldenrook.example.co.uk",
         "key": "hr-reg",
         "frm": ("Halden & Rook Registrations", "registrations@haldenrook.example.co.uk"),
         "reply_to": ("Tobias Grant", "tobias.grant@haldenrook.example.co.uk"),
         "date": "2026-03-16 09:02 +0000",
         "subject": "Your registration with Halden & Rook",
         "text": _HR_REG},
    {"kind": "application_received", "name": "liffey_workday_submitted", "lang": "en",
         "company": "Liffey Insurance Group", "contact": "", "key": "li-ack",
         "frm": ("Liffey Insurance Group", "liffeyinsurance@myworkday.com"),
         "date": "2026-01-27 03:14 -0800",
         "subject": "Liffey Insurance Group | Application Submitted",
         "html": _LI_ACK_HTML, "cte": "base64", "headers": AUTO},
    {"kind": "application_received", "name": "copperleaf_ashby_received", "lang": "en",
         "company": "Copperleaf Learning Studio", "contact": "", "key": "cl-ack",
         "frm": ("Copperleaf Learning Studio", "no-reply@ashbyhq.com"),
         "date": "2026-04-08 13:55 +0000",
         "subject": "Copperleaf Learning Studio — application received",
         "text": _CL_ACK, "html": simple_html(paras(_CL_ACK))},
    {"kind": "application_received", "name": "fennickmoore_icims_ack", "lang": "en",
         "company": "Fennick & Moore", "contact": "", "key": "fm-ack",
         "frm": ("Fennick & Moore Careers", "careers-fennickmoore@talent.icims.com"),
         "date": "2026-06-22 08:40 -0400",
         "subject": "Fennick & Moore: We have received your application (Job ID 2026-1187)",
         "html": _FM_ACK_HTML, "cte": "base64"},
    {"kind": "application_received", "name": "donaukanal_personio_eingang", "lang": "de",
         "company": "Donaukanal Lernwerk", "contact": "k.pichler@donaukanal-lernwerk.example.at",
         "key": "dk-ack",
         "frm": ("Donaukanal Lernwerk GmbH", "noreply@personio.de"),
         "reply_to": ("Katharina Pichler", "k.pichler@donaukanal-lernwerk.example.at"),
         "date": "2026-02-16 10:21 +0100",
         "subject": "Ihre Bewerbung als Learning Designer (m/w/d) bei Donaukanal Lernwerk",
         "text": _DK_ACK, "html": ats_card("Donaukanal Lernwerk", paras(_DK_ACK), "", "#2563eb")},
    {"kind": "application_received", "name": "pharmavia_softgarden_eingang", "lang": "de",
         "company": "Pharmavia Austria", "contact": "", "key": "pv-ack",
         "frm": ("Pharmavia Austria GmbH", "noreply@softgarden.io"),
         "date": "2026-05-05 07:58 +0200",
         "subject": "Eingangsbestätigung Ihrer Bewerbung: Trainer:in Good Manufacturing Practice",
         "subj_enc": ("iso-8859-1", "Q"),
         "text": _PV_ACK, "charset": "iso-8859-1", "cte": "quoted-printable", "headers": AUTO},
    {"kind": "application_received", "name": "technikum_unterlagen_eingegangen", "lang": "de",
         "company": "Technikum Wienerberg", "contact": "brandstaetter@technikum-wienerberg.example.at",
         "key": "tw-ack",
         "frm": ("Mag. Ursula Brandstätter", "brandstaetter@technikum-wienerberg.example.at"),
         "frm_enc": ("iso-8859-1", "B"),
         "date": "2026-09-01 11:30 +0200",
         "subject": "AW: Bewerbung Lehrgangskoordination Didaktik",
         "text": _TW_ACK},
    {"kind": "application_received", "name": "garonne_teamtailor_recue", "lang": "fr",
         "company": "Garonne Formation", "contact": "", "key": "gf-ack",
         "frm": ("Garonne Formation", "no-reply@teamtailor-mail.com"),
         "date": "2026-03-09 09:15 +0100",
         "subject": "Nous avons bien reçu votre candidature !",
         "text": _GF_ACK, "html": ats_card("Garonne Formation", paras(_GF_ACK), "", "#b45309")},
    {"kind": "application_received", "name": "aeroformation_smartrecruiters", "lang": "fr",
         "company": "Aéroformation Blagnac", "contact": "", "key": "af-ack",
         "frm": ("Aéroformation Blagnac", "noreply@smartrecruiters.com"),
         "frm_enc": ("utf-8", "B"),
         "date": "2026-05-06 16:02 +0200",
         "subject": "Confirmation de votre candidature – Ingénieur(e) pédagogique",
         "subj_enc": ("utf-8", "B"),
         "html": _AF_ACK_HTML, "cte": "quoted-printable", "headers": AUTO},
    {"kind": "application_received", "name": "talentsdoc_inscription", "lang": "fr",
         "company": "Talents d'Oc", "contact": "m.roux@talentsdoc.example.fr", "key": "td-reg",
         "frm": ("Mathilde Roux", "m.roux@talentsdoc.example.fr"),
         "date": "2026-08-24 14:40 +0200",
         "subject": "Votre inscription chez Talents d'Oc Recrutement",
         "text": _TD_REG, "charset": "iso-8859-1", "cte": "8bit"},
    {"kind": "application_received", "name": "giralda_workable_recibida", "lang": "es",
         "company": "Giralda eLearning", "contact": "", "key": "gi-ack",
         "frm": ("Giralda eLearning", "noreply@workablemail.com"),
         "date": "2026-04-13 12:00 +0200",
         "subject": "Hemos recibido tu candidatura para Diseñador/a Instruccional",
         "text": _GI_ACK, "html": ats_card("Giralda eLearning", paras(_GI_ACK), "", "#7c3aed"),
         "cte": "base64"},
    {"kind": "application_received", "name": "upg_acuse_convocatoria", "lang": "es",
         "company": "Universidad Privada del Guadalquivir", "contact": "seleccion@upg.example.es",
         "key": "upg-ack",
         "frm": ("Servicio de Personal · UPG", "seleccion@upg.example.es"),
         "frm_enc": ("iso-8859-1", "Q"),
         "date": "2026-06-03 10:44 +0200",
         "subject": "Acuse de recibo: convocatoria PAS-2026-14 Técnico/a de Formación",
         "subj_enc": ("iso-8859-1", "B"),
         "text": _UPG_ACK, "charset": "iso-8859-1", "cte": "quoted-printable"},
    {"kind": "application_received", "name": "adelante_registro_base_datos", "lang": "es",
         "company": "Adelante Talento", "contact": "rocio.maldonado@adelantetalento.example.es",
         "key": "ad-reg",
         "frm": ("Rocío Maldonado", "rocio.maldonado@adelantetalento.example.es"),
         "date": "2026-07-20 18:05 +0200",
         "subject": "Bienvenida a Adelante Talento: ya estás en nuestra base de datos",
         "text": _AD_REG, "html": simple_html(paras(_AD_REG))},
    # -------------------------------------------------------------- offer
    {"kind": "offer", "name": "brightpath_verbal_followup", "lang": "en",
         "company": "Brightpath Learning", "contact": "fiona.walsh@brightpath.example.ie",
         "key": "bp-verbal", "parent": "bp-screen",
         "frm": ("Fiona Walsh", "fiona.walsh@brightpath.example.ie"),
         "date": "2026-04-14 17:40 +0100",
         "subject": "Great speaking with you today - next steps",
         "text": _BP_VERBAL},
    {"kind": "offer", "name": "brightpath_offer_letter_pdf", "lang": "en",
         "company": "Brightpath Learning", "contact": "fiona.walsh@brightpath.example.ie",
         "key": "bp-offer", "parent": "bp-verbal",
         "frm": ("Fiona Walsh", "fiona.walsh@brightpath.example.ie"),
         "date": "2026-04-16 10:05 +0100",
         "subject": "Offer of employment - Instructional Designer (Corporate Academy)",
         "text": _BP_OFFER, "html": simple_html(paras(_BP_OFFER)), "cte": "base64",
         "pdfs": [{"filename": "Brightpath_Offer_Letter_NCastellanosByrne.pdf",
                    "title": "Brightpath Learning - Offer of Employment",
                    "lines": ["Candidate: Niamh Castellanos-Byrne",
                           "Position: Instructional Designer (Corporate Academy)",
                           "Base salary: EUR 52,000 per annum",
                           "Start date: Monday 1 June 2026",
                           "Annual leave: 25 days; pension match 6%",
                           "Please sign and return by Friday 24 April 2026."]}]},
    {"kind": "offer", "name": "canalside_contract_for_signature", "lang": "en",
         "company": "Canalside Digital Academy", "contact": "sanne@canalside.example.nl",
         "key": "ca-offer", "parent": "ca-trial",
         "frm": ("Sanne de Vries", "sanne@canalside.example.nl"),
         "date": "2026-07-30 15:10 +0200",
         "subject": "Your employment contract is ready for signature",
         "text": _CA_OFFER, "html": simple_html(paras(_CA_OFFER))},
    {"kind": "offer", "name": "shandon_ardfield_wants_to_offer", "lang": "en",
         "company": "Ardfield Foods", "contact": "eoin.kiely@shandontalent.example.ie",
         "frm": ("Eoin Kiely", "eoin.kiely@shandontalent.example.ie"),
         "date": "2026-09-08 12:30 +0100",
         "subject": "Ardfield Foods - they want to make you an offer!",
         "text": _SH_ARDFIELD},
    {"kind": "offer", "name": "quayline_offer_after_call", "lang": "en",
         "company": "Quayline Logistics", "contact": "siobhan.power@quayline.example.ie",
         "frm": ("Siobhán Power", "siobhan.power@quayline.example.ie"),
         "frm_enc": ("iso-8859-1", "Q"),
         "date": "2026-10-15 09:50 +0100",
         "subject": "Training & Development Coordinator – offer",
         "subj_enc": ("utf-8", "Q"),
         "text": _QL_OFFER, "html": outlook_html(paras(_QL_OFFER)), "charset": "windows-1252",
         "cte": "quoted-printable"},
    {"kind": "offer", "name": "thameside_offer_letter", "lang": "en",
         "company": "Thameside Skills Trust", "contact": "priya.raman@thamesideskills.example.org.uk",
         "key": "ts-offer", "parent": "ts-moved",
         "frm": ("Priya Raman", "priya.raman@thamesideskills.example.org.uk"),
         "date": "2026-06-12 14:00 +0100",
         "subject": "Offer letter - Learning & Volunteer Development Coordinator",
         "text": _TS_OFFER,
         "pdfs": [{"filename": "TST_offer_letter_Castellanos-Byrne.pdf",
                    "title": "Thameside Skills Trust - Conditional Offer of Employment",
                    "lines": ["Dear Niamh,",
                           "Role: Learning & Volunteer Development Coordinator (0.8 FTE)",
                           "Salary: GBP 36,400 pro rata",
                           "Conditions: two satisfactory references, enhanced DBS check",
                           "Please confirm acceptance by Friday 19 June 2026."]}]},
    {"kind": "offer", "name": "donaukanal_angebot_pdf", "lang": "de",
         "company": "Donaukanal Lernwerk", "contact": "k.pichler@donaukanal-lernwerk.example.at",
         "parent": "dk-moved",
         "frm": ("Katharina Pichler", "k.pichler@donaukanal-lernwerk.example.at"),
         "date": "2026-03-27 13:15 +0100",
         "subject": "Ihr Angebot – Learning Designer (m/w/d)",
         "text": _DK_OFFER, "html": simple_html(paras(_DK_OFFER)), "cte": "quoted-printable",
         "pdfs": [{"filename": "Angebot_Castellanos-Byrne.pdf",
                    "title": "Donaukanal Lernwerk - Angebot",
                    "lines": ["Position: Learning Designer (m/w/d), Vollzeit",
                           "Eintritt: 1. Juni 2026",
                           "Bruttomonatsgehalt: EUR 3.650 (14x)",
                           "Bitte unterschrieben retournieren bis 10. April 2026."]}]},
    {"kind": "offer", "name": "technikum_zusage", "lang": "de",
         "company": "Technikum Wienerberg", "contact": "brandstaetter@technikum-wienerberg.example.at",
         "parent": "tw-ack",
         "frm": ("Mag. Ursula Brandstätter", "brandstaetter@technikum-wienerberg.example.at"),
         "frm_enc": ("utf-8", "Q"),
         "date": "2026-10-02 10:00 +0200",
         "subject": "Lehrgangskoordination Didaktik – Zusage",
         "text": _TW_OFFER, "charset": "iso-8859-1", "cte": "quoted-printable"},
    {"kind": "offer", "name": "aeroformation_promesse_embauche", "lang": "fr",
         "company": "Aéroformation Blagnac", "contact": "julien.castaing@aeroformation.example.fr",
         "parent": "af-moved",
         "frm": ("Julien Castaing", "julien.castaing@aeroformation.example.fr"),
         "date": "2026-06-19 11:20 +0200",
         "subject": "Promesse d'embauche – Ingénieure pédagogique",
         "text": _AF_OFFER, "cte": "quoted-printable",
         "pdfs": [{"filename": "Promesse_embauche_NCB.pdf",
                    "title": "Aéroformation Blagnac - Promesse d'embauche",
                    "lines": ["Poste : Ingénieure pédagogique (CDI, statut cadre)",
                           "Rémunération annuelle brute : 41 000 €",
                           "Date d'entrée : 1er septembre 2026",
                           "Retour signé souhaité avant le 3 juillet 2026."]}]},
    {"kind": "offer", "name": "giralda_oferta_indefinido", "lang": "es",
         "company": "Giralda eLearning", "contact": "lucia.ferrer@giralda-elearning.example.es",
         "parent": "gi-moved",
         "frm": ("Lucía Ferrer", "lucia.ferrer@giralda-elearning.example.es"),
         "date": "2026-05-14 13:30 +0200",
         "subject": "¡Oferta! Diseñadora Instruccional en Giralda eLearning",
         "subj_enc": ("utf-8", "B"),
         "text": _GI_OFFER, "html": simple_html(paras(_GI_OFFER)), "cte": "base64"},
]

__all__ = ["ME", "MESSAGES", "outlook_block", "quote"]
