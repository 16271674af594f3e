"""Corpus 56: application acknowledgements and offers (data only)."""

from __future__ import annotations

from msgs56_build import Msg as M

AR = "application_received"
OF = "offer"

MESSAGES = [
M(AR, "workday_thanks_applying", "en", "Karrabin Minerals", "",
  ("Karrabin Minerals Careers", "karrabin@myworkday.example.com"),
  "Thank you for applying - Senior Maintenance Engineer (R-118377)", "2026-01-15 21:14 +0800",
  """Hi Priya,

Thank you for applying for the Senior Maintenance Engineer role (R-118377) at Karrabin Minerals.

We have received your application and our Talent Acquisition team will review it against the requirements of the role. If your experience is a match, a member of the team will be in touch to discuss next steps.

You can check the status of your application at any time by logging in to your candidate home page.

Kind regards,
Karrabin Minerals Talent Acquisition

Please do not reply to this email.""", mode="alt", style="ats"),

M(AR, "pageup_volume_assume", "en", "QLink Rail", "",
  ("QLink Rail Careers", "noreply@pageuppeople.example.com"),
  "Application received: Rollingstock Maintenance Engineer (Job No. 30218)", "2026-02-02 08:31 +1000",
  """Dear Priya,

Thank you for your application for the position of Rollingstock Maintenance Engineer (Job No. 30218).

Your application has been received and will be considered once the advertisement closes on 16 February 2026.

Due to the volume of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume your application has not progressed on this occasion.

QLink Rail is an equal opportunity employer and encourages Aboriginal and Torres Strait Islander peoples to apply.

Regards,
QLink Rail Recruitment""", mode="html", style="ats"),

M(AR, "apsjobs_received", "en", "Australian Renewable Infrastructure Office", "",
  ("APSJobs Notifications", "noreply@apsjobs.example.gov.au"),
  "Application received - ARIO/2026/0147 Project Controls Officer EL1", "2026-03-12 16:02 +1100",
  """Your application has been submitted

Agency: Australian Renewable Infrastructure Office
Position: Project Controls Officer
Classification: Executive Level 1
Reference: ARIO/2026/0147
Submitted: 12 March 2026 4:01 PM AEDT

Thank you for your application. The agency will contact you regarding the outcome of the selection process. Please note that a merit pool may be established from this process and may be used to fill similar vacancies within 18 months.

Candidates must be Australian citizens and able to obtain a Baseline security clearance.

This email was sent from an unmonitored mailbox.""", mode="alt", cte="b64"),

M(AR, "smartrecruiters_no_feedback", "en", "Coastline Hydrogen Partners", "",
  ("Coastline Hydrogen Partners", "noreply@smartrecruiters.example.com"),
  "We've received your application!", "2026-04-01 10:44 +0930",
  """Hi Priya,

Thanks for your interest in Coastline Hydrogen Partners! We've received your application for the HSE Lead - Port Bonython Hydrogen Hub.

Our team is reviewing applications now and we aim to get back to shortlisted candidates within two weeks. Unfortunately we are unable to provide individual feedback at this stage of the process.

In the meantime, learn more about our projects on our website.

Good luck!
The Coastline Hydrogen Partners Talent Team""", mode="html", style="ats"),

M(AR, "greenhouse_thanks", "en", "Voltgrid", "",
  ("Voltgrid", "no-reply@us.greenhouse-mail.example.io"),
  "Thanks for applying to Voltgrid", "2026-05-01 22:09 +1000",
  """Hi Priya,

Thanks for applying to the Asset Performance Engineer position at Voltgrid! We're excited you're interested in helping us build the grid of the future.

Our team will review your application and, if there's a fit, we'll reach out to set up a first conversation. We read every application, so hang tight.

Voltgrid Talent""", mode="alt", style="ats"),

M(AR, "lever_startup_touch", "en", "Gridsmith", "",
  ("Gridsmith", "no-reply@hire.lever.example.co"),
  "Gridsmith - application received", "2026-06-11 03:22 +0100",
  """Hi Priya -

Thanks for applying to be our Reliability Engineer (Remote, APAC). Someone from our (very small) team will look at your application personally this week.

If it looks like a match, we'll be in touch to set up a chat. If not, we'll let you know either way.

Cheers,
The Gridsmith team
London | Melbourne""", mode="alt", style="ats"),

M(AR, "jobadder_agency_ack", "en", "TalentForge", "sam.oconnor@talentforge.example.com.au",
  ("Sam O'Connor", "applications@jobadder.example.com"),
  "Your application: Reliability Engineer - FIFO 2:1 (Ref 88213)", "2026-06-19 12:00 +0800",
  """Hi Priya,

Thanks for applying via SEEK for the Reliability Engineer - FIFO 2:1 role (Ref 88213).

I'll review your application over the next couple of days. If your experience matches what my client needs I'll give you a call to talk it through. Please make sure your CV includes your current tickets and working rights.

Thanks again,

Sam O'Connor
Principal Consultant | Energy & Resources
TalentForge""", mode="alt", reply_to="Sam O'Connor <sam.oconnor@talentforge.example.com.au>"),

M(AR, "taleo_received_req", "en", "Harbourline Water", "",
  ("Harbourline Water Careers", "careers-noreply@taleo.example.net"),
  "Harbourline Water - Application Received - Req 26-00412", "2026-01-09 11:37 +1100",
  """Dear Priya Ramaswamy-Tait ,

Thank you for submitting your application for the position of  Asset Integrity Engineer (Treatment Plants) , Requisition 26-00412 .

Your application has been successfully received . Should your qualifications match our requirements , a member of our recruitment team will contact you .

To view the status of your application , log in to the Harbourline Water careers section .

Harbourline Water Recruitment Team

***Please do not reply to this email. This mailbox is not monitored.***""",
  charset="windows-1252", cte="qp"),

M(AR, "india_acknowledge_cv", "en", "Vasant Projects", "hr.recruit@vasantprojects.example.in",
  ("HR Recruitment - Vasant Projects", "hr.recruit@vasantprojects.example.in"),
  "Acknowledgement - CV received", "2026-02-05 09:50 +0530",
  """Dear Candidate,

We acknowledge receipt of your CV for the position of Sr. Engineer - Mechanical (Static & Rotating).

Your profile is under review with the concerned department. We shall revert to you in case your profile is shortlisted.

Thanks & Regards,
Team HR
Vasant Projects Pvt. Ltd.""", cte="7bit"),

M(AR, "singapore_only_shortlisted", "en", "Marina Water Authority", "",
  ("Marina Water Authority - Careers", "donotreply@careers.example.gov.sg"),
  "Acknowledgement of Application - Senior Engineer (Asset Management)", "2026-04-19 20:15 +0800",
  """Dear Priya Ramaswamy-Tait,

Thank you for your application for the position of Senior Engineer (Asset Management) with Marina Water Authority.

We have received your application. Only shortlisted candidates will be notified. Due to the high volume of applications, we regret that we are unable to respond to each application individually.

Thank you for your interest in a career with us.

Marina Water Authority
This is a computer-generated email. Please do not reply.""", mode="html", style="ats"),

M(AR, "emirati_high_volume", "en", "Al Dhafra Energy Services", "",
  ("Al Dhafra Energy Services", "no-reply@fa.oraclecloud.example.com"),
  "Thank you for applying - Rotating Equipment Engineer", "2026-08-16 11:02 +0400",
  """Dear Priya,

Thank you for applying for the Rotating Equipment Engineer position (Requisition 4471). Your application has been successfully submitted.

Due to the high number of applications received, only shortlisted candidates will be contacted for the next stage.

Best regards,
Talent Acquisition Team
Al Dhafra Energy Services""", mode="html", style="ats"),

M(AR, "avature_uk_water", "en", "Thames Valley Water Services", "",
  ("Thames Valley Water Services Careers", "careers@avature.example.net"),
  "We've got your application", "2026-05-18 14:40 +0100",
  """Dear Priya,

Thank you for your application for the role of Reliability Engineer - Wastewater (ref TVW-10672).

We'll now carefully review your application. We aim to let all applicants know the outcome within three weeks of the closing date; unfortunately we're unable to provide individual feedback at this stage.

With thanks,
Resourcing Team
Thames Valley Water Services

Thames Valley Water Services Ltd, registered in England and Wales No. 05551234.""", mode="alt", style="ats", cte="b64"),

M(AR, "chile_postulacion_recibida", "es", "Minera Cordillera Alta", "",
  ("Minera Cordillera Alta", "no-responder@trabajando.example.cl"),
  "Hemos recibido tu postulación", "2026-03-14 13:05 -0300",
  """Hola Priya:

¡Gracias por postular al cargo Ingeniero(a) de Confiabilidad en Minera Cordillera Alta!

Tu postulación fue recibida correctamente. Nuestro equipo revisará tus antecedentes y, si tu perfil se ajusta a lo que buscamos, nos pondremos en contacto contigo.

Saludos,
Equipo de Atracción de Talento
Minera Cordillera Alta

Por favor no respondas este correo.""", mode="html", style="ats", charset="iso-8859-1"),

M(AR, "madrid_no_individual", "es", "Eólica Meseta", "",
  ("Eólica Meseta Empleo", "empleo-noreply@eolicameseta.example.es"),
  "Gracias por tu candidatura", "2026-04-23 19:30 +0200",
  """Hola Priya,

Gracias por tu candidatura al puesto de Ingeniero/a O&M Eólico. La hemos recibido correctamente.

Debido al elevado número de candidaturas, no podemos responder a cada persona de forma individual, pero revisamos todos los CV. Si tu perfil encaja, te contactaremos en las próximas semanas.

Equipo de Personas
Eólica Meseta""", mode="alt", cte="qp"),

M(AR, "peru_recepcion_cv", "es", "Andes Hidro", "",
  ("Andes Hidro - Selección", "notificaciones@buk.example.pe"),
  "Confirmación de recepción de CV", "2026-05-20 08:15 -0500",
  """Estimada Priya Ramaswamy-Tait:

Confirmamos la recepción de su CV para la posición de Jefe de Mantenimiento Mecánico - Central Hidroeléctrica.

Su información será evaluada por el área de Gestión del Talento. En caso de ser preseleccionada, nos comunicaremos con usted.

Atentamente,
Andes Hidro

Este es un mensaje automático, por favor no responder.""", mode="html", style="ats"),

M(AR, "de_eingangsbestaetigung", "de", "Hansewind Service", "",
  ("Hansewind Service Karriere", "noreply@personio.example.de"),
  "Eingangsbestätigung Ihrer Bewerbung", "2026-02-12 10:10 +0100",
  """Sehr geehrte Frau Ramaswamy-Tait,

vielen Dank für Ihre Bewerbung als Reliability Engineer (m/w/d) bei der Hansewind Service GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr HR-Team der Hansewind Service GmbH

Diese Nachricht wurde automatisch versendet.""", mode="alt", style="ats", charset="iso-8859-1"),

M(AR, "de_join_danke", "de", "Ampera Speichertechnik", "",
  ("Ampera Speichertechnik", "no-reply@join.example.com"),
  "Vielen Dank für deine Bewerbung!", "2026-07-10 15:33 +0200",
  """Hi Priya,

vielen Dank für deine Bewerbung als Field Reliability Engineer BESS bei Ampera Speichertechnik! 🎉

Wir schauen uns deine Unterlagen in Ruhe an und melden uns so schnell wie möglich bei dir.

Liebe Grüße
Dein Ampera-Team""", mode="html", style="ats"),

M(AR, "de_keine_individuelle_rueckmeldung", "de", "Nordwerk Energie", "",
  ("Nordwerk Energie Karriere", "noreply@successfactors.example.eu"),
  "Bestätigung Ihrer Bewerbung - Job-ID 20931", "2026-01-30 18:20 +0100",
  """Sehr geehrte Frau Ramaswamy-Tait,

wir bestätigen den Eingang Ihrer Bewerbung als Asset Manager Wind Onshore (m/w/d).

Aufgrund der hohen Anzahl an Bewerbungen bitten wir um Verständnis, dass wir Ihnen leider zum jetzigen Zeitpunkt keine individuelle Rückmeldung geben können. Wir melden uns, sobald die Vorauswahl abgeschlossen ist.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordwerk Energie AG""", mode="html", style="ats", cte="b64"),

M(AR, "fr_accuse_reception", "fr", "Réseau Ferré Atlantique", "",
  ("RFA Recrutement", "no-reply@rfa-recrutement.example.fr"),
  "Accusé de réception de votre candidature – Réf. RFA-2026-118", "2026-08-31 09:02 +0200",
  """Madame,

Nous accusons bonne réception de votre candidature au poste de Chargée d'études maintenance matériel roulant (réf. RFA-2026-118).

Votre dossier va être étudié avec la plus grande attention. Nous reviendrons vers vous dans les meilleurs délais.

Le service Recrutement
Réseau Ferré Atlantique

Merci de ne pas répondre à ce message.""", mode="alt", charset="windows-1252"),

M(AR, "fr_bien_recu", "fr", "Vents d'Armor Ingénierie", "",
  ("Vents d'Armor Ingénierie", "candidatures@flatchr.example.io"),
  "Nous avons bien reçu votre candidature", "2026-06-02 12:48 +0200",
  """Bonjour Priya,

Nous avons bien reçu votre candidature pour le poste d'Ingénieure fiabilité éolien offshore et nous vous en remercions.

Notre équipe recrutement l'étudie et reviendra vers vous rapidement si votre profil correspond à nos besoins.

À très bientôt,
L'équipe RH de Vents d'Armor Ingénierie""", mode="html", style="ats"),

M(OF, "verbal_offer_followup", "en", "Meyrick Hale", "oliver.brent@meyrickhale.example.com",
  ("Oliver Brent", "oliver.brent@meyrickhale.example.com"),
  "Great chatting this arvo", "2026-03-20 17:45 +0800",
  """Hi Priya,

Great speaking with you this afternoon - just confirming in writing that we'd love to offer you the Asset Management Consultant role at Meyrick Hale.

As discussed: $148k base + super, hybrid (2 days WFH), start date flexible around your notice. Deb is finishing reference checks with your two referees and then I'll send the formal letter through.

Congrats, really looking forward to having you on the team!

Oliver

Oliver Brent
Principal | Asset Management
Meyrick Hale
0417 555 902""", mode="alt"),

M(OF, "letter_of_offer_attached", "en", "Southern Lakes Water", "anna.ng@southernlakeswater.example.com.au",
  ("Anna Ng", "anna.ng@southernlakeswater.example.com.au"),
  "Letter of Offer - Asset Strategy Engineer", "2026-04-03 15:10 +1100",
  """Dear Priya,

On behalf of Southern Lakes Water, I am delighted to attach your Letter of Offer for the position of Asset Strategy Engineer, Band 6, commencing Monday 4 May 2026.

This offer is conditional upon a satisfactory pre-employment medical, a national police check and verification of your right to work in Australia. Our provider will contact you to book the medical.

Please sign and return the Letter of Offer within five business days. Do not hesitate to contact me with any questions.

Kind regards,
Anna Ng
Talent Acquisition Advisor
Southern Lakes Water""", mode="alt", attach="SLW_Letter_of_Offer_Ramaswamy-Tait.pdf"),

M(OF, "conditional_offer_hydrogen", "en", "Solvane Hydrogen", "priyanka.das@solvane.example.com",
  ("Priyanka Das", "priyanka.das@solvane.example.com"),
  "Offer - Electrolyser Reliability Engineer", "2026-02-27 11:30 +1030",
  """Hi Priya,

I'm really pleased to offer you the position of Electrolyser Reliability Engineer with Solvane Hydrogen!

Summary:
- Base salary $162,000 + 11.5% super
- Location: Whyalla, with 2 weeks on / 1 week off during commissioning
- Start: 6 April 2026

This offer is conditional on a drug and alcohol test and a pre-employment medical. Your contract will come through from Adobe Sign shortly.

Any questions at all, call me.

Priyanka Das
Talent Acquisition | Solvane Hydrogen
0401 555 373""", mode="alt", cte="b64"),

M(OF, "docusign_contract_houston", "en", "Tidewater Hydrogen", "cole.baker@tidewaterh2.example.com",
  ("Cole Baker", "cole.baker@tidewaterh2.example.com"),
  "Your offer from Tidewater Hydrogen", "2026-07-09 13:05 -0500",
  """Hi Priya,

Congratulations! Following your conversations with the team, I'm thrilled to extend you an offer for the Senior Reliability Engineer position at our Baytown, TX facility.

Your offer letter is attached, and you'll receive a separate DocuSign envelope with the employment agreement to sign. Please note the offer is contingent on obtaining the appropriate US work authorization (we will sponsor an E-3 visa) and a background check.

We'd appreciate a response by July 16. Happy to set up a call to walk through relocation.

Best,
Cole Baker
Recruiter, Tidewater Hydrogen""", mode="alt", attach="Tidewater_Offer_Letter.pdf"),

M(OF, "agency_they_want_you", "en", "Brightwater Renewables", "ruby.walsh@coralline.example.com.au",
  ("Ruby Walsh", "ruby.walsh@coralline.example.com.au"),
  "THEY WANT YOU!!", "2026-02-13 16:20 +1000",
  """Priya!!!

Just got off the phone with Brightwater Renewables and they want to offer you the Reliability Engineering Lead role!!! $175k + super + 10% STI, hybrid Brisbane.

They'll issue the contract once they've done a quick reference check - can you send me two referees' details today? Give me a call when you're free to chat through it properly!!

So happy for you!!

Ruby Walsh
Senior Consultant, Renewables
Coralline Talent
0422 555 614""", cte="7bit"),

M(OF, "japanese_owned_pleased_offer", "en", "Hoshino Battery Systems", "y.kobayashi@hoshino-bess.example.com",
  ("Yuki Kobayashi", "y.kobayashi@hoshino-bess.example.com"),
  "Job offer - Field Service Manager (APAC)", "2026-10-09 17:30 +0900",
  """Dear Ms. Ramaswamy-Tait,

Thank you for your time during the selection process.

We are pleased to offer you the position of Field Service Manager (APAC), based in Melbourne. Please find the details in the attached offer letter, including salary, allowances and the start date.

We would be grateful if you could return the signed offer letter by 20 October. Please feel free to contact me if you have any questions.

Best regards,
Yuki Kobayashi
Human Resources Department
Hoshino Battery Systems Co., Ltd.""", attach="Offer_Letter_Hoshino_FSM_APAC.pdf"),

M(OF, "es_ofrecerte_puesto", "es", "Renovables Guadarrama", "pablo.serrano@renovablesguadarrama.example.es",
  ("Pablo Serrano", "pablo.serrano@renovablesguadarrama.example.es"),
  "Propuesta – Ingeniera de Fiabilidad", "2026-06-05 18:40 +0200",
  """Hola Priya,

¡Buenas noticias! Después de las entrevistas, nos alegra mucho ofrecerte el puesto de Ingeniera de Fiabilidad - Parques Solares.

Te adjunto la carta oferta con las condiciones (salario bruto anual de 58.000 €, teletrabajo parcial e incorporación en septiembre). Si estás de acuerdo, te enviaremos el contrato para firmar.

Cualquier duda, llámame.

Un abrazo,
Pablo Serrano
Responsable O&M
Renovables Guadarrama""", mode="alt", attach="Carta_oferta_Ramaswamy-Tait.pdf"),

M(OF, "de_vertragsangebot", "de", "Hafenbetriebe Nord", "s.koehler@hafenbetriebe-nord.example.de",
  ("Sabine Köhler", "s.koehler@hafenbetriebe-nord.example.de"),
  "Vertragsangebot", "2026-03-18 15:20 +0100",
  """Sehr geehrte Frau Ramaswamy-Tait,

wir freuen uns, Ihnen nach den Gesprächen die Position als Ingenieurin Instandhaltung (m/w/d) anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 31. März zurück. Der Vertrag steht unter dem Vorbehalt der Erteilung Ihrer Aufenthalts- und Arbeitserlaubnis.

Mit freundlichen Grüßen
Sabine Köhler
Personalabteilung
Hafenbetriebe Nord GmbH""", charset="iso-8859-1", attach="Arbeitsvertrag_Ramaswamy-Tait.pdf"),

M(OF, "de_an_bord_holen", "de", "Elektrolyse Nord", "tim@elektrolyse-nord.example.de",
  ("Tim Hoffmann", "tim@elektrolyse-nord.example.de"),
  "Angebot :)", "2026-08-21 18:02 +0200",
  """Hey Priya,

nach dem Gespräch mit Clara und mir sind wir uns einig: Wir würden dich sehr gern an Bord holen als Reliability Lead!

Eckdaten: 82k brutto, 0,3 % VSOP, remote mit zwei Wochen pro Quartal in Hamburg. Das schriftliche Angebot schick ich dir morgen.

Was meinst du?

Tim""", cte="qp"),

M(OF, "fr_promesse_embauche", "fr", "Stockelec", "ines@stockelec.example.fr",
  ("Inès Bouchard", "ines@stockelec.example.fr"),
  "Ta promesse d'embauche 🎉", "2026-09-10 10:15 +0200",
  """Hello Priya,

Comme promis au téléphone, voici ta promesse d'embauche pour le poste de Reliability Engineer (batteries), en CDI, basé à Lyon avec télétravail partiel.

Tu peux la signer directement via Yousign. N'hésite pas si tu as la moindre question sur le package ou le visa.

On a hâte de bosser avec toi !

Inès
Head of Talent @ Stockelec""", mode="alt", attach="Promesse_embauche_Stockelec.pdf"),
]
