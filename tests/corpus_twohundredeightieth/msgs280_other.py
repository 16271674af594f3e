# ruff: noqa: C408  (hand-written message specs are dict(...) calls on purpose)
"""Corpus 280: everything else (52): digests, newsletters, the candidate's own mail, private
mail that uses job words in another sense, auto-replies and notifications. Written by hand."""

from __future__ import annotations

from msgs280_common import (
    CANDIDATE,
    ats_card,
    button,
    cand_sig,
    digest_text,
    forward,
    newsletter,
    outlook,
    paras,
    quote,
    reply,
    sig,
)

OTH = "other"
ME = CANDIDATE


# ---------------------------------------------------------------- newsletter contents
ALPEMPLOI_ITEMS = [
    ("Planificateur maintenance H/F – Albertville (CDI)",
     "https://alpemploi.example.fr/offres/88120?utm_source=alerte",
     "Industrie de l'aluminium, GMAO SAP PM, entretiens dès la mi-février."),
    ("Technicien remontées mécaniques – Val-Cenis (saisonnier)",
     "https://alpemploi.example.fr/offres/88131?utm_source=alerte",
     "Saison 2026-2027, logement possible, permis B exigé."),
    ("Ordonnanceur travaux ferroviaires – Chambéry",
     "https://alpemploi.example.fr/offres/88145?utm_source=alerte",
     "Poste rouvert après un recrutement annulé : candidatures jusqu'au 28 février."),
    ("Technicien méthodes – centrale hydroélectrique – Moûtiers",
     "https://alpemploi.example.fr/offres/88152?utm_source=alerte",
     "Astreintes, habilitations électriques H1B1 appréciées."),
    ("Conseil de la semaine : que faire après un refus ?",
     "https://alpemploi.example.fr/conseils/apres-un-refus?utm_source=alerte",
     "Demander un retour, relancer poliment, et ne pas le prendre pour soi."),
]
ALPEMPLOI_INTRO = ("Bonjour Gaëtan,\n\n"
                   "5 nouvelles offres correspondent à votre alerte « maintenance – Savoie ».")
ALPEMPLOI_FOOTER = ("Vous recevez cet e-mail car vous avez créé une alerte sur AlpEmploi.\n"
                    "AlpEmploi, 3 place du Palais de Justice, 73000 Chambéry.")
ALPEMPLOI_UNSUB = "https://alpemploi.example.fr/alertes/desinscription?t=9f2c71"

MAG_ITEMS = [
    ("Entretien annulé à la dernière minute : comment réagir",
     "https://emploisavoie-mag.example.fr/2026/04/entretien-annule",
     "Un recruteur qui annule n'est pas forcément un recruteur qui refuse."),
    ("« Nous ne donnerons pas suite » : décrypter les lettres de refus",
     "https://emploisavoie-mag.example.fr/2026/04/decrypter-refus",
     "Formules toutes faites, refus argumentés, silence radio : ce qu'il faut en retenir."),
    ("Reconversion : de l'exploitation à la planification",
     "https://emploisavoie-mag.example.fr/2026/04/exploitation-planification",
     "Trois anciens saisonniers racontent leur passage vers un poste de bureau technique."),
    ("Agenda : forum de l'emploi industriel de Chambéry, 23 avril",
     "https://emploisavoie-mag.example.fr/agenda/forum-industrie",
     "60 entreprises, entretiens flash sur place, inscription gratuite."),
]
MAG_INTRO = "Au sommaire ce mois-ci : refus, annulations et reconversions."
MAG_FOOTER = ("Emploi Savoie Mag est édité par l'association Savoie Emploi Réseau.\n"
              "Vous êtes inscrit avec l'adresse gaetan.ml@example.fr.")
MAG_UNSUB = "https://emploisavoie-mag.example.fr/desabonnement?u=4471"

ALPENJOBS_ITEMS = [
    ("Instandhaltungsplaner (m/w/d) – Seilbahn, Innsbruck",
     "https://alpenjobs.example.at/job/556102?src=mail",
     "Vollzeit, ab sofort, Bewerbungsgespräche laufen bereits."),
    ("Techniker Kraftwerksrevision – Kaunertal",
     "https://alpenjobs.example.at/job/556118?src=mail",
     "Befristet auf 18 Monate, Reisebereitschaft."),
    ("Arbeitsvorbereiter Gleisinstandhaltung – Wörgl",
     "https://alpenjobs.example.at/job/556131?src=mail",
     "Nach Absage des Vorgängers erneut ausgeschrieben."),
    ("Haustechniker Krankenhaus – Hall in Tirol",
     "https://alpenjobs.example.at/job/556140?src=mail",
     "Schichtbetrieb, Rufbereitschaft."),
]
ALPENJOBS_INTRO = "Hallo Gaëtan,\n\n4 neue Jobs passen zu Ihrem Suchauftrag „Instandhaltung Tirol“."
ALPENJOBS_FOOTER = "AlpenJobs GmbH · Südtiroler Platz 8 · 6020 Innsbruck\nSuchauftrag verwalten im Profil."
ALPENJOBS_UNSUB = "https://alpenjobs.example.at/suchauftrag/abmelden?id=a8812"

KARRIERE_ITEMS = [
    ("Absage erhalten? So geht es weiter",
     "https://karrierebrief.example.de/absage-was-nun",
     "Warum eine Absage selten etwas über Sie persönlich aussagt."),
    ("Das Vorstellungsgespräch per Video: 7 Fehler",
     "https://karrierebrief.example.de/video-interview-fehler",
     "Von der Kamera bis zum Hintergrund."),
    ("Gehaltsverhandlung nach dem Angebot",
     "https://karrierebrief.example.de/gehalt-nach-angebot",
     "Wann Sie nachverhandeln sollten – und wann besser nicht."),
]
KARRIERE_INTRO = "Ihr Karrierebrief dieser Woche."
KARRIERE_FOOTER = "Karrierebrief – Redaktion Berlin.\nSie erhalten diesen Newsletter, weil Sie ihn abonniert haben."
KARRIERE_UNSUB = "https://karrierebrief.example.de/abmelden?e=gml"

ALPINECAREERS_ITEMS = [
    ("Maintenance Planner – hydropower, Aosta Valley",
     "https://alpinecareers.example.com/jobs/30219",
     "English-speaking team, interviews in early June."),
    ("Ropeway Technician – Sestriere (seasonal)",
     "https://alpinecareers.example.com/jobs/30233",
     "Winter 2026/27, accommodation provided."),
    ("Reliability Engineer – rail, Turin",
     "https://alpinecareers.example.com/jobs/30240",
     "Hiring freeze lifted: the role that was cancelled in March is open again."),
    ("Story: 'I got rejected six times before my first planner job'",
     "https://alpinecareers.example.com/stories/six-rejections",
     "A reader's account of the road from lift operator to planner."),
]
ALPINECAREERS_INTRO = "Hi Gaëtan,\n\nThis week's picks for 'maintenance planner' near Turin."
ALPINECAREERS_FOOTER = "AlpineCareers Weekly, Via Po 12, Torino.\nYou subscribed to this digest."
ALPINECAREERS_UNSUB = "https://alpinecareers.example.com/u/unsub?k=77ab"

PLANNERS_ITEMS = [
    ("How to answer 'tell me about a time you were turned down'",
     "https://plannerpost.example.com/articles/turned-down",
     "Interviewers ask about rejection to hear how you bounce back."),
    ("The panel interview: who is who around the table",
     "https://plannerpost.example.com/articles/panel",
     "HR, hiring manager, future peers – what each one listens for."),
    ("Offer in hand? Read the on-call clause twice",
     "https://plannerpost.example.com/articles/on-call-clause",
     "Standby pay varies more than base salary in maintenance."),
]
PLANNERS_INTRO = "The Planner's Post – issue 41: interviews, rejections and offers."
PLANNERS_FOOTER = "The Planner's Post is a free newsletter for maintenance planners."
PLANNERS_UNSUB = "https://plannerpost.example.com/unsubscribe?s=41-gml"

EMPLEO_ITEMS = [
    ("Técnico/a de planificación de mantenimiento – Barakaldo",
     "https://empleonorte.example.es/ofertas/771203",
     "Industria siderúrgica, entrevistas a partir del 15 de junio."),
    ("Jefe/a de turno mantenimiento – Puerto de Bilbao",
     "https://empleonorte.example.es/ofertas/771219",
     "Turnos rotativos, incorporación inmediata."),
    ("Técnico/a de mantenimiento de ascensores – Getxo",
     "https://empleonorte.example.es/ofertas/771224",
     "Se valoran conocimientos de euskera."),
    ("Consejo: cómo encajar un rechazo",
     "https://empleonorte.example.es/blog/encajar-un-rechazo",
     "Una negativa no cierra puertas: pide feedback y sigue."),
]
EMPLEO_INTRO = "Hola Gaëtan:\n\nTenemos 3 ofertas nuevas para tu alerta «mantenimiento Bizkaia»."
EMPLEO_FOOTER = "EmpleoNorte, Gran Vía 45, 48011 Bilbao.\nRecibes este correo porque creaste una alerta."
EMPLEO_UNSUB = "https://empleonorte.example.es/alertas/baja?id=5521"


def _list_headers(list_id: str, unsub: str, mailto: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:{mailto}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


SPECS: list[dict] = [
    # ------------------------------------------------------------------ French (25)
    dict(
        kind=OTH, slug="alpemploi_alert_digest", lang="fr", contact="",
        frm=("AlpEmploi – Alertes", "alertes@alpemploi.example.fr"),
        subject="5 nouvelles offres pour « maintenance – Savoie »",
        date="2026-02-03 06:30 +0100",
        text=digest_text("AlpEmploi – votre alerte", ALPEMPLOI_INTRO, ALPEMPLOI_ITEMS,
                         ALPEMPLOI_FOOTER, ALPEMPLOI_UNSUB, "Se désinscrire"),
        html=newsletter("AlpEmploi – votre alerte", ALPEMPLOI_INTRO, ALPEMPLOI_ITEMS,
                        ALPEMPLOI_FOOTER, ALPEMPLOI_UNSUB, "Se désinscrire"),
        cte="quoted-printable",
        headers=_list_headers("<alertes.alpemploi.example.fr>", ALPEMPLOI_UNSUB,
                              "unsubscribe@alpemploi.example.fr"),
    ),
    dict(
        kind=OTH, slug="emploisavoie_mag_refus_annulations", lang="fr", contact="",
        frm=("Emploi Savoie Mag", "lettre@emploisavoie-mag.example.fr"),
        subject="Avril : entretiens annulés, lettres de refus et reconversions",
        date="2026-04-06 07:00 +0200",
        text=digest_text("Emploi Savoie Mag – avril 2026", MAG_INTRO, MAG_ITEMS, MAG_FOOTER,
                         MAG_UNSUB, "Se désabonner"),
        html=newsletter("Emploi Savoie Mag – avril 2026", MAG_INTRO, MAG_ITEMS, MAG_FOOTER,
                        MAG_UNSUB, "Se désabonner", color="#8a1c2b"),
        headers=_list_headers("Emploi Savoie Mag <mag.emploisavoie-mag.example.fr>",
                              MAG_UNSUB, "desabonnement@emploisavoie-mag.example.fr"),
        html_cte="base64",
    ),
    dict(
        kind=OTH, slug="podcast_metiers_montagne", lang="fr",
        contact="camille@metiers-montagne.example.fr",
        frm=("Camille Rosset", "camille@metiers-montagne.example.fr"),
        subject="Interview pour le podcast « Les Métiers de la Montagne » ?",
        date="2026-03-11 12:14 +0100",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Je produis « Les Métiers de la Montagne », un podcast où des professionnels "
            "racontent leur quotidien. Un ami commun, pisteur à La Féclaz, m'a parlé de "
            "vous.\n\n"
            "Accepteriez-vous une interview d'environ 40 minutes sur votre métier "
            "d'exploitant de remontées mécaniques ? L'enregistrement peut se faire chez "
            "vous ou dans notre studio à Chambéry, à la date qui vous arrange en avril.\n\n"
            "Aucune obligation, bien sûr.\n\n"
            "Camille Rosset\nLes Métiers de la Montagne – épisode tous les 15 jours\n"
        ),
        html="auto",
    ),
    dict(
        kind=OTH, slug="alpemploi_user_research_cp1252", lang="fr",
        contact="julie.marchal@alpemploi.example.fr",
        frm=("Julie Marchal – AlpEmploi", "julie.marchal@alpemploi.example.fr"),
        subject="30 minutes pour nous aider à améliorer AlpEmploi ? (bon de 20 €)",
        subj_enc=("utf-8", "Q"),
        date="2026-05-05 10:22 +0200",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Je suis designer chez AlpEmploi. Nous menons des entretiens utilisateurs pour "
            "comprendre comment les candidats utilisent les alertes e-mail.\n\n"
            "L’entretien dure 30 minutes en visio, il ne s’agit pas d’un entretien "
            "d’embauche : il n’y a pas de bonne ou de mauvaise réponse. En remerciement, "
            "nous offrons un bon d’achat de 20 €.\n\n"
            "Si vous êtes partant, choisissez un créneau ici : "
            "https://rdv.alpemploi.example.fr/ux-etude-mai\n\n"
            "Merci d’avance !\nJulie Marchal\nUX Research – AlpEmploi\n"
        ),
    ),
    dict(
        kind=OTH, slug="colis_retarde", lang="fr", contact="",
        frm=("Colissimo Alpin", "ne-pas-repondre@suivi.colisalpin.example.fr"),
        subject="Votre colis 6A19283746501 est retardé",
        date="2026-02-17 14:03 +0100",
        html=ats_card(
            "Colis Alpin – Suivi",
            "#f2b705",
            "<p>Bonjour,</p>\n"
            "<p>Malheureusement, votre colis n° <strong>6A19283746501</strong> "
            "(expéditeur : BOUTIQUE MONTAGNE PRO) a pris du retard suite aux intempéries "
            "dans la vallée de la Maurienne.</p>\n"
            "<p>Nouvelle date de livraison estimée : vendredi 20 février.</p>\n"
            + button("Suivre mon colis",
                     "https://suivi.colisalpin.example.fr/6A19283746501", "#333333")
            + "\n<p>Nous vous prions de nous excuser pour ce désagrément.</p>",
            "Ceci est un message automatique, merci de ne pas y répondre.",
        ),
    ),
    dict(
        kind=OTH, slug="friend_own_rejection", lang="fr", contact="yanis.dechamboux@example.fr",
        frm=("Yanis Dechamboux", "yanis.dechamboux@example.fr"),
        subject="bon ben c'est mort pour Voreppe",
        date="2026-03-27 22:41 +0100",
        text=(
            "Salut vieux,\n\n"
            "Je viens d'avoir la réponse pour le poste de technicien à Voreppe : refus. "
            "« Votre profil ne correspond pas à nos attentes actuelles », la formule "
            "classique. Après deux entretiens et un test technique, ça pique un peu.\n\n"
            "Bref, je reste au Revard pour la fin de saison et je verrai après. Et toi, tes "
            "candidatures de planif, ça avance ? On se fait une bière samedi ?\n\n"
            "Yanis\n"
        ),
    ),
    dict(
        kind=OTH, slug="own_thanks_ghfs", lang="fr", key="x_ghfs_thanks", parent="s_ghfs",
        contact="",
        frm=ME, name_enc=("utf-8", "B"),
        to=[("Jérôme Pasquier", "jerome.pasquier@ghfs.example.fr")],
        subject="Merci pour l'entretien du 9 juin",
        date="2026-06-09 19:14 +0200",
        text=(
            "Bonjour Monsieur Pasquier,\n\n"
            "Je tenais à vous remercier pour l'entretien de ce matin et pour la visite des "
            "locaux techniques. Le poste m'intéresse vivement et je reste à votre "
            "disposition pour un second entretien si besoin.\n\n"
            "Bien cordialement,\nGaëtan Mbeki-Lefort\n"
        ),
    ),
    dict(
        kind=OTH, slug="own_application_cps_pdf", lang="fr", key="x_cps_apply", contact="",
        frm=ME,
        to=[("Câbles & Pylônes Savoie", "recrutement@cpsavoie.example.fr")],
        cc=[("Marc Fontanel", "m.fontanel@cpsavoie.example.fr")],
        subject="Candidature spontanée – planificateur maintenance (Albertville)",
        date="2026-01-05 08:47 +0100",
        text=(
            "Bonjour,\n\n"
            "Je me permets de vous adresser ma candidature spontanée pour un poste de "
            "planificateur maintenance. Je serais ravi d'échanger avec vous lors d'un "
            "entretien.\n\n"
            "Vous trouverez mon CV en pièce jointe.\n\n"
            "Cordialement,\n"
            "Gaëtan Mbeki-Lefort\n"
        ),
        pdf=dict(
            filename="CV_Gaëtan_Mbeki-Lefort.pdf",
            lines=[
                "Gaëtan Mbeki-Lefort",
                "Chambéry - gaetan.ml@example.fr",
                "",
                "Exploitant de remontées mécaniques (2017-2026)",
                "Habilitations électriques B1V H1B1, CACES nacelle",
                "Formation GMAO (Carl Source) - 2025",
            ],
        ),
    ),
    dict(
        kind=OTH, slug="own_reschedule_request_clinique", lang="fr", key="x_clinique_move",
        parent="i_clinique", contact="",
        frm=ME,
        to=[("Élodie Chabert", "elodie.chabert@clinique-bauges.example.fr")],
        subject="RE: Échange téléphonique – poste de technicien planification",
        date="2026-09-02 21:47 +0200",
        text=reply(
            "Bonjour Madame Chabert,\n\nMerci pour votre proposition. Je suis en formation "
            "habilitation électrique jeudi toute la journée : serait-il possible de décaler "
            "notre échange à vendredi après-midi ?\n\nCordialement,\nGaëtan Mbeki-Lefort",
            "fr", "mar. 1 sept. 2026 à 09:26", "Élodie Chabert",
            "elodie.chabert@clinique-bauges.example.fr",
            "Bonjour Monsieur Mbeki-Lefort,\n\nSuite à la réception de votre CV, je "
            "souhaiterais faire un premier point téléphonique d'une vingtaine de minutes "
            "avec vous.\n\nSeriez-vous disponible jeudi 3 septembre à 11h ?",
        ),
    ),
    dict(
        kind=OTH, slug="vercors_cold_approach", lang="fr", key="x_vercors_approach",
        contact="p.reynaud@vercors-talents.example.fr",
        frm=("Philippe Reynaud-Mollard", "p.reynaud@vercors-talents.example.fr"),
        subject="Votre parcours dans le transport par câble",
        date="2026-04-07 09:12 +0200",
        text=(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Je suis associé chez Vercors Talents, cabinet spécialisé dans les métiers "
            "techniques de l'énergie et de la montagne. Votre profil sur ProLien a retenu "
            "mon attention : dix ans d'exploitation de remontées, une formation GMAO "
            "récente, c'est un parcours que plusieurs de nos clients apprécient.\n\n"
            "Je n'ai pas de poste précis à vous soumettre aujourd'hui, mais si une évolution "
            "vers la planification de maintenance vous intéresse, je serais heureux de "
            "garder le contact. Un simple retour de votre part suffit.\n\n"
            "Bien à vous,\n"
            + sig("Philippe Reynaud-Mollard", "Associé", "Vercors Talents",
                  "14 rue Félix-Poulat, 38000 Grenoble", "06 12 00 48 71")
        ),
        html="auto",
    ),
    dict(
        kind=OTH, slug="banque_rdv_conseiller_position", lang="fr",
        contact="julien.favre@creditsavoyard.example.fr",
        frm=("Julien Favre – Crédit Savoyard", "julien.favre@creditsavoyard.example.fr"),
        subject="Votre rendez-vous du 12 mai – point sur votre position",
        date="2026-05-04 09:40 +0200",
        text=(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Je vous confirme notre rendez-vous du mardi 12 mai à 17h30 à l'agence de "
            "Chambéry-Bissy. Nous ferons le point sur la position de votre compte courant, "
            "qui a été débitrice quelques jours en avril, et sur votre projet de prêt "
            "automobile.\n\n"
            "Pensez à apporter vos trois derniers bulletins de salaire.\n\n"
            "En cas d'empêchement, merci de me prévenir pour reporter le rendez-vous.\n\n"
            "Julien Favre\nConseiller clientèle – Crédit Savoyard, agence de Bissy\n"
            "04 79 00 12 80\n"
        ),
        html="auto",
    ),
    dict(
        kind=OTH, slug="landlord_dossier_not_retained", lang="fr",
        contact="s.lachenal@immo-lac.example.fr",
        frm=("Sophie Lachenal - Immo Lac", "s.lachenal@immo-lac.example.fr"),
        subject="Votre dossier pour le T3 rue Sommeiller",
        date="2026-03-31 11:05 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Monsieur,\n\n"
            "Nous vous remercions pour votre visite de l'appartement T3 situé 18 rue "
            "Sommeiller à Annecy et pour le dépôt de votre dossier.\n\n"
            "Le propriétaire a retenu un autre dossier ; nous ne pourrons donc pas donner "
            "suite à votre demande de location pour ce logement.\n\n"
            "Nous restons à votre disposition pour vous proposer d'autres biens.\n\n"
            "Sophie Lachenal\nGestion locative, Immo Lac\n4 quai de la Tournette, 74000 Annecy\n"
        ),
    ),
    dict(
        kind=OTH, slug="ecole_entretien_parents", lang="fr", contact="",
        frm=("École élémentaire du Biollay", "ce.0730999x@ac-grenoble.example.fr"),
        subject="Entretiens individuels parents-enseignants – semaine du 2 février",
        date="2026-01-23 16:30 +0100",
        text=(
            "Madame, Monsieur,\n\n"
            "Les entretiens individuels avec l'enseignante de CE2 de votre enfant auront "
            "lieu la semaine du 2 février, après la classe.\n\n"
            "Merci d'indiquer sur le cahier de liaison le créneau qui vous convient le "
            "mieux. Si aucun créneau ne vous convient, un rendez-vous pourra être fixé à un "
            "autre moment.\n\n"
            "La directrice\nÉcole élémentaire du Biollay, Chambéry\n\n"
            "Message envoyé depuis l'ENT – ne pas répondre à cette adresse.\n"
        ),
        cte="base64",
    ),
    dict(
        kind=OTH, slug="medecin_rdv_reporte", lang="fr", contact="",
        frm=("RdvSanté", "no-reply@rdvsante.example.fr"),
        subject="Votre rendez-vous avec le Dr Perrin a été déplacé",
        date="2026-06-23 08:12 +0200",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Le cabinet du Dr Claire Perrin (médecine du sport, Chambéry) a déplacé votre "
            "rendez-vous.\n\n"
            "Ancien créneau : jeudi 25 juin à 18h15\n"
            "Nouveau créneau : lundi 29 juin à 17h45\n\n"
            "Si ce nouvel horaire ne vous convient pas, vous pouvez l'annuler ou en choisir "
            "un autre dans l'application.\n\n"
            "L'équipe RdvSanté\n"
        ),
        html="auto",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind=OTH, slug="ooo_ines_convoyage", lang="fr", parent="r_convoyage",
        contact="ines.carrasco@convoyage-lyon.example.fr",
        frm=("Inès Carrasco", "ines.carrasco@convoyage-lyon.example.fr"),
        subject="Réponse automatique : Point sur votre candidature : Planificateur GMAO H/F – Lyon 7e",
        date="2026-03-03 08:02 +0100",
        text=(
            "Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au lundi 9 mars inclus, sans accès à ma "
            "messagerie.\n\n"
            "Pour toute question urgente concernant un recrutement en cours, vous pouvez "
            "contacter le service RH au 04 78 00 90 10.\n\n"
            "Cordialement,\nInès Carrasco\n"
        ),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    dict(
        kind=OTH, slug="prolien_profile_views", lang="fr", contact="",
        frm=("ProLien", "notifications@prolien.example.com"),
        subject="Gaëtan, 4 recruteurs ont consulté votre profil cette semaine",
        date="2026-02-12 18:00 +0100",
        html=ats_card(
            "ProLien",
            "#0a66c2",
            "<p>Gaëtan, votre profil attire l'attention.</p>\n"
            "<ul>\n<li>Un recruteur de <strong>Vercors Talents</strong> a consulté votre "
            "profil</li>\n<li>Un responsable maintenance d'une entreprise de l'énergie</li>\n"
            "<li>2 autres personnes</li>\n</ul>\n"
            "<p>Nouvelles offres pour vous : Planificateur maintenance (Grenoble), "
            "Technicien méthodes (Annecy).</p>\n"
            + button("Voir qui a consulté votre profil",
                     "https://www.prolien.example.com/me/profile-views", "#0a66c2"),
            "Vous recevez ces notifications de ProLien. <a href=\"https://www.prolien."
            "example.com/settings/notifications\">Gérer vos préférences</a>",
        ),
        headers=[("List-Unsubscribe", "<https://www.prolien.example.com/unsub/n/8812>")],
    ),
    dict(
        kind=OTH, slug="cfa_bts_admission_refused", lang="fr", contact="",
        frm=("CFA Industrie Savoie – Admissions", "admissions@cfa-industrie73.example.fr"),
        subject="Résultat de votre candidature : BTS Maintenance des Systèmes (alternance)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-06-12 15:00 +0200",
        text=(
            "Monsieur Mbeki-Lefort,\n\n"
            "La commission pédagogique a examiné votre candidature à la formation BTS "
            "Maintenance des Systèmes, option systèmes de production, en alternance pour "
            "la rentrée de septembre 2026.\n\n"
            "Nous avons le regret de vous informer que votre candidature n'a pas été "
            "retenue : le nombre de places est limité à 24 et la priorité a été donnée aux "
            "candidats ayant déjà signé un contrat d'apprentissage.\n\n"
            "Vous pouvez candidater à la session de février via la plateforme.\n\n"
            "Le service des admissions\nCFA Industrie Savoie\n"
        ),
        cte="quoted-printable",
    ),
    dict(
        kind=OTH, slug="balise_gps_position", lang="fr", contact="",
        frm=("TrekBalise", "alertes@trekbalise.example.com"),
        subject="Position enregistrée : Gaëtan est arrivé au refuge de la Dent d'Arclusaz",
        date="2026-08-15 13:27 +0200",
        text=(
            "Position partagée par Gaëtan Mbeki-Lefort\n\n"
            "Latitude : 45.6312 N\nLongitude : 6.1894 E\nAltitude : 2 041 m\n"
            "Heure : 15/08/2026 13:26\n\n"
            "Message : « Bien arrivé, on redescend vers 16h. »\n\n"
            "Voir sur la carte : https://trekbalise.example.com/p/8GX2-71\n\n"
            "Vous recevez ce message car vous êtes contact de suivi de cette balise.\n"
        ),
        to=[("Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr"),
            ("Awa Mbeki", "awa.mbeki@example.fr")],
    ),
    dict(
        kind=OTH, slug="friend_forwards_job_ad", lang="fr", contact="lea.gonthier@example.fr",
        frm=("Léa Gonthier", "lea.gonthier@example.fr"),
        subject="Fwd: Offre – Ordonnanceur maintenance, Grenoble",
        date="2026-05-21 12:48 +0200",
        text=forward(
            "Coucou Gaëtan, regarde ça, ça t'irait comme un gant ! Ma collègue de la "
            "boîte voisine dit qu'ils sont sympas.\n\nLéa",
            "fr", "RH Sud-Isère Process <rh@sudisere-process.example.fr>",
            "mer. 20 mai 2026 à 17:02", "Offre – Ordonnanceur maintenance, Grenoble",
            "Liste de diffusion du personnel",
            "Bonjour à tous,\n\nNous recrutons un ordonnanceur maintenance (CDI) pour "
            "notre site de Pont-de-Claix. Les entretiens auront lieu début juin. N'hésitez "
            "pas à faire circuler l'annonce dans votre réseau.\n\nMissions : planification "
            "des interventions préventives, préparation des arrêts, suivi GMAO.\n\n"
            "Le service RH",
        ),
    ),
    dict(
        kind=OTH, slug="own_followup_semaphore_missed", lang="fr", parent="m_semaphore",
        contact="", frm=ME,
        to=[("Aurélie Dumontet", "aurelie.dumontet@semaphore-rh.example.fr")],
        subject="Re: Appel de 14h – pas de réponse",
        date="2026-09-16 18:02 +0200",
        text=reply(
            "Bonjour Aurélie,\n\n"
            "Toutes mes excuses : j'étais sur un pylône en pleine visite annuelle et je n'ai "
            "pas capté de réseau avant 15h. Je suis navré pour votre client.\n\n"
            "Je suis joignable demain toute la journée si un nouveau créneau est "
            "possible.\n\n" + cand_sig(),
            "fr", "mer. 16 sept. 2026 à 14:24", "Aurélie Dumontet",
            "aurelie.dumontet@semaphore-rh.example.fr",
            "Gaëtan,\n\nJ'ai tenté de vous joindre à 14h00 puis à 14h10 pour la mise en "
            "relation avec notre client, sans succès.",
        ),
    ),
    dict(
        kind=OTH, slug="atelier_simulation_entretien", lang="fr", contact="",
        frm=("Réseau Emploi Cœur de Savoie", "ateliers@emploi-coeurdesavoie.example.fr"),
        subject="Atelier « simulation d'entretien d'embauche » – jeudi 15 janvier",
        subj_enc=("utf-8", "B"),
        date="2026-01-09 10:00 +0100",
        text=(
            "Bonjour,\n\n"
            "Le Réseau Emploi organise un atelier collectif de simulation d'entretien "
            "d'embauche le jeudi 15 janvier de 9h à 12h à la Maison de l'emploi de "
            "Montmélian.\n\n"
            "Au programme : se présenter en 2 minutes, répondre aux questions difficiles, "
            "rebondir après un refus. Chaque participant passera un entretien fictif filmé "
            "avec un bénévole ancien DRH.\n\n"
            "Inscription gratuite : https://emploi-coeurdesavoie.example.fr/ateliers/0115\n\n"
            "Réseau Emploi Cœur de Savoie\n"
        ),
        html="auto",
        headers=_list_headers("<ateliers.emploi-coeurdesavoie.example.fr>",
                              "https://emploi-coeurdesavoie.example.fr/desinscription",
                              "desinscription@emploi-coeurdesavoie.example.fr"),
    ),
    dict(
        kind=OTH, slug="tremplin_releve_heures", lang="fr",
        contact="nathalie.buisson@tremplin-interim.example.fr",
        frm=("Nathalie Buisson", "nathalie.buisson@tremplin-interim.example.fr"),
        subject="Relevé d'heures mission Aluminium – semaine 14",
        date="2026-04-03 16:45 +0200",
        charset="windows-1252", cte="8bit",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Petit rappel : votre relevé d’heures de la semaine 14 pour la mission de "
            "renfort maintenance n’est pas encore validé par le client. Pouvez-vous le "
            "faire signer par votre tuteur avant lundi midi ? Sans ça, la paie de la "
            "semaine sera décalée.\n\n"
            "Bonne fin de semaine,\nNathalie\nTremplin Intérim Savoie – Albertville\n"
        ),
    ),
    dict(
        kind=OTH, slug="own_accepts_funiloc_offer", lang="fr", parent="o_funiloc", contact="",
        frm=ME, name_enc=("iso-8859-1", "Q"),
        to=[("Sandrine Ollivier", "sandrine.ollivier@funiloc.example.fr")],
        subject="RE: Proposition d'embauche – Planificateur maintenance",
        date="2026-03-23 08:31 +0100",
        text=reply(
            "Bonjour Sandrine,\n\n"
            "Je vous remercie chaleureusement pour cette proposition, que j'accepte avec "
            "plaisir. Vous trouverez la lettre signée en retour d'ici demain.\n\n"
            "Pourriez-vous me dire quels documents je dois préparer pour la visite médicale "
            "d'embauche ?\n\nBien cordialement,\n" + cand_sig(),
            "fr", "ven. 20 mars 2026 à 15:02", "Sandrine Ollivier",
            "sandrine.ollivier@funiloc.example.fr",
            "Bonjour Gaëtan,\n\nSuite à votre entretien du 12 mars, j'ai le plaisir de vous "
            "adresser notre proposition d'embauche pour le poste de Planificateur "
            "maintenance, en CDI, à compter du 4 mai 2026.\n\nNous vous remercions de nous "
            "faire part de votre réponse avant le 27 mars.",
        ),
        cte="quoted-printable",
    ),
    dict(
        kind=OTH, slug="skiclub_poste_tresorier", lang="fr", contact="",
        frm=("Ski Club de la Féclaz", "bureau@skiclub-feclaz.example.fr"),
        subject="AG du 24 octobre : postes à pourvoir au bureau",
        date="2026-10-05 20:30 +0200",
        text=(
            "Chers adhérents,\n\n"
            "Notre assemblée générale se tiendra le samedi 24 octobre à 18h à la salle des "
            "fêtes des Déserts.\n\n"
            "Deux postes sont à pourvoir au bureau : trésorier et responsable du matériel. "
            "Les candidatures sont à adresser au président avant le 17 octobre ; les "
            "candidats seront invités à se présenter en deux minutes pendant l'AG.\n\n"
            "Les entretiens de fartage reprendront en novembre.\n\n"
            "Le bureau du Ski Club de la Féclaz\n"
        ),
        headers=_list_headers("Adherents SCF <adherents.skiclub-feclaz.example.fr>",
                              "https://skiclub-feclaz.example.fr/liste/quitter",
                              "adherents-leave@skiclub-feclaz.example.fr"),
    ),
    dict(
        kind=OTH, slug="own_forwards_invite_to_partner", lang="fr", contact="",
        frm=ME,
        to=[("Awa Mbeki", "awa.mbeki@example.fr")],
        subject="Fwd: Invitation : entretien Planificateur maintenance – mar. 10 mars 10:00",
        date="2026-02-24 20:15 +0100",
        text=forward(
            "Regarde ! Premier vrai entretien pour un poste de planif. Tu pourras garder "
            "Noé le 10 au matin ? Je partirai vers 8h pour Grenoble.\n\nG.",
            "fr", "Sandrine Ollivier <sandrine.ollivier@funiloc.example.fr>",
            "mar. 24 févr. 2026 à 11:18",
            "Invitation : entretien Planificateur maintenance – mar. 10 mars 10:00",
            "Gaëtan Mbeki-Lefort <gaetan.ml@example.fr>",
            "Bonjour Gaëtan,\n\nVotre candidature a retenu toute notre attention et nous "
            "aimerions vous rencontrer pour un entretien avec un panel de trois personnes.\n\n"
            "Date : mardi 10 mars 2026, de 10h00 à 11h30\n"
            "Lieu : Funiloc Alpes, 41 rue des Glairons, 38400 Saint-Martin-d'Hères\n\n"
            "Sandrine Ollivier\nChargée de recrutement",
        ),
        cte="base64",
    ),
    # ------------------------------------------------------------------ German (14)
    dict(
        kind=OTH, slug="alpenjobs_suchauftrag", lang="de", contact="",
        frm=("AlpenJobs", "suchauftrag@alpenjobs.example.at"),
        subject="4 neue Jobs für „Instandhaltung Tirol“",
        subj_enc=("utf-8", "B"),
        date="2026-04-20 06:05 +0200",
        text=digest_text("AlpenJobs Suchauftrag", ALPENJOBS_INTRO, ALPENJOBS_ITEMS,
                         ALPENJOBS_FOOTER, ALPENJOBS_UNSUB, "Abmelden"),
        html=newsletter("AlpenJobs Suchauftrag", ALPENJOBS_INTRO, ALPENJOBS_ITEMS,
                        ALPENJOBS_FOOTER, ALPENJOBS_UNSUB, "Abmelden", color="#2d6a4f",
                        lang="de"),
        headers=_list_headers("<suchauftrag.alpenjobs.example.at>", ALPENJOBS_UNSUB,
                              "abmelden@alpenjobs.example.at"),
        cte="quoted-printable",
    ),
    dict(
        kind=OTH, slug="karrierebrief_absage_newsletter", lang="de", contact="",
        frm=("Karrierebrief", "redaktion@karrierebrief.example.de"),
        subject="Absage erhalten? So geht es weiter – und 2 weitere Themen",
        date="2026-06-18 07:30 +0200",
        html=newsletter("Karrierebrief", KARRIERE_INTRO, KARRIERE_ITEMS, KARRIERE_FOOTER,
                        KARRIERE_UNSUB, "Newsletter abbestellen", color="#333366",
                        lang="de"),
        headers=_list_headers("Karrierebrief <woechentlich.karrierebrief.example.de>",
                              KARRIERE_UNSUB, "abmelden@karrierebrief.example.de"),
    ),
    dict(
        kind=OTH, slug="own_application_lemania_pdf", lang="de", key="x_lemania_apply",
        contact="", frm=ME, name_enc=("utf-8", "B"),
        to=[("Reto Gisler", "reto.gisler@lemania-seil.example.ch")],
        subject="Bewerbung Instandhaltungsplaner Seilbahnen",
        date="2026-06-15 21:03 +0200",
        text=(
            "Sehr geehrter Herr Gisler\n\n"
            "anbei sende ich Ihnen meine Bewerbung als Instandhaltungsplaner Seilbahnen. "
            "Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.\n\n"
            "Freundliche Grüsse\nGaëtan Mbeki-Lefort\n"
        ),
        pdf=[
            dict(filename="Lebenslauf_Mbeki-Lefort.pdf",
                 lines=["Gaëtan Mbeki-Lefort - Lebenslauf",
                        "Seilbahnbetreiber, Chambéry (2017-2026)",
                        "Sprachen: Französisch (Muttersprache), Deutsch (B2), Englisch (B2)"]),
            dict(filename="Anschreiben.pdf",
                 lines=["Bewerbung als Instandhaltungsplaner Seilbahnen",
                        "Sehr geehrter Herr Gisler,",
                        "mit grossem Interesse habe ich Ihre Ausschreibung gelesen."]),
        ],
    ),
    dict(
        kind=OTH, slug="own_thanks_rhonewerk", lang="de", key="x_rhone_thanks",
        parent="s_rhone", contact="", frm=ME,
        to=[("Brunner Urs", "urs.brunner@rhonewerk.example.ch")],
        cc=[("Beatrice Zürcher", "beatrice.zuercher@rhonewerk.example.ch")],
        to_enc=("iso-8859-1", "Q"),
        subject="Dank für das Gespräch am 18. März",
        date="2026-03-18 18:20 +0100",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Sehr geehrter Herr Brunner\n\n"
            "herzlichen Dank für das angenehme Gespräch heute Nachmittag und den Rundgang "
            "durch die Maschinenhalle. Ich freue mich, von Ihnen zu hören.\n\n"
            "Freundliche Grüsse\nGaëtan Mbeki-Lefort\n"
        ),
    ),
    dict(
        kind=OTH, slug="ooo_alpenseil_recruiter", lang="de",
        contact="lisa.tschurtschenthaler@alpenseil.example.at",
        frm=("Lisa Tschurtschenthaler", "lisa.tschurtschenthaler@alpenseil.example.at"),
        subject="Abwesenheitsnotiz: Frage zum Interview am 29. Mai",
        subj_enc=("utf-8", "Q"),
        date="2026-05-27 14:10 +0200",
        text=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich 1. Juni nicht im Büro und habe keinen Zugriff auf "
            "meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an unser Recruiting-Team unter "
            "+43 512 000 8080.\n\n"
            "Lisa Tschurtschenthaler\nTalent Acquisition, Alpenseil Technik\n"
        ),
        headers=[("Auto-Submitted", "auto-replied")],
    ),
    dict(
        kind=OTH, slug="bank_beratungstermin_depot", lang="de", contact="",
        frm=("Tiroler Bergsparkasse", "service@bergsparkasse.example.at"),
        subject="Ihr Beratungstermin am 9. Juli",
        date="2026-07-02 08:00 +0200",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "wir bestätigen Ihren Beratungstermin am Donnerstag, 9. Juli 2026, um 16:00 Uhr "
            "in der Filiale Innsbruck-Wilten mit Frau Gruber.\n\n"
            "Themen: Eröffnung eines Gehaltskontos in Österreich, Übersicht Ihrer "
            "Depotpositionen.\n\n"
            "Falls Sie den Termin verschieben oder absagen möchten, nutzen Sie bitte das "
            "Online-Banking.\n\n"
            "Ihre Tiroler Bergsparkasse\n\n"
            "Dies ist eine automatisch erstellte Nachricht.\n"
        ),
        html="auto",
        cte="base64",
    ),
    dict(
        kind=OTH, slug="vermieter_besichtigung_abgesagt", lang="de",
        contact="h.rainer@example.at",
        frm=("Herbert Rainer", "h.rainer@example.at"),
        subject="Besichtigung Wohnung Höttinger Au fällt aus",
        date="2026-07-06 19:12 +0200",
        text=(
            "Grüß Gott Herr Mbeki-Lefort,\n\n"
            "leider muss ich die Besichtigung am Mittwoch absagen, die Wohnung ist bereits "
            "an einen anderen Interessenten vergeben. Tut mir leid, dass ich mich so kurz "
            "vorher melde.\n\n"
            "Falls ich im Herbst wieder etwas frei habe, melde ich mich gern.\n\n"
            "H. Rainer\n"
        ),
    ),
    dict(
        kind=OTH, slug="paket_verspaetet", lang="de", contact="",
        frm=("AlpenPaket Sendungsverfolgung", "noreply@alpenpaket.example.at"),
        subject="Ihre Sendung verzögert sich leider",
        date="2026-01-27 11:47 +0100",
        text=(
            "Guten Tag,\n\n"
            "leider verzögert sich die Zustellung Ihrer Sendung 00340434161094021234 "
            "aufgrund der Schneelage am Brenner.\n\n"
            "Neuer voraussichtlicher Zustelltermin: 29.01.2026\n\n"
            "Sendung verfolgen: https://alpenpaket.example.at/track/00340434161094021234\n\n"
            "Wir bitten um Ihr Verständnis.\nIhr AlpenPaket-Team\n"
        ),
        html="auto",
        charset="iso-8859-1", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind=OTH, slug="freund_eigene_absage", lang="de", contact="jonas.hechenberger@example.at",
        frm=("Jonas Hechenberger", "jonas.hechenberger@example.at"),
        subject="Absage von der Stubaier...",
        date="2026-05-29 23:05 +0200",
        text=(
            "Servus Gaëtan,\n\n"
            "kurzes Update von mir: Hab heute die Absage für die Betriebsleiterstelle "
            "bekommen. Die haben jemanden mit Seilbahn-Betriebsleiterprüfung genommen, war "
            "eigentlich klar. Ärgert mich trotzdem, nach drei Runden.\n\n"
            "Wie läuft's bei dir mit den Bewerbungen in Innsbruck? Wenn du mal wieder in "
            "der Gegend bist, gehen wir auf ein Bier.\n\n"
            "Jonas\n"
        ),
        cte="quoted-printable",
    ),
    dict(
        kind=OTH, slug="nutzerstudie_interview", lang="de",
        contact="svenja.albers@jobradar.example.de",
        frm=("JobRadar Research", "research@jobradar.example.de"),
        reply_to=("Svenja Albers", "svenja.albers@jobradar.example.de"),
        subject="Interview zur Nutzerstudie: 45 Minuten, 30 € Gutschein",
        date="2026-03-04 13:00 +0100",
        text=(
            "Hallo Gaëtan,\n\n"
            "Sie nutzen JobRadar seit einigen Monaten. Für unsere Nutzerstudie suchen wir "
            "Personen, die mit uns in einem 45-minütigen Video-Interview über ihre "
            "Jobsuche sprechen – wie Sie Stellen finden, wie Sie mit Absagen umgehen und "
            "was Ihnen bei Einladungen fehlt.\n\n"
            "Es handelt sich um eine Forschungsstudie, nicht um ein Bewerbungsgespräch. Als "
            "Dankeschön erhalten Sie einen Gutschein über 30 €.\n\n"
            "Termin wählen: https://jobradar.example.de/studie/2026-03\n\n"
            "Svenja Albers\nUX Research, JobRadar\n"
        ),
        html="auto",
    ),
    dict(
        kind=OTH, slug="headhunter_gipfel_cold_approach", lang="de",
        contact="n.oberhofer@gipfel-executive.example.at",
        frm=("Nina Oberhofer", "n.oberhofer@gipfel-executive.example.at"),
        subject="Ihr Profil – Austausch zu Instandhaltungsrollen in Tirol",
        date="2026-02-09 11:33 +0100",
        text=(
            "Guten Tag Herr Mbeki-Lefort,\n\n"
            "ich bin Personalberaterin bei Gipfel Executive in Innsbruck und auf technische "
            "Fach- und Führungskräfte im Alpenraum spezialisiert. Ihr Profil ist mir auf "
            "Berufsnetz aufgefallen.\n\n"
            "Aktuell habe ich kein konkretes Mandat für Sie, baue aber ein Netzwerk von "
            "Instandhaltungsplanern mit Seilbahnerfahrung auf. Wenn Sie mögen, nehme ich "
            "Sie gerne in unsere Kartei auf – eine kurze Antwort genügt.\n\n"
            "Beste Grüße\n"
            + sig("Nina Oberhofer", "Senior Consultant", "Gipfel Executive",
                  "Maria-Theresien-Straße 18, 6020 Innsbruck", "+43 512 000 5151")
        ),
    ),
    dict(
        kind=OTH, slug="meisterkurs_keine_zulassung", lang="de", contact="",
        frm=("WIFI Tirol – Kursverwaltung", "kursverwaltung@wifi-tirol.example.at"),
        subject="Meisterkurs Seilbahntechnik 2026/27 – Zulassung",
        date="2026-09-01 10:00 +0200",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "vielen Dank für Ihre Anmeldung zum Meisterkurs Seilbahntechnik 2026/27.\n\n"
            "Leider können wir Ihnen keinen Kursplatz anbieten: Für die Zulassung ist eine "
            "abgeschlossene Lehre in einem facheinschlägigen Beruf in Österreich oder eine "
            "anerkannte Gleichwertigkeit erforderlich, die uns nicht vorliegt. Sie stehen "
            "auf der Warteliste für den Kurs im Frühjahr.\n\n"
            "Für eine Anerkennung Ihrer französischen Qualifikation wenden Sie sich bitte an "
            "die Wirtschaftskammer.\n\n"
            "Mit freundlichen Grüßen\nKursverwaltung WIFI Tirol\n"
        ),
        subj_enc=("utf-8", "Q"),
    ),
    dict(
        kind=OTH, slug="berufsnetz_neue_stellen", lang="de", contact="",
        frm=("Berufsnetz", "benachrichtigung@berufsnetz.example.de"),
        subject="3 neue Stellen passen zu Ihnen, Gaëtan",
        date="2026-08-24 17:30 +0200",
        html=ats_card(
            "Berufsnetz",
            "#026466",
            "<p>Hallo Gaëtan,</p>\n<p>diese Stellen könnten Sie interessieren:</p>\n"
            "<ul>\n<li><a href=\"https://berufsnetz.example.de/jobs/11823\">"
            "Instandhaltungsplaner (m/w/d) – Hall in Tirol</a></li>\n"
            "<li><a href=\"https://berufsnetz.example.de/jobs/11830\">Wartungskoordinator "
            "Seilbahn – Sölden</a></li>\n"
            "<li><a href=\"https://berufsnetz.example.de/jobs/11841\">Techniker "
            "Arbeitsvorbereitung – Schwaz</a></li>\n</ul>\n"
            "<p>Außerdem: 2 Personen haben Ihr Profil besucht.</p>",
            "Sie erhalten diese E-Mail, weil Sie Benachrichtigungen aktiviert haben. "
            "<a href=\"https://berufsnetz.example.de/settings\">Einstellungen</a>",
            lang="de",
        ),
        headers=[("List-Unsubscribe", "<https://berufsnetz.example.de/unsub/8a21>")],
    ),
    dict(
        kind=OTH, slug="arzt_termin_verschoben", lang="de", contact="",
        frm=("Ordination Dr. Prantl", "ordination@dr-prantl.example.at"),
        subject="Terminverschiebung Ihrer Untersuchung",
        date="2026-04-27 08:20 +0200",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "aufgrund einer Fortbildung von Dr. Prantl müssen wir Ihren Termin zur "
            "arbeitsmedizinischen Untersuchung vom 30. April auf Montag, 4. Mai, 8:15 Uhr "
            "verschieben.\n\n"
            "Bitte bringen Sie Ihre e-card bzw. Ihre Europäische Krankenversicherungskarte "
            "mit. Sollte der neue Termin nicht passen, rufen Sie uns bitte an: "
            "0512 000 220.\n\n"
            "Ihr Praxisteam\nOrdination Dr. Prantl, Anichstraße 9, 6020 Innsbruck\n"
        ),
        cte="quoted-printable",
    ),
    # ------------------------------------------------------------------ English (7)
    dict(
        kind=OTH, slug="alpinecareers_weekly", lang="en", contact="",
        frm=("AlpineCareers Weekly", "digest@alpinecareers.example.com"),
        subject="This week: 3 planner roles near Turin + a reader's rejection story",
        date="2026-05-25 06:00 +0200",
        text=digest_text("AlpineCareers Weekly", ALPINECAREERS_INTRO, ALPINECAREERS_ITEMS,
                         ALPINECAREERS_FOOTER, ALPINECAREERS_UNSUB, "Unsubscribe"),
        html=newsletter("AlpineCareers Weekly", ALPINECAREERS_INTRO, ALPINECAREERS_ITEMS,
                        ALPINECAREERS_FOOTER, ALPINECAREERS_UNSUB, "Unsubscribe",
                        color="#1b4965", lang="en"),
        headers=_list_headers("AlpineCareers Weekly <weekly.alpinecareers.example.com>",
                              ALPINECAREERS_UNSUB, "unsubscribe@alpinecareers.example.com"),
    ),
    dict(
        kind=OTH, slug="plannerpost_interview_rejection_articles", lang="en", contact="",
        frm=("The Planner's Post", "issue@plannerpost.example.com"),
        subject="Issue 41: turned down, panels, and the on-call clause",
        date="2026-09-10 07:15 +0200",
        text=digest_text("The Planner's Post", PLANNERS_INTRO, PLANNERS_ITEMS,
                         PLANNERS_FOOTER, PLANNERS_UNSUB, "Unsubscribe"),
        html=newsletter("The Planner's Post", PLANNERS_INTRO, PLANNERS_ITEMS,
                        PLANNERS_FOOTER, PLANNERS_UNSUB, "Unsubscribe", color="#5e3023",
                        lang="en"),
        headers=_list_headers("<planners-post.plannerpost.example.com>", PLANNERS_UNSUB,
                              "leave@plannerpost.example.com"),
        cte="base64",
    ),
    dict(
        kind=OTH, slug="ropeway_stories_podcast", lang="en",
        contact="hannah@ropewaystories.example.com",
        frm=("Hannah Whitcombe", "hannah@ropewaystories.example.com"),
        subject="Interview request – Ropeway Stories podcast",
        date="2026-07-29 15:22 +0100",
        cet=False,
        text=(
            "Hi Gaëtan,\n\n"
            "I host Ropeway Stories, a small podcast about the people who keep cable cars "
            "and chairlifts running. I came across your comments in the Alpine "
            "maintenance forum about night-time rope inspections and thought you'd make a "
            "great guest.\n\n"
            "Would you be up for a 45-minute remote interview sometime in August? It's "
            "relaxed and unscripted, and I'd send the questions beforehand.\n\n"
            "Cheers,\nHannah Whitcombe\nRopeway Stories – ropewaystories.example.com\n"
        ),
    ),
    dict(
        kind=OTH, slug="own_thanks_ferrovie", lang="en", key="x_ferrovie_thanks",
        parent="s_ferrovie", contact="", frm=ME,
        to=[("Chiara Bellandi", "chiara.bellandi@ferroviesubalpine.example.it")],
        subject="Thank you – Maintenance Planner interview",
        date="2026-05-27 19:02 +0200",
        text=(
            "Dear Chiara,\n\nThank you for arranging the interview with Mr Gallo and the "
            "depot team today. I enjoyed the discussion about the winter timetable "
            "and I'm still very keen on the role.\n\nKind regards,\nGaëtan\n"
        ),
        html="auto",
    ),
    dict(
        kind=OTH, slug="ooo_giulia_piemonte", lang="en", parent="r_piemonte",
        contact="giulia.ferraris@piemonte-energy.example.it",
        frm=("Giulia Ferraris", "giulia.ferraris@piemonte-energy.example.it"),
        subject="Automatic reply: Maintenance Scheduler – update",
        date="2026-08-10 09:01 +0200",
        text=(
            "Thank you for your email. I am on annual leave until 24 August with no access "
            "to email.\n\n"
            "For recruitment matters please contact careers@piemonte-energy.example.it.\n\n"
            "Giulia Ferraris\n"
        ),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    ),
    dict(
        kind=OTH, slug="parcel_delayed_unfortunately", lang="en", contact="",
        frm=("ParcelPeak", "updates@parcelpeak.example.com"),
        subject="Unfortunately, your parcel is delayed",
        date="2026-10-13 10:12 +0000",
        html=ats_card(
            "ParcelPeak",
            "#d62828",
            "<p>Hi Gaëtan,</p>\n"
            "<p>Unfortunately your parcel <strong>PP-7Q2-990184</strong> (from "
            "ClimbGear Europe) is delayed at our Lyon hub.</p>\n"
            "<p>New estimated delivery: Thursday 15 October.</p>\n"
            + button("Track parcel", "https://parcelpeak.example.com/t/PP-7Q2-990184",
                     "#d62828")
            + "\n<p>We're sorry for the inconvenience.</p>",
            "ParcelPeak · do not reply to this automated message",
            lang="en",
        ),
    ),
    dict(
        kind=OTH, slug="prolien_search_appearances_en", lang="en", contact="",
        frm=("ProLien", "notifications@prolien.example.com"),
        subject="You appeared in 12 searches this week",
        date="2026-06-01 18:00 +0200",
        text=(
            "Gaëtan, you appeared in 12 searches this week.\n\n"
            "Who's searching: recruiters at energy companies, staffing agencies, "
            "railway operators.\n\n"
            "Top keywords: maintenance planner, ropeway, CMMS.\n\n"
            "Jobs you may be interested in:\n"
            "- Maintenance Scheduler, Piemonte Energy Services, Chivasso\n"
            "- Planning Technician, Canavese Cogeneration, Ivrea\n\n"
            "See all: https://www.prolien.example.com/me/search-appearances\n\n"
            "You are receiving ProLien notification emails. Unsubscribe: "
            "https://www.prolien.example.com/unsub/n/8813\n"
        ),
        headers=[("List-Unsubscribe", "<https://www.prolien.example.com/unsub/n/8813>")],
    ),
    # ------------------------------------------------------------------ Spanish (6)
    dict(
        kind=OTH, slug="empleonorte_alerta", lang="es", contact="",
        frm=("EmpleoNorte Alertas", "alertas@empleonorte.example.es"),
        subject="3 ofertas nuevas para «mantenimiento Bizkaia»",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-06-04 07:10 +0200",
        text=digest_text("EmpleoNorte – tu alerta", EMPLEO_INTRO, EMPLEO_ITEMS,
                         EMPLEO_FOOTER, EMPLEO_UNSUB, "Darse de baja"),
        html=newsletter("EmpleoNorte – tu alerta", EMPLEO_INTRO, EMPLEO_ITEMS,
                        EMPLEO_FOOTER, EMPLEO_UNSUB, "Darse de baja", color="#9d0208",
                        lang="es"),
        headers=_list_headers("<alertas.empleonorte.example.es>", EMPLEO_UNSUB,
                              "baja@empleonorte.example.es"),
        cte="quoted-printable",
    ),
    dict(
        kind=OTH, slug="own_confirms_hospitalria", lang="es", key="x_hospital_confirm",
        parent="i_hospital", contact="", frm=ME,
        to=[("Begoña Arrieta", "begona.arrieta@hospitalria.example.es")],
        to_enc=("utf-8", "B"),
        subject="RE: Convocatoria de entrevista – Técnico/a de planificación de mantenimiento",
        date="2026-06-09 08:55 +0200",
        text=reply(
            "Estimada Sra. Arrieta:\n\n"
            "Muchas gracias por la convocatoria. Le confirmo mi asistencia a la entrevista "
            "del miércoles 17 de junio a las 11:00.\n\n"
            "Un cordial saludo,\nGaëtan Mbeki-Lefort",
            "es", "lun, 8 jun 2026 a las 12:22", "Begoña Arrieta",
            "begona.arrieta@hospitalria.example.es",
            "Estimado Gaëtan:\n\nNos complace convocarle a una entrevista para el puesto de "
            "Técnico/a de planificación de mantenimiento del Servicio de Ingeniería.\n\n"
            "Fecha: miércoles 17 de junio de 2026\nHora: 11:00",
        ),
    ),
    dict(
        kind=OTH, slug="radio_entrevista_request", lang="es",
        contact="maite.ugarte@radioibaizabal.example.es",
        frm=("Maite Ugarte", "maite.ugarte@radioibaizabal.example.es"),
        subject="Entrevista para «Mañanas en la Ría»",
        date="2026-02-25 11:40 +0100",
        text=(
            "Hola, Gaëtan:\n\n"
            "Soy Maite Ugarte, redactora del programa «Mañanas en la Ría» de Radio "
            "Ibaizabal. Estamos preparando un reportaje sobre trabajadores de montaña que "
            "se mudan a Bizkaia y nos han hablado de ti en la asociación de "
            "francófonos.\n\n"
            "¿Te animarías a una entrevista en directo de diez minutos el jueves 5 de marzo "
            "hacia las 10:15? Puede ser por teléfono.\n\n"
            "Gracias de antemano,\nMaite Ugarte\nRadio Ibaizabal\n"
        ),
        html="auto",
        cte="quoted-printable",
    ),
    dict(
        kind=OTH, slug="amigo_propio_rechazo", lang="es", contact="asier.lopez@example.es",
        frm=("Asier López", "asier.lopez@example.es"),
        subject="me han dicho que no",
        date="2026-04-16 21:58 +0200",
        text=(
            "Hola Gaëtan,\n\n"
            "Al final me han rechazado en el puerto para lo de jefe de equipo. Dicen que "
            "buscaban a alguien con más experiencia en grúas. Qué le vamos a hacer.\n\n"
            "Tú que tal con lo del hospital y la eólica? Ya me contarás. El sábado hay "
            "partido en San Mamés, te apuntas?\n\n"
            "Asier\n"
        ),
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind=OTH, slug="master_no_admitido", lang="es", contact="",
        frm=("Universidad del Nervión – Posgrado", "posgrado@unervion.example.es"),
        subject="Resolución de admisión – Máster en Ingeniería de Mantenimiento",
        date="2026-07-22 12:00 +0200",
        html=ats_card(
            "Universidad del Nervión – Escuela de Posgrado",
            "#003049",
            paras(
                "Estimado/a Gaëtan Mbeki-Lefort:\n\n"
                "Le comunicamos la resolución de la comisión académica sobre su solicitud de "
                "admisión al Máster Universitario en Ingeniería de Mantenimiento, curso "
                "2026-2027.\n\n"
                "Resultado: NO ADMITIDO. El título de acceso presentado no cumple los "
                "requisitos de acceso (se exige un grado en ingeniería o equivalente).\n\n"
                "Puede presentar recurso de alzada en el plazo de un mes.\n\n"
                "Secretaría de la Escuela de Posgrado"
            ),
            "Mensaje generado automáticamente por la secretaría virtual.",
            lang="es",
        ),
    ),
    dict(
        kind=OTH, slug="banco_cita_gestor_posicion", lang="es",
        contact="irati.zubizarreta@bancobilbaino.example.es",
        frm=("Irati Zubizarreta", "irati.zubizarreta@bancobilbaino.example.es"),
        subject="Cita con su gestora y posición global",
        date="2026-09-29 10:05 +0200",
        text=(
            "Buenos días, Sr. Mbeki-Lefort:\n\n"
            "Le propongo una cita en la oficina de Indautxu el lunes 5 de octubre a las "
            "9:30 para revisar su posición global y la domiciliación de la nómina.\n\n"
            "Si no le viene bien, dígame otra hora y la cambiamos.\n\n"
            "Un saludo,\nIrati Zubizarreta\nGestora de clientes – Banco Bilbaíno, oficina "
            "Indautxu\n944 00 77 12\n\n"
            "AVISO LEGAL: este mensaje es confidencial y está dirigido exclusivamente a su "
            "destinatario.\n"
        ),
        html="auto",
    ),
]

_ = (outlook, quote)
