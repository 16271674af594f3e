"""Corpus 188, interviews: 26 invitations, 15 reschedules or cancellations, 10 missed-interview
notices, all hand-written."""

from __future__ import annotations

from typing import Any

from msgs188_common import (
    CANDIDATE,
    ats_card,
    button,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    reply,
)
from msgs188_rejections import HV_INVITE, RAVI_INVITE, VALLECAS_INVITE

MESSAGES: list[dict[str, Any]] = []


def M(**spec: Any) -> None:
    MESSAGES.append(spec)


AUTO = [("Auto-Submitted", "auto-generated")]

PARCELIA_DISCLAIMER = """Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le
supprimer. Parcelia SA décline toute responsabilité quant au contenu de ce message.
Dit bericht is vertrouwelijk. This message is confidential."""

# ================================================================= interview_invitation (26)
# ---------------------------------------------------------------- French (13)

_vd = """Bonjour Baptiste,

Bonne nouvelle : votre candidature au poste d'Assistant(e) catalogue e-commerce (R-10482) a
retenu l'attention de notre équipe.

Sandrine Mahieu, chargée de recrutement, souhaite vous rencontrer pour un entretien d'environ
45 minutes dans nos locaux de Roubaix (ou en visio si vous préférez).

Merci de choisir un créneau qui vous convient via le lien ci-dessous, au plus tard le
16 février. Les créneaux proposés vont du 18 au 20 février.

Pour toute question, répondez simplement à cet e-mail : il sera transmis à Sandrine.

L'équipe Recrutement Vendora"""
M(kind="interview_invitation", slug="vendora_schedule_link", company="Vendora",
  contact="sandrine.mahieu@vendora.example.fr", lang="fr",
  frm=("Vendora Recrutement", "vendora@myworkday.com"),
  reply_to=("Sandrine Mahieu", "sandrine.mahieu@vendora.example.fr"),
  subject="Planifiez votre entretien – Assistant(e) catalogue e-commerce",
  date="2026-02-12 10:20 +0100",
  refs=["vendora_received"],
  headers=AUTO,
  text=_vd + "\n\nChoisir un créneau : https://vendora.wd3.myworkday.example.com/schedule/8842\n",
  html=ats_card("Vendora", "#ff5a1f", paras(_vd) + button(
      "Choisir un créneau", "https://vendora.wd3.myworkday.example.com/schedule/8842",
      "#ff5a1f"), "Vendora SAS · 120 avenue des Nations Unies, 59100 Roubaix"))

_lg = """Bonjour Baptiste,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste
d'Assistant(e) e-merchandising :

Mardi 3 février 2026, de 10h30 à 11h30
Showroom Maison Lenglart, 42 rue Esquermoise, Lille (2e étage, sonnez « Studio »)

Vous rencontrerez Paul Vanhove, responsable e-commerce, et Amandine Roux, chef de produit web.
Nous vous proposerons un court exercice sur trois fiches produits de la collection actuelle ;
aucune préparation n'est nécessaire.

Merci de confirmer votre présence en acceptant l'invitation.

Claire Dumez
Chargée de recrutement | Maison Lenglart
03 20 55 71 08"""
M(kind="interview_invitation", slug="lenglart_panel_invite", company="Maison Lenglart",
  contact="claire.dumez@lenglart.example.fr", lang="fr",
  frm=("Claire Dumez", "claire.dumez@lenglart.example.fr"),
  subject="Entretien Maison Lenglart – Assistant(e) e-merchandising",
  date="2026-01-27 14:02 +0100",
  refs=["lenglart_received"],
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  text=_lg + "\n",
  html=outlook_html(_lg),
  ics={"method": "REQUEST", "uid": "lenglart-2026-0203-emerch@lenglart.example.fr", "seq": 0,
           "start": "2026-02-03 10:30", "end": "2026-02-03 11:30",
           "summary": "Entretien Baptiste Keller-Ouattara – Assistant(e) e-merchandising",
           "location": "Showroom Maison Lenglart, 42 rue Esquermoise, Lille",
           "organizer": ("Claire Dumez", "claire.dumez@lenglart.example.fr"),
           "description": "Entretien avec Paul Vanhove et Amandine Roux."})

M(kind="interview_invitation", slug="scarpe_trial_invite", company="Logistique Scarpe",
  contact="m.lefebvre@scarpe-logistique.example.fr", lang="fr",
  frm=("Mickaël Lefebvre", "m.lefebvre@scarpe-logistique.example.fr"),
  subject="Journée d'essai – poste assistant données articles",
  date="2026-03-09 16:47 +0100",
  charset="windows-1252", cte="quoted-printable",
  text="""Bonjour M. Keller-Ouattara,

Votre profil nous intéresse pour le poste d’assistant données articles. Plutôt qu’un
entretien classique, nous vous proposons une journée d’essai rémunérée sur notre site :

- Date : lundi 16 mars 2026
- Heure d’arrivée : 8h00 (fin vers 16h30)
- Lieu : Logistique Scarpe, ZA des Bonnettes, Dainville (accueil bâtiment B)
- À prévoir : pièce d’identité, chaussures de sécurité (nous pouvons en prêter)

Vous passerez la matinée avec l’équipe réception et l’après-midi sur la création des
fiches articles dans notre WMS. Merci de me confirmer votre venue par retour de mail.

Cordialement,

Mickaël Lefebvre
Responsable d’exploitation
Logistique Scarpe – Tél. 03 21 15 40 62
""")

_kq = """Bonjour Baptiste,

Merci pour votre candidature au poste d'assistant catalogue chez Kiosque Mode !

J'aimerais faire un premier point téléphonique d'une vingtaine de minutes avec vous pour
mieux comprendre votre parcours et vous présenter l'équipe. Je vous propose mardi 14 avril
à 11h, je vous appellerai au 06 41 27 88 19.

Vous trouverez une invitation dans votre agenda. Si l'horaire ne vous convient pas,
proposez-moi simplement un autre moment dans la semaine.

À bientôt,
Léa Fontaine
Talent Acquisition – Kiosque Mode"""
M(kind="interview_invitation", slug="kiosque_call_invite", company="Kiosque Mode",
  contact="lea.fontaine@kiosquemode.example.fr", lang="fr",
  frm=("Léa Fontaine", "lea.fontaine@kiosquemode.example.fr"),
  subject="Premier échange – Assistant catalogue Kiosque Mode",
  date="2026-04-07 09:55 +0200",
  text=_kq + "\n",
  html=plain_html(paras(_kq)),
  ics={"method": "REQUEST", "uid": "kq-call-0414-bko@kiosquemode.example.fr", "seq": 0,
           "start": "2026-04-14 11:00", "end": "2026-04-14 11:20", "mode": "both",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
           "summary": "Kiosque Mode x Baptiste – échange téléphonique",
           "location": "Téléphone",
           "organizer": ("Léa Fontaine", "lea.fontaine@kiosquemode.example.fr")})

M(kind="interview_invitation", slug="hygea_client_interview", company="Hygéa",
  contact="nadia.bensalem@interimflandres.example.fr", lang="fr",
  frm=("Nadia Bensalem", "nadia.bensalem@interimflandres.example.fr"),
  subject="Entretien chez notre client Hygéa - vendredi 20/02",
  date="2026-02-18 11:26 +0100",
  refs=["interimflandres_registered"],
  text="""Bonjour Baptiste,

Comme convenu au téléphone, notre client Hygéa (parapharmacie en ligne) souhaite vous
rencontrer pour le poste d'assistant catalogue en CDD de 6 mois.

Rendez-vous vendredi 20 février à 11h00, 14 rue Nationale à Lille, 3e étage.
Vous serez reçu par Agathe Roussel, responsable RH, puis par le responsable du site web.

Pensez à apporter deux CV imprimés. Appelez-moi en sortant pour me faire un retour !

Nadia Bensalem
Chargée de recrutement
Intérim Flandres - Agence Lille Centre
03 20 12 64 30
""")

M(kind="interview_invitation", slug="lumen_interview_setup", company="Lumen Optique",
  contact="antoine.ravel@talentis.example.fr", lang="fr",
  frm=("Antoine Ravel", "antoine.ravel@talentis.example.fr"),
  subject="Lumen Optique - entretien mercredi 25 mars",
  date="2026-03-20 18:12 +0100",
  refs=["talentis_cold_approach"],
  cte="quoted-printable",
  text=reply("""Baptiste,

Bonne nouvelle : j'ai présenté votre dossier à Lumen Optique (lunettes en ligne, Paris 11e)
et la responsable e-commerce, Sarah Benali, veut vous parler.

Je vous ai réservé le mercredi 25 mars à 10h en visio (lien Google Meet ci-dessous).
Prévoyez 45 minutes ; elle vous posera des questions sur la gestion des stocks en rayon et
sur votre façon de décrire un produit.

https://meet.example.com/lum-opt-bko

Je vous appelle lundi pour vous briefer.

Antoine
""", "fr", "lun. 2 mars 2026 à 09:14", "Baptiste Keller-Ouattara", CANDIDATE[1],
      """Bonjour Antoine,

Merci pour votre message. Oui, je suis ouvert à des opportunités dans le catalogue
e-commerce, à Paris comme à Lille. Vous trouverez mon CV à jour en pièce jointe.

Baptiste
"""))

_cat = """Bonjour Baptiste,

Merci pour votre candidature au poste de Chargé(e) de contenu catalogue chez Catalogia.

Nous avons le plaisir de vous inviter à notre session de recrutement collective :

Jeudi 14 mai 2026, de 9h30 à 13h00
Catalogia, 77 rue La Fayette, 75009 Paris

Au programme : présentation de l'agence, exercice de rédaction de fiches produits sur
ordinateur (45 min), mise en situation en binôme puis entretien individuel de 20 minutes.

Merci de confirmer votre participation avant le 8 mai en cliquant sur le bouton ci-dessous.
Pour toute question, Julien Marchetti reste joignable en répondant à ce message."""
M(kind="interview_invitation", slug="catalogia_assessment", company="Catalogia",
  contact="julien.marchetti@catalogia.example.fr", lang="fr",
  frm=("Catalogia", "noreply@smartrecruiters.com"),
  reply_to=("Julien Marchetti", "julien.marchetti@catalogia.example.fr"),
  subject="Invitation : session de recrutement Catalogia du 14 mai",
  date="2026-05-04 12:31 +0200",
  headers=AUTO,
  text=_cat + "\n\nConfirmer : https://jobs.smartrecruiters.example.com/catalogia/confirm/5521\n",
  html=ats_card("Catalogia", "#1f2937", paras(_cat) + button(
      "Je confirme ma venue", "https://jobs.smartrecruiters.example.com/catalogia/confirm/5521"),
      "Envoyé par SmartRecruiters pour Catalogia"))

_pc = """Bonjour Monsieur Keller-Ouattara,

Nous vous remercions pour votre candidature au poste d'Assistant Master Data (Bruxelles).

Nous aimerions faire plus ample connaissance lors d'un entretien via Microsoft Teams le
lundi 8 juin 2026 de 10h00 à 10h45. Vous y rencontrerez Jan Wouters, Supply Chain Data
Manager, et moi-même.

Le lien de connexion figure dans l'invitation ci-jointe. Pourriez-vous l'accepter afin de
confirmer votre disponibilité ?

Bien cordialement,

Sophie Vandamme
HR Business Partner
Parcelia SA | Avenue du Port 86C, 1000 Bruxelles
+32 2 555 18 40

""" + PARCELIA_DISCLAIMER
M(kind="interview_invitation", slug="parcelia_teams_invite", company="Parcelia",
  contact="sophie.vandamme@parcelia.example.be", lang="fr",
  frm=("Vandamme, Sophie", "sophie.vandamme@parcelia.example.be"),
  subject="Entretien Parcelia – Assistant Master Data",
  date="2026-06-02 15:48 +0200",
  headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Entretien Parcelia")],
  cte="quoted-printable",
  text=_pc + "\n",
  html=outlook_html(_pc),
  ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000094D1@parcelia",
           "seq": 0, "start": "2026-06-08 10:00", "end": "2026-06-08 10:45", "tz": "Romance Standard Time",
           "summary": "Entretien Parcelia – Assistant Master Data",
           "location": "Réunion Microsoft Teams",
           "organizer": ("Vandamme, Sophie", "sophie.vandamme@parcelia.example.be"),
           "description": "Rejoindre la réunion : https://teams.example.com/l/meetup/parcelia-7731"})

M(kind="interview_invitation", slug="paniermalin_phone_screen", company="Panier Malin",
  contact="chloe.verhaeghe@paniermalin.example.fr", lang="fr",
  frm=("Chloé Verhaeghe", "chloe.verhaeghe@paniermalin.example.fr"),
  subject="Votre candidature Assistant(e) Catalogue Produits Frais",
  date="2026-01-29 17:03 +0100",
  refs=["paniermalin_received"],
  text="""Bonjour Baptiste,

Je suis Chloé, recruteuse chez Panier Malin. J'ai lu votre candidature avec intérêt : votre
expérience en rayon frais est un vrai plus pour ce poste.

Seriez-vous disponible pour un échange téléphonique de 20 minutes mardi 3 février à 10h ?
Si ce n'est pas possible, indiquez-moi deux ou trois créneaux qui vous arrangent.

Belle soirée,
Chloé Verhaeghe
Talent Acquisition | Panier Malin
""")

M(kind="interview_invitation", slug="deule_chat_invite", company="Atelier Deûle",
  contact="theo@ateliers-deule.example.fr", lang="fr",
  frm=("Théo Dewaele", "theo@ateliers-deule.example.fr"),
  subject="Re: Candidature spontanée - catalogue e-shop",
  date="2026-06-30 21:40 +0200",
  refs=["own_application_deule"],
  text="""Salut Baptiste,

Merci pour ton mail et ton CV, ça tombe bien : on galère un peu avec nos fiches produits
depuis qu'on a lancé la ligne de chemises.

T'es dispo jeudi à 17h pour qu'on en parle ? On peut faire ça sur Teams, une demi-heure,
avec Inès qui gère la boutique en ligne. Je t'envoie le lien si c'est ok pour toi.

Théo
Atelier Deûle - fait à Roubaix
""")

_vs = """Bonjour Monsieur Keller-Ouattara,

Votre candidature au poste d'Assistant(e) e-commerce - Catalogue (réf. 2026-0142) a retenu
notre attention.

Hélène Carpentier, chargée de recrutement, vous propose un entretien téléphonique le
mercredi 29 avril 2026 à 14h00. Elle vous appellera au numéro indiqué dans votre dossier.

Si ce créneau ne vous convient pas, merci de répondre directement à Hélène en utilisant la
fonction « Répondre » de votre messagerie.

Cordialement,
Le service Ressources Humaines - Chaussures Vasseur
"""
M(kind="interview_invitation", slug="vasseur_call_invite", company="Chaussures Vasseur",
  contact="helene.carpentier@vasseur-chaussures.example.fr", lang="fr",
  frm=("Chaussures Vasseur Recrutement", "vasseur@taleo.net"),
  reply_to=("Hélène Carpentier", "helene.carpentier@vasseur-chaussures.example.fr"),
  enc={"reply_to": ("iso-8859-1", "Q")},
  subject="Entretien téléphonique - Assistant(e) e-commerce",
  date="2026-04-22 10:14 +0200",
  refs=["vasseur_received"],
  cte="quoted-printable",
  text=_vs)

_nl = """Bonjour Baptiste,

Merci pour votre intérêt pour le poste d'Assistant(e) données articles basé à Lesquin.

Pour la prochaine étape, nous vous invitons à :

1. Réaliser un test en ligne de catalogage (30 minutes) avant le 18 mai, via le lien
   ci-dessous.
2. Puis rencontrer Romain Delattre, chargé RH, et le responsable du référentiel produits
   sur notre site, le jeudi 21 mai à 14h00.

Pour toute question, répondez à ce message : il parviendra à Romain.

Nordlog - Ressources Humaines"""
M(kind="interview_invitation", slug="nordlog_test_invite", company="Nordlog",
  contact="romain.delattre@nordlog.example.fr", lang="fr",
  frm=("Nordlog Careers", "noreply@successfactors.eu"),
  reply_to=("Romain Delattre", "romain.delattre@nordlog.example.fr"),
  subject="Nordlog : test et entretien pour le poste d'Assistant(e) données articles",
  date="2026-05-12 08:44 +0200",
  refs=["nordlog_received"],
  headers=AUTO,
  text=_nl + "\n\nCommencer le test : https://career5.successfactors.example.eu/nordlog/test/2231\n",
  html=ats_card("Nordlog", "#14532d", paras(_nl) + button(
      "Commencer le test", "https://career5.successfactors.example.eu/nordlog/test/2231",
      "#14532d"), "SAP SuccessFactors · Nordlog, Lesquin"))

_bdi = (
    "<p>Bonjour Baptiste,</p>\n"
    "<p>Inès Morel aimerait planifier avec vous un <strong>entretien visio de 30 minutes</strong>"
    " pour le poste d'Assistant·e Merchandising Web.</p>\n"
    "<p>Choisissez le créneau qui vous arrange parmi les disponibilités de l'équipe, entre le "
    "10 et le 14 août :</p>\n"
    + button("Choisir un créneau", "https://app.ashbyhq.example.com/schedule/bd-7f3a", "#b0306a")
    + "\n<p>Une question ? Répondez à cet e-mail, Inès vous répondra.</p>\n"
    "<p>À très vite,<br>L'équipe Beauté Directe</p>"
)
M(kind="interview_invitation", slug="beautedirecte_schedule", company="Beauté Directe",
  contact="ines.morel@beautedirecte.example.fr", lang="fr",
  frm=("Beauté Directe", "no-reply@ashbyhq.com"),
  reply_to=("Inès Morel", "ines.morel@beautedirecte.example.fr"),
  enc={"from": ("utf-8", "Q")},
  subject="Beauté Directe : planifions votre entretien",
  date="2026-08-03 11:02 +0200",
  headers=AUTO,
  html=ats_card("Beauté Directe", "#b0306a", _bdi, "Envoyé avec Ashby"))

# ---------------------------------------------------------------- English (6)

_gm = """Hi Baptiste,

Thanks for applying to Grachtenmarkt! We'd like to invite you to a video interview for the
Marketplace Catalogue Assistant role.

When: Tuesday, 2 June 2026, 15:00-15:45 (Amsterdam time)
Where: Google Meet - https://meet.example.com/gm-cat-2206
Who: Femke de Graaf (Recruiter) and Tom Hendriks (Catalogue Lead)

We'll talk about your experience and walk through a few seller listings together. A calendar
invite is attached; please accept it so we know you can make it.

Best,
Femke"""
M(kind="interview_invitation", slug="grachtenmarkt_video_invite", company="Grachtenmarkt",
  contact="femke.degraaf@grachtenmarkt.example.nl", lang="en",
  frm=("Femke de Graaf via Greenhouse", "no-reply@us.greenhouse-mail.io"),
  reply_to=("Femke de Graaf", "femke.degraaf@grachtenmarkt.example.nl"),
  subject="Interview invitation: Marketplace Catalogue Assistant at Grachtenmarkt",
  date="2026-05-26 13:15 +0200",
  refs=["grachtenmarkt_received"],
  text=_gm + "\n",
  html=plain_html(paras(_gm), "en"),
  ics={"method": "REQUEST", "uid": "gh-interview-55120931@greenhouse.example.io", "seq": 0,
           "mode": "file", "tz": "Europe/Amsterdam", "prodid": "-//Greenhouse//Interviews//EN",
           "start": "2026-06-02 15:00", "end": "2026-06-02 15:45",
           "summary": "Interview: Baptiste Keller-Ouattara - Marketplace Catalogue Assistant",
           "location": "https://meet.example.com/gm-cat-2206",
           "organizer": ("Femke de Graaf", "femke.degraaf@grachtenmarkt.example.nl")})

_tp = """Hi Baptiste,

Great talking to you on the phone last week! As promised, here are the details for the next
step: a panel interview for the Catalogue Assistant role.

Thursday 16 July, 14:00-15:00
Tulipa Home, Westerstraat 187, Amsterdam (ring the bell marked "Studio")

You'll meet me, Meike van Dijk (Head of Category) and Sem from our content team. There's a
short case at the end: we'll give you three messy product listings and ask how you'd fix them.

See you there,
Joost"""
M(kind="interview_invitation", slug="tulipa_panel_invite", company="Tulipa Home",
  contact="joost.bakker@tulipahome.example.nl", lang="en",
  frm=("Joost Bakker", "no-reply@hire.lever.co"),
  reply_to=("Joost Bakker", "joost.bakker@tulipahome.example.nl"),
  subject="Tulipa Home - panel interview on 16 July",
  date="2026-07-06 10:41 +0200",
  text=_tp + "\n",
  html=plain_html(paras(_tp), "en"),
  ics={"method": "REQUEST", "uid": "lever-iv-7f21c0@tulipahome.example.nl", "seq": 0,
           "tz": "Europe/Amsterdam", "prodid": "-//Lever//Interview Scheduling//EN",
           "start": "2026-07-16 14:00", "end": "2026-07-16 15:00",
           "summary": "Panel interview - Catalogue Assistant",
           "location": "Tulipa Home, Westerstraat 187, Amsterdam",
           "organizer": ("Joost Bakker", "joost.bakker@tulipahome.example.nl")})

M(kind="interview_invitation", slug="leiestraat_chat_thursday", company="Leiestraat Commerce",
  contact="lotte.claes@leiestraat.example.be", lang="en",
  frm=("Lotte Claes", "lotte.claes@leiestraat.example.be"),
  subject="Quick chat?",
  date="2026-03-30 16:22 +0200",
  refs=["leiestraat_received"],
  text="""Hi Baptiste,

Lotte here, I look after hiring at Leiestraat Commerce in Ghent. I read your application for
the catalogue assistant job and liked it.

Are you free Thursday around 11:00 to chat for half an hour? Teams is easiest for me, I'll
send a link. We can do it in English, no problem.

Cheers,
Lotte Claes
People & Culture, Leiestraat Commerce
Voorhoutkaai 12, 9000 Gent
""")

M(kind="interview_invitation", slug="canalside_interview_setup", company="Canalside Books",
  contact="ravi@northbound.example.nl", lang="en",
  frm=("Ravi Chandrasekar", "ravi@northbound.example.nl"),
  subject="Canalside Books - interview",
  date="2026-04-20 10:05 +0200",
  refs=["northbound_registered"],
  text=RAVI_INVITE + """

Ravi Chandrasekar
Senior Consultant | Northbound Talent
Herengracht 420, 1017 BZ Amsterdam | +31 20 555 0192
""")

M(kind="interview_invitation", slug="harbourvine_phone_screen", company="Harbour & Vine",
  contact="saskia@harbourvine.example.nl", lang="en",
  frm=("Saskia Visser", "saskia@harbourvine.example.nl"),
  subject="Phone call on Tuesday?",
  date="2026-07-30 09:12 +0200",
  text=HV_INVITE + "\n\nSaskia Visser | Founder, Harbour & Vine | Amsterdam-Noord\n")

_fp = """Hello Baptiste,

Pieter from Fietsplein here. Thanks for your application and your nice email about the
cargo bikes.

We'd like to invite you for a paid trial shift in our warehouse and web shop team:
Wednesday 9 September, 9:00 to 15:00, Dok Noord 4, Gent. You'll photograph and list a few
new arrivals with Hanne, and we'll have lunch together and a proper talk in the afternoon.

Could you reply to let me know whether that date works?

Pieter Maes
Operations, Fietsplein"""
M(kind="interview_invitation", slug="fietsplein_trial_shift", company="Fietsplein",
  contact="pieter@fietsplein.example.be", lang="en",
  frm=("Fietsplein Hiring", "no-reply@bamboohr.com"),
  reply_to=("Pieter Maes", "pieter@fietsplein.example.be"),
  subject="Trial shift at Fietsplein",
  date="2026-09-02 14:30 +0200",
  refs=["own_application_fietsplein"],
  text=_fp + "\n",
  html=ats_card("Fietsplein", "#16a34a", paras(_fp), "Sent with BambooHR", "en"))

# ---------------------------------------------------------------- German (4)

_rk = """Guten Tag Herr Keller-Ouattara,

vielen Dank für Ihre Bewerbung als Sachbearbeiter Produktdaten (m/w/d) bei Rheinkaufhaus.

Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 15. September 2026, 10:00 - 11:00 Uhr
Rheinkaufhaus, Im Mediapark 8, 50670 Köln, 4. Etage

Gesprächspartner sind Frau Hoffmann (Recruiting) und Herr Lang (Teamleitung Content).
Bitte bestätigen Sie den Termin über die angehängte Kalendereinladung.

Mit freundlichen Grüßen
Katrin Hoffmann
Recruiting | Rheinkaufhaus GmbH"""
M(kind="interview_invitation", slug="rheinkaufhaus_invite", company="Rheinkaufhaus",
  contact="katrin.hoffmann@rheinkaufhaus.example.de", lang="de",
  frm=("Katrin Hoffmann", "katrin.hoffmann@rheinkaufhaus.example.de"),
  subject="Einladung zum Vorstellungsgespräch am 15.09.2026",
  date="2026-09-08 09:12 +0200",
  refs=["rheinkaufhaus_received"],
  text=_rk + "\n",
  html=plain_html(paras(_rk), "de"),
  ics={"method": "REQUEST", "uid": "personio-iv-44871-bko@rheinkaufhaus.example.de", "seq": 0,
           "mode": "both", "tz": "Europe/Berlin", "prodid": "-//Personio//Calendar//DE",
           "start": "2026-09-15 10:00", "end": "2026-09-15 11:00",
           "summary": "Vorstellungsgespräch Baptiste Keller-Ouattara",
           "location": "Rheinkaufhaus, Im Mediapark 8, Köln",
           "organizer": ("Katrin Hoffmann", "katrin.hoffmann@rheinkaufhaus.example.de")})

_dm = """Sehr geehrter Herr Keller-Ouattara,

wir freuen uns über Ihr Interesse an Domblick Mode. Ihre Unterlagen haben uns überzeugt,
und wir möchten Sie gerne zu einem persönlichen Gespräch einladen.

Termin: Mittwoch, 17. Juni 2026, 11:00 Uhr
Ort: Domblick Mode, Breite Straße 92, 50667 Köln (Empfang im Erdgeschoss)

Das Gespräch führen Lena Wirtz (HR) und Max Engel (E-Commerce). Bitte antworten Sie kurz auf
diese Nachricht, ob Ihnen der Termin passt.

Viele Grüße
Ihr Recruiting-Team von Domblick Mode"""
M(kind="interview_invitation", slug="domblick_invite", company="Domblick Mode",
  contact="lena.wirtz@domblick.example.de", lang="de",
  frm=("Domblick Mode Karriere", "noreply@softgarden.io"),
  reply_to=("Lena Wirtz", "lena.wirtz@domblick.example.de"),
  subject="Einladung zum Gespräch - Assistenz E-Commerce Katalog",
  date="2026-06-10 13:50 +0200",
  refs=["domblick_received"],
  headers=AUTO,
  cte="quoted-printable",
  text=_dm + "\n",
  html=ats_card("Domblick Mode", "#9a3412", paras(_dm), "Versendet über softgarden", "de"))

M(kind="interview_invitation", slug="veedel_interview_setup", company="Veedel Versand",
  contact="murat.yilmaz@personalwerk.example.de", lang="de",
  frm=("Murat Yilmaz", "murat.yilmaz@personalwerk.example.de"),
  subject="Vorstellungstermin bei Veedel Versand",
  date="2026-04-15 12:08 +0200",
  refs=["personalwerk_registered", "personalwerk_missed_call"],
  charset="iso-8859-1",
  text="""Hallo Herr Keller-Ouattara,

schön, dass wir uns gestern endlich telefonisch erreicht haben.

Wie besprochen habe ich Sie unserem Kunden Veedel Versand vorgestellt, einem Online-Händler
für regionale Spezialitäten in Köln-Nippes. Man möchte Sie kennenlernen:

Mittwoch, 22. April, 10:00 Uhr
Veedel Versand, Neusser Straße 310, 50733 Köln
Ansprechpartnerin: Frau Ulrike Brandt

Bitte geben Sie mir kurz Bescheid, ob das klappt. Nach dem Gespräch rufen Sie mich am besten
direkt an.

Viele Grüße
Murat Yilmaz
Personaldisponent, Personalwerk Rhein
Tel. 0221 998 437-12
""")

_dz = """Sehr geehrter Herr Keller-Ouattara,

vielen Dank für Ihre Bewerbung als Stammdatenassistent (m/w/d).

Wir laden Sie herzlich zu unserem eintägigen Assessment Center ein:

Datum: Dienstag, 28. Juli 2026
Beginn: 08:30 Uhr (Ende ca. 15:00 Uhr)
Ort: Deutz Logistik, Siegburger Straße 229, 50679 Köln, Schulungsraum 2

Der Tag umfasst eine Gruppenübung, eine Excel-Aufgabe zur Artikelpflege und ein
Einzelgespräch. Für Verpflegung ist gesorgt.

Bei Fragen antworten Sie bitte auf diese E-Mail; sie wird an Herrn Krämer weitergeleitet.

Deutz Logistik - Recruiting"""
M(kind="interview_invitation", slug="deutz_assessment_invite", company="Deutz Logistik",
  contact="stefan.kraemer@deutz-logistik.example.de", lang="de",
  frm=("Deutz Logistik Karriere", "noreply@successfactors.eu"),
  reply_to=("Stefan Krämer", "stefan.kraemer@deutz-logistik.example.de"),
  subject="Einladung Assessment Center am 28.07.2026",
  date="2026-07-20 07:55 +0200",
  headers=AUTO,
  text=_dz + "\n",
  html=ats_card("Deutz Logistik", "#1e3a8a", paras(_dz), "SAP SuccessFactors", "de"))

# ---------------------------------------------------------------- Spanish (3)

M(kind="interview_invitation", slug="mercadillo_phone_invite", company="Mercadillo Digital",
  contact="lucia.serrano@mercadillodigital.example.es", lang="es",
  frm=("Lucía Serrano", "lucia.serrano@mercadillodigital.example.es"),
  subject="Entrevista telefónica - Asistente de Catálogo",
  date="2026-03-25 11:47 +0100",
  refs=["mercadillo_received"],
  text="""Hola Baptiste:

Soy Lucía, del equipo de Talento de Mercadillo Digital. Hemos revisado tu candidatura para
Asistente de Catálogo y nos gustaría conocerte un poco mejor.

¿Te viene bien una entrevista telefónica de unos 25 minutos el lunes 30 de marzo a las
10:00 (hora de Madrid)? Te llamaría al +33 6 41 27 88 19.

Si no te cuadra, dime qué otros huecos tienes esa semana.

Un saludo,
Lucía Serrano
Talent Acquisition · Mercadillo Digital
Paseo de la Castellana 95, Madrid
""")

_mc = """Hola Baptiste,

Gracias por tu interés en Moda Castellana. Nos gustaría invitarte a una entrevista presencial
para el puesto de Asistente de E-commerce (catálogo y fichas de producto).

Fecha: martes 19 de mayo de 2026
Hora: 12:00
Lugar: Moda Castellana, C/ de Serrano 48, 3.º, Madrid

Te recibiremos Carmen Ruiz (responsable de tienda online) y yo. La entrevista durará una hora
aproximadamente. Te adjunto la convocatoria para tu calendario.

Un saludo,
Javier Ortega
Selección · Moda Castellana"""
M(kind="interview_invitation", slug="modacastellana_invite", company="Moda Castellana",
  contact="javier.ortega@modacastellana.example.es", lang="es",
  frm=("Javier Ortega", "javier.ortega@modacastellana.example.es"),
  subject="Convocatoria a entrevista – Asistente de E-commerce",
  date="2026-05-13 10:30 +0200",
  refs=["modacastellana_received"],
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  text=_mc + "\n",
  html=outlook_html(_mc, "es"),
  ics={"method": "REQUEST", "uid": "mc-entrevista-0519-bko@modacastellana.example.es", "seq": 0,
           "tz": "Europe/Madrid", "start": "2026-05-19 12:00", "end": "2026-05-19 13:00",
           "summary": "Entrevista Baptiste Keller-Ouattara – Asistente de E-commerce",
           "location": "C/ de Serrano 48, 3.º, Madrid",
           "organizer": ("Javier Ortega", "javier.ortega@modacastellana.example.es")})

M(kind="interview_invitation", slug="vallecas_trial_day", company="Logística Vallecas",
  contact="raul.jimenez@logisticavallecas.example.es", lang="es",
  frm=("Raúl Jiménez", "raul.jimenez@logisticavallecas.example.es"),
  subject="Día de prueba en el almacén",
  date="2026-09-14 10:03 +0200",
  text=VALLECAS_INVITE)

# ======================================================= interview_reschedule_or_cancel (15)
# ---------------------------------------------------------------- French (7)

M(kind="interview_reschedule_or_cancel", slug="vendora_moved", company="Vendora",
  contact="sandrine.mahieu@vendora.example.fr", lang="fr",
  frm=("Sandrine Mahieu", "sandrine.mahieu@vendora.example.fr"),
  subject="Changement d'horaire pour notre entretien",
  date="2026-02-17 08:36 +0100",
  refs=["vendora_received", "vendora_schedule_link"],
  text="""Bonjour Baptiste,

Vous aviez réservé le créneau du jeudi 19 février à 9h30 pour notre entretien. Je suis
malheureusement retenue ce jour-là par l'inventaire de notre entrepôt de Hem.

Je vous propose de décaler au lundi 23 février à 14h00, toujours à Roubaix (120 avenue des
Nations Unies, accueil du bâtiment C). Si cela ne vous convient pas, dites-le-moi et je vous
envoie d'autres disponibilités.

Toutes mes excuses pour ce changement,

Sandrine Mahieu
Chargée de recrutement - Vendora
120 avenue des Nations Unies, 59100 Roubaix
03 28 33 90 14
""")

_lgm = """Bonjour Baptiste,

Paul a un déplacement imprévu à notre atelier de Tourcoing mardi matin. Je décale donc notre
entretien au mercredi 4 février, de 15h00 à 16h00, au même endroit. Amandine sera bien
présente.

L'invitation a été mise à jour ; merci de l'accepter à nouveau.

Claire"""
M(kind="interview_reschedule_or_cancel", slug="lenglart_panel_moved", company="Maison Lenglart",
  contact="claire.dumez@lenglart.example.fr", lang="fr",
  frm=("Claire Dumez", "claire.dumez@lenglart.example.fr"),
  subject="Mise à jour : Entretien Maison Lenglart – Assistant(e) e-merchandising",
  date="2026-01-30 09:21 +0100",
  refs=["lenglart_received", "lenglart_panel_invite"],
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  text=_lgm + "\n",
  html=outlook_html(_lgm),
  ics={"method": "REQUEST", "uid": "lenglart-2026-0203-emerch@lenglart.example.fr", "seq": 1,
           "start": "2026-02-04 15:00", "end": "2026-02-04 16:00",
           "summary": "Entretien Baptiste Keller-Ouattara – Assistant(e) e-merchandising",
           "location": "Showroom Maison Lenglart, 42 rue Esquermoise, Lille",
           "organizer": ("Claire Dumez", "claire.dumez@lenglart.example.fr"),
           "description": "Nouvel horaire : mercredi 4 février, 15h00."})

M(kind="interview_reschedule_or_cancel", slug="scarpe_trial_new_date", company="Logistique Scarpe",
  contact="m.lefebvre@scarpe-logistique.example.fr", lang="fr",
  frm=("Mickaël Lefebvre", "m.lefebvre@scarpe-logistique.example.fr"),
  subject="RE: Journée d'essai de ce matin",
  date="2026-03-17 08:02 +0100",
  refs=["scarpe_trial_invite", "scarpe_trial_missed", "own_scarpe_sorry"],
  text=reply("""Bonjour,

Merci pour votre explication, la grève des TER a posé problème à plusieurs collègues aussi.

On reporte la journée d'essai au jeudi 26 mars, même horaire (8h00), même endroit. Si vous
arrivez en train, prenez celui de 6h52 : un collègue peut vous récupérer à la gare d'Arras.

Mickaël Lefebvre
""", "fr", "lun. 16 mars 2026 à 12:34", "Baptiste Keller-Ouattara", CANDIDATE[1],
      """Bonjour Monsieur Lefebvre,

Je suis vraiment désolé pour ce matin. Mon train de 6h40 a été supprimé à cause de la grève
et mon téléphone n'avait plus de batterie, je n'ai vu vos appels qu'en arrivant chez moi.

Serait-il possible de reprogrammer la journée d'essai ? Je suis disponible n'importe quel jour
la semaine prochaine.

Baptiste Keller-Ouattara
"""))

_kqc = """Bonjour Baptiste,

Je dois malheureusement annuler notre échange téléphonique de mardi 14 avril à 11h : une
réorganisation de l'équipe catalogue est en cours et je n'ai pas encore de visibilité sur le
poste.

Ce n'est pas une réponse négative sur votre candidature. Je reviens vers vous d'ici deux à
trois semaines, dès que j'en sais plus.

Merci pour votre compréhension,
Léa"""
M(kind="interview_reschedule_or_cancel", slug="kiosque_call_cancelled", company="Kiosque Mode",
  contact="lea.fontaine@kiosquemode.example.fr", lang="fr",
  frm=("Léa Fontaine", "lea.fontaine@kiosquemode.example.fr"),
  subject="Annulé : Kiosque Mode x Baptiste – échange téléphonique",
  date="2026-04-10 17:48 +0200",
  refs=["kiosque_call_invite"],
  text=_kqc + "\n",
  html=plain_html(paras(_kqc)),
  ics={"method": "CANCEL", "uid": "kq-call-0414-bko@kiosquemode.example.fr", "seq": 1,
           "start": "2026-04-14 11:00", "end": "2026-04-14 11:20",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
           "summary": "Kiosque Mode x Baptiste – échange téléphonique",
           "location": "Téléphone",
           "organizer": ("Léa Fontaine", "lea.fontaine@kiosquemode.example.fr")})

M(kind="interview_reschedule_or_cancel", slug="catalogia_manager_ill", company="Catalogia",
  contact="julien.marchetti@catalogia.example.fr", lang="fr",
  frm=("Julien Marchetti", "julien.marchetti@catalogia.example.fr"),
  subject="Session de recrutement du 14 mai : nouvelle date",
  date="2026-05-11 14:05 +0200",
  refs=["catalogia_assessment"],
  text="""Bonjour Baptiste,

Notre responsable du pôle contenu, qui anime la session de jeudi, est malade et arrêtée
jusqu'à la fin de la semaine. Nous préférons ne pas faire la session sans elle.

Elle est reportée au mercredi 20 mai, de 9h30 à 13h00, toujours rue La Fayette. Le
programme ne change pas. Pouvez-vous me confirmer par retour que cette date vous convient ?

Merci et désolé pour ce contretemps,

Julien Marchetti
Responsable recrutement | Catalogia
77 rue La Fayette, 75009 Paris - 01 70 38 21 55
""")

_pcm = """Bonjour Monsieur Keller-Ouattara,

Jan Wouters doit se rendre à notre hub d'Anvers lundi matin. Je me permets donc de déplacer
notre entretien Teams au mardi 9 juin de 14h00 à 14h45. Le lien de connexion reste le même.

Je vous remercie de bien vouloir accepter la nouvelle invitation.

Bien cordialement,
Sophie Vandamme
HR Business Partner | Parcelia SA

""" + PARCELIA_DISCLAIMER
M(kind="interview_reschedule_or_cancel", slug="parcelia_teams_moved", company="Parcelia",
  contact="sophie.vandamme@parcelia.example.be", lang="fr",
  frm=("Vandamme, Sophie", "sophie.vandamme@parcelia.example.be"),
  subject="Mise à jour : Entretien Parcelia – Assistant Master Data",
  date="2026-06-05 11:17 +0200",
  refs=["parcelia_teams_invite"],
  headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Entretien Parcelia")],
  enc={"subject": ("utf-8", "B")},
  text=_pcm + "\n",
  html=outlook_html(_pcm),
  ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000094D1@parcelia",
           "seq": 2, "start": "2026-06-09 14:00", "end": "2026-06-09 14:45", "tz": "Romance Standard Time",
           "summary": "Entretien Parcelia – Assistant Master Data",
           "location": "Réunion Microsoft Teams",
           "organizer": ("Vandamme, Sophie", "sophie.vandamme@parcelia.example.be"),
           "description": "Rejoindre la réunion : https://teams.example.com/l/meetup/parcelia-7731"})

_bdr = (
    "<p>Bonjour Baptiste,</p>\n"
    "<p>Votre entretien avec Inès Morel pour le poste d'Assistant·e Merchandising Web a été "
    "<strong>reprogrammé</strong>.</p>\n"
    '<table role="presentation" cellpadding="6" style="border:1px solid #eeeeee">'
    "<tr><td>Ancien créneau</td><td><s>mardi 11 août, 10h00</s></td></tr>"
    "<tr><td>Nouveau créneau</td><td><strong>jeudi 13 août, 11h00 - 11h30</strong></td></tr>"
    "<tr><td>Lieu</td><td>Google Meet (lien dans l'invitation)</td></tr></table>\n"
    "<p>Ce nouvel horaire ne vous convient pas ? Vous pouvez en choisir un autre :</p>\n"
    + button("Modifier le créneau", "https://app.ashbyhq.example.com/schedule/bd-7f3a/edit",
             "#b0306a")
    + "\n<p>L'équipe Beauté Directe</p>"
)
M(kind="interview_reschedule_or_cancel", slug="beautedirecte_rescheduled",
  company="Beauté Directe", contact="ines.morel@beautedirecte.example.fr", lang="fr",
  frm=("Beauté Directe", "no-reply@ashbyhq.com"),
  reply_to=("Inès Morel", "ines.morel@beautedirecte.example.fr"),
  subject="Entretien reprogrammé – jeudi 13 août à 11h00",
  date="2026-08-07 16:20 +0200",
  refs=["beautedirecte_schedule"],
  headers=AUTO,
  cte="base64",
  html=ats_card("Beauté Directe", "#b0306a", _bdr, "Envoyé avec Ashby"))

# ---------------------------------------------------------------- English (4)

_gmm = """Hi Baptiste,

Tom has been pulled into our quarterly planning on Tuesday afternoon, so we need to move your
interview. The new time is Wednesday, 3 June 2026, 10:00-10:45 (Amsterdam time), same Google
Meet link. An updated invite is attached.

Sorry for the shuffle!
Femke"""
M(kind="interview_reschedule_or_cancel", slug="grachtenmarkt_moved", company="Grachtenmarkt",
  contact="femke.degraaf@grachtenmarkt.example.nl", lang="en",
  frm=("Femke de Graaf via Greenhouse", "no-reply@us.greenhouse-mail.io"),
  reply_to=("Femke de Graaf", "femke.degraaf@grachtenmarkt.example.nl"),
  subject="Updated: Interview for Marketplace Catalogue Assistant at Grachtenmarkt",
  date="2026-05-28 17:02 +0200",
  refs=["grachtenmarkt_received", "grachtenmarkt_video_invite"],
  text=_gmm + "\n",
  html=plain_html(paras(_gmm), "en"),
  ics={"method": "REQUEST", "uid": "gh-interview-55120931@greenhouse.example.io", "seq": 1,
           "mode": "file", "tz": "Europe/Amsterdam", "prodid": "-//Greenhouse//Interviews//EN",
           "start": "2026-06-03 10:00", "end": "2026-06-03 10:45",
           "summary": "Interview: Baptiste Keller-Ouattara - Marketplace Catalogue Assistant",
           "location": "https://meet.example.com/gm-cat-2206",
           "organizer": ("Femke de Graaf", "femke.degraaf@grachtenmarkt.example.nl")})

M(kind="interview_reschedule_or_cancel", slug="leiestraat_moved_call",
  company="Leiestraat Commerce", contact="lotte.claes@leiestraat.example.be", lang="en",
  frm=("Lotte Claes", "lotte.claes@leiestraat.example.be"),
  subject="Re: Sorry about Thursday",
  date="2026-04-06 09:40 +0200",
  refs=["leiestraat_chat_thursday", "leiestraat_waited_teams", "own_leiestraat_sorry"],
  text=reply("""Hi Baptiste,

No worries at all. We had pencilled in Tuesday 14:00, but I now have a board meeting then, so
can we push it to Wednesday 8 April at 14:00 instead? Same Teams link as before.

Lotte
""", "en", "Fri, 3 Apr 2026 at 07:58", "Baptiste Keller-Ouattara", CANDIDATE[1],
      """Hi Lotte,

I'm really sorry I missed our call yesterday. I had the wrong time zone in my calendar and
only saw your message at 11:30. Would next Tuesday at 14:00 work for you to try again?

Best regards,
Baptiste
"""))

_tpi = """Hi Baptiste,

I'm sorry to do this at short notice: Meike is ill and won't be back this week, and we'd
really like her to be part of your panel. I'm cancelling Thursday's interview for now.

We'll send you a new invite for next week as soon as I have her calendar. Nothing changes on
our side regarding your application.

Joost"""
M(kind="interview_reschedule_or_cancel", slug="tulipa_interviewer_ill", company="Tulipa Home",
  contact="joost.bakker@tulipahome.example.nl", lang="en",
  frm=("Joost Bakker", "joost.bakker@tulipahome.example.nl"),
  subject="Canceled: Panel interview - Catalogue Assistant",
  date="2026-07-15 08:05 +0200",
  refs=["tulipa_panel_invite"],
  text=_tpi + "\n",
  html=plain_html(paras(_tpi), "en"),
  ics={"method": "CANCEL", "uid": "lever-iv-7f21c0@tulipahome.example.nl", "seq": 1,
           "tz": "Europe/Amsterdam", "prodid": "-//Lever//Interview Scheduling//EN",
           "start": "2026-07-16 14:00", "end": "2026-07-16 15:00",
           "summary": "Panel interview - Catalogue Assistant",
           "location": "Tulipa Home, Westerstraat 187, Amsterdam",
           "organizer": ("Joost Bakker", "joost.bakker@tulipahome.example.nl")})

M(kind="interview_reschedule_or_cancel", slug="canalside_client_moved", company="Canalside Books",
  contact="ravi@northbound.example.nl", lang="en",
  frm=("Ravi Chandrasekar", "ravi@northbound.example.nl"),
  subject="RE: Canalside Books - interview",
  date="2026-04-22 15:26 +0200",
  refs=["northbound_registered", "canalside_interview_setup"],
  text="""Hi Baptiste,

Small change from the client: their e-commerce manager is at the London Book Fair on Monday,
so Canalside Books have moved your interview to Wednesday 29 April at 11:00. Same address,
Prinsengracht 301.

Could you confirm the new time today?

Thanks,
Ravi

""" + outlook_block("en", "Ravi Chandrasekar <ravi@northbound.example.nl>",
                    "Monday, April 20, 2026 10:05 AM",
                    "Baptiste Keller-Ouattara <baptiste.ko@example.fr>",
                    "Canalside Books - interview", RAVI_INVITE))

# ---------------------------------------------------------------- German (2)

_rkm = """Guten Tag Herr Keller-Ouattara,

leider muss ich unser Gespräch am Dienstag verschieben, da Herr Lang kurzfristig auf einer
Messe ist. Neuer Termin: Donnerstag, 17. September 2026, 14:00 - 15:00 Uhr, gleicher Ort.

Die Kalendereinladung wurde aktualisiert. Ich bitte um Ihr Verständnis.

Freundliche Grüße
Katrin Hoffmann"""
M(kind="interview_reschedule_or_cancel", slug="rheinkaufhaus_moved", company="Rheinkaufhaus",
  contact="katrin.hoffmann@rheinkaufhaus.example.de", lang="de",
  frm=("Katrin Hoffmann", "katrin.hoffmann@rheinkaufhaus.example.de"),
  subject="Aktualisiert: Vorstellungsgespräch Baptiste Keller-Ouattara",
  date="2026-09-10 16:31 +0200",
  refs=["rheinkaufhaus_received", "rheinkaufhaus_invite"],
  text=_rkm + "\n",
  html=plain_html(paras(_rkm), "de"),
  ics={"method": "REQUEST", "uid": "personio-iv-44871-bko@rheinkaufhaus.example.de", "seq": 1,
           "tz": "Europe/Berlin", "prodid": "-//Personio//Calendar//DE",
           "start": "2026-09-17 14:00", "end": "2026-09-17 15:00",
           "summary": "Vorstellungsgespräch Baptiste Keller-Ouattara",
           "location": "Rheinkaufhaus, Im Mediapark 8, Köln",
           "organizer": ("Katrin Hoffmann", "katrin.hoffmann@rheinkaufhaus.example.de")})

M(kind="interview_reschedule_or_cancel", slug="veedel_client_cancelled", company="Veedel Versand",
  contact="murat.yilmaz@personalwerk.example.de", lang="de",
  frm=("Murat Yilmaz", "murat.yilmaz@personalwerk.example.de"),
  subject="AW: Vorstellungstermin bei Veedel Versand",
  date="2026-04-17 10:44 +0200",
  refs=["personalwerk_registered", "veedel_interview_setup"],
  text=reply("""Hallo Herr Keller-Ouattara,

kurze Info: Veedel Versand hat den Termin am Mittwoch abgesagt. Frau Brandt ist wegen einer
ungeplanten Inventur den ganzen Tag im Lager. Das Interesse an Ihnen bleibt bestehen, sie
schickt mir bis Montag zwei neue Terminvorschläge für nächste Woche.

Ich melde mich, sobald ich sie habe.

Viele Grüße
Murat Yilmaz
""", "de", "15.04.2026 um 12:08", "Murat Yilmaz", "murat.yilmaz@personalwerk.example.de",
      """Hallo Herr Keller-Ouattara,

wie besprochen habe ich Sie unserem Kunden Veedel Versand vorgestellt. Man möchte Sie
kennenlernen: Mittwoch, 22. April, 10:00 Uhr, Neusser Straße 310, 50733 Köln.

Viele Grüße
Murat Yilmaz
"""))

# ---------------------------------------------------------------- Spanish (2)

_mcm = """Hola Baptiste:

Carmen tiene una reunión con proveedores que se ha alargado y nos pide retrasar la entrevista
del martes 19 de mayo. La nueva hora es las 16:30 del mismo día, en la misma dirección
(C/ de Serrano 48).

He actualizado la convocatoria de tu calendario. Perdona el cambio.

Javier Ortega
Selección · Moda Castellana"""
M(kind="interview_reschedule_or_cancel", slug="modacastellana_time_change",
  company="Moda Castellana", contact="javier.ortega@modacastellana.example.es", lang="es",
  frm=("Javier Ortega", "javier.ortega@modacastellana.example.es"),
  subject="Actualizada: Entrevista Baptiste Keller-Ouattara - Asistente de E-commerce",
  date="2026-05-15 09:03 +0200",
  refs=["modacastellana_received", "modacastellana_invite"],
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  enc={"subject": ("iso-8859-1", "Q")},
  text=_mcm + "\n",
  html=outlook_html(_mcm, "es"),
  ics={"method": "REQUEST", "uid": "mc-entrevista-0519-bko@modacastellana.example.es", "seq": 1,
           "tz": "Europe/Madrid", "start": "2026-05-19 16:30", "end": "2026-05-19 17:30",
           "summary": "Entrevista Baptiste Keller-Ouattara – Asistente de E-commerce",
           "location": "C/ de Serrano 48, 3.º, Madrid",
           "organizer": ("Javier Ortega", "javier.ortega@modacastellana.example.es")})

M(kind="interview_reschedule_or_cancel", slug="botica_interview_cancelled", company="Botica Retiro",
  contact="marta.gil@adelanta.example.es", lang="es",
  frm=("Marta Gil", "marta.gil@adelanta.example.es"),
  subject="Cambio en tu entrevista con Botica Retiro",
  date="2026-07-15 18:22 +0200",
  refs=["adelanta_registered"],
  charset="windows-1252", cte="quoted-printable",
  text="""Hola Baptiste:

Me acaban de llamar de Botica Retiro: la responsable de la tienda online está enferma y no
podrá hacer la entrevista de este jueves. La anulamos por ahora.

Me han dicho que siguen muy interesados en tu perfil y que en cuanto se reincorpore me pasan
una nueva fecha. Te aviso en cuanto la tenga.

Un saludo,
Marta Gil
Consultora de selección · Adelanta ETT
""")

# ============================================================= missed_interview_notice (10)

M(kind="missed_interview_notice", slug="scarpe_trial_missed", company="Logistique Scarpe",
  contact="m.lefebvre@scarpe-logistique.example.fr", lang="fr",
  frm=("Mickaël Lefebvre", "m.lefebvre@scarpe-logistique.example.fr"),
  subject="Journée d'essai de ce matin",
  date="2026-03-16 10:12 +0100",
  refs=["scarpe_trial_invite"],
  text="""Bonjour M. Keller-Ouattara,

Nous vous attendions ce matin à 8h00 à l'accueil du bâtiment B pour votre journée d'essai.
Personne ne vous a vu arriver, et j'ai essayé de vous joindre deux fois sur votre portable
(8h20 et 9h05) sans réponse.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me tenir informé ?

Mickaël Lefebvre
Logistique Scarpe
""")

M(kind="missed_interview_notice", slug="paniermalin_missed_call", company="Panier Malin",
  contact="chloe.verhaeghe@paniermalin.example.fr", lang="fr",
  frm=("Chloé Verhaeghe", "chloe.verhaeghe@paniermalin.example.fr"),
  subject="Re: Votre candidature Assistant(e) Catalogue Produits Frais",
  date="2026-02-03 10:41 +0100",
  refs=["paniermalin_received", "paniermalin_phone_screen"],
  cte="quoted-printable",
  text=reply("""Bonjour Baptiste,

J'ai essayé de vous appeler à deux reprises à 10h pour notre échange, sans succès : je suis
tombée directement sur votre messagerie. Je vous ai laissé un message vocal.

Chloé
""", "fr", "jeu. 29 janv. 2026 à 17:03", "Chloé Verhaeghe",
      "chloe.verhaeghe@paniermalin.example.fr",
      """Bonjour Baptiste,

Seriez-vous disponible pour un échange téléphonique de 20 minutes mardi 3 février à 10h ?

Chloé Verhaeghe
Talent Acquisition | Panier Malin
"""))

M(kind="missed_interview_notice", slug="deule_missed_teams", company="Atelier Deûle",
  contact="theo@ateliers-deule.example.fr", lang="fr",
  frm=("Théo Dewaele", "theo@ateliers-deule.example.fr"),
  subject="On t'a raté",
  date="2026-07-02 17:25 +0200",
  refs=["own_application_deule", "deule_chat_invite"],
  text="""Baptiste,

On t'a attendu sur Teams avec Inès de 17h à 17h20, personne ne s'est connecté. Tout va bien ?

Théo
""")

M(kind="missed_interview_notice", slug="temporis_missed_registration",
  company="Temporis Intérim", contact="y.caron@temporis.example.fr", lang="fr",
  frm=("Yannick Caron", "y.caron@temporis.example.fr"),
  subject="Votre rendez-vous d'inscription de ce matin",
  date="2026-08-18 11:52 +0200",
  charset="iso-8859-1",
  text="""Bonjour Monsieur Keller-Ouattara,

Vous aviez rendez-vous ce matin à 9h30 à l'agence Temporis d'Arras pour votre entretien
d'inscription. Nous ne vous avons pas vu, et notre appel de 9h45 est resté sans réponse.

Votre dossier reste ouvert. Vous pouvez reprendre rendez-vous en appelant l'agence.

Bien cordialement,

Yannick Caron
Chargé de recrutement
Temporis Intérim - 15 rue Gambetta, 62000 Arras
03 21 71 08 55
""")

M(kind="missed_interview_notice", slug="vasseur_missed_call", company="Chaussures Vasseur",
  contact="helene.carpentier@vasseur-chaussures.example.fr", lang="fr",
  frm=("Hélène Carpentier", "helene.carpentier@vasseur-chaussures.example.fr"),
  subject="Notre entretien téléphonique de 14h",
  date="2026-04-29 14:35 +0200",
  refs=["vasseur_received", "vasseur_call_invite"],
  text="""Bonjour Monsieur Keller-Ouattara,

Je n'ai pas réussi à vous joindre à 14h comme convenu pour notre entretien téléphonique :
j'ai appelé à 14h00 puis à 14h10, et votre ligne sonnait dans le vide.

Je vous laisse revenir vers moi si vous êtes toujours intéressé par le poste.

Hélène Carpentier
Chargée de recrutement - Chaussures Vasseur
03 20 70 44 12
""")

M(kind="missed_interview_notice", slug="leiestraat_waited_teams", company="Leiestraat Commerce",
  contact="lotte.claes@leiestraat.example.be", lang="en",
  frm=("Lotte Claes", "lotte.claes@leiestraat.example.be"),
  subject="Re: Quick chat?",
  date="2026-04-02 11:20 +0200",
  refs=["leiestraat_received", "leiestraat_chat_thursday"],
  text=reply("""Hi Baptiste,

We waited on Teams for about 15 minutes this morning but didn't see you join. I hope
everything's alright.

Lotte
""", "en", "Mon, 30 Mar 2026 at 16:22", "Lotte Claes", "lotte.claes@leiestraat.example.be",
      """Hi Baptiste,

Are you free Thursday around 11:00 to chat for half an hour? Teams is easiest for me, I'll
send a link.

Cheers,
Lotte Claes
"""))

_ks = """Hello Baptiste,

I tried calling you twice at 10:00 this morning for our screening call, as agreed on Monday,
but couldn't reach you; it went straight to voicemail both times.

Please let me know if something came up.

Kind regards,

Marc Dujardin
Partner | Keystone Search
Rue de la Loi 42, 1040 Brussels | +32 2 555 71 30

This e-mail is confidential and intended solely for the addressee. If you are not the
intended recipient, please notify the sender and delete it. Keystone Search SRL, BE 0712.345.678."""
M(kind="missed_interview_notice", slug="keystone_tried_calling", company="Keystone Search",
  contact="marc.dujardin@keystone.example.be", lang="en",
  frm=("Dujardin, Marc", "marc.dujardin@keystone.example.be"),
  subject="Our call this morning",
  date="2026-07-16 10:48 +0200",
  refs=["keystone_cv_received"],
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  text=_ks + "\n",
  html=outlook_html(_ks, "en"))

M(kind="missed_interview_notice", slug="personalwerk_missed_call", company="Personalwerk Rhein",
  contact="murat.yilmaz@personalwerk.example.de", lang="de",
  frm=("Murat Yilmaz", "murat.yilmaz@personalwerk.example.de"),
  subject="Unser Telefontermin heute um 9 Uhr",
  date="2026-04-08 09:37 +0200",
  refs=["personalwerk_registered"],
  text="""Hallo Herr Keller-Ouattara,

zu unserem per SMS vereinbarten Telefontermin heute um 9:00 Uhr waren Sie leider nicht
erreichbar.
Ich habe es um 9:00 und um 9:15 Uhr unter Ihrer französischen Nummer versucht.

Viele Grüße
Murat Yilmaz
Personalwerk Rhein
""")

M(kind="missed_interview_notice", slug="deutz_no_show", company="Deutz Logistik",
  contact="sabine.otto@deutz-logistik.example.de", lang="de",
  frm=("Sabine Otto", "sabine.otto@deutz-logistik.example.de"),
  cc=[("Stefan Krämer", "stefan.kraemer@deutz-logistik.example.de")],
  subject="Assessment Center heute - Sie sind nicht erschienen",
  date="2026-07-28 11:05 +0200",
  refs=["deutz_assessment_invite"],
  text="""Sehr geehrter Herr Keller-Ouattara,

wir hatten Sie heute um 08:30 Uhr zu unserem Assessment Center in Köln-Deutz erwartet. Leider
sind Sie nicht erschienen, und wir haben auch keine Absage von Ihnen erhalten.

Die übrigen Teilnehmenden haben mit der Gruppenübung begonnen.

Mit freundlichen Grüßen
Sabine Otto
Personalentwicklung, Deutz Logistik
""")

M(kind="missed_interview_notice", slug="mercadillo_no_answer", company="Mercadillo Digital",
  contact="lucia.serrano@mercadillodigital.example.es", lang="es",
  frm=("Lucía Serrano", "lucia.serrano@mercadillodigital.example.es"),
  subject="Hoy a las 10:00",
  date="2026-03-30 10:26 +0200",
  refs=["mercadillo_received", "mercadillo_phone_invite"],
  text="""Hola Baptiste:

Intenté llamarte dos veces a las 10:00, como habíamos quedado para la entrevista telefónica,
pero no conseguí hablar contigo. La segunda vez saltó el buzón de voz.

Un saludo,
Lucía
""")

assert len(MESSAGES) == 51, len(MESSAGES)
