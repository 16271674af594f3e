"""Application-received messages and offers of the ninety-seventh corpus, written one by one."""

from __future__ import annotations

from msgs97_common import ats_table

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

# ------------------------------------------------------------------ application_received (21)

# 1. Workday receipt, HTML only.
add(
    kind="application_received", scenario="workday_thank_you", company="Nordhaven Bank", contact="",
    lang="en",
    sender=("Nordhaven Bank", "nordhaven@myworkday.com"),
    subject="Thank you for applying to Nordhaven Bank", date="2026-02-09 21:04", tz="+0000",
    structure="html", cte="quoted-printable",
    html=ats_table(
        logo="https://wd3.myworkday.com/nordhaven/assets/logo-nordhaven.png",
        logo_alt="Nordhaven Bank", accent="#00546e",
        pixel="https://wd3.myworkday.com/nordhaven/email/open?e=1ab2c3d4e5&amp;t=1",
        body="""<p>Dear Inès,</p>
<p>Thank you for applying for <b>Privacy Counsel (R-20417)</b>. We have received your application and our Talent Acquisition team will review it shortly.</p>
<p>You can follow the status of your application at any time in your <a href="https://wd3.myworkday.com/nordhaven/d/redirect?u=status&amp;cid=77f0" style="color:#00546e;">candidate home</a>.</p>
<p>Thank you for considering a career with Nordhaven Bank.</p>
<p>Kind regards,<br>Talent Acquisition<br>Nordhaven Bank</p>""",
        footer="""Nordhaven Bank N.V. &middot; Gustav Mahlerplein 90 &middot; 1082 MA Amsterdam<br>
This message was sent from an unmonitored mailbox.""",
    ),
)

# 2. EU agency: "we cannot reply to every applicant individually".
add(
    kind="application_received", scenario="eu_agency_high_volume", company="European Data Resilience Agency",
    contact="", lang="en",
    sender=("EDRA e-Recruitment", "erecruitment-noreply@edra.example.lu"),
    subject="Acknowledgement of receipt - EDRA/TA/AD7/2026/04", date="2026-04-03 17:31",
    structure="plain", cte="7bit",
    text="""Dear applicant,

This is to confirm that your application for the selection procedure EDRA/TA/AD7/2026/04 - Legal Officer (Data Protection) has been successfully submitted.

Application number: 2026-04-00871
Submitted on: 03/04/2026 17:29 (CET)

Due to the high number of applications we expect, we cannot reply to every applicant individually during the screening phase. Only candidates invited to the next stage will be contacted by the Selection Board. The progress of the procedure is published on the careers page.

Please quote your application number in any correspondence.

EDRA Human Resources Unit

This is an automatically generated message. Please do not reply.
""",
)

# 3. iCIMS: "if you have not heard from us within 4 weeks, please consider your application
#    unsuccessful" – still only a receipt.
add(
    kind="application_received", scenario="icims_four_weeks", company="Sterling Harbour Insurance",
    contact="", lang="en",
    sender=("Sterling Harbour Careers", "careers-noreply@icims.com"),
    subject="Application received - Regulatory Counsel, EU Privacy", date="2026-03-06 12:17",
    tz="+0000", structure="html", cte="quoted-printable",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222;">
<table width="620" cellspacing="0" cellpadding="0" align="center">
<tr><td style="padding:12px 0;border-bottom:2px solid #0d2c54;"><img src="https://careers-sterlingharbour.icims.com/images/sh_logo.png" alt="Sterling Harbour Insurance" width="190"></td></tr>
<tr><td style="padding:20px 4px;">
<p>Dear Inès,</p>
<p>Thank you for your application for <b>Regulatory Counsel, EU Privacy</b> (Job ID 2026-4471), Amsterdam.</p>
<p>Our recruitment team will review your application carefully. Because of the number of applications we receive, we are not able to respond to everyone personally. If you have not heard from us within 4 weeks, please consider your application unsuccessful on this occasion.</p>
<p>In the meantime, you can <a href="https://click.icims.com/wf/click?upn=sh-portal-4471">log in to your candidate portal</a> to update your details.</p>
<p>Best wishes,<br>The Sterling Harbour Talent Team</p>
</td></tr>
<tr><td style="padding:14px 4px;border-top:1px solid #ddd;font-size:11px;color:#777;">Sterling Harbour Insurance plc. Registered in England No 04512876. Please do not reply to this email.</td></tr>
</table>
<img src="https://click.icims.com/wf/open?upn=9QrT2" width="1" height="1" alt="">
</body></html>
""",
)

# 4. A job platform confirms the application was sent to the employer it names.
add(
    kind="application_received", scenario="platform_sent_to_employer", company="Hogeschool Amstelland",
    contact="", lang="en",
    sender=("LegalJobs Europe", "applications@notify.legaljobs-europe.example.com"),
    subject="Your application has been sent to Hogeschool Amstelland", date="2026-03-01 10:55",
    structure="html", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#eef2f6;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;">
<tr><td style="background:#13315c;padding:14px 24px;"><img src="https://cdn.legaljobs-europe.example.com/mail/logo-white.png" alt="LegalJobs Europe" height="28"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:21px;">
<p>Hi Inès,</p>
<p>Good luck! Your application for <b>Privacy Officer (0.8 FTE)</b> has been sent to <b>Hogeschool Amstelland</b>, Amsterdam.</p>
<table style="border:1px solid #e1e6ec;width:100%;font-size:13px;" cellpadding="8">
<tr><td>CV</td><td>CV_Ines_Vandermeulen-Osei_EN.pdf</td></tr>
<tr><td>Cover letter</td><td>Included</td></tr>
<tr><td>Sent</td><td>1 March 2026, 10:54</td></tr>
</table>
<p>The employer will contact you directly if they would like to take your application further.</p>
<p><a href="https://click.legaljobs-europe.example.com/c/eyJ1IjoiYXBwbGljYXRpb25zIn0" style="color:#1b5fb0;">Track your applications</a> &middot; <a href="https://click.legaljobs-europe.example.com/c/eyJ1Ijoic2ltaWxhciJ9" style="color:#1b5fb0;">See 14 similar jobs</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;background:#f7f9fb;">LegalJobs Europe B.V., Amsterdam. You receive this email because you applied through LegalJobs Europe. <a href="https://click.legaljobs-europe.example.com/unsubscribe?u=ines">Email preferences</a></td></tr>
</table></td></tr></table>
<img src="https://open.legaljobs-europe.example.com/o/ZmE3.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 5. Ashby receipt from a start-up, casual tone, multipart/alternative.
add(
    kind="application_received", scenario="ashby_got_it", company="Quillfeather", contact="",
    lang="en",
    sender=("Quillfeather", "no-reply@ashbyhq.com"),
    subject="We got your application! 🎉", date="2026-03-08 23:12", tz="+0000",
    structure="alt", cte="quoted-printable",
    text="""Hi Inès,

Thanks for applying to be our first Privacy Lead! A real human (probably Ruben) reads every application, usually within a week.

While you wait, here's our privacy manifesto: https://quillfeather.example.nl/manifesto

– The Quillfeather team
""",
    html="""<div style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#111;">
<p>Hi Inès,</p>
<p>Thanks for applying to be our first <b>Privacy Lead</b>! A real human (probably Ruben) reads every application, usually within a week.</p>
<p>While you wait, here's our <a href="https://quillfeather.example.nl/manifesto">privacy manifesto</a>.</p>
<p>– The Quillfeather team</p>
<p style="font-size:11px;color:#999;">Sent with Ashby</p>
</div>
""",
)

# 6. Lever receipt, plain text.
add(
    kind="application_received", scenario="lever_receipt_plain", company="Kestrel Advisory", contact="",
    lang="en",
    sender=("Kestrel Advisory", "no-reply@hire.lever.co"),
    to=[("", "ines.vo@example.be")],
    subject="Thanks for applying to Kestrel Advisory", date="2026-01-29 08:40", tz="+0000",
    structure="plain", cte="7bit",
    text="""Hi Ines,

Thank you for your interest in Kestrel Advisory! We have received your application for Data Protection Manager and will be in touch if your qualifications match our needs.

Best,
Kestrel Advisory People Team

--
Sent by Lever. This inbox is not monitored.
""",
)

# 7. SmartRecruiters receipt in French, HTML only.
add(
    kind="application_received", scenario="smartrecruiters_accuse", company="Assurances Mosanes",
    contact="", lang="fr",
    sender=("Assurances Mosanes", "noreply@smartrecruiters.com"),
    subject="Nous avons bien reçu votre candidature", date="2026-02-16 13:44",
    structure="html", cte="base64",
    html=ats_table(
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f2a/mosanes.png",
        logo_alt="Assurances Mosanes", accent="#b3122e",
        pixel="https://t.smartrecruiters.com/e/o/bW9zYW5lczI.gif",
        body="""<p>Bonjour Inès,</p>
<p>Merci d'avoir postulé au poste de <b>Compliance Officer (H/F)</b> à Namur. Votre candidature a bien été transmise à notre équipe Talent &amp; Culture.</p>
<p>Nous étudions chaque dossier avec attention et reviendrons vers vous dans les meilleurs délais.</p>
<p>À bientôt,<br>Assurances Mosanes</p>""",
        footer="""Assurances Mosanes SA &ndash; Rue de Fer 12, 5000 Namur.<br>
<a href="https://jobs.smartrecruiters.com/unsubscribe?token=c2b81e" style="color:#888;">Se désinscrire</a>""",
    ),
)

# 8. A role mailbox that says not to reply: no contact.
add(
    kind="application_received", scenario="boite_role_ne_pas_repondre", company="Telnova", contact="",
    lang="fr",
    sender=("Telnova – Recrutement", "recrutement@telnova.example.be"),
    subject="Accusé de réception – réf. TN-2026-031", date="2026-01-19 08:02",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Madame,

Nous accusons bonne réception de votre candidature pour le poste de Juriste Privacy (réf. TN-2026-031) et vous remercions de l’intérêt que vous portez à Telnova.

Votre dossier sera examiné par notre équipe dans les prochaines semaines. Nous vous recontacterons si votre profil correspond à nos attentes.

Ce message est envoyé automatiquement : merci de ne pas y répondre.

L’équipe Talent Acquisition
Telnova
""",
)

# 9. Taleo in French: "faute de réponse sous 4 semaines" – still only a receipt.
add(
    kind="application_received", scenario="taleo_quatre_semaines", company="Crédit Ardennais Luxembourg",
    contact="", lang="fr",
    sender=("Crédit Ardennais Luxembourg – Ressources humaines", "noreply@taleo.net"),
    subject="Confirmation de candidature – Poste 2600412", date="2026-03-13 19:26",
    structure="html", charset="iso-8859-1", header_charset="utf-8", cte="quoted-printable",
    html="""<html><body>
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td style="font-family:Tahoma,Arial;font-size:12px;">
<img src="https://cal.taleo.net/careersection/theme/cal/logo.gif" alt="Crédit Ardennais Luxembourg"><br><br>
Madame Vandermeulen-Osei,<br><br>
Nous vous confirmons la bonne réception de votre candidature pour le poste de Juriste Protection des données (réf. 2600412).<br><br>
Votre dossier sera étudié avec la plus grande attention. Faute de réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.<br><br>
Vous pouvez suivre l'avancement de votre dossier sur notre <a href="https://cal.taleo.net/careersection/2/mysubmissions.ftl?lang=fr">espace candidat</a>.<br><br>
Direction des Ressources humaines<br>
Crédit Ardennais Luxembourg<br><br>
<span style="font-size:10px;color:#777777;">Crédit Ardennais Luxembourg S.A. - R.C.S. Luxembourg B 12345 - Message automatique, merci de ne pas y répondre.</span>
</td></tr></table>
<img src="https://cal.taleo.net/careersection/pixel.gif?s=2600412" width="1" height="1" alt="">
</body></html>
""",
)

# 10. A Belgian job board: application transmitted to the hospital it names.
add(
    kind="application_received", scenario="job_board_transmise", company="Cliniques universitaires Saint-Remacle",
    contact="", lang="fr",
    sender=("Carrièrenet", "candidatures@mail.carrierenet.example.be"),
    subject="Votre candidature a bien été transmise", date="2026-05-04 07:58",
    structure="html", cte="quoted-printable",
    html="""<html><body style="background:#f0f0f0;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Verdana,sans-serif;font-size:13px;color:#333;">
<tr><td style="padding:16px 22px;border-bottom:1px solid #eee;"><img src="https://img.carrierenet.example.be/mail/logo.png" alt="Carrièrenet" height="30"></td></tr>
<tr><td style="padding:22px;">
<p>Bonjour Inès,</p>
<p>Votre candidature pour l'offre <b>Juriste – conseillère en protection des données (H/F/X)</b> a bien été transmise à <b>Cliniques universitaires Saint-Remacle</b> (Woluwe-Saint-Lambert).</p>
<p>L'employeur prendra directement contact avec vous s'il souhaite donner suite.</p>
<p style="margin:22px 0;"><a href="https://trk.carrierenet.example.be/c?u=mes-candidatures&amp;id=551" style="background:#e2001a;color:#fff;padding:10px 16px;text-decoration:none;">Voir mes candidatures</a></p>
<p>Offres similaires : <a href="https://trk.carrierenet.example.be/c?u=offre&amp;id=9912">DPO – Mutualité (Bruxelles)</a> · <a href="https://trk.carrierenet.example.be/c?u=offre&amp;id=9930">Compliance officer – Banque (Liège)</a></p>
</td></tr>
<tr><td style="padding:14px 22px;background:#fafafa;font-size:10px;color:#999;">Carrièrenet SRL – Bruxelles. <a href="https://trk.carrierenet.example.be/c?u=desinscription">Se désinscrire</a> · <a href="https://www.carrierenet.example.be/vie-privee">Vie privée</a></td></tr>
</table></td></tr></table>
<img src="https://trk.carrierenet.example.be/o.gif?m=77a1" width="1" height="1" alt="">
</body></html>
""",
)

# 11. A university HR officer acknowledges by hand.
add(
    kind="application_received", scenario="universite_accuse_main", company="Université Charlemagne",
    contact="i.vanhecke@univ-charlemagne.example.be", lang="fr",
    sender=("Isabelle Van Hecke", "i.vanhecke@univ-charlemagne.example.be"),
    subject="RE: Candidature UC-ADM-2026-12", date="2026-02-23 11:12",
    structure="plain", cte="quoted-printable",
    in_reply_to="<CAJ1w5nRr2=ines.uc@mail.example.be>",
    text="""Madame,

Nous accusons réception de votre candidature pour le poste de Délégué(e) à la protection des données et vous en remercions. Votre dossier est complet.

Le jury se réunira début mars pour la présélection ; les candidat(e)s retenu(e)s pour un entretien seront contacté(e)s dans la semaine du 9 mars.

Bien cordialement,

Isabelle Van Hecke
Administration des ressources humaines – Recrutement
Université Charlemagne
Avenue Franklin Roosevelt 58 – 1050 Bruxelles
""",
)

# 12. SuccessFactors, Swiss French receipt, HTML only.
add(
    kind="application_received", scenario="successfactors_confirmation", company="Orbicom Suisse",
    contact="", lang="fr",
    sender=("Orbicom Suisse Talent Acquisition", "orbicom-noreply@successfactors.eu"),
    subject="Merci pour votre candidature", date="2026-04-07 22:48",
    structure="html", cte="quoted-printable",
    html="""<table width="600" style="font-family:Arial;font-size:13px;"><tr><td>
<img src="https://career5.successfactors.eu/companyLogo?company=orbicomP" alt="Orbicom Suisse" width="140"><br><br>
<p>Chère Madame,</p>
<p>Nous vous remercions pour votre candidature au poste de <b>Legal Counsel Data Protection (80-100 %)</b>.</p>
<p>Votre dossier a été enregistré et sera examiné par le service RH et le responsable hiérarchique. Nous vous communiquerons notre décision dans les prochaines semaines.</p>
<p>Meilleures salutations,<br>Orbicom Suisse – Talent Acquisition</p>
<p style="font-size:10px;color:#999;">Message généré automatiquement. <a href="https://career5.successfactors.eu/career?company=orbicomP&amp;loginFlowRequired=true">Accéder à mon profil</a></p>
</td></tr></table>
<img src="https://career5.successfactors.eu/px?c=orbicomP&amp;m=31" width="1" height="1" alt="">
""",
)

# 13. BambooHR receipt from the family firm.
add(
    kind="application_received", scenario="bamboohr_bien_recu", company="Verhaegen & Fils", contact="",
    lang="fr",
    sender=("Verhaegen & Fils", "notifications@app.bamboohr.com"),
    to=[("", "ines.vo@example.be")],
    subject="Candidature reçue – Responsable conformité", date="2026-05-18 16:30",
    structure="html", cte="8bit",
    html="""<html><body style="font-family:Georgia,serif;color:#3b2a1a;">
<img src="https://verhaegen.bamboohr.com/logos/verhaegen-fils.png" alt="Verhaegen &amp; Fils" width="200">
<p>Madame,</p>
<p>Nous avons bien reçu votre candidature pour le poste de Responsable conformité &amp; protection des données et nous vous en remercions.</p>
<p>Géraldine Verhaegen l'examinera personnellement dans les jours qui viennent.</p>
<p>Cordialement,<br>Verhaegen &amp; Fils</p>
<p style="font-size:10px;color:#a08f7a;">Envoyé via BambooHR. Merci de ne pas répondre à ce message.</p>
</body></html>
""",
)

# 14. Teamtailor, tutoiement and emoji from a start-up.
add(
    kind="application_received", scenario="teamtailor_ta_candidature", company="Panier malin", contact="",
    lang="fr",
    sender=("Panier malin", "no-reply@teamtailor-mail.com"),
    subject="On a bien reçu ta candidature 🎉", date="2026-07-24 14:03",
    structure="html", cte="quoted-printable",
    html="""<!doctype html><html><body style="margin:0;background:#fff9e6;">
<div style="max-width:540px;margin:0 auto;padding:30px 22px;font-family:'Trebuchet MS',Arial,sans-serif;color:#2b2b2b;">
<img src="https://assets.teamtailor-cdn.com/panier-malin/logo.png" alt="Panier malin" style="height:44px;">
<h2 style="color:#2f9e44;">Merci Inès !</h2>
<p>Ta candidature pour le poste de <b>Legal &amp; Privacy Lead</b> est bien arrivée chez nous. 🛒</p>
<p>Chloé (notre CEO) lit toutes les candidatures elle-même. Tu auras un retour sous 10 jours, promis, quoi qu'il arrive.</p>
<p>En attendant, viens voir <a href="https://paniermalin.teamtailor.com/departments/equipe">à quoi ressemble l'équipe</a>.</p>
<p>À très vite,<br>La team Panier malin</p>
<p style="font-size:11px;color:#999;">Envoyé via Teamtailor · <a href="https://paniermalin.teamtailor.com/connect/unsubscribe?token=pm1">Se désinscrire</a></p>
</div>
<img src="https://trk.teamtailor-mail.com/o/p/cGFuaWVy.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 15. An NGO coordinator acknowledges and gives the timeline.
add(
    kind="application_received", scenario="ong_bien_recu_calendrier", company="Ligue des droits numériques",
    contact="nour@liguedn.example.be", lang="fr",
    sender=("Nour El Amrani", "nour@liguedn.example.be"),
    subject="Re: Candidature juriste – chargée de plaidoyer", date="2026-05-06 18:40",
    structure="plain", cte="8bit",
    in_reply_to="<CAJ1w5nQq1=ines.ldn@mail.example.be>",
    text="""Bonjour Inès,

Bien reçu, merci ! On clôture les candidatures le 15 mai et on fera les premiers entretiens la semaine du 25. Je reviens vers vous d'ici là, quelle que soit la réponse.

Bonne soirée,
Nour

--
Nour El Amrani
Coordinatrice – Ligue des droits numériques asbl
""",
)

# 16. A hospital's mailbox: "nous ne pouvons répondre individuellement"; no reply address.
add(
    kind="application_received", scenario="hopital_pas_de_reponse_individuelle", company="Groupe hospitalier Flandre-Lys",
    contact="", lang="fr",
    sender=("GHFL - Recrutement", "recrutement@ghfl.example.fr"),
    subject="Accuse de reception de votre candidature", date="2026-05-11 09:20",
    structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Délégué(e) à la protection des données (DPO) et vous remercions de l'intérêt que vous portez au Groupe hospitalier Flandre-Lys.

Compte tenu du nombre important de candidatures, nous ne pouvons répondre individuellement à chacune d'entre elles. Sans réponse de notre part dans un délai d'un mois, vous pourrez considérer que votre candidature n'a pas été retenue.

Ce message est généré automatiquement, merci de ne pas y répondre.

Direction des ressources humaines
Groupe hospitalier Flandre-Lys
""",
)

# 17. Personio receipt in German, HTML only.
add(
    kind="application_received", scenario="personio_eingang", company="Rheinfeld Versicherung",
    contact="", lang="de",
    sender=("Rheinfeld Versicherung Recruiting", "no-reply@rheinfeld-versicherung.jobs.personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-02-26 10:14",
    structure="html", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="580" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5;" align="center">
<tr><td style="padding:18px 28px;background:#0b3d2e;"><img src="https://rheinfeld-versicherung.jobs.personio.de/logo.png" alt="Rheinfeld Versicherung" height="36"></td></tr>
<tr><td style="padding:24px 28px;line-height:1.5;">
<p>Sehr geehrte Frau Vandermeulen-Osei,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Datenschutzjurist (m/w/d)</b>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Rheinfeld Versicherung</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f7f7f7;font-size:11px;color:#8a8a8a;">Rheinfeld Versicherung AG &middot; Amtsgericht Frankfurt am Main HRB 48213 &middot; <a href="https://rheinfeld-versicherung.jobs.personio.de/privacy-policy">Datenschutzhinweise</a></td></tr>
</table>
<img src="https://rheinfeld-versicherung.jobs.personio.de/t/open/1d2e3f.gif" width="1" height="1" alt="">
</body></html>
""",
)

# 18. A law-firm secretary confirms receipt by hand.
add(
    kind="application_received", scenario="sekretariat_bestaetigt", company="Hartmann Lenz",
    contact="k.brenner@hartmann-lenz.example.de", lang="de",
    sender=("Katja Brenner", "k.brenner@hartmann-lenz.example.de"),
    subject="AW: Bewerbung Counsel Datenschutz / IT-Recht", date="2026-03-04 08:26",
    structure="plain", charset="iso-8859-1", cte="8bit",
    in_reply_to="<AM0PR07MB6417E2A1@mail.example.be>",
    text="""Sehr geehrte Frau Vandermeulen-Osei,

im Auftrag von Herrn Dr. Hartmann bestätige ich den Eingang Ihrer Bewerbungsunterlagen. Herr Dr. Hartmann ist derzeit auf Reisen und wird sich nach seiner Rückkehr bei Ihnen melden.

Mit freundlichen Grüßen

Katja Brenner
Sekretariat Dr. Johannes Hartmann
Hartmann Lenz Rechtsanwälte
Taunusanlage 8 | 60329 Frankfurt am Main
T +49 69 5550 3300
""",
)

# 19. A regional job board confirms the application to the bank it names.
add(
    kind="application_received", scenario="jobboerse_bestaetigung", company="Bankhaus Falkenried",
    contact="", lang="de",
    sender=("Jobfinder Rhein-Main", "bewerbungen@mailing.jobfinder-rheinmain.example.de"),
    subject="Ihre Bewerbung wurde erfolgreich versendet", date="2026-01-22 20:11",
    structure="html", cte="quoted-printable",
    html="""<html><body style="background:#f3f3f3;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;">
<tr><td style="padding:14px 22px;background:#004f9f;"><img src="https://static.jobfinder-rheinmain.example.de/img/logo.png" alt="Jobfinder Rhein-Main" height="26"></td></tr>
<tr><td style="padding:22px;color:#333;">
<p>Hallo Inès Vandermeulen-Osei,</p>
<p>Ihre Bewerbung auf die Stelle <b>Referent Datenschutz (w/m/d)</b> bei <b>Bankhaus Falkenried</b> in Frankfurt am Main wurde erfolgreich an das Unternehmen übermittelt.</p>
<p>Das Unternehmen meldet sich direkt bei Ihnen. Den Status können Sie jederzeit in <a href="https://t.jobfinder-rheinmain.example.de/r?u=meine-bewerbungen">Meine Bewerbungen</a> einsehen.</p>
<p>Viel Erfolg!<br>Ihr Jobfinder-Team</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:10px;color:#999;">Jobfinder Rhein-Main GmbH · Hanauer Landstraße 126 · 60314 Frankfurt · Geschäftsführer: Jörg Stemmler · HRB 112233<br><a href="https://t.jobfinder-rheinmain.example.de/r?u=abmelden">Abmelden</a></td></tr>
</table>
<img src="https://t.jobfinder-rheinmain.example.de/o.gif?id=f41" width="1" height="1" alt="">
</body></html>
""",
)

# 20. Taleo in Spanish, "tú", HTML only.
add(
    kind="application_received", scenario="taleo_hemos_recibido", b_words=True, company="Banco Meridiano",
    contact="", lang="es",
    sender=("Banco Meridiano – Talento", "noreply@taleo.net"),
    subject="Hemos recibido tu candidatura", date="2026-03-02 09:35",
    structure="html", charset="windows-1252", cte="quoted-printable",
    html="""<html><body style="font-family:Arial;font-size:13px;color:#333;">
<img src="https://bancomeridiano.taleo.net/careersection/theme/bm/logo.png" alt="Banco Meridiano"><br><br>
<p>Hola, Inés:</p>
<p>Gracias por tu interés en formar parte de Banco Meridiano. Hemos recibido tu candidatura para la posición de <b>Técnico/a de Privacidad – Madrid</b> (ref. 26-0193).</p>
<p>Nuestro equipo de Talento revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.</p>
<p>Un saludo,<br>Dirección de Talento<br>Banco Meridiano</p>
<p style="font-size:10px;color:#888;">Banco Meridiano, S.A. – Paseo de Recoletos 12, 28001 Madrid. Este es un mensaje automático; por favor, no respondas a este correo.</p>
</body></html>
""",
)

# 21. A Spanish agency acknowledges a CV for its own pool, no client named.
add(
    kind="application_received", scenario="agencia_recibido_cv", company="Talenta Legal Search",
    contact="pablo.ortega@talentalegal.example.es", lang="es",
    sender=("Pablo Ortega | Talenta Legal", "pablo.ortega@talentalegal.example.es"),
    subject="RE: CV Inès Vandermeulen-Osei", date="2026-04-22 13:05",
    structure="plain", cte="quoted-printable",
    in_reply_to="<CAJ1w5nPp0=ines.talenta@mail.example.be>",
    text="""Estimada Inès:

Muchas gracias por enviarnos su currículum. Lo hemos incorporado a nuestra base de candidatos de Legal & Compliance.

Ahora mismo estamos gestionando dos procesos de DPO en Madrid que podrían encajar con su perfil; le contactaré en los próximos días para comentarlos con más detalle.

Un cordial saludo,

Pablo Ortega
Senior Manager | Legal & Compliance
Talenta Legal Search, S.L.
Paseo de la Castellana 93, 28046 Madrid
""",
)

# ------------------------------------------------------------------------------ offer (10)

# 1. A written offer with the offer letter as PDF, multipart/mixed.
add(
    kind="offer", scenario="offer_letter_pdf", company="Tessellate Labs",
    contact="maya@tessellate.example.nl", lang="en",
    sender=("Maya Lindqvist", "maya@tessellate.example.nl"),
    subject="Your offer from Tessellate Labs", date="2026-08-14 17:25",
    structure="mixed", cte="quoted-printable",
    text="""Hi Inès,

It's a pleasure to send you this: attached is your formal offer letter for the position of Head of Privacy & Data Governance at Tessellate Labs.

The headline terms, as discussed on the phone:
- Start date: 1 October 2026 (flexible)
- Base salary: EUR 112,000 gross per year, plus 8% holiday allowance
- Stock options: 0.35%, four-year vesting with a one-year cliff
- Hybrid, three days a week at Westerdok

The offer is valid until 28 August. If anything in it needs discussing, call me or just reply here.

We're really excited about the idea of you joining us.

Maya

Maya Lindqvist
COO, Tessellate Labs
+31 6 5551 2034
""",
    attachments=[("Tessellate_Labs_Offer_Letter_I_Vandermeulen-Osei.pdf", [
        "Tessellate Labs B.V. - Westerdok 14, Amsterdam",
        "Offer of employment - Head of Privacy & Data Governance",
        "Dear Ines Vandermeulen-Osei,",
        "We are pleased to offer you employment on the following terms:",
        "Start date: 1 October 2026. Base salary: EUR 112,000 gross per annum.",
        "This offer is valid until 28 August 2026.",
        "Maya Lindqvist, COO",
    ])],
)

# 2. The agency confirms the client's verbal offer in writing; client named.
add(
    kind="offer", scenario="verbal_offer_confirmed", company="Paylinq",
    contact="tom.ashworth@lexselect.example.com", lang="en",
    sender=("Tom Ashworth", "tom.ashworth@lexselect.example.com"),
    subject="Paylinq - offer!!", date="2026-07-03 15:48", tz="+0100",
    structure="plain", cte="8bit",
    text="""Ines!!

Following my call just now, I'm delighted to confirm in writing the verbal offer Paylinq made you: Privacy Counsel, Amsterdam, EUR 98k base + 10% bonus, 27 days' holiday, relocation support of EUR 7.5k. Start date to be agreed, they'd love September.

Dana will send the formal contract early next week once HR has drawn it up. In the meantime, could you let me know if you'd like me to push on anything (I think there's a little room on the base)?

Huge congratulations – very well deserved.

Tom

Tom Ashworth | Principal Consultant, In-house Legal | LexSelect Recruitment
M: +44 7700 900 412
""",
)

# 3. A conditional offer, subject to references and a Swiss work permit.
add(
    kind="offer", scenario="conditional_offer_permit", company="Institute for Digital Governance Studies",
    contact="a.ferreira@idgs-geneva.example.ch", lang="en",
    sender=("Ana Ferreira", "a.ferreira@idgs-geneva.example.ch"),
    subject="Offer of appointment – Data Protection Officer", date="2026-09-11 14:20",
    structure="alt", cte="quoted-printable",
    text="""Dear Ms Vandermeulen-Osei,

Further to your interview on 2 September, I am delighted to inform you that the Director has approved your appointment as Data Protection Officer (100%), starting on 1 December 2026 or on a date to be agreed.

This offer is conditional upon:
1. satisfactory references from two previous employers, and
2. the granting of an EU/EFTA residence and work permit (B permit) by the Canton of Geneva, which the Institute will apply for on your behalf.

Your annual gross salary will be CHF 128,400 (class 11, step 4), paid in 13 instalments. A contract will follow once both conditions are met.

Please confirm whether you accept this conditional offer by 25 September.

With kind regards,

Ana Ferreira
Human Resources Officer
Institute for Digital Governance Studies
""",
    html="""<div style="font-family:Georgia,serif;font-size:14px;">
<p>Dear Ms Vandermeulen-Osei,</p>
<p>Further to your interview on 2 September, I am delighted to inform you that the Director has approved your appointment as <b>Data Protection Officer (100%)</b>, starting on 1 December 2026 or on a date to be agreed.</p>
<p>This offer is conditional upon:</p>
<ol><li>satisfactory references from two previous employers, and</li>
<li>the granting of an EU/EFTA residence and work permit (B permit) by the Canton of Geneva, which the Institute will apply for on your behalf.</li></ol>
<p>Your annual gross salary will be CHF 128,400 (class 11, step 4), paid in 13 instalments. A contract will follow once both conditions are met.</p>
<p>Please confirm whether you accept this conditional offer by 25 September.</p>
<p>With kind regards,</p>
<p>Ana Ferreira<br>Human Resources Officer<br>Institute for Digital Governance Studies</p>
</div>
""",
)

# 4. A private bank's offer with the draft contract attached.
add(
    kind="offer", scenario="banque_contrat_pdf", company="Banque Lambermont & Cie",
    contact="o.delhoneux@lambermont.example.be", lang="fr",
    sender=("de Lhoneux Olivier", "o.delhoneux@lambermont.example.be"),
    subject="Proposition d'engagement – Privacy Counsel", date="2026-05-13 12:02",
    msgid="<20260513120200.odl@lambermont.example.be>",
    structure="mixed", charset="windows-1252", cte="quoted-printable",
    text="""Chère Madame,

À la suite de vos entretiens avec Madame Wauters et notre comité de direction, j’ai le plaisir de vous confirmer notre souhait de vous accueillir au sein de Banque Lambermont & Cie en qualité de Privacy Counsel.

Vous trouverez en annexe notre proposition de contrat de travail à durée indéterminée, qui reprend les conditions évoquées : rémunération annuelle brute de 96.000 €, 13e mois, voiture de société, assurance groupe et hospitalisation, et une entrée en fonction au 1er septembre 2026.

Je vous saurais gré de nous retourner le contrat signé, ou de me faire part de vos éventuelles remarques, d’ici au 27 mai.

Au plaisir de vous compter bientôt parmi nous,

Olivier de Lhoneux
Head of Human Resources
Banque Lambermont & Cie
""",
    attachments=[("Contrat_CDI_Privacy_Counsel_Vandermeulen-Osei.pdf", [
        "Banque Lambermont & Cie SA - Rue Royale 118, 1000 Bruxelles",
        "CONTRAT DE TRAVAIL D'EMPLOYE A DUREE INDETERMINEE",
        "Entre Banque Lambermont & Cie SA et Mme Ines Vandermeulen-Osei",
        "Fonction: Privacy Counsel - Entree en fonction: 1er septembre 2026",
        "Remuneration annuelle brute: 96.000 EUR",
        "Fait a Bruxelles, en deux exemplaires.",
    ])],
)

# 5. The NGO makes its offer by e-mail, with its pay scale.
add(
    kind="offer", scenario="ong_proposition", company="Ligue des droits numériques",
    contact="yannick@liguedn.example.be", lang="fr",
    sender=("Yannick Lejeune", "yannick@liguedn.example.be"),
    subject="Bonne nouvelle 🙂", date="2026-06-02 10:17",
    structure="plain", cte="quoted-printable",
    text="""Bonjour Inès,

Après notre deuxième rencontre avec le CA, c'est un grand oui : nous aimerions vous proposer le poste de juriste – chargée de plaidoyer à la Ligue !

Concrètement : CDI à 4/5e, barème de la commission paritaire 329.02 (échelon 4.1, ancienneté reconnue à 9 ans), soit environ 3.450 € bruts par mois pour le 4/5e, chèques-repas, abonnement STIB ou vélo, et télétravail deux jours par semaine. Démarrage idéalement le 1er septembre.

Je sais que ce n'est pas un salaire de cabinet d'avocats 🙂 Prenez le temps d'y réfléchir, et appelez-moi si vous avez des questions. On aimerait une réponse d'ici le 12 juin.

Au plaisir,

Yannick Lejeune
Coordinateur général
Ligue des droits numériques asbl
0470 55 62 18
""",
)

# 6. A conditional offer in Switzerland: criminal record extract and medical certificate.
add(
    kind="offer", scenario="offre_sous_reserve_casier", company="Caisse Lémanique de Prévoyance",
    contact="l.favre@clp-geneve.example.ch", lang="fr",
    sender=("Laurent Favre", "l.favre@clp-geneve.example.ch"),
    subject="Votre engagement à la CLP", date="2026-07-20 09:44",
    structure="alt", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous avons le plaisir de vous informer que la direction a décidé de retenir votre candidature pour le poste de Responsable conformité & protection des données.

Cette proposition d'engagement est faite sous réserve de la production d'un extrait de casier judiciaire récent (moins de trois mois) et d'un certificat médical d'aptitude, à nous faire parvenir d'ici au 7 août.

Conditions proposées : classe 18, annuité 6, soit un salaire annuel brut de CHF 142'380 versé en 13 mensualités ; entrée en fonction le 1er novembre 2026.

Dès réception des documents, nous vous adresserons le contrat de travail.

Avec nos meilleures salutations,

Laurent Favre
Ressources humaines
Caisse Lémanique de Prévoyance
Rue du Rhône 90, 1204 Genève
""",
    html="""<div style="font-family:Arial;font-size:13px;">
<p>Madame,</p>
<p>Nous avons le plaisir de vous informer que la direction a décidé de retenir votre candidature pour le poste de <b>Responsable conformité &amp; protection des données</b>.</p>
<p>Cette proposition d'engagement est faite <u>sous réserve</u> de la production d'un extrait de casier judiciaire récent (moins de trois mois) et d'un certificat médical d'aptitude, à nous faire parvenir d'ici au 7 août.</p>
<p>Conditions proposées : classe 18, annuité 6, soit un salaire annuel brut de CHF 142'380 versé en 13 mensualités ; entrée en fonction le 1er novembre 2026.</p>
<p>Dès réception des documents, nous vous adresserons le contrat de travail.</p>
<p>Avec nos meilleures salutations,</p>
<p>Laurent Favre<br>Ressources humaines<br>Caisse Lémanique de Prévoyance<br>Rue du Rhône 90, 1204 Genève</p>
</div>
""",
)

# 7. The public body's engagement proposal, documents to sign attached.
add(
    kind="offer", scenario="administration_documents_a_signer", company="Agence bruxelloise pour la simplification numérique",
    contact="n.goossens@absn.example.be", lang="fr",
    sender=("Nathalie Goossens", "n.goossens@absn.example.be"),
    subject="ABSN/2026/007 – Proposition d'engagement et documents à signer", date="2026-06-05 14:48",
    structure="mixed", cte="base64",
    text="""Madame,

Nous avons le plaisir de vous informer que vous êtes lauréate de la sélection comparative ABSN/2026/007 et classée première. Le fonctionnaire dirigeant a décidé de vous proposer un engagement contractuel à durée indéterminée en qualité de Conseillère juridique – Déléguée à la protection des données (A2), avec une entrée en fonction au 1er septembre 2026.

Vous trouverez en annexe :
- la proposition d'engagement reprenant votre échelle barémique (A2/1) et l'ancienneté valorisable ;
- le formulaire d'acceptation à nous renvoyer signé ;
- la liste des documents à fournir (extrait de casier judiciaire, copie du diplôme, attestations d'expérience).

Nous vous remercions de nous retourner le formulaire d'acceptation dans les dix jours ouvrables.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Nathalie Goossens
Attachée – Cellule Sélection & Recrutement
Agence bruxelloise pour la simplification numérique (ABSN)
""",
    attachments=[
        ("ABSN_2026_007_Proposition_engagement.pdf", [
            "Agence bruxelloise pour la simplification numerique",
            "Proposition d'engagement - selection ABSN/2026/007",
            "Mme Ines Vandermeulen-Osei - Conseillere juridique - DPO (A2)",
            "Contrat a duree indeterminee - entree en fonction le 1er septembre 2026",
            "Echelle A2/1 - anciennete valorisable: 9 ans",
        ]),
        ("Formulaire_acceptation_a_signer.pdf", [
            "Formulaire d'acceptation",
            "Je soussignee, Ines Vandermeulen-Osei, accepte la proposition d'engagement.",
            "Date et signature: ________________",
        ]),
    ],
)

# 8. An e-commerce brand's "promesse d'embauche", PDF attached, tutoiement.
add(
    kind="offer", scenario="promesse_embauche_pdf", company="Maisonnette",
    contact="camille.roux@maisonnette.example.fr", lang="fr",
    sender=("Camille Roux", "camille.roux@maisonnette.example.fr"),
    subject="Ta promesse d'embauche 🏡", date="2026-08-03 18:12",
    structure="mixed", cte="quoted-printable",
    text="""Hello Inès,

Comme Grégoire te l'a annoncé au téléphone tout à l'heure : on aimerait beaucoup que tu rejoignes Maisonnette en tant que Head of Legal & Privacy ! 🎉

Tu trouveras ci-joint ta promesse d'embauche : CDI cadre, forfait jours, 85 k€ bruts annuels + BSPCE, démarrage le 2 novembre 2026 à Paris.

Tu peux la signer électroniquement via le lien Yousign que tu vas recevoir, ou me la renvoyer scannée. Et si tu as la moindre question (relocation, mutuelle, télétravail…), je suis là.

Camille
Talent Acquisition – Maisonnette
Maisonnette (SAS Habitat Direct Distribution) – 58 rue de la Chaussée-d'Antin, 75009 Paris
""",
    attachments=[("Promesse_embauche_Maisonnette_IVO.pdf", [
        "SAS Habitat Direct Distribution (Maisonnette)",
        "58 rue de la Chaussee-d'Antin, 75009 Paris",
        "PROMESSE D'EMBAUCHE",
        "Poste: Head of Legal & Privacy - CDI cadre, forfait jours",
        "Remuneration: 85 000 EUR bruts annuels + BSPCE",
        "Date d'entree: 2 novembre 2026",
    ])],
)

# 9. German contract offer with the employment contract as PDF.
add(
    kind="offer", scenario="vertragsangebot_pdf", company="Mainzer Treuhand Consulting",
    contact="s.weidner@mainzer-treuhand.example.de", lang="de",
    sender=("Weidner, Stefan", "s.weidner@mainzer-treuhand.example.de"),
    subject="Vertragsangebot Managerin Data Protection & Privacy", date="2026-08-06 13:37",
    structure="mixed", charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Vandermeulen-Osei,

nach unseren Gesprächen freue ich mich sehr, Ihnen im Namen der Geschäftsführung die Position als Managerin Data Protection & Privacy in unserem Frankfurter Büro anzubieten.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wesentlichen Eckpunkte: Jahresbruttogehalt von EUR 105.000, variable Vergütung bis zu 15 %, 30 Urlaubstage, Dienstbeginn am 1. Oktober 2026, zwei Tage mobiles Arbeiten pro Woche (auch von Luxemburg aus).

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. August zurück.

Mit freundlichen Grüßen
Stefan Weidner

Stefan Weidner | Partner | Risk & Regulatory
Mainzer Treuhand Consulting GmbH | Neue Mainzer Straße 52 | 60311 Frankfurt am Main
Geschäftsführer: Stefan Weidner, Petra Lorenz-Kühn | Amtsgericht Frankfurt am Main HRB 10455
""",
    attachments=[("Arbeitsvertrag_Vandermeulen-Osei_MTC.pdf", [
        "Mainzer Treuhand Consulting GmbH",
        "ARBEITSVERTRAG",
        "zwischen der Mainzer Treuhand Consulting GmbH und Frau Ines Vandermeulen-Osei",
        "Position: Managerin Data Protection & Privacy - Beginn: 1. Oktober 2026",
        "Jahresbruttogehalt: EUR 105.000",
        "Frankfurt am Main, den 6. August 2026",
    ])],
)

# 10. A conditional offer from a Madrid insurer.
add(
    kind="offer", scenario="oferta_condicionada", b_words=True, company="Seguros Alcázar",
    contact="marta.gil@segurosalcazar.example.es", lang="es",
    sender=("Marta Gil Ferrándiz", "marta.gil@segurosalcazar.example.es"),
    subject="Oferta de empleo – Responsable de Protección de Datos", date="2026-08-20 11:03",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    text="""Estimada Sra. Vandermeulen-Osei:

Nos complace comunicarle que, tras el proceso de selección, Seguros Alcázar desea ofrecerle el puesto de Responsable de Protección de Datos en nuestra sede de Madrid.

Las condiciones propuestas son: contrato indefinido, retribución fija de 78.000 € brutos anuales más un variable de hasta el 12 %, seguro médico y plan de pensiones, con incorporación el 1 de octubre de 2026.

La oferta queda condicionada a la verificación de sus referencias profesionales y a la presentación de la homologación de su título de Derecho, según lo comentado en la entrevista.

Le rogamos que nos confirme su aceptación antes del 31 de agosto.

Reciba un cordial saludo,

Marta Gil Ferrándiz
Técnico de Selección – Dirección de Personas
Seguros Alcázar
""",
)
