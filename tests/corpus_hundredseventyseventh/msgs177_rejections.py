"""Corpus 177, rejections: 31 hand-written messages (15 fr, 8 en, 4 es, 4 de)."""

from __future__ import annotations

from msgs177_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    ats_card,
    button,
    forwarded_block,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote,
)
from msgs177_other import THANKS_GESTIMMO, THANKS_NAVIGLI

K = "rejection"
MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    spec.setdefault("kind", K)
    MESSAGES.append(spec)


# ---------------------------------------------------------------- fr

_ghp = """Bonjour Maëlle,

Nous vous remercions de l'intérêt que vous portez au Groupe Hospitalier Phocéen et du temps consacré à votre candidature au poste d'Agent(e) de coordination logistique hospitalière (réf. R-04417).

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Vos données resteront enregistrées dans notre vivier pendant 24 mois ; vous pouvez à tout moment consulter nos offres et mettre à jour votre profil depuis votre espace candidat.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Groupe Hospitalier Phocéen"""
add(
    slug="ghp_workday_formal", lang="fr", company="Groupe Hospitalier Phocéen", contact="",
    frm=("Groupe Hospitalier Phocéen", "ghphoceen@myworkday.com"),
    subject="Votre candidature – Agent(e) de coordination logistique hospitalière (R-04417)",
    date="2026-02-02 16:04 +0000",
    html=ats_card("Groupe Hospitalier Phocéen", "#00567a", "Suite donnée à votre candidature",
                  paras(_ghp) + button("Accéder à mon espace candidat",
                                       "https://ghphoceen.wd3.myworkday.com/fr-FR/candidat"),
                  "Ce message a été envoyé automatiquement, merci de ne pas y répondre."),
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Recruiting")],
)

add(
    slug="calanques_terse_latin1", lang="fr", company="Calanques Propreté Services",
    contact="k.belkacem@calanques-proprete.example.fr",
    frm=("Karim Belkacem", "k.belkacem@calanques-proprete.example.fr"),
    subject="Re: Candidature chef d'équipe - site de la Joliette", subj_enc="iso-8859-1:Q",
    date="2026-01-28 07:52 +0100", charset="iso-8859-1", cte="8bit",
    reply="<CAM177.joliette.0113@mail.example.fr>",
    text="""Bonjour Madame Brunetti-Okafor,

Le poste de chef d'équipe sur la Joliette est pourvu depuis lundi, désolé. Je garde votre CV sous le coude pour la rentrée.

Bonne continuation,
K. Belkacem
Calanques Propreté Services - agence Marseille Nord
04 91 58 22 40

> Bonjour Monsieur,
> Je me permets de vous adresser ma candidature pour le poste de chef
> d'équipe propreté sur le site de la Joliette, vu sur votre page.
> Je reste disponible pour un entretien à votre convenance.
> Maëlle Brunetti-Okafor
""",
)

add(
    slug="riviera_aero_after_missed", lang="fr", company="Riviera Aéroservices",
    contact="julien.marchetti@riviera-aeroservices.example.fr",
    frm=("Julien Marchetti", "julien.marchetti@riviera-aeroservices.example.fr"),
    subject="Votre candidature – Chef d'équipe propreté aérogare",
    date="2026-03-20 14:37 +0100", reply="riviera_aero_missed_call",
    text="""Madame,

Je reviens vers vous après notre rendez-vous téléphonique manqué du 12 mars. Entre-temps, nous avons poursuivi les échanges avec d'autres personnes et la direction de l'exploitation a arrêté son choix : nous n'irons pas plus loin avec votre candidature au poste de chef d'équipe propreté aérogare.

Je vous remercie pour l'intérêt porté à Riviera Aéroservices et vous souhaite une bonne continuation.

Julien Marchetti
Chargé de recrutement
Riviera Aéroservices – Aéroport Nice Côte d'Azur, Terminal 2, 06200 Nice
Tél. 04 93 21 67 05
""",
)

add(
    slug="gestimmo_after_thanks", lang="fr", company="Gestimmo Rhône",
    contact="a.vasseur@gestimmo-rhone.example.fr",
    frm=("Aurélie Vasseur", "a.vasseur@gestimmo-rhone.example.fr", "iso-8859-1:Q"),
    subject="RE: Merci pour l'entretien de ce mardi",
    date="2026-09-24 10:12 +0200", reply="own_thanks_gestimmo",
    text=f"""Bonjour Maëlle,

Merci pour votre message, qui m'a fait plaisir. Nous avons rencontré quatre personnes et, après en avoir discuté avec M. Garnier, nous proposons le poste à une candidate qui gère déjà un parc de résidences à Villeurbanne.

Ce n'est pas une question de motivation, la vôtre était évidente. Si un poste de gardienne-coordinatrice s'ouvre sur nos résidences de Vaise, je penserai à vous.

Bien cordialement,
Aurélie Vasseur
Responsable RH – Gestimmo Rhône
27 quai Pierre-Scize, 69009 Lyon
04 78 39 12 66

{wrote("fr", "mar. 15 sept. 2026 à 18:31", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(THANKS_GESTIMMO)}
""",
)

add(
    slug="mediterranee_relays_polyclinique", lang="fr", company="Polyclinique des Oliviers",
    contact="s.terzian@mediterranee-talents.example.fr",
    frm=("Sabrina Terzian", "s.terzian@mediterranee-talents.example.fr"),
    subject="Mission Polyclinique des Oliviers – retour de la cliente",
    date="2026-04-15 11:48 +0200", reply="mediterranee_polyclinique_noshow",
    text=f"""Bonjour Maëlle,

J'ai eu Mme Roux, la cadre de santé de la Polyclinique des Oliviers, ce matin. Après l'épisode du rendez-vous du 9, elle préfère ne pas donner suite pour la mission de coordination du bio-nettoyage ; elle a confirmé une autre intérimaire dès lundi.

Je suis sincèrement désolée que ça n'ait pas pu se faire. Votre dossier reste actif chez nous et je vous appelle dès qu'une mission d'agent ou de chef d'équipe se présente sur Toulon ou La Seyne.

Sabrina Terzian
Chargée de recrutement – Méditerranée Talents Intérim
Agence de Toulon – 14 boulevard de Strasbourg, 83000 Toulon
04 94 62 30 18

{forwarded_block("fr", "Isabelle Roux <i.roux@polyclinique-oliviers.example.fr>", "mer. 15 avr. 2026 à 09:02", "Mission coordination bio-nettoyage", "Sabrina Terzian <s.terzian@mediterranee-talents.example.fr>")}

Bonjour Sabrina,
Suite à notre échange de ce matin, je vous confirme que nous ne retenons pas Mme Brunetti-Okafor pour la mission. Mme Ghazi commence lundi.
Isabelle Roux
""",
)

_provence = """Bonjour Madame Brunetti-Okafor,

Notre client, un groupe hôtelier du centre de Nice, nous a fait son retour sur les profils présentés pour le poste de gouvernante d'étage. Il ne retient pas votre candidature : il cherche quelqu'un qui a déjà encadré une équipe en hôtellerie quatre étoiles.

Cela ne change rien à votre inscription chez nous ; nous continuons à vous proposer des missions en milieu hospitalier, où votre expérience est un vrai atout.

Bien à vous,

Nicolas Aubanel
Consultant recrutement
Provence Intérim Plus – Agence Marseille Prado
112 avenue du Prado, 13008 Marseille
Tél. : 04 91 77 30 52

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur et de le supprimer."""
add(
    slug="provence_interim_client_unnamed", lang="fr", company="Provence Intérim Plus",
    contact="n.aubanel@provence-interim.example.fr",
    frm=("Nicolas Aubanel", "n.aubanel@provence-interim.example.fr"),
    subject="Votre candidature – gouvernante d’étage (Nice)", subj_enc="utf-8:B",
    date="2026-02-17 17:21 +0100", charset="windows-1252", cte="quoted-printable",
    text=_provence, html=outlook_html(mso(_provence)),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
)

add(
    slug="terrasses_on_hold", lang="fr", company="Hôtel Les Terrasses du Vieux-Port",
    contact="d.abitbol@terrasses-vieuxport.example.fr",
    frm=("Delphine Abitbol", "d.abitbol@terrasses-vieuxport.example.fr"),
    subject="Poste de gouvernante adjointe",
    date="2026-04-23 09:03 +0200", cte="8bit", reply="terrasses_ack_human",
    text="""Bonjour Madame,

Je me permets de revenir vers vous au sujet du poste de gouvernante adjointe pour lequel vous aviez postulé début avril.

La direction a décidé de geler ce recrutement jusqu'à la fin de la saison. Le poste ne sera pas ouvert cette année et le processus s'arrête donc ici, pour vous comme pour les autres candidats.

Je vous prie de nous excuser pour ce contretemps et vous remercie pour votre patience.

Delphine Abitbol
Responsable du personnel
Hôtel Les Terrasses du Vieux-Port ★★★★
18 quai de Rive-Neuve – 13007 Marseille
""",
)

_fourviere = """Madame,

Vous avez postulé le 11 mai au poste de référente hygiène des locaux. Nous tenions à vous informer que ce poste a finalement été pourvu par mobilité interne : une collaboratrice de notre service hôtelier s'est positionnée et son profil a été retenu.

Votre candidature ne pourra donc pas aboutir. Nous vous remercions de la confiance que vous nous avez accordée.

Mathilde Ferrand
Chargée de recrutement
Clinique Fourvière-Saône – 8 montée du Chemin-Neuf, 69005 Lyon"""
add(
    slug="fourviere_filled_internally", lang="fr", company="Clinique Fourvière-Saône",
    contact="m.ferrand@fourviere-saone.example.fr",
    frm=("Service recrutement – Clinique Fourvière-Saône", "recrutement@fourviere-saone.example.fr"),
    reply_to=("Mathilde Ferrand", "m.ferrand@fourviere-saone.example.fr"),
    subject="Référente hygiène des locaux – votre candidature",
    date="2026-06-04 15:26 +0200",
    text=_fourviere, html=simple_html(paras(_fourviere)),
)

add(
    slug="cigales_casual_friend", lang="fr", company="Clinique des Cigales",
    contact="nadia.ferhat@clinique-cigales.example.fr",
    frm=("Nadia Ferhat", "nadia.ferhat@clinique-cigales.example.fr"),
    subject="bon... pas cette fois 😕", subj_enc="utf-8:B",
    date="2026-06-11 21:47 +0200", cte="base64",
    text="""Coucou Maëlle,

Je voulais pas que tu l'apprennes par un courrier tout froid des RH, alors je t'écris direct. La direction a pris quelqu'un d'autre pour le poste de coordo, une fille qui vient de chez un prestataire et qui connaît déjà leur logiciel de planning. J'ai poussé ton nom, je te jure, mais c'est eux qui tranchent.

Garde le moral, hein, t'as le profil, ça va finir par passer. Je t'appelle ce week-end.

Bises,
Nadia
(Clinique des Cigales, service hôtelier – Aubagne)
""",
)

_bellerade = """Chère Madame Brunetti-Okafor,

Je vous remercie encore d'avoir accepté de décaler notre rencontre au 13 août et pour la qualité de nos échanges.

Notre choix s'est porté sur une candidate déjà en poste dans un palace de la Principauté, dont la connaissance de nos standards a fait la différence. Il ne nous est donc pas possible de vous proposer ce poste.

Je me permets de conserver vos coordonnées pour l'ouverture de notre annexe de Fontvieille au printemps prochain.

Avec mes salutations distinguées,

Giulia Ferrero-Maurin
Directrice des ressources humaines
Hôtel Belle Rade Monte-Carlo
7 avenue de la Costa – MC 98000 Monaco
+377 97 70 41 12

Les informations contenues dans ce courriel sont confidentielles. Toute diffusion non autorisée est interdite."""
add(
    slug="bellerade_after_interview", lang="fr", company="Hôtel Belle Rade Monte-Carlo",
    contact="g.ferrero@bellerade.example.mc",
    frm=("Giulia Ferrero-Maurin", "g.ferrero@bellerade.example.mc"),
    subject="Poste d'assistante gouvernante générale",
    date="2026-08-24 16:10 +0200", reply="bellerade_new_slot",
    text=_bellerade, html=simple_html(paras(_bellerade)),
)

_azurel = """Bonjour Maëlle,

Merci d'avoir postulé au poste de Coordinateur·rice multi-sites (Nice Est) chez Azurel Facility.

Nous avons reçu de nombreuses candidatures et avons décidé de poursuivre avec des personnes dont le parcours est plus proche des exigences du poste, notamment en pilotage de sous-traitants.

Nous garderons votre profil dans notre base de talents et n'hésiterons pas à vous recontacter si une opportunité adaptée se présente.

L'équipe Talents d'Azurel Facility"""
add(
    slug="azurel_teamtailor", lang="fr", company="Azurel Facility", contact="",
    frm=("Azurel Facility", "no-reply@teamtailor-mail.com"),
    subject="Votre candidature chez Azurel Facility",
    date="2026-03-03 08:15 +0000",
    text=_azurel,
    html=ats_card("Azurel Facility", "#e4572e", "Coordinateur·rice multi-sites (Nice Est)",
                  paras(_azurel), "Propulsé par Teamtailor · Gérer mes données"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="verdier_relays_bellecour", lang="fr", company="Résidences Bellecour",
    contact="elodie.verdier@verdier-associes.example.fr",
    frm=("Élodie Verdier", "elodie.verdier@verdier-associes.example.fr", "utf-8:B"),
    subject="Résidences Bellecour – décision",
    date="2026-06-12 12:20 +0200", reply="verdier_bellecour_interview", cte="8bit",
    text="""Bonjour Maëlle,

Comme promis, je vous appelle demain mais je préfère vous écrire d'abord : les Résidences Bellecour ont retenu une autre candidate, plus senior sur la gestion des prestataires de maintenance. Le directeur a beaucoup apprécié votre franchise et votre connaissance du terrain, ce n'est pas une formule.

De mon côté, je garde votre dossier en tête pour deux missions qui démarrent à la rentrée.

Élodie Verdier
Cabinet Verdier & Associés – recrutement services généraux
6 rue Grenette, 69002 Lyon
06 62 18 40 93
""",
)

add(
    slug="roseraie_letter_pdf", lang="fr", company="EMS La Roseraie du Lac",
    contact="c.dubuis@roseraie-du-lac.example.ch",
    frm=("Corinne Dubuis", "c.dubuis@roseraie-du-lac.example.ch"),
    subject="Votre candidature – Responsable intendance",
    date="2026-07-02 10:44 +0200",
    text="""Madame,

Veuillez trouver ci-joint notre courrier relatif à votre candidature au poste de responsable intendance. Nous regrettons de ne pouvoir y donner une suite favorable.

Avec nos meilleures salutations,

Corinne Dubuis
Ressources humaines
Fondation EMS La Roseraie du Lac
Chemin de la Roseraie 12 – 1226 Thônex (GE)
+41 22 869 30 40
""",
    attach=[{"type": "pdf", "name": "Réponse_candidature_Brunetti-Okafor.pdf", "lines": [
        "Fondation EMS La Roseraie du Lac - Ressources humaines",
        "Thônex, le 2 juillet 2026",
        "Madame Maëlle Brunetti-Okafor",
        "",
        "Concerne : poste de responsable intendance (80-100 %)",
        "",
        "Madame,",
        "Nous avons pris connaissance de votre dossier avec intérêt.",
        "Après examen de l'ensemble des candidatures, nous avons retenu",
        "un profil disposant d'une expérience en établissement médico-social",
        "genevois. Nous ne pouvons donc pas donner suite à votre offre de service.",
        "",
        "Corinne Dubuis, Ressources humaines",
    ]}],
)

_syndic = """Madame,

Suite à l’annulation de notre rendez-vous du 8 octobre, nous avons pris le temps de réexaminer le poste de coordinatrice technique des copropriétés.

Nous avons finalement choisi de le confier à un profil issu du bâtiment, en interne, qui connaît déjà nos immeubles de la Belle de Mai. Nous ne donnerons donc pas suite à votre candidature, et nous le regrettons : votre expérience du terrain nous a touchés, c’est un métier qu’on fait avec le cœur.

Je vous souhaite le meilleur pour la suite.

Frédéric Castellane
Directeur de l’exploitation
Syndic Horizon Provence SAS – 41 boulevard Longchamp – 13001 Marseille
Tél. 04 91 50 27 83

Syndic Horizon Provence SAS au capital de 50 000 € – RCS Marseille 812 345 678. Ce courriel et ses éventuelles pièces jointes sont strictement confidentiels.

""" + outlook_block("fr", "Frédéric Castellane", "lundi 5 octobre 2026 08:45", "Maëlle Brunetti-Okafor", "Annulé : Entretien – coordinatrice technique des copropriétés") + """

Madame,

Je suis contraint d’annuler notre entretien de jeudi 8 octobre à 10h : une réorganisation interne du service technique est en cours et nous devons revoir le périmètre du poste avant de poursuivre les rencontres.

Votre candidature n’est pas écartée ; nous reviendrons vers vous dès que possible."""
add(
    slug="syndic_outlook_cp1252", lang="fr", company="Syndic Horizon Provence",
    contact="f.castellane@horizon-provence.example.fr",
    frm=("Frédéric Castellane", "f.castellane@horizon-provence.example.fr", "iso-8859-1:Q"),
    subject="Poste de coordinatrice technique – suite",
    date="2026-10-16 18:02 +0200", reply="syndic_cancel_ics",
    charset="windows-1252", cte="quoted-printable",
    text=_syndic, html=outlook_html(mso(_syndic)),
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Poste de coordinatrice technique")],
)

_nettalia = """Bonjour Maëlle,

Merci pour votre candidature au poste de Chef de site propreté – Toulon Ouest.

Votre parcours a retenu toute notre attention, mais nous ne sommes pas en mesure de vous proposer un entretien pour ce poste : d'autres candidatures correspondaient mieux aux besoins immédiats du site.

Nous vous invitons à suivre nos prochaines offres sur notre page carrières.

Cordialement,
L'équipe recrutement Nettalia FM"""
add(
    slug="nettalia_smartrecruiters", lang="fr", company="Nettalia FM", contact="",
    frm=("Nettalia FM", "noreply@smartrecruiters.com"),
    subject="Mise à jour de votre candidature chez Nettalia FM", subj_enc="iso-8859-1:B",
    date="2026-08-10 06:30 +0000", cte="base64",
    html=ats_card("Nettalia FM", "#1d4ed8", "Chef de site propreté – Toulon Ouest",
                  paras(_nettalia),
                  "Vous recevez cet e-mail car vous avez postulé via SmartRecruiters."),
    headers=[("Auto-Submitted", "auto-generated")],
)

# ---------------------------------------------------------------- en

add(
    slug="navigli_after_thanks", lang="en", company="Navigli Facility Partners",
    contact="chiara.bellandi@navigli-fp.example.it",
    frm=("Chiara Bellandi via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Chiara Bellandi", "chiara.bellandi@navigli-fp.example.it"),
    subject="Re: Thank you – Facilities Coordinator interview",
    date="2026-06-26 11:05 +0200", reply="own_thanks_navigli",
    text=f"""Dear Maëlle,

Thank you for your kind note after Thursday's conversation, and for the time you gave us.

The panel met yesterday. It was a close call, but we have decided to offer the role to a candidate who has already run multi-site soft-services contracts in Lombardy, which matters a lot for the first months of this contract. I know that is not the news you were hoping for.

Your Italian is coming along well and your ward experience came through clearly; please do keep an eye on our openings.

Best wishes,
Chiara Bellandi
Talent Partner, Navigli Facility Partners
Via Vigevano 18, 20144 Milano
+39 02 8736 4410

{wrote("en", "Thu, 18 Jun 2026 at 19:02", CANDIDATE_NAME, CANDIDATE_ADDR)}
{quote(THANKS_NAVIGLI)}
""",
)

_harbour = """Hi Maëlle,

Thank you for your interest in the Housekeeping Operations Coordinator role at Harbourline Hospitality Group.

After careful review we've decided to move forward with candidates whose experience more closely matches the requirements of this position.

We appreciate the time you put into your application and wish you every success.

Harbourline Hospitality Group – Talent Team
Harbourline Hospitality Group S.A.M., 2 boulevard des Moulins, 98000 Monaco"""
add(
    slug="harbourline_ashby", lang="en", company="Harbourline Hospitality Group", contact="",
    frm=("Harbourline Hospitality Group", "no-reply@ashbyhq.com"),
    subject="Update on your application – Housekeeping Operations Coordinator",
    date="2026-03-18 13:40 +0000", cte="7bit" if _harbour.isascii() else "quoted-printable",
    text=_harbour,
    html=ats_card("Harbourline Hospitality Group", "#0b3954", "Your application",
                  paras(_harbour), "Sent with Ashby", lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="lombardy_on_hold", lang="en", company="Lombardy Airport Services",
    contact="davide.sala@lombardy-airport.example.it",
    frm=("Davide Sala", "davide.sala@lombardy-airport.example.it"),
    subject="Terminal Cleaning Supervisor – status of your application",
    date="2026-03-05 09:58 +0100", reply="lombardy_missed_call",
    text="""Dear Ms Brunetti-Okafor,

I wanted to let you know where things stand. Following a review of our contract volumes for the summer, the Terminal Cleaning Supervisor role has been put on hold and we will not proceed with any of the current applications, including yours.

I'm sorry we never managed to have our call. If the position reopens later in the year it will be advertised again and you would be welcome to reapply.

Kind regards,
Davide Sala
HR Business Partner
Lombardy Airport Services
Terminal 1, 21010 Ferno (VA), Italy
""",
)

add(
    slug="kestrel_relays_larvotto", lang="en", company="Larvotto Gardens Residences",
    contact="oliver.hastings@kestrel-search.example.co.uk",
    frm=("Oliver Hastings", "oliver.hastings@kestrel-search.example.co.uk"),
    subject="Larvotto Gardens – feedback",
    date="2026-04-17 16:55 +0100", reply="kestrel_larvotto_moved", cte="7bit",
    text="""Hi Maelle,

Larvotto Gardens came back to me this afternoon. They won't be taking things further with you for the Residence Services Coordinator post - they've gone for someone who has run a concierge team in a residential tower before, and that tipped it.

For what it's worth the feedback on you personally was warm: organised, calm, practical. I'd like to keep working with you; there is a hospital FM brief in Nice coming my way next month.

Speak soon,
Oliver

Oliver Hastings | Principal Consultant, Facilities & Hospitality
Kestrel Search Partners | 22 Bedford Row, London WC1R 4JS
+44 20 7946 0318
""",
)

add(
    slug="brightwater_terse", lang="en", company="Brightwater Property Management",
    contact="tom@brightwater-pm.example.it",
    frm=("Tom Reilly", "tom@brightwater-pm.example.it"),
    subject="Re: Thursday", date="2026-06-03 18:22 +0200", reply="brightwater_casual_chat",
    text="""Hi Maëlle – we've gone with someone local who can start straight away. Thanks for coming in, and good luck.

Tom

Sent from my phone
""",
)

_gir = """Dear Maëlle,

Thank you for applying for the position of Residence Operations Assistant at Geneva International Residence.

We have now completed our review. Unfortunately, we will not be progressing your application on this occasion.

If you have questions, you can reply to this email and it will reach our recruiter.

Kind regards,
Priya Natarajan
Talent Acquisition – Geneva International Residence"""
add(
    slug="gir_lever_formal", lang="en", company="Geneva International Residence",
    contact="priya.natarajan@gir-geneva.example.ch",
    frm=("Geneva International Residence", "no-reply@hire.lever.co"),
    reply_to=("Priya Natarajan", "priya.natarajan@gir-geneva.example.ch"),
    subject="Your application to Geneva International Residence",
    date="2026-02-13 15:12 +0000", text=_gir,
    html=simple_html(paras(_gir), lang="en"),
)

add(
    slug="brera_role_withdrawn", lang="en", company="Clinica Internazionale Brera", contact="",
    frm=("Clinica Internazionale Brera", "careers-brera@talent.icims.com"),
    subject="Environmental Services Coordinator (Req 2026-118)",
    date="2026-05-06 07:45 +0000", reply="brera_assessment_day",
    text="""Dear Maëlle Brunetti-Okafor,

We are writing to all candidates who attended our assessment morning on 29 April.

Following an internal reorganisation of our hospitality and cleaning services, the position of Environmental Services Coordinator has been withdrawn. Your application will therefore not move forward. This decision is not a reflection of your performance on the day.

Thank you for the time and effort you invested.

Human Resources
Clinica Internazionale Brera
This mailbox is not monitored.
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

_paquis = """Dear Maëlle,

I'm sorry to tell you that we won't be progressing your application for Assistant Executive Housekeeper this time. We were looking for someone with a little more hotel-side experience, particularly with linen contracts and night cleaning teams.

Thank you for thinking of the Pâquis Harbour Hotel, and I hope our paths cross again.

Warm regards,

Sophie Lindqvist
People & Culture Manager
Pâquis Harbour Hotel · Rue de Berne 40 · 1201 Genève
+41 22 716 55 20"""
add(
    slug="paquis_html_base64", lang="en", company="Pâquis Harbour Hotel",
    contact="s.lindqvist@paquis-harbour.example.ch",
    frm=("Sophie Lindqvist – Pâquis Harbour Hotel", "s.lindqvist@paquis-harbour.example.ch",
         "utf-8:B"),
    subject="Your application – Assistant Executive Housekeeper",
    date="2026-10-09 12:31 +0200", cte="base64",
    html=simple_html(paras(_paquis), lang="en"),
)

# ---------------------------------------------------------------- es

_llevant = """Hola Maëlle:

Gracias por tu interés en la vacante de Coordinadora de Servicios de Limpieza (Poblenou) y por el tiempo dedicado al proceso.

Hemos revisado todas las candidaturas y lamentamos comunicarte que en esta ocasión no vamos a continuar con la tuya. Buscamos un perfil con experiencia previa en grandes oficinas corporativas.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Selección
Servicios Integrales Llevant"""
add(
    slug="llevant_workable", lang="es", company="Servicios Integrales Llevant", contact="",
    frm=("Servicios Integrales Llevant", "noreply@workablemail.com"),
    subject="Tu candidatura en Servicios Integrales Llevant",
    date="2026-04-20 10:00 +0000", text=_llevant,
    html=ats_card("Servicios Integrales Llevant", "#16a34a", "Coordinadora de Servicios de Limpieza",
                  paras(_llevant), "Powered by Workable", lang="es"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="marimuntanya_after_thanks", lang="es", company="Hospital Mar i Muntanya",
    contact="nferrer@hmarimuntanya.example.es",
    frm=("Núria Ferrer Vila", "nferrer@hmarimuntanya.example.es"),
    subject="RE: Gracias por la entrevista del jueves",
    date="2026-07-09 13:18 +0200", reply="marimuntanya_cancel_oncall",
    text=f"""Estimada Maëlle:

Te agradezco mucho tu correo y el interés que mostraste durante la entrevista.

Tras valorar a las tres finalistas, la dirección de Servicios Generales ha optado por una persona que ya trabaja en nuestro hospital como gobernanta de noche. No podemos, por tanto, ofrecerte el puesto de coordinadora de limpieza hospitalaria.

Guardaremos tu currículum para futuras vacantes y te deseo lo mejor.

Un saludo,
Núria Ferrer Vila
Responsable de Selección
Hospital Mar i Muntanya – Passeig Marítim 82, 08003 Barcelona
Tel. 93 221 48 60

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario. De acuerdo con la normativa de protección de datos, puede ejercer sus derechos escribiendo a dpo@hmarimuntanya.example.es.

{wrote("es", "jue, 2 jul 2026 a las 20:14", CANDIDATE_NAME, CANDIDATE_ADDR)}
> Estimada Sra. Ferrer:
>
> Muchas gracias por la entrevista de esta mañana y por la visita a las
> plantas de hospitalización. Me ha gustado mucho conocer al equipo de noche.
> Quedo a su disposición para cualquier información adicional.
>
> Un saludo cordial,
> Maëlle Brunetti-Okafor
""",
)

add(
    slug="talentia_relays_fincas", lang="es", company="Gestión de Fincas Diagonal",
    contact="jordi.pons@talentia-temporal.example.es",
    frm=("Jordi Pons", "jordi.pons@talentia-temporal.example.es"),
    subject="Proceso Gestión de Fincas Diagonal",
    date="2026-03-06 12:40 +0100", reply="talentia_fincas_interview",
    text="""Hola Maëlle,

Te escribo con la respuesta de nuestro cliente Gestión de Fincas Diagonal: han seleccionado a otra candidata para la coordinación de conserjes y limpieza de sus comunidades en l'Eixample. Valoraron tu experiencia, pero prefieren a alguien con catalán fluido para tratar con los presidentes de escalera.

Sigues inscrita en Talentia y te tengo en cuenta para las próximas misiones.

Un abrazo,
Jordi Pons
Consultor – Talentia Temporal Barcelona
Carrer de Balmes 150, 08008 Barcelona
""",
)

add(
    slug="prat_terse_latin1", lang="es", company="Serveis Aeroportuaris del Prat",
    contact="mrius@serveis-prat.example.es",
    frm=("Montse Rius", "mrius@serveis-prat.example.es", "iso-8859-1:Q"),
    subject="Plaza de supervisora de limpieza T1", subj_enc="iso-8859-1:Q",
    date="2026-09-28 08:17 +0200", charset="iso-8859-1", cte="quoted-printable",
    reply="prat_missed_call",
    text="""Hola Maëlle:

La plaza de supervisora de limpieza de la T1 ya está cubierta. Cerramos el proceso.

Gracias y suerte.

Montse Rius
Serveis Aeroportuaris del Prat
""",
)

# ---------------------------------------------------------------- de

add(
    slug="mainhafen_internal", lang="de", company="Mainhafen Klinikum",
    contact="k.woerner@mainhafen-klinikum.example.de",
    frm=("Katrin Wörner", "k.woerner@mainhafen-klinikum.example.de", "utf-8:B"),
    subject="AW: Absage des Termins am 30. April",
    date="2026-05-12 14:06 +0200", reply="mainhafen_cancel_ics",
    text=f"""Sehr geehrte Frau Brunetti-Okafor,

wie angekündigt melde ich mich noch einmal bei Ihnen. Wir haben die Stelle der Koordinatorin Hauswirtschaft und Reinigungsdienste inzwischen mit einer internen Kollegin aus der Bettenaufbereitung besetzt. Einen neuen Gesprächstermin wird es daher leider nicht geben.

Für Ihr Interesse am Mainhafen Klinikum danke ich Ihnen herzlich und wünsche Ihnen für Ihre weitere Suche alles Gute.

Mit freundlichen Grüßen
Katrin Wörner
Personalreferentin
Mainhafen Klinikum gGmbH · Uferstraße 12 · 60314 Frankfurt am Main
Tel. 069 4071 2263

Mainhafen Klinikum gGmbH – Sitz Frankfurt am Main – Amtsgericht Frankfurt HRB 99417 – Geschäftsführung: Dr. Anke Brehm

{wrote("de", "Di., 28. Apr. 2026 um 09:12 Uhr", "Katrin Wörner", "k.woerner@mainhafen-klinikum.example.de")}
> Sehr geehrte Frau Brunetti-Okafor,
>
> leider müssen wir unser Vorstellungsgespräch am Donnerstag, 30. April,
> um 10:00 Uhr absagen. Wir melden uns in den nächsten Tagen wieder bei
> Ihnen.
""",
)

_rmg = """Sehr geehrte Frau Brunetti-Okafor,

vielen Dank für Ihre Bewerbung als Objektleiterin (m/w/d) Unterhaltsreinigung und das damit verbundene Interesse an unserem Unternehmen.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rhein-Main Gebäudedienste GmbH"""
add(
    slug="rheinmain_personio", lang="de", company="Rhein-Main Gebäudedienste", contact="",
    frm=("Rhein-Main Gebäudedienste GmbH", "no-reply@personio.de"),
    subject="Ihre Bewerbung als Objektleiterin (m/w/d) Unterhaltsreinigung",
    date="2026-07-14 09:20 +0000", text=_rmg,
    html=ats_card("Rhein-Main Gebäudedienste GmbH", "#7c3aed", "Ihre Bewerbung", paras(_rmg),
                  "Diese E-Mail wurde automatisch über Personio versendet.", lang="de"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    slug="zeitwerk_relays_westend", lang="de", company="Hotel Westend Carré",
    contact="j.boettcher@zeitwerk-personal.example.de",
    frm=("Jan Böttcher", "j.boettcher@zeitwerk-personal.example.de", "iso-8859-1:Q"),
    subject="Rückmeldung Hotel Westend Carré",
    date="2026-02-25 15:44 +0100", reply="zeitwerk_westend_moved",
    charset="iso-8859-1", cte="8bit",
    text="""Hallo Frau Brunetti-Okafor,

ich habe heute mit der Hausdame vom Hotel Westend Carré telefoniert. Das Hotel hat sich für eine Bewerberin entschieden, die schon als stellvertretende Hausdame in Frankfurt gearbeitet hat. Für Sie geht es dort also leider nicht weiter.

Ich bleibe für Sie dran - gerade im Klinikbereich kommen bei uns regelmäßig Anfragen rein.

Viele Grüße
Jan Böttcher
Personaldisponent
Zeitwerk Personal GmbH - Niederlassung Frankfurt
Hanauer Landstraße 88, 60314 Frankfurt am Main
Tel. 069 2573 118-0
""",
)

add(
    slug="aeromain_on_hold", lang="de", company="AeroMain Facility Services", contact="",
    frm=("AeroMain Facility Services GmbH", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung - Teamleitung Reinigung Terminal (Req. 30772)",
    subj_enc="iso-8859-1:B",
    date="2026-09-03 05:12 +0000", charset="iso-8859-1", cte="quoted-printable",
    reply="aeromain_not_reachable",
    text="""Sehr geehrte Frau Brunetti-Okafor,

die Besetzung der Position "Teamleitung Reinigung Terminal" wurde aus organisatorischen Gründen bis auf Weiteres ausgesetzt. Das Auswahlverfahren wird daher eingestellt; Ihre Bewerbung kann nicht weiter berücksichtigt werden.

Wir danken Ihnen für Ihr Interesse an der AeroMain Facility Services GmbH.

Mit freundlichen Grüßen
Personalabteilung
AeroMain Facility Services GmbH

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
    headers=[("Auto-Submitted", "auto-generated")],
)
