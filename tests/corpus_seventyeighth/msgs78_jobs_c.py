"""Missed-interview notices, application acknowledgements, offers (and one late rejection)
for the 78th corpus."""

from make_seventyeighth import M

_MISSED = [
    M("missed_interview_notice", "te_esperamos_meet_mx", "es",
      "Regina Castañeda <regina@nomadaviajes.example.mx>", "¿Todo bien?",
      """Hola Valentina,

Te estuvimos esperando en la videollamada de hoy a las 11:00 con Pablo y conmigo, pero no te vimos conectarte. Esperamos que todo esté bien.

Si sigues interesada en la posición de Product Designer, avísame y buscamos otro horario esta semana.

Saludos,
Regina Castañeda
Nómada Viajes | Talento""",
      "2026-03-18T12:05:00-06:00", company="Nómada Viajes", contact="regina@nomadaviajes.example.mx"),
    M("missed_interview_notice", "intentamos_llamarle_usted", "es",
      "Lic. Arturo Villaseñor <avillasenor@ortizvillasenor.example.com.mx>",
      "RE: Vacante Gerente de Experiencia Digital",
      """Valentina, buenas tardes:

Intentamos llamarle hoy a las 10:00, a la hora acordada para la entrevista telefónica, sin éxito; la llamada se fue a buzón en dos ocasiones.

Le agradeceré me indique si desea reprogramar, ya que el cliente tiene interés en su perfil.

Quedo atento.
Saludos cordiales,
Lic. Arturo Villaseñor
Ortiz & Villaseñor Consultores""",
      "2026-02-20T13:30:00-06:00", company="Grupo Cervecero del Valle",
      contact="avillasenor@ortizvillasenor.example.com.mx",
      quote={"style": "outlook_es", "who": "Valentina Ríos-Okoye <valentina.ro@example.mx>",
             "date": "2026-02-18T09:12:00-06:00", "subject": "RE: Vacante Gerente de Experiencia Digital",
             "text": "Buenos días Lic. Villaseñor,\n\nCon gusto. El viernes a las 10:00 me queda muy bien.\n\nSaludos cordiales,\nValentina Ríos-Okoye"}),
    M("missed_interview_notice", "no_te_conectaste_es", "es",
      "Laura Gil <laura.gil@bancocantabrico.example.es>", "Entrevista de esta mañana",
      """Hola Valentina,

Nerea y Javier te han estado esperando en la sala de Teams a las 9:30 pero no te has llegado a conectar. ¿Va todo bien?

Si has tenido algún problema, dímelo y vemos si se puede recolocar la entrevista.

Un saludo,
Laura Gil
Coordinación de entrevistas · Banco Cantábrico""",
      "2026-02-17T10:20:00+01:00", company="Banco Cantábrico", contact="laura.gil@bancocantabrico.example.es",
      fmt="alt"),
    M("missed_interview_notice", "vos_no_te_vimos_ar", "es",
      "Nico Albornoz <nico@yerbalabs.example.com.ar>", "la call de hoy",
      """Valentina, hoy no te vimos en la call de las 15. ¿Pasó algo? Si querés la reagendamos, decime qué día te queda.

Nico
Yerba Labs""",
      "2026-05-26T15:40:00-03:00", company="Yerba Labs", contact="nico@yerbalabs.example.com.ar"),
    M("missed_interview_notice", "no_asistio_formal_co", "es",
      "Juliana Restrepo <juliana.restrepo@domiexpress.example.co>", "Inasistencia a entrevista",
      """Buenas tardes Valentina,

Notamos que no asistió a la entrevista programada el día de hoy a las 2:00 pm con el equipo de producto de Domi Express.

Entendemos que pueden presentarse imprevistos. Si desea continuar en el proceso, le pedimos responder a este correo antes del viernes para revisar la posibilidad de reprogramar.

Cordialmente,
Juliana Restrepo
Talent Acquisition Lead | Domi Express""",
      "2026-03-05T16:02:00-05:00", company="Domi Express", contact="juliana.restrepo@domiexpress.example.co",
      cs="windows-1252"),
    M("missed_interview_notice", "tried_calling_scheduled_time", "en",
      "Amira Haddad <amira@tidewateranalytics.example.ca>", "Missed you today",
      """Hi Valentina,

I tried calling you at the scheduled time (2:00 pm ET) for our chat but it went straight to voicemail, and I didn't see you join the Zoom either.

No worries if something came up - just let me know if you'd like to find another time.

Best,
Amira
Tidewater Analytics""",
      "2026-03-13T14:25:00-04:00", company="Tidewater Analytics", contact="amira@tidewateranalytics.example.ca"),
    M("missed_interview_notice", "did_not_join_teams_uk", "en",
      "Fiona Blake <fiona.blake@harbourline.example.co.uk>", "This morning's interview",
      """Dear Valentina,

It appears you did not join the Teams meeting this morning for your interview with our Head of Customer Experience, scheduled for 9:30am. We waited for 15 minutes before closing the call.

If there was a technical issue, please let me know by end of day tomorrow and I will see whether we are able to rearrange.

Kind regards,

Fiona Blake
Resourcing Advisor
Harbourline Logistics | Southampton""",
      "2026-06-23T10:02:00+01:00", company="Harbourline Logistics", contact="fiona.blake@harbourline.example.co.uk",
      fmt="alt", cte="quoted-printable"),
    M("missed_interview_notice", "indian_not_present", "en",
      "Kalpana Infotech HR <hr.desk@kalpanainfotech.example.in>", "Interview - Not Attended",
      """Dear Valentina,

This is to inform you that you were not present for the Technical Round scheduled today (24-Apr-2026, 8:00 PM IST). The panel waited for 20 minutes.

Kindly revert with your availability for this week so we can check with the panel for a fresh slot.

Thanks & Regards,
Sneha Kulkarni
HR Executive | Kalpana Infotech""",
      "2026-04-24T20:50:00+05:30", company="Kalpana Infotech", contact="hr.desk@kalpanainfotech.example.in"),
    M("missed_interview_notice", "fr_attendue_ce_matin", "fr",
      "Nathalie Rochat <nathalie.rochat@brl.example.ch>", "Entretien du 17 juin",
      """Madame,

M. Favre vous a attendue cet après-midi à 14h00 pour l'entretien prévu dans nos locaux, mais vous ne vous êtes pas présentée et nous n'avons pas reçu de message de votre part.

Nous vous saurions gré de bien vouloir nous indiquer si vous souhaitez maintenir votre candidature.

Meilleures salutations,

Nathalie Rochat
Ressources Humaines - Banque Rhône-Léman""",
      "2026-06-17T15:10:00+02:00", company="Banque Rhône-Léman", contact="nathalie.rochat@brl.example.ch",
      cs="iso-8859-1"),
    M("missed_interview_notice", "de_nicht_im_call", "de",
      "Katrin Vogel <katrin.vogel@nordlicht-versicherung.example.de>", "Unser Termin heute",
      """Sehr geehrte Frau Ríos-Okoye,

Herr Dr. Schuster und ich haben heute um 10:00 Uhr im Teams-Call auf Sie gewartet, Sie haben sich leider nicht eingewählt.

Bitte geben Sie uns kurz Bescheid, ob Sie weiterhin Interesse an der Position haben. Dann schauen wir nach einem neuen Termin.

Mit freundlichen Grüßen
Katrin Vogel
Nordlicht Versicherung AG""",
      "2026-06-16T10:35:00+02:00", company="Nordlicht Versicherung",
      contact="katrin.vogel@nordlicht-versicherung.example.de"),
]

_ACKS = [
    M("application_received", "workday_aerolinea_es", "es",
      "Aerovías del Sur <aeroviasdelsur@myworkday.com>",
      "Gracias por postularte a Aerovías del Sur",
      """Hola Valentina:

Gracias por postularte a la vacante JR-22871 Líder de Experiencia Digital del Cliente. Hemos recibido tu solicitud correctamente.

Nuestro equipo revisará tu perfil y, si tu experiencia coincide con los requisitos del puesto, nos pondremos en contacto contigo. Puedes consultar el estado de tu solicitud en cualquier momento desde tu Portal del Candidato.

Gracias,
Aerovías del Sur - Adquisición de Talento""",
      "2026-01-09T22:14:00-06:00", company="Aerovías del Sur", fmt="html",
      logo="Aerovías del Sur", foot="Aviso de privacidad · Este buzón no recibe respuestas"),
    M("application_received", "volumen_no_respuesta_individual", "es",
      "Grupo Textil Miramar <empleo@successfactors.eu>", "Confirmación de candidatura - Service Designer",
      """Estimada Valentina,

Te confirmamos que hemos recibido tu candidatura para el puesto de Service Designer (Arteixo / remoto).

Debido al elevado número de candidaturas que recibimos, lamentablemente no podemos responder a cada persona de forma individual. Si tu perfil encaja con lo que buscamos, nuestro equipo se pondrá en contacto contigo en las próximas semanas.

Gracias por tu interés en Grupo Textil Miramar.

Un saludo,
Equipo de Selección""",
      "2026-01-26T09:01:00+01:00", company="Grupo Textil Miramar", fmt="html", cte="base64",
      logo="Grupo Textil Miramar"),
    M("application_received", "hospital_infojobs", "es",
      "Hospitales Vitalia <notificaciones@infojobs.example.net>",
      "Hospitales Vitalia ha recibido tu inscripción",
      """Hola Valentina,

Tu inscripción en la oferta «Product Owner - Salud Digital» de Hospitales Vitalia se ha registrado correctamente.

Estado: CV recibido
Fecha: 02/02/2026

Te avisaremos cuando la empresa actualice el estado de tu candidatura.

El equipo de InfoJobs""",
      "2026-02-02T18:33:00+01:00", company="Hospitales Vitalia", fmt="html",
      hdrs={"List-Unsubscribe": "<https://www.infojobs.example.net/unsubscribe?u=8812>"},
      logo="InfoJobs"),
    M("application_received", "occ_postulacion_recibida", "es",
      "OCC Mundial <postulaciones@occ.example.com.mx>", "Tu postulación fue enviada a Telecable Norte",
      """¡Listo, Valentina!

Tu postulación para Diseñador(a) UX Sr. en Telecable Norte (Monterrey, N.L.) fue enviada con éxito.

La empresa revisará tu CV. Te recomendamos mantener tu perfil actualizado para aumentar tus posibilidades.

¡Mucho éxito!
OCC""",
      "2026-02-14T11:21:00-06:00", company="Telecable Norte", fmt="html",
      links=["https://www.occ.example.com.mx/mis-postulaciones"], logo="OCC"),
    M("application_received", "ministerio_acuse_recibo", "es",
      "Subdirección General de Recursos Humanos <rrhh.procesos@mtd.example.gob.es>",
      "Acuse de recibo - Proceso selectivo personal laboral temporal",
      """Estimada Sra. Ríos-Okoye:

Acusamos recibo de su solicitud de participación en el proceso selectivo para la contratación de personal laboral temporal, categoría Titulado/a Superior - Experiencia de Usuario en Servicios Digitales (código TS-UX-03).

La relación provisional de personas admitidas y excluidas se publicará en la sede electrónica del Ministerio en los plazos previstos en las bases de la convocatoria. No se realizarán comunicaciones individuales en esta fase.

Atentamente,

Subdirección General de Recursos Humanos
Ministerio para la Transformación Digital""",
      "2026-03-04T12:00:00+01:00", company="Ministerio para la Transformación Digital",
      contact="rrhh.procesos@mtd.example.gob.es", cs="iso-8859-1"),
    M("application_received", "startup_cl_dos_semanas", "es",
      "Equipo Ahorra+ <hola@ahorramas.example.cl>", "¡Recibimos tu postulación! 🙌",
      """¡Hola Valentina!

Qué bacán que quieras ser parte de Ahorra+. Recibimos tu postulación para Product Manager (Santiago / remoto LATAM).

Cómo sigue esto: revisamos todas las postulaciones a mano, así que puede que nos demoremos unas dos semanas. Si avanzas, te escribe alguien del equipo para coordinar una primera conversación.

¡Abrazo!
Equipo Ahorra+""",
      "2026-03-23T10:40:00-03:00", company="Ahorra+", fmt="alt"),
    M("application_received", "sin_retro_individual_pe", "es",
      "Quipu Consultores <postulaciones@quipuconsultores.example.pe>",
      "Postulación recibida: Consultor(a) Senior de Diseño de Servicios",
      """Estimada Valentina:

Gracias por su interés en Quipu Consultores. Confirmamos la recepción de su postulación al puesto de Consultor(a) Senior de Diseño de Servicios.

El proceso de evaluación tomará aproximadamente tres semanas. Lamentablemente no podemos brindar retroalimentación individual en esta etapa, pero las personas preseleccionadas serán contactadas por teléfono o correo.

Saludos cordiales,
Área de Gestión del Talento Humano
Quipu Consultores - Lima""",
      "2026-04-01T09:30:00-05:00", company="Quipu Consultores",
      contact="postulaciones@quipuconsultores.example.pe", cs="windows-1252"),
    M("application_received", "fundacion_ong", "es",
      "Fundación Semilla <convocatorias@fundacionsemilla.example.org>",
      "Hemos recibido tu solicitud",
      """Hola Valentina,

¡Gracias por tu interés en sumarte a Fundación Semilla como Coordinadora de Diseño de Servicios!

Te confirmamos que tu solicitud llegó bien. La convocatoria cierra el 30 de abril; después de esa fecha el comité revisará todas las candidaturas y contactará a las personas preseleccionadas durante mayo.

Con cariño,
Equipo Fundación Semilla
Bogotá · Medellín""",
      "2026-04-10T15:12:00-05:00", company="Fundación Semilla",
      contact="convocatorias@fundacionsemilla.example.org"),
    M("application_received", "teamtailor_mercasol", "es",
      "Mercasol <no-reply@teamtailor-mail.com>", "¡Gracias por aplicar a Mercasol!",
      """¡Hola Valentina!

Gracias por tu candidatura a UX Research Lead en Mercasol. Ya la tenemos y la está revisando el equipo de Producto.

Mientras tanto, puedes echar un vistazo a cómo trabajamos en mercasol.teamtailor.com/people.

¡Un saludo!
People Team · Mercasol (Valencia)""",
      "2026-05-21T08:02:00+02:00", company="Mercasol", fmt="html",
      links=["https://mercasol.teamtailor.com/people"]),
    M("application_received", "gobierno_estatal_folio", "es",
      "Sistema de Reclutamiento <sistema.reclutamiento@jalisco-digital.example.gob.mx>",
      "Registro exitoso - Folio SRJ-2026-00871",
      """REGISTRO EXITOSO

Estimada aspirante: VALENTINA RÍOS-OKOYE

Su registro a la convocatoria "Jefatura de Diseño de Servicios Digitales" de la Coordinación de Innovación Gubernamental del Gobierno de Jalisco quedó guardado con el folio SRJ-2026-00871.

Conserve este folio para consultar resultados. Este correo es informativo, favor de no responder.""",
      "2026-06-02T23:51:00-06:00", company="Gobierno de Jalisco", fmt="html", cte="quoted-printable",
      foot="Coordinación de Innovación Gubernamental"),
    M("application_received", "greenhouse_norland_en", "en",
      "Norland Health <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Norland Health",
      """Hi Valentina,

Thanks for applying to the Senior Product Designer, Patient Experience role at Norland Health. Your application has been received and our team will review it shortly.

If your background is a match, someone from our recruiting team will reach out to discuss next steps.

Best,
The Norland Health Recruiting Team""",
      "2026-04-09T17:22:00-04:00", company="Norland Health", fmt="alt"),
    M("application_received", "lever_volume_cannot_respond", "en",
      "Brightpath Learning <no-reply@hire.lever.co>", "Brightpath Learning - Application received",
      """Hi Valentina,

Thank you for your interest in Brightpath Learning! We've received your application for Product Manager, Learner Experience.

Due to the volume of applications we receive, we cannot respond to every applicant individually. Unfortunately we are also unable to provide individual feedback at this stage. If your experience is a good fit, a member of our team will be in touch within the next two weeks.

Thanks again,
Brightpath Learning People Team""",
      "2026-05-03T12:48:00-05:00", company="Brightpath Learning", fmt="html"),
    M("application_received", "uk_council_application", "en",
      "Greater Harrow Council Recruitment <jobs@greaterharrow.example.gov.uk>",
      "Application received: User Researcher (Ref GHC-2614)",
      """Dear Valentina Ríos-Okoye,

Thank you for your application for the post of User Researcher (Ref GHC-2614).

Your application has been received and will be considered by the shortlisting panel after the closing date of 31 May 2026. If you have not heard from us within four weeks of the closing date, please assume that on this occasion you have not been shortlisted.

Yours sincerely,
Recruitment Team
Greater Harrow Council

This email was sent from an unmonitored mailbox.""",
      "2026-05-15T13:05:00+01:00", company="Greater Harrow Council"),
    M("application_received", "indian_acknowledge_receipt", "en",
      "Priya Raghunathan <priya.r@sarvamdigital.example.in>", "Acknowledgement - UX Lead (Remote)",
      """Dear Valentina,

We acknowledge the receipt of your resume for the position of UX Lead (Remote - LATAM). Our team is presently evaluating the profiles and shall get in touch with you if your candidature is found suitable.

Request you to kindly share your current CTC, expected CTC and notice period at the earliest.

Thanks & Regards,
Priya Raghunathan
Sarvam Digital Services""",
      "2026-03-30T15:15:00+05:30", company="Sarvam Digital Services", contact="priya.r@sarvamdigital.example.in"),
    M("application_received", "japanese_owned_received", "en",
      "Hoshimura Electronics Europe Recruitment <recruitment@hoshimura-eu.example.com>",
      "Your application has been received",
      """Dear Ms. Ríos-Okoye,

Thank you for applying for the position of UX Manager, Consumer Products. We have received your application documents.

Our Human Resources department will carefully review your application and contact you regarding the next steps. We kindly ask for your patience, as this may take approximately three to four weeks.

Yours sincerely,
Human Resources Department
Hoshimura Electronics Europe""",
      "2026-04-20T09:00:00+02:00", company="Hoshimura Electronics Europe",
      contact="recruitment@hoshimura-eu.example.com"),
    M("application_received", "smartrecruiters_canada", "en",
      "Maple & Pine Outfitters <noreply@smartrecruiters.com>",
      "Thanks for applying to Maple & Pine Outfitters",
      """Hi Valentina,

Thanks for applying for the E-commerce Product Manager position! We're excited you're interested in joining the Maple & Pine family.

We're reviewing applications now. Due to the high number of applicants, we can only contact those selected to move forward, but we'll keep your profile on file.

Happy trails,
Maple & Pine Outfitters Talent Team
Vancouver, BC""",
      "2026-08-03T16:40:00-07:00", company="Maple & Pine Outfitters", fmt="alt", cte="quoted-printable"),
    M("application_received", "fr_accusons_reception", "fr",
      "Maison Verlaine Recrutement <recrutement@maisonverlaine.example.fr>",
      "Accusé de réception de votre candidature",
      """Madame,

Nous accusons bonne réception de votre candidature au poste d'UX Designer Senior et vous remercions de l'intérêt que vous portez à notre Maison.

Votre dossier est actuellement à l'étude. Nous ne manquerons pas de revenir vers vous dans les meilleurs délais.

Bien cordialement,

Le service Recrutement
Maison Verlaine""",
      "2026-02-10T10:00:00+01:00", company="Maison Verlaine", contact="recrutement@maisonverlaine.example.fr",
      fmt="html", cs="iso-8859-1"),
    M("application_received", "fr_jobvite_startup", "fr",
      "Cartable <notifications@jobvite.example.com>", "Merci pour ta candidature chez Cartable !",
      """Hello Valentina,

Merci pour ta candidature au poste de Product Manager - Parcours élèves ! On l'a bien reçue.

On prend le temps de lire chaque dossier, donc il nous faut généralement une dizaine de jours pour revenir vers toi.

À bientôt,
L'équipe Cartable""",
      "2026-09-02T11:11:00+02:00", company="Cartable", fmt="html"),
    M("application_received", "de_eingangsbestaetigung", "de",
      "Stadtwerke Rheinau <bewerbung@stadtwerke-rheinau.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung – Kennziffer 2026-118",
      """Sehr geehrte Frau Ríos-Okoye,

hiermit bestätigen wir den Eingang Ihrer Bewerbung als UX-Designer/in Kundenportal (Kennziffer 2026-118).

Wir prüfen Ihre Unterlagen sorgfältig und melden uns nach Ablauf der Bewerbungsfrist bei Ihnen. Bitte sehen Sie von Rückfragen zum Stand des Verfahrens ab.

Mit freundlichen Grüßen
Ihre Personalabteilung
Stadtwerke Rheinau GmbH""",
      "2026-03-16T07:55:00+01:00", company="Stadtwerke Rheinau",
      contact="bewerbung@stadtwerke-rheinau.example.de", cs="iso-8859-1"),
    M("application_received", "de_du_danke_bewerbung", "de",
      "Fernweh Labs <jobs@fernweh-labs.jobs.personio.de>", "Danke für deine Bewerbung!",
      """Hi Valentina,

vielen Dank für deine Bewerbung als Senior Product Designer bei Fernweh Labs! 🧳

Wir schauen uns deine Unterlagen in Ruhe an und melden uns in den nächsten 10 Tagen bei dir.

Liebe Grüße
Dein Fernweh Labs Team""",
      "2026-04-22T13:13:00+02:00", company="Fernweh Labs", fmt="alt"),
]

_OFFERS = [
    M("offer", "carta_oferta_pdf_mx", "es",
      "Renata Ibarra <renata.ibarra@mercadomar.example.com>", "Carta oferta - Service Designer Sr.",
      """Hola Valentina,

¡Qué gusto escribirte este correo! Después del proceso, el equipo quedó encantado contigo y nos da mucho gusto ofrecerte la posición de Service Designer Sr. en MercadoMar.

Te adjunto la carta oferta con el detalle de sueldo, prestaciones (vales, seguro de gastos médicos mayores, 20 días de vacaciones) y fecha de ingreso propuesta. Para el alta vamos a necesitar tu constancia de situación fiscal y CURP.

¿Te late si platicamos el jueves para resolver dudas?

Un abrazo,
Renata Ibarra
Talento & Cultura | MercadoMar""",
      "2026-06-22T18:20:00-06:00", company="MercadoMar", contact="renata.ibarra@mercadomar.example.com",
      attach=("Carta_Oferta_VRiosOkoye.pdf", "application/pdf")),
    M("offer", "verbal_offer_followup_vos", "es",
      "Florencia Sosa <flor@quebrachodigital.example.com.ar>", "Lo que hablamos hoy",
      """Hola Valen!

Como te adelantó Martín por teléfono, nos encantaría que te sumes a Quebracho Digital como Lead Product Designer 🎉

Te resumo la propuesta: contrato como contractor en USD, 40 hs semanales, full remoto, arrancando el 1 de junio. Cualquier cosa que quieras charlar de los números, escribime sin drama.

¿Nos confirmás antes del viernes?

Abrazo grande,
Flor
Co-founder, Quebracho Digital""",
      "2026-04-28T19:00:00-03:00", company="Quebracho Digital", contact="flor@quebrachodigital.example.com.ar"),
    M("offer", "agency_tenemos_oferta_condicional", "es",
      "Nacho Ferrán <nacho@foxandhill.example.es>", "¡¡TENEMOS OFERTA!! 🥳",
      """¡¡¡Valentina!!!

¡Viajes Alisios quiere ficharte como Senior Product Manager! Te hacen oferta formal: 58.000 € brutos anuales + 10% de variable, híbrido en Madrid.

La oferta está condicionada a que tengas el permiso de trabajo resuelto antes de la incorporación (me dijiste que el NIE ya está en trámite, ¿verdad?). En cuanto me confirmes, les pido que te envíen la carta.

¡¡Llámame cuando puedas!!
Nacho
Fox & Hill · +34 600 555 321""",
      "2026-06-19T13:45:00+02:00", company="Viajes Alisios", contact="nacho@foxandhill.example.es"),
    M("offer", "oferta_laboral_banco_co", "es",
      "Banco del Café - Gestión Humana <gestionhumana@bancodelcafe.example.co>",
      "Oferta laboral - Especialista en Diseño de Servicios",
      """Apreciada Valentina:

Nos complace presentarle la oferta laboral para el cargo de Especialista en Diseño de Servicios de la Vicepresidencia Digital, en las condiciones descritas en el documento adjunto (contrato a término indefinido, salario integral, sede Bogotá con esquema híbrido).

Le agradecemos revisar el documento y confirmar su aceptación a más tardar el 30 de junio de 2026.

Cordialmente,

Diana Marcela Ochoa
Gestión Humana
Banco del Café""",
      "2026-06-25T11:00:00-05:00", company="Banco del Café",
      reply_to="Diana Marcela Ochoa <diana.ochoa@bancodelcafe.example.co>",
      contact="diana.ochoa@bancodelcafe.example.co", cs="windows-1252",
      attach=("Oferta_Laboral_VRios.pdf", "application/pdf")),
    M("offer", "contrato_para_firma_cl", "es",
      "Josefa Lagos <josefa.lagos@cordilleraseguros.example.cl>", "Contrato para firma",
      """Hola Valentina,

¡Bienvenida a Cordillera Seguros! Te adjunto el contrato de trabajo para tu firma, según la propuesta que aceptaste el viernes. Puedes firmarlo digitalmente y devolverlo por este mismo medio.

Fecha de ingreso: lunes 3 de agosto.

Cualquier duda, quedo atenta.
Josefa Lagos
Personas · Cordillera Seguros""",
      "2026-07-06T10:10:00-04:00", company="Cordillera Seguros",
      contact="josefa.lagos@cordilleraseguros.example.cl",
      attach=("Contrato_Trabajo_Rios_Okoye.pdf", "application/pdf")),
    M("offer", "pleased_to_offer_letter", "en",
      "Ben Hargreaves <ben.hargreaves@parcelly.example.com>",
      "Offer - Senior Product Manager, Marketplace",
      """Hi Valentina,

On behalf of everyone at Parcelly, I'm pleased to offer you the position of Senior Product Manager, Marketplace! Your offer letter is attached, with base salary, equity and benefits details.

Please review and sign by Friday, March 27. Chris would love to jump on a call if you have any questions.

Congrats!
Ben
Recruiting Coordinator, Parcelly""",
      "2026-03-20T15:33:00-04:00", company="Parcelly", contact="ben.hargreaves@parcelly.example.com",
      fmt="alt", attach=("Parcelly_Offer_Letter_VRiosOkoye.pdf", "application/pdf")),
    M("offer", "conditional_offer_uk", "en",
      "Hannah Doyle <hannah.doyle@pellucidbank.example.co.uk>", "Conditional offer of employment",
      """Dear Valentina,

Following your final round, I am delighted to confirm our conditional offer of employment for the role of Service Design Lead at Pellucid Bank.

This offer is conditional upon satisfactory references, a basic DBS check and confirmation of your right to work in the UK. Our Skilled Worker sponsorship team will contact you separately about the visa.

Kind regards,
Hannah Doyle
Senior Talent Partner, Pellucid Bank

Pellucid Bank plc is authorised by the Prudential Regulation Authority.""",
      "2026-06-26T12:14:00+01:00", company="Pellucid Bank", contact="hannah.doyle@pellucidbank.example.co.uk",
      attach=("Pellucid_Conditional_Offer.pdf", "application/pdf")),
    M("offer", "montreal_offer_call_recap", "en",
      "Olivier Gagnon <ogagnon@northstaraero.example.ca>", "Great speaking today",
      """Hi Valentina,

Great speaking with you this afternoon! As discussed, we'd like to offer you the Service Designer role on the Customer Experience team, at $98,000 CAD base plus the annual bonus plan.

HR will send the formal letter through DocuSign by tomorrow. We'll also start on the LMIA/work permit paperwork as soon as you accept.

Welcome aboard (I hope)!
Olivier""",
      "2026-08-04T17:02:00-04:00", company="Northstar Aerospace", contact="ogagnon@northstaraero.example.ca"),
    M("offer", "fr_proposition_embauche", "fr",
      "Inès Bouaziz <ines@ondine.example.fr>", "Proposition d'embauche 🎉",
      """Hello Valentina,

On est ravis de te proposer de rejoindre Ondine en tant que Product Designer senior ! Tu trouveras en pièce jointe la promesse d'embauche (CDI, 55 k€ brut annuel, 2 jours de télétravail).

Dis-nous si tu as des questions, et on croise les doigts pour un oui !

Inès""",
      "2026-06-12T16:30:00+02:00", company="Ondine", contact="ines@ondine.example.fr",
      attach=("Promesse_embauche_Rios-Okoye.pdf", "application/pdf")),
    M("offer", "de_vertragsangebot", "de",
      "Mia Hoffmann <mia@holzwerk.example.de>", "Vertragsangebot",
      """Hi Valentina,

wir freuen uns riesig: Wir möchten dich gerne als Service Designerin bei Holzwerk Studio einstellen! Anbei findest du unser Vertragsangebot (unbefristet, 62.000 € brutto/Jahr, Start 1. Oktober).

Schau es dir in Ruhe an und gib mir bis Ende nächster Woche Bescheid.

Liebe Grüße
Mia""",
      "2026-09-04T11:20:00+02:00", company="Holzwerk Studio", contact="mia@holzwerk.example.de",
      attach=("Vertragsangebot_Rios-Okoye.pdf", "application/pdf")),
]

_LATE_REJECTION = [
    M("rejection", "consultora_computrabajo_quedo_atento", "es",
      "Mónica Arriaga <monica.arriaga@horizontech.example.com.mx>",
      "Proceso Líder UX - Laboratorios Ixchel",
      """Buen día Valentina,

Gracias por tu tiempo en la entrevista del lunes y por compartir tu portafolio. Te comento que Laboratorios Ixchel decidió cerrar el proceso con un candidato interno, por lo que en esta ocasión no continuarás en el proceso.

Te tengo en mi radar para otras vacantes de UX que estamos manejando.

Quedo atenta a cualquier duda.
Mónica Arriaga
Consultora Sr. | Horizon Tech Search
55 5555 9012""",
      "2026-09-15T12:50:00-06:00", company="Laboratorios Ixchel",
      contact="monica.arriaga@horizontech.example.com.mx"),
]

MESSAGES = _MISSED + _ACKS + _OFFERS + _LATE_REJECTION
