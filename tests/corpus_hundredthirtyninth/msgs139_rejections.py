"""Rejections of the hundredthirtyninth corpus, written one by one."""

from __future__ import annotations

from msgs139_common import (
    ALPINEX_WORKDAY,
    BIRSFELDEN_SF,
    CELLVIA_PERSONIO,
    GERLAND_TEAMTAILOR,
    LEMAN_NOTICE,
    LIFFEY_GREENHOUSE,
    MONTJUIC_SF,
    SANDFELD_SOFTGARDEN,
    Skin,
    m,
)

MESSAGES = [
    m("workday_soft_alpinex", "rejection", "fr",
      ("Alpinex Talent Acquisition", "alpinex@myworkday.com"),
      "Votre candidature – Regulatory Affairs Associate, Établissements (R-24517)",
      "2026-02-20 14:03", tz="UTC", struct="html", skin=ALPINEX_WORKDAY,
      company="Alpinex", body="""\
Bonjour Lucie,

Nous vous remercions de l'intérêt que vous portez à Alpinex et du temps consacré à votre candidature pour le poste de **Regulatory Affairs Associate – Établissements (R-24517)** à Meyrin.

Après un examen attentif de votre dossier, nous avons décidé de poursuivre le processus avec des candidat·e·s dont l'expérience correspond plus étroitement aux exigences actuelles du poste.

Sauf opposition de votre part, nous conserverons votre profil dans notre vivier de talents pendant douze mois. Vous pouvez à tout moment consulter nos autres opportunités.

[Voir nos offres](https://alpinex.wd3.myworkdayjobs.com/fr-CH/Alpinex_Careers)

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent Acquisition d'Alpinex
"""),

    m("after_interview_ldm", "rejection", "fr",
      ("Nathalie Roch", "n.roch@ldm.example.ch"),
      "RE: Entretien - Assistante affaires réglementaires (80-100 %)",
      "2026-03-13 16:40", mua="outlook", charset="iso-8859-1", cte="8bit",
      refs=["resched_ill_ldm", "<1F0C33B2-8E4A-4C51-A1D7-5D02B6E9A410@example.ch>"],
      company="Laboratoires Dubois-Mercier", contact="n.roch@ldm.example.ch", body="""\
Chère Madame Prévost-Nakashima,

Je reviens vers vous comme promis suite à votre entretien du 10 mars avec M. Dubois et Mme Schaller.

Nous avons beaucoup apprécié votre motivation ainsi que votre connaissance très concrète du terrain officinal. Après mûre réflexion, nous avons toutefois choisi de confier le poste à une personne qui a déjà mené de manière autonome des dossiers de variations auprès de Swissmedic. Le choix a été serré, et je tenais à vous le dire.

Si vous le souhaitez, je vous propose volontiers un court retour téléphonique sur votre entretien. Il vous suffit de me répondre avec deux ou trois créneaux qui vous conviennent.

Je vous souhaite plein succès pour la suite de vos démarches.

Meilleures salutations

Nathalie Roch | Responsable RH | Laboratoires Dubois-Mercier SA
Rue de la Servette 88 - 1202 Genève
T +41 22 555 41 90

De : Lucie Prévost-Nakashima <lucie.pn@example.ch>
Envoyé : mardi, 3 mars 2026 08:12
À : Nathalie Roch <n.roch@ldm.example.ch>
Objet : RE: Entretien - Assistante affaires réglementaires (80-100 %)

Bonjour Madame Roch,

Merci pour votre message. Le nouveau créneau du mardi 10 mars à 14h00 me convient parfaitement, je me réjouis de rencontrer M. Dubois et de poursuivre le processus.

Meilleures salutations
Lucie Prévost-Nakashima
"""),

    m("speculative_valbio", "rejection", "fr",
      ("Valbio Manufacturing – RH", "rh@valbio.example.ch"),
      "RE: Candidature spontanée – affaires réglementaires",
      "2026-01-21 10:05", mua="outlook", charset="windows-1252", cte="quoted-printable",
      refs=["<6A2E91D0-3B7C-4F12-9E05-C84D1A7B2E66@example.ch>"],
      company="Valbio Manufacturing", contact="rh@valbio.example.ch", body="""\
Madame,

Nous accusons réception de votre candidature spontanée et vous remercions de l’intérêt que vous portez à Valbio.

Nous n’avons malheureusement aucun poste vacant correspondant à votre profil au sein de notre département Qualité & Affaires réglementaires, et nous ne sommes pas en mesure de donner une suite favorable à votre démarche. Nous ne conservons pas les candidatures spontanées au-delà de la présente réponse ; nous vous invitons à consulter régulièrement nos annonces sur valbio.example.ch/emplois.

Si vous avez des questions, vous pouvez bien entendu nous écrire à cette adresse.

Avec nos meilleures salutations,

Ressources humaines
Valbio Manufacturing SA
Route de l’Industrie 17 – 1870 Monthey
rh@valbio.example.ch

-----Message d'origine-----
De : Lucie Prévost-Nakashima [mailto:lucie.pn@example.ch]
Envoyé : jeudi 8 janvier 2026 19:47
À : RH Valbio <rh@valbio.example.ch>
Objet : Candidature spontanée – affaires réglementaires

Madame, Monsieur,

Assistante en pharmacie CFC depuis huit ans à Lausanne, je souhaite aujourd’hui mettre mon expérience au service des affaires réglementaires. Votre site de Monthey et vos activités de fabrication à façon m’intéressent tout particulièrement.

Je serais ravie de convenir d’un entretien afin de vous présenter mon parcours. Vous trouverez mon CV en pièce jointe.

Avec mes meilleures salutations,
Lucie Prévost-Nakashima
079 555 12 34
"""),

    m("terse_iphone_regaxis", "rejection", "fr",
      ("Marc-Antoine Favre", "ma.favre@regaxis.example.ch"),
      "Re: Étude de cas – consultant(e) junior",
      "2026-04-02 19:52", mua="iphone", charset="utf-8", cte="8bit",
      refs=["invite_case_study_regaxis", "<D41B7A0E-2C9F-4E83-B6A1-0F3E5C7D9B21@example.ch>"],
      company="RegAxis Consulting", contact="ma.favre@regaxis.example.ch", body="""\
Bonsoir Lucie, merci pour la présentation de lundi mais on part sur un autre profil, plus senior. Bonne suite à vous.
MAF

Envoyé de mon iPhone

> Le 31 mars 2026 à 09:15, Lucie Prévost-Nakashima <lucie.pn@example.ch> a écrit :
>
> Bonjour Monsieur Favre,
>
> Je vous remercie encore pour l'étude de cas d'hier, un exercice très stimulant. Comme convenu, je vous joins mes notes sur le dossier de renouvellement. Je reste bien sûr disponible pour un second entretien si nécessaire.
>
> Belle journée,
> Lucie
>
>> Le 24 mars 2026 à 17:02, Marc-Antoine Favre <ma.favre@regaxis.example.ch> a écrit :
>>
>> Nous avons le plaisir de vous inviter à une étude de cas le lundi 30 mars à 10h00 dans nos bureaux.
>>
>> Marc-Antoine Favre
>> Senior Consultant | RegAxis Consulting Sàrl
>> Rue du Rhône 61, 1204 Genève
"""),

    m("filled_internally_leman", "rejection", "fr",
      ("Hôpitaux du Léman – Recrutement", "ne-pas-repondre@recrutement.hopitaux-leman.example.ch"),
      "Votre candidature n° HL-2026-0187",
      "2026-02-05 11:30", struct="alt", charset="utf-8", cte="base64",
      skin=LEMAN_NOTICE,
      company="Hôpitaux du Léman", body="""\
Madame Lucie Prévost-Nakashima,

Vous avez postulé au poste de **Chargé·e de dossiers réglementaires – Pharmacie centrale (60 %)**, référence HL-2026-0187.

Nous vous informons que ce poste a été pourvu à l'interne, par la mobilité d'une collaboratrice de notre institution. Le processus de recrutement externe est donc clos et votre candidature ne sera pas retenue.

Nous vous remercions sincèrement de votre intérêt et vous encourageons à consulter nos offres d'emploi, régulièrement mises à jour.

[Consulter les offres des Hôpitaux du Léman](https://emploi.hopitaux-leman.example.ch/offres)

Direction des ressources humaines
Hôpitaux du Léman
"""),

    m("agency_on_hold_alpestalents", "rejection", "fr",
      ("Sophie Zufferey", "sophie.zufferey@alpestalents.example.ch"),
      "Mandat Lémanic Vaccines – point de situation",
      "2026-05-19 17:25", mua="outlook", charset="utf-8", cte="quoted-printable",
      company="Lémanic Vaccines", contact="sophie.zufferey@alpestalents.example.ch", body="""\
Bonjour Madame Prévost-Nakashima,

Je me permets de revenir vers vous concernant le poste de Regulatory Affairs Officer chez notre client Lémanic Vaccines, à Épalinges, pour lequel je vous avais présentée fin avril.

Lémanic Vaccines vient de nous informer que le poste est mis en attente suite à une réorganisation de leur département CMC. Ils ne poursuivront pas ce recrutement et le mandat est clôturé de notre côté. Votre candidature ne peut donc malheureusement pas aller plus loin, et j'en suis vraiment désolée, car votre profil avait retenu l'attention du responsable.

Je garde bien entendu votre dossier actif chez nous et ne manquerai pas de vous recontacter dès qu'une opportunité en affaires réglementaires se présentera sur la Riviera ou à Lausanne.

Avec mes meilleures salutations,

Sophie Zufferey
Consultante senior – Life Sciences
Alpes Talents SA
Avenue de la Gare 10 | 1003 Lausanne
+41 21 555 38 12 | www.alpestalents.example.ch
"""),

    m("smartrecruiters_pharmalp", "rejection", "fr",
      ("Pharmalp Recrutement", "noreply@smartrecruiters.com"),
      "Pharmalp – Votre candidature pour Spécialiste Étiquetage & Artwork",
      "2026-01-29 07:58", tz="UTC", struct="html", cte="quoted-printable",
      skin=Skin(brand="Pharmalp", color="#6a1b9a", logo_alt="PHARMALP",
                logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/pharmalp.png",
                tracker="https://click.smartrecruiters.com/ls/click?upn=",
                pixel="https://click.smartrecruiters.com/wf/open?upn=Pharmalp9Zr2",
                footer=["Pharmalp SA · Rue de l'Industrie 40 · 1950 Sion",
                        "Cet e-mail vous a été envoyé par Pharmalp via SmartRecruiters.",
                        "[Gérer mes préférences](https://my.smartrecruiters.com/settings)"]),
      company="Pharmalp", body="""\
Bonjour Lucie,

Merci d'avoir postulé au poste de Spécialiste Étiquetage & Artwork chez Pharmalp.

Nous avons reçu un grand nombre de candidatures de qualité. Après étude de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour ce poste.

N'hésitez pas à postuler à d'autres offres correspondant à votre profil.

Cordialement,
L'équipe Recrutement Pharmalp
"""),

    m("teamtailor_tutoiement_gerland", "rejection", "fr",
      ("Laboratoires Gerland Santé", "no-reply@teamtailor-mail.com"),
      "Ta candidature chez Gerland Santé",
      "2026-04-22 10:14", tz="Europe/Paris", struct="html", skin=GERLAND_TEAMTAILOR,
      reply_to=("Recrutement Gerland Santé", "recrutement@gerland-sante.example.fr"),
      company="Laboratoires Gerland Santé", contact="recrutement@gerland-sante.example.fr", body="""\
Hello Lucie,

Merci encore pour ta candidature au poste d'**Assistant·e Affaires Réglementaires (CDI, Lyon 7e)** et pour le temps que tu nous as consacré.

On a lu ton parcours avec attention. Nous avons finalement décidé d'avancer avec des profils qui ont déjà rédigé des modules CTD, et nous ne pourrons donc pas aller plus loin avec toi pour ce poste.

On sait que ce n'est pas la réponse que tu espérais. Si tu as une question, réponds simplement à ce mail : c'est une vraie personne de l'équipe RH qui le lira.

Belle continuation,
Inès, pour l'équipe RH des Laboratoires Gerland Santé
"""),

    m("after_final_round_quadrant", "rejection", "fr",
      ("Élise Garnier", "egarnier@quadrant-reg.example.fr"),
      "Suite à votre entretien final",
      "2026-06-26 18:02", tz="Europe/Paris", mua="outlook", struct="alt", hdr_charset="iso-8859-1",
      skin=Skin(style="outlook", lang="fr"),
      company="Quadrant Réglementaire", contact="egarnier@quadrant-reg.example.fr", body="""\
Bonjour Lucie,

Merci pour votre disponibilité tout au long du processus et pour l'échange de mardi avec Bertrand et moi-même.

Je vais être directe : nous ne retenons pas votre candidature pour le poste de Consultante Affaires Réglementaires Junior. Votre rigueur et vos qualités d'analyse ont été unanimement soulignées, mais la mission qui démarre en septembre chez notre client principal demande une autonomie immédiate sur les dossiers eCTD, et nous ne pouvons pas vous offrir le temps de l'acquérir.

Je serais ravie de vous faire un retour plus détaillé par téléphone si cela vous est utile. Et je me permettrai de vous recontacter à l'ouverture de notre prochaine promotion de juniors, au premier trimestre 2027.

Bien cordialement,

Élise Garnier
Manager – Affaires réglementaires
Quadrant Réglementaire
12 rue de la Chaussée-d'Antin, 75009 Paris
+33 1 55 55 08 42
"""),

    m("belgian_formal_meusesambre", "rejection", "fr",
      ("Service du Personnel – Meuse & Sambre", "jobs@meuse-sambre.example.be"),
      "Votre candidature – Regulatory Affairs Assistant (réf. MS-RA-0412)",
      "2026-05-07 15:20", tz="Europe/Brussels", charset="windows-1252", cte="8bit",
      refs=["resched_strike_meusesambre"],
      company="Laboratoires Meuse & Sambre", contact="jobs@meuse-sambre.example.be", body="""\
Chère Madame,

Nous revenons vers vous suite à l’entretien de sélection que vous avez passé le 28 avril dernier par vidéoconférence.

Nous sommes au regret de vous faire savoir que votre candidature n’a pas été retenue pour la suite de la procédure. Le jury a estimé que d’autres profils correspondaient davantage aux besoins immédiats du service, notamment en ce qui concerne la connaissance des procédures européennes décentralisées.

Cette décision ne remet nullement en cause vos qualités. Si vous souhaitez obtenir un feedback, vous pouvez nous écrire à cette même adresse endéans les trente jours.

Nous vous prions d’agréer, chère Madame, l’expression de nos sentiments distingués.

Service du Personnel
Laboratoires Meuse & Sambre SA
Chaussée de Louvain 431 – 1030 Schaerbeek
TVA BE 0444.555.120
"""),

    m("public_agency_aim", "rejection", "fr",
      ("Claire Bovet", "claire.bovet@aim-med.example.ch"),
      "Procédure de recrutement - Collaboratrice scientifique (réf. 26-014)",
      "2026-04-17 09:05", charset="iso-8859-1", cte="quoted-printable",
      refs=["resched_jury_aim"],
      company="Agence intercantonale du médicament", contact="claire.bovet@aim-med.example.ch", body="""\
Madame,

Nous faisons suite à votre entretien du 9 avril 2026 dans le cadre de la procédure de recrutement citée en objet.

Après délibération, la commission de sélection a porté son choix sur une autre candidature. Nous regrettons de devoir vous informer que votre dossier n'a pas été retenu.

Nous vous remercions de l'intérêt manifesté à l'égard de l'Agence intercantonale du médicament et de la qualité de nos échanges. Vos documents de candidature seront détruits dans un délai de trois mois, conformément à la législation sur la protection des données.

Veuillez agréer, Madame, nos salutations distinguées.

Claire Bovet
Responsable RH
Agence intercantonale du médicament (AIM)
Rue des Battoirs 7 - Case postale 1033 - 1211 Genève 3
Tél. +41 22 555 17 60
"""),

    m("role_closed_interview_cancelled_gse", "rejection", "fr",
      ("Sandrine Lopez", "sandrine.lopez@gse-generiques.example.fr"),
      "Entretien du 9 juin – annulation",
      "2026-06-03 11:47", tz="Europe/Paris", mua="outlook", charset="utf-8", cte="8bit",
      refs=["cancel_icims_gse"],
      company="GSE", contact="sandrine.lopez@gse-generiques.example.fr", body="""\
Bonjour Madame Prévost-Nakashima,

Vous avez reçu de notre outil de recrutement un message indiquant que votre entretien du 9 juin était annulé et qu'une nouvelle date vous serait proposée.

Je dois malheureusement vous apporter une moins bonne nouvelle : suite à l'arbitrage budgétaire de la semaine dernière, le poste de Technicienne Affaires Réglementaires sur le site de Saint-Priest est supprimé et ne sera pas pourvu cette année. Il n'y aura donc pas de nouvel entretien, et nous clôturons votre candidature.

Je suis sincèrement désolée de ce revirement, qui ne tient en rien à votre profil. Si le poste devait être rouvert en 2027, je vous recontacterais en priorité.

Bien cordialement,

Sandrine Lopez
Chargée de recrutement
GSE | Génériques du Sud-Est
Parc Technologique, 4 allée des Séquoias, 69800 Saint-Priest
04 72 55 55 19
"""),

    m("after_missed_no_accents_saintambroise", "rejection", "fr",
      ("Jean-Luc Marchetti", "jl.marchetti@gh-saint-ambroise.example.fr"),
      "Re: Poste pharmacie - essais cliniques",
      "2026-05-28 22:10", tz="Europe/Paris", mua="gmail", charset="utf-8", cte="quoted-printable",
      refs=["missed_teams_saintambroise", "<7B9D2C14-0E6A-4B3F-8812-3E5A9F0C7D44@example.ch>"],
      company="Groupe hospitalier Saint-Ambroise", contact="jl.marchetti@gh-saint-ambroise.example.fr", body="""\
Bonsoir Madame Prevost-Nakashima,

Merci pour votre message et vos excuses, un probleme de lien Teams ca arrive a tout le monde.
Cela dit, entre temps nous avons rencontre les deux autres candidates et nous avons fait notre choix : le poste d'assistante reglementaire a l'unite essais cliniques est attribue. Je ne vais donc pas reprogrammer d'entretien.

Je vous souhaite bonne chance pour la suite, votre parcours en officine est un vrai atout.

Cordialement
Dr JL Marchetti
Pharmacien chef de service - PUI
Groupe hospitalier Saint-Ambroise

Le mer. 27 mai 2026 à 08:31, Lucie Prévost-Nakashima <lucie.pn@example.ch> a écrit :
> Bonjour Docteur Marchetti,
>
> Je suis navrée pour hier : le lien d'invitation à l'entretien ne fonctionnait pas de mon côté et je n'ai pas réussi à joindre le secrétariat. Serait-il possible de convenir d'un nouvel entretien cette semaine ?
>
> Avec mes excuses renouvelées,
> Lucie Prévost-Nakashima
"""),

    m("startup_tutoiement_kairos", "rejection", "fr",
      ("Thomas Bellanger", "thomas@kairos-tx.example.fr"),
      "Re: Merci pour l'échange !",
      "2026-03-06 13:20", tz="Europe/Paris", mua="gmail", charset="utf-8", cte="quoted-printable",
      refs=["invite_casual_kairos", "<0C5E7B2A-91D4-4A6F-B3E8-7F2D1C9A5E03@example.ch>"],
      company="Kairos Therapeutics", contact="thomas@kairos-tx.example.fr", body="""\
Salut Lucie,

Merci à toi pour ton message et pour le temps passé avec nous mardi.

J'ai débriefé avec Claire (notre head of CMC) : on a beaucoup aimé ton énergie, mais on a besoin de quelqu'un qui tienne le dossier IMPD quasiment seul·e dès le premier mois, et on sent que ce serait trop tôt pour toi. On ne va donc pas continuer ensemble sur ce poste, désolé.

Si tu veux un retour plus détaillé, je te propose 15 min au téléphone la semaine prochaine, dis-moi.

Bonne suite et à bientôt peut-être,
Thomas

--
Thomas Bellanger
CEO & co-founder · Kairos Therapeutics
kairos-tx.example.fr

Le mar. 3 mars 2026 à 18:04, Lucie Prévost-Nakashima <lucie.pn@example.ch> a écrit :

> Bonsoir Thomas,
>
> Un grand merci pour l'invitation et pour l'échange de cet après-midi avec Claire et toi. J'ai été ravie de découvrir vos projets et je serais très heureuse de rejoindre l'équipe si mon profil vous convient !
>
> Belle soirée,
> Lucie
"""),

    m("agency_unnamed_client_marceau", "rejection", "fr",
      ("Camille Dufresne", "c.dufresne@marceau-recrutement.example.fr"),
      "Votre candidature – Chargé(e) d'affaires réglementaires (H/F) – réf. 2026-117",
      "2026-07-09 09:32", tz="Europe/Paris", mua="outlook", struct="html",
      charset="windows-1252", cte="quoted-printable", skin=Skin(style="outlook", lang="fr"),
      company="Marceau Recrutement", contact="c.dufresne@marceau-recrutement.example.fr", body="""\
Bonjour Madame Prévost-Nakashima,

Je vous remercie pour l’intérêt que vous avez porté à l’offre de Chargé(e) d’affaires réglementaires que nous gérons pour le compte de notre client, un laboratoire pharmaceutique international implanté dans l’Ouest parisien.

Après analyse de votre candidature, je ne suis malheureusement pas en mesure de vous présenter à notre client : celui-ci recherche impérativement une expérience de trois ans minimum en affaires réglementaires industrielles et une parfaite maîtrise du format eCTD.

Je conserve néanmoins votre CV dans notre base et ne manquerai pas de revenir vers vous si une mission plus en adéquation avec votre parcours se présentait.

Bien cordialement,

Camille Dufresne
Consultante Recrutement – Pôle Santé
Marceau Recrutement
48 boulevard Malesherbes – 75008 Paris
Tél. : 01 55 55 62 30
[www.marceau-recrutement.example.fr](https://www.marceau-recrutement.example.fr)
"""),

    # -- German ----------------------------------------------------------------------------------

    m("workday_de_medora", "rejection", "de",
      ("Medora Careers", "medora@myworkday.com"),
      "Ihre Bewerbung bei Medora – Regulatory Affairs Specialist Labelling (JR-0098812)",
      "2026-02-11 06:14", tz="UTC", struct="alt", charset="utf-8", cte="quoted-printable",
      skin=Skin(brand="Medora Pharma", color="#b0003a", logo_alt="MEDORA PHARMA", lang="de",
                logo_src="https://medora.wd3.myworkdayjobs.com/MedoraCareers/assets/logo",
                footer=["Medora Pharma AG · Grenzacherstrasse 300 · 4058 Basel · Schweiz",
                        "Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.",
                        "[Datenschutzhinweise für Bewerbende](https://www.medora.example.ch/datenschutz)"]),
      company="Medora Pharma", body="""\
Sehr geehrte Frau Prévost-Nakashima

Vielen Dank für Ihr Interesse an Medora Pharma und für Ihre Bewerbung als Regulatory Affairs Specialist Labelling in Basel.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für Kandidatinnen und Kandidaten entschieden haben, deren Profil noch besser zu den Anforderungen der Stelle passt.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

[Zu unserem Karriereportal](https://medora.wd3.myworkdayjobs.com/de-CH/MedoraCareers)

Freundliche Grüsse
Talent Acquisition Team
Medora Pharma
"""),

    m("headhunter_named_client_dreiland", "rejection", "de",
      ("Martin Kessler", "m.kessler@kessler-huber.example.ch"),
      "AW: Gespräch Generika Dreiland",
      "2026-05-12 12:15", charset="iso-8859-1", cte="quoted-printable", mua="outlook",
      refs=["<AS8PR04MB7731C0FFEE2B41D8@AS8PR04MB7731.eurprd04.prod.outlook.com>",
            "<5B0E2D71-9C4A-4F18-8E63-A2D7C1B9F045@example.ch>"],
      company="Generika Dreiland", contact="m.kessler@kessler-huber.example.ch", body="""\
Guten Tag Frau Prévost-Nakashima

Wie telefonisch angekündigt, hier noch die schriftliche Rückmeldung unseres Mandanten.

Die Generika Dreiland AG hat sich nach dem zweiten Gespräch für eine andere Kandidatin entschieden, die bereits Erfahrung mit Zulassungsverfahren in der EU mitbringt. Der ausgefallene Termin vom 5. Mai hat dabei übrigens keine Rolle gespielt - Herr Brunner hat Ihr Gespräch vom 8. Mai als sehr angenehm beschrieben.

Ich bedaure, Ihnen keinen besseren Bescheid geben zu können. Gerne bleibe ich mit Ihnen in Kontakt; Ihr Profil passt sehr gut zu einigen Mandaten, die wir im Herbst erwarten.

Freundliche Grüsse

Martin Kessler
Partner
Kessler & Huber Personalberatung AG
Aeschenvorstadt 55 | 4051 Basel
T +41 61 555 23 40 | M +41 79 555 81 07

Von: Lucie Prévost-Nakashima <lucie.pn@example.ch>
Gesendet: Freitag, 8. Mai 2026 18:05
An: Martin Kessler <m.kessler@kessler-huber.example.ch>
Betreff: Gespräch Generika Dreiland

Guten Abend Herr Kessler

Das zweite Gespräch mit Herrn Brunner heute war sehr angenehm, und ich danke Ihnen für die Organisation des neuen Termins. Ich freue mich auf ein allfälliges Angebot und stehe für Rückfragen gerne zur Verfügung.

Freundliche Grüsse
Lucie Prévost-Nakashima

Von: Martin Kessler <m.kessler@kessler-huber.example.ch>
Gesendet: Mittwoch, 6. Mai 2026 09:12
An: Lucie Prévost-Nakashima <lucie.pn@example.ch>
Betreff: Neuer Termin Generika Dreiland

Guten Tag Frau Prévost-Nakashima

Gute Nachricht: Herr Brunner lädt Sie trotz des verpassten Termins zu einem Gespräch am Freitag, 8. Mai, um 10 Uhr ein. Bitte bestätigen Sie mir kurz.

Martin Kessler
"""),

    m("du_form_small_consultancy_seefeld", "rejection", "de",
      ("Reto Ammann", "reto@seefeld-pharma.example.ch"),
      "Unser Gespräch letzte Woche",
      "2026-06-16 17:48", mua="gmail", charset="utf-8", cte="8bit",
      company="Seefeld Pharma Consulting", contact="reto@seefeld-pharma.example.ch", body="""\
Hoi Lucie

Danke nochmals, dass du letzten Donnerstag zu uns an den Kreuzplatz gekommen bist. Wir haben uns über das Gespräch gefreut.

Ich will dich nicht länger warten lassen: Wir haben uns für jemanden entschieden, der schon zwei Jahre Regulatory bei einem Generikahersteller gemacht hat. Für unser kleines Team ist das im Moment einfach entscheidend, weil wir niemanden richtig einarbeiten können.

Ehrlich gesagt hat es uns leidgetan, dir abzusagen. Wenn du magst, gebe ich dir gerne ein kurzes Feedback am Telefon.

Alles Gute und herzliche Grüsse
Reto

Seefeld Pharma Consulting GmbH
Reto Ammann, Geschäftsführer
Kreuzplatz 2, 8032 Zürich
www.seefeld-pharma.example.ch
"""),

    m("personio_filled_internally_cellvia", "rejection", "de",
      ("Cellvia Recruiting", "noreply@cellvia.jobs.personio.de"),
      "Deine Bewerbung bei Cellvia",
      "2026-04-29 08:00", struct="html", charset="utf-8", cte="base64", skin=CELLVIA_PERSONIO,
      company="Cellvia", body="""\
Hallo Lucie,

vielen Dank für dein Interesse an Cellvia und an der Stelle als Regulatory Affairs Associate (80–100 %).

Wie du weisst, mussten wir das geplante Interview Anfang April absagen. Inzwischen hat sich eine Kollegin aus unserem Quality-Team intern auf die Stelle beworben, und wir haben die Position mit ihr besetzt. Wir führen deshalb keine weiteren Gespräche.

Wir wissen, dass das nach dem ganzen Hin und Her ärgerlich ist, und danken dir für deine Geduld. Schau gerne ab und zu auf unserer Karriereseite vorbei – wir wachsen weiter.

[Offene Stellen bei Cellvia](https://cellvia.jobs.personio.de)

Liebe Grüsse
Nadine & das Cellvia-Team
"""),

    m("initiativbewerbung_zuerichberg", "rejection", "de",
      ("Personaldienst Spital Zürichberg", "personal@spital-zuerichberg.example.ch"),
      "Ihre Initiativbewerbung vom 9. Januar 2026",
      "2026-01-16 10:40", charset="iso-8859-1", cte="8bit", hdr_charset="iso-8859-1",
      company="Spital Zürichberg", contact="personal@spital-zuerichberg.example.ch", body="""\
Sehr geehrte Frau Prévost-Nakashima

Besten Dank für Ihre Initiativbewerbung, die wir mit Interesse gelesen haben.

Leider können wir Ihnen zurzeit keine passende Stelle in unserer Spitalapotheke anbieten. Auch in naher Zukunft ist keine Vakanz im Bereich Arzneimittelzulassung und Qualitätssicherung vorgesehen, weshalb wir Ihre Bewerbung nicht weiterverfolgen können.

Ihre Unterlagen löschen wir gemäss unseren Datenschutzbestimmungen. Offene Stellen publizieren wir laufend auf unserer Website; eine Bewerbung auf eine konkrete Ausschreibung ist jederzeit willkommen.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Barbara Meier
HR-Fachfrau
Spital Zürichberg
Personaldienst
Gloriastrasse 90, 8044 Zürich
Telefon 044 555 31 22
"""),

    m("softgarden_after_missed_sandfeld", "rejection", "de",
      ("Sandfeld Pharma Services", "bewerbermanagement-noreply@softgarden.io"),
      "Absage: Regulatory Affairs Specialist (m/w/d) – Basel",
      "2026-05-26 14:31", struct="html", skin=SANDFELD_SOFTGARDEN,
      company="Sandfeld Pharma Services", body="""\
Sehr geehrte Frau Prévost-Nakashima,

nochmals vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Mitarbeit bei der Sandfeld Pharma Services AG.

Nach sorgfältiger Prüfung aller Unterlagen und unter Berücksichtigung des Videointerviews, das leider nicht zustande gekommen ist, haben wir uns entschieden, den Auswahlprozess mit anderen Kandidatinnen und Kandidaten fortzusetzen.

Diese Entscheidung ist uns nicht leichtgefallen. Wir bedanken uns für die Zeit, die Sie in Ihre Bewerbung investiert haben, und wünschen Ihnen für Ihren weiteren Weg viel Erfolg.

Mit freundlichen Grüssen

Ihr HR-Team
Sandfeld Pharma Services AG
"""),

    m("successfactors_on_hold_birsfelden", "rejection", "de",
      ("Birsfelden Biologics HR", "hr-noreply@birsfelden-bio.example.ch"),
      "Ihre Bewerbung – Junior Regulatory Affairs CMC (Req. 4471)",
      "2026-03-19 16:02", struct="alt", charset="windows-1252", cte="quoted-printable",
      skin=BIRSFELDEN_SF,
      company="Birsfelden Biologics", body="""\
Sehr geehrte Frau Prévost-Nakashima

Wir danken Ihnen für Ihre Bewerbung und Ihre Geduld.

Aufgrund einer Neupriorisierung unserer Projekte wurde die Stelle «Junior Regulatory Affairs CMC» vorerst gestoppt. Das Auswahlverfahren wird nicht weitergeführt, und die Stelle wird in absehbarer Zeit nicht besetzt. Ihre Bewerbung ist damit abgeschlossen.

Wir bedauern diese Entwicklung und hoffen, Sie bei einer zukünftigen Ausschreibung wieder als Bewerberin begrüssen zu dürfen.

Freundliche Grüsse
Human Resources
Birsfelden Biologics
"""),

    m("public_body_after_interview_heilmittelamt", "rejection", "de",
      ("Urs Stöckli", "urs.stoeckli@heilmittelamt-bs.example.ch"),
      "Stelle wissenschaftliche Mitarbeiterin Inspektorat",
      "2026-07-02 10:20", charset="iso-8859-1", cte="quoted-printable", hdr_charset="iso-8859-1",
      refs=["invite_public_heilmittelamt"],
      company="Regionales Heilmittelamt Basel", contact="urs.stoeckli@heilmittelamt-bs.example.ch", body="""\
Sehr geehrte Frau Prévost-Nakashima

Wir danken Ihnen für das Vorstellungsgespräch vom 24. Juni 2026 und das damit bekundete Interesse an unserer Stelle.

Nach eingehender Prüfung aller Bewerbungen haben wir uns für eine Person entschieden, die bereits über Inspektionserfahrung im GMP-Umfeld verfügt. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Ihre Bewerbungsunterlagen werden nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüsse

Urs Stöckli
Leiter Personal und Finanzen
Regionales Heilmittelamt Basel
Kannenfeldstrasse 2, Postfach, 4001 Basel
Tel. 061 555 44 10
www.heilmittelamt-bs.example.ch
"""),

    # -- English ---------------------------------------------------------------------------------

    m("greenhouse_after_panel_liffey", "rejection", "en",
      ("Liffey Biopharma via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Your application to Liffey Biopharma",
      "2026-06-11 15:44", tz="UTC", struct="alt", skin=LIFFEY_GREENHOUSE,
      reply_to=("Aoife Brennan", "aoife.brennan@liffeybio.example.ie"),
      company="Liffey Biopharma", contact="aoife.brennan@liffeybio.example.ie", body="""\
Hi Lucie,

Thank you so much for taking the time to interview for the Regulatory Affairs Associate (Remote, EU) position and for speaking with Ciarán and Priya last week.

After careful consideration, we've decided to move forward with candidates whose experience more closely matches the needs of the role at this time. It was a difficult decision, and the panel really enjoyed your insights on labelling issues seen from the pharmacy counter.

We'd be glad to keep your details on file for future openings. If you have any questions, just reply to this email.

Best wishes,
Aoife Brennan
Talent Partner, Liffey Biopharma
"""),

    m("lever_after_exercise_corrib", "rejection", "en",
      ("Corrib Regulatory Services", "no-reply@hire.lever.co"),
      "Corrib Regulatory Services – update on your application",
      "2026-04-02 09:12", tz="UTC", struct="html",
      skin=Skin(brand="Corrib Regulatory Services", color="#2f6f8f", logo_alt="Corrib Regulatory Services",
                lang="en", buttons=False, logo_src="https://lever-client-logos.s3.amazonaws.com/corrib.png",
                footer=["Corrib Regulatory Services Ltd. · Registered in Ireland No. 598811 · "
                        "Galway Technology Park, Parkmore, Galway H91 A2C8",
                        "Powered by Lever"]),
      company="Corrib Regulatory Services", body="""\
Hi Lucie,

Thanks for completing the written exercise for the Regulatory Submissions Coordinator role, and apologies again for the mix-up around our first call.

We've reviewed everything with the team and unfortunately we won't be moving forward with your application. Your exercise showed real care, but we need someone who already has hands-on experience with CESP and HPRA submissions.

We wish you all the best in your search.

Kind regards,
The Corrib Regulatory Services hiring team
"""),

    m("ashby_one_liner_emerald", "rejection", "en",
      ("Emerald Generics Recruiting", "no-reply@ashbyhq.com"),
      "Re: your application",
      "2026-08-04 12:01", tz="Europe/Dublin", charset="us-ascii", cte="7bit",
      refs=["<app-3f9c1e07-emerald@ashbyhq.com>"],
      company="Emerald Generics", body="""\
Hi Lucie,

Thanks for applying to the Regulatory Affairs Officer (Lifecycle) role at Emerald Generics. We're not able to take your application further on this occasion.

All the best,
Emerald Generics Talent

Emerald Generics Ltd, Registered in Ireland No. 704455. Unit 7, Citywest Business Campus, Dublin 24.
"""),

    m("agency_iphone_internal_fill_shannon", "rejection", "en",
      ("Niamh O'Connell", "niamh@shannonls.example.ie"),
      "RA role - update",
      "2026-03-24 18:37", tz="Europe/Dublin", mua="iphone", charset="utf-8", cte="8bit",
      refs=["<5E2A9C71-4D0B-4F8E-A6C3-91B7E0D24F58@example.ch>"],
      company="Shannon Life Sciences Recruitment", contact="niamh@shannonls.example.ie", body="""\
Hi Lucie, just a quick one - my client has decided to fill the Reg Affairs role internally so they've closed it off. Sorry, I know you were keen. I'll keep you posted on anything else remote that comes up over the next few weeks!

Niamh

Sent from my iPhone

> On 11 Mar 2026, at 10:02, Lucie Prévost-Nakashima <lucie.pn@example.ch> wrote:
>
> Hi Niamh,
> Thanks for the call earlier, I'm very happy for you to put me forward. Let me know if the client needs anything else from me.
> Best,
> Lucie
>
>> On 10 Mar 2026, at 16:20, Niamh O'Connell <niamh@shannonls.example.ie> wrote:
>>
>> Hi Lucie,
>> Great speaking today. If you're happy for me to send your CV over, the client is keen to set up interviews next week.
>>
>> Niamh O'Connell | Senior Consultant, Life Sciences | Shannon Life Sciences Recruitment
>> +353 61 555 019 | shannonls.example.ie
"""),

    m("speculative_outlook_kildare", "rejection", "en",
      ("Gráinne Doyle", "gdoyle@kildarecs.example.ie"),
      "RE: Speculative application – Regulatory Affairs",
      "2026-02-17 11:26", tz="Europe/Dublin", mua="outlook", charset="windows-1252",
      cte="quoted-printable", hdr_charset="windows-1252",
      refs=["<A03F6B1C-7E29-4D85-9C40-2B1E8F5D6A77@example.ch>"],
      company="Kildare Clinical Supplies", contact="gdoyle@kildarecs.example.ie", body="""\
Dear Lucie,

Thank you for your email and CV, and for your interest in Kildare Clinical Supplies.

We have read your application with interest. However, we are not currently recruiting for any regulatory roles and do not expect to open any in the coming months, so we are unable to progress your application. We do not retain speculative CVs, but please keep an eye on our careers page.

I wish you every success in your move into regulatory affairs.

Kind regards,

Gráinne Doyle
HR Business Partner
Kildare Clinical Supplies Ltd
Naas Enterprise Park, Naas, Co. Kildare, W91 K2E3
Registered in Ireland No. 455210

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.

From: Lucie Prévost-Nakashima <lucie.pn@example.ch>
Sent: 12 February 2026 20:14
To: careers@kildarecs.example.ie
Subject: Speculative application – Regulatory Affairs

Dear Hiring Team,

I am a pharmacy assistant based in Lausanne with eight years’ experience in dispensing, stock management and pharmacovigilance reporting. I am now moving into regulatory affairs and would be delighted to be invited to an interview for any remote role in your regulatory team.

Kind regards,
Lucie Prévost-Nakashima
"""),

    # -- Spanish ---------------------------------------------------------------------------------

    m("successfactors_usted_montjuic", "rejection", "es",
      ("Laboratorios Montjuïc – Talento", "noreply@successfactors.eu"),
      "Su candidatura: Técnico/a de Registros Farmacéuticos (remoto)",
      "2026-02-26 09:40", tz="Europe/Madrid", struct="html", skin=MONTJUIC_SF,
      company="Laboratorios Montjuïc", body="""\
Estimada Sra. Prévost-Nakashima:

Le agradecemos sinceramente el interés mostrado en formar parte de Laboratorios Montjuïc y el tiempo dedicado a su candidatura para la posición de Técnico/a de Registros Farmacéuticos.

Tras analizar detenidamente su perfil, lamentamos comunicarle que hemos decidido continuar el proceso con otras candidaturas cuya experiencia se ajusta más a los requisitos del puesto, en particular en procedimientos de registro ante la AEMPS.

Conservaremos sus datos durante un periodo de doce meses por si surgiera una vacante adecuada a su perfil, salvo que nos indique lo contrario.

Atentamente,

Departamento de Personas
Laboratorios Montjuïc
"""),

    m("tu_after_interview_regmed", "rejection", "es",
      ("Jordi Ferrer", "jordi.ferrer@regmed.example.es"),
      "Re: Entrevista Consultor/a Junior – viernes",
      "2026-07-21 19:05", tz="Europe/Madrid", mua="gmail", charset="utf-8", cte="8bit",
      refs=["invite_tu_regmed", "resched_viernes_regmed", "own_confirm_regmed"],
      company="Regulatoria Mediterránea", contact="jordi.ferrer@regmed.example.es", body="""\
Hola Lucie:

Perdona que haya tardado en escribirte. Te agradezco mucho la entrevista del viernes y el interés en trabajar con nosotros.

Al final nos hemos decantado por otra candidata que ya trabajaba en registros aquí en Barcelona y puede incorporarse en septiembre, así que no vamos a seguir adelante con tu candidatura. Me sabe mal, porque tu perfil nos gustó bastante.

Te deseo mucha suerte. Si en unos meses volvemos a abrir una posición, te escribo.

Un abrazo,
Jordi

Jordi Ferrer Vilaró
Socio director · Regulatoria Mediterránea
C/ de Pujades 77, 08005 Barcelona
+34 93 555 27 18

El lun, 13 jul 2026 a las 9:12, Lucie Prévost-Nakashima (<lucie.pn@example.ch>) escribió:
> ¡Perfecto, Jordi! Nos vemos el viernes a las 10:00 por Teams. Gracias por adaptar la hora de la entrevista.
> Un saludo,
> Lucie
"""),

    m("agency_vacancy_filled_talentofarma", "rejection", "es",
      ("Lorena Gil", "lorena.gil@talentofarma.example.es"),
      "Proceso de selección Regulatory Affairs – actualización",
      "2026-09-15 13:30", tz="Europe/Madrid", charset="iso-8859-1", cte="quoted-printable",
      company="Talento Farma Consultores", contact="lorena.gil@talentofarma.example.es", body="""\
Estimada Lucie:

Le escribo en relación con el proceso de selección de Especialista en Asuntos Regulatorios (remoto, con viajes puntuales a Barcelona) que estamos gestionando.

Lamento comunicarle que la vacante ya se ha cubierto y, por lo tanto, el proceso queda cerrado. Su candidatura no continuará en esta selección.

Le agradezco la confianza depositada en Talento Farma Consultores. Mantendremos su currículum en nuestra base de datos para futuros procesos, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Lorena Gil
Consultora de Selección
Talento Farma Consultores S.L.
Gran Via de les Corts Catalanes 612, 08007 Barcelona
Tel. 93 555 60 41
"""),
]
