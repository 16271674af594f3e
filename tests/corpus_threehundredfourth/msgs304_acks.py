"""Stand-alone acknowledgements and offers of the threehundredfourth corpus."""

from __future__ import annotations

from msgs304_common import DISCLAIMER_DE, m, page

ACK = "application_received"
OFFER = "offer"
PROTEMP = ("Sabine Kranich", "s.kranich@protemp-personal.example.de")
PRADO = ("Prado Talento ETT", "madrid@pradotalento.example.es")

MESSAGES = [
    # ================================================================ acknowledgements, fr
    m("ack_ligerienne", ACK, "fr", "2026-01-12 20:14 +0100",
      ("Caisse Ligérienne - Recrutement", "caisseligerienne@successfactors.eu"),
      "Accusé de réception de votre candidature (réf. 26-0042)",
      """
        Madame,

        Nous avons bien reçu votre candidature pour le poste de Contrôleur(se) conformité
        (réf. 26-0042) et vous en remercions.

        Votre dossier sera examiné avec la plus grande attention. Le délai de traitement
        est d'environ trois semaines.

        Le service Recrutement - Caisse Ligérienne
      """, company="Caisse Ligérienne", charset="iso-8859-1", cte="quoted-printable",
      name_enc=("iso-8859-1", "Q"), subj_enc=("iso-8859-1", "Q")),
    m("ack_marchetti", ACK, "fr", "2026-01-24 11:03 +0100",
      ("Marchetti Delorme", "no-reply@smartrecruiters.com"),
      "Merci pour votre candidature - Consultant(e) junior Conformité financière",
      html=page("Bonjour Océane,",
                "Nous avons bien reçu votre candidature pour le poste de Consultant(e) junior "
                "Conformité financière (Paris).",
                "Notre équipe Talent Acquisition étudie chaque dossier. Vous serez informée de "
                "la suite donnée à votre candidature.",
                "L'équipe Talent Acquisition\nMarchetti Delorme Audit & Conseil",
                brand="Marchetti Delorme", color="#6a040f",
                footer="Powered by SmartRecruiters"),
      company="Marchetti Delorme"),
    m("ack_kalyx", ACK, "fr", "2026-02-02 08:27 +0000",
      ("Kalyx", "no-reply@ashbyhq.com"),
      "On a bien reçu ta candidature 🙌",
      """
        Hello Océane,

        Merci pour ta candidature au poste de KYC Ops Specialist chez Kalyx !

        On lit toutes les candidatures nous-mêmes, ça peut donc prendre une à deux semaines.
        On revient vers toi dans tous les cas.

        À très vite,
        La team Kalyx
      """, company="Kalyx", subj_enc=("utf-8", "B")),
    m("ack_orsay", ACK, "fr", "2026-02-20 18:40 +0100",
      ("Orsay Gestion Recrutement", "orsaygestion@icims.com"),
      "Orsay Gestion : confirmation de votre candidature",
      """
        Chère Madame Lefebvre-Ndiaye,

        Nous vous remercions pour votre candidature au poste d'Analyste conformité / KYC.

        Celle-ci a bien été enregistrée. En raison du nombre important de candidatures, nous
        ne sommes pas en mesure de répondre individuellement à chacune d'elles ; seules les
        personnes retenues pour un entretien seront contactées.

        La Direction des Ressources Humaines - Orsay Gestion
      """, company="Orsay Gestion", cte="base64"),
    m("ack_haussmann", ACK, "fr", "2026-05-28 07:45 +0200",
      ("Banque Haussmann", "ne-pas-repondre@banque-haussmann.example.fr"),
      "Programme Reconversion Conformité 2026 : candidature enregistrée",
      html=page("Madame Lefebvre-Ndiaye,",
                "Votre candidature au programme « Reconversion Conformité 2026 » a bien été "
                "enregistrée sous le numéro RC26-0917.",
                "Compte tenu du nombre élevé de candidatures, nous ne pourrons pas répondre "
                "individuellement à chacune d'elles. Si votre profil est présélectionné, vous "
                "recevrez une invitation à notre Assessment Center.",
                "L'équipe Talents - Banque Haussmann", brand="BANQUE HAUSSMANN",
                footer="Message automatique - merci de ne pas y répondre."),
      company="Banque Haussmann", charset="windows-1252", html_cte="8bit", system=True),
    m("ack_sablon", ACK, "fr", "2026-06-20 22:18 +0200",
      ("Crédit Sablon", "noreply@candidates.workablemail.com"),
      "Merci pour votre candidature chez Crédit Sablon",
      """
        Bonjour Océane,

        Merci de votre intérêt pour le poste d'Analyste KYC/AML (Bruxelles). Nous avons bien
        reçu votre candidature et l'étudierons avec attention.

        Cordialement,
        L'équipe recrutement de Crédit Sablon
      """, company="Crédit Sablon", name_enc=("utf-8", "Q")),
    m("ack_luxfid", ACK, "fr", "2026-08-25 16:20 +0200",
      ("Claude Weis", "claude.weis@luxfiduciaire.example.lu"),
      "RE: Candidature - Chargé(e) KYC / Onboarding",
      """
        Bonjour Madame,

        Nous accusons bonne réception de votre candidature et vous en remercions. Je
        l'étudie avec mon équipe et reviens vers vous la semaine prochaine.

        Meilleures salutations,
        Claude Weis
        Head of Corporate Services - Lux Fiduciaire Européenne
      """, company="Lux Fiduciaire Européenne", contact="claude.weis@luxfiduciaire.example.lu",
      reply_of="own_luxfid_apply", quote="fr"),

    # ================================================================ acknowledgements, en
    m("ack_alpenrose", ACK, "en", "2026-02-12 21:55 +0000",
      ("Alpenrose Private Bank Careers", "alpenrose@icims.com"),
      "Application received: Client Onboarding Analyst (Geneva)",
      """
        Dear Océane,

        Thank you for applying for the Client Onboarding Analyst position at Alpenrose
        Private Bank. This email confirms that we have received your application.

        Due to the high volume of applications, we are unable to respond to each applicant
        individually. If your profile matches our requirements, a recruiter will contact you.

        Talent Acquisition | Alpenrose Private Bank
      """, company="Alpenrose Private Bank", charset="iso-8859-1", cte="quoted-printable"),
    m("ack_kirchberg", ACK, "en", "2026-04-02 10:12 +0200",
      ("Kirchberg Fund Services", "noreply@kirchberg-fs.workablemail.com"),
      "Thanks for applying to Kirchberg Fund Services",
      html=page("Hi Océane,",
                "Thanks for applying for the Transfer Agency KYC Officer role. Your application "
                "has been received and our People team will review it shortly.",
                "Kind regards,\nPeople Team, Kirchberg Fund Services",
                brand="Kirchberg Fund Services"),
      company="Kirchberg Fund Services"),
    m("ack_hexbridge", ACK, "en", "2026-08-28 06:40 +0000",
      ("Hexbridge Hiring Team", "no-reply@ashbyhq.com"),
      "We've received your application - Compliance Analyst (KYC)",
      """
        Hi Océane,

        Thanks for applying to Hexbridge! We've received your application for Compliance
        Analyst (KYC) in Frankfurt and will be in touch once the team has had a look.

        The Hexbridge Hiring Team
      """, company="Hexbridge", cte="8bit"),

    # ================================================================ acknowledgements, de
    m("ack_taunus", ACK, "de", "2026-02-09 13:30 +0100",
      ("Taunus Versicherung", "noreply@taunus-versicherung.softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung",
      """
        Sehr geehrte Frau Lefebvre-Ndiaye,

        vielen Dank für Ihre Bewerbung als Compliance Analyst (m/w/d). Hiermit bestätigen
        wir den Eingang Ihrer Unterlagen.

        Wir werden Ihre Bewerbung sorgfältig prüfen und uns so bald wie möglich bei Ihnen
        melden. Den Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.

        Mit freundlichen Grüßen
        Ihr Personalmanagement der Taunus Versicherung
      """, company="Taunus Versicherung", charset="iso-8859-1", cte="8bit"),
    m("ack_zeilberg", ACK, "de", "2026-04-20 19:05 +0200",
      ("Zeilberg Vermögensverwaltung", "zeilberg@successfactors.eu"),
      "Vielen Dank für Ihre Bewerbung - Referenz 4471",
      html=page("Guten Tag Frau Lefebvre-Ndiaye,",
                "wir haben Ihre Bewerbung als Mitarbeiterin KYC/Onboarding (Referenz 4471) "
                "erhalten. Vielen Dank für Ihr Interesse an der Zeilberg "
                "Vermögensverwaltung.",
                "Wir prüfen Ihre Unterlagen und melden uns bei Ihnen.",
                "Freundliche Grüße\nHuman Resources"),
      company="Zeilberg Vermögensverwaltung", html_cte="base64"),
    m("ack_gallus", ACK, "de", "2026-09-03 10:48 +0200",
      ("Galluswerk Bank Recruiting", "recruiting@galluswerk-bank.example.de"),
      "Ihre Bewerbung: Spezialistin Financial Crime Compliance",
      """
        Sehr geehrte Frau Lefebvre-Ndiaye,

        herzlichen Dank für Ihre Bewerbung, die wir heute erhalten haben. Aufgrund der
        großen Resonanz bitten wir um etwas Geduld: Wir melden uns innerhalb von drei
        Wochen bei Ihnen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Galluswerk Bank
      """ + "\n" + DISCLAIMER_DE + "\n",
      company="Galluswerk Bank", contact="recruiting@galluswerk-bank.example.de",
      charset="windows-1252", cte="quoted-printable"),

    # ================================================================ acknowledgements, es
    m("ack_castellana", ACK, "es", "2026-03-05 08:59 +0100",
      ("Banco Castellana Sur", "bcsur@myworkday.com"),
      "Hemos recibido tu candidatura - Analista KYC (Madrid)",
      """
        Hola Océane,

        ¡Gracias por postularte al puesto de Analista KYC en Banco Castellana Sur! Hemos
        recibido correctamente tu candidatura.

        Puedes consultar el estado de tu solicitud en cualquier momento desde tu perfil de
        candidato.

        Equipo de Selección - Banco Castellana Sur
      """, company="Banco Castellana Sur", charset="iso-8859-1", cte="base64",
      subj_enc=("iso-8859-1", "B")),
    m("ack_almudena", ACK, "es", "2026-05-14 09:17 +0200",
      ("Seguros Almudena - Selección", "seleccion@seguros-almudena.example.es"),
      "Confirmación de recepción de su candidatura",
      """
        Estimada candidata:

        Le confirmamos la recepción de su candidatura para el puesto de Técnico/a de
        Cumplimiento Normativo.

        Debido al elevado número de solicitudes, no nos es posible responder de forma
        individual a cada una de ellas. Si su perfil resulta seleccionado, nos pondremos en
        contacto con usted en las próximas semanas.

        Departamento de Personas · Seguros Almudena
      """, company="Seguros Almudena", contact="seleccion@seguros-almudena.example.es",
      name_enc=("utf-8", "Q")),

    # ================================================================ offers
    m("off_protemp_einsatz", OFFER, "de", "2026-08-27 15:02 +0200", PROTEMP,
      "Angebot: Einsatz als KYC-Sachbearbeiterin ab 14.09.",
      """
        Hallo Frau Lefebvre-Ndiaye,

        gute Nachrichten: Unser Kunde, eine Privatbank im Westend, möchte Sie gerne
        einsetzen! Wir bieten Ihnen daher einen Einsatz als KYC-Sachbearbeiterin ab dem
        14. September 2026 an, zunächst befristet auf sechs Monate, mit Option auf Übernahme.

        Vergütung: 22,50 EUR brutto pro Stunde, 39 Stunden/Woche, Fahrtkostenzuschuss.

        Bitte geben Sie mir bis Montag Bescheid, ob Sie das Angebot annehmen.

        Viele Grüße
        Sabine Kranich
        Personaldisponentin | ProTemp Personal Frankfurt
      """, company="ProTemp Personal", contact=PROTEMP[1], charset="iso-8859-1",
      cte="quoted-printable"),
    m("off_protemp_vertrag", OFFER, "de", "2026-08-31 12:20 +0200", PROTEMP,
      "Ihr Arbeitsvertrag zur Unterschrift",
      """
        Hallo Frau Lefebvre-Ndiaye,

        wie besprochen erhalten Sie anbei Ihren Arbeitsvertrag und die Einsatzmeldung.
        Bitte unterschreiben Sie beide Dokumente und senden Sie sie bis Freitag an mich
        zurück.

        Viele Grüße
        Sabine Kranich
      """,
      pdfs=[("Arbeitsvertrag_Lefebvre-Ndiaye.pdf",
             ["ProTemp Personal - Arbeitsvertrag", "Arbeitnehmerin: Oceane Lefebvre-Ndiaye",
              "Beginn: 14.09.2026", "Taetigkeit: KYC-Sachbearbeiterin"]),
            ("Einsatzmeldung.pdf", ["ProTemp Personal - Einsatzmeldung Nr. 2026-0877"])],
      company="ProTemp Personal", contact=PROTEMP[1], reply_of="off_protemp_einsatz"),
    m("off_prado_project", OFFER, "es", "2026-03-03 17:26 +0100", PRADO,
      "Oferta: proyecto de revisión KYC en remoto",
      """
        Hola Océane:

        Gracias por la entrevista de ayer. Nos alegra comunicarte que el cliente ha dado el
        visto bueno y te ofrecemos incorporarte al proyecto de revisión KYC en remoto:

        - Jornada parcial de 20 horas semanales, de marzo a junio
        - 16 EUR brutos por hora
        - Contrato de puesta a disposición con Prado Talento ETT

        Si aceptas, te enviamos el contrato para firmar esta misma semana.

        Un saludo,
        Equipo de Selección · Prado Talento ETT
      """, company="Prado Talento", contact=PRADO[1], cte="8bit"),
]
