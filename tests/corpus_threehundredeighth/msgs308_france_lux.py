"""Corpus 308, employers and recruiters in Lille and Luxembourg. Hand-written specs."""

from __future__ import annotations

from msgs308_common import T, ics, msg

# ------------------------------------------------------------------ Panierdoux (e-commerce, Lille)
PANIER_ATS = ("Panierdoux", "no-reply@hire.lever.co")

PANIER = [
    msg("application_received", "panier_ack", "fr", PANIER_ATS,
        "Panierdoux a bien reçu votre candidature", "2026-01-12 09:14 +0000",
        T("""
        Bonjour Hugo,

        Merci d'avoir postulé au poste de UI Designer – Parcours d'achat chez Panierdoux !

        Notre équipe recrutement examine chaque candidature avec soin. Nous revenons vers
        vous dès que possible pour vous informer de la suite.

        À bientôt,
        L'équipe Panierdoux
        """), company="Panierdoux", fmt="alt", brand="Panierdoux"),
    msg("rejection", "panier_reject", "fr", PANIER_ATS,
        "Votre candidature chez Panierdoux", "2026-01-30 16:40 +0000",
        T("""
        Bonjour Hugo,

        Nous vous remercions sincèrement pour l'intérêt que vous portez à Panierdoux et pour
        le temps consacré à votre candidature au poste de UI Designer – Parcours d'achat.

        Après une étude attentive de votre profil, nous avons décidé de poursuivre avec des
        candidats dont l'expérience correspond davantage aux besoins actuels de l'équipe.

        Nous vous souhaitons une belle réussite dans vos projets.

        L'équipe Talent de Panierdoux
        """), company="Panierdoux", fmt="html", html_cte="base64", brand="Panierdoux",
        footer="Panierdoux · 12 rue Faidherbe · 59000 Lille"),
]

# ------------------------------------------------------------------ La Voix du Nord-Est (newspaper)
JULIE = ("Julie Caron", "julie.caron@voixnordest.example.fr")

VOIX = [
    msg("application_received", "voix_ack", "fr", ("La Voix du Nord-Est",
                                                   "no-reply@recruitee.com"),
        "Candidature reçue : Designer UX – Rédaction numérique", "2026-03-16 08:05 +0100",
        T("""
        Bonjour Hugo,

        Nous confirmons la bonne réception de votre candidature au poste de Designer UX –
        Rédaction numérique (Lille).

        Nous prenons le temps d'étudier chaque dossier. Vous recevrez une réponse, quelle
        qu'elle soit, dans un délai de trois à quatre semaines.

        La Voix du Nord-Est – Ressources humaines
        """), company="La Voix du Nord-Est", fmt="html", brand="La Voix du Nord-Est",
        subj_enc=("b", "utf-8")),
    msg("interview_invitation", "voix_invite", "fr", JULIE,
        "Entretien – Designer UX Rédaction numérique", "2026-03-30 11:25 +0200",
        T("""
        Bonjour Monsieur Marchetti,

        Votre candidature a retenu notre attention. Je vous propose un entretien le mardi
        7 avril à 15h00 dans nos locaux, 8 place du Théâtre à Lille, avec Mathieu Lenoir,
        rédacteur en chef adjoint chargé du numérique, et moi-même.

        Si ce créneau ne vous convient pas, n'hésitez pas à m'en proposer un autre.

        Bien cordialement,

        Julie Caron
        Responsable recrutement
        La Voix du Nord-Est
        03 20 44 17 02
        """), company="La Voix du Nord-Est", fmt="alt",
        ics=ics("REQUEST", "vne-ux-0407@voixnordest.example.fr", 0, "20260407T150000",
                "20260407T160000", "Entretien H. Marchetti – Designer UX",
                "8 place du Théâtre, Lille", JULIE)),
    msg("interview_reschedule_or_cancel", "voix_moved", "fr", JULIE,
        "Annulé : Entretien H. Marchetti – Designer UX", "2026-04-02 18:10 +0200",
        T("""
        Bonjour Monsieur Marchetti,

        En raison d'un bouclage exceptionnel, nous devons annuler l'entretien prévu mardi
        7 avril. Je reviendrai vers vous en début de semaine prochaine pour fixer une
        nouvelle date avec Mathieu Lenoir.

        Avec toutes nos excuses,
        Julie Caron
        """), company="La Voix du Nord-Est", fmt="alt", reply_of="voix_invite",
        ics=ics("CANCEL", "vne-ux-0407@voixnordest.example.fr", 1, "20260407T150000",
                "20260407T160000", "Entretien H. Marchetti – Designer UX",
                "8 place du Théâtre, Lille", JULIE, status="CANCELLED")),
    msg("rejection", "voix_reject", "fr", JULIE,
        "Poste de Designer UX – Rédaction numérique", "2026-04-22 09:50 +0200",
        T("""
        Bonjour Monsieur Marchetti,

        Je reviens vers vous comme promis. La direction du groupe a décidé de geler le
        recrutement du poste de Designer UX pour l'année 2026, dans le cadre d'une révision
        budgétaire. Le processus est donc interrompu et nous ne pourrons pas donner suite à
        votre candidature.

        Je suis sincèrement désolée de cette issue, qui ne remet pas en cause la qualité de
        votre dossier.

        Bien cordialement,
        Julie Caron
        Responsable recrutement – La Voix du Nord-Est
        """), company="La Voix du Nord-Est", charset="windows-1252", cte="8bit"),
]

# ------------------------------------------------------------------ Ludik Forge (game studio, Lille)
LUDIK = ("Ludik Forge", "noreply@workablemail.com")

LUDIK_MSGS = [
    msg("application_received", "ludik_ack", "en", LUDIK,
        "Thanks for applying to Ludik Forge", "2026-05-04 12:30 +0000",
        T("""
        Hi Hugo,

        Thanks for your application for the UI/UX Designer (Mobile Games) position at Ludik
        Forge. We've received it and our team will review it carefully.

        You can expect to hear from us within two weeks.

        Ludik Forge Recruiting
        """), company="Ludik Forge", fmt="html", brand="Ludik Forge", color="#6b1d6b"),
    msg("rejection", "ludik_reject", "fr", LUDIK,
        "Ludik Forge – votre candidature", "2026-05-26 07:58 +0000",
        T("""
        Bonjour Hugo,

        Merci d'avoir pris le temps de postuler chez Ludik Forge pour le poste de UI/UX
        Designer (jeux mobiles).

        Nous avons reçu beaucoup de candidatures et, après réflexion, nous n'allons
        malheureusement pas retenir la vôtre pour la suite du processus. Le poste demande une
        expérience confirmée sur des jeux free-to-play que nous n'avons pas retrouvée dans
        votre parcours.

        Bonne continuation,
        L'équipe Ludik Forge
        """), company="Ludik Forge", fmt="alt", cte="base64"),
]

# ------------------------------------------------------------------ Banque Mosellane (Luxembourg)
BML_ATS = ("Banque Mosellane", "bml@myworkday.com")
TESSY = ("Tessy Weber", "tessy.weber@bml.example.lu")

MOSELLANE = [
    msg("application_received", "bml_ack", "en", BML_ATS,
        "Application received – UX Designer, Retail Banking Apps (JR-2231)",
        "2026-03-10 05:22 -0700",
        T("""
        Dear Hugo,

        Thank you for your interest in Banque Mosellane. This is to confirm that we have
        received your application for UX Designer, Retail Banking Apps (JR-2231).

        Our recruitment team will review your profile and contact you should your
        qualifications match the requirements of the role.

        Kind regards,
        Talent Acquisition
        Banque Mosellane, Luxembourg

        Please do not reply to this email; this mailbox is not monitored.
        """), company="Banque Mosellane", fmt="alt", brand="Banque Mosellane"),
    msg("interview_invitation", "bml_invite", "en", TESSY,
        "Video interview – UX Designer (JR-2231)", "2026-03-24 10:02 +0100",
        T("""
        Dear Hugo,

        Following the review of your application, I am pleased to invite you to a first video
        interview for the UX Designer position in our Retail Banking Apps team.

        Date: Wednesday, 1 April 2026
        Time: 10:00–10:45 CET
        Platform: Microsoft Teams (link below)
        https://teams.example.com/l/meetup-join/bml-jr2231-0401

        You will speak with me and with Gilles Schmit, Product Owner Mobile.

        Best regards,
        Tessy Weber
        Talent Acquisition Partner
        Banque Mosellane | 14, avenue de la Liberté | L-1930 Luxembourg
        T +352 40 15 22 81

        This e-mail may contain confidential information. If you are not the intended
        recipient, please notify the sender and delete it. Banque Mosellane accepts no
        liability for unauthorised use of its contents.
        """), company="Banque Mosellane", fmt="alt", cte="quoted-printable"),
    msg("interview_reschedule_or_cancel", "bml_cancel", "en", TESSY,
        "RE: Video interview – UX Designer (JR-2231)", "2026-03-27 14:36 +0100",
        T("""
        Dear Hugo,

        I'm afraid we have to cancel Wednesday's interview: Gilles has been called into an
        urgent release and will be unavailable all week. I will come back to you with new
        dates as soon as I have them.

        My apologies for the inconvenience.

        Best regards,
        Tessy
        """), company="Banque Mosellane", reply_of="bml_invite", quote="outlook_en"),
    msg("rejection", "bml_reject", "en", BML_ATS,
        "Update on your application JR-2231", "2026-04-15 03:10 -0700",
        T("""
        Dear Hugo,

        Thank you for the time you have invested in your application for UX Designer, Retail
        Banking Apps (JR-2231).

        We would like to inform you that this position has been put on hold following an
        internal reorganisation. As a result, we will not proceed with your application at
        this time. Should the role reopen, we would welcome a new application.

        Kind regards,
        Talent Acquisition
        Banque Mosellane
        """), company="Banque Mosellane", fmt="html", brand="Banque Mosellane"),
]

# ------------------------------------------------------------------ LuxCart (e-commerce, Luxembourg)
PRIYA = ("Priya Raman", "priya.raman@luxcart.example.lu")

LUXCART = [
    msg("application_received", "luxcart_ack", "en", ("LuxCart", "no-reply@ashbyhq.com"),
        "We got your application, Hugo!", "2026-04-02 09:00 +0000",
        T("""
        Hi Hugo,

        Thanks for applying for Product Designer, Checkout at LuxCart. Your application is in
        and our team reviews every submission.

        We aim to get back to everyone within 10 working days.

        – The LuxCart People Team
        """), company="LuxCart", fmt="html", brand="LuxCart", color="#0f766e"),
    msg("interview_invitation", "luxcart_invite", "en", ("Priya Raman",
                                                        "no-reply@ashbyhq.com"),
        "Schedule your interview with LuxCart", "2026-04-09 13:41 +0000",
        T("""
        Hi Hugo,

        Great news – we'd like to move forward with a 30-minute screening call for the
        Product Designer, Checkout role.

        Please pick a time that works for you:
        https://jobs.ashbyhq.com/luxcart/schedule/1f9c2e

        Looking forward to speaking with you,
        Priya Raman
        Senior Recruiter, LuxCart
        """), company="LuxCart", reply_to=PRIYA, fmt="alt"),
    msg("missed_interview_notice", "luxcart_missed", "en", PRIYA,
        "Missed you today", "2026-04-16 11:19 +0200",
        T("""
        Hi Hugo,

        I was expecting you on our screening call at 11:00 today and waited for about ten
        minutes. I also tried calling the number on your CV but couldn't reach you.

        If you're still interested, feel free to grab another slot with the same link.

        Best,
        Priya
        """), company="LuxCart"),
    msg("rejection", "luxcart_reject", "en", PRIYA,
        "Product Designer, Checkout – update", "2026-04-30 16:05 +0200",
        T("""
        Hi Hugo,

        Thanks for rebooking and for a good conversation last week. I wanted to let you know
        that we have filled the Product Designer, Checkout position internally, so we are
        closing the process for all external candidates.

        Sorry it didn't work out this time – all the best with your search.

        Priya Raman
        Senior Recruiter, LuxCart
        """), company="LuxCart", cte="8bit"),
]

# ------------------------------------------------------------------ more Lille / Luxembourg
LUMEN = ("Agence Lumen", "contact@agencelumen.example.fr")
CLAIRE = ("Claire Dubois", "claire.dubois@agencelumen.example.fr")

MORE = [
    msg("rejection", "moselle_reject", "fr", ("Moselle Presse – Ressources humaines",
                                             "rh@mosellepresse.example.lu"),
        "Votre candidature – Webdesigner / UI", "2026-02-18 14:12 +0100",
        T("""
        Monsieur,

        Nous avons bien pris connaissance de votre candidature au poste de Webdesigner / UI
        au sein de notre rédaction de Luxembourg-Ville, et nous vous en remercions.

        Nous sommes toutefois au regret de vous informer que ce poste a été pourvu.

        Nous conserverons vos coordonnées et ne manquerons pas de revenir vers vous si une
        opportunité correspondant à votre profil se présentait.

        Veuillez agréer, Monsieur, nos salutations distinguées.

        Service des ressources humaines
        Éditions Moselle Presse
        2, rue Émile Mark - L-4620 Differdange
        """), company="Moselle Presse", charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("q", "utf-8"), mid_domain="mail.mosellepresse.example.lu"),
    msg("rejection", "meridian_reject", "en", ("Meridian Media Group",
                                               "careers-noreply@icims.com"),
        "Meridian Media Group – Your Application Status", "2026-06-11 18:44 -0400",
        T("""
        Dear Hugo,

        Thank you for applying for the Digital Product Designer (Luxembourg) position at
        Meridian Media Group.

        We regret to inform you that you have not been selected to move forward in the
        selection process. We received a large number of applications and the decision was
        a difficult one.

        We encourage you to visit our careers site regularly for future opportunities.

        Sincerely,
        Meridian Media Group Talent Acquisition
        """), company="Meridian Media Group", fmt="html", brand="Meridian Media Group"),
    msg("rejection", "keystone_reject", "en", ("Oliver Grant",
                                               "oliver.grant@keystonetalent.example.co.uk"),
        "UX role in Luxembourg – feedback", "2026-07-21 12:08 +0100",
        T("""
        Hi Hugo,

        Just a quick note to close the loop on the UX Designer role I put you forward for in
        Luxembourg. My client has come back and, unfortunately, they won't be taking your
        application further – they've decided to prioritise candidates with fintech
        experience.

        I know it's frustrating. I'll keep you in mind for anything more visual or
        brand-led that comes across my desk.

        Cheers,
        Oliver Grant
        Principal Consultant – Keystone Talent
        London | Luxembourg
        """), company="Keystone Talent", cte="quoted-printable"),
    msg("interview_invitation", "lumen_invite", "fr", CLAIRE,
        "Entretien visio – Designer UX/UI", "2026-06-01 10:30 +0200",
        T("""
        Bonjour Hugo,

        Merci pour votre candidature, votre portfolio nous a beaucoup plu. Nous vous proposons
        un entretien en visio le lundi 8 juin à 11h00 (Google Meet) :
        https://meet.example.com/lum-ux-hugo

        Vous échangerez avec Paul, notre directeur artistique, et moi-même.

        À lundi,
        Claire Dubois
        Office manager – Agence Lumen
        27 rue de Béthune, 59800 Lille
        """), company="Agence Lumen", reply_to=CLAIRE, fmt="alt", cte="8bit"),
    msg("missed_interview_notice", "lumen_missed", "fr", LUMEN,
        "Entretien de ce matin", "2026-06-08 11:25 +0200",
        T("""
        Bonjour Hugo,

        Paul et moi vous avons attendu sur Google Meet de 11h00 à 11h15, en vain. Nous avons
        aussi essayé de vous appeler.

        Si un imprévu vous a empêché de vous connecter, merci de nous le dire et de nous
        proposer d'autres disponibilités.

        Claire Dubois, Agence Lumen
        """), company="Agence Lumen", reply_to=CLAIRE, cte="quoted-printable",
        charset="iso-8859-1"),
    msg("rejection", "lumen_reject", "fr", CLAIRE,
        "Poste de Designer UX/UI – mise en pause", "2026-06-26 15:00 +0200",
        T("""
        Bonjour Hugo,

        Merci d'avoir pris le temps de nous rencontrer la semaine dernière après le petit
        raté de la visio.

        Nous venons de perdre un client important et avons décidé de suspendre le recrutement
        du poste de Designer UX/UI jusqu'à nouvel ordre. Nous ne poursuivrons donc pas le
        processus avec vous. Si le poste rouvre à l'automne, nous vous recontacterons avec
        plaisir.

        Bien à vous,
        Claire Dubois
        Agence Lumen
        """), company="Agence Lumen", fmt="alt", cte="base64"),
]

MESSAGES = [*PANIER, *VOIX, *LUDIK_MSGS, *MOSELLANE, *LUXCART, *MORE]
