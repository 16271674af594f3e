"""Mail that is not about one of the candidate's applications (ninety-fifth corpus, kind `other`).

Newsletters, alerts and advice that talk about rejections, interviews and offers; other meanings of
those words; friends; out-of-office replies; cold outreach; and the candidate's own sent mail.
"""

from __future__ import annotations

from msgs95_common import ME, ME_BARE, esc, pixel

MESSAGES: list[dict] = []
add = MESSAGES.append


def _other(**spec) -> None:
    spec.setdefault("kind", "other")
    spec.setdefault("company", "")
    add(spec)


# ================================================================ Spanish

# X1. Job-alert digest with many links.
_jobs = [
    ("Content Designer", "Viajes Meridiano", "Barcelona · Híbrido", "38.000 – 45.000 €"),
    ("UX Writer (Catalán/Castellano)", "Agència Digital Oberta", "Barcelona", "Salario no indicado"),
    ("Product Content Strategist", "Mercadillo", "Madrid · Remoto", "45.000 – 52.000 €"),
    ("Diseñador/a de Contenido Sr.", "Telvia Comunicaciones", "Madrid", "Salario no indicado"),
    ("Content Designer – Seguros", "La Previsora", "València · Híbrido", "36.000 – 42.000 €"),
    ("UX Writer freelance", "Estudio Kraft", "Remoto", "350 €/día"),
]
_rows = "\n".join(
    f'<tr><td style="padding:14px 0;border-bottom:1px solid #e8ebf0;"><a href="https://trk.curriculia.example.es/c?u=lam&amp;job={i}&amp;src=alerta" style="font-size:16px;color:#20409a;font-weight:bold;text-decoration:none;">{esc(t)}</a><br>'
    f'<span style="color:#333;">{esc(c)}</span> · <span style="color:#777;">{esc(p)}</span><br><span style="color:#0a8a4a;font-size:13px;">{esc(s)}</span></td></tr>'
    for i, (t, c, p, s) in enumerate(_jobs, start=4410))
_other(
    scenario="curriculia_alerta_content_designer", lang="es", contact="",
    frm=("Curriculia Alertas", "alertas@curriculia.example.es"),
    to=ME_BARE,
    subject="15 nuevas ofertas de Content Designer en Barcelona",
    date="2026-03-23 07:00 +0100",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.curriculia.example.es/baja?u=lam&t=alerta>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "List-Id": "Alertas de empleo <alertas.curriculia.example.es>",
             "Precedence": "bulk"},
    html=f"""<html><body style="margin:0;background:#eef1f6;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#20409a;padding:14px 24px;"><img src="https://static.curriculia.example.es/mail/logo-blanco.png" alt="Curriculia" width="130"></td></tr>
<tr><td style="padding:20px 24px 4px;font-size:14px;color:#333;">Hola Lucía, estas son las ofertas nuevas de tu alerta <b>«Content Designer – Barcelona y remoto»</b>:</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="0" cellspacing="0">{_rows}</table></td></tr>
<tr><td align="center" style="padding:20px;"><a href="https://trk.curriculia.example.es/c?u=lam&amp;alerta=8812&amp;todas=1" style="background:#f5a623;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;font-weight:bold;">Ver las 15 ofertas</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;background:#f7f8fa;">¿No quieres recibir más esta alerta? <a href="https://www.curriculia.example.es/baja?u=lam&amp;t=alerta" style="color:#999;">Darse de baja</a> · <a href="https://trk.curriculia.example.es/c?u=lam&amp;editar-alerta=8812" style="color:#999;">Editar alerta</a><br>Curriculia Empleo S.L. · Calle de Alcalá 21, Madrid · CIF B-8XXXXXXX</td></tr>
</table></td></tr></table>
{pixel("https://trk.curriculia.example.es/o.gif?u=lam&m=alerta0323")}
</body></html>""",
)

# X2. Career-advice newsletter about rejection (multipart/alternative, list headers).
_x2 = """EL RECHAZO TAMBIÉN ENSEÑA
Newsletter de Carreras en Producto · nº 47

Hola, Lucía:

Esta semana hablamos de algo que nadie pone en LinkedIn: los «lamentablemente no seguimos adelante con tu candidatura».

1. No es personal (casi nunca). Un proceso de selección compara perfiles con una necesidad concreta, no con tu valor como profesional.
2. Pide feedback, pero sin insistir. Una línea amable tras el rechazo tiene más respuesta de la que crees.
3. Lleva la cuenta. Anotar en qué fase te descartan te dice dónde mejorar: ¿CV, primera entrevista, caso práctico?
4. Y si te han dejado plantada en una entrevista o te la han cancelado tres veces, eso también es información sobre la empresa.

Leer el artículo completo: https://carrerasenproducto.example.es/r/47-rechazo?utm_source=newsletter

Nos leemos el jueves que viene,
Alicia Pardo · Carreras en Producto

Recibes este correo porque te suscribiste en carrerasenproducto.example.es.
Darte de baja: https://carrerasenproducto.example.es/baja?e=lucia.am%40example.es
"""
_other(
    scenario="newsletter_carreras_rechazo", lang="es", contact="",
    frm=("Carreras en Producto", "newsletter@carrerasenproducto.example.es"),
    to=ME_BARE,
    subject="Cuando te dicen que no: cómo gestionar el rechazo en tu búsqueda",
    date="2026-04-16 08:30 +0200",
    cte="quoted-printable",
    headers={"List-Id": "Carreras en Producto <semanal.carrerasenproducto.example.es>",
             "List-Unsubscribe": "<https://carrerasenproducto.example.es/baja?e=lucia.am%40example.es>, <mailto:baja@carrerasenproducto.example.es>",
             "Precedence": "list"},
    text=_x2,
    html="""<html><body style="margin:0;background:#fff8f0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;color:#2d2a26;">
<tr><td style="padding:28px 20px 8px;"><img src="https://carrerasenproducto.example.es/img/cabecera.png" alt="Carreras en Producto – newsletter semanal" width="580"></td></tr>
<tr><td style="padding:8px 20px;font-size:28px;font-weight:bold;">El rechazo también enseña</td></tr>
<tr><td style="padding:8px 20px;font-size:16px;line-height:1.6;">
<p>Hola, Lucía:</p>
<p>Esta semana hablamos de algo que nadie pone en LinkedIn: los <em>«lamentablemente no seguimos adelante con tu candidatura»</em>.</p>
<ol><li><b>No es personal (casi nunca).</b> Un proceso compara perfiles con una necesidad concreta.</li>
<li><b>Pide feedback, pero sin insistir.</b></li>
<li><b>Lleva la cuenta</b> de en qué fase te descartan.</li>
<li>Si te han dejado plantada en una entrevista o te la han cancelado tres veces, eso también es información.</li></ol>
<p><a href="https://carrerasenproducto.example.es/r/47-rechazo?utm_source=newsletter&amp;utm_medium=email" style="color:#c0392b;">Leer el artículo completo →</a></p>
<p>Nos leemos el jueves que viene,<br>Alicia Pardo</p>
</td></tr>
<tr><td style="padding:20px;font-family:Arial;font-size:11px;color:#888;">Recibes este correo porque te suscribiste en carrerasenproducto.example.es · <a href="https://carrerasenproducto.example.es/baja?e=lucia.am%40example.es" style="color:#888;">Darte de baja</a></td></tr>
</table></td></tr></table>
<img src="https://carrerasenproducto.example.es/o/47.gif?e=lam" width="1" height="1" alt="">
</body></html>""",
)

# X3. Podcast interview invitation from the host (person, so a contact).
_other(
    scenario="podcast_entrevista_invitacion", lang="es", contact="quim.bosch@palabrasquefuncionan.example.es",
    frm=("Quim Bosch", "quim.bosch@palabrasquefuncionan.example.es"),
    to=ME,
    subject="¿Te vienes al podcast?",
    date="2026-02-02 12:14 +0100",
    cte="8bit",
    text="""Hola Lucía!

Soy Quim, hago el podcast «Palabras que Funcionan» (sobre UX writing y lenguaje claro en español). Me pasó tu charla del UX Writers BCN de noviembre y me encantaría entrevistarte para un episodio sobre microcopy en servicios públicos.

Grabamos en remoto, una hora más o menos, y la entrevista la editamos nosotros. Sin prisa: cualquier día de marzo nos va bien.

¿Te apetece?

Una abraçada,
Quim
palabrasquefuncionan.example.es · @palabrasquefuncionan
""",
)

# X4. Bank: personal loan application received (a bank sender is never a contact).
_other(
    scenario="banco_prestamo_solicitud_recibida", lang="es", contact="",
    frm=("Banca Llevant", "comunicaciones@bancallevant.example.es"),
    to=ME_BARE,
    subject="Hemos recibido tu solicitud de préstamo",
    date="2026-05-18 10:44 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;font-family:Arial,sans-serif;background:#f2f2f2;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#004d73;padding:16px 24px;"><img src="https://www.bancallevant.example.es/mail/logo.png" alt="Banca Llevant"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.5;">
<p>Hola Lucía,</p>
<p>Hemos recibido tu <b>solicitud de préstamo personal</b> por importe de 6.000 &euro; (referencia PP-2026-771203).</p>
<p>Nuestro equipo de análisis de riesgos la estudiará y te comunicaremos la resolución en un plazo máximo de 48 horas laborables. Podrás consultar el estado de tu solicitud en la app o en la banca online.</p>
<p>Gracias por confiar en Banca Llevant.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:10px;color:#888;">Banca Llevant, S.A. · Plaça de l'Ajuntament 4, València. Inscrita en el Registro de Entidades del Banco de España con el nº 0XXX. Este correo es informativo; no respondas a esta dirección. Banca Llevant nunca te pedirá tus claves por email.</td></tr>
</table></body></html>""",
)

# X5. Flat application refused (rental portal).
_other(
    scenario="pisalia_piso_rechazado", lang="es", contact="",
    frm=("Pisalia", "no-reply@pisalia.example.es"),
    to=ME_BARE,
    subject="Actualización de tu solicitud para el piso de la calle Verdi",
    date="2026-06-04 19:03 +0200",
    cte="quoted-printable",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;max-width:560px;margin:0 auto;color:#2a2a2a;">
<img src="https://static.pisalia.example.es/email/pisalia-logo.png" alt="Pisalia" width="110" style="margin:20px 0;">
<p>Hola Lucía,</p>
<p>Lamentablemente, el propietario del piso de <b>Carrer de Verdi 42, 3º 1ª (Gràcia, Barcelona)</b> ha elegido otra solicitud y el anuncio ya no está disponible.</p>
<p>¡No te desanimes! Hay 23 pisos nuevos que encajan con tu búsqueda:</p>
<p><a href="https://www.pisalia.example.es/r/busqueda/88123?utm_source=email&amp;utm_campaign=rechazo" style="background:#e84f3d;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Ver pisos similares</a></p>
<p style="font-size:11px;color:#999;margin-top:32px;">Pisalia Servicios Inmobiliarios S.L. · <a href="https://www.pisalia.example.es/preferencias" style="color:#999;">Preferencias de email</a></p>
</div>""",
)

# X6. "Your position" in a location-sharing app.
_other(
    scenario="app_posicion_compartida", lang="es", contact="",
    frm=("Ruta Compartida", "avisos@rutacompartida.example.com"),
    to=ME_BARE,
    subject="Marta ya no ve tu posición",
    date="2026-07-19 21:40 +0200",
    cte="base64",
    html="""<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Roboto,Arial,sans-serif;"><tr><td align="center">
<table width="480" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;border-radius:10px;">
<tr><td style="padding:20px;"><img src="https://cdn.rutacompartida.example.com/mail/icon.png" alt="Ruta Compartida" width="40"></td></tr>
<tr><td style="padding:0 20px 20px;font-size:15px;color:#202124;">
<p><b>Tu posición ha dejado de compartirse</b></p>
<p>La sesión de «Excursión Montserrat» ha terminado y Marta ya no puede ver tu posición en tiempo real.</p>
<p>¿Quieres volver a compartirla? <a href="https://rutacompartida.example.com/app/share?s=mont0719">Abrir la app</a></p>
<p style="font-size:11px;color:#888;">Recibes esta notificación porque tienes activados los avisos de ubicación. <a href="https://rutacompartida.example.com/ajustes/notificaciones">Ajustes</a></p>
</td></tr></table></td></tr></table>""",
)

# X7. "Your position" on a waiting list (language school).
_other(
    scenario="eoi_posicion_lista_espera", lang="es", contact="",
    frm=("EOI Barcelona Drassanes – Secretaria", "secretaria-noreply@eoidrassanes.example.es"),
    to=ME_BARE,
    subject="Lista de espera – Alemán B1 (curso 2026-27)",
    date="2026-09-03 13:00 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Estimada alumna:

Le informamos de que su solicitud de matrícula para Alemán B1 (turno de tarde) no ha obtenido plaza en la adjudicación inicial.

Su posición actual en la lista de espera es la número 12. Si se libera alguna plaza, se le comunicará por correo electrónico y dispondrá de 48 horas para formalizar la matrícula.

Secretaría
Escola Oficial d'Idiomes Barcelona-Drassanes

(Mensaje automático. No responda a este correo.)
""",
)

# X8. Package delayed (shop / carrier).
_other(
    scenario="paquete_retrasado_tienda", lang="es", contact="",
    frm=("Librería Lata de Tinta", "pedidos@latadetinta.example.es"),
    to=ME_BARE,
    subject="Tu pedido #LT-30551 llega con retraso",
    date="2026-02-26 17:35 +0100",
    cte="quoted-printable",
    html="""<html><body style="background:#f6f1ea;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Trebuchet MS',Arial,sans-serif;">
<tr><td style="padding:20px;text-align:center;"><img src="https://latadetinta.example.es/img/logo-mail.png" alt="Lata de Tinta – librería" width="160"></td></tr>
<tr><td style="padding:0 28px 24px;font-size:15px;color:#3b3b3b;line-height:1.5;">
<p>Hola Lucía,</p>
<p>Lamentablemente tu paquete se ha retrasado: la empresa de transporte nos informa de una incidencia en su centro de Zaragoza. La nueva fecha estimada de entrega es el <b>martes 3 de marzo</b>.</p>
<p>Pedido #LT-30551 · «Nicely Said» y «Escribir para la web» (2 artículos)</p>
<p><a href="https://latadetinta.example.es/seguimiento/LT-30551?utm_source=email">Seguir mi envío</a></p>
<p>Sentimos las molestias.<br>El equipo de Lata de Tinta</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#999;">Lata de Tinta · Carrer de Verdi 8, Barcelona · <a href="https://latadetinta.example.es/newsletter/baja" style="color:#999;">Darse de baja del boletín</a></td></tr>
</table></td></tr></table></body></html>""",
)

# X9. A friend tells about her own rejection (friend's address is a contact).
_other(
    scenario="amiga_su_rechazo", lang="es", contact="carlota.vives@correo.example.com",
    frm=("Carlota Vives", "carlota.vives@correo.example.com"),
    to=ME_BARE,
    subject="Re: qué tal lo de Glovito??",
    date="2026-03-19 23:12 +0100",
    refs=["<CAOlucia0319friend@mail.gmail.com>"],
    cte="quoted-printable",
    quoted=True,
    text="""Tiaaa pues nada, me han rechazado 😭 Me ha llegado el típico correo de "hemos decidido avanzar con otros candidatos" después de CUATRO entrevistas y un caso práctico de un finde entero. Ni una llamada.

En fin, mañana me bajo a la playa y el lunes vuelta a empezar. Tú cómo vas con lo del banco? Te han dicho algo de la oferta?

Besis
C.

El jue, 19 mar 2026 a las 20:05, Lucía Arrieta-Mbeki (<lucia.am@example.es>) escribió:
> Eeei, ¿qué tal fue la última entrevista? ¡Cuéntame!
""",
)

# X10. A friend about her own interview, Apple Mail reply format.
_other(
    scenario="amigo_su_entrevista_applemail", lang="es", contact="dani.okoro@correo.example.com",
    frm=("Dani Okoro", "dani.okoro@correo.example.com"),
    to=ME_BARE,
    subject="Re: mañana!!",
    date="2026-06-08 22:31 +0200",
    refs=["<A1B2C3D4-lucia-0608@example.es>"],
    cte="quoted-printable",
    quoted=True,
    text="""Gracias!! Sí, mañana a las 9 tengo la entrevista final en la agencia de Valencia, con el director creativo y la de RRHH. Estoy de los nervios.

Si sale bien te invito a unas bravas. Si sale mal también, pero lloraré un poco.

D.

> El 8 jun 2026, a las 21:58, Lucía Arrieta-Mbeki <lucia.am@example.es> escribió:
>
> ¡Muchísima suerte mañana! Vas a bordarlo. Y si no te dan la oferta, ellos se lo pierden.
> L.
""",
)

# X11. The candidate's own follow-up (sent mail).
_other(
    scenario="propio_seguimiento_agencia", lang="es", contact="",
    frm=ME,
    to=("Lorena Bastida", "lorena.bastida@talentonorte.example.es"),
    subject="¿Novedades de Onda Ibérica?",
    date="2026-06-22 09:40 +0200",
    cte="quoted-printable",
    headers={"User-Agent": "Mozilla Thunderbird"},
    text="""Hola Lorena:

¿Qué tal? Te escribo para ver si hay novedades de Onda Ibérica después de la entrevista del jueves. Me quedé con muy buenas sensaciones y, si te sirve, estoy disponible para una segunda entrevista cualquier día de esta semana.

¡Gracias por todo!
Lucía

--
Lucía Arrieta-Mbeki
UX Writer & Content Designer · Barcelona
lucia.am@example.es · +34 600 11 22 33
""",
)

# X12. The candidate's own thank-you after an interview (sent mail).
_other(
    scenario="propio_agradecimiento_entrevista", lang="es", contact="",
    frm=ME,
    to=("Núria Casals i Prat", "nuria.casals@cdm.example.es"),
    subject="Gracias por la entrevista de hoy",
    date="2026-06-30 13:05 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Núria:

Muchas gracias por la entrevista de esta mañana, a ti y a tus compañeras. Me ha encantado conocer cómo estáis trabajando el lenguaje claro en los trámites del Consorci, y me quedo pensando en el reto de los formularios de ayudas.

Como comentamos, te adjunto en este enlace el caso del ayuntamiento de Sant Cugat: https://lucia-am.example.es/casos/sant-cugat

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Lucía Arrieta-Mbeki
""",
)

# X13. Out-of-office from a recruiter (Auto-Submitted); the sender is a person.
_other(
    scenario="fuera_oficina_reclutadora", lang="es", contact="nerea.goikoetxea@bancocantabrico.example.es",
    frm=("Goikoetxea Larrea, Nerea", "nerea.goikoetxea@bancocantabrico.example.es"),
    to=ME,
    subject="Respuesta automática: Carta oferta – Product Manager Onboarding Digital",
    date="2026-04-03 08:02 +0200",
    cte="quoted-printable",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "X-MS-Exchange-Inbox-Rules-Loop": "nerea.goikoetxea@bancocantabrico.example.es"},
    text="""Hola,

Estoy fuera de la oficina hasta el lunes 13 de abril, con acceso limitado al correo. Para asuntos urgentes relacionados con procesos de selección, podéis escribir a mi compañero Iker Bengoa (iker.bengoa@bancocantabrico.example.es).

Gracias,
Nerea
""",
)

# X14. Recruiter cold outreach, no interview proposed.
_other(
    scenario="reclutador_contacto_en_frio", lang="es", contact="pablo.serrano@reclutatech.example.es",
    frm=("Pablo Serrano", "pablo.serrano@reclutatech.example.es"),
    to=ME,
    subject="Oportunidad Product Manager – sector seguros (Madrid/remoto)",
    date="2026-01-08 11:27 +0100",
    cte="quoted-printable",
    text="""Hola Lucía, ¿qué tal?

Soy Pablo, de Recluta Tech. He visto tu perfil y tu transición de UX writing a producto me parece muy interesante.

Estamos ayudando a una insurtech en crecimiento a encontrar un/a Product Manager para su área de contratación online. Salario en torno a 50-55k, remoto con alguna visita a Madrid.

No sé si ahora mismo estás abierta a cambios. Si te interesa, te paso la descripción completa del puesto y me cuentas qué te parece; si no, ¡sin problema!

Un saludo,
Pablo Serrano
Tech Recruiter | Recluta Tech
""",
)

# X15. Master's admission application received (university, not a job).
_other(
    scenario="master_solicitud_admision", lang="es", contact="",
    frm=("Admisiones Posgrado UOM", "admisiones-noreply@uom.example.es"),
    to=ME_BARE,
    subject="Hemos recibido tu solicitud de admisión",
    date="2026-05-29 18:20 +0200",
    cte="quoted-printable",
    text="""Hola Lucía:

Hemos recibido correctamente tu solicitud de admisión al Máster Universitario en Gestión de Producto Digital (edición octubre 2026).

La Comisión Académica revisará tu expediente y te comunicaremos la resolución de admisión en un plazo aproximado de tres semanas. Recuerda que para formalizar la reserva de plaza deberás abonar 300 € una vez admitida.

Servicio de Admisiones de Posgrado
Universitat Oberta del Mediterrani

Este correo se ha enviado de forma automática. No respondas a este mensaje.
""",
)

# X16. Webinar "invitation" (multipart/alternative, list headers).
_x16 = """Invitación: webinar gratuito «Design Ops en equipos pequeños»

Jueves 7 de mayo · 18:30 (hora peninsular) · Online

Hola,

Te invitamos a nuestro próximo webinar con Elena Marín (Design Ops Lead en una scale-up de movilidad), que nos contará cómo montar operaciones de diseño cuando el equipo son cuatro personas y media.

Reserva tu plaza: https://comunidad-uxes.example.es/eventos/design-ops-pequenos?utm_source=mail

Comunidad UX España
Para no recibir más invitaciones: https://comunidad-uxes.example.es/baja
"""
_other(
    scenario="webinar_invitacion_designops", lang="es", contact="",
    frm=("Comunidad UX España", "eventos@comunidad-uxes.example.es"),
    to=ME_BARE,
    subject="Invitación: Design Ops en equipos pequeños (webinar gratuito)",
    date="2026-04-28 12:00 +0200",
    cte="quoted-printable",
    headers={"List-Id": "Eventos Comunidad UX <eventos.comunidad-uxes.example.es>",
             "List-Unsubscribe": "<https://comunidad-uxes.example.es/baja>",
             "Precedence": "bulk"},
    text=_x16,
    html="""<div style="font-family:Arial,sans-serif;max-width:600px;margin:auto;">
<img src="https://comunidad-uxes.example.es/img/banner-designops.png" alt="Webinar: Design Ops en equipos pequeños" width="600">
<h2 style="color:#5c2d91;">Design Ops en equipos pequeños</h2>
<p><b>Jueves 7 de mayo · 18:30 · Online</b></p>
<p>Te invitamos a nuestro próximo webinar con Elena Marín, que nos contará cómo montar operaciones de diseño cuando el equipo son cuatro personas y media.</p>
<p><a href="https://comunidad-uxes.example.es/eventos/design-ops-pequenos?utm_source=mail" style="background:#5c2d91;color:#fff;padding:10px 20px;text-decoration:none;border-radius:20px;">Reservar mi plaza</a></p>
<p style="font-size:11px;color:#999;">Comunidad UX España · <a href="https://comunidad-uxes.example.es/baja">Darse de baja</a></p>
</div>""",
)

# X17. Course discount "oferta" (marketing).
_other(
    scenario="curso_oferta_descuento", lang="es", contact="",
    frm=("Escuela Prisma", "hola@escuelaprisma.example.es"),
    sender=("Escuela Prisma", "bounce-88213@mail.escuelaprisma.example.es"),
    to=ME_BARE,
    subject="⏰ ÚLTIMAS 48 H: oferta del 40 % en el curso de Product Management",
    date="2026-05-11 09:00 +0200",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://escuelaprisma.example.es/u/88213>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk"},
    html="""<html><body style="margin:0;background:#111;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Poppins',Arial,sans-serif;">
<tr><td><a href="https://escuelaprisma.example.es/t/c?l=hero&amp;u=88213"><img src="https://escuelaprisma.example.es/mail/hero-pm-40.jpg" alt="Oferta -40% Product Management" width="600" style="display:block;"></a></td></tr>
<tr><td style="padding:28px;font-size:16px;color:#222;">
<p><b>¡Lucía, esta oferta se acaba!</b></p>
<p>Solo hasta el miércoles: <b>40 % de descuento</b> en el Programa Intensivo de Product Management (12 semanas, online, con mentoría).</p>
<p>✔ De UX a PM: el itinerario más pedido<br>✔ Casos reales con empresas<br>✔ Bolsa de empleo exclusiva</p>
<p style="text-align:center;"><a href="https://escuelaprisma.example.es/t/c?l=cta&amp;u=88213" style="background:#ff3d7f;color:#fff;padding:14px 30px;border-radius:30px;text-decoration:none;font-weight:bold;">QUIERO MI PLAZA</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#888;background:#f4f4f4;">Escuela Prisma Formación S.L. · <a href="https://escuelaprisma.example.es/u/88213" style="color:#888;">Darme de baja</a></td></tr>
</table></td></tr></table>
""" + pixel("https://escuelaprisma.example.es/t/o?u=88213&c=pm40") + "\n</body></html>",
)

# X18. User-research interview as a customer of a company she also applied to (researcher is a person).
_other(
    scenario="entrevista_usuaria_investigacion", lang="es", contact="laia.ferrando@mercadillo.example.es",
    frm=("Laia Ferrando", "laia.ferrando@mercadillo.example.es"),
    to=ME_BARE,
    subject="¿Nos ayudas a mejorar Mercadillo? (30 min, 25 € de regalo)",
    date="2026-06-16 10:10 +0200",
    cte="quoted-printable",
    text="""Hola Lucía,

Soy Laia, investigadora de UX en Mercadillo. Te escribo porque has hecho varias compras en los últimos meses y nos encantaría entender cómo usas la lista de deseos.

¿Te apetece una entrevista de investigación de 30 minutos por videollamada la semana que viene? No hay respuestas correctas ni incorrectas: solo queremos escucharte. Como agradecimiento, te regalamos un cheque de 25 € para tu próxima compra.

Si te interesa, respóndeme con un par de franjas que te vayan bien.

¡Gracias!
Laia Ferrando
UX Researcher · Mercadillo
""",
)

# X19. Newspaper newsletter with an "entrevista" headline.
_other(
    scenario="diario_turia_boletin_entrevista", lang="es", contact="",
    frm=("El Diario del Turia", "boletin@diarioturia.example.es"),
    to=ME_BARE,
    subject="La entrevista del domingo: «La administración tiene que escribir como habla la gente»",
    date="2026-03-01 07:15 +0100",
    cte="quoted-printable",
    headers={"List-Id": "Boletín matinal <matinal.diarioturia.example.es>",
             "List-Unsubscribe": "<https://www.diarioturia.example.es/newsletters/baja?id=lam>",
             "Precedence": "bulk"},
    text="""EL DIARIO DEL TURIA · Boletín matinal · Domingo, 1 de marzo de 2026

LA ENTREVISTA DEL DOMINGO
«La administración tiene que escribir como habla la gente»
La lingüista Ana Belén Ferri, que ha reescrito más de 300 trámites municipales, repasa en esta entrevista qué falla en las cartas oficiales.
https://www.diarioturia.example.es/entrevistas/ana-belen-ferri?utm_source=boletin

MÁS NOTICIAS
· El metro de València ampliará el horario nocturno en Fallas
· Las empresas tecnológicas del Puerto crean 400 empleos en un año
· Rechazada la moción para peatonalizar la calle de la Paz

Gestionar mis boletines: https://www.diarioturia.example.es/newsletters
Darse de baja: https://www.diarioturia.example.es/newsletters/baja?id=lam
""",
    html="""<html><body style="margin:0;background:#ffffff;">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;">
<tr><td style="border-bottom:3px double #000;padding:12px 0;text-align:center;"><img src="https://www.diarioturia.example.es/img/cabecera-boletin.png" alt="El Diario del Turia" width="300"></td></tr>
<tr><td style="padding:18px 0 6px;font-family:Arial;font-size:12px;color:#b00;letter-spacing:1px;">LA ENTREVISTA DEL DOMINGO</td></tr>
<tr><td><a href="https://www.diarioturia.example.es/entrevistas/ana-belen-ferri?utm_source=boletin" style="font-size:26px;color:#111;text-decoration:none;">«La administración tiene que escribir como habla la gente»</a></td></tr>
<tr><td style="padding:8px 0 18px;font-size:16px;color:#333;">La lingüista Ana Belén Ferri, que ha reescrito más de 300 trámites municipales, repasa qué falla en las cartas oficiales.</td></tr>
<tr><td style="border-top:1px solid #ccc;padding:12px 0;font-size:15px;">
<a href="https://www.diarioturia.example.es/r/1?utm_source=boletin" style="color:#111;">El metro de València ampliará el horario nocturno en Fallas</a><br><br>
<a href="https://www.diarioturia.example.es/r/2?utm_source=boletin" style="color:#111;">Las empresas tecnológicas del Puerto crean 400 empleos en un año</a><br><br>
<a href="https://www.diarioturia.example.es/r/3?utm_source=boletin" style="color:#111;">Rechazada la moción para peatonalizar la calle de la Paz</a></td></tr>
<tr><td style="font-family:Arial;font-size:11px;color:#888;padding:16px 0;">Editorial Turia Comunicación, S.A. · <a href="https://www.diarioturia.example.es/newsletters/baja?id=lam" style="color:#888;">Darse de baja</a></td></tr>
</table>
<img src="https://stats.diarioturia.example.es/o.gif?n=matinal&amp;d=20260301&amp;u=lam" width="1" height="1" alt="">
</body></html>""",
)

# X20. Job platform: profile views.
_other(
    scenario="curriculia_perfil_visto", lang="es", contact="",
    frm=("Curriculia", "avisos@curriculia.example.es"),
    to=ME_BARE,
    subject="3 empresas han visto tu perfil esta semana",
    date="2026-04-20 08:05 +0200",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.curriculia.example.es/baja?u=lam&t=visitas>"},
    html="""<html><body style="margin:0;background:#eef1f6;font-family:Arial,Helvetica,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px;">
<tr><td style="background:#20409a;padding:14px 24px;"><img src="https://static.curriculia.example.es/mail/logo-blanco.png" alt="Curriculia" width="130"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;">
<p style="font-size:22px;color:#20409a;margin:0;"><b>3</b> visitas a tu perfil</p>
<p>Una empresa del sector seguros, una agencia de selección y una empresa de comercio electrónico han visto tu CV esta semana.</p>
<p><a href="https://trk.curriculia.example.es/c?u=lam&amp;to=premium" style="color:#f5a623;font-weight:bold;">Hazte Premium para ver quién ha sido →</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;background:#f7f8fa;"><a href="https://www.curriculia.example.es/baja?u=lam&amp;t=visitas" style="color:#999;">No quiero recibir estos avisos</a></td></tr>
</table>
<img src="https://trk.curriculia.example.es/o.gif?u=lam&amp;m=visitas0420" width="1" height="1" alt="">
</body></html>""",
)

# X21. Electricity bill (utility: never a contact).
_x21 = """Hola Lucía,

Ya tienes disponible tu factura de luz del periodo 01/08/2026 – 31/08/2026.

Importe: 48,37 €
Fecha de cargo: 15/09/2026
Contrato: ES0031 XXXX XXXX XXXX

Puedes descargarla en tu área de cliente: https://clientes.energialevante.example.es/facturas

Energía Levante Comercializadora
"""
_other(
    scenario="factura_luz_agosto", lang="es", contact="",
    frm=("Energía Levante", "facturas@energialevante.example.es"),
    to=ME_BARE,
    subject="Tu factura de agosto ya está disponible",
    date="2026-09-05 06:12 +0200",
    charset="windows-1252", cte="quoted-printable",
    text=_x21,
    attach=[{"filename": "Factura_EL-2026-08-551203.pdf",
             "pdf": ["Energía Levante Comercializadora", "Factura EL-2026-08-551203",
                     "Periodo: 01/08/2026 - 31/08/2026", "Titular: Lucía Arrieta-Mbeki",
                     "Importe total: 48,37 EUR"]}],
    html="""<html><body style="font-family:Arial,sans-serif;">
<table width="560" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:16px;background:#ffd100;"><img src="https://www.energialevante.example.es/mail/logo.png" alt="Energía Levante"></td></tr>
<tr><td style="padding:20px;font-size:14px;">
<p>Hola Lucía,</p><p>Ya tienes disponible tu factura de luz del periodo 01/08/2026 – 31/08/2026.</p>
<table cellpadding="6" style="font-size:14px;"><tr><td>Importe</td><td><b>48,37 €</b></td></tr><tr><td>Fecha de cargo</td><td>15/09/2026</td></tr></table>
<p><a href="https://clientes.energialevante.example.es/facturas?utm_source=mail">Descargar factura</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:12px;">Energía Levante Comercializadora, S.L.U. · Este correo es automático, no lo respondas.</td></tr></table>
</body></html>""",
)

# X22. Professional network notification (no contact).
_other(
    scenario="red_profesional_nuevo_mensaje", lang="es", contact="",
    frm=("Conecta Pro", "mensajes-noreply@conectapro.example.com"),
    to=ME_BARE,
    subject="Carlos Medina te ha enviado un mensaje",
    date="2026-07-27 14:22 +0200",
    cte="quoted-printable",
    html="""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2ef;font-family:-apple-system,system-ui,Arial,sans-serif;"><tr><td align="center" style="padding:24px;">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:16px 24px;"><img src="https://static.conectapro.example.com/mail/logo.png" alt="Conecta Pro" height="24"></td></tr>
<tr><td style="padding:0 24px 24px;font-size:15px;color:#191919;">
<table cellpadding="0" cellspacing="0"><tr><td><img src="https://media.conectapro.example.com/p/cmedina.jpg" alt="Carlos Medina" width="48" style="border-radius:24px;"></td><td style="padding-left:12px;"><b>Carlos Medina</b><br><span style="color:#666;font-size:13px;">Product Lead en una fintech</span></td></tr></table>
<p style="background:#f3f2ef;padding:12px;border-radius:8px;">«Hola Lucía, vi tu post sobre la entrevista que te hicieron en el podcast, ¡muy bueno! ¿Te puedo hacer una pregunta sobre…»</p>
<p><a href="https://www.conectapro.example.com/comm/messaging/thread/2-88a1?trk=eml-msg" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none;">Ver mensaje</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">Has recibido este correo porque tienes activadas las notificaciones de mensajes. <a href="https://www.conectapro.example.com/settings/email?trk=eml-unsub">Darse de baja</a> · Conecta Pro Ltd., Dublín</td></tr>
</table></td></tr></table>""",
)

# X23. Former colleague offers a referral (Catalan-influenced Spanish); a person, so a contact.
_other(
    scenario="excompanera_referencia_telvia", lang="es", contact="gemma.riera@correo.example.com",
    frm=("Gemma Riera", "gemma.riera@correo.example.com"),
    to=ME_BARE,
    subject="te paso un contacto",
    date="2026-01-15 20:48 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Ei Lucía!

Ahir me encontré a la Beatriz Ocaña en un evento y resulta que ahora lleva selección en Telvia. Le hablé de ti y me dijo que le pasaras el CV directamente, que están montando equipo de contenidos para la app. Su correo es beatriz.ocana@telvia.example.es.

No te prometo nada, eh, pero por probar...

Petons i a veure si quedem un dia d'aquests!
Gemma
""",
)

# X24. Agency salary-report newsletter.
_x24 = """INFORME SALARIAL 2026 · PRODUCTO Y DISEÑO

Hola Lucía,

Ya está aquí nuestro informe anual de salarios para perfiles de Producto y Diseño en España: Product Manager, Product Designer, UX Writer, Content Designer, Design Ops y UX Research.

Algunos datos:
· El salario medio de un/a Content Designer senior en Madrid y Barcelona sube un 6 % y se sitúa en 46.000 €.
· El 58 % de las ofertas de Design Ops ya son híbridas o en remoto.
· Las ofertas para perfiles de UX writing que exigen inglés C1 pagan de media un 14 % más.

Descárgalo gratis: https://www.talentonorte.example.es/informe-salarial-2026?utm_source=newsletter

Talento Norte Consultores
Si no quieres recibir más comunicaciones: https://www.talentonorte.example.es/baja?e=lam
"""
_other(
    scenario="agencia_informe_salarial", lang="es", contact="",
    frm=("Talento Norte Consultores", "newsletter@talentonorte.example.es"),
    to=ME_BARE,
    subject="📊 Informe salarial 2026: Producto y Diseño",
    date="2026-02-10 10:00 +0100",
    cte="quoted-printable",
    headers={"List-Id": "Newsletter Talento Norte <news.talentonorte.example.es>",
             "List-Unsubscribe": "<https://www.talentonorte.example.es/baja?e=lam>",
             "Precedence": "bulk"},
    text=_x24,
    html="""<html><body style="margin:0;background:#f0f3f7;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;">
<tr><td style="background:#0e2a47;padding:20px;"><img src="https://www.talentonorte.example.es/mail/logo-blanco.png" alt="Talento Norte Consultores"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:1.5;">
<h1 style="font-size:22px;color:#0e2a47;">Informe salarial 2026 · Producto y Diseño</h1>
<p>Hola Lucía,</p>
<p>Ya está aquí nuestro informe anual de salarios para perfiles de Producto y Diseño en España.</p>
<ul><li>Content Designer senior en Madrid y Barcelona: <b>46.000 €</b> de media (+6 %).</li><li>El <b>58 %</b> de las ofertas de Design Ops ya son híbridas o en remoto.</li><li>Inglés C1 en UX writing: <b>+14 %</b> de salario medio.</li></ul>
<p><a href="https://www.talentonorte.example.es/informe-salarial-2026?utm_source=newsletter" style="background:#e94e1b;color:#fff;padding:12px 22px;text-decoration:none;">Descargar el informe</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;">Talento Norte Consultores, S.L. · Alameda de Recalde 36, Bilbao · <a href="https://www.talentonorte.example.es/baja?e=lam">Darse de baja</a></td></tr>
</table></td></tr></table>
<img src="https://www.talentonorte.example.es/mail/o.gif?c=informe26&amp;e=lam" width="1" height="1" alt="">
</body></html>""",
)

# X25. Meetup seat confirmed ("plaza" as a seat).
_other(
    scenario="meetup_plaza_confirmada", lang="es", contact="",
    frm=("UX Writers BCN", "noreply@eventos-comunidad.example.com"),
    to=ME_BARE,
    subject="Tu plaza para «UX Writers BCN #31» está confirmada",
    date="2026-10-13 19:30 +0200",
    cte="quoted-printable",
    html="""<div style="font-family:Arial,sans-serif;max-width:520px;margin:auto;color:#222;">
<h2 style="color:#f64060;">¡Tienes plaza!</h2>
<p>Hola Lucía, tu plaza para <b>UX Writers BCN #31 – «Escribir para la IA sin perder la voz»</b> está confirmada.</p>
<p>📅 Jueves 22 de octubre, 19:00<br>📍 Espacio Crea, Carrer de Pallars 193, Barcelona</p>
<p>Si al final no puedes venir, libera tu plaza para la lista de espera: <a href="https://eventos-comunidad.example.com/e/uxwbcn31/rsvp?u=lam">Cambiar mi respuesta</a></p>
<p style="font-size:11px;color:#999;">Eventos Comunidad · <a href="https://eventos-comunidad.example.com/settings/email">Ajustes de email</a></p>
</div>""",
)

# X26. The candidate's own mail declining an offer (sent mail, never a contact).
_other(
    scenario="propio_declina_oferta", lang="es", contact="",
    frm=ME,
    to=("Vicent Soler", "vicent.soler@azahartravel.example.es"),
    subject="Re: Oferta de empleo – Product Content Lead",
    date="2026-10-05 10:02 +0200",
    refs=["<azahar.oferta.20261001@azahartravel.example.es>"],
    cte="quoted-printable",
    quoted=True,
    text="""Hola Vicent:

Muchísimas gracias por la oferta y por el cariño de todo el proceso. Después de pensarlo mucho, he decidido aceptar otra propuesta que me permite seguir en Barcelona y que está más alineada con el paso a producto que estoy buscando, así que tengo que declinar la oferta de Azahar.

Ha sido una decisión difícil. Ojalá nos crucemos en otro momento.

Un abrazo,
Lucía

El jue, 1 oct 2026 a las 9:30, Vicent Soler (<vicent.soler@azahartravel.example.es>) escribió:
> Hola Lucía,
> Tras las entrevistas de las últimas semanas, en Azahar Travel Tech estamos
> muy contentos de ofrecerte el puesto de Product Content Lead.
""",
)

# X27. Public office appointment cancelled (not an interview).
_other(
    scenario="cita_previa_dni_cancelada", lang="es", contact="",
    frm=("Cita Previa DNI", "citaprevia-noresponder@dnielectronico.example.es"),
    to=ME_BARE,
    subject="Anulación de cita previa – Expedición/renovación DNI",
    date="2026-08-06 09:12 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""ANULACIÓN DE CITA PREVIA

Se ha anulado la cita con los siguientes datos:

Oficina: Barcelona - Sant Martí
Trámite: Renovación DNI
Fecha: 11/08/2026  Hora: 10:40
Localizador: 7Q4K9M

Motivo: cierre de la oficina por obras. Puede solicitar una nueva cita en https://citaprevia.dnielectronico.example.es

Este correo ha sido generado automáticamente. Por favor, no responda.
""",
)

# X28. Mexican remote-jobs newsletter digest.
_other(
    scenario="boletin_remoto_latam", lang="es", contact="",
    frm=("Remoto LATAM", "boletin@remotolatam.example.mx"),
    to=ME_BARE,
    subject="Las 10 vacantes remotas de la semana (y una lista de espera que sí vale la pena)",
    date="2026-08-24 07:45 -0600",
    cte="base64",
    headers={"List-Id": "Remoto LATAM semanal <semanal.remotolatam.example.mx>",
             "List-Unsubscribe": "<https://remotolatam.example.mx/desuscribir?e=lam>",
             "Precedence": "bulk"},
    html="""<html><body style="margin:0;background:#fdfaf3;font-family:'Work Sans',Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0;"><img src="https://remotolatam.example.mx/img/logo.png" alt="Remoto LATAM" width="160"></td></tr>
<tr><td style="font-size:15px;color:#222;line-height:1.6;">
<p>¡Qué onda, Lucía!</p>
<p>Estas son las vacantes remotas que más nos latieron esta semana:</p>
<ol>
<li><a href="https://remotolatam.example.mx/r/v1?utm_source=boletin">UX Writer Sr. – fintech (CDMX/remoto)</a></li>
<li><a href="https://remotolatam.example.mx/r/v2?utm_source=boletin">Content Designer – marketplace de viajes</a></li>
<li><a href="https://remotolatam.example.mx/r/v3?utm_source=boletin">Product Manager – salud digital</a></li>
<li><a href="https://remotolatam.example.mx/r/v4?utm_source=boletin">Design Ops – agencia en Guadalajara</a></li>
<li><a href="https://remotolatam.example.mx/r/todas?utm_source=boletin">…y 6 más</a></li>
</ol>
<p><b>Tip de la semana:</b> si no te contestan después de postularte, no te claves. La mitad de las empresas nunca manda el correo de rechazo.</p>
</td></tr>
<tr><td style="padding:20px 0;font-size:11px;color:#999;">Recibes este boletín porque te registraste en remotolatam.example.mx · <a href="https://remotolatam.example.mx/desuscribir?e=lam">Desuscribirme</a></td></tr>
</table>
<img src="https://remotolatam.example.mx/o.gif?e=lam&amp;n=0824" width="1" height="1" alt="">
</body></html>""",
)

# ================================================================ English

# X29. Career newsletter about missed interviews (multipart/alternative).
_x29 = """THE CAREER SWITCH - Issue 112

Missed an interview? Here's what to do next

It happens: the calendar invite landed in a different time zone, the train stopped in a tunnel, your laptop decided to update. You didn't join the call, and now you're staring at an email that says "we waited for you".

1. Reply the same day. A short, honest explanation beats a long one.
2. Don't over-apologise. Offer two concrete new slots.
3. Learn the lesson: add every interview to your calendar with the time zone spelled out.

And if a recruiter misses YOUR interview? That tells you something too.

Also this week: how to negotiate an offer when you're switching careers; and why "we'll keep your CV on file" means less than you think.

Read online: https://thecareerswitch.example.com/112?utm_source=email
Unsubscribe: https://thecareerswitch.example.com/unsubscribe?e=lucia.am%40example.es
"""
_other(
    scenario="newsletter_missed_interview_advice", lang="en", contact="",
    frm=("The Career Switch", "hello@thecareerswitch.example.com"),
    sender=("The Career Switch", "bounces+112@mg.thecareerswitch.example.com"),
    to=ME_BARE,
    subject="Missed an interview? Here's what to do next",
    date="2026-05-21 13:00 +0100",
    cte="quoted-printable",
    headers={"List-Id": "The Career Switch <weekly.thecareerswitch.example.com>",
             "List-Unsubscribe": "<https://thecareerswitch.example.com/unsubscribe?e=lucia.am%40example.es>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk"},
    text=_x29,
    html="""<html><body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:'Source Serif Pro',Georgia,serif;color:#1a1a1a;">
<tr><td style="padding:24px 0;border-bottom:1px solid #ddd;"><img src="https://thecareerswitch.example.com/logo.png" alt="The Career Switch" width="200"> <span style="float:right;font-family:Arial;font-size:12px;color:#999;">Issue 112</span></td></tr>
<tr><td style="padding:24px 0 8px;font-size:28px;font-weight:bold;">Missed an interview? Here's what to do next</td></tr>
<tr><td style="font-size:17px;line-height:1.6;">
<p>It happens: the calendar invite landed in a different time zone, the train stopped in a tunnel. You didn't join the call, and now you're staring at an email that says <i>"we waited for you"</i>.</p>
<ol><li>Reply the same day.</li><li>Don't over-apologise. Offer two concrete new slots.</li><li>Add every interview to your calendar with the time zone spelled out.</li></ol>
<p><a href="https://thecareerswitch.example.com/112?utm_source=email" style="color:#2b59c3;">Read the full issue</a></p>
<h3>Also this week</h3>
<p><a href="https://thecareerswitch.example.com/r/negotiate-offer?utm_source=email" style="color:#2b59c3;">How to negotiate an offer when you're switching careers</a><br>
<a href="https://thecareerswitch.example.com/r/cv-on-file?utm_source=email" style="color:#2b59c3;">Why "we'll keep your CV on file" means less than you think</a></p>
</td></tr>
<tr><td style="padding:24px 0;font-family:Arial;font-size:11px;color:#999;">You're receiving this because you subscribed at thecareerswitch.example.com. <a href="https://thecareerswitch.example.com/unsubscribe?e=lucia.am%40example.es" style="color:#999;">Unsubscribe</a> · The Career Switch Media Ltd, Registered in England No 13XXXXXX</td></tr>
</table></td></tr></table>
<img src="https://mg.thecareerswitch.example.com/o/112/lam.gif" width="1" height="1" alt="">
</body></html>""",
)

# X30. Job-alert digest in English.
_other(
    scenario="jobsnest_alert_lisbon_pm", lang="en", contact="",
    frm=("JobsNest Alerts", "alerts@mail.jobsnest.example.com"),
    to=ME_BARE,
    subject="12 new Product Manager jobs in Lisbon",
    date="2026-06-15 06:30 +0100",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://jobsnest.example.com/u/alerts/off?k=pm-lis>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk"},
    text="""New jobs matching "Product Manager" in Lisbon

Product Manager, Payments - Caixa Atlântica · Lisbon · Hybrid
https://jobsnest.example.com/l/j/88120?src=alert

Associate PM - Content Platform - The Lisbon Ledger · Lisbon
https://jobsnest.example.com/l/j/88121?src=alert

Product Owner, Booking - Globetrek · Lisbon · Remote (PT)
https://jobsnest.example.com/l/j/88122?src=alert

Product Manager - Marketplace - Estrada & Filhos · Lisbon
https://jobsnest.example.com/l/j/88123?src=alert

See all 12 jobs: https://jobsnest.example.com/l/search?q=product+manager&l=lisbon&src=alert

You set up this alert on JobsNest. Turn off: https://jobsnest.example.com/u/alerts/off?k=pm-lis
""",
    html="""<html><body style="margin:0;font-family:'Segoe UI',Roboto,Arial,sans-serif;background:#fff;">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;"><img src="https://cdn.jobsnest.example.com/email/logo.png" alt="JobsNest" height="26"></td></tr>
<tr><td style="font-size:18px;font-weight:600;color:#0a2540;">New jobs matching "Product Manager" in Lisbon</td></tr>
<tr><td style="padding-top:12px;font-size:14px;line-height:22px;">
<p><a href="https://jobsnest.example.com/l/j/88120?src=alert" style="color:#635bff;font-weight:600;">Product Manager, Payments</a><br>Caixa Atlântica · Lisbon · Hybrid</p>
<p><a href="https://jobsnest.example.com/l/j/88121?src=alert" style="color:#635bff;font-weight:600;">Associate PM - Content Platform</a><br>The Lisbon Ledger · Lisbon</p>
<p><a href="https://jobsnest.example.com/l/j/88122?src=alert" style="color:#635bff;font-weight:600;">Product Owner, Booking</a><br>Globetrek · Lisbon · Remote (PT)</p>
<p><a href="https://jobsnest.example.com/l/j/88123?src=alert" style="color:#635bff;font-weight:600;">Product Manager - Marketplace</a><br>Estrada &amp; Filhos · Lisbon</p>
<p><a href="https://jobsnest.example.com/l/search?q=product+manager&amp;l=lisbon&amp;src=alert" style="color:#635bff;">See all 12 jobs →</a></p>
</td></tr>
<tr><td style="padding-top:28px;font-size:11px;color:#8792a2;">You set up this alert on JobsNest. <a href="https://jobsnest.example.com/u/alerts/off?k=pm-lis" style="color:#8792a2;">Turn off</a> · JobsNest Ltd, London</td></tr>
</table>
<img src="https://jobsnest.example.com/l/open?u=a9c&amp;m=alert0615" width="1" height="1" alt="">
</body></html>""",
)

# X31. User-research platform: paid interview study (no contact).
_other(
    scenario="research_platform_paid_interview", lang="en", contact="",
    frm=("Panelwise Studies", "studies-noreply@panelwise.example.com"),
    to=ME_BARE,
    subject="You're invited: 45-min user interview about travel apps (€60)",
    date="2026-02-17 15:10 +0100",
    cte="quoted-printable",
    html="""<div style="font-family:Inter,Arial,sans-serif;max-width:560px;margin:0 auto;color:#1b1b1f;">
<img src="https://panelwise.example.com/email/logo.png" alt="Panelwise" width="120" style="margin:24px 0;">
<h2 style="font-size:20px;">A new study matches your profile</h2>
<p>Hi Lucía, a research team is looking for people who book trains and flights on their phone at least once a month for a <b>45-minute remote user interview</b>.</p>
<table cellpadding="8" style="background:#f4f5ff;border-radius:8px;width:100%;font-size:14px;"><tr><td><b>Incentive:</b> €60 gift card<br><b>Format:</b> video call<br><b>Dates:</b> 24–27 February</td></tr></table>
<p><a href="https://panelwise.example.com/s/88a1/apply?utm_source=email" style="background:#4f46e5;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;margin-top:12px;">Apply to this study</a></p>
<p style="font-size:11px;color:#888;margin-top:32px;">Panelwise, Inc. · <a href="https://panelwise.example.com/settings/notifications" style="color:#888;">Notification settings</a> · Please don't reply to this email.</p>
</div>""" + pixel("https://panelwise.example.com/o/88a1.gif"),
)

# X32. Credit card application declined (bank: never a contact).
_x32 = """Dear Lucia Arrieta-Mbeki,

Thank you for applying for the Vela Flex credit card.

We're sorry to let you know that we are unable to approve your application at this time. This decision was based on information from your credit file and our internal lending criteria.

You can request a copy of the credit reference data we used by writing to our Data Protection team. This decision does not affect your existing Vela current account.

Vela Bank Europe
This is an automated message; please do not reply.
"""
_other(
    scenario="credit_card_declined", lang="en", contact="",
    frm=("Vela Bank", "no-reply@velabank.example.com"),
    to=ME_BARE,
    subject="Update on your Vela Flex card application",
    date="2026-07-30 11:11 +0200",
    cte="quoted-printable",
    text=_x32,
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f7fa;margin:0;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:24px;">
<tr><td style="padding:20px 28px;background:#12263f;"><img src="https://velabank.example.com/mail/logo.png" alt="Vela Bank"></td></tr>
<tr><td style="padding:28px;font-size:15px;color:#253858;line-height:1.55;">
<p>Dear Lucia Arrieta-Mbeki,</p>
<p>Thank you for applying for the <b>Vela Flex</b> credit card.</p>
<p>We're sorry to let you know that your application has been <b>declined</b>. This decision was based on information from your credit file and our internal lending criteria.</p>
<p>This decision does not affect your existing Vela current account.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:10px;color:#8993a4;">Vela Bank Europe S.A., authorised by the Bank of Spain. This is an automated message; please do not reply.</td></tr>
</table></body></html>""",
)

# X33. Package delayed (carrier).
_other(
    scenario="parcel_delayed_carrier", lang="en", contact="",
    frm=("SwiftParcel", "tracking@swiftparcel.example.com"),
    to=ME_BARE,
    subject="Unfortunately your package is delayed",
    date="2026-10-20 08:44 +0200",
    cte="quoted-printable",
    text="""Hi Lucía,

Unfortunately your package from Figma Merch Store is delayed due to high volumes at our Madrid hub.

Tracking number: SP7730019922ES
New estimated delivery: Friday 23 October

Track your parcel: https://swiftparcel.example.com/t/SP7730019922ES

We're sorry for the inconvenience.
SwiftParcel Iberia S.L. - This mailbox is not monitored.
""",
    html="""<html><body style="margin:0;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#ff6a00;padding:16px 24px;"><img src="https://swiftparcel.example.com/email/logo-white.png" alt="SwiftParcel"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222;">
<p>Hi Lucía,</p>
<p>Unfortunately your package from <b>Figma Merch Store</b> is delayed due to high volumes at our Madrid hub.</p>
<table cellpadding="6" style="font-size:14px;border:1px solid #eee;"><tr><td>Tracking number</td><td><b>SP7730019922ES</b></td></tr><tr><td>New estimated delivery</td><td><b>Friday 23 October</b></td></tr></table>
<p><a href="https://swiftparcel.example.com/t/SP7730019922ES?utm_source=delay" style="color:#ff6a00;">Track your parcel</a></p>
<p>We're sorry for the inconvenience.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;">SwiftParcel Iberia S.L. · This mailbox is not monitored.</td></tr>
</table>
<img src="https://swiftparcel.example.com/o.gif?t=SP7730019922ES" width="1" height="1" alt="">
</body></html>""",
)

# X34. Press interview request from a journalist (person: a contact).
_other(
    scenario="press_interview_request", lang="en", contact="amelia.grant@uxmonthly.example.com",
    frm=("Amelia Grant", "amelia.grant@uxmonthly.example.com"),
    to=ME,
    subject="Interview request - UX Monthly feature on plain language",
    date="2026-03-25 16:40 +0000",
    cte="quoted-printable",
    text="""Hi Lucía,

I'm a features writer at UX Monthly. We're putting together a piece on plain language in European public services for our June issue, and several people pointed me to your work on the Barcelona library app.

Would you be up for a 30-minute interview over video sometime in the next two weeks? The piece will quote you by name and link to your portfolio; I'll send the quotes for a fact check before publication.

Thanks,
Amelia Grant
Features Writer, UX Monthly
@ameliagrant_writes
""",
)

# X35. Out-of-office from an agency consultant (Auto-Submitted); the sender is a person.
_other(
    scenario="ooo_agency_consultant", lang="en", contact="tom.hadley@brightwell.example.com",
    frm=("Tom Hadley", "tom.hadley@brightwell.example.com"),
    to=ME,
    subject="Automatic reply: Re: Globetrek - this morning?",
    date="2026-05-19 12:58 +0100",
    cte="7bit",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I'm out of the office at a client event until Thursday 21 May with limited access to email.

For anything urgent, please contact the Product & Design desk on +44 20 0000 0001.

Tom Hadley | Brightwell Recruitment
""",
)

# X36. Head-hunter cold outreach, English, no interview.
_other(
    scenario="headhunter_cold_outreach_en", lang="en", contact="oliver@northgate-search.example.com",
    frm=("Oliver Bennett", "oliver@northgate-search.example.com"),
    to=ME,
    subject="Open to a conversation?",
    date="2026-09-22 10:02 +0100",
    cte="quoted-printable",
    text="""Hi Lucía,

I lead the product and design practice at Northgate Search. I'm working on a Head of Content Design mandate for a well-funded Berlin scale-up (fully remote in the EU, strong writing culture, c. EUR 95-110k).

I have no idea whether you're looking at the moment - your profile just stood out for the mix of content design and operations.

If it's of interest, reply and I'll share a short brief. If not, no follow-ups from me.

Best,
Oliver Bennett
Partner, Product & Design
Northgate Search | London · Berlin
""",
)

# X37. The candidate's own follow-up in English (sent mail).
_other(
    scenario="own_followup_kubo", lang="en", contact="",
    frm=ME,
    to=("Priya Raman", "priya@kubohealth.example.com"),
    subject="Thank you - and a quick question",
    date="2026-03-06 18:22 +0100",
    cte="quoted-printable",
    text="""Hi Priya,

Thank you again for organising the panel on Tuesday - I really enjoyed meeting Tom and Ana and hearing how the team thinks about trust in health content.

I just wanted to ask whether you have an idea of the timeline for the next steps. No rush at all; I'm only asking because I have another process moving and I'd love to be able to plan.

Best wishes,
Lucía
""",
)

# X38. A friend in Lisbon about her own rejection (English).
_other(
    scenario="friend_own_rejection_en", lang="en", contact="maya.lindqvist@correo.example.com",
    frm=("Maya Lindqvist", "maya.lindqvist@correo.example.com"),
    to=ME_BARE,
    subject="ugh",
    date="2026-08-14 21:17 +0100",
    cte="7bit",
    text="""Got the "we've decided to move forward with other candidates whose experience more closely matches" email from the Lisbon bank today. After three rounds. THREE.

Anyway. Wine on Saturday? I'm in Barcelona from Friday night. Also I want to hear everything about your offers, you lucky thing.

M x
""",
)

# X39. Community digest that mentions offers and interviews.
_x39 = """CONTENT DESIGN COMMUNITY - WEEKLY DIGEST

Top threads this week:
- "How do you negotiate an offer when moving from UX writing to PM?" (48 replies)
- "Interview red flags: the take-home that took 20 hours" (31 replies)
- "Got rejected after the final round - ask for feedback or let it go?" (27 replies)
- Job board: 14 new roles posted

Read the digest: https://community.contentdesign.example.com/digest/2026-09-28
Manage notifications: https://community.contentdesign.example.com/settings/notifications
"""
_other(
    scenario="community_digest_offers_threads", lang="en", contact="",
    frm=("Content Design Community", "digest@community.contentdesign.example.com"),
    to=ME_BARE,
    subject="Weekly digest: negotiating offers, interview red flags",
    date="2026-09-28 09:00 +0100",
    cte="quoted-printable",
    headers={"List-Id": "<digest.community.contentdesign.example.com>",
             "List-Unsubscribe": "<https://community.contentdesign.example.com/settings/notifications>",
             "Precedence": "list"},
    text=_x39,
    html="""<div style="font-family:Arial,sans-serif;max-width:600px;">
<img src="https://community.contentdesign.example.com/logo.png" alt="Content Design Community" width="180">
<h3>Top threads this week</h3>
<ul>
<li><a href="https://community.contentdesign.example.com/t/88012?u=lam">How do you negotiate an offer when moving from UX writing to PM?</a> (48)</li>
<li><a href="https://community.contentdesign.example.com/t/88013?u=lam">Interview red flags: the take-home that took 20 hours</a> (31)</li>
<li><a href="https://community.contentdesign.example.com/t/88020?u=lam">Got rejected after the final round - ask for feedback or let it go?</a> (27)</li>
<li><a href="https://community.contentdesign.example.com/jobs?u=lam">Job board: 14 new roles</a></li>
</ul>
<p style="font-size:11px;color:#888;"><a href="https://community.contentdesign.example.com/settings/notifications">Manage notifications</a></p>
</div>""",
)

# X40. Conference speaker application received (not a job).
_other(
    scenario="conference_speaker_application", lang="en", contact="",
    frm=("Words Matter Conf", "noreply@wordsmatterconf.example.com"),
    to=ME,
    subject="We've received your speaker application",
    date="2026-01-29 22:05 +0100",
    cte="quoted-printable",
    html="""<div style="font-family:'DM Sans',Arial,sans-serif;max-width:540px;margin:auto;padding:24px;background:#fffbea;color:#222;">
<img src="https://wordsmatterconf.example.com/img/logo.png" alt="Words Matter Conf 2026 - Lisbon" width="200">
<p>Hi Lucía,</p>
<p>Thanks for submitting <b>"Error messages for people in a hurry"</b> to Words Matter Conf 2026 in Lisbon. Your speaker application has been received.</p>
<p>Our programme committee reviews all proposals blind. We'll let everyone know by 15 March whether their talk has been accepted.</p>
<p>— The Words Matter team</p>
<p style="font-size:11px;color:#888;">This inbox isn't monitored. Questions? <a href="https://wordsmatterconf.example.com/contact">Contact form</a></p>
</div>""",
)

# X41. ATS candidate-account verification (no application yet).
_other(
    scenario="workday_account_verification", lang="en", contact="",
    frm=("Caixa Atlântica Careers", "caixaatlantica@myworkday.com"),
    to=ME_BARE,
    subject="Verify your candidate account",
    date="2026-03-14 11:52 +0000",
    cte="7bit",
    text="""Hello,

A candidate account has been created for lucia.am@example.es on the Caixa Atlântica careers site.

Please verify your email address within 24 hours by opening the link below:
https://caixaatlantica.wd3.myworkday.com/careers/verify?token=7f2e91c0a4

If you did not create this account, you can ignore this message.

This is a system-generated message. Please do not reply.
""",
)

# X42. "Your position" on an app waitlist.
_other(
    scenario="app_waitlist_position", lang="en", contact="",
    frm=("Scribly", "hello@scribly.example.com"),
    to=ME_BARE,
    subject="You're #248 on the waitlist",
    date="2026-06-01 17:20 +0200",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://scribly.example.com/unsubscribe?u=lam>"},
    html="""<div style="font-family:-apple-system,Helvetica,Arial,sans-serif;max-width:480px;margin:40px auto;text-align:center;color:#111;">
<img src="https://scribly.example.com/email/wordmark.png" alt="Scribly" width="110">
<h1 style="font-size:48px;margin:24px 0 0;">#248</h1>
<p style="font-size:16px;">That's your position on the Scribly waitlist.</p>
<p style="font-size:15px;color:#555;">Want early access? Every friend who joins with your link moves you up 20 places.</p>
<p><a href="https://scribly.example.com/r/lam48?utm_source=waitlist" style="background:#111;color:#fff;padding:12px 22px;border-radius:8px;text-decoration:none;">Share my link</a></p>
<p style="font-size:11px;color:#999;margin-top:40px;"><a href="https://scribly.example.com/unsubscribe?u=lam" style="color:#999;">Unsubscribe</a></p>
</div>""" + pixel("https://scribly.example.com/o.gif?u=lam"),
)

# X43. Former colleague asks for a reference (person: a contact).
_other(
    scenario="excolleague_reference_request", lang="en", contact="sam.okafor@correo.example.com",
    frm=("Sam Okafor", "sam.okafor@correo.example.com"),
    to=ME,
    subject="Would you be a reference for me?",
    date="2026-07-11 10:34 +0200",
    cte="quoted-printable",
    text="""Hey Lucía!

Long time no speak - hope the job hunt is going well (I saw your post about the podcast interview, congrats!).

Quick favour: I've got a final interview with a fintech in Amsterdam next week and they've asked for two references from people I've worked with closely. Would you be OK with me giving them your name and email? They'd probably send a short form, nothing more.

No worries at all if not.

Sam
""",
)

# ================================================================ French

# X44. French career newsletter about refused applications (HTML, list headers).
_other(
    scenario="newsletter_candidature_refusee_fr", lang="fr", contact="",
    frm=("Cadres & Carrières", "lettre@cadresetcarrieres.example.fr"),
    to=ME_BARE,
    subject="Candidature refusée : 5 façons de rebondir",
    date="2026-03-18 07:30 +0100",
    cte="quoted-printable",
    headers={"List-Id": "La lettre Cadres & Carrières <lettre.cadresetcarrieres.example.fr>",
             "List-Unsubscribe": "<https://www.cadresetcarrieres.example.fr/desinscription?e=lam>",
             "Precedence": "bulk"},
    html="""<html><body style="margin:0;background:#eef2f5;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#222;">
<tr><td style="padding:20px;border-bottom:4px solid #1f4e79;"><img src="https://www.cadresetcarrieres.example.fr/img/logo.png" alt="Cadres &amp; Carrières"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.6;">
<h1 style="font-size:22px;color:#1f4e79;">Candidature refusée : 5 façons de rebondir</h1>
<p>« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Cette phrase, tout le monde l'a lue. Voici comment en tirer parti :</p>
<ol><li>Demandez un retour, brièvement.</li><li>Analysez à quelle étape vous êtes écarté.</li><li>Relancez votre réseau.</li><li>Préparez mieux l'entretien suivant.</li><li>Ne laissez pas un refus décider de votre valeur.</li></ol>
<p><a href="https://www.cadresetcarrieres.example.fr/articles/rebondir-refus?xtor=EPR-1" style="color:#1f4e79;font-weight:bold;">Lire l'article</a></p>
<hr><p style="font-size:13px;"><b>À lire aussi :</b> <a href="https://www.cadresetcarrieres.example.fr/articles/offre-negociation?xtor=EPR-2">Négocier une offre d'emploi en 2026</a> · <a href="https://www.cadresetcarrieres.example.fr/articles/entretien-visio?xtor=EPR-3">Réussir un entretien en visio</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;">Vous recevez cette lettre car vous êtes inscrite sur cadresetcarrieres.example.fr. <a href="https://www.cadresetcarrieres.example.fr/desinscription?e=lam" style="color:#888;">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="https://stats.cadresetcarrieres.example.fr/o.gif?n=0318&amp;e=lam" width="1" height="1" alt="">
</body></html>""",
)

# X45. Out-of-office in French (Auto-Submitted); the sender is a person.
_other(
    scenario="reponse_automatique_absente", lang="fr", contact="camille.roussel@brume.example.fr",
    frm=("Camille Roussel", "camille.roussel@brume.example.fr"),
    to=ME,
    subject="Réponse automatique : Re: On se rencontre ?",
    date="2026-06-04 09:15 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    text="""Bonjour,

Je suis absente du 4 au 8 juin inclus, sans accès à mes mails. Je vous répondrai dès mon retour.

Pour toute urgence : studio@brume.example.fr

Camille
""",
)

# X46. Bank: credit application received (French).
_other(
    scenario="banque_demande_credit_recue", lang="fr", contact="",
    frm=("Banque Lumière", "ne-pas-repondre@banquelumiere.example.fr"),
    to=ME_BARE,
    subject="Votre demande de crédit a bien été reçue",
    date="2026-09-14 10:27 +0200",
    cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f7f7f7;margin:0;">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px;">
<tr><td style="padding:18px 24px;background:#2c1f5e;"><img src="https://www.banquelumiere.example.fr/mail/logo.png" alt="Banque Lumière"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.5;">
<p>Madame Arrieta-Mbeki,</p>
<p>Nous avons bien reçu votre demande de crédit à la consommation (réf. CC-2026-55812) d'un montant de 4 000 €.</p>
<p>Votre dossier est en cours d'étude. Une réponse vous sera communiquée sous 5 jours ouvrés dans votre espace client.</p>
<p>Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;">Banque Lumière SA · Ce message est envoyé automatiquement, merci de ne pas y répondre.</td></tr>
</table></body></html>""",
)

# X47. The candidate's own apology after missing an interview (sent mail, French).
_other(
    scenario="propre_excuses_entretien_manque", lang="fr", contact="",
    frm=ME,
    to=("Sarah Benali", "s.benali@agence-mistral.example.fr"),
    subject="Re: Entretien de ce matin",
    date="2026-09-15 12:20 +0200",
    refs=["<mistral.0915.sb@agence-mistral.example.fr>"],
    cte="quoted-printable",
    quoted=True,
    text="""Bonjour Sarah,

Je suis vraiment désolée pour ce matin : j'avais noté 11h30 dans mon agenda au lieu de 10h30 après le changement d'horaire, et je ne me suis rendu compte de mon erreur qu'en lisant votre message.

Je reste très intéressée par le poste. Je suis disponible demain ou jeudi à l'heure qui vous conviendra.

Avec toutes mes excuses,
Lucía Arrieta-Mbeki

Le mar. 15 sept. 2026 à 11:05, Sarah Benali <s.benali@agence-mistral.example.fr> a écrit :
> Bonjour Lucía,
> Thomas et moi vous avons attendue ce matin à 10h30 sur le lien Google Meet,
> mais vous ne vous êtes pas connectée.
""",
)

# ================================================================ German

# X48. German job alert (HTML, list headers).
_other(
    scenario="stellenfeld_jobalert_ux_writer", lang="de", contact="",
    frm=("Stellenfeld Jobalarm", "jobalarm@benachrichtigung.stellenfeld.example.de"),
    to=ME_BARE,
    subject="Neue Jobs für Sie: UX Writer (remote)",
    date="2026-05-06 06:00 +0200",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.stellenfeld.example.de/abmelden?t=alarm88af1>",
             "List-Id": "Stellenfeld Jobalarm <jobalarm.stellenfeld.example.de>",
             "Precedence": "bulk"},
    html="""<html><body style="margin:0;font-family:Arial,sans-serif;background:#f0f0f0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;background:#ffcc00;"><img src="https://static.stellenfeld.example.de/mail/logo.png" alt="Stellenfeld – Jobs für Macher" width="150"></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#222;">
<p>Guten Morgen, hier sind 7 neue Stellen zu Ihrem Jobalarm <b>„UX Writer – remote“</b>:</p>
<p><a href="https://www.stellenfeld.example.de/r?j=55101&amp;src=alarm" style="color:#0057b8;font-weight:bold;">UX Writer (m/w/d) – Versicherung</a><br>Nordhafen Versicherung · Hamburg / remote</p>
<p><a href="https://www.stellenfeld.example.de/r?j=55102&amp;src=alarm" style="color:#0057b8;font-weight:bold;">Content Designer:in Bürgerservices</a><br>Stadtlabor Digital Berlin · Berlin / remote</p>
<p><a href="https://www.stellenfeld.example.de/r?j=55103&amp;src=alarm" style="color:#0057b8;font-weight:bold;">Senior UX Writer (EN/DE)</a><br>Kranich Reisen · remote</p>
<p><a href="https://www.stellenfeld.example.de/r?q=ux+writer&amp;remote=1&amp;src=alarm" style="color:#0057b8;">Alle 7 Jobs ansehen</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;background:#fafafa;">Stellenfeld GmbH · Speersort 10 · 20095 Hamburg · <a href="https://www.stellenfeld.example.de/abmelden?t=alarm88af1" style="color:#888;">Jobalarm abbestellen</a></td></tr>
</table>
<img src="https://www.stellenfeld.example.de/px?t=alarm88af1" width="1" height="1" alt="">
</body></html>""",
)

# X49. Package delayed (German carrier), plain.
_other(
    scenario="sendung_verzoegert", lang="de", contact="",
    frm=("PaketPilot", "benachrichtigung@paketpilot.example.de"),
    to=ME_BARE,
    subject="Ihre Sendung verzögert sich leider",
    date="2026-01-23 14:09 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1122 8800 19 (Absender: Manufactum-Versand Berlin).

Grund: Witterungsbedingte Verzögerung im Paketzentrum Leipzig.
Neuer voraussichtlicher Zustelltermin: Dienstag, 27.01.2026

Den aktuellen Status finden Sie jederzeit unter https://www.paketpilot.example.de/verfolgen?nr=003404341122880019

Ihr PaketPilot-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""",
)

# X50. Out-of-office from an agency consultant in German (Auto-Submitted); the sender is a person.
_other(
    scenario="abwesenheitsnotiz_beraterin", lang="de", contact="f.albers@stellenwerk.example.de",
    frm=("Frederike Albers", "f.albers@stellenwerk.example.de"),
    to=ME,
    subject="Automatische Antwort: AW: Einladung Interview Rheinblick Medien",
    date="2026-07-22 09:01 +0200",
    cte="quoted-printable",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. August im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an mein Team unter +49 30 0000000.

Beste Grüße
Frederike Albers
Stellenwerk Personalberatung
""",
)

# X51. German career-coach newsletter about rejection after an interview (multipart/alternative).
_x51 = """Absage nach dem Vorstellungsgespräch? So reagierst du richtig

Hallo Lucía,

„Leider müssen wir dir mitteilen ...“ – kaum ein Satz tut im Bewerbungsprozess mehr weh. Drei Dinge helfen:

1. Bedank dich kurz und frag nach Feedback. Viele Unternehmen antworten, wenn die Frage konkret ist.
2. Schreib auf, was im Gespräch gut lief. Das ist dein Material fürs nächste Mal.
3. Bleib im Kontakt. Nicht selten wird eine Stelle ein paar Monate später neu besetzt.

Im Podcast diese Woche: ein Interview mit einer Recruiterin über verpasste Gespräche und was sie wirklich denkt, wenn jemand nicht erscheint.

Zum Artikel: https://karrierekompass.example.de/absage-richtig-reagieren?utm_source=newsletter
Newsletter abbestellen: https://karrierekompass.example.de/abmelden?e=lam
"""
_other(
    scenario="karriere_newsletter_absage", lang="de", contact="",
    frm=("Karrierekompass", "newsletter@karrierekompass.example.de"),
    to=ME_BARE,
    subject="Absage nach dem Vorstellungsgespräch? So reagierst du richtig",
    date="2026-08-04 07:00 +0200",
    cte="quoted-printable",
    headers={"List-Id": "Karrierekompass Newsletter <news.karrierekompass.example.de>",
             "List-Unsubscribe": "<https://karrierekompass.example.de/abmelden?e=lam>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk"},
    text=_x51,
    html="""<html><body style="margin:0;background:#f4f1ec;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#222;">
<tr><td style="padding:20px 28px;"><img src="https://karrierekompass.example.de/img/logo.png" alt="Karrierekompass" width="170"></td></tr>
<tr><td style="padding:0 28px 24px;font-size:15px;line-height:1.6;">
<h1 style="font-size:22px;">Absage nach dem Vorstellungsgespräch? So reagierst du richtig</h1>
<p>Hallo Lucía,</p>
<p>„Leider müssen wir dir mitteilen …“ – kaum ein Satz tut im Bewerbungsprozess mehr weh. Drei Dinge helfen:</p>
<ol><li>Bedank dich kurz und frag nach Feedback.</li><li>Schreib auf, was im Gespräch gut lief.</li><li>Bleib im Kontakt.</li></ol>
<p><a href="https://karrierekompass.example.de/absage-richtig-reagieren?utm_source=newsletter" style="background:#d9480f;color:#fff;padding:10px 18px;text-decoration:none;">Zum Artikel</a></p>
<p>🎧 Im Podcast: ein Interview mit einer Recruiterin über verpasste Gespräche.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;background:#faf8f5;">Karrierekompass UG (haftungsbeschränkt) · Kastanienallee 12 · 10435 Berlin · <a href="https://karrierekompass.example.de/abmelden?e=lam" style="color:#888;">Newsletter abbestellen</a></td></tr>
</table></td></tr></table>
<img src="https://karrierekompass.example.de/o.gif?e=lam&amp;n=0804" width="1" height="1" alt="">
</body></html>""",
)
