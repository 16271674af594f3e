"""Rejections (31): every message written by hand for the hundred-forty-third corpus."""

from __future__ import annotations

from msgs143_common import list_headers, pixel, quote

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


# 1 -- Workday, no Reply-To, soft wording
add(
    slug="workday_soft", kind="rejection", company="Polyglot Factory", contact="", lang="fr",
    frm=("Polyglot Factory Talent Acquisition", "polyglotfactory@myworkday.com"),
    subject="Votre candidature – Chef de projet localisation (H/F) – Réf. R-2026-0187",
    date="2026-02-25 16:42 +0000", cte="quoted-printable",
    html="""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Polyglot Factory</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2">
<tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid #e4572e">
<tr><td style="padding:20px 32px"><img src="https://polyglotfactory.wd3.myworkday.com/static/logo_pf.png" alt="Polyglot Factory" width="160" height="40" style="border:0"></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:14px;line-height:22px;color:#333333">
<p>Bonjour Inès,</p>
<p>Nous vous remercions de l'intérêt que vous portez à Polyglot Factory et du temps consacré à votre candidature au poste de <strong>Chef de projet localisation (H/F)</strong> basé à Paris.</p>
<p>Après un examen attentif de votre dossier, nous avons décidé de poursuivre le processus avec des candidats dont l'expérience correspond plus étroitement aux exigences actuelles du poste, notamment en gestion de projets multilingues dans l'industrie du logiciel.</p>
<p>Cette décision ne remet pas en cause vos qualités. Votre profil reste visible dans notre espace candidats et nous vous invitons à consulter régulièrement nos offres.</p>
<p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
<p>L'équipe Talent Acquisition<br>Polyglot Factory</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-size:11px;line-height:16px;color:#8a8a8a">
<a href="https://polyglotfactory.wd3.myworkday.com/PF_Careers/userHome" style="color:#8a8a8a">Accéder à mon espace candidat</a> ·
<a href="https://www.polyglotfactory.example.com/fr/confidentialite" style="color:#8a8a8a">Politique de confidentialité</a><br>
Ce message a été envoyé automatiquement, merci de ne pas y répondre.<br>
Polyglot Factory SAS – 48 rue de Paradis, 75010 Paris – RCS Paris 812 334 556
</td></tr>
</table>
""" + pixel("https://polyglotfactory.wd3.myworkday.com/t/o/7f3a0c91e2.gif") + """
</td></tr></table>
</body></html>
""",
)

# 2 -- rejection after an interview, written by the manager herself
add(
    slug="lingua_calanca_after_interview", kind="rejection", company="Lingua Calanca",
    contact="n.ferracci@linguacalanca.example.fr", lang="fr",
    frm=("Nathalie Ferracci", "n.ferracci@linguacalanca.example.fr"),
    subject="Suite à notre entretien", date="2026-03-03 18:05 +0100", cte="8bit",
    irt="<4e1c77a0-ines-merci@example.fr>",
    text="""Bonjour Inès,

Merci encore d'être passée à l'agence jeudi, et merci pour votre petit mot.

J'ai pris le temps d'en parler avec Frédéric et avec l'équipe production. Votre parcours
nous a vraiment plu, et votre aisance avec les clients se sent tout de suite. Mais nous
avons finalement choisi quelqu'un qui gère déjà des flux sous memoQ et Phrase au quotidien
et qui pourra être autonome dès le premier jour : avec le lancement du contrat
d'équipementier nautique en avril, nous n'aurons pas le temps de former.

Je sais que ce n'est pas la réponse que vous attendiez. Si vous le souhaitez, je serai
contente de vous appeler dix minutes pour vous dire ce qui, à mon avis, vous aiderait
pour la suite (une certification memoQ ferait une vraie différence).

Très bonne continuation, et n'hésitez pas à repostuler chez nous d'ici un an.

Nathalie Ferracci
Gérante
Lingua Calanca SARL
14 quai de Rive-Neuve, 13007 Marseille
04 91 55 20 18
""",
)

# 3 -- Greenhouse with a recruiter in Reply-To
add(
    slug="greenhouse_closer_match", kind="rejection", company="Tessellate Games",
    contact="priya.raman@tessellategames.example.ca", lang="en",
    frm=("Tessellate Games via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Raman", "priya.raman@tessellategames.example.ca"),
    subject="Your application to Tessellate Games", date="2026-03-27 19:31 +0000",
    cte="quoted-printable",
    text="""Hi Inès,

Thank you for applying for the Localization Project Manager (French) position at
Tessellate Games, and for your patience while we reviewed applications.

We had a very strong pool this time. After careful consideration we have decided to move
forward with candidates whose experience more closely matches what the team needs right
now, in particular hands-on work with live-service game updates.

We really appreciated your interest in Tessellate, and we'd be glad to see your name again
when we open more roles in Montréal.

All the best,
Priya Raman
Talent Partner, Tessellate Games
""",
    html="""<html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#1d1d1f">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p><img src="https://s3.amazonaws.com/grnhse-prod/tessellate/logo.png" alt="Tessellate Games" width="140"></p>
<p>Hi Inès,</p>
<p>Thank you for applying for the <b>Localization Project Manager (French)</b> position at Tessellate Games, and for your patience while we reviewed applications.</p>
<p>We had a very strong pool this time. After careful consideration we have decided to move forward with candidates whose experience more closely matches what the team needs right now, in particular hands-on work with live-service game updates.</p>
<p>We really appreciated your interest in Tessellate, and we'd be glad to see your name again when we open more roles in Montréal.</p>
<p>All the best,<br>Priya Raman<br>Talent Partner, Tessellate Games</p>
<p style="font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io" style="color:#999">Greenhouse</a></p>
</div>
""" + pixel("https://app.greenhouse.io/email_open/a91c0d7e.png") + """
</body></html>
""",
)

# 4 -- role put on hold, we will not proceed
add(
    slug="role_on_hold", kind="rejection", company="Brume Interactive",
    contact="julien.esteve@brume-interactive.example.fr", lang="fr",
    frm=("Julien Estève", "julien.esteve@brume-interactive.example.fr"),
    subject="Poste Localisation Producer – point d'étape", date="2026-04-07 11:48 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Inès,

Je vous avais promis des nouvelles avant Pâques, je suis un peu en retard, désolé.

La direction a revu le budget 2026 la semaine dernière : le lancement de « Marée Basse »
est repoussé à 2027 et le poste de Localisation Producer est mis en suspens. Concrètement,
nous ne donnerons pas suite au recrutement cette année, ni pour vous ni pour les deux
autres personnes que nous avions rencontrées.

C'est frustrant, parce que votre entretien avec Claire s'était très bien passé. Si le
poste rouvre, je vous recontacterai en priorité, promis.

Bonne continuation d'ici là,

Julien Estève
Head of Production – Brume Interactive
Montpellier · brume-interactive.example.fr
""",
)

# 5 -- filled internally, HR mailbox that invites questions; latin-1 headers
add(
    slug="filled_internally", kind="rejection", company="Léman Software",
    contact="rh@lemansoftware.example.ch", lang="fr",
    frm=("Ressources humaines - Léman Software", "rh@lemansoftware.example.ch"),
    name_cs="iso-8859-1", subj_cs="iso-8859-1",
    subject="Poste de responsable localisation : réponse", date="2026-06-02 09:15 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Nous revenons vers vous concernant votre candidature au poste de responsable
localisation (80-100 %) à Genève.

Nous avons le plaisir, pour notre équipe, et le regret, pour vous, de vous informer
que ce poste a été pourvu en interne : une collaboratrice de notre support client,
qui assurait déjà la relecture de nos interfaces en français et en allemand, a
souhaité évoluer vers cette fonction.

Nous vous remercions pour l'intérêt que vous portez à Léman Software et vous prions
d'agréer, Madame, nos salutations distinguées.

Pour toute question, vous pouvez nous écrire directement à cette adresse.

Service des ressources humaines
Léman Software SA
Route des Acacias 43, 1227 Carouge
+41 22 555 18 40
""",
)

# 6 -- terse mobile reply, company only in the domain; quoted chain speaks of interviews
add(
    slug="terse_iphone_after_interview", cte="8bit", kind="rejection", company="Lisboa Language Partners",
    contact="rui@lisboalp.example.pt", lang="en",
    frm=("Rui Tavares", "rui@lisboalp.example.pt"),
    subject="Re: your application", date="2026-04-10 08:57 +0100",
    irt="<b7d2e4f1-0409-ines@example.fr>",
    refs=["<CAL9x2-lisboa-invite-0325@lisboalp.example.pt>", "<b7d2e4f1-0409-ines@example.fr>"],
    headers={"X-Mailer": "iPhone Mail (21E236)"},
    text="""Hi Inès, sorry – we've gone with another candidate. Thanks for your time and good luck.

Sent from my iPhone

On 9 Apr 2026, at 11:02, Inès Benali-Carvalho <ines.bc@example.fr> wrote:

""" + quote("""Dear Rui,

I hope you are well. I wanted to follow up on our interview of 31 March for the
Localisation Project Manager role at Lisboa Language Partners. I really enjoyed
meeting you and Joana, and I'm still very keen on the position.

You mentioned a possible second interview with your CEO in April – please let me
know if there is anything else you need from me (references, a sample plan for the
pharma client, etc.).

Best regards,
Inès""") + "\n",
)

# 7 -- SmartRecruiters, usted, no contact
add(
    slug="smartrecruiters_usted", kind="rejection", company="Doblajes Castellana", contact="",
    lang="es",
    frm=("Doblajes Castellana S.A. – Selección", "noreply@smartrecruiters.com"),
    subject="Actualización sobre su candidatura – Coordinador/a de Subtitulado",
    date="2026-05-14 10:03 +0000", cte="base64",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background-color:#eef1f4;margin:0">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="580" cellspacing="0" cellpadding="0" style="background:#fff;margin:30px 0;border-radius:6px">
<tr><td style="padding:28px 36px 0 36px"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/doblajes-castellana.png" alt="Doblajes Castellana" height="48"></td></tr>
<tr><td style="padding:20px 36px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#2f3b45;line-height:1.55">
<p>Estimada Inès:</p>
<p>Le agradecemos sinceramente el interés mostrado en el puesto de <b>Coordinador/a de Subtitulado (francés-español)</b> en nuestros estudios de Madrid.</p>
<p>Tras valorar con detenimiento todas las candidaturas recibidas, lamentamos comunicarle que en esta ocasión hemos decidido continuar el proceso con otros perfiles que se ajustan en mayor medida a los requisitos del puesto.</p>
<p>Conservaremos sus datos durante doce meses por si surgiera una vacante acorde con su perfil, salvo que nos indique lo contrario.</p>
<p>Reciba un cordial saludo,<br>Departamento de Personas<br>Doblajes Castellana</p>
</td></tr>
<tr><td style="padding:14px 36px 26px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#8795a1;border-top:1px solid #e3e8ec">
Doblajes Castellana S.A. · Calle de Alcalá 214, 28028 Madrid · CIF A-28999999<br>
Este mensaje se ha enviado a través de SmartRecruiters. <a href="https://jobs.smartrecruiters.com/unsubscribe?t=4bd1" style="color:#8795a1">Gestionar preferencias</a> · <a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy/" style="color:#8795a1">Privacidad</a>
</td></tr></table>
""" + pixel("https://trk.smartrecruiters.com/open/0b77e2.gif") + """
</td></tr></table></body></html>
""",
)

# 8 -- rejection of a speculative application
add(
    slug="speculative_no_opening", kind="rejection", company="Éditions du Vieux-Port",
    contact="c.orsini@editionsduvieuxport.example.fr", lang="fr",
    frm=("Camille Orsini", "c.orsini@editionsduvieuxport.example.fr"),
    subject="Re: Candidature spontanée – coordination des traductions",
    date="2026-01-22 14:20 +0100", cte="base64",
    irt="<f00d41aa-spontanee-vieuxport@example.fr>",
    text="""Chère Madame Benali-Carvalho,

Votre lettre a retenu toute l'attention de Mme Rinaldi, notre directrice éditoriale, qui
m'a chargée de vous répondre.

Nous publions une douzaine de traductions par an et c'est elle-même qui en assure le
suivi, avec l'aide de traducteurs indépendants fidèles depuis longtemps. Nous n'avons
donc pas de poste de coordination à pourvoir, ni aujourd'hui ni dans un avenir proche,
et ne pouvons malheureusement pas donner une suite favorable à votre candidature.

Mme Rinaldi a été sensible à votre parcours d'enseignante et vous souhaite bonne chance
dans votre reconversion.

Bien cordialement,

Camille Orsini
Assistante éditoriale
Éditions du Vieux-Port – 3 rue Sainte, 13001 Marseille
""",
)

# 9 -- Personio Absage, HTML only
add(
    slug="personio_absage", kind="rejection", company="Donau Lingua", contact="", lang="de",
    frm=("Donau Lingua GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung als Localization Project Manager (m/w/d)",
    date="2026-06-09 13:27 +0000", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#ffffff">
<table cellpadding="0" cellspacing="0" width="100%" style="max-width:620px">
<tr><td style="padding:18px 0"><img src="https://donau-lingua.jobs.personio.de/logo.png" alt="Donau Lingua" width="150"></td></tr>
<tr><td>
<p>Sehr geehrte Frau Benali-Carvalho,</p>
<p>vielen Dank für Ihr Interesse an Donau Lingua und die Gespräche, die Sie mit uns geführt haben.</p>
<p>Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einer Kandidatin zu besetzen, deren Erfahrung im Bereich Life-Science-Übersetzungen unseren aktuellen Anforderungen noch etwas näher kommt.</p>
<p>Diese Entscheidung ist uns nicht leichtgefallen. Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Katrin Hofer<br>People &amp; Culture</p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#777">Donau Lingua GmbH · Praterstraße 31, 1020 Wien · FN 412345 x, Handelsgericht Wien<br>
Geschäftsführer: Dr. Stefan Aigner, Miriam Kovač<br>
Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></body></html>
""",
)

# 10 -- Lever, Québec French, no contact
add(
    slug="lever_quebec", kind="rejection", company="Groupe Sémaphore Localisation", contact="",
    lang="fr",
    frm=("Groupe Sémaphore Localisation", "no-reply@hire.lever.co"),
    subject="Votre candidature chez Groupe Sémaphore", date="2026-04-21 15:12 -0400",
    cte="quoted-printable",
    text="""Bonjour Inès,

Merci d'avoir postulé au poste de chargée ou chargé de projets en localisation chez
Groupe Sémaphore. On a reçu beaucoup de candidatures intéressantes et on a pris le temps
de toutes les lire.

Après réflexion, on a retenu d'autres candidatures pour la suite du processus. On garde
ton courriel dans nos dossiers et on te fera signe si un poste qui te ressemble s'ouvre
à Montréal ou en télétravail.

Bonne chance dans tes démarches!

L'équipe Talents
Groupe Sémaphore Localisation
""",
    html="""<html><body style="font-family:Georgia,serif;color:#1b2a3a;background:#f7f5f0">
<div style="max-width:540px;margin:0 auto;background:#fff;padding:28px 34px">
<img src="https://lever-client-logos.s3.amazonaws.com/semaphore-loc.png" alt="Groupe Sémaphore" width="120">
<p>Bonjour Inès,</p>
<p>Merci d'avoir postulé au poste de chargée ou chargé de projets en localisation chez Groupe Sémaphore. On a reçu beaucoup de candidatures intéressantes et on a pris le temps de toutes les lire.</p>
<p>Après réflexion, on a retenu d'autres candidatures pour la suite du processus. On garde ton courriel dans nos dossiers et on te fera signe si un poste qui te ressemble s'ouvre à Montréal ou en télétravail.</p>
<p>Bonne chance dans tes démarches!</p>
<p>L'équipe Talents<br><b>Groupe Sémaphore Localisation</b></p>
<p style="font-size:11px;color:#888">Groupe Sémaphore Localisation inc. · 5455, avenue de Gaspé, Montréal (Québec) H2T 3B3<br>
<a href="https://jobs.lever.co/semaphore" style="color:#888">Nos postes ouverts</a></p>
</div></body></html>
""",
)

# 11 -- EU-type body, reserve list, unmonitored mailbox
add(
    slug="reserve_list_not_included", kind="rejection",
    company="European Office for Multilingual Services", contact="", lang="en",
    frm=("EOMS Selection Procedures", "eoms-selection@eoms.example.lu"),
    subject="EOMS/AD/2026/14 – Outcome of the written tests",
    date="2026-09-15 12:00 +0200",
    text="""Selection procedure EOMS/AD/2026/14 – Translation Project Managers (AD 5)
Candidate number: 140-2291

Dear Candidate,

The Selection Board has completed the marking of the written tests held in Luxembourg on
7 July 2026.

We regret to inform you that your results in test (c), case study on workflow planning,
did not reach the pass mark of 20/40 set out in the Notice of Competition (you scored 18/40).
Consequently, you have not been invited to the assessment phase and your name will not be
included on the reserve list.

Your detailed marks are available in your EOMS candidate account. If you consider that an
error has been made, you may submit a request for review within 10 calendar days of the
date of this message, using the form available in your account.

We thank you for your interest in the European Office for Multilingual Services.

EOMS Selection Team
European Office for Multilingual Services
12, rue Guillaume Kroll, L-1882 Luxembourg

This mailbox is not monitored. Messages sent to this address will not be read; please
use the contact form in your candidate account.
""",
)

# 12 -- agency names its client
add(
    slug="agency_client_named", cte="8bit", kind="rejection", company="Calanques Digital",
    contact="s.mattei@talentis-conseil.example.fr", lang="fr",
    frm=("Sandrine Mattei | Talentis Conseil", "s.mattei@talentis-conseil.example.fr"),
    subject="Calanques Digital - retour", date="2026-03-12 17:36 +0100",
    text="""Bonjour Inès,

Je viens d'avoir Calanques Digital au téléphone. Ils ont apprécié votre échange avec
Benoît, mais ils ont choisi de poursuivre avec un profil qui vient de l'édition de
logiciels et qui connaît déjà leur stack (Lokalise, Figma, GitHub). Ce n'est donc pas
pour cette fois.

Franchement, vous êtes passée à peu de chose. Je garde votre dossier sous le coude : j'ai
deux autres missions localisation qui devraient arriver d'ici mai, dont une dans le jeu
vidéo, et je pense à vous.

On s'appelle la semaine prochaine si vous voulez faire le point ?

Sandrine Mattei | Consultante senior | Talentis Conseil
Le Silo, 35 quai du Lazaret, 13002 Marseille
06 12 48 90 33 – talentis-conseil.example.fr
""",
)

# 13 -- agency, client not named, windows-1252 8bit
add(
    slug="agency_client_unnamed", kind="rejection", company="Vertigo Recrutement",
    contact="thomas.girard@vertigo-recrutement.example.fr", lang="fr",
    frm=("Thomas Girard", "thomas.girard@vertigo-recrutement.example.fr"),
    subject="Votre candidature - Localization Manager (CDI) - Paris",
    date="2026-02-17 10:02 +0100", charset="windows-1252", cte="8bit",
    text="""Bonjour Madame Benali-Carvalho,

Je reviens vers vous concernant le poste de Localization Manager pour lequel vous nous
aviez adressé votre candidature début février.

Notre client, éditeur de logiciels basé dans le 9e arrondissement, a fait le choix de
rencontrer en priorité des profils plus techniques (gestion de chaînes CI/CD, fichiers
JSON/XLIFF, scripts). Votre candidature n’a donc pas été retenue pour ce poste.

Je me permets néanmoins de conserver votre CV dans notre base ; votre double regard
pédagogique et linguistique pourrait intéresser d’autres clients, notamment dans la
formation en ligne.

Je vous souhaite une belle réussite dans votre projet.

Bien à vous,

Thomas Girard
Consultant – Pôle Langues & International
VERTIGO RECRUTEMENT
12 rue du Faubourg-Montmartre – 75009 Paris
Tél. : 01 84 60 22 71
""",
)

# 14 -- Spanish indie studio, tú, casual
add(
    slug="indie_studio_tu", cte="8bit", kind="rejection", company="Pingüino Rojo Studio",
    contact="marta@pinguinorojo.example.es", lang="es",
    frm=("Marta Collado", "marta@pinguinorojo.example.es"),
    subject="Lo de la vacante de localización", date="2026-07-03 19:44 +0200",
    text="""¡Hola Inès!

Perdona que te escriba tan tarde, esta semana ha sido una locura con la demo para la
Gamescom.

Te cuento: al final hemos decidido seguir con otros perfiles para la vacante de
localización. Buscamos a alguien que además pueda echar una mano con QA lingüístico en
japonés y eso nos ha hecho inclinar la balanza. Nada que ver con tu entrevista, que nos
gustó mucho a los tres.

Si te apetece, te apunto para hacer testing de la versión francesa cuando salga la beta
(pagado, eh).

Un abrazo y mucha suerte,
Marta
Pingüino Rojo Studio
""",
)

# 15 -- Taleo, English, legal footer
add(
    slug="taleo_generic", kind="rejection", company="GlobaText", contact="", lang="en",
    frm=("GlobaText Careers", "careers-noreply@taleo.net"),
    subject="Regarding your application for Senior Localisation PM (Req. 26-0412)",
    date="2026-05-27 07:18 +0000", cte="quoted-printable",
    html="""<html><head><style>td{font-family:Verdana,Arial,sans-serif;font-size:13px;color:#303030}</style></head>
<body>
<table width="640" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td bgcolor="#00355f" style="padding:14px 24px"><img src="https://globatext.taleo.net/careersection/theme/globatext_white.png" alt="GlobaText" width="130" height="32"></td></tr>
<tr><td style="padding:24px">
<p>Dear Inès Benali-Carvalho,</p>
<p>Thank you for your interest in the Senior Localisation PM position (Req. 26-0412) at GlobaText and for the time you invested in our recruitment process.</p>
<p>We have now completed our review. Unfortunately, we will not be progressing your application further on this occasion.</p>
<p>Your candidate profile remains active and you can <a href="https://globatext.taleo.net/careersection/jobsearch.ftl?lang=en&amp;src=rej">search and apply for other opportunities</a> at any time.</p>
<p>Kind regards,</p>
<p>Global Talent Acquisition<br>GlobaText</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;border-top:1px solid #ddd">
This is an automated message; replies to this address are not monitored.<br>
GlobaText Ltd is registered in England No 08812345. Registered office: 20 Farringdon Street, London EC4A 4AB. GlobaText SAS, 9 rue d'Uzès, 75002 Paris.<br>
<a href="https://globatext.taleo.net/careersection/privacy.ftl">Privacy notice</a> | <a href="https://globatext.taleo.net/careersection/unsub.ftl?id=88213">Unsubscribe from job alerts</a>
</td></tr>
</table>
""" + pixel("https://globatext.taleo.net/careersection/o.gif?m=88213") + """
</body></html>
""",
)

# 16 -- Belgian French after interview, latin-1
add(
    slug="belgian_after_interview", kind="rejection", company="Babel & Beyond Localisation",
    contact="sophie.vandenbroeck@babelbeyond.example.be", lang="fr",
    frm=("Sophie Vandenbroeck", "sophie.vandenbroeck@babelbeyond.example.be"),
    subject="Votre candidature - Project Manager FR/NL/EN", date="2026-05-08 16:22 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Benali-Carvalho,

Nous revenons vers vous suite à l'entretien de mardi passé dans nos bureaux de
Saint-Gilles.

Nous avons reçu septante candidatures pour ce poste et en avons rencontré six. Votre
présentation du projet de classe européenne a beaucoup plu à Koen et à moi-même.
Toutefois, la maîtrise du néerlandais à un niveau professionnel reste indispensable
pour nos clients flamands, et nous avons dès lors opté pour une autre candidature.

Nous vous remercions sincèrement pour votre disponibilité et vous souhaitons plein
succès dans vos démarches.

Bien à vous,

Sophie Vandenbroeck
HR & Office Manager
Babel & Beyond Localisation SRL
Rue de la Victoire 112 - 1060 Saint-Gilles
T +32 2 555 61 40
""",
)

# 17 -- Workable, Luxembourg media group
add(
    slug="workable_luxembourg", cte="base64", kind="rejection", company="Mosaïk Média", contact="", lang="fr",
    frm=("Mosaïk Média", "noreply@workablemail.com"),
    subject="Mosaïk Média – Coordinateur·rice sous-titrage", date="2026-08-26 09:40 +0000",
    html="""<html><body style="margin:0;background:#f4f6f8">
<center>
<table width="100%" style="max-width:600px;background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif" cellpadding="0" cellspacing="0">
<tr><td style="padding:30px 40px 10px"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/512207/mosaik.png" alt="Mosaïk Média" style="max-height:50px"></td></tr>
<tr><td style="padding:10px 40px 30px;font-size:15px;line-height:1.6;color:#212b36">
<p>Bonjour Inès,</p>
<p>Merci d'avoir postulé au poste de Coordinateur·rice sous-titrage chez Mosaïk Média.</p>
<p>Nous avons bien étudié votre candidature et, malheureusement, elle n'a pas été retenue pour la suite du processus.</p>
<p>Nous vous souhaitons beaucoup de succès dans vos recherches.</p>
<p>Cordialement,<br>L'équipe Mosaïk Média</p>
</td></tr>
<tr><td style="padding:20px 40px;font-size:12px;color:#919eab;background:#f9fafb">
Mosaïk Média S.A. – 2, rue Émile Bian – L-1235 Luxembourg<br>
Envoyé avec <a href="https://www.workable.com/?utm_source=candidate_email" style="color:#919eab">Workable</a> · <a href="https://apply.workable.com/mosaik-media/privacy" style="color:#919eab">Protection des données</a>
</td></tr>
</table>
</center>
""" + pixel("https://email.workablemail.com/o/eJwFwckNgDAMBMBf.gif") + """
</body></html>
""",
)

# 18 -- German from Luxembourg, latin-1 8bit
add(
    slug="german_luxembourg_hr", kind="rejection", company="Weber & Roth Fachübersetzungen",
    contact="p.lenz@weber-roth.example.lu", lang="de",
    frm=("Petra Lenz", "p.lenz@weber-roth.example.lu"),
    subject="Ihre Bewerbung vom 2. März 2026", date="2026-03-24 14:03 +0100",
    charset="iso-8859-1", cte="8bit",
    text="""Sehr geehrte Frau Benali-Carvalho,

haben Sie vielen Dank für Ihre Bewerbung als Projektmanagerin Übersetzung (Französisch/
Deutsch) in unserem Büro in Luxemburg-Kirchberg und für das Vertrauen, das Sie uns damit
entgegenbringen.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden
haben, die bereits mehrjährige Erfahrung mit juristischen Fachtexten mitbringt.

Ihre Unterlagen löschen wir gemäß DSGVO nach Ablauf von sechs Monaten.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Petra Lenz
Personalabteilung
Weber & Roth Fachübersetzungen S.à r.l.
29, avenue John F. Kennedy, L-1855 Luxembourg
Tel. +352 26 55 40 12
""",
)

# 19 -- Ashby, after the second interview, with feedback; recruiter in Reply-To
add(
    slug="ashby_feedback", kind="rejection", company="Cloudmistral",
    contact="lea.pommier@cloudmistral.example.com", lang="en",
    frm=("Léa from Cloudmistral", "no-reply@ashbyhq.com"),
    reply_to=("Léa Pommier", "lea.pommier@cloudmistral.example.com"),
    subject="Cloudmistral – Localization Program Manager", date="2026-05-05 15:51 +0000",
    cte="quoted-printable",
    text="""Hi Inès,

Thanks so much for the time you spent with us over the last few weeks – the panel with
Arnaud and Yusuf, and the take-home on the Brazilian Portuguese launch.

I'm sorry to say we won't be moving forward. The team was impressed by how you
structured the vendor plan, but they felt the role needs someone who has already run
continuous localization in a SaaS release cycle (string freezes, pseudo-loc, CI hooks).

Some feedback from the panel, in case it helps:
- your stakeholder section was the strongest of all candidates;
- the budget estimate missed review rounds for the legal pages;
- more concrete metrics (turnaround, cost per word) would make your examples land.

If you'd like to talk it through, just reply here and I'll set up 15 minutes.

Best,
Léa Pommier
Senior Recruiter, Cloudmistral
""",
    html="""<div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.6;color:#111827">
<p>Hi Inès,</p>
<p>Thanks so much for the time you spent with us over the last few weeks – the panel with Arnaud and Yusuf, and the take-home on the Brazilian Portuguese launch.</p>
<p>I'm sorry to say we won't be moving forward. The team was impressed by how you structured the vendor plan, but they felt the role needs someone who has already run continuous localization in a SaaS release cycle (string freezes, pseudo-loc, CI hooks).</p>
<p>Some feedback from the panel, in case it helps:</p>
<ul><li>your stakeholder section was the strongest of all candidates;</li>
<li>the budget estimate missed review rounds for the legal pages;</li>
<li>more concrete metrics (turnaround, cost per word) would make your examples land.</li></ul>
<p>If you'd like to talk it through, just reply here and I'll set up 15 minutes.</p>
<p>Best,<br>Léa Pommier<br>Senior Recruiter, Cloudmistral</p>
<p style="color:#9ca3af;font-size:12px">Sent with <a href="https://www.ashbyhq.com" style="color:#9ca3af">Ashby</a></p>
</div>
""",
)

# 20 -- NGO, HTML-only from a simple mailer, role mailbox inviting replies
add(
    slug="ngo_many_applicants", kind="rejection",
    company="Solidarité Sans Frontières Linguistiques",
    contact="recrutement@ssfl.example.org", lang="fr",
    frm=("SSFL - Recrutement", "recrutement@ssfl.example.org"),
    subject="Votre candidature : Chargé·e de coordination linguistique",
    date="2026-07-21 11:30 +0200",
    html="""<html><body>
<p style="font-family:Verdana;font-size:13px">Bonjour Inès,</p>
<p style="font-family:Verdana;font-size:13px">Nous tenons d'abord à vous remercier pour votre candidature et pour l'entretien téléphonique, puis l'entretien dans nos locaux de Montpellier.</p>
<p style="font-family:Verdana;font-size:13px">Nous avons reçu plus de 300 candidatures pour ce poste, ce qui témoigne de l'intérêt pour notre action auprès des personnes exilées. Au terme du processus, le comité de recrutement a retenu une autre personne, interprète de formation, qui parle également le dari.</p>
<p style="font-family:Verdana;font-size:13px">Nous savons combien une telle réponse peut être décevante. Si vous souhaitez un retour plus détaillé, vous pouvez répondre à ce message : Maëlle, qui a mené les entretiens, vous rappellera.</p>
<p style="font-family:Verdana;font-size:13px">Et si l'envie vous en prend, nous cherchons toujours des bénévoles pour nos ateliers de FLE du samedi !</p>
<p style="font-family:Verdana;font-size:13px">Solidairement,<br><b>L'équipe de Solidarité Sans Frontières Linguistiques (SSFL)</b><br>
7 rue de l'Aiguillerie, 34000 Montpellier<br>
<a href="https://www.facebook.com/ssfl.example">Facebook</a> | <a href="https://www.ssfl.example.org">ssfl.example.org</a></p>
</body></html>
""",
)

# 21 -- Spanish NGO, usted, latin-1 base64
add(
    slug="fundacion_lamentamos", kind="rejection", company="Fundación Puente de Lenguas",
    contact="cibanez@puentedelenguas.example.org", lang="es",
    frm=("Carmen Ibáñez", "cibanez@puentedelenguas.example.org"),
    subject="Proceso de selección – Técnico/a de proyectos lingüísticos",
    date="2026-06-30 12:10 +0200", charset="iso-8859-1", cte="base64",
    text="""Estimada Sra. Benali-Carvalho:

Nos ponemos en contacto con usted en relación con el proceso de selección para el puesto
de Técnico/a de proyectos lingüísticos, en el que ha participado.

Tras valorar las entrevistas, el comité ha decidido ofrecer el puesto a otra persona
cuyo perfil se ajusta mejor a las necesidades actuales de la Fundación, especialmente en
lo relativo a la gestión de subvenciones europeas.

Lamentamos comunicarle esta decisión y le agradecemos el tiempo y el interés dedicados.
Quedamos a su disposición para cualquier consulta.

Atentamente,

Carmen Ibáñez Soler
Responsable de Personas
Fundación Puente de Lenguas
C/ del Ave María 41, 28012 Madrid
Tel. 91 555 37 20
""",
)

# 22 -- Teamtailor, soft, no contact
add(
    slug="teamtailor_publisher", kind="rejection", company="Atelier Mots & Marges", contact="",
    lang="fr",
    frm=("Atelier Mots & Marges", "no-reply@teamtailor-mail.com"),
    subject="Votre candidature chez Atelier Mots & Marges", date="2026-06-24 08:05 +0000",
    cte="quoted-printable",
    html="""<!doctype html><html><body style="margin:0;padding:0;background:#fbf7f2">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:32px 12px">
<table width="520" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:10px">
<tr><td style="padding:32px 40px 0"><img src="https://assets.teamtailor-cdn.com/atelier-mots-marges/logo.png" alt="Atelier Mots &amp; Marges" width="180"></td></tr>
<tr><td style="padding:24px 40px 8px;font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:26px;color:#3b2f2f">
Bonjour Inès,<br><br>
Merci pour votre candidature au poste de chargée de droits étrangers et de suivi des traductions, et pour les échanges que nous avons eus ce printemps.<br><br>
Nous avons finalement retenu une personne dont le parcours, en maison d'édition jeunesse, est plus proche de nos besoins immédiats. Nous ne donnerons donc pas suite à votre candidature.<br><br>
Nous avons beaucoup aimé votre regard d'enseignante sur nos albums bilingues, et nous espérons que nos chemins se recroiseront.<br><br>
Avec nos meilleurs sentiments,<br>
Toute l'équipe de l'Atelier
</td></tr>
<tr><td style="padding:24px 40px 32px;font-family:Arial,sans-serif;font-size:11px;color:#a08f85">
Atelier Mots &amp; Marges · 21 rue des Boulangers, 75005 Paris<br>
<a href="https://atelier-mots-marges.teamtailor.com/connect" style="color:#a08f85">Rejoindre notre vivier</a> ·
<a href="https://atelier-mots-marges.teamtailor.com/candidate/privacy" style="color:#a08f85">Mes données</a>
</td></tr>
</table>
</td></tr></table>
""" + pixel("https://tt.teamtailor-mail.com/o/5c2f0a.png") + """
</body></html>
""",
)

# 23 -- position filled, BambooHR, English from a Madrid company
add(
    slug="position_filled", cte="base64", kind="rejection", company="Nuvola Apps", contact="", lang="en",
    frm=("Nuvola Apps Hiring", "notifications@app.bamboohr.com"),
    subject="Update", date="2026-04-29 10:44 +0000",
    html="""<html><body style="font-family:Lato,Arial,sans-serif;background:#ffffff;color:#38312f">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<img src="https://nuvolaapps.bamboohr.com/logos/nuvola.png" alt="Nuvola Apps" width="110">
<h2 style="font-weight:400;color:#527a00">Hello Inès,</h2>
<p>We wanted to let you know that the Localization Specialist position you applied for has now been filled.</p>
<p>Thank you for taking the time to apply and for your interest in Nuvola Apps. We're growing fast in Madrid and we encourage you to keep an eye on our careers page.</p>
<p>Saludos,<br>The Nuvola Apps People Team</p>
<p style="font-size:11px;color:#999">Nuvola Apps S.L. · Paseo de la Castellana 95, 28046 Madrid<br>
<a href="https://nuvolaapps.bamboohr.com/careers">Careers</a> · This email was sent by BambooHR on behalf of Nuvola Apps. Please do not reply.</p>
</td></tr></table>
""" + pixel("https://app.bamboohr.com/email/open/3f0e9b.gif") + """
</body></html>
""",
)

# 24 -- Outlook French reply whose quoted chain is an invitation
add(
    slug="outlook_quotes_invitation", kind="rejection", company="Prado Traductions Juridiques",
    contact="h.casanova@prado-traductions.example.fr", lang="fr",
    frm=("Hélène Casanova", "h.casanova@prado-traductions.example.fr"),
    subject="RE: Entretien - Confirmation", date="2026-04-16 12:31 +0200",
    charset="windows-1252", cte="quoted-printable",
    irt="<AM0PR07-ines-confirm-0413@example.fr>",
    refs=["<DB9PR02MB-prado-0410@prado-traductions.example.fr>", "<AM0PR07-ines-confirm-0413@example.fr>"],
    headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Entretien - Confirmation"},
    text="""Madame,

Je suis au regret de revenir sur notre échange : après réflexion avec mon associé, nous
avons décidé de ne pas donner suite à votre candidature. Le cabinet a besoin, pour ce
poste, d’une personne ayant une formation juridique (idéalement un master de
juriste-linguiste), et nous préférons ne pas vous faire perdre une demi-journée pour un
entretien qui n’aboutirait pas.

Je vous prie de nous excuser pour ce changement et vous souhaite une belle réussite.

Hélène Casanova
Associée gérante
Prado Traductions Juridiques
180 avenue du Prado – 13008 Marseille
Tél. 04 91 55 77 02

De : Inès Benali-Carvalho <ines.bc@example.fr>
Envoyé : lundi 13 avril 2026 09:12
À : Hélène Casanova <h.casanova@prado-traductions.example.fr>
Objet : RE: Entretien - Confirmation

Bonjour Madame Casanova,

Je vous confirme ma présence jeudi 23 avril à 14h30 au cabinet. Merci beaucoup !

Bien cordialement,
Inès Benali-Carvalho

De : Hélène Casanova <h.casanova@prado-traductions.example.fr>
Envoyé : vendredi 10 avril 2026 18:40
À : Inès Benali-Carvalho <ines.bc@example.fr>
Objet : Entretien - Confirmation

Madame,

Votre candidature a retenu notre attention et nous serions ravis de vous recevoir en
entretien le jeudi 23 avril à 14h30. Merci de me confirmer votre disponibilité.

Hélène Casanova
""",
)

# 25 -- softgarden Absage
add(
    slug="softgarden_absage", kind="rejection", company="Moselle Sprachdienste", contact="",
    lang="de",
    frm=("Moselle Sprachdienste via softgarden", "noreply@softgarden.io"),
    subject="Ihre Bewerbung bei Moselle Sprachdienste", date="2026-09-02 06:55 +0000",
    cte="base64",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="background:#0f4c81;padding:16px 24px"><img src="https://moselle-sprachdienste.softgarden.io/assets/logo-weiss.png" alt="Moselle Sprachdienste" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Guten Tag Frau Benali-Carvalho,</p>
<p>vielen Dank für Ihr Interesse an der Stelle als Teamleitung Lokalisierung (Französisch) in Esch-sur-Alzette und für das angenehme Kennenlerngespräch.</p>
<p>Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für Bewerber*innen entschieden, deren Profil noch besser zu den Anforderungen der Position passt.</p>
<p>Wir bedanken uns für Ihre Zeit und wünschen Ihnen weiterhin viel Erfolg.</p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team<br>Moselle Sprachdienste</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;background:#f7f7f7">
Moselle Sprachdienste S.à r.l. · 8, rue de l'Alzette · L-4010 Esch-sur-Alzette · R.C.S. Luxembourg B 201 447<br>
Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen. <a href="https://moselle-sprachdienste.softgarden.io/datenschutz">Datenschutz</a>
</td></tr>
</table>
""" + pixel("https://tracking.softgarden.io/open/91ab77.gif") + """
</body></html>
""",
)

# 26 -- Québec owner, after the missed and rescheduled Zoom
add(
    slug="quebec_owner_other_candidate", cte="8bit", kind="rejection", company="Les Traductions du Plateau",
    contact="genevieve@tradplateau.example.ca", lang="fr",
    frm=("Geneviève Tremblay", "genevieve@tradplateau.example.ca"),
    subject="Re: Poste de coordonnatrice de projets", date="2026-06-18 16:40 -0400",
    irt="<ines-plateau-0612@example.fr>",
    text="""Bonjour Inès,

Merci pour ta patience, puis pour l'entrevue de jeudi passé (cette fois-ci à la bonne
heure!).

Je vais être franche : on a décidé d'aller de l'avant avec une autre candidate, qui vit
déjà à Montréal et peut commencer en juillet. Avec les délais d'immigration pour un permis
de travail, on n'aurait pas pu t'attendre jusqu'à l'hiver, et nos clients du gouvernement
ne nous laissent pas beaucoup de marge.

Tu as un très beau profil, et je suis sûre que tu vas trouver ta place. Si jamais tu
t'installes au Québec un jour, fais-moi signe.

Bonne continuation!

Geneviève Tremblay
Présidente
Les Traductions du Plateau inc.
4200, boul. Saint-Laurent, bureau 610, Montréal (Québec)  H2W 2R2
514 555-0188
""",
)

# 27 -- agency, role on hold indefinitely, "-----Original Message-----" chain
add(
    slug="agency_hold_indefinitely", kind="rejection", company="LinguaStaff",
    contact="pieter.desmet@linguastaff.example.be", lang="en",
    frm=("Pieter De Smet", "pieter.desmet@linguastaff.example.be"),
    subject="RE: Vendor Manager role – any news?", date="2026-07-09 09:26 +0200",
    irt="<ines-linguastaff-0706@example.fr>",
    text="""Hi Inès,

Thanks for chasing, and apologies for the silence. I finally got a straight answer from
my client yesterday: they have decided to put the Vendor Manager hire on hold
indefinitely following a reorganisation at group level, so they won't be proceeding with
any of the shortlisted candidates, yourself included.

I know that's disappointing after two rounds. I'll keep you front of mind for anything
similar in Brussels – the market is slow this summer but usually picks up in September.

Kind regards,
Pieter

Pieter De Smet
Senior Consultant – Languages & Localisation
LinguaStaff | Avenue Louise 221, 1050 Brussels | +32 2 555 90 14

-----Original Message-----
From: Inès Benali-Carvalho <ines.bc@example.fr>
Sent: Monday, July 6, 2026 8:41 AM
To: Pieter De Smet <pieter.desmet@linguastaff.example.be>
Subject: Vendor Manager role – any news?

Hi Pieter,

I hope you're well. It's been three weeks since my second interview with your client
and I wondered whether there was any news. You mentioned they hoped to make an offer
before the summer break – I'd be happy to provide references if that helps.

Best,
Inès
""",
)

# 28 -- job platform relays the employer's decision
add(
    slug="platform_relays_employer", kind="rejection", company="Editorial Alhambra Nueva",
    contact="", lang="es",
    frm=("TrabajoYa", "notificaciones@trabajoya.example.es"),
    subject="Novedades en tu candidatura: Editor/a de traducciones (Madrid)",
    date="2026-05-19 07:02 +0200", cte="quoted-printable",
    headers=list_headers("<candidaturas.trabajoya.example.es>",
                         "https://www.trabajoya.example.es/preferencias/baja?u=ibc88",
                         one_click=False),
    html="""<html><body style="margin:0;background:#eef2f5;font-family:Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ff6a00;padding:14px 20px"><img src="https://static.trabajoya.example.es/mail/logo-blanco.png" alt="TrabajoYa" width="120"></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;color:#263238">
<p>Hola Inès,</p>
<p>La empresa <b>Editorial Alhambra Nueva</b> ha actualizado el estado de tu candidatura a la oferta <a href="https://www.trabajoya.example.es/r/c?u=ibc88&amp;o=5521837&amp;l=oferta">Editor/a de traducciones (Madrid)</a>:</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #cfd8dc;width:100%"><tr><td style="font-size:14px"><b>Estado:</b> Descartada</td></tr>
<tr><td style="font-size:13px;color:#546e7a">«Gracias por tu interés. En esta ocasión hemos seleccionado otros perfiles para continuar el proceso.»</td></tr></table>
<p>No te desanimes: hay <a href="https://www.trabajoya.example.es/r/c?u=ibc88&amp;l=similares">312 ofertas similares</a> esperándote.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#90a4ae;background:#fafafa">
Recibes este correo porque te inscribiste en una oferta en TrabajoYa. <a href="https://www.trabajoya.example.es/preferencias/baja?u=ibc88" style="color:#90a4ae">Darte de baja</a>.<br>TrabajoYa Servicios Digitales S.L. · Calle de Orense 34, 28020 Madrid</td></tr>
</table></td></tr></table>
""" + pixel("https://track.trabajoya.example.es/open?u=ibc88&m=rej5521837") + """
</body></html>
""",
)

# 29 -- iCIMS, English, Luxembourg fintech
add(
    slug="icims_after_interview", kind="rejection", company="Fintrek", contact="", lang="en",
    frm=("Careers at Fintrek", "fintrek@talent.icims.com"),
    subject="Your candidacy – Localisation Lead (EN/FR/DE), Luxembourg",
    date="2026-08-12 14:36 +0000", charset="windows-1252", cte="quoted-printable",
    html="""<html><body bgcolor="#ffffff" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://careers-fintrek.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=41&amp;hashed=1027" alt="Fintrek" width="120"></td></tr>
<tr><td style="padding-top:14px">
<p>Dear Inès,</p>
<p>Thank you for meeting with our Product and Compliance teams for the Localisation Lead role. We enjoyed learning about your background and the way you approach multilingual content.</p>
<p>After much deliberation, we’ve decided to proceed with another candidate whose regulatory writing experience is a closer fit for this particular position.</p>
<p>We’d be glad to keep your profile on file for future openings in Luxembourg.</p>
<p>Warm regards,<br>Talent Acquisition<br>Fintrek</p>
<hr size="1" color="#cccccc">
<p style="font-size:8pt;color:#777">Fintrek S.A. – 19, rue Eugène Ruppert, L-2453 Luxembourg – R.C.S. Luxembourg B 233 118. Authorised as a payment institution by the CSSF.<br>
Please do not reply to this automated message. <a href="https://careers-fintrek.icims.com/connect?unsubscribe=1">Manage your talent community preferences</a></p>
</td></tr></table>
""" + pixel("https://careers-fintrek.icims.com/track/open.gif?e=73261") + """
</body></html>
""",
)

# 30 -- head-hunter names the client
add(
    slug="headhunter_names_client", kind="rejection", company="Lexia Traducciones",
    contact="alvaro@huntersiberia.example.es", lang="es",
    frm=("Álvaro Santamaría", "alvaro@huntersiberia.example.es"),
    subject="Re: Proceso Lexia", date="2026-06-05 13:13 +0200", cte="quoted-printable",
    irt="<ines-hunters-0601@example.fr>",
    text="""Hola Inès,

Ya tengo respuesta de Lexia Traducciones. Les gustó mucho la segunda videollamada (se nota
que lo de no conectarte la primera vez quedó olvidado, jaja), pero al final han optado
por otra candidata con más experiencia en traducción jurada. Así que, por ahora, fuera
del proceso.

Te mantengo en mi radar para otras posiciones en Madrid; en septiembre suelen abrirse
bastantes.

Un saludo,

Álvaro Santamaría
Partner | Hunters Iberia
+34 655 20 19 84
""",
)

# 31 -- one terse line, no accents
add(
    slug="one_line_no_accents", kind="rejection", company="Imprimerie Roux & Fils",
    contact="g.roux@imprimerie-roux.example.fr", lang="fr",
    frm=("Gerard Roux", "g.roux@imprimerie-roux.example.fr"),
    subject="poste", date="2026-02-20 07:48 +0100",
    text="""Bonjour, le poste est pourvu. Cordialement. G. Roux
""",
)

assert len(MESSAGES) == 31
