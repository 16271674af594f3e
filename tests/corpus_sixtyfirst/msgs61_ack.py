"""Application acknowledgements for the sixty-first corpus (content only)."""

from msgs61_base import M

MESSAGES = [
    M("application_received", "workday_ack_fr", "fr",
      "Groupe Delhaize-Voisin <delhaizevoisin@myworkday.com>", "Nous avons bien reçu votre candidature",
      """Bonjour Amélie,

Merci d'avoir postulé au poste de Contrôleur de gestion Supply Chain (R0045871) au sein du Groupe Delhaize-Voisin.

Votre candidature a bien été transmise à notre équipe de recrutement. Vous pouvez suivre son statut à tout moment depuis votre espace candidat.

En raison du volume important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chaque candidat. Si votre profil est retenu, un membre de l'équipe vous contactera dans les prochaines semaines.

Cordialement,
Talent Acquisition
Groupe Delhaize-Voisin
""", company="Groupe Delhaize-Voisin", cte="quoted-printable"),
    M("application_received", "talentsoft_ack_fr", "fr",
      "Crédit Mosan - Recrutement <ne-pas-repondre@talentsoft.example.fr>", "Accusé de réception de votre candidature",
      """Madame,

Nous accusons réception de votre candidature pour l'offre « Analyste Risques de Liquidité H/F » (réf. CM-2026-0212) et vous remercions de l'intérêt que vous portez au Crédit Mosan.

Votre dossier va être étudié avec la plus grande attention. Malheureusement, nous ne sommes pas en mesure de fournir un retour individuel à ce stade ; sans nouvelles de notre part d'ici quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

La Direction des Ressources Humaines
""", company="Crédit Mosan", charset="iso-8859-1", cte="quoted-printable"),
    M("application_received", "beetween_ack", "fr",
      "Maison Lefort <candidature@beetween.example.com>", "Votre candidature chez Maison Lefort",
      """Bonjour Amélie,

Nous vous remercions pour votre candidature au poste de Responsable Comptable & Fiscal (Paris 8e).

Celle-ci a bien été enregistrée et sera examinée avec attention par nos équipes. Nous reviendrons vers vous rapidement.

Maison Lefort
Ceci est un e-mail automatique, merci de ne pas y répondre.
""", company="Maison Lefort",
      html="""<table style="width:100%;max-width:560px;margin:auto;font-family:Georgia,serif"><tr><td><img src="https://cdn.beetween.example.com/logos/maisonlefort.png" alt="Maison Lefort - Paris depuis 1921"></td></tr><tr><td style="padding:20px 0">Bonjour Amélie,<br><br>Nous vous remercions pour votre candidature au poste de <strong>Responsable Comptable &amp; Fiscal (Paris 8e)</strong>.<br><br>Celle-ci a bien été enregistrée et sera examinée avec attention par nos équipes. Nous reviendrons vers vous rapidement.</td></tr><tr><td style="font-size:11px;color:#777">Ceci est un e-mail automatique, merci de ne pas y répondre.</td></tr></table>"""),
    M("application_received", "epso_ack", "fr",
      "EPSO <epso-noreply@ec.example.eu>", "EPSO/AD/412/26 - Confirmation de votre acte de candidature",
      """Madame, Monsieur,

Nous confirmons la bonne réception de votre acte de candidature au concours EPSO/AD/412/26 - Administrateurs (AD 7) dans le domaine de l'audit et des finances.

Numéro de candidature : 7734120

Vous serez informé(e) en temps utile, via votre compte EPSO, de la suite de la procédure et de la date des tests sur ordinateur.

Veuillez ne pas répondre à ce message.

EPSO - Office européen de sélection du personnel
""", company="EPSO"),
    M("application_received", "chasseur_bien_recu_tu", "fr",
      "Romain Pirard <romain@pirard-search.example.be>", "Re: Poste FP&A Manager",
      """Bien reçu ton CV Amélie, merci ! Je regarde ça ce week-end et je te reviens lundi avec mon feedback et les détails sur le client.

Romain
Envoyé de mon iPhone
""", company="Pirard Search", contact="romain@pirard-search.example.be", reply=True),
    M("application_received", "spontanee_ong", "fr",
      "Médecins du Sahel Belgique <jobs@medecins-sahel.example.org>", "Votre candidature spontanée",
      """Bonjour,

Nous avons bien reçu votre candidature spontanée et vous en remercions.

Votre dossier a été enregistré et transmis à notre responsable administratif et financier, qui prépare en ce moment le recrutement d'un·e contrôleur·se financier·ère pour nos projets au Sahel. Il reviendra vers vous dans le courant du mois si votre profil correspond.

Nos offres sont aussi publiées sur notre site et sur Jobat.

Cordialement,
L'équipe RH
Médecins du Sahel Belgique
""", company="Médecins du Sahel Belgique", contact="jobs@medecins-sahel.example.org"),
    M("application_received", "cornerstone_ack_energy", "fr",
      "Luminus Énergies Carrières <no-reply@csod.example.com>", "Candidature reçue - Auditeur interne IT & Finance",
      """Bonjour Amélie Vandenbroucke-Diallo,

Merci pour votre candidature au poste Auditeur interne IT & Finance (Req. 11823).

Prochaines étapes :
1. Revue de votre CV par le recruteur (2 à 3 semaines)
2. Entretien téléphonique si votre profil correspond
3. Entretiens avec le management

Nous vous tiendrons informée de l'évolution de votre candidature.

Luminus Énergies - Talent Acquisition
""", company="Luminus Énergies", cte="base64"),
    M("application_received", "actiris_transmise", "fr",
      "Actiris <noreply@actiris.example.be>", "Votre candidature a été transmise à l'employeur",
      """Bonjour Madame Vandenbroucke-Diallo,

Votre candidature pour l'offre n° 4128847 « Gestionnaire financier (m/f/x) » a bien été transmise à l'employeur Résidence Les Tilleuls ASBL.

L'employeur prendra contact avec vous s'il souhaite vous rencontrer.

Actiris - Service Employeurs
""", company="Résidence Les Tilleuls"),
    M("application_received", "hopital_ack_lettre", "fr",
      "CHU Saint-Rémy - Direction RH <drh@chu-saintremy.example.be>", "Candidature - Contrôleur de gestion hospitalier",
      """Madame,

Nous accusons bonne réception de votre candidature pour le poste de Contrôleur de gestion hospitalier (CDI, temps plein) et vous en remercions.

La clôture des candidatures est fixée au 30 septembre. Les candidats retenus pour la suite de la procédure seront contactés dans le courant du mois d'octobre.

Veuillez agréer, Madame, nos salutations distinguées.

Direction des Ressources Humaines
CHU Saint-Rémy
""", company="CHU Saint-Rémy", contact="drh@chu-saintremy.example.be", charset="windows-1252", cte="8bit"),
    M("application_received", "welcome_jungle_ack", "fr",
      "Welcome to the Jungle <notifications@welcometothejungle.example.com>", "Votre candidature a bien été envoyée à Papyrus & Co",
      """Bonjour Amélie,

Votre candidature pour le poste « Finance Business Partner » chez Papyrus & Co a bien été envoyée !

Papyrus & Co a été notifiée et reviendra vers vous directement si votre profil correspond. Vous pouvez suivre l'avancement de vos candidatures dans votre espace.

L'équipe Welcome to the Jungle
""", company="Papyrus & Co"),
    M("application_received", "greenhouse_ack_en", "en",
      "Quanta Ledger Hiring Team <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Quanta Ledger",
      """Hi Amelie,

Thanks for applying to Quanta Ledger! Your application for the FP&A Manager, EMEA role has been received and our team will review it shortly.

If your experience looks like a good fit, a member of our recruiting team will reach out to discuss next steps. Due to the high volume of applications, we are unable to respond to every applicant individually.

Best,
Quanta Ledger Talent Team
""", company="Quanta Ledger"),
    M("application_received", "taleo_odd_format", "en",
      "Careers Portal <careers@taleo.example.net>", "Job Submission - Internal Controls Lead - 2600193",
      """Dear Amelie ,



Thank you for your interest in the Internal Controls Lead position (Requisition ID: 2600193) with  Stratton Global Insurance .

We have received your job submission and will review your qualifications .
Should your background match our needs, we will contact you directly.



Regards ,
Stratton Global Insurance
Global Talent Acquisition


*** This is an automated message, please do not reply ***
""", company="Stratton Global Insurance", charset="windows-1252", cte="quoted-printable"),
    M("application_received", "workable_ack_en", "en",
      "Fernleaf Health <noreply@workablemail.example.com>", "Application received",
      """Hi Amelie,

We got your application for Finance Manager (Dublin or Remote). Thanks for your interest in Fernleaf Health!

We'll review it and be in touch. Unfortunately we are unable to provide individual feedback at this stage, but we promise everyone who applies hears back from us either way.

The Fernleaf Health team
""", company="Fernleaf Health"),
    M("application_received", "uk_council_ack", "en",
      "Recruitment <noreply@westmarsh.gov.example.uk>", "Your application ref WMC/FIN/0926",
      """Dear Amélie Vandenbroucke-Diallo,

Thank you for applying for the post of Senior Accountant (Capital & Treasury), Ref WMC/FIN/0926.

Shortlisting will take place within two weeks of the closing date. If you have not heard from us by 30 October 2026, please assume that on this occasion your application has not been successful.

Westmarsh Borough Council
""", company="Westmarsh Borough Council"),
    M("application_received", "australian_ack", "en",
      "Kirra Minerals <careers@kirra-minerals.example.com.au>", "Thanks for your application, Amélie!",
      """G'day Amélie,

Thanks for putting your hand up for the Group Treasury Analyst role in our Rotterdam office. We've received your application and our team will have a good look at it over the coming fortnight.

Chat soon,
The Kirra Minerals Talent Crew
""", company="Kirra Minerals", contact="careers@kirra-minerals.example.com.au"),
    M("application_received", "linkedin_easy_apply", "en",
      "LinkedIn <jobs-noreply@linkedin.example.com>", "Amélie, your application was sent to Coriolis Asset Management",
      """Your application was sent to Coriolis Asset Management

Fund Controller
Coriolis Asset Management · Luxembourg (Hybrid)

Applied on March 2, 2026

Now, take these steps to stand out:
- Message the hiring team
- See similar jobs

This email was intended for Amélie Vandenbroucke-Diallo (Management Accountant | FP&A | ex-Audit Senior)
Unsubscribe · Help
© 2026 LinkedIn Corporation
""", company="Coriolis Asset Management",
      html="""<html><body><table style="font-family:Helvetica"><tr><td><h2 style="font-size:20px">Your application was sent to Coriolis Asset Management</h2></td></tr><tr><td><a href="https://www.linkedin.example.com/comm/jobs/view/3912?trk=eml">Fund Controller</a><br>Coriolis Asset Management · Luxembourg (Hybrid)<br><span style="color:#666">Applied on March 2, 2026</span></td></tr><tr><td style="font-size:11px;color:#888">This email was intended for Amélie Vandenbroucke-Diallo. <a href="https://www.linkedin.example.com/unsub">Unsubscribe</a></td></tr></table></body></html>"""),
    M("application_received", "de_eingangsbestaetigung", "de",
      "SAP SuccessFactors <noreply@successfactors.example.eu>", "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Vandenbroucke-Diallo,

vielen Dank für Ihre Bewerbung als Senior Controller ESG (m/w/d) bei der Westfalen Chemie Gruppe.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Aufgrund der hohen Anzahl an Bewerbungen bitten wir um etwas Geduld.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Westfalen Chemie Gruppe
""", company="Westfalen Chemie Gruppe", cte="quoted-printable"),
    M("application_received", "de_stepstone_weitergeleitet", "de",
      "StepStone <noreply@stepstone.example.de>", "Ihre Bewerbung wurde erfolgreich versendet",
      """Hallo Amélie,

Ihre Bewerbung für die Stelle "Finanzbuchhalter/in mit Schwerpunkt Konzernabschluss" bei Hafenkontor Logistik wurde erfolgreich an das Unternehmen übermittelt.

Viel Erfolg!
Ihr StepStone Team
""", company="Hafenkontor Logistik"),
    M("application_received", "es_acuse_recibo", "es",
      "Talento Banco Levante <talento@bancolevante.example.es>", "Hemos recibido tu candidatura",
      """Hola Amélie,

¡Gracias por tu interés en Banco Levante! Hemos recibido correctamente tu candidatura para la posición de Controller de Riesgos (Madrid/remoto).

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al alto volumen de candidaturas no podemos responder individualmente a cada persona.

Un saludo,
Equipo de Talento
Banco Levante
""", company="Banco Levante", contact="talento@bancolevante.example.es", cte="quoted-printable"),
    M("application_received", "es_infojobs_formal", "es",
      "Fundación Horizonte Social <rrhh@fhorizonte.example.org>", "Recepción de candidatura - Responsable Financiero",
      """Estimada Sra. Vandenbroucke-Diallo:

Por medio de la presente le confirmamos la recepción de su candidatura para el puesto de Responsable Financiero/a de proyectos europeos.

El proceso de preselección se llevará a cabo durante las próximas semanas. Le informaremos de su resultado por esta misma vía.

Atentamente,
Recursos Humanos
Fundación Horizonte Social
""", company="Fundación Horizonte Social", contact="rrhh@fhorizonte.example.org", charset="iso-8859-1", cte="8bit"),
]
