"""Corpus 188, acknowledgements and offers: 21 application_received and 10 offer messages,
hand-written."""

from __future__ import annotations

from typing import Any

from msgs188_common import (
    CANDIDATE,
    SIG_FR,
    ats_card,
    button,
    outlook_html,
    paras,
    plain_html,
    reply,
)
from msgs188_invites import PARCELIA_DISCLAIMER

MESSAGES: list[dict[str, Any]] = []


def M(**spec: Any) -> None:
    MESSAGES.append(spec)


AUTO = [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]

# ================================================================= application_received (21)
# ---------------------------------------------------------------- French (10)

_vr = """Bonjour Baptiste,

Merci d'avoir postulé au poste d'Assistant(e) catalogue e-commerce (R-10482) chez Vendora.

Nous avons bien reçu votre candidature. Notre équipe recrutement l'étudie et reviendra vers
vous dans les prochaines semaines, quelle que soit la suite donnée.

Vous pouvez suivre l'avancement de votre dossier à tout moment depuis votre espace candidat.

À bientôt,
L'équipe Recrutement Vendora"""
M(kind="application_received", slug="vendora_received", company="Vendora", contact="",
  lang="fr",
  frm=("Vendora Recrutement", "vendora@myworkday.com"),
  subject="Nous avons bien reçu votre candidature – R-10482",
  date="2026-02-03 21:47 +0100",
  headers=AUTO,
  text=_vr + "\n\nMon espace candidat : https://vendora.wd3.myworkday.example.com/candidat\n",
  html=ats_card("Vendora", "#ff5a1f", paras(_vr) + button(
      "Mon espace candidat", "https://vendora.wd3.myworkday.example.com/candidat", "#ff5a1f"),
      "Vendora SAS · 120 avenue des Nations Unies, 59100 Roubaix · Ne pas répondre"))

M(kind="application_received", slug="lenglart_received", company="Maison Lenglart", contact="",
  lang="fr",
  frm=("Maison Lenglart", "no-reply@us.greenhouse-mail.io"),
  subject="Merci pour votre candidature chez Maison Lenglart",
  date="2026-01-14 07:12 +0100",
  headers=AUTO,
  text="""Bonjour Baptiste,

Merci pour l'intérêt que vous portez à Maison Lenglart et au poste d'Assistant(e)
e-merchandising.

Votre candidature est bien enregistrée. Si votre profil correspond à nos besoins, un membre de
l'équipe vous contactera pour organiser un premier échange.

Belle journée,
Maison Lenglart - maison de prêt-à-porter fondée à Lille en 1962

Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.
""")

_pmr = """Bonjour Baptiste,

Merci pour votre candidature au poste d'Assistant(e) Catalogue Produits Frais !

Nous l'avons bien reçue et nous allons la lire avec attention. Nous recevons de très nombreuses
candidatures : malheureusement, nous ne pouvons pas répondre individuellement à chacune d'elles
avant la fin de la phase de tri. Si votre profil est retenu pour un entretien, nous vous
contacterons sous trois semaines.

Merci de votre patience,
L'équipe Talents de Panier Malin"""
M(kind="application_received", slug="paniermalin_received", company="Panier Malin", contact="",
  lang="fr",
  frm=("Panier Malin", "no-reply@teamtailor-mail.com"),
  subject="Candidature reçue – Assistant(e) Catalogue Produits Frais",
  date="2026-01-20 19:33 +0100",
  headers=AUTO,
  cte="quoted-printable",
  text=_pmr + "\n",
  html=ats_card("Panier Malin", "#e4572e", paras(_pmr), "Envoyé via Teamtailor"))

M(kind="application_received", slug="interimflandres_registered", company="Intérim Flandres",
  contact="nadia.bensalem@interimflandres.example.fr", lang="fr",
  frm=("Intérim Flandres", "no-reply@interimflandres.example.fr"),
  reply_to=("Nadia Bensalem", "nadia.bensalem@interimflandres.example.fr"),
  enc={"from": ("iso-8859-1", "B")},
  subject="Bienvenue chez Intérim Flandres : votre inscription est confirmée",
  date="2026-01-08 15:40 +0100",
  cte="base64",
  text="""Bonjour Baptiste,

Votre inscription à l'agence Intérim Flandres - Lille Centre est confirmée. Votre dossier
(CV, pièce d'identité, RIB) est complet.

Votre chargée de recrutement est Nadia Bensalem. Elle vous contactera dès qu'une mission
correspondant à votre recherche (assistant catalogue, préparation de commandes, saisie de
données produits) se présente. Vous pouvez aussi lui répondre directement à cette adresse.

Pensez à mettre à jour vos disponibilités chaque semaine dans l'application.

À très bientôt,
Intérim Flandres
27 boulevard de la Liberté, 59000 Lille - 03 20 12 64 30
""")

M(kind="application_received", slug="temporis_registered", company="Temporis Intérim",
  contact="y.caron@temporis.example.fr", lang="fr",
  frm=("Yannick Caron", "y.caron@temporis.example.fr"),
  subject="Inscription finalisée - Temporis Arras",
  date="2026-08-25 17:15 +0200",
  refs=["temporis_missed_registration"],
  text="""Bonjour Monsieur Keller-Ouattara,

Merci d'être passé à l'agence ce matin. Votre inscription chez Temporis Intérim est
désormais finalisée : nous avons bien votre CV, vos justificatifs et vos disponibilités.

Je vous ai positionné sur nos demandes de saisie catalogue et de logistique e-commerce dans
l'Arrageois. Je vous appelle dès qu'un client se manifeste.

Bien cordialement,
Yannick Caron
Temporis Intérim - Agence d'Arras
03 21 71 08 55
""")

_mbr = """Bonjour Baptiste,

Merci d'avoir postulé chez Marché Bleu !

Nous confirmons la bonne réception de votre candidature pour le poste d'Assistant Catalogue
Vendeurs (Paris 2e). L'équipe va l'examiner et vous tiendra informé(e) des prochaines étapes.

En attendant, découvrez comment nous travaillons sur notre blog équipe.

L'équipe Talent de Marché Bleu"""
M(kind="application_received", slug="marchebleu_received", company="Marché Bleu", contact="",
  lang="fr",
  frm=("Marché Bleu", "no-reply@hire.lever.co"),
  subject="Marché Bleu : candidature reçue pour Assistant Catalogue Vendeurs",
  date="2026-02-09 13:04 +0100",
  headers=AUTO,
  text=_mbr + "\n",
  html=plain_html(paras(_mbr)))

M(kind="application_received", slug="vasseur_received", company="Chaussures Vasseur",
  contact="", lang="fr",
  frm=("Chaussures Vasseur", "vasseur@taleo.net"),
  enc={"subject": ("iso-8859-1", "B")},
  subject="Accusé de réception - Assistant(e) e-commerce - Catalogue (réf. 2026-0142)",
  date="2026-04-14 22:06 +0200",
  headers=AUTO,
  charset="iso-8859-1", cte="quoted-printable",
  text="""Cher(e) candidat(e),

Nous accusons réception de votre candidature pour le poste « Assistant(e) e-commerce -
Catalogue » et vous remercions de l'intérêt porté à Chaussures Vasseur, chausseur roubaisien
depuis 1921.

Votre dossier sera étudié avec la plus grande attention par notre service Ressources
Humaines. Nous reviendrons vers vous si votre profil correspond à nos attentes.

Le service Ressources Humaines

Merci de ne pas répondre à ce message généré automatiquement.
""")

_nlr = """Bonjour Baptiste Keller-Ouattara,

Nous vous remercions pour votre candidature au poste « Assistant(e) données articles -
Lesquin » (réf. 48213).

Votre dossier a été transmis à l'équipe Ressources Humaines de Nordlog. Le délai de
traitement est en général de deux à trois semaines.

Cordialement,
Nordlog - Ressources Humaines"""
M(kind="application_received", slug="nordlog_received", company="Nordlog", contact="",
  lang="fr",
  frm=("Nordlog Careers", "noreply@successfactors.eu"),
  subject="Confirmation de votre candidature - réf. 48213",
  date="2026-05-05 06:58 +0200",
  headers=AUTO,
  text=_nlr + "\n",
  html=ats_card("Nordlog", "#14532d", paras(_nlr), "SAP SuccessFactors · Ne pas répondre"))

M(kind="application_received", slug="pixelrayon_cv_received", company="Pixel & Rayon",
  contact="kevin@pixelrayon.example.fr", lang="fr",
  frm=("Kévin Duhamel", "kevin@pixelrayon.example.fr"),
  subject="Re: Candidature intégrateur catalogue",
  date="2026-03-10 12:30 +0100",
  text=reply("""Salut Baptiste,

Bien reçu ton CV, merci ! Je regarde ça avec Lucas cette semaine et je te tiens au courant.

Kévin
""", "fr", "lun. 9 mars 2026 à 20:51", "Baptiste Keller-Ouattara", CANDIDATE[1],
      f"""Bonjour,

J'ai vu sur LinkedIn que Pixel & Rayon cherche un intégrateur catalogue junior. Je travaille
depuis six ans en grande surface (mise en rayon, étiquetage, inventaires) et je me forme en ce
moment aux outils e-commerce. Je serais ravi d'en parler lors d'un entretien.

Vous trouverez mon CV en pièce jointe.

{SIG_FR}
"""))

_sbr = """Bonjour Baptiste,

Merci pour votre candidature au poste « Assistant e-shop (Bruxelles) ».

Nous avons bien reçu votre dossier et nous vous répondrons dans les meilleurs délais.

Boutique Sablon"""
M(kind="application_received", slug="sablon_received", company="Boutique Sablon", contact="",
  lang="fr",
  frm=("Boutique Sablon", "no-reply@jobs.recruitee.com"),
  subject="Nous avons bien reçu votre candidature",
  date="2026-06-09 08:27 +0200",
  headers=AUTO,
  html=ats_card("Boutique Sablon", "#a16207", paras(_sbr),
                "Envoyé via Recruitee · Place du Grand Sablon 31, Bruxelles"))

# ---------------------------------------------------------------- English (5)

M(kind="application_received", slug="grachtenmarkt_received", company="Grachtenmarkt",
  contact="", lang="en",
  frm=("Grachtenmarkt", "no-reply@us.greenhouse-mail.io"),
  subject="Thanks for applying to Grachtenmarkt",
  date="2026-05-18 22:40 +0200",
  headers=AUTO,
  text="""Hi Baptiste,

Thanks for your interest in Grachtenmarkt! We've received your application for the
Marketplace Catalogue Assistant position and our team will review it shortly.

If your background is a match, a member of our recruiting team will reach out about next
steps.

Warm regards,
The Grachtenmarkt Talent Team

Please do not reply to this automated email.
""")

_lsr = """Hi Baptiste,

Thank you for applying for E-commerce Catalogue Assistant at Leiestraat Commerce. This email
confirms that we have received your application.

Unfortunately, due to the high number of applications we receive, we are not able to reply to
every applicant individually. If you are shortlisted, we will contact you within 14 days.

Best wishes,
Leiestraat Commerce"""
M(kind="application_received", slug="leiestraat_received", company="Leiestraat Commerce",
  contact="", lang="en",
  frm=("Leiestraat Commerce", "noreply@workablemail.com"),
  subject="Thanks for applying to Leiestraat Commerce",
  date="2026-03-23 14:18 +0100",
  headers=AUTO,
  text=_lsr + "\n",
  html=ats_card("Leiestraat Commerce", "#334155", paras(_lsr), "Powered by Workable", "en"))

M(kind="application_received", slug="northbound_registered", company="Northbound Talent",
  contact="ravi@northbound.example.nl", lang="en",
  frm=("Ravi Chandrasekar", "ravi@northbound.example.nl"),
  subject="Welcome to Northbound Talent",
  date="2026-04-13 11:32 +0200",
  text="""Hi Baptiste,

Thanks for the call this morning. You're now registered with Northbound Talent, and I've added
your CV and language profile (French, English, basic Spanish) to our database.

I'll be your point of contact. I'm looking at catalogue and content roles with two e-commerce
clients in Amsterdam and will get in touch once I have something concrete.

Best,
Ravi Chandrasekar
Senior Consultant | Northbound Talent
Herengracht 420, 1017 BZ Amsterdam | +31 20 555 0192
""")

_ddr = """Dear Baptiste,

Thank you for applying for the position of Product Content Assistant (Req ID 2026-1187).

Your application has been successfully submitted. Our Talent Acquisition team will review
your qualifications and contact you if there is a match.

You can check the status of your application by logging into your candidate profile.

Sincerely,
Dutch Design Depot Talent Acquisition"""
M(kind="application_received", slug="ddd_received", company="Dutch Design Depot", contact="",
  lang="en",
  frm=("Dutch Design Depot", "dutchdesigndepot@icims.com"),
  subject="Thank you for applying - Product Content Assistant (2026-1187)",
  date="2026-02-16 18:25 +0100",
  headers=AUTO,
  cte="base64",
  text=_ddr + "\n",
  html=ats_card("Dutch Design Depot", "#111827", paras(_ddr), "iCIMS Talent Platform", "en"))

_kr = """Dear Baptiste,

Many thanks for sending us your CV. We've received it and added it to our candidate pool for
retail and e-commerce support roles in Brussels and Flanders.

I'll have a first look this week. If I see a fit with one of our clients, I'll suggest a short
screening call.

Kind regards,

Marc Dujardin
Partner | Keystone Search
Rue de la Loi 42, 1040 Brussels | +32 2 555 71 30

This e-mail is confidential and intended solely for the addressee. If you are not the
intended recipient, please notify the sender and delete it. Keystone Search SRL, BE 0712.345.678."""
M(kind="application_received", slug="keystone_cv_received", company="Keystone Search",
  contact="marc.dujardin@keystone.example.be", lang="en",
  frm=("Dujardin, Marc", "marc.dujardin@keystone.example.be"),
  subject="RE: Application - e-commerce catalogue roles",
  date="2026-07-13 09:14 +0200",
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  text=_kr + "\n",
  html=outlook_html(_kr, "en"))

# ---------------------------------------------------------------- German (3)

_rkr = """Hallo Baptiste Keller-Ouattara,

vielen Dank für Ihre Bewerbung als Sachbearbeiter Produktdaten (m/w/d) und Ihr Interesse an
Rheinkaufhaus.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und
melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team von Rheinkaufhaus"""
M(kind="application_received", slug="rheinkaufhaus_received", company="Rheinkaufhaus",
  contact="", lang="de",
  frm=("Rheinkaufhaus Recruiting", "noreply@personio.de"),
  subject="Eingangsbestätigung Ihrer Bewerbung",
  date="2026-08-31 20:02 +0200",
  headers=AUTO,
  text=_rkr + "\n",
  html=ats_card("Rheinkaufhaus", "#0369a1", paras(_rkr),
                "Diese E-Mail wurde automatisch über Personio versendet.", "de"))

_dmr = """Sehr geehrter Herr Keller-Ouattara,

herzlichen Dank für Ihre Bewerbung als Assistenz E-Commerce Katalog (m/w/d) bei Domblick Mode.
Ihre Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie etwas Geduld: Wir sichten alle Bewerbungen und melden uns anschließend bei
Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Domblick Mode - Personalabteilung"""
M(kind="application_received", slug="domblick_received", company="Domblick Mode", contact="",
  lang="de",
  frm=("Domblick Mode Karriere", "noreply@softgarden.io"),
  subject="Ihre Bewerbung bei Domblick Mode ist eingegangen",
  date="2026-06-01 12:44 +0200",
  headers=AUTO,
  charset="iso-8859-1", html_charset="utf-8", cte="quoted-printable",
  text=_dmr + "\n",
  html=ats_card("Domblick Mode", "#9a3412", paras(_dmr), "Versendet über softgarden", "de"))

M(kind="application_received", slug="personalwerk_registered", company="Personalwerk Rhein",
  contact="murat.yilmaz@personalwerk.example.de", lang="de",
  frm=("Murat Yilmaz", "murat.yilmaz@personalwerk.example.de"),
  subject="Ihre Registrierung bei Personalwerk Rhein",
  date="2026-04-06 16:20 +0200",
  text="""Hallo Herr Keller-Ouattara,

vielen Dank für Ihre Online-Registrierung. Ihr Bewerberprofil bei Personalwerk Rhein ist jetzt
angelegt, und ich bin Ihr Ansprechpartner.

Sobald ich passende Einsätze im Bereich Lager und Online-Handel habe, melde ich mich bei
Ihnen. Bitte halten Sie Ihre Verfügbarkeiten im Bewerberportal aktuell.

Viele Grüße
Murat Yilmaz
Personaldisponent
Personalwerk Rhein GmbH | Hohenzollernring 56 | 50672 Köln
""")

# ---------------------------------------------------------------- Spanish (3)

_mdr = """Hola Baptiste:

¡Gracias por enviar tu candidatura a Mercadillo Digital! Hemos recibido correctamente tu
solicitud para el puesto de Asistente de Catálogo (Madrid).

Nuestro equipo revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos
pondremos en contacto contigo para los siguientes pasos.

Equipo de Talento de Mercadillo Digital"""
M(kind="application_received", slug="mercadillo_received", company="Mercadillo Digital",
  contact="", lang="es",
  frm=("Mercadillo Digital", "noreply@smartrecruiters.com"),
  subject="Hemos recibido tu candidatura - Asistente de Catálogo",
  date="2026-03-16 23:10 +0100",
  headers=AUTO,
  text=_mdr + "\n",
  html=ats_card("Mercadillo Digital", "#f59e0b", paras(_mdr), "Enviado por SmartRecruiters",
                "es"))

M(kind="application_received", slug="modacastellana_received", company="Moda Castellana",
  contact="", lang="es",
  frm=("Moda Castellana Empleo", "modacastellana@icims.com"),
  subject="Confirmación de tu candidatura",
  date="2026-05-04 09:41 +0200",
  headers=AUTO,
  charset="windows-1252", cte="quoted-printable",
  text="""Estimado/a Baptiste:

Te confirmamos que hemos recibido tu candidatura al puesto de Asistente de E-commerce
(ref. MC-2026-077).

Debido al elevado número de solicitudes, lamentablemente no podemos responder de forma
individual a todas las personas candidatas. Si tu perfil avanza en el proceso, el equipo de
Selección se pondrá en contacto contigo.

Gracias por tu interés en Moda Castellana.

Este mensaje se ha generado automáticamente; por favor, no respondas.
""")

M(kind="application_received", slug="adelanta_registered", company="Adelanta ETT",
  contact="marta.gil@adelanta.example.es", lang="es",
  frm=("Marta Gil", "marta.gil@adelanta.example.es"),
  subject="Tu alta en Adelanta ETT",
  date="2026-07-06 12:55 +0200",
  cte="quoted-printable",
  text="""Hola Baptiste:

Ya está: tu alta como candidato en Adelanta ETT se ha completado. Tengo tu CV, tu NIE y la
copia del permiso de trabajo de la UE.

A partir de ahora te iré proponiendo ofertas de e-commerce y logística en Madrid. Si cambias
de disponibilidad, avísame por aquí o al teléfono de la oficina.

Un saludo,
Marta Gil
Consultora de selección · Adelanta ETT
C/ de Alcalá 155, 28009 Madrid · 91 555 02 47
""")

# ================================================================================ offer (10)

_vo = """Bonjour Baptiste,

Suite à nos échanges et à votre entretien du 23 février, j'ai le plaisir de vous confirmer que
Vendora souhaite vous accueillir au poste d'Assistant catalogue e-commerce, en CDI, à
Roubaix.

Vous trouverez ci-joint notre proposition d'embauche détaillant la rémunération (25 800 EUR
bruts annuels sur 13 mois), la date de démarrage envisagée (lundi 6 avril 2026) et les
avantages (tickets restaurant, mutuelle, remise collaborateur).

Je vous remercie de nous faire part de votre décision avant le vendredi 13 mars. Je reste
disponible par téléphone pour toute question.

Bien cordialement,

Sandrine Mahieu
Chargée de recrutement - Vendora
120 avenue des Nations Unies, 59100 Roubaix
03 28 33 90 14

--
Vendora SAS au capital de 4 000 000 EUR - RCS Lille Métropole 512 345 678.
Ce courriel et ses pièces jointes sont confidentiels. S'il vous est parvenu par erreur, merci
de le détruire et d'en informer l'expéditeur."""
M(kind="offer", slug="vendora_offer", company="Vendora",
  contact="sandrine.mahieu@vendora.example.fr", lang="fr",
  frm=("Sandrine Mahieu", "sandrine.mahieu@vendora.example.fr"),
  subject="Proposition d'embauche - Assistant catalogue e-commerce",
  date="2026-03-04 17:22 +0100",
  refs=["vendora_received", "vendora_schedule_link", "vendora_moved", "own_thanks_vendora"],
  cte="quoted-printable",
  text=_vo + "\n",
  html=plain_html(paras(_vo)),
  attach=[{"filename": "Proposition_embauche_Keller-Ouattara.pdf",
               "title": "Vendora - Proposition d'embauche",
               "lines": ["Destinataire : Baptiste Keller-Ouattara",
                      "Poste : Assistant catalogue e-commerce (CDI, statut employé)",
                      "Lieu de travail : Roubaix",
                      "Rémunération : 25 800 EUR bruts annuels, versés sur 13 mois",
                      "Date de démarrage : 6 avril 2026",
                      "Période d'essai : 2 mois, renouvelable une fois",
                      "Réponse souhaitée avant le 13 mars 2026"]}])

M(kind="offer", slug="lumen_offer_via_talentis", company="Lumen Optique",
  contact="antoine.ravel@talentis.example.fr", lang="fr",
  frm=("Antoine Ravel", "antoine.ravel@talentis.example.fr"),
  subject="Lumen Optique veut vous faire une offre",
  date="2026-04-03 12:47 +0200",
  refs=["talentis_cold_approach", "lumen_interview_setup"],
  text="""Baptiste,

Je sors d'un appel avec Sarah Benali : Lumen Optique souhaite vous faire une offre pour le
poste d'assistant catalogue.

Les grandes lignes : CDI à Paris 11e, 27 500 EUR bruts annuels, deux jours de télétravail
après la période d'essai, démarrage souhaité début mai. La promesse d'embauche écrite suivra
dès que vous m'aurez donné votre accord de principe.

Pouvons-nous en parler au téléphone cet après-midi ? Je sais que vous avez d'autres pistes à
Lille, prenons le temps d'en discuter.

Antoine Ravel
Consultant senior Retail & E-commerce - Talentis Conseil
+33 1 84 60 22 17
""")

M(kind="offer", slug="catalogia_verbal_offer", company="Catalogia",
  contact="julien.marchetti@catalogia.example.fr", lang="fr",
  frm=("Julien Marchetti", "julien.marchetti@catalogia.example.fr"),
  subject="Suite à notre appel de ce matin",
  date="2026-05-27 11:58 +0200",
  refs=["catalogia_assessment", "catalogia_manager_ill"],
  text="""Bonjour Baptiste,

Comme je vous l'ai annoncé ce matin au téléphone, nous serions très heureux que vous
rejoigniez Catalogia comme chargé de contenu catalogue junior.

Pour récapituler ce que nous avons dit : CDD de 12 mois pouvant évoluer en CDI, 24 000 EUR
bruts annuels, 35 heures, à partir du 15 juin dans nos locaux de la rue La Fayette. Votre
exercice de rédaction lors de la session du 20 mai a beaucoup plu à l'équipe.

Notre service RH vous enverra le contrat dès que vous nous aurez confirmé votre accord par
écrit. Prenez quelques jours pour y réfléchir si besoin.

À bientôt j'espère,
Julien Marchetti
Responsable recrutement | Catalogia
""")

_pco = """Bonjour Monsieur Keller-Ouattara,

Suite à votre accord téléphonique de vendredi, je vous adresse en pièce jointe votre contrat de
travail pour le poste d'Assistant Master Data, à durée indéterminée, à partir du 1er
septembre 2026.

Je vous remercie de bien vouloir le parapher, le signer et nous le retourner scanné à cette
adresse avant le 26 juin. L'original vous sera remis le premier jour.

Je me réjouis de vous accueillir dans l'équipe.

Bien cordialement,

Sophie Vandamme
HR Business Partner
Parcelia SA | Avenue du Port 86C, 1000 Bruxelles
+32 2 555 18 40

""" + PARCELIA_DISCLAIMER
M(kind="offer", slug="parcelia_contract", company="Parcelia",
  contact="sophie.vandamme@parcelia.example.be", lang="fr",
  frm=("Vandamme, Sophie", "sophie.vandamme@parcelia.example.be"),
  subject="Votre contrat de travail Parcelia – à signer",
  date="2026-06-19 10:05 +0200",
  refs=["parcelia_teams_invite", "parcelia_teams_moved"],
  headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Contrat Parcelia")],
  text=_pco + "\n",
  html=outlook_html(_pco),
  attach=[{"filename": "Contrat_de_travail_Parcelia_BKO.pdf",
               "title": "Contrat de travail d'employé - Parcelia SA",
               "lines": ["Entre Parcelia SA, Avenue du Port 86C, 1000 Bruxelles,",
                      "et M. Baptiste Keller-Ouattara.",
                      "Fonction : Assistant Master Data (commission paritaire 226)",
                      "Durée : indéterminée, à partir du 1er septembre 2026",
                      "Horaire : 38 heures par semaine",
                      "Rémunération mensuelle brute : 2 950 EUR",
                      "Fait à Bruxelles en deux exemplaires."]}])

M(kind="offer", slug="rayonvert_mission_via_temporis", company="Rayon Vert",
  contact="y.caron@temporis.example.fr", lang="fr",
  frm=("Yannick Caron", "y.caron@temporis.example.fr"),
  subject="Mission chez Rayon Vert à partir du 14 septembre",
  date="2026-09-03 16:40 +0200",
  refs=["temporis_missed_registration", "temporis_registered"],
  text="""Bonjour Monsieur Keller-Ouattara,

Bonne nouvelle : notre client Rayon Vert, jardinerie en ligne à Saint-Laurent-Blangy, vous
propose une mission d'assistant catalogue (création et mise à jour des fiches plantes et
outillage pour la saison d'automne).

- Début : lundi 14 septembre 2026, 8h30
- Durée : 3 mois, renouvelable
- Taux horaire : 12,90 EUR bruts + indemnités de fin de mission et congés payés
- Horaires : 35 h du lundi au vendredi

Si vous acceptez, je prépare le contrat de mission pour signature électronique dès demain.
Merci de me répondre avant vendredi midi.

Yannick Caron
Temporis Intérim - Agence d'Arras
03 21 71 08 55
""")

_go = """Hi Baptiste,

It was great to speak to you earlier today! As promised, I'm very happy to share your formal
offer to join Grachtenmarkt as Marketplace Catalogue Assistant.

You'll find the offer letter attached, with the salary (EUR 2,900 gross per month plus 8%
holiday allowance), your start date of 1 August 2026 and the relocation support we discussed.

Please sign it through the link in the letter by Friday 19 June. Let me know if anything is
unclear, I'm happy to jump on a call.

Welcome (almost) aboard!
Femke de Graaf
Recruiter, Grachtenmarkt
Oosterdokskade 5, 1011 AD Amsterdam"""
M(kind="offer", slug="grachtenmarkt_offer", company="Grachtenmarkt",
  contact="femke.degraaf@grachtenmarkt.example.nl", lang="en",
  frm=("Femke de Graaf", "femke.degraaf@grachtenmarkt.example.nl"),
  subject="Your offer from Grachtenmarkt",
  date="2026-06-15 18:30 +0200",
  refs=["grachtenmarkt_received", "grachtenmarkt_video_invite", "grachtenmarkt_moved",
        "own_thanks_grachtenmarkt"],
  text=_go + "\n",
  html=plain_html(paras(_go), "en"),
  attach=[{"filename": "Grachtenmarkt_Offer_Letter_BKeller-Ouattara.pdf",
               "title": "Grachtenmarkt B.V. - Offer of Employment",
               "lines": ["Candidate: Baptiste Keller-Ouattara",
                      "Position: Marketplace Catalogue Assistant",
                      "Start date: 1 August 2026",
                      "Salary: EUR 2,900 gross per month, plus 8% holiday allowance",
                      "Contract: 12 months, with intention to extend",
                      "Relocation support: EUR 1,500 one-off",
                      "Please sign by 19 June 2026."]}])

_ao = """Hi Baptiste,

Good news from Atomium Goods: after your second interview on Monday, the client wants to make
you an offer for the Junior Catalogue Specialist role in Brussels.

What they've put on the table: a permanent contract, EUR 3,050 gross per month, meal vouchers,
and a start in the first half of October. They'd like an answer by the end of next week; the
written offer will come straight from their HR once you say yes in principle.

Call me when you have ten minutes and we'll go through it together.

Best,
Marc

Marc Dujardin
Partner | Keystone Search
Rue de la Loi 42, 1040 Brussels | +32 2 555 71 30

This e-mail is confidential and intended solely for the addressee. If you are not the
intended recipient, please notify the sender and delete it. Keystone Search SRL, BE 0712.345.678."""
M(kind="offer", slug="atomium_via_keystone", company="Atomium Goods",
  contact="marc.dujardin@keystone.example.be", lang="en",
  frm=("Dujardin, Marc", "marc.dujardin@keystone.example.be"),
  subject="Atomium Goods - offer!",
  date="2026-08-26 13:12 +0200",
  refs=["keystone_cv_received", "keystone_tried_calling"],
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  text=_ao + "\n",
  html=outlook_html(_ao, "en"))

_rko = """Guten Tag Herr Keller-Ouattara,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Lang und mir die Stelle als
Sachbearbeiter Produktdaten (m/w/d) bei Rheinkaufhaus anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit allen Eckdaten: unbefristete Anstellung,
Eintritt zum 1. November 2026, Jahresgehalt 38.500 EUR brutto, 30 Urlaubstage und ein
Zuschuss zum Deutschlandticket.

Bitte lassen Sie uns bis zum 2. Oktober wissen, ob Sie das Angebot annehmen. Für Fragen
erreichen Sie mich unter 0221 4470 318.

Mit freundlichen Grüßen
Katrin Hoffmann
Recruiting | Rheinkaufhaus GmbH
Im Mediapark 8, 50670 Köln

Rheinkaufhaus GmbH, Sitz Köln, Amtsgericht Köln HRB 112233
Geschäftsführung: Dr. Petra Sommer, Ole Brinkmann"""
M(kind="offer", slug="rheinkaufhaus_offer", company="Rheinkaufhaus",
  contact="katrin.hoffmann@rheinkaufhaus.example.de", lang="de",
  frm=("Katrin Hoffmann", "katrin.hoffmann@rheinkaufhaus.example.de"),
  subject="Ihr Vertragsangebot - Sachbearbeiter Produktdaten",
  date="2026-09-25 15:00 +0200",
  refs=["rheinkaufhaus_received", "rheinkaufhaus_invite", "rheinkaufhaus_moved"],
  cte="quoted-printable",
  text=_rko + "\n",
  html=plain_html(paras(_rko), "de"),
  attach=[{"filename": "Vertragsangebot_Keller-Ouattara.pdf",
               "title": "Rheinkaufhaus GmbH - Vertragsangebot",
               "lines": ["Herrn Baptiste Keller-Ouattara",
                      "Position: Sachbearbeiter Produktdaten (m/w/d)",
                      "Eintritt: 1. November 2026, unbefristet",
                      "Jahresgehalt: 38.500 EUR brutto",
                      "Urlaub: 30 Arbeitstage",
                      "Annahmefrist: 2. Oktober 2026"]}])

M(kind="offer", slug="domblick_contract", company="Domblick Mode",
  contact="lena.wirtz@domblick.example.de", lang="de",
  frm=("Lena Wirtz", "lena.wirtz@domblick.example.de"),
  subject="Arbeitsvertrag zur Unterschrift",
  date="2026-06-30 10:26 +0200",
  refs=["domblick_received", "domblick_invite"],
  charset="iso-8859-1",
  text="""Hallo Herr Keller-Ouattara,

wie telefonisch besprochen, erhalten Sie anbei Ihren Arbeitsvertrag als Assistenz E-Commerce
Katalog bei Domblick Mode in zweifacher Ausfertigung.

Bitte unterschreiben Sie beide Exemplare und schicken Sie uns eines bis zum 10. Juli zurück,
gerne vorab als Scan an diese Adresse. Wir freuen uns, Sie ab dem 1. August im Team zu
begrüßen!

Herzliche Grüße
Lena Wirtz
HR | Domblick Mode
Breite Straße 92, 50667 Köln
""",
  attach=[{"filename": "Arbeitsvertrag_Domblick_Keller-Ouattara.pdf",
               "title": "Arbeitsvertrag - Domblick Mode",
               "lines": ["Arbeitnehmer: Baptiste Keller-Ouattara",
                      "Tätigkeit: Assistenz E-Commerce Katalog",
                      "Beginn: 1. August 2026",
                      "Probezeit: sechs Monate",
                      "Wochenarbeitszeit: 39 Stunden",
                      "Bruttomonatsgehalt: 2.850 EUR"]}])

M(kind="offer", slug="modacastellana_offer", company="Moda Castellana",
  contact="javier.ortega@modacastellana.example.es", lang="es",
  frm=("Javier Ortega", "javier.ortega@modacastellana.example.es"),
  subject="Tu incorporación a Moda Castellana",
  date="2026-06-01 13:48 +0200",
  refs=["modacastellana_received", "modacastellana_invite", "modacastellana_time_change",
        "own_gracias_modacastellana"],
  text="""Hola Baptiste:

Como te adelanté esta mañana por teléfono, ¡queremos que te unas a nosotros! Te confirmo por
escrito la oferta para el puesto de Asistente de E-commerce:

- Contrato indefinido, jornada completa
- Salario: 23.000 EUR brutos anuales en 14 pagas
- Incorporación: 1 de julio de 2026 en la oficina de Serrano
- 30 % de descuento en la tienda y seguro médico a partir del tercer mes

Si estás de acuerdo, respóndeme a este correo y Recursos Humanos te enviará el contrato para
firmar. Cualquier duda, llámame.

Un abrazo,
Javier Ortega
Selección · Moda Castellana
""")

assert len(MESSAGES) == 31, len(MESSAGES)
