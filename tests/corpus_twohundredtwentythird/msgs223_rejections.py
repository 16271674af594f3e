"""Corpus 223: the rejections (31), hand-written, plus one phantom message they quote."""

# ruff: noqa: C408  (each message is a dict(...) call: keyword specs read like a form)

from __future__ import annotations

from msgs223_common import CAND, ats_card, outlook_html, simple_html

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

MESSAGES: list[dict] = [
    # --- French ---------------------------------------------------------------------------------
    dict(
        key="rej_dufr", kind="rejection", name="dufresne_after_missed_terse", lang="fr",
        company="Maison Dufresne-Lacoste", contact="elodie.ravat@dufresne-lacoste.example.fr",
        frm=("Élodie Ravat", "elodie.ravat@dufresne-lacoste.example.fr"),
        subject="RE: Entretien Brand Ambassador Export – ce matin",
        date="2026-03-03 16:41", parent="cand_dufr_sorry", quote=("cand_dufr_sorry", "gmail"),
        text="""Bonjour Gaspard,

Merci pour vos explications.

Après échange avec le manager du poste, nous ne reprogrammerons pas l'entretien : votre candidature au poste de Brand Ambassador Export est close de notre côté.

Bonne continuation,
Élodie Ravat
Talent Acquisition – Maison Dufresne-Lacoste
""",
    ),
    dict(
        key="rej_vaut", kind="rejection", name="vautrin_after_panel_quotes_thanks", lang="fr",
        company="Champagne Vautrin & Fils", contact="s.marchetti@vautrin-champagne.example.fr",
        frm=("Sophie Marchetti-Vautrin", "s.marchetti@vautrin-champagne.example.fr"),
        cc=[("Luc Hennequin", "l.hennequin@vautrin-champagne.example.fr")],
        subject="RE: Merci pour notre échange de ce jeudi",
        date="2026-04-14 11:07", parent="cand_thanks_vaut", quote=("cand_thanks_vaut", "outlook"),
        text="""Cher Gaspard,

Merci pour votre mot, il m'a touchée, et merci encore d'avoir fait le déplacement jusqu'à Reims malgré le report de dernière minute.

Nous avons beaucoup aimé votre lecture des cuvées et votre aisance en anglais. Le comité a pourtant retenu un profil qui a déjà piloté un réseau d'importateurs en Asie du Sud-Est : c'est le cœur du poste pour les deux prochaines années, et nous ne pouvions pas faire l'impasse là-dessus.

Je sais que ce n'est pas la réponse que vous attendiez. Si un poste plus orienté Europe du Nord s'ouvre chez nous, je penserai à vous.

Bien à vous,

Sophie Marchetti-Vautrin
Directrice Export
Champagne Vautrin & Fils
14, rue des Crayères – 51100 Reims
+33 3 26 00 41 17

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.
""",
        html=outlook_html("""Cher Gaspard,

Merci pour votre mot, il m'a touchée, et merci encore d'avoir fait le déplacement jusqu'à Reims malgré le report de dernière minute.

Nous avons beaucoup aimé votre lecture des cuvées et votre aisance en anglais. Le comité a pourtant retenu un profil qui a déjà piloté un réseau d'importateurs en Asie du Sud-Est : c'est le cœur du poste pour les deux prochaines années, et nous ne pouvions pas faire l'impasse là-dessus.

Je sais que ce n'est pas la réponse que vous attendiez. Si un poste plus orienté Europe du Nord s'ouvre chez nous, je penserai à vous.

Bien à vous,

Sophie Marchetti-Vautrin
Directrice Export
Champagne Vautrin & Fils
14, rue des Crayères – 51100 Reims
+33 3 26 00 41 17

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. L'abus d'alcool est dangereux pour la santé, à consommer avec modération.
"""),
        cte="qp", html_cte="b64",
    ),
    dict(
        key="rej_corb", kind="rejection", name="corbelin_after_trial_day_latin1", lang="fr",
        company="Domaine Corbelin", contact="aurelien@corbelin.example.fr",
        frm=("Aurélien Corbelin", "aurelien@corbelin.example.fr"),
        name_enc=("iso-8859-1", "Q"), subj_enc=("iso-8859-1", "Q"),
        subject="Re: Merci pour la journée au domaine",
        date="2026-10-06 08:12", parent="cand_corb_thanks", quote=("cand_corb_thanks", "gmail"),
        charset="iso-8859-1", cte="qp",
        text="""Bonjour Gaspard,

Merci encore d'être venu jusqu'à Beaune en pleine fin de vendanges, et merci pour ce gentil message.

Nous avons beaucoup discuté avec Mathilde depuis. Pour ce tout premier poste commercial au domaine, nous partons finalement sur quelqu'un qui connaît déjà nos deux importateurs américains et qui pourra prendre la route dès novembre. Ce n'est pas une question de palais, le vôtre nous a bluffés sur les Pernand.

Je préfère vous le dire franchement plutôt que de vous laisser sans nouvelles. Passez goûter les 2026 quand ils seront en bouteille, vous serez toujours le bienvenu à la cave.

Aurélien Corbelin
Domaine Corbelin - 7 rue Paradis, 21200 Beaune
06 71 20 88 45
""",
    ),
    dict(
        key="rej_alterna", kind="rejection", name="alterna_relays_client_no", lang="fr",
        company="Vignobles Lasserre-Doucet", contact="n.belkacem@alterna-interim.example.fr",
        frm=("Nadia Belkacem", "n.belkacem@alterna-interim.example.fr"),
        subject="Mission assistant export – retour du client",
        date="2026-04-28 17:55", parent="inv_alterna",
        text="""Bonjour Monsieur Lindqvist-Mensah,

J'ai eu le retour des Vignobles Lasserre-Doucet en fin de journée. Ils ne souhaitent pas aller plus loin avec vous pour la mission d'assistant export : ils privilégient une personne disponible tout de suite à temps plein, et votre préavis au restaurant les a freinés.

Je sais que l'entretien s'était bien passé de votre point de vue, et le client a d'ailleurs souligné votre présentation soignée. Je garde votre dossier actif et je vous appelle dès qu'une autre mission dans le négoce se présente.

Cordialement,

Nadia Belkacem
Chargée de recrutement – Alterna Intérim Bordeaux Mériadeck
22 rue du Château-d'Eau, 33000 Bordeaux
05 56 44 19 02
""",
    ),
    dict(
        key="rej_cell", kind="rejection", name="cellier_smartrecruiters_formal", lang="fr",
        company="Cellier Atlantique Distribution", contact="",
        frm=("Cellier Atlantique Distribution", "no-reply@smartrecruiters.com"),
        subject="Votre candidature – Key Account Manager CHR (Paris)",
        date="2026-04-21 07:30", tz="utc", headers=AUTO,
        text="""Bonjour Gaspard,

Nous vous remercions de l'intérêt que vous portez à Cellier Atlantique Distribution et du temps consacré à notre processus de recrutement.

Après examen attentif de votre dossier et de votre entretien téléphonique, nous sommes au regret de vous informer que votre candidature au poste de Key Account Manager CHR (Paris) n'a pas été retenue pour la suite.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talent de Cellier Atlantique Distribution

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""",
        html=ats_card("Cellier Atlantique Distribution", """Bonjour Gaspard,

Nous vous remercions de l'intérêt que vous portez à Cellier Atlantique Distribution et du temps consacré à notre processus de recrutement.

Après examen attentif de votre dossier et de votre entretien téléphonique, nous sommes au regret de vous informer que votre candidature au poste de Key Account Manager CHR (Paris) n'a pas été retenue pour la suite.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talent de Cellier Atlantique Distribution""",
            footer="Ce message a été envoyé automatiquement, merci de ne pas y répondre. Powered by SmartRecruiters.",
            colour="#1d3b5a"),
    ),
    dict(
        key="rej_arb", kind="rejection", name="arbelot_hiring_frozen_tutoiement", lang="fr",
        company="Négoce Arbelot", contact="julien.sarrazin@arbelot-vins.example.fr",
        frm=("Julien Sarrazin", "julien.sarrazin@arbelot-vins.example.fr"),
        subject="Le poste export chez Arbelot",
        date="2026-02-20 19:02",
        text="""Salut Gaspard,

Je te dois une réponse claire après notre café de la semaine dernière.

La direction vient de geler tous les recrutements côté export jusqu'à nouvel ordre, les chiffres du premier trimestre en Chine ne sont pas bons. Le poste dont on a parlé est mis en suspens et on ne va pas donner suite, ni avec toi ni avec personne d'autre pour le moment.

Franchement, ça m'embête : tu étais le profil que je voulais défendre. Si ça se débloque à l'automne, je reviendrai vers toi, mais ne compte pas dessus pour organiser la suite.

Julien
--
Julien Sarrazin | Directeur export
Négoce Arbelot – 41 quai de Bacalan, 33300 Bordeaux
+33 6 12 90 47 30
""",
    ),
    dict(
        key="rej_caud", kind="rejection", name="caudrot_filled_internally", lang="fr",
        company="Les Vignerons de Caudrot", contact="t.lacombe@caudrot-vignerons.example.fr",
        frm=("Thierry Lacombe", "t.lacombe@caudrot-vignerons.example.fr"),
        subject="Poste de commercial export",
        date="2026-06-19 10:26", parent="missed_caud",
        text="""Monsieur,

Je reviens vers vous au sujet du poste de commercial export de la cave.

Une collègue du caveau de vente a finalement souhaité évoluer sur ce poste, et le conseil d'administration a validé sa candidature hier soir. Le poste est donc pourvu en interne et nous arrêtons là le recrutement externe.

Nous n'avions pas réussi à nous parler au téléphone, je le regrette. Je vous remercie de l'intérêt porté à notre coopérative.

Thierry Lacombe
Directeur commercial
Les Vignerons de Caudrot – Route de Saint-Macaire, 33490 Caudrot
05 56 62 71 80
""",
    ),
    dict(
        key="rej_csg", kind="rejection", name="clos_sainte_gemme_casual_ex_colleague", lang="fr",
        company="Clos Sainte-Gemme", contact="romain.castera@clos-sainte-gemme.example.fr",
        frm=("Romain Castéra", "romain.castera@clos-sainte-gemme.example.fr"),
        subject="Re: le poste export",
        date="2026-07-24 22:14", parent="res_csg", cte="8bit",
        text="""Salut Gaspard,

Bon, je vais pas tourner autour du pot : le gérant a tranché et ce sera quelqu'un d'autre pour l'export. Il voulait absolument un profil qui a déjà vendu en primeur via la place de Bordeaux, et là-dessus je n'ai pas pu le faire bouger.

Ça me fait suer, j'aurais adoré retravailler avec toi comme au Chapon Fin. On se boit un verre à la rentrée pour en parler ?

Romain
Envoyé de mon téléphone
""",
    ),
    dict(
        key="rej_uvbe", kind="rejection", name="uvbe_after_assessment_cp1252", lang="fr",
        company="Union des Vins de Bordeaux à l'Export",
        contact="f.aubigeon@uvbe.example.fr",
        frm=("Florence Aubigeon", "f.aubigeon@uvbe.example.fr"),
        subject="Centre d'évaluation du 10 avril – décision du jury",
        subj_enc=("windows-1252", "Q"),
        date="2026-04-24 15:03", charset="windows-1252", cte="qp",
        text="""Monsieur,

À l'issue du centre d'évaluation du 10 avril, le jury ne vous a pas classé parmi les candidats proposés au poste de chargé de mission « marchés export – Europe du Nord ».

Le jury a relevé la qualité de votre présentation orale et votre connaissance fine des appellations ; l'exercice de négociation en anglais, en revanche, n'a pas emporté sa conviction. Nous mesurons l’investissement qu’a représenté cette journée et vous en remercions sincèrement.

Nous vous souhaitons bonne chance dans la suite de votre projet… et peut-être à bientôt sur un prochain appel à candidatures.

Florence Aubigeon
Responsable ressources humaines
Union des Vins de Bordeaux à l'Export – 3 cours du XXX-Juillet, 33000 Bordeaux
05 57 00 22 64 – Œnotourisme & export
""",
    ),
    dict(
        key="rej_brem", kind="rejection", name="bremond_taleo_base64", lang="fr",
        company="Maison Brémond Frères", contact="",
        frm=("Maison Brémond Frères – Recrutement", "bremondfreres@taleo.net"),
        name_enc=("utf-8", "B"), subj_enc=("utf-8", "B"),
        subject="Votre candidature au poste « Responsable de zone export Amériques » (réf. 2026-0187)",
        date="2026-04-07 02:15", tz="ny", cte="b64", headers=AUTO,
        text="""Madame, Monsieur,

Nous accusons bonne réception de votre intérêt pour la Maison Brémond Frères et vous en remercions.

Nous regrettons de ne pouvoir donner une suite favorable à votre candidature pour le poste « Responsable de zone export Amériques » (réf. 2026-0187). Votre dossier a été étudié avec la plus grande attention par nos équipes.

Vos données seront conservées vingt-quatre mois conformément à notre politique de confidentialité, sauf demande contraire de votre part depuis votre espace candidat.

La Direction des Ressources Humaines
Maison Brémond Frères – Cognac

Merci de ne pas répondre à ce courriel généré automatiquement.
""",
    ),
    dict(
        key="rej_delo", kind="rejection", name="delorme_ancelin_soft_keep_cv", lang="fr",
        company="Champagne Delorme-Ancelin", contact="helene.brassart@delorme-ancelin.example.fr",
        frm=("Hélène Brassart", "helene.brassart@delorme-ancelin.example.fr"),
        subject="Candidature – Chargé(e) de clientèle export Asie",
        date="2026-02-26 12:48",
        text="""Bonjour Monsieur Lindqvist-Mensah,

Votre parcours de sommelier a retenu toute notre attention et je vous remercie pour la lettre très personnelle qui l'accompagnait.

Au regard des exigences du poste, notamment la pratique du mandarin et une première expérience de négociation avec des distributeurs, nous ne pouvons cependant pas poursuivre avec votre candidature pour ce poste précis.

Nous conservons votre CV dans notre vivier et n'hésiterons pas à vous recontacter si une opportunité plus proche de votre profil se présente.

Bien cordialement,

Hélène Brassart
Responsable recrutement
Champagne Delorme-Ancelin – 6 avenue de Champagne, 51200 Épernay
""",
    ),
    dict(
        key="rej_perr", kind="rejection", name="perraudin_recruitee_other_candidates", lang="fr",
        company="Maison Perraudin", contact="",
        frm=("Maison Perraudin", "no-reply@jobs.recruitee.com"),
        subject="Responsable grands comptes – suite de votre candidature",
        date="2026-09-30 09:00", headers=AUTO,
        text="""Bonjour Gaspard,

Merci d'avoir pris le temps de rencontrer l'équipe de notre boutique Rive Gauche et de nous présenter votre vision du développement grands comptes.

Nous avons finalement choisi de poursuivre avec d'autres candidats pour ce poste. Cette décision n'enlève rien à la qualité de nos échanges.

Au plaisir de vous croiser dans l'une de nos caves,
L'équipe recrutement de Maison Perraudin
""",
        html=ats_card("Maison Perraudin – Cavistes depuis 1928", """Bonjour Gaspard,

Merci d'avoir pris le temps de rencontrer l'équipe de notre boutique Rive Gauche et de nous présenter votre vision du développement grands comptes.

Nous avons finalement choisi de poursuivre avec d'autres candidats pour ce poste. Cette décision n'enlève rien à la qualité de nos échanges.

Au plaisir de vous croiser dans l'une de nos caves,
L'équipe recrutement de Maison Perraudin""",
            footer="Envoyé via Recruitee. Vous recevez ce message parce que vous avez postulé chez Maison Perraudin.",
            colour="#7a1f2b"),
    ),
    dict(
        key="rej_staubin", kind="rejection", name="saint_aubin_position_cancelled", lang="fr",
        company="Saint-Aubin Négoce", contact="c.lemarchand@saint-aubin-negoce.example.fr",
        frm=("Charlotte Lemarchand", "c.lemarchand@saint-aubin-negoce.example.fr"),
        subject="Chargé d'affaires export Chine – arrêt du recrutement",
        date="2026-03-31 18:09",
        text="""Bonjour Gaspard,

Je vous écris au sujet du poste de chargé d'affaires export Chine, dont nous avions parlé au téléphone.

Suite à la réorganisation annoncée la semaine dernière, la création de ce poste est tout simplement annulée. Le processus s'arrête donc pour l'ensemble des candidats, vous y compris. Je ne voulais pas vous laisser attendre une réponse qui ne viendrait pas.

Merci pour votre disponibilité et bonne suite à vous.

Charlotte Lemarchand
Ressources humaines
Saint-Aubin Négoce – 9 rue Achard, 33300 Bordeaux
Tél. 05 56 39 84 12
""",
    ),
    dict(
        key="rej_ouch", kind="rejection", name="ouches_rouges_html_only_owner", lang="fr",
        company="Domaine des Ouches Rouges", contact="bertrand.millot@ouches-rouges.example.fr",
        frm=("Bertrand Millot", "bertrand.millot@ouches-rouges.example.fr"),
        subject="Suite à votre venue à Savigny",
        date="2026-08-28 13:33", html_cte="qp",
        html=simple_html("""Cher Gaspard,

Merci pour votre venue à Savigny-lès-Beaune et pour cette belle heure passée dans la cave.

Mon épouse et moi avons pesé le pour et le contre pendant plusieurs jours. Nous confions finalement le développement export à une candidate qui vit déjà au Japon, notre premier marché, et qui y a son propre réseau de cavistes.

Je regrette sincèrement de vous décevoir ; votre approche des accords mets-vins nous a vraiment séduits.

Bien cordialement,
Bertrand Millot
Domaine des Ouches Rouges
12 rue du Général Leclerc, 21420 Savigny-lès-Beaune
03 80 21 55 09"""),
    ),
    dict(
        key="rej_bgcd", kind="rejection", name="bgcd_long_chain_outlook", lang="fr",
        company="Bordeaux Grands Crus Diffusion", contact="o.guerin-lapeyre@bgcd.example.fr",
        frm=("Olivier Guérin-Lapeyre", "o.guerin-lapeyre@bgcd.example.fr"),
        subject="RE: Entretien chef de secteur export Benelux",
        date="2026-05-06 09:51", parent="cand_bgcd_status", quote=("cand_bgcd_status", "outlook"),
        text="""Bonjour Gaspard,

Merci pour votre relance et pardon pour ce long silence, le mois d'avril a été absorbé par les primeurs.

Je n'ai malheureusement pas de bonne nouvelle : la direction a préféré un candidat déjà implanté chez les importateurs belges, et je ne pourrai donc pas vous proposer le poste de chef de secteur export Benelux.

Merci encore pour votre temps et votre enthousiasme pendant l'entretien.

Olivier Guérin-Lapeyre
Directeur commercial Europe
Bordeaux Grands Crus Diffusion
18 quai de la Monnaie – 33800 Bordeaux
T +33 5 56 31 47 70 | M +33 6 80 14 52 09

Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, toute diffusion ou copie est interdite.
""",
        html=outlook_html("""Bonjour Gaspard,

Merci pour votre relance et pardon pour ce long silence, le mois d'avril a été absorbé par les primeurs.

Je n'ai malheureusement pas de bonne nouvelle : la direction a préféré un candidat déjà implanté chez les importateurs belges, et je ne pourrai donc pas vous proposer le poste de chef de secteur export Benelux.

Merci encore pour votre temps et votre enthousiasme pendant l'entretien.

Olivier Guérin-Lapeyre
Directeur commercial Europe
Bordeaux Grands Crus Diffusion
18 quai de la Monnaie – 33800 Bordeaux
T +33 5 56 31 47 70 | M +33 6 80 14 52 09

Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, toute diffusion ou copie est interdite."""),
    ),
    # --- English --------------------------------------------------------------------------------
    dict(
        key="rej_hp", kind="rejection", name="hawthorne_pryce_greenhouse_soft", lang="en",
        company="Hawthorne & Pryce Wine Merchants", contact="",
        frm=("Hawthorne & Pryce Wine Merchants", "no-reply@greenhouse-mail.io"),
        subject="Your application to Hawthorne & Pryce",
        date="2026-02-13 14:02", tz="london", headers=AUTO,
        text="""Hi Gaspard,

Thank you for your interest in the Export Sales Executive – France & Benelux role and for taking the time to speak with Hannah last week.

We have reviewed your application carefully and have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.

We will keep your details on file and may reach out should a suitable opportunity arise.

Kind regards,
The Hawthorne & Pryce Talent Team
""",
        html=ats_card("Hawthorne & Pryce", """Hi Gaspard,

Thank you for your interest in the Export Sales Executive – France & Benelux role and for taking the time to speak with Hannah last week.

We have reviewed your application carefully and have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.

We will keep your details on file and may reach out should a suitable opportunity arise.

Kind regards,
The Hawthorne & Pryce Talent Team""", lang="en", colour="#23412f",
            footer="Hawthorne & Pryce Wine Merchants, 3 St James's Yard, London SW1Y 6QA. Sent via Greenhouse."),
    ),
    dict(
        key="rej_bw", kind="rejection", name="blackwell_lever_formal", lang="en",
        company="Blackwell Vintners", contact="",
        frm=("Blackwell Vintners", "no-reply@hire.lever.co"),
        subject="Blackwell Vintners – Trade Sales Executive",
        date="2026-02-25 11:15", tz="pacific", headers=AUTO,
        text="""Dear Gaspard,

Thank you for applying for the Trade Sales Executive position at Blackwell Vintners.

After careful review, we regret to let you know that we will not be progressing your application at this time. Due to the volume of applications we are unable to provide individual feedback.

With best wishes for your search,
Blackwell Vintners Recruitment
""",
    ),
    dict(
        key="rej_vine", kind="rejection", name="vine_talent_relays_thames_cellars", lang="en",
        company="Thames Cellars", contact="james.okafor@vinetalent.example.co.uk",
        frm=("James Okafor", "james.okafor@vinetalent.example.co.uk"),
        subject="Thames Cellars – feedback",
        date="2026-04-01 17:20", tz="london", parent="missed_vine",
        text="""Hi Gaspard,

I've just had feedback from Thames Cellars after your second meeting with their MD. They really liked your energy and your Bordeaux knowledge, but they have decided not to take you forward to the final stage; they want someone who has already run a London on-trade patch.

I know that's disappointing after two rounds. Let me take them at their word on the on-trade point and line you up for roles that lean more on the importer side, where your tasting skills count for more.

Speak soon,
James

James Okafor
Senior Consultant, Wine & Spirits
Vine Talent Partners | 27 Clerkenwell Close, London EC1R 0AT
+44 20 7946 0318
""",
    ),
    dict(
        key="rej_alb", kind="rejection", name="albion_after_panel_quotes_thanks", lang="en",
        company="Albion Fine Wine", contact="rebecca.hughes@albionfinewine.example.co.uk",
        frm=("Rebecca Hughes", "rebecca.hughes@albionfinewine.example.co.uk"),
        subject="Re: Thank you – Friday's panel",
        date="2026-05-27 16:45", tz="london", parent="cand_thanks_alb",
        quote=("cand_thanks_alb", "gmail"),
        text="""Dear Gaspard,

Thank you for your kind note, and apologies for taking a little longer than promised to come back to you.

The panel enjoyed meeting you, and your blind-tasting commentary was a highlight of the afternoon. We have, however, offered the position to a candidate who brings several years of direct account management with London restaurant groups, which we felt was essential from day one.

I appreciate this isn't the outcome you hoped for. Thank you for the care you put into your preparation.

Warm regards,
Rebecca

Rebecca Hughes
Head of Trade Sales, Albion Fine Wine
88 Borough High Street, London SE1 1LL | +44 20 7946 0172
""",
    ),
    dict(
        key="rej_hf", kind="rejection", name="harbour_finch_terse", lang="en",
        company="Harbour & Finch Imports", contact="tom.whitaker@harbourfinch.example.co.uk",
        frm=("Tom Whitaker", "tom.whitaker@harbourfinch.example.co.uk"),
        subject="Re: Account manager role",
        date="2026-04-20 08:03", tz="london",
        text="""Thanks Gaspard, we won't be taking this further.

Best,
Tom

Sent from my iPhone
""",
    ),
    dict(
        key="rej_cc", kind="rejection", name="cask_cellar_role_on_hold", lang="en",
        company="Cask & Cellar Export Group", contact="daniel.reyes@caskandcellar.example.co.uk",
        frm=("Daniel Reyes", "daniel.reyes@caskandcellar.example.co.uk"),
        subject="Export Sales Manager (LatAm) – update",
        date="2026-07-02 10:38", tz="london",
        text="""Dear Gaspard,

I wanted to update you personally on the Export Sales Manager (LatAm) position.

Following this quarter's budget review, the role has been put on hold and we will not proceed with any of the current applications, including yours. I'm sorry to bring the process to a stop after you had already completed the written exercise.

Thank you for your time and interest in Cask & Cellar.

Kind regards,

Daniel Reyes
Commercial Director
Cask & Cellar Export Group
Unit 4, Bonded Warehouse Quay, Bristol BS1 4RN
Tel: +44 117 496 0255

This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it. Cask & Cellar Export Group Ltd, registered in England and Wales no. 08812345.
""",
        html=outlook_html("""Dear Gaspard,

I wanted to update you personally on the Export Sales Manager (LatAm) position.

Following this quarter's budget review, the role has been put on hold and we will not proceed with any of the current applications, including yours. I'm sorry to bring the process to a stop after you had already completed the written exercise.

Thank you for your time and interest in Cask & Cellar.

Kind regards,

Daniel Reyes
Commercial Director
Cask & Cellar Export Group
Unit 4, Bonded Warehouse Quay, Bristol BS1 4RN
Tel: +44 117 496 0255

This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it. Cask & Cellar Export Group Ltd, registered in England and Wales no. 08812345.""", lang="EN-GB"),
    ),
    dict(
        key="rej_north", kind="rejection", name="northgate_icims_unsuccessful_b64", lang="en",
        company="Northgate Wine Agencies", contact="",
        frm=("Northgate Wine Agencies Careers", "careers-noreply@talent.icims.com"),
        subject="Regional Account Manager – South West: application update",
        date="2026-09-03 13:00", tz="ny", cte="b64", html_cte="b64", headers=AUTO,
        text="""Dear Gaspard,

Thank you for the time you have invested in applying for the Regional Account Manager – South West position.

Unfortunately, your application was unsuccessful on this occasion. We appreciate that this news will be disappointing.

You are welcome to apply for future vacancies through our careers portal.

Northgate Wine Agencies – People Team
""",
        html=ats_card("Northgate Wine Agencies", """Dear Gaspard,

Thank you for the time you have invested in applying for the Regional Account Manager – South West position.

Unfortunately, your application was unsuccessful on this occasion. We appreciate that this news will be disappointing.

You are welcome to apply for future vacancies through our careers portal.

Northgate Wine Agencies – People Team""", button=("Visit the careers portal", "https://careers-northgatewine.icims.com/jobs"),
            lang="en", colour="#123c69", footer="Please do not reply to this automated message."),
    ),
    dict(
        key="rej_lq", kind="rejection", name="liberty_quay_casual_bad_news", lang="en",
        company="Liberty Quay Wines", contact="sam.adeyemi@libertyquay.example.co.uk",
        frm=("Sam Adeyemi", "sam.adeyemi@libertyquay.example.co.uk"),
        subject="pitch day",
        date="2026-06-30 21:47", tz="london", parent="inv_lq",
        text="""Hey Gaspard,

Bad news from my side, I'm afraid. We went with someone who's already been selling into the Nordic monopolies, which swung it for the board in the end.

Your pitch on the Graves whites was honestly one of the best we saw, so please don't read this as a verdict on you. If you're ever in London, drinks are on me.

Sam
""",
    ),
    # --- German ---------------------------------------------------------------------------------
    dict(
        key="rej_stein", kind="rejection", name="steinreuth_position_on_ice", lang="de",
        company="Weingut Steinreuth", contact="k.steinreuth@steinreuth.example.de",
        frm=("Katharina Steinreuth", "k.steinreuth@steinreuth.example.de"),
        subject="Ihre Bewerbung – Exportvertrieb Skandinavien",
        date="2026-05-04 09:14", parent="res_stein",
        text="""Sehr geehrter Herr Lindqvist-Mensah,

nach den Frostnächten im April mussten wir unsere Planung für dieses Jahr komplett überarbeiten. Die Stelle im Exportvertrieb Skandinavien legen wir deshalb vorerst auf Eis und werden sie in diesem Jahr nicht besetzen.

Ihre Bewerbung können wir daher leider nicht weiter berücksichtigen. Das tut mir besonders leid, weil mir unser Gespräch sehr gefallen hat.

Mit freundlichen Grüßen
Katharina Steinreuth
Inhaberin

Weingut Steinreuth
Moselweinstraße 112, 54470 Bernkastel-Kues
Tel. +49 6531 97 44 0
""",
    ),
    dict(
        key="rej_kell", kind="rejection", name="kellerman_forwards_client_no", lang="de",
        company="Rheinfeld Weinimport", contact="f.amberg@kellerman-search.example.de",
        frm=("Felix Amberg", "f.amberg@kellerman-search.example.de"),
        subject="WG: Rückmeldung Position Key Account Export",
        date="2026-07-21 12:05", parent="res_kell", quote=("phantom_rheinfeld_hr", "forward"),
        text="""Hallo Herr Lindqvist-Mensah,

leider habe ich keine guten Nachrichten. Rheinfeld möchte den Prozess mit Ihnen nicht fortsetzen, die Begründung der Personalabteilung finden Sie unten im Original.

Ich hätte Ihnen gern etwas anderes geschrieben. Lassen Sie uns nächste Woche kurz telefonieren, ich habe zwei andere Mandate im Blick.

Beste Grüße
Felix Amberg

Kellerman Executive Search GmbH
Partner Food & Beverage
Neue Mainzer Straße 20, 60311 Frankfurt am Main
+49 69 2475 3310

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
    ),
    dict(
        key="phantom_rheinfeld_hr", kind=None, phantom=True, name="", lang="de",
        frm=("Sabine Kohlhaas", "s.kohlhaas@rheinfeld-weinimport.example.de"),
        to=[("Felix Amberg", "f.amberg@kellerman-search.example.de")],
        subject="Rückmeldung Position Key Account Export", date="2026-07-20 16:40",
        text="""Lieber Herr Amberg,

vielen Dank für die Vorstellung von Herrn Lindqvist-Mensah. Nach interner Abstimmung haben wir entschieden, den Prozess mit ihm nicht fortzusetzen. Für die Rolle brauchen wir jemanden mit bestehenden Kontakten im deutschen Lebensmitteleinzelhandel; das sehen wir bei ihm noch nicht.

Die Verschiebung des Termins tut uns nach wie vor leid.

Viele Grüße
Sabine Kohlhaas
Personal, Rheinfeld Weinimport
""",
    ),
    dict(
        key="rej_zelt", kind="rejection", name="zeltinger_hof_softgarden", lang="de",
        company="Moselkellerei Zeltinger Hof", contact="",
        frm=("Moselkellerei Zeltinger Hof", "noreply@softgarden.io"),
        subject="Ihre Bewerbung als Vertriebsmitarbeiter Export (m/w/d)",
        date="2026-06-29 07:45", headers=AUTO,
        text="""Sehr geehrter Herr Lindqvist-Mensah,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserer Kellerei.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Ihr Personalteam der Moselkellerei Zeltinger Hof

Diese Nachricht wurde automatisch über softgarden versendet.
""",
        html=ats_card("Moselkellerei Zeltinger Hof", """Sehr geehrter Herr Lindqvist-Mensah,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserer Kellerei.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Ihr Personalteam der Moselkellerei Zeltinger Hof""", lang="de", colour="#3f5e2a",
            footer="Diese Nachricht wurde automatisch über softgarden versendet."),
    ),
    dict(
        key="rej_ost", kind="rejection", name="ostermann_after_interview_quotes_thanks", lang="de",
        company="Weinhandel Ostermann", contact="jonas.ostermann@ostermann-wein.example.de",
        frm=("Jonas Ostermann", "jonas.ostermann@ostermann-wein.example.de"),
        subject="Re: Danke für das Gespräch in Trier",
        date="2026-09-24 18:30", parent="phantom_thanks_ost", quote=("phantom_thanks_ost", "gmail"),
        text="""Lieber Herr Lindqvist-Mensah,

vielen Dank für Ihre freundlichen Zeilen und das angenehme Gespräch in unserem Laden.

Wir haben uns nach reiflicher Überlegung für eine Kandidatin entschieden, die bereits Erfahrung mit dem skandinavischen Monopolgeschäft mitbringt. Ich weiß, dass Sie sich mehr erhofft hatten.

Alles Gute für Ihren Weg in den Export und herzliche Grüße nach Bordeaux
Jonas Ostermann

Weinhandel Ostermann | Fleischstraße 61 | 54290 Trier | 0651 994 77 20
""",
    ),
    dict(
        key="phantom_thanks_ost", kind=None, phantom=True, name="", lang="de",
        frm=CAND, to=[("Jonas Ostermann", "jonas.ostermann@ostermann-wein.example.de")],
        subject="Danke für das Gespräch in Trier", date="2026-09-16 21:05",
        text="""Sehr geehrter Herr Ostermann,

herzlichen Dank für das Gespräch heute und die Zeit, die Sie sich für mich genommen haben. Die Verkostung der Saar-Rieslinge bleibt mir in Erinnerung, und die Aufgabe im Aufbau des Exports nach Skandinavien reizt mich sehr.

Ich freue mich, von Ihnen zu hören.

Mit freundlichen Grüßen
Gaspard Lindqvist-Mensah
""",
    ),
    # --- Spanish --------------------------------------------------------------------------------
    dict(
        key="rej_onta", kind="rejection", name="ontanon_ruiz_formal_not_selected", lang="es",
        company="Bodegas Ontañón-Ruiz", contact="marta.ezquerro@ontanonruiz.example.es",
        frm=("Marta Ezquerro", "marta.ezquerro@ontanonruiz.example.es"),
        subject="Proceso de selección Export Area Manager Asia",
        date="2026-03-10 13:22", parent="res_onta",
        text="""Estimado Gaspard:

Le agradecemos sinceramente su participación en el proceso de selección para el puesto de Export Area Manager Asia y el tiempo dedicado a la entrevista.

Lamentamos comunicarle que, tras valorar todas las candidaturas, su perfil no ha sido seleccionado para continuar en el proceso.

Le deseamos mucha suerte en su carrera profesional.

Un cordial saludo,

Marta Ezquerro
Departamento de Recursos Humanos
Bodegas Ontañón-Ruiz – Avda. de Santo Domingo 14, 26200 Haro (La Rioja)
Tel. +34 941 30 12 58

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
""",
    ),
    dict(
        key="rej_temp", kind="rejection", name="temporis_relays_ebro_vinos", lang="es",
        company="Distribuidora Ebro Vinos", contact="nerea.garrido@temporis.example.es",
        frm=("Nerea Garrido", "nerea.garrido@temporis.example.es"),
        subject="Respuesta de Ebro Vinos",
        date="2026-05-06 10:02", parent="inv_temp",
        text="""Hola Gaspard:

Te escribo porque Distribuidora Ebro Vinos ya me ha contestado. Han preferido a un comercial que ya trae cartera propia de restaurantes en Navarra, así que no seguirán contigo en el proceso.

Me dijeron que la cata que hiciste en la entrevista les gustó mucho; lo tendré en cuenta para las próximas vacantes que me lleguen de bodegas.

Un abrazo,
Nerea Garrido
Consultora de selección – Grupo Temporis ETT
C/ Vara de Rey 21, 26002 Logroño · 941 27 55 10
""",
    ),
    dict(
        key="rej_naj", kind="rejection", name="najerilla_workable_other_profiles", lang="es",
        company="Viñedos del Najerilla", contact="",
        frm=("Viñedos del Najerilla", "noreply@workablemail.com"),
        subject="Tu candidatura para Técnico Comercial Exportación",
        date="2026-06-05 08:10", headers=AUTO,
        text="""Hola Gaspard,

Gracias por tu interés en Viñedos del Najerilla y por el tiempo dedicado a tu candidatura.

Hemos decidido avanzar con otros perfiles que se ajustan mejor a las necesidades actuales del puesto de Técnico Comercial Exportación.

Te deseamos lo mejor en tu búsqueda.

El equipo de Viñedos del Najerilla
""",
        html=ats_card("Viñedos del Najerilla", """Hola Gaspard,

Gracias por tu interés en Viñedos del Najerilla y por el tiempo dedicado a tu candidatura.

Hemos decidido avanzar con otros perfiles que se ajustan mejor a las necesidades actuales del puesto de Técnico Comercial Exportación.

Te deseamos lo mejor en tu búsqueda.

El equipo de Viñedos del Najerilla""", lang="es", colour="#6b2737",
            footer="Enviado con Workable."),
    ),
    dict(
        key="rej_alto", kind="rejection", name="altozano_filled_internally_latin1", lang="es",
        company="Bodegas Altozano", contact="raul.martinez@altozano.example.es",
        frm=("Raúl Martínez Calvo", "raul.martinez@altozano.example.es"),
        name_enc=("iso-8859-1", "B"), subj_enc=("iso-8859-1", "Q"),
        subject="Vacante Responsable de Exportación: información",
        date="2026-09-10 12:40", charset="iso-8859-1", cte="qp",
        text="""Estimado Sr. Lindqvist-Mensah:

Le escribo para informarle de que la vacante de Responsable de Exportación se ha cubierto finalmente con una persona de nuestro propio equipo, que llevaba tres años en el departamento de administración de ventas.

Cerramos por tanto la búsqueda externa. Le agradezco el interés mostrado por Bodegas Altozano y le deseo mucho éxito.

Atentamente,

Raúl Martínez Calvo
Director General
Bodegas Altozano · Ctra. de Cenicero km 3, 26350 Cenicero (La Rioja)
""",
    ),
]
