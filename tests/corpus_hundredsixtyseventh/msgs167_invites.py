"""Corpus 167 — interview invitations (26), reschedules/cancellations (15), missed (10)."""

from __future__ import annotations

from msgs167_common import (
    AUTO_GENERATED,
    ats_card,
    m,
    mso_paras,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"
MESSAGES: list[dict] = []
add = MESSAGES.append

MOSAN_DISCLAIMER = (
    "Mosanpharm SA – Rue de l'Aéroport 12, 4460 Grâce-Hollogne – TVA BE 0455.318.207\n"
    "Ce message et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, "
    "merci de le détruire et d'en informer l'expéditeur."
)

# ================================================================== invitations — French (13)

_mosan_inv = f"""Bonjour Madame Tshibangu-Roux,

Suite à l'examen de votre candidature pour le poste de Regulatory Affairs Assistant, nous avons le plaisir de vous convier à un entretien avec notre équipe.

Date : jeudi 19 février 2026
Heure : de 10h00 à 11h30
Lieu : Mosanpharm, bâtiment B, Rue de l'Aéroport 12, 4460 Grâce-Hollogne (accueil principal)

Vous rencontrerez :
- Dr Vincent Hardy, Head of Regulatory Affairs
- Sarah Piron, Regulatory Affairs Specialist
- moi-même

Une invitation de calendrier accompagne ce message ; merci de l'accepter ou de me proposer une alternative si ce créneau ne vous convient pas. Pensez à vous munir d'une pièce d'identité pour l'accueil.

Au plaisir de vous rencontrer,

Julie Deprez
Talent Acquisition Partner
Mosanpharm SA
T +32 4 239 58 14 | julie.deprez@mosanpharm.example.be

{MOSAN_DISCLAIMER}"""
add(m(INV, "mosanpharm_panel_calendar", "fr", company="Mosanpharm",
      contact="julie.deprez@mosanpharm.example.be",
      frm=("Julie Deprez", "julie.deprez@mosanpharm.example.be"),
      subject="Invitation à un entretien – Regulatory Affairs Assistant",
      subj_enc=("utf-8", "q"),
      date="2026-02-10 10:22 +0100", key="mosan-inv", irt="mosan-ack",
      text=_mosan_inv, html=outlook_html(mso_paras(_mosan_inv)), cte="qp",
      ics={"uid": "040000008200E00074C5B7101A82E0080000000010A3C8E4D19EDC01", "seq": 0,
           "start": "20260219T100000", "end": "20260219T113000",
           "summary": "Entretien Regulatory Affairs Assistant – M. Tshibangu-Roux",
           "location": "Mosanpharm, bâtiment B, Grâce-Hollogne",
           "description": "Entretien avec V. Hardy, S. Piron et J. Deprez."}))

add(m(INV, "corvalis_teams_interview", "fr", company="Corvalis CRO",
      contact="nadia.elamrani@corvalis.example.be",
      frm=("Nadia El Amrani", "nadia.elamrani@corvalis.example.be"),
      subject="Entretien Clinical Trial Assistant – Corvalis",
      date="2026-03-02 14:48 +0100", key="corvalis-inv",
      text="""Bonjour Manon,

Merci pour votre candidature au poste de Clinical Trial Assistant (volet réglementaire) au sein de notre bureau de Bruxelles.

Pierre Maes, Study Start-up Manager, souhaiterait s'entretenir avec vous en visioconférence le lundi 9 mars à 10h00. L'entretien durera environ 45 minutes et se déroulera en français, avec une courte partie en anglais.

Rejoindre la réunion Microsoft Teams :
https://teams.example.com/l/meetup-join/19%3ameeting_Q29ydmFsaXM%40thread.v2/0

Pouvez-vous me confirmer votre présence par retour de mail ?

Bien à vous,

Nadia El Amrani
Recruitment Officer
Corvalis CRO SRL – Rue Belliard 40, 1040 Bruxelles
T +32 2 808 41 15""", cte="8bit"))

add(m(INV, "tremplin_client_pharmadis", "fr", company="Pharmadis Benelux",
      contact="jessica.halleux@tremplin-interim.example.be",
      frm=("Jessica Halleux | Tremplin Intérim", "jessica.halleux@tremplin-interim.example.be"),
      frm_enc=("utf-8", "b"),
      subject="Entretien chez Pharmadis mercredi 28/01",
      date="2026-01-22 16:40 +0100", key="tremplin-inv", irt="tremplin-missed",
      refs=["tremplin-reg"],
      text="""Hello Manon,

Bonne nouvelle : Pharmadis Benelux aimerait te rencontrer pour la mission d'assistante documentation réglementaire (remplacement de congé de maternité, 6 mois, possibilité de prolongation).

Rendez-vous mercredi 28 janvier à 9h30 chez eux :
Pharmadis Benelux – Parc industriel des Hauts-Sarts, Zone 2, Rue du Travail 9, 4040 Herstal
Demande Didier Claes, responsable qualité, à la réception.

Prends ta carte d'identité et, si possible, une copie de ton diplôme d'assistante en pharmacie. Compte environ une heure.

Tu me fais signe dès que tu sors pour me raconter ?

Jessica Halleux
Consultante Santé & Pharma
Tremplin Intérim – Agence de Liège
Place Saint-Lambert 18, 4000 Liège
04 221 36 90"""))

_verrier_inv = """Bonjour Manon,

Suite à notre échange téléphonique de lundi, j'ai présenté votre candidature à Galenia Santé pour le poste d'assistante affaires réglementaires (CDI, Paris 17e). Ils souhaitent vous rencontrer.

Premier entretien : mercredi 22 avril à 11h00
Galenia Santé, 64 avenue de Villiers, 75017 Paris, 4e étage
Avec Bertrand Kessler (DRH) et le Dr Nathalie Aubry (responsable affaires réglementaires)

Je vous envoie d'ici vendredi une note de préparation sur l'entreprise et ses produits (génériques injectables et nutrition clinique). Pour le trajet depuis Liège, Galenia prend en charge le billet de train sur présentation du justificatif.

Bien cordialement,

Hélène Marchetti
Consultante senior Life Sciences
Cabinet Verrier & Associés
12 rue de Castellane, 75008 Paris
01 44 51 27 60"""
add(m(INV, "verrier_sets_up_galenia", "fr", company="Galenia Santé",
      contact="h.marchetti@verrier-rh.example.fr",
      frm=("Hélène Marchetti", "h.marchetti@verrier-rh.example.fr"),
      frm_enc=("iso-8859-1", "q"),
      subject="Galenia Santé : entretien le 22 avril",
      subj_enc=("iso-8859-1", "q"),
      date="2026-04-15 18:03 +0200", key="verrier-inv", irt="verrier-approach",
      text=_verrier_inv, html=simple_html(paras(_verrier_inv)),
      charset="iso-8859-1", cte="qp"))

add(m(INV, "chmo_hospital_interview", "fr", company="Centre Hospitalier Meuse-Ourthe",
      contact="sophie.lemaire@chmo.example.be",
      frm=("Sophie Lemaire", "sophie.lemaire@chmo.example.be"),
      subject="Convocation entretien - assistant(e) réglementaire pharmacie",
      date="2026-02-03 11:50 +0100", key="chmo-inv",
      text="""Madame,

Nous avons bien examiné votre candidature au poste d'assistant(e) réglementaire à la pharmacie hospitalière et vous invitons à un entretien de sélection le jeudi 12 février 2026 à 14h00.

L'entretien se tiendra dans la salle de réunion de la pharmacie (bâtiment C, niveau -1) et sera mené par le Dr Luc Gérard, pharmacien-chef, et moi-même. Prévoyez environ 45 minutes.

Je vous remercie de bien vouloir confirmer votre présence.

Cordialement,

Sophie Lemaire
Gestionnaire RH - Recrutement
Centre Hospitalier Meuse-Ourthe
Boulevard de l'Ourthe 120, 4020 Liège
Tél. +32 4 366 72 10""", charset="iso-8859-1", cte="8bit"))

_moselle_ac = """Madame Tshibangu-Roux,

Nous avons le plaisir de vous inviter à notre journée d'évaluation (assessment centre) pour le poste de Regulatory Affairs Assistant.

Date : mardi 24 mars 2026, de 8h45 à 16h00
Lieu : Moselle Pharma, 17 rue Edward Steichen, Luxembourg-Kirchberg, salle Alzette

Le programme détaillé figure dans le document joint : exercice écrit, mise en situation, entretien individuel. Le déjeuner est offert. Merci de confirmer votre participation avant le 20 mars.

Avec nos meilleures salutations,

Anne Schmit
Talent Acquisition Lead
Moselle Pharma S.A."""
add(m(INV, "moselle_assessment_centre_pdf", "fr", company="Moselle Pharma",
      contact="anne.schmit@moselle-pharma.example.lu",
      frm=("Anne Schmit", "anne.schmit@moselle-pharma.example.lu"),
      subject="Invitation – journée d'évaluation du 24 mars",
      date="2026-03-17 09:14 +0100", key="moselle-inv", irt="moselle-ack",
      text=_moselle_ac, html=simple_html(paras(_moselle_ac), "Tahoma,sans-serif"),
      cte="b64",
      pdfs=[("Programme_journee_evaluation.pdf", "Programme assessment centre",
             ["Moselle Pharma - Journee d'evaluation", "08:45 Accueil",
              "09:15 Exercice ecrit : mise a jour d'une notice",
              "11:00 Mise en situation avec un affilie", "12:30 Dejeuner",
              "14:00 Entretien individuel (Regulatory Operations)", "16:00 Fin"])]))

_nordica_inv = """Bonjour Manon,

Merci pour votre candidature au poste d'Assistante Regulatory Start-up. Nous aimerions faire votre connaissance lors d'un entretien en visio.

Créneau proposé : mardi 9 juin 2026, 9h30 – 10h15
Lien Teams : https://teams.example.com/l/meetup-join/19%3ameeting_Tm9yZGljYQ%40thread.v2/0

Si ce créneau ne vous convient pas, répondez simplement à ce message et je vous en proposerai un autre.

À très vite,
Camille Dufour
Chargée de recrutement – Nordica Clinical"""
add(m(INV, "nordica_teamtailor_teams", "fr", company="Nordica Clinical",
      contact="camille.dufour@nordica-clinical.example.fr",
      frm=("Camille Dufour – Nordica Clinical", "notifications@teamtailor-mail.com"),
      frm_enc=("utf-8", "q"),
      reply_to=("Camille Dufour", "camille.dufour@nordica-clinical.example.fr"),
      subject="Nordica Clinical – invitation à un entretien",
      date="2026-06-02 15:31 +0200", key="nordica-inv",
      text=_nordica_inv,
      html=ats_card(paras(_nordica_inv), "Nordica Clinical", "#0e7490",
                    "Envoyé via Teamtailor"),
      cte="qp"))

add(m(INV, "chsm_trial_day", "fr", company="Centre Hospitalier Sambre-et-Meuse",
      contact="isabelle.gilson@chsm.example.be",
      frm=("Isabelle Gilson", "isabelle.gilson@chsm.example.be"),
      subject="Journée d'essai à la pharmacie, mardi 1er septembre",
      subj_enc=("iso-8859-1", "b"),
      date="2026-08-24 13:02 +0200", key="chsm-inv",
      text="""Bonjour Madame Tshibangu-Roux,

Comme convenu lors de notre entretien téléphonique, je vous propose de venir passer une journée d'essai au sein de notre pharmacie hospitalière, afin de découvrir concrètement le poste d'assistante pharmaceutique chargée du suivi réglementaire (essais cliniques et médicaments dérivés du sang).

Quand : le mardi 1er septembre, de 8h00 à 16h30
Où : CHSM, site de Salzinnes, pharmacie centrale, Avenue Albert Ier 185, 5000 Namur
Tenue : une blouse vous sera fournie ; prévoyez des chaussures fermées

La journée est rémunérée selon le barème en vigueur. Vous serez accompagnée par Mme Anne-Sophie Renard, pharmacienne.

Merci de me confirmer votre venue.

Isabelle Gilson
Cellule Recrutement, Centre Hospitalier Sambre-et-Meuse
081 72 61 00""", charset="iso-8859-1", cte="qp"))

_ardenne = """Bonjour Manon,

Bonne nouvelle ! Après une première lecture de votre candidature, l'équipe d'Ardenne Galenics souhaite vous rencontrer pour le poste d'Assistante Affaires Réglementaires (CDD 12 mois, Namur).

Merci de choisir vous-même un créneau d'entretien de 45 minutes dans l'agenda de l'équipe via le lien ci-dessous (valable 5 jours) :

https://www.smartrecruiters.com/scheduler/ardenne-galenics/7f3c1a/interview

Une fois votre créneau réservé, vous recevrez une confirmation avec l'adresse et le nom de vos interlocuteurs.

L'équipe recrutement d'Ardenne Galenics"""
add(m(INV, "ardenne_smartrecruiters_link", "fr", company="Ardenne Galenics",
      frm=("Ardenne Galenics", "no-reply@smartrecruiters.com"),
      subject="Réservez votre entretien avec Ardenne Galenics",
      date="2026-10-01 08:30 +0200", key="ardenne-inv",
      headers=AUTO_GENERATED,
      html=ats_card(paras(_ardenne).replace(
          "https://www.smartrecruiters.com/scheduler/ardenne-galenics/7f3c1a/interview",
          '<a href="https://www.smartrecruiters.com/scheduler/ardenne-galenics/7f3c1a/interview">'
          "Choisir mon créneau</a>"), "Ardenne Galenics", "#2e7d32",
          "Ardenne Galenics SA · Rue de l'Industrie 4, 5002 Namur · Powered by SmartRecruiters"),
      cte="b64"))

add(m(INV, "meuse_regulatory_free_thursday", "fr", company="Meuse Regulatory",
      contact="olivier@meuse-regulatory.example.be",
      frm=("Olivier Collard", "olivier@meuse-regulatory.example.be"),
      subject="un café jeudi ?",
      date="2026-09-21 21:14 +0200", key="meuse-inv",
      text="""Salut Manon,

Sandrine m'a transmis ton CV, et franchement ton parcours d'officine me parle : on cherche justement quelqu'un pour nous aider sur les dossiers de variations et les notices, à mi-temps pour commencer.

T'es libre jeudi matin pour qu'on en discute ? Je te propose 9h au Pot au Lait, rue Soubre, c'est à deux pas de chez nous. Ça te donnerait aussi l'occasion de poser toutes tes questions sur le boulot.

Dis-moi si ça te va,
Olivier

Olivier Collard
Fondateur – Meuse Regulatory
Quai de la Batte 10, 4000 Liège
0475 21 09 86"""))

add(m(INV, "arcp_written_test_convocation", "fr",
      company="Agence régionale de contrôle pharmaceutique",
      contact="pascale.dethier@arcp.example.be",
      frm=("Pascale Dethier", "pascale.dethier@arcp.example.be"),
      subject="Convocation – procédure de sélection ARCP-2026-014",
      date="2026-02-16 10:00 +0100", key="arcp-inv", irt="arcp-ack", refs=["arcp-own"],
      charset="windows-1252", cte="qp",
      text="""Madame,

Votre candidature à la procédure ARCP-2026-014 (assistant(e) administratif(ve) en affaires réglementaires, niveau B) a été jugée recevable.

Vous êtes convoquée aux épreuves de sélection le jeudi 5 mars 2026 :
– 9h00 : épreuve écrite (analyse d'un dossier de variation, 2 heures) ;
– à partir de 13h30 : entretien avec le jury (30 minutes), selon l'horaire communiqué sur place.

Lieu : Agence régionale de contrôle pharmaceutique, Avenue Prince de Liège 7, 5100 Namur (Jambes), salle du rez-de-chaussée.

Munissez-vous de votre carte d'identité et de la présente convocation. Toute absence non justifiée entraîne l’exclusion de la procédure.

Pascale Dethier
Service Sélection et Recrutement
Agence régionale de contrôle pharmaceutique
Tél. 081 33 47 20"""))

add(m(INV, "luxmed_video_call", "fr", company="LuxMed Regulatory Services",
      contact="marc.weber@luxmedreg.example.lu",
      frm=("Marc Weber", "marc.weber@luxmedreg.example.lu"),
      subject="Votre candidature – échange en visio",
      date="2026-07-07 08:12 +0200", key="luxmed-inv",
      text="""Bonjour Madame Tshibangu-Roux,

J'ai lu votre lettre de motivation avec intérêt. Votre expérience de la délivrance et de la pharmacovigilance en officine est un vrai atout pour notre petite équipe.

Je vous propose un premier échange en visioconférence le jeudi 9 juillet à 15h00 (heure de Luxembourg), d'une durée de 30 minutes. Je vous enverrai le lien Zoom la veille.

Cela vous conviendrait-il ?

Cordialement,
Marc Weber
Managing Director
LuxMed Regulatory Services S.à r.l.
5, avenue de la Gare, L-1611 Luxembourg
+352 27 99 41 50""", cte="b64"))

_galenia_prev = """Bonjour Manon,

Galenia Santé me demande de décaler votre entretien au jeudi 23 avril à 15h00, même adresse. Le Dr Aubry est retenue mercredi par un audit.

Hélène"""
add(m(INV, "galenia_second_round_direct", "fr", company="Galenia Santé",
      contact="b.kessler@galenia-sante.example.fr",
      frm=("Bertrand Kessler", "b.kessler@galenia-sante.example.fr"),
      cc=[("Hélène Marchetti", "h.marchetti@verrier-rh.example.fr")],
      subject="Galenia Santé – second entretien",
      date="2026-04-28 17:35 +0200", key="galenia-inv2", irt="verrier-move",
      refs=["verrier-approach", "verrier-inv"],
      text=f"""Bonjour Madame Tshibangu-Roux,

Merci encore pour notre rencontre du 23 avril. Le Dr Aubry et moi-même souhaitons poursuivre le processus avec vous.

Nous vous proposons un second entretien le mardi 5 mai à 10h00, dans nos locaux, avec M. François Lebrun, pharmacien responsable, qui tient à rencontrer chaque membre de l'équipe réglementaire. Nous aborderons également les conditions du poste.

Hélène Marchetti, en copie, reste votre interlocutrice pour l'organisation pratique.

Bien cordialement,

Bertrand Kessler
Directeur des ressources humaines
Galenia Santé SAS – 64 avenue de Villiers, 75017 Paris
01 47 66 30 12

{wrote("fr", "ven. 17 avr. 2026 à 09:20", "Hélène Marchetti", "h.marchetti@verrier-rh.example.fr")}
{quote(_galenia_prev)}
""", cte="qp"))

# ================================================================== invitations — English (6)

_leyden_screen = """Hi Manon,

Thanks for applying for the Regulatory Affairs Assistant role at Leyden BioSciences. I'd love to set up a short phone screen (about 30 minutes) to hear more about your background and tell you about the team.

Would Wednesday 25 or Thursday 26 February work, any time between 9:00 and 12:00 CET? Just reply with a slot and the best number to reach you.

Best,
Sanne

Sanne de Vries | Talent Partner
Leyden BioSciences B.V."""
add(m(INV, "leyden_phone_screen_greenhouse", "en", company="Leyden BioSciences",
      contact="sanne.devries@leydenbio.example.nl",
      frm=("Sanne de Vries via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Sanne de Vries", "sanne.devries@leydenbio.example.nl"),
      subject="Leyden BioSciences – quick phone chat?",
      date="2026-02-24 09:05 +0100", key="leyden-screen", irt="leyden-ack",
      text=_leyden_screen,
      html=simple_html(paras(_leyden_screen))))

_leyden_panel = """Hi Manon,

Great speaking with you on Thursday. As discussed, we'd like to invite you to a panel interview for the Regulatory Affairs Assistant position.

When: Thursday 12 March 2026, 14:00–15:30 CET
Where: Leyden BioSciences, J.H. Oortweg 21, Leiden (ask for me at reception)
Panel: Dr. Pieter Smit (Director Regulatory Affairs), Aisha Rahman (Senior RA Specialist) and me

Part of the session is a 20-minute exercise: you'll review a short change-control summary and tell us which regulatory actions it would trigger. No preparation needed.

A calendar invite is attached. Travel costs from Liège will be reimbursed.

Best,
Sanne"""
add(m(INV, "leyden_panel_ics_attached", "en", company="Leyden BioSciences",
      contact="sanne.devries@leydenbio.example.nl",
      frm=("Sanne de Vries via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Sanne de Vries", "sanne.devries@leydenbio.example.nl"),
      subject="Panel interview – Regulatory Affairs Assistant",
      date="2026-03-05 11:47 +0100", key="leyden-panel", irt="leyden-screen",
      text=_leyden_panel,
      html=ats_card(paras(_leyden_panel), "Leyden BioSciences", "#00558c",
                    "Sent via Greenhouse on behalf of Leyden BioSciences."),
      ics={"uid": "gh-panel-6618342@leydenbio.example.nl", "seq": 0,
           "start": "20260312T140000", "end": "20260312T153000",
           "tz": "Europe/Amsterdam",
           "summary": "Panel interview: Manon Tshibangu-Roux (RA Assistant)",
           "location": "Leyden BioSciences, J.H. Oortweg 21, Leiden",
           "organizer": ("Sanne de Vries", "sanne.devries@leydenbio.example.nl"),
           "attach": True, "filename": "invite.ics"}))

add(m(INV, "kestrel_case_study_invite", "en", company="Kestrel Trials",
      contact="josh@kestreltrials.example.nl",
      frm=("Josh Whitfield", "josh@kestreltrials.example.nl"),
      subject="Next step: case study presentation",
      date="2026-08-03 10:26 +0200", key="kestrel-inv",
      text="""Hi Manon,

Good news — you're through to the final stage for the Regulatory & Start-up Assistant role.

The last step is a short case study. On Tuesday 11 August at 13:00 you'll present (15 minutes, slides welcome) how you would organise the submission package for a new clinical site in Belgium, followed by 30 minutes of questions from me and our QA lead, Ingrid. We'll do it on site in Leiden; coffee's on us.

I'll send the case brief on Thursday so you have time to prepare.

Cheers,
Josh

Josh Whitfield
Operations Lead · Kestrel Trials
Plesmanlaan 1d, 2333 BZ Leiden"""))

add(m(INV, "helix_free_thursday_chat", "en", company="Helix Regulatory Partners",
      contact="tom.baxter@helixreg.example.be",
      frm=("Tom Baxter", "tom.baxter@helixreg.example.be"),
      subject="Re: Application – Regulatory Assistant",
      date="2026-07-06 12:09 +0200", key="helix-inv", irt="helix-own",
      text=f"""Hi Manon,

Thanks for your note and CV. Are you free Thursday (9 July) around 2pm for a 20-minute call? Nothing formal, I'd just like to hear why you're moving from the pharmacy counter into regulatory work.

I'll ring you on the number in your CV unless you tell me otherwise.

Tom

Tom Baxter
Principal Consultant
Helix Regulatory Partners
Rue de la Loi 155, 1040 Brussels

{wrote("en", "Wed, 1 Jul 2026 at 20:15", "Manon Tshibangu-Roux", "manon.tr@example.be")}
> Dear Mr Baxter,
>
> Please find attached my application for the Regulatory Assistant position
> advertised on your website.
>
> Kind regards,
> Manon Tshibangu-Roux
"""))

_orbis_inv = """Dear Manon,

Thank you for your application for the PV & Regulatory Assistant position. We'd like to invite you to a video interview with myself and Dr. Kateryna Bondar, QPPV deputy.

Date: Tuesday 15 September 2026
Time: 11:00–11:45 (Brussels time)
Format: Microsoft Teams – the link is in the calendar invitation

Please let me know if you need any adjustments for the interview.

Kind regards,
Rachel O'Connor
People & Culture Manager
Orbis Pharmacovigilance Services"""
add(m(INV, "orbis_video_interview_outlook", "en", company="Orbis Pharmacovigilance Services",
      contact="r.oconnor@orbis-pv.example.be",
      frm=("Rachel O'Connor", "r.oconnor@orbis-pv.example.be"),
      subject="Video interview – PV & Regulatory Assistant",
      date="2026-09-08 14:33 +0200", key="orbis-inv", irt="orbis-ack",
      text=_orbis_inv, html=outlook_html(mso_paras(_orbis_inv), "EN-GB"),
      ics={"uid": "040000008200E00074C5B7101A82E00800000000ORBIS0915", "seq": 0,
           "start": "20260915T110000", "end": "20260915T114500",
           "summary": "Video interview – Manon Tshibangu-Roux",
           "location": "Microsoft Teams Meeting",
           "description": "Join: https://teams.example.com/l/meetup-join/orbis-0915"}))

add(m(INV, "polder_client_interview_zuidhaven", "en", company="Zuidhaven Pharma",
      contact="femke.jansen@polderls.example.nl",
      frm=("Femke Jansen", "femke.jansen@polderls.example.nl"),
      subject="Interview with Zuidhaven Pharma – Monday 24 August",
      date="2026-08-18 16:12 +0200", key="polder-inv", irt="polder-reg",
      text="""Hi Manon,

As promised: Zuidhaven Pharma would like to meet you for the Regulatory Affairs Officer (junior) role.

Monday 24 August, 10:00
Zuidhaven Pharma, Zernikedreef 9, Leiden Bio Science Park
You'll meet Willem Hoekstra (Head of Regulatory) and one of his officers. Plan for roughly an hour.

They're a 60-person company with a growing portfolio of hospital generics, so expect questions about national procedures and labelling. I'll call you on Friday to prepare.

Femke

Femke Jansen
Senior Consultant – Polder Life Science Recruitment
+31 71 820 44 19"""))

# ================================================================== invitations — German (4)

_aquisgran_inv = """Sehr geehrte Frau Tshibangu-Roux,

vielen Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein.

Termin: Dienstag, 14. April 2026, 10:00 – 11:00 Uhr
Ort: Aquisgran Pharma GmbH, Jülicher Straße 215, 52070 Aachen, Empfang Gebäude 2
Gesprächspartner: Dr. Markus Reuter (Leitung Regulatory Affairs) und Lena Hoffmann (Recruiting)

Bitte bestätigen Sie den Termin über die angehängte Kalendereinladung. Das Gespräch kann auf Deutsch oder Englisch geführt werden.

Mit freundlichen Grüßen
Lena Hoffmann"""
add(m(INV, "aquisgran_personio_einladung", "de", company="Aquisgran Pharma",
      contact="lena.hoffmann@aquisgran.example.de",
      frm=("Lena Hoffmann (Aquisgran Pharma)", "noreply@personio.de"),
      reply_to=("Lena Hoffmann", "lena.hoffmann@aquisgran.example.de"),
      subject="Einladung zum Vorstellungsgespräch",
      date="2026-04-09 10:48 +0200", key="aquisgran-inv", irt="aquisgran-ack",
      text=_aquisgran_inv,
      html=ats_card(paras(_aquisgran_inv), "Aquisgran Pharma", "#7a1f1f",
                    "Diese E-Mail wurde über Personio versendet."),
      cte="qp",
      ics={"uid": "personio-interview-88213@aquisgran.example.de", "seq": 0,
           "start": "20260414T100000", "end": "20260414T110000", "tz": "Europe/Berlin",
           "summary": "Vorstellungsgespräch Assistenz Regulatory Affairs",
           "location": "Aquisgran Pharma, Jülicher Straße 215, Aachen",
           "organizer": ("Lena Hoffmann", "lena.hoffmann@aquisgran.example.de")}))

add(m(INV, "rmdiag_einladung", "de", company="Rhein-Maas Diagnostik",
      contact="k.offermann@rmdiag.example.de",
      frm=("Katrin Offermann", "k.offermann@rmdiag.example.de"),
      subject="Einladung: Gespräch Regulatory Assistant IVD",
      date="2026-05-05 08:40 +0200", key="rmdiag-inv",
      text="""Sehr geehrte Frau Tshibangu-Roux,

Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne näher kennenlernen.

Wir laden Sie herzlich zu einem persönlichen Gespräch am Dienstag, den 12. Mai 2026, um 10:30 Uhr in unser Haus in der Pascalstraße 16, 52076 Aachen ein. Neben mir wird Herr Dr. Thomas Kempen, Leiter Qualitätsmanagement und Regulatory, teilnehmen.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der Termin passt. Parkplätze stehen vor dem Gebäude zur Verfügung.

Freundliche Grüße
Katrin Offermann
Personalreferentin
Rhein-Maas Diagnostik GmbH
Tel. 0241 9437 220""", charset="iso-8859-1", cte="qp"))

add(m(INV, "dreilaender_kundentermin_kaiserpfalz", "de", company="Kaiserpfalz Arzneimittel",
      contact="s.brandt@dreilaender-personal.example.de",
      frm=("Stefan Brandt", "s.brandt@dreilaender-personal.example.de"),
      subject="Vorstellungstermin bei Kaiserpfalz Arzneimittel am 21.09.",
      date="2026-09-14 17:20 +0200", key="dreil-inv", irt="dreil-missed",
      refs=["dreil-reg"],
      text="""Hallo Frau Tshibangu-Roux,

schön, dass wir uns am Freitag doch noch telefonisch erreicht haben. Wie besprochen habe ich Ihr Profil bei unserem Kunden Kaiserpfalz Arzneimittel in Stolberg vorgestellt, und man möchte Sie kennenlernen.

Vorstellungsgespräch: Montag, 21. September, 9:00 Uhr
Adresse: Kaiserpfalz Arzneimittel, Zweifaller Straße 120, 52222 Stolberg
Ansprechpartnerin: Frau Ulrike Peters, Leitung Qualitätssicherung

Es geht um die Stelle als Sachbearbeiterin Zulassung (Teilzeit 80 %, zunächst befristet auf ein Jahr). Rufen Sie mich gerne vorher an, dann gehen wir die wichtigsten Punkte durch.

Viele Grüße
Stefan Brandt
Personalberater Healthcare
Dreiländer Personal GmbH
Tel. 0241 475 83 10""", cte="8bit"))

_euregio = """Guten Tag Frau Tshibangu-Roux,

wie telefonisch angekündigt laden wir Sie zu einem Probearbeitstag in unserer Abteilung Qualität & Zulassung ein.

Mittwoch, 7. Oktober 2026, 8:00 bis ca. 15:00 Uhr
Euregio Pharmahandel, Neuenhofstraße 180, 52078 Aachen, Eingang Verwaltung

Sie begleiten unsere Mitarbeiterin Frau Jansen bei der Prüfung von Großhandelserlaubnissen und der Pflege der Stammdaten. Bitte bringen Sie Ihren Personalausweis mit.

Mit freundlichen Grüßen
Monika Heinen
Personal
Euregio Pharmahandel GmbH"""
add(m(INV, "euregio_probearbeitstag", "de", company="Euregio Pharmahandel",
      contact="m.heinen@euregio-pharmahandel.example.de",
      frm=("Monika Heinen", "m.heinen@euregio-pharmahandel.example.de"),
      subject="Probearbeitstag am 7. Oktober",
      date="2026-10-01 11:11 +0200", key="euregio-inv",
      text=_euregio, html=outlook_html(mso_paras(_euregio), "DE"),
      charset="windows-1252", cte="qp"))

# ================================================================== invitations — Spanish (3)

_castellana_inv = """Estimada Manon:

Gracias por tu interés en el puesto de Auxiliar de Registros (Regulatory Affairs) en Laboratorios Castellana.

Nos gustaría conocerte en una entrevista presencial:

Fecha: martes, 19 de mayo de 2026
Hora: 11:00 a 12:00
Lugar: Laboratorios Castellana, Avenida de Bruselas 22, 28108 Alcobendas (Madrid)
Entrevistadoras: Elena Ruiz (Selección) y Dra. Carmen Vidal (Directora de Registros)

Te adjuntamos una convocatoria de calendario. Si no puedes asistir, responde a este correo y buscaremos otra fecha.

Un saludo,
Elena Ruiz
Responsable de Selección
Laboratorios Castellana, S.A."""
add(m(INV, "castellana_entrevista_ics", "es", company="Laboratorios Castellana",
      contact="elena.ruiz@labcastellana.example.es",
      frm=("Elena Ruiz", "elena.ruiz@labcastellana.example.es"),
      subject="Convocatoria de entrevista – Auxiliar de Registros",
      subj_enc=("utf-8", "b"),
      date="2026-05-12 12:30 +0200", key="castellana-inv", irt="castellana-ack",
      text=_castellana_inv, html=outlook_html(mso_paras(_castellana_inv), "ES"),
      cte="qp",
      ics={"uid": "castellana-entrevista-3381@labcastellana.example.es", "seq": 0,
           "start": "20260519T110000", "end": "20260519T120000", "tz": "Europe/Madrid",
           "summary": "Entrevista Auxiliar de Registros – Manon Tshibangu-Roux",
           "location": "Avenida de Bruselas 22, Alcobendas"}))

add(m(INV, "meseta_llamada_preseleccion", "es", company="Meseta Clinical",
      contact="lucia.navarro@mesetaclinical.example.es",
      frm=("Lucía Navarro", "lucia.navarro@mesetaclinical.example.es"),
      subject="Llamada de preselección – Meseta Clinical",
      date="2026-06-15 16:02 +0200", key="meseta-inv", irt="meseta-ack",
      text="""Hola Manon:

He revisado tu candidatura para el puesto de Asistente de Start-up y Regulatorio y me gustaría tener una primera conversación telefónica contigo.

¿Te vendría bien el miércoles 17 de junio a las 10:00? Serán unos 20 minutos. Te llamaré al +32 470 55 18 62, el número que aparece en tu CV; si prefieres otro, dímelo.

Un saludo,
Lucía Navarro
Técnica de Selección · Meseta Clinical S.L.
Calle de Orense 34, 28020 Madrid"""))

add(m(INV, "talento_entrevista_cliente", "es", company="Farmadistribución Ibérica",
      contact="javier.ortega@talentosanitario.example.es",
      frm=("Javier Ortega", "javier.ortega@talentosanitario.example.es"),
      subject="Entrevista con Farmadistribución Ibérica el lunes 20",
      subj_enc=("iso-8859-1", "q", "mixed"),
      date="2026-07-14 10:15 +0200", key="talento-inv", irt="talento-alta",
      charset="iso-8859-1", cte="8bit",
      text="""Hola Manon:

¡Buenas noticias! Farmadistribución Ibérica quiere entrevistarte para el puesto de técnica de calidad y registros en su almacén de Getafe.

Día: lunes 20 de julio
Hora: 9:30
Dirección: Polígono Los Olivos, Calle Innovación 14, 28906 Getafe
Preguntar por: Rosa Delgado, directora técnica

Lleva tu DNI o NIE y, si puedes, la homologación de tu título. Llámame después para contarme qué tal.

Javier Ortega
Consultor · Talento Sanitario ETT
Tel. 91 726 40 11"""))

# ================================================================== reschedules — French (7)

_mosan_move = f"""Bonjour Madame Tshibangu-Roux,

Le Dr Hardy doit se rendre à l'AFMPS le 19 février au matin. Nous avons donc déplacé votre entretien au vendredi 20 février de 9h30 à 11h00, même lieu, même panel.

L'invitation de calendrier a été mise à jour. Si ce nouvel horaire vous pose problème, dites-le-moi et nous trouverons une autre solution.

Merci de votre compréhension,

Julie Deprez
Talent Acquisition Partner
Mosanpharm SA
T +32 4 239 58 14

{MOSAN_DISCLAIMER}"""
add(m(RES, "mosanpharm_moved_sequence1", "fr", company="Mosanpharm",
      contact="julie.deprez@mosanpharm.example.be",
      frm=("Julie Deprez", "julie.deprez@mosanpharm.example.be"),
      subject="Mis à jour : Entretien Regulatory Affairs Assistant – M. Tshibangu-Roux",
      subj_enc=("utf-8", "b"),
      date="2026-02-12 17:05 +0100", key="mosan-move", irt="mosan-inv",
      refs=["mosan-ack"],
      text=_mosan_move, html=outlook_html(mso_paras(_mosan_move)), cte="qp",
      ics={"uid": "040000008200E00074C5B7101A82E0080000000010A3C8E4D19EDC01", "seq": 1,
           "start": "20260220T093000", "end": "20260220T110000",
           "summary": "Entretien Regulatory Affairs Assistant – M. Tshibangu-Roux",
           "location": "Mosanpharm, bâtiment B, Grâce-Hollogne",
           "description": "Nouvel horaire. Entretien avec V. Hardy, S. Piron et J. Deprez."}))

_chmo_inv_q = """Madame,

Nous avons bien examiné votre candidature au poste d'assistant(e) réglementaire à la pharmacie hospitalière et vous invitons à un entretien de sélection le jeudi 12 février 2026 à 14h00."""
add(m(RES, "chmo_interviewer_ill", "fr", company="Centre Hospitalier Meuse-Ourthe",
      contact="sophie.lemaire@chmo.example.be",
      frm=("Sophie Lemaire", "sophie.lemaire@chmo.example.be"),
      subject="Report de votre entretien - pharmacie hospitalière",
      date="2026-02-09 09:15 +0100", key="chmo-move", irt="<own-chmo-confirm.2207@example.be>",
      refs=["chmo-inv"],
      charset="iso-8859-1", cte="qp",
      text=f"""Madame,

Le Dr Gérard, pharmacien-chef, est malheureusement souffrant et absent jusqu'à la fin de la semaine. Nous devons donc reporter l'entretien prévu ce jeudi 12 février à 14h00.

Pourriez-vous m'indiquer vos disponibilités pour la semaine du 23 février ?

Sophie Lemaire
Gestionnaire RH - Recrutement
Centre Hospitalier Meuse-Ourthe
Tél. +32 4 366 72 10

{wrote("fr", "mar. 3 févr. 2026 à 11:50", "Sophie Lemaire", "sophie.lemaire@chmo.example.be")}
{quote(_chmo_inv_q)}
"""))

add(m(RES, "verrier_galenia_moved", "fr", company="Galenia Santé",
      contact="h.marchetti@verrier-rh.example.fr",
      frm=("Hélène Marchetti", "h.marchetti@verrier-rh.example.fr"),
      subject="Re: Galenia Santé : entretien le 22 avril",
      date="2026-04-17 09:20 +0200", key="verrier-move", irt="verrier-inv",
      refs=["verrier-approach"],
      text=f"""Bonjour Manon,

Galenia Santé me demande de décaler votre entretien au jeudi 23 avril à 15h00, même adresse. Le Dr Aubry est retenue mercredi par un audit.

Votre billet de train peut être modifié sans frais ; gardez bien le justificatif. Pouvez-vous me confirmer que ce nouvel horaire vous convient ?

Hélène

{wrote("fr", "mer. 15 avr. 2026 à 18:03", "Hélène Marchetti", "h.marchetti@verrier-rh.example.fr")}
> Premier entretien : mercredi 22 avril à 11h00
> Galenia Santé, 64 avenue de Villiers, 75017 Paris, 4e étage
> Avec Bertrand Kessler (DRH) et le Dr Nathalie Aubry
""", cte="8bit"))

add(m(RES, "arcp_test_postponed", "fr", company="Agence régionale de contrôle pharmaceutique",
      contact="pascale.dethier@arcp.example.be",
      frm=("Pascale Dethier", "pascale.dethier@arcp.example.be"),
      subject="ARCP-2026-014 : report des épreuves au 12 mars",
      subj_enc=("iso-8859-1", "q"),
      date="2026-02-20 14:25 +0100", key="arcp-move", irt="arcp-inv",
      charset="iso-8859-1", cte="qp",
      text="""Madame,

En raison d'une indisponibilité de la salle d'examen, les épreuves de la procédure ARCP-2026-014 initialement fixées au jeudi 5 mars sont reportées au jeudi 12 mars 2026, aux mêmes heures (épreuve écrite à 9h00, entretiens à partir de 13h30) et au même endroit.

Votre convocation du 16 février reste valable pour cette nouvelle date. Si vous ne pouvez pas vous présenter le 12 mars, merci de nous en informer par écrit avant le 2 mars.

Nous vous prions de nous excuser pour ce changement.

Pascale Dethier
Service Sélection et Recrutement
Agence régionale de contrôle pharmaceutique"""))

_luxmed_cancel = """Bonjour Madame Tshibangu-Roux,

Je suis contraint d'annuler notre échange de jeudi 15h00 : une inspection de dernière minute chez un client mobilise toute l'équipe cette semaine.

Votre candidature reste bien entendu à l'étude ; je reviendrai vers vous dès que possible pour convenir d'un nouveau moment.

Toutes mes excuses,
Marc Weber
LuxMed Regulatory Services"""
add(m(RES, "luxmed_cancel_meeting_no_rejection", "fr", company="LuxMed Regulatory Services",
      contact="marc.weber@luxmedreg.example.lu",
      frm=("Marc Weber", "marc.weber@luxmedreg.example.lu"),
      subject="Annulé : Échange visio – candidature Regulatory Assistant",
      subj_enc=("utf-8", "q"),
      date="2026-07-08 18:44 +0200", key="luxmed-cancel", irt="luxmed-inv",
      text=_luxmed_cancel, html=outlook_html(mso_paras(_luxmed_cancel), "FR-LU"),
      cte="qp",
      ics={"uid": "luxmed-visio-0709@luxmedreg.example.lu", "seq": 1, "method": "CANCEL",
           "start": "20260709T150000", "end": "20260709T153000", "tz": "Europe/Luxembourg",
           "summary": "Échange visio – candidature Regulatory Assistant",
           "location": "Zoom"}))

add(m(RES, "tremplin_client_moves_afternoon", "fr", company="Pharmadis Benelux",
      contact="jessica.halleux@tremplin-interim.example.be",
      frm=("Jessica Halleux | Tremplin Intérim", "jessica.halleux@tremplin-interim.example.be"),
      frm_enc=("utf-8", "b"),
      subject="RE: Entretien chez Pharmadis mercredi 28/01",
      date="2026-01-26 08:47 +0100", key="tremplin-move", irt="tremplin-inv",
      refs=["tremplin-reg"],
      text="""Re Manon,

Petit changement côté Pharmadis : Didier Claes a un audit fournisseur mercredi matin. Ton entretien passe à 14h00 le même jour (mercredi 28 janvier), même adresse à Herstal.

Ça te va toujours ? Réponds-moi juste « ok » et je confirme au client.

Jessica""", charset="windows-1252", cte="8bit"))

add(m(RES, "moselle_assessment_moved", "fr", company="Moselle Pharma",
      contact="anne.schmit@moselle-pharma.example.lu",
      frm=("Anne Schmit", "anne.schmit@moselle-pharma.example.lu"),
      subject="Changement de date – journée d'évaluation",
      date="2026-03-20 12:02 +0100", key="moselle-move", irt="moselle-inv",
      refs=["moselle-ack"],
      text="""Madame Tshibangu-Roux,

Merci d'avoir confirmé votre participation. Deux de nos assesseurs étant mobilisés par une inspection de l'EMA, nous devons décaler la journée d'évaluation d'une semaine : elle aura lieu le mardi 31 mars 2026, selon le même programme et au même endroit.

Votre déjeuner et votre place de parking restent réservés. Pourriez-vous me confirmer que cette nouvelle date vous convient ?

Avec nos meilleures salutations,

Anne Schmit
Talent Acquisition Lead
Moselle Pharma S.A.""", cte="b64"))

# ================================================================== reschedules — English (4)

add(m(RES, "leyden_panel_updated_sequence1", "en", company="Leyden BioSciences",
      contact="sanne.devries@leydenbio.example.nl",
      frm=("Sanne de Vries via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Sanne de Vries", "sanne.devries@leydenbio.example.nl"),
      subject="Updated invitation: Panel interview – Regulatory Affairs Assistant",
      date="2026-03-09 13:18 +0100", key="leyden-move", irt="leyden-panel",
      refs=["leyden-screen"],
      text="""Hi Manon,

Quick change: Pieter has been pulled into an inspection readiness meeting on Thursday afternoon, so we've moved your panel to Friday 13 March, 10:00–11:30 CET. Same place, same panel, same exercise.

The updated calendar invite is attached — please accept it so we know it works for you. Sorry for the shuffle!

Sanne""",
      ics={"uid": "gh-panel-6618342@leydenbio.example.nl", "seq": 1,
           "start": "20260313T100000", "end": "20260313T113000",
           "tz": "Europe/Amsterdam",
           "summary": "Panel interview: Manon Tshibangu-Roux (RA Assistant)",
           "location": "Leyden BioSciences, J.H. Oortweg 21, Leiden",
           "organizer": ("Sanne de Vries", "sanne.devries@leydenbio.example.nl"),
           "attach": True, "filename": "invite.ics", "cte": "qp"}))

_orbis_cancel = """Dear Manon,

I'm very sorry, but we need to cancel your video interview on Tuesday 15 September. Kateryna has been called away for an urgent safety review and we don't want to rush your conversation.

This isn't a reflection on your application. We'll be in touch shortly with a new time.

Kind regards,
Rachel"""
add(m(RES, "orbis_calendar_cancel", "en", company="Orbis Pharmacovigilance Services",
      contact="r.oconnor@orbis-pv.example.be",
      frm=("Rachel O'Connor", "r.oconnor@orbis-pv.example.be"),
      subject="Canceled: Video interview – Manon Tshibangu-Roux",
      date="2026-09-11 16:47 +0200", key="orbis-cancel", irt="orbis-inv",
      refs=["orbis-ack"],
      text=_orbis_cancel, html=outlook_html(mso_paras(_orbis_cancel), "EN-GB"),
      cte="qp",
      ics={"uid": "040000008200E00074C5B7101A82E00800000000ORBIS0915", "seq": 1,
           "method": "CANCEL",
           "start": "20260915T110000", "end": "20260915T114500",
           "summary": "Video interview – Manon Tshibangu-Roux",
           "location": "Microsoft Teams Meeting"}))

_kestrel_own = """Hi Josh,

Thank you so much for the good news! Unfortunately I have a certification exam in Brussels on the morning of 11 August and I'm not sure I can make it to Leiden by 13:00. Would a later date be possible?

Best,
Manon"""
add(m(RES, "kestrel_pushes_case_study", "en", company="Kestrel Trials",
      contact="josh@kestreltrials.example.nl",
      frm=("Josh Whitfield", "josh@kestreltrials.example.nl"),
      subject="Re: Next step: case study presentation",
      date="2026-08-05 09:02 +0200", key="kestrel-move", irt="kestrel-own",
      refs=["kestrel-inv"],
      text=f"""Hi Manon,

No problem at all, good luck with the exam! Let's push it by a week: Tuesday 18 August, same time (13:00), same format. Ingrid is free then too.

Case brief still coming on Thursday.

Josh

{wrote("en", "Tue, 4 Aug 2026 at 22:31", "Manon Tshibangu-Roux", "manon.tr@example.be")}
{quote(_kestrel_own)}
"""))

add(m(RES, "polder_client_reschedules", "en", company="Zuidhaven Pharma",
      contact="femke.jansen@polderls.example.nl",
      frm=("Femke Jansen", "femke.jansen@polderls.example.nl"),
      subject="RE: Interview with Zuidhaven Pharma – Monday 24 August",
      date="2026-08-20 11:30 +0200", key="polder-move", irt="polder-inv",
      refs=["polder-reg"],
      text="""Hi Manon,

Zuidhaven have asked whether we can move Monday's interview. Willem is now travelling to Utrecht that morning, so they've proposed Wednesday 26 August at 15:00 instead, same location.

Can you let me know today if that's OK? If not, they've also offered Thursday 27 August at 10:00.

Thanks,
Femke""", cte="b64"))

# ================================================================== reschedules — German (2)

add(m(RES, "aquisgran_verschoben_sequence1", "de", company="Aquisgran Pharma",
      contact="lena.hoffmann@aquisgran.example.de",
      frm=("Lena Hoffmann (Aquisgran Pharma)", "noreply@personio.de"),
      reply_to=("Lena Hoffmann", "lena.hoffmann@aquisgran.example.de"),
      subject="Terminänderung: Ihr Vorstellungsgespräch bei Aquisgran Pharma",
      subj_enc=("iso-8859-1", "b"),
      date="2026-04-13 16:20 +0200", key="aquisgran-move", irt="aquisgran-inv",
      refs=["aquisgran-ack"],
      text="""Sehr geehrte Frau Tshibangu-Roux,

leider müssen wir Ihr Vorstellungsgespräch von morgen verschieben, da Dr. Reuter kurzfristig an einem Behördentermin beim BfArM teilnehmen muss.

Neuer Termin: Dienstag, 21. April 2026, 10:00 – 11:00 Uhr, gleicher Ort.

Die Kalendereinladung wurde entsprechend aktualisiert. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Lena Hoffmann
Recruiting · Aquisgran Pharma GmbH""",
      cte="qp",
      ics={"uid": "personio-interview-88213@aquisgran.example.de", "seq": 1,
           "start": "20260421T100000", "end": "20260421T110000", "tz": "Europe/Berlin",
           "summary": "Vorstellungsgespräch Assistenz Regulatory Affairs (neuer Termin)",
           "location": "Aquisgran Pharma, Jülicher Straße 215, Aachen",
           "organizer": ("Lena Hoffmann", "lena.hoffmann@aquisgran.example.de")}))

_rm_cancel = """Sehr geehrte Frau Tshibangu-Roux,

leider muss ich unseren Termin am Dienstag, 12. Mai, absagen. Herr Dr. Kempen ist erkrankt, und ich möchte das Gespräch nicht ohne ihn führen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag.

Freundliche Grüße
Katrin Offermann"""
add(m(RES, "rmdiag_termin_abgesagt_cancel", "de", company="Rhein-Maas Diagnostik",
      contact="k.offermann@rmdiag.example.de",
      frm=("Katrin Offermann", "k.offermann@rmdiag.example.de"),
      subject="Abgesagt: Gespräch Regulatory Assistant IVD",
      date="2026-05-11 07:58 +0200", key="rmdiag-cancel", irt="rmdiag-inv",
      text=_rm_cancel, html=outlook_html(mso_paras(_rm_cancel), "DE"),
      charset="iso-8859-1", cte="qp",
      ics={"uid": "rmdiag-gespraech-0512@rmdiag.example.de", "seq": 2, "method": "CANCEL",
           "start": "20260512T103000", "end": "20260512T113000", "tz": "Europe/Berlin",
           "summary": "Gespräch Regulatory Assistant IVD – Tshibangu-Roux",
           "location": "Pascalstraße 16, Aachen", "cte": "8bit"}))

# ================================================================== reschedules — Spanish (2)

_cast_cancel = """Hola Manon:

Te escribo para anular la entrevista del martes 19 de mayo: la Dra. Vidal tiene que viajar a la AEMPS ese día por una reunión que no podemos mover.

Tu candidatura sigue adelante. ¿Podrías venir el jueves 28 de mayo a las 10:30? Si te encaja, te envío la nueva convocatoria.

Perdona las molestias.

Elena Ruiz
Responsable de Selección · Laboratorios Castellana"""
add(m(RES, "castellana_cancelacion_ics", "es", company="Laboratorios Castellana",
      contact="elena.ruiz@labcastellana.example.es",
      frm=("Elena Ruiz", "elena.ruiz@labcastellana.example.es"),
      subject="Cancelada: Entrevista Auxiliar de Registros – Manon Tshibangu-Roux",
      subj_enc=("utf-8", "q", "mixed"),
      date="2026-05-18 09:40 +0200", key="castellana-cancel", irt="castellana-inv",
      refs=["castellana-ack"],
      text=_cast_cancel, html=outlook_html(mso_paras(_cast_cancel), "ES"),
      cte="b64",
      ics={"uid": "castellana-entrevista-3381@labcastellana.example.es", "seq": 1,
           "method": "CANCEL",
           "start": "20260519T110000", "end": "20260519T120000", "tz": "Europe/Madrid",
           "summary": "Entrevista Auxiliar de Registros – Manon Tshibangu-Roux",
           "location": "Avenida de Bruselas 22, Alcobendas"}))

add(m(RES, "talento_cambio_de_hora", "es", company="Farmadistribución Ibérica",
      contact="javier.ortega@talentosanitario.example.es",
      frm=("Javier Ortega", "javier.ortega@talentosanitario.example.es"),
      subject="Cambio de hora entrevista lunes",
      date="2026-07-15 17:48 +0200", key="talento-move", irt="talento-inv",
      refs=["talento-alta"],
      text="""Manon, un cambio rápido:

Rosa Delgado me pide retrasar la entrevista del lunes 20 a las 12:00 (en vez de las 9:30) porque a primera hora reciben una inspección de la Comunidad de Madrid. La dirección en Getafe es la misma.

Confírmame cuando puedas, porfa.

Javier"""))

# ================================================================== missed — French (5)

add(m(MIS, "corvalis_waited_on_teams", "fr", company="Corvalis CRO",
      contact="nadia.elamrani@corvalis.example.be",
      frm=("Nadia El Amrani", "nadia.elamrani@corvalis.example.be"),
      subject="Entretien Clinical Trial Assistant – Corvalis",
      date="2026-03-10 09:02 +0100", key="corvalis-missed", irt="corvalis-inv",
      text="""Bonjour Manon,

Nous vous avons attendue hier à 10h00 sur Teams pour votre entretien avec Pierre Maes, sans vous voir arriver. Est-ce que tout va bien ?

Nous n'avons reçu aucun message de votre part. Si un imprévu vous a empêchée de vous connecter, pouvez-vous m'en dire un mot aujourd'hui ? Je verrai ensuite avec Pierre ce qu'il est possible de faire.

Nadia El Amrani
Recruitment Officer
Corvalis CRO SRL
T +32 2 808 41 15""", cte="qp"))

_nordica_missed = """Bonjour Manon,

Nous avions rendez-vous ce matin à 9h30 sur Teams pour votre entretien, mais vous ne vous êtes pas connectée et je n'ai pas réussi à vous joindre au téléphone.

J'espère qu'il ne vous est rien arrivé de grave. Si vous souhaitez toujours être considérée pour le poste, merci de me recontacter d'ici vendredi.

Camille Dufour
Chargée de recrutement - Nordica Clinical"""
add(m(MIS, "nordica_did_not_connect", "fr", company="Nordica Clinical",
      contact="camille.dufour@nordica-clinical.example.fr",
      frm=("Camille Dufour – Nordica Clinical", "notifications@teamtailor-mail.com"),
      frm_enc=("utf-8", "b"),
      reply_to=("Camille Dufour", "camille.dufour@nordica-clinical.example.fr"),
      subject="Entretien de ce matin",
      date="2026-06-09 10:26 +0200", key="nordica-missed", irt="nordica-inv",
      text=_nordica_missed,
      html=ats_card(paras(_nordica_missed), "Nordica Clinical", "#0e7490",
                    "Envoyé via Teamtailor"),
      charset="iso-8859-1", cte="qp"))

add(m(MIS, "tremplin_two_calls_no_answer", "fr", company="Tremplin Intérim",
      contact="jessica.halleux@tremplin-interim.example.be",
      frm=("Jessica Halleux", "jessica.halleux@tremplin-interim.example.be"),
      subject="Notre rendez-vous téléphonique de 10h",
      date="2026-01-15 10:34 +0100", key="tremplin-missed", irt="tremplin-reg",
      charset="windows-1252", cte="qp",
      text="""Bonjour Manon,

J'ai essayé de t'appeler deux fois à 10h00 comme prévu pour notre entretien de qualification, mais je tombe directement sur ta messagerie.

Pas de souci, ça arrive ! Rappelle-moi quand tu peux au 04 221 36 90 ou envoie-moi deux ou trois créneaux qui t'arrangent cette semaine. J’ai déjà une mission qui pourrait te correspondre.

Jessica Halleux
Consultante Santé & Pharma – Tremplin Intérim"""))

add(m(MIS, "hpb_video_no_news", "fr", company="Hôpital Privé des Batignolles",
      contact="n.roussel@hpb.example.fr",
      frm=("Nathalie Roussel", "n.roussel@hpb.example.fr"),
      subject="Visio de 14h – sans nouvelles de votre part",
      date="2026-05-20 14:38 +0200", key="hpb-missed",
      text="""Madame Tshibangu-Roux,

Nous avions rendez-vous aujourd'hui à 14h00 en visioconférence pour le poste de technicienne affaires réglementaires DM. Le pharmacien gérant et moi-même sommes restés connectés une vingtaine de minutes, sans nouvelles de votre part.

Je vous remercie de me faire savoir si vous souhaitez maintenir votre candidature.

Nathalie Roussel
Chargée RH
Hôpital Privé des Batignolles
18 rue des Moines, 75017 Paris""", cte="b64"))

add(m(MIS, "meuse_waited_at_cafe", "fr", company="Meuse Regulatory",
      contact="olivier@meuse-regulatory.example.be",
      frm=("Olivier Collard", "olivier@meuse-regulatory.example.be"),
      subject="Re: un café jeudi ?",
      date="2026-09-24 09:47 +0200", key="meuse-missed", irt="meuse-inv",
      text="""Manon,

Je suis au Pot au Lait depuis 9h, je t'ai attendue une bonne demi-heure mais personne. Je suppose qu'il y a eu un souci ou un malentendu sur le jour ?

Je dois filer chez un client. Fais-moi signe quand tu vois ce message, on trouvera un autre moment.

Olivier

Envoyé de mon téléphone"""))

# ================================================================== missed — English (2)

add(m(MIS, "helix_called_no_answer", "en", company="Helix Regulatory Partners",
      contact="tom.baxter@helixreg.example.be",
      frm=("Tom Baxter", "tom.baxter@helixreg.example.be"),
      subject="Missed call",
      date="2026-07-09 14:22 +0200", key="helix-missed", irt="helix-inv",
      refs=["helix-own"],
      text="""Hi Manon,

I called you at 2pm as agreed, twice, but couldn't reach you and there was no voicemail set up.

If you're still interested, drop me a line with a couple of times that suit you.

Tom"""))

_morsweg_missed = """Hi Manon,

We had a Zoom interview scheduled today at 11:00 for the Regulatory Coordinator position. Pieter and I waited on the call for 15 minutes but didn't see you join, and we haven't received a message.

Could you let us know what happened? If something came up, reply to this email and we'll see what we can do.

Best,
Priya Raman
Talent Coordinator, Morsweg Medical"""
add(m(MIS, "morsweg_waited_on_zoom", "en", company="Morsweg Medical",
      contact="priya.raman@morsweg.example.nl",
      frm=("Priya Raman", "priya.raman@morsweg.example.nl"),
      subject="We missed you today",
      date="2026-06-10 11:26 +0200", key="morsweg-missed",
      html=simple_html(paras(_morsweg_missed), "Helvetica,Arial,sans-serif")))

# ================================================================== missed — German (2)

add(m(MIS, "euregio_nicht_erschienen", "de", company="Euregio Pharmahandel",
      contact="m.heinen@euregio-pharmahandel.example.de",
      frm=("Monika Heinen", "m.heinen@euregio-pharmahandel.example.de"),
      subject="Ihr Probearbeitstag gestern",
      subj_enc=("utf-8", "q"),
      date="2026-10-08 08:35 +0200", key="euregio-missed", irt="euregio-inv",
      charset="windows-1252", cte="qp",
      text="""Guten Tag Frau Tshibangu-Roux,

gestern um 8:00 Uhr hatten wir Sie zum Probearbeitstag erwartet. Frau Jansen hat bis etwa 9:30 Uhr am Empfang auf Sie gewartet; telefonisch waren Sie leider nicht erreichbar.

Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Stelle haben. Ohne Rückmeldung bis Ende der Woche gehen wir davon aus, dass sich Ihre Bewerbung erledigt hat.

Mit freundlichen Grüßen
Monika Heinen
Personal – Euregio Pharmahandel GmbH"""))

add(m(MIS, "dreilaender_nicht_erreicht", "de", company="Dreiländer Personal",
      contact="s.brandt@dreilaender-personal.example.de",
      frm=("Stefan Brandt", "s.brandt@dreilaender-personal.example.de"),
      frm_enc=("utf-8", "q"),
      subject="Unser Telefontermin heute",
      date="2026-09-04 11:15 +0200", key="dreil-missed", irt="dreil-reg",
      text="""Hallo Frau Tshibangu-Roux,

ich habe heute um 10:00 Uhr zweimal versucht, Sie für unser vereinbartes Kennenlerngespräch telefonisch zu erreichen – leider ohne Erfolg.

Vielleicht ist etwas dazwischengekommen. Sagen Sie mir gern, wann ich Sie am besten erreiche; ich habe bereits eine interessante Stelle bei einem Kunden in Stolberg für Sie.

Viele Grüße
Stefan Brandt
Dreiländer Personal GmbH
Tel. 0241 475 83 10""", cte="8bit"))

# ================================================================== missed — Spanish (1)

add(m(MIS, "meseta_llamadas_sin_respuesta", "es", company="Meseta Clinical",
      contact="lucia.navarro@mesetaclinical.example.es",
      frm=("Lucía Navarro", "lucia.navarro@mesetaclinical.example.es"),
      frm_enc=("iso-8859-1", "q"),
      subject="Llamada de preselección – Meseta Clinical",
      date="2026-06-17 10:41 +0200", key="meseta-missed", irt="meseta-inv",
      text="""Hola Manon:

Te llamamos dos veces a las 10:00, como habíamos quedado, pero no conseguimos hablar contigo: el teléfono daba apagado.

¿Ha pasado algo? Escríbeme cuando puedas y, si sigues interesada, intentamos encontrar otro momento esta semana.

Lucía Navarro
Técnica de Selección · Meseta Clinical S.L.""", cte="qp"))
