"""Rejections for the hundredninth corpus, written one by one."""

from __future__ import annotations

from msgs109_common import CAND, CAND_NAME, layout, pixel, trk

MESSAGES = [
    {
        "kind": "rejection", "scenario": "workday_closer_match", "lang": "en",
        "company": "Northvale Health Network", "contact": "",
        "frm": ("Careers at Northvale Health Network", "northvalehealth@myworkday.com"),
        "subject": "Your application for Clinical Informatics Educator (R-20418)",
        "date": "2026-04-14 10:02 -0400", "structure": "html", "cte": "qp",
        "headers": [("X-Mailer", "Workday Notification Service")],
        "html": layout(f"""<p style="margin:0 0 14px 0">Dear Maëlle,</p>
<p style="margin:0 0 14px 0">Thank you for your interest in the <b>Clinical Informatics Educator</b> position (R-20418) at Northvale Health Network, and for the time you invested in your application.</p>
<p style="margin:0 0 14px 0">After reviewing your qualifications against the requirements of the role, we have decided to move forward with candidates whose experience more closely matches our current needs.</p>
<p style="margin:0 0 14px 0">New roles in nursing informatics, education and clinical systems are posted every week. You can update your candidate profile and set up job alerts at any time on our <a href="{trk('northvale.wd3.myworkday.com', 'cx8812')}" style="color:#00629b">Careers site</a>.</p>
<p style="margin:0 0 4px 0">Sincerely,</p>
<p style="margin:0">Talent Acquisition<br>Northvale Health Network</p>""",
                    logo="https://northvale.wd3.myworkday.com/wday/asset/logo-northvale.png",
                    alt="Northvale Health Network", accent="#00629b",
                    footer="This message was sent from an unmonitored mailbox. Please do not reply to this email.<br>"
                           "Northvale Health Network &middot; 2200 Lakeshore Blvd W &middot; Toronto, ON M8V 1A4<br>"
                           f'<a href="{trk("northvale.wd3.myworkday.com", "privacy")}" style="color:#77797d">Privacy notice</a>',
                    pix=pixel("northvale.wd3.myworkday.com", "r20418-mtn")),
    },
    {
        "kind": "rejection", "scenario": "cisss_after_panel", "lang": "fr",
        "company": "CISSS des Deux-Rives", "contact": "genevieve.lapointe@cisss-deuxrives.example.ca",
        "frm": ("Lapointe Geneviève (CISSS Deux-Rives)", "genevieve.lapointe@cisss-deuxrives.example.ca"),
        "subject": "Suivi de votre entrevue du 11 mars - concours 2026-DSI-044",
        "date": "2026-03-19 15:40 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "text": """Bonjour Madame Tremblay-Nakamura,

Je vous remercie sincèrement d'avoir pris le temps de nous rencontrer le 11 mars dernier pour le poste d'infirmière conseillère en soutien aux systèmes cliniques (concours 2026-DSI-044).

Le comité a apprécié votre connaissance du terrain et la clarté de vos réponses, en particulier sur l'accompagnement des équipes de nuit. Après délibération, nous avons toutefois retenu une candidature dont l'expérience de déploiement d'un dossier clinique informatisé correspond davantage aux besoins immédiats de la Direction des soins infirmiers.

Votre nom demeure dans notre banque de candidatures pour les prochains affichages en soutien clinique. Je vous invite sincèrement à postuler de nouveau : votre profil est exactement celui que nous souhaitons développer à l'interne.

Au plaisir,

Geneviève Lapointe
Conseillère en acquisition de talents
Direction des ressources humaines, des communications et des affaires juridiques
CISSS des Deux-Rives
450 555-0142, poste 3317

AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont destinés uniquement à la personne ou à l'organisme à qui ils sont adressés et peuvent contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.
""",
    },
    {
        "kind": "rejection", "scenario": "startup_role_on_hold", "lang": "fr",
        "company": "Kinésia Santé", "contact": "t.garnier@kinesia-sante.example.fr",
        "frm": ("Thomas Garnier", "t.garnier@kinesia-sante.example.fr"),
        "subject": "Poste chargé(e) de déploiement — mise en pause",
        "date": "2026-02-24 18:21 +0100", "structure": "plain", "cte": "8bit",
        "text": """Bonjour Maëlle,

Je reviens vers vous comme promis au sujet du poste de chargée de déploiement et formation.

Nous avons appris la semaine dernière que notre levée de fonds était repoussée à l'automne. Par prudence, le recrutement est mis en attente et nous ne donnerons pas suite aux candidatures en cours, la vôtre comprise. Je préfère vous le dire franchement plutôt que de vous laisser sans nouvelles pendant des semaines.

Si le poste rouvre, il sera republié et je serai content de recevoir à nouveau votre candidature — votre double regard infirmière / formatrice nous avait beaucoup plu.

Bonne continuation dans votre reconversion,

Thomas Garnier
Co-fondateur & CEO
Kinésia Santé SAS — 14 rue de la Charité, 69002 Lyon
06 55 41 22 87
""",
    },
    {
        "kind": "rejection", "scenario": "greenhouse_filled_internally", "lang": "en",
        "company": "Harborlight Medical Center", "contact": "dana.whitfield@harborlight.example.com",
        "frm": ("Harborlight Medical Center via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Dana Whitfield", "dana.whitfield@harborlight.example.com"),
        "subject": "Update on the Clinical Applications Trainer (Epic Ambulatory) role",
        "date": "2026-05-06 13:15 -0400", "structure": "alt", "cte": "qp",
        "html": f"""<html><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a;max-width:620px">
<p>Hi Maëlle,</p>
<p>Thanks so much for your patience while we worked through the Clinical Applications Trainer (Epic Ambulatory) search.</p>
<p>I wanted to let you know that the position has been filled internally, by a member of our nursing informatics team who had been covering the role on an interim basis since January.</p>
<p>This isn't a reflection of your background, which the team genuinely liked. If you're open to it, I'd like to keep your profile on file for the credentialed trainer openings we expect in the fall.</p>
<p>All the best,<br>Dana Whitfield<br>Senior Talent Partner<br>Harborlight Medical Center</p>
<p style="font-size:11px;color:#8a8a8a;margin-top:28px">Sent via <a href="{trk('click.greenhouse-mail.io', 'gh-hmc-5512')}" style="color:#8a8a8a">Greenhouse</a></p>
</div>
{pixel('open.greenhouse-mail.io', 'hmc-5512-mtn')}
</body></html>
""",
    },
    {
        "kind": "rejection", "scenario": "one_line_poste_pourvu", "lang": "fr",
        "company": "Vauclair & Associés", "contact": "jf.vauclair@vauclair-associes.example.fr",
        "frm": ("Jean-François Vauclair", "jf.vauclair@vauclair-associes.example.fr"),
        "subject": "Re: Candidature - Consultante AMOA santé",
        "date": "2026-02-17 08:03 +0100", "structure": "plain", "cte": "8bit",
        "irt": "<CAKd8fR2x0Pq1=mtn.0202@mail.example.ca>",
        "text": """Bonjour, le poste est pourvu. Bonne continuation.
JF

Envoyé de mon iPhone

> Le 2 févr. 2026 à 09:14, Maëlle Tremblay-Nakamura <maelle.tn@example.ca> a écrit :
>
> Madame, Monsieur,
>
> Infirmière depuis neuf ans au Québec et super-utilisatrice du dossier clinique informatisé de mon établissement, je vous adresse ma candidature au poste de consultante AMOA santé publié par Vauclair & Associés.
>
> J'ai participé à deux déploiements (soins intensifs puis médecine) et formé plus de 140 collègues. Je m'installe à Paris en avril et me tiens disponible pour un entretien dès maintenant, en visioconférence.
>
> Vous trouverez mon CV en pièce jointe.
>
> Bien cordialement,
> Maëlle Tremblay-Nakamura
""",
    },
    {
        "kind": "rejection", "scenario": "speculative_no_opening", "lang": "en",
        "company": "Meridian Chartworks", "contact": "talent@meridianchartworks.example.com",
        "frm": ("Meridian Chartworks Talent", "talent@meridianchartworks.example.com"),
        "subject": "Re: Nurse with EHR go-live experience - open to opportunities",
        "date": "2026-01-22 11:47 -0500", "structure": "plain", "cte": "qp",
        "irt": "<b2f1c0a7-mtn-0119@mail.example.ca>",
        "text": """Hello Maëlle,

Thank you for reaching out on spec and for sending your CV. It's always nice to hear from nurses who want to bring bedside experience into product work.

At the moment we don't have an opening that fits your background: our implementation team is fully staffed through the end of the year, and our trainer roles currently require at least two years of go-live support on the Meridian platform. So we won't be taking your application further right now.

We post every new role on our careers page, and you're welcome to write to this address again if something there catches your eye.

Kind regards,

Priya Raman
People Operations
Meridian Chartworks Inc. | 340 Albert Street, Suite 1100, Ottawa ON K1R 7Y6
""",
    },
    {
        "kind": "rejection", "scenario": "successfactors_swiss", "lang": "fr", "b_words": True,
        "company": "Réseau hospitalier du Léman", "contact": "",
        "frm": ("Réseau hospitalier du Léman - Recrutement", "no-reply@successfactors.eu"),
        "subject": "Votre candidature – Infirmier·ère spécialiste en informatique clinique 80-100 %",
        "date": "2026-06-02 16:30 +0200", "structure": "html", "cte": "base64",
        "html": layout("""<p style="margin:0 0 12px 0">Madame,</p>
<p style="margin:0 0 12px 0">Nous vous remercions de l'intérêt que vous portez au Réseau hospitalier du Léman et de la candidature que vous nous avez adressée pour le poste d'infirmier·ère spécialiste en informatique clinique (taux d'activité 80-100 %, Genève).</p>
<p style="margin:0 0 12px 0">Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable. Nous avons en effet reçu un nombre important de candidatures et avons retenu des profils disposant d'une autorisation de pratiquer en Suisse déjà délivrée.</p>
<p style="margin:0 0 12px 0">Conformément à la législation sur la protection des données, votre dossier sera détruit dans un délai de trois mois.</p>
<p style="margin:0 0 12px 0">Nous vous adressons, Madame, nos meilleures salutations.</p>
<p style="margin:0">Service des ressources humaines<br>Réseau hospitalier du Léman</p>""",
                    logo="https://rhl-ge.example.ch/static/mail/logo_rhl.png", alt="RHL – Réseau hospitalier du Léman",
                    accent="#b5121b", font="Verdana,Geneva,sans-serif",
                    footer="Réseau hospitalier du Léman · Route de Chêne 72 · 1224 Chêne-Bougeries<br>"
                           "Ce message est généré automatiquement, merci de ne pas y répondre. "
                           "Pour toute question : Service RH, +41 22 555 18 00.",
                    pix=pixel("performancemanager5.successfactors.eu", "rhl-0602")),
    },
    {
        "kind": "rejection", "scenario": "mutualite_belge_regret", "lang": "fr",
        "company": "Mutualité Horizon", "contact": "sophie.vandenbroucke@mutualite-horizon.example.be",
        "frm": ("Vandenbroucke Sophie", "sophie.vandenbroucke@mutualite-horizon.example.be"),
        "subject": "Votre candidature - Formatrice outils métiers (réf. MH-2026-031)",
        "date": "2026-04-28 14:05 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "text": """Madame Tremblay-Nakamura,

Nous vous remercions pour l'intérêt que vous portez à Mutualité Horizon et pour le temps consacré à l'épreuve écrite du 21 avril.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite de la procédure. Les candidats retenus pour l'entretien final disposaient d'une expérience plus large des applications de gestion des dossiers des membres, un élément déterminant pour cette fonction.

Nous vous souhaitons plein succès dans vos recherches et, le cas échéant, n'hésitez pas à consulter régulièrement notre page emplois.

Bien à vous,

Sophie Vandenbroucke | HR Business Partner | Mutualité Horizon
Rue Haute 139 – 1000 Bruxelles
T +32 2 555 61 40
Numéro d'entreprise 0411.555.123 – RPM Bruxelles
""",
    },
    {
        "kind": "rejection", "scenario": "vendor_tu_lamentablemente", "lang": "es",
        "company": "Clinixa Sistemas de Salud", "contact": "lucia.ferrer@clinixa.example.com",
        "frm": ("Lucía Ferrer", "lucia.ferrer@clinixa.example.com"),
        "subject": "Proceso Consultora de formación clínica (Lyon)",
        "date": "2026-05-21 12:30 +0200", "structure": "plain", "cte": "base64",
        "msgid": "<5e1a-clx-0521-r@clinixa.example.com>",
        "irt": "<clx-rs-0505-77@clinixa.example.com>",
        "refs": ["<clx-inv-0424-31@clinixa.example.com>", "<clx-rs-0505-77@clinixa.example.com>"],
        "text": """Hola Maëlle:

Gracias de nuevo por la videollamada del martes con Jordi y conmigo. Disfrutamos mucho la conversación, sobre todo cuando nos contaste cómo organizaste la formación del turno de noche durante la migración del sistema en tu unidad.

Te escribo para decirte que, lamentablemente, hemos decidido seguir adelante con otra candidata que ya ha trabajado con nuestro módulo de farmacia, algo que para este despliegue en Lyon resulta decisivo.

Sé que no es la noticia que esperabas. Si te parece bien, guardo tu CV para el equipo de Ginebra, que abrirá plazas a finales de año.

Un abrazo y mucha suerte,
Lucía

--
Lucía Ferrer Soler
Talent Acquisition Lead · Clinixa Sistemas de Salud, S.L.
C/ de Pujades 77, 08005 Barcelona
""",
    },
    {
        "kind": "rejection", "scenario": "personio_swiss_german", "lang": "de",
        "company": "Alpmed Informatik", "contact": "",
        "frm": ("Alpmed Informatik Recruiting", "alpmed-informatik@mail.personio.de"),
        "subject": "Ihre Bewerbung als Applikationsspezialist/in Klinische Systeme (Genf)",
        "date": "2026-03-12 09:20 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrte Frau Tremblay-Nakamura

Vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei der Alpmed Informatik GmbH.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend war vor allem, dass für die Stelle in Genf fliessende Deutschkenntnisse (Niveau C1) erforderlich sind, da die Kundenschulungen überwiegend in der Deutschschweiz stattfinden.

Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation. Ihre Daten löschen wir gemäss unseren Datenschutzhinweisen sechs Monate nach Abschluss des Verfahrens.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Ihr Recruiting-Team
Alpmed Informatik GmbH

--
Alpmed Informatik GmbH, Technoparkstrasse 5, 8005 Zürich, Zweigniederlassung Genf
Geschäftsführer: Reto Baumgartner, Dr. Ines Kälin
Handelsregister des Kantons Zürich, UID CHE-555.204.117

Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.
""",
    },
    {
        "kind": "rejection", "scenario": "manager_iphone_after_final", "lang": "en",
        "company": "Bayview Health Partners", "contact": "kosei@bayviewhealth.example.com",
        "frm": ("Karen Osei", "kosei@bayviewhealth.example.com"),
        "subject": "Re: Thank you – Clinical Systems Educator",
        "date": "2026-06-18 19:42 -0400", "structure": "plain", "cte": "qp",
        "irt": "<3C91F2E0-7A44-4B8E-9E55-mtn0612@example.ca>",
        "text": """Maëlle – I wanted to tell you myself rather than have you get a form email. We offered the role to another candidate today and she accepted. It was really close.

Your teaching demo was the best we saw, honestly. I'd like to stay in touch for the next educator posting if you're up for it.

Karen

Sent from my iPhone

> On Jun 12, 2026, at 4:10 PM, Maëlle Tremblay-Nakamura <maelle.tn@example.ca> wrote:
>
> Hi Karen,
>
> Thank you and the panel for this afternoon. I really enjoyed walking you through the medication reconciliation module, and the conversation about super-user networks gave me a lot to think about.
>
> I'm excited about the Clinical Systems Educator role at Bayview Health Partners and happy to come back for any further interview or a shadow day if that helps.
>
> Best regards,
> Maëlle
""",
    },
    {
        "kind": "rejection", "scenario": "headhunter_names_clinic", "lang": "fr",
        "company": "Clinique médicale Saint-Roch", "contact": "magagnon@recrutementsboreal.example.ca",
        "frm": ("Marc-André Gagnon", "magagnon@recrutementsboreal.example.ca"),
        "subject": "Clinique Saint-Roch - retour",
        "date": "2026-04-09 16:55 -0400", "structure": "plain", "cte": "8bit",
        "msgid": "<20260409205512.boreal.4471@recrutementsboreal.example.ca>",
        "text": """Salut Maëlle,

Je viens de raccrocher avec la Dre Bélanger à la Clinique médicale Saint-Roch. Malheureusement, ils ont décidé d'aller de l'avant avec une candidate qui travaille déjà avec leur DMÉ (elle faisait du remplacement chez eux l'été passé). Ils ont vraiment aimé ton approche avec les infirmières auxiliaires, c'est pas rien.

Je suis déçu pour toi. Je garde ton dossier bien en vue : j'ai deux mandats en soutien clinique qui devraient sortir d'ici la fin du mois, dont un à Lévis.

On se reparle bientôt,

Marc-André Gagnon, CRHA
Associé | Recrutements Boréal
418 555-0199 | 1200, boul. Lebourgneuf, bureau 410, Québec (Québec)
""",
    },
    {
        "kind": "rejection", "scenario": "agency_client_unnamed", "lang": "fr",
        "company": "Talentis Santé", "contact": "camille.roux@talentis-sante.example.fr",
        "frm": ("Camille Roux", "camille.roux@talentis-sante.example.fr"),
        "subject": "Votre candidature – mission référente paramétrage DPI",
        "date": "2026-07-08 11:12 +0200", "structure": "plain", "cte": "qp",
        "text": """Bonjour Maëlle,

Je fais suite à notre échange téléphonique du 24 juin concernant le poste de référente paramétrage DPI que je vous avais présenté.

Après étude des profils présélectionnés, notre client a fait le choix d'une candidate disposant d'une expérience confirmée sur un progiciel du marché français. Votre candidature n'a donc pas été retenue pour cette mission.

Je reste attentive à vos projets et n'hésiterai pas à vous recontacter si une opportunité plus en adéquation se présente, notamment sur Lyon où nous avons régulièrement des besoins en formation.

Bien cordialement,

Camille Roux
Consultante senior – Pôle Santé & Médico-social
Talentis Santé
37 boulevard Haussmann – 75009 Paris
Tél. : +33 1 55 02 41 18
""",
    },
    {
        "kind": "rejection", "scenario": "job_board_not_selected", "lang": "en",
        "company": "Brightwater Senior Living", "contact": "",
        "frm": ("HealthCareers Hub", "notifications@healthcareershub.example.com"),
        "subject": "An update on your application to Brightwater Senior Living",
        "date": "2026-08-04 07:30 -0400", "structure": "html", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://healthcareershub.example.com/u/notif?t=8c1e>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "html": layout(f"""<h2 style="margin:0 0 12px 0;font-size:19px;color:#0b3d2e">Application update</h2>
<p style="margin:0 0 12px 0">Hi Maëlle,</p>
<p style="margin:0 0 12px 0"><b>Brightwater Senior Living</b> has reviewed your application for <b>Clinical Documentation Specialist</b> (Toronto, ON) and has decided not to move forward at this time.</p>
<p style="margin:0 0 12px 0">Employers receive many applications and this decision is final for this posting. Don't be discouraged – here are roles similar to the one you applied for:</p>
<ul style="margin:0 0 12px 18px;padding:0">
<li><a href="{trk('links.healthcareershub.example.com', 'sim1')}" style="color:#127a5a">Nurse Educator, Clinical Systems – Lakeshore Regional Health</a></li>
<li><a href="{trk('links.healthcareershub.example.com', 'sim2')}" style="color:#127a5a">EHR Trainer (contract) – Riverside Care Group</a></li>
<li><a href="{trk('links.healthcareershub.example.com', 'sim3')}" style="color:#127a5a">Clinical Informatics Specialist – Maplecrest Home Care</a></li>
</ul>
<p style="margin:0"><a href="{trk('links.healthcareershub.example.com', 'myapps')}" style="background:#127a5a;color:#ffffff;padding:9px 16px;text-decoration:none;border-radius:4px">View my applications</a></p>""",
                    logo="https://healthcareershub.example.com/img/hch-logo@2x.png", alt="HealthCareers Hub",
                    accent="#127a5a",
                    footer="You are receiving this email because you applied through HealthCareers Hub. "
                           f'<a href="{trk("links.healthcareershub.example.com", "unsub")}" style="color:#77797d">Unsubscribe from application updates</a><br>'
                           "HealthCareers Hub Inc., 401 Bay Street, Toronto ON M5H 2Y4",
                    pix=pixel("links.healthcareershub.example.com", "bwsl-mtn")),
    },
    {
        "kind": "rejection", "scenario": "taleo_university_concours", "lang": "fr",
        "company": "Université Champlain-Sud", "contact": "",
        "frm": ("Université Champlain-Sud – Dotation", "ne-pas-repondre@taleo.net"),
        "subject": "Concours 26-0412 – Conseillère ou conseiller en formation, environnements cliniques simulés",
        "date": "2026-05-15 10:00 -0400", "structure": "html", "charset": "windows-1252", "cte": "qp",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#202020">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="border-bottom:2px solid #8c1d40;padding:12px 0"><img src="https://ucs.taleo.net/careersection/theme/ucs/logo_ucs.gif" alt="Université Champlain-Sud" width="180"></td></tr>
<tr><td style="padding:18px 0">
<p>Madame Maëlle Tremblay-Nakamura,</p>
<p>Nous vous remercions de l'intérêt manifesté pour le poste de conseillère ou conseiller en formation – environnements cliniques simulés (concours 26-0412) à la Faculté des sciences infirmières.</p>
<p>Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la prochaine étape du processus de sélection. Le nombre élevé de candidatures reçues nous a obligés à faire des choix difficiles parmi plusieurs dossiers de grande qualité.</p>
<p>Nous vous encourageons à consulter régulièrement nos offres d'emploi et vous prions d'agréer, Madame, nos salutations distinguées.</p>
<p>Le Service des ressources humaines – Dotation<br>Université Champlain-Sud</p>
</td></tr>
<tr><td style="font-size:11px;color:#6d6d6d;border-top:1px solid #dddddd;padding-top:10px">Ce courriel a été envoyé par un système automatisé. Veuillez ne pas y répondre.<br>Université Champlain-Sud · 2500, chemin de la Rive · Longueuil (Québec)</td></tr>
</table>
</body></html>
""",
    },
    {
        "kind": "rejection", "scenario": "icims_position_filled", "lang": "en",
        "company": "Granite Mutual Health", "contact": "",
        "frm": ("Granite Mutual Health Careers", "careers-noreply@granitemutual.icims.com"),
        "subject": "Clinical Programs Trainer - Application Status",
        "date": "2026-03-27 17:05 -0400", "structure": "html", "cte": "qp",
        "html": f"""<html><body style="margin:0;background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:18px 0;border-bottom:1px solid #e3e3e3"><img src="https://granitemutual.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=logo" alt="Granite Mutual Health" width="160"></td></tr>
<tr><td style="padding:20px 0">
<p>Dear Maëlle Tremblay-Nakamura,</p>
<p>Thank you for applying to the Clinical Programs Trainer position (Job ID 2026-4471) with Granite Mutual Health.</p>
<p>We wanted to let you know that the position has been filled. We appreciate the time you took to apply and encourage you to review our <a href="{trk('careers-granitemutual.icims.com', 'jobs')}">current openings</a>.</p>
<p>Best wishes in your search,</p>
<p>Talent Acquisition<br>Granite Mutual Health, Inc.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 0;border-top:1px solid #e3e3e3">Granite Mutual Health is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.<br>One Federal Street, Boston, MA 02110 &middot; Please do not reply to this automated message.</td></tr>
</table></td></tr></table>
{pixel('granitemutual.icims.com', 'track-2026-4471')}
</body></html>
""",
    },
    {
        "kind": "rejection", "scenario": "federal_exam_bilingual", "lang": "fr",
        "company": "Agence canadienne d'interopérabilité clinique", "contact": "",
        "frm": ("Emplois ACIC | CCIA Jobs", "notification-emplois@acic-ccia.example.ca"),
        "subject": "Processus 26-ACIC-IA-0087 : résultat de l'examen écrit / Written exam result",
        "date": "2026-06-26 14:00 -0400", "structure": "plain", "cte": "qp",
        "text": """(English message follows)

Madame Tremblay-Nakamura,

Nous vous remercions d'avoir participé à l'examen écrit du processus de sélection 26-ACIC-IA-0087 (Analyste en formation clinique, ES-04), tenu le 9 juin 2026.

Nous sommes au regret de vous informer que vous n'avez pas obtenu la note de passage requise pour la qualification « Connaissance des normes d'interopérabilité (HL7 FHIR) ». Par conséquent, votre candidature ne sera pas considérée davantage dans le cadre de ce processus.

Vous pouvez demander une discussion informelle en écrivant à la personne-ressource indiquée dans l'annonce, dans les cinq jours ouvrables suivant la réception du présent message.

Équipe de dotation
Agence canadienne d'interopérabilité clinique

----------

Ms. Tremblay-Nakamura,

Thank you for taking part in the written exam for selection process 26-ACIC-IA-0087 (Clinical Training Analyst, ES-04), held on June 9, 2026.

We regret to inform you that you did not obtain the pass mark for the qualification "Knowledge of interoperability standards (HL7 FHIR)". Your application will therefore not be given further consideration in this process.

You may request an informal discussion by writing to the contact person named in the job advertisement within five working days of receiving this message.

Staffing Team
Canadian Clinical Interoperability Agency
""",
    },
    {
        "kind": "rejection", "scenario": "startup_terse_other_direction", "lang": "en",
        "company": "Pulsewise", "contact": "tom@pulsewise.example.com",
        "frm": ("Tom Becker", "tom@pulsewise.example.com"),
        "subject": "Re: Clinical onboarding lead",
        "date": "2026-04-22 21:17 -0400", "structure": "plain", "cte": "7bit",
        "irt": "<F0A2C3D4-mtn-0420@example.ca>",
        "refs": ["<psw-0327-invite@pulsewise.example.com>", "<F0A2C3D4-mtn-0420@example.ca>"],
        "text": """Hi Maelle, thanks for the time last week. We've decided to go another direction for this one. Best of luck!

Tom

Sent from my iPhone

> On Apr 20, 2026, at 9:02 AM, Maelle Tremblay-Nakamura <maelle.tn@example.ca> wrote:
>
> Hi Tom, just checking in on next steps for the clinical onboarding lead role. Happy to do a second interview or a take-home exercise if useful.
>
> Maelle
""",
    },
    {
        "kind": "rejection", "scenario": "outlook_fr_reply_to_relance", "lang": "fr",
        "company": "Groupe hospitalier Saint-Éloi", "contact": "nathalie.bertrand@gh-sainteloi.example.fr",
        "frm": ("BERTRAND Nathalie", "nathalie.bertrand@gh-sainteloi.example.fr"),
        "subject": "RE: Relance candidature - Infirmière référente DPI",
        "date": "2026-05-12 09:41 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "irt": "<YT1PR01MB2231mtn0504@example.ca>",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Relance candidature - Infirmière référente DPI")],
        "text": """Madame,

Je fais suite à votre message. Votre candidature a été examinée par la Direction des soins et la Direction du système d'information.

Je suis au regret de vous informer que nous ne pouvons pas y donner une suite favorable : le poste d'infirmière référente DPI requiert une expérience préalable en établissement français et une connaissance du logiciel déployé dans nos services.

Nous vous remercions de l'intérêt que vous portez à notre établissement.

Cordialement,

Nathalie BERTRAND
Chargée de recrutement – Direction des ressources humaines
Groupe hospitalier Saint-Éloi
12, rue de la Santé – 75013 Paris
Tél. 01 45 55 20 31

De : Maëlle Tremblay-Nakamura <maelle.tn@example.ca>
Envoyé : lundi 4 mai 2026 16:02
À : BERTRAND Nathalie <nathalie.bertrand@gh-sainteloi.example.fr>
Objet : Relance candidature - Infirmière référente DPI

Madame Bertrand,

Je me permets de revenir vers vous au sujet de ma candidature au poste d'infirmière référente DPI, déposée le 2 avril.

Je reste bien entendu disponible pour un entretien, en visioconférence si cela vous convient, et peux me rendre à Paris à partir du 1er juin.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Maëlle Tremblay-Nakamura
""",
    },
    {
        "kind": "rejection", "scenario": "lever_consultancy_after_interview", "lang": "fr",
        "company": "Axiome Conseil Santé", "contact": "ines.haddad@axiome-conseil.example.fr",
        "frm": ("Axiome Conseil", "no-reply@hire.lever.co"),
        "reply_to": ("Inès Haddad", "ines.haddad@axiome-conseil.example.fr"),
        "subject": "Suite à notre entretien – Consultante conduite du changement",
        "date": "2026-06-10 17:48 +0200", "structure": "alt", "cte": "qp",
        "msgid": "<lever-axiome-0610-9f2@hire.lever.co>",
        "html": f"""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#222">
<p>Bonjour Maëlle,</p>
<p>Merci encore pour l'entretien de jeudi avec Pierre et moi-même, nous avons beaucoup apprécié votre franchise sur ce qu'une formation réussie demande vraiment aux équipes soignantes.</p>
<p>Nous avons pris le temps de comparer les profils rencontrés pour la mission de conduite du changement chez notre client hospitalier lyonnais. Nous avons finalement décidé de poursuivre avec des consultants ayant déjà accompagné un déploiement en France, ce qui nous semble indispensable pour cette première mission.</p>
<p>Je garde votre dossier en tête pour nos prochaines missions, et je serais ravie d'en reparler d'ici quelques mois.</p>
<p>Belle soirée,</p>
<p>Inès Haddad<br>Manager recrutement &amp; staffing<br>Axiome Conseil Santé<br>18 quai Jules Courmont, 69002 Lyon</p>
<p style="color:#999;font-size:11px">Envoyé avec <a href="{trk('hire.lever.co', 'axiome-mtn')}" style="color:#999">Lever</a> · <a href="{trk('hire.lever.co', 'axiome-prefs')}" style="color:#999">Gérer mes préférences</a></p>
</div>
{pixel('hire.lever.co', 'o-axiome-0610')}
""",
    },
    {
        "kind": "rejection", "scenario": "role_withdrawn_budget", "lang": "en",
        "company": "Rideau Health Advisory Group", "contact": "spark@rideauhealth.example.ca",
        "frm": ("Sheldon Park", "spark@rideauhealth.example.ca"),
        "subject": "RE: Interview - Senior Analyst, Clinical Transformation",
        "date": "2026-07-21 10:14 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "irt": "<YQBPR01MB0708rhag3301@rideauhealth.example.ca>",
        "refs": ["<YQBPR01MB0616rhag1187@rideauhealth.example.ca>", "<YQBPR01MB0708rhag3301@rideauhealth.example.ca>"],
        "text": """Hi Maëlle,

I'm sorry to be writing with this after all the back and forth on scheduling. Our largest provincial contract was not renewed last week and the partners have frozen all hiring in the Clinical Transformation practice. The Senior Analyst position has been withdrawn: we won't be rebooking your interview, and we won't be filling the role this year.

I know that's frustrating. You were one of two people we were most keen to meet, and if the freeze lifts I'll reach out to you first.

Regards,
Sheldon

Sheldon Park | Talent Lead | Rideau Health Advisory Group
150 Elgin St., 10th Floor, Ottawa ON K2P 1L4 | 613-555-0174

-----Original Message-----
From: Sheldon Park
Sent: Wednesday, July 8, 2026 3:30 PM
To: Maëlle Tremblay-Nakamura <maelle.tn@example.ca>
Subject: RE: Interview - Senior Analyst, Clinical Transformation

Hi Maëlle,

Unfortunately Andrea is out sick this week, so we have to cancel Friday's interview. We'd still very much like to invite you to interview with her and I'll send two new slots as soon as she's back.

Sheldon
""",
    },
    {
        "kind": "rejection", "scenario": "startup_tu_after_visit", "lang": "fr",
        "company": "Soigno", "contact": "jessica@soigno.example.ca",
        "frm": ("Jessica Tran", "jessica@soigno.example.ca"),
        "subject": "Merci pour mardi",
        "date": "2026-08-19 13:22 -0400", "structure": "plain", "cte": "8bit",
        "text": """Salut Maëlle!

Merci encore d'être venue au bureau mardi, toute l'équipe a trippé sur ta démo de formation.

Je vais être directe parce que je trouve ça plus respectueux : on ne poursuivra pas avec ta candidature pour le poste de spécialiste succès client. On a besoin de quelqu'un qui peut partir en région 2-3 jours par semaine dès septembre, et avec ton horaire à l'hôpital jusqu'en décembre, ça ne fonctionne pas de notre bord.

J'espère vraiment qu'on se recroise. Si jamais tu veux un coup de main pour ton portfolio, écris-moi.

Jess
—
Jessica Tran · Cheffe des opérations · Soigno
""",
    },
    {
        "kind": "rejection", "scenario": "teamtailor_usted", "lang": "es", "b_words": True,
        "company": "Nubesalud", "contact": "",
        "frm": ("Nubesalud", "no-reply@teamtailor-mail.com"),
        "subject": "Su candidatura a Especialista de implantación (París)",
        "date": "2026-09-03 10:05 +0200", "structure": "html", "cte": "base64",
        "html": layout("""<p style="margin:0 0 12px 0">Estimada Sra. Tremblay-Nakamura:</p>
<p style="margin:0 0 12px 0">Le agradecemos sinceramente el interés mostrado en formar parte de Nubesalud y el tiempo dedicado a su candidatura para el puesto de <b>Especialista de implantación</b> en nuestra oficina de París.</p>
<p style="margin:0 0 12px 0">Tras analizar todos los perfiles recibidos, hemos decidido continuar el proceso con candidaturas cuya experiencia se ajusta más a los requisitos actuales del puesto. Por ello, no podremos avanzar con la suya en esta ocasión.</p>
<p style="margin:0 0 12px 0">Conservaremos sus datos durante doce meses, salvo que nos indique lo contrario, por si surgiera una vacante adecuada a su perfil.</p>
<p style="margin:0 0 12px 0">Reciba un cordial saludo,</p>
<p style="margin:0">El equipo de Personas de Nubesalud</p>""",
                    logo="https://assets.teamtailor-cdn.example.com/nubesalud/logo.png", alt="Nubesalud",
                    accent="#3cb4a5", font="'Helvetica Neue',Helvetica,Arial,sans-serif",
                    footer=f'<a href="{trk("nubesalud.teamtailor.com", "connect")}" style="color:#77797d">Página de empleo</a> · '
                           f'<a href="{trk("nubesalud.teamtailor.com", "gdpr")}" style="color:#77797d">Gestionar mis datos</a><br>'
                           "Nubesalud Tecnologías S.L. · Calle de Alcalá 118, 28009 Madrid · Powered by Teamtailor",
                    pix=pixel("nubesalud.teamtailor.com", "rj-0903")),
    },
    {
        "kind": "rejection", "scenario": "taleo_plain_after_review", "lang": "en",
        "company": "Commonwealth Care Analytics", "contact": "",
        "frm": ("Commonwealth Care Analytics", "cca-recruiting-noreply@taleo.net"),
        "subject": "Req 2600117 Clinical Informatics Nurse Specialist",
        "date": "2026-02-11 08:00 -0500", "structure": "plain", "cte": "7bit",
        "text": """Dear Maelle,

Thank you for your interest in Commonwealth Care Analytics and for applying to Req 2600117, Clinical Informatics Nurse Specialist (Boston, MA / Hybrid).

After careful consideration, we will not be moving forward with your candidacy for this position. Please note that we received a high volume of applications and this decision does not preclude you from applying to future openings that match your skills.

Your profile will remain active in our system, and you may withdraw it at any time from the candidate portal.

Regards,

Talent Acquisition Team
Commonwealth Care Analytics, LLC

*** This is an automatically generated email. Please do not reply. ***
""",
    },
    {
        "kind": "rejection", "scenario": "belgian_spontaneous_declined", "lang": "fr",
        "company": "Centre hospitalier régional de la Senne", "contact": "jobs@chr-senne.example.be",
        "frm": ("Service du personnel - CHR de la Senne", "jobs@chr-senne.example.be"),
        "subject": "Votre candidature spontanée",
        "date": "2026-03-05 11:30 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Madame,

Nous accusons bonne réception de votre candidature spontanée en qualité d'infirmière référente informatique, et vous en remercions.

Après examen de votre dossier, nous ne pouvons malheureusement pas y réserver une suite favorable, aucun poste correspondant à votre profil n'étant vacant à ce jour. Nous attirons par ailleurs votre attention sur le fait que l'exercice de la profession en Belgique requiert un visa délivré par le SPF Santé publique.

Pour toute question, vous pouvez nous contacter à cette adresse.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour le Service du personnel,
A. Dubois

Centre hospitalier régional de la Senne
Rue de Mérode 70 - 1060 Bruxelles
""",
    },
    {
        "kind": "rejection", "scenario": "staffing_agency_excited_bad_news", "lang": "en",
        "company": "St. Brendan's Hospital", "contact": "brittany@apexnursestaffing.example.com",
        "frm": ("Brittany Kowalski", "brittany@apexnursestaffing.example.com"),
        "subject": "St. Brendan's :(",
        "date": "2026-05-29 16:44 -0400", "structure": "plain", "cte": "qp",
        "text": """Hi Maelle!!

Ugh, I hate sending these. St. Brendan's Hospital came back and they went with a candidate who already has her Epic Inpatient ClinDoc certification. They said your interview was GREAT and they loved your energy, but the cert was a must for them because go-live is in August.

Don't get discouraged!!! I've got 3 other clients looking for clinical educators and I'd like to submit you to Riverside today if that's ok with you?? Call me when you get a sec!

Brittany K.
Senior Recruiter, Healthcare IT
Apex Nurse Staffing
(617) 555-0138 | apexnursestaffing.example.com
Follow us on LinkedIn | Instagram | TikTok
""",
    },
    {
        "kind": "rejection", "scenario": "smartrecruiters_geneva_insurer", "lang": "fr",
        "company": "Assurances Lémaniques", "contact": "",
        "frm": ("Assurances Lémaniques", "noreply@smartrecruiters.com"),
        "subject": "Votre candidature chez Assurances Lémaniques",
        "date": "2026-07-15 09:05 +0200", "structure": "html", "cte": "qp",
        "html": f"""<!DOCTYPE html><html><body style="background:#f4f4f4;margin:0">
<center>
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
<tr><td style="padding:22px 28px;background:#003a70"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/assurances-lemaniques.png" alt="Assurances Lémaniques" height="34"></td></tr>
<tr><td style="padding:24px 28px">
<p>Chère Madame Tremblay-Nakamura,</p>
<p>Nous vous remercions pour votre candidature au poste de <strong>Spécialiste formation – outils de gestion des sinistres santé</strong> et pour l'intérêt porté à notre entreprise.</p>
<p>Nous avons le regret de vous informer que le poste a été pourvu. Nous avons retenu un dossier dont l'expérience de l'assurance maladie complémentaire suisse correspondait plus étroitement à nos besoins.</p>
<p>Nous vous souhaitons plein succès pour la suite de votre parcours professionnel.</p>
<p>Avec nos meilleures salutations,</p>
<p>Ressources humaines<br>Assurances Lémaniques SA<br>Quai du Mont-Blanc 11, 1201 Genève</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8a8a8a;border-top:1px solid #eeeeee">Propulsé par SmartRecruiters · <a href="{trk('jobs.smartrecruiters.com', 'al-privacy')}" style="color:#8a8a8a">Politique de confidentialité</a> · <a href="{trk('jobs.smartrecruiters.com', 'al-unsub')}" style="color:#8a8a8a">Se désabonner</a></td></tr>
</table>
</center>
{pixel('email.smartrecruiters.com', 'al-0715')}
</body></html>
""",
    },
    {
        "kind": "rejection", "scenario": "softgarden_after_gespraech", "lang": "de",
        "company": "Medora Systems", "contact": "katharina.vogt@medora-systems.example.com",
        "frm": ("Medora Systems GmbH", "noreply@softgarden.io"),
        "reply_to": ("Katharina Vogt", "katharina.vogt@medora-systems.example.com"),
        "subject": "Ihre Bewerbung: Clinical Trainer (m/w/d) Standort Lyon",
        "date": "2026-04-16 14:20 +0200", "structure": "alt", "charset": "iso-8859-1", "cte": "qp",
        "msgid": "<sg-medora-0416-ab3@softgarden.io>",
        "html": f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1e1e1e">
<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:16px 0"><img src="https://medora.softgarden.io/assets/logo-medora.png" alt="Medora Systems" width="150"></td></tr>
<tr><td>
<p>Sehr geehrte Frau Tremblay-Nakamura,</p>
<p>vielen Dank für das angenehme Gespräch am 9. April und Ihr Interesse an der Position als Clinical Trainer (m/w/d) an unserem Standort Lyon.</p>
<p>Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, deren Profil unseren Anforderungen noch etwas mehr entspricht. Diese Entscheidung ist uns nicht leichtgefallen.</p>
<p>Wir bedanken uns für Ihre Zeit und wünschen Ihnen für Ihren weiteren Weg viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Katharina Vogt<br>Talent Acquisition<br>Medora Systems GmbH</p>
</td></tr>
<tr><td style="font-size:10px;color:#888888;padding-top:14px;border-top:1px solid #dddddd">Medora Systems GmbH · Leopoldstraße 244 · 80807 München<br>Geschäftsführer: Dr. Florian Weiß, Sabine Kern · Amtsgericht München HRB 255118 · USt-IdNr. DE 555 118 204<br><a href="{trk('medora.softgarden.io', 'datenschutz')}" style="color:#888888">Datenschutz</a></td></tr>
</table>
{pixel('medora.softgarden.io', 'rj-0416')}
</body></html>
""",
    },
    {
        "kind": "rejection", "scenario": "clinic_terse_no_accents", "lang": "fr",
        "company": "Clinique des Cèdres", "contact": "herve.menard@cliniquedescedres.example.fr",
        "frm": ("Herve Menard", "herve.menard@cliniquedescedres.example.fr"),
        "subject": "Re: candidature cadre de sante formation",
        "date": "2026-09-22 07:58 +0200", "structure": "plain", "cte": "8bit",
        "irt": "<CAL0x9mtn22d@mail.example.ca>",
        "text": """Bonjour,
desole le poste a ete attribue en interne.
Cordialement
H. Menard

--
Hervé Ménard
Directeur des soins
Clinique des Cèdres – Lyon 8e
""",
    },
    {
        "kind": "rejection", "scenario": "spanish_manager_internal_hire", "lang": "es",
        "company": "Mercy Bay Community Health", "contact": "rdelgado@mercybaychc.example.com",
        "frm": ("Rosa Delgado", "rdelgado@mercybaychc.example.com"),
        "subject": "Puesto de Nurse Informaticist",
        "date": "2026-06-05 17:30 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "msgid": "<MB6PR11MB0605rdel@mercybaychc.example.com>",
        "irt": "<MB6PR11MB0519rdel@mercybaychc.example.com>",
        "text": """Hola Maëlle:

Te escribo en español como quedamos después de la entrevista.

Quería agradecerte de nuevo tu tiempo y tu paciencia. Lamentablemente, el comité decidió ofrecer el puesto de Nurse Informaticist a una enfermera de nuestro propio equipo, que lleva dos años haciendo la parte de formación de manera interina. Fue una decisión difícil y tu candidatura quedó muy bien valorada.

Si te mudas finalmente a Boston, por favor escríbeme. Siempre necesitamos gente bilingüe que entienda la clínica.

Un saludo cariñoso,
Rosa

Rosa Delgado, MSN, RN | Director of Nursing Informatics | Mercy Bay Community Health
Dorchester, MA | (617) 555-0122
""",
    },
    {
        "kind": "rejection", "scenario": "bamboohr_montreal_vendor", "lang": "fr",
        "company": "Logiciels Médicus", "contact": "",
        "frm": ("Logiciels Médicus", "ne-pas-repondre@bamboohr.com"),
        "subject": "Formatrice/Formateur clinique – suite de votre candidature",
        "date": "2026-10-07 15:10 -0400", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Bonjour Maëlle,</p>
<p style="margin:0 0 12px 0">Merci d'avoir postulé au poste de <b>Formatrice/Formateur clinique</b> chez Logiciels Médicus.</p>
<p style="margin:0 0 12px 0">Nous avons reçu un grand nombre de candidatures de qualité. Après une analyse attentive, nous avons choisi de ne pas aller de l'avant avec la vôtre pour ce poste.</p>
<p style="margin:0 0 12px 0">Nous vous souhaitons bon succès dans vos démarches et vous invitons à suivre notre <a href="{trk('medicus.bamboohr.com', 'careers')}" style="color:#5a2d82">page carrières</a>.</p>
<p style="margin:0">L'équipe Talents<br>Logiciels Médicus inc.</p>""",
                    logo="https://medicus.bamboohr.com/logos/medicus_logo.png", alt="Logiciels Médicus",
                    accent="#5a2d82",
                    footer="Logiciels Médicus inc. · 1250, rue Guy, bureau 600, Montréal (Québec) H3H 2L3<br>"
                           "Ce courriel a été envoyé par BambooHR pour le compte de Logiciels Médicus. Les réponses à cette adresse ne sont pas lues.",
                    pix=pixel("medicus.bamboohr.com", "rj-1007")),
    },
]

assert all(m["frm"][1] != CAND for m in MESSAGES), CAND_NAME
