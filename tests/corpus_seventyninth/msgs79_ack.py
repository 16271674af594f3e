"""Application acknowledgements in the 79th corpus (data only; see make_seventyninth.py)."""

from msgs79_base import m

A = "application_received"

MESSAGES = [
    m(A, "fr", "selor_inscription", "Travaillerpour.be <ne-pas-repondre@travaillerpour.example.be>",
      "Confirmation de votre inscription - AFG26043", "2026-01-08 12:31 +0100",
      """Madame Kouassi-Berger,

Nous vous confirmons votre inscription à la sélection « Attaché affaires européennes » (AFG26043) pour le SPF Affaires étrangères.

Vous serez informée par e-mail de la suite de la procédure. Compte tenu du nombre élevé de candidatures, la phase de screening peut prendre plusieurs semaines.

Travaillerpour.be - BOSA""",
      co="SPF Affaires étrangères", fmt="alt", brand="Travaillerpour.be"),
    m(A, "en", "greenhouse_thanks", "Verdant Grid Partners <no-reply@us.greenhouse-mail.io>",
      "Thank you for applying to Verdant Grid Partners", "2026-01-19 09:02 +0000",
      """Hi Maëlle,

Thanks for applying to the Senior Public Affairs Manager, EU role at Verdant Grid Partners! Our team will review your application and reach out if your qualifications match our needs.

Due to the high volume of applications, we are unable to respond to every applicant individually.

Best,
Verdant Grid Partners Recruiting""",
      co="Verdant Grid Partners", fmt="html"),
    m(A, "fr", "commune_accuse", "Service du Personnel <personnel@uccle.example.be>",
      "Accusé de réception - candidature Réf. 2026/07", "2026-02-02 14:44 +0100",
      """Madame,

Nous accusons bonne réception de votre candidature pour le poste de coordinatrice du Plan climat communal (Réf. 2026/07).

Les candidats présélectionnés seront contactés pour une épreuve écrite courant mars. Nous ne sommes malheureusement pas en mesure de fournir un retour individuel à ce stade de la procédure.

Veuillez agréer, Madame, nos salutations distinguées.

Administration communale d'Uccle
Service du Personnel""",
      co="Administration communale d'Uccle", cs="iso-8859-1", cte="qp"),
    m(A, "de", "personio_eingang", "Ostsee Wind Energie GmbH <jobs@ostsee-wind.jobs.personio.example.de>",
      "Ihre Bewerbung bei Ostsee Wind Energie", "2026-07-03 19:20 +0200",
      """Hallo Maëlle Kouassi-Berger,

vielen Dank für Ihre Bewerbung als Referentin Politik & Regulierung! Wir haben Ihre Unterlagen erhalten und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Bei Fragen wenden Sie sich gerne an Annika Brandt (annika.brandt@ostsee-wind.example.de).

Viele Grüße
Ihr Team von Ostsee Wind Energie""",
      co="Ostsee Wind Energie", ct="annika.brandt@ostsee-wind.example.de", fmt="alt"),
    m(A, "fr", "welcome_jungle", "Welcome to the Jungle <no-reply@welcometothejungle.example.com>",
      "Votre candidature chez Circul'R a bien été envoyée", "2026-02-14 22:50 +0100",
      """Bonjour Maëlle,

Ta candidature pour le poste « Chargée de plaidoyer économie circulaire » chez Circul'R a bien été transmise à l'équipe de recrutement. 🎉

Tu peux suivre son avancement depuis ton espace candidat.

L'équipe Welcome to the Jungle""",
      co="Circul'R", fmt="html", brand="Welcome to the Jungle"),
    m(A, "en", "workday_received", "Aurora Insurance Group <aurora@myworkday.example.com>",
      "Application Received - Corporate Responsibility Lead (JR-22871)", "2026-05-28 08:15 +0000",
      """Dear Maëlle Kouassi-Berger,

Thank you for applying for the position of Corporate Responsibility Lead (JR-22871). We have successfully received your application.

What happens next? Our Talent Acquisition team will review your application against the requirements of the role. Unfortunately we are unable to provide individual feedback at this stage. If you are shortlisted, a member of the team will contact you.

You can track your application at any time via the candidate home page.

Aurora Insurance Group
This mailbox is not monitored.""",
      co="Aurora Insurance Group", ct="", fmt="html", brand="Aurora Insurance Group"),
    m(A, "fr", "linkedin_easy_apply", "LinkedIn <jobs-noreply@linkedin.example.com>",
      "Maëlle, votre candidature a été envoyée à Agence Wallonne de l'Air et du Climat", "2026-03-03 07:45 +0100",
      """Votre candidature a été envoyée à Agence Wallonne de l'Air et du Climat

Chargé·e de projets européens
Agence Wallonne de l'Air et du Climat · Namur (hybride)

Candidature envoyée le 3 mars 2026

Voir les offres similaires : https://www.linkedin.example.com/jobs/similar

Cet e-mail était destiné à Maëlle Kouassi-Berger. Se désabonner : https://www.linkedin.example.com/unsub""",
      co="Agence Wallonne de l'Air et du Climat", fmt="alt", brand="LinkedIn", hdr={"List-Unsubscribe": "<https://www.linkedin.example.com/unsub>"}),
    m(A, "es", "candidatura_recibida", "Fundación Horizonte Sostenible <rrhh@fundacion-horizonte.example.es>",
      "Hemos recibido tu candidatura", "2026-02-10 10:00 +0100",
      """Hola Maëlle,

Te confirmamos que hemos recibido tu candidatura para el puesto de Técnica de proyectos europeos. Revisaremos todos los perfiles durante las próximas semanas.

Debido al elevado número de candidaturas, solo contactaremos con las personas que pasen a la siguiente fase. Si no recibes noticias en un mes, entiende que tu candidatura no ha sido seleccionada.

Gracias por tu interés,
Equipo de Personas
Fundación Horizonte Sostenible""",
      co="Fundación Horizonte Sostenible", cs="iso-8859-1", cte="qp"),
    m(A, "fr", "taleo_hopital", "CHU Saint-Rémi - Carrières <chu-careers-donotreply@taleo.example.net>",
      "Accusé de réception de votre candidature - Responsable développement durable", "2026-04-16 03:05 +0000",
      """Madame KOUASSI-BERGER Maëlle ,

Nous vous remercions pour votre candidature au poste de Responsable développement durable  (Réquisition : 2600412 ) .

Votre dossier va être examiné avec la plus grande attention par notre équipe. En raison du nombre important de candidatures reçues , nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles.

Cordialement ,

Direction des Ressources Humaines
CHU Saint-Rémi

***Merci de ne pas répondre à ce courriel généré automatiquement***""",
      co="CHU Saint-Rémi", fmt="html", cs="windows-1252", brand="CHU Saint-Rémi"),
    m(A, "en", "human_ack_indian", "Neha Kulkarni <neha.k@tarangfoundation.example.org>",
      "Re: Application - Programme Manager, Europe Partnerships", "2026-06-09 12:12 +0530",
      """Dear Maelle,

Thank you for your mail and the attached CV. This is to acknowledge receipt of your application for the post of Programme Manager, Europe Partnerships.

The shortlisting will be done by end of this month and shortlisted candidates will be intimated accordingly.

Warm regards,
Neha Kulkarni
Admin & HR, Tarang Foundation
Pune | Brussels""",
      co="Tarang Foundation", thread=["example.be"]),
    m(A, "fr", "forem_transmis", "Le Forem <ne-pas-repondre@leforem.example.be>",
      "Votre candidature a été transmise à l'employeur", "2026-03-18 15:21 +0100",
      """Bonjour Maëlle,

Votre candidature pour l'offre n° 4231187 « Gestionnaire de projets subventionnés (H/F/X) » a bien été transmise à l'employeur IDETA - Agence de développement territorial.

L'employeur reviendra vers vous directement s'il souhaite poursuivre.

Le Forem""",
      co="IDETA", fmt="alt", brand="Le Forem"),
    m(A, "fr", "recruitee_start_up", "Plateau Solaire <jobs@plateau-solaire.recruitee.example.com>",
      "Merci pour ta candidature 🙌", "2026-05-02 11:03 +0200",
      """Hello Maëlle,

Merci pour ta candidature au poste de Responsable affaires publiques chez Plateau Solaire !

On lit toutes les candidatures nous-mêmes (promis, pas de robot). Compte 10 jours pour un premier retour.

À très vite,
Léa, Talent @ Plateau Solaire""",
      co="Plateau Solaire", ct="", fmt="alt", brand="Plateau Solaire"),
    m(A, "en", "eu_agency_ack", "European Climate Infrastructure Agency <recruitment@ecia.example.europa.eu>",
      "ECIA/TA/AD6/2026/03 - acknowledgement of receipt", "2026-04-01 16:00 +0200",
      """Dear Applicant,

We acknowledge receipt of your application for the selection procedure ECIA/TA/AD6/2026/03 (Grants Management Officer).

Please note that, owing to the large number of applications, the Agency is unable to provide individual feedback at this stage. Candidates invited to the written test will be informed by email. The reserve list is expected to be established by July 2026.

ECIA Human Resources Unit""",
      co="European Climate Infrastructure Agency", cs="windows-1252", cte="b64"),
    m(A, "fr", "cabinet_recu", "Véronique Hallet <v.hallet@hallet-conseil.example.lu>",
      "Bien reçu", "2026-09-10 17:05 +0200",
      """Bonjour Madame Kouassi-Berger,

Bien reçu votre dossier pour la mission de Responsable programmes subventionnés (fondation luxembourgeoise). Je le présente à mon client lundi et reviens vers vous dans la foulée.

Bien cordialement,
Véronique Hallet
Hallet Conseil
+352 26 48 11 02""",
      co="Hallet Conseil"),
    m(A, "fr", "quebec_guichet_recu", "Ministère de l'Environnement du Québec <dotation-nepasrepondre@environnement.example.gouv.qc.ca>",
      "Accusé de réception - appel de candidatures 10505ENV-2026", "2026-05-25 10:30 -0400",
      """Bonjour,

Nous avons bien reçu votre candidature dans le cadre de l'appel de candidatures 10505ENV-2026 (conseillère en relations intergouvernementales).

Seules les personnes retenues pour la suite du processus seront contactées. Nous vous remercions de l'intérêt que vous portez à la fonction publique québécoise.

Ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs""",
      co="Ministère de l'Environnement du Québec", fmt="html", brand="Québec"),
    m(A, "de", "bundesamt_eingang", "Bewerbermanagement <bewerbung-noreply@interamt.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung - Kennung 1188420", "2026-08-03 09:48 +0200",
      """Sehr geehrte Frau Kouassi-Berger,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle "Referentin (m/w/d) für europäische Förderprogramme" beim Umweltbundesamt-Nord.

Bitte sehen Sie von Sachstandsanfragen ab. Wir werden Sie unaufgefordert über den weiteren Verlauf informieren. Eine individuelle Rückmeldung ist in dieser Phase leider nicht möglich.

Mit freundlichen Grüßen
Ihr Bewerbermanagement""",
      co="Umweltbundesamt-Nord", cs="iso-8859-1", cte="qp"),
    m(A, "en", "lever_ack", "Northwind Mobility <no-reply@hire.lever.example.co>",
      "Thanks for your application to Northwind Mobility", "2026-05-11 13:15 +0200",
      """Hi Maëlle,

Thanks for applying for the EU Policy Lead role at Northwind Mobility. We review every application by hand and will be in touch within two weeks either way.

Cheers,
Northwind Mobility Talent""",
      co="Northwind Mobility", fmt="alt"),
    m(A, "fr", "ong_petit_mot", "Aurélie Mbaye <aurelie.mbaye@solidarite-nordsud.example.org>",
      "Re: Candidature Chargée de programmes", "2026-02-12 09:41 +0100",
      """Bonjour Maëlle,

Merci pour ta candidature, bien reçue ! On clôture les candidatures le 20/02, je reviens vers toi juste après.

Bonne journée,
Aurélie
Solidarité Nord-Sud""",
      co="Solidarité Nord-Sud", thread=["example.be"]),
    m(A, "es", "smartrecruiters_recibida", "Grupo Ibérica Energía <empleo-noreply@smartrecruiters.example.com>",
      "Grupo Ibérica Energía: candidatura recibida", "2026-03-20 21:33 +0100",
      """Hola Maëlle,

Gracias por presentar tu candidatura al puesto de Responsable de Asuntos Públicos UE (Bruselas). La estamos revisando y te contactaremos si tu perfil encaja con lo que buscamos.

Un saludo,
Grupo Ibérica Energía""",
      co="Grupo Ibérica Energía", fmt="html"),
    m(A, "fr", "jobat_simple", "Brussels Airport Region Council <candidatures@barc.example.be>",
      "Candidature reçue", "2026-07-16 08:00 +0200",
      """Madame,

Nous vous remercions pour votre candidature spontanée. Elle a été enregistrée et sera examinée dès qu'un poste correspondant à votre profil sera ouvert. Sans nouvelles de notre part dans les six semaines, vous pourrez considérer que nous n'avons pas de poste à vous proposer pour l'instant.

Cordialement,
Brussels Airport Region Council""",
      co="Brussels Airport Region Council"),
]
