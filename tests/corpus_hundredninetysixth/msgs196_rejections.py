"""Corpus 196: the 31 rejections, each written by hand (fr 15, en 8, de 4, es 4)."""

from __future__ import annotations

from msgs196_common import (
    ats_card,
    outlook_block,
    outlook_html,
    outlook_reply,
    reply,
    rfc822,
)
from msgs196_other import THANKS_LEMANIQUE, THANKS_PENHALLOW

MESSAGES: list[dict] = []

# ------------------------------------------------------------------ fr

_t = """Madame Grünewald-Sow,

Nous vous remercions de l'intérêt que vous portez à la Banque Pyrène et du temps consacré à votre candidature au poste de Chargée de recrutement junior (réf. BP-2026-031).

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que celui-ci n'a pas été retenu.

Sauf opposition de votre part, vos données resteront deux ans dans notre vivier afin que nous puissions vous recontacter si une opportunité proche de votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos démarches.

La Direction des Ressources Humaines
Banque Pyrène"""
MESSAGES.append(dict(
    id="pyrene_taleo_formal", kind="rejection", lang="fr", company="Banque Pyrène", contact="",
    frm=("Banque Pyrène Recrutement", "banquepyrene@taleo.net"), frm_enc=("iso-8859-1", "Q"),
    subject="Votre candidature - Chargée de recrutement junior (réf. BP-2026-031)",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-04-21 18:03 +0200", parent="pyrene_taleo_ack",
    html=ats_card("Banque Pyrène", "#8b1e3f", _t,
                  footer="Ce message a été envoyé automatiquement, merci de ne pas y répondre.\n"
                         "Banque Pyrène - 12 allées Jean-Jaurès - 31000 Toulouse"),
    charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Taleo Enterprise Edition")],
))

_t = """Bonjour Anaïs,

Merci d'avoir postulé chez Maison Caudéran pour le poste d'Assistante RH boutiques.

Nous avons lu votre candidature avec attention. Nous avons finalement décidé d'avancer avec des candidates et candidats dont l'expérience correspond plus étroitement aux besoins actuels de nos boutiques bordelaises, notamment sur la paie et l'administration du personnel.

Votre parcours en cabine nous a beaucoup plu, et nous vous encourageons à garder un œil sur notre page carrières.

Belle journée,
Hélène Marchetti
Responsable RH Boutiques - Maison Caudéran"""
MESSAGES.append(dict(
    id="cauderan_recruitee_soft", kind="rejection", lang="fr", company="Maison Caudéran",
    contact="",
    frm=("Maison Caudéran - Recrutement", "no-reply@jobs.recruitee.com"),
    subject="Votre candidature chez Maison Caudéran",
    date="2026-05-12 10:26 +0200", parent="cauderan_recruitee_ack",
    text=_t,
    html=ats_card("Maison Caudéran", "#2e5e4e", _t,
                  footer="Envoyé via Recruitee pour le compte de Maison Caudéran. "
                         "Gérer mes données : https://maisoncauderan.recruitee.com/privacy"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = reply("""Chère Madame Grünewald-Sow,

Merci pour votre message, qui m'a fait plaisir, et pour la qualité de notre échange de jeudi.

Je dois malheureusement vous annoncer que nous avons arrêté notre choix sur une autre personne, qui dispose déjà d'une pratique de la banque privée et de nos outils de sourcing. Votre sens du contact et votre calme ont été très appréciés par Monsieur Perrottet, et je me permettrai de vous écrire si un poste d'assistante RH s'ouvre à Genève dans les prochains mois.

Avec mes meilleures salutations,

Sophie Aeschlimann
Talent Acquisition Partner
Banque Lémanique SA - Rue du Mont-Blanc 9 - 1201 Genève
+41 22 555 18 40

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire. La Banque Lémanique décline toute responsabilité quant à l'intégrité des messages transmis par Internet.""",
           "fr", "2026-05-07 18:30", "Anaïs Grünewald-Sow", "anais.gs@example.fr", THANKS_LEMANIQUE)
MESSAGES.append(dict(
    id="lemanique_after_interview_quote", kind="rejection", lang="fr",
    company="Banque Lémanique", contact="s.aeschlimann@banque-lemanique.example.ch",
    frm=("Sophie Aeschlimann", "s.aeschlimann@banque-lemanique.example.ch"),
    subject="RE: Merci pour l'entretien de ce matin",
    date="2026-05-13 11:48 +0200", parent="own_thanks_lemanique",
    text=_t, cte="8bit",
))

_inner_text = """Bonjour Julien,

Nous avons bien rencontré Mme Grünewald-Sow la semaine dernière, à la seconde date proposée. Après réflexion avec Mme Salles, nous préférons ne pas aller plus loin : nous cherchons quelqu'un qui a déjà géré des plannings d'intérimaires en entrepôt, et ce n'est pas encore son cas.

Merci pour la présentation, on reste preneurs d'autres profils.

Patrice Gaillac
Responsable d'exploitation - Daurade Logistique
ZI de Fondeyre, 31200 Toulouse"""
_inner = dict(
    id="daurade_internal_no", frm=("Patrice Gaillac", "p.gaillac@daurade-logistique.example.fr"),
    to=[("Julien Estrade", "julien.estrade@capitole-interim.example.fr")],
    subject="Candidature Mme Grünewald-Sow - assistante RH site Fondeyre",
    date="2026-02-16 17:52 +0100", text=_inner_text,
)
_t = """Bonjour Anaïs,

Je vous transfère ci-joint le retour de Daurade Logistique, reçu ce soir. Je préfère être transparent : ils ne retiendront pas votre candidature pour le poste d'assistante RH du site de Fondeyre.

Leur argument tient surtout à l'expérience des plannings d'intérimaires, pas à votre présentation, qui leur a plu. De mon côté je garde votre dossier actif et je vous appelle dès que j'ai une mission administrative RH qui colle mieux.

Bonne soirée,

Julien Estrade
Chargé de recrutement - Capitole Intérim
5 boulevard Lazare-Carnot, 31000 Toulouse
05 61 55 20 14"""
MESSAGES.append(dict(
    id="capitole_relay_client", kind="rejection", lang="fr", company="Daurade Logistique",
    contact="julien.estrade@capitole-interim.example.fr",
    frm=("Julien Estrade", "julien.estrade@capitole-interim.example.fr"),
    subject="Tr: Candidature Mme Grünewald-Sow - assistante RH site Fondeyre",
    date="2026-02-16 19:14 +0100", parent="capitole_client_waited",
    text=_t, attach=[rfc822(_inner)],
))

_t = """Bonjour Anaïs,

Nous revenons vers vous concernant le poste de Gestionnaire recrutement (CDD 12 mois) pour lequel vous avez rencontré notre équipe.

La direction a décidé de geler ce recrutement : le poste est mis en suspens pour une durée indéterminée et nous ne donnerons donc pas suite à votre candidature ni aux autres candidatures en cours.

Cette décision ne reflète en rien la qualité de votre profil. Si le besoin est réouvert, l'offre sera publiée à nouveau sur notre site et nous serons heureux de recevoir votre candidature.

Cordialement,
L'équipe Ressources Humaines
Occitane Avionique"""
MESSAGES.append(dict(
    id="occitane_on_hold", kind="rejection", lang="fr", company="Occitane Avionique", contact="",
    frm=("Occitane Avionique", "noreply@smartrecruiters.com"),
    subject="Gestionnaire recrutement (CDD) - information sur votre candidature",
    date="2026-04-01 09:31 +0200", parent="occitane_interviewer_ill",
    text=_t,
    html=ats_card("Occitane Avionique", "#00558c", _t,
                  footer="Powered by SmartRecruiters - Politique de confidentialité"),
    cte="b64", headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="airpastel_terse", kind="rejection", lang="fr", company="Air Pastel",
    contact="lea.fournier@airpastel.example.fr",
    frm=("Léa Fournier", "lea.fournier@airpastel.example.fr"),
    subject="Journée de sélection du 10 mars",
    date="2026-03-13 17:48 +0100", parent="airpastel_assessment_moved",
    text="""Bonjour Anaïs,

Ce ne sera pas pour nous cette fois-ci, désolée. Le jury a retenu deux profils plus orientés paie.

Bonne continuation,
Léa

--
Léa Fournier | Chargée de recrutement | Air Pastel
Aéroport Toulouse-Blagnac, Bât. 4, 31700 Blagnac""",
    cte="8bit",
))

_new = """Bonsoir Anaïs,

Je sors d'un point avec la directrice des ressources humaines de Lutèce Hôtels. Elle a tranché en faveur de l'autre finaliste, qui a déjà piloté des recrutements saisonniers pour un groupe hôtelier, et c'est sur ce point précis que la décision s'est jouée.

Je sais que vous étiez très investie dans ce process et je tenais à vous l'annoncer moi-même plutôt que par un courriel type. Je vous propose un appel la semaine prochaine pour faire un débrief complet et parler de la suite : j'ai d'autres mandats en cours où votre double culture aérien / service peut peser.

Bien à vous,

Bérénice Lacombe
Associée - Vauban Talents
14 rue de la Pépinière, 75008 Paris
+33 1 84 60 22 71

Ce courriel et ses pièces jointes sont confidentiels. Toute diffusion ou utilisation non autorisée est interdite. Vauban Talents SAS - RCS Paris 000 000 000."""
_qh = outlook_block("fr", "Bérénice Lacombe <b.lacombe@vauban-talents.example.fr>",
                    "lundi 9 mars 2026 09:35", "Anaïs Grünewald-Sow <anais.gs@example.fr>",
                    "Lutèce Hôtels - entretien décalé au 18 mars")
_qt = """Bonjour Anaïs,

Petit changement : Mme Ravel doit s'absenter mercredi, l'entretien chez Lutèce Hôtels est décalé au mercredi 18 mars, même heure (15h00), même adresse.

Bérénice"""
MESSAGES.append(dict(
    id="lutece_headhunter", kind="rejection", lang="fr", company="Lutèce Hôtels",
    contact="b.lacombe@vauban-talents.example.fr",
    frm=("Bérénice Lacombe", "b.lacombe@vauban-talents.example.fr"),
    subject="RE: Lutèce Hôtels - entretien décalé au 18 mars",
    date="2026-03-26 19:02 +0100", parent="vauban_client_postponed",
    text=outlook_reply(_new, "fr", "Bérénice Lacombe <b.lacombe@vauban-talents.example.fr>",
                       "lundi 9 mars 2026 09:35", "Anaïs Grünewald-Sow <anais.gs@example.fr>",
                       "Lutèce Hôtels - entretien décalé au 18 mars", _qt),
    html=outlook_html(_new, lang="fr", quoted_head=_qh, quoted=_qt),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

MESSAGES.append(dict(
    id="medoc_filled_internally", kind="rejection", lang="fr", company="Médoc Aéro Services",
    contact="c.dubos@medoc-aero.example.fr",
    frm=("Corinne Dubos", "c.dubos@medoc-aero.example.fr"), frm_enc=("iso-8859-1", "Q"),
    subject="Poste d'assistante RH à Mérignac : pourvu en interne",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-06-03 14:12 +0200", parent="medoc_teams_waited",
    text="""Madame,

Je reviens vers vous au sujet du poste d'assistante RH de notre site de Mérignac.

Une collaboratrice de notre service paie a postulé en interne et sa mobilité a été validée la semaine dernière : le poste est donc pourvu et le recrutement externe est clos. Thierry Lasserre m'a chargée de vous en informer et de vous remercier pour votre disponibilité.

Recevez, Madame, nos sincères salutations.

Corinne Dubos
Service du personnel
Médoc Aéro Services
Avenue de l'Aéropostale - 33700 Mérignac
Tél. 05 56 55 47 10""",
    charset="iso-8859-1", cte="qp",
))

MESSAGES.append(dict(
    id="estuaire_casual", kind="rejection", lang="fr", company="Crédit Estuaire",
    contact="x.dumas@credit-estuaire.example.fr",
    frm=("Xavier Dumas", "x.dumas@credit-estuaire.example.fr"),
    subject="Re: ton dossier pour l'agence des Chartrons",
    date="2026-06-12 12:40 +0200",
    refs=["<CAF3kq8x1@mail.example.fr>"],
    text="""Salut Anaïs,

Bon, je vais être direct puisque tu m'as demandé de l'être : l'équipe a tranché pour quelqu'un d'autre, une alternante qu'on connaissait déjà. Franchement c'était serré.

J'aurais aimé t'annoncer autre chose, je sais que ça te tenait à cœur. Si tu repasses à Bordeaux, on prend un café et je te présente Agnès de la DRH régionale, elle a souvent des besoins en recrutement.

Xavier

Xavier Dumas
Directeur d'agence - Crédit Estuaire, agence des Chartrons
62 quai des Chartrons, 33000 Bordeaux""",
    charset="windows-1252", cte="8bit",
))

_t = """Madame Grünewald-Sow,

Talentis Sud accompagne la Mutuelle Garrigue dans le recrutement d'une Assistante ressources humaines basée à Montpellier.

Nous avons présenté votre candidature à notre client avec la plus grande attention. Au regard des exigences du poste, en particulier la maîtrise de la gestion administrative du personnel et de la paie en environnement mutualiste, votre profil n'a pas été sélectionné pour la phase d'entretiens.

Nous conservons votre dossier dans notre base et ne manquerons pas de vous solliciter pour d'autres missions.

Bien cordialement,

Bastien Roux
Consultant recrutement - Talentis Sud (RPO)
Parc Eurêka, 97 rue de Freyr, 34000 Montpellier
04 67 55 09 31"""
MESSAGES.append(dict(
    id="talentis_rpo_garrigue", kind="rejection", lang="fr", company="Mutuelle Garrigue",
    contact="bastien.roux@talentis-sud.example.fr",
    frm=("Bastien Roux", "bastien.roux@talentis-sud.example.fr"),
    subject="Votre candidature - Assistante RH - Mutuelle Garrigue",
    subj_enc=("utf-8", "B"),
    date="2026-03-16 15:20 +0100",
    text=_t, cte="b64",
))

MESSAGES.append(dict(
    id="recrutis_role_cancelled", kind="rejection", lang="fr", company="Recrutis",
    contact="ines.haddad@recrutis.example.fr",
    frm=("Inès Haddad", "ines.haddad@recrutis.example.fr"),
    subject="Mission assistante recrutement Paris 15e : annulation",
    date="2026-08-27 10:05 +0200", parent="recrutis_cv_recu",
    text="""Bonjour Anaïs,

Je dois vous prévenir d'un changement de dernière minute : notre client a annulé le recrutement de l'assistante recrutement pour son siège du 15e arrondissement, suite à une réorganisation de sa direction RH. La mission n'existe donc plus et le processus s'arrête pour toutes les personnes que nous avions présentées.

J'en suis navrée, d'autant que votre candidature faisait partie de celles que nous avions mises en avant. Je vous recontacte dès qu'une mission comparable arrive chez Recrutis.

Bien à vous,
Inès Haddad
Chargée de recrutement RPO - Recrutis
48 rue de la Convention, 75015 Paris - 01 45 55 31 62""",
))

MESSAGES.append(dict(
    id="interim_gd_not_selected", kind="rejection", lang="fr", company="Intérim Grand-Duché",
    contact="sandrine.kremer@interim-gd.example.lu",
    frm=("Sandrine Kremer", "sandrine.kremer@interim-gd.example.lu"),
    subject="Mission assistante administrative RH - Luxembourg-Gasperich",
    date="2026-06-09 16:47 +0200", parent="interim_gd_registration",
    text="""Bonjour Madame Grünewald-Sow,

Pour la mission d'assistante administrative RH à Gasperich (remplacement de congé maternité), la sélection est terminée et votre candidature n'a pas été retenue : la mission exigeait un allemand courant à l'écrit pour la correspondance avec le personnel frontalier.

Votre inscription reste valable et je vous tiendrai informée des prochaines missions francophones.

Sandrine Kremer
Conseillère en recrutement
Intérim Grand-Duché - 11 rue du Fort Wallis, L-2714 Luxembourg
+352 26 55 48 20""",
))

_t = """Bonjour Anaïs,

Merci encore pour le temps que vous avez consacré à notre processus pour le poste de Chargée de recrutement (CDI).

Nous avons bien étudié votre candidature et avons choisi de poursuivre avec un autre profil, plus expérimenté sur le recrutement de consultants en cabinet.

Nous vous souhaitons une très belle suite.

Élodie Garnier
Office & People Manager - Sillage Conseil
Bordeaux"""
MESSAGES.append(dict(
    id="sillage_bamboohr", kind="rejection", lang="fr", company="Sillage Conseil",
    contact="elodie.garnier@sillage-conseil.example.fr",
    frm=("Sillage Conseil", "notifications@app.bamboohr.com"),
    reply_to=("Élodie Garnier", "elodie.garnier@sillage-conseil.example.fr"),
    subject="Sillage Conseil - suite de votre candidature",
    date="2026-03-03 11:58 +0100", parent="sillage_cv_recu",
    text=_t,
    html=ats_card("Sillage Conseil", "#5b8c2a", _t, footer="Sent with BambooHR"),
))

_t = """Bonjour Anaïs,

Nous avons reçu vos résultats aux tests en ligne (raisonnement et anglais professionnel) ainsi que l'avis de Karima, qui vous a eue au téléphone.

À l'issue de cette étape, votre candidature au poste d'Assistante RH - Opérations aéroportuaires n'est pas retenue pour la suite du processus : le score de raisonnement chiffré était en dessous du seuil fixé pour ce poste, qui comporte une forte part de reporting.

Merci pour votre implication, et bonne continuation.

Antoine Morel
Talent Acquisition - Aerolink Services"""
MESSAGES.append(dict(
    id="aerolink_after_tests", kind="rejection", lang="fr", company="Aerolink Services",
    contact="antoine.morel@aerolink.example.fr",
    frm=("Antoine Morel via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Antoine Morel", "antoine.morel@aerolink.example.fr"),
    subject="Aerolink Services - votre candidature Assistante RH Opérations",
    date="2026-02-19 16:33 +0100", parent="aerolink_greenhouse_tests",
    text=_t,
    html=ats_card("Aerolink Services", "#e35205", _t,
                  footer="Aerolink Services, Roissypôle, 95700 Roissy-en-France"),
))

_older = """Bonjour Madame Schmit,

Je suis vraiment désolée pour l'entretien manqué de jeudi : j'étais bloquée à Porto suite à une annulation de vol et sans réseau au moment du rendez-vous.

Serait-il possible de reprogrammer notre visio ? Je suis disponible toute la semaine prochaine, sur le créneau de votre choix.

Bien cordialement,
Anaïs"""
_mid = reply("""Bonjour Anaïs,

Merci pour votre message, je comprends tout à fait. Je vérifie avec Marc les disponibilités du responsable de l'équipe et je reviens vers vous rapidement.

Mélanie""", "fr", "2026-04-16 21:05", "Anaïs Grünewald-Sow", "anais.gs@example.fr", _older)
_t = reply("""Bonjour Anaïs,

Je n'ai pas réussi à vous obtenir ce nouveau créneau, et je préfère vous le dire franchement : pendant ce temps, l'équipe a rencontré les autres personnes présélectionnées et a fait son choix. Nous ne pourrons donc malheureusement pas vous proposer le poste d'assistante RH.

Je suis sincèrement désolée de la tournure des choses. Je vous souhaite de trouver rapidement et je garde votre profil en tête pour nos prochaines ouvertures au Findel.

Mélanie Schmit
Talent Partner - Ardennes Air Cargo
Route de Trèves, L-1110 Luxembourg-Findel""",
           "fr", "2026-04-17 09:12", "Mélanie Schmit", "melanie.schmit@ardennes-cargo.example.lu",
           _mid)
MESSAGES.append(dict(
    id="ardennes_after_missed", kind="rejection", lang="fr", company="Ardennes Air Cargo",
    contact="melanie.schmit@ardennes-cargo.example.lu",
    frm=("Mélanie Schmit", "melanie.schmit@ardennes-cargo.example.lu"),
    subject="Re: Re: Entretien manqué - nouveau créneau ?",
    date="2026-05-05 10:40 +0200", parent="ardennes_visio_absent",
    text=_t,
))

# ------------------------------------------------------------------ en

_t = """Hi Anaïs,

Thank you for meeting the panel last week and for the thoughtful case you prepared on seasonal cabin-crew hiring.

It was a close call, but we have offered the HR Recruitment Coordinator role to a candidate who has already run volume campaigns inside an airline HR team. Rather than leave you waiting, I wanted to let you know straight away.

I'd be glad to share the panel's notes on a short call if that is useful - just reply here.

Best wishes,
Priya Ramanathan
Senior Talent Partner, Heathmoor Airways"""
MESSAGES.append(dict(
    id="heathmoor_after_panel", kind="rejection", lang="en", company="Heathmoor Airways",
    contact="priya.ramanathan@heathmoor.example.co.uk",
    frm=("Priya Ramanathan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Priya Ramanathan", "priya.ramanathan@heathmoor.example.co.uk"),
    subject="Your application for HR Recruitment Coordinator at Heathmoor Airways",
    date="2026-03-25 17:12 +0000", parent="heathmoor_panel_moved",
    text=_t,
    html=ats_card("Heathmoor Airways", "#0b2545", _t, lang="en",
                  footer="Heathmoor Airways Ltd, Compass Centre, Hounslow TW6 2GW"),
))

MESSAGES.append(dict(
    id="thamesgate_marlow_relay", kind="rejection", lang="en", company="Marlow Assurance",
    contact="grace.adeyemi@thamesgate-rpo.example.co.uk",
    frm=("Grace Adeyemi", "grace.adeyemi@thamesgate-rpo.example.co.uk"),
    subject="Marlow Assurance - Recruitment Assistant (French speaker)",
    date="2026-04-13 15:02 +0100",
    text="""Dear Anaïs,

I've now heard back from the hiring manager at Marlow Assurance about your application for the Recruitment Assistant (French speaker) position.

They have reviewed your CV alongside the other shortlisted profiles and have chosen not to progress you to interview. Their feedback was that they need someone with hands-on experience of an applicant tracking system from day one.

I know that's disappointing. Please do keep in touch - we run recruitment for several insurers in the City and French is often on the wish list.

Kind regards,

Grace Adeyemi
Resourcing Consultant | Thamesgate Recruitment Partners
3 Mitre Square, London EC3A 5AN
T: +44 20 7946 0312

Thamesgate Recruitment Partners Ltd is registered in England and Wales. This e-mail is confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.""",
))

_t = """Hello Anaïs,

Thank you for your interest in the Store People Assistant role at Bramble & Finch.

We've read every application carefully, and on this occasion yours will not be taken forward.

We appreciate the time you put into applying and wish you every success.

The Bramble & Finch Talent Team"""
MESSAGES.append(dict(
    id="bramble_workable_formal", kind="rejection", lang="en", company="Bramble & Finch",
    contact="",
    frm=("Bramble & Finch", "noreply@candidates.workablemail.com"),
    subject="Update on your application - Store People Assistant",
    date="2026-02-03 08:44 +0000", parent="bramble_workable_ack",
    html=ats_card("Bramble & Finch", "#6d4c41", _t, lang="en",
                  footer="This message was sent via Workable on behalf of Bramble & Finch."),
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Hi Anaïs,

I'm writing with an update on the Talent Acquisition Assistant position in Geneva.

Following a review of our budget for the second half of the year, the role has been put on hold and we will not proceed with any of the current candidates, including you. I'm sorry for the abrupt ending after such a positive conversation with Sandra.

If the position is reopened we'll reach out first to the people we met.

All the best,
Lukas Brunner
Recruiter, Alpavia"""
MESSAGES.append(dict(
    id="alpavia_lever_on_hold", kind="rejection", lang="en", company="Alpavia",
    contact="lukas.brunner@alpavia.example.ch",
    frm=("Alpavia", "no-reply@hire.lever.co"),
    reply_to=("Lukas Brunner", "lukas.brunner@alpavia.example.ch"),
    subject="Talent Acquisition Assistant - an update from Alpavia",
    date="2026-07-29 13:15 +0200", parent="alpavia_lever_interview",
    text=_t,
    html=ats_card("Alpavia", "#c8102e", _t, lang="en", footer="Sent via Lever"),
))

MESSAGES.append(dict(
    id="castlebar_client_declined", kind="rejection", lang="en", company="Castlebar Talent",
    contact="fiona@castlebartalent.example.co.uk",
    frm=("Fiona Gallagher", "fiona@castlebartalent.example.co.uk"),
    subject="Re: the confidential HR assistant brief",
    date="2026-08-26 18:20 +0100", parent="castlebar_missed_call",
    text="""Hi Anaïs,

Quick update, and not the one either of us wanted: my client has gone with another candidate for the HR assistant brief. They were looking for someone who could start within two weeks, and your notice period with the airline made that hard.

I still think you'll land something soon. Let's talk again in September when I have two new assignments opening up.

Fiona

Fiona Gallagher
Director, Castlebar Talent
Search & Selection | London
+44 7700 900 418""",
))

MESSAGES.append(dict(
    id="nimbus_casual_no", kind="rejection", lang="en", company="Nimbus Crew",
    contact="tom@nimbuscrew.example.co.uk",
    frm=("Tom Ashworth", "tom@nimbuscrew.example.co.uk"),
    subject="Re: sorry about Thursday",
    date="2026-05-14 09:05 +0100", parent="nimbus_waited_zoom",
    text="""Hey Anaïs,

Quick one from me. We went another way on the people-ops coordinator job - hired someone who'd done onboarding at a scale-up before, which is basically our whole Q3.

No hard feelings about the Zoom mix-up, honestly. Good luck out there and ping me if you ever want an intro to our investors' HR network.

Tom
Co-founder, Nimbus Crew""",
))

_new = """Dear Anaïs,

Thank you for your interest in the Guest Services Recruitment Administrator role and for taking the time to meet us.

I wanted to let you know that the vacancy has now been filled internally by a member of our Gatwick lounge team, so we are closing the external campaign.

We were impressed by your experience and would welcome a future application.

Kind regards,

Daniel Okafor
HR Business Partner
Skylane Lounges | 40 Bath Road, Hounslow TW6 2AA
+44 20 8555 0199

DISCLAIMER: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this message. Skylane Lounges Ltd accepts no liability for viruses transmitted by email."""
MESSAGES.append(dict(
    id="skylane_filled_internally", kind="rejection", lang="en", company="Skylane Lounges",
    contact="daniel.okafor@skylane.example.co.uk",
    frm=("Daniel Okafor", "daniel.okafor@skylane.example.co.uk"),
    subject="Guest Services Recruitment Administrator - vacancy update",
    date="2026-09-29 12:30 +0100", parent="skylane_moved",
    text=_new, html=outlook_html(_new, lang="en"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

MESSAGES.append(dict(
    id="penhallow_reply_to_thanks", kind="rejection", lang="en", company="Penhallow Retail",
    contact="hannah.trelawney@penhallow.example.co.uk",
    frm=("Hannah Trelawney", "hannah.trelawney@penhallow.example.co.uk"),
    subject="Re: Thank you for this morning",
    date="2026-07-20 10:30 +0100", parent="own_thanks_penhallow",
    text=reply("""Dear Anaïs,

That was a lovely note, thank you - and it makes this harder to write. We've decided to appoint someone who already knows our rota and payroll system, as the peak starts in only a few weeks and there isn't much room for training.

I'd genuinely encourage you to apply again in the new year.

Warm regards,
Hannah Trelawney
Store Manager, Penhallow Retail - Long Acre
020 7946 0550""", "en", "2026-07-14 18:45", "Anaïs Grünewald-Sow", "anais.gs@example.fr", THANKS_PENHALLOW),
))

# ------------------------------------------------------------------ de

MESSAGES.append(dict(
    id="flugwerk_on_hold", kind="rejection", lang="de", company="Flugwerk Isar",
    contact="k.obermaier@flugwerk-isar.example.de",
    frm=("Katharina Obermaier", "k.obermaier@flugwerk-isar.example.de"),
    subject="Ihre Bewerbung als Recruiting-Assistenz (m/w/d)",
    date="2026-03-10 09:00 +0100", parent="flugwerk_cancel_ics",
    text="""Sehr geehrte Frau Grünewald-Sow,

wie angekündigt melde ich mich wegen des abgesagten Gesprächs bei Ihnen.

Leider kann ich Ihnen keinen neuen Termin anbieten: Die Geschäftsführung hat entschieden, die Stelle der Recruiting-Assistenz vorerst nicht zu besetzen, und das Auswahlverfahren wird nicht fortgesetzt. Das betrifft alle Bewerberinnen und Bewerber gleichermaßen.

Wir bedauern das sehr und danken Ihnen für Ihre Geduld.

Mit freundlichen Grüßen
Katharina Obermaier
Personalreferentin
Flugwerk Isar GmbH | Lilienthalstraße 12 | 85399 Hallbergmoos
Tel. +49 811 555 3120

Flugwerk Isar GmbH, Sitz Hallbergmoos, Amtsgericht München HRB 000000, Geschäftsführer: Dr. Tobias Renner""",
))

_t = """Sehr geehrte Frau Grünewald-Sow,

vielen Dank für Ihr Interesse an der Isartal Bank und Ihre Bewerbung als Assistenz Talent Acquisition.

Nach sorgfältiger Prüfung müssen wir Ihnen heute leider eine Absage erteilen. Wir haben uns für eine Kandidatin entschieden, deren Qualifikation besser zu den Anforderungen der Position passt.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Ihr Recruiting-Team der Isartal Bank"""
MESSAGES.append(dict(
    id="isartal_softgarden_formal", kind="rejection", lang="de", company="Isartal Bank",
    contact="",
    frm=("Isartal Bank Recruiting", "no-reply@softgarden.io"),
    subject="Ihre Bewerbung bei der Isartal Bank – Absage", subj_enc=("utf-8", "B"),
    date="2026-10-09 07:55 +0200", parent="isartal_teams_gewartet",
    text=_t,
    html=ats_card("Isartal Bank", "#004b87", _t, lang="de",
                  footer="Diese E-Mail wurde automatisch über softgarden versendet."),
    cte="b64", headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="kesslerwahl_client_absage", kind="rejection", lang="de",
    company="Bavaria Cabin Interiors", contact="s.kessler@kesslerwahl.example.de",
    frm=("Stefan Keßler", "s.kessler@kesslerwahl.example.de"), frm_enc=("iso-8859-1", "B"),
    subject="Rückmeldung Bavaria Cabin Interiors", subj_enc=("iso-8859-1", "Q"),
    date="2026-05-22 16:10 +0200", parent="kesslerwahl_client_meeting",
    text="""Liebe Frau Grünewald-Sow,

ich habe heute Mittag mit der Personalleiterin von Bavaria Cabin Interiors telefoniert. Das Unternehmen wird Ihnen kein Angebot machen; man hat sich nach dem Gespräch im Werk Oberding für einen internen Kandidaten aus der Lohnbuchhaltung entschieden, der die Werksstrukturen kennt.

Ihr Auftritt wurde ausdrücklich gelobt, insbesondere Ihre Englischkenntnisse. Ich melde mich, sobald ich ein Mandat habe, das besser passt.

Herzliche Grüße
Stefan Keßler
Keßler & Wahl Personalberatung
Maximilianstraße 35, 80539 München
Tel. +49 89 5550 2741""",
    charset="iso-8859-1", cte="qp",
))

MESSAGES.append(dict(
    id="lindwurm_terse", kind="rejection", lang="de", company="Kaufhaus Lindwurm",
    contact="s.gruber@kaufhaus-lindwurm.example.de",
    frm=("Sabine Gruber", "s.gruber@kaufhaus-lindwurm.example.de"),
    subject="Probearbeit",
    date="2026-08-25 15:03 +0200", parent="lindwurm_verschoben",
    text="""Hallo Frau Grünewald-Sow,

danke für den Probetag. Wir haben uns anders entschieden.

Gruß
S. Gruber
Personalabteilung Kaufhaus Lindwurm""",
    cte="8bit",
))

# ------------------------------------------------------------------ es

_t = """Hola Anaïs:

Gracias por presentar tu candidatura al puesto de Técnica de Selección - Tripulantes en Vuelos Brisa.

Hemos recibido un número muy elevado de solicitudes y, tras revisar tu perfil, lamentamos comunicarte que no vas a continuar en el proceso de selección.

Te animamos a seguir consultando nuestras vacantes.

Un saludo,
Equipo de Talento - Vuelos Brisa"""
MESSAGES.append(dict(
    id="vuelosbrisa_smartrecruiters", kind="rejection", lang="es", company="Vuelos Brisa",
    contact="",
    frm=("Vuelos Brisa", "noreply@smartrecruiters.com"),
    subject="Actualización sobre tu candidatura en Vuelos Brisa",
    date="2026-03-20 10:10 +0100", parent="vuelosbrisa_smartrecruiters_ack",
    text=_t,
    html=ats_card("Vuelos Brisa", "#0097a7", _t, lang="es",
                  footer="Powered by SmartRecruiters"),
))

MESSAGES.append(dict(
    id="talentomed_cliente_no", kind="rejection", lang="es", company="Hoteles Barceloneta Mar",
    contact="marta.ibanez@talentomed.example.es",
    frm=("Marta Ibáñez", "marta.ibanez@talentomed.example.es"),
    subject="Hoteles Barceloneta Mar - respuesta del cliente",
    date="2026-06-26 10:45 +0200", parent="talentomed_no_se_presento",
    text="""Hola Anaïs:

Te escribo porque ya tengo la respuesta de Hoteles Barceloneta Mar. Después de la entrevista que por fin pudimos cerrar el martes, el cliente ha decidido no seguir contigo para el puesto de auxiliar de recursos humanos y ha elegido a una persona con experiencia previa en hostelería.

Me habría gustado darte otra noticia. Sigues dada de alta con nosotros y te tendré en cuenta para las próximas ofertas.

Un abrazo,
Marta Ibáñez
Consultora - Talento Mediterráneo ETT
C/ de Pallars 193, 08005 Barcelona
+34 93 555 42 18""",
))

_old = """Hola Jordi:

Espero que estés bien. Te escribo para saber si hay novedades sobre el proceso para el puesto de técnica de RRHH, tras la entrevista con el panel del 26 de marzo.

Quedo a tu disposición.

Un saludo,
Anaïs"""
MESSAGES.append(dict(
    id="iberaero_despues_entrevista", kind="rejection", lang="es",
    company="Iberaero Componentes", contact="jordi.castells@iberaero.example.es",
    frm=("Jordi Castells", "jordi.castells@iberaero.example.es"),
    subject="Re: Novedades proceso técnica de RRHH",
    date="2026-04-09 12:00 +0200", parent="iberaero_aplazada",
    refs=["<6f21a9c0.anais@example.fr>"],
    text=reply("""Hola Anaïs:

Gracias por tu paciencia. Lamento decirte que el comité ha optado por otra candidata, con un perfil más técnico en relaciones laborales, y no podremos ofrecerte el puesto.

Valoramos mucho tu energía en la entrevista y tu experiencia coordinando equipos a bordo. Te deseo lo mejor en tu búsqueda.

Jordi Castells
Responsable de Selección
Iberaero Componentes S.L. - Parc Tecnològic del Vallès, 08290 Cerdanyola del Vallès
Tel. +34 93 555 71 02

Este mensaje y sus archivos adjuntos son confidenciales y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine.""",
               "es", "2026-04-07 19:22", "Anaïs Grünewald-Sow", "anais.gs@example.fr", _old),
))

MESSAGES.append(dict(
    id="diagonal_vacante_cancelada", kind="rejection", lang="es", company="Banca Diagonal",
    contact="pilar.ferrer@bancadiagonal.example.es",
    frm=("Pilar Ferrer", "pilar.ferrer@bancadiagonal.example.es"),
    subject="Proceso de selección Asistente de RRHH - cancelación", subj_enc=("iso-8859-1", "B"),
    date="2026-10-19 09:40 +0200",
    text="""Estimada Sra. Grünewald-Sow:

Le escribimos en relación con el proceso de selección para Asistente de Recursos Humanos en nuestra sede de Barcelona.

Por motivos organizativos, la vacante se ha cancelado y el proceso queda cerrado sin incorporación. Por este motivo no podremos seguir adelante con su candidatura.

Agradecemos sinceramente el interés mostrado por Banca Diagonal.

Atentamente,

Pilar Ferrer
Departamento de Recursos Humanos
Banca Diagonal - Av. Diagonal 640, 08017 Barcelona""",
    charset="iso-8859-1", cte="b64",
))
