"""Corpus 205, acknowledgements and offers: 21 application_received and 10 offer messages,
all hand-written."""

from __future__ import annotations

from msgs205_common import ME, ats_card, outlook_block, outlook_html, replied, simple_html

MESSAGES: list[dict] = []
add = MESSAGES.append

ACK = "application_received"
OFFER = "offer"

# =============================================================================================
# Application received
# =============================================================================================

# ------------------------------------------------------------------------------------- French

add(dict(
    kind=ACK, slug="belvedere_teamtailor_no_individual_reply", lang="fr",
    company="Hôtel Belvédère d'Ouchy", contact="",
    frm=("Hôtel Belvédère d'Ouchy", "no-reply@teamtailor-mail.com"), frm_cs="utf-8", frm_enc="q",
    subject="Merci pour votre candidature – Coordinatrice événements",
    date="2026-02-09 09:14", tz="+0000", mid="belv-ack",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    cte="quoted-printable",
    text=(TEXT := """\
Bonjour Margaux,

Merci pour votre candidature au poste de Coordinatrice événements à l'Hôtel Belvédère d'Ouchy. \
Nous l'avons bien reçue et notre équipe RH l'examinera dans les meilleurs délais.

En raison du grand nombre de dossiers, nous ne pouvons malheureusement pas répondre \
individuellement à chaque candidature. Si votre profil correspond à nos attentes, nous vous \
contacterons d'ici deux à trois semaines.

Vous pouvez suivre l'état de votre candidature à tout moment :
https://belvedere-ouchy.teamtailor.com/candidate/applications

Belle journée,
L'équipe RH de l'Hôtel Belvédère d'Ouchy
"""),
    html=ats_card(TEXT, "fr", "Hôtel Belvédère d'Ouchy", "#1b4f72",
                  footer="Envoyé par Teamtailor · Se désinscrire des communications "
                         "candidats : https://belvedere-ouchy.teamtailor.com/connect/unsubscribe"),
))

add(dict(
    kind=ACK, slug="verdier_smartrecruiters_received", lang="fr",
    company="Maison Verdier", contact="",
    frm=("Maison Verdier Horlogerie", "noreply@smartrecruiters.com"),
    subject="Nous avons bien reçu votre candidature", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-01-19 06:48", tz="+0000", mid="verdier-ack", refs=["verdier-application"],
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    html=ats_card("""\
Bonjour Margaux,

Merci d'avoir postulé chez Maison Verdier pour le poste Hôtesse d'accueil événements & clientèle \
privée – Genève.

Votre candidature a été transmise à notre équipe de recrutement. Nous reviendrons vers vous si \
votre profil est retenu pour la suite du processus.

Référence de votre candidature : 7428193-VERD

L'équipe Talent de Maison Verdier""", "fr", "Maison Verdier", "#4a235a",
        footer="SmartRecruiters · https://jobs.smartrecruiters.com/MaisonVerdier"),
))

add(dict(
    kind=ACK, slug="alpeslacs_workday_confirmation", lang="fr",
    company="Hôtels Alpes & Lacs", contact="",
    frm=("Hôtels Alpes & Lacs", "alpeslacs@myworkday.com"), frm_cs="iso-8859-1", frm_enc="b",
    subject="Confirmation de réception – Coordinateur·rice d'événements (R-10482)",
    subj_cs="utf-8", subj_enc="q",
    date="2026-01-08 13:25", tz="-0800", mid="alpeslacs-ack",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
    cte="base64",
    html=ats_card("""\
Bonjour Margaux,

Nous vous confirmons la bonne réception de votre candidature pour le poste \
Coordinateur·rice d'événements (R-10482), Lausanne.

Prochaines étapes : nos recruteurs étudient chaque dossier. Vous pouvez suivre l'avancement de \
votre candidature dans votre espace candidat Workday.

Merci de votre intérêt pour les Hôtels Alpes & Lacs.""", "fr", "Hôtels Alpes & Lacs", "#7a1f3d",
        footer="Ce message a été généré automatiquement, merci de ne pas y répondre."),
))

add(dict(
    kind=ACK, slug="talentsrhone_registration", lang="fr",
    company="Talents Rhône", contact="chloe.baptiste@talents-rhone.example.fr",
    frm=("Chloé Baptiste", "chloe.baptiste@talents-rhone.example.fr"),
    subject="Confirmation de votre inscription chez Talents Rhône", subj_cs="utf-8", subj_enc="b",
    date="2026-08-10 11:47", mid="rhone-registration",
    text="""\
Bonjour Margaux,

Merci pour notre échange téléphonique de ce matin. Je vous confirme votre inscription chez \
Talents Rhône, dans notre pôle Hôtellerie & Événementiel.

Votre dossier (CV, lettre, certificats de travail) est complet. Je vais le présenter dès cette \
semaine à deux clients lyonnais qui recherchent des assistantes ou coordinatrices \
événementielles ; je reviens vers vous dès que j'ai un retour.

Pour rappel, nos services sont entièrement gratuits pour les candidats.

Belle journée,
Chloé Baptiste
Chargée de recrutement – Hôtellerie & Événementiel
Talents Rhône
12 rue de la Charité, 69002 Lyon
""",
))

add(dict(
    kind=ACK, slug="horizons_cv_received_outlook", lang="fr",
    company="Fondation Horizons Solidaires", contact="b.diallo@horizons-solidaires.example.org",
    frm=("Bintou Diallo", "b.diallo@horizons-solidaires.example.org"),
    subject="RE: Candidature – Coordinatrice d’événements de sensibilisation",
    subj_cs="utf-8", subj_enc="q",
    date="2026-04-07 14:10", mid="horizons-ack", refs=["horizons-application"],
    charset="windows-1252", cte="quoted-printable",
    text=(TEXT := """\
Bonjour Madame,

Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de coordinatrice \
d’événements de sensibilisation, et nous vous en remercions.

Les entretiens auront lieu dans la seconde moitié d’avril ; nous contacterons les personnes \
retenues d’ici au 20 avril.

Avec nos cordiales salutations,
Bintou Diallo
Assistante RH
Fondation Horizons Solidaires

""" + outlook_block("fr", "Margaux Lindqvist-Obi <margaux.lo@example.ch>",
                    "lundi 6 avril 2026 08:30", "emplois@horizons-solidaires.example.org",
                    "Candidature – Coordinatrice d’événements de sensibilisation", """\
Madame, Monsieur,

Réceptionniste dans un hôtel lausannois depuis six ans, je souhaite mettre mon expérience de \
l’accueil au service de vos campagnes de sensibilisation. Vous trouverez ci-joint mon CV et ma \
lettre de motivation.

Je reste à votre disposition pour un entretien.

Meilleures salutations,
Margaux Lindqvist-Obi""")),
    html=outlook_html(TEXT, "fr"),
))

add(dict(
    kind=ACK, slug="aig_successfactors_acknowledgement", lang="fr",
    company="Académie internationale de Genève", contact="",
    frm=("Académie internationale de Genève", "noreply@successfactors.eu"),
    frm_cs="iso-8859-1", frm_enc="q",
    subject="Accusé de réception de votre candidature", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-07-06 05:12", tz="+0000", mid="aig-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(TEXT := """\
Madame Lindqvist-Obi,

Nous accusons réception de votre candidature au poste d'Assistant·e événements académiques \
(60-80 %), réf. AIG-2026-031.

Votre dossier sera examiné par la commission de recrutement après la clôture de l'annonce, le \
10 juillet 2026. Les personnes dont le profil sera retenu pour un entretien seront contactées par \
courriel.

Merci de ne pas répondre à ce message automatique.

Service du personnel
Académie internationale de Genève
"""),
    html=ats_card(TEXT, "fr", "Académie internationale de Genève", "#1a5276"),
))

add(dict(
    kind=ACK, slug="confluence_recruitee_received", lang="fr",
    company="Cité Confluence Congrès", contact="",
    frm=("Cité Confluence Congrès", "notifications@jobs.recruitee.com"),
    frm_cs="utf-8", frm_enc="b",
    subject="Cité Confluence Congrès – candidature reçue", subj_cs="utf-8", subj_enc="b",
    date="2026-08-24 20:31", mid="confluence-ack",
    text=(TEXT := """\
Bonjour Margaux,

Nous avons bien reçu votre candidature pour le poste de Coordinateur / Coordinatrice congrès \
(CDI – Lyon).

Notre équipe va l'étudier avec attention. Le processus de sélection comprend un premier échange \
téléphonique, une journée d'évaluation collective et un entretien final.

Vous recevrez une réponse, quelle qu'elle soit, d'ici trois semaines.

L'équipe Ressources humaines
Cité Confluence Congrès
"""),
    html=ats_card(TEXT, "fr", "Cité Confluence Congrès", "#a04000",
                  footer="Propulsé par Recruitee"),
))

add(dict(
    kind=ACK, slug="hes_bamboohr_registered", lang="fr",
    company="HES Lémanique", contact="",
    frm=("HES Lémanique", "notifications@bamboohr.com"), frm_cs="iso-8859-1", frm_enc="b",
    subject="Candidature reçue : Coordinateur·trice des manifestations (80 %)",
    subj_cs="utf-8", subj_enc="b",
    date="2026-03-03 21:15", mid="hes-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""\
Bonjour Margaux,

Votre candidature pour le poste de Coordinateur·trice des manifestations (80 %) a bien été \
enregistrée le 3 mars 2026 à 21:14.

La HES Lémanique traite toutes les candidatures de manière confidentielle. Le délai de traitement \
est en général de trois à quatre semaines. Nous ne sommes malheureusement pas en mesure de \
commenter les dossiers individuellement durant cette phase.

Service des ressources humaines
HES Lémanique
""",
))

add(dict(
    kind=ACK, slug="presquile_icims_registered", lang="fr",
    company="Hôtel Saint-Jean Presqu'île", contact="",
    frm=("Hôtel Saint-Jean Presqu'île", "presquile-careers@icims.com"), frm_cs="utf-8",
    frm_enc="q",
    subject="Nous avons reçu votre candidature (réf. 2026-LYO-117)",
    subj_cs="iso-8859-1", subj_enc="q",
    date="2026-08-31 03:02", tz="-0400", mid="presquile-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    html=ats_card("""\
Madame Lindqvist-Obi,

Nous vous remercions pour votre candidature au poste d'Assistante Événements & Séminaires \
(réf. 2026-LYO-117).

Elle a été enregistrée dans notre système et sera examinée par l'équipe de l'hôtel.

Compte tenu du nombre important de candidatures, seules les personnes présélectionnées seront \
contactées ; nous ne pouvons malheureusement pas répondre individuellement à chaque candidat.

Service des ressources humaines
Hôtel Saint-Jean Presqu'île, Lyon""", "fr", "Hôtel Saint-Jean Presqu'île", "#5b2c6f",
        charset="iso-8859-1"),
))

add(dict(
    kind=ACK, slug="montreux_accueil_dossier_received", lang="fr",
    company="Montreux Riviera Accueil", contact="valerie.chappuis@montreux-accueil.example.ch",
    frm=("Valérie Chappuis", "valerie.chappuis@montreux-accueil.example.ch"),
    subject="Re: Candidature – Responsable accueil congrès", subj_cs="utf-8", subj_enc="q",
    date="2026-06-15 10:30", mid="montreux-ack", refs=["montreux-application"],
    text=(TEXT := """\
Bonjour Madame Lindqvist-Obi,

Bien reçu votre dossier, merci ! Je le transmets à M. Bonvin et nous revenons vers vous d'ici la \
fin du mois.

Cordialement,
Valérie Chappuis
Cheffe du service accueil
Montreux Riviera Accueil

""" + replied("fr", "lun. 15 juin 2026 à 07:52", "Margaux Lindqvist-Obi", ME[1], """\
Madame Chappuis,

Votre annonce pour le poste de responsable accueil congrès a retenu toute mon attention. \
Réceptionniste depuis six ans, j'accueille chaque semaine des groupes de séminaires et je \
souhaite désormais me consacrer entièrement à l'événementiel.

Vous trouverez ci-joint mon CV et mes certificats. Je serais ravie de vous rencontrer lors d'un \
entretien.

Meilleures salutations,
Margaux Lindqvist-Obi""")),
    html=simple_html(TEXT, "fr"),
))

# ------------------------------------------------------------------------------------- German

add(dict(
    kind=ACK, slug="aarehof_personio_received", lang="de",
    company="Kongresszentrum Aarehof", contact="",
    frm=("Kongresszentrum Aarehof", "no-reply@personio.de"),
    subject="Ihre Bewerbung ist bei uns eingegangen",
    date="2026-03-02 08:03", mid="aarehof-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    text=(TEXT := """\
Guten Tag Margaux Lindqvist-Obi

Vielen Dank für Ihre Bewerbung als Eventkoordinatorin Kongresse (80–100 %). Ihre Unterlagen sind \
vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüsse
Ihr HR-Team
Kongresszentrum Aarehof
"""),
    html=ats_card(TEXT, "de", "Kongresszentrum Aarehof", "#2874a6",
                  footer="Versendet mit Personio"),
))

add(dict(
    kind=ACK, slug="personalwerk_pool_registration", lang="de",
    company="Personalwerk Zürich", contact="nicole.steiner@personalwerk.example.ch",
    frm=("Nicole Steiner", "nicole.steiner@personalwerk.example.ch"),
    subject="Ihre Registrierung bei Personalwerk Zürich",
    date="2026-03-18 12:20", mid="personalwerk-registration",
    text="""\
Liebe Frau Lindqvist-Obi

Herzlichen Dank für das angenehme Gespräch von heute Morgen. Hiermit bestätige ich Ihnen die \
Aufnahme in unseren Kandidatenpool für Festanstellungen im Bereich Hotellerie & Events.

Ihr Dossier gebe ich nur nach vorgängiger Rücksprache mit Ihnen an Kunden weiter. Für Sie \
entstehen selbstverständlich keine Kosten.

Als nächsten Schritt sende ich Ihnen bis Ende Woche zwei bis drei passende Stellen, die wir \
gemeinsam besprechen können.

Herzliche Grüsse
Nicole Steiner
Senior Consultant Hotellerie & Events
Personalwerk Zürich AG
Löwenstrasse 29, 8001 Zürich
T +41 44 555 61 70
""",
))

add(dict(
    kind=ACK, slug="keller_successfactors_receipt", lang="de",
    company="Uhrenmanufaktur Keller", contact="",
    frm=("Uhrenmanufaktur Keller", "noreply@successfactors.eu"),
    subject="Eingangsbestätigung Ihrer Bewerbung - Event Specialist Brand Experience",
    subj_cs="iso-8859-1", subj_enc="b",
    date="2026-04-20 19:06", mid="keller-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="base64",
    html=ats_card("""\
Sehr geehrte Frau Lindqvist-Obi

Wir bestätigen den Eingang Ihrer Bewerbung für die Position Event Specialist Brand Experience \
(Req. 3317).

Unser Recruiting-Team prüft Ihre Unterlagen und meldet sich in den nächsten Wochen bei Ihnen. \
Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Bitte antworten Sie nicht auf diese E-Mail.

Freundliche Grüsse
Uhrenmanufaktur Keller – Human Resources""", "de", "Uhrenmanufaktur Keller", "#212f3c"),
))

add(dict(
    kind=ACK, slug="isarforum_softgarden_received", lang="de",
    company="Isarforum Tagungszentrum", contact="",
    frm=("Isarforum Tagungszentrum über softgarden", "isarforum@softgarden.io"),
    frm_cs="utf-8", frm_enc="q",
    subject="Bewerbungseingang: Veranstaltungskoordinator (m/w/d)",
    date="2026-02-23 17:40", mid="isarforum-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""\
Sehr geehrte Frau Lindqvist-Obi,

herzlichen Dank für Ihre Bewerbung und Ihr Interesse am Isarforum Tagungszentrum.

Ihre Unterlagen für die Position Veranstaltungskoordinator (m/w/d) sind vollständig bei uns \
eingegangen. Wir sichten alle Bewerbungen und melden uns so schnell wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team des Isarforum Tagungszentrums
""",
))

add(dict(
    kind=ACK, slug="brueckenbau_human_confirmation", lang="de",
    company="Stiftung Brückenbau", contact="andrea.gfeller@brueckenbau.example.ch",
    frm=("Andrea Gfeller", "andrea.gfeller@brueckenbau.example.ch"),
    subject="Eingangsbestätigung: Bewerbung Projektleiterin Anlässe",
    date="2026-05-18 09:55", mid="brueckenbau-ack",
    charset="iso-8859-1", cte="8bit",
    text="""\
Liebe Frau Lindqvist-Obi

Wir haben Ihre Bewerbung als Projektleiterin Anlässe (60 %) erhalten und danken Ihnen für Ihr \
Interesse an der Stiftung Brückenbau.

Die Bewerbungsfrist läuft noch bis zum 25. Mai. Danach sichten wir alle Dossiers und geben Ihnen \
bis Anfang Juni Bescheid, ob wir Sie zu einem Gespräch einladen.

Mit herzlichen Grüssen
Andrea Gfeller
Leiterin Kommunikation & Anlässe
Stiftung Brückenbau
""",
))

add(dict(
    kind=ACK, slug="viktualien_teamtailor_du", lang="de",
    company="Hotel Viktualien", contact="",
    frm=("Hotel Viktualien", "no-reply@teamtailor-mail.com"),
    subject="Danke für deine Bewerbung!", subj_cs="utf-8", subj_enc="b",
    date="2026-08-03 06:12", tz="+0000", mid="viktualien-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    text=(TEXT := """\
Hallo Margaux,

danke für deine Bewerbung als Eventkoordinatorin (m/w/d) im Hotel Viktualien! Wir haben sie gut \
erhalten.

Wir schauen uns jede Bewerbung persönlich an. Das kann ein bisschen dauern – leider schaffen wir \
es nicht, allen einzeln zu antworten. Wenn dein Profil passt, melden wir uns innerhalb von drei \
Wochen bei dir.

Liebe Grüße
Dein Team vom Hotel Viktualien
"""),
    html=ats_card(TEXT, "de", "Hotel Viktualien", "#922b21"),
))

# ------------------------------------------------------------------------------------- English

add(dict(
    kind=ACK, slug="navigli_greenhouse_thanks_for_applying", lang="en",
    company="Navigli Convention Hub", contact="",
    frm=("Navigli Convention Hub", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Navigli Convention Hub",
    date="2026-05-11 08:22", mid="navigli-ack", refs=["navigli-application"],
    headers=[("Auto-Submitted", "auto-generated")],
    cte="quoted-printable",
    html=ats_card("""\
Hi Margaux,

Thank you for your interest in Navigli Convention Hub! We've received your application for the \
Events Coordinator position and our team will review it shortly.

If your experience is a good match, someone from our recruiting team will be in touch about next \
steps. Because of the volume of applications we receive, we are unable to respond to every \
applicant individually.

Best regards,
Navigli Convention Hub Recruiting""", "en", "Navigli Convention Hub", "#0e6655",
        footer="Powered by Greenhouse"),
))

add(dict(
    kind=ACK, slug="northlight_lever_confirmation", lang="en",
    company="Northlight Hotels", contact="",
    frm=("Northlight Hotels", "no-reply@hire.lever.co"),
    subject="Northlight Hotels — we received your application", subj_cs="utf-8", subj_enc="q",
    date="2026-07-20 13:50", tz="+0000", mid="northlight-ack",
    text="""\
Hi Margaux,

Thanks for applying for the Guest Events Coordinator role at Northlight Hotels Geneva. This email \
confirms that we have received your application.

Our talent team reviews every application against the requirements of the role. You'll hear from \
us once a decision has been made about next steps.

Northlight Hotels Talent Team
""",
))

add(dict(
    kind=ACK, slug="polaris_ashby_received", lang="en",
    company="Polaris Events Group", contact="",
    frm=("Polaris Events Group", "no-reply@ashbyhq.com"),
    subject="Application received: Event Coordinator (Zurich)",
    date="2026-01-21 12:04", mid="polaris-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("""\
Hi Margaux,

Thanks for applying to Polaris Events Group! We've received your application for Event \
Coordinator (Zurich) and will be reviewing it over the coming days.

In the meantime, you can learn more about how we work at https://polaris-events.example.ch/culture

Talk soon,
The Polaris Events recruiting team""", "en", "Polaris Events Group", "#283747",
        footer="Sent via Ashby"),
))

# ------------------------------------------------------------------------------------- Spanish

add(dict(
    kind=ACK, slug="diagonal_smartrecruiters_recibida", lang="es",
    company="Fira Diagonal Congresos", contact="",
    frm=("Fira Diagonal Congresos", "noreply@smartrecruiters.com"),
    subject="Hemos recibido tu candidatura",
    date="2026-06-01 07:45", tz="+0000", mid="diagonal-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    text=(TEXT := """\
Hola Margaux,

Gracias por tu interés en Fira Diagonal Congresos. Hemos recibido correctamente tu candidatura \
para el puesto de Coordinador/a de Congresos (Barcelona).

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja con lo que buscamos, nos \
pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Personas - Fira Diagonal Congresos
"""),
    html=ats_card(TEXT, "es", "Fira Diagonal Congresos", "#1f618d", charset="iso-8859-1"),
))

add(dict(
    kind=ACK, slug="talentomed_alta_candidata", lang="es",
    company="Talento Mediterráneo", contact="javier.soler@talentomed.example.es",
    frm=("Javier Soler", "javier.soler@talentomed.example.es"),
    subject="Bienvenida a Talento Mediterráneo", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-09-21 12:15", mid="talentomed-registration",
    text="""\
Hola Margaux,

Gracias por la videollamada de esta mañana. Te confirmo que ya estás dada de alta en nuestra base \
de candidatos para el área de hostelería y eventos en Barcelona.

He guardado tu CV en español y en inglés, además de tus referencias. En los próximos días te \
enviaré las primeras posiciones que encajan con lo que buscas; ninguna candidatura se enviará a \
una empresa sin tu visto bueno.

Un abrazo,
Javier Soler
Consultor sénior · Talento Mediterráneo
Carrer de Balmes 150, 08008 Barcelona
""",
))

# =============================================================================================
# Offers
# =============================================================================================

add(dict(
    kind=OFFER, slug="belvedere_offer_letter_pdf", lang="fr",
    company="Hôtel Belvédère d'Ouchy", contact="sophie.carrel@belvedere-ouchy.example.ch",
    frm=("Sophie Carrel", "sophie.carrel@belvedere-ouchy.example.ch"),
    subject="Offre d'emploi – Coordinatrice événements", subj_cs="utf-8", subj_enc="b",
    date="2026-03-06 15:40", mid="belv-offer", refs=["belv-moved", "belv-thanks"],
    cte="quoted-printable",
    text=(TEXT := """\
Chère Madame Lindqvist-Obi,

Merci pour votre message après l'entretien du 26 février ; le plaisir était partagé.

J'ai le grand plaisir de vous proposer le poste de coordinatrice événements à l'Hôtel Belvédère \
d'Ouchy, à 100 %, dès le 1er mai 2026. Vous trouverez en pièce jointe notre lettre d'offre, qui \
précise le salaire annuel brut de CHF 72'800.–, versé en treize mensualités, ainsi que les \
principales conditions d'engagement.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici au vendredi 13 mars. \
Je reste bien sûr à votre disposition pour en discuter de vive voix.

Avec nos meilleures salutations,
Sophie Carrel
Responsable des ressources humaines
Hôtel Belvédère d'Ouchy
Place du Port 7, 1006 Lausanne

""" + replied("fr", "jeu. 26 févr. 2026 à 18:05", "Margaux Lindqvist-Obi", ME[1], """\
Madame Carrel,

Je tenais à vous remercier, ainsi que Monsieur Pidoux, pour l'entretien de ce matin et la visite \
des salons.

Avec mes meilleures salutations,
Margaux Lindqvist-Obi""")),
    html=outlook_html(TEXT, "fr", "utf-8"),
    pdfs=[dict(name="Lettre_offre_Lindqvist-Obi.pdf", title="Hôtel Belvédère d'Ouchy – Lettre d'offre",
               lines=["Lausanne, le 6 mars 2026", "",
                      "Madame Margaux Lindqvist-Obi, Chemin de Montelly 21, 1007 Lausanne", "",
                      "Poste : Coordinatrice événements (100 %)",
                      "Entrée en fonction : 1er mai 2026",
                      "Salaire annuel brut : CHF 72'800.–, versé en 13 mensualités",
                      "Vacances : 25 jours ouvrables par an",
                      "Période d'essai : trois mois",
                      "", "Cette offre est valable jusqu'au 13 mars 2026.", "",
                      "Sophie Carrel, Responsable des ressources humaines"])],
))

add(dict(
    kind=OFFER, slug="riviera_verbal_offer_followup", lang="fr",
    company="Riviera Congrès Montreux", contact="p.genoud@riviera-congres.example.ch",
    frm=("Patricia Genoud", "p.genoud@riviera-congres.example.ch"),
    subject="Suite à notre appel – proposition d’engagement", subj_cs="utf-8", subj_enc="q",
    date="2026-05-04 16:20", mid="riviera-verbal", refs=["riviera-cancel"],
    charset="windows-1252", cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text=(TEXT := """\
Bonjour Madame Lindqvist-Obi,

Comme annoncé lors de notre appel de tout à l’heure, je vous confirme par écrit que Riviera \
Congrès Montreux souhaite vous engager comme coordinatrice événements congrès.

Les éléments évoqués au téléphone :
- entrée en fonction le 1er juillet 2026 ou à convenir ;
- taux d’activité de 100 %, contrat de durée indéterminée ;
- salaire annuel brut de CHF 76'000.–, treizième salaire compris ;
- cinq semaines de vacances.

Le contrat vous parviendra dans les prochains jours. D’ici là, n’hésitez pas à m’appeler si vous \
avez des questions.

Au plaisir de vous accueillir dans l’équipe,

Patricia Genoud
Spécialiste RH
Riviera Congrès Montreux SA
Avenue Claude-Nobel 5, 1820 Montreux
"""),
    html=outlook_html(TEXT, "fr"),
))

add(dict(
    kind=OFFER, slug="riviera_contract_for_signature", lang="fr",
    company="Riviera Congrès Montreux", contact="p.genoud@riviera-congres.example.ch",
    frm=("Patricia Genoud", "p.genoud@riviera-congres.example.ch"),
    subject="Contrat de travail à signer - Margaux Lindqvist-Obi", subj_cs="iso-8859-1",
    subj_enc="b",
    date="2026-05-08 11:02", mid="riviera-contract", refs=["riviera-verbal"],
    text="""\
Bonjour Madame Lindqvist-Obi,

Vous trouverez ci-joint votre contrat de travail en deux exemplaires, conforme à la proposition du \
4 mai.

Merci de parapher chaque page et de signer les deux exemplaires, puis de nous en retourner un par \
courrier ou scanné à cette adresse d'ici au 20 mai. Le second exemplaire est pour vous.

Nous nous réjouissons de votre arrivée le 1er juillet.

Meilleures salutations
Patricia Genoud
Spécialiste RH – Riviera Congrès Montreux
""",
    pdfs=[dict(name="Contrat_de_travail_Lindqvist-Obi.pdf",
               title="Contrat de travail de durée indéterminée",
               lines=["Entre Riviera Congrès Montreux SA, Avenue Claude-Nobel 5, 1820 Montreux,",
                      "et Madame Margaux Lindqvist-Obi, Chemin de Montelly 21, 1007 Lausanne.", "",
                      "Art. 1 Fonction : coordinatrice événements congrès, taux d'activité 100 %.",
                      "Art. 2 Début des rapports de travail : 1er juillet 2026.",
                      "Art. 3 Salaire : CHF 76'000.– brut par an, en 13 versements.",
                      "Art. 4 Vacances : 25 jours ouvrables par année civile.",
                      "Art. 5 Temps d'essai : trois mois.", "",
                      "Lieu et date : ____________________    Signature : ____________________"])],
))

add(dict(
    kind=OFFER, slug="delorme_client_wants_to_offer", lang="fr",
    company="Domaine du Clos-Vert", contact="a.delorme@delorme-associes.example.ch",
    frm=("Alexandre Delorme", "a.delorme@delorme-associes.example.ch"),
    subject="Domaine du Clos-Vert : ils veulent vous faire une offre",
    date="2026-09-15 10:18",
    text="""\
Bonjour Margaux,

Excellente nouvelle : le Domaine du Clos-Vert m'a appelé ce matin, ils souhaitent vous faire une \
offre pour le poste de responsable des événements œnotouristiques à Lavaux.

Le cadre évoqué : CDI à 90 %, CHF 68'000.– brut par an, voiture de service pendant les vendanges \
et les dégustations privées, début au 1er décembre. La direction vous enverra la proposition \
écrite d'ici la fin de la semaine, mais je voulais vous prévenir tout de suite.

On en parle ce soir ? Je suis joignable jusqu'à 19h00.

Bien à vous,
Alexandre Delorme
Associé – Delorme & Associés
+41 22 555 90 12
""",
))

add(dict(
    kind=OFFER, slug="sevelin_offer_pdf_cp1252", lang="fr",
    company="Espace Sévelin", contact="mathieu.cornaz@espace-sevelin.example.ch",
    frm=("Mathieu Cornaz", "mathieu.cornaz@espace-sevelin.example.ch"),
    subject="Proposition d’engagement – Coordinatrice événements culturels",
    subj_cs="utf-8", subj_enc="q",
    date="2026-10-20 17:05",
    charset="windows-1252", cte="quoted-printable",
    text="""\
Madame,

À la suite de nos deux entretiens, j’ai le plaisir de vous adresser ci-joint notre proposition \
d’engagement pour le poste de coordinatrice événements culturels à l’Espace Sévelin.

Vous y trouverez le descriptif du poste, le salaire proposé et les conditions générales. Cette \
proposition est valable jusqu’au 30 octobre 2026.

Je reste volontiers à votre disposition pour toute question et me réjouis de votre réponse.

Avec mes cordiales salutations,

Mathieu Cornaz
Directeur
Espace Sévelin – Événements & culture
Avenue de Sévelin 36, 1004 Lausanne
021 555 09 77
""",
    pdfs=[dict(name="Proposition_engagement_Sevelin.pdf",
               title="Espace Sévelin – Proposition d'engagement",
               lines=["Poste : coordinatrice événements culturels, 80 %",
                      "Début : 1er janvier 2027",
                      "Salaire annuel brut : CHF 61'500.– (base 80 %)",
                      "Lieu de travail : Avenue de Sévelin 36, Lausanne",
                      "Proposition valable jusqu'au 30 octobre 2026."])],
))

add(dict(
    kind=OFFER, slug="personalwerk_seefeld_wants_to_offer", lang="de",
    company="Seefeld Events", contact="nicole.steiner@personalwerk.example.ch",
    frm=("Nicole Steiner", "nicole.steiner@personalwerk.example.ch"),
    subject="Seefeld Events möchte Ihnen ein Angebot machen", subj_cs="utf-8", subj_enc="b",
    date="2026-04-14 15:33", mid="seefeld-offer", refs=["seefeld-cancel"],
    text="""\
Liebe Margaux

Ich habe soeben mit Corinne Baumann telefoniert: Seefeld Events möchte Ihnen die Stelle als Event \
Coordinator Corporate anbieten!

Die Eckdaten: Pensum 100 %, Start per 1. Juni 2026, Jahreslohn CHF 78'000 brutto \
(13 Monatslöhne), fünf Wochen Ferien. Der schriftliche Vertrag kommt direkt von Seefeld Events, \
sobald Sie mir Ihr grundsätzliches Einverständnis gegeben haben.

Können wir heute Abend kurz telefonieren? Ich bin bis 19 Uhr unter 044 555 61 70 erreichbar.

Herzliche Grüsse
Nicole Steiner
Senior Consultant Hotellerie & Events
Personalwerk Zürich AG
""",
))

add(dict(
    kind=OFFER, slug="keller_contract_pdfs", lang="de",
    company="Uhrenmanufaktur Keller", contact="martina.frei@keller-uhren.example.ch",
    frm=("Martina Frei", "martina.frei@keller-uhren.example.ch"),
    subject="Ihr Arbeitsvertrag – Event Specialist Brand Experience", subj_cs="utf-8",
    subj_enc="q",
    date="2026-05-19 10:40", mid="keller-contract", refs=["keller-moved", "keller-thanks"],
    cte="base64",
    text=(TEXT := """\
Sehr geehrte Frau Lindqvist-Obi

Wie telefonisch angekündigt, freuen wir uns sehr, Ihnen die Stelle als Event Specialist Brand \
Experience bei der Uhrenmanufaktur Keller anzubieten.

Im Anhang erhalten Sie den Arbeitsvertrag sowie das Personalreglement. Wenn Sie das Angebot \
annehmen, unterzeichnen Sie bitte beide Exemplare des Vertrags und senden Sie uns eines bis zum \
29. Mai 2026 zurück – gerne auch als Scan an diese Adresse.

Bei Fragen bin ich jederzeit für Sie da.

Freundliche Grüsse
Martina Frei
HR Business Partner
Uhrenmanufaktur Keller AG
Seestrasse 201, 8002 Zürich
"""),
    html=outlook_html(TEXT, "de", "utf-8"),
    pdfs=[dict(name="Arbeitsvertrag_Lindqvist-Obi.pdf", title="Arbeitsvertrag",
               lines=["Arbeitgeberin: Uhrenmanufaktur Keller AG, Seestrasse 201, 8002 Zürich",
                      "Arbeitnehmerin: Margaux Lindqvist-Obi, Chemin de Montelly 21, 1007 Lausanne",
                      "", "Funktion: Event Specialist Brand Experience, Pensum 100 %",
                      "Stellenantritt: 1. August 2026",
                      "Jahreslohn: CHF 82'000 brutto, zahlbar in 13 Raten",
                      "Ferien: 25 Arbeitstage pro Kalenderjahr",
                      "Probezeit: drei Monate", "",
                      "Ort, Datum: ______________   Unterschrift: ______________"]),
          dict(name="Personalreglement_2026.pdf", title="Personalreglement 2026",
               lines=["1. Arbeitszeit: 42 Stunden pro Woche, Jahresarbeitszeit.",
                      "2. Spesen: gemäss Spesenreglement.",
                      "3. Weiterbildung: bis zu fünf Tage pro Jahr."])],
))

add(dict(
    kind=OFFER, slug="gurtenblick_written_confirmation", lang="de",
    company="Tagungshotel Gurtenblick", contact="ueli.marti@gurtenblick.example.ch",
    frm=("Ueli Marti", "ueli.marti@gurtenblick.example.ch"),
    subject="Unser Angebot - Bestätigung", subj_cs="iso-8859-1", subj_enc="q",
    date="2026-10-12 16:48",
    charset="iso-8859-1", cte="quoted-printable",
    text="""\
Grüezi Frau Lindqvist-Obi

Danke für das gute Telefongespräch vorhin. Wie besprochen bestätige ich Ihnen gerne schriftlich, \
dass wir Ihnen die Stelle als Bankett- und Eventkoordinatorin im Tagungshotel Gurtenblick \
anbieten.

Lohn CHF 70'200 brutto pro Jahr inklusive 13. Monatslohn, Stellenantritt 1. Januar 2027, \
Probezeit drei Monate. Den Vertrag schicke ich Ihnen, sobald Sie zugesagt haben.

Überlegen Sie es sich in Ruhe bis Ende nächster Woche.

Freundliche Grüsse
Ueli Marti
Direktor
Tagungshotel Gurtenblick
Gurtenweg 3, 3084 Wabern bei Bern
""",
))

add(dict(
    kind=OFFER, slug="polaris_offer_letter", lang="en",
    company="Polaris Events Group", contact="owen.clarke@polaris-events.example.ch",
    frm=("Owen Clarke", "owen.clarke@polaris-events.example.ch"),
    subject="Offer of employment – Event Coordinator", subj_cs="utf-8", subj_enc="b",
    date="2026-02-27 12:10", mid="polaris-offer", refs=["polaris-missed"],
    text=(TEXT := """\
Dear Margaux,

Following your final interview with Lena and Marcus last week, I'm delighted to offer you the \
position of Event Coordinator at Polaris Events Group in Zurich.

Your offer letter is attached. It sets out a salary of CHF 74,000 per year, a start date of \
1 April 2026 (or as agreed) and our benefits package. I'd be grateful if you could let me know \
your decision by Friday 6 March.

Give me a call if anything in the letter is unclear — I'm really hoping we'll be working \
together.

Best,
Owen Clarke
Talent Acquisition Lead
Polaris Events Group
Hardturmstrasse 161, 8005 Zürich
+41 44 555 88 20
"""),
    html=simple_html(TEXT, "en"),
    pdfs=[dict(name="Polaris_Offer_Letter_MLindqvist-Obi.pdf", title="Offer of employment",
               lines=["Polaris Events Group AG, Hardturmstrasse 161, 8005 Zurich", "",
                      "Dear Margaux Lindqvist-Obi,",
                      "We are pleased to offer you the position of Event Coordinator.",
                      "Salary: CHF 74,000 gross per year, paid in 13 instalments.",
                      "Start date: 1 April 2026 or as mutually agreed.",
                      "Holidays: 25 days plus public holidays.",
                      "Please confirm your acceptance by 6 March 2026.", "",
                      "Owen Clarke, Talent Acquisition Lead"])],
))

add(dict(
    kind=OFFER, slug="arenal_oferta_con_carta", lang="es",
    company="Hotel Arenal Barceloneta", contact="marta.casals@hotelarenal.example.es",
    frm=("Marta Casals", "marta.casals@hotelarenal.example.es"),
    cc=[("Javier Soler", "javier.soler@talentomed.example.es")],
    subject="Oferta – Event Manager Junior", subj_cs="utf-8", subj_enc="q",
    date="2026-10-14 13:30", mid="arenal-offer", refs=["arenal-invite"],
    cte="quoted-printable",
    text="""\
Hola Margaux:

Después de las entrevistas con Javier y conmigo, estamos encantados de ofrecerte el puesto de \
Event Manager Junior en el Hotel Arenal Barceloneta.

Las condiciones serían: contrato indefinido a jornada completa, salario bruto anual de 31.000 €, \
incorporación el 1 de diciembre de 2026 y un período de prueba de seis meses. Te adjunto la carta \
de oferta con todos los detalles.

Te agradecería una respuesta antes del 23 de octubre. Si tienes cualquier duda, llámame.

Un abrazo,
Marta Casals
Directora Comercial
Hotel Arenal Barceloneta
Passeig Marítim 44, 08003 Barcelona
""",
    pdfs=[dict(name="Carta_oferta_Arenal.pdf", title="Carta de oferta – Hotel Arenal Barceloneta",
               lines=["Puesto: Event Manager Junior", "Contrato: indefinido, jornada completa",
                      "Salario bruto anual: 31.000 €", "Incorporación: 1 de diciembre de 2026",
                      "Período de prueba: seis meses",
                      "Respuesta antes del 23 de octubre de 2026."])],
))
