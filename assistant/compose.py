"""Composition: a `FollowUp` from the policy -> a `Draft` holding a complete email message.

Pure: no network, no clock (`now` is passed in), and no disk access except the Jinja2 loader
reading template files. Imports `records`, `config` and `errors` only.

Templates live in `templates/<language>/<kind>.j2` (shipped as the package
`assistant.templates`); a user's folder, searched first, overrides any file. Each template
defines two blocks, `subject` and `body` (see templates/README.md for every variable). The
environment is sandboxed with `StrictUndefined`, so a typo in a user's template is a
`TemplateError` naming the file rather than a silently empty field. Text from mail and calendars
(names, subjects, titles, the user's reason) is only ever passed as a variable, never compiled
as template source, so `{{ 7*7 }}` in a subject stays those characters.

Headers are built here, not in templates: Python 3.11.7 does not refuse CR/LF in header values
(CVE-2024-6923 was fixed in 3.11.10), so every value is stripped of control characters and its
whitespace collapsed first. The message is serialized with CRLF line endings.
"""

from __future__ import annotations

import email.policy
import hashlib
import importlib.resources
import logging
import re
import unicodedata
from dataclasses import replace
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from assistant.config import Identity
from assistant.errors import TemplateError
from assistant.records import Address, Draft, DraftKind, FollowUp, Slot, short_interview_id

logger = logging.getLogger(__name__)

LANGUAGES = ("en", "de", "fr", "es")
FALLBACK_LANGUAGE = "en"
_MAX_REFERENCES = 20  # keep the first and the latest ones; long threads make huge headers
_ADDR_SPEC = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|antw|réf|ref|r)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def make_environment(user_dir: str = "") -> SandboxedEnvironment:
    """A sandboxed Jinja2 environment over the user's folder (if any), then the bundled one."""
    bundled = str(importlib.resources.files("assistant.templates"))
    search = [user_dir, bundled] if user_dir else [bundled]
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["de"] = french_de
    return env


_ELIDING = frozenset("aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ")


def french_de(noun: str) -> str:
    """French "de" before a name: "d'analyste", "d'Acme", but "de chef de projet".

    A template filter (`{{ role | de }}`), because the words come from mail and calendars
    and French elides before a vowel. An initial h is left alone: it is mute in some words
    and aspirated in others.
    """
    return f"d'{noun}" if noun[:1] in _ELIDING else f"de {noun}"


def render(
    followup: FollowUp, *, identity: Identity, env: jinja2.Environment, now: datetime
) -> Draft:
    """Render the follow-up's template and build its message.

    A `reminder` is a nudge for the user: subject and body, no message. Every other kind
    gets a full RFC 5322 message; with no recipient it still renders and is marked
    `needs_recipient` for the queue.

    Raises:
        TemplateError: the template is missing, has a syntax error, or uses an unknown variable.
    """
    template = _template(env, followup.kind, followup.language)
    language = template.name.split("/", 1)[0] if template.name else FALLBACK_LANGUAGE
    to = tuple(a for a in (_recipient(r, followup.key) for r in followup.to) if a)
    subject, body = _render_blocks(template, _variables(followup, identity, to, language))
    if followup.reply_subject is not None and followup.kind is not DraftKind.REMINDER:
        subject = reply_subject(followup.reply_subject)
    subject = clean_header(subject)
    draft = Draft(
        key=followup.key,
        kind=followup.kind,
        due=followup.due,
        subject=subject,
        body=body,
        to=(),
        language=language,
        opportunity=followup.opportunity,
        company=followup.company,
        interview_uid=followup.interview_uid,
        recurrence_id=followup.recurrence_id,
    )
    if followup.kind is DraftKind.REMINDER:
        return draft
    message_id = _message_id(followup.key, identity.email)
    in_reply_to = _msgid(followup.in_reply_to)
    message = _message(followup, identity, to, subject, body, message_id, in_reply_to, now)
    return replace(
        draft,
        to=tuple(Address(a.addr_spec.lower(), a.display_name) for a in to),
        message_id=message_id,
        in_reply_to=in_reply_to,
        message=message,
        needs_recipient=not to,
    )


def clean_header(value: str) -> str:
    """`value` safe for a header: control characters (CR, LF, NUL, ...) become spaces, and runs
    of whitespace collapse to one."""
    kept = "".join(" " if unicodedata.category(c)[0] in "CZ" and c != " " else c for c in value)
    return " ".join(kept.split())


def reply_subject(subject: str) -> str:
    """ "Re: " + the subject without its own reply prefixes ("Re:", "AW:", "Réf :", ...)."""
    return "Re: " + _REPLY_PREFIX.sub("", clean_header(subject))


# --- dates, written per language without the locale module ---------------------------------

_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}  # fmt: skip


def format_date(moment: datetime, language: str) -> str:
    """ "Tuesday, 24 November" / "Dienstag, 24. November" / "mardi 24 novembre" /
    "martes, 24 de noviembre"."""
    lang = language if language in _DAYS else FALLBACK_LANGUAGE
    day, month, n = _DAYS[lang][moment.weekday()], _MONTHS[lang][moment.month - 1], moment.day
    return {
        "en": f"{day}, {n} {month}",
        "de": f"{day}, {n}. {month}",
        "fr": f"{day} {'1er' if n == 1 else n} {month}",
        "es": f"{day}, {n} de {month}",
    }[lang]


def format_time(moment: datetime, language: str) -> str:
    """ "3:00 PM" / "15:00" / "15 h 00" / "15:00"."""
    if language == "fr":
        return f"{moment.hour} h {moment.minute:02d}"
    if language in ("de", "es"):
        return f"{moment.hour}:{moment.minute:02d}"
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def format_when(moment: datetime, language: str) -> str:
    """A date and time as a sentence part: "Tuesday, 24 November at 3:00 PM", "Dienstag,
    24. November um 15:00 Uhr", "mardi 24 novembre à 15 h 00", "martes, 24 de noviembre a las
    15:00"."""
    date, time = format_date(moment, language), format_time(moment, language)
    if language == "de":
        return f"{date} um {time} Uhr"
    if language == "fr":
        return f"{date} à {time}"
    if language == "es":
        return f"{date} a {'la' if moment.hour == 1 else 'las'} {time}"
    return f"{date} at {time}"


def format_slot(slot: Slot, tz: ZoneInfo, language: str) -> str:
    """A proposed slot in the user's zone: "Tuesday, 24 November, 3:00 PM – 3:45 PM"."""
    start, end = slot.start.astimezone(tz), slot.end.astimezone(tz)
    date, t1, t2 = (
        format_date(start, language),
        format_time(start, language),
        format_time(end, language),
    )
    if language == "de":
        return f"{date}, {t1}–{t2} Uhr"
    if language == "fr":
        return f"{date}, de {t1} à {t2}"
    if language == "es":
        return f"{date}, de {t1} a {t2}"
    return f"{date}, {t1} – {t2}"


def _zone_label(moment: datetime | None, tz: ZoneInfo) -> str:
    """A short name for the user's zone ("CET"), or its IANA name when it has none ("-03")."""
    abbreviation = moment.astimezone(tz).tzname() if moment else None
    if abbreviation and abbreviation.isalpha():
        return abbreviation
    return str(tz.key)


# --- rendering ------------------------------------------------------------------------------


def _template(env: jinja2.Environment, kind: DraftKind, language: str) -> jinja2.Template:
    """The template for this kind in `language`, else in English."""
    names = [f"{language}/{kind.value}.j2", f"{FALLBACK_LANGUAGE}/{kind.value}.j2"]
    try:
        return env.select_template(names)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"template {exc.filename or exc.name} line {exc.lineno}: {exc.message}; fix its syntax"
        ) from None
    except jinja2.TemplatesNotFound:
        raise TemplateError(
            f"no template for {kind.value}: expected {names[-1]} in the templates folder"
        ) from None


def _render_blocks(template: jinja2.Template, variables: dict[str, Any]) -> tuple[str, str]:
    where = template.filename or template.name
    try:
        context = template.new_context(variables)
        subject = "".join(template.blocks["subject"](context))
        body = "".join(template.blocks["body"](context))
    except KeyError as exc:
        raise TemplateError(f"template {where}: needs a {{% block {exc.args[0]} %}}") from None
    except jinja2.TemplateError as exc:
        raise TemplateError(
            f"template {where}: {exc.message}; check the variable names in templates/README.md"
        ) from None
    return subject, _tidy(body)


def _tidy(body: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in body.strip("\n").splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip() + "\n"


def _variables(
    followup: FollowUp, identity: Identity, to: tuple[HeaderAddress, ...], language: str
) -> dict[str, Any]:
    tz = identity.tz
    start = followup.interview_start.astimezone(tz) if followup.interview_start else None
    return {
        "kind": followup.kind.value,
        "language": language,
        "company": _line(followup.company),
        "role": _line(followup.role),
        "interview_title": _line(followup.interview_title),
        "interview_date": format_date(start, language) if start else None,
        "interview_when": format_when(start, language) if start else None,
        "recipient_name": to[0].display_name if to else "",
        "recipient_names": [a.display_name for a in to if a.display_name],
        "slots": [format_slot(s, tz, language) for s in followup.slots],
        "timezone": _zone_label(followup.slots[0].start if followup.slots else start, tz),
        "emergency": followup.emergency,
        "reason": _sentence(followup.reason),
        "note": followup.note,
        "interview_id": (
            short_interview_id(followup.interview_uid, followup.recurrence_id)
            if followup.interview_uid
            else None
        ),
        "replying": followup.in_reply_to is not None,
        "user_name": identity.name,
        "signature": identity.signature or identity.name,
    }


def _line(value: str | None) -> str | None:
    """One line of text from mail or a calendar, or None when there is nothing left."""
    return clean_header(value) or None if value else None


def _sentence(value: str | None) -> str | None:
    """The user's reason as a sentence: capitalized, with a final full stop."""
    text = _line(value)
    if not text:
        return None
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


# --- the message ----------------------------------------------------------------------------


def _recipient(address: Address, key: str) -> HeaderAddress | None:
    """A header address from a record, or None (logged) when it cannot be made safe."""
    spec = "".join(address.email.split())
    if not _ADDR_SPEC.match(spec) or any(unicodedata.category(c)[0] == "C" for c in spec):
        logger.warning("draft %s: dropped a recipient whose address is not valid", key)
        return None
    try:
        return HeaderAddress(display_name=clean_header(address.name), addr_spec=spec)
    except (ValueError, IndexError):
        logger.warning("draft %s: dropped a recipient whose address is not valid", key)
        return None


def _msgid(value: str | None) -> str | None:
    """A Message-ID without brackets, whitespace or control characters; None when empty."""
    if not value:
        return None
    kept = "".join(c for c in clean_header(value) if c not in "<> ")
    return kept or None


def _message_id(key: str, user_email: str) -> str:
    """Deterministic per trigger key, in the user's domain: a re-render keeps its identity."""
    domain = re.sub(r"[^a-z0-9.-]", "", user_email.rpartition("@")[2].lower()) or "localhost"
    digest = hashlib.sha256(f"{key}\0{user_email}".encode()).hexdigest()[:32]
    return f"{digest}.followup@{domain}"


def _message(
    followup: FollowUp,
    identity: Identity,
    to: tuple[HeaderAddress, ...],
    subject: str,
    body: str,
    message_id: str,
    in_reply_to: str | None,
    now: datetime,
) -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = HeaderAddress(display_name=clean_header(identity.name), addr_spec=identity.email)
    if to:
        msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now.astimezone(identity.tz))
    msg["Message-ID"] = f"<{message_id}>"
    if in_reply_to:
        refs = [r for r in (_msgid(x) for x in followup.references) if r and r != in_reply_to]
        refs = [*refs, in_reply_to]
        if len(refs) > _MAX_REFERENCES:
            refs = [refs[0], *refs[-(_MAX_REFERENCES - 1) :]]
        msg["In-Reply-To"] = f"<{in_reply_to}>"
        msg["References"] = " ".join(f"<{r}>" for r in refs)
    msg.set_content(body, charset="utf-8")
    return msg.as_bytes()
