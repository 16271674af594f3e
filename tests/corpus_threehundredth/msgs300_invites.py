"""Interview invitations, moved or cancelled interviews, missed-interview notices, and the
threads they belong to (Montreux hotel, Nantes temp agency, London event caterer)."""

from __future__ import annotations

from msgs300_common import (
    CAND,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_FR,
    html_shell,
    paras,
    spec,
)

LEMAN = ("Aurélie Pasche", "aurelie.pasche@grandhotel-leman.example.ch")
SIG_LEMAN = """Aurélie Pasche
Responsable Ressources Humaines
Grand Hôtel du Léman - Grand-Rue 100, 1820 Montreux
+41 21 900 14 62"""
TEMPO = ("Karine Moreau", "karine.moreau@tempo-interim.example.fr")
THISTLE = ("Ruby Okafor", "ruby@thistleandthyme.example.co.uk")
SAVEURS = ("Camille Bouvier", "camille.bouvier@saveurs-collectives.example.fr")
SEEBLICK = ("Melanie Krüger", "m.krueger@seeblick-hotels.example.de")
DELVAUX = ("Sophie Lambert", "sophie.lambert@delvaux-traiteur.example.be")
LARDER = ("Sam Whitfield", "sam.whitfield@larderandco.example.co.uk")

_saveurs_invite = """Bonjour Théo,

Merci pour votre candidature au poste de Responsable de production - cuisine centrale de Rezé. Votre expérience de sous-chef en brasserie à fort volume nous intéresse beaucoup.

Je vous propose un premier échange téléphonique de 30 minutes. Vous pouvez choisir directement le créneau qui vous convient grâce au lien ci-dessous :
https://agenda.saveurs-collectives.example.fr/rdv/camille-bouvier/30min

À très vite,
Camille Bouvier
Talent Acquisition - Saveurs Collectives"""

MESSAGES = [
    # ---- T6 Grand Hôtel du Léman, Montreux: ack -> invite -> moved -> missed -> rejection
    spec(
        key="leman_ack", kind="application_received", lang="fr",
        company="Grand Hôtel du Léman", contact="",
        frm=("Grand Hôtel du Léman", "grandhotelleman@icims.com"),
        date="2026-04-28 10:31 +0200",
        subject="Confirmation de réception - Chef de cuisine collective (restaurant du personnel)",
        body="""Bonjour Théo,

Nous vous confirmons la bonne réception de votre dossier de candidature pour le poste de Chef de cuisine collective (restaurant du personnel et banquets) au Grand Hôtel du Léman, Montreux.

Votre candidature sera examinée par notre service des Ressources Humaines. Nous reviendrons vers vous dans un délai de trois semaines.

Avec nos meilleures salutations,
Ressources Humaines - Grand Hôtel du Léman""",
        name_enc=("utf-8", "b"), charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="leman_invite", kind="interview_invitation", lang="fr",
        company="Grand Hôtel du Léman", contact="aurelie.pasche@grandhotel-leman.example.ch",
        frm=LEMAN, date="2026-05-12 13:45 +0200",
        subject="Invitation à un entretien - Grand Hôtel du Léman",
        body=f"""Bonjour Monsieur Marchand,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Chef de cuisine collective, en présence de notre Chef exécutif, M. Dufaux.

Mercredi 27 mai 2026 à 9h30, à l'hôtel (entrée du personnel, rue du Théâtre).

Si vous venez de Nantes, un entretien en visioconférence peut aussi être organisé. Merci de m'indiquer votre préférence.

Meilleures salutations,

{SIG_LEMAN}""",
        ics=spec(uid="ghl-entretien-2026-0527@grandhotel-leman.example.ch", seq=0,
                 start="20260527T093000", end="20260527T103000", tz="Europe/Zurich",
                 summary="Entretien Chef de cuisine collective - T. Marchand",
                 location="Grand Hôtel du Léman, Montreux", organizer=LEMAN),
        name_enc=("iso-8859-1", "q"),
    ),
    spec(
        key="leman_moved", kind="interview_reschedule_or_cancel", lang="fr",
        company="Grand Hôtel du Léman", contact="aurelie.pasche@grandhotel-leman.example.ch",
        frm=LEMAN, date="2026-05-22 08:50 +0200",
        subject="Nouvel horaire : entretien du 27 mai (visioconférence)",
        parent="leman_invite",
        body=f"""Bonjour Monsieur Marchand,

Comme convenu par téléphone, l'entretien aura lieu en visioconférence. M. Dufaux ayant un banquet ce matin-là, nous devons toutefois le décaler au jeudi 28 mai à 16h00 (heure de Suisse).

Nous vous appellerons sur Teams via le lien de l'invitation mise à jour ci-jointe.

Meilleures salutations,

{SIG_LEMAN}""",
        ics=spec(uid="ghl-entretien-2026-0527@grandhotel-leman.example.ch", seq=1,
                 start="20260528T160000", end="20260528T170000", tz="Europe/Zurich",
                 summary="Entretien (visio) Chef de cuisine collective - T. Marchand",
                 location="Microsoft Teams", organizer=LEMAN),
        cte="base64",
    ),
    spec(
        key="leman_missed", kind="missed_interview_notice", lang="fr",
        company="Grand Hôtel du Léman", contact="aurelie.pasche@grandhotel-leman.example.ch",
        frm=LEMAN, date="2026-05-28 16:40 +0200",
        subject="Entretien de 16h00",
        parent="leman_moved",
        body="""Bonjour Monsieur Marchand,

M. Dufaux et moi-même étions connectés à 16h00 pour notre entretien, mais nous ne vous avons pas vu apparaître. J'ai tenté de vous appeler à deux reprises au numéro indiqué sur votre CV, sans réponse.

Pourriez-vous me dire ce qui s'est passé ? Nous verrons ensuite si un autre créneau est envisageable.

Meilleures salutations,
Aurélie Pasche
Grand Hôtel du Léman""",
        charset="windows-1252", cte="8bit",
    ),
    spec(
        key="leman_suspendu", kind="rejection", lang="fr",
        company="Grand Hôtel du Léman", contact="aurelie.pasche@grandhotel-leman.example.ch",
        frm=LEMAN, date="2026-06-10 11:05 +0200",
        subject="RE: Entretien de 16h00",
        parent="leman_missed", quote="outlook_fr",
        body=f"""Bonjour Monsieur Marchand,

Merci pour vos explications concernant la coupure de votre connexion le 28 mai.

Entre-temps, la direction a décidé de suspendre le recrutement du poste de Chef de cuisine collective : le restaurant du personnel sera confié à un prestataire externe à partir de 2027. Nous arrêtons donc le processus et ne pourrons pas vous proposer de nouvel entretien.

Je regrette cette issue et vous souhaite plein succès.

{SIG_LEMAN}

{DISCLAIMER_FR}""",
        charset="iso-8859-1", cte="quoted-printable",
    ),

    # ---- T7 Tempo Intérim, Nantes: client invite forwarded -> missed agency meeting -> mission
    spec(
        key="tempo_missed", kind="missed_interview_notice", lang="fr",
        company="Tempo Intérim", contact="karine.moreau@tempo-interim.example.fr",
        frm=TEMPO, date="2026-01-13 10:20 +0100",
        subject="Rendez-vous de ce matin à l'agence",
        body="""Bonjour Théo,

Nous avions rendez-vous ce matin à 9h30 à l'agence pour votre entretien d'inscription et le point sur les postes de chef de production que nous avons en cours. Je vous ai attendu jusqu'à 10h et je n'ai pas réussi à vous joindre par téléphone.

Rappelez-moi quand vous pouvez pour que l'on refixe un rendez-vous, j'ai plusieurs clients qui pourraient vous intéresser.

Karine Moreau
Chargée de recrutement - Tempo Intérim Nantes Gare
2 boulevard de Stalingrad, 44000 Nantes - 02 40 00 63 18""",
        charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="tempo_fwd_invite", kind="interview_invitation", lang="fr",
        company="Les Cuisines de l'Erdre", contact="karine.moreau@tempo-interim.example.fr",
        frm=TEMPO, date="2026-01-22 15:12 +0100",
        subject="TR: Entretien - Les Cuisines de l'Erdre - chef de production",
        body="""Bonjour Théo,

Bonne nouvelle : Les Cuisines de l'Erdre souhaitent vous rencontrer pour la mission de chef de production (remplacement de 6 mois, cuisine centrale de La Chapelle-sur-Erdre). Je vous transfère ci-dessous le message de leur directeur avec les détails.

Merci de me confirmer directement, je fais le lien avec eux.

Karine Moreau
Tempo Intérim Nantes Gare""",
        fwd=spec(
            key="tempo_fwd_inner",
            frm=("Pascal Hervouet", "p.hervouet@cuisines-erdre.example.fr"),
            to=TEMPO, date="2026-01-22 14:40 +0100",
            subject="Entretien - candidat chef de production",
            body="""Bonjour Karine,

Le profil de M. Marchand nous convient. Nous pouvons le recevoir lundi 26 janvier à 14h00 à la cuisine centrale, 15 rue de la Métairie, La Chapelle-sur-Erdre. Prévoir une heure, avec une visite de la zone de conditionnement.

Merci de lui transmettre.

Pascal Hervouet
Directeur - Les Cuisines de l'Erdre""",
            charset="iso-8859-1", cte="quoted-printable",
        ),
    ),
    spec(
        key="tempo_mission", kind="offer", lang="fr",
        company="Les Cuisines de l'Erdre", contact="karine.moreau@tempo-interim.example.fr",
        frm=TEMPO, date="2026-02-02 17:05 +0100",
        subject="Votre contrat de mission - Les Cuisines de l'Erdre",
        body=f"""Bonjour Théo,

Les Cuisines de l'Erdre ont validé votre candidature ! Je vous propose donc la mission de chef de production du 16 février au 14 août 2026, 35h/semaine, au taux horaire de 17,80 € brut, plus indemnités de fin de mission et de congés payés.

Vous trouverez ci-joint votre contrat de mission à signer et à me retourner avant jeudi. Pensez à apporter vos chaussures de sécurité et votre attestation de formation HACCP le premier jour.

Bienvenue chez Tempo !

Karine Moreau
Chargée de recrutement - Tempo Intérim Nantes Gare

{DISCLAIMER_FR}""",
        pdfs=[("Contrat_mission_Marchand_T.pdf", [
            "Tempo Interim - Contrat de mission n. 2026-0211-NG",
            "Entreprise utilisatrice : Les Cuisines de l'Erdre, La Chapelle-sur-Erdre",
            "Interimaire : Theo Marchand",
            "Qualification : chef de production",
            "Duree : du 16/02/2026 au 14/08/2026 - motif : remplacement",
            "Taux horaire brut : 17,80 EUR",
            "Signature de l'interimaire :",
        ])],
        charset="windows-1252", cte="quoted-printable",
    ),

    # ---- T8 Thistle & Thyme Events, London: invite -> moved -> offer -> letter -> decline
    spec(
        key="thistle_invite", kind="interview_invitation", lang="en",
        company="Thistle & Thyme Events", contact="ruby@thistleandthyme.example.co.uk",
        frm=THISTLE, date="2026-08-12 11:18 +0100",
        subject="Kitchen Operations Manager - come and meet us?",
        body="""Hi Théo,

Thanks for your application - we loved seeing a sous-chef who's also run the numbers on a central production unit.

We'd like to invite you to a two-part interview at our production kitchen in Deptford: a 45-minute conversation with me and our founder, Alice Greaves, followed by a short practical (costing and planning a 300-cover wedding menu, no cooking required).

How does Thursday 20 August at 10:30am sound? We can also do the first part over video if travel from France is tricky.

Best wishes,
Ruby Okafor
Head of People, Thistle & Thyme Events
Unit 4, Creekside Yard, London SE8 3DZ""",
    ),
    spec(
        key="thistle_moved", kind="interview_reschedule_or_cancel", lang="en",
        company="Thistle & Thyme Events", contact="ruby@thistleandthyme.example.co.uk",
        frm=THISTLE, date="2026-08-17 09:02 +0100",
        subject="Re: Kitchen Operations Manager - come and meet us?",
        parent="thistle_invite", quote="en",
        body="""Hi Théo,

Small change of plan, I'm afraid: Alice has been asked to cater a last-minute event on Thursday, so we need to push your interview to Friday 21 August, same time (10:30am). Everything else stays the same.

Sorry for the shuffle - let me know if Friday works.

Ruby""",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="thistle_offer", kind="offer", lang="en",
        company="Thistle & Thyme Events", contact="alice@thistleandthyme.example.co.uk",
        frm=("Alice Greaves", "alice@thistleandthyme.example.co.uk"),
        cc=[THISTLE], date="2026-08-26 18:30 +0100",
        subject="We'd love you to join Thistle & Thyme",
        body="""Dear Théo,

It was a real pleasure meeting you on Friday. Your planning exercise was the best we've seen, and the whole kitchen team enjoyed having you around.

I'm delighted to offer you the position of Kitchen Operations Manager at Thistle & Thyme Events, on a salary of £46,000 per annum plus a seasonal bonus, starting in October. Ruby will send over the formal offer letter and contract tomorrow.

I really hope you'll say yes.

Warm regards,
Alice Greaves
Founder, Thistle & Thyme Events""",
    ),
    spec(
        key="thistle_letter", kind="offer", lang="en",
        company="Thistle & Thyme Events", contact="ruby@thistleandthyme.example.co.uk",
        frm=THISTLE, date="2026-08-27 14:22 +0100",
        subject="Offer letter - Kitchen Operations Manager",
        parent="thistle_offer",
        body=f"""Hi Théo,

As promised, please find attached your offer letter and statement of main terms for the Kitchen Operations Manager role.

The offer is conditional on right-to-work checks and two references. If you're happy to accept, please sign and return the letter by 7 September.

Any questions at all, just shout.

Best wishes,
Ruby Okafor
Head of People, Thistle & Thyme Events

{DISCLAIMER_EN}""",
        pdfs=[("Offer_Letter_T_Marchand.pdf", [
            "Thistle & Thyme Events - Offer of Employment",
            "27 August 2026",
            "Dear Theo,",
            "We are pleased to offer you the role of Kitchen Operations Manager.",
            "Salary: GBP 46,000 per annum plus seasonal bonus.",
            "Start date: 5 October 2026. Place of work: Deptford, London.",
            "Signed for and on behalf of the company: Alice Greaves",
        ])],
        cte="base64",
    ),
    spec(
        key="thistle_own_decline", kind="other", lang="en", company="", contact="",
        frm=CAND, to=THISTLE, date="2026-09-04 12:10 +0200",
        subject="Re: Offer letter - Kitchen Operations Manager",
        parent="thistle_letter", quote="en",
        body="""Dear Ruby,

Thank you, and please thank Alice again for such a warm offer. After a lot of thought I've decided to accept a position closer to home in Nantes, so I must decline with real regret.

I hope our paths cross again - and good luck with the wedding season.

Kind regards,
Théo""",
    ),

    # ---------------- standalone French invitations
    spec(
        key="hestia_invite", kind="interview_invitation", lang="fr",
        company="Océane Restauration", contact="marc.aubry@hestia-recrutement.example.fr",
        frm=("Marc Aubry", "marc.aubry@hestia-recrutement.example.fr"),
        date="2026-03-25 12:40 +0100",
        subject="Rencontre avec Océane Restauration - mardi 31 mars",
        body="""Bonjour Théo,

Comme évoqué hier, je vous confirme votre rendez-vous avec M. Le Bihan, directeur régional d'Océane Restauration, pour le poste de responsable de cuisine centrale :

mardi 31 mars 2026 à 11h00
Siège régional, 5 rue Jules Verne, 44700 Orvault

Je vous appelle lundi pour préparer l'entretien ensemble.

Bien à vous,
Marc Aubry
Cabinet Hestia Recrutement""",
        subj_enc=("iso-8859-1", "q"),
    ),
    spec(
        key="sablon_invite", kind="interview_invitation", lang="fr",
        company="Hôtel Royal Sablon", contact="c.vandenbroeck@royalsablon.example.be",
        frm=("Catherine Vandenbroeck", "c.vandenbroeck@royalsablon.example.be"),
        date="2026-05-04 10:12 +0200",
        subject="Invitation : entretien Executive Sous-Chef / F&B - Hôtel Royal Sablon",
        body="""Cher Monsieur Marchand,

Suite à votre candidature, nous serions heureux de vous accueillir à l'hôtel pour un entretien avec notre Directeur F&B, M. Peeters, et notre Chef exécutif.

Date : mercredi 13 mai 2026 à 14h00
Adresse : Rue de la Régence 32, 1000 Bruxelles - réception principale

Pourriez-vous me confirmer votre venue ?

Bien cordialement,
Catherine Vandenbroeck
Talent & Culture Manager - Hôtel Royal Sablon""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="sablon_moved", kind="interview_reschedule_or_cancel", lang="fr",
        company="Hôtel Royal Sablon", contact="c.vandenbroeck@royalsablon.example.be",
        frm=("Catherine Vandenbroeck", "c.vandenbroeck@royalsablon.example.be"),
        date="2026-05-08 17:26 +0200",
        subject="Modification : entretien du 13 mai",
        parent="sablon_invite",
        body="""Cher Monsieur Marchand,

M. Peeters sera en déplacement à Anvers le 13 mai. Je me vois donc contrainte de déplacer notre rendez-vous au vendredi 15 mai, toujours à 14h00.

Si ce nouveau jour vous pose problème compte tenu de votre trajet depuis Nantes, n'hésitez pas à me le dire.

Avec mes excuses,
Catherine Vandenbroeck
Hôtel Royal Sablon""",
        cte="8bit",
    ),
    spec(
        key="saveurs_invite", kind="interview_invitation", lang="fr",
        company="Saveurs Collectives", contact="camille.bouvier@saveurs-collectives.example.fr",
        frm=SAVEURS, date="2026-03-03 09:55 +0100",
        subject="Saveurs Collectives : premier échange téléphonique",
        body=_saveurs_invite,
        html=html_shell(paras(_saveurs_invite.replace(
            "https://agenda.saveurs-collectives.example.fr/rdv/camille-bouvier/30min",
            "Réserver un créneau")), "Saveurs Collectives", "", "#27ae60"),
        subj_enc=("utf-8", "b"),
    ),
    spec(
        key="saveurs_moved", kind="interview_reschedule_or_cancel", lang="fr",
        company="Saveurs Collectives", contact="camille.bouvier@saveurs-collectives.example.fr",
        frm=SAVEURS, date="2026-03-09 08:14 +0100",
        subject="Mis à jour : Échange téléphonique Saveurs Collectives",
        body="""Bonjour Théo,

Un imprévu m'oblige à décaler notre échange téléphonique prévu ce mardi 10 mars à 11h00. Je vous propose le mercredi 11 mars à 11h00 ; l'invitation a été mise à jour.

Merci de votre compréhension,
Camille""",
        ics=spec(uid="rdv-8812@saveurs-collectives.example.fr", seq=1,
                 start="20260311T110000", end="20260311T113000", tz="Europe/Paris",
                 summary="Échange téléphonique Saveurs Collectives / Théo Marchand",
                 location="Appel téléphonique", organizer=SAVEURS),
        subj_enc=("windows-1252", "q"),
    ),
    spec(
        key="begles_convoc", kind="interview_invitation", lang="fr",
        company="Ville de Bègles", contact="recrutement@mairie-begles.example.fr",
        frm=("Direction des ressources humaines", "recrutement@mairie-begles.example.fr"),
        date="2026-05-26 14:00 +0200",
        subject="Convocation - jury de recrutement responsable de production",
        body="""Monsieur,

Suite à l'examen de votre candidature au poste de responsable de production de la cuisine centrale municipale, j'ai le plaisir de vous convoquer à un entretien devant le jury de recrutement :

le mardi 2 juin 2026 à 10h15
Hôtel de Ville de Bègles, salle du conseil

Merci de vous munir d'une pièce d'identité. Le jury sera composé de l'élue déléguée à la restauration scolaire, du directeur général des services et de la responsable du service restauration.

Veuillez agréer, Monsieur, mes salutations distinguées.

Pour le Maire et par délégation,
La Directrice des ressources humaines
Ville de Bègles""",
        charset="iso-8859-1", cte="8bit",
        pdfs=[("Convocation_jury_Marchand.pdf", [
            "Ville de Begles - Direction des ressources humaines",
            "Convocation a un entretien de recrutement",
            "M. Theo Marchand - Responsable de production, cuisine centrale",
            "Mardi 2 juin 2026 a 10h15 - Hotel de Ville, salle du conseil",
        ])],
    ),
    spec(
        key="begles_report", kind="interview_reschedule_or_cancel", lang="fr",
        company="Ville de Bègles", contact="recrutement@mairie-begles.example.fr",
        frm=("Direction des ressources humaines", "recrutement@mairie-begles.example.fr"),
        date="2026-05-29 11:30 +0200",
        subject="Report du jury de recrutement - responsable de production",
        parent="begles_convoc",
        body="""Monsieur,

En raison d'un conseil municipal extraordinaire, le jury de recrutement prévu le mardi 2 juin est reporté au mardi 9 juin 2026, à la même heure et au même lieu.

Nous vous prions de bien vouloir nous excuser pour ce changement et de nous confirmer votre présence.

La Direction des ressources humaines
Ville de Bègles""",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="loire_call", kind="interview_invitation", lang="fr",
        company="Loire Traiteur", contact="f.josse@loire-traiteur.example.fr",
        frm=("François Josse", "f.josse@loire-traiteur.example.fr"),
        date="2026-06-19 07:48 +0200",
        subject="Poste de responsable de production - appel mercredi ?",
        body="""Bonjour Théo,

J'ai lu votre candidature avec intérêt. Avant de vous faire rencontrer la direction, je vous propose un premier échange par téléphone mercredi 24 juin vers 15h00, une vingtaine de minutes. Je vous appellerai au numéro de votre CV.

Dites-moi si ça vous va.

François Josse
Directeur d'exploitation - Loire Traiteur""",
    ),
    spec(
        key="garonne_essai", kind="interview_invitation", lang="fr",
        company="Garonne Events", contact="",
        frm=("Garonne Events via Welcome", "no-reply@garonne-events.example.fr"),
        date="2026-04-02 18:22 +0200", system=True,
        subject="Mise en situation - Responsable de production événementielle",
        html=html_shell(paras("""Bonjour Théo,

Votre candidature au poste de Responsable de production événementielle chez Garonne Events a retenu notre attention.

Nous vous invitons à une mise en situation d'une demi-journée dans notre laboratoire de Bruges (33) : organisation de la production d'un cocktail de 400 pièces, suivi d'un entretien avec notre chef de cuisine.

Date proposée : jeudi 9 avril 2026, de 8h00 à 12h30.

Merci de confirmer votre participation en cliquant sur le bouton ci-dessous.

L'équipe Garonne Events"""), "Garonne Events", "Ne répondez pas à cet e-mail.", "#8e44ad"),
        name_enc=None, html_cte="base64",
    ),
    spec(
        key="garonne_annule", kind="interview_reschedule_or_cancel", lang="fr",
        company="Garonne Events", contact="hugo.lassalle@garonne-events.example.fr",
        frm=("Hugo Lassalle", "hugo.lassalle@garonne-events.example.fr"),
        date="2026-04-07 19:03 +0200",
        subject="Annulation de la mise en situation de jeudi",
        body="""Bonsoir Théo,

Je suis le chef de cuisine de Garonne Events. Je dois malheureusement annuler la mise en situation de jeudi matin : une panne de notre cellule de refroidissement nous oblige à fermer le laboratoire pour travaux cette semaine.

Nous revenons vers vous dès que possible avec une nouvelle date.

Bonne soirée,
Hugo Lassalle
Chef de cuisine - Garonne Events
06 45 00 88 21""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="delvaux_ac", kind="interview_invitation", lang="fr",
        company="Traiteur Delvaux", contact="sophie.lambert@delvaux-traiteur.example.be",
        frm=DELVAUX,
        date="2026-06-22 10:00 +0200",
        subject="Invitation au centre d'évaluation - Production Manager",
        body="""Bonjour Théo,

Félicitations, vous êtes sélectionné pour le centre d'évaluation (assessment center) du poste de Production Manager de Traiteur Delvaux à Anderlecht.

La journée se déroulera le vendredi 3 juillet 2026 de 9h00 à 16h00 et comprendra :
- un test de planification de production,
- un jeu de rôle managérial,
- un entretien avec la Direction des opérations.

L'invitation calendrier est jointe. Le déjeuner est offert.

Cordialement,
Sophie Lambert
Recruitment Officer - Traiteur Delvaux
Rue des Vétérinaires 40, 1070 Anderlecht""",
        ics=spec(uid="ac-2026-07-03@delvaux-traiteur.example.be", seq=0,
                 start="20260703T090000", end="20260703T160000", tz="Europe/Brussels",
                 summary="Assessment center - Production Manager",
                 location="Traiteur Delvaux, Anderlecht",
                 organizer=DELVAUX),
    ),
    spec(
        key="delvaux_report", kind="interview_reschedule_or_cancel", lang="fr",
        company="Traiteur Delvaux", contact="sophie.lambert@delvaux-traiteur.example.be",
        frm=DELVAUX,
        date="2026-06-29 16:45 +0200",
        subject="Annulé : Assessment center - Production Manager",
        parent="delvaux_ac",
        body="""Bonjour Théo,

Nous devons annuler le centre d'évaluation du 3 juillet : trop peu de candidats étaient disponibles à cette date. Une nouvelle session sera organisée après les congés, début septembre, et nous vous enverrons une nouvelle invitation.

Votre candidature reste bien entendu en cours.

Cordialement,
Sophie Lambert - Traiteur Delvaux""",
        ics=spec(method="CANCEL", uid="ac-2026-07-03@delvaux-traiteur.example.be", seq=2,
                 start="20260703T090000", end="20260703T160000", tz="Europe/Brussels",
                 summary="Annulé : Assessment center - Production Manager",
                 location="Traiteur Delvaux, Anderlecht",
                 organizer=DELVAUX),
    ),
    spec(
        key="reze_jury", kind="interview_invitation", lang="fr",
        company="Ville de Rezé", contact="drh@mairie-reze.example.fr",
        frm=("DRH Ville de Rezé", "drh@mairie-reze.example.fr"),
        date="2026-08-25 09:30 +0200",
        subject="Convocation à un entretien - chef de cuisine collective",
        body="""Monsieur,

Votre candidature au poste de chef de cuisine collective (cuisine centrale municipale, 3 200 repas/jour) a retenu l'attention de nos services.

Vous êtes convoqué à un entretien le lundi 7 septembre 2026 à 14h30, à l'Hôtel de Ville de Rezé, Place Jean-Baptiste Daviais, bureau 204.

En cas d'empêchement, merci de prévenir le service au 02 40 00 31 60.

La Direction des ressources humaines
Ville de Rezé""",
        name_enc=("iso-8859-1", "q"), charset="iso-8859-1", cte="base64",
    ),
    spec(
        key="reze_absent", kind="missed_interview_notice", lang="fr",
        company="Ville de Rezé", contact="drh@mairie-reze.example.fr",
        frm=("DRH Ville de Rezé", "drh@mairie-reze.example.fr"),
        date="2026-09-07 16:10 +0200",
        subject="Votre absence à l'entretien du 7 septembre",
        parent="reze_jury",
        body="""Monsieur,

Vous étiez convoqué ce jour à 14h30 à un entretien pour le poste de chef de cuisine collective. Le jury vous a attendu jusqu'à 15h00 et nous n'avons reçu aucun message de votre part.

Si vous souhaitez maintenir votre candidature, nous vous remercions de nous contacter avant le 11 septembre.

La Direction des ressources humaines
Ville de Rezé""",
        name_enc=("utf-8", "b"),
    ),
    spec(
        key="proxim_missed_call", kind="missed_interview_notice", lang="fr",
        company="Proxim'Intérim", contact="agence.nantes@proxim-interim.example.fr",
        frm=("Proxim'Intérim Nantes Centre", "agence.nantes@proxim-interim.example.fr"),
        date="2026-04-10 11:15 +0200",
        subject="Entretien téléphonique de 10h30",
        body="""Bonjour Monsieur Marchand,

Comme convenu, je vous ai appelé ce matin à 10h30 pour notre entretien téléphonique concernant le poste de responsable de production chez notre client traiteur. Je suis tombée sur votre messagerie et je vous ai laissé un message.

Pouvez-vous me rappeler aujourd'hui ou demain matin ? Le client attend nos présentations pour la fin de semaine.

Élodie Rambaud
Proxim'Intérim - Agence Nantes Centre - 02 40 00 55 63""",
        name_enc=("iso-8859-1", "b"), charset="iso-8859-1", cte="quoted-printable",
    ),

    # ---------------- English
    spec(
        key="copperpot_invite", kind="interview_invitation", lang="en",
        company="Marlowe Healthcare Catering", contact="hannah@copperpot-recruitment.example.co.uk",
        frm=("Hannah Briggs", "hannah@copperpot-recruitment.example.co.uk"),
        date="2026-04-29 17:02 +0100",
        subject="Interview confirmed - Marlowe Healthcare Catering",
        body="""Hi Théo,

Great news - Marlowe Healthcare Catering would like to interview you for the Operations Manager role.

Details:
- Tuesday 5 May, 1:00pm UK time (2:00pm for you)
- Video call on Teams, 1 hour
- Panel: Graham Holt (Regional Director) and Sunita Rao (Head of Dietetics)

They'll probe your HACCP planning and how you'd manage texture-modified diets at volume. Let's have 15 minutes on Monday to prep.

Cheers,
Hannah
Copperpot Recruitment""",
        cte="quoted-printable",
    ),
    spec(
        key="gilded_invite", kind="interview_invitation", lang="en",
        company="Gilded Fork Events", contact="oliver@gildedfork.example.co.uk",
        frm=("Oliver Penhaligon", "oliver@gildedfork.example.co.uk"),
        date="2026-07-01 15:40 +0100",
        subject="Production Lead - kitchen visit and interview",
        body=f"""Hi Théo,

Thanks for getting in touch about the Production Lead role. Your CV stood out and I'd like to invite you to come and see us in Bermondsey on Thursday 9 July at 2pm - a tour of the kitchen, then an hour's chat with me and our executive chef, Ruth Mendes.

If you're travelling over from France, let me know and we can try to make the timing work around the Eurostar.

Best,
Oliver Penhaligon
Operations Director | Gilded Fork Events
Arch 12, Druid Street, London SE1 2HH | 07700 900 412

{DISCLAIMER_EN}""",
    ),
    spec(
        key="larder_invite", kind="interview_invitation", lang="en",
        company="Larder & Co", contact="sam.whitfield@larderandco.example.co.uk",
        frm=("Sam Whitfield from Larder & Co", "no-reply@ashbyhq.com"),
        reply_to=LARDER, date="2026-05-20 13:05 +0000",
        subject="Larder & Co: schedule your video screen",
        body="""Hi Théo,

Thanks for applying for Central Kitchen Manager at Larder & Co! We'd like to invite you to a 30-minute video screen with Sam Whitfield, our Talent Lead.

Please pick a time that works for you here:
https://jobs.ashbyhq.example.com/larderandco/schedule/5d21e0

Looking forward to speaking with you,
Sam""",
        html=html_shell(paras("""Hi Théo,

Thanks for applying for Central Kitchen Manager at Larder & Co! We'd like to invite you to a 30-minute video screen with Sam Whitfield, our Talent Lead.

Please pick a time that works for you using the button below.

Looking forward to speaking with you,
Sam""") + '\n<p><a href="https://jobs.ashbyhq.example.com/larderandco/schedule/5d21e0">Choose a time</a></p>',
                        "Larder & Co", "Sent with Ashby", "#d35400"),
    ),
    spec(
        key="larder_moved", kind="interview_reschedule_or_cancel", lang="en",
        company="Larder & Co", contact="sam.whitfield@larderandco.example.co.uk",
        frm=("Sam Whitfield from Larder & Co", "no-reply@ashbyhq.com"),
        reply_to=LARDER, date="2026-05-25 08:40 +0000",
        subject="Your video screen with Larder & Co has been rescheduled",
        body="""Hi Théo,

Your video screen with Sam Whitfield has been rescheduled.

Previous time: Tuesday, 26 May 2026, 11:00 BST
New time: Wednesday, 27 May 2026, 15:30 BST

Note from Sam: "Sorry Théo - I've been pulled into a site visit on Tuesday morning. Hope Wednesday afternoon is OK!"

If the new time doesn't work, reply to this email.""",
    ),
    spec(
        key="larder_missed", kind="missed_interview_notice", lang="en",
        company="Larder & Co", contact="sam.whitfield@larderandco.example.co.uk",
        frm=LARDER, date="2026-05-27 15:02 +0100",
        subject="Missed you on our call today",
        parent="larder_moved",
        body="""Hi Théo,

I was on the video link at 3:30pm for our screen but didn't see you join - I waited about 15 minutes. No worries if something came up!

If you're still interested in the Central Kitchen Manager role, grab another slot with the same link or just reply and we'll sort something out.

Best,
Sam Whitfield
Talent Lead, Larder & Co""",
        charset="windows-1252", cte="8bit",
    ),
    spec(
        key="brightwater_missed", kind="missed_interview_notice", lang="en",
        company="Brightwater School Meals", contact="d.carver@brightwater-meals.example.co.uk",
        frm=("Diane Carver", "d.carver@brightwater-meals.example.co.uk"),
        date="2026-02-25 10:24 +0000",
        subject="Our phone interview this morning",
        body="""Dear Théo,

I tried calling you at 10am as arranged for our phone interview about the Area Production Manager vacancy, but there was no answer and I couldn't leave a voicemail.

Perhaps there was a mix-up with the time difference? Do let me know if you'd like to rearrange.

Kind regards,
Diane Carver
HR Business Partner
Brightwater School Meals
Tel: 01632 960 118""",
        cte="base64",
    ),

    # ---------------- German
    spec(
        key="festmahl_probe", kind="interview_invitation", lang="de",
        company="Festmahl Eventcatering", contact="nils.hoffmeister@festmahl.example.de",
        frm=("Nils Hoffmeister", "nils.hoffmeister@festmahl.example.de"),
        date="2026-07-07 12:33 +0200",
        subject="Einladung zum Probearbeiten - Produktionsleitung",
        body=f"""Hallo Théo,

danke für Deine Bewerbung als Produktionsleitung bei Festmahl Eventcatering! Wir duzen uns hier alle, ich hoffe, das ist okay.

Wir würden Dich gerne zu einem Probearbeitstag in unsere Produktionsküche nach Berlin-Lichtenberg einladen, und zwar am Mittwoch, den 15. Juli, von 7 bis 15 Uhr. An dem Tag bereiten wir ein Sommerfest für 800 Gäste vor, da siehst Du gleich, wie es bei uns läuft. Im Anschluss sprechen wir in Ruhe über die Stelle.

Kochjacke und Messer kannst Du mitbringen, Schuhe haben wir leider nicht in allen Größen.

Gib mir kurz Bescheid, ob es passt.

Viele Grüße
Nils Hoffmeister
Küchendirektor, Festmahl Eventcatering
Herzbergstraße 55, 10365 Berlin

{DISCLAIMER_DE}""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="festmahl_verschoben", kind="interview_reschedule_or_cancel", lang="de",
        company="Festmahl Eventcatering", contact="nils.hoffmeister@festmahl.example.de",
        frm=("Nils Hoffmeister", "nils.hoffmeister@festmahl.example.de"),
        date="2026-07-10 20:14 +0200",
        subject="AW: Einladung zum Probearbeiten - Produktionsleitung",
        parent="festmahl_probe", quote="de",
        body="""Hallo Théo,

kleine Planänderung: Der Kunde hat das Sommerfest um eine Woche verschoben, deshalb verlegen wir Deinen Probearbeitstag auf Mittwoch, den 22. Juli, gleiche Uhrzeit. Ich hoffe, Du kannst Deine Zugfahrt noch umbuchen, die Kosten übernehmen wir natürlich.

Viele Grüße
Nils""",
        charset="windows-1252", cte="8bit",
    ),
    spec(
        key="zeitwerk_invite", kind="interview_invitation", lang="de",
        company="Zeitwerk Personal", contact="s.brandt@zeitwerk-personal.example.de",
        frm=("Sebastian Brandt", "s.brandt@zeitwerk-personal.example.de"),
        date="2026-06-08 09:47 +0200",
        subject="Telefoninterview - Küchenchef Gemeinschaftsverpflegung",
        body="""Hallo Herr Marchand,

vielen Dank für Ihre Bewerbung über unser Portal. Für eine Vakanz als Küchenchef in der Gemeinschaftsverpflegung (Betriebsrestaurant, ca. 1.200 Essen täglich) bei einem unserer Kunden in Berlin würde ich gerne ein erstes Telefoninterview mit Ihnen führen.

Passt Ihnen Donnerstag, 11. Juni, um 10:00 Uhr? Das Gespräch dauert ca. 30 Minuten und kann gerne auf Englisch stattfinden.

Beste Grüße
Sebastian Brandt
Personalberater Gastronomie - Zeitwerk Personal""",
        subj_enc=("iso-8859-1", "q"),
    ),
    spec(
        key="zeitwerk_missed", kind="missed_interview_notice", lang="de",
        company="Zeitwerk Personal", contact="s.brandt@zeitwerk-personal.example.de",
        frm=("Sebastian Brandt", "s.brandt@zeitwerk-personal.example.de"),
        date="2026-06-11 10:22 +0200",
        subject="AW: Telefoninterview - Küchenchef Gemeinschaftsverpflegung",
        parent="zeitwerk_invite", quote="de",
        body="""Hallo Herr Marchand,

ich habe Sie um 10:00 Uhr wie vereinbart zweimal angerufen, Sie aber leider nicht erreicht. Vielleicht ist etwas dazwischengekommen?

Melden Sie sich gerne, dann finden wir einen neuen Termin, gerne noch diese Woche.

Beste Grüße
Sebastian Brandt""",
        charset="iso-8859-1", cte="base64",
    ),
    spec(
        key="seeblick_invite", kind="interview_invitation", lang="de",
        company="Seeblick Hotels", contact="m.krueger@seeblick-hotels.example.de",
        frm=("Melanie Krüger via softgarden", "seeblick@softgarden.io"),
        reply_to=SEEBLICK, date="2026-08-03 14:05 +0200",
        subject="Einladung: Videointerview F&B Manager (m/w/d) - Seeblick Hotels Berlin",
        body="""Guten Tag Herr Marchand,

vielen Dank für Ihre Bewerbung als F&B Manager (m/w/d) im Seeblick Hotel Müggelsee. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Videointerview über Microsoft Teams ein:

Montag, 10. August 2026, 11:00 - 12:00 Uhr
Gesprächspartner: Melanie Krüger (HR) und Ralf Domke (Hoteldirektor)

Eine Kalendereinladung mit dem Teams-Link ist beigefügt.

Mit freundlichen Grüßen
Melanie Krüger
HR Managerin, Seeblick Hotels""",
        ics=spec(uid="seeblick-vi-4471@seeblick-hotels.example.de", seq=0,
                 start="20260810T110000", end="20260810T120000", tz="Europe/Berlin",
                 summary="Videointerview F&B Manager - Théo Marchand",
                 location="Microsoft Teams", organizer=SEEBLICK),
        name_enc=("utf-8", "q"),
    ),
    spec(
        key="seeblick_abgesagt", kind="interview_reschedule_or_cancel", lang="de",
        company="Seeblick Hotels", contact="m.krueger@seeblick-hotels.example.de",
        frm=SEEBLICK, date="2026-08-07 16:31 +0200",
        subject="Absage: Videointerview F&B Manager - Théo Marchand",
        parent="seeblick_invite",
        body="""Guten Tag Herr Marchand,

leider muss ich unser Videointerview am Montag, 10. August, absagen, da Herr Domke kurzfristig eine Woche Urlaub nehmen musste. Wir kommen mit einem neuen Terminvorschlag auf Sie zu, sobald er zurück ist.

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Melanie Krüger
HR Managerin, Seeblick Hotels""",
        ics=spec(method="CANCEL", uid="seeblick-vi-4471@seeblick-hotels.example.de", seq=1,
                 start="20260810T110000", end="20260810T120000", tz="Europe/Berlin",
                 summary="Abgesagt: Videointerview F&B Manager",
                 location="Microsoft Teams", organizer=SEEBLICK),
        name_enc=("iso-8859-1", "b"), subj_enc=("iso-8859-1", "q"),
    ),

    # ---------------- Spanish
    spec(
        key="urgull_invite", kind="interview_invitation", lang="es",
        company="Catering Urgull", contact="inaki@cateringurgull.example.es",
        frm=("Iñaki Arrieta", "inaki@cateringurgull.example.es"),
        date="2026-04-22 11:50 +0200",
        subject="Entrevista y prueba de cocina - jefe de producción",
        body="""Hola Théo:

Gracias por enviarnos tu currículum. Me gustaría que vinieras a conocernos: una entrevista conmigo y una pequeña prueba en cocina (un plato de temporada y la planificación de un menú de boda para 250 personas).

¿Te viene bien el martes 28 de abril a las 9:30 en nuestras instalaciones del Paseo de Salamanca?

Un saludo,
Iñaki Arrieta
Director - Catering Urgull""",
        name_enc=("iso-8859-1", "q"), charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="urgull_cambio", kind="interview_reschedule_or_cancel", lang="es",
        company="Catering Urgull", contact="inaki@cateringurgull.example.es",
        frm=("Iñaki Arrieta", "inaki@cateringurgull.example.es"),
        date="2026-04-24 18:20 +0200",
        subject="Re: Entrevista y prueba de cocina - jefe de producción",
        parent="urgull_invite", quote="es",
        body="""Hola Théo:

Te pido disculpas, pero tenemos que cambiar la fecha: nos ha entrado una boda el martes y la cocina estará a tope. ¿Podemos dejarlo para el lunes 4 de mayo, a la misma hora?

Un saludo,
Iñaki""",
        name_enc=("utf-8", "b"),
    ),
    spec(
        key="bidasoa_invite", kind="interview_invitation", lang="es",
        company="Hotel Ondarreta Mar", contact="leire.goikoetxea@bidasoa-empleo.example.es",
        frm=("Leire Goikoetxea", "leire.goikoetxea@bidasoa-empleo.example.es"),
        date="2026-06-12 10:05 +0200",
        subject="Entrevista en el Hotel Ondarreta Mar",
        body="""Hola Théo:

El Hotel Ondarreta Mar quiere entrevistarte para el puesto de jefe de cocina de banquetes. Te han propuesto el jueves 18 de junio a las 12:00 en el propio hotel (pregunta en recepción por Xabier Olano, director de alimentos y bebidas).

¿Me confirmas que puedes ir? Si no, les pido otra fecha.

Un saludo,
Leire Goikoetxea
Bidasoa Empleo ETT""",
        cte="8bit",
    ),
    spec(
        key="bidasoa_missed", kind="missed_interview_notice", lang="es",
        company="Hotel Ondarreta Mar", contact="leire.goikoetxea@bidasoa-empleo.example.es",
        frm=("Leire Goikoetxea", "leire.goikoetxea@bidasoa-empleo.example.es"),
        date="2026-06-18 12:48 +0200",
        subject="Re: Entrevista en el Hotel Ondarreta Mar",
        parent="bidasoa_invite", quote="es",
        body="""Hola Théo:

Me acaba de llamar Xabier Olano desde el Hotel Ondarreta Mar: te estaban esperando a las 12:00 y no has llegado. Te he llamado dos veces al móvil y no contestas.

¿Ha pasado algo? Llámame en cuanto puedas, a ver si podemos arreglarlo con el hotel.

Leire""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="zurriola_invite", kind="interview_invitation", lang="es",
        company="Hotel Zurriola Palace", contact="",
        frm=("Hotel Zurriola Palace", "no-reply@teamtailor-mail.com"),
        date="2026-07-13 09:00 +0000",
        subject="Invitación a videoentrevista - Responsable de Restauración",
        body="""Hola Théo:

¡Gracias por tu candidatura al puesto de Responsable de Restauración en el Hotel Zurriola Palace!

Nos gustaría conocerte mejor en una videoentrevista de 30 minutos con nuestra directora de Recursos Humanos. Reserva el horario que mejor te venga desde este enlace:
https://zurriolapalace.teamtailor.example.com/meetings/b71c

Un saludo,
Equipo de Recursos Humanos - Hotel Zurriola Palace""",
        html=html_shell(paras("""Hola Théo:

¡Gracias por tu candidatura al puesto de Responsable de Restauración en el Hotel Zurriola Palace!

Nos gustaría conocerte mejor en una videoentrevista de 30 minutos con nuestra directora de Recursos Humanos. Reserva el horario que mejor te venga con el botón de abajo.

Un saludo,
Equipo de Recursos Humanos - Hotel Zurriola Palace"""), "Hotel Zurriola Palace",
                        "Enviado con Teamtailor", "#117864"),
        subj_enc=("utf-8", "q"),
    ),
    spec(
        key="zurriola_missed", kind="missed_interview_notice", lang="es",
        company="Hotel Zurriola Palace", contact="nerea.azpiroz@zurriolapalace.example.es",
        frm=("Nerea Azpiroz", "nerea.azpiroz@zurriolapalace.example.es"),
        date="2026-07-20 17:45 +0200",
        subject="Videoentrevista de hoy",
        body="""Hola Théo:

Te esperábamos hoy a las 17:00 en la videollamada que reservaste, pero no te has conectado. Entiendo que puede haber surgido algún imprevisto.

Si sigues interesado en el puesto, escríbeme y buscamos otro momento esta semana.

Un saludo,
Nerea Azpiroz
Directora de Recursos Humanos
Hotel Zurriola Palace - Zurriola Pasealekua 9, 20002 Donostia
+34 943 00 51 40""",
        cte="base64",
    ),
]
