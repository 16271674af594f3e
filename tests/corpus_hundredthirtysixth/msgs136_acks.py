"""Application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs136_common import greenhouse, pdf, personio, smartrecruiters, taleo, teamtailor, workday

MESSAGES: list[dict] = []


def add(**fields: object) -> None:
    MESSAGES.append(fields)


ACK = "application_received"
OFFER = "offer"

# =========================================================================== acknowledgements, French

add(
    kind=ACK, slug="workday_facilia_recue", company="Facilia Services", contact="", lang="fr",
    frm=("Facilia Services Talent Acquisition", "facilia@myworkday.com"),
    subject="Nous avons bien reçu votre candidature – R-04417",
    date="2026-01-12 21:48 +0000",
    cte="qp",
    html=workday("facilia", "Facilia Services", """
<p>Bonjour Hugo,</p>
<p>Merci d'avoir postulé chez Facilia Services ! Nous confirmons la bonne réception de votre candidature pour le poste suivant :</p>
<p style="background:#f4f8fc;border-left:3px solid #005cb9;padding:10px 14px"><b>Gestionnaire technique de site</b><br>R-04417 · Bruxelles – Saint-Gilles · Temps plein</p>
<p>Notre équipe examine chaque dossier avec attention. Vous pouvez suivre l'avancement de votre candidature à tout moment dans votre <a href="https://facilia.wd3.myworkday.com/fr-BE/FaciliaCareers/userHome" style="color:#005cb9">espace candidat</a>.</p>
<p>À bientôt,<br>L'équipe Talent Acquisition</p>
""", """Facilia Services SA · Avenue de la Porte de Hal 41, 1060 Saint-Gilles<br>Ce message est envoyé automatiquement ; merci de ne pas y répondre. <a href="https://facilia.wd3.myworkday.com/fr-BE/FaciliaCareers/privacy" style="color:#888888">Confidentialité</a>"""),
)

add(
    kind=ACK, slug="chu_auto_quatre_semaines", company="CHU Sambre-Meuse", contact="", lang="fr",
    frm=("CHU Sambre-Meuse - Recrutement", "recrutement-noreply@chu-sambremeuse.example.be"),
    subject="Accusé de réception - LOG-26-04",
    date="2026-01-19 07:02 +0100",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Madame, Monsieur,

Nous accusons bonne réception de votre candidature pour le poste de Coordinateur logistique et technique (réf. LOG-26-04) et vous remercions de l'intérêt que vous portez au CHU Sambre-Meuse.

Votre dossier sera examiné par le service recruteur dans les prochaines semaines. Compte tenu du nombre important de candidatures que nous recevons, nous ne sommes malheureusement pas en mesure de répondre personnellement à chaque candidat. Si vous n'avez reçu aucune nouvelle de notre part dans un délai de quatre semaines, vous pouvez considérer que votre candidature n'a pas été retenue.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le service Recrutement & sélection
CHU Sambre-Meuse

Ceci est un message automatique. Merci de ne pas répondre à cette adresse.
""",
)

add(
    kind=ACK, slug="jobboard_jobswallonie_transmise", company="Meuse Facility Partners", contact="", lang="fr",
    frm=("JobsWallonie", "candidatures@mail.jobswallonie.example.be"),
    subject="Votre candidature a été envoyée à Meuse Facility Partners",
    date="2026-02-20 20:14 +0100",
    cte="base64",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>JobsWallonie</title></head>
<body style="margin:0;background:#eef2f0">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef2f0"><tr><td align="center" style="padding:20px 6px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#2e3a34">
<tr><td style="background:#d4222a;padding:14px 24px"><img src="https://static.jobswallonie.example.be/mail/logo-blanc.png" alt="JobsWallonie" height="28"></td></tr>
<tr><td style="padding:26px 24px 6px 24px;font-size:20px;font-weight:bold">C'est envoyé ! ✔</td></tr>
<tr><td style="padding:6px 24px 20px 24px;font-size:14px;line-height:21px">
Bonjour Hugo,<br><br>
Ta candidature pour <b>Technicien de maintenance bâtiments (H/F/X)</b> chez <b>Meuse Facility Partners</b> (Jambes) a bien été transmise à l'employeur le 20/02/2026 à 20:13.<br><br>
L'employeur prendra directement contact avec toi si ton profil l'intéresse. En attendant, voici ce que tu peux faire :
<ul>
<li><a href="https://click.jobswallonie.example.be/c/ab12?u=/mes-candidatures" style="color:#d4222a">Suivre mes candidatures</a></li>
<li><a href="https://click.jobswallonie.example.be/c/ab13?u=/cv" style="color:#d4222a">Mettre mon CV à jour</a></li>
<li><a href="https://click.jobswallonie.example.be/c/ab14?u=/offres?q=maintenance&amp;l=Namur" style="color:#d4222a">Voir 37 offres similaires près de Namur</a></li>
</ul>
</td></tr>
<tr><td style="padding:16px 24px;background:#f6f6f6;font-size:11px;color:#888">Tu reçois cet e-mail car tu as postulé via JobsWallonie. JobsWallonie SRL, rue de Namur 5, 1300 Wavre.<br><a href="https://click.jobswallonie.example.be/unsub?t=hmd77" style="color:#888">Se désabonner des confirmations</a></td></tr>
</table></td></tr></table>
<img src="https://click.jobswallonie.example.be/o/hmd77.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind=ACK, slug="smartrecruiters_oreade_recue", company="Oréade Facility Management", contact="", lang="fr",
    frm=("Oréade Facility Management", "noreply@smartrecruiters.com"),
    subject="Merci pour votre candidature – Responsable maintenance multisite",
    date="2026-03-24 06:31 +0100",
    alt=True, cte="qp",
    html=smartrecruiters("Oréade Facility Management", """
  <p>Bonjour Hugo,</p>
  <p>Nous vous remercions pour votre candidature au poste de <strong>Responsable maintenance multisite</strong> (Lesquin, CDI).</p>
  <p>Elle a bien été enregistrée et sera étudiée par notre équipe recrutement. Si votre profil correspond à nos attentes, nous vous contacterons pour un premier échange téléphonique.</p>
  <p>Bonne journée,<br>L'équipe Recrutement d'Oréade Facility Management</p>
""", "Oréade Facility Management SAS – 12 rue des Saules, 59810 Lesquin", "hs11Pa0x2", "Gérer mes préférences de communication"),
)

add(
    kind=ACK, slug="universite_accuse_reception", company="Université Mosane", contact="", lang="fr",
    frm=("Université Mosane - Emplois", "emplois-noreply@umosane.example.be"),
    subject="Accusé de réception de votre candidature (ATP-2026-031)",
    date="2026-04-07 12:00 +0200",
    charset="iso-8859-1", cte="8bit", header_charset="iso-8859-1",
    body="""Bonjour,

Votre candidature à l'offre d'emploi ATP-2026-031 "Technicien des bâtiments (H/F/X) - Service du patrimoine immobilier" a bien été enregistrée le 07/04/2026 à 11:59.

Numéro de dossier : 2026-031-0047

Les candidatures seront examinées après la date de clôture de l'appel (24/04/2026). Les candidats retenus pour la suite de la procédure seront contactés par la cellule recrutement.

Ceci est un message automatique, merci de ne pas y répondre.

Université Mosane - Administration des ressources humaines
""",
)

add(
    kind=ACK, slug="commune_accuse_dossier_complet", company="Ville de Sambreval", contact="selection@sambreval.example.be", lang="fr",
    frm=("Ville de Sambreval - Service GRH", "selection@sambreval.example.be"),
    subject="Accusé de réception - candidature Agent technique en chef (D7)",
    date="2026-08-17 14:40 +0200",
    cte="qp",
    body="""Monsieur,

Nous accusons réception de votre candidature pour l'emploi d'agent technique en chef (D7), reçue le 14 août 2026.

Votre dossier est complet (lettre de motivation, CV, copie du diplôme, extrait de casier judiciaire modèle 1). Il sera soumis au Collège communal qui arrêtera la liste des candidats admis aux épreuves.

Les épreuves de sélection sont prévues dans la seconde quinzaine de septembre ; une convocation vous sera adressée par courriel.

Pour toute question, vous pouvez répondre à ce courriel.

Service de la Gestion des Ressources Humaines
Ville de Sambreval
""",
)

add(
    kind=ACK, slug="teamtailor_klyma_bien_recue", company="Klyma", contact="", lang="fr",
    frm=("Klyma", "notifications@teamtailor-mail.com"),
    subject="On a bien reçu ta candidature !",
    date="2026-03-02 23:07 +0100",
    cte="qp",
    html=teamtailor("Klyma", "#00a37a", """
<p>Hello Hugo 🌱</p>
<p>Merci d'avoir postulé pour le rôle de <b>Building Operations Specialist</b> chez Klyma !</p>
<p>On lit toutes les candidatures nous-mêmes (pas de robot, promis). Tu auras de nos nouvelles d'ici deux semaines maximum, quelle que soit la réponse.</p>
<p>En attendant, tu peux découvrir <a href="https://careers.klyma.example.be/blog/une-journee-chez-un-client" style="color:#00a37a">à quoi ressemble une journée chez un de nos clients</a>.</p>
<p>À bientôt,<br>L'équipe Klyma</p>
""", "careers.klyma.example.be", "kl-0a9b4c"),
)

add(
    kind=ACK, slug="taleo_seules_retenues_contactees", company="Habitat Lillois Gestion", contact="", lang="fr",
    frm=("Habitat Lillois Gestion - Recrutement", "hlgestion@taleo.net"),
    subject="Confirmation de candidature – Gardien-régisseur (réf. 2600418)",
    date="2026-05-18 19:26 +0200",
    charset="windows-1252", cte="8bit",
    html=taleo("""
<P>Bonjour Hugo Marchetti-Diallo,</P>
<P>Nous vous remercions d'avoir postulé au poste de <B>Gardien-régisseur (réf. 2600418)</B>.</P>
<P>Votre candidature a bien été transmise à notre Direction des Ressources Humaines. En raison du très grand nombre de candidatures reçues, seules les personnes dont le profil aura été retenu seront contactées. Sans réponse de notre part dans un délai d'un mois, vous pourrez considérer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.</P>
<P>Vous pouvez à tout moment consulter le statut de votre candidature dans votre <A href="https://hlgestion.taleo.net/careersection/2/mysubmissions.ftl?lang=fr">espace candidat</A>.</P>
<P>Cordialement,<BR>La Direction des Ressources Humaines<BR>Habitat Lillois Gestion</P>
""", "Habitat Lillois Gestion SAS – 27 boulevard de la Liberté – 59000 Lille. Merci de ne pas répondre à ce courriel.",
        "Ce courriel a été généré automatiquement par le système de recrutement d'Habitat Lillois Gestion."),
)

add(
    kind=ACK, slug="interim_axiome_spontanee", company="Axiome Intérim", contact="namur@axiome-interim.example.be", lang="fr",
    frm=("Axiome Intérim Namur", "namur@axiome-interim.example.be"),
    subject="Ton inscription chez Axiome Intérim",
    date="2026-04-29 10:33 +0200",
    cte="8bit",
    body="""Bonjour Hugo,

Merci pour ta candidature spontanée et pour ton passage à l'agence ce matin !

Ton CV et ton inscription sont bien enregistrés dans notre base (secteurs : logistique, maintenance, hôpitaux et maisons de repos). Un consultant va regarder les missions en cours et te recontactera dès qu'une offre correspond à ton profil.

N'oublie pas de nous envoyer une copie de ton permis de conduire et de ton certificat VCA quand tu l'auras, ça ouvre pas mal de portes.

À bientôt,
L'équipe Axiome Intérim Namur
Rue de Fer 27 – 5000 Namur – 081 24 90 10
""",
)

add(
    kind=ACK, slug="human_bien_recu_je_transmets", company="Vesta Property Management", contact="m.schmit@vesta-pm.example.lu", lang="fr",
    frm=("Mireille Schmit", "m.schmit@vesta-pm.example.lu"),
    subject="RE: Candidature - Technicien de maintenance (Luxembourg-Gare)",
    date="2026-05-21 08:52 +0200",
    irt="<CAD9b4Hp2QmZ@mail.gmail.com>",
    html_from_body="outlook",
    cte="qp",
    body="""Bonjour Monsieur Marchetti-Diallo,

Bien reçu, merci. Je transmets votre dossier à notre responsable technique, M. Weber, qui est en congé jusqu'au 26 mai. Je reviens vers vous d'ici deux semaines au plus tard.

Cordialement,

Mireille Schmit
Assistante RH
Vesta Property Management
12, avenue de la Gare · L-1610 Luxembourg
Tél. +352 49 77 31-20

De : Hugo Marchetti-Diallo <hugo.md@example.be>
Envoyé : mercredi 20 mai 2026 22:31
À : jobs@vesta-pm.example.lu
Objet : Candidature - Technicien de maintenance (Luxembourg-Gare)

Madame, Monsieur,
Veuillez trouver ci-joint ma candidature pour le poste de technicien de maintenance publié sur votre site...
""",
)

# =========================================================================== acknowledgements, English

add(
    kind=ACK, slug="greenhouse_thanks_for_applying", company="Maasgebouw Services", contact="", lang="en",
    frm=("Maasgebouw Services via Greenhouse", "no-reply@greenhouse-mail.io"),
    subject="Thanks for applying to Maasgebouw Services!",
    date="2026-02-09 07:44 +0100",
    cte="7bit",
    html=greenhouse("Maasgebouw Services", "https://s3.greenhouse-mail.io/logos/maasgebouw.png", """
<p>Hi Hugo,</p>
<p>Thank you for your application for the <strong>Facility Coordinator (Randwyck campus)</strong> role. We have received it and our team will review it carefully.</p>
<p>If your profile is a match, a member of our recruitment team will get in touch to discuss the next steps. In the meantime, you can learn more about life at Maasgebouw on our <a href="https://www.maasgebouw.example.nl/werken-bij">careers site</a>.</p>
<p>Best,<br>Maasgebouw Services Talent Team</p>
""", "mgs-77ab02d9"),
)

add(
    kind=ACK, slug="lever_four_weeks_unsuccessful", company="Beaulieu Real Estate Management", contact="", lang="en",
    frm=("Beaulieu Real Estate Management", "no-reply@hire.lever.co"),
    subject="We've received your application",
    date="2026-06-03 13:19 +0200",
    alt=True, cte="qp",
    html="""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#222;max-width:560px">
<p><img src="https://lever-client-logos.s3.amazonaws.com/beaulieu-rem.png" alt="Beaulieu Real Estate Management" height="36"></p>
<p>Hi Hugo,</p>
<p>Thank you for applying for the <b>Technical Property Manager</b> position at Beaulieu Real Estate Management. Your application has been received and will be reviewed by our team.</p>
<p>Because we receive a high volume of applications, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within four weeks, please consider your application unsuccessful on this occasion.</p>
<p>Thank you again for your interest in Beaulieu.</p>
<p>The Beaulieu Talent Team</p>
<p style="font-size:11px;color:#9a9a9a">Sent via Lever. <a href="https://hire.lever.co/candidate-privacy/beaulieu" style="color:#9a9a9a">Candidate privacy notice</a></p>
</div>
<img src="https://hire.lever.co/email/open/0c73d1e4.gif" width="1" height="1" alt="">
""",
)

add(
    kind=ACK, slug="taleo_reference_registered_england", company="Caldwell & Rowe Facilities", contact="", lang="en",
    frm=("Caldwell & Rowe Facilities", "caldwellrowe@taleo.net"),
    subject="Application received - Site Engineer (Lille) - 2600781",
    date="2026-08-03 23:51 +0100",
    charset="windows-1252", cte="qp",
    html=taleo("""
<P>Dear Hugo,</P>
<P>Thank you for your interest in Caldwell &amp; Rowe Facilities.</P>
<P>This is to confirm that we have received your application for the position of <B>Site Engineer (Lille)</B>, requisition number 2600781.</P>
<P>Our resourcing team will review your application against the requirements of the role and will be in touch regarding the next stage. You can track the status of your application at any time via <A href="https://caldwellrowe.taleo.net/careersection/ext/mysubmissions.ftl">My Submissions</A>.</P>
<P>Kind regards,<BR>Resourcing Team<BR>Caldwell &amp; Rowe Facilities</P>
""", "Caldwell &amp; Rowe Facilities Ltd · Registered in England No 02618440 · 1 Kingsway, London WC2B 6AN.",
        "This is an automated message from the Caldwell &amp; Rowe recruitment system. Please do not reply to this e-mail."),
)

add(
    kind=ACK, slug="platform_werknl_sent_to_employer", company="Heuvelland Ziekenhuis", contact="", lang="en",
    frm=("WerkNL", "noreply@werknl.example.nl"),
    subject="Your application has been sent to Heuvelland Ziekenhuis",
    date="2026-03-23 18:06 +0100",
    cte="qp",
    html="""<html><body style="margin:0;background:#f3f3f3;font-family:Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:20px 26px;border-bottom:1px solid #eee"><img src="https://cdn.werknl.example.nl/email/werknl-logo.png" alt="WerkNL" height="26"></td></tr>
<tr><td style="padding:22px 26px;font-size:14px;line-height:21px;color:#333">
<p style="font-size:18px;margin-top:0"><b>Application sent</b></p>
<p>Hi Hugo,</p>
<p>Your application for <b>Facility Services Coordinator</b> at <b>Heuvelland Ziekenhuis</b> (Maastricht) was successfully delivered to the employer, including your CV <i>CV_Hugo_Marchetti-Diallo_EN.pdf</i>.</p>
<p>What happens next? The employer reviews applications directly. If they want to move forward, they will contact you by e-mail or phone.</p>
<p><a href="https://t.werknl.example.nl/r/?id=h8d2,a71,1" style="background:#ff7a00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">View my applications</a></p>
<p style="font-size:13px;color:#666">Similar jobs: <a href="https://t.werknl.example.nl/r/?id=h8d2,a72,1" style="color:#ff7a00">Technical Service Employee – Sittard</a> · <a href="https://t.werknl.example.nl/r/?id=h8d2,a73,1" style="color:#ff7a00">Facility Assistant – Heerlen</a></p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#999;border-top:1px solid #eee">WerkNL B.V. · Stationsplein 9, 6221 BT Maastricht · <a href="https://t.werknl.example.nl/unsubscribe?u=hmd" style="color:#999">Unsubscribe</a> · <a href="https://www.werknl.example.nl/privacy" style="color:#999">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://t.werknl.example.nl/o/h8d2.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind=ACK, slug="workable_luxprop_received", company="Luxprop Asset Services", contact="", lang="en",
    frm=("Luxprop Asset Services", "noreply@candidates.workablemail.com"),
    subject="Thanks for your application to Luxprop Asset Services",
    date="2026-01-28 16:12 +0100",
    cte="7bit",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f5f7f9;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e3e8ee;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#3d4852">
<tr><td style="padding:26px 30px 0 30px"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/luxprop/logo.png" alt="Luxprop" height="32"></td></tr>
<tr><td style="padding:20px 30px">
<p>Hi Hugo,</p>
<p>Thanks for your open application to Luxprop Asset Services. We have received your CV and cover letter.</p>
<p>Our People team reviews open applications every quarter. We will let you know either way once your application has been reviewed.</p>
<p>Best regards,<br>Luxprop Asset Services – People team</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#9aa5b1;border-top:1px solid #eef1f4">This email was sent by Workable on behalf of Luxprop Asset Services. Please do not reply directly to this email. · <a href="https://apply.workable.com/luxprop/privacy" style="color:#9aa5b1">Privacy notice</a></td></tr>
</table></td></tr></table>
<img src="https://email.workable.com/o/eJx1kLsOwjAMRX8lyg.gif" width="1" height="1" alt="" />
</body></html>
""",
)

# =========================================================================== acknowledgements, German

add(
    kind=ACK, slug="personio_eingangsbestaetigung", company="Kappa Gebäudemanagement", contact="", lang="de",
    frm=("Kappa Gebäudemanagement GmbH", "no-reply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung als Objektleiter (m/w/d)",
    date="2026-03-16 20:37 +0100",
    alt=True, cte="base64",
    html=personio("Kappa Gebäudemanagement", """
<p>Sehr geehrter Herr Marchetti-Diallo,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Objektleiter (m/w/d)</b> am Standort Aachen und das damit verbundene Interesse an unserem Unternehmen.</p>
<p>Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Kappa Gebäudemanagement</p>
""", "Kappa Gebäudemanagement GmbH · Jülicher Straße 215 · 52070 Aachen · Geschäftsführer: Dirk Kappa, Sabine Thönnissen · Amtsgericht Aachen HRB 18842 · Diese E-Mail wurde automatisch erstellt.", "kp7q2x05"),
)

add(
    kind=ACK, slug="klinikverbund_bitte_keine_rueckfragen", company="Klinikverbund Rur-Eifel", contact="", lang="de",
    frm=("Klinikverbund Rur-Eifel - Bewerbermanagement", "bewerbung-noreply@kv-rureifel.example.de"),
    subject="Ihre Bewerbung ist bei uns eingegangen",
    date="2026-06-08 06:15 +0200",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Sehr geehrter Herr Marchetti-Diallo,

wir bestätigen den Eingang Ihrer Bewerbung für die Position

Leitung Hol- und Bringedienst / Haustechnik (m/w/d), Kennziffer KV-2026-118

Ihre Unterlagen werden nun von der Personalabteilung und dem zuständigen Fachbereich gesichtet. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann, und sehen Sie von telefonischen Rückfragen ab.

Mit freundlichen Grüßen
Ihr Bewerbermanagement
Klinikverbund Rur-Eifel gGmbH

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""",
)

add(
    kind=ACK, slug="softgarden_sechs_wochen", company="Fachhochschule Aachen-Eifel", contact="", lang="de",
    frm=("Fachhochschule Aachen-Eifel", "noreply@softgarden.io"),
    subject="Eingangsbestätigung: Technische/r Mitarbeiter/in Gebäudemanagement (Kennziffer 2026-07)",
    date="2026-02-02 09:20 +0100",
    cte="qp",
    html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;font-family:Arial,Helvetica,sans-serif">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="color:#2d2d2d;font-size:14px;line-height:21px">
<tr><td style="padding:24px 0 12px 0;border-bottom:2px solid #0069b4"><img src="https://fh-aachen-eifel.softgarden.io/assets/logo.png" alt="Fachhochschule Aachen-Eifel"></td></tr>
<tr><td style="padding:20px 0">
<p>Sehr geehrter Herr Marchetti-Diallo,</p>
<p>vielen Dank für Ihre Bewerbung auf die Stelle „Technische/r Mitarbeiter/in Gebäudemanagement“ (Kennziffer 2026-07). Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
<p>Nach Ende der Bewerbungsfrist am 27. Februar wird die Auswahlkommission alle Bewerbungen sichten. Bitte beachten Sie: Aufgrund der hohen Zahl an Bewerbungen können wir nicht jede Bewerbung einzeln beantworten. Sollten Sie innerhalb von sechs Wochen nach Fristende nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Wahl gekommen.</p>
<p>Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://fh-aachen-eifel.softgarden.io/de/applicant/login" style="color:#0069b4">Bewerberkonto</a> einsehen.</p>
<p>Mit freundlichen Grüßen<br>Dezernat Personal</p>
</td></tr>
<tr><td style="padding:12px 0;border-top:1px solid #ddd;font-size:11px;color:#888">Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table>
<img src="https://tracking.softgarden.io/open/19bd4e.png" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind=ACK, slug="jobboard_jobfeld_an_raumwerk", company="Raumwerk", contact="", lang="de",
    frm=("Jobfeld", "bewerbung@jobfeld.example.de"),
    subject="Deine Bewerbung bei Raumwerk wurde versendet",
    date="2026-05-04 08:12 +0200",
    mid="<20260504.71f2d@jobfeld.example.de>",
    cte="qp",
    body="""Hallo Hugo,

deine Bewerbung als „Customer Success Engineer (m/w/d)“ bei Raumwerk in Aachen wurde erfolgreich versendet.

Was jetzt passiert:
1. Raumwerk prüft deine Unterlagen.
2. Wenn dein Profil passt, meldet sich das Unternehmen direkt bei dir.
3. Den Status siehst du jederzeit unter "Meine Bewerbungen": https://www.jobfeld.example.de/konto/bewerbungen

Übrigens: 12 neue Jobs als Haustechniker in Aachen warten auf dich -> https://www.jobfeld.example.de/jobs/haustechniker/aachen

Viel Erfolg!
Dein Jobfeld-Team

--
Jobfeld GmbH, Mediapark 5, 50670 Köln · Handelsregister: HRB 88120, Amtsgericht Köln
E-Mail-Benachrichtigungen abbestellen: https://www.jobfeld.example.de/abmelden?u=hmd
""",
    headers={"List-Unsubscribe": "<https://www.jobfeld.example.de/abmelden?u=hmd>"},
)

# =========================================================================== acknowledgements, Spanish

add(
    kind=ACK, slug="smartrecruiters_servimant_recibida", company="Servimant Integral", contact="", lang="es",
    frm=("Servimant Integral", "noreply@smartrecruiters.com"),
    subject="Hemos recibido tu candidatura",
    date="2026-04-13 15:46 +0200",
    alt=True, cte="qp",
    html=smartrecruiters("Servimant Integral", """
  <p>Hola Hugo:</p>
  <p>¡Gracias por presentar tu candidatura a <strong>Responsable de Mantenimiento – Luxemburgo</strong>!</p>
  <p>Nuestro equipo de selección revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para una primera entrevista.</p>
  <p>Un saludo,<br>Equipo de Selección · Servimant Integral</p>
""", "Servimant Integral S.L. · Calle de Alcalá 265, 28027 Madrid", "sv00Mf41c", "Gestionar mis preferencias"),
)

add(
    kind=ACK, slug="agency_talento_cv_recibido", company="Edifica Iberia Group", contact="lucia.moreno@talentoiberica.example.com", lang="es",
    frm=("Lucía Moreno", "lucia.moreno@talentoiberica.example.com"),
    subject="Recibido: su CV para Jefe de Mantenimiento (Bruselas)",
    date="2026-08-05 09:27 +0200",
    charset="iso-8859-1", cte="8bit", header_charset="iso-8859-1",
    body="""Estimado Sr. Marchetti-Diallo:

Le confirmo que hemos recibido su currículum para el puesto de Jefe de Mantenimiento que gestionamos en exclusiva para Edifica Iberia Group en su nueva sede de Bruselas.

Estamos revisando los perfiles esta semana. Si su candidatura avanza, le llamaré para una breve entrevista telefónica previa a la presentación al cliente.

Atentamente,

Lucía Moreno
Consultora Senior | Talento Ibérica Selección
Paseo de la Castellana 141, 28046 Madrid
""",
)

# =========================================================================== offers

add(
    kind=OFFER, slug="meuse_fp_written_offer_pdf", company="Meuse Facility Partners", contact="j.maes@meuse-fp.example.be", lang="fr",
    frm=("Julie Maes", "j.maes@meuse-fp.example.be"),
    subject="Proposition d'engagement – Technicien de maintenance bâtiments",
    date="2026-03-30 15:20 +0200",
    cte="qp",
    body="""Bonjour Hugo,

Suite à vos entretiens avec Olivier Dethier et moi-même, j'ai le plaisir de vous faire parvenir notre proposition d'engagement pour le poste de technicien de maintenance bâtiments (site de Jambes).

Vous trouverez en pièce jointe le détail de l'offre : contrat à durée indéterminée, temps plein (38h/semaine), salaire brut mensuel de 3.050 €, chèques-repas de 8 €, voiture de service pour les interventions et téléphone. La date d'entrée souhaitée est le 4 mai 2026.

Nous vous laissons jusqu'au vendredi 10 avril pour nous communiquer votre décision. Je reste bien entendu disponible pour toute question.

Au plaisir de vous compter bientôt parmi nous,

Julie Maes
RH – Meuse Facility Partners
Rue Mazy 25 – 5100 Jambes
081 30 72 15
""",
    attach=[pdf(filename="Proposition_engagement_H_Marchetti-Diallo.pdf", title="Meuse Facility Partners - Proposition d'engagement",
                 lines=["Fonction : Technicien de maintenance batiments", "Contrat : CDI, temps plein (38h/semaine)",
                        "Salaire brut mensuel : 3.050 EUR", "Avantages : cheques-repas 8 EUR, vehicule de service, GSM",
                        "Date d'entree souhaitee : 4 mai 2026", "Reponse attendue avant le 10 avril 2026"])],
)

add(
    kind=OFFER, slug="chu_verbal_offer_confirmed", company="CHU Sambre-Meuse", contact="v.gilson@chu-sambremeuse.example.be", lang="fr",
    frm=("Virginie Gilson", "v.gilson@chu-sambremeuse.example.be"),
    subject="Confirmation – Coordinateur logistique et technique",
    date="2026-02-27 11:40 +0100",
    charset="windows-1252", cte="8bit",
    body="""Bonjour Hugo,

Suite à notre conversation téléphonique de ce matin, j’ai le plaisir de vous confirmer par écrit que la direction a retenu votre candidature pour le poste de coordinateur logistique et technique (réf. LOG-26-04).

Pour rappel, les conditions dont nous avons parlé :
– passage de votre contrat actuel vers la fonction de coordinateur au 1er avril 2026 ;
– barème 1.55 de la CP 330, avec reprise intégrale de votre ancienneté ;
– horaire de jour, avec une garde de week-end par mois.

Votre avenant au contrat de travail sera prêt à la signature la semaine prochaine ; je vous contacterai pour fixer un rendez-vous au service du personnel.

Encore toutes mes félicitations !

Virginie Gilson
Gestionnaire RH – Recrutement & sélection
CHU Sambre-Meuse
""",
)

add(
    kind=OFFER, slug="vesta_conditional_offer", company="Vesta Property Management", contact="p.weber@vesta-pm.example.lu", lang="fr",
    frm=("Paul Weber", "p.weber@vesta-pm.example.lu"),
    cc=[("Mireille Schmit", "m.schmit@vesta-pm.example.lu")],
    subject="Offre d'emploi – Technicien de maintenance (sous conditions)",
    date="2026-06-11 17:05 +0200",
    cte="base64",
    body="""Bonjour Monsieur Marchetti-Diallo,

Merci encore pour l'entretien de mardi et pour la visite des immeubles de la rue de Strasbourg.

Je suis heureux de vous proposer le poste de technicien de maintenance au sein de Vesta Property Management, en CDI, pour un salaire annuel brut de 48.500 €, avec une entrée en fonction au 1er septembre 2026.

Cette offre est conditionnelle à :
1. la réception de deux références professionnelles (dont votre supérieur actuel au CHU) ;
2. un extrait de casier judiciaire luxembourgeois (bulletin n° 3) et belge de moins de trois mois ;
3. l'examen médical d'embauche auprès du Service de santé au travail.

Dès réception de ces éléments, Mme Schmit vous enverra le contrat de travail à signer. Pourriez-vous nous donner une première réponse d'ici le 19 juin ?

Bien cordialement,

Paul Weber
Responsable technique
Vesta Property Management
12, avenue de la Gare · L-1610 Luxembourg
""",
)

add(
    kind=OFFER, slug="interim_contrat_a_signer", company="Constructions Lambiotte", contact="sarah@jobado.example.be", lang="fr",
    frm=("Sarah - Jobado Intérim", "sarah@jobado.example.be"),
    subject="🎉 Ton contrat Lambiotte est prêt à signer",
    date="2026-02-13 13:02 +0100",
    alt=True, cte="qp",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:0 0 12px 0"><img src="https://www.jobado.example.be/mail/jobado-logo.png" alt="Jobado Intérim" height="40"></td></tr></table>
<p>Hello Hugo !!</p>
<p>Constructions Lambiotte t'a choisi pour le poste de <b>magasinier-gestionnaire de parc matériel</b> à Gosselies !!! Bravo 👏👏</p>
<p>Ton contrat d'intérim (mission de 3 mois avec possibilité d'engagement fixe chez Lambiotte ensuite) est prêt. Tu peux le lire et le signer en ligne en 2 minutes :</p>
<p><a href="https://sign.jobado.example.be/c/9f31ad?utm_source=mail&amp;utm_campaign=contrat" style="background:#ff6b00;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:bold">SIGNER MON CONTRAT</a></p>
<p><b>Début :</b> lundi 2 mars 2026, 7h00, dépôt de Gosselies<br><b>Horaire :</b> 7h00 – 15h30<br><b>Salaire :</b> 16,42 €/h brut + prime d'équipe</p>
<p>Signe avant mercredi stp, sinon je ne peux pas faire la Dimona 😉</p>
<p>Sarah<br>Jobado Intérim Charleroi</p>
<p style="font-size:11px;color:#999">Jobado Intérim SA – agréée W.INT.243 – Boulevard Tirou 96, 6000 Charleroi</p>
<img src="https://sign.jobado.example.be/o/9f31ad.gif" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind=OFFER, slug="startup_domotys_dans_equipe", company="Domotys", contact="maxime@domotys.example.be", lang="fr",
    frm=("Maxime Gérard", "maxime@domotys.example.be"),
    subject="On aimerait t'avoir dans l'équipe !",
    date="2026-10-14 19:12 +0200",
    cte="8bit",
    body="""Salut Hugo,

Après notre café de lundi et ta demi-journée avec Loïc sur le chantier de l'école à Bouge, c'est un grand oui de notre côté : on aimerait t'avoir dans l'équipe !

Concrètement, on te propose :
- un CDI comme technicien installation & maintenance, 4/5e ou temps plein, c'est toi qui vois ;
- 2.900 € brut en temps plein pour commencer, revu après 6 mois ;
- la camionnette, le téléphone, et la formation KNX payée par nous (session de janvier à Liège).

Je t'envoie le contrat dès que tu me dis ok. Prends le temps d'en parler chez toi, réponds-moi d'ici la fin de la semaine prochaine si possible.

Maxime
Domotys – 0475 90 13 27
""",
)

add(
    kind=OFFER, slug="hospital_offer_letter_pdf_en", company="Heuvelland Ziekenhuis", contact="l.debruijn@hzmaastricht.example.nl", lang="en",
    frm=("Lotte de Bruijn", "l.debruijn@hzmaastricht.example.nl"),
    subject="Offer of employment - Facility Services Coordinator",
    date="2026-04-30 14:08 +0200",
    cte="qp",
    body="""Dear Hugo,

It is my great pleasure to offer you the position of Facility Services Coordinator at Heuvelland Ziekenhuis.

Please find attached our formal offer letter with the terms of employment: a one-year contract (36 hours per week) with the intention of a permanent contract afterwards, salary scale FWG 50 under the Collective Labour Agreement for Hospitals, a relocation allowance and a proposed start date of 1 July 2026.

Could you let me know by 12 May whether you accept? If you have any questions about the terms, or about working in the Netherlands as a Belgian resident, I'm happy to set up a call with our payroll team.

We very much look forward to welcoming you.

Kind regards,

Lotte de Bruijn
Recruitment Advisor
Heuvelland Ziekenhuis | Maastricht
""",
    attach=[pdf(filename="Offer_letter_Marchetti-Diallo_FSC.pdf", title="Heuvelland Ziekenhuis - Offer of employment",
                 lines=["Position: Facility Services Coordinator", "Hours: 36 per week", "Contract: 12 months, intention of permanent contract",
                        "Salary: scale FWG 50, Collective Labour Agreement for Hospitals", "Relocation allowance: EUR 1,500 gross",
                        "Proposed start date: 1 July 2026", "Please reply by 12 May 2026"])],
)

add(
    kind=OFFER, slug="contract_to_sign_pdf_en", company="Brightwell Campus Services", contact="r.oconnell@brightwell.example.com", lang="en",
    frm=("Rachel O'Connell", "r.oconnell@brightwell.example.com"),
    subject="Your contract - Building Operations Assistant",
    date="2026-08-26 10:30 +0200",
    cte="base64",
    body="""Hi Hugo,

Further to our call yesterday and your verbal acceptance, I'm delighted to send you your contract of employment for the Building Operations Assistant role at our Maastricht campus.

Please review it, sign the last page and send it back to me by Friday 4 September. Once we have it, our onboarding team will be in touch about your ID badge, your health and safety induction and your first week.

Welcome aboard - the whole team is looking forward to working with you.

Best wishes,
Rachel

Rachel O'Connell
HR Business Partner - Benelux
Brightwell Campus Services
Brightwell Campus Services Ltd - Registered in England No 05521907
""",
    attach=[pdf(filename="Contract_of_employment_HMD.pdf", title="Brightwell Campus Services - Contract of employment",
                 lines=["Employee: Hugo Marchetti-Diallo", "Role: Building Operations Assistant, Maastricht campus",
                        "Start date: 1 October 2026", "Probation: 2 months", "Hours: 38 per week, rota incl. one weekend in four",
                        "Signature: ______________________   Date: __________"])],
)

add(
    kind=OFFER, slug="klinikverbund_zusage", company="Klinikverbund Rur-Eifel", contact="b.wirtz@kv-rureifel.example.de", lang="de",
    frm=("Wirtz, Bernd", "b.wirtz@kv-rureifel.example.de"),
    subject="Zusage - Leitung Hol- und Bringedienst / Haustechnik",
    date="2026-07-27 11:16 +0200",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Sehr geehrter Herr Marchetti-Diallo,

wir freuen uns, Ihnen nach dem Gespräch am 21. Juli mitteilen zu können, dass wir Ihnen die Stelle als Leitung Hol- und Bringedienst / Haustechnik anbieten möchten.

Die wesentlichen Eckpunkte:
- Beginn: 1. Oktober 2026
- Vollzeit (38,5 Stunden/Woche), unbefristet nach sechsmonatiger Probezeit
- Vergütung nach TVöD-K, Entgeltgruppe 8
- Betriebliche Altersvorsorge (ZVK) und Jobticket

Den Arbeitsvertrag senden wir Ihnen zu, sobald Sie uns Ihre Zusage gegeben haben. Wir bitten um Ihre Rückmeldung bis zum 7. August 2026.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Bernd Wirtz
Personalabteilung
Klinikverbund Rur-Eifel gGmbH
""",
)

add(
    kind=OFFER, slug="vertragsangebot_pdf_bedingt", company="Eifel Facility Service", contact="s.mertens@eifel-fs.example.de", lang="de",
    frm=("Sandra Mertens", "s.mertens@eifel-fs.example.de"),
    subject="Ihr Arbeitsvertrag – Objektbetreuer Aachen-Süd",
    date="2026-10-12 16:44 +0200",
    cte="qp",
    body="""Guten Tag Herr Marchetti-Diallo,

wie am Telefon besprochen, erhalten Sie anbei Ihren Arbeitsvertrag als Objektbetreuer (m/w/d) für unsere Liegenschaften in Aachen-Süd in zweifacher Ausfertigung.

Der Vertrag steht unter dem Vorbehalt eines erweiterten Führungszeugnisses, das Sie bitte bis zum Arbeitsbeginn am 2. November nachreichen. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 23. Oktober zurück – gerne eingescannt per E-Mail.

Herzlich willkommen im Team!

Sandra Mertens
Personal & Lohn
Eifel Facility Service GmbH & Co. KG
Monschauer Straße 40 · 52076 Aachen
Tel. 0241 566 10-30
Sitz Aachen, Registergericht Aachen HRA 6120 · Komplementärin: Eifel Facility Verwaltungs GmbH · Geschäftsführer: Klaus Eschweiler
""",
    attach=[pdf(filename="Arbeitsvertrag_Marchetti-Diallo.pdf", title="Eifel Facility Service - Arbeitsvertrag",
                 lines=["Arbeitnehmer: Hugo Marchetti-Diallo", "Taetigkeit: Objektbetreuer (m/w/d), Aachen-Sued",
                        "Beginn: 2. November 2026", "Arbeitszeit: 40 Stunden/Woche", "Probezeit: 6 Monate",
                        "Vorbehalt: erweitertes Fuehrungszeugnis"])],
)

add(
    kind=OFFER, slug="mantenia_oferta_es", company="Mantenia Servicios Generales", contact="beatriz.quintana@mantenia.example.com", lang="es",
    frm=("Beatriz Quintana", "beatriz.quintana@mantenia.example.com"),
    subject="Oferta de empleo – Jefe de Equipo de Mantenimiento (Luxemburgo)",
    date="2026-10-20 12:55 +0200",
    cte="base64",
    body="""Hola Hugo:

Después de las dos entrevistas con Rafael y conmigo, nos alegra mucho ofrecerte el puesto de Jefe de Equipo de Mantenimiento para el contrato del hospital que gestionamos en Luxemburgo.

Las condiciones que te proponemos son:
- Contrato indefinido luxemburgués, jornada completa (40 h semanales)
- Salario bruto anual de 52.000 €, en 13 pagas
- Incorporación: 1 de diciembre de 2026
- Teléfono y vehículo de empresa para las guardias

En cuanto nos confirmes que aceptas, te enviaremos el contrato para firmar electrónicamente. ¿Podrías darnos una respuesta antes del 28 de octubre?

Un abrazo y enhorabuena,

Beatriz Quintana
Directora de Personas | Mantenia Servicios Generales
Avenida de Burgos 12, 28036 Madrid · +34 913 84 22 07
""",
)
