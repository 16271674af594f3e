"""Acknowledgements of applications (ATS and human), plus two offers that complete the Messe
Rheinufer and Salons Lutèce stories."""

from __future__ import annotations

from msgs348_common import m, paras, shell

MESSAGES = [
    # ------------------------------------------------------------------ fr
    m("application_received", "fr", "paris_rive_accuse", "2026-01-28 22:14 +0100",
      ("Paris Rive Congrès", "noreply@smartrecruiters.com"),
      "Merci pour votre candidature chez Paris Rive Congrès",
      """Bonjour Awa,

Merci d'avoir postulé au poste d'Assistante chef de projet congrès. Votre candidature a bien
été transmise à notre équipe.

Nous étudions chaque dossier avec soin. Compte tenu du volume de candidatures, seules les
personnes retenues pour un entretien seront contactées.

Cordialement,
L'équipe Recrutement – Paris Rive Congrès""",
      co="Paris Rive Congrès", se="utf-8:B"),
    m("application_received", "fr", "orangerie_workable_recu", "2026-01-30 11:03 +0100",
      ("Maison Orangerie Mariages", "noreply@workablemail.com"),
      "Nous avons bien reçu votre candidature",
      None,
      html=shell(paras(
          "Bonjour Awa,",
          "Merci pour votre candidature au poste d'<b>Assistante wedding planner</b> chez "
          "Maison Orangerie Mariages.",
          "Nous avons bien reçu votre dossier et reviendrons vers vous si votre profil "
          "correspond à nos besoins.",
          "L'équipe Maison Orangerie Mariages"), brand="#b08d57",
          footer="Propulsé par Workable"),
      co="Maison Orangerie Mariages", cte="base64"),
    m("application_received", "fr", "kirchberg_ouest_recu", "2026-02-13 09:20 +0100",
      ("Claude Weber", "claude.weber@cc-kirchberg-ouest.example.lu"),
      "Accusé de réception – candidature assistante événementielle",
      """Madame,

J'accuse bonne réception de votre candidature au poste d'assistante événementielle au sein du
Centre de Conférences Kirchberg-Ouest. Votre dossier sera examiné par le comité de sélection
dans les prochaines semaines.

Avec mes meilleures salutations,

Claude Weber
Responsable RH
Centre de Conférences Kirchberg-Ouest""",
      co="Centre de Conférences Kirchberg-Ouest", ct="claude.weber@cc-kirchberg-ouest.example.lu",
      cs="iso-8859-1", cte="quoted-printable"),
    m("application_received", "fr", "office_tourisme_recu", "2026-05-04 10:10 +0200",
      ("Pierre-Yves Lemaire", "py.lemaire@lille-congres-tourisme.example.fr"),
      "RE: Candidature – Chargé(e) d'accueil des congrès",
      """Bonjour Madame,

Je vous confirme la bonne réception de votre candidature. Le jury se réunira fin juin ; vous
serez informée de la suite donnée à votre dossier.

Cordialement,
Pierre-Yves Lemaire
Responsable des ressources humaines
Office de Tourisme et des Congrès de Lille
Palais Rihour – 59000 Lille""",
      co="Office de Tourisme et des Congrès de Lille",
      ct="py.lemaire@lille-congres-tourisme.example.fr", cs="windows-1252", cte="8bit"),
    m("application_received", "fr", "racing_lillois_recu", "2026-07-06 08:00 +0200",
      ("Racing Club Lillois Métropole – RH", "rh@racingclublillois.example.fr"),
      "Candidature reçue – Chargé(e) d'événements match day",
      """Bonjour,

Nous avons bien reçu votre candidature pour le poste de Chargé(e) d'événements match day et
vous en remercions.

Nous ne pouvons malheureusement pas répondre individuellement à chaque candidat. Sans réponse
de notre part sous trois semaines, vous pourrez considérer que votre candidature n'a pas été
retenue.

Allez le Racing !
Service RH – Racing Club Lillois Métropole""",
      co="Racing Club Lillois Métropole", fe="windows-1252:Q", hdr={"Auto-Submitted": "auto-replied"}),
    m("application_received", "fr", "bruxelles_salons_recu", "2026-08-19 23:41 +0200",
      ("Bruxelles Salons & Congrès", "bruxellessalons@icims.com"),
      "Confirmation de candidature : Event Planner (FR/NL)",
      """Bonjour Awa,

Nous vous confirmons la réception de votre candidature pour le poste Event Planner (FR/NL),
référence 2026-1187. Vous pouvez à tout moment consulter le statut de votre candidature dans
votre espace candidat.

Bruxelles Salons & Congrès – Talent Acquisition

Ceci est un message automatique, merci de ne pas y répondre.""",
      co="Bruxelles Salons & Congrès", se="windows-1252:B", cs="windows-1252"),
    m("application_received", "fr", "jobs_evenementiel_envoyee", "2026-08-28 21:37 +0200",
      ("Jobs Événementiel", "no-reply@jobs-evenementiel.example.fr"),
      "Votre candidature a bien été envoyée à Mariages Caudron",
      """Bonjour Awa,

Votre candidature à l'offre « Wedding planner junior – Lille » a bien été transmise à
Mariages Caudron, avec votre CV et votre lettre de motivation.

Le recruteur pourra vous contacter directement par e-mail ou via votre messagerie Jobs
Événementiel.

Bonne chance !
L'équipe Jobs Événementiel""",
      co="Mariages Caudron", thread="caudron_ack", fe="utf-8:Q"),

    # ------------------------------------------------------------------ en
    m("application_received", "en", "keizersgracht_received", "2026-01-15 13:40 +0100",
      ("Keizersgracht Design Museum", "no-reply@keizersgracht.recruitee.com"),
      "Thank you for applying – Events & Venue Hire Coordinator",
      """Dear Awa,

Thank you for your application for the position of Events & Venue Hire Coordinator. We have
received it and will review all applications after the closing date of 8 February.

Kind regards,
People & Culture team
Keizersgracht Design Museum""",
      co="Keizersgracht Design Museum", cte="7bit"),
    m("application_received", "en", "northbank_received", "2026-03-02 07:35 +0100",
      ("Northbank Events", "no-reply@greenhouse-mail.io"),
      "Thanks for applying to Northbank Events",
      """Hi Awa,

Thanks for applying for the Event Coordinator role at Northbank Events! This is just a quick
note to let you know we have received your application. Our team will review it and get back
to you if there is a match.

Cheers,
The Northbank Events team""",
      co="Northbank Events",
      html=shell(paras(
          "Hi Awa,",
          "Thanks for applying for the <b>Event Coordinator</b> role at Northbank Events! "
          "This is just a quick note to let you know we have received your application. Our "
          "team will review it and get back to you if there is a match.",
          "Cheers,<br>The Northbank Events team"), brand="#ff6b35")),
    m("application_received", "en", "mont_des_arts_received", "2026-03-15 12:52 +0100",
      ("Hannah O'Connell", "hannah.oconnell@montdesarts-congress.example.be"),
      "RE: Application – Delegate Services Officer",
      """Dear Ms Diallo-Fournier,

Many thanks for your application, which I confirm we have received. The closing date is
20 March and we expect to contact shortlisted candidates the following week.

Kind regards,
Hannah O'Connell
HR Business Partner, Mont des Arts Congress Centre""",
      co="Mont des Arts Congress Centre", ct="hannah.oconnell@montdesarts-congress.example.be",
      cte="base64"),
    m("application_received", "en", "canal_house_received", "2026-09-16 18:18 +0200",
      ("Canal House Hotels", "no-reply@hire.lever.co"),
      "Canal House Hotels – we've got your application",
      """Hi Awa,

Thanks for your interest in the Groups & Events Executive role at Canal House Hotels. We've
received your application and our recruiting team is reviewing it. We aim to respond to
everyone within two weeks.

Warm regards,
Canal House Hotels Recruiting""",
      co="Canal House Hotels"),

    # ------------------------------------------------------------------ de
    m("application_received", "de", "domblick_eingang", "2026-02-18 06:55 +0100",
      ("Domblick Hotels Recruiting", "noreply@softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Diallo-Fournier,

vielen Dank für Ihre Bewerbung als Bankettkoordinator (m/w/d) im Hotel Domblick Köln City.
Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir melden uns so schnell wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Domblick Hotels

Diese E-Mail wurde automatisch generiert.""",
      co="Domblick Hotels", cs="iso-8859-1", cte="8bit", se="iso-8859-1:B"),
    m("application_received", "de", "grund_palace_eingang", "2026-06-30 14:22 +0200",
      ("Hôtel Grund Palace", "noreply@successfactors.eu"),
      "Bewerbungseingang: Veranstaltungskoordinator/in",
      """Sehr geehrte Frau Diallo-Fournier,

wir haben Ihre Bewerbung als Veranstaltungskoordinator/in erhalten und danken Ihnen für Ihr
Interesse am Hôtel Grund Palace Luxembourg. Bitte haben Sie Verständnis dafür, dass die
Prüfung einige Wochen dauern kann.

Mit freundlichen Grüßen
Human Resources – Hôtel Grund Palace""",
      co="Hôtel Grund Palace", fe="utf-8:B"),
    m("application_received", "de", "kongresshaus_eingang", "2026-08-24 09:09 +0200",
      ("Kongresshaus am Rheinpark", "bewerbung@kongresshaus-rheinpark.example.de"),
      "Ihre Bewerbung ist bei uns eingegangen",
      None,
      html=shell(paras(
          "Sehr geehrte Frau Diallo-Fournier,",
          "vielen Dank für Ihre Bewerbung als <b>Projektassistenz Kongresse</b>. Ihre "
          "Unterlagen sind vollständig bei uns eingegangen.",
          "Wir werden Ihre Bewerbung sorgfältig prüfen und uns zeitnah bei Ihnen melden.",
          "Mit freundlichen Grüßen<br>Personalabteilung<br>Kongresshaus am Rheinpark"),
          brand="#6a1b9a"),
      co="Kongresshaus am Rheinpark", cs="iso-8859-1", html_cte="quoted-printable"),

    # ------------------------------------------------------------------ es
    m("application_received", "es", "giralda_recibida", "2026-01-23 17:17 +0100",
      ("Hoteles Giralda", "hotelesgiralda@taleo.net"),
      "Confirmación de recepción de candidatura",
      """Estimada Awa Diallo-Fournier:

Le confirmamos que hemos recibido su candidatura para el puesto de Coordinador/a de Eventos
y Banquetes (Sevilla), referencia HG-2026-031.

Debido al elevado número de candidaturas, no podemos responder personalmente a cada una.
Revisaremos su perfil y, si encaja, nos pondremos en contacto con usted.

Atentamente,
Departamento de Selección – Hoteles Giralda""",
      co="Hoteles Giralda", cs="windows-1252", cte="quoted-printable", se="windows-1252:Q"),
    m("application_received", "es", "triana_recibida", "2026-03-02 08:30 +0100",
      ("Palacio de Congresos Triana", "noreply@smartrecruiters.com"),
      "¡Gracias por tu candidatura!",
      """Hola Awa:

Gracias por presentar tu candidatura al puesto de Técnico/a de Eventos en el Palacio de
Congresos Triana. La hemos recibido correctamente y la estamos revisando.

Un saludo,
Recursos Humanos – Palacio de Congresos Triana""",
      co="Palacio de Congresos Triana", se="utf-8:B", cte="base64"),

    # ------------------------------------------------------------------ offers completing stories
    m("offer", "de", "messe_telefonische_zusage", "2026-05-15 17:40 +0200",
      ("Thomas Brück", "t.brueck@messe-rheinufer.example.de"),
      "Unser Telefonat – wir möchten Sie im Team!",
      """Liebe Frau Diallo-Fournier,

wie eben am Telefon besprochen: Wir möchten Ihnen die Position als Projektmanagerin
Veranstaltungen in meinem Team anbieten. Frau Kowalczyk schickt Ihnen in den nächsten Tagen
das schriftliche Vertragsangebot mit allen Details zu Gehalt und Startdatum.

Ich freue mich sehr auf die Zusammenarbeit!

Beste Grüße
Thomas Brück
Leitung Gastveranstaltungen
Messe Rheinufer""",
      co="Messe Rheinufer", ct="t.brueck@messe-rheinufer.example.de", fe="iso-8859-1:Q",
      cs="iso-8859-1", cte="quoted-printable"),
    m("offer", "fr", "lutece_contrat_cdd", "2026-05-12 11:25 +0200",
      ("Bérénice Charpentier", "b.charpentier@salons-lutece.example.fr"),
      "Votre contrat CDD – à signer",
      """Bonjour Awa,

Ravie que vous ayez accepté ! Voici votre contrat à durée déterminée (assistante chef de
projet salons, du 1er juin au 31 octobre 2026). Merci de le signer électroniquement via le
lien que notre service RH vous envoie en parallèle, ou de nous le retourner signé par e-mail.

À très bientôt dans nos bureaux !

Bérénice""",
      co="Salons Lutèce", ct="b.charpentier@salons-lutece.example.fr",
      pdf=[("CDD_Salons_Lutece_Diallo-Fournier.pdf", [
          "SALONS LUTECE - Contrat de travail a duree determinee",
          "Salariee : Awa Diallo-Fournier",
          "Emploi : assistante chef de projet salons",
          "Duree : du 1er juin 2026 au 31 octobre 2026",
          "Salaire : 2 350 EUR bruts mensuels"])]),
]
