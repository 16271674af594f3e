"""Corpus 324: invitations to interviews, calls, tests and trial days (26), written by hand."""

from __future__ import annotations

from msgs324_common import DISCLAIMER_EN, DISCLAIMER_FR

MESSAGES = [
    # --- French --------------------------------------------------------------------------
    {
        "id": "oceane_inv", "kind": "interview_invitation", "lang": "fr",
        "company": "Crédit Finistérien", "contact": "morgane.le-roux@interim-oceane.example.fr",
        "date": "2026-01-07T10:12:00+01:00",
        "frm": ("Morgane Le Roux", "morgane.le-roux@interim-oceane.example.fr"),
        "subject": "Mission conformité Crédit Finistérien – rendez-vous à l'agence",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Suite à votre inscription chez Intérim Océane, j'ai une mission qui pourrait vous "
            "intéresser : assistante conformité (contrôles KYC et revue des alertes) au siège "
            "du Crédit Finistérien à Brest, 3 mois renouvelables.\n\n"
            "Je vous propose un entretien à l'agence le lundi 12 janvier à 14h00, avec "
            "Mme Caroff, responsable du service conformité du Crédit Finistérien, qui fera le "
            "déplacement. Pensez à apporter une pièce d'identité et votre attestation de "
            "formation LCB-FT.\n\n"
            "Merci de me confirmer votre présence.\n\n"
            "Morgane Le Roux\nChargée de recrutement\nIntérim Océane – Agence de Brest\n"
            "45 rue Jean Jaurès, 29200 Brest – 02 98 46 13 27"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "cso_inv", "kind": "interview_invitation", "lang": "fr",
        "company": "Caisse Solidaire de l'Ouest", "contact": "helene.bodin@caisse-solidaire-ouest.example.fr",
        "date": "2026-02-04T11:30:00+01:00",
        "frm": ("Hélène Bodin", "helene.bodin@caisse-solidaire-ouest.example.fr"),
        "subject": "Invitation – Journée d'évaluation Analyste LCB-FT – 17 février",
        "subj_enc": ("q", "utf-8"),
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "Votre candidature au poste d'Analyste LCB-FT a retenu notre attention.\n\n"
            "Nous avons le plaisir de vous convier à notre journée d'évaluation (assessment "
            "center) le mardi 17 février 2026 de 9h00 à 16h30, dans nos locaux du 12 quai de "
            "la Fosse à Nantes. Au programme : étude de cas sur des opérations atypiques, "
            "exercice en groupe et entretien individuel avec le responsable LCB-FT.\n\n"
            "Vous trouverez ci-joint l'invitation pour votre agenda. Les frais de transport "
            "depuis Brest vous seront remboursés sur justificatifs.\n\n"
            "Bien cordialement,\n\nHélène Bodin\nChargée de recrutement\n"
            "Caisse Solidaire de l'Ouest\n02 40 18 62 30\n\n" + DISCLAIMER_FR
        ),
        "ics": {"uid": "cso-ac-20260217@caisse-solidaire-ouest.example.fr", "seq": 0,
                 "start": "20260217T090000", "end": "20260217T163000",
                 "summary": "Journée d'évaluation Analyste LCB-FT",
                 "location": "12 quai de la Fosse, Nantes"},
        "ics_mode": "attach",
    },
    {
        "id": "cso_inv2", "kind": "interview_invitation", "lang": "fr",
        "company": "Caisse Solidaire de l'Ouest", "contact": "helene.bodin@caisse-solidaire-ouest.example.fr",
        "date": "2026-02-19T09:48:00+01:00",
        "frm": ("Hélène Bodin", "helene.bodin@caisse-solidaire-ouest.example.fr"),
        "subject": "RE: Annulation – Journée d'évaluation du 17 février",
        "quote": "cso_cancel",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Comme annoncé, voici la nouvelle date : nous vous attendons le mercredi 4 mars "
            "à 9h00, même adresse, pour un format resserré (étude de cas le matin, entretien "
            "avec M. Guérin, responsable LCB-FT, à 11h30).\n\n"
            "Pouvez-vous me confirmer votre venue ?\n\nHélène"
        ),
    },
    {
        "id": "arvor_invite_client", "kind": "interview_invitation", "lang": "fr",
        "company": "Armorique Assurances", "contact": "erwan.cadiou@arvor-talents.example.fr",
        "date": "2026-03-05T18:22:00+01:00",
        "frm": ("Erwan Cadiou", "erwan.cadiou@arvor-talents.example.fr"),
        "subject": "Re: Échange – poste conformité assurance",
        "subj_enc": ("q", "windows-1252"),
        "quote": "arvor_cold",
        "text": (
            "Bonsoir Maëlle,\n\n"
            "Merci pour notre échange téléphonique de lundi. Comme évoqué, je peux maintenant "
            "vous dire que mon client est Armorique Assurances, à Rennes, pour un poste de "
            "chargée de conformité LCB-FT rattachée au service juridique.\n\n"
            "Mme Tanguy, la responsable conformité, souhaite vous rencontrer le jeudi 12 mars "
            "à 10h dans leurs locaux (boulevard de la Tour d'Auvergne). L'entretien durera "
            "environ une heure. Est-ce que cela vous convient ?\n\n"
            "Erwan"
        ),
    },
    {
        "id": "freelanzo_inv", "kind": "interview_invitation", "lang": "fr",
        "company": "Hexagone Paiements", "contact": "",
        "date": "2026-03-11T08:05:00+01:00",
        "frm": ("Freelanzo", "notifications@freelanzo.example.com"),
        "subject": "Hexagone Paiements souhaite échanger avec vous",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Bonne nouvelle : Hexagone Paiements a consulté votre profil et souhaite vous "
            "proposer un appel visio pour la mission « Revue de dossiers KYC – 40 jours ».\n\n"
            "Créneau proposé par le client : mardi 17 mars 2026, 15h00 – 15h30.\n"
            "Acceptez ou proposez un autre créneau depuis votre messagerie Freelanzo :\n"
            "https://www.freelanzo.example.com/messages/hexagone-paiements\n\n"
            "L'équipe Freelanzo\n"
            "Vous recevez cet e-mail car vous avez un profil freelance actif sur Freelanzo."
        ),
        "html": True, "brand": "Freelanzo", "colour": "#ff5a3c",
    },
    {
        "id": "mbi_inv", "kind": "interview_invitation", "lang": "fr",
        "company": "Mutuelle Bancaire d'Ille", "contact": "tiphaine.rault@mbi-rennes.example.fr",
        "date": "2026-03-31T14:16:00+02:00",
        "frm": ("Tiphaine Rault via Recruitee", "mbi@recruitee.com"),
        "reply_to": ("Tiphaine Rault", "tiphaine.rault@mbi-rennes.example.fr"),
        "subject": "Entretien – Assistant(e) conformité financière",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Nous avons étudié votre candidature avec attention et souhaiterions vous "
            "rencontrer.\n\n"
            "Je vous propose un entretien le mercredi 8 avril à 10h30 à notre siège, 2 place "
            "de la Gare à Rennes, avec moi-même et Benoît Lemaire, responsable conformité.\n\n"
            "Vous pouvez répondre directement à ce message pour confirmer.\n\n"
            "Tiphaine Rault\nChargée de recrutement\nMutuelle Bancaire d'Ille"
        ),
    },
    {
        "id": "lka_inv_test", "kind": "interview_invitation", "lang": "fr",
        "company": "Lebrun Kessler Audit", "contact": "",
        "date": "2026-04-13T09:00:00+02:00",
        "frm": ("Lebrun Kessler Audit", "no-reply@smartrecruiters.com"),
        "subject": "Étape suivante : test en ligne et entretien – Auditeur junior LCB-FT",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Votre candidature passe à l'étape suivante !\n\n"
            "1. Test en ligne (45 minutes, cas pratiques LCB-FT) à réaliser avant le 19 "
            "avril : https://lebrun-kessler.example.fr/assessment/8841\n"
            "2. Entretien vidéo avec un manager du département Risk & Compliance : "
            "réservez votre créneau ici : https://lebrun-kessler.example.fr/booking/8841\n\n"
            "Bonne chance !\nL'équipe Recrutement Lebrun Kessler Audit"
        ),
        "html": True, "brand": "Lebrun Kessler Audit", "colour": "#6b1d2a",
        "footer": "Powered by SmartRecruiters",
    },
    {
        "id": "asbf_inv", "kind": "interview_invitation", "lang": "fr",
        "company": "Autorité de Surveillance Bancaire et Financière",
        "contact": "nathalie.dewitte@asbf.example.be",
        "date": "2026-04-24T15:35:00+02:00",
        "frm": ("Nathalie Dewitte", "nathalie.dewitte@asbf.example.be"),
        "subject": "Convocation à l'épreuve écrite - réf. ASBF-2026-07",
        "text": (
            "Madame,\n\n"
            "Suite à l'examen de votre dossier, nous avons le plaisir de vous convoquer à "
            "l'épreuve écrite de sélection pour la fonction d'analyste en intégrité "
            "financière.\n\n"
            "Date : jeudi 21 mai 2026\nHeure : 9h30 (accueil dès 9h00)\n"
            "Lieu : Boulevard de Berlaimont 22, 1000 Bruxelles, salle 3.12\n"
            "Durée : 3 heures\n\n"
            "Munissez-vous de cette convocation et d'une pièce d'identité. Aucun document "
            "n'est autorisé.\n\n"
            "Veuillez agréer, Madame, nos salutations distinguées.\n\n"
            "Nathalie Dewitte\nService Sélection et Mobilité (ASBF)"
        ),
        "pdfs": [("Convocation_ASBF-2026-07.pdf",
               ["ASBF - Service Sélection et Mobilité", "Convocation à l'épreuve écrite",
                "Candidate : Maëlle Quéméneur", "Date : 21 mai 2026, 9h30",
                "Boulevard de Berlaimont 22, 1000 Bruxelles"])],
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "ponant_inv_immersion", "kind": "interview_invitation", "lang": "fr",
        "company": "Assurances du Ponant", "contact": "loic.kerbrat@assurances-ponant.example.fr",
        "date": "2026-02-05T17:10:00+01:00",
        "frm": ("Loïc Kerbrat", "loic.kerbrat@assurances-ponant.example.fr"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Journée d'immersion au service Conformité",
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "Pour la suite de votre candidature au poste de gestionnaire conformité, nous "
            "proposons à nos finalistes une demi-journée d'immersion dans l'équipe : vous "
            "suivrez une gestionnaire sur le traitement des alertes puis nous ferons un point "
            "ensemble.\n\n"
            "Rendez-vous le jeudi 12 février à 8h45 à l'accueil, 3 rue de Siam à Brest.\n\n"
            "Cordialement,\nLoïc Kerbrat\nResponsable Contrôle interne et Conformité\n"
            "Assurances du Ponant"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "fla_inv", "kind": "interview_invitation", "lang": "fr",
        "company": "Fiduciaire Lux-Atlantique", "contact": "sophie.reuter@lux-atlantique.example.lu",
        "date": "2026-05-04T10:40:00+02:00",
        "frm": ("Sophie Reuter", "sophie.reuter@lux-atlantique.example.lu"),
        "subject": "Entretien téléphonique – Chargé(e) KYC Investisseurs",
        "quote": "fla_ack",
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "Je vous remercie pour votre candidature. Je vous propose un premier entretien "
            "téléphonique le lundi 11 mai à 11h00 (heure de Luxembourg), d'une durée de 30 "
            "minutes. Je vous appellerai au 06 41 27 83 59.\n\n"
            "Bien à vous,\nSophie Reuter\nHR Business Partner – Fiduciaire Lux-Atlantique"
        ),
    },
    {
        "id": "bci_inv1", "kind": "interview_invitation", "lang": "fr",
        "company": "Banque Coopérative de l'Iroise", "contact": "soizic.legall@bci-iroise.example.fr",
        "date": "2026-06-22T09:15:00+02:00",
        "frm": ("Soizic Le Gall", "soizic.legall@bci-iroise.example.fr"),
        "subject": "Entretien – Analyste LCB-FT (réf. BCI-2026-114)",
        "subj_enc": ("q", "windows-1252"),
        "quote": "bci_ack",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Merci pour votre candidature au poste d'Analyste LCB-FT au sein de notre "
            "Direction de la Conformité, à Brest.\n\n"
            "Je serais ravie d'en discuter avec vous lors d'un premier entretien le mardi "
            "30 juin à 14h00, au siège (1 rue Amiral Linois, Brest). Une invitation suit dans "
            "ce message ; n'hésitez pas à me dire si l'horaire ne vous convient pas.\n\n"
            "Très bonne journée,\n\nSoizic Le Gall\nChargée de recrutement\n"
            "Banque Coopérative de l'Iroise\n02 98 33 47 10"
        ),
        "html": True,
        "ics": {"uid": "bci-114-entretien1@bci-iroise.example.fr", "seq": 0,
                 "start": "20260630T140000", "end": "20260630T150000",
                 "summary": "Entretien Analyste LCB-FT - Mme Quéméneur",
                 "location": "BCI, 1 rue Amiral Linois, Brest"},
    },
    {
        "id": "bci_inv2", "kind": "interview_invitation", "lang": "fr",
        "company": "Banque Coopérative de l'Iroise", "contact": "yannick.prigent@bci-iroise.example.fr",
        "date": "2026-07-10T16:50:00+02:00",
        "frm": ("Yannick Prigent", "yannick.prigent@bci-iroise.example.fr"),
        "cc": [("Soizic Le Gall", "soizic.legall@bci-iroise.example.fr")],
        "subject": "Second entretien et cas pratique",
        "quote": "bci_own_thanks",
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "Soizic m'a transmis votre message, merci. Nous souhaitons poursuivre avec vous.\n\n"
            "Je vous propose un second entretien le mardi 21 juillet à 9h30, avec un cas "
            "pratique d'une heure (analyse d'un dossier client et rédaction d'une note "
            "d'escalade), suivi d'un échange avec moi-même et notre directrice des risques.\n\n"
            "Merci de confirmer par retour de mail.\n\n"
            "Yannick Prigent\nResponsable Sécurité financière / LCB-FT\n"
            "Banque Coopérative de l'Iroise\n1 rue Amiral Linois – 29200 Brest\n"
            "Tél. : 02 98 33 47 52\n\n" + DISCLAIMER_FR
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "vauban_inv_call", "kind": "interview_invitation", "lang": "fr",
        "company": "Vauban Audit", "contact": "mathieu.lesage@vauban-audit.example.fr",
        "date": "2026-07-28T12:02:00+02:00",
        "frm": ("Mathieu Lesage", "mathieu.lesage@vauban-audit.example.fr"),
        "subject": "Appel de préqualification",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Je suis associé chez Vauban Audit et j'ai lu votre candidature au poste de "
            "consultante junior conformité. Seriez-vous disponible pour un appel de 20 minutes "
            "le mardi 4 août à 17h ? Je vous appellerai sur votre portable.\n\n"
            "Bien à vous,\nMathieu Lesage\nAssocié – Vauban Audit\n06 09 77 41 28"
        ),
        "html": True, "html_cte": "base64",
    },
    # --- English -------------------------------------------------------------------------
    {
        "id": "paylumen_inv", "kind": "interview_invitation", "lang": "en",
        "company": "Paylumen", "contact": "chloe.martin@paylumen.example.com",
        "date": "2026-02-03T15:25:00+01:00",
        "frm": ("Chloé Martin via Greenhouse", "no-reply@greenhouse-mail.io"),
        "name_enc": ("b", "utf-8"),
        "reply_to": ("Chloé Martin", "chloe.martin@paylumen.example.com"),
        "subject": "Paylumen - Let's schedule your interview for AML Analyst",
        "text": (
            "Hi Maëlle,\n\n"
            "Thanks for applying to Paylumen! We'd like to invite you to a 45-minute video "
            "interview with me and Thomas from our Financial Crime team.\n\n"
            "Please pick a time that works for you using the link below:\n"
            "https://app.greenhouse.io/scheduling/paylumen/aml-analyst/3391\n\n"
            "Looking forward to speaking with you,\nChloé Martin\nTalent Partner, Paylumen"
        ),
        "html": True, "brand": "paylumen", "colour": "#4b2bd1",
    },
    {
        "id": "kfa_inv1", "kind": "interview_invitation", "lang": "en",
        "company": "Kirchberg Fund Administration", "contact": "oliver.brandt@kirchberg-fa.example.lu",
        "date": "2026-03-02T10:05:00+01:00",
        "frm": ("Oliver Brandt", "oliver.brandt@kirchberg-fa.example.lu"),
        "subject": "Kirchberg Fund Administration - phone screen",
        "text": (
            "Dear Maëlle,\n\n"
            "Thank you for your application for the position of KYC/AML Analyst - Investor "
            "Services. I would like to arrange a short phone screen to discuss your background "
            "and motivation.\n\n"
            "Would Tuesday 10 March at 10:00 CET work for you? I will call you on the number in "
            "your CV. The call should take around 30 minutes.\n\n"
            "Kind regards,\nOliver Brandt\nTalent Acquisition Partner\n"
            "Kirchberg Fund Administration S.A.\n2, avenue John F. Kennedy, L-1855 Luxembourg\n"
            "+352 27 40 15 62\n\n" + DISCLAIMER_EN
        ),
    },
    {
        "id": "kfa_inv2", "kind": "interview_invitation", "lang": "en",
        "company": "Kirchberg Fund Administration", "contact": "oliver.brandt@kirchberg-fa.example.lu",
        "date": "2026-03-18T13:40:00+01:00",
        "frm": ("Oliver Brandt", "oliver.brandt@kirchberg-fa.example.lu"),
        "subject": "Invitation: Interview KYC/AML Analyst @ Wed 1 Apr 2026 14:00 - 15:00 (CEST)",
        "text": (
            "Dear Maëlle,\n\n"
            "Following our call, I'm pleased to invite you to a Teams interview with Anne "
            "Schmit (Head of Investor KYC) and myself on Wednesday 1 April at 14:00 "
            "Luxembourg time.\n\n"
            "Join Microsoft Teams meeting: https://teams.example.lu/l/meetup-join/kfa-4471\n"
            "Meeting ID: 381 552 904 117\n\n"
            "Best regards,\nOliver"
        ),
        "ics": {"uid": "040000008200E00074C5B7101A82E0080000000056A1@kirchberg-fa.example.lu",
                 "seq": 0, "start": "20260401T140000", "end": "20260401T150000",
                 "summary": "Interview KYC/AML Analyst", "location": "Microsoft Teams Meeting",
                 "tz": "Europe/Luxembourg"},
    },
    {
        "id": "ledgerwise_inv", "kind": "interview_invitation", "lang": "en",
        "company": "Ledgerwise", "contact": "",
        "date": "2026-05-12T11:00:00+02:00",
        "frm": ("Sven from Ledgerwise", "no-reply@ashbyhq.com"),
        "subject": "Interview confirmed: Compliance Operations Associate with Ledgerwise",
        "text": (
            "Hi Maëlle,\n\n"
            "Your interview with Ledgerwise is confirmed.\n\n"
            "When: Tuesday 19 May 2026, 10:30 - 11:15 (Europe/Brussels)\n"
            "Where: Google Meet - https://meet.example.com/lw-ops-219\n"
            "With: Sven De Smet, Compliance Operations Lead\n\n"
            "A calendar invitation is attached. Need to reschedule? Use the link in the "
            "invitation.\n\nLedgerwise, sent via Ashby"
        ),
        "ics": {"uid": "ashby-ledgerwise-7f1c2a@ashbyhq.com", "seq": 0,
                 "start": "20260519T103000", "end": "20260519T111500",
                 "summary": "Ledgerwise interview - Compliance Operations Associate",
                 "location": "Google Meet", "tz": "Europe/Brussels",
                 "organizer": ("Sven De Smet", "sven.desmet@ledgerwise.example.be")},
        "ics_mode": "attach",
    },
    {
        "id": "brabant_inv", "kind": "interview_invitation", "lang": "en",
        "company": "Brabant Clearing House", "contact": "pieter.vandamme@brabant-clearing.example.be",
        "date": "2026-06-10T09:31:00+02:00",
        "frm": ("Vandamme, Pieter", "pieter.vandamme@brabant-clearing.example.be"),
        "subject": "Panel interview - KYC Analyst",
        "text": (
            "Dear Ms Quéméneur,\n\n"
            "We would like to invite you to a panel interview for the KYC Analyst role on "
            "Wednesday 24 June at 11:00 at our offices, Avenue Louise 149, Brussels. The panel "
            "will consist of myself, a senior analyst and a representative from HR.\n\n"
            "Please report to the reception on the ground floor 10 minutes early.\n\n"
            "Best regards,\nPieter Vandamme\nHead of KYC Operations\nBrabant Clearing House"
        ),
        "charset": "windows-1252", "cte": "8bit",
    },
    # --- German --------------------------------------------------------------------------
    {
        "id": "tgb_inv", "kind": "interview_invitation", "lang": "de",
        "company": "Taunus Genossenschaftsbank", "contact": "jens.albrecht@taunus-geno.example.de",
        "date": "2026-03-24T08:55:00+01:00",
        "frm": ("Jens Albrecht", "jens.albrecht@taunus-geno.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch: Spezialist Geldwäscheprävention",
        "subj_enc": ("q", "iso-8859-1"),
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne persönlich kennenlernen und "
            "laden Sie herzlich zu einem Vorstellungsgespräch ein:\n\n"
            "Donnerstag, 2. April 2026, 10:00 Uhr\n"
            "Bockenheimer Landstraße 51, 60325 Frankfurt am Main, 4. OG\n\n"
            "Gesprächspartner sind Frau Weber (Leiterin Geldwäscheprävention) und ich. Gerne "
            "können Sie auch per Videokonferenz teilnehmen, falls die Anreise aus Brest zu "
            "aufwendig ist.\n\n"
            "Bitte bestätigen Sie uns den Termin kurz.\n\n"
            "Mit freundlichen Grüßen\nJens Albrecht\nPersonalreferent\nTaunus Genossenschaftsbank eG"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "bfi_inv", "kind": "interview_invitation", "lang": "de",
        "company": "Bundesstelle für Finanzintegrität", "contact": "katrin.hoffmann@bfi.example.de",
        "date": "2026-06-15T10:20:00+02:00",
        "frm": ("Dr. Katrin Hoffmann", "katrin.hoffmann@bfi.example.de"),
        "subject": "Einladung zum Auswahlgespräch – Kennziffer BFI-26-031",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "wir freuen uns, Ihnen mitteilen zu können, dass Sie zu einem strukturierten "
            "Auswahlgespräch eingeladen werden.\n\n"
            "Termin: Donnerstag, 2. Juli 2026, 13:30 Uhr\n"
            "Ort: Miquelallee 8, 60322 Frankfurt am Main, Raum E.14\n\n"
            "Das Gespräch dauert etwa 60 Minuten und beginnt mit einer kurzen Präsentation "
            "(10 Minuten) zum Thema „Risikobasierter Ansatz in der Geldwäscheaufsicht“. "
            "Reisekosten werden nach dem Bundesreisekostengesetz erstattet.\n\n"
            "Mit freundlichen Grüßen\nIm Auftrag\nDr. Katrin Hoffmann"
        ),
        "ics": {"uid": "bfi-26-031-quemeneur@bfi.example.de", "seq": 0,
                 "start": "20260702T133000", "end": "20260702T143000",
                 "summary": "Auswahlgespräch BFI-26-031", "location": "Miquelallee 8, Raum E.14",
                 "tz": "Europe/Berlin"},
        "ics_mode": "attach",
    },
    {
        "id": "hv_inv", "kind": "interview_invitation", "lang": "de",
        "company": "Hartmann & Voss", "contact": "",
        "date": "2026-05-20T14:14:00+02:00",
        "frm": ("Hartmann & Voss Wirtschaftsprüfung", "noreply@softgarden.io"),
        "subject": "Terminvorschlag für Ihr Videointerview",
        "text": (
            "Liebe Frau Quéméneur,\n\n"
            "wir möchten Sie gerne besser kennenlernen! Bitte wählen Sie über den folgenden "
            "Link einen passenden Termin für ein 30-minütiges Videointerview mit unserem Team "
            "Financial Services Compliance:\n\n"
            "https://hartmann-voss.softgarden.io/interview/select?token=7d21\n\n"
            "Verfügbare Termine: 26. bis 29. Mai 2026.\n\n"
            "Viele Grüße\nIhr Recruiting-Team von Hartmann & Voss"
        ),
        "html": True, "brand": "Hartmann & Voss", "colour": "#2d2d2d",
    },
    {
        "id": "mainhattan_inv", "kind": "interview_invitation", "lang": "de",
        "company": "Mainufer Privatbank", "contact": "tobias.rehm@mainhattan-pb.example.de",
        "date": "2026-08-12T16:05:00+02:00",
        "frm": ("Tobias Rehm", "tobias.rehm@mainhattan-pb.example.de"),
        "subject": "Gesprächstermin bei der Mainufer Privatbank",
        "quote": "mainhattan_cold",
        "text": (
            "Hallo Frau Quéméneur,\n\n"
            "gute Nachrichten: Die Mainufer Privatbank möchte Sie für die Position "
            "KYC-Analystin (französischsprachige Kunden) kennenlernen. Vorgeschlagen ist ein "
            "Videogespräch am Donnerstag, 20. August, um 15:00 Uhr mit Herrn Lindqvist, "
            "Leiter Compliance.\n\n"
            "Passt Ihnen das? Dann schicke ich die Einwahldaten.\n\n"
            "Beste Grüße\nTobias Rehm"
        ),
    },
    # --- Spanish -------------------------------------------------------------------------
    {
        "id": "cob_inv", "kind": "interview_invitation", "lang": "es",
        "company": "Cobrafácil", "contact": "lucia.ferrer@cobrafacil.example.es",
        "date": "2026-04-15T12:30:00+02:00",
        "frm": ("Lucía Ferrer", "lucia.ferrer@cobrafacil.example.es"),
        "subject": "Entrevista - Analista PBC/FT en Cobrafácil",
        "subj_enc": ("b", "utf-8"),
        "text": (
            "¡Hola Maëlle!\n\n"
            "Gracias por aplicar a Cobrafácil. Nos ha gustado tu perfil y queremos conocerte.\n\n"
            "Te propongo una videollamada el martes 21 de abril a las 16:00 (hora de Madrid) "
            "por Google Meet: https://meet.example.com/cbf-pbc-021\n\n"
            "Estaremos Javier (Head of Compliance) y yo. Durará unos 40 minutos.\n\n"
            "¡Un saludo!\nLucía Ferrer\nTalent Acquisition · Cobrafácil"
        ),
    },
    {
        "id": "cst_inv", "kind": "interview_invitation", "lang": "es",
        "company": "Caja Solidaria del Tajo", "contact": "marta.ibanez@cajatajo.example.es",
        "date": "2026-06-01T09:05:00+02:00",
        "frm": ("Marta Ibáñez", "marta.ibanez@cajatajo.example.es"),
        "name_enc": ("q", "windows-1252"),
        "subject": "Convocatoria de entrevista – Técnico/a de Prevención de Blanqueo",
        "text": (
            "Estimada Sra. Quéméneur:\n\n"
            "En relación con su candidatura, nos complace convocarle a una entrevista con el "
            "Área de Cumplimiento Normativo el lunes 8 de junio a las 10:00 en nuestra sede "
            "(Calle de Alcalá 87, Madrid). Si lo prefiere, puede realizarse por "
            "videoconferencia.\n\n"
            "Adjuntamos la convocatoria para su calendario.\n\n"
            "Atentamente,\nMarta Ibáñez\nResponsable de Selección\nCaja Solidaria del Tajo"
        ),
        "html": True, "charset": "windows-1252", "cte": "quoted-printable",
        "ics": {"uid": "cst-entrevista-0608@cajatajo.example.es", "seq": 0,
                 "start": "20260608T100000", "end": "20260608T110000",
                 "summary": "Entrevista Técnico/a PBC", "location": "Calle de Alcalá 87, Madrid",
                 "tz": "Europe/Madrid"},
    },
    {
        "id": "almudena_inv", "kind": "interview_invitation", "lang": "es",
        "company": "Seguros Almudena", "contact": "rocio.navarro@segurosalmudena.example.es",
        "date": "2026-07-06T13:10:00+02:00",
        "frm": ("Rocío Navarro", "rocio.navarro@segurosalmudena.example.es"),
        "subject": "Entrevista - Técnico de Cumplimiento Normativo",
        "quote": "almudena_ack",
        "text": (
            "Hola Maëlle,\n\n"
            "Hemos revisado tu candidatura y nos gustaría hacerte una primera entrevista por "
            "Teams el jueves 16 de julio a las 12:00. Te envío la invitación en este correo.\n\n"
            "Un saludo,\nRocío Navarro\nTalento y Selección · Seguros Almudena"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "ics": {"uid": "almudena-tcn-0716@segurosalmudena.example.es", "seq": 0,
                 "start": "20260716T120000", "end": "20260716T124500",
                 "summary": "Entrevista Cumplimiento Normativo", "location": "Microsoft Teams",
                 "tz": "Europe/Madrid"},
    },
    {
        "id": "talento_inv", "kind": "interview_invitation", "lang": "es",
        "company": "Banco Cooperativo Meseta", "contact": "alvaro.gil@talentonorte.example.es",
        "date": "2026-09-02T17:45:00+02:00",
        "frm": ("Álvaro Gil", "alvaro.gil@talentonorte.example.es"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Re: Candidatura – Analista PBC/FT",
        "quote": "talento_own_app",
        "text": (
            "Hola Maëlle:\n\n"
            "Gracias por tu CV. Te cuento: el puesto es para el Banco Cooperativo Meseta, en "
            "su sede de Madrid. Quieren entrevistarte el jueves 10 de septiembre a las 9:30, "
            "presencial en Calle de Serrano 60. Te atenderá Carmen Ortiz, directora de "
            "Cumplimiento.\n\n"
            "¿Te encaja? Confírmame y les paso tu confirmación.\n\nÁlvaro"
        ),
    },
]
