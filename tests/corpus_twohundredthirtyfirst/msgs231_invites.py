"""Corpus 231: interview_invitation (26), interview_reschedule_or_cancel (15),
missed_interview_notice (10)."""

from __future__ import annotations

from msgs231_common import (
    ME,
    ats_card,
    button,
    mso,
    outlook_block,
    outlook_html,
    paras,
    simple_html,
    wrote_de,
    wrote_en,
    wrote_es,
    wrote_fr,
)
from msgs231_other import RESCHEDULE_CIGOGNE, RESCHEDULE_HARBOUR, SORRY_RHEINFOOD

# --- signatures (one per sender; every message writes its own words above them) -------------

SIG_HUMMEL = """Claire Hummel
Chargée de recrutement
Certalis Contrôle SAS - Agence Grand Est
7 rue Serpenoise, 57000 Metz
Tél. 03 87 18 44 20"""

DISCLAIMER_CERTALIS = """Ce courriel et ses éventuelles pièces jointes sont confidentiels et établis à
l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa
destination est interdite. Si vous n'êtes pas le destinataire, merci de le
détruire et d'en avertir l'expéditeur."""

SIG_WENDLING = """Agnès Wendling
Responsable ressources humaines
Biscuiterie Heimburger - 3 rue de l'Industrie, 67118 Geispolsheim
03 88 66 19 02"""

SIG_RITTER = """Jérôme Ritter
Chargé de recrutement - secteur agroalimentaire
Intérim Pluriel Strasbourg · 21 rue du Faubourg National · 67000 Strasbourg
03 88 22 57 31 · 06 72 14 90 08"""

SIG_VOLLMER = """Katrin Vollmer
Personalreferentin
Rheinfood GmbH · Durlacher Allee 88 · 76131 Karlsruhe
Tel. +49 721 9140 233

Rheinfood GmbH · Sitz Karlsruhe · Amtsgericht Mannheim HRB 7130 · Geschäftsführer: Jan Seitz"""

SIG_MARTENS = """Sophie Martens
Talent Acquisition Partner
EuroAudit Food | Rue Belliard 40 | 1040 Brussels
+32 2 231 77 05"""

SIG_GOIKOETXEA = """Itziar Goikoetxea
Recursos Humanos
Conservas Ibarrola S.L. · Muelle de Uribitarte 6 · 48001 Bilbao
Tel. 944 16 20 38"""

SIG_ZERROUKI = """Nadia Zerrouki
Chargée de recrutement - Direction régionale Sud-Alsace
Hyper Cigogne · 120 rue de Bâle · 68100 Mulhouse
03 89 45 60 12"""

SIG_BRUNNER = """Regula Brunner
HR Business Partner
Basler Backwaren AG · Hochbergerstrasse 60 · 4057 Basel
+41 61 639 22 40"""

SIG_JANSSENS = """Marieke Janssens
Senior Consultant, Food & Pharma
Talentbridge · Avenue Louise 231 · 1050 Brussels
+32 2 640 18 77"""

SIG_ETXEBERRIA = """Aitor Etxeberria
Responsable de Selección
Alimentos Nervión S.A. · Polígono Ugaldeguren III, parcela 8 · 48170 Zamudio
Tel. 946 55 12 09"""

SIG_KRANZ = """Bettina Kranz
Partnerin
Vogelsang Executive Search GmbH · Kriegsstraße 100 · 76133 Karlsruhe
+49 721 600 38 15"""


# --- texts quoted later in the same thread ---------------------------------------------------

INVITE_HEIMBURGER = """Bonjour Madame Okafor-Brandt,

Votre candidature au poste de technicienne qualité (CDI, site de Geispolsheim)
a retenu notre attention. Nous souhaiterions vous rencontrer pour un entretien
avec M. Luc Brenner, responsable qualité, et moi-même.

Nous vous proposons le mercredi 25 février à 14h00, dans nos locaux. Prévoyez
environ une heure et demie : l'entretien sera suivi d'une courte visite de la
ligne de production (chaussures fermées, s'il vous plaît).

Merci de me confirmer votre présence par retour de mail.

Bien cordialement,"""

INVITE_RHEINFOOD = """Sehr geehrte Frau Okafor-Brandt,

vielen Dank für Ihre Bewerbung als Qualitätsauditorin (w/m/d) Lieferanten. Wir
möchten Sie gerne näher kennenlernen und laden Sie zu einem ersten
Vorstellungsgespräch per Microsoft Teams ein:

Dienstag, 17. März 2026, 10:00 – 10:45 Uhr
Teilnehmende: Katrin Vollmer (HR), Dr. Florian Maier (Leitung Qualität)

Den Link zur Besprechung finden Sie in der Kalendereinladung. Bitte bestätigen
Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen"""

INVITE_IBARROLA = """Hola Maëlys:

Gracias por tu interés en el puesto de Técnica de Calidad en nuestra planta de
Bilbao. Nos gustaría conocerte en una entrevista por videollamada con nuestra
directora de calidad, Nerea Olabarria.

Te proponemos el miércoles 20 de mayo a las 11:00 (hora peninsular). Te he
enviado la convocatoria de calendario; si no te viene bien, respóndeme con dos o
tres alternativas.

Un saludo,"""

INVITE_CIGOGNE = """Bonjour Madame Okafor-Brandt,

Suite à votre candidature au poste d'auditrice hygiène magasins (Sud-Alsace),
nous avons le plaisir de vous convier à un entretien le mercredi 8 juillet à
9h30 à notre direction régionale de Mulhouse, avec M. Patrick Arnold,
responsable qualité régional.

Merci de vous présenter à l'accueil du magasin, côté galerie, avec une pièce
d'identité.

Cordialement,"""

MISSED_RHEINFOOD = """Sehr geehrte Frau Okafor-Brandt,

wir haben heute ab 10:00 Uhr in Teams auf Sie gewartet, Sie haben sich aber
leider nicht eingewählt. Auch telefonisch konnten wir Sie um 10:10 Uhr nicht
erreichen.

Sollte etwas dazwischengekommen sein, melden Sie sich gerne bei mir. Wir prüfen
dann, ob wir einen neuen Termin finden.

Mit freundlichen Grüßen"""

INVITE_HARBOUR = """Hi Maëlys,

Thanks for applying for the QA Auditor role in our Brussels mill. I'd like to
set up a 30-minute phone screen to talk through your background and the role.

Would Wednesday 10 June at 2pm (Brussels time) work? I'll call you on the
number in your CV.

Best,
Tom"""


MESSAGES: list[dict] = [
    # ================================================================ interview_invitation
    {
        "kind": "interview_invitation", "slug": "certalis_phone_screen", "lang": "fr",
        "id": "certalis-screen", "refs": ["certalis-ack"],
        "company": "Certalis Contrôle", "contact": "claire.hummel@certalis.example.fr",
        "from": ("Claire Hummel", "claire.hummel@certalis.example.fr"),
        "subject": "Échange téléphonique - Auditrice junior agroalimentaire",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-01-19 11:05",
        "text": f"""Bonjour Madame Okafor-Brandt,

J'ai bien lu votre candidature pour le poste d'auditrice junior agroalimentaire
et votre parcours en pâtisserie nous intéresse. Avant d'aller plus loin, je
vous propose un premier échange téléphonique d'environ vingt minutes.

Seriez-vous disponible jeudi 22 janvier, à 9h30 ou à 14h ? Dites-moi le
créneau qui vous arrange et le numéro auquel vous joindre.

Bien cordialement,

{SIG_HUMMEL}

{DISCLAIMER_CERTALIS}
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "interview_invitation", "slug": "certalis_panel_calendar", "lang": "fr",
        "id": "certalis-panel", "refs": ["certalis-ack", "certalis-screen", "certalis-ty"],
        "company": "Certalis Contrôle", "contact": "claire.hummel@certalis.example.fr",
        "from": ("Claire Hummel", "claire.hummel@certalis.example.fr"),
        "subject": "Invitation : Entretien jury - Auditrice junior (M. Kuntz, Mme Pfister)",
        "date": "2026-02-02 15:20",
        "text": f"""Bonjour Madame Okafor-Brandt,

Merci pour votre message et pour l'échange de la semaine dernière. Nous
aimerions poursuivre avec un entretien devant un jury composé de Didier Kuntz
(responsable technique), Anne Pfister (auditrice senior) et moi-même.

Date : mardi 10 février 2026, de 10h00 à 11h15
Lieu : Certalis, 7 rue Serpenoise à Metz, salle Moselle
Une mise en situation de 20 minutes (analyse d'un rapport d'audit) fait partie
de l'entretien.

Vous trouverez l'invitation dans votre agenda ; merci de l'accepter pour
confirmer.

{SIG_HUMMEL}

{DISCLAIMER_CERTALIS}
""",
        "html": outlook_html(mso(f"""Bonjour Madame Okafor-Brandt,

Merci pour votre message et pour l'échange de la semaine dernière. Nous
aimerions poursuivre avec un entretien devant un jury composé de Didier Kuntz
(responsable technique), Anne Pfister (auditrice senior) et moi-même.

Date : mardi 10 février 2026, de 10h00 à 11h15
Lieu : Certalis, 7 rue Serpenoise à Metz, salle Moselle
Une mise en situation de 20 minutes (analyse d'un rapport d'audit) fait partie
de l'entretien.

Vous trouverez l'invitation dans votre agenda ; merci de l'accepter pour
confirmer.

{SIG_HUMMEL}

{DISCLAIMER_CERTALIS}""")),
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000031A9@certalis",
                "seq": 0, "start": "2026-02-10 10:00", "minutes": 75,
                "summary": "Entretien jury - Auditrice junior - Mme Okafor-Brandt",
                "location": "Certalis Metz - salle Moselle",
                "organizer": ("Claire Hummel", "claire.hummel@certalis.example.fr"),
                "attendees": [ME, ("Didier Kuntz", "didier.kuntz@certalis.example.fr"),
                              ("Anne Pfister", "anne.pfister@certalis.example.fr")],
                "mode": "both"},
    },
    {
        "kind": "interview_invitation", "slug": "heimburger_entretien", "lang": "fr",
        "id": "heim-inv", "refs": ["heim-ack"],
        "company": "Biscuiterie Heimburger", "contact": "agnes.wendling@heimburger-biscuits.example.fr",
        "from": ("Agnès Wendling", "agnes.wendling@heimburger-biscuits.example.fr"),
        "from_enc": ("iso-8859-1", "B"),
        "subject": "Entretien - Technicien(ne) qualité - Biscuiterie Heimburger",
        "date": "2026-02-16 10:42",
        "text": INVITE_HEIMBURGER + "\n\n" + SIG_WENDLING + "\n",
        "html": outlook_html(mso(INVITE_HEIMBURGER + "\n\n" + SIG_WENDLING)),
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "kind": "interview_invitation", "slug": "interim_client_munsterthal", "lang": "fr",
        "id": "interim-inv", "refs": ["interim-ack"],
        "company": "Fromagerie Munsterthal", "contact": "j.ritter@interim-pluriel.example.fr",
        "from": ("Jérôme Ritter", "j.ritter@interim-pluriel.example.fr"),
        "subject": "RDV chez notre client Fromagerie Munsterthal - mercredi 11/02",
        "date": "2026-02-04 17:35",
        "text": f"""Bonjour Maëlys,

Bonne nouvelle : la Fromagerie Munsterthal (Munster) a retenu votre profil pour
la mission d'assistante qualité de 6 mois. Leur responsable qualité, Mme Lucie
Haberer, vous recevra en entretien :

   mercredi 11 février à 10h30
   Fromagerie Munsterthal - 2 route de la Schlucht, 68140 Munster
   Demandez Mme Haberer à l'accueil.

Quelques conseils : ils tiennent beaucoup aux bonnes pratiques d'hygiène en
affinage, n'hésitez pas à parler de vos contrôles de température en labo. On se
fait un petit point téléphonique la veille ?

Hopla, bonne préparation !

{SIG_RITTER}
""",
        "cte": "8bit",
    },
    {
        "kind": "interview_invitation", "slug": "cigogne_icims_invitation", "lang": "fr",
        "id": "cigogne-inv",
        "company": "Hyper Cigogne", "contact": "nadia.zerrouki@cigogne-distribution.example.fr",
        "from": ("Hyper Cigogne Recrutement", "cigogne@talent.icims.com"),
        "reply_to": ("Nadia Zerrouki", "nadia.zerrouki@cigogne-distribution.example.fr"),
        "subject": "Invitation à un entretien - Auditeur/Auditrice hygiène magasins",
        "date": "2026-07-02 14:10", "tz": "utc",
        "html": ats_card("Hyper Cigogne · Carrières", "#dc2626",
                         paras(INVITE_CIGOGNE + "\n\n" + SIG_ZERROUKI)
                         + button("Ajouter à mon agenda",
                                  "https://careers-cigogne.icims.com/jobs/2231/calendar"),
                         "Message envoyé via iCIMS pour le compte d'Hyper Cigogne. Pour "
                         "répondre, utilisez le bouton Répondre : votre message sera transmis "
                         "à la recruteuse.", "fr"),
    },
    {
        "kind": "interview_invitation", "slug": "vosgelab_journee_essai", "lang": "fr",
        "id": "vosge-inv",
        "company": "Vosgelab", "contact": "helene.fritsch@vosgelab.example.fr",
        "from": ("Dr Hélène Fritsch", "helene.fritsch@vosgelab.example.fr"),
        "subject": "Journée d'essai au laboratoire - mercredi 26 août",
        "date": "2026-08-18 09:02",
        "text": """Bonjour Madame Okafor-Brandt,

Après notre entretien téléphonique, je vous propose de passer une journée avec
nous au laboratoire de Colmar, le mercredi 26 août de 8h à 16h30, pour découvrir
concrètement le poste de technicienne hygiène des aliments : prélèvements chez
un client (une boulangerie industrielle), puis analyses et rédaction du rapport
avec l'équipe microbiologie.

Blouse et chaussures de sécurité fournies. Merci de m'indiquer votre pointure
et de confirmer votre venue. La journée est rémunérée.

Bien cordialement,

Dr Hélène Fritsch
Directrice - Vosgelab, laboratoire d'analyses agroalimentaires
14 rue Timken, 68000 Colmar · 03 89 20 31 75
""",
        "cte": "base64",
    },
    {
        "kind": "interview_invitation", "slug": "kougelhopf_casual_jeudi", "lang": "fr",
        "id": "kougel-inv",
        "company": "Atelier Kougelhopf", "contact": "matthieu@atelier-kougelhopf.example.fr",
        "from": ("Matthieu Baltzer", "matthieu@atelier-kougelhopf.example.fr"),
        "subject": "tu es dispo jeudi pour qu'on en parle ?",
        "date": "2026-05-19 21:47",
        "text": """Salut Maëlys,

Sandrine m'a transmis ton CV, merci ! On cherche justement quelqu'un pour monter
notre démarche qualité (on passe IFS l'an prochain, aïe). Tu serais dispo jeudi
vers 15h pour qu'on en parle autour d'un café à l'atelier ? Rue de la Course,
tu sonnes au portail vert.

Si jeudi ça joue pas, propose-moi autre chose.

À+
Matthieu
--
Matthieu Baltzer, gérant - Atelier Kougelhopf, Strasbourg
06 12 55 80 41
""",
        "cte": "7bit",
    },
    {
        "kind": "interview_invitation", "slug": "analysest_assessment_day", "lang": "fr",
        "id": "analyst-inv", "refs": ["analyst-ack"],
        "company": "Analys'Est", "contact": "recrutement@analysest.example.fr",
        "from": ("Recrutement Analys'Est", "recrutement@analysest.example.fr"),
        "subject": "Convocation - journée d'évaluation Auditeurs Hygiène (12 mars)",
        "date": "2026-02-27 16:15",
        "text": """Madame,

Nous avons le plaisir de vous convier à notre journée d'évaluation pour les
postes d'auditeur/auditrice hygiène, qui se tiendra le jeudi 12 mars 2026 de
8h30 à 17h00 dans nos locaux de Metz-Technopôle.

Déroulé :
  - 8h30 accueil et présentation du groupe
  - 9h00 épreuve écrite HACCP et réglementation (paquet hygiène)
  - 10h30 mise en situation d'audit dans notre cuisine pédagogique
  - 14h00 entretiens individuels avec le jury
  - 16h30 échanges avec des auditeurs en poste

Merci de confirmer votre participation avant le 5 mars en répondant à ce
message. Pensez à une pièce d'identité et à une tenue permettant l'accès en
zone alimentaire.

Service Recrutement
Analys'Est - 2 rue Augustin Fresnel, 57070 Metz
03 87 20 66 14
""",
        "html": simple_html(paras("""Madame,

Nous avons le plaisir de vous convier à notre journée d'évaluation pour les
postes d'auditeur/auditrice hygiène, qui se tiendra le jeudi 12 mars 2026 de
8h30 à 17h00 dans nos locaux de Metz-Technopôle.""")
            + "<ul><li>8h30 accueil et présentation du groupe</li>"
              "<li>9h00 épreuve écrite HACCP et réglementation (paquet hygiène)</li>"
              "<li>10h30 mise en situation d'audit dans notre cuisine pédagogique</li>"
              "<li>14h00 entretiens individuels avec le jury</li>"
              "<li>16h30 échanges avec des auditeurs en poste</li></ul>"
            + paras("""Merci de confirmer votre participation avant le 5 mars en répondant à ce
message. Pensez à une pièce d'identité et à une tenue permettant l'accès en
zone alimentaire.

Service Recrutement
Analys'Est - 2 rue Augustin Fresnel, 57070 Metz
03 87 20 66 14""")),
    },
    {
        "kind": "interview_invitation", "slug": "wolff_recruitee_booking_link", "lang": "fr",
        "id": "wolff-inv", "refs": ["wolff-ack"],
        "company": "Confiserie Wolff", "contact": "",
        "from": ("Confiserie Wolff", "confiserie-wolff@jobs.recruitee.com"),
        "subject": "Choisissez votre créneau d'entretien vidéo",
        "date": "2026-04-21 08:00", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Maëlys,

Bonne nouvelle : l'équipe de la Confiserie Wolff souhaite poursuivre avec vous
pour le poste d'Assistante qualité (Ribeauvillé). Réservez dès maintenant un
entretien vidéo de 30 minutes avec Camille Ehrhart, responsable qualité :

https://confiserie-wolff.recruitee.com/book/8f2c1a?candidate=55190

Les créneaux disponibles vont du 23 au 30 avril. Le lien Teams vous sera envoyé
automatiquement après votre réservation.

L'équipe Confiserie Wolff
(message envoyé via Recruitee - merci de ne pas répondre à cet e-mail)
""",
        "html": ats_card("Confiserie Wolff", "#9d174d", paras("""Bonjour Maëlys,

Bonne nouvelle : l'équipe de la Confiserie Wolff souhaite poursuivre avec vous
pour le poste d'Assistante qualité (Ribeauvillé). Réservez dès maintenant un
entretien vidéo de 30 minutes avec Camille Ehrhart, responsable qualité.""")
            + button("Réserver mon créneau",
                     "https://confiserie-wolff.recruitee.com/book/8f2c1a?candidate=55190",
                     "#9d174d")
            + paras("""Les créneaux disponibles vont du 23 au 30 avril. Le lien Teams vous sera
envoyé automatiquement après votre réservation."""),
            "Message envoyé via Recruitee - merci de ne pas répondre à cet e-mail.", "fr"),
    },
    {
        "kind": "interview_invitation", "slug": "bruche_reply_to_application", "lang": "fr",
        "id": "bruche-inv",
        "company": "Moulins de la Bruche", "contact": "s.kieffer@moulins-bruche.example.fr",
        "from": ("Sylvie Kieffer", "s.kieffer@moulins-bruche.example.fr"),
        "subject": "RE: Candidature - Assistante qualité meunerie",
        "date": "2026-06-03 14:28",
        "refs": ["<cand-bruche-0529@example.fr>"],
        "text": """Bonjour Madame,

Merci pour votre candidature, qui tombe à point : notre assistante qualité part
en congé maternité à la rentrée. Pouvez-vous venir nous rencontrer au moulin de
Dachstein le mardi 16 juin à 10h ? Vous verrez M. Hubert Roos, directeur
industriel, puis moi. Comptez une heure.

Bien à vous,

Sylvie Kieffer
Responsable qualité - Moulins de la Bruche
1 rue du Moulin, 67120 Dachstein · 03 88 38 12 60

""" + outlook_block("fr", "Maëlys Okafor-Brandt <maelys.ob@example.fr>",
                    "vendredi 29 mai 2026 18:40", "contact@moulins-bruche.example.fr",
                    "Candidature - Assistante qualité meunerie",
                    """Madame, Monsieur,

Je vous adresse ma candidature au poste d'assistante qualité publié sur votre
site. Pâtissière depuis dix ans, je connais bien les farines et leurs
contraintes (allergènes, stockage, nuisibles) et je termine une formation
d'auditrice interne IFS Food. Je serais heureuse d'en parler avec vous lors
d'un entretien.

Cordialement,
Maëlys Okafor-Brandt""") + "\n",
        "html": outlook_html(mso("""Bonjour Madame,

Merci pour votre candidature, qui tombe à point : notre assistante qualité part
en congé maternité à la rentrée. Pouvez-vous venir nous rencontrer au moulin de
Dachstein le mardi 16 juin à 10h ? Vous verrez M. Hubert Roos, directeur
industriel, puis moi. Comptez une heure.

Bien à vous,

Sylvie Kieffer
Responsable qualité - Moulins de la Bruche
1 rue du Moulin, 67120 Dachstein · 03 88 38 12 60""")
            + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            + mso("""De : Maëlys Okafor-Brandt <maelys.ob@example.fr>
Envoyé : vendredi 29 mai 2026 18:40
À : contact@moulins-bruche.example.fr
Objet : Candidature - Assistante qualité meunerie

Madame, Monsieur,

Je vous adresse ma candidature au poste d'assistante qualité publié sur votre
site. Pâtissière depuis dix ans, je connais bien les farines et leurs
contraintes (allergènes, stockage, nuisibles) et je termine une formation
d'auditrice interne IFS Food. Je serais heureuse d'en parler avec vous lors
d'un entretien.

Cordialement,
Maëlys Okafor-Brandt""") + "</div>"),
    },
    {
        "kind": "interview_invitation", "slug": "hoerdt_entretien_site", "lang": "fr",
        "id": "hoerdt-inv",
        "company": "Laiterie de Hoerdt", "contact": "rh@laiterie-hoerdt.example.fr",
        "from": ("Laiterie de Hoerdt - RH", "rh@laiterie-hoerdt.example.fr"),
        "subject": "Votre candidature : proposition d'entretien le 14 avril",
        "date": "2026-04-02 10:10",
        "text": """Madame Okafor-Brandt,

Nous accusons réception de votre dossier pour le poste de technicienne
hygiène-qualité en production laitière et souhaitons vous rencontrer.

Nous vous proposons un entretien le mardi 14 avril 2026 à 13h30 sur notre site,
route de Weyersheim à Hoerdt (parking visiteurs à gauche de la réception des
laits). L'entretien se déroulera avec notre responsable qualité, M. Yannick
Wurtz, et durera environ une heure.

Merci de nous confirmer votre venue.

Le service des ressources humaines
Laiterie de Hoerdt - Société coopérative agricole
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "kind": "interview_invitation", "slug": "interalsace_phone_screen", "lang": "fr",
        "id": "interalsace-inv",
        "company": "Inter'Alsace Travail Temporaire", "contact": "karine.schall@interalsace.example.fr",
        "from": ("Karine Schall", "karine.schall@interalsace.example.fr"),
        "subject": "Mission contrôle qualité - on s'appelle lundi ?",
        "date": "2026-09-10 16:02",
        "text": """Bonjour Maëlys,

J'ai une mission de contrôleuse qualité en agroalimentaire (3 mois
renouvelables, secteur Haguenau) qui pourrait vous plaire. Avant de vous
présenter au client, je dois faire un entretien de qualification avec vous par
téléphone.

Je vous propose lundi 14 septembre à 10h00, je vous appelle au 06 41 27 83 90.
Si ça ne vous convient pas, répondez-moi avec un autre horaire.

Karine Schall
Chargée d'affaires - Inter'Alsace Travail Temporaire
9 place de la Gare, 67500 Haguenau · 03 88 93 70 11
""",
        "html": simple_html(paras("""Bonjour Maëlys,

J'ai une mission de contrôleuse qualité en agroalimentaire (3 mois
renouvelables, secteur Haguenau) qui pourrait vous plaire. Avant de vous
présenter au client, je dois faire un entretien de qualification avec vous par
téléphone.

Je vous propose lundi 14 septembre à 10h00, je vous appelle au 06 41 27 83 90.
Si ça ne vous convient pas, répondez-moi avec un autre horaire.

Karine Schall
Chargée d'affaires - Inter'Alsace Travail Temporaire
9 place de la Gare, 67500 Haguenau · 03 88 93 70 11""")),
    },
    {
        "kind": "interview_invitation", "slug": "stoeffler_visio_teams", "lang": "fr",
        "id": "stoeffler-inv",
        "company": "Stoeffler Desserts", "contact": "m.gerber@stoeffler-desserts.example.fr",
        "from": ("Mathilde Gerber", "m.gerber@stoeffler-desserts.example.fr"),
        "subject": "Entretien en visio - Animatrice qualité (Obernai)",
        "subject_enc": ("windows-1252", "Q"),
        "date": "2026-09-22 11:48",
        "text": """Bonjour Madame Okafor-Brandt,

Nous avons étudié votre candidature au poste d'animatrice qualité-hygiène pour
notre site d'Obernai avec beaucoup d'intérêt. Votre expérience de cheffe
pâtissière est un vrai plus pour nos lignes d'entremets surgelés.

Je vous propose un premier entretien en visioconférence (Teams) le
lundi 5 octobre à 11h00, d'une durée de 45 minutes. L'invitation Teams suivra
dès votre confirmation.

Bien cordialement,

Mathilde Gerber
Responsable du développement RH
Stoeffler Desserts · ZA du Thal · 67210 Obernai · 03 88 49 27 60

Avertissement : ce message et toutes les pièces jointes sont confidentiels et
établis à l'intention exclusive de ses destinataires. Stoeffler Desserts
décline toute responsabilité au titre de ce message s'il a été altéré.
""",
        "charset": "windows-1252", "cte": "8bit",
    },
    # --- English invitations
    {
        "kind": "interview_invitation", "slug": "euroaudit_via_greenhouse", "lang": "en",
        "id": "euro-inv", "refs": ["euro-ack"],
        "company": "EuroAudit Food", "contact": "sophie.martens@euroaudit-food.example.be",
        "from": ("Sophie Martens via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Sophie Martens", "sophie.martens@euroaudit-food.example.be"),
        "subject": "Interview invitation: Food Safety Auditor (Brussels) - please pick a time",
        "date": "2026-04-14 13:22", "tz": "utc",
        "text": """Hi Maëlys,

Thank you for your application for the Food Safety Auditor position at
EuroAudit Food. The hiring team would like to invite you to a 45-minute video
interview with Pieter Claes (Head of Audit Operations) and me.

Please choose a time that suits you using the link below - slots are available
from 20 to 24 April:

https://app.greenhouse.io/scheduling/candidate/6d1f0a3b77?token=qx81

If none of the slots work, just reply to this email and I'll find another.

Kind regards,
Sophie Martens
Talent Acquisition Partner, EuroAudit Food
""",
        "html": ats_card("EuroAudit Food", "#047857", paras("""Hi Maëlys,

Thank you for your application for the Food Safety Auditor position at
EuroAudit Food. The hiring team would like to invite you to a 45-minute video
interview with Pieter Claes (Head of Audit Operations) and me.

Please choose a time that suits you - slots are available from 20 to 24 April.""")
            + button("Choose your interview time",
                     "https://app.greenhouse.io/scheduling/candidate/6d1f0a3b77?token=qx81",
                     "#047857")
            + paras("""If none of the slots work, just reply to this email and I'll find another.

Kind regards,
Sophie Martens
Talent Acquisition Partner, EuroAudit Food"""),
            "Sent by Greenhouse on behalf of EuroAudit Food.", "en"),
    },
    {
        "kind": "interview_invitation", "slug": "talentbridge_client_belcacao", "lang": "en",
        "id": "tb-inv", "refs": ["tb-cold", "tb-yes"],
        "company": "Belcacao", "contact": "marieke@talentbridge.example.be",
        "from": ("Marieke Janssens", "marieke@talentbridge.example.be"),
        "subject": "Re: Chocolate QA auditor in Brussels - interview with Belcacao on 17 Sept",
        "date": "2026-09-10 10:05", "tz": "Europe/Brussels",
        "text": f"""Hi Maëlys,

Great talking to you on Friday. I can now tell you the client is Belcacao, and
their Quality Director, Hendrik Wouters, would like to meet you:

  Thursday 17 September, 14:00-15:00
  Belcacao, Chaussée de Mons 1425, 1070 Anderlecht (ask for Hendrik at reception)

Expect questions on supplier audits (cocoa, nuts, dairy) and on allergen
management - your pastry background will help. I'll call you on Wednesday to
prepare.

Please confirm and I'll let them know.

Best regards,
{SIG_JANSSENS}

""" + wrote_en("Wed, 2 Sept 2026 at 13:20", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               """Hi Marieke,

Thanks for reaching out - yes, I would be interested in hearing more.""") + "\n",
        "cte": "qp",
    },
    {
        "kind": "interview_invitation", "slug": "harbour_grain_phone_screen", "lang": "en",
        "id": "harbour-inv", "refs": ["harbour-ack"],
        "company": "Harbour Grain", "contact": "tom.verbeke@harbourgrain.example.be",
        "from": ("Tom Verbeke", "tom.verbeke@harbourgrain.example.be"),
        "subject": "Phone screen - QA Auditor (Brussels)",
        "date": "2026-06-05 16:40", "tz": "Europe/Brussels",
        "text": INVITE_HARBOUR + """
--
Tom Verbeke | Talent Partner | Harbour Grain Co.
Quai des Péniches 52, 1000 Brussels | +32 2 555 01 88
""",
        "cte": "7bit",
    },
    {
        "kind": "interview_invitation", "slug": "lumalabs_panel_google_calendar", "lang": "en",
        "id": "luma-inv",
        "company": "Luma Labs Food Testing", "contact": "grace.obi@lumalabs.example.be",
        "from": ("Grace Obi", "grace.obi@lumalabs.example.be"),
        "subject": "Invitation: Panel interview - Food Safety Auditor @ Wed 8 Jul 2026 10:00 - 11:30 (CEST)",
        "date": "2026-06-26 09:15", "tz": "Europe/Brussels",
        "text": """Hi Maëlys,

Following your screening call, we'd like to invite you to a panel interview for
the Food Safety Auditor role. The panel: Grace Obi (Lab Manager), Dr. Pieter
De Smet (Accreditation Lead) and Lena Vogt (Senior Auditor).

When: Wednesday 8 July 2026, 10:00 - 11:30 CEST
Where: Google Meet - https://meet.google.com/lum-abcd-efg

Part of the session is a short case: you'll review an audit report with three
planted non-conformities. No preparation needed.

Accept the calendar invitation to confirm.

Grace
""",
        "html": simple_html(paras("""Hi Maëlys,

Following your screening call, we'd like to invite you to a panel interview for
the Food Safety Auditor role. The panel: Grace Obi (Lab Manager), Dr. Pieter
De Smet (Accreditation Lead) and Lena Vogt (Senior Auditor).

When: Wednesday 8 July 2026, 10:00 - 11:30 CEST
Where: Google Meet - https://meet.google.com/lum-abcd-efg

Part of the session is a short case: you'll review an audit report with three
planted non-conformities. No preparation needed.

Accept the calendar invitation to confirm.

Grace"""), "en"),
        "ics": {"method": "REQUEST", "uid": "5kq0a7luma2026panel@google.com", "seq": 0,
                "start": "2026-07-08 10:00", "tz": "Europe/Brussels", "minutes": 90,
                "summary": "Panel interview - Food Safety Auditor",
                "location": "https://meet.google.com/lum-abcd-efg",
                "organizer": ("Grace Obi", "grace.obi@lumalabs.example.be"),
                "attendees": [ME, ("Pieter De Smet", "pieter.desmet@lumalabs.example.be"),
                              ("Lena Vogt", "lena.vogt@lumalabs.example.be")],
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "mode": "both"},
    },
    {
        "kind": "interview_invitation", "slug": "rhine_valley_casual_chat", "lang": "en",
        "id": "rvn-inv",
        "company": "Rhine Valley Nutrition", "contact": "daniel.keller@rvnutrition.example.ch",
        "from": ("Daniel Keller", "daniel.keller@rvnutrition.example.ch"),
        "subject": "are you free Thursday to chat?",
        "date": "2026-08-04 18:30", "tz": "Europe/Zurich",
        "text": """Hi Maëlys,

Got your CV via our website - thanks. We're a small infant-cereal maker in
Basel and I need someone to own our supplier audits. Are you free Thursday
(6 Aug) around 4pm for a relaxed video chat? Nothing formal, I just want to
hear how you'd go from a pastry lab to auditing suppliers.

Zoom link if that works: https://zoom.example.com/j/83321570
Otherwise tell me a time.

Daniel
Head of Quality, Rhine Valley Nutrition
""",
        "cte": "7bit",
    },
    {
        "kind": "interview_invitation", "slug": "brightfield_assessment_centre", "lang": "en",
        "id": "bright-inv",
        "company": "Brightfield Catering Europe", "contact": "",
        "from": ("Brightfield Careers", "brightfield@myworkday.com"),
        "subject": "Invitation to our Assessment Centre - Hygiene & Food Safety Auditor",
        "date": "2026-03-03 12:00", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Brightfield Catering Europe", "#4338ca", paras("""Dear Maëlys,

Congratulations - following the review of your application and online tests,
we are pleased to invite you to our Assessment Centre for the Hygiene & Food
Safety Auditor programme.

Date: Friday 20 March 2026, 08:45 - 16:00
Location: Brightfield Europe HQ, Boulevard du Régent 37, 1000 Brussels

The day includes a group exercise, a kitchen walk-through audit, a written
report and a competency-based interview. Lunch is provided.

Please confirm your attendance in your candidate home by 10 March.""")
            + button("Confirm attendance",
                     "https://brightfield.wd3.myworkday.com/en-US/careers/home", "#4338ca"),
            "This email was sent from an unmonitored mailbox. Brightfield Catering Europe, "
            "Brussels.", "en"),
    },
    # --- German invitations
    {
        "kind": "interview_invitation", "slug": "rheinfood_teams_einladung", "lang": "de",
        "id": "rhein-inv", "refs": ["rhein-ack"],
        "company": "Rheinfood", "contact": "k.vollmer@rheinfood.example.de",
        "from": ("Katrin Vollmer", "k.vollmer@rheinfood.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – Qualitätsauditorin Lieferanten",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-03-10 09:30", "tz": "Europe/Berlin",
        "text": INVITE_RHEINFOOD + "\n\n" + SIG_VOLLMER + "\n",
        "html": outlook_html(mso(INVITE_RHEINFOOD + "\n\n" + SIG_VOLLMER), "de"),
        "ics": {"method": "REQUEST", "uid": "rheinfood-qa-0317@rheinfood.example.de", "seq": 0,
                "start": "2026-03-17 10:00", "tz": "Europe/Berlin", "minutes": 45,
                "summary": "Vorstellungsgespräch Okafor-Brandt (Teams)",
                "location": "Microsoft Teams-Besprechung",
                "description": "Jetzt an der Besprechung teilnehmen: "
                               "https://teams.example.com/l/meetup-join/19%3ameeting_RF0317",
                "organizer": ("Katrin Vollmer", "k.vollmer@rheinfood.example.de")},
    },
    {
        "kind": "interview_invitation", "slug": "rheinfood_neuer_termin", "lang": "de",
        "id": "rhein-inv2", "refs": ["rhein-inv", "rhein-missed", "rhein-sorry"],
        "company": "Rheinfood", "contact": "k.vollmer@rheinfood.example.de",
        "from": ("Katrin Vollmer", "k.vollmer@rheinfood.example.de"),
        "subject": "AW: AW: Ihr Vorstellungsgespräch heute um 10:00 Uhr",
        "date": "2026-03-18 08:55", "tz": "Europe/Berlin",
        "text": f"""Sehr geehrte Frau Okafor-Brandt,

danke für Ihre Erklärung, so etwas kann passieren. Dr. Maier hat noch einmal
Zeit für Sie: Wir laden Sie herzlich zu einem Gespräch am Dienstag, 24. März,
um 14:00 Uhr ein, diesmal gerne vor Ort in Karlsruhe, dann gibt es keine
Probleme mit Links. Anschließend zeigen wir Ihnen unser Wareneingangslabor.

Bitte melden Sie sich am Empfang in der Durlacher Allee 88.

Mit freundlichen Grüßen
{SIG_VOLLMER}

""" + wrote_de("Di., 17. März 2026 um 11:40", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               SORRY_RHEINFOOD) + "\n",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "interview_invitation", "slug": "basler_assessment_center", "lang": "de",
        "id": "basler-inv", "refs": ["basler-ack"],
        "company": "Basler Backwaren", "contact": "regula.brunner@basler-backwaren.example.ch",
        "from": ("Regula Brunner", "regula.brunner@basler-backwaren.example.ch"),
        "subject": "Einladung Assessment-Center: Qualitätsauditorin Produktion",
        "date": "2026-06-15 13:12", "tz": "Europe/Zurich",
        "text": f"""Grüezi Frau Okafor-Brandt

Gerne laden wir Sie zu unserem halbtägigen Assessment-Center für die Stelle
Qualitätsauditorin Produktion ein:

Freitag, 26. Juni 2026, 08:00 – 12:30 Uhr
Basler Backwaren AG, Hochbergerstrasse 60, 4057 Basel (Empfang Gebäude B)

Programm: Betriebsrundgang mit Hygiene-Audit (Sie notieren Ihre
Feststellungen), Präsentation Ihrer Ergebnisse vor dem Gremium, anschliessend
Interview mit der Leiterin Qualität, Frau Dr. Sutter. Bitte bringen Sie einen
Ausweis mit; Schutzkleidung stellen wir.

Wir freuen uns auf Ihre Zusage.

Freundliche Grüsse
{SIG_BRUNNER}
""",
        "html": simple_html(paras(f"""Grüezi Frau Okafor-Brandt

Gerne laden wir Sie zu unserem halbtägigen Assessment-Center für die Stelle
Qualitätsauditorin Produktion ein:

Freitag, 26. Juni 2026, 08:00 – 12:30 Uhr
Basler Backwaren AG, Hochbergerstrasse 60, 4057 Basel (Empfang Gebäude B)

Programm: Betriebsrundgang mit Hygiene-Audit (Sie notieren Ihre
Feststellungen), Präsentation Ihrer Ergebnisse vor dem Gremium, anschliessend
Interview mit der Leiterin Qualität, Frau Dr. Sutter. Bitte bringen Sie einen
Ausweis mit; Schutzkleidung stellen wir.

Wir freuen uns auf Ihre Zusage.

Freundliche Grüsse
{SIG_BRUNNER}"""), "de"),
        "cte": "base64", "html_cte": "base64",
    },
    {
        "kind": "interview_invitation", "slug": "vogelsang_mandant_telefonat", "lang": "de",
        "id": "vogel-inv",
        "company": "Vogelsang Executive Search", "contact": "b.kranz@vogelsang-search.example.de",
        "from": ("Bettina Kranz", "b.kranz@vogelsang-search.example.de"),
        "subject": "Vertraulich: Gespräch zu einer Auditorenposition – Termin am 22. Juli?",
        "date": "2026-07-14 17:20", "tz": "Europe/Berlin",
        "text": f"""Liebe Frau Okafor-Brandt,

vielen Dank für das nette Telefonat. Wie besprochen suche ich für einen
Mandanten – einen mittelständischen Feinkosthersteller in Baden, dessen Namen
ich in dieser Phase noch nicht nennen darf – eine Lieferantenauditorin.

Für das erste ausführliche Interview bei uns im Büro schlage ich Mittwoch,
22. Juli, 11:00 Uhr vor (ca. 90 Minuten, Kriegsstraße 100, 3. OG). Danach
entscheiden wir gemeinsam, ob ich Sie dem Mandanten vorstelle.

Passt Ihnen das?

Herzliche Grüße
{SIG_KRANZ}

Diese Nachricht ist vertraulich. Sollten Sie nicht der richtige Adressat sein,
informieren Sie bitte den Absender und löschen Sie diese Nachricht.
""",
        "cte": "8bit",
    },
    # --- Spanish invitations
    {
        "kind": "interview_invitation", "slug": "ibarrola_videollamada", "lang": "es",
        "id": "ibar-inv", "refs": ["ibar-ack"],
        "company": "Conservas Ibarrola", "contact": "itziar.goikoetxea@conservas-ibarrola.example.es",
        "from": ("Itziar Goikoetxea", "itziar.goikoetxea@conservas-ibarrola.example.es"),
        "subject": "Entrevista - Técnica de Calidad (planta de Bilbao)",
        "date": "2026-05-12 12:35", "tz": "Europe/Madrid",
        "text": INVITE_IBARROLA + "\n\n" + SIG_GOIKOETXEA + "\n",
        "ics": {"method": "REQUEST", "uid": "ibarrola-entrevista-0520@conservas-ibarrola",
                "seq": 0, "start": "2026-05-20 11:00", "tz": "Europe/Madrid", "minutes": 45,
                "summary": "Entrevista Maëlys Okafor-Brandt - Técnica de Calidad",
                "location": "Videollamada (enlace en la descripción)",
                "description": "https://meet.example.com/ibarrola-calidad",
                "organizer": ("Itziar Goikoetxea",
                              "itziar.goikoetxea@conservas-ibarrola.example.es")},
    },
    {
        "kind": "interview_invitation", "slug": "nervion_llamada_telefonica", "lang": "es",
        "id": "nerv-inv",
        "company": "Alimentos Nervión", "contact": "aitor.etxeberria@nervion-alimentos.example.es",
        "from": ("Aitor Etxeberria", "aitor.etxeberria@nervion-alimentos.example.es"),
        "subject": "Tu candidatura: ¿hablamos por teléfono el lunes 21?",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-09-14 17:10", "tz": "Europe/Madrid",
        "text": f"""Hola, Maëlys:

He revisado tu candidatura para el puesto de Auditora Interna de Seguridad
Alimentaria y me gustaría tener una primera entrevista telefónica contigo.

¿Te va bien el lunes 21 de septiembre a las 10:00? Te llamaré al número que
indicas en el CV (+33 6 41 27 83 90). Serán unos 20-25 minutos.

Confírmame, por favor.

Un saludo,
{SIG_ETXEBERRIA}
""",
        "html": simple_html(paras(f"""Hola, Maëlys:

He revisado tu candidatura para el puesto de Auditora Interna de Seguridad
Alimentaria y me gustaría tener una primera entrevista telefónica contigo.

¿Te va bien el lunes 21 de septiembre a las 10:00? Te llamaré al número que
indicas en el CV (+33 6 41 27 83 90). Serán unos 20-25 minutos.

Confírmame, por favor.

Un saludo,
{SIG_ETXEBERRIA}"""), "es"),
    },
    {
        "kind": "interview_invitation", "slug": "deusto_jornada_prueba", "lang": "es",
        "id": "deusto-inv",
        "company": "Panificadora Deusto", "contact": "lorea@panificadora-deusto.example.es",
        "from": ("Lorea Zubizarreta", "lorea@panificadora-deusto.example.es"),
        "subject": "Jornada de prueba en el obrador",
        "date": "2026-10-05 09:45", "tz": "Europe/Madrid",
        "text": """Buenos días, Maëlys:

Tras nuestra conversación del viernes, te proponemos una jornada de prueba en
el obrador de Deusto el martes 13 de octubre, de 7:00 a 14:00. Pasarás la
mañana con nuestra responsable de calidad revisando el plan APPCC, los
registros de temperatura y la gestión de alérgenos, y al final charlaremos un
rato con el gerente.

La jornada está remunerada. Trae calzado cerrado; la ropa de trabajo te la
damos nosotros.

¿Te encaja?

Lorea Zubizarreta
Personas y Organización - Panificadora Deusto
Calle Lehendakari Aguirre 29, 48014 Bilbao · 944 75 08 31
""",
        "charset": "iso-8859-1", "cte": "qp",
    },

    # ================================================================ reschedule / cancel
    {
        "kind": "interview_reschedule_or_cancel", "slug": "certalis_panel_moved_seq1", "lang": "fr",
        "id": "certalis-move", "refs": ["certalis-screen", "certalis-panel"],
        "company": "Certalis Contrôle", "contact": "claire.hummel@certalis.example.fr",
        "from": ("Claire Hummel", "claire.hummel@certalis.example.fr"),
        "subject": "Mise à jour : Entretien jury - Auditrice junior - nouvel horaire jeudi 12/02",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-02-06 12:14",
        "text": f"""Bonjour Madame Okafor-Brandt,

M. Kuntz est appelé sur un audit inopiné mardi prochain : nous devons déplacer
l'entretien jury. Il aura lieu le jeudi 12 février à 14h00 (même salle, même
durée). L'invitation de votre agenda a été mise à jour.

Toutes nos excuses pour ce changement. Si ce nouvel horaire pose problème,
dites-le-moi rapidement.

{SIG_HUMMEL}
""",
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000031A9@certalis",
                "seq": 1, "start": "2026-02-12 14:00", "minutes": 75,
                "summary": "Entretien jury - Auditrice junior - Mme Okafor-Brandt",
                "location": "Certalis Metz - salle Moselle",
                "organizer": ("Claire Hummel", "claire.hummel@certalis.example.fr"),
                "attendees": [ME, ("Didier Kuntz", "didier.kuntz@certalis.example.fr"),
                              ("Anne Pfister", "anne.pfister@certalis.example.fr")]},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "cigogne_nouveau_creneau", "lang": "fr",
        "id": "cigogne-move", "refs": ["cigogne-inv", "cigogne-req"],
        "company": "Hyper Cigogne", "contact": "nadia.zerrouki@cigogne-distribution.example.fr",
        "from": ("Nadia Zerrouki", "nadia.zerrouki@cigogne-distribution.example.fr"),
        "subject": "RE: Demande de report - entretien Auditrice hygiène magasins",
        "date": "2026-07-04 10:22",
        "text": f"""Bonjour Madame Okafor-Brandt,

Pas de souci. M. Arnold peut vous recevoir le vendredi 10 juillet à 14h30, au
même endroit. Je note ce nouveau rendez-vous ; inutile de me reconfirmer sauf
empêchement.

Cordialement,

{SIG_ZERROUKI}

""" + outlook_block("fr", "Maëlys Okafor-Brandt <maelys.ob@example.fr>",
                    "vendredi 3 juillet 2026 07:55",
                    "Nadia Zerrouki <nadia.zerrouki@cigogne-distribution.example.fr>",
                    "Demande de report - entretien Auditrice hygiène magasins",
                    RESCHEDULE_CIGOGNE) + "\n",
        "html": outlook_html(mso(f"""Bonjour Madame Okafor-Brandt,

Pas de souci. M. Arnold peut vous recevoir le vendredi 10 juillet à 14h30, au
même endroit. Je note ce nouveau rendez-vous ; inutile de me reconfirmer sauf
empêchement.

Cordialement,

{SIG_ZERROUKI}""") + '<div style="border-top:solid #E1E1E1 1.0pt">'
            + mso("De : Maëlys Okafor-Brandt <maelys.ob@example.fr>\nEnvoyé : vendredi 3 juillet "
                  "2026 07:55\nObjet : Demande de report - entretien Auditrice hygiène "
                  "magasins\n\n" + RESCHEDULE_CIGOGNE) + "</div>"),
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "hoerdt_decalage", "lang": "fr",
        "id": "hoerdt-move", "refs": ["hoerdt-inv"],
        "company": "Laiterie de Hoerdt", "contact": "rh@laiterie-hoerdt.example.fr",
        "from": ("Laiterie de Hoerdt - RH", "rh@laiterie-hoerdt.example.fr"),
        "subject": "Décalage de votre entretien du 14 avril",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-04-09 15:50",
        "text": """Madame Okafor-Brandt,

En raison d'un audit client programmé à la dernière minute, M. Wurtz ne sera pas
disponible le 14 avril. Nous vous proposons de décaler votre entretien au
jeudi 16 avril à 9h00, au même endroit.

Merci de nous faire savoir si cette date vous convient.

Le service des ressources humaines
Laiterie de Hoerdt
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "bruche_interviewer_malade", "lang": "fr",
        "id": "bruche-move", "refs": ["bruche-inv"],
        "company": "Moulins de la Bruche", "contact": "s.kieffer@moulins-bruche.example.fr",
        "from": ("Sylvie Kieffer", "s.kieffer@moulins-bruche.example.fr"),
        "subject": "RE: Candidature - Assistante qualité meunerie - report",
        "date": "2026-06-15 07:38",
        "text": """Bonjour Madame Okafor-Brandt,

M. Roos est souffrant depuis hier soir et ne sera pas là demain. Plutôt que de
vous faire venir pour ne voir que moi, je préfère reporter notre rencontre.
Seriez-vous disponible le lundi 22 juin à 10h, ou le mardi 23 à 14h ?

Désolée pour ce contretemps de dernière minute.

Sylvie Kieffer
Responsable qualité - Moulins de la Bruche
03 88 38 12 60
""",
        "cte": "8bit",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "stoeffler_cancel_ics", "lang": "fr",
        "id": "stoeffler-cancel", "refs": ["stoeffler-inv"],
        "company": "Stoeffler Desserts", "contact": "m.gerber@stoeffler-desserts.example.fr",
        "from": ("Mathilde Gerber", "m.gerber@stoeffler-desserts.example.fr"),
        "subject": "Annulé : Entretien Teams - Animatrice qualité (Obernai)",
        "date": "2026-10-02 09:05",
        "text": """Bonjour Madame Okafor-Brandt,

Je suis contrainte d'annuler notre entretien Teams de lundi 5 octobre : notre
directrice de site doit y participer et elle sera retenue par une inspection
des services vétérinaires. Votre candidature reste bien sûr à l'étude ; je
reviens vers vous d'ici la fin de la semaine prochaine avec de nouvelles dates.

Bien cordialement,
Mathilde Gerber
Stoeffler Desserts
""",
        "ics": {"method": "CANCEL", "uid": "stoeffler-visio-1005@stoeffler-desserts", "seq": 1,
                "start": "2026-10-05 11:00", "minutes": 45,
                "summary": "Entretien Teams - Animatrice qualité - Okafor-Brandt",
                "location": "Réunion Microsoft Teams",
                "organizer": ("Mathilde Gerber", "m.gerber@stoeffler-desserts.example.fr")},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "interim_munsterthal_deplace", "lang": "fr",
        "id": "interim-move", "refs": ["interim-inv"],
        "company": "Fromagerie Munsterthal", "contact": "j.ritter@interim-pluriel.example.fr",
        "from": ("Jérôme Ritter", "j.ritter@interim-pluriel.example.fr"),
        "subject": "Re: RDV chez notre client Fromagerie Munsterthal - changement de date",
        "date": "2026-02-09 08:40",
        "text": f"""Bonjour Maëlys,

Petit changement : Mme Haberer a un contrôle DDETSPP mercredi matin, elle me
demande de déplacer votre rendez-vous au vendredi 13 février, 10h30, même
adresse. Ça vous va ? Dites-moi vite que je leur confirme.

{SIG_RITTER}

""" + wrote_fr("mer. 4 févr. 2026 à 17:35", "Jérôme Ritter", "j.ritter@interim-pluriel.example.fr",
               """Bonjour Maëlys,

Bonne nouvelle : la Fromagerie Munsterthal (Munster) a retenu votre profil pour
la mission d'assistante qualité de 6 mois. Leur responsable qualité, Mme Lucie
Haberer, vous recevra en entretien :

   mercredi 11 février à 10h30""") + "\n",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "analysest_journee_reportee", "lang": "fr",
        "id": "analyst-move", "refs": ["analyst-ack", "analyst-inv"],
        "company": "Analys'Est", "contact": "recrutement@analysest.example.fr",
        "from": ("Recrutement Analys'Est", "recrutement@analysest.example.fr"),
        "subject": "Report de la journée d'évaluation du 12 mars",
        "date": "2026-03-06 11:30",
        "text": """Madame,

En raison du mouvement de grève annoncé dans les transports le 12 mars, plusieurs
candidats ne pourraient pas nous rejoindre. Nous reportons donc la journée
d'évaluation au jeudi 26 mars 2026, mêmes horaires (8h30 - 17h00) et même lieu.

Votre inscription est automatiquement transférée à cette nouvelle date. Si vous
n'êtes pas disponible le 26, merci de nous le signaler avant le 16 mars.

Service Recrutement - Analys'Est
""",
        "cte": "base64",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "kougelhopf_annule_cafe", "lang": "fr",
        "id": "kougel-cancel", "refs": ["kougel-inv"],
        "company": "Atelier Kougelhopf", "contact": "matthieu@atelier-kougelhopf.example.fr",
        "from": ("Matthieu Baltzer", "matthieu@atelier-kougelhopf.example.fr"),
        "subject": "Re: tu es dispo jeudi pour qu'on en parle ?",
        "date": "2026-05-20 22:05",
        "text": """Re-salut,

Je suis obligé d'annuler notre café de demain : le four à sole nous a lâchés
ce soir et je vais passer la journée avec le technicien. Je te recontacte dès
que c'est réparé pour fixer une autre date, promis. Ça reste d'actualité de
notre côté !

Matthieu

> Salut Matthieu,
> Jeudi 15h c'est parfait, à demain au portail vert !
> Maëlys
""",
        "cte": "7bit",
    },
    # --- English reschedules
    {
        "kind": "interview_reschedule_or_cancel", "slug": "euroaudit_interviewer_ill", "lang": "en",
        "id": "euro-move", "refs": ["euro-ack", "euro-inv"],
        "company": "EuroAudit Food", "contact": "sophie.martens@euroaudit-food.example.be",
        "from": ("Sophie Martens via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Sophie Martens", "sophie.martens@euroaudit-food.example.be"),
        "subject": "Change to your interview with EuroAudit Food",
        "date": "2026-04-20 07:55", "tz": "utc",
        "text": f"""Hi Maëlys,

I'm sorry for the short notice: Pieter Claes is ill today, so we need to move
your interview planned for this afternoon (Monday 20 April, 15:00). Would
Thursday 23 April at 10:00 or 15:30 work instead? Just reply with your
preference and I'll send an updated invite.

Apologies again, and thank you for your understanding.

{SIG_MARTENS}
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "lumalabs_updated_seq2", "lang": "en",
        "id": "luma-move", "refs": ["luma-inv"],
        "company": "Luma Labs Food Testing", "contact": "grace.obi@lumalabs.example.be",
        "from": ("Grace Obi", "grace.obi@lumalabs.example.be"),
        "subject": "Updated invitation: Panel interview - Food Safety Auditor @ Thu 9 Jul 2026 13:30 - 15:00 (CEST)",
        "date": "2026-07-01 16:02", "tz": "Europe/Brussels",
        "text": """This event has been changed.

Panel interview - Food Safety Auditor
When: CHANGED - Thursday 9 July 2026, 13:30 - 15:00 CEST (was Wed 8 Jul 10:00)
Where: Google Meet - https://meet.google.com/lum-abcd-efg

Note from Grace: our accreditation audit was moved onto the 8th, sorry! Same
panel, same format.

Going? Yes - Maybe - No
Invitation from Google Calendar
""",
        "ics": {"method": "REQUEST", "uid": "5kq0a7luma2026panel@google.com", "seq": 2,
                "start": "2026-07-09 13:30", "tz": "Europe/Brussels", "minutes": 90,
                "summary": "Panel interview - Food Safety Auditor",
                "location": "https://meet.google.com/lum-abcd-efg",
                "organizer": ("Grace Obi", "grace.obi@lumalabs.example.be"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN", "mode": "both"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "harbour_moved_to_3pm", "lang": "en",
        "id": "harbour-move", "refs": ["harbour-inv", "harbour-req"],
        "company": "Harbour Grain", "contact": "tom.verbeke@harbourgrain.example.be",
        "from": ("Tom Verbeke", "tom.verbeke@harbourgrain.example.be"),
        "subject": "Re: Phone screen - QA Auditor (Brussels)",
        "date": "2026-06-08 09:47", "tz": "Europe/Brussels",
        "text": """No problem at all - 3pm on Wednesday it is. Talk then.

Tom

""" + wrote_en("Mon, 8 Jun 2026 at 08:12", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               RESCHEDULE_HARBOUR) + "\n>\n" + wrote_en(
            "Fri, 5 Jun 2026 at 16:40", "Tom Verbeke", "tom.verbeke@harbourgrain.example.be",
            INVITE_HARBOUR).replace("\n>", "\n>>").replace("On Fri", "> On Fri") + "\n",
        "cte": "qp",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "brightfield_cancel_ics", "lang": "en",
        "id": "bright-cancel", "refs": ["bright-inv"],
        "company": "Brightfield Catering Europe", "contact": "emma.doyle@brightfield.example.eu",
        "from": ("Emma Doyle", "emma.doyle@brightfield.example.eu"),
        "subject": "Cancelled: Assessment Centre - Hygiene & Food Safety Auditor (20 March)",
        "date": "2026-03-16 14:30", "tz": "Europe/Brussels",
        "text": """Dear Maëlys,

Due to a water leak on the HQ kitchen floor, we have to cancel the Assessment
Centre scheduled for Friday 20 March. This is not a decision about your
application: all candidates are affected and remain in the process. We will
send new dates within two weeks.

We apologise for the inconvenience.

Emma Doyle
Early Careers Recruitment, Brightfield Catering Europe
""",
        "html": simple_html(paras("""Dear Maëlys,

Due to a water leak on the HQ kitchen floor, we have to cancel the Assessment
Centre scheduled for Friday 20 March. This is not a decision about your
application: all candidates are affected and remain in the process. We will
send new dates within two weeks.

We apologise for the inconvenience.

Emma Doyle
Early Careers Recruitment, Brightfield Catering Europe"""), "en"),
        "ics": {"method": "CANCEL", "uid": "bf-ac-20260320@brightfield.example.eu", "seq": 1,
                "start": "2026-03-20 08:45", "tz": "Europe/Brussels", "minutes": 435,
                "summary": "Assessment Centre - Hygiene & Food Safety Auditor",
                "location": "Boulevard du Régent 37, 1000 Brussels",
                "organizer": ("Emma Doyle", "emma.doyle@brightfield.example.eu")},
    },
    # --- German reschedules
    {
        "kind": "interview_reschedule_or_cancel", "slug": "basler_ac_verschoben", "lang": "de",
        "id": "basler-move", "refs": ["basler-ack", "basler-inv"],
        "company": "Basler Backwaren", "contact": "regula.brunner@basler-backwaren.example.ch",
        "from": ("Regula Brunner", "regula.brunner@basler-backwaren.example.ch"),
        "subject": "Verschiebung Assessment-Center: neu Dienstag, 30. Juni",
        "date": "2026-06-19 10:05", "tz": "Europe/Zurich",
        "text": f"""Grüezi Frau Okafor-Brandt

Leider müssen wir das Assessment-Center vom Freitag, 26. Juni verschieben: an
diesem Tag findet bei uns kurzfristig ein Kundenaudit statt. Neuer Termin ist
Dienstag, 30. Juni 2026, gleiche Zeit (08:00 – 12:30 Uhr), gleicher Ort.

Bitte bestätigen Sie mir kurz, ob Sie teilnehmen können.

Freundliche Grüsse
{SIG_BRUNNER}
""",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "vogelsang_termin_verlegt", "lang": "de",
        "id": "vogel-move", "refs": ["vogel-inv"],
        "company": "Vogelsang Executive Search", "contact": "b.kranz@vogelsang-search.example.de",
        "from": ("Sekretariat Vogelsang", "sekretariat@vogelsang-search.example.de"),
        "reply_to": ("Bettina Kranz", "b.kranz@vogelsang-search.example.de"),
        "subject": "Ihr Termin mit Frau Kranz am 22.07. – Verlegung",
        "date": "2026-07-20 09:12", "tz": "Europe/Berlin",
        "text": """Sehr geehrte Frau Okafor-Brandt,

im Auftrag von Frau Kranz muss ich Ihren Termin am Mittwoch, 22. Juli, 11:00 Uhr
leider verlegen. Frau Kranz schlägt stattdessen Freitag, 24. Juli, 9:30 Uhr vor,
alternativ Montag, 27. Juli, 15:00 Uhr.

Bitte antworten Sie direkt Frau Kranz.

Mit freundlichen Grüßen
Petra Haas
Sekretariat · Vogelsang Executive Search
""",
    },
    # --- Spanish cancel
    {
        "kind": "interview_reschedule_or_cancel", "slug": "ibarrola_cancelada_ics", "lang": "es",
        "id": "ibar-cancel", "refs": ["ibar-ack", "ibar-inv"],
        "company": "Conservas Ibarrola", "contact": "itziar.goikoetxea@conservas-ibarrola.example.es",
        "from": ("Itziar Goikoetxea", "itziar.goikoetxea@conservas-ibarrola.example.es"),
        "subject": "Cancelada: Entrevista Maëlys Okafor-Brandt - Técnica de Calidad",
        "date": "2026-05-18 16:20", "tz": "Europe/Madrid",
        "text": f"""Hola Maëlys:

Te escribo para cancelar la entrevista del miércoles 20. Nerea ha tenido que
viajar de urgencia a la planta de Santoña y no podrá atenderte. De momento la
anulamos y te contacto en cuanto tenga su agenda, seguramente la semana que
viene.

Disculpa las molestias.

{SIG_GOIKOETXEA}
""",
        "ics": {"method": "CANCEL", "uid": "ibarrola-entrevista-0520@conservas-ibarrola",
                "seq": 1, "start": "2026-05-20 11:00", "tz": "Europe/Madrid", "minutes": 45,
                "summary": "Entrevista Maëlys Okafor-Brandt - Técnica de Calidad",
                "organizer": ("Itziar Goikoetxea",
                              "itziar.goikoetxea@conservas-ibarrola.example.es")},
        "charset": "utf-8", "cte": "8bit",
    },

    # ================================================================ missed_interview_notice
    {
        "kind": "missed_interview_notice", "slug": "rheinfood_teams_gewartet", "lang": "de",
        "id": "rhein-missed", "refs": ["rhein-inv"],
        "company": "Rheinfood", "contact": "k.vollmer@rheinfood.example.de",
        "from": ("Katrin Vollmer", "k.vollmer@rheinfood.example.de"),
        "subject": "Ihr Vorstellungsgespräch heute um 10:00 Uhr",
        "date": "2026-03-17 10:26", "tz": "Europe/Berlin",
        "text": MISSED_RHEINFOOD + "\n\n" + SIG_VOLLMER + "\n",
        "html": outlook_html(mso(MISSED_RHEINFOOD + "\n\n" + SIG_VOLLMER), "de"),
    },
    {
        "kind": "missed_interview_notice", "slug": "nervion_dos_llamadas", "lang": "es",
        "id": "nerv-missed", "refs": ["nerv-inv"],
        "company": "Alimentos Nervión", "contact": "aitor.etxeberria@nervion-alimentos.example.es",
        "from": ("Aitor Etxeberria", "aitor.etxeberria@nervion-alimentos.example.es"),
        "subject": "Re: Tu candidatura: ¿hablamos por teléfono el lunes 21?",
        "date": "2026-09-21 10:34", "tz": "Europe/Madrid",
        "text": f"""Hola Maëlys:

Te he llamado dos veces a las 10:00, como habíamos quedado, y otra vez a las
10:15, pero no ha habido respuesta y saltaba el buzón de voz. Espero que todo
esté bien.

Si sigues interesada en el puesto, escríbeme y vemos si encontramos otro
momento.

Un saludo,
{SIG_ETXEBERRIA}

""" + wrote_es("lun, 14 sept 2026 a las 17:10", "Aitor Etxeberria",
               "aitor.etxeberria@nervion-alimentos.example.es",
               "Hola, Maëlys:\n\nHe revisado tu candidatura para el puesto de Auditora Interna "
               "de Seguridad\nAlimentaria y me gustaría tener una primera entrevista telefónica "
               "contigo.") + "\n",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "missed_interview_notice", "slug": "interalsace_pas_joignable", "lang": "fr",
        "id": "interalsace-missed", "refs": ["interalsace-inv"],
        "company": "Inter'Alsace Travail Temporaire", "contact": "karine.schall@interalsace.example.fr",
        "from": ("Karine Schall", "karine.schall@interalsace.example.fr"),
        "subject": "Re: Mission contrôle qualité - on s'appelle lundi ?",
        "date": "2026-09-14 10:21",
        "text": """Bonjour Maëlys,

J'ai essayé de vous joindre deux fois à 10h00 puis à 10h10 pour notre entretien
téléphonique, sans succès (messagerie). Je vous ai laissé un message vocal.

Le client attend ma présentation cette semaine : si la mission vous intéresse
toujours, rappelez-moi au 03 88 93 70 11 avant mercredi.

Karine Schall
Inter'Alsace Travail Temporaire
""",
        "cte": "qp",
    },
    {
        "kind": "missed_interview_notice", "slug": "wolff_attendue_sur_teams", "lang": "fr",
        "id": "wolff-missed", "refs": ["wolff-ack", "wolff-inv"],
        "company": "Confiserie Wolff", "contact": "camille.ehrhart@confiserie-wolff.example.fr",
        "from": ("Camille Ehrhart", "camille.ehrhart@confiserie-wolff.example.fr"),
        "subject": "Notre entretien vidéo de ce matin",
        "date": "2026-04-28 09:52",
        "text": """Bonjour Maëlys,

Nous vous avons attendue sur Teams ce matin à 9h15 pour l'entretien que vous
aviez réservé, mais vous ne vous êtes pas connectée. J'ai patienté un bon quart
d'heure.

Je suppose qu'il y a eu un imprévu. Si vous souhaitez toujours échanger,
répondez-moi simplement et je vous renvoie un lien de réservation.

Belle journée,
Camille Ehrhart
Responsable qualité - Confiserie Wolff, Ribeauvillé
""",
        "html": simple_html(paras("""Bonjour Maëlys,

Nous vous avons attendue sur Teams ce matin à 9h15 pour l'entretien que vous
aviez réservé, mais vous ne vous êtes pas connectée. J'ai patienté un bon quart
d'heure.

Je suppose qu'il y a eu un imprévu. Si vous souhaitez toujours échanger,
répondez-moi simplement et je vous renvoie un lien de réservation.

Belle journée,
Camille Ehrhart
Responsable qualité - Confiserie Wolff, Ribeauvillé""")),
        "cte": "base64", "html_cte": "base64",
    },
    {
        "kind": "missed_interview_notice", "slug": "hoerdt_absente_accueil", "lang": "fr",
        "id": "hoerdt-missed", "refs": ["hoerdt-inv", "hoerdt-move"],
        "company": "Laiterie de Hoerdt", "contact": "rh@laiterie-hoerdt.example.fr",
        "from": ("Laiterie de Hoerdt - RH", "rh@laiterie-hoerdt.example.fr"),
        "subject": "Entretien du 16 avril à 9h00",
        "date": "2026-04-16 10:05",
        "text": """Madame Okafor-Brandt,

M. Wurtz vous attendait ce matin à 9h00 pour votre entretien, mais vous ne vous
êtes pas présentée à l'accueil et nous n'avons pas reçu de message de votre
part. Nous avons tenté de vous appeler à 9h20.

Pouvez-vous nous indiquer si vous souhaitez maintenir votre candidature ?

Le service des ressources humaines
Laiterie de Hoerdt
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "kind": "missed_interview_notice", "slug": "soultzbach_telephone_sans_reponse", "lang": "fr",
        "company": "Sources de Soultzbach", "contact": "v.hueber@sources-soultzbach.example.fr",
        "from": ("Vincent Hueber", "v.hueber@sources-soultzbach.example.fr"),
        "subject": "Entretien téléphonique manqué",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-27 16:48",
        "text": """Bonjour Madame,

Nous avions convenu d'un entretien téléphonique aujourd'hui à 16h00 pour le
poste de technicienne qualité à l'embouteillage. Je vous ai appelée à l'heure
prévue au 06 41 27 83 90, puis une seconde fois à 16h15, sans réussir à vous
joindre.

Je reste disponible demain ou vendredi si vous voulez reprogrammer cet échange.

Cordialement,
Vincent Hueber
Responsable qualité-environnement - Sources de Soultzbach
1 rue des Sources, 68230 Soultzbach-les-Bains · 03 89 71 40 90
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "missed_interview_notice", "slug": "kieffer_traiteur_personne_connecte", "lang": "fr",
        "company": "Traiteur Kieffer", "contact": "c.kieffer@traiteur-kieffer.example.fr",
        "from": ("Christophe Kieffer", "c.kieffer@traiteur-kieffer.example.fr"),
        "subject": "visio de 14h",
        "date": "2026-10-08 14:31",
        "text": """Bonjour Maëlys,

On était connectés à 14h pour la visio (responsable hygiène cuisine centrale),
mais personne ne s'est présenté de votre côté. On a attendu jusqu'à 14h25.

Un souci de lien peut-être ? Dites-moi si vous voulez qu'on cale autre chose,
sinon je considère que vous n'êtes plus intéressée.

Christophe Kieffer
Directeur d'exploitation - Traiteur Kieffer
""",
        "cte": "7bit",
    },
    {
        "kind": "missed_interview_notice", "slug": "harbour_voicemail_twice", "lang": "en",
        "id": "harbour-missed", "refs": ["harbour-inv", "harbour-req", "harbour-move"],
        "company": "Harbour Grain", "contact": "tom.verbeke@harbourgrain.example.be",
        "from": ("Tom Verbeke", "tom.verbeke@harbourgrain.example.be"),
        "subject": "Re: Phone screen - QA Auditor (Brussels)",
        "date": "2026-06-10 15:22", "tz": "Europe/Brussels",
        "text": """Hi Maëlys,

I called at 3pm as agreed, and again at 3:10 - both times it went straight to
voicemail. Maybe the delivery ran late?

If you're still keen, reply with a couple of times that work for you this week
or next and I'll try again.

Best,
Tom
--
Tom Verbeke | Talent Partner | Harbour Grain Co.
""",
        "html": simple_html(paras("""Hi Maëlys,

I called at 3pm as agreed, and again at 3:10 - both times it went straight to
voicemail. Maybe the delivery ran late?

If you're still keen, reply with a couple of times that work for you this week
or next and I'll try again.

Best,
Tom
--
Tom Verbeke | Talent Partner | Harbour Grain Co."""), "en"),
    },
    {
        "kind": "missed_interview_notice", "slug": "rhine_valley_waited_zoom", "lang": "en",
        "id": "rvn-missed", "refs": ["rvn-inv"],
        "company": "Rhine Valley Nutrition", "contact": "daniel.keller@rvnutrition.example.ch",
        "from": ("Daniel Keller", "daniel.keller@rvnutrition.example.ch"),
        "subject": "Re: are you free Thursday to chat?",
        "date": "2026-08-06 16:24", "tz": "Europe/Zurich",
        "text": """Hi Maëlys,

I was on Zoom from 4pm and waited about 20 minutes, but you didn't join. No
worries if something came up - let me know if you'd still like to talk and
we'll find another slot.

Daniel

""" + wrote_en("Tue, 4 Aug 2026 at 21:02", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               "Hi Daniel, Thursday at 4pm works for me, see you on Zoom!\nMaëlys") + "\n",
        "cte": "7bit",
    },
    {
        "kind": "missed_interview_notice", "slug": "ortenauer_nicht_erreichbar", "lang": "de",
        "company": "Ortenauer Fruchtsaft", "contact": "m.huber@ortenauer-fruchtsaft.example.de",
        "from": ("Martina Huber", "m.huber@ortenauer-fruchtsaft.example.de"),
        "subject": "Unser Telefoninterview heute, 15:00 Uhr",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-08-12 15:35", "tz": "Europe/Berlin",
        "text": """Guten Tag Frau Okafor-Brandt,

wie vereinbart habe ich Sie heute um 15:00 Uhr für unser Telefoninterview zur
Stelle „Hygienebeauftragte Abfüllung" angerufen – leider waren Sie nicht
erreichbar, auch beim zweiten Versuch um 15:10 Uhr nicht.

Falls Sie weiterhin Interesse haben, schlagen Sie mir bitte zwei neue Termine
vor.

Freundliche Grüße
Martina Huber
Personal · Ortenauer Fruchtsaft GmbH · Industriestraße 7 · 77656 Offenburg
""",
        "charset": "windows-1252", "cte": "qp",
    },
]
