"""Corpus 81: application acknowledgements and offers."""

from make_eightyfirst import M

A = "application_received"
OF = "offer"

ACKS = [
    M(A, "workday_ack_es", "es", "Grupo Alimentario Sierra Azul", "",
      "Grupo Alimentario Sierra Azul <sierraazul@myworkday.example.com>",
      "Recibimos tu postulación - Analista de Planeación de la Demanda (R-20931)",
      """Hola Valentina:

Gracias por postularte a la vacante Analista de Planeación de la Demanda (R-20931). Hemos recibido tu solicitud correctamente.

Nuestro equipo de Atracción de Talento revisará tu perfil y, si tu experiencia coincide con los requisitos de la posición, nos pondremos en contacto contigo. Puedes consultar el estatus de tu solicitud en cualquier momento desde tu perfil de candidato.

Atentamente,
Atracción de Talento
Grupo Alimentario Sierra Azul""", fmt="alt", look="ats", cte="quoted-printable"),
    M(A, "volume_no_feedback_en", "en", "Harrowgate Pharma", "",
      "Harrowgate Pharma Careers <careers-noreply@harrowgatepharma.example.co.uk>",
      "Thank you for applying - Demand Planning Analyst (Ref HP-4471)",
      """Dear Valentina,

Thank you for applying for the position of Demand Planning Analyst. This email confirms that we have received your application.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually and unfortunately we cannot provide individual feedback at this stage. If you have not heard from us within 21 days of the closing date, please assume that your application has not been successful on this occasion.

Kind regards,
Recruitment Team
Harrowgate Pharma Ltd""", cs="windows-1252", fmt="html", look="ats"),
    M(A, "computrabajo_es", "es", "Distribuidora Zócalo", "",
      "Computrabajo <notificaciones@computrabajo.example.com>",
      "Tu CV ha sido enviado a Distribuidora Zócalo",
      """Hola Valentina,

¡Tu postulación se envió con éxito!

Empresa: Distribuidora Zócalo
Puesto: Auxiliar de Compras y Logística
Ubicación: Ciudad de México, CDMX

La empresa revisará tu hoja de vida. Te avisaremos cuando la empresa lea tu CV.

Computrabajo""", fmt="html", look="news", enc_subject=True),
    M(A, "greenhouse_ack_en", "en", "Lumen Basket", "",
      "Lumen Basket <no-reply@us.greenhouse-mail.io>", "Thanks for applying to Lumen Basket!",
      """Hi Valentina,

Thanks for your interest in Lumen Basket! We've received your application for Supply Planner and our team is reviewing it now.

If your skills and experience are a match, someone from our recruiting team will be in touch to discuss next steps. In the meantime, check out our blog to learn more about how we're building the grocery supply chain of the future.

Lumen Basket Recruiting""", fmt="alt", look="ats"),
    M(A, "es_es_infojobs_ack", "es", "Supermercados Levante", "",
      "InfoJobs <noreply@infojobs.example.net>", "Has aplicado a la oferta: Analista de Aprovisionamiento",
      """Hola Valentina,

Tu inscripción en la oferta Analista de Aprovisionamiento (Supermercados Levante, Valencia) se ha realizado correctamente.

Estado de tu candidatura: CV recibido

Podrás seguir el estado de tu candidatura desde la sección «Mis candidaturas».

El equipo de InfoJobs""", fmt="html", look="news", cs="iso-8859-1"),
    M(A, "taleo_ack_en", "en", "Continental Ports Authority", "",
      "Continental Ports Authority <donotreply@taleo.example.net>",
      "Thank you for your application - Requisition 26-0117",
      """Dear Valentina Ruiz-Okafor ,

Thank you for applying for the position Logistics Analyst II (Requisition 26-0117).

Your application has been received and will be reviewed by our Human Resources department . Only candidates selected for an interview will be contacted .


Sincerely,
Human Resources
Continental Ports Authority
*** This is an automated message. Please do not reply. ***""", cte="quoted-printable"),
    M(A, "fr_accuse_reception", "fr", "Grands Moulins du Rhône", "",
      "Grands Moulins du Rhône <recrutement-noreply@workable.example.com>",
      "Nous avons bien reçu votre candidature",
      """Bonjour Valentina,

Nous vous confirmons la bonne réception de votre candidature au poste de Planificatrice de la demande et vous remercions de l'intérêt que vous portez à Grands Moulins du Rhône.

Notre équipe étudie chaque candidature avec attention. En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil est retenu, nous vous contacterons dans les trois semaines.

L'équipe Recrutement""", fmt="html", look="ats", enc_subject=True),
    M(A, "de_eingangsbestaetigung", "de", "Brenner Automotive", "",
      "Brenner Automotive Karriere <noreply@successfactors.example.eu>",
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Ruiz-Okafor,

vielen Dank für Ihre Bewerbung als Einkäufer (m/w/d) Strategischer Einkauf. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brenner Automotive GmbH""", fmt="html", look="ats", cs="iso-8859-1"),
    M(A, "human_ack_co", "es", "Cafés de la Cordillera", "lmejia@talentoandino.example.co",
      "Laura Mejía <lmejia@talentoandino.example.co>", "Re: Hoja de vida Analista de Abastecimiento",
      """Hola Valentina, recibido! Gracias por enviarla tan rápido. Se la comparto al cliente esta semana y apenas tenga noticias te cuento.

Un abrazo,
Laura""",
      quote=("es", "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>", "jue, 29 ene 2026 a las 8:47",
             "Hola Laura, como hablamos, te comparto mi hoja de vida actualizada.\nQuedo atenta,\nValentina")),
    M(A, "lever_ack_en_br", "en", "Verde Cargo", "",
      "Verde Cargo <no-reply@hire.lever.example.co>", "Verde Cargo - Application received",
      """Hi Valentina,

Thank you for applying to Verde Cargo for the Regional Procurement Analyst position in Lima. We appreciate your interest and will review your application carefully.

Unfortunately we are unable to provide individual feedback to every applicant, but we promise to get back to you either way.

Abraços,
Verde Cargo People & Culture""", fmt="alt", look="ats"),
    M(A, "pandape_ack_es", "es", "Hospital Ángeles del Norte", "",
      "Hospital Ángeles del Norte <notificaciones@pandape.example.com>",
      "Confirmación de inscripción al proceso",
      """Estimada Valentina Ruiz-Okafor:

Le confirmamos que su candidatura para el puesto Coordinador(a) de Abastecimiento Hospitalario ha sido registrada en nuestro sistema.

Debido al elevado número de solicitudes, únicamente nos pondremos en contacto con las personas preseleccionadas.

Atentamente,
Hospital Ángeles del Norte""", fmt="html", look="ats", cs="windows-1252"),
    M(A, "oracle_ack_es_bank", "es", "Banco del Pacífico Sur", "",
      "Banco del Pacífico Sur <talento-noresponder@bancopacificosur.example.pe>",
      "Hemos recibido tu postulación",
      """¡Hola Valentina!

Gracias por tu interés en formar parte del Banco del Pacífico Sur. Tu postulación al puesto de Analista de Compras fue registrada con el número 2026-4418.

Próximamente recibirás un enlace para las pruebas en línea. Te recomendamos revisar también tu bandeja de correo no deseado.

Banco del Pacífico Sur""", fmt="html", look="corp", cs="iso-8859-1"),
    M(A, "ayuntamiento_registro", "es", "Ayuntamiento de Alcobendas", "",
      "Sede Electrónica <sede-noreply@alcobendas.example.es>",
      "Justificante de registro - Solicitud de participación en proceso selectivo",
      """Se ha registrado su solicitud de participación en el proceso para la constitución de una bolsa de empleo de Técnico/a de Compras y Contratación.

Número de registro: REG-E-2026-118374
Fecha y hora: 04/08/2026 13:22:07

Este justificante acredita la presentación de la solicitud. No responda a este correo.""", cs="iso-8859-1"),
    M(A, "bamboo_ack", "es", "Kuali Pagos", "",
      "Kuali Pagos <notifications@bamboohr.example.com>", "Gracias por postularte a Kuali Pagos",
      """Hola Valentina,

¡Gracias por aplicar a Operations Analyst! Ya recibimos tu información. Nuestro equipo la revisará y te contactaremos si hay match.

Mientras tanto, síguenos en redes para conocer más de la cultura Kuali.

Equipo Kuali Pagos""", fmt="html", look="ats"),
    M(A, "indeed_applied_en", "en", "Stacklane Commerce", "",
      "Indeed Apply <indeedapply@indeed.example.com>", "Application submitted: Operations Analyst",
      """Your application has been submitted

Operations Analyst
Stacklane Commerce - Miami, FL

Good luck! We'll send you updates on your application status.

Next steps: Employers typically respond within 2 weeks. Keep your resume up to date.""",
      fmt="html", look="news"),
    M(A, "fr_teamtailor_ack", "fr", "Transports Laurentides", "",
      "Transports Laurentides <notifications@teamtailor-mail.example.com>",
      "Merci pour votre candidature !",
      """Bonjour Valentina,

Merci d'avoir postulé au poste d'analyste en approvisionnement chez Transports Laurentides ! Nous avons bien reçu votre dossier.

Notre équipe vous reviendra d'ici deux semaines.

À bientôt,
L'équipe Talents – Transports Laurentides""", fmt="alt", look="ats"),
    M(A, "spontaneous_de_human", "de", "Nordsee Foods", "lena.hoffmann@nordseefoods.example.de",
      "Lena Hoffmann <lena.hoffmann@nordseefoods.example.de>", "AW: Initiativbewerbung Demand Planning",
      """Hallo Frau Ruiz-Okafor,

vielen Dank für Ihre Initiativbewerbung, die wir gerne erhalten haben. Ich habe Ihre Unterlagen an die Fachabteilung weitergeleitet und melde mich, sobald ich eine Rückmeldung habe.

Viele Grüße
Lena Hoffmann
Nordsee Foods GmbH · Recruiting""",
      quote=("de", "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>", "Mo., 3. Aug. 2026 um 09:12",
             "Sehr geehrte Damen und Herren,\nanbei sende ich Ihnen meine Initiativbewerbung.\nMit freundlichen Grüßen\nValentina Ruiz-Okafor"),
      cs="iso-8859-1"),
    M(A, "mx_gobierno_ack", "es", "Agencia Federal de Aduanas", "",
      "Sistema de Reclutamiento AFA <no-responder@afa.example.gob.mx>",
      "Acuse de registro de aspirante - Folio 26-11723",
      """C. VALENTINA RUIZ OKAFOR

Su registro como aspirante a la plaza Jefe(a) de Departamento de Logística Aduanera ha quedado asentado con el folio 26-11723.

Deberá estar atenta a las publicaciones en el portal para conocer las fechas de evaluación de conocimientos y habilidades.

Agencia Federal de Aduanas
Unidad de Administración y Finanzas

ESTE CORREO ES INFORMATIVO, FAVOR DE NO RESPONDER.""", cs="iso-8859-1"),
    M(A, "ar_bumeran_ack", "es", "Bodegas Cuyo", "",
      "Bumeran <postulaciones@bumeran.example.com.ar>", "¡Te postulaste con éxito!",
      """¡Hola Valentina!

Te postulaste al aviso Jefe/a de Planeamiento de Bodegas Cuyo.

La empresa ya puede ver tu CV. Seguí el estado de tu postulación desde la app.

¡Mucha suerte!
El equipo de Bumeran""", fmt="html", look="news"),
    M(A, "smartrec_ack_en_auto", "en", "Southern Cross Mining", "",
      "Southern Cross Mining <noreply@smartrecruiters.example.com>",
      "We've received your application",
      """Dear Valentina,

Thank you for your application for Procurement Analyst (Santiago). We confirm receipt and our Talent Acquisition team is reviewing applications now.

Please note that due to the volume of applications we are unable to respond to every candidate individually. Shortlisted candidates will be contacted by phone.

Kind regards,
Southern Cross Mining Talent Acquisition""", fmt="alt", look="ats", cte="base64"),
]

OFFERS = [
    M(OF, "offer_letter_es_mx", "es", "Empaques Bajío", "daniela.ruelas@empaquesbajio.example.mx",
      "Daniela Ruelas <daniela.ruelas@empaquesbajio.example.mx>", "Propuesta económica",
      """Hola Valentina,

¡Muchas felicidades! Nos da mucho gusto informarte que fuiste seleccionada para la posición de Analista de Compras en Querétaro.

Te adjunto la carta oferta con el detalle de sueldo, prestaciones (vales de despensa, fondo de ahorro, seguro de gastos médicos mayores) y fecha tentativa de ingreso. Para continuar necesitaremos tu carta de antecedentes no penales y realizaremos un estudio socioeconómico.

Quedo atenta a tus comentarios.

Saludos cordiales,
Daniela Ruelas
Reclutadora | Empaques Bajío""", attach="Carta_Oferta_VRuizOkafor.pdf"),
    M(OF, "verbal_followup_en", "en", "Stacklane Commerce", "oliver@stacklane.example.com",
      "Oliver Grant <oliver@stacklane.example.com>", "Following up on our call",
      """Hi Valentina,

Great speaking with you earlier! As discussed, we're thrilled to extend you an offer for the Operations Analyst role - base of $92,000, 10% target bonus, and the standard equity package. The formal offer letter will come through DocuSign in the next day or so.

Let me know if you have any questions in the meantime, and congrats!

Oliver""", fmt="alt"),
    M(OF, "conditional_en_uk", "en", "Harrowgate Pharma", "j.pembroke@harrowgatepharma.example.co.uk",
      "James Pembroke <j.pembroke@harrowgatepharma.example.co.uk>", "Conditional offer of employment",
      """Dear Valentina,

Further to your recent interview, I am delighted to make you a conditional offer of employment for the post of Supply Analyst (LATAM Hub, Madrid), subject to satisfactory references and confirmation of your right to work in Spain.

Please find attached your offer letter. Kindly sign and return it by 5 October.

Yours sincerely,
James Pembroke
Head of Supply Planning
Harrowgate Pharma""", attach="Offer_Letter_HP.pdf", cs="windows-1252"),
    M(OF, "contrato_es_es", "es", "Iberlog Distribución", "raquel.moreno@iberlog.example.es",
      "Raquel Moreno <raquel.moreno@iberlog.example.es>", "¡Bienvenida a Iberlog!",
      """Hola Valentina,

¡Enhorabuena! Tal y como te adelantó Jorge por teléfono, queremos que te incorpores como Jefa de Tráfico. Te adjunto el contrato indefinido para que lo revises; cuando estés conforme, fírmalo desde el enlace de firma digital que te llegará aparte.

Fecha de incorporación prevista: 1 de julio. Salario bruto anual y condiciones según lo hablado.

Un abrazo,
Raquel""", attach="Contrato_Iberlog_RuizOkafor.pdf", enc_subject=True),
    M(OF, "co_oferta_laboral", "es", "Clínica San Rafael", "talentohumano@clinicasanrafael.example.co",
      "Talento Humano Clínica San Rafael <talentohumano@clinicasanrafael.example.co>", "Oferta laboral",
      """Buenas tardes Valentina,

Con mucho gusto le informamos que ha sido seleccionada para el cargo de Coordinadora de Compras Hospitalarias. Adjuntamos la oferta laboral con las condiciones de salario, tipo de contrato (término indefinido) y fecha de ingreso propuesta.

Le agradecemos confirmar su aceptación a más tardar el viernes.

Cordialmente,
Paula Andrea Giraldo
Analista de Talento Humano""", attach="Oferta_Laboral_CSR.pdf", fmt="alt"),
    M(OF, "fr_promesse", "fr", "Logistique Atlantique", "sophie.marchand@logatlantique.example.fr",
      "Sophie Marchand <sophie.marchand@logatlantique.example.fr>", "Proposition d'embauche",
      """Bonjour Valentina,

J'ai le plaisir de vous confirmer notre souhait de vous recruter au poste de chargée d'approvisionnement. Vous trouverez ci-joint la promesse d'embauche précisant la rémunération et la date de démarrage envisagée.

N'hésitez pas à m'appeler si vous avez des questions.

Bien cordialement,
Sophie Marchand""", attach="Promesse_embauche.pdf", cte="quoted-printable"),
    M(OF, "de_vertragsangebot", "de", "Kühne Pharma Logistik", "t.schneider@kuehne-pharmalog.example.de",
      "Tobias Schneider <t.schneider@kuehne-pharmalog.example.de>", "Ihr Vertragsangebot",
      """Sehr geehrte Frau Ruiz-Okafor,

wir freuen uns sehr, Ihnen die Position als Supply Chain Analyst anbieten zu können! Im Anhang finden Sie Ihren Arbeitsvertrag. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 17. Juli zurück.

Bei Fragen zum Visum bzw. zur Arbeitserlaubnis unterstützt Sie unser Relocation-Team.

Mit freundlichen Grüßen
Tobias Schneider""", attach="Arbeitsvertrag_Ruiz-Okafor.pdf", cs="iso-8859-1", cte="quoted-printable"),
    M(OF, "agency_offer_co", "es", "Cafés de la Cordillera", "lmejia@talentoandino.example.co",
      "Laura Mejía <lmejia@talentoandino.example.co>", "TE TENGO NOTICIAS!!",
      """Valentinaaa!! El cliente de Medellín (Cafés de la Cordillera, otra vacante, la de Planeación) te quiere hacer oferta!! Me acaban de confirmar salario y beneficios, te llamo en 10 min para contarte todo. Mañana te envían la carta oferta formal.

Laura""", thread=True),
    M(OF, "mobile_ceo_ar", "es", "Fintual Plata", "agus@fintualplata.example.com.ar",
      "Agustín Rossi <agus@fintualplata.example.com.ar>", "Re: propuesta",
      """Vale, confirmado: te ofrecemos el puesto de Ops Lead con lo que hablamos (sueldo en USD + equity). Te mando el contrato hoy a la tarde. Bienvenida!!

Enviado desde mi iPhone""",
      quote=("es", "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>", "vie, 18 sep 2026 a las 17:20",
             "Hola Agus, gracias por la propuesta. ¿Podrían revisar el componente en USD?\nSaludos,\nValentina")),
    M(OF, "korean_en_offer", "en", "Hanbit Electronics", "jisoo.park@hanbit-elec.example.kr",
      "Park Ji-soo <jisoo.park@hanbit-elec.example.kr>", "[Hanbit Electronics] Offer of Employment",
      """Dear Ms. Valentina Ruiz-Okafor,

We are pleased to offer you the position of Procurement Specialist at Hanbit Electronics Mexico (Querétaro plant). Please find the attached offer letter with details of compensation and benefits.

We kindly ask you to sign and return the letter within 5 business days.

Best Regards,
Park Ji-soo
Global HR Team, Hanbit Electronics""", attach="Hanbit_Offer_Letter.pdf", cte="base64"),
]

MESSAGES = ACKS + OFFERS
