"""Corpus 266 - rejections (31): formal, soft, terse, relayed, after interview, cancelled, casual."""

from __future__ import annotations

from msgs266_common import (
    M,
    ats_card,
    esc,
    forward_block,
    mso,
    outlook_block,
    outlook_html,
    paras,
    quote,
    wrote_de,
    wrote_es,
    wrote_fr,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- es 1: Workday, Lácteos Besaya
_t = """Hola Xabier:

Te escribimos en relación con tu candidatura al puesto de Técnico/a de Laboratorio de Calidad (Ref. R-2026-0147) en nuestra planta de Torrelavega.

Tras estudiar con detalle todos los perfiles recibidos, lamentamos comunicarte que no vamos a continuar con tu candidatura en este proceso.

Agradecemos sinceramente el tiempo que has dedicado a conocernos. Tus datos seguirán en nuestra base de candidatos durante 12 meses, salvo que nos indiques lo contrario desde tu perfil.

Un cordial saludo,
Equipo de Selección
Lácteos Besaya

Este mensaje se ha generado automáticamente; por favor, no respondas a esta dirección."""
add(M(kind="rejection", slug="besaya_workday_formal", lang="es", company="Lácteos Besaya",
      contact="", frm="Lácteos Besaya <lacteosbesaya@myworkday.com>",
      subject="Tu candidatura a Técnico/a de Laboratorio de Calidad (R-2026-0147)",
      date="2026-02-12 08:31", tz="UTC", key="besaya-rej", reply_of="besaya-missed",
      text=_t, cte="quoted-printable",
      html=ats_card("Lácteos Besaya", "#1f6f8b", paras(_t),
                    "Lácteos Besaya S.A. · Polígono de Tanos · 39300 Torrelavega (Cantabria)<br>"
                    '<a href="https://lacteosbesaya.wd3.myworkday.com/es-ES/Besaya/userHome">'
                    "Acceder a mi perfil</a>"),
      headers=[("Auto-Submitted", "auto-generated")]))

# ---------------------------------------------------------------- es 2: Labpas after interview
_thanks = """Hola Marta:

Muchas gracias por la entrevista de esta mañana con el panel. Me gustó mucho conocer el laboratorio y ver cómo trabajáis las muestras de producto lácteo con el equipo de microbiología.

Como comenté, en la lonja llevo años controlando temperaturas, trazabilidad de lotes y el APPCC del puesto, y tengo muchas ganas de dar el paso al laboratorio.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Xabier Ondarra-Lindgren
+34 642 118 305"""
add(M(kind="rejection", slug="labpas_after_panel", lang="es", company="Labpas Análisis",
      contact="marta.quintana@labpas.example.es",
      frm="Marta Quintana <marta.quintana@labpas.example.es>",
      subject="Re: Gracias por la entrevista de hoy",
      date="2026-03-27 13:05", key="labpas-rej", reply_of="labpas-thanks",
      cte="quoted-printable",
      text=f"""Hola, Xabier:

Gracias a ti por tu mensaje y por la energía que trajiste al panel; lo comentamos después entre nosotros.

Te debo una respuesta y prefiero dártela clara: hemos ofrecido el puesto a otra candidata que ya viene de un laboratorio acreditado en ENAC y que puede ponerse con las auditorías desde el primer día. No ha sido una decisión fácil.

Si te sirve, lo que más pesó fue la experiencia en técnicas de microbiología, no tu actitud. Un curso de manipulación de muestras y algo de práctica en placa te pondrían en muy buena posición para la próxima vacante que abramos.

Un abrazo y mucha suerte,

Marta Quintana
Responsable de Personas | Labpas Análisis
Parque Empresarial Besaya, nave 12 · 39300 Torrelavega
Tel. 942 00 41 87

{wrote_es("jue, 19 mar 2026 a las 18:42", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
{quote(_thanks)}
"""))

# ---------------------------------------------------------------- es 3: Astilleros Raos, on hold
_disc_raos = """AVISO LEGAL: Este mensaje y sus anexos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, queda notificado de que la lectura, utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción. En cumplimiento del RGPD, le informamos de que sus datos serán tratados por Astilleros Raos, S.L. con la finalidad de gestionar procesos de selección."""
add(M(kind="rejection", slug="raos_role_on_hold", lang="es", company="Astilleros Raos",
      contact="inigo.saiz@astillerosraos.example.es",
      frm="Íñigo Saiz Bustamante <inigo.saiz@astillerosraos.example.es>",
      subject="Proceso Inspector/a de Calidad - actualización",
      date="2026-05-06 16:48", key="raos-rej", reply_of="raos-cancel",
      charset="windows-1252", cte="quoted-printable", hdr=("iso-8859-1", "Q"),
      text=f"""Buenas tardes, Xabier:

Como te adelanté cuando anulamos la reunión de abril, la dirección ha revisado la cartera de pedidos del segundo semestre. El resultado es que la plaza de Inspector/a de Calidad para soldadura y pintura queda congelada hasta nuevo aviso y no vamos a seguir adelante con el proceso, ni contigo ni con el resto de personas que estaban en él.

Siento no poder darte mejores noticias después del interés que has mostrado. Si la plaza se reactiva, serás de las primeras personas a las que llamemos.

Atentamente,

Íñigo Saiz Bustamante
Técnico de Recursos Humanos
Astilleros Raos
Muelle de Raos, s/n – 39011 Santander
T. 942 35 60 12 · M. 679 40 18 22

{_disc_raos}"""))

# ---------------------------------------------------------------- es 4: terse human, Páramo
add(M(kind="rejection", slug="paramo_terse", lang="es", company="Quesería Páramo",
      contact="tere.alonso@queseriaparamo.example.es",
      frm="Tere Alonso <tere.alonso@queseriaparamo.example.es>",
      subject="Re: puesto control calidad",
      date="2026-03-03 19:22", reply_of="<cv-paramo-0119@example.es>",
      cte="8bit",
      text="""Hola Xabier, hemos cogido a una chica de aquí de Villadiego. Gracias igual y suerte.

Tere

Enviado desde mi móvil"""))

# ---------------------------------------------------------------- es 5: ETT relays named client's no
add(M(kind="rejection", slug="norteempleo_relays_zorrotza", lang="es",
      company="Frigoríficos Zorrotza", contact="aitor.larrinaga@norteempleo.example.es",
      frm="Aitor Larrinaga | Norteempleo ETT <aitor.larrinaga@norteempleo.example.es>",
      subject="Frigoríficos Zorrotza - respuesta tras la entrevista",
      date="2026-03-12 11:14", key="zorrotza-rej", reply_of="zorrotza-move",
      text="""Kaixo Xabier:

Acabo de hablar con Gorka, el jefe de almacén de Frigoríficos Zorrotza. Me dice que les caíste muy bien en la entrevista del miércoles, pero que para el puesto de control de calidad en cámaras se van a quedar con otra persona que ya tiene el carné de carretillero y experiencia con registros de frío en un almacén logístico.

Es una pena porque estabas en la terna final. Yo sigo moviendo tu perfil: esta semana me han entrado dos pedidos de conserveras en Bermeo y Santoña y creo que encajas. Te llamo el lunes y lo vemos.

Un saludo,

Aitor Larrinaga
Consultor de selección · Norteempleo ETT
Alameda Mazarredo 47, 3º · 48009 Bilbao
944 05 12 77 · www.norteempleo.example.es"""))

# ---------------------------------------------------------------- es 6: head-hunter, client unnamed
add(M(kind="rejection", slug="vertice_client_unnamed", lang="es", company="Vértice Talent",
      contact="sonia.revuelta@verticetalent.example.es",
      frm="Sonia Revuelta <sonia.revuelta@verticetalent.example.es>",
      subject="Posición Técnico de Calidad (conservera, Santoña)",
      date="2026-02-20 09:40", hdr=("utf-8", "B"),
      text="""Buenos días, Xabier:

Quería cerrar contigo el proceso de la conservera de Santoña que te presenté a primeros de mes.

Mi cliente ha revisado los finalistas y ha decidido avanzar con perfiles que ya han pasado por una auditoría IFS como responsables de calidad de línea. Valoran mucho tu conocimiento del producto, pero en esta ocasión han priorizado esa experiencia de auditoría, así que tu candidatura no sigue adelante.

Me guardo tu CV actualizado. En cuanto tenga un encargo de técnico junior o de laboratorio en la zona te lo hago llegar antes que a nadie.

Gracias por la confianza,

Sonia Revuelta
Partner | Vértice Talent
Calle Hernán Cortés 9, 2ª planta · 39003 Santander
+34 616 23 90 41"""))

# ---------------------------------------------------------------- es 7: filled internally, El Musel
add(M(kind="rejection", slug="musel_filled_internally", lang="es", company="Conservas El Musel",
      contact="marisa.cifuentes@conservaselmusel.example.es",
      frm="Marisa Cifuentes <marisa.cifuentes@conservaselmusel.example.es>",
      subject="Su solicitud - Técnico de Calidad en planta",
      date="2026-09-21 10:02", reply_of="musel-apply",
      charset="iso-8859-1", cte="base64", hdr=("iso-8859-1", "B"),
      text="""Estimado Sr. Ondarra-Lindgren:

Le agradecemos el interés por Conservas El Musel y el currículum que nos hizo llegar el pasado 31 de agosto.

Le informamos de que la vacante de Técnico de Calidad en planta se ha cubierto finalmente mediante promoción interna: una compañera de la línea de bonito ha asumido el puesto tras completar su formación en seguridad alimentaria.

Guardaremos su solicitud por si surgiera otra necesidad en el departamento.

Reciba un cordial saludo,

Marisa Cifuentes Llaneza
Administración y Personal
Conservas El Musel
Avda. de Príncipe de Asturias 201 · 33212 Gijón (Asturias)
Tel. 985 32 07 64"""))

# ---------------------------------------------------------------- es 8: role cancelled, Arlanzón
add(M(kind="rejection", slug="arlanzon_role_cancelled", lang="es", company="Cárnicas Arlanzón",
      contact="oscar.miguel@carnicasarlanzon.example.es",
      frm="Óscar Miguel <oscar.miguel@carnicasarlanzon.example.es>",
      subject="Vacante Técnico/a Calidad turno de tarde - anulada",
      date="2026-09-09 12:37", key="arlanzon-rej", reply_of="arlanzon-missed",
      cte="quoted-printable",
      text="""Hola Xabier:

Después de lo de la entrevista que no pudimos hacer, quería escribirte con una novedad que afecta a todo el proceso: el turno de tarde de la línea de morcilla se cierra a partir de octubre y, con él, la vacante de Técnico/a de Calidad que habíamos publicado. La posición queda anulada y no vamos a cubrirla.

No tiene nada que ver contigo; hemos tenido que comunicarlo igual a las seis personas que estaban en proceso.

Gracias por tu interés en Cárnicas Arlanzón y mucho ánimo con la búsqueda.

Óscar Miguel Pampliega
Recursos Humanos
Cárnicas Arlanzón · Ctra. de Logroño km 4 · 09007 Burgos
947 21 36 90"""))

# ---------------------------------------------------------------- es 9: casual colleague-style, Piles
add(M(kind="rejection", slug="piles_casual_colleague", lang="es", company="Lácteos Piles",
      contact="ruben.diaz@lacteospiles.example.es",
      frm="Rubén Díaz <ruben.diaz@lacteospiles.example.es>",
      subject="lo de calidad",
      date="2026-09-15 21:09", key="piles-rej",
      cte="8bit",
      text="""Oye Xabier, qué tal por Santander?

Te escribo yo porque me lo pidió Covadonga y porque prefiero que te enteres por mí. Al final lo de técnico de calidad lo han dado a un chaval que estaba de prácticas en el laboratorio de la planta, o sea que no vas a seguir en el proceso. Ya sé que lo de la videollamada no ayudó, pero sinceramente creo que ya lo tenían bastante claro.

No te vengas abajo, eh. Lo del cambio de la pescadería al laboratorio es cuestión de tiempo. Si un día vienes por Gijón te invito a una sidra y te cuento cómo entré yo.

Un abrazo,
Rubén

--
Rubén Díaz Menéndez
Jefe de turno · Control de Calidad
Lácteos Piles · Gijón"""))

# ---------------------------------------------------------------- es 10: SuccessFactors, Itsaslur
_t = """Estimado/a Xabier Ondarra-Lindgren:

Gracias por participar en el proceso de selección para la posición 4471 – Técnico/a de Control de Calidad (Bilbao).

Hemos valorado cuidadosamente su perfil. Sin embargo, en esta ocasión su candidatura no ha sido seleccionada para las siguientes fases.

Le animamos a consultar nuestras nuevas vacantes en el portal de empleo de Itsaslur Conservas.

Atentamente,
Departamento de Talento
Itsaslur Conservas"""
add(M(kind="rejection", slug="itsaslur_successfactors", lang="es", company="Itsaslur Conservas",
      contact="", frm="Itsaslur Conservas <noreply@successfactors.eu>",
      subject="Itsaslur Conservas – resultado de su candidatura 4471",
      date="2026-06-10 07:02", tz="UTC", key="itsaslur-rej", reply_of="itsaslur-missed",
      hdr=("utf-8", "B"), cte="base64", text=_t,
      html=ats_card("Itsaslur Conservas", "#00395d", paras(_t),
                    "Este correo se envía desde una dirección no supervisada.", lang="es"),
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]))

# ---------------------------------------------------------------- es 11: Recruitee HTML only
add(M(kind="rejection", slug="bioensayos_recruitee_html", lang="es",
      company="Bioensayos Torrelavega", contact="",
      frm="Bioensayos Torrelavega <no-reply@jobs.recruitee.com>",
      subject="Técnico/a de laboratorio (muestras alimentarias)",
      date="2026-07-20 14:26", tz="UTC",
      html=ats_card(
          "Bioensayos Torrelavega", "#5b7f3a",
          "<p>Hola Xabier,</p>"
          "<p>Te agradecemos que te hayas presentado a la vacante de técnico/a de laboratorio "
          "para muestras alimentarias.</p>"
          "<p>El volumen de candidaturas ha sido muy alto y, <strong>tras una primera revisión, "
          "hemos seleccionado otros perfiles</strong> con más experiencia en análisis "
          "fisicoquímico. Por eso cerramos hoy tu candidatura en este proceso.</p>"
          "<p>Puedes seguir nuestras ofertas en nuestra página de empleo y volver a "
          "presentarte cuando quieras.</p>"
          "<p>Saludos cordiales,<br>El equipo de Bioensayos</p>",
          "Enviado con Recruitee en nombre de Bioensayos Torrelavega. "
          '<a href="https://bioensayos.recruitee.com/privacy">Privacidad</a>'),
      html_cte="quoted-printable"))

# ---------------------------------------------------------------- es 12: ETT, client unnamed
add(M(kind="rejection", slug="temporalia_client_other_profile", lang="es",
      company="Temporalia Cantábrica", contact="noemi.fernandez@temporalia.example.es",
      frm="Temporalia Cantábrica <avisos@temporalia.example.es>",
      reply_to="Noemí Fernández <noemi.fernandez@temporalia.example.es>",
      subject="Novedades sobre tu proceso (ref. TC-0231)",
      date="2026-02-18 17:55", key="temporalia-rej", reply_of="temporalia-missed",
      text="""Hola Xabier,

Soy Noemí, de la oficina de Temporalia en Torrelavega.

La empresa con la que estábamos trabajando la cobertura de auxiliar de control de calidad me ha confirmado que ha elegido otro perfil. Creo que pesó que no pudiéramos hacer la videollamada del día 4, aunque me dicen que también tenían a alguien con experiencia en la misma fábrica.

Para este puesto, por tanto, cerramos tu candidatura. Sigues activo en nuestra bolsa para otras coberturas; si cambian tus horarios en el mercado o tu disponibilidad, respóndeme a este correo y lo actualizo.

Un saludo,
Noemí Fernández
Consultora · Temporalia Cantábrica ETT
Avda. de España 14 · 39300 Torrelavega · 942 88 04 51"""))

# ---------------------------------------------------------------- es 13: Greenhouse soft, Cimadevilla
_t = """Hola Xabier:

Gracias por presentarte a Técnico/a de Calidad – Soldadura y END en Astilleros Cimadevilla y por el tiempo dedicado a la prueba técnica.

Hemos decidido continuar con candidaturas cuya experiencia se ajusta más a lo que necesitamos ahora mismo, especialmente en inspección visual de soldadura con certificación de nivel 2.

Si quieres comentar cómo mejorar tu perfil para procesos futuros, puedes responder a este correo y te contesto yo.

Saludos,
Alba Riestra
Talent Acquisition · Astilleros Cimadevilla"""
add(M(kind="rejection", slug="cimadevilla_greenhouse_soft", lang="es",
      company="Astilleros Cimadevilla", contact="alba.riestra@astilleroscimadevilla.example.es",
      frm="Alba Riestra via Greenhouse <no-reply@greenhouse-mail.io>",
      reply_to="alba.riestra@astilleroscimadevilla.example.es",
      subject="Tu candidatura en Astilleros Cimadevilla",
      date="2026-10-02 15:11", tz="UTC", text=_t,
      html=f"<html><body style=\"font-family:Helvetica,Arial\">{paras(_t)}"
           "<p style=\"font-size:11px;color:#999\">Powered by Greenhouse</p></body></html>"))

# ---------------------------------------------------------------- es 14: agency forwards client's no
_client = """Raúl, buenas:

Gracias por presentarnos a Xabier. Después de la segunda entrevista (la que por fin pudimos hacer) lo hemos hablado con calma y vamos a seguir con el otro candidato, que ya conoce las destilaciones y el registro de lotes de orujo.

Dale las gracias de nuestra parte; nos pareció una persona muy seria y trabajadora.

Un saludo,
Elena Cuevas
Destilerías Liébana · Potes"""
add(M(kind="rejection", slug="laborexa_forwards_liebana_no", lang="es",
      company="Destilerías Liébana", contact="raul.cuesta@laborexa.example.es",
      frm="Raúl Cuesta <raul.cuesta@laborexa.example.es>",
      subject="Fwd: Candidato control de calidad - decisión",
      date="2026-05-05 09:18", key="liebana-rej", reply_of="liebana-missed",
      text=f"""Hola Xabier,

te reenvío lo que me ha mandado Elena esta mañana para que lo leas tal cual. No es la respuesta que queríamos: Destilerías Liébana no sigue contigo para el puesto.

Lo bueno es que hablan muy bien de ti. Tengo otra empresa de alimentación en Reinosa que busca técnico de calidad en el turno de noche; te llamo a mediodía por si te encaja.

Raúl Cuesta · Laborexa · 942 31 77 08

{forward_block("es", "Elena Cuevas <elena.cuevas@destileriasliebana.example.es>", "lun, 4 may 2026, 19:47", "Candidato control de calidad - decisión", "Raúl Cuesta <raul.cuesta@laborexa.example.es>", _client)}
"""))

# ---------------------------------------------------------------- es 15: long chain, Pedreña
_inv = """Hola Xabier,

Después de hablar por teléfono, ¿puedes venir a la depuradora el martes 31 a las 9:00 para la entrevista con el encargado de calidad? Trae el carné de manipulador.

Begoña"""
_move = """Begoña, perfecto, el martes a las 9:00 allí estaré.

Xabier"""
add(M(kind="rejection", slug="pedrena_chain_final_no", lang="es", company="Mariscos Pedreña",
      contact="begona.sainz@mariscospedrena.example.es",
      frm="Begoña Sainz <begona.sainz@mariscospedrena.example.es>",
      subject="Re: Re: Re: Entrevista depuradora",
      date="2026-04-06 13:40", key="pedrena-rej", reply_of="pedrena-move",
      text=f"""Hola Xabier:

Ya tenemos decisión. Finalmente nos quedamos con otra persona para el puesto de control de calidad de la depuradora; ha sido una elección muy ajustada y Javi, el encargado, me ha insistido en que te lo diga.

Muchas gracias por venir hasta Pedreña y por la paciencia con el cambio de hora.

Un saludo,
Begoña Sainz
Administración · Mariscos Pedreña
Muelle de Pedreña s/n · 39130 Marina de Cudeyo

{wrote_es("mié, 25 mar 2026 a las 8:05", "Begoña Sainz", "begona.sainz@mariscospedrena.example.es")}
> Xabier, perdona, ¿podría ser a las 11:30 en vez de a las 9? Nos entra un camión de almeja.
>
{quote(wrote_es("lun, 23 mar 2026 a las 20:16", "Xabier Ondarra-Lindgren", "xabier.ol@example.es"))}
{quote(quote(_move))}
> >
{quote(quote(wrote_es("lun, 23 mar 2026 a las 12:30", "Begoña Sainz", "begona.sainz@mariscospedrena.example.es")))}
{quote(quote(quote(_inv)))}
"""))

# ---------------------------------------------------------------- es 16: HTML-only Outlook cp1252
_t = """Buenos días, Xabier:

Quiero agradecerte la entrevista del pasado jueves en la fábrica de Santoña y el interés que mostraste por nuestras anchoas.

Lamentablemente, tu candidatura no ha resultado seleccionada para el puesto de auxiliar de calidad. Hemos optado por una persona con experiencia previa en sala de salazón y en el control de la maduración.

Te deseamos mucha suerte en tu camino hacia el laboratorio.

Un cordial saludo,

Paz Carriles
Dirección de Calidad
Salazones Berria
Polígono El Páramo, parcela 7 · 39740 Santoña
Tel. 942 66 21 09"""
add(M(kind="rejection", slug="berria_outlook_html", lang="es", company="Salazones Berria",
      contact="paz.carriles@salazonesberria.example.es",
      frm="Paz Carriles Gómez <paz.carriles@salazonesberria.example.es>",
      subject="Candidatura auxiliar de calidad - Salazones Berria",
      date="2026-10-08 10:26", key="berria-rej", reply_of="berria-invite",
      hdr=("iso-8859-1", "Q"),
      html=outlook_html(mso(_t)), html_charset="windows-1252", html_cte="quoted-printable"))

# ---------------------------------------------------------------- es 17: Workable base64
_t = """Hola Xabier,

Gracias por tu interés en el puesto de Operario/a de Control de Calidad en Manantial de Liérganes.

Hemos terminado de revisar las candidaturas y no vamos a avanzar con la tuya en este momento. Sabemos que no es la noticia que esperabas.

Conservaremos tus datos por si se abre una posición que encaje mejor con tu experiencia.

Un saludo,
Equipo de Personas de Manantial de Liérganes"""
add(M(kind="rejection", slug="lierganes_workable_b64", lang="es",
      company="Manantial de Liérganes", contact="",
      frm="Manantial de Liérganes <noreply@workablemail.com>",
      subject="Actualización sobre tu candidatura: Operario/a de Control de Calidad",
      date="2026-09-24 06:50", tz="UTC", key="lierganes-rej", reply_of="lierganes-ack",
      cte="base64", text=_t, html=ats_card("Manantial de Liérganes", "#2b8fbd", paras(_t),
                                           "Powered by Workable")))

# ================================================================ en (8)
_t = """Dear Xabier,

Thank you for applying for the Quality Control Technician role at our Santander processing plant and for your patience during the review.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of this position.

We appreciate the time you invested in your application and encourage you to keep an eye on our careers page for future opportunities.

Kind regards,
Talent Acquisition Team
Nordhavn Seafood Iberia"""
add(M(kind="rejection", slug="nordhavn_smartrecruiters", lang="en",
      company="Nordhavn Seafood Iberia", contact="",
      frm="Nordhavn Seafood Iberia <noreply@smartrecruiters.com>",
      subject="Your application for Quality Control Technician – Santander",
      date="2026-04-02 09:12", tz="UTC", key="nordhavn-rej", reply_of="nordhavn-ack",
      text=_t, html=ats_card("Nordhavn Seafood Iberia", "#12355b", paras(_t),
                             "This email was sent by SmartRecruiters on behalf of Nordhavn "
                             "Seafood Iberia.", lang="en")))

_ty = """Dear Isla,

Thank you for taking the time to meet me on Thursday with Dr Mackie. I really enjoyed seeing the shellfish toxin lab and hearing how the team handles the sample backlog during the scallop season.

I remain very interested in the Laboratory QC Technician position and hope to hear from you.

Best wishes,
Xabier"""
add(M(kind="rejection", slug="torry_after_interview_outlook", lang="en",
      company="Torry Analytical Services", contact="isla.ferguson@torryanalytical.example.co.uk",
      frm="Isla Ferguson <isla.ferguson@torryanalytical.example.co.uk>",
      subject="RE: Thank you - Laboratory QC Technician",
      date="2026-08-28 16:20", key="torry-rej", reply_of="torry-thanks",
      cte="quoted-printable",
      text=f"""Hi Xabier,

Thanks very much for your kind note, and apologies it has taken me a week to come back to you.

We have now completed all the interviews. I'm sorry to say that we won't be offering you the Laboratory QC Technician post. The panel was impressed by your hands-on food safety background, but we needed someone who can run the HPLC work unsupervised from day one.

Dr Mackie asked me to pass on that he would be happy to give you feedback by phone if that would help.

With best wishes,

Isla Ferguson
HR Business Partner
Torry Analytical Services | 14 Greyhope Road | Aberdeen AB11 9RD
T: 01224 557 310

{outlook_block("en", "Xabier Ondarra-Lindgren <xabier.ol@example.es>", "21 August 2026 19:02", "Isla Ferguson <isla.ferguson@torryanalytical.example.co.uk>", "Thank you - Laboratory QC Technician", _ty)}"""))

add(M(kind="rejection", slug="footdee_lever_filled_internally", lang="en",
      company="Footdee Marine Fabrication", contact="",
      frm="Footdee Marine Fabrication <no-reply@hire.lever.co>",
      subject="QA/QC Inspector (Coatings) - update",
      date="2026-06-19 12:44", tz="UTC", key="footdee-rej", reply_of="footdee-ack",
      text="""Hi Xabier,

We wanted to let you know that the QA/QC Inspector (Coatings) vacancy at our Footdee yard has now been filled by an internal colleague from our fabrication team.

As a result we're closing all external applications for this role, including yours. Thank you for the interest you showed in Footdee Marine Fabrication.

Regards,
The Footdee Recruitment Team

You are receiving this message because you applied through our Lever careers site."""))

add(M(kind="rejection", slug="harbourline_relays_deevalley", lang="en",
      company="Dee Valley Dairies", contact="callum.reid@harbourline.example.co.uk",
      frm="Callum Reid <callum.reid@harbourline.example.co.uk>",
      subject="Dee Valley Dairies - feedback",
      date="2026-07-02 17:31",
      text="""Hi Xabier,

Quick one, as promised. I've had feedback from Dee Valley Dairies on the QC Technician shortlist and unfortunately they've decided not to take you forward to interview. Their reasoning was the shift pattern: they need someone who can start on nights straight away and they were worried about relocation timings from Spain.

It's their loss in my view. The Northsound process is still very much alive, so let's keep our focus there.

Speak soon,
Callum

Callum Reid | Senior Consultant, Food & Drink
Harbourline Recruitment | 21 Union Row, Aberdeen AB10 1SA
M: 07700 914 228"""))

_t = """Dear Xabier,

Thank you for your interest in the QC Technician (Dairy Ingredients) position at our Torrelavega site.

We are writing to let you know that the position has been put on hold following a review of our 2026 investment plan, and we will not proceed with any of the current applications. We apologise for any inconvenience this may cause.

Should the role reopen, it will be advertised again on our careers site.

Kind regards,
Arcturus Dairy Ingredients – Global Talent Acquisition"""
add(M(kind="rejection", slug="arcturus_workday_on_hold", lang="en",
      company="Arcturus Dairy Ingredients", contact="",
      frm="Arcturus Dairy Ingredients <arcturus@myworkday.com>",
      subject="Update on your application – QC Technician (Dairy Ingredients)",
      date="2026-03-04 05:17", tz="-0500", key="arcturus-rej", reply_of="arcturus-missed",
      cte="quoted-printable", text=_t,
      html=ats_card("Arcturus", "#4a2c6f", paras(_t), "Please do not reply to this email.",
                    lang="en")))

add(M(kind="rejection", slug="buchan_terse", lang="en", company="Buchan Smokehouse",
      contact="rob@buchansmokehouse.example.co.uk",
      frm="Rob Cowie <rob@buchansmokehouse.example.co.uk>",
      subject="Re: Trial day Saturday",
      date="2026-09-16 07:58", key="buchan-rej", reply_of="buchan-trial",
      text="""Xabier - thanks for coming up on Saturday. We've gone with a local lad in the end. All the best with it.

Rob

Sent from my iPhone

> On 8 Sep 2026, at 18:40, Rob Cowie <rob@buchansmokehouse.example.co.uk> wrote:
>
> Can you come for a trial day this Saturday? 6am start at the kilns, bring boots."""))

_disc = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender immediately and delete it. Caledon Brewing Group Ltd is registered in Scotland, company number SC400187, registered office 3 Riverside Drive, Aberdeen AB11 7LH. Any views expressed are those of the individual sender unless otherwise stated."""
_t = """Dear Xabier,

Re: Quality Technician – Brewhouse & Packaging (Req 2026-0311)

Thank you for taking the time to apply and for your patience while we completed our selection process.

We regret to inform you that you have not been successful on this occasion. We received a high number of strong applications and the decision was a difficult one.

We wish you every success in your career.

Yours sincerely,
People Team, Caledon Brewing Group"""
add(M(kind="rejection", slug="caledon_icims_disclaimer", lang="en",
      company="Caledon Brewing Group", contact="",
      frm="Caledon Brewing Group Careers <caledonbrewing-notifications@icims.com>",
      subject="Your application to Caledon Brewing Group",
      date="2026-04-22 11:03", key="caledon-rej", reply_of="caledon-missed",
      text=_t + "\n\n" + _disc,
      html=ats_card("Caledon Brewing Group", "#8c4b12", paras(_t), esc(_disc), lang="en"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="rejection", slug="kittiwake_casual", lang="en", company="Kittiwake Labs",
      contact="dougie@kittiwakelabs.example.co.uk",
      frm="Dougie Strachan <dougie@kittiwakelabs.example.co.uk>",
      subject="the lab tech thing",
      date="2026-10-20 20:14", key="kittiwake-rej", reply_of="kittiwake-cancel",
      text="""Hey Xabier,

Sorry mate, I owe you a proper answer after bailing on our chat. Bad news, I'm afraid: the board wouldn't sign off on hiring from outside this year, so the lab tech job went to Shona from the sample reception desk. We're not taking your application any further.

Gutted, because I'd have loved to have you here. If anything changes I'll be straight on the phone.

Cheers,
Dougie

Dougie Strachan | Lab Manager | Kittiwake Labs, Aberdeen"""))

# ================================================================ fr (3)
_ty = """Bonjour Camille,

Merci encore pour l'entretien de ce matin et pour la visite de l'atelier de sertissage. J'ai beaucoup apprécié d'échanger avec M. Lartigue sur le contrôle des sertis et les analyses d'histamine.

Je reste très motivé par le poste de technicien qualité.

Bien cordialement,
Xabier Ondarra-Lindgren"""
add(M(kind="rejection", slug="garonne_refus_after_interview", lang="fr",
      company="Conserverie Garonne", contact="camille.dufau@conserverie-garonne.example.fr",
      frm="Camille Dufau <camille.dufau@conserverie-garonne.example.fr>",
      subject="RE: Merci pour l'entretien",
      date="2026-06-26 15:42", key="garonne-rej", reply_of="garonne-thanks",
      hdr=("iso-8859-1", "Q"), cte="quoted-printable",
      text=f"""Bonjour Xabier,

Merci pour votre message, qui nous a fait plaisir.

Après avoir rencontré l'ensemble des candidats, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de technicien qualité. Le candidat retenu dispose d'une expérience en conserverie de plusieurs années et d'une bonne maîtrise des contrôles de serti, ce qui a fait la différence.

Votre parcours reste atypique et intéressant ; n'hésitez pas à postuler de nouveau lors de nos recrutements saisonniers.

Bien cordialement,

Camille Dufau
Responsable Ressources Humaines
Conserverie Garonne
Quai de Brazza · 33100 Bordeaux
05 56 40 18 72

{wrote_fr("jeu. 18 juin 2026 à 13:15", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
{quote(_ty)}
"""))

_t = """Bonjour Monsieur Ondarra-Lindgren,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Chartrons et du temps consacré à votre candidature au poste de Technicien de laboratoire - contrôle qualité agroalimentaire (réf. LC-26-088).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la suite du processus.

Nous conservons votre candidature dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Le service Recrutement
Laboratoires Chartrons"""
add(M(kind="rejection", slug="chartrons_taleo_latin1", lang="fr",
      company="Laboratoires Chartrons", contact="",
      frm="Laboratoires Chartrons - Recrutement <no-reply@taleo.net>",
      subject="Votre candidature - réf. LC-26-088",
      date="2026-05-12 08:04", tz="UTC", key="chartrons-rej", reply_of="chartrons-missed",
      hdr=("iso-8859-1", "Q"), charset="iso-8859-1", cte="quoted-printable", text=_t))

add(M(kind="rejection", slug="interim_atlantique_relays_bastide", lang="fr",
      company="Brasserie Bastide", contact="julien.bordes@interim-atlantique.example.fr",
      frm="Julien Bordes <julien.bordes@interim-atlantique.example.fr>",
      subject="Retour de la Brasserie Bastide",
      date="2026-06-16 18:06", key="bastide-rej", reply_of="bastide-invite",
      text="""Bonsoir Xabier,

J'ai enfin eu le retour de la Brasserie Bastide après votre entretien de la semaine dernière. Ils ont apprécié votre rigueur et votre expérience du froid, mais ils ont choisi de poursuivre avec un profil déjà formé aux analyses de bière (densité, amertume, CO2). Ils ne retiennent donc pas votre candidature pour le poste d'agent qualité.

Je suis désolé, je sais que vous y teniez. Je vous propose qu'on fasse un point jeudi pour regarder les missions en laiterie qui arrivent à la rentrée.

Bien à vous,

Julien Bordes
Chargé de recrutement – Intérim Atlantique
12 cours du Médoc, 33300 Bordeaux · 05 57 87 30 14"""))

# ================================================================ de (3)
_t = """Sehr geehrter Herr Ondarra-Lindgren,

vielen Dank für Ihr Interesse an der Position Mitarbeiter Qualitätssicherung (m/w/d) und für das angenehme Gespräch am 21. Mai.

Nach sorgfältiger Prüfung aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.

Wir bedanken uns für die Zeit, die Sie in Ihre Bewerbung investiert haben, und wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Jana Ahlers
Personalabteilung
Weserfisch Feinkost"""
add(M(kind="rejection", slug="weserfisch_softgarden_absage", lang="de",
      company="Weserfisch Feinkost", contact="",
      frm="Weserfisch Feinkost <noreply@softgarden.io>",
      subject="Ihre Bewerbung als Mitarbeiter Qualitätssicherung (m/w/d)",
      date="2026-06-02 10:30", key="weserfisch-rej", reply_of="weserfisch-invite",
      hdr=("utf-8", "B"), cte="quoted-printable", text=_t,
      html=ats_card("Weserfisch Feinkost", "#0a4d68", paras(_t),
                    "Diese Nachricht wurde über softgarden versendet. Antworten an diese "
                    "Adresse werden nicht gelesen.", lang="de"),
      headers=[("Auto-Submitted", "auto-generated")]))

_ty = """Liebe Frau Tiedemann,

herzlichen Dank für das freundliche Gespräch heute und die Führung durch die Käserei. Besonders der Einblick in die Keimzahlbestimmung der Rohmilch hat mich beeindruckt.

Ich würde mich sehr freuen, Teil Ihres Teams zu werden.

Viele Grüße
Xabier Ondarra-Lindgren"""
add(M(kind="rejection", slug="blockland_after_interview", lang="de", company="Molkerei Blockland",
      contact="birte.tiedemann@molkerei-blockland.example.de",
      frm="Birte Tiedemann <birte.tiedemann@molkerei-blockland.example.de>",
      subject="AW: Vielen Dank für das Gespräch",
      date="2026-07-10 14:17", key="blockland-rej", reply_of="<cand-blockland-0701@example.es>",
      charset="iso-8859-1", cte="quoted-printable",
      text=f"""Lieber Herr Ondarra-Lindgren,

vielen Dank für Ihre nette Nachricht nach unserem Gespräch.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir die Stelle als Laborant Qualitätskontrolle mit einer Bewerberin besetzt, die bereits in einem Milchlabor gearbeitet hat und sofort im Schichtbetrieb einsteigen kann. Für Sie geht es in diesem Verfahren daher leider nicht weiter.

Ihr Weg vom Fischhandel ins Labor hat uns wirklich beeindruckt. Bleiben Sie dran!

Freundliche Grüße

Birte Tiedemann
Leitung Qualitätsmanagement
Molkerei Blockland eG
Am Blocklander Hemmweg 9 · 28239 Bremen
Tel. 0421 64 31 20

{wrote_de("Mi., 1. Juli 2026 um 17:48", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
{quote(_ty)}
"""))

add(M(kind="rejection", slug="nordpersonal_intern_besetzt", lang="de", company="Nordpersonal",
      contact="l.meyerdierks@nordpersonal.example.de",
      frm="Lars Meyerdierks <l.meyerdierks@nordpersonal.example.de>",
      subject="Ihr Profil - Qualitätsprüfer Lebensmittel (Bremerhaven)",
      date="2026-08-26 11:47",
      text="""Hallo Herr Ondarra-Lindgren,

kurze Rückmeldung zu der Stelle als Qualitätsprüfer, über die wir letzte Woche telefoniert haben: Mein Kunde hat die Position jetzt doch intern besetzt, mit einem Mitarbeiter aus der Wareneingangskontrolle. Ihr Profil wird dort deshalb nicht weiter berücksichtigt.

Ich melde mich, sobald ich ein passendes Projekt in Bremen oder Umgebung habe.

Beste Grüße aus der Überseestadt

Lars Meyerdierks
Personalberater
Nordpersonal GmbH · Konsul-Smidt-Straße 8 · 28217 Bremen
Tel. +49 421 69 40 55-12"""))
