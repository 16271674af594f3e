"""Corpus 336, rejections: every polite, soft or blunt "no" to Mathilde's applications."""

from __future__ import annotations

from msgs336_common import M, html_page

SPECS = [
    # ------------------------------------------------------------------ French
    M(id="rej_opale_icims", kind="rejection", lang="fr", company="Mutuelle Opale Prévoyance",
      frm=("Mutuelle Opale Prévoyance", "opaleprevoyance-noreply@icims.com"),
      subject="Votre candidature – Archiviste records manager (Arras)",
      date="2026-02-24 17:05 +0000",
      text=(
          "Bonjour Mathilde,\n\n"
          "Nous vous remercions de l'intérêt que vous avez manifesté pour le poste "
          "d'Archiviste records manager à Arras.\n\n"
          "Nous avons examiné votre candidature avec attention. Malheureusement, nous ne "
          "sommes pas en mesure de lui donner une suite favorable : d'autres profils "
          "correspondaient davantage aux exigences du poste.\n\n"
          "Nous conservons votre CV dans notre vivier et vous encourageons à consulter "
          "régulièrement nos offres.\n\n"
          "Cordialement,\nLe service Recrutement – Mutuelle Opale Prévoyance"
      ),
      html=html_page(
          "Bonjour Mathilde,",
          "Nous vous remercions de l'intérêt que vous avez manifesté pour le poste "
          "d'Archiviste records manager à Arras.",
          "Nous avons examiné votre candidature avec attention. Malheureusement, nous ne "
          "sommes pas en mesure de lui donner une suite favorable : d'autres profils "
          "correspondaient davantage aux exigences du poste.",
          "Nous conservons votre CV dans notre vivier et vous encourageons à consulter "
          "régulièrement nos offres.",
          "Cordialement,<br>Le service Recrutement – Mutuelle Opale Prévoyance",
          footer="Merci de ne pas répondre à ce message généré automatiquement.",
      )),
    M(id="rej_lemaire", kind="rejection", lang="fr", company="Lemaire Fontaine Avocats",
      contact="secretariat.general@lemaire-fontaine.example.fr",
      frm=("Véronique Lemaire", "secretariat.general@lemaire-fontaine.example.fr"),
      charset="windows-1252", cte="quoted-printable",
      subject="Poste de documentaliste-archiviste", date="2026-03-05 12:40",
      text=(
          "Chère Madame,\n\n"
          "Je reviens vers vous concernant votre candidature spontanée puis votre réponse à "
          "notre annonce de documentaliste-archiviste.\n\n"
          "Le poste a finalement été pourvu en interne : une de nos assistantes juridiques, "
          "qui suivait une formation en gestion documentaire, a souhaité évoluer vers cette "
          "fonction. Nous ne pouvons donc pas donner suite à votre candidature.\n\n"
          "Je vous remercie de la confiance que vous nous avez témoignée et vous souhaite "
          "bonne chance dans vos démarches.\n\n"
          "Véronique Lemaire\nSecrétaire générale\nLemaire Fontaine Avocats\n"
          "45 boulevard de la Liberté – 59800 Lille\n\n"
          "Ce courriel est confidentiel et couvert par le secret professionnel de l'avocat."
      )),
    M(id="rej_flandres_interim", kind="rejection", lang="fr", company="Flandres Intérim",
      contact="agence.lille-centre@flandres-interim.example.fr",
      frm=("Flandres Intérim Lille Centre", "agence.lille-centre@flandres-interim.example.fr"),
      subject="Mission archivage – retour du client", date="2026-03-18 18:22",
      text=(
          "Bonjour Mathilde,\n\n"
          "Nous avons eu le retour de notre client pour la mission d'archivage et de "
          "numérisation (6 mois, Villeneuve-d'Ascq). Il a préféré retenir un intérimaire "
          "qui connaissait déjà son logiciel de GED, votre candidature n'est donc pas "
          "retenue pour cette mission.\n\n"
          "On ne vous oublie pas : nous avons régulièrement des besoins en tri d'archives et "
          "en classement, nous vous recontacterons.\n\n"
          "Bonne soirée,\nAurélie\nChargée de recrutement – Flandres Intérim, agence Lille "
          "Centre\n03 20 12 45 67"
      )),
    M(id="rej_numerisis", kind="rejection", lang="fr", company="Numérisis",
      frm=("Numérisis", "no-reply@hire.lever.co"),
      subject="Numérisis – votre candidature Chef·fe de projet GED",
      date="2026-04-02 09:14 +0000",
      text=(
          "Bonjour Mathilde,\n\n"
          "Merci pour le temps que vous nous avez accordé lors des entretiens pour le poste "
          "de Chef·fe de projet GED. Nous avons apprécié nos échanges.\n\n"
          "Après mûre réflexion, nous avons décidé de poursuivre avec une autre personne, "
          "dont l'expérience en intégration technique de solutions de GED est plus proche de "
          "nos besoins immédiats.\n\n"
          "Nous vous souhaitons beaucoup de succès pour la suite.\n\n"
          "L'équipe Numérisis"
      )),
    M(id="rej_deux_rives", kind="rejection", lang="fr", company="Agglomération des Deux Rives",
      frm=("Postes Publics Hauts-de-France", "ne-pas-repondre@postes-publics-hdf.example.fr"),
      subject="Offre n°2026-0388 : information sur votre candidature",
      date="2026-04-09 06:30",
      text=(
          "Madame Mathilde VASSEUR-KERBRAT,\n\n"
          "L'employeur Agglomération des Deux Rives vous informe que l'offre n°2026-0388 "
          "« Archiviste – responsable du service archives et documentation » à laquelle vous "
          "avez candidaté a été retirée : le poste n'est finalement pas ouvert au "
          "recrutement cette année pour des raisons budgétaires.\n\n"
          "En conséquence, la procédure de recrutement est close et votre candidature ne "
          "sera pas examinée.\n\n"
          "Vous pouvez consulter les autres offres sur votre espace candidat.\n\n"
          "Postes Publics Hauts-de-France – message automatique, merci de ne pas répondre."
      )),
    M(id="rej_lambermont", kind="rejection", lang="fr", company="Banque Lambermont",
      contact="pauline.dewitte@lambermont.example.be",
      frm=("Pauline Dewitte", "pauline.dewitte@lambermont.example.be"),
      subject="Votre candidature – Records Officer (Bruxelles)", date="2026-04-15 14:03",
      text=(
          "Bonjour Madame Vasseur-Kerbrat,\n\n"
          "Je vous remercie pour votre candidature au poste de Records Officer au sein de "
          "notre département Compliance à Bruxelles.\n\n"
          "Suite à une réorganisation interne, ce recrutement est mis en attente pour une "
          "durée indéterminée. Nous ne poursuivrons donc pas le processus et ne pourrons "
          "pas vous proposer d'entretien.\n\n"
          "Je suis désolée de ne pas avoir de meilleure nouvelle et vous souhaite plein "
          "succès.\n\n"
          "Pauline Dewitte\nTalent Acquisition\nBanque Lambermont\n"
          "Avenue Louise 250 – 1050 Bruxelles\n\n"
          "Ce message peut contenir des informations confidentielles. Si vous n'en êtes pas "
          "le destinataire, veuillez le détruire et en informer l'expéditeur."
      )),
    M(id="rej_perrin", kind="rejection", lang="fr", company="Verhaeghe Assurances",
      contact="t.perrin@perrin-associes.example.fr",
      frm=("Thibault Perrin", "t.perrin@perrin-associes.example.fr"),
      subject="Verhaeghe Assurances – point sur votre candidature", date="2026-05-12 11:37",
      text=(
          "Bonjour Mathilde,\n\n"
          "Comme promis, je reviens vers vous après le comité de mon client Verhaeghe "
          "Assurances. Votre candidature était solide, mais ils ont souhaité privilégier un "
          "profil ayant déjà piloté un projet d'archivage électronique à valeur probante "
          "(NF Z42-013) de bout en bout.\n\n"
          "Ils ne donneront donc pas suite pour ce poste. Je reste convaincu que votre "
          "profil trouvera preneur rapidement et je vous tiens au courant de mes autres "
          "recherches.\n\n"
          "Bien cordialement,\n\nThibault Perrin\nAssocié – Perrin & Associés, recrutement "
          "de cadres\n06 45 78 12 09"
      )),
    M(id="rej_talentis", kind="rejection", lang="fr", company="Talentis Conseil",
      contact="camille.roy@talentis-conseil.example.fr",
      frm=("Camille Roy", "camille.roy@talentis-conseil.example.fr"),
      subject="Poste de Responsable GED – groupe industriel (réf. TC-4471)",
      date="2026-05-28 08:58",
      text=(
          "Bonjour Mathilde,\n\n"
          "Je vous remercie pour l'intérêt porté à l'offre de Responsable GED que nous gérons "
          "pour le compte d'un groupe industriel de la métropole lilloise.\n\n"
          "Après présentation des candidatures à notre client, votre dossier n'a "
          "malheureusement pas été retenu pour la suite du processus. Le client recherche "
          "en priorité une expérience significative en environnement SAP.\n\n"
          "Je vous souhaite une bonne continuation,\n\n"
          "Camille Roy\nConsultante recrutement – Talentis Conseil\nLille – Paris"
      )),
    M(id="rej_archiveo_fwd", kind="rejection", lang="fr", company="Archiveo Services",
      contact="rh@archiveo-services.example.fr",
      frm=("Archiveo Services – RH", "rh@archiveo-services.example.fr"),
      subject="TR: candidature Mathilde Vasseur-Kerbrat – chef d'équipe archivage",
      date="2026-06-04 10:10",
      text=(
          "Bonjour Madame,\n\n"
          "Pour être transparents avec vous, nous vous transférons ci-dessous l'avis de notre "
          "directeur des opérations après votre entretien. Nous ne retiendrons pas votre "
          "candidature pour le poste de chef d'équipe archivage à Arras, qui demande une "
          "expérience de management d'équipes logistiques que vous n'avez pas encore.\n\n"
          "Merci encore pour votre venue et bonne continuation.\n\n"
          "Service RH – Archiveo Services\nZone d'activités Actiparc – 62223 Saint-Laurent-"
          "Blangy"
      ),
      fwd=M(id="rej_archiveo_inner",
            frm=("Frédéric Vandamme", "f.vandamme@archiveo-services.example.fr"),
            to=[("Archiveo Services – RH", "rh@archiveo-services.example.fr")],
            subject="Avis entretien – Mme Vasseur-Kerbrat", date="2026-06-03 18:47",
            text=(
                "Bonjour,\n\n"
                "Très bon niveau sur la théorie (tableaux de gestion, normes, versement), "
                "candidate agréable. Mais pas d'expérience d'encadrement d'équipe en entrepôt "
                "ni de gestion de flux. Pour ce poste, je préfère qu'on ne la retienne pas.\n\n"
                "Frédéric"
            ))),
    M(id="rej_saint_aybert", kind="rejection", lang="fr", company="Ville de Saint-Aybert",
      contact="drh@ville-saint-aybert.example.fr",
      frm=("Mairie de Saint-Aybert – DRH", "drh@ville-saint-aybert.example.fr"),
      subject="Réponse à votre candidature", date="2026-06-19 15:31",
      text=(
          "Madame,\n\n"
          "Veuillez trouver ci-joint la réponse de Monsieur le Maire à votre candidature au "
          "poste d'archiviste municipal.\n\n"
          "Cordialement,\nLa Direction des Ressources Humaines\nVille de Saint-Aybert"
      ),
      pdfs=[("Reponse_candidature_archiviste.pdf", [
          "Ville de Saint-Aybert - Direction des Ressources Humaines",
          "Madame Mathilde Vasseur-Kerbrat",
          "Objet : votre candidature au poste d'archiviste municipal",
          "Madame, j'ai le regret de vous informer que votre candidature n'a pas ete",
          "retenue. Je vous prie d'agreer, Madame, mes salutations distinguees.",
          "Le Maire",
      ])]),
    M(id="rej_trois_ponts", kind="rejection", lang="fr", company="Clinique des Trois Ponts",
      contact="recrutement.rh@clinique-troisponts.example.fr",
      frm=("Nadia Bouzid", "recrutement.rh@clinique-troisponts.example.fr"),
      charset="utf-8", cte="base64",
      subject="Recrutement archiviste – suspension du processus", date="2026-07-02 16:16",
      text=(
          "Madame,\n\n"
          "Nous vous remercions pour votre candidature au poste d'archiviste médicale.\n\n"
          "En raison du projet de rapprochement de la clinique avec un autre établissement, "
          "la direction a décidé de suspendre ce recrutement. Le processus est arrêté et nous "
          "ne donnerons pas suite aux candidatures reçues, dont la vôtre.\n\n"
          "Nous vous prions de bien vouloir nous en excuser.\n\n"
          "Nadia Bouzid\nResponsable RH – Clinique des Trois Ponts, Roubaix"
      )),
    # ------------------------------------------------------------------ English
    M(id="rej_ledgerline", kind="rejection", lang="en", company="Ledgerline",
      frm=("Ledgerline Hiring Team", "no-reply@ashbyhq.com"),
      subject="Update on your Ledgerline application", date="2026-04-28 13:02 +0000",
      text=(
          "Hi Mathilde,\n\n"
          "Thank you for your interest in the Information Governance Specialist role at "
          "Ledgerline and for taking the time to apply.\n\n"
          "We've carefully reviewed your application and unfortunately we won't be moving "
          "forward with it at this stage. We received a large number of applications and had "
          "to make some tough decisions.\n\n"
          "We'll keep your details on file and may reach out if a role that fits your "
          "background opens up in our Ghent office.\n\n"
          "All the best,\nThe Ledgerline Hiring Team"
      )),
    M(id="rej_kirchberg", kind="rejection", lang="en", company="Banque du Kirchberg",
      frm=("Banque du Kirchberg Careers", "kirchberg@myworkday.com"),
      subject="Your application for Records Management Analyst (JR-10382)",
      date="2026-05-19 08:45 +0000",
      html=html_page(
          "Dear Mathilde,",
          "Thank you for applying for the position of <b>Records Management Analyst</b> "
          "(JR-10382) in Luxembourg.",
          "We would like to inform you that this position has now been filled. We appreciate "
          "the time you invested in your application and encourage you to apply for future "
          "openings that match your profile.",
          "Yours sincerely,<br>Talent Acquisition<br>Banque du Kirchberg",
          footer="This is an automated e-mail. Replies to this address are not monitored.",
      )),
    M(id="rej_vanacker", kind="rejection", lang="en", company="Van Acker Dubois",
      contact="e.janssens@vanackerdubois.example.be",
      frm=("Els Janssens", "e.janssens@vanackerdubois.example.be"),
      subject="Knowledge & Records Coordinator – outcome", date="2026-06-08 17:40",
      text=(
          "Dear Mathilde,\n\n"
          "Thank you again for coming to our Brussels office last Tuesday and for the "
          "thoughtful answers you gave to the partners' questions.\n\n"
          "After much deliberation we have decided to offer the position to another "
          "candidate, whose experience in a law-firm environment tipped the balance. This was "
          "a close decision and it in no way reflects on your abilities.\n\n"
          "With best wishes for your career,\n\n"
          "Els Janssens\nHR Manager | Van Acker Dubois\nBoulevard de Waterloo 76, "
          "1000 Brussels\n\n"
          "This e-mail and any attachments are confidential and may be privileged. If you are "
          "not the intended recipient, please notify the sender and delete it."
      )),
    M(id="rej_northgate", kind="rejection", lang="en", company="Meridian Re",
      contact="oliver.haines@northgate-search.example.co.uk",
      frm=("Oliver Haines", "oliver.haines@northgate-search.example.co.uk"),
      subject="Meridian Re – feedback", date="2026-07-09 12:21 +0100",
      text=(
          "Hi Mathilde,\n\n"
          "Quick update on Meridian Re in Luxembourg. I spoke with their Head of Operations "
          "this morning: they enjoyed meeting you, but they've decided not to proceed with "
          "your application, as they need someone fluent in Luxembourgish for dealings with "
          "the regulator.\n\n"
          "Sorry it isn't better news – let's speak next week about a couple of other "
          "briefs I'm working on.\n\n"
          "Oliver\n\nOliver Haines | Principal Consultant | Northgate Search\n"
          "+44 20 7946 0832"
      )),
    # ------------------------------------------------------------------ German
    M(id="rej_rheinaue", kind="rejection", lang="de", company="Rheinaue Kliniken",
      frm=("Rheinaue Kliniken", "noreply@softgarden.io"),
      subject="Ihre Bewerbung als Archivar (m/w/d) Patientenakten",
      date="2026-05-06 09:32 +0000",
      text=(
          "Sehr geehrte Frau Vasseur-Kerbrat,\n\n"
          "vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an den Rheinaue "
          "Kliniken.\n\n"
          "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre "
          "Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese "
          "Entscheidung ist keine Bewertung Ihrer Qualifikation.\n\n"
          "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.\n\n"
          "Mit freundlichen Grüßen\nPersonalabteilung der Rheinaue Kliniken Köln"
      ),
      html=html_page(
          "Sehr geehrte Frau Vasseur-Kerbrat,",
          "vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an den Rheinaue "
          "Kliniken.",
          "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre "
          "Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese "
          "Entscheidung ist keine Bewertung Ihrer Qualifikation.",
          "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.",
          "Mit freundlichen Grüßen<br>Personalabteilung der Rheinaue Kliniken Köln",
      )),
    M(id="rej_domblick", kind="rejection", lang="de", company="Domblick Versicherungsgruppe",
      contact="sabine.krueger@domblick.example.de",
      frm=("Sabine Krüger", "sabine.krueger@domblick.example.de"),
      from_enc=("iso-8859-1", "q"), charset="iso-8859-1", cte="8bit",
      subject="Ihre Bewerbung - Referentin Schriftgutverwaltung", date="2026-06-26 15:48",
      text=(
          "Sehr geehrte Frau Vasseur-Kerbrat,\n\n"
          "nochmals vielen Dank für das offene und interessante Gespräch am vergangenen "
          "Donnerstag.\n\n"
          "Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine "
          "Kandidatin entschieden, die bereits Erfahrung mit der Aufbewahrung nach VAG und "
          "den Vorgaben der BaFin mitbringt. Wir müssen Ihnen daher leider absagen.\n\n"
          "Wir wünschen Ihnen für die weitere Suche viel Erfolg.\n\n"
          "Freundliche Grüße\nSabine Krüger\nPersonalreferentin\nDomblick "
          "Versicherungsgruppe\nTrankgasse 11, 50667 Köln"
      )),
    M(id="rej_zeitwerk", kind="rejection", lang="de", company="Zeitwerk Personal",
      contact="k.yilmaz@zeitwerk-personal.example.de",
      frm=("Kerem Yilmaz", "k.yilmaz@zeitwerk-personal.example.de"),
      subject="Rückmeldung Einsatz Dokumentenmanagement", date="2026-07-15 11:05",
      text=(
          "Hallo Frau Vasseur-Kerbrat,\n\n"
          "kurze Rückmeldung zu dem Einsatz im Dokumentenmanagement bei unserem Kunden in "
          "Köln-Deutz: Der Kunde hat sich für einen anderen Bewerber entschieden, der "
          "sofort verfügbar ist. Für diesen Einsatz kommen Sie daher leider nicht mehr in "
          "Frage.\n\n"
          "Ich melde mich, sobald ich etwas Passendes habe.\n\n"
          "Beste Grüße\nKerem Yilmaz\nPersonaldisponent, Zeitwerk Personal – Niederlassung "
          "Köln\nTel. 0221 480 33 70"
      )),
    M(id="rej_brueckner", kind="rejection", lang="de", company="Brückner Lanz",
      contact="personal@brueckner-lanz.example.de",
      frm=("Brückner Lanz Personal", "personal@brueckner-lanz.example.de"),
      from_enc=("utf-8", "b"), subj_enc=("utf-8", "b"), charset="windows-1252",
      cte="quoted-printable",
      subject="Ihre Bewerbung – Records Managerin (Kanzlei Köln)", date="2026-08-04 10:26",
      text=(
          "Sehr geehrte Frau Vasseur-Kerbrat,\n\n"
          "haben Sie vielen Dank für Ihre Bewerbung als Records Managerin in unserem Kölner "
          "Büro.\n\n"
          "Wir möchten Ihnen mitteilen, dass die Position zwischenzeitlich intern besetzt "
          "wurde. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und "
          "senden Ihre Unterlagen auf Wunsch gern zurück; andernfalls werden sie nach "
          "sechs Monaten gelöscht.\n\n"
          "Mit freundlichen Grüßen\n\nIris Lanz\nBrückner Lanz Rechtsanwälte\n"
          "Kaiser-Wilhelm-Ring 40, 50672 Köln"
      )),
    M(id="rej_heimbach", kind="rejection", lang="de", company="Textilmuseum Fabrik Heimbach",
      contact="j.oberbeck@fabrik-heimbach.example.de",
      frm=("Johanna Oberbeck", "j.oberbeck@fabrik-heimbach.example.de"),
      subject="Stelle Archivarin/Dokumentarin – Verfahren eingestellt", date="2026-09-03 14:14",
      text=(
          "Liebe Frau Vasseur-Kerbrat,\n\n"
          "ich muss Ihnen leider mitteilen, dass die ausgeschriebene Stelle als "
          "Archivarin/Dokumentarin aufgrund einer Haushaltssperre der Stadt gestrichen "
          "wurde. Das Auswahlverfahren wird damit ohne Besetzung beendet; das für den 15. "
          "September geplante Gespräch findet nicht statt.\n\n"
          "Das tut mir wirklich leid, zumal Ihr Profil uns sehr angesprochen hat.\n\n"
          "Herzliche Grüße\nJohanna Oberbeck\nLeitung Sammlung und Archiv\n"
          "Textilmuseum Fabrik Heimbach, Köln-Mülheim"
      )),
    # ------------------------------------------------------------------ Spanish
    M(id="rej_ibaizabal", kind="rejection", lang="es", company="Grupo Hospitalario Ibaizabal",
      frm=("Grupo Hospitalario Ibaizabal", "noreply@workablemail.com"),
      subject="Tu candidatura para Técnico/a de Archivo Clínico",
      date="2026-06-15 10:00 +0000",
      text=(
          "Hola Mathilde,\n\n"
          "Gracias por tu interés en el puesto de Técnico/a de Archivo Clínico en Bilbao.\n\n"
          "Hemos revisado tu candidatura con atención y, lamentablemente, en esta ocasión "
          "no vamos a continuar con tu proceso. Hemos seleccionado perfiles con experiencia "
          "previa en historia clínica electrónica.\n\n"
          "Te deseamos mucha suerte en tu búsqueda.\n\n"
          "Equipo de Personas – Grupo Hospitalario Ibaizabal"
      )),
    M(id="rej_arrieta", kind="rejection", lang="es", company="Arrieta Zubiri",
      contact="amaia.zubiri@arrietazubiri.example.es",
      frm=("Amaia Zubiri", "amaia.zubiri@arrietazubiri.example.es"),
      subject="Proceso de selección – Responsable de Archivo y Documentación",
      date="2026-07-22 19:03",
      text=(
          "Estimada Mathilde:\n\n"
          "Quería agradecerte personalmente tu participación en las entrevistas de la semana "
          "pasada. Tu experiencia en bibliotecas y tu formación en archivística nos "
          "parecieron muy interesantes.\n\n"
          "Finalmente, hemos decidido seguir adelante con otra candidata con más "
          "experiencia en despachos de abogados, por lo que no podremos contar contigo en "
          "esta ocasión.\n\n"
          "Un cordial saludo,\n\nAmaia Zubiri\nSocia directora\nArrieta Zubiri Abogados\n"
          "Gran Vía 45, 48011 Bilbao\n\n"
          "AVISO LEGAL: Este mensaje es confidencial y puede contener información "
          "protegida por el secreto profesional."
      )),
    M(id="rej_talentonorte", kind="rejection", lang="es", company="Documentia",
      contact="ander.etxeberria@talentonorte.example.es",
      frm=("Ander Etxeberria", "ander.etxeberria@talentonorte.example.es"),
      subject="Documentia – respuesta del cliente", date="2026-08-11 13:26",
      text=(
          "Hola Mathilde,\n\n"
          "Te escribo con la respuesta de Documentia sobre la posición de consultora de "
          "gestión documental. Han valorado muy bien tu perfil, pero necesitan a alguien "
          "que hable euskera para los proyectos con administraciones forales, así que no "
          "seguirán adelante con tu candidatura.\n\n"
          "Lo siento mucho. Seguimos en contacto para otras oportunidades.\n\n"
          "Ander Etxeberria\nConsultor senior · Talento Norte Consultores\n+34 944 05 71 22"
      )),
    M(id="rej_museo_ria", kind="rejection", lang="es", company="Museo de la Ría de Abando",
      contact="seleccion@museoriaabando.example.es",
      frm=("Museo de la Ría de Abando", "seleccion@museoriaabando.example.es"),
      charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "q"),
      subject="Convocatoria de archivero/a – anulación del proceso", date="2026-09-09 12:50",
      text=(
          "Estimada señora Vasseur-Kerbrat:\n\n"
          "Le informamos de que el Patronato del Museo ha acordado anular la convocatoria "
          "para la plaza de archivero/a – documentalista, debido a la reorganización del "
          "departamento de colecciones. El proceso queda cerrado sin adjudicación y, por "
          "tanto, no continuaremos con su candidatura.\n\n"
          "Le agradecemos sinceramente el interés mostrado.\n\n"
          "Atentamente,\nÁrea de Recursos Humanos\nMuseo de la Ría de Abando"
      )),
    M(id="rej_cantabrica", kind="rejection", lang="es", company="Aseguradora Cantábrica",
      frm=("Aseguradora Cantábrica", "notifications@bamboohr.com"),
      subject="Actualización sobre tu solicitud", date="2026-09-29 08:20 +0000",
      html=html_page(
          "Hola Mathilde:",
          "Gracias por postularte a la vacante de <b>Especialista en Gobierno de la "
          "Información</b> en Aseguradora Cantábrica.",
          "Queremos informarte de que la posición se ha cubierto con una promoción interna, "
          "por lo que el proceso ha finalizado y no seguiremos adelante con tu solicitud.",
          "Te animamos a seguir atenta a nuestras próximas ofertas.",
          "Un saludo,<br>Equipo de Talento – Aseguradora Cantábrica",
          footer="Enviado a través de BambooHR. No respondas a este correo.",
      )),
]
