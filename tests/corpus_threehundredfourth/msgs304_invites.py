"""Stand-alone invitations, reschedules/cancellations and missed-interview notices of the
threehundredfourth corpus."""

from __future__ import annotations

from msgs304_common import DISCLAIMER_DE, DISCLAIMER_FR, m, page, sig

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

VILAINE = ("Pierre-Yves Tanguy", "py.tanguy@credit-vilaine.example.fr")
NANTAISE = ("Laëtitia Morvan", "laetitia.morvan@nantaise-paiement.example.fr")
SIRIUS = ("Cabinet Sirius Conseil", "recrutement@sirius-conseil.example.fr")
HAUSSMANN = ("Banque Haussmann - Recrutement", "talents@banque-haussmann.example.fr")
LUXFID = ("Claude Weis", "claude.weis@luxfiduciaire.example.lu")
LINDQVIST = ("Amelia Forde", "amelia.forde@lindqvist-wp.example.ch")
BRIGHT = ("Ravi Menon", "ravi.menon@brightwater-pay.example.be")
KB = ("Miriam Fuchs", "m.fuchs@kessler-brandt.example.de")
PROTEMP = ("Sabine Kranich", "s.kranich@protemp-personal.example.de")
GALLUS = ("Felix Brandauer", "felix.brandauer@galluswerk-bank.example.de")
FINORA = ("Irene Salvatierra", "irene.salvatierra@finora.example.es")
CIBELES = ("Cibeles Executive Search", "consultoria@cibeles-search.example.es")
PRADO = ("Prado Talento ETT", "madrid@pradotalento.example.es")
NEPTUNE = ("Sandrine Kerhervé", "s.kerherve@neptune-recrutement.example.fr")

SIRIUS_SIG = sig("Anaïs Briand - Responsable recrutement", "Sirius Conseil - Audit & Conformité",
                 "3 rue du Pré Botté, 35000 Rennes", "02 99 00 55 10")

MESSAGES = [
    # ================================================================ invitations
    m("inv_vilaine", INV, "fr", "2026-04-16 09:41 +0200", VILAINE,
      "Candidature chargée de conformité - entretien",
      """
        Bonjour Madame Lefebvre-Ndiaye,

        J'ai bien reçu votre candidature, transmise par notre service RH, pour le poste de
        chargée de conformité à la direction des risques.

        Je vous propose de nous rencontrer le lundi 27 avril à 16h00 au siège (8 place de
        Bretagne, Rennes), pour un entretien d'environ une heure avec moi-même et une
        collaboratrice de l'équipe.

        Merci de me confirmer si cette date vous convient.

        Cordialement,
        Pierre-Yves Tanguy
        Responsable Conformité et Contrôle permanent - Crédit Vilaine
      """, company="Crédit Vilaine", contact=VILAINE[1], charset="iso-8859-1", cte="8bit"),
    m("inv_nantaise_bamboo", INV, "fr", "2026-05-26 13:02 +0200",
      ("Nantaise de Paiement", "notifications@app.bamboohr.com"),
      "Nantaise de Paiement : planifions un premier échange",
      """
        Bonjour Océane,

        Merci pour votre candidature au poste d'Analyste conformité (établissement de
        paiement). Laëtitia Morvan, notre responsable conformité, souhaiterait échanger
        avec vous lors d'un appel téléphonique de 20 minutes.

        Créneau proposé : jeudi 4 juin à 11h00. Laëtitia vous appellera au numéro indiqué
        dans votre candidature. Pour toute question, répondez simplement à ce message.

        L'équipe Nantaise de Paiement
      """, reply_to=NANTAISE, company="Nantaise de Paiement", contact=NANTAISE[1],
      html=page("Bonjour Océane,",
                "Merci pour votre candidature au poste d'Analyste conformité (établissement de "
                "paiement). Laëtitia Morvan, notre responsable conformité, souhaiterait "
                "échanger avec vous lors d'un appel téléphonique de 20 minutes.",
                "Créneau proposé : jeudi 4 juin à 11h00. Laëtitia vous appellera au numéro "
                "indiqué dans votre candidature. Pour toute question, répondez simplement à ce "
                "message.",
                "L'équipe Nantaise de Paiement", brand="Nantaise de Paiement")),
    m("inv_sirius_trial", INV, "fr", "2026-01-22 17:30 +0100", SIRIUS,
      "Journée d'immersion - Sirius Conseil",
      """
        Bonjour Océane,

        Suite à notre échange téléphonique, nous vous proposons de passer une journée
        d'immersion au sein de notre équipe Conformité le mardi 3 février, de 9h00 à 17h00.
        Vous participerez à une mission de revue KYC chez l'un de nos clients bancaires et
        terminerez la journée par un entretien avec l'associée en charge du pôle.

        Merci de nous confirmer votre venue par retour de mail.

        Bien cordialement,
      """ + SIRIUS_SIG + "\n" + DISCLAIMER_FR + "\n",
      company="Sirius Conseil", contact=SIRIUS[1], cte="base64"),
    m("inv_haussmann_ac", INV, "fr", "2026-06-08 10:00 +0200",
      ("Banque Haussmann", "ne-pas-repondre@banque-haussmann.example.fr"),
      "Invitation à notre Assessment Center - Programme Conformité 2026",
      html=page("Madame Lefebvre-Ndiaye,",
                "Nous avons le plaisir de vous convier à l'Assessment Center de notre "
                "programme « Reconversion Conformité 2026 », qui se tiendra le mardi 23 juin "
                "de 8h45 à 17h00 au 60 boulevard Haussmann, Paris 9e.",
                "Au programme : étude de cas individuelle, exercice en groupe et entretien "
                "avec un manager de la filière Conformité.",
                "Merci de confirmer votre participation avant le 15 juin en répondant à "
                "talents@banque-haussmann.example.fr.",
                "L'équipe Talents - Banque Haussmann", brand="BANQUE HAUSSMANN",
                footer="Merci de ne pas répondre directement à ce message automatique."),
      reply_to=("Équipe Talents Banque Haussmann", "talents@banque-haussmann.example.fr"),
      company="Banque Haussmann", contact="talents@banque-haussmann.example.fr",
      reply_enc=("iso-8859-1", "Q"), system=True),
    m("inv_luxfid_teams", INV, "fr", "2026-09-02 08:50 +0200", LUXFID,
      "Entretien Teams - Chargé(e) KYC / Onboarding",
      """
        Bonjour Madame,

        Suite à votre candidature pour le poste de Chargé(e) KYC / Onboarding au sein de
        Lux Fiduciaire Européenne, j'ai le plaisir de vous inviter à un entretien sur
        Microsoft Teams le jeudi 10 septembre à 9h30 (heure de Luxembourg).

        Vous recevrez l'invitation Teams séparément. L'entretien se déroulera en français,
        avec une courte partie en anglais.

        Meilleures salutations,
        Claude Weis
        Head of Corporate Services - Lux Fiduciaire Européenne
        2, boulevard Royal - L-2449 Luxembourg
      """, company="Lux Fiduciaire Européenne", contact=LUXFID[1]),
    m("inv_bright_ashby", INV, "en", "2026-04-07 14:18 +0000",
      ("Brightwater Payments", "no-reply@ashbyhq.com"),
      "Schedule your interview with Brightwater Payments",
      """
        Hi Océane,

        Great news - the Brightwater Payments team would like to invite you to a 45-minute
        interview for the Financial Crime Analyst role in Brussels.

        Please choose a time that suits you:
        https://jobs.ashby.example.com/brightwater/schedule/3f9a0c

        Your interviewers will be Ravi Menon (Compliance Lead) and Greta Janssens (MLRO).

        Best,
        Brightwater Payments Recruiting
      """, company="Brightwater Payments"),
    m("inv_lindqvist_screen", INV, "en", "2026-05-11 11:25 +0200", LINDQVIST,
      "Lindqvist Wealth Partners - phone screen",
      """
        Dear Océane,

        Thank you for your application for the KYC Officer position at Lindqvist Wealth
        Partners in Geneva. I would like to schedule a 30-minute phone screen with you.

        Would Wednesday 20 May at 15:00 CET work? I will call you on +33 6 00 00 73 12.

        Kind regards,
        Amelia Forde
        HR Business Partner
        Lindqvist Wealth Partners | Quai du Mont-Blanc 9 | 1201 Geneva
      """, company="Lindqvist Wealth Partners", contact=LINDQVIST[1], charset="windows-1252",
      cte="quoted-printable"),
    m("inv_vantor_lever", INV, "en", "2026-06-09 16:40 +0000",
      ("Ines Dubois from Vantor Payments", "no-reply@hire.lever.co"),
      "Interview invitation: Vantor Payments - Financial Crime Analyst",
      """
        Hi Océane,

        Thanks for your interest in Vantor Payments! We'd like to invite you to an on-site
        interview in Brussels on Wednesday 17 June, 10:00-12:00, with our Head of
        Compliance and two analysts from the team.

        Please reply to confirm, and let me know if you need help with travel.

        Best,
        Ines Dubois
        Recruiter, Vantor Payments
      """, reply_to=("Ines Dubois", "ines.dubois@vantor.example.be"),
      company="Vantor Payments", contact="ines.dubois@vantor.example.be"),
    m("inv_kb_phone", INV, "de", "2026-06-12 09:05 +0200", KB,
      "Telefoninterview - Prüfungsassistent/in Geldwäscheprävention",
      """
        Sehr geehrte Frau Lefebvre-Ndiaye,

        vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie in einem ersten
        Telefoninterview näher kennenlernen.

        Hätten Sie am Donnerstag, den 18. Juni, um 11:00 Uhr Zeit? Ich rufe Sie dann unter
        der angegebenen Nummer an. Das Gespräch dauert etwa 30 Minuten.

        Beste Grüße
        Miriam Fuchs
        Personal | Kessler & Brandt
      """, company="Kessler & Brandt", contact=KB[1], charset="iso-8859-1", cte="base64"),
    m("inv_protemp", INV, "de", "2026-07-28 14:30 +0200", PROTEMP,
      "Einladung zum Vorstellungsgespräch - KYC Sachbearbeitung",
      """
        Hallo Frau Lefebvre-Ndiaye,

        vielen Dank für Ihr Interesse an der Stelle als KYC-Sachbearbeiterin bei einem
        unserer Kunden, einer Privatbank in Frankfurt.

        Gerne laden wir Sie zu einem Vorstellungsgespräch in unserer Niederlassung ein:
        Montag, 3. August 2026, 13:00 Uhr
        ProTemp Personal, Kaiserstraße 29, 60311 Frankfurt, 4. OG

        Bitte bringen Sie Ihren Lebenslauf und Ihre Zeugnisse mit.

        Viele Grüße
        Sabine Kranich
        Personaldisponentin | ProTemp Personal Frankfurt
      """ + "\n" + DISCLAIMER_DE + "\n", company="ProTemp Personal", contact=PROTEMP[1]),
    m("inv_finora_sr", INV, "es", "2026-08-31 09:30 +0000",
      ("Irene Salvatierra", "no-reply@smartrecruiters.com"),
      "Finora - entrevista para Analista de Prevención de Blanqueo",
      """
        Hola Océane:

        ¡Gracias por tu candidatura! Nos encantaría conocerte. Te proponemos una entrevista
        por videollamada el lunes 7 de septiembre a las 10:30 (hora peninsular) con el
        equipo de Compliance.

        Responde a este correo para confirmar o proponer otra hora.

        Saludos,
        Irene Salvatierra · People Team · Finora
      """, reply_to=FINORA, company="Finora", contact=FINORA[1], name_enc=("utf-8", "Q")),
    m("inv_cibeles_retiro", INV, "es", "2026-07-09 18:45 +0200", CIBELES,
      "Entrevista con Gestora Retiro Capital",
      """
        Hola Océane:

        ¡Buenas noticias! Gestora Retiro Capital quiere conocerte. La entrevista será con su
        directora de Cumplimiento, Begoña Arriaga, el miércoles 15 de julio a las 12:00 en
        sus oficinas (calle de Alfonso XII 22, Madrid). Si prefieres hacerla en remoto,
        dímelo y lo organizo.

        Te llamo mañana para prepararla juntas.

        Un abrazo,
        Rocío Valdemoro
        Cibeles Executive Search
      """, company="Gestora Retiro Capital", contact=CIBELES[1], charset="iso-8859-1",
      cte="quoted-printable"),
    m("inv_prado_ett", INV, "es", "2026-02-23 12:15 +0100", PRADO,
      "Entrevista - proyecto KYC en remoto",
      """
        Hola Océane:

        Te escribimos de Prado Talento ETT. Hemos recibido tu CV para el proyecto de
        revisión KYC en remoto (francés nativo) y queremos conocerte.

        ¿Te viene bien una videollamada el jueves 26 de febrero a las 9:30? Te enviaremos el
        enlace de Google Meet al confirmar.

        Saludos,
        Equipo de Selección · Prado Talento ETT
        Calle de Atocha 58, 28012 Madrid
      """, company="Prado Talento", contact=PRADO[1]),

    # ================================================================ reschedules
    m("res_vilaine_moved", RES, "fr", "2026-04-23 12:06 +0200", VILAINE,
      "RE: Candidature chargée de conformité - entretien",
      """
        Bonjour Madame Lefebvre-Ndiaye,

        Un impératif m'oblige à décaler notre rendez-vous de lundi. Pourrions-nous le
        reporter au mardi 28 avril, même heure (16h00), même lieu ?

        Avec mes excuses,
        Pierre-Yves Tanguy
      """, company="Crédit Vilaine", contact=VILAINE[1], reply_of="inv_vilaine",
      quote="outlook_fr"),
    m("res_nantaise_cancel", RES, "fr", "2026-06-03 17:55 +0200", NANTAISE,
      "Annulation de notre appel de demain",
      """
        Bonjour Océane,

        Je suis au regret de devoir annuler notre appel prévu demain à 11h00 : un contrôle
        de l'ACPR mobilise toute l'équipe cette semaine. Je reviendrai vers vous dès que
        possible pour convenir d'un nouveau créneau.

        Bien à vous,
        Laëtitia Morvan
        Responsable Conformité - Nantaise de Paiement
      """, company="Nantaise de Paiement", contact=NANTAISE[1], name_enc=("utf-8", "B")),
    m("res_sirius_postponed", RES, "fr", "2026-01-29 19:12 +0100", SIRIUS,
      "Report de votre journée d'immersion",
      """
        Bonjour Océane,

        La mission client prévue le 3 février a été décalée par la banque. Nous devons donc
        reporter votre journée d'immersion au mardi 10 février, mêmes horaires.

        Nous restons très intéressés par votre candidature et espérons que cette nouvelle
        date vous conviendra.
      """ + SIRIUS_SIG,
      company="Sirius Conseil", contact=SIRIUS[1], reply_of="inv_sirius_trial",
      charset="windows-1252", cte="8bit"),
    m("res_haussmann_moved", RES, "fr", "2026-06-16 09:20 +0200",
      ("Banque Haussmann", "ne-pas-repondre@banque-haussmann.example.fr"),
      "Assessment Center Conformité : changement de date",
      html=page("Madame Lefebvre-Ndiaye,",
                "En raison d'un mouvement social annoncé le 23 juin, l'Assessment Center du "
                "programme Conformité est déplacé au jeudi 25 juin, mêmes horaires et même "
                "adresse.",
                "Si cette nouvelle date ne vous convient pas, écrivez-nous à "
                "talents@banque-haussmann.example.fr.",
                "L'équipe Talents - Banque Haussmann", brand="BANQUE HAUSSMANN"),
      reply_to=("Équipe Talents Banque Haussmann", "talents@banque-haussmann.example.fr"),
      company="Banque Haussmann", contact="talents@banque-haussmann.example.fr",
      reply_enc=("utf-8", "B"), charset="windows-1252", html_cte="quoted-printable",
      system=True),
    m("res_lindqvist_push", RES, "en", "2026-05-19 18:02 +0200", LINDQVIST,
      "RE: Lindqvist Wealth Partners - phone screen",
      """
        Hi Océane,

        I'm so sorry, something urgent has come up for tomorrow afternoon. Could we push our
        call to Friday 22 May, same time (15:00)? I'll call you on the same number.

        Apologies for the short notice,
        Amelia
      """, company="Lindqvist Wealth Partners", contact=LINDQVIST[1],
      reply_of="own_lindqvist_confirm", quote="en"),
    m("res_bright_cancel", RES, "en", "2026-04-13 07:31 +0000",
      ("Brightwater Payments", "no-reply@ashbyhq.com"),
      "Interview cancelled: Brightwater Payments - Financial Crime Analyst",
      """
        Hi Océane,

        Your interview with Ravi Menon and Greta Janssens on Tuesday 14 April at 14:00 CEST
        has been cancelled because one of the interviewers is unavailable.

        Please pick a new time here:
        https://jobs.ashby.example.com/brightwater/schedule/3f9a0c

        Brightwater Payments Recruiting
      """, company="Brightwater Payments"),
    m("res_kb_shift", RES, "de", "2026-06-17 16:44 +0200", KB,
      "Terminverschiebung Telefoninterview",
      """
        Sehr geehrte Frau Lefebvre-Ndiaye,

        leider muss ich unser Telefonat morgen um 11:00 Uhr verschieben. Wäre Ihnen
        Freitag, der 19. Juni, um 14:00 Uhr recht?

        Ich bitte um Entschuldigung für die kurzfristige Änderung.

        Beste Grüße
        Miriam Fuchs
      """, company="Kessler & Brandt", contact=KB[1], reply_of="inv_kb_phone", quote="de",
      charset="iso-8859-1", cte="quoted-printable"),
    m("res_protemp_client", RES, "de", "2026-08-06 11:11 +0200", PROTEMP,
      "Termin beim Kunden verschoben",
      """
        Hallo Frau Lefebvre-Ndiaye,

        kurze Info: Der Vorstellungstermin bei unserem Kunden am Freitag muss leider
        verschoben werden, da die Teamleitung krank ist. Ich melde mich, sobald ein neuer
        Termin feststeht.

        Viele Grüße
        Sabine Kranich
      """, company="ProTemp Personal", contact=PROTEMP[1]),
    m("res_gallus_cancel", RES, "de", "2026-09-21 08:12 +0200",
      ("Galluswerk Bank Recruiting", "recruiting@galluswerk-bank.example.de"),
      "Absage des Interviews am 22.09. - neuer Termin folgt",
      """
        Sehr geehrte Frau Lefebvre-Ndiaye,

        aus organisatorischen Gründen müssen wir das für morgen, 22. September, 10:00 Uhr
        geplante Interview für die Position Spezialistin Financial Crime Compliance leider
        absagen. Ihre Bewerbung bleibt selbstverständlich im Prozess; Herr Brandauer wird
        Ihnen in Kürze neue Terminvorschläge senden.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Galluswerk Bank
      """,
      html=page("Sehr geehrte Frau Lefebvre-Ndiaye,",
                "aus organisatorischen Gründen müssen wir das für morgen, 22. September, "
                "10:00 Uhr geplante Interview für die Position Spezialistin Financial Crime "
                "Compliance leider absagen. Ihre Bewerbung bleibt selbstverständlich im "
                "Prozess; Herr Brandauer wird Ihnen in Kürze neue Terminvorschläge senden.",
                "Mit freundlichen Grüßen\nIhr Recruiting-Team der Galluswerk Bank"),
      reply_to=GALLUS, company="Galluswerk Bank", contact=GALLUS[1],
      subj_enc=("utf-8", "Q")),
    m("res_finora_time", RES, "es", "2026-09-04 13:40 +0200", FINORA,
      "Cambio de hora - entrevista del lunes",
      """
        Hola Océane:

        Te escribo para cambiar la hora de la entrevista del lunes 7: en lugar de a las
        10:30 será a las 12:00, porque nuestra responsable de Compliance tiene un comité a
        primera hora. El enlace sigue siendo el mismo.

        ¡Gracias por tu flexibilidad!
        Irene
      """, company="Finora", contact=FINORA[1], reply_of="inv_finora_sr", quote="es"),

    # ================================================================ missed
    m("miss_sirius", MISS, "fr", "2026-02-10 09:48 +0100", SIRIUS,
      "Journée d'immersion de ce jour",
      """
        Bonjour Océane,

        Nous vous attendions ce matin à 9h00 pour votre journée d'immersion et n'avons pas
        réussi à vous joindre sur votre portable. Nous espérons qu'il ne vous est rien
        arrivé.

        Pouvez-vous nous recontacter pour nous dire si vous souhaitez maintenir votre
        candidature ?
      """ + SIRIUS_SIG, company="Sirius Conseil", contact=SIRIUS[1],
      reply_of="res_sirius_postponed"),
    m("miss_nantaise", MISS, "fr", "2026-06-11 11:22 +0200", NANTAISE,
      "Notre appel de 11h",
      """
        Bonjour Océane,

        J'ai essayé de vous appeler à 11h00 comme convenu, à deux reprises, mais je suis
        tombée sur votre messagerie. Je vous ai laissé un message vocal.

        N'hésitez pas à me proposer un autre créneau cette semaine.

        Laëtitia Morvan
        Responsable Conformité - Nantaise de Paiement
        06 00 00 41 09
      """, company="Nantaise de Paiement", contact=NANTAISE[1], cte="8bit"),
    m("miss_luxfid", MISS, "fr", "2026-09-10 09:58 +0200", LUXFID,
      "Entretien de 9h30",
      """
        Bonjour Madame,

        Nous nous sommes connectés à 9h30 sur Teams pour notre entretien et vous avons
        attendue une vingtaine de minutes, en vain. Peut-être avez-vous rencontré un problème
        technique ?

        Si vous le souhaitez, nous pouvons convenir d'une nouvelle date.

        Meilleures salutations,
        Claude Weis
      """, company="Lux Fiduciaire Européenne", contact=LUXFID[1],
      reply_of="inv_luxfid_teams", quote="fr", charset="iso-8859-1", cte="quoted-printable"),
    m("miss_neptune", MISS, "fr", "2026-04-30 14:40 +0200", NEPTUNE,
      "Notre rendez-vous téléphonique de 14h",
      """
        Bonjour Océane,

        Je devais vous appeler à 14h00 pour faire le point avant votre présentation à mon
        client, mais vous n'avez pas répondu et votre messagerie est pleine.

        Pouvez-vous me rappeler au 02 40 00 91 27 ou me proposer un autre moment ?

        Sandrine Kerhervé - Neptune Recrutement
      """, company="Neptune Recrutement", contact=NEPTUNE[1], name_enc=("windows-1252", "Q")),
    m("miss_lindqvist", MISS, "en", "2026-05-22 15:20 +0200", LINDQVIST,
      "Missed call - our phone screen",
      """
        Hi Océane,

        I tried calling you at 15:00 for our phone screen but couldn't get through, and it
        went straight to voicemail. I hope everything is all right.

        If you are still interested in the role, let me know a couple of times that work
        for you next week.

        Best regards,
        Amelia Forde
        HR Business Partner | Lindqvist Wealth Partners
      """, company="Lindqvist Wealth Partners", contact=LINDQVIST[1],
      reply_of="res_lindqvist_push", quote="en"),
    m("miss_bright_noshow", MISS, "en", "2026-04-21 14:31 +0200", BRIGHT,
      "We missed you today",
      """
        Hi Océane,

        Greta and I were on the video call at 14:00 for your interview but you didn't join.
        We waited about 15 minutes.

        Did something go wrong with the link? Happy to find another slot if you are still
        interested.

        Ravi Menon
        Compliance Lead | Brightwater Payments
      """,
      html=page("Hi Océane,",
                "Greta and I were on the video call at 14:00 for your interview but you didn't "
                "join. We waited about 15 minutes.",
                "Did something go wrong with the link? Happy to find another slot if you are "
                "still interested.",
                "Ravi Menon\nCompliance Lead | Brightwater Payments"),
      company="Brightwater Payments", contact=BRIGHT[1]),
    m("miss_prado", MISS, "es", "2026-02-26 09:55 +0100", PRADO,
      "Videollamada de las 9:30",
      """
        Hola Océane:

        Te hemos estado esperando en la videollamada de las 9:30 y no te has conectado. Te
        hemos llamado también al móvil sin respuesta.

        Si sigues interesada en el proyecto, contéstanos y buscamos otro hueco esta semana.

        Equipo de Selección · Prado Talento ETT
      """, company="Prado Talento", contact=PRADO[1], reply_of="inv_prado_ett", quote="es",
      charset="windows-1252", cte="quoted-printable"),
    m("miss_cibeles", MISS, "es", "2026-07-15 12:34 +0200", CIBELES,
      "¿Todo bien? Entrevista en Gestora Retiro Capital",
      """
        Hola Océane:

        Me acaba de llamar Begoña Arriaga: te estaba esperando a las 12:00 en sus oficinas
        y no has llegado. Yo también te he llamado un par de veces.

        Dime algo en cuanto puedas para ver si podemos recuperar la entrevista.

        Rocío Valdemoro
        Cibeles Executive Search
      """, company="Gestora Retiro Capital", contact=CIBELES[1], subj_enc=("utf-8", "B")),
]
