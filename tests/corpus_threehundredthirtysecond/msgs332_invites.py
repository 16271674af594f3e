"""Corpus 332, kinds `interview_invitation`, `interview_reschedule_or_cancel` and
`missed_interview_notice`."""

from __future__ import annotations

from msgs332_common import DISCLAIMER_DE, DISCLAIMER_FR, signature, spec

DIDACTO_MARGAUX = ("Margaux Lefèvre", "margaux.lefevre@didacto.example.fr")
HYDRELIA_JULIEN = ("Julien Besson", "julien.besson@hydrelia.example.fr")
ISARWIND_FLORIAN = ("Florian Brandl", "florian.brandl@isarwind.example.de")

INVITATIONS = [
    # ------------------------------------------------------------------ French
    spec(
        key="didacto_inv", kind="interview_invitation", lang="fr", company="Didacto",
        contact="margaux.lefevre@didacto.example.fr", frm=DIDACTO_MARGAUX,
        date="2026-01-22 14:05 +0100",
        subject="Didacto – entretien pour le poste d'Ingénieure pédagogique",
        html="auto", brand="didacto",
        text="""Bonjour Solène,

Merci pour votre candidature au poste d'Ingénieure pédagogique junior. Votre parcours
d'enseignante en cycle 3 et votre projet de reconversion nous ont beaucoup plu !

Je vous propose un premier entretien en visio d'environ 45 minutes avec moi-même et Thomas
Rivoire, notre CEO, le mercredi 28 janvier à 10h00. Vous trouverez l'invitation ci-jointe ;
le lien de visioconférence y figure.

Merci de me confirmer que ce créneau vous convient.

À très vite,
Margaux Lefèvre
Talent & Culture – Didacto
5 rue Génissieu, 38000 Grenoble
""",
        ics=spec(method="REQUEST", uid="entretien-2026-014@didacto.example.fr", seq=0,
                 stamp="20260122T130500Z", start="20260128T100000", end="20260128T104500",
                 summary="Entretien Solène Marchetti-Baudry / Didacto",
                 location="Visio - https://meet.didacto.example.fr/solene-mb",
                 organizer=DIDACTO_MARGAUX),
    ),
    spec(
        key="didacto_inv2", kind="interview_invitation", lang="fr", company="Didacto",
        contact="thomas.rivoire@didacto.example.fr",
        frm=("Thomas Rivoire", "thomas.rivoire@didacto.example.fr"),
        cc=[DIDACTO_MARGAUX],
        date="2026-02-04 08:47 +0100",
        subject="Re: Merci pour l'échange de lundi",
        parent="didacto_own_thanks", quote="gt", cte="8bit",
        text="""Bonjour Solène,

Merci pour votre message, le plaisir était partagé.

Nous aimerions poursuivre avec une mise en situation : une demi-journée dans nos locaux, le
jeudi 12 février de 9h à 12h30. Vous travaillerez avec l'équipe contenu sur la scénarisation
d'un module court (15 minutes) à partir d'un cahier des charges client, puis vous nous le
présenterez.

Pouvez-vous me dire si cette date vous convient ? Sinon, le vendredi 13 au matin est possible.

Thomas
""" + signature("Thomas Rivoire", "CEO & co-fondateur – Didacto", "06 12 77 40 18"),
    ),
    spec(
        key="hydrelia_inv", kind="interview_invitation", lang="fr", company="Hydrelia",
        contact="julien.besson@hydrelia.example.fr", frm=HYDRELIA_JULIEN,
        date="2026-06-17 10:22 +0200",
        subject="Invitation : entretien - Ingénieur(e) pédagogique digital (Réf. HYD-2026-331)",
        html="outlook",
        text=f"""Bonjour Madame Marchetti-Baudry,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien
pour le poste d'Ingénieur(e) pédagogique digital au sein de notre Université d'entreprise.

L'entretien se déroulera le mardi 23 juin 2026 de 14h00 à 15h00 dans nos locaux, 17 rue
Félix Esclangon, 38000 Grenoble (accueil bâtiment B). Vous rencontrerez Claire Dumas-Ferrand,
directrice de la formation, et moi-même.

Une invitation calendrier est jointe à ce message. Merci de bien vouloir l'accepter ou me
proposer une alternative.

Cordialement,

Julien Besson
Chargé de recrutement – Direction des Ressources Humaines
Hydrelia – 17 rue Félix Esclangon, 38000 Grenoble
Tél. : +33 4 76 00 58 41

{DISCLAIMER_FR}
""",
        ics=spec(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000HYD331",
                 seq=0, stamp="20260617T082200Z", start="20260623T140000",
                 end="20260623T150000",
                 summary="Entretien Ingénieur(e) pédagogique digital - S. Marchetti-Baudry",
                 location="Hydrelia Grenoble - Bâtiment B", organizer=HYDRELIA_JULIEN),
    ),
    spec(
        key="hydrelia_inv2", kind="interview_invitation", lang="fr", company="Hydrelia",
        contact="julien.besson@hydrelia.example.fr",
        frm=("Hydrelia Recrutement", "noreply@successfactors.eu"), reply_to=HYDRELIA_JULIEN,
        date="2026-07-08 09:00 +0200",
        subject="Hydrelia - Convocation à notre centre d'évaluation",
        html="auto", brand="HYDRELIA", cte="base64",
        text="""Bonjour Solène,

Nous avons le plaisir de vous inviter à la deuxième étape de notre processus de recrutement :
un centre d'évaluation (assessment center) qui aura lieu le jeudi 16 juillet 2026 de 9h00 à
13h00 sur notre site de Lyon Gerland.

Au programme : une étude de cas d'ingénierie pédagogique, une animation de séquence de 15
minutes devant un jury et un entretien avec un opérationnel.

Merci de confirmer votre présence en répondant à ce message ; votre chargé de recrutement,
Julien Besson, reste votre interlocuteur.

Bien cordialement,
L'équipe Recrutement Hydrelia
""",
    ),
    spec(
        key="nevea_inv", kind="interview_invitation", lang="fr", company="Névéa",
        contact="chloe.abry@nevea.example.fr",
        frm=("Chloé Abry", "chloe.abry@nevea.example.fr"),
        date="2026-02-27 15:40 +0100",
        subject="Névéa - Rencontre pour le poste d'ingénieure pédagogique",
        charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "q"),
        subj_enc=("iso-8859-1", "q"),
        text="""Bonjour Solène,

Je suis Chloé, en charge du recrutement chez Névéa. Votre candidature a retenu notre
attention et j'aimerais vous rencontrer dans nos locaux d'Annecy pour un entretien.

Seriez-vous disponible le lundi 9 mars à 14h30 ? L'entretien durera environ une heure, avec
notre responsable de l'Académie Névéa, qui forme nos vendeurs et nos moniteurs partenaires.

Adresse : 4 avenue du Pré-Félin, 74940 Annecy-le-Vieux.

Au plaisir de vous lire,
Chloé Abry
Chargée RH - Névéa
""",
    ),
    spec(
        key="formavia_inv", kind="interview_invitation", lang="fr", company="Formavia",
        contact="sandrine.colomb@formavia.example.fr",
        frm=("Sandrine Colomb", "sandrine.colomb@formavia.example.fr"),
        date="2026-03-18 12:15 +0100",
        subject="Re: Candidature formatrice-conceptrice",
        parent="formavia_ack", quote="gt", charset="iso-8859-1", cte="8bit",
        text="""Bonjour Madame Marchetti-Baudry,

Comme annoncé, je reviens vers vous : votre profil correspond à ce que nous recherchons et
nous souhaiterions vous rencontrer.

Je vous propose un entretien le jeudi 26 mars à 10h00 dans nos locaux du quai Perrache, avec
notre directrice pédagogique. Prévoyez environ 1h15 : nous vous demanderons de présenter en
dix minutes une séquence de formation que vous avez conçue.

Merci de me confirmer votre venue.

Sandrine Colomb
Chargée de recrutement - Formavia
""",
    ),
    spec(
        key="cci_inv", kind="interview_invitation", lang="fr", company="CCI Belledonne",
        contact="herve.jacquemoud@cci-belledonne.example.fr",
        frm=("Nathalie Perrin", "n.perrin@cci-belledonne.example.fr"),
        reply_to=("Hervé Jacquemoud", "herve.jacquemoud@cci-belledonne.example.fr"),
        date="2026-05-05 16:02 +0200",
        subject="Convocation jury – Responsable pédagogique Campus CCI",
        html="outlook",
        text=f"""Madame,

À la suite de la présélection des candidatures, nous avons le plaisir de vous convoquer
devant le jury de recrutement pour le poste de Responsable pédagogique du Campus CCI.

Date : mardi 19 mai 2026, 11h00
Lieu : CCI Belledonne, 1 place André Malraux, Grenoble – salle Chartreuse
Déroulé : présentation de 10 minutes sur le thème « Accompagner un formateur occasionnel »,
puis 30 minutes d'échange avec le jury.

Merci de confirmer votre présence auprès de M. Jacquemoud (en répondant à ce message).

Nathalie Perrin
Assistante RH – CCI Belledonne

{DISCLAIMER_FR}
""",
    ),
    spec(
        key="serac_inv", kind="interview_invitation", lang="fr", company="Groupe Sérac",
        contact="b.morel@arvel-conseil.example.fr",
        frm=("Bastien Morel", "b.morel@arvel-conseil.example.fr"),
        date="2026-04-01 11:30 +0200",
        subject="Groupe Sérac – rencontre avec la directrice formation",
        parent="arvel_approach", quote="gt",
        text="""Bonjour Solène,

Suite à notre échange téléphonique, j'ai présenté votre candidature à mon client, le Groupe
Sérac (centres de formation en Savoie, siège à Chambéry), pour le poste de conceptrice
pédagogique.

Bonne nouvelle : Mme Ravix, directrice formation, souhaite vous rencontrer en visio le jeudi
9 avril à 17h00. Je vous enverrai le lien Teams la veille.

Pouvez-vous me confirmer ?

Bien à vous,
Bastien Morel
Arvel Conseil
""",
    ),
    spec(
        key="alpinterim_inv", kind="interview_invitation", lang="fr", company="Alpintérim",
        contact="emilie.garnier@alpinterim.example.fr",
        frm=("Émilie Garnier - Alpintérim Grenoble", "emilie.garnier@alpinterim.example.fr"),
        date="2026-02-02 09:18 +0100",
        subject="Votre inscription chez Alpintérim - rendez-vous",
        name_enc=("utf-8", "q"), cte="8bit",
        text="""Bonjour Solène,

Merci pour votre candidature spontanée. Pour finaliser votre inscription et parler des
missions de formation que nous avons régulièrement, je vous propose un entretien à l'agence
le jeudi 5 février à 9h30 (8 cours Berriat, Grenoble).

Pensez à apporter une pièce d'identité, votre carte Vitale et un RIB.

À jeudi,
Émilie Garnier
Chargée de recrutement – Alpintérim Grenoble
04 76 00 87 65
""",
    ),
    spec(
        key="drac_inv", kind="interview_invitation", lang="fr", company="Papeteries du Drac",
        contact="emilie.garnier@alpinterim.example.fr",
        frm=("Émilie Garnier - Alpintérim Grenoble", "emilie.garnier@alpinterim.example.fr"),
        date="2026-02-24 13:50 +0100",
        subject="Mission formatrice interne – entretien chez le client",
        name_enc=("utf-8", "q"), html="auto", brand="Alpintérim",
        text="""Bonjour Solène,

Comme évoqué au téléphone, les Papeteries du Drac (Champ-sur-Drac) recherchent une
formatrice interne pour une mission de 6 mois : accueil et formation des nouveaux opérateurs.

Le responsable de production souhaite vous rencontrer le mardi 3 mars à 14h00 sur le site,
route de la Papeterie. Je serai présente au début de l'entretien.

Bonne journée,
Émilie
""",
    ),
    spec(
        key="lemanis_inv", kind="interview_invitation", lang="fr", company="Lémanis Formation",
        contact="nadia.berthoud@lemanis.example.ch",
        frm=("Nadia Berthoud", "lemanis-formation@recruitee.com"),
        reply_to=("Nadia Berthoud", "nadia.berthoud@lemanis.example.ch"),
        date="2026-04-20 10:31 +0200",
        subject="Lémanis Formation – invitation à un entretien vidéo",
        html="auto", brand="Lémanis Formation",
        text="""Chère Solène,

Merci pour votre candidature au poste de Concepteur·rice e-learning à Genève.

Nous souhaitons vous proposer un premier entretien vidéo de 30 minutes. Choisissez le
créneau qui vous convient via le lien suivant :
https://lemanis.recruitee.example.ch/schedule/8f2c1

Les créneaux disponibles vont du 27 au 30 avril.

Avec nos meilleures salutations,
Nadia Berthoud
Responsable RH, Lémanis Formation
""",
    ),
    spec(
        key="voltais_inv", kind="interview_invitation", lang="fr", company="Voltaïs",
        contact="karim.haddad@voltais.example.fr",
        frm=("Karim Haddad", "karim.haddad@voltais.example.fr"),
        date="2026-04-23 17:26 +0200",
        subject="Échange téléphonique – Chargé(e) de formation digitale",
        subj_enc=("utf-8", "b"), charset="windows-1252", cte="quoted-printable",
        text="""Bonjour Solène,

J'ai bien reçu votre candidature pour le poste de Chargé(e) de formation digitale chez
Voltaïs, à Lyon. J'aimerais échanger 20 minutes avec vous par téléphone pour mieux connaître
votre projet.

Vous pouvez réserver directement un créneau dans mon agenda :
https://agenda.voltais.example.fr/karim-haddad/20min

Bien à vous,
Karim Haddad
Talent Acquisition Partner – Voltaïs
""",
    ),
    spec(
        key="fier_inv", kind="interview_invitation", lang="fr", company="Laboratoires Fier",
        contact="marion.duclos@labo-fier.example.fr",
        frm=("Marion Duclos", "marion.duclos@labo-fier.example.fr"),
        date="2026-04-14 11:48 +0200",
        subject="Poste de chargée de formation – premier échange",
        text="""Bonjour Solène,

Votre candidature au poste de chargée de formation (site d'Annecy) a retenu mon attention.

Je vous propose un premier entretien téléphonique le mardi 21 avril à 12h30. Je vous
appellerai au numéro indiqué sur votre CV. Si l'horaire ne vous convient pas, dites-le-moi.

Bonne journée,
Marion Duclos
Responsable formation – Laboratoires Fier
""",
    ),
    # ------------------------------------------------------------------ English
    spec(
        key="sabauda_inv", kind="interview_invitation", lang="en",
        company="Sabauda Digital Academy", contact="giulia.ferraris@sabauda-academy.example.it",
        frm=("Giulia Ferraris via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Giulia Ferraris", "giulia.ferraris@sabauda-academy.example.it"),
        date="2026-03-09 10:12 +0100",
        subject="Interview invitation: Instructional Designer at Sabauda Digital Academy",
        html="auto", brand="Sabauda Digital Academy",
        text="""Hi Solène,

Thanks for applying to the Instructional Designer role at Sabauda Digital Academy! We'd love
to get to know you better.

The first step is a 30-minute video call with me. Please pick a time that suits you using
the link below:

https://app.greenhouse.example/schedule/sabauda/7Qm2xK

Our working language is English, so the call will be in English.

Looking forward to speaking with you,
Giulia
""",
    ),
    spec(
        key="sabauda_inv2", kind="interview_invitation", lang="en",
        company="Sabauda Digital Academy", contact="giulia.ferraris@sabauda-academy.example.it",
        frm=("Giulia Ferraris", "giulia.ferraris@sabauda-academy.example.it"),
        date="2026-03-30 09:40 +0200",
        subject="Next step: panel interview in Turin",
        text="""Hi Solène,

Great news - the team would like to invite you to the final panel interview in our Turin
office on Wednesday 8 April, 11:00-12:30 (CEST).

We'll ask you to present a 10-minute micro-learning module on a topic of your choice, followed
by questions from our Head of Learning and two designers. We'll reimburse your train ticket
from Grenoble.

A calendar invitation is attached. Let me know if you have any questions.

Best,
Giulia Ferraris
People & Culture, Sabauda Digital Academy
""",
        ics=spec(method="REQUEST", uid="panel-sda-0408@sabauda-academy.example.it", seq=0,
                 stamp="20260330T074000Z", start="20260408T110000", end="20260408T123000",
                 tz="Europe/Rome", summary="Panel interview - Solène Marchetti-Baudry",
                 location="Sabauda Digital Academy, Via Nizza 150, Torino",
                 organizer=("Giulia Ferraris", "giulia.ferraris@sabauda-academy.example.it")),
    ),
    spec(
        key="northlake_inv", kind="interview_invitation", lang="en", company="Northlake Learning",
        contact="priya.raman@northlake.example.ch",
        frm=("Northlake Learning", "no-reply@ashbyhq.com"),
        reply_to=("Priya Raman", "priya.raman@northlake.example.ch"),
        date="2026-08-03 14:20 +0200",
        subject="Schedule your interview with Northlake Learning",
        html="auto", brand="Northlake Learning", cte="base64",
        text="""Hi Solène,

Priya from Northlake Learning here. Thanks for your interest in our Learning Designer
opening in Geneva!

We'd like to invite you to a 45-minute video interview with our Head of Content. Please use
the link below to choose a slot this week or next:

https://jobs.ashbyhq.example/northlake/interview/3f9a

If none of the times work, just reply and we'll sort something out.

Best,
Priya Raman
Talent Lead
""",
    ),
    spec(
        key="bluecrest_inv", kind="interview_invitation", lang="en", company="Bluecrest Learning",
        contact="tom.whitcombe@bluecrest.example.ch",
        frm=("Tom Whitcombe", "tom.whitcombe@bluecrest.example.ch"),
        date="2026-05-11 12:04 +0200",
        subject="Bluecrest Learning - video screen",
        cte="7bit",
        text="""Hi Solene,

Thanks for applying for our Training Content Designer role in Lausanne. I'd like to set up a
short video screen (about 25 minutes) to talk through your experience and what you're looking
for.

Would Thursday 21 May at 4pm work for you? I'll send a Google Meet link once confirmed.

Thanks,
Tom

Tom Whitcombe
Talent Partner, Bluecrest Learning
""",
    ),
    spec(
        key="monviso_inv", kind="interview_invitation", lang="en", company="Monviso Outdoor",
        contact="", frm=("Monviso Outdoor Careers", "careers-monviso@icims.com"),
        date="2026-04-28 09:05 -0400",
        subject="Phone interview request - Training Specialist (Ref. 4471)",
        html="auto", brand="MONVISO OUTDOOR",
        text="""Dear Solène,

Thank you for your application for the Training Specialist role in Turin.

We would like to invite you to a phone interview with one of our recruiters on Tuesday,
5 May 2026 at 3:00 PM (Central European Summer Time). The recruiter will call you on the
number you provided in your application.

Please confirm your availability through the candidate portal.

Sincerely,
Monviso Outdoor Talent Acquisition
""",
    ),
    # ------------------------------------------------------------------ German
    spec(
        key="lernfabrik_inv", kind="interview_invitation", lang="de",
        company="Lernfabrik München", contact="katrin.obermaier@lernfabrik.example.de",
        frm=("Katrin Obermaier | Lernfabrik München", "noreply@personio.de"),
        reply_to=("Katrin Obermaier", "katrin.obermaier@lernfabrik.example.de"),
        date="2026-04-13 10:50 +0200",
        subject="Einladung zum Kennenlerngespräch – Instructional Designerin (m/w/d)",
        html="auto", brand="Lernfabrik München", subj_enc=("utf-8", "b"),
        text="""Liebe Frau Marchetti-Baudry,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns neugierig gemacht, und wir möchten Sie
gerne zu einem ersten Kennenlerngespräch per Video einladen.

Termin: Dienstag, 21. April 2026, 15:00 Uhr (ca. 45 Minuten)
Gesprächspartnerinnen: Katrin Obermaier (People & Culture) und Lea Sommer (Teamlead Content)

Den Link zum Videocall erhalten Sie einen Tag vorher. Bitte bestätigen Sie kurz den Termin.

Herzliche Grüße
Katrin Obermaier
""",
    ),
    spec(
        key="isarwind_inv", kind="interview_invitation", lang="de", company="Isarwind Energie",
        contact="florian.brandl@isarwind.example.de", frm=ISARWIND_FLORIAN,
        date="2026-07-01 08:34 +0200",
        subject="Einladung zum Vorstellungsgespräch: Trainerin Digitales Lernen",
        html="outlook",
        text=f"""Sehr geehrte Frau Marchetti-Baudry,

vielen Dank für Ihre Bewerbung als Trainerin Digitales Lernen (m/w/d) an unserem Standort
München.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem
Vorstellungsgespräch ein:

Mittwoch, 8. Juli 2026, 10:00–11:30 Uhr
Isarwind Energie, Arnulfstraße 60, 80335 München, Empfang Haus C

Eine Kalendereinladung ist beigefügt. Reisekosten erstatten wir Ihnen nach Vorlage der Belege.

Mit freundlichen Grüßen
Florian Brandl
Recruiting | Isarwind Energie
Tel. +49 89 3000 4412

{DISCLAIMER_DE}
""",
        ics=spec(method="REQUEST", uid="ISW-REC-2026-0708-SMB@isarwind.example.de", seq=0,
                 stamp="20260701T063400Z", start="20260708T100000", end="20260708T113000",
                 tz="Europe/Berlin", summary="Vorstellungsgespräch Marchetti-Baudry",
                 location="Arnulfstraße 60, München, Haus C", organizer=ISARWIND_FLORIAN),
    ),
    spec(
        key="alpenblick_inv", kind="interview_invitation", lang="de",
        company="Alpenblick Akademie", contact="m.huber@wendelstein-pb.example.de",
        frm=("Maximilian Huber", "m.huber@wendelstein-pb.example.de"),
        date="2026-06-22 15:16 +0200",
        subject="Gespräch Alpenblick Akademie",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hallo Frau Marchetti-Baudry,

wie telefonisch besprochen habe ich Ihr Profil der Alpenblick Akademie in Garmisch
vorgestellt. Die Geschäftsführerin, Frau Dr. Leitner, möchte Sie gerne kennenlernen.

Vorschlag: Donnerstag, 2. Juli, 14:00 Uhr per Teams (ca. 1 Stunde). Das Gespräch kann
teilweise auf Englisch geführt werden, falls Ihnen das lieber ist.

Passt Ihnen der Termin?

Viele Grüße
Maximilian Huber
Wendelstein Personalberatung
""",
    ),
    spec(
        key="wendelstein_inv", kind="interview_invitation", lang="de",
        company="Wendelstein Personalberatung", contact="m.huber@wendelstein-pb.example.de",
        frm=("Maximilian Huber", "m.huber@wendelstein-pb.example.de"),
        date="2026-09-14 11:09 +0200",
        subject="Vertrauliche Position: Leitung E-Learning – Kennenlernen",
        html="outlook",
        text="""Hallo Frau Marchetti-Baudry,

ich betreue derzeit ein vertrauliches Mandat eines mittelständischen Industrieunternehmens im
Großraum München (Name folgt nach dem ersten Gespräch). Gesucht wird eine Leitung
E-Learning für den Aufbau einer internen Akademie.

Ich würde gerne mit Ihnen ein erstes Interview per Video führen, am Freitag, 18. September um
9:30 Uhr. Bitte geben Sie mir kurz Bescheid, ob das passt.

Beste Grüße
Maximilian Huber
Senior Berater | Wendelstein Personalberatung
""",
    ),
    # ------------------------------------------------------------------ Spanish
    spec(
        key="cierzo_inv", kind="interview_invitation", lang="es", company="Aula Cierzo",
        contact="jorge.lasheras@aulacierzo.example.es",
        frm=("Aula Cierzo", "no-reply@smartrecruiters.com"),
        reply_to=("Jorge Lasheras", "jorge.lasheras@aulacierzo.example.es"),
        date="2026-07-06 11:00 +0200",
        subject="Aula Cierzo: te invitamos a una entrevista",
        html="auto", brand="Aula Cierzo", cte="base64",
        text="""¡Hola Solène!

Gracias por tu candidatura al puesto de Diseñadora instruccional en Aula Cierzo.

Nos gustaría conocerte en una entrevista por videollamada de unos 40 minutos con Jorge
Lasheras, nuestro responsable de contenidos. Propuesta: viernes 10 de julio a las 10:30.

Confirma tu asistencia respondiendo a este correo.

¡Un saludo!
El equipo de Aula Cierzo
""",
    ),
    spec(
        key="cierzo_inv2", kind="interview_invitation", lang="es", company="Aula Cierzo",
        contact="jorge.lasheras@aulacierzo.example.es",
        frm=("Jorge Lasheras", "jorge.lasheras@aulacierzo.example.es"),
        date="2026-07-27 18:12 +0200",
        subject="Re: Gracias por la conversación",
        parent="cierzo_own_thanks", quote="gt", cte="8bit",
        text="""Hola Solène,

¡Gracias a ti! Al equipo le gustó mucho la conversación.

El siguiente paso sería una jornada de prueba en nuestra oficina de Zaragoza (calle del
Coso 98) el martes 4 de agosto, de 9:00 a 14:00. Trabajarás con el equipo en el guion de un
curso corto y al final nos lo presentas. Te pagamos el viaje desde Grenoble.

¿Te encaja esa fecha?

Un abrazo,
Jorge
""",
    ),
    spec(
        key="ebro_inv", kind="interview_invitation", lang="es", company="Fundación Ebro Formación",
        contact="lucia.sanjuan@ebroformacion.example.es",
        frm=("Lucía Sanjuán", "lucia.sanjuan@ebroformacion.example.es"),
        name_enc=("iso-8859-1", "q"),
        date="2026-07-09 09:27 +0200",
        subject="Entrevista - Diseñadora instruccional",
        charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q"),
        text="""Estimada Solène:

Hemos revisado tu candidatura para el puesto de diseñadora instruccional y nos gustaría
mantener una entrevista contigo.

Te proponemos el jueves 16 de julio a las 12:00 por Teams. Participaremos la directora de
programas y yo. La entrevista será en castellano.

Quedo a la espera de tu confirmación.

Un saludo,
Lucía Sanjuán
Fundación Ebro Formación
""",
    ),
    spec(
        key="delicias_inv", kind="interview_invitation", lang="es", company="Logística Delicias",
        contact="raul.lacasa@tempora-ett.example.es",
        frm=("Raúl Lacasa", "raul.lacasa@tempora-ett.example.es"),
        date="2026-08-25 13:02 +0200",
        subject="Entrevista con Logística Delicias - formadora de almacén",
        text="""Hola Solène,

Como hablamos por teléfono, te he presentado a Logística Delicias para el puesto de
formadora de nuevos operarios en su plataforma de Plaza.

Quieren hacerte una entrevista presencial el martes 1 de septiembre a las 9:00 en sus
oficinas (Calle Bari 25, PLAZA). Pregunta en recepción por Ana Royo.

Confírmame si puedes ir.

Raúl Lacasa
Tempora ETT Zaragoza
""",
    ),
]

RESCHEDULES = [
    spec(
        key="didacto_resched", kind="interview_reschedule_or_cancel", lang="fr",
        company="Didacto", contact="margaux.lefevre@didacto.example.fr", frm=DIDACTO_MARGAUX,
        date="2026-01-26 18:31 +0100",
        subject="RE: Didacto – entretien pour le poste d'Ingénieure pédagogique",
        parent="didacto_own_accept", quote="gt",
        text="""Bonjour Solène,

Je suis désolée de devoir modifier notre rendez-vous : Thomas sera en déplacement chez un
client mercredi. Pourriez-vous plutôt le lundi 2 février à 14h00 ? L'invitation mise à jour
est jointe, le lien de visio reste le même.

Merci de votre compréhension,
Margaux
""",
        ics=spec(method="REQUEST", uid="entretien-2026-014@didacto.example.fr", seq=1,
                 stamp="20260126T173100Z", start="20260202T140000", end="20260202T144500",
                 summary="Entretien Solène Marchetti-Baudry / Didacto (nouvel horaire)",
                 location="Visio - https://meet.didacto.example.fr/solene-mb",
                 organizer=DIDACTO_MARGAUX),
    ),
    spec(
        key="hydrelia_resched", kind="interview_reschedule_or_cancel", lang="fr",
        company="Hydrelia", contact="julien.besson@hydrelia.example.fr", frm=HYDRELIA_JULIEN,
        date="2026-06-19 11:57 +0200",
        subject="Mis à jour : entretien - Ingénieur(e) pédagogique digital (Réf. HYD-2026-331)",
        html="outlook",
        text="""Bonjour Madame Marchetti-Baudry,

En raison d'une contrainte d'agenda de Mme Dumas-Ferrand, nous devons décaler votre entretien
du mardi 23 juin au jeudi 25 juin 2026, de 10h00 à 11h00, au même endroit.

L'invitation a été mise à jour en conséquence. Je vous prie de nous excuser pour ce
changement et vous remercie de me confirmer que ce nouvel horaire vous convient.

Cordialement,
Julien Besson
Chargé de recrutement – Hydrelia
""",
        ics=spec(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000HYD331",
                 seq=1, stamp="20260619T095700Z", start="20260625T100000",
                 end="20260625T110000",
                 summary="Entretien Ingénieur(e) pédagogique digital - S. Marchetti-Baudry",
                 location="Hydrelia Grenoble - Bâtiment B", organizer=HYDRELIA_JULIEN),
    ),
    spec(
        key="hydrelia_resched2", kind="interview_reschedule_or_cancel", lang="fr",
        company="Hydrelia", contact="julien.besson@hydrelia.example.fr", frm=HYDRELIA_JULIEN,
        date="2026-07-10 15:03 +0200",
        subject="Centre d'évaluation : changement de date et de lieu",
        cte="8bit",
        text="""Bonjour Solène,

Petit changement concernant le centre d'évaluation : il est déplacé au mardi 21 juillet,
toujours de 9h00 à 13h00, et se tiendra finalement à Grenoble (17 rue Félix Esclangon) et non
à Lyon. Cela vous évitera le déplacement.

Votre candidature suit son cours normalement ; merci de me confirmer votre présence.

Bien cordialement,
Julien Besson
Hydrelia – DRH
""",
    ),
    spec(
        key="nevea_cancel", kind="interview_reschedule_or_cancel", lang="fr", company="Névéa",
        contact="chloe.abry@nevea.example.fr",
        frm=("Chloé Abry", "chloe.abry@nevea.example.fr"),
        date="2026-03-04 08:26 +0100",
        subject="Annulé : Entretien Névéa – S. Marchetti-Baudry",
        name_enc=("iso-8859-1", "q"), subj_enc=("utf-8", "q"),
        text="""Bonjour Solène,

Je suis contrainte d'annuler notre entretien du lundi 9 mars : notre responsable de
l'Académie sera retenu sur le salon professionnel à Munich toute la semaine.

Votre candidature reste bien entendu à l'étude. Je reviens vers vous d'ici quelques jours
avec une nouvelle date.

Toutes mes excuses,
Chloé Abry
""",
        ics=spec(method="CANCEL", uid="nevea-itw-0309-smb@nevea.example.fr", seq=1,
                 stamp="20260304T072600Z", start="20260309T143000", end="20260309T153000",
                 summary="Entretien Névéa – S. Marchetti-Baudry",
                 location="Névéa, Annecy-le-Vieux",
                 organizer=("Chloé Abry", "chloe.abry@nevea.example.fr")),
    ),
    spec(
        key="cci_resched", kind="interview_reschedule_or_cancel", lang="fr",
        company="CCI Belledonne", contact="herve.jacquemoud@cci-belledonne.example.fr",
        frm=("JACQUEMOUD Hervé", "herve.jacquemoud@cci-belledonne.example.fr"),
        name_enc=("iso-8859-1", "q"),
        date="2026-05-12 14:40 +0200",
        subject="Report du jury - Responsable pédagogique Campus CCI",
        charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q"),
        text="""Madame,

Un membre du jury étant indisponible le 19 mai, nous sommes contraints de reporter votre
passage. Il aura lieu le jeudi 28 mai 2026 à 14h30, même lieu (salle Chartreuse).

Le reste de la convocation est inchangé. Merci de me confirmer votre disponibilité.

Hervé Jacquemoud
Responsable des ressources humaines - CCI Belledonne
""",
    ),
    spec(
        key="lemanis_resched", kind="interview_reschedule_or_cancel", lang="fr",
        company="Lémanis Formation", contact="nadia.berthoud@lemanis.example.ch",
        frm=("Nadia Berthoud", "nadia.berthoud@lemanis.example.ch"),
        date="2026-04-24 09:15 +0200",
        subject="Re: Entretien vidéo – Lémanis Formation",
        parent="lemanis_own_resched", quote="gt",
        text="""Bonjour Solène,

Pas de problème. Je déplace notre entretien au mardi 28 avril à 16h30 (heure de Genève),
même lien vidéo. Vous recevrez une nouvelle confirmation automatique.

Bonne journée,
Nadia
""",
    ),
    spec(
        key="alpinterim_resched", kind="interview_reschedule_or_cancel", lang="fr",
        company="Alpintérim", contact="emilie.garnier@alpinterim.example.fr",
        frm=("Émilie Garnier - Alpintérim Grenoble", "emilie.garnier@alpinterim.example.fr"),
        name_enc=("utf-8", "q"),
        date="2026-02-03 17:45 +0100",
        subject="Re: Votre inscription chez Alpintérim - rendez-vous",
        parent="alpinterim_inv", quote="gt", cte="base64",
        text="""Bonjour Solène,

Petit contretemps de mon côté : je serai en formation jeudi matin. Je vous propose de
décaler notre rendez-vous au vendredi 6 février à 9h00, même adresse.

Merci et à vendredi,
Émilie
""",
    ),
    spec(
        key="sabauda_resched", kind="interview_reschedule_or_cancel", lang="en",
        company="Sabauda Digital Academy",
        contact="giulia.ferraris@sabauda-academy.example.it",
        frm=("Giulia Ferraris", "giulia.ferraris@sabauda-academy.example.it"),
        date="2026-03-13 08:52 +0100",
        subject="Re: Video call - Friday",
        text="""Hi Solène,

I'm so sorry, but I have to move our call booked for Friday at 11:00 - I've been pulled into
an all-day workshop with a client. Could we do Monday 16 March at 11:00 instead? Same link.

Apologies for the late notice!

Giulia
""",
    ),
    spec(
        key="northlake_resched", kind="interview_reschedule_or_cancel", lang="en",
        company="Northlake Learning", contact="priya.raman@northlake.example.ch",
        frm=("Priya Raman", "priya.raman@northlake.example.ch"),
        date="2026-08-06 19:40 +0200",
        subject="Your interview on Friday - new time",
        html="auto", brand="Northlake Learning",
        text="""Hi Solène,

Our Head of Content has a conflict on Friday afternoon, so we need to move your interview.
The new time is Monday 10 August at 09:30 (Geneva time). Your calendar invite has been
updated - no need to rebook.

Sorry for the change, and see you on Monday.

Priya
""",
    ),
    spec(
        key="bluecrest_postpone", kind="interview_reschedule_or_cancel", lang="en",
        company="Bluecrest Learning", contact="tom.whitcombe@bluecrest.example.ch",
        frm=("Tom Whitcombe", "tom.whitcombe@bluecrest.example.ch"),
        date="2026-05-18 17:22 +0200",
        subject="RE: Bluecrest Learning - video screen",
        parent="bluecrest_inv", quote="outlook", html="outlook",
        text="""Hi Solène,

I need to postpone our video screen planned for Thursday. The hiring manager is reviewing the
scope of the role with leadership this week, and we'd rather wait until that is settled
before continuing interviews.

I'll be back in touch as soon as I have an update and we'll find a new slot then.

Best,
Tom
""",
    ),
    spec(
        key="lernfabrik_resched", kind="interview_reschedule_or_cancel", lang="de",
        company="Lernfabrik München", contact="katrin.obermaier@lernfabrik.example.de",
        frm=("Katrin Obermaier", "katrin.obermaier@lernfabrik.example.de"),
        date="2026-04-16 16:05 +0200",
        subject="Terminverschiebung: Kennenlerngespräch am 21.04.",
        text="""Liebe Frau Marchetti-Baudry,

leider muss ich unser Gespräch am Dienstag verschieben, da Frau Sommer krankheitsbedingt
ausfällt. Wäre Ihnen Donnerstag, 23. April, um 14:00 Uhr recht? Der Link bleibt gleich.

Entschuldigen Sie bitte die Umstände.

Herzliche Grüße
Katrin Obermaier
People & Culture | Lernfabrik München
""",
    ),
    spec(
        key="isarwind_resched", kind="interview_reschedule_or_cancel", lang="de",
        company="Isarwind Energie", contact="florian.brandl@isarwind.example.de",
        frm=ISARWIND_FLORIAN,
        date="2026-07-03 12:18 +0200",
        subject="Aktualisiert: Einladung zum Vorstellungsgespräch: Trainerin Digitales Lernen",
        html="outlook", subj_enc=("utf-8", "b"),
        text="""Sehr geehrte Frau Marchetti-Baudry,

aufgrund einer kurzfristigen Terminüberschneidung in der Fachabteilung müssen wir Ihr
Vorstellungsgespräch verlegen. Neuer Termin: Montag, 13. Juli 2026, 13:30–15:00 Uhr, gleicher
Ort. Die Kalendereinladung wurde aktualisiert.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Florian Brandl
Recruiting | Isarwind Energie
""",
        ics=spec(method="REQUEST", uid="ISW-REC-2026-0708-SMB@isarwind.example.de", seq=2,
                 stamp="20260703T101800Z", start="20260713T133000", end="20260713T150000",
                 tz="Europe/Berlin", summary="Vorstellungsgespräch Marchetti-Baudry",
                 location="Arnulfstraße 60, München, Haus C", organizer=ISARWIND_FLORIAN),
    ),
    spec(
        key="alpenblick_resched", kind="interview_reschedule_or_cancel", lang="de",
        company="Alpenblick Akademie", contact="m.huber@wendelstein-pb.example.de",
        frm=("Maximilian Huber", "m.huber@wendelstein-pb.example.de"),
        date="2026-07-06 10:03 +0200",
        subject="Zweites Gespräch Alpenblick Akademie – neuer Termin",
        cte="8bit",
        text="""Hallo Frau Marchetti-Baudry,

Frau Dr. Leitner musste das zweite Gespräch am Mittwoch leider absagen (Prüfungswoche an der
Akademie). Sie schlägt stattdessen Dienstag, 14. Juli, 10:00 Uhr vor, diesmal vor Ort in
Garmisch. Das Verfahren läuft ansonsten unverändert weiter.

Können Sie das einrichten?

Viele Grüße
Maximilian Huber
""",
    ),
    spec(
        key="cierzo_resched", kind="interview_reschedule_or_cancel", lang="es",
        company="Aula Cierzo", contact="jorge.lasheras@aulacierzo.example.es",
        frm=("Jorge Lasheras", "jorge.lasheras@aulacierzo.example.es"),
        date="2026-07-08 20:10 +0200",
        subject="Cambio de hora entrevista viernes",
        text="""Hola Solène,

Te escribo porque el viernes a las 10:30 tengo una reunión con un cliente que no puedo mover.
¿Te vendría bien a las 16:00 del mismo día? El enlace de Meet sigue siendo el mismo.

Perdona el cambio.

Jorge Lasheras
Responsable de contenidos | Aula Cierzo
""",
    ),
    spec(
        key="ebro_resched", kind="interview_reschedule_or_cancel", lang="es",
        company="Fundación Ebro Formación", contact="lucia.sanjuan@ebroformacion.example.es",
        frm=("Lucía Sanjuán", "lucia.sanjuan@ebroformacion.example.es"),
        name_enc=("iso-8859-1", "q"),
        date="2026-07-13 08:41 +0200",
        subject="Aplazamos la entrevista del jueves",
        charset="iso-8859-1", cte="8bit",
        text="""Hola Solène:

Nuestra directora de programas tiene que viajar a Huesca el jueves, así que tenemos que
aplazar la entrevista. Te propongo el martes 21 de julio a las 12:00, también por Teams.

Disculpa las molestias.

Lucía
""",
    ),
]

MISSED = [
    spec(
        key="formavia_missed", kind="missed_interview_notice", lang="fr", company="Formavia",
        contact="sandrine.colomb@formavia.example.fr",
        frm=("Sandrine Colomb", "sandrine.colomb@formavia.example.fr"),
        date="2026-03-26 10:41 +0100",
        subject="Entretien de ce matin",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Madame Marchetti-Baudry,

Nous vous attendions ce matin à 10h00 pour votre entretien avec notre directrice
pédagogique, mais vous ne vous êtes pas présentée et nous n'avons pas réussi à vous joindre
par téléphone.

Pouvez-vous me recontacter pour m'indiquer ce qu'il s'est passé ?

Sandrine Colomb
Chargée de recrutement - Formavia
04 78 00 11 22
""",
    ),
    spec(
        key="alpinterim_missed", kind="missed_interview_notice", lang="fr", company="Alpintérim",
        contact="emilie.garnier@alpinterim.example.fr",
        frm=("Émilie Garnier - Alpintérim Grenoble", "emilie.garnier@alpinterim.example.fr"),
        name_enc=("utf-8", "q"),
        date="2026-02-06 10:02 +0100",
        subject="Rendez-vous de ce matin à l'agence",
        cte="8bit",
        text="""Bonjour Solène,

Nous avions rendez-vous ce matin à 9h00 à l'agence pour votre inscription, et je ne vous ai
pas vue. Je vous ai laissé un message sur votre répondeur.

Si vous êtes toujours intéressée par nos missions, rappelez-moi pour fixer un nouveau
créneau.

Émilie Garnier
Alpintérim Grenoble – 04 76 00 87 65
""",
    ),
    spec(
        key="lemanis_missed", kind="missed_interview_notice", lang="fr",
        company="Lémanis Formation", contact="nadia.berthoud@lemanis.example.ch",
        frm=("Nadia Berthoud", "nadia.berthoud@lemanis.example.ch"),
        date="2026-05-04 14:52 +0200",
        subject="Deuxième entretien – nous n'avons pas pu vous joindre",
        html="auto", brand="Lémanis Formation",
        text="""Bonjour Solène,

Notre responsable pédagogique a essayé de vous appeler aujourd'hui à 14h00, à l'heure
convenue pour votre deuxième entretien, à deux reprises, sans succès.

J'imagine qu'il y a eu un empêchement. Si vous souhaitez poursuivre, voici deux créneaux :
mercredi 6 mai à 10h00 ou jeudi 7 mai à 15h00.

Bien cordialement,
Nadia Berthoud
""",
    ),
    spec(
        key="fier_missed", kind="missed_interview_notice", lang="fr",
        company="Laboratoires Fier", contact="marion.duclos@labo-fier.example.fr",
        frm=("Marion Duclos", "marion.duclos@labo-fier.example.fr"),
        date="2026-04-21 12:58 +0200",
        subject="Notre appel de 12h30",
        text="""Bonjour Solène,

J'ai tenté de vous appeler à 12h30 comme prévu, puis à 12h45, mais je suis tombée sur votre
messagerie. Peut-être un souci de numéro ?

Je peux vous rappeler jeudi à la même heure si cela vous arrange.

Marion Duclos
Laboratoires Fier
""",
    ),
    spec(
        key="serac_missed", kind="missed_interview_notice", lang="fr", company="Groupe Sérac",
        contact="b.morel@arvel-conseil.example.fr",
        frm=("Bastien Morel", "b.morel@arvel-conseil.example.fr"),
        date="2026-04-09 17:34 +0200",
        subject="Visio avec Mme Ravix (Groupe Sérac)",
        cte="quoted-printable",
        text="""Bonjour Solène,

Mme Ravix vient de m'appeler : elle vous a attendue dans la visio de 17h00 pendant un quart
d'heure, sans vous voir arriver. Avez-vous bien reçu le lien Teams que je vous ai envoyé
hier soir ?

Rappelez-moi dès que possible, je verrai si elle peut vous proposer un autre créneau.

Bastien
""" + signature("Bastien Morel", "Arvel Conseil", "06 71 42 18 09"),
    ),
    spec(
        key="northlake_missed", kind="missed_interview_notice", lang="en",
        company="Northlake Learning", contact="priya.raman@northlake.example.ch",
        frm=("Priya Raman", "priya.raman@northlake.example.ch"),
        date="2026-08-10 10:05 +0200",
        subject="We missed you this morning",
        text="""Hi Solène,

Our Head of Content and I waited on the video link for about 15 minutes this morning for
your 09:30 interview, but you didn't join. I hope everything is OK.

If something came up, just let me know and we can look at rebooking.

Best,
Priya
""",
    ),
    spec(
        key="monviso_missed", kind="missed_interview_notice", lang="en",
        company="Monviso Outdoor", contact="",
        frm=("Monviso Outdoor Careers", "careers-monviso@icims.com"),
        date="2026-05-05 10:22 -0400",
        subject="Missed phone interview - Training Specialist (Ref. 4471)",
        html="auto", brand="MONVISO OUTDOOR",
        text="""Dear Solène,

Our recruiter attempted to call you today at 3:00 PM (CEST) for your scheduled phone
interview but was unable to reach you.

If you are still interested in the position, please select a new time in the candidate
portal within the next five days.

Sincerely,
Monviso Outdoor Talent Acquisition
""",
    ),
    spec(
        key="zeitwerk_missed", kind="missed_interview_notice", lang="de",
        company="Zeitwerk Personal", contact="s.gruber@zeitwerk-personal.example.de",
        frm=("Stefanie Gruber", "s.gruber@zeitwerk-personal.example.de"),
        date="2026-09-22 11:47 +0200",
        subject="Ihr Termin heute um 10:00 Uhr",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Guten Tag Frau Marchetti-Baudry,

leider sind Sie heute nicht zu unserem vereinbarten Vorstellungstermin um 10:00 Uhr in
unserer Niederlassung (Sonnenstraße 12, München) erschienen.

Bitte melden Sie sich kurz bei mir, falls Sie weiterhin Interesse an einem Einsatz als
Trainerin haben, damit wir einen neuen Termin vereinbaren können.

Freundliche Grüße
Stefanie Gruber
Personaldisponentin | Zeitwerk Personal München
Tel. 089 5000 2231
""",
    ),
    spec(
        key="delicias_missed", kind="missed_interview_notice", lang="es",
        company="Logística Delicias", contact="raul.lacasa@tempora-ett.example.es",
        frm=("Raúl Lacasa", "raul.lacasa@tempora-ett.example.es"),
        date="2026-09-01 10:14 +0200",
        subject="¿Qué ha pasado con la entrevista?",
        subj_enc=("utf-8", "b"),
        text="""Hola Solène,

Me acaba de llamar Ana Royo, de Logística Delicias: te estuvieron esperando a las 9:00 para
la entrevista y no llegaste. Te he llamado dos veces al móvil.

Dime algo cuando puedas, a ver si consigo otra fecha con ellos.

Raúl
Tempora ETT
""",
    ),
    spec(
        key="mallen_missed", kind="missed_interview_notice", lang="es",
        company="Mallén Talent", contact="irene.bona@mallentalent.example.es",
        frm=("Irene Bona", "irene.bona@mallentalent.example.es"),
        date="2026-09-24 17:20 +0200",
        subject="Nuestra llamada de hoy",
        html="outlook",
        text="""Hola Solène,

Te he llamado a las 16:00, tal como habíamos quedado para la entrevista telefónica sobre el
puesto de responsable de formación online, pero no he podido localizarte.

¿Te parece si lo intentamos mañana a la misma hora?

Un saludo,
Irene Bona
Mallén Talent
""",
    ),
]

MESSAGES = INVITATIONS + RESCHEDULES + MISSED
