"""Corpus 345: the eight employer threads (ack -> invite -> moves -> thank-you -> outcome)."""

from __future__ import annotations

from msgs345_common import ME, M, html_page, sig

FM = ("Lucía Berdejo Sanz", "lberdejo@frio-moncayo.example.es")
PQ = ("Sergio Bielsa", "sergio.bielsa@paquexpress-ebro.example.es")
MV = ("Femke de Wit", "femke.dewit@maasvlakte-ps.example.nl")
BP = ("Katrin Obermaier", "k.obermaier@blitzpaket.example.de")
AL = ("Beatriz Gracia Lahoz", "bgracia@alborada.example.es")
CR = ("Nathalie Puig", "n.puig@cars-roussillon.example.fr")
AS = ("Pilar Coscujuela", "pilar.coscujuela@autobusessomontano.example.es")
CT = ("Pieter Vos", "pieter.vos@cargotalent.example.nl")

FM_SIG = sig("Lucía Berdejo Sanz", "Técnica de Selección · Recursos Humanos",
             "Frío Moncayo Transportes S.L.", "Polígono Plaza, C/ Tarazona 14, 50197 Zaragoza",
             "Tel. +34 976 000 412")
PQ_SIG = sig("Sergio Bielsa", "Responsable de Operaciones – Delegación Zaragoza",
             "Paquexpress Ebro", "Ctra. de Logroño km 7, 50011 Zaragoza", "+34 976 000 733")

SPECS = [
    # ---- T1 Frío Moncayo (refrigerated transport, Zaragoza) -> offer
    M("application_received", "friomoncayo_ack", "es",
      ("Frío Moncayo Transportes", "no-reply@teamtailor-mail.com"),
      "Hemos recibido tu candidatura – Planificador/a de Tráfico (Frigorífico)",
      "2026-01-12 08:03 +0000",
      "Hola Jorge:\n\nGracias por presentar tu candidatura al puesto de Planificador/a de Tráfico "
      "(Transporte Frigorífico) en Frío Moncayo.\n\nHemos recibido correctamente tu CV. Nuestro "
      "equipo de Recursos Humanos revisará todas las candidaturas durante las próximas dos "
      "semanas. Si tu perfil encaja, nos pondremos en contacto contigo.\n\nUn saludo,\nEl equipo "
      "de Selección de Frío Moncayo\n\nEste mensaje se ha enviado automáticamente, por favor no "
      "respondas.\n",
      html=html_page("Hola Jorge:",
                     "Gracias por presentar tu candidatura al puesto de <b>Planificador/a de "
                     "Tráfico (Transporte Frigorífico)</b> en Frío Moncayo.",
                     "Hemos recibido correctamente tu CV. Nuestro equipo de Recursos Humanos "
                     "revisará todas las candidaturas durante las próximas dos semanas. Si tu "
                     "perfil encaja, nos pondremos en contacto contigo.",
                     "Un saludo,<br>El equipo de Selección de Frío Moncayo",
                     footer="Este mensaje se ha enviado automáticamente, por favor no respondas.",
                     brand="Frío Moncayo"),
      company="Frío Moncayo"),
    M("interview_invitation", "friomoncayo_invite", "es", FM,
      "Entrevista – Planificador/a de Tráfico | Frío Moncayo", "2026-01-20 12:41 +0100",
      "Hola Jorge,\n\nHemos revisado tu candidatura y nos gustaría conocerte. Te proponemos una "
      "entrevista presencial en nuestras oficinas del Polígono Plaza el martes 27 de enero a las "
      "10:00. Estarán conmigo Javier Oliván, jefe de tráfico, y yo misma.\n\nLa entrevista dura "
      "unos 45 minutos. Trae, si puedes, tu CAP y el carné de conducir.\n\nTe adjunto la "
      "convocatoria en el calendario. Confírmame asistencia respondiendo a este correo, por "
      "favor.\n\nUn saludo," + FM_SIG,
      ics={"method": "REQUEST", "uid": "fm-entrevista-0127@frio-moncayo.example.es", "seq": 0,
           "start": "20260127T100000", "end": "20260127T104500",
           "summary": "Entrevista Jorge Altamirano – Planificador/a de Tráfico",
           "location": "Frío Moncayo, C/ Tarazona 14, Zaragoza", "organizer": FM},
      company="Frío Moncayo", contact=FM[1]),
    M("interview_reschedule_or_cancel", "friomoncayo_moved", "es", FM,
      "Cambio de hora: entrevista Frío Moncayo", "2026-01-23 09:12 +0100",
      "Hola de nuevo, Jorge:\n\nTe escribo porque a Javier le ha surgido una ruta urgente a "
      "Perpiñán ese día y no estará a las 10:00. ¿Te vendría bien el mismo martes 27 a las "
      "16:30? El resto no cambia: mismo sitio, misma duración.\n\nTe envío la convocatoria "
      "actualizada. Disculpa las molestias.\n\nSaludos," + FM_SIG,
      parent="friomoncayo_invite", quote="es",
      ics={"method": "REQUEST", "uid": "fm-entrevista-0127@frio-moncayo.example.es", "seq": 1,
           "start": "20260127T163000", "end": "20260127T171500",
           "summary": "Entrevista Jorge Altamirano – Planificador/a de Tráfico (NUEVA HORA)",
           "location": "Frío Moncayo, C/ Tarazona 14, Zaragoza", "organizer": FM},
      company="Frío Moncayo", contact=FM[1]),
    M("other", "friomoncayo_thanks_sent", "es", ME,
      "Re: Cambio de hora: entrevista Frío Moncayo", "2026-01-27 19:48 +0100",
      "Hola Lucía:\n\nMuchas gracias a ti y a Javier por la entrevista de esta tarde. Me ha "
      "gustado mucho conocer cómo organizáis las rutas de temperatura controlada y el control "
      "de los registradores de frío. Sigo muy interesado en el puesto.\n\nQuedo a vuestra "
      "disposición para cualquier cosa.\n\nUn saludo,\nJorge Altamirano Quiroga\n"
      "+34 600 000 218\n",
      to=FM, parent="friomoncayo_moved", quote="es"),
    M("offer", "friomoncayo_offer", "es", FM,
      "Propuesta de incorporación – Frío Moncayo", "2026-02-05 13:20 +0100",
      "Hola Jorge,\n\nTal y como te adelanté ayer por teléfono, nos alegra comunicarte que "
      "queremos contar contigo como Planificador de Tráfico en la base de Zaragoza.\n\nTe "
      "adjunto la carta de oferta con las condiciones: contrato indefinido, jornada completa "
      "en turno de mañana, 24.500 euros brutos anuales en 14 pagas y plus de guardias de fin "
      "de semana. La incorporación sería el 2 de marzo.\n\nTienes hasta el viernes 13 de febrero "
      "para darnos una respuesta. Si tienes dudas, llámame.\n\nEnhorabuena," + FM_SIG,
      parent="friomoncayo_thanks_sent", quote="es",
      pdf=[("Carta_oferta_Altamirano.pdf",
            ["Frio Moncayo Transportes - Carta de oferta", "Candidato: Jorge Altamirano Quiroga",
             "Puesto: Planificador de Trafico", "Salario: 24.500 EUR brutos/anio",
             "Incorporacion: 2 de marzo de 2026"])],
      company="Frío Moncayo", contact=FM[1]),
    M("offer", "friomoncayo_contract", "es",
      ("Administración de Personal – Frío Moncayo", "personal@frio-moncayo.example.es"),
      "Contrato para firma – J. Altamirano Quiroga", "2026-02-11 10:05 +0100",
      "Estimado Jorge:\n\nUna vez aceptada la oferta, te remitimos el contrato de trabajo "
      "indefinido para el puesto de Planificador de Tráfico, para su firma. Por favor, revísalo, "
      "fírmalo en todas las páginas y devuélvenoslo escaneado antes del 20 de febrero. Para "
      "cualquier duda sobre el contrato, responde a este correo y te atenderá Lucía Berdejo.\n\n"
      "Atentamente,\nAdministración de Personal\nFrío Moncayo Transportes S.L.\n\n"
      "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a "
      "su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y "
      "lo elimine. Sus datos se tratan conforme al RGPD.\n",
      reply_to=FM, charset="iso-8859-1", cte="quoted-printable",
      pdf=[("Contrato_indefinido_JAQ.pdf",
            ["CONTRATO DE TRABAJO INDEFINIDO", "Empresa: Frio Moncayo Transportes",
             "Trabajador: Jorge Altamirano Quiroga", "Categoria: Planificador de Trafico",
             "Firma del trabajador: ____________"])],
      company="Frío Moncayo", contact=FM[1]),

    # ---- T2 Paquexpress Ebro (parcel carrier) -> offer
    M("application_received", "paquexpress_ack", "es",
      ("Paquexpress Ebro", "no-reply@smartrecruiters.com"),
      "Gracias por tu solicitud en Paquexpress Ebro", "2026-02-02 17:44 +0000", None,
      html=html_page("Hola Jorge Altamirano Quiroga,",
                     "hemos recibido tu solicitud para <b>Coordinador/a de Flota y Reparto "
                     "(Zaragoza)</b>. Gracias por tu interés en Paquexpress Ebro.",
                     "Recibimos muchas candidaturas y no podemos responder a cada una de forma "
                     "individual. Si tu perfil se ajusta a lo que buscamos, el equipo de "
                     "selección se pondrá en contacto contigo.",
                     "Saludos cordiales,<br>Talento Paquexpress Ebro",
                     footer="Powered by SmartRecruiters · No respondas a este correo.",
                     brand="Paquexpress Ebro"),
      company="Paquexpress Ebro"),
    M("interview_invitation", "paquexpress_invite", "es",
      ("Sergio Bielsa via SmartRecruiters", "notifications@smartrecruiters.com"),
      "Paquexpress Ebro: ¿hablamos? Entrevista Coordinador/a de Flota", "2026-02-16 11:02 +0000",
      "Hola Jorge:\n\nSoy Sergio Bielsa, responsable de operaciones de la delegación de Zaragoza. "
      "He leído tu CV y tu experiencia como repartidor con nosotros en campañas de Navidad me "
      "parece muy interesante para el puesto de coordinador de flota.\n\nTe propongo una "
      "entrevista en la nave de la Ctra. de Logroño el jueves 19 de febrero a las 9:30. "
      "Hablaremos del puesto, de la planificación de rutas y haremos un pequeño ejercicio con "
      "nuestro programa de asignación de rutas.\n\nResponde a este mensaje para confirmar.\n\n"
      "Sergio\n",
      reply_to=PQ, enc_name=("utf-8", "q"),
      company="Paquexpress Ebro", contact=PQ[1]),
    M("other", "paquexpress_resched_request_sent", "es", ME,
      "Re: Paquexpress Ebro: ¿hablamos? Entrevista Coordinador/a de Flota",
      "2026-02-16 21:15 +0100",
      "Buenas noches, Sergio:\n\nMuchas gracias por la invitación. El jueves 19 por la mañana "
      "tengo ruta de reparto asignada y no puedo cambiarla. ¿Sería posible hacer la entrevista "
      "el viernes 20 o el lunes 23, preferiblemente por la tarde?\n\nDisculpa las molestias y "
      "gracias de nuevo.\n\nJorge Altamirano\n",
      to=PQ, parent="paquexpress_invite", quote="es"),
    M("interview_reschedule_or_cancel", "paquexpress_new_slot", "es", PQ,
      "RE: Paquexpress Ebro: ¿hablamos? Entrevista Coordinador/a de Flota",
      "2026-02-17 08:37 +0100",
      "Buenos días Jorge,\n\nSin problema. Pasamos la entrevista al lunes 23 de febrero a las "
      "17:00, en el mismo sitio. Pregunta por mí en la recepción de la nave 2.\n\nUn saludo" +
      PQ_SIG,
      parent="paquexpress_resched_request_sent", quote="outlook",
      company="Paquexpress Ebro", contact=PQ[1]),
    M("offer", "paquexpress_verbal", "es", PQ,
      "Lo hablado esta mañana", "2026-03-03 12:58 +0100",
      "Jorge, te resumo lo que hemos hablado por teléfono: queremos ofrecerte el puesto de "
      "Coordinador de Flota y Reparto en Zaragoza. Salario de 23.800 euros brutos anuales, más "
      "variable por cumplimiento de entregas, turno de 6:00 a 14:00 de lunes a viernes y un "
      "sábado al mes.\n\nRecursos Humanos te enviará la carta formal en uno o dos días. Me "
      "alegro mucho de que sigas con nosotros, ahora desde el otro lado.\n\nUn abrazo,\n"
      "Sergio\n",
      company="Paquexpress Ebro", contact=PQ[1]),
    M("offer", "paquexpress_letter", "es",
      ("Recursos Humanos Paquexpress Ebro", "rrhh@paquexpress-ebro.example.es"),
      "Oferta formal – Coordinador de Flota y Reparto", "2026-03-05 09:30 +0100",
      "Estimado Sr. Altamirano:\n\nNos complace confirmarle por escrito nuestra oferta de empleo "
      "para el puesto de Coordinador de Flota y Reparto en la delegación de Zaragoza:\n\n"
      "  · Contrato: indefinido, periodo de prueba de 6 meses\n  · Retribución: 23.800 € "
      "brutos anuales + variable de hasta 1.500 €\n  · Fecha de incorporación: 16 de marzo de "
      "2026\n\nLe rogamos nos devuelva firmada la carta adjunta antes del 11 de marzo. Sergio "
      "Bielsa queda a su disposición para cualquier consulta.\n\nReciba un cordial saludo,\n"
      "Marta Pueyo\nDirectora de Recursos Humanos\nPaquexpress Ebro\n",
      reply_to=("Marta Pueyo", "marta.pueyo@paquexpress-ebro.example.es"),
      charset="windows-1252", cte="8bit", parent="paquexpress_verbal",
      pdf=[("Oferta_Paquexpress_Altamirano.pdf",
            ["PAQUEXPRESS EBRO - Oferta de empleo", "Puesto: Coordinador de Flota y Reparto",
             "Retribucion: 23.800 EUR + variable", "Incorporacion: 16/03/2026"])],
      company="Paquexpress Ebro", contact="marta.pueyo@paquexpress-ebro.example.es"),

    # ---- T3 Maasvlakte Port Services (Rotterdam, English) -> rejection
    M("application_received", "maasvlakte_ack", "en",
      ("Maasvlakte Port Services", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Maasvlakte Port Services", "2026-03-09 14:20 +0000",
      "Hi Jorge,\n\nThanks for applying for the Transport Planner – Container Haulage role at "
      "Maasvlakte Port Services. We have received your application and our recruiting team "
      "will review it shortly.\n\nIf your background is a match, someone from the team will be "
      "in touch to discuss next steps.\n\nBest regards,\nTalent Acquisition\nMaasvlakte Port "
      "Services\n",
      company="Maasvlakte Port Services"),
    M("interview_invitation", "maasvlakte_invite", "en",
      ("Femke de Wit via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Transport Planner – Container Haulage", "2026-03-17 10:11 +0100",
      "Hi Jorge,\n\nThank you for your interest in Maasvlakte Port Services. I'd like to invite "
      "you to a 45-minute video interview with me and Ruud Bakker, our planning team lead.\n\n"
      "Please pick a time that suits you via this link:\n"
      "https://app.greenhouse.example.io/schedule/8c1f2a\n\nThe conversation will be in English. "
      "We will talk about your experience, how you would plan container pick-ups around "
      "terminal slots, and any questions you have about moving to Rotterdam.\n\nKind regards,\n"
      "Femke de Wit\nRecruiter, Maasvlakte Port Services\n",
      html=html_page("Hi Jorge,",
                     "Thank you for your interest in Maasvlakte Port Services. I'd like to invite "
                     "you to a <b>45-minute video interview</b> with me and Ruud Bakker, our "
                     "planning team lead.",
                     'Please <a href="https://app.greenhouse.example.io/schedule/8c1f2a">pick a '
                     "time that suits you</a>.",
                     "The conversation will be in English. We will talk about your experience, "
                     "how you would plan container pick-ups around terminal slots, and any "
                     "questions you have about moving to Rotterdam.",
                     "Kind regards,<br>Femke de Wit<br>Recruiter, Maasvlakte Port Services"),
      reply_to=MV, company="Maasvlakte Port Services", contact=MV[1]),
    M("interview_reschedule_or_cancel", "maasvlakte_moved", "en", MV,
      "Updated invitation: video interview moved to Thursday 26 March", "2026-03-20 16:02 +0100",
      "Hi Jorge,\n\nApologies, but Ruud has been called into a terminal audit on Tuesday, so we "
      "need to move your video interview. The new time is Thursday 26 March, 14:00 "
      "Amsterdam time (same as Zaragoza). The Teams link stays the same.\n\nAn updated calendar "
      "invite is attached.\n\nThanks for your flexibility,\nFemke\n",
      parent="maasvlakte_invite", quote="en",
      ics={"method": "REQUEST", "uid": "gh-8c1f2a-int1@maasvlakte-ps.example.nl", "seq": 2,
           "tzid": "Europe/Amsterdam", "start": "20260326T140000", "end": "20260326T144500",
           "summary": "Video interview – Jorge Altamirano Quiroga (Transport Planner)",
           "location": "Microsoft Teams", "organizer": MV},
      company="Maasvlakte Port Services", contact=MV[1]),
    M("rejection", "maasvlakte_no", "en", MV,
      "Re: Updated invitation: video interview moved to Thursday 26 March",
      "2026-04-08 11:27 +0200",
      "Hi Jorge,\n\nThank you again for taking the time to talk with Ruud and me. We enjoyed "
      "the conversation and your hands-on knowledge of delivery work came across clearly.\n\n"
      "After a lot of discussion we have decided to continue with a candidate who already has "
      "experience with port community systems and Dutch customs procedures. I know this is "
      "disappointing news, and I want to thank you for the effort you put into the process.\n\n"
      "I wish you the very best in your move into planning.\n\nKind regards,\nFemke de Wit\n"
      "Recruiter | Maasvlakte Port Services\nEuropaweg 900, 3199 LC Rotterdam\n",
      parent="maasvlakte_moved", quote="en",
      company="Maasvlakte Port Services", contact=MV[1]),

    # ---- T4 Blitzpaket (parcel, Munich, German) -> rejection
    M("application_received", "blitzpaket_ack", "de",
      ("Blitzpaket Personalabteilung", "jobs-noreply@personio.de"),
      "Eingangsbestätigung Ihrer Bewerbung als Disponent (m/w/d)", "2026-04-01 07:55 +0000",
      "Sehr geehrter Herr Altamirano Quiroga,\n\nvielen Dank für Ihre Bewerbung als Disponent "
      "(m/w/d) Paketzustellung am Standort München-Riem. Ihre Unterlagen sind vollständig bei "
      "uns eingegangen.\n\nWir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten "
      "Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Blitzpaket Recruiting-Team\n\n"
      "Diese E-Mail wurde automatisch erstellt.\n",
      charset="iso-8859-1", company="Blitzpaket"),
    M("interview_invitation", "blitzpaket_invite", "de", BP,
      "Einladung zum Vorstellungsgespräch – Disponent (m/w/d)", "2026-04-09 14:30 +0200",
      "Hallo Herr Altamirano,\n\nwir freuen uns über Ihr Interesse an Blitzpaket und möchten Sie "
      "gerne zu einem Vorstellungsgespräch per Videokonferenz einladen:\n\nDienstag, 21. April "
      "2026, 10:00 Uhr\nTeilnehmende: Katrin Obermaier (HR), Stefan Huber (Leitung "
      "Disposition)\n\nDas Gespräch findet auf Englisch und Deutsch statt. Die Einladung mit "
      "dem Link finden Sie im Anhang.\n\nViele Grüße\nKatrin Obermaier\nHR Business Partnerin\n"
      "Blitzpaket GmbH · Riemer Str. 40 · 81829 München\n",
      ics={"method": "REQUEST", "uid": "bp-vg-2104@blitzpaket.example.de", "seq": 0,
           "tzid": "Europe/Berlin", "start": "20260421T100000", "end": "20260421T110000",
           "summary": "Vorstellungsgespräch Disponent – J. Altamirano",
           "location": "Videokonferenz", "organizer": BP},
      company="Blitzpaket", contact=BP[1]),
    M("interview_reschedule_or_cancel", "blitzpaket_cancel", "de", BP,
      "Absage Termin 21.04. – neuer Termin folgt", "2026-04-14 09:18 +0200",
      "Hallo Herr Altamirano,\n\nleider müssen wir den Termin am 21. April absagen, da Herr "
      "Huber kurzfristig die Frühschicht im Depot übernehmen muss. Ihre Bewerbung bleibt "
      "selbstverständlich im Verfahren – ich melde mich in den nächsten Tagen mit einem neuen "
      "Terminvorschlag.\n\nEntschuldigen Sie die Unannehmlichkeiten.\n\nViele Grüße\nKatrin "
      "Obermaier\n",
      parent="blitzpaket_invite",
      ics={"method": "CANCEL", "uid": "bp-vg-2104@blitzpaket.example.de", "seq": 1,
           "tzid": "Europe/Berlin", "start": "20260421T100000", "end": "20260421T110000",
           "summary": "ABGESAGT: Vorstellungsgespräch Disponent – J. Altamirano",
           "location": "Videokonferenz", "organizer": BP},
      company="Blitzpaket", contact=BP[1]),
    M("rejection", "blitzpaket_no", "de", BP,
      "AW: Absage Termin 21.04. – neuer Termin folgt", "2026-05-04 15:40 +0200",
      "Hallo Herr Altamirano,\n\nich hatte Ihnen einen neuen Termin versprochen und muss mich "
      "nun leider mit einer anderen Nachricht melden: Wir haben die Stelle inzwischen intern "
      "mit einem Kollegen aus der Zustellung besetzt. Das Auswahlverfahren ist damit "
      "abgeschlossen, und wir können Ihre Bewerbung nicht weiter berücksichtigen.\n\nVielen "
      "Dank für Ihre Geduld und alles Gute für Ihre weitere Suche.\n\nViele Grüße\nKatrin "
      "Obermaier\n",
      parent="blitzpaket_cancel", quote="de", cte="quoted-printable",
      enc_subject=("windows-1252", "q"),
      company="Blitzpaket", contact=BP[1]),

    # ---- T5 Supermercados Alborada (distribution centre) -> missed -> rejection
    M("application_received", "alborada_ack", "es",
      ("Supermercados Alborada", "alborada@myworkday.com"),
      "Solicitud recibida: Técnico/a de Planificación de Transporte – Plataforma Zaragoza",
      "2026-04-20 06:12 +0000",
      "Estimado/a Jorge Altamirano Quiroga:\n\nGracias por tu interés en Supermercados Alborada. "
      "Confirmamos que hemos recibido tu solicitud para la vacante R-20817 Técnico/a de "
      "Planificación de Transporte en la Plataforma Logística de Zaragoza.\n\nPuedes consultar "
      "el estado de tu solicitud en cualquier momento desde tu cuenta del portal de empleo.\n\n"
      "Atentamente,\nEquipo de Talento – Supermercados Alborada\n",
      company="Supermercados Alborada"),
    M("interview_invitation", "alborada_assessment", "es",
      ("Beatriz Gracia Lahoz (Supermercados Alborada)", "alborada@myworkday.com"),
      "Convocatoria: jornada de evaluación en la Plataforma Zaragoza", "2026-05-05 10:45 +0200",
      "Hola Jorge:\n\nNos complace convocarte a la jornada de evaluación (assessment center) "
      "para el puesto de Técnico/a de Planificación de Transporte.\n\nFecha: martes 12 de mayo\n"
      "Hora: 9:00 a 13:00\nLugar: Plataforma Logística Alborada, Av. de Europa 2, PLAZA, "
      "Zaragoza (sala de formación, edificio de oficinas)\n\nHabrá una prueba práctica de "
      "planificación de rutas con Excel, una dinámica de grupo y una entrevista individual. "
      "Trae el DNI para acceder.\n\nSi tienes cualquier duda, responde a este correo.\n\n"
      "Beatriz Gracia\nSelección – Supermercados Alborada\n",
      reply_to=AL, cte="base64",
      company="Supermercados Alborada", contact=AL[1]),
    M("missed_interview_notice", "alborada_noshow", "es", AL,
      "Jornada de evaluación de ayer", "2026-05-13 09:05 +0200",
      "Hola Jorge:\n\nAyer te estuvimos esperando en la jornada de evaluación de las 9:00 en la "
      "Plataforma y no llegaste a presentarte. Tampoco pudimos localizarte en el móvil que "
      "figura en tu candidatura.\n\n¿Ha ocurrido algo? Si sigues interesado en el proceso, "
      "escríbeme antes del viernes y veré qué podemos hacer.\n\nUn saludo,\nBeatriz Gracia "
      "Lahoz\nSelección – Supermercados Alborada\n",
      parent="alborada_assessment", company="Supermercados Alborada", contact=AL[1]),
    M("other", "alborada_apology_sent", "es", ME,
      "Re: Jornada de evaluación de ayer", "2026-05-13 13:22 +0200",
      "Hola Beatriz:\n\nTe pido disculpas. Tuve una avería con la furgoneta de reparto en la "
      "A-23 a primera hora y me quedé sin batería en el móvil mientras esperaba la grúa. Sé "
      "que no es excusa para no avisar a tiempo.\n\nSigo muy interesado en el puesto; si "
      "hubiera alguna posibilidad de hacer la prueba otro día, me adaptaría a lo que me "
      "digáis.\n\nGracias y perdona de nuevo,\nJorge\n",
      to=AL, parent="alborada_noshow", quote="es"),
    M("rejection", "alborada_no", "es", AL,
      "Re: Jornada de evaluación de ayer", "2026-05-22 12:10 +0200",
      "Hola Jorge:\n\nGracias por tu explicación, lo entendemos perfectamente. Lamentablemente, "
      "el proceso ya ha avanzado a la fase final con las personas que participaron en la "
      "jornada y no vamos a organizar una nueva sesión, así que no podemos seguir adelante con "
      "tu candidatura para esta vacante.\n\nTe animamos a seguir atento a nuestras ofertas en "
      "el portal: a menudo abrimos puestos en la plataforma.\n\nUn saludo,\nBeatriz\n",
      parent="alborada_apology_sent", quote="es",
      company="Supermercados Alborada", contact=AL[1]),

    # ---- T6 Cars Roussillon (bus company, Perpignan) -> rejection
    M("application_received", "carsroussillon_ack", "fr",
      ("Cars Roussillon", "noreply@recruitee.com"),
      "Votre candidature au poste de Régulateur·rice d'exploitation", "2026-06-01 08:40 +0000",
      "Bonjour Jorge,\n\nNous vous remercions pour votre candidature au poste de Régulateur·rice "
      "d'exploitation (réseau interurbain) à Perpignan. Elle a bien été transmise à notre "
      "équipe RH.\n\nNous étudions chaque dossier avec attention et reviendrons vers vous dans "
      "les meilleurs délais.\n\nBien cordialement,\nL'équipe Recrutement de Cars Roussillon\n",
      company="Cars Roussillon"),
    M("interview_invitation", "carsroussillon_invite", "fr", CR,
      "Entretien – Régulateur·rice d'exploitation", "2026-06-10 11:15 +0200",
      "Bonjour Monsieur Altamirano,\n\nSuite à l'examen de votre candidature, nous souhaitons "
      "vous rencontrer pour un entretien au dépôt de Cabestany le mercredi 17 juin à 14h30.\n\n"
      "L'entretien se déroulera avec M. Olivier Sabaté, responsable d'exploitation, et moi-même. "
      "Il durera environ une heure et comprendra une mise en situation sur la régulation d'une "
      "ligne en cas d'aléa.\n\nMerci de me confirmer votre présence.\n\nCordialement,\n"
      "Nathalie Puig\nChargée de recrutement\nCars Roussillon, 12 rue du Dépôt, 66330 "
      "Cabestany\nTél. 04 68 00 00 27\n",
      charset="iso-8859-1", cte="quoted-printable",
      company="Cars Roussillon", contact=CR[1]),
    M("other", "carsroussillon_thanks_sent", "fr", ME,
      "Merci pour l'entretien", "2026-06-17 20:03 +0200",
      "Bonjour Madame Puig,\n\nJe tenais à vous remercier, ainsi que M. Sabaté, pour l'entretien "
      "de cet après-midi. La mise en situation m'a permis de mieux comprendre le travail de "
      "régulation et je suis toujours très motivé par ce poste.\n\nJe reste à votre disposition "
      "pour tout complément d'information.\n\nBien cordialement,\nJorge Altamirano Quiroga\n",
      to=CR, parent="carsroussillon_invite"),
    M("rejection", "carsroussillon_no", "fr", CR,
      "RE: Merci pour l'entretien", "2026-06-26 16:48 +0200",
      "Bonjour Monsieur Altamirano,\n\nMerci pour votre message et pour votre participation à "
      "notre processus de recrutement.\n\nNous avons le regret de vous informer que nous avons "
      "retenu une autre candidature, dont le profil correspond davantage aux besoins "
      "immédiats du poste, notamment la maîtrise du système d'aide à l'exploitation que nous "
      "utilisons.\n\nNous conservons vos coordonnées et vous souhaitons pleine réussite dans "
      "vos projets.\n\nCordialement,\nNathalie Puig\n",
      parent="carsroussillon_thanks_sent", quote="fr",
      company="Cars Roussillon", contact=CR[1]),

    # ---- T7 Autobuses Somontano (Huesca) -> missed call -> rejection
    M("application_received", "somontano_ack", "es", AS,
      "RE: Candidatura jefe de tráfico", "2026-07-01 10:30 +0200",
      "Buenos días Jorge,\n\nTe confirmo que hemos recibido tu currículum para el puesto de "
      "Inspector/a – Jefe de tráfico en nuestras cocheras de Barbastro. Lo pasaré a la "
      "gerencia esta semana.\n\nUn saludo,\nPilar Coscujuela\nAdministración – Autobuses "
      "Somontano\nAvda. de la Estación 3, 22300 Barbastro (Huesca)\n",
      company="Autobuses Somontano", contact=AS[1]),
    M("interview_invitation", "somontano_call", "es", AS,
      "Llamada con gerencia", "2026-07-08 13:14 +0200",
      "Hola Jorge,\n\nEl gerente, Alberto Ferrer, quiere hacerte una primera entrevista por "
      "teléfono el viernes 10 de julio a las 10:00. Te llamará él al número de tu CV "
      "(600 000 218). Serán unos 20 minutos.\n\nSi no te va bien a esa hora, dímelo y lo "
      "cambiamos.\n\nSaludos,\nPilar\n",
      parent="somontano_ack", company="Autobuses Somontano", contact=AS[1]),
    M("missed_interview_notice", "somontano_missed_call", "es",
      ("Alberto Ferrer", "gerencia@autobusessomontano.example.es"),
      "Llamada de hoy", "2026-07-10 10:41 +0200",
      "Jorge, buenos días:\n\nTe he llamado a las 10:00 como habíamos quedado y de nuevo a las "
      "10:15, pero saltaba el buzón de voz. Imagino que se te habrá complicado la mañana.\n\n"
      "Si quieres, lo intentamos el lunes a la misma hora. Contéstame a este correo.\n\n"
      "Alberto Ferrer\nGerente – Autobuses Somontano\n",
      company="Autobuses Somontano", contact="gerencia@autobusessomontano.example.es"),
    M("rejection", "somontano_no", "es",
      ("Alberto Ferrer", "gerencia@autobusessomontano.example.es"),
      "Puesto de jefe de tráfico", "2026-07-24 18:02 +0200",
      "Hola Jorge:\n\nGracias por la conversación del lunes. Te escribo para decirte que al "
      "final nos quedamos con un candidato de la zona que ya conoce nuestras líneas y los "
      "horarios escolares, así que no vamos a seguir contigo en este proceso.\n\nMe llevé muy "
      "buena impresión y guardo tu currículum por si en septiembre sale algo en planificación.\n\n"
      "Un saludo,\nAlberto\n",
      parent="somontano_missed_call",
      company="Autobuses Somontano", contact="gerencia@autobusessomontano.example.es"),

    # ---- T8 Cargo Talent Partners (logistics head-hunter) for Kühllogistik Isar
    M("interview_invitation", "cargotalent_isar_call", "en", CT,
      "Kühllogistik Isar – call with the Head of Transport", "2026-08-03 09:50 +0200",
      "Hi Jorge,\n\nGood news: I shared your profile with my client Kühllogistik Isar in "
      "Munich (temperature-controlled distribution, 140 trucks) and their Head of Transport, "
      "Markus Lechner, would like to speak with you.\n\nProposed: Friday 7 August, 11:00 CEST, "
      "30 minutes on Teams, in English. He will mostly ask about night planning and driver "
      "hours compliance.\n\nCan you confirm by replying to me?\n\nBest,\nPieter Vos\nPartner, "
      "Cargo Talent Partners – Logistics & Supply Chain Search\n+31 10 000 4410\n",
      enc_subject=("utf-8", "b"),
      company="Kühllogistik Isar", contact=CT[1]),
    M("interview_reschedule_or_cancel", "cargotalent_isar_postponed", "en", CT,
      "Re: Kühllogistik Isar – call with the Head of Transport", "2026-08-06 17:22 +0200",
      "Hi Jorge,\n\nQuick update: Markus has to postpone tomorrow's call – one of their "
      "refrigerated units broke down near Ingolstadt and he is handling it. He has asked me "
      "to find a new slot next week. Are Tuesday or Wednesday mornings OK for you?\n\n"
      "Nothing changes on their side regarding your candidacy.\n\nBest,\nPieter\n",
      parent="cargotalent_isar_call", quote="en",
      company="Kühllogistik Isar", contact=CT[1]),
    M("rejection", "cargotalent_isar_no", "en", CT,
      "Kühllogistik Isar – feedback", "2026-08-25 13:05 +0200",
      "Hi Jorge,\n\nI have heard back from Kühllogistik Isar after your call with Markus. He "
      "liked your practical approach, but they have decided to fill the position internally "
      "with one of their senior dispatchers, so they won't be moving forward with external "
      "candidates.\n\nSorry this wasn't the outcome we hoped for. I'll keep you in mind for "
      "other transport planning searches in the Netherlands and Germany.\n\nBest,\nPieter Vos\n"
      "Cargo Talent Partners\n",
      parent="cargotalent_isar_postponed",
      company="Kühllogistik Isar", contact=CT[1]),
]
