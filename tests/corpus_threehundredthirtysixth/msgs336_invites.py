"""Corpus 336, interviews: invitations, moved or cancelled slots, and missed appointments."""

from __future__ import annotations

from msgs336_common import M, html_page, ics

SOPHIE = ("Sophie Garnier", "sophie.garnier@numerisis.example.fr")
SABINE = ("Sabine Krüger", "sabine.krueger@domblick.example.de")
ELS = ("Els Janssens", "e.janssens@vanackerdubois.example.be")
AMAIA = ("Amaia Zubiri", "amaia.zubiri@arrietazubiri.example.es")
IRIS_MUT = ("Geoffrey Lambotte", "geoffrey.lambotte@mutualite-iris.example.be")
CAIT = ("Hélène Desrousseaux", "h.desrousseaux@cait-roubaix.example.fr")
HANSEN = ("Friederike Hansen", "f.hansen@hansen-roth.example.de")
AGIL = ("Lucía Ortega", "lucia.ortega@trabajoagil.example.es")

SPECS = [
    # ------------------------------------------------------------ invitations, French
    M(id="inv_numerisis", kind="interview_invitation", lang="fr", company="Numérisis",
      contact="sophie.garnier@numerisis.example.fr",
      frm=("Sophie Garnier via Lever", "no-reply@hire.lever.co"), reply_to=SOPHIE,
      subject="Numérisis – entretien visio pour le poste de Chef·fe de projet GED",
      date="2026-03-04 10:33",
      text=(
          "Bonjour Mathilde,\n\n"
          "Merci pour votre candidature ! Votre parcours entre bibliothèque et gestion "
          "documentaire nous intéresse beaucoup. Je vous propose un premier entretien en "
          "visio de 45 minutes avec moi et Damien, notre lead produit.\n\n"
          "Vous pouvez choisir le créneau qui vous convient ici : "
          "https://jobs.lever.co/numerisis/schedule/8f41c2\n\n"
          "À très vite,\nSophie Garnier\nTalent Acquisition Manager – Numérisis\n"
          "8 rue de Mulhouse, 75002 Paris"
      )),
    M(id="inv_flandres_interim", kind="interview_invitation", lang="fr",
      company="Flandres Intérim", contact="agence.lille-centre@flandres-interim.example.fr",
      frm=("Flandres Intérim Lille Centre", "agence.lille-centre@flandres-interim.example.fr"),
      subject="Rendez-vous agence – mission archivage", date="2026-03-09 09:02",
      text=(
          "Bonjour Mathilde,\n\n"
          "Suite à votre candidature sur notre site, nous avons une mission qui pourrait vous "
          "correspondre : tri, classement et préparation d'archives pour numérisation, "
          "6 mois, chez un client de Villeneuve-d'Ascq.\n\n"
          "Pouvez-vous passer à l'agence jeudi 12 mars à 9h30 pour un entretien et la "
          "constitution de votre dossier ? Merci d'apporter une pièce d'identité, votre "
          "carte Vitale et un RIB.\n\n"
          "Aurélie\nFlandres Intérim – 18 rue Faidherbe, 59000 Lille – 03 20 12 45 67"
      )),
    M(id="inv_delattre", kind="interview_invitation", lang="fr",
      company="Delattre Logistique", contact="camille.roy@talentis-conseil.example.fr",
      frm=("Camille Roy", "camille.roy@talentis-conseil.example.fr"),
      subject="Entretien chez Delattre Logistique – Records Manager",
      date="2026-04-07 14:18",
      text=(
          "Bonjour Mathilde,\n\n"
          "Bonne nouvelle : mon client Delattre Logistique souhaite vous rencontrer pour le "
          "poste de Records Manager basé à Lesquin. L'entretien se déroulera sur site le "
          "mardi 14 avril à 15h00 avec la directrice administrative et financière.\n\n"
          "Je vous envoie d'ici demain une fiche de préparation avec les attentes du client. "
          "Merci de me confirmer rapidement.\n\n"
          "Camille Roy\nConsultante recrutement – Talentis Conseil\n06 12 98 44 31"
      ),
      html=html_page(
          "Bonjour Mathilde,",
          "Bonne nouvelle : mon client <b>Delattre Logistique</b> souhaite vous rencontrer "
          "pour le poste de Records Manager basé à Lesquin. L'entretien se déroulera sur "
          "site le <b>mardi 14 avril à 15h00</b> avec la directrice administrative et "
          "financière.",
          "Je vous envoie d'ici demain une fiche de préparation avec les attentes du client. "
          "Merci de me confirmer rapidement.",
          "Camille Roy<br>Consultante recrutement – Talentis Conseil<br>06 12 98 44 31",
      )),
    M(id="inv_archiveo", kind="interview_invitation", lang="fr", company="Archiveo Services",
      contact="rh@archiveo-services.example.fr",
      frm=("Archiveo Services – RH", "rh@archiveo-services.example.fr"),
      subject="Invitation : entretien chef d'équipe archivage – 28 mai 10h",
      date="2026-05-20 11:50",
      text=(
          "Bonjour Madame Vasseur-Kerbrat,\n\n"
          "Nous avons le plaisir de vous inviter à un entretien pour le poste de chef "
          "d'équipe archivage sur notre site d'Arras, le jeudi 28 mai à 10h00, avec "
          "M. Frédéric Vandamme, directeur des opérations. L'entretien sera suivi d'une "
          "visite de l'entrepôt (prévoir des chaussures fermées).\n\n"
          "Vous trouverez l'invitation ci-jointe.\n\n"
          "Service RH – Archiveo Services"
      ),
      ics=ics("REQUEST", "archiveo-cea-0528@archiveo-services.example.fr", 0,
              "2026-05-28 10:00", "2026-05-28 11:30", "Entretien chef d'équipe archivage",
              "Archiveo Services\\, Actiparc\\, Saint-Laurent-Blangy",
              ("Archiveo Services – RH", "rh@archiveo-services.example.fr"),
              "2026-05-20 09:50")),
    M(id="inv_mutualite_iris", kind="interview_invitation", lang="fr",
      company="Mutualité Iris", contact="geoffrey.lambotte@mutualite-iris.example.be",
      frm=IRIS_MUT, subject="Épreuve écrite et entretien - Gestionnaire records management",
      subj_enc=("iso-8859-1", "b"), charset="iso-8859-1", cte="quoted-printable",
      date="2026-05-06 16:27",
      text=(
          "Madame,\n\n"
          "Nous avons le plaisir de vous informer que votre candidature pour la fonction de "
          "gestionnaire records management a été retenue pour la suite de la procédure.\n\n"
          "Vous êtes invitée à une épreuve écrite (étude de cas, 1h30) suivie d'un entretien "
          "avec le jury, le mercredi 20 mai à 9h00, à notre siège : rue du Midi 111, "
          "1000 Bruxelles.\n\n"
          "Merci de confirmer votre participation au plus tard le 13 mai.\n\n"
          "Geoffrey Lambotte\nService Sélection & Recrutement\nMutualité Iris"
      )),
    M(id="inv_cait", kind="interview_invitation", lang="fr",
      company="Centre d'archives de l'Industrie textile",
      contact="h.desrousseaux@cait-roubaix.example.fr", frm=CAIT,
      subject="Proposition de journée d'immersion", date="2026-06-22 18:05",
      text=(
          "Bonjour Mathilde,\n\n"
          "Suite à notre entretien téléphonique, nous aimerions vous proposer une journée "
          "d'immersion au Centre d'archives de l'Industrie textile, le lundi 6 juillet de "
          "9h à 17h. Vous travaillerez avec l'équipe sur le traitement d'un fonds "
          "d'entreprise (registres du personnel d'une filature) et nous ferons un point en "
          "fin de journée.\n\n"
          "Cette journée fait partie du processus de recrutement et sera indemnisée.\n\n"
          "Belle soirée,\nHélène Desrousseaux\nDirectrice – Centre d'archives de l'Industrie "
          "textile\n78 boulevard du Général Leclerc, 59100 Roubaix"
      )),
    M(id="inv_escaut", kind="interview_invitation", lang="fr",
      company="Syndicat mixte des Archives de l'Escaut",
      contact="m.delcroix@archives-escaut.example.fr",
      frm=("Postes Publics Hauts-de-France", "ne-pas-repondre@postes-publics-hdf.example.fr"),
      reply_to=("Marion Delcroix", "m.delcroix@archives-escaut.example.fr"),
      subject="Offre n°2026-0512 : l'employeur vous propose un entretien",
      date="2026-07-01 07:45",
      text=(
          "Madame Mathilde VASSEUR-KERBRAT,\n\n"
          "L'employeur Syndicat mixte des Archives de l'Escaut vous propose un entretien "
          "téléphonique pour l'offre n°2026-0512 « Records manager – archiviste numérique ».\n\n"
          "Message de l'employeur :\n"
          "« Bonjour Madame, je vous appellerai le mardi 7 juillet à 11h00 pour un premier "
          "échange d'une trentaine de minutes. Si ce créneau ne vous convient pas, répondez "
          "simplement à ce message. Marion Delcroix, directrice. »\n\n"
          "Postes Publics Hauts-de-France"
      )),
    M(id="inv_verhaeghe", kind="interview_invitation", lang="fr",
      company="Verhaeghe Assurances", contact="t.perrin@perrin-associes.example.fr",
      frm=("Thibault Perrin", "t.perrin@perrin-associes.example.fr"),
      subject="Rencontre avec Verhaeghe Assurances", date="2026-04-27 12:02",
      charset="windows-1252", cte="8bit",
      text=(
          "Bonjour Mathilde,\n\n"
          "Comme évoqué, je vous confirme que Verhaeghe Assurances souhaite vous rencontrer "
          "pour le poste de Responsable de l'archivage (Tourcoing). Rendez-vous le mercredi "
          "6 mai à 14h30 au siège, avec le directeur juridique et la DRH.\n\n"
          "Prévoyez environ 1h30 ; un petit cas pratique sur la durée de conservation des "
          "contrats sinistres pourra vous être soumis.\n\n"
          "Bien cordialement,\nThibault Perrin\nPerrin & Associés"
      )),
    # ------------------------------------------------------------ invitations, other languages
    M(id="inv_vanacker", kind="interview_invitation", lang="en", company="Van Acker Dubois",
      contact="e.janssens@vanackerdubois.example.be", frm=ELS,
      subject="Interview invitation – Knowledge & Records Coordinator", date="2026-05-22 11:15",
      text=(
          "Dear Mathilde,\n\n"
          "Thank you for your application for the Knowledge & Records Coordinator position. "
          "We would be pleased to invite you for an interview with two of our partners on "
          "Tuesday 2 June at 10:00 at our Brussels office, Boulevard de Waterloo 76.\n\n"
          "I've attached a calendar invitation. Please let me know if you need any practical "
          "information.\n\nKind regards,\nEls Janssens\nHR Manager | Van Acker Dubois"
      ),
      html=html_page(
          "Dear Mathilde,",
          "Thank you for your application for the Knowledge &amp; Records Coordinator "
          "position. We would be pleased to invite you for an interview with two of our "
          "partners on <b>Tuesday 2 June at 10:00</b> at our Brussels office, Boulevard de "
          "Waterloo 76.",
          "I've attached a calendar invitation. Please let me know if you need any practical "
          "information.",
          "Kind regards,<br>Els Janssens<br>HR Manager | Van Acker Dubois",
      ),
      ics=ics("REQUEST", "vad-krc-0602@vanackerdubois.example.be", 0, "2026-06-02 10:00",
              "2026-06-02 11:00", "Interview Mathilde Vasseur-Kerbrat",
              "Van Acker Dubois\\, Boulevard de Waterloo 76\\, Brussels", ELS,
              "2026-05-22 09:15", tzid="Europe/Brussels")),
    M(id="inv_domblick", kind="interview_invitation", lang="de",
      company="Domblick Versicherungsgruppe", contact="sabine.krueger@domblick.example.de",
      frm=SABINE, charset="iso-8859-1", cte="quoted-printable",
      subject="Einladung zum Vorstellungsgespräch", date="2026-06-08 09:40",
      text=(
          "Sehr geehrte Frau Vasseur-Kerbrat,\n\n"
          "vielen Dank für Ihre Bewerbung als Referentin Schriftgutverwaltung. Wir würden Sie "
          "gern persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch "
          "am Donnerstag, den 18. Juni 2026, um 13:30 Uhr in unsere Hauptverwaltung in der "
          "Trankgasse 11, 50667 Köln, ein.\n\n"
          "Gesprächspartner sind Herr Dr. Lukas Berg (Leitung Recht & Compliance) und ich. "
          "Bitte bestätigen Sie uns den Termin kurz per E-Mail. Ihre Reisekosten erstatten "
          "wir Ihnen gern.\n\n"
          "Freundliche Grüße\nSabine Krüger\nPersonalreferentin\nDomblick "
          "Versicherungsgruppe"
      )),
    M(id="inv_zeitwerk", kind="interview_invitation", lang="de", company="Zeitwerk Personal",
      contact="k.yilmaz@zeitwerk-personal.example.de",
      frm=("Kerem Yilmaz", "k.yilmaz@zeitwerk-personal.example.de"),
      subject="Kurzes Kennenlernen bei Zeitwerk Personal", date="2026-07-01 15:20",
      text=(
          "Hallo Frau Vasseur-Kerbrat,\n\n"
          "danke für Ihre Bewerbung über unser Portal. Für einen Einsatz im "
          "Dokumentenmanagement (Digitalisierung von Personalakten) bei einem unserer "
          "Kunden in Köln würde ich Sie gern kennenlernen – gern per Video, da Sie noch in "
          "Lille wohnen.\n\n"
          "Hätten Sie am Montag, 6. Juli, um 11 Uhr Zeit? Den Link schicke ich Ihnen dann.\n\n"
          "Beste Grüße\nKerem Yilmaz\nZeitwerk Personal – Niederlassung Köln"
      )),
    M(id="inv_hansen", kind="interview_invitation", lang="de",
      company="Stiftung Kölner Handelsarchiv", contact="f.hansen@hansen-roth.example.de",
      frm=HANSEN, from_enc=("iso-8859-1", "q"),
      subject="Gespräch mit der Stiftung Kölner Handelsarchiv", date="2026-08-12 10:05",
      text=(
          "Liebe Frau Vasseur-Kerbrat,\n\n"
          "wie telefonisch besprochen, möchte Sie der Vorstand der Stiftung Kölner "
          "Handelsarchiv gern für die Position der Leitung Digitale Archivierung "
          "kennenlernen. Vorgeschlagen ist Mittwoch, der 26. August, 14:00 Uhr, in den "
          "Räumen der Stiftung am Heumarkt.\n\n"
          "Im Anhang finden Sie die Termineinladung. Ich rufe Sie vorher noch zur "
          "Vorbereitung an.\n\n"
          "Herzliche Grüße\nFriederike Hansen\nPartnerin | Hansen & Roth Executive Search\n"
          "Mittelstraße 12, 50672 Köln"
      ),
      ics=ics("REQUEST", "hr-skh-0826@hansen-roth.example.de", 0, "2026-08-26 14:00",
              "2026-08-26 15:30", "Gespräch Stiftung Kölner Handelsarchiv",
              "Heumarkt\\, Köln", HANSEN, "2026-08-12 08:05", tzid="Europe/Berlin")),
    M(id="inv_arrieta", kind="interview_invitation", lang="es", company="Arrieta Zubiri",
      contact="amaia.zubiri@arrietazubiri.example.es", frm=AMAIA,
      subject="Entrevista en Arrieta Zubiri Abogados", date="2026-07-06 10:42",
      text=(
          "Estimada Mathilde:\n\n"
          "Gracias por tu candidatura al puesto de Responsable de Archivo y Documentación. "
          "Nos gustaría invitarte a una entrevista en nuestro despacho de Gran Vía el "
          "miércoles 15 de julio a las 16:30.\n\n"
          "Te ruego que me confirmes tu asistencia.\n\n"
          "Un cordial saludo,\nAmaia Zubiri\nSocia directora – Arrieta Zubiri Abogados"
      )),
    M(id="inv_documentia", kind="interview_invitation", lang="es", company="Documentia",
      contact="ander.etxeberria@talentonorte.example.es",
      frm=("Ander Etxeberria", "ander.etxeberria@talentonorte.example.es"),
      charset="windows-1252", cte="quoted-printable",
      subject="Entrevista con Documentia – consultora de gestión documental",
      date="2026-07-28 09:12",
      text=(
          "Hola Mathilde,\n\n"
          "¡Buenas noticias! Documentia quiere hacerte una entrevista por videollamada para "
          "la posición de consultora de gestión documental. Proponen el lunes 3 de agosto a "
          "las 11:00 con su directora de proyectos.\n\n"
          "Dime si te viene bien y te paso el enlace de Teams.\n\n"
          "Ander Etxeberria\nTalento Norte Consultores"
      )),
    M(id="inv_trabajo_agil", kind="interview_invitation", lang="es", company="Trabajo Ágil",
      contact="lucia.ortega@trabajoagil.example.es", frm=AGIL,
      subject="Videollamada para una oferta de archivo en Bilbao", date="2026-09-14 12:12",
      html=html_page(
          "Hola Mathilde:",
          "Soy Lucía, de la oficina de Trabajo Ágil en Bilbao. Hemos visto tu perfil y "
          "tenemos una oferta para un cliente del sector financiero: organización del "
          "archivo y digitalización de expedientes, contrato de seis meses.",
          "¿Podemos hacer una videollamada el jueves 17 a las 10:00? Te envío el enlace en "
          "cuanto me confirmes.",
          "Un saludo,<br>Lucía Ortega<br>Consultora de selección · Trabajo Ágil<br>"
          "Calle Ercilla 19, Bilbao",
      )),
    # ------------------------------------------------------------ reschedules / cancellations
    M(id="res_numerisis", kind="interview_reschedule_or_cancel", lang="fr",
      company="Numérisis", contact="sophie.garnier@numerisis.example.fr",
      parent="inv_numerisis", quote="fr", frm=SOPHIE,
      subject="Re: Numérisis – entretien visio pour le poste de Chef·fe de projet GED",
      date="2026-03-10 08:31",
      text=(
          "Bonjour Mathilde,\n\n"
          "Damien est malade aujourd'hui, nous devons malheureusement reporter notre visio "
          "de 14h. Je vous propose jeudi 12 mars à 11h, même lien. Dites-moi si c'est "
          "possible pour vous.\n\nDésolée pour ce changement de dernière minute,\nSophie"
      )),
    M(id="res_mutualite_iris", kind="interview_reschedule_or_cancel", lang="fr",
      company="Mutualité Iris", contact="geoffrey.lambotte@mutualite-iris.example.be",
      frm=IRIS_MUT, charset="iso-8859-1", cte="quoted-printable",
      subject="Annulation de l'épreuve du 20 mai", date="2026-05-18 17:12",
      text=(
          "Madame,\n\n"
          "En raison d'une panne informatique touchant nos salles d'examen, l'épreuve écrite "
          "et les entretiens prévus le mercredi 20 mai sont annulés. Ils seront "
          "réorganisés dans les prochaines semaines ; une nouvelle convocation vous sera "
          "adressée.\n\n"
          "Nous vous prions de nous excuser pour ce désagrément.\n\n"
          "Geoffrey Lambotte\nService Sélection & Recrutement\nMutualité Iris"
      ),
      ics=ics("CANCEL", "iris-rm-0520@mutualite-iris.example.be", 1, "2026-05-20 09:00",
              "2026-05-20 12:00", "Épreuve écrite et entretien",
              "Mutualité Iris\\, rue du Midi 111\\, Bruxelles", IRIS_MUT, "2026-05-18 15:12",
              tzid="Europe/Brussels")),
    M(id="res_cait", kind="interview_reschedule_or_cancel", lang="fr",
      company="Centre d'archives de l'Industrie textile",
      contact="h.desrousseaux@cait-roubaix.example.fr", parent="inv_cait", quote="fr",
      frm=CAIT, subject="Re: Proposition de journée d'immersion", date="2026-07-02 13:20",
      text=(
          "Bonjour Mathilde,\n\n"
          "Un dégât des eaux dans la salle de tri nous oblige à décaler la journée "
          "d'immersion : pourriez-vous venir plutôt le lundi 13 juillet, mêmes horaires ? "
          "Le programme reste le même.\n\nMerci de votre compréhension,\nHélène"
      )),
    M(id="res_vanacker", kind="interview_reschedule_or_cancel", lang="en",
      company="Van Acker Dubois", contact="e.janssens@vanackerdubois.example.be",
      parent="inv_vanacker", quote="outlook_en", frm=ELS,
      subject="Updated: Interview – Knowledge & Records Coordinator", date="2026-05-28 16:02",
      text=(
          "Dear Mathilde,\n\n"
          "One of the partners has a court hearing that was moved to 2 June, so we need to "
          "shift your interview to the afternoon of the same day, at 15:30. The updated "
          "invitation is attached. I hope this still works for you.\n\n"
          "Kind regards,\nEls"
      ),
      ics=ics("REQUEST", "vad-krc-0602@vanackerdubois.example.be", 1, "2026-06-02 15:30",
              "2026-06-02 16:30", "Interview Mathilde Vasseur-Kerbrat (new time)",
              "Van Acker Dubois\\, Boulevard de Waterloo 76\\, Brussels", ELS,
              "2026-05-28 14:02", tzid="Europe/Brussels")),
    M(id="res_domblick", kind="interview_reschedule_or_cancel", lang="de",
      company="Domblick Versicherungsgruppe", contact="sabine.krueger@domblick.example.de",
      parent="inv_domblick", quote="outlook_de", frm=SABINE, charset="iso-8859-1",
      cte="8bit", subject="AW: Einladung zum Vorstellungsgespräch", date="2026-06-15 08:25",
      text=(
          "Sehr geehrte Frau Vasseur-Kerbrat,\n\n"
          "leider ist Herr Dr. Berg am 18. Juni verhindert. Könnten wir das Gespräch auf "
          "Montag, den 22. Juni, 10:00 Uhr verlegen? Ort und Ablauf bleiben unverändert.\n\n"
          "Ich bitte die kurzfristige Änderung zu entschuldigen.\n\n"
          "Freundliche Grüße\nSabine Krüger"
      )),
    M(id="res_hansen", kind="interview_reschedule_or_cancel", lang="de",
      company="Stiftung Kölner Handelsarchiv", contact="f.hansen@hansen-roth.example.de",
      parent="inv_hansen", quote="de", frm=HANSEN,
      subject="Absage Termin 26.08. – neuer Termin folgt", date="2026-08-24 17:36",
      text=(
          "Liebe Frau Vasseur-Kerbrat,\n\n"
          "die Stiftung musste den Termin am Mittwoch leider absagen, da der Vorsitzende "
          "des Vorstands erkrankt ist. Das Gespräch wird nachgeholt, sobald er wieder da "
          "ist – ich melde mich mit neuen Terminvorschlägen. Die Kalendereinladung habe ich "
          "storniert.\n\nHerzliche Grüße\nFriederike Hansen"
      ),
      ics=ics("CANCEL", "hr-skh-0826@hansen-roth.example.de", 1, "2026-08-26 14:00",
              "2026-08-26 15:30", "Gespräch Stiftung Kölner Handelsarchiv",
              "Heumarkt\\, Köln", HANSEN, "2026-08-24 15:36", tzid="Europe/Berlin")),
    M(id="res_arrieta", kind="interview_reschedule_or_cancel", lang="es",
      company="Arrieta Zubiri", contact="amaia.zubiri@arrietazubiri.example.es",
      parent="inv_arrieta", quote="es", frm=AMAIA,
      subject="RE: Entrevista en Arrieta Zubiri Abogados", date="2026-07-13 09:05",
      text=(
          "Estimada Mathilde:\n\n"
          "Me ha surgido un juicio el miércoles por la tarde. ¿Podríamos adelantar la "
          "entrevista al mismo miércoles 15 a las 9:30? Si no te viene bien, dime qué "
          "disponibilidad tienes el jueves.\n\nDisculpa el cambio,\nAmaia"
      )),
    # ------------------------------------------------------------ missed interviews
    M(id="mis_flandres_interim", kind="missed_interview_notice", lang="fr",
      company="Flandres Intérim", contact="agence.lille-centre@flandres-interim.example.fr",
      parent="inv_flandres_interim", quote="fr",
      frm=("Flandres Intérim Lille Centre", "agence.lille-centre@flandres-interim.example.fr"),
      subject="Re: Rendez-vous agence – mission archivage", date="2026-03-12 11:14",
      text=(
          "Bonjour Mathilde,\n\n"
          "Nous vous attendions ce matin à 9h30 à l'agence et ne vous avons pas vue. Je "
          "vous ai laissé un message sur votre répondeur.\n\n"
          "Si vous êtes toujours intéressée par la mission, rappelez-nous vite : le client "
          "souhaite une réponse avant vendredi.\n\nAurélie – Flandres Intérim"
      )),
    M(id="mis_escaut", kind="missed_interview_notice", lang="fr",
      company="Syndicat mixte des Archives de l'Escaut",
      contact="m.delcroix@archives-escaut.example.fr",
      frm=("Marion Delcroix", "m.delcroix@archives-escaut.example.fr"),
      subject="Notre échange téléphonique de ce matin", date="2026-07-07 11:40",
      text=(
          "Bonjour Madame,\n\n"
          "J'ai essayé de vous joindre à 11h00 comme convenu, à deux reprises, sans succès "
          "(je suis tombée sur votre messagerie). Peut-être y a-t-il eu un malentendu sur "
          "l'horaire ou le numéro ?\n\n"
          "Je suis disponible jeudi après-midi si vous souhaitez que nous reprenions rendez-"
          "vous.\n\n"
          "Marion Delcroix\nDirectrice – Syndicat mixte des Archives de l'Escaut\n"
          "03 27 41 90 20"
      )),
    M(id="mis_credit_artesien", kind="missed_interview_notice", lang="fr",
      company="Crédit Artésien", contact="juliette.bernard@credit-artesien.example.fr",
      frm=("Juliette Bernard", "juliette.bernard@credit-artesien.example.fr"),
      charset="utf-8", cte="base64",
      subject="Visio de 9h30 – vous n'étiez pas connectée", date="2026-08-25 10:05",
      text=(
          "Bonjour Mathilde,\n\n"
          "Nous avions rendez-vous ce matin à 9h30 en visioconférence pour le poste "
          "d'archiviste records manager, mais vous ne vous êtes pas connectée et nous "
          "n'avons pas réussi à vous joindre par téléphone.\n\n"
          "Nous sommes restés une vingtaine de minutes dans la réunion. Si vous le souhaitez, "
          "je peux vous proposer un autre créneau vendredi 28 août à 14h00.\n\n"
          "Cordialement,\nJuliette Bernard\nChargée de recrutement – Crédit Artésien\n"
          "Place des Héros, 62000 Arras"
      )),
    M(id="mis_dufresne", kind="missed_interview_notice", lang="fr",
      company="Dufresne & Carpentier", contact="office@dufresne-carpentier.example.fr",
      frm=("Office notarial Dufresne & Carpentier", "office@dufresne-carpentier.example.fr"),
      subject="Rendez-vous du 9 septembre", date="2026-09-09 16:10",
      text=(
          "Madame,\n\n"
          "Maître Dufresne vous a attendue cet après-midi à 15h00 pour l'entretien relatif au "
          "poste d'archiviste de l'office. Vous ne vous êtes pas présentée et nous n'avons "
          "reçu aucun message de votre part.\n\n"
          "Nous vous remercions de bien vouloir nous indiquer si vous maintenez votre "
          "candidature.\n\n"
          "L'équipe de l'Office notarial Dufresne & Carpentier\n7 rue Ernestale, 62000 Arras"
      )),
    M(id="mis_lys_biotech", kind="missed_interview_notice", lang="en", company="Lys Biotech",
      contact="an.vermeulen@lysbiotech.example.be",
      frm=("An Vermeulen", "an.vermeulen@lysbiotech.example.be"),
      subject="Missed you in our Zoom call today", date="2026-08-18 15:47",
      text=(
          "Hi Mathilde,\n\n"
          "We were waiting for you in the Zoom room at 15:00 for your interview for the "
          "GxP Document Control Specialist role, but you didn't join. I also sent a message "
          "via LinkedIn in case something went wrong with the link.\n\n"
          "If you're still interested, let me know and I'll see whether the hiring manager "
          "has another slot this week.\n\n"
          "Best regards,\nAn Vermeulen\nTalent Acquisition, Lys Biotech\n"
          "Technologiepark 21, 9052 Ghent"
      )),
    M(id="mis_rheinwerft", kind="missed_interview_notice", lang="de",
      company="Rheinwerft Logistik", contact="t.schumacher@rheinwerft.example.de",
      frm=("Tobias Schumacher", "t.schumacher@rheinwerft.example.de"),
      subject="Ihr heutiger Termin bei Rheinwerft Logistik", date="2026-09-16 11:28",
      text=(
          "Sehr geehrte Frau Vasseur-Kerbrat,\n\n"
          "wir hatten Sie heute um 10:00 Uhr zum Vorstellungsgespräch in Köln-Niehl "
          "erwartet. Leider sind Sie nicht erschienen, und telefonisch konnten wir Sie "
          "ebenfalls nicht erreichen.\n\n"
          "Bitte teilen Sie uns mit, ob Sie weiterhin an der Stelle interessiert sind.\n\n"
          "Mit freundlichen Grüßen\nTobias Schumacher\nPersonalleitung, Rheinwerft Logistik\n"
          "Niehler Hafen 4, 50735 Köln"
      )),
    M(id="mis_zeitwerk", kind="missed_interview_notice", lang="de",
      company="Zeitwerk Personal", contact="k.yilmaz@zeitwerk-personal.example.de",
      parent="inv_zeitwerk", quote="de",
      frm=("Kerem Yilmaz", "k.yilmaz@zeitwerk-personal.example.de"),
      subject="AW: Kurzes Kennenlernen bei Zeitwerk Personal", date="2026-07-06 11:25",
      text=(
          "Hallo Frau Vasseur-Kerbrat,\n\n"
          "ich war ab 11 Uhr im Videocall und habe auf Sie gewartet, leider vergeblich. "
          "Vielleicht ist der Link nicht angekommen? Melden Sie sich gern, dann finden wir "
          "einen neuen Termin.\n\nBeste Grüße\nKerem Yilmaz"
      )),
    M(id="mis_trabajo_agil", kind="missed_interview_notice", lang="es",
      company="Trabajo Ágil", contact="lucia.ortega@trabajoagil.example.es",
      parent="inv_trabajo_agil", quote="es", frm=AGIL,
      text=(
          "Hola Mathilde:\n\n"
          "Te he estado esperando en la videollamada de las 10:00 y no te has conectado. "
          "También te he llamado al móvil sin respuesta.\n\n"
          "¿Sigues interesada en la oferta? Si quieres, podemos intentarlo de nuevo mañana "
          "a la misma hora.\n\nUn saludo,\nLucía"
      ),
      subject="RE: Videollamada para una oferta de archivo en Bilbao", date="2026-09-17 10:31"),
]
