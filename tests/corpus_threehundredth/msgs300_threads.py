"""Threads: one employer's mail from acknowledgement to the end, with the candidate's replies.

Each spec: key, kind, lang, company, contact (labels) and the message itself. `parent` links a
reply to the message it answers (In-Reply-To/References); `quote` quotes the parent below the
new text in a given attribution style.
"""

from __future__ import annotations

from msgs300_common import (
    CAND,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    html_shell,
    paras,
    spec,
)

SANDRINE = ("Sandrine Le Goff", "sandrine.legoff@restauval.example.fr")
SIG_SANDRINE = """Sandrine Le Goff
Chargée de recrutement - Pôle Restauration collective Grand Ouest
Restauval
12 rue de la Tannerie, 44100 Nantes
Tél. 02 40 00 18 27"""

_restauval_ack = """Bonjour Théo,

Nous avons bien reçu votre candidature au poste de Responsable de production (H/F) - cuisine centrale de Saint-Herblain et nous vous en remercions.

Notre équipe recrutement étudie chaque dossier avec attention. Si votre profil correspond à nos besoins, un membre de l'équipe prendra contact avec vous dans les prochaines semaines.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

À bientôt,
L'équipe Talents de Restauval"""

MESSAGES = [
    # ---- T1 Restauval, Nantes (contract caterer): ack -> invite -> moved -> trial day -> offer
    spec(
        key="restauval_ack", kind="application_received", lang="fr",
        company="Restauval", contact="",
        frm=("Restauval", "no-reply@teamtailor-mail.com"),
        date="2026-07-06 10:02 +0000",
        subject="Votre candidature chez Restauval",
        body=_restauval_ack,
        html=html_shell(paras(_restauval_ack), "Restauval",
                        "Envoyé via Teamtailor. Gérer mes données personnelles.", "#c0392b"),
        headers={"Auto-Submitted": "auto-generated"},
    ),
    spec(
        key="restauval_invite", kind="interview_invitation", lang="fr",
        company="Restauval", contact="sandrine.legoff@restauval.example.fr",
        frm=SANDRINE, date="2026-07-15 14:37 +0200",
        subject="Restauval - entretien pour le poste de Responsable de production",
        body=f"""Bonjour Monsieur Marchand,

Suite à l'étude de votre candidature, j'ai le plaisir de vous proposer un premier entretien avec Yannick Perrot, directeur des opérations, et moi-même.

Date : mardi 21 juillet 2026 à 10h00
Lieu : cuisine centrale, 4 allée des Vignerons, 44800 Saint-Herblain (accueil au rez-de-chaussée)
Durée : environ 1h, avec une visite de la production

Vous trouverez l'invitation ci-jointe. Merci de me confirmer votre présence par retour de mail.

Bien cordialement,

{SIG_SANDRINE}

{DISCLAIMER_FR}""",
        ics=spec(uid="restauval-entretien-1@restauval.example.fr", seq=0,
                 start="20260721T100000", end="20260721T110000", tz="Europe/Paris",
                 summary="Entretien Théo Marchand - Responsable de production",
                 location="Cuisine centrale Restauval, Saint-Herblain", organizer=SANDRINE),
        cte="quoted-printable",
    ),
    spec(
        key="restauval_own_confirm", kind="other", lang="fr", company="", contact="",
        frm=CAND, to=SANDRINE, date="2026-07-15 18:05 +0200",
        subject="RE: Restauval - entretien pour le poste de Responsable de production",
        parent="restauval_invite", quote="fr",
        body="""Bonjour Madame Le Goff,

Je vous remercie pour votre message. Je vous confirme ma présence le mardi 21 juillet à 10h00 à Saint-Herblain.

Bien cordialement,
Théo Marchand
06 12 34 56 78""",
        charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="restauval_moved", kind="interview_reschedule_or_cancel", lang="fr",
        company="Restauval", contact="sandrine.legoff@restauval.example.fr",
        frm=SANDRINE, date="2026-07-20 09:12 +0200",
        subject="RE: Restauval - entretien pour le poste de Responsable de production",
        parent="restauval_own_confirm", quote="fr",
        body=f"""Bonjour Théo,

Je suis désolée de vous prévenir si tard : Yannick Perrot est retenu demain sur un audit d'hygiène à Angers. Nous devons décaler notre entretien.

Je vous propose le jeudi 23 juillet à 14h30, même lieu. Je vous renvoie l'invitation mise à jour. Si cet horaire ne vous convient pas, dites-le-moi et nous trouverons autre chose.

Toutes mes excuses pour ce changement.

{SIG_SANDRINE}""",
        ics=spec(uid="restauval-entretien-1@restauval.example.fr", seq=1,
                 start="20260723T143000", end="20260723T153000", tz="Europe/Paris",
                 summary="Entretien Théo Marchand - Responsable de production (nouvel horaire)",
                 location="Cuisine centrale Restauval, Saint-Herblain", organizer=SANDRINE),
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="restauval_own_thanks", kind="other", lang="fr", company="", contact="",
        frm=CAND, to=SANDRINE, date="2026-07-23 19:40 +0200",
        subject="Merci pour l'entretien de cet après-midi",
        body="""Bonjour Madame Le Goff,

Je tenais à vous remercier, ainsi que M. Perrot, pour le temps que vous m'avez accordé cet après-midi et pour la visite de la cuisine centrale. La façon dont vous organisez la liaison froide pour les 9 000 repas quotidiens m'a beaucoup intéressé.

Le poste correspond vraiment à ce que je cherche et je reste à votre disposition pour toute information complémentaire.

Bien cordialement,
Théo Marchand""",
    ),
    spec(
        key="restauval_trial", kind="interview_invitation", lang="fr",
        company="Restauval", contact="sandrine.legoff@restauval.example.fr",
        frm=SANDRINE, date="2026-08-10 11:20 +0200",
        subject="Deuxième étape : journée d'immersion à la cuisine centrale",
        parent="restauval_own_thanks", quote="fr",
        body=f"""Bonjour Théo,

Merci encore pour votre message. Suite à votre entretien avec Yannick Perrot, nous souhaitons poursuivre avec vous.

La prochaine étape est une journée d'immersion (journée d'essai rémunérée) au sein de l'équipe de production :
- le mercredi 19 août 2026, de 6h00 à 14h00
- tenue fournie, prévoir des chaussures de sécurité
- point de restitution avec Yannick à 13h30

Pouvez-vous me confirmer votre disponibilité ?

Belle journée,

{SIG_SANDRINE}""",
        cte="base64",
    ),
    spec(
        key="restauval_verbal", kind="offer", lang="fr",
        company="Restauval", contact="yannick.perrot@restauval.example.fr",
        frm=("Yannick Perrot", "yannick.perrot@restauval.example.fr"),
        cc=[SANDRINE], date="2026-09-03 17:48 +0200",
        subject="Suite à notre appel",
        body="""Bonjour Théo,

Comme je vous l'ai dit au téléphone tout à l'heure, nous sommes ravis de vous proposer le poste de Responsable de production de la cuisine centrale de Saint-Herblain.

Pour récapituler ce que nous avons évoqué :
- CDI, statut agent de maîtrise, prise de poste le 2 novembre 2026
- rémunération brute annuelle de 38 500 €, sur 13 mois
- horaires en journée, du lundi au vendredi, une astreinte par mois

Sandrine vous enverra la proposition écrite dans les prochains jours. N'hésitez pas à m'appeler si vous avez des questions d'ici là.

Au plaisir de vous compter parmi nous,

Yannick Perrot
Directeur des opérations - Restauval Grand Ouest
06 98 00 41 12""",
        charset="windows-1252", cte="8bit",
    ),
    spec(
        key="restauval_letter", kind="offer", lang="fr",
        company="Restauval", contact="sandrine.legoff@restauval.example.fr",
        frm=SANDRINE, date="2026-09-07 10:15 +0200",
        subject="Proposition d'embauche - Responsable de production",
        parent="restauval_verbal",
        body=f"""Bonjour Théo,

Faisant suite à votre échange avec Yannick Perrot, vous trouverez ci-joint votre proposition d'embauche pour le poste de Responsable de production (CDI) à Saint-Herblain.

Nous vous remercions de nous retourner la proposition datée et signée avant le 18 septembre. Le contrat de travail vous sera ensuite adressé pour signature électronique.

Nous nous réjouissons de votre arrivée.

{SIG_SANDRINE}

{DISCLAIMER_FR}""",
        pdfs=[("Proposition_embauche_T_Marchand.pdf", [
            "Restauval - Direction des ressources humaines",
            "Nantes, le 7 septembre 2026",
            "Objet : proposition d'embauche",
            "Monsieur Theo Marchand,",
            "Nous avons le plaisir de vous proposer le poste de Responsable de production,",
            "CDI, statut agent de maitrise, a compter du 2 novembre 2026.",
            "Remuneration brute annuelle : 38 500 EUR sur 13 mois.",
            "Bon pour accord, date et signature :",
        ])],
        cte="quoted-printable",
    ),
    spec(
        key="restauval_own_accept", kind="other", lang="fr", company="", contact="",
        frm=CAND, to=SANDRINE, date="2026-09-09 08:31 +0200",
        subject="RE: Proposition d'embauche - Responsable de production",
        parent="restauval_letter", quote="fr",
        body="""Bonjour Sandrine,

Je vous retourne ci-dessous mon accord : j'accepte avec plaisir la proposition d'embauche. Je vous envoie le document signé par courrier ce jour.

Merci à vous et à Yannick pour la confiance.

Théo""",
    ),
    spec(
        key="restauval_contract", kind="offer", lang="fr",
        company="Restauval", contact="",
        frm=("Restauval via Yousign", "noreply@yousign.example.com"),
        date="2026-09-15 07:58 +0000", system=True,
        subject="Restauval vous invite à signer : Contrat de travail CDI - T. Marchand",
        body="""Bonjour Théo Marchand,

Restauval vous a envoyé un document à signer : « Contrat de travail CDI - Responsable de production - T. Marchand ».

Message de Sandrine Le Goff : « Bonjour Théo, voici votre contrat de travail. Bonne lecture et bienvenue chez Restauval ! »

Pour consulter et signer le contrat, ouvrez le lien sécurisé ci-dessous (valable 14 jours) :
https://yousign.example.com/sign/7f3a9c2e

Ceci est un e-mail automatique, merci de ne pas y répondre.""",
        html=html_shell(paras("""Bonjour Théo Marchand,

Restauval vous a envoyé un document à signer : « Contrat de travail CDI - Responsable de production - T. Marchand ».

Pour consulter et signer le contrat, cliquez sur « Signer le document » (lien valable 14 jours).""")
                        + '\n<p><a href="https://yousign.example.com/sign/7f3a9c2e">Signer le document</a></p>',
                        "Yousign", "Ceci est un e-mail automatique, merci de ne pas y répondre."),
        subj_enc=("utf-8", "b"),
    ),

    # ---- T2 Hôtels Lumière Atlantique, Bordeaux: ack -> invite -> missed -> apology -> rejection
    spec(
        key="lumiere_ack", kind="application_received", lang="fr",
        company="Hôtels Lumière Atlantique", contact="",
        frm=("Hôtels Lumière Atlantique - Recrutement", "hla-recrutement@successfactors.eu"),
        date="2026-02-03 08:44 +0100",
        subject="Accusé de réception de votre candidature - F&B Manager (Bordeaux)",
        body="""Bonjour Théo Marchand,

Merci pour l'intérêt que vous portez aux Hôtels Lumière Atlantique. Votre candidature pour le poste de F&B Manager - Hôtel Lumière Bordeaux Chartrons (réf. HLA-2026-0147) a bien été enregistrée.

En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil est retenu pour la suite du processus, notre équipe vous contactera.

Cordialement,
Direction des Ressources Humaines
Hôtels Lumière Atlantique

Ce message a été envoyé automatiquement. Merci de ne pas y répondre.""",
        name_enc=("iso-8859-1", "q"), charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="lumiere_invite", kind="interview_invitation", lang="fr",
        company="Hôtels Lumière Atlantique", contact="margaux.delmas@hotels-lumiere.example.fr",
        frm=("Margaux Delmas", "margaux.delmas@hotels-lumiere.example.fr"),
        date="2026-02-12 16:03 +0100",
        subject="Entretien visio - F&B Manager Bordeaux Chartrons",
        body="""Bonjour Théo,

Votre candidature a retenu notre attention et nous aimerions échanger avec vous lors d'un entretien en visioconférence (Teams) de 45 minutes.

Créneau proposé : jeudi 19 février 2026 à 11h00.
Le lien Teams vous parviendra dans une invitation séparée.

Merci de me confirmer ce créneau.

Margaux Delmas
Responsable Ressources Humaines
Hôtels Lumière Atlantique - 18 quai des Chartrons, 33000 Bordeaux
05 56 00 72 31""",
        name_enc=None,
    ),
    spec(
        key="lumiere_missed", kind="missed_interview_notice", lang="fr",
        company="Hôtels Lumière Atlantique", contact="margaux.delmas@hotels-lumiere.example.fr",
        frm=("Margaux Delmas", "margaux.delmas@hotels-lumiere.example.fr"),
        date="2026-02-19 11:27 +0100",
        subject="RE: Entretien visio - F&B Manager Bordeaux Chartrons",
        parent="lumiere_invite", quote="outlook_fr",
        body="""Bonjour Théo,

Nous vous avons attendu sur Teams ce matin à 11h00, avec le directeur de l'hôtel, mais vous ne vous êtes pas connecté. J'ai également essayé de vous joindre au 06 12 34 56 78, sans succès.

J'espère qu'il ne vous est rien arrivé. Si vous êtes toujours intéressé par le poste, merci de me le faire savoir rapidement.

Margaux Delmas
Responsable Ressources Humaines""",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="lumiere_own_apology", kind="other", lang="fr", company="", contact="",
        frm=CAND, to=("Margaux Delmas", "margaux.delmas@hotels-lumiere.example.fr"),
        date="2026-02-19 13:02 +0100",
        subject="RE: Entretien visio - F&B Manager Bordeaux Chartrons",
        parent="lumiere_missed", quote="fr",
        body="""Bonjour Madame Delmas,

Je vous présente toutes mes excuses : l'invitation Teams n'est jamais arrivée dans ma boîte de réception (je viens de la retrouver dans les indésirables) et j'étais en service jusqu'à midi.

Je suis toujours très intéressé par le poste et disponible dès demain si un nouveau créneau est possible.

Avec mes excuses renouvelées,
Théo Marchand""",
    ),
    spec(
        key="lumiere_invite2", kind="interview_invitation", lang="fr",
        company="Hôtels Lumière Atlantique", contact="margaux.delmas@hotels-lumiere.example.fr",
        frm=("Margaux Delmas", "margaux.delmas@hotels-lumiere.example.fr"),
        date="2026-02-20 09:15 +0100",
        subject="RE: Entretien visio - F&B Manager Bordeaux Chartrons",
        parent="lumiere_own_apology", quote="fr",
        body="""Bonjour Théo,

Pas de souci, cela arrive. Nous pouvons nous voir cette fois-ci en présentiel à l'hôtel, le mardi 24 février à 15h00, avec M. Ferrand, directeur général. Demandez-moi à la réception.

Bien à vous,
Margaux""",
        charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="lumiere_reject", kind="rejection", lang="fr",
        company="Hôtels Lumière Atlantique", contact="margaux.delmas@hotels-lumiere.example.fr",
        frm=("Margaux Delmas", "margaux.delmas@hotels-lumiere.example.fr"),
        date="2026-03-12 17:22 +0100",
        subject="Votre candidature - F&B Manager Bordeaux Chartrons",
        body="""Bonjour Théo,

Je tenais à vous remercier pour votre venue à l'hôtel et pour la qualité de nos échanges avec M. Ferrand.

Après réflexion, nous avons fait le choix d'un candidat qui dispose déjà d'une expérience de management de salle et de bar en hôtellerie haut de gamme, un point essentiel pour ce poste. Nous ne donnerons donc pas suite à votre candidature.

Votre parcours en production nous a néanmoins marqués et je me permets de conserver votre dossier pour de futurs postes en cuisine.

Je vous souhaite une belle réussite dans vos projets.

Margaux Delmas
Responsable Ressources Humaines
Hôtels Lumière Atlantique""",
        cte="base64",
    ),

    # ---- T3 Harbourline Hospitality, London: ack -> invite -> moved -> rejection
    spec(
        key="harbourline_ack", kind="application_received", lang="en",
        company="Harbourline Hospitality", contact="",
        frm=("Harbourline Hospitality", "no-reply@greenhouse-mail.io"),
        date="2026-03-02 13:10 +0000",
        subject="Thank you for applying to Harbourline Hospitality",
        body="""Hi Théo,

Thanks for applying for the Food & Beverage Operations Manager role at Harbourline Hospitality (The Quayside, Canary Wharf). Your application has been received and our talent team will review it shortly.

If your experience is a good match, we'll be in touch to arrange next steps. In the meantime, feel free to learn more about life at Harbourline on our careers page.

Best,
The Harbourline Talent Team

Please do not reply to this email - this mailbox is not monitored.""",
        html=html_shell(paras("""Hi Théo,

Thanks for applying for the Food & Beverage Operations Manager role at Harbourline Hospitality (The Quayside, Canary Wharf). Your application has been received and our talent team will review it shortly.

If your experience is a good match, we'll be in touch to arrange next steps.

Best,
The Harbourline Talent Team"""), "Harbourline Hospitality",
                        "Please do not reply to this email - this mailbox is not monitored.",
                        "#1b3b6f"),
    ),
    spec(
        key="harbourline_invite", kind="interview_invitation", lang="en",
        company="Harbourline Hospitality", contact="priya.natarajan@harbourline.example.co.uk",
        frm=("Priya Natarajan via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Priya Natarajan", "priya.natarajan@harbourline.example.co.uk"),
        date="2026-03-09 10:41 +0000",
        subject="Interview: F&B Operations Manager at Harbourline Hospitality",
        body="""Hi Théo,

Thanks again for your interest in Harbourline. I'd love to set up a 45-minute video interview with our Director of Food & Beverage, Tom Ashworth, to talk through your experience in high-volume production.

Please choose a time that suits you using the link below (all slots are UK time):
https://app.greenhouse.example.io/schedule/harbourline/4f2c81

If none of the slots work, just reply to this email and I'll find an alternative.

Kind regards,
Priya Natarajan
Talent Partner, Harbourline Hospitality""",
    ),
    spec(
        key="harbourline_moved", kind="interview_reschedule_or_cancel", lang="en",
        company="Harbourline Hospitality", contact="priya.natarajan@harbourline.example.co.uk",
        frm=("Priya Natarajan", "priya.natarajan@harbourline.example.co.uk"),
        date="2026-03-13 08:05 +0000",
        subject="RE: Interview: F&B Operations Manager at Harbourline Hospitality",
        parent="harbourline_invite", quote="outlook_en",
        body=f"""Hi Théo,

Apologies for the short notice - Tom has been called into an owners' meeting on Monday afternoon, so we need to move your interview from Monday 16 March at 2pm.

Would Wednesday 18 March at 11am or Thursday 19 March at 3pm (UK time) work for you instead? The Teams link will stay the same.

Many thanks and sorry for the disruption,
Priya

Priya Natarajan | Talent Partner
Harbourline Hospitality | 1 Quayside Walk, London E14 9QS
+44 20 7946 0318

{DISCLAIMER_EN}""",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="harbourline_reject", kind="rejection", lang="en",
        company="Harbourline Hospitality", contact="",
        frm=("Harbourline Hospitality", "no-reply@greenhouse-mail.io"),
        date="2026-04-01 15:30 +0100",
        subject="Your application to Harbourline Hospitality",
        body="""Hi Théo,

Thank you for taking the time to speak with Tom and the team about the Food & Beverage Operations Manager role.

After careful consideration, we have decided to move forward with a candidate whose experience more closely matches the needs of the role at this time. This was a difficult decision and we genuinely appreciated the conversation.

We'll keep your details on file and may reach out if a suitable opportunity comes up in the future.

Wishing you all the best,
Harbourline Talent Team""",
    ),

    # ---- T4 Spreeküche, Berlin: ack -> invite -> cancelled -> rejection
    spec(
        key="spree_ack", kind="application_received", lang="de",
        company="Spreeküche", contact="",
        frm=("Spreeküche Gemeinschaftsverpflegung", "noreply@personio.de"),
        date="2026-04-07 09:00 +0200",
        subject="Eingangsbestätigung Ihrer Bewerbung als Produktionsleiter (m/w/d)",
        body="""Hallo Théo Marchand,

vielen Dank für Ihre Bewerbung als Produktionsleiter (m/w/d) für unsere Zentralküche in Berlin-Neukölln. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Viele Grüße
Ihr Recruiting-Team der Spreeküche

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
        name_enc=("utf-8", "b"), subj_enc=None, charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="spree_invite", kind="interview_invitation", lang="de",
        company="Spreeküche", contact="jana.wolters@spreekueche.example.de",
        frm=("Jana Wolters", "jana.wolters@spreekueche.example.de"),
        date="2026-04-14 15:22 +0200",
        subject="Einladung zum Vorstellungsgespräch - Produktionsleitung Zentralküche",
        body=f"""Hallo Herr Marchand,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Spreeküche. Wir würden Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 21. April 2026, 13:30 Uhr
Ort: Spreeküche, Karl-Marx-Straße 240, 12057 Berlin (Eingang Hof, 2. OG)
Gesprächspartner: Dirk Hallmann (Betriebsleitung) und ich

Die Kalendereinladung finden Sie anbei. Reisekosten erstatten wir Ihnen bis 250 Euro. Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Jana Wolters
Personalreferentin
Spreeküche Gemeinschaftsverpflegung GmbH
Karl-Marx-Straße 240, 12057 Berlin
Tel. +49 30 5500 2814

{DISCLAIMER_DE}""",
        ics=spec(uid="spree-vg-marchand@spreekueche.example.de", seq=0,
                 start="20260421T133000", end="20260421T143000", tz="Europe/Berlin",
                 summary="Vorstellungsgespräch Théo Marchand",
                 location="Karl-Marx-Straße 240, 12057 Berlin",
                 organizer=("Jana Wolters", "jana.wolters@spreekueche.example.de")),
    ),
    spec(
        key="spree_cancel", kind="interview_reschedule_or_cancel", lang="de",
        company="Spreeküche", contact="jana.wolters@spreekueche.example.de",
        frm=("Jana Wolters", "jana.wolters@spreekueche.example.de"),
        date="2026-04-17 11:48 +0200",
        subject="Abgesagt: Vorstellungsgespräch Théo Marchand",
        parent="spree_invite",
        body="""Hallo Herr Marchand,

leider muss ich unser Gespräch am Dienstag, 21. April, absagen, da Herr Hallmann kurzfristig erkrankt ist. Bitte buchen Sie Ihre Reise noch nicht.

Ich melde mich Anfang nächster Woche mit einem neuen Terminvorschlag bei Ihnen. Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Viele Grüße
Jana Wolters
Personalreferentin, Spreeküche""",
        ics=spec(method="CANCEL", uid="spree-vg-marchand@spreekueche.example.de", seq=1,
                 start="20260421T133000", end="20260421T143000", tz="Europe/Berlin",
                 summary="Abgesagt: Vorstellungsgespräch Théo Marchand",
                 location="Karl-Marx-Straße 240, 12057 Berlin",
                 organizer=("Jana Wolters", "jana.wolters@spreekueche.example.de")),
        subj_enc=("iso-8859-1", "q"),
    ),
    spec(
        key="spree_reject", kind="rejection", lang="de",
        company="Spreeküche", contact="jana.wolters@spreekueche.example.de",
        frm=("Jana Wolters", "jana.wolters@spreekueche.example.de"),
        date="2026-05-05 10:30 +0200",
        subject="Ihre Bewerbung als Produktionsleiter (m/w/d)",
        parent="spree_cancel", quote="de",
        body="""Hallo Herr Marchand,

ich hatte Ihnen einen neuen Termin versprochen und muss mich nun leider mit einer anderen Nachricht melden: Die Stelle der Produktionsleitung wurde intern mit einem langjährigen Kollegen aus unserer Küche in Spandau besetzt. Wir werden das Verfahren daher nicht fortsetzen.

Es tut mir sehr leid, dass es so gelaufen ist. Für Ihre weitere Suche wünsche ich Ihnen alles Gute.

Freundliche Grüße
Jana Wolters
Personalreferentin""",
        charset="iso-8859-1", cte="8bit",
    ),

    # ---- T5 Cantábrico Ferries, Bilbao: ack -> invite -> moved -> offer -> revised -> accept
    spec(
        key="cantabrico_ack", kind="application_received", lang="es",
        company="Cantábrico Ferries", contact="",
        frm=("Cantábrico Ferries", "noreply@smartrecruiters.com"),
        date="2026-06-02 07:15 +0000",
        subject="Hemos recibido tu candidatura: Jefe/a de Restauración a bordo",
        body="""Hola Théo:

Gracias por tu interés en Cantábrico Ferries. Hemos recibido correctamente tu candidatura para el puesto de Jefe/a de Restauración a bordo (ruta Bilbao - Portsmouth).

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al volumen de candidaturas no podemos responder a cada persona de forma individual.

Un saludo,
Equipo de Talento - Cantábrico Ferries""",
        html=html_shell(paras("""Hola Théo:

Gracias por tu interés en Cantábrico Ferries. Hemos recibido correctamente tu candidatura para el puesto de Jefe/a de Restauración a bordo (ruta Bilbao - Portsmouth).

Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Talento - Cantábrico Ferries"""), "Cantábrico Ferries", "Powered by SmartRecruiters",
                        "#004b87"),
        name_enc=("iso-8859-1", "q"), subj_enc=None,
    ),
    spec(
        key="cantabrico_invite", kind="interview_invitation", lang="es",
        company="Cantábrico Ferries", contact="amaia.etxeberria@cantabricoferries.example.es",
        frm=("Amaia Etxeberria", "amaia.etxeberria@cantabricoferries.example.es"),
        date="2026-06-15 12:04 +0200",
        subject="Entrevista - Jefe/a de Restauración a bordo",
        body=f"""Hola Théo:

Te escribo del departamento de Personas de Cantábrico Ferries. Nos ha gustado mucho tu perfil y nos gustaría conocerte en una entrevista por videollamada con el director de hotel de a bordo, Javier Ugarte.

Te propongo el martes 23 de junio a las 10:00 (hora de Madrid). Dura unos 45 minutos y te enviaré el enlace de Google Meet en cuanto me confirmes.

Un saludo,

Amaia Etxeberria
Técnica de Selección
Cantábrico Ferries S.A.
Muelle de Santurtzi, 48980 Santurtzi (Bizkaia)
+34 944 00 37 21

{DISCLAIMER_ES}""",
        subj_enc=("utf-8", "b"), charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="cantabrico_own_ok", kind="other", lang="es", company="", contact="",
        frm=CAND, to=("Amaia Etxeberria", "amaia.etxeberria@cantabricoferries.example.es"),
        date="2026-06-15 20:11 +0200",
        subject="Re: Entrevista - Jefe/a de Restauración a bordo",
        parent="cantabrico_invite", quote="es",
        body="""Hola Amaia:

Muchas gracias por tu mensaje. Te confirmo que el martes 23 de junio a las 10:00 me viene perfecto.

Un saludo,
Théo Marchand""",
    ),
    spec(
        key="cantabrico_moved", kind="interview_reschedule_or_cancel", lang="es",
        company="Cantábrico Ferries", contact="amaia.etxeberria@cantabricoferries.example.es",
        frm=("Amaia Etxeberria", "amaia.etxeberria@cantabricoferries.example.es"),
        date="2026-06-19 09:37 +0200",
        subject="Re: Entrevista - Jefe/a de Restauración a bordo",
        parent="cantabrico_own_ok", quote="es",
        body="""Hola Théo:

Perdona el cambio: Javier estará embarcado esa semana por una inspección en el buque y no podrá hacer la entrevista el martes. ¿Te vendría bien el jueves 25 de junio a las 16:30? Mantendríamos el mismo formato por videollamada.

Quedo pendiente de tu respuesta.

Amaia""",
        charset="windows-1252", cte="8bit",
    ),
    spec(
        key="cantabrico_offer", kind="offer", lang="es",
        company="Cantábrico Ferries", contact="amaia.etxeberria@cantabricoferries.example.es",
        frm=("Amaia Etxeberria", "amaia.etxeberria@cantabricoferries.example.es"),
        date="2026-09-28 13:20 +0200",
        subject="Oferta de empleo - Jefe de Restauración a bordo",
        body="""Hola Théo:

Es un placer comunicarte que, tras las entrevistas con Javier Ugarte y con la dirección de Operaciones, queremos ofrecerte el puesto de Jefe de Restauración a bordo del buque Galerna.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, régimen de embarque de dos semanas a bordo y dos en tierra, salario bruto anual de 41.000 € más complemento de navegación.

Te agradecería una respuesta antes del 9 de octubre. Si tienes cualquier duda, llámame.

Un abrazo,
Amaia Etxeberria
Técnica de Selección - Cantábrico Ferries""",
        pdfs=[("Carta_oferta_Marchand.pdf", [
            "Cantabrico Ferries - Departamento de Personas",
            "Santurtzi, 28 de septiembre de 2026",
            "Carta de oferta: Jefe de Restauracion a bordo (buque Galerna)",
            "Contrato indefinido. Regimen de embarque 2x2 semanas.",
            "Salario bruto anual: 41.000 EUR + complemento de navegacion.",
            "Fecha de incorporacion prevista: 16 de noviembre de 2026.",
        ])],
        cte="base64",
    ),
    spec(
        key="cantabrico_offer2", kind="offer", lang="es",
        company="Cantábrico Ferries", contact="amaia.etxeberria@cantabricoferries.example.es",
        frm=("Amaia Etxeberria", "amaia.etxeberria@cantabricoferries.example.es"),
        date="2026-10-06 11:02 +0200",
        subject="Re: Oferta de empleo - Jefe de Restauración a bordo",
        parent="cantabrico_offer", quote="es",
        body="""Hola Théo:

Gracias por tu sinceridad al contarnos que tienes otra propuesta en Nantes. Lo hemos hablado con Dirección y podemos mejorar nuestra oferta: salario bruto anual de 44.500 €, ayuda de traslado de 3.000 € y la incorporación el 1 de diciembre para que tengas tiempo de organizarte.

La oferta revisada sigue vigente hasta el 12 de octubre. Ojalá podamos contar contigo.

Un abrazo,
Amaia""",
    ),
    spec(
        key="cantabrico_own_decline", kind="other", lang="es", company="", contact="",
        frm=CAND, to=("Amaia Etxeberria", "amaia.etxeberria@cantabricoferries.example.es"),
        date="2026-10-09 18:45 +0200",
        subject="Re: Oferta de empleo - Jefe de Restauración a bordo",
        parent="cantabrico_offer2", quote="es",
        body="""Hola Amaia:

Muchísimas gracias por el esfuerzo y por la confianza. Después de pensarlo mucho, he decidido quedarme en Nantes por motivos familiares, así que tengo que rechazar vuestra oferta. Ha sido una decisión muy difícil.

Te deseo lo mejor a ti y a todo el equipo del Galerna.

Un abrazo,
Théo""",
        charset="windows-1252", cte="quoted-printable",
    ),
]
