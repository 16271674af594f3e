"""Writes the twentieth labelled corpus: Lucía Fernández Ortega's job-search inbox, Apr-Aug 2026.

Run `python tests/corpus_twentieth/make_twentieth.py` to rewrite every .eml and labels.csv.
Each message below is written by hand (its own wording, sender and structure); this file only
turns the hand-written text into MIME in one of several shapes (plain, HTML-only,
multipart/alternative, quoted-printable, base64, 8bit, legacy charsets, calendar parts,
attachments, reply chains). It imports only the standard library and nothing from the
project or from any other corpus.
"""

from __future__ import annotations

import base64
import csv
import quopri
import random
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = ("Lucía Fernández Ortega", "lucia.fernandez@example.com")

# Time zones of the cities she applies in, as fixed offsets for the Date header.
TZ = {
    "es": timezone(timedelta(hours=2)),
    "fr": timezone(timedelta(hours=2)),
    "de": timezone(timedelta(hours=2)),
    "en": timezone(timedelta(hours=1)),
    "ba": timezone(timedelta(hours=-3)),
    "mx": timezone(timedelta(hours=-6)),
    "mtl": timezone(timedelta(hours=-4)),
}


@dataclass
class Msg:
    """One hand-written message and its labels."""

    kind: str
    scen: str
    lang: str
    company: str
    contact: str
    frm: tuple[str, str]
    subj: str
    text: str
    fmt: str = "plain"  # plain | html | alt
    cte: str = ""  # 7bit | 8bit | qp | b64 ("" = pick from the content)
    charset: str = "utf-8"
    reply_to: tuple[str, str] | None = None
    to: tuple[str, str] = ME
    cc: str = ""
    quote: tuple[str, str, str] | None = None  # (style, attribution who, quoted text)
    ics: dict[str, str] | None = None
    attach: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    tz: str = ""
    reply: bool = False
    html: str = ""  # hand-written HTML; otherwise derived from text


MESSAGES: list[Msg] = []


def m(*args: object, **kwargs: object) -> None:
    MESSAGES.append(Msg(*args, **kwargs))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# MIME building
# ---------------------------------------------------------------------------------------------

_DAYS = {
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept"],
}


def _attribution(style: str, who: str, when: datetime) -> str:
    """The line a mail client in that language writes above a quoted message."""
    if style == "gmail":
        return f"On {when.strftime('%a, %b %d, %Y at %H:%M')}, {who} wrote:"
    day, month = _DAYS[style][when.weekday()], _MONTHS[style][when.month - 1]
    clock = when.strftime("%H:%M")
    if style == "de":
        return f"Am {day}, {when.day}. {month} {when.year} um {clock} Uhr schrieb {who}:"
    if style == "fr":
        return f"Le {day} {when.day} {month} {when.year} à {clock}, {who} a écrit :"
    return f"El {day}, {when.day} {month} {when.year} a las {clock}, {who} escribió:"


def _quoted(style: str, who: str, text: str, when: datetime) -> str:
    if style == "outlook":
        head = (
            "\n\n________________________________\n"
            f"From: {who}\nSent: {when.strftime('%A, %B %d, %Y %I:%M %p')}\n"
            f"To: {ME[0]} <{ME[1]}>\nSubject: RE: application\n\n"
        )
        return head + text
    if style == "fwd":
        return (
            "\n\n---------- Forwarded message ---------\n"
            f"From: {who}\nDate: {when.strftime('%a, %b %d, %Y at %H:%M')}\n"
            f"Subject: Fwd\nTo: {ME[1]}\n\n" + text
        )
    quoted = "\n".join("> " + line if line else ">" for line in text.split("\n"))
    return "\n\n" + _attribution(style, who, when) + "\n" + quoted


def _html_from_text(text: str, seq: int, charset: str) -> str:
    """A mail-builder style HTML body: layout table, inline styles, tracked links."""
    out = []
    for para in text.strip().split("\n\n"):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        esc = re.sub(
            r"(https?://[^\s<]+)",
            lambda mo: f'<a href="https://t.mailtrk.example.net/c/{seq}?u={mo.group(1)}" '
            f'style="color:#3b5bdb">{mo.group(1)}</a>',
            esc,
        )
        out.append(
            '<p style="margin:0 0 14px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;'
            'line-height:20px;color:#222">' + esc.replace("\n", "<br>") + "</p>"
        )
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"></head><body style="margin:0">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="background:#f4f4f4;padding:24px">'
        '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr>'
        '<td style="padding:32px">' + "\n".join(out) + "</td></tr></table>"
        f'<img src="https://t.mailtrk.example.net/o/{seq}.gif" width="1" height="1" alt="">'
        "</td></tr></table></body></html>"
    )


_ASCII_PUNCT = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'",
                              "\u201c": '"', "\u201d": '"', "\u2026": "..."})


def _leaf(ctype: str, text: str, charset: str, cte: str, seq: int = 0) -> bytes:
    if charset == "iso-8859-1":
        # What a Latin-1 mail client does with typographic punctuation it cannot encode.
        text = text.translate(_ASCII_PUNCT)
    data = text.encode(charset)
    if not cte:
        # Mail programs differ in how they send non-ASCII text; vary it as an inbox would.
        cte = "7bit" if data.isascii() else ("quoted-printable", "8bit", "base64")[seq % 3]
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    head = f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode("ascii") + body.rstrip(b"\n") + b"\n"


def _ics(seq: int, spec: dict[str, str], organizer: str) -> bytes:
    method = spec.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Scheduling//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec.get('uid', f'evt-{seq}@sched.example.net')}",
        f"SEQUENCE:{spec.get('sequence', '0')}",
        "DTSTAMP:20260401T080000Z",
        f"DTSTART:{spec['start']}",
        f"DTEND:{spec['end']}",
        f"SUMMARY:{spec['summary']}",
        f"LOCATION:{spec.get('location', 'Google Meet')}",
        f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    data = "\r\n".join(lines).encode("utf-8") + b"\r\n"
    head = (
        f'Content-Type: text/calendar; charset="utf-8"; method={method}\n'
        "Content-Transfer-Encoding: base64\n\n"
    )
    return head.encode() + base64.encodebytes(data)


def _multipart(sub: str, parts: list[bytes], boundary: str) -> bytes:
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'.encode()]
    for part in parts:
        out.append(f"--{boundary}\n".encode() + part)
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def _addr(pair: tuple[str, str], charset: str) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        if re.search(r'[,.;:@()<>"]', name):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{addr}>"
    return f"{Header(name, 'utf-8').encode()} <{addr}>"


def build(seq: int, msg: Msg, when: datetime) -> bytes:
    domain = msg.frm[1].split("@")[1]
    body_text = msg.text.strip("\n") + "\n"
    if msg.quote:
        style, who, qtext = msg.quote
        body_text = body_text.rstrip("\n") + _quoted(style, who, qtext.strip("\n"), when - timedelta(days=3, hours=5)) + "\n"
    if msg.fmt == "plain":
        body = _leaf("text/plain", body_text, msg.charset, msg.cte, seq)
    else:
        html = msg.html or _html_from_text(body_text, seq, msg.charset)
        html_part = _leaf("text/html", html, msg.charset, msg.cte or "qp")
        if msg.fmt == "html":
            body = html_part
        else:
            body = _multipart("alternative", [_leaf("text/plain", body_text, msg.charset, msg.cte, seq), html_part],
                              f"=_alt_{seq:03d}_{domain}")
    if msg.ics:
        body = _multipart("mixed", [body, _ics(seq, msg.ics, msg.frm[1])], f"=_mix_{seq:03d}")
    if msg.attach:
        pdf = b"%PDF-1.4\n% corpus placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        att = (
            f'Content-Type: application/pdf; name="{msg.attach}"\n'
            f'Content-Disposition: attachment; filename="{msg.attach}"\n'
            "Content-Transfer-Encoding: base64\n\n"
        ).encode() + base64.encodebytes(pdf)
        body = _multipart("mixed", [body, att], f"=_att_{seq:03d}")
    subj = msg.subj
    if msg.reply and not subj.lower().startswith(("re:", "aw:", "rv:", "tr:")):
        subj = "Re: " + subj
    subj_h = subj if subj.isascii() else Header(subj, "utf-8").encode()
    head = [
        f"Return-Path: <{msg.frm[1]}>",
        f"Message-ID: <{seq:03d}.{when.strftime('%Y%m%d%H%M')}.{msg.scen}@{domain}>",
        f"Date: {format_datetime(when)}",
        f"From: {_addr(msg.frm, msg.charset)}",
        f"To: {_addr(msg.to, msg.charset)}",
    ]
    if msg.cc:
        head.append(f"Cc: {msg.cc}")
    if msg.reply_to:
        head.append(f"Reply-To: {_addr(msg.reply_to, msg.charset)}")
    head.append(f"Subject: {subj_h}")
    if msg.reply or msg.quote:
        parent = f"<CAF{seq:03d}q{when.strftime('%m%d')}@mail.example.com>"
        head += [f"In-Reply-To: {parent}", f"References: <CAF{seq:03d}root@mail.example.com> {parent}"]
    head += [f"{k}: {v}" for k, v in msg.headers.items()]
    head.append("MIME-Version: 1.0")
    return "\n".join(head).encode("ascii") + b"\n" + body


# Days after 1 April 2026 in which each kind of message arrives (to late August).
_STAGE_DAYS = {
    "application_received": (0, 45),
    "interview_invitation": (20, 80),
    "interview_reschedule_or_cancel": (35, 95),
    "missed_interview_notice": (45, 105),
    "rejection": (40, 145),
    "offer": (95, 145),
    "other": (0, 148),
}

# Messages whose text names a date: the day (after 1 April 2026) they were sent.
_PINNED_DAYS = {
    "ics_portfolio_review_fr": 43, "ics_cancel_fr": 48, "fr_quebec_ics": 55, "fr_quebec_deplacer": 58,
    "fr_quebec_manque": 63, "fr_quebec_offre": 100, "teams_ics_en": 69, "teams_no_join_en": 76,
    "nordic_en_ics": 47, "nordic_en_postpone": 54, "own_sent_followup_en": 58,
    "conditional_nordic_en": 91, "workday_invite_en": 65, "workday_cancelled_en": 72,
    "goodtime_onsite_en": 68, "goodtime_rescheduled_en": 79, "cal_notif_client_review_en": 56,
    "standup_calendar_en": 40, "mx_usted_entrevista": 34, "mx_reprogramar_usted": 37,
    "mx_no_se_presento": 43, "es_usted_mx_banca": 62, "indian_en_do_revert": 37,
    "tried_calling_en": 43, "indian_english_en": 57, "calendly_screen_en": 27,
    "calendly_canceled_en": 35, "ooo_recruiter_en": 36,
    "de_sie_zweitgespraech": 70, "de_termin_verschieben": 75, "de_nicht_erschienen": 82,
    "agency_exclaim_en": 63, "agency_cancel_en": 69, "uk_no_show_agency_en": 75,
    "uk_pleased_to_offer": 86, "es_panel_gijon_usted": 61, "es_aplazado_indefinido": 65,
    "es_agencia_entrevista_cliente": 72, "own_sent_reschedule_es": 73, "es_no_conectaste": 78,
    "ba_propuesta_vos": 93, "es_carta_oferta": 79, "podcast_interview_es": 34,
    "radio_entrevista_es": 59, "museum_registro_es": 20, "meetup_event_en": 47,
    "gallery_opening_es": 41, "coworking_es": 51, "order_delayed_en": 37, "bank_statement_es": 62,
    "design_contest_fr": 65, "visa_appointment_en": 80, "uk_ack_no_feedback_en": 9,
    "next_round_brief_en": 50, "move_mobile_en": 53, "short_en": 70, "ba_te_esperamos": 41,
    "ba_vos_es": 49, "paid_challenge_en": 40, "calendly_no_show_en": 55, "wttj_fr_entretien": 45,
    "fr_absente": 60, "ooo_fr_absence": 42,
}


def main() -> None:
    for kind_dir in ROOT.iterdir():
        if kind_dir.is_dir():
            shutil.rmtree(kind_dir)
    # A message's date follows the stage it belongs to (applications first, offers last), with
    # a seeded jitter, so one employer's thread reads in a plausible order.
    dated = []
    for index, msg in enumerate(MESSAGES):
        rng = random.Random(f"{index}-{msg.scen}")
        first, last = _STAGE_DAYS[msg.kind]
        day = _PINNED_DAYS.get(msg.scen, int(rng.uniform(first, last)))
        local = datetime(2026, 4, 1, tzinfo=TZ[msg.tz or msg.lang]) + timedelta(
            days=day, minutes=int(rng.uniform(8 * 60, 19 * 60))
        )
        dated.append((local, msg))
    dated.sort(key=lambda pair: pair[0])
    rows = []
    counters: dict[str, int] = {}
    for seq, (when, msg) in enumerate(dated, 1):
        counters[msg.kind] = counters.get(msg.kind, 0) + 1
        rel = f"{msg.kind}/{seq:03d}_{msg.scen}.eml"
        (ROOT / msg.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(seq, msg, when))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(len(rows), "messages", dict(sorted(counters.items())))


# ---------------------------------------------------------------------------------------------
# The inbox. Interleaved roughly as it arrived; each section ends where the next begins.
# ---------------------------------------------------------------------------------------------

R = "rejection"

m(R, "workable_soft_es", "es", "Estudio Nómada", "",
  ("Estudio Nómada", "noreply@candidates.workablemail.com"),
  "Tu candidatura para Diseñador/a UX Senior en Estudio Nómada",
  """Hola Lucía,

Gracias por el interés que has mostrado en Estudio Nómada y por el tiempo que has dedicado a tu candidatura para el puesto de Diseñador/a UX Senior.

Hemos recibido muchísimos perfiles muy interesantes y, tras revisarlos con calma, hemos decidido seguir adelante con otras personas cuya experiencia encaja de forma más cercana con lo que buscamos en este momento.

Guardaremos tus datos por si surge una vacante que se ajuste mejor a tu perfil.

Un abrazo,
El equipo de Estudio Nómada

--
Este correo se ha enviado a través de Workable. Por favor, no respondas a este mensaje.
""", fmt="alt", tz="es")

m(R, "hm_mobile_blunt_en", "en", "Pixelforge", "tom@pixelforge.example.com",
  ("Tom Adeyemi", "tom@pixelforge.example.com"),
  "Re: Portfolio",
  """hey Lucia - thanks for sending the portfolio over. honestly great work but we're going w someone with more product/SaaS experience for this one. best of luck

Sent from my iPhone""",
  reply=True, quote=("gmail", "Lucía Fernández Ortega <lucia.fernandez@example.com>",
  "Hi Tom,\n\nAs promised, here is the link to my portfolio: https://luciafernandez.example.com\n\nBest,\nLucía"))

m(R, "teamtailor_after_interview_en", "en", "Northlight Games", "",
  ("Northlight Games", "no-reply@teamtailor-mail.example.net"),
  "Your application for Brand Designer at Northlight Games",
  """Hi Lucía,

Thank you so much for taking the time to meet with Signe and Jonas last week, we really enjoyed the conversation about your work for Tessera and the packaging series.

After a lot of discussion we have decided not to move forward with your application at this time. This was a genuinely tough call, the final candidates were all very strong.

We'd be happy to keep you in our talent pool - you'll get an email to confirm if you'd like that.

All the best,
Signe Lindqvist
Talent Partner, Northlight Games
Stockholm | Malmö
""", fmt="alt", cte="qp")

m(R, "lever_filled_en", "en", "Kestrel Pay", "",
  ("Kestrel Pay", "no-reply@hire.lever.co"),
  "Kestrel Pay | Product Designer, Payments",
  """Hi Lucía,

Thanks for applying to the Product Designer, Payments role at Kestrel Pay. We wanted to let you know that this position has now been filled.

We appreciate your interest in Kestrel Pay and encourage you to keep an eye on our careers page at https://jobs.lever.co/kestrelpay for future openings.

Best regards,
Kestrel Pay Talent Team
""")

m(R, "ashby_after_challenge_en", "en", "Trova Market", "kai.brennan@trovamarket.example.com",
  ("Kai Brennan", "no-reply@ashbyhq.com"),
  "Following up on your design challenge",
  """Hi Lucía,

First off, thank you for the effort you put into the checkout redesign challenge. The team went through it together on Thursday and there was a lot to like, especially the way you handled the address form on mobile.

That said, we've decided not to progress your application to the final stage. The main gap for us was around the depth of the research rationale; we were looking for a bit more on how you'd validate the assumptions before shipping.

We'll pay out the challenge fee as agreed this week (you should get an email from Deel).

If you'd like to chat through the feedback, just reply here and it comes straight to me.

Kai
Kai Brennan · Design Recruiting Lead · Trova Market
""", reply_to=("Kai Brennan", "kai.brennan@trovamarket.example.com"), fmt="alt")

m(R, "infojobs_descartada_es", "es", "Grupo Lumbre Retail", "",
  ("InfoJobs", "notificaciones@infojobs.net"),
  "Tu candidatura ha cambiado de estado",
  """Hola Lucía:

La empresa Grupo Lumbre Retail ha actualizado el estado de tu inscripción en la oferta "Diseñador/a gráfico/a e-commerce (Valencia)".

Estado: Descartado

Por desgracia en esta ocasión el proceso continúa sin tu candidatura. ¡No te desanimes! Tienes más de 340 ofertas de Diseño gráfico esperándote.

Ver ofertas similares: https://www.infojobs.net/ofertas-trabajo/diseno-grafico

InfoJobs · Este es un mensaje automático, no respondas a este correo.
""", fmt="html", tz="es")

m(R, "agency_relay_en", "en", "Brightwater Media", "hannah@talentloop.example.co.uk",
  ("Hannah Price", "hannah@talentloop.example.co.uk"),
  "Brightwater - feedback",
  """Hi Lucia,

Hope you're well! Just had feedback back from Brightwater Media on the Senior Designer role and unfortunately they've decided not to take things further :( They said your brand work was really strong but they need someone with more motion/video experience for their channels team.

Gutted as I thought you were a great fit!! Definitely not the end though - I've got a couple of other agency roles coming in next week that I think could be perfect, so I'll be in touch.

Have a lovely weekend,

Hannah Price
Senior Consultant - Creative & Digital
TalentLoop Recruitment | 020 7946 0321 | www.talentloop.example.co.uk
""", tz="en")

m(R, "uk_shant_progress_en", "en", "Marlowe & Finch", "careers@marlowefinch.example.co.uk",
  ("Marlowe & Finch Careers", "careers@marlowefinch.example.co.uk"),
  "Application: Junior Art Director (Ref MF-2231)",
  """Dear Ms Fernandez Ortega,

Thank you for your recent application for the position of Junior Art Director.

We have now had the opportunity to consider your application carefully against the requirements of the role and regret to inform you that we shan't be progressing it further on this occasion.

We receive a great many applications and are therefore unable to provide individual feedback, but we do thank you for the interest you have shown in Marlowe & Finch and wish you every success in your search.

Yours sincerely,

People Team
Marlowe & Finch
14 Clerkenwell Close, London EC1R 0AA

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Marlowe & Finch Ltd is registered in England and Wales, no. 04412871.
""", charset="iso-8859-1", tz="en")

m(R, "on_hold_es_usted", "es", "Banco Alameda", "rrhh.talento@bancoalameda.example.com",
  ("Talento Banco Alameda", "rrhh.talento@bancoalameda.example.com"),
  "Proceso de selección - Diseñador/a de Producto Digital",
  """Estimada Sra. Fernández:

Le agradecemos sinceramente su participación en el proceso de selección para la posición de Diseñador/a de Producto Digital.

Le informamos de que, por motivos de reorganización interna, la posición ha quedado en suspenso y no vamos a continuar con el proceso en este momento. Lamentamos las molestias que esta decisión pueda ocasionarle.

Conservaremos su currículum en nuestra base de datos durante un periodo de doce meses, de acuerdo con la normativa vigente de protección de datos.

Atentamente,

Dirección de Talento
Banco Alameda
Paseo de la Castellana 000, 28046 Madrid

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine.
""", charset="windows-1252", cte="qp", tz="es")

m(R, "short_en", "en", "Orbit Studio", "ines@orbitstudio.example.com",
  ("Inês Carvalho", "ines@orbitstudio.example.com"),
  "Update",
  """Hi Lucía,

Thanks for your time, but we won't be moving forward. Wishing you the best.

Inês
Orbit Studio — Lisbon / Porto
""")

m(R, "mx_no_seleccionada_es", "es", "Agencia Copal", "",
  ("Reclutamiento Copal", "no-reply@copal.example.mx"),
  "Seguimiento a tu postulación",
  """Hola Lucía, ¿qué tal?

Te escribimos para agradecerte tu interés en formar parte de Copal y el tiempo que le dedicaste a la entrevista con nuestro equipo creativo.

Después de revisar todos los perfiles, te comentamos que en esta ocasión no fuiste seleccionada para la vacante de Directora de Arte. Nos quedamos con muy buena impresión de tu trabajo y esperamos coincidir en otro proyecto.

¡Mucho éxito!
Equipo de Talento | Agencia Copal
Ciudad de México
""", fmt="html", tz="mx")

m(R, "fr_wttj_refus", "fr", "Maison Caravelle", "",
  ("Maison Caravelle via Welcome to the Jungle", "no-reply@welcometothejungle.example.com"),
  "Votre candidature chez Maison Caravelle",
  """Bonjour Lucía,

Nous vous remercions pour l'intérêt que vous portez à Maison Caravelle et pour votre candidature au poste de Designer UX/UI (CDI – Paris).

Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature. Cette décision ne remet pas en cause la qualité de votre parcours.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
L'équipe Recrutement de Maison Caravelle
""", fmt="alt", cte="b64")

m(R, "fr_casual_after_call", "fr", "Studio Poussière", "camille@poussiere.example.fr",
  ("Camille Roux", "camille@poussiere.example.fr"),
  "Suite à notre échange",
  """Hello Lucía,

Merci encore pour l'appel de mardi, c'était super sympa d'échanger avec toi.

Je reviens vers toi avec une réponse pas très réjouissante : on a finalement choisi de poursuivre avec une autre personne, qui a un profil plus orienté motion design, ce qui correspond davantage à nos projets de la rentrée.

Je garde ton book sous le coude, vraiment. Si jamais on a un besoin en freelance sur de l'identité visuelle je te fais signe.

Belle journée à toi,
Camille

Camille Roux — Directrice de création
Studio Poussière, Bordeaux
06 12 34 56 78
""")

m(R, "de_absage_formal", "de", "Hanseatische Medien", "",
  ("Hanseatische Medien Karriere", "noreply@karriere.hanseatische-medien.example.de"),
  "Ihre Bewerbung als UX Designer (m/w/d) – Kennziffer 2026-114",
  """Sehr geehrte Frau Fernández Ortega,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Hanseatische Medien GmbH.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern ergibt sich aus dem Vergleich mit den Anforderungen der Position.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hanseatische Medien GmbH · Sitz Hamburg · HRB 000000
""", charset="iso-8859-1", cte="qp")

m(R, "de_du_startup", "de", "Fahrwerk Mobility", "lea.brandt@fahrwerk.example.de",
  ("Lea Brandt", "lea.brandt@fahrwerk.example.de"),
  "Kurzes Update zu deiner Bewerbung",
  """Hi Lucía,

danke dir für das nette Gespräch und die Zeit, die du in die Case Study gesteckt hast!

Leider müssen wir dir absagen – wir haben uns für eine Kandidatin entschieden, die schon länger im Mobility-Bereich arbeitet und bei uns direkt einsteigen kann. Das war echt knapp.

Wenn du magst, gebe ich dir gern noch ein paar Sätze Feedback am Telefon.

Viele Grüße aus Berlin
Lea

--
Lea Brandt | Talent Acquisition | Fahrwerk Mobility
""")

m(R, "role_cancelled_en", "en", "Vantage Health", "priya.nair@vantagehealth.example.com",
  ("Priya Nair", "priya.nair@vantagehealth.example.com"),
  "Quick question",
  """Hi Lucia,

Not the update I was hoping to send you, I'm afraid. Following a budget review last week, the Senior Brand Designer role has been cancelled and we won't be proceeding with hiring for it this year.

I know you've invested time in the process and I'm really sorry it ends this way. Please do keep an eye on our careers site - if the role comes back I'll reach out to you personally.

Kind regards,
Priya Nair
Talent Acquisition Partner
Vantage Health | Manchester
M: +44 7700 900418
""", tz="en")

m(R, "indian_english_en", "en", "Sarvam Digital", "kavya.r@sarvamdigital.example.in",
  ("Kavya Raghunathan", "kavya.r@sarvamdigital.example.in"),
  "RE: Application for UI/UX Designer - Remote",
  """Dear Lucia,

Greetings from Sarvam Digital!

With reference to your application and the discussion held on 21st May, we regret to inform you that your profile has not been shortlisted for the next round. The panel felt that the role requires more experience on B2B dashboards.

We will keep your CV in our database and will revert in case of any suitable opening in future.

Thanks & Regards,
Kavya Raghunathan
HR Executive | Sarvam Digital Pvt. Ltd.
Bengaluru | +91 80 4000 0000
""", reply=True, quote=("outlook", "Lucía Fernández Ortega <lucia.fernandez@example.com>",
  "Dear Kavya,\n\nThank you for the call today. Please find my updated portfolio link below.\n\nBest regards,\nLucía"))

m(R, "ba_vos_es", "es", "Tándem Creativo", "flor@tandemcreativo.example.com.ar",
  ("Florencia Paz", "flor@tandemcreativo.example.com.ar"),
  "Re: Búsqueda Diseñadora UX",
  """Hola Lucía! Cómo estás?

Te cuento que finalmente avanzamos con otra candidata para la posición. Nos encantó tu portfolio y la charla con Nico, pero buscábamos a alguien que ya esté en Buenos Aires para arrancar presencial en junio.

Te agradecemos un montón el tiempo, de verdad. Ojalá podamos cruzarnos en otro proyecto.

Abrazo grande,
Flor
Tándem Creativo · Palermo, CABA
""", reply=True, tz="ba", quote=("es", "Lucía Fernández Ortega <lucia.fernandez@example.com>",
  "Hola Flor,\n\n¡Muchas gracias por la entrevista de ayer! Quedo atenta a cualquier novedad.\n\nUn saludo,\nLucía"))

m(R, "successfactors_en", "en", "Atlantica Hotels Group", "",
  ("Atlantica Hotels Group Careers", "careers-noreply@successfactors.example.eu"),
  "Your application status - Req ID 48812",
  """Dear Lucía ,

Thank you for your interest in the position Digital Brand Designer (Req ID: 48812) at Atlantica Hotels Group.

We have reviewed your application and, while your experience is impressive, we have decided to pursue other candidates whose background more closely aligns with the requirements of this position.

We encourage you to continue to visit our Careers site and apply for other positions that match your skills and interests.

Kind Regards,
Atlantica Hotels Group Talent Acquisition

*** This is a system generated message. Please do not reply to this email. ***
""", fmt="html", charset="windows-1252")

m(R, "polish_en", "en", "Wisła Interactive", "agnieszka.nowak@wislainteractive.example.pl",
  ("Agnieszka Nowak", "agnieszka.nowak@wislainteractive.example.pl"),
  "Lead UI Artist - recruitment",
  """Hello Lucia,

thank you for participating in the recruitment process for the Lead UI Artist position and for your art test. Unfortunately we decided to continue with other candidate, whose experience with console UI is bigger.

We very appreciate your work and time. Please feel free to apply for our future positions.

Best regards,
Agnieszka Nowak
Recruitment Specialist
Wisła Interactive S.A. | Kraków
""")

m(R, "es_tras_entrevista_formal", "es", "Museo de Arte Contemporáneo de Valencia", "seleccion@macv.example.es",
  ("Selección MACV", "seleccion@macv.example.es"),
  "Convocatoria 04/2026 – Técnico/a de Diseño Gráfico",
  """Estimada Lucía:

En relación con la convocatoria 04/2026 para la plaza de Técnico/a de Diseño Gráfico, le comunicamos que, una vez finalizada la fase de entrevistas, la comisión de valoración ha propuesto a otra persona candidata para el puesto.

Agradecemos su participación y el interés mostrado por el Museo de Arte Contemporáneo de Valencia.

Reciba un cordial saludo,

Área de Recursos Humanos
Museo de Arte Contemporáneo de Valencia
""", charset="iso-8859-1", cte="8bit")

m(R, "recruitee_hiring_freeze_en", "en", "Doppler Labs", "",
  ("Doppler Labs", "no-reply@recruitee-mail.example.com"),
  "An update on the Product Designer role",
  """Hi Lucía,

We're writing to everyone who applied to the Product Designer role with some news: we've made the difficult decision to pause hiring for this position for the rest of 2026, and so we're closing the process without making a hire.

This has nothing to do with your application. We know job hunting is hard work and we're sorry we can't take things further.

Thanks for thinking of Doppler Labs,
The Doppler Labs team
""", fmt="alt")

m(R, "fr_quebec_refus", "fr", "Studio Boréal", "",
  ("Studio Boréal – Recrutement", "recrutement-noreply@studioboreal.example.ca"),
  "Candidature – Designer UI/UX",
  """Bonjour Lucía,

Merci d'avoir postulé chez Studio Boréal. On a bien aimé découvrir ton parcours!

Malheureusement, on ne pourra pas aller de l'avant avec ta candidature pour le poste de Designer UI/UX. On a reçu beaucoup de candidatures de qualité et on a dû faire des choix difficiles.

On te souhaite bonne chance dans ta recherche et au plaisir de te recroiser!

L'équipe de Studio Boréal
Montréal, QC
""", tz="mtl", cte="qp")

m(R, "aus_en", "en", "Saltbush Creative", "bec@saltbush.example.com.au",
  ("Bec Harrington", "bec@saltbush.example.com.au"),
  "Mid-weight Designer",
  """Hi Lucia,

Thanks heaps for your application and for jumping on a call with us at such a rubbish hour for you!

Unfortunately we've decided to go with someone local who can be in the studio a few days a week, so we won't be taking your application any further. Really loved the Aurora Coffee rebrand though.

All the best with the search,
Bec

Bec Harrington | Studio Manager
Saltbush Creative — Fremantle WA
""")

m(R, "es_agency_relay", "es", "Casa Olivo", "marta.ibanez@talenthunt.example.es",
  ("Marta Ibáñez", "marta.ibanez@talenthunt.example.es"),
  "Feedback Casa Olivo",
  """Hola Lucía,

¿Qué tal todo? Te escribo porque ya tengo respuesta de Casa Olivo sobre la posición de Diseñadora UX/UI.

Lamentablemente han decidido no continuar contigo en el proceso. Me comentan que les gustó mucho tu perfil visual, pero que para este puesto necesitan a alguien con más experiencia en tests A/B y analítica de conversión.

Sé que no es la noticia que esperabas 😕 Sigo buscando y te aviso en cuanto tenga algo que encaje.

Un abrazo,
Marta Ibáñez
Consultora Senior · TalentHunt Digital
+34 611 22 33 44
""", cte="b64")

m(R, "greenhouse_en_longtemplate", "en", "Lumen Learning Co", "",
  ("Lumen Learning Co", "no-reply@us.greenhouse-mail.io"),
  "Thank you for your interest in Lumen Learning Co",
  """Hi Lucía,

Thank you for your interest in the Visual Designer, Curriculum role at Lumen Learning Co. We truly appreciate the time and energy you invested in your application.

After careful review, we have decided to move forward with other candidates for this role. Please know that this decision was not easy, as we received applications from many talented people.

We invite you to follow us on LinkedIn and visit our careers page to learn about future opportunities.

Warmly,
People Operations | Lumen Learning Co

Lumen Learning Co is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees. To exercise your data rights, visit https://lumenlearning.example.com/privacy.
""", fmt="html")

m(R, "es_usted_mx_banca", "es", "Finanzas Quetzal", "",
  ("Atracción de Talento Quetzal", "talento-noresponder@quetzal.example.mx"),
  "Resultado de su proceso",
  """Estimada Lucía Fernández:

Por este medio le agradecemos su interés en colaborar con Finanzas Quetzal y su participación en las evaluaciones para la vacante de Diseñador(a) UX Sr.

Lamentamos informarle que en esta ocasión su perfil no continuará en el proceso. Sus datos quedarán registrados en nuestra cartera para futuras vacantes.

Sin otro particular, reciba un cordial saludo.

Atracción de Talento
Finanzas Quetzal, S.A. de C.V.
""", tz="mx", charset="iso-8859-1")

m(R, "nordic_en_after_panel", "en", "Sisu Play", "antti.virtanen@sisuplay.example.fi",
  ("Antti Virtanen", "antti.virtanen@sisuplay.example.fi"),
  "Re: Panel interview follow-up",
  """Hi Lucía,

Thank you for coming to the panel last Wednesday and for the thorough walkthrough of your process. We discussed it in the team yesterday.

I'm sorry to say we have chosen another candidate for the UX Designer position. It was close, and we liked your workshops approach a lot, but in the end the other person had more experience with our kind of games.

I wish you good luck and hope we meet again.

Best regards
Antti Virtanen
Head of UX, Sisu Play
Helsinki, Finland
""", reply=True, quote=("gmail", "Lucía Fernández Ortega <lucia.fernandez@example.com>",
  "Hi Antti,\n\nThanks again to you and the team for yesterday's panel. I really enjoyed the discussion about the onboarding flows.\n\nLooking forward to hearing from you.\nLucía"))

m(R, "es_breve_casual", "es", "La Pecera Estudio", "pablo@lapecera.example.es",
  ("Pablo Quintana", "pablo@lapecera.example.es"),
  "Re: tu candidatura",
  """Hola Lucía, mil gracias por tu tiempo. Al final no vamos a seguir adelante contigo para esta posición, lo siento. Suerte!!

Pablo

Enviado desde mi iPhone""", reply=True)

INV = "interview_invitation"

m(INV, "calendly_screen_en", "en", "Kestrel Pay", "sam.whitfield@kestrelpay.example.com",
  ("Sam Whitfield", "sam.whitfield@kestrelpay.example.com"),
  "Kestrel Pay - Senior Product Designer",
  """Hi Lucía,

Thanks for applying for the Senior Product Designer role (the Cards team one, not the Payments role you may have heard about). I'd love to set up a 30-minute intro call to tell you more about the team and hear about your experience.

Could you grab a time that works for you here? https://calendly.com/sam-whitfield-kp/30min

Looking forward to chatting!

Sam Whitfield
Senior Recruiter | Kestrel Pay
""", fmt="alt")

m(INV, "es_llamada_rapida", "es", "Dulce Hogar Online", "irene.sanz@dulcehogar.example.es",
  ("Irene Sanz", "irene.sanz@dulcehogar.example.es"),
  "Diseño UX - Dulce Hogar",
  """Hola Lucía,

Soy Irene, del equipo de personas de Dulce Hogar Online. Hemos visto tu candidatura para Diseñadora de Producto (equipo de checkout) y nos ha encantado tu portfolio.

¿Tendrías un rato esta semana para una llamada rápida de unos 20 minutos? Te propongo el jueves a las 10:00 o el viernes a las 12:30. Si ninguna te va bien, dime qué te encaja y lo buscamos.

¡Un saludo!
Irene Sanz
People Partner · Dulce Hogar Online
""", tz="es")

m(INV, "goodtime_onsite_en", "en", "Hollow Pine Interactive", "talent@hollowpine.example.com",
  ("Hollow Pine Interactive Recruiting", "scheduling@goodtime.example.io"),
  "Action required: select your onsite interview times",
  """Hi Lucía,

Congratulations on moving to the onsite stage for Senior UX Designer at Hollow Pine Interactive!

The onsite is a half-day loop made up of:
 • Portfolio presentation (60 min) with the UX team
 • Collaboration exercise (45 min)
 • Culture & values conversation (30 min) with our Studio Director

Please use the link below to select the times that work best for you over the next two weeks:
https://app.goodtime.example.io/select/hp-8a21fd

Questions? Reply to this email and the recruiting team will get back to you.

Hollow Pine Interactive Recruiting
""", reply_to=("Hollow Pine Talent", "talent@hollowpine.example.com"), fmt="html")

m(INV, "ics_portfolio_review_fr", "fr", "Agence Mirabelle", "julien.marchand@mirabelle.example.fr",
  ("Julien Marchand", "julien.marchand@mirabelle.example.fr"),
  "Invitation : Revue de portfolio – Lucía Fernández @ jeu. 21 mai 2026 14:00 – 15:00 (CEST)",
  """Bonjour Lucía,

Comme convenu au téléphone, je vous envoie l'invitation pour la revue de portfolio avec Claire (directrice artistique) et moi-même. Prévoyez une quinzaine de minutes pour présenter 2 ou 3 projets, le reste sera de l'échange.

Le lien Meet est dans l'invitation.

À jeudi,
Julien Marchand
Responsable recrutement – Agence Mirabelle
12 rue des Petites-Écuries, 75010 Paris
""", ics={"summary": "Revue de portfolio - Lucía Fernández / Agence Mirabelle",
           "start": "20260521T120000Z", "end": "20260521T130000Z",
           "location": "https://meet.google.com/abc-defg-hij"})

m(INV, "agency_exclaim_en", "en", "Harbour & Co", "hannah@talentloop.example.co.uk",
  ("Hannah Price", "hannah@talentloop.example.co.uk"),
  "GREAT news!!",
  """Hi Lucia!!

Harbour & Co LOVED your CV and would like to meet you for a first-stage interview for the Brand Designer role!! 🎉

They've offered the following slots (all UK time), all video on Teams:
- Tues 9th June, 10:00
- Tues 9th June, 15:30
- Weds 10th June, 11:00

Let me know which works best asap and I'll lock it in. I'll send over some prep notes about the team beforehand.

So excited for you!

Hannah
TalentLoop Recruitment | 020 7946 0321
""", tz="en")

m(INV, "ashby_self_schedule_en", "en", "Fennec Commerce", "mira.oyelaran@fennec.example.com",
  ("Fennec Commerce", "no-reply@ashbyhq.com"),
  "Schedule your interview with Fennec Commerce",
  """Hi Lucía,

We'd love to move you to the next stage for Product Designer, Growth! The next step is a 45-minute conversation with Dara Koh, our Design Manager.

Please choose a time that works for you using the link below:
https://app.ashbyhq.example.com/interviews/self-schedule/3f9e2c

If none of the times work, reply to this email and Mira from our recruiting team will help.

Fennec Commerce Recruiting
""", reply_to=("Mira Oyelaran", "mira.oyelaran@fennec.example.com"), fmt="html")

m(INV, "de_kennenlernen", "de", "Klangwerk", "jana@klangwerk.example.de",
  ("Jana Petersen", "jana@klangwerk.example.de"),
  "Kennenlernen?",
  """Hi Lucía,

danke für deine Bewerbung als Product Designer bei Klangwerk! Dein Portfolio hat uns richtig gut gefallen, vor allem das Projekt für die Musikschule.

Hättest du Lust auf ein erstes Kennenlernen per Video (ca. 30 Min.)? Ich könnte nächsten Dienstag zwischen 10 und 13 Uhr oder Mittwoch nachmittags. Schreib mir einfach, was dir passt.

Liebe Grüße
Jana

--
Jana Petersen | People & Culture | Klangwerk
Klangwerk GmbH · Oranienstraße 000 · 10999 Berlin
""")

m(INV, "mx_usted_entrevista", "es", "Finanzas Quetzal", "karla.mendoza@quetzal.example.mx",
  ("Karla Mendoza", "karla.mendoza@quetzal.example.mx"),
  "Entrevista - Diseñador(a) UX Sr.",
  """Buenas tardes, Lucía:

Reciba un cordial saludo. Por medio del presente me permito invitarle a una entrevista con el Gerente de Experiencia Digital para la vacante de Diseñador(a) UX Sr.

Fecha: martes 12 de mayo
Hora: 10:00 h (hora del centro de México)
Modalidad: videollamada por Microsoft Teams (el enlace le llegará en una invitación aparte)

Le agradeceré confirmar su asistencia respondiendo a este correo.

Saludos cordiales,
Karla Mendoza Ruiz
Especialista de Atracción de Talento
Finanzas Quetzal | Tel. +52 55 0000 0000
""", tz="mx", charset="iso-8859-1", cte="qp")

m(INV, "paid_challenge_en", "en", "Lumio", "dev@lumio.example.com",
  ("Dev Malhotra", "dev@lumio.example.com"),
  "Next step: design challenge + review call",
  """Hi Lucía,

Great speaking yesterday. As mentioned, our next step is a short paid design challenge (we pay €300 for it, it should take no more than 4 hours — please don't spend longer).

Brief attached in the Notion link: https://lumio.example.com/challenge/ux-onboarding

Once you're done, we'll book a 60-minute review call where you walk Anna and me through your thinking. Could you let me know when you expect to be done so I can send an invite for that call?

Cheers,
Dev
Head of Design, Lumio
""")

m(INV, "wttj_fr_entretien", "fr", "Bastide Games", "recrutement@bastidegames.example.fr",
  ("Bastide Games", "recrutement@bastidegames.example.fr"),
  "Bastide Games – votre candidature UI Designer",
  """Bonjour Lucía,

Merci pour ta candidature au poste d'UI Designer ! Ton profil a retenu toute notre attention et nous aimerions te rencontrer pour un premier entretien d'environ 45 minutes avec Théo, notre lead UI.

Tu peux réserver directement un créneau ici : https://bastidegames.example.fr/rdv/ui-designer

Si aucun créneau ne te convient, réponds simplement à ce mail.

À très vite,
L'équipe Bastide Games
Bordeaux
""", fmt="alt", cte="qp")

m(INV, "es_panel_gijon_usted", "es", "Grupo Cantábrico de Comunicación", "ana.villar@gcc.example.es",
  ("Ana Villar", "ana.villar@gcc.example.es"),
  "Siguiente fase del proceso",
  """Estimada Lucía:

Nos complace comunicarle que ha superado la primera fase del proceso de selección para el puesto de Diseñador/a de Marca.

Nos gustaría convocarle a una entrevista presencial con el comité de dirección creativa el próximo lunes 8 de junio a las 11:30 en nuestra sede (Calle Uría 00, Oviedo). La entrevista tendrá una duración aproximada de una hora y media e incluirá la presentación de su portfolio.

Le rogamos que confirme su disponibilidad a la mayor brevedad.

Un cordial saludo,

Ana Villar
Responsable de Selección
Grupo Cantábrico de Comunicación
""", charset="windows-1252")

m(INV, "teams_ics_en", "en", "Tessaract Bank", "olivia.grant@tessaractbank.example.com",
  ("Olivia Grant", "olivia.grant@tessaractbank.example.com"),
  "Interview: Lucía Fernández / Lead Designer",
  """Hi Lucía,

Please find attached the invite for your second-stage interview with Martin (Chief Design Officer) and Leila (Design Ops). It will be 60 minutes over Microsoft Teams.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.example.com/l/meetup-join/19%3ameeting>
Meeting ID: 372 118 604 221
Passcode: 8Hq3Zt
________________________________________________________________________________

Kind regards,
Olivia Grant
Talent Acquisition | Tessaract Bank
""", ics={"summary": "Interview: Lucía Fernández / Lead Designer (Stage 2)",
          "start": "20260616T090000Z", "end": "20260616T100000Z",
          "location": "Microsoft Teams Meeting"}, tz="en")

m(INV, "ba_charla_vos", "es", "Mate Labs", "nico@matelabs.example.com.ar",
  ("Nicolás Ferreyra", "nico@matelabs.example.com.ar"),
  "Charla?",
  """Hola Lucía, qué tal?

Vi tu perfil en Malt y me copó mucho lo que hiciste para la app de la biblioteca. Estamos buscando una diseñadora UX/UI para sumarse al equipo de producto de Mate Labs (fintech, 40 personas, remoto con base en BA).

¿Tendrías un ratito la semana que viene para una videollamada y charlamos? Te dejo mi agenda: https://cal.example.com/nico-matelabs/charla

Abrazo,
Nico
CPO @ Mate Labs
""", tz="ba")

m(INV, "next_round_brief_en", "en", "Orbit Studio", "ines@orbitstudio.example.com",
  ("Inês Carvalho", "ines@orbitstudio.example.com"),
  "Re: Brand Designer",
  """Lucía, the team liked you a lot. Next round would be with our two founders, Thurs or Fri afternoon? 45 min, video. Let me know and I'll send an invite.

Inês

Sent from my phone""", reply=True, quote=("gmail", "Lucía Fernández Ortega <lucia.fernandez@example.com>",
  "Hi Inês,\n\nThank you for the conversation this morning, it was great to hear about the studio's plans for the Porto office.\n\nBest,\nLucía"))

m(INV, "teamtailor_culture_fit_es", "es", "Verdel", "",
  ("Verdel", "no-reply@teamtailor-mail.example.net"),
  "Verdel - Reserva tu entrevista",
  """¡Hola Lucía!

Queremos conocerte mejor. Te invitamos a una charla de encaje cultural (culture fit) de 30 minutos con dos personas del equipo de Verdel, para hablar de cómo trabajamos y de lo que buscas.

Elige el horario que mejor te venga: https://verdel.teamtailor.example.com/meetings/book/7781

¡Nos vemos pronto!
El equipo de Verdel 🌱
""", fmt="html")

m(INV, "de_sie_zweitgespraech", "de", "Vierkant Architekten", "m.hoffmann@vierkant.example.de",
  ("Miriam Hoffmann", "m.hoffmann@vierkant.example.de"),
  "Einladung zum Zweitgespräch",
  """Sehr geehrte Frau Fernández Ortega,

vielen Dank für das angenehme erste Gespräch. Wir möchten Sie gerne zu einem zweiten Gespräch in unser Büro in Berlin-Mitte einladen, bei dem Sie auch das Team Kommunikation kennenlernen.

Vorgeschlagener Termin: Donnerstag, 18. Juni 2026, 14:00 Uhr
Ort: Vierkant Architekten, Linienstraße 000, 10119 Berlin

Bitte bestätigen Sie uns kurz, ob der Termin für Sie passt. Reisekosten erstatten wir Ihnen selbstverständlich.

Mit freundlichen Grüßen

Miriam Hoffmann
Büroleitung
Vierkant Architekten PartGmbB
""", charset="iso-8859-1")

m(INV, "smartrecruiters_phone_en", "en", "Atlantica Hotels Group", "",
  ("Atlantica Hotels Group", "noreply@smartrecruiters.example.com"),
  "Phone screen invitation – Senior UX Designer, Guest Experience",
  """Dear Lucía,

Thank you for your application for Senior UX Designer, Guest Experience. We are pleased to invite you to a phone screen with a member of our Talent Acquisition team.

Please select a convenient time slot via the link below. The call will take approximately 20 minutes.

Select a time: https://jobs.smartrecruiters.example.com/AtlanticaHotels/interview/a83b

We look forward to speaking with you.

Atlantica Hotels Group Talent Acquisition
This message was sent from an unmonitored mailbox.
""", fmt="alt", charset="windows-1252")

m(INV, "fr_quebec_ics", "fr", "Studio Boréal", "genevieve.tremblay@studioboreal.example.ca",
  ("Geneviève Tremblay", "genevieve.tremblay@studioboreal.example.ca"),
  "Entrevue – Directrice artistique junior",
  """Bonjour Lucía,

Merci pour ton intérêt pour le poste de directrice artistique junior! J'aimerais t'inviter à une première entrevue par vidéo avec moi et Mathieu, notre directeur de création.

Je t'ai envoyé une invitation pour mardi 2 juin à 10 h (heure de Montréal). Si l'heure ne te convient pas avec le décalage, dis-le-moi et on trouvera autre chose.

Au plaisir,
Geneviève Tremblay
Conseillère RH, Studio Boréal
514 555-0147
""", ics={"summary": "Entrevue Studio Boréal - Lucía Fernández", "start": "20260602T140000Z",
          "end": "20260602T150000Z", "location": "Zoom"}, tz="mtl")

m(INV, "es_agencia_entrevista_cliente", "es", "Mueblería Sol", "marta.ibanez@talenthunt.example.es",
  ("Marta Ibáñez", "marta.ibanez@talenthunt.example.es"),
  "¡Entrevista con Mueblería Sol!",
  """¡Hola Lucía!

¡Buenas noticias! Mueblería Sol quiere conocerte para la vacante de Diseñadora Gráfica e-commerce 🙌

La entrevista sería con Álvaro (responsable de marketing) por Google Meet. Me proponen:
- miércoles 17 a las 9:30
- jueves 18 a las 16:00

Dime cuál te viene mejor y se lo confirmo. Te paso también un resumen de la empresa y del equipo para que lo prepares.

¡Mucha suerte!
Marta
TalentHunt Digital · +34 611 22 33 44
""", cte="qp")

m(INV, "workday_invite_en", "en", "Meridian Media Group", "",
  ("Meridian Media Group", "meridianmedia@myworkday.example.com"),
  "Interview Invitation: Senior Visual Designer (R-20418)",
  """Dear Lucía Fernández Ortega,

Congratulations! You have been selected to interview for the position Senior Visual Designer (R-20418).

Interview Type:   Video Interview
Interviewers:     Rachel Stone; Omar Haddad
Duration:         60 minutes

To view the proposed times and confirm your attendance, please sign in to your candidate home account:
https://meridianmedia.wd3.myworkday.example.com/candidate/home

Sincerely,
Meridian Media Group Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.
""", fmt="html")

m(INV, "casual_coffee_paris_fr", "fr", "Atelier Ginkgo", "louise@atelierginkgo.example.fr",
  ("Louise Bernard", "louise@atelierginkgo.example.fr"),
  "café ?",
  """Salut Lucía,

Je suis Louise, je co-dirige l'Atelier Ginkgo (petit studio d'identité visuelle, 8 personnes). On a bien reçu ta candidature pour le poste de graphiste senior et on aimerait beaucoup te rencontrer.

Tu serais dispo pour un café au studio la semaine prochaine ? Mercredi ou jeudi matin idéalement. On est dans le 11e, près d'Oberkampf.

Bises,
Louise

Atelier Ginkgo — identité & édition
""")

m(INV, "nordic_en_ics", "en", "Fjordline Studios", "henrik.aasen@fjordline.example.no",
  ("Henrik Aasen", "henrik.aasen@fjordline.example.no"),
  "Panel interview 27 May",
  """Hi Lucía,

Thank you for the first call. We would like to invite you to the panel interview with me, Ingrid (Game Director) and Lars (Senior UI Artist). You present one case from your portfolio for 20 minutes, and then we have questions.

The invitation is attached. It is in CEST.

Best regards
Henrik Aasen
Head of UX, Fjordline Studios
""", ics={"summary": "Fjordline Studios - Panel interview UX Designer", "start": "20260527T080000Z",
          "end": "20260527T093000Z", "location": "Whereby https://whereby.example.com/fjordline-ux"})

m(INV, "indian_en_do_revert", "en", "Sarvam Digital", "kavya.r@sarvamdigital.example.in",
  ("Kavya Raghunathan", "kavya.r@sarvamdigital.example.in"),
  "Interview Schedule - UI/UX Designer",
  """Dear Lucia,

Greetings from Sarvam Digital!

Your profile has been shortlisted for the position of UI/UX Designer (Remote). We would like to schedule a technical discussion with our Design Lead on 14th May 2026 at 3:00 PM IST (11:30 AM CEST) over Google Meet.

Kindly confirm your availability and do revert with your current CTC and notice period at the earliest.

Thanks & Regards,
Kavya Raghunathan
HR Executive | Sarvam Digital Pvt. Ltd.
""")

m(INV, "lever_es_portfolio", "es", "Cobalto Pagos", "",
  ("Cobalto Pagos", "no-reply@hire.lever.co"),
  "Cobalto Pagos: agenda tu revisión de portfolio",
  """Hola Lucía,

¡Gracias por tu interés en Cobalto Pagos! Nos gustaría avanzar con tu candidatura a Product Designer Senior y agendar una revisión de portfolio de 60 minutos con el equipo de diseño.

Elige un horario aquí: https://jobs.lever.example.co/cobaltopagos/schedule/55ab

Saludos,
Equipo de Talento de Cobalto Pagos
""", fmt="alt", tz="mx")

m(INV, "pt_en_intro", "en", "Maré Digital", "joana.pires@maredigital.example.pt",
  ("Joana Pires", "joana.pires@maredigital.example.pt"),
  "Hello from Maré Digital",
  """Dear Lucía,

I hope this e-mail finds you well. My name is Joana and I am responsible for recruitment at Maré Digital, in Lisbon.

We received your application for the position of UX Designer and we would like very much to know you better. Are you available for an interview by video call on next Monday, 1st June, at 15h (Lisbon time)? If not, please suggest other availability.

Kind regards,
Joana Pires
People & Culture | Maré Digital
""")

S = "interview_reschedule_or_cancel"

m(S, "move_mobile_en", "en", "Orbit Studio", "ines@orbitstudio.example.com",
  ("Inês Carvalho", "ines@orbitstudio.example.com"),
  "Re: Brand Designer",
  """Sorry Lucía, one of the founders is flying tomorrow — can we push to Monday same time? Apologies for the late notice

Inês
Sent from my iPhone""", reply=True)

m(S, "ics_cancel_fr", "fr", "Agence Mirabelle", "julien.marchand@mirabelle.example.fr",
  ("Julien Marchand", "julien.marchand@mirabelle.example.fr"),
  "Annulé : Revue de portfolio – Lucía Fernández @ jeu. 21 mai 2026 14:00 – 15:00 (CEST)",
  """Bonjour Lucía,

Je suis désolé de devoir annuler notre rendez-vous de jeudi : Claire est souffrante cette semaine. Je reviens vers vous dès lundi avec de nouvelles disponibilités pour reprogrammer la revue de portfolio.

Toutes mes excuses pour ce contretemps.

Julien Marchand
Agence Mirabelle
""", ics={"summary": "Revue de portfolio - Lucía Fernández / Agence Mirabelle", "method": "CANCEL",
          "start": "20260521T120000Z", "end": "20260521T130000Z", "sequence": "1"})

m(S, "es_cambio_hora", "es", "Dulce Hogar Online", "irene.sanz@dulcehogar.example.es",
  ("Irene Sanz", "irene.sanz@dulcehogar.example.es"),
  "Cambio de hora - entrevista del jueves",
  """Hola Lucía,

Te escribo porque a Raquel, la Head of Design, le ha surgido un comité a la hora que teníamos para tu entrevista del jueves. ¿Te vendría bien pasarla al mismo jueves a las 16:30? Si no, podríamos el viernes a primera hora.

Perdona el lío y gracias por la flexibilidad.

Irene
""", tz="es")

m(S, "goodtime_rescheduled_en", "en", "Hollow Pine Interactive", "talent@hollowpine.example.com",
  ("Hollow Pine Interactive Recruiting", "scheduling@goodtime.example.io"),
  "Updated: your onsite interview has been rescheduled",
  """Hi Lucía,

Due to a change in interviewer availability, your onsite interview for Senior UX Designer has been moved.

Previous time: Tuesday, June 23, 2026, 1:00 PM – 5:00 PM CEST
New time:      Thursday, June 25, 2026, 1:00 PM – 5:00 PM CEST

An updated calendar invitation is attached. If the new time does not work, reply to this email.

Hollow Pine Interactive Recruiting
""", reply_to=("Hollow Pine Talent", "talent@hollowpine.example.com"), fmt="alt",
  ics={"summary": "Onsite interview - Hollow Pine Interactive", "start": "20260625T110000Z",
       "end": "20260625T150000Z", "sequence": "2", "uid": "hp-onsite-4471@goodtime.example.io",
       "location": "Hollow Pine Interactive, Carrer de Pallars 000, Barcelona"})

m(S, "de_termin_verschieben", "de", "Vierkant Architekten", "m.hoffmann@vierkant.example.de",
  ("Miriam Hoffmann", "m.hoffmann@vierkant.example.de"),
  "AW: Einladung zum Zweitgespräch",
  """Sehr geehrte Frau Fernández Ortega,

leider muss ich unseren Termin am Donnerstag, 18. Juni, verschieben, da Herr Albers kurzfristig zu einer Baustellenbegehung nach München muss.

Wäre Ihnen alternativ Montag, der 22. Juni, um 10:00 Uhr recht? Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Miriam Hoffmann
Vierkant Architekten
""", reply=True, charset="iso-8859-1", cte="qp", quote=("de", "Lucía Fernández Ortega <lucia.fernandez@example.com>",
  "Sehr geehrte Frau Hoffmann,\n\nvielen Dank für die Einladung. Den Termin am 18. Juni um 14:00 Uhr bestätige ich gerne.\n\nMit freundlichen Grüßen\nLucía Fernández Ortega"))

m(S, "agency_cancel_en", "en", "Harbour & Co", "hannah@talentloop.example.co.uk",
  ("Hannah Price", "hannah@talentloop.example.co.uk"),
  "Harbour & Co tomorrow - change of plan",
  """Hi Lucia,

So sorry to do this!! Harbour & Co have just been in touch to say they need to cancel tomorrow's interview - their Creative Director has been called into a pitch. They're really keen still and have asked if you could do Friday at 11 or Monday at 2 instead?

Let me know and I'll rebook straight away.

Thanks so much for being flexible xx

Hannah
TalentLoop Recruitment
""", tz="en")

m(S, "mx_reprogramar_usted", "es", "Finanzas Quetzal", "karla.mendoza@quetzal.example.mx",
  ("Karla Mendoza", "karla.mendoza@quetzal.example.mx"),
  "Reprogramación de entrevista",
  """Buenos días, Lucía:

Le ofrezco una disculpa, por cuestiones de agenda del Gerente de Experiencia Digital necesitamos reprogramar la entrevista del martes 12 de mayo.

La nueva propuesta es el jueves 14 de mayo a las 11:00 h (hora del centro de México), mismo enlace de Teams. ¿Me confirma si le es posible?

Saludos cordiales,
Karla Mendoza Ruiz
Finanzas Quetzal
""", tz="mx", charset="iso-8859-1")

m(S, "workday_cancelled_en", "en", "Meridian Media Group", "",
  ("Meridian Media Group", "meridianmedia@myworkday.example.com"),
  "Interview Cancelled: Senior Visual Designer (R-20418)",
  """Dear Lucía Fernández Ortega,

Your interview scheduled for 19 June 2026 09:30 BST for the position Senior Visual Designer (R-20418) has been cancelled.

A member of the recruiting team will contact you if a new time needs to be arranged.

Meridian Media Group Talent Acquisition

Please do not reply to this message.
""", fmt="html", tz="en",
  ics={"summary": "Interview - Senior Visual Designer", "method": "CANCEL", "start": "20260619T083000Z",
       "end": "20260619T093000Z", "sequence": "3"})

m(S, "fr_quebec_deplacer", "fr", "Studio Boréal", "genevieve.tremblay@studioboreal.example.ca",
  ("Geneviève Tremblay", "genevieve.tremblay@studioboreal.example.ca"),
  "RE: Entrevue – Directrice artistique junior",
  """Allô Lucía,

Petit changement : Mathieu a un conflit mardi matin. Est-ce qu'on pourrait déplacer l'entrevue au mercredi 3 juin, même heure (10 h, heure de Montréal)? Je t'envoie une nouvelle invitation si ça te convient.

Désolée pour le changement!
Geneviève
""", reply=True, tz="mtl", quote=("fr", "Lucía Fernández Ortega <lucia.fernandez@example.com>",
  "Bonjour Geneviève,\n\nMerci beaucoup, c'est parfait pour mardi 10 h.\n\nÀ bientôt,\nLucía"))

m(S, "ba_posponer", "es", "Mate Labs", "nico@matelabs.example.com.ar",
  ("Nicolás Ferreyra", "nico@matelabs.example.com.ar"),
  "Re: Charla?",
  """Lu, perdón! Se me complicó el día de mañana con un deploy. ¿Lo podemos pasar al viernes a la misma hora? Si no, elegí otro horario en el mismo link.

Abrazo
Nico""", reply=True, tz="ba")

m(S, "nordic_en_postpone", "en", "Fjordline Studios", "henrik.aasen@fjordline.example.no",
  ("Henrik Aasen", "henrik.aasen@fjordline.example.no"),
  "Panel interview - new time",
  """Hi Lucía,

I am sorry, but we must move the panel interview on 27 May. Ingrid is sick this week. Is it possible for you on 29 May at 10:00 CEST instead? I have sent an updated invitation.

Best regards
Henrik
""", ics={"summary": "Fjordline Studios - Panel interview UX Designer", "start": "20260529T080000Z",
          "end": "20260529T093000Z", "sequence": "1", "uid": "evt-fjord-panel@fjordline.example.no"})

m(S, "es_aplazado_indefinido", "es", "Grupo Cantábrico de Comunicación", "ana.villar@gcc.example.es",
  ("Ana Villar", "ana.villar@gcc.example.es"),
  "Entrevista del lunes 8 de junio",
  """Estimada Lucía:

Lamento comunicarle que nos vemos obligados a cancelar la entrevista prevista para el lunes 8 de junio, debido a un imprevisto en la agenda del comité de dirección.

En cuanto tengamos una nueva fecha se la haremos llegar. Disculpe las molestias.

Un cordial saludo,
Ana Villar
Grupo Cantábrico de Comunicación
""", charset="windows-1252", cte="qp")

m(S, "calendly_canceled_en", "en", "Kestrel Pay", "sam.whitfield@kestrelpay.example.com",
  ("Calendly", "notifications@calendly.example.com"),
  "Canceled: Sam Whitfield and Lucía Fernández Ortega",
  """Hi Lucía Fernández Ortega,

Sam Whitfield has canceled the event below.

Event: 30 Minute Intro Call (Kestrel Pay)
Date/time: 10:00 - 10:30, Wednesday, May 6, 2026 (Central European Time)

Cancellation reason from Sam Whitfield:
"So sorry Lucía, I'm out sick today - please rebook for any time next week using the same link, or reply to sam.whitfield@kestrelpay.example.com."

Powered by Calendly
""", reply_to=("Sam Whitfield", "sam.whitfield@kestrelpay.example.com"), fmt="alt")

m(S, "de_onlinestatt_vorort", "de", "Klangwerk", "jana@klangwerk.example.de",
  ("Jana Petersen", "jana@klangwerk.example.de"),
  "Planänderung Donnerstag",
  """Hi Lucía,

kurze Planänderung für Donnerstag: Wir müssen das Gespräch mit Felix leider um eine Stunde nach hinten schieben, also 15 statt 14 Uhr. Geht das bei dir noch?

Danke & bis Donnerstag
Jana
""")

m(S, "teamtailor_cancel_es", "es", "Verdel", "laura.gil@verdel.example.es",
  ("Laura Gil", "laura.gil@verdel.example.es"),
  "Cancelación de tu entrevista con Verdel",
  """Hola Lucía:

Siento mucho avisarte con tan poco margen, pero tenemos que cancelar la charla que teníamos mañana a las 12:00. Te vuelvo a escribir esta semana para proponerte otro día.

Un saludo,
Laura Gil
Talent · Verdel
""", fmt="alt", tz="es")

M = "missed_interview_notice"

m(M, "tried_calling_en", "en", "Sarvam Digital", "kavya.r@sarvamdigital.example.in",
  ("Kavya Raghunathan", "kavya.r@sarvamdigital.example.in"),
  "Missed call - interview today",
  """Dear Lucia,

We tried calling you at the scheduled time (3:00 PM IST) for your technical discussion with our Design Lead but were unable to reach you. The Google Meet link was also open for 15 minutes.

Kindly let us know if you are still interested in the position so that we can check for another slot.

Thanks & Regards,
Kavya Raghunathan
HR Executive | Sarvam Digital Pvt. Ltd.
""")

m(M, "teams_no_join_en", "en", "Tessaract Bank", "olivia.grant@tessaractbank.example.com",
  ("Olivia Grant", "olivia.grant@tessaractbank.example.com"),
  "Today's interview",
  """Hi Lucía,

Martin and Leila waited for you in the Teams meeting this morning, but it looks like you did not join. I hope everything is alright.

Could you let me know what happened? If you'd still like to be considered, I'll see whether we can find another time in their calendars.

Kind regards,
Olivia Grant
Talent Acquisition | Tessaract Bank
""", tz="en")

m(M, "es_no_conectaste", "es", "Mueblería Sol", "marta.ibanez@talenthunt.example.es",
  ("Marta Ibáñez", "marta.ibanez@talenthunt.example.es"),
  "¿Todo bien? Entrevista Mueblería Sol",
  """Hola Lucía,

Me acaba de escribir Álvaro de Mueblería Sol: te han estado esperando en el Meet de las 16:00 y no te has conectado. ¿Ha pasado algo? Te he llamado un par de veces pero no me lo cogías.

Dime algo en cuanto puedas, a ver si podemos recuperar la entrevista.

Marta
TalentHunt Digital · +34 611 22 33 44
""", tz="es")

m(M, "fr_absente", "fr", "Bastide Games", "theo.laurent@bastidegames.example.fr",
  ("Théo Laurent", "theo.laurent@bastidegames.example.fr"),
  "Entretien de ce matin",
  """Bonjour Lucía,

Je t'ai attendue ce matin à 10h sur le lien Meet pour notre entretien, mais tu ne t'es pas connectée. J'espère que tout va bien de ton côté.

Dis-moi si tu souhaites toujours poursuivre, on peut essayer de trouver un autre créneau.

Théo Laurent
Lead UI – Bastide Games
""", cte="qp")

m(M, "calendly_no_show_en", "en", "Lumio", "dev@lumio.example.com",
  ("Dev Malhotra", "dev@lumio.example.com"),
  "we missed you",
  """hey Lucía, we missed you on the review call at 4 — Anna and I hung around for 10 min. No worries if something came up, just let me know if you want to rebook

Dev""")

m(M, "de_nicht_erschienen", "de", "Vierkant Architekten", "m.hoffmann@vierkant.example.de",
  ("Miriam Hoffmann", "m.hoffmann@vierkant.example.de"),
  "Unser Termin heute",
  """Sehr geehrte Frau Fernández Ortega,

wir hatten Sie heute um 10:00 Uhr zu unserem Gespräch in unserem Büro erwartet, leider sind Sie nicht erschienen und wir konnten Sie auch telefonisch nicht erreichen.

Bitte geben Sie uns kurz Bescheid, ob Sie weiterhin Interesse an der Position haben.

Mit freundlichen Grüßen
Miriam Hoffmann
Vierkant Architekten
""", charset="iso-8859-1")

m(M, "mx_no_se_presento", "es", "Finanzas Quetzal", "karla.mendoza@quetzal.example.mx",
  ("Karla Mendoza", "karla.mendoza@quetzal.example.mx"),
  "Entrevista de hoy 11:00 h",
  """Buenas tardes, Lucía:

Le informo que el Gerente de Experiencia Digital estuvo esperándole en la sesión de Teams programada para hoy a las 11:00 h y no fue posible contactarle.

Le agradeceré nos indique si desea continuar en el proceso para valorar una nueva fecha.

Saludos cordiales,
Karla Mendoza Ruiz
Finanzas Quetzal
""", tz="mx")

m(M, "uk_no_show_agency_en", "en", "Harbour & Co", "hannah@talentloop.example.co.uk",
  ("Hannah Price", "hannah@talentloop.example.co.uk"),
  "Are you ok??",
  """Hi Lucia,

Harbour & Co have just called me - they said you didn't dial in for the 11am interview on Teams? Have tried ringing you a few times. Really hope everything's ok!

Can you give me a shout when you see this so I can let them know what happened? They might be open to rebooking if we move quickly.

Hannah
07700 900 123
""", tz="en")

m(M, "ba_te_esperamos", "es", "Tándem Creativo", "flor@tandemcreativo.example.com.ar",
  ("Florencia Paz", "flor@tandemcreativo.example.com.ar"),
  "te esperamos en la call",
  """Hola Lu! Te estuvimos esperando con Nico en la videollamada de las 15 hs (hora Argentina) y no pudimos conectar. Capaz fue el tema del horario con España? Avisame y vemos de reagendar.

Flor""", tz="ba")

m(M, "fr_quebec_manque", "fr", "Studio Boréal", "genevieve.tremblay@studioboreal.example.ca",
  ("Geneviève Tremblay", "genevieve.tremblay@studioboreal.example.ca"),
  "Entrevue de ce matin",
  """Bonjour Lucía,

On t'a attendue ce matin sur Zoom pour l'entrevue de 10 h, mais on ne t'a pas vue. J'espère que tout va bien!

Fais-moi signe si tu es toujours intéressée et on regardera pour une autre date.

Geneviève Tremblay
Conseillère RH, Studio Boréal
""", tz="mtl")

A = "application_received"

m(A, "workable_ack_es", "es", "Estudio Nómada", "",
  ("Estudio Nómada", "noreply@candidates.workablemail.com"),
  "¡Gracias por tu candidatura a Estudio Nómada!",
  """Hola Lucía,

¡Gracias por presentar tu candidatura para el puesto de Diseñador/a UX Senior en Estudio Nómada! La hemos recibido correctamente.

Nuestro equipo la revisará en los próximos días. Debido al gran volumen de candidaturas que recibimos, no podemos responder a cada persona de forma individual, pero si tu perfil encaja con lo que buscamos nos pondremos en contacto contigo.

Un saludo,
Estudio Nómada

Enviado con Workable
""", fmt="alt", tz="es")

m(A, "greenhouse_ack_en", "en", "Lumen Learning Co", "",
  ("Lumen Learning Co", "no-reply@us.greenhouse-mail.io"),
  "Thank you for applying to Lumen Learning Co",
  """Hi Lucía,

Thanks for applying to Lumen Learning Co! Your application has been received and we will review it right away.

If your application seems like a good fit for the Visual Designer, Curriculum position we will contact you soon.

Regards,
Lumen Learning Co

** Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.
""", fmt="html")

m(A, "infojobs_inscrita_es", "es", "Grupo Lumbre Retail", "",
  ("InfoJobs", "notificaciones@infojobs.net"),
  "Te has inscrito en la oferta Diseñador/a gráfico/a e-commerce (Valencia)",
  """Hola Lucía:

Tu inscripción en la oferta "Diseñador/a gráfico/a e-commerce (Valencia)" de Grupo Lumbre Retail se ha realizado correctamente.

Podrás seguir el estado de tu candidatura desde "Mis candidaturas". Te avisaremos cuando la empresa lea tu CV.

Consejo: las candidaturas con carta de presentación tienen más visibilidad.

InfoJobs
""", fmt="html", tz="es")

m(A, "uk_ack_no_feedback_en", "en", "Marlowe & Finch", "",
  ("Marlowe & Finch Careers", "no-reply@marlowefinch.example.co.uk"),
  "Application received: Junior Art Director (Ref MF-2231)",
  """Dear Lucía,

Thank you for applying for the role of Junior Art Director at Marlowe & Finch. This email confirms we have received your application.

Our team will review all applications after the closing date of 30 April. Unfortunately we are unable to provide individual feedback at this stage, and if you have not heard from us within four weeks of the closing date, please assume your application has not been successful on this occasion.

With best wishes,
People Team, Marlowe & Finch
""", tz="en")

m(A, "wttj_ack_fr", "fr", "Maison Caravelle", "",
  ("Welcome to the Jungle", "no-reply@welcometothejungle.example.com"),
  "Votre candidature a bien été envoyée à Maison Caravelle",
  """Bonjour Lucía,

Votre candidature au poste de Designer UX/UI (CDI – Paris) chez Maison Caravelle a bien été transmise.

L'équipe recrutement de Maison Caravelle va étudier votre profil. Vous pouvez suivre l'avancement de vos candidatures depuis votre espace.

Bonne chance !
L'équipe Welcome to the Jungle
""", fmt="html", cte="b64")

m(A, "de_eingangsbestaetigung", "de", "Hanseatische Medien", "",
  ("Hanseatische Medien Karriere", "noreply@karriere.hanseatische-medien.example.de"),
  "Eingangsbestätigung Ihrer Bewerbung – Kennziffer 2026-114",
  """Sehr geehrte Frau Fernández Ortega,

vielen Dank für Ihre Bewerbung als UX Designer (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen. Wir bitten um Verständnis, dass wir aufgrund der Vielzahl an Bewerbungen keine Zwischenbescheide versenden können.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hanseatische Medien GmbH
""", charset="iso-8859-1", cte="qp")

m(A, "lever_ack_en", "en", "Kestrel Pay", "",
  ("Kestrel Pay", "no-reply@hire.lever.co"),
  "Thanks for applying to Kestrel Pay",
  """Hi Lucía,

Thanks for your interest in Kestrel Pay! We've received your application for Product Designer, Payments, and our team is reviewing it now.

Due to the high number of applications we receive, we're not able to respond to everyone individually, but we'll be in touch if there's a match.

Best,
Kestrel Pay
""", fmt="alt")

m(A, "teamtailor_ack_en", "en", "Northlight Games", "",
  ("Northlight Games", "no-reply@teamtailor-mail.example.net"),
  "We got your application! 🎮",
  """Hey Lucía!

Thanks for applying to Brand Designer at Northlight Games. We've received your application and someone from our team will have a look soon.

We read every application ourselves (no robots here) so it can take a couple of weeks. Hang tight!

/ The Northlight crew
""", fmt="html")

m(A, "mx_recibido_usted", "es", "Finanzas Quetzal", "",
  ("Atracción de Talento Quetzal", "talento-noresponder@quetzal.example.mx"),
  "Confirmación de registro - Vacante Diseñador(a) UX Sr.",
  """Estimada Lucía Fernández:

Le confirmamos que hemos recibido su postulación para la vacante de Diseñador(a) UX Sr. Su información será revisada por nuestro equipo de Atracción de Talento.

En caso de que su perfil sea seleccionado, nos comunicaremos con usted por este medio o por teléfono.

Atentamente,
Finanzas Quetzal
Este es un correo automático, favor de no responder.
""", tz="mx", charset="iso-8859-1", cte="qp")

m(A, "ashby_ack_en", "en", "Fennec Commerce", "",
  ("Fennec Commerce", "no-reply@ashbyhq.com"),
  "Your application to Fennec Commerce",
  """Hi Lucía,

Thank you for applying to the Product Designer, Growth role at Fennec Commerce. We've received your application and will review it carefully.

We aim to get back to every applicant within 10 working days.

Fennec Commerce Recruiting
""", fmt="alt")

m(A, "fr_quebec_accuse", "fr", "Studio Boréal", "",
  ("Studio Boréal – Recrutement", "recrutement-noreply@studioboreal.example.ca"),
  "Accusé de réception – Directrice artistique junior",
  """Bonjour Lucía,

On a bien reçu ta candidature pour le poste de directrice artistique junior. Merci!

Notre équipe va la regarder attentivement. En raison du grand nombre de candidatures reçues, seules les personnes retenues pour une entrevue seront contactées.

L'équipe de Studio Boréal
""", tz="mtl")

m(A, "smartrecruiters_ack_en", "en", "Atlantica Hotels Group", "",
  ("Atlantica Hotels Group", "noreply@smartrecruiters.example.com"),
  "Thank you for your application to Atlantica Hotels Group",
  """Dear Lucía,

Thank you for your interest in Atlantica Hotels Group and for applying for Senior UX Designer, Guest Experience in Madrid.

We have received your application and our Talent Acquisition team will be reviewing it. Unfortunately we are unable to provide individual feedback at this stage, but we will contact you should your profile match our requirements.

Kind regards,
Atlantica Hotels Group Talent Acquisition
""", fmt="html", charset="windows-1252")

m(A, "es_buenas_recibido_humano", "es", "Verdel", "laura.gil@verdel.example.es",
  ("Laura Gil", "laura.gil@verdel.example.es"),
  "Re: Candidatura Diseñadora de marca",
  """¡Hola Lucía!

Muchas gracias por escribirnos y por enviarnos tu portfolio, lo hemos recibido sin problema. Ahora mismo estamos recogiendo candidaturas hasta el día 15, y a partir de ahí el equipo de marca las revisará todas.

Te digo algo antes de finales de mes, sea cual sea la respuesta.

Un saludo,
Laura Gil
Talent · Verdel
""", reply=True, tz="es", quote=("es", "Lucía Fernández Ortega <lucia.fernandez@example.com>",
  "Hola,\n\nOs escribo para presentar mi candidatura al puesto de Diseñadora de marca. Adjunto mi CV y el enlace a mi portfolio.\n\nUn saludo,\nLucía Fernández"))

m(A, "personio_ack_de", "de", "Vierkant Architekten", "",
  ("Vierkant Architekten", "noreply@personio.example.de"),
  "Ihre Bewerbung bei Vierkant Architekten",
  """Hallo Lucía Fernández Ortega,

vielen Dank für Ihre Bewerbung als Grafikdesigner:in Kommunikation bei Vierkant Architekten. Wir haben Ihre Unterlagen erhalten und melden uns so bald wie möglich bei Ihnen.

Freundliche Grüße
Vierkant Architekten

Diese E-Mail wurde automatisch versendet. Antworten auf diese E-Mail werden nicht gelesen.
""", fmt="alt", cte="b64")

m(A, "workday_ack_en", "en", "Meridian Media Group", "",
  ("Meridian Media Group", "meridianmedia@myworkday.example.com"),
  "Meridian Media Group - Application Received",
  """Dear Lucía Fernández Ortega,

Thank you for applying to Senior Visual Designer (R-20418) with Meridian Media Group.

We have received your application. Our Talent Acquisition team will review your qualifications, and if there is a match you will be contacted regarding next steps.

You can check the status of your application at any time by signing in to your candidate home.

Meridian Media Group
""", fmt="html", tz="en")

m(A, "lever_ack_es", "es", "Cobalto Pagos", "",
  ("Cobalto Pagos", "no-reply@hire.lever.co"),
  "Gracias por tu interés en Cobalto Pagos",
  """Hola Lucía,

¡Gracias por postularte a Product Designer Senior en Cobalto Pagos! Recibimos tu solicitud y nuestro equipo la está revisando.

Por la cantidad de postulaciones que recibimos no siempre podemos responder de manera individual, pero si tu perfil avanza te contactaremos en las próximas semanas.

Saludos,
Cobalto Pagos
""", fmt="alt", tz="mx")

m(A, "museum_registro_es", "es", "Museo de Arte Contemporáneo de Valencia", "",
  ("Sede electrónica MACV", "sede-noreply@macv.example.es"),
  "Justificante de registro - Convocatoria 04/2026",
  """Se ha registrado correctamente su solicitud de participación en el proceso selectivo.

Convocatoria: 04/2026 – Técnico/a de Diseño Gráfico
Solicitante: FERNÁNDEZ ORTEGA, LUCÍA
Nº de registro: E-2026-0041287
Fecha y hora: 21/04/2026 10:14:37

La lista provisional de personas admitidas se publicará en el tablón de anuncios de la sede electrónica del Museo de Arte Contemporáneo de Valencia.

Este mensaje se ha generado automáticamente. No responda a este correo.
""", charset="iso-8859-1", cte="8bit")

m(A, "agency_registered_en", "en", "Brightwater Media", "hannah@talentloop.example.co.uk",
  ("Hannah Price", "hannah@talentloop.example.co.uk"),
  "Your application - Brightwater Media",
  """Hi Lucia,

Just a quick one to say I've submitted your CV and portfolio to Brightwater Media for the Senior Designer role - they're reviewing this week and I'll chase them for feedback by Friday!

Fingers crossed 🤞

Hannah
TalentLoop Recruitment | 020 7946 0321
""", tz="en")

m(A, "malt_mission_fr", "fr", "Atelier Ginkgo", "",
  ("Malt", "no-reply@malt.example.fr"),
  "Votre candidature a été transmise à Atelier Ginkgo",
  """Bonjour Lucía,

Votre candidature à la mission « Graphiste senior – refonte d'identité (3 mois, Paris) » a été transmise à Atelier Ginkgo.

Le client reviendra vers vous directement via la messagerie Malt s'il souhaite échanger. En attendant, pensez à compléter votre profil pour augmenter vos chances.

L'équipe Malt
""", fmt="html")

m(A, "pl_en_ack_human", "en", "Wisła Interactive", "agnieszka.nowak@wislainteractive.example.pl",
  ("Agnieszka Nowak", "agnieszka.nowak@wislainteractive.example.pl"),
  "Lead UI Artist - your application",
  """Hello Lucia,

thank you for your application to Lead UI Artist position. We confirm that we received your CV and portfolio.

Our team will analyse all applications in next 2 weeks and we will contact chosen candidates. Due to big amount of applications we can not answer to everyone personally.

Best regards,
Agnieszka Nowak
Recruitment Specialist
Wisła Interactive S.A. | Kraków
""")

OFF = "offer"

m(OFF, "verbal_followup_en", "en", "Fennec Commerce", "mira.oyelaran@fennec.example.com",
  ("Mira Oyelaran", "mira.oyelaran@fennec.example.com"),
  "Following up",
  """Hi Lucía,

Great speaking with you earlier! As promised, here's a written summary of the offer we discussed on the phone for the Product Designer, Growth role:

- Base salary: €62,000 gross per year
- Equity: 2,400 options, 4-year vesting with a 1-year cliff
- Start date: 1 September 2026 (flexible)
- Fully remote within Spain, with a quarterly team week in Amsterdam

The formal contract will come through DocuSign once you've had a chance to think it over. Take the weekend, and let me know if you have any questions at all.

Really hope you'll join us!
Mira
""")

m(OFF, "es_carta_oferta", "es", "Dulce Hogar Online", "irene.sanz@dulcehogar.example.es",
  ("Irene Sanz", "irene.sanz@dulcehogar.example.es"),
  "Propuesta de incorporación - Diseñadora de Producto",
  """Hola Lucía,

¡Qué alegría escribirte este correo! Nos encantaría que te unieras a Dulce Hogar Online como Diseñadora de Producto en el equipo de checkout.

Te adjunto la carta con la propuesta: salario, beneficios (seguro médico, tarjeta restaurante, 25 días de vacaciones) y fecha de incorporación prevista.

Tómate unos días para revisarla y, si tienes cualquier duda, me llamas cuando quieras. Nos gustaría tener tu respuesta antes del viernes 26.

¡Un abrazo!
Irene Sanz
People Partner · Dulce Hogar Online
""", attach="Propuesta_Lucia_Fernandez.pdf", tz="es")

m(OFF, "uk_pleased_to_offer", "en", "Harbour & Co", "hr@harbourandco.example.co.uk",
  ("Harbour & Co HR", "hr@harbourandco.example.co.uk"),
  "Offer of Employment - Brand Designer",
  """Dear Lucía,

Further to your recent interviews, I am delighted to confirm that we are pleased to offer you the position of Brand Designer at Harbour & Co, on the terms set out in the attached offer letter.

This offer is conditional upon satisfactory references and confirmation of your right to work in the UK.

Please sign and return a copy of the letter by 3 July 2026. Should you have any questions, do not hesitate to contact me.

Yours sincerely,

Eleanor Shaw
Head of People
Harbour & Co
""", attach="Harbour_and_Co_Offer_Letter.pdf", tz="en", fmt="alt")

m(OFF, "fr_promesse_embauche", "fr", "Agence Mirabelle", "julien.marchand@mirabelle.example.fr",
  ("Julien Marchand", "julien.marchand@mirabelle.example.fr"),
  "Proposition d'embauche – Designer UX/UI",
  """Bonjour Lucía,

Suite à nos différents échanges, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Designer UX/UI en CDI au sein de l'Agence Mirabelle.

Vous trouverez ci-joint la promesse d'embauche reprenant les conditions évoquées : rémunération annuelle brute de 46 000 €, statut cadre, prise de poste envisagée le 1er septembre 2026.

Merci de nous retourner le document signé sous huit jours. Je reste à votre disposition pour toute question.

Bien cordialement,
Julien Marchand
Responsable recrutement – Agence Mirabelle
""", attach="Promesse_embauche_LFernandez.pdf", cte="qp")

m(OFF, "de_vertragsangebot", "de", "Klangwerk", "jana@klangwerk.example.de",
  ("Jana Petersen", "jana@klangwerk.example.de"),
  "Dein Vertrag 🎉",
  """Hi Lucía,

wir freuen uns riesig: Wir möchten dich als Product Designer bei Klangwerk an Bord holen!

Im Anhang findest du den Arbeitsvertrag zur Unterschrift. Die Eckdaten wie besprochen: 58.000 € brutto im Jahr, 30 Urlaubstage, Start am 1. Oktober, Relocation-Support für Berlin.

Unterschreib gern digital über den Link von DocuSign, der gleich separat kommt. Und ruf mich an, wenn du Fragen hast!

Liebe Grüße
Jana
""", attach="Arbeitsvertrag_Klangwerk_Fernandez.pdf")

m(OFF, "ba_propuesta_vos", "es", "Mate Labs", "nico@matelabs.example.com.ar",
  ("Nicolás Ferreyra", "nico@matelabs.example.com.ar"),
  "Propuesta Mate Labs",
  """Lu!

Como te adelanté por teléfono, queremos que te sumes a Mate Labs como Product Designer. Te paso los números por escrito: USD 4.200 mensuales como contractor, 100% remoto, 15 días de vacaciones pagas, y arrancarías el 15 de julio.

Decime si tenés dudas, y si te cierra te mando el contrato para firmar.

Abrazo grande y ojalá que sí!
Nico
""", tz="ba")

m(OFF, "conditional_nordic_en", "en", "Fjordline Studios", "henrik.aasen@fjordline.example.no",
  ("Henrik Aasen", "henrik.aasen@fjordline.example.no"),
  "Offer - UX Designer",
  """Hi Lucía,

I am happy to tell you that we would like to offer you the position as UX Designer at Fjordline Studios. The offer is conditional on a background check, which is standard for all our employees.

Salary is NOK 640 000 per year, plus pension and the usual Norwegian benefits. We help with the relocation to Bergen and the work permit.

The contract is attached. Please return it signed before 10 July if you accept.

We really hope you say yes!

Best regards
Henrik Aasen
Head of UX, Fjordline Studios
""", attach="Fjordline_Employment_Contract.pdf", cte="b64")

m(OFF, "mx_oferta_formal", "es", "Cobalto Pagos", "ximena.ortiz@cobaltopagos.example.mx",
  ("Ximena Ortiz", "ximena.ortiz@cobaltopagos.example.mx"),
  "Oferta laboral - Product Designer Senior",
  """Hola Lucía,

¡Muchas felicidades! Después del proceso con el equipo, nos da muchísimo gusto extenderte una oferta para unirte a Cobalto Pagos como Product Designer Senior.

En el documento adjunto encontrarás el detalle de la compensación, prestaciones superiores a las de ley y la fecha de inicio propuesta. La oferta tiene vigencia de cinco días hábiles.

Si tienes cualquier pregunta, con gusto agendamos una llamada.

Saludos,
Ximena Ortiz
Talent Lead · Cobalto Pagos
""", attach="Oferta_Cobalto_Pagos.pdf", tz="mx", fmt="alt")

m(OFF, "fr_quebec_offre", "fr", "Studio Boréal", "genevieve.tremblay@studioboreal.example.ca",
  ("Geneviève Tremblay", "genevieve.tremblay@studioboreal.example.ca"),
  "Bonne nouvelle!",
  """Bonjour Lucía,

J'ai le grand plaisir de t'annoncer que l'équipe a retenu ta candidature : on aimerait t'offrir le poste de directrice artistique junior chez Studio Boréal!

Tu trouveras la lettre d'offre en pièce jointe (salaire, avantages, date d'entrée en fonction prévue le 17 août). L'offre est conditionnelle à l'obtention de ton permis de travail; on t'accompagne dans les démarches.

Prends le temps d'y réfléchir et n'hésite pas à m'appeler.

Geneviève
514 555-0147
""", attach="Lettre_offre_Studio_Boreal.pdf", tz="mtl")

m(OFF, "pt_en_contract", "en", "Maré Digital", "joana.pires@maredigital.example.pt",
  ("Joana Pires", "joana.pires@maredigital.example.pt"),
  "Contract proposal",
  """Dear Lucía,

Following the interviews with our team, we are very happy to present you our proposal to join Maré Digital as UX Designer.

Please find attached the contract proposal with the conditions: 34.000 € gross per year in 14 payments, meal allowance, health insurance and hybrid work (2 days in Lisbon office). Start date to be agreed.

We kindly ask you to send us your decision until next Friday. Any doubt, please contact me.

Kind regards,
Joana Pires
People & Culture | Maré Digital
""", attach="Mare_Digital_Contract_Proposal.pdf")

X = "other"
LIST = {"List-Unsubscribe": "<https://lists.example.net/unsub?u=lfo>, <mailto:unsub@lists.example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

m(X, "linkedin_alerts_en", "en", "", "",
  ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
  "“ux designer”: 12 new jobs in Madrid",
  """Your job alert for ux designer in Madrid, Community of Madrid, Spain
12 new jobs match your preferences.

Senior UX Designer
Atlantica Hotels Group · Madrid (Hybrid)
Actively recruiting · Easy Apply
https://www.linkedin.example.com/comm/jobs/view/39911

Product Designer
Cobalto Pagos · Remote
3 connections work here
https://www.linkedin.example.com/comm/jobs/view/39912

UX/UI Designer (Junior-Mid)
Nexo Viajes · Madrid
Be an early applicant
https://www.linkedin.example.com/comm/jobs/view/39913

See all jobs: https://www.linkedin.example.com/comm/jobs/search
You're receiving Job Alert emails. Unsubscribe: https://www.linkedin.example.com/unsub
""", fmt="alt", headers={**LIST, "List-Id": "<jobalerts.linkedin.example.com>"})

m(X, "infojobs_alerta_es", "es", "", "",
  ("InfoJobs Alertas", "alertas@infojobs.net"),
  "8 ofertas nuevas de Diseñador gráfico en Valencia",
  """Hola Lucía, estas son las ofertas nuevas de tu alerta "Diseñador gráfico – Valencia":

· Diseñador/a gráfico/a junior – Imprenta Levante – Paterna – 18.000-21.000 €
· Diseñador/a packaging – Cítricos del Turia – Valencia – Salario no disponible
· Diseñador/a web y RRSS – Agencia Mediterránea – Valencia – Teletrabajo parcial
· Maquetador/a editorial – Ediciones Albufera – Valencia

Ver todas las ofertas: https://www.infojobs.net/alertas/123

Si no quieres recibir más alertas, puedes darte de baja aquí.
""", fmt="html", tz="es", headers=LIST)

m(X, "stepstone_de", "de", "", "",
  ("StepStone Jobagent", "jobagent@stepstone.example.de"),
  "5 neue Jobs für „UX Designer“ in Berlin",
  """Hallo Lucía,

Ihr Jobagent hat 5 neue passende Stellenangebote gefunden:

UX Designer (m/w/d) – Hanseatische Medien GmbH – Hamburg/Remote
Senior Product Designer (w/m/d) – Fahrwerk Mobility – Berlin
UI/UX Designer:in – Stadtwerke Spree – Berlin
Visual Designer (m/w/d) – Kaufhaus Nord – Berlin

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent

Jobagent bearbeiten oder abbestellen: https://www.stepstone.example.de/jobagent/settings
""", fmt="html", charset="iso-8859-1", headers=LIST)

m(X, "wttj_newsletter_fr", "fr", "", "",
  ("Welcome to the Jungle", "newsletter@welcometothejungle.example.com"),
  "Refus après un entretien : comment rebondir ? 💪",
  """Cette semaine dans la Newsletter :

• « Nous sommes au regret de vous informer… » : 5 façons de rebondir après un refus post-entretien
• Entretien manqué : faut-il envoyer un mail d'excuses ? (Oui, et vite.)
• Les 10 entreprises qui recrutent des designers à Bordeaux en ce moment

Lire l'article : https://www.welcometothejungle.example.com/fr/articles/rebondir-refus

Vous recevez cet e-mail car vous êtes inscrit·e à la newsletter. Se désinscrire.
""", fmt="html", headers={**LIST, "List-Id": "WTTJ Newsletter <news.welcometothejungle.example.com>"})

m(X, "career_newsletter_en", "en", "", "",
  ("The Design Hiring Letter", "hello@designhiringletter.example.org"),
  "Issue #58: \"We've decided to move forward with other candidates\"",
  """Hi there,

Let's talk about the rejection email. You know the one: "after careful consideration, we've decided to move forward with other candidates whose experience more closely aligns with our needs."

This week I asked 14 design managers what that sentence actually means, and whether it's worth replying to ask for feedback (short answer: yes, but keep it to three sentences).

Also in this issue:
- How to handle a portfolio review when the interviewer is late
- Paid design challenges: what's fair in 2026?
- Job board: 23 new design roles in Europe

Read the full issue: https://designhiringletter.example.org/58

You're getting this because you subscribed at designhiringletter.example.org. Unsubscribe any time.
""", fmt="alt", headers={**LIST, "List-Id": "The Design Hiring Letter <letter.designhiringletter.example.org>"})

m(X, "recruiter_inmail_en", "en", "", "jordan.blake@skyline-talent.example.com",
  ("Jordan Blake", "jordan.blake@skyline-talent.example.com"),
  "Exciting opportunity - Lead Product Designer (Fintech, Amsterdam)",
  """Hi Lucía,

I came across your profile and was really impressed by your work in fintech and brand!

I'm currently partnered with a Series B fintech in Amsterdam looking for a Lead Product Designer. Competitive package (€85-95k + equity), relocation support, amazing team.

If you're open to hearing more, feel free to reply with your CV and I'll send over the full spec. If not, no worries at all - maybe you know someone who might be interested?

Best,
Jordan Blake
Principal Consultant | Skyline Talent
""")

m(X, "podcast_interview_es", "es", "", "rocio@podcastcuadricula.example.es",
  ("Rocío Méndez", "rocio@podcastcuadricula.example.es"),
  "Entrevista para el podcast Cuadrícula",
  """¡Hola Lucía!

Soy Rocío, presento Cuadrícula, un podcast sobre diseño gráfico y tipografía. Vi tu proyecto de identidad para la biblioteca municipal de Getafe y me encantaría entrevistarte para un episodio.

La grabación dura unos 45 minutos, en remoto. ¿Te vendría bien alguna tarde de la semana del 18 de mayo?

¡Gracias y un abrazo!
Rocío
Cuadrícula Podcast
""", tz="es")

m(X, "user_research_en", "en", "", "",
  ("Tessera Research", "research-noreply@tessera.example.com"),
  "Share your thoughts: 30-min interview, €50 voucher",
  """Hi Lucía,

We're improving the Tessera design app and would love to learn how you use it in your daily work.

Would you be up for a 30-minute user interview over video? As a thank you, you'll receive a €50 voucher.

Book a slot: https://research.tessera.example.com/book

Thanks!
The Tessera Research Team

You received this email because you have a Tessera account. Manage email preferences.
""", fmt="html", headers=LIST)

m(X, "friend_rejection_es", "es", "", "carla.moreno@example.net",
  ("Carla Moreno", "carla.moreno@example.net"),
  "ufff",
  """tía, me acaban de rechazar de lo de Ogilvy-no-Ogilvy (la agencia esa de la Castellana). Después de TRES entrevistas y una prueba de 8 horas, un correo de dos líneas: "hemos decidido seguir con otros candidatos". Ni feedback ni nada.

¿Tú cómo vas con lo tuyo? ¿Te llamaron al final los del estudio de Valencia?

Cañas el viernes y lo lloramos juntas 🍻

C.""", tz="es")

m(X, "order_delayed_en", "en", "", "",
  ("Papercut Supplies", "orders@papercutsupplies.example.com"),
  "Update on your order #PC-44812",
  """Hi Lucía,

Unfortunately your order is delayed. One item (Fabriano Artistico 300gsm, 10 sheets) is temporarily out of stock at our warehouse. We expect to dispatch your order by 14 May.

We're sorry for the inconvenience. If you'd prefer to cancel the item, you can do so from your account.

Papercut Supplies - Art & Design Materials
This is an automated message, please do not reply.
""", fmt="alt")

m(X, "gps_position_es", "es", "", "",
  ("Localizar mi dispositivo", "no-reply@findmy.example.com"),
  "Posición de tu dispositivo actualizada",
  """Se ha actualizado la posición de "iPad de Lucía".

Última posición conocida: Calle de Embajadores, Madrid
Hora: 10:42

Si no reconoces esta actividad, protege tu cuenta.
""", fmt="html", tz="es")

m(X, "bank_loan_received_es", "es", "", "",
  ("Banco Alameda", "avisos@bancoalameda.example.com"),
  "Hemos recibido tu solicitud de préstamo",
  """Hola Lucía,

Hemos recibido tu solicitud de Préstamo Personal Estudios (importe: 6.000 €). Nuestro equipo de riesgos la está analizando y te daremos una respuesta en un plazo máximo de 48 horas hábiles.

Puedes consultar el estado de tu solicitud en la app.

Banco Alameda
Este mensaje es automático. No respondas a este correo.
""", fmt="alt", charset="windows-1252", tz="es")

m(X, "credit_card_en", "en", "", "",
  ("Kestrel Card", "no-reply@card.kestrelpay.example.com"),
  "We've received your Kestrel Card application",
  """Hi Lucía,

Thanks for applying for a Kestrel Card! We've received your application and we're reviewing it now. Most decisions take less than 24 hours.

We'll send you an email as soon as there's an update.

Kestrel Pay — Kestrel Card is issued by Example Bank N.V.
""", fmt="html")

m(X, "apartment_rejected_en", "en", "", "",
  ("Canal Homes Rentals", "rentals@canalhomes.example.nl"),
  "Your rental application - Jacob van Lennepkade 000-2",
  """Dear Lucía Fernández Ortega,

Thank you for your application for the apartment at Jacob van Lennepkade 000-2, Amsterdam.

Unfortunately we have to inform you that the landlord has selected another tenant. We have many applicants for every property and cannot give individual feedback.

We wish you success in finding a home.

Kind regards,
Canal Homes Rentals
Please do not reply to this email.
""")

m(X, "university_admission_fr", "fr", "", "",
  ("Admissions ESAD Bordeaux", "admissions@esad-bordeaux.example.fr"),
  "Décision d'admission – Master Design graphique 2026",
  """Madame,

Nous avons le regret de vous informer que votre candidature au Master Design graphique et multimédia pour la rentrée 2026 n'a pas été retenue par la commission pédagogique.

Vous êtes placée en position 4 sur la liste complémentaire. Vous serez informée par courriel en cas de désistement.

Le service des admissions
École Supérieure d'Art et de Design – Bordeaux
""", charset="iso-8859-1", cte="qp")

m(X, "own_sent_followup_en", "en", "", "",
  ME, "Thank you - Panel interview",
  """Hi Henrik,

Thanks again to you, Ingrid and Lars for the panel interview this morning. I really enjoyed discussing the onboarding flow for new players and how the UI team works with game design.

Looking forward to hearing from you about next steps.

Best,
Lucía""", to=("Henrik Aasen", "henrik.aasen@fjordline.example.no"), tz="es")

m(X, "own_sent_reschedule_es", "es", "", "",
  ME, "Re: Entrevista Mueblería Sol",
  """Hola Marta,

Muchísimas gracias. Me viene mejor el jueves 18 a las 16:00. ¿Se lo confirmas a Álvaro?

Un abrazo,
Lucía""", to=("Marta Ibáñez", "marta.ibanez@talenthunt.example.es"), reply=True, tz="es",
  quote=("es", "Marta Ibáñez <marta.ibanez@talenthunt.example.es>",
  "¡Hola Lucía!\n\n¡Buenas noticias! Mueblería Sol quiere conocerte para la vacante de Diseñadora Gráfica e-commerce.\n\nMarta"))

m(X, "ooo_recruiter_en", "en", "", "sam.whitfield@kestrelpay.example.com",
  ("Sam Whitfield", "sam.whitfield@kestrelpay.example.com"),
  "Automatic reply: Kestrel Pay - Senior Product Designer",
  """Thanks for your email. I'm out of office until Monday 11 May with limited access to email. For anything urgent regarding hiring, please contact talent@kestrelpay.example.com.

Sam""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, reply=True)

m(X, "ooo_fr_absence", "fr", "", "julien.marchand@mirabelle.example.fr",
  ("Julien Marchand", "julien.marchand@mirabelle.example.fr"),
  "Réponse automatique : Revue de portfolio",
  """Bonjour,

Je suis absent du bureau jusqu'au 25 mai inclus. Pour toute question relative à un recrutement en cours, vous pouvez contacter recrutement@mirabelle.example.fr.

Cordialement,
Julien Marchand""", headers={"Auto-Submitted": "auto-replied"}, reply=True)

m(X, "standup_calendar_en", "en", "", "",
  ("Google Calendar", "calendar-notification@google.example.com"),
  "Notification: Daily standup - Fernández Studio clients @ Mon 11 May 2026 9:30am - 9:45am (CEST)",
  """This is a notification for:

Daily standup - Fernández Studio clients
Mon 11 May 2026 9:30am – 9:45am (Central European Time - Madrid)
Joining: https://meet.google.example.com/xyz-abcd-efg

Invitation from Google Calendar
You are receiving this email at the account lucia.fernandez@example.com because you are subscribed for notifications on calendar Lucía Fernández Ortega.
""", fmt="alt")

m(X, "behance_notif_en", "en", "", "",
  ("Behance", "noreply@behance.example.net"),
  "Your project “Biblioteca Getafe – Identidad” was featured! 🎉",
  """Congratulations, Lucía!

Your project "Biblioteca Getafe – Identidad" has been featured in the Branding gallery. Featured projects get seen by thousands of creatives and hiring teams.

View your project stats: https://www.behance.example.net/stats

Behance · Unsubscribe from these emails
""", fmt="html", headers=LIST)

m(X, "dribbble_message_en", "en", "", "",
  ("Dribbble", "notifications@dribbble.example.com"),
  "You have a new message from Oskar Lund",
  """Oskar Lund sent you a message:

"Hey! Love the coffee packaging shot. What typeface is that on the label?"

Reply on Dribbble: https://dribbble.example.com/messages

You're receiving this because you have message notifications turned on.
""", fmt="alt", headers=LIST)

m(X, "freelance_invoice_es", "es", "", "administracion@panaderiatrigo.example.es",
  ("Administración Panadería Trigo", "administracion@panaderiatrigo.example.es"),
  "Factura 2026-017 - pago realizado",
  """Hola Lucía,

Te confirmamos que hemos realizado la transferencia de la factura 2026-017 (diseño de etiquetas y carta de temporada), por importe de 1.210,00 € IVA incluido. Deberías recibirla en 1-2 días hábiles.

¡Gracias por todo, las etiquetas han quedado preciosas!

Un saludo,
Beatriz
Administración · Panadería Trigo
""", tz="es", charset="windows-1252")

m(X, "design_contest_fr", "fr", "", "",
  ("Concours Affiche Bordeaux", "ne-pas-repondre@affiche-bordeaux.example.fr"),
  "Résultats du concours d'affiches « Fête du Fleuve 2026 »",
  """Bonjour Lucía,

Merci d'avoir participé au concours d'affiches de la Fête du Fleuve 2026. Le jury s'est réuni le 3 juin et a examiné les 212 propositions reçues.

Malheureusement votre affiche n'a pas été retenue parmi les lauréats cette année. Toutes les affiches seront exposées au Hangar 14 du 20 au 30 juin.

Avec nos remerciements,
Le comité d'organisation
""", fmt="html", headers=LIST)

m(X, "gallery_opening_es", "es", "", "",
  ("Galería Lavapiés", "info@galerialavapies.example.es"),
  "Inauguración: «Tipos móviles» – jueves 21 de mayo",
  """Te invitamos a la inauguración de «Tipos móviles», una exposición colectiva sobre tipografía vernácula en Madrid.

Jueves 21 de mayo, 19:30 h
Galería Lavapiés · Calle del Ave María 00

Entrada libre hasta completar aforo.

Si no deseas recibir más comunicaciones, date de baja aquí.
""", fmt="html", tz="es", headers={**LIST, "List-Id": "<agenda.galerialavapies.example.es>"})

m(X, "coworking_es", "es", "", "",
  ("Comunidad Nodo Cowork", "comunidad@nodocowork.example.es"),
  "Cuota de junio y cambio de horario",
  """¡Hola Nodo-people!

Recordatorio: la cuota de junio se pasa el día 1. Además, durante julio y agosto el espacio abrirá de 9:00 a 19:00 (en vez de hasta las 21:00).

El jueves 28 hacemos vermut de comunidad en la terraza. ¡Apuntaos!

Equipo Nodo
""", tz="es", headers={**LIST, "List-Id": "<miembros.nodocowork.example.es>"})

m(X, "press_interview_en", "en", "", "eva.kowalczyk@designweekly.example.com",
  ("Eva Kowalczyk", "eva.kowalczyk@designweekly.example.com"),
  "Interview request - Design Weekly",
  """Dear Lucía,

I'm a journalist at Design Weekly and I'm working on a piece about young Spanish designers rethinking public library branding. Your work for the Getafe library came up several times in my research.

Would you be available for a short interview (20-30 minutes, by phone or video) sometime next week? The piece runs in our July issue.

Many thanks,
Eva Kowalczyk
Staff Writer, Design Weekly
""")

m(X, "radio_entrevista_es", "es", "", "produccion@radiomadrid.example.es",
  ("Producción Onda Madrid", "produccion@radiomadrid.example.es"),
  "Entrevista en directo - programa 'La Tarde Creativa'",
  """Hola Lucía:

Te escribimos desde la producción de "La Tarde Creativa". Nos gustaría hacerte una entrevista en directo de unos 10 minutos sobre el rediseño de la señalética del Mercado de San Fernando.

Sería el martes 9 de junio a las 18:15, por teléfono. Confírmanos si te viene bien y te llamamos cinco minutos antes.

Un saludo,
Equipo de producción
""", tz="es")

m(X, "survey_candidate_exp_en", "en", "", "",
  ("Northlight Games", "no-reply@teamtailor-mail.example.net"),
  "How was your candidate experience?",
  """Hi Lucía,

You recently went through our recruitment process. We'd love to hear how it felt - the good and the not so good.

The survey takes 2 minutes and is anonymous: https://northlight.teamtailor.example.com/survey/cx

Thanks for helping us improve!
Northlight Games
""", fmt="html")

m(X, "linkedin_viewed_en", "en", "", "",
  ("LinkedIn", "notifications-noreply@linkedin.example.com"),
  "Lucía, your application was viewed by Meridian Media Group",
  """Your application was viewed

Senior Visual Designer
Meridian Media Group · London (Hybrid)

Applied 6 days ago · Viewed by the hiring team

See similar jobs: https://www.linkedin.example.com/jobs

Unsubscribe · Help
""", fmt="html", headers=LIST)

m(X, "recruiter_cold_es", "es", "", "sergio.rey@hunterscreativos.example.es",
  ("Sergio Rey", "sergio.rey@hunterscreativos.example.es"),
  "Oportunidad Brand Designer - Barcelona",
  """Hola Lucía, ¿qué tal?

Te escribo desde Hunters Creativos. Estamos buscando un/a Brand Designer para una marca de moda sostenible en Barcelona (híbrido, 38-42k). He visto tu trabajo en Behance y creo que podrías encajar muy bien.

¿Te interesaría que te contara más? Si ahora no es buen momento, no pasa nada, guardo tu contacto para futuras búsquedas.

Saludos,
Sergio Rey
Headhunter · Hunters Creativos
""", tz="es")

m(X, "fwd_job_link_from_friend_en", "en", "", "tomas.vidal@example.org",
  ("Tomás Vidal", "tomas.vidal@example.org"),
  "Fwd: We're hiring: Senior Designer",
  """saw this and thought of you! they're lovely people, I freelanced there last year

T""", quote=("fwd", "Kiln Collective <hello@kilncollective.example.com>",
  "Hi friends of Kiln,\n\nWe're growing! We're looking for a Senior Designer to join our studio in Amsterdam. Full details and how to apply: https://kilncollective.example.com/jobs\n\nSpread the word!\nKiln Collective"))

m(X, "malt_new_mission_fr", "fr", "", "",
  ("Malt", "no-reply@malt.example.fr"),
  "3 nouvelles missions pour vous",
  """Bonjour Lucía,

Voici les missions qui correspondent à votre profil cette semaine :

→ Identité visuelle pour une cave coopérative – Bordeaux – 12 jours
→ Refonte UX d'une app de covoiturage – Remote – 20 jours
→ Direction artistique salon professionnel – Paris – 5 jours

Voir les missions : https://www.malt.example.fr/missions

Vous recevez cet e-mail car vous avez activé les alertes missions.
""", fmt="html", headers=LIST)

m(X, "indeed_digest_en", "en", "", "",
  ("Indeed", "alert@indeed.example.com"),
  "Product Designer jobs in Barcelona",
  """New jobs for Product Designer in Barcelona

Product Designer - Mobile
Rodalia Travel - Barcelona
€45,000 - €55,000 a year
Easily apply

Senior Product Designer
Olivera Foods - Barcelona, Hybrid
Responsive employer

UX/UI Designer
Sants Digital - Barcelona
New

Unsubscribe from this alert
""", fmt="alt", headers=LIST)

m(X, "meetup_event_en", "en", "", "",
  ("Meetup", "info@meetup.example.com"),
  "Reminder: Design Critique Night Madrid is tomorrow",
  """Design Critique Night Madrid
Tuesday, May 19 · 7:00 PM
Impact Hub Alameda

Bring 1-2 pieces of work in progress. We'll split into groups of 5 for feedback.

You're going! Can't make it? Update your RSVP.
""", fmt="html", headers=LIST)

m(X, "client_feedback_en", "en", "", "oskar@lundroasters.example.se",
  ("Oskar Lund", "oskar@lundroasters.example.se"),
  "Re: label v3",
  """Hej Lucía,

we looked at v3 with the team. Love it. Only thing: can the roast date be a bit bigger? Our customers always ask. Otherwise we are ready to print.

Invoice whenever you want.

Oskar
Lund Roasters, Göteborg""", reply=True, quote=("gmail", "Lucía Fernández Ortega <lucia.fernandez@example.com>",
  "Hi Oskar,\n\nAttached is version 3 of the label with the new green.\n\nLucía"))

m(X, "bank_statement_es", "es", "", "",
  ("Banco Alameda", "avisos@bancoalameda.example.com"),
  "Tu extracto de mayo ya está disponible",
  """Hola Lucía,

Tu extracto mensual de la Cuenta Online correspondiente a mayo de 2026 ya está disponible en la banca digital.

Banco Alameda. Este mensaje es automático.
""", fmt="html", tz="es")

m(X, "newsletter_es_entrevistas", "es", "", "",
  ("Diseño y Empleo", "boletin@disenoyempleo.example.es"),
  "Cómo preparar una entrevista de portfolio (y qué hacer si te rechazan)",
  """Boletín semanal · nº 112

1. La entrevista de portfolio: cuenta 3 proyectos, no 12.
2. "Lamentablemente no vamos a seguir adelante con tu candidatura": cómo responder sin perder la oportunidad.
3. ¿Has faltado a una entrevista? Escribe hoy, no mañana.
4. 18 ofertas de diseño en Madrid, Barcelona y Valencia.

Leer online: https://disenoyempleo.example.es/boletin/112

Recibes este boletín porque te suscribiste en disenoyempleo.example.es. Darte de baja.
""", fmt="alt", tz="es", headers={**LIST, "List-Id": "=?utf-8?q?Dise=C3=B1o_y_Empleo?= <boletin.disenoyempleo.example.es>"})

m(X, "xing_de_news", "de", "", "",
  ("XING", "news@xing.example.de"),
  "Lucía, 3 Recruiter:innen haben Ihr Profil angesehen",
  """Hallo Lucía,

in den letzten 7 Tagen haben 3 Recruiter:innen Ihr Profil besucht. Mit ProJobs sehen Sie, wer.

Außerdem neu für Sie: 14 Jobs als UX Designer in Berlin.

Jetzt ansehen: https://www.xing.example.de/jobs

Benachrichtigungen verwalten | Abmelden
""", fmt="html", headers=LIST)

m(X, "hr_survey_interview_de", "de", "", "studie@uni-design.example.de",
  ("Studienteam Designpraxis", "studie@uni-design.example.de"),
  "Interview für unsere Studie zu Freelance-Design",
  """Liebe Lucía,

wir sind ein Forschungsteam der Universität der Künste und führen eine Studie zur Arbeitssituation von Freelance-Designer:innen in Europa durch.

Hättest du Lust, an einem 40-minütigen Interview teilzunehmen? Als Dankeschön gibt es einen Gutschein über 30 €.

Termin buchen: https://uni-design.example.de/studie/termine

Herzliche Grüße
Das Studienteam
""")

m(X, "visa_appointment_en", "en", "", "",
  ("IND Appointments", "no-reply@ind.example.nl"),
  "Appointment confirmation - biometrics",
  """Dear Lucía Fernández Ortega,

Your appointment has been confirmed.

Type: Biometrics
Location: IND desk Amsterdam
Date: 14 July 2026, 10:20

Bring your passport and this confirmation. If you cannot attend, cancel your appointment at least 24 hours beforehand.
""", fmt="alt")

m(X, "apartment_es_rechazada", "es", "", "",
  ("Idealista", "noreply@idealista.example.com"),
  "El anunciante ha respondido a tu solicitud",
  """Hola Lucía,

El anunciante del piso en Calle de Toledo (Madrid) ha respondido: "Lo siento, el piso ya está alquilado. Gracias por tu interés."

Sigue buscando: tenemos 23 pisos nuevos que encajan con tu búsqueda.

idealista
""", fmt="html", tz="es", headers=LIST)

m(X, "own_sent_application_es", "es", "", "",
  ME, "Candidatura: Diseñadora UX/UI – Ref. MAD-0412",
  """Estimado equipo de selección:

Les escribo para presentar mi candidatura al puesto de Diseñadora UX/UI (Ref. MAD-0412). Adjunto mi currículum y el enlace a mi portfolio: https://luciafernandez.example.com

Quedo a su disposición para una entrevista cuando lo consideren oportuno.

Atentamente,
Lucía Fernández Ortega
+34 600 00 00 00""", to=("Selección Nexo Viajes", "seleccion@nexoviajes.example.es"), tz="es")

m(X, "parcel_delivery_fr", "fr", "", "",
  ("Colissimo", "suivi@colissimo.example.fr"),
  "Votre colis est en retard",
  """Bonjour,

Votre colis n° 6A2245518 est malheureusement retardé suite à un incident de transport. Nous mettons tout en œuvre pour vous le livrer dans les meilleurs délais.

Suivre mon colis : https://www.colissimo.example.fr/suivi

Ceci est un message automatique, merci de ne pas y répondre.
""", fmt="html", cte="b64")

m(X, "cal_notif_client_review_en", "en", "", "",
  ("Google Calendar", "calendar-notification@google.example.com"),
  "Updated invitation: Weekly sync - Lund Roasters @ Thu 28 May 2026 15:00 - 15:30 (CEST)",
  """This event has been changed.

Weekly sync - Lund Roasters
Changed: Thu 28 May 2026 15:00 – 15:30 (Central European Time)
Organizer: oskar@lundroasters.example.se

Invitation from Google Calendar
""", fmt="alt", ics={"summary": "Weekly sync - Lund Roasters", "start": "20260528T130000Z",
                     "end": "20260528T133000Z", "sequence": "1"})

m(X, "recruiter_connect_fr", "fr", "", "ines.garnier@cabinetoxalis.example.fr",
  ("Inès Garnier", "ines.garnier@cabinetoxalis.example.fr"),
  "Votre profil",
  """Bonjour Lucía,

Je suis consultante chez Oxalis Conseil, cabinet spécialisé dans les métiers créatifs. Votre profil de designer UX/UI bilingue m'intéresse beaucoup pour de futures missions chez nos clients à Paris et Lyon.

Seriez-vous d'accord pour que je conserve votre CV dans notre vivier ? N'hésitez pas à me l'envoyer à jour.

Bien à vous,
Inès Garnier
Consultante – Oxalis Conseil
""")

m(X, "insurance_application_en", "en", "", "",
  ("Tulip Insurance", "service@tulipinsurance.example.nl"),
  "Your application for travel insurance",
  """Dear Lucía,

We have received your application for Annual Travel Insurance. Unfortunately we are unable to process it at this stage because your residence address is outside the Netherlands.

You can read more about our eligibility rules on our website.

Kind regards,
Tulip Insurance Customer Service
""", fmt="alt")

m(X, "dribbble_hiring_digest_en", "en", "", "",
  ("Dribbble Jobs", "jobs@dribbble.example.com"),
  "This week's design jobs: 41 new roles",
  """Top design jobs this week

Senior Brand Designer — Kiln Collective — Amsterdam
Product Designer — Rodalia Travel — Barcelona
UI Designer — Bastide Games — Bordeaux
Motion Designer — Pixelforge — Remote

Browse all 41 jobs: https://dribbble.example.com/jobs

You're receiving this because you subscribed to Dribbble Jobs. Unsubscribe.
""", fmt="html", headers=LIST)

m(X, "friend_interview_news_fr", "fr", "", "margaux.petit@example.org",
  ("Margaux Petit", "margaux.petit@example.org"),
  "devine quoi",
  """coucou !!

j'ai eu mon entretien chez Ubiquo ce matin et ils m'ont proposé le poste direct à la fin ??? je suis encore sous le choc. du coup je pars à Lyon en septembre 😭

et toi, des nouvelles de Mirabelle ? on s'appelle ce soir ?

bisous
Margaux""")

m(X, "coursera_certificate_en", "en", "", "",
  ("Coursera", "no-reply@coursera.example.org"),
  "Congratulations! You've earned your certificate",
  """Hi Lucía,

Congratulations on completing Accessibility for Designers! Your certificate is ready to share on LinkedIn.

View certificate: https://www.coursera.example.org/account/accomplishments

Keep learning,
The Coursera Team
""", fmt="html", headers=LIST)

m(R, "chain_after_interview_es", "es", "Nexo Viajes", "beatriz.lozano@nexoviajes.example.es",
  ("Beatriz Lozano", "beatriz.lozano@nexoviajes.example.es"),
  "RE: Entrevista Diseñadora UX/UI – Ref. MAD-0412",
  """Hola Lucía,

Gracias de nuevo por tu tiempo la semana pasada con David y conmigo.

Te escribo para contarte que hemos decidido continuar el proceso con otra candidata, que tiene más recorrido en producto de viajes y reservas. Nos ha costado decidir; tu prueba fue de las mejores que recibimos.

Te deseo mucha suerte y ojalá coincidamos más adelante.

Un saludo,
Beatriz Lozano
Responsable de Diseño · Nexo Viajes
Tel. 91 000 00 00

Este mensaje y sus archivos adjuntos son confidenciales. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.
""", reply=True, tz="es", fmt="alt", cte="qp", quote=("outlook", "Beatriz Lozano <beatriz.lozano@nexoviajes.example.es>",
  "Hola Lucía,\n\nNos gustaría invitarte a una entrevista con David (Product Lead) y conmigo el martes 2 de junio a las 10:00 en nuestras oficinas de Méndez Álvaro. ¿Te viene bien?\n\nUn saludo,\nBeatriz"))


if __name__ == "__main__":
    main()
