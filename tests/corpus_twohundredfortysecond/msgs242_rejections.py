"""Corpus 242, rejections: 31 hand-written messages (17 es, 8 en, 3 fr, 3 de)."""

from msgs242_common import (
    CAND,
    ats_card,
    mso_paras,
    outlook_block,
    paras_html,
    plain_html,
    quote,
    word_html,
    wrote,
)

_RIBERA_HTML_BODY = """Hola Valeria:

Te escribimos en relación con tu candidatura a Técnico/a de Nóminas (R-0418) en Clínica Ribera del Arga.

Como te avanzamos al anular la entrevista de marzo, la Dirección ha revisado la plantilla del área de Administración tras la apertura del nuevo bloque quirúrgico. El resultado es que la posición queda congelada y no vamos a continuar con el proceso de selección, ni contigo ni con el resto de personas que estaban en él.

Sentimos no poder darte otra noticia. Tus datos seguirán en nuestra base durante doce meses por si la plaza se reactiva.

Departamento de Personas
Clínica Ribera del Arga"""

_ARRIETA_MISSED = """Buenos días, Valeria:

Te he llamado dos veces esta mañana a las 10:00 y a las 10:15, como habíamos quedado, pero no he conseguido localizarte. ¿Ha pasado algo? Dime si quieres que lo intentemos otro día.

Iñaki"""

_IREGUA_THANKS = """Hola Begoña:

Solo quería darte las gracias por la entrevista de ayer y por enseñarme cómo organizáis las nóminas de las guardias. Me fui con muchas ganas de trabajar con vosotras.

Quedo a la espera de lo que decidáis.

Un saludo,
Valeria"""

_LEE_THANKS = """Dear Aoife,

Thank you for this morning's interview, and please pass my thanks to Donal and Gráinne on the panel. I enjoyed hearing how the team handles the weekly payroll for the seasonal milk-intake staff.

I look forward to hearing from you.

Kind regards,
Valeria"""

_AEROVAL_INVITE = """Bonjour Madame Nowak-Etxeberria,

Suite à votre candidature au poste d'assistante paie, nous aimerions vous rencontrer lors d'un entretien sur notre site de Colomiers le mercredi 20 mai à 14 h 30.

Pouvez-vous me confirmer votre présence ?

Julien Castaing
Chargé de recrutement"""

_KESSLER_MISSED = """Sehr geehrte Frau Nowak-Etxeberria,

wie vereinbart habe ich Sie heute um 10:00 Uhr unter +34 648 213 907 angerufen, zweimal, leider ohne Erfolg. Auch auf meine Nachricht auf Ihrer Mailbox kam bisher keine Rückmeldung.

Bitte melden Sie sich kurz, ob Sie weiterhin Interesse an der Stelle haben.

Sabine Hörmann"""

_ARRIETA_PHONE = """Hola Valeria:

¿Podemos hablar por teléfono el jueves 22 a las 10:00? Serán unos 20 minutos. Te llamo yo al número que pones en el CV, el que termina en 907.

Iñaki Goñi Zabalza"""

_ARRIETA_APPLICATION = """Buenas noches, Sr. Goñi:

He visto en la web del Colegio de Graduados Sociales que Gestoría Arrieta & Goñi busca un/a auxiliar de nóminas y me gustaría presentar mi candidatura.

Adjunto mi currículum. Quedo a su disposición para una entrevista cuando le venga bien."""

_KESSLER_HER_EXCUSE = """Sehr geehrte Frau Hörmann,

es tut mir sehr leid: Mein Handy hatte gestern Vormittag in der Backstube keinen Empfang, und ich habe Ihre Nachricht erst am Abend gesehen. Ich habe weiterhin großes Interesse an der Stelle und bin jederzeit für ein neues Gespräch erreichbar.

Mit freundlichen Grüßen
Valeria Nowak-Etxeberria"""

_KESSLER_MOVED = """Sehr geehrte Frau Nowak-Etxeberria,

leider müssen wir unser Gespräch von morgen verschieben. Neuer Termin: Dienstag, 16. Juni 2026, 10:00 Uhr, telefonisch.

Sabine Hörmann"""

_STAIGER_HER_NOTE = """Liebe Frau Staiger,

vielen Dank für das offene Gespräch heute und dafür, dass Sie mein Profil Ihrem Mandanten vorstellen. Ich freue mich auf Ihre Rückmeldung.

Viele Grüße
Valeria Nowak-Etxeberria"""

_ARNEDO_CANCEL = """Hola Valeria:

Te escribo para avisarte de que el lunes no podremos hacer la entrevista: tenemos auditoría de la mutua toda la semana y el director financiero no estará disponible. No queremos dejarte colgada; en cuanto tengamos agenda te propongo otra fecha.

Perdona las molestias.

Rosario"""

MESSAGES = [
    # ------------------------------------------------------------------ es
    dict(
        kind="rejection", slug="clinica_ribera_position_frozen", lang="es",
        company="Clínica Ribera del Arga", contact="",
        frm=("Clínica Ribera del Arga", "clinicaribera@myworkday.com"),
        frm_enc=("utf-8", "B"),
        subject="Novedades sobre tu candidatura – Técnico/a de Nóminas (R-0418)",
        subj_enc=("utf-8", "Q"),
        date="2026-04-20 06:02", tz="+0000", parent="clinica_ribera_cancel",
        html=ats_card("Clínica Ribera del Arga · Empleo", "#00695c",
                      paras_html(_RIBERA_HTML_BODY),
                      "Este mensaje se ha enviado desde una dirección que no admite respuestas. "
                      "Powered by Workday."),
        cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="rejection", slug="arrieta_goni_after_no_answer", lang="es",
        company="Gestoría Arrieta & Goñi", contact="inaki.goni@arrietagoni.example.es",
        frm=("Iñaki Goñi Zabalza", "inaki.goni@arrietagoni.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Re: Llamada del jueves", date="2026-02-02 13:27", tz="+0100",
        parent="arrieta_goni_missed",
        text="""Hola Valeria:

Te escribo para cerrar el tema y que no te quedes esperando. Como el jueves no pudimos hablar, seguimos con las demás llamadas y la semana pasada ya elegimos a otra persona para el puesto de auxiliar de nóminas. Ha empezado hoy.

Te deseo lo mejor con el cambio de sector.

Iñaki Goñi Zabalza
Socio - Gestoría Arrieta & Goñi, S.L.
C/ Estafeta 41, 1º - 31001 Pamplona
948 22 41 67

""" + wrote("es", "jue, 22 ene 2026 a las 10:41", "Iñaki Goñi Zabalza",
            "inaki.goni@arrietagoni.example.es") + "\n" + quote(
            _ARRIETA_MISSED + "\n\n" + wrote("es", "mar, 20 ene 2026 a las 9:03",
                                            "Iñaki Goñi Zabalza",
                                            "inaki.goni@arrietagoni.example.es")
            + "\n" + quote(_ARRIETA_PHONE + "\n\n" + wrote(
                "es", "lun, 12 ene 2026 a las 21:05", "Valeria Nowak-Etxeberria",
                "valeria.ne@example.es") + "\n" + quote(_ARRIETA_APPLICATION))),
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="rejection", slug="castellana_after_assessment_day", lang="es",
        company="Almacenes Castellana", contact="",
        frm=("Almacenes Castellana", "no-reply@smartrecruiters.com"),
        subject="Tu proceso de selección en Almacenes Castellana",
        date="2026-05-15 16:45", tz="+0200", parent="castellana_assessment_moved",
        text="""Hola Valeria,

Gracias por acompañarnos en la jornada de evaluación del 5 de mayo en nuestras oficinas de la calle Alcalá. Valoramos de verdad el tiempo que dedicaste a la prueba de Excel y a la dinámica de grupo.

Una vez puestas en común las valoraciones, nos hemos inclinado por personas cuyo recorrido en administración de personal se corresponde mejor con lo que el departamento necesita ahora mismo, así que no pasarás a la entrevista final.

Te animamos a seguir atenta a nuestra página de empleo.

Equipo de Selección
Almacenes Castellana, S.A.""",
        html=ats_card("Almacenes Castellana", "#8e1b3a", paras_html("""Hola Valeria,

Gracias por acompañarnos en la jornada de evaluación del 5 de mayo en nuestras oficinas de la calle Alcalá. Valoramos de verdad el tiempo que dedicaste a la prueba de Excel y a la dinámica de grupo.

Una vez puestas en común las valoraciones, nos hemos inclinado por personas cuyo recorrido en administración de personal se corresponde mejor con lo que el departamento necesita ahora mismo, así que no pasarás a la entrevista final.

Te animamos a seguir atenta a nuestra página de empleo.

Equipo de Selección
Almacenes Castellana, S.A."""), "Enviado con SmartRecruiters · No respondas a este correo."),
        cte="quoted-printable", html_cte="base64",
    ),
    dict(
        kind="rejection", slug="nominatalento_bardenas_declines", lang="es",
        company="Laboratorios Bardenas", contact="rodrigo.quintanilla@nominatalento.example.es",
        frm=("Rodrigo Quintanilla", "rodrigo.quintanilla@nominatalento.example.es"),
        subject="Respuesta de Laboratorios Bardenas", date="2026-04-07 19:12", tz="+0200",
        parent="nominatalento_unreachable",
        text="""Valeria, buenas tardes:

Tal y como te comenté cuando por fin pudimos hablar, presenté tu candidatura a mi cliente, Laboratorios Bardenas, para la posición de Administrativa de Nóminas en su planta de Tudela.

Hoy me ha llamado su responsable de RR. HH. Les ha gustado tu actitud y lo bien que explicas el paso del obrador a la oficina, pero finalmente han optado por una persona que lleva dos años cerrando nóminas con A3Nom y que puede incorporarse sin periodo de formación. No seguirán contigo.

Yo sí quiero seguir contando contigo: en cuanto tenga un proceso más junior te llamo.

Un abrazo,

Rodrigo Quintanilla
Senior Consultant · Finanzas y RR. HH.
Nómina & Talento Search
Paseo de la Castellana 93, 6ª planta · 28046 Madrid
+34 911 52 80 44

--
La información contenida en este correo es confidencial y está dirigida exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.""",
        charset="utf-8", cte="8bit",
    ),
    dict(
        kind="rejection", slug="metalicas_ebro_teamtailor", lang="es",
        company="Construcciones Metálicas Ebro", contact="",
        frm=("Construcciones Metálicas Ebro", "no-reply@teamtailor-mail.com"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Respuesta a tu candidatura: Administrativo/a de Personal",
        subj_enc=("utf-8", "B"),
        date="2026-03-11 10:30", tz="+0100", parent="metalicas_ebro_ack",
        text="""Hola Valeria:

Muchas gracias por interesarte por Construcciones Metálicas Ebro y por el puesto de Administrativo/a de Personal en nuestra planta de Cogullada.

Hemos leído tu candidatura con atención. En esta ocasión buscamos a alguien con experiencia previa en convenios del metal y en la gestión de turnos rotativos, por lo que hemos decidido no avanzar con tu perfil en este proceso.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Equipo de Talento - Construcciones Metálicas Ebro""",
        html=ats_card("Construcciones Metálicas Ebro", "#37474f", paras_html("""Hola Valeria:

Muchas gracias por interesarte por Construcciones Metálicas Ebro y por el puesto de Administrativo/a de Personal en nuestra planta de Cogullada.

Hemos leído tu candidatura con atención. En esta ocasión buscamos a alguien con experiencia previa en convenios del metal y en la gestión de turnos rotativos, por lo que hemos decidido no avanzar con tu perfil en este proceso.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Equipo de Talento - Construcciones Metálicas Ebro"""), "Teamtailor · Gestiona tus datos en el portal de candidatos."),
        cte="quoted-printable", html_cte="base64",
    ),
    dict(
        kind="rejection", slug="txoko_internal_promotion", lang="es",
        company="Supermercados Txoko", contact="ane.urkiola@txoko.example.es",
        frm=("Ane Urkiola - Supermercados Txoko", "ane-urkiola@workablemail.com"),
        reply_to=("Ane Urkiola", "ane.urkiola@txoko.example.es"),
        subject="Vacante Gestor/a de Nóminas – Vitoria-Gasteiz",
        subj_enc=("windows-1252", "Q"),
        date="2026-03-18 12:05", tz="+0100", parent="txoko_missed",
        text="""Kaixo Valeria:

Aunque al final no logramos hacer la videollamada, quería contarte en qué ha quedado la vacante de Gestor/a de Nóminas.

La hemos cubierto con una promoción interna: una compañera de administración de la tienda de Salburua, que ya conocía nuestro convenio, pasa a la central. Así que el proceso externo se cierra aquí y tu candidatura no sigue adelante.

Te agradezco el interés y la paciencia. “Eskerrik asko” de todo el equipo.

Ane Urkiola
Técnica de Personas – Supermercados Txoko
Portal de Gamarra 38 · 01013 Vitoria-Gasteiz""",
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="larraona_short_no", lang="es",
        company="Embutidos Larraona", contact="javier@larraona.example.es",
        frm=("Javier Larraona", "javier@larraona.example.es"),
        subject="Re: Puesto administracion", date="2026-06-18 20:41", tz="+0200",
        headers=[("In-Reply-To", "<CAF3x9Lq7@mail.example.es>"),
                 ("References", "<CAF3x9Lq7@mail.example.es>")],
        text="""Hola Valeria:

Gracias por venir el martes. Al final nos quedamos con otra persona.

Suerte,
Javier""",
        charset="us-ascii", cte="7bit",
    ),
    dict(
        kind="rejection", slug="gente_activa_client_passes", lang="es",
        company="Gente Activa", contact="rebeca.lahoz@genteactiva-ett.example.es",
        frm=("Rebeca Lahoz", "rebeca.lahoz@genteactiva-ett.example.es"),
        subject="Proceso administrativo/a de nóminas - PLAZA",
        subj_enc=("iso-8859-1", "B"),
        date="2026-01-29 17:18", tz="+0100", parent="gente_activa_registration",
        text="""Hola Valeria:

Te doy noticias del proceso para la empresa del polígono PLAZA que te comenté (sector logístico; por confidencialidad todavía no puedo decirte el nombre).

El cliente ha revisado las cinco candidaturas que le enviamos y ha descartado la tuya: quieren a alguien que haya llevado altas y bajas en el sistema RED con autonomía. Lo siento.

Sigues activa en nuestra base de datos y tengo otras posiciones de administración en marcha, así que hablamos pronto.

Rebeca Lahoz
Consultora de Selección
Gente Activa ETT · Delegación Zaragoza
Avda. César Augusto 27 · 976 39 12 50""",
        html=plain_html("""Hola Valeria:

Te doy noticias del proceso para la empresa del polígono PLAZA que te comenté (sector logístico; por confidencialidad todavía no puedo decirte el nombre).

El cliente ha revisado las cinco candidaturas que le enviamos y ha descartado la tuya: quieren a alguien que haya llevado altas y bajas en el sistema RED con autonomía. Lo siento.

Sigues activa en nuestra base de datos y tengo otras posiciones de administración en marcha, así que hablamos pronto.

Rebeca Lahoz
Consultora de Selección
Gente Activa ETT · Delegación Zaragoza
Avda. César Augusto 27 · 976 39 12 50"""),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="iregua_reply_to_thanks", lang="es",
        company="Policlínica Valle del Iregua", contact="begona.saenz@policlinicairegua.example.es",
        frm=("Begoña Sáenz de Cabezón", "begona.saenz@policlinicairegua.example.es"),
        frm_enc=("iso-8859-1", "B"),
        subject="Re: Gracias por la entrevista de ayer", date="2026-06-01 09:55", tz="+0200",
        parent="iregua_thanks",
        text="""Hola Valeria:

Muchas gracias a ti por tu mensaje, nos alegró mucho leerlo.

Lamentablemente no traigo buenas noticias. Hemos terminado la ronda y la dirección ha elegido a una candidata que ya trabajaba con nóminas sanitarias en otra clínica de Logroño. Ha sido una decisión ajustada, pero la plaza no va a ser para ti.

Guardo tu currículum; si en otoño se abre la baja por maternidad de una compañera, te llamaré.

Un abrazo,
Begoña Sáenz de Cabezón
Responsable de Administración de Personal
Policlínica Valle del Iregua · Avda. de la Paz 112 · 26004 Logroño

""" + wrote("es", "vie, 22 may 2026 a las 18:05", "Valeria Nowak-Etxeberria",
            "valeria.ne@example.es") + "\n" + quote(_IREGUA_THANKS),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="zadorra_taleo_formal", lang="es",
        company="Papelera del Zadorra", contact="",
        frm=("Papelera del Zadorra - Selección", "papeleradelzadorra@taleo.net"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Candidatura nº 26-0117 - Técnico/a de Administración de Personal",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-27 07:14", tz="+0000", parent="zadorra_ack",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Tahoma,Arial;font-size:13px">
<p>Estimada Sra. Nowak-Etxeberria:</p>
<p>En relación con su candidatura al puesto de <b>Técnico/a de Administración de Personal</b> (referencia 26-0117), le comunicamos que, una vez analizados los perfiles recibidos, el suyo no será considerado en las siguientes fases del proceso.</p>
<p>Esta decisión no supone una valoración negativa de su trayectoria. Conservaremos sus datos, con su consentimiento, para futuras convocatorias de Papelera del Zadorra.</p>
<p>Atentamente,<br>Dirección de Recursos Humanos<br>Papelera del Zadorra, S.A. · Polígono de Jundiz · Vitoria-Gasteiz</p>
<hr><p style="font-size:10px;color:#777">Mensaje generado automáticamente por el sistema de gestión de candidaturas. Por favor, no responda.</p>
</body></html>""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="ebro_norte_vacancy_cancelled", lang="es",
        company="Grupo Logístico Ebro Norte", contact="pilar.casaus@ebronorte.example.es",
        frm=("Casaus Lafuente, Pilar", "pilar.casaus@ebronorte.example.es"),
        subject="Proceso Técnico Nóminas PLA-ZGZ", date="2026-07-28 11:36", tz="+0200",
        parent="ebro_norte_missed",
        text="""Buenos días Valeria,

Retomo el contacto tras la videollamada que no llegamos a hacer el día 9.

Te informo de que la vacante de Técnico/a de Nóminas para nuestro centro de PLA-Zaragoza ha sido cancelada. Con la integración de la administración de personal en el centro de servicios compartidos de Madrid, la función deja de existir en Zaragoza y cerramos el proceso sin cubrir el puesto.

Gracias por tu interés en el Grupo.

Saludos cordiales,

Pilar Casaus Lafuente
People Partner
Grupo Logístico Ebro Norte
Ctra. de Logroño km 7,4 · 50011 Zaragoza
Tel. +34 976 46 20 00

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información privilegiada o confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida.""",
        html=word_html(mso_paras("""Buenos días Valeria,

Retomo el contacto tras la videollamada que no llegamos a hacer el día 9.

Te informo de que la vacante de Técnico/a de Nóminas para nuestro centro de PLA-Zaragoza ha sido cancelada. Con la integración de la administración de personal en el centro de servicios compartidos de Madrid, la función deja de existir en Zaragoza y cerramos el proceso sin cubrir el puesto.

Gracias por tu interés en el Grupo.

Saludos cordiales,

Pilar Casaus Lafuente
People Partner
Grupo Logístico Ebro Norte
Ctra. de Logroño km 7,4 · 50011 Zaragoza
Tel. +34 976 46 20 00

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información privilegiada o confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida.""")),
        charset="windows-1252", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrQk2F1b3c9ZXhhbXBsZQ==")],
    ),
    dict(
        kind="rejection", slug="atocha_colleague_style", lang="es",
        company="Nóminas Atocha", contact="paula.ferrer@nominasatocha.example.es",
        frm=("Paula Ferrer", "paula.ferrer@nominasatocha.example.es"),
        subject="lo del puesto", date="2026-05-26 21:03", tz="+0200", parent="atocha_invite",
        text="""Oye Valeria,

te cuento rápido porque sé que estabas pendiente. Al final se lo han dado a una chica que viene de otra asesoría y ya se maneja con Sage Despachos, así que lo tuyo no sale esta vez :(

Una pena de verdad, a mí me encajabas un montón y a Luis también le gustaste. Si sale algo más junior te escribo yo directamente, sin pasar por la web.

Ánimo y un abrazo!
Paula""",
        cte="base64",
    ),
    dict(
        kind="rejection", slug="henares_via_greenhouse", lang="es",
        company="Farmacéutica Henares Lab", contact="marta.ruiz@henareslab.example.es",
        frm=("Marta Ruiz via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Marta Ruiz", "marta.ruiz@henareslab.example.es"),
        subject="Re: ¿Alguna novedad? – Administrativo/a de Nóminas",
        subj_enc=("utf-8", "Q"),
        date="2026-07-02 15:20", tz="+0200", parent="henares_followup",
        text="""Hola Valeria:

Gracias por escribirnos y perdona la demora en responderte.

Tras la segunda ronda de entrevistas hemos decidido seguir adelante con candidaturas cuya experiencia se ajusta más a lo que buscamos para el equipo de nóminas de Alcalá de Henares. No es una decisión fácil y agradecemos mucho el tiempo que nos has dedicado.

Te deseamos mucha suerte.

Marta Ruiz
Talent Acquisition · Farmacéutica Henares Lab

""" + wrote("es", "lun, 29 jun 2026 a las 9:12", "Valeria Nowak-Etxeberria",
            "valeria.ne@example.es") + "\n" + quote("""Hola Marta:

Quería saber si hay alguna novedad sobre el proceso de Administrativo/a de Nóminas. La entrevista del día 16 me dejó con muchas ganas de incorporarme.

Gracias,
Valeria"""),
        html=plain_html("""Hola Valeria:

Gracias por escribirnos y perdona la demora en responderte.

Tras la segunda ronda de entrevistas hemos decidido seguir adelante con candidaturas cuya experiencia se ajusta más a lo que buscamos para el equipo de nóminas de Alcalá de Henares. No es una decisión fácil y agradecemos mucho el tiempo que nos has dedicado.

Te deseamos mucha suerte.

Marta Ruiz
Talent Acquisition · Farmacéutica Henares Lab"""),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="arnedo_sur_outlook_chain", lang="es",
        company="Calzados Arnedo Sur", contact="rjimenez@calzadosarnedosur.example.es",
        frm=("Rosario Jiménez Ochagavía", "rjimenez@calzadosarnedosur.example.es"),
        frm_enc=("windows-1252", "Q"),
        subject="RE: Aplazamos la entrevista del lunes", date="2026-08-18 10:02", tz="+0200",
        parent="arnedo_sur_cancel",
        text="""Hola Valeria:

Te debía una respuesta desde julio, disculpa.

Tras la auditoría hemos replanteado el puesto: lo ocupará una compañera del departamento de contabilidad a media jornada, y a partir de ahí hemos decidido cerrar el proceso externo. Por tanto no vamos a retomar tu entrevista ni a seguir con tu candidatura.

Te agradezco mucho la comprensión.

Rosario Jiménez Ochagavía
Responsable de Administración
Calzados Arnedo Sur, S.L. · Ctra. de Quel s/n · 26580 Arnedo (La Rioja)
Tel. 941 38 02 17

""" + outlook_block("es", "Rosario Jiménez Ochagavía", "jueves, 23 de julio de 2026 9:12",
                    "Valeria Nowak-Etxeberria", "Aplazamos la entrevista del lunes",
                    _ARNEDO_CANCEL) + """

Este mensaje va dirigido de manera exclusiva a su destinatario y puede contener información confidencial. Calzados Arnedo Sur, S.L. trata sus datos conforme al RGPD; puede ejercer sus derechos en lopd@calzadosarnedosur.example.es.""",
        html=word_html(mso_paras("""Hola Valeria:

Te debía una respuesta desde julio, disculpa.

Tras la auditoría hemos replanteado el puesto: lo ocupará una compañera del departamento de contabilidad a media jornada, y a partir de ahí hemos decidido cerrar el proceso externo. Por tanto no vamos a retomar tu entrevista ni a seguir con tu candidatura.

Te agradezco mucho la comprensión.

Rosario Jiménez Ochagavía
Responsable de Administración
Calzados Arnedo Sur, S.L. · Ctra. de Quel s/n · 26580 Arnedo (La Rioja)
Tel. 941 38 02 17""") + """
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De:</b> Rosario Jiménez Ochagavía<br><b>Enviado el:</b> jueves, 23 de julio de 2026 9:12<br><b>Para:</b> Valeria Nowak-Etxeberria<br><b>Asunto:</b> Aplazamos la entrevista del lunes</p></div>
""" + mso_paras(_ARNEDO_CANCEL) + """
<p class="MsoNormal" style="font-size:8pt;color:gray">Este mensaje va dirigido de manera exclusiva a su destinatario y puede contener información confidencial. Calzados Arnedo Sur, S.L. trata sus datos conforme al RGPD; puede ejercer sus derechos en lopd@calzadosarnedosur.example.es.</p>"""),
        charset="windows-1252", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind="rejection", slug="reina_urraca_bamboohr", lang="es",
        company="Hospital Reina Urraca", contact="",
        frm=("Hospital Reina Urraca", "no-reply@bamboohr.com"),
        subject="Auxiliar Administrativo/a – Nóminas y Seguros Sociales",
        subj_enc=("utf-8", "B"),
        date="2026-09-15 08:30", tz="+0000",
        text="""Estimada Valeria:

Le agradecemos su interés en formar parte del Hospital Reina Urraca.

Le informamos de que no ha sido seleccionada para el puesto de Auxiliar Administrativo/a – Nóminas y Seguros Sociales. El proceso ha contado con un número elevado de candidaturas y el comité ha priorizado perfiles con experiencia en el ámbito sanitario público.

Reciba un cordial saludo,
Servicio de Recursos Humanos
Hospital Reina Urraca · Zaragoza

Este correo se ha enviado a través de BambooHR. Las respuestas a esta dirección no se leen.""",
        cte="base64",
    ),
    dict(
        kind="rejection", slug="laboral_baztan_after_trial_day", lang="es",
        company="Laboral Baztán Asesores", contact="xabier.irigoien@laboralbaztan.example.es",
        frm=("Xabier Irigoien", "xabier.irigoien@laboralbaztan.example.es"),
        subject="Tu jornada con nosotros", date="2026-04-09 18:50", tz="+0200",
        parent="laboral_baztan_trial",
        text="""Hola Valeria:

Gracias otra vez por pasar el martes con nosotras en el despacho. Mikel y Lourdes coinciden en que aprendes rápido y en que tienes muy buen trato con los clientes, se nota la tienda.

Aun así, para la campaña que empieza en mayo necesitamos a alguien que domine los modelos 111 y 190 y los cierres trimestrales desde el primer día, y ahora mismo no podemos dedicar horas a formar. Por eso hemos decidido no seguir adelante con tu incorporación.

Si dentro de unos meses has hecho algo de práctica con nóminas, escríbeme sin problema.

Un saludo,

Xabier Irigoien Arraiza
Director · Laboral Baztán Asesores
Avda. Pío XII 18, entreplanta · 31008 Pamplona
948 17 55 30 · www.laboralbaztan.example.es""",
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="cooperativa_ribera_recruitee", lang="es",
        company="Cooperativa Hortofrutícola Ribera Navarra", contact="",
        frm=("Cooperativa Hortofrutícola Ribera Navarra", "no-reply@jobs.recruitee.com"),
        frm_enc=("utf-8", "Q"),
        subject="Tu candidatura a Administrativo/a de RR. HH. (campaña)",
        date="2026-08-06 09:00", tz="+0200",
        text="""Hola Valeria,

Hemos recibido muchísimas candidaturas para la campaña de este verano y, tras una primera revisión de los currículos, no vamos a avanzar con el tuyo para el puesto de Administrativo/a de RR. HH.

Nos guardamos tu perfil por si surge otra necesidad en el almacén de Tudela o en las oficinas de Pamplona.

Gracias por pensar en la Cooperativa.

Cooperativa Hortofrutícola Ribera Navarra""",
        html=ats_card("Ribera Navarra · Trabaja con nosotros", "#558b2f", paras_html("""Hola Valeria,

Hemos recibido muchísimas candidaturas para la campaña de este verano y, tras una primera revisión de los currículos, no vamos a avanzar con el tuyo para el puesto de Administrativo/a de RR. HH.

Nos guardamos tu perfil por si surge otra necesidad en el almacén de Tudela o en las oficinas de Pamplona.

Gracias por pensar en la Cooperativa.

Cooperativa Hortofrutícola Ribera Navarra"""), "Enviado mediante Recruitee. Puedes retirar tu consentimiento desde tu perfil."),
        cte="quoted-printable",
    ),
    # ------------------------------------------------------------------ en
    dict(
        kind="rejection", slug="lee_valley_reply_to_thanks", lang="en",
        company="Lee Valley Dairies", contact="aoife.brennan@leevalleydairies.example.ie",
        frm=("Aoife Brennan", "aoife.brennan@leevalleydairies.example.ie"),
        subject="Re: Thank you - Payroll Administrator interview", date="2026-04-28 14:07",
        tz="+0100", parent="lee_valley_thanks",
        text="""Hi Valeria,

Thanks so much for your kind note, the panel really appreciated it.

I'm sorry to say it's not good news this time. We had a very strong shortlist, and the panel felt that another candidate's hands-on experience with Revenue payroll submissions and the Irish PRSI classes made them the closer fit for the role. So we won't be progressing your application further.

You came across as warm and organised, and I'd encourage you to apply again when we advertise the Bandon site role later in the year.

Best wishes,
Aoife

Aoife Brennan | Talent Partner
Lee Valley Dairies | Model Farm Road | Cork T12 XK40
+353 21 480 2231

""" + wrote("en", "Thu, 16 Apr 2026 at 18:22", "Valeria Nowak-Etxeberria",
            "valeria.ne@example.es") + "\n" + quote(_LEE_THANKS),
        html=plain_html("""Hi Valeria,

Thanks so much for your kind note, the panel really appreciated it.

I'm sorry to say it's not good news this time. We had a very strong shortlist, and the panel felt that another candidate's hands-on experience with Revenue payroll submissions and the Irish PRSI classes made them the closer fit for the role. So we won't be progressing your application further.

You came across as warm and organised, and I'd encourage you to apply again when we advertise the Bandon site role later in the year.

Best wishes,
Aoife

Aoife Brennan | Talent Partner
Lee Valley Dairies | Model Farm Road | Cork T12 XK40
+353 21 480 2231

""" + wrote("en", "Thu, 16 Apr 2026 at 18:22", "Valeria Nowak-Etxeberria",
            "valeria.ne@example.es") + "\n\n" + quote(_LEE_THANKS)),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="shandon_bamboohr_letter", lang="en",
        company="Shandon Payroll Bureau", contact="",
        frm=("Shandon Payroll Bureau", "no-reply@bamboohr.com"),
        subject="Your application - Payroll Administrator",
        date="2026-02-20 11:15", tz="+0000", parent="shandon_missed",
        html=ats_card("Shandon Payroll Bureau", "#283593", paras_html("""Dear Valeria,

Thank you for the time you have given to our recruitment process for the Payroll Administrator position.

After careful consideration we have decided not to take your application further. We received applications from a number of people with several years of bureau experience, and on this occasion we have chosen to progress with them.

We appreciate your interest in Shandon Payroll Bureau and wish you every success.

Yours sincerely,
The Shandon Payroll Bureau team"""), "Sent via BambooHR. This mailbox is not monitored."),
        cte="base64",
    ),
    dict(
        kind="rejection", slug="mercy_harbour_role_on_hold", lang="en",
        company="Mercy Harbour University Hospital", contact="",
        frm=("Mercy Harbour University Hospital Careers", "careers-noreply@icims.com"),
        subject="Payroll Officer (Grade IV) - update on your application",
        date="2026-06-22 09:40", tz="+0100", parent="mercy_harbour_cancel",
        text="""Dear Valeria,

We are writing to you about your application for Payroll Officer (Grade IV), reference MHUH-2026-311.

Following a review of staffing approvals by the hospital executive, this vacancy has been placed on hold. As a result, we will not be proceeding with the competition, and your application will not move forward. We are sorry for the disappointment this may cause, particularly after your interview was stood down.

Should the post be re-advertised, you are welcome to apply again.

HR Recruitment Office
Mercy Harbour University Hospital, Cork

Please do not reply to this email. This message was sent from an unattended mailbox.""",
        html=ats_card("Mercy Harbour University Hospital", "#004d40", paras_html("""Dear Valeria,

We are writing to you about your application for Payroll Officer (Grade IV), reference MHUH-2026-311.

Following a review of staffing approvals by the hospital executive, this vacancy has been placed on hold. As a result, we will not be proceeding with the competition, and your application will not move forward. We are sorry for the disappointment this may cause, particularly after your interview was stood down.

Should the post be re-advertised, you are welcome to apply again.

HR Recruitment Office
Mercy Harbour University Hospital, Cork"""), "Please do not reply to this email. This message was sent from an unattended mailbox. iCIMS"),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="carrigaline_ringaskiddy_declines", lang="en",
        company="Ringaskiddy Pharma Fill", contact="ciaran@carrigalinetalent.example.ie",
        frm=("Ciarán Twomey", "ciaran@carrigalinetalent.example.ie"),
        subject="Ringaskiddy - feedback", date="2026-07-15 16:33", tz="+0100",
        parent="carrigaline_postponed",
        text="""Hi Valeria,

Just off the phone with the hiring manager at Ringaskiddy Pharma Fill.

They've decided to go with another candidate, someone who has been running a 400-head weekly payroll in a GMP site for three years. Honestly, I think it came down to that rather than anything you did in the interview, which they said went well.

Disappointing, I know, especially after the delay. I'll keep pushing your CV for bureau and retail roles in Cork city, and I'll call you on Friday to talk about two I have in mind.

Ciarán

Ciarán Twomey
Director | Carrigaline Talent Partners
Main Street, Carrigaline, Co. Cork
M: +353 87 614 2290""",
        charset="utf-8", cte="8bit",
    ),
    dict(
        kind="rejection", slug="blackpool_workday_not_shortlisted", lang="en",
        company="Blackpool Retail Group", contact="",
        frm=("Blackpool Retail Group", "blackpoolretail@myworkday.com"),
        subject="Payroll & Benefits Assistant (JR-20614)",
        date="2026-03-30 07:58", tz="+0100", parent="blackpool_ack",
        html=ats_card("Blackpool Retail Group Careers", "#c62828", paras_html("""Hello Valeria,

Thank you for applying for the Payroll & Benefits Assistant position (JR-20614) at our Blackpool support office.

We have now reviewed all applications, and unfortunately you have not been shortlisted for interview on this occasion.

We really do appreciate your interest. Please keep an eye on our careers site, as new roles open across our stores and support office every month.

Kind regards,
Talent Acquisition
Blackpool Retail Group"""), "You are receiving this email because you applied through our careers site. Powered by Workday."),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="douglas_foods_filled_internally", lang="en",
        company="Douglas Foods", contact="eoin.lynch@douglasfoods.example.ie",
        frm=("Eoin Lynch", "eoin.lynch@douglasfoods.example.ie"),
        subject="Payroll role at Douglas Foods", date="2026-09-21 10:18", tz="+0100",
        parent="douglas_missed",
        text="""Hi Valeria,

I wanted to close the loop with you properly. Since we couldn't connect on the 4th, things moved on here: a colleague from our accounts team asked to move across, and the MD agreed to fill the payroll position internally. There's no external vacancy any more, so we won't be taking your application further.

Thanks for your interest, and sorry we never got to have that chat.

Eoin Lynch
Finance Manager, Douglas Foods
Unit 4, Douglas Business Park, Cork""",
        html=plain_html("""Hi Valeria,

I wanted to close the loop with you properly. Since we couldn't connect on the 4th, things moved on here: a colleague from our accounts team asked to move across, and the MD agreed to fill the payroll position internally. There's no external vacancy any more, so we won't be taking your application further.

Thanks for your interest, and sorry we never got to have that chat.

Eoin Lynch
Finance Manager, Douglas Foods
Unit 4, Douglas Business Park, Cork"""),
        charset="us-ascii", cte="7bit",
    ),
    dict(
        kind="rejection", slug="quay_coop_casual", lang="en",
        company="Quay Co-op Stores", contact="sinead.murphy@quaycoop.example.ie",
        frm=("Sinéad Murphy", "sinead.murphy@quaycoop.example.ie"),
        frm_enc=("iso-8859-1", "Q"),
        subject="payroll job – bad news I'm afraid", subj_enc=("windows-1252", "Q"),
        date="2026-05-08 17:52", tz="+0100",
        text="""Hey Valeria!

Quick one from me – we’ve gone with someone else for the payroll job. Sorry to be the bearer… it was close, and you were “the baker” in all our notes, in a good way.

If you’re ever over in Cork give me a shout and we’ll grab a coffee on the Coal Quay.

Sinéad""",
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="glanmire_cu_terse", lang="en",
        company="Glanmire Credit Union", contact="declan.ahern@glanmirecu.example.ie",
        frm=("Declan Ahern", "declan.ahern@glanmirecu.example.ie"),
        subject="Payroll clerk position", date="2026-10-06 12:01", tz="+0100",
        text="""Valeria,

Thanks for coming in on Monday. We won't be moving forward with your application.

Best,
Declan""",
        charset="us-ascii", cte="7bit",
    ),
    # ------------------------------------------------------------------ fr
    dict(
        kind="rejection", slug="aeroval_after_interview", lang="fr",
        company="Aéroval Composites", contact="julien.castaing@aeroval.example.fr",
        frm=("Julien Castaing", "julien.castaing@aeroval.example.fr"),
        subject="Re: Entretien assistante paie - Aéroval Composites",
        subj_enc=("utf-8", "Q"),
        date="2026-06-03 11:24", tz="+0200", parent="aeroval_invite",
        text="""Bonjour Valeria,

Merci encore d'être venue jusqu'à Colomiers le 20 mai.

Après avoir rencontré l'ensemble des candidates, nous avons choisi de poursuivre avec un profil plus expérimenté sur la paie en convention de la métallurgie. Nous ne donnerons donc pas suite à votre candidature pour ce poste.

Votre énergie et votre sens du service nous ont marqués ; je garde votre CV pour de futurs besoins sur le site de Blagnac.

Bien à vous,
Julien Castaing
Chargé de recrutement - Aéroval Composites
Zone Aéroconstellation, 31700 Colomiers
05 61 30 48 72

""" + wrote("fr", "mar. 12 mai 2026 à 10:02", "Julien Castaing",
            "julien.castaing@aeroval.example.fr") + "\n" + quote(_AEROVAL_INVITE),
        html=plain_html("""Bonjour Valeria,

Merci encore d'être venue jusqu'à Colomiers le 20 mai.

Après avoir rencontré l'ensemble des candidates, nous avons choisi de poursuivre avec un profil plus expérimenté sur la paie en convention de la métallurgie. Nous ne donnerons donc pas suite à votre candidature pour ce poste.

Votre énergie et votre sens du service nous ont marqués ; je garde votre CV pour de futurs besoins sur le site de Blagnac.

Bien à vous,
Julien Castaing
Chargé de recrutement - Aéroval Composites
Zone Aéroconstellation, 31700 Colomiers
05 61 30 48 72

""" + wrote("fr", "mar. 12 mai 2026 à 10:02", "Julien Castaing",
            "julien.castaing@aeroval.example.fr") + "\n\n" + quote(_AEROVAL_INVITE)),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="lartigue_formal_letter", lang="fr",
        company="Cabinet Lartigue Paie & Conseil", contact="h.lartigue@cabinet-lartigue.example.fr",
        frm=("Hélène Lartigue", "h.lartigue@cabinet-lartigue.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Votre candidature au poste de gestionnaire de paie (réf. LPC-09)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-10-02 15:40", tz="+0200", parent="lartigue_missed",
        text="""Madame,

Nous vous remercions de l'intérêt que vous avez porté à notre cabinet et au poste de gestionnaire de paie basé à Bayonne.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Le recrutement a été finalisé avec une personne déjà titulaire du titre professionnel de gestionnaire de paie.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Hélène Lartigue
Expert-comptable, gérante
Cabinet Lartigue Paie & Conseil
12, allées Paulmy - 64100 Bayonne
Tél. 05 59 25 61 08""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="atlantique_interim_itsasoa", lang="fr",
        company="Conserverie Itsasoa", contact="l.darrigrand@atlantique-interim.example.fr",
        frm=("Laetitia Darrigrand", "l.darrigrand@atlantique-interim.example.fr"),
        subject="Mission assistante paie - retour de la Conserverie Itsasoa",
        date="2026-08-20 09:48", tz="+0200", parent="atlantique_inscription",
        text="""Bonjour Valeria,

J'ai eu ce matin le retour de notre client, la Conserverie Itsasoa à Saint-Jean-de-Luz, pour la mission d'assistante paie de septembre à décembre.

Ils ont préféré une intérimaire qui a déjà travaillé chez eux l'an dernier pendant la saison du thon : elle connaît leur logiciel et les équipes. Votre profil n'a donc pas été retenu pour cette mission.

Je reste à l'affût d'autres missions sur Bayonne - Anglet - Biarritz et je vous rappelle dès que j'ai quelque chose.

Laetitia Darrigrand
Chargée de recrutement
Atlantique Intérim - Agence de Bayonne
8 rue Thiers, 64100 Bayonne""",
        html=paras_html("""Bonjour Valeria,

J'ai eu ce matin le retour de notre client, la Conserverie Itsasoa à Saint-Jean-de-Luz, pour la mission d'assistante paie de septembre à décembre.

Ils ont préféré une intérimaire qui a déjà travaillé chez eux l'an dernier pendant la saison du thon : elle connaît leur logiciel et les équipes. Votre profil n'a donc pas été retenu pour cette mission.

Je reste à l'affût d'autres missions sur Bayonne - Anglet - Biarritz et je vous rappelle dès que j'ai quelque chose.

Laetitia Darrigrand
Chargée de recrutement
Atlantique Intérim - Agence de Bayonne
8 rue Thiers, 64100 Bayonne"""),
        charset="iso-8859-1", cte="quoted-printable", html_charset="utf-8", html_cte="base64",
    ),
    # ------------------------------------------------------------------ de
    dict(
        kind="rejection", slug="kessler_after_unreachable", lang="de",
        company="Kessler Präzisionsteile", contact="sabine.hoermann@kessler-praezision.example.de",
        frm=("Sabine Hörmann", "sabine.hoermann@kessler-praezision.example.de"),
        frm_enc=("utf-8", "B"),
        subject="AW: Ihr Telefontermin am 16. Juni", date="2026-06-26 14:12", tz="+0200",
        parent="kessler_missed",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

vielen Dank für Ihre Erklärung zum verpassten Anruf, das kann passieren.

Da wir das Auswahlverfahren für die Stelle als Sachbearbeiterin Entgeltabrechnung bis Ende Juni abschließen mussten, haben wir uns inzwischen für eine andere Bewerberin entschieden, die bereits mit DATEV LODAS arbeitet. Wir können Ihre Bewerbung daher leider nicht weiter berücksichtigen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Sabine Hörmann
Personalreferentin
Kessler Präzisionsteile GmbH
Heilbronner Straße 310 · 70469 Stuttgart
Tel. +49 711 8196 224

Kessler Präzisionsteile GmbH · Sitz: Stuttgart · Amtsgericht Stuttgart HRB 7341 · Geschäftsführer: Dr. Ulrich Kessler
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.

""" + wrote("de", "Mi., 17. Juni 2026 um 08:02", "Valeria Nowak-Etxeberria",
            "valeria.ne@example.es") + "\n" + quote(
            _KESSLER_HER_EXCUSE + "\n\n" + wrote(
                "de", "Di., 16. Juni 2026 um 10:35", "Sabine Hörmann",
                "sabine.hoermann@kessler-praezision.example.de") + "\n"
            + quote(_KESSLER_MISSED + "\n\n" + wrote(
                "de", "Mi., 10. Juni 2026 um 15:02", "Sabine Hörmann",
                "sabine.hoermann@kessler-praezision.example.de") + "\n" + quote(_KESSLER_MOVED))),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="neckar_softgarden_absage", lang="de",
        company="Neckar Lohnbüro", contact="",
        frm=("Neckar Lohnbüro GmbH", "noreply@softgarden.io"),
        frm_enc=("utf-8", "Q"),
        subject="Ihre Bewerbung bei der Neckar Lohnbüro GmbH", subj_enc=("utf-8", "Q"),
        date="2026-03-23 08:05", tz="+0100", parent="neckar_ack",
        html=ats_card("Neckar Lohnbüro · Karriere", "#1565c0", paras_html("""Sehr geehrte Frau Nowak-Etxeberria,

herzlichen Dank für Ihre Bewerbung als Lohn- und Gehaltsbuchhalterin (m/w/d) und das damit verbundene Interesse an unserem Büro in Stuttgart-Bad Cannstatt.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen können. Ausschlaggebend war, dass wir für diese Position eine abgeschlossene Ausbildung als Steuerfachangestellte voraussetzen.

Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach sechs Monaten gelöscht.

Freundliche Grüße
Ihr Team der Neckar Lohnbüro GmbH"""), "Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail."),
        cte="base64",
    ),
    dict(
        kind="rejection", slug="staiger_rau_client_declines", lang="de",
        company="Staiger & Rau", contact="j.staiger@staiger-rau.example.de",
        frm=("Jana Staiger", "j.staiger@staiger-rau.example.de"),
        subject="AW: Vielen Dank für das Gespräch", date="2026-10-06 18:25", tz="+0200",
        parent="staiger_her_thanks",
        text="""Liebe Frau Nowak-Etxeberria,

ich habe heute die Rückmeldung meines Mandanten bekommen, des mittelständischen Zulieferers aus Esslingen, über den wir gesprochen haben.

Man hat sich dort gegen eine Einladung zum Gespräch entschieden. Der Grund ist vor allem die Sprache: Im Lohnbüro wird ausschließlich auf Deutsch mit den Betriebsräten verhandelt, und man sucht jemanden mit mehrjähriger Erfahrung im Tarifvertrag der Metall- und Elektroindustrie. Das Projekt ist damit für Sie leider beendet.

Ich melde mich, sobald ich eine passende Position mit internationalem Bezug habe – gerne auch in Ihrer Nähe.

Herzliche Grüße
Jana Staiger
Personalberatung Staiger & Rau
Königstraße 26 · 70173 Stuttgart · +49 711 2289 310

""" + wrote("de", "Mi., 30. Sept. 2026 um 17:40", "Valeria Nowak-Etxeberria",
            "valeria.ne@example.es") + "\n" + quote(_STAIGER_HER_NOTE),
        charset="windows-1252", cte="8bit",
    ),
]
