"""Application acknowledgements and offers for the 89th corpus (plus one late German invitation)."""
# ruff: noqa: C408  (keyword dict() calls read as one record per message, like the .eml headers)

A = "application_received"
OFFER = "offer"

MESSAGES = [
    dict(kind=A, slug="greenhouse_volume_disclaimer", lang="en", company="Larkspur Commerce",
         frm="Larkspur Commerce <no-reply@us.greenhouse-mail.example.io>",
         subj="Thank you for applying to Larkspur Commerce", date="2026-01-08T21:14:00-06:00",
         fmt="alt", logo="Larkspur Commerce",
         body="""Hi Darnell,

Thanks for applying to Larkspur Commerce! Our team will review your application for Senior Analytics Engineer and we'll be in touch if your experience is a match.

Due to the high volume of applications we receive, we're unable to respond to every applicant individually. If you don't hear from us within a few weeks, please know we'll keep your information on file for future roles.

Best,
Larkspur Commerce Recruiting"""),
    dict(kind=A, slug="taleo_airline_received", lang="en", company="Blue Heron Airways",
         frm="Blue Heron Airways Careers <BlueHeron.Careers@taleo.example.net>",
         subj="Blue Heron Airways - Application Received - Req 260014", date="2026-01-16T04:02:00-05:00",
         fmt="html", cs="windows-1252", cte="qp", logo="Blue Heron Airways",
         body="""Dear Darnell Osei-Fitzgerald,

Thank you for applying for the position of Analyst, Network Planning & Revenue (Requisition 260014) at Blue Heron Airways. Your application has been successfully submitted.

Our recruiters will carefully review your qualifications. If your background matches our requirements, we will contact you regarding next steps. Unfortunately we are unable to provide individual feedback at this stage.

To check the status of your application, log into your candidate profile.

Blue Heron Airways Talent Acquisition
THIS IS AN AUTOMATED MESSAGE - PLEASE DO NOT REPLY"""),
    dict(kind=A, slug="lever_startup_casual", lang="en", company="Oakmoss",
         frm="Oakmoss <no-reply@hire.lever.example.co>",
         subj="Thanks for applying to Oakmoss!", date="2026-02-02T13:41:00-08:00",
         body="""Hey Darnell!

We got your application for Data Product Manager, Growth 🎉 Our small team reads every application personally, so it can take us a week or two to get back to you.

In the meantime, check out our engineering blog: https://oakmoss.example.com/blog

Cheers,
The Oakmoss crew"""),
    dict(kind=A, slug="usajobs_received", lang="en", company="Department of Regional Commerce",
         frm="USAJOBS <no-reply@usajobs.example.gov>",
         subj="Application Received: Management and Program Analyst (Data Analytics)",
         date="2026-02-14T10:00:00-05:00",
         body="""Your application for Management and Program Analyst (Data Analytics), Announcement DRC-26-0442-MP, with the Department of Regional Commerce has been received.

Application status: Received
You can track the status of your application in your USAJOBS profile. Agencies may take several weeks to review applications.

This is an automated message. Please do not reply to this email."""),
    dict(kind=A, slug="recruiter_personal_ack", lang="en", company="Tidewater Regional Bank",
         frm="Monique Baptiste <mbaptiste@tidewaterbank.example.com>",
         subj="Re: Referral - Darnell Osei-Fitzgerald", date="2026-03-02T09:12:00-05:00", thread=True,
         body="""Hi Darnell,

Thanks for sending this over, and thanks to Priscilla for the referral! I've received your resume and linked it to the Revenue Operations Analyst requisition. The hiring manager is reviewing applications this week and next, and I'll reach out either way once I have an update.

Monique Baptiste
Talent Acquisition Partner | Tidewater Regional Bank
470-555-0120

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended recipient.""",
         quote="""From: Darnell Osei-Fitzgerald <darnell.of@example.com>
Sent: Friday, February 27, 2026 4:48 PM
To: Monique Baptiste <mbaptiste@tidewaterbank.example.com>
Subject: Referral - Darnell Osei-Fitzgerald

Hi Monique, Priscilla Okoro suggested I reach out. My resume is attached for the Revenue Operations Analyst opening."""),
    dict(kind=A, slug="workday_provincial", lang="en", company="Province of Westmark",
         frm="Province of Westmark <westmark@myworkday.example.com>",
         subj="Application submitted: Senior Data Analyst, Ministry of Health (JR-88120)",
         date="2026-04-10T23:55:00-07:00", fmt="alt", logo="Province of Westmark",
         body="""Hi Darnell,

Thank you for applying to Senior Data Analyst, Ministry of Health (JR-88120) with the Province of Westmark.

Only applicants selected for further consideration will be contacted. This posting closes on April 24, 2026.

Westmark Public Service Agency"""),
    dict(kind=A, slug="indian_owned_ack_revert", lang="en", company="Saffron Consulting Services",
         frm="Arjun Iyer <arjun.iyer@saffronconsulting.example.com>",
         subj="Profile received - BI Developer (Atlanta, contract)", date="2026-04-21T12:07:00-04:00",
         body="""Hi Darnell,

Hope you are doing well. This is to acknowledge receipt of your updated profile for the BI Developer (Power BI / Azure) contract position with our end client in Atlanta, GA.

I will share your profile with the client and revert as soon as I get feedback. Kindly keep your phone handy.

Thanks & Regards,
Arjun Iyer
Sr. Technical Recruiter
Saffron Consulting Services Inc.
Desk: 678-555-0150 Ext 312"""),
    dict(kind=A, slug="icims_hospital_received", lang="en", company="St. Brigid Medical Center",
         frm="St. Brigid Medical Center <stbrigid+donotreply@careers.icims.example.com>",
         subj="Thank you for applying!", date="2026-05-28T07:16:00-05:00", fmt="html",
         cte="b64", logo="St. Brigid Medical Center",
         body="""Dear Darnell,

Thank you for your application for Clinical Data Analyst (Requisition 2026-10231). We have received your materials and our recruitment team is currently reviewing applications.

Due to the number of applicants we receive, we are not able to respond to each applicant personally. Candidates whose qualifications best match the position will be contacted for an interview.

St. Brigid Medical Center Human Resources"""),
    dict(kind=A, slug="bamboohr_nonprofit", lang="en", company="Harbor Light Alliance",
         frm="Harbor Light Alliance <notifications@app.bamboohr.example.com>",
         subj="We received your application", date="2026-08-17T16:44:00-04:00",
         body="""Hi Darnell,

Thanks for your interest in Harbor Light Alliance! We have received your application for Data & Evaluation Coordinator.

We're a small team, so please be patient with us while we review. If we'd like to move forward, someone will reach out to schedule a conversation.

Harbor Light Alliance"""),
    dict(kind=A, slug="jobvite_cpg_ack", lang="en", company="Cedar & Ash Brands",
         frm="Cedar & Ash Brands <noreply@jobvite.example.com>",
         subj="Your Application: Commercial Analytics Manager", date="2026-10-05T09:30:00-05:00",
         fmt="alt", logo="Cedar & Ash Brands",
         body="""Darnell,

Thank you for your interest in Cedar & Ash Brands. We have received your application for Commercial Analytics Manager - Chicago, IL.

Our team reviews each application carefully. While we are unable to provide individual feedback on applications, you will be notified of any change to your status through your candidate portal.

Regards,
Cedar & Ash Brands Talent Team"""),
    dict(kind=A, slug="fr_quebec_accuse", lang="fr", company="Ville de Sainte-Adèle-sur-Rivière",
         frm="Ville de Sainte-Adèle-sur-Rivière <emplois@ste-adele-riviere.example.ca>",
         subj="Accusé de réception – Concours 2026-031", date="2026-03-12T08:00:00-04:00",
         cs="iso-8859-1", cte="qp", contact="",
         body="""Bonjour,

Nous accusons réception de votre candidature pour le poste d'analyste en données municipales (concours 2026-031).

Prenez note que seules les personnes retenues pour une entrevue seront contactées.

Merci de l'intérêt manifesté envers la Ville.

Service des ressources humaines
Ville de Sainte-Adèle-sur-Rivière
Ce courriel est envoyé automatiquement, merci de ne pas y répondre."""),
    dict(kind=A, slug="fr_paris_bien_recue", lang="fr", company="Aquilon Assurances",
         frm="Aquilon Assurances <recrutement-noreply@aquilon-assurances.example.fr>",
         subj="=?utf-8?q?Votre_candidature_a_bien_=C3=A9t=C3=A9_re=C3=A7ue?=", date="2026-05-04T10:10:00+02:00",
         fmt="html", logo="Aquilon Assurances",
         body="""Bonjour Darnell Osei-Fitzgerald,

Nous vous confirmons la bonne réception de votre candidature au poste de Data Analyst Actuariat (H/F) – Paris La Défense.

Nos équipes l'étudient avec attention. Compte tenu du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles ; si votre profil est retenu, nous vous contacterons sous trois semaines.

L'équipe Recrutement Aquilon Assurances"""),
    dict(kind=A, slug="fr_agence_cv_recu", lang="fr", company="Lumen Placement",
         frm="Chloé Bernier <chloe.bernier@lumenplacement.example.ca>",
         subj="Ton CV", date="2026-07-27T15:33:00-04:00",
         body="""Salut Darnell,

Bien reçu ton CV pour le mandat d'analyste BI chez notre client dans le secteur de l'assurance à Montréal. Je le regarde avec le gestionnaire cette semaine et je te reviens rapidement.

Bonne journée!
Chloé Bernier
Conseillère principale, Lumen Placement"""),
    dict(kind=A, slug="es_mx_recibida", lang="es", company="Farmacias del Valle",
         frm="Farmacias del Valle <noreply@farmaciasdelvalle-empleo.example.mx>",
         subj="Hemos recibido tu postulación", date="2026-02-25T19:20:00-06:00", fmt="alt",
         logo="Farmacias del Valle",
         body="""¡Hola Darnell!

Gracias por postularte a la vacante de Analista de Inteligencia Comercial en Farmacias del Valle. Tu solicitud fue recibida correctamente.

Nuestro equipo de Atracción de Talento revisará tu perfil. Por el volumen de postulaciones, solo nos pondremos en contacto con las personas que avancen a la siguiente etapa.

Atentamente,
Farmacias del Valle"""),
    dict(kind=A, slug="es_madrid_candidatura", lang="es", company="Banco Ribera",
         frm="Banco Ribera - Empleo <no-responder@bancoribera.example.es>",
         subj="Confirmación de candidatura ref. BR-26-3310", date="2026-06-08T08:45:00+02:00",
         cs="iso-8859-1", cte="qp",
         body="""Estimado/a Darnell:

Le confirmamos que hemos recibido correctamente su candidatura para la posición de Data Product Owner (ref. BR-26-3310).

Lamentablemente, debido al elevado número de candidaturas, no podemos ofrecer una respuesta individualizada a cada persona. En caso de que su perfil encaje, el equipo de Selección se pondrá en contacto con usted.

Reciba un cordial saludo,
Selección y Desarrollo
Banco Ribera"""),
    dict(kind=A, slug="es_workable_startup", lang="es", company="Tacana Labs",
         frm="Tacana Labs <noreply@candidates.workable.example.com>",
         subj="Gracias por tu interés en Tacana Labs", date="2026-09-03T14:14:00-06:00",
         body="""Hola Darnell,

¡Gracias por aplicar a Analytics Engineer en Tacana Labs! Recibimos tu solicitud y la estamos revisando.

Te escribiremos en cuanto tengamos novedades.

Equipo Tacana Labs"""),
    dict(kind=A, slug="de_eingangsbestaetigung", lang="de", company="Rheinische Versorgungswerke",
         frm="Rheinische Versorgungswerke <karriere-noreply@rvw.example.de>",
         subj="Eingangsbestätigung Ihrer Bewerbung", date="2026-03-23T10:00:00+01:00",
         cs="iso-8859-1", cte="qp",
         body="""Sehr geehrter Herr Osei-Fitzgerald,

vielen Dank für Ihre Bewerbung als Data Analyst Vertrieb (m/w/d), Kennziffer RVW-26-051. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns in den kommenden Wochen bei Ihnen melden. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

Mit freundlichen Grüßen
Ihr Personalmanagement
Rheinische Versorgungswerke AG"""),
    dict(kind=A, slug="de_personio_du", lang="de", company="Klarflug",
         frm="Klarflug <noreply@personio.example.de>",
         subj="Danke für deine Bewerbung bei Klarflug!", date="2026-05-15T15:31:00+02:00",
         fmt="html", logo="Klarflug",
         body="""Hi Darnell,

danke für deine Bewerbung als Revenue Operations Analyst (remote)! Wir haben sie erhalten und melden uns innerhalb von zwei Wochen bei dir.

Leider können wir aufgrund der vielen Bewerbungen kein individuelles Feedback geben, falls es diesmal nicht passt – wir lesen aber jede Bewerbung.

Bis bald
Dein Klarflug People Team"""),
    dict(kind=A, slug="de_uni_bewerbung_erhalten", lang="de", company="Technische Hochschule Ostfalen",
         frm="Personalabteilung THO <personal@th-ostfalen.example.de>",
         subj="Ihre Bewerbung - Kennziffer 2026/34", date="2026-07-01T09:12:00+02:00",
         body="""Sehr geehrter Herr Osei-Fitzgerald,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle "Wissenschaftliche:r Mitarbeiter:in Hochschulcontrolling / Datenanalyse" (Kennziffer 2026/34).

Das Auswahlverfahren wird voraussichtlich im August abgeschlossen. Wir bitten um etwas Geduld.

Mit freundlichen Grüßen
Im Auftrag
Petra Lindemann
Personalabteilung
Technische Hochschule Ostfalen"""),
    dict(kind=A, slug="de_agentur_profil", lang="de", company="Berger & Roth Consulting",
         frm="Simon Roth <s.roth@berger-roth.example.de>",
         subj="Ihr Profil", date="2026-08-13T17:02:00+02:00",
         body="""Hallo Herr Osei-Fitzgerald,

danke für die Zusendung Ihres Lebenslaufs für die Position BI Consultant bei uns. Ich habe ihn an unsere Practice Leads weitergeleitet und melde mich Anfang nächster Woche.

Beste Grüße
Simon Roth
Partner | Berger & Roth Consulting GmbH"""),
    # ---- offers ----
    dict(kind=OFFER, slug="verbal_offer_followup", lang="en", company="Brightwater Labs",
         frm="Nadia Karim <nadia.karim@brightwaterlabs.example.com>",
         subj="Offer details", date="2026-04-03T17:05:00-07:00",
         body="""Hi Darnell,

Great talking with you this afternoon! As promised, here's a recap of the verbal offer for Senior Analytics Engineer:

- Base salary: $148,000
- Equity: 6,000 options, 4-year vest, 1-year cliff
- Start date: May 4 (flexible)

The formal offer letter will come through DocuSign tomorrow. Take the weekend to think about it and call me with any questions.

So excited!
Nadia"""),
    dict(kind=OFFER, slug="offer_letter_attached", lang="en", company="Meridian Health Plan",
         frm="Camille Dorsey <cdorsey@meridianhp.example.com>",
         subj="Meridian Health Plan - Offer of Employment", date="2026-03-06T14:30:00-05:00",
         attach="Osei-Fitzgerald_Offer_Letter.pdf",
         body="""Dear Darnell,

On behalf of Meridian Health Plan, I am pleased to offer you the position of Senior Healthcare Data Analyst. Please find your offer letter attached, which outlines compensation, benefits and your proposed start date of March 30, 2026.

This offer is contingent upon successful completion of a background check and drug screen. Kindly sign and return the letter by March 11.

Congratulations, and welcome!

Camille Dorsey
Senior Recruiting Coordinator
Meridian Health Plan"""),
    dict(kind=OFFER, slug="conditional_public_sector", lang="en", company="City of Lakemont",
         frm="City of Lakemont Human Resources <hr@lakemont.example.gov>",
         reply_to="Denise Carter <dcarter@lakemont.example.gov>",
         subj="Conditional Offer - Data Analyst II", date="2026-06-29T10:00:00-05:00", fmt="alt",
         logo="City of Lakemont",
         body="""Dear Mr. Osei-Fitzgerald,

The City of Lakemont is pleased to extend a conditional offer of employment for the position of Data Analyst II in the Office of Performance Management at an annual salary of $84,512.

This offer is conditional upon the satisfactory completion of a criminal background check, verification of employment eligibility, and reference checks. Please confirm acceptance by replying to Denise Carter by July 3.

Sincerely,
Denise Carter
Senior HR Analyst, City of Lakemont"""),
    dict(kind=OFFER, slug="agency_offer_exclaim", lang="en", company="Orbis Retail Group",
         frm="Kevin O'Hara <kevin.ohara@ohara-search.example.com>",
         subj="WE DID IT", date="2026-07-10T13:48:00-04:00",
         body="""Darnell!!

Orbis Retail Group came back with an OFFER for the Merchandise Analytics Manager role - $132k base + 12% bonus, hybrid 3 days in Midtown. They're sending the written offer tonight. Call me when you can, I want to walk you through it before you sign anything!!

Kevin"""),
    dict(kind=OFFER, slug="startup_contract_sign", lang="en", company="Ipê Payments",
         frm="Camila Duarte <camila.duarte@ipepayments.example.com.br>",
         subj="Your offer from Ipê Payments ✍️", date="2026-05-12T10:20:00-03:00", fmt="alt",
         logo="Ipê Payments",
         body="""Hi Darnell!

I'm thrilled to let you know that we'd like you to join Ipê Payments as Data Product Manager in Toronto! 🎉

You'll receive the employment contract from DocuSign in the next hour: CAD 138,000 base, annual bonus target of 10%, and a start date of June 8. Please review and sign by Friday.

Bem-vindo ao time!
Camila"""),
    dict(kind=OFFER, slug="fr_promesse_embauche", lang="fr", company="Delvaux Conseil",
         frm="Arnaud Peyrot <a.peyrot@delvaux-conseil.example.fr>",
         subj="Proposition d'embauche", date="2026-09-17T12:00:00+02:00",
         attach="Promesse_embauche_Osei-Fitzgerald.pdf",
         body="""Bonjour Darnell,

Suite à nos échanges, j'ai le plaisir de vous adresser en pièce jointe notre proposition d'embauche pour le poste de Manager Data & Analytics, en CDI, avec une rémunération annuelle brute de 72 000 €.

Je vous remercie de nous retourner le document signé avant le 25 septembre.

Au plaisir de vous compter parmi nous,

Arnaud Peyrot
Associé – Delvaux Conseil"""),
    dict(kind=OFFER, slug="fr_quebec_offre", lang="fr", company="Hydro-Boréal",
         frm="Sophie Gagnon <sophie.gagnon@hydroboreal.example.ca>",
         subj="Offre d'emploi", date="2026-03-13T15:00:00-04:00", cs="iso-8859-1", cte="qp",
         body="""Bonjour Monsieur Osei-Fitzgerald,

C'est avec plaisir que nous vous confirmons notre offre pour le poste d'analyste principal(e), intelligence d'affaires, à un salaire annuel de 98 500 $, avec une entrée en fonction le 13 avril 2026.

Cette offre est conditionnelle à la vérification de vos références et de vos antécédents judiciaires. La lettre d'offre officielle suivra par courriel.

Félicitations!

Sophie Gagnon
Conseillère, acquisition de talents
Hydro-Boréal"""),
    dict(kind=OFFER, slug="es_carta_oferta", lang="es", company="Grupo Financiero Tolteca",
         frm="Daniela Ríos <daniela.rios@gftolteca.example.mx>",
         subj="Propuesta económica", date="2026-04-14T18:30:00-06:00",
         body="""Hola Darnell,

¡Muchas felicidades! Me da mucho gusto compartirte que el comité aprobó tu contratación como Gerente de Analítica de Personas. Te comparto la propuesta: sueldo mensual bruto de $95,000 MXN, aguinaldo de 30 días, vales de despensa y seguro de gastos médicos mayores.

Si estás de acuerdo, te envío la carta oferta formal para firma.

Saludos,
Daniela"""),
    dict(kind=OFFER, slug="de_vertragsangebot", lang="de", company="Kontorwerk",
         frm="Lena Hoffmann <lena.hoffmann@kontorwerk.example.de>",
         subj="Dein Vertrag", date="2026-10-02T11:15:00+02:00", attach="Arbeitsvertrag_Osei-Fitzgerald.pdf",
         body="""Hallo Darnell,

wie gestern am Telefon besprochen freuen wir uns riesig, dir die Stelle als Senior Analytics Engineer anbieten zu können! Anbei findest du deinen Arbeitsvertrag (78.000 € brutto p.a., 30 Urlaubstage, Start 01.11.).

Schick ihn uns gern unterschrieben bis Ende nächster Woche zurück.

Viele Grüße
Lena"""),
    dict(kind=OFFER, slug="de_zusage_formell", lang="de", company="Klinikum Wesertal",
         frm="Dr. Andreas Vogt <andreas.vogt@klinikum-wesertal.example.de>",
         subj="Ihre Bewerbung – Zusage", date="2026-07-03T13:00:00+02:00", cs="iso-8859-1", cte="qp",
         body="""Sehr geehrter Herr Osei-Fitzgerald,

wir freuen uns, Ihnen nach dem Gespräch vom 18. Juni mitteilen zu können, dass wir Ihnen die Stelle als Referent Medizincontrolling / Datenanalyse anbieten möchten. Die Vergütung erfolgt nach TVöD-K, Entgeltgruppe 11.

Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post. Bitte teilen Sie uns bis zum 10. Juli mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Dr. Andreas Vogt
Klinikum Wesertal gGmbH"""),
    # ---- one more German invitation ----
    dict(kind="interview_invitation", slug="de_agentur_kennenlernen", lang="de", company="Brandtner Logistik",
         frm="Florian Weidinger <f.weidinger@weidinger-personal.example.de>",
         subj="Brandtner Logistik - Gesprächstermin", date="2026-06-01T09:05:00+02:00",
         body="""Guten Morgen Herr Osei-Fitzgerald,

gute Nachrichten: Brandtner Logistik möchte Sie gern kennenlernen! Vorgeschlagen ist ein erstes Gespräch per Teams mit dem Leiter Business Intelligence am Montag, 8. Juni, um 15 Uhr (MEZ). Passt Ihnen das?

Beste Grüße
Florian Weidinger
Weidinger Personalberatung"""),
]
