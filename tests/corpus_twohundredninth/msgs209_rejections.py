"""Corpus 209, hand-written: the 31 rejections."""

from msgs209_common import (
    CAND,
    CAND_NAME,
    ats_card,
    mso,
    outlook,
    outlook_html,
    p2h,
    page,
    q,
    wrote,
)

MESSAGES = [
    # --- T1 Université de la Vesdre: after the panel, quoting the candidate's thank-you note ---
    dict(
        kind="rejection", slug="vesdre_after_panel_quotes_thanks", id="vesdre_rej", parent="vesdre_thanks",
        lang="fr", company="Université de la Vesdre", contact="claire.dumoulin@univ-vesdre.example.be",
        frm=("Claire Dumoulin", "claire.dumoulin@univ-vesdre.example.be"),
        subject="RE: Merci pour l'entretien – Gestionnaire de l'information (réf. ADM-2026-014)",
        date="2026-03-16T11:05:00+01:00",
        text="""Bonjour Madame Okoro-Vandenberghe,

Merci pour votre gentil message et pour le temps que vous avez consacré au jury le 3 mars.

Le jury a délibéré vendredi. Votre parcours en bibliothèque a été apprécié, mais il a finalement porté son choix sur une personne qui a déjà conduit un projet de records management dans une administration. Je suis donc au regret de vous dire que nous ne pourrons pas vous proposer le poste.

Avec votre accord, nous conservons votre dossier dans notre réserve de recrutement pendant un an : un poste proche pourrait s'ouvrir au service des archives centrales à l'automne.

Je vous souhaite le meilleur pour la suite.

Claire Dumoulin
Conseillère en recrutement – Administration des ressources humaines
Université de la Vesdre
Place du Vingt-Août 31, 4000 Liège
+32 4 366 21 07

""" + wrote("fr", "jeu. 5 mars 2026 à 18:42", CAND_NAME, CAND) + "\n" + q("""Madame Dumoulin,

Je tenais à vous remercier, ainsi que les membres du jury, pour l'entretien de mardi. La présentation du futur plan de classement des archives facultaires m'a beaucoup intéressée et je suis d'autant plus motivée par ce poste.

Je reste à votre disposition si vous souhaitez des informations complémentaires.

Bien cordialement,
Ines Okoro-Vandenberghe"""),
    ),
    # --- T4 Tempora relays the clinic's no ---
    dict(
        kind="rejection", slug="tempora_relays_clinic_no", id="tempora_no", parent="tempora_client",
        lang="fr", company="Clinique Saint-Remacle", contact="julien.masset@tempora-interim.example.be",
        frm=("Julien Masset | Tempora", "julien.masset@tempora-interim.example.be"),
        subject="Re: Entretien Clinique Saint-Remacle – secrétariat médical / archives",
        date="2026-02-06T16:20:00+01:00",
        text="""Bonjour Ines,

J'ai eu la Clinique Saint-Remacle au téléphone cet après-midi. Ils ont été très contents de la rencontre, mais ils ont retenu une candidate qui connaît déjà leur logiciel de dossier patient ; pour eux, c'était le point décisif. Ce ne sera donc pas pour cette mission-ci, j'en suis désolé.

Je garde votre profil bien au chaud : j'ai deux demandes en gestion documentaire qui devraient arriver en mars du côté de Namur. Je vous fais signe dès que j'en sais plus.

À tantôt,
Julien

Julien Masset
Consultant senior – Office & Admin
Tempora – travail intérimaire & recrutement
Boulevard d'Avroy 12, 4000 Liège
GSM +32 475 61 22 90
""",
    ),
    # --- T9 Hôpital du Val-Mosan: role put on hold (Outlook, windows-1252, disclaimer) ---
    dict(
        kind="rejection", slug="valmosan_role_on_hold_outlook", id="hvm_hold", parent="hvm_ill",
        lang="fr", company="Hôpital du Val-Mosan", contact="nathalie.gerard@valmosan.example.be",
        frm=("Gérard Nathalie", "nathalie.gerard@valmosan.example.be"), name_enc=("windows-1252", "Q"),
        subject="RE: Report de votre entretien – Records manager (H/F/X)",
        subj_enc=("windows-1252", "Q"),
        date="2026-09-15T09:48:00+02:00",
        charset="windows-1252",
        text="""Madame,

Je reviens vers vous comme promis au sujet du poste de records manager.

La direction a décidé hier de geler ce recrutement jusqu’à la mise en service du nouveau dossier patient informatisé, au plus tôt en 2027. Dans ces conditions, nous ne donnerons pas suite aux candidatures en cours et l’entretien que nous devions reprogrammer n’aura pas lieu.

Je suis sincèrement désolée de ce contretemps, qui ne dit rien de la qualité de votre candidature. Si le poste est rouvert, je me permettrai de vous recontacter directement.

Bien à vous,

Nathalie Gérard
Responsable recrutement & mobilité
Hôpital du Val-Mosan – Site de Salzinnes
Rue des Hospices 90 – 5000 Namur
Tél. : +32 81 72 40 15

""" + outlook("fr", "Gérard Nathalie", "jeudi 27 août 2026 08:12", "Ines Okoro-Vandenberghe", "Report de votre entretien – Records manager (H/F/X)") + """

Madame,

Le Dr Lambotte, qui devait présider votre entretien du 1er septembre, est malheureusement souffrant. Nous devons reporter la rencontre et je vous propose une nouvelle date dès son retour.

Bien à vous,
Nathalie Gérard

---
Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur et de le supprimer. L’Hôpital du Val-Mosan décline toute responsabilité quant au contenu de ce courriel s’il a été altéré.
""",
        html=outlook_html(mso("""Madame,

Je reviens vers vous comme promis au sujet du poste de records manager.

La direction a décidé hier de geler ce recrutement jusqu’à la mise en service du nouveau dossier patient informatisé, au plus tôt en 2027. Dans ces conditions, nous ne donnerons pas suite aux candidatures en cours et l’entretien que nous devions reprogrammer n’aura pas lieu.

Je suis sincèrement désolée de ce contretemps, qui ne dit rien de la qualité de votre candidature. Si le poste est rouvert, je me permettrai de vous recontacter directement.

Bien à vous,

Nathalie Gérard
Responsable recrutement & mobilité
Hôpital du Val-Mosan – Site de Salzinnes
Rue des Hospices 90 – 5000 Namur
Tél. : +32 81 72 40 15""") + """
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De&nbsp;:</b> Gérard Nathalie<br><b>Envoyé&nbsp;:</b> jeudi 27 août 2026 08:12<br><b>À&nbsp;:</b> Ines Okoro-Vandenberghe<br><b>Objet&nbsp;:</b> Report de votre entretien – Records manager (H/F/X)</p>
</div>
<p class="MsoNormal">Madame,</p>
<p class="MsoNormal">Le Dr Lambotte, qui devait présider votre entretien du 1er septembre, est malheureusement souffrant. Nous devons reporter la rencontre et je vous propose une nouvelle date dès son retour.</p>
<p class="MsoNormal">Bien à vous,<br>Nathalie Gérard</p>
<p class="MsoNormal" style="font-size:8pt;color:gray">Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l’avez reçu par erreur, merci d’en avertir l’expéditeur et de le supprimer.</p>""", "fr"),
    ),
    # --- T10 OLAN Luxembourg: after the assessment centre ---
    dict(
        kind="rejection", slug="olan_after_assessment_centre", id="olan_rej", parent="olan_move",
        lang="fr", company="Office luxembourgeois des archives numériques", contact="sylvie.wagner@olan.example.lu",
        frm=("Sylvie Wagner", "sylvie.wagner@olan.example.lu"),
        subject="Résultat de la journée d'évaluation du 29 septembre",
        date="2026-10-06T14:30:00+02:00",
        text="""Chère Madame Okoro-Vandenberghe,

Nous vous remercions pour votre participation à la journée d'évaluation du 29 septembre.

Les résultats des exercices de mise en situation et de l'étude de cas ont été examinés par la commission. Votre score global ne vous place pas parmi les trois personnes invitées à l'entretien final ; votre candidature ne pourra donc pas être poursuivie dans le cadre de ce recrutement.

Si vous le souhaitez, je peux vous transmettre par téléphone un retour détaillé sur chaque exercice. Il suffit de me proposer un moment qui vous convient.

Avec nos salutations distinguées,

Sylvie Wagner
Chargée de recrutement
Office luxembourgeois des archives numériques
12, rue de l'Alzette – L-4011 Esch-sur-Alzette
T +352 26 54 38 20
""",
    ),
    # --- Lille: Lever, HTML only, formal ---
    dict(
        kind="rejection", slug="vauban_lever_html_only", parent="vauban_move",
        lang="fr", company="Assurances Vauban", contact="",
        frm=("Assurances Vauban", "no-reply@hire.lever.co"),
        subject="Assurances Vauban – suite donnée à votre candidature",
        date="2026-05-21T08:02:11+00:00",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Lever")],
        html=ats_card("Assurances Vauban · Recrutement", "#0b3d91", """<p>Bonjour Ines,</p>
<p>Merci encore pour les échanges que vous avez eus avec nos équipes pour le poste de <strong>Chargée de gouvernance documentaire – Direction juridique (Lille)</strong>.</p>
<p>Après avoir rencontré l'ensemble des finalistes, nous avons choisi de poursuivre avec une autre candidature, dont l'expérience du secteur de l'assurance répond plus directement aux attentes de la direction juridique.</p>
<p>Nous savons qu'une telle nouvelle déçoit après plusieurs étapes. Votre profil reste visible par nos recruteurs et nous vous invitons à consulter régulièrement nos offres.</p>
<p>Bien cordialement,<br>L'équipe Talents &amp; Recrutement<br>Assurances Vauban</p>""",
            """Ce message a été envoyé automatiquement via Lever pour le compte d'Assurances Vauban, 18 place du Concert, 59800 Lille. Merci de ne pas y répondre.<br>
<a href="https://jobs.lever.co/vauban-assurances-example">Nos offres</a> · <a href="https://hire.lever.co/privacy">Confidentialité</a>""", "fr"),
    ),
    # --- terse human ---
    dict(
        kind="rejection", slug="musee_houille_terse", parent="houille_ack",
        lang="fr", company="Musée de la Houille", contact="marc.delvaux@musee-houille.example.be",
        frm=("Marc Delvaux", "marc.delvaux@musee-houille.example.be"),
        subject="Re: Candidature documentaliste mi-temps",
        date="2026-02-19T19:12:00+01:00",
        text="""Bonsoir,

Poste attribué. Merci pour votre intérêt et bonne route.

M. Delvaux
Conservateur
""",
    ),
    # --- filled internally ---
    dict(
        kind="rejection", slug="awpe_filled_internally", parent="awpe_ack",
        lang="fr", company="Agence wallonne du Patrimoine écrit", contact="recrutement@awpe.example.be",
        frm=("AWPE – Service du personnel", "recrutement@awpe.example.be"),
        subject="Appel à candidatures AWPE/2026/07 – archiviste numérique",
        date="2026-04-09T10:00:00+02:00",
        text="""Madame,

L'appel à candidatures AWPE/2026/07 (archiviste numérique, niveau A, Namur) a été clôturé.

Conformément à notre règlement de mobilité, la fonction a été attribuée à un agent déjà en service à l'Agence, qui s'était porté candidat dans le cadre de la procédure interne. La sélection externe qui devait suivre n'aura donc pas lieu et aucune épreuve ne sera organisée.

Nous vous remercions de l'intérêt porté à l'Agence et vous invitons à suivre nos prochaines publications sur notre site.

Pour toute question, vous pouvez répondre à ce courriel.

Le Service du personnel
Agence wallonne du Patrimoine écrit
Rue du Moulin de Meuse 4, 5000 Namur
""",
    ),
    # --- casual colleague-style, tutoiement ---
    dict(
        kind="rejection", slug="deule_casual_former_colleague",
        lang="fr", company="Université de la Deûle", contact="bastien.carre@univ-deule.example.fr",
        frm=("Bastien Carré", "bastien.carre@univ-deule.example.fr"),
        subject="ton dossier pour le poste au SCD",
        date="2026-04-24T21:37:00+02:00",
        text="""Salut Ines,

Je préfère te l'écrire moi-même plutôt que tu l'apprennes par le courrier officiel : la commission n'a pas retenu ta candidature pour le poste de chargée des données de la recherche au SCD. Ils ont pris quelqu'un de l'interne qui faisait déjà une partie du boulot en intérim. Franchement, ton dossier tenait la route, j'ai été un peu dégoûté pour toi.

Si tu veux, on s'appelle la semaine prochaine, je te dirai ce qui est ressorti de la discussion (sans trahir de secret, hein).

Bises et courage,
Bastien

--
Bastien Carré
Service commun de la documentation
Université de la Deûle – Lille
""",
    ),
    # --- iso-8859-1, 8bit, formal letter ---
    dict(
        kind="rejection", slug="mutualite_latin1_formal", parent="mutualite_ack",
        lang="fr", company="Mutualité Saint-Lambert", contact="",
        frm=("Mutualité Saint-Lambert - Ressources humaines", "ne-pas-repondre@mutualite-stlambert.example.be"),
        subject="Votre candidature n° 2026-0318", date="2026-04-02T07:30:00+02:00",
        charset="iso-8859-1", cte="8bit",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Madame Okoro-Vandenberghe,

Nous accusons bonne réception de votre candidature au poste de gestionnaire des archives médico-administratives et vous en remercions.

Après un examen attentif de l'ensemble des dossiers, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite de la procédure.

Nous vous prions d'agréer, Madame, l'expression de nos sentiments distingués.

Le département des Ressources humaines
Mutualité Saint-Lambert
Place Saint-Lambert 7 - 4000 Liège

Ce courriel est généré automatiquement ; les réponses ne sont pas lues.
""",
    ),
    # --- base64 body: soft rejection ---
    dict(
        kind="rejection", slug="bepo_base64_soft",
        lang="fr", company="Bureau européen des Publications ouvertes", contact="selection@bepo.example.eu",
        frm=("BEPO Sélection", "selection@bepo.example.eu"),
        subject="Procédure BEPO/CA/2026/03 – documentaliste (GF IV)",
        date="2026-06-11T15:15:00+02:00", cte="base64",
        text="""Madame,

Le comité de sélection de la procédure BEPO/CA/2026/03 a terminé l'évaluation des candidatures sur la base des critères publiés dans l'avis de vacance.

Votre candidature a été jugée recevable. Toutefois, le comité a retenu pour l'épreuve écrite les candidats dont l'expérience en gestion de métadonnées éditoriales correspondait plus étroitement au profil recherché. Vous ne figurez pas parmi ces candidats.

Vous pouvez demander un réexamen de cette décision dans un délai de dix jours calendrier en écrivant à l'adresse du comité (selection@bepo.example.eu), en indiquant la référence de la procédure.

Le secrétariat du comité de sélection
Bureau européen des Publications ouvertes
2, rue Mercier – L-2985 Luxembourg
""",
    ),
    # --- Teamtailor, Paris, soft ---
    dict(
        kind="rejection", slug="hexaly_teamtailor_soft", parent="hexaly_ack",
        lang="fr", company="Hexaly Conseil", contact="",
        frm=("Hexaly Conseil", "no-reply@teamtailor-mail.com"),
        subject="Votre candidature chez Hexaly Conseil", date="2026-03-27T13:44:52+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Ines,

Un grand merci d'avoir pensé à Hexaly Conseil pour le poste de Consultante junior en archivage électronique (Paris 9e).

Nous avons lu votre candidature avec attention. Pour cette mission, nos clients attendent une pratique opérationnelle des systèmes d'archivage électronique à valeur probante (NF Z42-013), et nous avons donc privilégié des profils qui l'ont déjà. Nous ne pourrons malheureusement pas avancer ensemble cette fois.

Nous vous souhaitons une belle réussite dans vos projets.

L'équipe Talent d'Hexaly Conseil

Hexaly Conseil · 42 rue de Châteaudun · 75009 Paris
Vous recevez cet e-mail car vous avez postulé via notre page carrière. Gérer mes données : https://hexaly.teamtailor.com/fr/connect/privacy
""",
        html=ats_card("Hexaly Conseil", "#5b21b6", p2h("""Bonjour Ines,

Un grand merci d'avoir pensé à Hexaly Conseil pour le poste de Consultante junior en archivage électronique (Paris 9e).

Nous avons lu votre candidature avec attention. Pour cette mission, nos clients attendent une pratique opérationnelle des systèmes d'archivage électronique à valeur probante (NF Z42-013), et nous avons donc privilégié des profils qui l'ont déjà. Nous ne pourrons malheureusement pas avancer ensemble cette fois.

Nous vous souhaitons une belle réussite dans vos projets.

L'équipe Talent d'Hexaly Conseil"""), """Hexaly Conseil · 42 rue de Châteaudun · 75009 Paris<br>Vous recevez cet e-mail car vous avez postulé via notre page carrière. <a href="https://hexaly.teamtailor.com/fr/connect/privacy">Gérer mes données</a>""", "fr"),
    ),
    # --- head-hunter, client not named: company = the agency ---
    dict(
        kind="rejection", slug="haldenrook_unnamed_client_no",
        lang="fr", company="Halden & Rook", contact="thibault.lemaire@haldenrook.example.be",
        frm=("Thibault Lemaire", "thibault.lemaire@haldenrook.example.be"),
        subject="Mission « Responsable conformité documentaire » – retour du client",
        date="2026-05-29T12:10:00+02:00",
        text="""Bonjour Ines,

Je reviens vers vous au sujet de la mission confidentielle dont nous avions parlé en avril pour une institution financière bruxelloise.

Mon client a relu la liste courte ce matin et a souhaité rencontrer uniquement les profils ayant déjà piloté une migration de GED en environnement bancaire. Je n'ai donc pas pu présenter votre dossier plus loin, et je préfère vous le dire franchement plutôt que de vous laisser sans nouvelles.

Votre profil m'intéresse pour d'autres recherches plus orientées secteur public ; je me permettrai de vous rappeler.

Bien à vous,

Thibault Lemaire
Associate Director
Halden & Rook – Executive Search
Avenue Louise 231, 1050 Bruxelles
+32 2 808 14 60
""",
    ),
    # --- after interview, Outlook-quoted thank-you (Paris) ---
    dict(
        kind="rejection", slug="sorbier_after_interview_outlook_quote", parent="sorbier_move",
        lang="fr", company="Institut Sorbier", contact="helene.marchetti@institut-sorbier.example.fr",
        frm=("Hélène Marchetti", "helene.marchetti@institut-sorbier.example.fr"), name_enc=("iso-8859-1", "Q"),
        subject="RE: Remerciements – entretien du 14 avril", date="2026-04-28T17:55:00+02:00",
        text="""Chère Ines,

C'est moi qui vous remercie pour ce bel échange et pour votre mot du 14 au soir.

J'ai cependant une réponse décevante à vous transmettre : après la seconde série d'entretiens, nous avons proposé le poste de chargée des collections numériques à une candidate qui connaissait déjà notre fonds photographique. Le choix a été serré, et je tiens à ce que vous le sachiez.

N'hésitez pas à candidater de nouveau chez nous ; nous ouvrons régulièrement des CDD de numérisation.

Très cordialement,

Hélène Marchetti
Responsable du pôle patrimoine numérique
Institut Sorbier – 11 rue de Lutèce – 75004 Paris
01 44 07 33 19

""" + outlook("fr", "Ines Okoro-Vandenberghe <ines.ov@example.be>", "mardi 14 avril 2026 20:03", "Hélène Marchetti", "Remerciements – entretien du 14 avril") + """

Chère Madame Marchetti,

Merci pour l'entretien de ce matin et pour la visite des réserves. Je reste très intéressée par le poste et disponible pour un deuxième entretien si cela vous est utile.

Bien cordialement,
Ines Okoro-Vandenberghe
""",
    ),
    # --- iCIMS, encoded subject in iso-8859-1 B ---
    dict(
        kind="rejection", slug="scarpe_icims_latin1_subject",
        lang="fr", company="Scarpe Habitat", contact="",
        frm=("Scarpe Habitat Recrutement", "scarpehabitat-noreply@icims.com"),
        subject="Candidature - Assistant(e) archiviste, Lille : décision",
        subj_enc=("iso-8859-1", "B"),
        date="2026-07-08T06:15:40+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=page(p2h("""Madame Okoro-Vandenberghe,

Vous avez postulé à l'offre « Assistant(e) archiviste » basée à Lille, et nous vous en remercions.

Le nombre de candidatures reçues a été particulièrement élevé. Au terme de la présélection, la vôtre n'a pas été conservée. Cette décision est définitive pour ce poste ; elle ne préjuge pas de candidatures futures.

Cordialement,

Direction des ressources humaines
Scarpe Habitat – Office public de l'habitat
Portail candidats : https://careers-scarpehabitat.icims.com""") + """
<p style="font-size:11px;color:#777">Message automatique, merci de ne pas répondre.</p>""", "fr", "Décision"),
    ),
    # --- short human answer to her follow-up; quoted text asks about an interview date ---
    dict(
        kind="rejection", slug="namursambre_reply_to_followup", parent="namursambre_followup",
        lang="fr", company="Bibliothèque de Namur-Sambre", contact="anne.collard@biblio-namursambre.example.be",
        frm=("Anne Collard", "anne.collard@biblio-namursambre.example.be"),
        subject="Re: Suivi de ma candidature – bibliothécaire-gestionnaire de données",
        date="2026-08-12T10:26:00+02:00",
        text="""Bonjour Madame,

Désolée pour ce long silence, les congés ont ralenti tout le monde. Nous avons finalement engagé une autre personne début août ; je n'ai pas de date d'entretien à vous proposer, le recrutement est terminé.

Merci pour votre patience et bonne continuation.

Anne Collard
Bibliothécaire en chef

""" + wrote("fr", "lun. 10 août 2026 à 09:14", CAND_NAME, CAND) + "\n" + q("""Bonjour Madame Collard,

J'ai postulé le 22 juin au poste de bibliothécaire-gestionnaire de données. Pourriez-vous me dire si les entretiens ont déjà été planifiés, et à quelle date je pourrais éventuellement être conviée ?

Merci d'avance,
Ines Okoro-Vandenberghe"""),
    ),

    # ================================ English ================================
    # --- T7 MRRI: answers her apology for the missed call ---
    dict(
        kind="rejection", slug="mrri_after_missed_call_quotes_apology", id="mrri_rej", parent="mrri_sorry",
        lang="en", company="Meuse-Rhine Research Institute", contact="femke.janssen@mrri.example.nl",
        frm=("Femke Janssen", "femke.janssen@mrri.example.nl"),
        subject="RE: Apologies for missing our call this morning",
        date="2026-02-26T15:02:00+01:00",
        text="""Dear Ines,

Thanks again for your note, and no harm done about the call - these things happen.

I've now discussed the shortlist with the hiring manager. Since we spoke, two applicants with hands-on experience of research data repositories (Dataverse in particular) have come through, and the team has decided to continue with them for the Research Data Steward role. I'm afraid that means we won't be taking your application further.

I'd be glad to keep your CV on file for our library team, which usually recruits in the autumn.

Kind regards,
Femke

Femke Janssen
Talent Acquisition Partner
Meuse-Rhine Research Institute
Universiteitssingel 80, 6229 ER Maastricht, NL
+31 43 388 52 10

""" + wrote("en", "Thu, 12 Feb 2026 at 11:47", CAND_NAME, CAND) + "\n" + q("""Dear Femke,

I'm so sorry - I only saw your message now. My train from Liège was stuck without signal and I couldn't join the Teams call at 10:00. Would it be possible to find another slot for the interview? I'm free any afternoon next week.

Best regards,
Ines"""),
    ),
    # --- Workday formal, Luxembourg reinsurer ---
    dict(
        kind="rejection", slug="lyskamm_workday_formal", parent="lyskamm_ack",
        lang="en", company="Lyskamm Re", contact="",
        frm=("Lyskamm Re Careers", "lyskamm@myworkday.com"),
        subject="Your application for Records & Information Governance Analyst (R-10294)",
        date="2026-03-30T03:12:09+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Ines Okoro-Vandenberghe,

Thank you for applying for the position of Records & Information Governance Analyst (R-10294) in Luxembourg.

We have now completed our review. We regret to inform you that we will not be progressing your application on this occasion.

You can follow the status of all your applications in our candidate home: https://lyskamm.wd3.myworkday.com/lyskamm/d/home.htmld

Yours sincerely,
Talent Acquisition
Lyskamm Re

This is a system-generated message. Replies to this address are not monitored.
""",
        html=ats_card("Lyskamm Re", "#003a5d", """<p>Dear Ines Okoro-Vandenberghe,</p>
<p>Thank you for applying for the position of <b>Records &amp; Information Governance Analyst (R-10294)</b> in Luxembourg.</p>
<p>We have now completed our review. We regret to inform you that we will not be progressing your application on this occasion.</p>
<p>You can follow the status of all your applications in our <a href="https://lyskamm.wd3.myworkday.com/lyskamm/d/home.htmld">candidate home</a>.</p>
<p>Yours sincerely,<br>Talent Acquisition<br>Lyskamm Re</p>""", "This is a system-generated message. Replies to this address are not monitored.", "en"),
    ),
    # --- Greenhouse, HTML only, "more closely matches" ---
    dict(
        kind="rejection", slug="quillon_greenhouse_html_only",
        lang="en", company="Quillon Data", contact="",
        frm=("Quillon Data", "no-reply@us.greenhouse-mail.io"),
        subject="Update on your Quillon Data application",
        date="2026-05-06T17:40:03+00:00",
        html=page("""<p>Hi Ines,</p>
<p>Thank you for your interest in the <strong>Data Governance Associate</strong> position at Quillon Data and for the time you put into your application.</p>
<p>After careful consideration, we have decided to move forward with candidates whose experience more closely matches the needs of the role at this time.</p>
<p>We appreciate you considering us, and we encourage you to keep an eye on our <a href="https://boards.greenhouse.io/quillondataexample">careers page</a> for future openings.</p>
<p>Best,<br>The Quillon Data Recruiting Team</p>
<hr>
<p style="font-size:11px;color:#888">Quillon Data · 7 rue du Faubourg Montmartre · 75009 Paris<br>Powered by Greenhouse</p>""", "en", "Quillon Data"),
    ),
    # --- put on hold, will not proceed ---
    dict(
        kind="rejection", slug="ecas_role_on_hold", parent="ecas_ack",
        lang="en", company="European Centre for Archival Standards", contact="recruitment@ecas.example.eu",
        frm=("ECAS Recruitment", "recruitment@ecas.example.eu"),
        subject="ECAS/TA/2026/011 - Records Officer - status of the procedure",
        date="2026-07-02T10:30:00+02:00",
        text="""Dear Candidate,

We are writing to all applicants to vacancy ECAS/TA/2026/011 (Records Officer, Luxembourg).

Following the Management Board's decision of 26 June 2026 on the Centre's staff establishment plan, the role has been put on hold and we will not proceed with the selection. Applications received will not be assessed further, and no interviews will take place under this reference.

Should the post be published again, a new call will be issued and you would need to apply afresh.

Questions may be addressed to this mailbox.

ECAS Human Resources
European Centre for Archival Standards
5, rue Alphonse Weicker, L-2721 Luxembourg

This e-mail and any attachments are intended solely for the addressee. The views expressed do not necessarily represent the official position of the Centre.
""",
    ),
    # --- terse human, Maastricht ---
    dict(
        kind="rejection", slug="vrijthof_terse_human",
        lang="en", company="Vrijthof Analytics", contact="tom.bakker@vrijthof-analytics.example.nl",
        frm=("Tom Bakker", "tom.bakker@vrijthof-analytics.example.nl"),
        subject="Re: Junior data librarian",
        date="2026-06-19T08:51:00+02:00",
        text="""Hi Ines,

We've gone with someone else for this one. Thanks for applying, and good luck.

Tom

Sent from my phone
""",
    ),
    # --- Outlook windows-1252, Maastricht hospital, quoting the invite ---
    dict(
        kind="rejection", slug="maasland_outlook_quotes_invite", parent="mmc_update",
        lang="en", company="Maasland Medical Centre", contact="esther.vos@maaslandmc.example.nl",
        frm=("Vos, Esther", "esther.vos@maaslandmc.example.nl"),
        subject="RE: Interview - Medical Records Coordinator (vacancy 26-0412)",
        date="2026-05-13T16:22:00+02:00",
        charset="windows-1252",
        text="""Dear Ms Okoro-Vandenberghe,

Thank you for coming to Maastricht last Thursday and for the thoughtful answers you gave the panel.

We’ve now completed all interviews. Although the panel valued your experience with cataloguing and user support, the coordinator role will involve daily supervision of the scanning team, and we’ve offered the position to a candidate with more people-management experience. I’m sorry the news isn’t better.

With kind regards,

Esther Vos
HR Advisor | Maasland Medical Centre
P. Debyelaan 40 | 6229 HX Maastricht
T +31 43 387 61 44

""" + outlook("en", "Vos, Esther", "Monday, April 27, 2026 10:15 AM", "Ines Okoro-Vandenberghe", "Interview - Medical Records Coordinator (vacancy 26-0412)") + """

Dear Ms Okoro-Vandenberghe,

We would like to invite you to an interview for the Medical Records Coordinator role on Thursday 7 May at 14:00 at our main building, room C2.114. Please bring a copy of your ID.

Kind regards,
Esther Vos

DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message. Maasland Medical Centre accepts no liability for the content of this e-mail.
""",
        html=outlook_html(mso("""Dear Ms Okoro-Vandenberghe,

Thank you for coming to Maastricht last Thursday and for the thoughtful answers you gave the panel.

We’ve now completed all interviews. Although the panel valued your experience with cataloguing and user support, the coordinator role will involve daily supervision of the scanning team, and we’ve offered the position to a candidate with more people-management experience. I’m sorry the news isn’t better.

With kind regards,

Esther Vos
HR Advisor | Maasland Medical Centre
P. Debyelaan 40 | 6229 HX Maastricht
T +31 43 387 61 44""") + """
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Vos, Esther<br><b>Sent:</b> Monday, April 27, 2026 10:15 AM<br><b>To:</b> Ines Okoro-Vandenberghe<br><b>Subject:</b> Interview - Medical Records Coordinator (vacancy 26-0412)</p></div>
<p class="MsoNormal">Dear Ms Okoro-Vandenberghe,</p>
<p class="MsoNormal">We would like to invite you to an interview for the Medical Records Coordinator role on Thursday 7 May at 14:00 at our main building, room C2.114. Please bring a copy of your ID.</p>
<p class="MsoNormal">Kind regards,<br>Esther Vos</p>
<p class="MsoNormal" style="font-size:7.5pt;color:gray">DISCLAIMER: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message. Maasland Medical Centre accepts no liability for the content of this e-mail.</p>""", "en"),
    ),
    # --- Lever with a human Reply-To ---
    dict(
        kind="rejection", slug="norrow_lever_reply_to_recruiter", parent="norrow_moved",
        lang="en", company="Norrow", contact="priya.raman@norrow.example.be",
        frm=("Priya Raman (Norrow)", "no-reply@hire.lever.co"),
        reply_to=("Priya Raman", "priya.raman@norrow.example.be"),
        subject="Norrow | Knowledge Base Curator - next steps",
        date="2026-04-03T12:00:41+00:00",
        text="""Hi Ines,

Thanks so much for talking with Jonas and me on Tuesday. We really enjoyed hearing how you rebuilt the subject headings at your library.

I wanted to let you know quickly rather than leave you waiting: we're not going to move you to the take-home stage. The team is leaning toward someone who has written product documentation in a SaaS company before, and that ended up weighing more than we expected.

If you'd like a few words of feedback, just reply to this email and I'll share what I can.

All the best,
Priya

--
Priya Raman · People & Talent · Norrow
Rue de la Loi 155, 1040 Brussels
""",
    ),
    # --- agency relays the named client's no ---
    dict(
        kind="rejection", slug="calder_relays_servaas_no", parent="calder_postpone",
        lang="en", company="Servaas University Library", contact="niamh.doyle@calder-recruitment.example.nl",
        frm=("Niamh Doyle", "niamh.doyle@calder-recruitment.example.nl"),
        subject="Servaas University Library - feedback",
        date="2026-06-30T13:05:00+02:00",
        text="""Hi Ines,

I've just had the feedback call with Servaas University Library after your interview on Friday.

Short version: it's a no from them, I'm afraid. They liked your cataloguing background and your Dutch-English-French mix, but they felt you'd need more time to get up to speed with their Alma migration, and they want someone who can run it from day one.

I know that's frustrating after the postponement. I'll keep pushing your CV for the two archive roles I mentioned - I'll ring you on Thursday.

Niamh

Niamh Doyle
Senior Consultant, Public Sector & Education
Calder Recruitment | Stationsstraat 9 | 6221 BN Maastricht
+31 43 204 77 18
""",
    ),

    # ================================ German ================================
    dict(
        kind="rejection", slug="kaiserpfalz_after_second_slot", id="kp_rej", parent="kp_new",
        lang="de", company="Kaiserpfalz Versicherung", contact="katrin.brandt@kaiserpfalz-versicherung.example.de",
        frm=("Katrin Brandt", "katrin.brandt@kaiserpfalz-versicherung.example.de"),
        subject="Ihre Bewerbung als Sachbearbeiterin Schriftgutverwaltung (m/w/d)",
        date="2026-05-08T13:40:00+02:00",
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

vielen Dank, dass Sie sich nach dem verpassten ersten Termin die Zeit für das zweite Gespräch am 28. April genommen haben.

Wir haben inzwischen alle Gespräche ausgewertet. Für die Stelle ist fließendes Deutsch im Umgang mit Kundenakten und Behörden unverzichtbar, und hier haben sich andere Bewerberinnen stärker präsentiert. Wir haben uns deshalb entschieden, Ihnen keine Zusage zu geben.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Brandt
Personalreferentin
Kaiserpfalz Versicherung
Theaterstraße 61, 52062 Aachen
Telefon +49 241 99 417-230

Kaiserpfalz Versicherung a.G. · Sitz Aachen · Amtsgericht Aachen HRB 0000 · Vorstand: Dr. Arno Weiß (Vors.), Sabine Kürten
""",
    ),
    dict(
        kind="rejection", slug="wurmtal_softgarden_html", parent="wurmtal_ill",
        lang="de", company="Wurmtal Klinikum", contact="",
        frm=("Wurmtal Klinikum", "noreply@softgarden.io"),
        subject="Ihre Bewerbung bei Wurmtal Klinikum", subj_enc=None,
        date="2026-07-17T09:01:33+00:00",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Wurmtal Klinikum · Karriere", "#00796b", """<p>Sehr geehrte Frau Okoro-Vandenberghe,</p>
<p>haben Sie nochmals vielen Dank für Ihr Interesse an der Position <b>Medizinische Dokumentarin / Archivkoordination (m/w/d)</b> und für das Gespräch mit unserem Team.</p>
<p>Nach sorgfältiger Abwägung müssen wir Ihnen heute leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.</p>
<p>Freundliche Grüße<br>Ihr Recruiting-Team<br>Wurmtal Klinikum</p>""",
            """Wurmtal Klinikum gGmbH · Klinikweg 3 · 52134 Herzogenrath<br>Diese Nachricht wurde automatisch über softgarden versendet. <a href="https://wurmtal-klinikum.softgarden.io/de/privacy">Datenschutz</a>""", "de"),
    ),
    dict(
        kind="rejection", slug="dreilaender_terse_human", parent="dl_call",
        lang="de", company="Dreiländer Datenarchiv", contact="jens.hoffmann@dreilaender-archiv.example.de",
        frm=("Jens Hoffmann", "jens.hoffmann@dreilaender-archiv.example.de"),
        subject="AW: Kurzes Telefonat am Donnerstag?",
        date="2026-03-12T18:03:00+01:00",
        text="""Hallo Frau Okoro-Vandenberghe,

danke fürs Telefonat. Wir machen mit jemand anderem weiter. Alles Gute!

Gruß
Jens Hoffmann

""" + wrote("de", "Mo., 9. März 2026 um 08:30", "Jens Hoffmann", "jens.hoffmann@dreilaender-archiv.example.de") + "\n" + q("""Hallo Frau Okoro-Vandenberghe,

hätten Sie am Donnerstag gegen 11 Uhr Zeit für ein kurzes Telefonat zu Ihrer Bewerbung als Archivassistenz?

Gruß
Jens Hoffmann"""),
    ),
    dict(
        kind="rejection", slug="sauertal_role_cancelled_latin1", parent="sauertal_ack",
        lang="de", company="Sauertal Versicherung", contact="personal@sauertal.example.lu",
        frm=("Sauertal Versicherung - Personalabteilung", "personal@sauertal.example.lu"), name_enc=("iso-8859-1", "Q"),
        subject="Ihre Bewerbung - Dokumentenmanagerin (Luxemburg-Stadt)", subj_enc=("iso-8859-1", "B"),
        date="2026-08-20T11:11:00+02:00",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Okoro-Vandenberghe,

wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle als Dokumentenmanagerin im Zuge einer internen Umstrukturierung gestrichen wurde. Die Aufgaben werden künftig von unserem Dienstleister in Bettembourg übernommen.

Das Auswahlverfahren ist damit beendet; Ihre Bewerbung kann nicht weiter berücksichtigt werden. Wir bedauern, Ihnen keine andere Nachricht geben zu können.

Bei Rückfragen antworten Sie gern auf diese E-Mail.

Mit freundlichen Grüßen
Personalabteilung
Sauertal Versicherung
25, boulevard Royal · L-2449 Luxemburg
""",
    ),

    # ================================ Spanish ================================
    dict(
        kind="rejection", slug="cibeles_filled_internally", id="cib_rej", parent="cib_cancel",
        lang="es", company="Seguros Cibeles", contact="marta.quintana@seguroscibeles.example.es",
        frm=("Marta Quintana", "marta.quintana@seguroscibeles.example.es"),
        subject="Proceso Técnico/a de Gestión Documental – cierre",
        date="2026-05-28T12:34:00+02:00",
        text="""Hola, Ines:

Como te adelanté al anular la entrevista del día 19, el área de Operaciones estaba valorando una reorganización interna. Finalmente la vacante de Técnico/a de Gestión Documental se ha cubierto con una persona del propio equipo, por lo que cerramos el proceso externo sin nuevas entrevistas.

Siento que haya terminado así después de todo el proceso. Nos quedamos con tu candidatura para futuras posiciones en el área de Siniestros, que suele necesitar perfiles como el tuyo.

Un saludo cordial,

Marta Quintana
Talent Acquisition · Seguros Cibeles
Paseo de la Castellana 141, 28046 Madrid
Tel. +34 915 55 20 86
""",
    ),
    dict(
        kind="rejection", slug="carpetana_teamtailor_after_video", parent="carpetana_inv",
        lang="es", company="Universidad Carpetana", contact="",
        frm=("Universidad Carpetana", "no-reply@teamtailor-mail.com"),
        subject="Tu candidatura a Gestor/a de Datos de Investigación", date="2026-07-23T10:00:18+00:00",
        text="""Estimada Ines:

Gracias por participar en la entrevista por videoconferencia para el puesto de Gestor/a de Datos de Investigación de la Biblioteca.

El comité ha concluido el proceso y lamentamos comunicarte que no has sido seleccionada. Valoramos mucho tu experiencia en atención a investigadores, pero el puesto requería conocimientos de planes de gestión de datos que otros candidatos acreditaban con más detalle.

Te agradecemos sinceramente el interés mostrado.

Servicio de Personal de Administración y Servicios
Universidad Carpetana · Campus de Moncloa · Madrid
""",
        html=ats_card("Universidad Carpetana · Empleo", "#8b1e3f", p2h("""Estimada Ines:

Gracias por participar en la entrevista por videoconferencia para el puesto de Gestor/a de Datos de Investigación de la Biblioteca.

El comité ha concluido el proceso y lamentamos comunicarte que no has sido seleccionada. Valoramos mucho tu experiencia en atención a investigadores, pero el puesto requería conocimientos de planes de gestión de datos que otros candidatos acreditaban con más detalle.

Te agradecemos sinceramente el interés mostrado.

Servicio de Personal de Administración y Servicios
Universidad Carpetana"""), "Campus de Moncloa · Madrid · Enviado con Teamtailor", "es"),
    ),
    dict(
        kind="rejection", slug="talentomeseta_relays_manzanares_no", parent="meseta_client",
        lang="es", company="Fundación Archivo Manzanares", contact="raquel.sanz@talentomeseta.example.es",
        frm=("Raquel Sanz · Talento Meseta", "raquel.sanz@talentomeseta.example.es"),
        subject="RV: Feedback Fundación Archivo Manzanares",
        date="2026-06-16T19:20:00+02:00",
        text="""Hola Ines,

Te reenvío lo que me ha escrito la Fundación. En resumen: no siguen contigo en el proceso. Me sabe mal, porque la entrevista les gustó, pero buscan a alguien que pueda incorporarse en julio y tu preaviso en Lieja es de tres meses.

Sigo contando contigo para otras búsquedas, ¿vale? Hablamos pronto.

Raquel

---------- Mensaje reenviado ---------
De: Beatriz Ordóñez <b.ordonez@archivomanzanares.example.es>
Fecha: martes, 16 de junio de 2026, 17:02
Asunto: Feedback Fundación Archivo Manzanares
Para: Raquel Sanz <raquel.sanz@talentomeseta.example.es>

Raquel, gracias por presentarnos a Ines. Muy buena impresión, pero necesitamos incorporación inmediata y no podemos esperar al otoño. Descartamos su candidatura. Un abrazo, Beatriz
""",
    ),
    dict(
        kind="rejection", slug="sierra_after_interview_latin1", parent="sierra_thanks",
        lang="es", company="Consorcio de Archivos de la Sierra", contact="pedro.lozano@archivossierra.example.es",
        frm=("Pedro Lozano Gil", "pedro.lozano@archivossierra.example.es"),
        subject="Re: Agradecimiento por la entrevista", subj_enc=None,
        date="2026-09-24T09:05:00+02:00",
        charset="iso-8859-1", cte="8bit",
        text="""Estimada Sra. Okoro-Vandenberghe:

Le agradezco su amable mensaje tras la entrevista del pasado lunes en Collado Villalba.

Lamento decirle que el tribunal ha propuesto para la plaza de técnica de archivo a otra aspirante, que obtuvo mayor puntuación en la fase de méritos. La relación de puntuaciones se publicará en el tablón del Consorcio la próxima semana.

Reciba un cordial saludo,

Pedro Lozano Gil
Jefe de Servicio de Archivos
Consorcio de Archivos de la Sierra
Plaza de la Constitución 1, 28400 Collado Villalba (Madrid)

""" + wrote("es", "lun, 21 sept 2026 a las 20:10", CAND_NAME, CAND) + "\n" + q("""Estimado Sr. Lozano:

Quería agradecerle la entrevista de esta mañana y la visita al depósito. ¿Sabe usted cuándo se conocerá la decisión?

Un saludo,
Ines Okoro-Vandenberghe"""),
    ),
]
