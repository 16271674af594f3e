"""Corpus 190, kind `rejection`: 31 hand-written messages (es 17, fr 6, en 5, de 3)."""

from msgs190_common import (
    CAND,
    SIG_ES,
    ats_card,
    forward_block,
    outlook_block,
    outlook_html,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []


def add(**spec):
    spec.setdefault("kind", "rejection")
    MESSAGES.append(spec)


# --- Spanish ------------------------------------------------------------------------------

_thanks_santalucia = f"""Buenas tardes, Nerea:

Quería agradeceros a ti, a Itziar Olabarria y a Koldo el tiempo de esta mañana. Me gustó mucho
conocer cómo trabajáis las compras de la cocina central y el control de alérgenos con los
proveedores. Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
{SIG_ES}"""

add(
    key="santalucia_after_panel",
    lang="es",
    company="Hospital Santa Lucía",
    contact="nerea.landaluze@hsantalucia.example.es",
    date="2026-04-16 13:47 +0200",
    frm=("Nerea Landaluze", "nerea.landaluze@hsantalucia.example.es"),
    subject="RE: Gracias por la entrevista de hoy",
    re="own_thanks_santalucia",
    text=reply(
        """Hola, Esperanza:

Gracias a ti por tu mensaje y por la preparación con la que viniste. Te escribo para
contarte cómo ha terminado el proceso: el tribunal ha elegido a otra candidata que ya
había trabajado en el almacén de un hospital y conoce nuestro programa de gestión de pedidos,
así que tu candidatura no sigue adelante en esta ocasión.

Itziar me pide que te diga que tu forma de explicar la planificación de menús le pareció muy
buena. Si abrimos otra plaza de apoyo en compras te avisaremos directamente.

Un abrazo,

Nerea Landaluze Ibarrola
Técnica de Selección · Recursos Humanos
Hospital Santa Lucía
C/ Portal de Castilla 58, 01007 Vitoria-Gasteiz
Tel. 945 00 31 12

--
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su
destinatario y pueden contener información confidencial. Si lo ha recibido por error,
comuníquelo al remitente y elimínelo sin copiarlo ni reenviarlo.""",
        "es", "2026-04-07 19:12", CAND[0], CAND[1], _thanks_santalucia),
)

add(
    key="erribera_terse_no",
    lang="es",
    company="Cooperativa Erribera",
    contact="javier.goni@erribera.example.es",
    date="2026-02-10 08:06 +0100",
    frm=("Javier Goñi Arbizu", "javier.goni@erribera.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Puesto auxiliar compras",
    charset="iso-8859-1",
    cte="8bit",
    text="""Esperanza, buenos días.

Lo del puesto de auxiliar de compras: al final lo cubrimos con otra persona. Gracias y suerte.

Javier Goñi
Jefe de almacén - Cooperativa Erribera
Pol. Ind. Landaben, calle E, 31012 Pamplona
""",
)

add(
    key="kalea_relays_arratia",
    lang="es",
    company="Conservas Arratia",
    contact="ane.zubizarreta@kaleatalent.example.es",
    date="2026-03-31 17:22 +0200",
    frm=("Ane Zubizarreta", "ane.zubizarreta@kaleatalent.example.es"),
    subject="Novedades sobre Conservas Arratia",
    subj_enc=("utf-8", "B"),
    cte="base64",
    text="""Hola Esperanza,

Acabo de colgar con la directora de operaciones de Conservas Arratia. Me ha trasladado que
han valorado mucho tu entrevista del día 19, pero que para este puesto de asistente de compras
van a contratar a una persona que ya negociaba con proveedores de hojalata y aceite. Por
tanto, por su parte el proceso se cierra contigo.

Sé que no es la noticia que esperabas. Yo sigo contando contigo: tu perfil de cocina
colectiva encaja con dos empresas con las que trabajamos y te llamaré en cuanto se abra algo.

Un abrazo,

Ane Zubizarreta
Consultora senior · Kalea Talent
Alameda de Urquijo 27, 3.º, 48008 Bilbao
+34 944 00 58 21
""",
    html=simple_html("""Hola Esperanza,

Acabo de colgar con la directora de operaciones de Conservas Arratia. Me ha trasladado que
han valorado mucho tu entrevista del día 19, pero que para este puesto de asistente de compras
van a contratar a una persona que ya negociaba con proveedores de hojalata y aceite. Por
tanto, por su parte el proceso se cierra contigo.

Sé que no es la noticia que esperabas. Yo sigo contando contigo: tu perfil de cocina
colectiva encaja con dos empresas con las que trabajamos y te llamaré en cuanto se abra algo.

Un abrazo,

Ane Zubizarreta
Consultora senior · Kalea Talent
Alameda de Urquijo 27, 3.º, 48008 Bilbao
+34 944 00 58 21""", "es"),
    re="kalea_arratia_moved",
)

add(
    key="mesaluz_formal_letter",
    lang="es",
    company="Grupo Mesaluz",
    contact="lucia.carrasco@mesaluz.example.es",
    date="2026-06-09 10:31 +0200",
    frm=("Lucía Carrasco Peña", "lucia.carrasco@mesaluz.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Proceso Asistente de Compras – Madrid",
    html_charset="windows-1252",
    html_cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Georgia,serif;font-size:15px">
<p>Estimada Sra. Mwangi-Etxeberria:</p>
<p>Le agradecemos sinceramente el interés mostrado por el puesto de Asistente de Compras de
nuestra división de restauración colectiva en Madrid, así como la entrevista mantenida el
pasado 26 de mayo.</p>
<p>Tras completar todas las entrevistas, lamentamos comunicarle que hemos optado por otra
candidatura cuyo recorrido en negociación con proveedores cárnicos se adapta mejor a lo que el
equipo necesita en este momento.</p>
<p>Conservaremos sus datos durante doce meses, salvo que nos indique lo contrario, por si
surgiera una vacante acorde a su perfil.</p>
<p>Reciba un cordial saludo,</p>
<p><b>Lucía Carrasco Peña</b><br>
Responsable de Talento – Grupo Mesaluz Restauración<br>
Paseo de la Castellana 141, 28046 Madrid · 910 00 47 35</p>
</body></html>
""",
    re="mesaluz_confirm_new_slot",
)

add(
    key="nervion_workday_decline",
    lang="es",
    company="Frigoríficos del Nervión",
    contact="",
    date="2026-02-12 06:14 +0000",
    frm=("Frigoríficos del Nervión", "frigonervion@myworkday.com"),
    frm_enc=("utf-8", "Q"),
    subject="Tu solicitud para Auxiliar Administrativo/a de Compras (R-00418)",
    cte="base64",
    html=ats_card("es", "Frigoríficos del Nervión · Empleo", """Hola Esperanza:

Gracias por presentar tu solicitud para Auxiliar Administrativo/a de Compras (R-00418) en
Basauri.

Hemos revisado tu solicitud con atención. En esta ocasión no vamos a avanzar con tu
candidatura para este puesto.

Puedes consultar el estado de tus solicitudes y crear alertas de empleo en cualquier momento
desde tu cuenta de candidato.

Atentamente,
Equipo de Adquisición de Talento""", ("Ir a mi cuenta",
        "https://frigonervion.wd3.myworkday.com/es-ES/careers/userHome"),
        "Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo."),
)

add(
    key="zadorra_on_hold",
    lang="es",
    company="Panificadora Zadorra",
    contact="aitor.ruizdeazua@panzadorra.example.es",
    date="2026-09-02 12:55 +0200",
    frm=("Aitor Ruiz de Azúa", "aitor.ruizdeazua@panzadorra.example.es"),
    subject="Re: Candidatura auxiliar de compras - Esperanza Mwangi",
    re="zadorra_human_ack",
    text=reply(
        """Hola de nuevo, Esperanza:

Te debo una explicación. La dirección ha decidido congelar la contratación del auxiliar de
compras hasta que se cierre la ampliación de la línea de masas congeladas, y no sabemos
cuándo será. No vamos a continuar con el proceso de selección, ni contigo ni con nadie.

Si más adelante se reactiva, te escribiré yo mismo; no hace falta que vuelvas a mandar nada.

Aitor Ruiz de Azúa
Compras y logística · Panificadora Zadorra
Vitoria-Gasteiz""",
        "es", "2026-08-11 09:02", "Aitor Ruiz de Azúa", "aitor.ruizdeazua@panzadorra.example.es",
        """Hola Esperanza, recibido tu CV, gracias. Lo paso a dirección esta semana y te
decimos algo.
Aitor"""),
)

add(
    key="bidasoa_filled_internally",
    lang="es",
    company="Lácteos Bidasoa",
    contact="amaia.urrutia@lacteosbidasoa.example.es",
    date="2026-08-05 09:40 +0200",
    frm=("Lácteos Bidasoa", "noreply@personio.de"),
    frm_enc=("iso-8859-1", "Q"),
    reply_to=("Amaia Urrutia", "amaia.urrutia@lacteosbidasoa.example.es"),
    subject="Sobre tu candidatura: Técnico/a de aprovisionamiento (Irun)",
    text="""Hola Esperanza,

gracias por tu interés en Lácteos Bidasoa.

Queremos contarte que la vacante de Técnico/a de aprovisionamiento se ha cubierto finalmente
con una persona de nuestra propia plantilla, que ya trabajaba en el área de planificación.
Por este motivo cerramos el proceso externo sin más entrevistas.

Te agradecemos el tiempo que has dedicado a tu candidatura. Si tienes alguna pregunta,
puedes responder a este correo y me llegará directamente.

Saludos,
Amaia Urrutia
Personas y Organización, Lácteos Bidasoa
""",
    html=ats_card("es", "Lácteos Bidasoa", """Hola Esperanza,

gracias por tu interés en Lácteos Bidasoa.

Queremos contarte que la vacante de Técnico/a de aprovisionamiento se ha cubierto finalmente
con una persona de nuestra propia plantilla, que ya trabajaba en el área de planificación.
Por este motivo cerramos el proceso externo sin más entrevistas.

Te agradecemos el tiempo que has dedicado a tu candidatura. Si tienes alguna pregunta,
puedes responder a este correo y me llegará directamente.

Saludos,
Amaia Urrutia
Personas y Organización, Lácteos Bidasoa""", footer="Powered by Personio", accent="#2b6e59"),
)

add(
    key="iruna_smartrecruiters_soft",
    lang="es",
    company="Clínica Universitaria Iruña",
    contact="",
    date="2026-04-08 15:03 +0000",
    frm=("Clínica Universitaria Iruña", "noreply@smartrecruiters.com"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Clínica Universitaria Iruña: actualización de tu candidatura",
    subj_enc=("iso-8859-1", "Q"),
    html=ats_card("es", "Clínica Universitaria Iruña", """Estimada Esperanza:

Muchas gracias por participar en el proceso de selección para Auxiliar de Compras –
Hostelería hospitalaria y por la conversación que mantuviste con nuestro equipo.

Después de valorar todas las entrevistas, hemos decidido seguir adelante con personas cuya
experiencia se ajusta de forma más cercana a los requisitos del puesto, en particular en la
gestión de pedidos de material sanitario.

Te animamos a seguir atenta a nuestras ofertas en el portal de empleo.

Un saludo cordial,
Dirección de Personas – Clínica Universitaria Iruña""",
        ("Ver ofertas abiertas", "https://jobs.smartrecruiters.com/ClinicaIruna"),
        "Enviado mediante SmartRecruiters. Avenida de Pío XII 36, 31008 Pamplona.",
        accent="#6a2c70"),
)

add(
    key="alondra_teamtailor_short",
    lang="es",
    company="Supermercados Alondra",
    contact="",
    date="2026-06-05 07:58 +0000",
    frm=("Supermercados Alondra", "no-reply@teamtailor-mail.com"),
    subject="Tu candidatura en Supermercados Alondra",
    text="""Hola Esperanza:

Te escribimos por el puesto de Auxiliar de Compras – Frescos (Madrid).

No hemos seleccionado tu perfil para la siguiente fase. Nos ha gustado conocerte y te
deseamos mucha suerte en tu búsqueda.

El equipo de Personas de Supermercados Alondra

Gestiona tus datos: https://alondra.teamtailor.com/connect
""",
    html=ats_card("es", "Supermercados Alondra", """Hola Esperanza:

Te escribimos por el puesto de Auxiliar de Compras – Frescos (Madrid).

No hemos seleccionado tu perfil para la siguiente fase. Nos ha gustado conocerte y te
deseamos mucha suerte en tu búsqueda.

El equipo de Personas de Supermercados Alondra""",
        ("Gestiona tus datos", "https://alondra.teamtailor.com/connect"), accent="#e4572e"),
)

add(
    key="gorbea_colleague_casual",
    lang="es",
    company="Colectividades Gorbea",
    contact="josu.arrieta@gorbeacolectividades.example.es",
    date="2026-04-28 21:16 +0200",
    frm=("Josu Arrieta", "josu.arrieta@gorbeacolectividades.example.es"),
    subject="lo de compras",
    cte="8bit",
    text="""Espe!!

Te lo cuento yo antes de que te llegue nada oficial, que me sabe fatal. Han cogido a la chica
que venía del cash & carry de Basauri para lo de compras. Lo he peleado lo que he podido, pero el de dirección
quería a alguien que ya hubiera llevado el SAP. Una pena, tía, de verdad.

Que sepas que en el comedor de Leioa se te sigue echando de menos jaja. Un café la semana que
viene y lo hablamos?

Josu

Enviado desde mi móvil
""",
)

add(
    key="ttnorte_unnamed_client_no",
    lang="es",
    company="Trabajo Temporal Norte",
    contact="marta.gil@ttnorte.example.es",
    date="2026-03-09 11:11 +0100",
    frm=("Marta Gil | TTN", "marta.gil@ttnorte.example.es"),
    subject="Oferta ref. 2026-117 mozo/a-administrativo/a de almacén",
    text="""Buenos días Esperanza,

Respecto a la oferta de administrativo/a de almacén para la empresa de distribución de
bebidas de Derio (ref. 2026-117) a la que te presentamos la semana pasada: el cliente nos ha
respondido que no continúa con tu candidatura, porque busca a alguien con carné de carretilla
para cubrir también turnos en el muelle.

Sigues activa en nuestra bolsa y te tendremos en cuenta para otras ofertas de compras y
administración.

Saludos,

Marta Gil Sanz
Consultora de selección
TTN Trabajo Temporal Norte ETT, S.L. · Autorización administrativa n.º 48/0112
Gran Vía 62, 48011 Bilbao · 944 00 71 30

------------------------------------------------------------------------
Información básica sobre protección de datos: Responsable: TTN Trabajo Temporal Norte ETT,
S.L. Finalidad: gestionar su candidatura y su participación en procesos de selección.
Derechos: acceso, rectificación, supresión y demás derechos en dpo@ttnorte.example.es.
------------------------------------------------------------------------
""",
)

_cancel_quote = outlook_block(
    "es", "2026-06-22 16:05", ("Rubén Montero", "ruben.montero@frescoscastellana.example.es"),
    CAND, "Cancelada: Centro de evaluación - Asistente de compras",
    """Hola, Esperanza:

Tenemos que cancelar la jornada de evaluación del jueves 25. No es una decisión sobre tu
candidatura: en cuanto tengamos nueva fecha te enviaremos otra convocatoria.

Rubén""")

add(
    key="frescoscastellana_role_cancelled",
    lang="es",
    company="Frescos Castellana",
    contact="ruben.montero@frescoscastellana.example.es",
    date="2026-07-08 09:20 +0200",
    frm=("Rubén Montero", "ruben.montero@frescoscastellana.example.es"),
    subject="RE: Cancelada: Centro de evaluación - Asistente de compras",
    re="frescoscastellana_cancel_ics",
    text=f"""Hola, Esperanza:

Vuelvo sobre la jornada que quedó cancelada. Lamentablemente la empresa ha reorganizado el
departamento de compras tras la fusión con el almacén de Getafe y la plaza de asistente ha
desaparecido del presupuesto. No vamos a convocar una nueva fecha.

Siento mucho que el proceso termine así, sin haber podido conocerte en persona.

Un saludo,
Rubén Montero Lozano
Selección · Frescos Castellana Distribución
Polígono de Vallecas, Nave C-14 · 28031 Madrid

{_cancel_quote}""",
    html=outlook_html(f"""Hola, Esperanza:

Vuelvo sobre la jornada que quedó cancelada. Lamentablemente la empresa ha reorganizado el
departamento de compras tras la fusión con el almacén de Getafe y la plaza de asistente ha
desaparecido del presupuesto. No vamos a convocar una nueva fecha.

Siento mucho que el proceso termine así, sin haber podido conocerte en persona.

Un saludo,
Rubén Montero Lozano
Selección · Frescos Castellana Distribución
Polígono de Vallecas, Nave C-14 · 28031 Madrid

{_cancel_quote}""", "es"),
)

add(
    key="cantabrica_formal_iso",
    lang="es",
    company="Central de Compras Hostelería Cantábrica",
    contact="",
    date="2026-10-06 08:30 +0200",
    frm=("Selección CCH Cantábrica", "seleccion-noreply@cchcantabrica.example.es"),
    subject="Comunicación de resultado - Proceso AC-2026-09",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Estimada candidata:

En relación con el proceso de selección AC-2026-09 (Auxiliar de Compras, centro de
Santander-Bilbao), le comunicamos que, una vez revisada la documentación presentada, su
candidatura no ha resultado seleccionada para la fase de entrevista personal.

La puntuación obtenida en la valoración curricular ha sido inferior a la mínima establecida en
las bases (12 puntos). Puede solicitar la revisión de la puntuación en un plazo de cinco días
hábiles a través del formulario de la web corporativa.

Agradecemos su participación.

Departamento de Selección
Central de Compras Hostelería Cantábrica
Este correo se envía desde una dirección no atendida.
""",
)

_txingudi_fwd = forward_block(
    "es", "2026-03-19 17:40", ("Patxi Olano", "patxi.olano@txingudicatering.example.es"),
    ("Garbiñe Irazusta", "garbine.irazusta@txingudicatering.example.es"),
    "RE: candidata compras Esperanza",
    """Garbiñe, he hablado con la candidata de compras el martes por fin. No seguimos con ella:
me quedo con Oihana, que ya conoce a nuestros proveedores de pescado. Díselo tú, porfa, y dale
las gracias de mi parte.
Patxi""")

add(
    key="txingudi_forwarded_decision",
    lang="es",
    company="Txingudi Catering",
    contact="garbine.irazusta@txingudicatering.example.es",
    date="2026-03-20 09:05 +0100",
    frm=("Garbiñe Irazusta", "garbine.irazusta@txingudicatering.example.es"),
    subject="RV: RE: candidata compras Esperanza",
    re="txingudi_waited_teams",
    text=f"""Hola Esperanza,

Te reenvío lo que me ha escrito Patxi, nuestro jefe de compras, después de hablar contigo el
martes (¡al final sí pudimos conectar!). Como verás, han elegido a otra persona para el puesto.
Siento no tener mejores noticias y muchas gracias por tu paciencia con el lío de Teams.

Garbiñe Irazusta · RRHH Txingudi Catering · Hondarribia

{_txingudi_fwd}""",
)

_urola_invite = outlook_block(
    "es", "2026-02-23 12:10", ("Mikel Larrañaga", "mikel.larranaga@urolacolectividades.example.es"),
    CAND, "Entrevista - Auxiliar de compras",
    """Buenos días Esperanza:

Te propongo una entrevista presencial en nuestras oficinas de Zumarraga el lunes 2 de marzo a
las 11:00 con el responsable de compras. Confírmame si te va bien, por favor.

Mikel Larrañaga
RRHH Cocinas Colectivas Urola""")

add(
    key="urola_outlook_chain",
    lang="es",
    company="Cocinas Colectivas Urola",
    contact="mikel.larranaga@urolacolectividades.example.es",
    date="2026-03-18 14:26 +0100",
    frm=("Mikel Larrañaga", "mikel.larranaga@urolacolectividades.example.es"),
    frm_enc=("utf-8", "Q"),
    subject="RE: Entrevista - Auxiliar de compras",
    re="urola_interviewer_ill",
    text=f"""Buenas tardes Esperanza:

Ya tenemos respuesta del equipo de compras tras la entrevista del día 9. Han valorado tu
conocimiento de fichas técnicas y alérgenos, pero han preferido a un candidato con más años en
almacén y gestión de stock, así que no podemos ofrecerte el puesto.

Gracias por tu disponibilidad, sobre todo después de que tuviéramos que mover la cita.

Un saludo,
Mikel Larrañaga Aranburu
Recursos Humanos
Cocinas Colectivas Urola S.L. | Polígono Argixao 4, 20700 Zumarraga | 943 00 26 84

{_urola_invite}""",
    html=outlook_html(f"""Buenas tardes Esperanza:

Ya tenemos respuesta del equipo de compras tras la entrevista del día 9. Han valorado tu
conocimiento de fichas técnicas y alérgenos, pero han preferido a un candidato con más años en
almacén y gestión de stock, así que no podemos ofrecerte el puesto.

Gracias por tu disponibilidad, sobre todo después de que tuviéramos que mover la cita.

Un saludo,
Mikel Larrañaga Aranburu
Recursos Humanos
Cocinas Colectivas Urola S.L. | Polígono Argixao 4, 20700 Zumarraga | 943 00 26 84

{_urola_invite}""", "es"),
)

add(
    key="laborfacil_client_artxanda_no",
    lang="es",
    company="Residencias Artxanda",
    contact="sonia.pardo@laborfacil.example.es",
    date="2026-02-02 16:48 +0100",
    frm=("Laborfácil ETT", "no-responder@laborfacil.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    reply_to=("Sonia Pardo", "sonia.pardo@laborfacil.example.es"),
    subject="Respuesta de Residencias Artxanda",
    charset="windows-1252",
    cte="quoted-printable",
    text="""Hola Esperanza:

Te resumo la llamada de esta tarde con Residencias Artxanda, por si quieres tenerlo por
escrito. La gobernanta te vio muy preparada en cocina, pero para el puesto de “auxiliar de
economato” necesitan a alguien que pueda empezar a jornada completa ya en febrero, y tú
tienes preaviso hasta marzo. Por eso han cerrado la selección con otra candidata.

No te preocupes: te mantengo en la bolsa de Laborfácil para perfiles de aprovisionamiento y
cocina… hay movimiento en primavera.

Un saludo,
Sonia Pardo
Técnica de Selección – Laborfácil ETT
C/ Licenciado Poza 31, 48011 Bilbao
Tel. 944 00 35 62 – Móvil 655 00 18 47
""",
    re="laborfacil_client_artxanda",
)

add(
    key="cafesulia_recruitee_b64",
    lang="es",
    company="Cafés Ulía",
    contact="",
    date="2026-05-29 10:12 +0200",
    frm=("Cafés Ulía", "cafesulia@jobs.recruitee.com"),
    frm_enc=("utf-8", "B"),
    subject="Proceso de Asistente de compras (tostadero Donostia)",
    cte="base64",
    html=ats_card("es", "Cafés Ulía", """Kaixo Esperanza,

queremos agradecerte el interés por trabajar en nuestro tostadero y el rato que dedicaste a
hablar con nosotros por teléfono.

Hemos tomado una decisión difícil: la persona que se incorpora como asistente de compras
viene del sector del café verde y conoce a los importadores con los que trabajamos. Por eso no
te ofreceremos el puesto, aunque nos quedamos con muy buen sabor de boca.

Ondo izan,
El equipo de Cafés Ulía""", footer="Paseo de Ulía 112, 20013 Donostia-San Sebastián",
        accent="#5b3a29"),
)

# --- French -------------------------------------------------------------------------------

add(
    key="vergers_adour_final",
    lang="fr",
    company="Vergers de l'Adour",
    contact="claire.etcheverry@vergers-adour.example.fr",
    date="2026-05-26 11:34 +0200",
    frm=("Claire Etcheverry", "claire.etcheverry@vergers-adour.example.fr"),
    subject="Re: Entretien téléphonique manqué",
    re="vergers_adour_absente",
    text=reply(
        """Bonjour Madame Mwangi-Etxeberria,

Merci encore pour votre message d'excuse, nous avons bien compris le problème de réseau.
Nous avons malgré tout poursuivi le recrutement pendant ces deux semaines et le comité de la
coopérative a arrêté son choix sur une personne déjà formée à nos logiciels de commandes.

Nous ne donnerons donc pas suite à votre candidature au poste d'assistante achats. Je vous
souhaite sincèrement de trouver rapidement un poste à la hauteur de votre parcours.

Bien cordialement,

Claire Etcheverry
Responsable RH – Vergers de l'Adour, société coopérative agricole
Route de Cambo, 64100 Bayonne – 05 59 00 42 17""",
        "fr", "2026-05-12 12:02", CAND[0], CAND[1],
        """Bonjour Madame Etcheverry,

Je suis vraiment désolée : ce matin mon téléphone n'avait pas de réseau dans le train entre
Irun et Bayonne et je n'ai vu vos appels qu'à 10h30. Serait-il possible de reprogrammer
l'entretien ?

Cordialement,
Esperanza Mwangi-Etxeberria"""),
)

add(
    key="interim_atlantique_relays_labourd",
    lang="fr",
    company="Biscuiterie Labourd",
    contact="julien.darrigade@interim-atlantique.example.fr",
    date="2026-09-22 15:10 +0200",
    frm=("Julien Darrigade", "julien.darrigade@interim-atlantique.example.fr"),
    subject="Retour de la Biscuiterie Labourd",
    subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Bonjour Esperanza,

J'ai eu ce matin le responsable de production de la Biscuiterie Labourd au sujet de votre
entretien du 10 septembre. Il a apprécié votre rigueur sur la traçabilité, mais l'entreprise a
préféré retenir un candidat qui parle couramment basque et français avec les fournisseurs
locaux, ce qui était devenu pour eux prioritaire.

C'est donc une réponse négative pour cette mission. Je reste en veille pour vous sur les
postes d'aide-acheteur et de gestionnaire de stock du secteur alimentaire.

Bien à vous,

Julien Darrigade
Chargé de recrutement - Intérim Atlantique
12 allées Marines, 64100 Bayonne
Tél. 05 59 00 63 80
""",
    html=simple_html("""Bonjour Esperanza,

J'ai eu ce matin le responsable de production de la Biscuiterie Labourd au sujet de votre
entretien du 10 septembre. Il a apprécié votre rigueur sur la traçabilité, mais l'entreprise a
préféré retenir un candidat qui parle couramment basque et français avec les fournisseurs
locaux, ce qui était devenu pour eux prioritaire.

C'est donc une réponse négative pour cette mission. Je reste en veille pour vous sur les
postes d'aide-acheteur et de gestionnaire de stock du secteur alimentaire.

Bien à vous,

Julien Darrigade
Chargé de recrutement – Intérim Atlantique
12 allées Marines, 64100 Bayonne
Tél. 05 59 00 63 80""", "fr"),
    html_charset="utf-8",
    re="interim_atlantique_decale",
)

add(
    key="saintremi_taleo",
    lang="fr",
    company="Clinique Saint-Rémi",
    contact="",
    date="2026-03-12 17:02 +0100",
    frm=("Clinique Saint-Rémi - Recrutement", "noreply@taleo.net"),
    subject="Votre candidature - Assistant(e) approvisionnement restauration - Réf. 26-0311",
    html_cte="quoted-printable",
    html=ats_card("fr", "Clinique Saint-Rémi – Carrières", """Madame,

Nous avons bien étudié votre candidature au poste d'Assistant(e) approvisionnement
restauration (réf. 26-0311) et nous vous remercions de l'intérêt que vous portez à notre
établissement.

Nous sommes au regret de vous informer que votre profil n'a pas été retenu pour ce poste.

Vos données seront conservées dans notre vivier pendant deux ans conformément au RGPD.

Le service des Ressources humaines
Clinique Saint-Rémi – 41 cours de la Somme, 33800 Bordeaux""",
        footer="Merci de ne pas répondre à ce message automatique.", accent="#00587a"),
)

add(
    key="dufau_terse",
    lang="fr",
    company="Maison Dufau",
    contact="bernard.dufau@maison-dufau.example.fr",
    date="2026-04-09 18:52 +0200",
    frm=("Bernard Dufau", "bernard.dufau@maison-dufau.example.fr"),
    subject="Re: Poste aide-acheteur",
    re="dufau_jeudi_echange",
    text="""Bonjour Madame,

Poste pourvu depuis hier, désolé. Bonne continuation.

B. Dufau

Envoyé de mon iPhone
""",
)

_lormont_body = """Chère Esperanza,

Je reviens vers vous au sujet du poste d'assistante achats matières premières chez notre
client, la Conserverie du Bassin à Gujan-Mestras.

Le client vient de nous informer que le recrutement est suspendu jusqu'à nouvel ordre : la
direction a gelé toutes les embauches après la perte d'un gros contrat de distribution. Le
processus s'arrête donc ici, pour vous comme pour les autres candidats finalistes.

Je suis sincèrement désolée de cette issue, d'autant que votre entretien avait été très
apprécié.

Bien cordialement,

Hélène Vasseur
Consultante associée
Cabinet Lormont Conseil
8 quai de Queyries, 33100 Bordeaux
06 00 41 28 93

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive
de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous
avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur."""

add(
    key="lormont_client_on_hold",
    lang="fr",
    company="Conserverie du Bassin",
    contact="helene.vasseur@lormont-conseil.example.fr",
    date="2026-10-13 09:18 +0200",
    frm=("Cabinet Lormont Conseil", "contact@lormont-conseil.example.fr"),
    reply_to=("Hélène Vasseur", "helene.vasseur@lormont-conseil.example.fr"),
    reply_to_enc=("iso-8859-1", "B"),
    subject="Conserverie du Bassin - suspension du recrutement",
    text=_lormont_body,
    html=outlook_html(_lormont_body, "fr"),
)

_thanks_errobi = """Bonjour Madame Harriet,

Merci pour l'échange de ce matin avec vous et M. Lamarque. La visite de la plateforme de
Mouguerre m'a beaucoup plu et je serais ravie de rejoindre votre équipe achats.

Bien cordialement,
Esperanza Mwangi-Etxeberria"""

add(
    key="champs_errobi_after_thanks",
    lang="fr",
    company="Les Champs d'Errobi",
    contact="maialen.harriet@champs-errobi.example.fr",
    date="2026-05-06 16:20 +0200",
    frm=("Maialen Harriet", "maialen.harriet@champs-errobi.example.fr"),
    subject="Re: Merci pour l'entretien",
    text=reply(
        """Bonjour Esperanza,

C'est moi qui vous remercie pour ce message et pour votre venue. Après en avoir discuté avec
Pierre Lamarque, nous avons choisi de proposer le poste à une personne qui occupe déjà une
fonction d'approvisionnement dans une autre coopérative du Pays basque.

Ce n'est pas une décision facile. Nous garderons votre dossier si un poste similaire s'ouvre
à Mouguerre.

Très cordialement,
Maialen Harriet
Ressources humaines – Coopérative Les Champs d'Errobi""",
        "fr", "2026-04-29 18:40", CAND[0], CAND[1], _thanks_errobi),
)

# --- English ------------------------------------------------------------------------------

_thanks_thameside = """Dear Rosalind,

Thank you for having me at the Bermondsey kitchen today, and please pass on my thanks to
Gareth and Amina. It was great to see how the menu planning feeds into your weekly orders.

Kind regards,
Esperanza"""

add(
    key="thameside_after_thanks",
    lang="en",
    company="Thameside Catering",
    contact="rosalind.okafor@thamesidecatering.example.co.uk",
    date="2026-06-25 12:07 +0100",
    frm=("Rosalind Okafor", "rosalind.okafor@thamesidecatering.example.co.uk"),
    subject="Re: Thank you - Purchasing Assistant interview",
    text=reply(
        """Hi Esperanza,

Thanks so much for your lovely note, and apologies that it has taken a while to come back to
you. The panel met on Monday and, after a lot of discussion, we have offered the position to
a candidate who has run purchasing for a contract caterer in London for several years.

I know this will be disappointing. Gareth in particular asked me to say that your allergen
knowledge was the best we heard all week.

All the best,
Rosalind

Rosalind Okafor | People Partner
Thameside Catering | 14 Tanner Street, London SE1 3LE | 020 0000 4417""",
        "en", "2026-06-16 17:25", CAND[0], CAND[1], _thanks_thameside),
    html=simple_html(reply(
        """Hi Esperanza,

Thanks so much for your lovely note, and apologies that it has taken a while to come back to
you. The panel met on Monday and, after a lot of discussion, we have offered the position to
a candidate who has run purchasing for a contract caterer in London for several years.

I know this will be disappointing. Gareth in particular asked me to say that your allergen
knowledge was the best we heard all week.

All the best,
Rosalind

Rosalind Okafor | People Partner
Thameside Catering | 14 Tanner Street, London SE1 3LE | 020 0000 4417""",
        "en", "2026-06-16 17:25", CAND[0], CAND[1], _thanks_thameside), "en"),
    re="thameside_moved",
)

add(
    key="hollowayvale_icims",
    lang="en",
    company="Holloway Vale Hospital",
    contact="",
    date="2026-04-21 08:45 +0100",
    frm=("Holloway Vale Hospital Careers", "donotreply@icims.com"),
    subject="Your application: Catering Procurement Assistant (Req 2026-1183)",
    html=ats_card("en", "Holloway Vale Hospital", """Dear Esperanza,

Thank you for applying for the Catering Procurement Assistant post (Req 2026-1183).

We received a very high number of applications. Having reviewed yours against the person
specification, we regret that you have not been shortlisted for interview on this occasion.

We encourage you to apply for future vacancies that match your skills.

Recruitment Services
Holloway Vale Hospital""", ("View your candidate dashboard",
        "https://careers-hollowayvale.icims.com/jobs/candidate/dashboard"),
        "This email was sent from an unmonitored mailbox.", accent="#005eb8"),
)

add(
    key="larder_relays_brindle",
    lang="en",
    company="Brindle & Oak Provisions",
    contact="tom.ashworth@larder-recruitment.example.co.uk",
    date="2026-07-22 14:36 +0100",
    frm=("Tom Ashworth", "tom.ashworth@larder-recruitment.example.co.uk"),
    subject="Brindle & Oak - feedback",
    text="""Hi Esperanza,

I've just had feedback from Brindle & Oak Provisions after your interview at their Park Royal
site. They liked your energy, but they have now given the buyer's assistant job to someone
already in their finance team who wanted to move across, so they won't be taking your
application any further.

Annoying, I know - an internal move always trumps the best external candidate. Let's speak on
Friday about the two warehouse-planning roles I mentioned.

Cheers,
Tom

Tom Ashworth | Senior Consultant, Food & FMCG
Larder Recruitment | 71 Leonard Street, London EC2A 4QS | 020 0000 8830

Larder Recruitment Ltd is registered in England and Wales (No. 00000000). This email and any
attachments are confidential and intended solely for the addressee.

""" + outlook_block(
    "en", "2026-07-08 11:05", ("Tom Ashworth", "tom.ashworth@larder-recruitment.example.co.uk"),
    CAND, "Interview confirmed - Brindle & Oak, Tues 14th",
    """Hi Esperanza,

Great news - Brindle & Oak Provisions would like to meet you for the Buyer's Assistant role.

When: Tuesday 14 July, 10:00
Where: Unit 3, Abbey Road Industrial Estate, Park Royal, London NW10 7UH"""),
    re="larder_client_brindle",
)

add(
    key="pantryline_ashby",
    lang="en",
    company="Pantryline",
    contact="",
    date="2026-08-20 16:44 +0000",
    frm=("Pantryline Hiring", "no-reply@ashbyhq.com"),
    subject="Update on your application to Pantryline",
    text="""Hi Esperanza,

Thank you for your interest in the Supplier Operations Associate role and for the time you
gave us.

We've decided to move forward with candidates whose experience more closely matches what we
need right now, particularly in wholesale category data.

We'd be glad to hear from you again in the future.

Best,
The Pantryline team
""",
    html=ats_card("en", "Pantryline", """Hi Esperanza,

Thank you for your interest in the Supplier Operations Associate role and for the time you
gave us.

We've decided to move forward with candidates whose experience more closely matches what we
need right now, particularly in wholesale category data.

We'd be glad to hear from you again in the future.

Best,
The Pantryline team""", footer="Sent with Ashby", accent="#111111"),
)

add(
    key="marlow_casual_bad_news",
    lang="en",
    company="Marlow Street Kitchens",
    contact="dev@marlowstreet.example.co.uk",
    date="2026-09-25 19:03 +0100",
    frm=("Dev Chaudhry", "dev@marlowstreet.example.co.uk"),
    subject="Re: Thursday",
    re="marlow_casual_chat",
    text=reply(
        """Hey Esperanza - bad news I'm afraid. Really enjoyed our chat, but we've gone with
someone local who can start Monday. Didn't want to leave you hanging. Good luck with it all!

Dev""",
        "en", "2026-09-14 18:20", "Dev Chaudhry", "dev@marlowstreet.example.co.uk",
        """Hi Esperanza, are you free Thursday around 3 to chat about the stock and
ordering job? Just a video call, nothing formal. Dev"""),
)

# --- German -------------------------------------------------------------------------------

_neckartal_body = """Sehr geehrte Frau Mwangi-Etxeberria,

vielen Dank für das Gespräch am 19. Juni und Ihr Interesse an der Position als
Einkaufsassistenz (m/w/d) in unserer Niederlassung Stuttgart-Wangen.

Nach sorgfältiger Abwägung haben wir uns für eine Bewerberin entschieden, die bereits
Erfahrung mit unserem Warenwirtschaftssystem und mit Lieferanten aus dem Frischebereich
mitbringt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katrin Hägele
Personalreferentin
Neckartal Frischdienst GmbH
Ulmer Straße 301, 70327 Stuttgart
Tel. +49 711 0000 3326

Neckartal Frischdienst GmbH · Sitz Stuttgart · Amtsgericht Stuttgart HRB 000000
Geschäftsführer: Rainer Kübler, Susanne Ott

""" + outlook_block(
    "de", "2026-06-10 14:20", ("Katrin Hägele", "katrin.haegele@neckartal-frischdienst.example.de"),
    CAND, "Terminverschiebung Vorstellungsgespräch",
    """Sehr geehrte Frau Mwangi-Etxeberria,

leider muss Herr Widmann am 16. Juni kurzfristig zu einem Lieferantentermin nach Ulm. Wir
möchten das Gespräch deshalb auf Freitag, 19. Juni 2026, 10:00 Uhr verschieben. Ort und
Gesprächspartner bleiben gleich.""")

add(
    key="neckartal_absage",
    lang="de",
    company="Neckartal Frischdienst",
    contact="katrin.haegele@neckartal-frischdienst.example.de",
    date="2026-06-30 10:02 +0200",
    frm=("Katrin Hägele", "katrin.haegele@neckartal-frischdienst.example.de"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Ihre Bewerbung als Einkaufsassistenz (m/w/d) – unsere Rückmeldung",
    subj_enc=("utf-8", "Q"),
    text=_neckartal_body,
    html=outlook_html(_neckartal_body, "de"),
    re="neckartal_verschoben",
)

add(
    key="degerloch_softgarden",
    lang="de",
    company="Klinikum Degerloch",
    contact="",
    date="2026-06-03 13:15 +0200",
    frm=("Klinikum Degerloch", "noreply@softgarden.io"),
    subject="Rückmeldung zu Ihrer Bewerbung",
    subj_enc=("iso-8859-1", "B"),
    html=ats_card("de", "Klinikum Degerloch – Karriere", """Guten Tag Frau Mwangi-Etxeberria,

herzlichen Dank für Ihre Bewerbung als Mitarbeiterin Materialwirtschaft Speiseversorgung
(Kennziffer 2026-077).

Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht
berücksichtigen können. Ausschlaggebend waren vor allem die geforderten sehr guten
Deutschkenntnisse im Schriftverkehr mit Lieferanten.

Ihre Unterlagen löschen wir nach Ablauf von sechs Monaten.

Freundliche Grüße
Ihr Team Personalgewinnung""", footer="Diese Nachricht wurde über softgarden versendet.",
        accent="#7a0019"),
)

add(
    key="personalwerk_relays_schwabenkueche",
    lang="de",
    company="Schwabenküche Catering",
    contact="florian.maier@personalwerk-sued.example.de",
    date="2026-07-20 17:30 +0200",
    frm=("Florian Maier", "florian.maier@personalwerk-sued.example.de"),
    subject="Schwabenküche - Entscheidung",
    charset="windows-1252",
    cte="quoted-printable",
    text="""Hallo Frau Mwangi-Etxeberria,

kurze Info von mir: Die Schwabenküche Catering hat sich nach dem nachgeholten Termin am
Dienstag gegen eine Zusammenarbeit entschieden. Man sucht jetzt doch eher jemanden mit
„Stapler-Schein“ und Erfahrung im Tiefkühllager – das war im Anforderungsprofil leider so
nicht zu lesen.

Ich melde mich, sobald ich etwas Passenderes im Einkauf für Sie habe.

Viele Grüße
Florian Maier
Personaldisponent
Personalwerk Süd GmbH · Königstraße 26 · 70173 Stuttgart · 0711 0000 5170
""",
    re="personalwerk_verpasst",
)

