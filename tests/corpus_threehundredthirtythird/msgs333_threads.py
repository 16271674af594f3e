"""Corpus 333: the long threads (hospital, facility-services firm, hotels, agencies).

Each message is labelled by what its NEW text means to Rodrigo, never by the quoted chain.
"""

from __future__ import annotations

from msgs333_common import ME, M, sig

HOSP = "Hospital Universitario Los Arcos del Segura"
MARTA = ("Marta Quiñonero Belmonte", "mquinonero@hlarcos.example.es")
HOSP_SIG = sig(
    "Marta Quiñonero Belmonte",
    "Técnica de Selección · Dirección de Recursos Humanos",
    "Hospital Universitario Los Arcos del Segura",
    "Avda. de la Ribera del Segura, 112 · 30120 El Palmar (Murcia)",
    "Tel. 968 555 214 · Ext. 3214",
)
HOSP_LEGAL = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
    "destinatario. Si lo ha recibido por error, comuníquelo al remitente y bórrelo. Los datos "
    "personales se tratan conforme al RGPD (UE) 2016/679."
)

MANT = "Mantenia Facility Services"
IVAN = ("Iván Ferrándiz Llopis", "ivan.ferrandiz@mantenia.example.com")
IVAN_SIG = sig(
    "Iván Ferrándiz Llopis",
    "Talent Acquisition Partner – Zona Levante",
    "Mantenia Facility Services",
    "C/ Colón 48, 5.ª planta · 46004 Valencia",
    "+34 963 555 781",
)

TEJO = "Tejo Bay Hotels"
EMMA = ("Emma Clarke", "emma.clarke@tejobayhotels.example.pt")

SONNE = "Sonnenwerk Rhein"
JONAS = ("Jonas Breitenbach", "j.breitenbach@sonnenwerk-rhein.example.de")

AZUR = "Hôtels Azur Littoral"
CLAIRE = ("Claire Vidal-Fabre", "c.vidalfabre@azurlittoral.example.fr")

TALENTIA = ("Nuria Alcaraz Pastor", "nalcaraz@talentia-levante.example.es")
OLIVER = ("Oliver Grant", "oliver.grant@harbourline.example.co.uk")
PWERK = ("Sabine Kowalczyk", "s.kowalczyk@personalwerk-dus.example.de")
PHOCEEN = ("Karim Benali", "k.benali@interim-phoceen.example.fr")

MESSAGES = [
    # ------------------------------------------------------------ A: hospital (offer)
    M(key="hosp_ack", kind="application_received", lang="es", company=HOSP, contact="",
      frm=("Hospital Universitario Los Arcos del Segura", "noreply@successfactors.eu"),
      subject="Hemos recibido tu candidatura – Técnico/a de Mantenimiento de Instalaciones (Ref. HLA-2026-0147)",
      date="2026-02-10 08:02", zone="utc", fmt="alt", brand="Hospital Los Arcos del Segura · Empleo",
      text="""Hola, Rodrigo:

Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de Técnico/a de Mantenimiento de Instalaciones (Ref. HLA-2026-0147).

Nuestro equipo de Recursos Humanos revisará tu perfil junto con el resto de solicitudes. Si tu experiencia encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Puedes consultar el estado de tu solicitud en cualquier momento desde el portal de empleo.

Este es un mensaje automático; por favor, no respondas a esta dirección.

Dirección de Recursos Humanos
Hospital Universitario Los Arcos del Segura"""),
    M(key="hosp_invite", kind="interview_invitation", lang="es", company=HOSP,
      contact=MARTA[1], frm=MARTA,
      subject="Entrevista – Técnico/a de Mantenimiento de Instalaciones (HLA-2026-0147)",
      date="2026-02-24 12:40", cs="iso-8859-1", cte="quoted-printable",
      ics={"uid": "hla-0147-rvs@hlarcos.example.es", "start": "2026-03-04 10:30", "minutes": 60,
           "summary": "Entrevista Técnico/a de Mantenimiento - R. Valdivieso",
           "location": "Edificio de Gestión, planta 2, sala Segura", "organizer": MARTA},
      text=f"""Buenos días, Rodrigo:

Tras revisar tu candidatura, nos gustaría conocerte en persona. Te proponemos una entrevista el miércoles 4 de marzo a las 10:30 en el Edificio de Gestión (planta 2, sala Segura). Estarán presentes el jefe del Servicio de Mantenimiento, D. Andrés Gil, y yo misma.

La entrevista durará aproximadamente una hora e incluirá algunas preguntas técnicas sobre climatización, calderas y gases medicinales. Te adjunto la convocatoria para tu calendario.

¿Nos confirmas tu asistencia respondiendo a este correo?

Un saludo,

{HOSP_SIG}

{HOSP_LEGAL}"""),
    M(key="hosp_own_confirm", kind="other", lang="es", frm=ME, to=[MARTA],
      subject="RE: Entrevista – Técnico/a de Mantenimiento de Instalaciones (HLA-2026-0147)",
      date="2026-02-24 18:05", parent="hosp_invite", quote="outlook",
      text="""Buenas tardes, Marta:

Muchas gracias por la convocatoria. Confirmo mi asistencia el miércoles 4 de marzo a las 10:30.

Un saludo,
Rodrigo Valdivieso Santamaría
Tel. 655 318 402"""),
    M(key="hosp_moved", kind="interview_reschedule_or_cancel", lang="es", company=HOSP,
      contact=MARTA[1], frm=MARTA,
      subject="RE: RE: Entrevista – Técnico/a de Mantenimiento de Instalaciones (HLA-2026-0147)",
      date="2026-02-26 09:30", parent="hosp_own_confirm", quote="es", cte="8bit",
      ics={"uid": "hla-0147-rvs@hlarcos.example.es", "seq": 1, "start": "2026-03-05 12:00",
           "minutes": 60, "summary": "Entrevista Técnico/a de Mantenimiento - R. Valdivieso",
           "location": "Edificio de Gestión, planta 2, sala Segura", "organizer": MARTA},
      text=f"""Hola de nuevo, Rodrigo:

Te escribo porque a D. Andrés Gil le ha surgido una auditoría de la Consejería justo el miércoles por la mañana. ¿Te vendría bien pasar la entrevista al jueves 5 de marzo a las 12:00, en la misma sala?

Te envío la convocatoria actualizada. Disculpa las molestias.

Un saludo,

{HOSP_SIG}"""),
    M(key="hosp_own_thanks", kind="other", lang="es", frm=ME, to=[MARTA],
      subject="Gracias por la entrevista de hoy",
      date="2026-03-05 19:20", cs="windows-1252",
      text="""Hola, Marta:

Quería daros las gracias a ti y a D. Andrés Gil por el tiempo que me dedicasteis esta mañana. Me gustó mucho conocer la central térmica y el plan de mantenimiento preventivo del bloque quirúrgico; me encantaría formar parte del equipo.

Quedo a vuestra disposición para cualquier documentación adicional (titulación de RITE, carné de instalador de gas, etc.).

Un saludo cordial,
Rodrigo Valdivieso Santamaría"""),
    M(key="hosp_second_round", kind="interview_invitation", lang="es", company=HOSP,
      contact=MARTA[1], frm=MARTA, cc=[("Andrés Gil Sandoval", "agil@hlarcos.example.es")],
      subject="Segunda fase: visita técnica y entrevista con Dirección de Ingeniería",
      date="2026-03-12 10:15", parent="hosp_own_thanks", quote="es", fmt="alt",
      text=f"""Hola, Rodrigo:

Gracias por tu mensaje. Nos alegra contarte que has pasado a la segunda fase del proceso.

Te citamos el jueves 19 de marzo a las 9:00 para una visita técnica guiada por las instalaciones (sala de calderas, enfriadoras y cuadros generales) seguida de una entrevista con la Directora de Ingeniería, Dña. Rocío Mateos. Calcula unas dos horas y media en total. Trae calzado de seguridad, por favor.

Confírmame si te viene bien.

{HOSP_SIG}

{HOSP_LEGAL}"""),
    M(key="hosp_offer", kind="offer", lang="es", company=HOSP, contact=MARTA[1], frm=MARTA,
      subject="Propuesta de incorporación – Técnico/a de Mantenimiento de Instalaciones",
      date="2026-04-07 13:00", cs="iso-8859-1", cte="base64",
      attach=[("Propuesta_incorporacion_HLA-2026-0147.pdf", [
          "Hospital Universitario Los Arcos del Segura - Direccion de Recursos Humanos",
          "Propuesta de incorporacion",
          "Candidato: Rodrigo Valdivieso Santamaria",
          "Puesto: Tecnico de Mantenimiento de Instalaciones (turno rotatorio)",
          "Retribucion bruta anual: 28.400 EUR + complementos de turnicidad",
          "Fecha prevista de incorporacion: 4 de mayo de 2026",
      ])],
      text=f"""Hola, Rodrigo:

¡Enhorabuena! Tras finalizar el proceso de selección, el Hospital Universitario Los Arcos del Segura quiere ofrecerte el puesto de Técnico de Mantenimiento de Instalaciones, con contrato indefinido y turno rotatorio.

Te adjunto la propuesta de incorporación con la retribución (28.400 euros brutos anuales más complementos de turnicidad y nocturnidad), la jornada y la fecha prevista de inicio, el 4 de mayo.

Te agradeceríamos una respuesta antes del martes 14 de abril. Si tienes cualquier duda, llámame sin problema.

Un abrazo,

{HOSP_SIG}

{HOSP_LEGAL}"""),
    M(key="hosp_own_question", kind="other", lang="es", frm=ME, to=[MARTA],
      subject="RE: Propuesta de incorporación – Técnico/a de Mantenimiento de Instalaciones",
      date="2026-04-07 21:10", parent="hosp_offer", quote="es", cs="utf-8", cte="8bit",
      text="""Hola, Marta:

¡Muchísimas gracias por la noticia! Estoy muy contento.

Antes de confirmar, ¿podrías indicarme si el turno rotatorio incluye guardias localizadas los fines de semana y cómo se compensan? También quería saber si existe posibilidad de formación en gestión energética (ISO 50001).

Un saludo,
Rodrigo"""),
    M(key="hosp_contract", kind="offer", lang="es", company=HOSP, contact=MARTA[1], frm=MARTA,
      subject="RE: RE: Propuesta de incorporación – contrato para firma",
      date="2026-04-14 11:00", parent="hosp_own_question", quote="es", fmt="alt",
      attach=[("Contrato_indefinido_RValdivieso.pdf", [
          "CONTRATO DE TRABAJO POR TIEMPO INDEFINIDO",
          "Empresa: Hospital Universitario Los Arcos del Segura",
          "Trabajador: Rodrigo Valdivieso Santamaria",
          "Categoria: Tecnico de Mantenimiento",
          "Firma del trabajador: ______________________",
      ])],
      text=f"""Hola, Rodrigo:

Respondo a tus dudas: las guardias localizadas son de un fin de semana al mes y se compensan con 190 euros más las horas de intervención. Sobre la formación, el plan anual incluye un curso de gestión energética ISO 50001 en otoño.

Como ya nos confirmaste por teléfono que aceptas la propuesta, te adjunto el contrato para que lo revises y lo firmes. Puedes traerlo firmado el día de la acogida o enviármelo escaneado.

Bienvenido al equipo.

{HOSP_SIG}"""),
    # ------------------------------------------------------------ B: Mantenia (offer)
    M(key="mant_ack", kind="application_received", lang="es", company=MANT, contact="",
      frm=("Mantenia", "mantenia@myworkday.com"),
      subject="Mantenia: solicitud recibida para Facility Manager Junior – Valencia (R-10482)",
      date="2026-06-02 07:45", zone="utc", fmt="html", brand="Mantenia Careers",
      text="""Estimado/a Rodrigo:

Gracias por tu interés en Mantenia Facility Services. Hemos recibido tu solicitud para la posición Facility Manager Junior – Valencia (R-10482).

Debido al elevado número de candidaturas, no podemos responder individualmente a cada persona. Si tu perfil encaja con los requisitos, un miembro de nuestro equipo de Talent Acquisition se pondrá en contacto contigo.

Puedes consultar el estado de tu candidatura en nuestro portal de empleo en cualquier momento.

Atentamente,
Equipo de Talent Acquisition
Mantenia Facility Services"""),
    M(key="mant_screen", kind="interview_invitation", lang="es", company=MANT,
      contact=IVAN[1], frm=IVAN,
      subject="Facility Manager Junior Valencia – ¿hablamos por teléfono?",
      date="2026-06-09 16:20",
      text=f"""Hola Rodrigo, ¿qué tal?

Soy Iván, de Talent Acquisition en Mantenia. He visto tu candidatura para Facility Manager Junior en Valencia y me ha parecido muy interesante tu experiencia en mantenimiento hotelero.

¿Te parece que tengamos una primera llamada de unos 20-25 minutos? Te propongo el jueves 11 de junio a las 10:00. Te llamaría yo al 655 318 402, que es el número que figura en tu CV.

Si no te encaja, dime otra franja esta semana y lo cuadramos.

Saludos,

{IVAN_SIG}"""),
    M(key="mant_missed", kind="missed_interview_notice", lang="es", company=MANT,
      contact=IVAN[1], frm=IVAN,
      subject="Re: Facility Manager Junior Valencia – ¿hablamos por teléfono?",
      date="2026-06-11 10:34", parent="mant_screen", quote="es", cte="quoted-printable",
      text=f"""Hola Rodrigo:

Te he llamado a las 10:00 como habíamos quedado y otra vez a las 10:15, pero no he conseguido hablar contigo (salta el buzón de voz).

Imagino que te ha surgido algo. Si sigues interesado, dime cuándo te viene bien y lo intentamos de nuevo esta semana o la que viene.

Un saludo,

{IVAN_SIG}"""),
    M(key="mant_own_sorry", kind="other", lang="es", frm=ME, to=[IVAN],
      subject="Re: Facility Manager Junior Valencia – ¿hablamos por teléfono?",
      date="2026-06-11 13:02", parent="mant_missed", quote="es",
      text="""Hola Iván:

Te pido disculpas. Estaba en una avería de la enfriadora del hotel en la azotea y me quedé sin cobertura; no vi las llamadas hasta hace un rato.

Sigo muy interesado. ¿Podríamos hablar mañana viernes a cualquier hora a partir de las 15:00, o el lunes por la mañana?

Gracias por tu comprensión,
Rodrigo"""),
    M(key="mant_onsite", kind="interview_invitation", lang="es", company=MANT,
      contact=IVAN[1], frm=IVAN, cc=[("Lorena Sempere", "lorena.sempere@mantenia.example.com")],
      subject="Entrevista presencial – Facility Manager Junior (R-10482)",
      date="2026-06-17 11:48", fmt="alt",
      ics={"uid": "R-10482-onsite-rvs@mantenia.example.com", "start": "2026-06-24 09:30",
           "minutes": 75, "summary": "Entrevista presencial Facility Manager Junior",
           "location": "Mantenia, C/ Colón 48, 5.ª planta, Valencia", "organizer": IVAN},
      text=f"""Hola Rodrigo:

Gracias por la charla del viernes, fue muy agradable. Como te comenté, el siguiente paso es una entrevista presencial con Lorena Sempere, Facility Manager de la cartera de centros comerciales y oficinas de Valencia.

Fecha: miércoles 24 de junio
Hora: 9:30 (duración aproximada 1 h 15 min)
Lugar: C/ Colón 48, 5.ª planta, Valencia

Te he enviado una invitación de calendario. En la segunda parte harás un pequeño caso práctico sobre un plan de mantenimiento preventivo con GMAO, así que ven con tiempo.

Un saludo,

{IVAN_SIG}"""),
    M(key="mant_moved", kind="interview_reschedule_or_cancel", lang="es", company=MANT,
      contact=IVAN[1], frm=IVAN,
      subject="Cancelada: Entrevista presencial Facility Manager Junior – nueva fecha",
      date="2026-06-22 17:05", parent="mant_onsite", cs="windows-1252", cte="quoted-printable",
      ics={"uid": "R-10482-onsite-rvs@mantenia.example.com", "seq": 1, "method": "CANCEL",
           "start": "2026-06-24 09:30", "minutes": 75,
           "summary": "Entrevista presencial Facility Manager Junior",
           "location": "Mantenia, C/ Colón 48, 5.ª planta, Valencia", "organizer": IVAN},
      text=f"""Hola Rodrigo:

Lorena tiene que cubrir una incidencia en uno de los centros comerciales el miércoles, así que he anulado la cita del 24. Tu candidatura sigue adelante, no te preocupes.

¿Te vendría bien el viernes 26 de junio a las 12:00, mismo sitio? En cuanto me confirmes te mando la nueva invitación.

Perdona el cambio,

{IVAN_SIG}"""),
    M(key="mant_verbal", kind="offer", lang="es", company=MANT, contact=IVAN[1], frm=IVAN,
      subject="Resumen de nuestra llamada – propuesta Mantenia",
      date="2026-07-08 18:30", cte="8bit",
      text=f"""Hola Rodrigo:

Como te he adelantado por teléfono, Lorena y el equipo de dirección han quedado muy contentos con el proceso y queremos ofrecerte el puesto de Facility Manager Junior en Valencia.

Resumen de lo que hemos hablado:
- Salario: 32.000 € brutos anuales + 10 % de variable por objetivos
- Vehículo de empresa y teléfono
- Incorporación: 1 de septiembre (flexible)
- Contrato indefinido, periodo de prueba de seis meses

En los próximos días te llegará la carta de oferta formal desde nuestro equipo de People del grupo. Cualquier duda, aquí estoy.

¡Enhorabuena!

{IVAN_SIG}"""),
    M(key="mant_own_counter", kind="other", lang="es", frm=ME, to=[IVAN],
      subject="Re: Resumen de nuestra llamada – propuesta Mantenia",
      date="2026-07-10 09:12", parent="mant_verbal", quote="es",
      text="""Hola Iván:

Muchas gracias, de verdad. La propuesta me interesa mucho.

Tras pensarlo, te planteo si sería posible subir el fijo a 34.000 €, teniendo en cuenta mis certificaciones de RITE y frío industrial y que ahora tengo a mi cargo a tres técnicos. Por lo demás, todo me encaja.

Un saludo,
Rodrigo"""),
    M(key="mant_revised", kind="offer", lang="es", company=MANT, contact=IVAN[1], frm=IVAN,
      subject="Re: Resumen de nuestra llamada – propuesta Mantenia",
      date="2026-07-14 12:25", parent="mant_own_counter", quote="es", cte="base64",
      text=f"""Hola Rodrigo:

Lo he hablado con dirección y podemos mejorar la oferta: 33.500 € brutos anuales fijos, manteniendo el 10 % de variable, el coche y la fecha de incorporación.

Si te parece bien, pido a People que emitan la carta de oferta con estas condiciones.

Un abrazo,

{IVAN_SIG}"""),
    M(key="mant_letter_en", kind="offer", lang="en", company=MANT,
      contact="helen.moss@mantenia.example.com",
      frm=("Helen Moss", "helen.moss@mantenia.example.com"),
      subject="Your offer letter – Junior Facility Manager, Valencia",
      date="2026-07-16 10:40", zone="uk", fmt="alt", brand="Mantenia Group People",
      attach=[("Mantenia_Offer_Letter_RValdivieso.pdf", [
          "Mantenia Facility Services - Group People",
          "Offer of Employment",
          "Dear Rodrigo Valdivieso Santamaria,",
          "We are pleased to offer you the position of Junior Facility Manager (Valencia).",
          "Base salary: EUR 33,500 gross per year; variable: up to 10%.",
          "Start date: 1 September 2026. Please sign and return by 24 July 2026.",
      ])],
      text="""Dear Rodrigo,

On behalf of Mantenia Facility Services, I am delighted to send you your formal offer of employment for the role of Junior Facility Manager, based in Valencia, reporting to Lorena Sempere.

The attached letter sets out the terms we agreed with Iván: a base salary of EUR 33,500 gross per year, a variable bonus of up to 10%, a company car and phone, and a start date of 1 September 2026.

Please review the letter and return a signed copy by 24 July. Our HR team in Valencia will then prepare your Spanish employment contract.

Kind regards,

Helen Moss
Group People Partner, Mantenia Facility Services
2 Finsbury Yard, London EC2A 4XX
+44 20 7946 0312"""),
    M(key="mant_sign_en", kind="offer", lang="en", company=MANT, contact="",
      frm=("Mantenia People via eSign", "no-reply@esign.mantenia.example.com"),
      subject="Action required: please sign your employment agreement (Mantenia)",
      date="2026-07-27 08:10", zone="utc", fmt="html", brand="Mantenia eSign",
      text="""Hello Rodrigo Valdivieso Santamaría,

Mantenia Facility Services has sent you your employment agreement (Junior Facility Manager, Valencia – permanent contract) for electronic signature.

Review and sign the document before 3 August 2026. Once every party has signed, you will receive a completed copy by email.

Do not share this email: the signing link is personal.

This message was sent automatically. Replies to this address are not monitored."""),
    # ------------------------------------------------------------ C: Tejo Bay Hotels (Lisbon)
    M(key="tejo_ack", kind="application_received", lang="en", company=TEJO, contact="",
      frm=("Tejo Bay Hotels", "no-reply@us.greenhouse-mail.io"), lisbon=True,
      subject="Thank you for applying to Tejo Bay Hotels",
      date="2026-03-16 14:22", zone="utc", fmt="alt", brand="Tejo Bay Hotels",
      text="""Hi Rodrigo,

Thanks for applying for the Engineering Supervisor (Lisbon – Riverside) role at Tejo Bay Hotels. Your application has been received and our team will review it shortly.

We receive a large number of applications and cannot get back to every applicant individually, but if your profile is a match, someone from the team will reach out.

Warm regards,
The Tejo Bay Hotels Talent Team"""),
    M(key="tejo_invite", kind="interview_invitation", lang="en", company=TEJO,
      contact=EMMA[1], frm=("Emma Clarke via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=EMMA, lisbon=True,
      subject="Interview invitation – Engineering Supervisor, Tejo Bay Riverside",
      date="2026-03-25 11:05", zone="wet", fmt="alt",
      text="""Hi Rodrigo,

Thanks again for your interest in Tejo Bay Hotels! I'd love to set up a video interview with you and our Director of Engineering, Tiago Marques.

Please pick a 45-minute slot that suits you using the scheduling link in this email (times are shown in Lisbon time). Slots are available from 31 March to 3 April.

We'll use Microsoft Teams; the link will be in the calendar invite once you've booked.

Best,
Emma Clarke
Talent Acquisition Manager, Tejo Bay Hotels
Rua da Ribeira Nova 27, 1200-370 Lisboa"""),
    M(key="tejo_moved", kind="interview_reschedule_or_cancel", lang="en", company=TEJO,
      contact=EMMA[1], frm=EMMA, lisbon=True,
      subject="Re: Interview invitation – Engineering Supervisor, Tejo Bay Riverside",
      date="2026-03-31 08:47", zone="wet", parent="tejo_invite", quote="en",
      text="""Hi Rodrigo,

I'm so sorry for the short notice – Tiago has been called to an emergency at our Cascais property this afternoon, so we need to push your interview (today at 15:00 Lisbon time).

Could you do Thursday 2 April at 11:00 or 16:00 instead? Just reply with whichever works and I'll send a new Teams invite.

Apologies again,
Emma"""),
    M(key="tejo_own_thanks", kind="other", lang="en", frm=ME, to=[EMMA],
      cc=[("Tiago Marques", "tiago.marques@tejobayhotels.example.pt")],
      subject="Thank you – Engineering Supervisor interview",
      date="2026-04-02 18:40",
      text="""Dear Emma, dear Tiago,

Thank you for taking the time to speak with me this morning. I really enjoyed hearing about the chiller replacement project at Riverside and how the engineering team supports guest experience.

I remain very interested in the role and would be happy to relocate to Lisbon. Please let me know if you need references or anything else from me.

Best regards,
Rodrigo Valdivieso Santamaría"""),
    M(key="tejo_reject", kind="rejection", lang="en", company=TEJO, contact=EMMA[1],
      frm=EMMA, lisbon=True,
      subject="Re: Thank you – Engineering Supervisor interview",
      date="2026-04-15 17:22", zone="wet", parent="tejo_own_thanks", quote="en", cte="base64",
      text="""Hi Rodrigo,

Thank you for your lovely note and for the time you invested in our process. Tiago enjoyed the conversation.

After a lot of consideration, we've decided to move forward with a candidate whose experience with Portuguese building regulations and local contractors more closely matches what the Riverside team needs right now.

This was a close decision, and we'd be glad to keep your details on file for future engineering roles in our hotels.

All the best,
Emma"""),
    # ------------------------------------------------------------ D: Sonnenwerk Rhein (Düsseldorf)
    M(key="sonne_ack", kind="application_received", lang="de", company=SONNE, contact="",
      frm=("Sonnenwerk Rhein Karriere", "no-reply@teamtailor-mail.com"),
      subject="Danke für deine Bewerbung bei Sonnenwerk Rhein!",
      date="2026-04-20 09:14", zone="utc", fmt="html", brand="Sonnenwerk Rhein",
      text="""Hallo Rodrigo,

vielen Dank für deine Bewerbung als Servicetechniker PV & Gebäudetechnik (m/w/d) in Düsseldorf! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen genau an.

Du hörst spätestens in zwei Wochen von uns.

Sonnige Grüße
Dein Sonnenwerk-Team

Diese E-Mail wurde automatisch versendet."""),
    M(key="sonne_invite", kind="interview_invitation", lang="de", company=SONNE,
      contact=JONAS[1], frm=JONAS, fmt="alt", cs="iso-8859-1",
      ics={"uid": "sw-rhein-2026-118@sonnenwerk-rhein.example.de", "start": "2026-05-06 14:00",
           "minutes": 45, "summary": "Videointerview Servicetechniker PV - Valdivieso",
           "location": "Microsoft Teams", "organizer": JONAS, "tzid": "Europe/Berlin"},
      subject="Einladung zum Videointerview – Servicetechniker PV & Gebäudetechnik",
      date="2026-04-29 10:02",
      text="""Hallo Herr Valdivieso,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Sonnenwerk Rhein. Ihr Profil hat uns überzeugt, und wir möchten Sie gern näher kennenlernen.

Wir laden Sie zu einem Videointerview am Mittwoch, 6. Mai 2026, um 14:00 Uhr (MESZ) ein. Gesprächspartner sind ich und unser Teamleiter Service, Herr Dirk Lohmann. Die Einladung mit dem Teams-Link finden Sie im Anhang.

Das Gespräch kann auf Englisch oder Deutsch stattfinden – ganz wie es Ihnen lieber ist.

Mit freundlichen Grüßen

Jonas Breitenbach
Recruiting & HR
Sonnenwerk Rhein GmbH · Kaiserswerther Str. 201 · 40474 Düsseldorf
Tel. +49 211 5550 8840
Geschäftsführer: Ralf Overbeck · Amtsgericht Düsseldorf HRB 99123"""),
    M(key="sonne_own_confirm", kind="other", lang="de", frm=ME, to=[JONAS],
      subject="AW: Einladung zum Videointerview – Servicetechniker PV & Gebäudetechnik",
      date="2026-04-29 20:15", parent="sonne_invite", quote="de",
      text="""Sehr geehrter Herr Breitenbach,

vielen Dank für die Einladung. Den Termin am 6. Mai um 14:00 Uhr nehme ich gern wahr. Wenn möglich, würde ich das Gespräch auf Englisch führen, einige Fragen kann ich aber auch auf Deutsch beantworten.

Mit freundlichen Grüßen
Rodrigo Valdivieso Santamaría"""),
    M(key="sonne_moved", kind="interview_reschedule_or_cancel", lang="de", company=SONNE,
      contact=JONAS[1], frm=JONAS,
      subject="AW: AW: Einladung zum Videointerview – neuer Termin",
      date="2026-05-04 15:37", parent="sonne_own_confirm", quote="de", cte="8bit",
      cs="iso-8859-1",
      ics={"uid": "sw-rhein-2026-118@sonnenwerk-rhein.example.de", "seq": 2,
           "start": "2026-05-08 10:00", "minutes": 45,
           "summary": "Videointerview Servicetechniker PV - Valdivieso",
           "location": "Microsoft Teams", "organizer": JONAS, "tzid": "Europe/Berlin"},
      text="""Hallo Herr Valdivieso,

leider muss Herr Lohmann am Mittwoch kurzfristig zu einer Großanlage nach Krefeld. Wir würden das Interview deshalb gern auf Freitag, 8. Mai, 10:00 Uhr verschieben. Die aktualisierte Einladung ist angehängt.

Englisch passt selbstverständlich.

Viele Grüße
Jonas Breitenbach
Recruiting & HR · Sonnenwerk Rhein"""),
    M(key="sonne_reject", kind="rejection", lang="de", company=SONNE, contact=JONAS[1],
      frm=JONAS, subject="Ihre Bewerbung bei Sonnenwerk Rhein",
      date="2026-05-19 11:28", cs="windows-1252", cte="quoted-printable",
      text="""Sehr geehrter Herr Valdivieso,

nochmals vielen Dank für das angenehme Gespräch am 8. Mai und die Zeit, die Sie sich genommen haben.

Nach sorgfältiger Abwägung haben wir uns für einen anderen Bewerber entschieden, der bereits über die Elektrofachkraft-Qualifikation nach deutschem Recht verfügt, die für Arbeiten an unseren Wechselrichteranlagen zwingend erforderlich ist.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Jonas Breitenbach
Recruiting & HR · Sonnenwerk Rhein"""),
    # ------------------------------------------------------------ E: Hôtels Azur Littoral (Montpellier)
    M(key="azur_ack", kind="application_received", lang="fr", company=AZUR, contact="",
      frm=("Hôtels Azur Littoral", "noreply@workablemail.com"),
      subject="Candidature reçue : Responsable technique (H/F) – Montpellier",
      date="2026-05-05 06:58", zone="utc", fmt="alt", brand="Hôtels Azur Littoral",
      text="""Bonjour Rodrigo,

Merci pour votre candidature au poste de Responsable technique (H/F) pour notre établissement de Montpellier – Port Marianne.

Nous l'avons bien reçue et notre équipe la lira avec attention. Si votre profil correspond à nos besoins, nous reviendrons vers vous rapidement.

Bien cordialement,
L'équipe recrutement Hôtels Azur Littoral

Ce message a été envoyé automatiquement, merci de ne pas y répondre."""),
    M(key="azur_invite", kind="interview_invitation", lang="fr", company=AZUR,
      contact=CLAIRE[1], frm=CLAIRE,
      subject="Entretien – Responsable technique Montpellier Port Marianne",
      date="2026-05-18 14:12", cs="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Monsieur Valdivieso,

Suite à l'étude de votre candidature, j'ai le plaisir de vous proposer un premier entretien en visioconférence avec Madame Hélène Roux, directrice de l'hôtel, et moi-même.

Seriez-vous disponible le mardi 26 mai à 10h00 ? L'entretien durera environ 45 minutes et pourra se dérouler en français ou en espagnol pour une partie.

Je vous remercie de me confirmer votre disponibilité.

Bien à vous,

Claire Vidal-Fabre
Chargée de recrutement – Hôtels Azur Littoral
12, allée Jules Milhau – 34000 Montpellier
Tél. : 04 67 55 21 90"""),
    M(key="azur_moved", kind="interview_reschedule_or_cancel", lang="fr", company=AZUR,
      contact=CLAIRE[1], frm=CLAIRE,
      subject="RE: Entretien – Responsable technique Montpellier Port Marianne",
      date="2026-05-22 16:50", parent="azur_invite", quote="fr", cte="8bit",
      text="""Bonjour Monsieur Valdivieso,

Je reviens vers vous car Madame Roux doit s'absenter mardi matin pour une inspection de la commission de sécurité. Nous devons donc décaler notre entretien.

Pourriez-vous vous libérer le jeudi 28 mai à 14h30 ? Le lien de visioconférence restera le même.

Toutes mes excuses pour ce contretemps.

Claire Vidal-Fabre
Chargée de recrutement – Hôtels Azur Littoral"""),
    M(key="azur_reject", kind="rejection", lang="fr", company=AZUR, contact="",
      frm=("Hôtels Azur Littoral", "noreply@workablemail.com"),
      subject="Votre candidature – Responsable technique (H/F)",
      date="2026-06-10 08:30", zone="utc", fmt="html", brand="Hôtels Azur Littoral",
      text="""Bonjour Rodrigo,

Nous vous remercions pour l'intérêt que vous portez à Hôtels Azur Littoral et pour le temps consacré à nos échanges.

Après une étude attentive, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Responsable technique (H/F) à Montpellier.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe recrutement Hôtels Azur Littoral"""),
    # ------------------------------------------------------------ F: Talentia Levante (consultora)
    M(key="talentia_invite", kind="interview_invitation", lang="es",
      company="Centros Comerciales Albufera", contact=TALENTIA[1], frm=TALENTIA,
      subject="Proceso Jefe/a de Mantenimiento – Centro Comercial Albufera Plaza",
      date="2026-01-20 12:10", cs="windows-1252",
      text="""Hola Rodrigo:

Soy Nuria Alcaraz, consultora de Talentia Levante. Estamos llevando en exclusiva la selección de un/a Jefe/a de Mantenimiento para Centros Comerciales Albufera, concretamente para el centro Albufera Plaza (Valencia, unos 90.000 m² de SBA).

Tu perfil nos encaja mucho. ¿Podríamos mantener una entrevista por Teams el lunes 26 de enero a las 17:30? Serán unos 40 minutos y te contaré también el paquete retributivo.

Un saludo,

Nuria Alcaraz Pastor
Senior Consultant · Talentia Levante Consultores
Avda. Maisonnave 33, 03003 Alicante · 965 555 090

La información contenida en este correo es confidencial. Talentia Levante Consultores, S.L. trata sus datos para gestionar procesos de selección."""),
    M(key="talentia_own", kind="other", lang="es", frm=ME, to=[TALENTIA],
      subject="RE: Proceso Jefe/a de Mantenimiento – Centro Comercial Albufera Plaza",
      date="2026-01-20 19:44", parent="talentia_invite", quote="es",
      text="""Hola Nuria:

Gracias por pensar en mí. El lunes 26 a las 17:30 me viene perfecto; quedo atento al enlace de Teams.

Un saludo,
Rodrigo"""),
    M(key="talentia_missed", kind="missed_interview_notice", lang="es",
      company="Centros Comerciales Albufera", contact=TALENTIA[1], frm=TALENTIA,
      subject="Te esperábamos en Teams",
      date="2026-01-26 17:52", cs="iso-8859-1", cte="8bit",
      text="""Hola Rodrigo:

Llevo conectada a la reunión de Teams desde las 17:30 y no te he visto entrar. Te he llamado también al móvil, sin respuesta.

Si ha habido algún problema con el enlace, avísame y buscamos otro hueco. Eso sí, el cliente quiere cerrar la terna la semana que viene, así que iría con algo de prisa.

Nuria Alcaraz Pastor
Talentia Levante Consultores"""),
    M(key="talentia_reject", kind="rejection", lang="es",
      company="Centros Comerciales Albufera", contact=TALENTIA[1], frm=TALENTIA,
      subject="Novedades proceso Albufera Plaza",
      date="2026-02-13 13:37", parent="talentia_missed",
      text="""Hola Rodrigo:

Gracias de nuevo por la entrevista del miércoles 28 y disculpa que no te haya escrito antes.

Ayer presentamos la terna final al cliente. Centros Comerciales Albufera ha valorado tu candidatura, pero finalmente ha decidido seguir con perfiles que ya han gestionado un centro comercial de tamaño similar, así que no vas a continuar en el proceso.

Me quedo con tu CV para próximos procesos de facility management en la zona de Levante; creo que encajarás muy bien en otros proyectos.

Un abrazo,
Nuria"""),
    # ------------------------------------------------------------ G: Harbourline (English recruiter)
    M(key="harbour_cold", kind="other", lang="en", frm=OLIVER,
      subject="Facilities roles in Lisbon – open to a chat?",
      date="2026-02-18 10:05", zone="uk",
      text="""Hi Rodrigo,

I came across your profile and was impressed by your hotel maintenance background on the Costa Blanca. I'm a recruiter at Harbourline Recruitment, focusing on facilities and building services roles across Portugal and Spain for English-speaking employers.

I don't have a specific vacancy to put in front of you today, but a few clients are expanding in Lisbon this year and I'd like to understand what you are looking for.

If you're open to it, just reply with a couple of times that suit you.

Cheers,
Oliver Grant
Senior Consultant – Facilities & Engineering
Harbourline Recruitment · 41 Gracechurch Street, London EC3V 0BT
+44 20 7946 0874"""),
    M(key="harbour_own", kind="other", lang="en", frm=ME, to=[OLIVER],
      subject="Re: Facilities roles in Lisbon – open to a chat?",
      date="2026-02-18 21:30", parent="harbour_cold", quote="en",
      text="""Hi Oliver,

Thanks for reaching out. Yes, I'd be happy to chat. I'm looking for a facility coordinator or facility manager role, ideally with an energy-efficiency focus. I'm free on Friday after 16:00 (Spanish time) or any time on Monday.

Best,
Rodrigo"""),
    M(key="harbour_invite", kind="interview_invitation", lang="en", company="Lusoterra Malls",
      contact=OLIVER[1], frm=OLIVER,
      subject="Lusoterra Malls – first interview, Facilities Coordinator",
      date="2026-03-03 09:40", zone="uk", fmt="alt",
      text="""Hi Rodrigo,

Great news – I presented you to Lusoterra Malls for the Facilities Coordinator role at their Oeiras shopping centre and they'd like to meet you.

First interview: video call with Rui Carvalho (Head of Operations) on Tuesday 10 March at 14:00 Lisbon time (15:00 in Alicante). It'll be about 45 minutes, in English.

Can you confirm you're available? I'll send over some prep notes on the centre tomorrow.

Cheers,
Oliver"""),
    M(key="harbour_ooo", kind="other", lang="en", frm=OLIVER,
      subject="Automatic reply: Re: Lusoterra Malls – first interview, Facilities Coordinator",
      date="2026-03-11 08:00", zone="uk", parent="harbour_invite",
      hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      text="""Thank you for your email. I am out of the office until Monday 16 March with limited access to email.

For anything urgent, please contact my colleague Priya Shah at priya.shah@harbourline.example.co.uk.

Oliver Grant
Harbourline Recruitment"""),
    M(key="harbour_reject", kind="rejection", lang="en", company="Lusoterra Malls",
      contact=OLIVER[1], frm=OLIVER,
      subject="Lusoterra feedback",
      date="2026-03-17 12:55", zone="uk", cs="utf-8", cte="quoted-printable",
      text="""Hi Rodrigo,

Sorry for the slow reply, I was away last week. I've now had feedback from Lusoterra Malls.

Rui liked your hands-on experience, but they've decided not to take your application further – they've gone with someone who already speaks Portuguese and has worked with their CAFM system. I know that's disappointing after a good conversation.

I'll keep you in mind for other roles and will be in touch if anything suitable comes up.

Best,
Oliver"""),
    # ------------------------------------------------------------ H: Personalwerk (German temp agency)
    M(key="pwerk_invite", kind="interview_invitation", lang="de", company="Personalwerk Düsseldorf",
      contact=PWERK[1], frm=PWERK,
      subject="Kennenlerngespräch – Haustechniker (m/w/d) für unseren Kunden",
      date="2026-08-04 09:20", cs="iso-8859-1",
      text="""Guten Tag Herr Valdivieso,

vielen Dank für Ihre Bewerbung über unser Portal. Für einen unserer Kunden, einen großen Betreiber von Einkaufszentren in Düsseldorf, suchen wir ab September einen Haustechniker (m/w/d) in Vollzeit.

Gern möchte ich Sie zu einem telefonischen Kennenlerngespräch einladen: Donnerstag, 6. August, 11:00 Uhr. Ich rufe Sie unter Ihrer spanischen Nummer an.

Bitte bestätigen Sie mir kurz den Termin.

Freundliche Grüße
Sabine Kowalczyk
Personaldisponentin
Personalwerk Düsseldorf GmbH
Graf-Adolf-Straße 70 · 40210 Düsseldorf
Telefon +49 211 5551 2270"""),
    M(key="pwerk_missed", kind="missed_interview_notice", lang="de",
      company="Personalwerk Düsseldorf", contact=PWERK[1], frm=PWERK,
      subject="Unser Telefontermin heute um 11 Uhr",
      date="2026-08-06 11:25", parent="pwerk_invite", cte="quoted-printable",
      text="""Hallo Herr Valdivieso,

ich habe Sie heute um 11:00 Uhr wie vereinbart angerufen, leider aber niemanden erreicht. Auch ein zweiter Versuch um 11:15 Uhr lief ins Leere.

Melden Sie sich gern, wenn Sie weiterhin Interesse haben, dann finden wir einen neuen Termin.

Freundliche Grüße
Sabine Kowalczyk
Personalwerk Düsseldorf"""),
    M(key="pwerk_offer", kind="offer", lang="de", company="Einkaufswelt Rheinbogen",
      contact=PWERK[1], frm=PWERK, fmt="alt",
      subject="Vertragsangebot: Haustechniker im Einsatz bei der Einkaufswelt Rheinbogen",
      date="2026-08-20 14:05",
      attach=[("Arbeitsvertrag_Valdivieso_Personalwerk.pdf", [
          "Personalwerk Duesseldorf - Arbeitsvertrag (Arbeitnehmerueberlassung)",
          "Arbeitnehmer: Rodrigo Valdivieso Santamaria",
          "Einsatz: Einkaufswelt Rheinbogen, Duesseldorf - Haustechnik",
          "Beginn: 14.09.2026 - Stundenlohn: 19,80 EUR brutto",
      ])],
      text="""Hallo Herr Valdivieso,

schön, dass es nach dem Telefonat und dem Vorstellungstermin vor Ort so gut gepasst hat! Die Einkaufswelt Rheinbogen möchte Sie ab dem 14. September als Haustechniker einsetzen.

Im Anhang finden Sie unser Vertragsangebot (Stundenlohn 19,80 € brutto, Vollzeit, Übernahmeoption nach sechs Monaten). Bitte prüfen Sie den Vertrag und senden Sie ihn bis zum 27. August unterschrieben zurück.

Bei Fragen erreichen Sie mich jederzeit.

Freundliche Grüße
Sabine Kowalczyk
Personaldisponentin · Personalwerk Düsseldorf"""),
    # ------------------------------------------------------------ I: Intérim Phocéen (Marseille)
    M(key="phoceen_invite", kind="interview_invitation", lang="fr", company="Intérim Phocéen",
      contact=PHOCEEN[1], frm=PHOCEEN,
      subject="Mission technicien de maintenance multitechnique – rendez-vous en agence",
      date="2026-07-01 11:15", cs="windows-1252", cte="quoted-printable",
      text="""Bonjour Rodrigo,

Je fais suite à votre inscription sur notre site. Nous recherchons pour un client du secteur tertiaire à Marseille un technicien de maintenance multitechnique (CVC, électricité, plomberie) pour une mission de trois mois renouvelable.

Je vous propose un rendez-vous en agence le lundi 6 juillet à 9h30 (ou en visio si vous êtes encore en Espagne). Pensez à apporter vos habilitations électriques et une pièce d'identité.

Cordialement,

Karim Benali
Chargé de recrutement
Intérim Phocéen – Agence Marseille Joliette
54, boulevard de Dunkerque – 13002 Marseille
04 91 55 03 77"""),
    M(key="phoceen_offer", kind="offer", lang="fr", company="Foncière Méridia",
      contact=PHOCEEN[1], frm=PHOCEEN,
      subject="Votre contrat de mission – Foncière Méridia (Centre Grand Littoral Sud)",
      date="2026-07-15 16:45", cs="iso-8859-1", cte="base64",
      attach=[("Contrat_de_mission_RValdivieso.pdf", [
          "Interim Phoceen - Contrat de mission",
          "Salarie interimaire : Rodrigo Valdivieso Santamaria",
          "Entreprise utilisatrice : Fonciere Meridia - Centre Grand Littoral Sud",
          "Du 3 aout au 30 octobre 2026 - 35 h / semaine - 15,40 EUR brut / heure",
      ])],
      text="""Bonjour Rodrigo,

Bonne nouvelle : la Foncière Méridia a validé votre profil et souhaite vous accueillir en mission comme technicien de maintenance au centre commercial Grand Littoral Sud à partir du 3 août.

Vous trouverez ci-joint votre contrat de mission (3 mois, 35 h par semaine, 15,40 euros brut de l'heure plus indemnité de fin de mission). Merci de me le retourner signé avant le 24 juillet.

À très vite,

Karim Benali
Chargé de recrutement – Intérim Phocéen"""),
]
