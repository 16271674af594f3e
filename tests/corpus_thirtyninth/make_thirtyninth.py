"""Writes the thirty-ninth labelled corpus: three months of Tomás Herrera's inbox, as .eml files.

Why a generator: the structure (charsets, transfer encodings, HTML skins, quoted chains, ICS
parts, threading headers) is mechanical and easy to get subtly wrong by hand, while the wording
is not: every message below is written out in full, one by one, so no two share a template.
Run `python tests/corpus_thirtyninth/make_thirtyninth.py` to rewrite the .eml files and
labels.csv. Imports only the standard library.
"""

from __future__ import annotations

import csv
import email.utils
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = ("Tomás Herrera Vidal", "tomas.herrera@example.com")
RNG = random.Random(3939)


@dataclass
class Mail:
    """One message: its label, its headers, its body and how the body is dressed."""

    kind: str
    scenario: str
    lang: str
    sender: tuple[str, str]
    subject: str
    text: str
    company: str = ""
    contact: str = ""
    reply_to: tuple[str, str] | None = None
    to: tuple[str, str] = ME
    fmt: str = "plain"          # plain | html | alt
    charset: str = "utf-8"
    cte: str | None = None      # None: the email package picks one
    html: str | None = None     # alt/html: this HTML, else one built from text
    skin: str = "simple"
    ics: str | None = None
    attachment: tuple[str, str] | None = None  # (filename, mime subtype) of a stand-in file
    headers: dict[str, str] = field(default_factory=dict)
    month: int = 0              # 1..10, 0: spread automatically
    reply: bool = False         # answers an earlier message: In-Reply-To / References
    header_charset: str = "utf-8"


MAILS: list[Mail] = []


def add(*args: object, **kwargs: object) -> None:
    """Queue one message (thin wrapper so the data below reads as a list)."""
    MAILS.append(Mail(*args, **kwargs))  # type: ignore[arg-type]


# --- quoting helpers: the reply-chain styles mail programs really write -----------------------

def q(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.strip("\n").split("\n"))


def gmail(when: str, who: str, addr: str, text: str) -> str:
    return f"\n\nOn {when}, {who} <{addr}> wrote:\n{q(text)}\n"


def es_quote(when: str, who: str, addr: str, text: str) -> str:
    return f"\n\nEl {when}, {who} (<{addr}>) escribió:\n{q(text)}\n"


def fr_quote(when: str, who: str, addr: str, text: str) -> str:
    return f"\n\nLe {when}, {who} <{addr}> a écrit :\n{q(text)}\n"


def de_quote(when: str, who: str, addr: str, text: str) -> str:
    return f"\n\nAm {when} schrieb {who} <{addr}>:\n{q(text)}\n"


def outlook(who: str, addr: str, sent: str, to: str, subject: str, text: str,
            labels: tuple[str, str, str, str] = ("From", "Sent", "To", "Subject")) -> str:
    f, s, t, sub = labels
    return (f"\n\n________________________________\n{f}: {who} <{addr}>\n{s}: {sent}\n"
            f"{t}: {to}\n{sub}: {subject}\n\n{text.strip()}\n")


# --- HTML skins ------------------------------------------------------------------------------

def _paras(text: str) -> str:
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + block.replace("&", "&amp;").replace("<", "&lt;")
                   .replace(">", "&gt;").replace("\n", "<br>") + "</p>")
    return "\n".join(out)


def skin(name: str, text: str, brand: str) -> str:
    body = _paras(text)
    track = f"https://click.example.net/t/{RNG.randrange(10**8, 10**9)}"
    if name == "table":
        return (f'<html><body style="margin:0;background:#f4f4f4">'
                f'<table width="100%" cellpadding="0" cellspacing="0" role="presentation">'
                f'<tr><td align="center"><table width="600" style="background:#ffffff;'
                f'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">'
                f'<tr><td style="padding:18px;background:#1d3557;color:#fff">'
                f'<img src="{track}/logo.png" alt="{brand}" height="28"></td></tr>'
                f'<tr><td style="padding:24px">{body}</td></tr>'
                f'<tr><td style="padding:12px;font-size:11px;color:#999">'
                f'<a href="{track}/prefs" style="color:#999">Preferences</a> · '
                f'<img src="{track}/open.gif" width="1" height="1" alt=""></td></tr>'
                f'</table></td></tr></table></body></html>')
    if name == "ats":
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
                f'<body><div style="font-family:Helvetica;max-width:560px">'
                f'<div style="border-bottom:3px solid #00a676;padding:8px 0">'
                f'<b style="font-size:18px">{brand}</b></div>'
                f'<div style="padding:16px 0;line-height:1.5">{body}</div>'
                f'<div style="font-size:10px;color:#aaa">Powered by ATS · '
                f'<a href="{track}">view in browser</a></div></div></body></html>')
    return f'<html><body><div dir="ltr" style="font-family:sans-serif">{body}</div></body></html>'


# --- rendering -------------------------------------------------------------------------------

def _addr(pair: tuple[str, str], charset: str) -> str:
    name, addr = pair
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset=charset)


def _hdr(value: str, charset: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset).encode()


def _body(m: Mail) -> EmailMessage:
    part = EmailMessage()
    if m.fmt == "html":
        part.set_content(m.html or skin(m.skin, m.text, m.company or m.sender[0]),
                         subtype="html", charset=m.charset, cte=m.cte)
    else:
        part.set_content(m.text.strip("\n") + "\n", charset=m.charset, cte=m.cte)
        if m.fmt == "alt":
            part.add_alternative(m.html or skin(m.skin, m.text, m.company or m.sender[0]),
                                 subtype="html", charset=m.charset, cte=m.cte)
    if m.ics:
        if part.get_content_type() != "multipart/alternative":
            part.make_alternative()
        part.add_alternative(m.ics.strip("\n").replace("\n", "\r\n") + "\r\n",
                             subtype="calendar", params={"method": "REQUEST"})
    if m.attachment:
        filename, subtype = m.attachment
        part.add_attachment(b"%PDF-1.4\n% stand-in document for the corpus\n%%EOF\n",
                            maintype="application", subtype=subtype, filename=filename)
    return part


def render(m: Mail, n: int, when: datetime) -> bytes:
    domain = m.sender[1].split("@")[1]
    lines = [
        f"From: {_addr(m.sender, m.header_charset)}",
        f"To: {_addr(m.to, m.header_charset)}",
        f"Subject: {_hdr(m.subject, m.header_charset)}",
        f"Date: {email.utils.format_datetime(when)}",
        f"Message-ID: <{when:%Y%m%d%H%M%S}.{n:03d}.c39@{domain}>",
    ]
    if m.reply_to:
        lines.append(f"Reply-To: {_addr(m.reply_to, m.header_charset)}")
    if m.reply:
        parent = f"<{(when - timedelta(days=3)):%Y%m%d%H%M%S}.p{n:03d}@{domain}>"
        root = f"<{(when - timedelta(days=9)):%Y%m%d%H%M%S}.r{n:03d}@example.com>"
        lines.append(f"In-Reply-To: {parent}")
        lines.append(f"References: {root} {parent}")
    for key, value in m.headers.items():
        lines.append(f"{key}: {value}")
    part = _body(m)
    for i, sub in enumerate(part.walk()):
        if sub is not part:
            del sub["MIME-Version"]
        if sub.is_multipart():  # a fixed boundary keeps the generator's output reproducible
            sub.set_boundary(f"----=_Part_{n}_{i}.{int(when.timestamp())}")
    body = part.as_bytes()
    return ("\n".join(lines) + "\n").encode("ascii") + body.replace(b"\r\n", b"\n")


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")[:48]


def main(root: Path = ROOT) -> None:
    """Write every message and labels.csv under root (the corpus folder by default)."""
    rows = []
    counters: dict[str, int] = {}
    for n, m in enumerate(MAILS, 1):
        month = m.month or (n * 7 % 10) + 1
        when = datetime(2026, month, RNG.randrange(1, 28), RNG.randrange(6, 22),
                        RNG.randrange(60), RNG.randrange(60), tzinfo=UTC)
        counters[m.kind] = counters.get(m.kind, 0) + 1
        rel = f"{m.kind}/{counters[m.kind]:03d}_{slug(m.scenario)}.eml"
        (root / m.kind).mkdir(exist_ok=True)
        (root / rel).write_bytes(render(m, n, when))
        rows.append([rel, m.kind, m.company, m.contact, m.lang])
    with (root / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


# ============================================================================================
# The messages. Each is written out in full.
# ============================================================================================

# --- rejections ------------------------------------------------------------------------------

add("rejection", "infojobs recepcion nocturna", "es",
    ("InfoJobs", "notificaciones@infojobs.net"),
    "Novedades sobre tu candidatura: Recepcionista de noche (H/M)",
    """Hola Tomás,

La empresa Hoteles Marítimo Levante ha actualizado el estado de tu candidatura a la oferta
"Recepcionista de noche (H/M) - Valencia".

Estado: Descartado

La empresa ha valorado tu perfil pero en esta ocasión ha seleccionado a otros candidatos
para continuar con el proceso. No te desanimes: hay más de 3.200 ofertas de hostelería
esperándote.

Ver ofertas similares: https://www.infojobs.net/ofertas-trabajo/valencia/hosteleria

Este es un correo automático, por favor no respondas a este mensaje.
InfoJobs - Adevinta Spain, S.L.U.""",
    company="Hoteles Marítimo Levante", fmt="alt", skin="table", cte="quoted-printable")

add("rejection", "consultora seleccion usted", "es",
    ("Beatriz Olmedo Sanz", "b.olmedo@talentiaselect.example.com"),
    "Proceso Jefe/a de Operaciones F&B - Grupo Alcázar Restauración",
    """Estimado Sr. Herrera:

En primer lugar, quisiera agradecerle el tiempo dedicado a la entrevista del pasado martes y
el interés mostrado por la posición de Jefe/a de Operaciones F&B para nuestro cliente, Grupo
Alcázar Restauración.

Tras presentar la terna final al cliente, le comunico que han decidido avanzar con otros
perfiles cuya trayectoria se ajusta más a las necesidades actuales del puesto, especialmente
en lo relativo a la gestión multicentro en restauración organizada.

Conservaremos su candidatura en nuestra base de datos para futuros procesos que encajen con
su perfil, si usted no indica lo contrario.

Reciba un cordial saludo,

Beatriz Olmedo Sanz
Senior Consultant | Hospitality & Leisure
Talentia Select Consultores
T. +34 91 432 18 77 | M. +34 655 20 41 93
C/ Velázquez 54, 3º izda. 28001 Madrid

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
destinatario, pudiendo contener información confidencial sometida a secreto profesional. No
está permitida su reproducción o distribución sin la autorización expresa de Talentia Select
Consultores. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta
vía. En cumplimiento del RGPD (UE) 2016/679, le informamos de que sus datos forman parte de un
fichero responsabilidad de Talentia Select Consultores con la finalidad de gestionar procesos
de selección.""",
    company="Grupo Alcázar Restauración", contact="b.olmedo@talentiaselect.example.com",
    charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1")

add("rejection", "diputacion resolucion bolsa", "es",
    ("Servicio de Recursos Humanos", "rrhh.seleccion@dipumalaga.example.org"),
    "Comunicación resultado proceso selectivo - Técnico/a de Turismo (Bolsa de empleo)",
    """Diputación Provincial de Málaga
Delegación de Recursos Humanos - Servicio de Selección

Asunto: Resultado de la fase de concurso. Convocatoria para la constitución de una bolsa de
empleo temporal de Técnico/a Medio de Turismo.

Sr./Sra. HERRERA VIDAL, TOMÁS

Por medio de la presente le comunicamos que, una vez valorados los méritos aportados y
realizada la entrevista curricular, la Comisión de Selección ha acordado que no ha alcanzado
la puntuación mínima exigida en las bases para formar parte de la bolsa, por lo que no
resulta seleccionado/a en esta convocatoria.

Contra la presente resolución podrá interponer recurso de alzada en el plazo de un mes ante
la Presidencia, conforme a los artículos 121 y 122 de la Ley 39/2015.

Para cualquier consulta puede dirigirse a Mercedes Palomo Ruiz, Jefa de Negociado de
Selección, en mpalomo@dipumalaga.example.org o en el teléfono 952 06 90 00 (ext. 4412).

Atentamente,
El Servicio de Selección""",
    company="Diputación Provincial de Málaga", contact="rrhh.seleccion@dipumalaga.example.org",
    charset="windows-1252", cte="8bit")

add("rejection", "grupo restaurantero mx tras entrevista", "es",
    ("Daniela Ruelas", "daniela.ruelas@casamezcalgrupo.example.com"),
    "Re: Entrevista Gerente de Servicio - Polanco",
    """Hola Tomás, ¿cómo estás?

Te escribo para darte seguimiento. Platicamos con el equipo directivo y, aunque nos gustó
mucho tu experiencia en eventos, decidimos seguir adelante con otro candidato que ya conoce
la operación de nuestras sucursales en CDMX.

De verdad gracias por tu tiempo y por venir hasta Polanco. Ojalá podamos coincidir más
adelante.

Saludos,
Dani

Daniela Ruelas | Talento Humano
Grupo Casa Mezcal
Tel. 55 5281 4400"""
    + es_quote("lun, 9 mar 2026 a las 18:02", "Tomás Herrera Vidal", "tomas.herrera@example.com",
               """Hola Daniela,

Muchas gracias por la entrevista de hoy, fue un gusto conocerles. Quedo atento a los
siguientes pasos.

Un saludo,
Tomás"""),
    company="Grupo Casa Mezcal", contact="daniela.ruelas@casamezcalgrupo.example.com",
    reply=True, month=3)

add("rejection", "productora eventos buenos aires vos", "es",
    ("Lucía Ferreyra", "lucia@palermoeventos.example.com"),
    "Coordinador/a de Producción",
    """Hola Tomás! Cómo andás?

Te quería contar que finalmente cerramos la búsqueda de Coordinador/a de Producción. Nos
encantó charlar con vos, pero elegimos a alguien que ya está acá en Buenos Aires y puede
arrancar la semana que viene con la temporada de casamientos.

Si en algún momento volvés a pasar por Argentina o se abre algo remoto, avisame y lo vemos.

Un abrazo grande,
Lu

--
Lucía Ferreyra
Palermo Eventos & Producciones
+54 9 11 5834-2210""",
    company="Palermo Eventos & Producciones", contact="lucia@palermoeventos.example.com")

add("rejection", "tour operador chile junto con saludar", "es",
    ("Selección Andes Australes", "seleccion@andesaustrales.example.cl"),
    "Postulación Jefe de Experiencia al Cliente",
    """Estimado Tomás:

Junto con saludar, le agradecemos sinceramente su interés en formar parte de Andes Australes
Turismo y el tiempo dedicado a nuestro proceso de selección.

Lamentamos informarle que, en esta oportunidad, su postulación no continuará en las
siguientes etapas del proceso. La decisión no fue fácil dada la calidad de los postulantes.

Le deseamos el mayor de los éxitos en sus desafíos profesionales.

Atte.,
Camila Riquelme O.
Analista de Personas
Andes Australes Turismo
Av. Providencia 1208, of. 503, Santiago""",
    company="Andes Australes Turismo", contact="seleccion@andesaustrales.example.cl",
    reply_to=("", "seleccion@andesaustrales.example.cl"))

add("rejection", "peru caso practico", "es",
    ("Renzo Gallardo", "rgallardo@miraflorescx.example.pe"),
    "Resultados caso práctico - Supervisor CX",
    """Hola Tomás,

Muchas gracias por enviarnos el caso práctico dentro del plazo. El comité lo revisó con
detalle: valoramos mucho la parte de protocolos de atención, pero en la propuesta de
indicadores buscábamos un enfoque más orientado a contact center omnicanal.

Por este motivo no vamos a continuar con tu postulación para el puesto de Supervisor CX.
Te dejamos algunos comentarios en el documento adjunto por si te son útiles.

Saludos cordiales,
Renzo Gallardo
Jefe de Experiencia del Cliente
Miraflores CX Partners - Lima""",
    company="Miraflores CX Partners", contact="rgallardo@miraflorescx.example.pe",
    attachment=("Comentarios_caso_practico.pdf", "pdf"))

add("rejection", "puesto congelado parque tematico", "es",
    ("Equipo de Talento", "talento@aventuramediterraneo.example.com"),
    "Actualización del proceso",
    """Hola Tomás:

Te escribimos para contarte que, por una reorganización interna aprobada por la dirección
esta misma semana, la posición de Responsable de Atención al Visitante ha quedado congelada
hasta nuevo aviso y no seguiremos adelante con el proceso de selección.

Sabemos que habías llegado a la fase final y lamentamos no poder darte otra noticia.
Guardaremos tu CV por si la vacante se reactiva en la temporada 2027.

Un saludo,
Irene Campos
People & Culture
Aventura Mediterráneo Parque Temático
Ctra. de la Costa km 4, Salou""",
    company="Aventura Mediterráneo Parque Temático", contact="talento@aventuramediterraneo.example.com",
    cte="base64")

add("rejection", "movil jefe sala corto", "es",
    ("Javi Lorente", "javi.lorente@tabernaelpuerto.example.com"),
    "Re: Encargado de sala",
    """Hola Tomás, al final nos quedamos con otra persona que ya trabajaba con nosotros en
verano. Gracias por venir y mucha suerte!!

Enviado desde mi iPhone""",
    company="Taberna El Puerto", contact="javi.lorente@tabernaelpuerto.example.com", reply=True)

add("rejection", "teamtailor tras dinamica de grupo", "es",
    ("Hostal Group Barcelona", "no-reply@hostalgroup.teamtailor-mail.com"),
    "Tu candidatura en Hostal Group",
    """Hola Tomás,

Gracias por participar en la dinámica de grupo del pasado jueves en nuestras oficinas del
Poblenou. Fue una mañana intensa y nos encantó ver cómo os organizasteis.

Después de valorar con calma a todas las personas participantes, hemos decidido no avanzar
con tu candidatura para el puesto de Guest Experience Lead. Te agradecemos mucho la energía
que trajiste.

Cuídate,
Equipo de Personas de Hostal Group

Puedes gestionar tus datos en cualquier momento desde nuestra página de empleo.""",
    company="Hostal Group", fmt="html", skin="ats")

add("rejection", "workday plantilla rara", "es",
    ("Vuelos Ibéricos Careers", "vuelosibericos@myworkday.com"),
    "Actualización sobre su solicitud : R-0048812 Agente de Experiencia del Pasajero",
    """Estimado/a Tomás ,

Gracias por su interés en Vuelos Ibéricos y por el tiempo invertido en su solicitud para el
puesto R-0048812 Agente de Experiencia del Pasajero - Aeropuerto de Palma .

Tras una revisión minuciosa , lamentamos comunicarle que no continuaremos con su candidatura
para este puesto .

Le animamos a seguir consultando nuestro portal de empleo y a postular a otras vacantes que
se ajusten a su perfil .

Atentamente ,
Adquisición de Talento
Vuelos Ibéricos

*** Por favor, no responda a este correo electrónico. Este buzón no se supervisa. ***""",
    company="Vuelos Ibéricos", fmt="alt", skin="simple")

add("rejection", "colombia usted no seleccionado", "es",
    ("Gestión Humana - Hoteles Cafetero", "gestionhumana@hotelescafetero.example.co"),
    "Respuesta a su postulación",
    """Bogotá D.C., 14 de abril de 2026

Señor
TOMÁS HERRERA VIDAL
Ciudad

Respetado señor Herrera:

Agradecemos su interés en vincularse a Hoteles Cafetero y su participación en el proceso para
el cargo de Coordinador de Eventos y Banquetes.

Nos permitimos informarle que, luego de analizar los resultados de las pruebas y
entrevistas, su perfil no fue seleccionado para continuar. Esta decisión no desconoce sus
capacidades y trayectoria.

Cordialmente,

Andrés Felipe Murcia
Director de Gestión Humana
Hoteles Cafetero S.A.S.
PBX (601) 742 1100""",
    company="Hoteles Cafetero", contact="gestionhumana@hotelescafetero.example.co",
    month=4, charset="iso-8859-1", cte="base64")

add("rejection", "club de futbol cubierta internamente", "es",
    ("Marta Gil | CD Hispalis", "marta.gil@cdhispalis.example.com"),
    "Responsable de Matchday Experience",
    """Buenas tardes Tomás,

Gracias por tu interés en la posición de Responsable de Matchday Experience. Te escribo para
informarte de que finalmente la vacante se ha cubierto con una promoción interna, por lo que
damos por cerrado el proceso externo.

Ha sido un placer conocerte en la entrevista. Te deseamos lo mejor.

Marta Gil
Departamento de RRHH
Club Deportivo Hispalis
Estadio Municipal, Av. de la Palmera s/n, 41012 Sevilla

[Escudo CD Hispalis]
Antes de imprimir este correo, piensa en el medio ambiente.""",
    company="Club Deportivo Hispalis", contact="marta.gil@cdhispalis.example.com")

add("rejection", "videoentrevista grabada descarte", "es",
    ("Ocio Costa del Sol - Selección", "seleccion@ociocostadelsol.example.com"),
    "Sobre tu videoentrevista",
    """Hola Tomás,

Ya hemos revisado la videoentrevista que grabaste para el puesto de Coordinador/a de
Animación y Experiencia en nuestros resorts de Marbella y Estepona.

Sentimos decirte que en esta ocasión no vas a pasar a la siguiente fase. Hemos recibido
muchísimas candidaturas y tuvimos que priorizar perfiles con experiencia directa en
animación turística.

Gracias de verdad por el esfuerzo.

Nuria, del equipo de Selección
Ocio Costa del Sol""",
    company="Ocio Costa del Sol", contact="seleccion@ociocostadelsol.example.com")

add("rejection", "naviera vacante cubierta latin1", "es",
    ("Recursos Humanos Naviera Balear", "rrhh@navierabalear.example.com"),
    "Vacante Sobrecargo de Hotel (ref. NB-117)",
    """Estimado candidato:

Le informamos de que la vacante de Sobrecargo de Hotel (ref. NB-117) a bordo de nuestros
buques de la línea Palma-Barcelona ya ha sido cubierta.

Agradecemos el interés mostrado en Naviera Balear y le invitamos a estar atento a futuras
convocatorias publicadas en nuestra web.

Departamento de Recursos Humanos
Naviera Balear
Moll de Paraires, 07015 Palma""",
    company="Naviera Balear", contact="rrhh@navierabalear.example.com",
    charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1")

# English rejections
add("rejection", "uk agency shan't be progressing", "en",
    ("Harriet Pemberton", "harriet.pemberton@fernleyevents.example.co.uk"),
    "Senior Event Operations Manager",
    """Dear Tomás,

Many thanks for coming in to see us on Thursday, it was lovely to meet you and hear about the
congress work you did in Valencia.

I'm afraid that after a good deal of deliberation we shan't be progressing your application
any further on this occasion. We felt another candidate's UK venue relationships gave them
the edge for this particular role.

Do keep an eye on our careers page, we're growing the team again in the new year.

Kind regards,
Harriet

Harriet Pemberton
Head of Operations | Fernley Events
Unit 4, Tanner Street, London SE1 3LE
t: +44 (0)20 7946 0321

Fernley Events Ltd is registered in England & Wales No. 08811234. This email and any
attachments are confidential and intended solely for the addressee.""",
    company="Fernley Events", contact="harriet.pemberton@fernleyevents.example.co.uk",
    charset="windows-1252", cte="quoted-printable")

add("rejection", "indian regret to inform", "en",
    ("HR Team - Saffron Stays", "careers@saffronstays.example.in"),
    "Application Status - Guest Relations Manager (Remote)",
    """Dear Candidate,

Greetings from Saffron Stays Hospitality!

We thank you for your interest in the position of Guest Relations Manager (Remote). We regret
to inform you that your profile has not been shortlisted for the further rounds of the
selection process.

We shall retain your resume in our database and do revert to you in case of any suitable
opening in future.

Thanks & Regards,
Pooja Nair
Talent Acquisition
Saffron Stays Hospitality Pvt. Ltd.
Mob: +91 98450 11223""",
    company="Saffron Stays Hospitality", contact="careers@saffronstays.example.in")

add("rejection", "australian theme park unsuccessful", "en",
    ("Koala Coast Parks Recruitment", "recruitment@koalacoastparks.example.com.au"),
    "Your application - Guest Experience Manager",
    """Hi Tomás,

Thanks heaps for your interest in the Guest Experience Manager role with Koala Coast Parks and
for taking the time to chat with us last week.

Unfortunately on this occasion you have not been successful. We had a really strong field and
have gone with someone who has local Queensland attractions experience.

We'd encourage you to keep an eye out for future roles.

Cheers,
Bec Thornton
Talent Partner | Koala Coast Parks""",
    company="Koala Coast Parks", contact="recruitment@koalacoastparks.example.com.au")

add("rejection", "greenhouse soft aligns", "en",
    ("Wayfarer Labs Recruiting", "no-reply@us.greenhouse-mail.io"),
    "Your application to Wayfarer Labs",
    """Hi Tomás,

Thank you for your interest in the Customer Experience Operations Lead role at Wayfarer Labs
and for the time you invested in our process.

After careful review, we've decided to pursue other candidates whose background more closely
aligns with what the team needs right now. This was a difficult decision.

We'll keep your information on file and may reach out about future openings that fit.

All the best,
The Wayfarer Labs Talent Team""",
    company="Wayfarer Labs", reply_to=("Priya Venkatesan", "priya.v@wayfarerlabs.example.com"),
    contact="priya.v@wayfarerlabs.example.com", fmt="alt", skin="ats")

add("rejection", "japanese owned hotel english", "en",
    ("Kenji Morimoto", "k.morimoto@sakurahotels-intl.example.com"),
    "Regarding your application for Front Office Manager, Lisbon",
    """Dear Mr. Herrera,

Thank you very much for your application and for attending the interviews with our Lisbon
opening team and with myself online.

We have considered carefully, and we are sorry to tell you that we have decided not to move
forward with your candidacy at this time. Your experience with events is very valuable, but
for this opening we must prioritise a candidate with Japanese language ability for our guests.

We sincerely appreciate your interest in Sakura Hotels International and we wish you every
success.

Best regards,

Kenji Morimoto
General Manager (Opening)
Sakura Hotels International - Lisbon Chiado""",
    company="Sakura Hotels International", contact="k.morimoto@sakurahotels-intl.example.com")

add("rejection", "lever after take home", "en",
    ("Tripnest", "no-reply@hire.lever.co"),
    "Tripnest - Ops Specialist, Partner Success",
    """Hi Tomas,

Thanks again for completing the take-home exercise for the Ops Specialist, Partner Success
role. We know it takes a real chunk of your time and we appreciate it.

The panel reviewed your submission. While there were good ideas in your escalation playbook,
we've decided not to move you forward to the final round.

If you'd like a couple of lines of feedback, just reply to this email and I'll pass it on.

Thanks,
Marco
Tripnest Recruiting""",
    company="Tripnest", reply_to=("Marco Albertini", "marco.albertini@tripnest.example.com"),
    contact="marco.albertini@tripnest.example.com")

add("rejection", "one liner update", "en",
    ("Jordan Blake", "jordan@harbourlinecatering.example.com"),
    "Update",
    """Thanks for your time, but we won't be moving forward. Best of luck. J

--
Jordan Blake | Harbourline Catering | Miami, FL""",
    company="Harbourline Catering", contact="jordan@harbourlinecatering.example.com")

add("rejection", "agency relayed client feedback", "en",
    ("Chloe Summers", "chloe@brightpathtalent.example.com"),
    "Re: Head of Guest Services - feedback!",
    """Hi Tomás!!

Hope you're well! So I've just had the client come back to me on the Head of Guest Services
role at Meridian Cruises, and sadly they've decided to go with another candidate this time :(

They really liked your energy and your events background but felt the other person had more
time at sea, which was a big thing for them!

Honestly don't be disheartened, I've got a couple of other bits coming in that I think would
be PERFECT for you, I'll give you a bell next week!!

Chloe x

Chloe Summers
Senior Consultant - Travel & Leisure
BrightPath Talent | +44 7700 900412"""
    + gmail("Mon, 13 Apr 2026 at 18:45", "Tomás Herrera Vidal", "tomas.herrera@example.com",
            """Hi Chloe,

Just checking in on the Meridian Cruises role - any news from the client after the second
interview? Happy to provide references if that helps.

Thanks,
Tomás"""),
    company="Meridian Cruises", contact="chloe@brightpathtalent.example.com", reply=True,
    month=4)

add("rejection", "airline role cancelled budget", "en",
    ("Gulfstream Air Talent Acquisition", "talent@gulfstreamair.example.com"),
    "Customer Experience Program Manager - requisition closed",
    """Dear Tomás,

I'm writing to let you know that, following a budget restructuring in our Miami hub, the
Customer Experience Program Manager requisition has been cancelled and we will not be
filling the position this year.

I realise you invested considerable time in our process, including the panel interview, and
I'm sorry we couldn't reach a different outcome. This is no reflection on your candidacy.

Regards,
Denise Alvarado
Manager, Talent Acquisition
Gulfstream Air
Miami International Airport, Building 5A""",
    company="Gulfstream Air", contact="talent@gulfstreamair.example.com")

# French rejections
add("rejection", "cabinet recrutement pas de suite", "fr",
    ("Claire Dubois-Marchand", "c.dubois@horizonrh-conseil.example.fr"),
    "Votre candidature - Directeur d'exploitation (H/F)",
    """Bonjour Monsieur Herrera,

Je reviens vers vous concernant le poste de Directeur d'exploitation (H/F) pour lequel nous
avions échangé le 12 mai.

Après étude approfondie des profils présentés, notre client, le groupe Hôtels Belle Rive, a
fait le choix de poursuivre avec un candidat disposant d'une expérience plus longue sur le
marché français. Nous ne donnerons donc pas suite à votre candidature pour ce poste.

Je reste à votre disposition pour d'autres opportunités et vous souhaite une bonne
continuation.

Bien cordialement,

Claire Dubois-Marchand
Consultante Senior - Hôtellerie & Tourisme
Horizon RH Conseil
01 42 68 55 90""",
    company="Hôtels Belle Rive", contact="c.dubois@horizonrh-conseil.example.fr",
    charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1")

add("rejection", "welcome jungle style ats", "fr",
    ("L'équipe Festivalia", "notifications@festivalia.recruitee-mail.com"),
    "Votre candidature chez Festivalia",
    """Bonjour Tomás,

Merci pour l'intérêt que vous portez à Festivalia et pour le temps consacré à votre
candidature au poste de Responsable Expérience Festivaliers.

Nous avons reçu de nombreuses candidatures de grande qualité et, après mûre réflexion, nous
avons le regret de vous informer que votre profil n'a pas été retenu pour la suite du
processus.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Festivalia""",
    company="Festivalia", fmt="html", skin="table")

add("rejection", "musee apres entretien", "fr",
    ("Julien Perrot", "julien.perrot@musee-lumiere.example.fr"),
    "Re: Entretien - Chargé(e) de l'accueil des publics",
    """Bonjour Tomás,

Merci encore pour notre échange de mardi. Je suis désolé de vous annoncer que nous avons
retenu une autre candidature pour le poste de chargé de l'accueil des publics, la personne
ayant déjà travaillé dans un établissement patrimonial.

Votre parcours reste très intéressant et je garde vos coordonnées.

Bien à vous,
Julien Perrot
Responsable des publics - Musée Lumière de Lyon"""
    + fr_quote("mar. 5 mai 2026 à 19:10", "Tomás Herrera Vidal", "tomas.herrera@example.com",
               "Bonjour Julien,\n\nMerci pour l'entretien de cet après-midi.\n\nTomás"),
    company="Musée Lumière de Lyon", contact="julien.perrot@musee-lumiere.example.fr",
    reply=True, month=5)

# German rejections
add("rejection", "personio absage formell", "de",
    ("Alpenblick Resorts Recruiting", "noreply@alpenblick-resorts.jobs.personio.de"),
    "Ihre Bewerbung als Guest Experience Manager (m/w/d)",
    """Sehr geehrter Herr Herrera Vidal,

vielen Dank für Ihr Interesse an einer Tätigkeit bei der Alpenblick Resorts und die Zeit,
die Sie in Ihre Bewerbung investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber
entschieden haben, deren Profil noch besser zu den Anforderungen der Position passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Alpenblick Resorts

Alpenblick Resorts GmbH · Seestraße 12 · 83700 Rottach-Egern
Geschäftsführer: Florian Huber · HRB 11223 Amtsgericht München""",
    company="Alpenblick Resorts", fmt="alt", skin="simple")

add("rejection", "startup du absage nach interview", "de",
    ("Lena Vogt", "lena@reiseflow.example.de"),
    "Kurzes Feedback",
    """Hi Tomás,

danke dir nochmal für das nette Gespräch am Montag! Wir haben uns im Team lange
ausgetauscht und uns am Ende für jemanden entschieden, der schon Erfahrung mit unserem
B2B-Setup hat. Deshalb wird es diesmal leider nichts mit der Stelle als Ops Lead.

Ich fand dein Profil echt spannend und melde mich gern, falls wir nächstes Jahr wieder
suchen.

Liebe Grüße
Lena

Lena Vogt · Head of Operations · Reiseflow · Berlin""",
    company="Reiseflow", contact="lena@reiseflow.example.de")

add("rejection", "messe stelle nicht besetzt", "de",
    ("Personalabteilung Messe Rheinland", "bewerbung@messe-rheinland.example.de"),
    "Absage: Projektleitung Besucherservice",
    """Sehr geehrter Herr Herrera,

wir bedanken uns für Ihre Bewerbung und das Vorstellungsgespräch.

Aufgrund einer internen Umstrukturierung haben wir entschieden, die ausgeschriebene Stelle
Projektleitung Besucherservice vorerst nicht zu besetzen. Das Auswahlverfahren wird daher
beendet. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen

i. A. Sabine Krämer
Personalabteilung
Messe Rheinland
Tel. 0221 555 4410""",
    company="Messe Rheinland", contact="bewerbung@messe-rheinland.example.de",
    charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1")

# --- interview invitations ---------------------------------------------------------------------

def ics(uid: str, start: str, end: str, summary: str, organizer: tuple[str, str],
        location: str = "", tzid: str = "Europe/Madrid", method: str = "REQUEST",
        sequence: int = 0, status: str = "CONFIRMED") -> str:
    """A calendar invitation as the big calendar programs write one (local time + TZID)."""
    name, addr = organizer
    return f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260101T080000Z
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
SUMMARY:{summary}
LOCATION:{location}
ORGANIZER;CN="{name}":mailto:{addr}
ATTENDEE;CN="{ME[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}
SEQUENCE:{sequence}
STATUS:{status}
END:VEVENT
END:VCALENDAR"""


add("interview_invitation", "consultora entrevista telefonica usted", "es",
    ("Álvaro Requena", "alvaro.requena@kairosexecutive.example.com"),
    "Posición Guest Experience Manager - hotel 5* Madrid",
    """Buenos días, Sr. Herrera:

Le escribo desde Kairos Executive Search. Estamos colaborando con Hotel Palacio de Recoletos
en la búsqueda de un/a Guest Experience Manager y su perfil nos ha parecido muy interesante.

Me gustaría mantener con usted una breve entrevista telefónica de unos 20 minutos para
conocer su trayectoria y explicarle el proyecto. ¿Le vendría bien el jueves 12 a las 10:00
o a las 16:30? Si no, indíqueme la franja que mejor le encaje.

Un cordial saludo,

Álvaro Requena
Partner | Hospitality Practice
Kairos Executive Search
+34 610 88 21 07""",
    company="Hotel Palacio de Recoletos", contact="alvaro.requena@kairosexecutive.example.com",
    month=2)

add("interview_invitation", "calendly scaleup travel tech", "es",
    ("Sara Benítez", "sara@viajalo.example.com"),
    "Siguiente paso 🙌",
    """¡Hola Tomás!

Gracias por aplicar a Customer Experience Lead en Viájalo. Nos ha encantado tu carta, sobre
todo lo de la gestión de incidencias en congresos de 2.000 personas 😅

Queremos conocerte: una videollamada de 30 min conmigo para ver encaje y contarte cómo
trabajamos. Elige el hueco que mejor te venga aquí:
https://calendly.com/sara-viajalo/30min-cx-lead

Si ninguno te va bien, dímelo y buscamos otro.

Sara
Talent @ Viájalo · Barcelona""",
    company="Viájalo", contact="sara@viajalo.example.com", fmt="alt", skin="simple")

add("interview_invitation", "cadena hotelera dinamica de grupo", "es",
    ("Selección Meliana Hotels", "seleccion@melianahotels.example.com"),
    "Convocatoria: dinámica de grupo - Jefe/a de Recepción",
    """Hola Tomás,

Nos alegra comunicarte que has superado la primera fase del proceso para Jefe/a de Recepción
en Meliana Hotels Palma.

Te convocamos a una dinámica de grupo el próximo miércoles 22 de abril a las 9:30 h en el
Hotel Meliana Paseo Marítimo (Avda. Gabriel Roca 33, Palma). La sesión durará unas dos horas
y media e incluirá una breve entrevista individual al terminar.

Por favor, confirma tu asistencia respondiendo a este correo antes del lunes.

Un saludo,
Equipo de Selección
Meliana Hotels""",
    company="Meliana Hotels", contact="seleccion@melianahotels.example.com", fmt="html",
    skin="table", month=4)

add("interview_invitation", "videoentrevista grabada hirevue", "es",
    ("Aerolíneas Atlánticas vía HireVue", "noreply@hirevue.com"),
    "Invitación: videoentrevista para Supervisor/a de Atención al Cliente",
    """Hola Tomás Herrera Vidal,

Aerolíneas Atlánticas te invita a completar una videoentrevista digital para el puesto de
Supervisor/a de Atención al Cliente (Madrid-Barajas).

- Preguntas: 6 (3 minutos de respuesta cada una)
- Plazo: 5 días desde la recepción de este correo
- Necesitarás: cámara, micrófono y conexión estable

Empezar la entrevista: https://app.hirevue.com/invite/4fd0a1c9e2

Puedes practicar antes con preguntas de ejemplo. ¡Mucha suerte!

Este mensaje se ha enviado automáticamente. No respondas a este correo.""",
    company="Aerolíneas Atlánticas", fmt="html", skin="ats")

add("interview_invitation", "entrevista con prueba de ingles", "es",
    ("María José Ortuño", "mjortuno@costablancatours.example.com"),
    "Re: Candidatura Coordinador/a de Grupos",
    """Hola Tomás,

Gracias por tu interés. Nos gustaría hacerte una entrevista el martes 17 a las 11:00 en
nuestra oficina de Alicante (C/ Castaños 18, 2º). Durante la entrevista haremos también una
pequeña prueba de nivel de inglés oral con nuestra compañera de operaciones, ya que
trabajarás con grupos británicos e irlandeses.

Si no puedes venir en persona, lo hacemos por Meet.

Un saludo,
Mª José Ortuño
RRHH · Costa Blanca Tours
965 21 44 80"""
    + es_quote("vie, 13 feb 2026, 9:14", "Tomás Herrera Vidal", "tomas.herrera@example.com",
               "Buenos días,\n\nAdjunto mi CV para la oferta de Coordinador/a de Grupos publicada "
               "en Hosteltur.\n\nSaludos,\nTomás Herrera"),
    company="Costa Blanca Tours", contact="mjortuno@costablancatours.example.com",
    reply=True, month=2)

add("interview_invitation", "assessment center aerolinea ics", "es",
    ("Recruiting Iberalia", "recruiting@iberalia.example.com"),
    "Assessment Center - Customer Service Team Leader",
    """Estimado Tomás:

Tras la entrevista telefónica, nos complace invitarle a nuestro Assessment Center para la
posición de Customer Service Team Leader, que tendrá lugar el jueves 14 de mayo de 9:00 a
14:00 en nuestra sede (Calle Martínez Villergas 49, Madrid).

La jornada incluye un caso práctico en grupo, un role-play con pasajero y una entrevista por
competencias. Le adjuntamos la convocatoria para su calendario.

Le rogamos que traiga su DNI.

Saludos cordiales,
Equipo de Recruiting
Iberalia""",
    company="Iberalia", contact="recruiting@iberalia.example.com",
    ics=ics("ac-2026-0514-iberalia-ctl@iberalia.example.com", "20260514T090000",
            "20260514T140000", "Assessment Center - Customer Service Team Leader",
            ("Recruiting Iberalia", "recruiting@iberalia.example.com"),
            "Calle Martínez Villergas 49, Madrid"), month=5)

add("interview_invitation", "mexico llamada rapida", "es",
    ("Ricardo Tapia", "ricardo.tapia@cancunexperiences.example.mx"),
    "una pregunta rápida",
    """Qué tal Tomás,

Vi tu perfil en LinkedIn y me late mucho para una vacante de Gerente de Experiencia que
tenemos en Guadalajara. ¿Tendrías chance de una llamada rápida mañana o el viernes? Unos
15-20 min, tú me dices hora (Ciudad de México).

Saludos!
Ricardo Tapia
Director de Operaciones
Cancún Experiences
cel. 33 1402 8871""",
    company="Cancún Experiences", contact="ricardo.tapia@cancunexperiences.example.mx")

add("interview_invitation", "bumeran vos siguiente etapa", "es",
    ("Florencia Ibarra", "fibarra@hotelesdelplata.example.com.ar"),
    "Búsqueda Jefe de Recepción - Hoteles del Plata",
    """Hola Tomás, ¿qué tal?

Te escribo porque queremos avanzar con vos a la siguiente etapa de la búsqueda de Jefe de
Recepción. La idea es que tengas una entrevista con Martín, nuestro gerente general, por
Zoom. ¿Podés el miércoles a las 15 (hora de Argentina)? Si no, pasame un par de opciones.

Gracias!
Flor

Florencia Ibarra
Recursos Humanos · Hoteles del Plata
Av. Alvear 1580, CABA""",
    company="Hoteles del Plata", contact="fibarra@hotelesdelplata.example.com.ar")

add("interview_invitation", "segunda entrevista director ics", "es",
    ("Pablo Esteve", "pablo.esteve@fira-llevant.example.com"),
    "Segunda entrevista - Responsable de Experiencia de Expositores",
    """Hola Tomás,

Como te comenté por teléfono, el director general quiere conocerte en persona. Te he enviado
una convocatoria para el lunes 8 de junio a las 12:00 en nuestras oficinas del recinto
ferial (Av. de les Fires s/n, Valencia, edificio administrativo, 3ª planta).

Será una conversación de una hora con él y con la responsable de Marketing.

Nos vemos,
Pablo Esteve
Director de Operaciones
Fira Llevant
T. 963 861 100""",
    company="Fira Llevant", contact="pablo.esteve@fira-llevant.example.com",
    ics=ics("7f3c2a10-fl-0608@fira-llevant.example.com", "20260608T120000", "20260608T130000",
            "2ª entrevista Tomás Herrera - Resp. Experiencia Expositores",
            ("Pablo Esteve", "pablo.esteve@fira-llevant.example.com"),
            "Fira Llevant - Edificio administrativo 3ª planta"), month=6)

add("interview_invitation", "ayuntamiento citacion entrevista", "es",
    ("Ayuntamiento de Bilbao - Selección", "seleccion.personal@bilbao-udala.example.org"),
    "Citación fase de entrevista - Técnico/a de Promoción Turística",
    """AYUNTAMIENTO DE BILBAO
Área de Función Pública - Sección de Selección

Proceso selectivo: Técnico/a de Promoción Turística (interino/a), Expte. 2026/SEL/031

Se le convoca a la fase de entrevista personal, prevista en la base 7.3 de la convocatoria,
que se celebrará el día 3 de julio de 2026, a las 10:45 horas, en la Sala 2 del edificio de
Plaza Ernesto Erkoreka, 1.

Deberá acudir provisto/a de DNI o documento equivalente. La no comparecencia supondrá la
exclusión del proceso.

Para cualquier incidencia puede responder a este correo o llamar al 944 204 200.""",
    company="Ayuntamiento de Bilbao", contact="seleccion.personal@bilbao-udala.example.org",
    month=6, charset="iso-8859-1", cte="8bit")

add("interview_invitation", "factorial elige tu franja", "es",
    ("Sabores del Sur - Factorial", "no-reply@factorialhr.com"),
    "Sabores del Sur quiere entrevistarte",
    """¡Hola Tomás!

El equipo de Sabores del Sur ha revisado tu candidatura para Gerente de Restaurante - Málaga
Centro y quiere entrevistarte.

Elige la franja que mejor te venga desde este enlace:
https://app.factorialhr.com/scheduling/slots/a81c22

Duración: 45 minutos · Presencial · C/ Larios 9, Málaga

Si tienes cualquier duda, escribe a Rocío Marín (rocio.marin@saboresdelsur.example.com).

Enviado con Factorial""",
    company="Sabores del Sur", contact="rocio.marin@saboresdelsur.example.com", fmt="alt",
    skin="ats")

add("interview_invitation", "chile entrevista teams ics", "es",
    ("Javiera Soto", "jsoto@vinaslagunaverde.example.cl"),
    "Entrevista - Encargado de Enoturismo",
    """Hola Tomás, junto con saludar.

Te envío la invitación para la entrevista por Teams del jueves. Estaremos Rodrigo (gerente
comercial) y yo. Cualquier problema con el horario me avisas.

Saludos,
Javiera Soto
Jefa de Personas · Viñas Laguna Verde""",
    company="Viñas Laguna Verde", contact="jsoto@vinaslagunaverde.example.cl",
    ics=ics("040000008200E00074C5B7101A82E00800000000d1c3@vinaslagunaverde.example.cl",
            "20260723T100000", "20260723T104500", "Entrevista Tomás Herrera - Enoturismo",
            ("Javiera Soto", "jsoto@vinaslagunaverde.example.cl"), "Reunión de Microsoft Teams",
            tzid="America/Santiago"), month=7)

# English invitations
add("interview_invitation", "goodtime next stage", "en",
    ("Lumen Travel Recruiting", "scheduling@goodtime.io"),
    "Lumen Travel: let's schedule your next interview",
    """Hi Tomás,

Great news! We'd love to move you to the next stage for the Senior CX Operations Manager role.

The next step is a 45-minute conversation with Ana Lopes (VP Customer) and Greg Hill
(Support Ops). Please pick a time that works for you:

https://app.goodtime.io/s/lumen/8d1f22c

Times are shown in your local timezone. If none work, reply to this email and your
recruiter will help.

Lumen Travel Recruiting Team""",
    company="Lumen Travel", reply_to=("Nadia Kowalski", "nadia.kowalski@lumentravel.example.com"),
    contact="nadia.kowalski@lumentravel.example.com", fmt="alt", skin="table")

add("interview_invitation", "uk quick chat phone screen", "en",
    ("Tom Ashworth", "tom.ashworth@greenwoodleisure.example.co.uk"),
    "Quick question",
    """Hi Tomás,

Thanks for applying for the Visitor Experience Manager post at Greenwood Leisure. Would you be
free for a quick chat on Tuesday afternoon, say 2pm UK time? Nothing formal, just 20 minutes
on the phone so I can tell you a bit more and hear about your background.

Best,
Tom

Tom Ashworth
Recruitment Partner, Greenwood Leisure
07700 900 118""",
    company="Greenwood Leisure", contact="tom.ashworth@greenwoodleisure.example.co.uk")

add("interview_invitation", "miami hotel panel onsite ics", "en",
    ("Vanessa Ortiz", "vortiz@bayfrontgrandhotel.example.com"),
    "Panel interview - Director of Guest Experience",
    """Hi Tomás,

Thank you for your time on the phone last week. We'd like to invite you to an in-person panel
interview at the hotel on Friday, August 14 at 10:00 AM ET. You'll meet our General Manager,
Director of Rooms, and Director of F&B; plan for about 90 minutes including a short property
tour.

Valet parking will be validated. A calendar invite is attached.

Warm regards,
Vanessa Ortiz
Human Resources Manager
Bayfront Grand Hotel Miami
(305) 555-0148""",
    company="Bayfront Grand Hotel Miami", contact="vortiz@bayfrontgrandhotel.example.com",
    ics=ics("bfg-panel-0814-th@bayfrontgrandhotel.example.com", "20260814T100000",
            "20260814T113000", "Panel Interview - T. Herrera Vidal",
            ("Vanessa Ortiz", "vortiz@bayfrontgrandhotel.example.com"),
            "Bayfront Grand Hotel, Executive Boardroom", tzid="America/New_York"), month=8)

add("interview_invitation", "agency recruiter client wants to meet", "en",
    ("Danny Reeves", "danny@apexhospitalityrecruit.example.com"),
    "GREAT NEWS!!",
    """Hey Tomás!!!

Amazing news - the client LOVED your CV and they want to meet you!! It's for the Operations
Manager role at Seaview Resorts in Palma that we spoke about :)

They've offered Thursday 11am or Friday 3pm (Spain time) on Teams with the Resort Director.
Which one works best?? Let me know ASAP and I'll lock it in!!

Speak soon!!
Danny

Danny Reeves | Principal Consultant
Apex Hospitality Recruitment
+44 7911 123456 | www.apexhospitalityrecruit.example.com""",
    company="Seaview Resorts", contact="danny@apexhospitalityrecruit.example.com")

add("interview_invitation", "portuguese employer in english", "en",
    ("Inês Carvalho", "ines.carvalho@douroriverlines.example.pt"),
    "Interview invitation - Guest Services Coordinator",
    """Dear Tomás,

Thank you for your application to Douro River Lines. We have analysed your CV with interest
and we would like to invite you for an interview at our office in Vila Nova de Gaia, on the
next 9th of September, at 15h00 (Lisbon time).

In case you are not able to travel to Porto, we can also do the interview by videoconference.
We ask you to confirm your availability until Friday.

Best regards,

Inês Carvalho
Human Resources Department
Douro River Lines
Cais de Gaia, 4400-111 Vila Nova de Gaia""",
    company="Douro River Lines", contact="ines.carvalho@douroriverlines.example.pt", month=8)

add("interview_invitation", "mexican owned video call coo", "en",
    ("Fernanda Lozano", "fernanda.lozano@agavehospitality.example.com"),
    "Next step: video call with our COO",
    """Hello Tomás,

Thanks a lot for the nice talk yesterday. As I told you, the next step in the process is a
video call with our COO, Mr. Héctor Villaseñor, who is based in Guadalajara. He has
availability on Wednesday 10 am or Thursday 5 pm Mexico City time. Please let me know which
one is better for you and I will send the link.

Kind regards,
Fernanda Lozano
Talent Acquisition Manager
Agave Hospitality Group""",
    company="Agave Hospitality Group", contact="fernanda.lozano@agavehospitality.example.com")

add("interview_invitation", "australian keen to line up a chat", "en",
    ("Mitch Harlow", "mitch@southerncrossexpeditions.example.com.au"),
    "Re: Remote Guest Ops role",
    """G'day Tomás,

Thanks for sending through your CV, mate. Reckon you'd be a good fit for the remote guest
ops role. Keen to line up a Zoom chat with you and our ops lead Shaz - how's Monday your
evening / our Tuesday morning look? Say 8pm Madrid = 4am Brisbane, no wait, that doesn't
work... let's do 9am Brisbane Tuesday which is 1am for you?? Sorry. Send me a couple of
times that suit and we'll make it happen.

Cheers,
Mitch
Southern Cross Expeditions""",
    company="Southern Cross Expeditions", contact="mitch@southerncrossexpeditions.example.com.au",
    reply=True)

add("interview_invitation", "workday action required schedule", "en",
    ("Oceana Cruise Holdings", "oceanacruises@myworkday.com"),
    "Action Required: Schedule Your Interview",
    """Hello Tomas Herrera Vidal ,

You have been invited to schedule an interview for the position :  Shoreside Guest
Operations Manager (JR-2026-1183) .

Please log in to the Candidate Home to select an available interview time .

Candidate Home : https://oceana.wd5.myworkdayjobs.com/en-US/Careers/userHome

Interview Type :  Video (Microsoft Teams)
Interviewer(s) :  Rachel Dunn , Senior Manager Guest Operations

Thank you ,
Oceana Cruise Holdings Talent Acquisition

This is an automated message . Please do not reply .""",
    company="Oceana Cruise Holdings", fmt="alt", skin="simple", month=9)

# French invitations
add("interview_invitation", "hotel nous souhaiterions vous rencontrer", "fr",
    ("Sophie Garnier", "s.garnier@domaine-des-cigales.example.fr"),
    "Candidature Responsable Hébergement",
    """Bonjour Monsieur Herrera,

Nous avons bien reçu votre candidature pour le poste de Responsable Hébergement et votre
parcours a retenu toute notre attention.

Nous souhaiterions vous rencontrer lors d'un entretien au domaine, le vendredi 19 juin à
14h30. Si cette date ne vous convient pas, n'hésitez pas à me proposer d'autres
disponibilités.

Dans l'attente de votre retour, je vous prie d'agréer, Monsieur, mes salutations
distinguées.

Sophie Garnier
Directrice des Ressources Humaines
Domaine des Cigales - Hôtel & Spa
Route de Gordes, 84220 Roussillon
04 90 05 60 60""",
    company="Domaine des Cigales", contact="s.garnier@domaine-des-cigales.example.fr",
    charset="iso-8859-1", cte="quoted-printable", month=6)

add("interview_invitation", "visio teams ics paris", "fr",
    ("Mathieu Lefèvre", "mathieu.lefevre@parcours-voyages.example.fr"),
    "Invitation : entretien visio - Manager Service Client",
    """Bonjour Tomás,

Suite à notre échange téléphonique, je vous propose un entretien en visio avec Élodie,
notre directrice de l'expérience client. Vous trouverez l'invitation Teams en pièce jointe.

À mardi !

Mathieu
Talent Acquisition - Parcours Voyages""",
    company="Parcours Voyages", contact="mathieu.lefevre@parcours-voyages.example.fr",
    ics=ics("pv-visio-0929@parcours-voyages.example.fr", "20260929T110000", "20260929T120000",
            "Entretien Tomás Herrera / Parcours Voyages",
            ("Mathieu Lefèvre", "mathieu.lefevre@parcours-voyages.example.fr"),
            "Réunion Microsoft Teams", tzid="Europe/Paris"), month=9)

# German invitations
add("interview_invitation", "einladung vorstellungsgespraech formell", "de",
    ("Katrin Albers", "k.albers@hansehotels.example.de"),
    "Einladung zum Vorstellungsgespräch",
    """Sehr geehrter Herr Herrera Vidal,

vielen Dank für Ihre Bewerbung als Front Office Manager (m/w/d) in unserem Haus in Hamburg.
Ihre Unterlagen haben uns überzeugt und wir möchten Sie gern persönlich kennenlernen.

Gerne laden wir Sie zu einem Vorstellungsgespräch am Dienstag, den 10. März 2026, um 11:00
Uhr in das Hanse Hotel Alster, Ballindamm 22, 20095 Hamburg, ein. Gesprächspartner sind
Herr Jens Petersen (Hoteldirektor) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten erstatten wir Ihnen
selbstverständlich.

Mit freundlichen Grüßen

Katrin Albers
Personalreferentin
Hanse Hotels
Tel. +49 40 3099 120""",
    company="Hanse Hotels", contact="k.albers@hansehotels.example.de",
    charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1", month=2)

add("interview_invitation", "du kurzes kennenlernen", "de",
    ("Jonas Brandt", "jonas@eventkraft.example.de"),
    "Kennenlernen?",
    """Hey Tomás,

danke für deine Bewerbung als Event Operations Manager! Hättest du Lust auf ein kurzes
Kennenlernen per Video, so 30 Minuten? Mir würde Donnerstag ab 14 Uhr oder Freitagvormittag
gut passen. Such dir gern was aus oder buch direkt hier: https://cal.com/jonas-eventkraft/30

Beste Grüße aus Leipzig
Jonas

--
Jonas Brandt | Gründer & Geschäftsführer
eventkraft | Leipzig""",
    company="eventkraft", contact="jonas@eventkraft.example.de")

add("interview_invitation", "zweite runde mit ics", "de",
    ("Miriam Schulte", "miriam.schulte@zoo-westfalen.example.de"),
    "Zweites Gespräch: Leitung Besucherservice",
    """Hallo Herr Herrera,

wie telefonisch besprochen, sende ich Ihnen anbei die Einladung für das zweite Gespräch mit
unserer Geschäftsführung. Bitte planen Sie ca. 90 Minuten ein, inklusive eines kurzen
Rundgangs durch den Park und einer Fallstudie zum Thema Beschwerdemanagement.

Viele Grüße
Miriam Schulte
Personal · Zoo Westfalen
Tel. 0251 890 4450""",
    company="Zoo Westfalen", contact="miriam.schulte@zoo-westfalen.example.de",
    ics=ics("zw-2r-20260416@zoo-westfalen.example.de", "20260416T130000", "20260416T143000",
            "2. Gespräch Herrera Vidal - Leitung Besucherservice",
            ("Miriam Schulte", "miriam.schulte@zoo-westfalen.example.de"),
            "Verwaltungsgebäude, Raum 2.14", tzid="Europe/Berlin"), month=4)

# --- reschedules and cancellations by the employer ---------------------------------------------

add("interview_reschedule_or_cancel", "consultora mueve al viernes", "es",
    ("Álvaro Requena", "alvaro.requena@kairosexecutive.example.com"),
    "RE: Entrevista con Hotel Palacio de Recoletos",
    """Sr. Herrera, buenas tardes:

Disculpe las molestias. El director del hotel tiene un viaje imprevisto y me pide mover la
entrevista del jueves 19 al viernes 20, a la misma hora (11:00), en el mismo lugar.

¿Le encaja? Si no, dígame y buscamos otra alternativa a lo largo de la semana que viene.

Un saludo,
Álvaro

Álvaro Requena
Partner | Hospitality Practice
Kairos Executive Search"""
    + outlook("Tomás Herrera Vidal", "tomas.herrera@example.com", "lunes, 16 de marzo de 2026 9:02",
              "Álvaro Requena", "RE: Entrevista con Hotel Palacio de Recoletos",
              "Perfecto, allí estaré el jueves a las 11:00. Gracias, Álvaro.\n\nTomás",
              ("De", "Enviado el", "Para", "Asunto")),
    company="Hotel Palacio de Recoletos", contact="alvaro.requena@kairosexecutive.example.com",
    reply=True, month=3, charset="windows-1252", cte="quoted-printable")

add("interview_reschedule_or_cancel", "outlook cancelada ics", "es",
    ("Lorena Paredes", "lorena.paredes@grupotoribio.example.com"),
    "Cancelada: Entrevista Tomás Herrera - Jefe de Banquetes",
    """Hola Tomás,

Tenemos que anular la entrevista de mañana: coincide con una inspección sanitaria en la
cocina central y no vamos a poder atenderte como mereces. Te escribo esta semana con nuevas
fechas, ¿vale?

Perdona las molestias.
Lorena Paredes · RRHH · Grupo Toribio Catering""",
    company="Grupo Toribio Catering", contact="lorena.paredes@grupotoribio.example.com",
    ics=ics("gt-banq-0527@grupotoribio.example.com", "20260527T100000", "20260527T110000",
            "Entrevista Tomás Herrera - Jefe de Banquetes",
            ("Lorena Paredes", "lorena.paredes@grupotoribio.example.com"), "Oficinas Getafe",
            method="CANCEL", sequence=1, status="CANCELLED"), month=5)

add("interview_reschedule_or_cancel", "mexico se nos cruzo", "es",
    ("Ricardo Tapia", "ricardo.tapia@cancunexperiences.example.mx"),
    "Re: una pregunta rápida",
    """Tomás, una disculpa, se me cruzó una junta con el consejo justo a la hora de nuestra
llamada. ¿La podemos mover al martes a la misma hora? Si no te queda, dime cuándo sí.

Gracias por la paciencia!
R.

Enviado desde mi iPhone""",
    company="Cancún Experiences", contact="ricardo.tapia@cancunexperiences.example.mx", reply=True)

add("interview_reschedule_or_cancel", "ayuntamiento aplazamiento", "es",
    ("Ajuntament de Palma - Selecció", "seleccio@palma-ajuntament.example.org"),
    "Aplazamiento fase de entrevista - Técnico/a de Eventos (Expte. 118/2026)",
    """Por la presente se comunica a las personas aspirantes convocadas a la fase de entrevista
del proceso de selección de Técnico/a de Eventos (Expte. 118/2026) que, por causas
organizativas sobrevenidas, la sesión prevista para el 9 de septiembre queda aplazada.

La nueva fecha será el 16 de septiembre de 2026, manteniéndose la hora individual asignada a
cada aspirante y el lugar (Sala de Juntas, C/ Sant Ferran 42, Palma).

Servei de Selecció i Provisió
Ajuntament de Palma""",
    company="Ajuntament de Palma", contact="seleccio@palma-ajuntament.example.org", month=9,
    charset="iso-8859-1", cte="quoted-printable")

add("interview_reschedule_or_cancel", "argentina pasamos para la semana que viene", "es",
    ("Florencia Ibarra", "fibarra@hotelesdelplata.example.com.ar"),
    "Re: Búsqueda Jefe de Recepción - Hoteles del Plata",
    """Tomás, perdón por avisarte a último momento! Martín se engripó y mañana no va a estar.
¿Te parece si pasamos la entrevista para el miércoles que viene, mismo horario? Decime si te
sirve y te reenvío el link de Zoom.

Flor""",
    company="Hoteles del Plata", contact="fibarra@hotelesdelplata.example.com.ar", reply=True)

add("interview_reschedule_or_cancel", "dinamica de grupo aplazada html", "es",
    ("Selección Meliana Hotels", "seleccion@melianahotels.example.com"),
    "Cambio de fecha: dinámica de grupo Jefe/a de Recepción",
    """Hola de nuevo, Tomás:

Por motivos de ocupación del hotel, trasladamos la dinámica de grupo del miércoles 22 al
jueves 30 de abril, a las 10:00 h. El lugar no cambia.

Te pedimos que nos confirmes de nuevo tu asistencia respondiendo a este correo.

Gracias por tu comprensión,
Equipo de Selección - Meliana Hotels""",
    company="Meliana Hotels", contact="seleccion@melianahotels.example.com", fmt="html",
    skin="table", month=4)

add("interview_reschedule_or_cancel", "invitacion actualizada nueva hora", "es",
    ("Pablo Esteve", "pablo.esteve@fira-llevant.example.com"),
    "Actualizada: 2ª entrevista Tomás Herrera - Resp. Experiencia Expositores",
    """Tomás, te he cambiado la hora: al final será a las 13:30 en vez de a las 12:00 porque al
director se le alarga el comité. Mismo día y mismo sitio.

P.""",
    company="Fira Llevant", contact="pablo.esteve@fira-llevant.example.com",
    ics=ics("7f3c2a10-fl-0608@fira-llevant.example.com", "20260608T133000", "20260608T143000",
            "2ª entrevista Tomás Herrera - Resp. Experiencia Expositores",
            ("Pablo Esteve", "pablo.esteve@fira-llevant.example.com"),
            "Fira Llevant - Edificio administrativo 3ª planta", sequence=2), month=6)

# English
add("interview_reschedule_or_cancel", "goodtime rescheduled automated", "en",
    ("Lumen Travel Recruiting", "scheduling@goodtime.io"),
    "Updated: your interview with Lumen Travel has been rescheduled",
    """Hi Tomás,

Your interview for Senior CX Operations Manager has been rescheduled.

Previous time: Tuesday, July 7, 2026, 4:00 PM - 4:45 PM (CEST)
New time: Thursday, July 9, 2026, 5:30 PM - 6:15 PM (CEST)

Interviewers: Ana Lopes, Greg Hill
Join: https://lumentravel.zoom.example.com/j/88120044

Need a different time? Contact your recruiter, Nadia Kowalski.""",
    company="Lumen Travel", reply_to=("Nadia Kowalski", "nadia.kowalski@lumentravel.example.com"),
    contact="nadia.kowalski@lumentravel.example.com", fmt="alt", skin="table", month=7)

add("interview_reschedule_or_cancel", "hiring manager push to tomorrow", "en",
    ("Greg Hill", "greg.hill@lumentravel.example.com"),
    "Re: Interview",
    """Hey Tomas - something came up on my end, can we push to tomorrow same time? Sorry for the
late notice

Sent from my iPhone"""
    + gmail("Jul 14, 2026, at 09:12", "Nadia Kowalski", "nadia.kowalski@lumentravel.example.com",
            """Hi Tomás, Greg, connecting you both for tomorrow's 5:30pm (CEST) interview as
discussed. Zoom link in the invite. Good luck!
Nadia"""),
    company="Lumen Travel", contact="greg.hill@lumentravel.example.com", reply=True, month=7)

add("interview_reschedule_or_cancel", "british postpone thursday", "en",
    ("Tom Ashworth", "tom.ashworth@greenwoodleisure.example.co.uk"),
    "Thursday",
    """Hi Tomás,

I'm terribly sorry, but we need to postpone Thursday's interview - our Director of Visitor
Experience has been called to an emergency at one of our sites. Could we look at Monday or
Tuesday next week instead? Any time after 10am works our end.

Apologies again for the inconvenience.

Best,
Tom
Greenwood Leisure""",
    company="Greenwood Leisure", contact="tom.ashworth@greenwoodleisure.example.co.uk")

add("interview_reschedule_or_cancel", "outlook canceled meeting ics", "en",
    ("Vanessa Ortiz", "vortiz@bayfrontgrandhotel.example.com"),
    "Canceled: Panel Interview - T. Herrera Vidal",
    """Hi Tomás, I need to cancel the panel for the 14th because our GM is out sick. I'll come
back to you with a new date as soon as I have everyone's calendars. Apologies!

Vanessa""",
    company="Bayfront Grand Hotel Miami", contact="vortiz@bayfrontgrandhotel.example.com",
    ics=ics("bfg-panel-0814-th@bayfrontgrandhotel.example.com", "20260814T100000",
            "20260814T113000", "Panel Interview - T. Herrera Vidal",
            ("Vanessa Ortiz", "vortiz@bayfrontgrandhotel.example.com"),
            "Bayfront Grand Hotel, Executive Boardroom", tzid="America/New_York",
            method="CANCEL", sequence=1, status="CANCELLED"), month=8)

add("interview_reschedule_or_cancel", "indian preponed kindly confirm", "en",
    ("Rahul Mehta", "rahul.mehta@monsoonhotels.example.in"),
    "Interview rescheduling - Guest Relations Manager",
    """Dear Tomás,

Greetings of the day!

This is to inform you that your interview scheduled on 12th June at 3:30 PM IST has been
preponed to 10th June at 11:30 AM IST owing to the travel plans of our Vice President -
Operations. The Google Meet link remains same.

Kindly confirm your availability at the earliest. Do revert in case the new slot does not
suit you.

Warm regards,
Rahul Mehta
Sr. Executive - Talent Acquisition
Monsoon Hotels & Resorts""",
    company="Monsoon Hotels & Resorts", contact="rahul.mehta@monsoonhotels.example.in", month=6)

add("interview_reschedule_or_cancel", "report de l'entretien", "fr",
    ("Sophie Garnier", "s.garnier@domaine-des-cigales.example.fr"),
    "Report de notre entretien",
    """Bonjour Monsieur Herrera,

Je suis au regret de devoir reporter notre entretien prévu vendredi à 14h30, notre directeur
général étant retenu à Paris. Pourriez-vous être disponible le mardi 23 juin à la même heure ?

Avec toutes mes excuses pour ce contretemps,

Sophie Garnier
DRH - Domaine des Cigales""",
    company="Domaine des Cigales", contact="s.garnier@domaine-des-cigales.example.fr", month=6,
    charset="iso-8859-1", cte="quoted-printable")

add("interview_reschedule_or_cancel", "annulation entretien nouvelle date", "fr",
    ("Mathieu Lefèvre", "mathieu.lefevre@parcours-voyages.example.fr"),
    "Annulation : Entretien Tomás Herrera / Parcours Voyages",
    """Bonjour Tomás,

Élodie a dû s'absenter en urgence, je suis donc obligé d'annuler l'entretien de mardi. Je
reviens vers vous dès que possible avec de nouveaux créneaux, désolé pour ce changement.

Bonne journée,
Mathieu""",
    company="Parcours Voyages", contact="mathieu.lefevre@parcours-voyages.example.fr",
    ics=ics("pv-visio-0929@parcours-voyages.example.fr", "20260929T110000", "20260929T120000",
            "Entretien Tomás Herrera / Parcours Voyages",
            ("Mathieu Lefèvre", "mathieu.lefevre@parcours-voyages.example.fr"),
            "Réunion Microsoft Teams", tzid="Europe/Paris", method="CANCEL", sequence=1,
            status="CANCELLED"), month=9)

add("interview_reschedule_or_cancel", "terminverschiebung", "de",
    ("Katrin Albers", "k.albers@hansehotels.example.de"),
    "Terminverschiebung Vorstellungsgespräch 10.03.",
    """Sehr geehrter Herr Herrera Vidal,

leider müssen wir unser Gespräch am 10. März verschieben, da Herr Petersen an diesem Tag
kurzfristig einen Termin mit der Eigentümergesellschaft wahrnehmen muss.

Wäre Ihnen alternativ Donnerstag, der 12. März, um 14:00 Uhr möglich? Ort und Ablauf bleiben
unverändert.

Mit freundlichen Grüßen
Katrin Albers
Hanse Hotels"""
    + de_quote("Mi., 25. Feb. 2026 um 08:41 Uhr", "Tomás Herrera Vidal", "tomas.herrera@example.com",
               "Sehr geehrte Frau Albers,\n\nvielen Dank, den Termin am 10. März um 11:00 Uhr "
               "bestätige ich gern.\n\nMit freundlichen Grüßen\nTomás Herrera Vidal"),
    company="Hanse Hotels", contact="k.albers@hansehotels.example.de", reply=True, month=3)

# --- missed interview notices ------------------------------------------------------------------

add("missed_interview_notice", "te estuvimos llamando", "es",
    ("Nerea Uriarte", "nerea.uriarte@bizkaiabooking.example.com"),
    "Entrevista telefónica de hoy",
    """Hola Tomás:

Te hemos estado llamando a las 10:00, la hora que acordamos para la entrevista telefónica,
pero no hemos conseguido hablar contigo (lo intentamos tres veces al 6XX que nos diste).

Si sigues interesado/a en el puesto de Customer Care Team Lead, respóndeme por aquí y vemos
si podemos buscar otro momento esta semana.

Un saludo,
Nerea Uriarte
Talent Acquisition · Bizkaia Booking
Gran Vía 19, Bilbao""",
    company="Bizkaia Booking", contact="nerea.uriarte@bizkaiabooking.example.com")

add("missed_interview_notice", "no te conectaste a teams", "es",
    ("Marcos Villalba", "mvillalba@solyaguaresorts.example.com"),
    "No te hemos visto en la videollamada",
    """Buenos días Tomás,

Te esperamos esta mañana en la reunión de Teams de las 9:30 para la entrevista de Jefe de
Recepción en Sol y Agua Resorts Las Palmas, pero no llegaste a conectarte. Estuvimos quince
minutos en la sala.

Entendemos que puede haber pasado algo. Si te sigue interesando, escríbenos y valoramos
reprogramarla.

Marcos Villalba
Responsable de Personas · Sol y Agua Resorts
Calle Luis Morote 6, Las Palmas de Gran Canaria""",
    company="Sol y Agua Resorts", contact="mvillalba@solyaguaresorts.example.com",
    fmt="alt", skin="simple")

add("missed_interview_notice", "no acudiste a la dinamica", "es",
    ("Selección Meliana Hotels", "seleccion@melianahotels.example.com"),
    "Dinámica de grupo del jueves",
    """Hola Tomás,

Ayer no te vimos en la dinámica de grupo de las 10:00 en el Hotel Meliana Paseo Marítimo y no
recibimos ningún aviso por tu parte.

Si ha sido un imprevisto y sigues interesado en el puesto, respóndenos en las próximas 48
horas y veremos si es posible incluirte en una entrevista individual.

Un saludo,
Equipo de Selección - Meliana Hotels""",
    company="Meliana Hotels", contact="seleccion@melianahotels.example.com", month=5)

add("missed_interview_notice", "mexico te esperamos ayer", "es",
    ("Daniela Ruelas", "daniela.ruelas@casamezcalgrupo.example.com"),
    "¿Todo bien?",
    """Hola Tomás, ¿todo bien? Te estuvimos esperando ayer a las 11 en la sucursal de Polanco
para la entrevista con el gerente y ya no llegaste. Avísame si tuviste algún inconveniente y
lo vemos.

Saludos,
Dani - Grupo Casa Mezcal""",
    company="Grupo Casa Mezcal", contact="daniela.ruelas@casamezcalgrupo.example.com", month=2)

add("missed_interview_notice", "consultora esperando en teams", "es",
    ("Beatriz Olmedo Sanz", "b.olmedo@talentiaselect.example.com"),
    "Entrevista de las 16:00",
    """Estimado Sr. Herrera:

Le hemos estado esperando en la sala de Teams durante 20 minutos para la entrevista de las
16:00 con el director de operaciones de Grupo Alcázar Restauración y no ha podido
conectarse. Le llamé
también al móvil sin éxito.

Por favor, indíqueme si desea continuar en el proceso para intentar reprogramarla.

Un cordial saludo,
Beatriz Olmedo Sanz
Talentia Select Consultores""",
    company="Grupo Alcázar Restauración", contact="b.olmedo@talentiaselect.example.com",
    charset="iso-8859-1", cte="quoted-printable", month=4)

add("missed_interview_notice", "tried calling scheduled time", "en",
    ("Ashley Moreno", "ashley.moreno@sunlinevacations.example.com"),
    "Missed call - phone screen",
    """Hi Tomás,

I tried calling you at the scheduled time (2:00 PM ET) for our phone screen for the Guest
Services Manager position, but it went straight to voicemail. I left a message as well.

If you're still interested, feel free to grab another slot here:
https://calendly.com/ashley-sunline/phone-screen or just reply with a few times.

Thanks,
Ashley Moreno
Recruiter | Sunline Vacations | Orlando, FL""",
    company="Sunline Vacations", contact="ashley.moreno@sunlinevacations.example.com")

add("missed_interview_notice", "did not join teams meeting", "en",
    ("Oliver Grant", "o.grant@thamesdocklands.example.co.uk"),
    "This morning's interview",
    """Dear Tomás,

We were expecting you this morning at 10:00 for your interview for the Events Operations
Manager role, but you did not join the Teams meeting. The panel waited for a quarter of an
hour before closing the call.

Please let me know whether you wish to remain in the process, and I'll see whether an
alternative slot can be arranged.

Kind regards,
Oliver Grant
HR Business Partner
Thames Docklands Conference Centre""",
    company="Thames Docklands Conference Centre", contact="o.grant@thamesdocklands.example.co.uk",
    charset="windows-1252", cte="quoted-printable")

add("missed_interview_notice", "we missed you today", "en",
    ("Priya Venkatesan", "priya.v@wayfarerlabs.example.com"),
    "We missed you today",
    """Hi Tomás - we missed you on today's 3pm video call with Sam. Hope everything's ok!

If you'd still like to chat, reply here and I'll find another time this week.

Priya
Talent, Wayfarer Labs""",
    company="Wayfarer Labs", contact="priya.v@wayfarerlabs.example.com", month=1)

add("missed_interview_notice", "nous ne vous avons pas vu", "fr",
    ("Camille Roussel", "camille.roussel@lacsdauvergne-tourisme.example.fr"),
    "Entretien de ce matin",
    """Bonjour Tomás,

Nous vous attendions ce matin à 9h30 pour l'entretien téléphonique concernant le poste de
Responsable Accueil & Billetterie, mais nous n'avons pas réussi à vous joindre.

Si le poste vous intéresse toujours, merci de me proposer de nouvelles disponibilités.

Cordialement,
Camille Roussel
Office de Tourisme des Lacs d'Auvergne""",
    company="Office de Tourisme des Lacs d'Auvergne",
    contact="camille.roussel@lacsdauvergne-tourisme.example.fr", cte="base64")

add("missed_interview_notice", "nicht im videocall", "de",
    ("Jonas Brandt", "jonas@eventkraft.example.de"),
    "Heute 14 Uhr?",
    """Hey Tomás,

wir waren heute um 14 Uhr im Videocall, aber du bist nicht aufgetaucht. Alles okay bei dir?
Wenn du noch Interesse hast, sag Bescheid, dann finden wir einen neuen Termin.

Grüße
Jonas
eventkraft""",
    company="eventkraft", contact="jonas@eventkraft.example.de")

# --- application acknowledgements --------------------------------------------------------------

add("application_received", "infojobs inscrito", "es",
    ("InfoJobs", "noreply@infojobs.net"),
    "Te has inscrito en la oferta Coordinador/a de Eventos Corporativos",
    """Tu candidatura se ha enviado correctamente

Oferta: Coordinador/a de Eventos Corporativos
Empresa: Bóreas Eventos y Congresos
Ubicación: Madrid

La empresa recibirá tu CV y tu carta de presentación. Podrás seguir el estado de tu
candidatura desde "Mis candidaturas".

Consejo: las empresas que leen tu CV en las primeras 48 h suelen responder antes. Completa
tu perfil al 100%.

Has recibido este email porque estás registrado en InfoJobs. No respondas a este email.""",
    company="Bóreas Eventos y Congresos", fmt="html", skin="table")

add("application_received", "successfactors volumen no individual", "es",
    ("Careers Riviera Hoteles", "careers@successfactors.eu"),
    "Confirmación de recepción de su candidatura - Director/a de Operaciones",
    """Estimado/a Tomás Herrera Vidal:

Le agradecemos su interés en Riviera Hoteles & Resorts. Por la presente le confirmamos que
hemos recibido correctamente su candidatura para la vacante Director/a de Operaciones
(Req. 24817) - Riviera Beach Torremolinos.

Nuestro equipo de Atracción de Talento revisará su perfil con detenimiento. Debido al gran
volumen de solicitudes que recibimos, lamentablemente no nos es posible responder de forma
individual a cada candidato. Si su perfil se ajusta a los requisitos, nos pondremos en
contacto con usted en las próximas semanas.

Atentamente,
Atracción de Talento
Riviera Hoteles & Resorts

Este correo electrónico se ha generado automáticamente. Por favor, no responda.""",
    company="Riviera Hoteles & Resorts", fmt="alt", skin="ats", cte="base64")

add("application_received", "teamtailor gracias casual", "es",
    ("Glamping Pirineo", "noreply@glampingpirineo.teamtailor-mail.com"),
    "¡Gracias por tu candidatura, Tomás!",
    """¡Hola Tomás!

Hemos recibido tu candidatura para Responsable de Experiencia del Huésped 🏕️. Muchas gracias
por pensar en nosotros.

Vamos a revisar todas las candidaturas con calma durante las próximas dos semanas, así que
un poco de paciencia. Te escribiremos pase lo que pase.

Un abrazo desde Jaca,
El equipo de Glamping Pirineo""",
    company="Glamping Pirineo", fmt="html", skin="ats")

add("application_received", "sede electronica justificante instancia", "es",
    ("Sede Electrónica Ayuntamiento de Sevilla", "no-responder@sede.sevilla-ayto.example.org"),
    "Justificante de registro de entrada - Solicitud de participación en proceso selectivo",
    """JUSTIFICANTE DE PRESENTACIÓN

Número de registro: REGAGE26e00014582231
Fecha y hora de presentación: 03/03/2026 12:41:07
Interesado: HERRERA VIDAL, TOMÁS
Órgano destinatario: Ayuntamiento de Sevilla - Servicio de Recursos Humanos
Asunto: Solicitud de admisión a pruebas selectivas. Técnico/a Auxiliar de Turismo (OEP 2025)

Documentos anexos: Solicitud.pdf, Titulacion.pdf, Tasa_derechos_examen.pdf

Este justificante acredita la presentación de su solicitud. Las listas provisionales de
personas admitidas y excluidas se publicarán en el Boletín Oficial de la Provincia.

Mensaje generado automáticamente. No conteste a esta dirección.""",
    company="Ayuntamiento de Sevilla", month=3, charset="iso-8859-1", cte="quoted-printable")

add("application_received", "computrabajo mexico postulacion enviada", "es",
    ("Computrabajo", "avisos@computrabajo.com.mx"),
    "Tu postulación fue enviada a Hoteles Bahía Azul",
    """Hola Tomás,

¡Listo! Tu postulación a Gerente de Alimentos y Bebidas en Hoteles Bahía Azul (Puerto
Vallarta, Jalisco) fue enviada.

Te avisaremos cuando la empresa vea tu hoja de vida.

Mientras tanto, mira otras vacantes que te pueden interesar:
- Gerente de Banquetes - Guadalajara
- Supervisor de Recepción - Zapopan

Computrabajo México""",
    company="Hoteles Bahía Azul", fmt="alt", skin="table")

add("application_received", "personio sin feedback individual", "es",
    ("Ruta Verde Experiences", "noreply@rutaverde.jobs.personio.com"),
    "Hemos recibido tu candidatura",
    """Hola Tomás:

Muchas gracias por tu interés en Ruta Verde Experiences y por presentar tu candidatura al
puesto de Operations Manager - Tour Operator (Sevilla).

Te confirmamos que la hemos recibido correctamente. Nuestro equipo la revisará en los
próximos días. Por desgracia, en esta fase no podemos ofrecer feedback individual a cada
persona candidata, pero te contactaremos si tu perfil encaja con lo que buscamos.

Saludos,
Equipo de Ruta Verde Experiences""",
    company="Ruta Verde Experiences", fmt="alt", skin="simple")

add("application_received", "consultora acusamos recibo", "es",
    ("Gonzalo Prieto", "gprieto@selectahosteleria.example.com"),
    "RE: Candidatura Gerente de Hotel Urbano - ref. SH-2291",
    """Buenos días, Tomás:

Acusamos recibo de su CV para la posición de Gerente de Hotel Urbano (ref. SH-2291). Estamos
en fase de recepción de candidaturas hasta el día 30; a partir de entonces contactaremos con
los perfiles preseleccionados.

Gracias por su confianza.

Gonzalo Prieto
Consultor
Selecta Hostelería - Consultores de Selección
Pza. de Cataluña 9, Barcelona""",
    company="Selecta Hostelería", contact="gprieto@selectahosteleria.example.com", reply=True)

add("application_received", "bumeran te postulaste", "es",
    ("Bumeran", "no-reply@bumeran.com.ar"),
    "¡Te postulaste! Jefe/a de Housekeeping - Hotel Recoleta Plaza",
    """¡Hola Tomás!

Te postulaste con éxito al aviso Jefe/a de Housekeeping de Hotel Recoleta Plaza.

Seguí el estado de tu postulación desde la app. Recordá que la empresa puede ver tu CV a
partir de hoy.

¿Sabías que los perfiles con foto reciben más vistas? Completá tu perfil.

Equipo Bumeran""",
    company="Hotel Recoleta Plaza", fmt="html", skin="table")

add("application_received", "taleo chile confirmacion postulacion", "es",
    ("Aerovías del Pacífico", "aeroviasdelpacifico@taleo.net"),
    "Confirmación de postulación - Jefe de Servicio al Pasajero (2600412)",
    """Estimado(a) Tomás Herrera Vidal,

Gracias por postular al cargo Jefe de Servicio al Pasajero (2600412) en Aerovías del
Pacífico.

Su postulación fue recibida exitosamente y será evaluada por nuestro equipo de
Reclutamiento. Puede revisar el estado de su postulación ingresando a su perfil de
candidato.

Atentamente,
Gerencia de Personas
Aerovías del Pacífico

Nota: Este es un correo generado automáticamente, por favor no responder.""",
    company="Aerovías del Pacífico", charset="iso-8859-1", cte="quoted-printable",
    header_charset="iso-8859-1")

add("application_received", "museo si no recibes noticias", "es",
    ("Museo Marítimo del Cantábrico", "empleo@museomaritimocantabrico.example.org"),
    "Recepción de candidatura - Coordinador/a de Atención al Visitante",
    """Hola Tomás,

Gracias por enviarnos tu candidatura para el puesto de Coordinador/a de Atención al
Visitante. La hemos recibido correctamente y se incorporará al proceso de selección.

Ten en cuenta que recibimos muchas solicitudes y no siempre podemos contestar a todas. Si en
el plazo de un mes no has recibido noticias nuestras, entiende que en esta ocasión tu perfil
no ha sido seleccionado.

Un saludo,
Área de Recursos Humanos
Museo Marítimo del Cantábrico""",
    company="Museo Marítimo del Cantábrico", contact="empleo@museomaritimocantabrico.example.org",
    charset="windows-1252", cte="8bit")

# English
add("application_received", "greenhouse thank you for applying", "en",
    ("Tripnest", "no-reply@us.greenhouse-mail.io"),
    "Thank you for applying to Tripnest",
    """Hi Tomás,

Thanks for applying to Tripnest! Your application for Ops Specialist, Partner Success has
been received and our team will review it shortly.

We review every application, but due to the high volume we receive, we're unable to respond
to every applicant individually. If your experience is a match, someone from the team will be
in touch.

In the meantime, check out our blog to learn more about how we work.

Best,
Tripnest Talent Team""",
    company="Tripnest", fmt="alt", skin="ats")

add("application_received", "workday we have received", "en",
    ("Oceana Cruise Holdings", "oceanacruises@myworkday.com"),
    "We have received your application",
    """Dear Tomas ,

Thank you for applying to the Shoreside Guest Operations Manager (JR-2026-1183) position at
Oceana Cruise Holdings .

We have received your application and it is now under review . You can check the status of
your application at any time in Candidate Home .

Sincerely ,
Oceana Cruise Holdings Talent Acquisition""",
    company="Oceana Cruise Holdings", fmt="html", skin="simple", month=8)

add("application_received", "indian unable individual feedback", "en",
    ("Careers - Lotus Bay Resorts", "careers@lotusbayresorts.example.in"),
    "Acknowledgement: Application for Front Office Manager",
    """Dear Tomás,

Thank you for your application for the post of Front Office Manager at Lotus Bay Resorts,
Goa. We acknowledge receipt of the same.

Unfortunately we are unable to provide individual feedback at this stage. Shortlisted
candidates will be intimated by our HR team within 15 working days.

Thanks and regards,
HR Department
Lotus Bay Resorts""",
    company="Lotus Bay Resorts", contact="careers@lotusbayresorts.example.in")

add("application_received", "cornerstone submission confirmation", "en",
    ("Talent Acquisition - Northbridge University", "noreply@csod.com"),
    "Submission Confirmation: Student Experience Manager (REQ 4412)",
    """Dear Tomás Herrera Vidal,

This message confirms that we have received your submission for the Student Experience
Manager (REQ 4412) position at Northbridge University.

Applications will be reviewed after the closing date of 30 June 2026. Shortlisted applicants
will be contacted by the hiring department.

Please do not reply to this automatically generated email.

Northbridge University - People Services""",
    company="Northbridge University", fmt="alt", skin="table", month=6)

add("application_received", "british in touch if shortlisted", "en",
    ("Recruitment Team", "recruitment@harbourviewhotels.example.co.uk"),
    "Your application - Operations Manager, Harbourview Edinburgh",
    """Dear Tomás,

Thank you for applying for the Operations Manager position at Harbourview Edinburgh. We
confirm receipt of your application.

Interviews are expected to take place w/c 18 May. We will be in touch if you have been
shortlisted; owing to the number of applications we regret we cannot reply to everyone.

Kind regards,
Recruitment Team
Harbourview Hotels""",
    company="Harbourview Hotels", contact="recruitment@harbourviewhotels.example.co.uk", month=5)

add("application_received", "lever application received casual", "en",
    ("Nomadix Stays", "no-reply@hire.lever.co"),
    "Nomadix Stays - thanks for applying!",
    """Hey Tomás,

Thanks for your interest in Guest Happiness Lead (Remote, EMEA) at Nomadix Stays 🙌

We've got your application and a real human (hi, it's Jess) will look at it within the next
10 days. Whatever happens, you'll hear back from us.

Jess & the Nomadix people team""",
    company="Nomadix Stays")

# French
add("application_received", "accusons bonne reception", "fr",
    ("Recrutement Groupe Azur Hôtellerie", "recrutement@azur-hotellerie.example.fr"),
    "Accusé de réception de votre candidature",
    """Monsieur,

Nous accusons bonne réception de votre candidature au poste de Directeur Adjoint (H/F) pour
notre établissement de Nice et vous remercions de l'intérêt que vous portez à notre groupe.

Votre dossier est en cours d'étude. En raison du nombre important de candidatures, nous ne
serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles.
Sans retour de notre part sous quatre semaines, vous pourrez considérer que votre
candidature n'a pas été retenue.

Le service Recrutement
Groupe Azur Hôtellerie""",
    company="Groupe Azur Hôtellerie", contact="recrutement@azur-hotellerie.example.fr",
    charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1")

add("application_received", "wttj style merci candidature", "fr",
    ("Voyageurs du Monde Digital", "noreply@welcometothejungle.example.com"),
    "Votre candidature a bien été envoyée !",
    """Bonjour Tomás,

Votre candidature pour le poste Customer Success Manager - Voyages sur mesure chez Voyageurs
du Monde Digital a bien été transmise.

L'équipe recrutement reviendra vers vous si votre profil correspond. En attendant, découvrez
d'autres offres qui pourraient vous plaire.

À bientôt,
L'équipe Welcome to the Jungle""",
    company="Voyageurs du Monde Digital", fmt="html", skin="table")

# German
add("application_received", "eingangsbestaetigung", "de",
    ("Bewerbermanagement Kurhaus Baden", "bewerbung@kurhaus-baden.example.de"),
    "Eingangsbestätigung Ihrer Bewerbung",
    """Sehr geehrter Herr Herrera Vidal,

hiermit bestätigen wir den Eingang Ihrer Bewerbung als Leitung Gästeservice (m/w/d). Wir
werden Ihre Unterlagen sorgfältig prüfen und melden uns innerhalb der nächsten drei Wochen
bei Ihnen.

Bitte sehen Sie von Rückfragen zum Stand des Verfahrens ab.

Mit freundlichen Grüßen
Ihr Personalteam
Kurhaus Baden

Kurhaus Baden GmbH · Kaiserallee 1 · 76530 Baden-Baden · HRB 201455 Amtsgericht Mannheim""",
    company="Kurhaus Baden", contact="bewerbung@kurhaus-baden.example.de",
    charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1")

add("application_received", "personio danke du", "de",
    ("Radlwerk Touren", "noreply@radlwerk.jobs.personio.de"),
    "Danke für deine Bewerbung!",
    """Hallo Tomás,

vielen Dank für deine Bewerbung als Teamlead Customer Experience bei Radlwerk Touren! Wir
haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Leider können wir dir in
dieser Phase kein individuelles Feedback geben, wir melden uns aber auf jeden Fall.

Sonnige Grüße aus München
Dein Radlwerk-Team""",
    company="Radlwerk Touren", fmt="alt", skin="simple")

# --- offers ------------------------------------------------------------------------------------

add("offer", "seguimiento oferta verbal", "es",
    ("Lorena Paredes", "lorena.paredes@grupotoribio.example.com"),
    "Lo hablado esta mañana",
    """Hola Tomás,

Tal y como te ha avanzado hoy Fernando por teléfono, ¡queremos que te unas al equipo como
Jefe de Banquetes! Te resumo lo que hablasteis para que lo tengas por escrito:

- Salario bruto anual: 38.000 € + variable de hasta un 10 % por objetivos
- Contrato indefinido, jornada completa, 6 meses de periodo de prueba
- Incorporación: 1 de julio
- Centro: cocina central de Getafe y eventos en Madrid

Esta semana te enviamos la carta de oferta formal. Cualquier duda, llámame.

Un abrazo,
Lorena Paredes
RRHH · Grupo Toribio Catering
T. 916 95 22 10""",
    company="Grupo Toribio Catering", contact="lorena.paredes@grupotoribio.example.com",
    month=6, charset="windows-1252", cte="quoted-printable")

add("offer", "carta oferta adjunta", "es",
    ("Irene Campos", "irene.campos@aventuramediterraneo.example.com"),
    "Carta de oferta - Responsable de Operaciones de Parque",
    """Hola Tomás,

¡Enhorabuena! Nos complace ofrecerte el puesto de Responsable de Operaciones de Parque en
Aventura Mediterráneo. Adjuntamos la carta de oferta con las condiciones (retribución,
beneficios y fecha de incorporación).

Te pedimos que nos la devuelvas firmada antes del viernes 17. Si quieres comentar algo antes,
estoy disponible toda la semana.

Un saludo,
Irene Campos
People & Culture
Aventura Mediterráneo Parque Temático""",
    company="Aventura Mediterráneo Parque Temático",
    contact="irene.campos@aventuramediterraneo.example.com",
    attachment=("Carta_oferta_THerrera.pdf", "pdf"), month=7)

add("offer", "contrato para firmar", "es",
    ("Personas Viájalo", "personas@viajalo.example.com"),
    "Tu contrato con Viájalo 🎉",
    """¡Hola Tomás!

Ya tienes disponible tu contrato como Customer Experience Lead para firmarlo
electrónicamente. Te llegará un email aparte de la plataforma de firma.

Resumen:
- Inicio: 1 de septiembre de 2026
- Modalidad: híbrida (2 días en la ofi de Barcelona)
- Salario: 45.000 € brutos/año + stock options según plan

Cuando lo firmes, te mandamos el kit de bienvenida y el acceso a Slack.

¡Qué ganas de empezar contigo!
Equipo de Personas · Viájalo""",
    company="Viájalo", contact="personas@viajalo.example.com", month=8, fmt="alt", skin="simple")

add("offer", "mexico propuesta economica", "es",
    ("Fernanda Lozano", "fernanda.lozano@agavehospitality.example.com"),
    "Propuesta laboral - Gerente de Experiencia del Huésped",
    """Estimado Tomás:

Por medio del presente, y después de concluir satisfactoriamente el proceso de selección,
tengo el gusto de hacerle llegar nuestra propuesta laboral para el puesto de Gerente de
Experiencia del Huésped en nuestro hotel de Guadalajara:

Sueldo mensual bruto: $68,000 MXN
Prestaciones superiores a las de ley: aguinaldo de 30 días, vales de despensa, SGMM
Fecha tentativa de ingreso: 3 de agosto de 2026

Quedamos atentos a su aceptación.

Saludos cordiales,
Fernanda Lozano
Gerente de Atracción de Talento
Agave Hospitality Group""",
    company="Agave Hospitality Group", contact="fernanda.lozano@agavehospitality.example.com",
    month=7)

add("offer", "chile oferta condicionada referencias", "es",
    ("Javiera Soto", "jsoto@vinaslagunaverde.example.cl"),
    "Carta oferta",
    """Hola Tomás,

¡Buenas noticias! El directorio aprobó tu contratación como Encargado de Enoturismo. Te
adjuntamos la carta oferta. La oferta queda condicionada a la verificación de referencias
laborales y a la obtención de tu visa de trabajo, en lo que te vamos a apoyar.

Para avanzar, ¿nos puedes enviar los datos de contacto de dos referencias?

Saludos,
Javiera Soto
Jefa de Personas · Viñas Laguna Verde""",
    company="Viñas Laguna Verde", contact="jsoto@vinaslagunaverde.example.cl",
    attachment=("Carta_Oferta_Herrera.pdf", "pdf"), month=8, cte="base64")

add("offer", "pleased to offer", "en",
    ("Vanessa Ortiz", "vortiz@bayfrontgrandhotel.example.com"),
    "Offer of Employment - Director of Guest Experience",
    """Dear Tomás,

On behalf of Bayfront Grand Hotel Miami, I am pleased to offer you the position of Director of
Guest Experience, reporting to the General Manager. Please find your offer letter attached,
which outlines your base salary of $92,000, bonus eligibility, relocation assistance and
benefits.

This offer is contingent upon the successful completion of a background check and
verification of your employment eligibility. Kindly sign and return the letter by
September 25.

We are thrilled at the prospect of you joining our team.

Warm regards,
Vanessa Ortiz
Human Resources Manager""",
    company="Bayfront Grand Hotel Miami", contact="vortiz@bayfrontgrandhotel.example.com",
    attachment=("Offer_Letter_Herrera_Vidal.pdf", "pdf"), month=9)

add("offer", "conditional offer agency", "en",
    ("Danny Reeves", "danny@apexhospitalityrecruit.example.com"),
    "YOU GOT IT!!!",
    """TOMÁS!!!

Seaview Resorts have made you an offer!!! 🎉🎉 Operations Manager, Palma, €52k + bonus +
accommodation for the first 3 months! It's conditional on references, so can you send me two
referees today?? Formal paperwork will come straight from their HR.

Call me when you get this!!!

Danny
Apex Hospitality Recruitment | +44 7911 123456""",
    company="Seaview Resorts", contact="danny@apexhospitalityrecruit.example.com", reply=True)

add("offer", "japanese owned formal offer", "en",
    ("Kenji Morimoto", "k.morimoto@sakurahotels-intl.example.com"),
    "Offer - Guest Relations Manager, Sakura Hotels International Porto",
    """Dear Mr. Herrera,

Following our discussions, we are glad to inform you that Sakura Hotels International would
like to offer you the position of Guest Relations Manager for our new property in Porto.

The details of the employment conditions are described in the attached document. We would
be grateful if you could confirm your acceptance by 10 October.

We are looking forward to working together with you.

Best regards,
Kenji Morimoto
Regional Director of Operations, Iberia
Sakura Hotels International""",
    company="Sakura Hotels International", contact="k.morimoto@sakurahotels-intl.example.com",
    attachment=("Offer_Conditions.pdf", "pdf"), month=10)

add("offer", "promesse d'embauche", "fr",
    ("Sophie Garnier", "s.garnier@domaine-des-cigales.example.fr"),
    "Proposition d'embauche - Responsable Hébergement",
    """Bonjour Monsieur Herrera,

Suite à nos entretiens, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le
poste de Responsable Hébergement en CDI à compter du 1er septembre. Vous trouverez ci-joint
la promesse d'embauche précisant la rémunération (3 400 € brut mensuel sur 13 mois) et les
avantages (logement de fonction pendant la saison).

Je vous remercie de me la retourner signée d'ici le 15 juillet.

Bien cordialement,
Sophie Garnier
DRH - Domaine des Cigales""",
    company="Domaine des Cigales", contact="s.garnier@domaine-des-cigales.example.fr",
    attachment=("Promesse_embauche.pdf", "pdf"), month=7, charset="windows-1252",
    cte="quoted-printable")

add("offer", "vertragsangebot", "de",
    ("Miriam Schulte", "miriam.schulte@zoo-westfalen.example.de"),
    "Ihr Vertragsangebot",
    """Hallo Herr Herrera,

wir freuen uns sehr, Ihnen die Stelle als Leitung Besucherservice anbieten zu können! Anbei
erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Vergütung nach TVöD EG 10,
Beginn zum 1. Juni 2026.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 8. Mai zurück.

Viele Grüße
Miriam Schulte
Personal · Zoo Westfalen""",
    company="Zoo Westfalen", contact="miriam.schulte@zoo-westfalen.example.de",
    attachment=("Arbeitsvertrag_Herrera.pdf", "pdf"), month=4)

# --- other: alerts, newsletters, look-alikes, the candidate's own mail -------------------------

def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Mailing-list headers as bulk senders set them."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


add("other", "linkedin alerta empleos madrid", "es",
    ("Alertas de empleo de LinkedIn", "jobalerts-noreply@linkedin.com"),
    "15 nuevos empleos de «guest experience manager» en Madrid",
    """Tus alertas de empleo

Guest Experience Manager
Hotel Orfila Gran Vía · Madrid, Comunidad de Madrid (Presencial)
Solicitud sencilla · Hace 2 días

Customer Experience Manager
Parques Reunidos del Norte · Madrid (Híbrido)
12 antiguos alumnos trabajan aquí

Responsable de Atención al Cliente - Eventos
Sala Riviera Producciones · Madrid
Sé de los primeros 25 solicitantes

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?alertId=88120

Recibes este email porque creaste una alerta de empleo. Darse de baja:
https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
    fmt="html", skin="table",
    headers=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/unsub"))

add("other", "infojobs nuevas ofertas para ti", "es",
    ("InfoJobs", "alertas@infojobs.net"),
    "Tomás, tenemos 8 ofertas nuevas que encajan contigo",
    """Ofertas que encajan con tu búsqueda "jefe de recepción" en Valencia

1. Jefe/a de Recepción - Hotel 4* Playa de la Malvarrosa - 28.000 € - 32.000 € bruto/año
2. 2º Jefe/a de Recepción - Cadena hotelera urbana - Valencia centro
3. Front Office Manager - Resort Cullera - incorporación inmediata

¿No quieres recibir más alertas? Gestiona tus avisos en tu área de candidato.""",
    fmt="html", skin="table",
    headers=bulk("<alertas.infojobs.net>", "https://www.infojobs.net/alertas/baja?id=33"))

add("other", "indeed empleos malaga", "es",
    ("Indeed", "alert@indeed.com"),
    "Jefe de recepción: 11 nuevos empleos en Málaga",
    """Empleos de jefe de recepción en Málaga, Málaga

Jefe de Recepción (H/M) - Hotel Boutique Soho - Málaga - Contratación urgente
Recepcionista con idiomas - Aparthotel Costa - Torremolinos - 1.450 € al mes
Night Auditor - Resort Benalmádena - Benalmádena

Ver más empleos
Dejar de recibir estas alertas: https://es.indeed.com/unsubscribe""",
    fmt="alt", skin="table",
    headers=bulk("<jobalert.indeed.com>", "https://es.indeed.com/unsubscribe?t=1"))

add("other", "tecnoempleo boletin semanal", "es",
    ("Tecnoempleo", "boletin@tecnoempleo.com"),
    "Boletín semanal: ofertas de Customer Success y Soporte",
    """Boletín semanal Tecnoempleo · Semana 23

Customer Success Manager (SaaS turismo) - Remoto - 35-42K
Responsable de Soporte al Cliente - Barcelona - 30-36K
Operations Analyst (travel-tech) - Madrid - Híbrido

Recibes este boletín porque te suscribiste en tecnoempleo.com. Baja:
https://www.tecnoempleo.com/baja-boletin""",
    fmt="html", skin="simple",
    headers=bulk("<boletin.tecnoempleo.com>", "https://www.tecnoempleo.com/baja-boletin"))

add("other", "newsletter sector rechazo entrevista", "es",
    ("Empleo Turístico Newsletter", "newsletter@empleoturistico.example.com"),
    "Cómo encajar un «no» después de la entrevista (y qué responder)",
    """NEWSLETTER EMPLEO TURÍSTICO · Nº 212

Cómo encajar un «no» después de la entrevista
"Lamentamos comunicarle que no ha sido seleccionado." Todos hemos recibido ese correo. Te
contamos cómo responder con elegancia, pedir feedback y dejar la puerta abierta: muchos
directores de hotel recuerdan a los candidatos que contestaron bien a un rechazo.

Además en este número:
- Entrevistas por videollamada: 7 errores que te descartan
- Las cadenas que más contratan para la temporada de verano
- Agenda: jornada de puertas abiertas de escuelas de hostelería

Leer en la web · Darse de baja""",
    fmt="html", skin="table",
    headers=bulk("Newsletter Empleo Turistico <news.empleoturistico.example.com>",
                 "https://empleoturistico.example.com/baja?u=7781"))

add("other", "blog consejos llegar tarde entrevista", "es",
    ("Carrera Pro", "hola@carrerapro.example.com"),
    "¿Se te pasó la entrevista? Esto es lo que debes hacer",
    """Hola Tomás,

Esta semana, una pregunta que nos llega mucho: "Me olvidé de la entrevista y no me conecté,
¿qué hago?" Respuesta corta: escribe cuanto antes, asume la responsabilidad y propón nuevas
fechas. Te dejamos una plantilla en el blog.

También: cómo preparar una dinámica de grupo y qué esperar de un assessment center.

Un abrazo,
Equipo Carrera Pro

Te has suscrito en carrerapro.example.com. Si no quieres recibir más correos, date de baja
aquí.""",
    fmt="alt", skin="simple",
    headers=bulk("<semanal.carrerapro.example.com>", "mailto:baja@carrerapro.example.com"))

add("other", "headhunter red de talento sin entrevista", "es",
    ("Patricia Lobo", "patricia.lobo@vertexhunting.example.com"),
    "Tomás, ¿te unes a nuestra red?",
    """Hola Tomás,

Soy Patricia, de Vertex Hunting. Trabajamos con cadenas hoteleras y grupos de ocio en España
y LATAM y estamos ampliando nuestra comunidad de directivos de operaciones.

Ahora mismo no tengo una posición concreta para ti, pero me encantaría que tu perfil
estuviera en nuestro radar. Si te apetece, puedes subir tu CV aquí:
https://vertexhunting.example.com/talento

¡Un saludo y mucho éxito!
Patricia Lobo
Research Consultant · Vertex Hunting""",
    contact="patricia.lobo@vertexhunting.example.com")

add("other", "radio entrevista programa turismo", "es",
    ("Quique Navarro", "quique.navarro@ondalevante.example.com"),
    "Entrevista en 'Destino Levante'",
    """Hola Tomás!

Soy Quique, productor de "Destino Levante", el programa de turismo de Onda Levante Radio.
Nos ha pasado tu contacto Pablo Esteve, de la feria. Estamos preparando un especial sobre el
trabajo invisible detrás de los congresos y nos encantaría hacerte una entrevista de unos 10
minutos, grabada por teléfono, la semana que viene.

¿Te animas? Dime qué día te va mejor.

Quique Navarro
Producción · Onda Levante Radio""",
    contact="quique.navarro@ondalevante.example.com")

add("other", "user research glovo style", "es",
    ("Equipo de Research de Repartos Ya", "research@repartosya.example.com"),
    "¿Nos ayudas? Entrevista de 30 min (+30 € de regalo)",
    """Hola Tomás,

Estamos rediseñando la experiencia de pedidos en grupo de la app y buscamos usuarios como tú
para una entrevista de 30 minutos por videollamada. No hay respuestas correctas: solo
queremos entender cómo pides.

Como agradecimiento, te regalamos 30 € en créditos.

Reserva tu hueco aquí: https://research.repartosya.example.com/agenda

Gracias,
Lucía · UX Research, Repartos Ya""",
    reply_to=("Lucía Gómez", "lucia.gomez@repartosya.example.com"),
    contact="lucia.gomez@repartosya.example.com", fmt="alt", skin="simple")

add("other", "amiga cuenta su rechazo", "es",
    ("Carla Méndez", "carla.mendez.r@example.org"),
    "jo...",
    """Tomiii

Al final me han dicho que no en lo de Iberalia 😩 "hemos decidido seguir adelante con otros
candidatos cuyo perfil se ajusta más..." vamos, lo de siempre. Después de tres entrevistas
y el assessment!!

Bueno, ¿cañas el viernes y me lo cuentas tú lo tuyo? Que me dijiste que tenías lo de la
feria.

Besos
C.

Enviado desde mi iPhone""",
    contact="carla.mendez.r@example.org")

add("other", "correos envio retrasado", "es",
    ("Correos", "notificaciones@correos.example.es"),
    "Tu envío PQ4B2X0412345670128001N sufre un retraso",
    """Hola,

Lamentablemente tu envío con número PQ4B2X0412345670128001N está sufriendo un retraso en su
entrega por causas ajenas a Correos. Estamos trabajando para que lo recibas lo antes posible.

Puedes consultar su situación en correos.es o en la app.

Este es un mensaje automático, por favor no respondas.""",
    fmt="html", skin="table")

add("other", "gps posicion localizador", "es",
    ("LocaliZa GPS", "alertas@localizagps.example.com"),
    "Alerta: tu dispositivo ha cambiado de posición",
    """Alerta de geovalla

Dispositivo: Moto (Honda PCX)
Nueva posición: 39.4699° N, 0.3763° W - C/ Colón, Valencia
Hora: 02:14

El dispositivo ha salido de la zona "Casa". Si no reconoces este movimiento, revisa la
ubicación en la app.

LocaliZa GPS · No respondas a este mensaje""")

add("other", "banco solicitud tarjeta recibida", "es",
    ("Banco Meridional", "noreply@bancomeridional.example.es"),
    "Hemos recibido tu solicitud de Tarjeta Oro",
    """Hola Tomás,

Te confirmamos que hemos recibido tu solicitud de Tarjeta de Crédito Oro. Nuestro equipo de
riesgos la está revisando y te daremos una respuesta en un plazo máximo de 72 horas.

Recuerda que nunca te pediremos tus claves por email ni por teléfono.

Banco Meridional""",
    fmt="alt", skin="table")

add("other", "inmobiliaria alquiler otro inquilino", "es",
    ("Elena | Inmobiliaria Ruzafa", "elena@inmoruzafa.example.com"),
    "Piso C/ Sueca 41 - 3º",
    """Hola Tomás,

Te escribo sobre el piso de la calle Sueca. Lamentablemente el propietario se ha decidido
por otro inquilino que ya tenía toda la documentación entregada (nóminas y aval). Siento no
traerte mejores noticias.

Si quieres, te aviso cuando entre algo parecido por la zona de Ruzafa.

Elena Soler
Inmobiliaria Ruzafa · 963 74 20 11""",
    contact="elena@inmoruzafa.example.com")

add("other", "universidad admision master", "es",
    ("Posgrado - Universidad del Atlántico", "posgrado@uatlantico.example.es"),
    "Resolución de admisión - Máster en Dirección de Empresas Turísticas",
    """Estimado/a estudiante:

Le comunicamos que la Comisión Académica del Máster Universitario en Dirección de Empresas
Turísticas ha resuelto su solicitud de admisión con el resultado: ADMITIDO/A.

Dispone de 10 días naturales para formalizar la reserva de plaza en la secretaría virtual.

Vicerrectorado de Posgrado
Universidad del Atlántico""",
    contact="posgrado@uatlantico.example.es", charset="iso-8859-1", cte="quoted-printable")

add("other", "agencia tributaria notificacion deh", "es",
    ("Agencia Tributaria", "noreply@correo.aeat.example.es"),
    "Aviso de notificación disponible",
    """Agencia Tributaria

Le informamos de que tiene una notificación pendiente de la Agencia Estatal de
Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).

Titular: HERRERA VIDAL TOMAS
Procedimiento: Comprobación limitada IRPF 2024

Dispone de 10 días naturales para acceder. Transcurrido dicho plazo, la notificación se
entenderá rechazada.

Este mensaje se ha generado automáticamente.""",
    charset="iso-8859-1", cte="quoted-printable")

add("other", "seguridad social vida laboral", "es",
    ("Seguridad Social", "no-reply@seg-social.example.es"),
    "Su informe de vida laboral",
    """Estimado/a ciudadano/a:

Le remitimos adjunto el Informe de Vida Laboral solicitado a través de Import@ss. El
documento está protegido con contraseña: los 8 primeros caracteres de su DNI/NIE.

Tesorería General de la Seguridad Social""",
    attachment=("VidaLaboral.pdf", "pdf"))

add("other", "sepe cita previa confirmada", "es",
    ("SEPE", "citaprevia@sepe.example.es"),
    "Confirmación de cita previa",
    """Su cita previa ha sido confirmada.

Oficina: Oficina de Prestaciones Valencia - Ruzafa
Fecha: 14/04/2026
Hora: 09:20
Trámite: Solicitud de prestación por desempleo

Si no puede asistir, anule la cita para que otra persona pueda utilizarla.

Servicio Público de Empleo Estatal""", month=4)

add("other", "renfe tren cancelado cambio viaje", "es",
    ("Renfe", "venta@renfe.example.es"),
    "Cambio en tu viaje Valencia - Madrid",
    """Hola Tomás,

Por incidencias en la infraestructura, el tren AVE 05131 Valencia Joaquín Sorolla - Madrid
Puerta de Atocha del 08/06/2026 a las 07:40 ha sido cancelado.

Te hemos reubicado en el tren 05141 con salida a las 08:40. Si prefieres, puedes anular sin
gastos desde Mis viajes.

Renfe Viajeros""",
    fmt="html", skin="table", month=6)

add("other", "iberdrola factura", "es",
    ("Iberdrola Clientes", "clientes@iberdrola.example.es"),
    "Tu factura de luz de mayo ya está disponible",
    """Hola Tomás,

Ya puedes consultar tu factura de electricidad del periodo 01/05/2026 - 31/05/2026.

Importe: 48,37 €
Fecha de cargo: 15/06/2026

Accede a tu Área Clientes para descargarla.""",
    fmt="html", skin="table", month=6, charset="windows-1252", cte="quoted-printable")

add("other", "gimnasio clase cancelada", "es",
    ("FitBox Ruzafa", "reservas@fitboxruzafa.example.com"),
    "Clase cancelada: Spinning 19:00",
    """Hola Tomás!

Te avisamos de que la clase de Spinning de hoy a las 19:00 queda cancelada porque el monitor
está de baja. Te hemos devuelto el crédito a tu bono.

Nos vemos pronto 💪
FitBox Ruzafa""")

add("other", "streaming renovacion suscripcion", "es",
    ("StreamPlus", "info@streamplus.example.com"),
    "Tu suscripción se renueva el 3 de octubre",
    """Hola Tomás,

Te recordamos que tu plan Estándar con anuncios se renovará automáticamente el 3 de octubre
por 6,99 €. No tienes que hacer nada.

Estrenos de este mes: "El Hotel" (temporada 2), "Cocinas de Lima".

StreamPlus""",
    fmt="html", skin="table", month=9,
    headers=bulk("<info.streamplus.example.com>", "https://streamplus.example.com/unsub"))

add("other", "correo propio pide cambio de hora", "es",
    ME, "Re: Entrevista Gerente de Servicio - Polanco",
    """Hola Daniela,

Muchas gracias por la invitación. ¿Sería posible mover la entrevista del jueves a las 12:00
en lugar de a las 11:00? Tengo una cita médica a primera hora.

Quedo atento, un saludo,
Tomás Herrera Vidal
+34 655 000 111"""
    + es_quote("mar, 3 mar 2026 a las 17:20", "Daniela Ruelas",
               "daniela.ruelas@casamezcalgrupo.example.com",
               "Hola Tomás, te esperamos el jueves a las 11 en Polanco para la entrevista con el "
               "gerente.\n\nSaludos,\nDani"),
    to=("Daniela Ruelas", "daniela.ruelas@casamezcalgrupo.example.com"), reply=True, month=3)

add("other", "correo propio agradecimiento entrevista", "es",
    ME, "Gracias por la entrevista",
    """Hola Pablo,

Quería darte las gracias por la entrevista de esta mañana y por enseñarme el recinto. Me
quedo con muchas ganas de trabajar en la próxima edición de la feria.

Un saludo,
Tomás""",
    to=("Pablo Esteve", "pablo.esteve@fira-llevant.example.com"), month=6)

add("other", "respuesta automatica fuera de oficina", "es",
    ("Gonzalo Prieto", "gprieto@selectahosteleria.example.com"),
    "Respuesta automática: Candidatura Gerente de Hotel Urbano",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 10 de agosto, con acceso
limitado al correo. Para asuntos urgentes, puede contactar con seleccion@selectahosteleria.example.com.

Un saludo,
Gonzalo Prieto""",
    contact="gprieto@selectahosteleria.example.com", month=8,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("other", "calendario reunion voluntarios", "es",
    ("Google Calendar", "calendar-notification@google.com"),
    "Recordatorio: Reunión semanal voluntariado Festival de Jazz @ mié 1 jul 2026 19:00 - 19:30",
    """Reunión semanal voluntariado Festival de Jazz
Cuándo: miércoles, 1 de julio de 2026 19:00 - 19:30 (hora central europea - Madrid)
Unirse con Google Meet: https://meet.google.com/abc-defg-hij
Calendario: tomas.herrera@example.com
Quién: marta.voluntariado@festivaljazzvlc.example.org - organizador

Recibes este correo porque tienes activadas las notificaciones de eventos.""",
    fmt="alt", skin="simple", month=7)

# English other
add("other", "linkedin job alert miami", "en",
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    "“guest experience director”: Bayfront Grand Hotel Miami and 9 more new jobs",
    """Your job alert for guest experience director in Miami, FL

Director of Guest Experience - Bayfront Grand Hotel Miami - Miami, FL (On-site)
Actively recruiting

Guest Services Director - Coral Bay Resort & Marina - Key Biscayne, FL
Be an early applicant

See all jobs: https://www.linkedin.com/comm/jobs/search?alertId=99812

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/unsub
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    fmt="html", skin="table",
    headers=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/unsub"))

add("other", "indeed digest remote cx", "en",
    ("Indeed", "donotreply@match.indeed.com"),
    "Tomás, 12 new remote Customer Experience Manager jobs",
    """Remote Customer Experience Manager jobs picked for you

Customer Experience Manager - Roamly Travel - Remote (EMEA) - $70K-$85K a year
Easily apply

CX Operations Manager - Bookstay - Remote - Responsive employer

Senior Manager, Guest Support - PeakPass Events - Remote

View all jobs | Unsubscribe | Indeed, 6433 Champion Grandview Way, Austin TX""",
    fmt="html", skin="table",
    headers=bulk("<jobs.match.indeed.com>", "https://www.indeed.com/unsubscribe?ja=33"))

add("other", "career newsletter bounce back rejection", "en",
    ("The Hospitality Career Letter", "letter@hospitalitycareerletter.example.com"),
    "Issue #88: “We regret to inform you…” and what to do next",
    """THE HOSPITALITY CAREER LETTER - Issue #88

This week: rejection. Every reader of this letter has had the email that starts "After
careful consideration, we have decided not to move forward". We asked five GMs what a
candidate can do next, and the answer was unanimous: reply graciously, ask one specific
question, and stay in touch.

Also inside:
- Missed an interview? A three-line apology that works
- Offer negotiation for shift-based roles
- Jobs board: 40 new operations roles this week

You're receiving this because you subscribed. Manage preferences | Unsubscribe""",
    fmt="alt", skin="table",
    headers=bulk("The Hospitality Career Letter <88.hospitalitycareerletter.example.com>",
                 "https://hospitalitycareerletter.example.com/unsubscribe/tomas"))

add("other", "recruiter cold inmail no interview", "en",
    ("Ryan Castillo", "ryan.castillo@northstartalent.example.com"),
    "Opportunities in guest experience",
    """Hi Tomás,

I came across your profile and was impressed by your background in large-scale events and
hospitality operations. At NorthStar Talent we partner with leading travel and leisure brands
across the US and Europe.

While I don't have a specific role for you right now, I'd love to keep you in mind for future
opportunities. Feel free to check out our open roles at northstartalent.example.com/jobs.

Best,
Ryan Castillo
Talent Partner | NorthStar Talent""",
    contact="ryan.castillo@northstartalent.example.com")

add("other", "podcast interview request", "en",
    ("Maya Chen", "maya@behindthelobby.example.com"),
    "Podcast interview?",
    """Hi Tomás,

I host "Behind the Lobby", a podcast about the people who make hotels and events work. A
friend from Fira Llevant mentioned your story of running guest services for a 5,000-person
congress during a transport strike - we'd love to interview you for an episode!

It's a relaxed 45-minute recorded conversation over Riverside. Any chance you're free in the
next couple of weeks?

Cheers,
Maya Chen
Host & Producer, Behind the Lobby""",
    contact="maya@behindthelobby.example.com")

add("other", "user research interview gift card", "en",
    ("Roamly Research", "research@roamly.example.com"),
    "Share your travel planning story - $50 for a 45-min interview",
    """Hi Tomás,

Thanks for being a Roamly user! Our product team is running user interviews about how you
plan group trips. Sessions are 45 minutes over video, and you'll receive a $50 gift card as a
thank-you.

Pick a time: https://roamly.example.com/research/schedule

This is not a sales call, and your answers stay confidential.

The Roamly Research Team""",
    fmt="alt", skin="ats")

add("other", "friend english rejection story", "en",
    ("Sam O'Connell", "sam.oconnell@example.net"),
    "Fwd: Your application to Lumen Travel",
    """Mate. Got the "we've decided to pursue other candidates" email from the Lumen lot this
morning. Four rounds! And a case study! Honestly I'm gutted.

Anyway - pints when you're in Dublin? How's your stuff going, did the Miami hotel thing
ever get back to you?

Sam

---------- Forwarded message ---------
From: Lumen Travel Recruiting <no-reply@lumentravel.example.com>
Date: Wed, 1 Jul 2026 at 09:40
Subject: Your application to Lumen Travel
To: <sam.oconnell@example.net>

Hi Sam,

Thank you for the time you invested in our process for the Partner Operations Manager role.
After careful consideration, we've decided to pursue other candidates whose experience more
closely matches our needs at this time.

We wish you the best in your search.
The Lumen Travel Talent Team""",
    contact="sam.oconnell@example.net", month=7)

add("other", "order delayed", "en",
    ("Packwell Store", "orders@packwell.example.com"),
    "Unfortunately your order #PW-55182 is delayed",
    """Hi Tomás,

Unfortunately your order #PW-55182 (Carry-on Travel Backpack 40L, Slate) is delayed due to
high demand at our warehouse. The new estimated delivery date is 14 October.

We're sorry for the wait. You can cancel for a full refund at any time from your account.

The Packwell Team""",
    fmt="html", skin="table", month=10)

add("other", "own sent follow up english", "en",
    ME, "Following up - Senior CX Operations Manager",
    """Hi Nadia,

I hope you're well. I wanted to follow up on my interview with Ana and Greg last Thursday
for the Senior CX Operations Manager role. I really enjoyed the conversation about partner
escalations and I'm still very interested.

Is there any update on next steps?

Best regards,
Tomás Herrera Vidal""",
    to=("Nadia Kowalski", "nadia.kowalski@lumentravel.example.com"), month=7)

add("other", "recruiter out of office", "en",
    ("Tom Ashworth", "tom.ashworth@greenwoodleisure.example.co.uk"),
    "Automatic reply: Thursday",
    """Thank you for your email. I am currently on annual leave, returning on Monday 13 April,
with no access to email. For anything urgent please contact recruitment@greenwoodleisure.example.co.uk.

Kind regards,
Tom Ashworth""",
    contact="tom.ashworth@greenwoodleisure.example.co.uk", month=4,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("other", "calendar standup notification", "en",
    ("Google Calendar", "calendar-notification@google.com"),
    "Notification: Daily standup - Congress Ops freelance @ Mon Jun 15, 2026 9:30am - 9:45am",
    """Daily standup - Congress Ops freelance
When: Monday Jun 15, 2026 9:30am - 9:45am (CEST)
Joining info: https://meet.google.com/xyz-abcd-efg
Calendar: tomas.herrera@example.com

Invitation from Google Calendar. You are receiving this email because you have
notifications enabled for this event.""",
    fmt="alt", skin="simple", month=6)

add("other", "credit card application received", "en",
    ("Sunshine State Bank", "alerts@sunshinestatebank.example.com"),
    "We've received your application",
    """Hello Tomás,

Thank you for applying for the Sunshine Rewards Visa Signature card. We've received your
application and are reviewing it. Most decisions are made within 7-10 business days; if we
need more information we'll contact you.

Application reference: SSB-77120045

Sunshine State Bank, Member FDIC. Please do not reply to this email.""",
    fmt="alt", skin="table")

add("other", "university admission decision regret", "en",
    ("Graduate Admissions", "gradadmissions@lisbonbusinessschool.example.pt"),
    "Decision on your application - MSc Hospitality Management",
    """Dear Tomás,

Thank you for your application to the MSc in Hospitality Management at Lisbon Business
School for the 2026/27 intake.

The Admissions Committee has now reviewed your file. We regret that we are unable to offer
you a place on the programme this year, given the very high number of applications received.

We wish you every success in your future studies.

Graduate Admissions Office
Lisbon Business School""",
    contact="gradadmissions@lisbonbusinessschool.example.pt", month=5)

add("other", "hosco style weekly careers", "en",
    ("Hosco", "newsletter@hosco.example.com"),
    "This week in hospitality careers: 5 interview questions GMs love",
    """Hi Tomás,

5 interview questions GMs love (and how to answer them)
What to do if you're rejected after a trial shift
Featured employers hiring now: Riviera Hoteles & Resorts, Nomadix Stays, Coral Bay Resort

Explore 1,200 new jobs on Hosco.

You're receiving this newsletter as a Hosco member. Unsubscribe.""",
    fmt="html", skin="table",
    headers=bulk("<weekly.hosco.example.com>", "https://www.hosco.example.com/unsubscribe"))

# French other
add("other", "alerte emploi hosco fr", "fr",
    ("Alertes Emploi Hôtellerie", "alertes@emploi-hotellerie.example.fr"),
    "6 nouvelles offres : Responsable réception - Lyon",
    """Vos nouvelles offres d'emploi

Responsable réception (H/F) - Hôtel 4* Presqu'île - Lyon 2e - CDI
Chef de réception - Résidence hôtelière - Villeurbanne - CDI
Night auditor - Hôtel Confluence - Lyon - CDD saison

Modifier mon alerte · Se désabonner""",
    fmt="html", skin="table",
    headers=bulk("<alertes.emploi-hotellerie.example.fr>",
                 "https://emploi-hotellerie.example.fr/desabonnement"))

add("other", "newsletter carriere refus", "fr",
    ("Le Mag Carrières", "lettre@magcarrieres.example.fr"),
    "Refus après entretien : comment rebondir",
    """LE MAG CARRIÈRES - La lettre du jeudi

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue » : ce
message, nous l'avons tous reçu. Nos conseils pour répondre avec élégance et demander un
retour constructif.

À lire aussi : entretien manqué, comment s'excuser ; la promesse d'embauche vaut-elle
contrat ?

Vous recevez cette lettre car vous êtes inscrit. Se désinscrire.""",
    fmt="alt", skin="table",
    headers=bulk("<jeudi.magcarrieres.example.fr>", "mailto:desinscription@magcarrieres.example.fr"))

add("other", "colis retarde", "fr",
    ("Colirapide", "ne-pas-repondre@colirapide.example.fr"),
    "Votre colis a du retard",
    """Bonjour,

Malheureusement, votre colis n° 6A21045879123 ne pourra pas être livré à la date prévue en
raison d'un incident d'acheminement. Nouvelle date estimée : jeudi 18 juin.

Nous vous prions de nous excuser pour la gêne occasionnée.

Colirapide - Service client""",
    fmt="html", skin="table", month=6)

add("other", "journaliste interview presse", "fr",
    ("Aurélie Martin", "a.martin@tourisme-hebdo.example.fr"),
    "Demande d'interview - dossier événementiel",
    """Bonjour Monsieur Herrera,

Je suis journaliste à Tourisme Hebdo et je prépare un dossier sur l'organisation des grands
congrès en Espagne. Votre nom m'a été recommandé par l'équipe de Fira Llevant.

Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique de 20
minutes la semaine prochaine ?

Bien cordialement,
Aurélie Martin
Tourisme Hebdo""",
    contact="a.martin@tourisme-hebdo.example.fr")

add("other", "assurance demande recue", "fr",
    ("Assurvoyage Client", "service-client@assurvoyage.example.fr"),
    "Votre demande de souscription a bien été reçue",
    """Bonjour Tomás,

Nous avons bien reçu votre demande de souscription à l'assurance Multirisque Voyage Annuelle.
Votre dossier est en cours d'étude ; vous recevrez votre attestation sous 48 heures.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

Assurvoyage""",
    fmt="alt", skin="simple")

# German other
add("other", "stepstone jobagent", "de",
    ("StepStone Jobagent", "jobagent@stepstone.de"),
    "7 neue Jobs für „Gästeservice Leitung“",
    """Ihr Jobagent hat neue Stellenangebote gefunden

Leitung Gästeservice (m/w/d) - Therme Bad Vilbel - Vollzeit
Front Office Manager (m/w/d) - Hotel am Dom - Köln
Teamleitung Kundenservice Reisen (m/w/d) - Remote

Alle Jobs ansehen · Jobagent bearbeiten · Abmelden""",
    fmt="html", skin="table",
    headers=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden"))

add("other", "karriere newsletter absage", "de",
    ("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
    "Absage nach dem Vorstellungsgespräch - und jetzt?",
    """KARRIERE-KOMPASS · Newsletter 34/2026

„Leider müssen wir Ihnen mitteilen …“ - Absagen gehören dazu. Wir zeigen, wie Sie souverän
antworten, um Feedback bitten und im Gespräch bleiben.

Außerdem: Vorstellungsgespräch verpasst? So entschuldigen Sie sich richtig.

Newsletter abbestellen | Impressum""",
    fmt="alt", skin="table",
    headers=bulk("<newsletter.karriere-kompass.example.de>",
                 "https://karriere-kompass.example.de/abmelden"))

add("other", "paket verspaetet", "de",
    ("PaketBlitz", "noreply@paketblitz.example.de"),
    "Ihre Sendung verzögert sich",
    """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094012345. Grund: hohes
Sendungsaufkommen im Verteilzentrum. Neuer voraussichtlicher Zustelltag: Mittwoch.

Ihr PaketBlitz-Team""",
    charset="iso-8859-1", cte="quoted-printable")

add("other", "nutzerinterview umfrage", "de",
    ("Lena vom Bahnreise-App-Team", "lena.research@bahnreise-app.example.de"),
    "Hast du 30 Minuten für ein Interview?",
    """Hallo Tomás,

wir entwickeln unsere App weiter und suchen Reisende für ein 30-minütiges Nutzerinterview
per Video. Als Dankeschön gibt es einen 25-€-Gutschein.

Hier kannst du dir einen Termin aussuchen: https://bahnreise-app.example.de/research

Danke und liebe Grüße
Lena, UX Research""",
    contact="lena.research@bahnreise-app.example.de")

add("other", "wohnungsabsage", "de",
    ("Hausverwaltung Kranich", "vermietung@hv-kranich.example.de"),
    "Ihre Anfrage zur Wohnung Lindenstraße 8",
    """Sehr geehrter Herr Herrera Vidal,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Lindenstraße 8. Leider müssen
wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten
entschieden hat.

Mit freundlichen Grüßen
Hausverwaltung Kranich""",
    contact="vermietung@hv-kranich.example.de", charset="iso-8859-1", cte="quoted-printable",
    header_charset="iso-8859-1")


if __name__ == "__main__":
    main()
