"""Writes the thirty-fifth labelled corpus: Lucía Fernández Ortega's job-search inbox, Feb-Oct 2026.

Run `python tests/corpus_thirtyfifth/make_thirtyfifth.py` to rewrite every .eml and labels.csv.
Each message below is written out by hand (no templates with names swapped); this script only
wraps the text in the MIME structure, charset and transfer encoding chosen for it, so the
corpus varies in structure as real mail does. Imports only the standard library.
"""

from __future__ import annotations

import base64
import csv
import html as htmllib
import quopri
import re
import shutil
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = ("Lucía Fernández Ortega", "lucia.fernandez@example.org")
NOREPLY = re.compile(
    r"(no-?reply|do-?not-?reply|donotreply|notifications?@|notificaciones@|mailer-daemon|alerts?@|news(letter)?@|"
    r"jobalerts?|info@mailing|bounce|ne-pas-repondre|no-contestar)",
    re.I,
)
FOOTER = {"es": "Preferencias", "en": "Email preferences", "de": "Einstellungen", "fr": "Préférences"}


@dataclass
class Mail:
    """One hand-written message and its labels."""

    kind: str
    lang: str
    scen: str
    frm: str  # "Name <addr>" or "addr"
    subject: str
    body: str
    company: str = ""
    reply_to: str = ""
    fmt: str = "plain"  # plain | html | alt
    cs: str = "utf-8"
    cte: str = "qp"  # qp | b64 | 7bit
    html: str = ""
    ics: str = ""
    quote: tuple[str, ...] = ()  # (style, who, when, text)
    headers: dict[str, str] = field(default_factory=dict)
    to: str = ""
    contact: str | None = None  # None: derived by the label rule
    subj_cs: str = "utf-8"
    parent: str = ""  # scenario of the corpus message this one replies to

# When each message arrived (UTC), where its text names days; the rest are spread Feb-Oct.
DATES = {
    "fintech_tras_entrevista": "02-16 10:05", "oferta_verbal_seguimiento": "07-20 17:40",
    "entrevista_hiring_manager_ics": "03-02 10:05", "mover_entrevista_imprevisto": "03-10 19:30",
    "mx_usted_entrevista_presencial": "03-16 18:00", "mx_cambio_horario": "03-20 22:45",
    "mx_no_se_presento": "03-24 20:10", "siguiente_fase_tecnica": "03-31 11:20",
    "headhunter_charla_rapida": "04-16 09:05", "headhunter_cliente_aplaza": "04-19 19:30",
    "teamtailor_autoagenda": "04-02 08:15", "co_prueba_psicotecnica_y_entrevista": "04-09 15:00",
    "co_reprogramacion_formal": "04-15 16:30", "no_te_conectaste_teams": "04-20 13:25",
    "ar_vos_panel_final": "05-12 21:00", "ar_suspendemos_panel": "05-19 23:40",
    "ar_oferta_vos": "06-03 18:00", "universidad_entrevista_comision": "04-21 12:00",
    "universidad_aplazamiento": "04-29 16:00", "mensaje_escueto_movil": "05-06 20:14",
    "factorial_segunda_ronda": "05-11 08:00", "cancelada_ics": "05-19 07:10",
    "propio_agradecimiento_entrevista": "05-28 12:30", "contrato_firmar_es": "06-10 10:00",
    "workday_autoagendar_retail": "06-15 05:00", "calendly_primera_llamada": "02-23 08:40",
    "te_llamamos_no_contestaste": "02-27 09:20", "goodtime_schedule": "07-06 15:00",
    "goodtime_rescheduled_notice": "07-24 16:00", "ooo_recruiter": "07-27 10:00",
    "quick_chat_casual": "03-04 18:20", "no_show_short": "03-06 20:20",
    "greenhouse_move_next_stage": "07-01 14:00", "recruiter_move_earlier": "07-06 17:00",
    "pleased_to_offer": "08-06 16:30", "candidate_survey": "08-20 12:00",
    "indian_phone_screen": "06-02 07:30", "tried_calling_scheduled_time": "06-08 12:35",
    "agency_onsite_exclaim": "06-05 20:00", "agency_client_rebook": "06-12 14:45",
    "teams_invite_chinese_owned": "06-12 03:00", "did_not_join_teams": "06-23 15:20",
    "linkedin_recruiter_interview": "07-07 13:00", "cancel_role_paused_interview": "07-07 22:10",
    "einladung_vorstellungsgespraech": "06-26 09:00", "termin_verschieben": "07-10 11:00",
    "abwesenheitsnotiz": "07-10 14:02", "zweite_runde_du": "07-13 16:00",
    "absage_termin_krank": "07-15 18:30", "entretien_telephonique": "02-04 09:30",
    "report_entretien": "02-10 17:00", "appel_sans_reponse": "02-13 09:15",
    "entretien_sur_site_lisbonne": "07-22 10:00", "annulation_entretien_poste_gele": "08-03 17:30",
    "recruteuse_quebec_visio": "08-12 14:00", "absente_visio": "08-21 14:45",
    "smartrecruiters_etude_cas": "08-24 08:00", "promesse_embauche": "09-10 10:00",
    "nicht_erschienen": "05-19 12:20", "absage_nach_interview_du": "05-26 09:00",
    "ar_te_esperamos_meet": "03-12 18:20", "ar_vos_descartada": "03-27 15:00",
    "greenhouse_post_takehome": "04-08 11:00", "fuera_oficina_recruiter": "04-08 13:40",
    "vacante_congelada_co": "05-05 21:00", "co_propuesta_condicionada": "09-01 20:00",
    "lever_mx_cancelada": "02-26 19:00", "carta_oferta_adjunta_mx": "06-17 20:00",
    "personio_absage": "03-03 10:00", "vertragsangebot": "09-15 09:00",
    "british_shant_progress": "04-28 10:00", "conditional_offer_uk": "09-24 11:00",
    "propio_seguimiento_enviado": "04-16 10:00", "ong_muy_corto": "04-24 12:30",
    "puesto_cubierto_corto": "03-05 08:10", "very_short_manager": "05-11 16:02",
    "poste_pourvu_tutoiement": "04-22 19:45", "refus_apres_entretien": "03-25 10:00",
    "absence_bureau": "03-25 11:12", "indian_regret_to_inform": "05-20 06:00",
    "agency_verbal_offer": "08-27 21:00", "agency_relayed_exclaim": "05-14 15:00",
    "british_university_ack": "05-04 09:00", "ong_recibida_corto": "06-10 09:00",
    "consultora_recibido_cl": "05-11 14:30", "administracion_publica_registro": "03-17 11:41",
    "peru_tras_dinamica": "04-17 21:00", "calendario_daily_standup": "03-16 08:20",
    "calendar_standup_outlook": "09-08 07:50", "renfe_billete": "04-28 20:00",
    "correos_envio_retrasado": "04-20 09:00", "alsa_retraso": "05-22 12:00",
    "podcast_entrevista": "04-14 10:30", "interview_radio_fr": "08-27 09:10",
    "streaming_pago_fallido": "06-05 04:00", "gimnasio_cuota": "04-01 06:00",
    "universidad_admision_master": "06-25 11:00", "university_admission_toronto": "04-02 19:00",
    "inmobiliaria_piso_rechazado": "03-12 13:00", "admission_master_fr": "06-12 10:00",
    "amiga_cuenta_rechazo": "05-22 21:00", "amie_refus": "08-07 20:00",
    "friend_own_rejection": "07-10 23:30", "reenvio_invitacion_manager": "03-11 08:50",
    "madre_reenvia_oferta": "05-07 18:00", "own_offer_acceptance": "08-07 09:15",
    "outlook_chain_after_references": "09-21 15:00", "seguridad_social_vida_laboral": "03-09 08:00",
}


MAILS: list[Mail] = []


def m(*args: object, **kw: object) -> None:
    MAILS.append(Mail(*args, **kw))  # type: ignore[arg-type]


def _addr(text: str) -> tuple[str, str]:
    name, addr = parseaddr(text)
    return name, addr


def contact_of(mail: Mail) -> str:
    """The label rule: Reply-To if human, else the human sender, else empty."""
    if mail.contact is not None:
        return mail.contact
    for text in (mail.reply_to, mail.frm):
        addr = _addr(text)[1] if text else ""
        if addr and not NOREPLY.search(addr) and addr.lower() != ME[1]:
            return addr
    return ""


def _quote_block(mail: Mail, style: str, who: str, when: str, text: str) -> str:
    heads = {
        "gmail": f"On {when}, {who} wrote:",
        "es": f"El {when}, {who} escribió:",
        "de": f"Am {when} schrieb {who}:",
        "fr": f"Le {when}, {who} a écrit :",
    }
    if style == "outlook":
        name, addr = _addr(who)
        to = mail.frm if addr == ME[1] else f"{ME[0]} <{ME[1]}>"
        subject = re.sub(r"^(re|aw|rv|tr):\s*", "", mail.subject, flags=re.I)
        return (
            "\n\n________________________________\n"
            f"From: {name or addr} <{addr}>\nSent: {when}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text}"
        )
    if style == "fwd":
        return f"\n\n---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\n\n{text}"
    quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return f"\n\n{heads[style]}\n{quoted}"


def full_text(mail: Mail) -> str:
    text = mail.body.strip("\n") + "\n"
    if mail.quote:
        text += _quote_block(mail, *mail.quote) + "\n"
    return text


def to_html(mail: Mail, text: str) -> str:
    if mail.html:
        return mail.html
    paras = [p for p in text.split("\n\n") if p.strip()]
    rows = "".join(
        '<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;color:#333">'
        + htmllib.escape(p).replace("\n", "<br>")
        + "</p>"
        for p in paras
    )
    track = f"https://click.mailtrack.example.net/ls/click?upn={zlib.crc32(mail.scen.encode()) % 10**9:09d}"
    return (
        "<!DOCTYPE html><html><head><meta charset=\"" + mail.cs + "\"></head><body style=\"margin:0\">"
        '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr>'
        '<td align="center" bgcolor="#f4f4f4"><table width="600" style="background:#fff;padding:24px">'
        f'<tr><td><img src="https://cdn.example.net/logo.png" alt="{htmllib.escape(mail.company or "logo")}" width="120"></td></tr>'
        f"<tr><td>{rows}</td></tr>"
        f'<tr><td style="font-size:11px;color:#999"><a href="{track}">{FOOTER[mail.lang]}</a>'
        f'<img src="https://open.mailtrack.example.net/o/{zlib.crc32(mail.subject.encode()) % 10**8}.gif" width="1" height="1" alt=""></td></tr>'
        "</table></td></tr></table></body></html>"
    )


def _part(content: str, subtype: str, cs: str, cte: str, extra: str = "") -> str:
    raw = content.encode(cs)
    if cte == "7bit" and raw.isascii():
        payload, enc = content, "7bit"
    elif cte == "b64":
        payload, enc = base64.encodebytes(raw).decode("ascii"), "base64"
    else:
        payload, enc = quopri.encodestring(raw).decode("ascii"), "quoted-printable"
    return (
        f'Content-Type: text/{subtype}; charset="{cs}"{extra}\n'
        f"Content-Transfer-Encoding: {enc}\n\n{payload.rstrip()}\n"
    )


def _multipart(subtype: str, parts: list[str], boundary: str) -> str:
    body = "".join(f"--{boundary}\n{p}\n" for p in parts)
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n{body}--{boundary}--\n'


def _header_text(value: str, cs: str) -> str:
    if value.isascii():
        return value
    return Header(value, cs).encode(linesep="\n")


def _subject_charset(mail: Mail) -> str:
    """Legacy-charset mail usually encodes its subject in the same charset, when it can."""
    try:
        mail.subject.encode(mail.cs)
    except UnicodeEncodeError:
        return mail.subj_cs
    return mail.cs


def _format_addr(text: str) -> str:
    name, addr = _addr(text)
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


TLD_ZONES = {"mx": -6, "co": -5, "pe": -5, "cl": -4, "ar": -3, "uy": -3, "ca": -4, "in": 5.5,
             "au": 10, "uk": 1, "de": 2, "fr": 2, "es": 2, "nl": 2, "cat": 2, "org": 2}


def arrival(mail: Mail, index: int) -> datetime:
    """When the message arrived, in UTC."""
    if mail.scen in DATES:
        return datetime.strptime("2026-" + DATES[mail.scen], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    return datetime(2026, 2, 2, 8, 0, tzinfo=UTC) + timedelta(
        hours=index * 37 + (index * 7) % 11, minutes=(index * 13) % 60
    )


def message_id(mail: Mail, index: int) -> str:
    domain = _addr(mail.frm)[1].split("@")[-1]
    return f"<{arrival(mail, index):%Y%m%d%H%M}.{index:03d}.{mail.scen.replace('_', '')[:18]}@{domain}>"


def render(mail: Mail, index: int, ids: dict[str, str]) -> bytes:
    when = arrival(mail, index)
    tld = _addr(mail.frm)[1].rsplit(".", 1)[-1]
    summer = 4 <= when.month <= 10
    by_language = {"en": -4 if summer else -5}.get(mail.lang, 2 if summer else 1)
    zone = timezone(timedelta(hours=TLD_ZONES.get(tld, by_language)))
    msgid = ids[mail.scen]
    heads = [
        f"From: {_format_addr(mail.frm)}",
        f"To: {_format_addr(mail.to) if mail.to else formataddr(ME, charset='utf-8')}",
        f"Subject: {_header_text(mail.subject, _subject_charset(mail))}",
        f"Date: {format_datetime(when.astimezone(zone))}",
        f"Message-ID: {msgid}",
    ]
    if mail.reply_to:
        heads.append(f"Reply-To: {_format_addr(mail.reply_to)}")
    if mail.parent:
        heads += [f"In-Reply-To: {ids[mail.parent]}", f"References: {ids[mail.parent]}"]
    elif mail.quote and mail.quote[0] != "fwd":
        parent = f"<{index:03d}.prev.{(index * 31) % 997}@{_addr(mail.quote[1])[1].split('@')[-1] or 'example.org'}>"
        heads += [f"In-Reply-To: {parent}", f"References: {parent}"]
    heads += [f"{k}: {v}" for k, v in mail.headers.items()]
    heads.append("MIME-Version: 1.0")
    text = full_text(mail)
    b = f"b{index:03d}_{zlib.crc32(mail.scen.encode()) % 10**6}"
    if mail.fmt == "plain":
        body = _part(text, "plain", mail.cs, mail.cte)
    elif mail.fmt == "html":
        body = _part(to_html(mail, text), "html", mail.cs, mail.cte)
    else:
        body = _multipart(
            "alternative",
            [_part(text, "plain", mail.cs, mail.cte), _part(to_html(mail, text), "html", mail.cs, mail.cte)],
            b + "alt",
        )
    if mail.ics:
        method = re.search(r"^METHOD:(\w+)", mail.ics, re.M)
        extra = f'; method="{method.group(1) if method else "REQUEST"}"'
        cal = _part(mail.ics, "calendar", "utf-8", "7bit" if mail.ics.isascii() else "b64", extra)
        body = _multipart("mixed", [body, cal], b + "mix")
    return ("\n".join(heads) + "\n" + body).encode("ascii")


def ics(uid: str, start: str, minutes: int, summary: str, organizer: str, method: str = "REQUEST") -> str:
    """A small VEVENT; start is UTC 'YYYYmmddTHHMM'."""
    begin = datetime.strptime(start, "%Y%m%dT%H%M")
    end = begin + timedelta(minutes=minutes)
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example Corp//Calendar 1.0//EN\n"
        f"METHOD:{method}\nBEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20260101T000000Z\n"
        f"DTSTART:{begin:%Y%m%dT%H%M%S}Z\nDTEND:{end:%Y%m%dT%H%M%S}Z\nSUMMARY:{summary}\n"
        f"ORGANIZER:mailto:{organizer}\nATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:{ME[1]}\n"
        f"STATUS:{status}\nSEQUENCE:{1 if method == 'CANCEL' else 0}\nEND:VEVENT\nEND:VCALENDAR\n"
    )


# ---------------------------------------------------------------------------------------------
# Rejections
m("rejection", "es", "infojobs_proceso_cerrado", "InfoJobs <notificaciones@infojobs.net>",
  "Actualización de tu candidatura: Analista de Datos - Grupo Alcora Retail",
  """Hola Lucía,

La empresa Grupo Alcora Retail ha actualizado el estado de tu candidatura a la oferta "Analista de Datos (Madrid)".

Estado: DESCARTADO

La empresa ha revisado tu perfil y ha decidido continuar el proceso con otros candidatos. No te desanimes: hay más de 2.300 ofertas de analista esperándote.

Ver más ofertas similares
https://www.infojobs.net/ofertas-trabajo/analista?utm_source=email_estado

Este es un mensaje automático, por favor no respondas a este correo.
InfoJobs - Adevinta Spain, S.L.U.""", company="Grupo Alcora Retail", fmt="alt")

m("rejection", "es", "fintech_tras_entrevista", "Marta Ibarrola <marta.ibarrola@pagoluz.example.com>",
  "Re: Entrevista Product Analyst",
  """Hola Lucía,

Muchas gracias por tu tiempo la semana pasada con Íñigo y conmigo, de verdad que disfrutamos la conversación.

Te escribo para contarte que finalmente hemos decidido seguir con otra persona cuyo perfil encaja algo mejor con lo que buscamos ahora mismo (más experiencia en experimentación y tests A/B). No ha sido una decisión fácil.

Me quedo con tu CV por si se abre algo en el equipo de analytics engineering a final de año, ¿te parece bien?

Un abrazo y mucha suerte,
Marta

Marta Ibarrola | Talent Acquisition
PagoLuz · Paseo de la Castellana 95, Madrid
+34 611 204 877""", company="PagoLuz",
  quote=("es", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "lun, 9 feb 2026 a las 18:02",
         "Hola Marta,\n\nMil gracias por la entrevista de hoy. Quedo atenta a vuestras noticias.\n\nSaludos,\nLucía"))

m("rejection", "es", "workday_banco_plantilla", "Banco Meridional Careers <bancomeridional@myworkday.com>",
  "Tu candidatura en Banco Meridional",
  """Estimado/a Lucía Fernández Ortega:

Le agradecemos el interés mostrado en formar parte de Banco Meridional y el tiempo dedicado a su candidatura para la posición R-0045817 Data Analyst - Riesgos.

Tras analizar detenidamente todos los perfiles recibidos, lamentamos comunicarle que en esta ocasión su candidatura no ha sido seleccionada para continuar en el proceso.

Conservaremos sus datos en nuestra base de datos durante un periodo de 12 meses para futuros procesos, conforme a nuestra política de privacidad.

Atentamente,
Dirección de Talento
Banco Meridional

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Banco Meridional, S.A. Si usted no es el destinatario final por favor elimínelo e infórmenos por esta vía.""",
  company="Banco Meridional", fmt="html", cte="b64", contact="")

m("rejection", "es", "consultora_seleccion_mx", "Fernanda Quiroga <fquiroga@talentia-hunters.example.com.mx>",
  "Proceso Analista BI - actualización",
  """Hola Lucía, ¿cómo estás?

Te escribo para darte retroalimentación del proceso para Analista BI con nuestro cliente, Distribuidora Tolteca en Guadalajara. El cliente revisó las ternas y decidió avanzar con un candidato local que ya vive en Jalisco y puede presentarse de inmediato a oficina.

Sé que la entrevista con el gerente salió muy bien, y así se lo hice saber a ellos. Lamentablemente, en esta ocasión no vas a continuar en el proceso.

Te tengo en mi radar para otras vacantes remotas que manejamos. Cualquier cosa me escribes por aquí o por WhatsApp.

Saludos cordiales,
Fernanda Quiroga
Consultora Sr. de Atracción de Talento
Talentia Hunters | Tel. +52 33 1456 9021""", company="Distribuidora Tolteca")

m("rejection", "es", "puesto_cubierto_corto", "Jorge Saldívar <jorge@cafeteramontana.example.com>",
  "Re: Candidatura analista",
  """Lucía, gracias por escribir. La plaza ya la cubrimos la semana pasada, lo siento.
Suerte!

Jorge
Cafetera Montaña · tostadores desde 1962
Enviado desde mi iPhone""", company="Cafetera Montaña",
  quote=("es", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "3 mar 2026, a las 11:40",
         "Buenos días Jorge,\nte escribo por la vacante de analista de datos que vi en LinkedIn. Te adjunto mi CV.\nUn saludo,\nLucía"))

m("rejection", "es", "greenhouse_post_takehome", "Recruiting at Cuentaclara <no-reply@us.greenhouse-mail.io>",
  "Tu proceso con Cuentaclara",
  """Hola Lucía:

Gracias por dedicar tiempo al caso práctico de SQL. El equipo lo ha revisado con detalle: valoramos la claridad de tus consultas y la presentación, pero echamos en falta más profundidad en el modelado de cohortes, que para este puesto es clave.

Por eso hemos decidido no avanzar con tu candidatura a la siguiente fase.

Sabemos lo que cuesta un ejercicio así y queremos agradecértelo sinceramente. Si en el futuro ves otra posición que te encaje, no dudes en aplicar.

Un saludo,
Equipo de Talento · Cuentaclara""", company="Cuentaclara",
  reply_to="Paula Roig <paula.roig@cuentaclara.example.com>", fmt="alt")

m("rejection", "es", "vacante_congelada_co", "Camilo Restrepo <camilo.restrepo@logistica-andina.example.co>",
  "Actualización proceso Analista de Producto",
  """Buenas tardes Lucía,

Espero que estés muy bien. Quería contarte de primera mano que, por una reestructuración interna del presupuesto del segundo semestre, la vacante de Analista de Producto quedó congelada y no vamos a continuar con el proceso por ahora.

Lamento mucho la noticia, sobre todo porque ya estabas en la última etapa. Si la posición se reabre te contactaré, pero no puedo prometerte fechas.

Un abrazo,
Camilo Restrepo
Líder de Gestión Humana
Logística Andina S.A.S. · Medellín""", company="Logística Andina")

m("rejection", "es", "ar_vos_descartada", "Sofi Benedetti <sofia.benedetti@mercaplata.example.com.ar>",
  "Búsqueda Data Analyst",
  """Hola Lucía! Cómo andás?

Te escribo para avisarte que desde el equipo decidimos avanzar con otros perfiles para la búsqueda de Data Analyst. Valoramos mucho que te hayas tomado el tiempo de hacer la entrevista con nosotros.

Ojalá podamos cruzarnos en otra oportunidad.

Saludos!!
Sofi
People Team - Mercaplata""", company="Mercaplata", cs="iso-8859-1")

m("rejection", "es", "chile_suave_formal", "Selección Aerolíneas del Pacífico <seleccion@aeropacifico.example.cl>",
  "Postulación Analista de Revenue Management",
  """Estimada Lucía:

Junto con saludar, agradecemos su interés en formar parte de Aerolíneas del Pacífico y su participación en nuestro proceso de selección para el cargo de Analista de Revenue Management.

Después de una cuidadosa evaluación, le informamos que hemos decidido continuar con postulantes cuyo perfil se ajusta de manera más cercana a los requerimientos actuales del cargo.

Le deseamos el mayor de los éxitos en sus desafíos profesionales.

Saluda atentamente,
Gerencia de Personas
Aerolíneas del Pacífico""", company="Aerolíneas del Pacífico", cs="windows-1252")

m("rejection", "es", "peru_tras_dinamica", "Rosa Llanos Quispe <rllanos@andinamovil.example.pe>",
  "Resultados - Dinámica grupal 14/04",
  """Hola Lucía, buenas tardes.

Gracias por participar en la dinámica de grupo del martes. Tras evaluar los resultados junto con las pruebas psicotécnicas, lamentamos indicarte que no pasaste a la siguiente etapa del proceso de Analista de Datos Comerciales.

Te animamos a seguir postulando en nuestro portal de empleos.

Saludos,
Rosa Llanos
Reclutamiento y Selección | Andina Móvil""", company="Andina Móvil")

m("rejection", "es", "successfactors_telco", "Telcoiberia Empleo <empleo-noreply@successfactors.eu>",
  "Telcoiberia - Estado de su solicitud",
  """Estimado/a candidato/a,

Le agradecemos su interés en la oferta de empleo 10482 - Data Analyst Customer Insights.

Tras revisar su solicitud con atención, le comunicamos que no continuará en el proceso de selección para esta posición. Le invitamos a consultar periódicamente nuestra página de empleo.


Reciba un cordial saludo,

Departamento de Selección
Telcoiberia
[Logotipo Telcoiberia]

Por favor, no responda a este mensaje: esta dirección de correo no se supervisa.""",
  company="Telcoiberia", fmt="html", cs="iso-8859-1", cte="qp")

m("rejection", "es", "lever_mx_cancelada", "Diego Arreola <diego.arreola@envioya.example.mx>",
  "Vacante Analytics Engineer",
  """Hola Lucía,

Te escribo con una noticia que no me gusta dar: la dirección decidió cancelar la posición de Analytics Engineer para este año y vamos a reabsorber esas tareas dentro del equipo de datos actual. Por lo tanto, cerramos el proceso sin contratación.

Nada que ver con tu desempeño, que fue muy bueno en el ejercicio de dbt.

Saludos y éxito,
Diego Arreola
Head of Data, EnvíoYa""", company="EnvíoYa", headers={"X-Mailer": "Lever"})

m("rejection", "es", "ong_muy_corto", "Lorena Vidal <lvidal@fundacionhorizonte.example.org>",
  "Re: tu candidatura",
  """Hola Lucía, gracias por tu tiempo pero al final no seguimos contigo en el proceso. Un saludo.

Lorena""", company="Fundación Horizonte",
  quote=("gmail", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "Thu, Apr 23, 2026 at 9:12 AM",
         "Hola Lorena, ¿hay novedades sobre el puesto de técnica de datos e impacto?\nGracias!"))

m("rejection", "en", "soft_more_closely_aligns", "Hannah Cole <hannah.cole@ledgerbright.example.com>",
  "Your application - Product Analyst",
  """Hi Lucía,

Thank you for taking the time to interview with us for the Product Analyst role. We really appreciated the chance to learn about your work on the retail pricing dashboards.

After a lot of discussion, we've decided to pursue other candidates whose background more closely aligns with the needs of the team at this time.

We'd genuinely like to keep in touch and will reach out should something more suitable open up.

All the best,
Hannah

Hannah Cole
Senior Recruiter, LedgerBright
Toronto, ON""", company="LedgerBright", fmt="alt", cte="7bit")

m("rejection", "en", "very_short_manager", "Tom Reyes <tom@quayside.example.com>",
  "Re: Following up",
  """Thanks for your time, but we won't be moving forward. Good luck with the search.

T.""", company="Quayside",
  quote=("outlook", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "Monday, May 4, 2026 10:15 AM",
         "Hi Tom,\n\nJust following up on my application for the analytics role. Happy to share more examples.\n\nBest,\nLucía"))

m("rejection", "en", "british_shant_progress", "Olivia Hartley <o.hartley@northgate-partners.example.co.uk>",
  "Analytics Consultant - update",
  """Dear Lucía,

Many thanks for attending the assessment centre last Thursday and for the effort you put into the case exercise.

I'm afraid that on this occasion we shan't be progressing your application to the final round. The panel felt that other candidates demonstrated stronger client-facing experience, which is central to the role.

Please don't hesitate to apply for future vacancies with Northgate Partners.

Kind regards,

Olivia Hartley
Graduate & Experienced Hire Recruitment
Northgate Partners LLP
This email and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender immediately.""", company="Northgate Partners")

m("rejection", "en", "indian_regret_to_inform", "HR Team Vistara Analytics <careers@vistaraanalytics.example.in>",
  "Regarding your candidature for Data Analyst",
  """Dear Candidate,

Greetings from Vistara Analytics!

We thank you for your interest in the position of Data Analyst (Remote - LATAM) and for appearing for the technical round held on 12th May.

We regret to inform you that your profile has not been shortlisted for further rounds of the selection process. We will retain your resume in our database and do revert in case any suitable opening arises in future.

Wishing you all the best for your future endeavours.

Thanks & Regards,
HR Team
Vistara Analytics Pvt. Ltd.""", company="Vistara Analytics")

m("rejection", "en", "dutch_owned_direct", "Sanne de Vries <sanne.devries@tulpcargo.example.nl>",
  "Your application Data Analyst Madrid hub",
  """Hello Lucía,

Thank you for applying. To be direct: we will not continue with your application. For this role we need someone who speaks Dutch, because most stakeholders are in Rotterdam, and that was not clear enough in the vacancy text. Our mistake, sorry for that.

Good luck,
Sanne de Vries
Recruitment | TulpCargo Logistics""", company="TulpCargo Logistics")

m("rejection", "en", "agency_relayed_exclaim", "Jake Morrison <jake.morrison@brightpath-talent.example.com>",
  "Feedback from the client!",
  """Hi Lucia!!

Hope you're well! So I've heard back from the hiring team at Sunvale Energy and unfortunately they've decided not to move forward after the second interview :( They said you were really strong on SQL but they went with someone who has more energy trading experience.

Honestly gutted for you as I thought it went great! Let's jump on a call this week, I've got a couple of other roles that could be a fab fit!!

Cheers,
Jake
Jake Morrison | Senior Consultant, Data & Analytics
BrightPath Talent | +1 305 555 0142""", company="Sunvale Energy", fmt="alt")

m("rejection", "en", "ashby_ai_startup_hold", "Kestrel AI <no-reply@ashbyhq.com>",
  "Update on your Kestrel AI application",
  """Hi Lucía,

We wanted to let you know that we've put the Analytics Engineer search on hold while we re-plan our 2026 hiring, and as a result we won't be proceeding with your application at this time.

We're sorry to bring this news after you've invested time in our process. If the role reopens we'll reach out to candidates who were in progress first.

Best,
The Kestrel AI Team

Sent via Ashby""", company="Kestrel AI", fmt="html", cte="7bit")

m("rejection", "en", "chinese_owned_formal", "Recruitment Department <hr@longxing-tech.example.com>",
  "Application Result Notification - Business Data Analyst (Mexico City)",
  """Dear Ms. Fernández,

Thank you for your application to Longxing Technology (Mexico) and for completing the online assessment.

After careful consideration by the recruitment committee, we are sorry to inform you that you have not been selected for the next stage. This decision is final for the current recruitment cycle.

We sincerely appreciate your interest in Longxing Technology and wish you success in your career.

Best regards,
Recruitment Department
Longxing Technology Co., Ltd. Mexico Branch""", company="Longxing Technology")

m("rejection", "en", "australian_casual", "Bec Thornton <bec@wattleandco.example.com.au>",
  "quick update",
  """Hey Lucia,

Thanks heaps for chatting with Liam and me on Tuesday. Look, we've had a really strong field and we've gone with another candidate who's based in Sydney, so unfortunately it's not going to be a yes from us this time.

Really appreciated your thinking on the churn model though. Best of luck with everything!

Bec
Wattle & Co.""", company="Wattle & Co.")

m("rejection", "en", "turkish_owned_after_panel", "Elif Kaya <elif.kaya@anadolupay.example.com>",
  "Next steps - Product Analytics Lead",
  """Dear Lucía,

Thank you once more for meeting our panel in Istanbul (virtually) last week. We have completed our evaluation and, unfortunately, we will not be moving ahead with your candidacy for the Product Analytics Lead role. The committee decided in favour of a candidate with more people management experience.

We would be happy to consider you for individual contributor positions in our Barcelona office later this year.

Warm regards,
Elif Kaya
Talent Partner | AnadoluPay""", company="AnadoluPay", cs="windows-1252")

m("rejection", "en", "taleo_retailer", "Casa Verano Careers <noreply@taleo.net>",
  "Thank you for your interest in Casa Verano",
  """Dear Lucía,

Thank you for your interest in the Merchandise Planning Analyst position (Req ID 26-0311). We have reviewed your qualifications and have decided to move forward with other applicants who better meet the requirements of the position at this time.

We encourage you to visit our career site regularly and to apply for other positions for which you feel qualified.

Sincerely,
Talent Acquisition Team
Casa Verano

*** This is an automated message. Please do not reply. ***""", company="Casa Verano", fmt="html")

m("rejection", "de", "personio_absage", "Personio <notifications@personio.de>",
  "Ihre Bewerbung bei Nordlicht Mobility",
  """Hallo Frau Fernández Ortega,

vielen Dank für Ihre Bewerbung als Data Analyst (m/w/d) und das Interesse an Nordlicht Mobility.

Wir haben uns Ihre Unterlagen genau angesehen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidat:innen entschieden haben, deren Profil besser zu den aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Johanna Keller
People & Culture
Nordlicht Mobility GmbH · Berlin""", company="Nordlicht Mobility",
  reply_to="Johanna Keller <johanna.keller@nordlicht-mobility.example.de>", fmt="alt", cs="iso-8859-1")

m("rejection", "de", "absage_nach_interview_du", "Felix Brandt <felix@datenwerk.example.de>",
  "Rückmeldung",
  """Hi Lucía,

danke dir nochmal für das nette Gespräch am Freitag! Wir haben lange hin und her überlegt, uns am Ende aber für eine andere Person entschieden, die schon mehr Erfahrung mit Looker mitbringt.

Ich hätte dir gern was anderes geschrieben. Alles Gute für die Suche!

Viele Grüße
Felix
--
Felix Brandt · Head of Analytics · Datenwerk""", company="Datenwerk",
  quote=("de", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "Fr., 22. Mai 2026 um 17:05",
         "Hallo Felix,\n\nvielen Dank für das Gespräch heute, es hat mir viel Spaß gemacht.\n\n"
         "Am Di., 19. Mai 2026 um 14:40 schrieb Felix Brandt <felix@datenwerk.example.de>:\n"
         "> Kein Problem, dann Freitag 11 Uhr. Bis dann!\n>\n> Felix\n\nViele Grüße\nLucía"))

m("rejection", "de", "stelle_nicht_besetzt", "Recruiting Team <recruiting@hanse-versicherung.example.de>",
  "Ihre Bewerbung: Referenz 2026-118",
  """Sehr geehrte Frau Fernández,

wir bedanken uns für Ihre Bewerbung auf die Position Analyst Pricing (Referenz 2026-118).

Aufgrund interner Umstrukturierungen wird die Stelle vorerst nicht besetzt. Das Auswahlverfahren ist damit beendet; wir können Ihre Bewerbung daher nicht weiter berücksichtigen.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting Team
Hanse Versicherung AG
Sitz der Gesellschaft: Hamburg · Registergericht Hamburg HRB 00000 · Vorstand: Dr. K. Petersen""",
  company="Hanse Versicherung", cs="windows-1252", fmt="html")

m("rejection", "fr", "refus_apres_entretien", "Claire Moreau <claire.moreau@banque-rive.example.fr>",
  "Suite à notre entretien",
  """Bonjour Lucía,

Je vous remercie encore pour le temps que vous nous avez consacré lors de l'entretien du 18 mars.

Après réflexion, nous avons le regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature pour le poste de Data Analyst Risques. Nous avons retenu un profil disposant d'une expérience plus directe des modèles de crédit.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Claire Moreau
Chargée de recrutement
Banque Rive Gauche""", company="Banque Rive Gauche", cs="iso-8859-1")

m("rejection", "fr", "welcome_ats_refus", "Kiosque Média <no-reply@welcomekit.co>",
  "Votre candidature chez Kiosque Média",
  """Bonjour Lucía,

Merci pour l'intérêt que vous portez à Kiosque Média et pour votre candidature au poste de Product Data Analyst.

Nous avons bien étudié votre profil, malheureusement nous ne pourrons pas aller plus loin avec vous pour ce poste.

Au plaisir de recroiser votre chemin,
L'équipe Talent de Kiosque Média""", company="Kiosque Média", fmt="alt", cte="b64")

m("rejection", "fr", "poste_pourvu_tutoiement", "Julien Marchetti <julien@petitsplats.example.fr>",
  "Re: Candidature spontanée",
  """Salut Lucía,

Merci pour ton message et ton CV. Honnêtement le poste a été pourvu en interne il y a quinze jours, donc on ne va pas pouvoir donner suite. Désolé pour le délai de réponse !

Bonne continuation,
Julien
Petits Plats · Lyon""", company="Petits Plats",
  quote=("fr", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "lun. 6 avr. 2026 à 09:31",
         "Bonjour Julien,\nJe me permets de vous écrire pour une candidature spontanée au poste d'analyste.\nBien à vous,\nLucía"))

m("rejection", "fr", "canada_post_case", "Recrutement Groupe Lauzon <recrutement@groupelauzon.example.ca>",
  "Processus de sélection - Analyste principale, données clients",
  """Madame Fernández Ortega,

Nous vous remercions d'avoir complété l'étude de cas ainsi que pour votre présentation devant le comité.

Après analyse, le comité a retenu une autre candidature dont l'expérience correspond davantage au profil recherché. Nous regrettons de ne pouvoir poursuivre le processus avec vous.

Veuillez agréer, Madame, nos salutations distinguées.

Service des ressources humaines
Groupe Lauzon
Le présent courriel est confidentiel. Si vous l'avez reçu par erreur, veuillez le détruire.""", company="Groupe Lauzon", fmt="html", cs="windows-1252")

# Interview invitations
m("interview_invitation", "es", "calendly_primera_llamada", "Nerea Goikoetxea <nerea.goikoetxea@bilbobank.example.com>",
  "BilboBank - Data Analyst: ¿hablamos?",
  """Hola Lucía:

Hemos revisado tu candidatura para Data Analyst en el equipo de Banca Digital y nos gustaría tener una primera llamada de unos 30 minutos para conocerte y contarte el proyecto.

Puedes elegir el hueco que mejor te venga aquí: https://calendly.com/nerea-bilbobank/30min

Si ninguno te cuadra, dímelo y buscamos otro momento.

Un saludo,
Nerea Goikoetxea
Talent Acquisition · BilboBank
Gran Vía 30, Bilbao""", company="BilboBank", fmt="alt")

m("interview_invitation", "es", "entrevista_hiring_manager_ics", "Alba Serrano <alba.serrano@viajesluna.example.com>",
  "Invitación: Entrevista con hiring manager - Lucía Fernández",
  """Hola Lucía,

Como te adelanté por teléfono, te paso la invitación para la entrevista con Carlos Mena, Head of Product Analytics, el jueves 12 de marzo a las 16:00 (hora de Madrid) por Google Meet.

Durará unos 45 minutos. Carlos querrá que le cuentes algún proyecto en el que hayas definido métricas de producto, así que tráete uno bien preparado ;)

Enlace: https://meet.google.com/abc-defg-hij

Saludos,
Alba
Viajes Luna · People""", company="Viajes Luna",
  ics=ics("vl-hm-0312@viajesluna.example.com", "20260312T1500", 45, "Entrevista Lucía Fernández - Product Analyst", "alba.serrano@viajesluna.example.com"))

m("interview_invitation", "es", "mx_usted_entrevista_presencial", "Lic. Gabriela Torres <gtorres@grupoalameda.example.mx>",
  "Entrevista - Analista de Inteligencia Comercial",
  """Buen día Lucía,

Por medio del presente me permito invitarla a una entrevista presencial para la vacante de Analista de Inteligencia Comercial, el próximo martes 24 de marzo a las 10:00 hrs en nuestras oficinas:

Av. Insurgentes Sur 1602, piso 9, Col. Crédito Constructor, CDMX.

Favor de traer identificación oficial y presentarse 10 minutos antes en recepción. Le agradecería confirmar su asistencia respondiendo a este correo.

Quedo a sus órdenes.

Lic. Gabriela Torres
Reclutamiento y Selección
Grupo Alameda
Tel. 55 5555 0199 ext. 214""", company="Grupo Alameda", cs="iso-8859-1")

m("interview_invitation", "es", "siguiente_fase_tecnica", "Pol Ferrer <pol.ferrer@mercatdigital.example.cat>",
  "Següent pas / Siguiente paso",
  """Hola Lucía!

Buenas noticias: el equipo ha quedado muy contento con tu prueba de SQL y nos encantaría pasarte a la siguiente fase, una entrevista técnica de 1h con dos personas del equipo de datos (Laia y Marc). Haremos un poco de live coding en SQL y hablaremos de modelado con dbt.

¿Te va bien alguno de estos huecos?
- Martes 7/4, 10:00
- Miércoles 8/4, 15:30
- Jueves 9/4, 12:00

Un abrazo,
Pol
--
Pol Ferrer | Talent · Mercat Digital | Barcelona""", company="Mercat Digital")

m("interview_invitation", "es", "headhunter_charla_rapida", "Ignacio Bermejo <ignacio.bermejo@hunterhouse.example.es>",
  "Re: Posición Analytics Engineer - cliente sector seguros",
  """Lucía, perfecto, gracias por el CV actualizado.

Lo he compartido con el cliente (Aseguradora Levante) y quieren verte. Primera entrevista con la responsable de datos, online, 40 min. ¿Te viene bien el lunes a las 9:30 o el martes a las 17:00?

En cuanto me digas lo cierro.

Ignacio Bermejo
Senior Manager · Hunter House
M. +34 655 10 20 30""", company="Aseguradora Levante",
  quote=("es", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "mié, 15 abr 2026 a las 20:14",
         "Hola Ignacio,\ntienes en adjunto el CV actualizado. Me interesa mucho la posición.\nUn saludo,\nLucía"))

m("interview_invitation", "es", "teamtailor_autoagenda", "Frutas Sol del Turia <no-reply@teamtailor.com>",
  "Reserva tu entrevista con Frutas Sol del Turia",
  """Hola Lucía,

¡Gracias por tu interés en Analista de Operaciones! Nos gustaría invitarte a una videoentrevista con nuestro equipo.

Por favor, elige un horario que te venga bien usando el enlace siguiente:
https://frutassoldelturia.teamtailor.com/meetings/choose/8f2c1a

Si tienes cualquier duda, contesta a Empar en empar.climent@frutassoldelturia.example.es.

Saludos,
Empar Climent
Frutas Sol del Turia""", company="Frutas Sol del Turia",
  reply_to="Empar Climent <empar.climent@frutassoldelturia.example.es>", fmt="html")

m("interview_invitation", "es", "co_prueba_psicotecnica_y_entrevista", "Valentina Ospina <vospina@cafesdelcauca.example.co>",
  "Citación proceso de selección - Analista de Datos",
  """Buenos días Lucía,

Reciba un cordial saludo. De acuerdo con su postulación, la citamos a la siguiente etapa del proceso:

Entrevista por competencias con la Jefe de Planeación Comercial
Fecha: viernes 17 de abril
Hora: 8:00 a.m. (hora Colombia)
Modalidad: Microsoft Teams (el enlace le llegará en la invitación de calendario)

Por favor confirmar asistencia.

Cordialmente,
Valentina Ospina
Analista de Selección
Cafés del Cauca""", company="Cafés del Cauca", cs="windows-1252",
  ics=ics("cdc-2026-0417-lf@cafesdelcauca.example.co", "20260417T1300", 60, "Entrevista por competencias - Lucía Fernández", "vospina@cafesdelcauca.example.co"))

m("interview_invitation", "es", "ar_vos_panel_final", "Martín Gorosito <mgorosito@fintechsur.example.com.ar>",
  "Panel final 🙌",
  """Lucía, ¿qué tal?

Pasaste el case study con muy buena nota. Te queremos invitar al panel final: vas a presentar tu solución (20 min) y después charlás con Agus (CPO) y con Ro de Data. Calculá 1h30 en total.

Proponé dos o tres horarios de la semana que viene, de 10 a 16 hora Argentina, y lo armamos.

Abrazo,
Martín
Talent @ FintechSur""", company="FintechSur", fmt="alt", cte="b64")

m("interview_invitation", "es", "universidad_entrevista_comision", "Servicio de Personal - Universidad de Montevideo Norte <personal@umn.example.edu.uy>",
  "Convocatoria a entrevista - Llamado 14/2026",
  """Sra. Lucía Fernández Ortega:

Por la presente se le comunica que ha sido seleccionada para la instancia de entrevista del Llamado 14/2026 (Analista de Datos Institucionales, Oficina de Planeamiento).

La entrevista se realizará el día 5 de mayo a las 11:00 horas, en modalidad virtual (Zoom). El tribunal estará integrado por tres miembros.

Solicitamos confirmar asistencia a esta casilla antes del 30 de abril.

Atte.,
Servicio de Personal
Universidad de Montevideo Norte""", company="Universidad de Montevideo Norte")

m("interview_invitation", "es", "mensaje_escueto_movil", "Rubén Casado <ruben.casado@vinoteca-online.example.com>",
  "Hablamos?",
  """Hola Lucía, vi tu candidatura. Te puedo llamar mañana sobre las 12 para una charla rápida del puesto de analista? Si no te va dime hora.

Rubén (CEO, Vinoteca Online)

Enviado desde mi iPhone""", company="Vinoteca Online")

m("interview_invitation", "es", "factorial_segunda_ronda", "Cristina Lozano <cristina.lozano@sevillasolar.example.es>",
  "Segunda entrevista - Data Analyst",
  """Hola de nuevo Lucía,

Te confirmo que pasas a la segunda ronda. Esta vez será presencial en nuestras oficinas de Sevilla (Avda. de la Innovación 3, Edificio Arena) con el director financiero y conmigo.

Fecha: 21 de mayo, 10:30. Te he enviado la convocatoria al calendario.

Si necesitas cualquier cosa (aparcamiento, etc.), dímelo.

Cristina Lozano · RRHH · Sevilla Solar""", company="Sevilla Solar", headers={"X-Sent-Via": "Factorial HR"},
  ics=ics("ss-seg-0521@sevillasolar.example.es", "20260521T0830", 60, "2ª entrevista Data Analyst - Lucía Fernández", "cristina.lozano@sevillasolar.example.es"))

m("interview_invitation", "en", "goodtime_schedule", "Brightwater Health Recruiting <scheduling@goodtime.io>",
  "Please select your interview times with Brightwater Health",
  """Hi Lucía,

The Brightwater Health team would like to schedule your virtual onsite for the Senior Product Analyst role. It consists of 4 x 45 min sessions: SQL, product sense, stakeholder management and a conversation with the hiring manager.

Please select your availability using the link below:
https://app.goodtime.io/availability/9f7e2c1b

If you have questions, reply to your recruiter, Priya Nair (priya.nair@brightwaterhealth.example.com).

Thanks,
Brightwater Health Recruiting""", company="Brightwater Health",
  reply_to="Priya Nair <priya.nair@brightwaterhealth.example.com>", fmt="html", cte="7bit")

m("interview_invitation", "en", "quick_chat_casual", "Noah Feld <noah@parcelpilot.example.com>",
  "Quick question",
  """Hey Lucía - saw your application for the analytics role come through. Would you be free for a quick chat Thursday or Friday? 20 mins, super informal, just want to hear what you're looking for.

Noah
co-founder, ParcelPilot""", company="ParcelPilot", cte="7bit")

m("interview_invitation", "en", "greenhouse_move_next_stage", "Maya Brooks <maya.brooks@tidalmedia.example.com>",
  "Tidal Media - next steps for Analytics Engineer",
  """Hi Lucía,

Great news - the team loved your take-home and we'd love to move you to the next stage! This is a 60-minute technical interview with two of our analytics engineers, focused on data modelling and a walkthrough of your submission.

You'll receive a separate email from Greenhouse with a link to pick a time. Let me know if you need any accommodations.

Best,
Maya Brooks
Technical Recruiter | Tidal Media
Miami, FL""", company="Tidal Media", fmt="alt", cte="7bit")

m("interview_invitation", "en", "indian_phone_screen", "Rahul Mehta <rahul.mehta@saffronsys.example.in>",
  "Telephonic interview - Data Analyst",
  """Dear Lucia,

Hope you are doing well.

Your profile has been shortlisted for the Data Analyst position with Saffron Systems. We would like to schedule a telephonic interview on Monday, 8th June at 5:30 PM IST (2:00 PM CEST).

Kindly confirm your availability and share your updated CV at the earliest. Do revert in case the slot is not convenient.

Thanks & Regards,
Rahul Mehta
Talent Acquisition | Saffron Systems
+91 98450 00000""", company="Saffron Systems")

m("interview_invitation", "en", "agency_onsite_exclaim", "Chloe Adams <chloe@harbourrecruit.example.com>",
  "GREAT NEWS!!",
  """Hi Lucia!!!

Amazing news - Maple Freight want to meet you in person!! They've invited you to their Toronto office for a final round on Wed 17th June at 1pm (ET). It'll be the VP Analytics plus two people from the ops team.

I'll send prep notes tonight, I'm SO excited for you!

Speak soon,
Chloe
Chloe Adams | Principal Recruiter | Harbour Recruit
📞 +1 416 555 0177""", company="Maple Freight", fmt="alt", cte="b64")

m("interview_invitation", "en", "teams_invite_chinese_owned", "Wei Zhang <wei.zhang@huaxin-retail.example.com>",
  "Interview arrangement: Data Analyst (Latin America e-commerce)",
  """Dear Lucía,

Thank you for your application. We are pleased to invite you to the second-round interview with our Latin America e-commerce team.

Time: 23 June 2026, 09:00-10:00 (Mexico City time)
Format: Microsoft Teams, link in the calendar invitation attached
Interviewers: Mr. Li (Regional Data Director), Ms. Chen (Operations)

Please reply to confirm. If the time is not suitable, kindly propose two alternatives.

Best regards,
Wei Zhang
HR Business Partner, Huaxin Retail""", company="Huaxin Retail",
  ics=ics("huaxin-2nd-0623-lfo@huaxin-retail.example.com", "20260623T1500", 60, "Second-round interview - Lucía Fernández Ortega", "wei.zhang@huaxin-retail.example.com"))

m("interview_invitation", "en", "linkedin_recruiter_interview", "Daniel Ortiz <daniel.ortiz@harborlinebank.example.com>",
  "Re: Your application - Harborline Bank",
  """Hi Lucía,

Thanks for getting back to me so quickly. I'd like to set up a 30 minute video screen with you this week to walk through your background and the Analytics Engineering Lead role in Miami. Does Wednesday at 11am ET or Thursday at 3pm ET work?

Thanks,
Daniel Ortiz
Talent Acquisition Partner
Harborline Bank""", company="Harborline Bank",
  quote=("gmail", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "Mon, Jul 6, 2026 at 4:48 PM",
         "Hi Daniel,\n\nThanks for reaching out. Yes, I'm interested and open to relocating to Miami.\n\nBest,\nLucía"))

m("interview_invitation", "de", "einladung_vorstellungsgespraech", "Katrin Vogel <katrin.vogel@stadtwerke-isar.example.de>",
  "Einladung zum Vorstellungsgespräch - Datenanalyst (m/w/d)",
  """Sehr geehrte Frau Fernández Ortega,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem ersten Gespräch per Videokonferenz einladen zu dürfen:

Dienstag, 14. Juli 2026, 10:00 Uhr (MESZ)
Teilnehmende: Herr Dr. Aumann (Bereichsleitung Controlling), Frau Vogel (Personal)

Den Link zu Microsoft Teams erhalten Sie separat. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katrin Vogel
Personalabteilung
Stadtwerke Isar GmbH""", company="Stadtwerke Isar", cs="iso-8859-1")

m("interview_invitation", "de", "zweite_runde_du", "Jonas Weber <jonas@lieferheld-kiez.example.de>",
  "Nächste Runde :)",
  """Hey Lucía,

kurz und knapp: Das Team fand dein Case super und würde dich gern in der nächsten Runde kennenlernen. 45 Minuten mit unserer Head of Data, remote. Such dir einfach hier einen Slot aus: https://cal.com/jonas-lhk/next-round

Liebe Grüße
Jonas
Talent @ Lieferheld Kiez""", company="Lieferheld Kiez", fmt="alt")

m("interview_invitation", "fr", "entretien_telephonique", "Amélie Girard <amelie.girard@voyagesazur.example.fr>",
  "Votre candidature - Data Analyst",
  """Bonjour Lucía,

Votre profil a retenu notre attention pour le poste de Data Analyst au sein de la direction commerciale de Voyages Azur.

Seriez-vous disponible pour un premier échange téléphonique de 30 minutes mardi 10 ou mercredi 11 février, en fin de matinée ?

Dans l'attente de votre retour,
Bien cordialement,

Amélie Girard
Talent Acquisition Manager
Voyages Azur""", company="Voyages Azur", cs="iso-8859-1")

m("interview_invitation", "fr", "entretien_sur_site_lisbonne", "Nicolas Perrin <nicolas.perrin@atlantique-conseil.example.fr>",
  "Entretien final - bureau de Lisbonne",
  """Bonjour Lucía,

Suite à vos deux premiers entretiens, nous avons le plaisir de vous convier à un entretien final dans nos bureaux de Lisbonne (Avenida da Liberdade 110), le jeudi 6 août à 14h00. Vous rencontrerez l'associé en charge de la practice Data ainsi qu'une manager.

Vos frais de déplacement depuis Madrid seront pris en charge ; notre assistante reviendra vers vous pour l'organisation.

Bien à vous,
Nicolas Perrin
Manager Recrutement - Atlantique Conseil""", company="Atlantique Conseil", fmt="html", cs="windows-1252")

m("interview_invitation", "fr", "recruteuse_quebec_visio", "Geneviève Tremblay <gtremblay@desjardinsmedia.example.ca>",
  "Invitation à une entrevue vidéo",
  """Bonjour Lucía,

Merci pour ta candidature au poste d'analyste de données, audience numérique. On aimerait beaucoup te rencontrer en entrevue vidéo (Teams) pour environ 45 minutes avec la gestionnaire de l'équipe.

Est-ce que le vendredi 21 août à 10 h (heure de Toronto) te conviendrait ? Sinon, propose-moi deux ou trois plages.

Au plaisir,
Geneviève
Conseillère en acquisition de talents
Médias Desjardins-Laval""", company="Médias Desjardins-Laval")

m("interview_invitation", "fr", "smartrecruiters_etude_cas", "Banque Méridienne <noreply@smartrecruiters.com>",
  "Invitation : entretien étude de cas",
  """Bonjour Lucía,

Félicitations, votre candidature pour le poste Analyste BI (H/F) passe à l'étape suivante !

Nous vous invitons à un entretien « étude de cas » d'une heure avec l'équipe Data. Merci de sélectionner un créneau via votre espace candidat :
https://jobs.smartrecruiters.com/candidate/schedule/BanqueMeridienne/77341

Pour toute question, contactez Sophie Lambert : sophie.lambert@banquemeridienne.example.fr

Cordialement,
L'équipe Recrutement
Banque Méridienne""", company="Banque Méridienne", fmt="alt", cte="b64")

m("interview_invitation", "es", "workday_autoagendar_retail", "Moda Atlántica <modaatlantica@myworkday.com>",
  "Siguiente paso en tu proceso: programa tu entrevista",
  """Hola Lucía,

¡Enhorabuena! Has superado la fase de pruebas online para la posición Analista de Datos de Cliente (REQ-88214).

El siguiente paso es una entrevista por vídeo con el equipo de Customer Analytics. Accede a tu tarea pendiente en el portal para elegir fecha y hora:
https://modaatlantica.wd3.myworkday.com/es/candidate/tasks

Tienes 5 días para programarla.

Equipo de Selección
Moda Atlántica""", company="Moda Atlántica", fmt="html", cs="utf-8", cte="b64", contact="")

# Reschedules and cancellations by the employer
m("interview_reschedule_or_cancel", "es", "mover_entrevista_imprevisto", "Alba Serrano <alba.serrano@viajesluna.example.com>",
  "Re: Invitación: Entrevista con hiring manager - Lucía Fernández",
  """Hola Lucía,

Perdona el cambio de última hora: a Carlos le ha surgido un viaje y no va a poder hacer la entrevista del jueves a las 16:00. ¿Te vendría bien el viernes 13 a las 12:00 o el lunes 16 a las 17:00?

Mil disculpas,
Alba
Viajes Luna · People""", company="Viajes Luna",
  quote=("es", "Alba Serrano <alba.serrano@viajesluna.example.com>", "lun, 2 mar 2026 a las 10:05",
         "Hola Lucía,\n\nComo te adelanté por teléfono, te paso la invitación para la entrevista con Carlos Mena."), parent="entrevista_hiring_manager_ics")

m("interview_reschedule_or_cancel", "es", "cancelada_ics", "Cristina Lozano <cristina.lozano@sevillasolar.example.es>",
  "Cancelado: 2ª entrevista Data Analyst - Lucía Fernández",
  """Hola Lucía,

Tengo que cancelar la entrevista del 21 de mayo: el director financiero estará de baja unos días. En cuanto se reincorpore te propongo nueva fecha, seguramente la semana siguiente.

Disculpa las molestias.
Cristina""", company="Sevilla Solar",
  ics=ics("ss-seg-0521@sevillasolar.example.es", "20260521T0830", 60, "2ª entrevista Data Analyst - Lucía Fernández", "cristina.lozano@sevillasolar.example.es", "CANCEL"), parent="factorial_segunda_ronda")

m("interview_reschedule_or_cancel", "es", "mx_cambio_horario", "Lic. Gabriela Torres <gtorres@grupoalameda.example.mx>",
  "CAMBIO DE HORARIO - Entrevista Analista de Inteligencia Comercial",
  """Buenas tardes Lucía,

Le escribo para informarle que por motivos de agenda del Director Comercial, su entrevista del martes 24 de marzo se recorre a las 13:00 hrs del mismo día, en la misma dirección.

Le ofrezco una disculpa por el inconveniente y le agradezco confirmar si le es posible asistir en el nuevo horario.

Saludos cordiales,
Lic. Gabriela Torres
Grupo Alameda""", company="Grupo Alameda", cs="windows-1252")

m("interview_reschedule_or_cancel", "es", "headhunter_cliente_aplaza", "Ignacio Bermejo <ignacio.bermejo@hunterhouse.example.es>",
  "Cambio entrevista lunes",
  """Lucía, me avisan desde Aseguradora Levante de que la responsable de datos está enferma. Anulamos la del lunes 9:30 y la pasamos, si te va bien, al jueves a la misma hora. Me confirmas?

Gracias!
Ignacio

Enviado desde Outlook para Android""", company="Aseguradora Levante", parent="headhunter_charla_rapida")

m("interview_reschedule_or_cancel", "es", "co_reprogramacion_formal", "Valentina Ospina <vospina@cafesdelcauca.example.co>",
  "Reprogramación entrevista por competencias",
  """Buenos días Lucía,

Reciba un cordial saludo. Por motivos de fuerza mayor, la entrevista programada para el viernes 17 de abril a las 8:00 a.m. debe ser reprogramada. Le proponemos el lunes 20 de abril a la misma hora.

Quedamos atentos a su confirmación. Ofrecemos disculpas por los inconvenientes.

Cordialmente,
Valentina Ospina
Analista de Selección
Cafés del Cauca""", company="Cafés del Cauca")

m("interview_reschedule_or_cancel", "es", "ar_suspendemos_panel", "Martín Gorosito <mgorosito@fintechsur.example.com.ar>",
  "Re: Panel final 🙌",
  """Lu, te pido mil disculpas: tuvimos que suspender el panel de mañana porque Agus quedó varado en un vuelo. ¿Podemos pasarlo al jueves? Te mando opciones en un rato.

Martín""", company="FintechSur",
  quote=("es", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "mar, 19 may 2026 a las 14:20",
         "Genial Martín, el miércoles a las 11 me viene perfecto.\nAbrazo,\nLucía\n\n"
         "El mar, 12 may 2026 a las 18:00, Martín Gorosito <mgorosito@fintechsur.example.com.ar> escribió:\n"
         "> Lucía, ¿qué tal?\n>\n> Pasaste el case study con muy buena nota. Te queremos invitar al panel final.\n"
         "> Proponé dos o tres horarios de la semana que viene.\n>\n> Abrazo,\n> Martín"),
  parent="ar_vos_panel_final")

m("interview_reschedule_or_cancel", "es", "universidad_aplazamiento", "Servicio de Personal - Universidad de Montevideo Norte <personal@umn.example.edu.uy>",
  "Llamado 14/2026 - Postergación de entrevistas",
  """Sra. Lucía Fernández Ortega:

Se comunica que, por resolución del tribunal, las entrevistas del Llamado 14/2026 previstas para el 5 de mayo quedan postergadas. La nueva fecha asignada para su entrevista es el 12 de mayo a las 11:00 horas, en la misma modalidad.

Se solicita confirmar la recepción de esta comunicación.

Atte.,
Servicio de Personal
Universidad de Montevideo Norte""", company="Universidad de Montevideo Norte", fmt="html")

m("interview_reschedule_or_cancel", "en", "recruiter_move_earlier", "Maya Brooks <maya.brooks@tidalmedia.example.com>",
  "Small change to Thursday",
  """Hi Lucía,

Quick one - one of your interviewers has a conflict on Thursday at 2pm. Could we move your technical interview to 11am the same day? If that doesn't work I'll find another slot next week.

Sorry for the shuffle!
Maya

Maya Brooks
Technical Recruiter | Tidal Media""", company="Tidal Media", cte="7bit")

m("interview_reschedule_or_cancel", "en", "cancel_role_paused_interview", "Daniel Ortiz <daniel.ortiz@harborlinebank.example.com>",
  "Canceled: Video screen - Lucía Fernández Ortega",
  """Hi Lucía,

I need to cancel our screen on Wednesday. The hiring manager has asked me to pause scheduling for a couple of weeks while they finalise the team structure. I'll come back to you as soon as I have clarity - this isn't a no, just a pause.

Apologies,
Daniel""", company="Harborline Bank",
  ics=ics("hlb-screen-lfo-0708@harborlinebank.example.com", "20260708T1500", 30, "Video screen - Lucía Fernández Ortega", "daniel.ortiz@harborlinebank.example.com", "CANCEL"), parent="linkedin_recruiter_interview")

m("interview_reschedule_or_cancel", "en", "agency_client_rebook", "Chloe Adams <chloe@harbourrecruit.example.com>",
  "change of plan for Wed!!",
  """Hi Lucia,

So sorry!! Maple Freight's VP has been pulled into a board meeting so they need to move your final round from Wed 17th to Fri 19th June, same time (1pm ET), same office. Can you still make it?? Let me know asap and I'll lock it in!

Chloe x""", company="Maple Freight", parent="agency_onsite_exclaim")

m("interview_reschedule_or_cancel", "en", "goodtime_rescheduled_notice", "Brightwater Health Recruiting <scheduling@goodtime.io>",
  "Updated: Your interview schedule with Brightwater Health",
  """Hi Lucía,

Your virtual onsite with Brightwater Health has been rescheduled at the request of the interview team.

New schedule (Eastern Time):
Tue, Aug 4 - 10:00 AM SQL (Kevin Lu)
Tue, Aug 4 - 11:00 AM Product sense (Ana Ruiz)
Tue, Aug 4 - 1:00 PM Stakeholder management (Jo Park)
Tue, Aug 4 - 2:00 PM Hiring manager (Sam Whitaker)

Updated calendar invitations have been sent. Reply to Priya Nair with any questions.

Brightwater Health Recruiting""", company="Brightwater Health",
  reply_to="Priya Nair <priya.nair@brightwaterhealth.example.com>", fmt="alt", cte="7bit")

m("interview_reschedule_or_cancel", "de", "termin_verschieben", "Katrin Vogel <katrin.vogel@stadtwerke-isar.example.de>",
  "Terminverschiebung: Vorstellungsgespräch 14.07.",
  """Sehr geehrte Frau Fernández Ortega,

leider muss Herr Dr. Aumann den vereinbarten Termin am 14. Juli kurzfristig absagen. Wir würden das Gespräch gern auf Donnerstag, den 16. Juli, 14:00 Uhr verlegen.

Bitte teilen Sie uns mit, ob Ihnen der neue Termin passt. Wir bitten die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Katrin Vogel
Stadtwerke Isar GmbH""", company="Stadtwerke Isar", cs="iso-8859-1", fmt="alt")

m("interview_reschedule_or_cancel", "de", "absage_termin_krank", "Jonas Weber <jonas@lieferheld-kiez.example.de>",
  "Termin morgen fällt aus",
  """Hi Lucía,

sorry für die kurzfristige Nachricht: Unsere Head of Data ist krank, der Termin morgen um 11 fällt leider aus. Ich schick dir morgen neue Slots, ok?

LG Jonas

Von meinem iPhone gesendet""", company="Lieferheld Kiez")

m("interview_reschedule_or_cancel", "fr", "report_entretien", "Amélie Girard <amelie.girard@voyagesazur.example.fr>",
  "Report de notre échange",
  """Bonjour Lucía,

Je suis contrainte de reporter notre échange téléphonique prévu demain à 11h30, un imprévu m'empêchant d'être disponible. Pourrions-nous le décaler à jeudi même heure ?

Toutes mes excuses pour ce contretemps.

Bien cordialement,
Amélie Girard
Voyages Azur""", company="Voyages Azur")

m("interview_reschedule_or_cancel", "fr", "annulation_entretien_poste_gele", "Nicolas Perrin <nicolas.perrin@atlantique-conseil.example.fr>",
  "Annulation - entretien du 6 août",
  """Bonjour Lucía,

Je suis au regret de devoir annuler l'entretien prévu le 6 août à Lisbonne : l'associé en charge est retenu par un client et nous préférons ne pas vous faire voyager pour rien. Je reviens vers vous d'ici la fin de semaine avec de nouvelles dates en septembre.

Avec toutes nos excuses,
Nicolas Perrin
Atlantique Conseil""", company="Atlantique Conseil", cs="iso-8859-1")

# Missed-interview notices
m("missed_interview_notice", "es", "te_llamamos_no_contestaste", "Nerea Goikoetxea <nerea.goikoetxea@bilbobank.example.com>",
  "Llamada de hoy",
  """Hola Lucía,

Te he llamado a las 10:00, que era la hora que reservaste en Calendly, pero no he conseguido contactar contigo (te he dejado un mensaje en el buzón).

¿Ha pasado algo? Si quieres, vuelve a reservar un hueco con el mismo enlace y lo intentamos otra vez.

Un saludo,
Nerea
BilboBank""", company="BilboBank")

m("missed_interview_notice", "es", "no_te_conectaste_teams", "Valentina Ospina <vospina@cafesdelcauca.example.co>",
  "Entrevista de hoy - no se conectó",
  """Buenos días Lucía,

La Jefe de Planeación Comercial la estuvo esperando en la reunión de Teams de las 8:00 a.m., pero usted no se conectó. Quisiéramos saber si tuvo algún inconveniente.

Si sigue interesada en el proceso, por favor indíquenos su disponibilidad para esta semana.

Cordialmente,
Valentina Ospina
Cafés del Cauca""", company="Cafés del Cauca")

m("missed_interview_notice", "es", "mx_no_se_presento", "Lic. Gabriela Torres <gtorres@grupoalameda.example.mx>",
  "Inasistencia a entrevista",
  """Lucía, buenas tardes.

Le comento que el día de hoy la estuvimos esperando a las 13:00 hrs en recepción para su entrevista y no se presentó. Entiendo que pueden surgir imprevistos; si desea continuar en el proceso, le pido me lo haga saber a la brevedad para ver si es posible reagendar.

Saludos,
Gabriela Torres
Grupo Alameda""", company="Grupo Alameda")

m("missed_interview_notice", "es", "ar_te_esperamos_meet", "Sofi Benedetti <sofia.benedetti@mercaplata.example.com.ar>",
  "Te esperamos en el Meet!",
  """Hola Lucía, te estuvimos esperando en el Meet de las 15 con Nacho pero no entraste. Todo bien? Avisame y vemos de reprogramar.

Sofi
Mercaplata""", company="Mercaplata")

m("missed_interview_notice", "en", "tried_calling_scheduled_time", "Rahul Mehta <rahul.mehta@saffronsys.example.in>",
  "Missed telephonic interview",
  """Dear Lucia,

We tried calling you at the scheduled time (5:30 PM IST) on the number shared in your CV but the call was not answered. Twice.

Kindly let us know if you are still interested in the opportunity so that we can check with the panel for another slot. Please revert at the earliest.

Thanks & Regards,
Rahul Mehta
Saffron Systems""", company="Saffron Systems")

m("missed_interview_notice", "en", "did_not_join_teams", "Wei Zhang <wei.zhang@huaxin-retail.example.com>",
  "Today's interview",
  """Dear Lucía,

Mr. Li and Ms. Chen waited in the Teams meeting from 09:00 to 09:15 this morning, but you did not join the Teams meeting. We hope everything is all right.

Please let me know what happened and whether you would like us to arrange another time.

Best regards,
Wei Zhang
Huaxin Retail""", company="Huaxin Retail", cs="windows-1252")

m("missed_interview_notice", "en", "no_show_short", "Noah Feld <noah@parcelpilot.example.com>",
  "missed you",
  """hey, I was on the zoom at 3 - guess something came up? let me know if you still want to chat.

N

Sent from my iPhone""", company="ParcelPilot", cte="7bit")

m("missed_interview_notice", "de", "nicht_erschienen", "Felix Brandt <felix@datenwerk.example.de>",
  "Heute 14 Uhr?",
  """Hi Lucía,

wir waren heute um 14 Uhr zu zweit im Call, du bist aber nicht dazugekommen. Ist alles in Ordnung? Wenn du weiterhin Interesse hast, sag kurz Bescheid, dann finden wir einen neuen Termin.

Viele Grüße
Felix
Datenwerk""", company="Datenwerk")

m("missed_interview_notice", "fr", "absente_visio", "Geneviève Tremblay <gtremblay@desjardinsmedia.example.ca>",
  "Entrevue de ce matin",
  """Bonjour Lucía,

Nous t'avons attendue ce matin à 10 h sur Teams, mais tu ne t'es pas connectée à l'entrevue. J'espère que tout va bien de ton côté !

Si tu es toujours intéressée par le poste, écris-moi et on regarde pour une autre date.

Geneviève
Médias Desjardins-Laval""", company="Médias Desjardins-Laval")

m("missed_interview_notice", "fr", "appel_sans_reponse", "Amélie Girard <amelie.girard@voyagesazur.example.fr>",
  "Notre rendez-vous téléphonique",
  """Bonjour Lucía,

J'ai essayé de vous joindre jeudi à 11h30 comme convenu, sans succès, et je suis tombée sur votre messagerie.

Pouvez-vous me dire si vous êtes toujours intéressée par le poste de Data Analyst ? Je peux vous proposer un nouveau créneau la semaine prochaine.

Bien cordialement,
Amélie Girard
Voyages Azur""", company="Voyages Azur", fmt="alt", cs="iso-8859-1")

# Application acknowledgements
m("application_received", "es", "infojobs_inscrita", "InfoJobs <notificaciones@infojobs.net>",
  "Te has inscrito en la oferta Data Analyst Junior-Mid de Logisur Express",
  """¡Hola Lucía!

Tu candidatura a la oferta "Data Analyst Junior-Mid" de Logisur Express se ha enviado correctamente.

Te avisaremos cuando la empresa lea tu CV o actualice el estado de tu inscripción. Mientras tanto, puedes seguir el proceso desde "Mis candidaturas".

Consejo: los candidatos con el CV completo al 100% tienen más probabilidades de ser contactados.

InfoJobs""", company="Logisur Express", fmt="html", cte="b64")

m("application_received", "es", "gran_volumen_no_respuesta", "Selección Hospital San Rafael <seleccion@hsanrafael.example.es>",
  "Confirmación de recepción de candidatura",
  """Estimada Lucía:

Hemos recibido correctamente su candidatura para el puesto de Técnico/a de Análisis de Datos Asistenciales. Le agradecemos el interés mostrado en el Hospital San Rafael.

Debido al elevado número de solicitudes recibidas, lamentablemente no podemos responder de forma individual a cada candidato. Si su perfil se ajusta a lo que buscamos, nos pondremos en contacto con usted en un plazo aproximado de tres semanas.

Atentamente,
Departamento de Recursos Humanos
Hospital San Rafael

Sus datos serán tratados conforme al Reglamento (UE) 2016/679. Puede ejercer sus derechos en dpo@hsanrafael.example.es.""",
  company="Hospital San Rafael", cs="iso-8859-1")

m("application_received", "es", "greenhouse_recibida_mx", "Pagos Nopal <no-reply@us.greenhouse-mail.io>",
  "¡Gracias por postularte a Pagos Nopal!",
  """Hola Lucía,

¡Gracias por tu interés en Pagos Nopal! Recibimos tu postulación para Senior Data Analyst - Growth.

Nuestro equipo revisará tu perfil y, si hay match, alguien del equipo de Talento te contactará en las próximas semanas.

Mientras tanto, conoce más sobre nuestra cultura en https://pagosnopal.example.mx/cultura

Saludos,
Talento · Pagos Nopal""", company="Pagos Nopal", fmt="alt")

m("application_received", "es", "computrabajo_postulacion", "Computrabajo <avisos@computrabajo.com>",
  "Postulación enviada: Analista de Datos - Constructora Pacífico Norte",
  """Hola Lucía,

Tu hoja de vida fue enviada a la oferta "Analista de Datos" de Constructora Pacífico Norte (Lima).

Recuerda: la empresa verá tu perfil cuando revise las postulaciones. Puedes hacer seguimiento en la sección Mis postulaciones.

Equipo Computrabajo
Este correo fue enviado automáticamente. No respondas a este mensaje.""", company="Constructora Pacífico Norte",
  fmt="html", contact="")

m("application_received", "es", "sin_feedback_individual", "Talento Grupo Ebro Alimentación <talento@grupoebroalim.example.es>",
  "Hemos recibido tu candidatura",
  """Hola Lucía,

Gracias por presentar tu candidatura a la posición de Analista de Demand Planning en Grupo Ebro Alimentación. La hemos recibido correctamente y el equipo de selección la revisará en los próximos días.

Ten en cuenta que, por desgracia, en esta fase no nos es posible dar feedback individual a todas las personas candidatas. Si avanzas en el proceso te escribiremos desde esta misma dirección.

¡Mucha suerte!
Equipo de Talento
Grupo Ebro Alimentación""", company="Grupo Ebro Alimentación", fmt="alt", cs="windows-1252")

m("application_received", "es", "administracion_publica_registro", "Sede Electrónica - Ayuntamiento de Valencia <no-contestar@sede.valencia.example.es>",
  "Justificante de registro de solicitud - Bolsa de empleo Técnico/a Superior Estadística",
  """Se ha registrado correctamente su solicitud de participación en el proceso selectivo:

Convocatoria: Bolsa de empleo temporal - Técnico/a Superior de Estadística (BOP nº 54)
Número de registro: REGAGE26e00012345678
Fecha y hora: 17/03/2026 12:41:07
Interesada: FERNÁNDEZ ORTEGA, LUCÍA

La lista provisional de personas admitidas y excluidas se publicará en el tablón de anuncios de la sede electrónica.

Ayuntamiento de Valencia · Servicio de Personal

Este mensaje se ha generado automáticamente. No responda a este correo.""",
  company="Ayuntamiento de Valencia", fmt="plain", cs="iso-8859-1", contact="")

m("application_received", "es", "bumeran_cv_visto", "Bumeran <notificaciones@bumeran.com.ar>",
  "¡Tu CV fue recibido por Distribuidora del Plata!",
  """Hola Lucía,

Te contamos que Distribuidora del Plata recibió tu postulación al aviso "Analista de BI - Sr (Buenos Aires / Híbrido)".

Si tu perfil avanza, la empresa se va a comunicar con vos.

¡Éxitos!
El equipo de Bumeran""", company="Distribuidora del Plata", fmt="html", cte="b64")

m("application_received", "es", "consultora_recibido_cl", "Javiera Muñoz <jmunoz@cumbre-seleccion.example.cl>",
  "Re: Postulación Data Analyst - Retail",
  """Hola Lucía,

Gracias por tu postulación, la recibimos bien. Estamos en la etapa de revisión curricular para nuestro cliente (retail, Santiago) y durante las próximas dos semanas vamos a contactar a quienes avancen a entrevista.

Si no sabes de nosotros en ese plazo, es que el perfil no avanzó esta vez, ya que por volumen no alcanzamos a responder a cada postulante.

Saludos,
Javiera Muñoz
Consultora · Cumbre Selección""", company="Cumbre Selección",
  quote=("es", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "vie, 8 may 2026 a las 17:33",
         "Estimada Javiera:\nAdjunto mi CV para la posición publicada en LinkedIn.\nSaludos cordiales,\nLucía Fernández"))

m("application_received", "es", "ong_recibida_corto", "Recursos Humanos Médicos por la Salud <rrhh@medicossalud.example.org>",
  "Recepción CV - Ref. MEAL-2026-07",
  """Buenos días,

Acusamos recibo de tu candidatura para el puesto Técnica/o MEAL y Datos (Ref. MEAL-2026-07). El plazo de presentación finaliza el 30/06; las entrevistas se realizarán durante la primera quincena de julio.

Un saludo,
RRHH · Médicos por la Salud""", company="Médicos por la Salud")

m("application_received", "en", "lever_thanks_applying", "Lumen Freight <no-reply@hire.lever.co>",
  "Thanks for applying to Lumen Freight",
  """Hi Lucía,

Thanks for applying for the Senior Analytics Engineer position at Lumen Freight. We've received your application and our team will review it shortly.

Due to the high volume of applications, we are unable to respond to every applicant individually; however, if your background is a match, a member of our recruiting team will be in touch.

Best,
Lumen Freight Talent Team""", company="Lumen Freight", fmt="alt", cte="7bit")

m("application_received", "en", "workday_airline_received", "Pacifica Airways <pacificaairways@myworkday.com>",
  "We've received your application - Data Analyst, Network Planning",
  """Dear Lucía Fernández Ortega,

Thank you for your application for Data Analyst, Network Planning (JR-104562) at Pacifica Airways.

Your application has been successfully submitted. Unfortunately we are unable to provide individual feedback at this stage, but you can track the status of your application at any time by signing in to our Careers site.

Kind regards,
Pacifica Airways Talent Acquisition


Please do not reply to this email.""", company="Pacifica Airways", fmt="html", cte="7bit", contact="")

m("application_received", "en", "indian_ack_revert", "Careers Desk <careers@nimbusanalytics.example.in>",
  "Acknowledgement: Application for Product Analyst",
  """Dear Lucia,

Greetings!

This is to acknowledge receipt of your application for the role of Product Analyst (Remote). Our team shall go through your profile and revert within 7-10 working days should it be shortlisted.

Request you not to send multiple applications for the same role.

Regards,
Careers Desk
Nimbus Analytics""", company="Nimbus Analytics")

m("application_received", "en", "bamboohr_ngo", "Clearwater Relief <notifications@app.bamboohr.com>",
  "Application received: Monitoring & Data Officer",
  """Hi Lucía,

Thanks for your interest in Clearwater Relief! We've received your application for Monitoring & Data Officer (Bogotá).

We are a small team, so please bear with us - we review every application and aim to get back to shortlisted candidates by the end of the month.

Warmly,
The Clearwater Relief hiring team""", company="Clearwater Relief", fmt="alt")

m("application_received", "en", "recruitee_dutch_owned", "Oranje Fintech via Recruitee <no-reply@recruitee.com>",
  "Your application for Data Analyst (Remote, LATAM)",
  """Hi Lucía,

Thank you for applying for the Data Analyst position at Oranje Fintech. We have received your application in good order.

What happens next? Our hiring manager looks at every application personally. You can expect to hear from us within 10 working days, whatever the outcome.

Kind regards,
Femke Bakker
Talent Acquisition, Oranje Fintech""", company="Oranje Fintech",
  reply_to="Femke Bakker <femke.bakker@oranjefintech.example.nl>", fmt="html")

m("application_received", "en", "british_university_ack", "HR Recruitment <recruitment@kingsbridge-uni.example.ac.uk>",
  "Application Acknowledgement - Ref KU-26-0834",
  """Dear Ms Fernández Ortega,

Thank you for your application for the post of Data & Insight Analyst (Ref KU-26-0834).

We confirm that your application has been received. The shortlisting panel will meet after the closing date of 22 May 2026. Please note that if you have not heard from us within four weeks of the closing date, you should assume that your application has been unsuccessful on this occasion.

Yours sincerely,
HR Recruitment Team
Kingsbridge University""", company="Kingsbridge University", cs="iso-8859-1")

m("application_received", "de", "eingangsbestaetigung", "Karriere Alpenbahn <karriere@alpenbahn.example.de>",
  "Eingangsbestätigung Ihrer Bewerbung",
  """Sehr geehrte Frau Fernández Ortega,

vielen Dank für Ihre Bewerbung als Data Analyst Fahrgastinformation (Kennziffer 26-DA-041). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte sehen Sie von telefonischen Nachfragen ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Alpenbahn AG""", company="Alpenbahn", fmt="alt", cs="iso-8859-1")

m("application_received", "de", "personio_danke_bewerbung", "Rheinpixel Studios <jobs-noreply@personio.de>",
  "Danke für deine Bewerbung!",
  """Hallo Lucía,

danke für deine Bewerbung als Product Analyst bei Rheinpixel Studios! Wir haben sie erhalten und schauen sie uns in den nächsten Tagen an.

Leider schaffen wir es nicht, jeder Person individuelles Feedback zu geben. Wir melden uns aber auf jeden Fall, sobald wir eine Entscheidung getroffen haben.

Bis bald
Dein Rheinpixel-Team""", company="Rheinpixel Studios", fmt="html", cte="b64")

m("application_received", "fr", "accuse_reception", "Recrutement Mutuelle Atlantique <recrutement@mutuelle-atlantique.example.fr>",
  "Accusé de réception de votre candidature",
  """Madame,

Nous accusons bonne réception de votre candidature au poste de Chargée d'études statistiques (réf. 2026-STAT-12) et vous en remercions.

Celle-ci va être étudiée avec la plus grande attention. En raison du nombre important de candidatures, nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'elles ; sans nouvelles de notre part sous un mois, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service Recrutement
Mutuelle Atlantique""", company="Mutuelle Atlantique", cs="windows-1252", fmt="alt")

m("application_received", "fr", "teamtailor_merci", "Café Marcel <no-reply@teamtailor.com>",
  "Merci pour ta candidature 🙌",
  """Salut Lucía,

Merci d'avoir postulé chez Café Marcel pour le poste de Data Analyst Retail ! On a bien reçu ta candidature.

On regarde tout ça et on revient vers toi très vite.

À bientôt,
La team Café Marcel""", company="Café Marcel", fmt="html", cte="b64")

m("application_received", "fr", "fonction_publique_canada", "Dotation - Ville de Laval-Sud <dotation@laval-sud.example.ca>",
  "Confirmation de réception - Concours 2026-084",
  """Bonjour,

Nous confirmons la réception de votre candidature pour le concours 2026-084, Analyste en intelligence d'affaires.

Seules les personnes retenues pour la suite du processus seront contactées. Nous vous remercions de l'intérêt manifesté pour la Ville de Laval-Sud.

Service de la dotation
Ville de Laval-Sud""", company="Ville de Laval-Sud")

# Offers
m("offer", "es", "oferta_verbal_seguimiento", "Marta Ibarrola <marta.ibarrola@pagoluz.example.com>",
  "Lo que hablamos por teléfono",
  """Hola de nuevo Lucía,

Tal y como te he comentado por teléfono hace un rato, ¡nos encantaría que te unieras a PagoLuz como Analytics Engineer! Te resumo lo que hablamos:

- Salario fijo: 52.000 € brutos anuales + 10% de bonus por objetivos
- Modalidad híbrida (2 días en oficina, Madrid)
- Incorporación: 1 de septiembre

Mañana te llega la carta de oferta formal para firmar por DocuSign. Cualquier duda, llámame.

¡Enhorabuena!
Marta
Marta Ibarrola | Talent Acquisition | PagoLuz""", company="PagoLuz", fmt="alt")

m("offer", "es", "carta_oferta_adjunta_mx", "Diana Cervantes <dcervantes@envioya.example.mx>",
  "Carta oferta - Analista Sr. de Datos",
  """Lucía, muy buenas tardes.

Es un gusto para mí hacerte llegar la carta oferta para la posición de Analista Sr. de Datos en EnvíoYa. En el documento adjunto encontrarás el detalle de sueldo, prestaciones superiores a las de ley, vales de despensa y esquema de trabajo remoto.

Te pedimos revisarla y, en caso de estar de acuerdo, enviarla firmada a más tardar el viernes 26 de junio.

¡Felicidades y bienvenida!

Diana Cervantes
Gerente de Capital Humano
EnvíoYa""", company="EnvíoYa", cs="iso-8859-1")

m("offer", "es", "co_propuesta_condicionada", "Camilo Restrepo <camilo.restrepo@logistica-andina.example.co>",
  "Buenas noticias - propuesta laboral",
  """Hola Lucía,

¡Se reabrió la vacante y queremos que seas tú! Nos complace ofrecerte el cargo de Analista de Producto, con contrato a término indefinido y salario de COP 9.800.000 mensuales.

La oferta está condicionada a la verificación de referencias laborales y al resultado del examen médico ocupacional. Te comparto en un correo aparte el formato de autorización de referencias.

Quedo atento a tu respuesta.
Un abrazo,
Camilo Restrepo
Líder de Gestión Humana · Logística Andina""", company="Logística Andina")

m("offer", "es", "contrato_firmar_es", "Cristina Lozano <cristina.lozano@sevillasolar.example.es>",
  "Contrato para firma",
  """Hola Lucía,

¡Qué alegría que aceptaras! Te adjunto el contrato indefinido (Data Analyst, 38.000 € brutos/año) para que lo revises y lo firmes a través de Factorial.

Necesitaría también copia del DNI, número de la Seguridad Social y la cuenta bancaria para la nómina.

Nos vemos el 1 de julio,
Cristina
RRHH · Sevilla Solar""", company="Sevilla Solar")

m("offer", "es", "ar_oferta_vos", "Martín Gorosito <mgorosito@fintechsur.example.com.ar>",
  "Propuesta FintechSur 🎉",
  """Lu!!

Qué alegría escribirte esto: ¡queremos que te sumes a FintechSur como Product Analyst Sr! Te adjunto la propuesta con el detalle (sueldo en USD, prepaga, 3 semanas de vacaciones, equipo y home office).

Tomate unos días para leerla tranquila y si tenés dudas armamos una call con Agus.

Abrazo grande,
Martín""", company="FintechSur", fmt="alt", cte="b64")

m("offer", "en", "pleased_to_offer", "Maya Brooks <maya.brooks@tidalmedia.example.com>",
  "Offer - Analytics Engineer, Tidal Media",
  """Hi Lucía,

On behalf of everyone at Tidal Media, I'm pleased to offer you the position of Analytics Engineer! Attached you'll find your offer letter, which includes your base salary of $118,000, equity details and benefits summary.

Please review and sign via DocuSign by Friday, August 14. Happy to set up a call with the hiring manager if you have any questions.

Congratulations!
Maya

Maya Brooks
Technical Recruiter | Tidal Media""", company="Tidal Media", fmt="alt", cte="7bit")

m("offer", "en", "conditional_offer_uk", "Olivia Hartley <o.hartley@northgate-partners.example.co.uk>",
  "Conditional offer of employment",
  """Dear Lucía,

Further to your interviews for the Senior Analyst, Data Strategy (Madrid) vacancy, I am delighted to confirm that we would like to offer you the role, subject to satisfactory references and a right-to-work check.

Your formal conditional offer letter is attached. Kindly return a signed copy together with the details of two referees at your earliest convenience.

Kind regards,

Olivia Hartley
Northgate Partners LLP""", company="Northgate Partners")

m("offer", "en", "agency_verbal_offer", "Jake Morrison <jake.morrison@brightpath-talent.example.com>",
  "THEY WANT YOU!!",
  """Lucia!!!

Just got off the phone with Coral Bay Hotels - they're making you an OFFER for the Revenue Analytics Manager role!! $95k base + 10% bonus, hybrid in Miami. Paperwork should land in your inbox from their HR tomorrow.

Call me when you see this!!!

Jake
BrightPath Talent | +1 305 555 0142""", company="Coral Bay Hotels")

m("offer", "de", "vertragsangebot", "Johanna Keller <johanna.keller@nordlicht-mobility.example.de>",
  "Ihr Vertragsangebot",
  """Liebe Lucía,

wir freuen uns sehr, Ihnen nach den guten Gesprächen die Stelle als Senior Data Analyst (Remote, Standort Barcelona) anbieten zu können. Anbei erhalten Sie unser Vertragsangebot mit allen Details zu Gehalt, Urlaub und Startdatum.

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 25. September zurück. Bei Fragen rufen Sie mich gern an.

Herzliche Grüße
Johanna Keller
People & Culture · Nordlicht Mobility""", company="Nordlicht Mobility", cs="iso-8859-1", fmt="alt")

m("offer", "fr", "promesse_embauche", "Sophie Lambert <sophie.lambert@banquemeridienne.example.fr>",
  "Proposition d'embauche - Analyste BI",
  """Bonjour Lucía,

J'ai le plaisir de vous confirmer que nous souhaitons vous accueillir au sein de Banque Méridienne en tant qu'Analyste BI, en CDI, à compter du 1er octobre 2026.

Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération (48 k€ bruts annuels + variable) et les avantages. Merci de nous la retourner signée sous huit jours.

Toutes mes félicitations !

Sophie Lambert
Chargée de recrutement - Banque Méridienne""", company="Banque Méridienne", cs="utf-8", fmt="html")

# Other: alerts, newsletters, other meanings of the words, life admin, own mail
LIST = {"List-Unsubscribe": "<https://unsub.example.net/u/8d1f2>, <mailto:unsubscribe@lists.example.net>",
        "Precedence": "bulk"}

m("other", "es", "linkedin_alerta_empleos", "LinkedIn Empleos <jobalerts-noreply@linkedin.com>",
  "“data analyst”: 14 empleos nuevos en Madrid",
  """Tus alertas de empleo

Data Analyst - Grupo Viajes Halcón Azul · Madrid (Híbrido) · Hace 2 días
Analytics Engineer - NeoBanco Verde · Madrid · 23 solicitudes
Product Analyst - Recetas Ya · En remoto · Solicitud sencilla
Business Intelligence Analyst - Farmacias Unidas · Alcobendas

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?keywords=data%20analyst

Recibes este correo porque creaste una alerta de empleo. Cancelar suscripción · Ayuda
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
  fmt="html", headers={**LIST, "List-Id": "<jobalerts.linkedin.com>"})

m("other", "es", "infojobs_ofertas_recomendadas", "InfoJobs <ofertas@push.infojobs.net>",
  "Lucía, 8 ofertas que encajan con tu perfil",
  """Hola Lucía, estas ofertas se publicaron ayer:

· Analista de Datos SQL/Power BI - Valencia - 30.000€ - 35.000€
· Data Analyst (Remoto) - Consultora tecnológica - 28.000€ - 33.000€
· Técnico/a de Reporting - Sevilla - Salario no disponible

¿Ya no te interesan estas ofertas? Modifica tu alerta.
Si no quieres recibir más correos, date de baja aquí.""", fmt="html", cte="b64", headers=LIST, contact="")

m("other", "es", "tecnoempleo_boletin", "Tecnoempleo <boletin@tecnoempleo.com>",
  "Boletín semanal: 312 ofertas de Data, Cloud y BI",
  """BOLETÍN TECNOEMPLEO · Semana 19

Las ofertas de analítica de datos más vistas esta semana:
- Data Engineer GCP (Madrid) 45-55K
- Analista BI Power BI (Remoto) 35-40K
- Analytics Engineer dbt (Barcelona) 42-50K

Artículo destacado: ¿Merece la pena certificarse en dbt en 2026?

Darse de baja del boletín: https://www.tecnoempleo.com/baja""", fmt="alt", cs="iso-8859-1",
  headers={**LIST, "List-Id": "Boletin Tecnoempleo <boletin.tecnoempleo.com>"}, contact="")

m("other", "es", "newsletter_rechazo_entrevistas", "Carrera con Datos <hola@carreracondatos.example.com>",
  "Nº 47 · Lo que nadie te cuenta de los rechazos",
  """Hola, datalover:

Esta semana hablamos de algo que duele: ese correo que empieza con "Lamentamos comunicarte que no has sido seleccionada". Todos lo hemos recibido. Lo importante es qué haces después.

1. Responde siempre con una nota breve y amable: agradece el tiempo y pide feedback.
2. No te saltes entrevistas sin avisar: si no puedes ir, escribe antes.
3. Apunta en qué fase te descartan; si siempre es tras la prueba técnica, ahí está tu trabajo.

Y si te han invitado a una entrevista la semana que viene, en el próximo número te contamos cómo preparar el caso práctico de SQL.

Nos leemos,
Irene, de Carrera con Datos

Te has suscrito en carreracondatos.example.com · Darte de baja""", fmt="alt",
  headers={**LIST, "List-Id": "Carrera con Datos <newsletter.carreracondatos.example.com>"}, contact="")

m("other", "es", "headhunter_contacto_frio", "Borja Elorza <borja.elorza@talentnorte.example.es>",
  "Oportunidad Analytics Lead - sector energía",
  """Hola Lucía,

Soy Borja, de Talent Norte. Trabajo en exclusiva con una energética del País Vasco que está montando su equipo de Analytics y buscan un perfil como el tuyo: SQL, dbt y experiencia con negocio.

Rango salarial 55-65K, híbrido en Bilbao.

Si te encaja, respóndeme con tu CV y cuándo te viene bien que hablemos, y si no, ¡ningún problema! Quizá conozcas a alguien.

Un saludo,
Borja Elorza
Partner · Talent Norte""")

m("other", "es", "podcast_entrevista", "Pilar Ugarte <pilar@podcastdatosconcafe.example.com>",
  "Entrevista para el podcast Datos con Café",
  """¡Hola Lucía!

Te escribo desde Datos con Café, el podcast sobre analítica en español. Vimos tu charla en el meetup de PyData Madrid sobre métricas de retención y nos encantaría entrevistarte para un episodio.

Grabamos en remoto, unos 45 minutos, y la entrevista se publica dos semanas después. ¿Te animas? Si te apetece, dime qué días te vienen bien en mayo.

Un abrazo,
Pilar Ugarte
Datos con Café · Podcast""")

m("other", "es", "user_research_banco", "Equipo de Investigación de Usuarios - Banco Ribera <research@bancoribera.example.es>",
  "¿Nos ayudas a mejorar la app? Entrevista de 30 min (tarjeta regalo de 40 €)",
  """Hola Lucía,

Estamos rediseñando la sección de ahorro de la app de Banco Ribera y queremos escuchar a clientes como tú.

Te proponemos una entrevista de investigación de usuarios de 30 minutos por videollamada. Como agradecimiento, recibirás una tarjeta regalo de 40 €.

Reserva tu hueco aquí: https://research.bancoribera.example.es/reserva

Gracias,
Equipo de UX Research
Banco Ribera""", fmt="html", contact="")

m("other", "es", "amiga_cuenta_rechazo", "Carmen Villalobos <carmenvb88@example.net>",
  "uff vaya semanita",
  """Lu!!

Te cuento: me acaban de rechazar en lo de la consultora, después de CUATRO entrevistas y el caso práctico. Ni feedback ni nada, un correo de plantilla "hemos decidido continuar con otros candidatos". Estoy que me subo por las paredes.

Bueno, ¿y tú qué tal con lo de la fintech? ¿Te llamaron para la entrevista final?

Cañas el viernes y me cuentas?
Besos,
Carmen""")

m("other", "es", "correos_envio_retrasado", "Correos <noreply@correos.example.es>",
  "Tu envío PQ4B3K0012345670128001 lleva retraso",
  """Hola,

Lamentablemente, tu envío PQ4B3K0012345670128001 está sufriendo un retraso en la entrega debido a una incidencia en el centro de tratamiento automatizado.

Nueva fecha estimada de entrega: 23/04/2026.

Puedes consultar el estado en Localizador de envíos.

Correos""", fmt="html", cs="iso-8859-1", cte="qp")

m("other", "es", "mercadolibre_paquete_demorado", "Mercado Libre <envios@mercadolibre.com.mx>",
  "Tu paquete llegará más tarde de lo previsto",
  """¡Hola Lucía!

Lamentablemente tu compra de Audífonos inalámbricos con cancelación de ruido se demoró. Ahora llegará entre el jueves y el lunes.

Si no llega en esa fecha, te devolvemos tu dinero.

Ver compra
Mercado Libre""", fmt="html", cte="b64", headers={"List-Unsubscribe": "<https://myaccount.mercadolibre.com.mx/unsub>"}, contact="")

m("other", "es", "banco_solicitud_prestamo", "Banco Ribera <notificaciones@bancoribera.example.es>",
  "Hemos recibido tu solicitud de préstamo personal",
  """Hola Lucía,

Hemos recibido correctamente tu solicitud de Préstamo Personal Ribera por importe de 6.000 €. Nuestro equipo de riesgos la está analizando y te daremos una respuesta en un plazo máximo de 48 horas hábiles.

Número de solicitud: PP-2026-0048213

Gracias por confiar en Banco Ribera.

Este correo se ha enviado de forma automática. Por favor, no respondas.""", fmt="alt")

m("other", "es", "inmobiliaria_piso_rechazado", "Inmobiliaria Torres del Turia <alquileres@torresdelturia.example.es>",
  "Re: Solicitud piso C/ Sueca 41",
  """Hola Lucía,

Gracias por enviar la documentación. Lamentablemente el propietario ha decidido alquilar el piso a otro solicitante que podía entrar a principios de mes, así que tu solicitud no ha salido adelante.

Si quieres, te aviso cuando tengamos otro piso similar en Ruzafa.

Un saludo,
Nacho
Inmobiliaria Torres del Turia""",
  quote=("es", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "mar, 10 mar 2026 a las 19:02",
         "Hola Nacho, te adjunto nóminas y contrato de trabajo. Muy interesada en el piso.\nLucía"))

m("other", "es", "universidad_admision_master", "Admisiones Máster Universidad Carlos del Sur <admisiones.master@ucsur.example.es>",
  "Resolución de admisión - Máster en Ciencia de Datos",
  """Estimada Lucía:

Nos complace comunicarte que has sido ADMITIDA en el Máster Universitario en Ciencia de Datos (modalidad online) para el curso 2026-2027.

Para formalizar tu plaza deberás abonar la reserva de 500 € antes del 15 de julio a través de la secretaría virtual.

Un saludo,
Oficina de Admisiones de Posgrado
Universidad Carlos del Sur""")

m("other", "es", "agencia_tributaria_notificacion", "Agencia Tributaria <no-reply@correo.aeat.example.es>",
  "Aviso de notificación disponible en la Dirección Electrónica Habilitada única",
  """Le informamos de que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).

Titular: FERNÁNDEZ ORTEGA LUCÍA
Concepto: Requerimiento - Renta 2025

Dispone de 10 días naturales para acceder a su contenido.

Este es un mensaje automático. No responda a este correo.""", cs="iso-8859-1", cte="qp")

m("other", "es", "seguridad_social_vida_laboral", "Seguridad Social <noreply@seg-social.example.es>",
  "Su informe de vida laboral",
  """Estimada ciudadana,

Le remitimos adjunto el Informe de Vida Laboral que ha solicitado a través de Import@ss. El documento está protegido con contraseña: los cuatro últimos dígitos de su DNI.

Tesorería General de la Seguridad Social""", fmt="plain")

m("other", "es", "renfe_billete", "Renfe <venta@renfe.example.es>",
  "Confirmación de compra - Madrid Puerta de Atocha > Valencia Joaquín Sorolla",
  """Gracias por viajar con Renfe.

Localizador: Y7K2LM
Ida: 06/05/2026 07:40 Madrid Pta. Atocha - Almudena Grandes > 09:32 Valencia Joaquín Sorolla
Coche 4 · Plaza 08C
Precio: 32,40 €

Recuerda que el acceso al tren se cierra 2 minutos antes de la salida.""", fmt="html", cte="b64", contact="")

m("other", "es", "gimnasio_cuota", "FitBarrio <hola@fitbarrio.example.es>",
  "Tu cuota de abril",
  """¡Hola Lucía!

Te confirmamos el cobro de tu cuota de abril (34,90 €). Este mes estrenamos clases de pilates los sábados a las 10:00, ¡reserva tu plaza en la app!

Nos vemos en la sala 💪
Equipo FitBarrio""", fmt="alt", headers=LIST, contact="")

m("other", "es", "streaming_pago_fallido", "Filmina <info@mailing.filmina.example.es>",
  "No hemos podido procesar tu pago",
  """Hola Lucía,

No hemos podido cobrar tu suscripción mensual. Actualiza tu método de pago antes del 12/06 para seguir viendo tus series sin interrupciones.

Actualizar método de pago

El equipo de Filmina""", fmt="html", headers=LIST)

m("other", "es", "propio_seguimiento_enviado", "Lucía Fernández Ortega <lucia.fernandez@example.org>",
  "Seguimiento candidatura Analista de Datos",
  """Hola Lorena,

Te escribo para saber si hay alguna novedad sobre el proceso de técnica de datos e impacto. Sigo muy interesada y, si os ayuda, puedo enviaros un ejemplo de cuadro de mando que hice para una ONG.

Gracias de antemano,
Lucía Fernández Ortega
+34 600 123 456""", to="Lorena Vidal <lvidal@fundacionhorizonte.example.org>")

m("other", "es", "propio_agradecimiento_entrevista", "Lucía Fernández Ortega <lucia.fernandez@example.org>",
  "Gracias por la entrevista de hoy",
  """Hola Cristina:

Muchas gracias por la entrevista de esta mañana y por enseñarme la oficina. Me quedo con muchas ganas de trabajar en el proyecto de previsión de producción que me contasteis.

Quedo a vuestra disposición para cualquier cosa que necesitéis (referencias, pruebas, etc.).

Un saludo,
Lucía""", to="Cristina Lozano <cristina.lozano@sevillasolar.example.es>", parent="factorial_segunda_ronda")

m("other", "es", "fuera_oficina_recruiter", "Paula Roig <paula.roig@cuentaclara.example.com>",
  "Respuesta automática: Re: Tu proceso con Cuentaclara",
  """Hola,

Estoy fuera de la oficina hasta el 20 de abril sin acceso al correo. Para temas urgentes de selección escribe a talento@cuentaclara.example.com.

Gracias,
Paula""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, parent="greenhouse_post_takehome")

m("other", "es", "calendario_daily_standup", "Google Calendar <calendar-notification@google.com>",
  "Recordatorio: Daily de datos @ lun 16 mar 2026 9:30 - 9:45 (CET)",
  """Daily de datos
Cuándo: lunes, 16 de marzo de 2026 9:30 – 9:45 Hora estándar de Europa central
Unirse con Google Meet: https://meet.google.com/xyz-abcd-efg
Invitados: equipo-datos@consumoplus.example.es

Recibes este correo porque tienes activadas las notificaciones del calendario lucia.fernandez@example.org.""",
  fmt="alt", ics=ics("daily-datos-recurring@consumoplus.example.es", "20260316T0830", 15, "Daily de datos", "equipo-datos@consumoplus.example.es"))

m("other", "es", "ubicacion_compartida", "Find Hub <noreply-findhub@google.example.com>",
  "Carmen ha compartido su ubicación contigo",
  """Carmen Villalobos está compartiendo su posición en tiempo real contigo hasta las 23:00.

Posición actual: Calle de Fuencarral, 28004 Madrid (precisión: 12 m)

Abrir en Maps""", fmt="html")

m("other", "es", "alsa_retraso", "ALSA <noreply@alsa.example.es>",
  "Información sobre tu viaje Madrid - Bilbao",
  """Estimado/a cliente:

Le informamos de que su servicio Madrid (Estación Sur) - Bilbao (Termibus) de las 15:00 del 22/05 saldrá con un retraso aproximado de 40 minutos por incidencias en la A-1.

Disculpe las molestias.
ALSA""", cs="windows-1252", cte="qp")

m("other", "en", "linkedin_jobs_you_may_like", "LinkedIn <jobs-listings@linkedin.com>",
  "Product Analyst at Coastline Pay and 9 more jobs for you",
  """Jobs you may be interested in

Product Analyst - Coastline Pay - Miami, FL (Hybrid) - Actively recruiting
Analytics Engineer - Northwind Grocers - Toronto, ON - Be an early applicant
Senior Data Analyst - Harbourview Insurance - Remote

See all jobs

You are receiving Job Alert emails. Unsubscribe | Help
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085""",
  fmt="html", cte="7bit", headers={**LIST, "List-Id": "<jobs-listings.linkedin.com>"}, contact="")

m("other", "en", "indeed_alert", "Indeed <alert@indeed.com>",
  "15 new analytics engineer jobs in Toronto, ON",
  """Analytics Engineer
Maple Ledger Inc. - Toronto, ON
$95,000 - $120,000 a year
Easily apply

Data Analyst, Product
Lakeside Telecom - Toronto, ON
Responsive employer

Unsubscribe from these alerts""", fmt="html", cte="b64", headers=LIST)

m("other", "en", "glassdoor_advice_newsletter", "Glassdoor Community <community@glassdoor.com>",
  "Why you didn't hear back after the interview",
  """This week on Glassdoor

"They said they'd be in touch. It's been three weeks." Ghosting after interviews is one of the most discussed topics in our community. We asked recruiters why it happens and what you can do.

Plus: how to reply to a rejection email so the door stays open, and what to say if you missed an interview because of an emergency.

Read more

You're receiving this newsletter because you're a Glassdoor member. Unsubscribe.""",
  fmt="alt", cte="7bit", headers={**LIST, "List-Id": "Glassdoor Community <community.glassdoor.com>"}, contact="")

m("other", "en", "inmail_cold_outreach", "Ryan Cho <ryan.cho@summitsearch.example.com>",
  "Analytics Engineering opportunities in Toronto",
  """Hi Lucía,

I came across your profile and was really impressed with your dbt and SQL background. I specialise in placing analytics engineers with high-growth fintechs across Canada and I'm building a shortlist of people open to a move in Q3.

No specific role to pitch right now - just keen to connect and share market insights (salary bands for AE in Toronto are up ~8% this year!).

Feel free to connect with me on LinkedIn.

Best,
Ryan Cho
Summit Search Partners""", cte="7bit")

m("other", "en", "podcast_guest", "Amira Haddad <amira@thedatadesk.example.com>",
  "Guest spot on The Data Desk?",
  """Hi Lucía,

I host The Data Desk, a fortnightly podcast about analytics careers. A listener recommended your blog post on migrating retail dashboards to dbt and I'd love to interview you for an episode.

Recording is remote, about 40 minutes, and we'd send questions beforehand. Would any Tuesday in June work?

Cheers,
Amira""")

m("other", "en", "journalist_press_interview", "Ben Whitfield <ben.whitfield@latamtechnews.example.com>",
  "Interview request: women in analytics in Spain",
  """Dear Lucía,

I'm a reporter with LatAm Tech News working on a feature about women moving into analytics engineering across Spain and Latin America. Would you be open to a 20-minute phone interview this week? Quotes would be attributed by first name and city only if you prefer.

Deadline is Friday. Many thanks,
Ben Whitfield
Senior Reporter, LatAm Tech News""")

m("other", "en", "user_research_fintech", "Kite Research <research@kiteapp.example.com>",
  "Share your thoughts: 45-min research interview ($60 gift card)",
  """Hi Lucía,

You recently signed up for Kite. We're running user research interviews to understand how people budget when they move countries.

The interview is a 45-minute video call with one of our researchers. As a thank-you, you'll receive a $60 gift card.

Pick a time: https://kiteapp.example.com/research/book

Thank you!
The Kite Research team""", fmt="html", headers=LIST, contact="")

m("other", "en", "friend_own_rejection", "Sam Okafor <sam.okafor@example.com>",
  "lol the job hunt",
  """Luci,

So I finally heard back from the bank in Toronto - rejected after the final round. "We've decided to move forward with a candidate whose experience more closely matches our needs." Classic. At least it wasn't ghosting I guess.

How are yours going? Still waiting on that Miami one?

Sam""", cte="7bit")

m("other", "en", "order_delayed", "ShopNorth Orders <orders-noreply@shopnorth.example.com>",
  "Unfortunately your order is delayed",
  """Hi Lucía,

Unfortunately your order #SN-448120 (standing desk converter) is delayed due to high demand. The new estimated delivery date is June 30.

We're sorry for the inconvenience. You can cancel for a full refund at any time from your account.

ShopNorth Customer Care""", fmt="alt", cte="7bit")

m("other", "en", "credit_card_application", "Maple Leaf Credit <donotreply@mapleleafcredit.example.ca>",
  "Application received - Maple Leaf Cash Back Visa",
  """Dear Lucía Fernández Ortega,

Thank you for applying for the Maple Leaf Cash Back Visa card. We have received your application (ref. 7781-22-0935).

We will review your application and notify you of our decision within 7-10 business days. Unfortunately we are unable to provide status updates by phone during this period.

Maple Leaf Credit""", fmt="html", cte="7bit")

m("other", "en", "ooo_recruiter", "Priya Nair <priya.nair@brightwaterhealth.example.com>",
  "Automatic reply: Interview availability",
  """Thank you for your email. I'm out of office until Monday, August 3 with limited access to email. For urgent scheduling questions please contact recruiting-ops@brightwaterhealth.example.com.

Priya""", headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent"},
  cte="7bit", parent="goodtime_rescheduled_notice")

m("other", "en", "candidate_survey", "Tidal Media Talent Team <survey@candidatepulse.example.com>",
  "How was your interview experience?",
  """Hi Lucía,

You recently interviewed with Tidal Media. We'd love to hear about your experience - whatever the outcome. The survey takes 3 minutes and is anonymous.

Start the survey

Powered by CandidatePulse. Unsubscribe""", fmt="html", headers=LIST, contact="")

m("other", "en", "substack_interview_tips", "The Analytics Career Letter <analyticscareer@substack.example.com>",
  "Issue 112: the take-home that cost me the offer",
  """Hey friends,

Last month a reader sent me the rejection email she got after spending 11 hours on a take-home SQL test. Let's talk about take-homes: when to push back, how long is reasonable, and how to ask for feedback when they say no.

Also in this issue: three interview invitations that turned out to be scams, and how to spot them.

Reply to this email to share your story.
Unsubscribe""", fmt="alt", cte="7bit",
  headers={**LIST, "List-Id": "The Analytics Career Letter <analyticscareer.substack.example.com>"}, contact="")

m("other", "en", "university_admission_toronto", "Graduate Admissions <gradadmissions@lakeshore-u.example.ca>",
  "Your application to the MSc in Applied Analytics",
  """Dear Lucía,

Thank you for your application to the Master of Science in Applied Analytics. After careful review, the admissions committee regrets that we are unable to offer you admission for Fall 2026. We received a record number of applications this year.

We wish you every success in your academic pursuits.

Office of Graduate Admissions
Lakeshore University""")

m("other", "en", "calendar_standup_outlook", "Microsoft Outlook <no-reply@microsoft.example.com>",
  "Reminder: Sprint standup",
  """Sprint standup
Tuesday, September 8, 2026 10:00 AM-10:15 AM (UTC+01:00) Madrid
Microsoft Teams meeting

Organizer: Jorge Pineda""", fmt="alt", cte="7bit",
  ics=ics("standup-sprint-44@consumoplus.example.es", "20260908T0800", 15, "Sprint standup", "jorge.pineda@consumoplus.example.es"))

m("other", "de", "stepstone_jobagent", "StepStone Jobagent <jobagent@stepstone.de>",
  "7 neue Jobs für „Data Analyst“ in Remote",
  """Ihre neuen Jobs von heute

Data Analyst (m/w/d) - Nordsee Logistik GmbH - Remote
Business Intelligence Analyst - Kaufhaus Lindner - Remote/Köln
Analytics Engineer (all genders) - FinTech Südhafen - Remote

Alle Jobs ansehen

Jobagent bearbeiten oder abbestellen""", fmt="html", cs="iso-8859-1", headers=LIST, contact="")

m("other", "de", "newsletter_absage_tipps", "Karriere-Briefing <briefing@karrierebriefing.example.de>",
  "Absage erhalten? So reagieren Sie richtig",
  """Guten Tag,

eine Absage nach dem Vorstellungsgespräch ist bitter. In unserem Briefing lesen Sie heute, wie Sie höflich antworten, um Feedback bitten und warum sich ein kurzes Dankeschön oft auszahlt.

Außerdem: Was tun, wenn Sie ein Interview verpasst haben?

Zum Artikel

Sie erhalten diesen Newsletter, weil Sie sich auf karrierebriefing.example.de angemeldet haben. Abmelden""",
  fmt="alt", headers={**LIST, "List-Id": "Karriere-Briefing <briefing.karrierebriefing.example.de>"}, contact="")

m("other", "de", "abwesenheitsnotiz", "Katrin Vogel <katrin.vogel@stadtwerke-isar.example.de>",
  "Abwesenheitsnotiz: Terminverschiebung: Vorstellungsgespräch 14.07.",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24.07. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@stadtwerke-isar.example.de.

Mit freundlichen Grüßen
Katrin Vogel""", headers={"Auto-Submitted": "auto-replied"}, cs="iso-8859-1", parent="termin_verschieben")

m("other", "de", "paket_verspaetet", "Paketdienst Blitz <noreply@blitzpaket.example.de>",
  "Ihre Sendung verspätet sich leider",
  """Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Neue voraussichtliche Zustellung: Donnerstag.

Wir bitten um Entschuldigung.
Ihr Paketdienst Blitz""", fmt="html")

m("other", "de", "radio_interview", "Lena Hoffmann <lena.hoffmann@radio-datenfunk.example.de>",
  "Interviewanfrage Radio Datenfunk",
  """Hallo Lucía,

ich bin Redakteurin bei Radio Datenfunk. Für unsere Sendung „Daten im Alltag“ suchen wir eine Analystin, die erklärt, wie Lieferdienste Wartezeiten vorhersagen. Hätten Sie Lust auf ein kurzes Interview (ca. 10 Minuten, telefonisch, auf Englisch oder Deutsch)?

Viele Grüße
Lena Hoffmann""")

m("other", "fr", "wttj_newsletter", "Welcome to the Jungle <hello@welcometothejungle.com>",
  "Les offres de la semaine + comment rebondir après un refus",
  """Cette semaine dans la Jungle

🔎 12 offres Data Analyst sélectionnées pour toi
✍️ Refus après un entretien : 5 façons de rebondir
🎙️ Podcast : « Mon premier entretien raté »

Voir les offres

Tu reçois cet email car tu es inscrite à notre newsletter. Se désinscrire""",
  fmt="html", cte="b64", headers={**LIST, "List-Id": "<newsletter.welcometothejungle.com>"}, contact="")

m("other", "fr", "indeed_alerte_fr", "Indeed <alert@indeed.com>",
  "Nouvelles offres : data analyst à Lyon",
  """Data Analyst H/F - Groupe Rhône Distribution - Lyon (69)
Candidature simplifiée

Analyste BI - Mutuelle des Traboules - Lyon 3e
Employeur réactif

Se désabonner de ces alertes""", fmt="html", headers=LIST)

m("other", "fr", "logement_refuse", "Agence Immobilière du Parc <location@immoduparc.example.fr>",
  "Votre dossier de location - 12 rue des Lilas",
  """Bonjour Madame,

Nous vous remercions pour votre dossier concernant l'appartement du 12 rue des Lilas. Malheureusement, le propriétaire a retenu une autre candidature.

Nous conservons votre dossier et ne manquerons pas de vous recontacter si un bien correspondant à vos critères se libère.

Cordialement,
Agence Immobilière du Parc""", cs="iso-8859-1")

m("other", "fr", "interview_radio_fr", "Hélène Dubois <helene.dubois@radiovilles.example.fr>",
  "Demande d'interview - émission Les Nouveaux Métiers",
  """Bonjour Lucía,

Je prépare une émission sur les nouveaux métiers de la donnée et j'aimerais beaucoup vous interviewer, par téléphone, pour une quinzaine de minutes. L'entretien serait diffusé le 12 septembre.

Seriez-vous disponible la semaine prochaine ?

Bien à vous,
Hélène Dubois
Journaliste, Radio Villes""", cs="windows-1252")

m("other", "fr", "amie_refus", "Inès Benali <ines.benali@example.net>",
  "devine quoi",
  """Coucou Lucía,

Bon ben c'est non pour le poste à Paris... « nous avons le regret de vous informer que votre candidature n'a pas été retenue ». Après trois entretiens ! Je suis dégoûtée.

Et toi, tu as eu des nouvelles de ton entretien à Lisbonne ?

Bisous,
Inès

Envoyé de mon iPhone""")

m("other", "fr", "absence_bureau", "Claire Moreau <claire.moreau@banque-rive.example.fr>",
  "Réponse automatique : Suite à notre entretien",
  """Bonjour,

Je suis absente du bureau jusqu'au 30 mars inclus. Pour toute question urgente relative au recrutement, merci de contacter recrutement@banque-rive.example.fr.

Cordialement,
Claire Moreau""", headers={"Auto-Submitted": "auto-replied"}, cs="iso-8859-1", parent="refus_apres_entretien")

m("other", "fr", "admission_master_fr", "Scolarité - École de Statistique de Nantes <admissions@esn.example.fr>",
  "Résultat de votre candidature - Mastère Spécialisé Big Data",
  """Madame,

Nous avons le plaisir de vous informer que votre candidature au Mastère Spécialisé Big Data a reçu un avis favorable du jury d'admission. Vous êtes admise sur liste principale.

Merci de confirmer votre inscription avant le 30 juin sur la plateforme.

Le service des admissions
École de Statistique de Nantes""", fmt="alt")

m("other", "fr", "colis_retard", "Colis Express <ne-pas-repondre@colisexpress.example.fr>",
  "Votre colis a du retard",
  """Bonjour,

Votre colis n° 6A12345678901 a malheureusement pris du retard. Nous mettons tout en œuvre pour vous le livrer au plus vite.

Suivre mon colis

Colis Express""", fmt="html", contact="")


# Late additions: a forwarded invitation, a forwarded posting, the candidate's own acceptance
m("interview_invitation", "es", "reenvio_invitacion_manager", "Carlos Mena <carlos.mena@viajesluna.example.com>",
  "Fwd: Candidata Lucía Fernández - siguiente paso",
  """Lucía, te reenvío lo que me pasó Alba. Por mi parte encantado: ¿te viene bien el viernes 13 a las 12:00 en la oficina de Atocha? Serán 45 min conmigo y con Sara, de producto. Confírmame por aquí mismo.

Carlos Mena
Head of Product Analytics · Viajes Luna""", company="Viajes Luna",
  quote=("fwd", "Alba Serrano <alba.serrano@viajesluna.example.com>", "mar, 10 mar 2026, 19:31",
         "Carlos, la candidata de Product Analyst (Lucía Fernández) puede el viernes 13 a las 12:00 o el lunes 16.\n"
         "Te dejo su CV en el drive. Alba"))

m("other", "es", "madre_reenvia_oferta", "Pilar Ortega <pilar.ortega.r@example.net>",
  "Fwd: Oferta de empleo Analista - te puede interesar",
  """Hija, me lo ha pasado tu tía Maribel, que lo vio en el boletín del colegio de economistas. Mira a ver si te interesa. Un beso muy fuerte

Mamá""",
  quote=("fwd", "Boletín Colegio de Economistas <boletin@colegioeconomistas.example.es>", "6 may 2026",
         "OFERTAS DE EMPLEO PARA COLEGIADOS\n\nRef. 112 - Analista de datos financieros - Sevilla - Grupo Hostelero Guadalquivir.\n"
         "Requisitos: SQL, Power BI, inglés B2. Enviar CV a empleo@colegioeconomistas.example.es indicando la referencia."))

m("other", "en", "own_offer_acceptance", "Lucía Fernández Ortega <lucia.fernandez@example.org>",
  "Re: Offer - Analytics Engineer, Tidal Media",
  """Hi Maya,

Thank you so much - I'm thrilled to accept! I've signed the offer letter in DocuSign just now. Could you let me know the next steps for the background check and onboarding?

Best,
Lucía""", to="Maya Brooks <maya.brooks@tidalmedia.example.com>", parent="pleased_to_offer",
  quote=("gmail", "Maya Brooks <maya.brooks@tidalmedia.example.com>", "Thu, Aug 6, 2026 at 12:30 PM",
         "Hi Lucía,\n\nOn behalf of everyone at Tidal Media, I'm pleased to offer you the position of Analytics Engineer!\n"
         "Please review and sign via DocuSign by Friday, August 14.\n\nCongratulations!\nMaya"), cte="7bit")

m("rejection", "en", "outlook_chain_after_references", "Grace Lim <grace.lim@orchardtelecom.example.com>",
  "RE: References - Lucía Fernández Ortega",
  """Hi Lucía,

Thank you for sending the referee details so promptly, and please pass on our thanks to them too. I'm sorry to say that after the final review the hiring committee has chosen to offer the Customer Insights Analyst role to another candidate. It was genuinely close.

With best wishes,
Grace

Grace Lim | People Partner | Orchard Telecom
This message is intended only for the addressee and may contain confidential information.""",
  company="Orchard Telecom", fmt="alt",
  quote=("outlook", "Lucía Fernández Ortega <lucia.fernandez@example.org>", "Wednesday, September 16, 2026 9:02 AM",
         "Hi Grace,\n\nPlease find below my two referees:\n- Ana Prieto, former manager, +34 600 000 111\n"
         "- David Soler, client, +34 600 000 222\n\nKind regards,\nLucía\n\n"
         "From: Grace Lim <grace.lim@orchardtelecom.example.com>\nSent: Tuesday, September 15, 2026 6:40 PM\n"
         "Subject: References - Lucía Fernández Ortega\n\nHi Lucía, as the last step could you share two references? Thanks, Grace"))


# ---------------------------------------------------------------------------------------------
def main() -> None:
    """Rewrite every message and labels.csv from MAILS."""
    for kind_dir in {mail.kind for mail in MAILS}:
        shutil.rmtree(ROOT / kind_dir, ignore_errors=True)
    rows = []
    ids = {mail.scen: message_id(mail, index) for index, mail in enumerate(MAILS, start=1)}
    for index, mail in enumerate(MAILS, start=1):
        rel = f"{mail.kind}/{index:03d}_{mail.scen}.eml"
        (ROOT / mail.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(render(mail, index, ids))
        rows.append([rel, mail.kind, mail.company if mail.kind != "other" else "", contact_of(mail), mail.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
