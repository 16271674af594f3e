"""Corpus 332, kind `rejection`: every "no" to Solène's applications, soft or plain."""

from __future__ import annotations

from msgs332_common import (
    DISCLAIMER_DE,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    html_page,
    signature,
    spec,
)

MESSAGES = [
    # ------------------------------------------------------------------ French
    spec(
        key="nevea_rej", kind="rejection", lang="fr", company="Névéa", contact="",
        frm=("Névéa", "nevea@myworkday.com"), date="2026-03-25 17:42 +0000",
        subject="Votre candidature – Ingénieur(e) pédagogique (R-02187)",
        text="""Bonjour Solène,

Merci pour le temps que vous nous avez accordé lors de nos échanges pour le poste
d'Ingénieur(e) pédagogique basé à Annecy.

Après une étude attentive de l'ensemble des profils rencontrés, nous avons retenu une
candidature dont l'expérience de la formation en milieu industriel correspond davantage à nos
besoins immédiats. Nous ne pourrons donc pas donner une suite favorable à votre candidature.

Votre parcours d'enseignante nous a sincèrement intéressés et nous nous permettrons de revenir
vers vous si une opportunité plus adaptée se présentait.

Belle continuation,

L'équipe Talent Acquisition Névéa
Ceci est un message automatique, merci de ne pas y répondre.
""",
        html="auto", brand="NÉVÉA — Carrières", cte="base64", subj_enc=("utf-8", "b"),
    ),
    spec(
        key="formavia_rej", kind="rejection", lang="fr", company="Formavia",
        contact="sandrine.colomb@formavia.example.fr",
        frm=("Sandrine Colomb", "sandrine.colomb@formavia.example.fr"),
        date="2026-04-08 11:05 +0200",
        subject="RE: Entretien du 26 mars - toutes mes excuses",
        parent="formavia_apology", quote="gt", charset="iso-8859-1", cte="8bit",
        text="""Bonjour Madame Marchetti-Baudry,

Merci pour votre message, ce sont des choses qui arrivent.

Je dois cependant vous informer qu'entre-temps nous avons finalisé le recrutement : le poste
de formatrice-conceptrice a été pourvu la semaine dernière. Je ne suis donc pas en mesure de
vous proposer un nouveau rendez-vous pour ce poste.

Je vous souhaite bonne chance dans votre reconversion.

Sandrine Colomb
Chargée de recrutement - Formavia
12 quai Perrache, 69002 Lyon
04 78 00 11 22
""",
    ),
    spec(
        key="univ_rej", kind="rejection", lang="fr", company="Université Alpes-Dauphiné",
        contact="isabelle.truchet@univ-alpes-dauphine.example.fr",
        frm=("Isabelle Truchet", "isabelle.truchet@univ-alpes-dauphine.example.fr"),
        date="2026-05-20 15:31 +0200",
        subject="Recrutement ingénieur·e pédagogique contractuel·le - SUP 2026-14",
        charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "q"),
        text="""Madame,

Vous avez candidaté au poste d'ingénieur·e pédagogique contractuel·le (référence SUP 2026-14)
au sein du Service universitaire de pédagogie.

Pour des raisons budgétaires, la direction de l'université a décidé de suspendre cette
procédure de recrutement jusqu'à nouvel ordre. En conséquence, nous ne donnerons pas suite à
votre candidature dans le cadre de ce recrutement.

Si le poste devait être ouvert à nouveau, il ferait l'objet d'une nouvelle publication à
laquelle vous pourrez bien entendu candidater.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Isabelle Truchet
Gestionnaire recrutement – Direction des ressources humaines
Université Alpes-Dauphiné – 621 avenue Centrale, 38400 Saint-Martin-d'Hères
""",
    ),
    spec(
        key="cci_rej", kind="rejection", lang="fr", company="CCI Belledonne",
        contact="herve.jacquemoud@cci-belledonne.example.fr",
        frm=("JACQUEMOUD Hervé", "herve.jacquemoud@cci-belledonne.example.fr"),
        date="2026-06-02 09:48 +0200",
        subject="RE: Report du jury - Responsable pédagogique Campus CCI",
        parent="cci_resched", quote="outlook", html="outlook",
        name_enc=("iso-8859-1", "q"), subj_enc=("iso-8859-1", "q"),
        text=f"""Bonjour Madame Marchetti-Baudry,

Je reviens vers vous à la suite du jury du 28 mai. Le jury a apprécié la qualité de votre
présentation et votre sens de la pédagogie. Il a toutefois fait le choix d'une candidate
disposant d'une expérience plus longue de l'ingénierie de formation pour adultes.

Nous ne retiendrons donc pas votre candidature pour ce poste. Je me tiens à votre disposition
si vous souhaitez un retour plus détaillé par téléphone.

Bien cordialement,

Hervé Jacquemoud
Responsable des ressources humaines
CCI Belledonne – 1 place André Malraux, 38000 Grenoble
Tél. 04 76 00 20 30

{DISCLAIMER_FR}
""",
    ),
    spec(
        key="serac_rej", kind="rejection", lang="fr", company="Groupe Sérac",
        contact="b.morel@arvel-conseil.example.fr",
        frm=("Bastien Morel", "b.morel@arvel-conseil.example.fr"),
        date="2026-05-06 18:20 +0200",
        subject="Re: Poste de conceptrice pédagogique – Groupe Sérac",
        parent="serac_own_apology", quote="gt", cte="8bit",
        text="""Bonjour Solène,

Merci encore d'avoir pu refaire le point avec Mme Ravix la semaine dernière.

J'ai eu ce matin le retour de mon client : le Groupe Sérac a décidé de poursuivre avec une
autre candidate, déjà en poste dans un organisme de formation. Ils ne donneront donc pas suite
à votre candidature, malgré un bon ressenti sur votre approche des publics débutants.

Je garde évidemment votre dossier sous le coude pour mes prochaines missions en Savoie.

Bien à vous,
Bastien
""" + signature("Bastien Morel", "Consultant senior – Arvel Conseil", "06 71 42 18 09"),
    ),
    spec(
        key="arvel_unnamed_rej", kind="rejection", lang="fr", company="Arvel Conseil",
        contact="b.morel@arvel-conseil.example.fr",
        frm=("Bastien Morel", "b.morel@arvel-conseil.example.fr"),
        date="2026-07-15 12:02 +0200",
        subject="Votre candidature - mission confidentielle formation",
        text="""Bonjour Solène,

Je vous avais présentée il y a trois semaines à un acteur de la formation professionnelle
basé en Savoie, dont je ne pouvais pas communiquer le nom.

Mon client a finalement arrêté son choix sur un autre profil, plus senior en gestion de
projets multimodaux. Je suis désolé de ne pas avoir de meilleure nouvelle pour vous cette fois.

Je reste attentif et vous recontacterai dès qu'une mission correspond à votre projet.

Bastien Morel
Arvel Conseil – Cabinet de recrutement
25 rue de la République, 69002 Lyon
""",
        html="outlook",
    ),
    spec(
        key="drac_rej", kind="rejection", lang="fr", company="Papeteries du Drac",
        contact="emilie.garnier@alpinterim.example.fr",
        frm=("Émilie Garnier - Alpintérim Grenoble", "emilie.garnier@alpinterim.example.fr"),
        date="2026-03-12 16:37 +0100",
        subject="Mission formatrice interne - retour client",
        name_enc=("utf-8", "q"), cte="base64",
        text="""Bonjour Solène,

Je reviens vers vous concernant la mission de formatrice interne que je vous avais proposée.

Les Papeteries du Drac m'ont fait savoir hier qu'elles avaient retenu un autre profil, qui
connaissait déjà leurs lignes de production. Votre candidature ne sera donc pas retenue pour
cette mission, mais votre dossier reste actif dans notre agence.

N'hésitez pas à me tenir au courant de vos disponibilités.

Bonne fin de journée,

Émilie Garnier
Chargée de recrutement
Alpintérim Grenoble – 8 cours Berriat, 38000 Grenoble
""",
    ),
    spec(
        key="lemanis_rej", kind="rejection", lang="fr", company="Lémanis Formation",
        contact="nadia.berthoud@lemanis.example.ch",
        frm=("Nadia Berthoud", "lemanis-formation@recruitee.com"),
        reply_to=("Nadia Berthoud", "nadia.berthoud@lemanis.example.ch"),
        date="2026-05-28 10:14 +0200",
        subject="Lémanis Formation – votre candidature Concepteur·rice e-learning",
        html="auto", brand="Lémanis Formation",
        text="""Chère Solène,

Nous vous remercions pour les entretiens menés avec notre équipe ces dernières semaines.

Après mûre réflexion, nous avons décidé de ne pas poursuivre le processus avec vous. Le profil
retenu dispose d'une expérience confirmée des outils auteur (Storyline, Rise), qui est
aujourd'hui indispensable pour notre équipe à Genève.

Nous avons apprécié votre énergie et vos idées de scénarisation, et vous souhaitons plein
succès pour la suite.

Avec nos meilleures salutations,
Nadia Berthoud
Responsable RH, Lémanis Formation
Rue du Rhône 40, 1204 Genève
""",
    ),
    spec(
        key="lavaux_rej", kind="rejection", lang="fr", company="Campus Lavaux",
        contact="", frm=("Campus Lavaux", "notifications@bamboohr.com"),
        date="2026-04-22 07:03 -0600",
        subject="Votre candidature chez Campus Lavaux",
        text=None,
        html=html_page("""Bonjour Solène,

Merci de l'intérêt que vous portez à Campus Lavaux et pour votre candidature au poste de
Responsable e-learning à Lausanne.

Après un examen attentif de votre dossier, nous ne sommes malheureusement pas en mesure de
vous proposer un entretien. Nous avons reçu un grand nombre de candidatures et avons dû faire
des choix difficiles.

Nous vous souhaitons bonne chance dans vos recherches.

Cordialement,
Ressources humaines – Campus Lavaux""", "Campus Lavaux", "#5a2d6b",
            "Envoyé via BambooHR. Merci de ne pas répondre à ce message."),
    ),
    spec(
        key="plume_rej", kind="rejection", lang="fr", company="Plume Academy",
        contact="", frm=("Plume Academy", "noreply@workablemail.com"),
        date="2026-03-03 08:55 +0000",
        subject="Plume Academy : suite donnée à votre candidature",
        html="auto", brand="plume academy", cte="quoted-printable",
        text="""Bonjour Solène,

Merci d'avoir postulé au poste de Learning Designer junior chez Plume Academy.

Nous avons pris le temps d'étudier votre candidature avec attention. Nous avons toutefois
décidé d'avancer avec des candidats dont l'expérience correspond plus étroitement aux
exigences du poste.

Nous garderons vos informations dans notre vivier et n'hésiterons pas à vous recontacter.

L'équipe Plume Academy
""",
    ),
    spec(
        key="vautrin_rej", kind="rejection", lang="fr", company="Manufacture Vautrin",
        contact="lea.perrenoud@hestia-talents.example.ch",
        frm=("Léa Perrenoud", "lea.perrenoud@hestia-talents.example.ch"),
        date="2026-07-02 14:26 +0200",
        subject="Manufacture Vautrin - Responsable formation métiers : décision",
        name_enc=("iso-8859-1", "q"), subj_enc=("iso-8859-1", "q"),
        charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Madame Marchetti-Baudry,

Comme promis, je vous tiens informée de la décision de notre client, la Manufacture Vautrin.

Ils ont choisi de confier le poste de Responsable formation métiers à une personne issue de
l'horlogerie. Ce n'est donc pas une suite positive pour vous, et j'en suis navrée car votre
entretien avait laissé une très bonne impression.

Je me permettrai de vous contacter pour d'autres postes en Suisse romande.

Meilleures salutations,

Léa Perrenoud
Hestia Talents Sàrl - Conseil en recrutement
Boulevard Helvétique 12, 1207 Genève
+41 22 700 45 12
""",
    ),
    spec(
        key="voltais_rej", kind="rejection", lang="fr", company="Voltaïs",
        contact="", frm=("Voltaïs Recrutement", "voltais-noreply@icims.com"),
        name_enc=("iso-8859-1", "q"),
        date="2026-05-14 13:10 -0400",
        subject="Chargé(e) de formation digitale - mise à jour de votre candidature",
        html="auto", brand="Voltaïs", cte="base64",
        text="""Bonjour Solène,

Nous vous remercions pour votre candidature et pour l'échange téléphonique avec notre équipe.

Nous vous informons que le poste de Chargé(e) de formation digitale a été gelé suite à une
réorganisation interne. Nous ne poursuivrons donc pas le processus de recrutement pour ce
poste, y compris pour votre candidature.

Nous vous invitons à consulter régulièrement notre site carrières.

Cordialement,
Direction des Ressources Humaines – Voltaïs
""",
    ),
    spec(
        key="transalpes_rej", kind="rejection", lang="fr", company="Transalpes Mobilité",
        contact="pauline.rey@transalpes.example.fr",
        frm=("Pauline Rey", "pauline.rey@transalpes.example.fr"),
        date="2026-06-18 17:58 +0200",
        subject="Candidature – Formatrice sécurité et accueil",
        cte="8bit",
        text="""Bonjour Solène,

Je fais suite à votre candidature pour le poste de formatrice sécurité et accueil à Chambéry.

Je suis au regret de vous annoncer que le poste a finalement été pourvu en interne, par une
collaboratrice de notre service exploitation. Nous clôturons donc ce recrutement.

Merci encore pour votre intérêt pour Transalpes Mobilité.

Pauline Rey
Ressources humaines
Transalpes Mobilité – 130 avenue de la Boisse, 73000 Chambéry
""",
    ),
    spec(
        key="fier_rej", kind="rejection", lang="fr", company="Laboratoires Fier",
        contact="marion.duclos@labo-fier.example.fr",
        frm=("Marion Duclos", "marion.duclos@labo-fier.example.fr"),
        date="2026-04-30 09:12 +0200",
        subject="Re: Merci pour notre échange de ce mardi",
        parent="fier_own_thanks", quote="gt", cte="quoted-printable",
        text="""Bonjour Solène,

Merci pour votre gentil message, et pour la souplesse dont vous avez fait preuve pour caler
notre échange.

Nous avons beaucoup discuté de votre profil en équipe. Malheureusement, nous avons besoin
pour ce poste de quelqu'un qui connaisse déjà le cadre réglementaire des BPF, et nous avons
donc décidé de ne pas aller plus loin avec votre candidature.

Je vous souhaite sincèrement de trouver rapidement le poste qui vous correspond.

Marion
--
Marion Duclos | Responsable formation | Laboratoires Fier
74960 Meythet | 04 50 00 62 71
""",
    ),
    spec(
        key="geraud_rej", kind="rejection", lang="fr", company="Maison Géraud",
        contact="", frm=("Maison Géraud", "maison-geraud-noreply@recruitee.com"),
        date="2026-08-27 06:40 +0000",
        subject="Formateur·rice réseau boutiques – information importante",
        html="auto", brand="Maison Géraud",
        text="""Bonjour Solène,

Vous avez postulé au poste de Formateur·rice réseau boutiques et nous vous en remercions.

Suite à l'évolution de notre organisation, ce poste est annulé et ne sera pas pourvu cette
année. Nous ne pourrons donc pas donner suite à votre candidature.

Nous espérons avoir l'occasion de vous retrouver sur une prochaine offre.

L'équipe Recrutement de Maison Géraud
""",
    ),
    # ------------------------------------------------------------------ English
    spec(
        key="sabauda_rej", kind="rejection", lang="en", company="Sabauda Digital Academy",
        contact="giulia.ferraris@sabauda-academy.example.it",
        frm=("Giulia Ferraris via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Giulia Ferraris", "giulia.ferraris@sabauda-academy.example.it"),
        date="2026-04-16 16:45 +0200",
        subject="Your application to Sabauda Digital Academy",
        html="auto", brand="Sabauda Digital Academy",
        text="""Hi Solène,

Thank you so much for the time you spent with us over the last few weeks, and for the
learning module you prepared for the panel. We genuinely enjoyed it.

After a lot of discussion we have decided to offer the Instructional Designer role to another
candidate, whose background in corporate compliance training is a closer match for the
projects we have lined up this year.

I know this is not the news you were hoping for. If you would like feedback on the panel
exercise, just reply to this email and I will set up a short call.

All the best,
Giulia Ferraris
People & Culture, Sabauda Digital Academy
Via Nizza 150, 10126 Torino
""",
    ),
    spec(
        key="torino_rej", kind="rejection", lang="en", company="Torino Skills Hub",
        contact="", frm=("Torino Skills Hub", "no-reply@hire.lever.co"),
        date="2026-03-19 21:02 +0000",
        subject="Torino Skills Hub - Learning Experience Designer",
        cte="7bit",
        text="""Hi Solene,

Thanks for applying for the Learning Experience Designer position at Torino Skills Hub.

We've now reviewed all applications and unfortunately we won't be taking yours forward to
the interview stage. The shortlist was very competitive this time.

We'd be glad to see your name again on future openings.

Best,
The Torino Skills Hub hiring team
""",
    ),
    spec(
        key="graniteway_rej", kind="rejection", lang="en", company="Graniteway Energy",
        contact="", frm=("Graniteway Energy", "graniteway@myworkday.com"),
        date="2026-07-08 12:30 +0000",
        subject="Update regarding your application: Learning & Development Specialist",
        html="auto", brand="GRANITEWAY ENERGY", cte="quoted-printable",
        text="""Dear Solène,

We are writing to update you on the Learning & Development Specialist position (Geneva) for
which you applied in May.

Due to changes in our business priorities, this position has been put on hold and we will
not be proceeding with applications at this time. Should the role be reopened, it will be
advertised again on our careers site.

We appreciate your interest in Graniteway Energy.

Kind regards,
Talent Acquisition
This mailbox is not monitored.
""",
    ),
    spec(
        key="bluecrest_rej", kind="rejection", lang="en", company="Bluecrest Learning",
        contact="tom.whitcombe@bluecrest.example.ch",
        frm=("Tom Whitcombe", "no-reply@ashbyhq.com"),
        reply_to=("Tom Whitcombe", "tom.whitcombe@bluecrest.example.ch"),
        date="2026-06-10 18:03 +0200",
        subject="Bluecrest Learning | Training Content Designer",
        text="""Hi Solène,

I wanted to let you know personally where things stand. We postponed your interview a few
weeks ago because we were reconsidering the scope of the role.

In the end the team has decided to fill the Training Content Designer position with an
internal candidate from our customer success team, so we won't be continuing with external
interviews, including yours. I'm sorry for the back and forth.

Thanks again for your patience, and good luck with your search.

Tom Whitcombe
Talent Partner, Bluecrest Learning, Lausanne
""",
    ),
    spec(
        key="pinebrook_rej", kind="rejection", lang="en", company="Pinebrook Search",
        contact="owen@pinebrook-search.example.co.uk",
        frm=("Owen Gallagher", "owen@pinebrook-search.example.co.uk"),
        date="2026-09-03 10:47 +0100",
        subject="Re: Digital learning role - feedback",
        html="outlook", cte="quoted-printable",
        text=f"""Hi Solène,

Quick update on the digital learning lead role I put you forward for last week.

My client has come back to me and they've decided not to progress your application. They
felt they need someone who has already managed an LMS migration end to end. I pushed back a
little on that, but their decision is final for this one.

Let's keep in touch - I've a couple of L&D briefs coming in next month.

Cheers,
Owen

Owen Gallagher | Principal Consultant | Pinebrook Search
+44 20 7946 0321

{"This message is confidential. If you are not the intended recipient, please delete it."}
""",
    ),
    spec(
        key="monviso_rej", kind="rejection", lang="en", company="Monviso Outdoor",
        contact="", frm=("Monviso Outdoor Careers", "careers-monviso@icims.com"),
        date="2026-05-27 15:15 -0400",
        subject="Monviso Outdoor: Training Specialist (Ref. 4471)",
        html="auto", brand="MONVISO OUTDOOR", cte="base64",
        text="""Dear Solène,

Thank you for interviewing for the Training Specialist position in Turin.

We were impressed with your enthusiasm, but we will not be moving forward with your
candidacy. We have chosen a candidate with hands-on experience in retail product training.

We wish you every success in your career.

Sincerely,
Monviso Outdoor Talent Acquisition
""",
    ),
    # ------------------------------------------------------------------ German
    spec(
        key="lernfabrik_rej", kind="rejection", lang="de", company="Lernfabrik München",
        contact="katrin.obermaier@lernfabrik.example.de",
        frm=("Katrin Obermaier | Lernfabrik München", "noreply@personio.de"),
        reply_to=("Katrin Obermaier", "katrin.obermaier@lernfabrik.example.de"),
        date="2026-05-07 11:26 +0200",
        subject="Ihre Bewerbung als Instructional Designerin (m/w/d)",
        html="auto", brand="Lernfabrik München",
        text="""Liebe Frau Marchetti-Baudry,

vielen Dank für das angenehme Gespräch und Ihr Interesse an der Lernfabrik München.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einer Kandidatin zu
besetzen, die bereits umfangreiche Erfahrung mit deutschsprachigen Compliance-Schulungen
mitbringt. Wir müssen Ihnen daher leider eine Absage erteilen.

Ihre Ideen zur spielerischen Lernzielkontrolle haben uns gut gefallen. Für Ihren weiteren
Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Katrin Obermaier
People & Culture
Lernfabrik München, Landsberger Str. 110, 80339 München
""",
    ),
    spec(
        key="bergsport_rej", kind="rejection", lang="de", company="Bergsport Kaltenbrunn",
        contact="", frm=("Bergsport Kaltenbrunn", "bewerbermanagement@softgarden.io"),
        date="2026-04-01 08:02 +0200",
        subject="Ihre Bewerbung bei Bergsport Kaltenbrunn",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Marchetti-Baudry,

herzlichen Dank für Ihre Bewerbung als Trainerin für Produktschulungen (m/w/d) und das damit
verbundene Interesse an unserem Unternehmen.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre
berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Bergsport Kaltenbrunn GmbH & Co. KG
""",
    ),
    spec(
        key="alpenblick_rej", kind="rejection", lang="de", company="Alpenblick Akademie",
        contact="m.huber@wendelstein-pb.example.de",
        frm=("Maximilian Huber", "m.huber@wendelstein-pb.example.de"),
        date="2026-07-22 17:11 +0200",
        subject="AW: Gespräch Alpenblick Akademie",
        parent="alpenblick_resched", quote="gt", html="outlook",
        text=f"""Hallo Frau Marchetti-Baudry,

ich habe heute Rückmeldung von der Alpenblick Akademie erhalten. Leider hat sich der Kunde
nach dem zweiten Gespräch für eine andere Kandidatin entschieden, die schon als
Lernbegleiterin in der Erwachsenenbildung gearbeitet hat.

Das tut mir leid, zumal das Feedback zu Ihrem Auftreten sehr positiv war. Ich melde mich,
sobald ich ein passendes Mandat habe.

Viele Grüße
Maximilian Huber
Senior Berater | Wendelstein Personalberatung
Rosenheimer Str. 145, 81671 München | +49 89 2000 7731

{DISCLAIMER_DE}
""",
    ),
    spec(
        key="isartal_rej", kind="rejection", lang="de", company="Stadtwerke Isartal",
        contact="", frm=("Stadtwerke Isartal", "noreply@successfactors.eu"),
        date="2026-08-12 09:30 +0200",
        subject="Stellenausschreibung 2026-118 Referent*in Weiterbildung",
        html="auto", brand="Stadtwerke Isartal", cte="quoted-printable",
        text="""Sehr geehrte Frau Marchetti-Baudry,

wir danken Ihnen für Ihre Bewerbung auf die Stelle Referent*in Weiterbildung.

Aufgrund einer internen Umstrukturierung haben wir das Auswahlverfahren für diese Stelle
ausgesetzt. Ihre Bewerbung können wir daher nicht weiter berücksichtigen. Ihre Unterlagen
werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalabteilung Stadtwerke Isartal
Diese Nachricht wurde automatisch erstellt.
""",
    ),
    spec(
        key="loisach_rej", kind="rejection", lang="de", company="Hochschule Loisach",
        contact="sabine.kettl@hs-loisach.example.de",
        frm=("Dr. Sabine Kettl", "sabine.kettl@hs-loisach.example.de"),
        date="2026-06-24 13:44 +0200",
        subject="AW: Eingangsbestätigung Ihrer Bewerbung – Kennziffer 31/2026",
        parent="loisach_ack", quote="outlook", charset="windows-1252", cte="8bit",
        subj_enc=("windows-1252", "q"),
        text="""Sehr geehrte Frau Marchetti-Baudry,

bezugnehmend auf Ihre Bewerbung teile ich Ihnen mit, dass die Stelle der wissenschaftlichen
Mitarbeiterin im Zentrum für Hochschuldidaktik inzwischen intern besetzt wurde.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und danken Ihnen für Ihr
Interesse an der Hochschule Loisach.

Mit freundlichen Grüßen
Dr. Sabine Kettl
Zentrum für Hochschuldidaktik
""",
    ),
    # ------------------------------------------------------------------ Spanish
    spec(
        key="moncayo_rej", kind="rejection", lang="es", company="Energía Moncayo",
        contact="", frm=("Energía Moncayo - Empleo", "noreply@taleo.net"),
        date="2026-06-05 10:00 +0200",
        subject="Energía Moncayo - Técnica de Formación (Req. 26-0412)",
        html="auto", brand="Energía Moncayo", cte="base64", subj_enc=("iso-8859-1", "b"),
        text="""Estimada Solène:

Gracias por su interés en Energía Moncayo y por presentar su candidatura al puesto de
Técnica de Formación en Zaragoza.

Tras revisar detenidamente su perfil, lamentamos comunicarle que no ha sido seleccionada para
continuar en el proceso. Hemos optado por candidaturas con experiencia previa en formación
técnica en el sector energético.

Conservaremos sus datos para futuras vacantes, salvo que nos indique lo contrario.

Atentamente,
Departamento de Personas
Energía Moncayo
""",
    ),
    spec(
        key="ebro_rej", kind="rejection", lang="es", company="Fundación Ebro Formación",
        contact="lucia.sanjuan@ebroformacion.example.es",
        frm=("Lucía Sanjuán", "lucia.sanjuan@ebroformacion.example.es"),
        date="2026-07-29 13:22 +0200",
        subject="Proceso de selección - diseñadora instruccional",
        charset="iso-8859-1", cte="8bit", subj_enc=("iso-8859-1", "b"),
        name_enc=("iso-8859-1", "q"),
        text=f"""Hola Solène:

Muchas gracias por la entrevista del martes y por el tiempo que nos dedicaste.

Te escribo para contarte que finalmente nos hemos decantado por otra candidata para el puesto
de diseñadora instruccional. Ha sido una decisión difícil, pero buscamos a alguien con más
experiencia en formación para el empleo en Aragón.

Te deseo mucha suerte y espero que coincidamos en otra ocasión.

Un saludo,
Lucía Sanjuán
Responsable de Programas - Fundación Ebro Formación
Paseo de la Independencia 24, 50004 Zaragoza

{DISCLAIMER_ES}
""",
    ),
    spec(
        key="delicias_rej", kind="rejection", lang="es", company="Logística Delicias",
        contact="raul.lacasa@tempora-ett.example.es",
        frm=("Raúl Lacasa", "raul.lacasa@tempora-ett.example.es"),
        date="2026-09-10 12:08 +0200",
        subject="Proceso formadora de almacén - Logística Delicias",
        cte="quoted-printable",
        text="""Buenos días Solène,

Te escribo para darte el feedback del cliente. Logística Delicias ha decidido continuar con
otra candidata que ya conoce su sistema de gestión de almacén, así que no seguirás en el
proceso para el puesto de formadora.

Siento que no haya salido esta vez. Tu ficha sigue activa en Tempora y te llamaré si aparece
algo en formación.

Un saludo,
Raúl Lacasa
Consultor de selección | Tempora ETT Zaragoza
976 00 41 52
""",
    ),
    spec(
        key="mallen_rej", kind="rejection", lang="es", company="Mallén Talent",
        contact="irene.bona@mallentalent.example.es",
        frm=("Irene Bona", "irene.bona@mallentalent.example.es"),
        date="2026-10-07 09:35 +0200",
        subject="Actualización de tu candidatura",
        html="outlook",
        text="""Hola Solène,

Te escribo sobre la posición de responsable de formación online para la que te presenté a
nuestro cliente (una empresa industrial de Zaragoza, cuyo nombre no puedo revelar todavía).

El cliente ha cerrado el proceso con un perfil interno y, por tanto, no avanzará con tu
candidatura. Gracias por tu disponibilidad durante estas semanas.

Un abrazo,
Irene Bona
Headhunter | Mallén Talent
""",
    ),
    spec(
        key="pilar_rej", kind="rejection", lang="es", company="Pilar Business School",
        contact="marta.gimeno@pilarbs.example.es",
        frm=("Marta Gimeno", "marta.gimeno@pilarbs.example.es"),
        date="2026-05-19 19:05 +0200",
        subject="Proceso de selección - Coordinadora de e-learning",
        charset="windows-1252", cte="quoted-printable",
        text="""Estimada Sra. Marchetti-Baudry:

Le agradecemos el interés mostrado por Pilar Business School.

Le informamos de que la dirección ha decidido cancelar el proceso de selección para la plaza
de Coordinadora de e-learning, que se cubrirá con una reorganización interna del
departamento. Por este motivo no continuaremos con su candidatura.

Reciba un cordial saludo,

Marta Gimeno
Recursos Humanos
Pilar Business School – C/ Alfonso I 17, 50003 Zaragoza
""",
    ),
]
