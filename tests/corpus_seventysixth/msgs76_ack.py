"""Application acknowledgements for the seventy-sixth corpus (data only)."""

MSGS = [
{"k": "ack", "s": "workday_ack_fr_volume", "lang": "fr", "co": "Banque Européenne de Coopération",
     "frm": "Banque Européenne de Coopération <bec@myworkday.example.com>", "sys": True,
     "subj": "Merci pour votre candidature - JR-2026-1193", "fmt": "html",
     "body": """Bonjour Camille,

Nous vous remercions d'avoir postulé au poste de Spécialiste des relations institutionnelles (JR-2026-1193).

Votre candidature a bien été enregistrée et sera examinée avec attention par notre équipe. En raison du grand nombre de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat. Si votre profil est retenu, nous vous contacterons dans un délai de trois semaines.

Vous pouvez suivre l'état de votre candidature dans votre espace candidat.

Acquisition des talents
Banque Européenne de Coopération"""},
{"k": "ack", "s": "greenhouse_ack_en", "lang": "en", "co": "Meridian Policy Institute",
     "frm": "Meridian Policy Institute <no-reply@us.greenhouse-mail.example.io>", "sys": True,
     "subj": "Thank you for applying to Meridian Policy Institute",
     "body": """Hi Camille,

Thanks for applying to the Research & Grants Coordinator role at Meridian Policy Institute. Your application has been received and our team will review it shortly.

If your experience is a match, a member of our team will be in touch to discuss next steps.

Best,
The Meridian Hiring Team"""},
{"k": "ack", "s": "teamtailor_ack_tu", "lang": "fr", "co": "Ethiquable Coop",
     "frm": "Ethiquable Coop <notifications@mail.teamtailor.example.com>", "sys": True,
     "subj": "On a bien reçu ta candidature !", "fmt": "alt",
     "body": """Hello Camille,

Merci pour ta candidature au poste de Responsable partenariats & subventions ! 🙌

On la lit avec attention et on revient vers toi d'ici deux semaines maximum, quelle que soit la réponse.

À très vite,
L'équipe Ethiquable"""},
{"k": "ack", "s": "un_erecruit_ack_no_feedback", "lang": "en", "co": "International Migration Network",
     "frm": "IMN e-Recruitment <erecruit-noreply@imn-int.example.org>", "sys": True,
     "subj": "Acknowledgement of application - VN/2026/044",
     "body": """Dear Candidate,

This is to acknowledge receipt of your application for the position of Programme Officer (P-2), Geneva, Vacancy Notice VN/2026/044.

Please note that only candidates under serious consideration will be contacted. Unfortunately we are unable to provide individual feedback at this stage of the process. You may monitor the status of your application on the e-Recruitment portal.

Human Resources Management Division
International Migration Network"""},
{"k": "ack", "s": "de_eingangsbestaetigung", "lang": "de", "co": "Stiftung Gemeinwohl Europa",
     "raw_subj": "=?ISO-8859-1?Q?Eingangsbest=E4tigung_Ihrer_Bewerbung_=96_Referentin?=\r\n =?ISO-8859-1?Q?_EU-Programme_=28Kennziffer_07/26=29?=",
     "frm": "Bewerbermanagement <bewerbung@stiftung-gemeinwohl.example.de>", "sys": True,
     "subj": "Eingangsbestätigung Ihrer Bewerbung – Referentin EU-Programme (Kennziffer 07/26)",
     "body": """Sehr geehrte Frau Diallo-Lefèvre,

hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Wir werden diese sorgfältig prüfen und uns nach Ablauf der Bewerbungsfrist am 31. Januar bei Ihnen melden.

Bitte sehen Sie von Rückfragen zum Stand des Verfahrens ab.

Mit freundlichen Grüßen
Ihr Bewerbermanagement
Stiftung Gemeinwohl Europa""", "cs": "iso-8859-1"},
{"k": "ack", "s": "commune_accuse_reception_courrier", "lang": "fr", "co": "Commune d'Ixelles",
     "frm": "Service du Personnel <personnel@ixelles.example.be>", "sys": True,
     "subj": "Accusé de réception - Coordinateur/trice communication (niveau A1)",
     "body": """Madame,

Nous accusons réception de votre candidature pour la fonction de coordinateur/trice communication (niveau A1) et vous en remercions.

Votre dossier sera soumis à l'examen de recevabilité. Si votre candidature est recevable, vous serez convoquée à l'épreuve orale par courrier électronique.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Le Service du Personnel
Administration communale - Commune d'Ixelles"""},
{"k": "ack", "s": "es_acuse_recibo_fundacion", "lang": "es", "co": "Fundación Horizonte Sur",
     "frm": "Fundación Horizonte Sur <empleo@horizontesur.example.org>", "sys": True,
     "subj": "Hemos recibido tu candidatura",
     "body": """Hola Camille:

Te confirmamos que hemos recibido tu candidatura para el puesto de Técnica de proyectos europeos. Gracias por tu interés en la Fundación.

Debido al elevado número de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas. Si no tienes noticias nuestras en un mes, entiende que tu candidatura no ha sido seleccionada en esta ocasión.

Un saludo,
Equipo de Personas
Fundación Horizonte Sur"""},
{"k": "ack", "s": "smartrecruiters_ack_fr", "lang": "fr", "co": "Mutualité Chrétienne",
     "frm": "Mutualité Chrétienne <noreply@smartrecruiters.example.com>", "sys": True,
     "subj": "Mutualité Chrétienne : votre candidature a bien été reçue", "fmt": "html",
     "body": """Bonjour Camille,

Merci pour votre intérêt pour Mutualité Chrétienne ! Nous avons bien reçu votre candidature pour le poste de Conseiller affaires publiques.

Notre équipe examinera votre profil dans les meilleurs délais. Nous vous tiendrons informé(e) de la suite du processus.

Cordialement,
L'équipe Recrutement"""},
{"k": "ack", "s": "agency_cv_received_en", "lang": "en", "co": "Hale Search & Selection",
     "frm": "Rupert Hale <rupert.hale@halesearch.example.co.uk>",
     "subj": "Re: Policy roles",
     "body": """Hi Camille,

Thanks for sending your CV through - received and registered with us. I'll have a proper look this week and give you a ring to discuss the sort of roles you're after. We're working on a few charity and public affairs briefs at the moment.

Best,
Rupert

Rupert Hale
Director, Hale Search & Selection"""},
{"k": "ack", "s": "taleo_ack_oddformat", "lang": "en", "co": "Banque Lémanique",
     "frm": "Banque Lémanique Careers <careers.noreply@taleo.example.net>", "sys": True,
     "subj": "Banque Lémanique - Application Received - Req ID 26-0871",
     "body": """Dear  Camille ,

Thank you for applying to the position of Public Affairs Specialist , Req ID : 26-0871 .

Your application has been successfully submitted.   We will review your qualifications and contact you if they match the requirements of the position.

To track the status of your application, log into your candidate profile :  https://banquelemanique.taleo.example.net/careersection/ext/mysubmissions

Sincerely ,
Human Resources
Banque Lémanique SA
--------------------------------------------------
Please do not reply to this automated message."""},
{"k": "ack", "s": "fr_asbl_accuse_humain", "lang": "fr", "co": "Article 27 Liège",
     "frm": "Benoît Henrard <benoit@article27-liege.example.be>",
     "subj": "RE: Candidature poste de coordination",
     "body": """Bonjour Camille,

Bien reçu ta candidature, merci ! On clôture les candidatures le 15, puis on fait une première sélection avec le CA. Tu auras des nouvelles fin du mois au plus tard.

Belle journée,
Benoît
Article 27 Liège""",
     "quote": """Le lun. 2 févr. 2026 à 22:14, Camille Diallo-Lefèvre <camille.dl@example.be> a écrit :
> Bonjour,
> Veuillez trouver ci-joint ma candidature pour le poste de coordination.
> Bien à vous,
> Camille Diallo-Lefèvre"""},
{"k": "ack", "s": "jobsch_swiss_ack_de", "lang": "de", "co": "Bundesamt für Kultur",
     "frm": "Bundesverwaltung Stellenportal <noreply@jobs.bund.example.ch>", "sys": True,
     "subj": "Bestätigung: Ihre Bewerbung ist eingegangen (Ref. 57218)",
     "body": """Guten Tag Frau Diallo-Lefèvre

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung für die Stelle «Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter Internationale Kulturpolitik 80-100%» beim Bundesamt für Kultur in Bern.

Die Unterlagen werden nun geprüft. Wir bitten Sie um etwas Geduld.

Freundliche Grüsse
Bundesamt für Kultur BAK"""},
{"k": "ack", "s": "lever_ack_remote", "lang": "en", "co": "OpenCommons Foundation",
     "frm": "OpenCommons Foundation <no-reply@hire.lever.example.co>", "sys": True,
     "subj": "Thanks for applying to OpenCommons Foundation",
     "body": """Hi Camille,

Thanks for your interest in OpenCommons and for applying to the Grants Manager (Remote, EU time zones) role! We're a small team, so while we read every application ourselves, we may not be able to respond to every applicant individually.

If there's a fit, you'll hear from us within 2-3 weeks.

Cheers,
OpenCommons People Team"""},
{"k": "ack", "s": "recruitee_ack_wien_en", "lang": "en", "co": "Österreichische Gesellschaft für Europapolitik",
     "frm": "ÖGfE <noreply@mail.recruitee.example.com>", "sys": True,
     "subj": "Application received: Project Manager (f/m/d) Vienna",
     "body": """Dear Camille,

We have received your application for the position of Project Manager (f/m/d) in Vienna. Thank you!

We will review all applications after the closing date on 28 February and get back to you in March.

Best regards,
Österreichische Gesellschaft für Europapolitik"""},
{"k": "ack", "s": "fr_spw_recevabilite", "lang": "fr", "co": "Service public de Wallonie",
     "frm": "Direction de la sélection <selection@spw.example.be>", "sys": True,
     "subj": "Votre inscription - SPW-2026-112",
     "body": """Madame,

Nous avons le plaisir de vous confirmer que votre inscription à la sélection comparative « Attaché(e) affaires européennes » (réf. SPW-2026-112) a été enregistrée et jugée recevable.

Vous recevrez prochainement votre convocation à l'épreuve écrite, qui se déroulera à Namur dans le courant du mois de mars.

Service public de Wallonie - Secrétariat général"""},
{"k": "ack", "s": "es_smartrecruiters_gracias", "lang": "es", "co": "Grupo Alimenta",
     "frm": "Grupo Alimenta <noreply@smartrecruiters.example.com>", "sys": True,
     "subj": "¡Gracias por tu candidatura a Grupo Alimenta!",
     "body": """Hola Camille,

¡Gracias por postularte a Responsable de Asuntos Públicos (Bruselas)! Hemos recibido tu candidatura correctamente.

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo. Lamentablemente no podemos dar respuesta individual a todas las candidaturas.

Equipo de Selección
Grupo Alimenta"""},
{"k": "ack", "s": "hug_successfactors_ack", "lang": "fr", "co": "Hôpitaux Universitaires de Genève",
     "frm": "HUG Recrutement <donotreply@successfactors.example.eu>", "sys": True,
     "subj": "Confirmation de votre postulation", "cs": "windows-1252",
     "body": """Madame Diallo-Lefèvre,

Nous vous confirmons la bonne réception de votre postulation pour le poste de « Chargé-e de communication institutionnelle » (réf. 47881).

Votre dossier sera traité avec la plus grande attention. Nous nous permettrons de vous contacter dans les meilleurs délais.

Direction des ressources humaines
Hôpitaux Universitaires de Genève"""},
{"k": "ack", "s": "fr_strasbourg_conseil_europe_style", "lang": "fr", "co": "Conseil Européen des Régions",
     "frm": "e-Recrutement CER <ne-pas-repondre@cer-regions.example.eu>", "sys": True,
     "subj": "Avis de vacance 14/2026 - confirmation", "fmt": "alt",
     "body": """Madame, Monsieur,

Nous vous remercions pour votre candidature à l'avis de vacance 14/2026 « Administrateur·rice - Politique de cohésion », Strasbourg.

Votre dossier a été transmis au comité de présélection. Seuls les candidats présélectionnés seront invités aux épreuves écrites. Nous ne sommes pas en mesure de communiquer des retours individuels à ce stade.

Service des ressources humaines
Conseil Européen des Régions"""},
{"k": "ack", "s": "es_indeed_employer_ack", "lang": "es", "co": "Cámara de Comercio Hispano-Belga",
     "frm": "Cámara de Comercio Hispano-Belga <indeedapply@indeed.example.com>", "sys": True,
     "subj": "Solicitud enviada: Técnico/a de Relaciones Institucionales",
     "body": """Tu solicitud ha sido enviada a Cámara de Comercio Hispano-Belga.

Técnico/a de Relaciones Institucionales
Cámara de Comercio Hispano-Belga - Bruselas

La empresa revisará tu solicitud. Te recomendamos no enviar varias solicitudes para el mismo puesto.

Indeed"""},
{"k": "ack", "s": "fr_personio_ack_paris", "lang": "fr", "co": "Fabrique Civique",
     "frm": "Fabrique Civique <jobs@fabriquecivique.jobs.personio.example.de>", "sys": True,
     "subj": "Confirmation de réception de votre candidature",
     "body": """Bonjour Camille Diallo-Lefèvre,

Nous vous remercions pour votre candidature au poste de Chargé(e) de plaidoyer institutionnel et pour l'intérêt que vous portez à la Fabrique Civique.

Nous avons bien reçu votre dossier et l'examinerons dans les plus brefs délais.

Bien cordialement,
L'équipe de la Fabrique Civique
Paris 11e"""},
]
