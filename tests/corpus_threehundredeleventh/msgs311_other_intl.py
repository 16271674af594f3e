"""English, French and Spanish mail that is not an event in her applications: her own sent
mail, digests, newsletters and traps, 25 messages."""

from __future__ import annotations

from msgs311_common import CANDIDATE, Spec, mail

OTHER = "other"

ENGLISH: list[Spec] = [
    mail("qw_thanks", OTHER, "en", "2026-02-26 19:05 +0100", CANDIDATE,
         "Thank you – Learning Experience Designer interview",
         """
Dear Lena,

Thank you for arranging today's interview, and please pass on my thanks to Malte as well. I really enjoyed our conversation about onboarding academies and how you measure whether customers actually use what they learn.

The role sounds like a great fit for what I want to do next, and I'd be happy to share more examples of my work if that would help.

Best regards,
Johanna Freitag
""", to="Lena Hoffmann <lena.hoffmann@quellwerk.example.de>", parent="qw_resch",
         quote="en"),

    mail("ap_decline", OTHER, "en", "2026-09-07 08:45 +0200", CANDIDATE,
         "RE: Offer of employment – Learning Experience Lead",
         """
Dear Ms Imboden,

Thank you very much for the generous offer and for the warm welcome I received from everyone at Alpenfirn during the process.

After a great deal of thought, I have decided to decline the offer. I started a new position in Leipzig this summer and, in the end, I am not ready to relocate my family to Zürich.

I am very grateful for the opportunity and hope our paths cross again.

Kind regards,
Johanna Freitag
""", to="Nora Imboden <nora.imboden@alpenfirn.example.ch>",
         cc="Sophie Baumann <sophie.baumann@kellerbaumann.example.ch>",
         parent="ap_offer_letter", quote="outlook_en", fmt="alt", cte="quoted-printable"),

    mail("kb_cold", OTHER, "en", "2026-07-21 10:12 +0200",
         "Sophie Baumann <sophie.baumann@kellerbaumann.example.ch>",
         "Confidential – learning leadership opportunities in Switzerland",
         """
Dear Ms Freitag,

I hope you don't mind me reaching out out of the blue. I lead the HR & Learning practice at Keller & Baumann Executive Search in Zürich, and your profile – a primary teacher turned instructional designer with a strong portfolio – caught my attention.

We regularly work with Swiss financial services and insurance clients who are building up their digital learning teams. Would you be open to a confidential, no-obligation conversation about your plans? If so, just let me know a good time for a call.

Kind regards,
Sophie Baumann
Partner
Keller & Baumann Executive Search
""", contact="sophie.baumann@kellerbaumann.example.ch", fmt="alt", cte="quoted-printable"),

    mail("alert_learnjobs", OTHER, "en", "2026-05-11 05:30 +0000",
         "LearnJobs Weekly <digest@learnjobs.example.com>",
         "Your weekly L&D job digest: 9 new roles in Berlin & remote",
         """
Hi Johanna,

Here are this week's new roles matching "instructional designer" in Berlin or remote:

- Learning Experience Designer – Parcel Minds, Berlin (hybrid)
- Instructional Designer, DACH – Corvid Learning Labs, remote
- Enablement Content Designer – Vantara Systems, Berlin
- Training Coordinator – Northlight Health, Berlin
... and 5 more

From the blog: "Rejection, ghosting and the second interview: what 1,200 L&D job seekers told us". Unfortunately, more than half never hear back after an interview – here is how to follow up without being pushy.

You're receiving this because you subscribed to LearnJobs alerts. Manage alerts or unsubscribe: https://learnjobs.example.com/alerts
""", fmt="alt", cte="quoted-printable", brand="LearnJobs", color="#3a0ca3",
         headers={"Precedence": "bulk",
                  "List-Id": "LearnJobs weekly digest <weekly.learnjobs.example.com>",
                  "List-Unsubscribe": "<https://learnjobs.example.com/unsubscribe/u8812>",
                  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}),

    mail("podcast_ldshift", OTHER, "en", "2026-09-24 16:40 +0200",
         "Hannah Okoro <hannah@theldshift.example.com>",
         "Interview invitation – The L&D Shift podcast",
         """
Hi Johanna,

I host The L&D Shift, a podcast about people who move into learning and development from other careers. I read your post about turning a primary-school lesson plan into a corporate microlearning module and loved it.

Would you like to be a guest? We record remote interviews of about 45 minutes, and I'd send you the questions in advance. Any date in October would work for us.

Cheers,
Hannah Okoro
Host, The L&D Shift
""", contact="hannah@theldshift.example.com", cte="7bit"),

    mail("parcel_en", OTHER, "en", "2026-10-19 11:03 +0200",
         "SwiftParcel <updates@swiftparcel.example.com>",
         "Unfortunately your parcel is delayed",
         """
Hello Johanna,

Unfortunately your parcel SP-7721-0394-DE is delayed due to a problem at our sorting centre. We're sorry for the inconvenience.

New estimated delivery: Wednesday, 21 October, 9:00 – 13:00.

You can track your parcel or choose a different delivery option in the SwiftParcel app.

The SwiftParcel Team
""", fmt="html", cte="quoted-printable", brand="SwiftParcel", color="#f77f00"),

    mail("ux_courseloop", OTHER, "en", "2026-06-29 14:14 +0000",
         "Noah at Courseloop <research@courseloop.example.com>",
         "Help shape Courseloop: 45-min research interview ($60 gift card)",
         """
Hi Johanna,

You recently signed up for a Courseloop trial. We're talking to instructional designers about how they plan and build courses, and we'd love to hear from you.

The research interview takes about 45 minutes on Zoom. As a thank-you, you'll receive a $60 gift card. Book a time that suits you here: https://courseloop.example.com/research

There are no right or wrong answers – we just want to learn how you work.

Thanks,
Noah Brennan
User Research, Courseloop
""", fmt="alt"),

    mail("ref_tom", OTHER, "en", "2026-08-12 21:10 +0200",
         "Tom Whitfield <tom.whitfield@example.co.uk>",
         "Could you be my reference?",
         """
Hi Johanna,

Hope the new job is going well! I have a favour to ask: I've just been invited to a second interview for a curriculum designer role in Edinburgh, and they've asked for two references. Would you be willing to be one of them, since we worked together on the exchange project?

The recruiter would probably call you next week for 15 minutes. If that's okay, could you send me the number that's best to reach you on?

Thanks a million,
Tom
""", contact="tom.whitfield@example.co.uk", cte="7bit"),
]

FRENCH: list[Spec] = [
    mail("at_decline", OTHER, "fr", "2026-07-09 18:25 +0200", CANDIDATE,
         "RE: Proposition d'embauche - Conceptrice pédagogique digitale",
         """
Bonjour Camille,

Merci beaucoup pour cette proposition et pour la confiance que vous m'accordez, ainsi qu'à Julien pour nos échanges passionnants.

Après mûre réflexion, je suis au regret de devoir décliner votre offre : j'ai accepté entre-temps un poste à Leipzig, plus proche de ma famille.

J'espère sincèrement que nous aurons l'occasion de collaborer autrement, par exemple sur un projet franco-allemand.

Bien à vous,
Johanna Freitag
""", to="Camille Roth <camille.roth@savoirs-numeriques.example.fr>", parent="at_offer",
         quote="fr", cte="quoted-printable"),

    mail("sk_own_app", OTHER, "fr", "2026-04-09 22:05 +0200", CANDIDATE,
         "Candidature - Chargée de projets e-learning",
         """
Madame, Monsieur,

Enseignante en école primaire à Leipzig depuis neuf ans, je souhaite aujourd'hui mettre mon expérience pédagogique au service de la formation des adultes. Votre offre de Chargée de projets e-learning a retenu toute mon attention.

Bilingue allemand-français, j'ai conçu plusieurs modules en ligne pour mon établissement et je termine une formation en ingénierie pédagogique multimodale.

Vous trouverez ci-joint mon CV. Je serais ravie de vous présenter mon parcours lors d'un entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Johanna Freitag
""", to="Studio Kaléidoscope <recrutement@studio-kaleidoscope.example.fr>",
         cte="quoted-printable",
         attach=[("CV_Johanna_Freitag_FR.pdf",
                  ["CV - Johanna Freitag",
                   "Enseignante, école primaire, Leipzig (depuis 2017)",
                   "Formation : ingénierie pédagogique multimodale (2026)",
                   "Langues : allemand, français, anglais, espagnol"])]),

    mail("nl_emploi_formation", OTHER, "fr", "2026-05-20 08:00 +0200",
         "La Lettre Emploi & Formation <lettre@emploi-formation.example.fr>",
         "La Lettre n°118 : réussir son entretien, rebondir après un refus",
         """
Bonjour,

Au sommaire de cette semaine :

- Entretien d'embauche : les 7 questions que posent tous les recruteurs en formation
- "Malheureusement, votre candidature n'a pas été retenue" : comment rebondir après un refus
- Reconversion : ces enseignants devenus concepteurs pédagogiques
- Agenda : salon de la formation professionnelle à Strasbourg, le 4 juin

Bonne lecture !
La rédaction

Vous recevez cette lettre car vous êtes inscrite sur emploi-formation.example.fr. Se désinscrire : https://emploi-formation.example.fr/desinscription
""", fmt="html", cte="quoted-printable", brand="La Lettre Emploi & Formation",
         color="#264653",
         headers={"Precedence": "bulk",
                  "List-Id": "La Lettre Emploi Formation <lettre.emploi-formation.example.fr>",
                  "List-Unsubscribe": "<https://emploi-formation.example.fr/desinscription>"}),

    mail("radio_ill", OTHER, "fr", "2026-02-20 11:50 +0100",
         "Léa Fischer <lea.fischer@radio-illfm.example.fr>",
         "Demande d'interview - émission sur le bilinguisme à l'école",
         """
Bonjour Madame Freitag,

Je suis journaliste à Radio Ill FM à Strasbourg. Nous préparons une émission sur l'enseignement bilingue franco-allemand, et une collègue de l'Institut rhénan m'a donné votre nom.

Accepteriez-vous de répondre à nos questions lors d'une interview d'environ 15 minutes, par téléphone ou en studio ? L'enregistrement aurait lieu début mars.

Merci d'avance et bonne journée,
Léa Fischer
Radio Ill FM
""", contact="lea.fischer@radio-illfm.example.fr", charset="iso-8859-1", cte="8bit"),

    mail("colis_fr", OTHER, "fr", "2026-06-25 09:18 +0200",
         "ColiRapide <suivi@colirapide.example.fr>",
         "Malheureusement, votre colis a du retard",
         """
Bonjour,

Malheureusement, votre colis n° CR 8830 1174 FR a pris du retard lors de son acheminement. Nous vous prions de nous excuser pour ce désagrément.

Nouvelle date de livraison estimée : samedi 27 juin 2026.

Vous pouvez suivre votre colis à tout moment sur notre site.

L'équipe ColiRapide
""", fmt="html", cte="base64", brand="ColiRapide", color="#e63946"),

    mail("ooo_fr", OTHER, "fr", "2026-06-19 07:31 +0200",
         "Camille Roth <camille.roth@savoirs-numeriques.example.fr>",
         "Réponse automatique : Absente du bureau",
         """
Bonjour,

Je suis absente du bureau jusqu'au lundi 22 juin inclus, avec un accès limité à mes e-mails.

Pour toute demande urgente, merci de contacter l'accueil au 03 88 55 47 00.

Cordialement,
Camille Roth
""", contact="camille.roth@savoirs-numeriques.example.fr", cte="quoted-printable", subj_enc=("utf-8", "q"),
         headers={"Auto-Submitted": "auto-replied"}),

    mail("formation_refusee", OTHER, "fr", "2026-01-09 14:02 +0100",
         "Centre de formation continue Rhin Supérieur <inscriptions@cfc-rhin.example.fr>",
         "Votre demande d'inscription - Certificat Concepteur e-learning",
         """
Madame,

Nous avons bien étudié votre demande d'inscription au Certificat Concepteur e-learning (session de mars 2026).

Nous sommes au regret de vous informer que votre demande n'a pas été retenue pour cette session : le nombre de places est limité à 16 et les candidatures financées par un employeur sont prioritaires. Nous vous invitons à renouveler votre demande pour la session d'octobre.

Cordialement,
Le service des inscriptions
""", charset="windows-1252", cte="quoted-printable", name_enc=("windows-1252", "q")),

    mail("visite_appart", OTHER, "fr", "2026-06-11 17:45 +0200",
         "Agence Immo Kléber <location@immo-kleber.example.fr>",
         "Visite du T2 rue de Zurich - changement d'horaire",
         """
Bonjour Madame Freitag,

Suite à un empêchement du locataire actuel, la visite du T2 situé rue de Zurich est déplacée au mardi 23 juin à 18h30 au lieu de 17h00.

Merci de nous confirmer votre présence et de prévoir votre dossier de location complet.

Cordialement,
Agence Immo Kléber
""", cte="8bit"),
]

SPANISH: list[Spec] = [
    mail("ac_own", OTHER, "es", "2026-05-09 10:40 +0200", CANDIDATE,
         "RE: Carta oferta – Diseñadora instruccional",
         """
Hola, Marta:

¡Muchísimas gracias por la carta oferta y por la confianza! Me hace mucha ilusión.

Como te comenté, estoy en la fase final de otro proceso en Alemania. ¿Sería posible que os diera una respuesta definitiva el 22 de mayo en lugar del 20? Así podré decidir con tranquilidad.

Un abrazo,
Johanna
""", to="Marta Ruiz Ortega <marta.ruiz@aulaclara.example.es>", parent="ac_offer_letter",
         quote="es", cte="8bit"),

    mail("aa_thanks", OTHER, "es", "2026-06-04 19:30 +0200", CANDIDATE,
         "Agradecimiento – prueba práctica Ref. 14/2026",
         """
Estimada Sra. Castaño:

Quería agradecerle la organización de la prueba práctica de hoy y la amabilidad del tribunal. Ha sido una experiencia muy interesante.

Quedo a su disposición para cualquier documentación adicional que necesiten.

Atentamente,
Johanna Freitag
""", to="Pilar Castaño <pilar.castano@aacd.example.es>", cte="quoted-printable"),

    mail("boletin_empleo", OTHER, "es", "2026-03-03 07:00 +0100",
         "Boletín Empleo Formación Andalucía <boletin@empleoformacion.example.es>",
         "Boletín semanal: 14 ofertas de formación y consejos para tu entrevista",
         """
Hola:

Estas son las ofertas destacadas de la semana en Sevilla y provincia:

- Formador/a de competencias digitales – Ayuntamiento de Dos Hermanas (bolsa)
- Diseñador/a instruccional – Aula Clara Formación, Sevilla
- Tutor/a de teleformación – Campus Triana Online
- Técnico/a de formación – Seguros Giralda

Consejo de la semana: cómo preparar una entrevista por videollamada y qué hacer si, lamentablemente, recibes un rechazo.

Para darte de baja, pulsa aquí: https://empleoformacion.example.es/baja
""", fmt="alt", cte="quoted-printable", brand="Empleo Formación Andalucía",
         color="#2a9d8f",
         headers={"Precedence": "bulk",
                  "List-Id": "Boletin Empleo Formacion <boletin.empleoformacion.example.es>",
                  "List-Unsubscribe": "<mailto:baja@empleoformacion.example.es>"}),

    mail("dentista", OTHER, "es", "2026-04-27 09:30 +0200",
         "Clínica Dental Alameda <citas@clinicaalameda.example.es>",
         "Cancelación de su cita del 29 de abril",
         """
Estimada paciente:

Le informamos de que su cita de revisión del miércoles 29 de abril a las 17:00 ha sido cancelada por ausencia de la doctora.

Por favor, llámenos al 954 55 30 12 para reservar una nueva cita.

Un saludo,
Clínica Dental Alameda
""", charset="iso-8859-1", cte="quoted-printable",
         headers={"Auto-Submitted": "auto-generated"}),

    mail("paquete", OTHER, "es", "2026-08-31 13:13 +0200",
         "PaqExpress <avisos@paqexpress.example.es>",
         "Tu envío llegará con retraso",
         """
Hola, Johanna:

Lamentablemente, tu envío PQ-55102387 sufrirá un retraso por incidencias en la red de transporte.

Nueva fecha estimada de entrega: jueves, 3 de septiembre.

Puedes consultar el estado de tu envío en cualquier momento desde nuestra web.

Gracias por tu paciencia,
El equipo de PaqExpress
""", fmt="html", cte="quoted-printable", brand="PaqExpress", color="#6a4c93"),

    mail("banco_posicion", OTHER, "es", "2026-10-02 06:45 +0200",
         "Banco Ribera <notificaciones@bancoribera.example.es>",
         "Tu posición global a 30 de septiembre",
         """
Hola, Johanna:

Ya tienes disponible el resumen de tu posición global a 30 de septiembre de 2026 en la banca online.

En él encontrarás el saldo de tus cuentas, la posición de tus fondos de inversión y los movimientos de tu tarjeta.

Por tu seguridad, nunca te pediremos tus claves por correo electrónico.

Banco Ribera
""", cte="quoted-printable", headers={"Auto-Submitted": "auto-generated"}),

    mail("amiga_lucia", OTHER, "es", "2026-05-14 23:02 +0200",
         "Lucía Herrera <lucia.herrera@example.es>",
         "Me han rechazado :(",
         """
¡Hola, Jo!

Te cuento: al final me han rechazado para el puesto del colegio bilingüe. Me dijeron que "han optado por otra candidata con más experiencia" después de tres entrevistas, ¡tres!

Bueno, sigo buscando. ¿Y tú qué tal con lo de Aula Clara? ¡Cuéntame!

Besos,
Lucía
""", contact="lucia.herrera@example.es", cte="8bit"),

    mail("hh_andalucia", OTHER, "es", "2026-02-26 12:30 +0100",
         "Raúl Espinosa <raul.espinosa@huntersandalucia.example.es>",
         "Oportunidades en formación corporativa",
         """
Hola, Johanna:

Soy consultor en Hunters Andalucía, una firma de búsqueda de directivos con sede en Sevilla. He visto tu perfil y me ha parecido muy interesante tu transición de la docencia al diseño instruccional.

De momento no tengo una posición concreta para ti, pero me gustaría conocerte y tenerte en cuenta para futuros procesos. ¿Te parece bien que hablemos por teléfono cuando te venga bien?

Un saludo,
Raúl Espinosa
Hunters Andalucía
""", contact="raul.espinosa@huntersandalucia.example.es", cte="quoted-printable"),

    mail("radio_triana", OTHER, "es", "2026-09-17 11:20 +0200",
         "Carmen Vidal <carmen.vidal@radiotriana.example.es>",
         "Entrevista en Radio Triana",
         """
Hola, Johanna:

Soy Carmen Vidal, del programa "Sevilla en directo" de Radio Triana. Estamos preparando un especial sobre profesionales extranjeros que trabajan en formación online en Sevilla, y nos encantaría hacerte una entrevista.

Serían unos diez minutos por teléfono, en directo, un martes o jueves por la mañana. ¿Te animas?

Un saludo,
Carmen Vidal
Radio Triana
""", contact="carmen.vidal@radiotriana.example.es", fmt="alt", cte="8bit"),
]

MESSAGES: list[Spec] = ENGLISH + FRENCH + SPANISH
