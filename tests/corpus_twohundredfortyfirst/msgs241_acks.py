"""Corpus 241: application acknowledgements (21) and offers (10), written by hand."""

from __future__ import annotations

from msgs241_common import ats_card, outlook_html, paras, reply
from msgs241_invites import _GRANDCANAL_MOVE as GRANDCANAL_MOVE

# ---------------------------------------------------------------- application_received: French

_RHS_ACK = """Bonjour Séverin,

Merci d'avoir postulé au poste de Technicien·ne support informatique (80–100 %) au Réseau hospitalier de la Sarine.

Votre candidature (réf. JR-2026-0193) a bien été transmise à notre équipe de recrutement. Vous pouvez suivre son statut à tout moment dans votre espace candidat.

Nous examinons chaque dossier avec attention et reviendrons vers vous dès que possible.

Meilleures salutations,
Ressources humaines
Réseau hospitalier de la Sarine"""

_ALPES_ACK = """Bonjour Séverin,

Votre inscription comme candidat chez Alpes Emploi Conseil est confirmée. Bienvenue !

Votre dossier (n° C-26-0418) a été attribué à Joëlle Bersier, consultante pour les métiers de l'informatique et de la technique. Elle prendra contact avec vous dans les prochains jours pour un premier échange.

Afin de compléter votre dossier, merci de lui transmettre :
- une copie de votre pièce d'identité ;
- vos certificats de travail et diplômes (CFC, attestations CompTIA) ;
- vos disponibilités pour des missions temporaires.

Pour toute question, répondez simplement à ce courriel : votre réponse est transmise à votre consultante.

Alpes Emploi Conseil
Avenue de la Gare 4, 1003 Lausanne"""

_CCSN_ACK = """Monsieur,

Nous accusons réception de votre dossier de candidature pour le poste de technicien·ne support N1 (réf. CCSN-2026-27) et vous remercions de l'intérêt porté à l'administration cantonale.

En raison du nombre important de postulations, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat·e avant la clôture de l'examen des dossiers. Les personnes retenues pour la suite de la procédure seront contactées d'ici au 24 juillet 2026.

Centre cantonal des services numériques
Ressources humaines

Ceci est un message automatique, merci de ne pas y répondre."""

_IUP_ACK = """Bonjour Séverin,

Nous confirmons la bonne réception de votre candidature au poste R-04417 Technicien·ne support informatique.

Le délai de postulation court jusqu'au 28 février. Vous serez informé·e de la suite par courriel ; l'état de votre dossier est visible dans votre compte candidat.

Service des ressources humaines
Institut universitaire Pérolles"""

_LEMAN_ACK = """Merci pour votre candidature, Séverin !

Votre dossier pour le poste de Technicien·ne Service Desk (Lausanne) est bien arrivé chez nous. Notre équipe le lit avec attention, promis, et vous recevrez un retour dans les deux semaines.

En attendant, découvrez la vie chez Léman Support Services sur notre page carrière.

L'équipe Léman Support Services"""

_BROYE_ACK = """Cher Séverin,

Nous vous remercions pour votre candidature au poste « Collaborateur·trice helpdesk IT (80 %) ».

Votre dossier a été enregistré et sera étudié par notre équipe. Malheureusement, en raison du nombre élevé de candidatures, nous ne pouvons pas répondre personnellement à chaque candidat·e. Si votre profil correspond à nos attentes, nous vous contacterons dans un délai de trois semaines.

L'équipe Talent Acquisition
Assurance Mutuelle Broye"""

_OLIVIERS_ACK = """Bonjour Séverin,

La Fondation Les Oliviers vous remercie pour votre candidature au poste « Technicien·ne informatique polyvalent·e (EMS) », réf. 2026-118.

Votre dossier nous est bien parvenu. Le service des ressources humaines l'examinera avec attention et vous tiendra informé de la suite.

Fondation Les Oliviers – Ressources humaines"""

_TPM_ACK = """Monsieur Mbala-Hofstetter,

Nous vous confirmons la réception de votre candidature n° 3141 pour le poste de technicien/ne support poste de travail.

Votre dossier sera examiné par le service concerné. Nous reprendrons contact avec vous dès que possible.

Avec nos meilleures salutations,
Transports Publics du Moléson
Ressources humaines"""

_DATASPHERE_ACK = """Bonjour Séverin,

Merci d'avoir postulé chez Datasphère pour le poste de Technicien·ne support (Neuchâtel, 100 %).

Nous avons bien reçu votre candidature et votre CV. Noémie Girard, qui suit ce recrutement, reviendra vers vous d'ici une dizaine de jours. Vous pouvez lui répondre directement à cette adresse si vous souhaitez compléter votre dossier.

À bientôt,
L'équipe Datasphère"""

_VULLY_ACK = """Monsieur,

Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de technicien·ne informatique (80 %) et vous en remercions.

Le délai de postulation court jusqu’au 20 septembre. Nous procéderons ensuite à une première sélection et reviendrons vers vous au plus tard à la mi-octobre.

Avec nos meilleures salutations,

Corinne Chervet
Assistante RH
Hôpital du Vully
Route de l’Hôpital 5, 1786 Sugiez
026 555 67 20"""

# ---------------------------------------------------------------- application_received: English

_LIFFEY_ACK = """Hi Séverin,

Thanks for applying to the Service Desk Analyst role at Liffey Managed Services! We've received your application and our team will review it shortly.

If your experience is a good match, a member of our talent team will be in touch to arrange next steps.

Best,
The Liffey Managed Services Talent Team"""

_DOCKSIDE_ACK = """Hi Séverin,

Thanks for your interest in Dockside Digital. This note is to confirm that we've received your application for IT Support Technician.

Our team reviews every application and we'll be in touch if there's a fit.

Dockside Digital"""

_KILMAINHAM_ACK = """Hi Séverin,

Thanks for applying to Kilmainham Software! We've got your application for the Desktop Support Engineer role and our hiring team will take a look soon.

You can check the status of your application at any time using the link in your candidate portal.

Kilmainham Software Recruiting"""

_HELVETIC_ACK = """Dear Séverin,

Welcome to Helvetic Staffing, and thank you for registering with us.

Your candidate profile is now complete and has been assigned to Priya Raman, who looks after IT support and data-centre assignments in the Geneva and Vaud area. She will call you this week to talk through your availability and the type of roles you're after.

If anything changes in the meantime, simply reply to this email and it will reach Priya directly.

Helvetic Staffing
Rue du Mont-Blanc 7, 1201 Geneva"""

_RINGSEND_ACK = """Dear Séverin,

Thank you for applying for the IT & Systems Administrator position with Ringsend Family Practice Group. We confirm that your application has been received.

Unfortunately, due to the volume of applications we receive, we cannot reply to every applicant individually. If you are shortlisted, we will contact you within two weeks of the closing date.

Ringsend Family Practice Group"""

# ---------------------------------------------------------------- application_received: German

_RHEINKNIE_ACK = """Guten Tag Herr Mbala-Hofstetter

Vielen Dank für Ihre Bewerbung als Supporttechniker/in (80–100 %) und Ihr Interesse an der Rheinknie Informatik AG.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihr Dossier sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Freundliche Grüsse
Ihr HR-Team der Rheinknie Informatik AG"""

_BAERENGRABEN_ACK = """Guten Tag Herr Mbala-Hofstetter

Wir bestätigen den Eingang Ihrer Bewerbung als Supporttechniker/in (80 bis 100 %).

Unser Team sichtet die Unterlagen laufend. Sie hören von uns, sobald wir Ihr Dossier geprüft haben.

Freundliche Grüsse
Personalabteilung
Bärengraben Informatik AG"""

_TALENTBRUECKE_ACK = """Hallo Séverin

Danke für deine Registrierung bei TalentBrücke und das angenehme Telefonat von heute Morgen.

Dein Dossier ist jetzt vollständig in unserem System erfasst (Lebenslauf, Zeugnisse, CompTIA-Zertifikat). Ich stelle dich ab sofort für passende Stellen im ICT-Support im Raum Bern und Thun vor, selbstverständlich nur nach Rücksprache mit dir.

Bei Fragen erreichst du mich direkt.

Beste Grüsse
Reto Kälin
Personalberater ICT
TalentBrücke Personal AG
Bubenbergplatz 8, 3011 Bern
031 555 40 90"""

# ---------------------------------------------------------------- application_received: Spanish

_TURIA_ACK = """Hola Séverin:

¡Gracias por tu candidatura para el puesto de Técnico/a de soporte N1 en Turia Soporte Informático!

La hemos recibido correctamente. Nuestro equipo la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
El equipo de Turia Soporte Informático"""

_LEVANTE_ACK = """Hola Séverin:

Gracias por tu interés en Levante Sistemas. Te confirmamos que hemos recibido tu solicitud para el puesto de Técnico/a de soporte.

Revisaremos tu perfil con atención y te escribiremos si avanzas a la siguiente fase.

Equipo de Personas de Levante Sistemas"""

_RLEV_ACK = """Hola Séverin:

Tu alta como candidato en Recursos Levante ETT se ha completado correctamente.

Tu perfil (técnico de soporte informático / microinformática, disponibilidad inmediata, Valencia ciudad) ya está visible para nuestros consultores. Pablo Navarro será tu persona de contacto y te llamará para una entrevista de registro en los próximos días.

Recuerda mantener actualizados tus datos y tu disponibilidad.

Pablo Navarro
Consultor de selección | Recursos Levante ETT
C/ Colón 32, 46004 Valencia | 960 555 318"""

# ---------------------------------------------------------------- offers

_RHS_OFFER = """Monsieur,

Suite à votre entretien du 26 mars et à la visite de notre service informatique, nous avons le plaisir de vous proposer un engagement en qualité de technicien support informatique à 90 % dès le 1er juin 2026.

Vous trouverez en pièce jointe notre offre détaillée (classe de traitement, échelon, vacances et prestations sociales). Le contrat de travail définitif vous sera adressé dès réception de votre accord.

Nous vous remercions de nous faire part de votre décision d'ici au 20 avril 2026.

Nous nous réjouissons de vous accueillir dans l'équipe du support de proximité.

Meilleures salutations

Nadia Perroud
Chargée de recrutement
Réseau hospitalier de la Sarine
Route de Villars-Vert 12 | 1700 Fribourg
T +41 26 555 12 30"""

_MOLESON_OFFER = """Salut Séverin,

Comme promis au téléphone tout à l'heure, je te le confirme par écrit : on aimerait t'engager comme technicien support dès le 1er avril (ton préavis de trois mois oblige).

En résumé : 100 %, CHF 5'900.– brut par mois versé 13 fois, cinq semaines de vacances et l'abonnement de bus payé. Le contrat part chez toi cette semaine par la poste – tu le recevras peut-être de tes propres mains, haha.

Prends le temps d'y réfléchir et dis-moi si tu as la moindre question.

Pascal
--
Pascal Overney
Informatique Moléson SA
Route des Arsenaux 9, 1700 Fribourg
026 555 48 10"""

_DATASPHERE_OFFER = """Bonjour Séverin,

Suite à votre accord oral de lundi, voici votre contrat de travail pour le poste de technicien·ne support à Neuchâtel, avec une entrée en fonction le 1er novembre 2026.

Vous allez recevoir d'ici quelques minutes un courriel séparé de notre plateforme de signature électronique. Le contrat est également joint en PDF pour que vous puissiez le relire tranquillement.

Merci de le signer d'ici au 22 septembre. N'hésitez pas à m'appeler si un point n'est pas clair.

Belle soirée,

Noémie Girard
Responsable RH
Datasphère SA
Rue de la Pierre-à-Mazel 39, 2000 Neuchâtel
+41 32 555 19 88"""

_CORRATERIE_OFFER = """Cher Monsieur,

Excellente nouvelle : la Banque Privée Corraterie souhaite vous faire une offre pour le poste de technicien support aux utilisateurs.

Les grandes lignes communiquées par M. Maillard :
- contrat à durée indéterminée, 100 %, entrée au 1er octobre ou à convenir ;
- CHF 82 000.– brut annuel, versé en 13 mensualités, plus une part variable ;
- période d'essai de trois mois.

La lettre d'offre officielle vous parviendra directement de la banque en fin de semaine. Je vous propose un appel demain à 12h15 pour en discuter avant que vous ne donniez votre réponse.

Toutes mes félicitations !

Olivier Ducrest
Associé
Ducrest & Partenaires Sàrl – Executive Search
Rue du Rhône 88, 1204 Genève
+41 22 555 02 90"""

_VULLY_OFFER = """Monsieur,

Nous faisons suite à votre entretien du 8 octobre et avons le plaisir de vous proposer le poste de technicien·ne informatique à 80 % au sein de l’Hôpital du Vully, avec entrée en fonction au 1er janvier 2027.

Vous trouverez ci-joint notre proposition d’engagement, qui précise le salaire annuel brut, la classe de fonction et les prestations (cinq semaines de vacances, participation aux frais de repas, formation continue).

Nous vous saurions gré de nous retourner l’exemplaire signé d’ici au 2 novembre 2026.

En nous réjouissant de cette future collaboration, nous vous prions d’agréer, Monsieur, nos salutations les meilleures.

Corinne Chervet
Assistante RH
Hôpital du Vully
Route de l’Hôpital 5, 1786 Sugiez
026 555 67 20"""

_GRANDCANAL_OFFER = """Hi Séverin,

I've just come off the phone with Grand Canal Insurance, and the client wants to make you an offer!

Aoife was really impressed with the way you handled the locked-out executive scenario. Headline terms, before the formal letter:
- Desktop Support Analyst, permanent, 39 hours, hybrid (3 days in Dublin 2)
- €46,000 base plus 8% pension contribution and health cover
- relocation support of €4,000 and two weeks' temporary accommodation
- start date flexible, they suggested 2 November

Their HR team will send the written offer on Monday. Can we talk tomorrow at 10:00 your time so I can walk you through it and answer any questions about the move?

Congratulations, well deserved.

Karen

Karen Oyelaran | Principal Consultant
Oyelaran Search | 22 Fitzwilliam Square, Dublin 2 | +353 1 555 9031"""

_PORTOBELLO_OFFER = """Dear Séverin,

Following your interview with Aidan and me last week, I am delighted to offer you the position of IT Support Technician at Portobello Labs.

Please find attached your offer letter, which sets out the salary, benefits, start date and the conditions of the offer. To accept, sign and return the letter by 16 October 2026.

We would also be happy to help you with the practicalities of moving to Dublin; just let me know what would be useful.

We're really looking forward to having you on the team.

Kind regards,

Orla Kennedy
People & Operations Manager
Portobello Labs
31 Richmond Street South, Dublin 2"""

_RHEINKNIE_OFFER = """Guten Tag Herr Mbala-Hofstetter

Wir freuen uns sehr, dass Sie unser Team verstärken möchten!

Wie mit Herrn Gysin am Telefon besprochen, erhalten Sie im Anhang Ihren Arbeitsvertrag als Supporttechniker (90 %) mit Stellenantritt am 1. Dezember 2026 in zweifacher Ausführung.

Bitte unterzeichnen Sie beide Exemplare und senden Sie eines bis zum 9. Oktober an uns zurück, per Post oder eingescannt an diese Adresse.

Freundliche Grüsse

Sabine Vogt
HR-Verantwortliche
Rheinknie Informatik AG
Klybeckstrasse 141, 4057 Basel
+41 61 555 47 00"""

_THUNERSEE_OFFER = """Sehr geehrter Herr Mbala-Hofstetter

Wie heute Nachmittag telefonisch besprochen, freuen wir uns, Ihnen die Stelle als ICT-Supporter/in bei der Energie Thunersee anzubieten.

Die Eckdaten:
- Pensum 100 %, Eintritt per 1. Oktober 2026
- Jahreslohn CHF 78'000 brutto (13 Monatslöhne)
- Arbeitsort Thun, Homeoffice nach Absprache bis zu einem Tag pro Woche

Den schriftlichen Vertrag erhalten Sie nach Ihrer Zusage. Bitte teilen Sie uns Ihren Entscheid bis am 28. Juli mit.

Wir freuen uns auf Ihre Antwort.

Freundliche Grüsse
Beat Oesch
Leiter Informatik
Energie Thunersee AG
Seestrasse 12, 3600 Thun
033 555 21 70"""

_TURIA_OFFER = """Hola Séverin:

Nos alegra mucho comunicarte que queremos que te incorpores a Turia Soporte Informático como Técnico de soporte N1. A Jordi le encantó trabajar contigo en la jornada de prueba.

Te adjuntamos la carta de oferta con todas las condiciones: contrato indefinido, jornada completa, 24.500 € brutos anuales en 14 pagas e incorporación el 1 de julio (podemos adaptarla a tu traslado desde Suiza).

Te agradeceríamos una respuesta antes del 10 de junio. Si quieres comentarla, llámame cuando quieras.

¡Un abrazo y enhorabuena!

Lucía Ferrer
Responsable de Personas
Turia Soporte Informático
C/ de Sueca 58, bajo, 46006 Valencia
Tel. 961 555 402"""


MESSAGES = [
    # ============================================================ application_received
    {
        "key": "rhs_ack",
        "kind": "application_received", "scenario": "workday_ack", "lang": "fr",
        "company": "Réseau hospitalier de la Sarine", "contact": "",
        "from": ("Réseau hospitalier de la Sarine", "rhsarine@myworkday.com"),
        "subject": "Nous avons bien reçu votre candidature – Technicien·ne support informatique",
        "date": "2026-03-02 08:14 +0100",
        "text": _RHS_ACK,
        "html": ats_card("Réseau hospitalier de la Sarine", "#005a8c", paras(_RHS_ACK),
                         "Message généré automatiquement par Workday. Merci de ne pas répondre."),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "alpes_ack",
        "kind": "application_received", "scenario": "agency_registration", "lang": "fr",
        "company": "Alpes Emploi Conseil", "contact": "joelle.bersier@alpes-emploi.example.ch",
        "from": ("Alpes Emploi Conseil", "ne-pas-repondre@alpes-emploi.example.ch"),
        "reply_to": ("Joëlle Bersier", "joelle.bersier@alpes-emploi.example.ch"),
        "reply_to_enc": ("iso-8859-1", "Q"),
        "subject": "Confirmation de votre inscription chez Alpes Emploi Conseil",
        "date": "2026-01-19 11:05 +0100",
        "text": _ALPES_ACK,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "ccsn_ack",
        "kind": "application_received", "scenario": "no_individual_reply_not_rejection",
        "lang": "fr",
        "company": "Centre cantonal des services numériques", "contact": "",
        "from": ("Centre cantonal des services numériques", "ne-pas-repondre@ccsn-ne.example.ch"),
        "from_enc": ("iso-8859-1", "B"),
        "subject": "Accusé de réception – Technicien·ne support N1 (réf. CCSN-2026-27)",
        "date": "2026-07-01 08:00 +0200",
        "text": _CCSN_ACK,
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "key": "iup_ack",
        "kind": "application_received", "scenario": "workday_ack_html_only", "lang": "fr",
        "company": "Institut universitaire Pérolles", "contact": "",
        "from": ("Institut universitaire Pérolles", "iup@myworkday.com"),
        "subject": "Candidature reçue : R-04417 Technicien·ne support informatique",
        "date": "2026-02-24 19:33 +0100",
        "html": ats_card("Institut universitaire Pérolles", "#7a1f2b", paras(_IUP_ACK),
                         "Ce message a été généré automatiquement par Workday. "
                         "Merci de ne pas y répondre."),
        "cte": "base64",
    },
    {
        "key": "leman_ack",
        "kind": "application_received", "scenario": "teamtailor_ack", "lang": "fr",
        "company": "Léman Support Services", "contact": "",
        "from": ("Léman Support Services", "no-reply@teamtailor-mail.com"),
        "subject": "Merci pour votre candidature, Séverin !",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-04-07 22:14 +0200",
        "text": _LEMAN_ACK,
        "html": ats_card("Léman Support Services", "#2d3e50", paras(_LEMAN_ACK),
                         "Envoyé via Teamtailor"),
        "cte": "quoted-printable",
    },
    {
        "key": "broye_ack",
        "kind": "application_received", "scenario": "smartrecruiters_cannot_reply_all",
        "lang": "fr",
        "company": "Assurance Mutuelle Broye", "contact": "",
        "from": ("Assurance Mutuelle Broye", "no-reply@smartrecruiters.com"),
        "subject": "Merci pour votre candidature – Collaborateur·trice helpdesk IT (80 %)",
        "date": "2026-03-03 12:00 +0000",
        "text": _BROYE_ACK,
        "html": ats_card("Assurance Mutuelle Broye", "#00695c", paras(_BROYE_ACK),
                         "Powered by SmartRecruiters"),
        "cte": "base64",
    },
    {
        "key": "oliviers_ack",
        "kind": "application_received", "scenario": "icims_ack", "lang": "fr",
        "company": "Fondation Les Oliviers", "contact": "",
        "from": ("Fondation Les Oliviers", "no-reply@icims.com"),
        "subject": "Fondation Les Oliviers – confirmation de réception",
        "date": "2026-05-06 14:20 +0200",
        "text": _OLIVIERS_ACK,
        "html": ats_card("Fondation Les Oliviers", "#5b8c2a", paras(_OLIVIERS_ACK),
                         "Ce courriel est envoyé automatiquement par iCIMS."),
        "cte": "quoted-printable",
    },
    {
        "key": "tpm_ack",
        "kind": "application_received", "scenario": "successfactors_latin1", "lang": "fr",
        "company": "Transports Publics du Moléson", "contact": "",
        "from": ("Transports Publics du Moléson", "noreply@successfactors.eu"),
        "from_enc": ("iso-8859-1", "Q"),
        "subject": "Confirmation de réception de votre candidature n° 3141",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-06-05 07:45 +0200",
        "text": _TPM_ACK,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "datasphere_ack",
        "kind": "application_received", "scenario": "recruitee_reply_to_recruiter", "lang": "fr",
        "company": "Datasphère", "contact": "noemie.girard@datasphere.example.ch",
        "from": ("Datasphère", "no-reply@jobs.recruitee.com"),
        "reply_to": ("Noémie Girard", "noemie.girard@datasphere.example.ch"),
        "subject": "Candidature reçue – Technicien·ne support (Neuchâtel)",
        "date": "2026-08-20 10:10 +0200",
        "in_reply_to": "own_datasphere_appl",
        "text": _DATASPHERE_ACK,
        "html": ats_card("Datasphère", "#222f5b", paras(_DATASPHERE_ACK),
                         "Envoyé avec Recruitee"),
        "cte": "quoted-printable",
    },
    {
        "key": "vully_ack",
        "kind": "application_received", "scenario": "hr_cv_received_cp1252", "lang": "fr",
        "company": "Hôpital du Vully", "contact": "corinne.chervet@hopital-vully.example.ch",
        "from": ("Chervet Corinne", "corinne.chervet@hopital-vully.example.ch"),
        "subject": "Accusé de réception de votre dossier – technicien·ne informatique",
        "subject_enc": ("windows-1252", "Q"),
        "date": "2026-09-07 11:25 +0200",
        "text": _VULLY_ACK,
        "html": outlook_html(_VULLY_ACK, "fr"),
        "charset": "windows-1252",
        "cte": "quoted-printable",
    },
    # English
    {
        "key": "liffey_ack",
        "kind": "application_received", "scenario": "greenhouse_ack", "lang": "en",
        "company": "Liffey Managed Services", "contact": "",
        "from": ("Liffey Managed Services", "no-reply@greenhouse-mail.io"),
        "subject": "Thanks for applying to Liffey Managed Services",
        "date": "2026-02-03 14:05 +0000",
        "text": _LIFFEY_ACK,
        "html": ats_card("Liffey Managed Services", "#24a47f", paras(_LIFFEY_ACK),
                         "Sent via Greenhouse", "en"),
        "cte": "quoted-printable",
    },
    {
        "key": "dockside_ack",
        "kind": "application_received", "scenario": "lever_ack", "lang": "en",
        "company": "Dockside Digital", "contact": "",
        "from": ("Dockside Digital", "no-reply@hire.lever.co"),
        "subject": "Dockside Digital – we've received your application",
        "date": "2026-02-16 09:00 +0000",
        "text": _DOCKSIDE_ACK,
        "cte": "8bit",
    },
    {
        "key": "kilmainham_ack",
        "kind": "application_received", "scenario": "ashby_ack_html_only", "lang": "en",
        "company": "Kilmainham Software", "contact": "",
        "from": ("Kilmainham Software", "no-reply@ashbyhq.com"),
        "subject": "Thanks for applying to Kilmainham Software!",
        "date": "2026-03-30 20:44 +0100",
        "html": ats_card("Kilmainham Software", "#4b2bd6", paras(_KILMAINHAM_ACK),
                         "Powered by Ashby", "en"),
        "cte": "quoted-printable",
    },
    {
        "key": "helvetic_ack",
        "kind": "application_received", "scenario": "agency_registration", "lang": "en",
        "company": "Helvetic Staffing", "contact": "priya.raman@helveticstaffing.example.ch",
        "from": ("Helvetic Staffing", "registration@helveticstaffing.example.ch"),
        "reply_to": ("Priya Raman", "priya.raman@helveticstaffing.example.ch"),
        "subject": "Welcome to Helvetic Staffing – your registration is complete",
        "date": "2026-03-02 09:30 +0100",
        "text": _HELVETIC_ACK,
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "ringsend_ack",
        "kind": "application_received", "scenario": "workable_cannot_reply_all", "lang": "en",
        "company": "Ringsend Family Practice Group", "contact": "",
        "from": ("Ringsend Family Practice Group", "noreply@workablemail.com"),
        "subject": "Your application: IT & Systems Administrator",
        "date": "2026-06-18 12:00 +0100",
        "text": _RINGSEND_ACK,
        "html": ats_card("Ringsend Family Practice Group", "#0f6e8c", paras(_RINGSEND_ACK),
                         "This email was sent by Workable on behalf of the employer.", "en"),
        "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    # German
    {
        "key": "rheinknie_ack",
        "kind": "application_received", "scenario": "softgarden_eingang", "lang": "de",
        "company": "Rheinknie Informatik", "contact": "",
        "from": ("Rheinknie Informatik AG", "noreply@softgarden.io"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung: Supporttechniker/in (80–100 %)",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-09-01 18:02 +0200",
        "text": _RHEINKNIE_ACK,
        "html": ats_card("Rheinknie Informatik AG", "#1b4f72", paras(_RHEINKNIE_ACK),
                         "Diese E-Mail wurde automatisch über softgarden versendet.", "de"),
        "cte": "quoted-printable",
    },
    {
        "key": "baerengraben_ack",
        "kind": "application_received", "scenario": "personio_eingang", "lang": "de",
        "company": "Bärengraben Informatik", "contact": "",
        "from": ("Bärengraben Informatik AG", "noreply@personio.de"),
        "from_enc": ("utf-8", "B"),
        "subject": "Ihre Bewerbung bei der Bärengraben Informatik AG ist eingegangen",
        "date": "2026-05-11 08:30 +0200",
        "text": _BAERENGRABEN_ACK,
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "key": "talentbruecke_ack",
        "kind": "application_received", "scenario": "agency_registration_du", "lang": "de",
        "company": "TalentBrücke", "contact": "reto.kaelin@talentbruecke.example.ch",
        "from": ("Reto Kälin", "reto.kaelin@talentbruecke.example.ch"),
        "subject": "Deine Registrierung bei TalentBrücke",
        "date": "2026-06-29 13:15 +0200",
        "text": _TALENTBRUECKE_ACK,
        "cte": "8bit",
    },
    # Spanish
    {
        "key": "turia_ack",
        "kind": "application_received", "scenario": "personio_recibida", "lang": "es",
        "company": "Turia Soporte Informático", "contact": "",
        "from": ("Turia Soporte Informático", "noreply@personio.de"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-05-04 10:00 +0200",
        "text": _TURIA_ACK,
        "html": ats_card("Turia Soporte Informático", "#16a085", paras(_TURIA_ACK),
                         "Enviado con Personio", "es"),
        "cte": "quoted-printable",
    },
    {
        "key": "levante_ack",
        "kind": "application_received", "scenario": "bamboohr_recibida", "lang": "es",
        "company": "Levante Sistemas", "contact": "",
        "from": ("Levante Sistemas", "no-reply@bamboohr.com"),
        "subject": "Gracias por tu interés en Levante Sistemas",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-08-10 11:11 +0200",
        "text": _LEVANTE_ACK,
        "cte": "base64",
    },
    {
        "key": "rlev_ack",
        "kind": "application_received", "scenario": "agency_alta_confirmada", "lang": "es",
        "company": "Recursos Levante", "contact": "pablo.navarro@recursoslevante.example.es",
        "from": ("Recursos Levante ETT", "altas@recursoslevante.example.es"),
        "reply_to": ("Pablo Navarro", "pablo.navarro@recursoslevante.example.es"),
        "subject": "Alta confirmada en Recursos Levante ETT",
        "date": "2026-04-08 17:00 +0200",
        "text": _RLEV_ACK,
        "html": "auto",
        "cte": "quoted-printable",
    },
    # ============================================================ offer
    {
        "key": "rhs_offer",
        "kind": "offer", "scenario": "formal_offer_pdf", "lang": "fr",
        "company": "Réseau hospitalier de la Sarine",
        "contact": "nadia.perroud@rhsarine.example.ch",
        "from": ("Perroud Nadia", "nadia.perroud@rhsarine.example.ch"),
        "subject": "Offre d'engagement – Technicien·ne support informatique",
        "date": "2026-04-08 10:05 +0200",
        "in_reply_to": "rhs_move", "references": ["rhs_inv", "own_rhs_resched", "rhs_move"],
        "text": _RHS_OFFER,
        "html": outlook_html(_RHS_OFFER, "fr"),
        "cte": "quoted-printable",
        "pdfs": [{"name": "Offre_engagement_Mbala-Hofstetter.pdf",
                  "title": "Offre d'engagement",
                  "lines": ["Réseau hospitalier de la Sarine – Ressources humaines",
                            "Candidat : M. Séverin Mbala-Hofstetter",
                            "Fonction : Technicien support informatique, taux 90 %",
                            "Entrée en fonction : 1er juin 2026",
                            "Classe de traitement 14, échelon 3",
                            "Salaire annuel brut (90 %) : CHF 74 100.–",
                            "Vacances : 25 jours ouvrables",
                            "Réponse attendue d'ici au 20 avril 2026"]}],
    },
    {
        "key": "moleson_offer",
        "kind": "offer", "scenario": "verbal_offer_follow_up", "lang": "fr",
        "company": "Informatique Moléson", "contact": "pascal.overney@moleson-it.example.ch",
        "from": ("Pascal Overney", "pascal.overney@moleson-it.example.ch"),
        "subject": "Comme promis au téléphone",
        "date": "2026-01-27 18:02 +0100",
        "in_reply_to": "moleson_inv", "references": ["own_moleson_appl", "moleson_inv"],
        "text": _MOLESON_OFFER,
        "cte": "8bit",
    },
    {
        "key": "datasphere_offer",
        "kind": "offer", "scenario": "contract_for_signature_pdf", "lang": "fr",
        "company": "Datasphère", "contact": "noemie.girard@datasphere.example.ch",
        "from": ("Noémie Girard", "noemie.girard@datasphere.example.ch"),
        "from_enc": ("utf-8", "B"),
        "subject": "Votre contrat de travail – signature électronique",
        "date": "2026-09-15 16:00 +0200",
        "text": _DATASPHERE_OFFER,
        "html": "auto",
        "cte": "base64",
        "pdfs": [{"name": "Contrat_de_travail_Datasphere.pdf",
                  "title": "Contrat de travail",
                  "lines": ["Entre Datasphère SA, Neuchâtel (l'employeur)",
                            "et M. Séverin Mbala-Hofstetter (le travailleur)",
                            "Fonction : technicien·ne support, taux d'activité 100 %",
                            "Début des rapports de travail : 1er novembre 2026",
                            "Temps d'essai : trois mois",
                            "Salaire mensuel brut : CHF 6 150.– (13 fois l'an)",
                            "Lieu et date : ____________  Signature : ____________"]}],
    },
    {
        "key": "corraterie_offer",
        "kind": "offer", "scenario": "headhunter_client_wants_offer", "lang": "fr",
        "company": "Banque Privée Corraterie",
        "contact": "o.ducrest@ducrest-partenaires.example.ch",
        "from": ("Olivier Ducrest", "o.ducrest@ducrest-partenaires.example.ch"),
        "subject": "Banque Privée Corraterie : une offre pour vous",
        "date": "2026-07-06 11:40 +0200",
        "in_reply_to": "corraterie_move", "references": ["corraterie_inv", "corraterie_move"],
        "text": _CORRATERIE_OFFER,
        "html": outlook_html(_CORRATERIE_OFFER, "fr"),
        "cte": "quoted-printable",
    },
    {
        "key": "vully_offer",
        "kind": "offer", "scenario": "proposition_engagement_cp1252_pdf", "lang": "fr",
        "company": "Hôpital du Vully", "contact": "corinne.chervet@hopital-vully.example.ch",
        "from": ("Chervet Corinne", "corinne.chervet@hopital-vully.example.ch"),
        "subject": "Proposition d’engagement – technicien·ne informatique 80 %",
        "subject_enc": ("windows-1252", "B"),
        "date": "2026-10-19 14:30 +0200",
        "in_reply_to": "vully_ack",
        "text": _VULLY_OFFER,
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "pdfs": [{"name": "Proposition_engagement_HDV.pdf",
                  "title": "Proposition d'engagement",
                  "lines": ["Hôpital du Vully, Route de l'Hôpital 5, 1786 Sugiez",
                            "M. Séverin Mbala-Hofstetter",
                            "Poste : technicien·ne informatique, 80 %",
                            "Entrée en fonction : 1er janvier 2027",
                            "Salaire annuel brut : CHF 66 800.– (80 %)",
                            "Merci de retourner un exemplaire signé d'ici au 2 novembre 2026."]}],
    },
    {
        "key": "grandcanal_offer",
        "kind": "offer", "scenario": "headhunter_client_wants_offer", "lang": "en",
        "company": "Grand Canal Insurance", "contact": "karen@oyelaransearch.example.ie",
        "from": ("Karen Oyelaran", "karen@oyelaransearch.example.ie"),
        "subject": "Re: Grand Canal Insurance – first interview confirmed",
        "date": "2026-08-28 17:45 +0100",
        "in_reply_to": "grandcanal_move",
        "references": ["oyelaran_cold", "grandcanal_inv", "grandcanal_move"],
        "text": reply(_GRANDCANAL_OFFER, "en", "Mon, 17 Aug 2026 at 09:05", "Karen Oyelaran",
                      "karen@oyelaransearch.example.ie", GRANDCANAL_MOVE),
        "html": "auto",
        "cte": "quoted-printable",
    },
    {
        "key": "portobello_offer",
        "kind": "offer", "scenario": "offer_letter_pdf", "lang": "en",
        "company": "Portobello Labs", "contact": "orla.kennedy@portobellolabs.example.ie",
        "from": ("Orla Kennedy", "orla.kennedy@portobellolabs.example.ie"),
        "subject": "Offer of employment – IT Support Technician",
        "date": "2026-10-05 10:20 +0100",
        "in_reply_to": "own_portobello_appl",
        "text": _PORTOBELLO_OFFER,
        "html": outlook_html(_PORTOBELLO_OFFER, "en"),
        "cte": "quoted-printable",
        "pdfs": [{"name": "Portobello_Labs_Offer_Letter.pdf",
                  "title": "Offer of Employment",
                  "lines": ["Portobello Labs, 31 Richmond Street South, Dublin 2",
                            "Candidate: Séverin Mbala-Hofstetter",
                            "Position: IT Support Technician (permanent, full time)",
                            "Base salary: EUR 44,500 per annum",
                            "Start date: 4 January 2027",
                            "Please sign and return by 16 October 2026."]}],
    },
    {
        "key": "rheinknie_offer",
        "kind": "offer", "scenario": "vertrag_zur_unterschrift_pdf", "lang": "de",
        "company": "Rheinknie Informatik", "contact": "sabine.vogt@rheinknie.example.ch",
        "from": ("Vogt Sabine", "sabine.vogt@rheinknie.example.ch"),
        "subject": "Ihr Arbeitsvertrag zur Unterzeichnung",
        "date": "2026-09-29 09:40 +0200",
        "in_reply_to": "rheinknie_move", "references": ["rheinknie_inv", "rheinknie_move"],
        "text": _RHEINKNIE_OFFER,
        "html": outlook_html(_RHEINKNIE_OFFER, "de"),
        "cte": "quoted-printable",
        "pdfs": [{"name": "Arbeitsvertrag_Mbala-Hofstetter.pdf",
                  "title": "Arbeitsvertrag",
                  "lines": ["Rheinknie Informatik AG, Klybeckstrasse 141, 4057 Basel",
                            "Arbeitnehmer: Séverin Mbala-Hofstetter",
                            "Funktion: Supporttechniker, Pensum 90 %",
                            "Stellenantritt: 1. Dezember 2026",
                            "Probezeit: 3 Monate",
                            "Jahreslohn brutto: CHF 71'500 (13 Monatslöhne)",
                            "Ort, Datum: ____________  Unterschrift: ____________"]}],
    },
    {
        "key": "thunersee_offer",
        "kind": "offer", "scenario": "verbal_offer_confirmed", "lang": "de",
        "company": "Energie Thunersee", "contact": "beat.oesch@energie-thunersee.example.ch",
        "from": ("Beat Oesch", "beat.oesch@energie-thunersee.example.ch"),
        "subject": "Stellenangebot ICT-Supporter/in – Bestätigung unseres Telefonats",
        "date": "2026-07-21 17:20 +0200",
        "text": _THUNERSEE_OFFER,
        "cte": "quoted-printable",
    },
    {
        "key": "turia_offer",
        "kind": "offer", "scenario": "carta_oferta_pdf", "lang": "es",
        "company": "Turia Soporte Informático", "contact": "lucia.ferrer@turiasoporte.example.es",
        "from": ("Lucía Ferrer", "lucia.ferrer@turiasoporte.example.es"),
        "subject": "¡Queremos que te unas a Turia! Oferta de empleo",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-06-03 13:30 +0200",
        "in_reply_to": "own_turia_confirm",
        "references": ["turia_inv", "turia_cancel", "turia_move", "own_turia_confirm"],
        "text": _TURIA_OFFER,
        "html": "auto",
        "cte": "quoted-printable",
        "pdfs": [{"name": "Oferta_Turia_Mbala-Hofstetter.pdf",
                  "title": "Carta de oferta",
                  "lines": ["Turia Soporte Informático, C/ de Sueca 58, 46006 Valencia",
                            "Candidato: Séverin Mbala-Hofstetter",
                            "Puesto: Técnico de soporte N1",
                            "Contrato: indefinido, jornada completa",
                            "Salario: 24.500 € brutos anuales en 14 pagas",
                            "Incorporación: 1 de julio de 2026"]}],
    },
]
