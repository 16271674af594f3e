"""Corpus 81: rejections, as employers, agencies and ATS products actually send them."""

from make_eightyfirst import M

R = "rejection"

MESSAGES = [
    M(R, "workday_soft_es", "es", "Grupo Alimentario Sierra Azul", "",
      "Grupo Alimentario Sierra Azul <sierraazul@myworkday.example.com>",
      "Actualización sobre tu postulación - Analista de Planeación de la Demanda",
      """Hola Valentina:

Gracias por el interés que has mostrado en Grupo Alimentario Sierra Azul y por el tiempo que dedicaste a tu postulación para la vacante Analista de Planeación de la Demanda (R-20931).

Después de revisar cuidadosamente tu perfil, hemos decidido continuar el proceso con otras personas candidatas cuya experiencia se ajusta más a los requisitos actuales de la posición.

Te invitamos a seguir consultando nuestro portal de empleo y a postularte a futuras oportunidades.

Atentamente,
Atracción de Talento
Grupo Alimentario Sierra Azul

Este correo fue generado automáticamente, por favor no respondas a este mensaje.""",
      fmt="alt", look="ats", cte="quoted-printable"),
    M(R, "hiring_manager_mobile_mx", "es", "Autopartes Tolteca", "rgarza@autopartes-tolteca.example.com",
      "Rodrigo Garza <rgarza@autopartes-tolteca.example.com>", "Re: seguimiento",
      """Valentina, buenas tardes. Te comento que ya se cerro la posicion con alguien interno, una disculpa por la demora en avisarte. Mucho exito

Enviado desde mi iPhone""",
      quote=("es", "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>", "mar, 17 feb 2026 a las 10:02",
             "Hola Rodrigo, ¿cómo estás? Quería saber si hay novedades sobre la vacante de Compras Estratégicas.\n\nSaludos,\nValentina")),
    M(R, "after_panel_en", "en", "Northwind Freight Partners", "maya.okonkwo@northwindfreight.example.com",
      "Maya Okonkwo <maya.okonkwo@northwindfreight.example.com>", "Following up",
      """Hi Valentina,

Thank you again for spending the afternoon with the team last Thursday. Everyone enjoyed the conversation about your carrier-scorecard project in Bogotá.

I wish I had better news. After a lot of discussion we've decided to move forward with another candidate for the Procurement Analyst role, someone whose background in ocean freight tendering lined up a little more closely with what we need right now.

This was a close call and I'd genuinely like to stay in touch. If anything opens up on the demand planning side I'll reach out directly.

All the best,
Maya

Maya Okonkwo | Talent Partner
Northwind Freight Partners | Houston, TX
+1 713 555 0148""", fmt="alt"),
    M(R, "greenhouse_short_en", "en", "Lumen Basket", "",
      "Lumen Basket <no-reply@us.greenhouse-mail.io>", "Your application to Lumen Basket",
      """Hi Valentina,

Thanks for your time, but we won't be moving forward with your application for Supply Planner at this time.

Best,
Lumen Basket Recruiting""", look="ats", fmt="html"),
    M(R, "british_shant_en", "en", "Harrowgate Pharma", "recruitment.team@harrowgatepharma.example.co.uk",
      "Harrowgate Pharma Recruitment <recruitment.team@harrowgatepharma.example.co.uk>",
      "Your application: Demand Planning Analyst (Ref HP-4471)",
      """Dear Valentina,

Thank you for your application for the above post. We have now completed shortlisting and I regret to inform you that on this occasion we shan't be progressing your application to the interview stage.

We received a very high number of applications and the standard was high. Owing to the volume we are unable to offer individual feedback.

We wish you every success in your search.

Kind regards

Recruitment Team
Harrowgate Pharma Ltd
Registered in England and Wales No. 0493112. Registered office: 4 Mill Lane, Harrowgate.
This email and any attachments are confidential and intended solely for the addressee.""",
      cs="windows-1252"),
    M(R, "indian_en_revert", "en", "Kaveri Logistics Solutions", "priya.nair@kaverilogistics.example.in",
      "Priya Nair <priya.nair@kaverilogistics.example.in>", "RE: Application - Sr. Analyst Procurement",
      """Dear Valentina,

Greetings from Kaveri Logistics Solutions!

Further to your interview with our panel on 12th March, we regret to inform you that your profile has not been shortlisted for the next round. The management has decided to go ahead with a candidate having more exposure to Indian domestic vendors.

We will keep your CV in our database and do revert if a suitable opening comes up.

Thanks & Regards,
Priya Nair
HR Executive - Talent Acquisition
Kaveri Logistics Solutions Pvt. Ltd.
Mob: +91 98450 22311""",
      quote=("outlook", "Valentina Ruiz-Okafor", "Friday, March 13, 2026 6:15 PM",
             "Dear Priya,\nThank you for the interview yesterday. Looking forward to hearing from you.\nRegards,\nValentina")),
    M(R, "role_on_hold_es_es", "es", "Logística Mediterránea", "a.soler@logmediterranea.example.es",
      "Ana Soler <a.soler@logmediterranea.example.es>", "Proceso de selección - Técnico/a de Compras",
      """Hola Valentina,

Te escribo para informarte de que, por una reorganización interna, la dirección ha decidido congelar la posición de Técnico/a de Compras en Valencia. De momento el proceso queda cancelado y no vamos a continuar con ninguna candidatura.

Sentimos mucho las molestias, sobre todo después de que hicieras el caso práctico. Si la posición se reabre, serás de las primeras personas a las que contactemos.

Un saludo,
Ana Soler
Logística Mediterránea
Tel. 961 55 02 87""", cs="iso-8859-1", enc_subject=True),
    M(R, "agency_relay_co", "es", "Cafés de la Cordillera", "lmejia@talentoandino.example.co",
      "Laura Mejía <lmejia@talentoandino.example.co>", "Novedades proceso Cafés de la Cordillera",
      """Hola Valentina, ¿cómo vas?

Te cuento que ya tuve respuesta del cliente (Cafés de la Cordillera) sobre el cargo de Analista de Abastecimiento. Lastimosamente decidieron avanzar con otro perfil que tiene más experiencia en compras de café verde y manejo de cooperativas.

Les gustó mucho tu entrevista, de verdad. Yo te tengo muy presente para otros procesos que me están llegando en Medellín.

Un abrazo,
Laura Mejía
Consultora Senior | Andino Headhunting
Cel. 310 555 2718"""),
    M(R, "after_takehome_fr", "fr", "Maison Ferrand & Fils", "c.delorme@ferrand-fils.example.fr",
      "Claire Delorme <c.delorme@ferrand-fils.example.fr>", "Votre candidature - Acheteuse junior",
      """Bonjour Valentina,

Merci pour le temps consacré à l'étude de cas que vous nous avez renvoyée la semaine dernière. Nous l'avons lue avec attention.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste d'acheteuse junior. Nous avons retenu un profil disposant d'une expérience plus longue sur les achats d'emballages.

Je vous souhaite pleine réussite dans vos recherches.

Bien cordialement,

Claire Delorme
Responsable RH
Maison Ferrand & Fils – Cognac""", cte="quoted-printable"),
    M(R, "successfactors_de", "de", "Brenner Automotive", "",
      "Brenner Automotive Karriere <noreply@successfactors.example.eu>",
      "Ihre Bewerbung als Einkäufer (m/w/d) Strategischer Einkauf",
      """Sehr geehrte Frau Ruiz-Okafor,

vielen Dank für Ihr Interesse an einer Tätigkeit bei der Brenner Automotive GmbH und die Zusendung Ihrer Bewerbungsunterlagen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung stellt keine Bewertung Ihrer Qualifikation dar.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brenner Automotive GmbH
Sitz der Gesellschaft: Ingolstadt, Amtsgericht Ingolstadt HRB 1123""",
      fmt="html", look="ats", cs="iso-8859-1", enc_subject=True),
    M(R, "very_short_lever", "en", "Parcelo", "nina@parcelo.example.com",
      "Nina Alvarez <nina@parcelo.example.com>", "Re: your application",
      """Hey Valentina - thanks so much for chatting with us. We've decided not to move forward with your candidacy for the Ops Excellence role. Really appreciated your time!

Nina""", headers={"X-Mailer": "Lever"}, thread=True),
    M(R, "ats_pe_es", "es", "Minera Huascarán", "",
      "Minera Huascarán <notificaciones@hiringroom.example.com>",
      "Resultado de tu postulación",
      """Estimada Valentina:

Te agradecemos por haber participado en nuestro proceso de selección para el puesto de Analista de Cadena de Suministro - Lima.

En esta oportunidad tu perfil no ha sido seleccionado para continuar en el proceso. Guardaremos tus datos en nuestra base para futuras convocatorias.

Saludos cordiales,
Minera Huascarán S.A.A.""", fmt="alt", look="ats", cte="base64"),
    M(R, "after_final_round_ar", "es", "Bodegas Cuyo", "martina.ferreyra@bodegascuyo.example.com.ar",
      "Martina Ferreyra <martina.ferreyra@bodegascuyo.example.com.ar>", "Búsqueda Jefe/a de Planeamiento",
      """Hola Vale, ¿cómo andás?

Quería contarte personalmente que finalmente la empresa se inclinó por otro candidato para la posición de Jefa de Planeamiento. Fue una decisión muy pareja entre vos y otra persona, y al final pesó que la otra persona ya vive en Mendoza.

Te agradezco un montón la buena onda durante todo el proceso. Si querés, la semana que viene te llamo y te paso el feedback del gerente.

Un abrazo grande,
Martina
Bodegas Cuyo – Gestión de Personas"""),
    M(R, "position_filled_es_mx_formal", "es", "Farmacéutica Del Valle", "seleccion@farmadelvalle.example.mx",
      "Capital Humano Farmacéutica Del Valle <seleccion@farmadelvalle.example.mx>",
      "Vacante Especialista en Compras Indirectas",
      """Estimada Lic. Ruiz-Okafor:

Por medio del presente le agradecemos su participación en el proceso de reclutamiento para la vacante de Especialista en Compras Indirectas.

Le informamos que la vacante ha sido cubierta, por lo que en esta ocasión no será posible continuar con su candidatura. Su información permanecerá en nuestra cartera de candidatos por un periodo de 12 meses.

Sin otro particular, reciba un cordial saludo.

Lic. Gabriela Huerta Olmos
Coordinación de Capital Humano
Farmacéutica Del Valle, S.A. de C.V.
Tel. (55) 5555 3010 ext. 214

AVISO DE PRIVACIDAD: Farmacéutica Del Valle, S.A. de C.V. es responsable del tratamiento de sus datos personales conforme a la LFPDPPP. Consulte el aviso integral en nuestro sitio web.""",
      cs="iso-8859-1"),
    M(R, "swedish_en", "en", "Fjällbo Home", "elin.lindqvist@fjallbo.example.se",
      "Elin Lindqvist <elin.lindqvist@fjallbo.example.se>", "Supply Planner LATAM – update",
      """Hi Valentina,

Thanks for the nice talk on Tuesday and for your patience. We have now had the chance to go through all interviews, and we have decided to continue with other candidates in the process. It was a hard choice, we had many strong profiles.

Wishing you all the best and hope our paths cross again.

Best regards / Med vänliga hälsningar
Elin Lindqvist
Talent Acquisition, Fjällbo Home AB""", fmt="alt"),
    M(R, "smartrecruiters_es", "es", "Retail Norte", "",
      "Retail Norte <noreply@smartrecruiters.example.com>",
      "Gracias por tu interés en Retail Norte",
      """Hola Valentina,

Gracias por postularte a la vacante Coordinador(a) de Inventarios - Monterrey.

Hemos revisado tu candidatura con atención y, lamentablemente, hemos decidido no avanzar con tu perfil en este momento. Esta decisión no fue fácil, recibimos muchas solicitudes de gran nivel.

¡Te deseamos mucho éxito!
Equipo Retail Norte""", fmt="html", look="ats"),
    M(R, "blunt_es_co", "es", "Transportes Magdalena", "gerencia.ops@transmagdalena.example.co",
      "Hernán Ospina <gerencia.ops@transmagdalena.example.co>", "RE: Hoja de vida",
      """Buen dia Valentina, gracias por enviar la hoja de vida pero no cumple con el perfil que buscamos (necesitamos minimo 5 años en transporte terrestre). Exitos.

Hernán Ospina
Gerente de Operaciones
Transportes Magdalena S.A.S.""",
      quote=("outlook_es", "Valentina Ruiz-Okafor", "lunes, 2 de marzo de 2026 9:14",
             "Buenos días Sr. Ospina,\n\nAdjunto mi hoja de vida para la vacante de Analista de Operaciones publicada en elempleo.com.\n\nQuedo atenta,\nValentina Ruiz-Okafor")),
    M(R, "teamtailor_after_interview_es", "es", "Mercadito", "sofia.quiroga@mercadito.example.com",
      "Sofía Quiroga via Teamtailor <notifications@teamtailor-mail.example.com>",
      "Tu proceso en Mercadito",
      """Hola Valentina 👋

Muchísimas gracias por la entrevista del jueves con Pablo y conmigo, disfrutamos mucho la conversación.

Te escribo para contarte que hemos decidido seguir con otra candidata para el rol de Ops Excellence Lead. Buscábamos a alguien con más experiencia liderando equipos de dark stores.

Si te interesa, puedo contarte más detalles en una llamada corta. Responde a este correo y me llega directamente.

Un abrazo,
Sofía — People @ Mercadito""",
      reply_to="Sofía Quiroga <sofia.quiroga@mercadito.example.com>", fmt="alt", look="ats"),
    M(R, "german_du_startup", "de", "Lieferheld Logistik", "jonas@lieferheld-logistik.example.de",
      "Jonas Weber <jonas@lieferheld-logistik.example.de>", "Kurzes Update",
      """Hi Valentina,

danke dir nochmal für das nette Gespräch letzte Woche! Wir haben uns jetzt leider für eine andere Kandidatin entschieden, die schon Erfahrung mit unserem WMS mitbringt.

Ich fand deinen Hintergrund echt spannend und würde mich freuen, wenn wir in Kontakt bleiben.

Viele Grüße
Jonas
Lieferheld Logistik | Berlin"""),
    M(R, "taleo_en_odd", "en", "Continental Ports Authority", "",
      "Continental Ports Authority <donotreply@taleo.example.net>",
      "Requisition 26-0117 Logistics Analyst II - Status Update",
      """Dear Valentina Ruiz-Okafor ,

Thank you for your interest in the Logistics Analyst II position (Requisition 26-0117) with  Continental Ports Authority .

After careful review , we regret to inform you that you have not been selected to move forward in the selection process for this position . Please visit our careers site to view other openings.


Sincerely,

Human Resources
Continental Ports Authority

*** This is an automated message. Please do not reply. ***""", cte="quoted-printable"),
    M(R, "fr_cancelled_role", "fr", "Transports Laurentides", "mgagnon@translaurentides.example.ca",
      "Marie-Ève Gagnon <mgagnon@translaurentides.example.ca>", "Poste d'analyste en approvisionnement",
      """Bonjour Valentina,

Je reviens vers vous concernant le poste d'analyste en approvisionnement à Montréal. Malheureusement, suite à un gel des embauches annoncé hier, le poste a été retiré et nous ne poursuivrons pas le processus.

Je suis vraiment désolée, votre entrevue s'était très bien passée. Je garde votre dossier.

Au plaisir,
Marie-Ève Gagnon, CRHA
Conseillère en acquisition de talents
Transports Laurentides
514 555-0192"""),
    M(R, "bank_rej_es", "es", "Banco del Pacífico Sur", "",
      "Banco del Pacífico Sur <talento-noresponder@bancopacificosur.example.pe>",
      "Proceso de selección: Analista de Compras",
      """Estimada postulante:

Agradecemos tu participación en el proceso de selección de Analista de Compras. Luego de la evaluación de las pruebas psicométricas, te comunicamos que no continuarás en las siguientes etapas.

Esperamos contar con tu participación en futuras convocatorias.

Banco del Pacífico Sur
Este buzón no recibe respuestas.""", fmt="html", look="corp", cs="iso-8859-1"),
    M(R, "ashby_en_role_filled", "en", "Brightloop Energy", "",
      "Brightloop Energy Hiring Team <no-reply@ashbyhq.example.com>",
      "Brightloop Energy — Sustainability Operations Analyst",
      """Hi Valentina,

We wanted to let you know that the Sustainability Operations Analyst position has now been filled. Thank you for taking the time to apply and for your interest in Brightloop Energy.

We'll keep your details on file and may be in touch about future roles.

— The Brightloop Energy team""", fmt="alt", look="ats"),
    M(R, "ett_es_es_tu", "es", "Conservas Cantábricas", "maria.arrieta@perfilesnorte.example.es",
      "María Arrieta <maria.arrieta@perfilesnorte.example.es>", "Re: Candidatura planificadora",
      """Hola Valentina!

Perdona que no te haya escrito antes, han sido unas semanas de locos. El cliente (Conservas Cantábricas) al final ha cerrado la posición de planificadora con una persona de la zona, así que por este lado no seguimos.

De todos modos tengo otro proceso en Bilbao que igual te encaja, te llamo el lunes si te parece!!

Besos,
María
Perfiles Norte – Consultoría de personas""",
      quote=("es", "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>", "14 abr 2026, a las 11:30",
             "Hola María, ¿sabes algo del cliente? Gracias!\nValentina")),
    M(R, "korean_en", "en", "Hanbit Electronics", "jisoo.park@hanbit-elec.example.kr",
      "Park Ji-soo <jisoo.park@hanbit-elec.example.kr>", "[Hanbit Electronics] Result of your application",
      """Dear Ms. Valentina Ruiz-Okafor,

We sincerely appreciate your interest in Hanbit Electronics Mexico (Querétaro plant) and the time you invested in the interview process.

We regret to inform you that we are unable to offer you the position of Logistics Planner (Monterrey) at this time. This decision was made after careful consideration of all applicants.

We hope for your continued success.

Best Regards,
Park Ji-soo
Global HR Team, Hanbit Electronics""", cte="base64"),
    M(R, "de_formal_after_ac", "de", "Hafen Bremerhaven Logistik", "personal@hbl-logistik.example.de",
      "Personalabteilung HBL <personal@hbl-logistik.example.de>", "Ihre Teilnahme am Assessment Center",
      """Sehr geehrte Frau Ruiz-Okafor,

herzlichen Dank für Ihre Teilnahme an unserem Assessment Center am 21. April.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Position noch besser entspricht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Katrin Möller
Personalabteilung
Hafen Bremerhaven Logistik GmbH
Telefon +49 471 555 2210""", cs="iso-8859-1", cte="quoted-printable"),
    M(R, "es_vos_short_whatsappy", "es", "Fintual Plata", "agus@fintualplata.example.com.ar",
      "Agustín Rossi <agus@fintualplata.example.com.ar>", "Re: charla",
      """Vale! Gracias por la charla del otro dia. Al final vamos a ir por un perfil mas tecnico (SQL/dbt) para este rol, asi que no seguimos por ahora. Cualquier cosa te escribo si se abre algo de ops.
Abrazo
A.""", thread=True),
    M(R, "recruitee_nl_en", "en", "Van Dijk Cold Chain", "",
      "Van Dijk Cold Chain <jobs@recruitee-mail.example.com>",
      "Update on your application for Demand Planner",
      """Dear Valentina,

Thank you for applying for the Demand Planner position at Van Dijk Cold Chain. We have reviewed your application and unfortunately we will not be taking it further. We were looking for someone with experience in SAP IBP and fluency in Dutch.

We do appreciate the effort you put into your application.

Kind regards,
Van Dijk Cold Chain recruitment""", look="ats", fmt="alt", cte="quoted-printable"),
    M(R, "public_sector_es", "es", "Comunidad de Madrid", "",
      "Portal de Empleo Público <no-contestar@madrid.example.org>",
      "Resolución proceso selectivo - Técnico/a de Gestión Logística",
      """Estimada aspirante:

Le comunicamos que, publicada la relación definitiva de personas seleccionadas en el proceso selectivo para la cobertura temporal de un puesto de Técnico/a de Gestión Logística, usted no figura entre las personas seleccionadas.

Puede consultar la resolución completa en el portal de empleo público de la Comunidad de Madrid.

Este mensaje se ha generado automáticamente.""", cs="iso-8859-1"),
    M(R, "fr_soft_ats", "fr", "Grands Moulins du Rhône", "",
      "Grands Moulins du Rhône <recrutement-noreply@workable.example.com>",
      "Votre candidature chez Grands Moulins du Rhône",
      """Bonjour Valentina,

Nous vous remercions de l'intérêt que vous portez à Grands Moulins du Rhône.

Votre profil a retenu toute notre attention. Toutefois, nous avons choisi de poursuivre avec des candidats dont l'expérience correspond davantage aux besoins du poste de Planificatrice de la demande.

Nous conservons votre CV et ne manquerons pas de revenir vers vous si une opportunité se présente.

L'équipe Recrutement""", fmt="html", look="ats", enc_subject=True),
]
