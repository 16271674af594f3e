"""Corpus 297: everything that is not job mail about his own applications: digests, newsletters,
press and podcast interviews, parcels, banks, GPS, viewings, doctors, friends, courses,
cold approaches, out-of-office replies and the candidate's own sent mail."""

from __future__ import annotations

from msgs297_common import CAND, CAND_SIG, bulk, html_shell

MESSAGES: list[dict[str, object]] = []
add = MESSAGES.append

# ============================ Spanish ============================
add({
    "n": "alerta_empleovet", "k": "other", "lang": "es", "ct": "",
    "frm": "EmpleoVet Alertas <alertas@empleovet.example.com>",
    "subj": "12 nuevas ofertas para «técnico veterinario» en Valencia",
    "date": "2026-01-19 07:00 +0100",
    "hdrs": bulk("<alertas.empleovet.example.com>", "https://empleovet.example.com/baja?u=8812"),
    "text": """Hola Joaquín, estas son las nuevas ofertas que coinciden con tu alerta:

1. Delegado/a comercial sanidad animal – Valencia – Publicada hace 1 día
2. ATV hospitalización (turno de noche) – Paterna
3. Técnico/a de soporte a clínicas – Zaragoza – Entrevistas en febrero
4. Promotor/a pet food – Murcia – Incorporación inmediata

Consejo de la semana: no dejes que un rechazo te desanime. Lamentablemente, la mayoría de candidatos recibe varias respuestas negativas antes de conseguir una entrevista.

Gestiona tus alertas o date de baja: https://empleovet.example.com/alertas
""",
})
add({
    "n": "newsletter_rechazo", "k": "other", "lang": "es", "ct": "",
    "frm": "Carrera Vet <newsletter@carreravet.example.com>",
    "subj": "Cómo responder a un rechazo (y preparar la siguiente entrevista)",
    "date": "2026-02-15 10:00 +0100",
    "hdrs": bulk("Carrera Vet <semanal.carreravet.example.com>",
              "mailto:baja@carreravet.example.com?subject=baja"),
    "html": html_shell([
        "Boletín semanal · nº 87",
        "Lamentablemente, recibir un «no» forma parte de cualquier búsqueda de empleo. En este "
        "número te contamos cómo pedir feedback después de una entrevista, qué contestar cuando "
        "te dicen que «han seguido adelante con otros candidatos» y cómo preparar la siguiente "
        "convocatoria.",
        "Además: las cinco preguntas que más se repiten en las entrevistas para delegado "
        "técnico veterinario.",
        "Has recibido este correo porque te suscribiste en carreravet.example.com.",
    ], brand="Carrera Vet", color="#6a4c93", footer="Darse de baja · Preferencias"),
})
add({
    "n": "radio_entrevista", "k": "other", "lang": "es", "ct": "amparo.vives@ondaturia.example.es",
    "frm": "Amparo Vives <amparo.vives@ondaturia.example.es>",
    "subj": "Entrevista en «Bichos en la ciudad» (Onda Turia)", "date": "2026-03-02 12:30 +0100",
    "text": """Hola Joaquín:

Te escribo de Onda Turia, la radio municipal. Preparamos una sección sobre golpes de calor en perros para el programa «Bichos en la ciudad» y tu compañera Marisa nos ha dicho que eres la persona ideal para explicarlo.

¿Te animarías a una entrevista en directo de unos diez minutos el jueves 12 de marzo a las 11:15? Puede ser por teléfono o en el estudio de Benimaclet.

Un saludo y gracias,
Amparo Vives
Redactora · Onda Turia 93.4 FM
""",
})
add({
    "n": "paquete_retraso", "k": "other", "lang": "es", "ct": "",
    "frm": "EnvíaYa <no-reply@enviaya.example.com>",
    "subj": "Lamentablemente, tu envío se ha retrasado", "date": "2026-03-25 08:12 +0100",
    "html": html_shell([
        "Hola Joaquín,",
        "Lamentablemente, tu envío 7734 0091 2280 (remitente: Uniformes Clínicos Sanz) no podrá "
        "entregarse en la fecha prevista por una incidencia en nuestro centro de Ribarroja.",
        "Nueva fecha estimada de entrega: viernes 27 de marzo, entre las 9:00 y las 14:00.",
        "Puedes cambiar la dirección o elegir un punto de recogida desde la app.",
        "Equipo EnvíaYa",
    ], brand="EnvíaYa", color="#e63946", footer="No respondas a este correo automático."),
})
add({
    "n": "banco_posicion", "k": "other", "lang": "es", "ct": "",
    "frm": "Banco Albufera <avisos@bancoalbufera.example.es>",
    "subj": "Tu posición global a 31 de marzo", "date": "2026-04-01 06:30 +0200",
    "text": """Hola, JOAQUÍN:

Ya tienes disponible el resumen de tu posición global a 31/03/2026:

Cuenta Nómina ...4471: 3.214,56 €
Cuenta Ahorro ...0920: 6.800,00 €
Tarjeta de crédito: -412,30 €

Consulta el detalle de movimientos en la banca online o en la app.

Banco Albufera. Este es un mensaje automático; por seguridad, nunca te pediremos claves por correo.
""",
})
add({
    "n": "visita_piso", "k": "other", "lang": "es", "ct": "remedios.cano@gmail.example.com",
    "frm": "Remedios Cano <remedios.cano@gmail.example.com>",
    "subj": "Visita al piso de Totana", "date": "2026-10-07 20:14 +0200",
    "text": """Hola Joaquín, soy Remedios, la dueña del piso de la calle Cánovas. Podemos hacer la visita el sábado 10 a las 11 de la mañana; te espero en el portal.

El piso tiene dos habitaciones, está amueblado y admite mascotas pequeñas, como te comenté. Si te interesa, la fianza son dos meses.

Un saludo
""",
})
add({
    "n": "dentista", "k": "other", "lang": "es", "ct": "",
    "frm": "Clínica Dental Russafa <citas@dentalrussafa.example.es>",
    "subj": "Recordatorio de cita: martes 21/04 a las 18:30", "date": "2026-04-19 10:00 +0200",
    "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": """Estimado/a paciente:

Le recordamos su cita en Clínica Dental Russafa:

Paciente: Joaquín Ferreyra
Fecha: martes 21 de abril de 2026, 18:30
Tratamiento: revisión e higiene
Profesional: Dra. Elena Mas

Si no puede acudir, avísenos con 24 horas de antelación llamando al 963 74 11 09.

Clínica Dental Russafa · C/ Sueca 31 · Valencia
""",
})
add({
    "n": "amiga_rechazo", "k": "other", "lang": "es", "ct": "lucia.monzo@correo.example.es",
    "frm": "Lucía Monzó <lucia.monzo@correo.example.es>", "subj": "ufff, a mí también me han dicho que no",
    "date": "2026-03-07 22:41 +0100",
    "text": """Joaqui!!

Acabo de ver tu mensaje. A mí también me ha llegado el rechazo de Laboratorios Alcora, el típico «hemos decidido seguir adelante con otra persona». Y yo ni siquiera pasé de la primera entrevista, así que tú llegaste más lejos 😅

El lunes te llamo y nos tomamos algo para quejarnos a gusto. Lo de Murcia y lo de Múnich sigue en pie, ¿no?

Besos,
Lu
""",
})
add({
    "n": "amigo_reenvia", "k": "other", "lang": "es", "ct": "pablo.gascon@correo.example.es",
    "frm": "Pablo Gascón <pablo.gascon@correo.example.es>",
    "subj": "Fwd: Convocatoria entrevista - Comercial técnico ganadero",
    "date": "2026-05-22 09:12 +0200",
    "text": """Joaquín, mira lo que me ha llegado: ¡me llaman de Agropecuaria Jalón para una entrevista! Te lo reenvío porque creo que buscan a otro comercial para Teruel y a lo mejor te interesa mandar el CV.

Te adjunto su correo tal cual. ¿Me ayudas a preparar la entrevista? Tú ya eres un experto.

Pablo
""",
    "fwd": {
        "frm": "RRHH Agropecuaria Jalón <seleccion@agrojalon.example.es>",
        "to": "Pablo Gascón <pablo.gascon@correo.example.es>",
        "subj": "Convocatoria entrevista - Comercial técnico ganadero",
        "date": "2026-05-21 17:30 +0200",
        "text": """Estimado Pablo:

Le convocamos a una entrevista para el puesto de Comercial técnico ganadero el miércoles 27 de mayo a las 10:00 en nuestras instalaciones de Calatayud.

Atentamente,
RRHH Agropecuaria Jalón
""",
    },
})
add({
    "n": "curso_denegado", "k": "other", "lang": "es", "ct": "",
    "frm": "Secretaría Formación Permanente <formacion@univet-levante.example.es>",
    "subj": "Resolución de admisión – Experto en Nutrición Animal Aplicada",
    "date": "2026-02-09 13:00 +0100",
    "text": """Estimado/a solicitante:

Le comunicamos que, una vez finalizado el proceso de admisión al título propio «Experto en Nutrición Animal Aplicada» (edición 2026), lamentablemente no ha obtenido plaza, al haberse cubierto las 30 plazas ofertadas con solicitantes de mayor puntuación.

Ha quedado en el puesto 6 de la lista de espera. Si se produjera alguna baja, contactaríamos con usted.

Secretaría de Formación Permanente
Universidad Veterinaria de Levante
""",
})
add({
    "n": "headhunter_frio", "k": "other", "lang": "es", "ct": "ines.quiroga@vertexsearch.example.es",
    "frm": "Inés Quiroga <ines.quiroga@vertexsearch.example.es>",
    "subj": "¿Hablamos? Oportunidades en sanidad animal", "date": "2026-04-27 08:55 +0200",
    "text": """Hola Joaquín:

He visto tu perfil y tu paso de la clínica hacia el soporte técnico me parece muy interesante. En Vertex Search trabajamos con varios laboratorios y distribuidores de sanidad animal que buscan perfiles como el tuyo.

No tengo ahora mismo una posición concreta, pero me encantaría conocerte y tener tu CV actualizado para cuando surja algo. Si te apetece, respóndeme y te cuento cómo trabajamos.

Un saludo,
Inés Quiroga
Consultora · Vertex Search · Madrid
""",
})
add({
    "n": "envio_moncayo", "k": "other", "lang": "es", "ct": "", "frm": CAND,
    "to": "Cooperativa Ganadera del Moncayo <f.royo@cgmoncayo.example.es>",
    "subj": "Candidatura técnico sanidad animal", "date": "2026-02-25 21:40 +0100",
    "text": f"""Estimado Sr. Royo:

Le escribo en relación con la plaza de técnico de sanidad animal publicada por la cooperativa en el boletín de la comarca. Soy auxiliar técnico veterinario con ocho años de experiencia en clínica de pequeños animales y he hecho prácticas de vacunación y sangrados en explotaciones de ovino.

Le adjunto mi currículum y quedo a su disposición para una entrevista.

{CAND_SIG["es"]}
""",
    "pdf": [("CV_Joaquin_Ferreyra.pdf", [
        "Joaquin Ferreyra - Curriculum Vitae", "Auxiliar Tecnico Veterinario (8 anos)",
        "Clinica Veterinaria Benimaclet, Valencia", "Idiomas: espanol, ingles B2, aleman B1"])],
})
add({
    "n": "pide_cambio_segura", "k": "other", "lang": "es", "ct": "", "frm": CAND,
    "to": "María Lorca <m.lorca@agrosegura.example.es>", "parent": "segura_invite", "quote": "es",
    "subj": "Re: Citación entrevista - técnico de campo ovino/caprino",
    "date": "2026-05-08 14:20 +0200",
    "text": f"""Buenas tardes, María:

Gracias por la citación. ¿Habría alguna posibilidad de hacer la entrevista a partir de las 13:00 en lugar de a las 12:00? Vengo en coche desde Valencia y así no tendría que pedir el día entero en la clínica. Si no es posible, me organizo sin problema.

{CAND_SIG["es"]}
""",
})
add({
    "n": "envio_huerta", "k": "other", "lang": "es", "ct": "", "frm": CAND,
    "to": "Cooperativa Agraria Huerta Sur <esanchez@huertasur.example.es>",
    "subj": "Candidatura: técnico comercial sección ganadera", "date": "2026-07-31 18:05 +0200",
    "text": f"""Buenas tardes:

He visto en la web de la cooperativa que buscan un técnico comercial para la sección ganadera. Les adjunto mi currículum: llevo ocho años como auxiliar técnico veterinario y me interesa mucho dar el salto a la parte comercial y de asesoramiento a socios.

Quedo a su disposición.

{CAND_SIG["es"]}
""",
    "pdf": [("CV_Joaquin_Ferreyra_2026.pdf", [
        "Joaquin Ferreyra", "Auxiliar Tecnico Veterinario - Valencia",
        "Experiencia: hospitalizacion, laboratorio interno, farmacia",
        "Carnet de conducir B, disponibilidad para viajar"])],
})
add({
    "n": "ooo_pilar", "k": "other", "lang": "es", "ct": "pilar.azcona@hvcierzo.example.es",
    "frm": "Pilar Azcona <pilar.azcona@hvcierzo.example.es>",
    "subj": "Respuesta automática: Re: Llamada - Coordinador/a de Soporte Clínico",
    "date": "2026-01-27 14:03 +0100",
    "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    "text": """Hola,

Estaré fuera de la oficina esta tarde y hasta el 28 de enero, con acceso limitado al correo. Para asuntos urgentes de selección puedes escribir a talento@hvcierzo.example.es.

Gracias,
Pilar Azcona
""",
})
add({
    "n": "investigacion_usuarios", "k": "other", "lang": "es", "ct": "",
    "frm": "VetGestión Research <research@vetgestion.example.com>",
    "subj": "¿Nos ayudas? Entrevista de 30 minutos sobre VetGestión (cheque de 30 €)",
    "date": "2026-06-18 11:00 +0200",
    "text": """Hola Joaquín:

Estamos rediseñando el módulo de hospitalización de VetGestión y queremos escuchar a auxiliares y técnicos que lo usan a diario.

Te invitamos a una entrevista de investigación de usuarios de 30 minutos por videollamada. Como agradecimiento, recibirás un cheque regalo de 30 €. Elige tu hueco aquí: https://research.vetgestion.example.com/agenda

No es una entrevista de trabajo ni una evaluación: solo queremos conocer cómo usas la herramienta.

Equipo de Producto de VetGestión
""",
})
add({
    "n": "gps_toby", "k": "other", "lang": "es", "ct": "",
    "frm": "PatitasGPS <alertas@patitasgps.example.com>",
    "subj": "Toby ha salido de la zona segura", "date": "2026-07-11 19:47 +0200",
    "text": """Alerta de zona segura

Toby ha salido de la zona «Casa» a las 19:45.
Última posición: 39.4781, -0.3542 (Av. del Port, Valencia), precisión 8 m.
Batería del collar: 34 %.

Abre la app para ver la posición en tiempo real o activar el modo búsqueda.

PatitasGPS
""",
})
add({
    "n": "asociacion_boletin", "k": "other", "lang": "es", "ct": "",
    "frm": "Asociación de ATV de la Comunitat <boletin@atv-cv.example.es>",
    "subj": "Boletín de junio: convenio, formación y bolsa de empleo",
    "date": "2026-06-05 09:30 +0200",
    "hdrs": bulk("<boletin.atv-cv.example.es>", "https://atv-cv.example.es/baja"),
    "html": html_shell([
        "Estimados/as asociados/as:",
        "Novedades del convenio: la patronal ha rechazado nuestra propuesta de plus de "
        "nocturnidad; seguimos negociando y convocaremos una asamblea en julio.",
        "Formación: curso de anestesia para ATV (septiembre) y taller de comunicación con "
        "propietarios.",
        "Bolsa de empleo: esta semana hay 9 ofertas nuevas. Recuerda que las entrevistas se "
        "conciertan directamente con cada empresa.",
        "Junta Directiva",
    ], brand="ATV Comunitat Valenciana", color="#006d77",
        footer="Para dejar de recibir el boletín, pulse en Darse de baja."),
})
add({
    "n": "webinar_entrevista", "k": "other", "lang": "es", "ct": "",
    "frm": "Carrera Vet Eventos <eventos@carreravet.example.com>",
    "subj": "Webinar gratuito: cómo preparar una entrevista de trabajo en sanidad animal",
    "date": "2026-08-24 12:00 +0200",
    "hdrs": bulk("<eventos.carreravet.example.com>", "https://carreravet.example.com/baja"),
    "text": """Hola Joaquín:

Te invitamos a nuestro webinar gratuito «Tu primera entrevista fuera de la clínica», el jueves 3 de septiembre a las 19:00.

Hablaremos de cómo presentar la experiencia clínica en una entrevista para laboratorios, qué hacer si te cancelan la entrevista a última hora y cómo gestionar un rechazo.

Reserva tu plaza: https://carreravet.example.com/webinar-09

Equipo de Carrera Vet
""",
})
add({
    "n": "companera_turno", "k": "other", "lang": "es", "ct": "marisa.pons@clinicabenimaclet.example.es",
    "frm": "Marisa Pons <marisa.pons@clinicabenimaclet.example.es>",
    "subj": "¿Me cambias el turno del sábado?", "date": "2026-05-05 15:20 +0200",
    "text": """Joaquín, ¿me harías el favor de cambiarme el turno del sábado 16 por el del 23? Tengo una entrevista de trabajo ese viernes en Castellón y no llego a la apertura. No digas nada a la jefa todavía, jeje.

Te debo una.
Marisa
Clínica Veterinaria Benimaclet
""",
})
add({
    "n": "perfil_busquedas", "k": "other", "lang": "es", "ct": "",
    "frm": "ProRed <notificaciones@prored.example.com>",
    "subj": "Has aparecido en 14 búsquedas esta semana", "date": "2026-09-14 08:00 +0200",
    "hdrs": bulk("<semanal.prored.example.com>", "https://prored.example.com/ajustes"),
    "html": html_shell([
        "Joaquín, tu perfil está ganando visibilidad.",
        "Has aparecido en 14 búsquedas esta semana, entre ellas de reclutadores de empresas de "
        "sanidad animal y de nutrición animal.",
        "3 personas han visto tu perfil. Consejo: añade tus certificaciones para aparecer en "
        "más búsquedas.",
    ], brand="ProRed", color="#0a66c2", footer="Darse de baja de estas notificaciones."),
})
# ============================ English ============================
add({
    "n": "vetjobs_digest", "k": "other", "lang": "en", "ct": "",
    "frm": "VetJobs UK <alerts@vetjobs-uk.example.com>",
    "subj": "Your weekly job matches: 8 new roles", "date": "2026-02-23 07:30 +0000",
    "hdrs": bulk("VetJobs UK weekly <weekly.vetjobs-uk.example.com>",
              "https://vetjobs-uk.example.com/unsubscribe?id=55120"),
    "text": """Hi Joaquín,

Here are this week's roles matching "veterinary technical support":

- Technical Services Advisor – animal health – Cambridge
- Clinical Support Specialist – vet group – London (interviews w/c 16 March)
- Territory Manager, pet food – South East

Career tip: Unfortunately, rejection is part of every job hunt. Ask for feedback after each interview and treat it as data, not a verdict.

Manage alerts | Unsubscribe
""",
})
add({
    "n": "podcast_invite", "k": "other", "lang": "en", "ct": "ellie@vetnursehour.example.com",
    "frm": "Ellie Marsh <ellie@vetnursehour.example.com>",
    "subj": "Guest interview on The Vet Nurse Hour?", "date": "2026-04-09 18:20 +0100",
    "text": """Hi Joaquín,

I host The Vet Nurse Hour, a podcast for veterinary nurses around Europe. A listener sent me your post about moving from clinical work into technical support, and I'd love to interview you for an episode on career changes.

Recording would be about 40 minutes over Zoom, any weekday evening in May. No preparation needed beyond a good microphone!

Would you be up for it?

Ellie Marsh
Host, The Vet Nurse Hour
""",
})
add({
    "n": "parcel_delay", "k": "other", "lang": "en", "ct": "",
    "frm": "ParcelSwift <noreply@parcelswift.example.co.uk>",
    "subj": "Unfortunately your parcel is delayed", "date": "2026-09-02 09:10 +0100",
    "text": """Hi Joaquín,

Unfortunately your parcel (tracking PS-88120043-GB) from Animal Health Books Ltd is delayed due to customs checks at our East Midlands hub.

We now expect to deliver it within 3–5 working days. There's nothing you need to do.

ParcelSwift Customer Care
""",
})
add({
    "n": "user_research_en", "k": "other", "lang": "en", "ct": "",
    "frm": "PawCover Research <research@pawcover.example.co.uk>",
    "subj": "Join a 30-minute user interview – £40 voucher", "date": "2026-05-27 13:00 +0100",
    "html": html_shell([
        "Hi Joaquín,",
        "We're improving the PawCover claims app for vet practices and would love to hear "
        "from veterinary nurses.",
        "Would you join a 30-minute remote user interview? You'll be shown a prototype and asked "
        "how you'd submit a claim. Participants receive a £40 voucher.",
        "This is a research session only – not a job interview.",
        "Thanks,\nThe PawCover Research Team",
    ], brand="PawCover", color="#ef476f", footer="You can opt out of research invitations."),
})
add({
    "n": "ooo_olivia", "k": "other", "lang": "en", "ct": "olivia.hart@northbridge.example.co.uk",
    "frm": "Olivia Hart <olivia.hart@northbridge.example.co.uk>",
    "subj": "Automatic reply: Re: Our call today at 10:00", "date": "2026-03-17 10:46 +0000",
    "hdrs": {"Auto-Submitted": "auto-replied"},
    "text": """Thank you for your email. I'm in interviews for the rest of today with limited access to email and will reply as soon as I can.

For urgent matters please contact talent@northbridge.example.co.uk.

Olivia
""",
})
add({
    "n": "envio_northbridge", "k": "other", "lang": "en", "ct": "", "frm": CAND,
    "to": "Northbridge Talent <talent@northbridge.example.co.uk>",
    "subj": "Application – Veterinary Technical Advisor (Companion Animal)",
    "date": "2026-03-01 20:12 +0100",
    "text": f"""Dear Northbridge Talent team,

I have just submitted my application for the Veterinary Technical Advisor role through your careers site and wanted to send a short note as well.

I have eight years' experience as a veterinary nurse in a busy small-animal practice in Valencia, where I run our in-house lab and train new staff on analysers. I speak English (B2), Spanish and German (B1), and I am open to relocating to London.

I attach my CV for convenience.

{CAND_SIG["en"]}
""",
    "pdf": [("Joaquin_Ferreyra_CV_EN.pdf", [
        "Joaquin Ferreyra - CV", "Veterinary nurse, 8 years (Valencia, Spain)",
        "In-house laboratory, analyser training, hospital ward",
        "Languages: Spanish (native), English (B2), German (B1)"])],
})
add({
    "n": "careers_weekly", "k": "other", "lang": "en", "ct": "",
    "frm": "Animal Health Careers Weekly <news@ahcareers.example.com>",
    "subj": "This week: offers, rejections and what recruiters really think",
    "date": "2026-07-27 06:00 +0100",
    "hdrs": bulk("Animal Health Careers Weekly <weekly.ahcareers.example.com>",
              "https://ahcareers.example.com/u/unsub?e=jf"),
    "text": """ANIMAL HEALTH CAREERS WEEKLY

1. How to negotiate your first job offer in industry
2. "We regret to inform you": decoding rejection emails
3. Interview invitation checklist: what to ask before you accept a slot
4. Missed an interview? How to recover with grace

You're receiving this because you subscribed at ahcareers.example.com.
""",
    "html": html_shell([
        "ANIMAL HEALTH CAREERS WEEKLY",
        "1. How to negotiate your first job offer in industry\n"
        "2. \"We regret to inform you\": decoding rejection emails\n"
        "3. Interview invitation checklist: what to ask before you accept a slot\n"
        "4. Missed an interview? How to recover with grace",
    ], brand="AH Careers", color="#264653",
        footer="You're receiving this because you subscribed at ahcareers.example.com."),
})
# ============================ German ============================
add({
    "n": "tierjobs_agent", "k": "other", "lang": "de", "ct": "",
    "frm": "TierJobs Job-Agent <jobagent@tierjobs.example.de>",
    "subj": "Ihr Job-Agent: 5 neue Stellen für „Tiermedizin Vertrieb“",
    "date": "2026-06-29 06:45 +0200",
    "hdrs": bulk("<jobagent.tierjobs.example.de>", "https://tierjobs.example.de/abmelden?a=771"),
    "text": """Guten Morgen,

Ihr Job-Agent hat 5 neue Stellen gefunden:

• Außendienstmitarbeiter Tiergesundheit (m/w/d) – München
• Technischer Berater Futtermittel – Augsburg
• Tiermedizinische Fachangestellte als Produktschulung – Freising

Tipp der Woche: Eine Absage ist kein Urteil über Sie. Bereiten Sie Ihr nächstes Vorstellungsgespräch mit unserer Checkliste vor.

Job-Agent verwalten oder abbestellen: https://tierjobs.example.de/agent
""",
})
add({
    "n": "besichtigung", "k": "other", "lang": "de", "ct": "r.lindner@web.example.de",
    "frm": "Renate Lindner <r.lindner@web.example.de>",
    "subj": "Wohnungsbesichtigung Schleißheimer Straße", "date": "2026-09-24 19:30 +0200",
    "text": """Hallo Herr Ferreyra,

gerne können Sie sich die 2-Zimmer-Wohnung in der Schleißheimer Straße ansehen. Da Sie noch in Spanien sind, biete ich Ihnen eine Besichtigung per Videoanruf am Samstag, 26. September, um 11 Uhr an. Ihr Hund ist kein Problem.

Bitte bringen Sie, sobald vorhanden, eine Kopie Ihres Arbeitsvertrags mit.

Freundliche Grüße
Renate Lindner
""",
})
add({
    "n": "sprachkurs_absage", "k": "other", "lang": "de", "ct": "",
    "frm": "Sprachschule Isar <kurse@sprachschule-isar.example.de>",
    "subj": "Ihre Anmeldung zum Intensivkurs B2 – leider kein Platz", "date": "2026-09-29 14:10 +0200",
    "text": """Sehr geehrter Herr Ferreyra,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 ab dem 2. November. Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können.

Gerne setzen wir Sie auf die Warteliste oder reservieren Ihnen einen Platz im Kurs ab dem 30. November.

Mit freundlichen Grüßen
Ihr Team der Sprachschule Isar
""",
})
add({
    "n": "bitte_verschieben", "k": "other", "lang": "de", "ct": "", "frm": CAND,
    "to": "Thomas Gruber <t.gruber@alpen-personal.example.de>", "parent": "alpen_invite",
    "quote": "de", "subj": "Re: Vorstellungstermin beim Kunden – 26.08.",
    "date": "2026-08-15 10:05 +0200",
    "text": f"""Hallo Herr Gruber,

vielen Dank! Der Termin passt grundsätzlich. Wäre es möglich, das Gespräch auf 13:00 Uhr zu verschieben? Der früheste Flug aus Valencia landet erst um 9:40 in München.

{CAND_SIG["de"]}
""",
})
add({
    "n": "ooo_sabine", "k": "other", "lang": "de", "ct": "sabine.kroll@isarwerk.example.de",
    "frm": "Sabine Kroll <sabine.kroll@isarwerk.example.de>",
    "subj": "Abwesenheitsnotiz: Danke für das Gespräch am 6. August",
    "date": "2026-08-07 09:13 +0200",
    "hdrs": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    "text": """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17. August im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@isarwerk.example.de.

Sabine Kroll
""",
})
add({
    "n": "paket_verspaetet", "k": "other", "lang": "de", "ct": "",
    "frm": "PaketFix <benachrichtigung@paketfix.example.de>",
    "subj": "Leider verzögert sich Ihre Sendung", "date": "2026-10-08 07:55 +0200",
    "html": html_shell([
        "Hallo Joaquín Ferreyra,",
        "leider verzögert sich die Zustellung Ihrer Sendung 00340434 1188 2291 (Absender: "
        "Umzugskartons24). Grund: hohes Sendungsaufkommen im Paketzentrum Aschheim.",
        "Neuer voraussichtlicher Zustelltag: Montag, 12. Oktober.",
        "Ihr PaketFix-Team",
    ], brand="PaketFix", color="#ffcc00", footer="Bitte antworten Sie nicht auf diese E-Mail."),
})
# ============================ French ============================
add({
    "n": "vetoemploi_alerte", "k": "other", "lang": "fr", "ct": "",
    "frm": "VétoEmploi <alertes@vetoemploi.example.fr>",
    "subj": "Nouvelles offres : délégué vétérinaire – Nouvelle-Aquitaine",
    "date": "2026-04-13 07:15 +0200",
    "hdrs": bulk("<alertes.vetoemploi.example.fr>", "https://vetoemploi.example.fr/desinscription"),
    "text": """Bonjour Joaquín,

4 nouvelles offres correspondent à votre alerte :

– Délégué(e) technique santé animale – Bordeaux – entretiens dès mai
– Conseiller(ère) nutrition animale – Mérignac
– ASV référent(e) – Pau

Le conseil de la semaine : malheureusement, un refus arrive souvent sans explication. N'hésitez pas à demander un retour après l'entretien.

Se désinscrire : https://vetoemploi.example.fr/desinscription
""",
})
add({
    "n": "radio_gironde", "k": "other", "lang": "fr", "ct": "margaux.leroy@radiogironde.example.fr",
    "frm": "Margaux Leroy <margaux.leroy@radiogironde.example.fr>",
    "subj": "Demande d'interview – émission « Bêtes de ville »", "date": "2026-06-01 11:40 +0200",
    "text": """Bonjour Joaquín,

Je suis journaliste à Radio Gironde Nature. Élodie Marchand, de Croc'Aquitaine, m'a transmis votre contact : nous préparons une émission sur les métiers de la santé animale en Europe et aimerions vous interviewer sur votre parcours d'auxiliaire vétérinaire en Espagne.

L'interview durerait 15 minutes, par téléphone, le 9 ou le 10 juin. Seriez-vous disponible ?

Bien cordialement,
Margaux Leroy
Radio Gironde Nature
""",
})
add({
    "n": "amie_refus", "k": "other", "lang": "fr", "ct": "mathilde.garnier@courriel.example.fr",
    "frm": "Mathilde Garnier <mathilde.garnier@courriel.example.fr>",
    "subj": "Devine qui a reçu un refus…", "date": "2026-05-08 21:05 +0200",
    "text": """Coucou Joaquín,

Je voulais te raconter : j'ai reçu ce matin un refus de Biogironde pour le poste support client, exactement le même mail type que toi le mois dernier (« nous sommes au regret… »). On devrait monter un club !

Par contre j'ai un entretien mardi chez un distributeur, je te dirai. Et toi, Mérignac, c'est quand ?

Bises,
Mathilde
""",
})
add({
    "n": "envio_landes", "k": "other", "lang": "fr", "ct": "", "frm": CAND,
    "to": "Coopérative Landes Élevage <p.dufau@landes-elevage.example.fr>",
    "subj": "Candidature – technicien sanitaire volailles", "date": "2026-06-17 22:10 +0200",
    "cs": "iso-8859-1", "cte": "quoted-printable",
    "text": f"""Monsieur Dufau,

Je me permets de vous adresser ma candidature au poste de technicien sanitaire volailles. Auxiliaire vétérinaire depuis huit ans en Espagne, je souhaite évoluer vers le conseil en élevage, et la démarche qualité de votre coopérative m'intéresse particulièrement.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

{CAND_SIG["fr"]}
""",
    "pdf": [("CV_Joaquin_Ferreyra_FR.pdf", [
        "Joaquin Ferreyra - CV", "Auxiliaire veterinaire (8 ans) - Valence, Espagne",
        "Langues : espagnol, anglais B2, francais B1"])],
})
add({
    "n": "rdv_medecin", "k": "other", "lang": "fr", "ct": "",
    "frm": "RdvSanté <rappels@rdvsante.example.fr>",
    "subj": "Rappel : rendez-vous avec Dr Anne Moreau demain à 9h15",
    "date": "2026-05-27 18:00 +0200",
    "text": """Bonjour Joaquín Ferreyra,

Nous vous rappelons votre rendez-vous :
Dr Anne Moreau – Médecine générale
Jeudi 28 mai 2026 à 9h15
14 rue Judaïque, 33000 Bordeaux

En cas d'empêchement, merci d'annuler au moins 24 h à l'avance depuis votre espace RdvSanté.
""",
})
add({
    "n": "formation_refus", "k": "other", "lang": "fr", "ct": "",
    "frm": "Centre de formation VetFormaSud <inscriptions@vetformasud.example.fr>",
    "subj": "Votre demande d'inscription – Certificat Conseil en nutrition animale",
    "date": "2026-07-03 10:30 +0200",
    "text": """Bonjour,

Nous avons bien examiné votre dossier d'inscription au Certificat « Conseil en nutrition animale » (session d'octobre 2026).

Malheureusement, nous ne pouvons pas donner une suite favorable à votre demande : la formation est réservée aux titulaires d'un diplôme français d'ASV ou équivalent reconnu. Nous vous invitons à faire une demande d'équivalence auprès de la commission.

Le service des inscriptions
VetFormaSud
""",
})
add({
    "n": "chasseur_froid", "k": "other", "lang": "fr", "ct": "b.girard@vetalents.example.fr",
    "frm": "Baptiste Girard <b.girard@vetalents.example.fr>",
    "subj": "Échange sur votre parcours ?", "date": "2026-03-16 09:25 +0100",
    "text": """Bonjour Joaquín,

Je suis consultant chez Vétalents, cabinet spécialisé dans le recrutement en santé animale. Votre profil bilingue et votre expérience clinique ont attiré mon attention.

Je n'ai pas de poste précis à vous présenter pour l'instant, mais j'aimerais faire connaissance afin de vous solliciter sur de futures missions en France. N'hésitez pas à me répondre si cela vous intéresse.

Cordialement,
Baptiste Girard
Vétalents – Lyon
""",
})
