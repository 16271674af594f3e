"""Corpus 324: every "no" to Maëlle's applications (31 messages), written by hand."""

from __future__ import annotations

from msgs324_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_ES, DISCLAIMER_FR

LKA_HTML = (
    "<!DOCTYPE html>\n<html lang=\"fr\"><body style=\"margin:0;font-family:Helvetica\">\n"
    "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
    "<td style=\"background:#6b1d2a;color:#fff;padding:16px\">Lebrun Kessler Audit</td></tr>\n"
    "<tr><td style=\"padding:16px\">\n"
    "<p>Bonjour Maëlle,</p>\n"
    "<p>Nous vous remercions pour l'intérêt que vous portez à Lebrun Kessler Audit et pour "
    "le temps consacré au test en ligne.</p>\n"
    "<p>Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre "
    "candidature pour le poste d'<b>Auditeur junior LCB-FT (H/F)</b>.</p>\n"
    "<p>Nous vous souhaitons bonne chance dans vos recherches.</p>\n"
    "<p>L'équipe Recrutement<br>Lebrun Kessler Audit</p>\n"
    "</td></tr></table>\n"
    "<p style=\"font-size:10px;color:#888\">Powered by SmartRecruiters</p>\n"
    "</body></html>\n"
)

MESSAGES = [
    # --- French --------------------------------------------------------------------------
    {
        "id": "cso_rej_after_interviews", "kind": "rejection", "lang": "fr",
        "company": "Caisse Solidaire de l'Ouest", "contact": "helene.bodin@caisse-solidaire-ouest.example.fr",
        "date": "2026-03-20T16:42:00+01:00",
        "frm": ("Hélène Bodin", "helene.bodin@caisse-solidaire-ouest.example.fr"),
        "subject": "RE: Merci pour l'entretien du 4 mars", "subj_enc": None,
        "quote": "cso_own_thanks", "quote_style": "outlook",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Je vous remercie encore pour le temps consacré à nos échanges et pour votre "
            "message.\n\n"
            "Après une dernière réunion avec Monsieur Guérin, nous avons fait le choix de "
            "poursuivre avec une candidate qui exerce déjà des fonctions d'analyste LCB-FT "
            "depuis plusieurs années. Votre parcours en agence et votre motivation ont été "
            "très appréciés, mais nous ne donnerons pas suite à votre candidature pour ce "
            "poste.\n\n"
            "Je me permets de conserver votre dossier : des postes de chargé(e) de conformité "
            "en agence régionale devraient s'ouvrir à l'automne.\n\n"
            "Bien cordialement,\n\n"
            "Hélène Bodin\nChargée de recrutement – Direction des Ressources Humaines\n"
            "Caisse Solidaire de l'Ouest\n12 quai de la Fosse, 44000 Nantes\n02 40 18 62 30\n\n"
            + DISCLAIMER_FR
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "arvor_client_no", "kind": "rejection", "lang": "fr",
        "company": "Armorique Assurances", "contact": "erwan.cadiou@arvor-talents.example.fr",
        "date": "2026-03-26T11:05:00+01:00",
        "frm": ("Erwan Cadiou", "erwan.cadiou@arvor-talents.example.fr"),
        "subject": "Retour d'Armorique Assurances",
        "quote": "arvor_invite_client",
        "text": (
            "Bonjour Maëlle,\n\n"
            "J'ai eu ce matin le retour d'Armorique Assurances suite à votre rencontre avec "
            "Mme Tanguy. Ils ont apprécié votre rigueur et votre connaissance du terrain, mais "
            "ils ont finalement retenu un profil venant d'un service de lutte contre la fraude, "
            "plus proche de leurs dossiers sinistres.\n\n"
            "Ce n'est donc pas une suite favorable cette fois-ci, j'en suis désolé. Je garde "
            "votre profil en tête pour les prochaines missions conformité que nous aurons sur "
            "Rennes et Brest.\n\n"
            "Belle journée,\nErwan\n\n"
            "Erwan Cadiou | Consultant senior Banque & Assurance\n"
            "Arvor Talents – Cabinet de recrutement\n7 rue de Nemours, 35000 Rennes\n"
            "06 72 14 90 38"
        ),
    },
    {
        "id": "lka_not_retained", "kind": "rejection", "lang": "fr",
        "company": "Lebrun Kessler Audit", "contact": "",
        "date": "2026-05-06T08:15:00+02:00",
        "frm": ("Lebrun Kessler Audit", "no-reply@smartrecruiters.com"),
        "subject": "Votre candidature – Auditeur junior LCB-FT (H/F) – Paris",
        "html": LKA_HTML, "text": None,
    },
    {
        "id": "asbf_after_exam", "kind": "rejection", "lang": "fr",
        "company": "Autorité de Surveillance Bancaire et Financière", "contact": "nathalie.dewitte@asbf.example.be",
        "date": "2026-06-12T14:30:00+02:00",
        "frm": ("Nathalie Dewitte", "nathalie.dewitte@asbf.example.be"),
        "subject": "Sélection Analyste intégrité financière – résultats de l'épreuve écrite",
        "text": (
            "Madame Quéméneur,\n\n"
            "Nous vous remercions de votre participation à l'épreuve écrite du 28 mai 2026 "
            "dans le cadre de la sélection pour la fonction d'analyste en intégrité financière "
            "(réf. ASBF-2026-07).\n\n"
            "Le jury a examiné l'ensemble des copies. Avec 11,5/20, votre résultat ne vous "
            "permet malheureusement pas d'accéder à l'épreuve orale, réservée aux candidats "
            "ayant obtenu au moins 14/20.\n\n"
            "Vous pouvez demander la consultation de votre copie dans un délai de trente jours "
            "en répondant à ce message.\n\n"
            "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\n"
            "Nathalie Dewitte\nService Sélection et Mobilité\n"
            "Autorité de Surveillance Bancaire et Financière (ASBF)\n"
            "Boulevard de Berlaimont 22, 1000 Bruxelles"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
        "subj_enc": ("q", "windows-1252"),
    },
    {
        "id": "mbi_rej_recruitee", "kind": "rejection", "lang": "fr",
        "company": "Mutuelle Bancaire d'Ille", "contact": "",
        "date": "2026-04-29T17:58:00+02:00",
        "frm": ("Mutuelle Bancaire d'Ille", "mbi@recruitee.com"),
        "subject": "Mise à jour de votre candidature chez Mutuelle Bancaire d'Ille",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Merci d'avoir rencontré notre équipe Conformité pour le poste d'Assistant(e) "
            "conformité financière à Rennes.\n\n"
            "Nous avons pris le temps de comparer les profils rencontrés. Nous avons décidé "
            "d'avancer avec des candidats dont l'expérience correspond plus étroitement aux "
            "besoins immédiats de l'équipe, notamment sur l'outil de filtrage des opérations.\n\n"
            "Nous vous souhaitons pleine réussite dans vos projets.\n\n"
            "L'équipe Talents\nMutuelle Bancaire d'Ille\n\n"
            "Ce message vous a été envoyé via Recruitee. Merci de ne pas y répondre."
        ),
        "html": True, "brand": "Mutuelle Bancaire d'Ille", "colour": "#0a6a4a",
    },
    {
        "id": "ponant_rej_after_trial", "kind": "rejection", "lang": "fr",
        "company": "Assurances du Ponant", "contact": "loic.kerbrat@assurances-ponant.example.fr",
        "date": "2026-02-27T10:20:00+01:00",
        "frm": ("Loïc Kerbrat", "loic.kerbrat@assurances-ponant.example.fr"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Suite de votre candidature - Gestionnaire conformité",
        "quote": "ponant_own_apology",
        "text": (
            "Bonjour Madame Quéméneur,\n\n"
            "Merci pour votre message et pour votre venue lors de la seconde date proposée.\n\n"
            "Nous avons bien noté votre intérêt pour le poste, mais nous ne sommes pas en "
            "mesure de retenir votre candidature : nous avons proposé le poste à une personne "
            "ayant déjà pratiqué les déclarations de soupçon.\n\n"
            "Cordialement,\n\nLoïc Kerbrat\nResponsable Contrôle interne et Conformité\n"
            "Assurances du Ponant, 3 rue de Siam, 29200 Brest"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "kerpay_role_paused", "kind": "rejection", "lang": "fr",
        "company": "Kerpay", "contact": "",
        "date": "2026-04-14T09:02:00+02:00",
        "frm": ("Kerpay", "noreply@workablemail.com"),
        "subject": "Kerpay – Analyste KYC/LCB-FT : point sur le recrutement",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Nous vous écrivons au sujet de votre candidature au poste d'Analyste KYC/LCB-FT "
            "à Nantes.\n\n"
            "Suite à une révision de notre feuille de route, ce recrutement est mis en pause "
            "jusqu'à nouvel ordre. Nous ne poursuivrons donc pas le processus avec vous, "
            "et nous clôturons les candidatures en cours.\n\n"
            "Si le poste devait rouvrir, il sera publié sur notre page carrières.\n\n"
            "Merci pour l'intérêt que vous portez à Kerpay.\n"
            "L'équipe Kerpay"
        ),
        "cte": "base64",
    },
    {
        "id": "fla_rej", "kind": "rejection", "lang": "fr",
        "company": "Fiduciaire Lux-Atlantique", "contact": "sophie.reuter@lux-atlantique.example.lu",
        "date": "2026-05-21T15:11:00+02:00",
        "frm": ("Sophie Reuter", "sophie.reuter@lux-atlantique.example.lu"),
        "reply_to": ("Sophie Reuter", "sophie.reuter@lux-atlantique.example.lu"),
        "subject": "Votre candidature - Chargé(e) KYC Investisseurs",
        "quote": "fla_missed", "quote_style": "outlook",
        "text": (
            "Chère Madame,\n\n"
            "Faisant suite à notre échange téléphonique finalement tenu le 13 mai, je reviens "
            "vers vous.\n\n"
            "Nous avons décidé de ne pas retenir votre candidature pour le poste de Chargé(e) "
            "KYC Investisseurs : l'équipe recherche quelqu'un d'immédiatement opérationnel sur "
            "les fonds luxembourgeois (UCI, RAIF) et sur le registre des bénéficiaires "
            "effectifs.\n\n"
            "Avec mes meilleures salutations,\n\nSophie Reuter\nHR Business Partner\n"
            "Fiduciaire Lux-Atlantique S.A.\n15, rue Goethe, L-1637 Luxembourg\n+352 26 48 71 1\n\n"
            + DISCLAIMER_FR
        ),
    },
    {
        "id": "vauban_filled_internally", "kind": "rejection", "lang": "fr",
        "company": "Vauban Audit", "contact": "",
        "date": "2026-08-25T11:47:00+02:00",
        "frm": ("Vauban Audit via BambooHR", "notifications@bamboohr.com"),
        "subject": "Poste de Consultant(e) junior conformité pourvu",
        "html": (
            "<html><body style=\"font-family:Georgia,serif\">"
            "<p>Bonjour Maëlle,</p>"
            "<p>Nous vous informons que le poste de <b>Consultant(e) junior conformité</b> "
            "pour lequel vous aviez postulé a été pourvu en interne, par une collaboratrice "
            "de notre pôle audit bancaire.</p>"
            "<p>Votre candidature ne pourra donc pas aboutir. Nous vous remercions sincèrement "
            "pour les échanges de ces dernières semaines.</p>"
            "<p>Cabinet Vauban Audit<br>24 boulevard de la Liberté, 35000 Rennes</p>"
            "<p style=\"color:#999;font-size:10px\">Envoyé via BambooHR</p>"
            "</body></html>\n"
        ),
        "text": None,
    },
    {
        "id": "bml_rej_plain", "kind": "rejection", "lang": "fr",
        "company": "Banque Mutuelle de Loire", "contact": "armelle.jouan@bm-loire.example.fr",
        "date": "2026-07-16T18:03:00+02:00",
        "frm": ("Armelle Jouan", "armelle.jouan@bm-loire.example.fr"),
        "subject": "Candidature analyste sécurité financière",
        "quote": "bml_missed",
        "text": (
            "Bonsoir Maëlle,\n\n"
            "Comme promis, je reviens vers vous après notre entretien de mardi.\n"
            "Malgré de réelles qualités, votre candidature n'a pas été retenue pour la suite "
            "du processus ; nous privilégions un profil déjà habilité sur notre outil de "
            "profilage.\n\n"
            "Bonne continuation,\nArmelle Jouan\nRH – Banque Mutuelle de Loire"
        ),
    },
    {
        "id": "leon_role_cancelled", "kind": "rejection", "lang": "fr",
        "company": "Banque du Léon", "contact": "gwenola.abiven@banque-du-leon.example.fr",
        "date": "2026-01-29T12:31:00+01:00",
        "frm": ("Gwenola Abiven", "gwenola.abiven@banque-du-leon.example.fr"),
        "subject": "Annulation du recrutement – Contrôleur LCB-FT",
        "text": (
            "Madame,\n\n"
            "Vous aviez adressé votre candidature pour le poste de Contrôleur LCB-FT basé à "
            "Landerneau.\n\n"
            "Dans le cadre de la réorganisation de nos fonctions de contrôle, ce poste est "
            "supprimé et le recrutement est annulé. Nous ne pourrons donc pas donner suite à "
            "votre candidature.\n\n"
            "Nous vous prions de bien vouloir nous en excuser.\n\n"
            "Gwenola Abiven\nService Recrutement\nBanque du Léon\n1 place de la Tour d'Auvergne, 29200 Brest"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "finesse_unnamed_client", "kind": "rejection", "lang": "fr",
        "company": "Finesse RH Conseil", "contact": "julie.moreau@finesse-rh.example.fr",
        "date": "2026-04-09T19:20:00+02:00",
        "frm": ("Julie Moreau", "julie.moreau@finesse-rh.example.fr"),
        "subject": "Re: Poste analyste LCB-FT – établissement de paiement (Paris 9e)",
        "quote": "finesse_own_application",
        "text": (
            "Bonsoir Maëlle,\n\n"
            "Merci pour votre réactivité. J'ai présenté votre dossier à mon client, un "
            "établissement de paiement parisien, mais il souhaite rester sur des candidats "
            "ayant au moins deux ans en conformité. Votre candidature ne sera pas retenue "
            "pour cette mission, désolée.\n\n"
            "Julie Moreau\nConsultante – Finesse RH Conseil\n48 rue de Châteaudun, 75009 Paris\n"
            "01 84 60 27 11"
        ),
    },
    {
        "id": "cna_not_shortlisted", "kind": "rejection", "lang": "fr",
        "company": "Compagnie Nantaise d'Assurances", "contact": "",
        "date": "2026-02-13T07:40:00+01:00",
        "frm": ("Compagnie Nantaise d'Assurances", "no-reply@teamtailor-mail.com"),
        "subject": "Votre candidature au poste de Chargé(e) de conformité",
        "text": (
            "Bonjour Maëlle,\n\n"
            "Merci pour votre candidature au poste de Chargé(e) de conformité.\n\n"
            "Nous avons reçu de nombreuses candidatures et, après une étude attentive, votre "
            "profil n'a pas été présélectionné pour les entretiens.\n\n"
            "Nous conservons vos informations dans notre vivier pendant 24 mois, sauf "
            "opposition de votre part.\n\n"
            "Bien à vous,\nLe service recrutement de la Compagnie Nantaise d'Assurances"
        ),
        "html": True, "brand": "Compagnie Nantaise d'Assurances", "colour": "#003c71",
        "footer": "Propulsé par Teamtailor",
    },
    {
        "id": "hasp_no", "kind": "rejection", "lang": "fr",
        "company": "Haute Autorité des Services de Paiement", "contact": "claire.fontaine@hasp.example.fr",
        "date": "2026-09-18T10:00:00+02:00",
        "frm": ("Claire Fontaine (HASP - Bureau des concours)", "claire.fontaine@hasp.example.fr"),
        "subject": "Recrutement contractuel – Inspecteur(trice) LCB-FT – décision",
        "subj_enc": ("b", "utf-8"),
        "text": (
            "Madame,\n\n"
            "La commission de sélection de la Haute Autorité des Services de Paiement s'est "
            "réunie le 16 septembre 2026.\n\n"
            "Nous avons le regret de vous informer que votre candidature au poste "
            "d'inspecteur(trice) LCB-FT n'a pas été retenue.\n\n"
            "Claire Fontaine\nBureau des concours\nHaute Autorité des Services de Paiement\n"
            "61 rue Taitbout, 75009 Paris"
        ),
    },
    {
        "id": "cfl_process_suspended", "kind": "rejection", "lang": "fr",
        "company": "Caisse Fédérale du Littoral", "contact": "yves.le-bihan@cf-littoral.example.fr",
        "date": "2026-06-02T13:26:00+02:00",
        "frm": ("Le Bihan Yves", "yves.le-bihan@cf-littoral.example.fr"),
        "reply_to": ("Yves Le Bihan", "yves.le-bihan@cf-littoral.example.fr"),
        "subject": "Processus de recrutement suspendu",
        "text": (
            "Madame Quéméneur,\n\n"
            "Je vous avais indiqué que nous reviendrions vers vous pour un premier échange.\n"
            "La direction générale vient de décider un gel des embauches jusqu'à la fin de "
            "l'exercice : le processus pour le poste d'analyste conformité est suspendu et "
            "nous ne pourrons pas le poursuivre avec vous.\n\n"
            "Je le regrette sincèrement.\n\n"
            "Yves Le Bihan\nDirecteur des risques\nCaisse Fédérale du Littoral\n"
            "Tél. 02 51 44 87 00\n\n"
            + DISCLAIMER_FR
        ),
        "charset": "windows-1252", "cte": "8bit",
    },
    # --- English -------------------------------------------------------------------------
    {
        "id": "paylumen_rej", "kind": "rejection", "lang": "en",
        "company": "Paylumen", "contact": "",
        "date": "2026-02-27T17:05:00+01:00",
        "frm": ("Paylumen Talent Team", "no-reply@greenhouse-mail.io"),
        "subject": "Update on your Paylumen application",
        "text": (
            "Hi Maëlle,\n\n"
            "Thank you for taking the time to speak with Chloé and the Financial Crime team "
            "about the AML Analyst role.\n\n"
            "We really enjoyed learning about your branch experience. After a lot of "
            "discussion, we have decided to move forward with candidates whose experience more "
            "closely matches what we need right now, particularly around transaction "
            "monitoring for card payments.\n\n"
            "We'd love to stay in touch and will keep your details on file for future "
            "openings.\n\n"
            "All the best,\nThe Paylumen Talent Team"
        ),
        "html": True, "brand": "paylumen", "colour": "#4b2bd1",
    },
    {
        "id": "ledgerwise_rej", "kind": "rejection", "lang": "en",
        "company": "Ledgerwise", "contact": "",
        "date": "2026-05-29T09:44:00+02:00",
        "frm": ("Ledgerwise Hiring", "no-reply@ashbyhq.com"),
        "subject": "Your application to Ledgerwise",
        "text": (
            "Hello Maëlle,\n\n"
            "Thanks again for your interest in the Compliance Operations Associate position "
            "in Brussels.\n\n"
            "Unfortunately, we won't be moving ahead with your candidacy. We had a very strong "
            "pool of applicants and had to make some difficult decisions.\n\n"
            "Kind regards,\nLedgerwise People Team"
        ),
    },
    {
        "id": "brabant_rej_after_panel", "kind": "rejection", "lang": "en",
        "company": "Brabant Clearing House", "contact": "pieter.vandamme@brabant-clearing.example.be",
        "date": "2026-07-08T16:12:00+02:00",
        "frm": ("Vandamme, Pieter", "pieter.vandamme@brabant-clearing.example.be"),
        "subject": "RE: Panel interview - KYC Analyst",
        "quote": "brabant_missed", "quote_style": "outlook",
        "text": (
            "Dear Maëlle,\n\n"
            "Thank you for joining the panel on 1 July, and apologies again for the mix-up "
            "with the reception desk the first time.\n\n"
            "The panel was impressed by your customer-facing experience. However, we have "
            "offered the position to another candidate who already holds the ACAMS "
            "certification, which was decisive for this team. I'm sorry this isn't better "
            "news.\n\n"
            "Best regards,\n\nPieter Vandamme\nHead of KYC Operations\nBrabant Clearing House\n"
            "Avenue Louise 149, 1050 Brussels\n+32 2 555 01 73\n\n"
            + DISCLAIMER_EN
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "moselle_icims_rej", "kind": "rejection", "lang": "en",
        "company": "Moselle Fund Services", "contact": "",
        "date": "2026-03-04T05:55:00+00:00",
        "frm": ("Moselle Fund Services Careers", "careers-noreply@icims.com"),
        "subject": "Moselle Fund Services - Transfer Agency AML Officer (Req 2026-0412)",
        "text": (
            "Dear Maëlle Quéméneur,\n\n"
            "Thank you for applying for the Transfer Agency AML Officer position "
            "(Req 2026-0412) in Luxembourg.\n\n"
            "We have carefully reviewed your application against the requirements of the "
            "role. We regret to inform you that you have not been selected to progress to the "
            "next stage.\n\n"
            "This decision is final for this requisition. You are welcome to apply for other "
            "positions that match your profile.\n\n"
            "Moselle Fund Services - Talent Acquisition\n"
            "Please do not reply to this automated message."
        ),
        "cte": "quoted-printable",
    },
    {
        "id": "grund_unnamed_client", "kind": "rejection", "lang": "en",
        "company": "Grund Search Partners", "contact": "hannah.kieffer@grund-search.example.lu",
        "date": "2026-06-18T12:09:00+02:00",
        "frm": ("Hannah Kieffer", "hannah.kieffer@grund-search.example.lu"),
        "subject": "Feedback - AML Analyst mandate",
        "text": (
            "Hi Maëlle,\n\n"
            "Quick feedback on the AML analyst mandate I put you forward for last week. My "
            "client (a mid-sized private bank, as discussed) has decided not to take your "
            "application further - they want fluent Luxembourgish for the client-facing part.\n\n"
            "Shame, as I thought you'd be a good fit. I'll keep an eye out for French-speaking "
            "teams.\n\n"
            "Cheers,\nHannah\n--\nHannah Kieffer\nPrincipal Consultant, Financial Services\n"
            "Grund Search Partners\n+352 691 223 418"
        ),
    },
    {
        "id": "finch_role_on_hold", "kind": "rejection", "lang": "en",
        "company": "Finch Payments", "contact": "",
        "date": "2026-08-11T10:30:00+02:00",
        "frm": ("Finch Payments", "notifications@bamboohr.com"),
        "subject": "Finch Payments: Financial Crime Analyst (Paris)",
        "html": (
            "<html><body>"
            "<p>Hi Maëlle,</p>"
            "<p>We wanted to let you know that the <strong>Financial Crime Analyst</strong> "
            "role has been put on hold following a change in our 2026 hiring plan, so we will "
            "not proceed with your application.</p>"
            "<p>Thank you for your time and interest in Finch.</p>"
            "<p>&mdash; Finch People Ops</p>"
            "</body></html>\n"
        ),
        "text": None, "cte": "quoted-printable",
    },
    # --- German --------------------------------------------------------------------------
    {
        "id": "tgb_absage", "kind": "rejection", "lang": "de",
        "company": "Taunus Genossenschaftsbank", "contact": "jens.albrecht@taunus-geno.example.de",
        "date": "2026-04-21T09:37:00+02:00",
        "frm": ("Jens Albrecht", "jens.albrecht@taunus-geno.example.de"),
        "subject": "AW: Neuer Termin für unser Gespräch",
        "quote": "tgb_resch", "quote_style": "outlook",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "vielen Dank für das angenehme Gespräch am 9. April und Ihr Interesse an unserer "
            "Bank.\n\n"
            "Nach sorgfältiger Abwägung haben wir uns für eine andere Bewerberin entschieden, "
            "deren Profil unseren aktuellen Anforderungen in der Geldwäscheprävention noch "
            "besser entspricht. Leider können wir Ihnen daher keine Zusage geben.\n\n"
            "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.\n\n"
            "Mit freundlichen Grüßen\n\nJens Albrecht\nPersonalreferent\n"
            "Taunus Genossenschaftsbank eG\nBockenheimer Landstraße 51, 60325 Frankfurt am Main\n"
            "Tel. +49 69 2475 3312\n\n"
            "Vorstand: Dr. Ulrike Fenske (Vors.), Matthias Brandl | Registergericht Frankfurt am "
            "Main GnR 1187\n\n" + DISCLAIMER_DE
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable", "subj_enc": None,
    },
    {
        "id": "bfi_absage", "kind": "rejection", "lang": "de",
        "company": "Bundesstelle für Finanzintegrität", "contact": "katrin.hoffmann@bfi.example.de",
        "date": "2026-07-24T11:15:00+02:00",
        "frm": ("Dr. Katrin Hoffmann", "katrin.hoffmann@bfi.example.de"),
        "subject": "Ihre Bewerbung – Kennziffer BFI-26-031 (Referentin Geldwäscheaufsicht)",
        "subj_enc": ("q", "utf-8"),
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "für Ihre Teilnahme am Auswahlgespräch am 10. Juli 2026 danken wir Ihnen.\n\n"
            "Die Auswahlkommission hat sich nach Abschluss aller Gespräche für eine andere "
            "Bewerberin entschieden. Ihre Bewerbung konnte daher im Auswahlverfahren nicht "
            "berücksichtigt werden.\n\n"
            "Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gemäß den "
            "datenschutzrechtlichen Bestimmungen gelöscht.\n\n"
            "Mit freundlichen Grüßen\nIm Auftrag\nDr. Katrin Hoffmann\nReferat Z 2 – Personal\n"
            "Bundesstelle für Finanzintegrität\nMiquelallee 8, 60322 Frankfurt am Main"
        ),
        "cte": "base64",
    },
    {
        "id": "hv_absage_softgarden", "kind": "rejection", "lang": "de",
        "company": "Hartmann & Voss", "contact": "",
        "date": "2026-06-09T08:03:00+02:00",
        "frm": ("Hartmann & Voss Wirtschaftsprüfung", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung als Prüfungsassistent (m/w/d) Geldwäsche-Compliance",
        "html": True, "brand": "Hartmann & Voss", "colour": "#2d2d2d",
        "footer": "Diese Nachricht wurde über softgarden versendet.",
        "text": (
            "Liebe Frau Quéméneur,\n\n"
            "herzlichen Dank für Ihre Bewerbung und die Zeit, die Sie sich für uns genommen "
            "haben.\n\n"
            "Wir müssen Ihnen heute leider mitteilen, dass wir Sie im weiteren "
            "Bewerbungsprozess nicht berücksichtigen können. Ausschlaggebend waren vor allem "
            "die geforderten Deutschkenntnisse auf Verhandlungsniveau.\n\n"
            "Wir wünschen Ihnen viel Erfolg!\n\nIhr Recruiting-Team von Hartmann & Voss"
        ),
    },
    {
        "id": "nordlicht_intern_besetzt", "kind": "rejection", "lang": "de",
        "company": "Nordlicht Versicherung", "contact": "",
        "date": "2026-05-04T13:45:00+02:00",
        "frm": ("Nordlicht Versicherung Karriere", "nordlicht@successfactors.eu"),
        "subject": "Stelle AML-Analyst (w/m/d) – intern besetzt",
        "text": (
            "Sehr geehrte Frau Quéméneur,\n\n"
            "wir möchten Sie darüber informieren, dass die Position AML-Analyst (w/m/d) in "
            "Frankfurt intern nachbesetzt wurde. Ihr für den 30. April vorgesehener Termin "
            "war bereits abgesagt worden; das Verfahren ist für Sie hiermit beendet.\n\n"
            "Wir bedanken uns für Ihr Interesse.\n\n"
            "Freundliche Grüße\nHR Recruiting\nNordlicht Versicherung AG\n\n"
            "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf."
        ),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "mainhattan_mandant_absage", "kind": "rejection", "lang": "de",
        "company": "Mainhattan Personalberatung", "contact": "tobias.rehm@mainhattan-pb.example.de",
        "date": "2026-09-03T17:30:00+02:00",
        "frm": ("Tobias Rehm", "tobias.rehm@mainhattan-pb.example.de"),
        "subject": "Rückmeldung unseres Mandanten",
        "text": (
            "Hallo Frau Quéméneur,\n\n"
            "wie versprochen melde ich mich mit der Rückmeldung unseres Mandanten (die "
            "Zahlungsdienstleister-Position, über die wir telefoniert haben).\n\n"
            "Leider hat sich der Mandant gegen ein Gespräch entschieden – man sucht doch "
            "jemanden mit Erfahrung im Kartengeschäft. Ich bedaure das sehr.\n\n"
            "Beste Grüße\nTobias Rehm\nSenior Consultant Banking & Compliance\n"
            "Mainhattan Personalberatung GmbH\nTaunusanlage 11, 60329 Frankfurt\n"
            "+49 69 9150 8820"
        ),
    },
    # --- Spanish -------------------------------------------------------------------------
    {
        "id": "cob_rej_lever", "kind": "rejection", "lang": "es",
        "company": "Cobrafácil", "contact": "",
        "date": "2026-05-08T08:10:00+00:00",
        "frm": ("Cobrafácil", "no-reply@hire.lever.co"),
        "name_enc": ("b", "utf-8"),
        "subject": "Tu candidatura en Cobrafácil",
        "text": (
            "Hola Maëlle:\n\n"
            "Gracias por tu interés en el puesto de Analista de Prevención de Blanqueo de "
            "Capitales en Madrid y por el tiempo que nos has dedicado.\n\n"
            "Tras valorar todas las candidaturas, hemos decidido seguir adelante con otras "
            "personas cuyo perfil se ajusta más a lo que buscamos en este momento.\n\n"
            "Te deseamos mucha suerte en tu búsqueda.\n\nEl equipo de Talento de Cobrafácil"
        ),
        "subj_enc": ("q", "utf-8"),
    },
    {
        "id": "almudena_rej", "kind": "rejection", "lang": "es",
        "company": "Seguros Almudena", "contact": "rocio.navarro@segurosalmudena.example.es",
        "date": "2026-07-30T12:40:00+02:00",
        "frm": ("Rocío Navarro", "rocio.navarro@segurosalmudena.example.es"),
        "subject": "RE: Entrevista aplazada - Técnico de Cumplimiento",
        "quote": "almudena_resch",
        "text": (
            "Estimada Maëlle:\n\n"
            "Muchas gracias por la entrevista del pasado jueves con el equipo de "
            "Cumplimiento Normativo.\n\n"
            "Lamentamos comunicarte que finalmente no vamos a continuar con tu candidatura. "
            "Hemos optado por un perfil con experiencia previa en aseguradoras.\n\n"
            "Un cordial saludo,\n\nRocío Navarro\nTalento y Selección\nSeguros Almudena, S.A.\n"
            "Calle de Bailén 41, 28005 Madrid\nTel. 91 548 22 60\n\n" + DISCLAIMER_ES
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "castellana_rej_recruitee", "kind": "rejection", "lang": "es",
        "company": "Castellana Auditores", "contact": "",
        "date": "2026-08-19T08:20:00+02:00",
        "frm": ("Castellana Auditores", "castellana@recruitee.com"),
        "subject": "Actualización sobre tu candidatura",
        "text": (
            "Hola Maëlle,\n\n"
            "Te agradecemos tu candidatura al puesto de Auditor/a Junior de PBC/FT.\n\n"
            "Después de revisar detenidamente tu perfil, sentimos comunicarte que no has sido "
            "seleccionada para la siguiente fase del proceso.\n\n"
            "Saludos,\nEquipo de Personas – Castellana Auditores"
        ),
        "html": True, "brand": "Castellana Auditores", "colour": "#8a5a00",
    },
    {
        "id": "talento_client_no", "kind": "rejection", "lang": "es",
        "company": "Banco Cooperativo Meseta", "contact": "alvaro.gil@talentonorte.example.es",
        "date": "2026-09-22T19:05:00+02:00",
        "frm": ("Álvaro Gil", "alvaro.gil@talentonorte.example.es"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Respuesta del Banco Cooperativo Meseta",
        "quote": "talento_missed",
        "text": (
            "Hola Maëlle:\n\n"
            "Ya tengo respuesta del Banco Cooperativo Meseta tras la entrevista que finalmente "
            "hiciste con ellos el día 14. Me dicen que han decidido no seguir adelante contigo "
            "y cerrar el proceso con una candidata interna.\n\n"
            "Siento que no haya salido. Seguimos en contacto.\n\n"
            "Álvaro Gil\nTalento Norte Consultores\nPaseo de la Castellana 95, Madrid"
        ),
    },
    {
        "id": "pagora_filled", "kind": "rejection", "lang": "es",
        "company": "Pagora", "contact": "irene.campos@pagora.example.es",
        "date": "2026-10-06T09:25:00+02:00",
        "frm": ("Irene Campos", "irene.campos@pagora.example.es"),
        "subject": "Puesto de Analista KYC cubierto",
        "text": (
            "Buenos días Maëlle,\n\n"
            "Te escribo para informarte de que la vacante de Analista KYC a la que te "
            "presentaste ya está cubierta, por lo que no podremos avanzar con tu candidatura.\n\n"
            "Gracias por pensar en Pagora.\n\nIrene\n--\nIrene Campos · People Partner · Pagora\n"
            "C/ Fuencarral 121, 28010 Madrid"
        ),
        "charset": "windows-1252", "cte": "8bit",
    },
]

