"""Writes the ninetieth corpus: every .eml under tests/corpus_ninetieth/<kind>/ and labels.csv.

The messages are declared by hand in the msgs90_* modules next to this file; this script only
wraps them in MIME (plain, HTML-only, alternative, attachments, calendar parts, several charsets
and transfer encodings) with dates, Message-IDs and threading headers. It creates and deletes
files inside tests/corpus_ninetieth/ only. Run: python tests/corpus_ninetieth/make_ninetieth.py
"""

from __future__ import annotations

import base64
import csv
import html as htmlmod
import quopri
import sys
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs90_jobs  # noqa: E402
import msgs90_more  # noqa: E402
import msgs90_other  # noqa: E402
from msgs90_base import E  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
START = datetime(2026, 1, 7, 8, 12, tzinfo=UTC)
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
             "nov.", "déc."]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


# The days of messages that belong to one thread, so that an invitation comes before its
# reschedule, its no-show notice and its offer; every other message gets a spread-out day.
DATES = {
    "klinikum_stelle_gestrichen": "2026-03-10", "eigene_bewerbung_gesendet": "2026-01-12",
    "sparkasse_videointerview": "2026-02-27", "terminverschiebung_krank": "2026-03-06",
    "teams_nicht_erschienen": "2026-03-13", "assessment_center_konzern": "2026-03-20",
    "teams_abgesagt_ics": "2026-04-16", "vertragsangebot_konzern": "2026-05-15",
    "telefoninterview_du": "2026-02-16", "du_andere_uhrzeit": "2026-02-18",
    "auswahlkommission_behoerde": "2026-02-23", "behoerde_termin_aufgehoben": "2026-03-05",
    "behoerde_einstellungszusage": "2026-04-24", "headhunter_mandant": "2026-02-12",
    "headhunter_mandant_verschiebt": "2026-02-20", "headhunter_verbales_angebot": "2026-03-20",
    "klinik_vorstellung": "2026-01-27", "pflegeheim_absage_termin": "2026-02-03",
    "praesentation_zweite_runde": "2026-05-15", "rundfunk_raumwechsel_verschiebung": "2026-05-27",
    "wien_kennenlernen": "2026-03-04", "wien_zoom_verschoben": "2026-03-06",
    "wien_nicht_erreicht": "2026-03-11", "goodtime_en_panel": "2026-04-01",
    "en_panel_cancelled_on_hold": "2026-04-08", "candidate_survey": "2026-04-10",
    "next_stage_en_ics": "2026-03-10", "en_reschedule_ics": "2026-03-17",
    "own_thank_you_sent": "2026-03-20", "en_offer_letter_attached": "2026-03-27",
    "quick_chat_en": "2026-04-20", "en_mobile_push_back": "2026-04-23",
    "agency_en_exclaim": "2026-05-06", "en_agency_client_cancel": "2026-05-08",
    "fr_entretien_visio": "2026-03-16", "fr_report_entretien": "2026-03-24",
    "fr_promesse_embauche": "2026-04-24", "fr_annulation_visio": "2026-02-10",
    "fr_poste_annule": "2026-03-02", "es_entrevista_formal": "2026-04-14",
    "es_cambio_hora": "2026-04-17", "xing_recruiter_ja_gespraech": "2026-06-08",
    "telefon_nicht_erreicht": "2026-06-11", "teamtailor_self_schedule": "2026-06-01",
    "du_haben_dich_vermisst": "2026-06-04", "betriebsrat_gespraech": "2026-01-29",
    "geschaeftsfuehrer_vergeblich": "2026-02-06", "us_owned_phone_screen": "2026-04-06",
    "en_tried_calling": "2026-04-13", "en_pleased_to_offer_us": "2026-05-04",
    "ashby_en_recruiter_screen": "2026-05-18", "en_no_show_ats": "2026-05-21",
    "references_next_round_en": "2026-03-30", "en_teams_not_joined": "2026-04-08",
    "fr_cabinet_client": "2026-06-15", "fr_absente_entretien": "2026-06-17",
    "es_agencia_llamada": "2026-07-06", "es_no_conectaste": "2026-07-08",
    "danish_case_interview": "2026-04-28", "en_danish_offer": "2026-05-19",
    "after_interview_du_startup": "2026-02-09", "startup_du_angebot": "2026-09-14",
    "es_informal_tras_entrevista": "2026-05-05", "es_oferta_contrato": "2026-05-26",
    "xing_eingangsbestaetigung_kurz": "2026-01-20", "abwesenheitsnotiz_recruiterin": "2026-04-07",
    "agency_relay_en_london": "2026-03-12", "ooo_recruiter_en": "2026-03-31",
}


def addr_header(value: str, charset: str) -> str:
    """A From/To/Reply-To value, the display name RFC 2047-encoded when it is not ASCII."""
    out = []
    for one in value.split(";"):
        name, addr = parseaddr(one.strip())
        out.append(formataddr((name, addr), charset="utf-8" if charset == "utf-8" else charset)
                   if name else addr)
    return ", ".join(out)


def subject_header(value: str, charset: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset if charset != "us-ascii" else "utf-8").encode()


def quoted(style: str, author: str, text: str, when: datetime) -> str:
    """The reply chain under the new text, in the shape each mail program writes it."""
    lines = text.strip("\n").splitlines()
    gt = "\n".join("> " + ln if ln else ">" for ln in lines)
    hm = when.strftime("%H:%M")
    if style == "gmail":
        head = (f"On {EN_DAYS[when.weekday()]}, {when.day} {when.strftime('%b %Y')} at {hm}, "
                f"{author} wrote:")
        return f"\n\n{head}\n\n{gt}\n"
    if style == "de":
        return f"\n\nAm {DE_DAYS[when.weekday()]}, {when:%d.%m.%Y} um {hm} schrieb {author}:\n{gt}\n"
    if style == "fr":
        return (f"\n\nLe {FR_DAYS[when.weekday()]} {when.day} {FR_MONTHS[when.month - 1]} "
                f"{when.year} à {hm}, {author} a écrit :\n{gt}\n")
    if style == "es":
        name, addr = parseaddr(author)
        return (f"\n\nEl {when.day} {ES_MONTHS[when.month - 1]} {when.year}, a las {hm}, "
                f"{name} (<{addr}>) escribió:\n{gt}\n")
    if style == "outlook_de":
        return ("\n\n-----Ursprüngliche Nachricht-----\n"
                f"Von: {author}\nGesendet: {when:%d.%m.%Y %H:%M}\n"
                f"An: Friederike Adeyemi-Sommer <friederike.as@example.de>\n"
                f"Betreff: Bewerbung\n\n{text.strip()}\n")
    if style == "fwd":
        return ("\n\n---------- Forwarded message ---------\n"
                f"From: {author}\nDate: {format_datetime(when)}\n"
                f"To: friederike.as@example.de\n\n{text.strip()}\n")
    return ("\n\n________________________________\n"
            f"From: {author}\nSent: {when.strftime('%A, %B')} {when.day}, {when.year} "
            f"{when.strftime('%I:%M %p')}\nTo: Friederike Adeyemi-Sommer "
            f"<friederike.as@example.de>\nSubject: RE: Application\n\n{text.strip()}\n")


def to_html(text: str, sender: str) -> str:
    """A bulk-mail style HTML rendering: a table layout, inline styles, a logo and tracked links."""
    paras = [htmlmod.escape(p).replace("\n", "<br>") for p in text.strip().split("\n\n")]
    body = "".join(f'<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px;'
                   f'color:#333333">{p}</p>' for p in paras)
    domain = parseaddr(sender)[1].split("@")[-1]
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"background:#f4f4f4\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#ffffff;padding:24px\"><tr><td>"
            f"<img src=\"https://{domain}/assets/logo.png\" alt=\"Logo\" width=\"120\"></td></tr>"
            f"<tr><td>{body}</td></tr><tr><td style=\"font-size:11px;color:#999999\">"
            f"<a href=\"https://click.{domain}/ls/click?upn=a8Fz2kq0\" "
            "style=\"color:#999999\">Datenschutz / Privacy</a>"
            f"<img src=\"https://click.{domain}/wf/open?upn=9xQ\" width=\"1\" height=\"1\" "
            "alt=\"\"></td></tr></table></td></tr></table></body></html>")


def encode(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        return cte, base64.encodebytes(raw)
    if cte == "quoted-printable":
        return cte, quopri.encodestring(raw)
    if cte == "8bit" or not raw.isascii():
        return "8bit", raw
    return "7bit", raw


def part(subtype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    cte_used, body = encode(text, charset, cte)
    head = (f"Content-Type: text/{subtype}; charset=\"{charset}\"{extra}\r\n"
            f"Content-Transfer-Encoding: {cte_used}\r\n\r\n")
    return head.encode("ascii") + body


def multipart(subtype: str, parts: list[bytes], tag: str) -> bytes:
    boundary = f"==_90_{subtype}_{tag}"
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\r\n\r\n".encode()
    out += b"This is a multi-part message in MIME format.\r\n"
    for p in parts:
        out += f"\r\n--{boundary}\r\n".encode() + p
    return out + f"\r\n--{boundary}--\r\n".encode()


def ics_text(ics: dict, uid: str, stamp: datetime) -> str:
    start = datetime.fromisoformat(ics["start"]).replace(tzinfo=UTC)
    end = start + timedelta(minutes=ics.get("minutes", 45))
    method = ics.get("method", "REQUEST")
    fmt = "%Y%m%dT%H%M%SZ"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime(fmt)}", f"DTSTART:{start.strftime(fmt)}",
             f"DTEND:{end.strftime(fmt)}", f"SUMMARY:{ics['summary']}",
             f"LOCATION:{ics.get('location', 'Microsoft Teams-Besprechung')}",
             f"ORGANIZER;CN={ics.get('cn', 'Recruiting')}:mailto:{ics['organizer']}",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
             "mailto:friederike.as@example.de",
             f"SEQUENCE:{ics.get('sequence', 0)}",
             "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
             "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def build(e: E, number: int, when: datetime) -> bytes:
    sender_dom = parseaddr(e.frm)[1].split("@")[-1]
    mid = f"<{when:%Y%m%d%H%M%S}.{number:03d}.{e.slug.replace('_', '')}@{sender_dom}>"
    hdr = [("From", addr_header(e.frm, e.charset)), ("To", addr_header(e.to, e.charset))]
    if e.cc:
        hdr.append(("Cc", addr_header(e.cc, e.charset)))
    if e.reply_to:
        hdr.append(("Reply-To", addr_header(e.reply_to, e.charset)))
    hdr += [("Subject", subject_header(e.subject, e.charset)),
            ("Date", format_datetime(when)), ("Message-ID", mid)]
    if e.reply or e.quote or e.subject.lower().startswith(("re:", "aw:", "wg:", "fwd:")):
        parent = f"<{(when - timedelta(days=2)):%Y%m%d}.{number:03d}.parent@example.de>"
        hdr += [("In-Reply-To", parent), ("References", parent)]
    hdr += list(e.headers.items())
    hdr.append(("MIME-Version", "1.0"))
    text = e.body.strip("\n") + "\n"
    if e.quote:
        text += quoted(e.quote[0], e.quote[1], e.quote[2], when - timedelta(days=2, hours=3))
    html = e.html or to_html(text, e.frm)
    tag = f"{number:03d}"
    if e.fmt == "html":
        body = part("html", html, e.charset, e.cte or "quoted-printable")
    elif e.fmt in ("alt", "ics"):
        alt = [part("plain", text, e.charset, e.cte), part("html", html, e.charset, e.cte or
                                                           "quoted-printable")]
        if e.ics:
            cal = ics_text(e.ics, mid.strip("<>").replace("@", "-cal@"), when)
            alt.append(part("calendar", cal, "utf-8", "7bit",
                            f"; method={e.ics.get('method', 'REQUEST')}"))
        body = multipart("alternative", alt, tag)
    else:
        body = part("plain", text, e.charset, e.cte)
    if e.attach:
        pdf = b"%PDF-1.4\n% ninetieth corpus placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        att = (f"Content-Type: application/pdf; name=\"{e.attach}\"\r\n"
               f"Content-Disposition: attachment; filename=\"{e.attach}\"\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n").encode() + base64.encodebytes(pdf)
        body = multipart("mixed", [body, att], tag + "m")
    head = "".join(f"{k}: {v}\r\n" for k, v in hdr).encode("ascii")
    return head + body


def main() -> None:
    messages: list[E] = msgs90_jobs.MESSAGES + msgs90_more.MESSAGES + msgs90_other.MESSAGES
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    slugs = set()
    for number, e in enumerate(messages, start=1):
        assert e.kind in KINDS, e.slug
        assert e.slug not in slugs, e.slug
        slugs.add(e.slug)
        # Spread the inbox over January to October 2026, a working-hours time for each.
        when = START + timedelta(days=(number * 277) % 290, hours=(number * 7) % 10,
                                 minutes=(number * 13) % 60)
        if e.slug in DATES:
            when = datetime.fromisoformat(DATES[e.slug]).replace(
                hour=7 + number % 9, minute=(number * 13) % 60, tzinfo=UTC)
        rel = f"{e.kind}/{number:03d}_{e.slug}.eml"
        (HERE / rel).write_bytes(build(e, number, when))
        rows.append([rel, e.kind, e.company, e.contact, e.lang])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
