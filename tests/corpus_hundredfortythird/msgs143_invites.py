"""Interview invitations (26), reschedules and cancellations (15), missed-interview notices (10).

Every message written by hand for the hundred-forty-third corpus.
"""

from __future__ import annotations

from msgs143_common import pixel, quote

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

# Calendar UIDs shared by an invitation and its later update or cancellation.
UID_WORDBRIDGE = "040000008200E00074C5B7101A82E00800000000D0A1B2C3E4F5D201000000000000000010000000A7"
UID_LUXLINGO = "7c1f9e52-3d8a-4b61-9a0e-luxlingo-pm-2026-04@luxlingo.example.lu"

# ---------------------------------------------------------------- invitations (26)

add(
    slug="agency_manager_office", cte="8bit", kind=INV, company="Lingua Calanca",
    contact="n.ferracci@linguacalanca.example.fr", lang="fr",
    frm=("Nathalie Ferracci", "n.ferracci@linguacalanca.example.fr"),
    subject="Re: Candidature – Chargée de projets traduction", date="2026-02-10 12:14 +0100",
    mid="<a3e9c2d4-calanca-invite@linguacalanca.example.fr>",
    irt="<c1d2-ines-calanca-0202@example.fr>",
    text="""Bonjour Inès,

Merci pour votre candidature, qui nous a fait très plaisir : ce n'est pas tous les jours
qu'une prof de lettres nous écrit avec un tableau de suivi de projet en pièce jointe !

Je vous propose de venir nous rencontrer à l'agence le mardi 24 février à 10h. Nous
serons deux, Frédéric (responsable production) et moi, pour environ une heure. Nous vous
demanderons de commenter un petit devis réel (anonymisé, bien sûr).

L'agence est au 2e étage, interphone « Lingua Calanca », à côté du glacier. Si le
créneau ne vous convient pas, dites-moi simplement ce qui vous arrange.

À bientôt,

Nathalie Ferracci
Gérante
Lingua Calanca SARL
14 quai de Rive-Neuve, 13007 Marseille
04 91 55 20 18
""",
)

add(
    slug="greenhouse_pick_a_slot", kind=INV, company="Brume Interactive",
    contact="claire.moutet@brume-interactive.example.fr", lang="fr",
    frm=("Brume Interactive via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Claire Moutet", "claire.moutet@brume-interactive.example.fr"),
    subject="Brume Interactive – Choisissez votre créneau d'entretien",
    date="2026-02-18 09:02 +0000", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#10141a">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:28px 10px">
<table width="560" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:4px">
<tr><td style="background:#1f2a36;padding:18px 28px"><img src="https://s3.amazonaws.com/grnhse-prod/brume/logo_brume_white.png" alt="Brume Interactive" width="150"></td></tr>
<tr><td style="padding:26px 28px;font-family:Arial,sans-serif;font-size:15px;line-height:23px;color:#2b2b2b">
<p>Bonjour Inès,</p>
<p>Merci pour votre candidature au poste de <b>Localisation Producer</b> ! Nous aimerions en discuter avec vous lors d'un premier entretien vidéo de 45 minutes avec Claire Moutet (Talent Acquisition) et Julien Estève (Head of Production).</p>
<p>Choisissez le créneau qui vous convient le mieux :</p>
<p style="text-align:center;padding:8px 0"><a href="https://app.greenhouse.io/scheduling/candidate/7f2c9e1b44?utm_source=email" style="background:#ff7a45;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:3px;font-weight:bold">Voir les disponibilités</a></p>
<p>Les créneaux proposés vont du 23 au 27 février. Le lien Google Meet vous sera envoyé automatiquement après votre choix.</p>
<p>Une question ? Répondez simplement à cet e-mail, il arrivera directement chez Claire.</p>
<p>À très vite,<br>L'équipe Brume Interactive</p>
</td></tr>
<tr><td style="padding:14px 28px;font-family:Arial,sans-serif;font-size:11px;color:#9aa4ae;border-top:1px solid #eceff1">
Brume Interactive SAS · 120 rue de Thor, 34000 Montpellier · <a href="https://brume-interactive.example.fr/confidentialite" style="color:#9aa4ae">Confidentialité</a><br>Propulsé par Greenhouse</td></tr>
</table>
""" + pixel("https://app.greenhouse.io/email_open/bb61a70c.png") + """
</td></tr></table></body></html>
""",
)

add(
    slug="outlook_calendar_request", kind=INV, company="Wordbridge Localization",
    contact="hannah.okafor@wordbridge.example.ca", lang="en",
    frm=("Hannah Okafor", "hannah.okafor@wordbridge.example.ca"),
    subject="Interview: Localization Project Manager (FR) – Wordbridge",
    date="2026-03-16 11:20 -0400", mid="<YT3PR01MB8822-invite@wordbridge.example.ca>",
    headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Interview: Localization Project Manager (FR)"},
    cte="quoted-printable",
    text="""Hi Inès,

As discussed on the phone, here is the invitation for your interview with Daniel Côté
(Director, Client Services) and me.

When: Tuesday, March 24, 2026, 10:00–11:00 a.m. Eastern (3:00–4:00 p.m. your time)
Where: Microsoft Teams – the join link is in the calendar invitation
What: a conversation about your background, then a short case: prioritising three
French-Canadian projects landing on the same Friday.

Please accept the invitation so it lands in your calendar, and let me know if anything
changes.

Best regards,

Hannah Okafor
Talent Acquisition Lead
Wordbridge Localization Inc.
1250 René-Lévesque Blvd W, Suite 2200, Montréal, QC H3B 4W8
T 514 555 0142
""",
    html="""<html><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="EN-CA" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hi Inès,<o:p></o:p></p>
<p class="MsoNormal">As discussed on the phone, here is the invitation for your interview with Daniel Côté (Director, Client Services) and me.<o:p></o:p></p>
<p class="MsoNormal"><b>When:</b> Tuesday, March 24, 2026, 10:00–11:00 a.m. Eastern (3:00–4:00 p.m. your time)<br>
<b>Where:</b> Microsoft Teams – the join link is in the calendar invitation<br>
<b>What:</b> a conversation about your background, then a short case: prioritising three French-Canadian projects landing on the same Friday.<o:p></o:p></p>
<p class="MsoNormal">Please accept the invitation so it lands in your calendar, and let me know if anything changes.<o:p></o:p></p>
<p class="MsoNormal">Best regards,<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#0b5394">Hannah Okafor</span></b><br>Talent Acquisition Lead<br>Wordbridge Localization Inc.<br>1250 René-Lévesque Blvd W, Suite 2200, Montréal, QC H3B 4W8<br>T 514 555 0142<o:p></o:p></p>
<p class="MsoNormal">________________________________________________________________________________<br>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Wb7c2e">Join the meeting now</a><br>Meeting ID: 284 117 903 55 · Passcode: Lq7dR2</p>
</div></body></html>
""",
    cal={"method": "REQUEST", "uid": UID_WORDBRIDGE, "sequence": 0, "stamp": "2026-03-16 11:20 -0400",
         "start": "2026-03-24 10:00 -0400", "end": "2026-03-24 11:00 -0400",
         "summary": "Interview: Localization Project Manager (FR) – Inès Benali-Carvalho",
         "location": "Microsoft Teams Meeting"},
)

add(
    slug="quebec_teams_entrevue", kind=INV, company="Studio Lumen Nord",
    contact="melanie.gagnon@lumennord.example.ca", lang="fr",
    frm=("Mélanie Gagnon", "melanie.gagnon@lumennord.example.ca"),
    subject="Entrevue – Coordonnatrice localisation", date="2026-03-10 14:05 -0400",
    cte="quoted-printable", mid="<YQBPR0101MB-lumennord-mg-0310@lumennord.example.ca>",
    text="""Allô Inès,

Merci encore pour ta candidature! L'équipe a bien aimé ton parcours et on aimerait te
rencontrer en entrevue, virtuellement évidemment.

On te propose le jeudi 19 mars à 10 h (heure de Montréal), donc 15 h chez toi à
Marseille. L'entrevue se fera sur Teams, durée d'environ 45 minutes, avec Étienne
(directeur audio et localisation) et moi.

Peux-tu me confirmer ta disponibilité par retour de courriel? Si ça ne marche pas, je
peux aussi le mardi 24.

Au plaisir,

Mélanie Gagnon
Conseillère principale, acquisition de talents
Studio Lumen Nord
Montréal · Québec
""",
    html="""<div style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
<p>Allô Inès,</p>
<p>Merci encore pour ta candidature! L'équipe a bien aimé ton parcours et on aimerait te rencontrer en entrevue, virtuellement évidemment.</p>
<p>On te propose le <b>jeudi 19 mars à 10 h (heure de Montréal)</b>, donc 15 h chez toi à Marseille. L'entrevue se fera sur Teams, durée d'environ 45 minutes, avec Étienne (directeur audio et localisation) et moi.</p>
<p>Peux-tu me confirmer ta disponibilité par retour de courriel? Si ça ne marche pas, je peux aussi le mardi 24.</p>
<p>Au plaisir,</p>
<p><b>Mélanie Gagnon</b><br>Conseillère principale, acquisition de talents<br><span style="color:#6a4c93">Studio Lumen Nord</span><br>Montréal · Québec</p>
<p><a href="https://www.linkedin.com/company/lumen-nord-example"><img src="https://lumennord.example.ca/sig/linkedin.png" alt="LinkedIn" width="16"></a> <a href="https://lumennord.example.ca"><img src="https://lumennord.example.ca/sig/site.png" alt="Site web" width="16"></a></p>
</div>
""",
)

add(
    slug="phone_call_tu", cte="8bit", kind=INV, company="Quimera Games",
    contact="lucia.ferrer@quimeragames.example.es", lang="es",
    frm=("Lucía Ferrer", "lucia.ferrer@quimeragames.example.es"),
    subject="¿Hablamos?", date="2026-04-08 10:31 +0200",
    mid="<quimera-lucia-0408@quimeragames.example.es>",
    text="""¡Hola, Inès!

Soy Lucía, de People en Quimera Games. He leído tu CV y tu carta (me ha encantado lo de
organizar intercambios con un instituto de Valencia, muy de gestión de proyectos) y me
gustaría que tuviéramos una primera llamada de unos 30 minutos.

¿Te viene bien el martes 14 a las 17:00? Te llamo al número del CV, el que empieza por
+33 6. Si prefieres videollamada, sin problema, dime y te paso un enlace.

¡Un saludo!

Lucía Ferrer
People & Culture · Quimera Games
quimeragames.example.es
""",
)

add(
    slug="swiss_einladung", kind=INV, company="Alpentext",
    contact="reto.brunner@alpentext.example.ch", lang="de",
    frm=("Reto Brunner", "reto.brunner@alpentext.example.ch"),
    subject="Einladung zum Vorstellungsgespräch - Projektleitung Lokalisierung FR/DE",
    subj_cs="iso-8859-1", date="2026-04-20 08:47 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    mid="<ZR0P278MB-einladung-0420@alpentext.example.ch>",
    text="""Sehr geehrte Frau Benali-Carvalho

Besten Dank für Ihre Bewerbung und das angenehme Telefonat von letzter Woche.

Gerne laden wir Sie zu einem persönlichen Gespräch in unser Büro in Genf ein:

Datum: Dienstag, 28. April 2026
Zeit: 14.00 bis ca. 15.30 Uhr
Ort: Alpentext AG, Rue du Rhône 65, 1204 Genève (3. Stock)
Gesprächspartner: Corinne Favre (Teamleiterin Romandie) und Reto Brunner (HR)

Das Gespräch findet auf Deutsch und Französisch statt. Bitte bringen Sie Ihre
Arbeitszeugnisse und, falls vorhanden, Ihre Diplome mit.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse

Reto Brunner
HR Business Partner
Alpentext AG | Seefeldstrasse 123 | 8008 Zürich
Standort Genf: Rue du Rhône 65 | 1204 Genève
+41 44 555 21 70
""",
)

add(
    slug="agency_client_wants_to_meet", kind=INV, company="Pixel Mistral",
    contact="s.mattei@talentis-conseil.example.fr", lang="fr",
    frm=("Sandrine Mattei", "s.mattei@talentis-conseil.example.fr"),
    subject="Pixel Mistral veut vous rencontrer !", date="2026-05-06 19:12 +0200",
    headers={"X-Mailer": "iPhone Mail (21F90)"},
    mid="<7D4A-talentis-pixel-0506@talentis-conseil.example.fr>",
    text="""Inès, bonne nouvelle : Pixel Mistral a lu votre dossier et souhaite vous rencontrer
pour le poste de Localisation Manager.

Ils proposent mercredi 13 mai à 11h dans leurs locaux de la Belle de Mai (37 rue
Guibal), avec Romain (le directeur de prod) et Aïcha (lead QA). Comptez 1h30, il y aura
un petit exercice de planification sur une mise à jour en 12 langues.

Vous me confirmez ? Je vous appelle demain pour vous briefer.

Sandrine

Envoyé de mon iPhone
""",
)

add(
    slug="eu_body_interview", kind=INV, company="European Office for Multilingual Services",
    contact="", lang="en",
    frm=("EOMS Selection Procedures", "eoms-selection@eoms.example.lu"),
    subject="EOMS/CA/2026/03 – Invitation to interview", date="2026-06-04 10:00 +0200",
    mid="<eoms-ca-2026-03-inv-1402291@eoms.example.lu>",
    text="""Selection procedure EOMS/CA/2026/03 – Contract Agents, Function Group IV
Translation Project Officers
Candidate number: 140-2291

Dear Ms BENALI-CARVALHO,

Following the evaluation of applications, we are pleased to invite you to an interview
with the Selection Committee.

Date: Tuesday 23 June 2026
Time: 09:30 (Luxembourg time)
Place: EOMS, 12 rue Guillaume Kroll, L-1882 Luxembourg, Room K2/014
Language: English and French (your second language as declared in your application)
Duration: approximately 45 minutes

Please bring a valid identity document and the originals of the diplomas declared in
your application. Travel expenses will be reimbursed according to the rules enclosed
in your candidate account.

You must confirm your attendance through your candidate account no later than
12 June 2026. If you do not confirm, we will assume that you withdraw your application.

EOMS Selection Team
European Office for Multilingual Services

This mailbox is not monitored. Please use the contact form in your candidate account.
""",
)

add(
    slug="belgian_office_interview", kind=INV, company="Babel & Beyond Localisation",
    contact="sophie.vandenbroeck@babelbeyond.example.be", lang="fr",
    frm=("Sophie Vandenbroeck", "sophie.vandenbroeck@babelbeyond.example.be"),
    subject="Invitation à un entretien – Project Manager FR/NL/EN",
    date="2026-04-22 10:48 +0200", charset="iso-8859-1", cte="8bit",
    mid="<babel-invite-0422-sv@babelbeyond.example.be>",
    text="""Bonjour Madame Benali-Carvalho,

Suite à l'examen de votre candidature, nous avons le plaisir de vous inviter à un
entretien dans nos bureaux le mardi 5 mai à 14h00.

L'entretien se déroulera en deux temps : une présentation de votre parcours devant
Koen Peeters (Operations Director) et moi-même, puis une mise en situation d'une
demi-heure sur notre outil de gestion de projets. Il se tiendra en français et en
anglais ; quelques questions en néerlandais ne sont pas exclues.

Adresse : Rue de la Victoire 112, 1060 Saint-Gilles (métro Horta). Sonnez au 1er.

Pourriez-vous nous confirmer votre présence ? Au plaisir de vous rencontrer.

Bien à vous,

Sophie Vandenbroeck
HR & Office Manager
Babel & Beyond Localisation SRL
T +32 2 555 61 40
""",
)

add(
    slug="swiss_test_then_interview", kind=INV, company="Helvetia Language Services",
    contact="al.fivaz@hls-geneve.example.ch", lang="fr",
    frm=("Anne-Laure Fivaz", "al.fivaz@hls-geneve.example.ch"),
    subject="Votre candidature : test et entretien", date="2026-03-19 15:26 +0100",
    mid="<HLS-afivaz-0319@hls-geneve.example.ch>", charset="windows-1252",
    cte="quoted-printable",
    text="""Chère Madame,

Nous avons le plaisir de vous informer que votre dossier a été retenu pour la suite de
notre processus de sélection pour le poste de cheffe de projet en traduction.

Nous vous proposons de nous rejoindre le mardi 31 mars à 14h00 dans nos locaux du
boulevard Helvétique. L’après-midi se déroulera ainsi :
– 14h00 : test pratique (préparation d’un devis et d’un planning à partir d’un dossier
  client réel, 45 minutes, sans outil de TAO) ;
– 15h00 : entretien avec M. Gaudin, directeur des opérations, et moi-même.

Merci de nous confirmer votre venue d’ici vendredi. Nous restons à votre disposition pour
toute question.

Avec nos meilleures salutations,

Anne-Laure Fivaz
Responsable des ressources humaines
Helvetia Language Services SA
Boulevard Helvétique 24 · 1207 Genève · +41 22 555 09 30
""",
    html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:10.5pt;color:#1f1f1f">
<p>Chère Madame,</p>
<p>Nous avons le plaisir de vous informer que votre dossier a été retenu pour la suite de notre processus de sélection pour le poste de <b>cheffe de projet en traduction</b>.</p>
<p>Nous vous proposons de nous rejoindre le <b>mardi 31 mars à 14h00</b> dans nos locaux du boulevard Helvétique. L’après-midi se déroulera ainsi&nbsp;:</p>
<ul><li>14h00&nbsp;: test pratique (préparation d’un devis et d’un planning à partir d’un dossier client réel, 45 minutes, sans outil de TAO)&nbsp;;</li>
<li>15h00&nbsp;: entretien avec M.&nbsp;Gaudin, directeur des opérations, et moi-même.</li></ul>
<p>Merci de nous confirmer votre venue d’ici vendredi. Nous restons à votre disposition pour toute question.</p>
<p>Avec nos meilleures salutations,</p>
<table cellpadding="0" cellspacing="0"><tr><td style="border-left:3px solid #c8102e;padding-left:10px;font-size:9pt">
<b>Anne-Laure Fivaz</b><br>Responsable des ressources humaines<br>Helvetia Language Services SA<br>Boulevard Helvétique 24 · 1207 Genève · +41 22 555 09 30</td></tr></table>
</body></html>
""",
)

add(
    slug="smartrecruiters_reply_to", kind=INV, company="Verbatim Iberia",
    contact="javier.olmedo@verbatimiberia.example.es", lang="es",
    frm=("Verbatim Iberia", "noreply@smartrecruiters.com"),
    reply_to=("Javier Olmedo", "javier.olmedo@verbatimiberia.example.es"),
    subject="Entrevista – Project Manager de Localización (Madrid)",
    date="2026-03-09 08:15 +0000", cte="quoted-printable",
    mid="<sr-verbatim-int-0309-55e1@smartrecruiters.com>",
    html="""<html><body style="background:#f3f5f7;margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:24px 0">
<table width="580" cellspacing="0" cellpadding="0" style="background:#ffffff">
<tr><td style="padding:24px 32px;border-bottom:3px solid #0b7a75"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/verbatim-iberia.png" alt="Verbatim Iberia" height="40"></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:1.6;color:#333">
<p>Hola Inès:</p>
<p>¡Gracias por tu interés en Verbatim Iberia! Nos gustaría conocerte en una entrevista para el puesto de <b>Project Manager de Localización</b>.</p>
<table cellpadding="6" cellspacing="0" style="background:#f0f7f7;width:100%;font-size:14px">
<tr><td width="110"><b>Fecha</b></td><td>martes, 17 de marzo de 2026</td></tr>
<tr><td><b>Hora</b></td><td>12:00 (hora peninsular)</td></tr>
<tr><td><b>Formato</b></td><td>Videollamada (Google Meet)</td></tr>
<tr><td><b>Con</b></td><td>Javier Olmedo, Head of Operations</td></tr></table>
<p><a href="https://www.smartrecruiters.com/candidate/interviews/confirm?i=55e1a7" style="background:#0b7a75;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px;display:inline-block">Confirmar asistencia</a></p>
<p>Si tienes cualquier duda, responde a este correo y le llegará a Javier.</p>
<p>Un saludo,<br>Equipo de Talento · Verbatim Iberia</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#99a;background:#fafbfc">Verbatim Iberia S.L. · Calle de Fuencarral 121, 28010 Madrid<br><a href="https://www.smartrecruiters.com/legal/candidate-privacy-policy/" style="color:#99a">Política de privacidad</a></td></tr>
</table>
""" + pixel("https://trk.smartrecruiters.com/open/int55e1.gif") + """
</td></tr></table></body></html>
""",
)

add(
    slug="gmail_thread_quotes_malheureusement", kind=INV, company="Transcréa Méditerranée",
    contact="marc.aubanel@transcrea-med.example.fr", lang="fr",
    frm=("Marc Aubanel", "marc.aubanel@transcrea-med.example.fr"),
    subject="Re: Candidature spontanée – Inès Benali-Carvalho", date="2026-03-20 08:52 +0100",
    mid="<CAOxT5m-transcrea-0320@transcrea-med.example.fr>",
    irt="<CAHk2-ines-relance-0318@example.fr>",
    refs=["<transcrea-ar-0114@transcrea-med.example.fr>", "<CAHk2-ines-relance-0318@example.fr>"],
    text="""Bonjour Inès,

Pas du tout, votre candidature n'est pas tombée dans l'oubli ! Nous ouvrons justement un
poste de cheffe de projet junior pour accompagner notre croissance sur le tourisme et le
patrimoine.

Seriez-vous disponible pour un entretien le mardi 31 mars à 9h30 à nos bureaux de la
rue Grignan ? Ce sera avec moi et Laetitia, notre cheffe de projet senior.

Bien à vous,
Marc

--
Marc Aubanel
Directeur
Transcréa Méditerranée
27 rue Grignan, 13001 Marseille – 04 91 55 43 10

Le mer. 18 mars 2026 à 17:03, Inès Benali-Carvalho <ines.bc@example.fr> a écrit :
""" + quote("""Bonjour Monsieur Aubanel,

Je me permets de revenir vers vous au sujet de ma candidature spontanée de janvier.
Je comprendrais tout à fait que vous ayez malheureusement retenu d'autres profils ou
qu'aucun poste ne soit ouvert, mais je reste très motivée à l'idée de rejoindre
Transcréa.

Bien cordialement,
Inès Benali-Carvalho""") + "\n",
)

add(
    slug="apple_mail_quotes_other_candidates", kind=INV, company="Lisboa Language Partners",
    contact="rui@lisboalp.example.pt", lang="en",
    frm=("Rui Tavares", "rui@lisboalp.example.pt"),
    subject="Re: Application – Localisation Project Manager", date="2026-03-25 17:09 +0000",
    mid="<CAL9x2-lisboa-invite-0325@lisboalp.example.pt>",
    irt="<F2C4-ines-lisboa-0323@example.fr>",
    headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"},
    text="""Dear Inès,

Not at all – we haven't gone with anyone yet, and your application is one of the ones we
liked most. Could you do a video interview with me and Joana (our head of production) on
Tuesday 31 March at 10:00 Lisbon time (11:00 in France)?

I'll send a Google Meet link the day before. Plan for about an hour; we'd like to hear
how you would onboard a new pharma client with 14 target languages.

Kind regards,
Rui

Rui Tavares | Operations Director | Lisboa Language Partners
Rua da Prata 80, 1100-415 Lisboa | +351 21 555 3090

> On 23 Mar 2026, at 09:41, Inès Benali-Carvalho <ines.bc@example.fr> wrote:
>
""" + quote("""Dear Mr Tavares,

I applied on 2 March for the Localisation Project Manager position and wanted to check
on the status of my application. I would fully understand if you have already decided
to go with other candidates, but I'd love the chance to discuss the role.

Best regards,
Inès Benali-Carvalho""") + "\n",
)

add(
    slug="personio_reply_to_recruiter", kind=INV, company="Donau Lingua",
    contact="katrin.hofer@donaulingua.example.com", lang="de",
    frm=("Katrin Hofer via Personio", "noreply@personio.de"),
    reply_to=("Katrin Hofer", "katrin.hofer@donaulingua.example.com"),
    subject="Einladung zum Videointerview – Localization Project Manager (m/w/d)",
    date="2026-05-12 07:34 +0000", cte="quoted-printable",
    mid="<personio-donau-inv-0512-88a1@personio.de>",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding-bottom:16px"><img src="https://donau-lingua.jobs.personio.de/logo.png" alt="Donau Lingua" width="150"></td></tr>
<tr><td>
<p>Liebe Frau Benali-Carvalho,</p>
<p>herzlichen Dank für Ihre Bewerbung! Ihr Profil hat uns neugierig gemacht und wir würden Sie gerne in einem Videointerview näher kennenlernen.</p>
<p>Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen dem 18. und 22. Mai:</p>
<p><a href="https://donau-lingua.jobs.personio.de/scheduling/3fa9c1?language=de" style="color:#ffffff;background:#2f6fed;padding:10px 18px;text-decoration:none;border-radius:4px">Termin auswählen</a></p>
<p>Das Gespräch dauert ca. 45 Minuten und findet über Microsoft Teams statt. Gesprächspartnerinnen sind Miriam Kovač (Geschäftsführung) und ich. Wir sprechen Deutsch und ein wenig Englisch.</p>
<p>Bei Fragen antworten Sie einfach auf diese E-Mail.</p>
<p>Viele Grüße aus Wien<br>Katrin Hofer<br>People &amp; Culture</p>
</td></tr>
<tr><td style="padding-top:20px;font-size:11px;color:#888">Donau Lingua GmbH · Praterstraße 31, 1020 Wien · FN 412345 x · Geschäftsführer: Dr. Stefan Aigner, Miriam Kovač</td></tr>
</table></body></html>
""",
)

add(
    slug="outlook_calendar_visio", kind=INV, company="LuxLingo",
    contact="marc.schmit@luxlingo.example.lu", lang="fr",
    frm=("Marc Schmit", "marc.schmit@luxlingo.example.lu"),
    subject="Invitation : Entretien visio – Chef(fe) de projet localisation",
    date="2026-04-14 16:02 +0200", mid="<AS8PR10MB-luxlingo-inv-0414@luxlingo.example.lu>",
    headers={"X-Mailer": "Microsoft Outlook 16.0"}, cte="quoted-printable",
    text="""Bonjour Madame Benali-Carvalho,

Suite à notre échange téléphonique, je vous envoie l'invitation pour l'entretien :

Mardi 21 avril 2026, 10h00 – 11h00
Microsoft Teams (le lien se trouve dans l'invitation)
Avec : Marc Schmit (Head of Delivery) et Jil Wagner (Senior PM)

Nous aborderons votre parcours puis un cas pratique sur un projet de documentation
technique en FR/DE/LB. Merci d'accepter l'invitation pour confirmer.

Meilleures salutations,

Marc Schmit
Head of Delivery
LuxLingo S.à r.l. | 5, rue Jean Monnet | L-2180 Luxembourg
Tél. +352 27 55 81 00
""",
    html="""<html><body style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Bonjour Madame Benali-Carvalho,</p>
<p>Suite à notre échange téléphonique, je vous envoie l'invitation pour l'entretien :</p>
<p><b>Mardi 21 avril 2026, 10h00 – 11h00</b><br>Microsoft Teams (le lien se trouve dans l'invitation)<br>Avec : Marc Schmit (Head of Delivery) et Jil Wagner (Senior PM)</p>
<p>Nous aborderons votre parcours puis un cas pratique sur un projet de documentation technique en FR/DE/LB. Merci d'accepter l'invitation pour confirmer.</p>
<p>Meilleures salutations,</p>
<p><b>Marc Schmit</b><br>Head of Delivery<br><span style="color:#00a0af">LuxLingo S.à r.l.</span> | 5, rue Jean Monnet | L-2180 Luxembourg<br>Tél. +352 27 55 81 00</p>
<hr><p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_LxL0421">Rejoindre la réunion maintenant</a><br>ID de réunion : 391 220 745 18</p>
</body></html>
""",
    cal={"method": "REQUEST", "uid": UID_LUXLINGO, "sequence": 0, "stamp": "2026-04-14 16:02 +0200",
         "start": "2026-04-21 10:00 +0200", "end": "2026-04-21 11:00 +0200",
         "summary": "Entretien visio – Chef(fe) de projet localisation",
         "location": "Réunion Microsoft Teams"},
)

add(
    slug="ashby_no_reply_schedule", kind=INV, company="Cloudmistral", contact="", lang="en",
    frm=("Cloudmistral Recruiting", "no-reply@ashbyhq.com"),
    subject="Next step: panel interview with Cloudmistral", date="2026-04-02 13:10 +0000",
    cte="quoted-printable", mid="<ashby-cm-panel-0402-1c7@ashbyhq.com>",
    html="""<div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.6;color:#111827;max-width:560px">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/cloudmistral.png" alt="Cloudmistral" height="28">
<p>Hi Inès,</p>
<p>Great news – the team would like to invite you to a <b>panel interview</b> for the Localization Program Manager role.</p>
<p>The panel lasts 60 minutes on Google Meet, with Arnaud Mazel (VP Product) and Yusuf Demir (Engineering Manager, Platform). Please pick a time that works for you:</p>
<p><a href="https://app.ashbyhq.com/candidate-self-schedule/5e0b7a13-cm?utm_medium=email" style="display:inline-block;background:#4f46e5;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none">Choose a time</a></p>
<p>Before the panel, you'll receive a short take-home brief (about 2 hours of work).</p>
<p>Thanks,<br>Cloudmistral Recruiting</p>
<p style="color:#9ca3af;font-size:12px">Cloudmistral SAS · 1 place de la Comédie, 34000 Montpellier · This inbox is not monitored.</p>
</div>
""" + pixel("https://app.ashbyhq.com/email/o/1c7e.png"),
)

add(
    slug="ngo_phone_interview", kind=INV, company="Solidarité Sans Frontières Linguistiques",
    contact="maelle.rouvier@ssfl.example.org", lang="fr",
    frm=("Maëlle Rouvier", "maelle.rouvier@ssfl.example.org"),
    subject="Entretien téléphonique – coordination linguistique", date="2026-06-15 17:45 +0200",
    charset="windows-1252", cte="8bit",
    text="""Bonjour Inès,

Je suis chargée du recrutement pour le poste de coordination linguistique chez SSFL.
Votre candidature nous a beaucoup intéressé·es, en particulier votre expérience
d’ateliers FLE avec des adolescents allophones.

Je vous propose un premier entretien téléphonique de 30 minutes jeudi 18 juin à 11h.
Je vous appellerai sur votre portable. Si ce créneau ne vous va pas, proposez-m’en
un autre cette semaine ou la suivante.

Belle soirée,

Maëlle Rouvier
Responsable vie associative et RH
Solidarité Sans Frontières Linguistiques
07 55 31 20 96
""",
)

add(
    slug="ngo_madrid_presencial", kind=INV, company="Fundación Puente de Lenguas",
    contact="cibanez@puentedelenguas.example.org", lang="es",
    frm=("Carmen Ibáñez", "cibanez@puentedelenguas.example.org"),
    subject="Convocatoria de entrevista", date="2026-06-10 09:58 +0200",
    cte="quoted-printable", mid="<puente-conv-0610-ci@puentedelenguas.example.org>",
    text="""Estimada Sra. Benali-Carvalho:

En relación con su candidatura al puesto de Técnico/a de proyectos lingüísticos, nos
complace convocarle a una entrevista presencial en nuestra sede:

  Día: martes 16 de junio de 2026
  Hora: 11:00
  Lugar: C/ del Ave María 41, 28012 Madrid (metro Lavapiés), 2.º piso

La entrevista durará aproximadamente una hora y se desarrollará en español y en francés.
Le rogamos que nos confirme su asistencia respondiendo a este correo.

Atentamente,

Carmen Ibáñez Soler
Responsable de Personas
Fundación Puente de Lenguas
Tel. 91 555 37 20
""",
)

add(
    slug="teamtailor_invite_reply_to", kind=INV, company="Atelier Mots & Marges",
    contact="berenice@motsetmarges.example.fr", lang="fr",
    frm=("Atelier Mots & Marges", "no-reply@teamtailor-mail.com"),
    reply_to=("Bérénice Lallemand", "berenice@motsetmarges.example.fr"),
    subject="Rencontrons-nous ! – Chargée de droits étrangers", date="2026-04-27 08:30 +0000",
    mid="<tt-amm-inv-0427-9d2@teamtailor-mail.com>", cte="quoted-printable",
    html="""<!doctype html><html><body style="margin:0;padding:0;background:#fbf7f2">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:32px 12px">
<table width="520" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:10px">
<tr><td style="padding:32px 40px 0"><img src="https://assets.teamtailor-cdn.com/atelier-mots-marges/logo.png" alt="Atelier Mots &amp; Marges" width="180"></td></tr>
<tr><td style="padding:24px 40px;font-family:Georgia,serif;font-size:16px;line-height:26px;color:#3b2f2f">
Chère Inès,<br><br>
Votre candidature nous a donné envie d'en savoir plus ! Bérénice Lallemand, notre directrice éditoriale, aimerait vous rencontrer le <b>lundi 11 mai à 15h</b> à l'Atelier, rue des Boulangers.<br><br>
Nous parlerons de nos coéditions avec l'Espagne et le Portugal, et de la façon dont vous organiseriez le suivi de six traductions en parallèle.<br><br>
<a href="https://atelier-mots-marges.teamtailor.com/candidate/meetings/7741/accept" style="display:inline-block;background:#b5523b;color:#ffffff;padding:12px 22px;border-radius:24px;text-decoration:none;font-family:Arial,sans-serif;font-size:14px">Je confirme ma venue</a><br><br>
Un empêchement ? Répondez à ce message, Bérénice le recevra directement.<br><br>
À bientôt,<br>L'équipe de l'Atelier
</td></tr>
<tr><td style="padding:20px 40px 30px;font-family:Arial,sans-serif;font-size:11px;color:#a08f85">Atelier Mots &amp; Marges · 21 rue des Boulangers, 75005 Paris</td></tr>
</table></td></tr></table>
""" + pixel("https://tt.teamtailor-mail.com/o/9d2e11.png") + """
</body></html>
""",
)

add(
    slug="lever_video_reply_to", kind=INV, company="Kalipso Software",
    contact="tiago.mendes@kalipso.example.pt", lang="en",
    frm=("Kalipso Software", "no-reply@hire.lever.co"),
    reply_to=("Tiago Mendes", "tiago.mendes@kalipso.example.pt"),
    subject="Interview invitation – Localization Manager (Lisbon / hybrid)",
    date="2026-07-01 09:12 +0000", mid="<lever-kalipso-inv-0701@hire.lever.co>",
    text="""Hi Inès,

Thanks for applying to Kalipso! I'd love to set up a first interview with you for the
Localization Manager role.

Would Wednesday 8 July at 15:00 Lisbon time (16:00 in Marseille) work? We'll meet on
Zoom: https://kalipso.zoom.us/j/86120045517

It will be me and Sara Lopes, who leads our Product Content team. No preparation
needed, just come as you are and bring questions.

Cheers,
Tiago Mendes
Talent Partner · Kalipso Software
""",
    html="""<html><body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Inès,</p>
<p>Thanks for applying to Kalipso! I'd love to set up a first interview with you for the <b>Localization Manager</b> role.</p>
<p>Would <b>Wednesday 8 July at 15:00 Lisbon time</b> (16:00 in Marseille) work? We'll meet on Zoom: <a href="https://kalipso.zoom.us/j/86120045517">https://kalipso.zoom.us/j/86120045517</a></p>
<p>It will be me and Sara Lopes, who leads our Product Content team. No preparation needed, just come as you are and bring questions.</p>
<p>Cheers,<br>Tiago Mendes<br>Talent Partner · Kalipso Software</p>
<p style="font-size:11px;color:#aaa">Sent via Lever · Kalipso Software, Lda. · Avenida da Liberdade 110, 1250-146 Lisboa</p>
</body></html>
""",
)

add(
    slug="startup_coffee_tu", cte="8bit", kind=INV, company="Sud Sous-titrage",
    contact="yanis@sudsoustitrage.example.fr", lang="fr",
    frm=("Yanis Haddad", "yanis@sudsoustitrage.example.fr"),
    subject="un café ?", date="2026-05-26 22:18 +0200",
    text="""Salut Inès,

Ton message sur LinkedIn m'a fait marrer (la prof qui sous-titre les films de ses élèves
pour le festival du lycée, on adore). On cherche justement quelqu'un pour coordonner les
projets de sous-titrage et d'audiodescription, on est 6 à la Friche.

Ça te dit qu'on se voie jeudi à 9h pour en parler autour d'un café ? C'est un vrai
entretien, hein, mais sans cravate. Rendez-vous au bar des Grandes Tables, je serai avec
Lou, notre cheffe de projet.

Yanis
Sud Sous-titrage – Friche la Belle de Mai
""",
)

add(
    slug="agency_qualification_call", kind=INV, company="Proxima RH",
    contact="elodie.marchand@proxima-rh.example.fr", lang="fr",
    frm=("Élodie Marchand - Proxima RH", "elodie.marchand@proxima-rh.example.fr"),
    subject="Votre candidature : Chef de projet traduction H/F – Montpellier",
    date="2026-08-31 11:03 +0200", cte="base64",
    mid="<proxima-em-0831-inv@proxima-rh.example.fr>",
    html="""<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#333">
<table width="640" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 0"><img src="https://crm.proxima-rh.example.fr/img/logo-proxima.png" alt="PROXIMA RH - Cabinet de recrutement" width="170"></td></tr>
<tr><td>
<p>Bonjour Madame Benali-Carvalho,</p>
<p>Je vous remercie pour votre candidature à notre annonce <b>Chef de projet traduction H/F</b> pour le compte de notre client, un éditeur de logiciels montpelliérain en forte croissance.</p>
<p>Votre profil a retenu mon attention. Je vous propose un <b>entretien téléphonique le jeudi 3 septembre à 14h00</b> afin de faire connaissance, de vous présenter plus en détail le poste et de valider ensemble les éléments de votre candidature (prétentions, disponibilité, mobilité).</p>
<p>Je vous appellerai au numéro indiqué sur votre CV. Merci de me confirmer ce créneau en retour de mail.</p>
<p>Bien cordialement,</p>
<p><b>Élodie Marchand</b><br>Chargée de recrutement<br>Proxima RH – Cabinet de recrutement<br>1350 avenue Albert Einstein, 34000 Montpellier<br>04 67 55 12 80</p>
<p><a href="https://www.linkedin.com/company/proxima-rh-example">LinkedIn</a> | <a href="https://crm.proxima-rh.example.fr/t/c/8812?u=https%3A%2F%2Fproxima-rh.example.fr%2Foffres">Toutes nos offres</a></p>
<p style="font-size:10px;color:#999">Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données : dpo@proxima-rh.example.fr.</p>
</td></tr></table>
""" + pixel("https://crm.proxima-rh.example.fr/t/o/8812.gif") + """
</body></html>
""",
)

add(
    slug="softgarden_kennenlernen", kind=INV, company="Moselle Sprachdienste", contact="",
    lang="de",
    frm=("Moselle Sprachdienste via softgarden", "noreply@softgarden.io"),
    subject="Einladung zum Kennenlerngespräch", date="2026-08-10 12:20 +0000",
    cte="quoted-printable",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="background:#0f4c81;padding:16px 24px"><img src="https://moselle-sprachdienste.softgarden.io/assets/logo-weiss.png" alt="Moselle Sprachdienste" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Guten Tag Frau Benali-Carvalho,</p>
<p>wir freuen uns über Ihre Bewerbung als <b>Teamleitung Lokalisierung (Französisch)</b> und möchten Sie gerne zu einem ersten Kennenlerngespräch per Video einladen.</p>
<p>Bitte buchen Sie sich über unser Terminportal einen Termin zwischen dem 17. und 21. August:</p>
<p><a href="https://moselle-sprachdienste.softgarden.io/de/appointment/book?token=a81f22" style="background:#f39200;color:#fff;padding:10px 20px;text-decoration:none">Termin buchen</a></p>
<p>Das Gespräch führen Herr Jeannot Klein (Bereichsleitung) und Frau Anja Weis (Recruiting). Dauer: ca. 45 Minuten.</p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team<br>Moselle Sprachdienste</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;background:#f7f7f7">
Moselle Sprachdienste S.à r.l. · 8, rue de l'Alzette · L-4010 Esch-sur-Alzette<br>
Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.</td></tr>
</table>
""" + pixel("https://tracking.softgarden.io/open/a81f22.gif") + """
</body></html>
""",
)

add(
    slug="quebec_zoom_time_zones", cte="8bit", kind=INV, company="Les Traductions du Plateau",
    contact="genevieve@tradplateau.example.ca", lang="fr",
    frm=("Geneviève Tremblay", "genevieve@tradplateau.example.ca"),
    subject="Poste de coordonnatrice de projets", date="2026-06-01 08:36 -0400",
    mid="<plateau-gt-0601@tradplateau.example.ca>",
    text="""Bonjour Inès,

J'ai lu ta candidature avec beaucoup d'intérêt. Une prof de français qui connaît la
différence entre « courriel » et « e-mail », ça ne court pas les rues!

Est-ce que tu serais disponible jeudi le 4 juin à 9 h pour une entrevue sur Zoom? On
parlerait de ton parcours et du poste (on est huit, surtout des contrats fédéraux et
municipaux, beaucoup de révision). Voici le lien :
https://us02web.zoom.us/j/81455220190?pwd=PlateauGT

Au plaisir de te parler,

Geneviève Tremblay
Présidente
Les Traductions du Plateau inc.
514 555-0188
""",
)

add(
    slug="publisher_usted_latin1", kind=INV, company="Editorial Alhambra Nueva",
    contact="rvilchez@alhambranueva.example.es", lang="es",
    frm=("Rosario Vílchez", "rvilchez@alhambranueva.example.es"),
    name_cs="iso-8859-1", subject="Entrevista: puesto de Editor/a de traducción literaria",
    subj_cs="iso-8859-1", date="2026-04-28 13:40 +0200", charset="iso-8859-1", cte="8bit",
    text="""Estimada Sra. Benali-Carvalho:

Hemos recibido su candidatura a través de TrabajoYa y nos ha parecido de gran interés.
Por ello, le convocamos a una entrevista personal el miércoles 6 de mayo a las 10:30 en
nuestra sede de la calle Mayor, 58 (Madrid).

Le rogamos que traiga consigo una muestra de traducción literaria del francés al
español, de no más de cinco páginas, revisada por usted.

Quedamos a la espera de su confirmación.

Reciba un cordial saludo,

Rosario Vílchez Aranda
Directora editorial
Editorial Alhambra Nueva
C/ Mayor, 58 - 28013 Madrid
""",
)

add(
    slug="icims_interview", kind=INV, company="Fintrek", contact="", lang="en",
    frm=("Careers at Fintrek", "fintrek@talent.icims.com"),
    subject="Interview invitation – Localisation Lead (EN/FR/DE)", date="2026-07-20 08:02 +0000",
    charset="windows-1252", cte="quoted-printable",
    html="""<html><body bgcolor="#ffffff" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td><img src="https://careers-fintrek.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=download&amp;id=41&amp;hashed=1027" alt="Fintrek" width="120"></td></tr>
<tr><td style="padding-top:14px">
<p>Dear Inès,</p>
<p>Thank you for your application for the <b>Localisation Lead (EN/FR/DE)</b> position. We are pleased to invite you to an interview with our Head of Product, Martine Hoffmann, and our Compliance Officer, Luc Reding.</p>
<p><b>Date:</b> Thursday, 30 July 2026<br><b>Time:</b> 10:00 – 11:00 CEST<br><b>Location:</b> Fintrek, 19 rue Eugène Ruppert, Luxembourg (Cloche d’Or) – or by video if you cannot travel</p>
<p>Please <a href="https://careers-fintrek.icims.com/jobs/candidate/interview?confirm=73261">confirm your attendance</a> in the candidate portal within 48 hours.</p>
<p>We look forward to meeting you.</p>
<p>Talent Acquisition<br>Fintrek</p>
<hr size="1" color="#cccccc">
<p style="font-size:8pt;color:#777">Fintrek S.A. – R.C.S. Luxembourg B 233 118. Please do not reply to this automated message.</p>
</td></tr></table>
""" + pixel("https://careers-fintrek.icims.com/track/open.gif?e=73261i") + """
</body></html>
""",
)

# ---------------------------------------------------------------- reschedules and cancellations (15)

add(
    slug="calendar_sequence_update", kind=RES, company="Wordbridge Localization",
    contact="hannah.okafor@wordbridge.example.ca", lang="en",
    frm=("Hannah Okafor", "hannah.okafor@wordbridge.example.ca"),
    subject="Updated: Interview: Localization Project Manager (FR) – Wordbridge",
    date="2026-03-18 16:47 -0400", irt="<YT3PR01MB8822-invite@wordbridge.example.ca>",
    headers={"X-Mailer": "Microsoft Outlook 16.0"}, cte="quoted-printable",
    text="""Hi Inès,

Small change, sorry about that: Daniel has to fly to Toronto on Tuesday for a client
workshop, so we've moved your interview by one day.

New time: Wednesday, March 25, 2026, 11:00 a.m.–12:00 p.m. Eastern (4:00–5:00 p.m. in
Marseille). Same Teams link.

The updated invitation is attached; please accept it again so your calendar stays in
sync.

Thanks for your flexibility,
Hannah

Hannah Okafor
Talent Acquisition Lead
Wordbridge Localization Inc.
""",
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Inès,</p>
<p>Small change, sorry about that: Daniel has to fly to Toronto on Tuesday for a client workshop, so we've moved your interview by one day.</p>
<p><b>New time: Wednesday, March 25, 2026, 11:00 a.m.–12:00 p.m. Eastern</b> (4:00–5:00 p.m. in Marseille). Same Teams link.</p>
<p>The updated invitation is attached; please accept it again so your calendar stays in sync.</p>
<p>Thanks for your flexibility,<br>Hannah</p>
<p><b>Hannah Okafor</b><br>Talent Acquisition Lead<br>Wordbridge Localization Inc.</p>
</body></html>
""",
    cal={"method": "REQUEST", "uid": UID_WORDBRIDGE, "sequence": 1, "stamp": "2026-03-18 16:47 -0400",
         "start": "2026-03-25 11:00 -0400", "end": "2026-03-25 12:00 -0400",
         "summary": "Interview: Localization Project Manager (FR) – Inès Benali-Carvalho",
         "location": "Microsoft Teams Meeting"},
)

add(
    slug="calendar_cancel_interviewer_ill", kind=RES, company="LuxLingo",
    contact="marc.schmit@luxlingo.example.lu", lang="fr",
    frm=("Marc Schmit", "marc.schmit@luxlingo.example.lu"),
    subject="Annulé : Entretien visio – Chef(fe) de projet localisation",
    date="2026-04-16 08:12 +0200", irt="<AS8PR10MB-luxlingo-inv-0414@luxlingo.example.lu>",
    headers={"X-Mailer": "Microsoft Outlook 16.0"}, cte="quoted-printable",
    text="""Bonjour Madame Benali-Carvalho,

Je suis désolé de devoir annuler notre entretien de mardi prochain : ma collègue Jil
Wagner est malade pour plusieurs jours et je tiens à ce qu'elle participe à l'échange.

Le poste reste bien ouvert et votre candidature nous intéresse toujours. Je vous
proposerai de nouveaux créneaux dès son retour, probablement pour la semaine du 27 avril.

Meilleures salutations,

Marc Schmit
Head of Delivery
LuxLingo S.à r.l.
""",
    html="""<html><body style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Bonjour Madame Benali-Carvalho,</p>
<p>Je suis désolé de devoir annuler notre entretien de mardi prochain : ma collègue Jil Wagner est malade pour plusieurs jours et je tiens à ce qu'elle participe à l'échange.</p>
<p>Le poste reste bien ouvert et votre candidature nous intéresse toujours. Je vous proposerai de nouveaux créneaux dès son retour, probablement pour la semaine du 27 avril.</p>
<p>Meilleures salutations,</p>
<p><b>Marc Schmit</b><br>Head of Delivery<br>LuxLingo S.à r.l.</p>
</body></html>
""",
    cal={"method": "CANCEL", "uid": UID_LUXLINGO, "sequence": 1, "stamp": "2026-04-16 08:12 +0200",
         "start": "2026-04-21 10:00 +0200", "end": "2026-04-21 11:00 +0200",
         "summary": "Annulé : Entretien visio – Chef(fe) de projet localisation",
         "location": "Réunion Microsoft Teams"},
)

add(
    slug="iphone_move_to_thursday", cte="8bit", kind=RES, company="Lingua Calanca",
    contact="n.ferracci@linguacalanca.example.fr", lang="fr",
    frm=("Nathalie Ferracci", "n.ferracci@linguacalanca.example.fr"),
    subject="Re: Candidature – Chargée de projets traduction", date="2026-02-16 07:39 +0100",
    irt="<a3e9c2d4-calanca-invite@linguacalanca.example.fr>",
    headers={"X-Mailer": "iPhone Mail (21D61)"},
    text="""Inès, petit imprévu : Frédéric sera à Lyon mardi. On peut décaler à jeudi 26, même heure ?
Désolée !
N.

Envoyé de mon iPhone
""",
)

add(
    slug="strike_switch_to_video", kind=RES, company="Helvetia Language Services",
    contact="al.fivaz@hls-geneve.example.ch", lang="fr",
    frm=("Anne-Laure Fivaz", "al.fivaz@hls-geneve.example.ch"),
    subject="RE: Votre candidature : test et entretien", date="2026-03-26 11:05 +0100",
    irt="<HLS-afivaz-0319@hls-geneve.example.ch>", charset="iso-8859-1",
    cte="quoted-printable",
    text="""Chère Madame,

Nous avons appris qu'un mouvement de grève est annoncé mardi sur la ligne Marseille -
Genève. Pour vous éviter un trajet incertain, nous vous proposons de maintenir le
rendez-vous du 31 mars à la même heure, mais par visioconférence :

- 14h00 : nous vous enverrons le dossier du test par e-mail, vous nous renverrez votre
  devis et votre planning à 14h45 ;
- 15h00 : entretien sur Zoom avec M. Gaudin et moi-même (lien ci-dessous).

https://hls-geneve.zoom.us/j/94410263377

Si vous préférez malgré tout venir à Genève à une autre date, dites-le-nous.

Avec nos meilleures salutations,

Anne-Laure Fivaz
Responsable des ressources humaines
Helvetia Language Services SA
""",
)

add(
    slug="ashby_rescheduled", kind=RES, company="Cloudmistral", contact="", lang="en",
    frm=("Cloudmistral Recruiting", "no-reply@ashbyhq.com"),
    subject="Your interview with Cloudmistral has been rescheduled", date="2026-04-13 09:44 +0000",
    cte="quoted-printable",
    html="""<div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.6;color:#111827;max-width:560px">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/cloudmistral.png" alt="Cloudmistral" height="28">
<p>Hi Inès,</p>
<p>Your <b>panel interview</b> for Localization Program Manager has been rescheduled because one of the interviewers has a conflict.</p>
<table cellpadding="6" style="border:1px solid #e5e7eb;border-radius:6px;font-size:14px">
<tr><td style="color:#6b7280">Was</td><td><s>Tuesday, April 14 · 14:00 – 15:00 CEST</s></td></tr>
<tr><td style="color:#6b7280">Now</td><td><b>Thursday, April 16 · 14:00 – 15:00 CEST</b></td></tr>
<tr><td style="color:#6b7280">Where</td><td><a href="https://meet.google.com/cmx-pnlq-ywt">meet.google.com/cmx-pnlq-ywt</a></td></tr></table>
<p>If the new time doesn't work, <a href="https://app.ashbyhq.com/candidate-self-schedule/5e0b7a13-cm/reschedule">pick another slot</a>.</p>
<p>Thanks,<br>Cloudmistral Recruiting</p>
<p style="color:#9ca3af;font-size:12px">This inbox is not monitored.</p>
</div>
""" + pixel("https://app.ashbyhq.com/email/o/9a02.png"),
)

add(
    slug="spanish_gmail_move_call", kind=RES, company="Quimera Games",
    contact="lucia.ferrer@quimeragames.example.es", lang="es",
    frm=("Lucía Ferrer", "lucia.ferrer@quimeragames.example.es"),
    subject="Re: ¿Hablamos?", date="2026-04-13 18:02 +0200",
    irt="<CAJ-ines-quimera-0408@example.fr>",
    refs=["<quimera-lucia-0408@quimeragames.example.es>", "<CAJ-ines-quimera-0408@example.fr>"],
    text="""Hola Inès,

Lo siento muchísimo, me ha surgido un lío con el cierre del trimestre y mañana a las
17:00 no voy a poder. ¿Podemos mover la llamada al jueves 16 a la misma hora? Si no te
cuadra, dime un par de huecos y me adapto.

¡Gracias y perdona!
Lucía

El mié, 8 abr 2026 a las 12:05, Inès Benali-Carvalho (<ines.bc@example.fr>) escribió:
""" + quote("""¡Hola Lucía!

Muchas gracias por tu mensaje. El martes 14 a las 17:00 me va perfecto, por teléfono
está muy bien.

Un saludo,
Inès""") + "\n",
)

add(
    slug="outlook_german_verschiebung", kind=RES, company="Alpentext",
    contact="reto.brunner@alpentext.example.ch", lang="de",
    frm=("Reto Brunner", "reto.brunner@alpentext.example.ch"),
    subject="AW: Einladung zum Vorstellungsgespräch – Projektleitung Lokalisierung FR/DE",
    date="2026-04-24 13:18 +0200", charset="windows-1252", cte="quoted-printable",
    irt="<ines-alpentext-ok-0421@example.fr>",
    refs=["<ZR0P278MB-einladung-0420@alpentext.example.ch>", "<ines-alpentext-ok-0421@example.fr>"],
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    text="""Sehr geehrte Frau Benali-Carvalho

Leider ist Frau Favre diese Woche krank geworden und wird am Dienstag noch nicht zurück
sein. Wir möchten das Gespräch deshalb auf Donnerstag, 30. April 2026, 14.00 Uhr
verschieben – gleicher Ort, gleiche Dauer.

Passt Ihnen das? Falls nicht, finden wir gerne einen anderen Termin in der Woche vom
4. Mai.

Freundliche Grüsse
Reto Brunner
HR Business Partner
Alpentext AG

Von: Inès Benali-Carvalho <ines.bc@example.fr>
Gesendet: Dienstag, 21. April 2026 09:03
An: Reto Brunner <reto.brunner@alpentext.example.ch>
Betreff: Re: Einladung zum Vorstellungsgespräch – Projektleitung Lokalisierung FR/DE

Sehr geehrter Herr Brunner,

vielen Dank für die Einladung. Ich bestätige gerne den Termin am Dienstag, 28. April,
um 14 Uhr in Genf.

Mit freundlichen Grüßen
Inès Benali-Carvalho
""",
)

add(
    slug="cancel_message_d_origine", kind=RES, company="Transcréa Méditerranée",
    contact="marc.aubanel@transcrea-med.example.fr", lang="fr",
    frm=("Marc Aubanel", "marc.aubanel@transcrea-med.example.fr"),
    subject="RE: Re: Candidature spontanée – Inès Benali-Carvalho",
    date="2026-03-30 19:21 +0200", charset="windows-1252", cte="8bit",
    irt="<ines-transcrea-conf-0320@example.fr>",
    refs=["<CAOxT5m-transcrea-0320@transcrea-med.example.fr>", "<ines-transcrea-conf-0320@example.fr>"],
    text="""Bonsoir Inès,

Je suis navré, mais je dois annuler notre entretien de demain matin : un client
institutionnel nous impose une réunion de crise à Nice à la même heure et Laetitia et
moi devons y être tous les deux.

Rien de changé de notre côté sur le poste. Je vous recontacte d’ici la fin de la
semaine pour fixer une nouvelle date.

Encore toutes mes excuses,
Marc Aubanel

-----Message d'origine-----
De : Inès Benali-Carvalho <ines.bc@example.fr>
Envoyé : vendredi 20 mars 2026 10:14
À : Marc Aubanel <marc.aubanel@transcrea-med.example.fr>
Objet : Re: Candidature spontanée – Inès Benali-Carvalho

Bonjour Monsieur Aubanel,

Merci beaucoup ! C’est noté pour le mardi 31 mars à 9h30, rue Grignan.

Bien cordialement,
Inès
""",
)

add(
    slug="quebec_report_entrevue", cte="8bit", kind=RES, company="Studio Lumen Nord",
    contact="melanie.gagnon@lumennord.example.ca", lang="fr",
    frm=("Mélanie Gagnon", "melanie.gagnon@lumennord.example.ca"),
    subject="RE: Entrevue – Coordonnatrice localisation", date="2026-03-17 15:30 -0400",
    irt="<YQBPR0101MB-lumennord-mg-0310@lumennord.example.ca>",
    text="""Re-bonjour Inès,

Je dois te demander de reporter notre entrevue de jeudi : Étienne est coincé en studio
d'enregistrement toute la semaine (les voix québécoises de notre prochain jeu, ça ne se
déplace pas!).

Est-ce que le mardi 24 mars, même heure (10 h ici, 15 h chez toi), ferait ton affaire?
Le lien Teams reste le même.

Merci de ta compréhension et bonne fin de journée,

Mélanie
""",
)

add(
    slug="lever_switched_to_meet", kind=RES, company="Kalipso Software",
    contact="tiago.mendes@kalipso.example.pt", lang="en",
    frm=("Kalipso Software", "no-reply@hire.lever.co"),
    reply_to=("Tiago Mendes", "tiago.mendes@kalipso.example.pt"),
    subject="Interview updated – Localization Manager", date="2026-07-09 08:40 +0000",
    cte="quoted-printable",
    html="""<html><body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Inès,</p>
<p>Thanks for explaining what happened yesterday – Zoom links from outside our workspace have been failing for several people this week, so it's not just you.</p>
<p>We've moved your interview to <b>Friday 10 July, 15:00 Lisbon time</b> (16:00 in Marseille) and switched it to <b>Google Meet</b>:</p>
<p style="padding:10px;background:#f5f7fa;border-left:3px solid #5b8def"><a href="https://meet.google.com/kls-tiag-omn">meet.google.com/kls-tiag-omn</a></p>
<p>Same people, same format. Reply here if anything comes up.</p>
<p>Cheers,<br>Tiago Mendes<br>Talent Partner · Kalipso Software</p>
<p style="font-size:11px;color:#aaa">Sent via Lever</p>
</body></html>
""",
)

add(
    slug="belgian_move_earlier", kind=RES, company="Babel & Beyond Localisation",
    contact="sophie.vandenbroeck@babelbeyond.example.be", lang="fr",
    frm=("Sophie Vandenbroeck", "sophie.vandenbroeck@babelbeyond.example.be"),
    subject="RE: Invitation à un entretien – Project Manager FR/NL/EN",
    date="2026-04-30 09:33 +0200", charset="iso-8859-1", cte="quoted-printable",
    irt="<babel-invite-0422-sv@babelbeyond.example.be>",
    text="""Bonjour Madame Benali-Carvalho,

Serait-il possible d'avancer d'une heure notre entretien du mardi 5 mai, soit à 13h00
au lieu de 14h00 ? Koen a un vol pour Amsterdam en fin d'après-midi.

Si cela vous pose problème avec votre train, nous garderons évidemment 14h00 et il
nous rejoindra par téléphone.

Merci d'avance pour votre réponse.

Bien à vous,

Sophie Vandenbroeck
Babel & Beyond Localisation SRL
""",
)

add(
    slug="smartrecruiters_new_interviewer", kind=RES, company="Verbatim Iberia",
    contact="javier.olmedo@verbatimiberia.example.es", lang="es",
    frm=("Verbatim Iberia", "noreply@smartrecruiters.com"),
    reply_to=("Javier Olmedo", "javier.olmedo@verbatimiberia.example.es"),
    subject="Cambios en tu entrevista con Verbatim Iberia", date="2026-03-13 11:26 +0000",
    irt="<sr-verbatim-int-0309-55e1@smartrecruiters.com>", cte="quoted-printable",
    html="""<html><body style="background:#f3f5f7;margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:24px 0">
<table width="580" cellspacing="0" cellpadding="0" style="background:#ffffff">
<tr><td style="padding:24px 32px;border-bottom:3px solid #0b7a75"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/verbatim-iberia.png" alt="Verbatim Iberia" height="40"></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:1.6;color:#333">
<p>Hola Inès:</p>
<p>Te escribimos porque ha habido cambios en tu entrevista del <b>martes 17 de marzo</b>:</p>
<ul><li>Nueva hora: <b>16:30</b> (antes 12:00)</li>
<li>Entrevistadora: <b>Nuria Gil</b>, Senior Project Manager, en lugar de Javier Olmedo, que sigue de viaje en Bogotá. Javier se sumará en los últimos diez minutos.</li></ul>
<p>El enlace de Google Meet no cambia. <a href="https://www.smartrecruiters.com/candidate/interviews/confirm?i=55e1a7&amp;v=2">Confirma la nueva hora</a> o responde a este correo si no te viene bien.</p>
<p>Un saludo,<br>Equipo de Talento · Verbatim Iberia</p>
</td></tr>
</table>
""" + pixel("https://trk.smartrecruiters.com/open/int55e1v2.gif") + """
</td></tr></table></body></html>
""",
)

add(
    slug="agency_client_postpones", kind=RES, company="Pixel Mistral",
    contact="s.mattei@talentis-conseil.example.fr", lang="fr",
    frm=("Sandrine Mattei | Talentis Conseil", "s.mattei@talentis-conseil.example.fr"),
    subject="Re: Pixel Mistral veut vous rencontrer !", date="2026-05-11 12:02 +0200",
    irt="<ines-talentis-ok-0507@example.fr>",
    refs=["<7D4A-talentis-pixel-0506@talentis-conseil.example.fr>", "<ines-talentis-ok-0507@example.fr>"],
    text="""Bonjour Inès,

Contretemps côté Pixel Mistral : Romain est retenu à Lyon mercredi pour un salon, ils
doivent reporter votre entretien. Ils proposent le jeudi 21 mai à 11h, même lieu, même
format.

Ils m'ont bien précisé que ça ne change rien à leur intérêt, au contraire, Aïcha a
relu votre dossier ce week-end et elle a très envie de vous rencontrer.

Je leur confirme le 21 ?

Sandrine Mattei | Consultante senior | Talentis Conseil
06 12 48 90 33
""",
)

add(
    slug="eu_body_change_of_date", kind=RES, company="European Office for Multilingual Services",
    contact="", lang="en",
    frm=("EOMS Selection Procedures", "eoms-selection@eoms.example.lu"),
    subject="EOMS/CA/2026/03 – Change of date of your interview", date="2026-06-12 16:30 +0200",
    irt="<eoms-ca-2026-03-inv-1402291@eoms.example.lu>",
    text="""Selection procedure EOMS/CA/2026/03 – Contract Agents, Function Group IV
Candidate number: 140-2291

Dear Ms BENALI-CARVALHO,

Due to the unavailability of a member of the Selection Committee, your interview
scheduled for Tuesday 23 June 2026 at 09:30 has been moved to:

Thursday 25 June 2026 at 14:00 (Luxembourg time), Room K2/014.

All other arrangements remain unchanged. Please confirm the new date through your
candidate account no later than 18 June 2026. If you cannot attend on the new date,
indicate this in your account and a remote interview will be arranged.

We apologise for any inconvenience.

EOMS Selection Team
European Office for Multilingual Services

This mailbox is not monitored. Please use the contact form in your candidate account.
""",
)

add(
    slug="publisher_cancels_travel", cte="8bit", kind=RES, company="Atelier Mots & Marges",
    contact="berenice@motsetmarges.example.fr", lang="fr",
    frm=("Bérénice Lallemand", "berenice@motsetmarges.example.fr"),
    subject="Notre rendez-vous du 11 mai", date="2026-05-04 21:47 +0200",
    text="""Chère Inès,

Je dois malheureusement annuler notre rendez-vous de lundi prochain : je pars finalement
au Salon du livre de Genève pour signer une coédition, et je ne rentre que le 13.

Je ne veux pas vous recevoir à la va-vite, alors je préfère décaler. Je vous proposerai
deux nouvelles dates dès mon retour, sans doute la semaine du 18 mai.

Toutes mes excuses pour ce contretemps,

Bérénice Lallemand
Directrice éditoriale
Atelier Mots & Marges – 21 rue des Boulangers, 75005 Paris
01 43 55 70 12
""",
)

# ---------------------------------------------------------------- missed-interview notices (10)

add(
    slug="ngo_waited_at_ten", cte="8bit", kind=MISS, company="Solidarité Sans Frontières Linguistiques",
    contact="maelle.rouvier@ssfl.example.org", lang="fr",
    frm=("Maëlle Rouvier", "maelle.rouvier@ssfl.example.org"),
    subject="Entretien de ce matin", date="2026-07-02 10:52 +0200",
    text="""Bonjour Inès,

Nous vous attendions ce matin à 10h00 dans nos locaux de la rue de l'Aiguillerie pour le
second entretien, avec Paul (notre président) et moi. Nous avons patienté jusqu'à 10h30
et nous n'avons pas réussi à vous joindre sur votre portable.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me donner de vos nouvelles ? Si
c'était un malentendu sur la date, nous pouvons essayer de trouver un autre moment la
semaine prochaine.

Maëlle Rouvier
SSFL – Solidarité Sans Frontières Linguistiques
07 55 31 20 96
""",
)

add(
    slug="you_did_not_join_zoom", kind=MISS, company="Kalipso Software",
    contact="tiago.mendes@kalipso.example.pt", lang="en",
    frm=("Tiago Mendes", "tiago.mendes@kalipso.example.pt"),
    subject="?", date="2026-07-08 15:21 +0100",
    headers={"X-Mailer": "Outlook for Android"},
    text="""Hi Inès, Sara and I have been on the Zoom since 15:00 (Lisbon) but didnt see you join.
Everything ok? Let me know and we'll find another slot.

Tiago

Get Outlook for Android
""",
)

add(
    slug="agency_tried_to_call", kind=MISS, company="Proxima RH",
    contact="elodie.marchand@proxima-rh.example.fr", lang="fr",
    frm=("Élodie Marchand - Proxima RH", "elodie.marchand@proxima-rh.example.fr"),
    subject="RE: Votre candidature : Chef de projet traduction H/F – Montpellier",
    date="2026-09-03 14:26 +0200", irt="<proxima-em-0831-inv@proxima-rh.example.fr>",
    text="""Bonjour Madame Benali-Carvalho,

J'ai tenté de vous joindre à 14h00 comme convenu, à deux reprises, au 06 71 .. .. 48,
sans succès ; je vous ai laissé un message vocal.

Pouvez-vous me rappeler au 04 67 55 12 80 ou m'indiquer un autre créneau ? Notre client
souhaite organiser les premiers entretiens dès la semaine prochaine.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Proxima RH – Cabinet de recrutement
""",
)

add(
    slug="fundacion_le_esperamos", kind=MISS, company="Fundación Puente de Lenguas",
    contact="cibanez@puentedelenguas.example.org", lang="es",
    frm=("Carmen Ibáñez", "cibanez@puentedelenguas.example.org"),
    subject="RE: Convocatoria de entrevista", date="2026-06-17 09:30 +0200",
    irt="<puente-conv-0610-ci@puentedelenguas.example.org>", cte="quoted-printable",
    text="""Estimada Sra. Benali-Carvalho:

Ayer le esperamos en nuestra sede a las 11:00 para la entrevista, tal y como habíamos
acordado, pero no se presentó ni tuvimos noticias suyas.

Entendemos que puede haber surgido algún imprevisto. Si sigue interesada en el puesto,
le ruego que me lo indique antes del viernes; intentaremos encontrar una nueva fecha,
aunque el calendario del comité es muy ajustado.

Atentamente,

Carmen Ibáñez Soler
Responsable de Personas
Fundación Puente de Lenguas
""",
)

add(
    slug="german_am_schrieb", cte="8bit", kind=MISS, company="Donau Lingua",
    contact="katrin.hofer@donaulingua.example.com", lang="de",
    frm=("Katrin Hofer", "katrin.hofer@donaulingua.example.com"),
    subject="Re: Terminbestätigung Videointerview", date="2026-05-20 09:14 +0200",
    irt="<ines-donau-bestaetigung-0514@example.fr>",
    text="""Liebe Frau Benali-Carvalho,

wir haben gestern um 10 Uhr im Teams-Meeting auf Sie gewartet, leider haben Sie sich
nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen.

Ich hoffe, es ist alles in Ordnung. Wenn Sie weiterhin Interesse an der Position haben,
melden Sie sich bitte bis Freitag bei mir, dann schauen wir, ob wir noch einen
Ersatztermin finden.

Viele Grüße
Katrin Hofer
People & Culture | Donau Lingua GmbH
+43 1 555 73 40

Am 14.05.2026 um 09:12 schrieb Inès Benali-Carvalho <ines.bc@example.fr>:
""" + quote("""Liebe Frau Hofer,

vielen Dank für die Einladung. Ich habe den Termin am Dienstag, 19. Mai um 10 Uhr
gebucht und freue mich auf das Gespräch.

Viele Grüße
Inès Benali-Carvalho""") + "\n",
)

add(
    slug="trial_day_no_show", cte="8bit", kind=MISS, company="Sud Sous-titrage",
    contact="yanis@sudsoustitrage.example.fr", lang="fr",
    frm=("Yanis Haddad", "yanis@sudsoustitrage.example.fr"),
    subject="t'es où ?", date="2026-06-10 10:05 +0200",
    text="""Salut Inès,

On t'attendait ce matin à 9h pour la journée test (Lou avait préparé le projet du
court-métrage pour Lussas et tout). Pas de nouvelles, et ton portable tombe direct sur
la messagerie.

T'as eu un souci ? Dis-nous vite, on peut peut-être la caler lundi.

Yanis
""",
)

add(
    slug="taleo_missed_you", kind=MISS, company="GlobaText", contact="", lang="en",
    frm=("GlobaText Careers", "careers-noreply@taleo.net"),
    subject="We missed you at your scheduled interview", date="2026-05-20 08:00 +0000",
    cte="quoted-printable",
    html="""<html><head><style>td{font-family:Verdana,Arial,sans-serif;font-size:13px;color:#303030}</style></head>
<body>
<table width="640" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td bgcolor="#00355f" style="padding:14px 24px"><img src="https://globatext.taleo.net/careersection/theme/globatext_white.png" alt="GlobaText" width="130" height="32"></td></tr>
<tr><td style="padding:24px">
<p>Dear Inès Benali-Carvalho,</p>
<p>Our records show that you did not attend your video interview for <b>Senior Localisation PM (Req. 26-0412)</b>, scheduled on Tuesday 19 May 2026 at 14:00 CET.</p>
<p>If you were unable to attend for reasons beyond your control and would like to be considered for a new slot, please <a href="https://globatext.taleo.net/careersection/interview/reschedule.ftl?r=26-0412&amp;c=88213">request a new interview time</a> within 5 business days. After that, your application will be closed.</p>
<p>Kind regards,</p>
<p>Global Talent Acquisition<br>GlobaText</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;border-top:1px solid #ddd">
This is an automated message; replies to this address are not monitored.<br>
GlobaText Ltd is registered in England No 08812345.</td></tr>
</table>
""" + pixel("https://globatext.taleo.net/careersection/o.gif?m=88213mi") + """
</body></html>
""",
)

add(
    slug="quebec_time_zone_mixup", kind=MISS, company="Les Traductions du Plateau",
    contact="genevieve@tradplateau.example.ca", lang="fr",
    frm=("Geneviève Tremblay", "genevieve@tradplateau.example.ca"),
    subject="Re: Poste de coordonnatrice de projets", date="2026-06-04 09:25 -0400",
    irt="<ines-plateau-ok-0601@example.fr>",
    refs=["<plateau-gt-0601@tradplateau.example.ca>", "<ines-plateau-ok-0601@example.fr>"],
    text="""Allô Inès,

Je t'ai attendue sur Zoom à 9 h (heure de Montréal) jusqu'à 9 h 20, mais personne ne
s'est présenté. Je me demande si on s'est mélangées avec le décalage horaire : chez toi,
c'était 15 h.

Pas de drame, ça arrive! Veux-tu qu'on reprenne jeudi prochain, le 11, même heure? Je
t'enverrai un rappel la veille avec les deux heures, promis.

Geneviève
""",
)

add(
    slug="headhunter_de_enviado", kind=MISS, company="Lexia Traducciones",
    contact="alvaro@huntersiberia.example.es", lang="es",
    frm=("Álvaro Santamaría", "alvaro@huntersiberia.example.es"),
    subject="RE: Entrevista con Lexia", date="2026-05-26 10:48 +0200",
    irt="<hunters-lexia-0521@huntersiberia.example.es>",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    text="""Inès, ¿qué ha pasado? Ayer no te conectaste a la videollamada con Lexia Traducciones
a las 16:00. La directora de operaciones te estuvo esperando un cuarto de hora y me
llamó bastante mosqueada.

Llámame en cuanto puedas, a ver si lo podemos arreglar. Si fue un problema técnico,
se lo explico yo.

Álvaro
+34 655 20 19 84

De: Álvaro Santamaría <alvaro@huntersiberia.example.es>
Enviado: jueves, 21 de mayo de 2026 12:40
Para: Inès Benali-Carvalho <ines.bc@example.fr>
Asunto: Entrevista con Lexia

Hola Inès,

¡Buenas noticias! Lexia Traducciones quiere entrevistarte para el puesto de Project
Manager. Te han dado el lunes 25 de mayo a las 16:00, por Teams, con su directora de
operaciones. Te paso el enlace aparte.

¡Mucha suerte!
Álvaro
""",
)

add(
    slug="family_printer_not_come", kind=MISS, company="Imprimerie Roux & Fils",
    contact="g.roux@imprimerie-roux.example.fr", lang="fr",
    frm=("Gérard Roux", "g.roux@imprimerie-roux.example.fr"),
    name_cs="iso-8859-1", subject="Rendez-vous d'hier", date="2026-02-13 08:20 +0100",
    charset="iso-8859-1", cte="8bit",
    text="""Madame,

Vous aviez rendez-vous hier jeudi à 15h à l'imprimerie pour le poste de coordination
des traductions (catalogues en 5 langues). Vous n'êtes pas venue et vous n'avez pas
prévenu. Mon fils vous a attendue une demi-heure.

Si vous êtes toujours intéressée, merci de me téléphoner.

G. Roux
Imprimerie Roux & Fils
22 bd National - 13001 Marseille
04 91 55 08 61
""",
)
