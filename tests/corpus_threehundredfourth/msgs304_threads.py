"""The long threads of the threehundredfourth corpus: one employer's mail from acknowledgement to
offer or rejection, with the candidate's own replies in between."""

from __future__ import annotations

from msgs304_common import (
    CAND,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_FR,
    m,
    page,
    sig,
)

PONANT = "Banque du Ponant"
GWEN = ("Gwenaëlle Le Bihan", "gwenaelle.lebihan@banqueduponant.example.fr")
GWEN_SIG = sig("Gwenaëlle Le Bihan", "Chargée de recrutement - Direction des Ressources Humaines",
               "Banque du Ponant", "4 rue de la Monnaie - 35000 Rennes",
               "Tél. : +33 2 99 00 41 17") + "\n" + DISCLAIMER_FR + "\n"

VAUCLAIR = "Vauclair Assurances"
MATT = ("Matthieu Rocheteau", "matthieu.rocheteau@vauclair.example.fr")
MATT_SIG = sig("Matthieu Rocheteau", "Talent Acquisition Partner", "Vauclair Assurances",
               "12 quai de la Fosse, 44000 Nantes", "06 12 00 48 31")

MOSELLE = "Moselle Asset Management"
HANNAH = ("Hannah Kessler", "hannah.kessler@moselle-am.example.lu")

MAINUFER = "Mainufer Bank"
JONAS = ("Jonas Wetterau", "jonas.wetterau@mainuferbank.example.de")
JONAS_SIG = sig("Jonas Wetterau", "Recruiting & Employer Branding", "Mainufer Bank AG",
                "Neue Mainzer Straße 58, 60311 Frankfurt am Main", "Tel. +49 69 2400 3318") \
    + "\n" + DISCLAIMER_DE + "\n"

PAGOLINO = "Pagolino"
LUCIA = ("Lucía Ferrándiz", "lucia.ferrandiz@pagolino.example.es")

LEMAN = "Banque Privée Lémanique"
ALTI = ("Bastien Carrère", "b.carrere@altitude-rh.example.fr")
ALTI_SIG = sig("Bastien Carrère", "Consultant senior - Banque & Conformité", "Altitude RH",
               "28 rue de Châteaudun, 75009 Paris", "+33 1 84 00 62 95 / +41 22 000 17 40")

PAYVIA = "Payvia"
ELISE = ("Élise Vandermeersch", "elise.vandermeersch@payvia.example.be")

TEMPORA = "Tempora Intérim"
TEMPO = ("Agence Tempora Rennes", "rennes@tempora-interim.example.fr")

MESSAGES = [
    # ------------------------------------------------------------ A: Banque du Ponant (offer)
    m("a1_ponant_ack", "application_received", "fr", "2026-07-20 21:42 +0200",
      ("Banque du Ponant", "banqueduponant@myworkday.com"),
      "Nous avons bien reçu votre candidature - Analyste KYC / Conformité (H/F)",
      """
        Bonjour Océane,

        Merci pour l'intérêt que vous portez à la Banque du Ponant.

        Nous vous confirmons la bonne réception de votre candidature au poste
        d'Analyste KYC / Conformité (H/F) - Rennes (réf. R-2026-0147).

        Nos équipes vont étudier votre profil avec attention. Si votre candidature est
        retenue pour la suite du processus, un membre de l'équipe recrutement prendra contact
        avec vous. Vous pouvez suivre l'avancement de votre dossier depuis votre espace
        candidat.

        Bien cordialement,
        L'équipe Recrutement de la Banque du Ponant

        Ceci est un message automatique, merci de ne pas y répondre.
      """,
      html=page("Bonjour Océane,",
                "Merci pour l'intérêt que vous portez à la Banque du Ponant.",
                "Nous vous confirmons la bonne réception de votre candidature au poste "
                "d'Analyste KYC / Conformité (H/F) - Rennes (réf. R-2026-0147).",
                "Nos équipes vont étudier votre profil avec attention. Si votre candidature "
                "est retenue pour la suite du processus, un membre de l'équipe recrutement "
                "prendra contact avec vous. Vous pouvez suivre l'avancement de votre dossier "
                "depuis votre espace candidat.",
                "Bien cordialement,\nL'équipe Recrutement de la Banque du Ponant",
                brand="BANQUE DU PONANT - Carrières",
                footer="Ceci est un message automatique, merci de ne pas y répondre."),
      company=PONANT, headers={"Auto-Submitted": "auto-generated"}),
    m("a2_ponant_invite", "interview_invitation", "fr", "2026-08-04 10:05 +0200", GWEN,
      "Votre candidature - Analyste KYC / Conformité : proposition d'entretien",
      """
        Bonjour Madame Lefebvre-Ndiaye,

        Votre parcours en agence et votre intérêt pour la conformité ont retenu notre
        attention. Je vous propose un premier entretien avec Yannick Guéguen, responsable
        du pôle Sécurité financière, et moi-même :

          mercredi 19 août 2026 à 14h30
          Banque du Ponant, 4 rue de la Monnaie, Rennes (accueil, 2e étage)

        Comptez environ une heure. Pourriez-vous me confirmer votre disponibilité ?
        Si ce créneau ne vous convient pas, je peux vous proposer le jeudi 20 août au matin.

        Bien cordialement,
      """ + GWEN_SIG,
      company=PONANT, contact=GWEN[1], charset="windows-1252", cte="8bit",
      name_enc=("iso-8859-1", "Q")),
    m("a3_ponant_confirm", "other", "fr", "2026-08-04 18:20 +0200", CAND,
      "RE: Votre candidature - Analyste KYC / Conformité : proposition d'entretien",
      """
        Bonjour Madame Le Bihan,

        Merci beaucoup pour votre message. Je vous confirme avec plaisir ma présence le
        mercredi 19 août à 14h30.

        Bien cordialement,
        Océane Lefebvre-Ndiaye
        06 00 00 73 12
      """, to=GWEN, reply_of="a2_ponant_invite", quote="fr", name_enc=("utf-8", "B")),
    m("a4_ponant_moved", "interview_reschedule_or_cancel", "fr", "2026-08-14 08:47 +0200", GWEN,
      "RE: Votre candidature - Analyste KYC / Conformité : proposition d'entretien",
      """
        Bonjour Océane,

        Je reviens vers vous car M. Guéguen sera finalement retenu par un comité le 19 août
        après-midi. Nous devons donc décaler notre entretien : serait-il possible de nous voir
        le lundi 24 août à 10h00, au même endroit ?

        Toutes mes excuses pour ce changement, et merci de votre compréhension.

        Bien à vous,
      """ + GWEN_SIG,
      company=PONANT, contact=GWEN[1], reply_of="a3_ponant_confirm", quote="fr",
      charset="windows-1252", cte="quoted-printable", name_enc=("iso-8859-1", "Q")),
    m("a5_ponant_thanks", "other", "fr", "2026-08-24 17:02 +0200", CAND,
      "Merci pour l'entretien de ce matin",
      """
        Bonjour Madame Le Bihan,

        Je tenais à vous remercier, ainsi que M. Guéguen, pour l'entretien de ce matin.
        Les échanges sur le traitement des alertes et la revue périodique des dossiers
        clients m'ont confortée dans mon envie de rejoindre le pôle Sécurité financière.

        Je reste à votre disposition pour tout complément.

        Bien cordialement,
        Océane Lefebvre-Ndiaye
      """, to=GWEN, reply_of="a4_ponant_moved"),
    m("a6_ponant_final", "interview_invitation", "fr", "2026-09-01 11:30 +0200", GWEN,
      "Invitation : Entretien final - Directrice Conformité (mar. 8 sept. 11:00)",
      """
        Bonjour Océane,

        Suite à votre premier entretien, nous avons le plaisir de vous convier à un entretien
        final avec Mme Anne-Sophie Kerjean, Directrice Conformité, le mardi 8 septembre à
        11h00. L'invitation est jointe à ce message : vous pouvez l'accepter directement
        depuis votre agenda.

        À très bientôt,
        Gwenaëlle Le Bihan
      """,
      ics={"method": "REQUEST", "uid": "ponant-final-0147@banqueduponant.example.fr",
           "seq": 0, "start": "20260908T110000", "end": "20260908T120000",
           "summary": "Entretien final - Analyste KYC / Conformité",
           "location": "Banque du Ponant, 4 rue de la Monnaie, Rennes - salle Iroise",
           "organizer": GWEN},
      company=PONANT, contact=GWEN[1], name_enc=("utf-8", "Q")),
    m("a7_ponant_verbal", "offer", "fr", "2026-09-16 18:11 +0200", GWEN,
      "Suite à notre appel - proposition d'embauche",
      """
        Bonjour Océane,

        Comme évoqué au téléphone tout à l'heure, je vous confirme avec grand plaisir que
        nous souhaitons vous accueillir au sein du pôle Sécurité financière en tant
        qu'Analyste KYC / Conformité, en CDI, à compter du 2 novembre 2026.

        La rémunération proposée est de 38 500 EUR bruts annuels sur 13 mois, avec les
        avantages détaillés lors de notre échange. La proposition écrite vous parviendra
        d'ici la fin de semaine.

        Encore félicitations, et n'hésitez pas si vous avez la moindre question.
        Gwenaëlle
      """ + GWEN_SIG,
      company=PONANT, contact=GWEN[1], cte="base64"),
    m("a8_ponant_letter", "offer", "fr", "2026-09-18 15:26 +0200", GWEN,
      "Votre proposition d'embauche - Banque du Ponant",
      """
        Bonjour Océane,

        Vous trouverez ci-joint votre proposition d'embauche détaillant le poste, la date
        d'entrée, la rémunération et les avantages. Nous vous serions reconnaissants de nous
        faire part de votre réponse avant le 25 septembre.

        Bien cordialement,
      """ + GWEN_SIG,
      pdfs=[("Proposition_embauche_Lefebvre-Ndiaye.pdf",
             ["Banque du Ponant - Direction des Ressources Humaines",
              "Proposition d'embauche", "Poste : Analyste KYC / Conformite (CDI)",
              "Date d'entree : 2 novembre 2026", "Remuneration : 38 500 EUR bruts annuels",
              "Reponse souhaitee avant le 25 septembre 2026"])],
      company=PONANT, contact=GWEN[1], name_enc=("iso-8859-1", "B")),
    m("a9_ponant_revised", "offer", "fr", "2026-09-23 12:40 +0200", GWEN,
      "RE: Votre proposition d'embauche - Banque du Ponant",
      """
        Bonjour Océane,

        Merci pour votre retour et pour la franchise de notre échange. Après validation par
        la direction, nous pouvons porter la rémunération fixe à 40 000 EUR bruts annuels et
        prendre en charge votre formation certifiante AMF. Le reste de la proposition est
        inchangé.

        Si cela vous convient, je lance la préparation du contrat.

        Bien à vous,
        Gwenaëlle
      """,
      html=page("Bonjour Océane,",
                "Merci pour votre retour et pour la franchise de notre échange. Après validation "
                "par la direction, nous pouvons porter la rémunération fixe à 40 000 EUR bruts "
                "annuels et prendre en charge votre formation certifiante AMF. Le reste de la "
                "proposition est inchangé.",
                "Si cela vous convient, je lance la préparation du contrat.",
                "Bien à vous,\nGwenaëlle"),
      company=PONANT, contact=GWEN[1], reply_of="a8_ponant_letter", quote="outlook_fr"),
    m("a10_ponant_contract", "offer", "fr", "2026-09-29 09:03 +0200", GWEN,
      "Contrat de travail à signer - Océane Lefebvre-Ndiaye",
      """
        Bonjour Océane,

        Ravie de votre acceptation ! Voici votre contrat de travail à durée indéterminée.
        Merci de le signer électroniquement via le lien reçu séparément, ou de nous en
        retourner un exemplaire paraphé et signé.

        Nous préparons votre arrivée du 2 novembre.

        Gwenaëlle Le Bihan
      """,
      pdfs=[("Contrat_CDI_OLN.pdf",
             ["CONTRAT DE TRAVAIL A DUREE INDETERMINEE", "Entre la Banque du Ponant",
              "et Mme Oceane Lefebvre-Ndiaye", "Fonction : Analyste KYC / Conformite",
              "Prise de poste : 2 novembre 2026"])],
      company=PONANT, contact=GWEN[1], charset="iso-8859-1", cte="quoted-printable"),

    # ------------------------------------------------------------ B: Vauclair (no after interviews)
    m("b1_vauclair_ack", "application_received", "fr", "2026-03-02 09:15 +0100",
      ("Vauclair Assurances", "no-reply@teamtailor-mail.com"),
      "Merci pour votre candidature chez Vauclair Assurances !",
      html=page("Bonjour Océane,",
                "Merci d'avoir postulé au poste de Chargé(e) de conformité LCB-FT à Nantes. "
                "Votre candidature a bien été enregistrée.",
                "Nous recevons de nombreuses candidatures et ne pouvons malheureusement pas "
                "répondre individuellement à chacune d'entre elles dans l'immédiat. Notre équipe "
                "reviendra vers vous si votre profil correspond à nos besoins.",
                "À bientôt,\nLa team Talents de Vauclair Assurances",
                brand="Vauclair Assurances", color="#0b6e4f",
                footer="Vous recevez cet e-mail car vous avez postulé via notre page carrières."),
      company=VAUCLAIR, cte="base64"),
    m("b2_vauclair_invite", "interview_invitation", "fr", "2026-03-10 16:48 +0100",
      ("Matthieu Rocheteau de Vauclair Assurances", "notifications@teamtailor-mail.com"),
      "Entretien pour le poste de Chargé(e) de conformité LCB-FT",
      """
        Bonjour Océane,

        Merci pour votre candidature, votre profil nous intéresse ! Je vous propose un
        entretien en visio (Teams) de 45 minutes le lundi 16 mars à 9h30 avec moi-même et
        Claire Moinard, responsable du service Conformité.

        Pouvez-vous me dire si ce créneau vous convient en répondant simplement à ce mail ?

        Belle journée,
      """ + MATT_SIG,
      reply_to=MATT, company=VAUCLAIR, contact=MATT[1]),
    m("b3_vauclair_ask", "other", "fr", "2026-03-11 07:58 +0100", CAND,
      "Re: Entretien pour le poste de Chargé(e) de conformité LCB-FT",
      """
        Bonjour Matthieu,

        Merci pour votre proposition. Je suis malheureusement en agence lundi matin et ne
        pourrai pas me libérer. Serait-il possible de décaler l'entretien au lundi en fin
        d'après-midi ou à un autre jour de la semaine ?

        Avec mes excuses pour ce contretemps,
        Océane
      """, to=MATT, reply_of="b2_vauclair_invite", quote="fr"),
    m("b4_vauclair_moved", "interview_reschedule_or_cancel", "fr", "2026-03-12 11:20 +0100",
      MATT, "Re: Entretien pour le poste de Chargé(e) de conformité LCB-FT",
      """
        Bonjour Océane,

        Pas de souci. Nous décalons donc au mardi 17 mars à 17h30, toujours sur Teams ;
        le nouveau lien suit dans l'invitation mise à jour.

        Bonne fin de semaine,
      """ + MATT_SIG,
      company=VAUCLAIR, contact=MATT[1], reply_of="b3_vauclair_ask", quote="fr"),
    m("b5_vauclair_case", "interview_invitation", "fr", "2026-03-25 14:02 +0100", MATT,
      "Vauclair Assurances - étude de cas et entretien avec la direction",
      """
        Bonjour Océane,

        Suite à votre entretien du 17 mars, nous serions ravis de poursuivre avec vous.
        Prochaine étape : une étude de cas (analyse d'un dossier client et d'une alerte
        LCB-FT) suivie d'un échange avec notre directeur des risques, le jeudi 2 avril de
        14h00 à 16h30 dans nos locaux du quai de la Fosse.

        Merci de me confirmer votre présence.
      """ + MATT_SIG,
      company=VAUCLAIR, contact=MATT[1], charset="iso-8859-1", cte="8bit"),
    m("b6_vauclair_no", "rejection", "fr", "2026-04-09 17:35 +0200", MATT,
      "Votre candidature chez Vauclair Assurances",
      """
        Bonjour Océane,

        Merci encore pour le temps consacré à l'étude de cas et à vos échanges avec Henri
        Castaing. Votre approche a été appréciée ; nous avons toutefois choisi de poursuivre
        avec une candidate disposant déjà d'une expérience en assurance-vie, plus proche des
        besoins immédiats de l'équipe.

        Je sais que cette réponse est décevante après un processus aussi complet. Je garde
        votre profil en tête pour nos prochains postes en conformité et vous souhaite une
        belle réussite dans vos recherches.

        Bien cordialement,
      """ + MATT_SIG,
      company=VAUCLAIR, contact=MATT[1], reply_of="b5_vauclair_case"),

    # ------------------------------------------------------------ C: Moselle AM (offer, en)
    m("c1_moselle_ack", "application_received", "en", "2026-08-03 13:27 +0000",
      ("Moselle Asset Management", "no-reply@us.greenhouse-mail.io"),
      "Thank you for applying to Moselle Asset Management",
      """
        Hi Océane,

        Thanks for your interest in Moselle Asset Management! We have received your
        application for the KYC / AML Analyst (Investor Onboarding) role in Luxembourg.

        Our team reviews every application carefully. If your background fits what we are
        looking for, a member of the Talent team will be in touch to arrange next steps.

        Best regards,
        Talent Acquisition, Moselle Asset Management

        Please do not reply to this email; this mailbox is not monitored.
      """,
      html=page("Hi Océane,",
                "Thanks for your interest in Moselle Asset Management! We have received your "
                "application for the KYC / AML Analyst (Investor Onboarding) role in "
                "Luxembourg.",
                "Our team reviews every application carefully. If your background fits what "
                "we are looking for, a member of the Talent team will be in touch to arrange "
                "next steps.",
                "Best regards,\nTalent Acquisition, Moselle Asset Management",
                brand="Moselle Asset Management", color="#283c63",
                footer="Please do not reply to this email; this mailbox is not monitored."),
      company=MOSELLE),
    m("c2_moselle_invite", "interview_invitation", "en", "2026-08-18 09:12 +0000",
      ("Hannah Kessler via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Interview availability - KYC / AML Analyst at Moselle Asset Management",
      """
        Hi Océane,

        Thank you for applying to Moselle. We would love to set up a 30-minute video call
        with me to talk through your experience and the investor onboarding team.

        Please pick a slot that works for you using the link below:
        https://app.greenhouse.example.io/scheduling/moselle/7f3c21

        Looking forward to speaking with you,
        Hannah Kessler
        Talent Acquisition Partner | Moselle Asset Management
        12 rue Eugène Ruppert, L-2453 Luxembourg
      """,
      reply_to=HANNAH, company=MOSELLE, contact=HANNAH[1]),
    m("c3_moselle_calendar", "interview_invitation", "en", "2026-08-20 15:40 +0200", HANNAH,
      "Invitation: Moselle AM - KYC/AML Analyst, interview with Compliance @ Thu 27 Aug 2026",
      """
        Hi Océane,

        Great talking to you on Tuesday. As discussed, here is the invitation for your
        interview with Marc Thill (Head of Investor Due Diligence) and Sofia Brandão
        (Senior KYC Analyst) on Thursday 27 August, 10:00-11:00 CEST, at our offices.

        Kind regards,
        Hannah
      """,
      ics={"method": "REQUEST", "uid": "moselle-kyc-2208@moselle-am.example.lu", "seq": 0,
           "start": "20260827T100000", "end": "20260827T110000",
           "tz": "Europe/Luxembourg",
           "summary": "Moselle AM - KYC/AML Analyst - interview with Compliance",
           "location": "12 rue Eugène Ruppert, Luxembourg - 5th floor",
           "organizer": HANNAH,
           "description": "Interview with Marc Thill and Sofia Brandão.\nPlease bring an ID."},
      ics_attach=True, company=MOSELLE, contact=HANNAH[1]),
    m("c4_moselle_update", "interview_reschedule_or_cancel", "en", "2026-08-25 08:05 +0200",
      HANNAH,
      "Updated invitation: Moselle AM - KYC/AML Analyst, interview with Compliance "
      "@ Mon 31 Aug 2026",
      """
        Hi Océane,

        Apologies for the late change: Marc has to travel to Dublin on Thursday, so we have
        moved your interview to Monday 31 August, 14:00-15:00 CEST, same place and same
        panel. The calendar invitation has been updated accordingly.

        Please let me know if the new time does not work for you.

        Best,
        Hannah
      """,
      html=page("Hi Océane,",
                "Apologies for the late change: Marc has to travel to Dublin on Thursday, so we "
                "have moved your interview to Monday 31 August, 14:00-15:00 CEST, same place "
                "and same panel. The calendar invitation has been updated accordingly.",
                "Please let me know if the new time does not work for you.",
                "Best,\nHannah"),
      ics={"method": "REQUEST", "uid": "moselle-kyc-2208@moselle-am.example.lu", "seq": 1,
           "start": "20260831T140000", "end": "20260831T150000",
           "tz": "Europe/Luxembourg",
           "summary": "Moselle AM - KYC/AML Analyst - interview with Compliance (moved)",
           "location": "12 rue Eugène Ruppert, Luxembourg - 5th floor",
           "organizer": HANNAH},
      company=MOSELLE, contact=HANNAH[1], reply_of="c3_moselle_calendar"),
    m("c5_moselle_thanks", "other", "en", "2026-08-31 19:14 +0200", CAND,
      "Thank you - interview for the KYC / AML Analyst role",
      """
        Dear Hannah,

        Thank you for organising today's interview, and please pass on my thanks to Marc and
        Sofia. I really enjoyed the discussion about investor onboarding and periodic reviews,
        and I am even more motivated to join the team.

        Kind regards,
        Océane Lefebvre-Ndiaye
      """, to=HANNAH),
    m("c6_moselle_offer", "offer", "en", "2026-10-01 17:50 +0200", HANNAH,
      "Offer - KYC / AML Analyst, Moselle Asset Management",
      """
        Dear Océane,

        I am delighted to let you know that, following your interviews, we would like to
        offer you the position of KYC / AML Analyst in our Investor Onboarding team in
        Luxembourg, on a permanent contract.

        The offer includes an annual gross base salary of EUR 56,000, a discretionary bonus,
        meal vouchers and a relocation allowance. The formal offer letter will follow in the
        coming days; in the meantime I am happy to jump on a call to answer any questions.

        Congratulations!
        Hannah Kessler
        Talent Acquisition Partner | Moselle Asset Management
        T +352 27 00 48 12
      """ + "\n" + DISCLAIMER_EN + "\n",
      company=MOSELLE, contact=HANNAH[1], reply_of="c5_moselle_thanks", quote="en"),
    m("c7_moselle_letter", "offer", "en", "2026-10-05 10:02 +0200", HANNAH,
      "Your offer letter - Moselle Asset Management",
      """
        Dear Océane,

        Please find attached your offer letter and the summary of benefits. Could you return
        a signed copy by 12 October? Our onboarding team will then send you the relocation
        pack.

        Best regards,
        Hannah
      """,
      pdfs=[("Moselle_offer_letter_OLN.pdf",
             ["Moselle Asset Management", "Offer of employment",
              "Position: KYC / AML Analyst - Investor Onboarding",
              "Contract: permanent, Luxembourg", "Base salary: EUR 56,000 gross per year"]),
            ("Benefits_summary.pdf", ["Moselle Asset Management - Benefits summary 2026"])],
      company=MOSELLE, contact=HANNAH[1], cte="base64"),
    m("c8_moselle_reply", "other", "en", "2026-10-06 08:31 +0200", CAND,
      "Re: Your offer letter - Moselle Asset Management",
      """
        Dear Hannah,

        Thank you very much for the offer letter. After a lot of thought I have accepted a
        position in Rennes, close to my family, and I am therefore declining your kind offer.
        This was not an easy decision; I hope our paths cross again.

        With my warmest thanks to you, Marc and Sofia,
        Océane
      """, to=HANNAH, reply_of="c7_moselle_letter", quote="en"),

    # ------------------------------------------------------------ D: Mainufer Bank (de)
    m("d1_mainufer_ack", "application_received", "de", "2026-04-14 12:03 +0200",
      ("Mainufer Bank", "noreply@mainuferbank.jobs.personio.de"),
      "Ihre Bewerbung als KYC Analyst (m/w/d) ist eingegangen",
      """
        Hallo Frau Lefebvre-Ndiaye,

        vielen Dank für Ihre Bewerbung als KYC Analyst (m/w/d) in Frankfurt am Main und Ihr
        Interesse an der Mainufer Bank.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und
        melden uns in den nächsten zwei Wochen bei Ihnen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Mainufer Bank

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
      """,
      company=MAINUFER, charset="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "Q")),
    m("d2_mainufer_invite", "interview_invitation", "de", "2026-04-22 10:31 +0200",
      ("Jonas Wetterau | Mainufer Bank", "noreply@mainuferbank.jobs.personio.de"),
      "Einladung zum Videointerview - KYC Analyst (m/w/d)",
      """
        Hallo Frau Lefebvre-Ndiaye,

        vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt, und wir möchten Sie
        gerne näher kennenlernen.

        Wir laden Sie herzlich zu einem Videointerview über Microsoft Teams ein:
        Dienstag, 5. Mai 2026, 10:00-10:45 Uhr
        Gesprächspartner: Jonas Wetterau (Recruiting) und Dr. Katrin Oelsner (Leiterin KYC)

        Den Einwahllink erhalten Sie am Vortag. Das Gespräch kann gerne auf Englisch oder
        Deutsch geführt werden. Bitte bestätigen Sie den Termin kurz per Antwort.

        Viele Grüße
      """ + JONAS_SIG,
      reply_to=JONAS, company=MAINUFER, contact=JONAS[1], cte="base64"),
    m("d3_mainufer_missed", "missed_interview_notice", "de", "2026-05-05 10:27 +0200", JONAS,
      "Unser Termin heute um 10:00 Uhr",
      """
        Hallo Frau Lefebvre-Ndiaye,

        wir haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet und Sie zusätzlich
        zweimal unter Ihrer Mobilnummer zu erreichen versucht, leider ohne Erfolg.

        Ist etwas dazwischengekommen? Geben Sie mir gern Bescheid, ob Sie weiterhin
        Interesse an der Position haben.

        Viele Grüße
      """ + JONAS_SIG,
      company=MAINUFER, contact=JONAS[1], reply_of="d2_mainufer_invite", quote="de"),
    m("d4_mainufer_sorry", "other", "de", "2026-05-05 13:55 +0200", CAND,
      "AW: Unser Termin heute um 10:00 Uhr",
      """
        Hallo Herr Wetterau,

        es tut mir sehr leid! Der Einwahllink ist bei mir im Spam-Ordner gelandet, und mein
        Telefon war wegen eines Kundentermins in der Filiale stumm geschaltet. Ich habe
        nach wie vor großes Interesse an der Stelle und wäre Ihnen dankbar für einen neuen
        Termin.

        Mit freundlichen Grüßen
        Océane Lefebvre-Ndiaye
      """, to=JONAS, reply_of="d3_mainufer_missed", quote="de"),
    m("d5_mainufer_newslot", "interview_invitation", "de", "2026-05-07 09:14 +0200", JONAS,
      "AW: Unser Termin heute um 10:00 Uhr",
      """
        Hallo Frau Lefebvre-Ndiaye,

        kein Problem, das kann passieren. Frau Dr. Oelsner hat am Montag, 11. Mai, um
        15:30 Uhr noch Zeit. Ich schicke Ihnen den neuen Teams-Link diesmal direkt aus
        meinem Postfach. Passt Ihnen das?

        Viele Grüße
        Jonas Wetterau
      """,
      company=MAINUFER, contact=JONAS[1], reply_of="d4_mainufer_sorry", quote="outlook_de",
      charset="iso-8859-1", cte="8bit"),
    m("d6_mainufer_no", "rejection", "de", "2026-05-27 16:20 +0200", JONAS,
      "Ihre Bewerbung bei der Mainufer Bank",
      """
        Sehr geehrte Frau Lefebvre-Ndiaye,

        vielen Dank für das angenehme Gespräch und die Zeit, die Sie sich genommen haben.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, die bereits
        Erfahrung mit Firmenkunden-KYC im deutschen Markt mitbringt. Diese Entscheidung ist
        uns nicht leichtgefallen.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
      """ + JONAS_SIG,
      company=MAINUFER, contact=JONAS[1], charset="windows-1252", cte="quoted-printable"),

    # ------------------------------------------------------------ E: Pagolino (es)
    m("e1_pagolino_ack", "application_received", "es", "2026-05-04 11:45 +0000",
      ("Pagolino", "no-reply@hire.lever.co"),
      "Hemos recibido tu candidatura para Analista de Cumplimiento (KYC)",
      """
        Hola Océane:

        ¡Gracias por tu interés en Pagolino! Hemos recibido tu candidatura para el puesto de
        Analista de Cumplimiento (KYC) en Madrid.

        Nuestro equipo revisará tu perfil en los próximos días. Si encaja con lo que
        buscamos, nos pondremos en contacto contigo para los siguientes pasos.

        Un saludo,
        El equipo de Talento de Pagolino
      """, company=PAGOLINO, cte="8bit"),
    m("e2_pagolino_invite", "interview_invitation", "es", "2026-05-12 12:30 +0000",
      ("Lucía Ferrándiz from Pagolino", "no-reply@hire.lever.co"),
      "Pagolino: ¿hablamos? Entrevista para Analista de Cumplimiento",
      """
        Hola Océane:

        Soy Lucía, del equipo de Talento de Pagolino. Nos ha gustado mucho tu perfil y nos
        encantaría conocerte en una videollamada de 30 minutos con Álvaro Mena, nuestro
        Head of Compliance.

        Te propongo el miércoles 20 de mayo a las 16:00 (hora de Madrid) por Google Meet.
        Si no te viene bien, dime qué franjas tienes libres esa semana.

        ¡Un abrazo!
        Lucía Ferrándiz · Talent Partner · Pagolino
      """,
      reply_to=LUCIA, company=PAGOLINO, contact=LUCIA[1], name_enc=("utf-8", "B")),
    m("e3_pagolino_moved", "interview_reschedule_or_cancel", "es", "2026-05-18 09:02 +0200",
      LUCIA, "RE: Pagolino: ¿hablamos? Entrevista para Analista de Cumplimiento",
      """
        Hola de nuevo, Océane:

        Álvaro tiene que viajar esta semana a Lisboa y no podrá hacer la entrevista del
        miércoles. ¿Te vendría bien el martes 26 de mayo a la misma hora? Te mando la
        invitación nueva en cuanto me confirmes.

        Perdona el cambio.
        Lucía
      """, company=PAGOLINO, contact=LUCIA[1], reply_of="e2_pagolino_invite", quote="es",
      charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "Q")),
    m("e4_pagolino_frozen", "rejection", "es", "2026-06-10 18:05 +0200", LUCIA,
      "Actualización sobre tu proceso con Pagolino",
      """
        Hola Océane:

        Quería escribirte personalmente. Tras la última revisión de presupuesto, la dirección
        ha decidido congelar la contratación del puesto de Analista de Cumplimiento hasta
        2027, así que no vamos a seguir adelante con el proceso.

        Siento mucho darte esta noticia después de la buena entrevista con Álvaro. Si la
        vacante se reabre, te escribiré.

        Un saludo muy cordial,
        Lucía Ferrándiz
        Talent Partner · Pagolino · Calle de Orense 34, 28020 Madrid
      """, company=PAGOLINO, contact=LUCIA[1], name_enc=("utf-8", "Q")),

    # ------------------------------------------------------------ F: Altitude RH -> Lémanique
    m("f1_altitude_approach", "other", "fr", "2026-06-02 08:44 +0200", ALTI,
      "Opportunité conformité - échange ?",
      """
        Bonjour Océane,

        Je suis consultant chez Altitude RH, cabinet spécialisé dans les métiers de la
        banque et de la conformité. Votre profil LinkedIn (conseillère en agence avec une
        certification LCB-FT) a retenu mon attention.

        J'accompagne plusieurs établissements sur des postes d'analystes KYC à Paris et en
        Suisse romande. Seriez-vous ouverte à un premier échange informel ?

        Bien à vous,
      """ + ALTI_SIG, contact=ALTI[1]),
    m("f2_altitude_answer", "other", "fr", "2026-06-02 21:10 +0200", CAND,
      "Re: Opportunité conformité - échange ?",
      """
        Bonjour Bastien,

        Merci pour votre message. Oui, je suis tout à fait ouverte à en discuter, en
        particulier pour Genève. Je suis joignable en fin de journée au 06 00 00 73 12.

        Bonne soirée,
        Océane
      """, to=ALTI, reply_of="f1_altitude_approach", quote="fr"),
    m("f3_altitude_call", "interview_invitation", "fr", "2026-06-04 09:30 +0200", ALTI,
      "Re: Opportunité conformité - échange ? Banque Privée Lémanique",
      """
        Bonjour Océane,

        Merci pour votre retour. Le poste auquel je pense est celui d'Analyste KYC junior à
        la Banque Privée Lémanique, à Genève (clientèle privée francophone, forte dimension
        revue documentaire).

        Je vous propose un entretien téléphonique de qualification vendredi 5 juin à 18h00
        pour vous présenter la banque et faire le point sur votre parcours. Je vous appelle
        au numéro indiqué, sauf contre-indication de votre part.

        Bien à vous,
      """ + ALTI_SIG,
      company=LEMAN, contact=ALTI[1], reply_of="f2_altitude_answer", quote="fr"),
    m("f4_altitude_client", "interview_invitation", "fr", "2026-06-11 14:12 +0200", ALTI,
      "Entretien Banque Privée Lémanique - jeudi 18 juin",
      """
        Bonjour Océane,

        Bonne nouvelle : la Banque Privée Lémanique souhaite vous rencontrer ! Entretien
        avec M. Frédéric Monnier, responsable KYC, le jeudi 18 juin à 10h00, en visio
        (Webex). Le lien vous sera envoyé directement par leur assistante.

        Je vous appelle mardi pour vous préparer à cet entretien.

        Belle journée,
      """ + ALTI_SIG,
      company=LEMAN, contact=ALTI[1], charset="windows-1252", cte="base64",
      name_enc=("windows-1252", "Q")),
    m("f5_altitude_no", "rejection", "fr", "2026-07-01 12:05 +0200", ALTI,
      "Retour de la Banque Privée Lémanique",
      """
        Bonjour Océane,

        J'ai eu ce matin le retour de M. Monnier. Il a apprécié votre sérieux et votre
        connaissance de la relation client, mais la banque a choisi de retenir un candidat
        ayant déjà exercé en banque privée en Suisse et maîtrisant l'allemand.

        Je suis désolé que cela ne se concrétise pas cette fois-ci. Je garde votre profil
        en tête et ne manquerai pas de revenir vers vous.

        Bien à vous,
      """ + ALTI_SIG,
      company=LEMAN, contact=ALTI[1]),

    # ------------------------------------------------------------ G: Payvia (Brussels)
    m("g1_payvia_ack", "application_received", "fr", "2026-02-10 10:22 +0100",
      ("Payvia Careers", "notifications@recruitee.com"),
      "Payvia - candidature reçue : Analyste KYC (Bruxelles)",
      """
        Bonjour Océane,

        Merci d'avoir postulé chez Payvia ! Nous accusons réception de votre candidature
        pour le poste d'Analyste KYC à Bruxelles.

        Nous revenons vers vous dans les meilleurs délais, quelle que soit l'issue.

        L'équipe People de Payvia
      """, company=PAYVIA),
    m("g2_payvia_invite", "interview_invitation", "fr", "2026-02-24 15:05 +0100", ELISE,
      "Payvia - évaluation en ligne et entretien vidéo",
      """
        Bonjour Océane,

        Suite à l'examen de votre candidature, nous avons le plaisir de vous inviter à la
        prochaine étape : un entretien vidéo d'une heure comprenant un court exercice de
        revue de dossier KYC, le mercredi 4 mars à 13h30.

        L'invitation Teams est jointe. À très vite !
        Élise Vandermeersch
        People Partner, Payvia - Avenue Louise 231, 1050 Bruxelles
      """,
      ics={"method": "REQUEST", "uid": "payvia-kyc-assess-88@payvia.example.be", "seq": 0,
           "start": "20260304T133000", "end": "20260304T143000", "tz": "Europe/Brussels",
           "summary": "Payvia - Analyste KYC - entretien vidéo et exercice",
           "location": "Microsoft Teams", "organizer": ELISE},
      company=PAYVIA, contact=ELISE[1], name_enc=("iso-8859-1", "Q")),
    m("g3_payvia_cancel", "interview_reschedule_or_cancel", "fr", "2026-03-03 09:40 +0100",
      ELISE, "Annulé : Payvia - Analyste KYC - entretien vidéo et exercice",
      """
        Bonjour Océane,

        Notre responsable conformité est souffrant et nous devons annuler l'entretien de
        demain. Je reviens vers vous dès que possible avec de nouvelles disponibilités.

        Toutes nos excuses,
        Élise
      """,
      ics={"method": "CANCEL", "uid": "payvia-kyc-assess-88@payvia.example.be", "seq": 1,
           "start": "20260304T133000", "end": "20260304T143000", "tz": "Europe/Brussels",
           "summary": "Payvia - Analyste KYC - entretien vidéo et exercice",
           "location": "Microsoft Teams", "organizer": ELISE},
      company=PAYVIA, contact=ELISE[1], name_enc=("utf-8", "B"),
      subj_enc=("utf-8", "B")),
    m("g4_payvia_hold", "rejection", "fr", "2026-03-20 16:15 +0100", ELISE,
      "Payvia - point sur le poste d'Analyste KYC",
      """
        Bonjour Océane,

        Je reviens vers vous comme promis. Suite à une réorganisation de l'équipe
        Compliance, le poste d'Analyste KYC à Bruxelles est mis en attente pour une durée
        indéterminée. Nous ne donnerons donc pas suite à votre candidature pour le moment.

        Merci sincèrement pour votre patience et votre intérêt pour Payvia.

        Bien à vous,
        Élise Vandermeersch
      """, company=PAYVIA, contact=ELISE[1], reply_of="g3_payvia_cancel", quote="fr",
      name_enc=("utf-8", "B")),

    # ------------------------------------------------------------ H: Tempora Intérim
    m("h1_tempora_invite", "interview_invitation", "fr", "2026-02-16 11:02 +0100", TEMPO,
      "Mission conformité - rendez-vous en agence",
      """
        Bonjour Mme Lefebvre-Ndiaye,

        Suite à votre inscription, nous avons une mission de 3 mois renouvelable chez l'un
        de nos clients, un établissement bancaire rennais, pour renforcer une équipe de
        remédiation KYC.

        Nous vous proposons un entretien à l'agence le vendredi 20 février à 9h00
        (12 boulevard de la Liberté, Rennes). Merci de vous munir d'une pièce d'identité et
        de votre carte Vitale.

        Karine Lostanlen
        Chargée de recrutement - Tempora Intérim Rennes
        02 99 00 18 64
      """, company=TEMPORA, contact=TEMPO[1], charset="iso-8859-1", cte="8bit"),
    m("h2_tempora_missed", "missed_interview_notice", "fr", "2026-02-20 10:05 +0100", TEMPO,
      "Rendez-vous de ce matin 9h",
      """
        Bonjour Mme Lefebvre-Ndiaye,

        Nous vous attendions ce matin à 9h00 à l'agence et avons tenté de vous joindre
        sans succès. Si vous êtes toujours intéressée par la mission, rappelez-nous au
        02 99 00 18 64 pour fixer un nouveau rendez-vous.

        Karine Lostanlen - Tempora Intérim Rennes
      """, company=TEMPORA, contact=TEMPO[1], reply_of="h1_tempora_invite", quote="fr"),
    m("h3_tempora_offer", "offer", "fr", "2026-03-04 17:45 +0100", TEMPO,
      "Votre contrat de mission - remédiation KYC",
      """
        Bonjour Océane,

        Suite à notre rendez-vous de lundi, le client a validé votre candidature. Nous avons
        le plaisir de vous proposer la mission d'assistante KYC du 16 mars au 12 juin 2026,
        35 h / semaine, 14,20 EUR bruts de l'heure + 10 % d'IFM et 10 % d'ICCP.

        Vous trouverez le contrat de mission à signer en pièce jointe.

        Karine Lostanlen - Tempora Intérim Rennes
      """,
      pdfs=[("Contrat_mission_2026-0316.pdf",
             ["Tempora Interim - Contrat de mission", "Intérimaire : Oceane Lefebvre-Ndiaye",
              "Du 16/03/2026 au 12/06/2026", "Poste : Assistante KYC"])],
      company=TEMPORA, contact=TEMPO[1]),
]
