"""Acknowledgements (and one re-issued contract) of the threehundredfiftieth corpus."""

from __future__ import annotations

from msgs350_common import M, html_of

MESSAGES = []
add = MESSAGES.append
ACK = "application_received"

# ------------------------------------------------------------------ English (6)
add(M("northgate_ack", ACK, "en", "Northgate Diagnostics", "",
      ("Northgate Diagnostics", "no-reply@hire.lever.co"),
      "Thank you for your application to Northgate Diagnostics", "2026-01-09 19:44 +0000",
      """Hi Rosalind,

Thanks for applying to the Key Account Manager - Veterinary Reference Laboratory role at
Northgate Diagnostics. We've received your application and our hiring team will review it
shortly.

Please note that due to the high number of applications we receive, we're not able to
respond to every applicant individually. If your experience matches what we're looking
for, we'll reach out within the next three weeks.

Best,
Northgate Diagnostics
""", fmt="alt", html=html_of("""Hi Rosalind,

Thanks for applying to the Key Account Manager - Veterinary Reference Laboratory role at
Northgate Diagnostics. We've received your application and our hiring team will review it
shortly.

Please note that due to the high number of applications we receive, we're not able to
respond to every applicant individually.

Best,
Northgate Diagnostics""", "Northgate Diagnostics", "#00727a")))

add(M("pennine_sr_ack", ACK, "en", "Pennine Farmers Feed Co-operative", "",
      ("Pennine Farmers Feed Co-operative", "noreply@smartrecruiters.com"),
      "Thank you for applying: Ruminant Nutrition Sales Specialist", "2026-02-02 22:10 +0000",
      """Dear Rosalind,

Thank you for your application for the position of Ruminant Nutrition Sales Specialist.

We confirm that we have received your application. We will review your profile and be in
touch if your qualifications match our needs.

Kind regards,
Pennine Farmers Feed Co-operative

Powered by SmartRecruiters - Privacy policy
""", cte="quoted-printable"))

add(M("dunmore_ack_human", ACK, "en", "Dunmore Pet Insurance", "callum.reid@dunmorepet.example.co.uk",
      ("Callum Reid", "callum.reid@dunmorepet.example.co.uk"),
      "RE: Application - Veterinary Practice Relationship Manager", "2026-04-27 09:02 +0100",
      """Dear Rosalind,

Thank you for sending your CV and cover letter for the Veterinary Practice Relationship
Manager role - I can confirm we've received them.

The closing date is 8 May. We'll review all applications after that and contact
shortlisted candidates during the week of 11 May.

Kind regards,
Callum Reid
Recruitment Manager | Dunmore Pet Insurance
12 Haymarket Yards, Edinburgh EH12 5BH | 0131 496 0877
""", charset="windows-1252"))

add(M("vetcareers_sent_halcyon", ACK, "en", "Halcyon Animal Health", "",
      ("VetCareers Hub", "noreply@vetcareershub.example.com"),
      "Application sent: Key Account Manager, Equine - Halcyon Animal Health",
      "2026-06-18 21:33 +0100",
      """Hi Rosalind,

Your application has been sent to Halcyon Animal Health for the role:

Key Account Manager, Equine
Cardiff / South Wales - Full time - Competitive salary + car

The employer will contact you directly if they'd like to take things further. You can see
all your applications under "My applications".

Good luck!
The VetCareers Hub team
""", fmt="html"))
MESSAGES[-1]["body"] = html_of(MESSAGES[-1]["body"], "VetCareers Hub", "#e67e22",
                               "VetCareers Hub, 20 Station Road, Cambridge CB1 2JD")

add(M("greenacre_workable_ack", ACK, "en", "Greenacre Feeds", "",
      ("Greenacre Feeds", "noreply@workablemail.com"),
      "Greenacre Feeds - application received", "2026-07-27 13:47 +0100",
      """Hi Rosalind,

Thank you for applying for the Livestock Health Products Adviser position at Greenacre
Feeds. Your application has been received and will be reviewed by our team.

We'll get back to you as soon as possible.

Regards,
Greenacre Feeds Hiring Team
Sent via Workable
""", cte="base64"))

add(M("meridian_ack_caledon", ACK, "en", "Caledon Animal Health", "",
      ("Meridian Pharma Sales Staffing", "candidates@meridiansales.example.com"),
      "Application received: Territory Manager Edinburgh (Caledon Animal Health)",
      "2026-07-10 10:30 +0100",
      """Hello Rosalind,

Thank you for your application for the Territory Manager - Edinburgh vacancy with our
client Caledon Animal Health. We have received your CV and a consultant will review it
against the client's brief within five working days.

Meridian Pharma Sales Staffing
Placing sales talent in human and animal health since 2009
""", fmt="alt", html=html_of("""Hello Rosalind,

Thank you for your application for the Territory Manager - Edinburgh vacancy with our
client Caledon Animal Health. We have received your CV.

Meridian Pharma Sales Staffing""", "Meridian", "#1abc9c"), cte="quoted-printable"))

# ------------------------------------------------------------------ French (2)
add(M("sorelis_workday_ack", ACK, "fr", "Laboratoires Sorelis", "",
      ("Laboratoires Sorelis - Recrutement", "sorelis@myworkday.com"),
      "Accusé de réception de votre candidature", "2026-02-09 07:12 +0100",
      """Bonjour Rosalind,

Nous accusons réception de votre candidature au poste de Délégué(e) vétérinaire animaux de
compagnie (réf. JR-0662) et vous remercions de l'intérêt que vous portez aux Laboratoires
Sorelis.

Votre dossier va être étudié avec la plus grande attention. Vous pouvez suivre son
avancement depuis votre espace candidat.

Cordialement,
L'équipe Recrutement
Ceci est un message automatique, merci de ne pas y répondre.
""", charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "b")))

add(M("montslyonnais_ack", ACK, "fr", "Coopérative des Monts du Lyonnais",
      "p.chazal@montslyonnais.example.fr",
      ("Pascal Chazal", "p.chazal@montslyonnais.example.fr"),
      "Votre candidature - technico-commercial(e) nutrition animale", "2026-04-14 18:03 +0200",
      """Madame,

J'ai bien reçu votre candidature pour le poste de technico-commercial(e) nutrition animale
et je vous en remercie.

Compte tenu du nombre de dossiers, nous ne pourrons pas répondre individuellement à chaque
candidat avant la fin du mois. Les personnes retenues pour un entretien seront contactées
directement.

Bien cordialement,
Pascal Chazal
Directeur commercial
Coopérative des Monts du Lyonnais
""", cte="8bit"))

# ------------------------------------------------------------------ German (3)
add(M("lindner_personio_ack", ACK, "de", "Lindner Heimtiernahrung", "",
      ("Lindner Heimtiernahrung", "noreply@personio.de"),
      "Vielen Dank für Ihre Bewerbung!", "2026-03-01 20:55 +0100",
      """Hallo Frau Achterberg-Osei,

vielen Dank für Ihre Bewerbung als Key Account Manager Tierarztpraxen (m/w/d). Wir haben
Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.

Bitte haben Sie etwas Geduld - wir lesen jede Bewerbung persönlich.

Viele Grüße
Ihr People-Team von Lindner Heimtiernahrung
""", fmt="alt", html=html_of("""Hallo Frau Achterberg-Osei,

vielen Dank für Ihre Bewerbung als Key Account Manager Tierarztpraxen (m/w/d). Wir haben
Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.

Viele Grüße
Ihr People-Team von Lindner Heimtiernahrung""", "Lindner Heimtiernahrung", "#8e44ad"),
      subj_enc=("utf-8", "q")))

add(M("leinetal_softgarden_ack", ACK, "de", "VetLab Leinetal", "",
      ("VetLab Leinetal Bewerbermanagement", "noreply@softgarden.io"),
      "Eingangsbestätigung: Außendienstmitarbeiter/in Labordiagnostik (m/w/d)",
      "2026-03-18 12:26 +0100",
      """Sehr geehrte Frau Achterberg-Osei,

wir bestätigen Ihnen hiermit den Eingang Ihrer Bewerbung für die Position
Außendienstmitarbeiter/in Labordiagnostik (m/w/d).

Wir werden Ihre Unterlagen sorgfältig prüfen und uns in Kürze bei Ihnen melden.

Mit freundlichen Grüßen
Personalabteilung VetLab Leinetal
""", charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q")))

add(M("pfotenschutz_ack", ACK, "de", "Pfotenschutz Versicherung",
      "jana.brinkmann@pfotenschutz.example.de",
      ("Jana Brinkmann", "jana.brinkmann@pfotenschutz.example.de"),
      "Ihre Bewerbung ist bei uns angekommen", "2026-07-15 08:40 +0200",
      """Sehr geehrte Frau Achterberg-Osei,

herzlichen Dank für Ihre Bewerbung als Partnermanager/in Tierarztpraxen. Ihre Unterlagen
sind vollständig bei uns eingegangen.

Wir sichten die Bewerbungen bis Ende Juli und melden uns anschließend bei Ihnen.

Freundliche Grüße
Jana Brinkmann
Recruiting | Pfotenschutz Versicherung
""", charset="windows-1252", cte="quoted-printable"))

# ------------------------------------------------------------------ Spanish (3)
add(M("mascotasegura_ack", ACK, "es", "Mascota Segura", "",
      ("Mascota Segura - Empleo", "no-reply@workablemail.com"),
      "Hemos recibido tu candidatura", "2026-08-03 11:11 +0200",
      """Hola Rosalind:

¡Gracias por presentar tu candidatura al puesto de Gestor/a de Alianzas Veterinarias en
Mascota Segura!

Hemos recibido correctamente tu solicitud. Nuestro equipo la revisará y, si tu perfil
encaja, nos pondremos en contacto contigo.

Un saludo,
Equipo de Personas de Mascota Segura
""", fmt="alt", html=html_of("""Hola Rosalind:

¡Gracias por presentar tu candidatura al puesto de Gestor/a de Alianzas Veterinarias en
Mascota Segura! Hemos recibido correctamente tu solicitud.

Un saludo,
Equipo de Personas de Mascota Segura""", "Mascota Segura", "#2980b9"), cte="quoted-printable"))

add(M("aragonvet_ack", ACK, "es", "AragónVet", "pilar.anson@aragonvet.example.es",
      ("Pilar Ansón", "pilar.anson@aragonvet.example.es"),
      "Recepción de candidatura", "2026-05-08 10:15 +0200",
      """Estimada Rosalind:

Le confirmamos la recepción de su currículum para la vacante de Responsable de Desarrollo
de Clínicas. En los próximos días revisaremos todas las candidaturas.

Reciba un cordial saludo,
Pilar Ansón
Recursos Humanos - AragónVet
""", charset="iso-8859-1", cte="base64", name_enc=("iso-8859-1", "b")))

add(M("moncayo_ack", ACK, "es", "Laboratorios Moncayo Salud Animal", "",
      ("Laboratorios Moncayo - Selección", "moncayo@myworkday.com"),
      "Confirmación de tu solicitud", "2026-03-06 16:00 +0100",
      """Hola Rosalind:

Gracias por tu solicitud para el puesto de Delegado/a Comercial Veterinario/a - Aragón
(ref. R-1045). Te confirmamos que la hemos recibido correctamente.

Revisaremos tu candidatura y te informaremos sobre los siguientes pasos.

Equipo de Selección - Laboratorios Moncayo Salud Animal
Este es un mensaje automático; por favor, no respondas a este correo.
""", cte="quoted-printable", subj_enc=("utf-8", "b")))

# ------------------------------------------------------------------ one more offer (English)
add(M("bram_contract_reissue", "offer", "en", "Brambleway Pet Nutrition",
      "gemma.pryce@brambleway.example.co.uk", ("Gemma Pryce", "gemma.pryce@brambleway.example.co.uk"),
      "Corrected contract for signature", "2026-09-21 12:40 +0100",
      """Dear Rosalind,

Apologies - the contract that went out through BambooHR last week still showed the original
salary of GBP 36,500. I've cancelled that envelope. Please find attached the corrected
contract of employment showing a base salary of GBP 37,750 and a start date of 12 October.

Could you sign and return it by Friday 25 September? Once we have it back, I'll send your
welcome pack and car order details.

Kind regards,
Gemma Pryce
People Partner | Brambleway Pet Nutrition
""", pdfs=[("Contract_of_Employment_v2.pdf", "Brambleway - Contract of Employment",
            ["Employee: Rosalind Achterberg-Osei",
             "Job title: Veterinary Business Development Executive",
             "Base salary: GBP 37,750", "Start date: 12 October 2026",
             "Signed: ______________________"])], cte="quoted-printable"))
