"""Writes the 84th corpus: every .eml under tests/corpus_eightyfourth/<kind>/ and labels.csv.

The wording lives in the msgs84_*.py data modules (one hand-written message per entry); this
script only dresses each entry in a realistic MIME structure (plain, quoted-printable, base64,
iso-8859-1, windows-1252, HTML-only with tracking links, multipart/alternative, calendar parts,
attachments), adds quoted reply chains and forwarded blocks, dates and threading headers.

It may import only the standard library and its sibling msgs84_* modules, and it only creates
or deletes files inside tests/corpus_eightyfourth/. Run: python tests/corpus_eightyfourth/make_eightyfourth.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs84_acks_offers  # noqa: E402
import msgs84_changes  # noqa: E402
import msgs84_invitations  # noqa: E402
import msgs84_other_en  # noqa: E402
import msgs84_other_intl  # noqa: E402
import msgs84_rejections  # noqa: E402

CANDIDATE = "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>"
CANDIDATE_ADDR = "fergus.aw@example.co.uk"
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
_SYSTEM = re.compile(
    r"no-?reply|donotreply|do-not-reply|notification|mailer|alert|jobagent|itinerary|tracking|"
    r"newsletter|^news|digest|survey|inmail|calendar|confirmation|scheduling|indeedapply")

# Story dates (UTC) for messages whose threads or bodies pin them; the rest are spread evenly.
DATES = {
    "calendly_phone_screen": "2026-01-16 09:12", "move_to_thursday": "2026-01-20 17:48",
    "tried_calling": "2026-01-22 11:21", "agency_exclamation": "2026-01-28 16:05",
    "agency_client_postponed": "2026-02-01 19:40", "human_recruiter_thanks": "2026-02-02 08:55",
    "agency_where_were_you": "2026-02-09 13:31", "recruiter_out_of_office": "2026-02-10 08:02",
    "workday_assessment_centre": "2026-02-10 14:00", "terse_mobile_fintech": "2026-02-11 21:17",
    "greenhouse_thanks": "2026-02-16 10:03", "successfactors_odd_format": "2026-02-20 06:30",
    "ats_no_show_template": "2026-02-24 17:10", "goodtime_panel_ics": "2026-03-02 12:44",
    "de_eingangsbestaetigung": "2026-03-02 07:15", "us_hiring_manager_casual": "2026-03-05 15:22",
    "own_sent_thankyou": "2026-03-06 17:22", "next_round_cfo": "2026-03-09 10:10",
    "ics_cancel_panel": "2026-03-09 18:02", "goodtime_rescheduled_ics": "2026-03-10 09:30",
    "interview_cancelled_role_paused": "2026-03-11 13:05", "de_einladung_formell": "2026-03-12 09:40",
    "mobile_pushing_back": "2026-03-13 07:48", "very_short": "2026-03-16 12:12",
    "de_verschiebung": "2026-03-23 08:20", "de_eigene_mail_bewerbung": "2026-03-23 12:03",
    "verbal_followup": "2026-03-27 16:30", "offer_letter_attached": "2026-04-02 15:00",
    "us_no_show_brief": "2026-04-02 13:20", "kinross_invite": "2026-04-10 10:00",
    "teams_invite_ics_only": "2026-04-10 10:00", "apartment_rejection": "2026-04-13 09:00",
    "forwarded_by_recruiter": "2026-04-14 12:02", "de_vertragsangebot": "2026-04-14 14:45",
    "de_nach_gespraech": "2026-04-17 11:30", "fr_accuse_reception": "2026-04-20 08:00",
    "survey_about_recruitment": "2026-04-20 10:00", "teams_no_join": "2026-04-22 15:10",
    "irish_didnt_turn_up": "2026-04-23 15:40", "de_zweite_runde_ics": "2026-04-28 09:00",
    "irish_state_body": "2026-04-30 11:00", "fr_entretien_visio": "2026-05-04 09:30",
    "de_absage_termin_ics": "2026-05-05 16:00", "irish_venue_change_time": "2026-05-06 10:30",
    "fr_report_entretien": "2026-05-11 08:10", "fr_propre_mail": "2026-05-11 09:02",
    "fr_cabinet_tutoiement": "2026-05-15 17:00", "de_stelle_gestrichen": "2026-05-18 10:00",
    "references_stage_dbs": "2026-05-20 14:00", "agency_offer_excited": "2026-05-20 18:30",
    "fr_annulation_cabinet": "2026-05-21 19:20", "australian_after_interview": "2026-05-26 00:40",
    "es_entrevista_formal": "2026-05-29 09:00", "council_postponed_formal": "2026-06-01 10:15",
    "es_cambio_hora": "2026-06-03 08:35", "agency_registered": "2026-06-08 09:45",
    "es_llamada_perdida_formal": "2026-06-08 15:30", "south_african_reply_chain": "2026-06-15 07:05",
    "conditional_offer_council": "2026-06-16 11:00", "es_agencia_siguiente_fase": "2026-06-19 10:00",
    "es_oferta_formal": "2026-06-19 12:00", "fr_apres_entretien": "2026-06-24 16:40",
    "contract_to_sign_interim": "2026-06-26 13:00", "es_no_se_conecto": "2026-06-30 10:40",
    "es_propio_envio": "2026-06-30 19:15", "de_telefoninterview_du": "2026-07-01 09:00",
    "own_sent_withdraw": "2026-07-02 08:41", "es_informal_startup": "2026-07-08 08:12",
    "de_nicht_erschienen": "2026-07-09 13:20", "es_oferta_startup": "2026-07-20 11:11",
    "successfactors_reschedule": "2026-07-29 08:00", "fr_etape_suivante_workable": "2026-08-03 09:00",
    "fr_absent_visio": "2026-08-12 08:30", "de_zusage_startup": "2026-08-25 16:00",
    "fr_promesse_embauche": "2026-09-01 10:00",
    "british_shant_progress": "2026-04-20 15:05", "bigfour_excel_test": "2026-04-02 11:20",
    "es_charla_rapida": "2026-09-07 18:02", "es_cancelada_entrevista": "2026-09-09 07:55",
    "no_feedback_at_this_stage": "2026-06-25 09:00", "charity_received": "2026-08-10 12:00",
    "es_sin_respuesta_individual": "2026-09-14 10:20", "hmrc_self_assessment": "2026-01-12 08:00",
    "octopus_bill": "2026-03-28 06:15", "ryanair_booking": "2026-04-05 20:41",
    "gym_membership": "2026-04-28 09:00", "alumni_event": "2026-09-10 12:00",
    "amazon_delayed": "2026-04-13 05:50", "standup_calendar_notification": "2026-03-01 09:15",
    "de_teams_standup": "2026-06-15 06:45", "de_paket_verspaetet": "2026-04-20 10:10",
    "de_sprachkurs": "2026-08-20 14:00", "fr_colis_retard": "2026-05-12 08:00",
    "es_gimnasio_baja": "2026-07-25 10:00", "podcast_interview_request": "2026-08-31 16:45",
    "de_ooo_recruiterin": "2026-04-06 09:01", "tribepad_video_interview": "2026-03-16 08:00",
    "eploy_phone_interview_rtw": "2026-04-30 14:00", "jobvite_after_references": "2026-07-14 16:20",
}
# Replies within the corpus: child slug -> parent slug (In-Reply-To / References).
PARENTS = {
    "move_to_thursday": "calendly_phone_screen", "tried_calling": "move_to_thursday",
    "ics_cancel_panel": "goodtime_panel_ics", "mobile_pushing_back": "next_round_cfo",
    "verbal_followup": "mobile_pushing_back", "de_verschiebung": "de_einladung_formell",
    "de_eigene_mail_bewerbung": "de_verschiebung", "de_absage_termin_ics": "de_zweite_runde_ics",
    "fr_report_entretien": "fr_entretien_visio", "fr_propre_mail": "fr_report_entretien",
    "fr_annulation_cabinet": "fr_cabinet_tutoiement", "es_cambio_hora": "es_entrevista_formal",
    "es_cancelada_entrevista": "es_charla_rapida", "es_no_se_conecto": "es_agencia_siguiente_fase",
    "es_propio_envio": "es_no_se_conecto", "interview_cancelled_role_paused": "us_hiring_manager_casual",
    "irish_venue_change_time": "irish_state_body", "council_postponed_formal": "references_stage_dbs",
    "conditional_offer_council": "council_postponed_formal", "agency_client_postponed": "agency_exclamation",
    "agency_where_were_you": "agency_client_postponed", "recruiter_out_of_office": "agency_where_were_you",
    "es_oferta_startup": "es_informal_startup",
}
_ZONES = {"en": "Europe/London", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid"}
_LATIN1_FALLBACK = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"',
                                  "„": '"', "…": "...", "€": "EUR", "œ": "oe"})


def all_messages() -> list[dict]:
    """Every entry, in folder order, each given its file name."""
    entries = (msgs84_rejections.MESSAGES + msgs84_invitations.MESSAGES + msgs84_changes.MESSAGES
               + msgs84_acks_offers.MESSAGES + msgs84_other_en.MESSAGES + msgs84_other_intl.MESSAGES)
    slugs = [e["slug"] for e in entries]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for number, entry in enumerate(entries, start=1):
        entry["file"] = f"{entry['kind']}/{number:03d}_{entry['slug']}.eml"
    return entries


def _date(entry: dict, index: int) -> datetime:
    if entry["slug"] in DATES:
        return datetime.strptime(DATES[entry["slug"]], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    start = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
    return start + timedelta(days=(index * 1.83) % 298, minutes=(index * 137) % 660)


def _zone(entry: dict) -> ZoneInfo:
    domain = parseaddr(entry["frm"])[1].rsplit("@", 1)[-1]
    if domain.endswith(".au"):
        return ZoneInfo("Australia/Sydney")
    if "greylock" in domain or "lever.co" in domain:
        return ZoneInfo("America/New_York")
    if domain.endswith(".za"):
        return ZoneInfo("Africa/Johannesburg")
    return ZoneInfo(_ZONES[entry["lang"]])


def message_id(entry: dict) -> str:
    domain = parseaddr(entry["frm"])[1].rsplit("@", 1)[-1]
    digest = hashlib.sha1(entry["slug"].encode()).hexdigest()[:12]
    return f"<84.{digest}.{entry['slug'].replace('_', '-')}@{domain}>"


def is_system(address: str) -> bool:
    """An automated mailbox nobody reads: never a contact."""
    return bool(_SYSTEM.search(address.split("@", 1)[0].lower()))


def contact_for(entry: dict) -> str:
    if "contact" in entry:
        return entry["contact"]
    for header in ("reply_to", "frm"):
        if entry.get(header):
            address = parseaddr(entry[header])[1].lower()
            if address != CANDIDATE_ADDR and not is_system(address):
                return address
    return ""


def _quoted(entry: dict, subject: str) -> str:
    if "quote" in entry:
        style, who, when, text = entry["quote"]
        if style == "outlook":
            return ("\n\n________________________________\nFrom: " + who + "\nSent: " + when
                    + "\nTo: " + (entry["frm"] if who.startswith("Fergus") else CANDIDATE)
                    + "\nSubject: " + re.sub(r"^(RE|Re|AW|Re ?): ", "", subject) + "\n\n" + text + "\n")
        intro = {"gmail": f"On {when}, {who} wrote:", "de": f"Am {when} schrieb {who}:",
                 "fr": f"Le {when}, {who} a écrit :", "es": f"El {when}, {who} escribió:"}[style]
        return "\n\n" + intro + "\n" + "\n".join("> " + line if line else ">" for line in text.splitlines()) + "\n"
    if "forward" in entry:
        who, when, subj, text = entry["forward"]
        return ("\n\n---------- Forwarded message ---------\nFrom: " + who + "\nDate: " + when
                + "\nSubject: " + subj + "\nTo: " + entry["frm"] + "\n\n" + text + "\n")
    return ""


def _link(match: re.Match[str], index: int) -> str:
    url = match.group(0)
    token = hashlib.sha1(f"{index}{url}".encode()).hexdigest()[:20]
    return f'<a href="https://click.mailtrack.example.net/ls/click?upn={token}" style="color:#1a5fb4">{html.escape(url)}</a>'


def to_html(text: str, index: int, sender_name: str) -> str:
    """One of three HTML dresses real senders use: table layout, div layout, Outlook Word HTML."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        escaped = html.escape(block)
        escaped = re.sub(r"https?://[^\s&<]+", lambda m: _link(m, index), escaped)
        paragraphs.append(escaped.replace("\n", "<br>\n"))
    pixel = f'<img src="https://open.mailtrack.example.net/o/{index:04d}.gif" width="1" height="1" alt="">'
    variant = index % 3
    if variant == 0:
        cells = "\n".join(f'<tr><td style="padding:0 24px 14px 24px;font-family:Arial,sans-serif;'
                          f'font-size:14px;color:#333">{p}</td></tr>' for p in paragraphs)
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">'
                f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
                f'<table width="600" style="background:#ffffff"><tr><td style="padding:20px 24px">'
                f'<img src="https://cdn.example.net/logo.png" alt="{html.escape(sender_name)} logo" height="32"></td></tr>\n'
                f"{cells}\n</table></td></tr></table>{pixel}</body></html>")
    if variant == 1:
        body = "\n".join(f'<p style="margin:0 0 12px 0">{p}</p>' for p in paragraphs)
        return (f'<html><body><div style="font-family:Helvetica,Arial;font-size:15px;line-height:1.5;max-width:640px">'
                f"\n{body}\n</div>{pixel}</body></html>")
    body = "\n".join(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:Calibri">{p}</span></p>'
                     f'\n<p class="MsoNormal">&nbsp;</p>' for p in paragraphs)
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{{margin:0cm}}</style>'
            f'</head><body lang="EN-GB" link="#0563C1"><div class="WordSection1">\n{body}\n</div></body></html>')


def _ics(entry: dict, stamp: datetime) -> str:
    spec = entry["ics"]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduling 4.2//EN", "VERSION:2.0",
             f"METHOD:{spec['method']}", "BEGIN:VEVENT",
             f"UID:{hashlib.sha1(spec['summary'].encode()).hexdigest()[:16]}@{spec['organizer'].split('@')[1]}",
             f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}", f"DTSTART:{spec['start']}", f"DTEND:{spec['end']}",
             f"SUMMARY:{spec['summary']}", f"LOCATION:{spec.get('location', '')}",
             f"ORGANIZER;CN=Organizer:mailto:{spec['organizer']}",
             f"ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fergus Adeyemi-Walsh:mailto:{CANDIDATE_ADDR}",
             f"SEQUENCE:{spec.get('sequence', 2 if spec['method'] == 'CANCEL' else 0)}",
             f"STATUS:{'CANCELLED' if spec['method'] == 'CANCEL' else 'CONFIRMED'}"]
    if "rrule" in spec:
        lines.append(f"RRULE:{spec['rrule']}")
    if "description" in spec:
        lines.append(f"DESCRIPTION:{spec['description']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def _text_part(target: EmailMessage, text: str, fmt: str) -> None:
    if fmt == "qp":
        target.set_content(text, cte="quoted-printable")
    elif fmt == "b64":
        target.set_content(text, cte="base64")
    elif fmt == "latin1":
        target.set_content(text.translate(_LATIN1_FALLBACK), charset="iso-8859-1", cte="quoted-printable")
    elif fmt == "cp1252":
        target.set_content(text, charset="windows-1252", cte="8bit")
    else:
        target.set_content(text)


def build(entry: dict, index: int) -> EmailMessage:
    when = _date(entry, index)
    msg = EmailMessage()
    msg["From"] = entry["frm"]
    msg["To"] = entry.get("to", CANDIDATE)
    if entry.get("reply_to"):
        msg["Reply-To"] = entry["reply_to"]
    msg["Subject"] = entry["subj"]
    msg["Date"] = format_datetime(when.astimezone(_zone(entry)))
    msg["Message-ID"] = message_id(entry)
    parent = PARENTS.get(entry["slug"])
    if parent or "quote" in entry:
        parent_id = message_id(_BY_SLUG[parent]) if parent else f"<faw.{entry['slug'].replace('_', '-')}@example.co.uk>"
        msg["In-Reply-To"] = parent_id
        msg["References"] = parent_id
    for name, value in entry.get("hdrs", {}).items():
        msg[name] = value
    sender = parseaddr(entry["frm"])[1]
    if is_system(sender) and index % 2 == 0 and "Auto-Submitted" not in msg:
        msg["Auto-Submitted"] = "auto-generated"
    text = entry["body"] + _quoted(entry, entry["subj"])
    fmt = entry.get("fmt", "plain")
    name = parseaddr(entry["frm"])[0] or sender
    if fmt == "html":
        msg.set_content(to_html(text, index, name), subtype="html")
    elif fmt in ("alt", "ics_only"):
        msg.set_content(text)
        if fmt == "alt":
            msg.add_alternative(to_html(text, index, name), subtype="html")
    else:
        _text_part(msg, text, fmt)
    if "ics" in entry:
        ics = _ics(entry, when)
        if msg.get_content_type() == "multipart/alternative":
            msg.add_alternative(ics.encode(), maintype="text", subtype="calendar",
                                params={"method": entry["ics"]["method"]})
        else:
            msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                               params={"method": entry["ics"]["method"]})
    if "attach" in entry:
        msg.add_attachment(b"%PDF-1.4\n% placeholder document for the test corpus\n%%EOF\n",
                           maintype="application", subtype="pdf", filename=entry["attach"])
    # Fixed boundaries keep regeneration byte-for-byte stable.
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_84_{hashlib.sha1(entry['slug'].encode()).hexdigest()[:10]}_{number}")
    return msg


_BY_SLUG: dict[str, dict] = {}


def main() -> None:
    entries = all_messages()
    _BY_SLUG.update({e["slug"]: e for e in entries})
    for kind in KINDS:
        folder = ROOT / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for index, entry in enumerate(entries):
        assert entry["kind"] in KINDS and entry["lang"] in _ZONES, entry["slug"]
        message = build(entry, index)
        (ROOT / entry["file"]).write_bytes(message.as_bytes(policy=default_policy))
        company = entry.get("company", "") if entry["kind"] != "other" else ""
        contact = contact_for(entry)
        assert not contact or not is_system(contact), entry["slug"]
        assert contact != CANDIDATE_ADDR
        if entry["kind"] != "other":
            assert company, entry["slug"]
        addresses = [a.lower() for _, a in getaddresses([entry["frm"], entry.get("reply_to") or ""])]
        assert not contact or contact in addresses or contact in entry["body"].lower(), entry["slug"]
        rows.append([entry["file"], entry["kind"], company, contact, entry["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
