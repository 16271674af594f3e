"""Corpus 250: the 52 messages of kind `other`, written by hand: alerts and newsletters,
the candidate's own mail, auto-replies, notifications, friends, bank, landlord, school..."""

from __future__ import annotations

from msgs250_common import (
    CANDIDATE,
    CANDIDATE_SIG,
    CANDIDATE_SIG_EN,
    digest,
    digest_text,
    forwarded,
    html_page,
    paras,
    reply,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
AUTOREPLY = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
             ("Precedence", "auto_reply")]


def listhdr(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


CV_ES = ("CV_Inigo_Salaberri-Achterberg.pdf", "Íñigo Salaberri-Achterberg - Curriculum vitae",
         ["Donostia-San Sebastián · inigo.sa@example.es · +34 643 118 207",
          "Socorrista acuático (2017-2026), Socorrismo Kosta",
          "Técnico intermedio en PRL (300 h), 2025",
          "Primeros auxilios, DESA, rescate en altura básico",
          "Idiomas: castellano, euskera, neerlandés (B2), inglés (C1), francés (B1)"])
CV_EN = ("CV_Íñigo_Salaberri-Achterberg_EN.pdf", "Íñigo Salaberri-Achterberg - CV",
         ["San Sebastián, Spain · inigo.sa@example.es", "Lifeguard, 2017-2026",
          "Intermediate Health & Safety Technician (300 h), 2025",
          "First aid, AED, confined-space awareness", "Languages: ES, EU, NL (B2), EN (C1), FR (B1)"])
CV_DE = ("Lebenslauf_Salaberri-Achterberg.pdf", "Íñigo Salaberri-Achterberg - Lebenslauf",
         ["Rettungsschwimmer 2017-2026, Socorrismo Kosta (San Sebastián)",
          "Technischer Arbeitsschutz, Mittelstufe (300 Std.), 2025",
          "Deutsch B1 (in Vorbereitung auf B2), Englisch C1"])

MESSAGES: list[dict] = []
add = MESSAGES.append

# =========================================================================== Spanish (29)

# --- X1 job-alert digest -----------------------------------------------------------------------
_items = [
    ("Técnico/a PRL para obra civil – Hernani", "Construcciones Zubimendi · Entrevistas a partir del 20 de enero",
     "https://www.lanpostu.example.es/oferta/88121?utm_source=alerta"),
    ("Coordinador/a de seguridad – Puerto de Pasaia", "Estibadora Jaizkibel · Incorporación inmediata",
     "https://www.lanpostu.example.es/oferta/88140?utm_source=alerta"),
    ("Técnico HSE turnos – Hernani", "Química Urumea · Proceso con prueba práctica",
     "https://www.lanpostu.example.es/oferta/88152?utm_source=alerta"),
    ("Socorrista coordinador – Zarautz", "Kirol Zerbitzuak · Temporada 2026",
     "https://www.lanpostu.example.es/oferta/88177?utm_source=alerta"),
]
_foot = ("Recibes este correo porque creaste la alerta «PRL Gipuzkoa». "
         "Darte de baja: https://www.lanpostu.example.es/alertas/baja?id=55120")
add({
    "key": "lanpostu-alert", "kind": "other", "scenario": "alerta_empleo_digest", "lang": "es", "company": "",
    "contact": "", "frm": ("Lanpostu Alertas", "alertas@lanpostu.example.es"),
    "date": "2026-01-16 07:00 +0100", "subject": "4 nuevas ofertas para «Técnico PRL» en Gipuzkoa",
    "subject_enc": ("utf-8", "Q"),
    "text": digest_text("Tus nuevas ofertas", "Estas son las ofertas publicadas ayer que encajan con tu alerta. "
                     "Si ya no te interesan, pulsa «No me interesa» y dejaremos de mostrártelas.", _items, _foot),
    "html": digest("Tus nuevas ofertas", "Estas son las ofertas publicadas ayer que encajan con tu alerta. "
                "Si ya no te interesan, pulsa «No me interesa» y dejaremos de mostrártelas.", _items, _foot,
                "es", "#e65100"),
    "headers": listhdr("Alertas Lanpostu <alertas.lanpostu.example.es>",
                    "https://www.lanpostu.example.es/alertas/baja?id=55120",
                    "baja@lanpostu.example.es") + AUTO,
})

# --- X2 newsletter about dealing with rejection (HTML only) --------------------------------------------
add({
    "key": "prebentzio-news", "kind": "other", "scenario": "boletin_encajar_un_no", "lang": "es", "company": "",
    "contact": "", "frm": ("Boletín Prebentzio", "boletin@prebentzio.example.eus"),
    "date": "2026-02-19 08:30 +0100", "subject": "Boletín Prebentzio nº 47: cuando la respuesta es «no»",
    "subject_enc": ("utf-8", "B"), "cte": "quoted-printable",
    "html": html_page("""<h1>Boletín Prebentzio · nº 47</h1>
<h2>Cuando la respuesta es «no»</h2>
<p>Casi todos los técnicos de prevención que entrevistamos este mes han recibido más cartas de rechazo que ofertas antes de su primer contrato. «Lamentamos comunicarle que no ha sido seleccionado» es una frase que conviene aprender a leer sin dramatismo.</p>
<p>Tres consejos de nuestras lectoras: pide siempre feedback tras una entrevista, lleva un registro de cada candidatura y no descartes procesos que se han quedado en pausa.</p>
<h2>También en este número</h2>
<ul>
<li><a href="https://prebentzio.example.eus/n47/iso45001">ISO 45001: lo que preguntan en las entrevistas</a></li>
<li><a href="https://prebentzio.example.eus/n47/osalan">Osalan publica la campaña de trabajos en altura</a></li>
<li><a href="https://prebentzio.example.eus/n47/agenda">Agenda: jornada técnica en Bilbao, 12 de marzo</a></li>
</ul>
<p style="font-size:11px">Prebentzio · Boletín gratuito de prevención en Euskadi. <a href="https://prebentzio.example.eus/baja">Darse de baja</a></p>""",
                   "es", "Boletín Prebentzio"),
    "headers": listhdr("Boletin Prebentzio <boletin.prebentzio.example.eus>",
                    "https://prebentzio.example.eus/baja", "baja@prebentzio.example.eus"),
})

# --- X3 career-advice article, text only ------------------------------------------------------------------
add({
    "key": "carreraprl-article", "kind": "other", "scenario": "articulo_errores_entrevista", "lang": "es",
    "company": "", "contact": "", "frm": ("Carrera PRL", "articulos@carreraprl.example.es"),
    "date": "2026-05-14 18:00 +0200", "subject": "5 errores que te cuestan la entrevista por competencias",
    "cte": "quoted-printable",
    "headers": listhdr("Carrera PRL <articulos.carreraprl.example.es>",
                    "https://carreraprl.example.es/suscripcion/baja", "baja@carreraprl.example.es"),
    "text": """CARRERA PRL · Artículo de la semana

5 errores que te cuestan la entrevista por competencias

1. Responder en abstracto. Cuando te pregunten por un incidente, cuenta uno concreto: situación, tarea, acción y resultado.
2. No conocer la empresa. Antes de la entrevista, mira su última memoria de sostenibilidad y sus índices de siniestralidad.
3. Hablar mal de tu anterior empleo.
4. No preguntar nada al final. «¿Cómo se organiza la coordinación con las contratas?» dice mucho de ti.
5. No hacer seguimiento. Un correo de agradecimiento a las 24 horas sigue funcionando.

Y si te rechazan, no lo tomes como algo personal: pide feedback y sigue.

Leer en la web: https://carreraprl.example.es/articulos/5-errores-entrevista
Darte de baja: https://carreraprl.example.es/suscripcion/baja
""",
})

# --- X4 candidate's own thank-you to Urumea ---------------------------------------------------------------
add({
    "key": "urumea-thanks", "kind": "other", "scenario": "propio_agradecimiento_urumea", "lang": "es",
    "company": "", "contact": "", "frm": CANDIDATE, "to": [("Maite Etxeberria Goñi", "maite.etxeberria@urumea.example.es")],
    "date": "2026-06-17 20:05 +0200", "subject": "Gracias por la entrevista de hoy",
    "parent": "urumea-moved", "cte": "8bit", "headers": [("User-Agent", "Thunderbird/128.3.0")],
    "text": """Hola Maite:

Muchas gracias a ti y a Joseba por la entrevista de hoy. Me quedo con muchas ganas de ver cómo trabajáis la coordinación con las subcontratas en Txomin Enea.

Un saludo,
Íñigo

--\x20
""" + CANDIDATE_SIG + "\n",
})

# --- X5 candidate's own apology after the missed call ---------------------------------------------------------
_old = """Hola Íñigo:

Te he llamado dos veces, a las 10:00 y a las 10:10, al 643 118 207 como habíamos quedado, pero no has cogido el teléfono.

Dime si ha surgido algo."""
add({
    "key": "nervion-apology", "kind": "other", "scenario": "propio_disculpa_pide_nueva_hora", "lang": "es",
    "company": "", "contact": "", "frm": CANDIDATE, "to": [("Koldo Arrieta", "karrieta@nervion-acero.example.es")],
    "date": "2026-03-05 19:47 +0100", "subject": "Disculpas por la llamada del jueves",
    "parent": "nervion-missed", "cte": "quoted-printable",
    "text": reply("""Hola Koldo:

Te pido disculpas por lo de esta mañana. Estaba en la torre de vigilancia con un rescate en marcha y no pude atender el móvil hasta mediodía. Sigo muy interesado en el puesto.

¿Habría posibilidad de hablar otro día? Cualquier tarde a partir de las 16:00 me viene bien.

Un saludo,
Íñigo""", "es", "jue, 5 mar 2026 a las 10:26", "Koldo Arrieta", "karrieta@nervion-acero.example.es", _old),
})

# --- X6 candidate's own thank-you to Nervión ------------------------------------------------------------------
add({
    "key": "nervion-thanks", "kind": "other", "scenario": "propio_gracias_entrevista_teams", "lang": "es",
    "company": "", "contact": "", "frm": CANDIDATE, "to": [("Koldo Arrieta", "karrieta@nervion-acero.example.es")],
    "cc": [("Ane Uribe", "ane.uribe@nervion-acero.example.es")],
    "date": "2026-03-13 18:21 +0100", "subject": "Gracias por la entrevista", "parent": "nervion-invite2",
    "text": """Hola Koldo:

Muchas gracias por la entrevista de ayer por Teams. Me gustó mucho conocer cómo organizáis los permisos de trabajo en el tren de laminación y lo que comentaste sobre las paradas de mantenimiento de agosto.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Íñigo
""", "cte": "8bit",
})

# --- X7 candidate's own application to Egoki, CV attached ------------------------------------------------------
add({
    "key": "egoki-application", "kind": "other", "scenario": "propio_candidatura_cv_pdf", "lang": "es",
    "company": "", "contact": "", "frm": CANDIDATE, "to": [("Egoki Prevención", "edurne@egoki.example.es")],
    "date": "2026-01-14 22:37 +0100", "subject": "Candidatura técnico PRL - Íñigo Salaberri",
    "subject_enc": ("iso-8859-1", "Q"), "charset": "iso-8859-1", "cte": "8bit",
    "text": """Buenos días:

Adjunto mi CV para el puesto de técnico de PRL publicado en el Colegio de Graduados Sociales. Soy socorrista titulado y acabo de terminar el curso de técnico intermedio.

Un saludo,
Íñigo Salaberri-Achterberg
""", "pdf": [CV_ES],
})

# --- X8 candidate's own application to Obras Deusto ---------------------------------------------------------------
add({
    "key": "deusto-application", "kind": "other", "scenario": "propio_candidatura_web", "lang": "es",
    "company": "", "contact": "", "frm": CANDIDATE,
    "to": [("Obras Deusto Eraikuntzak", "unai.bengoetxea@deustoeraikuntzak.example.es")],
    "date": "2026-04-01 21:03 +0200", "subject": "Candidatura técnico PRL en obra",
    "text": """Buenas tardes:

Os envío mi candidatura para la oferta de técnico de PRL en obra publicada en vuestra web. Adjunto CV.

Un saludo,
Íñigo Salaberri-Achterberg
""", "html": html_page(paras("""Buenas tardes:

Os envío mi candidatura para la oferta de técnico de PRL en obra publicada en vuestra web. Adjunto CV.

Un saludo,
Íñigo Salaberri-Achterberg"""), "es"), "pdf": [CV_ES],
})

# --- X9 a friend forwards his own rejection as an attached message ------------------------------------------------
_inner = {
    "key": "friend-inner-rejection", "frm": ("Selección Refinería Muskiz", "seleccion@refineria-muskiz.example.es"),
    "to": [("Jon Ander Mendieta", "jonander.m@posta.example.eus")], "date": "2026-02-27 09:00 +0100",
    "subject": "Resultado proceso Operador de Seguridad", "cte": "quoted-printable",
    "text": """Estimado Jon Ander:

Le agradecemos su participación en el proceso de Operador de Seguridad. Lamentamos comunicarle que no ha sido seleccionado para la siguiente fase.

Atentamente,
Departamento de Selección
""",
}
add({
    "key": "friend-rejection", "kind": "other", "scenario": "amigo_reenvia_su_rechazo_rfc822", "lang": "es",
    "company": "", "contact": "jonander.m@posta.example.eus",
    "frm": ("Jon Ander Mendieta", "jonander.m@posta.example.eus"), "date": "2026-02-27 21:12 +0100",
    "subject": "Fwd: Resultado proceso Operador de Seguridad", "cte": "8bit",
    "text": """Aupa Íñigo,

Mira lo que me han mandado los de la refinería. Tres entrevistas y una prueba de aptitud para esto. Te lo reenvío para que veas la plantilla que usan, por si te presentas tú también.

El sábado te invito a unas cañas y me desahogo.

Jon Ander
""", "rfc822": _inner,
})

# --- X10 bank statement: "posición global" --------------------------------------------------------------------
add({
    "key": "bank-position", "kind": "other", "scenario": "banco_posicion_global", "lang": "es", "company": "",
    "contact": "", "frm": ("Kutxa Iparra", "no-reply@kutxaiparra.example.es"),
    "date": "2026-03-02 06:15 +0100", "subject": "Su posición global a 28/02/2026", "headers": AUTO,
    "html": html_page("""<table width="600" style="font-family:Arial">
<tr><td style="background:#004d40;color:#fff;padding:12px"><b>Kutxa Iparra</b> · Banca online</td></tr>
<tr><td style="padding:16px">
<p>Estimado cliente:</p>
<p>Ya tiene disponible el resumen de la <b>posición global</b> de sus productos a 28 de febrero de 2026.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Cuenta nómina ****4471</td><td align="right">2.318,40 €</td></tr>
<tr><td>Cuenta ahorro ****9902</td><td align="right">6.050,00 €</td></tr>
<tr><td>Tarjeta crédito ****1187</td><td align="right">-212,35 €</td></tr>
</table>
<p>Si desea una cita con su gestor, puede solicitarla desde la app.</p>
<p style="font-size:11px;color:#777">Kutxa Iparra nunca le pedirá claves por correo electrónico. Este mensaje se ha enviado automáticamente.</p>
</td></tr></table>""", "es", "Posición global"), "cte": "base64",
})

# --- X11 landlord: boiler technician appointment --------------------------------------------------------------------
add({
    "key": "landlord-boiler", "kind": "other", "scenario": "casera_cita_tecnico_caldera", "lang": "es",
    "company": "", "contact": "mertxe.landa@correo.example.es",
    "frm": ("Mertxe Landa", "mertxe.landa@correo.example.es"), "date": "2026-02-10 12:48 +0100",
    "subject": "Revisión de la caldera - cita el martes", "cte": "8bit",
    "text": """Hola Íñigo:

Te escribo por lo de la caldera. He pedido cita con el técnico de Gas Urgull para la revisión obligatoria y me dan el martes 17 entre las 9:00 y las 11:00.

¿Podrás estar en casa o le dejo mis llaves a la vecina del 2º? Si no te va bien, llamo y cambio la cita.

Un saludo,
Mertxe
(Calle Zabaleta 31, 4º B)
""",
})

# --- X12 language school: oral placement "interview" -----------------------------------------------------------------
add({
    "key": "school-oral-test", "kind": "other", "scenario": "escuela_idiomas_entrevista_oral", "lang": "es",
    "company": "", "contact": "glopetegi@idiomas-donostia.example.es",
    "frm": ("Garbiñe Lopetegi", "glopetegi@idiomas-donostia.example.es"), "name_enc": ("utf-8", "B"),
    "date": "2026-01-29 11:30 +0100", "subject": "Prueba de nivel de neerlandés: entrevista oral",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Estimado alumno:

Para completar su prueba de clasificación en el curso de neerlandés (nivel B2) necesitamos hacerle una breve entrevista oral con la profesora Anneke de Boer.

Le hemos asignado el jueves 12 de febrero a las 18:15, aula 3.4 de la Escuela de Idiomas Donostia. La entrevista dura 10 minutos.

Si no puede asistir, comuníquelo en secretaría antes del martes.

Garbiñe Lopetegi
Secretaría académica · Escuela de Idiomas Donostia
""",
})

# --- X13 dentist appointment reminder -----------------------------------------------------------------------------
add({
    "key": "dentist-reminder", "kind": "other", "scenario": "dentista_recordatorio_cita", "lang": "es",
    "company": "", "contact": "", "frm": ("Clínica Dental Gros", "citas-noreply@dentalgros.example.es"),
    "date": "2026-04-27 10:00 +0200", "subject": "Recordatorio: su cita del jueves 30/04 a las 17:30",
    "headers": AUTO, "cte": "quoted-printable",
    "text": """Clínica Dental Gros

Le recordamos su cita:
  Paciente: SALABERRI-ACHTERBERG, ÍÑIGO
  Fecha: jueves 30/04/2026, 17:30
  Profesional: Dra. Irati Zabala (higiene y revisión)

Si no puede acudir, cancele o cambie la cita respondiendo NO al SMS o llamando al 943 290 455.

Calle Peña y Goñi 8, Donostia
""",
})

# --- X14 parcel delayed ---------------------------------------------------------------------------------------------
_t = """Hola Íñigo:

Lamentablemente tu envío PX-2026-7741903 se ha retrasado. Una incidencia en nuestro centro de Júndiz ha impedido que sale hoy en reparto.

Nueva fecha estimada de entrega: viernes 8 de mayo.

Puedes seguir tu paquete aquí: https://seguimiento.paketexpress.example.es/PX-2026-7741903

Disculpa las molestias.
Paketexpress"""
add({
    "key": "parcel-delayed-es", "kind": "other", "scenario": "paquete_retrasado_lamentablemente", "lang": "es",
    "company": "", "contact": "", "frm": ("Paketexpress", "noreply@paketexpress.example.es"),
    "date": "2026-05-06 19:44 +0200", "subject": "Tu envío se ha retrasado", "text": _t,
    "html": html_page(paras(_t), "es"), "headers": AUTO,
})

# --- X15 GPS position alert from the lifeguard fleet ------------------------------------------------------------
add({
    "key": "gps-position", "kind": "other", "scenario": "alerta_posicion_gps_moto_agua", "lang": "es",
    "company": "", "contact": "", "frm": ("Flota Kosta GPS", "alertas-gps@socorrismokosta.example.es"),
    "date": "2026-07-18 16:52 +0200", "subject": "Alerta de posición: MOTO-02 fuera de zona",
    "headers": AUTO, "cte": "8bit",
    "text": """ALERTA AUTOMÁTICA DE POSICIÓN

Vehículo: MOTO-02 (moto de agua de rescate)
Última posición: 43.3249 N, 1.9712 W (a 0,6 mn de la zona asignada)
Hora: 16:51:07
Responsable de turno: Íñigo Salaberri-Achterberg

Compruebe la posición del vehículo en el mapa de la flota:
https://flota.socorrismokosta.example.es/mapa?id=MOTO-02

Mensaje generado por el sistema de localización. No responda.
""",
})

# --- X16 master's admission refused -------------------------------------------------------------------------------
add({
    "key": "master-refused", "kind": "other", "scenario": "master_prl_no_admitido", "lang": "es",
    "company": "", "contact": "", "frm": ("Escuela de Ingeniería de Gipuzkoa - Posgrado", "no-reply@eig.example.es"),
    "date": "2026-07-10 13:00 +0200", "subject": "Resolución de admisión - Máster Universitario en PRL",
    "headers": AUTO, "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Estimado/a solicitante:

Le comunicamos que, una vez valoradas las solicitudes de preinscripción para el curso 2026-2027, su solicitud de admisión al Máster Universitario en Prevención de Riesgos Laborales NO ha sido admitida, al no contar con una titulación universitaria de grado.

Puede presentar recurso de alzada en el plazo de un mes desde la publicación de esta resolución.

Secretaría de Posgrado
Escuela de Ingeniería de Gipuzkoa
""",
})

# --- X17 Koldo's out-of-office auto-reply -------------------------------------------------------------------------
add({
    "key": "nervion-ooo", "kind": "other", "scenario": "fuera_de_oficina_selector", "lang": "es",
    "company": "", "contact": "karrieta@nervion-acero.example.es",
    "frm": ("Koldo Arrieta", "karrieta@nervion-acero.example.es"), "date": "2026-03-05 19:48 +0100",
    "subject": "Respuesta automática: Disculpas por la llamada del jueves", "headers": AUTOREPLY,
    "parent": "nervion-apology", "cte": "quoted-printable",
    "text": """Estoy fuera de la oficina hasta el lunes 9 de marzo, sin acceso al correo.

Para temas urgentes de selección, escribe a Ane Uribe (ane.uribe@nervion-acero.example.es).

Koldo Arrieta
Acerías del Nervión
""",
})

# --- X18 LinkedIn-style notification --------------------------------------------------------------------------------
_items = [
    ("Técnico de Seguridad – Astilleros Zorrotza", "Bilbao · 38 solicitudes · Solicitud sencilla",
     "https://www.prored.example.com/jobs/view/2026-55102"),
    ("Técnico HSE – Eólicas Aralar", "Pamplona · Publicado hace 3 días",
     "https://www.prored.example.com/jobs/view/2026-55187"),
]
add({
    "key": "prored-notify", "kind": "other", "scenario": "red_profesional_vistas_perfil", "lang": "es",
    "company": "", "contact": "", "frm": ("ProRed", "notificaciones@prored.example.com"),
    "date": "2026-05-08 08:10 +0200", "subject": "Koldo Arrieta y 3 personas más han visto tu perfil",
    "text": digest_text("Tu semana en ProRed", "Koldo Arrieta (Acerías del Nervión) y 3 personas más han visto tu perfil. "
                     "Apareciste en 11 búsquedas. Empleos que podrían interesarte:", _items,
                     "Ajustes de notificaciones: https://www.prored.example.com/ajustes"),
    "html": digest("Tu semana en ProRed", "Koldo Arrieta (Acerías del Nervión) y 3 personas más han visto tu perfil. "
                "Apareciste en 11 búsquedas. Empleos que podrían interesarte:", _items,
                "Ajustes de notificaciones", "es", "#0a66c2"),
    "headers": listhdr("<notificaciones.prored.example.com>", "https://www.prored.example.com/ajustes",
                    "baja@prored.example.com"),
})

# --- X19 head-hunter cold approach (no event) -------------------------------------------------------------------------
add({
    "key": "altzaga-cold", "kind": "other", "scenario": "headhunter_primer_contacto", "lang": "es", "company": "",
    "contact": "ainhoa@altzaga.example.es", "frm": ("Ainhoa Altzaga", "ainhoa@altzaga.example.es"),
    "date": "2026-03-18 12:25 +0100", "subject": "Perfil HSE en Gipuzkoa", "cte": "quoted-printable",
    "text": """Hola Íñigo,

Me llamo Ainhoa Altzaga y dirijo una pequeña firma de búsqueda de directivos y técnicos en Donostia. He visto tu perfil en ProRed y me ha llamado la atención el salto de socorrismo a prevención: es un perfil poco habitual y que algunos de mis clientes valoran.

Ahora mismo no tengo un proceso concreto para ti, pero me gustaría tenerte en mi radar. Si te parece, mándame tu CV actualizado cuando puedas.

Un saludo,
Ainhoa Altzaga
Altzaga Talent · Executive Search
Paseo de Colón 22, 20002 Donostia
+34 688 402 913
""",
})

# --- X20 press interview request, Reply-To the journalist --------------------------------------------------------------
add({
    "key": "press-request", "kind": "other", "scenario": "prensa_entrevista_temporada_playas", "lang": "es",
    "company": "", "contact": "ane.galarraga@diariourumea.example.es",
    "frm": ("Diario del Urumea - Redacción", "redaccion@diariourumea.example.es"),
    "reply_to": ("Ane Galarraga", "ane.galarraga@diariourumea.example.es"),
    "date": "2026-08-19 11:05 +0200", "subject": "Entrevista para el Diario del Urumea: balance de la temporada",
    "cte": "8bit",
    "text": """Hola Íñigo:

Soy Ane Galarraga, periodista de la sección de Donostia del Diario del Urumea. Estamos preparando un reportaje sobre el balance de la temporada de playas y nos han dicho en Socorrismo Kosta que tú coordinaste los rescates de la Zurriola en agosto.

¿Te importaría que te hiciéramos una entrevista? Serían unos 20 minutos, en persona o por teléfono, y nos gustaría sacarte una foto en la torre. Podría ser el jueves 27 por la mañana.

Puedes contestarme directamente a este correo.

Ane Galarraga
Diario del Urumea · 943 410 600
""",
})

# --- X21 podcast invitation ----------------------------------------------------------------------------------------
add({
    "key": "podcast-request", "kind": "other", "scenario": "podcast_invitacion_episodio", "lang": "es",
    "company": "", "contact": "mikel@prebentzioa-podcast.example.eus",
    "frm": ("Mikel Sarasola", "mikel@prebentzioa-podcast.example.eus"), "date": "2026-09-08 20:40 +0200",
    "subject": "¿Te animas a venir al podcast?",
    "text": """Kaixo Íñigo!

Llevo el podcast «Prebentzioa», sobre seguridad laboral en Euskadi (unos 2.000 oyentes por episodio). Estoy preparando una serie sobre cambios de carrera y me encantaría entrevistarte: de socorrista a técnico de prevención.

Grabamos en Donostia, en un estudio de Egia, y el episodio dura unos 40 minutos. No hay prisa: cuando acabe la temporada de playa, si te apetece, buscamos fecha.

Mikel Sarasola
Prebentzioa podcast
""", "html": html_page(paras("""Kaixo Íñigo!

Llevo el podcast «Prebentzioa», sobre seguridad laboral en Euskadi (unos 2.000 oyentes por episodio). Estoy preparando una serie sobre cambios de carrera y me encantaría entrevistarte: de socorrista a técnico de prevención.

Grabamos en Donostia, en un estudio de Egia, y el episodio dura unos 40 minutos. No hay prisa: cuando acabe la temporada de playa, si te apetece, buscamos fecha.

Mikel Sarasola
Prebentzioa podcast"""), "es"),
})

# --- X22 user-research interview for a job portal ---------------------------------------------------------------------
add({
    "key": "ux-research", "kind": "other", "scenario": "investigacion_usuarios_portal", "lang": "es",
    "company": "", "contact": "itziar.mendia@lanpostu.example.es",
    "frm": ("Itziar Mendia (Lanpostu)", "itziar.mendia@lanpostu.example.es"),
    "date": "2026-06-04 10:30 +0200", "subject": "¿Nos ayudas a mejorar Lanpostu? 30 minutos + tarjeta regalo",
    "cte": "quoted-printable",
    "text": """Hola Íñigo:

Soy Itziar, del equipo de investigación de usuarios de Lanpostu. Estamos hablando con personas que usan nuestras alertas de empleo para entender cómo buscáis trabajo y qué os frustra del proceso.

¿Te gustaría participar en una entrevista de investigación de 30 minutos por videollamada? No es una entrevista de trabajo: solo queremos escuchar tu experiencia. Como agradecimiento te enviaremos una tarjeta regalo de 25 €.

Si te interesa, elige un hueco aquí: https://calendario.lanpostu.example.es/ux/itziar

Gracias,
Itziar Mendia
UX Research · Lanpostu
""",
})

# --- X23 current lifeguard employer: rota and tower position -------------------------------------------------------------
add({
    "key": "kosta-rota", "kind": "other", "scenario": "socorrismo_cuadrante_posicion_torre", "lang": "es",
    "company": "", "contact": "josu@socorrismokosta.example.es",
    "frm": ("Josu Arana", "josu@socorrismokosta.example.es"), "date": "2026-07-25 21:30 +0200",
    "subject": "Cuadrante agosto - posiciones y turnos", "cte": "8bit",
    "text": """Hola equipo:

Os paso el cuadrante de agosto. Íñigo, tu posición es la torre 3 de la Zurriola, turno de 11:00 a 19:30, y eres responsable de la moto de agua los fines de semana.

Recordad que el reconocimiento médico anual es el día 3: tenéis cita a partir de las 8:00 en la mutua, calle Easo 42. Quien no pueda ir, que me avise para cambiar la hora.

Josu Arana
Coordinador · Socorrismo Kosta
""",
})

# --- X24 candidate's own reschedule request to Kalitate ---------------------------------------------------------------
_old = """Hola Íñigo,

¡Buenas noticias! Nos gustaría invitarte a una entrevista para el puesto Técnico/a de Prevención – Consultoría (Vitoria-Gasteiz).

Propuesta: miércoles 25 de febrero de 2026, 10:00–11:00, en nuestra oficina de Avda. Gasteiz 38."""
add({
    "key": "kalitate-askmove", "kind": "other", "scenario": "propio_pide_cambiar_entrevista", "lang": "es",
    "company": "", "contact": "", "frm": CANDIDATE, "to": [("Nerea Ugarte", "nerea.ugarte@kalitate.example.es")],
    "date": "2026-02-24 09:40 +0100",
    "subject": "Re: Invitación a entrevista: Técnico/a de Prevención – Consultoría",
    "subject_enc": ("utf-8", "B"), "parent": "kalitate-invite", "cte": "quoted-printable",
    "text": reply("""Hola Nerea:

Gracias por la invitación. El miércoles 25 por la mañana tengo el reciclaje obligatorio de socorrismo en Anoeta y no puedo faltar. ¿Sería posible otro día de esa semana?

Un saludo,
Íñigo""", "es", "lun, 23 feb 2026 a las 11:03", "Kalitate Ingeniería", "noreply@personio.de", _old),
})

# --- X25 candidate forwards the Urumea offer to his partner -------------------------------------------------------------
_fw = forwarded("es", "Maite Etxeberria Goñi <maite.etxeberria@urumea.example.es>",
                "vie, 26 jun 2026 a las 12:34", "Propuesta de incorporación - Construcciones Urumea",
                "Íñigo Salaberri-Achterberg <inigo.sa@example.es>",
                """Hola Íñigo:

Nos alegra mucho comunicarte que queremos que te incorpores a Construcciones Urumea como Técnico de Seguridad y Salud en obra.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 31.500 € brutos anuales en 14 pagas, vehículo de empresa para desplazamientos entre obras e incorporación prevista el 1 de septiembre.""")
add({
    "key": "urumea-forward", "kind": "other", "scenario": "propio_reenvia_oferta_pareja", "lang": "es",
    "company": "", "contact": "", "frm": CANDIDATE, "to": [("Nahia Etxaniz", "nahia.etxaniz@posta.example.eus")],
    "date": "2026-06-26 19:02 +0200", "subject": "Fwd: Propuesta de incorporación - Construcciones Urumea",
    "text": """Nahia, ¡mira! Te reenvío la oferta de Urumea con la carta. Lo hablamos esta noche, que tengo dudas con lo del 1 de septiembre y la temporada.

""" + _fw,
    "pdf": [("Carta_oferta_Urumea_Salaberri.pdf", "Construcciones Urumea - Carta de oferta",
          ["Donostia, 26 de junio de 2026", "Sr. Íñigo Salaberri-Achterberg",
           "Puesto: Técnico de Seguridad y Salud en obra", "Contrato: indefinido",
           "Retribución: 31.500 € brutos anuales (14 pagas)", "Incorporación: 1 de septiembre de 2026",
           "Firma del candidato: ____________________"])],
})

# --- X26 agency newsletter: offers of the week --------------------------------------------------------------------------
_items = [
    ("Técnico/a PRL – Barakaldo", "Industria del metal · Contrato de 6 meses", "https://www.bidelan.example.es/o/3371"),
    ("Recurso preventivo – Getxo", "Construcción · Incorporación inmediata", "https://www.bidelan.example.es/o/3375"),
    ("Vigilante de seguridad portuaria – Santurtzi", "Turnos rotativos", "https://www.bidelan.example.es/o/3380"),
]
add({
    "key": "bidelan-newsletter", "kind": "other", "scenario": "ett_boletin_ofertas_semana", "lang": "es",
    "company": "", "contact": "", "frm": ("Bidelan ETT", "boletin@bidelan.example.es"),
    "date": "2026-02-23 08:00 +0100", "subject": "Ofertas de la semana en Bizkaia",
    "text": digest_text("Ofertas de la semana", "¿Buscas un cambio? Estas son algunas de las ofertas abiertas. "
                     "Inscríbete y te llamaremos para una entrevista si tu perfil encaja.", _items,
                     "Bidelan ETT · Gran Vía 61, Bilbao · Darse de baja: https://www.bidelan.example.es/baja"),
    "html": digest("Ofertas de la semana", "¿Buscas un cambio? Estas son algunas de las ofertas abiertas. "
                "Inscríbete y te llamaremos para una entrevista si tu perfil encaja.", _items,
                "Bidelan ETT · Gran Vía 61, Bilbao", "es", "#6a1b9a"),
    "headers": listhdr("Bidelan ofertas <ofertas.bidelan.example.es>", "https://www.bidelan.example.es/baja",
                    "baja@bidelan.example.es"),
})

# --- X27 training course advertisement ----------------------------------------------------------------------------------
add({
    "key": "course-ad", "kind": "other", "scenario": "curso_recurso_preventivo_plazas", "lang": "es",
    "company": "", "contact": "", "frm": ("Formakuntza Eraikuntza", "info@formakuntza-eraikuntza.example.eus"),
    "date": "2026-09-15 09:00 +0200", "subject": "Últimas plazas: curso de Recurso Preventivo (60 h) en Donostia",
    "subject_enc": ("iso-8859-1", "Q"), "cte": "quoted-printable",
    "html": html_page("""<h2>Curso de Recurso Preventivo · 60 horas</h2>
<p>Del 5 al 23 de octubre, de 16:00 a 20:00, en nuestro centro de Martutene.</p>
<p>Quedan <b>6 plazas</b>. El curso incluye prácticas de trabajos en altura y espacios confinados, y una bolsa de empleo con empresas constructoras que realizan entrevistas al finalizar.</p>
<p><a href="https://formakuntza-eraikuntza.example.eus/cursos/recurso-preventivo">Reserva tu plaza</a></p>
<p style="font-size:11px">Si no quieres recibir más comunicaciones, <a href="https://formakuntza-eraikuntza.example.eus/baja">date de baja</a>.</p>""",
                   "es", "Recurso Preventivo"),
    "headers": listhdr("Formakuntza <novedades.formakuntza-eraikuntza.example.eus>",
                    "https://formakuntza-eraikuntza.example.eus/baja", "baja@formakuntza-eraikuntza.example.eus"),
})

# --- X28 parking permit refused -----------------------------------------------------------------------------------------
add({
    "key": "parking-refused", "kind": "other", "scenario": "plaza_aparcamiento_denegada", "lang": "es",
    "company": "", "contact": "", "frm": ("Servicio de Movilidad", "no-reply@mugikortasuna.example.eus"),
    "date": "2026-04-14 12:00 +0200", "subject": "Resolución de su solicitud de tarjeta OTA de residente",
    "headers": AUTO, "charset": "iso-8859-1", "cte": "8bit",
    "text": """Expediente: OTA-2026-11873
Solicitante: Íñigo Salaberri-Achterberg

Le informamos de que su solicitud de tarjeta de residente para la zona OTA de Gros ha sido DENEGADA, al no constar su empadronamiento en la dirección indicada con una antigüedad mínima de seis meses.

Puede presentar alegaciones en el plazo de diez días hábiles.

Servicio de Movilidad
""",
})

# --- X29 friend asks for a contact, mentions his own interview ----------------------------------------------------------
add({
    "key": "friend-contact", "kind": "other", "scenario": "amigo_pide_contacto_su_entrevista", "lang": "es",
    "company": "", "contact": "ekaitz.b@posta.example.eus", "frm": ("Ekaitz Berasategi", "ekaitz.b@posta.example.eus"),
    "date": "2026-06-29 22:15 +0200", "subject": "Una preguntilla", "cte": "8bit",
    "text": """Íñigo!

Me ha dicho tu ama que te han ofrecido trabajo en Urumea, zorionak!!

Una preguntilla: yo tengo entrevista el lunes en Construcciones Lasarte para encargado de obra y no sé si ponerme traje o ir normal. Tú cómo fuiste? Y si tienes el contacto de alguien de recursos humanos de allí, pásamelo.

Un abrazo,
Ekaitz
""",
})

# =========================================================================== English (14)

# --- X30 job-alert digest ---------------------------------------------------------------------------------------------
_items = [
    ("HSE Technician – Maasvlakte", "Container terminal · Interviews start next week",
     "https://www.portjobs.example.nl/job/44120?src=alert"),
    ("Safety Officer Scaffolding – Rotterdam", "Hollandse Steigerbouw · Dutch preferred",
     "https://www.portjobs.example.nl/job/44133?src=alert"),
    ("Process Safety Technician – Europoort", "Chemicals · Assessment day included",
     "https://www.portjobs.example.nl/job/44147?src=alert"),
]
add({
    "key": "portjobs-alert", "kind": "other", "scenario": "job_alert_digest", "lang": "en", "company": "",
    "contact": "", "frm": ("PortJobs Alerts", "alerts@portjobs.example.nl"), "date": "2026-02-02 06:30 +0100",
    "subject": "3 new jobs for \"HSE Rotterdam\"",
    "text": digest_text("New jobs for your alert", "Here are the latest openings matching your search. "
                     "Employers on PortJobs usually reply within two weeks; if you hear nothing, "
                     "it usually means they went with other applicants.", _items,
                     "You are receiving this because you created the alert \"HSE Rotterdam\"."),
    "html": digest("New jobs for your alert", "Here are the latest openings matching your search. "
                "Employers on PortJobs usually reply within two weeks; if you hear nothing, "
                "it usually means they went with other applicants.", _items,
                "You are receiving this because you created the alert &quot;HSE Rotterdam&quot;. "
                '<a href="https://www.portjobs.example.nl/alerts/unsubscribe?a=771">Unsubscribe</a>'),
    "headers": listhdr("PortJobs alerts <alerts.portjobs.example.nl>",
                    "https://www.portjobs.example.nl/alerts/unsubscribe?a=771",
                    "unsubscribe@portjobs.example.nl") + AUTO,
})

# --- X31 career newsletter about rejection (HTML only) -------------------------------------------------------------
add({
    "key": "safetyletter-news", "kind": "other", "scenario": "newsletter_bounce_back_rejection", "lang": "en",
    "company": "", "contact": "", "frm": ("The Safety Career Letter", "letter@safetycareer.example.co.uk"),
    "date": "2026-06-11 07:15 +0100", "subject": "Issue 112: Bouncing back after \"we regret to inform you\"",
    "cte": "quoted-printable",
    "html": html_page("""<h1>The Safety Career Letter · Issue 112</h1>
<h2>Bouncing back after "we regret to inform you"</h2>
<p>Every HSE professional we've interviewed for this series has a drawer full of rejection emails. "Unfortunately, we have decided not to proceed with your application" is not a verdict on you; it is usually a verdict on one shortlist on one day.</p>
<p>This week: how to ask for interview feedback without sounding defensive, why you should reapply after six months, and what recruiters really mean by "the position has been filled internally".</p>
<p><a href="https://safetycareer.example.co.uk/112/feedback">Read: asking for feedback</a> · <a href="https://safetycareer.example.co.uk/112/reapply">Read: when to reapply</a></p>
<p style="font-size:11px">You subscribed at safetycareer.example.co.uk. <a href="https://safetycareer.example.co.uk/unsubscribe">Unsubscribe</a></p>""",
                   "en", "The Safety Career Letter"),
    "headers": listhdr("The Safety Career Letter <letter.safetycareer.example.co.uk>",
                    "https://safetycareer.example.co.uk/unsubscribe", "unsubscribe@safetycareer.example.co.uk"),
})

# --- X32 candidate's own thank-you to MCS ------------------------------------------------------------------------------
add({
    "key": "mcs-thanks", "kind": "other", "scenario": "own_thank_you_note", "lang": "en", "company": "", "contact": "",
    "frm": CANDIDATE, "to": [("Sanne de Vries", "sanne.de.vries@mcs.example.nl")],
    "date": "2026-04-23 19:40 +0200", "subject": "Thank you - HSE Technician interview",
    "parent": "mcs-moved", "cte": "quoted-printable",
    "text": """Hi Sanne,

Thank you for arranging Thursday's interview and for introducing me to Pieter. The tour of the reefer stack was really useful, and I enjoyed the discussion on straddle-carrier traffic rules.

Best regards,
Íñigo

--\x20
""" + CANDIDATE_SIG_EN + "\n",
})

# --- X33 candidate's own application to Van der Heijden Bouw --------------------------------------------------------------
add({
    "key": "vdh-application", "kind": "other", "scenario": "own_application_cv_rfc2231", "lang": "en",
    "company": "", "contact": "", "frm": CANDIDATE, "to": [("Van der Heijden Bouw HR", "hr@vdheijden.example.nl")],
    "date": "2026-03-01 22:10 +0100", "subject": "Application: Site Safety Officer (ref. VDH-SSO-26)",
    "text": """Dear Hiring Team,

I would like to apply for the Site Safety Officer position advertised on PortJobs. After nine seasons as a lifeguard in San Sebastián, where I was responsible for risk assessment of the beach, emergency response and team briefings, I have completed a 300-hour health and safety technician course and I am now looking for my first role on a construction site.

My Dutch is at B2 level (my father is from Rotterdam) and I am ready to relocate.

Please find my CV attached. I look forward to hearing from you.

Kind regards,
""" + CANDIDATE_SIG_EN + "\n", "pdf": [CV_EN],
})

# --- X34 candidate's own reschedule request to Harbourline -----------------------------------------------------------------
add({
    "key": "harbourline-askmove", "kind": "other", "scenario": "own_reschedule_request", "lang": "en",
    "company": "", "contact": "", "frm": CANDIDATE,
    "to": [("Priya Natarajan", "priya.natarajan@harbourline.example.co.uk")],
    "date": "2026-08-26 08:02 +0200", "subject": "Interview on Friday – HSE Technician",
    "subject_enc": ("utf-8", "B"), "parent": "harbourline-invite",
    "text": """Hi Priya,

I'm very sorry, but Friday 28 August clashes with the final lifeguard shift rota of the season and I cannot swap it. Would early next week be possible?

Kind regards,
Íñigo
""",
})

# --- X35 LinkedIn-style notifications ------------------------------------------------------------------------------
_items = [
    ("HSE Technician – North Sea Tank Storage", "Rotterdam · Be an early applicant",
     "https://www.pronet.example.com/jobs/991203"),
    ("Safety Advisor – Brightwater Offshore", "Rotterdam · 112 applicants",
     "https://www.pronet.example.com/jobs/991377"),
]
add({
    "key": "pronet-notify", "kind": "other", "scenario": "network_searches_and_jobs", "lang": "en", "company": "",
    "contact": "", "frm": ("ProNet", "notifications-noreply@pronet.example.com"), "date": "2026-07-02 09:00 +0200",
    "subject": "You appeared in 14 searches this week",
    "text": digest_text("Your weekly search stats", "You appeared in 14 searches this week. Recruiters from "
                     "Keel & Compass Recruitment viewed your profile. Jobs you may be interested in:", _items,
                     "Manage notifications: https://www.pronet.example.com/settings"),
    "html": digest("Your weekly search stats", "You appeared in 14 searches this week. Recruiters from "
                "Keel & Compass Recruitment viewed your profile. Jobs you may be interested in:", _items,
                "Manage notifications", "en", "#0a66c2"),
    "headers": listhdr("<weekly.pronet.example.com>", "https://www.pronet.example.com/settings",
                    "unsubscribe@pronet.example.com"), "cte": "base64",
})

# --- X36 Sanne's out-of-office auto-reply --------------------------------------------------------------------------
add({
    "key": "mcs-ooo", "kind": "other", "scenario": "out_of_office_recruiter", "lang": "en", "company": "",
    "contact": "sanne.de.vries@mcs.example.nl", "frm": ("Sanne de Vries", "sanne.de.vries@mcs.example.nl"),
    "date": "2026-04-23 19:41 +0200", "subject": "Automatic reply: Thank you - HSE Technician interview",
    "headers": AUTOREPLY, "parent": "mcs-thanks", "cte": "7bit",
    "text": """Thank you for your email. I am out of the office from 24 April until 4 May (King's Day and holiday) with limited access to email.

For urgent recruitment matters please contact talent@mcs.example.nl.

Sanne de Vries
Talent Acquisition Partner | Maasvlakte Container Services
""",
})

# --- X37 parcel delayed ----------------------------------------------------------------------------------------------
add({
    "key": "parcel-delayed-en", "kind": "other", "scenario": "parcel_delayed_unfortunately", "lang": "en",
    "company": "", "contact": "", "frm": ("ParcelNord", "no-reply@parcelnord.example.nl"),
    "date": "2026-03-20 17:22 +0100", "subject": "Unfortunately, your parcel is delayed", "headers": AUTO,
    "text": """Hello,

Unfortunately your parcel 3SPNRD0044817 is delayed because of a sorting problem at our hub in Nieuwegein. We expect to deliver it on Tuesday 24 March between 12:00 and 17:00.

Track your parcel: https://track.parcelnord.example.nl/3SPNRD0044817

We're sorry for the inconvenience.
ParcelNord Customer Service
""", "html": html_page(paras("""Hello,

Unfortunately your parcel 3SPNRD0044817 is delayed because of a sorting problem at our hub in Nieuwegein. We expect to deliver it on Tuesday 24 March between 12:00 and 17:00.

Track your parcel: https://track.parcelnord.example.nl/3SPNRD0044817

We're sorry for the inconvenience.
ParcelNord Customer Service"""), "en"), "cte": "7bit",
})

# --- X38 Keel & Compass cold approach ------------------------------------------------------------------------------
add({
    "key": "keel-cold", "kind": "other", "scenario": "recruiter_cold_approach", "lang": "en", "company": "",
    "contact": "harriet@keelcompass.example.co.uk", "frm": ("Harriet Shaw", "harriet@keelcompass.example.co.uk"),
    "date": "2026-07-06 14:05 +0100", "subject": "Tank storage safety roles in Rotterdam",
    "text": """Hi Íñigo,

I'm Harriet, a recruiter specialising in ports and energy. I noticed on ProNet that you are moving from lifeguarding into health and safety and that you speak Dutch.

Several of my clients in the Rotterdam tank-storage sector are building their HSE teams this autumn. Nothing is live for you right now, but if you're open to it, send me your latest CV and I'll keep you in mind.

Best wishes,
Harriet Shaw
Principal Consultant – Ports & Energy
Keel & Compass Recruitment
12 Harbour Yard, Bristol BS1 5TY | +44 117 496 0331
""", "html": html_page(paras("""Hi Íñigo,

I'm Harriet, a recruiter specialising in ports and energy. I noticed on ProNet that you are moving from lifeguarding into health and safety and that you speak Dutch.

Several of my clients in the Rotterdam tank-storage sector are building their HSE teams this autumn. Nothing is live for you right now, but if you're open to it, send me your latest CV and I'll keep you in mind.

Best wishes,
Harriet Shaw
Principal Consultant – Ports & Energy
Keel & Compass Recruitment"""), "en"),
})

# --- X39 user-research interview ---------------------------------------------------------------------------------
add({
    "key": "hireloop-research", "kind": "other", "scenario": "user_research_interview", "lang": "en",
    "company": "", "contact": "tomasz@hireloop.example.io",
    "frm": ("HireLoop Research", "research@hireloop.example.io"),
    "reply_to": ("Tomasz Nowak", "tomasz@hireloop.example.io"),
    "date": "2026-05-27 15:00 +0200", "subject": "Share your job-search story? 45-min research interview (EUR 40 voucher)",
    "cte": "quoted-printable",
    "text": """Hi Íñigo,

You recently used HireLoop to track your applications. We're running user research interviews to learn how people manage interview invitations, follow-ups and rejections across different countries.

Would you join a 45-minute video interview with me next week? This is research only – it is not related to any job application. As a thank-you we'll send you a EUR 40 voucher.

Reply to this email with two times that suit you.

Thanks,
Tomasz Nowak
User Researcher, HireLoop
""",
})

# --- X40 NEBOSH course place refused -------------------------------------------------------------------------------
add({
    "key": "nebosh-refused", "kind": "other", "scenario": "course_place_not_offered", "lang": "en", "company": "",
    "contact": "g.price@thameside-training.example.co.uk",
    "frm": ("Gemma Price", "g.price@thameside-training.example.co.uk"), "date": "2026-04-09 12:20 +0100",
    "subject": "NEBOSH International General Certificate – May cohort", "subject_enc": ("utf-8", "Q"),
    "text": """Dear Íñigo,

Thank you for applying for the May cohort of the NEBOSH International General Certificate (online, tutor-led).

Unfortunately we are unable to offer you a place on this cohort, which is now full. You have been placed on the waiting list in position 4, and we will contact you if a place becomes available. Alternatively, we can enrol you on the September cohort without a new application.

Kind regards,
Gemma Price
Admissions Officer | Thameside Safety Training
""",
})

# --- X41 housing waiting-list position ----------------------------------------------------------------------------
add({
    "key": "housing-position", "kind": "other", "scenario": "housing_waiting_list_position", "lang": "en",
    "company": "", "contact": "", "frm": ("Maashaven Wonen", "noreply@maashavenwonen.example.nl"),
    "date": "2026-08-13 10:10 +0200", "subject": "Your position on the waiting list has changed",
    "headers": AUTO, "cte": "quoted-printable",
    "html": html_page("""<p>Dear Mr Salaberri-Achterberg,</p>
<p>Your position for the apartment at <b>Brede Hilledijk 142, Rotterdam-Zuid</b> has changed.</p>
<p>Current position: <b>6</b> (was 11)</p>
<p>If you reach the top three, we will invite you to an appointment for a viewing. Please keep your documents (proof of income, employment contract or offer letter) ready.</p>
<p style="font-size:11px">Maashaven Wonen · This is an automated message.</p>""", "en", "Maashaven Wonen"),
})

# --- X42 cousin tells about her own rejection ----------------------------------------------------------------------
add({
    "key": "cousin-rejection", "kind": "other", "scenario": "cousin_own_rejection", "lang": "en", "company": "",
    "contact": "femke.achterberg@mail.example.nl", "frm": ("Femke Achterberg", "femke.achterberg@mail.example.nl"),
    "date": "2026-05-31 21:45 +0200", "subject": "ugh, banks", "cte": "7bit",
    "text": """Hoi neef,

So the bank in Utrecht finally answered. After four rounds (four!) they've "decided to move forward with other candidates". Not even a phone call, just an email from a no-reply address at 23:00. I'm going to frame it.

Anyway, how's your Rotterdam hunt going? Mama says you had an interview at the Maasvlakte. If you move here you can crash on my sofa until you find something.

x Femke
""",
})

# --- X44 webinar invitation --------------------------------------------------------------------------------------
add({
    "key": "webinar-panel", "kind": "other", "scenario": "webinar_acing_panel_interview", "lang": "en",
    "company": "", "contact": "", "frm": ("SafeSkills Academy", "events@safeskills.example.com"),
    "date": "2026-09-21 16:00 +0200", "subject": "Free webinar Thursday: acing your panel interview",
    "text": """Free webinar: Acing your panel interview (HSE roles)
Thursday 24 September, 18:00 CEST, 60 minutes

Our trainers, both former HSE managers, will walk you through the questions panels really ask, how to answer scenario questions and how to follow up without being pushy.

Register: https://safeskills.example.com/webinars/panel-interview
Can't make it? Register anyway and we'll send you the recording.

SafeSkills Academy
Unsubscribe: https://safeskills.example.com/unsubscribe
""",
    "headers": listhdr("SafeSkills events <events.safeskills.example.com>",
                    "https://safeskills.example.com/unsubscribe", "unsubscribe@safeskills.example.com"),
    "cte": "7bit",
})

# =========================================================================== French (4)

# --- X45 job-alert digest ---------------------------------------------------------------------------------------
_items = [
    ("Technicien HSE (H/F) – Bordeaux Bastide", "BTP · CDI · Entretiens dès la semaine prochaine",
     "https://www.emploisud.example.fr/offre/77120"),
    ("Animateur sécurité portuaire (H/F) – Bayonne", "Manutention · CDD 12 mois",
     "https://www.emploisud.example.fr/offre/77141"),
    ("Chargé de prévention (H/F) – Mérignac", "Aéronautique · Poste à pourvoir rapidement",
     "https://www.emploisud.example.fr/offre/77163"),
]
add({
    "key": "emploisud-alert", "kind": "other", "scenario": "alerte_emploi_digest", "lang": "fr", "company": "",
    "contact": "", "frm": ("EmploiSud", "alertes@emploisud.example.fr"), "date": "2026-08-31 07:05 +0200",
    "subject": "Vos nouvelles offres : Technicien HSE – Nouvelle-Aquitaine", "subject_enc": ("utf-8", "Q"),
    "text": digest_text("Vos nouvelles offres", "Voici les offres publiées depuis votre dernière alerte. "
                     "Postulez vite : certains recruteurs clôturent les candidatures en quelques jours.",
                     _items, "Se désabonner : https://www.emploisud.example.fr/alertes/desabonnement"),
    "html": digest("Vos nouvelles offres", "Voici les offres publiées depuis votre dernière alerte. "
                "Postulez vite : certains recruteurs clôturent les candidatures en quelques jours.",
                _items, "EmploiSud · Se désabonner", "fr", "#c62828"),
    "headers": listhdr("EmploiSud alertes <alertes.emploisud.example.fr>",
                    "https://www.emploisud.example.fr/alertes/desabonnement", "desabonnement@emploisud.example.fr"),
})

# --- X46 candidate's own thank-you to Bâtiments Garonne ---------------------------------------------------------
add({
    "key": "garonne-thanks", "kind": "other", "scenario": "propre_remerciement_entretien", "lang": "fr",
    "company": "", "contact": "", "frm": CANDIDATE,
    "to": [("Julien Marty", "julien.marty@batiments-garonne.example.fr"),
        ("Camille Dufau", "camille.dufau@batiments-garonne.example.fr")],
    "date": "2026-09-10 18:31 +0200", "subject": "Merci pour l'entretien", "parent": "garonne-moved",
    "cte": "quoted-printable",
    "text": """Bonjour Monsieur Marty, bonjour Madame Dufau,

Merci pour l'entretien de cet après-midi et pour la visite du chantier des Bassins à flot. J'espère que Madame Dufau va mieux.

Cordialement,
Íñigo Salaberri-Achterberg
""",
})

# --- X47 Camille's out-of-office ---------------------------------------------------------------------------------
add({
    "key": "garonne-ooo", "kind": "other", "scenario": "reponse_automatique_absence", "lang": "fr", "company": "",
    "contact": "camille.dufau@batiments-garonne.example.fr",
    "frm": ("Camille Dufau", "camille.dufau@batiments-garonne.example.fr"), "date": "2026-09-10 18:31 +0200",
    "subject": "Réponse automatique : Merci pour l'entretien", "subject_enc": ("iso-8859-1", "Q"),
    "headers": AUTOREPLY, "parent": "garonne-thanks", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Bonjour,

Je suis absente jusqu'au lundi 14 septembre inclus. Pour toute question urgente concernant un recrutement, vous pouvez contacter Julien Marty (julien.marty@batiments-garonne.example.fr).

Camille Dufau
Bâtiments Garonne
""",
})

# --- X48 licence pro refused -----------------------------------------------------------------------------------
add({
    "key": "licence-refused", "kind": "other", "scenario": "licence_pro_qhse_refus_admission", "lang": "fr",
    "company": "", "contact": "", "frm": ("IUT Adour-Océan - Candidatures", "ne-pas-repondre@iut-adour-ocean.example.fr"),
    "date": "2026-06-18 14:00 +0200", "subject": "Licence professionnelle QHSE : décision sur votre candidature",
    "subject_enc": ("utf-8", "B"), "headers": AUTO, "cte": "base64",
    "text": """Madame, Monsieur,

Nous avons le regret de vous informer que votre candidature à la Licence professionnelle Qualité, Hygiène, Sécurité, Environnement (parcours alternance, rentrée 2026) n'a pas été retenue par la commission pédagogique.

Les places en alternance sont limitées et la commission a donné la priorité aux candidats disposant déjà d'un contrat avec une entreprise d'accueil.

Le service scolarité
IUT Adour-Océan
""",
})

# =========================================================================== German (5)

# --- X49 job-alert digest --------------------------------------------------------------------------------------
_items = [
    ("Fachkraft für Arbeitssicherheit (m/w/d) – Stuttgart-Feuerbach", "Bau · Vollzeit · Vorstellungsgespräche ab KW 28",
     "https://www.stellenblick.example.de/job/551230"),
    ("Sicherheitsingenieur (m/w/d) – Esslingen", "Maschinenbau · unbefristet",
     "https://www.stellenblick.example.de/job/551244"),
    ("Sicherheitsfachkraft (m/w/d) – Stuttgart-Vaihingen", "Präzisionsteile · Bewerbung in 5 Minuten",
     "https://www.stellenblick.example.de/job/551270"),
]
add({
    "key": "stellenblick-alert", "kind": "other", "scenario": "jobalarm_digest", "lang": "de", "company": "",
    "contact": "", "frm": ("Stellenblick Jobalarm", "jobalarm@stellenblick.example.de"),
    "date": "2026-06-29 06:45 +0200", "subject": "3 neue Jobs für „Arbeitssicherheit Stuttgart“",
    "subject_enc": ("utf-8", "B"),
    "text": digest_text("Ihre neuen Jobs", "Diese Stellen passen zu Ihrem Jobalarm. Tipp: Unternehmen, die "
                     "nach vier Wochen keine Absage schicken, freuen sich oft über eine kurze Nachfrage.",
                     _items, "Jobalarm abbestellen: https://www.stellenblick.example.de/jobalarm/abmelden"),
    "html": digest("Ihre neuen Jobs", "Diese Stellen passen zu Ihrem Jobalarm. Tipp: Unternehmen, die "
                "nach vier Wochen keine Absage schicken, freuen sich oft über eine kurze Nachfrage.",
                _items, "Stellenblick · Jobalarm abbestellen", "de", "#2e7d32"),
    "headers": listhdr("Stellenblick Jobalarm <jobalarm.stellenblick.example.de>",
                    "https://www.stellenblick.example.de/jobalarm/abmelden", "abmelden@stellenblick.example.de"),
})

# --- X50 candidate's own German application ---------------------------------------------------------------------
add({
    "key": "filder-application", "kind": "other", "scenario": "eigene_bewerbung_lebenslauf", "lang": "de",
    "company": "", "contact": "", "frm": CANDIDATE, "to": [("Thomas Maier", "t.maier@filder-as.example.de")],
    "date": "2026-02-02 20:30 +0100", "subject": "Bewerbung als Fachkraft für Arbeitssicherheit",
    "subject_enc": ("iso-8859-1", "Q"), "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """Sehr geehrter Herr Maier,

hiermit bewerbe ich mich auf Ihre Anzeige als Fachkraft für Arbeitssicherheit (Einstieg). Nach neun Jahren als Rettungsschwimmer in San Sebastián habe ich eine Weiterbildung zum Techniker für Arbeitsschutz (300 Stunden) abgeschlossen und möchte nun in Stuttgart beruflich Fuß fassen.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Íñigo Salaberri-Achterberg
""", "pdf": [CV_DE],
})

# --- X51 Julia Hofmann's out-of-office ---------------------------------------------------------------------------
add({
    "key": "rotbuehl-ooo", "kind": "other", "scenario": "abwesenheitsnotiz_beraterin", "lang": "de", "company": "",
    "contact": "j.hofmann@rotbuehl.example.de", "frm": ("Julia Hofmann", "j.hofmann@rotbuehl.example.de"),
    "date": "2026-09-28 09:03 +0200", "subject": "Abwesenheitsnotiz: Aktualisierter Lebenslauf",
    "headers": AUTOREPLY, "cte": "8bit",
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Oktober nicht im Büro und lese meine E-Mails nur eingeschränkt. Ab dem 5. Oktober bin ich wieder für Sie erreichbar.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 711 2204 500.

Julia Hofmann
Rotbühl Personalberatung
""",
})

# --- X52 German career-advice newsletter (HTML only) ---------------------------------------------------------------
add({
    "key": "arbeitsschutz-news", "kind": "other", "scenario": "newsletter_absagen_einordnen", "lang": "de",
    "company": "", "contact": "", "frm": ("Arbeitsschutz Aktuell", "redaktion@arbeitsschutz-aktuell.example.de"),
    "date": "2026-03-26 08:00 +0100", "subject": "Karriere-Tipp: Absagen richtig einordnen",
    "cte": "quoted-printable",
    "html": html_page("""<h1>Arbeitsschutz Aktuell · Newsletter 06/2026</h1>
<h2>Karriere-Tipp: Absagen richtig einordnen</h2>
<p>„Leider müssen wir Ihnen mitteilen …“ – wer sich als Fachkraft für Arbeitssicherheit bewirbt, liest diesen Satz öfter, als ihm lieb ist. Unsere Redaktion hat mit drei Personalberatern gesprochen: Die meisten Absagen nach dem Vorstellungsgespräch haben mit der Zusammensetzung des Teams zu tun, nicht mit Ihrer Qualifikation.</p>
<ul>
<li><a href="https://arbeitsschutz-aktuell.example.de/karriere/feedback">So fragen Sie nach Feedback</a></li>
<li><a href="https://arbeitsschutz-aktuell.example.de/recht/dguv-v2">DGUV Vorschrift 2: was sich 2026 ändert</a></li>
<li><a href="https://arbeitsschutz-aktuell.example.de/termine">Termine: Fachtagung in Stuttgart am 22. April</a></li>
</ul>
<p style="font-size:11px">Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. <a href="https://arbeitsschutz-aktuell.example.de/abmelden">Abmelden</a></p>""",
                   "de", "Arbeitsschutz Aktuell"),
    "headers": listhdr("Arbeitsschutz Aktuell <newsletter.arbeitsschutz-aktuell.example.de>",
                    "https://arbeitsschutz-aktuell.example.de/abmelden", "abmelden@arbeitsschutz-aktuell.example.de"),
})

# --- X53 train delay on the way to the Stuttgart interview ----------------------------------------------------------
add({
    "key": "train-delay", "kind": "other", "scenario": "zug_verspaetung_leider", "lang": "de", "company": "",
    "contact": "", "frm": ("Fernbahn Süd Reiseinfo", "reiseinfo-noreply@fernbahn-sued.example.de"),
    "date": "2026-07-20 18:12 +0200", "subject": "Ihre Reise am 21.07.: Verspätung", "headers": AUTO,
    "cte": "quoted-printable",
    "text": """Guten Tag Herr Salaberri-Achterberg,

leider hat Ihr Zug ICE 591 von Frankfurt (Main) Flughafen nach Stuttgart Hbf am 21.07.2026 voraussichtlich 25 Minuten Verspätung. Neue Ankunftszeit: 10:52 Uhr.

Ihre Sitzplatzreservierung (Wagen 7, Platz 45) bleibt gültig. Bei mehr als 60 Minuten Verspätung können Sie eine Entschädigung beantragen.

Ihr Fernbahn Süd Reiseinfo-Service
""",
})
