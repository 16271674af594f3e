"""Corpus 336, acknowledgements: "we have received your application" from ATS and humans."""

from __future__ import annotations

from msgs336_common import M, html_page

SPECS = [
    M(id="ack_opale", kind="application_received", lang="fr",
      company="Mutuelle Opale Prévoyance",
      frm=("Mutuelle Opale Prévoyance", "opaleprevoyance-noreply@icims.com"),
      subject="Confirmation de candidature – Archiviste records manager (Arras)",
      date="2026-02-02 21:14 +0000",
      html=html_page(
          "Bonjour Mathilde,",
          "Votre candidature pour le poste <b>Archiviste records manager</b> (Arras) a bien "
          "été enregistrée le 02/02/2026.",
          "Notre équipe recrutement étudie chaque candidature avec attention. Compte tenu du "
          "nombre de réponses, seules les personnes dont le profil sera retenu seront "
          "contactées pour un entretien.",
          "Merci pour votre confiance,<br>Mutuelle Opale Prévoyance",
          footer="Message automatique – merci de ne pas répondre. Mutuelle Opale Prévoyance, "
                 "mutuelle soumise au livre II du Code de la mutualité.",
      )),
    M(id="ack_numerisis", kind="application_received", lang="fr", company="Numérisis",
      frm=("Numérisis", "no-reply@hire.lever.co"),
      subject="Merci pour votre candidature chez Numérisis", date="2026-02-26 15:40 +0000",
      text=(
          "Bonjour Mathilde,\n\n"
          "Merci d'avoir postulé au poste de Chef·fe de projet GED chez Numérisis ! Nous "
          "avons bien reçu votre candidature et nous la lirons avec attention.\n\n"
          "Si votre profil correspond à ce que nous recherchons, un membre de l'équipe vous "
          "contactera pour la suite.\n\n"
          "À bientôt,\nL'équipe Numérisis"
      )),
    M(id="ack_deux_rives", kind="application_received", lang="fr",
      company="Agglomération des Deux Rives",
      frm=("Postes Publics Hauts-de-France", "ne-pas-repondre@postes-publics-hdf.example.fr"),
      subject="Offre n°2026-0388 : votre candidature a bien été transmise",
      date="2026-03-03 22:02",
      text=(
          "Madame Mathilde VASSEUR-KERBRAT,\n\n"
          "Votre candidature à l'offre n°2026-0388 « Archiviste – responsable du service "
          "archives et documentation » a bien été transmise à l'employeur Agglomération des "
          "Deux Rives.\n\n"
          "Pièces transmises : CV_Vasseur-Kerbrat.pdf, Lettre_motivation_Deux_Rives.pdf\n\n"
          "L'employeur prendra directement contact avec vous s'il souhaite donner suite.\n\n"
          "Postes Publics Hauts-de-France – message automatique, merci de ne pas répondre."
      )),
    M(id="ack_lambermont", kind="application_received", lang="fr", company="Banque Lambermont",
      contact="pauline.dewitte@lambermont.example.be",
      frm=("Pauline Dewitte", "pauline.dewitte@lambermont.example.be"),
      subject="RE: Candidature Records Officer – Mathilde Vasseur-Kerbrat",
      date="2026-03-23 09:51",
      text=(
          "Bonjour Madame,\n\n"
          "Nous accusons bonne réception de votre candidature pour le poste de Records "
          "Officer et vous remercions de l'intérêt porté à la Banque Lambermont.\n\n"
          "Votre dossier sera examiné par le département Compliance dans les prochaines "
          "semaines. Nous vous recontacterons quelle que soit l'issue.\n\n"
          "Meilleures salutations,\nPauline Dewitte\nTalent Acquisition – Banque Lambermont"
      )),
    M(id="ack_trois_ponts", kind="application_received", lang="fr",
      company="Clinique des Trois Ponts",
      contact="recrutement.rh@clinique-troisponts.example.fr",
      frm=("Nadia Bouzid", "recrutement.rh@clinique-troisponts.example.fr"),
      charset="iso-8859-1", cte="8bit",
      subject="Votre candidature au poste d'archiviste médicale", date="2026-06-02 11:03",
      text=(
          "Madame,\n\n"
          "Nous avons bien reçu votre candidature au poste d'archiviste médicale et vous en "
          "remercions. Elle sera étudiée par le responsable du département d'information "
          "médicale.\n\n"
          "Nous ne manquerons pas de revenir vers vous si votre profil correspond à nos "
          "besoins.\n\n"
          "Nadia Bouzid\nResponsable RH - Clinique des Trois Ponts\n"
          "12 rue de l'Epeule - 59100 Roubaix"
      )),
    M(id="ack_verhaeghe", kind="application_received", lang="fr",
      company="Verhaeghe Assurances", contact="t.perrin@perrin-associes.example.fr",
      frm=("Thibault Perrin", "t.perrin@perrin-associes.example.fr"),
      subject="Bien reçu – Responsable de l'archivage (Verhaeghe Assurances)",
      date="2026-04-16 19:25",
      text=(
          "Bonjour Mathilde,\n\n"
          "J'ai bien reçu votre candidature pour le poste de Responsable de l'archivage chez "
          "mon client Verhaeghe Assurances, merci. Je l'étudie dans les prochains jours et "
          "je vous appelle si je la présente au client.\n\n"
          "Bonne soirée,\nThibault Perrin\nPerrin & Associés"
      )),
    M(id="ack_ledgerline", kind="application_received", lang="en", company="Ledgerline",
      frm=("Ledgerline", "no-reply@ashbyhq.com"),
      subject="Thanks for applying to Ledgerline", date="2026-04-11 10:27 +0000",
      text=(
          "Hi Mathilde,\n\n"
          "Thanks for applying to the Information Governance Specialist role at Ledgerline. "
          "We've got your application and our team will take a look.\n\n"
          "We aim to get back to every candidate within three weeks.\n\n"
          "Best,\nLedgerline · Ghent, Belgium"
      ),
      html=html_page(
          "Hi Mathilde,",
          "Thanks for applying to the <b>Information Governance Specialist</b> role at "
          "Ledgerline. We've got your application and our team will take a look.",
          "We aim to get back to every candidate within three weeks.",
          "Best,<br>Ledgerline · Ghent, Belgium",
          footer="Powered by Ashby",
      )),
    M(id="ack_rheinaue", kind="application_received", lang="de", company="Rheinaue Kliniken",
      frm=("Rheinaue Kliniken", "noreply@softgarden.io"),
      subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-04-20 13:45 +0000",
      text=(
          "Sehr geehrte Frau Vasseur-Kerbrat,\n\n"
          "vielen Dank für Ihre Bewerbung als Archivar (m/w/d) Patientenakten. Hiermit "
          "bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
          "Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei "
          "Ihnen. Bitte sehen Sie bis dahin von Rückfragen zum Stand ab.\n\n"
          "Mit freundlichen Grüßen\nIhr Recruiting-Team der Rheinaue Kliniken"
      )),
    M(id="ack_domblick", kind="application_received", lang="de",
      company="Domblick Versicherungsgruppe",
      frm=("Domblick Karriere", "domblick@successfactors.eu"),
      subject="Ihre Bewerbung: Referentin / Referent Schriftgutverwaltung",
      date="2026-05-25 08:12 +0000",
      html=html_page(
          "Sehr geehrte Frau Vasseur-Kerbrat,",
          "herzlichen Dank für Ihr Interesse an der Domblick Versicherungsgruppe. Ihre "
          "Bewerbung für die Position <b>Referentin / Referent Schriftgutverwaltung</b> ist "
          "bei uns eingegangen.",
          "Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal "
          "einsehen.",
          "Mit freundlichen Grüßen<br>Ihr Recruiting-Team",
          footer="Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht.",
      )),
    M(id="ack_heimbach", kind="application_received", lang="de",
      company="Textilmuseum Fabrik Heimbach", contact="j.oberbeck@fabrik-heimbach.example.de",
      frm=("Johanna Oberbeck", "j.oberbeck@fabrik-heimbach.example.de"),
      charset="windows-1252", cte="quoted-printable",
      subject="Ihre Bewerbung ist angekommen", date="2026-08-14 12:17",
      text=(
          "Liebe Frau Vasseur-Kerbrat,\n\n"
          "herzlichen Dank für Ihre Bewerbung als Archivarin/Dokumentarin – sie ist gut bei "
          "uns angekommen. Die Bewerbungsfrist läuft noch bis zum 31. August; danach sichten "
          "wir alle Unterlagen und melden uns Anfang September bei Ihnen.\n\n"
          "Herzliche Grüße\nJohanna Oberbeck\nTextilmuseum Fabrik Heimbach"
      )),
    M(id="ack_ibaizabal", kind="application_received", lang="es",
      company="Grupo Hospitalario Ibaizabal",
      frm=("Grupo Hospitalario Ibaizabal", "noreply@workablemail.com"),
      subject="Hemos recibido tu candidatura", date="2026-05-29 16:40 +0000",
      text=(
          "Hola Mathilde,\n\n"
          "Gracias por presentar tu candidatura al puesto de Técnico/a de Archivo Clínico. "
          "Te confirmamos que la hemos recibido correctamente.\n\n"
          "Debido al gran volumen de solicitudes, no podemos responder de forma individual a "
          "cada persona, pero revisaremos tu perfil con detalle.\n\n"
          "Un saludo,\nEquipo de Personas – Grupo Hospitalario Ibaizabal"
      )),
    M(id="ack_arrieta", kind="application_received", lang="es", company="Arrieta Zubiri",
      contact="amaia.zubiri@arrietazubiri.example.es",
      frm=("Recepción Arrieta Zubiri", "recepcion@arrietazubiri.example.es"),
      reply_to=("Amaia Zubiri", "amaia.zubiri@arrietazubiri.example.es"),
      charset="iso-8859-1", cte="quoted-printable",
      subject="Acuse de recibo – candidatura Responsable de Archivo", date="2026-06-29 13:05",
      text=(
          "Estimada Sra. Vasseur-Kerbrat:\n\n"
          "Le confirmamos la recepción de su currículum y carta de presentación para el "
          "puesto de Responsable de Archivo y Documentación. Hemos trasladado su candidatura "
          "a la socia directora, Dña. Amaia Zubiri, que se pondrá en contacto con usted si "
          "su perfil encaja.\n\n"
          "Atentamente,\nRecepción - Arrieta Zubiri Abogados\nGran Vía 45, 48011 Bilbao"
      )),
]
