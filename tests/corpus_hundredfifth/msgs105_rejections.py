"""Rejections of the hundred-and-fifth corpus, written one by one (32 messages)."""

from __future__ import annotations

from msgs105_common import quote

MESSAGES: list[dict] = []
add = MESSAGES.append

# 1 -- Workday, HTML only, no-reply, soft wording "plus étroitement"
add({
    "kind": "rejection", "scenario": "workday_soft", "company": "Banque Mosane de Crédit", "contact": "", "lang": "fr",
    "frm": ("Banque Mosane Talent Acquisition", "banquemosane@myworkday.com"),
    "subject": "Votre candidature – Chargé·e d'affaires publiques (R-2026-0142)",
    "date": "2026-02-17 07:42 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Banque Mosane de Crédit</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #0b4f6c;"><img src="https://wd3.myworkday.com/banquemosane/img/logo_bmc.png" alt="Banque Mosane de Crédit" width="180" height="42" style="display:block;border:0;"></td></tr>
<tr><td style="padding:28px 32px;line-height:1.6;">
<p style="margin:0 0 14px 0;">Madame Okonkwo-Lefebvre,</p>
<p style="margin:0 0 14px 0;">Nous vous remercions de l'intérêt que vous portez à la Banque Mosane de Crédit et du temps consacré à votre candidature au poste de <strong>Chargé·e d'affaires publiques et relations institutionnelles</strong> (réf. R-2026-0142).</p>
<p style="margin:0 0 14px 0;">Après examen attentif de l'ensemble des dossiers reçus, nous avons décidé de poursuivre le processus avec des candidat·e·s dont l'expérience correspond plus étroitement aux exigences du poste, notamment en matière de réglementation bancaire.</p>
<p style="margin:0 0 14px 0;">Cette décision ne remet pas en cause la qualité de votre parcours. Nous vous invitons à consulter régulièrement nos offres et à créer une alerte emploi sur notre <a href="https://wd3.myworkday.com/banquemosane/d/inst/1$9925/9925$3481.htmld" style="color:#0b4f6c;">site carrières</a>.</p>
<p style="margin:0 0 14px 0;">Nous vous souhaitons plein succès dans vos recherches.</p>
<p style="margin:0;">Cordialement,<br>L'équipe Talent Acquisition<br>Banque Mosane de Crédit SA</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f7f7f7;font-size:11px;color:#888888;line-height:1.4;">
Ce message a été envoyé automatiquement depuis une adresse qui n'accepte pas les réponses.<br>
Banque Mosane de Crédit SA – Boulevard d'Avroy 112, 4000 Liège – RPM Liège 0412.345.678<br>
Vos données sont traitées conformément à notre <a href="https://www.banquemosane.example.be/vie-privee" style="color:#888888;">politique de confidentialité</a>.
</td></tr>
</table>
<img src="https://wd3.myworkday.com/banquemosane/t/open.gif?e=MOL2026x142" width="1" height="1" alt="" style="display:none;">
</td></tr></table>
</body></html>""",
})

# 2 -- Greenhouse after a first interview, Reply-To the recruiter
add({
    "kind": "rejection", "scenario": "greenhouse_after_interview", "company": "Atrium Strategies",
    "contact": "hannah.deprez@atriumstrategies.example.be", "lang": "en",
    "frm": ("Atrium Strategies via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Hannah Deprez", "hannah.deprez@atriumstrategies.example.be"),
    "subject": "Your application to Atrium Strategies",
    "date": "2026-03-12 16:05 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

Thank you again for taking the time to speak with Bart and me last Thursday about the Senior Consultant, EU Affairs role. We really enjoyed hearing about the Liège mobility campaign and how you handled the regional press.

After a lot of discussion we've decided to move forward with another candidate whose background in energy and climate files is closer to what the client portfolio needs right now. It was a close call, and I wanted you to hear it from me rather than through silence.

If it's useful, I'm happy to share a bit more feedback over a short call - just reply to this email.

All the best,
Hannah

Hannah Deprez
Talent Partner | Atrium Strategies
Rue Belliard 40, 1040 Brussels
""",
    "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#222">
<p>Hi Mathilde,</p>
<p>Thank you again for taking the time to speak with Bart and me last Thursday about the Senior Consultant, EU Affairs role. We really enjoyed hearing about the Liège mobility campaign and how you handled the regional press.</p>
<p>After a lot of discussion we've decided to move forward with another candidate whose background in energy and climate files is closer to what the client portfolio needs right now. It was a close call, and I wanted you to hear it from me rather than through silence.</p>
<p>If it's useful, I'm happy to share a bit more feedback over a short call - just reply to this email.</p>
<p>All the best,<br>Hannah</p>
<p style="color:#666;font-size:12px">Hannah Deprez<br>Talent Partner | Atrium Strategies<br>Rue Belliard 40, 1040 Brussels</p>
</div>
<img src="https://greenhouse-mail.io/o/eJx1jL0OgjAYAF_la1xqtVb2a2.gif" width="1" height="1" alt="">""",
})

# 3 -- one terse line from the hiring manager's phone, Gmail chain with her application
add({
    "kind": "rejection", "scenario": "one_line_terse", "company": "Fédération des Entreprises Mosanes",
    "contact": "jp.halleux@fedmosane.example.be", "lang": "fr",
    "frm": ("Jean-Pierre Halleux", "jp.halleux@fedmosane.example.be"),
    "subject": "Re: Candidature – Conseillère affaires publiques",
    "date": "2026-01-28 21:47 +0100", "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour, ce ne sera pas pour cette fois, nous avons retenu quelqu'un d'autre. Bonne continuation. JPH

Envoyé de mon iPhone

Le 19 janv. 2026 à 10:02, Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be> a écrit :

""" + quote("""Monsieur Halleux,

Je me permets de vous adresser ma candidature au poste de Conseillère affaires publiques publié par la Fédération des Entreprises Mosanes.

Chargée de communication à la Ville depuis six ans, j'ai coordonné les relations avec les élus et la presse sur plusieurs dossiers sensibles (mobilité, rénovation urbaine). Je souhaite aujourd'hui mettre cette expérience au service d'une fédération patronale et de ses membres.

Vous trouverez mon CV et ma lettre en pièces jointes. Je me tiens à votre disposition pour un entretien.

Bien cordialement,
Mathilde Okonkwo-Lefebvre
+32 475 12 34 56"""),
})

# 4 -- a speculative application refused by a Paris think tank, iso-8859-1
add({
    "kind": "rejection", "scenario": "speculative_refused", "company": "Institut Montchrestien",
    "contact": "secretariat.general@montchrestien.example.fr", "lang": "fr",
    "frm": ("Secrétariat général - Institut Montchrestien", "secretariat.general@montchrestien.example.fr"),
    "subject": "Votre candidature spontanée", "header_charset": "iso-8859-1",
    "date": "2026-02-03 11:20 +0100", "charset": "iso-8859-1", "cte": "qp",
    "text": """Madame,

Nous avons bien reçu votre candidature spontanée du 26 janvier dernier et vous remercions de l'intérêt que vous manifestez pour les travaux de l'Institut.

Notre équipe de recherche est toutefois au complet pour l'année 2026 et aucun poste de chargé(e) de mission en affaires publiques n'est ouvert à ce jour. Nous ne sommes donc pas en mesure de donner une suite favorable à votre démarche.

Nous ne conservons pas les candidatures spontanées au-delà de cette réponse ; nous vous invitons à suivre la rubrique « Nous rejoindre » de notre site.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Claire Vasseur-Moreau
Secrétaire générale
Institut Montchrestien
14, rue de l'Université - 75007 Paris
Tél. : +33 1 45 00 00 00
""",
})

# 5 -- Lever, the role is put on hold and will not go ahead
add({
    "kind": "rejection", "scenario": "role_on_hold", "company": "Northbridge Advocacy", "contact": "", "lang": "en",
    "frm": ("Northbridge Advocacy", "no-reply@hire.lever.co"),
    "subject": "Update",
    "date": "2026-04-09 10:31 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Dear Mathilde,

We are writing to let you know that, following a review of our 2026 budget, the Public Affairs Manager (Brussels) position has been put on hold. We will not be proceeding with the recruitment at this time, and your application is therefore closed.

We know this is disappointing, particularly as you had already completed the written exercise, and we are grateful for the effort you put in. Should the role be reopened, it will be advertised again on our careers page and you are very welcome to reapply.

Kind regards,

The People Team
Northbridge Advocacy

This is an automated message sent via Lever. Replies to this address are not monitored.
""",
    "html": """<html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1f;font-size:15px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="max-width:560px;padding:24px">
<img src="https://lever-client-logos.s3.amazonaws.com/northbridge-advocacy.png" alt="Northbridge Advocacy" height="36">
<p>Dear Mathilde,</p>
<p>We are writing to let you know that, following a review of our 2026 budget, the Public Affairs Manager (Brussels) position has been put on hold. We will not be proceeding with the recruitment at this time, and your application is therefore closed.</p>
<p>We know this is disappointing, particularly as you had already completed the written exercise, and we are grateful for the effort you put in. Should the role be reopened, it will be advertised again on our <a href="https://jobs.lever.co/northbridge-advocacy">careers page</a> and you are very welcome to reapply.</p>
<p>Kind regards,</p>
<p>The People Team<br>Northbridge Advocacy</p>
<p style="font-size:11px;color:#8e8e93">This is an automated message sent via Lever. Replies to this address are not monitored.</p>
</td></tr></table></body></html>""",
})

# 6 -- filled internally, windows-1252 8bit, a role mailbox that invites replies
add({
    "kind": "rejection", "scenario": "filled_internally", "company": "Intercommunale Mosane de Développement",
    "contact": "rh@imode.example.be", "lang": "fr",
    "frm": ("IMODE - Ressources humaines", "rh@imode.example.be"),
    "subject": "Poste de chargé(e) de relations institutionnelles – suite de votre candidature",
    "date": "2026-03-02 14:12 +0100", "charset": "windows-1252", "cte": "8bit",
    "text": """Madame Okonkwo-Lefebvre,

Nous revenons vers vous concernant votre candidature au poste de chargé(e) de relations institutionnelles (réf. IMD/2026/04).

Nous tenons à vous informer que le poste a finalement été pourvu en interne, par mobilité d’un membre de notre personnel. La procédure externe est donc clôturée et nous ne pourrons pas donner suite à votre candidature.

Nous mesurons le temps que vous avez consacré à votre dossier et vous en remercions. Pour toute question, vous pouvez répondre directement à ce courriel : notre service vous répondra.

Avec nos salutations distinguées,

Le service des Ressources humaines
IMODE – Intercommunale Mosane de Développement scrl
Rue du Vertbois 9 – 4000 Liège
""",
})

# 7 -- EU agency, reserve list, base64, a no-reply functional mailbox
add({
    "kind": "rejection", "scenario": "eu_reserve_list", "company": "European Agency for Regional Cohesion",
    "contact": "", "lang": "en",
    "frm": ("EARC Selection", "earc-selection-noreply@earc.example.eu"),
    "subject": "EARC/TA/AD6/2026/003 - Outcome of the selection procedure",
    "date": "2026-05-20 09:00 +0200", "charset": "utf-8", "cte": "b64",
    "text": """Dear Candidate,

Selection procedure EARC/TA/AD6/2026/003 - Policy and Stakeholder Relations Officer

The Selection Committee has completed its assessment of the candidates invited to the interview and written test.

We regret to inform you that your overall score (58/100) did not reach the threshold required for inclusion in the reserve list (65/100). Your name will therefore not be placed on the reserve list established at the end of this procedure.

Your scores by criterion:
  - Interview, knowledge of the Agency's mandate: 14/25
  - Interview, communication and stakeholder management: 19/25
  - Written test: 25/50

Under Article 90(2) of the Staff Regulations you may submit a complaint within three months of this notification. Requests for review should be made through the e-Recruitment tool; this mailbox is not monitored.

We thank you for your interest in the European Agency for Regional Cohesion.

EARC Selection Team
European Agency for Regional Cohesion
Rue de la Science 27, 1040 Brussels
""",
})

# 8 -- SmartRecruiters, Spanish, HTML only, usted
add({
    "kind": "rejection", "scenario": "smartrecruiters_es", "company": "Fundación Puente Europa", "contact": "", "lang": "es",
    "frm": ("Fundación Puente Europa", "noreply@smartrecruiters.com"),
    "subject": "Fundación Puente Europa: actualización sobre su candidatura",
    "date": "2026-04-22 12:48 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background-color:#eef1f4;margin:0">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#3c3c3c">
<tr><td style="padding:18px 28px"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/puenteeuropa.png" alt="Fundación Puente Europa" width="150"></td></tr>
<tr><td style="padding:6px 28px 24px 28px;line-height:1.55">
<p>Estimada Sra. Okonkwo-Lefebvre:</p>
<p>Le agradecemos sinceramente su interés en el puesto de <b>Responsable de Incidencia Política (Madrid)</b> y el tiempo dedicado al proceso.</p>
<p>Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan en mayor medida a las necesidades actuales de la Fundación.</p>
<p>Guardaremos sus datos durante doce meses por si surgiera una vacante adecuada, salvo que nos indique lo contrario.</p>
<p>Reciba un cordial saludo,</p>
<p>Departamento de Personas<br>Fundación Puente Europa</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f6f7f9;font-size:10px;color:#999">Este mensaje se ha enviado a través de SmartRecruiters. Por favor, no responda a este correo. <a href="https://www.smartrecruiters.com/privacy-policy" style="color:#999">Política de privacidad</a></td></tr>
</table>
<img src="https://email.smartrecruiters.com/wf/open?upn=7HtzQ2-2BkQwAr" width="1" height="1" border="0" alt="">
</body></html>""",
})

# 9 -- head-hunter about its own mandate, client never named
add({
    "kind": "rejection", "scenario": "agency_unnamed_client", "company": "Cabinet Marlowe & Associés",
    "contact": "e.marlowe@marlowe-associes.example.be", "lang": "fr",
    "frm": ("Édouard Marlowe", "e.marlowe@marlowe-associes.example.be"),
    "subject": "Mission « Responsable affaires publiques » – retour",
    "date": "2026-03-25 18:03 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Chère Madame,

Je reviens vers vous comme promis au sujet de la mission « Responsable affaires publiques » que nous conduisons pour le compte d'une organisation professionnelle namuroise.

Notre client a pris connaissance de la short-list et a souhaité rencontrer en priorité des profils ayant déjà exercé une fonction de représentation d'intérêts auprès du Parlement de Wallonie. Je suis au regret de vous dire que votre candidature ne sera pas présentée à l'étape suivante.

Votre parcours en communication publique est solide et je garde votre dossier en tête pour des missions à venir, avec votre accord.

Bien à vous,

Édouard Marlowe
Associé
Cabinet Marlowe & Associés – Executive Search
Avenue de la Toison d'Or 56, 1060 Bruxelles
+32 2 511 00 00
""",
})

# 10 -- agency relays a named client's no, casual English
add({
    "kind": "rejection", "scenario": "agency_named_client", "company": "Kessler Policy Partners",
    "contact": "tom.ashworth@brightwater-search.example.eu", "lang": "en",
    "frm": ("Tom Ashworth", "tom.ashworth@brightwater-search.example.eu"),
    "subject": "Re: your application",
    "date": "2026-02-26 13:37 +0100", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Mathilde,

Quick one - I've just had feedback from Kessler Policy Partners and unfortunately they won't be taking your application further for the Associate role. They liked your comms background but felt the gap on financial services regulation was too big for this particular team.

Sorry it's not better news. Let's catch up next week, I've got a couple of things coming in that might suit you better.

Cheers,
Tom

Tom Ashworth
Senior Consultant, Public Affairs & Policy
Brightwater Search Ltd | Registered in England No. 08123456
M: +44 7700 900123
""",
})

# 11 -- Personio, German, HTML only, Reply-To a person, legal footer
add({
    "kind": "rejection", "scenario": "personio_absage", "company": "Rheinwerk Public Affairs",
    "contact": "k.brandt@rheinwerk.example.eu", "lang": "de",
    "frm": ("Rheinwerk Public Affairs GmbH", "noreply@personio.de"),
    "reply_to": ("Katharina Brandt", "k.brandt@rheinwerk.example.eu"),
    "subject": "Ihre Bewerbung als Consultant EU-Politik (m/w/d)",
    "date": "2026-03-18 08:55 +0100", "charset": "utf-8", "cte": "qp", "header_charset": "iso-8859-1",
    "html": """<!doctype html><html><body style="margin:0;background:#fafafa">
<table width="100%" cellspacing="0" cellpadding="0" style="background:#fafafa"><tr><td align="center">
<table width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;line-height:1.5">
<tr><td style="padding:24px 30px 8px 30px"><img src="https://rheinwerk.jobs.personio.de/logo.png" alt="Rheinwerk Public Affairs" width="160"></td></tr>
<tr><td style="padding:8px 30px 24px 30px">
<p>Sehr geehrte Frau Okonkwo-Lefebvre,</p>
<p>vielen Dank für Ihre Bewerbung als Consultant EU-Politik (m/w/d) in unserem Brüsseler Büro und das Interesse an Rheinwerk.</p>
<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend war vor allem, dass wir für diese Position verhandlungssichere Deutschkenntnisse auf muttersprachlichem Niveau benötigen.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Katharina Brandt<br>Office Management &amp; Recruiting</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#777;border-top:1px solid #eee">
Rheinwerk Public Affairs GmbH · Rue d'Arlon 25 · 1050 Brüssel<br>
Sitz der Gesellschaft: Köln · Amtsgericht Köln HRB 98765 · Geschäftsführer: Dr. Matthias Rhein, Sabine Ott<br>
<a href="https://rheinwerk.jobs.personio.de/privacy-policy" style="color:#777">Datenschutzhinweise</a>
</td></tr></table></td></tr></table>
<img src="https://links.personio.de/o/3f9a1c0b77.gif" width="1" height="1" alt="">
</body></html>""",
})

# 12 -- Geneva foundation after the second round, Outlook chain quoting the invitation
add({
    "kind": "rejection", "scenario": "after_second_round_geneve", "company": "Fondation Léman pour la Paix",
    "contact": "n.rochat@fondation-leman.example.ch", "lang": "fr",
    "frm": ("Rochat Nadia", "n.rochat@fondation-leman.example.ch"),
    "subject": "RE: Second entretien – Conseillère plaidoyer",
    "date": "2026-04-28 17:26 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Chère Madame Okonkwo-Lefebvre,

Je vous remercie encore pour votre venue à Genève la semaine passée et pour la qualité de votre présentation devant le comité.

Le choix a été très serré. Le comité a finalement décidé de confier le poste à une personne disposant d'une expérience directe des négociations onusiennes, ce qui était un point important pour nos partenaires. Je suis sincèrement désolée de ne pas pouvoir vous annoncer une autre nouvelle.

Nous garderions volontiers contact : plusieurs mandats de conseil devraient s'ouvrir à l'automne.

Meilleures salutations,

Nadia Rochat
Responsable RH
Fondation Léman pour la Paix
Rue de Lausanne 80 – 1202 Genève
T +41 22 700 00 70

De : Rochat Nadia <n.rochat@fondation-leman.example.ch>
Envoyé : jeudi 9 avril 2026 10:14
À : Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be>
Objet : Second entretien – Conseillère plaidoyer

Chère Madame,

Nous avons le plaisir de vous inviter à un second entretien pour le poste de Conseillère plaidoyer, le mardi 21 avril à 14h00, dans nos locaux de la rue de Lausanne. Vous rencontrerez notre directeur, M. Favre, ainsi que deux membres du conseil de fondation.

Nous vous demandons de préparer une courte présentation (dix minutes) sur une campagne de plaidoyer que vous auriez menée ou que vous souhaiteriez mener.

Vos frais de déplacement depuis Liège seront pris en charge sur présentation des justificatifs.

Meilleures salutations,
Nadia Rochat
""",
})

# 13 -- Quebec network, "poste comblé", automatic mailbox that asks not to reply
add({
    "kind": "rejection", "scenario": "quebec_poste_comble", "company": "Réseau Francophone des Villes Durables",
    "contact": "", "lang": "fr",
    "frm": ("Dotation – RFVD", "dotation@rfvd.example.ca"),
    "subject": "Affichage 2026-017 – Conseiller(ère) en relations gouvernementales",
    "date": "2026-03-06 15:40 -0500", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Madame Okonkwo-Lefebvre,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de conseiller(ère) en relations gouvernementales (affichage 2026-017).

Nous vous informons que le poste a été comblé. Nous conserverons votre candidature dans notre banque pour une période de six mois.

Au plaisir,

L'équipe de la dotation
Réseau Francophone des Villes Durables
1100, boulevard René-Lévesque Ouest, Montréal (Québec)

Ce courriel est envoyé automatiquement; merci de ne pas y répondre.
""",
    "html": """<html><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f3864">
<p>Bonjour Madame Okonkwo-Lefebvre,</p>
<p>Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de conseiller(ère) en relations gouvernementales (affichage 2026-017).</p>
<p>Nous vous informons que le poste a été <b>comblé</b>. Nous conserverons votre candidature dans notre banque pour une période de six mois.</p>
<p>Au plaisir,</p>
<p>L'équipe de la dotation<br><b>Réseau Francophone des Villes Durables</b><br>1100, boulevard René-Lévesque Ouest, Montréal (Québec)</p>
<p style="font-size:8pt;color:#7f7f7f">Ce courriel est envoyé automatiquement; merci de ne pas y répondre.</p>
</div></body></html>""",
})

# 14 -- Madrid consultancy, terse mobile reply in Spanish, quoted chain "El ... escribió"
add({
    "kind": "rejection", "scenario": "es_terse_mobile", "company": "Atalaya Asuntos Públicos",
    "contact": "rocio.benitez@atalaya-ap.example.es", "lang": "es",
    "frm": ("Rocío Benítez", "rocio.benitez@atalaya-ap.example.es"),
    "subject": "Re: Candidatura consultora junior asuntos europeos – Atalaya Asuntos Públicos",
    "date": "2026-05-06 19:12 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hola Mathilde, al final nos hemos decantado por otra candidata con más experiencia en Bruselas. Gracias por tu interés y mucha suerte!!

Enviado desde mi iPhone

El 28 abr 2026, a las 9:41, Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be> escribió:

""" + quote("""Hola Rocío:

Te escribo tras nuestra conversación en el encuentro de la Cámara. Adjunto mi CV para el puesto de consultora junior de asuntos europeos en Atalaya.

Me encantaría tener la oportunidad de una entrevista para contarte cómo he gestionado la comunicación institucional en Lieja.

Un saludo,
Mathilde"""),
})

# 15 -- Luxembourg ministry, formal letter as a PDF, role mailbox open to questions
add({
    "kind": "rejection", "scenario": "ministere_lu_courrier", "company": "Ministère de la Cohésion territoriale",
    "contact": "recrutement@mct.example.lu", "lang": "fr",
    "frm": ("Ministère de la Cohésion territoriale - Recrutement", "recrutement@mct.example.lu"),
    "subject": "Réponse à votre candidature - référence MCT/2026/PA-02",
    "date": "2026-06-10 10:02 +0200", "charset": "iso-8859-1", "cte": "qp", "header_charset": "iso-8859-1",
    "text": """Madame,

Veuillez trouver ci-joint notre courrier relatif à votre candidature pour le poste d'attaché(e) en affaires publiques (référence MCT/2026/PA-02).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue à l'issue de la phase de présélection.

Pour tout renseignement complémentaire, le service recrutement reste joignable à l'adresse du présent courriel.

Le service recrutement
Ministère de la Cohésion territoriale
19-21, boulevard Royal, L-2449 Luxembourg
""",
    "attachments": [{"filename": "MCT_2026_PA-02_reponse.pdf", "lines": [
        "Ministere de la Cohesion territoriale",
        "Luxembourg, le 10 juin 2026",
        "Madame Mathilde Okonkwo-Lefebvre",
        "Objet : votre candidature - reference MCT/2026/PA-02",
        "Madame,",
        "Nous sommes au regret de vous informer que votre candidature",
        "n'a pas ete retenue a l'issue de la phase de preselection.",
        "Veuillez agreer, Madame, l'expression de notre consideration distinguee.",
        "Pour le Ministre, le Premier conseiller de gouvernement"]}],
})

# 16 -- university jury, iso-8859-1, feedback on request by replying
add({
    "kind": "rejection", "scenario": "universite_jury", "company": "Université du Val-de-Sambre",
    "contact": "secretariat.jury@uvs.example.be", "lang": "fr",
    "frm": ("Secrétariat du jury de recrutement", "secretariat.jury@uvs.example.be"),
    "subject": "Poste d'attaché(e) aux relations institutionnelles - décision du jury",
    "header_charset": "iso-8859-1",
    "date": "2026-06-24 16:45 +0200", "charset": "iso-8859-1", "cte": "8bit",
    "text": """Madame Okonkwo-Lefebvre,

Le jury chargé du recrutement d'un(e) attaché(e) aux relations institutionnelles s'est réuni le 22 juin 2026 après avoir entendu les six candidat(e)s retenu(e)s pour l'épreuve orale.

Nous avons le regret de vous informer que le jury n'a pas proposé votre candidature au Conseil d'administration. Le classement final a été établi sur la base de l'épreuve écrite et de l'entretien.

Si vous le souhaitez, un retour détaillé sur vos épreuves peut vous être communiqué : il suffit de répondre à ce message.

Nous vous remercions pour votre participation et vous prions d'agréer, Madame, nos salutations distinguées.

Pour le jury,
Anne-Sophie Delcourt
Secrétariat du jury
Université du Val-de-Sambre - Administration des ressources humaines
Place du Parc 20, 5000 Namur
""",
})

# 17 -- Teamtailor, start-up, tu, HTML only
add({
    "kind": "rejection", "scenario": "teamtailor_startup_tu", "company": "Civicly", "contact": "", "lang": "fr",
    "frm": ("Civicly", "no-reply@teamtailor-mail.com"),
    "subject": "Ta candidature chez Civicly 💬",
    "date": "2026-02-09 18:20 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#fff6ee">
<table role="presentation" width="100%" style="background:#fff6ee"><tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="520" style="background:#ffffff;border-radius:12px;font-family:'Inter',Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="padding:28px 32px 0 32px"><img src="https://teamtailor-production.s3.amazonaws.com/image_uploads/civicly-logo.png" alt="Civicly" width="110"></td></tr>
<tr><td style="padding:20px 32px 28px 32px;line-height:1.6">
<p>Hello Mathilde !</p>
<p>Merci d'avoir pris le temps de postuler pour le job de <b>Community &amp; Public Affairs Lead</b> chez Civicly, et pour ton super message sur les budgets participatifs 🙌</p>
<p>On a reçu plein de candidatures et, après réflexion, on a choisi de ne pas avancer avec la tienne pour ce poste : on cherche quelqu'un qui a déjà monté une communauté en ligne de zéro.</p>
<p>On garde ton profil sous le coude si ça te va, et on espère recroiser ta route !</p>
<p>Belle journée,<br>Léa, Yannick &amp; toute l'équipe Civicly</p>
</td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:11px;color:#9a9a9a">Tu reçois cet e-mail parce que tu as postulé via <a href="https://civicly.teamtailor.com" style="color:#9a9a9a">civicly.teamtailor.com</a>. <a href="https://civicly.teamtailor.com/connect/unsubscribe" style="color:#9a9a9a">Gérer mes données</a></td></tr>
</table></td></tr></table>
<img src="https://e.teamtailor-mail.com/o/u9ZpE3.gif" width="1" height="1" alt="">
</body></html>""",
})

# 18 -- Ashby after a case study, multipart/alternative
add({
    "kind": "rejection", "scenario": "ashby_after_case_study", "company": "Polaris Policy Lab", "contact": "", "lang": "en",
    "frm": ("Polaris Policy Lab Hiring", "no-reply@ashbyhq.com"),
    "subject": "Polaris Policy Lab | Policy Advisor application",
    "date": "2026-05-14 14:02 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

Thanks for completing the case study for the Policy Advisor role - the team read your memo on the Digital Services Act enforcement gap with real interest.

We've now reviewed all submissions, and unfortunately we won't be moving you forward to the final stage. The candidates we're progressing had more hands-on experience drafting legislative amendments, which is central to this role.

We appreciate the time you invested and wish you the very best in your search.

Polaris Policy Lab Talent Team
""",
    "html": """<div style="font-family:system-ui,-apple-system,sans-serif;font-size:15px;color:#111;max-width:560px">
<p>Hi Mathilde,</p>
<p>Thanks for completing the case study for the Policy Advisor role - the team read your memo on the Digital Services Act enforcement gap with real interest.</p>
<p>We've now reviewed all submissions, and unfortunately we won't be moving you forward to the final stage. The candidates we're progressing had more hands-on experience drafting legislative amendments, which is central to this role.</p>
<p>We appreciate the time you invested and wish you the very best in your search.</p>
<p>Polaris Policy Lab Talent Team</p>
<p style="font-size:12px;color:#888">Powered by <a href="https://www.ashbyhq.com" style="color:#888">Ashby</a></p>
</div>""",
})

# 19 -- BambooHR, family communications firm, HTML only
add({
    "kind": "rejection", "scenario": "bamboohr_family_firm", "company": "Harbor & Vine Communications", "contact": "", "lang": "en",
    "frm": ("Harbor & Vine Communications", "notifications@app.bamboohr.com"),
    "subject": "Thank you for applying to Harbor & Vine",
    "date": "2026-01-22 20:15 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Georgia,serif;color:#333">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" border="0" style="border:1px solid #e5e5e5">
<tr><td><img src="https://harborvine.bamboohr.com/logos/hv_logo.jpg" alt="Harbor &amp; Vine Communications" width="200"></td></tr>
<tr><td style="font-size:15px;line-height:1.6">
<p>Dear Mathilde,</p>
<p>Thank you for your interest in the Public Affairs Account Executive opening at Harbor &amp; Vine Communications. We are a small, family-run agency and we read every application ourselves.</p>
<p>We have decided to move forward with other candidates for this position. We'll keep your résumé on file and reach out should something suitable open up in our Luxembourg office.</p>
<p>Warm regards,<br>Margaret Vine<br>Managing Partner, Harbor &amp; Vine Communications</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;font-family:Arial,sans-serif">Sent via BambooHR on behalf of Harbor &amp; Vine Communications. Please do not reply directly to this email.</td></tr>
</table></td></tr></table></body></html>""",
})

# 20 -- Workable, Spanish, windows-1252, brand different from the legal entity
add({
    "kind": "rejection", "scenario": "workable_marca", "company": "Ibérica Renovables", "contact": "", "lang": "es",
    "frm": ("Ibérica Renovables", "noreply@candidates.workablemail.com"),
    "subject": "Su candidatura: Técnico/a de Asuntos Públicos y Regulación",
    "date": "2026-07-02 11:06 +0200", "charset": "windows-1252", "cte": "qp",
    "html": """<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:20px 30px;background:#0f7b5f"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/iberica-renovables.png" alt="Ibérica Renovables" height="40"></td></tr>
<tr><td style="padding:24px 30px;line-height:1.6">
<p>Estimada Mathilde:</p>
<p>Gracias por presentar su candidatura al puesto de Técnico/a de Asuntos Públicos y Regulación en Ibérica Renovables.</p>
<p>Lamentamos informarle de que hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto, en particular en lo relativo a la regulación del sector eléctrico español.</p>
<p>Le deseamos mucho éxito en su búsqueda profesional.</p>
<p>Un cordial saludo,<br>Equipo de Talento – Ibérica Renovables</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:10px;color:#999;border-top:1px solid #eee">Grupo Ibérica Renovables, S.A. – Paseo de la Castellana 95, 28046 Madrid – Inscrita en el Registro Mercantil de Madrid, Tomo 12.345, Folio 67. <a href="https://apply.workable.com/iberica-renovables/privacy" style="color:#999">Aviso de privacidad</a> · Este correo se envía desde una dirección que no admite respuestas.</td></tr>
</table></td></tr></table>
<img src="https://track.workablemail.com/o/2f8e1b.gif" width="1" height="1" alt="">
</body></html>""",
})

# 21 -- softgarden after the interview, German, alternative, Reply-To a person
add({
    "kind": "rejection", "scenario": "softgarden_nach_gespraech", "company": "Stiftung Europäische Nachbarschaft",
    "contact": "lena.vogt@stiftung-en.example.eu", "lang": "de",
    "frm": ("Stiftung Europäische Nachbarschaft", "no-reply@softgarden.io"),
    "reply_to": ("Lena Vogt", "lena.vogt@stiftung-en.example.eu"),
    "subject": "Ihre Bewerbung: Referentin Politische Kommunikation (Straßburg)",
    "date": "2026-06-03 15:33 +0200", "charset": "utf-8", "cte": "qp", "header_charset": "iso-8859-1",
    "text": """Sehr geehrte Frau Okonkwo-Lefebvre,

herzlichen Dank für das angenehme Gespräch am vergangenen Dienstag und Ihr Interesse an unserer Stiftung.

Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil unseren aktuellen Anforderungen noch etwas genauer entspricht. Diese Entscheidung ist uns nicht leichtgefallen.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung; antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Lena Vogt
Personalreferentin
Stiftung Europäische Nachbarschaft
Allée de la Robertsau 12, 67000 Straßburg
""",
    "html": """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<p>Sehr geehrte Frau Okonkwo-Lefebvre,</p>
<p>herzlichen Dank für das angenehme Gespräch am vergangenen Dienstag und Ihr Interesse an unserer Stiftung.</p>
<p>Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil unseren aktuellen Anforderungen noch etwas genauer entspricht. Diese Entscheidung ist uns nicht leichtgefallen.</p>
<p>Für Rückfragen stehe ich Ihnen gerne zur Verfügung; antworten Sie einfach auf diese E-Mail.</p>
<p>Mit freundlichen Grüßen</p>
<p>Lena Vogt<br>Personalreferentin<br>Stiftung Europäische Nachbarschaft<br>Allée de la Robertsau 12, 67000 Straßburg</p>
<p style="font-size:10px;color:#aaa">Diese Nachricht wurde über softgarden versendet.</p>
</body></html>""",
})

# 22 -- Luxembourg start-up founder, du, two lines
add({
    "kind": "rejection", "scenario": "startup_du_kurz", "company": "Moselbyte", "contact": "jonas@moselbyte.example.lu", "lang": "de",
    "frm": ("Jonas Wagner", "jonas@moselbyte.example.lu"),
    "subject": "Deine Bewerbung",
    "date": "2026-08-19 22:04 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Mathilde,

wir haben uns leider für jemand anderen entschieden. Danke dir trotzdem für das nette Gespräch und viel Glück weiterhin!

Viele Grüße
Jonas

--
Jonas Wagner | Co-Founder | Moselbyte S.à r.l.
""",
})

# 23 -- Paris public-affairs agency after the interview, Outlook chain "De : / Envoyé :"
add({
    "kind": "rejection", "scenario": "agence_paris_apres_entretien", "company": "Plume & Cité",
    "contact": "sophie.granger@plume-et-cite.example.fr", "lang": "fr",
    "frm": ("Sophie Granger", "sophie.granger@plume-et-cite.example.fr"),
    "subject": "RE: Merci pour l'entretien",
    "date": "2026-04-16 09:58 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour Mathilde,

Merci pour votre message et encore merci pour l'échange de la semaine dernière.

Nous avons pris le temps de la réflexion avec Arnaud : nous allons poursuivre avec une autre candidate, qui connaît déjà très bien l'écosystème parlementaire français. Votre regard de terrain sur la communication locale nous a beaucoup plu, mais pour ce poste précis l'expérience de l'Assemblée était déterminante.

Je vous souhaite sincèrement de trouver rapidement la bonne maison.

Bien à vous,
Sophie

Sophie Granger
Directrice associée | Plume & Cité
5 rue de Provence, 75009 Paris
www.plume-et-cite.example.fr

De : Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be>
Envoyé : vendredi 10 avril 2026 18:22
À : Sophie Granger <sophie.granger@plume-et-cite.example.fr>
Objet : Merci pour l'entretien

Bonjour Sophie,

Un grand merci pour le temps que vous m'avez consacré cet après-midi avec Arnaud. La présentation de vos mandats pour les collectivités m'a confortée dans mon envie de vous rejoindre.

Je reste à votre disposition pour un second entretien ou un exercice écrit si cela peut vous aider.

Belle soirée,
Mathilde
""",
})

# 24 -- Taleo, Quebec utility, windows-1252, HTML only
add({
    "kind": "rejection", "scenario": "taleo_quebec", "company": "Hydro-Laurentides", "contact": "", "lang": "fr",
    "frm": ("Hydro-Laurentides – Acquisition de talents", "hydrolaurentides@taleo.net"),
    "subject": "Votre candidature – Conseillère ou conseiller, affaires gouvernementales (2600412)",
    "date": "2026-05-27 13:15 -0400", "charset": "windows-1252", "cte": "qp",
    "html": """<html><body>
<table border="0" cellpadding="0" cellspacing="0" width="640" style="font-family:Tahoma,Arial,sans-serif;font-size:10pt">
<tr><td><img src="https://hydrolaurentides.taleo.net/careersection/theme/hl/logo.gif" alt="Hydro-Laurentides" border="0"></td></tr>
<tr><td style="padding-top:12px">
<p>Bonjour Mathilde,</p>
<p>Nous vous remercions de l’intérêt que vous portez à Hydro-Laurentides et au poste de conseillère ou conseiller, affaires gouvernementales (réquisition 2600412).</p>
<p>Après analyse de votre candidature, nous regrettons de vous informer que nous ne pourrons pas la retenir pour la suite du processus. Les candidatures retenues présentaient une connaissance approfondie du cadre législatif québécois de l’énergie.</p>
<p>Nous vous invitons à consulter régulièrement notre <a href="https://hydrolaurentides.taleo.net/careersection/ext/jobsearch.ftl?lang=fr_CA">section Carrières</a>.</p>
<p>Veuillez agréer nos salutations distinguées.</p>
<p>Acquisition de talents<br>Hydro-Laurentides</p>
<p style="font-size:8pt;color:#808080">Veuillez noter que cette boîte de courriel n’est pas surveillée. Ne répondez pas à ce message.</p>
</td></tr></table>
</body></html>""",
})

# 25 -- Geneva institute after a panel interview, long "From: / Sent:" chain with invitation and reschedule
add({
    "kind": "rejection", "scenario": "panel_long_chain", "company": "Geneva Institute for Digital Governance",
    "contact": "r.meier@gidg.example.ch", "lang": "en",
    "frm": ("Ruth Meier", "r.meier@gidg.example.ch"),
    "subject": "RE: Panel interview - Public Affairs Officer (GIDG-2026-11)",
    "date": "2026-07-08 12:41 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Dear Mathilde,

Thank you for your patience while the panel completed its deliberations.

I'm sorry to tell you that we will not be offering you the position. The panel appreciated your clear communication and your knowledge of the Belgian regional context, but the selected candidate had several years of experience working directly with permanent missions in Geneva.

We will keep your details for six months and would be glad to consider you for future openings.

With best regards,

Ruth Meier
Head of Human Resources
Geneva Institute for Digital Governance
Chemin Eugène-Rigot 2, 1202 Geneva

From: Ruth Meier <r.meier@gidg.example.ch>
Sent: Friday, June 19, 2026 4:02 PM
To: Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be>
Subject: RE: Panel interview - Public Affairs Officer (GIDG-2026-11)

Dear Mathilde,

Unfortunately one of our panel members has fallen ill. We need to reschedule your interview to Tuesday 23 June at 10:00 (CET), same Webex link. Apologies for the inconvenience.

Ruth

From: Ruth Meier <r.meier@gidg.example.ch>
Sent: Wednesday, June 10, 2026 11:30 AM
To: Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be>
Subject: Panel interview - Public Affairs Officer (GIDG-2026-11)

Dear Mathilde,

We are pleased to invite you to a panel interview for the position of Public Affairs Officer on Monday 22 June at 14:00 CET via Webex. The interview will last approximately 45 minutes and will include a short competency-based section.

Please confirm your availability by return email.

Kind regards,
Ruth Meier
""",
})

# 26 -- chamber of commerce in Madrid, the post is already filled, iso-8859-1 8bit
add({
    "kind": "rejection", "scenario": "puesto_cubierto", "company": "Cámara de Comercio Hispano-Belga",
    "contact": "j.soler@camarahb.example.es", "lang": "es",
    "frm": ("Javier Soler", "j.soler@camarahb.example.es"),
    "subject": "Puesto de responsable de relaciones institucionales", "header_charset": "iso-8859-1",
    "date": "2026-03-30 10:22 +0200", "charset": "iso-8859-1", "cte": "8bit",
    "text": """Estimada Sra. Okonkwo-Lefebvre:

Le agradezco el envío de su candidatura para el puesto de responsable de relaciones institucionales.

Lamento comunicarle que el puesto ya ha sido cubierto, por lo que no podemos continuar con su candidatura. Aun así, su perfil bilingüe francés-español nos ha parecido muy interesante y lo tendremos en cuenta si se abre otra vacante en nuestra delegación de Bruselas.

Atentamente,

Javier Soler Ibáñez
Secretario General
Cámara de Comercio Hispano-Belga
C/ Velázquez 64, 28001 Madrid
Tel. +34 91 000 00 00
""",
})

# 27 -- NGO coordinator, tu, missing accents, casual
add({
    "kind": "rejection", "scenario": "asbl_tutoiement_sans_accents", "company": "Nouvelles voix pour l'Europe",
    "contact": "coordination@nouvellesvoix.example.org", "lang": "fr",
    "frm": ("Karim - Nouvelles voix", "coordination@nouvellesvoix.example.org"),
    "subject": "ta candidature",
    "date": "2026-09-15 23:10 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Chere Mathilde,

Desole pour le delai, on a eu une rentree chargee. Je reviens vers toi pour le poste de charge(e) de plaidoyer : on a retenu une autre candidate, qui fait deja du benevolat chez nous depuis 2 ans et connait bien les dossiers.

Ca n'a rien a voir avec ton profil qui nous a beaucoup plu. Si tu veux t'impliquer autrement (groupe de travail migrations, relecture de nos notes), tu es la bienvenue, ecris-moi.

A bientot j'espere,
Karim
coordinateur - Nouvelles voix pour l'Europe asbl
""",
})

# 28 -- SuccessFactors, employer brand "Ardenia" of a legal group, alternative
add({
    "kind": "rejection", "scenario": "successfactors_marque", "company": "Ardenia", "contact": "", "lang": "fr",
    "frm": ("Ardenia Recrutement", "ardenia@successfactors.eu"),
    "subject": "Ardenia – Votre candidature n°4471902",
    "date": "2026-08-04 06:30 +0200", "charset": "utf-8", "cte": "b64",
    "text": """Madame,

Nous vous remercions d'avoir postulé au poste de Responsable Relations institutionnelles (H/F) au sein d'Ardenia.

Votre profil a retenu toute notre attention. Cependant, après une étude approfondie, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.

Nous vous souhaitons pleine réussite dans vos projets professionnels.

L'équipe Recrutement
Ardenia

Ardenia est la marque du Groupe Ardennais d'Assurances SA, rue de la Station 3, 6700 Arlon. Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    "html": """<html><body style="font-family:Verdana,sans-serif;font-size:12px;color:#333">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="padding:10px 0"><img src="https://career5.successfactors.eu/companyLogo?company=ardeniaP" alt="Ardenia"></td></tr>
<tr><td>
<p>Madame,</p>
<p>Nous vous remercions d'avoir postulé au poste de <b>Responsable Relations institutionnelles (H/F)</b> au sein d'Ardenia.</p>
<p>Votre profil a retenu toute notre attention. Cependant, après une étude approfondie, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.</p>
<p>Nous vous souhaitons pleine réussite dans vos projets professionnels.</p>
<p>L'équipe Recrutement<br>Ardenia</p>
<p style="font-size:10px;color:#999">Ardenia est la marque du Groupe Ardennais d'Assurances SA, rue de la Station 3, 6700 Arlon. Ce message est généré automatiquement, merci de ne pas y répondre.</p>
</td></tr></table></body></html>""",
})

# 29 -- iCIMS, speculative application to a bank, HTML only
add({
    "kind": "rejection", "scenario": "icims_speculative", "company": "Meridian Trust Bank", "contact": "", "lang": "en",
    "frm": ("Meridian Trust Bank Careers", "careers-noreply@icims.com"),
    "subject": "Your general application",
    "date": "2026-01-14 09:12 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="100%" bgcolor="#e9edf2" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" bgcolor="#ffffff" cellpadding="24" cellspacing="0" style="font-size:14px;color:#20262e">
<tr><td><img src="https://careers-meridiantrust.icims.com/images/mtb-logo.png" alt="Meridian Trust Bank" width="170"></td></tr>
<tr><td style="line-height:1.55">
<p>Dear Mathilde Okonkwo-Lefebvre,</p>
<p>Thank you for submitting a general application to Meridian Trust Bank in Luxembourg.</p>
<p>We have reviewed your profile against our current and anticipated needs in Corporate Affairs. Unfortunately, we do not have a suitable vacancy at present and are unable to take your application further. In line with our data retention policy, your details will not be kept on file.</p>
<p>We encourage you to apply to specific openings published on our <a href="https://careers-meridiantrust.icims.com/jobs">careers site</a>.</p>
<p>Yours sincerely,<br>Talent Acquisition<br>Meridian Trust Bank S.A.</p>
</td></tr>
<tr><td style="font-size:10px;color:#8a94a0">Meridian Trust Bank S.A., 2 Place de Metz, L-1930 Luxembourg, R.C.S. Luxembourg B 00000. This mailbox is not monitored.</td></tr>
</table></td></tr></table>
<img src="https://careers-meridiantrust.icims.com/icims2?mode=track&amp;id=88213" width="1" height="1" alt="">
</body></html>""",
})

# 30 -- Strasbourg cross-border council, after interviews, windows-1252 qp
add({
    "kind": "rejection", "scenario": "strasbourg_jury", "company": "Conseil rhénan des collectivités",
    "contact": "m.schaller@conseil-rhenan.example.fr", "lang": "fr",
    "frm": ("Marc Schaller", "m.schaller@conseil-rhenan.example.fr"),
    "subject": "Recrutement – chargé(e) de mission affaires européennes",
    "date": "2026-07-21 11:47 +0200", "charset": "windows-1252", "cte": "qp",
    "text": """Madame,

À l’issue des entretiens du 14 juillet, le jury a retenu la candidature d’une personne déjà en poste dans une collectivité frontalière.

Je suis au regret de vous annoncer que votre candidature n’a donc pas été retenue. Le jury a souligné la clarté de votre exposé et votre maîtrise des enjeux de communication publique – deux atouts que vous saurez, j’en suis sûr, faire valoir ailleurs.

Je reste à votre disposition pour un échange téléphonique si vous souhaitez un retour plus détaillé.

Cordialement,

Marc Schaller
Directeur général des services
Conseil rhénan des collectivités
2, quai Jacques-Sturm – 67000 Strasbourg
03 88 00 00 00
""",
})

# 31 -- Madrid foundation, "te digo que no" with a quoted chain full of invitation and offer words
add({
    "kind": "rejection", "scenario": "quoted_chain_misleading", "company": "Fundación Cívica Iberoamericana",
    "contact": "paula.ortega@civicaiberoamericana.example.org", "lang": "es",
    "frm": ("Paula Ortega", "paula.ortega@civicaiberoamericana.example.org"),
    "subject": "Re: Novedades sobre el puesto?",
    "date": "2026-10-07 13:05 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hola Mathilde:

Gracias por escribir y perdona que haya tardado tanto. Lamento decirte que finalmente no seguimos adelante contigo: el patronato ha decidido dar el puesto a una persona de la casa.

Ha sido un placer conocerte y de verdad espero que coincidamos en algún proyecto.

Un abrazo,
Paula

Paula Ortega Ruiz
Directora de Incidencia | Fundación Cívica Iberoamericana
Calle de Alcalá 120, 28009 Madrid

El vie, 2 oct 2026 a las 10:18, Mathilde Okonkwo-Lefebvre (<mathilde.ol@example.be>) escribió:
""" + quote("""Hola Paula:

Te escribo para saber si hay novedades sobre la oferta del puesto de coordinadora de incidencia. Sigo muy interesada.

Un saludo,
Mathilde

El mié, 16 sept 2026 a las 17:40, Paula Ortega (<paula.ortega@civicaiberoamericana.example.org>) escribió:
> Estimada Mathilde:
>
> Nos complace invitarle a una entrevista final con el patronato el próximo 24 de septiembre a las 11:00. Estamos muy contentos con su candidatura y esperamos poder hacerle una oferta pronto.
>
> Un saludo,
> Paula"""),
})

# 32 -- the interview is cancelled because the post itself is abolished: a rejection, not a reschedule
add({
    "kind": "rejection", "scenario": "entretien_annule_poste_supprime", "company": "Union des Villes de la Meuse",
    "contact": "d.gillard@uvm.example.be", "lang": "fr",
    "frm": ("Delphine Gillard", "d.gillard@uvm.example.be"),
    "subject": "Annulation de votre entretien du jeudi 12 mars",
    "date": "2026-03-09 17:48 +0100", "charset": "iso-8859-1", "cte": "qp",
    "text": """Madame Okonkwo-Lefebvre,

Je suis au regret de devoir annuler l'entretien prévu ce jeudi 12 mars à 10h00.

Lors de sa réunion de ce lundi, le Bureau de l'Union a décidé, pour raisons budgétaires, de supprimer le poste de chargé(e) d'affaires publiques. Celui-ci ne sera donc pas pourvu et la procédure de recrutement est clôturée pour l'ensemble des candidat(e)s. Il ne s'agit pas d'un report.

Je vous prie de nous excuser pour le désagrément et vous remercie sincèrement pour l'intérêt que vous avez porté à notre association.

Bien cordialement,

Delphine Gillard
Secrétaire générale
Union des Villes de la Meuse asbl
Quai de la Batte 10 - 4000 Liège
""",
})
