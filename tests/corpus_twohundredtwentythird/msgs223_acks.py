"""Corpus 223: applications received (21) and offers (10), hand-written."""

# ruff: noqa: C408  (each message is a dict(...) call: keyword specs read like a form)

from __future__ import annotations

from msgs223_common import ats_card, outlook_html, simple_html

AUTO = [("Auto-Submitted", "auto-generated")]

MESSAGES: list[dict] = [
    # ============================== application received =======================================
    # --- French ---
    dict(
        key="ack_marq", kind="application_received", name="marquessac_teamtailor", lang="fr",
        company="Château Marquessac", contact="",
        frm=("Château Marquessac", "no-reply@teamtailor-mail.com"),
        subject="Merci pour votre candidature – Responsable export pays nordiques",
        date="2026-05-04 09:02", headers=AUTO,
        text="""Bonjour Gaspard,

Merci d'avoir postulé au poste de Responsable export pays nordiques au Château Marquessac. Nous avons bien reçu votre dossier.

Notre équipe va l'étudier avec attention et reviendra vers vous dans les prochaines semaines, quelle que soit l'issue.

À bientôt,
L'équipe du Château Marquessac
""",
        html=ats_card("Château Marquessac – Pessac-Léognan", """Bonjour Gaspard,

Merci d'avoir postulé au poste de Responsable export pays nordiques au Château Marquessac. Nous avons bien reçu votre dossier.

Notre équipe va l'étudier avec attention et reviendra vers vous dans les prochaines semaines, quelle que soit l'issue.

À bientôt,
L'équipe du Château Marquessac""", button=("Voir nos offres", "https://marquessac.teamtailor.com/jobs"),
            footer="Propulsé par Teamtailor. Gérer mes données personnelles : https://marquessac.teamtailor.com/connect"),
    ),
    dict(
        key="ack_cell", kind="application_received", name="cellier_cannot_reply_individually",
        lang="fr", company="Cellier Atlantique Distribution", contact="",
        frm=("Cellier Atlantique Distribution", "no-reply@smartrecruiters.com"),
        subject="Nous avons bien reçu votre candidature",
        date="2026-03-25 22:41", tz="utc", headers=AUTO,
        text="""Bonjour Gaspard,

Merci pour votre candidature au poste de Key Account Manager CHR (Paris). Elle a bien été enregistrée.

Nous recevons un grand nombre de candidatures et ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos besoins, un membre de l'équipe vous contactera dans les trois semaines.

Merci de votre intérêt pour Cellier Atlantique Distribution.

L'équipe Talent
""",
        html=ats_card("Cellier Atlantique Distribution", """Bonjour Gaspard,

Merci pour votre candidature au poste de Key Account Manager CHR (Paris). Elle a bien été enregistrée.

Nous recevons un grand nombre de candidatures et ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos besoins, un membre de l'équipe vous contactera dans les trois semaines.

Merci de votre intérêt pour Cellier Atlantique Distribution.

L'équipe Talent""", colour="#1d3b5a", footer="Powered by SmartRecruiters."),
    ),
    dict(
        key="ack_alterna", kind="application_received", name="alterna_registration_confirmed",
        lang="fr", company="Alterna Intérim", contact="",
        frm=("Alterna Intérim", "ne-pas-repondre@alterna-interim.example.fr"),
        subject="Votre inscription chez Alterna Intérim est confirmée",
        date="2026-01-12 18:03", headers=AUTO,
        text="""Bonjour Gaspard Lindqvist-Mensah,

Votre inscription en ligne auprès de l'agence Alterna Intérim Bordeaux Mériadeck est bien enregistrée. Votre CV et vos disponibilités ont été transmis à nos chargés de recrutement.

Prochaine étape : un entretien d'inscription à l'agence, le jeudi 15 janvier à 14h00, avec Nadia Belkacem. Pensez à apporter une pièce d'identité, votre carte Vitale et un RIB.

À très bientôt,
Alterna Intérim – 22 rue du Château-d'Eau, 33000 Bordeaux

Ceci est un message automatique, merci de ne pas y répondre.
""",
    ),
    dict(
        key="ack_hemery", kind="application_received", name="hemery_cv_received", lang="fr",
        company="Cabinet Hémery & Associés", contact="sarah.lopes@hemery-rh.example.fr",
        frm=("Sarah Lopes", "sarah.lopes@hemery-rh.example.fr"),
        subject="Re: Votre profil – opportunités export",
        date="2026-01-13 11:20", parent="cold_hemery",
        text="""Bonjour Monsieur Lindqvist-Mensah,

Nous avons bien reçu votre CV, transmis en réponse au message d'Antoine Vidalenc, et nous vous en remercions.

Antoine étant en déplacement cette semaine, il prendra connaissance de votre dossier à son retour et vous recontactera s'il correspond à l'une des missions en cours.

Bien cordialement,

Sarah Lopes
Assistante de recherche
Cabinet Hémery & Associés – 27 cours de l'Intendance, 33000 Bordeaux
05 56 48 30 71
""",
    ),
    dict(
        key="ack_brem", kind="application_received", name="bremond_taleo_reference", lang="fr",
        company="Maison Brémond Frères", contact="",
        frm=("Maison Brémond Frères – Recrutement", "bremondfreres@taleo.net"),
        name_enc=("utf-8", "B"), subj_enc=("utf-8", "B"),
        subject="Accusé de réception – Responsable de zone export Amériques (réf. 2026-0187)",
        date="2026-03-16 03:50", tz="ny", headers=AUTO,
        text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste « Responsable de zone export Amériques » (réf. 2026-0187) et vous remercions de l'intérêt que vous portez à la Maison Brémond Frères.

Votre dossier sera étudié par la Direction des Ressources Humaines et le manager concerné. Vous pouvez suivre son avancement depuis votre espace candidat.

La Direction des Ressources Humaines
Maison Brémond Frères – Cognac

Merci de ne pas répondre à ce courriel généré automatiquement.
""",
    ),
    dict(
        key="ack_uvbe", kind="application_received", name="uvbe_human_acknowledgement", lang="fr",
        company="Union des Vins de Bordeaux à l'Export", contact="f.aubigeon@uvbe.example.fr",
        frm=("Florence Aubigeon", "f.aubigeon@uvbe.example.fr"),
        subject="RE: Candidature – Chargé de mission marchés export Europe du Nord",
        date="2026-03-02 09:17", parent="cand_app_uvbe", quote=("cand_app_uvbe", "outlook"),
        text="""Monsieur,

J'accuse bonne réception de votre candidature et de votre lettre de motivation pour le poste de chargé de mission marchés export – Europe du Nord.

La date limite de dépôt est fixée au 13 mars ; le jury se réunira la semaine suivante pour présélectionner les dossiers, et chaque candidat sera informé de la suite par courriel.

Cordialement,

Florence Aubigeon
Responsable ressources humaines
Union des Vins de Bordeaux à l'Export
""",
    ),
    dict(
        key="ack_perr", kind="application_received", name="perraudin_recruitee_html_only", lang="fr",
        company="Maison Perraudin", contact="",
        frm=("Maison Perraudin", "no-reply@jobs.recruitee.com"),
        subject="Candidature reçue : Responsable grands comptes",
        date="2026-09-01 20:30", headers=AUTO, html_cte="b64",
        html=ats_card("Maison Perraudin – Cavistes depuis 1928", """Bonjour Gaspard,

Nous avons bien reçu votre candidature pour le poste de Responsable grands comptes (Paris).

Nos équipes l'examinent et reviendront vers vous rapidement. En attendant, découvrez nos boutiques et nos sélections du moment.

À bientôt,
L'équipe recrutement de Maison Perraudin""", button=("Découvrir Maison Perraudin", "https://perraudin.recruitee.com"),
            footer="Envoyé via Recruitee. Vous recevez ce message parce que vous avez postulé chez Maison Perraudin.",
            colour="#7a1f2b"),
    ),
    dict(
        key="ack_delo", kind="application_received", name="delorme_ancelin_successfactors", lang="fr",
        company="Champagne Delorme-Ancelin", contact="",
        frm=("Delorme-Ancelin Carrières", "careers-noreply@successfactors.eu"),
        subject="Confirmation de réception de votre candidature",
        date="2026-02-03 14:09", headers=AUTO, cte="b64",
        text="""Cher candidat, chère candidate,

Merci pour votre candidature au poste de Chargé(e) de clientèle export Asie (réf. 4471). Nous confirmons qu'elle a bien été reçue et transmise à l'équipe de recrutement de Champagne Delorme-Ancelin.

Nous reviendrons vers vous dès que l'étude des dossiers sera terminée.

Service Recrutement
Champagne Delorme-Ancelin

Ce message est envoyé automatiquement par notre système de gestion des candidatures.
""",
    ),
    dict(
        key="ack_oeno", kind="application_received", name="oenoport_human_will_read_weekend",
        lang="fr", company="Oenoport Export", contact="camille.teyssier@oenoport.example.fr",
        frm=("Camille Teyssier", "camille.teyssier@oenoport.example.fr"),
        subject="Re: Candidature spontanée – export Amérique du Nord",
        date="2026-07-13 19:52", parent="cand_app_oeno", quote=("cand_app_oeno", "gmail"),
        text="""Bonsoir Gaspard,

Bien reçu, merci ! Je suis en salon jusqu'à vendredi, je lis tout ça ce week-end au calme et je vous réponds la semaine prochaine.

Camille

Camille Teyssier
Fondatrice – Oenoport Export
06 58 31 02 77
""",
    ),
    dict(
        key="ack_lorg", kind="application_received", name="lorgeril_vasseur_bamboohr", lang="fr",
        company="Maison Lorgeril-Vasseur", contact="",
        frm=("Maison Lorgeril-Vasseur", "notifications@app.bamboohr.com"),
        subject="Maison Lorgeril-Vasseur a bien reçu votre candidature",
        date="2026-09-07 06:14", tz="ny", headers=AUTO,
        text="""Bonjour Gaspard,

Merci d'avoir postulé au poste de Responsable export Europe du Nord chez Maison Lorgeril-Vasseur, négociant-éleveur à Beaune.

Votre candidature a bien été reçue. Si votre profil correspond à nos attentes, nous vous contacterons pour organiser un premier échange.

Cordialement,
Maison Lorgeril-Vasseur
""",
    ),
    # --- English ---
    dict(
        key="ack_hp", kind="application_received", name="hawthorne_pryce_greenhouse", lang="en",
        company="Hawthorne & Pryce Wine Merchants", contact="",
        frm=("Hawthorne & Pryce Wine Merchants", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Hawthorne & Pryce",
        date="2026-01-20 22:05", tz="london", headers=AUTO,
        text="""Hi Gaspard,

Thanks for applying for the Export Sales Executive – France & Benelux role at Hawthorne & Pryce. Your application has been received and our team will review it shortly.

If your experience is a match, a member of the team will be in touch about next steps.

Best,
The Hawthorne & Pryce Talent Team
""",
    ),
    dict(
        key="ack_dufr", kind="application_received", name="dufresne_workday_b64", lang="en",
        company="Maison Dufresne-Lacoste", contact="",
        frm=("Maison Dufresne-Lacoste", "dufresnelacoste@myworkday.com"),
        subject="Thank you for your application – Brand Ambassador Export (R-0412)",
        date="2026-02-09 06:33", tz="pacific", cte="b64", headers=AUTO,
        text="""Dear Gaspard Lindqvist-Mensah,

Thank you for applying for the Brand Ambassador Export position (R-0412) at Maison Dufresne-Lacoste.

We confirm that your application has been successfully submitted. Our Talent Acquisition team will review your profile and contact you if your qualifications match the requirements of the role.

You can check the status of your application at any time in your candidate home.

Kind regards,
Talent Acquisition – Maison Dufresne-Lacoste

This is a system-generated message. Please do not reply.
""",
    ),
    dict(
        key="ack_bw", kind="application_received", name="blackwell_lever", lang="en",
        company="Blackwell Vintners", contact="",
        frm=("Blackwell Vintners", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Blackwell Vintners",
        date="2026-02-02 01:47", tz="pacific", headers=AUTO,
        text="""Hi Gaspard,

Thanks for your interest in the Trade Sales Executive role at Blackwell Vintners. We've received your application and will be reviewing it over the coming weeks.

Blackwell Vintners
""",
    ),
    dict(
        key="ack_north", kind="application_received", name="northgate_icims_no_individual_reply",
        lang="en", company="Northgate Wine Agencies", contact="",
        frm=("Northgate Wine Agencies Careers", "careers-noreply@talent.icims.com"),
        subject="We have received your application",
        date="2026-08-10 04:20", tz="ny", headers=AUTO,
        text="""Dear Gaspard,

Thank you for applying for the position of Regional Account Manager – South West at Northgate Wine Agencies.

We receive a large number of applications and, unfortunately, we cannot reply to every applicant individually. If you are shortlisted, a member of our team will contact you within 14 days.

Northgate Wine Agencies – People Team
""",
    ),
    dict(
        key="ack_vine", kind="application_received", name="vine_talent_registration", lang="en",
        company="Vine Talent Partners", contact="",
        frm=("Vine Talent Partners", "noreply@vinetalent.example.co.uk"),
        subject="You're registered with Vine Talent Partners",
        date="2026-03-04 08:30", tz="london", headers=AUTO,
        text="""Hi Gaspard,

Welcome to Vine Talent Partners. Your registration is complete and your CV is now visible to our wine and spirits consultants.

Your consultant is James Okafor. He will be in touch when a role matches your profile; there is no need to apply separately for each vacancy.

Vine Talent Partners
27 Clerkenwell Close, London EC1R 0AT
""",
    ),
    # --- German ---
    dict(
        key="ack_stein", kind="application_received", name="steinreuth_personio", lang="de",
        company="Weingut Steinreuth", contact="",
        frm=("Weingut Steinreuth", "noreply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-03-23 20:12", headers=AUTO, parent="cand_app_stein",
        text="""Sehr geehrter Herr Lindqvist-Mensah,

vielen Dank für Ihre Bewerbung als Mitarbeiter Exportvertrieb Skandinavien (m/w/d). Ihre Unterlagen sind bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Weingut Steinreuth

Diese E-Mail wurde automatisch erstellt.
""",
    ),
    dict(
        key="ack_pw", kind="application_received", name="personalwerk_registration_latin1", lang="de",
        company="Personalwerk Trier", contact="m.weber@personalwerk-trier.example.de",
        frm=("Melanie Weber", "m.weber@personalwerk-trier.example.de"),
        subject="Ihre Registrierung bei Personalwerk Trier", subj_enc=("iso-8859-1", "B"),
        date="2026-03-09 13:46", charset="iso-8859-1", cte="qp",
        text="""Sehr geehrter Herr Lindqvist-Mensah,

vielen Dank für Ihre Registrierung bei Personalwerk Trier. Ihren Lebenslauf und Ihre Gehaltsvorstellung haben wir erhalten und in unsere Bewerberdatenbank aufgenommen.

Sobald wir einen passenden Einsatz im Weinhandel oder bei einer Kellerei an der Mosel haben, melde ich mich bei Ihnen.

Mit freundlichen Grüßen
Melanie Weber
Personaldisponentin
Personalwerk Trier, Paulinstraße 33, 54292 Trier
Tel. 0651 145 88 20
""",
    ),
    dict(
        key="ack_zelt", kind="application_received", name="zeltinger_hof_softgarden", lang="de",
        company="Moselkellerei Zeltinger Hof", contact="",
        frm=("Moselkellerei Zeltinger Hof", "noreply@softgarden.io"),
        subject="Vielen Dank für Ihre Bewerbung",
        date="2026-06-08 10:55", headers=AUTO,
        text="""Sehr geehrter Herr Lindqvist-Mensah,

wir haben Ihre Bewerbung als Vertriebsmitarbeiter Export (m/w/d) erhalten und freuen uns über Ihr Interesse.

Bitte haben Sie etwas Geduld: Wir sichten alle Unterlagen und geben Ihnen innerhalb von drei Wochen eine Rückmeldung.

Ihr Personalteam der Moselkellerei Zeltinger Hof
""",
        html=ats_card("Moselkellerei Zeltinger Hof", """Sehr geehrter Herr Lindqvist-Mensah,

wir haben Ihre Bewerbung als Vertriebsmitarbeiter Export (m/w/d) erhalten und freuen uns über Ihr Interesse.

Bitte haben Sie etwas Geduld: Wir sichten alle Unterlagen und geben Ihnen innerhalb von drei Wochen eine Rückmeldung.

Ihr Personalteam der Moselkellerei Zeltinger Hof""", lang="de", colour="#3f5e2a",
            footer="Diese Nachricht wurde automatisch über softgarden versendet."),
    ),
    # --- Spanish ---
    dict(
        key="ack_vald", kind="application_received", name="valdemira_human_received", lang="es",
        company="Bodegas Valdemira", contact="begona.arrieta@valdemira.example.es",
        frm=("Begoña Arrieta", "begona.arrieta@valdemira.example.es"),
        subject="Candidatura Export Manager",
        date="2026-06-01 12:18",
        text="""Buenos días, Gaspard:

Te confirmo que hemos recibido tu candidatura para el puesto de Export Manager. Se la paso hoy mismo a Íñigo Sáenz de Ugarte, nuestro director comercial, que es quien lleva el proceso.

Te diremos algo en cuanto la haya revisado.

Un saludo,
Begoña Arrieta
Administración – Bodegas Valdemira
""",
    ),
    dict(
        key="ack_temp", kind="application_received", name="temporis_registration", lang="es",
        company="Grupo Temporis", contact="",
        frm=("Grupo Temporis", "no-contestar@temporis.example.es"),
        subject="Registro completado en Grupo Temporis",
        date="2026-04-13 16:00", headers=AUTO,
        text="""Hola Gaspard:

Tu registro en Grupo Temporis se ha completado correctamente y tu currículum ya está en nuestra base de datos.

Una de nuestras consultoras te llamará el jueves 16 de abril a las 10:00 para una breve entrevista telefónica de preselección.

Gracias por confiar en nosotros.
Grupo Temporis ETT – Oficina de Logroño

Este correo se ha generado automáticamente; por favor, no respondas a esta dirección.
""",
    ),
    dict(
        key="ack_naj", kind="application_received", name="najerilla_workable", lang="es",
        company="Viñedos del Najerilla", contact="",
        frm=("Viñedos del Najerilla", "noreply@workablemail.com"),
        subject="Hemos recibido tu candidatura",
        date="2026-05-18 17:42", headers=AUTO,
        text="""Hola Gaspard,

Gracias por presentar tu candidatura para el puesto de Técnico Comercial Exportación en Viñedos del Najerilla.

Nuestro equipo la revisará con atención y, si tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
El equipo de Viñedos del Najerilla
""",
    ),
    # ============================== offers =======================================================
    # --- French ---
    dict(
        key="offer_marq", kind="offer", name="marquessac_offer_letter_pdf", lang="fr",
        company="Château Marquessac", contact="py.dalmas@marquessac.example.fr",
        frm=("Pierre-Yves Dalmas", "py.dalmas@marquessac.example.fr"),
        cc=[("Claire Fonteneau", "claire.fonteneau@marquessac.example.fr")],
        subject="Proposition d'embauche – Responsable export pays nordiques",
        date="2026-06-09 11:20",
        text="""Cher Gaspard,

Suite à nos deux entretiens, j'ai le grand plaisir de vous proposer le poste de Responsable export pays nordiques au Château Marquessac.

Vous trouverez ci-joint notre proposition d'embauche détaillée : CDI au statut cadre, rémunération fixe de 44 000 € bruts annuels plus une part variable sur objectifs, véhicule de fonction, prise de poste souhaitée le 1er septembre 2026.

Nous serions heureux de recevoir votre réponse d'ici le 19 juin. Claire reste à votre disposition pour toute question pratique.

Bien cordialement,

Pierre-Yves Dalmas
Directeur commercial
Château Marquessac – 12 chemin de Bourran, 33600 Pessac
06 09 52 38 14

Ce message est confidentiel et destiné uniquement à son destinataire.
""",
        html=outlook_html("""Cher Gaspard,

Suite à nos deux entretiens, j'ai le grand plaisir de vous proposer le poste de Responsable export pays nordiques au Château Marquessac.

Vous trouverez ci-joint notre proposition d'embauche détaillée : CDI au statut cadre, rémunération fixe de 44 000 € bruts annuels plus une part variable sur objectifs, véhicule de fonction, prise de poste souhaitée le 1er septembre 2026.

Nous serions heureux de recevoir votre réponse d'ici le 19 juin. Claire reste à votre disposition pour toute question pratique.

Bien cordialement,

Pierre-Yves Dalmas
Directeur commercial
Château Marquessac – 12 chemin de Bourran, 33600 Pessac
06 09 52 38 14

Ce message est confidentiel et destiné uniquement à son destinataire."""),
        attach=[dict(filename="Proposition_embauche_G_Lindqvist-Mensah.pdf", pdf=dict(
            title="Proposition d'embauche",
            lines=["Château Marquessac", "Pessac, le 9 juin 2026", "",
                   "Objet : proposition d'embauche", "",
                   "Monsieur Gaspard Lindqvist-Mensah,",
                   "Nous avons le plaisir de vous proposer le poste de",
                   "Responsable export pays nordiques, en CDI, statut cadre.",
                   "Rémunération fixe : 44 000 EUR bruts annuels + variable.",
                   "Date d'entrée : 1er septembre 2026.",
                   "Réponse souhaitée avant le 19 juin 2026.", "",
                   "Pierre-Yves Dalmas, directeur commercial"]))],
    ),
    dict(
        key="offer_hemery", kind="offer", name="hemery_client_wants_to_offer", lang="fr",
        company="Les Grands Chais de l'Estuaire", contact="a.vidalenc@hemery-rh.example.fr",
        frm=("Antoine Vidalenc - Cabinet Hémery & Associés", "a.vidalenc@hemery-rh.example.fr"),
        name_enc=("iso-8859-1", "Q"),
        subject="Les Grands Chais de l'Estuaire : une offre pour vous",
        date="2026-03-05 18:44",
        text="""Gaspard,

Excellente nouvelle : après votre visite à Blaye mardi, Les Grands Chais de l'Estuaire souhaitent vous faire une offre pour le poste de responsable export Scandinavie et pays baltes.

Les grandes lignes transmises par Marc Roussel : 46 000 € fixes, 15 % de variable, prise de poste le 4 mai. Le document officiel vous sera envoyé par leurs ressources humaines dès que vous m'aurez donné votre accord de principe.

Je vous appelle demain matin pour en parler et, si besoin, négocier la date de démarrage.

Bravo !
Antoine Vidalenc
Cabinet Hémery & Associés
06 42 18 90 33
""",
    ),
    dict(
        key="offer_lorg", kind="offer", name="lorgeril_vasseur_contract_for_signature", lang="fr",
        company="Maison Lorgeril-Vasseur", contact="as.lorgeril@lorgeril-vasseur.example.fr",
        frm=("Anne-Sophie Lorgeril", "as.lorgeril@lorgeril-vasseur.example.fr"),
        subject="Votre contrat de travail à signer",
        date="2026-10-01 16:05",
        text="""Bonjour Gaspard,

Comme convenu lundi, vous trouverez ci-joint votre contrat de travail à durée indéterminée pour le poste de Responsable export Europe du Nord, avec une prise de fonction le 2 novembre 2026.

Merci de le relire attentivement, puis de le signer électroniquement via le lien que vous recevrez de notre plateforme de signature dans quelques minutes. Si une clause vous pose question, appelez-moi avant de signer.

Toute l'équipe se réjouit de vous accueillir à Beaune.

Anne-Sophie Lorgeril
Directrice générale
Maison Lorgeril-Vasseur – 3 rue de Lorraine, 21200 Beaune
03 80 24 61 35
""",
        attach=[dict(filename="Contrat_CDI_Lindqvist-Mensah.pdf", pdf=dict(
            title="Contrat de travail à durée indéterminée",
            lines=["CONTRAT DE TRAVAIL A DUREE INDETERMINEE", "",
                   "Entre Maison Lorgeril-Vasseur, Beaune,",
                   "et M. Gaspard Lindqvist-Mensah.", "",
                   "Article 1 - Fonctions : Responsable export Europe du Nord.",
                   "Article 2 - Prise de fonction : 2 novembre 2026.",
                   "Article 3 - Période d'essai : quatre mois.",
                   "Article 4 - Rémunération : 43 500 EUR bruts annuels.", "",
                   "Signature du salarié :"]))],
    ),
    dict(
        key="offer_oeno", kind="offer", name="oenoport_verbal_offer_follow_up", lang="fr",
        company="Oenoport Export", contact="camille.teyssier@oenoport.example.fr",
        frm=("Camille Teyssier", "camille.teyssier@oenoport.example.fr"),
        subject="Suite à notre appel – votre arrivée chez Oenoport",
        date="2026-08-05 17:16",
        text="""Bonjour Gaspard,

Comme je vous l'ai dit au téléphone tout à l'heure, Yann et moi aimerions que vous rejoigniez Oenoport comme chargé d'affaires export Amérique du Nord. Je vous confirme par écrit ce que nous avons évoqué :

- CDI à temps plein, basé à Bordeaux, avec deux séjours par an au Québec et en Ontario
- 38 000 € bruts annuels, plus 3 % des ventes nouvelles que vous développez
- démarrage le 1er octobre, ou plus tôt si votre préavis le permet

Le contrat suivra dès que vous nous aurez dit oui. Prenez le temps d'y réfléchir, mais pas trop longtemps : on a hâte !

Camille
""",
    ),
    dict(
        key="offer_portlune", kind="offer", name="port_de_la_lune_promesse_pdf", lang="fr",
        company="Les Caves du Port de la Lune", contact="sandrine.moreau@caves-port-lune.example.fr",
        frm=("Sandrine Moreau", "sandrine.moreau@caves-port-lune.example.fr"),
        subject="Promesse d'embauche – Commercial export grands comptes",
        date="2026-10-12 10:48", html_cte="qp",
        text="""Monsieur Lindqvist-Mensah,

J'ai le plaisir de vous adresser ci-jointe votre promesse d'embauche pour le poste de commercial export grands comptes aux Caves du Port de la Lune.

Elle précise votre rémunération, votre date d'entrée au 16 novembre 2026 et la période d'essai. Nous vous remercions de nous la retourner signée avant le 23 octobre.

Dans l'attente de vous compter parmi nous,

Sandrine Moreau
Responsable des ressources humaines
Les Caves du Port de la Lune – 65 quai des Chartrons, 33000 Bordeaux
05 56 81 09 44
""",
        html=simple_html("""Monsieur Lindqvist-Mensah,

J'ai le plaisir de vous adresser ci-jointe votre promesse d'embauche pour le poste de commercial export grands comptes aux Caves du Port de la Lune.

Elle précise votre rémunération, votre date d'entrée au 16 novembre 2026 et la période d'essai. Nous vous remercions de nous la retourner signée avant le 23 octobre.

Dans l'attente de vous compter parmi nous,

Sandrine Moreau
Responsable des ressources humaines
Les Caves du Port de la Lune – 65 quai des Chartrons, 33000 Bordeaux
05 56 81 09 44"""),
        attach=[dict(filename="Promesse d’embauche – G. Lindqvist-Mensah.pdf", pdf=dict(
            title="Promesse d'embauche",
            lines=["Les Caves du Port de la Lune", "Bordeaux, le 12 octobre 2026", "",
                   "PROMESSE D'EMBAUCHE", "",
                   "Poste : commercial export grands comptes (CDI)",
                   "Date d'entrée : 16 novembre 2026",
                   "Rémunération : 41 000 EUR bruts annuels + primes",
                   "Période d'essai : trois mois renouvelable une fois", "",
                   "Bon pour accord, le salarié :"]))],
    ),
    # --- English ---
    dict(
        key="offer_bor", kind="offer", name="selections_boreales_offer_letter_pdf", lang="en",
        company="Sélections Boréales", contact="ingrid.solberg@selections-boreales.example.fr",
        frm=("Ingrid Solberg", "ingrid.solberg@selections-boreales.example.fr"),
        subject="Your offer – Nordic Key Account Manager",
        date="2026-08-25 15:33", cte="b64",
        text="""Dear Gaspard,

It's my pleasure to offer you the position of Nordic Key Account Manager at Sélections Boréales, reporting to Henrik Dahl.

Your offer letter is attached, setting out the salary of EUR 47,000 per year, the annual bonus scheme, your Paris base with regular travel to Stockholm and Oslo, and a proposed start date of 2 November 2026.

Please let me know your decision by 4 September. Henrik and I are very happy to talk through any of the details.

Warm regards,
Ingrid Solberg
Head of People, Sélections Boréales
22 rue de Provence, 75009 Paris
""",
        attach=[dict(filename="Offer_Letter_Lindqvist-Mensah.pdf", pdf=dict(
            title="Offer of employment",
            lines=["Sélections Boréales", "Paris, 25 August 2026", "",
                   "Dear Gaspard Lindqvist-Mensah,", "",
                   "We are pleased to offer you the position of",
                   "Nordic Key Account Manager.",
                   "Annual gross salary: EUR 47,000, plus annual bonus.",
                   "Start date: 2 November 2026.",
                   "Please confirm your acceptance by 4 September 2026.", "",
                   "Ingrid Solberg, Head of People"]))],
    ),
    dict(
        key="offer_pembroke", kind="offer", name="pembroke_street_contract_to_sign", lang="en",
        company="Pembroke Street Wines", contact="lucy.marsh@pembrokestreetwines.example.co.uk",
        frm=("Lucy Marsh", "lucy.marsh@pembrokestreetwines.example.co.uk"),
        subject="Contract for signature – Export Sales Manager",
        date="2026-09-22 12:09", tz="london",
        text="""Hi Gaspard,

Following your verbal acceptance on Friday, I'm delighted to send your employment contract for the Export Sales Manager role, attached.

Please sign it and return a scanned copy by 30 September. Once we have it back, I'll arrange your onboarding and your first trip to see our growers in the Languedoc.

Welcome aboard!

Lucy Marsh
Operations & People Manager
Pembroke Street Wines, 9 Pembroke Street, Oxford OX1 1BP
+44 1865 496 031
""",
        attach=[dict(filename="Employment_Contract_GLM.pdf", pdf=dict(
            title="Contract of employment",
            lines=["PEMBROKE STREET WINES", "Contract of Employment", "",
                   "Employee: Gaspard Lindqvist-Mensah",
                   "Job title: Export Sales Manager",
                   "Commencement: 2 November 2026",
                   "Salary: GBP 41,000 per annum",
                   "", "Signed by the employee: ______________________"]))],
    ),
    # --- German ---
    dict(
        key="offer_mwek", kind="offer", name="mwek_contract_offer_pdf", lang="de",
        company="Mosel Wein Export Kontor", contact="stefan.irsch@mwek.example.de",
        frm=("Stefan Irsch", "stefan.irsch@mwek.example.de"),
        subject="Vertragsangebot Export Sales Manager Frankreich",
        date="2026-09-15 16:40",
        text="""Hallo Herr Lindqvist-Mensah,

nach unserem zweiten Gespräch letzte Woche freue ich mich, Ihnen die Stelle als Export Sales Manager Frankreich anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit Gehalt, Reisekostenregelung und dem vorgesehenen Eintritt zum 1. Dezember 2026. Die Stelle ist remote von Bordeaux aus möglich, mit einer Woche im Monat bei uns an der Mosel.

Über eine Zusage bis Ende September würde ich mich sehr freuen.

Gruß aus Bernkastel
Stefan Irsch
Geschäftsführer
Mosel Wein Export Kontor, Gestade 8, 54470 Bernkastel-Kues
""",
        attach=[dict(filename="Vertragsangebot_Lindqvist-Mensah.pdf", pdf=dict(
            title="Vertragsangebot",
            lines=["Mosel Wein Export Kontor", "Bernkastel-Kues, 15.09.2026", "",
                   "Vertragsangebot für Herrn Gaspard Lindqvist-Mensah", "",
                   "Position: Export Sales Manager Frankreich",
                   "Eintritt: 1. Dezember 2026",
                   "Jahresgehalt: 52.000 EUR brutto",
                   "Arbeitsort: remote (Bordeaux), eine Woche/Monat Bernkastel",
                   "", "Stefan Irsch, Geschäftsführer"]))],
    ),
    # --- Spanish ---
    dict(
        key="offer_vald", kind="offer", name="valdemira_verbal_offer_follow_up", lang="es",
        company="Bodegas Valdemira", contact="inigo.saenz@valdemira.example.es",
        frm=("Íñigo Sáenz de Ugarte", "inigo.saenz@valdemira.example.es"),
        name_enc=("iso-8859-1", "B"),
        subject="Re: Gracias por la jornada en Haro",
        date="2026-07-03 19:26", parent="cand_vald_thanks", quote=("cand_vald_thanks", "gmail"),
        text="""Gaspard:

Como te adelanté esta mañana por teléfono, queremos que seas nuestro Export Manager para los países nórdicos y el Reino Unido. Te resumo lo que hablamos:

- contrato indefinido, con base en Haro y posibilidad de dos días de teletrabajo
- 42.000 euros brutos anuales más un variable de hasta el 20 % por objetivos
- incorporación el 1 de septiembre, justo antes de la vendimia

La semana que viene te enviamos el contrato. Dime si quieres comentar cualquier punto antes.

Un abrazo,
Íñigo
""",
    ),
    dict(
        key="offer_labastida", kind="offer", name="labastida_offer_letter_pdf", lang="es",
        company="Exportadora Labastida", contact="ainhoa.uriarte@labastida-export.example.es",
        frm=("Ainhoa Uriarte", "ainhoa.uriarte@labastida-export.example.es"),
        subject="Carta de oferta – Responsable de Mercados Francófonos",
        date="2026-10-08 11:02",
        text="""Estimado Gaspard:

Nos complace ofrecerle el puesto de Responsable de Mercados Francófonos en Exportadora Labastida. Adjuntamos la carta de oferta con las condiciones económicas, la fecha de incorporación prevista (11 de enero de 2027) y los beneficios sociales.

Le agradeceríamos que nos hiciera llegar su respuesta antes del 20 de octubre.

Reciba un cordial saludo,

Ainhoa Uriarte
Directora de Personas
Exportadora Labastida – Calle Mayor 52, 01330 Labastida (Álava)
+34 945 33 18 60
""",
        attach=[dict(filename="Carta_oferta_Lindqvist-Mensah.pdf", pdf=dict(
            title="Carta de oferta",
            lines=["Exportadora Labastida", "Labastida, 8 de octubre de 2026", "",
                   "Sr. Gaspard Lindqvist-Mensah:", "",
                   "Le ofrecemos el puesto de Responsable de Mercados Francófonos.",
                   "Salario bruto anual: 45.000 EUR + variable.",
                   "Incorporación: 11 de enero de 2027.",
                   "Respuesta antes del 20 de octubre de 2026.", "",
                   "Ainhoa Uriarte, Directora de Personas"]))],
    ),
]
