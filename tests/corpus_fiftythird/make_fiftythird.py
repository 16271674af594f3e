"""Build corpus 53: a job seeker's inbox (Marcus Delacroix-Whitfield, Jan-Oct 2026) as .eml files.

The message texts live in the `msgs53_*.py` data modules next to this file, one hand-written
entry per message; this module only gives each one its MIME shape (plain, HTML-only,
multipart/alternative, quoted-printable, base64, legacy charsets, calendar parts,
attachments, quoted reply chains) and writes labels.csv. It imports only the standard
library and those data modules, and it writes only inside its own folder.

Run: python tests/corpus_fiftythird/make_fiftythird.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import random
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from msgs53_jobs_a import MESSAGES as JOBS_A  # noqa: E402
from msgs53_jobs_b import MESSAGES as JOBS_B  # noqa: E402
from msgs53_other import MESSAGES as OTHER  # noqa: E402

ME = ("Marcus Delacroix-Whitfield", "marcus.dw@example.com")
POLICY = policy.default.clone(linesep="\n", max_line_length=78)
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
# UTC offsets (hours) a sender in that country writes its Date header with; the rest are US.
OFFSETS = {
    ".uk": [0, 1], ".ie": [0, 1], ".sg": [8], ".tr": [3], ".in": [5.5], ".au": [10, 11],
    ".nl": [1, 2], ".ch": [1, 2], ".de": [1, 2], ".fr": [1, 2], ".es": [1, 2], ".mx": [-6], ".ca": [-5, -4],
}
US_OFFSETS = [-5, -4, -6, -7, -8]

QUOTE_HEADS = {
    "gmail": "On {day}, {who} <{addr}> wrote:",
    "de": "Am {dmy} um {hm} schrieb {who} <{addr}>:",
    "fr": "Le {dmy} à {hm}, {who} <{addr}> a écrit :",
    "es": "El {dmy} a las {hm}, {who} (<{addr}>) escribió:",
}

# Messages that belong to one story (an interview moved, then missed, then an offer) carry
# dates in story order; the rest are spread over Jan-Oct by _when.
STORY_DATES = {
    "own_sent_followup": "2026-01-15T08:40", "calendly_phone_screen": "2026-01-20T11:02",
    "phone_screen_move_earlier": "2026-01-26T16:15", "tried_calling": "2026-01-27T10:58",
    "icims_no_individual_feedback": "2026-01-08T07:31", "icims_interview_cancelled_hold": "2026-02-06T13:20",
    "icims_position_filled": "2026-02-20T09:10", "workday_received": "2026-01-12T22:05",
    "workday_fm_soft": "2026-02-03T14:48", "greenhouse_thanks": "2026-02-02T18:12",
    "greenhouse_after_panel": "2026-03-16T17:30", "candidate_experience_survey": "2026-03-20T12:00",
    "taleo_received_cruise": "2026-01-22T03:14", "taleo_ats_template": "2026-02-25T03:20",
    "gm_needs_to_move": "2026-02-10T07:12", "hotel_gm_terse_mobile": "2026-02-20T21:33",
    "teams_no_join": "2026-03-25T11:40", "own_sent_thank_you": "2026-04-02T17:05",
    "offer_letter_attached_hospital": "2026-04-10T10:00",
    "fr_entretien_paris": "2026-03-04T10:21", "own_sent_fr_confirmation": "2026-03-05T08:02",
    "fr_report_entretien": "2026-03-10T18:47", "fr_absence_visio": "2026-03-16T15:20",
    "fr_promesse_embauche": "2026-04-09T09:30",
    "working_interview_restaurant": "2026-03-02T23:50", "hiring_mgr_blunt_noshow": "2026-03-07T00:31",
    "paradox_no_show": "2026-04-08T11:30", "es_recibido_gracias": "2026-04-01T09:00",
    "es_entrevista_madrid": "2026-04-14T12:10", "es_cambio_hora": "2026-04-18T10:02",
    "es_no_conectaste": "2026-04-22T13:45", "de_terminverschiebung": "2026-04-21T15:44",
    "de_nicht_erschienen": "2026-04-28T16:30", "agency_excited_onsite": "2026-05-05T15:26",
    "agency_client_postponed": "2026-05-10T19:05", "agency_offer_excited": "2026-06-02T13:14",
    "goodtime_panel": "2026-05-08T14:00", "recruiter_ooo": "2026-05-12T09:15",
    "goodtime_rescheduled": "2026-05-15T16:40", "case_presentation": "2026-05-20T15:10",
    "verbal_offer_followup": "2026-06-19T20:02", "irish_after_interview": "2026-05-07T12:00",
    "irish_offer_formal": "2026-05-21T11:11", "outlook_new_time_sg": "2026-07-13T06:20",
    "role_on_hold_saas": "2026-04-20T19:44", "docusign_contract_saas": "2026-08-10T17:00",
    "es_casual_madrid": "2026-06-12T13:00", "es_oferta_informal": "2026-07-20T12:30",
    "es_workday_recibido": "2026-08-01T10:00", "es_segunda_fase_formal": "2026-09-04T11:00",
    "es_no_se_presento": "2026-09-14T12:10", "es_oferta_formal": "2026-09-25T10:45",
    "es_acuse_formal_mx": "2026-03-01T09:30", "es_vacante_cancelada": "2026-04-01T17:00",
    "fr_mtl_entrevue": "2026-05-22T14:00", "fr_annulation_entrevue": "2026-05-29T13:15",
    "de_personio_termin": "2026-07-06T09:12", "de_absage_termin_du": "2026-07-14T17:48",
    "de_vertragsangebot": "2026-08-20T16:05", "de_stepstone_weitergeleitet": "2026-07-01T08:00",
    "de_abwesenheitsnotiz": "2026-08-05T10:00", "de_absage_nach_gespraech_du": "2026-09-01T11:20",
    "neogov_county": "2026-07-24T15:00", "conditional_offer_city": "2026-08-20T13:00",
    "human_recruiter_ack_uk": "2026-03-30T10:30", "uk_interview_postponed_formal": "2026-04-22T12:00",
    "es_cdmx_agencia": "2026-06-08T10:00", "es_cancelada_cdmx": "2026-06-10T09:00",
    "jobvite_scheduled_ics": "2026-08-26T14:02", "zoom_to_onsite_change": "2026-08-31T18:30",
    "zoom_waited_formal": "2026-09-03T13:35", "de_telefoninterview_flughafen": "2026-02-02T09:00",
    "standup_calendar_notification": "2026-03-01T20:00", "usps_informed_delivery": "2026-03-10T06:00",
    "comcast_tech_appointment": "2026-01-21T12:00", "dmv_appointment_rescheduled": "2026-04-15T10:00",
    "amazon_order_delayed": "2026-02-16T19:00", "spotify_receipt": "2026-06-01T04:00",
}


def _when(index: int, spec: dict) -> datetime:
    """Spread the inbox over Jan-Oct 2026, but let a spec pin its own month/day."""
    rnd = random.Random(f"d53-{index}")
    pinned = spec.get("date") or STORY_DATES.get(spec["slug"])
    if pinned:
        base = datetime.fromisoformat(pinned)
    else:
        base = datetime(2026, 1, 5, 8, 0) + timedelta(days=rnd.randint(0, 295))
        base = base.replace(hour=rnd.randint(7, 19), minute=rnd.randint(0, 59), second=rnd.randint(0, 59))
    domain = parseaddr(spec["from"])[1].lower()
    choices = next((hours for tld, hours in OFFSETS.items() if domain.endswith(tld)), US_OFFSETS)
    if spec["lang"] != "en" and choices is US_OFFSETS:
        choices = [1, 2] if spec["lang"] in ("fr", "de") else [-6, 1, 2]
    offset = rnd.choice(choices)
    return base.replace(tzinfo=timezone(timedelta(hours=offset)))


def _quote(spec: dict, sent: datetime) -> str:
    """Render the earlier message the new text answers, in the style the sender's client uses."""
    style, who, addr, text = spec["quote"]
    earlier = sent - timedelta(days=2, hours=3)
    lines = text.strip("\n").splitlines()
    if style == "outlook":
        head = (
            f"From: {who} <{addr}>\nSent: {earlier.strftime('%A, %B %d, %Y %I:%M %p')}\n"
            f"To: {spec.get('quote_to', ME[0])}\nSubject: {spec.get('quote_subject', spec['subject'])}\n"
        )
        return "\n\n________________________________\n" + head + "\n" + "\n".join(lines)
    if style == "fwd":
        head = (
            f"---------- Forwarded message ---------\nFrom: {who} <{addr}>\n"
            f"Date: {earlier.strftime('%a, %b %d, %Y at %I:%M %p')}\nSubject: "
            f"{spec.get('quote_subject', spec['subject'])}\nTo: <{ME[1]}>\n"
        )
        return "\n\n" + head + "\n" + "\n".join(lines)
    fmt = QUOTE_HEADS[style]
    head = fmt.format(
        day=earlier.strftime("%a, %b %d, %Y at %I:%M %p"),
        dmy=earlier.strftime("%d.%m.%Y") if style == "de" else earlier.strftime("%d/%m/%Y"),
        hm=earlier.strftime("%H:%M"),
        who=who,
        addr=addr,
    )
    return "\n\n" + head + "\n" + "\n".join("> " + line if line else ">" for line in lines)


def _html(text: str, spec: dict) -> str:
    """Turn the text into the table-and-inline-style HTML that mail senders produce."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    cells = "".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'line-height:20px;color:#333333">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in paras
    )
    track = spec.get("track", "")
    pixel = (
        f'<img src="https://{track}/o/{hashlib.sha1(text.encode()).hexdigest()[:16]}.gif" '
        'width="1" height="1" alt="" style="display:none">'
        if track
        else ""
    )
    logo = spec.get("logo_alt", "")
    logo_img = f'<img src="https://cdn.example.net/logo.png" alt="{html.escape(logo)}" width="120">' if logo else ""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        '<body style="margin:0;padding:0;background:#f4f4f4">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        f'<tr><td align="center" style="padding:20px 0">{logo_img}</td></tr>'
        '<tr><td style="background:#ffffff;padding:24px 32px">'
        f"{cells}</td></tr></table>{pixel}</body></html>"
    )


def _ics(spec: dict, stamp: datetime) -> str:
    """A minimal VCALENDAR for an invitation or a cancellation."""
    ev = spec["ics"]
    method = ev.get("method", "REQUEST")
    start = datetime.fromisoformat(ev["start"])
    end = start + timedelta(minutes=ev.get("minutes", 45))
    org_name, org_addr = ev["organizer"]
    fmt = "%Y%m%dT%H%M%SZ"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus53//Mail Calendar//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ev['uid']}",
        f"SEQUENCE:{ev.get('sequence', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ev['summary']}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams Meeting')}",
        f"STATUS:{status}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _address(value: str) -> str:
    name, addr = parseaddr(value)
    return formataddr((name, addr)) if name else addr


def build(index: int, spec: dict) -> EmailMessage:
    """One message from one spec (see the msgs53_* modules for the keys)."""
    sent = _when(index, spec)
    msg = EmailMessage(policy=POLICY)
    sender = spec["from"]
    domain = parseaddr(sender)[1].split("@")[-1]
    msg["From"] = sender
    msg["To"] = spec.get("to", formataddr(ME))
    if "cc" in spec:
        msg["Cc"] = spec["cc"]
    if "reply_to" in spec:
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(sent)
    digest = hashlib.sha1(f"{index}{spec['slug']}".encode()).hexdigest()
    msg["Message-ID"] = f"<{digest[:20]}.{index}@{domain}>"
    if spec["subject"].lower().startswith(("re:", "aw:", "rv:", "tr:", "fwd:", "wg:")):
        parent = f"<{digest[20:36]}@{spec.get('parent_domain', 'mail.example.com')}>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<{digest[8:24]}@example.com> {parent}"
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    text = spec["body"].strip("\n") + "\n"
    if "quote" in spec:
        text = text.rstrip("\n") + _quote(spec, sent) + "\n"
    fmt = spec.get("fmt", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    if fmt == "html":
        msg.set_content(spec.get("html") or _html(text, spec), subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        msg.set_content(text, charset=charset, cte=cte or ("8bit" if charset == "utf-8" else "quoted-printable"))
        if fmt == "alt":
            msg.add_alternative(spec.get("html") or _html(text, spec), subtype="html", cte="quoted-printable")
    if "ics" in spec:
        ics = _ics(spec, sent)
        method = spec["ics"].get("method", "REQUEST")
        if msg.get_content_maintype() != "multipart":
            msg.make_alternative()
        if msg.get_content_subtype() == "alternative":
            cal = EmailMessage(policy=POLICY)
            cal.set_content(ics, subtype="calendar", charset="utf-8", params={"method": method})
            msg.attach(cal)
        msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    if "attach" in spec:
        payload = (b"%PDF-1.4\n% corpus53 placeholder\n" + spec["attach"].encode() + b"\n%%EOF\n")
        msg.add_attachment(payload, maintype="application", subtype="pdf", filename=spec["attach"])
    _stable_boundaries(msg, digest)
    return msg


def _stable_boundaries(msg: EmailMessage, digest: str) -> None:
    """Fixed boundaries so a rerun writes identical files."""
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_c53_{digest[:12]}_{n}")


def main() -> None:
    specs = [*JOBS_A, *JOBS_B, *OTHER]
    for kind in KIND_DIRS:
        folder = ROOT / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for index, spec in enumerate(specs, start=1):
        kind = spec["kind"]
        assert kind in KIND_DIRS, spec["slug"]
        rel = f"{kind}/{index:03d}_{spec['slug']}.eml"
        (ROOT / rel).write_bytes(build(index, spec).as_bytes(policy=POLICY))
        company = spec.get("company", "") if kind != "other" else ""
        rows.append([rel, kind, company, spec.get("contact", ""), spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
