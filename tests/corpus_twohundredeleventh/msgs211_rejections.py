"""Corpus 211, kind `rejection`. Every message here is written by hand for this corpus; no two
share a sentence pattern."""

from msgs211_common import (
    CAND,
    aecrit_fr,
    ats_card,
    escribio_es,
    forward_block,
    html_page,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    schrieb_de,
    wrote_en,
)
from msgs211_invites import MEDIT_ILL
from msgs211_other import THANKS_GARBI, THANKS_KESTREL, THANKS_LEMAN

MESSAGES = [
    # ------------------------------------------------------------------ es
    dict(
        name="garbi_tras_entrevista_cita_agradecimiento", kind="rejection", lang="es",
        id="garbi-rej", parent="garbi-thanks",
        company="Editorial Garbí", contact="nuria.pages@editorialgarbi.example.es",
        date="2026-02-06 12:20 +0100",
        frm=("Núria Pagès", "nuria.pages@editorialgarbi.example.es"),
        to=[CAND],
        subject="Re: Gracias por la entrevista de ayer",
        cte="8bit",
        text="""Hola Mireia:

Gracias a ti por el mensaje, y perdona que haya tardado en contestar. Quería hacerlo yo y no
con una plantilla.

Al final nos hemos decantado por una persona que ya había coordinado la edición de libros de
texto y que puede ponerse al frente del proyecto desde el primer día. Tu propuesta de las
secuencias de 45 minutos nos pareció muy buena y, sinceramente, la decisión no fue fácil.

Me gustaría guardar tu contacto para los encargos externos de Ciencias que sacaremos en
otoño, si te parece bien.

Un abrazo,
Núria Pagès
Personas · Editorial Garbí
Carrer del Carme 21, 17004 Girona · 972 00 26 50

""" + escribio_es("mié, 28 ene 2026 a las 19:12", "Mireia Castellví-Hoang",
                  "mireia.ch@example.es") + "\n" + quote(THANKS_GARBI) + "\n",
    ),
    dict(
        name="semilla_puesto_en_suspenso", kind="rejection", lang="es",
        company="Fundación Semilla Digital", contact="marta.ibanez@semilladigital.example.org",
        date="2026-04-03 13:40 +0200",
        frm=("Marta Ibáñez", "marta.ibanez@semilladigital.example.org"),
        to=[CAND],
        subject="Proceso Técnica de contenidos educativos – actualización",
        html=outlook_html(mso("""Hola Mireia:

Quería informarte personalmente del estado del proceso de Técnica de contenidos educativos.

El patronato ha decidido congelar la contratación hasta conocer la resolución de la
subvención europea que financia el programa, y eso no ocurrirá antes de 2027. Por tanto, el
puesto queda en suspenso y no vamos a continuar con el proceso ni con las entrevistas que
teníamos pendientes.

Sentimos mucho hacerte perder el tiempo. Si el proyecto se reactiva, partiremos de cero con
una nueva convocatoria y te avisaré.

Un saludo cordial,
Marta Ibáñez
Coordinadora de Programas · Fundación Semilla Digital
C/ de Quart 70, 46008 Valencia · 96 000 84 02""")),
    ),
    dict(
        name="didactia_seco", kind="rejection", lang="es",
        parent="didactia-invite",
        company="Didactia", contact="pau@didactia.example.es",
        date="2026-05-06 19:55 +0200",
        frm=("Pau Monzó", "pau@didactia.example.es"),
        to=[CAND],
        subject="Re: Entrevista Didactia: lunes 27 a las 17h",
        cte="8bit",
        text="""Hola Mireia,

Al final no seguimos contigo. Gracias por tu tiempo y suerte.

Pau
""",
    ),
    dict(
        name="flexiplus_cliente_moncayo_no", kind="rejection", lang="es",
        company="Industrias Moncayo", contact="sergio.navarro@flexiplus.example.es",
        date="2026-07-01 12:10 +0200",
        frm=("Sergio Navarro · Flexiplus ETT", "sergio.navarro@flexiplus.example.es"),
        to=[CAND],
        subject="Respuesta de Industrias Moncayo",
        charset="windows-1252", cte="quoted-printable",
        text="""Hola Mireia:

Ya tengo respuesta de Industrias Moncayo sobre la plaza de formadora para su escuela de
operarios de Tarazona. Me dicen que se quedan con otra candidata que ha trabajado años en
formación en planta, algo que para ellos pesaba más que la parte de e-learning.

No es por tu perfil, que les gustó. Sigo teniéndote en cuenta para otras ofertas: esta
semana entran dos de formación online en Zaragoza capital y te llamaré.

Un saludo,
Sergio Navarro
Consultor de selección – Flexiplus ETT, Delegación Zaragoza
""",
    ),
    dict(
        name="hospitales_levante_workday", kind="rejection", lang="es",
        company="Hospitales Levante", contact="",
        date="2026-02-12 07:30 +0100",
        frm=("Hospitales Levante", "hospitaleslevante@myworkday.com"),
        to=[CAND],
        subject="Actualización de tu solicitud – Diseñador/a de formación clínica online",
        cte="base64",
        text="""Estimada Mireia:

Gracias por el interés mostrado en Hospitales Levante y por el tiempo dedicado a tu
solicitud para Diseñador/a de formación clínica online (R-3309).

Tras revisar detenidamente tu candidatura, lamentamos comunicarte que no continuarás en el
proceso de selección para esta posición.

Te animamos a consultar nuestras ofertas y a presentarte a aquellas que se ajusten a tu
perfil.

Atentamente,
Departamento de Talento · Hospitales Levante

Este mensaje se ha generado automáticamente. No respondas a esta dirección.
""",
        html=ats_card(
            "Hospitales Levante",
            paras("""Estimada Mireia:

Gracias por el interés mostrado en Hospitales Levante y por el tiempo dedicado a tu
solicitud para Diseñador/a de formación clínica online (R-3309).

Tras revisar detenidamente tu candidatura, lamentamos comunicarte que no continuarás en el
proceso de selección para esta posición.

Te animamos a consultar nuestras ofertas y a presentarte a aquellas que se ajusten a tu
perfil.

Atentamente,
Departamento de Talento · Hospitales Levante"""),
            "Este mensaje se ha generado automáticamente. No respondas a esta dirección.",
            color="#9f1239",
        ),
    ),
    dict(
        name="faro_azul_cubierta_internamente", kind="rejection", lang="es",
        company="Ediciones Faro Azul", contact="joan.ribas@faroazul.example.es",
        date="2026-03-11 16:45 +0100",
        frm=("Joan Ribas", "joan.ribas@faroazul.example.es"),
        to=[CAND],
        subject="Editor/a de proyectos digitales – resolución",
        charset="windows-1252", cte="quoted-printable",
        text="""Apreciada Mireia:

Te escribo para cerrar el proceso de Editor/a de proyectos digitales. Finalmente la vacante
se ha cubierto con una compañera del equipo de redacción de Lengua, que pidió el traslado
interno cuando ya teníamos abiertas las entrevistas externas.

Te agradezco mucho la presentación que preparaste; la compartí con el equipo y varias ideas
nos han servido.

Cordialmente,

Joan Ribas i Ferrer
Director editorial – Ediciones Faro Azul
Carrer d'Aragó 312, 08009 Barcelona – 93 000 70 55

Aquest missatge és confidencial. / Este mensaje es confidencial y está dirigido únicamente a
su destinatario.
""",
    ),
    dict(
        name="kubo_posicion_cancelada", kind="rejection", lang="es",
        parent="kubo-move",
        company="Kubo Formación", contact="andrea.llorens@kuboformacion.example.es",
        date="2026-07-27 11:00 +0200",
        frm=("Andrea Llorens", "andrea.llorens@kuboformacion.example.es"),
        to=[CAND],
        subject="Sobre la posición de diseñadora de cursos",
        cte="8bit",
        text="""Hola Mireia:

Te debo una explicación después de nuestra llamada del día 9. La dirección ha decidido
reorganizar el área de producción y la posición de diseñadora de cursos desaparece: los
cursos los hará una productora externa a partir de otoño.

Así que el proceso se cancela para todo el mundo y no voy a poder seguir contigo. Me sabe
muy mal, porque eras una de las dos finalistas.

Un abrazo y mucha suerte,
Andrea
""",
    ),
    dict(
        name="tramuntana_colega", kind="rejection", lang="es",
        parent="tramuntana-invite",
        company="Tramuntana Learning Studio", contact="roger@tramuntanalearning.example.es",
        date="2026-09-21 20:10 +0200",
        frm=("Roger Vilà", "roger@tramuntanalearning.example.es"),
        to=[CAND],
        subject="lo del estudio",
        cte="8bit",
        text="""Ei Mireia!

Mira, te soy sincero, que después del café me caes demasiado bien para mandarte un correo
de recursos humanos: al final nos quedamos con Quim, que lleva años haciendo formación para
hoteles y nos ahorra todo el aprendizaje del sector. Era una decisión de calendario más que
otra cosa.

Si te apetece, cuando tengamos algún proyecto de escuelas te llamo para colaborar por horas.
Y el café sigue pendiente, esta vez invito yo.

Abrazo,
Roger
""",
    ),
    dict(
        name="pixelaula_smartrecruiters", kind="rejection", lang="es",
        company="Pixel Aula", contact="",
        date="2026-09-25 09:00 +0200",
        frm=("Pixel Aula", "no-reply@smartrecruiters.com"),
        to=[CAND],
        subject="Tu candidatura para Diseñador/a de contenidos de Matemáticas",
        text="""Hola Mireia,

Te agradecemos sinceramente tu participación en el proceso para Diseñador/a de contenidos de
Matemáticas, incluida la jornada de prueba.

Después de valorar a todas las personas finalistas, hemos optado por avanzar con perfiles
que se ajustan mejor a las necesidades actuales del equipo. Conservaremos tus datos durante
un año por si surge una vacante similar.

Saludos,
El equipo de Pixel Aula

Powered by SmartRecruiters
""",
        html=ats_card(
            "Pixel Aula",
            paras("""Hola Mireia,

Te agradecemos sinceramente tu participación en el proceso para Diseñador/a de contenidos de
Matemáticas, incluida la jornada de prueba.

Después de valorar a todas las personas finalistas, hemos optado por avanzar con perfiles
que se ajustan mejor a las necesidades actuales del equipo. Conservaremos tus datos durante
un año por si surge una vacante similar.

Saludos,
El equipo de Pixel Aula"""),
            "Powered by SmartRecruiters", color="#ea580c",
        ),
    ),
    dict(
        name="ludica_greenhouse_tras_entrevista", kind="rejection", lang="es",
        parent="ludica-cancel",
        company="Lúdica Learning", contact="jordi.serra@ludicalearning.example.es",
        date="2026-03-30 10:15 +0200",
        frm=("Jordi Serra via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=[("Jordi Serra", "jordi.serra@ludicalearning.example.es")],
        to=[CAND],
        subject="Tu proceso con Lúdica Learning",
        subj_enc=("utf-8", "Q"),
        text="""Hola Mireia,

Gracias por la conversación con Marta la semana pasada, y por tu paciencia con el cambio de
fecha.

Hemos comparado los perfiles finalistas y buscamos a alguien con más recorrido en diseño de
juegos y mecánicas de progresión, así que no seguiremos adelante con tu candidatura para
Game-based Learning Designer.

Si quieres comentarios concretos sobre la entrevista, responde a este correo y te los paso.

Un saludo,
Jordi Serra
Talent Acquisition · Lúdica Learning
""",
    ),
    dict(
        name="turia_resolucion_pdf", kind="rejection", lang="es",
        parent="turia-newslot",
        company="Universidad del Turia", contact="vicent.ferrandis@unturia.example.es",
        date="2026-04-08 12:00 +0200",
        frm=("Vicent Ferrandis Sanz", "vicent.ferrandis@unturia.example.es"),
        to=[CAND],
        subject="Resolución del proceso – Técnica de diseño de aprendizaje",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada Mireia:

Le remitimos adjunta la resolución del proceso de selección para la plaza de Técnica de
diseño de aprendizaje de la Unidad de Innovación Docente.

Como verá, la comisión ha propuesto la contratación de otra persona candidata, que obtuvo la
puntuación más alta en la suma de méritos y entrevista. Usted figura en tercer lugar de la
relación de reserva.

Le agradecemos su participación y su flexibilidad con el cambio de fecha.

Atentamente,

Vicent Ferrandis Sanz
Técnico de Selección · Servicio de Personal
Universidad del Turia
""",
        pdfs=[dict(filename="Resolucion_TDA_2026-03.pdf",
                   title="Resolución del proceso de selección TDA 2026/03",
                   lines=["Plaza: Técnica de diseño de aprendizaje",
                          "Persona propuesta: candidata n.º 7 (89,5 puntos)",
                          "Relación de reserva: 1.º cand. 2 - 2.º cand. 11 - "
                          "3.º Castellví-Hoang, M.",
                          "Valencia, 7 de abril de 2026"])],
    ),
    dict(
        name="icaro_cliente_sin_nombre", kind="rejection", lang="es",
        parent="icaro-reg",
        company="Ícaro Talent", contact="ernesto.valls@icarotalent.example.es",
        date="2026-07-15 18:20 +0200",
        frm=("Ernesto Valls", "ernesto.valls@icarotalent.example.es"),
        to=[CAND],
        subject="Proceso Responsable de Formación Digital",
        text="""Hola Mireia:

Como te prometí, te cuento cómo ha ido la criba con nuestro cliente. Han preferido centrarse
en personas que ya hayan dirigido equipos de producción digital, y con ese filtro tu
candidatura se queda fuera de la terna que les presentamos.

No lo veas como un cierre: tu perfil encaja mejor en puestos de diseño que de dirección, y
es justo lo que más nos piden las editoriales. Te tengo localizada.

Un saludo,
Ernesto Valls
Partner · Ícaro Talent
""",
    ),
    dict(
        name="maestrat_personio_perfiles_ajustados", kind="rejection", lang="es",
        parent="maestrat-ack",
        company="Maestrat Digital", contact="",
        date="2026-01-30 15:00 +0100",
        frm=("Maestrat Digital", "noreply@personio.de"),
        to=[CAND],
        subject="Tu candidatura en Maestrat Digital",
        subj_enc=("iso-8859-1", "Q"),
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hola Mireia,

gracias de nuevo por tu interés en el puesto de Instructional Designer.

Hemos recibido un gran número de candidaturas y hemos decidido continuar el proceso con
personas cuyo perfil se ajusta más a los requisitos del puesto. Te deseamos mucho éxito en
tu búsqueda.

Saludos cordiales,
Maestrat Digital

--
Este correo ha sido generado automáticamente por Personio.
""",
    ),
    dict(
        name="mediterranea_cadena_outlook", kind="rejection", lang="es",
        parent="medit-missed",
        company="Seguros Mediterránea", contact="rocio.almela@segurosmediterranea.example.es",
        date="2026-06-03 17:30 +0200",
        frm=("Rocío Almela", "rocio.almela@segurosmediterranea.example.es"),
        to=[CAND],
        subject="RE: Cambio en tu entrevista del miércoles",
        text="""Hola Mireia:

Gracias por explicarnos lo del cambio de número; entendemos que fue un malentendido.

Lo he hablado con Andrés y, con los plazos que tiene la Academia para arrancar en
septiembre, ha cerrado el proceso con las personas que ya había entrevistado. No vamos a
poder retomar tu candidatura para este puesto.

Siento que haya salido así. Te deseo lo mejor.

Rocío Almela Vidal
Técnica de Talento – Seguros Mediterránea

""" + outlook_block("es", "Mireia Castellví-Hoang <mireia.ch@example.es>",
                    "viernes, 22 de mayo de 2026 12:03",
                    "Rocío Almela <rocio.almela@segurosmediterranea.example.es>",
                    "RE: Cambio en tu entrevista del miércoles") + """

Hola Rocío, lo siento muchísimo: cambié de número la semana pasada y olvidé actualizarlo en
la candidatura. El nuevo acaba en 47. ¿Sería posible hacer la entrevista otro día?

Mireia

""" + outlook_block("es", "Rocío Almela", "viernes, 22 de mayo de 2026 10:32",
                    "Mireia Castellví-Hoang", "RE: Cambio en tu entrevista del miércoles") + """

Hola Mireia:

Andrés ha intentado llamarte dos veces, a las 10:00 y a las 10:10, al número acabado en 31,
pero no ha habido respuesta y el buzón estaba lleno.

""" + outlook_block("es", "Rocío Almela", "martes, 19 de mayo de 2026 15:20",
                    "Mireia Castellví-Hoang", "Cambio en tu entrevista del miércoles")
        + "\n\n" + MEDIT_ILL + "\n",
    ),
    dict(
        name="emporda_reenvio_decision", kind="rejection", lang="es",
        parent="emporda-invite",
        company="Escola Digital Empordà", contact="anna.vidal@escoladigitalemporda.example.cat",
        date="2026-10-14 09:40 +0200",
        frm=("Anna Vidal", "anna.vidal@escoladigitalemporda.example.cat"),
        to=[CAND],
        subject="RV: Valoración segunda entrevista – Mireia",
        text="""Hola Mireia,

Te reenvío, con su permiso, lo que me escribió Jaume después de vuestra segunda entrevista.
Creo que te será más útil que cualquier correo formal: la decisión es que no seguimos
adelante contigo para este puesto, pero mira lo que dice del futuro.

Gracias por todo y hasta pronto,
Anna

""" + forward_block("es", "Jaume Pujol <jaume.pujol@escoladigitalemporda.example.cat>",
                    "jueves, 8 de octubre de 2026 18:22",
                    "Valoración segunda entrevista – Mireia",
                    "Anna Vidal <anna.vidal@escoladigitalemporda.example.cat>") + """

Anna,

Mireia es muy buena en el aula y se nota, pero para este puesto necesitamos a alguien que
haya trabajado ya con un LMS y con plazos de producción, y no la veo lista para liderar el
catálogo de Primaria ahora. Descartada para esta plaza.

Dicho esto, para el proyecto de Secundaria del año que viene la llamaría sin dudar.

Jaume
""",
    ),
    dict(
        name="ribera_icims_concluido", kind="rejection", lang="es",
        parent="ribera-ack",
        company="Clínicas Ribera Norte", contact="",
        date="2026-09-10 10:00 +0200",
        frm=("Clínicas Ribera Norte", "careers-riberanorte@icims.com"),
        to=[CAND],
        subject="Estado de su solicitud – Técnica de Formación Sanitaria Online (2026-1402)",
        text="""Estimada Mireia:

Le informamos de que el proceso de selección para el puesto Técnica de Formación Sanitaria
Online (2026-1402) ha concluido y su candidatura no ha resultado seleccionada.

Agradecemos el interés que ha mostrado por formar parte de Clínicas Ribera Norte.

Atentamente,
Talento · Clínicas Ribera Norte

Por favor, no responda a este mensaje; esta dirección no se supervisa.
""",
    ),
    dict(
        name="nubalia_taleo_html", kind="rejection", lang="es",
        company="Nubalia Telecom", contact="",
        date="2026-08-20 08:00 +0200",
        frm=("Nubalia Telecom – Empleo", "nubalia@taleo.net"),
        to=[CAND],
        subject="Nubalia Telecom: información sobre su candidatura (Req. 26-0815)",
        html=html_page(
            '<table width="600"><tr><td style="border-bottom:3px solid #6d28d9;padding:8px">'
            '<b style="font-size:18px;color:#6d28d9">Nubalia Telecom</b></td></tr><tr><td>'
            + paras("""Estimada Sra. Castellví-Hoang:

Le agradecemos el tiempo dedicado a su candidatura para el puesto de Especialista en
Formación Digital (Req. 26-0815) de la Nubalia Academy.

Tras analizar todas las solicitudes recibidas, en esta ocasión no podremos seguir adelante
con la suya. Su currículum permanecerá en nuestra base de datos durante doce meses y será
tenido en cuenta para futuras oportunidades.

Reciba un cordial saludo,
Dirección de Personas · Nubalia Telecom""")
            + '</td></tr><tr><td style="font-size:10px;color:#888">Mensaje enviado a través de '
            "Oracle Taleo. No responda a este mensaje.</td></tr></table>",
            title="Nubalia Telecom"),
    ),
    # ------------------------------------------------------------------ en
    dict(
        name="brightloom_lever_after_screen", kind="rejection", lang="en",
        parent="brightloom-move",
        company="Brightloom Learning", contact="siobhan.walsh@brightloom.example.ie",
        date="2026-02-19 15:30 +0000",
        frm=("Brightloom Learning", "no-reply@hire.lever.co"),
        reply_to=[("Siobhan Walsh", "siobhan.walsh@brightloom.example.ie")],
        to=[CAND],
        subject="Brightloom Learning - Instructional Designer",
        text="""Hi Mireia,

Thank you for speaking with Aidan and me earlier this month. After your call with our
hiring manager, we've decided not to move you forward to the next stage of the process for
the Instructional Designer role.

We were impressed with your classroom work; the gap for us was hands-on experience with
authoring tools in a production setting. If you pick that up, please do apply again.

Best wishes,
Siobhan Walsh
Talent Partner | Brightloom Learning
""",
    ),
    dict(
        name="owlstone_ashby_closer_match", kind="rejection", lang="en",
        parent="owlstone-move",
        company="Owlstone EdTech", contact="",
        date="2026-04-29 17:00 +0100",
        frm=("Owlstone EdTech", "no-reply@ashbyhq.com"),
        to=[CAND],
        subject="Update on your application to Owlstone EdTech",
        text="""Hi Mireia,

Thank you for interviewing for the Education Content Designer role and for the time you
invested in the process.

We have decided to move forward with candidates whose experience more closely matches the
needs of the role at this stage. We know this is disappointing, and we appreciate the care
you put into your conversation with Marcus.

We wish you every success,
Owlstone EdTech Recruiting
""",
        html=ats_card(
            "Owlstone EdTech",
            paras("""Hi Mireia,

Thank you for interviewing for the Education Content Designer role and for the time you
invested in the process.

We have decided to move forward with candidates whose experience more closely matches the
needs of the role at this stage. We know this is disappointing, and we appreciate the care
you put into your conversation with Marcus.

We wish you every success,
Owlstone EdTech Recruiting"""),
            "Sent via Ashby on behalf of Owlstone EdTech.", lang="en", color="#4f46e5",
        ),
    ),
    dict(
        name="marlowe_finch_gaelwave_no", kind="rejection", lang="en",
        parent="gaelwave-move",
        company="Gaelwave Software", contact="niamh.carroll@marlowefinch.example.ie",
        date="2026-06-30 12:40 +0100",
        frm=("Niamh Carroll | Marlowe & Finch", "niamh.carroll@marlowefinch.example.ie"),
        to=[CAND],
        subject="Gaelwave feedback",
        text="""Hi Mireia,

Gaelwave have come back to me and, I'm afraid, it's not good news this time. They have
offered the role to someone who has built customer academies for SaaS products before, and
they felt that would shorten the ramp-up.

The feedback on you personally was warm: Fionnuala loved your portfolio walk-through. I'll
keep you front of mind for the next education-side role that comes across my desk.

Speak soon,
Niamh

Niamh Carroll
Senior Consultant, Learning & Development
Marlowe & Finch Talent · 8 Merrion Square North, Dublin 2
""",
    ),
    dict(
        name="liffey_role_on_hold", kind="rejection", lang="en",
        parent="liffey-cancel",
        company="Liffey Academic Press", contact="declan.hughes@liffeypress.example.ie",
        date="2026-06-01 10:00 +0100",
        frm=("Declan Hughes", "declan.hughes@liffeypress.example.ie"),
        to=[CAND],
        subject="Instructional Designer (Primary Curriculum) - update",
        text="""Dear Mireia,

I promised to come back to you with a new date for the panel, and I am sorry that I cannot.
Following a review of next year's publishing programme, the role has been put on hold and we
will not proceed with the recruitment at this time.

This is a budget decision and not a reflection on your application, which the panel rated
highly on paper. Should the post be re-advertised, we would be glad to hear from you again.

Kind regards,

Declan Hughes
HR Business Partner
Liffey Academic Press | 22 Ormond Quay Upper, Dublin 7 | +353 1 000 2290

This email and any attachments are confidential and intended solely for the addressee.
""",
    ),
    dict(
        name="kestrel_quotes_thank_you", kind="rejection", lang="en",
        parent="kestrel-thanks",
        company="Kestrel Global Learning", contact="priya.raman@kestrellearning.example.com",
        date="2026-04-22 16:10 +0100",
        frm=("Priya Raman", "priya.raman@kestrellearning.example.com"),
        to=[CAND],
        subject="Re: Thank you - Learning Experience Designer interview",
        text="""Dear Mireia,

Thank you for such a thoughtful note, and for the storyboard, which the panel enjoyed.

I am sorry to tell you that we have offered the position to another candidate, who has
several years of experience designing for adult learners in corporate settings. It was a
close decision.

With very best wishes for your move into design,
Priya

Priya Raman
Director of Learning Experience, Kestrel Global Learning

""" + wrote_en("Tue, 14 Apr 2026 at 12:31", "Mireia Castellví-Hoang", "mireia.ch@example.es")
        + "\n" + quote(THANKS_KESTREL) + "\n",
    ),
    dict(
        name="open_classrooms_filled_internally", kind="rejection", lang="en",
        parent="oci-missed",
        company="Open Classrooms Initiative", contact="grace.mutua@openclassrooms-init.example.ch",
        date="2026-09-03 14:00 +0200",
        frm=("Grace Mutua", "grace.mutua@openclassrooms-init.example.ch"),
        to=[CAND],
        subject="Learning Designer (Teacher Training) - outcome",
        text="""Dear Mireia,

Thank you for your patience over the summer. I wanted to let you know that the Learning
Designer position has now been filled internally: a colleague from our Nairobi office, who
has led the pilot workshops for two years, will move into the role in October.

We are grateful for your interest in our work and hope our paths cross again.

With best wishes,
Grace Mutua
Programme Manager, Learning · Open Classrooms Initiative
""",
    ),
    dict(
        name="quillworks_workable_other_applicants", kind="rejection", lang="en",
        parent="quill-missed",
        company="Quillworks", contact="",
        date="2026-06-16 09:00 +0100",
        frm=("Quillworks", "noreply@workablemail.com"),
        to=[CAND],
        subject="Quillworks: Curriculum Designer",
        cte="base64",
        text="""Dear Mireia,

Thanks again for your interest in the Curriculum Designer role at Quillworks.

We've now reviewed all applications and have chosen to pursue other applicants whose
backgrounds align more directly with this particular position. We'll keep your details on
file and may be in touch about future openings.

All the best,
The Quillworks Hiring Team

Powered by Workable
""",
    ),
    dict(
        name="sprout_lab_casual", kind="rejection", lang="en",
        company="Sprout Lab", contact="conor@sproutlab.example.ie",
        date="2026-05-20 21:30 +0100",
        frm=("Conor Mulligan", "conor@sproutlab.example.ie"),
        to=[CAND],
        subject="ID role",
        cte="7bit",
        text="""Hey Mireia - quick one.

We've gone another way on the ID role, sorry! Was really nice chatting last week and I
genuinely think you'll land somewhere great. Shout if you're ever in Dublin, coffee's on me.

C.

--
Conor Mulligan | Founder, Sprout Lab
""",
    ),
    # ------------------------------------------------------------------ fr
    dict(
        name="garonne_choix_autre_profil", kind="rejection", lang="fr",
        parent="garonne-invite",
        company="Éditions Garonne Savoirs", contact="camille.fabre@garonne-savoirs.example.fr",
        date="2026-04-07 11:00 +0200",
        frm=("Camille Fabre", "camille.fabre@garonne-savoirs.example.fr"),
        to=[CAND],
        subject="Suite à votre entretien du 24 mars",
        text="""Bonjour Madame Castellví-Hoang,

Je reviens vers vous après votre entretien du 24 mars avec Hélène Barthe.

Après mûre réflexion, nous avons choisi une candidate ayant déjà piloté la refonte numérique
d'un manuel scolaire, expérience qui correspond au calendrier très serré du projet. Votre
analyse de la séquence de CE2 a néanmoins été très appréciée.

Nous vous souhaitons une belle réussite dans vos projets.

Bien cordialement,
Camille Fabre
Chargée de recrutement · Éditions Garonne Savoirs
""",
        html=outlook_html(mso("""Bonjour Madame Castellví-Hoang,

Je reviens vers vous après votre entretien du 24 mars avec Hélène Barthe.

Après mûre réflexion, nous avons choisi une candidate ayant déjà piloté la refonte numérique
d'un manuel scolaire, expérience qui correspond au calendrier très serré du projet. Votre
analyse de la séquence de CE2 a néanmoins été très appréciée.

Nous vous souhaitons une belle réussite dans vos projets.

Bien cordialement,
Camille Fabre
Chargée de recrutement · Éditions Garonne Savoirs"""), lang="fr"),
    ),
    dict(
        name="leman_comite_cite_remerciements", kind="rejection", lang="fr",
        parent="leman-move",
        company="Fondation Léman Éducation", contact="claire.rochat@fondation-leman.example.ch",
        date="2026-05-15 10:30 +0200",
        frm=("Claire Rochat", "claire.rochat@fondation-leman.example.ch"),
        to=[CAND],
        subject="RE: Merci pour l'entretien",
        cte="8bit",
        text="""Madame,

Merci pour votre message, qui a été transmis au comité.

Celui-ci a finalement retenu une personne disposant d'une expérience de terrain en Afrique de
l'Ouest, élément jugé décisif pour la première année du programme. Nous ne pourrons donc pas
vous proposer ce poste.

Nous conservons votre dossier pour nos prochains recrutements et vous adressons nos
meilleures salutations.

Claire Rochat
Responsable RH · Fondation Léman Éducation

""" + aecrit_fr("jeu. 23 avr. 2026 à 18:02", "Mireia Castellví-Hoang", "mireia.ch@example.es")
        + "\n" + quote(THANKS_LEMAN) + "\n",
    ),
    dict(
        name="skolaris_recruitee_non_retenue", kind="rejection", lang="fr",
        parent="skolaris-missed",
        company="Skolaris", contact="",
        date="2026-10-02 12:00 +0200",
        frm=("Skolaris", "no-reply@jobs.recruitee.com"),
        to=[CAND],
        subject="Votre candidature chez Skolaris",
        cte="base64",
        text="""Bonjour Mireia,

Merci pour l'intérêt que vous portez à Skolaris et pour le temps consacré à votre
candidature au poste de Conceptrice pédagogique (lecture, cycle 2).

Votre candidature n'a pas été retenue pour la suite du processus. Cette réponse est
définitive pour ce poste, mais n'hésitez pas à consulter nos futures offres.

Belle continuation,
L'équipe Skolaris
""",
        html=ats_card(
            "Skolaris",
            paras("""Bonjour Mireia,

Merci pour l'intérêt que vous portez à Skolaris et pour le temps consacré à votre
candidature au poste de Conceptrice pédagogique (lecture, cycle 2).

Votre candidature n'a pas été retenue pour la suite du processus. Cette réponse est
définitive pour ce poste, mais n'hésitez pas à consulter nos futures offres.

Belle continuation,
L'équipe Skolaris"""),
            "Envoyé via Recruitee.", lang="fr", color="#0e7490",
        ),
    ),
    # ------------------------------------------------------------------ de
    dict(
        name="lernwerk_personio_absage", kind="rejection", lang="de",
        parent="lernwerk-missed",
        company="Lernwerk Isar", contact="",
        date="2026-02-27 16:00 +0100",
        frm=("Lernwerk Isar", "noreply@personio.de"),
        to=[CAND],
        subject="Ihre Bewerbung als Instructional Designer (m/w/d)",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hallo Mireia Castellví-Hoang,

nochmals vielen Dank für Ihre Bewerbung und Ihr Interesse an Lernwerk Isar.

Nach sorgfältiger Prüfung haben wir uns für eine Bewerberin entschieden, deren Profil noch
genauer zu den Anforderungen der Stelle passt. Wir bedauern, Ihnen keine positivere Nachricht
geben zu können, und wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Viele Grüße
Ihr Lernwerk-Isar-Team

Diese E-Mail wurde automatisch über Personio versendet.
""",
    ),
    dict(
        name="hofmann_seidl_alpenrose_absage", kind="rejection", lang="de",
        parent="alpenrose-missed",
        company="Verlag Alpenrose", contact="florian.seidl@hofmann-seidl.example.de",
        date="2026-10-16 11:20 +0200",
        frm=("Florian Seidl", "florian.seidl@hofmann-seidl.example.de"),
        to=[CAND],
        subject="Rückmeldung Verlag Alpenrose",
        text="""Hallo Frau Castellví-Hoang,

danke für Ihre Erklärung zum Zoom-Link, die ich dem Verlag weitergegeben habe.

Frau Dr. Lechner hat sich inzwischen mit einer anderen Kandidatin getroffen und möchte das
Verfahren mit ihr abschließen. Ein Ersatztermin für Sie ist daher leider nicht mehr
vorgesehen.

Ich melde mich, sobald ich ein neues Mandat im Bildungsbereich habe, das zu Ihnen passt.

Beste Grüße
Florian Seidl
Hofmann & Seidl Personalberatung
Maximilianstraße 31 · 80539 München · +49 89 000 90 77
""",
    ),
    dict(
        name="lernbruecke_stelle_gestrichen", kind="rejection", lang="de",
        company="Stiftung Lernbrücke", contact="miriam.kessler@lernbruecke.example.de",
        date="2026-06-24 14:45 +0200",
        frm=("Dr. Miriam Kessler", "miriam.kessler@lernbruecke.example.de"),
        to=[CAND],
        subject="AW: Nachfrage zum Stand meiner Bewerbung (Mediendidaktik)",
        text="""Liebe Frau Castellví-Hoang,

danke für Ihre Nachfrage und entschuldigen Sie die lange Funkstille.

Unser Stiftungsrat hat Anfang Juni beschlossen, das Projekt „Lernbrücke digital“ nicht wie
geplant auszubauen. Die Stelle in der Mediendidaktik wird deshalb gestrichen und nicht
besetzt – auch nicht mit einer anderen Person. Das geplante Gespräch entfällt damit.

Es tut mir leid, dass wir Ihnen keine bessere Nachricht geben können.

Herzliche Grüße
Dr. Miriam Kessler
Geschäftsführung · Stiftung Lernbrücke
Dachauer Straße 112 · 80636 München

""" + schrieb_de("Mo., 22. Juni 2026 um 19:40", "Mireia Castellví-Hoang",
                 "mireia.ch@example.es") + "\n" + quote("""Sehr geehrte Frau Dr. Kessler,

im April hatten Sie mir geschrieben, dass Sie mich nach den Pfingstferien zu einem
Vorstellungsgespräch einladen möchten. Gibt es dazu schon einen Termin? Ich würde meine
Reise nach München gern frühzeitig planen.

Mit freundlichen Grüßen
Mireia Castellví-Hoang""") + "\n",
    ),
]
