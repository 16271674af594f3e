"""Reschedules, cancellations and missed-interview notices in the fifty-second corpus; data only."""

from __future__ import annotations

from typing import Any

from make_fiftysecond import Msg, ics, q, thread_id


def Rs(**kw: Any) -> Msg:
    """An interview moved or cancelled by the employer."""
    return Msg(kind="interview_reschedule_or_cancel", **kw)


def Ms(**kw: Any) -> Msg:
    """A notice that the candidate missed an interview."""
    return Msg(kind="missed_interview_notice", **kw)


MESSAGES = [
    Rs(
        scenario="reprogramar_gerente_en_faena",
        lang="es",
        company="Minera Los Andes Centrales",
        contact="francisca@ossandonpartners.example.cl",
        sender=("Francisca Ossandón", "francisca@ossandonpartners.example.cl"),
        subject="RE: Conversación - cargo Superintendente de Proyectos",
        body="""Rodrigo, perdón la lata. El gerente de proyectos tuvo que subir a faena de urgencia y no va a poder hacer la entrevista del jueves 22. Me pidió moverla al martes 27 a la misma hora (11:00). ¿Te acomoda? Si no, lo vemos.

Mil disculpas!
Fran""",
        quote="""De: Rodrigo Almeida Fuentes <rodrigo.almeida@example.cl>
Enviado: viernes, 16 de enero de 2026 14:03
Para: Francisca Ossandón <francisca@ossandonpartners.example.cl>
Asunto: RE: Conversación - cargo Superintendente de Proyectos

Perfecto Francisca, confirmo el jueves 22 a las 11:00 con el gerente de Minera Los Andes Centrales. Saludos!""",
        date="2026-01-20 19:10 -0300",
        in_reply_to=thread_id("reprogramar_gerente_en_faena", "example.cl"),
        cte="quoted-printable",
    ),
    Rs(
        scenario="ics_cancel_teams_en",
        lang="en",
        company="Brightfield Renewables",
        contact="daniel.reyes@brightfield.example.com",
        sender=("Daniel Reyes", "daniel.reyes@brightfield.example.com"),
        subject="Canceled: Intro call - Rodrigo Almeida / Brightfield",
        body="""Hi Rodrigo, apologies, I have to cancel our call tomorrow - our Chile portfolio is going through a reorg and hiring for the CM role is paused for a couple of weeks. I'll reach back out as soon as I know more so we can rebook.

Daniel""",
        date="2026-01-28 18:22 -0600",
        ics=ics("Intro call - Rodrigo Almeida / Brightfield", "2026-01-29 10:00 -0600", 30,
                "daniel.reyes@brightfield.example.com", "brightfield-intro-ra-0129",
                method="CANCEL", status="CANCELLED", sequence=1),
        ics_method="CANCEL",
    ),
    Rs(
        scenario="outlook_updated_time_de",
        lang="de",
        company="Hydro Alpin Bau",
        contact="t.wagner@hydroalpin.example.at",
        sender=("Thomas Wagner", "t.wagner@hydroalpin.example.at"),
        subject="Terminverschiebung: Vorstellungsgespräch Bauleiter Wasserkraft",
        body="""Sehr geehrter Herr Almeida Fuentes,

leider muss unser technischer Leiter kurzfristig auf eine Baustelle. Wir müssen unser Gespräch am Dienstag, 10. März, daher verschieben. Wäre Ihnen Donnerstag, der 12. März, um 17:00 Uhr MEZ recht? Die aktualisierte Einladung liegt bei.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Thomas Wagner
Hydro Alpin Bau GmbH""",
        date="2026-03-06 08:45 +0100",
        ics=ics("Vorstellungsgespräch Almeida Fuentes", "2026-03-12 17:00 +0100", 60,
                "t.wagner@hydroalpin.example.at", "hab-vg-almeida-2026", sequence=1),
        cte="quoted-printable",
    ),
    Rs(
        scenario="goodtime_reschedule_notice",
        lang="en",
        company="Aquanova Systems",
        contact="scheduling@aquanova.example.com",
        sender=("Aquanova Recruiting Coordination", "scheduling@aquanova.example.com"),
        subject="Updated: Panel interview - Program Manager, Water Reuse",
        body="""Hello Rodrigo,

One of the panelists has had a last-minute conflict, so we need to move your panel interview originally scheduled for Tuesday, February 10 at 11:00 AM.

Please pick a new time using the link below. We're sorry for the inconvenience.

Reschedule: https://app.goodtime.example.io/reschedule/7Kd82jq

Aquanova Recruiting Coordination""",
        date="2026-02-09 09:30 -0800",
        fmt="html",
        brand="Aquanova",
    ),
    Rs(
        scenario="cancel_proceso_suspendido_peru",
        lang="es",
        company="Cementos del Altiplano",
        contact="",
        sender=("Cementos del Altiplano", "talento@cementosaltiplano-empleos.example.pe"),
        subject="Cancelación de entrevista programada",
        body="""Hola Rodrigo,

Te informamos que la entrevista virtual programada para el jueves 12 de marzo a las 15:00 con el Jefe de Mantenimiento ha sido cancelada por motivos de agenda del área.

En los próximos días recibirás un nuevo enlace para elegir otro horario.

Equipo de Talento
Cementos del Altiplano
(Mensaje automático, por favor no responder)""",
        date="2026-03-11 18:00 -0500",
        fmt="html",
        brand="Cementos del Altiplano",
    ),
    Rs(
        scenario="agency_move_uk_exclaim",
        lang="en",
        company="Thamesgate Water",
        contact="chloe.barnes@redkiterecruit.example.co.uk",
        sender=("Chloe Barnes", "chloe.barnes@redkiterecruit.example.co.uk"),
        subject="RE: GREAT NEWS!!",
        body="""Hi Rodrigo,

Sooo sorry about this but Mark's been pulled into an urgent board meeting on Wednesday so they've asked if we can push your interview to Friday 27th, same time (2pm UK)? Really hope that works for you!!

Let me know asap and I'll lock it in!

Chloe""",
        quote="""From: Rodrigo Almeida Fuentes <rodrigo.almeida@example.cl>
Sent: 19 February 2026 13:04
To: Chloe Barnes <chloe.barnes@redkiterecruit.example.co.uk>
Subject: RE: GREAT NEWS!!

Hi Chloe, great to hear! Wednesday 25th at 2pm UK works for me.
Best, Rodrigo""",
        date="2026-02-23 16:12 +0000",
        in_reply_to=thread_id("agency_move_uk_exclaim", "example.cl"),
    ),
    Rs(
        scenario="fr_report_entretien",
        lang="fr",
        company="Solaire Méditerranée",
        contact="c.dupont@solaire-med.example.fr",
        sender=("Camille Dupont", "c.dupont@solaire-med.example.fr"),
        subject="Report de notre entretien du 5 mars",
        body="""Bonjour Monsieur Almeida Fuentes,

Notre Directeur du développement international étant retenu en déplacement, nous sommes contraints de reporter l'entretien prévu ce jeudi 5 mars à 15h.

Je reviens vers vous dès que possible avec de nouveaux créneaux. Toutes nos excuses pour ce contretemps.

Bien cordialement,
Camille Dupont
Solaire Méditerranée""",
        date="2026-03-03 17:40 +0100",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    Rs(
        scenario="teams_cambio_hora_colombia",
        lang="es",
        company="Empresa de Energía del Caribe",
        contact="diana.cardenas@energiacaribe.example.com.co",
        sender=("Diana Cárdenas", "diana.cardenas@energiacaribe.example.com.co"),
        subject="Cambio de horario - entrevista con comité",
        body="""Rodrigo, buenas tardes.

Le pido disculpas: por un cambio en la agenda de la Vicepresidencia debemos mover la entrevista del viernes 17 de abril de las 9:00 a.m. a las 2:00 p.m. (hora Colombia), mismo enlace de Teams. ¿Me confirma si le queda bien?

Gracias,
Diana Cárdenas
Empresa de Energía del Caribe""",
        date="2026-04-15 13:22 -0500",
        ics=ics("Entrevista comité - Líder de Proyectos Solares", "2026-04-17 14:00 -0500", 60,
                "diana.cardenas@energiacaribe.example.com.co", "eec-comite-ra-0417", sequence=2),
    ),
    Rs(
        scenario="mobile_cancel_terse_es",
        lang="es",
        company="Vientos Patagónicos",
        contact="msosa@vientospatagonicos.example.com.ar",
        sender=("Martín Sosa", "msosa@vientospatagonicos.example.com.ar"),
        subject="Re: Entrevista martes",
        body="""Rodrigo, tengo que suspender lo del martes, me surgió un viaje a Neuquén. Te reagenda Sofi para la semana que viene. Disculpá!

Enviado desde mi Galaxy""",
        date="2026-03-16 07:48 -0300",
        in_reply_to=thread_id("mobile_cancel_terse_es", "vientospatagonicos.example.com.ar"),
    ),
    Rs(
        scenario="municipal_suspende_entrevistas",
        lang="es",
        company="Municipalidad de Valparaíso",
        contact="concursos@munivalpo.example.cl",
        sender=("Concursos Municipalidad de Valparaíso", "concursos@munivalpo.example.cl"),
        subject="Suspensión entrevistas concurso Director/a de Obras",
        body="""Estimado postulante:

Por medio del presente se informa que, por razones de fuerza mayor (emergencia comunal por incendios forestales), las entrevistas de la Comisión de Selección del concurso para Director/a de Obras Municipales, programadas para el 20 y 21 de abril, quedan suspendidas.

La nueva calendarización será comunicada por este mismo medio.

Atte.,
Comisión de Selección
Municipalidad de Valparaíso""",
        date="2026-04-17 20:05 -0400",
        to=("Rodrigo Almeida Fuentes", "rodrigo.almeida@example.cl"),
        charset="windows-1252",
        cte="quoted-printable",
    ),
    Rs(
        scenario="norway_en_move_time_zone",
        lang="en",
        company="Fjordvann Water Technologies",
        contact="ingrid.solberg@fjordvann.example.no",
        sender=("Ingrid Solberg", "ingrid.solberg@fjordvann.example.no"),
        subject="Re: Interview Tuesday",
        body="""Hi Rodrigo,

I realise I sent the invitation for 09:00 Bergen time, which is 03:00 for you - sorry about that! Could we instead move it to 15:00 CEST (09:00 Santiago) on the same day, Tuesday 28 April? I've updated the invite.

Best regards,
Ingrid""",
        date="2026-04-24 10:14 +0200",
        ics=ics("Interview: Rodrigo Almeida Fuentes - Regional PM LATAM", "2026-04-28 15:00 +0200",
                60, "ingrid.solberg@fjordvann.example.no", "fjv-ra-interview-1", sequence=1),
        in_reply_to=thread_id("norway_en_move_time_zone", "fjordvann.example.no"),
    ),
    Rs(
        scenario="de_absage_termin_krankheit",
        lang="de",
        company="Baulogik",
        contact="mia.schulz@baulogik.example.de",
        sender=("Mia Schulz", "mia.schulz@baulogik.example.de"),
        subject="AW: Nächster Schritt :)",
        body="""Hi Rodrigo,

leider ist unser CTO krank geworden, daher müssen wir das technische Interview am Donnerstag absagen. Sobald er wieder fit ist, schlage ich dir neue Termine vor – vermutlich Anfang nächster Woche.

Sorry für die Umstände!
Mia""",
        quote="""Am 13.05.2026 um 18:02 schrieb Rodrigo Almeida Fuentes <rodrigo.almeida@example.cl>:
""" + q("""Hallo Mia, Donnerstag 15 Uhr passt sehr gut. Bis dann!
Rodrigo"""),
        date="2026-05-19 09:05 +0200",
        in_reply_to=thread_id("de_absage_termin_krankheit", "example.cl"),
        cte="quoted-printable",
    ),
    Rs(
        scenario="banco_lima_reagendar",
        lang="es",
        company="Banco Andino de Inversiones",
        contact="mlopez@bancoandino.example.pe",
        sender=("Milagros López", "mlopez@bancoandino.example.pe"),
        subject="RE: Entrevista con gerencia - Especialista ESG",
        body="""Estimado Rodrigo:

Lamentablemente el Sr. Benavides no podrá atender la entrevista de este jueves 28 por una sesión extraordinaria de directorio. ¿Sería posible reprogramarla para el lunes 1 de junio, 10:00 a.m. hora Lima? Quedo atenta.

Saludos,
Milagros López Vargas
Gestión del Talento | Banco Andino de Inversiones""",
        date="2026-05-26 11:30 -0500",
        in_reply_to=thread_id("banco_lima_reagendar", "example.cl"),
        charset="iso-8859-1",
    ),
    Rs(
        scenario="fr_annulation_poste_gele",
        lang="fr",
        company="Aqualis",
        contact="n.favre@aqualis.example.ch",
        sender=("Nicolas Favre", "n.favre@aqualis.example.ch"),
        subject="Annulation de l'entretien du 29 avril",
        body="""Bonjour Rodrigo,

Je suis désolé de devoir annuler l'entretien final prévu le 29 avril : notre direction vient de décider de revoir l'organigramme du département Ouvrages et le recrutement est suspendu en attendant. Je vous recontacterai d'ici quelques semaines pour vous dire si nous pouvons reprendre le processus.

Meilleures salutations,
Nicolas Favre
Aqualis SA""",
        date="2026-04-24 14:50 +0200",
        ics=ics("Entretien final - R. Almeida Fuentes", "2026-04-29 10:00 +0200", 90,
                "n.favre@aqualis.example.ch", "aqualis-final-ra", method="CANCEL",
                status="CANCELLED", sequence=1),
        ics_method="CANCEL",
    ),
    Rs(
        scenario="puerto_angamos_moved_by_reply",
        lang="es",
        company="Puerto Angamos",
        contact="personas@puertoangamos.example.cl",
        sender=("Gestión de Personas Puerto Angamos", "personas@puertoangamos.example.cl"),
        subject="RE: Entrevista presencial en Mejillones",
        body="""Hola Rodrigo,

Te escribimos porque el Jefe de Mantenimiento estará en una parada de planta el miércoles 8. Necesitamos cambiar tu entrevista al viernes 10 de julio a las 15:00, en la misma dirección. ¿Nos confirmas?

Saludos,
Constanza Pizarro
Gestión de Personas
Puerto Angamos""",
        date="2026-07-06 12:00 -0400",
        in_reply_to=thread_id("puerto_angamos_moved_by_reply", "teamtailor-mail.com"),
    ),
    # missed interview notices
    Ms(
        scenario="llamamos_y_no_contesto",
        lang="es",
        company="Forestal Biobío",
        contact="ignacio.vera@nexoejecutivo.example.cl",
        sender=("Ignacio Vera", "ignacio.vera@nexoejecutivo.example.cl"),
        subject="Entrevista de hoy",
        body="""Rodrigo, te llamé a las 16:00 como quedamos para la entrevista pero no me contestaste y me salió el buzón de voz. ¿Todo bien? Si quieres lo reagendamos, avísame cuándo te puedo volver a llamar.

Ignacio Vera
Nexo Ejecutivo""",
        date="2026-06-17 16:25 -0400",
    ),
    Ms(
        scenario="teams_no_join_en",
        lang="en",
        company="Al Noor Ports & Logistics",
        contact="fatima.alhashimi@alnoorports.example.ae",
        sender=("Fatima Al Hashimi", "fatima.alhashimi@alnoorports.example.ae"),
        subject="RE: Interview Invitation - Senior Manager, Asset Integrity",
        body="""Dear Rodrigo,

The panel was waiting for you at 4:00 PM GST today, but you did not join the Teams meeting. We waited for 15 minutes and also tried calling the mobile number on your CV.

Kindly let us know what happened. Subject to the panel's availability, we may be able to offer an alternative slot.

Warm regards,
Fatima Al Hashimi
Al Noor Ports & Logistics""",
        date="2026-04-06 16:32 +0400",
        in_reply_to=thread_id("teams_no_join_en", "alnoorports.example.ae"),
    ),
    Ms(
        scenario="no_show_ats_template",
        lang="en",
        company="Castellan Engineering",
        contact="",
        sender=("Castellan Engineering", "castellan@myworkday.com"),
        subject="Missed interview - JR-22817",
        body="""Hello Rodrigo Almeida Fuentes,

Our records show that you did not attend your scheduled Technical Interview for JR-22817 Senior Geotechnical Engineer - Tailings on 02/26/2026.

If you are still interested in this position, please log in to Candidate Home within 5 business days to request a new time. If we don't hear from you, your application will be withdrawn.

Castellan Engineering Talent Acquisition""",
        date="2026-02-26 15:10 -0500",
        fmt="html",
        brand="Castellan Engineering",
    ),
    Ms(
        scenario="te_esperamos_presencial",
        lang="es",
        company="Constructora Pehuén",
        contact="seleccion@pehuen.example.cl",
        sender=("Marcela Díaz", "seleccion@pehuen.example.cl"),
        subject="RE: Citación a entrevista",
        body="""Sr. Almeida:

Lo estuvimos esperando hoy a las 09:30 en nuestras oficinas para la entrevista del cargo Administrador de Obra y no se presentó ni avisó. Intentamos comunicarnos a su celular sin éxito.

Si sigue interesado en el proceso, le agradecemos indicarnos el motivo y su disponibilidad.

Marcela Díaz
Jefa de RRHH
Constructora Pehuén""",
        date="2026-02-16 11:05 -0300",
        charset="windows-1252",
        in_reply_to=thread_id("te_esperamos_presencial", "pehuen.example.cl"),
    ),
    Ms(
        scenario="fr_absent_visio",
        lang="fr",
        company="Boréal Énergie",
        contact="mlavoie@borealenergie.example.ca",
        sender=("Marie-Ève Lavoie", "mlavoie@borealenergie.example.ca"),
        subject="Entrevue de ce matin",
        body="""Bonjour Rodrigo,

Nous t'avons attendu ce matin à 10 h sur Teams pour l'entrevue avec l'équipe de projets, mais tu ne t'es pas connecté. J'espère que tout va bien de ton côté.

Est-ce qu'il y a eu un malentendu sur l'heure (on parlait bien de 10 h heure de Montréal)? Écris-moi et on verra si on peut trouver une autre plage.

Marie-Ève""",
        date="2026-05-05 10:40 -0400",
    ),
    Ms(
        scenario="de_nicht_erschienen",
        lang="de",
        company="Windkraft Nordsee",
        contact="j.hartmann@windkraft-nordsee.example.de",
        sender=("Jana Hartmann", "j.hartmann@windkraft-nordsee.example.de"),
        subject="Unser Termin heute um 14:00 Uhr",
        body="""Sehr geehrter Herr Almeida Fuentes,

wir hatten heute um 14:00 Uhr ein Videointerview vereinbart, zu dem Sie leider nicht erschienen sind. Herr Dr. Meyer und ich haben etwa zehn Minuten im Teams-Meeting gewartet.

Sollte es ein technisches Problem gegeben haben, melden Sie sich bitte bei mir. Wir prüfen dann, ob ein neuer Termin möglich ist.

Mit freundlichen Grüßen
Jana Hartmann
Windkraft Nordsee GmbH""",
        date="2026-03-05 14:25 +0100",
        cte="quoted-printable",
    ),
    Ms(
        scenario="mexico_no_se_conecto",
        lang="es",
        company="Hidrógeno Verde del Norte",
        contact="talento@h2vnorte.example.mx",
        sender=("Paola Treviño", "talento@h2vnorte.example.mx"),
        subject="No pudimos conectarnos",
        body="""Hola Rodrigo,

Hoy a las 9:00 te esperamos en la videollamada con nuestro Director de Operaciones, pero no te conectaste. Te marcamos también al número que dejaste en tu solicitud.

Entendemos que pueden pasar imprevistos. Si todavía te interesa la posición, responde a este correo y vemos si se puede buscar otro espacio.

Saludos,
Paola Treviño
Talento | Hidrógeno Verde del Norte""",
        date="2026-08-03 09:40 -0600",
    ),
    Ms(
        scenario="au_uni_tried_calling",
        lang="en",
        company="University of Western Perth",
        contact="r.mcallister@uwp.example.edu.au",
        sender=("Ruth McAllister", "r.mcallister@uwp.example.edu.au"),
        subject="RE: Research Fellow - Mine Water Management: shortlisted",
        body="""Dear Rodrigo,

The panel convened this morning at 8:00 am AWST for your interview but you did not appear in the Zoom room. We tried calling you at the scheduled time on +56 9 ... without success.

I'm aware there can be confusion with time zones; if you'd like us to consider rescheduling, please let me know by Monday.

Regards,
Ruth""",
        date="2026-07-23 08:41 +0800",
        in_reply_to=thread_id("au_uni_tried_calling", "uwp.example.edu.au"),
    ),
    Ms(
        scenario="peru_no_asistio_prueba",
        lang="es",
        company="Constructora Inca Pacífico",
        contact="lquispe@incapacifico.example.pe",
        sender=("Lucía Quispe", "lquispe@incapacifico.example.pe"),
        subject="Inasistencia a entrevista técnica",
        body="""Buenas tardes Ingeniero Almeida,

Le escribo porque esta mañana no se presentó a la entrevista técnica virtual con el Gerente de Obra programada para las 10:00 a.m. El ingeniero lo esperó en la sala de Zoom durante 20 minutos.

Por favor indíquenos si desea continuar en el proceso para evaluar una nueva fecha.

Atentamente,
Lucía Quispe Huamán
Constructora Inca Pacífico""",
        date="2026-03-10 15:02 -0500",
    ),
    Ms(
        scenario="hunter_mobile_donde_estas",
        lang="es",
        company="Aguas del Pacífico",
        contact="carolina.munoz@talentoandino.example.com",
        sender=("Carolina Muñoz", "carolina.munoz@talentoandino.example.com"),
        subject="Rodrigo??",
        body="""Rodrigo, el gerente de Aguas del Pacífico te está esperando en el meet desde las 11, no te has conectado. Te he llamado dos veces. Avísame porfa si tuviste algún problema.

Enviado desde mi iPhone""",
        date="2026-02-12 11:12 -0300",
    ),
]
