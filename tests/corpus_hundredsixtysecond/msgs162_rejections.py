"""Corpus 162 — rejections (31): hand-written specs."""

from __future__ import annotations

from msgs162_common import ats_card, m, outlook_html, page, paras, pdf, when

R_RESTORIA = """Bonjour Bastien,

Merci pour l'intérêt que vous portez à Restoria Collectivités et pour votre candidature au poste de Responsable qualité cuisine centrale (R-10482) à Vénissieux.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous conservons vos informations dans notre vivier pendant 24 mois, et vous pouvez à tout moment consulter nos autres offres sur notre site carrières.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Restoria Collectivités

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
"""

R_BISCUITERIE = """Bonjour Bastien,

Je reviens vers vous comme promis après votre rencontre de mardi à la Biscuiterie Dauphinoise.

J'ai eu Mme Perrotin au téléphone ce matin : ils ont apprécié votre motivation et votre connaissance terrain de l'HACCP, mais ils partent sur un profil qui a déjà tenu un poste d'auditeur en usine. Pour la mission d'assistant qualité à Voreppe, c'est donc non de leur côté.

Je sais que c'est frustrant, d'autant que l'échange s'était bien passé. Je garde votre dossier en haut de la pile : on a régulièrement des besoins en contrôle qualité sur le bassin grenoblois et je vous rappelle dès qu'une mission colle.

Belle fin de semaine,

Karine Mazoyer
Chargée de recrutement - Pôle Agroalimentaire
Talents Intérim Rhône - Agence de Lyon Part-Dieu
27 rue Servient, 69003 Lyon
04 78 60 12 45 | karine.mazoyer@talents-interim.example.fr
"""

R_CLINIQUE = """Monsieur,

Nous revenons vers vous au sujet de votre postulation pour la place de Collaborateur qualité hygiène alimentaire (taux d'activité 80 %) au sein de notre service hôtelier.

Entre-temps, une collaboratrice de notre cuisine de production s'est portée candidate à l'interne, et la direction a décidé de lui confier ce poste. L'entretien prévu avec vous, que nous avions dû reporter, n'aura donc pas lieu.

Nous sommes conscients que cette nouvelle arrive tard et vous prions de nous en excuser. Votre dossier nous a fait bonne impression ; nous vous encourageons à consulter régulièrement nos offres.

Nous vous adressons nos meilleures salutations.

Séverine Chappuis
Ressources humaines - Service hôtelier
Clinique des Alpes Genève
Chemin des Crêts-de-Champel 41, 1206 Genève
+41 22 839 71 00
"""

R_ARAVIS = """Bonjour,

Le poste de responsable hygiène à l'atelier de Thônes est pourvu depuis la semaine dernière. Merci quand même pour votre intérêt et bonne continuation.

Jean-Marc Burnier
Fromagerie Aravis
"""

R_LABOVAL = """Bonjour Monsieur Okafor-Leroux,

Nous vous remercions d'avoir postulé au poste de Technicien qualité microbiologie au sein de notre laboratoire de Lyon Gerland.

Nous avons reçu de nombreuses candidatures de grande qualité. Après examen, nous avons choisi d'avancer avec des personnes dont l'expérience en laboratoire d'analyses accrédité COFRAC correspond davantage aux exigences du poste.

Cette décision ne remet pas en cause la valeur de votre parcours, et nous vous invitons à rester attentif à nos prochaines offres.

Bien cordialement,

Service des ressources humaines
LaboVal Analyses
"""

R_SODIREST = """Bonjour Bastien,

Je me permets de vous écrire au sujet du poste d'Animateur qualité-hygiène (secteur Nord-Isère) pour lequel nous avions échangé en avril.

La direction régionale vient de geler les créations de postes jusqu'à la fin de l'exercice : ce recrutement est suspendu et nous ne donnerons pas suite aux candidatures en cours, dont la vôtre. Ce n'est en rien lié à votre profil, qui nous paraissait cohérent avec le besoin.

Si le poste est rouvert, il sera republié sur notre site ; n'hésitez pas à repostuler à ce moment-là.

Cordialement,

Élodie Varenne
Chargée de développement RH
Sodirest - Direction régionale Auvergne-Rhône-Alpes
04 72 14 55 80
"""

R_VERCORS = """Bonjour Bastien,

Merci pour votre message et pour le temps passé avec nous jeudi dernier à Saint-Jean-en-Royans.

Nous avons rencontré quatre personnes pour ce poste d'assistant qualité. Au final, nous avons retenu une candidate qui a déjà mené des audits IFS en conserverie, un point qui a pesé lourd vu notre calendrier de certification à l'automne.

Votre passage en cuisine scolaire vous donne de vraies bases ; si vous passez une certification d'auditeur interne, je serai ravi de relire votre candidature.

Bien à vous,

Olivier Garnache
Responsable qualité
Conserverie du Vercors
"""

R_LEMAN = """Monsieur,

Suite à votre postulation du 2 février pour la place de Responsable assurance qualité à notre site de Crissier, nous avons le regret de vous annoncer que nous ne pourrons pas retenir votre dossier.

Vous trouverez en annexe notre courrier officiel. Nous vous remercions de l'intérêt porté à notre entreprise et vous retournons vos documents par voie électronique.

Avec nos meilleures salutations.

Nadia Sauthier
Responsable RH
Laiterie Léman SA
Route de Cossonay 88, 1023 Crissier
Tél. +41 21 634 22 10

Ce courriel et ses annexes sont confidentiels et destinés exclusivement au(x) destinataire(s) mentionné(s). Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
"""

R_GRANDPANIER = """Bonjour Bastien,

Merci pour les échanges de ces dernières semaines avec notre équipe qualité magasins.

Le poste de Contrôleur qualité produits frais (Lyon Confluence) a suscité beaucoup d'intérêt et nous avons finalement fait le choix d'un autre profil pour ce recrutement.

Nous te souhaitons le meilleur pour la suite.

Amandine, pour l'équipe Talent Grand Panier
"""

R_VILLEURBANNE = """<p>Monsieur Bastien OKAFOR-LEROUX,</p>
<p>Vous avez fait acte de candidature pour le poste de <b>Responsable hygiène et sécurité alimentaire (cadre B, technicien territorial)</b> à la Cuisine centrale municipale.</p>
<p>Le jury de recrutement réuni le 28 avril 2026 a examiné l'ensemble des dossiers reçus. J'ai le regret de vous faire savoir qu'il n'a pas été donné une suite favorable à votre candidature.</p>
<p>Je vous remercie de l'intérêt que vous avez manifesté pour notre collectivité.</p>
<p>Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.</p>
<p>Pour le Maire et par délégation,<br>
La Directrice des ressources humaines<br>
Hélène Cardinaux</p>
<p style="font-size:11px;color:#666">Ville de Villeurbanne (fictive) - Direction des ressources humaines - Place Lazare-Goujon - 69100 Villeurbanne<br>
Réponse automatique du service emploi : <a href="mailto:emploi@villeurbanne-cuisine.example.fr">emploi@villeurbanne-cuisine.example.fr</a></p>"""

R_NUTRILAB = """Salut Bastien,

Bon, je vais être direct parce que tu le mérites : ça ne va pas se faire pour le poste chez nous. On a longuement discuté avec Sophie et on a besoin de quelqu'un qui soit opérationnel tout de suite sur la partie étiquetage nutritionnel et allergènes réglementaires, et on n'a pas le temps de former en ce moment.

Franchement dommage, le courant passait bien. Si tu veux je te mets en contact avec deux ou trois personnes du réseau qualité d'Annecy.

Tiens bon,
Greg

--
Grégoire Pachoud
Directeur technique - Nutrilab Annecy
06 12 77 30 41
"""

R_GRC = """<p>Monsieur Okafor-Leroux,</p>
<p>Je reviens vers vous concernant la place de Spécialiste qualité HACCP que nous avions mise au concours en juin.</p>
<p>Dans le cadre de la réorganisation de nos cuisines de production décidée par le conseil d'administration, ce poste a été supprimé du budget 2027 et le recrutement est annulé. Nous ne pouvons donc malheureusement pas donner suite à votre postulation, ni à aucune autre.</p>
<p>Je vous remercie sincèrement pour le temps consacré à votre dossier et vous souhaite plein succès.</p>
<p>Meilleures salutations,</p>
<p><b>Laurent Dubosson</b><br>
Responsable du personnel<br>
Genève Restauration Collective<br>
Rue de Lyon 77, 1203 Genève<br>
T +41 22 345 90 12 | laurent.dubosson@grc.example.ch</p>
<p style="font-size:8pt;color:gray">AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement à la personne ou à l'entité à laquelle il est adressé et peut contenir des informations confidentielles. Toute diffusion, copie ou utilisation non autorisée est interdite. Si vous avez reçu ce message par erreur, veuillez le signaler à l'expéditeur et le supprimer.</p>"""

R_ANALYTICA = """Bonjour Bastien,

Nous vous remercions pour votre postulation en tant que Préparateur d'échantillons (100 %) chez Analytica Romande.

Malheureusement, nous ne sommes pas en mesure de vous proposer ce poste. Notre choix s'est porté sur une personne disposant d'un CFC de laborantin.

Nous vous souhaitons beaucoup de succès dans la suite de vos démarches.

Meilleures salutations
Votre équipe RH Analytica Romande
"""

R_QUALICONSEIL = """Bonjour Bastien,

Merci encore pour notre échange de vendredi, et pour la souplesse après le petit raté du début du mois.

J'ai fait le point avec mes associés. Pour cette mission de consultant junior en restauration collective, nous cherchons finalement quelqu'un qui puisse facturer des audits dès octobre, avec une première expérience de cabinet. Nous n'irons donc pas plus loin ensemble sur ce poste.

Cela dit, votre regard de praticien de cuisine est rare chez nous. Je vous conseille sincèrement la formation d'auditeur ISO 22000 ; recontactez-moi une fois certifié.

Cordialement,
Matthieu Rebuffat
Associé - Qualiconseil Alimentaire
"""

R_LACJURA = """Bonjour Monsieur Okafor-Leroux,

Je vous remercie pour votre disponibilité lors de notre entretien téléphonique de la semaine passée.

Notre mandant, une entreprise de transformation de viande du Nord vaudois, a pris connaissance de votre dossier que je lui avais présenté de manière anonyme. Il a estimé que l'absence de permis de travail suisse à ce stade était rédhibitoire pour une entrée en fonction au 1er juin. Je ne peux donc pas poursuivre votre candidature pour ce mandat.

Je reste à disposition pour d'autres opportunités dans la région lémanique.

Avec mes meilleures salutations,

Pascal Reymond
Conseiller en personnel - Industrie alimentaire
Placement Lac & Jura
Avenue de la Gare 12, 1003 Lausanne
+41 21 311 48 70 / natel +41 79 512 33 08
"""

R_NORDVIK = """Dear Bastien,

Thank you for taking part in the assessment centre for the Quality Assurance Associate role (Job ID JR-20931) in Geneva.

We have now completed our review of all participants. While your results showed real strengths in practical hygiene judgement, we will not be offering you a position on this occasion.

This outcome is final for this requisition. Your candidate profile will remain active, and you are welcome to apply to other roles at Nordvik Foods.

Kind regards,
Talent Acquisition Team
Nordvik Foods

Please do not reply to this message. This mailbox is not monitored.
"""

R_LIFFEY = """Hi Bastien,

Thanks so much for your kind note after Friday, and I'm glad you enjoyed the tour of the bakehouse floor.

I'll be honest with you since you asked for feedback: the panel was impressed by your allergen control examples, but we've gone with someone who has BRCGS internal audit experience already, because the site audit is only six weeks away. I'm sorry it isn't better news.

If you pick up an internal auditor course, please do keep an eye on our careers page; we expect to grow the QA team next year.

All the best,
Aoife Byrne
Talent Partner, Liffey Bakeries
"""

R_HARBOUR = """Hi Bastien,

Thank you for your interest in the Food Safety Technician position at Harbour Foods and for your patience after our call had to be moved.

After careful consideration, we've decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We really appreciate the time you invested, and we wish you luck in your search.

Best,
The Harbour Foods Talent Team
"""

R_STBRIGID = """Bastien,

We've offered the catering supervisor (food safety) post to another candidate, who has accepted. Thanks for your time on the phone last week.

Regards,
Declan Furlong
Catering Services Manager
St. Brigid's Hospital, Dublin 8
"""

R_FRIGO = """Dear Bastien,

I'm writing about your application for the HACCP Coordinator role at our Turin plant.

Following a change in our production plans for 2027, the role has been put on hold and we will not proceed with any hiring for it this year. I realise this is disappointing, especially as your profile was among those we had shortlisted.

If the position is reopened, we'll publish it again and your earlier application will not count against you.

With best regards,
Chiara Bellandi
HR Business Partner
Frigo Alpina S.p.A. - Via Pianezza 210, 10151 Torino
"""

R_EMERALD = """Hi Bastien,

Quick update from me after chasing Emerald Dairy this morning.

They've come back to say no for the Hygiene & QA Supervisor job in Naas. The hiring manager liked you in the interview, but the shift pattern involves leading the night team on CIP cleaning and they want someone who's done that in dairy before. Their words, not mine!

Don't be too disheartened. I have two bakery clients on the north side who are looking in the next month or so, and I'll put you forward if you're happy for me to.

Talk soon,
Ciara

Ciara Nolan | Senior Consultant, Food & Beverage
Shamrock Food Recruitment | 14 Baggot Street Lower, Dublin 2
T: +353 1 662 4410 | M: +353 87 219 6645
"""

R_BIOQUAL = """Hi Bastien,

Thanks for applying for the Laboratory Quality Assistant role at BioQual Piemonte.

We've reviewed your application carefully. Our team is looking for someone with hands-on experience of ISO 17025 documentation and sample chain-of-custody, so we've chosen not to progress your application further.

We're grateful for your interest and wish you the very best.

Marco Ferrero
People Team, BioQual Piemonte
"""

R_TORINO = """Hey Bastien,

Bad news I'm afraid - the ops director picked the other finalist for the kitchen QA lead job. Honestly it was close, and I wanted you to hear it from me rather than a form letter.

Happy to give you proper feedback over a call if useful. And if you're ever back in Turin, coffee's on me.

Cheers,
Luca
"""

R_SCHWABENBACK = """Sehr geehrter Herr Okafor-Leroux,

vielen Dank für das Gespräch am 16. April in unserer Backstube in Stuttgart-Feuerbach und dafür, dass Sie den Ersatztermin so kurzfristig wahrnehmen konnten.

Nach sorgfältiger Abwägung haben wir uns für eine Bewerberin entschieden, die bereits Erfahrung mit IFS Food in einem Großbetrieb mitbringt. Wir können Ihnen die Stelle als Qualitätssicherungsmitarbeiter (m/w/d) daher leider nicht anbieten.

Ihre Unterlagen löschen wir gemäß unserer Datenschutzhinweise nach sechs Monaten.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

Sabine Kälble
Personalleitung
Schwabenback GmbH & Co. KG
Steiermärker Straße 9, 70469 Stuttgart
Tel. 0711 8 15 47-20
"""

R_NECKAR = """Hallo Bastien Okafor-Leroux,

vielen Dank für Ihr Interesse an Neckar Feinkost und Ihre Bewerbung als Hygienebeauftragter (m/w/d) am Standort Esslingen.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Bitte sehen Sie von Rückfragen zu den Gründen ab.

Beste Grüße
Ihr Recruiting-Team von Neckar Feinkost
"""

R_KLINIKUM = """Sehr geehrter Herr Okafor-Leroux,

wir kommen zurück auf Ihre Bewerbung als Diätassistent / Hygienefachkraft Küche (Kennziffer 2026-0314) in unserer Zentralküche.

Die Position konnte zwischenzeitlich durch eine interne Versetzung besetzt werden; das Auswahlverfahren ist damit abgeschlossen.

Wir danken Ihnen für das entgegengebrachte Vertrauen.

Mit freundlichen Grüßen
i. A. Jürgen Häußler
Personalabteilung - Klinikum Stuttgart-Ost
"""

R_PROFOOD = """Hallo Herr Okafor-Leroux,

kurze Rückmeldung zu der Stelle, die ich Ihnen letzte Woche vorgestellt hatte (QS-Techniker in der Getränkeabfüllung, Raum Ludwigsburg):

Unser Kunde hat sich Ihr Profil angesehen und möchte Sie nicht zum Gespräch einladen. Ausschlaggebend waren nach seinen Worten die fehlenden Deutschkenntnisse auf C1-Niveau für die Schulung der Produktionsmitarbeiter.

Ich bleibe dran und melde mich, sobald ich etwas Passendes mit mehr Englischanteil habe.

Viele Grüße
Tobias Renz
Personalberater Lebensmittelindustrie
ProFood Personal GmbH | Königstraße 28 | 70173 Stuttgart
Mobil 0170 4418 921
"""

R_CARNICAS = """Estimado/a Bastien:

Le agradecemos sinceramente su interés en formar parte de Cárnicas Aragonesas y el tiempo dedicado a su candidatura para el puesto de Técnico/a de Calidad y Seguridad Alimentaria (Ref. CA-2026-044).

Tras valorar todas las candidaturas recibidas, lamentamos comunicarle que su perfil no ha sido seleccionado para continuar en el proceso.

Conservaremos sus datos conforme a nuestra política de privacidad por si surgiera una vacante adecuada.

Atentamente,
Departamento de Personas
Cárnicas Aragonesas
"""

R_MONCAYO = """Hola Bastien:

Gracias por enviarnos tu candidatura para el puesto de auxiliar de laboratorio de control de alimentos.

Hemos decidido seguir adelante con otras personas cuyo perfil se ajusta más a lo que buscamos en este momento, sobre todo en el manejo de técnicas de microbiología.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Nuria Lasheras
Laboratorio Moncayo
"""

R_AZUCARERA = """Hola Bastien,

Te escribo después de hablar con el cliente.

En Azucarera del Jalón han terminado las entrevistas para el puesto de técnico de higiene en planta y han optado por otra persona que ya conocía la línea de envasado. Me han pedido que te transmita su agradecimiento por acudir a Épila.

Sé que te hacía ilusión. Seguimos teniendo tu ficha activa en la agencia y te aviso en cuanto salga algo parecido en Zaragoza o alrededores.

Un abrazo,
Raquel Gimeno
Consultora de selección
Trabajo Aragón ETT
Paseo Independencia 24, 50004 Zaragoza
976 23 45 17
"""

R_SANLAMBERTO = """Estimado Sr. Okafor-Leroux:

Le escribimos en relación con el proceso de selección para el puesto de Responsable de Seguridad Alimentaria del Servicio de Cocina.

Una vez concluidas las entrevistas, le informamos de que la plaza ha sido cubierta y el proceso queda cerrado. No podremos contar con usted en esta ocasión.

Agradecemos su interés por el Hospital San Lamberto.

Reciba un cordial saludo,

Unidad de Selección
Hospital San Lamberto
Avda. de Navarra 101, 50010 Zaragoza
"""

MESSAGES = [
    m(key="r_restoria", kind="rejection", lang="fr", scenario="workday_formal",
      company="Restoria Collectivités", contact="",
      frm=("Restoria Collectivités", "restoria@myworkday.com"), name_enc=("utf-8", "B"),
      subject="Votre candidature – Responsable qualité cuisine centrale (R-10482)",
      date=when("2026-02-18 14:02", "us"), text=R_RESTORIA,
      html=ats_card("Restoria Collectivités", paras(R_RESTORIA),
                    footer="Restoria Collectivités - Workday Recruiting")),
    m(key="r_biscuiterie", kind="rejection", lang="fr", scenario="agency_relays_client_no",
      company="Biscuiterie Dauphinoise", contact="karine.mazoyer@talents-interim.example.fr",
      frm=("Karine Mazoyer", "karine.mazoyer@talents-interim.example.fr"),
      subject="Re: Mission assistant qualité - Biscuiterie Dauphinoise (Voreppe)",
      date=when("2026-02-06 11:47"), text=R_BISCUITERIE, reply_of="s_biscuiterie"),
    m(key="r_clinique", kind="rejection", lang="fr", scenario="filled_internally_swiss",
      company="Clinique des Alpes Genève", contact="severine.chappuis@clinique-alpes.example.ch",
      frm=("Séverine Chappuis", "severine.chappuis@clinique-alpes.example.ch"),
      name_enc=("iso-8859-1", "Q"),
      subject="Votre postulation - Collaborateur qualité hygiène alimentaire",
      date=when("2026-07-03 16:20"), text=R_CLINIQUE, cte="8bit",
      quote_of="s_clinique", quote_style="outlook"),
    m(key="r_aravis", kind="rejection", lang="fr", scenario="terse_human",
      company="Fromagerie Aravis", contact="jm.burnier@fromagerie-aravis.example.fr",
      frm=("Jean-Marc Burnier", "jm.burnier@fromagerie-aravis.example.fr"),
      subject="Re: Candidature responsable hygiène",
      date=when("2026-10-14 07:12"), text=R_ARAVIS, cte="8bit",
      quote_of="a_aravis"),
    m(key="r_laboval", kind="rejection", lang="fr", scenario="smartrecruiters_closer_match",
      company="LaboVal Analyses", contact="",
      frm=("LaboVal Analyses", "noreply@smartrecruiters.com"),
      subject="Réponse à votre candidature - Technicien qualité microbiologie",
      subj_enc=("iso-8859-1", "Q"), date=when("2026-03-05 09:30", "utc"),
      text=R_LABOVAL, charset="iso-8859-1", cte="qp"),
    m(key="r_sodirest", kind="rejection", lang="fr", scenario="hiring_frozen_cp1252",
      company="Sodirest", contact="elodie.varenne@sodirest.example.fr",
      frm=("Élodie Varenne", "elodie.varenne@sodirest.example.fr"),
      name_enc=("windows-1252", "Q"),
      subject="Poste d'animateur qualité-hygiène : point sur le recrutement",
      date=when("2026-04-22 17:55"), text=R_SODIREST, charset="windows-1252", cte="qp"),
    m(key="r_vercors", kind="rejection", lang="fr", scenario="after_interview_quotes_thanks",
      company="Conserverie du Vercors", contact="o.garnache@conserverie-vercors.example.fr",
      frm=("Olivier Garnache", "o.garnache@conserverie-vercors.example.fr"),
      subject="RE: Merci pour l'entretien de jeudi",
      date=when("2026-04-30 10:05"), text=R_VERCORS,
      quote_of="x_vercors_thanks"),
    m(key="r_leman", kind="rejection", lang="fr", scenario="swiss_letter_pdf",
      company="Laiterie Léman", contact="nadia.sauthier@laiterie-leman.example.ch",
      frm=("RH Laiterie Léman", "rh@laiterie-leman.example.ch"),
      reply_to=("Nadia Sauthier", "nadia.sauthier@laiterie-leman.example.ch"),
      subject="Votre postulation du 2 février 2026", date=when("2026-02-25 15:40"),
      text=R_LEMAN, cte="b64",
      attach=[pdf("Reponse_postulation_Okafor-Leroux.pdf", [
          "Laiterie Leman SA - Ressources humaines", "Crissier, le 25 fevrier 2026", "",
          "Monsieur Bastien Okafor-Leroux", "",
          "Concerne : votre postulation - Responsable assurance qualite", "",
          "Monsieur,", "Nous avons le regret de ne pas pouvoir retenir votre dossier.",
          "Nous vous remercions de votre interet et vous adressons nos",
          "meilleures salutations.", "", "Nadia Sauthier, Responsable RH"])]),
    m(key="r_grandpanier", kind="rejection", lang="fr", scenario="teamtailor_other_profile",
      company="Grand Panier", contact="amandine.roux@grandpanier.example.fr",
      frm=("Grand Panier", "no-reply@teamtailor-mail.com"),
      reply_to=("Amandine Roux", "amandine.roux@grandpanier.example.fr"),
      subject="Contrôleur qualité produits frais – ta candidature",
      date=when("2026-07-20 12:01", "utc"), text=R_GRANDPANIER,
      html=ats_card("Grand Panier", paras(R_GRANDPANIER), color="#c0392b",
                    footer="Envoyé via Teamtailor · Réponds à ce mail pour écrire à Amandine Roux "
                           "(amandine.roux@grandpanier.example.fr)"),
      reply_of="s_grandpanier"),
    m(key="r_villeurbanne", kind="rejection", lang="fr", scenario="public_jury_html_only",
      company="Cuisine centrale de Villeurbanne", contact="",
      frm=("Ville de Villeurbanne - Emploi", "ne-pas-repondre@villeurbanne-cuisine.example.fr"),
      subject="Suite donnée à votre candidature - Cuisine centrale municipale",
      date=when("2026-05-04 08:15"), html=page(R_VILLEURBANNE, "Candidature"), cte="qp"),
    m(key="r_nutrilab", kind="rejection", lang="fr", scenario="casual_colleague_style",
      company="Nutrilab Annecy", contact="g.pachoud@nutrilab.example.fr",
      frm=("Grégoire Pachoud", "g.pachoud@nutrilab.example.fr"),
      subject="Re: désolé pour mercredi",
      date=when("2026-10-20 19:31"), text=R_NUTRILAB, cte="8bit",
      quote_of="x_nutrilab_sorry"),
    m(key="r_grc", kind="rejection", lang="fr", scenario="role_cancelled_outlook_disclaimer",
      company="Genève Restauration Collective", contact="laurent.dubosson@grc.example.ch",
      frm=("Dubosson Laurent", "laurent.dubosson@grc.example.ch"),
      subject="Spécialiste qualité HACCP - annulation du recrutement",
      subj_enc=("iso-8859-1", "B"),
      date=when("2026-08-18 13:44"), html=outlook_html(R_GRC), cte="qp"),
    m(key="r_analytica", kind="rejection", lang="fr", scenario="personio_base64",
      company="Analytica Romande", contact="",
      frm=("Analytica Romande", "noreply@personio.de"),
      subject="Votre candidature chez Analytica Romande",
      date=when("2026-04-16 10:10"), text=R_ANALYTICA, cte="b64"),
    m(key="r_qualiconseil", kind="rejection", lang="fr", scenario="after_rescheduled_call",
      company="Qualiconseil Alimentaire", contact="m.rebuffat@qualiconseil.example.fr",
      frm=("Matthieu Rebuffat", "m.rebuffat@qualiconseil.example.fr"),
      subject="Re: Nouveau créneau pour notre échange",
      date=when("2026-09-22 18:02"), text=R_QUALICONSEIL, quote_of="i_qualiconseil_2"),
    m(key="r_lacjura", kind="rejection", lang="fr", scenario="swiss_agency_unnamed_client",
      company="Placement Lac & Jura", contact="pascal.reymond@lacjura-placement.example.ch",
      frm=("Pascal Reymond", "pascal.reymond@lacjura-placement.example.ch"),
      subject="Mandat Responsable hygiène - Nord vaudois",
      date=when("2026-05-12 11:11"), text=R_LACJURA),
    m(key="r_nordvik", kind="rejection", lang="en", scenario="workday_after_assessment",
      company="Nordvik Foods", contact="",
      frm=("Nordvik Foods Talent Acquisition", "nordvik@myworkday.com"),
      subject="Update on your application: Quality Assurance Associate (JR-20931)",
      date=when("2026-09-15 08:03", "us"), text=R_NORDVIK,
      html=ats_card("Nordvik Foods", paras(R_NORDVIK), color="#123c69",
                    footer="Powered by Workday")),
    m(key="r_liffey", kind="rejection", lang="en", scenario="greenhouse_quotes_thank_you",
      company="Liffey Bakeries", contact="aoife.byrne@liffeybakeries.example.ie",
      frm=("Aoife Byrne", "aoife.byrne@liffeybakeries.example.ie"),
      subject="Re: Thank you - QA Technician interview",
      date=when("2026-04-02 15:26", "ie"), text=R_LIFFEY, quote_of="x_liffey_thanks"),
    m(key="r_harbour", kind="rejection", lang="en", scenario="lever_closer_match",
      company="Harbour Foods", contact="",
      frm=("Harbour Foods", "no-reply@hire.lever.co"),
      subject="Your application to Harbour Foods",
      date=when("2026-05-15 16:48", "uswest"), text=R_HARBOUR,
      html=page(paras(R_HARBOUR))),
    m(key="r_stbrigid", kind="rejection", lang="en", scenario="terse_hospital",
      company="St. Brigid's Hospital", contact="declan.furlong@stbrigids.example.ie",
      frm=("Furlong, Declan", "declan.furlong@stbrigids.example.ie"),
      subject="Catering supervisor post", date=when("2026-07-08 09:02", "ie"),
      text=R_STBRIGID),
    m(key="r_frigo", kind="rejection", lang="en", scenario="role_on_hold_turin",
      company="Frigo Alpina", contact="chiara.bellandi@frigoalpina.example.it",
      frm=("Chiara Bellandi", "chiara.bellandi@frigoalpina.example.it"),
      subject="HACCP Coordinator - Turin plant", date=when("2026-09-02 12:30"),
      text=R_FRIGO, reply_of="a_frigo"),
    m(key="r_emerald", kind="rejection", lang="en", scenario="agency_relays_client_no",
      company="Emerald Dairy", contact="ciara.nolan@shamrockrecruit.example.ie",
      frm=("Ciara Nolan", "ciara.nolan@shamrockrecruit.example.ie"),
      subject="Emerald Dairy - feedback", date=when("2026-02-20 13:15", "ie"),
      text=R_EMERALD, reply_of="i_emerald"),
    m(key="r_bioqual", kind="rejection", lang="en", scenario="ashby_reply_to_human",
      company="BioQual Piemonte", contact="marco.ferrero@bioqual.example.it",
      frm=("BioQual Piemonte Hiring", "no-reply@ashbyhq.com"),
      reply_to=("Marco Ferrero", "marco.ferrero@bioqual.example.it"),
      subject="Your application for Laboratory Quality Assistant",
      date=when("2026-06-12 10:00", "utc"), text=R_BIOQUAL, reply_of="a_bioqual"),
    m(key="r_torino", kind="rejection", lang="en", scenario="casual_bad_news",
      company="Torino Catering Group", contact="luca.gribaudo@torinocatering.example.it",
      frm=("Luca Gribaudo", "luca.gribaudo@torinocatering.example.it"),
      subject="kitchen QA lead", date=when("2026-09-25 20:14"), text=R_TORINO),
    m(key="r_schwabenback", kind="rejection", lang="de", scenario="after_second_interview",
      company="Schwabenback", contact="s.kaelble@schwabenback.example.de",
      frm=("Sabine Kälble", "s.kaelble@schwabenback.example.de"),
      name_enc=("iso-8859-1", "B"),
      subject="Ihre Bewerbung als Qualitätssicherungsmitarbeiter (m/w/d)",
      date=when("2026-04-28 14:37"), text=R_SCHWABENBACK, charset="iso-8859-1", cte="8bit",
      reply_of="i_schwabenback_2"),
    m(key="r_neckar", kind="rejection", lang="de", scenario="personio_formal",
      company="Neckar Feinkost", contact="",
      frm=("Neckar Feinkost Recruiting", "no-reply@personio.de"),
      subject="Deine Bewerbung bei Neckar Feinkost", date=when("2026-05-27 07:45"),
      text=R_NECKAR, html=page(paras(R_NECKAR)), reply_of="a_neckar"),
    m(key="r_klinikum", kind="rejection", lang="de", scenario="filled_by_transfer_latin1",
      company="Klinikum Stuttgart-Ost", contact="juergen.haeussler@klinikum-ost.example.de",
      frm=("Häußler, Jürgen", "juergen.haeussler@klinikum-ost.example.de"),
      name_enc=("iso-8859-1", "Q"),
      subject="Ihre Bewerbung – Kennziffer 2026-0314", subj_enc=("utf-8", "B"),
      date=when("2026-04-09 11:58"), text=R_KLINIKUM, charset="iso-8859-1", cte="qp"),
    m(key="r_profood", kind="rejection", lang="de", scenario="agency_unnamed_client",
      company="ProFood Personal", contact="tobias.renz@profood-personal.example.de",
      frm=("Tobias Renz", "tobias.renz@profood-personal.example.de"),
      subject="Rückmeldung QS-Techniker Getränkeabfüllung",
      date=when("2026-07-07 16:22"), text=R_PROFOOD),
    m(key="r_carnicas", kind="rejection", lang="es", scenario="successfactors_formal",
      company="Cárnicas Aragonesas", contact="",
      frm=("Cárnicas Aragonesas - Selección", "noreply@successfactors.eu"),
      name_enc=("iso-8859-1", "B"),
      subject="Su candidatura: Técnico/a de Calidad y Seguridad Alimentaria",
      subj_enc=("iso-8859-1", "Q"), date=when("2026-03-25 09:12"),
      text=R_CARNICAS, charset="iso-8859-1", cte="qp", reply_of="a_carnicas"),
    m(key="r_moncayo", kind="rejection", lang="es", scenario="closer_profiles",
      company="Laboratorio Moncayo", contact="nuria.lasheras@labmoncayo.example.es",
      frm=("Nuria Lasheras", "nuria.lasheras@labmoncayo.example.es"),
      subject="Re: Candidatura auxiliar de laboratorio",
      date=when("2026-07-01 13:50"), text=R_MONCAYO, quote_of="a_moncayo"),
    m(key="r_azucarera", kind="rejection", lang="es", scenario="agency_relays_client_no",
      company="Azucarera del Jalón", contact="raquel.gimeno@trabajoaragon.example.es",
      frm=("Raquel Gimeno", "raquel.gimeno@trabajoaragon.example.es"),
      subject="Azucarera del Jalón - respuesta", date=when("2026-04-06 12:40"),
      text=R_AZUCARERA, cte="b64", reply_of="s_azucarera"),
    m(key="r_sanlamberto", kind="rejection", lang="es", scenario="hospital_position_filled",
      company="Hospital San Lamberto", contact="",
      frm=("Hospital San Lamberto - Selección", "no-responder@hsanlamberto.example.es"),
      subject="Proceso de selección: Responsable de Seguridad Alimentaria",
      date=when("2026-09-30 10:30"), text=R_SANLAMBERTO,
      html=outlook_html(paras(R_SANLAMBERTO)), reply_of="n_sanlamberto"),
]
