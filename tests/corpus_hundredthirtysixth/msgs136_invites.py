"""Interview invitations (26), reschedules and cancellations (15) and missed-interview notices (10)."""

from __future__ import annotations

from msgs136_common import calendar, greenhouse, pdf, personio, teamtailor, workday

MESSAGES: list[dict] = []


def add(**fields: object) -> None:
    MESSAGES.append(fields)


INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

# =========================================================================== invitations, French

add(
    kind=INV, slug="workday_facilia_video", company="Facilia Services", contact="", lang="fr",
    frm=("Facilia Services Talent Acquisition", "facilia@myworkday.com"),
    subject="Invitation : entretien vidéo – Gestionnaire technique de site (R-04417)",
    date="2026-01-26 09:03 +0000",
    alt=True, cte="qp",
    html=workday("facilia", "Facilia Services", """
<p>Bonjour Hugo,</p>
<p>Nous avons le plaisir de vous inviter à un entretien vidéo d'environ 45 minutes avec <b>Madame Els Vandamme</b>, Head of Technical Operations, dans le cadre de votre candidature au poste de Gestionnaire technique de site (R-04417).</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #dde3ea;font-size:14px;margin:8px 0 16px 0">
<tr><td style="color:#777">Date</td><td><b>mardi 3 février 2026</b></td></tr>
<tr><td style="color:#777">Heure</td><td><b>10h30 – 11h15</b> (heure de Bruxelles)</td></tr>
<tr><td style="color:#777">Format</td><td>Microsoft Teams (le lien vous parviendra la veille)</td></tr>
</table>
<p>Merci de confirmer votre présence en cliquant sur le bouton ci-dessous. Si ce créneau ne vous convient pas, vous pourrez en proposer un autre depuis votre espace candidat.</p>
<p style="text-align:center;margin:22px 0"><a href="https://facilia.wd3.myworkday.com/fr-BE/FaciliaCareers/userHome?task=interview-confirm&amp;id=8841" style="background:#005cb9;color:#ffffff;padding:11px 22px;text-decoration:none;border-radius:3px;font-weight:bold">Confirmer ma présence</a></p>
<p>À très bientôt,<br>L'équipe Talent Acquisition<br>Facilia Services</p>
""", """Facilia Services SA · Avenue de la Porte de Hal 41, 1060 Saint-Gilles<br>Ce message est envoyé automatiquement ; merci de ne pas y répondre."""),
)

add(
    kind=INV, slug="chu_hr_onsite", company="CHU Sambre-Meuse", contact="v.gilson@chu-sambremeuse.example.be", lang="fr",
    frm=("Virginie Gilson", "v.gilson@chu-sambremeuse.example.be"),
    subject="Entretien – Coordinateur logistique et technique (réf. LOG-26-04)",
    date="2026-02-02 14:26 +0100",
    cte="qp",
    body="""Bonjour Monsieur Marchetti-Diallo,

Votre candidature au poste de coordinateur logistique et technique (réf. LOG-26-04) a retenu toute notre attention.

Nous vous proposons de vous rencontrer le lundi 9 février à 13h30, site Godinne, bâtiment administratif (2e étage, salle Meuse). L'entretien se déroulera avec M. Bodart, directeur des services techniques, et moi-même, et durera environ une heure.

Pourriez-vous me confirmer votre disponibilité par retour de mail ? Comme vous travaillez déjà chez nous au transport interne, je me suis permis de vérifier votre planning : vous êtes en repos ce jour-là.

Bien à vous,

Virginie Gilson
Gestionnaire RH – Recrutement & sélection
CHU Sambre-Meuse
Avenue Dr G. Thérasse 1 – 5530 Yvoir
081 42 33 07
""",
)

add(
    kind=INV, slug="phone_screen_meuse_fp", company="Meuse Facility Partners", contact="j.maes@meuse-fp.example.be", lang="fr",
    frm=("Julie Maes", "j.maes@meuse-fp.example.be"),
    subject="Votre candidature via JobsWallonie",
    date="2026-03-03 08:49 +0100",
    cte="8bit",
    body="""Bonjour Hugo,

J'ai bien reçu votre candidature pour le poste de technicien de maintenance bâtiments (site de Jambes), transmise via JobsWallonie.

Seriez-vous disponible pour un premier échange téléphonique d'une vingtaine de minutes ? Je vous propose jeudi 5 mars entre 12h et 14h, ou vendredi 6 mars en fin de journée. Indiquez-moi simplement le créneau et le numéro auquel vous joindre.

À la suite de cet appel, si tout concorde, nous organiserons un entretien sur site avec notre responsable technique.

Belle journée,
Julie Maes
RH – Meuse Facility Partners
""",
)

add(
    kind=INV, slug="commune_convocation_pdf", company="Ville de Sambreval", contact="selection@sambreval.example.be", lang="fr",
    frm=("Ville de Sambreval - Service GRH", "selection@sambreval.example.be"),
    subject="Convocation - épreuve écrite et entretien - Agent technique en chef (D7)",
    date="2026-09-04 11:20 +0200",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Monsieur,

Nous avons l'honneur de vous convoquer aux épreuves de sélection pour le recrutement d'un agent technique en chef (échelle D7) - service des bâtiments communaux.

- Épreuve écrite : samedi 19 septembre 2026 à 9h00 précises, salle du Conseil, Hôtel de Ville, Grand-Place 1 à Sambreval.
- Épreuve orale (entretien avec le jury) : pour les candidats ayant obtenu 50 % à l'épreuve écrite, le mercredi 30 septembre 2026 ; l'heure vous sera communiquée ultérieurement.

Vous trouverez en pièce jointe la convocation officielle ainsi que le programme des matières. Vous voudrez bien vous munir de votre carte d'identité et d'un stylo à bille bleu.

Merci de nous confirmer votre présence en répondant à ce courriel au plus tard le 14 septembre.

Veuillez agréer, Monsieur, l'assurance de notre considération distinguée.

Pour le Collège communal,
La Directrice générale f.f.,
C. Hubert

Service de la Gestion des Ressources Humaines - Ville de Sambreval
Grand-Place 1 - 5060 Sambreval - 071 26 04 50
""",
    attach=[pdf(filename="Convocation_D7_Marchetti-Diallo.pdf", title="Ville de Sambreval - Convocation",
                 lines=["Recrutement d'un agent technique en chef (D7)",
                        "Candidat : M. Hugo Marchetti-Diallo",
                        "Epreuve ecrite : samedi 19 septembre 2026, 9h00, salle du Conseil",
                        "Programme : lecture de plans, securite incendie, marches publics (notions),",
                        "gestion d'equipe, entretien preventif des batiments communaux.",
                        "Documents : carte d'identite, stylo bleu."])],
)

add(
    kind=INV, slug="interim_jobado_client_named", company="Constructions Lambiotte", contact="sarah@jobado.example.be", lang="fr",
    frm=("Sarah - Jobado Intérim", "sarah@jobado.example.be"),
    subject="ENTRETIEN CHEZ LAMBIOTTE !!!",
    date="2026-01-28 16:11 +0100",
    cte="8bit",
    body="""Hello Hugo !!

Super nouvelle : Constructions Lambiotte veut te rencontrer pour le poste de magasinier-gestionnaire de parc matériel à Gosselies !!!

Rendez-vous lundi 2 février à 8h00 au dépôt, rue de la Fosse 14 à Gosselies. Demande M. Renard à l'accueil (c'est le chef de dépôt). Prévois tes chaussures de sécu, ils vont sûrement te faire visiter le parc.

Tu me confirmes vite stp ? Par mail ou SMS au 0496 12 58 40, comme tu préfères.

Merciii et bonne soirée !
Sarah
Jobado Intérim Charleroi – Boulevard Tirou 96
""",
)

add(
    kind=INV, slug="oreade_calendar_request", company="Oréade Facility Management", contact="claire.vasseur@oreade-fm.example.fr", lang="fr",
    frm=("Claire Vasseur", "claire.vasseur@oreade-fm.example.fr"),
    subject="Invitation: Entretien Hugo Marchetti-Diallo / Oréade FM @ mer. 8 avr. 2026 10:00 - 11:00",
    date="2026-03-31 15:32 +0200",
    cte="qp",
    body="""Bonjour Hugo,

Comme convenu lors de notre échange téléphonique, je vous envoie l'invitation pour votre entretien pour le poste de Responsable maintenance multisite.

Date : mercredi 8 avril 2026, de 10h00 à 11h00
Lieu : Oréade Facility Management, 12 rue des Saules, 59810 Lesquin (parking visiteurs devant le bâtiment B)
Participants : Thomas Lefebvre (Directeur d'exploitation) et moi-même

Merci d'accepter l'invitation ou de me proposer un autre créneau.

Claire Vasseur
Chargée de recrutement – Oréade Facility Management
06 71 48 22 90
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour Hugo,</p>
<p>Comme convenu lors de notre échange téléphonique, je vous envoie l'invitation pour votre entretien pour le poste de <b>Responsable maintenance multisite</b>.</p>
<p><b>Date :</b> mercredi 8 avril 2026, de 10h00 à 11h00<br>
<b>Lieu :</b> Oréade Facility Management, 12 rue des Saules, 59810 Lesquin (parking visiteurs devant le bâtiment B)<br>
<b>Participants :</b> Thomas Lefebvre (Directeur d'exploitation) et moi-même</p>
<p>Merci d'accepter l'invitation ou de me proposer un autre créneau.</p>
<p style="color:#555">Claire Vasseur<br>Chargée de recrutement – Oréade Facility Management<br>06 71 48 22 90</p>
</body></html>
""",
    ical=calendar(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000A0C1F3D5F2C4DC010000000000000000100000004F8AB9", sequence=0,
              stamp="20260331T133200Z", start="20260408T100000", end="20260408T110000", tz="Romance Standard Time",
              summary="Entretien Hugo Marchetti-Diallo / Oréade FM", location="12 rue des Saules\\, 59810 Lesquin",
              organizer=("Claire Vasseur", "claire.vasseur@oreade-fm.example.fr")),
)

add(
    kind=INV, slug="teamtailor_klyma_book_slot", company="Klyma", contact="ines.haddad@klyma.example.be", lang="fr",
    frm=("Inès Haddad (Klyma)", "notifications@teamtailor-mail.com"),
    reply_to=("Inès Haddad", "ines.haddad@klyma.example.be"),
    subject="On aimerait te rencontrer 👋",
    date="2026-03-09 11:45 +0100",
    cte="base64",
    html=teamtailor("Klyma", "#00a37a", """
<p>Hello Hugo,</p>
<p>Merci pour ta candidature au poste de <b>Building Operations Specialist</b> ! Ton parcours à l'hôpital nous a beaucoup parlé : la logistique, l'urgence, les bâtiments qui doivent tourner 24h/24, c'est exactement notre quotidien chez nos clients.</p>
<p>On aimerait faire un premier appel vidéo de 30 minutes avec toi, avec moi et Bastien (notre Head of Ops). Tu peux choisir le créneau qui t'arrange ici :</p>
<p style="margin:22px 0"><a href="https://careers.klyma.example.be/meetings/book/ines-haddad/30min?candidate=hmd" style="background:#00a37a;color:#fff;padding:12px 20px;border-radius:24px;text-decoration:none">Choisir un créneau</a></p>
<p>L'appel se fera sur Google Meet, le lien sera dans l'invitation.</p>
<p>À très vite,<br>Inès</p>
""", "careers.klyma.example.be", "kl-3f9e21"),
)

add(
    kind=INV, slug="universite_epreuve_orale", company="Université Mosane", contact="rh-recrutement@umosane.example.be", lang="fr",
    frm=("UMosane - Recrutement", "rh-recrutement@umosane.example.be"),
    subject="Réf. ATP-2026-031 – Invitation à l’épreuve orale",
    date="2026-04-28 10:05 +0200",
    charset="windows-1252", cte="8bit",
    body="""Monsieur Marchetti-Diallo,

Suite à l’examen des candidatures reçues pour la fonction de Technicien·ne des bâtiments (Service du patrimoine immobilier), nous avons le plaisir de vous informer que votre dossier a été retenu pour l’épreuve orale.

Celle-ci aura lieu le mardi 12 mai 2026 à 14h15, au bâtiment administratif, rue de Bruxelles 61, salle du Conseil (1er étage). L’épreuve consiste en un entretien d’environ 40 minutes devant un jury de trois personnes, précédé d’une mise en situation de 20 minutes (lecture d’un plan et priorisation d’interventions).

Merci de confirmer votre participation en répondant à ce message avant le 5 mai. Les frais de déplacement ne sont pas remboursés.

Avec nos salutations distinguées,

Anne-Catherine Lejeune
Cellule recrutement – Administration des ressources humaines
Université Mosane
""",
)

add(
    kind=INV, slug="syndic_short_tomorrow", company="Syndic Mosan", contact="g.collard@syndicmosan.example.be", lang="fr",
    frm=("Collard Gilles", "g.collard@syndicmosan.example.be"),
    subject="Entretien demain 14h",
    date="2026-02-24 17:50 +0100",
    mid="<AM9PR02MB7731C2E0F58E1A3B@AM9PR02MB7731.eurprd02.prod.outlook.com>",
    charset="windows-1252", cte="qp",
    body="""Bonjour,

Nous avons le plaisir de vous inviter à un entretien pour le poste de concierge-technicien. Pouvez-vous passer demain mercredi à 14h à nos bureaux, boulevard d’Herbatte 12 ? Il faudra sonner au 1er étage.

Félicitations pour votre parcours, à demain.
G. Collard
""",
)

add(
    kind=INV, slug="headhunter_hestia_call", company="Hestia Search & Selection", contact="a.vanhove@hestia-search.example.be", lang="fr",
    frm=("Aurélie Van Hove", "a.vanhove@hestia-search.example.be"),
    subject="Mission Facility Coordinator – premier échange",
    date="2026-05-05 09:12 +0200",
    cte="qp",
    body="""Bonjour Hugo,

Je me permets de vous contacter suite à votre candidature sur notre site pour la mission de Facility Coordinator que nous menons pour un client du secteur immobilier à Bruxelles (je pourrai vous en dire davantage de vive voix).

Je souhaiterais organiser un entretien téléphonique de qualification d'environ 30 minutes. Je vous propose le mardi 12 mai à 11h00 : je vous appellerai au 0478 55 21 06, le numéro indiqué sur votre CV.

Pouvez-vous me confirmer que ce créneau vous convient ?

Bien cordialement,

Aurélie Van Hove
Senior Consultant – Real Estate & Facilities
Hestia Search & Selection
+32 2 318 47 60
""",
)

add(
    kind=INV, slug="taleo_job_dating_lille", company="Habitat Lillois Gestion", contact="", lang="fr",
    frm=("Habitat Lillois Gestion - Recrutement", "hlgestion@taleo.net"),
    subject="Invitation – Session de recrutement collectif Gardiens-régisseurs",
    date="2026-06-01 08:00 +0200",
    charset="windows-1252", cte="qp",
    html="""<HTML><HEAD><META content="text/html; charset=windows-1252" http-equiv=Content-Type></HEAD>
<BODY>
<TABLE border=0 cellSpacing=0 cellPadding=0 width=640>
<TR><TD><IMG alt="Habitat Lillois Gestion" src="https://hlgestion.taleo.net/careersection/theme/1/logo_hlg.gif" width=190></TD></TR>
<TR><TD><FONT face=Arial size=2>
<P>Bonjour Hugo Marchetti-Diallo,</P>
<P>Votre candidature au poste de Gardien-régisseur (réf. 2600418) a été présélectionnée.</P>
<P>Nous avons le plaisir de vous convier à notre <B>session de recrutement collectif</B> qui se tiendra le <B>jeudi 11 juin 2026 de 9h00 à 12h30</B> au siège d'Habitat Lillois Gestion, 27 boulevard de la Liberté à Lille.</P>
<P>Déroulé de la matinée :<BR>
- 9h00 : présentation de l'entreprise et des résidences<BR>
- 9h45 : mises en situation en petits groupes<BR>
- 11h00 : entretiens individuels de 20 minutes</P>
<P>Merci de confirmer votre venue via votre <A href="https://hlgestion.taleo.net/careersection/2/mysubmissions.ftl?lang=fr">espace candidat</A> avant le 5 juin.</P>
<P>Cordialement,<BR>La Direction des Ressources Humaines</P>
</FONT></TD></TR>
<TR><TD><BR><HR noShade SIZE=1><FONT face=Arial size=1 color=#666666>Habitat Lillois Gestion SAS – 27 boulevard de la Liberté – 59000 Lille. Merci de ne pas répondre à ce courriel.</FONT></TD></TR>
</TABLE>
</BODY></HTML>
""",
)

add(
    kind=INV, slug="successfactors_ics_attachment", company="Groupe Hospitalier Val-d'Alzette", contact="", lang="fr",
    frm=("Groupe Hospitalier Val-d'Alzette – Recrutement", "no-reply@successfactors.eu"),
    subject="Invitation à un entretien – Technicien de maintenance biomédicale et bâtiment (H/F)",
    date="2026-07-09 10:02 +0200",
    alt=True, cte="qp",
    html="""<html><head><meta charset="utf-8"></head><body style="margin:0">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333">
<tr><td style="background:#00857c;padding:14px 24px"><img src="https://career5.successfactors.eu/ghva/logo_white.png" alt="GHVA - Groupe Hospitalier Val-d'Alzette" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Monsieur Marchetti-Diallo,</p>
<p>Nous avons le plaisir de vous convier à un entretien pour le poste de Technicien de maintenance biomédicale et bâtiment (H/F), site d'Esch-sur-Alzette.</p>
<p><b>Jeudi 16 juillet 2026 de 10h00 à 11h00</b><br>Site d'Esch – bâtiment C, service technique, rez-de-chaussée<br>Jury : M. Reuter (chef du service technique) et Mme Kieffer (ressources humaines)</p>
<p>Vous trouverez l'invitation en pièce jointe (fichier .ics) pour l'ajouter à votre agenda. En cas d'empêchement, merci de le signaler via votre <a href="https://career5.successfactors.eu/career?company=ghva&amp;career_ns=profile" style="color:#00857c">espace candidat</a>.</p>
<p>Avec nos salutations distinguées,<br>Direction des Ressources Humaines</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999;border-top:1px solid #ddd">Groupe Hospitalier Val-d'Alzette – établissement public – rue Émile Mark 4, L-4620 Differdange. Ce message est généré automatiquement, merci de ne pas y répondre.</td></tr>
</table></body></html>
""",
    ical=calendar(method="REQUEST", uid="ghva-itv-2026-0716-88213@successfactors.eu", sequence=0,
              stamp="20260709T080200Z", start="20260716T100000", end="20260716T110000", tz="Europe/Luxembourg",
              summary="Entretien – Technicien de maintenance biomédicale et bâtiment", location="GHVA site d'Esch\\, bâtiment C",
              organizer=("GHVA Recrutement", "no-reply@successfactors.eu"), as_file="invitation.ics", cte="base64"),
)

add(
    kind=INV, slug="startup_domotys_cafe", company="Domotys", contact="maxime@domotys.example.be", lang="fr",
    frm=("Maxime Gérard", "maxime@domotys.example.be"),
    subject="Re: candidature technicien domotique / bâtiment",
    date="2026-09-24 22:18 +0200",
    irt="<CAE5p0Qw8Rk2+Hm4ZcTd1nL@mail.gmail.com>",
    cte="8bit",
    body="""Salut Hugo,

Merci pour ton mail, ça tombe bien on cherche justement quelqu'un pour les installs et la maintenance chez nos clients (surtout des résidences-services et deux écoles).

Tu serais dispo pour venir prendre un café au bureau mercredi prochain (30/09) vers 10h ? On est au 2e étage du Trakk, à Namur. On discutera du job, de la façon dont on bosse, et tu pourras voir un peu le matos.

Dis-moi si ça te va !

Maxime
CEO – Domotys
0475 90 13 27

Le mar. 22 sept. 2026 à 19:03, Hugo Marchetti-Diallo <hugo.md@example.be> a écrit :
> Bonjour,
> J'ai vu votre annonce sur LinkedIn. Malheureusement je n'ai pas encore de diplôme en domotique, mais je bricole beaucoup et je gère déjà des petites pannes à l'hôpital (appels malades, portes automatiques).
> Je serais ravi d'en discuter.
> Hugo
""",
)

# =========================================================================== invitations, English

add(
    kind=INV, slug="greenhouse_schedule_reply_to", company="Maasgebouw Services", contact="eva.smeets@maasgebouw.example.nl", lang="en",
    frm=("Maasgebouw Services via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Eva Smeets", "eva.smeets@maasgebouw.example.nl"),
    subject="Interview invitation: Facility Coordinator (Randwyck campus)",
    date="2026-02-17 11:26 +0100",
    alt=True, cte="qp",
    html=greenhouse("Maasgebouw Services", "https://s3.greenhouse-mail.io/logos/maasgebouw.png", """
<p>Hi Hugo,</p>
<p>Thanks again for applying to the Facility Coordinator role. We'd love to get to know you better!</p>
<p>I'd like to invite you to a 45-minute video interview with Ruud Hermans (Facility Manager) and me. Please pick a time that works for you using the link below - slots are available from 23 to 27 February.</p>
<p><a href="https://app.greenhouse.io/scheduling/candidate/9b1ec7f0" style="display:inline-block;background:#3b7d6e;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Select a time</a></p>
<p>If none of the times suit you, just reply to this e-mail and I'll find another option.</p>
<p>Best regards,<br>Eva Smeets<br>Recruiter, Maasgebouw Services</p>
""", "mgs-1c4b9a03"),
)

add(
    kind=INV, slug="hospital_calendar_request_en", company="Heuvelland Ziekenhuis", contact="l.debruijn@hzmaastricht.example.nl", lang="en",
    frm=("Lotte de Bruijn", "l.debruijn@hzmaastricht.example.nl"),
    subject="Invitation: Interview Facility Services Coordinator - Tue 14 Apr 10:00",
    date="2026-04-02 13:41 +0200",
    cte="7bit",
    body="""Dear Hugo,

Following your application via WerkNL, I am happy to invite you for an interview for the position of Facility Services Coordinator at Heuvelland Ziekenhuis.

Date: Tuesday 14 April 2026
Time: 10:00 - 11:00
Location: Heuvelland Ziekenhuis, main entrance B, report to the reception desk and ask for me.
Panel: Stefan Cremers (Manager Facility Services) and myself.

The interview will be held in English. Please bring a valid ID. Parking is free for visitors in garage P2.

A calendar invitation is attached - please accept it so I know you'll be there.

Kind regards,

Lotte de Bruijn
Recruitment Advisor
Heuvelland Ziekenhuis | Maastricht
T +31 43 387 52 10
""",
    ical=calendar(method="REQUEST", uid="hz-rec-20260414-lb-0192@hzmaastricht.example.nl", sequence=0,
              stamp="20260402T114100Z", start="20260414T100000", end="20260414T110000", tz="W. Europe Standard Time",
              summary="Interview Facility Services Coordinator - Hugo Marchetti-Diallo", location="Heuvelland Ziekenhuis\\, entrance B",
              organizer=("Lotte de Bruijn", "l.debruijn@hzmaastricht.example.nl")),
)

add(
    kind=INV, slug="lever_beaulieu_invite", company="Beaulieu Real Estate Management", contact="priya.raman@beaulieu-rem.example.be", lang="en",
    frm=("Priya Raman", "no-reply@hire.lever.co"),
    reply_to=("Priya Raman", "priya.raman@beaulieu-rem.example.be"),
    subject="Beaulieu Real Estate Management - let's talk!",
    date="2026-06-15 10:17 +0200",
    cte="qp",
    body="""Hi Hugo,

Thanks for your application for the Technical Property Manager role at Beaulieu. Your background in hospital logistics caught our attention.

I'd love to invite you for a first interview at our office, Rue de la Loi 81, with Marc Dubreucq, our Head of Property Management. Could you book a 45-minute slot next week here:

https://hire.lever.co/interviews/beaulieu/schedule/c1d92e

Looking forward to meeting you.

Best,
Priya Raman
Talent Partner, Beaulieu Real Estate Management
""",
    html="""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#222">
<p>Hi Hugo,</p>
<p>Thanks for your application for the Technical Property Manager role at Beaulieu. Your background in hospital logistics caught our attention.</p>
<p>I'd love to invite you for a first interview at our office, Rue de la Loi 81, with Marc Dubreucq, our Head of Property Management. Could you book a 45-minute slot next week here:</p>
<p><a href="https://hire.lever.co/interviews/beaulieu/schedule/c1d92e" style="color:#1565c0">Book your interview</a></p>
<p>Looking forward to meeting you.</p>
<p>Best,<br>Priya Raman<br><span style="color:#666">Talent Partner, Beaulieu Real Estate Management</span></p>
</div>
<img src="https://hire.lever.co/email/open/4be3a2c1.gif" width="1" height="1" alt="">
""",
)

add(
    kind=INV, slug="assessment_centre_pdf", company="Caldwell & Rowe Facilities", contact="hannah.blake@caldwellrowe.example.com", lang="en",
    frm=("Hannah Blake", "hannah.blake@caldwellrowe.example.com"),
    subject="Assessment day invitation - Site Engineer, Lille",
    date="2026-08-20 09:55 +0100",
    cte="qp",
    body="""Dear Hugo,

Congratulations - following your telephone interview, I'm pleased to invite you to our assessment day for the Site Engineer role at our Euralille contract.

When: Monday 31 August 2026, 09:00 - 15:30
Where: Caldwell & Rowe Facilities, Tour Euralille, 14th floor, 59777 Lille

The day includes a site walk, a practical fault-finding exercise, a short written exercise on planned preventive maintenance and a panel interview. Lunch is provided. The full programme is attached.

Please confirm by replying to this e-mail by Wednesday. If you need any adjustments for the day, just let me know.

Kind regards,

Hannah Blake
Resourcing Partner - France & Benelux
Caldwell & Rowe Facilities
M +44 7700 900 418

Caldwell & Rowe Facilities Ltd is registered in England No 02618440. Registered office: 1 Kingsway, London WC2B 6AN. This e-mail and any attachments are confidential.
""",
    attach=[pdf(filename="Assessment_day_programme_Lille.pdf", title="Caldwell & Rowe Facilities - Assessment day",
                 lines=["Site Engineer - Euralille contract", "Monday 31 August 2026",
                        "09:00 Welcome and safety briefing", "09:30 Site walk (plant rooms, roof, loading bay)",
                        "11:00 Fault-finding exercise (AHU and lighting circuits)", "12:30 Lunch",
                        "13:30 Written exercise: PPM schedule", "14:30 Panel interview", "15:30 Close"])],
)

add(
    kind=INV, slug="founder_casual_call", company="Buildsense", contact="tom@buildsense.example.nl", lang="en",
    frm=("Tom Verhoeven", "tom@buildsense.example.nl"),
    subject="Fancy a call Thursday?",
    date="2026-09-01 21:03 +0200",
    cte="7bit",
    body="""Hey Hugo,

Saw your application for the field ops role come in this afternoon - love that you've been keeping a hospital running at night, that's basically what our sensors are supposed to help with.

Fancy a quick call on Thursday (3rd) at 2pm? Google Meet, 30 min, nothing formal. I'll tell you what we're building and you tell me what drives you mad about buildings.

meet.google.com/bsn-tkqz-ufp

Tom
Buildsense - founder
""",
)

add(
    kind=INV, slug="headhunter_client_named_meeting", company="Northgate Facilities Luxembourg", contact="james.whitcombe@talentis-exec.example.lu", lang="en",
    frm=("James Whitcombe", "james.whitcombe@talentis-exec.example.lu"),
    subject="Site Services Supervisor - meeting with Northgate",
    date="2026-10-01 17:26 +0200",
    cte="base64",
    body="""Dear Hugo,

Good news: Northgate Facilities Luxembourg would like to meet you for the Site Services Supervisor position at their Cloche d'Or campus.

The interview will take place on Wednesday 7 October at 10:00 at our offices (2 boulevard Royal, 3rd floor), with Anne Feltgen, Northgate's Operations Director, and me. Expect around an hour, mostly on your experience managing teams and contractors, plus a short case on a lift breakdown.

Could you confirm by return? Happy to have a quick prep call on Monday if that helps.

Regards,
James

James Whitcombe | Principal Consultant | Talentis Executive
2 boulevard Royal, L-2449 Luxembourg | +352 26 48 71 09
""",
)

# =========================================================================== invitations, German

add(
    kind=INV, slug="personio_kappa_einladung", company="Kappa Gebäudemanagement", contact="jobs@kappa-gm.example.de", lang="de",
    frm=("Kappa Gebäudemanagement GmbH", "no-reply@personio.de"),
    reply_to=("Kappa Gebäudemanagement Recruiting", "jobs@kappa-gm.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Objektleiter (m/w/d)",
    date="2026-03-26 09:30 +0100",
    cte="qp",
    html=personio("Kappa Gebäudemanagement", """
<p>Sehr geehrter Herr Marchetti-Diallo,</p>
<p>vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.</p>
<p>Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Termin:</b></td><td>Mittwoch, 8. April 2026, 11:00 Uhr</td></tr>
<tr><td><b>Ort:</b></td><td>Jülicher Straße 215, 52070 Aachen, Empfang im Erdgeschoss</td></tr>
<tr><td><b>Gesprächspartner:</b></td><td>Nadine Krämer (Personal), Emeka Oyelaran (Niederlassungsleitung)</td></tr>
</table>
<p>Bitte bestätigen Sie den Termin über <a href="https://kappa-gm.jobs.personio.de/interview/confirm?c=5519" style="color:#0a66c2">diesen Link</a> oder antworten Sie einfach auf diese E-Mail.</p>
<p>Mit freundlichen Grüßen<br>Nadine Krämer<br>Kappa Gebäudemanagement</p>
""", "Kappa Gebäudemanagement GmbH · Jülicher Straße 215 · 52070 Aachen · Geschäftsführer: Dirk Kappa, Sabine Thönnissen · Amtsgericht Aachen HRB 18842", "kp7q2x11"),
)

add(
    kind=INV, slug="klinikverbund_einladung_sie", company="Klinikverbund Rur-Eifel", contact="b.wirtz@kv-rureifel.example.de", lang="de",
    frm=("Wirtz, Bernd", "b.wirtz@kv-rureifel.example.de"),
    subject="Einladung zum Vorstellungsgespräch - Leitung Hol- und Bringedienst / Haustechnik",
    date="2026-06-22 13:02 +0200",
    charset="iso-8859-1", cte="8bit", header_charset="iso-8859-1",
    body="""Sehr geehrter Herr Marchetti-Diallo,

vielen Dank für Ihre Bewerbung vom 5. Juni und Ihr Interesse an unserem Klinikverbund.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein am

Donnerstag, 2. Juli 2026, um 9:30 Uhr
St.-Brigida-Krankenhaus Simmerath, Verwaltungsgebäude, Raum 1.14

Am Gespräch nehmen Herr Dr. Offermann (Technischer Leiter), Frau Esser (Pflegedirektion) und ich teil. Im Anschluss zeigen wir Ihnen gerne die Zentralsterilisation und die Werkstätten.

Bitte bestätigen Sie uns den Termin kurz per E-Mail oder telefonisch. Fahrtkosten können wir Ihnen leider nicht erstatten.

Mit freundlichen Grüßen

Bernd Wirtz
Personalabteilung
Klinikverbund Rur-Eifel gGmbH
Kammerbruchstraße 8 · 52152 Simmerath
Telefon 02473 89-2204
Geschäftsführung: Dr. Ursula Mertens · Sitz: Simmerath · Amtsgericht Aachen HRB 7712
""",
)

add(
    kind=INV, slug="startup_du_am_schrieb", company="Raumwerk", contact="jonas@raumwerk.example.de", lang="de",
    frm=("Jonas Becker", "jonas@raumwerk.example.de"),
    subject="Re: Bewerbung Customer Success Engineer (Jobfeld)",
    date="2026-05-11 12:40 +0200",
    irt="<20260504.71f2c@jobfeld.example.de>",
    cte="qp",
    body="""Hi Hugo,

danke für deine Bewerbung über Jobfeld! Dein Weg vom Krankenhaus in Richtung Facility Management finden wir spannend – genau solche Leute verstehen unsere Kunden.

Hast du Lust auf einen ersten Videocall? Ich schlage Dienstag, den 19. Mai um 16:00 vor, ca. 45 Minuten, mit mir und Lea (unsere CTO). Link: https://meet.raumwerk.example.de/jonas-hugo

Wenn's nicht passt, schick mir einfach zwei, drei Alternativen.

Viele Grüße aus Aachen
Jonas

Am 04.05.2026 um 08:12 schrieb Jobfeld <bewerbung@jobfeld.example.de>:
> Neue Bewerbung für „Customer Success Engineer (m/w/d)“
> Kandidat: Hugo Marchetti-Diallo
> Leider ist das Anschreiben nicht vollständig hochgeladen worden.
""",
)

add(
    kind=INV, slug="agency_flexwerk_kunde_benannt", company="Wohnbau Dreiländereck", contact="t.schueller@flexwerk.example.de", lang="de",
    frm=("Tobias Schüller | Flexwerk Personal", "t.schueller@flexwerk.example.de"),
    subject="Vorstellungsgespräch bei der Wohnbau Dreiländereck eG",
    date="2026-08-10 15:18 +0200",
    charset="windows-1252", cte="qp",
    body="""Hallo Herr Marchetti-Diallo,

ich freue mich, Ihnen mitteilen zu können, dass die Wohnbau Dreiländereck eG Sie für die Stelle als Hauswart (m/w/d) für ihre Wohnanlagen in Aachen-Forst kennenlernen möchte.

Geplant ist:
– Donnerstag, 13. August, 10:00 Uhr: Vorstellungsgespräch mit Herrn Lennartz (Leiter Bestandsmanagement), Geschäftsstelle Trierer Straße 610, Aachen
– Dienstag, 18. August, 7:00 Uhr: Probearbeitstag mit dem Hauswart-Team vor Ort (Arbeitskleidung wird gestellt, Sicherheitsschuhe bitte mitbringen)

Bitte geben Sie mir bis morgen kurz Bescheid, ob beide Termine passen.

Beste Grüße

Tobias Schüller
Personalberater
Flexwerk Personal GmbH · Theaterstraße 24 · 52062 Aachen
T +49 241 475 22-18
""",
)

# =========================================================================== invitations, Spanish

add(
    kind=INV, slug="servimant_teams_usted", company="Servimant Integral", contact="rrhh.benelux@servimant.example.com", lang="es",
    frm=("Servimant Integral - Selección", "rrhh.benelux@servimant.example.com"),
    subject="Convocatoria a entrevista – Responsable de Mantenimiento (Luxemburgo)",
    date="2026-04-22 12:14 +0200",
    cte="qp",
    body="""Estimado Hugo:

En relación con su candidatura al puesto de Responsable de Mantenimiento para nuestro contrato en Luxemburgo, nos complace convocarle a una entrevista por videoconferencia.

Fecha: miércoles 29 de abril de 2026
Hora: 9:00 (hora de Luxemburgo / Madrid)
Plataforma: Microsoft Teams – recibirá el enlace el día anterior
Entrevistadores: D. Andrés Quiroga, Director de Operaciones Benelux, y Dña. Marta Peñalver, Técnica de Selección

La entrevista se realizará en español y en parte en francés.

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,

Marta Peñalver
Técnica de Selección · Servimant Integral
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-left:4px solid #e30613;padding-left:14px">
<p>Estimado Hugo:</p>
<p>En relación con su candidatura al puesto de <b>Responsable de Mantenimiento</b> para nuestro contrato en Luxemburgo, nos complace convocarle a una entrevista por videoconferencia.</p>
<p><b>Fecha:</b> miércoles 29 de abril de 2026<br><b>Hora:</b> 9:00 (hora de Luxemburgo / Madrid)<br><b>Plataforma:</b> Microsoft Teams – recibirá el enlace el día anterior<br><b>Entrevistadores:</b> D. Andrés Quiroga, Director de Operaciones Benelux, y Dña. Marta Peñalver, Técnica de Selección</p>
<p>La entrevista se realizará en español y en parte en francés.</p>
<p>Le rogamos que confirme su asistencia respondiendo a este correo.</p>
<p>Atentamente,</p>
<p><b>Marta Peñalver</b><br>Técnica de Selección · Servimant Integral<br><img src="https://www.servimant.example.com/firma/logo.png" alt="Servimant Integral" width="120"></p>
</td></tr></table>
<p style="font-size:10px;color:#888">Servimant Integral S.L. – CIF B-84211937. Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, comuníquelo al remitente y elimínelo.</p>
</body></html>
""",
)

add(
    kind=INV, slug="agency_talento_tu_llamada", company="Edifica Iberia Group", contact="lucia.moreno@talentoiberica.example.com", lang="es",
    frm=("Lucía Moreno", "lucia.moreno@talentoiberica.example.com"),
    subject="Entrevista con Edifica Iberia Group",
    date="2026-08-12 10:31 +0200",
    cte="8bit",
    body="""Hola Hugo,

¡Buenas noticias! Edifica Iberia Group quiere entrevistarte para el puesto de Jefe de Mantenimiento de su nueva sede en Bruselas.

Te propongo el jueves 20 de agosto a las 16:00 por videollamada (Zoom). Estarán el director de obra, Ramón Ibarra, y la responsable de RR. HH., Cristina Ledesma. Yo también me conectaré al principio para presentaros.

¿Te viene bien? Si no, dime qué franjas tienes libres esa semana y lo muevo.

Un abrazo,
Lucía

Lucía Moreno
Consultora Senior | Talento Ibérica Selección
""",
)

add(
    kind=INV, slug="construction_site_interview_es", company="Albarracín Benelux", contact="javier.sanz@albarracin-benelux.example.be", lang="es",
    frm=("Javier Sanz", "javier.sanz@albarracin-benelux.example.be"),
    subject="Entrevista encargado de obra",
    date="2026-09-22 08:36 +0200",
    mid="<a1f4c7e2-9b3d-4e8a-b6f1-0c2d3e4f5a6b@albarracin-benelux.example.be>",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Hola Hugo:

Me pasó tu CV mi compañera de Madrid. Buscamos un encargado de mantenimiento y posventa para las 120 viviendas que entregamos en Anderlecht a final de año.

¿Puedes venir a una entrevista el miércoles 30 a las 9:30? Es en la caseta de obra, rue Wayez 170 (entrada por la puerta de camiones). Trae botas si puedes, que te enseño el edificio.

Confírmame por aquí o al +32 470 88 14 52.

Saludos,
Javier Sanz
Jefe de Obra
Albarracín Benelux
""",
)

# =========================================================================== reschedules and cancellations

add(
    kind=RES, slug="oreade_calendar_sequence_update", company="Oréade Facility Management", contact="claire.vasseur@oreade-fm.example.fr", lang="fr",
    frm=("Claire Vasseur", "claire.vasseur@oreade-fm.example.fr"),
    subject="Mis à jour : Entretien Hugo Marchetti-Diallo / Oréade FM @ jeu. 9 avr. 2026 14:00 - 15:00",
    date="2026-04-03 09:11 +0200",
    cte="qp",
    body="""Bonjour Hugo,

Thomas Lefebvre a un comité de direction qui a été déplacé au mercredi matin : je me permets donc de décaler notre entretien au jeudi 9 avril à 14h00, même lieu.

Si cet horaire ne vous convient pas, dites-le-moi et je trouverai une autre solution.

Merci pour votre souplesse,
Claire
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour Hugo,</p>
<p>Thomas Lefebvre a un comité de direction qui a été déplacé au mercredi matin : je me permets donc de <b>décaler notre entretien au jeudi 9 avril à 14h00</b>, même lieu.</p>
<p>Si cet horaire ne vous convient pas, dites-le-moi et je trouverai une autre solution.</p>
<p>Merci pour votre souplesse,<br>Claire</p>
</body></html>
""",
    ical=calendar(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000A0C1F3D5F2C4DC010000000000000000100000004F8AB9", sequence=1,
              stamp="20260403T071100Z", start="20260409T140000", end="20260409T150000", tz="Romance Standard Time",
              summary="Entretien Hugo Marchetti-Diallo / Oréade FM", location="12 rue des Saules\\, 59810 Lesquin",
              organizer=("Claire Vasseur", "claire.vasseur@oreade-fm.example.fr")),
)

add(
    kind=RES, slug="chu_interviewer_ill", company="CHU Sambre-Meuse", contact="v.gilson@chu-sambremeuse.example.be", lang="fr",
    frm=("Virginie Gilson", "v.gilson@chu-sambremeuse.example.be"),
    subject="RE: Entretien – Coordinateur logistique et technique (réf. LOG-26-04)",
    date="2026-02-05 16:48 +0100",
    irt="<6f1a0d2c9e@example.be>",
    charset="windows-1252", cte="qp",
    body="""Bonjour Monsieur Marchetti-Diallo,

Je suis contrainte de reporter notre entretien de lundi : M. Bodart est souffrant et sera absent au moins jusqu’en fin de semaine prochaine.

Je vous propose le lundi 16 février, toujours à 13h30 et au même endroit (Godinne, salle Meuse). Pouvez-vous me dire si cela vous convient ?

Toutes mes excuses pour ce contretemps.

Virginie Gilson
Gestionnaire RH – Recrutement & sélection
CHU Sambre-Meuse

-----Original Message-----
From: Hugo Marchetti-Diallo <hugo.md@example.be>
Sent: Monday, February 2, 2026 8:15 PM
To: Virginie Gilson <v.gilson@chu-sambremeuse.example.be>
Subject: Re: Entretien – Coordinateur logistique et technique (réf. LOG-26-04)

Madame Gilson,

Je vous confirme avec plaisir ma présence le lundi 9 février à 13h30.
Merci pour cette invitation.

Hugo Marchetti-Diallo
""",
)

add(
    kind=RES, slug="meuse_fp_switched_to_video", company="Meuse Facility Partners", contact="j.maes@meuse-fp.example.be", lang="fr",
    frm=("Julie Maes", "j.maes@meuse-fp.example.be"),
    subject="Changement : entretien du 10/03 en visio",
    date="2026-03-06 17:35 +0100",
    cte="8bit",
    body="""Bonjour Hugo,

Merci encore pour notre appel de ce midi.

Petit changement pour mardi : notre responsable technique, Olivier Dethier, sera bloqué sur le chantier de Ciney toute la journée. L'entretien est donc maintenu le mardi 10 mars à 16h, mais il se fera en visio (Teams) plutôt qu'à nos bureaux de Jambes. Je vous envoie le lien lundi.

La visite du site se fera plus tard, si nous avançons ensemble.

Bon week-end,
Julie
""",
)

add(
    kind=RES, slug="universite_oral_reporte", company="Université Mosane", contact="rh-recrutement@umosane.example.be", lang="fr",
    frm=("UMosane - Recrutement", "rh-recrutement@umosane.example.be"),
    subject="Réf. ATP-2026-031 – Report de l’épreuve orale",
    date="2026-05-06 08:44 +0200",
    charset="windows-1252", cte="qp",
    body="""Monsieur Marchetti-Diallo,

En raison de l’indisponibilité d’un membre du jury, l’épreuve orale initialement prévue le mardi 12 mai 2026 à 14h15 est reportée au mardi 19 mai 2026, à 14h15, au même endroit.

Nous vous prions de nous confirmer votre présence à cette nouvelle date. Si celle-ci ne vous convenait pas, merci de nous le signaler au plus vite afin que nous puissions examiner une solution.

Avec nos excuses pour ce changement,

Anne-Catherine Lejeune
Cellule recrutement – Université Mosane
""",
)

add(
    kind=RES, slug="interim_jobado_decale", company="Constructions Lambiotte", contact="sarah@jobado.example.be", lang="fr",
    frm=("Sarah - Jobado Intérim", "sarah@jobado.example.be"),
    subject="Re: ENTRETIEN CHEZ LAMBIOTTE !!!",
    date="2026-02-01 18:27 +0100",
    irt="<CAKx82Lm1q9wPzA7bN3j@mail.gmail.com>",
    cte="8bit",
    body="""Re Hugo,

Changement de programme ! M. Renard m'appelle à l'instant, ils ont une livraison de grues demain matin au dépôt, il ne pourra pas te recevoir à 8h.

On décale à jeudi 5 février, même heure, même endroit. Ça te va ?? Tu me dis vite stp 🙏

Sarah

Le dim. 1 févr. 2026 à 11:02, Hugo <hugo.md@example.be> a écrit :
> Bonjour Sarah,
> C'est noté pour lundi 8h, merci beaucoup !
> Hugo
""",
)

add(
    kind=RES, slug="taleo_session_annulee_greve", company="Habitat Lillois Gestion", contact="c.deschamps@hlgestion.example.fr", lang="fr",
    frm=("Céline Deschamps", "c.deschamps@hlgestion.example.fr"),
    subject="Session de recrutement du 11 juin annulée – nouvelle date",
    date="2026-06-08 12:03 +0200",
    cte="qp",
    body="""Bonjour,

En raison du mouvement social annoncé dans les transports de la métropole jeudi 11 juin, nous sommes contraints d'annuler la session de recrutement collectif prévue ce jour-là pour le poste de Gardien-régisseur.

Elle est reportée au mardi 23 juin 2026, de 9h00 à 12h30, au même endroit (27 boulevard de la Liberté, Lille). Le déroulé reste inchangé.

Merci de nous confirmer votre présence à cette nouvelle date en répondant simplement à ce message.

Bien cordialement,

Céline Deschamps
Chargée de recrutement
Habitat Lillois Gestion
03 20 57 44 12
""",
    to=[("Hugo Marchetti-Diallo", "hugo.md@example.be")],
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
)

add(
    kind=RES, slug="ghva_calendar_cancel", company="Groupe Hospitalier Val-d'Alzette", contact="", lang="fr",
    frm=("Groupe Hospitalier Val-d'Alzette – Recrutement", "no-reply@successfactors.eu"),
    subject="Annulé : Entretien – Technicien de maintenance biomédicale et bâtiment",
    date="2026-07-14 16:21 +0200",
    cte="qp",
    body="""Monsieur Marchetti-Diallo,

Nous sommes au regret de devoir annuler l'entretien prévu le jeudi 16 juillet 2026 à 10h00, M. Reuter étant appelé en intervention sur un autre site cette semaine.

Votre candidature reste bien entendu à l'étude. Nous reviendrons vers vous dans les meilleurs délais pour vous proposer une nouvelle date.

Avec nos salutations distinguées,
Direction des Ressources Humaines
Groupe Hospitalier Val-d'Alzette

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    ical=calendar(method="CANCEL", uid="ghva-itv-2026-0716-88213@successfactors.eu", sequence=1,
              stamp="20260714T142100Z", start="20260716T100000", end="20260716T110000", tz="Europe/Luxembourg",
              summary="Annulé : Entretien – Technicien de maintenance biomédicale et bâtiment", location="GHVA site d'Esch\\, bâtiment C",
              organizer=("GHVA Recrutement", "no-reply@successfactors.eu")),
)

add(
    kind=RES, slug="startup_domotys_annule_mobile", company="Domotys", contact="maxime@domotys.example.be", lang="fr",
    frm=("Maxime Gérard", "maxime@domotys.example.be"),
    subject="demain",
    date="2026-09-29 21:54 +0200",
    cte="8bit",
    body="""Hugo dsl je dois annuler demain, panne chez un client à Dinant j'y serai toute la journée. Je te repropose lundi 5/10 même heure ? Encore désolé

Envoyé de mon iPhone
""",
)

add(
    kind=RES, slug="hospital_reschedule_outlook_chain", company="Heuvelland Ziekenhuis", contact="l.debruijn@hzmaastricht.example.nl", lang="en",
    frm=("Lotte de Bruijn", "l.debruijn@hzmaastricht.example.nl"),
    subject="RE: Interview Facility Services Coordinator - new date",
    date="2026-04-08 11:20 +0200",
    irt="<CAF3n2Wq9p0uVx1sLk=Hh7mR@mail.gmail.com>",
    html_from_body="outlook",
    cte="qp",
    body="""Dear Hugo,

Apologies for the change at short notice: Stefan has to attend an inspection by the health authority on the 14th, so we need to move your interview.

Would Thursday 16 April at 13:30 work for you instead? Same place, entrance B. I'll update the calendar invitation once you confirm.

Kind regards,
Lotte

From: Hugo Marchetti-Diallo <hugo.md@example.be>
Sent: Friday, April 3, 2026 7:52 PM
To: Lotte de Bruijn <l.debruijn@hzmaastricht.example.nl>
Subject: Re: Interview Facility Services Coordinator

Dear Ms de Bruijn,

Thank you, I have accepted the invitation for 14 April at 10:00.

Unfortunately my shift pattern changes that week, but I have already swapped with a colleague so I will be there.

Best regards,
Hugo
""",
)

add(
    kind=RES, slug="lever_rescheduled_auto", company="Beaulieu Real Estate Management", contact="", lang="en",
    frm=("Beaulieu Real Estate Management", "no-reply@hire.lever.co"),
    subject="Your interview has been rescheduled",
    date="2026-06-19 14:02 +0200",
    cte="qp",
    html="""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#222;max-width:560px">
<p><img src="https://lever-client-logos.s3.amazonaws.com/beaulieu-rem.png" alt="Beaulieu Real Estate Management" height="36"></p>
<p>Hi Hugo,</p>
<p>Your interview for <b>Technical Property Manager</b> has been rescheduled.</p>
<table cellpadding="6" style="border:1px solid #e5e5e5;border-radius:4px;font-size:14px">
<tr><td style="color:#888;text-decoration:line-through">Wednesday, June 24, 2026 · 10:00 – 10:45 CEST</td></tr>
<tr><td><b>Friday, June 26, 2026 · 15:00 – 15:45 CEST</b><br>Rue de la Loi 81, 1040 Brussels · with Marc Dubreucq, Priya Raman</td></tr>
</table>
<p>If the new time doesn't work, <a href="https://hire.lever.co/interviews/beaulieu/reschedule/c1d92e" style="color:#1565c0">choose another slot</a>.</p>
<p style="font-size:11px;color:#9a9a9a">This is an automated message sent via Lever on behalf of Beaulieu Real Estate Management. Replies to this address are not monitored.</p>
</div>
<img src="https://hire.lever.co/email/open/9de11f07.gif" width="1" height="1" alt="">
""",
)

add(
    kind=RES, slug="assessment_moved_venue", company="Caldwell & Rowe Facilities", contact="hannah.blake@caldwellrowe.example.com", lang="en",
    frm=("Hannah Blake", "hannah.blake@caldwellrowe.example.com"),
    subject="CHANGE of date - assessment day Lille",
    date="2026-08-27 08:31 +0100",
    cte="7bit",
    body="""Hi Hugo,

Quick but important update: the building management at Tour Euralille has scheduled a fire alarm test on Monday 31st, so we've had to move the assessment day to Thursday 3 September. Same timings (09:00 - 15:30) and same venue.

Can you still make it? If not, let me know and I'll see whether we can assess you individually the following week.

Thanks,
Hannah

Hannah Blake | Resourcing Partner - France & Benelux | Caldwell & Rowe Facilities
""",
)

add(
    kind=RES, slug="founder_push_3pm", company="Buildsense", contact="tom@buildsense.example.nl", lang="en",
    frm=("Tom Verhoeven", "tom@buildsense.example.nl"),
    subject="Re: Fancy a call Thursday?",
    date="2026-09-03 11:58 +0200",
    irt="<CAPv8sT1m2@mail.gmail.com>",
    cte="7bit",
    body="""can we push to 3pm? investor call ran over. same link

Tom

Sent from my iPhone

> On 2 Sep 2026, at 08:12, Hugo Marchetti-Diallo <hugo.md@example.be> wrote:
>
> Hi Tom, Thursday 2pm is perfect, talk then!
> Hugo
""",
)

add(
    kind=RES, slug="personio_termin_verschoben", company="Kappa Gebäudemanagement", contact="n.kraemer@kappa-gm.example.de", lang="de",
    frm=("Nadine Krämer", "n.kraemer@kappa-gm.example.de"),
    subject="Terminverschiebung: Ihr Vorstellungsgespräch am 8. April",
    date="2026-04-01 10:27 +0200",
    html_from_body="outlook",
    cte="qp",
    body="""Sehr geehrter Herr Marchetti-Diallo,

leider muss ich unseren Termin am Mittwoch, 8. April, verschieben, da Herr Oyelaran kurzfristig zu einem Kunden nach Düren muss.

Als Ersatztermin kann ich Ihnen Freitag, 10. April, um 9:00 Uhr anbieten – gleicher Ort, Jülicher Straße 215. Würde Ihnen das passen?

Ich bitte die Unannehmlichkeiten zu entschuldigen.

Freundliche Grüße
Nadine Krämer
Personalreferentin
Kappa Gebäudemanagement GmbH · Jülicher Straße 215 · 52070 Aachen
Geschäftsführer: Dirk Kappa, Sabine Thönnissen · Amtsgericht Aachen HRB 18842
""",
)

add(
    kind=RES, slug="klinikverbund_gespraechspartner_krank", company="Klinikverbund Rur-Eifel", contact="b.wirtz@kv-rureifel.example.de", lang="de",
    frm=("Wirtz, Bernd", "b.wirtz@kv-rureifel.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch - Leitung Hol- und Bringedienst / Haustechnik",
    date="2026-06-29 07:58 +0200",
    irt="<CAGz9yT0r4mWb@mail.gmail.com>",
    charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
    body="""Sehr geehrter Herr Marchetti-Diallo,

leider muss ich den Termin am Donnerstag, 2. Juli, absagen: Herr Dr. Offermann ist erkrankt und wird voraussichtlich bis Mitte Juli ausfallen.

Wir möchten das Gespräch unbedingt mit ihm gemeinsam führen. Sobald sein Rückkehrdatum feststeht, melde ich mich mit einem neuen Terminvorschlag bei Ihnen. Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Mit freundlichen Grüßen
Bernd Wirtz
Personalabteilung
Klinikverbund Rur-Eifel gGmbH

Von: Hugo Marchetti-Diallo <hugo.md@example.be>
Gesendet: Montag, 22. Juni 2026 20:41
An: Wirtz, Bernd <b.wirtz@kv-rureifel.example.de>
Betreff: Re: Einladung zum Vorstellungsgespräch - Leitung Hol- und Bringedienst / Haustechnik

Sehr geehrter Herr Wirtz,

vielen Dank für die Einladung. Ich bestätige gerne den Termin am 2. Juli um 9:30 Uhr.

Mit freundlichen Grüßen
Hugo Marchetti-Diallo
""",
)

add(
    kind=RES, slug="servimant_cambio_hora", company="Servimant Integral", contact="rrhh.benelux@servimant.example.com", lang="es",
    frm=("Servimant Integral - Selección", "rrhh.benelux@servimant.example.com"),
    subject="RE: Convocatoria a entrevista – cambio de hora",
    date="2026-04-27 17:09 +0200",
    irt="<CAB1k9Fq3xZ@mail.gmail.com>",
    cte="8bit",
    body="""Estimado Hugo:

Necesitamos cambiar la hora de la entrevista del miércoles 29: D. Andrés Quiroga tiene que viajar a Luxemburgo esa mañana. ¿Le vendría bien a las 16:30 del mismo día? El enlace de Teams será el mismo.

Disculpe las molestias.

Marta Peñalver
Técnica de Selección · Servimant Integral

De: Hugo Marchetti-Diallo <hugo.md@example.be>
Enviado: jueves, 23 de abril de 2026 9:02
Para: rrhh.benelux@servimant.example.com
Asunto: Re: Convocatoria a entrevista – Responsable de Mantenimiento (Luxemburgo)

Estimada Sra. Peñalver:

Confirmo mi asistencia a la entrevista del 29 de abril a las 9:00. Muchas gracias.

Un saludo,
Hugo Marchetti-Diallo
""",
)

# =========================================================================== missed-interview notices

add(
    kind=MISS, slug="syndic_attendu_14h", company="Syndic Mosan", contact="g.collard@syndicmosan.example.be", lang="fr",
    frm=("Collard Gilles", "g.collard@syndicmosan.example.be"),
    subject="Entretien de 14h",
    date="2026-02-25 15:08 +0100",
    mid="<AM9PR02MB77310D3F1A2B44C9@AM9PR02MB7731.eurprd02.prod.outlook.com>",
    charset="windows-1252", cte="8bit",
    body="""Bonjour,

Nous vous avons attendu cet après-midi à 14h00 pour l’entretien, sans nouvelles de votre part. J’ai essayé de vous joindre sur votre GSM mais je suis tombé sur la messagerie.

Pourriez-vous me dire ce qu’il en est ?

G. Collard
Syndic Mosan
""",
)

add(
    kind=MISS, slug="interim_shift_essai_non_presente", company="Clinique Sainte-Adèle", contact="kevin.dumont@axiome-interim.example.be", lang="fr",
    frm=("Kevin Dumont - Axiome Intérim", "kevin.dumont@axiome-interim.example.be"),
    subject="Journée d'essai Sainte-Adèle ce matin ??",
    date="2026-05-26 09:41 +0200",
    cte="8bit",
    body="""Hugo,

La Clinique Sainte-Adèle vient de m'appeler : tu ne t'es pas présenté ce matin à 7h pour ta journée d'essai au service logistique. Le chef d'équipe t'a attendu jusqu'à 7h45.

Je t'ai laissé deux messages vocaux. Rappelle-moi dès que tu peux, j'aimerais comprendre ce qui s'est passé avant de leur répondre, je ne veux pas griller ton profil chez eux.

Kevin
Axiome Intérim Namur – 0471 20 33 86
""",
)

add(
    kind=MISS, slug="headhunter_essaye_de_joindre", company="Hestia Search & Selection", contact="a.vanhove@hestia-search.example.be", lang="fr",
    frm=("Aurélie Van Hove", "a.vanhove@hestia-search.example.be"),
    subject="RE: Mission Facility Coordinator – premier échange",
    date="2026-05-12 11:38 +0200",
    irt="<CAM4jK0pR2sWq@mail.gmail.com>",
    cte="base64",
    body="""Bonjour Hugo,

J'ai essayé de vous joindre à trois reprises à l'heure convenue (11h00, 11h10 et 11h25) au 0478 55 21 06, sans succès, et je suis tombée à chaque fois sur votre répondeur.

J'imagine qu'un imprévu a pu survenir. Pouvez-vous me recontacter pour que nous fixions un nouveau moment ? Je suis joignable au 02 318 47 60 jusqu'à 18h.

Bien à vous,

Aurélie Van Hove
Hestia Search & Selection

-----Message d'origine-----
De : Hugo Marchetti-Diallo <hugo.md@example.be>
Envoyé : mardi 5 mai 2026 21:07
À : Aurélie Van Hove <a.vanhove@hestia-search.example.be>
Objet : Re: Mission Facility Coordinator – premier échange

Bonjour Madame Van Hove,

Mardi 12 mai à 11h me convient parfaitement, j'attendrai votre appel.

Cordialement,
Hugo
""",
)

add(
    kind=MISS, slug="commune_absent_epreuve", company="Ville de Sambreval", contact="selection@sambreval.example.be", lang="fr",
    frm=("Ville de Sambreval - Service GRH", "selection@sambreval.example.be"),
    subject="Recrutement Agent technique en chef (D7) - absence à l'épreuve écrite",
    date="2026-09-21 10:12 +0200",
    charset="iso-8859-1", cte="8bit", header_charset="iso-8859-1",
    body="""Monsieur,

Nous constatons que vous ne vous êtes pas présenté à l'épreuve écrite organisée le samedi 19 septembre 2026 à 9h00 dans le cadre du recrutement d'un agent technique en chef (D7), alors que vous aviez confirmé votre présence le 10 septembre.

Si votre absence est due à un cas de force majeure (maladie, accident, etc.), nous vous invitons à nous transmettre un justificatif au plus tard le lundi 28 septembre 2026. Le jury examinera alors la possibilité de vous faire passer l'épreuve à une date ultérieure.

Veuillez agréer, Monsieur, l'assurance de notre considération distinguée.

Service de la Gestion des Ressources Humaines
Ville de Sambreval - Grand-Place 1 - 5060 Sambreval
""",
)

add(
    kind=MISS, slug="klyma_pas_rejoint_meet", company="Klyma", contact="ines.haddad@klyma.example.be", lang="fr",
    frm=("Inès Haddad", "ines.haddad@klyma.example.be"),
    subject="tout va bien ?",
    date="2026-03-17 10:22 +0100",
    cte="8bit",
    body="""Hello Hugo,

On t'attendait ce matin à 10h sur Google Meet avec Bastien, mais tu n'as pas rejoint l'appel. On est restés connectés un petit quart d'heure.

J'espère que tout va bien ! Si c'était un souci technique ou un imprévu, pas de stress : réponds-moi et on te trouve un autre créneau.

Inès
Talent @ Klyma
""",
)

add(
    kind=MISS, slug="greenhouse_no_show_reply_to", company="Maasgebouw Services", contact="eva.smeets@maasgebouw.example.nl", lang="en",
    frm=("Maasgebouw Services via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Eva Smeets", "eva.smeets@maasgebouw.example.nl"),
    subject="We missed you today",
    date="2026-02-25 11:02 +0100",
    cte="qp",
    html=greenhouse("Maasgebouw Services", "https://s3.greenhouse-mail.io/logos/maasgebouw.png", """
<p>Hi Hugo,</p>
<p>It looks like you did not join your scheduled video interview for the Facility Coordinator role this morning at 10:00. Ruud and I waited in the call for about 15 minutes.</p>
<p>We understand that things come up. If you are still interested in the position, please reply to this e-mail within the next few days and let us know what happened, and we will see whether another slot is possible.</p>
<p>Best regards,<br>Eva Smeets<br>Recruiter, Maasgebouw Services</p>
""", "mgs-88e0d5a1"),
)

add(
    kind=MISS, slug="headhunter_waited_at_ten", company="Northgate Facilities Luxembourg", contact="james.whitcombe@talentis-exec.example.lu", lang="en",
    frm=("James Whitcombe", "james.whitcombe@talentis-exec.example.lu"),
    subject="This morning",
    date="2026-10-07 10:48 +0200",
    cte="7bit",
    body="""Hugo,

Anne Feltgen from Northgate and I waited for you at 10:00 at our offices for the Site Services Supervisor interview. We held on until 10:35 and tried your mobile twice.

I hope you're OK. Please call me as soon as you can - I need to give Northgate an explanation today.

James
+352 26 48 71 09
""",
)

add(
    kind=MISS, slug="startup_nicht_im_call", company="Raumwerk", contact="jonas@raumwerk.example.de", lang="de",
    frm=("Jonas Becker", "jonas@raumwerk.example.de"),
    subject="Call heute 16 Uhr?",
    date="2026-05-19 16:31 +0200",
    cte="qp",
    body="""Hi Hugo,

Lea und ich waren um 16:00 im Call, du warst heute leider nicht da. Haben bis 16:20 gewartet.

Alles okay bei dir? Falls der Link nicht ging oder was dazwischengekommen ist: kein Drama, schreib mir kurz, dann finden wir einen neuen Termin.

Jonas
""",
)

add(
    kind=MISS, slug="agency_probearbeitstag_nicht_erschienen", company="Wohnbau Dreiländereck", contact="t.schueller@flexwerk.example.de", lang="de",
    frm=("Tobias Schüller | Flexwerk Personal", "t.schueller@flexwerk.example.de"),
    subject="Probearbeitstag heute bei der Wohnbau Dreiländereck",
    date="2026-08-18 08:49 +0200",
    charset="windows-1252", cte="qp",
    body="""Guten Morgen Herr Marchetti-Diallo,

soeben hat mich Herr Lennartz von der Wohnbau Dreiländereck angerufen: Sie sind heute um 7:00 Uhr nicht zum vereinbarten Probearbeitstag in Aachen-Forst erschienen, und das Team konnte Sie telefonisch nicht erreichen.

Bitte melden Sie sich umgehend bei mir unter 0241 475 22-18. Ich möchte dem Kunden gerne erklären können, was passiert ist.

Beste Grüße
Tobias Schüller
Flexwerk Personal GmbH
""",
)

add(
    kind=MISS, slug="obra_te_esperamos", company="Albarracín Benelux", contact="javier.sanz@albarracin-benelux.example.be", lang="es",
    frm=("Javier Sanz", "javier.sanz@albarracin-benelux.example.be"),
    subject="Re: Entrevista encargado de obra",
    date="2026-09-30 11:15 +0200",
    irt="<CAHm0aQ9vT2wXk1@mail.gmail.com>",
    cte="8bit",
    body="""Hola Hugo, te estuvimos esperando a las 9:30 en la caseta de obra. ¿Ha pasado algo?
Te esperamos, la entrevista sigue en pie si puedes venir esta semana.
Javier

Enviado desde mi iPhone

> El 22 sept 2026, a las 19:40, Hugo Marchetti-Diallo <hugo.md@example.be> escribió:
>
> Hola Javier, perfecto, el miércoles 30 a las 9:30 estaré allí. ¡Gracias!
> Hugo
""",
)
