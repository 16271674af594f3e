"""Threads of corpus 328: one employer's mail from acknowledgement to answer, with the
candidate's own replies in between (those are `other`)."""

from __future__ import annotations

from msgs328_common import ME, Spec, m

SPECS: list[Spec] = []
add = SPECS.append

# ------------------------------------------------------------------ A: Armorique Numérique (ESN)
AN = "Armorique Numérique"
SOLENN = ("Solenn Kerhervé", "solenn.kerherve@armorique-numerique.example.fr")
MAELLE = ("Maëlle Guillou", "maelle.guillou@armorique-numerique.example.fr")

add(m("an_ack", "application_received", "fr", "2026-08-17 09:04 +0000",
      ("Armorique Numérique", "notifications@armoriquenumerique.recruitee.com"),
      "Votre candidature – Technicien support N1/N2 (H/F) – Rennes",
      """Bonjour Gaëtan,

Merci pour l'intérêt que vous portez à Armorique Numérique !

Nous avons bien reçu votre candidature au poste de Technicien support N1/N2 (H/F) basé à Rennes. Notre équipe recrutement étudie chaque dossier avec attention et reviendra vers vous dans les prochaines semaines.

En attendant, découvrez nos engagements et la vie de nos équipes sur notre page carrières.

À bientôt,
L'équipe Talents d'Armorique Numérique

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
      company=AN, fmt="alt", brand="Armorique Numérique · Carrières",
      subj_enc=("utf-8", "Q"), headers=[("X-Mailer", "Recruitee")]))

add(m("an_invite1", "interview_invitation", "fr", "2026-08-24 14:37 +0200", SOLENN,
      "Armorique Numérique : échange téléphonique pour le poste de technicien support",
      """Bonjour Gaëtan,

Votre parcours de technicien son et votre reconversion vers le support informatique ont retenu notre attention.

Je vous propose un premier échange téléphonique d'une trentaine de minutes le jeudi 27 août à 10h30. Je vous appellerai au numéro indiqué sur votre CV. Vous trouverez une invitation dans votre agenda.

Si ce créneau ne vous convient pas, indiquez-moi simplement vos disponibilités.

Bien cordialement,

Solenn Kerhervé
Chargée de recrutement
Armorique Numérique
12 rue de la Motte-Brûlon, 35700 Rennes
02 99 00 41 27""",
      company=AN, contact=SOLENN[1], name_enc=("iso-8859-1", "Q"),
      ics={"uid": "an-2026-0827-gaetan@armorique-numerique.example.fr", "seq": 0,
           "start": "20260827T103000", "end": "20260827T110000",
           "summary": "Échange téléphonique – Gaëtan Le Bihan-Moreau / Armorique Numérique",
           "location": "Téléphone"}))

add(m("an_confirm", "other", "fr", "2026-08-24 18:02 +0200", ME,
      "Re: Armorique Numérique : échange téléphonique pour le poste de technicien support",
      """Bonjour Solenn,

Merci pour votre message. Le jeudi 27 août à 10h30 me convient très bien, je serai joignable au 06 12 00 48 73.

Bonne soirée,
Gaëtan""",
      to=SOLENN, parent="an_invite1", quote="fr"))

add(m("an_move", "interview_reschedule_or_cancel", "fr", "2026-08-26 08:51 +0200", SOLENN,
      "RE: Armorique Numérique : échange téléphonique pour le poste de technicien support",
      """Bonjour Gaëtan,

Je suis désolée, un imprévu m'oblige à décaler notre échange de demain. Pouvons-nous le déplacer au vendredi 28 août à 14h00 ? L'invitation est mise à jour.

Merci de votre compréhension,
Solenn""",
      company=AN, contact=SOLENN[1], parent="an_confirm", quote="outlook_fr",
      name_enc=("utf-8", "B"),
      ics={"uid": "an-2026-0827-gaetan@armorique-numerique.example.fr", "seq": 1,
           "start": "20260828T140000", "end": "20260828T143000",
           "summary": "Échange téléphonique – Gaëtan Le Bihan-Moreau / Armorique Numérique",
           "location": "Téléphone"}))

add(m("an_invite2", "interview_invitation", "fr", "2026-09-01 11:20 +0200", SOLENN,
      "Entretien technique – Armorique Numérique – 8 septembre",
      """Bonjour Gaëtan,

Suite à notre échange de vendredi, j'ai le plaisir de vous convier à un entretien technique avec Yannick Le Floch, responsable du centre de services, et moi-même :

- mardi 8 septembre 2026 à 9h30
- dans nos locaux : 12 rue de la Motte-Brûlon, Rennes (2e étage, accueil)
- durée : environ 1h15, dont une mise en situation sur un incident réseau

Merci de me confirmer votre présence.

Bien à vous,

Solenn Kerhervé
Chargée de recrutement – Armorique Numérique
02 99 00 41 27""",
      company=AN, contact=SOLENN[1], charset="windows-1252", cte="quoted-printable"))

add(m("an_thanks", "other", "fr", "2026-09-08 17:45 +0200", ME,
      "Merci pour l'entretien de ce matin",
      """Bonjour Solenn, bonjour Yannick,

Merci pour le temps que vous m'avez accordé ce matin et pour la visite du centre de services. La mise en situation sur la panne de commutateur m'a beaucoup plu et m'a conforté dans mon projet.

Je reste à votre disposition pour toute information complémentaire.

Cordialement,
Gaëtan Le Bihan-Moreau
06 12 00 48 73""",
      to=SOLENN, cc=[("Yannick Le Floch", "yannick.lefloch@armorique-numerique.example.fr")]))

add(m("an_offer_verbal", "offer", "fr", "2026-09-15 16:10 +0200", SOLENN,
      "Re: Merci pour l'entretien de ce matin",
      """Bonjour Gaëtan,

Comme je vous l'ai annoncé au téléphone tout à l'heure, nous avons le plaisir de vous proposer le poste de Technicien support N1/N2 en CDI, à Rennes, avec une rémunération annuelle brute de 27 500 € et une prise de poste souhaitée le 5 octobre.

Maëlle Guillou, de l'équipe RH, vous enverra la promesse d'embauche d'ici quelques jours.

Toute l'équipe se réjouit de vous accueillir !

Solenn""",
      company=AN, contact=SOLENN[1], parent="an_thanks", quote="fr", fmt="alt",
      brand=""))

add(m("an_offer_letter", "offer", "fr", "2026-09-17 10:03 +0200", MAELLE,
      "Promesse d'embauche – Gaëtan Le Bihan-Moreau",
      """Bonjour Monsieur Le Bihan-Moreau,

Faisant suite à votre entretien, vous trouverez ci-joint votre promesse d'embauche pour le poste de Technicien support N1/N2 (CDI, statut ETAM), prise de poste le 5 octobre 2026.

Merci de nous la retourner datée et signée avant le 25 septembre. Je reste disponible pour toute question sur la mutuelle ou les tickets restaurant.

Cordialement,

Maëlle Guillou
Gestionnaire RH
Armorique Numérique – 12 rue de la Motte-Brûlon – 35700 Rennes

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.""",
      company=AN, contact=MAELLE[1], name_enc=("windows-1252", "B"),
      attach=[("Promesse_d_embauche_Le_Bihan-Moreau.pdf",
               ["Armorique Numerique - Promesse d'embauche",
                "Poste : Technicien support N1/N2 (CDI)",
                "Lieu : Rennes - Prise de poste : 5 octobre 2026",
                "Remuneration annuelle brute : 27 500 EUR"])]))

add(m("an_delay", "other", "fr", "2026-09-18 09:12 +0200", ME,
      "Re: Promesse d'embauche – Gaëtan Le Bihan-Moreau",
      """Bonjour Maëlle,

Merci pour l'envoi. J'ai un autre processus qui se termine début octobre ; serait-il possible de vous retourner le document signé le 7 octobre au plus tard ?

Bien cordialement,
Gaëtan Le Bihan-Moreau""",
      to=MAELLE, parent="an_offer_letter", quote="fr"))

# ------------------------------------------------------------------ B: Nexalink Télécom (telecom)
NX = "Nexalink Télécom"
HUGO = ("Hugo Tanguy", "hugo.tanguy@nexalink.example.fr")
CLEM = ("Clémence Jaouen", "clemence.jaouen@nexalink.example.fr")
WD = ("Nexalink Télécom", "nexalink@myworkday.com")

add(m("nx_ack", "application_received", "fr", "2026-08-25 06:12 -0700", WD,
      "Nexalink Télécom – Candidature reçue : Administrateur réseau junior (R-20417)",
      """Bonjour Gaëtan Le Bihan-Moreau,

Nous vous remercions de votre candidature pour le poste Administrateur réseau junior (R-20417) – Nantes.

Votre dossier a bien été transmis à notre équipe recrutement. Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.

En raison du grand nombre de candidatures, nous ne sommes pas en mesure de répondre individuellement à chaque candidat avant la fin de la phase de présélection.

Cordialement,
Nexalink Télécom – Talent Acquisition

Ceci est un message automatique, merci de ne pas y répondre.""",
      company=NX, fmt="html", brand="Nexalink Télécom", subj_enc=("utf-8", "B")))

add(m("nx_invite", "interview_invitation", "fr", "2026-09-02 10:31 +0200", WD,
      "Invitation à un entretien – Administrateur réseau junior",
      """Bonjour Gaëtan,

Votre candidature au poste d'Administrateur réseau junior a retenu notre attention. Je vous propose un entretien en visioconférence (Teams) avec le responsable de l'exploitation réseau :

Lundi 7 septembre 2026, 11h00 – 12h00

Le lien de connexion figure dans l'invitation jointe. Vous pouvez répondre directement à ce message pour toute question.

Hugo Tanguy
Talent Acquisition Partner – Nexalink Télécom""",
      company=NX, contact=HUGO[1], reply_to=HUGO,
      ics={"uid": "wd-R-20417-int1-7711@nexalink.example.fr", "seq": 0,
           "start": "20260907T110000", "end": "20260907T120000",
           "summary": "Entretien – Administrateur réseau junior (Nexalink)",
           "location": "Microsoft Teams", "organizer": HUGO}))

add(m("nx_ask_move", "other", "fr", "2026-09-02 21:16 +0200", ME,
      "Re: Invitation à un entretien – Administrateur réseau junior",
      """Bonjour Hugo,

Merci beaucoup pour cette invitation. Lundi 7 à 11h, je suis malheureusement en régie sur un concert (dernier contrat de mon ancien métier !). Serait-il possible de décaler au mardi 8 ou au mercredi 9 septembre, à n'importe quelle heure ?

Désolé pour ce contretemps,
Gaëtan""",
      to=HUGO, parent="nx_invite", quote="fr"))

add(m("nx_moved", "interview_reschedule_or_cancel", "fr", "2026-09-03 09:05 +0200", HUGO,
      "RE: Invitation à un entretien – Administrateur réseau junior",
      """Bonjour Gaëtan,

Pas de souci. L'entretien est déplacé au mercredi 9 septembre à 15h00, même lien Teams. Vous allez recevoir l'invitation mise à jour.

Bonne journée,
Hugo""",
      company=NX, contact=HUGO[1], parent="nx_ask_move", quote="outlook_fr",
      ics={"uid": "wd-R-20417-int1-7711@nexalink.example.fr", "seq": 1,
           "start": "20260909T150000", "end": "20260909T160000",
           "summary": "Entretien – Administrateur réseau junior (Nexalink)",
           "location": "Microsoft Teams", "organizer": HUGO}))

add(m("nx_assess", "interview_invitation", "fr", "2026-09-14 12:40 +0200", HUGO,
      "Nexalink – journée d'évaluation le 22 septembre",
      """Bonjour Gaëtan,

Bonne nouvelle : l'équipe souhaite poursuivre avec vous. Nous organisons une demi-journée d'évaluation dans nos locaux de Nantes (5 boulevard de l'Estuaire) le mardi 22 septembre de 8h45 à 12h30 :

• un atelier pratique (configuration VLAN, diagnostic de liaison fibre) ;
• un entretien avec Anne-Laure Riou, manager exploitation ;
• une rencontre avec deux membres de l'équipe.

Pensez à apporter une pièce d'identité pour l'accueil. Merci de confirmer avant vendredi.

Hugo Tanguy
Talent Acquisition Partner
Nexalink Télécom
06 40 00 13 58""",
      company=NX, contact=HUGO[1], fmt="html", brand="", cte="quoted-printable"))

add(m("nx_offer", "offer", "fr", "2026-10-06 17:22 +0200", CLEM,
      "Proposition d'embauche – Administrateur réseau junior",
      """Bonjour Gaëtan,

À l'issue de notre processus de recrutement, nous sommes heureux de vous proposer le poste d'Administrateur réseau junior au sein de la direction des opérations de Nexalink Télécom, à Nantes.

Vous trouverez en pièce jointe notre proposition détaillée (CDI, 31 000 € bruts annuels, astreintes rémunérées, télétravail deux jours par semaine). Nous vous serions reconnaissants de nous faire part de votre décision avant le 13 octobre.

Avec nos sincères félicitations,

Clémence Jaouen
Responsable Ressources Humaines – Direction des opérations
Nexalink Télécom
5 boulevard de l'Estuaire – 44200 Nantes""",
      company=NX, contact=CLEM[1], cc=[HUGO], name_enc=("iso-8859-1", "B"),
      subj_enc=("windows-1252", "Q"),
      attach=[("Proposition_embauche_Nexalink.pdf",
               ["Nexalink Telecom - Proposition d'embauche",
                "Administrateur reseau junior - CDI - Nantes",
                "31 000 EUR bruts annuels - astreintes remunerees"])]))

add(m("nx_accept", "other", "fr", "2026-10-07 08:30 +0200", ME,
      "Re: Proposition d'embauche – Administrateur réseau junior",
      """Bonjour Clémence,

C'est avec une grande joie que j'accepte votre proposition. Je vous confirme une prise de poste au 2 novembre comme évoqué avec Hugo.

Merci à vous deux pour la qualité du processus.

Bien cordialement,
Gaëtan Le Bihan-Moreau""",
      to=CLEM, cc=[HUGO], parent="nx_offer", quote="fr"))

add(m("nx_ooo", "other", "fr", "2026-10-07 08:30 +0200", HUGO,
      "Réponse automatique : Re: Proposition d'embauche – Administrateur réseau junior",
      """Bonjour,

Je suis absent jusqu'au 12 octobre inclus, sans accès à mes messages. Pour toute urgence concernant un recrutement, vous pouvez contacter recrutement-urgent@nexalink.example.fr.

Hugo Tanguy""",
      to=ME, parent="nx_accept", headers=[("Auto-Submitted", "auto-replied"),
                                          ("X-Auto-Response-Suppress", "All")]))

add(m("nx_contract", "offer", "fr", "2026-10-14 11:48 +0200", CLEM,
      "Votre contrat de travail à signer – Nexalink Télécom",
      """Bonjour Gaëtan,

Comme convenu, voici votre contrat de travail (CDI) à signer électroniquement. Vous recevrez séparément un lien de signature ; le document est également joint pour lecture.

Votre prise de poste est confirmée le lundi 2 novembre 2026 à 9h00, au 5 boulevard de l'Estuaire.

Bien à vous,
Clémence Jaouen
Responsable RH – Nexalink Télécom""",
      company=NX, contact=CLEM[1], name_enc=("utf-8", "Q"), charset="windows-1252",
      cte="8bit",
      attach=[("Contrat_CDI_Le_Bihan-Moreau.pdf",
               ["CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
                "Entre Nexalink Telecom et M. Gaetan Le Bihan-Moreau",
                "Fonction : Administrateur reseau junior"])]))

add(m("an_decline", "other", "fr", "2026-10-08 10:05 +0200", ME,
      "Promesse d'embauche – réponse",
      """Bonjour Solenn, bonjour Maëlle,

Après beaucoup de réflexion, j'ai décidé d'accepter une autre proposition, plus proche de mon projet en administration réseau. Je tiens à vous remercier sincèrement pour votre confiance et pour la qualité de nos échanges.

J'espère que nos chemins se recroiseront.

Bien cordialement,
Gaëtan Le Bihan-Moreau""",
      to=SOLENN, cc=[MAELLE]))

# ------------------------------------------------------------------ C: hospital (fr)
CH = "Centre hospitalier Rance-Émeraude"
NATH = ("Nathalie Bourhis", "nathalie.bourhis@ch-rance-emeraude.example.fr")

add(m("ch_ack", "application_received", "fr", "2026-03-02 15:20 +0100", NATH,
      "Accusé de réception de votre candidature – Technicien informatique (réf. DSN-2026-07)",
      """Monsieur,

Nous accusons réception de votre candidature au poste de technicien informatique (réf. DSN-2026-07) à la Direction du système numérique et vous en remercions.

Votre dossier sera examiné par la commission de recrutement à la clôture des candidatures, le 13 mars. Vous serez informé de la suite réservée à votre demande.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Nathalie Bourhis
Direction des ressources humaines – Recrutement
Centre hospitalier Rance-Émeraude
Boulevard des Hautes-Landes, 35400 Saint-Malo
Tél. 02 99 00 62 14""",
      company=CH, contact=NATH[1], charset="windows-1252", cte="8bit"))

add(m("ch_invite", "interview_invitation", "fr", "2026-03-16 11:02 +0100", NATH,
      "Convocation à un entretien – Technicien informatique",
      """Monsieur,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien devant la commission de recrutement le jeudi 26 mars 2026 à 14h00, salle du conseil (bâtiment administratif, 1er étage).

Vous trouverez votre convocation en pièce jointe. Merci de vous présenter dix minutes avant l'heure muni d'une pièce d'identité, et de confirmer votre présence par retour de mail.

Nathalie Bourhis
Direction des ressources humaines
Centre hospitalier Rance-Émeraude""",
      company=CH, contact=NATH[1], charset="iso-8859-1", cte="quoted-printable",
      attach=[("Convocation_entretien.pdf",
               ["Centre hospitalier Rance-Emeraude - Convocation",
                "M. Gaetan Le Bihan-Moreau",
                "Entretien : jeudi 26 mars 2026 a 14h00, salle du conseil"])]))

add(m("ch_move", "interview_reschedule_or_cancel", "fr", "2026-03-19 09:40 +0100", NATH,
      "Report de votre entretien du 26 mars",
      """Monsieur,

En raison de l'indisponibilité d'un membre de la commission, l'entretien prévu le jeudi 26 mars est reporté au jeudi 2 avril 2026 à 10h30, même lieu.

Nous vous prions de nous excuser pour ce changement et vous remercions de bien vouloir nous confirmer votre disponibilité.

Nathalie Bourhis
DRH – Recrutement""",
      company=CH, contact=NATH[1], charset="windows-1252", cte="8bit", parent="ch_invite"))

add(m("ch_thanks", "other", "fr", "2026-04-02 16:31 +0200", ME,
      "Entretien du 2 avril – remerciements",
      """Madame Bourhis,

Je vous remercie, ainsi que les membres de la commission, pour l'entretien de ce matin. Les échanges sur la continuité de service des équipements biomédicaux m'ont particulièrement intéressé.

Je reste à votre disposition.

Respectueusement,
Gaëtan Le Bihan-Moreau""",
      to=NATH))

add(m("ch_reject", "rejection", "fr", "2026-04-14 10:15 +0200", NATH,
      "Suite donnée à votre candidature – Technicien informatique",
      """Monsieur,

Nous vous remercions de l'intérêt que vous avez porté à notre établissement et du temps consacré à l'entretien du 2 avril.

Après délibération, la commission a retenu la candidature d'un agent disposant d'une expérience hospitalière plus importante. Nous ne pouvons donc pas donner une suite favorable à votre demande.

Nous conservons votre dossier et ne manquerons pas de revenir vers vous si un poste correspondant à votre profil venait à se libérer.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Nathalie Bourhis
Direction des ressources humaines

--
Ce courriel et les documents qui lui sont joints peuvent contenir des informations couvertes par le secret médical ou professionnel. Toute diffusion non autorisée est interdite.""",
      company=CH, contact=NATH[1], charset="windows-1252", cte="quoted-printable",
      parent="ch_thanks", quote="outlook_fr"))

# ------------------------------------------------------------------ D: Sonian Broadcasting (en)
SB = "Sonian Broadcasting"
LOTTE = ("Lotte Vermeulen", "lotte.vermeulen@sonian.example.be")

add(m("sb_ack", "application_received", "en", "2026-02-09 08:14 -0500",
      ("Sonian Broadcasting", "no-reply@us.greenhouse-mail.io"),
      "Thank you for applying to Sonian Broadcasting",
      """Hi Gaëtan,

Thanks for your interest in Sonian Broadcasting! We have received your application for IT Support Technician – Studios & Playout (Brussels).

Our team reviews every application carefully. If your profile is a match, someone from our talent team will be in touch.

Best regards,
The Sonian Broadcasting Talent Team

Please do not reply to this email; this mailbox is not monitored.""",
      company=SB, fmt="alt", brand="Sonian Broadcasting"))

add(m("sb_invite", "interview_invitation", "en", "2026-02-18 16:03 +0100",
      ("Lotte Vermeulen via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Interview invitation: IT Support Technician – Studios & Playout",
      """Hi Gaëtan,

Thanks again for applying. I'd love to set up a 45-minute video interview with Pieter Claes, our Broadcast IT Lead, to talk about your background in live sound and your move into IT support.

Please pick a time that suits you here:
https://app.greenhouse.example/schedule/sonian/9f1c2e

Looking forward to speaking with you,
Lotte

Lotte Vermeulen | Talent Partner | Sonian Broadcasting
Reyerslaan 61, 1030 Brussels""",
      company=SB, contact=LOTTE[1], reply_to=LOTTE, fmt="html", brand=""))

add(m("sb_cancel", "interview_reschedule_or_cancel", "en", "2026-02-25 19:40 +0100",
      ("Lotte Vermeulen via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Canceled: Video interview – Sonian Broadcasting",
      """Hi Gaëtan,

I'm sorry for the short notice: Pieter is off sick and we need to cancel tomorrow's interview (Thursday 26 February, 10:00). Your application is still very much active, and I'll come back to you with new times within the next few days.

Apologies again,
Lotte""",
      company=SB, contact=LOTTE[1], reply_to=LOTTE, parent="sb_invite",
      ics={"uid": "gh-sonian-4471-gaetan@greenhouse.example", "seq": 1, "method": "CANCEL",
           "tz": "Europe/Brussels", "start": "20260226T100000", "end": "20260226T104500",
           "summary": "Video interview – Sonian Broadcasting", "organizer": LOTTE}))

add(m("sb_new", "interview_reschedule_or_cancel", "en", "2026-03-02 09:12 +0100", LOTTE,
      "New time for your interview with Sonian Broadcasting",
      """Hi Gaëtan,

Good news, Pieter is back. We've moved your interview to Wednesday 4 March at 14:30 (Brussels time), same video link. The updated invite is attached.

Best,
Lotte""",
      company=SB, contact=LOTTE[1], parent="sb_cancel",
      ics={"uid": "gh-sonian-4471-gaetan@greenhouse.example", "seq": 2,
           "tz": "Europe/Brussels", "start": "20260304T143000", "end": "20260304T151500",
           "summary": "Video interview – Sonian Broadcasting", "organizer": LOTTE}))

add(m("sb_thanks", "other", "en", "2026-03-04 17:58 +0100", ME,
      "Re: New time for your interview with Sonian Broadcasting",
      """Hi Lotte,

Thank you for arranging the call today, and please pass my thanks on to Pieter. It was great to hear how the playout team handles incidents during live shows; it's exactly where my sound background and my new IT skills meet.

Kind regards,
Gaëtan""",
      to=LOTTE, parent="sb_new", quote="en"))

add(m("sb_reject", "rejection", "en", "2026-03-20 11:26 +0100", LOTTE,
      "Re: New time for your interview with Sonian Broadcasting",
      """Hi Gaëtan,

Thank you for your patience and for the time you gave us. Pieter and I really enjoyed the conversation.

After a lot of discussion we have decided to move forward with a candidate whose experience more closely matches the on-call requirements of the role. This was not an easy decision, and I'd be happy to keep your details for future openings in our studio teams.

All the best with your next steps,
Lotte""",
      company=SB, contact=LOTTE[1], parent="sb_thanks", quote="en"))

# ------------------------------------------------------------------ E: conseil départemental (fr)
CD = "Conseil départemental du Layon"
SANDRINE = ("Sandrine Pichon", "sandrine.pichon@layon-departement.example.fr")

add(m("cd_ack", "application_received", "fr", "2026-04-20 07:02 +0200",
      ("Département du Layon – Emploi", "ne-pas-repondre@layon-departement.example.fr"),
      "Confirmation de dépôt de votre candidature – Offre n° 2026-0412",
      """Madame, Monsieur,

Votre candidature à l'offre n° 2026-0412 « Technicien support et réseaux (catégorie B) – Direction des systèmes d'information – Angers » a bien été enregistrée le 20/04/2026.

Elle sera étudiée par le service recrutement après la date limite de dépôt. Compte tenu du nombre important de candidatures, seules les personnes retenues pour un entretien seront contactées.

Le Département du Layon vous remercie de votre intérêt.

Ce courriel est généré automatiquement. Merci de ne pas y répondre.""",
      company=CD, charset="windows-1252", cte="quoted-printable",
      subj_enc=("windows-1252", "Q"), name_enc=("windows-1252", "Q")))

add(m("cd_invite", "interview_invitation", "fr", "2026-05-05 14:22 +0200", SANDRINE,
      "Entretien – Technicien support et réseaux (offre 2026-0412)",
      """Monsieur,

Votre candidature a retenu l'attention du jury. Je vous propose un entretien le mardi 19 mai 2026 à 14h00 à l'Hôtel du Département, 48 boulevard du Roi-René à Angers (bureau 2.14).

L'entretien durera environ 45 minutes et sera suivi d'un court questionnaire technique.

Merci de me confirmer votre venue.

Sandrine Pichon
Chargée de recrutement – Direction des ressources humaines
Conseil départemental du Layon
02 41 00 27 90""",
      company=CD, contact=SANDRINE[1]))

add(m("cd_missed", "missed_interview_notice", "fr", "2026-05-19 15:06 +0200", SANDRINE,
      "Votre entretien de 14h00",
      """Monsieur,

Nous vous attendions cet après-midi à 14h00 pour votre entretien et avons tenté de vous joindre à deux reprises sur votre portable, sans succès.

Si un empêchement vous a retenu, merci de me recontacter rapidement : le jury siège à nouveau le 21 mai et pourrait éventuellement vous recevoir.

Sandrine Pichon
Direction des ressources humaines""",
      company=CD, contact=SANDRINE[1], parent="cd_invite", charset="windows-1252"))

add(m("cd_sorry", "other", "fr", "2026-05-19 15:48 +0200", ME,
      "Re: Votre entretien de 14h00",
      """Madame Pichon,

Je suis vraiment désolé : mon TER Rennes–Angers a été supprimé ce matin et le car de substitution est arrivé avec plus d'une heure de retard. Mon téléphone n'avait plus de batterie, d'où mon silence.

Je serais très reconnaissant de pouvoir être reçu le 21 mai, à l'heure qui vous conviendra.

Avec toutes mes excuses,
Gaëtan Le Bihan-Moreau""",
      to=SANDRINE, parent="cd_missed", quote="fr"))

add(m("cd_invite2", "interview_invitation", "fr", "2026-05-20 09:17 +0200", SANDRINE,
      "Re: Votre entretien de 14h00",
      """Monsieur,

Le jury accepte de vous recevoir le jeudi 21 mai à 11h15, même adresse (bureau 2.14). Merci de confirmer par retour.

Cordialement,
Sandrine Pichon""",
      company=CD, contact=SANDRINE[1], parent="cd_sorry", quote="fr"))

add(m("cd_reject", "rejection", "fr", "2026-06-12 13:40 +0200", SANDRINE,
      "Offre 2026-0412 – suite de votre candidature",
      """Monsieur,

Je vous remercie d'être venu le 21 mai présenter votre candidature au poste de technicien support et réseaux.

Après examen de l'ensemble des entretiens, le jury a retenu un candidat déjà titulaire du grade de technicien territorial. J'ai le regret de vous informer que votre candidature n'a pas été retenue.

Je vous souhaite pleine réussite dans vos démarches.

Sandrine Pichon
Chargée de recrutement""",
      company=CD, contact=SANDRINE[1], fmt="alt", brand="Département du Layon"))

# ------------------------------------------------------------------ F: université (fr)
UL = "Université Loire-Océan"
PYG = ("Pierre-Yves Le Goff", "pierre-yves.legoff@univ-loire-ocean.example.fr")

add(m("ul_invite", "interview_invitation", "fr", "2026-03-10 12:05 +0100", PYG,
      "Candidature technicien réseau – DSIN",
      """Bonjour Monsieur Le Bihan-Moreau,

J'ai bien lu votre candidature pour le poste de technicien réseau contractuel à la DSIN (campus du Tertre). Votre expérience des réseaux audio sur IP (Dante) nous intéresse.

Pourriez-vous venir nous rencontrer le mercredi 18 mars à 9h00, bâtiment Censive, salle B112 ? Nous serons deux : moi-même et la responsable de l'équipe infrastructure.

Cordialement,
--
Pierre-Yves Le Goff
Responsable du pôle Réseaux et Télécoms – DSIN
Université Loire-Océan
Tél. 02 40 00 93 11""",
      company=UL, contact=PYG[1], cte="base64"))

add(m("ul_confirm", "other", "fr", "2026-03-10 13:44 +0100", ME,
      "Re: Candidature technicien réseau – DSIN",
      """Bonjour Monsieur Le Goff,

Je vous remercie pour votre retour. Je serai présent le mercredi 18 mars à 9h00, salle B112.

Cordialement,
Gaëtan Le Bihan-Moreau""",
      to=PYG, parent="ul_invite", quote="fr"))

add(m("ul_cancel", "interview_reschedule_or_cancel", "fr", "2026-03-17 18:22 +0100", PYG,
      "Re: Candidature technicien réseau – DSIN",
      """Bonjour,

En raison du mouvement social annoncé demain sur le campus, le bâtiment Censive sera fermé et nous devons annuler notre rendez-vous. Je reviens vers vous dès que possible pour fixer une nouvelle date.

Désolé pour ce contretemps.

P.-Y. Le Goff""",
      company=UL, contact=PYG[1], parent="ul_confirm", quote="fr"))

add(m("ul_reject", "rejection", "fr", "2026-04-08 09:51 +0200", PYG,
      "Poste de technicien réseau contractuel",
      """Bonjour Monsieur Le Bihan-Moreau,

Je reviens vers vous comme promis, mais malheureusement pas avec la nouvelle espérée : le poste de technicien réseau a finalement été pourvu en interne, par un agent de la DSIN en mobilité. Le recrutement externe est donc clos et nous ne pourrons pas reprogrammer notre entretien.

Je garde votre CV en tête pour les besoins de l'été (déploiement wifi des amphis) et vous souhaite bonne continuation.

Cordialement,
Pierre-Yves Le Goff""",
      company=UL, contact=PYG[1]))

# ------------------------------------------------------------------ G: intérim (fr)
AI = "Atlantique Intérim"
KARINE = ("Karine Mabon", "karine.mabon@atlantique-interim.example.fr")

add(m("ai_invite", "interview_invitation", "fr", "2026-06-01 10:12 +0200", KARINE,
      "Rendez-vous d'inscription – agence de Nantes",
      """Bonjour Gaëtan,

Suite à votre candidature sur notre site, je vous propose un rendez-vous d'inscription et de qualification à l'agence le mercredi 3 juin à 9h00 (22 quai de la Fosse, Nantes). Prévoir environ 1h : entretien, tests bureautiques et helpdesk.

Pensez à apporter : pièce d'identité, carte vitale, RIB, justificatif de domicile.

À mercredi,
Karine Mabon
Chargée de recrutement IT – Atlantique Intérim Nantes
02 40 00 55 12""",
      company=AI, contact=KARINE[1], fmt="alt", brand="Atlantique Intérim"))

add(m("ai_missed", "missed_interview_notice", "fr", "2026-06-03 10:02 +0200", KARINE,
      "Rendez-vous de ce matin",
      """Bonjour Gaëtan,

Je vous attendais ce matin à 9h00 pour votre inscription et j'ai essayé de vous appeler vers 9h30, sans réponse. J'espère que tout va bien.

Rappelez-moi quand vous pouvez pour fixer un autre rendez-vous, j'ai justement une mission helpdesk qui pourrait vous correspondre.

Karine""",
      company=AI, contact=KARINE[1], parent="ai_invite"))

add(m("ai_sorry", "other", "fr", "2026-06-03 12:20 +0200", ME,
      "Re: Rendez-vous de ce matin",
      """Bonjour Karine,

Toutes mes excuses, j'avais noté le rendez-vous le 10 juin dans mon agenda. Je peux passer à l'agence cet après-midi ou demain matin, selon ce qui vous arrange.

Gaëtan""",
      to=KARINE, parent="ai_missed", quote="fr"))

add(m("ai_contract", "offer", "fr", "2026-06-15 17:05 +0200", KARINE,
      "Contrat de mission à signer – Technicien helpdesk – Clinique du Tertre Rouge",
      """Bonjour Gaëtan,

Bonne nouvelle : la Clinique du Tertre Rouge a validé votre profil pour la mission de technicien helpdesk (remplacement de 3 mois, du 22 juin au 18 septembre, 35h, 14,20 €/h + IFM et ICCP).

Vous trouverez ci-joint votre contrat de mission. Merci de le signer et de me le renvoyer avant jeudi ; vous pouvez aussi le signer depuis votre espace intérimaire.

Belle mission !
Karine Mabon
Atlantique Intérim Nantes""",
      company="Clinique du Tertre Rouge", contact=KARINE[1],
      attach=[("Contrat_de_mission_CM-2026-1187.pdf",
               ["Atlantique Interim - Contrat de mission n. CM-2026-1187",
                "Entreprise utilisatrice : Clinique du Tertre Rouge",
                "Qualification : Technicien helpdesk - du 22/06 au 18/09/2026"])]))

# ------------------------------------------------------------------ H: Neckarwerk (de)
NW = "Neckarwerk IT-Services"
JANA = ("Jana Sommer", "jana.sommer@neckarwerk.example.de")

add(m("nw_ack", "application_received", "de", "2026-05-04 10:41 +0200",
      ("Neckarwerk IT-Services", "noreply@personio.de"),
      "Ihre Bewerbung als IT-Supporter (m/w/d) in Stuttgart",
      """Hallo Gaëtan,

vielen Dank für Ihre Bewerbung als IT-Supporter (m/w/d) bei der Neckarwerk IT-Services GmbH. Wir haben Ihre Unterlagen erhalten und werden sie zeitnah prüfen.

Wir melden uns bei Ihnen, sobald wir Ihre Bewerbung gesichtet haben. Das dauert in der Regel zwei bis drei Wochen.

Viele Grüße
Ihr Recruiting-Team der Neckarwerk IT-Services

Diese E-Mail wurde automatisch versendet.""",
      company=NW, fmt="html", brand="Neckarwerk IT-Services"))

add(m("nw_invite", "interview_invitation", "de", "2026-05-12 13:15 +0200",
      ("Jana Sommer | Neckarwerk IT-Services", "noreply@personio.de"),
      "Einladung zum Kennenlerngespräch",
      """Hallo Gaëtan,

Ihr Profil hat uns neugierig gemacht! Gerne würden wir Sie in einem ersten Videogespräch (ca. 45 Minuten) kennenlernen.

Termin: Dienstag, 19. Mai 2026, 10:00 Uhr
Ort: Microsoft Teams (der Link folgt mit der Kalendereinladung)
Gesprächspartner: Jana Sommer (Recruiting) und Timo Brenner (Teamleitung Service Desk)

Da die Stelle überwiegend auf Deutsch betreut wird, führen wir das Gespräch auf Deutsch; keine Sorge, wenn Ihnen einmal ein Wort fehlt.

Antworten Sie gern direkt auf diese E-Mail.

Beste Grüße
Jana Sommer
Talent Acquisition | Neckarwerk IT-Services GmbH
Heilbronner Straße 190, 70191 Stuttgart""",
      company=NW, contact=JANA[1], reply_to=JANA, cte="quoted-printable",
      ics={"uid": "personio-nw-88213@neckarwerk.example.de", "seq": 0, "tz": "Europe/Berlin",
           "start": "20260519T100000", "end": "20260519T104500",
           "summary": "Kennenlerngespräch IT-Supporter – Gaëtan Le Bihan-Moreau",
           "location": "Microsoft Teams", "organizer": JANA}))

add(m("nw_confirm", "other", "de", "2026-05-12 19:30 +0200", ME,
      "Re: Einladung zum Kennenlerngespräch",
      """Hallo Frau Sommer,

vielen Dank für die Einladung. Der Termin am 19. Mai um 10:00 Uhr passt mir gut. Ich freue mich auf das Gespräch, auch wenn mein Deutsch noch etwas eingerostet ist.

Viele Grüße
Gaëtan Le Bihan-Moreau""",
      to=JANA, parent="nw_invite", quote="de"))

add(m("nw_move", "interview_reschedule_or_cancel", "de", "2026-05-15 08:47 +0200", JANA,
      "AW: Einladung zum Kennenlerngespräch",
      """Hallo Herr Le Bihan-Moreau,

leider muss Timo Brenner am Dienstag kurzfristig zu einem Kunden. Können wir das Gespräch auf Donnerstag, 21. Mai, 14:00 Uhr verschieben? Die Einladung im Kalender habe ich bereits angepasst.

Entschuldigen Sie die Umstände!

Viele Grüße
Jana Sommer""",
      company=NW, contact=JANA[1], parent="nw_confirm", quote="outlook_de",
      charset="iso-8859-1", cte="8bit",
      ics={"uid": "personio-nw-88213@neckarwerk.example.de", "seq": 1, "tz": "Europe/Berlin",
           "start": "20260521T140000", "end": "20260521T144500",
           "summary": "Kennenlerngespräch IT-Supporter – Gaëtan Le Bihan-Moreau",
           "location": "Microsoft Teams", "organizer": JANA}))

add(m("nw_offer", "offer", "de", "2026-06-02 16:20 +0200", JANA,
      "Ihr Vertragsangebot – IT-Supporter (m/w/d)",
      """Hallo Herr Le Bihan-Moreau,

wie heute Vormittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als IT-Supporter (m/w/d) in unserem Service Desk in Stuttgart anzubieten.

Im Anhang finden Sie unser Vertragsangebot (unbefristet, 40 Stunden, 44.000 € brutto jährlich, Start 1. Juli 2026). Bitte geben Sie uns bis zum 9. Juni Bescheid, ob Sie das Angebot annehmen.

Wir würden uns sehr freuen, Sie im Team begrüßen zu dürfen!

Beste Grüße
Jana Sommer
Talent Acquisition
Neckarwerk IT-Services GmbH | Heilbronner Straße 190 | 70191 Stuttgart
Geschäftsführer: Ralf Kümmerle | Amtsgericht Stuttgart HRB 000000""",
      company=NW, contact=JANA[1], charset="windows-1252", subj_enc=("windows-1252", "Q"),
      attach=[("Vertragsangebot_Le_Bihan-Moreau.pdf",
               ["Neckarwerk IT-Services - Vertragsangebot",
                "IT-Supporter (m/w/d), unbefristet, Start 01.07.2026"])]))

add(m("nw_decline", "other", "de", "2026-06-05 11:02 +0200", ME,
      "Re: Ihr Vertragsangebot – IT-Supporter (m/w/d)",
      """Hallo Frau Sommer,

herzlichen Dank für das Angebot und das Vertrauen. Nach langem Überlegen habe ich mich entschieden, aus familiären Gründen vorerst in Frankreich zu bleiben, und muss das Angebot deshalb leider ablehnen.

Es tut mir sehr leid, denn das Team hat mir sehr gefallen. Ich hoffe, wir bleiben in Kontakt.

Mit freundlichen Grüßen
Gaëtan Le Bihan-Moreau""",
      to=JANA, parent="nw_offer", quote="de"))

# ------------------------------------------------------------------ I: Levante Telecom (es)
LT = "Levante Telecom"
MARTA = ("Marta Ferrer Boix", "marta.ferrer@levantetelecom.example.es")

add(m("lt_ack", "application_received", "es", "2026-06-22 09:30 +0000",
      ("Levante Telecom", "noreply@smartrecruiters.com"),
      "Hemos recibido tu candidatura – Técnico/a de Redes N1 (Valencia)",
      """Hola Gaëtan:

¡Gracias por tu interés en Levante Telecom! Hemos recibido correctamente tu candidatura para la posición de Técnico/a de Redes N1 en Valencia.

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo. Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil.

Un saludo,
Equipo de Talento – Levante Telecom""",
      company=LT, fmt="html", brand="Levante Telecom", subj_enc=("utf-8", "B")))

add(m("lt_invite", "interview_invitation", "es", "2026-07-01 12:10 +0200", MARTA,
      "Entrevista – Técnico/a de Redes N1",
      """Hola Gaëtan:

Soy Marta, del equipo de Talento de Levante Telecom. Nos ha gustado mucho tu perfil y queremos conocerte en una videollamada de unos 40 minutos.

Te propongo el miércoles 8 de julio a las 10:00 (hora de Madrid) por Google Meet. Te envío la invitación al calendario.

¿Te viene bien? Si no, dime un par de huecos esa semana.

Un saludo,
Marta Ferrer Boix
Talent Acquisition · Levante Telecom
Av. de les Corts Valencianes 58, 46015 València""",
      company=LT, contact=MARTA[1], name_enc=("utf-8", "B"),
      ics={"uid": "lt-redes-n1-0708-gaetan@levantetelecom.example.es", "seq": 0,
           "tz": "Europe/Madrid", "start": "20260708T100000", "end": "20260708T104000",
           "summary": "Entrevista Técnico/a de Redes N1 – Levante Telecom",
           "location": "Google Meet", "organizer": MARTA}))

add(m("lt_missed", "missed_interview_notice", "es", "2026-07-08 10:24 +0200", MARTA,
      "¿Todo bien? Te esperábamos en la videollamada",
      """Hola Gaëtan:

Te hemos estado esperando en la videollamada de las 10:00 con Jordi, nuestro responsable de operaciones de red, pero no te has conectado. También te he llamado al móvil sin éxito.

Si ha habido algún problema, escríbeme y vemos si podemos buscar otro momento.

Un saludo,
Marta""",
      company=LT, contact=MARTA[1], parent="lt_invite", quote="es", charset="iso-8859-1"))

add(m("lt_sorry", "other", "es", "2026-07-08 11:05 +0200", ME,
      "Re: ¿Todo bien? Te esperábamos en la videollamada",
      """Hola Marta:

Lo siento muchísimo. Pensaba que la hora de la invitación era la de París y me conecté a las 11:00… en realidad es la misma zona horaria, fue un error mío al apuntarlo. No tengo excusa.

Si fuera posible, estaría disponible cualquier día de esta semana o de la siguiente.

Un saludo y perdón otra vez,
Gaëtan""",
      to=MARTA, parent="lt_missed", quote="es"))

add(m("lt_invite2", "interview_invitation", "es", "2026-07-09 09:40 +0200", MARTA,
      "Re: ¿Todo bien? Te esperábamos en la videollamada",
      """Hola Gaëtan:

No te preocupes, nos pasa a todos. Jordi puede el lunes 13 de julio a las 16:00. Te envío de nuevo la invitación con el enlace de Meet.

Un saludo,
Marta""",
      company=LT, contact=MARTA[1], parent="lt_sorry", quote="es",
      ics={"uid": "lt-redes-n1-0713-gaetan@levantetelecom.example.es", "seq": 0,
           "tz": "Europe/Madrid", "start": "20260713T160000", "end": "20260713T164000",
           "summary": "Entrevista Técnico/a de Redes N1 – Levante Telecom",
           "location": "Google Meet", "organizer": MARTA}))

add(m("lt_offer", "offer", "es", "2026-07-24 13:55 +0200", MARTA,
      "Propuesta de incorporación – Levante Telecom",
      """Hola Gaëtan:

¡Enhorabuena! Tras las entrevistas con Jordi y con el equipo, nos encantaría que te incorporaras a Levante Telecom como Técnico de Redes N1 en nuestro NOC de Valencia.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, 26.000 € brutos anuales, jornada intensiva en agosto e incorporación el 1 de septiembre. Nos ayudaría mucho tener tu respuesta antes del 31 de julio.

Cualquier duda, aquí estoy.

Un abrazo,
Marta Ferrer Boix
Talent Acquisition · Levante Telecom""",
      company=LT, contact=MARTA[1], charset="windows-1252", cte="quoted-printable",
      attach=[("Carta_oferta_Levante_Telecom.pdf",
               ["Levante Telecom - Carta de oferta",
                "Tecnico de Redes N1 - contrato indefinido - 26.000 EUR brutos"])]))

# ------------------------------------------------------------------ J: Salève Connect (en)
SC = "Salève Connect"
NOOR = ("Noor Haddad", "noor.haddad@saleve-connect.example.ch")

add(m("sc_ack", "application_received", "en", "2026-04-07 03:15 -0400",
      ("Salève Connect Careers", "careers-noreply@icims.com"),
      "Salève Connect: we have received your application (Req. 2026-1182)",
      """Dear Gaëtan,

Thank you for applying for the position of Network Operations Technician (Req. 2026-1182) in Geneva.

This message confirms that your application has been received. Our recruiters review every application; due to the high volume we receive, we are unable to respond to each applicant individually unless your profile is shortlisted.

You can check the status of your application at any time in the Salève Connect careers portal.

Kind regards,
Salève Connect Talent Acquisition""",
      company=SC, fmt="alt", brand="Salève Connect", subj_enc=("utf-8", "Q")))

add(m("sc_invite", "interview_invitation", "en", "2026-04-15 10:44 +0200", NOOR,
      "Network Operations Technician – first interview",
      """Dear Gaëtan,

Thank you for your application to Salève Connect. We would like to invite you to a first interview via Zoom on Tuesday 21 April at 15:00 CET with myself and Raphaël Dunand, NOC Team Lead.

The conversation will be held in English and French, and will include a few questions on IP routing basics.

Could you please confirm your availability?

Best regards,
Noor Haddad
Senior Talent Acquisition Specialist
Salève Connect SA | Route des Acacias 24 | 1227 Geneva
+41 22 000 18 40""",
      company=SC, contact=NOOR[1], cte="base64"))

add(m("sc_reject", "rejection", "en", "2026-04-29 17:02 +0200", NOOR,
      "Your application with Salève Connect",
      """Dear Gaëtan,

Thank you for taking the time to meet with Raphaël and me last week.

We have now completed the first round of interviews. Unfortunately, we will not be moving forward with your application, as we have decided to focus on candidates with hands-on experience of carrier-grade routing.

We appreciate your interest in Salève Connect and wish you every success in your career change.

Kind regards,
Noor Haddad

This e-mail is confidential and may contain legally privileged information. If you are not the intended recipient, please notify the sender and delete it.""",
      company=SC, contact=NOOR[1], parent="sc_invite", fmt="alt", brand=""))

# ------------------------------------------------------------------ K: cabinet de recrutement (fr)
KC = "Kerlann Conseil"
ERWAN = ("Erwan Kerlann", "erwan@kerlann-conseil.example.fr")

add(m("kc_approach", "other", "fr", "2026-02-02 08:55 +0100", ERWAN,
      "Votre profil – reconversion IT",
      """Bonjour Gaëtan,

Je suis consultant en recrutement IT à Rennes. Votre profil LinkedIn – technicien son avec une certification CCNA en cours – m'a interpellé : mes clients cherchent de plus en plus des profils « terrain » capables de dialoguer avec les utilisateurs.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais je serais heureux de garder contact et de vous tenir informé des opportunités en support et réseau dans le Grand Ouest.

Belle journée,
Erwan Kerlann
Kerlann Conseil – Recrutement IT & Télécoms
06 70 00 31 84""",
      to=ME))

add(m("kc_reply", "other", "fr", "2026-02-02 12:31 +0100", ME,
      "Re: Votre profil – reconversion IT",
      """Bonjour Erwan,

Merci pour votre message, avec plaisir ! Je cherche un premier poste en support N1/N2 ou en exploitation réseau, idéalement à Rennes ou Nantes. Je vous joins mon CV à jour.

Bien à vous,
Gaëtan""",
      to=ERWAN, parent="kc_approach", quote="fr",
      attach=[("CV_Gaetan_Le_Bihan-Moreau.pdf",
               ["Gaetan Le Bihan-Moreau - Technicien support / reseau",
                "Rennes - 06 12 00 48 73",
                "CCNA (en cours), Dante Level 3, 12 ans de regie son"])]))

add(m("kc_call", "interview_invitation", "fr", "2026-02-11 17:40 +0100", ERWAN,
      "Poste de technicien support – un éditeur de logiciels rennais",
      """Bonjour Gaëtan,

Un de mes clients, éditeur de logiciels à Rennes (environ 120 personnes, je ne peux pas encore le nommer), recrute un technicien support N2 en CDI. Votre profil me semble coller.

Pouvons-nous en parler au téléphone vendredi 13 février à 12h30 ? Je vous présenterai le poste et, si vous êtes partant, je vous préparerai à l'entretien client.

Erwan""",
      company=KC, contact=ERWAN[1], parent="kc_reply", quote="fr"))

add(m("kc_reject", "rejection", "fr", "2026-02-27 11:03 +0100", ERWAN,
      "Retour de mon client",
      """Bonjour Gaëtan,

J'ai eu le retour de mon client ce matin : il a apprécié votre motivation mais a finalement choisi de ne pas donner suite, il privilégie un candidat ayant déjà travaillé sur leur logiciel métier.

Je suis désolé, je sais que vous y croyiez. Je garde votre dossier en priorité pour mes prochaines missions.

Erwan Kerlann
Kerlann Conseil""",
      company=KC, contact=ERWAN[1]))
