"""Corpus 219, rejections: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from __future__ import annotations

from msgs219_common import (
    ME,
    ats_card,
    mso_paras,
    outlook_html,
    outlook_reply,
    page,
    paras,
    reply,
)
from msgs219_invites import text_of as invite_text
from msgs219_other import text_of as other_text

MSGS: list[dict] = []


def add(**spec: object) -> None:
    MSGS.append(spec)


AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

# ------------------------------------------------------------------ es (17)

_t = """Estimada Carlota:

Le agradecemos sinceramente el tiempo que dedicó al centro de evaluación del pasado 12 de marzo en nuestra sede de Gran Vía, para el puesto de Gestora de Clientes Digitales (ref. BCN-2026-114).

Tras valorar de forma conjunta las pruebas, la dinámica de grupo y la entrevista final, el comité ha resuelto no incluir su candidatura en la fase de contratación. Esta decisión no supone un juicio sobre su valía profesional.

Sus datos permanecerán en nuestra base de candidatos durante doce meses, conforme a la política de privacidad que aceptó al inscribirse.

Atentamente,
Dirección de Personas
Banco Cantábrico del Norte

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección."""
add(kind="rejection", slug="bancocantabrico_sf_decision", lang="es",
    company="Banco Cantábrico del Norte", contact="",
    frm=("Banco Cantábrico · Selección", "noreply@successfactors.eu"),
    frm_enc=("utf-8", "b"),
    subject="Proceso BCN-2026-114: resolución de su candidatura",
    date="2026-03-27 08:02:11 +0100", refs=["bancocantabrico_ac_invite", "bancocantabrico_ac_moved"],
    headers=AUTO, text=_t,
    html=ats_card("Banco Cantábrico del Norte", "#0b4f6c", paras(_t),
                  "SAP SuccessFactors · Banco Cantábrico del Norte, Gran Vía 41, 48011 Bilbao"),
    cte="quoted-printable")

_old = other_text("own_telmare_disculpas")
_t = reply("""Hola Carlota,

Gracias por escribir y por la explicación. Te cuento cómo ha quedado: mientras tanto hemos avanzado con otras personas del proceso y el equipo ya ha cerrado la plaza, así que no vamos a poder retomar la llamada contigo.

Te deseo mucha suerte con la búsqueda.

Jordi Puig
Talent Acquisition · Telmare Comunicaciones
Av. Diagonal 612, 08021 Barcelona · +34 932 118 450""",
           "es", "jue, 12 feb 2026 a las 11:02", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="rejection", slug="telmare_plaza_cerrada", lang="es",
    company="Telmare Comunicaciones", contact="jordi.puig@telmare.example.es",
    frm=("Jordi Puig", "jordi.puig@telmare.example.es"),
    subject="Re: Disculpas por la llamada de hoy - Customer Success Agent",
    date="2026-03-03 17:46:20 +0100",
    refs=["telmare_invite_llamada", "telmare_missed_dos_llamadas", "own_telmare_disculpas"],
    text=_t, cte="8bit")

_t = """Hola Carlota:

Ya tengo la respuesta de Seguros Atalaya sobre la entrevista del viernes con su responsable de Atención al Cliente. Me han dicho que tu conversación fue muy agradable, pero para esta incorporación se quedan con una persona que ya ha trabajado con su herramienta de siniestros, y no te van a llamar para la segunda fase.

Siento no traerte mejores noticias. Sigues activa en nuestra bolsa y en cuanto entre algo de atención al cliente bilingüe en Madrid te lo paso.

Un abrazo,

Raquel Domínguez
Consultora de Selección
Laborvía ETT · Delegación Madrid Centro
C/ Princesa 25, 3.º, 28008 Madrid
Tel. 91 540 22 18 · Móvil 655 12 09 84

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Laborvía ETT, S.L. tratará sus datos para gestionar su candidatura conforme al RGPD. Puede ejercer sus derechos en protecciondatos@laborvia.example.es."""
add(kind="rejection", slug="laborvia_atalaya_respuesta", lang="es",
    company="Seguros Atalaya", contact="raquel.dominguez@laborvia.example.es",
    frm=("Raquel Domínguez | Laborvía ETT", "raquel.dominguez@laborvia.example.es"),
    frm_enc=("iso-8859-1", "q"),
    subject="Respuesta de Seguros Atalaya",
    date="2026-03-24 13:15:42 +0100",
    refs=["laborvia_atalaya_convocatoria", "laborvia_atalaya_cambio"],
    text=_t, html=outlook_html(mso_paras(_t)), cte="quoted-printable")

_old = invite_text("contactaglobal_jornada_anulada")
_t = reply("""Hola de nuevo, Carlota:

Te debo una respuesta desde hace semanas. La dirección ha decidido congelar la campaña de soporte en inglés para la que te estábamos valorando, y con ello la posición queda en pausa indefinida: no vamos a seguir adelante con el proceso ni a recuperar la jornada de prueba.

Sé que no es lo que esperabas. Gracias por la paciencia durante todo este tiempo.

Montse Vidal
People Partner · Contacta Global BPO
Torre Marina, planta 9 · Barcelona""",
           "es", "jue, 11 jun 2026, 9:30", "Montse Vidal", "montse.vidal@contactaglobal.example.es",
           _old)
add(kind="rejection", slug="contactaglobal_campana_congelada", lang="es",
    company="Contacta Global BPO", contact="montse.vidal@contactaglobal.example.es",
    frm=("Montse Vidal", "montse.vidal@contactaglobal.example.es"),
    subject="Re: Jornada de prueba del lunes",
    date="2026-07-02 10:05:00 +0200",
    refs=["contactaglobal_jornada_prueba", "contactaglobal_jornada_anulada"],
    text=_t, cte="base64")

_t = """Hola, Carlota:

Gracias por presentarte a la oferta de Especialista de Éxito del Cliente - Banca Digital (requisición 4471) en Caja Levante Digital.

Hemos revisado tu solicitud junto con las demás recibidas y hemos optado por continuar con personas candidatas cuyo perfil se ajusta de forma más estrecha a los requisitos de este puesto.

Te animamos a consultar nuestras vacantes abiertas y a volver a presentarte a aquellas que encajen contigo.

Saludos cordiales,
Equipo de Talento
Caja Levante Digital

Has recibido este correo porque tienes una solicitud activa en nuestro portal de empleo."""
add(kind="rejection", slug="cajalevante_icims_estado", lang="es",
    company="Caja Levante Digital", contact="",
    frm=("Caja Levante Digital", "cajalevante-talento@icims.com"),
    subject="Actualización de tu solicitud - Requisición 4471",
    date="2026-04-09 06:31:55 -0400", refs=["cajalevante_icims_recibida"],
    headers=AUTO, text=_t, cte="quoted-printable")

_t = """Buenos días, Carlota:

Muchas gracias por tu candidatura al puesto de Técnica de Atención al Cliente en Vientosur Energía y por la disponibilidad que nos mostraste.

Durante el proceso se ha presentado una compañera del área de facturación que conoce a fondo nuestros sistemas, y hemos decidido cubrir la vacante con ella mediante promoción interna. Por ese motivo cerramos la selección externa.

Gracias de nuevo y mucha suerte.

Rocío Navarro
Recursos Humanos - Vientosur Energía
Paseo de la Castellana 95, 28046 Madrid"""
add(kind="rejection", slug="vientosur_promocion_interna", lang="es",
    company="Vientosur Energía", contact="rocio.navarro@vientosur.example.es",
    frm=("Rocío Navarro", "rocio.navarro@vientosur.example.es"),
    frm_enc=("iso-8859-1", "q"),
    subject="Vacante Técnica de Atención al Cliente", subj_enc=("iso-8859-1", "q"),
    date="2026-02-18 12:40:03 +0100",
    text=_t, charset="iso-8859-1", cte="quoted-printable")

_t = """Carlota, buenas tardes.

Para este puesto no seguimos con tu perfil. Gracias por el interés.

Un saludo,
Tomás Gil
Orbe Seguros"""
add(kind="rejection", slug="orbe_seco", lang="es",
    company="Orbe Seguros", contact="tomas.gil@orbeseguros.example.es",
    frm=("Tomás Gil", "tomas.gil@orbeseguros.example.es"),
    subject="RE: CV - Agente de atención al cliente",
    date="2026-05-05 16:58:12 +0200", refs=["own_orbe_cv"],
    text=_t, cte="8bit")

_old = """Hola Ignacio, ¿cómo estás?

Quería agradecerte la conversa de ayer. Me gustó harto conocer cómo trabaja el equipo de soporte en Viña y la idea de armar el onboarding de clientes desde cero. Quedo atenta a los próximos pasos y disponible si necesitan algo más de mi parte.

Saludos,
Carlota"""
_t = reply("""Hola Carlota:

Gracias a ti por el mensaje y por la buena disposición durante todo el proceso.

Te cuento que finalmente el equipo se inclinó por otra persona que viene de manejar cuentas enterprise en una empresa de software de Santiago; pesó harto esa experiencia para lo que necesitamos este año. No fue una decisión fácil, tu postulación quedó muy bien evaluada.

Ojalá podamos coincidir más adelante. Un abrazo grande,

Ignacio Fuentes
Jefe de Soporte · Cordillera Soporte SpA
Av. Libertad 1405, Viña del Mar · +56 32 245 7710""",
           "es", "mié, 4 mar 2026 a las 19:12", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="rejection", slug="cordillera_tras_entrevista", lang="es",
    company="Cordillera Soporte", contact="ignacio.fuentes@cordillera.example.cl",
    frm=("Ignacio Fuentes", "ignacio.fuentes@cordillera.example.cl"),
    subject="Re: Gracias por la conversa de ayer",
    date="2026-03-11 15:20:47 -0300", refs=["own_cordillera_gracias"],
    text=_t, html=page(paras(_t)), cte="quoted-printable")

_old = """Hola Carlota:

Tal como hablamos por teléfono, te confirmamos la entrevista presencial con la coordinadora de la campaña de telecomunicaciones el martes 13 de octubre a las 9:30 en nuestra oficina de C/ Alcalá 180, 2.ª planta. Pregunta en recepción por Nuria Campos.

Un saludo."""
_new = """Hola Carlota:

Hemos valorado con calma tu entrevista del martes. A la coordinadora le gustó mucho tu trato con el cliente y tu nivel de inglés, pero buscaba a alguien con experiencia previa en retención de bajas, y no vas a pasar a la fase final de esta campaña.

Gracias por tu tiempo y por venir hasta la oficina.

Nuria Campos
Técnica de Selección | Ascendia BPO
C/ Alcalá 180, 2.ª planta · 28028 Madrid
Tel. +34 910 77 34 02"""
_t = outlook_reply(_new, "es", "Nuria Campos <nuria.campos@ascendia.example.es>",
                   "lunes, 5 de octubre de 2026 12:14", "Carlota Weiss-Mbeki <carlota.wm@example.cl>",
                   "Entrevista presencial - campaña telecomunicaciones", _old)
add(kind="rejection", slug="ascendia_fase_final", lang="es",
    company="Ascendia BPO", contact="nuria.campos@ascendia.example.es",
    frm=("Nuria Campos", "nuria.campos@ascendia.example.es"),
    subject="RE: Entrevista presencial - campaña telecomunicaciones",
    date="2026-10-16 14:03:29 +0200", refs=["ascendia_reenvio_convocatoria"],
    text=_t, html=outlook_html(mso_paras(_t), charset="windows-1252"),
    charset="windows-1252", cte="quoted-printable")

_t = """Ey Carlota!

Te cuento rápido porque sé que estabas pendiente: al final lo dejamos aquí contigo. El equipo se ha ido a un perfil bastante más técnico, alguien que pueda tocar integraciones por API con los clientes, y eso no era lo que tú traías (ni lo que anunciamos, la verdad, culpa nuestra).

Me supo mal porque la charla con el equipo fue genial. Si en otoño abrimos la posición de CSM junior te aviso yo directamente.

Abrazo,
Marc

--
Marc Soler · Head of Customer Experience
Tramontana Cloud · Pujades 77, 08005 Barcelona"""
add(kind="rejection", slug="tramontana_perfil_tecnico", lang="es",
    company="Tramontana Cloud", contact="marc.soler@tramontana.example.es",
    frm=("Marc Soler", "marc.soler@tramontana.example.es"),
    subject="lo del puesto", date="2026-07-08 19:22:05 +0200",
    refs=["tramontana_segunda_ronda", "tramontana_meet_vacio"],
    text=_t)

_t = """Kaixo Carlota:

Gracias por tu interés en la posición de Customer Success Specialist de Ikastek.

Queremos contarte que la dirección ha decidido reorganizar el área de clientes tras la integración con nuestro socio de Vitoria, y la vacante se ha anulado. No vamos a contratar a nadie para este puesto en 2026, así que damos por cerrado el proceso.

Te agradecemos la carta de presentación tan cuidada que nos enviaste.

Mikel Arrieta
People & Culture · Ikastek
Parque Tecnológico de Bizkaia, Ed. 204 · 48160 Derio"""
add(kind="rejection", slug="ikastek_vacante_anulada", lang="es",
    company="Ikastek", contact="mikel.arrieta@ikastek.example.es",
    frm=("Mikel Arrieta", "mikel.arrieta@ikastek.example.es"),
    reply_to=("Mikel Arrieta", "mikel.arrieta@ikastek.example.es"),
    subject="Customer Success Specialist - cierre del proceso",
    date="2026-02-24 09:12:40 +0100", refs=["own_ikastek_candidatura", "ikastek_bamboo_recibida"],
    text=_t, html=page(paras(_t)), cte="quoted-printable")

_h = """<p>Hola Carlota,</p>
<p>Hemos leído tu candidatura para <strong>Customer Care Lead – Tiendas Online</strong> con mucho cariño y te agradecemos que pensaras en Pulso Retail.</p>
<p>Esta vez no vamos a avanzar contigo en el proceso: hemos recibido muchísimas solicitudes y hemos priorizado perfiles que ya han liderado equipos en comercio electrónico.</p>
<p>Si te apetece, puedes seguir nuestras vacantes en nuestra página de empleo.</p>
<p>Un saludo,<br>El equipo de Pulso Retail</p>"""
add(kind="rejection", slug="pulso_teamtailor_no_avanzamos", lang="es",
    company="Pulso Retail", contact="",
    frm=("Pulso Retail", "no-reply@teamtailor-mail.com"),
    subject="Tu candidatura en Pulso Retail",
    date="2026-03-18 11:00:02 +0000", refs=["pulso_teamtailor_recibida"],
    headers=AUTO,
    html=ats_card("Pulso Retail", "#e4572e", _h,
                  'Enviado con Teamtailor · <a href="https://pulso.example.es/empleo">pulso.example.es/empleo</a>'),
    cte="base64")

_t = """Estimada Sra. Weiss-Mbeki:

Le escribo en relación con el proceso de Gestor/a de Atención al Mutualista en el que participó el pasado mes de abril.

Una vez finalizadas todas las entrevistas, lamentamos comunicarle que la Mutua no podrá contar con usted para esta posición. Quiero agradecerle personalmente la flexibilidad con la que aceptó el cambio de fecha de su entrevista.

Reciba un cordial saludo,

Elena Sanz Ortega
Responsable de Selección
Mutua Boreal de Seguros
C/ Serrano 118, 28006 Madrid | Tel. 91 431 88 00

-----------------------------------------------------------------
CONFIDENCIALIDAD: La información contenida en este correo es confidencial y para uso exclusivo del destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Mutua Boreal de Seguros no se responsabiliza de las opiniones expresadas a título personal. Antes de imprimir este mensaje, piense en el medio ambiente: cada folio cuenta (y cuesta 0,02 €)."""
add(kind="rejection", slug="mutuaboreal_usted", lang="es",
    company="Mutua Boreal de Seguros", contact="elena.sanz@mutuaboreal.example.es",
    frm=("Elena Sanz Ortega", "elena.sanz@mutuaboreal.example.es"),
    subject="Proceso de selección Gestor/a de Atención al Mutualista",
    subj_enc=("utf-8", "b"),
    date="2026-05-06 10:26:33 +0200",
    refs=["mutuaboreal_cv_recibido", "mutuaboreal_teams", "mutuaboreal_baja_entrevistadora"],
    text=_t, html=outlook_html(mso_paras(_t), charset="windows-1252"),
    charset="windows-1252", cte="quoted-printable")

_t = """Hola Carlota,

Gracias por tu interés en trabajar en Logística Faro como Agente de Soporte a Clientes B2B (Zaragoza / remoto).

Nos ha costado decidir, pero en esta ocasión no podemos ofrecerte el puesto. Hemos elegido un perfil que ya tenía experiencia con transportistas y aduanas.

Guarda este correo: si más adelante abrimos vacantes parecidas, estaremos encantados de volver a leerte.

Equipo de Personas · Logística Faro"""
add(kind="rejection", slug="faro_recruitee_no_puesto", lang="es",
    company="Logística Faro", contact="",
    frm=("Logística Faro", "no-reply@jobs.recruitee.com"),
    subject="Agente de Soporte a Clientes B2B - Logística Faro",
    date="2026-05-27 07:45:19 +0000", refs=["faro_recruitee_recibida"], headers=AUTO,
    text=_t, html=ats_card("Logística Faro", "#1d6fa5", paras(_t), "Powered by Recruitee"),
    cte="quoted-printable")

_old = """Hola Carlota:

Hoy a las 12:00 tenías la entrevista con nuestro cliente en Alcobendas y me dicen que no llegaste a presentarte. ¿Ha pasado algo? Llámame cuando puedas.

Sergio"""
_t = reply("""Hola Carlota:

Gracias por contarme lo del metro, de verdad que lo entiendo. He intentado que el cliente te volviera a ver, pero me han dicho que ya tienen a su candidata y han cerrado el proceso, así que por esta vez no va a poder ser.

Te mantengo en nuestra bolsa de atención al cliente para las campañas de verano.

Sergio Lapeña
Eurolaboral ETT - Oficina Madrid Norte
Tel. 91 662 40 17""",
           "es", "jue, 25 jun 2026 a las 14:20", "Sergio Lapeña", "sergio.lapena@eurolaboral.example.es",
           _old)
add(kind="rejection", slug="eurolaboral_cliente_cierra", lang="es",
    company="Eurolaboral", contact="sergio.lapena@eurolaboral.example.es",
    frm=("Sergio Lapeña", "sergio.lapena@eurolaboral.example.es"),
    subject="Re: Entrevista de hoy en Alcobendas",
    date="2026-07-01 09:48:00 +0200", refs=["eurolaboral_no_se_presento"],
    text=_t, cte="quoted-printable")

_t = """Hola Carlota:

Te escribo desde Colmena Health para darte respuesta sobre la vacante de Onboarding Specialist. Hemos tenido muy buenas candidaturas y, aunque tu experiencia en atención telefónica es sólida, nos hemos decantado por alguien con recorrido previo en software sanitario.

Nos gustaría conservar tu currículum para futuras vacantes; si no estás de acuerdo, basta con que respondas a este correo y lo eliminamos.

Gracias por tu tiempo.

Ane Zubiri
Talent Partner · Colmena Health
ane.zubiri@colmena.example.es"""
add(kind="rejection", slug="colmena_conservamos_cv", lang="es",
    company="Colmena Health", contact="ane.zubiri@colmena.example.es",
    frm=("Colmena Health", "jobs-noreply@colmena.example.es"),
    reply_to=("Ane Zubiri", "ane.zubiri@colmena.example.es"),
    subject="Onboarding Specialist - Colmena Health",
    date="2026-04-21 18:03:44 +0200", text=_t, html=page(paras(_t)))

_old = invite_text("andina_no_contestaste")
_t = reply("""Hola Carlota:

Gracias por responder y por explicarme el tema del horario de verano en España, nos pasa seguido con postulantes de afuera.

Lamentablemente no quedaste seleccionada para la siguiente etapa: mientras coordinábamos la nueva llamada, el cliente cerró la búsqueda con los perfiles que ya había entrevistado. Te dejo en nuestra base para los próximos procesos remotos.

Cariños,
Francisca Soto
Reclutadora · Andina Remote
Valparaíso, Chile""",
           "es", "vie, 21 ago 2026, 10:05", "Francisca Soto", "francisca.soto@andinaremote.example.cl",
           _old)
add(kind="rejection", slug="andina_no_seleccionada", lang="es",
    company="Andina Remote", contact="francisca.soto@andinaremote.example.cl",
    frm=("Francisca Soto", "francisca.soto@andinaremote.example.cl"),
    subject="Re: Llamada con Andina Remote",
    date="2026-09-03 11:31:26 -0300", refs=["andina_llamada", "andina_no_contestaste"],
    text=_t, cte="8bit")

# ------------------------------------------------------------------ en (8)

_old = """Dear Inês,

Thank you for taking the time to meet me yesterday, together with Rui and Marta. I really enjoyed hearing how the customer success team in Lisbon supports merchants in Spain and Brazil, and the case about the churned account was great fun to work on.

I'm very motivated by the role and happy to share anything else you may need.

Kind regards,
Carlota"""
_t = reply("""Hi Carlota,

Thank you for your lovely note, and for the energy you brought to the panel. Rui in particular appreciated how you structured the churn case.

I'm sorry to say that this time we've offered the role to another candidate, who has several years of experience managing Portuguese-speaking accounts. It was a close call and we genuinely hope to stay in touch.

All the best,
Inês

Inês Carvalho
Talent Partner, Marés Digital
Rua da Boavista 72, 1200-066 Lisboa""",
           "en", "Thu, 26 Mar 2026 at 18:40", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="rejection", slug="mares_after_panel", lang="en",
    company="Marés Digital", contact="ines.carvalho@maresdigital.example.pt",
    frm=("Inês Carvalho", "ines.carvalho@maresdigital.example.pt"), frm_enc=("iso-8859-1", "b"),
    subject="Re: Thank you - Customer Success Manager panel",
    date="2026-04-02 16:12:09 +0100",
    refs=["mares_panel_invite", "mares_panel_cancel", "mares_panel_new_time", "own_mares_thanks"],
    text=_t, html=page(paras(_t), lang="en"), cte="quoted-printable")

_t = """Hi Carlota,

Hope you're keeping well. I've just had a call with Harbourline Insurance about the Customer Care Team Lead role in Cork, and unfortunately they won't be progressing your application - they've decided the position needs someone with Irish insurance regulation experience from day one.

I know you were keen on this one. Not the news either of us wanted, but I've a couple of other clients in Dublin who are more flexible on sector background and I'd like to put you forward. Would you have 10 minutes on Monday?

Cheers,
Ciarán

Ciarán Doyle | Senior Consultant, Contact Centre & CX
Greenway Recruitment
14 Merrion Square, Dublin 2, D02 XK65
+353 1 662 4410"""
add(kind="rejection", slug="greenway_harbourline_no", lang="en",
    company="Harbourline Insurance", contact="ciaran.doyle@greenwayrecruit.example.ie",
    frm=("Ciarán Doyle", "ciaran.doyle@greenwayrecruit.example.ie"), frm_enc=("utf-8", "b"),
    subject="Harbourline Insurance - update", date="2026-06-26 11:58:30 +0100",
    text=_t, cte="quoted-printable")

_t = """Hi Carlota,

Thank you for applying for the Customer Success Associate (Spanish speaker) position at Brightloop and for the time you spent on your application.

After reviewing your background, we have decided to move forward with candidates whose experience more closely matches the needs of the team at this point.

We appreciate your interest in Brightloop and wish you every success in your search.

Best regards,
The Brightloop Talent Team"""
add(kind="rejection", slug="brightloop_gh_closer_match", lang="en",
    company="Brightloop", contact="",
    frm=("Brightloop Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Your application to Brightloop",
    date="2026-05-12 14:02:51 +0000", refs=["brightloop_gh_received"], headers=AUTO,
    text=_t, html=ats_card("Brightloop", "#2f80ed", paras(_t), "Sent via Greenhouse", lang="en"))

_old = """Hi Carlota,

Thanks for sending your CV over. I'd love to set up a 30-minute video call with you and our Head of Support, Declan, to talk about the Bilingual Customer Success role. Would Wednesday 22 April at 15:00 Irish time work?

Best,
Aoife"""
_t = reply("""Hi Carlota,

I wanted to get back to you before the weekend. Following a budget review this week, the role has been put on hold and we will not proceed with hiring for it in this quarter. That means we won't be scheduling the follow-up conversation with Declan.

I'm really sorry for the back and forth, and I'll reach out personally if the position reopens.

Warm regards,
Aoife Kelly
People Team | Quayside Telecom
Grand Canal Quay, Dublin 2""",
           "en", "Fri, 17 Apr 2026 at 10:03", "Aoife Kelly", "aoife.kelly@quaysidetel.example.ie", _old)
add(kind="rejection", slug="quayside_on_hold", lang="en",
    company="Quayside Telecom", contact="aoife.kelly@quaysidetel.example.ie",
    frm=("Aoife Kelly", "aoife.kelly@quaysidetel.example.ie"),
    subject="Re: Bilingual Customer Success - video call",
    date="2026-05-08 16:44:18 +0100", refs=["quayside_video_call"], text=_t)

_t = """Dear Carlota Weiss-Mbeki,

Re: Customer Experience Advisor - Spanish & English (Job ID R-20931)

We regret to inform you that your application has not been successful on this occasion. Competition for this vacancy was very strong.

You are welcome to apply for other opportunities at Fernhill Bank that match your skills through our careers site.

Yours sincerely,
Talent Acquisition
Fernhill Bank

Please do not reply to this message. This mailbox is not monitored."""
add(kind="rejection", slug="fernhill_workday_regret", lang="en",
    company="Fernhill Bank", contact="",
    frm=("Fernhill Bank Careers", "fernhill@myworkday.com"),
    subject="Fernhill Bank - your application R-20931",
    date="2026-02-27 09:30:00 +0000", headers=AUTO, text=_t)

_t = """Hi Carlota - we're going a different way on this one. Thanks a lot for your time on Tuesday.

Sam"""
add(kind="rejection", slug="tallyho_different_way", lang="en",
    company="Tallyho Software", contact="sam@tallyho.example.co.uk",
    frm=("Sam Whitaker", "sam@tallyho.example.co.uk"),
    subject="Re: CS role", date="2026-06-04 21:07:13 +0100",
    refs=["own_tallyho_followup"], text=_t)

_h = """<p>Hi Carlota,</p>
<p>Thank you for completing the one-way video questions for the <b>Remote Customer Support Specialist (EMEA)</b> role at Halcyon CX.</p>
<p>Our hiring team has reviewed every submission carefully. After careful consideration, we won't be moving your application to the next stage of the process.</p>
<p>We know how much effort goes into recording answers, so thank you for that. We wish you the very best.</p>
<p>Kind regards,<br>Halcyon CX Hiring Team</p>"""
add(kind="rejection", slug="halcyon_workable_next_stage", lang="en",
    company="Halcyon CX", contact="",
    frm=("Halcyon CX", "noreply@workablemail.com"),
    subject="Halcyon CX: Remote Customer Support Specialist (EMEA)",
    date="2026-07-21 08:15:40 +0000", refs=["halcyon_workable_received"], headers=AUTO,
    html=ats_card("Halcyon CX", "#6b4fbb", _h,
                  "Sent by Workable on behalf of Halcyon CX · Unsubscribe from job notifications",
                  lang="en"),
    cte="quoted-printable")

_t = """Dear Carlota,

thank you again for our conversation two weeks ago about the Customer Success Manager (Iberia) opening.

I wanted to let you know personally that we have filled the position with a colleague transferring from our Munich office, so we are closing the external search. I know this is disappointing after the good conversations we had.

Best wishes from Berlin,
Priya

Priya Nair
Senior Recruiter | Lumen Ledger
Torstraße 140, 10119 Berlin

Lumen Ledger GmbH, Registergericht Amtsgericht Charlottenburg, HRB 219 555 B. Geschäftsführer: J. Albers, M. Okafor."""
add(kind="rejection", slug="lumenledger_internal_transfer", lang="en",
    company="Lumen Ledger", contact="priya.nair@lumenledger.example.de",
    frm=("Priya Nair", "priya.nair@lumenledger.example.de"),
    subject="Customer Success Manager (Iberia)", date="2026-08-12 13:37:02 +0200",
    text=_t, html=page(paras(_t), lang="en"), cte="quoted-printable")

# ------------------------------------------------------------------ fr (3)

_t = """Bonjour Carlota,

Merci encore pour l'entretien de jeudi dernier avec Hugo et moi. Nous avons apprécié ta connaissance du support multicanal et ton aisance en anglais.

Après réflexion, nous avons choisi de poursuivre avec une personne qui connaît déjà très bien le marché français des PME, ce qui est crucial pour le portefeuille que nous confions. Je suis sincèrement désolée que cela ne se concrétise pas cette fois-ci.

Je te souhaite une très belle suite,

Camille Rousseau
Talent Acquisition Manager · Relatio
18 rue de Paradis, 75010 Paris · +33 1 84 60 21 07"""
add(kind="rejection", slug="relatio_apres_entretien", lang="fr",
    company="Relatio", contact="camille.rousseau@relatio.example.fr",
    frm=("Camille Rousseau", "camille.rousseau@relatio.example.fr"),
    subject="Suite à notre entretien - Customer Success Manager",
    date="2026-05-29 17:20:45 +0200",
    refs=["relatio_tt_recue", "relatio_entretien_visio", "relatio_creneau_deplace"],
    text=_t, html=page(paras(_t), lang="fr"), cte="base64")

_t = """Madame,

Nous vous remercions de l'intérêt que vous portez aux Assurances Bellerive et de votre candidature au poste de Conseillère Relation Client bilingue (réf. 26-0412).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Assurances Bellerive

Ce message est envoyé automatiquement, merci de ne pas y répondre."""
add(kind="rejection", slug="bellerive_taleo_non_retenue", lang="fr",
    company="Assurances Bellerive", contact="",
    frm=("Assurances Bellerive - Recrutement", "bellerive@taleo.net"),
    subject="Votre candidature réf. 26-0412", subj_enc=("iso-8859-1", "q"),
    date="2026-06-30 07:02:18 +0200", refs=["bellerive_taleo_recue"], headers=AUTO,
    text=_t, charset="iso-8859-1", cte="quoted-printable")

_old = """Bonjour Sophie,

Merci pour ton appel de ce matin. Je suis disponible pour rencontrer ton client mardi ou mercredi après-midi, en visio ou sur place à La Défense.

Belle journée,
Carlota"""
_t = reply("""Bonjour Carlota,

Je reviens vers toi au sujet du poste de Chargée de clientèle grands comptes : mon client a finalement fait un autre choix, avec une candidate déjà en poste chez un concurrent. Il ne donnera donc pas suite, et la rencontre de mardi n'aura pas lieu.

Je garde ton profil en tête pour les prochaines missions bilingues.

Bien à toi,
Sophie Garnier
Consultante senior · Lumière Talents
42 avenue de l'Opéra, 75002 Paris""",
           "fr", "lun. 14 sept. 2026 à 11:08", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="rejection", slug="lumiere_client_autre_choix", lang="fr",
    company="Lumière Talents", contact="sophie.garnier@lumieretalents.example.fr",
    frm=("Sophie Garnier", "sophie.garnier@lumieretalents.example.fr"),
    subject="Re: Poste grands comptes", date="2026-09-15 18:31:50 +0200",
    refs=["own_lumiere_dispo"], text=_t, cte="quoted-printable")

# ------------------------------------------------------------------ de (3)

_t = """Sehr geehrte Frau Weiss-Mbeki,

vielen Dank für Ihr Interesse an Datenhafen und die Zeit, die Sie in Ihre Bewerbung als Customer Success Managerin (m/w/d) investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil unseren aktuellen Anforderungen noch näher kommt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Datenhafen"""
add(kind="rejection", slug="datenhafen_softgarden_absage", lang="de",
    company="Datenhafen", contact="",
    frm=("Datenhafen Recruiting", "noreply@softgarden.io"),
    subject="Ihre Bewerbung als Customer Success Managerin (m/w/d)", subj_enc=("utf-8", "q"),
    date="2026-07-28 10:00:07 +0200",
    refs=["datenhafen_softgarden_eingang", "datenhafen_telefoninterview", "datenhafen_nicht_erreicht"],
    headers=AUTO,
    text=_t, html=ats_card("Datenhafen", "#00897b", paras(_t), "softgarden e-recruiting", lang="de"),
    cte="quoted-printable")

_old = """Sehr geehrte Frau Weiss-Mbeki,

vielen Dank für Ihre Bewerbung als Kundenbetreuerin Geschäftskunden, die wir vollständig erhalten haben. Aufgrund der hohen Zahl an Zuschriften können wir leider nicht jeder Person einzeln antworten; passt Ihr Profil, melden wir uns innerhalb von drei Wochen bei Ihnen.

Freundliche Grüße
Ihr Spreeton Telekom Recruiting"""
_new = """Hallo Frau Weiss-Mbeki,

danke für das Telefonat am Montag – wir gehen mit einer anderen Kandidatin weiter, die bereits Erfahrung mit unseren Tarifsystemen hat.

Alles Gute
K. Vogel

Katrin Vogel
Teamleitung Recruiting | Spreeton Telekom
Alt-Moabit 91, 10559 Berlin"""
_t = outlook_reply(_new, "de", "Spreeton Telekom Recruiting <noreply-karriere@spreeton.example.de>",
                   "Montag, 3. August 2026 09:12", "carlota.wm@example.cl",
                   "Ihre Bewerbung: Kundenbetreuerin Geschäftskunden", _old)
add(kind="rejection", slug="spreeton_kurz", lang="de",
    company="Spreeton Telekom", contact="katrin.vogel@spreeton.example.de",
    frm=("Katrin Vogel", "katrin.vogel@spreeton.example.de"),
    subject="AW: Ihre Bewerbung: Kundenbetreuerin Geschäftskunden", subj_enc=("iso-8859-1", "q"),
    date="2026-08-19 15:49:31 +0200", refs=["spreeton_eingang"],
    text=_t, html=outlook_html(mso_paras(_t), charset="windows-1252", lang="DE"),
    charset="windows-1252", cte="quoted-printable")

_t = """Liebe Frau Weiss-Mbeki,

ich habe heute Rückmeldung von der Elbwerk Versicherung bekommen. Nach den Zweitgesprächen hat sich der Fachbereich gegen Sie und für eine interne Lösung aus dem Hamburger Schadenservice entschieden. Das Mandat ist damit für uns beendet.

Ich hätte Ihnen gern etwas anderes geschrieben. Ihr Profil behalte ich für Kundenservice-Positionen im Norden im Blick.

Herzliche Grüße
Henrik Claassen

Personalbüro Nord · Executive Search
Ballindamm 6, 20095 Hamburg · +49 40 300 977 12"""
add(kind="rejection", slug="personalbuero_elbwerk", lang="de",
    company="Elbwerk Versicherung", contact="h.claassen@personalbuero-nord.example.de",
    frm=("Henrik Claassen (Personalbüro Nord)", "h.claassen@personalbuero-nord.example.de"),
    subject="Rückmeldung Elbwerk Versicherung", date="2026-10-02 17:05:55 +0200",
    text=_t, cte="base64")
