"""Everything else: digests, newsletters, traps full of job words, friends, and her own mail."""

from __future__ import annotations

from msgs329_common import ME, ME_SHORT, forwarded, html_page, html_paras, spec

BULK = {"Precedence": "bulk"}


def listed(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **BULK}


ALERT_ES = """Hola Inmaculada,

Estas son las nuevas ofertas que coinciden con tu alerta "técnico selección - Valladolid":

1. Técnico/a de Selección - Consultora de RRHH (Valladolid). Publicada hace 2 días.
2. HR Generalist - Sector automoción (Valladolid). 45 inscritos.
3. Administrativo/a de personal - ETT (Palencia). Incorporación inmediata.
4. Técnico/a de RRHH - Hospital privado (Salamanca). Jornada completa.

CONSEJO DE LA SEMANA: desafortunadamente, el 70 % de los candidatos no prepara la entrevista. \
No dejes que un rechazo te desanime: revisa nuestra guía "10 preguntas de entrevista que \
siempre te hacen".

Gestiona tus alertas o date de baja en empleoduero.example.es/alertas.

Empleo Duero - El portal de empleo de Castilla"""

NEWS_ES_HTML = html_page("""<h1>Boletín RRHH al Día · nº 87</h1>
<h2>Cómo gestionar el rechazo tras una entrevista final</h2>
<p>Lamentablemente, recibir un "no" después de tres entrevistas es más común de lo que parece.
Hablamos con cinco técnicas de selección sobre qué hacer cuando te dicen que han elegido a otra
persona y cómo pedir feedback sin parecer insistente.</p>
<h2>La entrevista por competencias, paso a paso</h2>
<p>El método STAR sigue siendo la herramienta más usada en procesos de selección. Te contamos
cómo preparar ejemplos concretos.</p>
<h2>Agenda</h2>
<p>Jornada "Talento en Castilla", 14 de mayo, Burgos. Inscripción gratuita.</p>
""", "RRHH al Día", "Recibes este boletín porque te suscribiste en rrhhaldia.example.es. "
                    "Darse de baja: rrhhaldia.example.es/baja")

PABLO_INNER = {
    "mid": "pablo_inner_inv", "frm": ("Natalia Arce", "natalia.arce@norcastilla.example.es"),
    "to": [("Pablo Urueña", "pablo.uruena@example.es")],
    "subject": "Entrevista Responsable de Almacén - Grupo Norcastilla",
    "date": "2026-05-18 09:30 +0200", "cte": "quoted-printable",
    "text": """Hola Pablo:

Nos gustaría conocerte para el puesto de Responsable de Almacén en nuestra plataforma de \
Venta de Baños. ¿Te viene bien una entrevista el jueves 21 a las 12:00?

Un saludo,
Natalia Arce
RRHH · Grupo Norcastilla""",
}

SONIA_OLD = """Estimada Sonia:

Agradecemos su participación en el proceso de selección para el puesto de Técnica de \
Formación. Lamentamos comunicarle que hemos decidido continuar con otras candidaturas.

Atentamente,
Departamento de RRHH"""

CLAIRE_OLD = """Bonjour Claire,

Nous vous remercions pour votre candidature. Malheureusement, nous ne pouvons pas y donner \
une suite favorable.

Cordialement,
Le service RH"""

OWN_CV = [("CV_Inmaculada_Berrocal_Quintana.pdf",
           ["Inmaculada Berrocal Quintana", "Valladolid - inma.berrocal@example.es",
            "Paralegal (2018-2026) - Despacho Arribas & Sanz", "Experto en RRHH (UNED, 2025)"])]

SPECS = [
    # ---------------------------------------------------------- es
    spec(kind="other", mid="alert_es", lang="es", company="", contact="",
         frm=("Empleo Duero", "alertas@empleoduero.example.es"),
         subject="4 nuevas ofertas para \"técnico selección - Valladolid\"",
         date="2026-02-02 06:00 +0100", text=ALERT_ES, html=html_paras(ALERT_ES),
         headers=listed("Alertas Empleo Duero <alertas.empleoduero.example.es>",
                        "https://empleoduero.example.es/alertas/baja?u=ibq")),
    spec(kind="other", mid="news_rrhh", lang="es", company="", contact="",
         frm=("RRHH al Día", "newsletter@rrhhaldia.example.es"),
         subject="Boletín 87: el rechazo tras la entrevista final, y cómo pedir feedback",
         subject_enc=("q", "utf-8"), date="2026-04-28 08:00 +0200", html=NEWS_ES_HTML,
         headers=listed("RRHH al Dia <boletin.rrhhaldia.example.es>",
                        "mailto:baja@rrhhaldia.example.es")),
    spec(kind="other", mid="radio_es", lang="es", company="",
         contact="carmen.viana@ondameseta.example.es",
         frm=("Carmen Viana - Onda Meseta", "carmen.viana@ondameseta.example.es"),
         subject="¿Te hacemos una entrevista en 'La Tarde'?", date="2026-05-06 12:40 +0200",
         text="""Hola Inmaculada:

Soy Carmen Viana, productora de "La Tarde" en Onda Meseta. Estamos preparando un especial sobre \
personas que cambian de profesión después de los 35 y Sonia Herrán nos ha hablado de ti.

¿Te animarías a una entrevista en directo de unos diez minutos el martes 12 de mayo a las \
18:15? Puede ser en el estudio (calle Duque de la Victoria) o por teléfono.

Un saludo y gracias,
Carmen Viana
Producción - Onda Meseta"""),
    spec(kind="other", mid="ux_research", lang="es", company="",
         contact="irene.zamora@empleoduero.example.es",
         frm=("Irene Zamora", "irene.zamora@empleoduero.example.es"),
         subject="¿30 minutos para una entrevista de investigación? (tarjeta regalo de 25 €)",
         subject_enc=("b", "utf-8"), date="2026-03-11 11:05 +0100",
         text="""Hola Inmaculada,

Soy Irene, investigadora de experiencia de usuario en Empleo Duero. Estamos rediseñando la \
forma en que los candidatos siguen el estado de sus solicitudes y nos encantaría escuchar tu \
experiencia.

Se trata de una entrevista de investigación de 30 minutos por videollamada. No evaluamos a \
nadie ni tiene nada que ver con ningún proceso de selección. Como agradecimiento, te \
enviaremos una tarjeta regalo de 25 €.

Si te apetece, elige hueco aquí: https://calendar.example.es/irene-ux

¡Gracias!
Irene Zamora
UX Research · Empleo Duero"""),
    spec(kind="other", mid="parcel_es", lang="es", company="", contact="",
         frm=("Envíos Rápidos Meseta", "no-reply@enviosmeseta.example.es"),
         subject="Tu envío 4471-0032-ES se ha retrasado", date="2026-02-23 16:20 +0100",
         html=html_paras("""Hola Inmaculada,

Lamentablemente, tu envío 4471-0032-ES no podrá entregarse en la fecha prevista debido a una \
incidencia en nuestro centro de Valladolid.

Nueva fecha estimada de entrega: miércoles 25 de febrero.

Sentimos las molestias. Puedes seguir tu envío en cualquier momento desde nuestra app.

Envíos Rápidos Meseta""", "Envíos Rápidos Meseta")),
    spec(kind="other", mid="bank_position", lang="es", company="", contact="",
         frm=("Banco Ribera del Duero", "no-reply@bancoribera.example.es"),
         subject="Su posición global a 30/06/2026", date="2026-07-01 05:30 +0200",
         charset="iso-8859-1",
         text="""Estimada clienta:

Ya tiene disponible en la banca online el extracto de su posición global a 30/06/2026, con el \
detalle de sus cuentas, tarjetas y productos de ahorro.

Posición global: 8.412,37 EUR
Variación respecto al mes anterior: +312,10 EUR

Por su seguridad, nunca le pediremos claves por correo electrónico.

Banco Ribera del Duero"""),
    spec(kind="other", mid="landlord_madrid", lang="es", company="",
         contact="chema.robles@example.com", frm=("Chema Robles", "chema.robles@example.com"),
         subject="Visita al piso de Chamberí", date="2026-05-13 21:17 +0200",
         text="""Hola Inmaculada,

Te confirmo la visita al piso de la calle Fuencarral el sábado a las 11:00. Es un tercero sin \
ascensor, te lo digo para que no te lleves sorpresas. Si al final te encaja, necesitaría la \
última nómina o el contrato de trabajo y un mes de fianza.

Llámame si llegas tarde: 600 000 452.

Un saludo,
Chema"""),
    spec(kind="other", mid="dentist_es", lang="es", company="", contact="",
         frm=("Clínica Dental Zorrilla", "no-reply@clinicazorrilla.example.es"),
         subject="Recordatorio de cita - Clínica Dental Zorrilla", date="2026-04-13 10:00 +0200",
         text="""Hola Inmaculada:

Le recordamos su cita de revisión y limpieza:

Día: jueves 16 de abril de 2026
Hora: 17:30
Doctora: Dra. Elvira Cantalapiedra

Si no puede acudir, le rogamos que nos avise con 24 horas de antelación llamando al \
983 000 222.

Clínica Dental Zorrilla"""),
    spec(kind="other", mid="physio_moved", lang="es", company="", contact="",
         frm=("Fisio Campo Grande", "no-reply@fisiocampogrande.example.es"),
         subject="Su cita ha sido modificada", date="2026-06-02 08:45 +0200",
         text="""Hola Inmaculada,

Su cita de fisioterapia del miércoles 3 de junio a las 19:00 ha sido cambiada por \
indisposición del fisioterapeuta.

Nueva cita: jueves 4 de junio a las 18:30, con Álex Portillo.

Si la nueva hora no le viene bien, puede cambiarla desde la app o llamando al centro.

Fisio Campo Grande"""),
    spec(kind="other", mid="dni_cancel", lang="es", company="", contact="",
         frm=("Cita Previa Documentación", "no-reply@citaprevia.example.es"),
         subject="Anulación de cita previa - Renovación DNI", date="2026-09-28 13:12 +0200",
         charset="iso-8859-1", cte="8bit",
         text="""Se ha anulado la siguiente cita previa:

Trámite: Renovación DNI
Oficina: Valladolid - Comisaría de Delicias
Fecha: 01/10/2026 - 09:40

Motivo: cierre extraordinario de la oficina. Puede solicitar una nueva cita en la sede \
electrónica.

Este mensaje se ha generado automáticamente."""),
    spec(kind="other", mid="friend_rej", lang="es", company="",
         contact="sonia.herran@example.es", frm=("Sonia Herrán", "sonia.herran@example.es"),
         subject="Fwd: Proceso de selección Técnica de Formación", date="2026-03-19 22:03 +0100",
         text=f"""Inma, mira lo que me ha llegado hoy :( Otra vez "continuar con otras candidaturas". \
Y eso que la entrevista fue genial, o eso creía yo.

¿Nos tomamos algo el viernes y me animas? Tú que estás en plena búsqueda también me entenderás.

Besos,
Sonia

{forwarded("es", "RRHH Formación Castilla <rrhh@formacioncastilla.example.es>",
           "jue, 19 mar 2026, 13:02", "Proceso de selección Técnica de Formación",
           "sonia.herran@example.es", SONIA_OLD)}"""),
    spec(kind="other", mid="friend_fwd_invite", lang="es", company="",
         contact="pablo.uruena@example.es", frm=("Pablo Urueña", "pablo.uruena@example.es"),
         subject="Fwd: Entrevista Responsable de Almacén - Grupo Norcastilla",
         date="2026-05-18 13:44 +0200",
         text="""Inma!! Me han llamado para entrevista en Norcastilla, te reenvío el correo. Tú que \
ahora eres la experta en selección, ¿me ayudas a prepararla? Te invito a comer el miércoles.

Pablo""", forward=PABLO_INNER),
    spec(kind="other", mid="master_refused", lang="es", company="", contact="",
         frm=("Universidad de Valdeduero - Posgrado", "no-reply@uvaldeduero.example.es"),
         subject="Resolución de admisión - Máster en Dirección de Recursos Humanos",
         date="2026-07-24 12:00 +0200",
         text="""Estimada Inmaculada Berrocal Quintana:

Le comunicamos que, una vez resuelto el proceso de admisión al Máster Universitario en \
Dirección de Recursos Humanos (curso 2026-2027), su solicitud no ha sido admitida por haberse \
cubierto la totalidad de las plazas ofertadas. Ha quedado en la posición 7 de la lista de \
espera.

Si se produjeran vacantes, se le notificará por este medio.

Secretaría de Posgrado
Universidad de Valdeduero"""),
    spec(kind="other", mid="headhunter_cold", lang="es", company="",
         contact="jorge.alcantara@mesetatalent.example.es",
         frm=("Jorge Alcántara", "jorge.alcantara@mesetatalent.example.es"),
         subject="¿Abierta a nuevas oportunidades en RRHH?", date="2026-08-04 09:58 +0200",
         html=html_paras("""Hola Inmaculada,

He visto tu perfil y tu paso del ámbito jurídico a los RRHH, y me ha parecido muy interesante. \
En Meseta Talent trabajamos con empresas industriales y de servicios de Castilla y León que \
buscan perfiles de RRHH con base legal sólida.

No tengo ahora mismo una posición concreta para ti, pero me gustaría tenerte en el radar. Si \
te parece, cuando tengas un rato me cuentas qué tipo de proyecto te motivaría.

Un saludo,
Jorge Alcántara
Socio director · Meseta Talent""")),
    spec(kind="other", mid="own_app_es", lang="es", company="", contact="", frm=ME,
         to=[("Selección Cooperativa Cereales Páramo", "seleccion@paramo.example.es")],
         subject="Candidatura - Técnica de RRHH (ref. RRHH-03)", date="2026-01-12 20:41 +0100",
         text="""Buenas tardes:

Me dirijo a ustedes para presentar mi candidatura a la oferta de Técnica de RRHH (ref. \
RRHH-03) publicada en su web.

Llevo ocho años trabajando como paralegal en un despacho laboralista de Valladolid, donde \
gestiono expedientes de despido, contratos y documentación con la Seguridad Social. Este año he \
completado el curso de Experto en Recursos Humanos y quiero orientar mi carrera hacia la \
selección y la gestión de personas.

Adjunto mi CV. Quedo a su disposición para una entrevista cuando lo consideren oportuno.

Atentamente,
Inmaculada Berrocal Quintana
651 000 238""", attach=OWN_CV),
    spec(kind="other", mid="own_followup_bea", lang="es", company="", contact="", frm=ME_SHORT,
         to=[("Beatriz Olmedo", "beatriz.olmedo@talentocastellano.example.es")],
         parent="claveria_inv", subject="Re: Proceso Técnico/a RRHH - Grupo Hospitalario Clavería",
         date="2026-05-07 10:10 +0200",
         text="""Hola Beatriz:

Perdona que te moleste. ¿Sabes si hay alguna novedad del cliente después de la entrevista del \
día 29? Sigo muy interesada en el puesto.

Muchas gracias,
Inma"""),
    spec(kind="other", mid="own_move_selecta", lang="es", company="", contact="", frm=ME,
         to=[("Raúl Monje", "raul.monje@gruposelecta.example.es")],
         subject="Entrevista en Vidrios del Pisuerga - ¿posible cambio?",
         date="2026-06-19 08:32 +0200", charset="iso-8859-1", cte="8bit",
         text="""Hola Raúl:

Te escribo por la entrevista del martes 23 en Vidrios del Pisuerga. Me han cambiado un juicio \
en el despacho a esa misma tarde y no sé si llegaré a tiempo a Cabezón. ¿Sería posible \
moverla al miércoles o al jueves? Si no se puede, haré lo posible por llegar.

Gracias y perdona las molestias,
Inmaculada"""),
    spec(kind="other", mid="own_accept_pisuerga", lang="es", company="", contact="",
         frm=ME_SHORT, to=[("Lucía Marcos Gil", "lucia.marcos@segurospisuerga.example.es")],
         parent="pisuerga_offer", subject="Re: Carta de oferta - Seguros Pisuerga",
         date="2026-03-12 08:55 +0100",
         text="""Hola, Lucía:

Acepto la oferta encantada. ¡Muchas gracias por todo!

Inma"""),
    spec(kind="other", mid="ooo_bea", lang="es", company="",
         contact="beatriz.olmedo@talentocastellano.example.es",
         frm=("Beatriz Olmedo", "beatriz.olmedo@talentocastellano.example.es"),
         subject="Respuesta automática: Re: Proceso Técnico/a RRHH - Grupo Hospitalario Clavería",
         parent="own_followup_bea", date="2026-05-07 10:10 +0200",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         text="""Gracias por tu mensaje. Estoy fuera de la oficina hasta el lunes 11 de mayo, con \
acceso limitado al correo. Para cualquier tema urgente puedes llamar a la oficina de \
Talento Castellano en el 923 000 850.

Un saludo,
Beatriz Olmedo"""),
    spec(kind="other", mid="webinar_es", lang="es", company="", contact="",
         frm=("Asociación Castellana de Profesionales de RRHH", "eventos@acprrhh.example.es"),
         no_contact_ok=True,
         subject="Webinar gratuito: cómo diseñar una entrevista por competencias",
         date="2026-03-03 17:00 +0100",
         headers=listed("Eventos ACPRRHH <eventos.acprrhh.example.es>",
                        "https://acprrhh.example.es/baja"),
         text="""Estimada socia:

Te invitamos a nuestro próximo webinar, "Cómo diseñar una entrevista por competencias que \
funcione", impartido por Ramiro Sedano, director de selección durante 20 años.

Jueves 12 de marzo, 18:00 h, online. Plazas limitadas.

Veremos cómo evitar sesgos, cómo puntuar las respuestas y cómo comunicar una decisión de \
rechazo de forma respetuosa.

Inscríbete en acprrhh.example.es/webinars

Asociación Castellana de Profesionales de RRHH"""),
    spec(kind="other", mid="card_received", lang="es", company="", contact="",
         frm=("Banco Ribera del Duero", "avisos@bancoribera.example.es"),
         subject="Hemos recibido tu solicitud de tarjeta", date="2026-08-11 15:02 +0200",
         html=html_paras("""Hola Inmaculada,

Hemos recibido tu solicitud de la Tarjeta Ribera Oro. La estamos estudiando y te diremos algo \
en un plazo máximo de 48 horas.

Gracias por confiar en nosotros.

Banco Ribera del Duero""", "Banco Ribera")),
    spec(kind="other", mid="rent_refused", lang="es", company="",
         contact="lorena.tejedor@inmochamberi.example.es",
         frm=("Lorena Tejedor", "lorena.tejedor@inmochamberi.example.es"),
         subject="Solicitud de alquiler - Fuencarral 142", date="2026-05-20 13:26 +0200",
         text="""Hola Inmaculada:

Gracias por enviarnos la documentación para el piso de Fuencarral 142. Lamentablemente el \
propietario se ha decidido por otra solicitud que presentó antes el aval bancario, así que el \
piso ya no está disponible.

Si quieres, te aviso con otros pisos de la zona que entren esta semana.

Un saludo,
Lorena Tejedor
Inmobiliaria Chamberí"""),
    spec(kind="other", mid="ett_newsletter", lang="es", company="", contact="",
         frm=("Temporalia", "newsletter@temporalia.example.es"),
         subject="Ofertas de la semana en Castilla y León", date="2026-06-01 07:00 +0200",
         headers=listed("Temporalia Ofertas <ofertas.temporalia.example.es>",
                        "https://temporalia.example.es/baja"),
         text="""OFERTAS DE LA SEMANA

- Carretilleros/as (Valladolid) - entrevista inmediata
- Administrativo/a de nóminas (Burgos)
- Mozo/a de almacén (Venta de Baños)
- Técnico/a de RRHH (Salamanca)

¿Te han rechazado en un proceso? No te rindas: actualiza tu CV en nuestra web y te \
avisaremos de nuevas ofertas.

Temporalia ETT"""),
    spec(kind="other", mid="podcast_es", lang="es", company="",
         contact="marcos.llano@cambioderumbo.example.es",
         frm=("Marcos Llano", "marcos.llano@cambioderumbo.example.es"),
         subject="Invitación al podcast Cambio de Rumbo", date="2026-10-02 19:30 +0200",
         text="""Hola Inmaculada:

Presento "Cambio de Rumbo", un podcast sobre reconversión profesional. Me ha encantado tu \
artículo sobre lo que una paralegal puede aportar a un departamento de RRHH y me gustaría \
entrevistarte para un episodio.

Grabamos en remoto, unos 40 minutos, cuando mejor te venga en octubre. ¿Te animas?

Un abrazo,
Marcos Llano"""),
    spec(kind="other", mid="sister_dinner", lang="es", company="",
         contact="elena.berrocal@example.es",
         frm=("Elena Berrocal", "elena.berrocal@example.es"),
         subject="Cena del domingo", date="2026-03-11 22:40 +0100", cte="8bit",
         text="""Inma!

Mamá dice que el domingo cenamos en casa para celebrar lo de tu oferta (¡aunque todavía no sea \
oficial!). Yo llevo el postre. Y cuéntanos bien cómo fue la última entrevista, que por \
teléfono no me enteré de nada.

Besos,
Elena"""),
    spec(kind="other", mid="profile_views", lang="es", company="", contact="",
         frm=("RedProfesional", "notificaciones@redprofesional.example.com"),
         subject="Tu perfil ha aparecido en 14 búsquedas esta semana",
         date="2026-02-16 07:15 +0000",
         headers={"Precedence": "bulk",
                  "List-Unsubscribe": "<https://redprofesional.example.com/unsub/ibq>"},
         text="""Inmaculada, tu perfil está llamando la atención.

14 búsquedas esta semana, entre ellas de reclutadores de:
- Una consultora de RRHH de Valladolid
- Una aseguradora de Madrid

Consejo: los perfiles con la sección "Competencias" completa reciben hasta 3 veces más \
invitaciones a entrevistas.

Ver quién te ha buscado: redprofesional.example.com/busquedas"""),
    # ---------------------------------------------------------- en
    spec(kind="other", mid="alert_en", lang="en", company="", contact="",
         frm=("CareerLoch Job Alerts", "alerts@careerloch.example.co.uk"),
         subject="New jobs for you: HR Advisor in Edinburgh (7 new)",
         date="2026-07-21 06:30 +0100",
         headers=listed("CareerLoch Alerts <alerts.careerloch.example.co.uk>",
                        "https://careerloch.example.co.uk/u/ibq"),
         text="""Hi Inmaculada,

7 new jobs match your alert "HR Advisor - Edinburgh":

* HR Advisor - Insurance, Edinburgh - GBP 32k
* People Coordinator - Software, Leith - GBP 29k
* HR Assistant (maternity cover) - Healthcare, Livingston

Career tip: Unfortunately, many candidates are rejected after the interview because they \
don't ask questions. Read "5 questions to ask at the end of any interview".

Manage your alerts | Unsubscribe
CareerLoch Ltd, 10 George Street, Edinburgh"""),
    spec(kind="other", mid="podcast_en", lang="en", company="",
         contact="dev.patel@peoplemattersfm.example.co.uk",
         frm=("Dev Patel", "dev.patel@peoplemattersfm.example.co.uk"),
         subject="Podcast interview request - People Matters FM", date="2026-06-05 13:15 +0100",
         text="""Hi Inmaculada,

I host People Matters FM, a weekly podcast about careers in HR. We're doing an episode on \
people who moved into HR from the legal world and your name came up in a LinkedIn thread.

Would you be up for a 30-minute recorded interview some time in the next few weeks? It's \
remote and very relaxed. No pressure at all!

Cheers,
Dev"""),
    spec(kind="other", mid="own_thanks_vinha", lang="en", company="", contact="", frm=ME_SHORT,
         to=[("Sofia Amaral", "sofia.amaral@vinhasystems.example.pt")], parent="vinha_move",
         subject="Thank you - HR Generalist video screen", date="2026-03-05 13:02 +0100",
         text="""Hi Sofia,

Thank you for the conversation this morning. I really enjoyed hearing about how the People \
Team is growing at Vinha and I'm even more excited about the role now.

Please let me know if you need anything else from me, such as references.

Best regards,
Inma Berrocal"""),
    spec(kind="other", mid="ooo_callum", lang="en", company="",
         contact="callum.reid@thistletalent.example.co.uk",
         frm=("Callum Reid", "callum.reid@thistletalent.example.co.uk"),
         subject="Automatic reply: Re: Meadows Analytics - HR Generalist call",
         date="2026-07-03 08:01 +0100",
         headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
         text="""Thank you for your email. I'm out of the office until Monday 13 July with limited \
access to email. For anything urgent please contact the office on +44 131 000 2200.

Callum Reid
Thistle Talent Partners"""),
    spec(kind="other", mid="parcel_en", lang="en", company="", contact="",
         frm=("ParcelPoint UK", "no-reply@parcelpoint.example.co.uk"),
         subject="Unfortunately your parcel is delayed", date="2026-07-29 18:22 +0100",
         html=html_paras("""Hello Inmaculada,

Unfortunately your parcel PP-88120-EDI is running late due to a disruption at our Glasgow hub. \
We're sorry for the inconvenience.

New estimated delivery: Friday 31 July, between 10:00 and 14:00.

Track your parcel in the ParcelPoint app.

ParcelPoint UK""", "ParcelPoint")),
    # ---------------------------------------------------------- de
    spec(kind="other", mid="jobletter_de", lang="de", company="", contact="",
         frm=("Stellenfuchs Jobletter", "newsletter@stellenfuchs.example.de"),
         subject="Ihr Jobletter: 11 neue HR-Jobs in München", subject_enc=("q", "iso-8859-1"),
         date="2026-08-17 06:00 +0200", charset="iso-8859-1",
         headers=listed("Stellenfuchs Jobletter <jobletter.stellenfuchs.example.de>",
                        "https://stellenfuchs.example.de/abmelden"),
         text="""Guten Morgen Inmaculada,

hier sind 11 neue Stellen, die zu Ihrem Suchprofil "HR Generalist München" passen:

- Personalreferent (m/w/d) - Versicherung, München-Bogenhausen
- HR Business Partner (m/w/d) - Automotive, Garching
- Recruiter (m/w/d) - Klinikum, München-Pasing

Ratgeber: Absage nach dem Vorstellungsgespräch? Leider passiert das jedem einmal. So gehen \
Sie professionell damit um und fragen nach Feedback.

Jobletter abbestellen: stellenfuchs.example.de/abmelden"""),
    spec(kind="other", mid="dentist_de", lang="de", company="", contact="",
         frm=("Zahnarztpraxis Dr. Lindner", "noreply@praxis-lindner.example.de"),
         subject="Ihr Termin wurde verschoben", date="2026-10-05 08:12 +0200",
         text="""Guten Tag Frau Berrocal Quintana,

Ihr Termin zur Kontrolle am Mittwoch, 7. Oktober, 9:00 Uhr, musste leider verschoben werden.

Neuer Termin: Freitag, 9. Oktober, 11:30 Uhr.

Falls Ihnen der neue Termin nicht passt, können Sie ihn online ändern.

Ihre Zahnarztpraxis Dr. Lindner"""),
    spec(kind="other", mid="parcel_de", lang="de", company="", contact="",
         frm=("Paketblitz", "noreply@paketblitz.example.de"),
         subject="Leider verzögert sich Ihre Sendung", date="2026-09-30 19:45 +0200",
         html=html_paras("""Hallo Inmaculada Berrocal,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2209 aufgrund eines hohen \
Sendungsaufkommens. Wir bitten um Entschuldigung.

Voraussichtliche Zustellung: Freitag, 2. Oktober.

Ihr Paketblitz-Team""", "Paketblitz"), cte="base64"),
    spec(kind="other", mid="besichtigung", lang="de", company="",
         contact="m.gruber@example.de", frm=("Maximilian Gruber", "m.gruber@example.de"),
         subject="Besichtigung Wohnung Schwabing", date="2026-09-18 20:05 +0200",
         charset="windows-1252", cte="8bit",
         text="""Hallo Frau Berrocal,

gern können Sie die 2-Zimmer-Wohnung in der Hohenzollernstraße besichtigen. Passt Ihnen \
Samstag, 26. September, um 10:30 Uhr? Bitte bringen Sie eine Selbstauskunft und, falls \
vorhanden, Ihren Arbeitsvertrag mit.

Viele Grüße
Maximilian Gruber"""),
    spec(kind="other", mid="ooo_jana", lang="de", company="",
         contact="jana.wexler@isarwerk.example.de",
         frm=("Jana Wexler", "jana.wexler@isarwerk.example.de"),
         subject="Abwesenheitsnotiz: Re: Einladung zum Videointerview",
         date="2026-05-13 07:02 +0200", headers={"Auto-Submitted": "auto-replied"},
         text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. Mai nicht im Büro \
und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht \
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@isarwerk.example.de.

Mit freundlichen Grüßen
Jana Wexler"""),
    spec(kind="other", mid="sprachkurs", lang="de", company="", contact="",
         frm=("Sprachschule Isartor", "noreply@sprachschule-isartor.example.de"),
         subject="Ihre Anmeldung zum Deutschkurs B2 (Abendkurs)", date="2026-09-04 11:11 +0200",
         text="""Sehr geehrte Frau Berrocal Quintana,

vielen Dank für Ihre Anmeldung zum Deutschkurs B2 (Abendkurs, ab 5. Oktober). Leider ist der \
Kurs bereits ausgebucht, und wir können Ihnen keinen Platz anbieten. Wir haben Sie auf die \
Warteliste gesetzt.

Mit freundlichen Grüßen
Sprachschule Isartor"""),
    spec(kind="other", mid="own_app_de", lang="de", company="", contact="", frm=ME,
         to=[("Sepp Huber", "sepp.huber@kaesehaus-tegernbach.example.de")],
         subject="Bewerbung als Personalassistenz", date="2026-09-13 18:20 +0200",
         text="""Sehr geehrter Herr Huber,

hiermit bewerbe ich mich um die Stelle als Personalassistenz in Ihrem Käsehaus. Ich arbeite \
seit acht Jahren als Paralegal in einer arbeitsrechtlichen Kanzlei in Spanien und ziehe im \
Herbst nach München. Meine Deutschkenntnisse entsprechen dem Niveau B1+.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Inmaculada Berrocal Quintana""", attach=OWN_CV),
    spec(kind="other", mid="headhunter_de", lang="de", company="",
         contact="anja.vogt@vogt-partner.example.de",
         frm=("Anja Vogt", "anja.vogt@vogt-partner.example.de"),
         subject="Kurze Vorstellung - Vogt & Partner Executive Search",
         date="2026-08-31 10:20 +0200",
         text="""Liebe Frau Berrocal Quintana,

ich bin über Ihr Profil gestolpert und fand Ihren Weg vom Recht ins Personalwesen spannend. \
Wir besetzen regelmäßig HR-Positionen bei Mittelständlern in Bayern.

Aktuell habe ich keine konkrete Vakanz für Sie, würde Sie aber gern in unser Netzwerk \
aufnehmen. Wenn Sie mögen, senden Sie mir einfach Ihren aktuellen Lebenslauf.

Beste Grüße
Anja Vogt
Vogt & Partner Executive Search"""),
    # ---------------------------------------------------------- fr
    spec(kind="other", mid="alert_fr", lang="fr", company="", contact="",
         frm=("Emploi Occitanie", "alertes@emploi-occitanie.example.fr"), no_contact_ok=True,
         subject="Alerte emploi : 9 nouvelles offres RH à Toulouse",
         date="2026-05-19 06:15 +0200",
         headers=listed("Alertes Emploi Occitanie <alertes.emploi-occitanie.example.fr>",
                        "https://emploi-occitanie.example.fr/desinscription"),
         html=html_paras("""Bonjour Inmaculada,

9 nouvelles offres correspondent à votre alerte « Chargée RH - Toulouse » :

- Chargée de recrutement (H/F) - Cabinet de conseil - Toulouse
- Assistante RH bilingue espagnol - Industrie - Colomiers
- Gestionnaire paie et administration du personnel - Clinique - Toulouse

Conseil carrière : malheureusement, un refus après entretien n'est jamais agréable. \
Découvrez comment rebondir dans notre article de la semaine.

Gérer mes alertes | Se désinscrire""", "Emploi Occitanie")),
    spec(kind="other", mid="news_fr", lang="fr", company="", contact="",
         frm=("Le Mag Carrières", "newsletter@magcarrieres.example.fr"),
         subject="Refus après un entretien : que faire ?", subject_enc=("b", "utf-8"),
         date="2026-06-23 07:00 +0200",
         headers=listed("Le Mag Carrieres <mag.magcarrieres.example.fr>",
                        "mailto:desinscription@magcarrieres.example.fr"),
         text="""LE MAG CARRIÈRES - n° 142

À la une : « Nous sommes au regret de ne pouvoir donner une suite favorable... » Comment \
réagir à un refus, demander un retour et préparer le prochain entretien.

Aussi cette semaine :
- Entretien vidéo : les 7 erreurs à éviter
- Reconversion : ils ont quitté le droit pour les RH

Vous recevez cette lettre car vous êtes abonnée au Mag Carrières."""),
    spec(kind="other", mid="radio_fr", lang="fr", company="",
         contact="hugo.barthe@radiogaronne.example.fr",
         frm=("Hugo Barthe", "hugo.barthe@radiogaronne.example.fr"),
         subject="Demande d'interview - Radio Garonne", date="2026-06-26 11:30 +0200",
         text="""Bonjour Madame Berrocal,

Je suis journaliste à Radio Garonne. Nous préparons un reportage sur les Espagnols qui \
viennent travailler à Toulouse et une amie commune m'a donné votre contact.

Accepteriez-vous une courte interview téléphonique (10 minutes), enregistrée la semaine \
prochaine ? Elle serait diffusée dans notre journal de 18h.

Merci d'avance,
Hugo Barthe
Radio Garonne"""),
    spec(kind="other", mid="colis_fr", lang="fr", company="", contact="",
         frm=("ColisExpress", "no-reply@colisexpress.example.fr"),
         subject="Votre colis a du retard", date="2026-04-17 17:40 +0200",
         text="""Bonjour,

Malheureusement, votre colis n° CX 5512 0098 FR n'a pas pu être livré à la date prévue en \
raison d'un incident de transport.

Nouvelle date de livraison estimée : mardi 21 avril.

Nous vous prions de nous excuser pour ce désagrément.

L'équipe ColisExpress"""),
    spec(kind="other", mid="banque_fr", lang="fr", company="", contact="",
         frm=("Banque Populaire du Lauragais", "no-reply@bplauragais.example.fr"),
         subject="Position de vos comptes au 31/05/2026", date="2026-06-01 06:10 +0200",
         charset="iso-8859-1", cte="quoted-printable",
         text="""Madame Berrocal Quintana,

La position de vos comptes au 31/05/2026 est disponible dans votre espace client.

Compte courant : 1 204,55 EUR
Livret A : 3 000,00 EUR

Ce message est envoyé automatiquement, merci de ne pas y répondre."""),
    spec(kind="other", mid="visite_fr", lang="fr", company="",
         contact="nathalie.sicard@immo-capitole.example.fr",
         frm=("Nathalie Sicard", "nathalie.sicard@immo-capitole.example.fr"),
         subject="Visite T2 rue des Filatiers", date="2026-05-02 10:05 +0200",
         text="""Bonjour Madame,

Suite à votre demande, je vous confirme la visite du T2 situé rue des Filatiers le samedi 9 mai \
à 14h30. Merci de prévoir un dossier complet (pièce d'identité, trois derniers bulletins de \
salaire ou promesse d'embauche, avis d'imposition).

Bien cordialement,
Nathalie Sicard
Immo Capitole"""),
    spec(kind="other", mid="medecin_fr", lang="fr", company="", contact="",
         frm=("RDV Santé", "no-reply@rdvsante.example.fr"),
         subject="Confirmation de votre rendez-vous avec Dr Mercadier",
         date="2026-05-25 09:00 +0200",
         html=html_paras("""Bonjour Inmaculada,

Votre rendez-vous est confirmé :

Dr Sylvie Mercadier - Médecin généraliste
Jeudi 28 mai 2026 à 16h15
14 boulevard de Strasbourg, 31000 Toulouse

En cas d'empêchement, pensez à annuler votre rendez-vous au moins 24 heures à l'avance.

RDV Santé""", "RDV Santé")),
    spec(kind="other", mid="friend_fr", lang="fr", company="",
         contact="claire.dufour@example.fr", frm=("Claire Dufour", "claire.dufour@example.fr"),
         subject="Encore un refus...", date="2026-04-15 21:20 +0200",
         text=f"""Coucou Inma,

Bon, je viens de recevoir ça pour le poste à Bordeaux. Encore un refus, sans explication. Je \
commence à en avoir marre ! Et toi, tes entretiens à Toulouse, ça avance ?

Bisous,
Claire

{forwarded("fr", "Service RH <rh@logistiqueaquitaine.example.fr>", "mer. 15 avr. 2026, 11:05",
           "Votre candidature", "claire.dufour@example.fr", CLAIRE_OLD)}"""),
    spec(kind="other", mid="own_thanks_fr", lang="fr", company="", contact="", frm=ME,
         to=[("Mathilde Roques", "mathilde.roques@lauragais-assurances.example.fr")],
         parent="lauragais_move", subject="Merci pour l'entretien",
         date="2026-04-16 18:40 +0200",
         text="""Bonjour Madame Roques,

Je tenais à vous remercier, ainsi que Mme Delpech, pour l'entretien de cet après-midi. \
Les missions du poste et l'organisation de l'équipe RH à Labège correspondent tout à fait à ce \
que je recherche.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Inmaculada Berrocal Quintana"""),
    spec(kind="other", mid="formation_fr", lang="fr", company="", contact="",
         frm=("Institut Régional de Formation RH", "no-reply@irf-rh.example.fr"),
         subject="Votre demande d'inscription - Certificat Gestion de la paie",
         date="2026-08-28 14:00 +0200",
         text="""Madame,

Nous avons le regret de vous informer que votre demande d'inscription au Certificat \
« Gestion de la paie » (session d'octobre 2026) n'a pas pu être retenue, le nombre de places \
étant limité. Votre dossier est placé sur liste d'attente.

Nous vous invitons à consulter les prochaines sessions sur notre site.

Le service des admissions"""),
]
