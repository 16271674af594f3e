"""Corpus 340: acknowledgements that an application arrived (application_received)."""

from __future__ import annotations

from msgs340_common import alt, html_only

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "id": "C1", "kind": "application_received", "lang": "fr",
        "slug": "acieries_meuse_workday_accuse",
        "date": "2026-01-12 07:41", "tz": "utc",
        "frm": ("Aciéries de la Meuse", "acieriesdelameuse@myworkday.com"),
        "subject": "Candidature reçue : Acheteur technique matières premières (R-2026-0114)",
        **alt([
            "Bonjour Yannick,",
            "Nous vous remercions pour l'intérêt que vous portez aux Aciéries de la Meuse et "
            "pour votre candidature au poste d'Acheteur technique matières premières "
            "(réf. R-2026-0114), site de Seraing.",
            "Votre dossier a bien été enregistré. Notre équipe recrutement l'examinera avec "
            "attention et reviendra vers vous si votre profil correspond aux besoins du poste.",
            "Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace "
            "candidat.",
            "Cordialement,\nL'équipe Talent Acquisition\nAciéries de la Meuse",
        ], brand="Aciéries de la Meuse — Carrières",
            footer="Ce message a été généré automatiquement par notre système de gestion des "
                   "candidatures. Merci de ne pas y répondre."),
        "cte": "quoted-printable",
        "company": "Aciéries de la Meuse", "contact": "",
    },
    {
        "id": "F1", "kind": "application_received", "lang": "fr",
        "slug": "lysanne_recruitee_merci",
        "date": "2026-01-20 21:17",
        "frm": ("Meubles Lysanne", "meubles-lysanne@mail.recruitee.com"),
        "subject": "Merci pour votre candidature – Acheteur bois & panneaux (H/F) – Roubaix",
        "subj_enc": ("q", "windows-1252"),
        **html_only([
            "Bonjour Yannick Mbemba-Lefort,",
            "Merci d'avoir postulé chez Meubles Lysanne ! Nous avons bien reçu votre "
            "candidature pour le poste d'Acheteur bois & panneaux (H/F) basé à Roubaix.",
            "Camille, de notre équipe RH, passe en revue chaque dossier personnellement. "
            "Comptez environ deux semaines avant d'avoir un retour de notre part.",
            "À très vite,\nL'équipe Meubles Lysanne",
        ], brand="Meubles Lysanne · fabricant depuis 1952", color="#6b4f2c",
            footer="Envoyé via Recruitee. Vous recevez cet e-mail parce que vous avez postulé "
                   "sur notre page carrières."),
        "html_cte": "base64",
        "company": "Meubles Lysanne", "contact": "",
    },
    {
        "id": "D1", "kind": "application_received", "lang": "fr",
        "slug": "chu_valdemeuse_accuse_reception",
        "date": "2026-02-02 11:05",
        "frm": ("Nathalie Herbiet", "nathalie.herbiet@chu-valdemeuse.example.be"),
        "subject": "Accusé de réception - gestionnaire achats (marchés publics) - réf. "
                   "2026/ACH/07",
        "text": (
            "Monsieur,\n\n"
            "Nous accusons bonne réception de votre candidature au poste de gestionnaire "
            "achats (marchés publics) pour la Cellule achats et logistique du CHU "
            "Val-de-Meuse, référence 2026/ACH/07.\n\n"
            "La date de clôture de l'appel est fixée au 20 février 2026. Les candidats dont le "
            "dossier est jugé recevable seront convoqués à une épreuve écrite suivie d'un "
            "entretien devant jury, vraisemblablement dans le courant du mois de mars.\n\n"
            "Nous vous remercions de bien vouloir nous faire parvenir, d'ici là, une copie de "
            "votre diplôme si ce n'est pas encore fait.\n\n"
            "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Nathalie Herbiet\n"
            "Attachée - Service du personnel, cellule recrutement\n"
            "CHU Val-de-Meuse\n"
            "Boulevard de la Meuse 112, 4020 Liège\n"
            "Tél. 04 270 18 32"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
        "company": "CHU Val-de-Meuse", "contact": "nathalie.herbiet@chu-valdemeuse.example.be",
    },
    {
        "id": "FL1", "kind": "application_received", "lang": "fr",
        "slug": "flandres_talents_bien_recu",
        "date": "2026-02-25 18:32",
        "frm": ("Hugo Desmet", "hugo.desmet@flandres-talents.example.fr"),
        "subject": "Re: Candidature - Acheteur junior secteur industriel (Lille)",
        "text": (
            "Bonsoir Yannick,\n\n"
            "Bien reçu votre CV, merci. Je le transmets demain à mon associée qui suit ce "
            "recrutement pour le compte de notre client, une PME industrielle de la métropole "
            "lilloise dont je ne peux pas encore vous communiquer le nom.\n\n"
            "Votre passage de la logistique vers les achats est un vrai sujet pour eux : ils "
            "cherchent quelqu'un qui connaît le terrain. Je reviens vers vous d'ici une "
            "dizaine de jours, dans un sens ou dans l'autre.\n\n"
            "Bonne soirée,\n"
            "Hugo Desmet\n"
            "Consultant - Flandres Talents\n"
            "23 rue Esquermoise, 59000 Lille | 03 20 55 71 08"
        ),
        "cte": "quoted-printable",
        "company": "Flandres Talents", "contact": "hugo.desmet@flandres-talents.example.fr",
    },
    {
        "id": "MA1", "kind": "application_received", "lang": "fr",
        "slug": "marolles_distribution_pas_de_reponse_individuelle",
        "date": "2026-03-23 06:02", "tz": "utc",
        "frm": ("Coopérative Marolles Distribution",
                "ne-pas-repondre@marolles-distribution.example.be"),
        "name_enc": ("b", "utf-8"),
        "subject": "Votre candidature « Gestionnaire approvisionnement frais » est enregistrée",
        **alt([
            "Bonjour,",
            "Nous avons bien reçu votre candidature au poste de Gestionnaire approvisionnement "
            "frais (Bruxelles, Anderlecht). Merci de l'intérêt que vous portez à notre "
            "coopérative.",
            "Nous recevons un grand nombre de candidatures et il ne nous est malheureusement "
            "pas possible de répondre individuellement à chacune d'entre elles. Si votre "
            "profil est retenu pour la suite du processus, nous vous contacterons dans les "
            "trois semaines.",
            "Bien à vous,\nLe service RH de la Coopérative Marolles Distribution",
        ], footer="Coopérative Marolles Distribution · rue Haute 301, 1000 Bruxelles · "
                  "adresse d'envoi automatique, les réponses ne sont pas lues."),
        "company": "Coopérative Marolles Distribution", "contact": "",
    },
    {
        "id": "A1", "kind": "application_received", "lang": "fr",
        "slug": "valdis_teamtailor_candidature",
        "date": "2026-04-08 13:26",
        "frm": ("Valdis Alimentation", "valdis-alimentation@teamtailor-mail.com"),
        "subject": "Nous avons bien reçu votre candidature, Yannick !",
        **alt([
            "Bonjour Yannick,",
            "Merci pour votre candidature au poste d'Acheteur produits frais (H/F) à Namur "
            "(Rhisnes). Nous l'avons bien reçue et elle est désormais entre les mains "
            "d'Aurélie, notre Talent Acquisition Partner.",
            "Chez Valdis, nous répondons à toutes les personnes qui postulent. Vous aurez donc "
            "de nos nouvelles, quelle que soit l'issue, d'ici deux à trois semaines.",
            "En attendant, découvrez nos métiers et nos entrepôts sur notre page carrière.",
            "L'équipe Valdis Alimentation",
        ], brand="Valdis Alimentation", color="#2e7d32",
            footer="Valdis Alimentation · Chaussée de Gembloux 560, 5080 Rhisnes · "
                   "Propulsé par Teamtailor"),
        "cte": "base64",
        "company": "Valdis Alimentation", "contact": "",
    },
    {
        "id": "OC1", "kind": "application_received", "lang": "fr",
        "slug": "orelie_conseil_fonderie_condruse",
        "date": "2026-05-19 09:47",
        "frm": ("Laetitia Wauters", "laetitia.wauters@orelie-conseil.example.be"),
        "subject": "Votre candidature pour Fonderie Condruse - acheteur technique",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Je vous confirme la bonne réception de votre candidature pour le poste "
            "d'acheteur technique que nous recrutons pour notre client Fonderie Condruse, à "
            "Ciney.\n\n"
            "Votre dossier est complet. Je termine la présélection à la fin de la semaine "
            "prochaine et je ne manquerai pas de vous tenir informé de la suite.\n\n"
            "Belle journée,\n\n"
            "Laetitia Wauters\n"
            "Consultante senior achats & supply chain\n"
            "Orélie Conseil - cabinet de recrutement\n"
            "Rue de Fer 24, 5000 Namur\n"
            "+32 81 74 20 19"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "company": "Fonderie Condruse", "contact": "laetitia.wauters@orelie-conseil.example.be",
    },
    {
        "id": "MO1", "kind": "application_received", "lang": "fr",
        "slug": "laboratoires_mosans_workday",
        "date": "2026-07-13 05:58", "tz": "utc",
        "frm": ("Laboratoires Mosans", "laboratoiresmosans@myworkday.com"),
        "subject": "Laboratoires Mosans : confirmation de votre candidature",
        **html_only([
            "Cher Yannick,",
            "Merci d'avoir postulé au poste suivant : Acheteur indirect – services & "
            "maintenance (site de Herstal), réf. JR-00871.",
            "Votre candidature a été transmise au recruteur en charge du poste. Si vos "
            "compétences correspondent à nos besoins, un membre de notre équipe vous "
            "contactera.",
            "Nous vous remercions de votre intérêt pour Laboratoires Mosans.",
            "Talent Acquisition – Laboratoires Mosans",
        ], brand="Laboratoires Mosans", color="#00587a",
            footer="Merci de ne pas répondre à ce message automatique."),
        "html_charset": "utf-8", "html_cte": "quoted-printable",
        "company": "Laboratoires Mosans", "contact": "",
    },
    {
        "id": "CL1", "kind": "application_received", "lang": "fr",
        "slug": "clervaux_ameublement_smartrecruiters",
        "date": "2026-08-24 10:12",
        "frm": ("Clervaux Ameublement", "noreply@smartrecruiters.com"),
        "subject": "Clervaux Ameublement – Candidature bien reçue",
        "subj_enc": ("b", "utf-8"),
        **alt([
            "Bonjour Yannick,",
            "Nous vous remercions d'avoir postulé à l'offre « Acheteur approvisionneur "
            "(m/f) » de Clervaux Ameublement, à Wiltz (Luxembourg).",
            "Votre candidature est en cours d'examen. Nous reviendrons vers vous dès que "
            "possible.",
            "Nous vous souhaitons une excellente journée,\nL'équipe Ressources humaines",
        ], footer="Clervaux Ameublement · Zone industrielle Salzbaach, L-9559 Wiltz"),
        "company": "Clervaux Ameublement", "contact": "",
    },
    # ------------------------------------------------------------------ German
    {
        "id": "J1", "kind": "application_received", "lang": "de",
        "slug": "eifelstahl_softgarden_eingang",
        "date": "2026-02-11 16:40",
        "frm": ("Eifelstahl Recruiting", "noreply@softgarden.io"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung: Strategischer Einkäufer (m/w/d)",
        **alt([
            "Sehr geehrter Herr Mbemba-Lefort,",
            "vielen Dank für Ihre Bewerbung als Strategischer Einkäufer (m/w/d) Rohstoffe und "
            "Legierungen am Standort Stolberg. Ihre Unterlagen sind vollständig bei uns "
            "eingegangen.",
            "Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei "
            "Wochen bei Ihnen. Bitte sehen Sie bis dahin von Rückfragen zum Stand ab.",
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der Eifelstahl",
        ], brand="Eifelstahl", lang="de",
            footer="Eifelstahl GmbH · Cockerillstraße 40 · 52222 Stolberg · "
                   "Diese Nachricht wurde automatisch über softgarden versendet."),
        "cte": "quoted-printable",
        "company": "Eifelstahl", "contact": "",
    },
    {
        "id": "N1", "kind": "application_received", "lang": "de",
        "slug": "kaiserpfalz_personio_danke",
        "date": "2026-03-16 08:03",
        "frm": ("Kaiserpfalz Frischelogistik", "kaiserpfalz-frische@jobs.personio.de"),
        "subject": "Danke für Ihre Bewerbung bei Kaiserpfalz Frischelogistik",
        "text": (
            "Hallo Yannick,\n\n"
            "danke für Deine Bewerbung als Disponent Einkauf Frischware (m/w/d) in Aachen-"
            "Rothe Erde! Wir haben Deine Unterlagen erhalten und schauen sie uns in Ruhe an.\n\n"
            "Wir melden uns so schnell wie möglich bei Dir.\n\n"
            "Viele Grüße\n"
            "Dein Team von Kaiserpfalz Frischelogistik\n\n"
            "Bitte antworte nicht auf diese E-Mail, das Postfach wird nicht gelesen."
        ),
        "company": "Kaiserpfalz Frischelogistik", "contact": "",
    },
    {
        "id": "B1", "kind": "application_received", "lang": "de",
        "slug": "rhenapharm_successfactors_bestaetigung",
        "date": "2026-06-03 12:14", "tz": "utc",
        "frm": ("Rhenapharm Karriere", "noreply+rhenapharm@successfactors.eu"),
        "subject": "Ihre Bewerbung als Einkäufer (m/w/d) Rohstoffe & Packmittel - Job-ID 40217",
        "subj_enc": ("q", "iso-8859-1"),
        **html_only([
            "Sehr geehrter Herr Mbemba-Lefort,",
            "wir bestätigen den Eingang Ihrer Bewerbung für die Position Einkäufer (m/w/d) "
            "Rohstoffe & Packmittel, Werk Aachen-Eilendorf (Job-ID 40217).",
            "Unsere Fachabteilung wird Ihre Unterlagen prüfen. Den aktuellen Status Ihrer "
            "Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.",
            "Mit freundlichen Grüßen\nTalent Acquisition\nRhenapharm",
        ], brand="Rhenapharm · Karriere", lang="de", color="#7a1f2b",
            footer="Dies ist eine automatisch erzeugte E-Mail. Antworten an diese Adresse "
                   "können nicht bearbeitet werden."),
        "html_cte": "base64",
        "company": "Rhenapharm", "contact": "",
    },
    {
        "id": "O0", "kind": "application_received", "lang": "de",
        "slug": "rurtec_eingangsbestaetigung",
        "date": "2026-06-29 14:51",
        "frm": ("Claudia Mertens", "c.mertens@rurtec.example.de"),
        "subject": "Eingangsbestätigung – Einkäufer Elektronikkomponenten (m/w/d)",
        "name_enc": ("q", "iso-8859-1"),
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "herzlichen Dank für Ihre Bewerbung und Ihr Interesse an der Rurtec Systems. Ihre "
            "Unterlagen für die Position Einkäufer Elektronikkomponenten (m/w/d) am Standort "
            "Düren sind bei uns eingegangen.\n\n"
            "Da es sich um eine Tätigkeit im Bereich Wehrtechnik handelt, weisen wir Sie "
            "bereits jetzt darauf hin, dass im weiteren Verlauf eine "
            "Sicherheitsüberprüfung (Ü2) erforderlich sein wird.\n\n"
            "Wir melden uns nach Sichtung aller Bewerbungen, voraussichtlich Anfang Juli.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Claudia Mertens\n"
            "Personalreferentin\n"
            "Rurtec Systems GmbH | Am Ellernbusch 9 | 52355 Düren\n"
            "Tel. +49 2421 59 84-212"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Rurtec Systems", "contact": "c.mertens@rurtec.example.de",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "R1", "kind": "application_received", "lang": "en",
        "slug": "kroonhout_icims_received",
        "date": "2026-02-16 15:22", "tz": "utc",
        "frm": ("Kroonhout Careers", "kroonhout-careers@icims.com"),
        "subject": "Kroonhout Furniture - Application Received - Purchasing Officer",
        **alt([
            "Dear Yannick,",
            "Thank you for your interest in Kroonhout Furniture. This message confirms that we "
            "have received your application for the Purchasing Officer position "
            "(Requisition 2026-1187) in Maastricht.",
            "Our Talent team is currently reviewing applications. Due to the high volume of "
            "applications we receive, we are unable to respond to each candidate "
            "individually; if your qualifications match our requirements, a member of the "
            "team will contact you.",
            "You can log in to the Kroonhout career portal at any time to update your "
            "profile.",
            "Kind regards,\nKroonhout Furniture Talent Team",
        ], lang="en", footer="Please do not reply to this email. This mailbox is not "
                             "monitored."),
        "company": "Kroonhout Furniture", "contact": "",
    },
    {
        "id": "E1", "kind": "application_received", "lang": "en",
        "slug": "ardentis_greenhouse_thanks",
        "date": "2026-03-09 10:03", "tz": "utc",
        "frm": ("Ardentis Defence Systems", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Ardentis Defence Systems",
        **alt([
            "Hi Yannick,",
            "Thanks for applying for the Supplier Quality & Procurement Specialist role at "
            "Ardentis Defence Systems in Luxembourg (Bettembourg). Your application has been "
            "received and our team will review it shortly.",
            "Please note that this role requires eligibility for an EU or NATO security "
            "clearance. If your background is a fit, we'll be in touch to discuss next "
            "steps.",
            "Best regards,\nThe Ardentis Talent Team",
        ], lang="en", footer="Ardentis Defence Systems · Powered by Greenhouse"),
        "cte": "quoted-printable",
        "company": "Ardentis Defence Systems", "contact": "",
    },
    {
        "id": "Q1", "kind": "application_received", "lang": "en",
        "slug": "helix_pharma_ashby_received",
        "date": "2026-05-26 19:45",
        "frm": ("Helix Pharma Maastricht", "no-reply@ashbyhq.com"),
        "subject": "We received your application – Procurement Specialist, Direct Materials",
        "text": (
            "Hi Yannick,\n\n"
            "Thanks for applying to Helix Pharma Maastricht! We've received your application "
            "for Procurement Specialist, Direct Materials and a member of our recruiting "
            "team will review it soon.\n\n"
            "What happens next? We aim to get back to every applicant within 10 working days."
            " If we'd like to move forward, you'll receive an email inviting you to pick a "
            "time for a first conversation.\n\n"
            "Cheers,\n"
            "Helix Pharma Recruiting\n\n"
            "This email was sent from an unmonitored address."
        ),
        "company": "Helix Pharma Maastricht", "contact": "",
    },
    {
        "id": "S1", "kind": "application_received", "lang": "en",
        "slug": "hallbrook_bamboohr_received",
        "date": "2026-07-20 09:18",
        "frm": ("Hallbrook Supply", "notifications@app.bamboohr.com"),
        "subject": "Thanks for applying to Hallbrook Supply",
        **html_only([
            "Hi Yannick,",
            "Thank you for applying for the Junior Category Buyer – Packaging & MRO position "
            "with Hallbrook Supply in Brussels. We've received your application and our "
            "hiring team will be reviewing it over the coming days.",
            "If your experience matches what we're looking for, we'll reach out to schedule "
            "a conversation. Either way, we'll let you know.",
            "Thanks again for your interest,\nHallbrook Supply People Team",
        ], lang="en", brand="Hallbrook Supply", color="#3b3b98"),
        "company": "Hallbrook Supply", "contact": "",
    },
    {
        "id": "T1", "kind": "application_received", "lang": "en",
        "slug": "ferronord_taleo_confirmation",
        "date": "2026-09-01 04:37", "tz": "utc",
        "frm": ("Ferronord Talent Acquisition", "ferronord@taleo.net"),
        "subject": "Ferronord - Confirmation of your application (Job 2600412)",
        **alt([
            "Dear Yannick Mbemba-Lefort,",
            "We confirm receipt of your application for the position of Buyer – Steel Long "
            "Products (Job Number 2600412) at Ferronord, Esch-sur-Alzette.",
            "We will review your qualifications against the requirements of the position. "
            "Should your profile be retained, a recruiter will contact you directly.",
            "You may review the status of your submission at any time in the Ferronord "
            "Career Section.",
            "Sincerely,\nFerronord Talent Acquisition",
        ], lang="en",
            footer="This is an automated message. Please do not reply to this email."),
        "charset": "utf-8", "cte": "base64",
        "company": "Ferronord", "contact": "",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "M1", "kind": "application_received", "lang": "es",
        "slug": "ebrofrio_workable_recibida",
        "date": "2026-04-21 17:09",
        "frm": ("Ebrofrío Distribución", "noreply@workablemail.com"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Hemos recibido tu candidatura – Comprador/a de producto fresco",
        **alt([
            "Hola Yannick,",
            "¡Gracias por tu interés en Ebrofrío Distribución! Hemos recibido correctamente "
            "tu candidatura para el puesto de Comprador/a de producto fresco en nuestra "
            "plataforma de Plaza (Zaragoza).",
            "Nuestro equipo de selección revisará tu perfil en los próximos días. Si encaja "
            "con lo que buscamos, te contactaremos para los siguientes pasos.",
            "Un saludo,\nEl equipo de Personas de Ebrofrío",
        ], lang="es", brand="Ebrofrío Distribución", color="#0b6e99"),
        "cte": "quoted-printable",
        "company": "Ebrofrío Distribución", "contact": "",
    },
    {
        "id": "G1", "kind": "application_received", "lang": "es",
        "slug": "cierzo_hogar_smartrecruiters",
        "date": "2026-05-04 11:30",
        "frm": ("Cierzo Hogar", "cierzohogar@smartrecruiters.com"),
        "subject": "Cierzo Hogar: confirmación de tu candidatura",
        **html_only([
            "Hola Yannick:",
            "Te confirmamos que hemos recibido tu solicitud para la oferta «Técnico/a de "
            "compras - tablero y herrajes» en nuestra fábrica de Cuarte de Huerva.",
            "Revisaremos tu candidatura con atención. Ten en cuenta que el proceso puede "
            "durar varias semanas.",
            "Gracias por pensar en Cierzo Hogar.\nDepartamento de Recursos Humanos",
        ], lang="es", brand="Cierzo Hogar · muebles desde Aragón", color="#8d5524",
            footer="Este mensaje se ha enviado automáticamente. Por favor, no respondas."),
        "html_charset": "iso-8859-1", "html_cte": "quoted-printable",
        "company": "Cierzo Hogar", "contact": "",
    },
    {
        "id": "V1", "kind": "application_received", "lang": "es",
        "slug": "asd_acuse_recibo",
        "date": "2026-07-07 13:02",
        "frm": ("Inés Bielsa Gracia", "ines.bielsa@asdefensa.example.es"),
        "subject": "Acuse de recibo - Ref. ASD-COM-26-09 Técnico de aprovisionamiento",
        "name_enc": ("b", "iso-8859-1"),
        "text": (
            "Estimado Sr. Mbemba-Lefort:\n\n"
            "Le confirmamos la recepción de su candidatura a la vacante de Técnico de "
            "aprovisionamiento (Ref. ASD-COM-26-09) en nuestras instalaciones de la "
            "Plataforma Logística de Zaragoza.\n\n"
            "El plazo de presentación de candidaturas finaliza el 17 de julio. Una vez "
            "cerrado, el equipo de selección estudiará todos los perfiles recibidos.\n\n"
            "Atentamente,\n\n"
            "Inés Bielsa Gracia\n"
            "Técnica de Selección - Dpto. de Personas\n"
            "Aragón Sistemas de Defensa\n"
            "Calle Bari 55, 50197 Zaragoza\n\n"
            "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos "
            "exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo "
            "comunique al remitente y lo elimine."
        ),
        "charset": "iso-8859-1", "cte": "8bit",
        "company": "Aragón Sistemas de Defensa", "contact": "ines.bielsa@asdefensa.example.es",
    },
]
