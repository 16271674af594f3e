"""Corpus 146, kinds `application_received` (21) and `offer` (10), hand-written."""

from __future__ import annotations

from msgs146_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    ats_card,
    make_adder,
    outlook_html,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []
add = make_adder(MESSAGES)
ACK = "application_received"
OFF = "offer"
AUTO = [("Auto-Submitted", "auto-generated")]

# =========================================================================== received, fr

T = """Bonjour Maxime,

Merci d'avoir postulé au poste de Chercheur·e UX chez Logiciels Boréal. Nous avons bien reçu votre candidature.

Notre équipe d'acquisition de talents l'examinera dans les prochains jours. Si votre profil correspond à nos besoins, une personne de l'équipe communiquera avec vous pour la suite.

Merci de votre intérêt,
L'équipe Logiciels Boréal
"""
add(kind=ACK, slug="greenhouse_merci_postule", lang="fr", company="Logiciels Boréal",
    key="boreal_ack", frm=("Logiciels Boréal", "no-reply@us.greenhouse-mail.io"),
    subject="Merci d'avoir postulé chez Logiciels Boréal", date="2026-01-12 21:14", tz="+0000",
    refs=["sent-boreal-application"], text=T, html=ats_card("Logiciels Boréal", T,
                                                              color="#00695c"),
    headers=AUTO)

T = """Bonjour Maxime Tremblay-Nguyen,

Nous accusons réception de votre candidature pour le poste Conseiller ou conseillère, recherche clientèle (R-22817).

Votre dossier sera étudié avec attention par notre équipe. En raison du grand nombre de candidatures reçues, nous ne pouvons malheureusement pas répondre individuellement à chaque personne ; si votre profil est retenu pour la suite du processus, nous communiquerons avec vous.

Vous pouvez suivre l'état de votre candidature à tout moment dans votre espace candidat.

Acquisition de talents
Banque Fleurdelys
"""
add(kind=ACK, slug="workday_pas_de_reponse_individuelle", lang="fr",
    company="Banque Fleurdelys", key="fleurdelys_ack",
    frm=("Banque Fleurdelys", "fleurdelys@myworkday.com"),
    subject="Accusé de réception – R-22817", date="2026-02-02 13:48", tz="-0500",
    html=ats_card("Banque Fleurdelys", T, color="#1b365d",
                  button=("Mon espace candidat",
                          "https://fleurdelys.wd3.myworkdayjobs.example.com/candidat"),
                  footer="Ne pas répondre à ce courriel. Banque Fleurdelys, 500, rue "
                         "Saint-Jacques Ouest, Montréal"),
    headers=AUTO)

T = """Bonjour Maxime,

Nous avons bien reçu votre candidature au poste de Chargé·e d'études clients et nous vous remercions de l'intérêt que vous portez à Maison Célestine.

Notre équipe prend le temps de lire chaque dossier. Vous recevrez de nos nouvelles dans un délai de trois semaines environ.

À bientôt,
L'équipe recrutement Maison Célestine
"""
add(kind=ACK, slug="teamtailor_bien_recu", lang="fr", company="Maison Célestine",
    key="celestine_ack", frm=("Maison Célestine", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature ✨", date="2026-03-09 08:20", tz="+0100",
    text=T, html=ats_card("Maison Célestine", T, color="#3b2f2f"), headers=AUTO)

T = """Bonjour Maxime,

Merci pour notre échange téléphonique de ce matin, très agréable.

Je vous confirme votre inscription dans la base de candidats du Cabinet Alizé. Votre CV et vos préférences (études clients, recherche utilisateur, retail ou services ; Paris ou télétravail partiel ; prise de poste possible à partir de septembre) sont enregistrés, et je suis votre interlocutrice attitrée.

Je vous contacterai dès qu'une mission correspond à votre profil. D'ici là, n'hésitez pas à m'écrire si votre situation évolue.

Bien à vous,
Nadia Benali
Consultante senior – Cabinet Alizé Recrutement
12, rue de la Chaussée-d'Antin, 75009 Paris
06 55 01 42 87
"""
add(kind=ACK, slug="cabinet_inscription_confirmee", lang="fr", company="Cabinet Alizé",
    contact="nadia.benali@alize-recrutement.example.fr", key="alize_reg",
    frm=("Nadia Benali", "nadia.benali@alize-recrutement.example.fr"),
    subject="Confirmation de votre inscription – Cabinet Alizé", date="2026-04-28 11:52",
    tz="+0200", text=T, html=outlook_html(T))

T = """Bonjour,

Nous accusons réception de votre candidature au concours 26-AR-031 (agent de recherche, Laboratoire d'expérience usager).

Votre dossier sera analysé par le comité de sélection après la date de clôture de l'affichage, le 10 avril 2026. Les personnes dont la candidature sera retenue pour une entrevue seront contactées par le Service des ressources humaines.

Service des ressources humaines - Dotation
Université Ville-Marie

Ce message est généré automatiquement ; merci de ne pas y répondre.
"""
add(kind=ACK, slug="universite_accuse_latin1", lang="fr", company="Université Ville-Marie",
    key="uvm_ack",
    frm=("Université Ville-Marie - Dotation", "dotation-noreply@uvm.example.ca"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Accusé de réception - concours 26-AR-031", subj_enc=("iso-8859-1", "B"),
    date="2026-04-02 15:30", tz="-0400", text=T, charset="iso-8859-1", cte="8bit",
    headers=AUTO)

T = """Bonjour Maxime,

Merci d'avoir postulé pour le poste Spécialiste, connaissance client chez Magasins Vireo.

Votre candidature a bien été transmise à notre équipe. Nous l'examinerons attentivement et reviendrons vers vous si votre profil correspond aux exigences du poste.

Bonne journée,
Acquisition de talents – Magasins Vireo
"""
add(kind=ACK, slug="smartrecruiters_transmise", lang="fr", company="Magasins Vireo",
    key="vireo_ack", frm=("Magasins Vireo", "noreply@smartrecruiters.com"),
    subject="Merci pour votre candidature – Spécialiste, connaissance client",
    date="2026-03-05 19:02", tz="-0500",
    text=T, html=ats_card("Magasins Vireo", T, color="#0f7b5f"), headers=AUTO)

T = """Bonjour,

Nous confirmons la réception de votre candidature à l'appel de candidatures 2026-RNC-114 (conseiller ou conseillère en expérience citoyenne).

Toutes les candidatures seront analysées à la fermeture de l'appel. Seules les personnes dont la candidature sera retenue pour la suite du processus seront contactées ; vous recevrez toutefois un avis écrit à chaque étape franchie ou non franchie.

Numéro de dossier : RNC-114-00387

Direction de la dotation
Régie numérique de la Capitale
"""
add(kind=ACK, slug="organisme_public_dossier", lang="fr",
    company="Régie numérique de la Capitale", key="regie_ack",
    frm=("Régie numérique de la Capitale - Dotation", "noreply@regienumerique.example.ca"),
    subject="Confirmation de réception - 2026-RNC-114", date="2026-04-06 07:58", tz="-0400",
    text=T, cte="quoted-printable", headers=AUTO)

T = """Cher Monsieur Tremblay-Nguyen,

Nous vous remercions pour votre candidature à la fonction de chercheur UX (h/f/x) – réf. MI-2026-07.

Votre dossier a bien été enregistré et sera examiné par le service du personnel en collaboration avec le service Membres. Nous vous tiendrons informé de la suite réservée à votre candidature dans un délai de trois semaines.

Bien à vous,

Service du personnel
Mutualité Iris – Rue Royale 214, 1000 Bruxelles
"""
add(kind=ACK, slug="mutualite_dossier_enregistre", lang="fr", company="Mutualité Iris",
    key="iris_ack", frm=("Mutualité Iris – Recrutement", "recrutement-noreply@mutualite-iris.example.be"),
    frm_enc=("utf-8", "B"),
    subject="Votre candidature – Chercheur UX (h/f/x) – réf. MI-2026-07",
    subj_enc=("utf-8", "B"),
    date="2026-05-04 14:02", tz="+0200", text=T, html=simple_html(T),
    charset="windows-1252", cte="quoted-printable", headers=AUTO)

T = """Bonjour Maxime,

On a bien reçu ton CV, merci! Je le transmets à Mélanie, la directrice du service aux membres, et je te reviens la semaine prochaine.

Geneviève
"""
add(kind=ACK, slug="caisse_cv_recu_court", lang="fr", company="Caisse Solidaire Rosemont",
    contact="genevieve.pare@caisserosemont.example.ca", key="rosemont_ack",
    frm=("Geneviève Paré", "genevieve.pare@caisserosemont.example.ca"),
    subject="Re: CV - poste d'agent, expérience membre", date="2026-02-27 12:15", tz="-0500",
    refs=["sent-rosemont-cv"], text=T, cte="8bit")

T = """Bonjour Maxime,

Votre inscription chez Talentis Recrutement est maintenant complétée. Merci d'avoir pris le temps de remplir votre profil.

Un membre de notre équipe Expérience client et numérique prendra connaissance de votre dossier et communiquera avec vous si un mandat correspond à votre profil. Vous pouvez mettre vos disponibilités et votre CV à jour en tout temps dans votre espace personnel.

L'équipe Talentis
Québec – Montréal – Lévis
"""
add(kind=ACK, slug="agence_inscription_automatique", lang="fr", company="Talentis",
    key="talentis_reg", frm=("Talentis Recrutement", "notifications@talentis.example.ca"),
    subject="Bienvenue chez Talentis – inscription complétée", date="2026-05-25 20:40",
    tz="-0400", text=T, html=ats_card("Talentis", T, color="#c2410c"), cte="base64",
    headers=AUTO)

# =========================================================================== received, en

T = """Hi Maxime,

Thanks for applying for the User Researcher role at Northwind Ledger! We've received your application and our team will review it shortly.

We aim to get back to every applicant within two weeks.

Northwind Ledger Recruiting
"""
add(kind=ACK, slug="ashby_thanks_for_applying", lang="en", company="Northwind Ledger",
    key="northwind_ack", frm=("Northwind Ledger", "no-reply@ashbyhq.com"),
    subject="Thanks for applying to Northwind Ledger", date="2026-05-22 02:11", tz="+0000",
    text=T, html=ats_card("Northwind Ledger", T, color="#0a2540",
                          footer="Sent with Ashby on behalf of Northwind Ledger"),
    headers=AUTO)

T = """Hi Maxime,

Great speaking with you this afternoon. As promised, this confirms you're now registered with Brightpath Talent.

Here's what I noted from our call:
- Target roles: UX research, customer insights, CX analysis
- Location: Toronto (open to relocating from Montreal by the summer), hybrid preferred
- Salary expectation: CAD 60-70k
- Availability: four weeks' notice

I'll only put you forward for a role after I've talked it through with you and you've agreed. Expect to hear from me in the next week or two.

Jordan Okafor
Senior Consultant, Customer & Digital
Brightpath Talent | 155 Wellington St W, Suite 2200, Toronto, ON M5V 3H1
416-555-0139
"""
add(kind=ACK, slug="agency_registration_notes", lang="en", company="Brightpath Talent",
    contact="jordan.okafor@brightpathtalent.example.com", key="brightpath_reg",
    frm=("Jordan Okafor", "jordan.okafor@brightpathtalent.example.com"),
    subject="Welcome to Brightpath - registration confirmed", date="2026-03-27 16:20",
    tz="-0400", text=T, cte="7bit")

T = """Hi Maxime,

Thank you for your interest in Quill Health! We've received your application for UX Research Coordinator and our team is reviewing it.

If your experience is a match, a member of our recruiting team will reach out about next steps.

Quill Health Talent Team
"""
add(kind=ACK, slug="lever_application_received", lang="en", company="Quill Health",
    key="quill_ack", frm=("Quill Health", "no-reply@hire.lever.co"),
    subject="Quill Health - application received", date="2026-02-24 18:33", tz="+0000",
    text=T, html=ats_card("Quill Health", T, color="#5b3cc4"), headers=AUTO)

T = """Dear Maxime Tremblay-Nguyen,

Your profile has been submitted for the position Customer Insights Associate (JR-48210) by Brightpath Talent on your behalf.

Your application is now with our Talent Acquisition team. You can view its status at any time by signing in to your Harbourline Bank candidate home.

Harbourline Bank Talent Acquisition
"""
add(kind=ACK, slug="workday_submitted_by_agency", lang="en", company="Harbourline Bank",
    frm=("Harbourline Bank", "harbourline@myworkday.com"),
    subject="Application received: Customer Insights Associate (JR-48210)",
    date="2026-04-06 09:12", tz="-0400", refs=["brightpath_reg"],
    text=T, html=ats_card("Harbourline Bank", T, color="#004b87"), headers=AUTO)

T = """Hello Maxime,

Thank you for applying for the Research Analyst position at Granite Peak Analytics. This message confirms that we have received your application.

Our recruiting team reviews every application carefully. Unfortunately, due to the volume of applications we receive, we cannot reply to every applicant individually. If your qualifications match our needs, we will contact you to discuss next steps.

Sincerely,
Granite Peak Analytics Talent Acquisition
"""
add(kind=ACK, slug="icims_cannot_reply_individually", lang="en",
    company="Granite Peak Analytics", key="granitepeak_ack",
    frm=("Granite Peak Analytics Careers", "do-not-reply@icims.com"),
    subject="Thank you for applying - Research Analyst", date="2026-07-28 17:45", tz="-0400",
    text=T, html=simple_html(T), headers=AUTO)

T = """Selection procedure EANA/AST/2026/014 - User Research Assistant (AST 3)

Dear Candidate,

We confirm receipt of your application, registered under number EANA-014-0712.

After the closing date, the Selection Board will assess eligibility against the criteria in the vacancy notice. You will be informed by e-mail of the outcome of each stage. Please do not send further documents unless requested.

EANA Selection Team
European Accessibility Network Agency
"""
add(kind=ACK, slug="eu_agency_receipt_number", lang="en",
    company="European Accessibility Network Agency", key="eana_ack",
    frm=("EANA Recruitment", "do-not-reply@icims.com"),
    subject="EANA/AST/2026/014 - acknowledgement of receipt", date="2026-06-30 23:59",
    tz="+0200", text=T, cte="7bit", headers=AUTO)

# =========================================================================== received, de

T = """Hallo Maxime,

vielen Dank für Ihre Bewerbung als UX Researcher (m/w/d) bei Spreewerk und Ihr Interesse an unserem Team.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen bei Ihnen.

Viele Grüße
Ihr People & Culture Team von Spreewerk
"""
add(kind=ACK, slug="personio_eingangsbestaetigung", lang="de", company="Spreewerk",
    key="spreewerk_ack", frm=("Spreewerk GmbH", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung – UX Researcher (m/w/d)",
    date="2026-02-20 10:03", tz="+0100",
    text=T, html=ats_card("Spreewerk", T, color="#0b6e4f"), headers=AUTO)

T = """Sehr geehrter Herr Tremblay-Nguyen,

vielen Dank für Ihre Bewerbung als Customer Insights Analyst (m/w/d) und Ihr Interesse an der Kiezbank.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Unser Recruiting-Team prüft Ihre Bewerbung sorgfältig und meldet sich so schnell wie möglich bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberportal einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kiezbank
"""
add(kind=ACK, slug="softgarden_eingang_latin1", lang="de", company="Kiezbank",
    key="kiezbank_ack", frm=("Kiezbank Karriere", "noreply@softgarden.io"),
    subject="Vielen Dank für Ihre Bewerbung", subj_enc=("iso-8859-1", "Q"),
    date="2026-04-02 16:22", tz="+0200", text=T, charset="iso-8859-1",
    cte="quoted-printable", headers=AUTO)

T = """Hallo Maxime,

danke für das nette Telefonat heute! Hiermit bestätige ich Ihre Registrierung bei Hauptstadt Talente.

Ich habe Ihr Profil mit Ihren Wünschen angelegt: UX- oder Kundenforschung, Berlin oder remote aus Kanada, Start ab Oktober. Ich stelle Sie nur mit Ihrer ausdrücklichen Zustimmung bei unseren Kunden vor.

Beste Grüße
Miriam Yilmaz
Senior Consultant | Hauptstadt Talente
Torstraße 140, 10119 Berlin
+49 30 555 27 41
"""
add(kind=ACK, slug="agentur_registrierung", lang="de", company="Hauptstadt Talente",
    contact="miriam.yilmaz@hauptstadt-talente.example.de", key="hauptstadt_reg",
    frm=("Miriam Yilmaz", "miriam.yilmaz@hauptstadt-talente.example.de"),
    subject="Ihre Registrierung bei Hauptstadt Talente", date="2026-07-27 15:50", tz="+0200",
    text=T, html=simple_html(T))

# =========================================================================== received, es

T = """Hola, Maxime:

¡Gracias por presentar tu candidatura al puesto de UX Researcher en Cervantes Digital!

La hemos recibido correctamente y nuestro equipo de Talento la revisará en los próximos días. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

El equipo de Cervantes Digital
"""
add(kind=ACK, slug="smartrecruiters_recibida", lang="es", company="Cervantes Digital",
    key="cervantes_ack", frm=("Cervantes Digital", "noreply@smartrecruiters.com"),
    subject="Hemos recibido tu candidatura", date="2026-06-29 08:40", tz="+0200",
    text=T, html=ats_card("Cervantes Digital", T, color="#b45309"), headers=AUTO)

T = """Estimado/a Maxime:

Le confirmamos que hemos recibido su candidatura para el puesto de Analista de Experiencia de Cliente (ref. BA-2026-0318).

Debido al elevado número de candidaturas, no podemos responder a cada persona de forma individual. Si su perfil se ajusta a los requisitos, el equipo de Selección se pondrá en contacto con usted.

Puede consultar el estado de su candidatura en el portal de empleo de Banco Alcázar.

Atentamente,
Dirección de Talento - Banco Alcázar
"""
add(kind=ACK, slug="successfactors_sin_respuesta_individual", lang="es",
    company="Banco Alcázar", key="alcazar_ack",
    frm=("Banco Alcázar - Talento", "no-reply@successfactors.eu"),
    subject="Confirmación de candidatura BA-2026-0318", subj_enc=("iso-8859-1", "Q"),
    date="2026-05-18 09:05", tz="+0200", text=T, charset="iso-8859-1",
    cte="quoted-printable", headers=AUTO)

# =========================================================================== offers, fr

T = """Bonjour Maxime,

Au nom de toute l'équipe Expérience client, j'ai le grand plaisir de vous offrir le poste de Conseiller, recherche clientèle, à la Banque Fleurdelys.

Vous trouverez ci-joint votre lettre d'offre détaillant les conditions : salaire annuel de 64 500 $, régime de retraite à prestations déterminées, quatre semaines de vacances et une entrée en fonction prévue le 4 mai 2026.

Pour accepter l'offre, il suffit de signer la lettre et de nous la retourner au plus tard le 2 avril 2026. N'hésitez pas à m'appeler si vous avez des questions.

Félicitations !

Isabelle Côté
Conseillère principale, acquisition de talents
Banque Fleurdelys
500, rue Saint-Jacques Ouest, Montréal (Québec) H2Y 1S1
514 555-0110

Ce courriel peut contenir des renseignements confidentiels ou privilégiés. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le supprimer.
"""
add(kind=OFF, slug="lettre_offre_banque_pdf", lang="fr", company="Banque Fleurdelys",
    contact="isabelle.cote@fleurdelys.example.ca", key="fleurdelys_offer",
    frm=("Isabelle Côté", "isabelle.cote@fleurdelys.example.ca"), frm_enc=("iso-8859-1", "B"),
    subject="Offre d'emploi – Conseiller, recherche clientèle", date="2026-03-25 16:40",
    tz="-0400", refs=["fleurdelys_ack", "fleurdelys_centre"], text=T, html=outlook_html(T),
    attachments=[{"filename": "Lettre_offre_Tremblay-Nguyen.pdf",
                  "pdf": ["Banque Fleurdelys", "Lettre d'offre d'emploi", "",
                          "M. Maxime Tremblay-Nguyen",
                          "Poste : Conseiller, recherche clientèle",
                          "Salaire annuel : 64 500 $",
                          "Entrée en fonction : 4 mai 2026",
                          "Date limite d'acceptation : 2 avril 2026"]}])

T = """Salut Maxime,

Comme je te disais au téléphone tantôt : on veut vraiment t'avoir dans l'équipe! Je te confirme par écrit notre offre pour le poste de chercheur·e UX junior :

- 58 000 $ par année, plus 3 000 $ de budget formation
- horaire hybride (mardi et jeudi au studio)
- début le 1er juin, ou plus tard si tu dois finir ton préavis au café

Annie va te faire parvenir le contrat d'ici vendredi. Prends le temps d'y penser et appelle-moi si tu veux en jaser.

On a bien hâte!
Fred
"""
add(kind=OFF, slug="offre_verbale_confirmee", lang="fr", company="Pixel Érable",
    contact="fred.lavoie@pixelerable.example.ca", key="pixel_offer",
    frm=("Frédérique Lavoie", "fred.lavoie@pixelerable.example.ca"),
    subject="Suite à notre appel 🎉", date="2026-05-05 17:22", tz="-0400",
    refs=["pixel_chat", "pixel_trial", "pixel_move"], text=T, cte="8bit")

OLD = """Salut Maxime,

Comme je te disais au téléphone tantôt : on veut vraiment t'avoir dans l'équipe! Je te confirme par écrit notre offre pour le poste de chercheur·e UX junior."""
T = reply("""Bonjour Maxime,

Tel qu'annoncé par Fred, voici ton contrat de travail pour le poste de chercheur·e UX junior chez Pixel Érable.

Peux-tu le lire, le signer (signature électronique ou papier numérisé, les deux sont acceptés) et me le retourner d'ici le vendredi 15 mai? J'ai aussi joint le formulaire de dépôt direct et le guide d'accueil.

Si tu as des questions sur les assurances collectives, je suis là.

Annie Roy
Coordonnatrice, opérations et personnes
Pixel Érable – 6500, rue de Saint-Vallier, Montréal (Québec) H2S 2P7
514 555-0191
""", "fr", "mar. 5 mai 2026 à 17:22", "Frédérique Lavoie", "fred.lavoie@pixelerable.example.ca",
    OLD)
add(kind=OFF, slug="contrat_a_signer_pdf", lang="fr", company="Pixel Érable",
    contact="annie.roy@pixelerable.example.ca", key="pixel_contract",
    frm=("Annie Roy", "annie.roy@pixelerable.example.ca"),
    cc=[("Frédérique Lavoie", "fred.lavoie@pixelerable.example.ca")],
    subject="Ton contrat – à signer d'ici le 15 mai", date="2026-05-08 10:03", tz="-0400",
    refs=["pixel_offer"], text=T, html=simple_html(T),
    attachments=[{"filename": "Contrat_Tremblay-Nguyen_signature.pdf",
                  "pdf": ["CONTRAT DE TRAVAIL", "Pixel Érable inc.", "",
                          "Employé : Maxime Tremblay-Nguyen",
                          "Poste : Chercheur·e UX junior",
                          "Salaire : 58 000 $ par année",
                          "Date d'entrée en fonction : 1er juin 2026",
                          "", "Signature : ______________________"]},
                 {"filename": "Guide_accueil_Pixel_Erable.pdf",
                  "pdf": ["Bienvenue chez Pixel Érable!", "Ta première semaine",
                          "Lundi : café et tour du studio"]}])

T = """Bonjour Maxime,

Je peux enfin vous dire le nom de mon client : il s'agit de Parfums Odalie. Et j'ai une excellente nouvelle : après votre entretien de vendredi, ils souhaitent vous faire une offre pour le poste de chargé d'études consommateurs.

Les grandes lignes, qu'ils confirmeront par écrit :
- CDI, statut cadre, basé au siège (Paris 8e), deux jours de télétravail
- 42 000 € bruts annuels + 13e mois
- prise de poste à convenir, idéalement début septembre, avec un accompagnement pour le visa

Ils aimeraient une réponse de principe d'ici mardi. Appelez-moi quand vous pouvez, je suis joignable tout l'après-midi.

Bien à vous,
Nadia Benali
Consultante senior – Cabinet Alizé Recrutement
06 55 01 42 87
"""
add(kind=OFF, slug="cabinet_client_fait_offre", lang="fr", company="Parfums Odalie",
    contact="nadia.benali@alize-recrutement.example.fr", key="alize_offer",
    frm=("Nadia Benali", "nadia.benali@alize-recrutement.example.fr"),
    subject="Bonne nouvelle – mon client souhaite vous faire une offre", date="2026-05-27 13:05",
    tz="+0200", refs=["alize_reg", "alize_client", "alize_missed", "alize_new"],
    text=T, html=outlook_html(T))

T = """Bonjour Maxime,

Suite à nos échanges et à votre rencontre avec l'équipe la semaine dernière, nous avons le plaisir de vous proposer de rejoindre l'Institut Kalm en qualité de chargé d'études qualitatives junior.

Vous trouverez en pièce jointe notre promesse d'embauche précisant les conditions du poste (CDI, 38 000 euros bruts annuels, prise de poste le 2 novembre 2026, période d'essai de trois mois). Nous vous remercions de nous la retourner signée avant le 30 septembre.

Nous serions ravis de vous compter parmi nous.

Bérénice Aubert
Directrice des études
Institut Kalm
9, rue des Petites-Écuries, 75010 Paris
01 42 46 18 70
"""
add(kind=OFF, slug="promesse_embauche_pdf", lang="fr", company="Institut Kalm",
    contact="berenice.aubert@institutkalm.example.fr",
    frm=("Bérénice Aubert", "berenice.aubert@institutkalm.example.fr"),
    subject="Proposition d'embauche - chargé d'études qualitatives", subj_enc=("iso-8859-1", "Q"),
    date="2026-09-22 18:10", tz="+0200", refs=["sent-kalm-application"],
    text=T, charset="iso-8859-1", cte="base64",
    attachments=[{"filename": "Promesse_embauche_Kalm.pdf",
                  "pdf": ["Institut Kalm SAS", "Promesse d'embauche", "",
                          "M. Maxime Tremblay-Nguyen",
                          "Fonction : chargé d'études qualitatives junior",
                          "Rémunération : 38 000 EUR bruts annuels",
                          "Prise de poste : 2 novembre 2026"]}])

# =========================================================================== offers, en

T = """Hi Maxime,

I'm delighted to let you know that Northwind Ledger would like to offer you the position of User Researcher!

Everyone you met was impressed, and Marcus is especially excited to have someone who has spent years watching real customers make real decisions.

Your offer letter is attached. Highlights:
- Base salary: CAD 78,000
- Equity: 1,200 stock options, four-year vesting
- Start date: August 3, 2026 (Toronto office, hybrid)
- Relocation support from Montreal: up to CAD 5,000

The offer is valid until July 3. I'm happy to set up a call with Marcus if you have any questions before deciding.

Congratulations!
Emily Chen
Recruiting Coordinator, Northwind Ledger

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended only for the named recipient. If you received it in error, please notify the sender and delete it.
"""
add(kind=OFF, slug="offer_letter_pdf_equity", lang="en", company="Northwind Ledger",
    contact="emily.chen@northwindledger.example.com", key="northwind_offer",
    frm=("Emily Chen", "emily.chen@northwindledger.example.com"),
    subject="Your offer from Northwind Ledger", date="2026-06-26 15:15", tz="-0400",
    refs=["northwind_ack", "northwind_pick", "northwind_move"], text=T, html=simple_html(T),
    attachments=[{"filename": "Northwind_Ledger_Offer_Letter_M_Tremblay-Nguyen.pdf",
                  "pdf": ["Northwind Ledger Inc.", "Offer of Employment", "",
                          "Maxime Tremblay-Nguyen", "Position: User Researcher",
                          "Base salary: CAD 78,000", "Start date: August 3, 2026",
                          "Please sign and return by July 3, 2026."]}])

T = """Hi Maxime,

Fantastic news: Fernhill Grocers wants to make you an offer for the Customer Research Specialist role!

Their proposal is CAD 66,000 base plus the standard 5% bonus, three weeks' vacation, hybrid from their Etobicoke head office, with a start in mid-October. The hiring manager said your in-store observation exercise was the strongest she'd seen.

They'll send the formal letter once you've said yes in principle. Can we talk tonight or tomorrow morning? If you want to push on salary, I think there's a little room.

Jordan Okafor
Senior Consultant, Customer & Digital
Brightpath Talent | 416-555-0139
"""
add(kind=OFF, slug="agency_client_wants_offer", lang="en", company="Fernhill Grocers",
    contact="jordan.okafor@brightpathtalent.example.com",
    frm=("Jordan Okafor", "jordan.okafor@brightpathtalent.example.com"),
    subject="Fernhill wants to make you an offer!", date="2026-09-10 17:48", tz="-0400",
    refs=["brightpath_reg"], text=T, cte="quoted-printable")

OLD = """Hi Hannah,

Thanks again for your patience about the time zones. I really enjoyed the debrief with you and Jonas on Monday, and the recordings were a fun puzzle to work on.

Best,
Maxime"""
T = reply("""Hi Maxime,

I'm very happy to write this one: we'd like to offer you the Junior UX Researcher position at Lindgrün Mobility!

We're proposing a salary of EUR 52,000 a year, 30 days of holiday, a BVG ticket and full support with the visa and relocation to Berlin. Ideal start date would be October 1, but we can be flexible.

The contract will follow by DocuSign once you tell us you're in. Take a few days, and ping me with any questions.

Hannah
""", "en", "Tue, Jul 21, 2026 at 9:05 PM", CANDIDATE_NAME, CANDIDATE_ADDR, OLD)
add(kind=OFF, slug="offer_after_debrief_visa", lang="en", company="Lindgrün Mobility",
    contact="hannah.weiss@lindgruen.example.de",
    frm=("Hannah Weiss", "hannah.weiss@lindgruen.example.de"),
    subject="Re: Thank you for the debrief", date="2026-08-03 11:26", tz="+0200",
    refs=["lindgruen_invite", "lindgruen_missed", "sent-lindgruen-thanks"], text=T)

# =========================================================================== offers, de

T = """Sehr geehrter Herr Tremblay-Nguyen,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Sander und mir die Position als Customer Experience Researcher (m/w/d) bei der Vogelsang Versicherung anzubieten.

Im Anhang finden Sie unser Vertragsangebot mit allen Details: ein Jahresbruttogehalt von 56.000 EUR, 30 Urlaubstage, betriebliche Altersvorsorge sowie Unterstützung bei Visum und Umzug nach Berlin. Als Eintrittsdatum schlagen wir den 1. November 2026 vor.

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 16. September zurück. Frau Yilmaz von Hauptstadt Talente ist über das Angebot informiert.

Mit freundlichen Grüßen
Dr. Katrin Vogt
HR Business Partnerin
Vogelsang Versicherung AG
Friedrichstraße 95, 10117 Berlin
"""
add(kind=OFF, slug="vertragsangebot_pdf", lang="de", company="Vogelsang Versicherung",
    contact="katrin.vogt@vogelsang.example.de",
    frm=("Dr. Katrin Vogt", "katrin.vogt@vogelsang.example.de"),
    cc=[("Miriam Yilmaz", "miriam.yilmaz@hauptstadt-talente.example.de")],
    subject="Ihr Vertragsangebot – Customer Experience Researcher", date="2026-09-02 14:55",
    tz="+0200", refs=["hauptstadt_vogelsang"], text=T, html=outlook_html(T),
    attachments=[{"filename": "Vertragsangebot_Tremblay-Nguyen.pdf",
                  "pdf": ["Vogelsang Versicherung AG", "Arbeitsvertrag (Angebot)", "",
                          "Herr Maxime Tremblay-Nguyen",
                          "Position: Customer Experience Researcher (m/w/d)",
                          "Jahresbruttogehalt: 56.000 EUR",
                          "Eintritt: 1. November 2026"]}])

# =========================================================================== offers, es

T = """Hola, Maxime:

Después de las entrevistas y de la prueba práctica, nos alegra mucho ofrecerte el puesto de Investigador UX júnior en Estudio Retiro.

Te resumo la propuesta:
- Contrato indefinido, jornada completa (modelo híbrido, tres días en el estudio de la calle Ibiza)
- Salario bruto anual: 31.000 €
- Incorporación: 2 de noviembre de 2026, con ayuda para los trámites de residencia

Nos encantaría tenerte en el equipo. ¿Podrías darnos una respuesta antes del 16 de octubre?

Un abrazo,
Paula Domínguez
Directora de Investigación
Estudio Retiro UX
Calle de Ibiza 34, 28009 Madrid
"""
add(kind=OFF, slug="propuesta_incorporacion", lang="es", company="Estudio Retiro UX",
    contact="paula.dominguez@estudioretiro.example.es",
    frm=("Paula Domínguez", "paula.dominguez@estudioretiro.example.es"), frm_enc=("utf-8", "B"),
    subject="Propuesta de incorporación – Estudio Retiro", date="2026-10-06 12:20", tz="+0200",
    refs=["sent-retiro-application"], text=T, html=simple_html(T),
    charset="windows-1252", cte="quoted-printable")

counts = {k: sum(1 for m in MESSAGES if m["kind"] == k) for k in (ACK, OFF)}
assert counts == {ACK: 21, OFF: 10}, counts
assert CANDIDATE_ADDR
