"""Interview invitations (26), reschedules and cancellations (15), missed-interview notices (10)."""

# Specs are dict(...) calls: keyword syntax keeps hand-written messages readable.
# ruff: noqa: C408

from __future__ import annotations

from msgs115_common import CAND_BARE, bare_html, card_html, gmail_html, outlook_html

MESSAGES: list[dict] = []
add = MESSAGES.append

CMO_UID = ("040000008200E00074C5B7101A82E00800000000B0C3D1E7A1B2DC01000000000000000"
           "010000000C4F2A9E1D0B7A64F9E3C2B1A0F9E8D7C")
CMO_INVITE_ID = "<PAXP193MB2219E1A0B7C3D2F4A9@PAXP193MB2219.EURP193.PROD.OUTLOOK.COM>"
ALZETTE_UID = "5q2k8v1m0c7h3t9r4n6p1b8d2f@google.com"
ALZETTE_INVITE_ID = "<calendar-7b0c2e91-4d3f-4a8e-b1c6-2f5e8d9a0c17@google.com>"
CPL_INVITE_ID = "<4b1f0e2a.7c3d.2026@cpleman.example.ch>"
FINLO_INVITE_ID = "<CAHp7Qz1x9Kd=finlo.3f2a@mail.gmail.com>"
GH_INVITE_ID = "<20260508093012.GH.88172@garonnehabitat.example.fr>"
VINEA_INVITE_ID = "<DB9PR02MB7340F1E2D3C4B5A6@DB9PR02MB7340.eurprd02.prod.outlook.com>"
DELMAS_INVITE_ID = "<0a9f6e2b-delmas-entretien@delmas-associes.example.fr>"
SAONE_INVITE_ID = "<1D2E3F4A5B6C.saone.entretien@saone-leasing.example.fr>"
ASHGROVE_INVITE_ID = "<greenhouse.sched.70218843.ashgrove@greenhouse-mail.io>"
LAKESIDE_INVITE_ID = "<LK1P2MB0098AB12CD34EF@LK1P2MB0098.CHEP2MB.PROD.OUTLOOK.COM>"
GRACIA_INVITE_ID = "<CAF=gracia.vidal.7719@mail.gmail.com>"
FINTEGRA_INVITE_ID = "<a3c9e1f0.fintegra.2026@fintegra.example.es>"
MOSER_INVITE_ID = "<MOSER.20260604.1130.7741@moser-treuhand.example.ch>"
MOSEL_INVITE_ID = "<softgarden.mosel-rueck.inv.55120@softgarden.io>"

# ======================================================================== interview_invitation
# ---- fr

_cmo_text = """Bonjour Monsieur Mbappé-Larsson,

Suite à l'examen de votre candidature au poste de Chargé de conformité LCB-FT (H/F), j'ai le plaisir de vous proposer un entretien le mardi 24 mars 2026 de 14h00 à 15h00, dans nos locaux du siège.

Vous rencontrerez Mme Anne-Laure Sicre, responsable du pôle Sécurité financière, et moi-même. Prévoyez une pièce d'identité pour l'accueil.

Adresse : Crédit Mutualiste d'Occitanie, 9 rue de Metz, 31000 Toulouse – 3e étage, salle Garonne.

Merci d'accepter l'invitation ci-jointe ou de me répondre si le créneau ne vous convient pas.

Bien cordialement,

Julien Fabre
Chargé de recrutement
Direction des Ressources Humaines
Crédit Mutualiste d'Occitanie
05 62 00 18 33
"""
add(dict(
    file="cmo_outlook_calendar_request", kind="interview_invitation",
    company="Crédit Mutualiste d'Occitanie", contact="julien.fabre@cmo.example.fr", lang="fr",
    sender=("FABRE Julien", "julien.fabre@cmo.example.fr"),
    subject="Entretien – Chargé de conformité LCB-FT (H/F)",
    date="2026-03-16T10:22:41+01:00", structure="alt", cte="qp", msgid=CMO_INVITE_ID,
    headers={"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "Importance": "Normal"},
    text=_cmo_text, html=outlook_html(_cmo_text),
    calendar=dict(method="REQUEST", uid=CMO_UID, sequence=0, start="2026-03-24T14:00:00+01:00",
                  minutes=60, stamp="2026-03-16T10:22:00+01:00",
                  summary="Entretien – Chargé de conformité LCB-FT (H/F)",
                  location="CMO Siège – 9 rue de Metz, Toulouse – salle Garonne",
                  prodid="Microsoft Exchange Server 2010", cte="base64",
                  organizer=("FABRE Julien", "julien.fabre@cmo.example.fr")),
))

add(dict(
    file="tresorio_echange_telephonique", kind="interview_invitation", company="Trésorio",
    contact="ines.haddad@tresorio.example.fr", lang="fr",
    sender=("Inès Haddad", "ines.haddad@tresorio.example.fr"),
    subject="Votre candidature Analyste KYB chez Trésorio",
    date="2026-04-01T09:05:17+02:00", structure="plain", cte="qp",
    text="""Bonjour Aurélien,

Je suis Inès, je m'occupe du recrutement chez Trésorio. Votre candidature pour le poste d'Analyste KYB a retenu notre attention, notamment votre expérience de l'ouverture de comptes professionnels en agence.

Seriez-vous disponible jeudi 2 ou vendredi 3 avril pour un premier échange téléphonique d'environ 30 minutes ? Je vous propose 11h00 ou 16h30 les deux jours. Donnez-moi simplement le créneau qui vous arrange et le numéro où vous joindre.

À très vite,

Inès Haddad
Talent Acquisition Lead – Trésorio
trésorerie & paiements pour les PME
28 rue du Faubourg Poissonnière, 75010 Paris
""",
))

add(dict(
    file="lemoine_client_banque_sablon", kind="interview_invitation", company="Banque Sablon",
    contact="b.lemoine@lemoine-executive.example.be", lang="fr",
    sender=("Bertrand Lemoine", "b.lemoine@lemoine-executive.example.be"),
    subject="Rencontre avec la Banque Sablon",
    date="2026-04-16T17:32:05+02:00", structure="plain", cte="qp",
    text="""Bonjour Aurélien,

Comme convenu lors de notre entretien téléphonique, j'ai présenté votre candidature à la Banque Sablon pour la fonction d'Analyste KYC / Customer Due Diligence. Ils souhaitent vous rencontrer.

Pourriez-vous me confirmer votre disponibilité pour le jeudi 23 avril à 14h30 ? L'entretien aura lieu à leur siège, rue de la Régence 52 à 1000 Bruxelles, avec Mme Delvaux (Head of KYC) et un membre de son équipe. Comptez une heure, une heure et quart.

Ils apprécieraient que vous apportiez un exemple de dossier client complexe que vous avez traité (anonymisé, bien entendu). Je vous appelle lundi pour vous préparer.

Bien à vous,

Bertrand Lemoine
Associé – Lemoine Executive Search
Avenue Louise 120 – 1050 Bruxelles
+32 475 12 34 56
""",
))

add(dict(
    file="orsini_assureur_bordelais_non_nomme", kind="interview_invitation",
    company="Cabinet Orsini RH", contact="claire.marchetti@cabinet-orsini.example.fr", lang="fr",
    sender=("Claire Marchetti", "claire.marchetti@cabinet-orsini.example.fr"),
    subject="Nouveau mandat – entretien à Bordeaux ?",
    date="2026-06-02T08:48:33+02:00", structure="plain", cte="8bit",
    text="""Bonjour Aurélien,

Bonne nouvelle après le retour décevant d'avril : mon client, un assureur mutualiste bordelais dont je ne peux pas encore vous donner le nom (mandat confidentiel), souhaite vous rencontrer pour un poste de Chargé de conformité – lutte contre la fraude et LCB-FT.

Je vous propose un premier entretien avec la responsable conformité le mardi 9 juin à 10h00 dans leurs locaux à Mériadeck, ou le mercredi 10 juin à 15h00 en visio si le déplacement est compliqué.

Dites-moi ce qui vous arrange et je cale tout.

Claire Marchetti
Consultante senior – Banque & Assurance
Cabinet Orsini RH
06 71 22 45 90
""",
))

add(dict(
    file="clearstel_ashby_planifier", kind="interview_invitation", company="Clearstel",
    contact="j.peeters@clearstel.example.be", lang="fr",
    sender=("Clearstel via Ashby", "no-reply@ashbyhq.com"),
    reply_to=("Jolien Peeters", "j.peeters@clearstel.example.be"),
    subject="Clearstel – planifiez votre entretien (Financial Crime Analyst)",
    date="2026-05-05T13:17:58+02:00", structure="html", cte="qp",
    html=bare_html("""<p>Bonjour Aurélien,</p>
<p>Merci pour votre candidature au poste de <strong>Financial Crime Analyst</strong> à Bruxelles. Nous aimerions vous rencontrer !</p>
<p>La première étape est un entretien vidéo de 45 minutes avec Jolien Peeters (Talent) et Karim Bouzid (Team Lead AML). Choisissez le créneau qui vous convient via le lien ci-dessous :</p>
<p><a href="https://app.ashbyhq.com/interview-scheduling/clearstel/2f9c1d7a-5e40-4b3b-9a61-cc0e4f1a8b27?utm_source=email" style="display:inline-block;background:#3b2f8f;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Choisir un créneau</a></p>
<p>Les disponibilités proposées vont du 11 au 15 mai. Si aucun créneau ne vous convient, répondez simplement à cet e-mail et Jolien vous proposera d'autres horaires.</p>
<p>À bientôt,<br>L'équipe Talent de Clearstel</p>
<p style="font-size:11px;color:#888">Clearstel SA/NV · Rue Royale 97 · 1000 Bruxelles · BCE 0745.112.908 · Établissement de paiement agréé par la BNB</p>""",
        lang="fr", pixel="https://ashbyhq.com/api/email/open/7c1e0b24.gif"),
))

add(dict(
    file="cpleman_convocation_formelle", kind="interview_invitation",
    company="Caisse de Prévoyance Léman", contact="sandrine.dubois@cpleman.example.ch",
    lang="fr",
    sender=("Sandrine Dubois-Favre", "sandrine.dubois@cpleman.example.ch"),
    subject="Invitation à un entretien – Spécialiste Risques opérationnels",
    date="2026-04-27T15:10:00+02:00", structure="plain", charset="iso-8859-1", cte="8bit",
    msgid=CPL_INVITE_ID,
    text="""Monsieur,

Nous faisons suite à votre candidature pour le poste de Spécialiste Risques opérationnels et Contrôle interne (80-100 %) et avons le plaisir de vous inviter à un entretien.

Nous vous recevrons le mercredi 6 mai 2026 à 14h00 à notre siège, rue du Rhône 42, 1204 Genève (2e étage, réception). L'entretien se déroulera en présence de Mme Christine Girard, responsable Risques, et de la soussignée, et durera environ une heure.

Nous vous saurions gré de bien vouloir nous confirmer votre présence par retour de courriel.

Nous vous prions d'agréer, Monsieur, nos meilleures salutations.

Sandrine Dubois-Favre
Ressources humaines
Caisse de Prévoyance Léman
Rue du Rhône 42 - 1204 Genève
Tél. +41 22 818 40 40
""",
))

add(dict(
    file="finlo_call_visio_emoji", kind="interview_invitation", company="Finlo",
    contact="maxime@finlo.example.fr", lang="fr",
    sender=("Maxime Garnier", "maxime@finlo.example.fr"),
    subject="Ta candidature Finlo 🚀",
    date="2026-03-06T22:41:09+01:00", structure="plain", cte="8bit", msgid=FINLO_INVITE_ID,
    text="""Hello Aurélien !

Maxime, cofondateur de Finlo ici. On a adoré ton profil 🙌 Un conseiller bancaire qui a vu passer des centaines de dossiers KYC côté terrain, c'est exactement ce qui manque à notre équipe produit (on fait de la regtech pour les banques régionales, tu as vu).

Dispo pour un call visio de 45 min mardi prochain ? Je te propose 12h30 ou 18h, ce qui t'arrange. Lien Meet : https://meet.google.com/fnl-qzrt-abc

Réponds-moi direct ici !

Max
Finlo – 12 rue de la République, Lyon 1er
""",
))

add(dict(
    file="garonne_habitat_convocation_jury", kind="interview_invitation",
    company="Garonne Habitat", contact="recrutement@garonnehabitat.example.fr", lang="fr",
    sender=("Garonne Habitat - Recrutement", "recrutement@garonnehabitat.example.fr"),
    to=[CAND_BARE],
    subject="Convocation entretien - Chargé(e) de contrôle interne et conformité",
    date="2026-05-08T09:30:12+02:00", structure="plain", charset="windows-1252", cte="qp",
    msgid=GH_INVITE_ID,
    text="""Madame, Monsieur,

Suite à l'examen de votre candidature au poste de Chargé(e) de contrôle interne et conformité (réf. GH-2026-14), nous avons le plaisir de vous informer que vous êtes convoqué(e) à un entretien devant le jury de recrutement le :

jeudi 18 juin 2026 à 9h30
au siège de Garonne Habitat, 3 avenue de Grande-Bretagne, 31300 Toulouse (salle du conseil, 1er étage).

L'entretien durera 45 minutes : 10 minutes de présentation de votre parcours, puis échange avec le jury. Merci de vous munir d'une pièce d'identité.

Merci de confirmer votre présence par retour de mail avant le 29 mai.

Le service Ressources humaines
Garonne Habitat – Office public de l'habitat
""",
))

_vinea_text = """Bonjour Aurélien,

Merci pour votre retour rapide. Suite à votre premier entretien avec Laure, nous souhaitons vous revoir pour un second entretien avec Pierre-Henri Daguerre, notre directeur Risques & Conformité.

Je vous propose le vendredi 22 mai à 9h30, à nos bureaux du cours de l'Intendance. Il y aura une étude de cas d'environ 30 minutes (un dossier d'entrée en relation d'un client investisseur, à analyser sur place), puis un échange.

Pouvez-vous me confirmer ce créneau ?

Bien à vous,

Hugo Lestrade
Office Manager & RH
Vinea Capital
41 cours de l'Intendance – 33000 Bordeaux
05 56 00 71 90

De : Aurélien Mbappé-Larsson <aurelien.ml@example.fr>
Envoyé : mardi 12 mai 2026 07:58
À : Hugo Lestrade <h.lestrade@vinea-capital.example.fr>
Objet : RE: Vinea Capital – votre candidature

Bonjour Hugo,

Merci pour ce premier échange. Je me permets de vous préciser qu'un autre établissement m'a fait une offre la semaine dernière, à laquelle je dois répondre d'ici fin mai ; votre poste reste toutefois mon premier choix.

Bien cordialement,
Aurélien
"""
add(dict(
    file="vinea_second_entretien_etude_de_cas", kind="interview_invitation",
    company="Vinea Capital", contact="h.lestrade@vinea-capital.example.fr", lang="fr",
    sender=("Hugo Lestrade", "h.lestrade@vinea-capital.example.fr"),
    subject="RE: Vinea Capital – votre candidature",
    date="2026-05-12T11:26:30+02:00", structure="alt", cte="qp", msgid=VINEA_INVITE_ID,
    thread=["<DB9PR02MB7340A0B1C2D3E4F5@DB9PR02MB7340.eurprd02.prod.outlook.com>",
            "<7E6D5C4B-3A29-4180-9F7E-6D5C4B3A2918@example.fr>"],
    text=_vinea_text, html=outlook_html(_vinea_text),
))

add(dict(
    file="delmas_entretien_associe", kind="interview_invitation",
    company="Delmas & Associés", contact="e.marty@delmas-associes.example.fr", lang="fr",
    sender=("Élodie Marty", "e.marty@delmas-associes.example.fr"),
    subject="Candidature Consultant LCB-FT junior – rencontre avec un associé",
    date="2026-02-11T14:03:26+01:00", structure="plain", cte="qp", msgid=DELMAS_INVITE_ID,
    text="""Bonjour Monsieur Mbappé-Larsson,

Nous avons bien étudié votre candidature au poste de Consultant LCB-FT junior et souhaiterions vous rencontrer.

Nous vous proposons un entretien avec Maître François Delmas, associé responsable de l'activité conformité, le jeudi 19 février à 11h00, à notre cabinet : 26 allées Jean Jaurès, 31000 Toulouse.

Merci de nous confirmer votre venue.

Cordialement,

Élodie Marty
Assistante de direction
Delmas & Associés – Audit, Expertise, Conformité
05 61 22 90 10 – www.delmas-associes.example.fr
""",
))

add(dict(
    file="emploi_sud_message_recruteur", kind="interview_invitation",
    company="Mutuelle du Lauragais", contact="", lang="fr",
    sender=("Emploi-Sud", "notifications@emploi-sud.example.fr"),
    subject="Nouveau message de Mutuelle du Lauragais concernant votre candidature",
    date="2026-07-02T18:09:44+02:00", structure="html", cte="qp",
    list={"List-Unsubscribe": "<https://www.emploi-sud.example.fr/compte/notifications?off=msg>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    html=card_html("""<p style="font-size:13px;color:#666;">Vous avez reçu un nouveau message dans votre messagerie Emploi-Sud.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #e3e7ea;border-radius:4px;">
<tr><td style="padding:16px;">
<p style="margin:0 0 6px 0;font-weight:bold;">Mutuelle du Lauragais – Assistant(e) conformité et contrôle interne (Castelnaudary / Toulouse)</p>
<p style="margin:0 0 10px 0;">Bonjour Monsieur,</p>
<p style="margin:0 0 10px 0;">Votre candidature a retenu notre attention. Nous vous proposons un entretien le lundi 13 juillet à 10h00 dans notre agence de Castelnaudary, 5 cours de la République, avec notre directrice administrative et financière.</p>
<p style="margin:0 0 10px 0;">Merci de nous répondre via la messagerie pour confirmer ou proposer une autre date.</p>
<p style="margin:0;">Marie-Claude Azéma, Mutuelle du Lauragais</p>
</td></tr></table>
<p style="margin-top:18px;"><a href="https://www.emploi-sud.example.fr/r/c?u=messagerie%2Fconv%2F771203&amp;t=8d1f" style="background:#f29f05;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Répondre sur Emploi-Sud</a></p>""",
        logo_src="https://www.emploi-sud.example.fr/img/mail/logo-emploi-sud.png",
        logo_alt="Emploi-Sud – l'emploi en Occitanie", accent="#f29f05",
        footer="""Ne répondez pas directement à cet e-mail : utilisez la messagerie de votre espace candidat.<br>
Emploi-Sud SAS – 10 place Wilson, 31000 Toulouse. <a href="https://www.emploi-sud.example.fr/compte/notifications?off=msg" style="color:#7b8794;">Gérer mes notifications</a>""",
        pixel="https://www.emploi-sud.example.fr/o/771203.gif"),
))

add(dict(
    file="saone_leasing_teams_assistante", kind="interview_invitation",
    company="Saône Leasing", contact="nadia.cherif@saone-leasing.example.fr", lang="fr",
    sender=("Nadia Cherif", "nadia.cherif@saone-leasing.example.fr"),
    subject="Entretien Teams – Analyste risques de contrepartie",
    date="2026-09-03T10:40:19+02:00", structure="plain", charset="windows-1252", cte="qp",
    msgid=SAONE_INVITE_ID,
    text="""Bonjour Monsieur Mbappé-Larsson,

Je vous contacte pour le compte de M. Hervé Lacombe, directeur des Risques de Saône Leasing, qui souhaiterait s'entretenir avec vous au sujet de votre candidature au poste d'Analyste risques de contrepartie.

L'entretien se tiendra en présentiel le mardi 15 septembre à 10h00 à notre siège, 8 quai Saint-Vincent, 69001 Lyon. En cas d'empêchement de dernière minute, un lien Teams vous sera envoyé.

Je vous remercie de me confirmer votre présence.

Bien cordialement,

Nadia Cherif
Assistante de direction – Direction des Risques
Saône Leasing
04 72 00 85 12
""",
))

add(dict(
    file="ixelles_bonne_nouvelle_quote_gele", kind="interview_invitation",
    company="Ixelles Capital Partners", contact="sophie.lambert@ixellescp.example.be",
    lang="fr",
    sender=("Sophie Lambert", "sophie.lambert@ixellescp.example.be"),
    subject="Re: Poste Risk & Compliance Officer",
    date="2026-06-15T09:12:50+02:00", structure="plain", cte="qp",
    thread=["<ab12cd34.ixelles.0518@ixellescp.example.be>",
            "<F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9@example.fr>"],
    text="""Bonjour Aurélien,

Finalement, bonne nouvelle : le budget a été débloqué vendredi et Geoffrey, notre CFO, souhaite vous rencontrer pour le poste de Risk & Compliance Officer.

Seriez-vous disponible le lundi 22 juin à 9h30 dans nos bureaux (place Flagey 7, 1050 Ixelles) ? Nous prévoyons une heure.

Dans l'attente de votre confirmation,

Sophie Lambert
Office & HR Manager
Ixelles Capital Partners

Le 18/05/2026 à 16:05, Sophie Lambert a écrit :
> Bonjour Aurélien,
>
> Merci pour votre candidature. Malheureusement, le poste est gelé pour le
> moment, dans l'attente de la validation du budget 2026. Nous ne pouvons donc
> pas organiser d'entretien pour l'instant et nous reviendrons vers vous si la
> situation évolue.
>
> Bien cordialement,
> Sophie Lambert
""",
))

# ---- en

_alz_text = """Sarah Klein has invited you to an event. Note from organiser: "Looking forward to meeting you, Aurélien. Ines from our compliance team will join as well. Reception is on the ground floor – ask for me."

Interview – AML Analyst (Aurélien Mbappé-Larsson)
When: Tuesday 21 Apr 2026 10:00 – 11:00 (Central European Time - Luxembourg)
Where: Alzette Payments, 2 rue Albert Borschette, L-1246 Luxembourg-Kirchberg
Joining info: meet.google.com/xkq-fbzt-wpd (if you prefer to join remotely)
Calendar: aurelien.ml@example.fr
Who:
• Sarah Klein - organiser
• Ines Wagner
• aurelien.ml@example.fr

View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=NXEyazh2MW0wYzdoM3Q5cjRuNnAxYjhkMmY

Reply for aurelien.ml@example.fr: Yes / No / Maybe / More options https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEyazh2MW0wYzdoM3Q5cjRuNnAxYjhkMmY

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
"""
add(dict(
    file="alzette_google_calendar_request", kind="interview_invitation",
    company="Alzette Payments", contact="sarah.klein@alzettepay.example.lu", lang="en",
    sender=("Sarah Klein", "sarah.klein@alzettepay.example.lu"),
    subject="Invitation: Interview – AML Analyst (Aurélien Mbappé-Larsson) @ Tue 21 Apr 2026 10:00 - 11:00 (CEST) (aurelien.ml@example.fr)",
    date="2026-04-09T15:31:02+02:00", structure="alt", cte="qp", msgid=ALZETTE_INVITE_ID,
    headers={"Sender": "Google Calendar <calendar-notification@google.com>"},
    text=_alz_text,
    html=bare_html(
        '<p style="color:#5f6368">Sarah Klein has invited you to an event.</p>'
        '<p style="border-left:3px solid #1a73e8;padding-left:10px">Looking forward to meeting you, Aurélien. '
        'Ines from our compliance team will join as well. Reception is on the ground floor – ask for me.</p>'
        '<h2 style="font-size:20px;font-weight:400">Interview – AML Analyst (Aurélien Mbappé-Larsson)</h2>'
        '<table cellpadding="4"><tr><td style="color:#5f6368">When</td><td>Tuesday 21 Apr 2026 10:00 – 11:00 (Central European Time - Luxembourg)</td></tr>'
        '<tr><td style="color:#5f6368">Where</td><td>Alzette Payments, 2 rue Albert Borschette, L-1246 Luxembourg-Kirchberg</td></tr>'
        '<tr><td style="color:#5f6368">Joining info</td><td><a href="https://meet.google.com/xkq-fbzt-wpd?hs=224">meet.google.com/xkq-fbzt-wpd</a></td></tr>'
        '<tr><td style="color:#5f6368">Who</td><td>Sarah Klein – organiser<br>Ines Wagner<br>aurelien.ml@example.fr</td></tr></table>'
        '<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEyazh2MW0wYzdoM3Q5cjRuNnAxYjhkMmY&amp;rst=1">Yes</a> · '
        '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEyazh2MW0wYzdoM3Q5cjRuNnAxYjhkMmY&amp;rst=2">No</a> · '
        '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NXEyazh2MW0wYzdoM3Q5cjRuNnAxYjhkMmY&amp;rst=3">Maybe</a></p>'
        '<p style="font-size:11px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>',
        font="Roboto,Helvetica,Arial,sans-serif"),
    calendar=dict(method="REQUEST", uid=ALZETTE_UID, sequence=0,
                  start="2026-04-21T10:00:00+02:00", minutes=60,
                  stamp="2026-04-09T15:31:00+02:00",
                  summary="Interview – AML Analyst (Aurélien Mbappé-Larsson)",
                  location="Alzette Payments, 2 rue Albert Borschette, L-1246 Luxembourg-Kirchberg",
                  description="Looking forward to meeting you, Aurélien. Ines from our compliance team will join as well.",
                  organizer=("Sarah Klein", "sarah.klein@alzettepay.example.lu")),
    attachments=[{"type": "ics", "name": "invite.ics"}],
))

add(dict(
    file="ashgrove_greenhouse_pick_a_time", kind="interview_invitation", company="Ashgrove Bank",
    contact="priya.natarajan@ashgrovebank.example.co.uk", lang="en",
    sender=("Ashgrove Bank via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Natarajan", "priya.natarajan@ashgrovebank.example.co.uk"),
    subject="Ashgrove Bank: schedule your interview for KYC Operations Analyst",
    date="2026-06-16T11:03:27+01:00", structure="html", cte="qp", msgid=ASHGROVE_INVITE_ID,
    html=card_html("""<p>Hi Aurélien,</p>
<p>Thanks so much for your interest in the <b>KYC Operations Analyst</b> role at Ashgrove Bank. We were impressed by your application and would love to set up a 45-minute video interview with Daniel Mensah, our Deputy MLRO.</p>
<p>Please use the link below to pick a time that works for you over the next week:</p>
<p style="text-align:center;margin:22px 0;"><a href="https://app.greenhouse.io/scheduling/availability/a8f3c1e0?utm_source=greenhouse&amp;utm_medium=email" style="background:#24a47f;color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;font-weight:bold;">Select a time</a></p>
<p>Once you have booked, you'll receive a Microsoft Teams link. If none of the times suit, just reply to this email and I'll find an alternative.</p>
<p>Best wishes,<br>Priya Natarajan<br>Talent Acquisition Partner, Ashgrove Bank</p>""",
        logo_src="https://prod-heroku.s3.amazonaws.com/uploads/organization/logo/ashgrove_bank.png",
        logo_alt="Ashgrove Bank", accent="#24a47f", lang="en",
        footer="""Ashgrove Bank plc · 1 Finsbury Avenue, London EC2M 2PF · Registered in England and Wales No. 03387126 · Authorised by the PRA and regulated by the FCA and the PRA.<br>
Powered by Greenhouse.""",
        pixel="https://click.greenhouse-mail.io/wf/open?upn=YXNoZ3JvdmUta3ljLW9wcw"),
))

add(dict(
    file="marlowe_tier_one_unnamed", kind="interview_invitation", company="Marlowe Search",
    contact="oliver.grant@marlowesearch.example.co.uk", lang="en",
    sender=("Oliver Grant", "oliver.grant@marlowesearch.example.co.uk"),
    subject="Interview Thursday?",
    date="2026-07-13T08:20:14+01:00", structure="plain", cte="7bit",
    text="""Morning Aurelien,

Quick one - my client, a Tier 1 investment bank in Canary Wharf (can't name them until you're through to the second stage, sorry), wants to interview you for the KYC Periodic Review Analyst contract. 6 months, likely to extend, hybrid 3 days in office.

First round is a 30-min video call with the team lead on Thursday 16 July, either 10:00 or 14:30 UK time. Which works?

Cheers,
Oliver

Oliver Grant | Principal Consultant, Financial Crime | Marlowe Search
+44 20 7946 0813
""",
))

add(dict(
    file="apex_exclamation_harlow_pike", kind="interview_invitation",
    company="Harlow & Pike Insurance", contact="jade.murphy@apextemps.example.co.uk", lang="en",
    sender=("Jade Murphy", "jade.murphy@apextemps.example.co.uk"),
    subject="GREAT NEWS!!! Interview with Harlow & Pike Insurance",
    date="2026-08-04T12:58:31+01:00", structure="html", cte="qp",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hi Aurelien!!</p>
<p><b style="color:#d81b60">GREAT NEWS!!!</b> The client <b>LOVED</b> your CV!! Harlow &amp; Pike Insurance would like to see you for the <b>Compliance Monitoring Officer</b> role (12-month FTC, £42k + benefits)!!</p>
<p>&#128197; <b>Monday 10th August at 2pm</b><br>
&#128205; Harlow &amp; Pike Insurance, 25 Lime Street, London EC3M 7HR (ask for Rebecca Holt at reception)<br>
&#9201; About an hour, competency-based</p>
<p>Can you confirm ASAP?? They have two other candidates lined up so let's get you in first!! &#128170;</p>
<p>Speak soon!!<br>Jade</p>
<table cellpadding="0" cellspacing="0" style="margin-top:14px;border-top:2px solid #d81b60"><tr>
<td style="padding-top:8px;padding-right:12px"><img src="https://www.apextemps.example.co.uk/sig/apex_logo_small.png" alt="Apex Temp Solutions" width="90"></td>
<td style="padding-top:8px;font-size:11px;color:#555">Jade Murphy | Senior Recruitment Consultant | Apex Temp Solutions<br>
07700 900 418 | <a href="https://www.linkedin.com/in/jademurphy-apex">LinkedIn</a> | <a href="https://www.apextemps.example.co.uk/?utm_source=signature">apextemps.example.co.uk</a><br>
Apex Temp Solutions Ltd. Registered in England No 07412236. An employment business and employment agency.</td></tr></table>
</body></html>
""",
))

add(dict(
    file="finch_workable_phone_screen", kind="interview_invitation", company="Finch Regtech",
    contact="", lang="en",
    sender=("Finch Regtech", "noreply@workablemail.com"),
    subject="Phone interview invitation – Compliance Analyst at Finch Regtech",
    date="2026-02-17T10:44:06+00:00", structure="html", cte="base64",
    html=card_html("""<p>Dear Aurélien,</p>
<p>Thank you for applying for the Compliance Analyst position at Finch Regtech. We'd like to invite you to a 20-minute phone interview with our Head of Compliance.</p>
<p>Please choose a slot that suits you:</p>
<ul>
<li><a href="https://apply.workable.com/finch-regtech/j/4E1B77A0C2/slots/1?utm_medium=email">Thursday 19 February, 09:30 GMT</a></li>
<li><a href="https://apply.workable.com/finch-regtech/j/4E1B77A0C2/slots/2?utm_medium=email">Thursday 19 February, 15:00 GMT</a></li>
<li><a href="https://apply.workable.com/finch-regtech/j/4E1B77A0C2/slots/3?utm_medium=email">Friday 20 February, 11:00 GMT</a></li>
</ul>
<p>We will call you on the number in your application.</p>
<p>Kind regards,<br>The Finch Regtech hiring team</p>""",
        logo_src="https://workablehr.s3.amazonaws.com/uploads/account/logo/finch_regtech.png",
        logo_alt="Finch Regtech", accent="#f2b134", lang="en",
        footer="""This email was sent by Finch Regtech via Workable. Please do not reply directly to this email.<br>
Finch Regtech Ltd, 20 Bunhill Row, London EC1Y 8UE. <a href="https://apply.workable.com/finch-regtech/privacy" style="color:#7b8794;">Privacy</a>""",
        pixel="https://email.workablemail.com/o/eJxVjkFuwyAQRa"),
))

add(dict(
    file="lakeside_panel_interview", kind="interview_invitation",
    company="Lakeside Commodities Trading", contact="m.keller@lakeside-trading.example.ch",
    lang="en",
    sender=("Keller Monika", "m.keller@lakeside-trading.example.ch"),
    subject="Panel interview – KYC Analyst, Trade Finance",
    date="2026-08-26T16:15:40+02:00", structure="plain", cte="qp", msgid=LAKESIDE_INVITE_ID,
    text="""Dear Mr Mbappé-Larsson,

Further to your application, we would like to invite you to a panel interview for the position of KYC Analyst, Trade Finance, at our Geneva office.

Date: Thursday 3 September 2026
Time: 13:30 – 15:00 (including a 20-minute written exercise on a counterparty onboarding file)
Place: Lakeside Commodities Trading SA, Route de Chêne 61, 1208 Geneva, 4th floor

The panel will consist of Mr Rafael Duarte (Head of Compliance), Ms Chloé Berset (Senior KYC Analyst) and myself.

Kindly confirm your attendance by return email.

Best regards,

Monika Keller
HR Manager
Lakeside Commodities Trading SA
Route de Chêne 61 | 1208 Geneva | Switzerland
+41 22 700 31 55

This e-mail and any attachments are confidential. If you have received it in error, please notify the sender and delete it.
""",
))

add(dict(
    file="copperleaf_terse_call_tomorrow", kind="interview_invitation", company="Copperleaf",
    contact="tom.ashby@copperleaf.example.co.uk", lang="en",
    sender=("Tom Ashby", "tom.ashby@copperleaf.example.co.uk"),
    subject="Re: Financial crime role",
    date="2026-09-21T19:48:12+01:00", structure="plain", cte="7bit",
    thread=["<C3B2A190-8F7E-4D6C-5B4A-392817F6E5D4@example.fr>"],
    text="""Can you do a quick call tomorrow at 9 (UK)? 20 mins, just a first chat about the role. I'll ring the number on your CV.

Tom
Head of FinCrime, Copperleaf

Sent from my iPhone

> On 21 Sep 2026, at 10:02, Aurelien Mbappe-Larsson <aurelien.ml@example.fr> wrote:
>
> Dear Tom, following our exchange on LinkedIn, please find my CV attached
> for the Financial Crime Analyst opening. Best regards, Aurelien
""",
))

# ---- es

add(dict(
    file="laietana_smartrecruiters_entrevista", kind="interview_invitation",
    company="Pagos Laietana", contact="", lang="es",
    sender=("Pagos Laietana", "noreply@smartrecruiters.com"),
    subject="Pagos Laietana: invitación a entrevista – Analista AML",
    date="2026-05-26T12:20:00+02:00", structure="html", cte="qp",
    html=card_html("""<p>Hola Aurélien:</p>
<p>¡Gracias por tu interés en Pagos Laietana! Hemos revisado tu candidatura para el puesto de <b>Analista AML</b> y nos gustaría conocerte.</p>
<p>Te proponemos una entrevista presencial de 45 minutos en nuestras oficinas de Via Laietana 33, 08003 Barcelona, con Núria Puig (Responsable de Cumplimiento).</p>
<p>Elige el día y la hora que mejor te vengan:</p>
<p style="margin:20px 0;"><a href="https://jobs.smartrecruiters.com/PagosLaietana/interview/schedule/9c72e1?lang=es" style="background:#c0392b;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px;">Reservar entrevista</a></p>
<p>Un saludo,<br>Equipo de Personas · Pagos Laietana</p>""",
        logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/pagoslaietana/huge",
        logo_alt="Pagos Laietana", accent="#c0392b", lang="es",
        footer="""Pagos Laietana, S.L. · Via Laietana 33, 08003 Barcelona · Entidad de dinero electrónico registrada en el Banco de España.<br>
Este correo se ha enviado desde una dirección que no admite respuestas.""",
        pixel="https://email.smartrecruiters.com/o/pagoslaietana-9c72e1"),
))

add(dict(
    file="gracia_vidal_videollamada_tu", kind="interview_invitation",
    company="Gràcia & Vidal Auditores", contact="laia.vidal@graciavidal.example.es", lang="es",
    sender=("Laia Vidal", "laia.vidal@graciavidal.example.es"),
    subject="Entrevista - Consultor/a de Cumplimiento",
    date="2026-06-08T17:02:45+02:00", structure="alt", cte="8bit", msgid=GRACIA_INVITE_ID,
    text="""Hola Aurélien,

Soy Laia Vidal, socia de Gràcia & Vidal. Hemos leído tu candidatura para el puesto de Consultor/a de Cumplimiento y nos ha gustado mucho tu experiencia en banca minorista.

¿Te vendría bien una videollamada el jueves 11 a las 16:00? Sería una primera conversación de media hora con Pau Gràcia y conmigo. Si no te va bien, dime qué franja prefieres esta semana o la siguiente.

Un saludo,

Laia Vidal
Socia | Gràcia & Vidal Auditores
Carrer de Còrsega 301, 08008 Barcelona
""",
    html=None,
))
MESSAGES[-1]["html"] = gmail_html(MESSAGES[-1]["text"])

add(dict(
    file="reclutia_banca_maritima_iso", kind="interview_invitation",
    company="Banca Marítima del Levante", contact="marta.soler@reclutia.example.es", lang="es",
    sender=("Marta Soler", "marta.soler@reclutia.example.es"),
    subject="Entrevista con Banca Marítima del Levante",
    date="2026-07-20T10:05:33+02:00", structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Estimado Aurélien:

¡Buenas noticias! Banca Marítima del Levante, cliente nuestro, quiere conocerle para el puesto de Técnico de Riesgo Operacional en su sede de Barcelona.

La primera entrevista sería telefónica, con la responsable de Control de Riesgos, el miércoles 22 de julio a las 10:00. Le llamará ella directamente al móvil que figura en su CV.

¿Me confirma que le va bien?

Un cordial saludo,

Marta Soler
Consultora de Selección · Banca y Seguros
Reclutia Talent Partners
933 00 12 45
""",
))

add(dict(
    file="fintegra_presencial_usted", kind="interview_invitation",
    company="Fintegra Compliance", contact="r.casals@fintegra.example.es", lang="es",
    sender=("Roser Casals", "r.casals@fintegra.example.es"),
    subject="Confirmación entrevista presencial",
    date="2026-09-10T13:48:02+02:00", structure="plain", charset="windows-1252", cte="qp",
    msgid=FINTEGRA_INVITE_ID,
    text="""Estimado Sr. Mbappé-Larsson:

Tal como hablamos por teléfono, le confirmamos la entrevista presencial para el puesto de Consultor Junior de Prevención de Blanqueo:

Día: martes 15 de septiembre de 2026
Hora: 12:00 h
Lugar: Fintegra Compliance, Passeig de Gràcia 88, 4.º 2.ª, 08008 Barcelona

Le atenderán el Sr. Albert Mas, director del área de PBC, y una servidora. La entrevista durará aproximadamente una hora.

Atentamente,

Roser Casals
Responsable de Personas
Fintegra Compliance S.L.
Tel. 934 88 20 10
""",
))

# ---- de

add(dict(
    file="moser_einladung_schweiz", kind="interview_invitation",
    company="Treuhand Moser & Partner", contact="n.frei@moser-treuhand.example.ch", lang="de",
    sender=("Nadja Frei", "n.frei@moser-treuhand.example.ch"),
    subject="Einladung zum Vorstellungsgespräch – Compliance Officer (80–100 %)",
    date="2026-06-04T11:30:22+02:00", structure="plain", cte="qp", msgid=MOSER_INVITE_ID,
    text="""Sehr geehrter Herr Mbappé-Larsson

Vielen Dank für Ihre Bewerbung als Compliance Officer (80–100 %) für unser Büro in Genf. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Donnerstag, 11. Juni 2026, 15.00 Uhr
Treuhand Moser & Partner AG, Boulevard Helvétique 24, 1207 Genf

Am Gespräch nehmen Herr Daniel Moser (Partner) und ich teil. Das Gespräch kann auf Französisch oder Deutsch geführt werden.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse

Nadja Frei
HR-Fachfrau
Treuhand Moser & Partner AG
Tel. +41 22 707 12 30
""",
))

add(dict(
    file="mosel_rueck_softgarden_einladung", kind="interview_invitation",
    company="Mosel Rück Versicherung", contact="s.hoffmann@moselrueck.example.lu", lang="de",
    sender=("Mosel Rück Versicherung AG", "noreply@softgarden.io"),
    reply_to=("Sabine Hoffmann", "s.hoffmann@moselrueck.example.lu"),
    subject="Einladung zum Kennenlernen – Referent Risikomanagement (m/w/d)",
    date="2026-07-08T09:14:31+02:00", structure="html", cte="qp", msgid=MOSEL_INVITE_ID,
    html=card_html("""<p>Sehr geehrter Herr Mbappé-Larsson,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Referent Risikomanagement (m/w/d)</b>. Wir freuen uns, Sie zu einem persönlichen Gespräch in unser Büro in Luxemburg einzuladen:</p>
<table role="presentation" cellpadding="4" cellspacing="0" style="margin:8px 0 16px 0;">
<tr><td style="color:#666;">Termin:</td><td><b>Dienstag, 14. Juli 2026, 10:00 Uhr</b></td></tr>
<tr><td style="color:#666;">Ort:</td><td>Mosel Rück Versicherung AG, 8, rue Lou Hemmer, L-1748 Luxembourg-Findel</td></tr>
<tr><td style="color:#666;">Gesprächspartner:</td><td>Dr. Thomas Reiland (Chief Risk Officer), Sabine Hoffmann (HR)</td></tr>
</table>
<p>Bitte bestätigen Sie den Termin über den folgenden Link oder antworten Sie direkt auf diese E-Mail:</p>
<p><a href="https://moselrueck.softgarden.io/de/appointment/confirm/55120?token=ab91f3" style="background:#6b2c91;color:#fff;padding:10px 18px;text-decoration:none;">Termin bestätigen</a></p>
<p>Mit freundlichen Grüßen<br>Sabine Hoffmann<br>Human Resources</p>""",
        logo_src="https://moselrueck.softgarden.io/assets/company/logo_moselrueck.png",
        logo_alt="Mosel Rück", accent="#6b2c91", lang="de",
        footer="""Mosel Rück Versicherung AG · 8, rue Lou Hemmer · L-1748 Luxembourg · R.C.S. Luxembourg B 98.331 · Vorstand: Dr. Elke Marx (Vors.), Paul Weis · Aufsichtsbehörde: Commissariat aux Assurances<br>
Versendet über softgarden.""",
        pixel="https://moselrueck.softgarden.io/mail/open/55120.gif"),
))

# ============================================================== interview_reschedule_or_cancel
# ---- fr

_cmo_update = """Bonjour Monsieur Mbappé-Larsson,

Mme Sicre étant retenue en comité des risques le mardi 24 après-midi, je me permets de déplacer notre entretien au jeudi 26 mars de 10h00 à 11h00, même lieu (9 rue de Metz, salle Garonne).

L'invitation mise à jour est jointe. Si ce nouveau créneau ne vous convenait pas, dites-le-moi et nous trouverons une autre date.

Avec toutes mes excuses pour ce changement,

Julien Fabre
Chargé de recrutement – Crédit Mutualiste d'Occitanie
05 62 00 18 33
"""
add(dict(
    file="cmo_calendar_update_sequence", kind="interview_reschedule_or_cancel",
    company="Crédit Mutualiste d'Occitanie", contact="julien.fabre@cmo.example.fr", lang="fr",
    sender=("FABRE Julien", "julien.fabre@cmo.example.fr"),
    subject="Mise à jour : Entretien – Chargé de conformité LCB-FT (H/F)",
    date="2026-03-19T16:47:05+01:00", structure="alt", cte="qp",
    thread=[CMO_INVITE_ID],
    text=_cmo_update, html=outlook_html(_cmo_update),
    calendar=dict(method="REQUEST", uid=CMO_UID, sequence=1, start="2026-03-26T10:00:00+01:00",
                  minutes=60, stamp="2026-03-19T16:46:00+01:00",
                  summary="Entretien – Chargé de conformité LCB-FT (H/F)",
                  location="CMO Siège – 9 rue de Metz, Toulouse – salle Garonne",
                  prodid="Microsoft Exchange Server 2010", cte="base64",
                  organizer=("FABRE Julien", "julien.fabre@cmo.example.fr")),
))

add(dict(
    file="delmas_passe_en_visio", kind="interview_reschedule_or_cancel",
    company="Delmas & Associés", contact="e.marty@delmas-associes.example.fr", lang="fr",
    sender=("Élodie Marty", "e.marty@delmas-associes.example.fr"),
    subject="RE: Candidature Consultant LCB-FT junior – rencontre avec un associé",
    date="2026-02-17T17:55:12+01:00", structure="plain", cte="qp",
    thread=[DELMAS_INVITE_ID, "<2A3B4C5D-6E7F-4081-92A3-B4C5D6E7F809@example.fr>"],
    text="""Bonjour Monsieur,

Petit changement pour jeudi : Maître Delmas sera en déplacement chez un client à Montauban et l'entretien se fera donc en visio (Teams), à la même heure, 11h00.

Voici le lien : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGE2ZDEt%40thread.v2/0?context=delmas

Je reste à votre disposition si besoin.

Cordialement,

Élodie Marty
Assistante de direction
Delmas & Associés

-----Message d'origine-----
De : Aurélien Mbappé-Larsson <aurelien.ml@example.fr>
Envoyé : mercredi 11 février 2026 19:20
À : Élodie Marty <e.marty@delmas-associes.example.fr>
Objet : Re: Candidature Consultant LCB-FT junior – rencontre avec un associé

Madame,
Je vous confirme ma présence jeudi 19 février à 11h00 à votre cabinet.
Bien cordialement,
Aurélien Mbappé-Larsson
""",
))

add(dict(
    file="cpleman_recruteuse_souffrante", kind="interview_reschedule_or_cancel",
    company="Caisse de Prévoyance Léman", contact="sandrine.dubois@cpleman.example.ch",
    lang="fr",
    sender=("Sandrine Dubois-Favre", "sandrine.dubois@cpleman.example.ch"),
    subject="Report de votre entretien du 6 mai",
    date="2026-05-05T08:03:47+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    thread=[CPL_INVITE_ID],
    text="""Monsieur,

Mme Girard étant souffrante, nous sommes au regret de devoir reporter l'entretien prévu demain, mercredi 6 mai à 14h00.

Nous reviendrons vers vous dans les meilleurs délais avec de nouvelles propositions de date, vraisemblablement pour la semaine du 18 mai.

Nous vous prions de nous excuser pour ce contretemps et vous adressons nos meilleures salutations.

Sandrine Dubois-Favre
Ressources humaines
Caisse de Prévoyance Léman
""",
))

add(dict(
    file="lemoine_client_decale", kind="interview_reschedule_or_cancel",
    company="Banque Sablon", contact="b.lemoine@lemoine-executive.example.be", lang="fr",
    sender=("Bertrand Lemoine", "b.lemoine@lemoine-executive.example.be"),
    subject="Jeudi annulé – nouveaux créneaux Banque Sablon",
    date="2026-04-21T12:14:09+02:00", structure="plain", cte="8bit",
    text="""Bonjour Aurélien,

Désolé pour le contretemps : Mme Delvaux a un audit de la BNB qui tombe cette semaine et la Banque Sablon doit annuler l'entretien de jeudi 23 à 14h30.

Ils restent très intéressés. Elle propose :
- mardi 28 avril à 10h00
- mercredi 29 avril à 16h00
même adresse, rue de la Régence.

Vous me dites ?

Bertrand

Bertrand Lemoine
Associé – Lemoine Executive Search
+32 475 12 34 56
""",
))

add(dict(
    file="clearstel_ashby_deplace", kind="interview_reschedule_or_cancel", company="Clearstel",
    contact="j.peeters@clearstel.example.be", lang="fr",
    sender=("Clearstel via Ashby", "no-reply@ashbyhq.com"),
    reply_to=("Jolien Peeters", "j.peeters@clearstel.example.be"),
    subject="Votre entretien avec Clearstel a été déplacé",
    date="2026-05-11T18:30:26+02:00", structure="html", cte="qp",
    html=bare_html("""<p>Bonjour Aurélien,</p>
<p>Votre entretien vidéo pour le poste de <strong>Financial Crime Analyst</strong> a été déplacé :</p>
<p style="background:#f4f2fb;padding:12px 14px;border-radius:6px">
<s>Mercredi 13 mai 2026, 10:00 – 10:45 (CEST)</s><br>
<strong>Jeudi 14 mai 2026, 15:30 – 16:15 (CEST)</strong><br>
Google Meet : <a href="https://meet.google.com/cls-trmk-pqa">meet.google.com/cls-trmk-pqa</a></p>
<p>Karim a un imprévu mercredi matin, toutes nos excuses. Si ce nouvel horaire ne vous convient pas, <a href="https://app.ashbyhq.com/interview-scheduling/clearstel/2f9c1d7a-5e40-4b3b-9a61-cc0e4f1a8b27/reschedule">choisissez-en un autre</a> ou répondez à ce message.</p>
<p>Jolien Peeters · Talent · Clearstel</p>""",
        lang="fr", pixel="https://ashbyhq.com/api/email/open/8d2f1c35.gif"),
))

add(dict(
    file="finlo_on_decale_tutoiement", kind="interview_reschedule_or_cancel", company="Finlo",
    contact="maxime@finlo.example.fr", lang="fr",
    sender=("Maxime Garnier", "maxime@finlo.example.fr"),
    subject="Re: Ta candidature Finlo 🚀",
    date="2026-03-09T23:05:38+01:00", structure="plain", cte="8bit",
    thread=[FINLO_INVITE_ID, "<B9C8D7E6-F5A4-4B3C-2D1E-0F9A8B7C6D5E@example.fr>"],
    text="""Salut Aurélien,

Je dois décaler notre call de demain 12h30, je suis coincé en board avec nos investisseurs toute la journée (pas prévu…).

Jeudi 11h ça te va ? Même lien Meet.

Désolé !!
Max

Le lun. 9 mars 2026 à 08:14, Aurélien Mbappé-Larsson <aurelien.ml@example.fr> a écrit :
> Top, mardi 12h30 c'est parfait pour moi. À mardi !
> Aurélien
""",
))

add(dict(
    file="garonne_habitat_report_jury", kind="interview_reschedule_or_cancel",
    company="Garonne Habitat", contact="recrutement@garonnehabitat.example.fr", lang="fr",
    sender=("Garonne Habitat - Recrutement", "recrutement@garonnehabitat.example.fr"),
    to=[CAND_BARE],
    subject="Report de la date du jury - Chargé(e) de contrôle interne et conformité",
    date="2026-06-05T14:26:00+02:00", structure="plain", charset="windows-1252", cte="qp",
    thread=[GH_INVITE_ID, "<0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F@example.fr>"],
    text="""Madame, Monsieur,

En raison de la tenue exceptionnelle du conseil d'administration le 18 juin, le jury de recrutement pour le poste de Chargé(e) de contrôle interne et conformité (réf. GH-2026-14) est reporté au :

mardi 23 juin 2026 à 14h00
même lieu : 3 avenue de Grande-Bretagne, 31300 Toulouse (salle du conseil).

Nous vous prions de bien vouloir nous excuser pour ce changement et de nous confirmer votre présence à cette nouvelle date par retour de mail.

Le service Ressources humaines
Garonne Habitat – Office public de l'habitat
""",
))

_vinea_move = """Bonjour Aurélien,

Pierre-Henri doit finalement être à Paris le vendredi 22. Pourrions-nous avancer le second entretien au jeudi 21 mai à 17h00 ? Le format ne change pas (étude de cas puis échange).

Désolé pour ce changement, et merci de votre souplesse.

Hugo

Hugo Lestrade
Office Manager & RH – Vinea Capital
05 56 00 71 90

De : Aurélien Mbappé-Larsson <aurelien.ml@example.fr>
Envoyé : mardi 12 mai 2026 12:40
À : Hugo Lestrade <h.lestrade@vinea-capital.example.fr>
Objet : RE: Vinea Capital – votre candidature

Bonjour Hugo,
C'est noté pour vendredi 22 mai à 9h30, merci. J'ai hâte de découvrir l'étude de cas.
Aurélien
"""
add(dict(
    file="vinea_avance_second_entretien", kind="interview_reschedule_or_cancel",
    company="Vinea Capital", contact="h.lestrade@vinea-capital.example.fr", lang="fr",
    sender=("Hugo Lestrade", "h.lestrade@vinea-capital.example.fr"),
    subject="RE: Vinea Capital – votre candidature",
    date="2026-05-18T08:57:43+02:00", structure="alt", cte="qp",
    thread=[VINEA_INVITE_ID, "<1F2E3D4C-5B6A-4798-8A9B-CADBECFD0E1F@example.fr>"],
    text=_vinea_move, html=outlook_html(_vinea_move),
))

# ---- en

_alz_cancel = """This event has been cancelled and removed from your calendar.

Note from organiser: "Hi Aurélien, so sorry – Ines is off sick this week and I'd rather you meet her properly. I'll send you new times for next week by Friday. Sarah"

Interview – AML Analyst (Aurélien Mbappé-Larsson)
When: Tuesday 21 Apr 2026 10:00 – 11:00 (Central European Time - Luxembourg)
Where: Alzette Payments, 2 rue Albert Borschette, L-1246 Luxembourg-Kirchberg
Calendar: aurelien.ml@example.fr
Who:
• Sarah Klein - organiser
• Ines Wagner
• aurelien.ml@example.fr

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
"""
add(dict(
    file="alzette_google_calendar_cancel", kind="interview_reschedule_or_cancel",
    company="Alzette Payments", contact="sarah.klein@alzettepay.example.lu", lang="en",
    sender=("Sarah Klein", "sarah.klein@alzettepay.example.lu"),
    subject="Cancelled event: Interview – AML Analyst (Aurélien Mbappé-Larsson) @ Tue 21 Apr 2026 10:00 - 11:00 (CEST) (aurelien.ml@example.fr)",
    date="2026-04-20T08:12:19+02:00", structure="alt", cte="qp",
    thread=[ALZETTE_INVITE_ID],
    headers={"Sender": "Google Calendar <calendar-notification@google.com>"},
    text=_alz_cancel,
    html=bare_html(
        '<p style="color:#d93025">This event has been cancelled and removed from your calendar.</p>'
        '<p style="border-left:3px solid #1a73e8;padding-left:10px">Hi Aurélien, so sorry – Ines is off sick this week and '
        'I\'d rather you meet her properly. I\'ll send you new times for next week by Friday. Sarah</p>'
        '<h2 style="font-size:20px;font-weight:400;text-decoration:line-through">Interview – AML Analyst (Aurélien Mbappé-Larsson)</h2>'
        '<p>Tuesday 21 Apr 2026 10:00 – 11:00 (Central European Time - Luxembourg)<br>'
        'Alzette Payments, 2 rue Albert Borschette, L-1246 Luxembourg-Kirchberg</p>'
        '<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>',
        font="Roboto,Helvetica,Arial,sans-serif"),
    calendar=dict(method="CANCEL", uid=ALZETTE_UID, sequence=1,
                  start="2026-04-21T10:00:00+02:00", minutes=60,
                  stamp="2026-04-20T08:12:00+02:00",
                  summary="Interview – AML Analyst (Aurélien Mbappé-Larsson)",
                  location="Alzette Payments, 2 rue Albert Borschette, L-1246 Luxembourg-Kirchberg",
                  organizer=("Sarah Klein", "sarah.klein@alzettepay.example.lu")),
))

add(dict(
    file="ashgrove_greenhouse_rescheduled", kind="interview_reschedule_or_cancel",
    company="Ashgrove Bank", contact="priya.natarajan@ashgrovebank.example.co.uk", lang="en",
    sender=("Ashgrove Bank via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Natarajan", "priya.natarajan@ashgrovebank.example.co.uk"),
    subject="Your interview with Ashgrove Bank has been rescheduled",
    date="2026-06-19T14:40:08+01:00", structure="html", cte="qp",
    thread=[ASHGROVE_INVITE_ID],
    html=card_html("""<p>Hi Aurélien,</p>
<p>Daniel has been pulled into a regulatory meeting, so we've had to move your interview. Your new time is:</p>
<table role="presentation" cellpadding="6" cellspacing="0" style="border:1px solid #d9e7e1;background:#f3faf7;margin:10px 0 18px 0;">
<tr><td><b>Wednesday 24 June 2026, 14:00 – 14:45 BST</b><br>Microsoft Teams – <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YXNoZ3JvdmU%40thread.v2/0">Join the meeting</a><br>Interviewer: Daniel Mensah, Deputy MLRO</td></tr>
</table>
<p>Apologies for the change. If this doesn't work, just reply and I'll sort out another slot.</p>
<p>Thanks,<br>Priya</p>""",
        logo_src="https://prod-heroku.s3.amazonaws.com/uploads/organization/logo/ashgrove_bank.png",
        logo_alt="Ashgrove Bank", accent="#24a47f", lang="en",
        footer="Ashgrove Bank plc · Registered in England and Wales No. 03387126 · Powered by Greenhouse.",
        pixel="https://click.greenhouse-mail.io/wf/open?upn=YXNoZ3JvdmUtcmVzY2hlZA"),
))

add(dict(
    file="lakeside_panel_cancelled_travel", kind="interview_reschedule_or_cancel",
    company="Lakeside Commodities Trading", contact="m.keller@lakeside-trading.example.ch",
    lang="en",
    sender=("Keller Monika", "m.keller@lakeside-trading.example.ch"),
    subject="RE: Panel interview – KYC Analyst, Trade Finance",
    date="2026-09-01T09:05:55+02:00", structure="plain", cte="qp",
    thread=[LAKESIDE_INVITE_ID, "<3E4F5A6B-7C8D-4E9F-A0B1-C2D3E4F5A6B7@example.fr>"],
    text="""Dear Mr Mbappé-Larsson,

Unfortunately we need to cancel Thursday's panel interview: Mr Duarte and Ms Berset have to travel to Singapore at short notice for a client audit.

The position remains open and we very much wish to meet you. I will come back to you early next week with new dates, most likely in the week of 14 September.

Apologies for the inconvenience.

Best regards,

Monika Keller
HR Manager
Lakeside Commodities Trading SA

From: Aurélien Mbappé-Larsson <aurelien.ml@example.fr>
Sent: Wednesday, August 26, 2026 9:41 PM
To: Keller Monika <m.keller@lakeside-trading.example.ch>
Subject: Re: Panel interview – KYC Analyst, Trade Finance

Dear Ms Keller,
Thank you for the invitation. I confirm my attendance on Thursday 3 September at 13:30.
Kind regards,
Aurélien Mbappé-Larsson
""",
))

# ---- es

add(dict(
    file="gracia_vidal_mover_al_lunes", kind="interview_reschedule_or_cancel",
    company="Gràcia & Vidal Auditores", contact="laia.vidal@graciavidal.example.es", lang="es",
    sender=("Laia Vidal", "laia.vidal@graciavidal.example.es"),
    subject="Re: Entrevista - Consultor/a de Cumplimiento",
    date="2026-06-10T08:31:14+02:00", structure="plain", cte="8bit",
    thread=[GRACIA_INVITE_ID, "<CB0A9F8E-7D6C-4B5A-9382-71605F4E3D2C@example.fr>"],
    text="""Hola Aurélien,

Perdona el cambio: a Pau le ha surgido un cierre de auditoría y tenemos que mover la videollamada de mañana jueves. ¿Te va bien el lunes 15 a las 11:30? Te mando el enlace de Meet en cuanto me confirmes.

Gracias por la flexibilidad,
Laia

El lun, 8 jun 2026 a las 19:22, Aurélien Mbappé-Larsson (<aurelien.ml@example.fr>) escribió:
> Hola Laia,
> Muchas gracias por la invitación. El jueves 11 a las 16:00 me va
> perfecto. Hasta entonces,
> Aurélien
""",
))

add(dict(
    file="laietana_cambio_a_videollamada", kind="interview_reschedule_or_cancel",
    company="Pagos Laietana", contact="", lang="es",
    sender=("Pagos Laietana", "noreply@smartrecruiters.com"),
    subject="Cambio en tu entrevista con Pagos Laietana",
    date="2026-06-01T17:45:10+02:00", structure="html", cte="qp",
    html=card_html("""<p>Hola Aurélien:</p>
<p>Te escribimos para informarte de un cambio en tu entrevista para el puesto de <b>Analista AML</b>.</p>
<p>Por obras en nuestra oficina de Via Laietana, la entrevista del <b>miércoles 3 de junio a las 10:00</b> se mantiene a la misma hora, pero pasará a realizarse <b>por videollamada (Google Meet)</b>.</p>
<p>Enlace: <a href="https://meet.google.com/lai-ntvq-wxe">meet.google.com/lai-ntvq-wxe</a></p>
<p>Si necesitas cambiar la hora, puedes hacerlo desde <a href="https://jobs.smartrecruiters.com/PagosLaietana/interview/schedule/9c72e1/change?lang=es">este enlace</a>.</p>
<p>Un saludo,<br>Equipo de Personas · Pagos Laietana</p>""",
        logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/pagoslaietana/huge",
        logo_alt="Pagos Laietana", accent="#c0392b", lang="es",
        footer="Pagos Laietana, S.L. · Este correo se ha enviado desde una dirección que no admite respuestas.",
        pixel="https://email.smartrecruiters.com/o/pagoslaietana-9c72e1-chg"),
))

# ---- de

add(dict(
    file="moser_verschiebung_erkrankt", kind="interview_reschedule_or_cancel",
    company="Treuhand Moser & Partner", contact="n.frei@moser-treuhand.example.ch", lang="de",
    sender=("Nadja Frei", "n.frei@moser-treuhand.example.ch"),
    subject="Verschiebung Ihres Vorstellungsgesprächs",
    date="2026-06-10T07:48:36+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    thread=[MOSER_INVITE_ID],
    text="""Sehr geehrter Herr Mbappé-Larsson

Herr Moser ist leider kurzfristig erkrankt. Wir müssen das für morgen, Donnerstag, 11. Juni, 15.00 Uhr vereinbarte Gespräch deshalb verschieben.

Als neuen Termin können wir Ihnen Dienstag, 16. Juni, 14.00 Uhr, oder Mittwoch, 17. Juni, 9.30 Uhr, am gleichen Ort anbieten. Welcher Termin passt Ihnen besser?

Wir bitten Sie, die Umstände zu entschuldigen.

Freundliche Grüsse

Nadja Frei
HR-Fachfrau
Treuhand Moser & Partner AG
""",
))

add(dict(
    file="mosel_rueck_terminaenderung", kind="interview_reschedule_or_cancel",
    company="Mosel Rück Versicherung", contact="s.hoffmann@moselrueck.example.lu", lang="de",
    sender=("Mosel Rück Versicherung AG", "noreply@softgarden.io"),
    reply_to=("Sabine Hoffmann", "s.hoffmann@moselrueck.example.lu"),
    subject="Terminänderung: Ihr Gespräch bei Mosel Rück",
    date="2026-07-10T13:02:57+02:00", structure="html", cte="base64",
    thread=[MOSEL_INVITE_ID],
    html=card_html("""<p>Sehr geehrter Herr Mbappé-Larsson,</p>
<p>leider müssen wir Ihr Gespräch am <b>Dienstag, 14. Juli, 10:00 Uhr</b> verlegen, da Dr. Reiland an diesem Tag an einer Aufsichtsratssitzung teilnimmt.</p>
<p>Neuer Termin: <b>Donnerstag, 16. Juli 2026, 14:00 Uhr</b>, gleicher Ort (8, rue Lou Hemmer, Luxembourg-Findel).</p>
<p><a href="https://moselrueck.softgarden.io/de/appointment/confirm/55120?token=c07d2e&amp;v=2" style="background:#6b2c91;color:#fff;padding:10px 18px;text-decoration:none;">Neuen Termin bestätigen</a></p>
<p>Wir bitten um Ihr Verständnis.<br>Mit freundlichen Grüßen<br>Sabine Hoffmann, Human Resources</p>""",
        logo_src="https://moselrueck.softgarden.io/assets/company/logo_moselrueck.png",
        logo_alt="Mosel Rück", accent="#6b2c91", lang="de",
        footer="Mosel Rück Versicherung AG · R.C.S. Luxembourg B 98.331 · Vorstand: Dr. Elke Marx (Vors.), Paul Weis · Versendet über softgarden.",
        pixel="https://moselrueck.softgarden.io/mail/open/55120-2.gif"),
))

# ===================================================================== missed_interview_notice
# ---- fr

add(dict(
    file="saone_nous_vous_attendions", kind="missed_interview_notice",
    company="Saône Leasing", contact="nadia.cherif@saone-leasing.example.fr", lang="fr",
    sender=("Nadia Cherif", "nadia.cherif@saone-leasing.example.fr"),
    subject="Entretien de ce matin",
    date="2026-09-15T11:18:40+02:00", structure="plain", charset="windows-1252", cte="qp",
    thread=[SAONE_INVITE_ID],
    text="""Bonjour Monsieur Mbappé-Larsson,

Nous vous attendions ce matin à 10h00 à l'accueil pour votre entretien avec M. Lacombe. Sans nouvelles de votre part à 10h30, M. Lacombe a dû rejoindre une autre réunion.

J'espère qu'il ne vous est rien arrivé de grave. Si vous souhaitez toujours donner suite à votre candidature, merci de me recontacter rapidement afin que je voie avec M. Lacombe s'il est possible de fixer un nouveau rendez-vous.

Cordialement,

Nadia Cherif
Assistante de direction – Direction des Risques
Saône Leasing
04 72 00 85 12
""",
))

add(dict(
    file="tresorio_pas_connecte_visio", kind="missed_interview_notice", company="Trésorio",
    contact="ines.haddad@tresorio.example.fr", lang="fr",
    sender=("Inès Haddad", "ines.haddad@tresorio.example.fr"),
    subject="Visio 14h ?",
    date="2026-04-14T14:21:05+02:00", structure="plain", cte="8bit",
    text="""Bonjour Aurélien,

Vous ne vous êtes pas connecté à la visio de 14h avec Bastien (notre Head of Risk). Nous vous avons attendu un quart d'heure sur le lien Google Meet envoyé vendredi.

Un souci technique ? Dites-moi si vous voulez qu'on reprogramme.

Inès
Trésorio
""",
))

add(dict(
    file="interim_journee_essai_absent", kind="missed_interview_notice",
    company="Lauragais Crédit", contact="agence.toulouse-centre@interimplus.example.fr",
    lang="fr",
    sender=("INTERIMPLUS TOULOUSE CENTRE", "agence.toulouse-centre@interimplus.example.fr"),
    subject="Journée d'essai Lauragais Crédit - absence",
    date="2026-10-05T10:12:30+02:00", structure="plain", charset="windows-1252", cte="8bit",
    text="""Bonjour Aurelien,

Notre client Lauragais Crédit nous informe que vous ne vous êtes pas présenté ce matin à 8h30 pour votre journée d'essai au service recouvrement amiable (rue de Bayard).

Nous avons essayé de vous joindre deux fois au 06 12 34 56 78, sans réponse. Merci de nous rappeler au plus vite à l'agence pour nous expliquer la situation : le client attend une réponse avant midi pour savoir s'il maintient la mission.

Cordialement

Julie - InterimPlus Toulouse Centre
05 34 00 11 22
""",
))

add(dict(
    file="ixelles_pas_eu_le_plaisir", kind="missed_interview_notice",
    company="Ixelles Capital Partners", contact="sophie.lambert@ixellescp.example.be", lang="fr",
    sender=("Sophie Lambert", "sophie.lambert@ixellescp.example.be"),
    subject="Entretien de ce lundi",
    date="2026-06-22T10:41:18+02:00", structure="alt", cte="qp",
    text="""Bonjour Aurélien,

Nous n'avons pas eu le plaisir de vous voir à l'entretien prévu ce lundi à 9h30 avec Geoffrey. Peut-être un souci de transport ou un malentendu sur la date ?

Pourriez-vous me tenir au courant ? Geoffrey est en déplacement la semaine prochaine, mais je peux tenter de trouver un créneau jeudi ou vendredi.

Bien à vous,

Sophie Lambert
Office & HR Manager
Ixelles Capital Partners
Place Flagey 7 – 1050 Ixelles
""",
    html=None,
))
MESSAGES[-1]["html"] = gmail_html(MESSAGES[-1]["text"])

add(dict(
    file="mas_rendez_vous_non_honore", kind="missed_interview_notice",
    company="Mutuelle Atlantique Santé", contact="", lang="fr",
    sender=("Mutuelle Atlantique Santé – Recrutement", "ne-pas-repondre@recrutement.mas.example.fr"),
    subject="Votre rendez-vous du 14/09/2026 à 11h00",
    date="2026-09-14T17:00:02+02:00", structure="html", cte="qp",
    html=card_html("""<p>Bonjour Monsieur Mbappé-Larsson,</p>
<p>Nous constatons que vous ne vous êtes pas présenté(e) à votre entretien de recrutement du <b>14/09/2026 à 11h00</b> pour le poste de <b>Gestionnaire conformité – contrôle permanent (CDI, Bordeaux)</b>.</p>
<p>Si vous souhaitez toujours poursuivre le processus, vous pouvez demander un nouveau rendez-vous depuis votre espace candidat dans un délai de 7 jours. Passé ce délai, votre candidature sera clôturée.</p>
<p><a href="https://recrutement.mas.example.fr/candidat/rendez-vous?id=MAS-26-3318" style="color:#00857c;font-weight:bold;">Accéder à mon espace candidat</a></p>
<p>Cordialement,<br>Le service Recrutement<br>Mutuelle Atlantique Santé</p>""",
        logo_src="https://recrutement.mas.example.fr/img/logo-mas-mail.png",
        logo_alt="Mutuelle Atlantique Santé", accent="#00857c",
        footer="""Mutuelle Atlantique Santé – Mutuelle soumise aux dispositions du livre II du Code de la mutualité – SIREN 775 123 456 – 12 rue Esprit des Lois, 33000 Bordeaux.<br>
Ce message est envoyé automatiquement. Merci de ne pas y répondre.""",
        pixel="https://recrutement.mas.example.fr/o/MAS-26-3318.gif"),
))

# ---- en

add(dict(
    file="ashgrove_didnt_join_teams", kind="missed_interview_notice", company="Ashgrove Bank",
    contact="priya.natarajan@ashgrovebank.example.co.uk", lang="en",
    sender=("Priya Natarajan", "priya.natarajan@ashgrovebank.example.co.uk"),
    subject="Today's interview",
    date="2026-06-24T14:22:31+01:00", structure="plain", cte="7bit",
    text="""Hi Aurelien,

We had you down for 14:00 with Daniel today - we waited about 15 minutes on the Teams call but you didn't join. Is everything ok?

If something came up, let me know and I'll see whether Daniel can find another slot this week.

Priya

Priya Natarajan | Talent Acquisition Partner | Ashgrove Bank
Sent from Outlook for iOS
""",
))

add(dict(
    file="apex_no_show_call_me", kind="missed_interview_notice",
    company="Harlow & Pike Insurance", contact="jade.murphy@apextemps.example.co.uk", lang="en",
    sender=("Jade Murphy", "jade.murphy@apextemps.example.co.uk"),
    subject="where are you?? Harlow & Pike",
    date="2026-08-10T14:31:09+01:00", structure="plain", cte="7bit",
    text="""Aurelien,

Rebecca at Harlow & Pike just called me - you didn't show up for the 2pm interview!! I've tried your mobile twice.

Please call me ASAP on 07700 900 418 so I can explain to the client. If there's been a problem with the trains I can try to rebook but I need to hear from you today.

Jade
""",
))

# ---- es

add(dict(
    file="fintegra_le_estuvimos_esperando", kind="missed_interview_notice",
    company="Fintegra Compliance", contact="r.casals@fintegra.example.es", lang="es",
    sender=("Roser Casals", "r.casals@fintegra.example.es"),
    subject="RE: Confirmación entrevista presencial",
    date="2026-09-16T09:20:45+02:00", structure="plain", charset="windows-1252", cte="qp",
    thread=[FINTEGRA_INVITE_ID],
    text="""Estimado Sr. Mbappé-Larsson:

Le estuvimos esperando ayer a las 12:00 en nuestras oficinas de Passeig de Gràcia para la entrevista con el Sr. Mas, pero no llegó a presentarse ni recibimos aviso.

Si sigue interesado en el puesto, le ruego que me lo indique esta semana para valorar la posibilidad de una nueva cita.

Atentamente,

Roser Casals
Responsable de Personas
Fintegra Compliance S.L.
""",
))

add(dict(
    file="reclutia_te_llamaron_tres_veces", kind="missed_interview_notice",
    company="Banca Marítima del Levante", contact="marta.soler@reclutia.example.es", lang="es",
    sender=("Marta Soler", "marta.soler@reclutia.example.es"),
    subject="Entrevista telefónica de esta mañana",
    date="2026-07-22T11:02:17+02:00", structure="plain", charset="iso-8859-1", cte="8bit",
    text="""Hola Aurélien:

La responsable de Control de Riesgos de Banca Marítima del Levante le ha llamado tres veces entre las 10:00 y las 10:20 para la entrevista telefónica programada, sin respuesta. También le ha dejado un mensaje de voz.

¿Ha tenido algún problema? Llámeme en cuanto pueda y veré si podemos recuperar la entrevista esta semana.

Marta Soler
Reclutia Talent Partners
933 00 12 45
""",
))

# ---- de

add(dict(
    file="mosel_rueck_nicht_angetroffen", kind="missed_interview_notice",
    company="Mosel Rück Versicherung", contact="s.hoffmann@moselrueck.example.lu", lang="de",
    sender=("Sabine Hoffmann", "s.hoffmann@moselrueck.example.lu"),
    subject="Ihr Termin heute um 14:00 Uhr",
    date="2026-07-16T15:05:22+02:00", structure="plain", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrter Herr Mbappé-Larsson,

leider haben wir Sie heute um 14:00 Uhr nicht zu unserem vereinbarten Gespräch in unserem Büro in Findel angetroffen. Dr. Reiland und ich haben bis 14:30 Uhr auf Sie gewartet.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Ende der Woche bei mir. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Position haben.

Mit freundlichen Grüßen

Sabine Hoffmann
Human Resources
Mosel Rück Versicherung AG
Tel. +352 42 88 61-230
""",
))

