"""Rejections and interview invitations of the forty-ninth corpus, written by hand."""

from __future__ import annotations

from make_fortyninth import m
from qhelp import ics, outlook, quoted

R = "rejection"
I = "interview_invitation"  # noqa: E741

SPECS = [
    # ---------------------------------------------------------------- rejections
    m(R, "chu_sainte_marthe_poste_pourvu", "fr",
      "Groupe Hospitalier Sainte-Marthe <recrutement-noreply@myworkdayjobs.example.com>",
      "Votre candidature - Infirmier(ère) de recherche clinique H/F (R-004512)",
      """Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez au Groupe Hospitalier Sainte-Marthe et pour votre candidature au poste d'Infirmier(ère) de recherche clinique (réf. R-004512) au sein de notre Unité de Recherche Clinique.

Nous vous informons que ce poste a été pourvu. Nous ne sommes donc pas en mesure de donner une suite favorable à votre candidature.

Vos données seront conservées dans notre vivier pendant une durée de 24 mois, sauf opposition de votre part depuis votre espace candidat.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Groupe Hospitalier Sainte-Marthe

Ce message est généré automatiquement, merci de ne pas y répondre.""",
      company="Groupe Hospitalier Sainte-Marthe", fmt="alt", cte="quoted-printable"),

    m(R, "clinexa_soft_greenhouse", "en",
      "Clinexa Research <no-reply@us.greenhouse-mail.example.io>",
      "Your application to Clinexa Research",
      """Hi Camille,

Thank you so much for your interest in the Clinical Trial Coordinator (Paris, hybrid) role and for the time you took to apply.

We received a large number of applications and, after careful review, we've decided to move forward with other candidates whose background more closely aligns with what the team needs right now.

This was not an easy decision. We'd love to stay in touch and we encourage you to keep an eye on our careers page for future openings.

All the best,
Talent Acquisition | Clinexa Research
https://careers.clinexa.example.com""",
      company="Clinexa Research", fmt="html"),

    m(R, "medilys_apres_entretiens", "fr",
      "Sophie Marchetti <s.marchetti@medilys.example.fr>",
      "Re: Entretien Clinical Specialist - suite",
      """Bonjour Camille,

Je reviens vers vous suite à vos deux entretiens pour le poste de Clinical Specialist région Sud-Est.

Vous avez fait forte impression auprès de Thomas et de moi-même, et je tenais à vous le dire. Nous avons toutefois fait le choix d'un candidat qui a déjà une expérience terrain en bloc opératoire avec nos dispositifs, ce qui a fait la différence sur ce poste précis.

Je garde votre profil en tête pour le poste d'application specialist en cardiologie qui devrait ouvrir à la rentrée, si cela vous intéresse.

Bien cordialement,

Sophie Marchetti
Talent Acquisition Partner
Medilys – Innovating for cardiac care
+33 4 78 00 12 34 | 06 12 00 45 67
[logo Medilys]""" + quoted("Le lun. 16 févr. 2026 à 18:02, Camille Nguyen-Lefèvre <camille.nguyen@example.fr> a écrit :", """Bonjour Sophie,
Merci encore pour l'échange de ce matin avec Thomas. Je reste disponible si besoin d'informations complémentaires.
Belle soirée,
Camille"""),
      company="Medilys", contact="s.marchetti@medilys.example.fr", thread=True, date="2026-02-24 11:40"),

    m(R, "mutuelle_horizon_flatchr", "fr",
      "Mutuelle Horizon Santé <ne-pas-repondre@flatchr.example.io>",
      "Suite à votre candidature",
      """Bonjour Camille,

Vous avez postulé à l'offre « Gestionnaire de cas - prévoyance santé (CDI) » et nous vous en remercions.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature, votre profil ne correspondant pas tout à fait aux attentes du poste.

Nous vous souhaitons une bonne continuation.

L'équipe recrutement
Mutuelle Horizon Santé
Propulsé par Flatchr""",
      company="Mutuelle Horizon Santé", fmt="html"),

    m(R, "lemanis_jobup_pourvu", "fr",
      "Lemanis Biotech SA <rh@lemanis-biotech.example.ch>",
      "Votre postulation – Coordinatrice études cliniques (80-100%)",
      """Madame Nguyen-Lefèvre,

Nous accusons bonne réception de votre postulation et vous remercions de l'intérêt porté à Lemanis Biotech.

Après un examen approfondi, nous avons le regret de vous informer que notre choix s'est porté sur une candidate dont le profil correspond davantage aux exigences du poste, notamment en ce qui concerne l'expérience en études de phase I.

Nous vous retournons par la présente votre dossier et vous adressons nos meilleures salutations.

Ressources Humaines
Lemanis Biotech
Route de la Corniche 9, 1066 Epalinges
T +41 21 000 55 10""",
      company="Lemanis Biotech", contact="rh@lemanis-biotech.example.ch", charset="iso-8859-1", cte="quoted-printable",
      raw_subject="=?windows-1252?q?Votre_postulation_=96_Coordinatrice_=E9tudes_cliniques_=2880-100=25=29?=",
      tz="Europe/Zurich"),

    m(R, "birsfelden_successfactors_absage", "de",
      "Klinik Birsfelden AG <noreply-sf@successfactors.example.eu>",
      "Ihre Bewerbung als Study Nurse (m/w/d) – Klinik Birsfelden",
      """Sehr geehrte Frau Nguyen-Lefèvre

Vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Klinik Birsfelden.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Wertung Ihrer Person oder Qualifikation.

Wir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.

Freundliche Grüsse

Human Resources
Klinik Birsfelden AG

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.""",
      company="Klinik Birsfelden", fmt="alt", tz="Europe/Zurich"),

    m(R, "llevant_rechazo", "es",
      "Selección Grupo Sanitario Llevant <seleccion@gsllevant.example.es>",
      "Proceso de selección: Enfermera/o de ensayos clínicos",
      """Estimada Camille:

Te agradecemos sinceramente tu interés en formar parte del Grupo Sanitario Llevant y el tiempo dedicado al proceso de selección.

Tras valorar todas las candidaturas, lamentamos comunicarte que en esta ocasión no continuarás en el proceso, ya que hemos optado por perfiles con experiencia previa en coordinación de ensayos en oncología.

Guardaremos tu currículum en nuestra base de datos para futuras oportunidades.

Un saludo cordial,

Núria Puig
Departamento de Selección
Grupo Sanitario Llevant · Barcelona
Tel. 93 000 41 22""",
      company="Grupo Sanitario Llevant", contact="seleccion@gsllevant.example.es", tz="Europe/Madrid"),

    m(R, "talentis_relai_vernier", "fr",
      "Julien Ferrand <julien.ferrand@talentis-sante.example.fr>",
      "Laboratoires Vernier - retour",
      """Hello Camille,

J'ai eu le retour des Laboratoires Vernier hier soir pour le poste de chargée de pharmacovigilance.

Malheureusement ils ne donnent pas suite… Ils ont apprécié ton parcours hospitalier mais ils veulent quelqu'un qui a déjà fait de la saisie de cas dans Argus, et ils ont une candidate interne qui coche cette case.

Je suis déçu pour toi, on était bien placés ! Je t'appelle dans la semaine pour faire le point sur les autres pistes, j'en ai deux ou trois qui pourraient te plaire.

Julien
Consultant Santé & Life Sciences
Talentis Santé | 06 45 00 22 18""",
      company="Laboratoires Vernier", contact="julien.ferrand@talentis-sante.example.fr"),

    m(R, "carebridge_mobile_short", "en",
      "Dan Whitlock <dan.whitlock@carebridgehealth.example.co.uk>",
      "Re: Clinical Success Manager",
      """Thanks for your time Camille, but we won't be moving forward. Best of luck with the search.

Dan

Sent from my iPhone""" + quoted("On 3 Mar 2026, at 09:12, Camille Nguyen-Lefèvre <camille.nguyen@example.fr> wrote:", """Hi Dan,
Just checking in on next steps after our call last Tuesday. Happy to share references if useful.
Kind regards,
Camille"""),
      company="CareBridge Health", contact="dan.whitlock@carebridgehealth.example.co.uk", thread=True, tz="Europe/London"),

    m(R, "dokteo_poste_gele", "fr",
      "Inès Bouaziz <ines@dokteo.example.com>",
      "Point sur le poste de Customer Success Manager",
      """Bonjour Camille,

Je voulais vous tenir informée rapidement : suite à une réorganisation interne, le poste de Customer Success Manager – établissements de santé est gelé jusqu'à nouvel ordre et nous ne poursuivrons pas le recrutement.

Je suis sincèrement désolée, car votre profil d'infirmière était exactement ce que nous cherchions pour parler aux équipes soignantes. Si le poste rouvre, je reviendrai vers vous en priorité.

Belle journée,
Inès
Head of People – Dokteo
La téléconsultation qui simplifie la vie des soignants""",
      company="Dokteo", contact="ines@dokteo.example.com", fmt="alt"),

    m(R, "nursia_apres_cas_pratique", "fr",
      "Nursia Recrutement <jobs@nursia.example.fr>",
      "Ton cas pratique",
      """Salut Camille,

Merci pour le cas pratique sur l'onboarding des EHPAD, on voit que tu y as passé du temps et la partie sur la formation des IDEC était top.

Après débrief avec Max et Léa, on a décidé de ne pas aller plus loin avec ta candidature : il nous manque sur ton rendu la dimension « données / pilotage » qui est au cœur du poste. On préfère être transparents avec toi.

On te souhaite le meilleur pour la suite, et n'hésite pas si tu as des questions sur le feedback.

Léa, pour l'équipe Nursia
jobs@nursia.example.fr""",
      company="Nursia", contact="jobs@nursia.example.fr"),

    m(R, "sanjeevani_regret_indian", "en",
      "HR Desk - Sanjeevani Clinical Services <hr.desk@sanjeevani-cs.example.in>",
      "Application Status : Clinical Research Coordinator - Mumbai/Remote",
      """Dear Ms. Camille,

Greetings from Sanjeevani Clinical Services Pvt. Ltd.!

This is with reference to your application for the post of Clinical Research Coordinator. We regret to inform you that we shall not be progressing with your candidature at this juncture, as the profile requires prior experience with DCGI submissions.

Kindly note that your details shall be retained in our database and we will get in touch should a suitable opening arise. Do revert in case of any queries.

Thanks & Regards,
Priya Raghunathan
Senior Executive - Talent Acquisition
Sanjeevani Clinical Services Pvt. Ltd.
Mob: +91 98200 00000

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it immediately.""",
      company="Sanjeevani Clinical Services", contact="hr.desk@sanjeevani-cs.example.in", tz="Asia/Kolkata"),

    m(R, "hanbit_korean_owned", "en",
      "Hanbit Medical Devices Europe <recruit.eu@hanbitmed.example.com>",
      "Result of your application",
      """Dear Camille Nguyen-Lefevre,

Thank you for applying to Field Clinical Specialist (France) at Hanbit Medical Devices Europe.

We have carefully reviewed your documents with the hiring team in Frankfurt and Seoul headquarter. Unfortunately we inform you that you are not selected for the next step of process.

We thank you again for your interest for our company and we wish you success in your career.

Best regards,
Ji-woo Park
HR Team, Hanbit Medical Devices Europe
Hanbit Medical Devices | Better Vision, Better Life""",
      company="Hanbit Medical Devices Europe", contact="recruit.eu@hanbitmed.example.com", fmt="alt", cte="base64", tz="Europe/Berlin"),

    m(R, "st_clements_shant", "en",
      "Recruitment Team <recruitment@stclementshospice.example.org.uk>",
      "Nurse Educator - Ref SC/26/118",
      """Dear Camille

Thank you for attending interview for the above post on Thursday and for the presentation you gave to the panel.

I am sorry to let you know that on this occasion we shan't be progressing your application further. The panel felt your teaching experience was strong, but the successful candidate had more experience in palliative care education specifically.

If you would like feedback, Margaret Dunn (Practice Development Lead) is happy to have a call - just drop us a line.

Kind regards

Helen Akers
Recruitment Administrator
St Clement's Hospice
Registered charity no. 000000""",
      company="St Clement's Hospice", contact="recruitment@stclementshospice.example.org.uk", tz="Europe/London"),

    m(R, "pharmavigil_absage_nach_gespraech", "de",
      "Katrin Vogel <k.vogel@pharmavigil.example.de>",
      "AW: Ihr Vorstellungsgespräch bei der Pharmavigil",
      """Sehr geehrte Frau Nguyen-Lefèvre,

nochmals vielen Dank für das angenehme Gespräch letzte Woche und Ihre Geduld.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende jedoch für eine Kandidatin entschieden, die bereits mehrere Jahre Erfahrung in der Fallbearbeitung (ICSR) mitbringt. Wir müssen Ihnen daher leider eine Absage erteilen.

Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen

Katrin Vogel
Personalreferentin
Pharmavigil GmbH | Theodor-Heuss-Allee 12 | 60486 Frankfurt am Main
Geschäftsführer: Dr. M. Brandt | Amtsgericht Frankfurt HRB 000000""" + quoted("Am 02.04.2026 um 14:20 schrieb Camille Nguyen-Lefèvre <camille.nguyen@example.fr>:", """Sehr geehrte Frau Vogel,
darf ich nachfragen, ob es schon Neuigkeiten zum Auswahlverfahren gibt?
Viele Grüße
Camille Nguyen-Lefèvre"""),
      company="Pharmavigil", contact="k.vogel@pharmavigil.example.de", thread=True, tz="Europe/Berlin"),

    m(R, "pflegeklar_du_absage", "de",
      "Jonas von Pflegeklar <jonas@pflegeklar.example.de>",
      "Kurzes Update",
      """Hey Camille,

danke dir fürs Kennenlernen am Dienstag, hat echt Spaß gemacht!

Ehrliches Feedback: Wir haben uns entschieden, die Stelle als Customer Success Lead mit jemandem zu besetzen, der fließend Deutsch spricht und den deutschen Pflegemarkt schon kennt. Das ist für unsere Kund:innen (ambulante Dienste) leider ein Muss.

Ich hoffe, du findest bald was Passendes, dein Profil ist wirklich spannend.

Liebe Grüße
Jonas
Co-Founder @ Pflegeklar""",
      company="Pflegeklar", contact="jonas@pflegeklar.example.de", tz="Europe/Berlin"),

    m(R, "fvi_soft_es", "es",
      "Farmacovigilancia Ibérica <talento@fvi-iberica.example.es>",
      "Actualización sobre su candidatura",
      """Estimada Sra. Nguyen-Lefèvre:

Le agradecemos el interés mostrado en el puesto de Técnico/a de Farmacovigilancia (Madrid o remoto).

Tras un análisis detallado de los perfiles recibidos, hemos decidido avanzar con candidaturas cuya experiencia se ajusta más estrechamente a los requisitos actuales del puesto. Le animamos a seguir nuestras ofertas en el futuro.

Reciba un cordial saludo,

Equipo de Talento
Farmacovigilancia Ibérica, S.L.
AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su borrado.""",
      company="Farmacovigilancia Ibérica", contact="talento@fvi-iberica.example.es", charset="windows-1252", cte="quoted-printable",
      tz="Europe/Madrid"),

    m(R, "saludo_casual_es", "es",
      "Marta de Saludo <marta@saludohealth.example.com>",
      "Re: tu candidatura para Customer Success",
      """¡Hola Camille!

Gracias por la charla del otro día, de verdad. Al final hemos decidido seguir con otra persona que ya había trabajado con hospitales en Cataluña, así que no vamos a seguir adelante contigo esta vez.

Ojalá coincidamos más adelante 🙂

Un abrazo,
Marta
Saludo Health""",
      company="Saludo Health", contact="marta@saludohealth.example.com", thread=True, tz="Europe/Madrid"),

    m(R, "boreale_quebec", "fr",
      "Clinique Boréale <dotation@cliniqueboreale.example.ca>",
      "Affichage 2026-031 – Infirmière clinicienne en recherche",
      """Bonjour Madame Nguyen-Lefèvre,

Nous vous remercions d'avoir soumis votre candidature pour l'affichage 2026-031 – Infirmière clinicienne en recherche.

Nous tenons à vous informer que nous avons retenu une autre candidature pour ce poste. Votre intérêt pour notre organisation est grandement apprécié et nous conserverons votre dossier pour d'éventuels affichages futurs.

Au plaisir,

Service de la dotation
Clinique Boréale – Québec
418 000-2210, poste 4410

AVIS DE CONFIDENTIALITÉ : Ce courriel est destiné exclusivement au destinataire mentionné ci-dessus.""",
      company="Clinique Boréale", contact="dotation@cliniqueboreale.example.ca", tz="America/Toronto",
      raw_from="=?iso-8859-1?q?Clinique_Bor=E9ale?= <dotation@cliniqueboreale.example.ca>"),

    m(R, "saint_remacle_interne", "fr",
      "Service du personnel - Clinique Saint-Remacle <personnel@stremacle.example.be>",
      "Votre candidature spontanée – infirmière coordinatrice",
      """Chère Madame,

Nous avons bien reçu votre candidature pour la fonction d'infirmière coordinatrice de l'hôpital de jour et nous vous en remercions.

Nous sommes au regret de vous annoncer que la fonction a été attribuée à une collaboratrice en interne, dans le cadre de la mobilité de nos équipes.

Nous vous souhaitons bonne chance dans vos démarches et vous prions d'agréer, chère Madame, nos salutations distinguées.

Françoise Delvaux
Service du personnel
Clinique Saint-Remacle – Liège""",
      company="Clinique Saint-Remacle", contact="personnel@stremacle.example.be", tz="Europe/Brussels"),

    m(R, "atlas_casablanca", "fr",
      "Polyclinique Atlas <recrutement@polyclinique-atlas.example.ma>",
      "Réponse candidature",
      """Bonjour Mme Camille,

Merci pour votre intérêt pour la Polyclinique Atlas.

Nous vous informons que votre candidature au poste de Responsable qualité des soins n'a pas été retenue pour la suite du processus.

Bonne continuation.

Service RH
Polyclinique Atlas - Casablanca
Bd d'Anfa, Casablanca | 05 22 00 00 00""",
      company="Polyclinique Atlas", contact="recrutement@polyclinique-atlas.example.ma", tz="Africa/Casablanca"),

    m(R, "sahel_financement", "fr",
      "Aminata Diop <a.diop@santesahel.example.org>",
      "Poste de coordinatrice programme vaccination – Dakar",
      """Chère Camille,

Je me permets de vous écrire avec un peu de retard, toutes mes excuses.

Le bailleur qui finançait le programme de vaccination communautaire a revu son enveloppe pour 2026 et nous avons dû annuler le recrutement du poste de coordinatrice. Nous ne pourrons donc malheureusement pas poursuivre le processus avec vous.

Nous avons vraiment apprécié nos échanges, et je vous tiendrai au courant si un nouveau financement est obtenu au second semestre.

Avec mes salutations cordiales,

Aminata Diop
Responsable RH
Santé Sahel Solidarité
Sicap Liberté 6, Dakar – Sénégal""",
      company="Santé Sahel Solidarité", contact="a.diop@santesahel.example.org", tz="Africa/Dakar"),

    m(R, "tilleuls_apres_drh", "fr",
      "DRH Résidences Les Tilleuls <drh@residences-tilleuls.example.fr>",
      "RE: Candidature IDEC – Résidence Les Tilleuls Nantes",
      """Madame,

Suite à votre entretien avec Mme Garnier, directrice de l'établissement, et moi-même, j'ai le regret de vous informer que nous n'avons pas retenu votre candidature pour le poste d'Infirmière Coordinatrice (IDEC).

Nous avons privilégié une candidate ayant déjà exercé des fonctions d'encadrement en EHPAD.

Je vous remercie pour la qualité de nos échanges et vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hervé Lemoine
Directeur des Ressources Humaines
Résidences Les Tilleuls""" + outlook("""De : Camille Nguyen-Lefèvre <camille.nguyen@example.fr>
Envoyé : mardi 5 mai 2026 17:48
À : DRH Résidences Les Tilleuls <drh@residences-tilleuls.example.fr>
Objet : Candidature IDEC – Résidence Les Tilleuls Nantes""", """Monsieur Lemoine,

Je vous remercie pour l'entretien de ce jour. Je confirme tout mon intérêt pour le poste d'IDEC et reste à votre disposition.

Bien cordialement,
Camille Nguyen-Lefèvre
06 00 00 00 00"""),
      company="Résidences Les Tilleuls", contact="drh@residences-tilleuls.example.fr", thread=True, cte="quoted-printable",
      raw_from="=?ISO-8859-1?Q?DRH_R=E9sidences_Les_Tilleuls?= <drh@residences-tilleuls.example.fr>"),

    m(R, "ifsi_riquet_jury", "fr",
      "Institut de Formation Pierre-Paul Riquet <secretariat.direction@ifpp-riquet.example.fr>",
      "Recrutement formateur/formatrice en soins infirmiers",
      """Madame,

Vous vous êtes présentée le 12 juin dernier devant le jury de recrutement pour le poste de formatrice en soins infirmiers.

À l'issue de l'entretien avec le jury, votre candidature n'a pas été retenue. Le jury a souligné la qualité de votre projet pédagogique mais a retenu une candidate titulaire du diplôme de cadre de santé.

Je vous prie de croire, Madame, à l'assurance de ma considération distinguée.

Pour la Directrice,
Le secrétariat de direction
Institut de Formation Pierre-Paul Riquet - Toulouse""",
      company="Institut de Formation Pierre-Paul Riquet", contact="secretariat.direction@ifpp-riquet.example.fr",
      charset="iso-8859-1", cte="8bit"),

    m(R, "domicil_soins_court", "fr",
      "Karine Domicil'Soins <karine.b@domicilsoins33.example.fr>",
      "Re: poste coordinatrice",
      """Bonjour Camille, on a finalement choisi un autre profil qui habite sur le bassin d'Arcachon, c'était important pour les tournées. Merci encore et bonne continuation !
Karine

Envoyé de mon iPhone""" + quoted("Le 18 juin 2026 à 08:55, Camille Nguyen-Lefèvre <camille.nguyen@example.fr> a écrit :", """Bonjour Karine,
Avez-vous pu avancer sur le recrutement ? Je reste très intéressée.
Camille"""),
      company="Domicil'Soins 33", contact="karine.b@domicilsoins33.example.fr", thread=True),

    m(R, "norvance_taleo_odd", "en",
      "Norvance Pharma Careers <careers.noreply@taleo.example.net>",
      "Norvance Pharma - Requisition 26-0412 - Clinical Research Associate I",
      """Dear Camille ,

Thank you for your interest in the position of Clinical Research Associate I ( Req ID 26-0412 ) .

After careful consideration , we regret to inform you that you have not been selected to move forward in the recruitment process for this position. Please be assured that this decision was made after careful review of your qualifications .

We encourage you to continue to visit our Career Section at http://norvance.taleo.example.net/careersection for other opportunities.

Sincerely ,
Norvance Pharma Talent Acquisition

***This is an automated message. Replies to this mailbox are not monitored.***""",
      company="Norvance Pharma", fmt="html"),

    m(R, "vitalink_lever_aligns", "en",
      "Rosie at Vitalink <rosie.tan@vitalink.example.com>",
      "Your Vitalink application",
      """Hi Camille,

Thanks for taking the time to chat with us about the Implementation Specialist role, and for being so flexible with scheduling across time zones.

I wanted to get back to you quickly: the team has decided to pursue other candidates whose background more closely aligns with the technical side of the role (HL7/FHIR integrations in particular).

I know that's not the news you were hoping for. If you'd like a few notes from the panel, just reply and I'll share them.

Rosie Tan
Recruiting @ Vitalink
Sent via Lever""",
      company="Vitalink", contact="rosie.tan@vitalink.example.com", fmt="alt", tz="Europe/London"),

    m(R, "florescer_brazilian", "en",
      "Florescer Health People Team <people@florescerhealth.example.com.br>",
      "Update on Clinical Operations Analyst - Lisbon/Remote",
      """Hello Camille, how are you?

First of all thank you very much for participating in our selection process and for your patience with us!

We are writing to let you know that we decided to close this position without a hire for now, because of a change in the budget of the Europe expansion. So unfortunately we will not continue with your application.

It was a pleasure to meet you and we hope to cross paths again soon.

Big hug from the Florescer team,
Beatriz Souza
People & Culture | Florescer Health
São Paulo · Lisbon""",
      company="Florescer Health", contact="people@florescerhealth.example.com.br", tz="America/Sao_Paulo"),

    m(R, "amr_assurances_b64", "fr",
      "Assurances Mutualistes du Rhône <recrutement@amr-assurances.example.fr>",
      "Votre candidature : Chargé(e) d'accompagnement santé",
      """Madame,

Nous avons bien pris connaissance de votre candidature au poste de Chargé(e) d'accompagnement santé – 69 Lyon, et vous remercions de l'intérêt que vous portez à notre groupe.

Malgré l'intérêt de votre parcours, nous sommes au regret de ne pouvoir y donner une suite favorable, d'autres candidatures correspondant davantage à nos besoins actuels.

Nous vous prions d'agréer, Madame, nos sincères salutations.

Le Service Recrutement – Assurances Mutualistes du Rhône
Entreprise régie par le Code de la mutualité – SIREN 000 000 000""",
      company="Assurances Mutualistes du Rhône", contact="recrutement@amr-assurances.example.fr",
      charset="windows-1252", cte="base64"),

    m(R, "valsure_references", "fr",
      "Marc Weber <marc.weber@hopital-valsure.example.lu>",
      "Candidature – Infirmier(ère) en recherche clinique",
      """Bonjour Madame Nguyen-Lefèvre,

Je vous remercie d'avoir accepté la prise de références auprès de vos anciens cadres de santé.

Après un dernier tour de discussion avec le Dr Schmit, nous avons décidé de proposer le poste à une autre personne, qui parle luxembourgeois, ce qui s'est révélé déterminant pour le contact avec les patients de l'étude. Nous ne donnerons donc pas suite à votre candidature.

Je reste à votre disposition pour en discuter par téléphone.

Bien à vous,

Marc Weber
Ressources Humaines
Hôpital Val-Sûre
T +352 00 00 11 | www.hopital-valsure.example.lu""",
      company="Hôpital Val-Sûre", contact="marc.weber@hopital-valsure.example.lu", tz="Europe/Luxembourg"),

    # ---------------------------------------------------------------- invitations
    m(I, "hemera_calendly_visio", "fr",
      "Claire Dumontet <claire.dumontet@hemera-cro.example.fr>",
      "Votre candidature CRA junior – prochaine étape",
      """Bonjour Camille,

Merci pour votre candidature au poste d'Attaché(e) de Recherche Clinique junior. Votre expérience en service d'hémato est très intéressante pour nos études en cours.

Je vous propose un premier échange en visio de 30 minutes pour faire connaissance. Vous pouvez choisir le créneau qui vous convient directement ici :
https://calendly.example.com/claire-dumontet-hemera/30min

Si aucun créneau ne vous convient, dites-le-moi et on trouvera une solution.

Bien cordialement,
Claire Dumontet
Chargée de recrutement – Hemera CRO
01 80 00 00 42""",
      company="Hemera CRO", contact="claire.dumontet@hemera-cro.example.fr", fmt="alt"),

    m(I, "chu_rives_telephone", "fr",
      "Secrétariat DRH - CHU des Deux Rives <drh.recrutement@chu-deuxrives.example.fr>",
      "Convocation entretien téléphonique",
      """Madame,

Votre candidature au poste d'infirmière coordinatrice de recherche clinique (Direction de la Recherche et de l'Innovation) a retenu notre attention.

Mme Perrin, cadre de santé de l'unité, souhaiterait s'entretenir avec vous par téléphone le jeudi 22 janvier 2026 à 14h00. Elle vous appellera au numéro indiqué sur votre CV.

Merci de bien vouloir nous confirmer votre disponibilité par retour de mail.

Cordialement,

Le secrétariat de la DRH
CHU des Deux Rives
Tél. : 05 00 00 12 12""",
      company="CHU des Deux Rives", contact="drh.recrutement@chu-deuxrives.example.fr", date="2026-01-14 10:22"),

    m(I, "oriane_goodtime_panel", "en",
      "Oriane Therapeutics Recruiting <scheduling@goodtime-mail.example.io>",
      "Action required: schedule your panel interview with Oriane Therapeutics",
      """Hi Camille,

Great news - the hiring team would like to move you to the next stage for the Patient Safety Associate position!

The next step is a 2-hour virtual panel with:
- Dr. Hannah Oyelaran, Head of Pharmacovigilance
- Lucas Meyer, Senior Drug Safety Scientist
- a short case discussion (no preparation needed)

Please pick a time that works for you using the link below. Slots are available over the next 10 business days.

https://schedule.goodtime.example.io/c/8f3a21e0

Questions? Reply to this email and Gemma, your recruiter, will get back to you.

Oriane Therapeutics Talent Team""",
      company="Oriane Therapeutics", contact="gemma.holt@orianetx.example.com", reply_to="Gemma Holt <gemma.holt@orianetx.example.com>",
      fmt="html", tz="Europe/London"),

    m(I, "qualisoins_quick_chat", "fr",
      "Romain Tessier <romain@qualisoins.example.fr>",
      "Petite question",
      """Bonjour Camille,

J'ai vu passer votre profil sur Welcome to the Jungle pour le poste de Customer Success chez nous. Seriez-vous dispo pour un petit call de 20 min cette semaine ? Jeudi ou vendredi matin de mon côté.

Romain
CEO @ QualiSoins
(on aide les EHPAD à piloter la qualité des soins)""",
      company="QualiSoins", contact="romain@qualisoins.example.fr"),

    m(I, "biovalys_ics_onsite", "fr",
      "Nathalie Brun <nathalie.brun@biovalys.example.com>",
      "Invitation : Entretien Biovalys – Chargée de pharmacovigilance @ mar. 10 mars 2026 10:00 - 11:30",
      """Bonjour Camille,

Comme convenu par téléphone, je vous confirme votre entretien sur site avec le Dr Fabre (QPPV) et moi-même :

Mardi 10 mars 2026, de 10h00 à 11h30
Biovalys – 14 rue des Sciences, 69007 Lyon (accueil bâtiment B)

Merci de vous munir d'une pièce d'identité pour l'accueil. Vous trouverez l'invitation en pièce jointe.

À mardi,
Nathalie Brun
RH – Biovalys""",
      company="Biovalys", contact="nathalie.brun@biovalys.example.com", fmt="alt",
      ics=ics("biovalys-20260310-cnl@biovalys.example.com", "Entretien Biovalys – Camille Nguyen-Lefèvre",
              "20260310T100000", "20260310T113000", "nathalie.brun@biovalys.example.com",
              location="Biovalys, 14 rue des Sciences, 69007 Lyon"),
      date="2026-03-03 16:40"),

    m(I, "talentis_entretien_client", "fr",
      "Julien Ferrand <julien.ferrand@talentis-sante.example.fr>",
      "Bonne nouvelle !!",
      """Camille !!

Le labo Orphéa veut te rencontrer pour le poste de Medical Science Liaison junior !!! 🎉

Ils proposent un entretien avec la Medical Director mercredi 8 avril à 15h en visio (Teams), le lien arrive de leur côté. Tu me confirmes que c'est ok pour toi ? Et on se cale un appel lundi pour préparer, je te briefe sur la boîte et le manager.

Top top top !
Julien
Talentis Santé | 06 45 00 22 18""",
      company="Orphéa", contact="julien.ferrand@talentis-sante.example.fr", date="2026-04-01 19:05"),

    m(I, "mediprev_mise_en_situation", "fr",
      "MediPrev Recrutement <recrutement@mediprev.example.fr>",
      "Convocation – mise en situation professionnelle",
      """Madame Nguyen-Lefèvre,

Suite à votre entretien téléphonique, nous avons le plaisir de vous convier à la deuxième étape de notre processus de recrutement pour le poste de Gestionnaire de cas santé.

Cette étape se compose :
• d'une mise en situation (étude de deux dossiers d'assurés, 45 min)
• d'un test de personnalité en ligne, à compléter avant le rendez-vous (lien reçu séparément)
• d'un entretien avec le manager d'équipe

Date : lundi 27 avril 2026 à 9h30
Lieu : MediPrev, 3 place de la Bourse, 31000 Toulouse

Merci de confirmer votre présence en répondant à ce message.

Cordialement,
Service Recrutement
MediPrev – Mutuelle des professionnels de santé""",
      company="MediPrev", contact="recrutement@mediprev.example.fr", fmt="html"),

    m(I, "ehpad_immersion", "fr",
      "Directrice EHPAD Le Clos Fleuri <direction@closfleuri.example.fr>",
      "journée d'immersion",
      """Bonjour Madame,

Suite à notre échange téléphonique, je vous propose une journée d'immersion dans l'établissement le vendredi 15 mai, de 8h à 16h, avec l'IDEC actuelle avant son départ. Cela vous permettra de découvrir l'équipe et les résidents et nous ferons un point ensemble en fin de journée.

Pouvez-vous me dire si cela vous convient ? Prévoyez une tenue, nous vous fournirons une blouse.

Cordialement
Mme Agnès Royer
Directrice
EHPAD Le Clos Fleuri – Montpellier
04 67 00 00 00""",
      company="EHPAD Le Clos Fleuri", contact="direction@closfleuri.example.fr", cte="quoted-printable"),

    m(I, "sirona_lever_next_round", "en",
      "Tom Keller <tom.keller@sironadx.example.com>",
      "Re: Sirona Diagnostics - Clinical Application Specialist",
      """Hi Camille,

Thanks for your patience! The team really enjoyed speaking with you and we'd love to invite you to the next round: a 45-minute technical conversation with our lab operations lead, Farah.

Would any of these work (all CET)?
- Tue 19 May, 11:00
- Wed 20 May, 14:30
- Thu 21 May, 09:00

Once you confirm I'll send a Google Meet invite.

Cheers,
Tom
Talent Partner, Sirona Diagnostics""" + quoted("On Mon, May 11, 2026 at 8:47 AM Camille Nguyen-Lefèvre <camille.nguyen@example.fr> wrote:", """Hello Tom,
I hope you're well. I wanted to follow up on my first interview from two weeks ago.
Best,
Camille"""),
      company="Sirona Diagnostics", contact="tom.keller@sironadx.example.com", thread=True, fmt="alt", date="2026-05-12 09:30"),

    m(I, "kinderklinik_vorstellung", "de",
      "Personalabteilung Kinderklinik Rheinau <bewerbung@kinderklinik-rheinau.example.de>",
      "Einladung zum Vorstellungsgespräch – Pflegepädagogin (m/w/d)",
      """Sehr geehrte Frau Nguyen-Lefèvre,

vielen Dank für Ihre Bewerbung als Pflegepädagogin (m/w/d) an unserer Pflegeschule. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, den 3. Juni 2026, um 10:30 Uhr ein. Das Gespräch findet in Haus C, Raum 2.14, statt. Teilnehmen werden Frau Dr. Albers (Schulleitung) und Herr Nowak (Pflegedirektion).

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Fahrtkosten können leider nicht erstattet werden.

Mit freundlichen Grüßen

i. A. Sabine Krüger
Personalabteilung
Kinderklinik Rheinau gGmbH
Rheinauer Str. 40 · 77866 Rheinau""",
      company="Kinderklinik Rheinau", contact="bewerbung@kinderklinik-rheinau.example.de", charset="iso-8859-1",
      cte="quoted-printable", raw_subject="=?ISO-8859-1?Q?Einladung_zum_Vorstellungsgespr=E4ch_-_Pflegep=E4dagogin_=28m/w/d=29?=",
      tz="Europe/Berlin"),

    m(I, "medwerk_personio_self", "de",
      "Medwerk Recruiting <no-reply@medwerk.jobs.personio.example.de>",
      "Terminvereinbarung für Ihr Interview bei Medwerk",
      """Hallo Camille,

wir freuen uns, Sie zum nächsten Schritt im Bewerbungsprozess für die Position "Clinical Affairs Specialist (m/w/d) – remote möglich" einzuladen!

Bitte wählen Sie über den folgenden Link einen passenden Termin für ein ca. 45-minütiges Video-Interview mit Lena Hoffmann (Head of Clinical Affairs):

https://medwerk.jobs.personio.example.de/interview/slot/ab12cd

Bei Fragen wenden Sie sich gern an lena.hoffmann@medwerk.example.de.

Viele Grüße
Ihr Medwerk Team""",
      company="Medwerk", contact="lena.hoffmann@medwerk.example.de", fmt="html", tz="Europe/Berlin"),

    m(I, "helvetia_care_telefon", "de",
      "Urs Baumann <urs.baumann@helvecare.example.ch>",
      "Telefoninterview",
      """Grüezi Frau Nguyen-Lefèvre

Besten Dank für Ihre Bewerbung als Case Managerin Krankenversicherung. Gerne würde ich Sie in einem ersten Telefongespräch (ca. 30 Minuten) näher kennenlernen.

Passt Ihnen Montag, 8. Juni, um 16.00 Uhr? Ich würde Sie auf Ihrer Mobilnummer anrufen.

Freundliche Grüsse
Urs Baumann
HR Business Partner
HelveCare Versicherungen
Basel""",
      company="HelveCare Versicherungen", contact="urs.baumann@helvecare.example.ch", tz="Europe/Zurich"),

    m(I, "nordkap_agentur_de", "de",
      "Miriam Sauer <m.sauer@nordkap-personal.example.de>",
      "Ihr Profil - Gespräch beim Kunden!",
      """Liebe Frau Nguyen-Lefèvre,

tolle Neuigkeiten! Unser Kunde, die Vitamedis AG in Freiburg, möchte Sie gerne für die Stelle als Klinische Studienkoordinatorin kennenlernen!

Vorgeschlagen ist ein Teams-Gespräch am Freitag, 12.06., 13:00 Uhr, mit der Studienleitung. Können Sie mir kurz bestätigen? Dann schicke ich die Einladung raus!

Herzliche Grüße
Miriam Sauer
Senior Consultant Healthcare
Nordkap Personal | Tel. 0761 000 000""",
      company="Vitamedis", contact="m.sauer@nordkap-personal.example.de", tz="Europe/Berlin"),

    m(I, "mutualia_teams_ics", "fr",
      "Elodie Garcia <elodie.garcia@mutualia-sante.example.fr>",
      "Entretien visio - Conseillère santé prévention",
      """Bonjour Camille,

Je vous remercie pour votre candidature. Je vous propose un entretien en visio via Microsoft Teams le mardi 16 juin à 11h00 avec Mme Roussel, responsable du pôle prévention, et moi-même.

Vous trouverez l'invitation Teams ci-jointe. Merci de l'accepter pour confirmer votre présence.

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
Cliquez ici pour rejoindre la réunion <https://teams.example.com/l/meetup-join/19%3ameeting_abc>
ID de la réunion : 371 000 112 44
Code secret : Xy7pQ2
________________________________________________________________________________

Elodie Garcia
Chargée de recrutement
Mutualia Santé""",
      company="Mutualia Santé", contact="elodie.garcia@mutualia-sante.example.fr",
      ics=ics("040000008200E00074C5B7101A82E008000000001@mutualia-sante.example.fr", "Entretien Camille Nguyen-Lefèvre / Mutualia",
              "20260616T110000", "20260616T120000", "elodie.garcia@mutualia-sante.example.fr", location="Réunion Microsoft Teams"),
      date="2026-06-09 15:12"),

    m(I, "healthbridge_uk_phone", "en",
      "Aisha Rahman <aisha.rahman@healthbridge-recruit.example.co.uk>",
      "Quick chat re: Clinical Trials Nurse role, London",
      """Hi Camille!!

Hope you're well! I came across your CV and I've got a lovely Clinical Trials Nurse role with one of my NHS partner trusts in North London - band 6, fantastic team!!

They've asked me to line up a quick phone screen with the Research Matron next week. Would Tuesday at 1pm (UK time) work? If not, give me a couple of times and I'll sort it!

Speak soon!!
Aisha
Senior Recruitment Consultant | HealthBridge Recruitment
M: 07700 900000""",
      company="HealthBridge Recruitment", contact="aisha.rahman@healthbridge-recruit.example.co.uk", tz="Europe/London"),

    m(I, "synthera_workday_assessment", "en",
      "Synthera Biologics <synthera@myworkday.example.com>",
      "Synthera Biologics: Interview Invitation - Clinical Operations Coordinator (JR-18230)",
      """Dear Camille,

Thank you for your application for Clinical Operations Coordinator (JR-18230).

We are pleased to invite you to an interview with the hiring manager. Please log in to your candidate home to select an available time slot within the next 5 days:

https://synthera.wd3.myworkday.example.com/en-US/careers/candidate-home

Interview format: Video (Zoom), 60 minutes
Interviewers: Pieter de Vries, Clinical Operations Manager; Sandra Koh, Senior CTA

If you need an accommodation during the recruitment process, contact talent.eu@synthera.example.com.

Kind regards,
Synthera Biologics Talent Acquisition

This email was sent from an unmonitored mailbox.""",
      company="Synthera Biologics", contact="talent.eu@synthera.example.com", fmt="html", tz="Europe/Amsterdam"),

    m(I, "ensemble_ong_skype", "fr",
      "Benoît Laval <b.laval@medecins-ensemble.example.org>",
      "Re: Candidature – Référente santé publique, mission Niger",
      """Bonjour Camille,

Merci pour votre retour rapide et pour le questionnaire complété.

Nous souhaiterions poursuivre avec un entretien avec notre référente médicale et le responsable des programmes, d'environ une heure, en visio. Seriez-vous disponible le mercredi 1er juillet entre 10h et 12h, ou le jeudi 2 juillet après-midi ?

Bien à vous,
Benoît Laval
Chargé de recrutement – Départ terrain
Médecins Ensemble
www.medecins-ensemble.example.org""" + quoted("Le ven. 26 juin 2026 à 09:31, Camille Nguyen-Lefèvre <camille.nguyen@example.fr> a écrit :", """Bonjour Benoît,
Veuillez trouver ci-joint le questionnaire complété.
Bien cordialement,
Camille"""),
      company="Médecins Ensemble", contact="b.laval@medecins-ensemble.example.org", thread=True),

    m(I, "clinalpha_smartrecruiters", "en",
      "Clinalpha via SmartRecruiters <noreply@smartrecruiters.example.com>",
      "Let's talk! Your application for Site Activation Specialist",
      """Hi Camille,

Thanks for applying for Site Activation Specialist at Clinalpha. We reviewed your profile and would like to invite you to a first interview!

Your recruiter, Yasmina El Idrissi, will meet you on Microsoft Teams. Please book your slot here:
https://jobs.smartrecruiters.example.com/Clinalpha/interview/7461

Looking forward to speaking with you,
Clinalpha Talent Acquisition
Casablanca · Paris · Tunis""",
      company="Clinalpha", contact="yasmina.elidrissi@clinalpha.example.ma",
      reply_to="Yasmina El Idrissi <yasmina.elidrissi@clinalpha.example.ma>", fmt="alt", tz="Africa/Casablanca"),

    m(I, "cardioflux_entretien_drh", "fr",
      "Pauline Girard <p.girard@cardioflux.example.fr>",
      "Entretien final",
      """Bonjour Camille,

Suite au retour très positif de Marc sur votre entretien, nous aimerions vous faire rencontrer notre DRH, Mme Benali, pour un dernier entretien. Il aura lieu dans nos locaux à Bordeaux (Mérignac), le mardi 7 juillet à 14h.

Merci de me confirmer.

Pauline
Office & People Manager
CardioFlux – dispositifs de télésurveillance cardiaque
05 56 00 00 00""",
      company="CardioFlux", contact="p.girard@cardioflux.example.fr", fmt="html"),

    m(I, "vivasalud_es_entrevista", "es",
      "Lucía Fernández <lucia.fernandez@vivasalud.example.es>",
      "Entrevista - Coordinadora de Atención al Paciente",
      """Hola Camille,

Te escribo de parte del equipo de Vivasalud. Hemos revisado tu candidatura para el puesto de Coordinadora de Atención al Paciente en Barcelona y nos gustaría conocerte.

¿Te iría bien una videollamada el martes 14 de julio a las 10:00? Será con Jordi, el responsable del área, y conmigo. Dura unos 40 minutos.

Quedo atenta a tu respuesta.

Saludos,
Lucía Fernández
Talent Acquisition · Vivasalud
+34 600 000 000""",
      company="Vivasalud", contact="lucia.fernandez@vivasalud.example.es", tz="Europe/Madrid"),

    m(I, "uni_liege_jury_es_no_fr", "fr",
      "Faculté de Médecine - Université de la Meuse <recrutement.fmed@univ-meuse.example.be>",
      "Invitation à l'entretien – Assistante pédagogique en sciences infirmières",
      """Madame,

Nous avons le plaisir de vous informer que votre candidature au poste d'assistante pédagogique en sciences infirmières (réf. FMED-2026-14) a été retenue pour la phase d'entretiens.

Vous êtes invitée à vous présenter devant le jury le lundi 24 août 2026 à 13h45, bâtiment B23, salle du Conseil. Il vous sera demandé une présentation de 10 minutes de votre projet pédagogique, suivie d'un échange avec le jury.

Nous vous prions de bien vouloir confirmer votre présence.

Veuillez agréer, Madame, nos salutations distinguées.

Le service de recrutement
Faculté de Médecine – Université de la Meuse""",
      company="Université de la Meuse", contact="recrutement.fmed@univ-meuse.example.be", tz="Europe/Brussels"),

    m(I, "ars_telephone_court", "fr",
      "Yannick Morel <yannick.morel@ars-region.example.fr>",
      "Re: votre candidature chargée de mission prévention",
      """Bonjour,
Disponible demain 11h pour un échange téléphonique de 30 min ? Je vous appelle au 06.
YM
--
Yannick Morel
Responsable du pôle Prévention et promotion de la santé
Agence régionale de santé Occitanie-Est (site de Montpellier)""",
      company="Agence régionale de santé Occitanie-Est", contact="yannick.morel@ars-region.example.fr", thread=True),

    m(I, "telemed_bamboo_culture", "en",
      "Noémie at Telemedix <noemie.roux@telemedix.example.com>",
      "Telemedix // culture fit interview",
      """Hi Camille,

Congrats on passing the first step! Next up is our "coffee chat" with two people from the care team - it's informal, 30 min on Google Meet, mostly about how you work with doctors and patients remotely.

Pick whatever slot suits you: https://telemedix.bamboohr.example.com/hiring/schedule/3321

Talk soon,
Noémie
People Ops @ Telemedix (we're a French team, but we work in English!)""",
      company="Telemedix", contact="noemie.roux@telemedix.example.com", fmt="alt"),

    m(I, "soinsplus_tu_visio", "fr",
      "Alex (Soins+) <alex@soinsplus.example.fr>",
      "on se cale un call ?",
      """Hello Camille,

Ta candidature pour le poste d'Infirmière référente téléconsultation nous a bien plu ! Ça te dit qu'on s'appelle en visio pour en parler ? Je te propose lundi 14h ou mardi 17h30.

Tu me dis ?
Alex – Soins+
La téléconsultation en pharmacie""",
      company="Soins+", contact="alex@soinsplus.example.fr"),

    m(I, "glaxovie_teamtailor_es", "es",
      "Equipo de selección de Glaxovie <notificaciones@teamtailor-mail.example.com>",
      "Glaxovie: ¡Siguiente paso en tu proceso!",
      """Hola Camille:

¡Gracias por tu interés en el puesto de Delegada Médica Hospitalaria – Cataluña!

Nos gustaría invitarte a una entrevista por videollamada con nuestra Gerente de Zona. Elige el horario que mejor te venga aquí:
https://glaxovie.teamtailor.example.com/meetings/select/1192

Si tienes cualquier duda, escribe a Carmen Ruiz (carmen.ruiz@glaxovie.example.es).

¡Hasta pronto!
Equipo de Talento de Glaxovie""",
      company="Glaxovie", contact="carmen.ruiz@glaxovie.example.es", fmt="html", tz="Europe/Madrid"),

    m(I, "jules_verne_transfert_cadre", "fr",
      "Sylvie Hamon <s.hamon@clinique-julesverne.example.fr>",
      "TR: dispo entretien IDE coordination HAD",
      """Bonjour Madame Nguyen-Lefèvre,

Je vous transfère le message de Mme Le Goff, cadre de santé de l'HAD, qui souhaite vous rencontrer. Pourriez-vous me dire lequel de ces créneaux vous convient ? Je m'occupe de la réservation de la salle.

Cordialement,
Sylvie Hamon
Assistante RH – Clinique Jules Verne, Nantes
02 40 00 00 00

-------- Message transféré --------
De : Gaëlle Le Goff <g.legoff@clinique-julesverne.example.fr>
Date : lun. 7 sept. 2026 à 13:02
Objet : dispo entretien IDE coordination HAD
À : Sylvie Hamon <s.hamon@clinique-julesverne.example.fr>

Sylvie, le CV de Mme Nguyen-Lefèvre est très bien, on peut la voir en entretien avec la directrice des soins. Je propose jeudi 10/09 à 14h ou vendredi 11/09 à 9h30, dans mon bureau.
Merci !
Gaëlle""",
      company="Clinique Jules Verne", contact="s.hamon@clinique-julesverne.example.fr", date="2026-09-07 15:20"),
]
