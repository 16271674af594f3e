"""Corpus 324: interviews moved or cancelled (15) and missed-interview notices (10)."""

from __future__ import annotations

from msgs324_common import DISCLAIMER_DE, DISCLAIMER_FR

MESSAGES = [
    # --- reschedule / cancel, French -----------------------------------------------------
    {
        "id": "oceane_resch", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Crédit Finistérien", "contact": "morgane.le-roux@interim-oceane.example.fr",
        "date": "2026-01-09T08:31:00+01:00",
        "frm": ("Morgane Le Roux", "morgane.le-roux@interim-oceane.example.fr"),
        "subject": "RE: Mission conformité Crédit Finistérien – rendez-vous à l'agence",
        "quote": "oceane_inv", "charset": "windows-1252", "cte": "quoted-printable",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Petit changement : Mme Caroff ne peut pas se libérer lundi. Le rendez-vous est "
            "décalé au mardi 13 janvier à 9h30, toujours à l'agence. La mission reste "
            "d'actualité, rassurez-vous.\n\n"
            "Dites-moi si ce nouveau créneau vous va.\n\nMorgane"
        ),
    },
    {
        "id": "cso_cancel", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Caisse Solidaire de l'Ouest", "contact": "helene.bodin@caisse-solidaire-ouest.example.fr",
        "date": "2026-02-10T17:20:00+01:00",
        "frm": ("Hélène Bodin", "helene.bodin@caisse-solidaire-ouest.example.fr"),
        "subject": "Annulation – Journée d'évaluation du 17 février",
        "quote": "cso_inv",
        "text": (
            "Bonjour Maëlle,\n\n"
            "En raison d'un mouvement social annoncé sur le réseau de transport nantais le 17 "
            "février, nous sommes contraints d'annuler la journée d'évaluation prévue ce "
            "jour-là.\n\n"
            "Votre candidature reste bien entendu en cours : je reviens vers vous d'ici la fin "
            "de la semaine prochaine avec une nouvelle date.\n\n"
            "Toutes nos excuses pour ce contretemps.\n\n"
            "Hélène Bodin\nChargée de recrutement – Caisse Solidaire de l'Ouest\n\n"
            + DISCLAIMER_FR
        ),
        "html": True,
        "ics": {"method": "CANCEL", "uid": "cso-ac-20260217@caisse-solidaire-ouest.example.fr",
                 "seq": 1, "start": "20260217T090000", "end": "20260217T163000",
                 "summary": "ANNULÉ : Journée d'évaluation Analyste LCB-FT",
                 "location": "12 quai de la Fosse, Nantes"},
    },
    {
        "id": "mbi_resch", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Mutuelle Bancaire d'Ille", "contact": "tiphaine.rault@mbi-rennes.example.fr",
        "date": "2026-04-02T10:07:00+02:00",
        "frm": ("Tiphaine Rault", "tiphaine.rault@mbi-rennes.example.fr"),
        "subject": "Re: Demande de report – entretien du 8 avril",
        "quote": "mbi_own_resch_request",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Aucun souci. Nous décalons l'entretien au mercredi 15 avril, même heure (10h30), "
            "même lieu. Benoît Lemaire sera bien présent.\n\n"
            "À bientôt,\nTiphaine"
        ),
    },
    {
        "id": "lka_resch", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Lebrun Kessler Audit", "contact": "camille.fabre@lebrun-kessler.example.fr",
        "date": "2026-04-20T18:40:00+02:00",
        "frm": ("Camille Fabre", "camille.fabre@lebrun-kessler.example.fr"),
        "subject": "Report de votre entretien vidéo du 24 avril",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Je suis la manager avec qui vous aviez réservé un entretien vidéo le vendredi 24 "
            "avril à 11h. Une mission chez un client m'oblige à reporter notre échange.\n\n"
            "Pourriez-vous reprendre un créneau la semaine du 27 avril via le lien de "
            "réservation ? Toutes mes excuses.\n\n"
            "Camille Fabre\nManager Risk & Compliance\nLebrun Kessler Audit\n"
            "92 avenue de Wagram, 75017 Paris"
        ),
        "charset": "windows-1252", "cte": "base64",
    },
    {
        "id": "asbf_postpone", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Autorité de Surveillance Bancaire et Financière",
        "contact": "nathalie.dewitte@asbf.example.be",
        "date": "2026-05-12T11:22:00+02:00",
        "frm": ("Nathalie Dewitte", "nathalie.dewitte@asbf.example.be"),
        "subject": "Report de l'épreuve écrite – réf. ASBF-2026-07",
        "quote": "asbf_inv", "quote_style": "outlook", "charset": "iso-8859-1", "cte": "8bit",
        "text": (
            "Madame,\n\n"
            "Pour des raisons d'organisation, l'épreuve écrite initialement fixée au jeudi 21 "
            "mai 2026 est reportée au jeudi 28 mai 2026, à la même heure et au même endroit.\n\n"
            "La présente vaut nouvelle convocation.\n\n"
            "Nathalie Dewitte\nService Sélection et Mobilité (ASBF)"
        ),
    },
    {
        "id": "bci_resch", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Banque Coopérative de l'Iroise", "contact": "soizic.legall@bci-iroise.example.fr",
        "date": "2026-06-25T13:05:00+02:00",
        "frm": ("Soizic Le Gall", "soizic.legall@bci-iroise.example.fr"),
        "subject": "Mise à jour : Entretien Analyste LCB-FT déplacé au jeudi 2 juillet",
        "subj_enc": ("b", "utf-8"),
        "quote": "bci_inv1",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Yannick Prigent, responsable LCB-FT, souhaite participer à notre premier échange "
            "mais il est en comité le 30 juin. Je me permets donc de déplacer l'entretien au "
            "jeudi 2 juillet à 10h00, même lieu. L'invitation est mise à jour.\n\n"
            "Merci de votre compréhension,\nSoizic"
        ),
        "html": True,
        "ics": {"uid": "bci-114-entretien1@bci-iroise.example.fr", "seq": 1,
                 "start": "20260702T100000", "end": "20260702T110000",
                 "summary": "Entretien Analyste LCB-FT - Mme Quéméneur",
                 "location": "BCI, 1 rue Amiral Linois, Brest"},
    },
    {
        "id": "vauban_cancel", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Vauban Audit", "contact": "mathieu.lesage@vauban-audit.example.fr",
        "date": "2026-08-03T19:12:00+02:00",
        "frm": ("Mathieu Lesage", "mathieu.lesage@vauban-audit.example.fr"),
        "subject": "Re: Appel de préqualification",
        "quote": "vauban_inv_call",
        "text": (
            "Bonsoir Maëlle,\n\n"
            "Je dois malheureusement annuler notre appel de demain 17h : clôture imprévue "
            "chez un client. Je vous recontacte dès mon retour pour fixer un autre moment.\n\n"
            "Mathieu\n\nEnvoyé de mon iPhone"
        ),
    },
    # --- reschedule / cancel, English ----------------------------------------------------
    {
        "id": "paylumen_resch", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Paylumen", "contact": "chloe.martin@paylumen.example.com",
        "date": "2026-02-09T09:12:00+01:00",
        "frm": ("Chloé Martin", "chloe.martin@paylumen.example.com"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Need to move our interview",
        "text": (
            "Hi Maëlle,\n\n"
            "So sorry for the short notice - Thomas is off sick today, so we need to move "
            "this afternoon's interview. Could you do Thursday 12 Feb at 11:00 or 15:00 "
            "instead? Same Meet link.\n\n"
            "Thanks for your flexibility!\nChloé"
        ),
    },
    {
        "id": "kfa_resch", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Kirchberg Fund Administration", "contact": "oliver.brandt@kirchberg-fa.example.lu",
        "date": "2026-03-30T08:45:00+02:00",
        "frm": ("Oliver Brandt", "oliver.brandt@kirchberg-fa.example.lu"),
        "subject": "Updated invitation: Interview KYC/AML Analyst @ Fri 3 Apr 2026 10:00 - 11:00 (CEST)",
        "quote": "kfa_inv2",
        "text": (
            "Dear Maëlle,\n\n"
            "Anne has been called into a board meeting on Wednesday afternoon, so I have moved "
            "our interview to Friday 3 April at 10:00. The Teams link stays the same.\n\n"
            "Apologies for the change.\nOliver"
        ),
        "ics": {"uid": "040000008200E00074C5B7101A82E0080000000056A1@kirchberg-fa.example.lu",
                 "seq": 1, "start": "20260403T100000", "end": "20260403T110000",
                 "summary": "Interview KYC/AML Analyst", "location": "Microsoft Teams Meeting",
                 "tz": "Europe/Luxembourg"},
    },
    {
        "id": "ledgerwise_resch", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Ledgerwise", "contact": "sven.desmet@ledgerwise.example.be",
        "date": "2026-05-18T20:02:00+02:00",
        "frm": ("Sven De Smet", "sven.desmet@ledgerwise.example.be"),
        "subject": "Cancelled: Ledgerwise interview - Compliance Operations Associate",
        "text": (
            "Hi Maëlle,\n\n"
            "I'm afraid I have to cancel tomorrow's interview - we have a regulator visit "
            "that came up at the last minute. Our recruiting coordinator will get back to you "
            "about next steps.\n\n"
            "Sorry about this,\nSven"
        ),
        "ics": {"method": "CANCEL", "uid": "ashby-ledgerwise-7f1c2a@ashbyhq.com", "seq": 1,
                 "start": "20260519T103000", "end": "20260519T111500",
                 "summary": "Ledgerwise interview - Compliance Operations Associate",
                 "location": "Google Meet", "tz": "Europe/Brussels"},
    },
    # --- reschedule / cancel, German -----------------------------------------------------
    {
        "id": "tgb_resch", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Taunus Genossenschaftsbank", "contact": "jens.albrecht@taunus-geno.example.de",
        "date": "2026-03-27T15:50:00+01:00",
        "frm": ("Jens Albrecht", "jens.albrecht@taunus-geno.example.de"),
        "subject": "Neuer Termin für unser Gespräch",
        "quote": "tgb_inv", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "leider müssen wir den Termin am 2. April verschieben, da Frau Weber kurzfristig "
            "an einer Prüfung teilnehmen muss. Wäre Ihnen Donnerstag, der 9. April, um 10:00 "
            "Uhr (per Video) recht?\n\n"
            "Mit freundlichen Grüßen\nJens Albrecht"
        ),
    },
    {
        "id": "nordlicht_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Nordlicht Versicherung", "contact": "sabine.kruse@nordlicht-versicherung.example.de",
        "date": "2026-04-24T12:00:00+02:00",
        "frm": ("Kruse, Sabine", "sabine.kruse@nordlicht-versicherung.example.de"),
        "subject": "Abgesagt: Kennenlerngespräch AML-Analyst (w/m/d)",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "unser Termin am 30. April muss leider entfallen. Wir melden uns in den nächsten "
            "Tagen bei Ihnen, wie es weitergeht.\n\n"
            "Freundliche Grüße\nSabine Kruse\nHR Recruiting\nNordlicht Versicherung AG\n"
            "Mainzer Landstraße 200, 60327 Frankfurt am Main\n\n" + DISCLAIMER_DE
        ),
        "ics": {"method": "CANCEL", "uid": "nordlicht-aml-0430@nordlicht-versicherung.example.de",
                 "seq": 2, "start": "20260430T140000", "end": "20260430T150000",
                 "summary": "Kennenlerngespräch AML-Analyst", "location": "Raum 5.07",
                 "tz": "Europe/Berlin"},
    },
    {
        "id": "bfi_resch", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Bundesstelle für Finanzintegrität", "contact": "katrin.hoffmann@bfi.example.de",
        "date": "2026-06-23T09:30:00+02:00",
        "frm": ("Dr. Katrin Hoffmann", "katrin.hoffmann@bfi.example.de"),
        "subject": "Verlegung Ihres Auswahlgesprächs – Kennziffer BFI-26-031",
        "quote": "bfi_inv",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "aus organisatorischen Gründen muss das Auswahlgespräch auf Freitag, den 10. Juli "
            "2026, 10:00 Uhr verlegt werden. Ort und Ablauf bleiben unverändert. Eine "
            "aktualisierte Kalendereinladung liegt bei.\n\n"
            "Wir bitten um Ihr Verständnis.\n\nIm Auftrag\nDr. Katrin Hoffmann"
        ),
        "ics": {"uid": "bfi-26-031-quemeneur@bfi.example.de", "seq": 1,
                 "start": "20260710T100000", "end": "20260710T110000",
                 "summary": "Auswahlgespräch BFI-26-031", "location": "Miquelallee 8, Raum E.14",
                 "tz": "Europe/Berlin"},
        "ics_mode": "attach",
    },
    # --- reschedule / cancel, Spanish ----------------------------------------------------
    {
        "id": "cst_resch", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Caja Solidaria del Tajo", "contact": "marta.ibanez@cajatajo.example.es",
        "date": "2026-06-04T16:25:00+02:00",
        "frm": ("Marta Ibáñez", "marta.ibanez@cajatajo.example.es"),
        "subject": "Cambio de hora: entrevista del 8 de junio",
        "text": (
            "Estimada Sra. Quéméneur:\n\n"
            "Le escribo para cambiar la hora de su entrevista del lunes 8 de junio: en lugar "
            "de las 10:00 será a las 12:30, en el mismo lugar. Le reenvío la invitación "
            "actualizada.\n\n"
            "Disculpe las molestias.\nMarta Ibáñez"
        ),
        "charset": "windows-1252", "cte": "8bit",
        "ics": {"uid": "cst-entrevista-0608@cajatajo.example.es", "seq": 1,
                 "start": "20260608T123000", "end": "20260608T133000",
                 "summary": "Entrevista Técnico/a PBC", "location": "Calle de Alcalá 87, Madrid",
                 "tz": "Europe/Madrid"},
    },
    {
        "id": "almudena_resch", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Seguros Almudena", "contact": "rocio.navarro@segurosalmudena.example.es",
        "date": "2026-07-13T10:55:00+02:00",
        "frm": ("Rocío Navarro", "rocio.navarro@segurosalmudena.example.es"),
        "subject": "Entrevista aplazada - Técnico de Cumplimiento",
        "subj_enc": ("q", "iso-8859-1"),
        "quote": "almudena_inv", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Hola Maëlle,\n\n"
            "Tenemos que aplazar la entrevista del jueves 16: la responsable de Cumplimiento "
            "estará de viaje. La pasamos al jueves 23 de julio a la misma hora.\n\n"
            "Gracias y perdona el cambio.\nRocío"
        ),
        "ics": {"uid": "almudena-tcn-0716@segurosalmudena.example.es", "seq": 1,
                 "start": "20260723T120000", "end": "20260723T124500",
                 "summary": "Entrevista Cumplimiento Normativo", "location": "Microsoft Teams",
                 "tz": "Europe/Madrid"},
    },
    # --- missed interview notices --------------------------------------------------------
    {
        "id": "ponant_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Assurances du Ponant", "contact": "loic.kerbrat@assurances-ponant.example.fr",
        "date": "2026-02-12T10:02:00+01:00",
        "frm": ("Loïc Kerbrat", "loic.kerbrat@assurances-ponant.example.fr"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Journée d'immersion de ce matin",
        "quote": "ponant_inv_immersion", "charset": "iso-8859-1", "cte": "8bit",
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "Nous vous avons attendue ce matin à 8h45 à l'accueil pour la demi-journée "
            "d'immersion, sans nouvelles de votre part. J'ai essayé de vous joindre à 9h15.\n\n"
            "Si un empêchement est survenu, je peux vous proposer le jeudi 19 février à la "
            "même heure.\n\nCordialement,\nLoïc Kerbrat"
        ),
    },
    {
        "id": "kerpay_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Kerpay", "contact": "antoine.guillou@kerpay.example.io",
        "date": "2026-04-01T16:18:00+02:00",
        "frm": ("Antoine Guillou", "antoine.guillou@kerpay.example.io"),
        "subject": "On vous attendait sur Meet à 15h30",
        "text": (
            "Salut Maëlle,\n\n"
            "On avait rendez-vous à 15h30 sur Google Meet pour le poste d'Analyste KYC/LCB-FT, "
            "je t'ai attendue un quart d'heure mais tu ne t'es pas connectée. Tout va bien ?\n\n"
            "Si tu veux qu'on refasse un point, réponds-moi avec deux ou trois dispos.\n\n"
            "Antoine\nHead of Compliance – Kerpay\n"
        ),
        "html": True, "html_cte": "quoted-printable", "cte": "quoted-printable",
    },
    {
        "id": "freelanzo_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Hexagone Paiements", "contact": "",
        "date": "2026-03-17T15:41:00+01:00",
        "frm": ("Freelanzo", "notifications@freelanzo.example.com"),
        "subject": "Hexagone Paiements n'a pas pu vous joindre",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Votre appel visio avec Hexagone Paiements était prévu aujourd'hui à 15h00. Le "
            "client nous indique vous avoir attendue dans la salle de visio sans que vous ne "
            "vous connectiez.\n\n"
            "Pour ne pas laisser passer la mission, proposez un nouveau créneau depuis votre "
            "messagerie : https://www.freelanzo.example.com/messages/hexagone-paiements\n\n"
            "L'équipe Freelanzo"
        ),
    },
    {
        "id": "fla_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Fiduciaire Lux-Atlantique", "contact": "sophie.reuter@lux-atlantique.example.lu",
        "date": "2026-05-11T11:32:00+02:00",
        "frm": ("Sophie Reuter", "sophie.reuter@lux-atlantique.example.lu"),
        "subject": "Entretien téléphonique de 11h00",
        "quote": "fla_inv",
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "J'ai tenté de vous joindre à 11h00 puis à 11h10 au numéro convenu, sans succès, "
            "et j'ai laissé un message vocal.\n\n"
            "Je peux vous rappeler le mercredi 13 mai à 9h30 si cela vous convient.\n\n"
            "Bien à vous,\nSophie Reuter"
        ),
    },
    {
        "id": "bml_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Banque Mutuelle de Loire", "contact": "armelle.jouan@bm-loire.example.fr",
        "date": "2026-07-07T14:47:00+02:00",
        "frm": ("Armelle Jouan", "armelle.jouan@bm-loire.example.fr"),
        "subject": "Notre rendez-vous téléphonique",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Nous avions convenu d'un entretien téléphonique aujourd'hui à 14h. Je vous ai "
            "appelée à deux reprises mais suis tombée sur votre messagerie.\n\n"
            "Je vous propose de nous reparler mardi prochain 14 juillet... pardon, jour férié : "
            "mardi 15 juillet à 14h. Dites-moi.\n\n"
            "Armelle Jouan\nRH – Banque Mutuelle de Loire\n5 rue de Strasbourg, 44000 Nantes"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "kfa_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Kirchberg Fund Administration", "contact": "oliver.brandt@kirchberg-fa.example.lu",
        "date": "2026-03-10T10:25:00+01:00",
        "frm": ("Oliver Brandt", "oliver.brandt@kirchberg-fa.example.lu"),
        "subject": "RE: Kirchberg Fund Administration - phone screen",
        "quote": "kfa_inv1", "quote_style": "outlook",
        "text": (
            "Dear Maëlle,\n\n"
            "I tried calling you at 10:00 as agreed and again at 10:15, but could not reach "
            "you. I hope everything is all right.\n\n"
            "Please let me know if you would still like to have the conversation.\n\n"
            "Kind regards,\nOliver"
        ),
    },
    {
        "id": "brabant_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Brabant Clearing House", "contact": "pieter.vandamme@brabant-clearing.example.be",
        "date": "2026-06-24T11:40:00+02:00",
        "frm": ("Vandamme, Pieter", "pieter.vandamme@brabant-clearing.example.be"),
        "subject": "RE: Panel interview - KYC Analyst",
        "quote": "brabant_inv", "quote_style": "outlook", "charset": "windows-1252", "cte": "8bit",
        "text": (
            "Dear Ms Quéméneur,\n\n"
            "The panel was ready at 11:00 but you did not arrive, and reception has no record "
            "of you signing in. We waited until 11:30.\n\n"
            "If there was a misunderstanding, we could offer Wednesday 1 July at 14:00.\n\n"
            "Regards,\nPieter Vandamme"
        ),
    },
    {
        "id": "hv_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Hartmann & Voss", "contact": "lena.baumann@hartmann-voss.example.de",
        "date": "2026-05-27T14:25:00+02:00",
        "frm": ("Lena Baumann", "lena.baumann@hartmann-voss.example.de"),
        "subject": "Ihr Videointerview heute um 14 Uhr",
        "text": (
            "Liebe Frau Quéméneur,\n\n"
            "wir haben Sie heute um 14:00 Uhr zu unserem Videointerview erwartet, Sie waren "
            "aber leider nicht im Meeting. Wir haben bis 14:20 Uhr gewartet.\n\n"
            "Vielleicht gab es technische Probleme? Melden Sie sich gerne kurz bei mir.\n\n"
            "Viele Grüße\nLena Baumann\nRecruiting\nHartmann & Voss Wirtschaftsprüfung"
        ),
        "html": True, "cte": "base64",
    },
    {
        "id": "cob_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "Cobrafácil", "contact": "lucia.ferrer@cobrafacil.example.es",
        "date": "2026-04-21T16:35:00+02:00",
        "frm": ("Lucía Ferrer", "lucia.ferrer@cobrafacil.example.es"),
        "subject": "RE: Entrevista - Analista PBC/FT en Cobrafácil",
        "subj_enc": ("b", "utf-8"),
        "quote": "cob_inv",
        "text": (
            "Hola Maëlle:\n\n"
            "Te hemos esperado en la videollamada de las 16:00 hasta las 16:20, pero no te "
            "has conectado. ¿Ha pasado algo?\n\nLucía"
        ),
    },
    {
        "id": "talento_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "Banco Cooperativo Meseta", "contact": "alvaro.gil@talentonorte.example.es",
        "date": "2026-09-10T10:20:00+02:00",
        "frm": ("Álvaro Gil", "alvaro.gil@talentonorte.example.es"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "No te presentaste a la entrevista",
        "text": (
            "Maëlle, me acaba de llamar Carmen Ortiz del Banco Cooperativo Meseta: te han "
            "estado esperando en recepción desde las 9:30 y no has aparecido. Te he llamado "
            "al móvil y no contestas.\n\n"
            "Llámame en cuanto puedas, a ver si podemos salvarlo.\n\nÁlvaro\n"
            "Talento Norte Consultores – 91 310 44 78"
        ),
    },
]
