"""Corpus 205, interviews: 26 invitations, 15 reschedules or cancellations, 10 missed-interview
notices, all hand-written."""

from __future__ import annotations

from msgs205_common import ME, ats_card, outlook_block, outlook_html, replied, simple_html

MESSAGES: list[dict] = []
add = MESSAGES.append

INV = "interview_invitation"
MOVE = "interview_reschedule_or_cancel"
MISSED = "missed_interview_notice"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"

# =============================================================================================
# Invitations
# =============================================================================================

# ------------------------------------------------------------------------------------- French

add(dict(
    kind=INV, slug="belvedere_interview_with_calendar", lang="fr",
    company="Hôtel Belvédère d'Ouchy", contact="sophie.carrel@belvedere-ouchy.example.ch",
    frm=("Sophie Carrel", "sophie.carrel@belvedere-ouchy.example.ch"),
    subject="Invitation à un entretien – Coordinatrice événements", subj_cs="utf-8", subj_enc="q",
    date="2026-02-16 08:47", mid="belv-invite", refs=["belv-ack"],
    cte="quoted-printable",
    text=(TEXT := """\
Bonjour Madame Lindqvist-Obi,

Votre candidature au poste de coordinatrice événements a retenu notre attention et nous \
aimerions faire votre connaissance.

Je vous propose un entretien le mardi 24 février 2026 à 14h00 à l'hôtel, avec Monsieur Olivier \
Pidoux, responsable banquets & séminaires, et moi-même. Comptez environ une heure ; nous \
terminerons par une courte visite des salons.

Vous trouverez ci-joint l'invitation pour votre agenda. Merci de me confirmer votre présence par \
retour de courriel.

Au plaisir de vous rencontrer,

Sophie Carrel
Responsable des ressources humaines
Hôtel Belvédère d'Ouchy
Place du Port 7, 1006 Lausanne
+41 21 555 40 60
"""),
    html=outlook_html(TEXT, "fr", "utf-8"),
    ics=dict(method="REQUEST", uid="belv-20260224-carrel@belvedere-ouchy.example.ch", seq=0,
             start="2026-02-24 14:00", end="2026-02-24 15:00",
             summary="Entretien – Margaux Lindqvist-Obi / Coordinatrice événements",
             location="Hôtel Belvédère d'Ouchy, salon Léman",
             organizer=("Sophie Carrel", "sophie.carrel@belvedere-ouchy.example.ch"),
             attendees=[("Olivier Pidoux", "olivier.pidoux@belvedere-ouchy.example.ch")]),
))

add(dict(
    kind=INV, slug="verdier_trial_day", lang="fr",
    company="Maison Verdier", contact="ines.favre-bulle@verdier-horlogerie.example.ch",
    frm=("Inès Favre-Bulle", "ines.favre-bulle@verdier-horlogerie.example.ch"),
    frm_cs="utf-8", frm_enc="b",
    subject="Journée d'essai à la Maison Verdier", subj_cs="iso-8859-1", subj_enc="b",
    date="2026-01-28 15:05", mid="verdier-trial", refs=["verdier-ack"],
    text="""\
Chère Madame Lindqvist-Obi,

À la suite de votre échange téléphonique avec notre responsable clientèle, nous avons le plaisir \
de vous inviter à une journée d'essai dans notre boutique-atelier de Plainpalais, le jeudi \
5 février 2026 de 9h00 à 17h00.

Au programme : accueil des clients lors d'une présentation privée, préparation de la soirée de \
lancement de notre collection de printemps et, vers 16h30, un échange avec moi-même pour faire le \
bilan.

Merci de prévoir une tenue sombre et sobre ; le déjeuner est offert et la journée est défrayée \
selon nos conditions habituelles.

Pourriez-vous me confirmer votre venue d'ici lundi ?

Avec mes meilleures salutations,
Inès Favre-Bulle
Responsable des ressources humaines
Maison Verdier Horlogerie SA
Rue des Rois 14 – 1204 Genève
""",
))

add(dict(
    kind=INV, slug="riviera_panel_outlook_request", lang="fr",
    company="Riviera Congrès Montreux", contact="p.genoud@riviera-congres.example.ch",
    frm=("Patricia Genoud", "p.genoud@riviera-congres.example.ch"),
    cc=[("Stéphane Rey", "stephane.rey@riviera-congres.example.ch"),
        ("Aline Cottier", "aline.cottier@riviera-congres.example.ch")],
    subject="Entretien - Coordinatrice événements congrès", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-04-08 10:12", mid="riviera-panel",
    charset="windows-1252", cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
                                                     "Entretien - Coordinatrice evenements")],
    text=(TEXT := """\
Bonjour Madame Lindqvist-Obi,

Nous avons le plaisir de vous convier à un entretien pour le poste de coordinatrice événements \
congrès.

Date : jeudi 16 avril 2026
Heure : 09h30 – 10h45
Lieu : Riviera Congrès Montreux, entrée administration (niveau -1), salle Dent-de-Jaman
Panel : Patricia Genoud (RH), Stéphane Rey (directeur des opérations), Aline Cottier (cheffe de \
projet senior)

Nous vous demanderons de présenter en dix minutes comment vous organiseriez l’accueil de \
800 congressistes sur une journée. Un projecteur et une télécommande seront à disposition.

Merci d’accepter l’invitation ci-jointe ou de me proposer une alternative.

Meilleures salutations
Patricia Genoud
Spécialiste RH
Riviera Congrès Montreux SA
Avenue Claude-Nobel 5, 1820 Montreux
T +41 21 555 12 00 | www.riviera-congres.example.ch
"""),
    html=outlook_html(TEXT, "fr"),
    ics=dict(method="REQUEST", uid="riv-panel-20260416@riviera-congres.example.ch", seq=0,
             start="2026-04-16 09:30", end="2026-04-16 10:45",
             summary="Entretien Margaux Lindqvist-Obi – Coordinatrice événements congrès",
             location="Riviera Congrès Montreux, salle Dent-de-Jaman",
             organizer=("Patricia Genoud", "p.genoud@riviera-congres.example.ch"),
             attendees=[("Stéphane Rey", "stephane.rey@riviera-congres.example.ch"),
                        ("Aline Cottier", "aline.cottier@riviera-congres.example.ch")],
             attach=True),
))

add(dict(
    kind=INV, slug="vidylac_phone_screen_request", lang="fr",
    company="Centre de Congrès Vidy-Lac", contact="cedric.monnier@vidylac-congres.example.ch",
    frm=("Cédric Monnier", "cedric.monnier@vidylac-congres.example.ch"),
    frm_cs="utf-8", frm_enc="q",
    subject="Votre candidature – premier échange téléphonique", subj_cs="utf-8", subj_enc="b",
    date="2026-01-13 14:26", mid="vidylac-screen",
    text="""\
Bonjour Madame Lindqvist-Obi,

Merci pour votre candidature au poste de coordinatrice événementielle (réf. VL-2026-04).

J'aimerais en parler avec vous lors d'un premier appel d'une vingtaine de minutes. Seriez-vous \
disponible le vendredi 16 janvier à 10h00 ? Je vous appellerais sur votre natel, au numéro indiqué \
dans votre CV (+41 79 555 26 48).

Si ce créneau ne vous convient pas, proposez-moi simplement deux ou trois alternatives en début \
de semaine prochaine.

Meilleures salutations
Cédric Monnier
Chargé RH – Centre de Congrès Vidy-Lac
""",
))

add(dict(
    kind=INV, slug="hes_casual_coffee_teams", lang="fr",
    company="HES Lémanique", contact="yann.jaccard@hes-lemanique.example.ch",
    frm=("Yann Jaccard", "yann.jaccard@hes-lemanique.example.ch"),
    subject="café jeudi ?", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-03-12 17:55", mid="hes-invite", refs=["hes-ack"],
    text="""\
Salut Margaux,

Nadia m'a transmis ton dossier pour le poste aux manifestations, et comme on s'était croisés au \
forum des métiers de l'hôtellerie, je me permets le tutoiement.

Est-ce que tu serais libre jeudi 19 mars en fin de matinée pour qu'on en parle ? On peut se voir \
en visio (lien Teams ci-dessous) ou autour d'un café à la cafétéria du campus, comme tu préfères. \
Ce serait un premier échange informel, avant les entretiens avec la commission.

Lien Teams, 11h00 : https://teams.example.ch/l/meetup-join/hes-lemanique/19mars-1100

Dis-moi ce qui t'arrange,
Yann

Yann Jaccard
Responsable événements & protocole
HES Lémanique
""",
))

add(dict(
    kind=INV, slug="paquisrhone_teamtailor_booking_link", lang="fr",
    company="Hôtel Pâquis-Rhône", contact="",
    frm=("Hôtel Pâquis-Rhône", "no-reply@teamtailor-mail.com"), frm_cs="utf-8", frm_enc="b",
    subject="Réservez votre entretien – Coordination événements", subj_cs="utf-8", subj_enc="q",
    date="2026-09-08 08:00", tz="+0000", mid="paquis-invite",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    text=(TEXT := """\
Bonjour Margaux,

Bonne nouvelle : l'équipe de l'Hôtel Pâquis-Rhône souhaite vous rencontrer pour le poste \
Coordination événements.

Choisissez le créneau qui vous convient pour un entretien vidéo de 30 minutes avec Marc-Henri \
Duc, directeur adjoint :

https://paquisrhone.teamtailor.com/meetings/book/8f3a21c0

Les créneaux proposés vont du 14 au 18 septembre 2026. Le lien de la visioconférence vous sera \
envoyé dès votre réservation.

À bientôt,
Hôtel Pâquis-Rhône
"""),
    html=ats_card(TEXT, "fr", "Hôtel Pâquis-Rhône", "#154360",
                  footer="Envoyé par Teamtailor pour le compte de l'Hôtel Pâquis-Rhône."),
))

add(dict(
    kind=INV, slug="delorme_client_interview_setup", lang="fr",
    company="Fondation Léman Patrimoine", contact="c.rochat@delorme-associes.example.ch",
    frm=("Alexandre Delorme", "a.delorme@delorme-associes.example.ch"),
    reply_to=("Camille Rochat", "c.rochat@delorme-associes.example.ch"),
    cc=[("Camille Rochat", "c.rochat@delorme-associes.example.ch")],
    subject="Entretien avec la Fondation Léman Patrimoine", subj_cs="utf-8", subj_enc="b",
    date="2026-02-11 18:20", mid="delorme-invite",
    text=(TEXT := """\
Bonjour Margaux,

Bonne nouvelle : la Fondation Léman Patrimoine souhaite vous rencontrer pour le poste de \
coordinatrice des événements et des visites privées.

L'entretien aurait lieu le jeudi 19 février à 10h30 dans leurs bureaux, Promenade du Pin 3 à \
Genève, avec Mme Claire Jaquier, secrétaire générale. Prévoyez environ 45 minutes.

Mon assistante Camille Rochat s'occupe de la logistique : répondez-lui directement pour \
confirmer (elle est en copie). Je vous appellerai mercredi pour vous briefer sur la fondation.

Bien à vous,
Alexandre Delorme
Associé
Delorme & Associés – Conseil en recrutement
Quai Gustave-Ador 2, 1207 Genève
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind=INV, slug="confluence_assessment_day", lang="fr",
    company="Cité Confluence Congrès", contact="s.perret@confluence-congres.example.fr",
    frm=("Sandrine Perret", "s.perret@confluence-congres.example.fr"),
    subject="Convocation – journée d'évaluation collective", subj_cs="utf-8", subj_enc="q",
    date="2026-09-02 11:05", mid="confluence-assess", refs=["confluence-ack"],
    text=(TEXT := """\
Bonjour Margaux,

Nous avons le plaisir de vous convier à notre journée d'évaluation collective pour le poste de \
coordinatrice congrès, le mardi 15 septembre 2026 de 8h45 à 16h00, à la Cité Confluence Congrès \
(accueil Rambaud).

Déroulé : une mise en situation en groupe (préparer un congrès fictif de 1 200 participants), un \
exercice écrit en anglais, puis un entretien individuel avec le jury.

Munissez-vous d'une pièce d'identité et de votre ordinateur portable. Vos frais de déplacement \
depuis Lausanne seront remboursés sur justificatif (train, 2e classe).

Merci de confirmer votre participation avant le 10 septembre.

Cordialement,
Sandrine Perret
Responsable ressources humaines
Cité Confluence Congrès
"""),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind=INV, slug="montreux_accueil_second_round", lang="fr",
    company="Montreux Riviera Accueil", contact="valerie.chappuis@montreux-accueil.example.ch",
    frm=("Valérie Chappuis", "valerie.chappuis@montreux-accueil.example.ch"),
    frm_cs="iso-8859-1", frm_enc="b",
    subject="Second entretien – Responsable accueil congrès", subj_cs="utf-8", subj_enc="q",
    date="2026-06-30 16:40", mid="montreux-invite", refs=["montreux-ack"],
    charset="iso-8859-1", cte="8bit",
    text="""\
Bonjour Margaux,

Merci pour notre premier échange de la semaine dernière. Nous aimerions poursuivre avec vous et \
vous proposons un second entretien le mardi 7 juillet à 10h00, dans nos bureaux de la Grand-Rue, \
avec M. Pierre Bonvin, directeur.

Ce deuxième rendez-vous portera surtout sur l'organisation de l'accueil des délégations et sur vos \
disponibilités pour les horaires de week-end.

Merci de me confirmer si cela vous convient.

Cordialement,
Valérie Chappuis
Cheffe du service accueil
Montreux Riviera Accueil
""",
))

add(dict(
    kind=INV, slug="aig_video_interview_teams", lang="fr",
    company="Académie internationale de Genève", contact="lea.morand@aig-geneve.example.ch",
    frm=("Léa Morand", "lea.morand@aig-geneve.example.ch"), frm_cs="iso-8859-1", frm_enc="q",
    subject="Invitation : entretien vidéo – Assistante événements académiques",
    subj_cs="utf-8", subj_enc="b",
    date="2026-07-14 09:40", mid="aig-invite", refs=["aig-ack"],
    text=(TEXT := """\
Madame Lindqvist-Obi,

Nous vous remercions de votre candidature et avons le plaisir de vous inviter à un premier \
entretien par vidéoconférence pour le poste d'assistante événements académiques.

Jour et heure : mercredi 22 juillet 2026, 10h00 – 10h45 (heure de Genève)
Plateforme : Microsoft Teams – le lien figure dans l'invitation de calendrier jointe
Participantes : Léa Morand (personnel) et Dre Hélène Vautier (affaires académiques)

En cas d'empêchement, merci de nous prévenir au plus tard 48 heures à l'avance.

Avec mes salutations distinguées,

Léa Morand
Responsable du personnel
Académie internationale de Genève

AVIS DE CONFIDENTIALITÉ : ce courriel et ses pièces jointes peuvent contenir des informations \
confidentielles. Toute diffusion non autorisée est interdite.
"""),
    html=simple_html(TEXT, "fr"),
    ics=dict(method="REQUEST", uid="aig-video-20260722@aig-geneve.example.ch", seq=0,
             start="2026-07-22 10:00", end="2026-07-22 10:45",
             summary="Entretien vidéo – Assistante événements académiques",
             location="Microsoft Teams",
             description="Rejoindre : https://teams.example.ch/l/meetup-join/aig/0722",
             organizer=("Léa Morand", "lea.morand@aig-geneve.example.ch")),
))

add(dict(
    kind=INV, slug="talentsrhone_client_meeting", lang="fr",
    company="Talents Rhône", contact="chloe.baptiste@talents-rhone.example.fr",
    frm=("Chloé Baptiste", "chloe.baptiste@talents-rhone.example.fr"),
    subject="Rendez-vous client – assistante événementielle (Presqu'île)",
    date="2026-08-19 12:30", mid="rhone-client-invite", refs=["rhone-registration"],
    cte="quoted-printable",
    text="""\
Bonjour Margaux,

Comme évoqué au téléphone, mon client, un hôtel quatre étoiles de la Presqu'île, aimerait vous \
rencontrer pour le poste d'assistante événementielle (CDI, 35 h).

Le rendez-vous est fixé au mardi 25 août à 15h00, directement à l'hôtel. Je vous enverrai \
l'adresse exacte et le nom de votre interlocutrice la veille : le client souhaite rester discret \
tant que le poste est encore occupé.

Pensez à apporter deux exemplaires de votre CV en français ainsi que vos certificats de travail \
suisses.

Belle journée,
Chloé Baptiste
Talents Rhône – Hôtellerie & Événementiel
""",
))

add(dict(
    kind=INV, slug="bellerive_smartrecruiters_invite", lang="fr",
    company="Grand Hôtel Bellerive", contact="thierry.volet@bellerive-montreux.example.ch",
    frm=("Grand Hôtel Bellerive", "noreply@smartrecruiters.com"), frm_cs="utf-8", frm_enc="q",
    reply_to=("Thierry Volet", "thierry.volet@bellerive-montreux.example.ch"),
    subject="Invitation à un entretien : Chargée d'événements & banquets",
    subj_cs="utf-8", subj_enc="q",
    date="2026-05-05 07:30", tz="+0000", mid="bellerive-invite",
    cte="quoted-printable",
    text=(TEXT := """\
Bonjour Margaux,

Thierry Volet, responsable banquets, vous invite à un entretien pour le poste de Chargée \
d'événements & banquets.

Date : mardi 12 mai 2026
Heure : 15h00
Lieu : Grand Hôtel Bellerive, Rue du Théâtre 8, 1820 Montreux – présentez-vous à la réception \
principale

Confirmer ma présence : https://jobs.smartrecruiters.com/GrandHotelBellerive/interview/3b7e19

Pour toute question, répondez directement à ce message.

Cordialement,
Grand Hôtel Bellerive – Recrutement
"""),
    html=ats_card(TEXT, "fr", "Grand Hôtel Bellerive", "#0d3b66"),
))

add(dict(
    kind=INV, slug="horizons_interview_reply_to_application", lang="fr",
    company="Fondation Horizons Solidaires",
    contact="mc.nsengimana@horizons-solidaires.example.org",
    frm=("Marie-Claude Nsengimana", "mc.nsengimana@horizons-solidaires.example.org"),
    subject="RE: Candidature – Coordinatrice d'événements de sensibilisation",
    subj_cs="utf-8", subj_enc="b",
    date="2026-04-21 10:02", mid="horizons-invite", refs=["horizons-application",
                                                           "horizons-ack", "horizons-relance"],
    charset="windows-1252", cte="8bit",
    text="""\
Bonjour Madame Lindqvist-Obi,

Merci pour votre candidature, que nous avons lue avec beaucoup d’intérêt. Votre expérience de \
l’accueil de groupes internationaux à la réception d’un grand hôtel correspond bien à ce que nous \
cherchons.

Seriez-vous disponible pour un entretien dans nos locaux de la rue de Lausanne le mercredi \
29 avril à 14h00 ? Nous serons deux : moi-même et Kofi Asante, responsable du plaidoyer. \
L’entretien durera environ une heure.

Bien cordialement,
Marie-Claude Nsengimana
Responsable RH
Fondation Horizons Solidaires
Rue de Lausanne 64, 1202 Genève
+41 22 555 36 90

""" + outlook_block("fr", "Margaux Lindqvist-Obi <margaux.lo@example.ch>",
                    "lundi 6 avril 2026 08:30", "emplois@horizons-solidaires.example.org",
                    "Candidature – Coordinatrice d’événements de sensibilisation", """\
Madame, Monsieur,

Réceptionniste dans un hôtel lausannois depuis six ans, je souhaite mettre mon expérience de \
l’accueil au service de vos campagnes de sensibilisation. Vous trouverez ci-joint mon CV et ma \
lettre de motivation.

Je reste à votre disposition pour un entretien.

Meilleures salutations,
Margaux Lindqvist-Obi""", rule="-----Message d'origine-----"),
))

# ------------------------------------------------------------------------------------- German

add(dict(
    kind=INV, slug="aarehof_phone_interview", lang="de",
    company="Kongresszentrum Aarehof", contact="reto.zaugg@aarehof.example.ch",
    frm=("Reto Zaugg", "reto.zaugg@aarehof.example.ch"),
    subject="Telefoninterview – Eventkoordinatorin Kongresse", subj_cs="utf-8", subj_enc="q",
    date="2026-03-10 09:18", mid="aarehof-invite", refs=["aarehof-ack"],
    text="""\
Guten Tag Frau Lindqvist-Obi

Vielen Dank für Ihre Bewerbung als Eventkoordinatorin Kongresse. Gerne würden wir Sie in einem \
ersten Telefongespräch von rund 30 Minuten näher kennenlernen.

Passt Ihnen Freitag, 13. März 2026, um 14.00 Uhr? Ich würde Sie auf Ihrem Natel anrufen. Das \
Gespräch führen wir auf Deutsch, einen kurzen Teil auch auf Französisch.

Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Freundliche Grüsse
Reto Zaugg
HR-Fachmann
Kongresszentrum Aarehof AG
Aarestrasse 12, 3011 Bern
""",
))

add(dict(
    kind=INV, slug="keller_panel_with_ics", lang="de",
    company="Uhrenmanufaktur Keller", contact="martina.frei@keller-uhren.example.ch",
    frm=("Martina Frei", "martina.frei@keller-uhren.example.ch"),
    subject="Einladung zum Vorstellungsgespräch – Event Specialist Brand Experience",
    subj_cs="utf-8", subj_enc="b",
    date="2026-04-29 13:44", mid="keller-invite", refs=["keller-ack"],
    cte="quoted-printable",
    text=(TEXT := """\
Sehr geehrte Frau Lindqvist-Obi

Wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle Event Specialist Brand \
Experience einzuladen.

Termin: Mittwoch, 6. Mai 2026, 13.30 – 15.00 Uhr
Ort: Uhrenmanufaktur Keller, Seestrasse 201, 8002 Zürich, Empfang Haus B
Gesprächspartner: Martina Frei (HR), Jonas Keller (Head of Brand Experience), Elif Demir \
(Eventmanagerin)

Bitte bringen Sie ein kurzes Konzept (max. drei Folien) für einen Kundenanlass zur Lancierung \
einer neuen Uhr mit. Die Kalendereinladung finden Sie im Anhang.

Wir freuen uns auf Ihren Besuch.

Freundliche Grüsse
Martina Frei
HR Business Partner
Uhrenmanufaktur Keller AG
Seestrasse 201, 8002 Zürich
"""),
    html=outlook_html(TEXT, "de", "utf-8"),
    ics=dict(method="REQUEST", uid="keller-20260506-frei@keller-uhren.example.ch", seq=0,
             start="2026-05-06 13:30", end="2026-05-06 15:00",
             summary="Vorstellungsgespräch Margaux Lindqvist-Obi",
             location="Uhrenmanufaktur Keller, Haus B",
             organizer=("Martina Frei", "martina.frei@keller-uhren.example.ch"),
             attendees=[("Jonas Keller", "jonas.keller@keller-uhren.example.ch"),
                        ("Elif Demir", "elif.demir@keller-uhren.example.ch")],
             attach=True, filename="Einladung.ics"),
))

add(dict(
    kind=INV, slug="personalwerk_seefeld_interview", lang="de",
    company="Seefeld Events", contact="nicole.steiner@personalwerk.example.ch",
    frm=("Nicole Steiner", "nicole.steiner@personalwerk.example.ch"),
    subject="Vorstellungsgespräch bei Seefeld Events", subj_cs="utf-8", subj_enc="q",
    date="2026-03-25 11:50", mid="seefeld-invite", refs=["personalwerk-registration"],
    cte="quoted-printable",
    text="""\
Liebe Margaux

Super Neuigkeiten: Seefeld Events möchte Sie kennenlernen! Ich habe für Sie folgenden Termin \
reserviert:

Donnerstag, 2. April 2026, 10.00 Uhr
Seefeld Events, Feldeggstrasse 58, 8008 Zürich
Gesprächspartnerin: Corinne Baumann, Head of Corporate Events

Ich rufe Sie am Vortag an, damit wir das Gespräch gemeinsam vorbereiten können. Bitte geben Sie \
mir bis Freitag Bescheid, ob der Termin klappt.

Herzliche Grüsse
Nicole Steiner
Senior Consultant Hotellerie & Events
Personalwerk Zürich AG
""",
))

add(dict(
    kind=INV, slug="isarforum_softgarden_video_link", lang="de",
    company="Isarforum Tagungszentrum", contact="k.obermaier@isarforum.example.de",
    frm=("Isarforum Tagungszentrum über softgarden", "isarforum@softgarden.io"),
    frm_cs="iso-8859-1", frm_enc="q",
    reply_to=("Katrin Obermaier", "k.obermaier@isarforum.example.de"),
    subject="Einladung zum Videointerview",
    date="2026-03-03 10:10", mid="isarforum-invite", refs=["isarforum-ack"],
    text=(TEXT := """\
Sehr geehrte Frau Lindqvist-Obi,

vielen Dank für Ihre Bewerbung als Veranstaltungskoordinatorin (m/w/d). Wir möchten Sie gerne in \
einem Videointerview von etwa 45 Minuten kennenlernen.

Bitte wählen Sie über folgenden Link einen passenden Termin aus:
https://isarforum.softgarden.io/interview/slot/55c0e9

Zur Auswahl stehen Termine zwischen dem 9. und 12. März 2026. Nach der Buchung erhalten Sie \
automatisch eine Bestätigung mit dem Zugangslink.

Mit freundlichen Grüßen
Katrin Obermaier
Personalreferentin, Isarforum Tagungszentrum
"""),
    html=ats_card(TEXT, "de", "Isarforum Tagungszentrum", "#117a65"),
))

add(dict(
    kind=INV, slug="limmatblick_probetag", lang="de",
    company="Hotel Limmatblick", contact="s.huerlimann@limmatblick.example.ch",
    frm=("Sabine Hürlimann", "s.huerlimann@limmatblick.example.ch"),
    frm_cs="iso-8859-1", frm_enc="b",
    subject="Einladung Probetag Bankett & Events",
    date="2026-06-03 15:22", mid="limmatblick-invite",
    charset="iso-8859-1", cte="8bit",
    text="""\
Grüezi Frau Lindqvist-Obi

Danke für Ihre Bewerbung. Wir würden Sie gerne an einem Probetag in unserem Bankettbüro erleben.

Unser Vorschlag: Dienstag, 9. Juni 2026, 8.00 bis 16.30 Uhr. Sie begleiten unsere Bankettleiterin \
bei der Vorbereitung einer Hochzeit mit 120 Gästen und bei zwei Firmenanlässen. Das Mittagessen im \
Personalrestaurant ist inbegriffen.

Melden Sie sich bitte um 7.50 Uhr beim Personaleingang auf der Seite Limmatquai.

Bitte bestätigen Sie den Termin bis Freitag.

Freundliche Grüsse
Sabine Hürlimann
Personalchefin
Hotel Limmatblick
Limmatquai 70, 8001 Zürich
""",
))

add(dict(
    kind=INV, slug="eventhaus_casual_zoom", lang="de",
    company="Eventhaus Schwabing", contact="tobi@eventhaus-schwabing.example.de",
    frm=("Tobi Lechner", "tobi@eventhaus-schwabing.example.de"),
    subject="Kaffee am Donnerstag?",
    date="2026-07-06 21:14", mid="eventhaus-invite", refs=["eventhaus-application"],
    text="""\
Hi Margaux,

danke für deine Mail und den Lebenslauf! Klingt echt spannend, was du bisher gemacht hast.

Hast du Donnerstag (9.7.) gegen 11 Uhr Zeit für einen Video-Call? Dann können wir ganz locker \
quatschen, wie wir hier arbeiten und wen wir für die Stelle als Eventkoordinatorin suchen.
Zoom: https://zoom.example.de/j/8812004417

Falls Donnerstag nicht passt, schlag einfach was vor.

Bis bald
Tobi

Tobias Lechner · Gründer & Geschäftsführer
Eventhaus Schwabing · Leopoldstraße 77 · 80802 München
""",
))

# ------------------------------------------------------------------------------------- English

add(dict(
    kind=INV, slug="navigli_greenhouse_scheduling", lang="en",
    company="Navigli Convention Hub", contact="giulia.rossi@navigli-hub.example.it",
    frm=("Giulia Rossi via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Giulia Rossi", "giulia.rossi@navigli-hub.example.it"),
    subject="Interview invitation: Events Coordinator at Navigli Convention Hub",
    date="2026-05-19 10:31", mid="navigli-invite", refs=["navigli-ack"],
    text=(TEXT := """\
Hi Margaux,

Thanks for applying to the Events Coordinator role at Navigli Convention Hub! We'd love to invite \
you to a 45-minute video interview with me and Marco Bianchi, our Head of Venue Operations.

Please pick a time that works for you using the link below:
https://app.greenhouse.io/scheduling/navigli/interview/7c1d55

Slots run from 26 to 29 May (CET). If none of them suit you, just reply to this email and we'll \
find another time.

Looking forward to speaking with you,
Giulia Rossi
Talent Partner, Navigli Convention Hub
"""),
    html=simple_html(TEXT, "en"),
))

add(dict(
    kind=INV, slug="polaris_teams_screen", lang="en",
    company="Polaris Events Group", contact="owen.clarke@polaris-events.example.ch",
    frm=("Owen Clarke", "owen.clarke@polaris-events.example.ch"),
    subject="Quick call re: Event Coordinator role?",
    date="2026-01-27 16:02", mid="polaris-invite", refs=["polaris-ack"],
    text="""\
Hi Margaux,

Thanks for your application for the Event Coordinator role in our Zurich office. I'd like to set \
up a quick 20-minute Teams call to learn a bit more about you and walk you through the role.

Would Monday 2 February at 10:00 work? Here's the link:
https://teams.example.ch/l/meetup-join/polaris/0202-1000

If that time doesn't suit, send me two or three slots that do, this week or next.

Cheers,
Owen Clarke
Talent Acquisition Lead
Polaris Events Group
Hardturmstrasse 161, 8005 Zürich
+41 44 555 88 20
""",
))

add(dict(
    kind=INV, slug="meridian_icims_assessment_centre", lang="en",
    company="Meridian Hospitality", contact="",
    frm=("Meridian Hospitality Recruiting", "meridian-careers@icims.com"),
    subject="Invitation: Assessment Centre – Guest Events Coordinator (Milan)",
    subj_cs="utf-8", subj_enc="q",
    date="2026-10-01 08:15", mid="meridian-invite",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="base64",
    html=ats_card("""\
Dear Margaux,

We are pleased to invite you to the Meridian Hospitality assessment centre for the Guest Events \
Coordinator position at our Milan Porta Nuova property.

Date: Thursday 8 October 2026
Time: 09:00 – 15:30 (CET)
Venue: Meridian Porta Nuova, Piazza Gae Aulenti 9, 20124 Milano – Sala Verde

The day includes a group exercise, a role-play with a guest, a short written test and an \
individual interview with the hotel's events manager.

Please confirm your attendance through the candidate portal:
https://careers-meridian.icims.com/jobs/2291/assessment/confirm

Meridian Hospitality Talent Acquisition""", "en", "Meridian Hospitality", "#7b241c",
        footer="This mailbox is not monitored."),
))

add(dict(
    kind=INV, slug="quantara_panel_calendar", lang="en",
    company="Quantara Reinsurance", contact="hannah.wyss@quantara.example.ch",
    frm=("Hannah Wyss", "hannah.wyss@quantara.example.ch"),
    subject="Panel interview – Events Coordinator (Zurich)", subj_cs="utf-8", subj_enc="b",
    date="2026-08-18 14:37", mid="quantara-invite",
    text=(TEXT := """\
Dear Margaux,

Following our call last week, I'm pleased to invite you to a panel interview for the Events \
Coordinator position.

When: Thursday 27 August 2026, 15:00–16:15 CEST
Where: Quantara Reinsurance, Mythenquai 40, Zurich – please ask for me at the main reception
Panel: Peter Kägi (Head of Client Events), Ana Lopes (Marketing) and myself

We'll ask you to walk us through a short case study on the logistics of a 300-guest client \
summit; the brief will follow two days before. The calendar invitation is attached — please \
accept it so we know you're coming.

Best regards,
Hannah Wyss
Talent Acquisition Partner
Quantara Reinsurance
"""),
    html=outlook_html(TEXT, "en", "utf-8"),
    ics=dict(method="REQUEST", uid="qre-panel-20260827@quantara.example.ch", seq=0,
             start="2026-08-27 15:00", end="2026-08-27 16:15",
             summary="Panel interview – Margaux Lindqvist-Obi (Events Coordinator)",
             location="Quantara Reinsurance, Mythenquai 40, Zurich",
             organizer=("Hannah Wyss", "hannah.wyss@quantara.example.ch"),
             attendees=[("Peter Kägi", "peter.kaegi@quantara.example.ch"),
                        ("Ana Lopes", "ana.lopes@quantara.example.ch")]),
))

# ------------------------------------------------------------------------------------- Spanish

add(dict(
    kind=INV, slug="diagonal_video_interview_ics", lang="es",
    company="Fira Diagonal Congresos", contact="nuria.puig@diagonal-congresos.example.es",
    frm=("Núria Puig", "nuria.puig@diagonal-congresos.example.es"), frm_cs="utf-8", frm_enc="b",
    subject="Entrevista – Coordinador/a de Congresos", subj_cs="utf-8", subj_enc="q",
    date="2026-06-08 09:14", mid="diagonal-invite", refs=["diagonal-ack"],
    text=(TEXT := """\
Hola Margaux:

Gracias por presentar tu candidatura al puesto de Coordinador/a de Congresos. Nos gustaría \
conocerte en una entrevista por videollamada el martes 16 de junio de 2026 a las 10:00 (hora de \
Barcelona), con Jordi Ventura, director de operaciones, y conmigo.

Te adjunto la convocatoria para tu calendario. La entrevista será en castellano, con una parte en \
inglés.

¿Nos confirmas tu asistencia?

Un saludo,
Núria Puig
Responsable de Personas
Fira Diagonal Congresos
"""),
    html=simple_html(TEXT, "es"),
    ics=dict(method="REQUEST", uid="fdc-20260616@diagonal-congresos.example.es", seq=0,
             start="2026-06-16 10:00", end="2026-06-16 11:00", tzid="Europe/Madrid",
             summary="Entrevista Margaux Lindqvist-Obi – Coordinador/a de Congresos",
             location="Google Meet", prodid=GOOGLE,
             description="Unirse: https://meet.example.es/fdc-entrevista",
             organizer=("Núria Puig", "nuria.puig@diagonal-congresos.example.es")),
))

add(dict(
    kind=INV, slug="mirador_phone_call_request", lang="es",
    company="Hotel Mirador de Gràcia", contact="laura.vidal@miradorgracia.example.es",
    frm=("Laura Vidal", "laura.vidal@miradorgracia.example.es"),
    subject="¿Hablamos por teléfono?", subj_cs="iso-8859-1", subj_enc="b",
    date="2026-04-13 12:40", mid="mirador-invite",
    text="""\
Hola Margaux,

Soy Laura, del departamento de Recursos Humanos del Hotel Mirador de Gràcia. Hemos recibido tu CV \
para el puesto de coordinadora de eventos y me gustaría hacerte una primera entrevista telefónica \
de unos 20 minutos.

¿Te iría bien el jueves 16 de abril a las 11:00? Te llamaría al número suizo que aparece en tu \
currículum.

Si no te va bien, dime qué franja te encaja mejor.

Gracias y hasta pronto,
Laura Vidal
Técnica de Selección
Hotel Mirador de Gràcia
Carrer Gran de Gràcia 120, 08012 Barcelona
""",
))

add(dict(
    kind=INV, slug="talentomed_arenal_client_interview", lang="es",
    company="Hotel Arenal Barceloneta", contact="javier.soler@talentomed.example.es",
    frm=("Javier Soler", "javier.soler@talentomed.example.es"),
    subject="Entrevista con el Hotel Arenal Barceloneta",
    date="2026-09-28 13:05", mid="arenal-invite", refs=["talentomed-registration"],
    text="""\
Hola Margaux,

¡Buenas noticias! El Hotel Arenal Barceloneta quiere entrevistarte para el puesto de Event \
Manager Junior.

Te he reservado el viernes 2 de octubre a las 9:30, por videollamada, con Marta Casals, directora \
comercial del hotel. El enlace te llegará directamente desde el hotel.

Antes me gustaría llamarte 15 minutos para preparar la entrevista juntos. ¿Te va bien mañana a \
las 18:00?

Un abrazo,
Javier Soler
Consultor sénior · Talento Mediterráneo
""",
))

# =============================================================================================
# Reschedules and cancellations
# =============================================================================================

add(dict(
    kind=MOVE, slug="belvedere_moved_sequence1", lang="fr",
    company="Hôtel Belvédère d'Ouchy", contact="sophie.carrel@belvedere-ouchy.example.ch",
    frm=("Sophie Carrel", "sophie.carrel@belvedere-ouchy.example.ch"),
    subject="Changement d'horaire – votre entretien du 24 février", subj_cs="utf-8", subj_enc="b",
    date="2026-02-20 11:03", mid="belv-moved", refs=["belv-invite"],
    text=(TEXT := """\
Bonjour Madame Lindqvist-Obi,

Monsieur Pidoux doit malheureusement se rendre à un salon professionnel à Bâle le 24 février. \
Nous devons donc déplacer votre entretien.

Nouvelle date : jeudi 26 février 2026 à 10h00, toujours au salon Léman de l'hôtel. La durée et le \
programme restent identiques.

L'invitation de votre agenda a été mise à jour. Si ce nouveau créneau ne vous convient pas, \
dites-le-moi et nous trouverons une autre solution.

Avec nos excuses pour ce changement,
Sophie Carrel
Responsable des ressources humaines
Hôtel Belvédère d'Ouchy
"""),
    html=outlook_html(TEXT, "fr", "utf-8"),
    ics=dict(method="REQUEST", uid="belv-20260224-carrel@belvedere-ouchy.example.ch", seq=1,
             start="2026-02-26 10:00", end="2026-02-26 11:00",
             summary="Entretien – Margaux Lindqvist-Obi / Coordinatrice événements",
             location="Hôtel Belvédère d'Ouchy, salon Léman",
             organizer=("Sophie Carrel", "sophie.carrel@belvedere-ouchy.example.ch"),
             attendees=[("Olivier Pidoux", "olivier.pidoux@belvedere-ouchy.example.ch")]),
))

add(dict(
    kind=MOVE, slug="riviera_interviewer_ill_cancel", lang="fr",
    company="Riviera Congrès Montreux", contact="p.genoud@riviera-congres.example.ch",
    frm=("Patricia Genoud", "p.genoud@riviera-congres.example.ch"),
    subject="Annulé : Entretien – Coordinatrice événements congrès", subj_cs="utf-8", subj_enc="q",
    date="2026-04-15 16:52", mid="riviera-cancel", refs=["riviera-panel"],
    charset="windows-1252", cte="base64",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""\
Bonjour Madame Lindqvist-Obi,

Je suis navrée de vous écrire si tard : M. Rey est malade depuis ce matin et nous devons annuler \
l’entretien prévu demain, jeudi 16 avril à 9h30.

Il ne s’agit en aucun cas d’une décision sur votre candidature, qui reste pleinement d’actualité. \
Je reviendrai vers vous d’ici lundi avec deux ou trois nouvelles dates, dès que nous connaîtrons \
la date de son retour.

Merci de votre compréhension et toutes nos excuses pour ce contretemps.

Patricia Genoud
Spécialiste RH – Riviera Congrès Montreux
""",
    ics=dict(method="CANCEL", uid="riv-panel-20260416@riviera-congres.example.ch", seq=1,
             start="2026-04-16 09:30", end="2026-04-16 10:45",
             summary="Annulé : Entretien Margaux Lindqvist-Obi – Coordinatrice événements congrès",
             location="Riviera Congrès Montreux, salle Dent-de-Jaman",
             organizer=("Patricia Genoud", "p.genoud@riviera-congres.example.ch")),
))

add(dict(
    kind=MOVE, slug="aig_video_moved_one_hour", lang="fr",
    company="Académie internationale de Genève", contact="lea.morand@aig-geneve.example.ch",
    frm=("Léa Morand", "lea.morand@aig-geneve.example.ch"),
    subject="Mise à jour : entretien vidéo du 22 juillet - nouvel horaire",
    subj_cs="iso-8859-1", subj_enc="q",
    date="2026-07-17 13:22", mid="aig-moved", refs=["aig-invite"],
    text=(TEXT := """\
Madame Lindqvist-Obi,

Une séance du Conseil académique ayant été avancée, nous devons décaler votre entretien vidéo \
d'une heure.

Nouvel horaire : mercredi 22 juillet 2026, de 11h00 à 11h45. Le lien Teams reste le même ; \
l'invitation ci-jointe remplace la précédente.

Merci de nous confirmer que ce nouvel horaire vous convient.

Avec mes salutations distinguées,

Léa Morand
Responsable du personnel
Académie internationale de Genève

AVIS DE CONFIDENTIALITÉ : ce courriel et ses pièces jointes peuvent contenir des informations \
confidentielles. Toute diffusion non autorisée est interdite.
"""),
    html=simple_html(TEXT, "fr"),
    ics=dict(method="REQUEST", uid="aig-video-20260722@aig-geneve.example.ch", seq=1,
             start="2026-07-22 11:00", end="2026-07-22 11:45",
             summary="Entretien vidéo – Assistante événements académiques",
             location="Microsoft Teams",
             description="Rejoindre : https://teams.example.ch/l/meetup-join/aig/0722",
             organizer=("Léa Morand", "lea.morand@aig-geneve.example.ch"), attach=True),
))

add(dict(
    kind=MOVE, slug="verdier_trial_day_postponed", lang="fr",
    company="Maison Verdier", contact="ines.favre-bulle@verdier-horlogerie.example.ch",
    frm=("Inès Favre-Bulle", "ines.favre-bulle@verdier-horlogerie.example.ch"),
    frm_cs="iso-8859-1", frm_enc="b",
    subject="Report de votre journée d'essai",
    date="2026-02-03 09:41", mid="verdier-postponed", refs=["verdier-trial"],
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Chère Madame Lindqvist-Obi,

Notre inventaire annuel a été avancé au jeudi 5 février et l'atelier sera fermé au public ce \
jour-là. Je préfère donc reporter votre journée d'essai plutôt que de vous faire venir dans de \
mauvaises conditions.

Je vous propose le jeudi 12 février 2026, mêmes horaires (9h00 - 17h00) et même programme. Le \
déjeuner et le défraiement restent bien entendu prévus.

Merci de me dire si cette date vous convient.

Avec mes meilleures salutations,
Inès Favre-Bulle
Maison Verdier Horlogerie
""",
))

add(dict(
    kind=MOVE, slug="confluence_assessment_moved", lang="fr",
    company="Cité Confluence Congrès", contact="s.perret@confluence-congres.example.fr",
    frm=("Sandrine Perret", "s.perret@confluence-congres.example.fr"),
    subject="RE: Convocation – journée d'évaluation collective (report au 22 septembre)",
    subj_cs="utf-8", subj_enc="b",
    date="2026-09-07 14:18", mid="confluence-moved", refs=["confluence-assess"],
    cte="quoted-printable",
    text=(TEXT := """\
Bonjour Margaux,

Pour des raisons d'organisation interne, la journée d'évaluation collective du 15 septembre est \
reportée au mardi 22 septembre 2026, même horaire (8h45 – 16h00). Elle se tiendra cette fois en \
salle Saône, au 2e étage ; l'accueil Rambaud vous y orientera.

Le reste du programme ne change pas. Merci de me confirmer votre présence à cette nouvelle date.

Cordialement,
Sandrine Perret

""" + replied("fr", "2 sept. 2026 à 11:05", "Sandrine Perret",
              "s.perret@confluence-congres.example.fr", """\
Bonjour Margaux,

Nous avons le plaisir de vous convier à notre journée d'évaluation collective pour le poste de \
coordinatrice congrès, le mardi 15 septembre 2026 de 8h45 à 16h00, à la Cité Confluence Congrès \
(accueil Rambaud).

Merci de confirmer votre participation avant le 10 septembre.

Sandrine Perret""")),
    html=simple_html(TEXT, "fr"),
))

add(dict(
    kind=MOVE, slug="horizons_meeting_cancelled_ics", lang="fr",
    company="Fondation Horizons Solidaires",
    contact="mc.nsengimana@horizons-solidaires.example.org",
    frm=("Marie-Claude Nsengimana", "mc.nsengimana@horizons-solidaires.example.org"),
    subject="Annulation de notre rendez-vous du 29 avril",
    date="2026-04-27 08:10", mid="horizons-cancel", refs=["horizons-invite"],
    text="""\
Bonjour Madame Lindqvist-Obi,

Je dois malheureusement annuler notre rendez-vous de mercredi 29 avril : Kofi Asante est appelé \
en urgence à Nairobi pour une mission de terrain et je ne souhaite pas vous recevoir sans lui.

Votre candidature reste bien entendu à l'étude. Je vous proposerai une nouvelle date dès son \
retour, probablement dans la deuxième quinzaine de mai.

Avec mes excuses,
Marie-Claude Nsengimana
Responsable RH – Fondation Horizons Solidaires
""",
    ics=dict(method="CANCEL", uid="horizons-20260429-rh@horizons-solidaires.example.org", seq=1,
             start="2026-04-29 14:00", end="2026-04-29 15:00",
             summary="Entretien – Coordinatrice d'événements de sensibilisation",
             location="Fondation Horizons Solidaires, Rue de Lausanne 64",
             organizer=("Marie-Claude Nsengimana",
                        "mc.nsengimana@horizons-solidaires.example.org")),
))

add(dict(
    kind=MOVE, slug="delorme_client_moves_interview", lang="fr",
    company="Fondation Léman Patrimoine", contact="c.rochat@delorme-associes.example.ch",
    frm=("Camille Rochat", "c.rochat@delorme-associes.example.ch"),
    subject="Fondation Léman Patrimoine - nouvelle date d'entretien",
    subj_cs="iso-8859-1", subj_enc="q",
    date="2026-02-17 10:44", mid="delorme-moved", refs=["delorme-invite"],
    text="""\
Bonjour Madame Lindqvist-Obi,

Mme Jaquier m'informe qu'elle doit présider le conseil de fondation le jeudi 19 février au matin. \
Votre entretien est donc déplacé au mardi 24 février à 16h00, à la même adresse (Promenade du \
Pin 3) et pour la même durée.

M. Delorme vous appellera lundi comme prévu pour la préparation.

Merci de me confirmer que ce changement vous convient.

Meilleures salutations,
Camille Rochat
Assistante de direction
Delorme & Associés
""",
))

add(dict(
    kind=MOVE, slug="montreux_accueil_moved_on_request", lang="fr",
    company="Montreux Riviera Accueil", contact="valerie.chappuis@montreux-accueil.example.ch",
    frm=("Valérie Chappuis", "valerie.chappuis@montreux-accueil.example.ch"),
    subject="Re: Demande de report - second entretien",
    date="2026-07-02 09:12", mid="montreux-moved", refs=["montreux-invite", "montreux-request"],
    text="""\
Bonjour Margaux,

Pas de souci, je comprends tout à fait. M. Bonvin peut vous recevoir le jeudi 9 juillet à 14h00 \
pour le second entretien, au lieu du mardi 7 juillet ; même lieu, même durée.

Je considère que c'est confirmé, sauf message contraire de votre part.

Valérie

""" + replied("fr", "mer. 1 juil. 2026 à 21:03", "Margaux Lindqvist-Obi", ME[1], """\
Bonjour Madame Chappuis,

Merci encore pour l'invitation au second entretien. Je suis malheureusement de service à la \
réception le mardi 7 juillet au matin et n'ai pas trouvé de remplaçante.

Serait-il possible de déplacer notre rendez-vous au jeudi 9 juillet, ou à un autre jour de la \
semaine, en fin de matinée ou l'après-midi ?

Je vous prie de m'excuser pour ce contretemps.

Meilleures salutations,
Margaux Lindqvist-Obi"""),
))

add(dict(
    kind=MOVE, slug="keller_updated_room_and_time", lang="de",
    company="Uhrenmanufaktur Keller", contact="martina.frei@keller-uhren.example.ch",
    frm=("Martina Frei", "martina.frei@keller-uhren.example.ch"),
    subject="Aktualisiert: Vorstellungsgespräch – Event Specialist Brand Experience",
    subj_cs="utf-8", subj_enc="q",
    date="2026-05-04 08:30", mid="keller-moved", refs=["keller-invite"],
    text=(TEXT := """\
Sehr geehrte Frau Lindqvist-Obi

Eine kleine Änderung zu unserem Termin vom 6. Mai: Das Gespräch findet nicht im Haus B, sondern im \
Besucherzentrum statt (Haus A, 3. Stock, Raum «Tourbillon») und beginnt neu bereits um \
13.00 Uhr. Das Ende verschiebt sich entsprechend auf 14.30 Uhr.

Die aktualisierte Kalendereinladung ist angehängt.

Freundliche Grüsse
Martina Frei
HR Business Partner, Uhrenmanufaktur Keller
"""),
    html=outlook_html(TEXT, "de", "utf-8"),
    ics=dict(method="REQUEST", uid="keller-20260506-frei@keller-uhren.example.ch", seq=1,
             start="2026-05-06 13:00", end="2026-05-06 14:30",
             summary="Vorstellungsgespräch Margaux Lindqvist-Obi",
             location="Uhrenmanufaktur Keller, Haus A, Raum Tourbillon",
             organizer=("Martina Frei", "martina.frei@keller-uhren.example.ch"),
             attendees=[("Jonas Keller", "jonas.keller@keller-uhren.example.ch"),
                        ("Elif Demir", "elif.demir@keller-uhren.example.ch")],
             attach=True, filename="Einladung.ics"),
))

add(dict(
    kind=MOVE, slug="aarehof_phone_call_postponed", lang="de",
    company="Kongresszentrum Aarehof", contact="reto.zaugg@aarehof.example.ch",
    frm=("Reto Zaugg", "reto.zaugg@aarehof.example.ch"),
    subject="Verschiebung Telefoninterview",
    date="2026-03-12 16:05", mid="aarehof-moved", refs=["aarehof-invite"],
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Guten Tag Frau Lindqvist-Obi

Leider muss ich unser Telefongespräch von morgen, Freitag, 13. März, verschieben: Ich wurde \
kurzfristig an eine Sitzung der Geschäftsleitung aufgeboten.

Neuer Vorschlag: Montag, 16. März 2026, 14.00 Uhr, gleiche Dauer. Ich rufe Sie wiederum auf Ihrem \
Natel an.

Besten Dank für Ihr Verständnis.

Freundliche Grüsse
Reto Zaugg
Kongresszentrum Aarehof
""",
))

add(dict(
    kind=MOVE, slug="seefeld_cancels_meeting", lang="de",
    company="Seefeld Events", contact="corinne.baumann@seefeld-events.example.ch",
    frm=("Corinne Baumann", "corinne.baumann@seefeld-events.example.ch"),
    cc=[("Nicole Steiner", "nicole.steiner@personalwerk.example.ch")],
    subject="Abgesagt: Kennenlernen Margaux Lindqvist-Obi / Seefeld Events",
    date="2026-03-30 07:55", mid="seefeld-cancel", refs=["seefeld-invite"],
    text=(TEXT := """\
Liebe Frau Lindqvist-Obi

Leider muss ich unser Treffen vom Donnerstag, 2. April, absagen: Ein Kundenanlass in St. Moritz \
wurde kurzfristig vorverschoben, und ich bin die ganze Woche im Engadin.

Das heisst aber nicht, dass wir das Interesse verloren haben! Frau Steiner von Personalwerk wird \
Ihnen nach Ostern neue Terminvorschläge übermitteln.

Herzliche Grüsse
Corinne Baumann
Head of Corporate Events
Seefeld Events AG
Feldeggstrasse 58, 8008 Zürich
"""),
    html=outlook_html(TEXT, "de", "utf-8"),
    ics=dict(method="CANCEL", uid="seefeld-20260402-baumann@seefeld-events.example.ch", seq=2,
             start="2026-04-02 10:00", end="2026-04-02 11:00",
             summary="Abgesagt: Kennenlernen Margaux Lindqvist-Obi / Seefeld Events",
             location="Seefeld Events, Feldeggstrasse 58",
             organizer=("Corinne Baumann", "corinne.baumann@seefeld-events.example.ch")),
))

add(dict(
    kind=MOVE, slug="isarforum_softgarden_slot_changed", lang="de",
    company="Isarforum Tagungszentrum", contact="",
    frm=("Isarforum Tagungszentrum über softgarden", "isarforum@softgarden.io"),
    frm_cs="utf-8", frm_enc="b",
    subject="Ihr Interviewtermin wurde geändert", subj_cs="utf-8", subj_enc="q",
    date="2026-03-06 15:01", mid="isarforum-moved", refs=["isarforum-invite"],
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    html=ats_card("""\
Guten Tag Margaux Lindqvist-Obi,

Ihr Interviewtermin für die Stelle Veranstaltungskoordinator (m/w/d) wurde vom Unternehmen \
geändert.

Bisheriger Termin: Montag, 9. März 2026, 15:00 Uhr
Neuer Termin: Dienstag, 10. März 2026, 09:30 Uhr
Art: Videointerview (Microsoft Teams)

Den aktualisierten Zugangslink finden Sie in Ihrem Bewerberkonto:
https://isarforum.softgarden.io/candidate/appointments""", "de", "Isarforum Tagungszentrum",
        "#117a65", footer="Diese Nachricht wurde automatisch erstellt."),
))

add(dict(
    kind=MOVE, slug="navigli_greenhouse_pushed_back", lang="en",
    company="Navigli Convention Hub", contact="giulia.rossi@navigli-hub.example.it",
    frm=("Giulia Rossi via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Giulia Rossi", "giulia.rossi@navigli-hub.example.it"),
    subject="Updated: Interview with Navigli Convention Hub",
    date="2026-05-22 17:48", mid="navigli-moved", refs=["navigli-invite"],
    text=(TEXT := """\
Hi Margaux,

Marco has a clash with a client walkthrough, so we need to push your interview back by a day. The \
new time is Friday 29 May, 11:00–11:45 CET, on the same video link.

I've attached the updated calendar invite. Sorry for the shuffle — let me know if the new time \
doesn't work for you.

Thanks,
Giulia
"""),
    html=simple_html(TEXT, "en"),
    ics=dict(method="REQUEST", uid="gh-interview-7c1d55@greenhouse-mail.io", seq=1,
             start="2026-05-29 11:00", end="2026-05-29 11:45", tzid="Europe/Rome",
             summary="Interview: Margaux Lindqvist-Obi – Events Coordinator",
             location="Video call", prodid=GOOGLE,
             organizer=("Giulia Rossi", "giulia.rossi@navigli-hub.example.it")),
))

add(dict(
    kind=MOVE, slug="quantara_panel_cancelled", lang="en",
    company="Quantara Reinsurance", contact="hannah.wyss@quantara.example.ch",
    frm=("Hannah Wyss", "hannah.wyss@quantara.example.ch"),
    subject="Cancelled: Panel interview – Events Coordinator (Zurich)",
    subj_cs="utf-8", subj_enc="q",
    date="2026-08-24 18:30", mid="quantara-cancel", refs=["quantara-invite"],
    cte="quoted-printable",
    text="""\
Hi Margaux,

I'm afraid we need to cancel Thursday's panel — Peter has been called to a client crisis in \
London for the rest of the week. This is purely a scheduling problem and has nothing to do with \
your application.

I'll send you a couple of new options for the week of 7 September as soon as I have his diary. \
Apologies for the late notice.

Best,
Hannah
""",
    ics=dict(method="CANCEL", uid="qre-panel-20260827@quantara.example.ch", seq=1,
             start="2026-08-27 15:00", end="2026-08-27 16:15",
             summary="Cancelled: Panel interview – Margaux Lindqvist-Obi (Events Coordinator)",
             location="Quantara Reinsurance, Mythenquai 40, Zurich",
             organizer=("Hannah Wyss", "hannah.wyss@quantara.example.ch"), attach=True,
             filename="cancel.ics"),
))

add(dict(
    kind=MOVE, slug="diagonal_time_changed", lang="es",
    company="Fira Diagonal Congresos", contact="nuria.puig@diagonal-congresos.example.es",
    frm=("Núria Puig", "nuria.puig@diagonal-congresos.example.es"), frm_cs="utf-8", frm_enc="b",
    subject="Cambio de hora: entrevista del 16 de junio",
    date="2026-06-11 08:57", mid="diagonal-moved", refs=["diagonal-invite"],
    text=(TEXT := """\
Hola Margaux:

Jordi tiene una reunión con un cliente a primera hora, así que tenemos que pasar la entrevista \
del martes 16 de junio de las 10:00 a las 12:00. El enlace de la videollamada sigue siendo el \
mismo.

Te reenvío la convocatoria actualizada. Perdona las molestias.

Un saludo,
Núria

""" + replied("es", "8 jun 2026, a las 9:14", "Núria Puig",
              "nuria.puig@diagonal-congresos.example.es", """\
Hola Margaux:

Gracias por presentar tu candidatura al puesto de Coordinador/a de Congresos. Nos gustaría \
conocerte en una entrevista por videollamada el martes 16 de junio de 2026 a las 10:00.

¿Nos confirmas tu asistencia?

Núria""")),
    html=simple_html(TEXT, "es"),
    ics=dict(method="REQUEST", uid="fdc-20260616@diagonal-congresos.example.es", seq=1,
             start="2026-06-16 12:00", end="2026-06-16 13:00", tzid="Europe/Madrid",
             summary="Entrevista Margaux Lindqvist-Obi – Coordinador/a de Congresos",
             location="Google Meet", prodid=GOOGLE,
             description="Unirse: https://meet.example.es/fdc-entrevista",
             organizer=("Núria Puig", "nuria.puig@diagonal-congresos.example.es")),
))

# =============================================================================================
# Missed interviews
# =============================================================================================

add(dict(
    kind=MISSED, slug="vidylac_called_twice", lang="fr",
    company="Centre de Congrès Vidy-Lac", contact="cedric.monnier@vidylac-congres.example.ch",
    frm=("Cédric Monnier", "cedric.monnier@vidylac-congres.example.ch"),
    subject="Notre appel de ce matin",
    date="2026-01-16 10:40", mid="vidylac-missed", refs=["vidylac-screen"],
    text="""\
Bonjour Madame Lindqvist-Obi,

J'ai essayé de vous joindre à deux reprises ce matin, à 10h00 puis à 10h10, comme convenu pour \
notre premier échange téléphonique, sans succès. Je suis tombé chaque fois sur votre messagerie, \
où je vous ai laissé un message.

Y a-t-il eu un malentendu sur l'heure ou sur le numéro ? Si vous êtes toujours intéressée par le \
poste, rappelez-moi au +41 21 555 63 10 ou répondez à ce courriel en m'indiquant deux créneaux \
pour la semaine prochaine.

Meilleures salutations
Cédric Monnier
Chargé RH – Centre de Congrès Vidy-Lac
""",
))

add(dict(
    kind=MISSED, slug="hes_waited_on_teams", lang="fr",
    company="HES Lémanique", contact="yann.jaccard@hes-lemanique.example.ch",
    frm=("Yann Jaccard", "yann.jaccard@hes-lemanique.example.ch"),
    subject="On t'a attendue ce matin",
    date="2026-03-19 11:32", mid="hes-missed", refs=["hes-invite"],
    text="""\
Salut Margaux,

On t'a attendue sur Teams ce matin de 11h00 à 11h20, mais personne ne s'est connecté. J'espère \
que tout va bien de ton côté.

Si tu as eu un souci technique ou un empêchement, pas de stress : dis-moi simplement si tu veux \
qu'on refixe un moment la semaine prochaine.

Yann
""",
))

add(dict(
    kind=MISSED, slug="bellerive_no_show_reception", lang="fr",
    company="Grand Hôtel Bellerive", contact="thierry.volet@bellerive-montreux.example.ch",
    frm=("Thierry Volet", "thierry.volet@bellerive-montreux.example.ch"),
    subject="Votre entretien de cet après-midi", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-05-12 15:48", mid="bellerive-missed", refs=["bellerive-invite"],
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Madame,

Nous vous attendions aujourd'hui à 15h00 à la réception principale pour votre entretien \
(poste de chargée d'événements & banquets). Vous ne vous êtes pas présentée et nous n'avons reçu \
aucun message de votre part.

Nous avons patienté jusqu'à 15h30. Si un imprévu vous en a empêchée, merci de me le faire savoir \
d'ici vendredi ; faute de nouvelles, nous considérerons que vous ne souhaitez plus poursuivre.

Meilleures salutations,
Thierry Volet
Responsable banquets
Grand Hôtel Bellerive, Montreux
""",
))

add(dict(
    kind=MISSED, slug="talentsrhone_client_waited", lang="fr",
    company="Talents Rhône", contact="chloe.baptiste@talents-rhone.example.fr",
    frm=("Chloé Baptiste", "chloe.baptiste@talents-rhone.example.fr"),
    subject="Rendez-vous de 15h – le client vous a attendue",
    date="2026-08-25 15:40", mid="rhone-missed", refs=["rhone-client-invite"],
    text="""\
Bonjour Margaux,

Mon client vient de m'appeler : il vous attendait à 15h00 pour l'entretien et vous n'êtes pas \
venue. J'ai essayé de vous joindre sur votre portable suisse, sans réponse.

Pouvez-vous me rappeler dès que possible ? Si vous avez eu un problème de train ou autre, je peux \
essayer d'obtenir un nouveau rendez-vous, mais je dois lui répondre avant ce soir.

Chloé
06 55 41 18 90
""",
))

add(dict(
    kind=MISSED, slug="paquisrhone_not_connected", lang="fr",
    company="Hôtel Pâquis-Rhône", contact="mh.duc@paquisrhone.example.ch",
    frm=("Marc-Henri Duc", "mh.duc@paquisrhone.example.ch"),
    subject="Entretien vidéo de 14h30 - vous n'étiez pas connectée",
    subj_cs="iso-8859-1", subj_enc="b",
    date="2026-09-14 15:02", mid="paquis-missed", refs=["paquis-invite"],
    charset="windows-1252", cte="quoted-printable",
    text=(TEXT := """\
Bonjour Madame Lindqvist-Obi,

Vous aviez réservé sur notre plateforme un entretien vidéo aujourd’hui à 14h30. Je me suis \
connecté à l’heure et suis resté dans la salle virtuelle jusqu’à 14h50, sans vous voir arriver.

Je peux vous proposer un dernier créneau jeudi à 8h30. Au-delà, il me sera difficile de garder \
votre candidature dans le processus.

Cordialement,
Marc-Henri Duc
Directeur adjoint
Hôtel Pâquis-Rhône – Rue de Berne 21, 1201 Genève
"""),
    html=outlook_html(TEXT, "fr"),
))

add(dict(
    kind=MISSED, slug="aarehof_not_reached", lang="de",
    company="Kongresszentrum Aarehof", contact="reto.zaugg@aarehof.example.ch",
    frm=("Reto Zaugg", "reto.zaugg@aarehof.example.ch"),
    subject="Telefoninterview von heute, 14.00 Uhr",
    date="2026-03-16 14:25", mid="aarehof-missed", refs=["aarehof-moved"],
    text="""\
Guten Tag Frau Lindqvist-Obi

Ich habe Sie heute wie vereinbart um 14.00 Uhr und nochmals um 14.15 Uhr auf Ihrem Natel \
angerufen, Sie aber leider nicht erreicht. Auf Ihrer Combox habe ich eine Nachricht hinterlassen.

Bitte melden Sie sich bei mir, falls Sie weiterhin an der Stelle interessiert sind.

Freundliche Grüsse
Reto Zaugg
Kongresszentrum Aarehof
""",
))

add(dict(
    kind=MISSED, slug="eventhaus_zoom_no_show", lang="de",
    company="Eventhaus Schwabing", contact="tobi@eventhaus-schwabing.example.de",
    frm=("Tobi Lechner", "tobi@eventhaus-schwabing.example.de"),
    subject="Hab dich im Zoom verpasst",
    date="2026-07-09 11:27", mid="eventhaus-missed", refs=["eventhaus-invite"],
    cte="base64",
    text="""\
Hey Margaux,

ich saß heute um 11 im Zoom-Raum und hab bis ca. 11:20 gewartet – du warst nicht da. Alles okay \
bei dir? Vielleicht ist meine Mail im Spam gelandet?

Meld dich einfach, dann finden wir einen neuen Slot.

Tobi
""",
))

add(dict(
    kind=MISSED, slug="polaris_waited_on_teams", lang="en",
    company="Polaris Events Group", contact="owen.clarke@polaris-events.example.ch",
    frm=("Owen Clarke", "owen.clarke@polaris-events.example.ch"),
    subject="Missed you on Teams this morning",
    date="2026-02-02 10:24", mid="polaris-missed", refs=["polaris-invite"],
    text="""\
Hi Margaux,

I waited on Teams for our 10:00 call this morning, but you didn't join, and I couldn't reach you \
on the number from your CV either.

No problem if something came up — just let me know whether you're still interested in the Event \
Coordinator role and we'll look at another time.

Cheers,
Owen
""",
))

add(dict(
    kind=MISSED, slug="meridian_assessment_absent", lang="en",
    company="Meridian Hospitality", contact="sara.conti@meridian-hospitality.example.it",
    frm=("Sara Conti", "sara.conti@meridian-hospitality.example.it"),
    subject="Assessment centre today – absence",
    date="2026-10-08 11:10", mid="meridian-missed", refs=["meridian-invite"],
    text=(TEXT := """\
Dear Margaux,

We noted that you did not attend today's assessment centre in Milan, which started at 09:00. We \
held your place until the first group exercise began at 09:30.

As we had not received a cancellation, I wanted to check whether something happened. Please let \
me know by Friday whether you would like to be considered for a later session; places are \
limited.

Kind regards,
Sara Conti
Talent Acquisition Specialist
Meridian Hospitality
Piazza Gae Aulenti 9, 20124 Milano
"""),
    html=simple_html(TEXT, "en"),
))

add(dict(
    kind=MISSED, slug="mirador_called_twice", lang="es",
    company="Hotel Mirador de Gràcia", contact="laura.vidal@miradorgracia.example.es",
    frm=("Laura Vidal", "laura.vidal@miradorgracia.example.es"),
    subject="Llamada de hoy a las 11:00",
    date="2026-04-16 11:35", mid="mirador-missed", refs=["mirador-invite"],
    charset="iso-8859-1", cte="8bit",
    text="""\
Hola Margaux,

Te he llamado hoy dos veces, a las 11:00 y a las 11:10, tal como habíamos quedado, pero no he \
podido hablar contigo. Te he dejado un mensaje en el buzón de voz.

Si sigues interesada en el puesto, respóndeme con un par de horarios que te vayan bien esta \
semana o la próxima.

Un saludo,
Laura
""",
))
