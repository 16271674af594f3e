"""Corpus 261: rejections (31 hand-written specs)."""

from __future__ import annotations

from msgs261_common import (
    CAND_ADDR,
    CAND_NAME,
    CAND_SIG,
    ats_card,
    attrib_de,
    attrib_en,
    attrib_fr,
    esc,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append({"kind": "rejection", **spec})


# 001 -- Supermarchés Hesbaye Plus, Teamtailor, HTML only ------------------------------------
add(
    slug="teamtailor_hesbaye_html", lang="fr", company="Supermarchés Hesbaye Plus", contact="",
    frm=("Supermarchés Hesbaye Plus", "no-reply@teamtailor-mail.com"),
    subject="Votre candidature – Assistant·e achats (Waremme)",
    date="2026-02-06 11:04 +0000", id="hesbaye_rej", parent="hesbaye_relance",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Teamtailor")],
    html=ats_card(
        "Supermarchés Hesbaye Plus", "#b91c1c",
        paras(
            "Bonjour Manon,\n\n"
            "Merci pour l'intérêt que vous portez à Hesbaye Plus et pour le temps consacré à "
            "votre dossier pour le poste d'assistant·e achats basé à notre centrale de Waremme.\n\n"
            "Après une lecture attentive, nous avons le regret de vous informer que votre "
            "candidature n'a pas été retenue pour la suite de la sélection.\n\n"
            "Nous vous souhaitons beaucoup de réussite dans vos démarches.\n\n"
            "L'équipe Recrutement\nSupermarchés Hesbaye Plus"
        ),
        '<a href="https://hesbayeplus.teamtailor.example.be/jobs">Voir nos autres offres</a> · '
        "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
    ),
)

# 002 -- Delvaux Frais, soft rejection, QP ----------------------------------------------------
add(
    slug="soft_profile_delvaux_qp", lang="fr", company="Delvaux Frais",
    contact="c.renard@delvaux-frais.example.be",
    frm=("Céline Renard", "c.renard@delvaux-frais.example.be"), frm_enc=("iso-8859-1", "Q"),
    subject="Candidature assistante achats – Delvaux Frais",
    date="2026-04-23 16:37 +0200", cte="quoted-printable",
    text=(
        "Bonjour Madame Sithole-Garnier,\n\n"
        "Je reviens vers vous concernant votre candidature au poste d'assistante achats "
        "produits frais sur notre site de Herstal.\n\n"
        "Votre parcours en boulangerie nous a vraiment intéressés, notamment votre connaissance "
        "des fournisseurs de farine et de produits laitiers. Nous avons toutefois décidé "
        "d'avancer avec des personnes dont l'expérience en centrale d'achat est plus directement "
        "en lien avec les exigences du poste.\n\n"
        "Je me permets de garder vos coordonnées ; si un poste plus junior s'ouvre au service "
        "approvisionnement, je n'hésiterai pas à vous recontacter.\n\n"
        "Bien cordialement,\n\n"
        "Céline Renard\n"
        "Talent Acquisition – Delvaux Frais SA\n"
        "Rue de l'Abbaye 212, 4040 Herstal\n"
        "Tél. +32 4 264 70 90\n"
    ),
)

# 003 -- Brasserie Houppe, terse human --------------------------------------------------------
add(
    slug="terse_brasserie_houppe", lang="fr", company="Brasserie Houppe",
    contact="jm.houppe@brasserie-houppe.example.be",
    frm=("Jean-Marc Houppe", "jm.houppe@brasserie-houppe.example.be"),
    subject="Re: Poste aide-acheteuse",
    date="2026-07-02 08:12 +0200",
    text=(
        "Bonjour,\n\n"
        "Poste pourvu la semaine passée. Bonne continuation à vous.\n\n"
        "JM Houppe\n"
        "Envoyé de mon iPhone\n"
    ),
)

# 004 -- Intérim Sambre & Meuse relays the client's no (named client) ------------------------
add(
    slug="agency_relays_condroz", lang="fr", company="Fromagerie du Condroz",
    contact="nadia.bouzidi@ism-interim.example.be",
    frm=("Nadia Bouzidi | Intérim Sambre & Meuse", "nadia.bouzidi@ism-interim.example.be"),
    frm_enc=("utf-8", "B"),
    subject="Retour de la Fromagerie du Condroz",
    date="2026-03-20 14:55 +0100", id="ism_rej", parent="ism_missed",
    text=(
        "Bonjour Manon,\n\n"
        "J'ai eu ce midi le responsable logistique de la Fromagerie du Condroz au téléphone. "
        "Il a bien aimé ton CV mais il me dit qu'ils préfèrent quelqu'un qui a déjà travaillé "
        "avec SAP, donc ils ne vont pas te proposer la mission d'assistante achats à Ciney.\n\n"
        "Je sais que c'est décevant, surtout que la distance était idéale pour toi. Je garde "
        "ton dossier actif chez nous et je regarde déjà deux autres demandes clients dans "
        "l'agroalimentaire autour de Namur.\n\n"
        "Belle fin de semaine,\n\n"
        "Nadia Bouzidi\n"
        "Consultante – Intérim Sambre & Meuse\n"
        "Place de la Station 9, 5000 Namur\n"
        "T. 081 22 70 90\n"
    ),
)

# 005 -- Clinique Saint-Aubain, after interview, quotes her thank-you ------------------------
_cl_thanks = (
    "Madame Lambotte,\n\n"
    "Je tenais à vous remercier pour l'entretien de ce mardi et pour votre compréhension après "
    "le raté de la semaine précédente. La présentation du circuit des commandes de la "
    "pharmacie et de la cuisine centrale m'a beaucoup appris.\n\n"
    "Je reste à votre disposition pour tout complément.\n\n"
    "Bien à vous,\n" + CAND_SIG
)
add(
    slug="after_interview_saint_aubain", lang="fr", company="Clinique Saint-Aubain",
    contact="v.lambotte@st-aubain.example.be",
    frm=("Véronique Lambotte", "v.lambotte@st-aubain.example.be"),
    subject="RE: Merci pour l'entretien de mardi",
    date="2026-03-27 10:21 +0100", id="aubain_rej", parent="aubain_move",
    text=(
        "Bonjour Madame Sithole-Garnier,\n\n"
        "Merci pour votre message et pour votre venue ce mardi 17 mars.\n\n"
        "Le comité de sélection s'est réuni hier. Il a choisi de confier le poste d'assistante "
        "achats à une candidate qui occupe déjà une fonction similaire dans un autre hôpital "
        "du réseau ; nous ne pourrons donc pas vous proposer ce contrat.\n\n"
        "Votre motivation a été relevée par tout le monde et je vous encourage à postuler à "
        "nouveau lors de nos prochaines publications.\n\n"
        "Cordialement,\n\n"
        "Véronique Lambotte\n"
        "Responsable recrutement – Clinique Saint-Aubain ASBL\n"
        "Avenue de la Citadelle 75, 5000 Namur\n\n"
        + attrib_fr("mar. 17 mars 2026 à 19:08", CAND_NAME, CAND_ADDR) + "\n"
        + quote(_cl_thanks) + "\n\n"
        "--\n"
        "Ce courriel et ses annexes sont confidentiels et destinés exclusivement à leur "
        "destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de "
        "le supprimer.\n"
    ),
)

# 006 -- CH Val-de-Sambre, filled internally, Outlook HTML + text ---------------------------
_chvs_text = (
    "Bonjour Madame,\n\n"
    "Comme annoncé lors de l'annulation de notre rencontre du 21 avril, le service des achats "
    "a revu son organisation. La fonction d'assistante achats a finalement été attribuée à une "
    "collaboratrice de notre service économat, en mobilité interne.\n\n"
    "Le processus externe est donc clôturé et votre candidature ne sera pas poursuivie. Nous "
    "vous remercions pour votre disponibilité et vous souhaitons plein succès.\n\n"
    "Bien cordialement,\n\n"
    "Olivier Demanet\n"
    "Chef du service Achats et Logistique\n"
    "Centre Hospitalier Val-de-Sambre\n"
    "Boulevard Paul Janson 92, 6000 Charleroi\n"
    "Tél. : 071 92 90 70\n\n"
)
_chvs_quoted = (
    outlook_block("fr", "Demanet Olivier <o.demanet@chvs.example.be>",
                  "mercredi 15 avril 2026 09:02", CAND_NAME + " <" + CAND_ADDR + ">",
                  "Annulé: Entretien – Assistante achats")
    + "\n"
    "Madame,\n\n"
    "Je suis contraint d'annuler l'entretien prévu le mardi 21 avril à 14h00. Nous revenons "
    "vers vous rapidement pour la suite.\n\n"
    "O. Demanet\n"
)
add(
    slug="filled_internally_chvs_outlook", lang="fr", company="Centre Hospitalier Val-de-Sambre",
    contact="o.demanet@chvs.example.be",
    frm=("Demanet Olivier", "o.demanet@chvs.example.be"),
    subject="RE: Annulé: Entretien – Assistante achats",
    date="2026-05-04 15:48 +0200", id="chvs_rej", parent="chvs_cancel",
    headers=[("Thread-Topic", "Entretien - Assistante achats"), ("X-MS-Has-Attach", "")],
    text=_chvs_text + _chvs_quoted,
    html=outlook_html(mso(_chvs_text) + "\n<div style=\"border-top:solid #E1E1E1 1.0pt\">"
                      + mso(_chvs_quoted) + "</div>"),
    cte="quoted-printable",
)

# 007 -- Grossiste Moselle (Luxembourg), role on hold ---------------------------------------
add(
    slug="on_hold_moselle", lang="fr", company="Grossiste Moselle",
    contact="s.weis@grossiste-moselle.example.lu",
    frm=("Service RH – Grossiste Moselle", "rh@grossiste-moselle.example.lu"),
    reply_to=("Sandrine Weis", "s.weis@grossiste-moselle.example.lu"),
    subject="Assistant(e) achats – suspension du recrutement",
    date="2026-06-12 09:30 +0200", id="moselle_rej", parent="moselle_ack",
    text=(
        "Madame,\n\n"
        "Nous vous remercions pour votre candidature au poste d'assistant(e) achats à "
        "Bettembourg.\n\n"
        "Suite à la décision de notre direction de geler les embauches jusqu'à la fin de "
        "l'exercice, ce recrutement est suspendu. Nous ne donnerons pas suite aux candidatures "
        "reçues, dont la vôtre, et le dossier est clôturé de notre côté.\n\n"
        "Avec nos remerciements,\n\n"
        "Sandrine Weis\n"
        "Gestionnaire RH\n"
        "Grossiste Moselle S.à r.l. – Zone industrielle Scheleck, L-3225 Bettembourg\n"
    ),
)

# 008 -- Pains & Cie, casual, tutoiement ----------------------------------------------------
add(
    slug="casual_pains_et_cie", lang="fr", company="Pains & Cie",
    contact="kevin@painsetcie.example.be",
    frm=("Kevin Lardinois", "kevin@painsetcie.example.be"),
    subject="ton dossier",
    date="2026-05-15 21:47 +0200",
    text=(
        "Salut Manon,\n\n"
        "Bon, je vais pas tourner autour du pot : pour la place d'acheteuse junior on part sur "
        "quelqu'un d'autre, une ancienne de chez Lidl qui connaît déjà nos fournisseurs. "
        "Franchement c'était serré.\n\n"
        "Passe quand même dire bonjour au magasin de Gosselies si tu es dans le coin, le café "
        "est offert :)\n\n"
        "Kevin\n"
        "Pains & Cie – 4 boulangeries, 1 atelier\n"
        "GSM 0477 90 70 12\n"
    ),
)

# 009 -- Talents & Achats Conseil, windows-1252, unnamed client ------------------------------
add(
    slug="cabinet_unnamed_client_cp1252", lang="fr", company="Talents & Achats Conseil",
    contact="hugo.vandamme@talents-achats.example.fr",
    frm=("Hugo Vandamme", "hugo.vandamme@talents-achats.example.fr"),
    subject="Votre candidature – mission “assistante approvisionnement”",
    date="2026-03-09 18:02 +0100", charset="windows-1252", cte="8bit",
    id="talents_rej", parent="talents_ack",
    text=(
        "Bonsoir Manon,\n\n"
        "Je fais suite à notre échange de la semaine dernière au sujet de la mission "
        "“assistante approvisionnement” chez notre client, un industriel de l’agroalimentaire "
        "de la métropole lilloise (rémunération autour de 2 300 € brut).\n\n"
        "Mon client a arrêté sa short-list ce matin et votre profil n’y figure pas : il "
        "privilégie des candidats qui ont un diplôme en logistique – je sais que vous êtes en "
        "train d’en préparer un, et c’est dommage que le calendrier ne colle pas.\n\n"
        "Je vous recontacte dès qu’une mission plus ouverte se présente.\n\n"
        "Hugo Vandamme\n"
        "Consultant senior – Talents & Achats Conseil SAS\n"
        "12 rue Esquermoise, 59000 Lille\n"
        "03 20 90 70 44\n"
    ),
)

# 010 -- Clinique Alzette (Luxembourg), Workday, base64 multipart/alternative ----------------
_alz = (
    "Madame Sithole-Garnier,\n\n"
    "Nous vous remercions de l'intérêt que vous avez manifesté pour le poste "
    "« Assistant administratif achats (m/f) – CDI 40h » (réf. R-04417).\n\n"
    "Nous avons étudié votre dossier avec attention. Au terme de cette analyse, nous sommes "
    "au regret de ne pas pouvoir retenir votre candidature pour ce poste.\n\n"
    "Vos données resteront dans notre base pendant 24 mois, sauf demande contraire de votre "
    "part via votre espace candidat.\n\n"
    "Direction des Ressources Humaines\nClinique Alzette\n"
)
add(
    slug="workday_alzette_b64", lang="fr", company="Clinique Alzette", contact="",
    frm=("Clinique Alzette", "cliniquealzette@myworkday.com"),
    subject="Clinique Alzette – Suite donnée à votre candidature R-04417",
    date="2026-05-19 06:15 +0000", cte="base64", id="alzette_rej", parent="alzette_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_alz,
    html=ats_card("Clinique Alzette", "#0e7490", paras(_alz),
                  "Message automatique envoyé via Workday. Merci de ne pas répondre."),
)

# 011 -- Maison Verlinde, after the missed trial day, Outlook chain --------------------------
_verl_missed = (
    "Madame,\n\n"
    "Nous vous attendions ce mardi 16 juin à 8h00 à la boutique de la rue de la Grande "
    "Chaussée pour votre journée d'essai. Sans nouvelles de votre part, nous avons dû "
    "réorganiser l'équipe. Pouvez-vous nous indiquer ce qui s'est passé ?\n\n"
    "Pauline Verlinde\n"
)
add(
    slug="verlinde_after_missed_outlook", lang="fr", company="Maison Verlinde",
    contact="pauline@maison-verlinde.example.fr",
    frm=("Pauline Verlinde", "pauline@maison-verlinde.example.fr"),
    subject="RE: Journée d'essai du 16 juin",
    date="2026-06-26 12:40 +0200", id="verlinde_rej", parent="verlinde_missed",
    text=(
        "Bonjour Manon,\n\n"
        "Merci pour vos explications au sujet du train supprimé, je comprends tout à fait.\n\n"
        "Entre-temps, nous avons cependant fait la journée d'essai avec les deux autres "
        "personnes et mon père a arrêté son choix. Nous n'allons pas pouvoir vous proposer le "
        "poste d'assistante achats et approvisionnement cette fois-ci.\n\n"
        "Je vous souhaite vraiment de trouver votre place, votre candidature nous avait plu.\n\n"
        "Pauline Verlinde\n"
        "Maison Verlinde – Chocolatier depuis 1921\n"
        "48 rue de la Grande Chaussée, 59800 Lille\n\n"
        + outlook_block("fr", "Pauline Verlinde <pauline@maison-verlinde.example.fr>",
                        "mardi 16 juin 2026 10:15", CAND_ADDR, "Journée d'essai du 16 juin")
        + "\n" + _verl_missed
    ),
)

# 012 -- Hypermarchés Nord-Opale, SmartRecruiters, "we keep your CV" -------------------------
add(
    slug="smartrecruiters_nordopale", lang="fr", company="Hypermarchés Nord-Opale", contact="",
    frm=("Hypermarchés Nord-Opale", "noreply@smartrecruiters.com"),
    subject="Mise à jour de votre candidature chez Hypermarchés Nord-Opale",
    date="2026-02-18 13:20 +0000", id="opale_rej", parent="opale_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour Manon,\n\n"
        "Vous avez postulé à l'offre Assistant(e) Achats Frais – Siège de Villeneuve-d'Ascq.\n\n"
        "Nous avons reçu un grand nombre de candidatures de qualité. Nous regrettons de vous "
        "annoncer que nous ne poursuivrons pas le processus avec vous pour ce poste.\n\n"
        "Votre CV reste visible par nos recruteurs pour d'autres opportunités si vous avez "
        "accepté le partage de votre profil.\n\n"
        "Cordialement,\nL'équipe Talents – Hypermarchés Nord-Opale\n\n"
        "Propulsé par SmartRecruiters · Ne répondez pas à cet e-mail.\n"
    ),
    html=simple_html(paras(
        "Bonjour Manon,\n\n"
        "Vous avez postulé à l'offre Assistant(e) Achats Frais – Siège de Villeneuve-d'Ascq.\n\n"
        "Nous avons reçu un grand nombre de candidatures de qualité. Nous regrettons de vous "
        "annoncer que nous ne poursuivrons pas le processus avec vous pour ce poste.\n\n"
        "Votre CV reste visible par nos recruteurs pour d'autres opportunités si vous avez "
        "accepté le partage de votre profil.\n\n"
        "Cordialement,\nL'équipe Talents – Hypermarchés Nord-Opale"
    ) + '\n<p style="font-size:11px;color:#888">Propulsé par SmartRecruiters · '
        "Ne répondez pas à cet e-mail.</p>"),
    cte="quoted-printable",
)

# 013 -- Coopérative Hesbignonne des Fruits, iso-8859-1, Q subject --------------------------
add(
    slug="iso_cooperative_hesbignonne", lang="fr", company="Coopérative Hesbignonne des Fruits",
    contact="achats@cohefruits.example.be",
    frm=("Frédéric Gilson", "achats@cohefruits.example.be"), frm_enc=("iso-8859-1", "Q"),
    subject="Réponse à votre candidature spontanée", subj_enc=("iso-8859-1", "Q"),
    date="2026-03-16 11:05 +0100", charset="iso-8859-1", cte="quoted-printable",
    id="cohe_rej", parent="cohe_ack",
    text=(
        "Madame,\n\n"
        "Votre lettre de février a retenu notre attention et je vous en remercie.\n\n"
        "Malheureusement, notre service achats se limite à deux personnes et aucun "
        "renforcement n'est prévu cette année : je ne suis pas en mesure de vous faire une "
        "proposition, ni maintenant ni dans les prochains mois.\n\n"
        "Pour les périodes de récolte, nous engageons des saisonniers via le site de "
        "Saint-Trond ; ce n'est sans doute pas ce que vous cherchez, mais l'information peut "
        "vous être utile.\n\n"
        "Avec mes salutations distinguées,\n\n"
        "F. Gilson\n"
        "Responsable achats et approvisionnement\n"
        "Coopérative Hesbignonne des Fruits SCRL - Chaussée de Tirlemont 301, 4280 Hannut\n"
    ),
)

# 014 -- Les Halles de Namur, role cancelled ------------------------------------------------
add(
    slug="role_cancelled_halles", lang="fr", company="Les Halles de Namur",
    contact="direction@halles-namur.example.be",
    frm=("Direction – Les Halles de Namur", "direction@halles-namur.example.be"),
    subject="Poste d'assistante achats : fin du processus",
    date="2026-08-28 17:26 +0200",
    text=(
        "Chère Madame,\n\n"
        "Notre conseil d'administration a décidé de supprimer la fonction d'assistante achats "
        "qui faisait l'objet de notre annonce de juillet : les commandes resteront gérées par "
        "les chefs de rayon. Le processus de sélection s'arrête donc ici, pour vous comme pour "
        "les autres personnes rencontrées.\n\n"
        "Nous sommes désolés de ce revirement après le temps que vous nous avez consacré.\n\n"
        "Isabelle Mathy\n"
        "Directrice – Les Halles de Namur SRL\n"
        "Rue de Fer 32, 5000 Namur\n"
    ),
)

# 015 -- Minoterie Dupuis, short after a phone screen, quoted call recap ---------------------
add(
    slug="after_phone_screen_minoterie", lang="fr", company="Minoterie Dupuis",
    contact="l.dupuis@minoterie-dupuis.example.be",
    frm=("Laurence Dupuis", "l.dupuis@minoterie-dupuis.example.be"),
    subject="Re: Suite à notre appel de lundi",
    date="2026-10-08 09:58 +0200", id="minoterie_rej",
    text=(
        "Bonjour Manon,\n\n"
        "Je me suis entretenue avec mon frère après notre appel : nous cherchons finalement un "
        "profil plus technique, capable de négocier les contrats de blé avec les coopératives. "
        "Nous n'irons donc pas plus loin avec votre candidature.\n\n"
        "Merci pour votre franchise pendant l'appel et bonne route.\n\n"
        "Laurence\n\n"
        + attrib_fr("lun. 5 oct. 2026 à 18:30", CAND_NAME, CAND_ADDR) + "\n"
        + quote(
            "Bonjour Madame Dupuis,\n\n"
            "Merci pour l'appel de ce matin. Comme convenu, je vous confirme mes "
            "disponibilités pour un entretien sur place à Andenne : mercredi ou jeudi "
            "après-midi.\n\nManon"
        ) + "\n"
    ),
)

# 016 -- Greenleaf Grocers via Greenhouse ----------------------------------------------------
add(
    slug="greenhouse_greenleaf_after_noshow", lang="en", company="Greenleaf Grocers",
    contact="priya.nair@greenleaf.example.be",
    frm=("Priya Nair via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Nair", "priya.nair@greenleaf.example.be"),
    subject="Your application to Greenleaf Grocers – Purchasing Assistant",
    date="2026-02-13 15:03 +0000", id="greenleaf_rej", parent="greenleaf_resched_req",
    text=(
        "Hi Manon,\n\n"
        "Thanks for your note after last Wednesday, and for walking me through your bakery "
        "ordering routine when we finally spoke on Friday.\n\n"
        "We've now completed this round and have decided to move forward with candidates "
        "whose purchasing experience more closely matches what the team needs right now. I'm "
        "sorry this isn't better news.\n\n"
        "I'd genuinely encourage you to keep an eye on our careers page – store-level roles "
        "open regularly.\n\n"
        "Kind regards,\n"
        "Priya Nair\n"
        "Talent Partner, Greenleaf Grocers\n"
        "Rue Antoine Dansaert 88, 1000 Brussels\n"
    ),
)

# 017 -- Meridian Food Services via Lever ----------------------------------------------------
add(
    slug="lever_meridian_formal", lang="en", company="Meridian Food Services", contact="",
    frm=("Meridian Food Services", "no-reply@hire.lever.co"),
    subject="Update on your Meridian Food Services application",
    date="2026-03-03 10:45 +0000", id="meridian_rej", parent="meridian_cancel",
    headers=[("Auto-Submitted", "auto-generated")],
    html=simple_html(paras(
        "Dear Manon,\n\n"
        "Thank you for your interest in the Junior Buyer – Catering Supplies position at "
        "Meridian Food Services.\n\n"
        "After careful consideration we regret to inform you that we will not be progressing "
        "your application further. This decision reflects the specific requirements of the "
        "role and is not a judgement on your abilities.\n\n"
        "We appreciate the time you invested and wish you every success.\n\n"
        "The Meridian Talent Team"
    ) + '\n<p style="color:#999;font-size:11px">Sent via Lever. Replies to this address are '
        "not monitored.</p>", lang="en"),
)

# 018 -- Harbour & Pine Retail, put on hold -------------------------------------------------
add(
    slug="on_hold_harbour_pine", lang="en", company="Harbour & Pine Retail",
    contact="j.schmit@harbourpine.example.lu",
    frm=("Joëlle Schmit", "j.schmit@harbourpine.example.lu"), frm_enc=("utf-8", "B"),
    subject="Purchasing Assistant role – an update",
    date="2026-07-07 11:19 +0200", id="harbour_rej", parent="harbour_inv",
    text=(
        "Dear Manon,\n\n"
        "Thank you again for the video call on 29 June.\n\n"
        "I wanted to let you know personally that the Purchasing Assistant role has been put "
        "on hold following a change in our store-opening plans for Esch-sur-Alzette, and we "
        "will not proceed with any of the current applications. If the position is reopened "
        "later, it will be advertised afresh.\n\n"
        "I'm sorry to bring this news after you had invested time in the process.\n\n"
        "Best wishes,\n"
        "Joëlle Schmit\n"
        "HR Business Partner | Harbour & Pine Retail S.A.\n"
        "2 rue de l'Industrie, L-8069 Bertrange\n"
    ),
)

# 019 -- Bakewell International, terse English ----------------------------------------------
add(
    slug="terse_bakewell", lang="en", company="Bakewell International",
    contact="tom.hale@bakewell-intl.example.be",
    frm=("Tom Hale", "tom.hale@bakewell-intl.example.be"),
    subject="Re: Procurement assistant",
    date="2026-01-30 17:52 +0100",
    text=(
        "Thanks Manon – we've gone another way on this one. Good luck with the search.\n\n"
        "Tom\n"
    ),
)

# 020 -- Northgate Talent, unnamed client ---------------------------------------------------
add(
    slug="agency_unnamed_client_northgate", lang="en", company="Northgate Talent",
    contact="ellie.brooks@northgate-talent.example.be",
    frm=("Ellie Brooks", "ellie.brooks@northgate-talent.example.be"),
    subject="Feedback from my client – stock & purchasing coordinator",
    date="2026-09-15 12:08 +0200", id="northgate_rej", parent="northgate_reg",
    text=(
        "Hi Manon,\n\n"
        "Quick one: I heard back from the hospital group I put you forward to last week. "
        "They liked your attitude, but they're not going to take your profile to interview – "
        "their hiring manager wants someone who has run tenders in the public sector.\n\n"
        "Not the outcome either of us wanted. I've got a couple of FMCG roles landing next "
        "month and I'll call you about those.\n\n"
        "Ellie Brooks\n"
        "Senior Consultant – Supply Chain\n"
        "Northgate Talent | Avenue Louise 231, 1050 Brussels | +32 2 790 70 18\n\n"
        "This email and any attachments are confidential and intended solely for the "
        "addressee. Northgate Talent BV, registered in Brussels.\n"
    ),
)

# 021 -- Aldwych Foods, after panel, quoting her thank-you (Outlook block) ------------------
add(
    slug="aldwych_after_panel_quotes_thanks", lang="en", company="Aldwych Foods",
    contact="r.okafor@aldwych-foods.example.lu",
    frm=("Rachel Okafor", "r.okafor@aldwych-foods.example.lu"),
    subject="RE: Thank you – panel interview 11 September",
    date="2026-09-22 16:30 +0200", id="aldwych_rej", parent="aldwych_thanks",
    text=(
        "Dear Manon,\n\n"
        "Thank you for your kind message, and for the thoughtful answers you gave the panel.\n\n"
        "We met on Monday to compare the final candidates. On balance the panel preferred a "
        "candidate with several years of category-management exposure, so we won't be able to "
        "offer you the Purchasing Assistant position.\n\n"
        "If it helps, the panel specifically noted your supplier-waste example as a strength; "
        "I'd lead with it in future interviews.\n\n"
        "With best regards,\n"
        "Rachel Okafor\n"
        "People & Culture Lead, Aldwych Foods\n"
        "18 rue Léon Laval, L-3372 Leudelange\n\n"
        + outlook_block("en", "Manon Sithole-Garnier <manon.sg@example.be>",
                        "Friday, 11 September 2026 18:14",
                        "Rachel Okafor <r.okafor@aldwych-foods.example.lu>",
                        "Thank you – panel interview 11 September")
        + "\nDear Rachel,\n\n"
        "Thank you for this morning's panel interview. It was great to meet Mr Lentz and "
        "Ms Diaz and to hear how the buying team plans the Christmas range. I'm very keen on "
        "the role and happy to provide references.\n\n"
        "Kind regards,\nManon\n"
    ),
)

# 022 -- Crumb & Co via Ashby --------------------------------------------------------------
add(
    slug="ashby_crumb_html", lang="en", company="Crumb & Co", contact="",
    frm=("Crumb & Co Hiring", "no-reply@ashbyhq.com"),
    subject="Crumb & Co – Operations & Purchasing Assistant",
    date="2026-05-06 08:00 +0000", id="crumb_rej", parent="crumb_inv",
    html=ats_card(
        "Crumb & Co", "#92400e",
        paras(
            "Hi Manon,\n\n"
            "Thanks for making time for the intro call with our ops lead last month.\n\n"
            "We've reviewed where we are and we won't be moving your application to the next "
            "stage. We had a very strong pool and made some hard calls.\n\n"
            "All the best from the whole Crumb & Co crew."
        ),
        "You received this email because you applied through Ashby. Please do not reply.",
        lang="en",
    ),
)

# 023 -- Talbot Provisions via Workable -----------------------------------------------------
add(
    slug="workable_talbot", lang="en", company="Talbot Provisions",
    contact="",
    frm=("Talbot Provisions", "noreply@workablemail.com"),
    subject="Your application for Purchasing Assistant at Talbot Provisions",
    date="2026-03-24 14:12 +0000", cte="quoted-printable",
    text=(
        "Dear Manon Sithole-Garnier,\n\n"
        "Many thanks for applying for the Purchasing Assistant role at Talbot Provisions in "
        "Zaventem.\n\n"
        "We have now reviewed all applications and, unfortunately, we have decided not to "
        "move ahead with yours at this time.\n\n"
        "We'll keep your details on file and may get in touch should a suitable vacancy come "
        "up in the future.\n\n"
        "Best regards,\n"
        "Hiring team, Talbot Provisions\n\n"
        "-- \n"
        "This message was sent using Workable. Do not reply to this email.\n"
    ),
)

# 024 -- Printenbäckerei Kaiserstadt, Absage after interview quoting Dankesmail ---------------
add(
    slug="personio_kaiserstadt_after_interview", lang="de",
    company="Printenbäckerei Kaiserstadt", contact="m.hoven@kaiserstadt-printen.example.de",
    frm=("Miriam Hoven", "m.hoven@kaiserstadt-printen.example.de"),
    subject="AW: Vielen Dank für das Gespräch am 9. April",
    date="2026-04-20 10:04 +0200", id="kaiser_rej", parent="kaiser_thanks",
    text=(
        "Liebe Frau Sithole-Garnier,\n\n"
        "vielen Dank für Ihre freundliche Nachricht nach unserem Gespräch.\n\n"
        "Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für eine "
        "Bewerberin entschieden, die bereits Erfahrung mit unserem Warenwirtschaftssystem "
        "mitbringt und fließend Niederländisch spricht. Wir können Ihnen die Stelle als "
        "Assistenz im Einkauf daher leider nicht anbieten.\n\n"
        "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Miriam Hoven\n"
        "Personal\n"
        "Printenbäckerei Kaiserstadt GmbH & Co. KG\n"
        "Pontstraße 61, 52062 Aachen\n"
        "Tel. 0241 907 70 12\n\n"
        + attrib_de("Do., 9. Apr. 2026 um 17:45", CAND_NAME, CAND_ADDR) + "\n"
        + quote(
            "Sehr geehrte Frau Hoven,\n\n"
            "herzlichen Dank für das angenehme Vorstellungsgespräch heute und die Führung "
            "durch die Backstube. Ich freue mich auf Ihre Rückmeldung.\n\n"
            "Mit freundlichen Grüßen\nManon Sithole-Garnier"
        ) + "\n"
    ),
)

# 025 -- Rheinland Frischelogistik via softgarden, QP ---------------------------------------
add(
    slug="softgarden_rheinland_qp", lang="de", company="Rheinland Frischelogistik", contact="",
    frm=("Rheinland Frischelogistik", "noreply@softgarden.io"),
    subject="Ihre Bewerbung als Sachbearbeiter/in Einkauf (m/w/d)",
    date="2026-09-02 07:31 +0000", cte="quoted-printable", id="rheinland_rej",
    parent="rheinland_ack",
    text=(
        "Sehr geehrte Frau Sithole-Garnier,\n\n"
        "wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an unserem "
        "Unternehmen.\n\n"
        "Nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im "
        "weiteren Auswahlverfahren nicht berücksichtigen können.\n\n"
        "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.\n\n"
        "Freundliche Grüße\n"
        "Ihr Recruiting-Team der Rheinland Frischelogistik GmbH\n\n"
        "Diese Nachricht wurde automatisch über softgarden versendet.\n"
    ),
)

# 026 -- Klinikum Aachen-Soers, Stelle intern besetzt, iso-8859-1 ---------------------------
add(
    slug="klinikum_intern_besetzt_latin1", lang="de", company="Klinikum Aachen-Soers",
    contact="b.kreutz@klinikum-soers.example.de",
    frm=("Bärbel Kreutz", "b.kreutz@klinikum-soers.example.de"), frm_enc=("iso-8859-1", "Q"),
    subject="Ihre Bewerbung für die Kennziffer EK-2026-114", subj_enc=("iso-8859-1", "B"),
    date="2026-06-22 13:47 +0200", charset="iso-8859-1", cte="8bit",
    id="klinikum_rej", parent="klinikum_missed",
    text=(
        "Sehr geehrte Frau Sithole-Garnier,\n\n"
        "nach Ihrem verpassten Telefontermin hatten wir Ihnen ja einen neuen Termin in "
        "Aussicht gestellt. Inzwischen hat sich die Lage geändert: Die Stelle in der "
        "Materialwirtschaft wird mit einer Kollegin aus der Zentralsterilisation besetzt, die "
        "sich intern beworben hat. Das externe Verfahren ist damit beendet.\n\n"
        "Wir bedauern, Ihnen keine andere Nachricht geben zu können.\n\n"
        "Mit freundlichen Grüßen\n"
        "i. A. Bärbel Kreutz\n"
        "Personalabteilung - Klinikum Aachen-Soers gGmbH\n"
        "Soerser Weg 140, 52070 Aachen\n"
    ),
)

# 027 -- Personalpartner Euregio relays Bäckerei Lennartz's no ------------------------------
add(
    slug="agency_relays_lennartz", lang="de", company="Bäckerei Lennartz",
    contact="t.wirtz@personalpartner-euregio.example.de",
    frm=("Tobias Wirtz", "t.wirtz@personalpartner-euregio.example.de"),
    subject="Rückmeldung Bäckerei Lennartz",
    date="2026-06-19 15:22 +0200", id="euregio_rej", parent="euregio_missed",
    text=(
        "Hallo Frau Sithole-Garnier,\n\n"
        "ich habe heute mit Herrn Lennartz telefoniert. Nach dem geplatzten Termin letzte "
        "Woche möchte er das Verfahren mit Ihnen nicht weiterführen; er hat inzwischen eine "
        "Kandidatin aus Eschweiler eingestellt.\n\n"
        "Ich weiß, dass die Zugverbindung aus Namur schuld war, habe das auch so "
        "weitergegeben – leider ohne Erfolg. Ich melde mich, sobald ich etwas Passendes im "
        "Raum Aachen habe.\n\n"
        "Viele Grüße\n"
        "Tobias Wirtz\n"
        "Personalberater | Personalpartner Euregio GmbH\n"
        "Theaterstraße 24, 52062 Aachen | 0241 470 90 33\n"
    ),
)

# 028 -- Temporalia ETT relays Mercados Retiro's no -----------------------------------------
add(
    slug="ett_relays_mercados_retiro", lang="es", company="Mercados Retiro",
    contact="lucia.ferrer@temporalia.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@temporalia.example.es"), frm_enc=("utf-8", "Q"),
    subject="Respuesta de Mercados Retiro",
    date="2026-04-14 13:10 +0200", id="temporalia_rej", parent="temporalia_missed",
    text=(
        "Hola Manon:\n\n"
        "Te escribo porque Mercados Retiro ya nos ha dado su respuesta sobre la vacante de "
        "auxiliar de compras en su central de Vallecas. Han preferido a una persona que ya "
        "vive en Madrid y puede incorporarse el lunes, así que no seguirán contigo.\n\n"
        "Sigues dada de alta en nuestra bolsa y te aviso en cuanto salga algo parecido.\n\n"
        "Un abrazo,\n"
        "Lucía Ferrer\n"
        "Consultora de selección – Temporalia ETT, S.L.\n"
        "Calle de Alcalá 187, 28009 Madrid · 910 70 90 21\n"
    ),
)

# 029 -- Hospital Universitario del Jarama via SuccessFactors --------------------------------
add(
    slug="successfactors_jarama", lang="es", company="Hospital Universitario del Jarama",
    contact="",
    frm=("Hospital Universitario del Jarama", "noreply@successfactors.eu"),
    subject="Proceso de selección 2026-0412 – Auxiliar administrativo/a de compras",
    date="2026-05-11 09:00 +0000", id="jarama_rej", parent="jarama_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Estimada candidata:\n\n"
        "Le agradecemos su participación en el proceso de selección para el puesto de "
        "Auxiliar administrativo/a de compras (ref. 2026-0412).\n\n"
        "Una vez valorados los currículos recibidos, le comunicamos que su candidatura no ha "
        "sido seleccionada para continuar en el proceso.\n\n"
        "Atentamente,\n"
        "Departamento de Recursos Humanos\n"
        "Hospital Universitario del Jarama\n\n"
        "Este correo se ha generado automáticamente. Por favor, no responda.\n"
    ),
)

# 030 -- Obrador Castellano, terse ---------------------------------------------------------
add(
    slug="terse_obrador", lang="es", company="Obrador Castellano",
    contact="pedro@obradorcastellano.example.es",
    frm=("Pedro Sanz", "pedro@obradorcastellano.example.es"),
    subject="RE: Candidatura auxiliar de compras",
    date="2026-08-25 19:40 +0200",
    text=(
        "Buenas Manon, gracias por escribir. De momento nos quedamos con la persona que ya "
        "tenemos a prueba. Suerte.\n\n"
        "Pedro\n"
    ),
)

# 031 -- Conservas La Mancheña, base64, B-encoded subject ----------------------------------
add(
    slug="plaza_congelada_manchena_b64", lang="es", company="Conservas La Mancheña",
    contact="alicia.moreno@lamanchena.example.es",
    frm=("RRHH Conservas La Mancheña", "rrhh@lamanchena.example.es"), frm_enc=("utf-8", "B"),
    reply_to=("Alicia Moreno", "alicia.moreno@lamanchena.example.es"),
    subject="Información sobre la vacante de asistente de compras", subj_enc=("utf-8", "B"),
    date="2026-10-06 12:00 +0200", cte="base64",
    text=(
        "Estimada Sra. Sithole-Garnier:\n\n"
        "Queremos agradecerle el interés mostrado en Conservas La Mancheña.\n\n"
        "Por motivos presupuestarios, la dirección ha congelado la plaza de asistente de "
        "compras en nuestra oficina de Madrid y el proceso queda cerrado sin incorporación. "
        "No vamos a continuar con ninguna de las candidaturas.\n\n"
        "Si la plaza se recupera en 2027 la publicaremos de nuevo y podrá volver a "
        "presentarse.\n\n"
        "Saludos cordiales,\n"
        "Alicia Moreno\n"
        "Responsable de Personas – Conservas La Mancheña, S.A.\n"
        "Paseo de la Castellana 141, 28046 Madrid\n"
    ),
    html=simple_html(paras(
        "Estimada Sra. Sithole-Garnier:\n\n"
        "Queremos agradecerle el interés mostrado en Conservas La Mancheña.\n\n"
        "Por motivos presupuestarios, la dirección ha congelado la plaza de asistente de "
        "compras en nuestra oficina de Madrid y el proceso queda cerrado sin incorporación. "
        "No vamos a continuar con ninguna de las candidaturas.\n\n"
        "Si la plaza se recupera en 2027 la publicaremos de nuevo y podrá volver a "
        "presentarse.\n\n"
        "Saludos cordiales,\n"
        "Alicia Moreno\n"
        "Responsable de Personas – Conservas La Mancheña, S.A.\n"
        "Paseo de la Castellana 141, 28046 Madrid"
    ), lang="es"),
)

_ = (attrib_en, esc)
