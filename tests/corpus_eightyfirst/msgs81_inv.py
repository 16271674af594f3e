"""Corpus 81: interview invitations, reschedules and cancellations, and missed-interview notices."""

from make_eightyfirst import M

INV = "interview_invitation"
C = "interview_reschedule_or_cancel"
N = "missed_interview_notice"

INVITES = [
    M(INV, "calendly_es_mx", "es", "Empaques Bajío", "daniela.ruelas@empaquesbajio.example.mx",
      "Daniela Ruelas <daniela.ruelas@empaquesbajio.example.mx>", "Vacante Analista de Compras - siguiente paso",
      """Hola Valentina, buen día.

Revisamos tu CV para la vacante de Analista de Compras en Querétaro y nos gustaría platicar contigo. ¿Podrías agendar una entrevista telefónica de 30 minutos en el horario que mejor te acomode?

https://calendly.example.com/daniela-empaquesbajio/entrevista-30min

Saludos cordiales,
Daniela Ruelas
Reclutadora | Empaques Bajío
442 555 1870"""),
    M(INV, "quick_chat_en", "en", "Corvid Analytics", "sam@corvidanalytics.example.com",
      "Sam Whitaker <sam@corvidanalytics.example.com>", "Quick question",
      """Hi Valentina,

Saw your application come through for the Ops Analytics role - would you be free for a quick chat sometime Thursday or Friday? 20 mins, just to get to know each other. Any time after 10am CT works for me.

Sam
Head of Ops, Corvid Analytics

Sent from my iPhone"""),
    M(INV, "goodtime_en", "en", "Meridian Consumer Brands", "",
      "Meridian Consumer Brands Recruiting <scheduling@goodtime.example.io>",
      "Action required: Schedule your interviews with Meridian Consumer Brands",
      """Hi Valentina,

Congratulations! The team would like to invite you to the next stage of the process for Senior Demand Planner, LATAM.

This stage consists of three 45-minute video interviews with the hiring manager, a peer from the S&OP team, and our Director of Supply Chain. Please choose a time that works for you using the link below:

https://app.goodtime.example.io/schedule/7Hc2-meridian

If none of the times work, reply to your recruiter, Jordan Lee (jordan.lee@meridianbrands.example.com).

Meridian Consumer Brands Talent Acquisition""",
      reply_to="Jordan Lee <jordan.lee@meridianbrands.example.com>", fmt="html", look="ats"),
    M(INV, "ics_teams_es_es", "es", "Iberlog Distribución", "raquel.moreno@iberlog.example.es",
      "Raquel Moreno <raquel.moreno@iberlog.example.es>", "Invitación: Entrevista Valentina Ruiz-Okafor - Jefa de Tráfico",
      """Hola Valentina,

Tal y como hablamos por teléfono, te envío la convocatoria para la entrevista con Jorge Lozano, director de operaciones, el martes 19 de mayo a las 10:00 (hora de Madrid) por Teams.

Cualquier cosa me dices.

Un saludo,
Raquel Moreno
Iberlog Distribución · Personas""",
      ics={"uid": "iberlog-7731@iberlog.example.es", "start": "20260519T080000Z", "end": "20260519T090000Z",
           "summary": "Entrevista Valentina Ruiz-Okafor - Jefa de Tráfico", "organizer": "raquel.moreno@iberlog.example.es",
           "cn": "Raquel Moreno"}),
    M(INV, "agency_exclam_en", "en", "Gulfline Petrochemicals", "tyler.brooks@apexsearchgroup.example.com",
      "Tyler Brooks <tyler.brooks@apexsearchgroup.example.com>", "GREAT NEWS!!",
      """Hi Valentina!!

Great news - Gulfline Petrochemicals LOVED your profile and want to get you in for a first round with the procurement manager!! They're super keen to move fast on this one.

Can you do Tuesday 2pm or Wednesday 11am Houston time? It'll be a Zoom, 45 minutes. Let me know ASAP and I'll lock it in!!

Also - quick reminder to have your work authorization details handy, they'll ask.

Cheers!
Tyler Brooks
Senior Recruiter | Apex Search Group
(832) 555-0117"""),
    M(INV, "occ_phone_screen_mx", "es", "Cervecería Los Altos", "karla.mtz@cerveceriaaltos.example.mx",
      "Karla Martínez <karla.mtz@cerveceriaaltos.example.mx>", "Entrevista telefónica",
      """Buenas tardes Valentina

Te contacto por tu postulación en OCCMundial para Planeador(a) de Demanda en Guadalajara. Quisiera hacerte una entrevista telefónica breve mañana miércoles. ¿Te puedo marcar a las 12:00 al número que tienes en tu CV?

Quedo atenta a tu confirmación.

Karla Martínez
Atracción de talento
Cervecería Los Altos""", cs="iso-8859-1"),
    M(INV, "tecnica_caso_co", "es", "Rappiexpress", "juan.restrepo@rappiexpress.example.co",
      "Juan Camilo Restrepo <juan.restrepo@rappiexpress.example.co>", "Siguiente etapa: caso práctico",
      """Hola Valentina,

¡Qué bueno saludarte! Te cuento que pasaste a la siguiente etapa del proceso para Analista de Operaciones Senior.

La etapa consiste en un caso práctico (te lo envío el lunes, tienes 48 horas) y luego una sesión de 1 hora para presentarlo al equipo de Ops. ¿Te sirve presentarlo el jueves 11 o el viernes 12 de junio en la mañana?

Quedo pendiente,
Juan Camilo
Talent Acquisition – Rappiexpress
+57 300 555 8841""", fmt="alt"),
    M(INV, "panel_onsite_en_canada", "en", "Maple Leaf Rail", "",
      "Maple Leaf Rail Careers <careers-noreply@mapleleafrail.example.ca>",
      "Interview Invitation - Supply Chain Analyst (Toronto)",
      """Dear Valentina,

Thank you for your interest in the Supply Chain Analyst position. We are pleased to invite you to a panel interview at our Union Station office.

Date: Monday, July 6, 2026
Time: 1:30 PM - 2:30 PM ET
Location: 65 Front St W, 7th floor. Please check in with reception.
Panel: Aisha Rahman (Manager, Materials), Derek Chu (Senior Analyst), Lisa Tremblay (HR)

Please confirm your attendance by replying to aisha.rahman@mapleleafrail.example.ca. Accommodations are available upon request.

Maple Leaf Rail Talent Acquisition""",
      reply_to="Aisha Rahman <aisha.rahman@mapleleafrail.example.ca>", fmt="alt", look="ats",
      ics={"uid": "mlr-26-0884@mapleleafrail.example.ca", "start": "20260706T173000Z", "end": "20260706T183000Z",
           "summary": "Panel interview - Valentina Ruiz-Okafor", "organizer": "aisha.rahman@mapleleafrail.example.ca",
           "cn": "Aisha Rahman", "location": "65 Front St W, Toronto"}),
    M(INV, "fr_entretien_visio", "fr", "Logistique Atlantique", "sophie.marchand@logatlantique.example.fr",
      "Sophie Marchand <sophie.marchand@logatlantique.example.fr>", "Entretien - Chargée d'approvisionnement",
      """Bonjour Valentina,

Suite à votre candidature au poste de chargée d'approvisionnement, je souhaiterais échanger avec vous lors d'un entretien en visio d'environ 45 minutes.

Seriez-vous disponible jeudi 4 juin à 15h (heure de Paris) ou vendredi 5 juin à 10h ?

Dans l'attente de votre retour,
Bien à vous,

Sophie Marchand
Chargée de recrutement
Logistique Atlantique – Nantes
02 40 55 18 73""", cte="quoted-printable"),
    M(INV, "de_vorstellungsgespraech", "de", "Kühne Pharma Logistik", "t.schneider@kuehne-pharmalog.example.de",
      "Tobias Schneider <t.schneider@kuehne-pharmalog.example.de>", "Einladung zum Vorstellungsgespräch",
      """Sehr geehrte Frau Ruiz-Okafor,

vielen Dank für Ihre Bewerbung als Supply Chain Analyst (m/w/d). Ihr Profil hat uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Video-Interview am Mittwoch, den 24. Juni 2026 um 16:00 Uhr (MESZ) ein. Teilnehmen werden Herr Dr. Fischer (Leitung Supply Chain) und ich. Den Teams-Link erhalten Sie separat.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Tobias Schneider
Talent Acquisition
Kühne Pharma Logistik GmbH""", cs="iso-8859-1", cte="quoted-printable"),
    M(INV, "assessment_center_mx", "es", "Grupo Bimbarra", "",
      "Grupo Bimbarra Talento <no-reply@successfactors.example.com>",
      "Invitación a Assessment Center - Programa Trainee Supply Chain",
      """Estimada Valentina:

¡Felicidades! Has sido seleccionada para participar en el Assessment Center del Programa Trainee Supply Chain 2026.

Fecha: sábado 14 de marzo de 2026
Horario: 8:30 a 14:00 h
Sede: Corporativo Santa Fe, Av. Prolongación Reforma 1000, CDMX
Lleva una identificación oficial. Habrá ejercicios grupales, pruebas psicométricas y una entrevista breve.

Confirma tu asistencia en el portal antes del miércoles.

Atracción de Talento – Grupo Bimbarra""", fmt="html", look="ats", enc_subject=True),
    M(INV, "next_round_en_nl", "en", "Oranje Mobility", "fleur.dejong@oranjemobility.example.nl",
      "Fleur de Jong <fleur.dejong@oranjemobility.example.nl>", "Next round",
      """Hi Valentina,

Good news, the hiring manager would like to move you to the next stage! The next round is a 60-minute conversation with Pieter (VP Operations) and one of our data analysts - you'll get a small dataset to discuss live, no preparation needed.

Could you share 3-4 slots next week? Pieter is in Amsterdam so mornings in Mexico City work best.

Groetjes,
Fleur
Oranje Mobility B.V. | Recruitment""", fmt="alt"),
    M(INV, "gerente_entrevista_pe", "es", "Agroexportadora del Sur", "rquispe@agrosur.example.pe",
      "Rosa Quispe <rquispe@agrosur.example.pe>", "Entrevista con gerencia",
      """Estimada Valentina, buenas tardes.

Por encargo del Ing. Salazar, Gerente de Logística, la citamos a una entrevista presencial el viernes 27 de febrero a las 11:00 a.m. en nuestras oficinas de San Isidro (Av. Camino Real 390, piso 8).

Por favor traer DNI o carné de extranjería y confirmar su asistencia respondiendo este correo.

Atentamente,
Rosa Quispe Huamán
Asistente de Gerencia
Agroexportadora del Sur S.A.C.""", cs="windows-1252"),
    M(INV, "bamboo_es_startup", "es", "Kuali Pagos", "",
      "Kuali Pagos <notifications@bamboohr.example.com>",
      "Kuali Pagos: ¡nos gustaría conocerte!",
      """Hola Valentina,

Gracias por postularte a Operations Analyst en Kuali Pagos. Nos gustaría invitarte a una videollamada de 30 minutos con nuestra People Partner para conocerte mejor.

Elige el horario que prefieras aquí: https://kualipagos.bamboohr.example.com/self-schedule/8812

¡Saludos!
Equipo Kuali Pagos""", look="ats", fmt="html"),
    M(INV, "es_es_usted_ayuntamiento", "es", "Ayuntamiento de Alcobendas", "empleo@alcobendas.example.es",
      "Servicio de Personal Ayuntamiento <empleo@alcobendas.example.es>",
      "Citación entrevista - Bolsa Técnico/a de Compras",
      """Estimada Sra. Ruiz-Okafor:

Tras la valoración de méritos de la convocatoria para la constitución de una bolsa de empleo de Técnico/a de Compras y Contratación, se le cita a la fase de entrevista personal, que tendrá lugar el día 9 de septiembre de 2026 a las 9:45 horas en la Casa Consistorial, Plaza Mayor 1, sala 2.

Deberá presentar DNI/NIE original.

Un saludo,
Servicio de Personal
Ayuntamiento de Alcobendas""", cs="iso-8859-1", cte="quoted-printable"),
    M(INV, "whatsapp_style_ar", "es", "Logística Pampa", "nicolas@logpampa.example.com.ar",
      "Nico Bianchi <nicolas@logpampa.example.com.ar>", "hola!",
      """hola Vale, soy Nico de Logistica Pampa, me paso tu cv Martina. Te puedo llamar mañana tipo 15hs para contarte del puesto de planner? son 20 min. decime si te va
abrazo"""),
    M(INV, "hr_referencias_next_co", "es", "Clínica San Rafael", "talentohumano@clinicasanrafael.example.co",
      "Talento Humano Clínica San Rafael <talentohumano@clinicasanrafael.example.co>",
      "Citación segunda entrevista",
      """Buenas tardes Valentina,

Nos permitimos citarla a segunda entrevista para el cargo de Coordinadora de Compras Hospitalarias, con la Dirección Administrativa, el día martes 21 de abril a las 2:30 p.m. vía Google Meet: https://meet.example.com/dsq-kwpr-tna

Por favor tener a la mano dos referencias laborales.

Cordialmente,
Paula Andrea Giraldo
Analista de Talento Humano
Clínica San Rafael""", fmt="alt"),
    M(INV, "brazil_en", "en", "Verde Cargo", "rafaela.souza@verdecargo.example.com.br",
      "Rafaela Souza <rafaela.souza@verdecargo.example.com.br>", "Verde Cargo - Regional Procurement Analyst",
      """Hi Valentina, hope you are well!

I'm Rafaela from the People team at Verde Cargo (we are based in São Paulo but the role is in Lima). Thanks for applying! We would like to schedule an interview with you and Marcelo, our Procurement Manager, in English and Spanish.

Is next Monday at 9am Lima time OK for you? I will send the Google Meet invite once you confirm.

Abraços,
Rafaela Souza
People & Culture | Verde Cargo""", fmt="alt", cte="base64"),
    M(INV, "lever_en_onsite_reply", "en", "Stacklane Commerce", "oliver@stacklane.example.com",
      "Oliver Grant <oliver@stacklane.example.com>", "Re: Onsite",
      """Perfect - let's do the onsite on Wednesday the 15th then. You'll meet four people between 10 and 2, lunch included. I'll have our coordinator send over the agenda and the Miami office address.

Oliver""",
      quote=("gmail", "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>", "Mon, Jul 6, 2026 at 4:12 PM",
             "Hi Oliver,\nThanks! Wednesday the 15th or Thursday the 16th both work for me.\nBest,\nValentina\n\nOn Mon, Jul 6, 2026 at 11:02 AM Oliver Grant <oliver@stacklane.example.com> wrote:\n> Hi Valentina, we'd love to bring you onsite for the final round. What does your week of the 13th look like?")),
    M(INV, "fr_ca_entrevue", "fr", "Port de Québec", "",
      "Port de Québec - Recrutement <ne-pas-repondre@icims.example.com>",
      "Invitation à une entrevue",
      """Bonjour Valentina,

Nous avons le plaisir de vous inviter à une entrevue pour le poste d'analyste, chaîne d'approvisionnement. Veuillez sélectionner une plage horaire à l'aide du lien suivant avant le 30 mai :

https://portquebec.icims.example.com/schedule/33110

Au plaisir de vous rencontrer,
L'équipe d'acquisition de talents
Port de Québec""", fmt="html", look="ats", cte="quoted-printable"),
    M(INV, "bogota_public_es", "es", "Secretaría Distrital de Movilidad", "contratacion.movilidad@bogota.example.gov.co",
      "Secretaría de Movilidad - Contratación <contratacion.movilidad@bogota.example.gov.co>",
      "Citación entrevista contrato de prestación de servicios",
      """Señora
VALENTINA RUIZ-OKAFOR
Ciudad

Asunto: Citación entrevista

Cordial saludo. De manera atenta me permito citarla a entrevista para el contrato de prestación de servicios profesionales de apoyo a la gestión logística de la Secretaría Distrital de Movilidad, el día 3 de febrero a las 8:00 a.m. en la sede de la Calle 13.

Agradecemos confirmar asistencia.

Atentamente,
Equipo de Contratación
Alcaldía Mayor de Bogotá – Secretaría Distrital de Movilidad""", cs="windows-1252"),
    M(INV, "australian_en", "en", "Southern Cross Mining", "bec.harris@southerncross.example.com.au",
      "Bec Harris <bec.harris@southerncross.example.com.au>", "Your application - Procurement Analyst (Santiago)",
      """Hi Valentina,

Thanks heaps for your application for the Procurement Analyst role with our Santiago team. We'd love to have a chat - are you free for a 30-min phone screen this arvo or tomorrow (your time)? Happy to work around you.

Cheers,
Bec Harris
Talent Acquisition Partner - LATAM
Southern Cross Mining
+61 8 5555 0921"""),
    M(INV, "de_zweite_runde_ics", "de", "Nordsee Foods", "lena.hoffmann@nordseefoods.example.de",
      "Lena Hoffmann <lena.hoffmann@nordseefoods.example.de>", "Zweite Gesprächsrunde",
      """Hallo Frau Ruiz-Okafor,

wir freuen uns, Sie zur zweiten Runde einzuladen! Anbei die Einladung für Donnerstag, 10.09., 15:00–16:30 Uhr per Teams, mit Herrn Becker (Head of Demand Planning) und einer kurzen Fallstudie.

Viele Grüße
Lena Hoffmann
Nordsee Foods GmbH · Recruiting""",
      ics={"uid": "nsf-20260910-rt@nordseefoods.example.de", "start": "20260910T130000Z", "end": "20260910T143000Z",
           "summary": "Interview Ruiz-Okafor / Demand Planning", "organizer": "lena.hoffmann@nordseefoods.example.de",
           "cn": "Lena Hoffmann"}, cs="windows-1252", cte="quoted-printable"),
    M(INV, "gmail_es_psicometricas_mx", "es", "Tiendas Alba", "reclutamiento.alba@gmail.example.com",
      "Reclutamiento Tiendas Alba <reclutamiento.alba@gmail.example.com>", "Tu perfil",
      """Hola Valentina que tal! Tu perfil nos intereso mucho para la vacante de Analista de Inventarios. El siguiente paso son unas pruebas psicometricas en linea y despues entrevista con la gerente de CEDIS. Te mando el link de las pruebas, tienes hasta el viernes. https://evaluaciones.example.com/t/AL9921

Cualquier duda aqui estoy
Fernanda - Tiendas Alba"""),
    M(INV, "workable_en_video", "en", "Oakridge Foundation", "",
      "Oakridge Foundation <noreply@workablemail.example.com>",
      "Oakridge Foundation: Video interview invitation",
      """Hi Valentina,

You have been invited to record a one-way video interview for the position Operations & Sustainability Coordinator at Oakridge Foundation.

The interview has 4 questions and should take about 20 minutes. Please complete it by Friday, August 14.

Start your interview: https://apply.workable.example.com/video/ox-77a1

Good luck!""", fmt="alt", look="ats"),
    M(INV, "agency_fwd_client_invite", "es", "Andes Beverage", "gonzalo.tapia@cumbreconsultores.example.cl",
      "Gonzalo Tapia <gonzalo.tapia@cumbreconsultores.example.cl>", "FW: Entrevista candidata Ruiz-Okafor",
      """Valentina, buenas tardes:

Te reenvío lo que me escribió el cliente. Quieren entrevistarte el martes 14 a las 10:00 (hora de Lima) por Teams con la gerenta de Operaciones. ¿Te acomoda? Si me confirmas hoy, les respondo altiro.

Saludos,
Gonzalo Tapia
Cumbre Consultores · Santiago
+56 9 5555 3301

________________________________
De: Carla Benavides <cbenavides@andesbev.example.pe>
Enviado: jueves, 9 de julio de 2026 17:02
Para: Gonzalo Tapia <gonzalo.tapia@cumbreconsultores.example.cl>
Asunto: Entrevista candidata Ruiz-Okafor

Gonzalo, nos gustó el perfil de Valentina para Analista de Sostenibilidad en Operaciones. ¿Podría el martes 14 a las 10:00 con Mariela (Gerencia de Operaciones)? Enviamos el enlace de Teams al confirmar.

Carla Benavides
Andes Beverage – Gestión Humana""", fmt="alt", cte="quoted-printable"),
]

RESCHEDULES = [
    M(C, "moved_es_mx", "es", "Empaques Bajío", "daniela.ruelas@empaquesbajio.example.mx",
      "Daniela Ruelas <daniela.ruelas@empaquesbajio.example.mx>", "Cambio de horario entrevista",
      """Hola Valentina, una disculpa. Al gerente se le empalmó una junta con planta y no va a poder a las 11. ¿Podemos moverla a las 4:30 pm el mismo día? Si no, el jueves a la hora que tú digas.

Saludos,
Daniela"""),
    M(C, "cancel_ics_en", "en", "Meridian Consumer Brands", "jordan.lee@meridianbrands.example.com",
      "Jordan Lee <jordan.lee@meridianbrands.example.com>", "Canceled: Interview - Valentina Ruiz-Okafor / S&OP",
      """Hi Valentina, I'm cancelling this slot because Priya is out sick today. I'll send new options later this afternoon - so sorry for the late notice.

Jordan""",
      ics={"uid": "meridian-sop-4410@meridianbrands.example.com", "start": "20260422T150000Z", "end": "20260422T154500Z",
           "summary": "Interview - Valentina Ruiz-Okafor / S&OP", "organizer": "jordan.lee@meridianbrands.example.com",
           "cn": "Jordan Lee", "method": "CANCEL", "seq": "1"}),
    M(C, "postpone_es_es", "es", "Iberlog Distribución", "raquel.moreno@iberlog.example.es",
      "Raquel Moreno <raquel.moreno@iberlog.example.es>", "RE: Entrevista martes",
      """Hola Valentina,

Jorge me acaba de avisar de que tiene que viajar a Zaragoza el martes. ¿Te iría bien pasar la entrevista al jueves 21 a la misma hora? Te actualizo la convocatoria en cuanto me confirmes.

Perdona el lío.
Raquel""", thread=True),
    M(C, "agency_move_en", "en", "Gulfline Petrochemicals", "tyler.brooks@apexsearchgroup.example.com",
      "Tyler Brooks <tyler.brooks@apexsearchgroup.example.com>", "Change of plans - Gulfline",
      """Hey Valentina!

Small hiccup - the Gulfline hiring manager got pulled into an audit and needs to push Tuesday's interview. She's proposed Thursday 10am or Friday 3pm Houston time instead. Which one works better?? Sorry about this!!

Tyler""", thread=True),
    M(C, "fr_report", "fr", "Logistique Atlantique", "sophie.marchand@logatlantique.example.fr",
      "Sophie Marchand <sophie.marchand@logatlantique.example.fr>", "Report de notre entretien",
      """Bonjour Valentina,

Je suis au regret de devoir reporter notre entretien de jeudi, le responsable logistique étant retenu sur site. Pourriez-vous me proposer deux ou trois créneaux la semaine prochaine ?

Toutes mes excuses pour ce contretemps.

Bien cordialement,
Sophie Marchand""",
      quote=("fr", "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>", "mar. 2 juin 2026 à 18:40",
             "Bonjour Sophie,\nJeudi 4 juin à 15h me convient parfaitement.\nBien à vous,\nValentina")),
    M(C, "de_absage_termin", "de", "Kühne Pharma Logistik", "t.schneider@kuehne-pharmalog.example.de",
      "Tobias Schneider <t.schneider@kuehne-pharmalog.example.de>", "Terminverschiebung",
      """Sehr geehrte Frau Ruiz-Okafor,

leider muss Herr Dr. Fischer unseren Termin am Mittwoch kurzfristig absagen. Wir würden das Gespräch gerne auf Montag, den 29. Juni, 16:00 Uhr verschieben. Passt Ihnen das?

Mit freundlichen Grüßen
Tobias Schneider""", cs="iso-8859-1"),
    M(C, "goodtime_resched_en", "en", "Stacklane Commerce", "",
      "Stacklane Commerce Scheduling <no-reply@goodtime.example.io>",
      "Updated: Your onsite interview with Stacklane Commerce",
      """Hi Valentina,

Your onsite interview has been rescheduled. Your new schedule is:

Thursday, July 16, 2026
10:00 AM - 2:00 PM ET
Stacklane Commerce, 801 Brickell Ave, Miami

If you need to make changes, please contact your recruiter.""",
      fmt="html", look="ats",
      ics={"uid": "stacklane-onsite-1507@goodtime.example.io", "start": "20260716T140000Z", "end": "20260716T180000Z",
           "summary": "Onsite interview - Stacklane Commerce", "organizer": "no-reply@goodtime.example.io",
           "cn": "Stacklane Scheduling", "seq": "2", "location": "801 Brickell Ave, Miami"}),
    M(C, "cancel_vacante_pausada_co", "es", "Rappiexpress", "juan.restrepo@rappiexpress.example.co",
      "Juan Camilo Restrepo <juan.restrepo@rappiexpress.example.co>", "Presentación caso jueves",
      """Hola Valentina, te escribo rápido: tenemos que cancelar la sesión de presentación del caso del jueves porque el líder del equipo está incapacitado. Te propongo reprogramar para la semana siguiente, ¿te sirve el martes 16 a las 9 am?

Mil disculpas,
Juan Camilo""", fmt="alt"),
    M(C, "korean_en_resched", "en", "Hanbit Electronics", "jisoo.park@hanbit-elec.example.kr",
      "Park Ji-soo <jisoo.park@hanbit-elec.example.kr>", "[Hanbit Electronics] Interview schedule change",
      """Dear Ms. Ruiz-Okafor,

Due to the business trip schedule of our plant director, we kindly request to change your interview date from March 5 (Thu) to March 9 (Mon), 8:00 AM Mexico City time. The Zoom link will remain the same.

We apologize for the inconvenience and ask for your kind understanding.

Best Regards,
Park Ji-soo
Global HR Team, Hanbit Electronics"""),
    M(C, "es_pe_reprograma", "es", "Agroexportadora del Sur", "rquispe@agrosur.example.pe",
      "Rosa Quispe <rquispe@agrosur.example.pe>", "Reprogramación de entrevista",
      """Estimada Valentina:

Le informamos que por motivos de agenda del Ing. Salazar, la entrevista programada para el viernes 27 se reprograma para el lunes 2 de marzo a las 10:00 a.m., en la misma dirección.

Le agradeceremos confirmar.

Atentamente,
Rosa Quispe Huamán
Asistente de Gerencia""", cs="windows-1252"),
    M(C, "outlook_cancel_es_es", "es", "Ayuntamiento de Alcobendas", "empleo@alcobendas.example.es",
      "Servicio de Personal Ayuntamiento <empleo@alcobendas.example.es>", "Aplazamiento fase de entrevistas",
      """Estimada Sra. Ruiz-Okafor:

Por causas organizativas, la fase de entrevista personal prevista para el día 9 de septiembre queda aplazada. La nueva fecha se comunicará con al menos cinco días hábiles de antelación.

Disculpe las molestias.

Servicio de Personal
Ayuntamiento de Alcobendas""", cs="iso-8859-1"),
    M(C, "mobile_en_push", "en", "Corvid Analytics", "sam@corvidanalytics.example.com",
      "Sam Whitaker <sam@corvidanalytics.example.com>", "Re: Quick question",
      """Hey - something came up, can we push to Monday same time? Sorry!

Sent from my iPhone""",
      quote=("gmail", "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>", "Tue, Mar 24, 2026 at 9:41 AM",
             "Hi Sam, Friday at 11am CT works great. Talk then!\nValentina")),
    M(C, "teams_cancelled_de", "de", "Nordsee Foods", "lena.hoffmann@nordseefoods.example.de",
      "Lena Hoffmann <lena.hoffmann@nordseefoods.example.de>", "Abgesagt: Interview Ruiz-Okafor / Demand Planning",
      """Hallo Frau Ruiz-Okafor,

Herr Becker ist diese Woche leider krank, deshalb sage ich den Termin am Donnerstag ab. Ich melde mich Anfang nächster Woche mit zwei neuen Terminvorschlägen.

Viele Grüße
Lena Hoffmann""",
      ics={"uid": "nsf-20260910-rt@nordseefoods.example.de", "start": "20260910T130000Z", "end": "20260910T143000Z",
           "summary": "Interview Ruiz-Okafor / Demand Planning", "organizer": "lena.hoffmann@nordseefoods.example.de",
           "cn": "Lena Hoffmann", "method": "CANCEL", "seq": "1"}, cs="iso-8859-1"),
    M(C, "mx_vos_es_formal_clinic", "es", "Clínica San Rafael", "talentohumano@clinicasanrafael.example.co",
      "Talento Humano Clínica San Rafael <talentohumano@clinicasanrafael.example.co>", "Cambio de fecha segunda entrevista",
      """Buenas tardes Valentina,

Por agenda de la Dirección Administrativa debemos mover su segunda entrevista del martes 21 de abril al miércoles 22 de abril a las 10:00 a.m. El enlace de Google Meet es el mismo.

Quedamos atentos a su confirmación.

Cordialmente,
Paula Andrea Giraldo
Analista de Talento Humano""", fmt="alt"),
    M(C, "whatsappy_ar_cancel", "es", "Logística Pampa", "nicolas@logpampa.example.com.ar",
      "Nico Bianchi <nicolas@logpampa.example.com.ar>", "Re: hola!",
      """Vale perdon!! me surgio una reunion con un cliente, no llego a las 15. lo pasamos a mañana a la misma hora? avisame""",
      quote=("es", "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>", "mar, 12 may 2026 a las 19:03",
             "Hola Nico! Dale, mañana a las 15 me viene perfecto. Gracias!")),
]

MISSED = [
    M(N, "tried_calling_mx", "es", "Cervecería Los Altos", "karla.mtz@cerveceriaaltos.example.mx",
      "Karla Martínez <karla.mtz@cerveceriaaltos.example.mx>", "Entrevista de hoy",
      """Hola Valentina, te marqué a las 12:00 como quedamos para la entrevista telefónica pero no me contestaste, te dejé mensaje de voz. ¿Todo bien? Si sigues interesada dime cuándo te puedo volver a llamar.

Saludos,
Karla""", cs="iso-8859-1"),
    M(N, "teams_no_join_en", "en", "Northwind Freight Partners", "maya.okonkwo@northwindfreight.example.com",
      "Maya Okonkwo <maya.okonkwo@northwindfreight.example.com>", "Today's interview",
      """Hi Valentina,

We were on the Teams call at 2pm CT for your interview with Greg but it looks like you weren't able to join. We waited about 15 minutes. I hope everything is okay.

If something came up, just let me know and I'll see whether Greg has any availability later this week.

Best,
Maya""", fmt="alt"),
    M(N, "no_show_es_es", "es", "Logística Mediterránea", "a.soler@logmediterranea.example.es",
      "Ana Soler <a.soler@logmediterranea.example.es>", "No te hemos visto hoy",
      """Hola Valentina,

Te esperábamos esta mañana a las 10:00 en la oficina del puerto para la entrevista con el jefe de compras, pero no has venido. ¿Ha pasado algo? Escríbeme cuando puedas y vemos si podemos buscar otro hueco.

Un saludo,
Ana Soler
Logística Mediterránea""", cs="iso-8859-1"),
    M(N, "missed_you_agency_en", "en", "Gulfline Petrochemicals", "tyler.brooks@apexsearchgroup.example.com",
      "Tyler Brooks <tyler.brooks@apexsearchgroup.example.com>", "Missed you today!",
      """Hi Valentina,

The Gulfline hiring manager just pinged me - she was on the Zoom at 10 but you didn't show. Is everything OK?? She's open to rebooking but I need to get back to her today, so give me a shout when you see this!

Tyler
(832) 555-0117"""),
    M(N, "fr_absence", "fr", "Transports Laurentides", "mgagnon@translaurentides.example.ca",
      "Marie-Ève Gagnon <mgagnon@translaurentides.example.ca>", "Entrevue de ce matin",
      """Bonjour Valentina,

Nous vous avons attendue ce matin à 9h pour l'entrevue sur Teams, mais vous ne vous êtes pas connectée. Est-ce que tout va bien ? Si vous souhaitez toujours poursuivre, faites-moi signe et nous trouverons une autre plage.

Au plaisir,
Marie-Ève"""),
    M(N, "de_nicht_erschienen", "de", "Hafen Bremerhaven Logistik", "personal@hbl-logistik.example.de",
      "Katrin Möller <personal@hbl-logistik.example.de>", "Ihr heutiger Termin",
      """Sehr geehrte Frau Ruiz-Okafor,

wir hatten Sie heute um 14:00 Uhr zum Telefoninterview erwartet, konnten Sie jedoch unter der angegebenen Nummer nicht erreichen. Falls Sie weiterhin Interesse haben, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Katrin Möller""", cs="iso-8859-1", cte="quoted-printable"),
    M(N, "co_no_conecto", "es", "Clínica San Rafael", "talentohumano@clinicasanrafael.example.co",
      "Talento Humano Clínica San Rafael <talentohumano@clinicasanrafael.example.co>", "Inasistencia entrevista",
      """Buenas tardes Valentina,

Le informamos que el día de hoy a las 10:00 a.m. la Dirección Administrativa la estuvo esperando en la sala de Google Meet y no se registró su conexión. Si desea continuar en el proceso, por favor indíquenos el motivo y su disponibilidad.

Cordialmente,
Paula Andrea Giraldo"""),
    M(N, "ats_no_show_en", "en", "Meridian Consumer Brands", "jordan.lee@meridianbrands.example.com",
      "Meridian Consumer Brands Recruiting <scheduling@goodtime.example.io>", "We missed you",
      """Hi Valentina,

It looks like you weren't able to make your scheduled interview today at 11:00 AM CT. We understand things come up.

If you'd still like to be considered, please reply to Jordan Lee to find a new time.""",
      reply_to="Jordan Lee <jordan.lee@meridianbrands.example.com>", fmt="html", look="ats"),
    M(N, "ar_te_esperamos", "es", "Bodegas Cuyo", "martina.ferreyra@bodegascuyo.example.com.ar",
      "Martina Ferreyra <martina.ferreyra@bodegascuyo.example.com.ar>", "Hoy 11hs",
      """Vale, ¿todo bien? Te estuvimos esperando en el Meet de las 11 con el gerente y no te conectaste. Avisame si te surgió algo así lo reprogramamos.

Martina"""),
    M(N, "pe_llamada_sin_respuesta", "es", "Minera Huascarán", "jvillanueva@huascaran.example.pe",
      "Jorge Villanueva <jvillanueva@huascaran.example.pe>", "Entrevista telefónica pendiente",
      """Estimada Valentina:

Intentamos comunicarnos con usted en el horario acordado (3:00 p.m.) para la entrevista telefónica, sin éxito. Le agradeceré indicarme si mantiene su interés en el proceso y un nuevo horario.

Saludos cordiales,
Jorge Villanueva
Jefe de Abastecimiento
Minera Huascarán""", cs="windows-1252"),
]

MESSAGES = INVITES + RESCHEDULES + MISSED
