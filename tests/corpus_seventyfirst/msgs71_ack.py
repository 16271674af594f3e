"""Application acknowledgements (20), including ones that say there will be no individual feedback."""

from msgs71_common import M

K = "application_received"

M(K, "workday_received", "en", ("Karoo Sun Power Careers", "karoosunpower@myworkday.com"),
  "Thank you for applying - Project Manager - Utility Scale PV", "2026-01-08 21:17 +0200",
  """Dear Nia,

Thank you for applying for the Project Manager - Utility Scale PV position (R-10442) at Karoo Sun Power. We have received your application.

Our team will review your qualifications and contact you if there is a match. You can check the status of your application at any time by signing in to your candidate home page.

Regards,
Talent Acquisition
Karoo Sun Power (Pty) Ltd""",
  company="Karoo Sun Power", contact="", fmt="alt", brand="Karoo Sun Power")

M(K, "volume_no_individual", "en", ("Careers", "careers@tshwane-ep.example.gov.za"),
  "Acknowledgement of application: Ref TEP 03/2026", "2026-01-14 07:30 +0200",
  """Dear Applicant

This serves to acknowledge receipt of your application for the position of Deputy Director: Electricity Network Planning (Ref TEP 03/2026).

Due to the high volume of applications received, we are unable to respond to every applicant individually. If you have not been contacted within three months of the closing date, please consider your application unsuccessful.

Regards
Human Resources Directorate
Tshwane Electricity & Power""",
  company="Tshwane Electricity & Power", contact="careers@tshwane-ep.example.gov.za", charset="windows-1252")

M(K, "greenhouse_thanks", "en", ("Helio Grid Analytics", "no-reply@us.greenhouse-mail.io"),
  "Thanks for applying to Helio Grid Analytics!", "2026-01-20 15:44 +0000",
  """Hi Nia,

Thanks for applying to the Grid Integration Lead role at Helio Grid Analytics! We've received your application and our team is reviewing it now.

If your experience is a fit, someone from our recruiting team will be in touch to talk about next steps.

In the meantime, check out our engineering blog: https://heliogrid.example.com/blog

Cheers,
The Helio Grid Analytics Recruiting Team""",
  company="Helio Grid Analytics", contact="", fmt="html", brand="Helio Grid Analytics",
  track="links.greenhouse-mail.io")

M(K, "pnet_forwarded_app", "en", ("PNet", "noreply@pnet.example.co.za"),
  "Your application has been sent to Limpopo Solar Farms", "2026-01-26 12:01 +0200",
  """Hi Nia

Good news - your application for Plant Manager (Solar PV) has been successfully sent to Limpopo Solar Farms.

What happens next? The recruiter will review your CV. If you're shortlisted, they will contact you directly. Not all recruiters reply to every application.

Good luck!
The PNet Team

You are receiving this because you applied via PNet. Manage notifications: https://www.pnet.example.co.za/settings""",
  company="Limpopo Solar Farms", contact="", fmt="html", brand="PNet")

M(K, "feedback_not_possible", "en", ("Recruitment", "recruitment@mpumalanga-coal-transition.example.org"),
  "Re: Programme Manager - Just Energy Transition", "2026-02-04 09:00 +0200",
  """Dear Nia

Thank you for your application for the Programme Manager: Just Energy Transition position. This email confirms that we have received it.

Shortlisting will take place after the closing date of 20 February. Unfortunately we are unable to provide individual feedback at this stage of the process, but all shortlisted candidates will be contacted by telephone.

Kind regards
Recruitment Team
Mpumalanga Just Transition Trust""",
  company="Mpumalanga Just Transition Trust", contact="recruitment@mpumalanga-coal-transition.example.org")

M(K, "lever_ack_h2", "en", ("Brightwind Hydrogen", "no-reply@hire.lever.co"),
  "Brightwind Hydrogen - we got your application", "2026-03-19 08:12 +0000",
  """Hi Nia,

Thank you for applying to the Electrolyser Commissioning Engineer position at Brightwind Hydrogen. We're reviewing your application and will be in touch if it looks like a good match.

Best,
Brightwind Hydrogen""",
  company="Brightwind Hydrogen", contact="", fmt="alt")

M(K, "oracle_cloud_ack", "en", ("Sahara Transmission Careers", "no-reply@oraclecloud.com"),
  "Sahara Transmission: Job Application Confirmation", "2026-04-02 02:03 +0000",
  """Dear Nia Oyelaran-Brandt,

We have received your job application for HVDC Interface Manager (Requisition ID: 26004512).

Please note:
* Your application will be assessed against the requirements of the role.
* Only shortlisted candidates will be contacted.
* You can withdraw your application at any time from the Candidate Self Service portal.

Thank you for your interest in Sahara Transmission.

Sahara Transmission Company Limited
Accra | Lagos | Dakar""",
  company="Sahara Transmission Company", contact="", fmt="b64")

M(K, "bamboohr_ack", "en", ("Aloe Ridge Engineering", "notifications@app.bamboohr.com"),
  "Thanks for applying to Aloe Ridge Engineering", "2026-04-20 13:37 +0200",
  """Hi Nia,

We just wanted to let you know we received your application for Electrical Engineer (Renewables), Gqeberha. Thank you for taking the time to apply!

We're reviewing applications now and will reach out if we'd like to move forward.

Thanks,
Aloe Ridge Engineering""",
  company="Aloe Ridge Engineering", contact="", fmt="html")

M(K, "wits_ack", "en", ("HR Recruitment Wits", "recruitment@wits.example.ac.za"),
  "Application received: Research Fellow, Energy Transition Hub", "2026-05-14 10:50 +0200",
  """Dear Dr Oyelaran-Brandt

Thank you for your application for the Research Fellow: Energy Transition Hub post (Ref A26/0551). Your application has been received and will be considered by the selection committee after the closing date.

Please note that correspondence will only be entered into with shortlisted candidates. Applicants who have not heard from the University within six weeks of the closing date may assume that their application was unsuccessful.

Human Resources
University of the Witwatersrand, Johannesburg""",
  company="University of the Witwatersrand", contact="recruitment@wits.example.ac.za", cte="base64")

M(K, "headhunter_got_cv", "en", ("Duncan Reid", "duncan@kestrel-exec.example.com"),
  "Re: CV - Head of Grid, Botswana IPP", "2026-06-12 08:14 +0200",
  """Morning Nia,

Got your CV, thanks - looks good. I'll put it in front of the client (Okavango Power) this week alongside the others and come back to you once they've had a look. Might be a week or two, the CEO is travelling.

Cheers
Duncan

Duncan Reid
Partner, Kestrel Executive
Gaborone | Johannesburg""",
  company="Okavango Power", contact="duncan@kestrel-exec.example.com", parent="nia-kestrel-0611@example.co.za")

M(K, "teamtailor_ack_en", "en", ("Harbour Green Power", "no-reply@teamtailor.com"),
  "Application received", "2026-08-27 11:26 +0200",
  """Hi Nia!

Thanks for your application for Senior HSE Advisor (Offshore Wind) at Harbour Green Power. We have received it and will go through it as soon as we can.

Because we receive many applications, we can't always give individual feedback, but we'll contact you if you're selected for an interview.

Best wishes,
Harbour Green Power""",
  company="Harbour Green Power", contact="", fmt="html", brand="Harbour Green Power")

M(K, "de_eingangsbestaetigung", "de", ("Personalabteilung", "bewerbung@nordwind-netz.example.de"),
  "Eingangsbestätigung Ihrer Bewerbung", "2026-02-02 08:45 +0100",
  """Sehr geehrte Frau Oyelaran-Brandt,

vielen Dank für Ihre Bewerbung als Projektleiterin Netzanschluss (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns in den nächsten drei Wochen bei Ihnen melden. Wir bitten um Verständnis, dass wir zum jetzigen Zeitpunkt leider keine individuelle Rückmeldung geben können.

Mit freundlichen Grüßen
Ihr Personalteam
Nordwind Netzservice GmbH""",
  company="Nordwind Netzservice", contact="bewerbung@nordwind-netz.example.de", charset="iso-8859-1", fmt="qp")

M(K, "de_personio_eingang", "de", ("Solarkontor Lüneburg", "jobs@solarkontor.jobs.personio.de"),
  "Danke für deine Bewerbung!", "2026-02-25 22:10 +0100",
  """Hallo Nia,

vielen Dank für deine Bewerbung als Bauleiterin PV-Freiflächenanlagen! Wir haben deine Unterlagen erhalten und melden uns so bald wie möglich bei dir.

Sonnige Grüße
Team People & Culture
Solarkontor Lüneburg""",
  company="Solarkontor Lüneburg", contact="", fmt="html")

M(K, "de_successfactors", "de", ("Rheinenergie Projekte Karriere", "noreply@successfactors.eu"),
  "Bestätigung: Bewerbung auf Referentin ESG-Reporting", "2026-04-30 16:00 +0200",
  """Guten Tag Frau Oyelaran-Brandt,

Ihre Bewerbung auf die Position Referentin ESG-Reporting (Referenz 2026-117) ist bei uns eingegangen.

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Freundliche Grüße
Rheinenergie Projekte AG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
  company="Rheinenergie Projekte", contact="", fmt="b64")

M(K, "fr_accuse_reception", "fr", ("Rhônergie Recrutement", "recrutement@rhonergie.example.fr"),
  "Accusé de réception de votre candidature", "2026-02-10 10:10 +0100",
  """Madame,

Nous accusons bonne réception de votre candidature au poste de Chargée d'affaires raccordement réseau et vous remercions de l'intérêt que vous portez à Rhônergie.

Votre dossier est en cours d'étude. En raison du nombre important de candidatures, nous ne pourrons pas répondre individuellement à chacune d'entre elles ; sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Le service Recrutement
Rhônergie""",
  company="Rhônergie", contact="recrutement@rhonergie.example.fr", charset="iso-8859-1", fmt="qp")

M(K, "fr_welcome_jungle", "fr", ("Solvent Énergies", "no-reply@teamtailor.com"),
  "Merci pour votre candidature !", "2026-03-20 09:01 +0100",
  """Bonjour Nia,

Nous avons bien reçu votre candidature pour le poste de Cheffe de projet hydrogène. Merci pour votre intérêt pour Solvent Énergies !

Notre équipe l'étudie avec attention et reviendra vers vous très prochainement.

À bientôt,
L'équipe Talent – Solvent Énergies""",
  company="Solvent Énergies", contact="", fmt="html")

M(K, "fr_universite_ack", "fr", ("Direction des ressources humaines", "drh-recrutement@univ-lyon-energie.example.fr"),
  "Candidature – Maître de conférences Systèmes énergétiques", "2026-05-05 11:05 +0200",
  """Madame,

Nous accusons réception de votre dossier de candidature pour le poste de maître de conférences en systèmes énergétiques (poste n° 0412).

Le comité de sélection se réunira courant juin. Les candidats retenus pour l'audition seront informés par courriel.

Bien cordialement,
Bureau du recrutement des enseignants-chercheurs
Université Lyon Énergie""",
  company="Université Lyon Énergie", contact="drh-recrutement@univ-lyon-energie.example.fr")

M(K, "es_recibida", "es", ("Selección Iberluz", "seleccion@iberluz-renovables.example.es"),
  "Hemos recibido tu candidatura", "2026-03-02 12:00 +0100",
  """Hola Nia:

Gracias por inscribirte en la oferta Jefa de Proyecto Fotovoltaico (Sevilla). Hemos recibido tu candidatura correctamente.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al elevado volumen de candidaturas, no podemos responder de forma individual a cada persona.

Un saludo,
Departamento de Personas
Iberluz Renovables""",
  company="Iberluz Renovables", contact="seleccion@iberluz-renovables.example.es", fmt="qp")

M(K, "es_smartrecruiters_ack", "es", ("Grupo Minero Andaluz", "noreply@smartrecruiters.com"),
  "Confirmación de tu candidatura - Grupo Minero Andaluz", "2026-07-06 15:22 +0200",
  """Hola Nia,

¡Gracias por tu interés en Grupo Minero Andaluz! Te confirmamos que hemos recibido tu candidatura para el puesto de Técnica de Prevención de Riesgos Laborales.

Revisaremos tu perfil en los próximos días.

Un saludo,
Equipo de Talento""",
  company="Grupo Minero Andaluz", contact="", fmt="html")

M(K, "es_ong_recibido", "es", ("Ana Belén Castro", "abcastro@energia-sin-fronteras.example.org"),
  "RE: Candidatura coordinadora proyectos solares", "2026-09-10 10:40 +0200",
  """Hola Nia,

Te confirmo que hemos recibido tu CV y carta para la coordinación de proyectos solares comunitarios en Mozambique. Muchas gracias.

Cerramos la convocatoria el 30 de septiembre y a partir de ahí haremos la preselección. Te escribiré en cualquier caso para contarte.

Un abrazo,
Ana Belén Castro
Responsable de Personas
Energía Sin Fronteras""",
  company="Energía Sin Fronteras", contact="abcastro@energia-sin-fronteras.example.org",
  parent="nia-esf-0909@example.co.za")
