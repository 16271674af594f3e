"""Interview invitations (26), reschedules and cancellations (15) and missed-interview notices (10)
of the hundred-and-fifth corpus, written one by one."""

from __future__ import annotations

from msgs105_common import quote

MESSAGES: list[dict] = []
add = MESSAGES.append

DV_UID = "040000008200E00074C5B7101A82E00800000000A0C8F2E4B9C2DC010000000000000000100000004F2A7C1D9E3B5A46"
TESS_UID = "5r2kq8v1mj0c7h3d9p6t4b0n1s@google.com"

# ---------------------------------------------------------------- interview_invitation (26)

# I1 -- Greenhouse, self-scheduling link, Reply-To the recruiter
add({
    "kind": "interview_invitation", "scenario": "greenhouse_video", "company": "Hemicycle Partners",
    "contact": "ines.moulin@hemicycle.example.eu", "lang": "fr",
    "frm": ("Hemicycle Partners via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Inès Moulin", "ines.moulin@hemicycle.example.eu"),
    "subject": "Hemicycle Partners – Entretien vidéo pour le poste de Consultante affaires européennes",
    "date": "2026-03-03 10:12 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Mathilde,

Merci pour votre candidature au poste de Consultante affaires européennes. Votre parcours a retenu notre attention et nous aimerions vous inviter à un premier entretien vidéo de 45 minutes avec Inès Moulin (Talent) et Olivier Staes (Associate Director).

Merci de choisir le créneau qui vous convient via le lien ci-dessous (disponibilités entre le 9 et le 13 mars) :
https://app.greenhouse.io/scheduling/selfschedule/7f3c91d2e0

L'entretien aura lieu sur Google Meet ; le lien vous sera envoyé avec la confirmation.

Au plaisir d'échanger avec vous,
Inès Moulin
Talent Acquisition | Hemicycle Partners
Rond-Point Schuman 6, 1040 Bruxelles
""",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#202124;line-height:1.55">
<p>Bonjour Mathilde,</p>
<p>Merci pour votre candidature au poste de <b>Consultante affaires européennes</b>. Votre parcours a retenu notre attention et nous aimerions vous inviter à un premier entretien vidéo de 45 minutes avec Inès Moulin (Talent) et Olivier Staes (Associate Director).</p>
<p>Merci de choisir le créneau qui vous convient (disponibilités entre le 9 et le 13 mars) :</p>
<p><a href="https://app.greenhouse.io/scheduling/selfschedule/7f3c91d2e0" style="background:#1a73e8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Choisir un créneau</a></p>
<p>L'entretien aura lieu sur Google Meet ; le lien vous sera envoyé avec la confirmation.</p>
<p>Au plaisir d'échanger avec vous,<br>Inès Moulin<br><span style="color:#5f6368">Talent Acquisition | Hemicycle Partners<br>Rond-Point Schuman 6, 1040 Bruxelles</span></p>
</div>
<img src="https://greenhouse-mail.io/o/eJyrVkrLz1eyUkpKLFKqBQAy5AXt.gif" width="1" height="1" alt="">""",
})

# I2 -- recruiter's Outlook invitation with a text/calendar REQUEST
add({
    "kind": "interview_invitation", "scenario": "calendar_request", "company": "Dumont & Verhaegen Public Affairs",
    "contact": "c.verhaegen@dvpa.example.be", "lang": "fr",
    "frm": ("Charlotte Verhaegen", "c.verhaegen@dvpa.example.be"),
    "subject": "Entretien – Senior Account Manager Public Affairs",
    "msgid": "<DB9PR02MB7421A0C8F2E4@DB9PR02MB7421.eurprd02.prod.outlook.example.be>",
    "date": "2026-04-02 15:30 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Madame Okonkwo-Lefebvre,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de Senior Account Manager Public Affairs le mardi 14 avril 2026 à 10h00, dans nos bureaux de la rue du Trône 98 à Ixelles (3e étage, sonnez « DVPA »).

Vous rencontrerez Pierre Dumont, associé fondateur, et moi-même. Prévoyez environ une heure ; nous vous demanderons de commenter brièvement une note de positionnement que nous vous remettrons sur place.

Vous trouverez l'invitation en pièce jointe à ajouter à votre agenda.

Bien cordialement,

Charlotte Verhaegen
Partner
Dumont & Verhaegen Public Affairs
T +32 2 640 00 00 | www.dvpa.example.be
""",
    "ics": {"method": "REQUEST", "uid": DV_UID, "seq": 0, "start": "20260414T100000",
         "end": "20260414T110000", "summary": "Entretien Mathilde Okonkwo-Lefebvre – DVPA",
         "location": "DVPA, rue du Trône 98, 1050 Ixelles",
         "organizer": ("Charlotte Verhaegen", "c.verhaegen@dvpa.example.be")},
})

# I3 -- agency recruiter, client named, tu, interview at the client's
add({
    "kind": "interview_invitation", "scenario": "agence_entretien_client_nomme", "company": "Fédération Wallonne des Pouvoirs Locaux",
    "contact": "julie.brasseur@lumen-recrutement.example.be", "lang": "fr",
    "frm": ("Julie Brasseur", "julie.brasseur@lumen-recrutement.example.be"),
    "subject": "FWPL - ils veulent te voir !",
    "date": "2026-05-04 08:47 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Hello Mathilde,

Comme annoncé au téléphone, ta candidature a beaucoup plu à la Fédération Wallonne des Pouvoirs Locaux pour le poste de conseillère en affaires publiques, et ils veulent te rencontrer !

Ils te proposent un entretien le mardi 19 mai à 14h dans leurs bureaux de Namur (rue de l'Étoile 2), avec le secrétaire général et la responsable communication. Compte une heure, avec un petit exercice de note de synthèse au début.

Tu me confirmes que c'est OK pour toi ? Je t'appellerai la veille pour qu'on prépare ensemble (motivations, prétentions salariales, questions pièges sur la réforme des provinces).

Belle journée,
Julie

Julie Brasseur | Consultante senior Secteur public & associatif
Lumen Recrutement | Rue des Dominicains 24, 4000 Liège | 04 222 00 00
""",
})

# I4 -- Geneva mediation centre, panel and written exercise, windows-1252
add({
    "kind": "interview_invitation", "scenario": "geneve_panel_exercice", "company": "Centre genevois de médiation internationale",
    "contact": "f.bonvin@cgmi.example.ch", "lang": "fr",
    "frm": ("Bonvin Florence", "f.bonvin@cgmi.example.ch"),
    "subject": "Invitation à un entretien – Chargée de communication et affaires publiques",
    "date": "2026-02-11 09:05 +0100", "charset": "windows-1252", "cte": "qp",
    "text": """Madame,

Nous avons le plaisir de vous informer que votre dossier a été retenu pour la suite de la procédure de sélection au poste de Chargée de communication et affaires publiques (80–100 %).

Nous vous proposons un entretien le jeudi 26 février 2026 à 9h30 dans nos locaux, rue de Varembé 3, 1202 Genève. L’entretien sera précédé d’un exercice écrit de quarante-cinq minutes (rédaction d’un communiqué à partir d’un dossier fourni sur place).

Le panel sera composé de Mme Anouk Perrenoud, directrice, de M. Hugo Delacrétaz, responsable des programmes, et de la soussignée.

Nous vous remercions de bien vouloir nous confirmer votre présence par retour de courriel d’ici lundi. Les frais de voyage en 2e classe sont remboursés.

Meilleures salutations,

Florence Bonvin
Responsable des ressources humaines
Centre genevois de médiation internationale
Rue de Varembé 3 – 1202 Genève
+41 22 900 00 00
""",
})

# I5 -- Montreal council, "entrevue", Teams, Quebec French
add({
    "kind": "interview_invitation", "scenario": "montreal_entrevue_teams", "company": "Conseil québécois des politiques publiques",
    "contact": "g.tremblay@cqpp.example.ca", "lang": "fr",
    "frm": ("Geneviève Tremblay", "g.tremblay@cqpp.example.ca"),
    "subject": "Entrevue – Conseillère en affaires publiques (poste 26-08)",
    "date": "2026-03-19 16:22 -0400", "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour Madame Okonkwo-Lefebvre,

À la suite de l'analyse de votre candidature, nous avons le plaisir de vous convoquer à une entrevue pour le poste de conseillère en affaires publiques (poste 26-08).

L'entrevue se tiendra sur Teams le mercredi 25 mars à 9 h 30, heure de Montréal (14 h 30 à Bruxelles). Elle durera environ une heure et sera suivie d'un court test de rédaction de 30 minutes.

Lien de la rencontre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2YzE4%40thread.v2/0

Pourriez-vous nous confirmer votre disponibilité par courriel?

Au plaisir de faire votre connaissance,

Geneviève Tremblay, CRHA
Conseillère principale, ressources humaines
Conseil québécois des politiques publiques
500, rue Sherbrooke Ouest, bureau 900, Montréal (Québec) H3A 0A0
514 555-0142
""",
})

# I6 -- EU authority, written tests then interview, HTML only, functional no-reply
add({
    "kind": "interview_invitation", "scenario": "eu_epreuves_convocation", "company": "Autorité européenne du travail transfrontalier",
    "contact": "", "lang": "fr",
    "frm": ("AETT Sélection", "aett-selection-noreply@aett.example.eu"),
    "subject": "AETT/AD/2026/014 – Convocation aux épreuves et à l'entretien",
    "date": "2026-04-20 08:00 +0200", "charset": "utf-8", "cte": "b64",
    "html": """<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:13px;color:#1b1b1b">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#003399;padding:14px 20px"><img src="https://www.aett.example.eu/assets/aett-logo-white.png" alt="Autorité européenne du travail transfrontalier" height="36"></td></tr>
<tr><td style="padding:20px;line-height:1.5">
<p>Madame,</p>
<p>Dans le cadre de la procédure de sélection <b>AETT/AD/2026/014 – Chargé(e) des relations avec les parties prenantes</b>, nous avons le plaisir de vous informer que vous êtes invitée à participer à l'étape d'évaluation.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #ddd"><b>Épreuve écrite</b></td><td style="border:1px solid #ddd">mardi 12 mai 2026, 9h00 – 10h30</td></tr>
<tr><td style="border:1px solid #ddd"><b>Entretien avec le comité de sélection</b></td><td style="border:1px solid #ddd">mardi 12 mai 2026, 14h15 – 15h00</td></tr>
<tr><td style="border:1px solid #ddd"><b>Lieu</b></td><td style="border:1px solid #ddd">Siège de l'Autorité, Rue du Marché 10, L-1260 Luxembourg</td></tr>
</table>
<p>Veuillez vous munir d'une pièce d'identité en cours de validité. Les frais de voyage et de séjour sont remboursés selon les règles en vigueur ; le formulaire figure dans votre espace candidat.</p>
<p>Merci de confirmer votre participation <b>avant le 27 avril</b> en cliquant sur le lien ci-dessous :</p>
<p><a href="https://erecruitment.aett.example.eu/confirm?app=AD2026014-0031">Confirmer ma participation</a></p>
<p>Le comité de sélection</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#666;background:#f3f5f7">Cette boîte fonctionnelle n'accepte pas les réponses. Pour toute question, utilisez le formulaire de contact de l'espace candidat.</td></tr>
</table></body></html>""",
})

# I7 -- Lever, start-up, tu, HTML only, Reply-To the founder
add({
    "kind": "interview_invitation", "scenario": "lever_startup_tu", "company": "Votelab",
    "contact": "maxime@votelab.example.be", "lang": "fr",
    "frm": ("Votelab", "no-reply@hire.lever.co"),
    "reply_to": ("Maxime Collignon", "maxime@votelab.example.be"),
    "subject": "On se rencontre ? 👋",
    "date": "2026-06-02 12:30 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#161616;background:#ffffff">
<div style="max-width:540px;margin:0 auto;padding:24px">
<img src="https://lever-client-logos.s3.amazonaws.com/votelab.png" alt="Votelab" width="96">
<p>Salut Mathilde,</p>
<p>Merci pour ta candidature au poste de <b>Head of Public Affairs</b> ! On a adoré ta lettre, surtout le passage sur la consultation citoyenne de Liège.</p>
<p>On aimerait te rencontrer pour un premier échange d'une demi-heure en visio avec moi (Maxime, co-fondateur). Tu peux choisir un moment ici :</p>
<p><a href="https://jobs.lever.co/votelab/interview/schedule?token=a81fc" style="color:#6c2bd9">Réserver un créneau</a></p>
<p>Et si aucun créneau ne te va, réponds simplement à ce mail.</p>
<p>À très vite,<br>Maxime<br><span style="color:#888">Co-founder @ Votelab – Bruxelles</span></p>
</div>
<img src="https://hire.lever.co/email/open/8c1e4b1a.gif" width="1" height="1" alt="">
</body></html>""",
})

# I8 -- French ministry, formal convocation as a PDF, confirm by return mail
add({
    "kind": "interview_invitation", "scenario": "ministere_convocation_pdf", "company": "Ministère de la Ruralité et des Territoires",
    "contact": "bureau-recrutement@mrt.example.fr", "lang": "fr",
    "frm": ("Bureau du recrutement (MRT)", "bureau-recrutement@mrt.example.fr"),
    "subject": "Convocation – entretien de recrutement du 19 mai 2026",
    "date": "2026-05-05 14:50 +0200", "charset": "iso-8859-1", "cte": "qp",
    "text": """Madame,

Vous trouverez ci-joint votre convocation à l'entretien de recrutement pour le poste de chargée de mission « relations avec les élus et affaires publiques » (catégorie A, contractuel, 3 ans), ouvert au sein de la Direction de la communication.

L'entretien se déroulera le mardi 19 mai 2026 à 11h00, au 78 rue de Varenne, 75007 Paris, devant une commission de trois membres. Il durera trente minutes et débutera par une présentation de cinq minutes de votre parcours.

Merci de bien vouloir confirmer votre présence par retour de mail.

Le bureau du recrutement
Ministère de la Ruralité et des Territoires
Secrétariat général - Sous-direction des ressources humaines
""",
    "attachments": [{"filename": "Convocation_entretien_OKONKWO-LEFEBVRE.pdf", "lines": [
        "MINISTERE DE LA RURALITE ET DES TERRITOIRES",
        "Secretariat general - Sous-direction des ressources humaines",
        "CONVOCATION",
        "Madame Mathilde OKONKWO-LEFEBVRE",
        "est convoquee a un entretien de recrutement",
        "le mardi 19 mai 2026 a 11h00",
        "78 rue de Varenne, 75007 Paris - salle 214",
        "Se munir d'une piece d'identite."]}],
})

# I9 -- regional agency replying to her application, Outlook "De : / Envoyé :"
add({
    "kind": "interview_invitation", "scenario": "reponse_candidature_outlook", "company": "Agence Wallonne pour l'Attractivité Territoriale",
    "contact": "s.lambert@awat.example.be", "lang": "fr",
    "frm": ("Lambert Sébastien", "s.lambert@awat.example.be"),
    "subject": "RE: Candidature – Responsable relations institutionnelles (réf. AWAT-2026-07)",
    "date": "2026-03-26 11:03 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Madame Okonkwo-Lefebvre,

Je vous remercie pour votre candidature, qui a retenu toute notre attention.

Nous souhaiterions vous rencontrer le mardi 14 avril à 14h00 dans nos locaux de Namur (avenue Prince de Liège 7, 5100 Jambes) pour un entretien d'environ une heure, en présence de notre directrice générale, Mme Goffin.

Pourriez-vous me confirmer que ce créneau vous convient ?

Cordialement,

Sébastien Lambert
Responsable RH
Agence Wallonne pour l'Attractivité Territoriale
081 00 00 00

De : Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be>
Envoyé : lundi 16 mars 2026 08:41
À : recrutement@awat.example.be
Objet : Candidature – Responsable relations institutionnelles (réf. AWAT-2026-07)

Madame, Monsieur,

Je vous prie de trouver ci-joint ma candidature au poste de Responsable relations institutionnelles.

J'ai noté dans votre annonce qu'en raison du nombre de candidatures attendu, seules les personnes retenues seraient contactées ; je me permets donc de préciser que je suis disponible rapidement.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Mathilde Okonkwo-Lefebvre
""",
})

# I10 -- family brewery, owner on his phone, very short
add({
    "kind": "interview_invitation", "scenario": "brasserie_mobile_court", "company": "Brasserie Lambotte & Fils",
    "contact": "g.lambotte@brasserie-lambotte.example.be", "lang": "fr",
    "frm": ("Guy Lambotte", "g.lambotte@brasserie-lambotte.example.be"),
    "subject": "Re: Chargée de communication et relations publiques - Brasserie Lambotte & Fils",
    "date": "2026-06-17 07:12 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour Mme Okonkwo,
Bien recu votre cv. On peut se voir lundi 22 a 10h a la brasserie (rue de la Station 14, Huy) pour en parler ? Demandez moi a l'accueil.
G. Lambotte

Envoyé de mon iPhone
""",
})

# I11 -- university college jury, iso-8859-1 8bit
add({
    "kind": "interview_invitation", "scenario": "haute_ecole_jury", "company": "Haute École Mosane d'Administration Publique",
    "contact": "v.closset@hemap.example.be", "lang": "fr",
    "frm": ("Valérie Closset", "v.closset@hemap.example.be"),
    "subject": "Invitation - épreuve orale, poste de chargé(e) des relations extérieures",
    "header_charset": "iso-8859-1",
    "date": "2026-05-22 13:40 +0200", "charset": "iso-8859-1", "cte": "8bit",
    "text": """Madame,

Suite à l'examen des dossiers, le jury a le plaisir de vous inviter à l'épreuve orale pour le poste de chargé(e) des relations extérieures de la Haute École Mosane d'Administration Publique.

Date : jeudi 4 juin 2026
Heure : 10h15 (merci de vous présenter à l'accueil à 10h00)
Lieu : campus de Namur, rue Godefroid 30, salle du Conseil (bâtiment B, 1er étage)

L'épreuve comprend une présentation de 10 minutes sur le thème « Comment une haute école peut-elle peser dans le débat régional sur l'enseignement supérieur ? », suivie d'un échange de 30 minutes avec le jury.

Je vous saurais gré de me confirmer votre présence.

Valérie Closset
Directrice administrative
HEMAP - Haute École Mosane d'Administration Publique
Tél. 081/00.00.00
""",
})

# I12 -- SmartRecruiters, bank in Strasbourg, HTML only, "planifiez"
add({
    "kind": "interview_invitation", "scenario": "smartrecruiters_banque", "company": "Crédit Rhénan", "contact": "", "lang": "fr",
    "frm": ("Crédit Rhénan Recrutement", "noreply@smartrecruiters.com"),
    "subject": "Planifiez votre entretien avec Crédit Rhénan",
    "date": "2026-07-06 09:27 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f5f6f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
<tr><td style="padding:20px 28px;border-bottom:4px solid #b5121b"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/creditrhenan.png" alt="Crédit Rhénan" width="140"></td></tr>
<tr><td style="padding:24px 28px;line-height:1.6">
<p>Bonjour Mathilde,</p>
<p>Votre candidature au poste de <b>Chargé(e) de relations institutionnelles et affaires publiques</b> nous intéresse et nous souhaitons vous rencontrer lors d'un entretien téléphonique de 30 minutes avec Mme Hoffmann, responsable du recrutement.</p>
<p>Choisissez dès maintenant le créneau qui vous convient :</p>
<p style="text-align:center"><a href="https://www.smartrecruiters.com/interview-scheduler/7d1f0c" style="display:inline-block;background:#b5121b;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:3px">Planifier mon entretien</a></p>
<p>À bientôt,<br>L'équipe Recrutement du Crédit Rhénan</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:10px;color:#9b9b9b;background:#fafafa">Crédit Rhénan – Société coopérative de banque – 1 place Kléber, 67000 Strasbourg. Merci de ne pas répondre à cet e-mail. <a href="https://www.smartrecruiters.com/privacy-policy" style="color:#9b9b9b">Confidentialité</a></td></tr>
</table></td></tr></table>
<img src="https://email.smartrecruiters.com/wf/open?upn=Yz1c9kP0" width="1" height="1" alt="">
</body></html>""",
})

# I13 -- Luxembourg consultancy, second round with the partners, windows-1252 base64
add({
    "kind": "interview_invitation", "scenario": "second_tour_associes", "company": "Mersch & Thill",
    "contact": "a.thill@mersch-thill.example.lu", "lang": "fr",
    "frm": ("Anne Thill", "a.thill@mersch-thill.example.lu"),
    "subject": "Deuxième entretien",
    "date": "2026-08-25 17:55 +0200", "charset": "windows-1252", "cte": "b64",
    "text": """Chère Madame Okonkwo-Lefebvre,

Merci encore pour notre premier échange de mardi. Mon associé et moi souhaiterions poursuivre la discussion lors d’un deuxième entretien, cette fois avec l’ensemble des associés du cabinet.

Seriez-vous disponible le vendredi 4 septembre à 15h00, à nos bureaux du Kirchberg ? Nous vous demanderons de nous présenter en dix minutes votre lecture du paysage institutionnel luxembourgeois – rien de formel, quelques slides suffiront.

Bien à vous,

Anne Thill
Associée gérante
Mersch & Thill Sàrl – Conseil en affaires publiques
15, avenue J.F. Kennedy, L-1855 Luxembourg
RCS Luxembourg B 000 000
""",
})

# I14 -- Workday, London/Brussels firm, HTML only, no contact
add({
    "kind": "interview_invitation", "scenario": "workday_interview_scheduled", "company": "Castellan Global Affairs", "contact": "", "lang": "en",
    "frm": ("Castellan Global Affairs Recruiting", "castellan@myworkday.com"),
    "subject": "Interview Scheduled: Public Affairs Consultant (JR-4410)",
    "date": "2026-06-08 13:02 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="margin:0;padding:0;background:#f0f0f0">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f0f0f0"><tr><td align="center" style="padding:20px 0">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:18px 30px;background:#14213d"><img src="https://wd3.myworkday.com/castellan/img/castellan_logo_white.png" alt="Castellan Global Affairs" width="170" style="display:block"></td></tr>
<tr><td style="padding:26px 30px;line-height:1.6">
<p>Dear Mathilde,</p>
<p>We are pleased to confirm your interview for the role of <strong>Public Affairs Consultant</strong> (JR-4410).</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#777">Date</td><td>Thursday, 18 June 2026</td></tr>
<tr><td style="color:#777">Time</td><td>11:00 – 12:00 (Brussels time)</td></tr>
<tr><td style="color:#777">Format</td><td>Microsoft Teams (link below)</td></tr>
<tr><td style="color:#777">Interviewers</td><td>Eleanor Price, Director; Joost Maes, Senior Consultant</td></tr>
</table>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zjk0NjYx%40thread.v2/0" style="color:#1f5fbf">Join the interview</a></p>
<p>If you need to change this time, please use the link in your <a href="https://wd3.myworkday.com/castellan/d/task/2997$9111.htmld" style="color:#1f5fbf">candidate home</a>.</p>
<p>Best regards,<br>Castellan Global Affairs Recruiting</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:10px;color:#999;background:#f7f7f7">Castellan Global Affairs Ltd, 10 Old Jewry, London EC2R 8DN. Registered in England and Wales No. 07654321. Brussels office: Avenue de Cortenbergh 66, 1000 Brussels. Please do not reply to this message.</td></tr>
</table></td></tr></table>
<img src="https://wd3.myworkday.com/castellan/email/open/5f2a.gif" width="1" height="1" alt="">
</body></html>""",
})

# I15 -- Ashby with a Google Calendar invitation (REQUEST), Reply-To the recruiter
add({
    "kind": "interview_invitation", "scenario": "ashby_calendar_request", "company": "Tessellate Public Affairs",
    "contact": "jess.okafor@tessellate.example.eu", "lang": "en",
    "frm": ("Tessellate Public Affairs", "no-reply@ashbyhq.com"),
    "reply_to": ("Jess Okafor", "jess.okafor@tessellate.example.eu"),
    "subject": "Invitation: Interview - Mathilde Okonkwo-Lefebvre <> Tessellate @ Tue 19 May 2026 15:00 - 15:45 (CEST)",
    "msgid": "<calendar-5r2kq8v1mj0c7h3d9p6t4b0n1s@ashbyhq.com>",
    "date": "2026-05-11 10:44 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

Thanks for making time to talk to us! This invite is for your first-round interview for the Policy & Advocacy Manager role with Jess Okafor (Head of People) and Tobias Lund (Director, Brussels).

When: Tuesday 19 May 2026, 15:00-15:45 CEST
Where: Google Meet - https://meet.google.com/xqt-hmzp-kvd

Please accept the invite below so it lands in your calendar. If you need to move it, just reply to this email.

Jess
Tessellate Public Affairs
""",
    "html": """<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">
<p>Hi Mathilde,</p>
<p>Thanks for making time to talk to us! This invite is for your first-round interview for the <b>Policy &amp; Advocacy Manager</b> role with Jess Okafor (Head of People) and Tobias Lund (Director, Brussels).</p>
<table cellpadding="4"><tr><td style="color:#70757a">When</td><td>Tuesday 19 May 2026, 15:00-15:45 CEST</td></tr>
<tr><td style="color:#70757a">Where</td><td><a href="https://meet.google.com/xqt-hmzp-kvd">meet.google.com/xqt-hmzp-kvd</a></td></tr></table>
<p>Please accept the invite below so it lands in your calendar. If you need to move it, just reply to this email.</p>
<p>Jess<br>Tessellate Public Affairs</p>
<p style="font-size:11px;color:#9aa0a6">Scheduled with <a href="https://www.ashbyhq.com" style="color:#9aa0a6">Ashby</a></p>
</div>""",
    "ics": {"method": "REQUEST", "uid": TESS_UID, "seq": 0, "start": "20260519T150000",
         "end": "20260519T154500", "summary": "Interview - Mathilde Okonkwo-Lefebvre <> Tessellate",
         "location": "https://meet.google.com/xqt-hmzp-kvd",
         "organizer": ("Jess Okafor", "jess.okafor@tessellate.example.eu"),
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    "ics_file": True,
})

# I16 -- NGO programme lead, warm and casual
add({
    "kind": "interview_invitation", "scenario": "ngo_casual_chat", "company": "ClimateBridge Europe",
    "contact": "sara.lindqvist@climatebridge.example.org", "lang": "en",
    "frm": ("Sara Lindqvist", "sara.lindqvist@climatebridge.example.org"),
    "subject": "Your application - let's talk!",
    "date": "2026-02-19 17:08 +0100", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Mathilde!

Loved your application for the Policy & Campaigns Officer role - the way you described getting the Liège city council on board with the low-emission zone was exactly the kind of thing we're looking for.

Are you free for a video chat next week? I could do Tuesday 24th at 11:00 or Wednesday 25th any time after 14:00 (Brussels time). It'd be me and Pieter from our EU team, about 45 minutes, nothing too formal.

Let me know what works!

Sara

--
Sara Lindqvist (she/her)
Programme Lead, EU Policy
ClimateBridge Europe
Mundo-B, Rue d'Edimbourg 26, 1050 Brussels
Twitter/X: @climatebridgeEU | LinkedIn: /company/climatebridge-europe
""",
})

# I17 -- head-hunter, unnamed client, company is the agency
add({
    "kind": "interview_invitation", "scenario": "headhunter_client_anonyme", "company": "Ferris & Lowe Executive Search",
    "contact": "oliver.ferris@ferrislowe.example.eu", "lang": "en",
    "frm": ("Oliver Ferris", "oliver.ferris@ferrislowe.example.eu"),
    "subject": "Confidential search - Head of EU Affairs",
    "date": "2026-09-02 08:16 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Dear Mathilde,

Thank you for the conversation on Friday. I have now presented your profile to my client, a leading international trade association headquartered in Brussels, and I am pleased to say they would like to meet you.

The first interview would be with the Secretary General and the Director of Communications, at their offices near Place du Luxembourg, on Wednesday 9 September at 16:30. As this is a confidential search, I will share the client's name once you confirm you are happy to proceed.

Could you let me know by Thursday whether the slot works?

Kind regards,

Oliver Ferris
Partner
Ferris & Lowe Executive Search
Square de Meeûs 37, 1000 Brussels | +32 2 808 00 00

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
})

# I18 -- Geneva international council, competency-based interview, iso-8859-1 (English)
add({
    "kind": "interview_invitation", "scenario": "competency_interview_geneva", "company": "International Council for Migration Dialogue",
    "contact": "recruitment@icmd.example.org", "lang": "en",
    "frm": ("ICMD Recruitment", "recruitment@icmd.example.org"),
    "subject": "Competency-based interview - Policy Officer (P-2), VN 2026/031",
    "date": "2026-04-14 09:40 +0200", "charset": "iso-8859-1", "cte": "qp",
    "text": """Dear Ms. Okonkwo-Lefebvre,

Further to your application for the position of Policy Officer (P-2), Vacancy Notice 2026/031, we are pleased to invite you to a competency-based interview.

Date: Thursday, 23 April 2026
Time: 10:00 - 11:00 (Geneva time)
Location: ICMD Headquarters, Route des Morillons 17, 1218 Le Grand-Saconnex

The interview will assess the following competencies: communication, teamwork, planning and organising, and accountability. You may wish to prepare examples using the situation-task-action-result structure.

Kindly confirm your availability by replying to this email no later than 17 April. Candidates travelling from abroad may request to be interviewed by video.

Yours sincerely,

Recruitment Unit
Human Resources Management Division
International Council for Migration Dialogue
""",
})

# I19 -- Gmail thread: her follow-up quotes "move forward with other candidates"; new text invites
add({
    "kind": "interview_invitation", "scenario": "gmail_reply_to_followup", "company": "Strand Policy Advisory",
    "contact": "daniel.strand@strandpolicy.example.eu", "lang": "en",
    "frm": ("Daniel Strand", "daniel.strand@strandpolicy.example.eu"),
    "subject": "Re: Following up",
    "date": "2026-07-15 18:31 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

Apologies for the radio silence - summer plus a big client deliverable. We haven't moved on with anyone yet, and I'd like to invite you for an interview. Could you do Tuesday 21 July at 14:00, by Zoom? It'll be me and our senior analyst Clara, roughly an hour.

Zoom: https://zoom.us/j/93154077213?pwd=c3RyYW5k

Best,
Daniel

Daniel Strand | Founder & Managing Director | Strand Policy Advisory
Rue Froissart 95, 1040 Brussels | +32 2 230 00 00

On Mon, Jul 13, 2026 at 9:05 AM Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be> wrote:

""" + quote("""Dear Mr Strand,

I applied for the Policy Analyst position on 22 June and wanted to follow up. I understand if you've decided to move forward with other candidates, but I remain very interested and would welcome the chance of an interview.

Best regards,
Mathilde Okonkwo-Lefebvre"""),
})

# I20 -- Madrid public agency, usted, iso-8859-1 qp
add({
    "kind": "interview_invitation", "scenario": "agencia_madrid_convocatoria", "company": "Agencia Madrileña de Cooperación Internacional",
    "contact": "mcarmen.vidal@amci.example.es", "lang": "es",
    "frm": ("María del Carmen Vidal", "mcarmen.vidal@amci.example.es"),
    "subject": "Convocatoria a entrevista - Técnico/a de Relaciones Institucionales",
    "header_charset": "iso-8859-1",
    "date": "2026-05-12 10:05 +0200", "charset": "iso-8859-1", "cte": "qp",
    "text": """Estimada Sra. Okonkwo-Lefebvre:

Nos complace comunicarle que su candidatura ha sido seleccionada para la fase de entrevista del proceso de selección de Técnico/a de Relaciones Institucionales (ref. AMCI-2026-RI-03).

La entrevista tendrá lugar el martes 26 de mayo de 2026 a las 12:30 h en nuestra sede (calle de Serrano 23, 28001 Madrid). Tendrá una duración aproximada de 45 minutos y se desarrollará en español y francés.

Le rogamos que nos confirme su asistencia respondiendo a este correo.

Atentamente,

María del Carmen Vidal Prieto
Jefa de Servicio de Recursos Humanos
Agencia Madrileña de Cooperación Internacional
Tel. 91 000 00 00
""",
})

# I21 -- Spanish agency recruiter, tú, client named, Outlook "De: / Enviado:" chain
add({
    "kind": "interview_invitation", "scenario": "consultora_cliente_nombrado", "company": "Asociación Española de Fabricantes de Bicicletas",
    "contact": "nerea.campos@talentia-seleccion.example.es", "lang": "es",
    "frm": ("Nerea Campos", "nerea.campos@talentia-seleccion.example.es"),
    "subject": "RE: Puesto de responsable de asuntos públicos",
    "date": "2026-06-15 12:14 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """¡Hola Mathilde!

¡Buenas noticias! La Asociación Española de Fabricantes de Bicicletas quiere conocerte. Te proponen una entrevista con su director general el jueves 18 de junio a las 10:00 en su sede de Madrid (calle de Génova 11), o por videollamada si te viene mejor desde Bélgica.

¿Me confirmas cuál de las dos opciones prefieres?

Un abrazo,
Nerea

Nerea Campos | Consultora Senior | Talentia Selección
www.talentia-seleccion.example.es | 91 000 11 22

De: Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be>
Enviado: miércoles, 10 de junio de 2026 19:02
Para: Nerea Campos <nerea.campos@talentia-seleccion.example.es>
Asunto: Puesto de responsable de asuntos públicos

Hola Nerea:

Gracias por la llamada de esta tarde. Te adjunto mi CV actualizado. Como te comenté, estoy en otros dos procesos, uno de ellos en fase de oferta, así que te agradecería que me tuvieras al tanto.

Un saludo,
Mathilde
""",
})

# I22 -- Madrid bank, HTML alternative, Teams link, no reply address
add({
    "kind": "interview_invitation", "scenario": "banco_teams", "company": "Banco Meridiano", "contact": "", "lang": "es",
    "frm": ("Banco Meridiano - Selección", "seleccion@bancomeridiano.example.es"),
    "subject": "Entrevista: Responsable de Relaciones Institucionales",
    "date": "2026-08-26 09:10 +0200", "charset": "utf-8", "cte": "b64",
    "text": """Estimada Mathilde:

Nos ponemos en contacto con usted para convocarle a una entrevista por Microsoft Teams para el puesto de Responsable de Relaciones Institucionales.

Fecha: lunes, 7 de septiembre de 2026
Hora: 16:00 (hora peninsular)
Entrevistadores: Dña. Marta Echeverría (Directora de Asuntos Públicos) y D. Álvaro Ruiz (HR Business Partner)
Enlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmFuY29t%40thread.v2/0

Este es un mensaje automático. Por favor, no responda a este correo; para cualquier cambio utilice el portal del candidato.

Banco Meridiano, S.A.
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:2px solid #f39200"><img src="https://www.bancomeridiano.example.es/img/logo-bm.png" alt="Banco Meridiano" height="34"></td></tr>
<tr><td style="padding:18px 0;line-height:1.55">
<p>Estimada Mathilde:</p>
<p>Nos ponemos en contacto con usted para convocarle a una entrevista por Microsoft Teams para el puesto de <b>Responsable de Relaciones Institucionales</b>.</p>
<ul><li>Fecha: lunes, 7 de septiembre de 2026</li><li>Hora: 16:00 (hora peninsular)</li>
<li>Entrevistadores: Dña. Marta Echeverría (Directora de Asuntos Públicos) y D. Álvaro Ruiz (HR Business Partner)</li></ul>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmFuY29t%40thread.v2/0">Unirse a la reunión</a></p>
<p style="font-size:12px;color:#777">Este es un mensaje automático. Por favor, no responda a este correo; para cualquier cambio utilice el <a href="https://empleo.bancomeridiano.example.es/portal">portal del candidato</a>.</p>
<p style="font-size:11px;color:#999">Banco Meridiano, S.A. – Inscrito en el Registro de Bancos y Banqueros con el n.º 0000.</p>
</td></tr></table></body></html>""",
})

# I23 -- Personio in Spanish, urban-policy observatory, Reply-To a person, HTML only
add({
    "kind": "interview_invitation", "scenario": "personio_observatorio", "company": "Observatorio Europeo de Políticas Urbanas",
    "contact": "i.garrido@oepu.example.eu", "lang": "es",
    "frm": ("Observatorio Europeo de Políticas Urbanas", "noreply@personio.de"),
    "reply_to": ("Irene Garrido", "i.garrido@oepu.example.eu"),
    "subject": "Invitación a entrevista y prueba escrita",
    "date": "2026-03-09 11:55 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<!doctype html><html><body style="margin:0;background:#f7f7f7">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:20px">
<table width="600" cellspacing="0" cellpadding="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;line-height:1.6">
<tr><td style="padding:22px 30px 0 30px"><img src="https://oepu.jobs.personio.de/logo.png" alt="OEPU" width="120"></td></tr>
<tr><td style="padding:16px 30px 26px 30px">
<p>Hola Mathilde:</p>
<p>Gracias por tu candidatura al puesto de <b>Responsable de Comunicación e Incidencia</b>. Nos gustaría conocerte mejor.</p>
<p>Te proponemos una entrevista por videollamada el <b>viernes 13 de marzo a las 12:00</b>, seguida de una breve prueba escrita (30 minutos) sobre la Agenda Urbana de la UE.</p>
<p>Si la hora no te va bien, respóndeme a este correo y buscamos otra.</p>
<p>¡Un saludo!<br>Irene Garrido<br>Coordinadora de equipo – Observatorio Europeo de Políticas Urbanas</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:11px;color:#999;border-top:1px solid #eee">Enviado con Personio · <a href="https://oepu.jobs.personio.de/privacy-policy" style="color:#999">Protección de datos</a></td></tr>
</table></td></tr></table></body></html>""",
})

# I24 -- Personio, German association, Reply-To a person
add({
    "kind": "interview_invitation", "scenario": "personio_einladung", "company": "Europäischer Verband der Kommunalwirtschaft",
    "contact": "m.keller@evk.example.eu", "lang": "de",
    "frm": ("Europäischer Verband der Kommunalwirtschaft", "noreply@personio.de"),
    "reply_to": ("Markus Keller", "m.keller@evk.example.eu"),
    "subject": "Einladung zum Vorstellungsgespräch",
    "date": "2026-07-27 10:20 +0200", "charset": "utf-8", "cte": "qp", "header_charset": "iso-8859-1",
    "text": """Sehr geehrte Frau Okonkwo-Lefebvre,

vielen Dank für Ihre Bewerbung als Referentin für Public Affairs in unserem Brüsseler Büro. Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen:

Termin: Mittwoch, 5. August 2026, 10:00 Uhr
Ort: EVK, Rue de la Loi 81a, 1040 Brüssel (4. Etage)
Gesprächspartner: Markus Keller (Leiter Büro Brüssel), Dr. Ines Haller (Geschäftsführerin)

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Markus Keller
Europäischer Verband der Kommunalwirtschaft e.V.
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Sehr geehrte Frau Okonkwo-Lefebvre,</p>
<p>vielen Dank für Ihre Bewerbung als Referentin für Public Affairs in unserem Brüsseler Büro. Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen:</p>
<table cellpadding="3"><tr><td><b>Termin:</b></td><td>Mittwoch, 5. August 2026, 10:00 Uhr</td></tr>
<tr><td><b>Ort:</b></td><td>EVK, Rue de la Loi 81a, 1040 Brüssel (4. Etage)</td></tr>
<tr><td><b>Gesprächspartner:</b></td><td>Markus Keller (Leiter Büro Brüssel), Dr. Ines Haller (Geschäftsführerin)</td></tr></table>
<p>Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.</p>
<p>Mit freundlichen Grüßen<br>Markus Keller<br>Europäischer Verband der Kommunalwirtschaft e.V.</p>
<p style="font-size:10px;color:#aaa">Gesendet über Personio</p>
</body></html>""",
})

# I25 -- Luxembourg data start-up, du, Kennenlernen
add({
    "kind": "interview_invitation", "scenario": "startup_kennenlernen_du", "company": "Grenzland Analytics",
    "contact": "nina.hoffmann@grenzland-analytics.example.lu", "lang": "de",
    "frm": ("Nina Hoffmann", "nina.hoffmann@grenzland-analytics.example.lu"),
    "subject": "Kennenlernen?",
    "date": "2026-09-08 14:48 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Hey Mathilde,

danke für deine Bewerbung als Policy & Partnerships Lead! Uns hat gefallen, dass du schon mit Gemeinden gearbeitet hast – genau da wollen wir hin.

Hast du Lust auf ein erstes Kennenlernen per Video? Ich hätte Donnerstag um 9:30 oder Freitag um 16 Uhr Zeit. Dauert ca. 30 Minuten, ganz locker.

Liebe Grüße
Nina

Nina Hoffmann
People & Culture | Grenzland Analytics
Esch-sur-Alzette · grenzland-analytics.example.lu
""",
})

# I26 -- Strasbourg institute, German "Am ... schrieb" chain
add({
    "kind": "interview_invitation", "scenario": "am_schrieb_einladung", "company": "Deutsch-Französisches Institut für Regionalpolitik",
    "contact": "c.albrecht@dfir.example.eu", "lang": "de",
    "frm": ("Dr. Clemens Albrecht", "c.albrecht@dfir.example.eu"),
    "subject": "AW: Bewerbung als Projektreferentin Grenzüberschreitende Zusammenarbeit",
    "header_charset": "iso-8859-1",
    "date": "2026-03-10 16:12 +0100", "charset": "iso-8859-1", "cte": "qp",
    "text": """Sehr geehrte Frau Okonkwo-Lefebvre,

vielen Dank für Ihre Unterlagen. Wir würden Sie gerne zu einem Vorstellungsgespräch am Montag, den 23. März 2026, um 11:00 Uhr in unser Institut in Straßburg (Place de Bordeaux 8) einladen. Das Gespräch wird auf Deutsch und Französisch geführt und dauert etwa eine Stunde.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der Termin passt.

Mit freundlichen Grüßen

Dr. Clemens Albrecht
Direktor
Deutsch-Französisches Institut für Regionalpolitik e.V.
Tel. +33 3 88 00 00 00

Am 02.03.2026 um 08:47 schrieb Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be>:

""" + quote("""Sehr geehrter Herr Dr. Albrecht,

anbei sende ich Ihnen meine Bewerbung als Projektreferentin für grenzüberschreitende Zusammenarbeit. Ich spreche fließend Französisch und Englisch und verfüge über gute Deutschkenntnisse (C1).

Mit freundlichen Grüßen
Mathilde Okonkwo-Lefebvre"""),
})

# ---------------------------------------------------------------- interview_reschedule_or_cancel (15)

# S1 -- the DVPA invitation moved, same UID, SEQUENCE 1
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "calendar_sequence_update", "company": "Dumont & Verhaegen Public Affairs",
    "contact": "c.verhaegen@dvpa.example.be", "lang": "fr",
    "frm": ("Charlotte Verhaegen", "c.verhaegen@dvpa.example.be"),
    "subject": "Mis à jour : Entretien – Senior Account Manager Public Affairs",
    "in_reply_to": "<DB9PR02MB7421A0C8F2E4@DB9PR02MB7421.eurprd02.prod.outlook.example.be>",
    "date": "2026-04-08 12:06 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Madame Okonkwo-Lefebvre,

Pierre Dumont doit être au Parlement européen mardi matin pour une audition qui vient d'être fixée. Nous devons donc déplacer notre entretien au jeudi 16 avril à 14h00, même adresse.

L'invitation mise à jour est jointe. Si ce nouveau créneau ne vous convient pas, dites-le-moi et nous trouverons une alternative.

Toutes mes excuses pour ce changement,

Charlotte Verhaegen
Partner
Dumont & Verhaegen Public Affairs
""",
    "ics": {"method": "REQUEST", "uid": DV_UID, "seq": 1, "start": "20260416T140000",
         "end": "20260416T150000", "summary": "Entretien Mathilde Okonkwo-Lefebvre – DVPA (nouvelle date)",
         "location": "DVPA, rue du Trône 98, 1050 Ixelles",
         "organizer": ("Charlotte Verhaegen", "c.verhaegen@dvpa.example.be")},
})

# S2 -- Geneva, the director is ill, interview postponed
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "directrice_souffrante", "company": "Centre genevois de médiation internationale",
    "contact": "f.bonvin@cgmi.example.ch", "lang": "fr",
    "frm": ("Bonvin Florence", "f.bonvin@cgmi.example.ch"),
    "subject": "Report de votre entretien du 26 février",
    "date": "2026-02-24 08:12 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Madame,

Notre directrice, Mme Perrenoud, est malheureusement souffrante cette semaine et nous sommes contraints de reporter votre entretien prévu jeudi 26 février.

Nous vous proposons à la place le mardi 3 mars à 9h30, ou le mercredi 4 mars à 14h00, toujours à la rue de Varembé. L'exercice écrit est maintenu dans le même format.

Je vous prie de nous excuser pour ce contretemps et vous remercie de m'indiquer le créneau qui vous convient le mieux. Si vous avez déjà réservé votre billet de train, nous prendrons en charge les frais de modification.

Meilleures salutations,

Florence Bonvin
Responsable des ressources humaines
Centre genevois de médiation internationale
""",
})

# S3 -- the regional agency switches the interview to video
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "passage_en_visio", "company": "Agence Wallonne pour l'Attractivité Territoriale",
    "contact": "s.lambert@awat.example.be", "lang": "fr",
    "frm": ("Lambert Sébastien", "s.lambert@awat.example.be"),
    "subject": "RE: Candidature – Responsable relations institutionnelles (réf. AWAT-2026-07)",
    "date": "2026-04-10 16:44 +0200", "charset": "windows-1252", "cte": "8bit",
    "text": """Madame Okonkwo-Lefebvre,

Petit changement pour mardi : en raison de travaux dans notre bâtiment de Jambes, l’entretien du 14 avril à 14h00 aura lieu en visioconférence (Teams) plutôt que dans nos locaux. L’heure et la composition du jury ne changent pas.

Vous recevrez le lien lundi dans la matinée.

Cordialement,

Sébastien Lambert
Responsable RH
Agence Wallonne pour l’Attractivité Territoriale
""",
})

# S4 -- Mersch & Thill cancels Friday, new dates to follow
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "annulation_nouvelles_dates", "company": "Mersch & Thill",
    "contact": "a.thill@mersch-thill.example.lu", "lang": "fr",
    "frm": ("Anne Thill", "a.thill@mersch-thill.example.lu"),
    "subject": "Re: Deuxième entretien",
    "date": "2026-09-02 19:31 +0200", "charset": "windows-1252", "cte": "qp",
    "text": """Chère Madame,

Je suis désolée de devoir annuler notre rendez-vous de vendredi : deux de nos associés sont retenus à Bruxelles par une réunion de crise chez un client et il ne serait pas sérieux de vous recevoir sans eux.

Le poste reste bien ouvert et votre candidature est toujours en tête de liste. Je reviens vers vous d’ici mardi avec deux ou trois nouvelles dates.

Bien à vous,
Anne Thill
Mersch & Thill Sàrl
""",
})

# S5 -- agency moves the slot at the client's request, tu, Apple Mail quote
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "agence_decale_creneau", "company": "Fédération Wallonne des Pouvoirs Locaux",
    "contact": "julie.brasseur@lumen-recrutement.example.be", "lang": "fr",
    "frm": ("Julie Brasseur", "julie.brasseur@lumen-recrutement.example.be"),
    "subject": "Re: Entretien FWPL mardi",
    "date": "2026-05-15 09:20 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Coucou Mathilde,

La Fédération Wallonne des Pouvoirs Locaux me demande si on peut décaler ton entretien de mardi à 16h au lieu de 14h (leur secrétaire général sort d'un CA qui traîne). Même endroit, rue de l'Étoile à Namur.

Ça te va ? Dis-moi vite que je confirme.

Julie

Le 12 mai 2026 à 17:03, Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be> a écrit :

""" + quote("""Super, merci Julie ! Je confirme donc mardi 19 mai à 14h à Namur.
Tu sais qui sera dans le jury ?
Mathilde"""),
})

# S6 -- Greenhouse cancels the slot and asks to pick a new one, HTML only
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "greenhouse_annule_recreneau", "company": "Hemicycle Partners",
    "contact": "ines.moulin@hemicycle.example.eu", "lang": "fr",
    "frm": ("Hemicycle Partners via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Inès Moulin", "ines.moulin@hemicycle.example.eu"),
    "subject": "Votre entretien du 11 mars a été annulé – merci de choisir un nouveau créneau",
    "date": "2026-03-10 15:02 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#202124;line-height:1.55;max-width:560px">
<p>Bonjour Mathilde,</p>
<p>Nous sommes désolés : Olivier Staes a été appelé en urgence sur un dossier client et votre entretien prévu le <b>mercredi 11 mars à 10h00</b> a été annulé.</p>
<p>Nous souhaitons bien entendu vous rencontrer. Merci de choisir un nouveau créneau parmi les disponibilités de la semaine prochaine :</p>
<p><a href="https://app.greenhouse.io/scheduling/selfschedule/b20e44a1c9" style="background:#1a73e8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Choisir un nouveau créneau</a></p>
<p>Avec toutes nos excuses,<br>Inès Moulin<br><span style="color:#5f6368">Talent Acquisition | Hemicycle Partners</span></p>
</div>
<img src="https://greenhouse-mail.io/o/eJyrVkrLz1eyUkpKLFIqzcvPzAEAM6kF7g.gif" width="1" height="1" alt="">""",
})

# S7 -- university college jury postponed because of a transport strike, iso-8859-1
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "jury_reporte_greve", "company": "Haute École Mosane d'Administration Publique",
    "contact": "v.closset@hemap.example.be", "lang": "fr",
    "frm": ("Valérie Closset", "v.closset@hemap.example.be"),
    "subject": "Report de l'épreuve orale du 4 juin", "header_charset": "iso-8859-1",
    "date": "2026-06-01 11:26 +0200", "charset": "iso-8859-1", "cte": "qp",
    "text": """Madame,

En raison du mouvement de grève annoncé dans les transports en commun le jeudi 4 juin, plusieurs membres du jury ne pourront rejoindre le campus. L'épreuve orale est donc reportée au mardi 9 juin 2026, à la même heure (10h15) et au même endroit.

Le sujet de la présentation reste inchangé.

Merci de me confirmer que cette nouvelle date vous convient.

Valérie Closset
Directrice administrative
HEMAP - Haute École Mosane d'Administration Publique
""",
})

# S8 -- Paris ministry moves the convocation (short, Outlook signature), reply subject
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "ministere_nouvel_horaire", "company": "Ministère de la Ruralité et des Territoires",
    "contact": "bureau-recrutement@mrt.example.fr", "lang": "fr",
    "frm": ("Bureau du recrutement (MRT)", "bureau-recrutement@mrt.example.fr"),
    "subject": "RE: Convocation – entretien de recrutement du 19 mai 2026",
    "date": "2026-05-13 10:40 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Madame,

Nous accusons réception de votre confirmation. En raison d'une contrainte d'agenda du président de la commission, votre entretien du 19 mai est avancé à 9h30 au lieu de 11h00. Le lieu reste inchangé (78 rue de Varenne, salle 214).

Nous vous prions de bien vouloir nous excuser pour ce changement et vous remercions de nous confirmer que ce nouvel horaire vous convient.

Le bureau du recrutement
Ministère de la Ruralité et des Territoires
""",
})

# S9 -- Tessellate: calendar CANCEL with the invitation's UID, new times to follow
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "calendar_cancel", "company": "Tessellate Public Affairs",
    "contact": "jess.okafor@tessellate.example.eu", "lang": "en",
    "frm": ("Jess Okafor", "jess.okafor@tessellate.example.eu"),
    "subject": "Canceled: Interview - Mathilde Okonkwo-Lefebvre <> Tessellate @ Tue 19 May 2026 15:00 - 15:45 (CEST)",
    "in_reply_to": "<calendar-5r2kq8v1mj0c7h3d9p6t4b0n1s@ashbyhq.com>",
    "date": "2026-05-18 17:52 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

I'm really sorry, but we have to cancel tomorrow's interview - Tobias has been pulled into a client meeting in Strasbourg that we can't move. This is on us, not you!

I'll send over a few new slots for next week first thing tomorrow morning.

Jess

Jess Okafor | Head of People | Tessellate Public Affairs
""",
    "ics": {"method": "CANCEL", "uid": TESS_UID, "seq": 1, "start": "20260519T150000",
         "end": "20260519T154500", "summary": "Canceled: Interview - Mathilde Okonkwo-Lefebvre <> Tessellate",
         "location": "https://meet.google.com/xqt-hmzp-kvd",
         "organizer": ("Jess Okafor", "jess.okafor@tessellate.example.eu"),
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
})

# S10 -- NGO asks to move the chat earlier, casual
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "move_chat_earlier", "company": "ClimateBridge Europe",
    "contact": "sara.lindqvist@climatebridge.example.org", "lang": "en",
    "frm": ("Sara Lindqvist", "sara.lindqvist@climatebridge.example.org"),
    "subject": "Re: Your application - let's talk!",
    "date": "2026-02-23 08:03 +0100", "charset": "utf-8", "cte": "8bit",
    "text": """Morning Mathilde,

Any chance we could move our chat from Wednesday afternoon to Monday 2 March at 10:00 instead? Pieter has to fly to Warsaw on Wednesday and I'd really like him to be there.

Same Jitsi link as before. Sorry for the shuffle!

Sara

--
Sara Lindqvist (she/her)
Programme Lead, EU Policy | ClimateBridge Europe
""",
})

# S11 -- Geneva council switches from in person to phone (building works), role mailbox
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "in_person_to_phone", "company": "International Council for Migration Dialogue",
    "contact": "recruitment@icmd.example.org", "lang": "en",
    "frm": ("ICMD Recruitment", "recruitment@icmd.example.org"),
    "subject": "RE: Competency-based interview - Policy Officer (P-2), VN 2026/031",
    "date": "2026-04-21 15:18 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Dear Ms. Okonkwo-Lefebvre,

Please note that, owing to unscheduled building works at our headquarters, all interviews for VN 2026/031 will now be held by telephone. Your interview remains on Thursday, 23 April at 10:00 Geneva time; the panel will call you on +32 475 12 34 56. Should you prefer a different number, kindly reply to this email.

Please accept our apologies for the late change.

Yours sincerely,

Recruitment Unit
International Council for Migration Dialogue
""",
})

# S12 -- Castellan recruiter pushes the interview, "-----Original Message-----" quoting the Workday invite
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "original_message_push", "company": "Castellan Global Affairs",
    "contact": "eleanor.price@castellan.example.eu", "lang": "en",
    "frm": ("Price, Eleanor", "eleanor.price@castellan.example.eu"),
    "subject": "RE: Interview Scheduled: Public Affairs Consultant (JR-4410)",
    "date": "2026-06-16 09:47 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Dear Mathilde,

I'm afraid we need to push your interview to next week, as I'm now travelling to Dublin on Thursday. Would Tuesday 23 June at 11:00 or Wednesday 24 June at 15:00 work for you? Same Teams format. I'll update the booking in Workday once you confirm.

Apologies for the inconvenience.

Best regards,
Eleanor

Eleanor Price
Director, EU Institutions
Castellan Global Affairs
Avenue de Cortenbergh 66, 1000 Brussels
Castellan Global Affairs Ltd is registered in England and Wales No. 07654321.

-----Original Message-----
From: Castellan Global Affairs Recruiting <castellan@myworkday.com>
Sent: 08 June 2026 13:02
To: Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be>
Subject: Interview Scheduled: Public Affairs Consultant (JR-4410)

Dear Mathilde,

We are pleased to confirm your interview for the role of Public Affairs Consultant (JR-4410).
Date: Thursday, 18 June 2026
Time: 11:00 - 12:00 (Brussels time)
Format: Microsoft Teams
""",
})

# S13 -- Madrid agency postpones the interview, usted
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "aplazamiento_entrevista", "company": "Agencia Madrileña de Cooperación Internacional",
    "contact": "mcarmen.vidal@amci.example.es", "lang": "es",
    "frm": ("María del Carmen Vidal", "mcarmen.vidal@amci.example.es"),
    "subject": "Aplazamiento de la entrevista del 26 de mayo",
    "date": "2026-05-21 13:11 +0200", "charset": "utf-8", "cte": "b64",
    "text": """Estimada Sra. Okonkwo-Lefebvre:

Por motivos de agenda de la Dirección, nos vemos obligados a aplazar la entrevista prevista para el martes 26 de mayo. Le proponemos como nueva fecha el jueves 4 de junio a las 10:00 h, en el mismo lugar.

Le ruego que nos confirme si le viene bien o, en caso contrario, nos indique su disponibilidad esa misma semana. Si lo prefiere, la entrevista podría realizarse por videoconferencia.

Disculpe las molestias.

Atentamente,

María del Carmen Vidal Prieto
Jefa de Servicio de Recursos Humanos
Agencia Madrileña de Cooperación Internacional
""",
})

# S14 -- Spanish agency, tú, change of time for the client
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "cambio_hora_tu", "company": "Asociación Española de Fabricantes de Bicicletas",
    "contact": "nerea.campos@talentia-seleccion.example.es", "lang": "es",
    "frm": ("Nerea Campos", "nerea.campos@talentia-seleccion.example.es"),
    "subject": "Cambio de hora jueves",
    "date": "2026-06-16 18:25 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hola Mathilde,

Me acaba de llamar la Asociación Española de Fabricantes de Bicicletas: al director general se le ha complicado la mañana del jueves. ¿Te vendría bien a las 12:00 en lugar de a las 10:00? Seguiría siendo por videollamada, te reenvío el enlace nuevo en cuanto me digas.

Perdona el lío!!

Nerea
Enviado desde mi móvil
""",
})

# S15 -- Strasbourg institute postpones, Outlook "Von: / Gesendet:" chain
add({
    "kind": "interview_reschedule_or_cancel", "scenario": "termin_verschoben", "company": "Deutsch-Französisches Institut für Regionalpolitik",
    "contact": "c.albrecht@dfir.example.eu", "lang": "de",
    "frm": ("Dr. Clemens Albrecht", "c.albrecht@dfir.example.eu"),
    "subject": "AW: AW: Bewerbung als Projektreferentin Grenzüberschreitende Zusammenarbeit",
    "header_charset": "iso-8859-1",
    "date": "2026-03-18 12:02 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Sehr geehrte Frau Okonkwo-Lefebvre,

leider müssen wir den Termin am 23. März verschieben, da unsere Vorstandssitzung kurzfristig auf diesen Tag gelegt wurde. Könnten Sie stattdessen am Donnerstag, den 26. März, um 14:00 Uhr zu uns kommen?

Ich bitte die Umstände zu entschuldigen.

Mit freundlichen Grüßen
Clemens Albrecht
Deutsch-Französisches Institut für Regionalpolitik e.V.

Von: Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be>
Gesendet: Mittwoch, 11. März 2026 07:58
An: Dr. Clemens Albrecht <c.albrecht@dfir.example.eu>
Betreff: AW: Bewerbung als Projektreferentin Grenzüberschreitende Zusammenarbeit

Sehr geehrter Herr Dr. Albrecht,

vielen Dank für die Einladung zum Vorstellungsgespräch. Den Termin am 23. März um 11:00 Uhr bestätige ich gerne.

Mit freundlichen Grüßen
Mathilde Okonkwo-Lefebvre
""",
})

# ---------------------------------------------------------------- missed_interview_notice (10)

# M1 -- the brewery waited for her at 10:00
add({
    "kind": "missed_interview_notice", "scenario": "attendue_a_10h", "company": "Brasserie Lambotte & Fils",
    "contact": "g.lambotte@brasserie-lambotte.example.be", "lang": "fr",
    "frm": ("Guy Lambotte", "g.lambotte@brasserie-lambotte.example.be"),
    "subject": "Rendez-vous de ce matin",
    "date": "2026-06-22 11:14 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Madame,

Nous vous avons attendue ce matin à 10h à la brasserie comme convenu, sans nouvelles de votre part. J'espère qu'il ne vous est rien arrivé.

Si le poste vous intéresse toujours, rappelez-moi au 085 00 00 00 pour fixer un autre moment.

Guy Lambotte
Brasserie Lambotte & Fils – depuis 1921
""",
})

# M2 -- Quebec: she did not join the Teams meeting (time-zone mix-up suspected)
add({
    "kind": "missed_interview_notice", "scenario": "pas_jointe_teams", "company": "Conseil québécois des politiques publiques",
    "contact": "g.tremblay@cqpp.example.ca", "lang": "fr",
    "frm": ("Geneviève Tremblay", "g.tremblay@cqpp.example.ca"),
    "subject": "Entrevue de ce matin",
    "date": "2026-03-25 10:21 -0400", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Madame Okonkwo-Lefebvre,

Vous ne vous êtes pas jointe à la rencontre Teams prévue ce matin à 9 h 30 (heure de Montréal). Nous vous avons attendue une quinzaine de minutes avec le comité.

Est-ce que tout va bien? Il est possible qu'il y ait eu confusion avec le décalage horaire. Si vous êtes toujours intéressée par le poste, écrivez-moi d'ici vendredi et nous verrons s'il est possible de vous proposer une autre plage horaire.

Cordialement,

Geneviève Tremblay, CRHA
Conseillère principale, ressources humaines
Conseil québécois des politiques publiques
""",
})

# M3 -- the agency relays that the client waited for her, and tried to call her, tu
add({
    "kind": "missed_interview_notice", "scenario": "client_t_a_attendue", "company": "Fédération Wallonne des Pouvoirs Locaux",
    "contact": "julie.brasseur@lumen-recrutement.example.be", "lang": "fr",
    "frm": ("Julie Brasseur", "julie.brasseur@lumen-recrutement.example.be"),
    "subject": "tu es où ??",
    "date": "2026-05-19 16:34 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Mathilde,

La Fédération Wallonne des Pouvoirs Locaux vient de m'appeler : ils t'attendaient à 16h pour ton entretien et tu n'es pas venue. J'ai essayé de te joindre deux fois, je tombe sur ta messagerie.

Tout va bien ? Tu avais bien vu mon message sur le changement d'horaire ?

Rappelle-moi dès que tu peux (04 222 00 00), je vais essayer de sauver le coup avec eux.

Julie
Lumen Recrutement
""",
})

# M4 -- EU body, absence noted, application considered withdrawn without justification, HTML only
add({
    "kind": "missed_interview_notice", "scenario": "absence_constatee_ue", "company": "Agence de l'Union pour la coopération transfrontalière",
    "contact": "", "lang": "fr",
    "frm": ("AUCT – Sélection du personnel", "no-reply.selection@auct.example.eu"),
    "subject": "AUCT/AST4/2026/02 – Absence à l'entretien du 9 juin 2026",
    "date": "2026-06-10 09:30 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Verdana,sans-serif;font-size:12px;color:#222">
<table width="620" cellpadding="0" cellspacing="0" style="border-top:5px solid #004494">
<tr><td style="padding:14px 0"><img src="https://auct.example.eu/img/auct_logo.png" alt="Agence de l'Union pour la coopération transfrontalière" height="40"></td></tr>
<tr><td style="line-height:1.5">
<p>Madame,</p>
<p>Vous étiez convoquée le <b>9 juin 2026 à 10h00</b> à un entretien avec le comité de sélection dans le cadre de la procédure AUCT/AST4/2026/02 (Assistant(e) communication et relations institutionnelles).</p>
<p>Nous constatons que vous ne vous êtes pas présentée et que vous ne vous êtes pas connectée à la visioconférence de secours.</p>
<p>Si votre absence est due à un cas de force majeure, vous pouvez transmettre un justificatif dans un délai de cinq jours ouvrables via votre espace candidat. À défaut, votre candidature sera considérée comme retirée.</p>
<p>Le secrétariat du comité de sélection</p>
</td></tr>
<tr><td style="padding-top:14px;font-size:10px;color:#777">Message automatique – merci de ne pas répondre. <a href="https://auct.example.eu/candidats">Espace candidat</a> · <a href="https://auct.example.eu/protection-donnees">Protection des données</a></td></tr>
</table></body></html>""",
})

# M5 -- trial day she did not turn up to, Brussels public-affairs agency
add({
    "kind": "missed_interview_notice", "scenario": "journee_essai_absente", "company": "Rue de la Loi Advisory",
    "contact": "thibault.dewinter@rdla.example.be", "lang": "fr",
    "frm": ("Thibault De Winter", "thibault.dewinter@rdla.example.be"),
    "subject": "Journée d'essai",
    "date": "2026-09-21 10:48 +0200", "charset": "windows-1252", "cte": "qp",
    "text": """Bonjour Mathilde,

Vous étiez attendue ce lundi à 9h pour votre journée d’essai chez nous (veille parlementaire et préparation du briefing client de l’après-midi). Nous n’avons pas de trace d’un message de votre part et votre téléphone ne répond pas.

J’imagine qu’il y a un imprévu. Pouvez-vous me dire ce qu’il en est ? Si vous souhaitez toujours faire cette journée, nous pourrions la replanifier la semaine prochaine.

Thibault De Winter
Managing Director – Rue de la Loi Advisory
Rue de la Loi 42 – 1040 Bruxelles – +32 2 280 00 00
""",
})

# M6 -- Strand: she didn't join the Zoom
add({
    "kind": "missed_interview_notice", "scenario": "didnt_join_zoom", "company": "Strand Policy Advisory",
    "contact": "daniel.strand@strandpolicy.example.eu", "lang": "en",
    "frm": ("Daniel Strand", "daniel.strand@strandpolicy.example.eu"),
    "subject": "Today's interview - Strand Policy Advisory",
    "date": "2026-07-21 14:26 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

We had you down for 2pm today but you didn't join the Zoom - Clara and I waited about 20 minutes. Hope everything is OK.

Let me know if you'd like to rebook; I can probably do something later this week.

Daniel

Sent from my iPhone
""",
})

# M7 -- Workday: "you missed your scheduled interview", HTML only, no contact
add({
    "kind": "missed_interview_notice", "scenario": "workday_missed", "company": "Lysander Public Strategy", "contact": "", "lang": "en",
    "frm": ("Lysander Public Strategy Careers", "lysander@myworkday.com"),
    "subject": "Missed interview: Policy Communications Lead (R-0927)",
    "date": "2026-10-02 16:40 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="margin:0;background:#eeeeee">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:20px 0">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:18px 28px;border-bottom:1px solid #e0e0e0"><img src="https://wd3.myworkday.com/lysander/img/lysander_logo.png" alt="Lysander Public Strategy" width="160"></td></tr>
<tr><td style="padding:24px 28px;line-height:1.6">
<p>Dear Mathilde,</p>
<p>Our records show that you did not attend your scheduled interview for <strong>Policy Communications Lead (R-0927)</strong> on Friday, 2 October 2026 at 14:00.</p>
<p>If you would still like to be considered, please select a new time from your <a href="https://wd3.myworkday.com/lysander/d/task/2997$9355.htmld">candidate home</a> within 3 business days. After that, your application will be withdrawn automatically.</p>
<p>Regards,<br>Lysander Public Strategy Talent Acquisition</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:10px;color:#999;background:#f7f7f7">This is an automated notification. Please do not reply.</td></tr>
</table></td></tr></table>
<img src="https://wd3.myworkday.com/lysander/email/open/77ad.gif" width="1" height="1" alt="">
</body></html>""",
})

# M8 -- Spanish climate-city network: she did not connect, usted
add({
    "kind": "missed_interview_notice", "scenario": "no_se_conecto", "company": "Red de Ciudades por el Clima",
    "contact": "l.marin@ciudadesclima.example.org", "lang": "es",
    "frm": ("Lucía Marín", "l.marin@ciudadesclima.example.org"),
    "subject": "Entrevista de hoy 11:00",
    "date": "2026-09-10 11:41 +0200", "charset": "iso-8859-1", "cte": "qp",
    "text": """Estimada Mathilde:

Le escribo porque no se ha conectado a la videollamada prevista hoy a las 11:00 para el puesto de técnica de incidencia política. La hemos esperado durante veinte minutos.

Si ha tenido algún problema técnico o un imprevisto, por favor, indíquenoslo y estudiaremos la posibilidad de fijar una nueva fecha.

Un saludo cordial,

Lucía Marín
Responsable de Personas
Red de Ciudades por el Clima
""",
})

# M9 -- Madrid observatory tried to call, tú
add({
    "kind": "missed_interview_notice", "scenario": "llamada_sin_exito", "company": "Observatorio Europeo de Políticas Urbanas",
    "contact": "i.garrido@oepu.example.eu", "lang": "es",
    "frm": ("Irene Garrido", "i.garrido@oepu.example.eu"),
    "subject": "Te hemos llamado",
    "date": "2026-03-13 12:22 +0100", "charset": "utf-8", "cte": "8bit",
    "text": """Hola Mathilde:

Hemos intentado llamarte a las 12:00, a la hora acordada para la entrevista, pero no hemos conseguido contactar contigo (dos llamadas y un mensaje en el buzón de voz). Tampoco te has conectado al enlace de Meet.

¿Ha pasado algo? Dime si quieres que lo intentemos otro día.

Irene Garrido
Observatorio Europeo de Políticas Urbanas
""",
})

# M10 -- Luxembourg start-up: "we expected you at 9:30 in the call", du
add({
    "kind": "missed_interview_notice", "scenario": "nicht_im_call", "company": "Grenzland Analytics",
    "contact": "nina.hoffmann@grenzland-analytics.example.lu", "lang": "de",
    "frm": ("Nina Hoffmann", "nina.hoffmann@grenzland-analytics.example.lu"),
    "subject": "Re: Kennenlernen?",
    "date": "2026-09-10 09:58 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

wir hatten uns doch für heute 9:30 zum Video-Call verabredet – ich war im Meet-Raum, aber du bist leider nicht aufgetaucht. Ist alles okay bei dir?

Wenn du magst, können wir einen neuen Termin finden. Schreib mir einfach kurz.

Liebe Grüße
Nina
Grenzland Analytics
""",
})
