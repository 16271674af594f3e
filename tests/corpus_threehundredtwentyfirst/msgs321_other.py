"""Everything else: digests, newsletters, non-job interviews and appointments, friends, own mail."""

from __future__ import annotations

from msgs321_common import ME, M, Spec

OTHER = "other"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


def ooo() -> dict[str, str]:
    return {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}


MESSAGES: list[Spec] = [
    # =============================== Spanish ===============================
    M(id="alerta_empleo_norte", kind=OTHER, lang="es",
      frm=("EmpleoNorte Alertas", "alertas@empleonorte.example.es"),
      date="2026-01-20 07:00 +0100", fmt="alt", cte="quoted-printable",
      brand="EmpleoNorte", color="#0277bd",
      hdrs=bulk("Alertas de empleo <alertas.empleonorte.example.es>",
                "https://empleonorte.example.es/baja?u=ge8812"),
      subj="12 nuevas ofertas de Analista de datos en Navarra y País Vasco",
      body="""
      Hola Guillermo, estas son las ofertas nuevas para tu alerta "analista de datos":

      - Analista de Datos Junior - Componentes Arga - Pamplona
      - Técnico/a BI - Kutxa Solidaria - Bilbao
      - Data Analyst (remoto) - Txapela Analytics - Donostia
      - Analista de Operaciones - Logística Gasteiz - Vitoria-Gasteiz

      Consejo de la semana: ¿te han rechazado en una entrevista? Desgraciadamente, el rechazo forma parte del proceso. Lee nuestra guía "Cómo preparar la entrevista por competencias" y pide siempre feedback.

      Recibes este correo porque creaste una alerta en EmpleoNorte. Darte de baja: https://empleonorte.example.es/baja
      """),
    M(id="boletin_datos", kind=OTHER, lang="es",
      frm=("Boletín Carreras en Datos", "boletin@carrerasendatos.example.es"),
      date="2026-04-13 08:30 +0200", fmt="html", cte="base64",
      hdrs=bulk("Carreras en Datos <boletin.carrerasendatos.example.es>",
                "mailto:baja@carrerasendatos.example.es?subject=baja"),
      subj="Nº 41: oferta, entrevista y rechazo: las tres palabras del mes",
      body="""
      Hola:

      En este número: cómo negociar una oferta cuando tienes dos sobre la mesa, las diez preguntas más comunes en una entrevista de analista de datos y qué hacer si lamentablemente no has sido seleccionado.

      Además, entrevistamos a una antigua profesora de matemáticas que ahora lidera un equipo de BI en una cooperativa.

      Te has suscrito a este boletín en carrerasendatos.example.es.
      """),
    M(id="radio_entrevista", kind=OTHER, lang="es",
      frm=("Ainara Salaberri", "informativos@radioarga.example.es"),
      date="2026-02-02 12:22 +0100", subj="Entrevista en Radio Arga sobre tu proyecto de aula",
      cte="8bit",
      body="""
      Hola Guillermo:

      Soy Ainara, del magacín de mañanas de Radio Arga. Nos han hablado del proyecto en el que tus alumnos analizan los datos de calidad del aire de Pamplona. ¿Te apetecería venir a contarlo en una entrevista en directo el jueves 12 de febrero a las 11:15? Serían unos diez minutos.

      Un saludo,
      Ainara Salaberri
      Radio Arga · Informativos
      """),
    M(id="paquete_retraso", kind=OTHER, lang="es",
      frm=("Envíos Rápidos Ibéricos", "notificaciones@enviosri.example.es"),
      date="2026-03-18 14:05 +0100", fmt="html", cte="quoted-printable",
      subj="Lamentablemente tu paquete llega con retraso",
      body="""
      Hola Guillermo:

      Lamentablemente, tu envío ERI-4455-1290-ES (libro "Estadística aplicada con R") se ha retrasado por una incidencia en nuestro centro logístico de Zaragoza.

      Nueva fecha estimada de entrega: viernes 20 de marzo. Puedes consultar la posición de tu paquete en tiempo real en nuestra web.

      Disculpa las molestias.
      """),
    M(id="banco_posicion", kind=OTHER, lang="es",
      frm=("Caja Ribera Banca Online", "avisos@cajaribera.example.es"),
      date="2026-07-01 06:00 +0200", fmt="html", cte="quoted-printable",
      subj="Tu posición global a 30/06/2026",
      body="""
      Estimado cliente:

      Ya tienes disponible el extracto con tu posición global a 30 de junio de 2026: cuentas, tarjetas y fondos de inversión.

      Accede a la banca online para consultarlo. Por tu seguridad, nunca te pediremos claves por correo electrónico.

      Caja Ribera
      """),
    M(id="cita_medico", kind=OTHER, lang="es",
      frm=("Salud Navarra - Cita Previa", "citaprevia@saludnavarra.example.es"),
      date="2026-02-25 09:00 +0100", cs="iso-8859-1", cte="quoted-printable",
      subj="Recordatorio de cita - Centro de Salud Iturrama",
      body="""
      Le recordamos su cita:

      Paciente: GUILLERMO ECHEVARRIA LIZARRAGA
      Profesional: Medicina de familia - Dra. Esparza
      Fecha: 02/03/2026  Hora: 08:40
      Centro: Centro de Salud Iturrama, consulta 14

      Si no puede acudir, anule la cita para que otra persona pueda utilizarla.
      """),
    M(id="dentista_anulada", kind=OTHER, lang="es",
      frm=("Clínica Dental Larraona", "recepcion@dentallarraona.example.es"),
      date="2026-05-14 17:32 +0200", subj="Su cita del lunes ha sido anulada",
      cs="windows-1252", cte="8bit",
      body="""
      Buenas tardes, Guillermo:

      Le escribimos porque el Dr. Irigoyen no podrá pasar consulta el lunes 18 de mayo y hemos tenido que anular su cita de revisión de las 18:00. Le proponemos cambiarla al miércoles 20 a la misma hora.

      Por favor, confírmenos por teléfono (948 000 330) o respondiendo a este correo.

      Clínica Dental Larraona
      """),
    M(id="amiga_rechazo", kind=OTHER, lang="es",
      frm=("Ainhoa Urdániz", "ainhoa.urdaniz@correo.example.com"),
      date="2026-03-27 22:47 +0100", subj="ufff", cte="8bit",
      body="""
      Guille!!

      Me acaban de rechazar en lo de Mercados del Sur, después de tres entrevistas y una prueba técnica de cuatro horas. "Hemos decidido continuar con otros candidatos cuyo perfil se ajusta más..." Vamos, lo de siempre.

      ¿Tú sabes algo de lo tuyo con Eólica Moncayo? Este finde nos tomamos algo y lloramos juntos, jaja.

      Un besazo,
      Ainhoa
      """),
    M(id="amigo_reenvia_invitacion", kind=OTHER, lang="es",
      frm=("Mikel Otano", "mikel.otano@correo.example.com"),
      date="2026-06-18 20:10 +0200", subj="Fwd: Invitación a entrevista - Analista de Datos",
      fwd=M(id="mikel_inner",
            frm=("Selección Hidrógeno Navarro", "seleccion@h2navarra.example.es"),
            to=[("Mikel Otano", "mikel.otano@correo.example.com")],
            date="2026-06-18 12:00 +0200", cte="quoted-printable",
            subj="Invitación a entrevista - Analista de Datos",
            body="""
            Estimado Mikel:

            Nos complace invitarle a una entrevista para el puesto de Analista de Datos el próximo 25 de junio a las 10:00 en nuestras oficinas de Noáin.

            Atentamente,
            Selección - Hidrógeno Navarro
            """),
      body="""
      Guille, mira lo que me ha llegado. ¡Me han llamado para la entrevista! Tú que ya has pasado por unas cuantas, ¿me ayudas a prepararla? Te invito a un café el lunes.

      Mikel
      """),
    M(id="curso_sne_no_admitido", kind=OTHER, lang="es",
      frm=("Servicio Navarro de Formación", "formacion@snf.example.es"),
      date="2026-01-29 13:00 +0100", cs="iso-8859-1", cte="quoted-printable",
      subj="Resolución de admisión - Curso Power BI avanzado (120 h)",
      body="""
      Estimado/a solicitante:

      Le comunicamos que, debido al elevado número de solicitudes, no ha sido admitido/a en el curso "Power BI avanzado" (edición 3/2026). Su solicitud queda en lista de espera con el número 17.

      Si se produce alguna baja, nos pondremos en contacto con usted.

      Servicio Navarro de Formación
      """),
    M(id="master_no_admitido", kind=OTHER, lang="es",
      frm=("Secretaría de Posgrado", "posgrado@unibidasoa.example.es"),
      date="2026-07-24 11:11 +0200", fmt="html", cte="quoted-printable",
      subj="Máster en Ciencia de Datos: resultado de la preinscripción",
      body="""
      Estimado Guillermo Echevarría Lizarraga:

      Lamentamos comunicarle que su solicitud de admisión al Máster Universitario en Ciencia de Datos (curso 2026-2027) no ha sido aceptada en la primera adjudicación. Se encuentra en la posición 9 de la lista de espera.

      Secretaría de Posgrado
      """),
    M(id="headhunter_frio_es", kind=OTHER, lang="es",
      frm=("Nerea Aranburu", "nerea@aranburutalent.example.es"),
      date="2026-05-21 12:45 +0200", subj="Tu perfil: del aula al dato",
      body="""
      Hola Guillermo:

      He visto tu perfil y tu artículo sobre enseñar estadística con datos de la Liga. Me dedico a la selección de perfiles de datos en Euskadi y Navarra y me encanta la gente que viene de la docencia: explica bien y no le tiene miedo a un público difícil.

      Ahora mismo no tengo ningún proceso que encaje al cien por cien, pero me gustaría tenerte en el radar. Si algún día te apetece, me cuentas qué buscas.

      Nerea Aranburu
      Aranburu Talent
      """),
    M(id="python_newsletter", kind=OTHER, lang="es",
      frm=("PyData Pamplona", "hola@pydatapamplona.example.org"),
      date="2026-09-14 18:00 +0200", fmt="alt",
      hdrs=bulk("PyData Pamplona <anuncios.pydatapamplona.example.org>",
                "https://pydatapamplona.example.org/baja"),
      subj="Meetup de septiembre: dashboards que nadie mira",
      ics={"method": "REQUEST", "uid": "pydata-pna-2026-09@pydatapamplona.example.org",
           "start": "2026-09-24 19:00", "mins": 120, "prodid": "Meetup//Events",
           "summary": "PyData Pamplona: dashboards que nadie mira",
           "location": "Civivox Iturrama, Pamplona"},
      body="""
      ¡Hola, comunidad!

      Volvemos después del verano. El jueves 24 de septiembre a las 19:00 en Civivox Iturrama, Irati Ganuza nos contará por qué la mitad de los dashboards de su empresa no los abre nadie y cómo lo arreglaron. Después, pintxos.

      Te adjuntamos el evento para tu calendario.

      La organización de PyData Pamplona
      """),
    M(id="tutor_entrevistas_familias", kind=OTHER, lang="es",
      frm=("Jefatura de Estudios IES Ermitagaña", "jefatura@iesermitagana.example.es"),
      date="2026-01-12 15:20 +0100", subj="Entrevistas con familias - 2.ª evaluación",
      cs="windows-1252", cte="quoted-printable",
      body="""
      Hola a todo el claustro:

      Os recuerdo que antes del 30 de enero tenéis que tener hechas las entrevistas con las familias del alumnado con tres o más suspensos. Anotad la fecha y la hora de cada entrevista en la plataforma.

      Guillermo, de tu tutoría (3.º B) quedan pendientes cuatro familias.

      Gracias,
      Jefatura de Estudios
      """),
    M(id="orientacion_laboral", kind=OTHER, lang="es",
      frm=("Servicio Navarro de Empleo", "no-responder@sne.example.es"),
      date="2026-01-16 10:00 +0100", fmt="html", cte="quoted-printable",
      subj="Cita confirmada: entrevista de orientación laboral",
      body="""
      Se ha confirmado su cita con el Servicio de Orientación:

      Tipo: entrevista de orientación para cambio de sector
      Fecha y hora: 22/01/2026 a las 12:30
      Oficina: Agencia de Empleo Pamplona-Yamaguchi

      Recuerde traer su DNI.
      """),
    M(id="taller_pieza", kind=OTHER, lang="es",
      frm=("Talleres Burlada", "taller@talleresburlada.example.es"),
      date="2026-04-09 18:50 +0200", subj="Su vehículo NA-0000-XX",
      cs="iso-8859-1", cte="8bit",
      body="""
      Buenas tardes:

      Desgraciadamente la pieza de recambio (bomba de agua) no ha llegado hoy del proveedor y no podremos entregarle el coche hasta el lunes. Sentimos el retraso.

      Talleres Burlada
      """),
    M(id="billete_tren", kind=OTHER, lang="es",
      frm=("Trenes del Norte", "billetes@trenesdelnorte.example.es"),
      date="2026-04-30 21:15 +0200", fmt="html", cte="base64",
      subj="Tu billete Pamplona - Bilbao del 5 de mayo",
      pdfs=[("billete_PNA_BIO_0505.pdf", ["TRENES DEL NORTE - Billete", "Pamplona -> Bilbao",
                                          "05/05/2026 14:02 - 16:10", "Coche 3 Plaza 7A"])],
      body="""
      ¡Buen viaje, Guillermo!

      Adjuntamos tu billete para el trayecto Pamplona - Bilbao Abando el martes 5 de mayo de 2026, salida 14:02, coche 3, plaza 7A.

      Localizador: TN8K2Q
      """),
    M(id="own_application_es", kind=OTHER, lang="es", frm=ME,
      to=[("Selección Hidrógeno Navarro", "seleccion@h2navarra.example.es")],
      date="2026-01-10 11:05 +0100", subj="Candidatura - Analista de Datos (ref. HN-07)",
      cte="quoted-printable",
      pdfs=[("CV_Guillermo_Echevarria.pdf", [
          "Guillermo Echevarria Lizarraga", "Profesor de Matematicas (ESO y Bachillerato)",
          "SQL, Python (pandas), R, Power BI", "g.echevarria@example.es"])],
      body="""
      Buenos días:

      Os envío mi candidatura para el puesto de Analista de Datos (ref. HN-07). Soy profesor de matemáticas de secundaria desde hace nueve años y llevo dos formándome en análisis de datos: SQL, Python y Power BI, con un proyecto final sobre consumo energético en centros educativos.

      Adjunto mi currículum. Quedo a vuestra disposición.

      Un saludo,
      Guillermo Echevarría Lizarraga
      """),
    M(id="own_followup_leire", kind=OTHER, lang="es", frm=ME,
      to=[("Leire Zabala", "leire.zabala@talentonorte.example.es")],
      date="2026-08-03 09:12 +0200", subj="¿Novedades?", cte="8bit",
      body="""
      Hola, Leire:

      ¿Hay alguna novedad sobre Aceros Nervión? La última vez me dijiste que la entrevista se retomaría cuando Iker volviera. Sigo interesado.

      Un saludo,
      Guillermo
      """),
    M(id="ooo_leire", kind=OTHER, lang="es",
      frm=("Leire Zabala | Talento Norte", "leire.zabala@talentonorte.example.es"),
      date="2026-08-03 09:12 +0200", parent="own_followup_leire", hdrs=ooo(),
      subj="Respuesta automática: ¿Novedades?", cte="8bit",
      body="""
      Hola, estoy de vacaciones hasta el 24 de agosto con acceso limitado al correo. Para temas urgentes puedes escribir a mi compañero Unai Lekue (unai.lekue@talentonorte.example.es).

      Un saludo,
      Leire Zabala
      """),
    M(id="own_reschedule_request", kind=OTHER, lang="es", frm=ME,
      to=[("Sergio Galán", "sergio.galan@datalia.example.es")],
      date="2026-04-15 07:48 +0200", subj="Cambio de hora de la entrevista del martes",
      body="""
      Hola, Sergio:

      Te escribo por la entrevista del martes 21 a las 10:00 en la oficina de Madrid. Ese día tengo clase hasta las 11:00 y el primer tren llega a Atocha a las 12:40. ¿Sería posible pasarla a las 15:00 o a las 16:00?

      Disculpa las molestias y gracias.

      Guillermo
      """),
    M(id="own_thanks_kutxa", kind=OTHER, lang="es", frm=ME,
      to=[("Ane Goikoetxea", "ane.goikoetxea@kutxasolidaria.example.es")],
      cc=[("Koldo Uriarte", "k.uriarte@kutxasolidaria.example.es")],
      date="2026-04-23 18:20 +0200", subj="Gracias por la videoentrevista",
      body="""
      Hola, Ane y Koldo:

      Muchas gracias por la entrevista de esta tarde y por la segunda oportunidad. Me ha gustado mucho conocer cómo trabajáis la información de riesgos; el ejemplo de los indicadores de morosidad por oficina me pareció muy claro.

      Un saludo,
      Guillermo
      """),
    M(id="own_decline_moncayo", kind=OTHER, lang="es", frm=ME, to=[
        ("Lucía Borao Gimeno", "lucia.borao@eolicamoncayo.example.es")],
      date="2026-06-01 08:30 +0200", subj="Mi decisión", cte="quoted-printable",
      body="""
      Hola, Lucía:

      Lamentablemente te escribo para comunicaros que finalmente no me incorporaré a Eólica Moncayo en septiembre: he aceptado una oferta de una cooperativa de crédito en Bilbao, más cerca de mi familia. Sé que esto os causa un trastorno y lo siento de verdad; todo el proceso con vosotros ha sido ejemplar.

      Un abrazo y gracias por todo,
      Guillermo
      """),
    M(id="boletin_colegio", kind=OTHER, lang="es",
      frm=("Sociedad Navarra de Profesorado de Matemáticas", "boletin@snpm.example.es"),
      date="2026-10-02 17:00 +0200", fmt="html", cte="quoted-printable",
      hdrs=bulk("Boletín SNPM <boletin.snpm.example.es>", "https://snpm.example.es/baja"),
      subj="Boletín de octubre: olimpiada, jornadas y una entrevista",
      body="""
      Estimados socios y socias:

      En este boletín: la fase local de la Olimpiada Matemática (inscripciones hasta el 30 de octubre), las Jornadas de Didáctica en Tudela y una entrevista con la ganadora del premio a la innovación docente.

      Recordad que la cuota de 2027 se pasará al cobro en enero.

      Junta Directiva SNPM
      """),

    # =============================== English ===============================
    M(id="career_digest_en", kind=OTHER, lang="en",
      frm=("The Career Switch Digest", "digest@careerswitch.example.com"),
      date="2026-05-03 13:00 +0000", fmt="alt", cte="quoted-printable", brand="Career Switch",
      hdrs=bulk("Career Switch Digest <digest.careerswitch.example.com>",
                "https://careerswitch.example.com/unsubscribe?id=ge22"),
      subj=("Unfortunately, rejection is part of it: "
            "5 interview lessons from teachers-turned-analysts"),
      body="""
      This week in The Career Switch Digest:

      1. "I got 40 rejections before my first offer": a former chemistry teacher on breaking into analytics.
      2. How to answer "Why are you leaving teaching?" in an interview.
      3. Unfortunately, most take-home assignments are too long. Here is how to push back politely.
      4. New remote roles: Junior Data Analyst, BI Developer, Analytics Engineer.

      You are receiving this because you subscribed at careerswitch.example.com. Unsubscribe any time.
      """),
    M(id="user_research_en", kind=OTHER, lang="en",
      frm=("Kate from Quizboard", "research@quizboard.example.com"),
      date="2026-02-19 16:30 +0000", fmt="html", cte="quoted-printable",
      subj="Would you join a 30-minute user interview? (€40 voucher)",
      body="""
      Hi Guillermo,

      You've been using Quizboard with your maths classes for two years, and we'd love to hear how. We're running 30-minute user research interviews over video next week to learn how teachers build quizzes.

      As a thank-you, every participant receives a €40 voucher. Book a slot here if you're interested: https://quizboard.example.com/research

      Thanks!
      Kate, UX Research at Quizboard
      """),
    M(id="gps_position", kind=OTHER, lang="en",
      frm=("TrailTrack", "alerts@trailtrack.example.com"), date="2026-08-16 11:42 +0000",
      subj="Position update: your tracker has left the safe zone", cte="7bit",
      body="""
      Your TrailTrack GPS tracker "Bici Guillermo" has left the safe zone "Casa".

      Last known position: 42.8125 N, 1.6458 W (Pamplona)
      Time: 16 Aug 2026 13:41 CEST
      Battery: 64%

      Open the app to follow the live position.
      """),
    M(id="headhunter_cold_en", kind=OTHER, lang="en",
      frm=("Ella Sanderson", "ella@northlight-search.example.co.uk"),
      date="2026-06-30 09:20 +0100", subj="Teachers make great analysts",
      body="""
      Hi Guillermo,

      I hope you don't mind the cold message. I came across your profile and your blog post on teaching regression with football data. I recruit for data teams at sports and media companies across Europe.

      Nothing specific right now, but I'd like to keep you in mind for remote roles in the autumn. Are you open to hearing about opportunities?

      Best,
      Ella Sanderson
      Northlight Search
      """),
    M(id="ooo_tom", kind=OTHER, lang="en",
      frm=("Tom Hale", "tom.hale@brightpath.example.co.uk"),
      date="2026-08-12 17:02 +0100", parent="own_apology_en", hdrs=ooo(),
      subj="Automatic reply: Re: Call with my client tomorrow?",
      body="""
      Thanks for your email. I'm out of the office until Monday 17 August with no access to email. For urgent matters please contact data@brightpath.example.co.uk.

      Tom
      """),
    M(id="own_apology_en", kind=OTHER, lang="en", frm=ME,
      to=[("Tom Hale", "tom.hale@brightpath.example.co.uk")],
      date="2026-08-12 17:01 +0200", parent="brightpath_missed", quote="en",
      subj="Re: Call with my client tomorrow?", cte="quoted-printable",
      body="""
      Hi Tom,

      I'm so sorry. My phone was on silent during a staff meeting at school and I only saw the missed calls afterwards. Please pass my apologies to your client. I'm still very interested and can take a call any time tomorrow.

      Best regards,
      Guillermo
      """),

    # =============================== German ===============================
    M(id="jobalarm_de", kind=OTHER, lang="de",
      frm=("StellenRadar Jobalarm", "jobalarm@stellenradar.example.de"),
      date="2026-03-30 06:15 +0200", fmt="alt", cte="quoted-printable",
      hdrs=bulk("StellenRadar Jobalarm <jobalarm.stellenradar.example.de>",
                "https://stellenradar.example.de/abmelden?k=8812"),
      subj="Ihr Jobalarm: 8 neue Stellen für \"Data Analyst\" in Frankfurt",
      body="""
      Guten Tag,

      für Ihren Jobalarm "Data Analyst Frankfurt" haben wir 8 neue Stellen gefunden:

      - Data Analyst (m/w/d) - Frischmarkt Hessen - Frankfurt
      - Junior BI-Analyst (m/w/d) - Taunus Volksbank - Frankfurt
      - Reporting Analyst (m/w/d) - Mainfeld Logistik - Offenbach

      Tipp der Woche: Absage erhalten? So bereiten Sie sich auf das nächste Vorstellungsgespräch vor.

      Sie erhalten diese E-Mail, weil Sie einen Jobalarm eingerichtet haben.
      """),
    M(id="paket_verspaetet", kind=OTHER, lang="de",
      frm=("Paketblitz", "noreply@paketblitz.example.de"), date="2026-04-27 12:00 +0200",
      fmt="html", cte="quoted-printable",
      subj="Leider verzögert sich die Zustellung Ihrer Sendung",
      body="""
      Hallo Guillermo Echevarría,

      leider verzögert sich die Zustellung Ihrer Sendung 00340434 0000 1234 aufgrund eines hohen Sendungsaufkommens. Neuer voraussichtlicher Zustelltermin: Donnerstag, 30.04.2026.

      Wir bitten um Entschuldigung.
      Ihr Paketblitz-Team
      """),
    M(id="wohnung_besichtigung", kind=OTHER, lang="de",
      frm=("Hausverwaltung Sommer", "vermietung@hv-sommer.example.de"),
      date="2026-03-09 10:30 +0100", subj="Einladung zur Wohnungsbesichtigung Sachsenhausen",
      cs="iso-8859-1", cte="quoted-printable",
      body="""
      Sehr geehrter Herr Echevarría,

      vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Schweizer Straße. Gerne laden wir Sie zu einer Besichtigung am Samstag, 14. März, um 11:30 Uhr ein. Bitte bringen Sie eine Selbstauskunft und die letzten drei Gehaltsnachweise mit.

      Mit freundlichen Grüßen
      Hausverwaltung Sommer
      """),
    M(id="xing_cold_de", kind=OTHER, lang="de",
      frm=("Jana Krüger", "jana.krueger@kb-personal.example.de"),
      date="2026-02-04 14:14 +0100", subj="Ihr Profil hat mich neugierig gemacht",
      body="""
      Hallo Herr Echevarría,

      ich bin über Ihr Profil gestolpert und finde Ihren Weg von der Schule in die Datenanalyse spannend. Ich betreue als Personalberaterin Unternehmen im Rhein-Main-Gebiet, die zunehmend auch Quereinsteiger suchen.

      Wären Sie grundsätzlich offen für einen Austausch? Ganz unverbindlich, melden Sie sich einfach, wenn es passt.

      Beste Grüße
      Jana Krüger
      KB Personal
      """),
    M(id="own_bewerbung_de", kind=OTHER, lang="de", frm=ME,
      to=[("Recruiting Rhein-Main Energie", "karriere@rhein-main-energie.example.de")],
      date="2026-09-01 20:40 +0200", cte="quoted-printable",
      subj="Bewerbung als Data Analyst Netzbetrieb (m/w/d)",
      pdfs=[("Lebenslauf_Echevarria.pdf", ["Guillermo Echevarria Lizarraga", "Lebenslauf",
                                           "Mathematiklehrer, Datenanalyse (SQL, Python)"]),
            ("Anschreiben_Echevarria.pdf", ["Anschreiben", "Data Analyst Netzbetrieb"])],
      body="""
      Sehr geehrte Damen und Herren,

      anbei sende ich Ihnen meine Bewerbungsunterlagen für die Position Data Analyst Netzbetrieb (m/w/d). Als Mathematiklehrer mit Weiterbildung in SQL, Python und Power BI bringe ich solide statistische Kenntnisse mit. Meine Deutschkenntnisse liegen auf Niveau B2.

      Über eine Einladung zu einem Gespräch freue ich mich.

      Mit freundlichen Grüßen
      Guillermo Echevarría Lizarraga
      """),
    M(id="ooo_sabine", kind=OTHER, lang="de",
      frm=("Sabine Hartwig", "s.hartwig@kessler-fahrzeugteile.example.de"),
      date="2026-05-11 18:02 +0200", parent="own_nachfrage_de", hdrs=ooo(),
      subj="Abwesenheitsnotiz: Nachfrage zum Stand meiner Bewerbung", cs="iso-8859-1",
      cte="quoted-printable",
      body="""
      Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. Mai nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@kessler-fahrzeugteile.example.de.

      Mit freundlichen Grüßen
      Sabine Hartwig
      """),
    M(id="own_nachfrage_de", kind=OTHER, lang="de", frm=ME,
      to=[("Sabine Hartwig", "s.hartwig@kessler-fahrzeugteile.example.de")],
      date="2026-05-11 18:01 +0200", subj="Nachfrage zum Stand meiner Bewerbung",
      body="""
      Sehr geehrte Frau Hartwig,

      da ich Ihre E-Mail vom heutigen Vormittag erst jetzt gelesen habe, wollte ich mich nur kurz für das Verfahren bedanken. Falls sich in Zukunft eine ähnliche Stelle ergibt, würde ich mich sehr freuen, wieder von Ihnen zu hören.

      Mit freundlichen Grüßen
      Guillermo Echevarría
      """),
    M(id="own_absage_frankfurt", kind=OTHER, lang="de", frm=ME,
      to=[("Franziska Richter", "f.richter@moncayo-wind.example.de")],
      date="2026-03-18 21:05 +0100", parent="moncayo_wind_mail2", quote="de",
      subj="AW: Vertragsangebot Data Analyst Frankfurt", cte="quoted-printable",
      body="""
      Sehr geehrte Frau Richter,

      herzlichen Dank für das großzügige Angebot und Ihr Entgegenkommen. Nach langem Überlegen habe ich mich aus familiären Gründen entschieden, in Spanien zu bleiben, und muss das Angebot daher leider ablehnen.

      Ich hoffe, wir kreuzen uns innerhalb der Gruppe noch einmal.

      Mit freundlichen Grüßen
      Guillermo Echevarría
      """),

    # =============================== French ===============================
    M(id="alerte_emploi_fr", kind=OTHER, lang="fr",
      frm=("EmploiSud Alertes", "alertes@emploisud.example.fr"),
      date="2026-05-06 07:30 +0200", fmt="alt", cte="quoted-printable",
      hdrs=bulk("Alertes EmploiSud <alertes.emploisud.example.fr>",
                "https://emploisud.example.fr/desinscription?a=77"),
      subj="Vos nouvelles offres : data analyst à Bordeaux et Toulouse",
      body="""
      Bonjour,

      Voici les nouvelles offres correspondant à votre alerte :

      - Data Analyst Supply (H/F) - Vinéa Distribution - Bordeaux
      - Analyste Données Qualité (H/F) - Équipementier Garonne Auto - Toulouse
      - Chargé de reporting (H/F) - Banque Populaire du Sud-Ouest - Bordeaux

      À lire aussi : « Refus après entretien : comment rebondir ? »

      Pour ne plus recevoir ces alertes, cliquez ici.
      """),
    M(id="magazine_interview_fr", kind=OTHER, lang="fr",
      frm=("Louise Garat", "l.garat@revue-pedagogie.example.fr"),
      date="2026-02-23 10:12 +0100",
      subj="Demande d'interview pour notre dossier « Profs en reconversion »",
      cte="8bit",
      body="""
      Bonjour Monsieur Echevarría,

      Je suis journaliste à la Revue Pédagogie et je prépare un dossier sur les enseignants qui se reconvertissent dans le numérique, en France et en Espagne. Accepteriez-vous de m'accorder une interview téléphonique d'une trentaine de minutes dans les prochaines semaines ?

      Bien cordialement,
      Louise Garat
      """),
    M(id="visite_appartement", kind=OTHER, lang="fr",
      frm=("Agence Immobilière des Chartrons", "location@immo-chartrons.example.fr"),
      date="2026-05-13 16:05 +0200", subj="Visite de l'appartement rue Notre-Dame",
      cs="iso-8859-1", cte="quoted-printable",
      body="""
      Bonjour Monsieur,

      Suite à votre demande, nous vous confirmons la visite du T2 situé rue Notre-Dame le samedi 23 mai à 10h30. Merci de prévoir votre dossier locataire complet (pièce d'identité, trois derniers bulletins de salaire, avis d'imposition).

      Malheureusement, le créneau de 9h30 que vous aviez demandé n'était plus disponible.

      Agence Immobilière des Chartrons
      """),
    M(id="formation_refusee", kind=OTHER, lang="fr",
      frm=("Campus Numérique Occitanie", "admissions@campusnum-occitanie.example.fr"),
      date="2026-06-26 12:00 +0200", fmt="html", cte="quoted-printable",
      subj="Votre candidature à la formation Data Analyst (session d'automne)",
      body="""
      Bonjour Guillermo,

      Nous vous remercions pour votre candidature à la formation intensive Data Analyst (session d'automne, Toulouse).

      Après examen, nous ne sommes malheureusement pas en mesure de vous proposer une place : la formation est réservée aux demandeurs d'emploi résidant en Occitanie.

      L'équipe admissions
      """),
    M(id="newsletter_data_fr", kind=OTHER, lang="fr",
      frm=("La Lettre de la Data", "lettre@lettredeladata.example.fr"),
      date="2026-09-20 08:00 +0200", fmt="html", cte="base64",
      hdrs=bulk("La Lettre de la Data <lettre.lettredeladata.example.fr>",
                "https://lettredeladata.example.fr/desabonnement"),
      subj="La Lettre #118 : entretiens techniques, offres et refus",
      body="""
      Au sommaire cette semaine :

      - Entretien technique SQL : les cinq erreurs qui coûtent une offre.
      - Témoignage : « Après un refus, j'ai demandé un retour, et c'était la meilleure idée. »
      - Outils : dbt, DuckDB et les tableaux de bord qui se chargent vite.

      Vous recevez cette lettre car vous y êtes abonné.
      """),
    M(id="own_candidature_fr", kind=OTHER, lang="fr", frm=ME,
      to=[("Recrutement Aquitaine Mobilités", "recrutement@aquitaine-mobilites.example.fr")],
      date="2026-06-29 19:30 +0200", subj="Candidature spontanée - data analyst",
      cte="quoted-printable",
      pdfs=[("CV_Guillermo_Echevarria_FR.pdf", ["Guillermo Echevarria Lizarraga",
                                                "Professeur de mathematiques - Data analyst"])],
      body="""
      Madame, Monsieur,

      Professeur de mathématiques en Espagne, je me reconvertis dans l'analyse de données et je souhaiterais rejoindre votre équipe Données à Bordeaux. Vous trouverez ci-joint mon CV.

      Je me tiens à votre disposition pour un entretien.

      Cordialement,
      Guillermo Echevarría Lizarraga
      """),
    M(id="rdv_medical_fr", kind=OTHER, lang="fr",
      frm=("RdvSanté", "no-reply@rdvsante.example.fr"), date="2026-05-21 18:00 +0200",
      fmt="alt", cte="quoted-printable", subj="Rappel : votre rendez-vous demain à 9h15",
      body="""
      Bonjour Guillermo Echevarría,

      Nous vous rappelons votre rendez-vous :
      Dr Marie Lacoste - Ophtalmologue
      Vendredi 22 mai 2026 à 9h15
      14 allées de Tourny, 33000 Bordeaux

      En cas d'empêchement, merci d'annuler votre rendez-vous au moins 24 heures à l'avance.
      """),
    M(id="colis_retard_fr", kind=OTHER, lang="fr",
      frm=("ColisExpress", "suivi@colisexpress.example.fr"), date="2026-07-08 09:12 +0200",
      subj="Votre colis a malheureusement du retard", cte="8bit",
      body="""
      Bonjour,

      Malheureusement, votre colis n° CX 2231 8890 FR n'a pas pu être livré dans les délais annoncés. Il sera remis en point relais sous 48 heures.

      Nous vous prions de nous excuser pour ce désagrément.
      ColisExpress
      """),
    M(id="amie_refus_fr", kind=OTHER, lang="fr",
      frm=("Mathilde Etcheverry", "mathilde.etch@courriel.example.fr"),
      date="2026-06-24 21:33 +0200", subj="Devine quoi...", cte="8bit",
      body="""
      Salut Guillermo,

      Je viens de recevoir un refus de la Banque Populaire du Sud-Ouest, après deux entretiens. Ils ont « retenu un profil plus expérimenté ». Je suis dégoûtée.

      Et toi, ça avance avec la banque à Bilbao ? Raconte-moi !

      Bises,
      Mathilde
      """),
]
