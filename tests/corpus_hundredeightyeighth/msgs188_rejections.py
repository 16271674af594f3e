"""Corpus 188, rejections: 31 hand-written messages (fr 15, en 8, de 4, es 4)."""

from __future__ import annotations

from typing import Any

from msgs188_common import (
    CANDIDATE,
    SIG_FR,
    ats_card,
    button,
    forwarded,
    outlook_block,
    paras,
    plain_html,
    reply,
)

MESSAGES: list[dict[str, Any]] = []


def M(**spec: Any) -> None:
    MESSAGES.append(spec)


AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

# The candidate's thank-you notes, quoted in the answers below (the notes themselves are in
# msgs188_other as his own sent mail).
THANKS_LENGLART = f"""Bonjour Claire,

Merci encore pour l'entretien de mercredi avec vous, Paul et Amandine. J'ai beaucoup aimé
découvrir comment l'équipe e-merch prépare les collections sur le site, et l'exercice sur les
fiches produits m'a donné envie d'aller plus loin.

Je reste à votre disposition si vous avez besoin d'autres informations.

Bien à vous,
{SIG_FR}
"""

THANKS_TULIPA = """Hi Joost and Meike,

Thank you for taking the time to talk with me this afternoon. I enjoyed hearing how you plan
to rebuild the lighting category, and the attribute clean-up you showed me is exactly the kind
of work I did unofficially for our shelf labels at the store.

Happy to send anything else you need.

Best regards,
Baptiste
"""

VALLECAS_INVITE = """Hola Baptiste:

¿Te vendría bien venir el lunes 21 a las 8:00 para un día de prueba en el almacén? Trae
calzado de seguridad si tienes. Pregunta por mí en la puerta 3 de la nave.

Raúl Jiménez
Jefe de turno · Logística Vallecas
"""

THANKS_LINDENTHAL = """Guten Tag Frau Schröder,

vielen Dank für das freundliche Gespräch am Dienstag in Ehrenfeld. Die Einblicke in Ihre
Produktdatenpflege fand ich sehr spannend, besonders die Umstellung auf das neue PIM-System.

Ich würde mich freuen, bald von Ihnen zu hören.

Mit freundlichen Grüßen
Baptiste Keller-Ouattara
"""

# ============================================================================ French (15)

M(kind="rejection", slug="lenglart_after_panel", company="Maison Lenglart",
  contact="claire.dumez@lenglart.example.fr", lang="fr",
  frm=("Claire Dumez", "claire.dumez@lenglart.example.fr"),
  subject="RE: Merci pour l'entretien de mercredi",
  date="2026-02-13 09:47 +0100",
  refs=["lenglart_panel_invite", "lenglart_panel_moved", "own_thanks_lenglart"],
  cte="quoted-printable",
  text=reply("""Bonjour Baptiste,

Merci pour votre message, et pour le temps que vous nous avez consacré.

Nous avons longuement échangé avec Paul et Amandine après les entretiens. Votre motivation
nous a marqués, mais nous avons finalement choisi une personne qui a déjà travaillé sur un
back-office de site marchand, ce qui compte beaucoup pour démarrer la saison printemps-été.
Nous ne poursuivrons donc pas avec votre candidature pour ce poste.

Je garde votre CV sous le coude pour l'ouverture d'un poste d'assistant(e) en boutique en ligne
prévue à l'automne, si vous êtes d'accord.

Très belle continuation,

Claire Dumez
Chargée de recrutement | Maison Lenglart
42 rue Esquermoise, 59800 Lille
03 20 55 71 08
""", "fr", "jeu. 5 févr. 2026 à 08:12", "Baptiste Keller-Ouattara", CANDIDATE[1], THANKS_LENGLART),
  )

M(kind="rejection", slug="scarpe_after_trial", company="Logistique Scarpe",
  contact="m.lefebvre@scarpe-logistique.example.fr", lang="fr",
  frm=("Mickaël Lefebvre", "m.lefebvre@scarpe-logistique.example.fr"),
  enc={"from": ("iso-8859-1", "Q")},
  subject="Suite à votre journée d'essai du 26 mars",
  date="2026-04-02 17:05 +0200",
  refs=["scarpe_trial_invite", "scarpe_trial_missed", "own_scarpe_sorry", "scarpe_trial_new_date"],
  charset="iso-8859-1",
  text="""Bonjour M. Keller-Ouattara,

Je reviens vers vous après la journée passée avec nous sur le site de Dainville.

L'équipe a apprécié votre sérieux sur la saisie des fiches articles. En revanche, le poste
demande une maîtrise du WMS et des inventaires tournants que nous n'avons pas le temps de
former en ce moment : nous avons donc décidé de ne pas donner suite à votre candidature.

Je vous remercie pour votre ponctualité ce jour-là, et vous souhaite de trouver rapidement.

Cordialement,

Mickaël Lefebvre
Responsable d'exploitation
Logistique Scarpe - ZA des Bonnettes, 62000 Arras
Tél. 03 21 15 40 62
""")

M(kind="rejection", slug="kiosque_role_cancelled", company="Kiosque Mode",
  contact="lea.fontaine@kiosquemode.example.fr", lang="fr",
  frm=("Léa Fontaine", "lea.fontaine@kiosquemode.example.fr"),
  subject="Poste d’assistant catalogue – point sur votre candidature",
  date="2026-04-28 11:32 +0200",
  refs=["kiosque_call_invite", "kiosque_call_cancelled"],
  charset="windows-1252", cte="quoted-printable",
  text="""Bonjour Baptiste,

Comme promis, je reviens vers vous après l’annulation de notre échange du 14 avril.

La réorganisation dont je vous parlais est maintenant actée : l’équipe catalogue sera
rattachée à notre entrepôt de Gennevilliers et le poste d’assistant catalogue basé à Paris a
été supprimé. Il n’y aura donc pas de suite au processus pour lequel vous aviez postulé.

Je suis désolée de vous l’annoncer après vous avoir fait attendre. Si un poste proche
s’ouvre à Gennevilliers, je me permettrai de vous recontacter.

Bonne journée,
Léa Fontaine
Talent Acquisition – Kiosque Mode
18 rue du Faubourg-Poissonnière, 75010 Paris
""")

M(kind="rejection", slug="hygea_via_interim", company="Hygéa",
  contact="nadia.bensalem@interimflandres.example.fr", lang="fr",
  frm=("Nadia Bensalem", "nadia.bensalem@interimflandres.example.fr"),
  subject="TR: Retour entretien Hygéa - poste assistant catalogue",
  date="2026-02-26 14:18 +0100",
  refs=["interimflandres_registered", "hygea_client_interview"],
  text="""Bonjour Baptiste,

Je viens d'avoir le retour de la responsable RH d'Hygéa, je vous le transfère tel quel.
Ils ne vont pas plus loin avec vous sur ce poste. Ne vous découragez pas : je vous appelle
demain matin pour parler des deux missions catalogue que nous avons à Marcq-en-Barœul.

Nadia Bensalem
Chargée de recrutement
Intérim Flandres - Agence Lille Centre
27 boulevard de la Liberté, 59000 Lille
03 20 12 64 30

""" + forwarded("fr", "Agathe Roussel <a.roussel@hygea.example.fr>",
                "mer. 25 févr. 2026 à 18:02",
                "Candidat Keller-Ouattara",
                "Nadia Bensalem <nadia.bensalem@interimflandres.example.fr>",
                """Bonjour Nadia,

Merci de nous avoir présenté M. Keller-Ouattara. Il est sympathique et motivé, mais nous
avons besoin de quelqu'un qui connaisse déjà la réglementation sur les fiches de
parapharmacie. Nous ne retenons pas sa candidature.

Pouvez-vous nous envoyer d'autres profils d'ici la fin de semaine ?

Agathe Roussel
Responsable RH - Hygéa
"""))

M(kind="rejection", slug="talentis_client_declined", company="Talentis Conseil",
  contact="antoine.ravel@talentis.example.fr", lang="fr",
  frm=("Antoine Ravel", "antoine.ravel@talentis.example.fr"),
  subject="Mission marketplace - retour de mon client",
  date="2026-05-12 19:40 +0200",
  text="""Baptiste,

Un petit mot rapide : mon client (la marketplace dont je vous avais parlé au téléphone, je ne
peux toujours pas la nommer) a fait son choix pour le poste de coordinateur catalogue, et ce
n'est pas vous. Ils ont préféré un profil déjà passé par un grand retailer.

Pour être transparent, votre dossier est arrivé en seconde position. Je le garde actif chez
nous, d'autres recherches de ce type démarrent en juin.

Bonne soirée,
Antoine

--
Antoine Ravel | Consultant senior Retail & E-commerce
Talentis Conseil | 9 rue de Provence, 75009 Paris
+33 1 84 60 22 17
""")

_pm = """Bonjour Baptiste,

Merci pour l'intérêt que vous portez à Panier Malin et pour vos échanges avec Chloé.

Après étude attentive de votre profil, nous avons décidé de ne pas poursuivre le processus de
recrutement avec vous pour le poste d'Assistant(e) Catalogue Produits Frais.

Cette décision ne remet pas en cause vos qualités. Nous conservons vos informations dans notre
vivier pendant 24 mois, conformément à notre politique de confidentialité.

L'équipe Talents de Panier Malin
"""
M(kind="rejection", slug="paniermalin_ats_no", company="Panier Malin", contact="", lang="fr",
  frm=("Panier Malin", "no-reply@teamtailor-mail.com"),
  subject="Votre candidature chez Panier Malin",
  date="2026-02-20 10:05 +0100",
  refs=["paniermalin_received", "paniermalin_phone_screen", "paniermalin_missed_call"],
  headers=AUTO,
  text=_pm,
  html=ats_card("Panier Malin", "#e4572e", paras(_pm),
                'Envoyé via Teamtailor · <a href="https://paniermalin.teamtailor.example.fr/'
                'connect">Gérer mes données</a>'))

M(kind="rejection", slug="deule_terse", company="Atelier Deûle",
  contact="theo@ateliers-deule.example.fr", lang="fr",
  frm=("Théo Dewaele", "theo@ateliers-deule.example.fr"),
  subject="Re: Désolé pour jeudi",
  date="2026-07-10 22:14 +0200",
  refs=["deule_chat_invite", "deule_missed_teams"],
  text=reply("""Salut Baptiste,

Pas de souci pour jeudi, ça arrive. Par contre on a avancé entre-temps et on part sur
quelqu'un d'autre pour le catalogue. C'est non pour cette fois.

Bonne continuation,
Théo
""", "fr", "ven. 3 juil. 2026 à 08:41", "Baptiste Keller-Ouattara", CANDIDATE[1],
      """Bonjour Théo,

Je suis vraiment désolé pour hier : ma tournée a été prolongée au magasin et je n'ai pas pu
me connecter à 17h. Est-ce qu'on pourrait refaire un point la semaine prochaine ? Je suis
libre tous les jours après 15h.

Baptiste
"""))

_vasseur = """Madame, Monsieur,

Nous vous remercions de l'intérêt que vous avez manifesté pour Chaussures Vasseur en
postulant à l'offre « Assistant(e) e-commerce - Catalogue » (réf. 2026-0142).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue à l'issue du
processus de sélection. Nous avons reçu un nombre important de dossiers de grande qualité.

Vos données seront conservées dans notre base pendant deux ans ; vous pouvez demander leur
suppression à tout moment depuis votre espace candidat.

Nous vous souhaitons pleine réussite dans vos recherches.

Le service Ressources Humaines
Chaussures Vasseur - 3 rue de l'Épeule, 59100 Roubaix

Ce message est généré automatiquement, merci de ne pas y répondre.
"""
M(kind="rejection", slug="vasseur_taleo_formal", company="Chaussures Vasseur", contact="",
  lang="fr",
  frm=("Chaussures Vasseur", "vasseur@taleo.net"),
  enc={"subject": ("iso-8859-1", "Q")},
  subject="Réponse à votre candidature - Assistant(e) e-commerce (réf. 2026-0142)",
  date="2026-05-13 08:00 +0200",
  refs=["vasseur_received", "vasseur_call_invite", "vasseur_missed_call"],
  headers=AUTO,
  charset="iso-8859-1", cte="quoted-printable",
  text=_vasseur)

M(kind="rejection", slug="nordlog_filled_internally", company="Nordlog",
  contact="romain.delattre@nordlog.example.fr", lang="fr",
  frm=("Romain Delattre", "romain.delattre@nordlog.example.fr"),
  subject="Poste assistant données articles - Lesquin",
  date="2026-05-29 16:50 +0200",
  refs=["nordlog_received", "nordlog_test_invite"],
  text="""Bonjour Baptiste,

Je tenais à vous prévenir personnellement avant la notification automatique : le poste
d'assistant données articles a été pourvu en interne. Une collègue du service
approvisionnement a demandé sa mobilité la semaine dernière et la direction a validé sa
candidature.

Votre test de catalogage était bon, et je l'ai noté dans votre dossier. Je vous remercie
sincèrement pour votre temps.

Cordialement,
Romain Delattre
Chargé RH - Nordlog
Parc d'activités de la Haie Plouvier, 59810 Lesquin
""")

_bd = """Bonjour Baptiste,

Merci d'avoir échangé avec Inès et Mathis sur le poste d'Assistant·e Merchandising Web.

Nous avons pris le temps de comparer l'ensemble des parcours rencontrés. Pour cette fois, nous
allons continuer avec d'autres candidat·e·s, dont l'expérience en cosmétique est plus directe.

Nous espérons croiser à nouveau votre chemin, et vous souhaitons le meilleur pour la suite.

L'équipe recrutement de Beauté Directe"""
M(kind="rejection", slug="beautedirecte_ashby", company="Beauté Directe", contact="",
  lang="fr",
  frm=("Beauté Directe", "no-reply@ashbyhq.com"),
  subject="Votre candidature — Assistant·e Merchandising Web",
  date="2026-08-21 15:12 +0200",
  refs=["beautedirecte_schedule", "beautedirecte_rescheduled"],
  headers=AUTO,
  html=ats_card("Beauté Directe", "#b0306a", paras(_bd),
                "Envoyé avec Ashby pour le compte de Beauté Directe, 61 rue de Turbigo, Paris"))

_sab = """Bonjour Baptiste,

Merci pour votre candidature au poste d'assistant e-shop chez Boutique Sablon.

Nous avons lu votre dossier avec attention. Le poste demande cependant une pratique
courante du néerlandais avec notre clientèle flamande, et nous avons retenu des profils
bilingues. Nous ne pouvons donc pas vous proposer d'entretien.

N'hésitez pas à suivre nos offres : nous recrutons régulièrement pour la période des fêtes.

Margaux Peeters
Responsable e-shop, Boutique Sablon
Place du Grand Sablon 31, 1000 Bruxelles
"""
M(kind="rejection", slug="sablon_recruitee", company="Boutique Sablon",
  contact="margaux@sablon.example.be", lang="fr",
  frm=("Margaux Peeters", "no-reply@jobs.recruitee.com"),
  reply_to=("Margaux Peeters", "margaux@sablon.example.be"),
  subject="Assistant e-shop (Bruxelles) – votre candidature",
  date="2026-06-24 10:22 +0200",
  refs=["sablon_received"],
  text=_sab,
  html=plain_html(paras(_sab)))

M(kind="rejection", slug="pixelrayon_casual", company="Pixel & Rayon",
  contact="kevin@pixelrayon.example.fr", lang="fr",
  frm=("Kévin Duhamel", "kevin@pixelrayon.example.fr"),
  subject="Re: Candidature intégrateur catalogue",
  date="2026-03-24 18:03 +0100",
  refs=["pixelrayon_cv_received"],
  text=reply("""Salut Baptiste,

Bon, je vais être franc avec toi : on a fait le tour avec Lucas et on cherche finalement
quelqu'un qui sait déjà bidouiller du CSV et des imports Shopify en autonomie. Toi tu y es
presque, mais pas encore. Du coup on ne va pas te faire venir.

Si tu suis la formation dont tu m'as parlé, refais-moi signe à la rentrée, vraiment.

Kévin
""", "fr", "mar. 10 mars 2026 à 12:30", "Kévin Duhamel", "kevin@pixelrayon.example.fr",
      """Salut Baptiste,

Bien reçu ton CV, merci ! Je regarde ça avec Lucas cette semaine et je te tiens au courant.

Kévin
"""))

_mb = """Bonjour Baptiste,

Merci d'avoir postulé chez Marché Bleu pour le poste d'Assistant Catalogue Vendeurs.

Nous avons examiné votre candidature avec intérêt. Nous avons décidé d'avancer avec des
candidats dont l'expérience correspond plus étroitement aux besoins actuels de l'équipe
Onboarding Vendeurs, notamment sur l'accompagnement des marchands.

Merci encore pour le temps que vous nous avez accordé, et bonne chance pour la suite.

Paul Girard
Talent Partner, Marché Bleu
"""
M(kind="rejection", slug="marchebleu_soft", company="Marché Bleu",
  contact="paul.girard@marchebleu.example.fr", lang="fr",
  frm=("Paul Girard", "no-reply@hire.lever.co"),
  reply_to=("Paul Girard", "paul.girard@marchebleu.example.fr"),
  subject="Marché Bleu | Assistant Catalogue Vendeurs",
  date="2026-03-03 09:15 +0100",
  refs=["marchebleu_received"],
  cte="quoted-printable",
  text=_mb,
  html=plain_html(paras(_mb)))

M(kind="rejection", slug="vracandco_on_hold", company="Vrac & Co",
  contact="camille@vracandco.example.fr", lang="fr",
  frm=("Camille Roussel", "camille@vracandco.example.fr"),
  subject="Notre recrutement e-shop est suspendu",
  date="2026-09-08 13:26 +0200",
  text="""Bonjour Baptiste,

Je préfère vous écrire franchement : nous venons de perdre notre principal fournisseur de
bocaux consignés et toute l'équipe est mobilisée pour le remplacer. Le recrutement de
l'assistant e-shop est mis en pause jusqu'à nouvel ordre, et nous arrêtons le processus
pour l'ensemble des candidats, vous compris.

Je sais que ce n'est pas la réponse que vous attendiez après deux échanges. Si nous relançons
le poste en 2027, vous serez le premier à qui j'écrirai.

Amicalement,
Camille Roussel
Cofondatrice - Vrac & Co
8 place du Concert, 59800 Lille
""")

_sp = """Bonjour Baptiste Keller-Ouattara,

Nous vous remercions pour votre candidature au poste de Gestionnaire Contenu Produit
(Villeneuve-d'Ascq, réf. JR-33917).

Votre profil a été étudié avec soin par nos équipes. À ce stade, il ne correspond pas
suffisamment aux compétences attendues pour ce poste et nous ne sommes pas en mesure de
donner une suite favorable à votre candidature.

Votre profil reste visible dans notre espace carrières. Vous pouvez créer des alertes pour
être informé(e) des nouvelles opportunités chez Sportéo.

Sportéo - Direction des Talents
"""
M(kind="rejection", slug="sporteo_workday_base64", company="Sportéo", contact="", lang="fr",
  frm=("Sportéo Recrutement", "sporteo@myworkday.com"),
  enc={"subject": ("utf-8", "B")},
  subject="Sportéo – mise à jour de votre candidature JR-33917",
  date="2026-06-16 07:31 +0200",
  headers=AUTO,
  cte="base64",
  text=_sp,
  html=ats_card("Sportéo", "#0055a4", paras(_sp) + button(
      "Accéder à mon espace", "https://sporteo.wd3.myworkday.example.com/candidat"),
      "Workday · Sportéo, 4 boulevard de Mons, Villeneuve-d'Ascq"))

# ============================================================================ English (8)

M(kind="rejection", slug="tulipa_after_interview", company="Tulipa Home",
  contact="joost.bakker@tulipahome.example.nl", lang="en",
  frm=("Joost Bakker", "joost.bakker@tulipahome.example.nl"),
  subject="Re: Thank you - Catalogue Assistant interview",
  date="2026-07-28 11:09 +0200",
  refs=["tulipa_panel_invite", "tulipa_interviewer_ill", "own_thanks_tulipa"],
  text=reply("""Hi Baptiste,

Thanks for the kind note, and sorry it took us a while to get back to you after the
rescheduled panel.

Meike and I talked it over with the category team. It was a close call, but we've gone with
a candidate who has already run a catalogue migration end to end, so we won't be taking your
application further this time.

Your story about fixing the shelf labels stuck with all of us. If the junior merchandiser
opening comes back in the autumn I'll ping you myself.

All the best,
Joost

Joost Bakker | Talent Lead
Tulipa Home B.V. | Westerstraat 187, 1015 MA Amsterdam
""", "en", "Wed, 22 Jul 2026 at 17:46", "Baptiste Keller-Ouattara", CANDIDATE[1], THANKS_TULIPA))

_ls = """Dear Baptiste,

Thank you for applying for the position of E-commerce Catalogue Assistant at Leiestraat
Commerce, and for the time you spent with Lotte.

We have now completed our selection. We regret to let you know that we will not be moving
forward with your application.

We wish you every success in your job search.

Kind regards,
The Leiestraat Commerce hiring team

You are receiving this email because you applied for a job via Workable."""
M(kind="rejection", slug="leiestraat_workable", company="Leiestraat Commerce", contact="",
  lang="en",
  frm=("Leiestraat Commerce", "noreply@workablemail.com"),
  subject="Your application for E-commerce Catalogue Assistant at Leiestraat Commerce",
  date="2026-04-21 09:02 +0200",
  refs=["leiestraat_received", "leiestraat_chat_thursday", "leiestraat_waited_teams",
        "leiestraat_moved_call"],
  headers=AUTO,
  text=_ls,
  html=ats_card("Leiestraat Commerce", "#334155", paras(_ls), "Powered by Workable", "en"))

M(kind="rejection", slug="fietsplein_on_hold", company="Fietsplein",
  contact="pieter@fietsplein.example.be", lang="en",
  frm=("Pieter Maes", "pieter@fietsplein.example.be"),
  subject="Trial shift follow-up",
  date="2026-09-15 16:44 +0200",
  refs=["fietsplein_trial_shift"],
  text="""Hello Baptiste,

I owe you an update after the trial shift you did with us in the warehouse on the 9th.

Our investors asked us last week to freeze every new hire until the winter season numbers are
in. That means the catalogue assistant role has been put on hold and we will not proceed with
any of the candidates, including you, for now.

It has nothing to do with how the trial went: the team liked working with you. I'm sorry to
end it like this.

Pieter Maes
Operations, Fietsplein
Dok Noord 4, 9000 Gent
""")

RAVI_INVITE = """Hi Baptiste,

Great news: Canalside Books would like to meet you for the Catalogue & Metadata Assistant
role. They suggest Monday 27 April at 14:00 at their office on the Prinsengracht.

Let me know if that works and I'll confirm.

Ravi"""
M(kind="rejection", slug="canalside_via_northbound", company="Canalside Books",
  contact="ravi@northbound.example.nl", lang="en",
  frm=("Ravi Chandrasekar", "ravi@northbound.example.nl"),
  subject="RE: Canalside Books - feedback",
  date="2026-05-06 12:20 +0200",
  refs=["northbound_registered", "canalside_interview_setup", "canalside_client_moved"],
  text="""Hi Baptiste,

I've just had Canalside Books on the phone. They were impressed by how well you knew their
website, but in the end they've decided to offer the role to someone with a publishing
background who can start straight away. So it's a no from them, I'm afraid.

I know that's disappointing after two rounds. Shall we have a quick call on Friday to look at
the other two clients I mentioned?

Ravi Chandrasekar
Senior Consultant | Northbound Talent
Herengracht 420, 1017 BZ Amsterdam | +31 20 555 0192

""" + outlook_block("en", "Ravi Chandrasekar <ravi@northbound.example.nl>",
                    "Monday, April 20, 2026 10:05 AM",
                    "Baptiste Keller-Ouattara <baptiste.ko@example.fr>",
                    "Canalside Books - interview", RAVI_INVITE))

HV_INVITE = """Hi Baptiste,

Thanks for applying to Harbour & Vine! I'd love to have a 20-minute phone call to hear more
about you. Could you do Tuesday 4 August at 10:30? I'll call the number on your CV.

Cheers,
Saskia"""
M(kind="rejection", slug="harbourvine_after_screen", company="Harbour & Vine",
  contact="saskia@harbourvine.example.nl", lang="en",
  frm=("Saskia Visser", "saskia@harbourvine.example.nl"),
  subject="Re: Phone call on Tuesday?",
  date="2026-08-12 15:37 +0200",
  refs=["harbourvine_phone_screen"],
  text=reply("""Hi Baptiste,

Thank you again for the call last week, it was lovely to chat.

I've thought about it a lot, and I don't think the role is the right fit right now: we
really need someone who can write tasting notes in Dutch and English from day one. I've
decided not to move you to the next stage.

Good luck with everything, and proost!
Saskia
""", "en", "Thu, 30 Jul 2026 at 09:12", "Saskia Visser", "saskia@harbourvine.example.nl",
      HV_INVITE))

_ddd = """Dear Baptiste,

Thank you for your interest in the Product Content Assistant position (Req ID 2026-1187) at
Dutch Design Depot.

After careful consideration, we have decided to pursue other applicants for this role. This
was a difficult decision given the number of qualified people who applied.

We encourage you to visit our careers site and apply for future openings that match your
skills and experience.

Sincerely,
Talent Acquisition
Dutch Design Depot

Please do not reply to this message. This mailbox is not monitored."""
M(kind="rejection", slug="ddd_icims", company="Dutch Design Depot", contact="", lang="en",
  frm=("Dutch Design Depot", "dutchdesigndepot@icims.com"),
  subject="Dutch Design Depot: Product Content Assistant (2026-1187)",
  date="2026-03-05 20:11 +0100",
  refs=["ddd_received"],
  headers=AUTO,
  cte="quoted-printable",
  text=_ddd,
  html=ats_card("Dutch Design Depot", "#111827", paras(_ddd), "iCIMS Talent Platform", "en"))

M(kind="rejection", slug="bikebox_terse", company="Bikebox",
  contact="daan@bikebox.example.nl", lang="en",
  frm=("Daan Mulder", "daan@bikebox.example.nl"),
  subject="catalogue role",
  date="2026-10-02 08:58 +0200",
  text="""Hey Baptiste - quick one. We went another way on the catalogue role. Thanks for the
effort you put in, and good luck out there.

Daan
Sent from my phone
""")

_kade = """Hi Baptiste,

Thank you for your application for the Inventory Data Assistant role at Kade Logistics and
for completing the online questionnaire.

We have reviewed all applications carefully. We have decided to move forward with candidates
whose experience more closely matches what the warehouse team needs for the peak season,
particularly hands-on experience with SAP EWM.

We appreciate your interest and hope you will consider us again.

Eline Bos
Recruiter, Kade Logistics
"""
M(kind="rejection", slug="kade_soft", company="Kade Logistics",
  contact="eline.bos@kadelogistics.example.nl", lang="en",
  frm=("Kade Logistics", "noreply@smartrecruiters.com"),
  reply_to=("Eline Bos", "eline.bos@kadelogistics.example.nl"),
  subject="Update on your application - Inventory Data Assistant",
  date="2026-06-29 13:40 +0200",
  headers=AUTO,
  text=_kade,
  html=ats_card("Kade Logistics", "#0e7490", paras(_kade),
                "Sent via SmartRecruiters on behalf of Kade Logistics", "en"))

# ============================================================================ German (4)

M(kind="rejection", slug="lindenthal_after_interview", company="Lindenthal Living",
  contact="jana.schroeder@lindenthal-living.example.de", lang="de",
  frm=("Jana Schröder", "jana.schroeder@lindenthal-living.example.de"),
  subject="AW: Vielen Dank für das Gespräch",
  date="2026-05-20 10:31 +0200",
  cte="quoted-printable",
  text=reply("""Guten Tag Herr Keller-Ouattara,

herzlichen Dank für Ihre Nachricht und Ihr Interesse an Lindenthal Living.

Nach reiflicher Überlegung haben wir uns für eine Bewerberin entschieden, die bereits
Erfahrung mit unserem Shopsystem mitbringt. Wir können Ihnen die Stelle als
Produktdatenassistent daher leider nicht anbieten.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüße
Jana Schröder
Personalreferentin
Lindenthal Living GmbH | Dürener Straße 201 | 50931 Köln
Tel. +49 221 5560 214

Geschäftsführer: Hendrik Vogt | Amtsgericht Köln HRB 98765
""", "de", "14.05.2026 um 18:22", "Baptiste Keller-Ouattara", CANDIDATE[1], THANKS_LINDENTHAL))

M(kind="rejection", slug="veedel_via_personalwerk", company="Veedel Versand",
  contact="murat.yilmaz@personalwerk.example.de", lang="de",
  frm=("Murat Yilmaz", "murat.yilmaz@personalwerk.example.de"),
  subject="WG: Rückmeldung Veedel Versand",
  date="2026-05-04 15:03 +0200",
  refs=["personalwerk_registered", "personalwerk_missed_call", "veedel_interview_setup",
        "veedel_client_cancelled"],
  charset="iso-8859-1",
  text="""Hallo Herr Keller-Ouattara,

anbei die Rückmeldung von Veedel Versand zu Ihrem Gespräch vom 29. April. Leider hat sich der
Kunde gegen eine Zusammenarbeit entschieden - die Details stehen in der weitergeleiteten Mail.

Ich melde mich Anfang nächster Woche mit neuen Einsätzen im Raum Köln bei Ihnen.

Viele Grüße
Murat Yilmaz
Personaldisponent
Personalwerk Rhein GmbH | Hohenzollernring 56 | 50672 Köln
Tel. 0221 998 437-12
""",
  forward={
      "slug": "veedel_feedback_inner",
      "frm": ("Ulrike Brandt", "u.brandt@veedel-versand.example.de"),
      "to": [("Murat Yilmaz", "murat.yilmaz@personalwerk.example.de")],
      "subject": "Feedback Herr Keller-Ouattara",
      "date": "2026-05-04 11:48 +0200",
      "text": """Hallo Herr Yilmaz,

danke für die Vorstellung von Herrn Keller-Ouattara. Er war sehr freundlich und gut
vorbereitet. Für die Artikelpflege brauchen wir aber jemanden mit sicherem Deutsch in Wort
und Schrift, da die Texte direkt in den Shop gehen. Wir werden ihn daher nicht übernehmen.

Beste Grüße
Ulrike Brandt
Veedel Versand
"""})

M(kind="rejection", slug="deutz_intern_besetzt", company="Deutz Logistik",
  contact="stefan.kraemer@deutz-logistik.example.de", lang="de",
  frm=("Stefan Krämer", "stefan.kraemer@deutz-logistik.example.de"),
  enc={"from": ("iso-8859-1", "Q"), "subject": ("iso-8859-1", "B")},
  subject="Ihre Bewerbung als Stammdatenassistent (m/w/d) - Stelle besetzt",
  date="2026-08-10 09:18 +0200",
  refs=["deutz_assessment_invite", "deutz_no_show"],
  charset="iso-8859-1", cte="quoted-printable",
  text="""Sehr geehrter Herr Keller-Ouattara,

wir möchten Sie darüber informieren, dass die Position als Stammdatenassistent (m/w/d) an
unserem Standort Köln-Deutz inzwischen mit einem internen Kandidaten besetzt wurde.

Das Auswahlverfahren ist damit abgeschlossen. Ihre Unterlagen löschen wir nach Ablauf der
gesetzlichen Frist von sechs Monaten.

Mit freundlichen Grüßen

Stefan Krämer
Recruiting
Deutz Logistik GmbH & Co. KG
Siegburger Straße 229, 50679 Köln
""")

_sued = """Hallo Baptiste,

vielen Dank für Ihre Bewerbung als Werkstudent/Assistenz E-Commerce bei Südstadt Shop.

Wir haben uns Ihre Unterlagen genau angesehen. Leider passt Ihr Profil derzeit nicht zu den
Anforderungen der Stelle, insbesondere fehlt uns die Einschreibung an einer Hochschule, die
für diese Position Voraussetzung ist.

Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.

Ihr Team von Südstadt Shop
"""
M(kind="rejection", slug="suedstadt_personio", company="Südstadt Shop", contact="", lang="de",
  frm=("Südstadt Shop", "noreply@personio.de"),
  subject="Ihre Bewerbung bei Südstadt Shop",
  date="2026-09-22 14:26 +0200",
  refs=["own_bewerbung_suedstadt"],
  headers=AUTO,
  cte="base64",
  text=_sued,
  html=ats_card("Südstadt Shop", "#7c3aed", paras(_sued),
                "Diese E-Mail wurde über Personio versendet.", "de"))

# ============================================================================ Spanish (4)

_merc = """Hola Baptiste,

Gracias por tu interés en el puesto de Asistente de Catálogo (Madrid) en Mercadillo Digital.

Hemos revisado tu candidatura con atención y, tras valorar todos los perfiles, hemos
decidido continuar con otras personas para esta posición.

Guardaremos tus datos durante 12 meses por si surge una vacante que encaje mejor contigo.

Un saludo,
Equipo de Talento de Mercadillo Digital
"""
M(kind="rejection", slug="mercadillo_smartrecruiters", company="Mercadillo Digital",
  contact="", lang="es",
  frm=("Mercadillo Digital", "noreply@smartrecruiters.com"),
  subject="Tu candidatura en Mercadillo Digital",
  date="2026-04-14 12:00 +0200",
  refs=["mercadillo_received", "mercadillo_phone_invite", "mercadillo_no_answer"],
  headers=AUTO,
  text=_merc,
  html=ats_card("Mercadillo Digital", "#f59e0b", paras(_merc),
                "Enviado por SmartRecruiters en nombre de Mercadillo Digital", "es"))

M(kind="rejection", slug="vallecas_casual", company="Logística Vallecas",
  contact="raul.jimenez@logisticavallecas.example.es", lang="es",
  frm=("Raúl Jiménez", "raul.jimenez@logisticavallecas.example.es"),
  subject="Re: Día de prueba en el almacén",
  date="2026-09-28 19:12 +0200",
  refs=["vallecas_trial_day"],
  text=reply("""Hola Baptiste:

Te escribo como te prometí. Al final no ha podido ser: el jefe de almacén prefiere a alguien
que ya maneje el SGA desde el primer día y vamos a tirar por otro candidato.

Me dio mucha pena porque el día de prueba lo hiciste muy bien. Si me entero de algo en otra
nave del polígono, te aviso.

Un abrazo,
Raúl
""", "es", "lun, 14 sept 2026 a las 10:03", "Raúl Jiménez",
      "raul.jimenez@logisticavallecas.example.es",
VALLECAS_INVITE))

M(kind="rejection", slug="botica_via_adelanta", company="Botica Retiro",
  contact="marta.gil@adelanta.example.es", lang="es",
  frm=("Marta Gil", "marta.gil@adelanta.example.es"),
  subject="Respuesta de Botica Retiro",
  date="2026-07-24 13:55 +0200",
  refs=["adelanta_registered", "botica_interview_cancelled"],
  charset="windows-1252",
  text="""Hola Baptiste:

Te escribo para contarte la respuesta de Botica Retiro. Después de reprogramar la entrevista
con su responsable de tienda online, nos han comunicado que han cubierto la vacante con una
persona que ya trabajaba con ellos en la farmacia física. No seguirán adelante con tu
candidatura.

Sé que es una pena después de tanta espera. Sigo moviendo tu perfil con otros clientes del
sector e-commerce; te llamo la semana que viene.

Un saludo,
Marta Gil
Consultora de selección · Adelanta ETT
C/ de Alcalá 155, 28009 Madrid · 91 555 02 47
""")

M(kind="rejection", slug="lavapies_cancelled", company="Librería Lavapiés Online",
  contact="alba@libreria-lavapies.example.es", lang="es",
  frm=("Alba Romero", "alba@libreria-lavapies.example.es"),
  subject="Sobre la vacante de catalogación",
  date="2026-10-05 17:20 +0200",
  text="""Hola Baptiste,

Gracias por tu paciencia. Te escribo para decirte que hemos cancelado la vacante de
catalogación de la tienda online: la cooperativa ha decidido que el equipo actual asuma esas
tareas durante el próximo año, así que no vamos a contratar a nadie.

Tu carta fue de las que más nos gustaron. Siento no tener mejores noticias.

Alba Romero
Librería Lavapiés Online · C/ del Ave María 21, Madrid
""")

assert len(MESSAGES) == 31, len(MESSAGES)
