"""The long threads: Lille Grand Congrès (offer), Messe Rheinufer (offer), Hôtels Maréchal,
Union Sportive Brabançonne, Bodas del Sur, Carrington & Vale (head-hunter) and Tempo Intérim
Nord (temp agency)."""

from __future__ import annotations

from msgs348_common import ME, m, paras, shell

HELENE = ("Hélène Vasseur", "helene.vasseur@lillegrandcongres.example.fr")
LGC_SIG = """Hélène Vasseur
Chargée de recrutement et développement RH
Lille Grand Congrès
1 boulevard des Cités Unies, 59777 Lille
Tél. +33 3 20 55 41 18"""

JANA = ("Jana Kowalczyk", "j.kowalczyk@messe-rheinufer.example.de")
JANA_SIG = """Mit freundlichen Grüßen

Jana Kowalczyk
Talent Acquisition | Personal & Organisation
Messe Rheinufer GmbH
Deutz-Mülheimer Straße 140, 51063 Köln
Tel. +49 221 4471 2290"""

MESSE_FOOTER = """Messe Rheinufer GmbH · Sitz: Köln · Amtsgericht Köln HRB 48812
Geschäftsführung: Dr. Ulrike Brandner, Stefan Oehmig
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""

MESSE_PDF_LINES = [
    "Messe Rheinufer GmbH - Personal & Organisation",
    "Deutz-Muelheimer Strasse 140, 51063 Koeln",
    "",
    "Frau Awa Diallo-Fournier",
    "",
    "Vertragsangebot: Projektmanagerin Veranstaltungen (m/w/d)",
    "Beginn: 1. September 2026, unbefristet, Vollzeit 39 Std./Woche",
    "Bruttojahresgehalt: 44.500 EUR, 30 Urlaubstage",
    "Bitte senden Sie das unterschriebene Exemplar bis 12. Juni 2026 zurueck.",
]

MESSAGES = [
    # ------------------------------------------------ Thread A: Lille Grand Congrès (fr)
    m("application_received", "fr", "lgc_candidature_recue", "2026-08-04 09:12 +0200",
      ("Lille Grand Congrès", "no-reply@teamtailor-mail.com"),
      "Votre candidature : Chargé(e) de projets événementiels",
      """Bonjour Awa,

Merci pour votre candidature au poste de Chargé(e) de projets événementiels chez Lille Grand
Congrès. Nous l'avons bien reçue et notre équipe recrutement va l'étudier avec attention dans
les prochains jours.

Si votre profil correspond à nos besoins, une personne de l'équipe vous contactera
directement. Vous pouvez suivre l'avancement de votre candidature depuis votre espace
candidat.

À bientôt,
L'équipe Talents de Lille Grand Congrès

Cet e-mail a été envoyé automatiquement via Teamtailor, merci de ne pas y répondre.""",
      html=shell(paras(
          "Bonjour Awa,",
          "Merci pour votre candidature au poste de <b>Chargé(e) de projets événementiels</b> "
          "chez Lille Grand Congrès. Nous l'avons bien reçue et notre équipe recrutement va "
          "l'étudier avec attention dans les prochains jours.",
          "Si votre profil correspond à nos besoins, une personne de l'équipe vous contactera "
          "directement. Vous pouvez suivre l'avancement de votre candidature depuis votre "
          "espace candidat.",
          "À bientôt,<br>L'équipe Talents de Lille Grand Congrès"),
          brand="#c8102e", footer="Envoyé via Teamtailor · merci de ne pas répondre"),
      co="Lille Grand Congrès", thread="lgc", hdr={"Auto-Submitted": "auto-generated"}),
    m("interview_invitation", "fr", "lgc_invitation_entretien", "2026-08-18 14:37 +0200",
      HELENE, "Invitation à un entretien – Chargé(e) de projets événementiels",
      f"""Bonjour Madame Diallo-Fournier,

Votre candidature a retenu toute notre attention et je vous propose un premier entretien avec
moi-même et Julien Martel, responsable du pôle congrès, le mardi 25 août à 10h00 dans nos
locaux (entrée Salon Vauban, accueil du 1er étage).

L'entretien durera environ une heure. Vous trouverez l'invitation en pièce jointe ; merci de
me confirmer votre présence par retour de mail.

Bien cordialement,

{LGC_SIG}""",
      co="Lille Grand Congrès", ct="helene.vasseur@lillegrandcongres.example.fr",
      thread="lgc", quote=None, fe="iso-8859-1:Q", se="utf-8:B",
      cal={"uid": "lgc-entretien-diallo-1@lillegrandcongres.example.fr", "seq": 0,
           "start": "2026-08-25 10:00", "summary": "Entretien A. Diallo-Fournier - projets événementiels",
           "location": "Lille Grand Congrès, Salon Vauban, 1er étage"}),
    m("interview_reschedule_or_cancel", "fr", "lgc_entretien_deplace", "2026-08-21 11:05 +0200",
      HELENE, "RE: Invitation à un entretien – Chargé(e) de projets événementiels",
      f"""Bonjour Awa,

Julien Martel doit finalement accompagner un client sur le montage d'un salon ce mardi. Je suis
obligée de déplacer notre entretien : pourriez-vous venir le jeudi 27 août à 14h30, même
lieu ? La nouvelle invitation remplace la précédente.

Toutes mes excuses pour ce changement et merci de votre souplesse.

{LGC_SIG}""",
      co="Lille Grand Congrès", ct="helene.vasseur@lillegrandcongres.example.fr",
      thread="lgc", quote="fr", fe="iso-8859-1:Q",
      cal={"uid": "lgc-entretien-diallo-1@lillegrandcongres.example.fr", "seq": 1,
           "start": "2026-08-27 14:30", "summary": "Entretien A. Diallo-Fournier - projets événementiels",
           "location": "Lille Grand Congrès, Salon Vauban, 1er étage"}),
    m("other", "fr", "lgc_merci_awa", "2026-08-27 19:48 +0200", ME,
      "Merci pour l'entretien de cet après-midi",
      """Bonjour Hélène,

Je tenais à vous remercier, ainsi que Julien Martel, pour le temps que vous m'avez accordé cet
après-midi. La présentation du calendrier des congrès de l'automne m'a confortée dans mon envie
de rejoindre votre équipe ; mes dix ans d'accueil en hôtellerie m'ont appris à gérer les
imprévus le jour J, et c'est exactement ce que vous recherchez.

Je reste à votre disposition pour tout complément.

Bien cordialement,
Awa Diallo-Fournier
06 12 48 90 33""",
      to=HELENE, thread="lgc", quote="fr", cte="8bit"),
    m("interview_invitation", "fr", "lgc_second_tour", "2026-09-02 16:20 +0200", HELENE,
      "Deuxième entretien + mise en situation",
      f"""Bonjour Awa,

Merci pour votre message. Suite à notre échange, nous souhaitons poursuivre avec vous :
je vous invite à un second entretien avec Mme Caroline Dufresne, directrice des
opérations, le vendredi 11 septembre à 9h30.

Il comprendra une mise en situation de 30 minutes : vous aurez à préparer le rétroplanning
d'un congrès médical de 800 personnes (le brief est joint). Prévoyez environ 1h30 au total.

Pouvez-vous me confirmer ce créneau ?

{LGC_SIG}""",
      co="Lille Grand Congrès", ct="helene.vasseur@lillegrandcongres.example.fr",
      thread="lgc", quote="fr",
      pdf=[("brief_mise_en_situation.pdf", [
          "Lille Grand Congres - Mise en situation",
          "Congres national de cardiologie, 800 participants, 3 jours",
          "Livrable : retroplanning J-120 a J+7, en une page",
          "Duree de presentation : 15 minutes, questions 15 minutes"])]),
    m("offer", "fr", "lgc_proposition_orale", "2026-09-15 18:02 +0200", HELENE,
      "Suite à notre appel – proposition de poste",
      f"""Bonjour Awa,

Comme je vous l'ai annoncé au téléphone tout à l'heure, nous avons le plaisir de vous
proposer le poste de Chargée de projets événementiels en CDI, avec une prise de poste
souhaitée le 2 novembre 2026.

Pour rappel : statut agent de maîtrise, 36 500 € bruts annuels sur 13 mois, tickets
restaurant et prise en charge à 75 % de l'abonnement de transport. La lettre de proposition
officielle suivra d'ici quelques jours.

Toute l'équipe est ravie !

{LGC_SIG}""",
      co="Lille Grand Congrès", ct="helene.vasseur@lillegrandcongres.example.fr",
      thread="lgc", fe="iso-8859-1:Q"),
    m("offer", "fr", "lgc_lettre_proposition", "2026-09-18 10:41 +0200",
      ("Marc Delannoy", "m.delannoy@lillegrandcongres.example.fr"),
      "Lettre de proposition d'embauche – Mme Diallo-Fournier",
      """Madame,

Veuillez trouver ci-joint notre lettre de proposition d'embauche pour le poste de Chargée de
projets événementiels. Nous vous remercions de nous la retourner datée et signée avant le
25 septembre 2026.

Pour toute question sur le contenu de la proposition, Hélène Vasseur reste votre
interlocutrice (elle est en copie de ce message et en adresse de réponse).

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Marc Delannoy
Directeur des Ressources Humaines
Lille Grand Congrès

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le
détruire.""",
      rt=HELENE, cc=[HELENE], co="Lille Grand Congrès",
      ct="helene.vasseur@lillegrandcongres.example.fr", thread="lgc", cs="iso-8859-1",
      cte="quoted-printable", rte="iso-8859-1:Q",
      pdf=[("Proposition_embauche_Diallo-Fournier.pdf", [
          "LILLE GRAND CONGRES - Direction des Ressources Humaines",
          "Proposition d'embauche",
          "Poste : Chargee de projets evenementiels - CDI",
          "Remuneration : 36 500 EUR bruts annuels sur 13 mois",
          "Date d'entree : 2 novembre 2026 - periode d'essai : 3 mois",
          "Bon pour accord, date et signature :"])]),
    m("other", "fr", "lgc_question_awa", "2026-09-21 08:15 +0200", ME,
      "Re: Lettre de proposition d'embauche – Mme Diallo-Fournier",
      """Bonjour Hélène,

Merci beaucoup, c'est une excellente nouvelle ! J'ai une seule question avant de renvoyer la
lettre signée : serait-il possible de commencer le 9 novembre plutôt que le 2, afin de
respecter mon préavis à l'hôtel ?

Bonne journée,
Awa""",
      to=HELENE, thread="lgc", quote="fr"),
    m("offer", "fr", "lgc_contrat_signature", "2026-09-29 15:26 +0200", HELENE,
      "Votre contrat de travail à signer",
      f"""Bonjour Awa,

C'est validé pour le 9 novembre. Vous trouverez ci-joint votre contrat de travail (CDI) en
deux exemplaires : merci de parapher chaque page, de signer avec la mention « lu et approuvé »
et de nous en retourner un exemplaire avant le 9 octobre.

Nous avons hâte de vous accueillir !

{LGC_SIG}""",
      co="Lille Grand Congrès", ct="helene.vasseur@lillegrandcongres.example.fr",
      thread="lgc", quote="fr", cte="base64",
      pdf=[("Contrat_CDI_Diallo-Fournier.pdf", [
          "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
          "Entre Lille Grand Congres et Mme Awa Diallo-Fournier",
          "Fonction : Chargee de projets evenementiels, statut agent de maitrise",
          "Prise de fonction : 9 novembre 2026",
          "Fait a Lille, en deux exemplaires originaux"])]),

    # ------------------------------------------------ Thread B: Messe Rheinufer (de/en)
    m("application_received", "de", "messe_eingang", "2026-04-07 08:03 +0200",
      ("Messe Rheinufer", "no-reply@messe-rheinufer.jobs.personio.de"),
      "Ihre Bewerbung als Projektmanager Veranstaltungen (m/w/d)",
      """Hallo Awa Diallo-Fournier,

vielen Dank für Ihre Bewerbung als Projektmanager Veranstaltungen (m/w/d) und Ihr Interesse an
der Messe Rheinufer. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team der Messe Rheinufer

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
      co="Messe Rheinufer", thread="messe", cs="iso-8859-1", cte="8bit",
      se="iso-8859-1:Q"),
    m("interview_invitation", "de", "messe_einladung_video", "2026-04-15 13:22 +0200",
      ("Jana Kowalczyk via Personio", "no-reply@messe-rheinufer.jobs.personio.de"),
      "Einladung zum Videointerview – Messe Rheinufer",
      f"""Liebe Frau Diallo-Fournier,

vielen Dank für Ihre Geduld. Wir möchten Sie gern näher kennenlernen und laden Sie zu einem
Videointerview (Microsoft Teams, ca. 45 Minuten) ein:

Mittwoch, 22. April 2026, 10:00 Uhr

Gesprächspartner sind Herr Thomas Brück (Leitung Gastveranstaltungen) und ich. Den Link
finden Sie in der Kalendereinladung. Das Gespräch kann gern auf Englisch geführt werden.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

{JANA_SIG}

{MESSE_FOOTER}""",
      rt=JANA, co="Messe Rheinufer", ct="j.kowalczyk@messe-rheinufer.example.de",
      thread="messe",
      cal={"uid": "7f3c2a10-messe-rheinufer-vi-0422", "seq": 0, "tz": "Europe/Berlin",
           "start": "2026-04-22 10:00", "minutes": 45,
           "summary": "Videointerview Diallo-Fournier (Teams)",
           "location": "Microsoft Teams-Besprechung"}),
    m("interview_reschedule_or_cancel", "de", "messe_termin_verschoben", "2026-04-20 17:45 +0200",
      JANA, "Terminverschiebung: Videointerview am 22.04.",
      f"""Liebe Frau Diallo-Fournier,

leider muss ich unseren Termin am Mittwoch absagen, da Herr Brück kurzfristig zum Aufbau der
Gastveranstaltung nach Hamburg reisen muss. Wir möchten das Gespräch aber sehr gern
nachholen.

Würde Ihnen Montag, 27. April, um 15:00 Uhr passen? Ich habe Ihnen die neue Einladung
geschickt; die alte ist storniert.

Entschuldigen Sie die Umstände.

{JANA_SIG}

{MESSE_FOOTER}""",
      co="Messe Rheinufer", ct="j.kowalczyk@messe-rheinufer.example.de", thread="messe",
      quote="de", fe="utf-8:Q",
      cal={"uid": "7f3c2a10-messe-rheinufer-vi-0422", "seq": 1, "method": "CANCEL",
           "tz": "Europe/Berlin", "start": "2026-04-22 10:00", "minutes": 45,
           "summary": "Abgesagt: Videointerview Diallo-Fournier (Teams)",
           "location": "Microsoft Teams-Besprechung"}, ics_file=True),
    m("interview_invitation", "de", "messe_probetag", "2026-05-04 09:30 +0200", JANA,
      "Einladung zum Probetag auf der Messe",
      f"""Liebe Frau Diallo-Fournier,

vielen Dank für das angenehme Gespräch letzte Woche! Wir würden Sie gern im nächsten Schritt
zu einem Probetag einladen: am Dienstag, 12. Mai, während des Aufbaus der Fachmesse
„HORECA Rhein“ in Halle 4.

Treffpunkt ist um 8:30 Uhr am Eingang Nord. Sie begleiten unser Projektteam bei der
Ausstelleranmeldung und beim Briefing der Hostessen. Bitte bringen Sie festes Schuhwerk mit;
Fahrtkosten erstatten wir selbstverständlich.

{JANA_SIG}""",
      co="Messe Rheinufer", ct="j.kowalczyk@messe-rheinufer.example.de", thread="messe",
      quote="de", cte="base64"),
    m("offer", "de", "messe_zusage", "2026-05-19 16:10 +0200", JANA,
      "Ihr Vertragsangebot – Projektmanagerin Veranstaltungen",
      f"""Liebe Frau Diallo-Fournier,

ich freue mich sehr, Ihnen heute mitteilen zu dürfen, dass wir Ihnen die Stelle als
Projektmanagerin Veranstaltungen anbieten möchten! Der Probetag hat das ganze Team überzeugt.

Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Konditionen. Bitte geben Sie
uns bis zum 12. Juni Bescheid, ob Sie das Angebot annehmen.

{JANA_SIG}

{MESSE_FOOTER}""",
      co="Messe Rheinufer", ct="j.kowalczyk@messe-rheinufer.example.de", thread="messe",
      pdf=[("Vertragsangebot_Diallo-Fournier.pdf", MESSE_PDF_LINES)], se="windows-1252:B"),
    m("offer", "en", "messe_offer_letter_en", "2026-05-21 11:02 +0200",
      ("Priya Raman", "p.raman@messe-rheinufer.example.de"),
      "Your offer letter (English version) – Event Project Manager",
      """Dear Awa,

Jana mentioned you would appreciate an English version of your offer, so please find it
attached. For the avoidance of doubt, the German contract offer remains the binding document.

To summarise: Event Project Manager, permanent full-time contract starting 1 September 2026,
gross annual salary EUR 44,500, 30 days of annual leave, and a relocation allowance of
EUR 2,000 for your move from Lille to Cologne.

If you have any questions about relocation, tax registration or the Anmeldung, I am happy to
help.

Kind regards,
Priya Raman
International HR Partner
Messe Rheinufer GmbH, Cologne""",
      co="Messe Rheinufer", ct="p.raman@messe-rheinufer.example.de",
      html=shell(paras(
          "Dear Awa,",
          "Jana mentioned you would appreciate an English version of your offer, so please "
          "find it attached. For the avoidance of doubt, the German contract offer remains "
          "the binding document.",
          "To summarise: <b>Event Project Manager</b>, permanent full-time contract starting "
          "1 September 2026, gross annual salary EUR 44,500, 30 days of annual leave, and a "
          "relocation allowance of EUR 2,000 for your move from Lille to Cologne.",
          "If you have any questions about relocation, tax registration or the Anmeldung, I "
          "am happy to help.",
          "Kind regards,<br>Priya Raman<br>International HR Partner<br>Messe Rheinufer GmbH, "
          "Cologne")),
      pdf=[("Offer_Letter_EN_Diallo-Fournier.pdf", [
          "Messe Rheinufer - Offer of Employment (convenience translation)",
          "Position: Event Project Manager, permanent, full time",
          "Start date: 1 September 2026",
          "Gross annual salary: EUR 44,500 - relocation allowance EUR 2,000"])]),
    m("offer", "en", "messe_contract_esign", "2026-05-28 09:14 +0200",
      ("Priya Raman", "p.raman@messe-rheinufer.example.de"),
      "Employment contract ready for your signature",
      """Hi Awa,

Following your call with Jana, the employment contract is now ready. You will receive a
separate e-signature link shortly; the PDF is attached so you can read it at your own pace.

Please sign by 12 June. Let me know if anything looks off.

Best,
Priya

--
Priya Raman | International HR Partner | Messe Rheinufer, Cologne
+49 221 4471 2315""",
      co="Messe Rheinufer", ct="p.raman@messe-rheinufer.example.de", cte="7bit",
      pdf=[("Arbeitsvertrag_Diallo-Fournier.pdf", [
          "Arbeitsvertrag zwischen Messe Rheinufer GmbH und Awa Diallo-Fournier",
          "Taetigkeit: Projektmanagerin Veranstaltungen",
          "Beginn: 01.09.2026"])]),
    m("other", "de", "messe_absage_awa", "2026-06-08 21:30 +0200", ME,
      "AW: Ihr Vertragsangebot – Projektmanagerin Veranstaltungen",
      """Liebe Frau Kowalczyk,

nach langem Überlegen muss ich Ihr Angebot leider ablehnen. Aus familiären Gründen kann ich
in diesem Jahr nicht nach Köln umziehen. Diese Entscheidung fällt mir wirklich schwer, denn
der Probetag auf der HORECA Rhein hat mir großen Spaß gemacht.

Vielen Dank für Ihr Vertrauen und an das ganze Team herzliche Grüße aus Lille.

Awa Diallo-Fournier""",
      to=JANA, thread="messe", quote="outlook-de"),

    # ------------------------------------------------ Thread C: Hôtels Maréchal (Paris, Workday)
    m("application_received", "fr", "marechal_accuse", "2026-01-12 07:58 +0100",
      ("Hôtels Maréchal", "hotelsmarechal@myworkday.com"),
      "Hôtels Maréchal – Accusé de réception de votre candidature (R-04417)",
      """Bonjour Awa,

Nous accusons réception de votre candidature pour le poste « Coordinatrice Événements &
Séminaires – Hôtel Maréchal Opéra » (réf. R-04417).

En raison du grand nombre de candidatures, nous ne sommes pas en mesure de répondre
personnellement à chacune d'entre elles. Si votre profil est retenu, un membre de l'équipe
recrutement prendra contact avec vous.

Cordialement,
Service Recrutement – Hôtels Maréchal

Ce message est généré automatiquement par Workday. Merci de ne pas y répondre.""",
      co="Hôtels Maréchal", thread="marechal", fe="iso-8859-1:B",
      html=shell(paras(
          "Bonjour Awa,",
          "Nous accusons réception de votre candidature pour le poste « Coordinatrice "
          "Événements &amp; Séminaires – Hôtel Maréchal Opéra » (réf. R-04417).",
          "En raison du grand nombre de candidatures, nous ne sommes pas en mesure de "
          "répondre personnellement à chacune d'entre elles. Si votre profil est retenu, un "
          "membre de l'équipe recrutement prendra contact avec vous.",
          "Cordialement,<br>Service Recrutement – Hôtels Maréchal"),
          brand="#0b2545", footer="Ce message est généré automatiquement par Workday.")),
    m("interview_invitation", "fr", "marechal_appel_rh", "2026-01-26 12:14 +0100",
      ("Sandrine Lopes via Workday", "hotelsmarechal@myworkday.com"),
      "Entretien téléphonique – Coordinatrice Événements & Séminaires",
      """Bonjour Awa,

Je suis chargée du recrutement pour le poste de Coordinatrice Événements & Séminaires à l'Hôtel
Maréchal Opéra. J'aimerais échanger avec vous lors d'un entretien téléphonique de 20 minutes
le lundi 2 février à 10h00. Je vous appellerai au numéro indiqué dans votre candidature.

Si ce créneau ne vous convient pas, répondez simplement à ce message.

Bien à vous,
Sandrine Lopes
Talent Acquisition Partner – Hôtels Maréchal""",
      rt=("Sandrine Lopes", "sandrine.lopes@hotels-marechal.example.fr"),
      co="Hôtels Maréchal", ct="sandrine.lopes@hotels-marechal.example.fr", thread="marechal",
      cs="windows-1252", cte="quoted-printable"),
    m("missed_interview_notice", "fr", "marechal_injoignable", "2026-02-02 10:26 +0100",
      ("Sandrine Lopes", "sandrine.lopes@hotels-marechal.example.fr"),
      "Notre entretien de ce matin",
      """Bonjour Awa,

J'ai essayé de vous joindre à 10h00 comme convenu, à deux reprises, sans succès, et je suis
tombée sur votre messagerie. Peut-être un contretemps ?

Si vous êtes toujours intéressée par le poste, je peux vous proposer un nouveau créneau
mercredi 4 février à 16h. Merci de me dire ce qui vous convient.

Bien à vous,
Sandrine Lopes
Talent Acquisition Partner – Hôtels Maréchal
+33 1 44 71 20 08""",
      co="Hôtels Maréchal", ct="sandrine.lopes@hotels-marechal.example.fr", thread="marechal",
      quote="fr"),
    m("other", "fr", "marechal_excuses_awa", "2026-02-02 13:02 +0100", ME,
      "RE: Notre entretien de ce matin",
      """Bonjour Sandrine,

Toutes mes excuses : j'étais en poste à la réception et un groupe est arrivé plus tôt que
prévu, je n'ai pas pu décrocher. Mercredi 16h me convient parfaitement, je serai disponible.

Encore désolée pour ce contretemps.
Awa Diallo-Fournier""",
      to=("Sandrine Lopes", "sandrine.lopes@hotels-marechal.example.fr"), thread="marechal",
      quote="outlook-fr", cs="windows-1252", cte="8bit"),
    m("rejection", "fr", "marechal_refus", "2026-02-16 18:40 +0100",
      ("Hôtels Maréchal", "hotelsmarechal@myworkday.com"),
      "Votre candidature – Coordinatrice Événements & Séminaires (R-04417)",
      """Bonjour Awa,

Nous vous remercions pour le temps que vous avez consacré à nos échanges et pour l'intérêt
que vous portez aux Hôtels Maréchal.

Après une étude attentive, nous avons choisi de poursuivre avec une candidature dont
l'expérience correspond plus étroitement aux exigences du poste. Nous conservons votre profil
dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présente.

Nous vous souhaitons pleine réussite dans vos recherches.

Service Recrutement – Hôtels Maréchal""",
      co="Hôtels Maréchal", thread="marechal", se="windows-1252:Q"),

    # ------------------------------------------------ Thread D: Union Sportive Brabançonne (fr)
    m("interview_invitation", "fr", "usb_invitation", "2026-03-03 10:18 +0100",
      ("Grégory Wauters", "g.wauters@usbrabanconne.example.be"),
      "Poste Event & Hospitality Officer – rencontre au stade",
      """Bonjour Madame Diallo-Fournier,

Merci pour votre candidature au poste d'Event & Hospitality Officer. Votre parcours en
réception hôtelière nous intéresse beaucoup pour nos loges et business seats.

Je vous propose de nous rencontrer au stade le jeudi 12 mars à 11h (tribune principale,
entrée administration, rue du Stade 12, 1070 Anderlecht). Pourriez-vous me confirmer votre
disponibilité ?

Sportivement,
Grégory Wauters
Head of Hospitality – Union Sportive Brabançonne
+32 2 520 47 11""",
      co="Union Sportive Brabançonne", ct="g.wauters@usbrabanconne.example.be",
      thread="usb", fe="utf-8:Q", se="windows-1252:Q"),
    m("other", "fr", "usb_confirmation_awa", "2026-03-03 12:40 +0100", ME,
      "Re: Poste Event & Hospitality Officer – rencontre au stade",
      """Bonjour Monsieur Wauters,

Merci pour votre retour. Je vous confirme ma présence le jeudi 12 mars à 11h au stade.

Bien cordialement,
Awa Diallo-Fournier""",
      to=("Grégory Wauters", "g.wauters@usbrabanconne.example.be"), thread="usb", quote="fr"),
    m("interview_reschedule_or_cancel", "fr", "usb_report_match", "2026-03-09 09:05 +0100",
      ("Grégory Wauters", "g.wauters@usbrabanconne.example.be"),
      "Re: Poste Event & Hospitality Officer – rencontre au stade",
      """Bonjour Madame Diallo-Fournier,

Le match de coupe contre Charleroi a été avancé au jeudi 12 mars par la fédération, et toute
l'équipe hospitality sera mobilisée. Je dois donc reporter notre rencontre.

Je vous propose le lundi 16 mars à 14h, même endroit. Désolé pour ce changement de dernière
minute, le calendrier du football a ses raisons...

Sportivement,
Grégory Wauters""",
      co="Union Sportive Brabançonne", ct="g.wauters@usbrabanconne.example.be",
      thread="usb", quote="fr"),
    m("other", "fr", "usb_ok_awa", "2026-03-09 09:31 +0100", ME,
      "Re: Poste Event & Hospitality Officer – rencontre au stade",
      """Bonjour,

Aucun souci, le lundi 16 mars à 14h me convient. Bon match jeudi !

Awa""",
      to=("Grégory Wauters", "g.wauters@usbrabanconne.example.be"), thread="usb", quote="fr"),
    m("rejection", "fr", "usb_refus_apres_entretien", "2026-03-27 17:22 +0100",
      ("Grégory Wauters", "g.wauters@usbrabanconne.example.be"),
      "Re: Poste Event & Hospitality Officer – rencontre au stade",
      """Bonjour Awa,

Merci encore pour notre rencontre du 16 mars et pour votre intérêt pour le club.

Nous avons finalement retenu un candidat qui a déjà travaillé plusieurs saisons dans
l'hospitality d'un club de Pro League, ce qui était déterminant pour la reprise en juillet. Ce
n'est donc pas une suite favorable cette fois-ci, mais j'ai vraiment apprécié votre énergie.

Je vous souhaite le meilleur pour la suite.

Sportivement,
Grégory Wauters
Head of Hospitality – Union Sportive Brabançonne""",
      co="Union Sportive Brabançonne", ct="g.wauters@usbrabanconne.example.be",
      thread="usb", quote="fr", cte="base64"),

    # ------------------------------------------------ Thread E: Bodas del Sur (Málaga, es)
    m("application_received", "es", "bodas_recibida", "2026-05-06 10:00 +0200",
      ("Bodas del Sur", "notifications@bodasdelsur.bamboohr.com"),
      "Hemos recibido tu candidatura – Coordinador/a de bodas (Málaga)",
      """Hola Awa:

¡Gracias por tu interés en Bodas del Sur! Hemos recibido tu candidatura para el puesto de
Coordinador/a de bodas en Málaga.

Nuestro equipo revisará tu perfil en las próximas semanas. Si encaja con lo que buscamos, nos
pondremos en contacto contigo.

Un saludo,
Equipo de Personas – Bodas del Sur

Este correo se ha enviado desde una dirección que no acepta respuestas.""",
      co="Bodas del Sur", thread="bodas", se="utf-8:B"),
    m("interview_invitation", "es", "bodas_entrevista", "2026-05-14 13:30 +0200",
      ("Lucía Ortega", "lucia.ortega@bodasdelsur.example.es"),
      "Entrevista por videollamada – Coordinador/a de bodas",
      """Hola Awa:

Soy Lucía, responsable de coordinación en Bodas del Sur. Nos ha gustado mucho tu perfil, sobre
todo tu experiencia con clientes internacionales en recepción.

¿Te vendría bien una videollamada por Google Meet el miércoles 20 de mayo a las 17:00 (hora
de Madrid)? Será una charla de unos 40 minutos con Rocío, nuestra directora.

Te paso el enlace en cuanto me confirmes.

Un abrazo,
Lucía Ortega
Responsable de Coordinación · Bodas del Sur
Calle Larios 9, 29005 Málaga · +34 952 11 40 87""",
      co="Bodas del Sur", ct="lucia.ortega@bodasdelsur.example.es", thread="bodas",
      fe="iso-8859-1:Q", cs="iso-8859-1", cte="8bit"),
    m("missed_interview_notice", "es", "bodas_no_conectaste", "2026-05-20 17:35 +0200",
      ("Lucía Ortega", "lucia.ortega@bodasdelsur.example.es"),
      "Re: Entrevista por videollamada – Coordinador/a de bodas",
      """Hola Awa:

Rocío y yo te hemos estado esperando en el Meet desde las 17:00 y no te hemos visto
conectarte. ¿Ha pasado algo? Quizás la diferencia horaria o el enlace no te llegó bien.

Si sigues interesada, dime y buscamos otro hueco esta semana.

Un saludo,
Lucía""",
      co="Bodas del Sur", ct="lucia.ortega@bodasdelsur.example.es", thread="bodas",
      quote="es"),
    m("other", "es", "bodas_disculpa_awa", "2026-05-20 19:10 +0200", ME,
      "Re: Entrevista por videollamada – Coordinador/a de bodas",
      """Hola Lucía:

¡Lo siento muchísimo! El enlace nunca me llegó (lo he encontrado ahora en la carpeta de
correo no deseado). Sigo muy interesada; cualquier hora del jueves o viernes me viene bien.

Perdona las molestias.
Awa""",
      to=("Lucía Ortega", "lucia.ortega@bodasdelsur.example.es"), thread="bodas", quote="es"),
    m("rejection", "es", "bodas_descartada", "2026-06-03 12:05 +0200",
      ("Lucía Ortega", "lucia.ortega@bodasdelsur.example.es"),
      "Re: Entrevista por videollamada – Coordinador/a de bodas",
      """Hola Awa:

Gracias por la entrevista del viernes, fue un placer conocerte. Después de hablarlo con Rocío,
hemos decidido seguir adelante con otra candidata que vive en Málaga y puede incorporarse de
inmediato para la temporada de bodas de verano.

Sentimos no poder darte mejores noticias. Te deseamos mucha suerte en tu cambio hacia los
eventos, ¡seguro que lo consigues!

Un abrazo,
Lucía Ortega
Bodas del Sur""",
      co="Bodas del Sur", ct="lucia.ortega@bodasdelsur.example.es", thread="bodas",
      quote="es", cs="iso-8859-1", cte="quoted-printable"),

    # ------------------------------------------------ Thread F: Carrington & Vale (en)
    m("other", "en", "carrington_cold_approach", "2026-07-01 09:02 +0100",
      ("Oliver Pembridge", "oliver.pembridge@carringtonvale.example.co.uk"),
      "Your background in guest relations – quick hello",
      """Hi Awa,

I came across your profile while mapping front-of-house talent in northern France and the
Benelux. I head the events & venues practice at Carrington & Vale, a hospitality search firm.

No specific role to discuss today, but I would love to understand where you want to take your
career, as we regularly work with congress venues and hotel groups moving guest-facing people
into event operations.

Happy to have a coffee-chat on the phone whenever suits.

Best regards,
Oliver Pembridge
Partner, Events & Venues Practice
Carrington & Vale Hospitality Search
14 Fetter Lane, London EC4A 1BW""",
      thread="carrington"),
    m("interview_invitation", "en", "carrington_client_interview", "2026-07-09 15:48 +0100",
      ("Oliver Pembridge", "oliver.pembridge@carringtonvale.example.co.uk"),
      "Interview with Zuidas Conference Centre – Event Operations Coordinator",
      """Hi Awa,

Great speaking with you on Monday. I shared your profile with my client, Zuidas Conference
Centre in Amsterdam, and they would like to interview you for the Event Operations
Coordinator role.

Proposed: Thursday 16 July, 11:00 CEST, video call with Femke de Ruiter (Head of Event
Operations) and Bas Verhoeven (Venue Manager). Around 45 minutes, in English.

Could you confirm today if possible? I will send a short prep note tomorrow.

Best,
Oliver""",
      co="Zuidas Conference Centre", ct="oliver.pembridge@carringtonvale.example.co.uk",
      thread="carrington", quote="en"),
    m("interview_reschedule_or_cancel", "en", "carrington_client_postpones", "2026-07-14 18:20 +0100",
      ("Oliver Pembridge", "oliver.pembridge@carringtonvale.example.co.uk"),
      "RE: Interview with Zuidas Conference Centre – Event Operations Coordinator",
      """Hi Awa,

Bit of a curveball: Femke has been pulled into a client emergency and Zuidas Conference Centre
have asked to postpone Thursday's interview. They are keen to keep you in the process and
suggested Tuesday 21 July at 14:00 CEST instead.

Does that work? Sorry for the shuffle.

Oliver""",
      co="Zuidas Conference Centre", ct="oliver.pembridge@carringtonvale.example.co.uk",
      thread="carrington", quote="outlook-en"),
    m("rejection", "en", "carrington_client_no", "2026-07-29 10:33 +0100",
      ("Oliver Pembridge", "oliver.pembridge@carringtonvale.example.co.uk"),
      "Zuidas Conference Centre – feedback",
      """Hi Awa,

I have had feedback from Zuidas Conference Centre. They enjoyed meeting you and thought your
guest-service instincts were excellent, but they have decided to offer the role to a candidate
with more hands-on experience running plenary rooms and AV suppliers.

I know that is disappointing. I would still like to keep in touch: there are a couple of
hotel groups on my desk where your profile could fit better in the autumn.

Best regards,
Oliver Pembridge
Carrington & Vale Hospitality Search

This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it. Carrington & Vale Ltd is
registered in England and Wales, no. 08812034.""",
      co="Zuidas Conference Centre", ct="oliver.pembridge@carringtonvale.example.co.uk",
      thread="carrington", quote="en", cte="base64"),

    # ------------------------------------------------ Thread G: Tempo Intérim Nord (fr)
    m("application_received", "fr", "tempo_inscription", "2026-02-20 09:47 +0100",
      ("Tempo Intérim Nord – Agence Lille Centre", "lille.centre@tempo-interim.example.fr"),
      "Votre inscription chez Tempo Intérim Nord",
      """Bonjour Mme Diallo-Fournier,

Nous avons bien reçu votre candidature spontanée et votre CV pour des missions en accueil
événementiel et hôtesse congrès. Votre dossier est désormais enregistré dans notre agence de
Lille Centre.

Une conseillère reviendra vers vous prochainement pour finaliser votre inscription.

L'équipe Tempo Intérim Nord – Lille Centre
27 rue Faidherbe, 59000 Lille – 03 20 14 66 02""",
      co="Tempo Intérim Nord", thread="tempo", se="iso-8859-1:B"),
    m("interview_invitation", "fr", "tempo_rdv_agence", "2026-02-24 11:16 +0100",
      ("Nadia Benali", "nadia.benali@tempo-interim.example.fr"),
      "RDV d'inscription à l'agence – jeudi",
      """Bonjour Awa,

Suite à votre inscription, je vous propose un entretien à l'agence le jeudi 26 février à
9h30 (environ 45 min). Merci d'apporter une pièce d'identité, votre carte Vitale, un RIB et un
justificatif de domicile.

Nous ferons le point sur vos disponibilités : nous avons plusieurs salons au Grand Palais de
Lille et à Paris Nord Villepinte ce printemps.

Nadia Benali
Chargée de recrutement – Tempo Intérim Nord
03 20 14 66 05""",
      co="Tempo Intérim Nord", ct="nadia.benali@tempo-interim.example.fr", thread="tempo",
      quote="fr", cte="8bit"),
    m("offer", "fr", "tempo_mission_salons_lutece", "2026-03-11 16:55 +0100",
      ("Nadia Benali", "nadia.benali@tempo-interim.example.fr"),
      "Proposition de mission – coordinatrice accueil Salons Lutèce",
      """Bonjour Awa,

Bonne nouvelle : notre client Salons Lutèce, organisateur du salon « Habitat & Déco Paris »,
a retenu votre profil et vous propose une mission de coordinatrice accueil exposants du 6 au
17 avril, à Paris Porte de Versailles (14,20 € brut de l'heure + indemnités de fin de mission
et de congés payés, transport remboursé).

Votre contrat de mission est en pièce jointe ; merci de me le retourner signé d'ici lundi pour
confirmer.

Nadia Benali
Tempo Intérim Nord""",
      co="Salons Lutèce", ct="nadia.benali@tempo-interim.example.fr", thread="tempo",
      fe="iso-8859-1:Q",
      pdf=[("Contrat_mission_SL-2026-0412.pdf", [
          "TEMPO INTERIM NORD - Contrat de mission",
          "Entreprise utilisatrice : Salons Lutece",
          "Poste : coordinatrice accueil exposants",
          "Du 06/04/2026 au 17/04/2026 - Paris Porte de Versailles",
          "Taux horaire : 14,20 EUR brut"])]),
    m("offer", "fr", "lutece_cdd_direct", "2026-04-24 12:30 +0200",
      ("Bérénice Charpentier", "b.charpentier@salons-lutece.example.fr"),
      "Après Habitat & Déco : un CDD chez nous ?",
      """Bonjour Awa,

Toute l'équipe a été bluffée par votre gestion de l'accueil exposants pendant Habitat & Déco.
Nous aimerions vous proposer un CDD de 5 mois comme assistante chef de projet salons, du
1er juin au 31 octobre, à 2 350 € bruts mensuels.

Seriez-vous partante ? Si oui, je lance la préparation du contrat avec notre service RH.

Bien à vous,
Bérénice Charpentier
Cheffe de projet – Salons Lutèce
12 rue de la Convention, 75015 Paris""",
      co="Salons Lutèce", ct="b.charpentier@salons-lutece.example.fr", fe="utf-8:Q",
      html=shell(paras(
          "Bonjour Awa,",
          "Toute l'équipe a été bluffée par votre gestion de l'accueil exposants pendant "
          "Habitat &amp; Déco. Nous aimerions vous proposer un <b>CDD de 5 mois comme "
          "assistante chef de projet salons</b>, du 1er juin au 31 octobre, à 2 350 € bruts "
          "mensuels.",
          "Seriez-vous partante ? Si oui, je lance la préparation du contrat avec notre "
          "service RH.",
          "Bien à vous,<br>Bérénice Charpentier<br>Cheffe de projet – Salons Lutèce<br>"
          "12 rue de la Convention, 75015 Paris"))),
]
