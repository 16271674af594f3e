# ruff: noqa: C408  (hand-written message specs are dict(...) calls on purpose)
"""Corpus 280: the rejections (31), each written by hand."""

from __future__ import annotations

from msgs280_common import (
    CANDIDATE,
    ats_card,
    button,
    esc,
    mso,
    outlook,
    outlook_html,
    paras,
    quote,
    reply,
    sig,
)

K = "rejection"

SPECS: list[dict] = [
    # ------------------------------------------------------------------ French (15)
    dict(
        kind=K, slug="semnoz_teamtailor_card", lang="fr", key="r_semnoz",
        parent="a_semnoz",
        company="Téléphérique du Semnoz", contact="",
        frm=("Téléphérique du Semnoz", "no-reply@teamtailor-mail.com"),
        subject="Votre candidature – Technicien(ne) de maintenance remontées mécaniques",
        subj_enc=("utf-8", "B"),
        date="2026-10-19 07:41 +0000",
        html=ats_card(
            "Téléphérique du Semnoz",
            "#2f6f4e",
            "<p>Bonjour Gaëtan,</p>\n"
            "<p>Merci d'avoir pris le temps de postuler au poste de technicien(ne) de "
            "maintenance pour la saison d'hiver 2026-2027.</p>\n"
            "<p>Après étude attentive de l'ensemble des dossiers, nous avons le regret de "
            "vous informer que votre candidature n'a pas été retenue pour la suite du "
            "processus.</p>\n"
            "<p>Nous conservons vos informations dans notre vivier pendant 24 mois, sauf "
            "opposition de votre part, et vous souhaitons pleine réussite dans vos "
            "recherches.</p>\n"
            "<p>L'équipe recrutement<br>Téléphérique du Semnoz</p>",
            "Envoyé via Teamtailor · <a href=\"https://semnoz-teleph.example.fr/privacy\">"
            "Politique de confidentialité</a> · Ne répondez pas à ce message.",
        ),
        html_cte="base64",
    ),
    dict(
        kind=K, slug="cpsavoie_closer_match", lang="fr", key="r_cps", parent="x_cps_apply",
        company="Câbles & Pylônes Savoie", contact="m.fontanel@cpsavoie.example.fr",
        frm=("Marc Fontanel", "m.fontanel@cpsavoie.example.fr"),
        subject="Re: Candidature spontanée – planificateur maintenance (Albertville)",
        date="2026-01-29 17:05 +0100",
        text=reply(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Je reviens vers vous au sujet de votre candidature spontanée.\n\n"
            "Nous avons finalement choisi d'avancer avec des profils dont le parcours en "
            "ordonnancement de maintenance est plus proche de ce que nous recherchons pour "
            "cette création de poste. Votre expérience d'exploitant est réelle, mais elle "
            "reste à ce stade un peu éloignée de la planification pure.\n\n"
            "Je vous remercie pour l'intérêt porté à notre entreprise.\n\n"
            "Bien cordialement,\n\n"
            + sig("Marc Fontanel", "Responsable méthodes", "Câbles & Pylônes Savoie",
                  "ZA du Chiriac – 73200 Albertville", "Tél. 04 79 00 31 12"),
            "fr", "lun. 5 janv. 2026 à 08:47", "Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr",
            "Bonjour,\n\nJe me permets de vous adresser ma candidature spontanée pour un poste "
            "de planificateur maintenance. Je serais ravi d'échanger avec vous lors d'un "
            "entretien.\n\nVous trouverez mon CV en pièce jointe.\n\nCordialement,\n"
            "Gaëtan Mbeki-Lefort",
        ),
        cte="quoted-printable",
    ),
    dict(
        kind=K, slug="convoyage_role_on_hold", lang="fr", key="r_convoyage",
        parent="a_convoyage",
        company="Lyonnaise de Convoyage", contact="ines.carrasco@convoyage-lyon.example.fr",
        frm=("Lyonnaise de Convoyage", "noreply@smartrecruiters.com"),
        reply_to=("Inès Carrasco", "ines.carrasco@convoyage-lyon.example.fr"),
        subject="Point sur votre candidature : Planificateur GMAO H/F – Lyon 7e",
        date="2026-03-02 10:12 +0100",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Nous vous remercions pour votre candidature au poste de Planificateur GMAO.\n\n"
            "Suite à une réorganisation de notre service maintenance, ce recrutement est mis "
            "en suspens pour une durée indéterminée et nous ne donnerons donc pas suite aux "
            "candidatures reçues, dont la vôtre.\n\n"
            "Si le poste venait à rouvrir, nous publierions une nouvelle annonce sur notre "
            "site carrières.\n\n"
            "Pour toute question, vous pouvez répondre directement à ce message : il sera "
            "transmis à Inès Carrasco, chargée de recrutement.\n\n"
            "Cordialement,\nLyonnaise de Convoyage – Ressources humaines\n"
        ),
        html="auto",
    ),
    dict(
        kind=K, slug="ias_relays_glandon_no", lang="fr", key="r_ias", parent="s_ias",
        company="Énergies du Glandon", contact="l.granger@ias-interim.example.fr",
        frm=("Laetitia Granger | Intérim Alpes Services", "l.granger@ias-interim.example.fr"),
        name_enc=("iso-8859-1", "Q"),
        subject="Retour d'Énergies du Glandon",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-11 16:22 +0100",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Bonjour Gaëtan,\n\n"
            "J'ai eu ce matin le retour du responsable de la centrale suite à votre entretien "
            "du 3 février.\n\n"
            "Malheureusement, ils ne retiennent pas votre candidature : ils ont besoin de "
            "quelqu'un d'opérationnel tout de suite sur leur logiciel de GMAO et ont préféré "
            "un candidat qui l'utilise déjà. Ils ont apprécié votre sérieux et votre "
            "connaissance du terrain, je tenais à vous le dire.\n\n"
            "De mon côté je garde votre dossier actif, je vous rappelle dès qu'une mission "
            "correspond.\n\n"
            "Laetitia Granger\nChargée de recrutement, Intérim Alpes Services\n"
            "148 avenue de Lyon, 73000 Chambéry\n04 79 62 10 44\n"
        ),
    ),
    dict(
        kind=K, slug="ghfs_after_interview_quotes_thanks", lang="fr", key="r_ghfs",
        parent="x_ghfs_thanks",
        company="Groupe Hospitalier Fourvière Sud", contact="jerome.pasquier@ghfs.example.fr",
        frm=("Jérôme Pasquier", "jerome.pasquier@ghfs.example.fr"),
        subject="RE: Merci pour l'entretien du 9 juin",
        date="2026-06-19 12:30 +0200",
        text=reply(
            "Bonjour Gaëtan,\n\n"
            "Merci pour votre message, et encore merci d'être venu jusqu'à Lyon.\n\n"
            "Je vous dois une réponse franche : le comité a retenu une autre personne pour le "
            "poste de planificateur des travaux. Elle connaît déjà les contraintes "
            "d'un site hospitalier en activité, et c'est ce qui a fait la différence.\n\n"
            "Votre entretien était de bonne qualité ; n'hésitez pas à postuler à nouveau "
            "chez nous.\n\n"
            "Bien à vous,\n"
            + sig("Jérôme Pasquier", "Responsable maintenance et travaux",
                  "Groupe Hospitalier Fourvière Sud", "12 montée du Chemin-Neuf, 69005 Lyon",
                  "04 72 00 58 90"),
            "fr", "mar. 9 juin 2026 à 19:14", "Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr",
            "Bonjour Monsieur Pasquier,\n\nJe tenais à vous remercier pour l'entretien de ce "
            "matin et pour la visite des locaux techniques. Le poste m'intéresse vivement et "
            "je reste à votre disposition pour un second entretien si besoin.\n\n"
            "Bien cordialement,\nGaëtan Mbeki-Lefort",
        ),
        html="auto",
    ),
    dict(
        kind=K, slug="lmmf_filled_internally_terse", lang="fr",
        company="Ligne Maurienne Maintenance Ferroviaire", contact="corinne.vial@lmmf.example.fr",
        frm=("Corinne Vial", "corinne.vial@lmmf.example.fr"),
        subject="Poste d'ordonnanceur – Saint-Avre",
        date="2026-04-09 09:02 +0200",
        text=(
            "Bonjour,\n\n"
            "Le poste d'ordonnanceur a été pourvu par une mobilité interne. Nous clôturons "
            "donc le recrutement externe.\n\n"
            "Cordialement,\nC. Vial – RH LMMF\n"
        ),
    ),
    dict(
        kind=K, slug="alutarentaise_recruitee_latin1", lang="fr", key="r_alu", parent="a_alu",
        company="Aluminium Tarentaise", contact="",
        frm=("Aluminium Tarentaise", "aluminiumtarentaise@jobs.recruitee.com"),
        subject="Réponse à votre candidature (réf. MAINT-PLAN-07)",
        subj_enc=("iso-8859-1", "B"),
        date="2026-05-26 06:15 +0000",
        charset="iso-8859-1", cte="quoted-printable",
        text=(
            "Madame, Monsieur,\n\n"
            "Nous accusons réception de votre intérêt pour l'offre MAINT-PLAN-07 et vous en "
            "remercions.\n\n"
            "Nous sommes au regret de vous annoncer que nous ne sommes pas en mesure de "
            "donner une suite favorable à votre candidature. Cette décision ne remet pas en "
            "cause la qualité de votre parcours.\n\n"
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations "
            "distinguées.\n\n"
            "Direction des Ressources Humaines\nAluminium Tarentaise, usine de Venthon\n\n"
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n"
        ),
    ),
    dict(
        kind=K, slug="decolletage_casual_tutoiement", lang="fr", key="r_decol",
        parent="a_decol",
        company="Décolletage Aravis", contact="fabrice@decolletage-aravis.example.fr",
        frm=("Fabrice Perrissin", "fabrice@decolletage-aravis.example.fr"),
        subject="ta candidature chez nous",
        date="2026-07-24 18:48 +0200",
        text=(
            "Salut Gaëtan,\n\n"
            "Je te fais un petit mot plutôt que de laisser le logiciel t'envoyer son message "
            "tout fait.\n\n"
            "On a vu pas mal de monde pour le poste de planif', et au final on part sur "
            "quelqu'un qui sort de chez un sous-traitant auto, il connaît nos machines "
            "Tornos par cœur. Donc ce ne sera pas toi cette fois, désolé.\n\n"
            "Si jamais tu passes à Cluses, viens boire un café, ça me ferait plaisir.\n\n"
            "Fabrice\n"
        ),
        cte="base64",
    ),
    dict(
        kind=K, slug="semaphore_unnamed_client_no", lang="fr", key="r_semaphore",
        parent="m_semaphore",
        company="Sémaphore Recrutement", contact="aurelie.dumontet@semaphore-rh.example.fr",
        frm=("Aurélie Dumontet", "aurelie.dumontet@semaphore-rh.example.fr"),
        name_enc=("utf-8", "B"),
        subject="Mission « responsable planification » – point d'étape",
        date="2026-09-30 11:20 +0200",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Nous avons fini par faire notre point avec notre client la semaine dernière, "
            "malgré l'appel manqué du 16.\n\n"
            "Après avoir présenté votre dossier aux côtés de trois autres, notre client a "
            "décidé de poursuivre avec deux candidats qui ont déjà encadré une équipe de "
            "planification en site classé Seveso. Votre candidature ne sera donc pas "
            "présentée au second tour.\n\n"
            "Je reste convaincue que votre profil trouvera preneur dans le transport par "
            "câble, et je vous recontacterai.\n\n"
            "Très cordialement,\n\n"
            "Aurélie Dumontet\nConsultante senior – Sémaphore Recrutement\n"
            "27 quai Rambaud, 69002 Lyon\n+33 4 78 00 12 63\n\n"
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement "
            "à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir "
            "l'expéditeur et de le détruire.\n"
        ),
        html="auto-outlook",
    ),
    dict(
        kind=K, slug="cvr_icims_base64", lang="fr", key="r_cvr", parent="a_cvr",
        company="Chimie Vallée du Rhône", contact="",
        frm=("Chimie Vallée du Rhône – Talent", "cvr-chimie@talent.icims.com"),
        subject="Technicien planification arrêts techniques – décision",
        date="2026-06-22 13:58 -0400",
        cte="base64", charset="windows-1252",
        text=(
            "Bonjour Gaëtan Mbeki-Lefort,\n\n"
            "Nous vous remercions de l’intérêt que vous portez à Chimie Vallée du Rhône.\n\n"
            "Le poste « Technicien planification arrêts techniques » requiert une "
            "expérience confirmée de la préparation d’arrêts de production en industrie "
            "chimique. Au regard de ce critère, nous avons privilégié d’autres candidatures "
            "et ne pouvons pas retenir la vôtre.\n\n"
            "Nous vous invitons à consulter régulièrement nos offres : de nouveaux postes "
            "sont publiés chaque semaine sur le site de Roussillon.\n\n"
            "Bien cordialement,\nL’équipe Talent Acquisition\n"
        ),
        html="auto",
    ),
    dict(
        kind=K, slug="railleman_after_assessment_outlook_chain", lang="fr",
        key="r_railleman", parent="s_railleman",
        company="Rail Alpin Léman", contact="nadia.berthoud@railleman.example.ch",
        frm=("Berthoud Nadia (RAL)", "nadia.berthoud@railleman.example.ch"),
        subject="RE: Centre d'évaluation – planificateur de maintenance infrastructure",
        date="2026-03-04 15:37 +0100",
        text=outlook(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Je vous remercie pour votre participation au centre d'évaluation du 19 février.\n\n"
            "Le jury a délibéré. Vos résultats aux mises en situation étaient solides, mais "
            "l'exercice de planification sur SAP PM n'a pas atteint le niveau attendu pour "
            "une prise de poste immédiate. Nous ne pouvons donc pas vous proposer le poste.\n\n"
            "Si vous le souhaitez, je peux vous faire un retour détaillé par téléphone.\n\n"
            "Meilleures salutations\n\n"
            "Nadia Berthoud\nPartenaire RH – Infrastructure\nRail Alpin Léman\n"
            "Rue de Lausanne 60, 1202 Genève\n+41 22 000 47 18\n\n"
            "AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des informations "
            "confidentielles. Toute diffusion non autorisée est interdite.",
            "fr", "Berthoud Nadia (RAL) <nadia.berthoud@railleman.example.ch>",
            "jeudi 5 février 2026 10:04", "Gaëtan Mbeki-Lefort <gaetan.ml@example.fr>",
            "Centre d'évaluation – planificateur de maintenance infrastructure",
            "Bonjour,\n\nSuite à une indisponibilité de salle, le centre d'évaluation prévu "
            "le 12 février est déplacé au jeudi 19 février, 8h30, au dépôt de la Praille. "
            "Merci de confirmer votre présence à l'entretien et aux épreuves.\n\n"
            "Nadia Berthoud",
        ),
        html="auto-outlook",
        cte="quoted-printable",
    ),
    dict(
        kind=K, slug="areches_terse", lang="fr",
        company="Régie des Pistes d'Arêches", contact="b.gachet@arechespistes.example.fr",
        frm=("Bruno Gachet", "b.gachet@arechespistes.example.fr"),
        subject="candidature saison",
        date="2026-10-14 20:03 +0200",
        text="Bonjour,\nOn ne retient pas votre candidature pour la saison, équipe complète.\n"
             "Bonne continuation.\nB. Gachet\n\nEnvoyé de mon iPhone\n",
    ),
    dict(
        kind=K, slug="mip_position_cancelled", lang="fr", key="r_mip", parent="m_mip",
        company="Métallerie Isère Process", contact="s.ravanel@mip-grenoble.example.fr",
        frm=("Sophie Ravanel", "s.ravanel@mip-grenoble.example.fr"),
        subject="Suite du recrutement – planificateur maintenance",
        date="2026-07-20 08:55 +0200",
        text=(
            "Bonjour Monsieur Mbeki-Lefort,\n\n"
            "Je reviens vers vous après notre échange manqué du 7 juillet.\n\n"
            "La direction vient d'arbitrer le budget du second semestre : le poste de "
            "planificateur maintenance est supprimé et la mission sera reprise par le "
            "responsable d'atelier. Le recrutement est donc arrêté, pour vous comme pour les "
            "autres candidats.\n\n"
            "Je suis désolée de ce revirement et vous remercie pour le temps consacré.\n\n"
            "Sophie Ravanel\nAssistante RH – Métallerie Isère Process\n"
            "8 rue des Arts-et-Métiers, 38000 Grenoble\n"
        ),
        html="auto",
        html_cte="base64",
    ),
    dict(
        kind=K, slug="guiers_sf_after_phone_screen", lang="fr", key="r_guiers",
        parent="m_guiers",
        company="Papeteries du Guiers", contact="",
        frm=("Papeteries du Guiers", "recrutement-papeteries-guiers@successfactors.eu"),
        subject="Papeteries du Guiers – votre candidature Req 4471",
        date="2026-10-20 04:30 +0000",
        text=(
            "Bonjour Gaëtan,\n\n"
            "Merci pour l'intérêt que vous portez aux Papeteries du Guiers.\n\n"
            "Nous avons examiné votre profil au regard des exigences du poste "
            "« Planificateur maintenance – Req 4471 ». Nous avons le regret de vous informer "
            "que nous ne poursuivrons pas le processus avec vous.\n\n"
            "Votre profil reste visible dans notre espace candidats ; vous pouvez le mettre à "
            "jour et être alerté des nouvelles offres.\n\n"
            "Cordialement,\nService recrutement\n\n"
            "--\nLes informations contenues dans ce message sont à l'usage exclusif du "
            "destinataire. Papeteries du Guiers, Saint-Laurent-du-Pont (38).\n"
        ),
        html=ats_card(
            "Papeteries du Guiers",
            "#5a4a8a",
            "<p>Bonjour Gaëtan,</p>\n<p>Merci pour l'intérêt que vous portez aux Papeteries "
            "du Guiers.</p>\n<p>Nous avons examiné votre profil au regard des exigences du "
            "poste « Planificateur maintenance – Req 4471 ». Nous avons le regret de vous "
            "informer que nous ne poursuivrons pas le processus avec vous.</p>\n"
            "<p>Votre profil reste visible dans notre espace candidats ; vous pouvez le "
            "mettre à jour et être alerté des nouvelles offres.</p>\n"
            + button("Mon espace candidat", "https://career.example-sf.eu/guiers/profile",
                     "#5a4a8a")
            + "\n<p>Cordialement,<br>Service recrutement</p>",
            "Les informations contenues dans ce message sont à l'usage exclusif du "
            "destinataire. Papeteries du Guiers, Saint-Laurent-du-Pont (38).",
        ),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind=K, slug="sirb_letter_pdf", lang="fr",
        company="Syndicat Intercommunal des Remontées de Belledonne",
        contact="c.morand@sirb.example.fr",
        frm=("Christelle Morand", "c.morand@sirb.example.fr"),
        subject="Recrutement agent de planification – courrier de réponse",
        date="2026-07-15 14:10 +0200",
        text=(
            "Monsieur,\n\n"
            "Vous trouverez ci-joint le courrier du Président relatif à votre candidature au "
            "poste d'agent de planification des travaux (catégorie B, contractuel).\n\n"
            "Je vous en souhaite bonne réception.\n\n"
            "Christelle Morand\nPôle ressources humaines\n"
            "Syndicat Intercommunal des Remontées de Belledonne\n"
            "Mairie annexe, 38410 Chamrousse – 04 76 00 81 20\n"
        ),
        pdf=dict(
            filename="Reponse_candidature_Mbeki-Lefort.pdf",
            lines=[
                "Syndicat Intercommunal des Remontées de Belledonne",
                "Chamrousse, le 15 juillet 2026",
                "",
                "Objet : votre candidature au poste d'agent de planification",
                "",
                "Monsieur,",
                "Après examen par le jury de recrutement, j'ai le regret de vous",
                "informer que votre candidature n'a pas été retenue.",
                "Je vous prie d'agréer, Monsieur, mes salutations distinguées.",
                "",
                "Le Président",
            ],
        ),
    ),
    # ------------------------------------------------------------------ German (8)
    dict(
        kind=K, slug="innbergbahnen_after_noshow", lang="de", key="r_innberg",
        parent="m_innberg",
        company="Innbergbahnen", contact="katharina.pichler@innbergbahnen.example.at",
        frm=("Katharina Pichler", "katharina.pichler@innbergbahnen.example.at"),
        subject="Ihre Bewerbung als Instandhaltungsplaner (m/w/d)",
        date="2026-05-06 09:44 +0200",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "vielen Dank für Ihre Rückmeldung zum verpassten Gespräch am 22. April.\n\n"
            "Wir haben in der Zwischenzeit die Gespräche mit den übrigen Kandidatinnen und "
            "Kandidaten abgeschlossen und uns für eine andere Person entschieden. Einen "
            "Ersatztermin können wir Ihnen daher leider nicht mehr anbieten.\n\n"
            "Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Katharina Pichler\nHR Business Partnerin\nInnbergbahnen\n"
            "Rennweg 3, 6020 Innsbruck\nT +43 512 000 412\n"
        ),
        cte="quoted-printable",
        html="auto",
    ),
    dict(
        kind=K, slug="rhonewerk_quotes_thankyou", lang="de", key="r_rhone",
        parent="x_rhone_thanks",
        company="Rhonewerk Energie", contact="urs.brunner@rhonewerk.example.ch",
        frm=("Brunner Urs", "urs.brunner@rhonewerk.example.ch"),
        subject="AW: Dank für das Gespräch am 18. März",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-03-31 16:12 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text=reply(
            "Grüezi Herr Mbeki-Lefort\n\n"
            "Besten Dank für Ihre freundliche Nachricht.\n\n"
            "Wir haben uns die Entscheidung nicht leicht gemacht. Den Zuschlag hat am Ende "
            "ein Kandidat erhalten, der bereits in einem Wasserkraftwerk die "
            "Revisionsplanung verantwortet hat. Wir können Ihnen die Stelle deshalb nicht "
            "anbieten.\n\n"
            "Ihr Engagement und Ihre Offenheit im Gespräch haben uns gefallen.\n\n"
            "Freundliche Grüsse\n"
            "Urs Brunner\nLeiter Instandhaltung, Standort Genf\nRhonewerk Energie\n"
            "Chemin du Château-Bloch 11, 1219 Le Lignon\n+41 22 000 63 90",
            "de", "18.03.2026 um 18:20", "Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr",
            "Sehr geehrter Herr Brunner\n\nherzlichen Dank für das angenehme Gespräch heute "
            "Nachmittag und den Rundgang durch die Maschinenhalle. Ich freue mich, von Ihnen "
            "zu hören.\n\nFreundliche Grüsse\nGaëtan Mbeki-Lefort",
        ),
    ),
    dict(
        kind=K, slug="sillwerk_successfactors_html", lang="de", key="r_sillwerk",
        parent="a_sillwerk",
        company="Sillwerk Energie", contact="",
        frm=("Sillwerk Energie Karriere", "karriere-sillwerk@successfactors.eu"),
        subject="Absage: Arbeitsvorbereiter Instandhaltung (Req-ID 10388)",
        date="2026-02-06 05:02 +0000",
        html=ats_card(
            "Sillwerk Energie",
            "#c0392b",
            "<p>Sehr geehrter Herr Mbeki-Lefort,</p>\n"
            "<p>haben Sie vielen Dank für Ihr Interesse an der Position "
            "<strong>Arbeitsvorbereiter Instandhaltung</strong>.</p>\n"
            "<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, "
            "dass wir Ihre Bewerbung in diesem Auswahlverfahren nicht weiter "
            "berücksichtigen können.</p>\n"
            "<p>Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen viel Erfolg.</p>\n"
            "<p>Ihr Recruiting-Team<br>Sillwerk Energie</p>",
            "Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden "
            "nicht gelesen.",
            lang="de",
        ),
        html_charset="utf-8", html_cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind=K, slug="klinik_filled_internally", lang="de", key="r_klinik",
        parent="m_klinik",
        company="Landesklinik Mittelgebirge", contact="verena.hofer@klinik-mittelgebirge.example.at",
        frm=("Verena Hofer", "verena.hofer@klinik-mittelgebirge.example.at"),
        subject="Stelle Technische Planung – Stand",
        date="2026-09-25 13:31 +0200",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "kurz zum Stand: Die Stelle in der technischen Planung wurde inzwischen mit einer "
            "Kollegin aus unserem eigenen Haus besetzt, die sich intern beworben hat. Das "
            "externe Verfahren ist damit beendet.\n\n"
            "Danke, dass Sie sich Zeit für uns genommen haben.\n\n"
            "Beste Grüße\nVerena Hofer\nPersonalabteilung\nLandesklinik Mittelgebirge\n"
        ),
    ),
    dict(
        kind=K, slug="personaltirol_relays_brennerbahn", lang="de", key="r_ptp",
        parent="i_ptp",
        company="Brennerbahn Instandhaltung", contact="m.strolz@personaltirol.example.at",
        frm=("Martina Strolz | Personal Tirol Plus", "m.strolz@personaltirol.example.at"),
        subject="Rückmeldung Brennerbahn Instandhaltung",
        date="2026-08-28 11:06 +0200",
        text=(
            "Hallo Herr Mbeki-Lefort,\n\n"
            "ich habe heute von der Brennerbahn Instandhaltung das Feedback zum Gespräch "
            "vom 18. August bekommen.\n\n"
            "Leider entscheidet sich der Kunde gegen eine Zusammenarbeit. Ausschlaggebend "
            "war, dass für die Stelle die Eisenbahn-Sicherheitsunterweisung und "
            "Erfahrung mit Gleisbaustellen gefordert sind, die Ihnen noch fehlen.\n\n"
            "Ich melde mich, sobald ich etwas Passenderes auf dem Tisch habe – gerade im "
            "Seilbahnbereich kommt im Herbst einiges.\n\n"
            "Viele Grüße\nMartina Strolz\nPersonalberaterin\nPersonal Tirol Plus\n"
            "Museumstraße 20, 6020 Innsbruck | +43 512 000 776\n"
        ),
        cte="base64",
    ),
    dict(
        kind=K, slug="alpenseil_closer_profiles", lang="de", key="r_alpenseil",
        parent="s_alpenseil",
        company="Alpenseil Technik", contact="",
        frm=("Alpenseil Technik", "alpenseil-technik@mail.personio.de"),
        subject="Ihre Bewerbung bei Alpenseil Technik - Rückmeldung",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-06-16 07:00 +0000",
        text=(
            "Hallo Gaëtan,\n\n"
            "danke für das Gespräch und Ihre Zeit in den letzten Wochen.\n\n"
            "Wir haben alle Bewerbungen sorgfältig verglichen und uns entschieden, den "
            "Prozess mit Personen weiterzuführen, deren Profile den Anforderungen der Rolle "
            "noch genauer entsprechen. Wir wissen, dass das keine schöne Nachricht ist.\n\n"
            "Alles Gute für Ihre Suche!\nDas People-Team von Alpenseil Technik\n"
        ),
        html="auto",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind=K, slug="wipptal_casual_du", lang="de",
        company="Hydraulik Wipptal", contact="stefan@hydraulik-wipptal.example.at",
        frm=("Stefan Kofler", "stefan@hydraulik-wipptal.example.at"),
        subject="kurz wegen der Stelle",
        date="2026-05-13 21:17 +0200",
        text=(
            "Hey Gaëtan,\n\n"
            "kurz und ehrlich, weil ich's selber hasse, ewig nix zu hören: Wir nehmen "
            "jemanden aus Matrei, der schon bei uns Ferialjobs gemacht hat. Du warst knapp "
            "dahinter, aber eben dahinter.\n\n"
            "Nimm's nicht persönlich, und wenn im Winter wieder was aufgeht, schreib ich "
            "dir.\n\n"
            "Stefan\n"
        ),
    ),
    dict(
        kind=K, slug="arlberg_softgarden_on_ice", lang="de", key="r_arlberg",
        parent="a_arlberg",
        company="Kältetechnik Arlberg", contact="",
        frm=("Kältetechnik Arlberg über softgarden", "noreply@softgarden.io"),
        subject="Stelle Servicetechniker/Planer – Verfahren pausiert",
        date="2026-09-21 10:45 +0200",
        charset="windows-1252", cte="quoted-printable",
        text=(
            "Sehr geehrter Herr Mbeki-Lefort,\n\n"
            "wir melden uns zu Ihrer Bewerbung für die Stelle „Servicetechniker/Planer "
            "Kälteanlagen“.\n\n"
            "Aufgrund einer geänderten Auftragslage wird die Stelle vorerst auf Eis gelegt. "
            "Wir führen das Auswahlverfahren nicht weiter und werden uns auch zu einem "
            "späteren Zeitpunkt nicht erneut zu dieser Ausschreibung melden.\n\n"
            "Sollten Sie Fragen haben, wenden Sie sich bitte an "
            "bewerbung@kaelte-arlberg.example.at.\n\n"
            "Freundliche Grüße\nKältetechnik Arlberg – Personal\n"
        ),
    ),
    # ------------------------------------------------------------------ English (4)
    dict(
        kind=K, slug="ferrovie_greenhouse_quotes_thanks", lang="en", key="r_ferrovie",
        parent="x_ferrovie_thanks",
        company="Ferrovie Subalpine", contact="chiara.bellandi@ferroviesubalpine.example.it",
        frm=("Chiara Bellandi via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Chiara Bellandi", "chiara.bellandi@ferroviesubalpine.example.it"),
        subject="Re: Thank you – Maintenance Planner interview",
        date="2026-06-05 14:26 +0200",
        text=reply(
            "Hi Gaëtan,\n\n"
            "Thanks a lot for your note, it was a pleasure to meet you too.\n\n"
            "I'm sorry to say we won't be moving you to the final stage. The team felt "
            "that the role needs someone who has already run rolling-stock maintenance "
            "plans under ECM rules, and that gap was too wide for us to bridge in the "
            "timeframe we have.\n\n"
            "I know this is disappointing after the effort you put in. If a junior planning "
            "seat opens in the Orbassano depot I'll reach out.\n\n"
            "All the best,\nChiara\n\n"
            "Chiara Bellandi | Talent Partner | Ferrovie Subalpine\n"
            "Corso Vittorio Emanuele II 98, 10121 Torino",
            "en", "Wed, 27 May 2026 at 19:02", "Gaëtan Mbeki-Lefort", "gaetan.ml@example.fr",
            "Dear Chiara,\n\nThank you for arranging the interview with Mr Gallo and the "
            "depot team today. I enjoyed the discussion about the winter timetable "
            "and I'm still very keen on the role.\n\nKind regards,\nGaëtan",
        ),
        html="auto",
    ),
    dict(
        kind=K, slug="torinolift_lever_no_feedback", lang="en", key="r_torinolift",
        parent="a_torinolift",
        company="Torino Lift Systems", contact="",
        frm=("Torino Lift Systems", "no-reply@hire.lever.co"),
        subject="Your application to Torino Lift Systems",
        date="2026-04-30 16:00 +0000",
        text=(
            "Dear Gaëtan,\n\n"
            "Thank you for applying for the Field Maintenance Planner position.\n\n"
            "We received a large number of applications and, after careful review, we have "
            "decided not to progress your application on this occasion. Because of the "
            "volume involved we are unable to provide individual feedback.\n\n"
            "We wish you every success in your search.\n\n"
            "Torino Lift Systems Talent Team\n"
        ),
        html="auto",
        html_cte="base64",
    ),
    dict(
        kind=K, slug="piemonte_ashby_position_filled", lang="en", key="r_piemonte",
        parent="m_piemonte",
        company="Piemonte Energy Services", contact="giulia.ferraris@piemonte-energy.example.it",
        frm=("Giulia Ferraris", "giulia.ferraris@piemonte-energy.example.it"),
        subject="Maintenance Scheduler – update",
        date="2026-07-28 10:05 +0200",
        text=(
            "Hello Gaëtan,\n\n"
            "Following up after we missed each other on the 14th: the Maintenance Scheduler "
            "position has now been filled, so we are closing the process and won't be "
            "rescheduling.\n\n"
            "Thank you for your interest in Piemonte Energy Services.\n\n"
            "Best regards,\nGiulia Ferraris\nHR Specialist\nPiemonte Energy Services\n"
            "Via Nizza 150, 10126 Torino | +39 011 000 2291\n\n"
            "This e-mail and any attachments are confidential and may be legally privileged. "
            "If you are not the intended recipient, please notify the sender and delete it.\n"
        ),
    ),
    dict(
        kind=K, slug="ardent_unnamed_client_terse", lang="en",
        company="Ardent Search", contact="oliver.pratt@ardentsearch.example.it",
        frm=("Oliver Pratt", "oliver.pratt@ardentsearch.example.it"),
        subject="re the utilities planner brief",
        date="2026-10-08 08:12 +0200",
        text=(
            "Gaëtan – quick one. My client on the utilities brief has gone another way, "
            "they hired someone with a NEBOSH cert. Not one for you this time. Will keep "
            "you in mind.\n\nOliver\nArdent Search, Torino\n"
        ),
    ),
    # ------------------------------------------------------------------ Spanish (4)
    dict(
        kind=K, slug="eolica_teamtailor_after_call", lang="es", key="r_eolica",
        parent="i_eolica",
        company="Eólica Cantábrica", contact="iker.goikoetxea@eolicacantabrica.example.es",
        frm=("Eólica Cantábrica", "no-reply@teamtailor-mail.com"),
        reply_to=("Iker Goikoetxea", "iker.goikoetxea@eolicacantabrica.example.es"),
        subject="Tu candidatura a Planificador/a de mantenimiento – Eólica Cantábrica",
        subj_enc=("utf-8", "Q"),
        date="2026-10-02 12:40 +0200",
        text=(
            "Hola Gaëtan:\n\n"
            "Gracias por la conversación telefónica de la semana pasada y por tu interés en "
            "Eólica Cantábrica.\n\n"
            "Hemos decidido seguir adelante con otras personas cuyo perfil se ajusta mejor a "
            "lo que necesitamos en este momento, sobre todo en planificación de parques "
            "offshore. Por ello no continuaremos con tu candidatura.\n\n"
            "Si tienes cualquier duda, puedes responder a este correo y le llegará a Iker "
            "Goikoetxea.\n\n"
            "Un saludo,\nEquipo de Personas – Eólica Cantábrica\n"
        ),
        html=ats_card(
            "Eólica Cantábrica",
            "#00857c",
            paras(
                "Hola Gaëtan:\n\n"
                "Gracias por la conversación telefónica de la semana pasada y por tu interés "
                "en Eólica Cantábrica.\n\n"
                "Hemos decidido seguir adelante con otras personas cuyo perfil se ajusta "
                "mejor a lo que necesitamos en este momento, sobre todo en planificación de "
                "parques offshore. Por ello no continuaremos con tu candidatura.\n\n"
                "Si tienes cualquier duda, puedes responder a este correo y le llegará a "
                "Iker Goikoetxea.\n\n"
                "Un saludo,\nEquipo de Personas – Eólica Cantábrica"
            ),
            "Enviado con Teamtailor",
            lang="es",
        ),
    ),
    dict(
        kind=K, slug="zorrotza_taleo_formal", lang="es", key="r_zorrotza", parent="a_zorrotza",
        company="Forjas Zorrotza", contact="",
        frm=("Forjas Zorrotza - Selección", "forjaszorrotza@taleo.net"),
        subject="Proceso de selección 2600145 - Técnico/a de planificación de mantenimiento",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-10 09:00 +0100",
        charset="iso-8859-1", cte="8bit",
        text=(
            "Estimado/a Gaëtan Mbeki-Lefort:\n\n"
            "Le agradecemos su participación en el proceso de selección 2600145.\n\n"
            "Una vez analizadas todas las candidaturas, le comunicamos que su perfil no ha "
            "sido seleccionado para continuar en las siguientes fases.\n\n"
            "Sus datos permanecerán en nuestra base de datos durante el plazo previsto en "
            "nuestra política de privacidad.\n\n"
            "Atentamente,\nDepartamento de Recursos Humanos\nForjas Zorrotza\n\n"
            "Este mensaje se ha generado automáticamente. Por favor, no responda.\n"
        ),
    ),
    dict(
        kind=K, slug="talento_relays_deusto_no", lang="es", key="r_talento",
        parent="s_talento",
        company="Logística Ferroviaria Deusto", contact="ane.urrutia@talentobizkaia.example.es",
        frm=("Ane Urrutia", "ane.urrutia@talentobizkaia.example.es"),
        name_enc=("utf-8", "Q"),
        subject="RE: Entrevista en Logística Ferroviaria Deusto",
        date="2026-03-24 17:48 +0100",
        text=outlook(
            "Hola Gaëtan,\n\n"
            "Ya tengo respuesta de Logística Ferroviaria Deusto. Me dicen que la entrevista "
            "fue bien, pero al final se quedan con un candidato que viene de otra terminal "
            "de mercancías y que puede incorporarse el mes que viene. Así que esta vez no "
            "ha podido ser.\n\n"
            "Sigo moviendo tu perfil con otros clientes del sector ferroviario y te llamo "
            "en cuanto tenga algo.\n\n"
            "Un abrazo,\nAne Urrutia\nConsultora – Talento Bizkaia\n"
            "Alameda de Urquijo 12, 48008 Bilbao · 944 00 21 37",
            "es", "Ane Urrutia <ane.urrutia@talentobizkaia.example.es>",
            "viernes, 6 de marzo de 2026 9:15", "gaetan.ml@example.fr",
            "Entrevista en Logística Ferroviaria Deusto",
            "Hola Gaëtan, te confirmo el cambio de hora: la entrevista del martes 10 pasa a "
            "las 12:30 en lugar de las 10:00, mismo sitio (muelle 3, edificio de "
            "oficinas).\n\nAne",
        ),
        html="auto-outlook",
    ),
    dict(
        kind=K, slug="metroibaizabal_process_cancelled", lang="es", key="r_metro",
        parent="m_metro",
        company="Metro Ibaizabal Mantenimiento", contact="jetxeberria@metroibaizabal.example.es",
        frm=("Jon Etxeberria", "jetxeberria@metroibaizabal.example.es"),
        subject="Cierre del proceso - planificador de mantenimiento",
        date="2026-05-05 13:15 +0200",
        cte="quoted-printable",
        text=(
            "Buenas tardes, Gaëtan:\n\n"
            "Te escribo para cerrar el proceso de planificador de mantenimiento. La "
            "dirección ha decidido amortizar la plaza dentro del nuevo plan de "
            "contratación, de modo que el proceso queda cancelado y no seguiremos con "
            "ninguna candidatura, incluida la tuya.\n\n"
            "Siento que no pudiéramos hablar el día 21.\n\n"
            "Saludos,\nJon Etxeberria\nJefe de Planificación\nMetro Ibaizabal Mantenimiento\n"
            "Cocheras de Ariz, 48970 Basauri\n"
        ),
        html="auto",
    ),
]

_ = (CANDIDATE, esc, mso, outlook_html, quote)
