# ruff: noqa
"""Corpus 257: interview invitations (26), reschedules and cancellations (15) and missed-interview
notices (10), each written by hand."""

from __future__ import annotations

from msgs257_common import (
    CAND,
    ats_card,
    attribution,
    button,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
)
from msgs257_other import RESCHED_NOA, REPORT_BAZAR

BELL = ("Clémence Royer", "clemence.royer@galeries-bellecour.example.fr")
NACRE = ("Inès Moreau", "ines.moreau@nacre-rose.example.fr")
PORTICI = ("Elena Marchetti", "elena.marchetti@portici.example.it")
EBRO = ("Jorge Lasheras", "jorge.lasheras@almacenes-ebro.example.es")
MAINUFER = ("Jana Kessler", "jana.kessler@mainufer.example.de")
NORTHGATE = ("Priya Raman", "priya.raman@northgatebeauty.example.ch")

_BELL_PANEL = """Bonjour Séraphine,

Suite à notre échange téléphonique, j'ai le plaisir de vous convier à un entretien avec Mme Perrine Vasseur, directrice du magasin, et M. Hugo Lemaire, responsable du pôle Beauté.

Date : jeudi 5 mars 2026, de 10h00 à 11h00
Lieu : Galeries Bellecour, 34 rue de la République, 69002 Lyon - accueil du personnel, entrée rue Grenette

Une invitation de calendrier est jointe à ce message. Merci de l'accepter pour confirmer votre présence.

Bien cordialement,

Clémence Royer
Chargée de recrutement
Galeries Bellecour
34 rue de la République, 69002 Lyon
04 72 00 40 11"""

_GMR_INVITE = """Madame,

Nous vous remercions pour votre candidature au poste de Responsable de rayon Beauté.

Nous souhaitons poursuivre avec un premier entretien vidéo de 45 minutes avec Mme Corinne Bally, cheffe du département Parfumerie, le mardi 14 avril à 15h00 (heure de Genève), sur Microsoft Teams."""

_AMBRE_INVITE = """Vous êtes invitée à un entretien en visioconférence pour le poste Responsable de magasin - Dijon Toison d'Or.

Date : mercredi 15 juillet 2026, 10:00 - 10:45 (CEST)
Lien de connexion : https://meet.boutiques-ambre.example.fr/r/TDO-4471"""

_COIFF_APP = """Madame, Monsieur,

Je vous adresse ma candidature pour le poste d'animatrice du réseau de franchisés Rhône-Alpes. Après quatorze ans en salon, dont six comme gérante, je connais de l'intérieur le quotidien d'un salon franchisé et les attentes de ses équipes."""

_EBRO_INVITE = """Hola, Séraphine:

Nos gustaría conocerte en persona. Te proponemos una entrevista con el director del centro y la responsable de Perfumería el martes 12 de mayo a las 11:00, en nuestras oficinas de Paseo de Sagasta 7 (3.ª planta)."""

_VERDELLO_INVITE = """Hi Séraphine,

Thanks for your interest in Verdello! I'd like to invite you to a 45-minute video interview with our Retail Area Manager, Davide Russo, for the Store Manager role in Turin.

Please pick a time that suits you using the link below."""


def _cal(method, uid, seq, start, end, summary, organizer, location="", description="",
         tz="Europe/Paris", cte="base64"):
    return dict(method=method, uid=uid, seq=seq, start=start, end=end, summary=summary,
                organizer=organizer, location=location, description=description, tz=tz,
                cte=cte)


MESSAGES: list[dict] = [
    # ================================================================ interview_invitation, fr
    dict(kind="interview_invitation", slug="galeries_bellecour_echange_telephonique", lang="fr",
         company="Galeries Bellecour", contact=BELL[1], key="bell_screen", parent="bell_ack",
         date="2026-02-10 11:02 +0100", frm=BELL,
         subject="Votre candidature - Responsable espace Beauté",
         text="""Bonjour Séraphine,

Je vous remercie pour votre candidature au poste de Responsable de l'espace Beauté. Votre parcours en salon a retenu mon attention et j'aimerais échanger avec vous par téléphone une vingtaine de minutes.

Seriez-vous disponible vendredi 13 février, entre 14h et 17h ? Indiquez-moi le créneau qui vous convient et le numéro auquel vous joindre.

Bien cordialement,

Clémence Royer
Chargée de recrutement - Galeries Bellecour
04 72 00 40 11
"""),
    dict(kind="interview_invitation", slug="galeries_bellecour_panel_calendrier", lang="fr",
         company="Galeries Bellecour", contact=BELL[1], key="bell_panel", parent="bell_thanks",
         date="2026-02-20 15:40 +0100", frm=BELL,
         cc=[("Hugo Lemaire", "hugo.lemaire@galeries-bellecour.example.fr")],
         subject="Invitation : Entretien Responsable espace Beauté - jeu. 5 mars 10:00",
         text=_BELL_PANEL + "\n",
         html=outlook_html(mso(_BELL_PANEL)),
         cal=_cal("REQUEST", "GB-2026-0305-beaute@galeries-bellecour.example.fr", 0,
                  "2026-03-05 10:00", "2026-03-05 11:00",
                  "Entretien - Responsable espace Beauté (S. Adjovi-Lambert)", BELL,
                  "Galeries Bellecour, 34 rue de la République, Lyon - accueil du personnel",
                  "Entretien avec P. Vasseur et H. Lemaire")),
    dict(kind="interview_invitation", slug="alpes_interim_entretien_client_caravelle",
         lang="fr", company="Beauté Caravelle", contact="julien.ferraz@alpes-interim.example.fr",
         key="caravelle_invite", parent="alpes_ack", date="2026-02-02 10:14 +0100",
         frm=("Julien Ferraz", "julien.ferraz@alpes-interim.example.fr"),
         subject="Entretien chez Beauté Caravelle - vendredi 6 février",
         text="""Bonjour Séraphine,

Bonne nouvelle : j'ai présenté votre profil à Beauté Caravelle pour le poste de responsable de leur boutique de Grenoble Victor-Hugo, et la responsable de secteur souhaite vous rencontrer.

Rendez-vous vendredi 6 février à 14h30 directement à la boutique, 8 place Victor-Hugo, 38000 Grenoble. Demandez Mme Sophie Barral. Prévoyez environ une heure : entretien puis tour de la boutique.

Merci de me confirmer par retour de mail, et n'hésitez pas à m'appeler avant pour qu'on prépare ensemble.

Julien Ferraz
Consultant recrutement - Alpes Intérim Grenoble
06 30 00 18 72
"""),
    dict(kind="interview_invitation", slug="ferrandier_journee_essai", lang="fr",
         company="Groupe Ferrandier", contact="t.perrin@ferrandier.example.fr",
         key="ferr_trial", date="2026-07-01 09:30 +0200",
         frm=("Thomas Perrin", "t.perrin@ferrandier.example.fr"),
         subject="Journée d'immersion - magasin Dijon Liberté",
         html=simple_html(paras("""Bonjour Madame Adjovi-Lambert,

Suite à votre entretien avec Mme Lagarde, nous vous proposons une journée d'immersion rémunérée dans notre magasin de la rue de la Liberté à Dijon, le mardi 7 juillet de 9h30 à 18h.

Au programme : ouverture du magasin avec l'équipe, réception d'une livraison, animation du brief de midi, puis un point de 30 minutes avec notre directeur régional en fin de journée.

Tenue : celle que vous porteriez en tant que responsable. Le déjeuner est pris en charge.

Pouvez-vous me confirmer votre venue ?

Thomas Perrin
Chargé RH - Groupe Ferrandier
9 rue de la Préfecture, 21000 Dijon
03 80 00 92 15""")),
         cte="base64"),
    dict(kind="interview_invitation", slug="vauclair_rencontre_sorbier", lang="fr",
         company="Atelier Sorbier", contact="agathe.vauclair@vauclair.example.fr",
         key="vauclair_invite", parent="vauclair_approach", date="2026-03-12 17:20 +0100",
         frm=("Agathe Vauclair", "agathe.vauclair@vauclair.example.fr"),
         subject="Rencontre avec Atelier Sorbier - mardi 24 mars",
         text="""Bonjour Séraphine,

Comme je vous l'annonçais au téléphone, je peux maintenant vous révéler le nom de mon client : il s'agit d'Atelier Sorbier. Mme Sorbier et son directeur des boutiques vous recevront le mardi 24 mars à 10h, dans leur boutique de la rue Édouard-Herriot (Lyon 2e).

L'entretien durera environ une heure et demie, avec une partie en boutique. Je vous envoie d'ici vendredi une note de préparation sur la marque et ses enjeux.

Bien à vous,
Agathe Vauclair
Cabinet Vauclair - 06 12 45 90 33
"""),
    dict(kind="interview_invitation", slug="lumiere_sel_lien_teamtailor", lang="fr",
         company="Lumière & Sel", contact="", key="lumiere_invite", parent="lumiere_ack",
         date="2026-02-24 10:00 +0100",
         frm=("Lumière & Sel", "no-reply@teamtailor-mail.com"), frm_enc=("iso-8859-1", "Q"),
         subject="Choisissez votre créneau d'entretien - Lumière & Sel",
         text="""Bonjour Séraphine,

Votre candidature pour le poste de Responsable de boutique - Annecy a retenu notre attention. Nous aimerions vous rencontrer lors d'un entretien vidéo de 40 minutes avec Aurore Dufay, responsable RH.

Réservez le créneau qui vous convient (semaine du 2 mars) :
https://lumiere-sel.teamtailor.com/meetings/7a1c9e

À très vite,
L'équipe Lumière & Sel
""",
         html=ats_card("Lumière & Sel", paras("""Bonjour Séraphine,

Votre candidature pour le poste de Responsable de boutique - Annecy a retenu notre attention. Nous aimerions vous rencontrer lors d'un entretien vidéo de 40 minutes avec Aurore Dufay, responsable RH.""")
             + button("Réserver un créneau", "https://lumiere-sel.teamtailor.com/meetings/7a1c9e",
                      "#6b8f71") + "<p>À très vite,<br>L'équipe Lumière &amp; Sel</p>",
             "Envoyé avec Teamtailor", accent="#6b8f71")),
    dict(kind="interview_invitation", slug="comptoir_laine_cafe_jeudi", lang="fr",
         company="Le Comptoir Lainé", contact="bastien@comptoir-laine.example.fr",
         key="laine_invite", date="2026-03-26 08:15 +0100",
         frm=("Bastien Lainé", "bastien@comptoir-laine.example.fr"),
         subject="Café jeudi ?",
         text="""Hello Séraphine, tu serais dispo jeudi 2 avril vers 15h pour qu'on en parle autour d'un café ?

Ta candidature m'a bien plu, et pour la boutique de la rue de Brest je préfère commencer par un échange informel avant de te présenter à mon associée. On peut se retrouver au café juste en face de la boutique.

Dis-moi !
Bastien
Le Comptoir Lainé - 06 77 00 41 90
"""),
    dict(kind="interview_invitation", slug="grand_bazar_session_recrutement", lang="fr",
         company="Grand Bazar de Grenoble", contact="s.chabert@grand-bazar.example.fr",
         key="bazar_invite", date="2026-06-18 16:30 +0200",
         frm=("Sandrine Chabert", "s.chabert@grand-bazar.example.fr"),
         subject="Session de recrutement - Manager de rayon",
         text="""Madame,

Nous avons le plaisir de vous convier à notre session de recrutement du mardi 30 juin à 9h00, pour le poste de manager du rayon parfumerie.

Déroulé de la matinée (9h00 - 13h00) :
- présentation du magasin et de ses équipes
- exercice collectif de mise en situation (réimplantation d'un linéaire)
- jeu de rôle de vente avec un client mystère
- entretien individuel avec la direction du magasin

Merci de vous présenter à l'accueil administratif, 2 rue Lafayette, muni(e) d'une pièce d'identité. Confirmez votre participation en répondant à ce message.

Cordialement,

Sandrine Chabert
Responsable du recrutement
Grand Bazar de Grenoble - 2 rue Lafayette, 38000 Grenoble
04 76 00 12 90
"""),
    dict(kind="interview_invitation", slug="boutiques_ambre_visio_workday", lang="fr",
         company="Boutiques Ambre", contact="", key="ambre_invite",
         date="2026-07-08 08:30 +0200",
         frm=("Boutiques Ambre", "boutiquesambre@myworkday.com"),
         subject="Invitation à un entretien - Responsable de magasin Dijon Toison d'Or",
         text="""Bonjour Séraphine,

""" + _AMBRE_INVITE + """

Merci de confirmer votre présence depuis votre espace candidat : https://boutiquesambre.wd3.myworkday.com/candidat

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
         html=ats_card("Boutiques Ambre", "<p>Bonjour Séraphine,</p>" + paras(_AMBRE_INVITE)
                       + button("Confirmer ma présence",
                                "https://boutiquesambre.wd3.myworkday.com/candidat", "#b5651d"),
                       "Ce message est envoyé automatiquement depuis Workday.",
                       accent="#b5651d")),
    dict(kind="interview_invitation", slug="grands_magasins_rhone_entretien_video", lang="fr",
         company="Grands Magasins du Rhône", contact="m.perrottet@gmr.example.ch",
         key="gmr_invite", parent="gmr_ack", date="2026-04-09 09:12 +0200",
         frm=("Grands Magasins du Rhône", "noreply@smartrecruiters.com"),
         reply_to=("Mélanie Perrottet", "m.perrottet@gmr.example.ch"),
         subject="Entretien vidéo - Responsable de rayon Beauté",
         text=_GMR_INVITE + """

Le lien de connexion vous sera envoyé la veille. Merci de confirmer ce créneau, ou de m'en proposer un autre, en répondant directement à ce message.

Meilleures salutations,
Mélanie Perrottet
Recrutement - Grands Magasins du Rhône
Rue du Rhône 48, 1204 Genève
"""),
    dict(kind="interview_invitation", slug="coiff_etoile_appel_apres_candidature", lang="fr",
         company="Coiff'Étoile", contact="maeva.roux@coiffetoile.example.fr",
         key="coiffetoile_invite", parent="coiffetoile_ack", date="2026-08-27 12:40 +0200",
         frm=("Maëva Roux", "maeva.roux@coiffetoile.example.fr"),
         subject="Re: Candidature - Animatrice réseau Rhône-Alpes",
         subject_enc=("utf-8", "B"),
         text="""Bonjour Madame Adjovi-Lambert,

Merci pour votre candidature, très complète. Je vous propose un premier entretien téléphonique de 30 minutes le jeudi 3 septembre à 10h00 ; je vous appellerai au numéro indiqué sur votre CV.

Si l'horaire ne vous convient pas, proposez-m'en un autre dans la semaine.

Maëva Roux
Responsable développement réseau - Coiff'Étoile

""" + attribution("fr", "jeu. 20 août 2026 à 21:33", "Séraphine Adjovi-Lambert",
                  "seraphine.al@example.fr") + "\n" + quote(_COIFF_APP) + "\n"),
    dict(kind="interview_invitation", slug="saone_talents_rdv_agence_opaline", lang="fr",
         company="Opaline", contact="k.benali@saone-talents.example.fr",
         key="saone_invite", parent="saone_ack", date="2026-02-03 17:45 +0100",
         frm=("Karim Benali", "k.benali@saone-talents.example.fr"),
         subject="Mission Opaline Vaise - rendez-vous à l'agence",
         text="""Bonjour Séraphine,

Opaline recherche une responsable pour son salon-boutique de Vaise (mission de 6 mois, possibilité d'embauche), et votre profil correspond bien à leur demande.

Avant de vous présenter, je voudrais vous rencontrer à l'agence le mardi 10 février à 9h30 pour un entretien de présélection d'environ 45 minutes : nous ferons le point sur votre expérience de gestion et je vous présenterai l'enseigne.

Adresse : Intérim Saône Talents, 17 rue Marietton, 69009 Lyon (métro Valmy).

À mardi,
Karim Benali
Chargé de recrutement - Intérim Saône Talents
04 72 00 85 14
"""),
    dict(kind="interview_invitation", slug="nacre_rose_second_entretien_ics", lang="fr",
         company="Nacre & Rose", contact=NACRE[1], key="nacre_invite", parent="nacre_ack",
         date="2026-05-26 14:02 +0200", frm=NACRE,
         subject="Second entretien - Responsable boutique Bellecour",
         text="""Bonjour Séraphine,

Merci pour notre premier échange. Nous souhaitons vous présenter à notre directrice commerciale, Mme Aline Gauthier, pour un second entretien le mercredi 3 juin de 10h00 à 11h00 au siège (22 rue Sala, Lyon 2e).

Vous trouverez l'invitation en pièce jointe (fichier .ics). Prévoyez d'évoquer un plan d'action pour les 100 premiers jours de la boutique.

Bien à vous,
Inès Moreau
Chargée RH - Nacre & Rose
22 rue Sala, 69002 Lyon
""",
         cte="base64",
         attach=[dict(type="ics", filename="invitation.ics",
                      **_cal("REQUEST", "nr-2nd-0603@nacre-rose.example.fr", 0,
                             "2026-06-03 10:00", "2026-06-03 11:00",
                             "Second entretien - S. Adjovi-Lambert", NACRE,
                             "Nacre & Rose, 22 rue Sala, 69002 Lyon"))]),
    # ================================================================ interview_invitation, en
    dict(kind="interview_invitation", slug="verdello_greenhouse_scheduling", lang="en",
         company="Verdello", contact="giulia.ferri@verdello.example.it",
         key="verdello_invite", parent="verdello_ack", date="2026-04-14 09:21 +0000",
         frm=("Giulia Ferri via Greenhouse", "no-reply@us.greenhouse-mail.io"),
         reply_to=("Giulia Ferri", "giulia.ferri@verdello.example.it"),
         subject="Interview availability - Store Manager, Turin",
         text=_VERDELLO_INVITE + """

https://app.greenhouse.io/scheduler/verdello/8f2c1a

Slots are available on Tuesday 21 and Wednesday 22 April.

Best,
Giulia Ferri
Talent Acquisition Partner, Verdello
""",
         html=simple_html(paras(_VERDELLO_INVITE) + button(
             "Choose a time", "https://app.greenhouse.io/scheduler/verdello/8f2c1a", "#1f3b2d")
             + paras("""Slots are available on Tuesday 21 and Wednesday 22 April.

Best,
Giulia Ferri
Talent Acquisition Partner, Verdello"""), "en")),
    dict(kind="interview_invitation", slug="noa_flint_phone_screen", lang="en",
         company="Noa & Flint", contact="hannah.whitlock@noaflint.example.ch",
         key="noa_screen", parent="noa_ack", date="2026-03-09 16:12 +0100",
         frm=("Hannah Whitlock", "hannah.whitlock@noaflint.example.ch"),
         subject="Phone screen - Assistant Store Manager, Geneva",
         text="""Hi Séraphine,

Thanks for applying to Noa & Flint. Would Thursday 12 March at 11:00 (Geneva time) work for a 30-minute phone screen?

Best,
Hannah

Hannah Whitlock | People Partner, Noa & Flint
Rue de la Confédération 9, 1204 Geneva | +41 22 000 19 40
"""),
    dict(kind="interview_invitation", slug="linnea_lever_video_interview", lang="en",
         company="Linnea Studio", contact="freja.lind@linnea.example.se",
         key="linnea_invite", date="2026-07-02 10:05 +0200",
         frm=("Freja Lind via Lever", "no-reply@hire.lever.co"),
         reply_to=("Freja Lind", "freja.lind@linnea.example.se"),
         subject="Interview invitation: Store Manager (Geneva) - Linnea Studio",
         text="""Hi Séraphine,

We'd love to get to know you better! You're invited to a video interview for the Store Manager role at our new Geneva store.

When: Thursday 9 July, 11:00-11:45 (CEST)
Where: Google Meet - https://meet.example.com/lin-gva-0709
With: Freja Lind (Retail Recruiter) and Oskar Berg (Head of Retail)

Reply to this email if you need to change the time.

Freja
""",
         html=simple_html(paras("""Hi Séraphine,

We'd love to get to know you better! You're invited to a video interview for the Store Manager role at our new Geneva store.

When: Thursday 9 July, 11:00-11:45 (CEST)
Where: Google Meet - https://meet.example.com/lin-gva-0709
With: Freja Lind (Retail Recruiter) and Oskar Berg (Head of Retail)

Reply to this email if you need to change the time.

Freja"""), "en")),
    dict(kind="interview_invitation", slug="portici_panel_calendar_request", lang="en",
         company="Portici Department Store", contact=PORTICI[1], key="portici_invite",
         parent="portici_ack", date="2026-09-10 11:48 +0200", frm=PORTICI,
         subject="Panel interview - Beauty Floor Manager - Tue 15 Sep 10:00",
         text="""Dear Séraphine,

Following your application, we would like to invite you to a panel interview for the Beauty Floor Manager position.

Date: Tuesday 15 September 2026, 10:00-11:30
Place: Portici Department Store, Via Garibaldi 30, Turin - 5th floor, meeting room "Superga"
Panel: Elena Marchetti (HR Business Partner), Roberto Gallo (Store Director), Chiara Villa (Beauty Buyer)

The interview will be in English. Please accept the attached calendar invitation to confirm.

Kind regards,
Elena Marchetti
HR Business Partner | Portici Department Store
Via Garibaldi 30, 10122 Torino | +39 011 000 7710
""",
         cal=_cal("REQUEST", "portici-bfm-0915@portici.example.it", 0, "2026-09-15 10:00",
                  "2026-09-15 11:30", "Panel interview - Beauty Floor Manager", PORTICI,
                  "Via Garibaldi 30, Torino - 5th floor, room Superga", tz="Europe/Rome",
                  cte="8bit")),
    dict(kind="interview_invitation", slug="harbour_pine_free_thursday", lang="en",
         company="Harbour & Pine", contact="sam@harbourpine.example.ch",
         key="harbour_invite", date="2026-05-25 21:14 +0200",
         frm=("Sam Keller", "sam@harbourpine.example.ch"),
         subject="Chat about the Carouge shop",
         text="""Hi Séraphine,

Loved your note about the Carouge shop. Are you free Thursday to chat? I could give you a ring around 10:00, 20-30 minutes, nothing formal, just to get to know each other and tell you what we're building.

If Thursday doesn't work, throw me another time.

Cheers,
Sam
Sam Keller, co-founder, Harbour & Pine
+41 79 000 42 18
"""),
    dict(kind="interview_invitation", slug="piemonte_exec_meeting_aurum", lang="en",
         company="Aurum Beauty", contact="l.conti@piemonte-exec.example.it",
         key="aurum_invite", parent="piemonte_approach", date="2026-07-06 12:30 +0200",
         frm=("Luca Conti", "l.conti@piemonte-exec.example.it"),
         subject="Aurum Beauty - meeting with the retail director",
         text="""Dear Séraphine,

Good news from our side: a client has just opened a mandate that fits the conversation we had. Aurum Beauty is looking for a Store Manager for its new boutique in Piazza San Carlo, and they would like to meet you.

Their Retail Director, Francesca Bruno, can see you on Wednesday 15 July at 17:00 at their head office (Via Lagrange 12, Turin), or by video if travelling is difficult. The conversation will be in English.

Could you confirm which option you prefer? I will send you a short briefing beforehand.

Best regards,
Luca Conti
Partner, Retail & Luxury - Piemonte Executive
+39 011 000 4471
"""),
    dict(kind="interview_invitation", slug="northgate_assessment_day", lang="en",
         company="Northgate Beauty", contact=NORTHGATE[1], key="northgate_invite",
         parent="northgate_ack", date="2026-08-24 15:05 +0200", frm=NORTHGATE,
         subject="Invitation: Northgate Beauty assessment day - 10 September",
         text="""Dear Séraphine,

Congratulations - you have been shortlisted for the Area Beauty Manager role, and we would like to invite you to our assessment day in Geneva.

Thursday 10 September 2026, 09:00-16:00
Northgate Beauty Geneva flagship, Rue du Marché 20, 1204 Geneva

The day includes a group exercise, a sales role-play, a presentation (brief to follow, 10 minutes) and a one-to-one interview with the Regional Director. Lunch is provided; travel costs from Lyon will be reimbursed.

Please accept the calendar invitation to confirm your place.

Best regards,
Priya Raman
Talent Acquisition Lead, Northgate Beauty Switzerland
""",
         html=simple_html(paras("""Dear Séraphine,

Congratulations - you have been shortlisted for the Area Beauty Manager role, and we would like to invite you to our assessment day in Geneva.

Thursday 10 September 2026, 09:00-16:00
Northgate Beauty Geneva flagship, Rue du Marché 20, 1204 Geneva

The day includes a group exercise, a sales role-play, a presentation (brief to follow, 10 minutes) and a one-to-one interview with the Regional Director. Lunch is provided; travel costs from Lyon will be reimbursed.

Please accept the calendar invitation to confirm your place.

Best regards,
Priya Raman
Talent Acquisition Lead, Northgate Beauty Switzerland"""), "en"),
         cal=_cal("REQUEST", "ngb-ac-20260910@northgatebeauty.example.ch", 0,
                  "2026-09-10 09:00", "2026-09-10 16:00", "Assessment day - Area Beauty Manager",
                  NORTHGATE, "Rue du Marché 20, 1204 Geneva", tz="Europe/Zurich")),
    # ================================================================ interview_invitation, de
    dict(kind="interview_invitation", slug="mainufer_vorstellungsgespraech", lang="de",
         company="Kaufhaus Mainufer", contact=MAINUFER[1], key="mainufer_invite",
         parent="mainufer_ack", date="2026-05-11 10:40 +0200", frm=MAINUFER,
         subject="Einladung zum Vorstellungsgespräch - Abteilungsleitung Beauty",
         text="""Sehr geehrte Frau Adjovi-Lambert,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 19. Mai 2026, 10:00 bis 11:15 Uhr
Kaufhaus Mainufer, Zeil 88, 60313 Frankfurt am Main, Personaleingang Holzgraben

Gesprächspartner sind Herr Matthias Brandt (Geschäftsleitung Verkauf) und ich. Im Anschluss zeigen wir Ihnen die Beauty-Abteilung. Bitte bestätigen Sie den Termin über die beigefügte Kalendereinladung.

Mit freundlichen Grüßen
Jana Kessler
Personalreferentin
Kaufhaus Mainufer GmbH & Co. KG
Zeil 88, 60313 Frankfurt am Main
""",
         html=outlook_html(mso("""Sehr geehrte Frau Adjovi-Lambert,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 19. Mai 2026, 10:00 bis 11:15 Uhr
Kaufhaus Mainufer, Zeil 88, 60313 Frankfurt am Main, Personaleingang Holzgraben

Gesprächspartner sind Herr Matthias Brandt (Geschäftsleitung Verkauf) und ich. Im Anschluss zeigen wir Ihnen die Beauty-Abteilung. Bitte bestätigen Sie den Termin über die beigefügte Kalendereinladung.

Mit freundlichen Grüßen
Jana Kessler
Personalreferentin
Kaufhaus Mainufer GmbH & Co. KG
Zeil 88, 60313 Frankfurt am Main"""), "DE"),
         cal=_cal("REQUEST", "km-abl-beauty-0519@mainufer.example.de", 0, "2026-05-19 10:00",
                  "2026-05-19 11:15", "Vorstellungsgespräch Abteilungsleitung Beauty",
                  MAINUFER, "Zeil 88, Frankfurt - Personaleingang Holzgraben",
                  tz="Europe/Berlin", cte="quoted-printable")),
    dict(kind="interview_invitation", slug="lindqvist_assessment_center", lang="de",
         company="Kosmetik Lindqvist", contact="", key="lindqvist_invite",
         parent="lindqvist_ack", date="2026-08-12 09:00 +0200",
         frm=("Kosmetik Lindqvist Recruiting", "no-reply@softgarden.io"),
         subject="Einladung zum Assessment-Center - Filialleitung Frankfurt-Bockenheim",
         text="""Guten Tag Frau Adjovi-Lambert,

wir freuen uns, Sie zu unserem Assessment-Center für angehende Filialleitungen einzuladen.

Termin: Dienstag, 25. August 2026, 9:00 bis ca. 15:30 Uhr
Ort: Kosmetik Lindqvist Regionalbüro, Leipziger Straße 17, 60487 Frankfurt am Main

Ablauf: Gruppenübung, Verkaufsgespräch im Rollenspiel, Mitarbeitergespräch-Simulation und ein Interview mit der Regionalleitung. Eine Kalenderdatei finden Sie im Anhang.

Bitte bestätigen Sie Ihre Teilnahme bis zum 19. August über Ihr Bewerberkonto.

Ihr Recruiting-Team Kosmetik Lindqvist
Diese Nachricht wurde automatisch versendet.
""",
         attach=[dict(type="ics", filename="Assessment-Center.ics",
                      **_cal("REQUEST", "kl-ac-0825@lindqvist.example.de", 0,
                             "2026-08-25 09:00", "2026-08-25 15:30",
                             "Assessment-Center Filialleitung",
                             ("Recruiting Kosmetik Lindqvist", "recruiting@lindqvist.example.de"),
                             "Leipziger Straße 17, Frankfurt am Main", tz="Europe/Berlin"))]),
    dict(kind="interview_invitation", slug="blauwerk_telefoninterview_personio", lang="de",
         company="Blauwerk Mode", contact="tobias.renner@blauwerk.example.de",
         key="blauwerk_invite", date="2026-09-07 13:10 +0200",
         frm=("Tobias Renner via Personio", "noreply@mail.personio.de"),
         reply_to=("Tobias Renner", "tobias.renner@blauwerk.example.de"),
         subject="Telefoninterview: Storemanagerin Frankfurt Goethestraße",
         text="""Hallo Frau Adjovi-Lambert,

vielen Dank für Ihre Bewerbung bei Blauwerk Mode! Ich würde Sie gern in einem kurzen Telefoninterview (ca. 30 Minuten) kennenlernen.

Passt Ihnen Donnerstag, 10. September, um 11:00 Uhr? Ich rufe Sie unter der Nummer aus Ihrem Lebenslauf an. Wenn nicht, nennen Sie mir gern zwei Alternativen.

Viele Grüße
Tobias Renner
Recruiting, Blauwerk Mode
"""),
    # ================================================================ interview_invitation, es
    dict(kind="interview_invitation", slug="moda_cierzo_entrevista_tienda", lang="es",
         company="Moda Cierzo", contact="a.lacruz@cierzo.example.es", key="cierzo_invite",
         parent="cierzo_ack", date="2026-06-09 12:05 +0200",
         frm=("Ana Lacruz", "a.lacruz@cierzo.example.es"),
         subject="Entrevista - Encargada de tienda Paseo Independencia",
         text="""Hola, Séraphine:

Hemos revisado tu candidatura y nos encantaría conocerte. Te proponemos una entrevista presencial el martes 16 de junio a las 10:30 en la tienda de Paseo Independencia 19, con Ana Lacruz (responsable de zona) y la gerente de la tienda.

La entrevista durará aproximadamente una hora e incluirá un pequeño recorrido por la tienda. ¿Nos confirmas tu asistencia?

Un saludo,
Ana Lacruz
Responsable de zona - Moda Cierzo
Tel. 976 00 31 55
"""),
    dict(kind="interview_invitation", slug="almacenes_ebro_panel_calendario", lang="es",
         company="Almacenes Ebro", contact=EBRO[1], key="ebro_invite",
         date="2026-05-05 16:20 +0200", frm=EBRO,
         subject="Convocatoria a entrevista - Jefa de sección Perfumería",
         text=_EBRO_INVITE + """

Asistirán Carlos Pardo (director del centro) y Marisa Gil (responsable de Perfumería). Adjuntamos la convocatoria en el calendario.

Un saludo,
Jorge Lasheras
Recursos Humanos - Almacenes Ebro
Paseo de Sagasta 7, 50008 Zaragoza
Tel. 976 00 44 18
""",
         cal=_cal("REQUEST", "ae-perf-0512@almacenes-ebro.example.es", 0, "2026-05-12 11:00",
                  "2026-05-12 12:00", "Entrevista Jefa de sección Perfumería", EBRO,
                  "Paseo de Sagasta 7, 3.ª planta, Zaragoza", tz="Europe/Madrid")),
    dict(kind="interview_invitation", slug="aragon_talento_entrevista_lanuza", lang="es",
         company="Zapaterías Lanuza", contact="p.sancho@aragontalento.example.es",
         key="lanuza_invite", parent="aragon_ack", date="2026-03-25 11:30 +0100",
         frm=("Pilar Sancho", "p.sancho@aragontalento.example.es"),
         subject="Entrevista con nuestro cliente Zapaterías Lanuza",
         charset="iso-8859-1", cte="quoted-printable",
         text="""Hola, Séraphine:

Te escribo con buenas noticias: he enviado tu perfil a Zapaterías Lanuza para el puesto de encargada de su tienda de la calle Alfonso I y quieren entrevistarte.

Día: martes 31 de marzo
Hora: 17:00
Lugar: tienda de calle Alfonso I, 22 (preguntar por el Sr. Lanuza)

Llámame antes si quieres que preparemos juntas la entrevista.

Un abrazo,
Pilar Sancho
Consultora de selección - Aragón Talento
Calle Coso 98, 50001 Zaragoza - Tel. 976 00 58 20
"""),
    # ================================================================ reschedule / cancel, fr
    dict(kind="interview_reschedule_or_cancel", slug="galeries_bellecour_creneau_deplace",
         lang="fr", company="Galeries Bellecour", contact=BELL[1], key="bell_moved",
         parent="bell_panel", date="2026-02-27 09:05 +0100", frm=BELL,
         subject="Mise à jour : Entretien Responsable espace Beauté - mar. 10 mars 14:00",
         text="""Bonjour Séraphine,

Mme Vasseur doit se rendre au siège le 5 mars : nous sommes obligés de déplacer votre entretien. Il aura lieu le mardi 10 mars de 14h00 à 15h00, au même endroit et avec les mêmes interlocuteurs.

L'invitation de calendrier a été mise à jour. Si ce nouveau créneau pose problème, dites-le-moi rapidement.

Toutes mes excuses pour ce changement,
Clémence Royer
Chargée de recrutement - Galeries Bellecour

""" + outlook_block("fr", "Clémence Royer", "vendredi 20 février 2026 15:40",
                    "Séraphine Adjovi-Lambert",
                    "Invitation : Entretien Responsable espace Beauté - jeu. 5 mars 10:00")
         + "\n\n" + _BELL_PANEL + "\n",
         cal=_cal("REQUEST", "GB-2026-0305-beaute@galeries-bellecour.example.fr", 1,
                  "2026-03-10 14:00", "2026-03-10 15:00",
                  "Entretien - Responsable espace Beauté (S. Adjovi-Lambert)", BELL,
                  "Galeries Bellecour, 34 rue de la République, Lyon - accueil du personnel")),
    dict(kind="interview_reschedule_or_cancel", slug="ferrandier_immersion_decalee",
         lang="fr", company="Groupe Ferrandier", contact="t.perrin@ferrandier.example.fr",
         key="ferr_moved", parent="ferr_trial", date="2026-07-06 08:10 +0200",
         frm=("Thomas Perrin", "t.perrin@ferrandier.example.fr"),
         subject="Re: Journée d'immersion - magasin Dijon Liberté",
         text="""Bonjour Madame Adjovi-Lambert,

Petit changement : une livraison exceptionnelle est annoncée demain au magasin de la rue de la Liberté, et l'équipe ne pourrait pas vous accueillir dans de bonnes conditions. Nous décalons donc votre journée d'immersion au jeudi 9 juillet, mêmes horaires (9h30 - 18h).

Le point avec notre directeur régional est maintenu en fin de journée.

Merci de votre compréhension,
Thomas Perrin
Chargé RH - Groupe Ferrandier
"""),
    dict(kind="interview_reschedule_or_cancel", slug="nacre_rose_annulation_sans_suite",
         lang="fr", company="Nacre & Rose", contact=NACRE[1], key="nacre_cancel",
         parent="nacre_invite", date="2026-06-01 18:12 +0200", frm=NACRE,
         subject="Annulation : second entretien - Responsable boutique Bellecour",
         text="""Bonjour Séraphine,

Je suis contrainte d'annuler notre second entretien prévu ce mercredi 3 juin avec Mme Gauthier. Un point de direction imprévu remet en discussion le calendrier d'ouverture de la boutique, et nous préférons attendre d'y voir clair avant de poursuivre les rencontres.

Votre candidature reste bien sûr d'actualité ; je reviens vers vous dès que j'ai plus de visibilité.

Inès Moreau
Chargée RH - Nacre & Rose
""",
         cal=_cal("CANCEL", "nr-2nd-0603@nacre-rose.example.fr", 1, "2026-06-03 10:00",
                  "2026-06-03 11:00", "Annulé : Second entretien - S. Adjovi-Lambert", NACRE,
                  "Nacre & Rose, 22 rue Sala, 69002 Lyon")),
    dict(kind="interview_reschedule_or_cancel", slug="alpes_interim_caravelle_deplace",
         lang="fr", company="Beauté Caravelle", contact="julien.ferraz@alpes-interim.example.fr",
         key="caravelle_moved", parent="caravelle_invite", date="2026-02-05 13:22 +0100",
         frm=("Julien Ferraz", "julien.ferraz@alpes-interim.example.fr"),
         subject="Re: Entretien chez Beauté Caravelle - vendredi 6 février",
         text="""Séraphine,

Mme Barral vient de m'appeler : elle est retenue demain par un inventaire à la boutique de Voiron. L'entretien est donc reporté au lundi 9 février à 10h, même adresse.

Est-ce que ça vous va ? Un petit mot de confirmation et je lui transmets.

Julien Ferraz
Alpes Intérim Grenoble - 06 30 00 18 72
"""),
    dict(kind="interview_reschedule_or_cancel", slug="grands_magasins_rhone_recruteuse_malade",
         lang="fr", company="Grands Magasins du Rhône", contact="m.perrottet@gmr.example.ch",
         key="gmr_ill", parent="gmr_invite", date="2026-04-13 16:55 +0200",
         frm=("Mélanie Perrottet", "m.perrottet@gmr.example.ch"),
         subject="Report de votre entretien du 14 avril",
         text="""Madame,

Mme Bally est souffrante et ne pourra pas assurer l'entretien de demain, mardi 14 avril. Nous devons donc le reporter.

Nous vous proposons le mercredi 22 avril à 14h00, toujours sur Teams et pour la même durée. Le lien vous parviendra la veille.

Avec nos excuses pour ce contretemps,
Mélanie Perrottet
Recrutement - Grands Magasins du Rhône

""" + attribution("fr", "jeu. 9 avr. 2026 à 09:12", "Grands Magasins du Rhône",
                  "noreply@smartrecruiters.com") + "\n" + quote(_GMR_INVITE) + "\n"),
    dict(kind="interview_reschedule_or_cancel", slug="lumiere_sel_mise_a_jour_calendrier",
         lang="fr", company="Lumière & Sel", contact="", key="lumiere_moved",
         parent="lumiere_invite", date="2026-03-02 08:45 +0100",
         frm=("Lumière & Sel", "no-reply@teamtailor-mail.com"),
         subject="Entretien modifié : mardi 3 mars → jeudi 5 mars, 11:00",
         text="""Bonjour Séraphine,

Votre entretien vidéo avec Aurore Dufay a été modifié.

Ancien horaire : mardi 3 mars 2026, 11:00 - 11:40
Nouvel horaire : jeudi 5 mars 2026, 11:00 - 11:40

Le lien de la réunion reste le même : https://lumiere-sel.teamtailor.com/meetings/7a1c9e/join

L'invitation mise à jour est jointe à ce message.

L'équipe Lumière & Sel
""",
         attach=[dict(type="ics", filename="entretien.ics",
                      **_cal("REQUEST", "tt-7a1c9e@teamtailor-mail.com", 1, "2026-03-05 11:00",
                             "2026-03-05 11:40", "Entretien vidéo - Lumière & Sel",
                             ("Aurore Dufay", "aurore.dufay@lumiere-sel.example.fr"),
                             "https://lumiere-sel.teamtailor.com/meetings/7a1c9e/join"))]),
    dict(kind="interview_reschedule_or_cancel", slug="grand_bazar_nouvelle_date", lang="fr",
         company="Grand Bazar de Grenoble", contact="s.chabert@grand-bazar.example.fr",
         key="bazar_moved", parent="bazar_resched_req", date="2026-06-22 10:02 +0200",
         frm=("Sandrine Chabert", "s.chabert@grand-bazar.example.fr"),
         subject="RE: Session de recrutement - Manager de rayon (nouvelle date)",
         text="""Madame,

Comme convenu, nous vous avons inscrite sur la session de recrutement du jeudi 2 juillet à 9h00 (au lieu du mardi 30 juin) : présentation du magasin, mise en situation de vente, entretien individuel avec la direction.

Le lieu et le déroulé restent identiques.

Cordialement,
Sandrine Chabert
Responsable du recrutement - Grand Bazar de Grenoble

""" + outlook_block("fr", "Séraphine Adjovi-Lambert <seraphine.al@example.fr>",
                    "vendredi 19 juin 2026 07:51", "Sandrine Chabert",
                    "RE: Session de recrutement - Manager de rayon") + "\n\n" + REPORT_BAZAR + "\n"),
    # ================================================================ reschedule / cancel, en
    dict(kind="interview_reschedule_or_cancel", slug="noa_flint_new_time_confirmed", lang="en",
         company="Noa & Flint", contact="hannah.whitlock@noaflint.example.ch",
         key="noa_moved", parent="noa_resched_req", date="2026-03-10 12:31 +0100",
         frm=("Hannah Whitlock", "hannah.whitlock@noaflint.example.ch"),
         subject="Re: Phone screen - Assistant Store Manager, Geneva",
         text="""Hi Séraphine,

No problem at all. Let's move the call to Monday 16 March at 10:30 instead - I'll call you on +33 6 41 27 88 05. Thursday's slot is cancelled on my side.

Best,
Hannah

""" + attribution("en", "Tue, 10 Mar 2026 at 07:58", "Séraphine Adjovi-Lambert",
                  "seraphine.al@example.fr") + "\n" + quote(RESCHED_NOA) + "\n"),
    dict(kind="interview_reschedule_or_cancel", slug="portici_updated_invitation", lang="en",
         company="Portici Department Store", contact=PORTICI[1], key="portici_moved",
         parent="portici_invite", date="2026-09-14 08:50 +0200", frm=PORTICI,
         subject="Updated invitation: Panel interview - Beauty Floor Manager - Thu 17 Sep 10:00",
         text="""Dear Séraphine,

Our Store Director has been called to a board meeting in Milan tomorrow, so we have moved your panel interview to Thursday 17 September, 10:00-11:30, same place.

The calendar invitation has been updated accordingly. Apologies for the short notice.

Kind regards,
Elena Marchetti
HR Business Partner | Portici Department Store
""",
         cal=_cal("REQUEST", "portici-bfm-0915@portici.example.it", 1, "2026-09-17 10:00",
                  "2026-09-17 11:30", "Panel interview - Beauty Floor Manager", PORTICI,
                  "Via Garibaldi 30, Torino - 5th floor, room Superga", tz="Europe/Rome",
                  cte="8bit")),
    dict(kind="interview_reschedule_or_cancel", slug="linnea_interviewer_sick", lang="en",
         company="Linnea Studio", contact="freja.lind@linnea.example.se", key="linnea_cancel",
         parent="linnea_invite", date="2026-07-07 17:36 +0200",
         frm=("Freja Lind", "freja.lind@linnea.example.se"),
         subject="Thursday's interview - need to cancel",
         text="""Hi Séraphine,

I'm so sorry to do this: Oskar has come down with the flu and we need to cancel Thursday's interview. Please don't read anything into it - we're still very keen to talk.

I'll come back to you with new times as soon as he's back on his feet, hopefully next week.

Freja
Retail Recruiter, Linnea Studio
"""),
    dict(kind="interview_reschedule_or_cancel", slug="northgate_assessment_cancelled",
         lang="en", company="Northgate Beauty", contact=NORTHGATE[1], key="northgate_cancel",
         parent="northgate_invite", date="2026-09-01 10:18 +0200", frm=NORTHGATE,
         subject="Cancelled: Northgate Beauty assessment day - 10 September",
         text="""Dear Séraphine,

Unfortunately we have had to cancel the assessment day planned for 10 September: the flagship will be closed that week for urgent works after a water leak.

Your place in the process is not affected. We are looking at new dates at the end of September and will send you a fresh invitation shortly.

With apologies,
Priya Raman
Talent Acquisition Lead, Northgate Beauty Switzerland
""",
         cal=_cal("CANCEL", "ngb-ac-20260910@northgatebeauty.example.ch", 1,
                  "2026-09-10 09:00", "2026-09-10 16:00",
                  "Cancelled: Assessment day - Area Beauty Manager", NORTHGATE,
                  "Rue du Marché 20, 1204 Geneva", tz="Europe/Zurich")),
    # ================================================================ reschedule / cancel, de
    dict(kind="interview_reschedule_or_cancel", slug="mainufer_termin_abgesagt", lang="de",
         company="Kaufhaus Mainufer", contact=MAINUFER[1], key="mainufer_cancel",
         parent="mainufer_thanks", date="2026-05-25 09:14 +0200", frm=MAINUFER,
         subject="Absage des Termins am 28. Mai - Abteilungsleitung Beauty",
         text="""Liebe Frau Adjovi-Lambert,

leider müssen wir das zweite Gespräch am Donnerstag, 28. Mai, absagen: Herr Brandt ist kurzfristig erkrankt. Wir melden uns, sobald wir einen neuen Termin haben.

Die Kalendereinladung wird hiermit zurückgezogen.

Herzliche Grüße
Jana Kessler
Personalreferentin, Kaufhaus Mainufer
""",
         cal=_cal("CANCEL", "km-abl-beauty-0528@mainufer.example.de", 1, "2026-05-28 14:00",
                  "2026-05-28 15:00", "Abgesagt: Zweitgespräch Abteilungsleitung Beauty",
                  MAINUFER, "Zeil 88, Frankfurt", tz="Europe/Berlin")),
    dict(kind="interview_reschedule_or_cancel", slug="blauwerk_termin_verschoben", lang="de",
         company="Blauwerk Mode", contact="tobias.renner@blauwerk.example.de",
         key="blauwerk_moved", parent="blauwerk_invite", date="2026-09-09 15:48 +0200",
         frm=("Tobias Renner", "tobias.renner@blauwerk.example.de"),
         subject="Neuer Termin: Gespräch Storemanagerin Goethestraße",
         charset="iso-8859-1", cte="quoted-printable",
         text="""Hallo Frau Adjovi-Lambert,

ich muss unser Gespräch von morgen leider verschieben, da ich kurzfristig in unserer Filiale in Mainz einspringen muss.

Neuer Termin: Dienstag, 15. September, 11:00 Uhr. Wir machen das Gespräch dann gleich per Video über Microsoft Teams, damit unsere Area Managerin dazukommen kann. Den Link schicke ich Ihnen am Vortag.

Danke für Ihr Verständnis und viele Grüße
Tobias Renner
Recruiting, Blauwerk Mode
"""),
    # ================================================================ reschedule / cancel, es
    dict(kind="interview_reschedule_or_cancel", slug="moda_cierzo_cambio_hora", lang="es",
         company="Moda Cierzo", contact="a.lacruz@cierzo.example.es", key="cierzo_moved",
         parent="cierzo_invite", date="2026-06-12 18:40 +0200",
         frm=("Ana Lacruz", "a.lacruz@cierzo.example.es"),
         subject="Re: Entrevista - Encargada de tienda Paseo Independencia",
         text="""Hola de nuevo, Séraphine:

Te escribo para cambiar la hora de la entrevista del martes 16: en lugar de a las 10:30 será a las 12:30, porque a primera hora tenemos la visita del equipo de visual merchandising. El lugar no cambia.

Perdona las molestias y confírmame si te viene bien.

Ana Lacruz
Responsable de zona - Moda Cierzo
"""),
    dict(kind="interview_reschedule_or_cancel", slug="almacenes_ebro_entrevista_aplazada",
         lang="es", company="Almacenes Ebro", contact=EBRO[1], key="ebro_moved",
         parent="ebro_invite", date="2026-05-08 10:25 +0200", frm=EBRO,
         subject="Actualizado: Entrevista Jefa de sección Perfumería - jue 14 may 11:00",
         subject_enc=("iso-8859-1", "Q"),
         text="""Hola, Séraphine:

Por una reunión del comité de dirección tenemos que aplazar la entrevista del martes 12. La nueva fecha es el jueves 14 de mayo a las 11:00, y será por videollamada (Microsoft Teams), ya que el director estará en Madrid ese día.

Te llega la invitación actualizada; el enlace está en la propia convocatoria.

""" + attribution("es", "mar, 5 may 2026 a las 16:20", "Jorge Lasheras", EBRO[1]) + "\n"
         + quote(_EBRO_INVITE) + "\n",
         cal=_cal("REQUEST", "ae-perf-0512@almacenes-ebro.example.es", 1, "2026-05-14 11:00",
                  "2026-05-14 12:00", "Entrevista Jefa de sección Perfumería (Teams)", EBRO,
                  "Microsoft Teams", "https://teams.example.com/l/meetup-join/ae-perf",
                  tz="Europe/Madrid")),
    # ================================================================ missed_interview_notice
    dict(kind="missed_interview_notice", slug="grands_magasins_rhone_attendue_teams",
         lang="fr", company="Grands Magasins du Rhône", contact="m.perrottet@gmr.example.ch",
         key="gmr_missed", parent="gmr_ill", date="2026-04-22 14:38 +0200",
         frm=("Mélanie Perrottet", "m.perrottet@gmr.example.ch"),
         subject="Entretien de 14h00 - vous n'avez pas pu vous connecter ?",
         text="""Madame,

Mme Bally et moi-même vous avons attendue sur Teams à 14h00 pour votre entretien, jusqu'à 14h20, sans vous voir vous connecter. Je vous ai également laissé un message vocal.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me dire ce qui s'est passé ?

Meilleures salutations,
Mélanie Perrottet
Recrutement - Grands Magasins du Rhône
"""),
    dict(kind="missed_interview_notice", slug="coiff_etoile_appel_sans_reponse", lang="fr",
         company="Coiff'Étoile", contact="maeva.roux@coiffetoile.example.fr",
         key="coiffetoile_missed", parent="coiffetoile_invite", date="2026-09-03 10:24 +0200",
         frm=("Maëva Roux", "maeva.roux@coiffetoile.example.fr"),
         subject="Notre entretien téléphonique de 10h00",
         text="""Bonjour Madame Adjovi-Lambert,

J'ai tenté de vous joindre à deux reprises à 10h00 puis à 10h10 pour notre entretien téléphonique, sans réponse, et votre messagerie était pleine.

Si vous êtes toujours intéressée par le poste, rappelez-moi au 04 78 00 66 21 ou répondez à ce mail.

Maëva Roux
Responsable développement réseau - Coiff'Étoile
"""),
    dict(kind="missed_interview_notice", slug="saone_talents_absente_agence", lang="fr",
         company="Opaline", contact="k.benali@saone-talents.example.fr", key="saone_missed",
         parent="saone_invite", date="2026-02-10 11:05 +0100",
         frm=("Karim Benali", "k.benali@saone-talents.example.fr"),
         subject="Re: Mission Opaline Vaise - rendez-vous à l'agence",
         text="""Bonjour Séraphine,

Je vous attendais ce matin à 9h30 à l'agence pour notre entretien au sujet de la mission Opaline, mais vous n'êtes pas venue et je n'ai pas réussi à vous joindre.

Sans nouvelles de votre part d'ici jeudi, je devrai proposer d'autres profils à Opaline. Rappelez-moi dès que possible.

Karim Benali
Intérim Saône Talents - 04 72 00 85 14
"""),
    dict(kind="missed_interview_notice", slug="darcy_journee_decouverte_absente", lang="fr",
         company="Parfumerie Darcy", contact="j.darcy@darcy-parfums.example.fr",
         key="darcy_missed", parent="darcy_ack", date="2026-09-10 10:15 +0200",
         frm=("Jacqueline Darcy", "j.darcy@darcy-parfums.example.fr"),
         subject="Journée découverte - Parfumerie Darcy",
         charset="windows-1252", cte="quoted-printable",
         text="""Madame,

Nous vous attendions à la boutique ce matin à 9h30 pour la journée découverte convenue au téléphone lundi. Il est 10h15 et nous n’avons aucune nouvelle.

Merci de me faire savoir ce qu’il en est.

Jacqueline Darcy
Parfumerie Darcy – 3 place Darcy, 21000 Dijon – 03 80 00 23 47
"""),
    dict(kind="missed_interview_notice", slug="boutiques_ambre_visio_vide", lang="fr",
         company="Boutiques Ambre", contact="v.henriot@boutiques-ambre.example.fr",
         key="ambre_missed", parent="ambre_invite", date="2026-07-15 10:32 +0200",
         frm=("Véronique Henriot", "v.henriot@boutiques-ambre.example.fr"),
         subject="TR: Invitation à un entretien - Responsable de magasin Dijon Toison d'Or",
         html=outlook_html(mso("""Bonjour Madame,

Je me suis connectée ce matin à 10h00 au lien ci-dessous pour notre entretien, et la salle est restée vide jusqu'à 10h25. Peut-être avez-vous rencontré un problème technique ?

Merci de me recontacter au 03 80 00 61 72 pour que nous fassions le point.

Véronique Henriot
Responsable Recrutement & Formation - Boutiques Ambre""") + mso(outlook_block(
             "fr", "Boutiques Ambre <boutiquesambre@myworkday.com>", "mercredi 8 juillet 2026 08:30",
             "Séraphine Adjovi-Lambert",
             "Invitation à un entretien - Responsable de magasin Dijon Toison d'Or")
             + "\n\n" + _AMBRE_INVITE))),
    dict(kind="missed_interview_notice", slug="verdello_waited_on_zoom", lang="en",
         company="Verdello", contact="giulia.ferri@verdello.example.it",
         key="verdello_missed", parent="verdello_invite", date="2026-04-21 10:22 +0200",
         frm=("Giulia Ferri", "giulia.ferri@verdello.example.it"),
         subject="Missed interview - Store Manager Turin",
         text="""Hi Séraphine,

Davide and I waited on Zoom for 15 minutes for your 10:00 interview this morning, but you didn't join. I hope everything is alright.

I'm out of the office from tomorrow; if you'd like to explain what happened, please write to talent@verdello.example.it.

Best,
Giulia
"""),
    dict(kind="missed_interview_notice", slug="harbour_pine_tried_calling", lang="en",
         company="Harbour & Pine", contact="sam@harbourpine.example.ch",
         key="harbour_missed", parent="harbour_invite", date="2026-05-28 10:31 +0200",
         frm=("Sam Keller", "sam@harbourpine.example.ch"),
         subject="Re: Chat about the Carouge shop",
         text="""Hi Séraphine,

Tried calling you twice at 10:00 and 10:15 but no luck, went straight to voicemail. Maybe I had the wrong number? I used the one on your CV ending 88 05.

Let me know what happened.

Sam
"""),
    dict(kind="missed_interview_notice", slug="lindqvist_nicht_erschienen", lang="de",
         company="Kosmetik Lindqvist", contact="n.schuster@lindqvist.example.de",
         key="lindqvist_missed", parent="lindqvist_invite", date="2026-08-25 12:05 +0200",
         frm=("Nadine Schuster", "n.schuster@lindqvist.example.de"),
         subject="Assessment-Center heute - Sie waren nicht da",
         text="""Sehr geehrte Frau Adjovi-Lambert,

Sie sind heute nicht zu unserem Assessment-Center um 9:00 Uhr erschienen. Wir haben außerdem um 9:20 und um 11:00 Uhr versucht, Sie telefonisch zu erreichen, leider ohne Erfolg.

Falls etwas Unvorhergesehenes passiert ist, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Nadine Schuster
Regionalleitung Rhein-Main, Kosmetik Lindqvist
Leipziger Straße 17, 60487 Frankfurt am Main
"""),
    dict(kind="missed_interview_notice", slug="blauwerk_in_teams_gewartet", lang="de",
         company="Blauwerk Mode", contact="tobias.renner@blauwerk.example.de",
         key="blauwerk_missed", parent="blauwerk_moved", date="2026-09-15 11:25 +0200",
         frm=("Tobias Renner", "tobias.renner@blauwerk.example.de"),
         subject="Unser Termin um 11 Uhr",
         text="""Hallo Frau Adjovi-Lambert,

unsere Area Managerin und ich haben heute ab 11:00 Uhr eine Viertelstunde in Teams auf Sie gewartet, Sie haben sich aber nicht eingewählt.

Vielleicht ist der Link nicht angekommen? Geben Sie mir kurz Bescheid.

Viele Grüße
Tobias Renner
Recruiting, Blauwerk Mode
"""),
    dict(kind="missed_interview_notice", slug="almacenes_ebro_no_se_conecto", lang="es",
         company="Almacenes Ebro", contact=EBRO[1], key="ebro_missed", parent="ebro_moved",
         date="2026-05-14 11:35 +0200", frm=EBRO,
         subject="Entrevista no realizada - Jefa de sección Perfumería",
         text="""Hola, Séraphine:

Esta mañana a las 11:00 te esperamos en la videollamada el director del centro, la responsable de Perfumería y yo, pero no llegaste a conectarte. También te llamé al móvil sin respuesta.

Cuéntame si ha habido algún problema.

Un saludo,
Jorge Lasheras
Recursos Humanos - Almacenes Ebro
"""),
]

_unused = (CAND, paras)
