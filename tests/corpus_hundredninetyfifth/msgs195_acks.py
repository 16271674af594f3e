"""Corpus 195 - application acknowledgements (21) and offers (10): hand-written, one spec per
message."""

from msgs195_common import (
    CAND_ADDR,
    CAND_NAME,
    CANDIDATE_ACCENTED,
    M,
    ats_card,
    html_page,
    outlook_block,
    outlook_html,
    paras,
    reply_chain,
)

ACK = "application_received"
OFF = "offer"

# ================================================================ acknowledgements, English

_cav_ack = """Dear Roisin,

Thank you for applying for Administrative Assistant (Band 3), Outpatients (CHT/26/0088) with Cavehill Health and Social Care Trust.

Your application has been submitted successfully. You can follow its progress at any time from your Candidate Home.

Shortlisting normally takes place within three weeks of the closing date. If you are shortlisted, a member of the recruitment team will contact you by email.

Cavehill Health and Social Care Trust - Workforce Services
"""

_fv_ack = """Hi Roisin,

Thanks for applying for Care Home Administrator - Ashgrove House at Foyle Vale Care Group! We've received your application and it's now with our talent team.

We read every application ourselves, so it can take us up to two weeks to get back to you. In the meantime, you can find out more about life at Foyle Vale on our career site.

Best wishes,
Foyle Vale Care Group
"""

_mh_ack = """Dear Roisin,

Thank you for applying for the position of International Patient Services Coordinator at Maashaven Zorggroep. This email confirms that we have received your application.

Our recruitment team will review all applications after the vacancy closes on 8 March. Unfortunately we cannot reply to every applicant individually at this stage; we will contact you if your profile matches what we are looking for.

Kind regards,
Recruitment team, Maashaven Zorggroep
"""

_gw_ack = """Hi Roisin,

Great to speak to you earlier and thanks for registering with Greenway Healthcare Recruitment.

Just to confirm, your profile is now live on our system and I'll be your main consultant. I've noted that you're looking for admin, reception or ward clerk work within the health service or the independent sector in Belfast and Lisburn, full-time, starting from March.

Before I can put you forward for anything, could you send me:
- two referees (one from your current care home)
- a scan of your passport
- your up-to-date CV in Word format

Speak soon,
Ryan

Ryan Quigley
Senior Consultant - Healthcare Admin
Greenway Healthcare Recruitment
Unit 4, Weavers Court, Linfield Road, Belfast BT12 5GH
T: 028 9099 2210 | M: 07700 900 771
"""

_mv_council_ack = """Dear Applicant,

Post: Customer Services Administrator (Scale 4) - MVBC/26/031

This is an automatic acknowledgement that your application form has been received by Human Resources.

Due to the volume of applications the Council receives, we are unable to reply to every applicant individually about the progress of their application. Shortlisting will take place after the closing date of 13 February 2026, and shortlisted applicants will be contacted by email.

Please do not reply to this message; the mailbox is not monitored.

Human Resources
Mourne Vale Borough Council
"""

_lagan_uni_ack = """<p>Dear Roisin,</p>
<p>Thank you for submitting your application for <b>Student Records Assistant (Grade 4), School of Nursing</b> (Requisition 26/0113).</p>
<p>This email confirms that your application was received on 25 February 2026. You do not need to take any further action at this time.</p>
<p>You can review your submission and withdraw it if your circumstances change by logging in to the careers portal.</p>
<p>Regards,<br>Recruitment Team<br>University of the Lagan</p>"""

_cl_ack = """Hi Roisin,

Thanks for applying for Business Support Officer (Grade 4) at Clydeholm Health and Care Partnership. Your application has arrived safely.

What happens next: the hiring team will review applications after the closing date (28 August) and invite shortlisted candidates to an assessment centre in early September.

Good luck!
Clydeholm Health and Care Partnership
"""

_an_ack = """Hi Roisin,

Thank you for your interest in Ancoats Community Care! We have received your application for Rota and Admin Officer and will be reviewing it shortly.

You'll hear from us either way once a decision has been made about next steps.

Ancoats Community Care
"""

_kh_ack = """Dear Roisin Vasquez-Lindholm,

Job Requisition 4471 - Administrative Assistant, College of Medical, Veterinary and Life Sciences

Thank you for applying for the above position. We confirm receipt of your application.

Shortlisting will take place after the closing date. If you are selected for the next stage, you will receive an invitation by email.

Yours sincerely,
Human Resources, Kelvinhaugh University

This is an automated message. Replies to this address are not monitored.
"""

_ww_ack = """Dear Roisin,

Thanks for your email and CV - we've received them and I'll pass them to the shortlisting panel when the post closes on Friday 17 April.

We'll be in touch with everyone who applied the week after.

Kind regards,
Shauna

Shauna Doherty
Operations Lead, Waterside Wellbeing
"""

_sh_ack = """Hi Róisín,

Welcome to Shamrock Medical Staffing! Your registration is now complete and your profile is visible to our healthcare admin team.

I'm your dedicated consultant. I'll be in touch in the next couple of days for a short call to understand exactly what you're looking for, so we can start matching you with roles in Dublin.

Your registration reference is SMS-DUB-20931.

Kind regards,
Ciarán Fitzpatrick
Recruitment Consultant | Shamrock Medical Staffing
Merrion Square North, Dublin 2 | +353 1 555 0192
"""

_mb_ack = """Dear Roisin,

Thank you for your application for Ward Clerk - Band 2 (MB-2026-0417) at Mersey Bank Community Health NHS Trust.

We confirm that your application has been received and will be considered by the shortlisting panel after the closing date of 27 May 2026.

You can check the status of your application at any time by signing in to our careers portal.

Mersey Bank Community Health NHS Trust - Recruitment
"""

# ================================================================ acknowledgements, French

_gh_ack = """Bonjour Roisin,

Nous vous remercions pour votre candidature au poste d'Assistante administrative - Bureau des entrées (H/F) au sein du Groupe Hospitalier Flandres-Deûle.

Votre dossier a bien été transmis à notre service recrutement, qui l'étudiera avec attention.

En raison du nombre important de candidatures reçues, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos attentes, nous vous contacterons dans un délai de trois semaines.

Cordialement,
Direction des ressources humaines
Groupe Hospitalier Flandres-Deûle
"""

_isf_ack = """Bonjour Roisin,

Merci d'être passée à l'agence ce matin. Je vous confirme que votre inscription chez Intérim Santé Flandres est finalisée : votre dossier est complet (pièce d'identité, justificatif de domicile, CV et attestation de formation).

Vous êtes enregistrée sur les missions administratives et d'accueil en établissements de santé et médico-sociaux, sur Lille et la métropole. Je vous propose des missions dès que j'ai quelque chose qui correspond.

Bonne journée,

Julien Delattre
Consultant santé & médico-social
Intérim Santé Flandres
45 boulevard de la Liberté, 59000 Lille - 06 12 48 73 90
"""

_uv_ack = """Madame,

J'accuse bonne réception de votre candidature au poste de gestionnaire administrative (BAP J) à l'UFR de santé.

Votre dossier sera examiné par la commission de recrutement après la date de clôture de l'offre, le 29 mai. Les personnes retenues pour un entretien seront contactées début juin.

Cordialement,

Sandrine Caudron
Responsable du pôle RH de proximité
Université Vauban - UFR de santé
"""

# ================================================================ acknowledgements, German

_lh_ack = """Liebe Frau Vasquez-Lindholm,

vielen Dank für Ihre Bewerbung als Verwaltungsassistenz (m/w/d) – Haus Lindenhof Dublin und Ihr Interesse an der Lindenhof Pflegegruppe.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns in den nächsten zwei Wochen bei Ihnen.

Herzliche Grüße
Ihr Recruiting-Team der Lindenhof Pflegegruppe
"""

_sanovia_ack = """Sehr geehrte Frau Vasquez-Lindholm,

wir bestätigen den Eingang Ihrer Bewerbung als Sachbearbeiterin Patientenverwaltung (m/w/d), Standort Dublin.

Ihre Unterlagen werden nun von unserem Recruiting-Team und der Fachabteilung gesichtet. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann.

Über den aktuellen Stand Ihrer Bewerbung können Sie sich jederzeit in Ihrem Bewerberkonto informieren.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Sanovia Gesundheitsdienste

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
"""

_mp_reg = """Hallo Frau Vasquez-Lindholm,

schön, dass Sie sich bei MediPersonal Nordwest registriert haben! Ihr Profil ist jetzt in unserem Bewerberpool für Verwaltungs- und Empfangsstellen im Gesundheitswesen angelegt, mit Schwerpunkt Niederlande und Irland.

Ich betreue Ihr Profil persönlich. Für ein erstes Kennenlerngespräch am Telefon würde ich Sie gerne am Mittwoch, 8. April, um 14 Uhr (deutscher Zeit) anrufen – passt das?

Beste Grüße
Malte Hinrichs
Personalberater Gesundheitswesen
MediPersonal Nordwest
Großer Burstah 31, 20457 Hamburg
Tel. +49 40 555 871 20
"""

# ================================================================ acknowledgements, Spanish

_ht_ack = """Estimada Roisin:

Te confirmamos que hemos recibido correctamente tu candidatura a la oferta Administrativa de admisión (ref. HUT-2026-112) del Hospital Universitario del Turia.

Nuestro equipo de Selección revisará tu perfil y, si encaja con los requisitos del puesto, se pondrá en contacto contigo.

Puedes consultar el estado de tu candidatura en el portal de empleo.

Atentamente,
Dirección de Personas - Hospital Universitario del Turia
"""

_lt_ack = """Hola Roisin:

¡Bienvenida a Levante Talento Sanitario! Te confirmo que ya estás dada de alta en nuestra base de candidatos para puestos administrativos y de recepción en hospitales, clínicas y residencias del área de València.

He revisado tu CV y me parece muy interesante tu experiencia en residencias en Irlanda del Norte. En cuanto tenga un proceso que encaje contigo te llamo.

Un abrazo,

Jordi Martí Vidal
Consultor de selección sanitaria
Levante Talento Sanitario
C/ de Colón 60, 4.º, 46004 València - Tel. 963 55 14 27
"""

_malv_ack = """Hola Roisin:

Hemos recibido tu CV para el puesto de Auxiliar administrativa del centro de día de Malvarrosa. Muchas gracias por pensar en nosotros.

Estamos recibiendo muchas candidaturas y, lamentablemente, no podemos responder a todas de forma personal. Si tu perfil pasa a la siguiente fase, te llamaremos antes del 15 de marzo.

Un saludo,

Amparo Gimeno Peris
Responsable de Personas
Fundación Malvarrosa Cuidados
"""

# ================================================================ offers

_cav_thanks_short = """Dear Orla,

Thank you for organising today's interview, and please thank Dr Moffett and Ms Lavery for me. I really enjoyed hearing about the outpatients booking project.

Kind regards,
Roisin"""

_cav_offer = """Dear Roisin,

Thank you for your note after the interview, it was much appreciated by the panel.

I am delighted to offer you the post of Administrative Assistant (Band 3), Outpatients, on a fixed-term basis for six months, subject to satisfactory pre-employment checks (references, AccessNI check and occupational health clearance).

Your conditional offer letter is attached. It sets out the starting salary (Band 3, point 1), hours (37.5 per week) and the proposed start date of Monday 13 April 2026.

Please reply to this email by Friday 13 March to confirm whether you accept the offer, and I will start the checks straight away.

Congratulations again.

Kind regards,

Orla Devlin
Recruitment Officer | Workforce Services
Cavehill Health and Social Care Trust
Cavehill House, 120 Antrim Road, Belfast BT15 5AB
Tel: 028 9504 3361

""" + outlook_block("en", "Roisin Vasquez-Lindholm <roisin.vl@example.co.uk>",
                    "26 February 2026 17:20", "Devlin, Orla <orla.devlin@cavehilltrust.example.co.uk>",
                    "Thank you - interview today", _cav_thanks_short) + """

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.
"""

_gw_offer = """Hi Roisin,

Are you sitting down? Karen from Lagan and Down GP Federation has just been on the phone and the client wants to make you an offer for the Patient Services Administrator role!

The headline details:
- Permanent, 37.5 hours, Monday to Friday
- £24,071 a year, plus NHS pension
- Start date flexible, they'd like mid-April if possible
- Based in Carryduff with the odd day at the Newtownards practice

She was very impressed with how you handled the complaint exercise. The formal paperwork will come from the Federation once you say yes.

Give me a call when you get a minute and we can talk it through.

Ryan

Ryan Quigley
Senior Consultant - Healthcare Admin
Greenway Healthcare Recruitment
M: 07700 900 771
"""

_iw_offer = """<p>Dear Roisin,</p>
<p>Further to our telephone conversation this afternoon, I am delighted to confirm our offer of the post of <b>Care Coordination Administrator</b> with Irwell Valley GP Alliance.</p>
<p>As discussed:</p>
<ul>
<li>Salary: £25,400 per annum</li>
<li>Hours: 37.5 per week, Monday to Friday, 8:30 - 16:30</li>
<li>Base: Pendleton Gateway, Salford</li>
<li>Start date: Monday 28 September 2026, subject to references and a DBS check</li>
</ul>
<p>Our HR provider will send your contract and new-starter forms in the next few days. In the meantime, if you could confirm your acceptance by replying to this email, that would be great.</p>
<p>We're really pleased you'll be joining us.</p>
<p>Kind regards,</p>
<p>Priya Chaudhry<br>Operations Manager<br>Irwell Valley GP Alliance<br>Pendleton Gateway, 1 Broadwalk, Salford M6 5FX<br>0161 555 0814</p>"""

_liffey_offer = """Hi Róisín,

Congratulations again on your new role as Administrator (maternity cover) at Liffeyside Nursing Homes!

Your employment contract and the staff handbook acknowledgement are now ready for you to review and sign electronically. Please sign both documents by Friday 24 July so that we can confirm your start date with payroll.

Review and sign: https://liffeyside.bamboohr.com/esignatures/sign/7731

If anything in the contract doesn't look right, reply to this email and Gráinne in HR will help.

Liffeyside Nursing Homes
"""

_cl_offer = """Dear Roisin,

Following the assessment centre on 29 September, I am very pleased to offer you the post of Business Support Officer (Grade 4) with Clydeholm Health and Care Partnership.

The panel was particularly impressed by your performance in the group exercise and your accuracy in the data test. Your formal offer letter is attached, setting out your salary, hours and the start date we discussed.

Please sign and return the acceptance slip by 16 October. If you have any questions about the offer, I'm happy to talk them through.

With best wishes,

Fraser McAllister
Recruitment Adviser
Clydeholm Health and Care Partnership
250 Dumbarton Road, Glasgow G11 6AA
0141 555 3380
"""

_ormeau_offer = """<div style="font-family:Georgia,serif;font-size:15px;max-width:640px">
<p>Dear Roisin,</p>
<p><b>Offer of employment &ndash; Home Administrator, Ormeau Park House</b></p>
<p>I am writing to confirm our offer of employment following your interview with Mrs McCann last week. We would like you to join Ormeau Park Care Group as Home Administrator at Ormeau Park House on a permanent, full-time contract.</p>
<p>Your salary will be £23,800 per annum. You will be entitled to 28 days&rsquo; annual leave including bank holidays, and you will be enrolled in our workplace pension scheme.</p>
<p>This offer is conditional on two satisfactory references and an Enhanced AccessNI check.</p>
<p>Please confirm in writing that you accept this offer by Friday 25 September. Your contract will then be issued.</p>
<p>We look forward to welcoming you to the team.</p>
<p>Yours sincerely,</p>
<p>Beverley Quinn<br>HR Business Partner<br>Ormeau Park Care Group<br>1 Ormeau Embankment, Belfast BT7 3GG &middot; 028 9064 1155</p>
</div>"""

_tl_offer = """Bonjour Roisin,

Toute l'équipe a beaucoup apprécié la journée passée avec vous lundi, et Nadia ne tarit pas d'éloges.

J'ai le plaisir de vous proposer le poste d'assistante administrative et d'accueil à la Résidence Les Tilleuls de Marcq-en-Barœul, en CDI à temps plein (35 h), avec une prise de poste souhaitée le 2 novembre 2026.

Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération et les conditions. Je vous remercie de me la retourner signée avant le 5 octobre si vous acceptez.

N'hésitez pas à m'appeler si vous avez la moindre question.

Bien à vous,

Hélène Deschamps
Directrice
Résidence Les Tilleuls - Marcq-en-Barœul
12 avenue Foch, 59700 Marcq-en-Barœul - 03 20 72 18 55
"""

_mp_offer = """Hallo Frau Vasquez-Lindholm,

ich habe sehr gute Nachrichten: Zorgcentrum De Esch möchte Ihnen ein Angebot machen!

Frau Bakker war nach dem Gespräch am Mittwoch begeistert, besonders von Ihren Beispielen aus dem Umgang mit Angehörigen. Die Eckdaten des Angebots:

- Stelle: Administratieve medewerker Patiëntenservice (englischsprachiges Team)
- 32 Stunden pro Woche, unbefristet nach einer Probezeit von zwei Monaten
- Gehalt: 2.850 EUR brutto im Monat (nach CAO VVT) zzgl. Urlaubsgeld
- Start: 1. Oktober 2026, Unterstützung bei der Wohnungssuche in Rotterdam

Den schriftlichen Vertrag schickt De Esch direkt, sobald Sie mündlich zugesagt haben. Rufen Sie mich gerne an, dann gehen wir alles in Ruhe durch.

Beste Grüße
Malte Hinrichs
Personalberater Gesundheitswesen
MediPersonal Nordwest
Tel. +49 40 555 871 20
"""

_ht_offer = """Estimada Roisin:

Tras el proceso de selección para el puesto de Administrativa de admisión, nos complace comunicarte que has sido la candidata seleccionada.

Te ofrecemos un contrato indefinido a jornada completa (37,5 horas semanales en turno de mañana), con incorporación prevista el 1 de julio de 2026. En el documento adjunto encontrarás el detalle de la retribución y de las condiciones.

Te agradeceríamos que nos confirmases tu aceptación antes del 5 de junio respondiendo a este correo. Después te citaremos para firmar el contrato y hacer el reconocimiento médico.

¡Enhorabuena!

Lucía Ferrandis Soler
Técnica de Selección - Dirección de Personas
Hospital Universitario del Turia
Tel. 961 55 30 84
"""

_nazaret_offer = """Hola Roisin:

Como hablamos ayer por teléfono, te enviamos el contrato de trabajo para el puesto de administrativa-recepcionista del Centro de Día Jardines de Nazaret, con inicio el 19 de octubre.

El contrato está preparado para firma electrónica. Recibirás un SMS con un código en tu móvil; solo tienes que abrir el enlace, revisar el documento y firmarlo:

https://firma.jardinesnazaret.example.es/c/5581-roisin

Si ves algún dato incorrecto (número de NIE, cuenta bancaria...), dímelo antes de firmar y lo corregimos.

¡Bienvenida al equipo!

Pilar Sanchis Bou
Administración y Personal
Centro de Día Jardines de Nazaret
C/ Moreras 12, 46024 València
"""


MESSAGES = [
    # ============================================================ received (21)
    # ---------------------------------------------------------- English (12)
    M(kind=ACK, slug="cavehill_workday_ack", lang="en",
      company="Cavehill Health and Social Care Trust", contact="",
      frm=("Cavehill HSC Trust", "cavehillhsc@myworkday.com"),
      subject="Thank you for applying: Administrative Assistant (Band 3), Outpatients",
      date="2026-01-20 21:14", tz="-0800", text=_cav_ack,
      html=ats_card("Cavehill Health and Social Care Trust", paras(_cav_ack),
                    button=("Go to Candidate Home",
                            "https://cavehillhsc.wd3.myworkdayjobs.example.com/candidate"),
                    footer="Please do not reply to this email.", accent="#005eb8"),
      key="cav_ack", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=ACK, slug="foyle_vale_teamtailor_ack", lang="en",
      company="Foyle Vale Care Group", contact="",
      frm=("Foyle Vale Care Group", "noreply@teamtailor-mail.com"),
      subject="We've received your application!", date="2026-02-02 20:31", tz="+0000",
      text=_fv_ack,
      html=ats_card("Foyle Vale Care Group", paras(_fv_ack), accent="#7a2048",
                    footer="Sent with Teamtailor"), key="fv_ack"),
    M(kind=ACK, slug="maashaven_recruitee_cannot_reply_individually", lang="en",
      company="Maashaven Zorggroep", contact="",
      frm=("Maashaven Zorggroep", "maashavenzorggroep@jobs.recruitee.com"),
      subject="Application received - International Patient Services Coordinator",
      date="2026-03-03 08:56", tz="+0100", text=_mh_ack, cte="quoted-printable",
      key="mh_ack"),
    M(kind=ACK, slug="greenway_registration_confirmed", lang="en",
      company="Greenway Healthcare Recruitment",
      contact="ryan.quigley@greenwayrecruit.example.co.uk",
      frm=("Ryan Quigley", "ryan.quigley@greenwayrecruit.example.co.uk"),
      subject="Welcome to Greenway - your registration", date="2026-01-08 16:42",
      tz="+0000", text=_gw_ack, key="gw_reg"),
    M(kind=ACK, slug="mourne_vale_council_auto_ack", lang="en",
      company="Mourne Vale Borough Council", contact="",
      frm=("Mourne Vale Borough Council Recruitment", "jobs-noreply@mournevale.example.gov.uk"),
      subject="Application received: MVBC/26/031", date="2026-02-06 23:58", tz="+0000",
      text=_mv_council_ack, headers=[("Auto-Submitted", "auto-generated"),
                                     ("X-Auto-Response-Suppress", "All")]),
    M(kind=ACK, slug="lagan_university_taleo_html", lang="en",
      company="University of the Lagan", contact="",
      frm=("University of the Lagan", "noreply@taleo.net"),
      subject="Application received - Student Records Assistant (26/0113)",
      date="2026-02-25 13:03", tz="+0000", html=html_page(_lagan_uni_ack),
      charset="windows-1252", html_cte="7bit"),
    M(kind=ACK, slug="clydeholm_workable_ack", lang="en",
      company="Clydeholm Health and Care Partnership", contact="",
      frm=("Clydeholm Health and Care Partnership", "noreply@candidates.workablemail.com"),
      subject="Thanks for applying to Clydeholm Health and Care Partnership",
      date="2026-08-18 19:20", tz="+0100", text=_cl_ack,
      html=ats_card("Clydeholm Health and Care Partnership", paras(_cl_ack),
                    accent="#1d4e89", footer="Powered by Workable")),
    M(kind=ACK, slug="ancoats_lever_ack_base64", lang="en",
      company="Ancoats Community Care", contact="",
      frm=("Ancoats Community Care", "no-reply@hire.lever.co"),
      subject="Thanks for applying to Ancoats Community Care", date="2026-08-24 06:11",
      tz="-0700", text=_an_ack, cte="base64"),
    M(kind=ACK, slug="kelvinhaugh_successfactors_ack", lang="en",
      company="Kelvinhaugh University", contact="",
      frm=("Kelvinhaugh University Recruitment", "noreply@successfactors.eu"),
      subject="Application confirmation - Job Requisition 4471", date="2026-06-02 22:40",
      tz="+0200", text=_kh_ack, headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=ACK, slug="waterside_received_your_cv", lang="en",
      company="Waterside Wellbeing", contact="shauna.doherty@watersidewellbeing.example.org.uk",
      frm=("Shauna Doherty", "shauna.doherty@watersidewellbeing.example.org.uk"),
      subject="Re: Application - Office and Bookings Assistant", date="2026-04-15 09:12",
      tz="+0100", text=_ww_ack + "\n" + reply_chain(
          "en", "Tue, 14 Apr 2026 at 21:17", CAND_NAME, CAND_ADDR,
          "Dear Ms Doherty,\n\nI would like to apply for the Office and Bookings Assistant "
          "post advertised on your website. I attach my CV.\n\n[...]\n\nYours sincerely,\n"
          "Roisin Vasquez-Lindholm"),
      parent="ww_app", key="ww_ack"),
    M(kind=ACK, slug="shamrock_registration_complete", lang="en",
      company="Shamrock Medical Staffing", contact="ciaran.fitzpatrick@shamrockmedstaff.example.ie",
      frm=("Ciarán Fitzpatrick", "ciaran.fitzpatrick@shamrockmedstaff.example.ie"),
      to=[CANDIDATE_ACCENTED],
      subject="Your registration with Shamrock Medical Staffing", date="2026-06-29 12:25",
      tz="+0100", text=_sh_ack, html=html_page(paras(_sh_ack)), cte="base64",
      html_cte="quoted-printable"),
    M(kind=ACK, slug="mersey_bank_icims_ack", lang="en",
      company="Mersey Bank Community Health NHS Trust", contact="",
      frm=("Mersey Bank Careers", "noreply@icims.com"),
      subject="Your application for Ward Clerk - Band 2 (MB-2026-0417)",
      date="2026-05-20 14:33", tz="-0400", text=_mb_ack,
      html=ats_card("Mersey Bank Community Health NHS Trust", paras(_mb_ack),
                    accent="#005eb8", footer="This is an automated message from iCIMS.")),
    # ---------------------------------------------------------- French (3)
    M(kind=ACK, slug="gh_flandres_deule_smartrecruiters_pas_de_reponse_individuelle",
      lang="fr", company="Groupe Hospitalier Flandres-Deûle", contact="",
      frm=("Groupe Hospitalier Flandres-Deûle", "noreply@smartrecruiters.com"),
      subject="Confirmation de votre candidature", date="2026-04-07 22:15", tz="+0200",
      text=_gh_ack,
      html=ats_card("Groupe Hospitalier Flandres-Deûle", paras(_gh_ack), accent="#004a8f",
                    footer="Propulsé par SmartRecruiters"),
      cte="quoted-printable", html_cte="quoted-printable", key="gh_ack"),
    M(kind=ACK, slug="interim_sante_inscription_finalisee", lang="fr",
      company="Intérim Santé Flandres",
      contact="julien.delattre@interimsante-flandres.example.fr",
      frm=("Julien Delattre", "julien.delattre@interimsante-flandres.example.fr"),
      subject="Votre inscription chez Intérim Santé Flandres", subj_enc="iso-8859-1/Q",
      date="2026-09-03 12:48", tz="+0200", text=_isf_ack, charset="iso-8859-1",
      cte="quoted-printable"),
    M(kind=ACK, slug="vauban_accuse_reception", lang="fr",
      company="Université Vauban", contact="sandrine.caudron@univ-vauban.example.fr",
      frm=("Sandrine Caudron", "sandrine.caudron@univ-vauban.example.fr"),
      subject="Accusé de réception – candidature gestionnaire administrative",
      date="2026-05-26 15:30", tz="+0200", text=_uv_ack),
    # ---------------------------------------------------------- German (3)
    M(kind=ACK, slug="lindenhof_personio_eingang", lang="de",
      company="Lindenhof Pflegegruppe", contact="",
      frm=("Lindenhof Pflegegruppe", "no-reply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-06-01 07:02", tz="+0200",
      text=_lh_ack,
      html=ats_card("Lindenhof Pflegegruppe", paras(_lh_ack), accent="#4a7c59",
                    footer="Diese E-Mail wurde über Personio versendet."),
      key="lh_ack"),
    M(kind=ACK, slug="sanovia_softgarden_eingang", lang="de",
      company="Sanovia Gesundheitsdienste", contact="",
      frm=("Sanovia Gesundheitsdienste", "noreply@softgarden.io"),
      subject="Ihre Bewerbung ist bei uns eingegangen", date="2026-05-06 18:44", tz="+0200",
      text=_sanovia_ack, charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=ACK, slug="medipersonal_registrierung_bewerberpool", lang="de",
      company="MediPersonal Nordwest", contact="malte.hinrichs@medipersonal-nw.example.de",
      frm=("Malte Hinrichs", "malte.hinrichs@medipersonal-nw.example.de"),
      subject="Ihre Registrierung bei MediPersonal Nordwest", date="2026-03-30 16:05",
      tz="+0200", text=_mp_reg, key="mp_reg"),
    # ---------------------------------------------------------- Spanish (3)
    M(kind=ACK, slug="hospital_turia_successfactors_acuse", lang="es",
      company="Hospital Universitario del Turia", contact="",
      frm=("Hospital Universitario del Turia - Empleo", "noreply@successfactors.eu"),
      subject="Hemos recibido tu candidatura – Administrativa de admisión",
      subj_enc="utf-8/B", date="2026-05-04 11:27", tz="+0200", text=_ht_ack,
      html=ats_card("Hospital Universitario del Turia", paras(_ht_ack), accent="#c8102e",
                    footer="Mensaje automático. No respondas a este correo."),
      key="ht_ack"),
    M(kind=ACK, slug="levante_talento_alta_candidata", lang="es",
      company="Levante Talento Sanitario", contact="jordi.marti@levantetalento.example.es",
      frm=("Jordi Martí Vidal", "jordi.marti@levantetalento.example.es", "iso-8859-1/Q"),
      subject="Ya estás dada de alta en Levante Talento", date="2026-09-10 13:15",
      tz="+0200", text=_lt_ack, charset="windows-1252", cte="8bit"),
    M(kind=ACK, slug="malvarrosa_recibido_cv_no_respuesta_personal", lang="es",
      company="Fundación Malvarrosa Cuidados",
      contact="amparo.gimeno@fundacionmalvarrosa.example.es",
      frm=("Amparo Gimeno Peris", "amparo.gimeno@fundacionmalvarrosa.example.es"),
      subject="Recibido: CV auxiliar administrativa", date="2026-02-24 10:40", tz="+0100",
      text=_malv_ack),
    # ============================================================ offers (10)
    # ---------------------------------------------------------- English (6)
    M(kind=OFF, slug="cavehill_conditional_offer_pdf", lang="en",
      company="Cavehill Health and Social Care Trust",
      contact="orla.devlin@cavehilltrust.example.co.uk",
      frm=("Devlin, Orla", "orla.devlin@cavehilltrust.example.co.uk"),
      subject="RE: Thank you - interview today", date="2026-03-05 12:30", tz="+0000",
      text=_cav_offer, html=outlook_html(paras(_cav_offer)),
      pdfs=[("CHT-26-0088 Conditional Offer - R Vasquez-Lindholm.pdf", [
          "Cavehill Health and Social Care Trust - Workforce Services",
          "CONDITIONAL OFFER OF EMPLOYMENT", "",
          "Candidate: Roisin Vasquez-Lindholm",
          "Post: Administrative Assistant (Band 3), Outpatients - CHT/26/0088",
          "Contract: fixed term, 6 months", "Hours: 37.5 per week",
          "Salary: Band 3, point 1", "Proposed start date: 13 April 2026", "",
          "This offer is conditional on satisfactory references, an AccessNI check",
          "and occupational health clearance.", "",
          "Orla Devlin, Recruitment Officer"])],
      parent="cav_thanks", key="cav_offer"),
    M(kind=OFF, slug="greenway_client_wants_to_offer", lang="en",
      company="Lagan and Down GP Federation",
      contact="ryan.quigley@greenwayrecruit.example.co.uk",
      frm=("Ryan Quigley", "ryan.quigley@greenwayrecruit.example.co.uk"),
      subject="Lagan and Down - OFFER!", date="2026-03-27 15:18", tz="+0000",
      text=_gw_offer, key="gw_offer"),
    M(kind=OFF, slug="irwell_verbal_offer_follow_up_html_only", lang="en",
      company="Irwell Valley GP Alliance", contact="priya.chaudhry@irwellgp.example.org.uk",
      frm=("Priya Chaudhry", "priya.chaudhry@irwellgp.example.org.uk"),
      subject="Offer of employment - Care Coordination Administrator",
      date="2026-08-20 16:52", tz="+0100", html=outlook_html(_iw_offer),
      html_cte="quoted-printable"),
    M(kind=OFF, slug="liffeyside_bamboohr_contract_to_sign", lang="en",
      company="Liffeyside Nursing Homes", contact="grainne.walsh@liffeyside.example.ie",
      frm=("Liffeyside Nursing Homes", "no-reply@bamboohr.com"),
      reply_to=("Gráinne Walsh", "grainne.walsh@liffeyside.example.ie", "iso-8859-1/B"),
      to=[CANDIDATE_ACCENTED],
      subject="Please sign: your employment contract", date="2026-07-17 10:20", tz="-0600",
      text=_liffey_offer,
      html=ats_card("Liffeyside Nursing Homes", paras(_liffey_offer), accent="#73c41d",
                    button=("Review and sign",
                            "https://liffeyside.bamboohr.com/esignatures/sign/7731"),
                    footer="Sent via BambooHR")),
    M(kind=OFF, slug="clydeholm_offer_after_rearranged_assessment", lang="en",
      company="Clydeholm Health and Care Partnership",
      contact="fraser.mcallister@clydeholm.example.org.uk",
      frm=("Fraser McAllister", "fraser.mcallister@clydeholm.example.org.uk"),
      subject="Offer of appointment - Business Support Officer", date="2026-10-08 11:40",
      tz="+0100", text=_cl_offer, cte="quoted-printable",
      pdfs=[("Offer_Letter_BSO_Vasquez-Lindholm.pdf", [
          "Clydeholm Health and Care Partnership", "OFFER OF APPOINTMENT", "",
          "Post: Business Support Officer (Grade 4)", "Hours: 35 per week",
          "Salary: GBP 25,940 per annum", "Start date: 2 November 2026", "",
          "Please sign and return the acceptance slip by 16 October 2026.", "",
          "Acceptance slip: I accept the offer of appointment ...............",
          "Fraser McAllister, Recruitment Adviser"])]),
    M(kind=OFF, slug="ormeau_park_formal_offer_html_cp1252", lang="en",
      company="Ormeau Park Care Group", contact="beverley.quinn@ormeaupark.example.co.uk",
      frm=("Beverley Quinn", "beverley.quinn@ormeaupark.example.co.uk"),
      subject="Offer of employment – Home Administrator", date="2026-09-18 14:05",
      tz="+0100", html=html_page(_ormeau_offer), charset="windows-1252",
      html_cte="quoted-printable"),
    # ---------------------------------------------------------- French (1)
    M(kind=OFF, slug="tilleuls_promesse_embauche_pdf", lang="fr",
      company="Résidences Les Tilleuls", contact="helene.deschamps@tilleuls-nord.example.fr",
      frm=("Hélène Deschamps", "helene.deschamps@tilleuls-nord.example.fr", "iso-8859-1/Q"),
      subject="Proposition de poste – Résidence Les Tilleuls", date="2026-09-25 17:30",
      tz="+0200", text=_tl_offer, html=html_page(paras(_tl_offer)), parent="tl_trial",
      pdfs=[("Promesse_embauche_RVasquez-Lindholm.pdf", [
          "Residences Les Tilleuls du Nord", "PROMESSE D'EMBAUCHE", "",
          "Poste : assistante administrative et d'accueil", "Contrat : CDI, 35 heures",
          "Date de prise de poste : 2 novembre 2026",
          "Remuneration brute mensuelle : 1 980 EUR", "",
          "Bon pour accord, date et signature :", "", "Helene Deschamps, Directrice"])]),
    # ---------------------------------------------------------- German (1)
    M(kind=OFF, slug="medipersonal_de_esch_will_anbieten", lang="de",
      company="Zorgcentrum De Esch", contact="malte.hinrichs@medipersonal-nw.example.de",
      frm=("Malte Hinrichs", "malte.hinrichs@medipersonal-nw.example.de"),
      subject="Angebot von Zorgcentrum De Esch!", date="2026-08-06 15:10", tz="+0200",
      text=_mp_offer, cte="quoted-printable", parent="mp_move"),
    # ---------------------------------------------------------- Spanish (2)
    M(kind=OFF, slug="hospital_turia_oferta_pdf", lang="es",
      company="Hospital Universitario del Turia", contact="lucia.ferrandis@hturia.example.es",
      frm=("Lucía Ferrandis Soler", "lucia.ferrandis@hturia.example.es", "utf-8/Q"),
      subject="Oferta de empleo – Administrativa de admisión", date="2026-05-28 12:15",
      tz="+0200", text=_ht_offer, parent="ht_move",
      pdfs=[("Carta_oferta_HUT-2026-112.pdf", [
          "Hospital Universitario del Turia - Direccion de Personas", "CARTA DE OFERTA", "",
          "Puesto: Administrativa de admision", "Contrato: indefinido, jornada completa",
          "Incorporacion: 1 de julio de 2026", "Retribucion bruta anual: 22.480 EUR", "",
          "Lucia Ferrandis Soler, Tecnica de Seleccion"])]),
    M(kind=OFF, slug="jardines_nazaret_contrato_firma", lang="es",
      company="Centro de Día Jardines de Nazaret",
      contact="pilar.sanchis@jardinesnazaret.example.es",
      frm=("Pilar Sanchis Bou", "pilar.sanchis@jardinesnazaret.example.es"),
      subject="Tu contrato para firmar", date="2026-10-02 09:55", tz="+0200",
      text=_nazaret_offer, html=html_page(paras(_nazaret_offer)), cte="base64",
      html_cte="base64"),
]

_ = (reply_chain,)
