"""Who a job mail is from and about: company, role title, and a human contact to reply to.

Imports `records` and `detect.ats`; pure, no I/O. Every cue proposes a company with a weight
(a "Your application to X" subject, an "X via Greenhouse" display name, an ATS address such
as `acme@greenhouse-mail.io`, a "the X team" sign-off, the employer's own mail domain); cues
that agree add up, so one odd cue does not win against two that agree.

`contact` is a human address: Reply-To, the sender, an address in the signature, else a
recruiter already known for the company; never a no-reply or ATS system address, never the
user's own. Personal addresses come before shared ones (careers@, jobs@).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping

from assistant.detect.ats import (
    ats_company_label,
    ats_of,
    domain_of,
    is_free_mail,
    is_no_reply,
    registered_label,
)
from assistant.records import Address, Email, EmailKind

__all__ = ["company_key", "extract", "is_no_reply"]

logger = logging.getLogger(__name__)

# A company name as written: capitalized words, with the joiners names use.
_NAME = r"(?:[A-Z0-9][\w&'’.+\-]*|&)(?:[ \t](?:[A-Z0-9][\w&'’.+\-]*|&|of|de|du|la|le|and|und|y|et))*"
_ATS_NAMES = (
    r"greenhouse|lever|workday|smartrecruiters|icims|ashby|teamtailor|personio|workable|"
    r"recruitee|bamboohr|jobvite|jazzhr|breezy|taleo|successfactors|pinpoint|softgarden|join"
)
_TEAM_WORDS = (
    r"recruiting|recruitment|recruiters|talent acquisition|talent|hiring|careers|career|jobs|"
    r"hr|people|people ops|people & culture|team|recrutement|rh|reclutamiento|seleccion|"
    r"selección|rrhh|talento|personal|karriere|bewerbermanagement"
)
_DISPLAY_PATTERNS = (
    re.compile(rf"^(?P<c>.+?)\s+via\s+(?:{_ATS_NAMES})\b", re.IGNORECASE),
    re.compile(rf"^(?:the\s+)?(?P<c>.+?)[\s\-]+(?:{_TEAM_WORDS})(?:[\s\-]+(?:team|acquisition))*$",
               re.IGNORECASE),
    re.compile(rf"^(?:das\s+|l'[ée]quipe\s+|el\s+equipo\s+de\s+|equipo\s+de\s+)?(?:{_TEAM_WORDS})"
               rf"(?:[\s\-]+team)?\s+(?:at|@|bei|von|de|chez|en|del|of)\s+(?P<c>.+)$",
               re.IGNORECASE),
    re.compile(r"^[^|(@]+?\s+(?:at|@|from|bei|von|chez|de chez|en|\||-|–)\s+(?P<c>[A-Z0-9].+)$"),
    re.compile(r"^[^(]+\((?P<c>[^)]+)\)$"),
)
_SUBJECT_PATTERNS = tuple(re.compile(p) for p in (
    rf"(?i:application|applying|interview|interviewing|offer|candidacy)\s+(?i:to|at|with|for)\s+(?P<c>{_NAME})\s*$",
    rf"(?i:application|applying|interview|candidacy)\s+(?i:to|at|with)\s+(?P<c>{_NAME})",
    rf"\s(?i:at|@)\s+(?P<c>{_NAME})\s*(?:[-–|:!,(]|$)",
    rf"(?i:bewerbung|vorstellungsgespr[äa]ch|gespr[äa]ch|interview)\s+(?:[^:]*?\s)?(?i:bei|an)\s+(?:der\s+|die\s+)?(?P<c>{_NAME})",
    rf"(?i:candidature|entretien)\s+(?:[^:]*?\s)?(?i:chez|au sein de|à|a)\s+(?P<c>{_NAME})",
    rf"(?i:candidatura|solicitud|entrevista|postulaci[óo]n)\s+(?:[^:]*?\s)?(?i:en|a|para|con)\s+(?P<c>{_NAME})",
    rf"^(?P<c>{_NAME})\s*[:|\-–]\s",
))
_BODY_PATTERNS = tuple(re.compile(p) for p in (
    rf"(?i:interest in|applying to|applying at|application to|application at|applied to|applied at|interest in joining|interest in working at)\s+(?P<c>{_NAME})",
    rf"(?i:the)\s+(?P<c>{_NAME})\s+(?i:recruiting|talent|hiring|recruitment|people|hr|careers)?\s*(?i:team)\b",
    rf"(?i:ihr|dein|euer|das)\s+(?P<c>{_NAME})[\s\-]+(?i:team|recruiting)",
    rf"(?i:l'[ée]quipe|l’[ée]quipe)\s+(?:(?i:recrutement|rh|talent)\s+(?:de\s+|d')?)?(?P<c>{_NAME})",
    rf"(?i:el equipo de)\s+(?:(?i:selecci[óo]n|talento|rrhh|reclutamiento)\s+(?:de\s+)?)?(?P<c>{_NAME})",
    rf"(?i:bewerbung|interesse)\s+(?:[^.\n]{{0,60}}?\s)?(?i:bei|an)\s+(?:der\s+)?(?P<c>{_NAME})",
    rf"(?i:candidature|int[ée]r[êe]t)\s+(?:[^.\n]{{0,60}}?\s)?(?i:chez|pour)\s+(?P<c>{_NAME})",
    rf"(?i:candidatura|inter[ée]s)\s+(?:[^.\n]{{0,60}}?\s)?(?i:en|por)\s+(?P<c>{_NAME})",
    rf"^[^\n|]{{2,60}}\s\|\s(?P<c>{_NAME})\s*$",
    rf"^(?i:recruiter|talent acquisition[\w ]*|technical recruiter|hr manager|hiring manager|head of talent|people partner|recruiting coordinator)[,@]?\s+(?i:at\s+|@\s*)?(?P<c>{_NAME})\s*$",
))
_STOP_COMPANY = frozenset({
    "we", "i", "you", "our", "the", "a", "an", "us", "thank", "thanks", "dear", "hi", "hello",
    "unfortunately", "leider", "your", "ihre", "votre", "tu", "su", "re", "fwd", "fw", "aw",
    "wg", "tr", "rv", "interview", "application", "update", "invitation", "job", "jobs",
    "careers", "recruiting", "talent", "team", "hr", "next", "steps", "position", "role",
    "offer", "candidate", "hiring", "human", "resources", "bewerbung", "candidature",
    "candidatura", "gracias", "merci", "danke", "vielen", "new", "this", "that", "and",
})
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:inc|llc|ltd|limited|gmbh|ag|se|sa|sas|sarl|s\.?l\.?|s\.?a\.?|bv|b\.v\.|plc|"
    r"corp|corporation|co|kg|gmbh & co\.? kg|ug|oy|ab|as|spa|srl)\.?$",
    re.IGNORECASE,
)
_GENERIC_LOCAL = re.compile(
    r"^(?:careers?|jobs?|recruit\w*|talent\w*|hr|hiring|people|info|contact|hello|team|office|"
    r"admin|bewerbung\w*|karriere|personal|rh|recrutement|empleo|rrhh|seleccion|candidates?|"
    r"applications?|apply|staffing)(?:[-_.+]\w+)?$"
)
_EMAIL_IN_TEXT = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_ROLE_PATTERNS = tuple(re.compile(p) for p in (
    r"(?i:for the (?:position|role|post|job) of|for the position as|position of|role of)\s+(?:an?\s+)?(?P<r>[^.,;:!?\n()]{3,60}?)(?=\s+(?:at|with|in|bei|chez|en)\s|[.,;:!?\n()]|$)",
    r"(?i:for (?:the|our|your|an?)|application for(?: the)?|applying for(?: the)?|applied for(?: the)?|interview for(?: the)?)\s+(?P<r>[A-Z][\w/&+\-]*(?:\s+(?:[A-Z(][\w/&+\-()]*|of|and|&|for)){0,6})\s+(?i:position|role|opening|vacancy|job|post)\b",
    r"(?i:application for|applying for|applied for|interview for|candidacy for)(?: the| our| a| an)?\s+(?P<r>[A-Z][\w/&+\-]*(?:\s+(?:[A-Z(][\w/&+\-()]*|of|and|&)){0,6})(?=\s+(?:at|with|position|role)\b|[.,;:!?\n]|\s*[-–]|$)",
    r"(?i:stelle|position|rolle|bewerbung)\s+als\s+(?P<r>[^.,;:!?\n()]{3,60}?)(?=\s+(?:bei|in|im|an|zum|ab)\s|[.,;:!?\n()]|$)",
    r"(?i:poste|offre|candidature au poste|candidature pour le poste)\s+(?:de|d'|d’)\s*(?P<r>[^.,;:!?\n()]{3,60}?)(?=\s+(?:chez|au sein|à|a|dans|pour)\s|[.,;:!?\n()]|$)",
    r"(?i:puesto|posici[óo]n|vacante|candidatura al puesto)\s+de\s+(?P<r>[^.,;:!?\n()]{3,60}?)(?=\s+(?:en|para|con|a)\s|[.,;:!?\n()]|$)",
))


def company_key(name: str) -> str:
    """A company name reduced for comparison: "ACME GmbH" and "Acme" share the key "acme"."""
    return re.sub(r"[^0-9a-z]+", "", _LEGAL_SUFFIX.sub("", name.strip()).lower())


def _clean(name: str) -> str | None:
    name = re.sub(r"\s+", " ", name).strip(" \t\"'’.,:;!-–|()")
    name = re.sub(r"^(?:the|die|der|das|la|le|les|el|los|l')\s+", "", name, flags=re.IGNORECASE)
    if not name or len(name) > 50 or len(name.split()) > 5:
        return None
    if name.lower() in _STOP_COMPANY or not re.search(r"[A-Za-z]", name):
        return None
    return name


def _spelled(label: str, text: str) -> str:
    """How the message itself writes a company known only by its address label ("acmecorp")."""
    wanted = label.lower().replace("-", "").replace("_", "")
    words = re.findall(r"[A-Za-z0-9][\w&'.\-]*", text[:8000])
    for size in (1, 2, 3):
        for i in range(len(words) - size + 1):
            chunk = words[i : i + size]
            if re.sub(r"[^0-9a-z]", "", "".join(chunk).lower()) == wanted and chunk[0][0].isupper():
                return " ".join(chunk).strip(".,")
    return label.replace("-", " ").replace("_", " ").title()


def _candidates(email: Email) -> Iterator[tuple[str, float, str]]:
    """(name, weight, cue) for every company cue in the message."""
    text = email.new_text or email.text
    sender = email.sender
    spelled_in = "\n".join((email.subject, sender.name if sender else "", text))
    for address in (sender, *email.reply_to) if sender else email.reply_to:
        name = address.name
        if not name or "@" in name:
            continue
        for pattern in _DISPLAY_PATTERNS:
            found = pattern.match(name.strip())
            if found:
                yield found.group("c"), 3.0, "display name"
                break
    if sender:
        label = ats_company_label(sender.email)
        if label:
            yield _spelled(label, spelled_in), 2.5, "ATS address"
        domain = domain_of(sender.email)
        if domain and not is_free_mail(sender.email) and ats_of(sender.email) is None:
            yield _spelled(registered_label(domain), spelled_in), 1.5, "domain"
    subject = re.sub(r"^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+", "", email.subject, flags=re.I)
    for pattern in _SUBJECT_PATTERNS:
        found = pattern.search(subject)
        if found:
            yield found.group("c"), 2.5, "subject"
            break
    weight = 2.0
    for pattern in _BODY_PATTERNS:
        for found in _multiline(pattern, text):
            yield found.group("c"), weight, "text"
            weight = max(0.5, weight - 0.5)


def _multiline(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    for line in text[:8000].splitlines():
        yield from pattern.finditer(line.strip())


def company_of(email: Email) -> str | None:
    """The employer's name, by the weighted agreement of every cue; None when there is none."""
    totals: dict[str, float] = defaultdict(float)
    spelling: dict[str, tuple[float, str]] = {}
    for raw, weight, _cue in _candidates(email):
        name = _clean(raw)
        if name is None:
            continue
        key = company_key(name)
        if not key:
            continue
        totals[key] += weight
        if weight > spelling.get(key, (0.0, ""))[0]:
            spelling[key] = (weight, name)
    if not totals:
        return None
    # A domain label ("acme") and a written name ("Acme Robotics") are one company.
    for short in list(totals):
        for long in list(totals):
            if short != long and long.startswith(short) and len(short) >= 3:
                totals[long] += totals[short] / 2
    best = max(totals, key=lambda k: (totals[k], len(k)))
    return spelling[best][1]


def role_of(email: Email) -> str | None:
    """The role title the mail is about ("Senior Data Engineer"), else None."""
    text = email.new_text or email.text
    for source in (email.subject, text[:6000]):
        for pattern in _ROLE_PATTERNS:
            found = pattern.search(source)
            if found:
                role = found.group("r").strip(" \"'’“”")
                if 2 < len(role) <= 60 and len(role.split()) <= 8:
                    return role
    return None


def _is_person(address: str) -> bool:
    return not _GENERIC_LOCAL.match(address.partition("@")[0])


def contact_of(
    email: Email,
    company: str | None,
    own_addresses: frozenset[str],
    known_contacts: Mapping[str, str] | None,
) -> str | None:
    """A human address to reply to, else None (see the module docstring for the order)."""
    text = email.new_text or email.text
    signed = tuple(Address(a.lower()) for a in _EMAIL_IN_TEXT.findall(text[-3000:]))
    pool: list[str] = []
    for address in (*email.reply_to, *((email.sender,) if email.sender else ()), *signed):
        value = address.email.lower().strip(".")
        if value and value not in own_addresses and not is_no_reply(value) and value not in pool:
            pool.append(value)
    for value in pool:
        if _is_person(value):
            return value
    if company and known_contacts:
        known = {company_key(k): v for k, v in known_contacts.items()}
        value = known.get(company_key(company))
        if value and not is_no_reply(value) and value.lower() not in own_addresses:
            return value.lower()
    return pool[0] if pool else None


def extract(
    email: Email,
    kind: EmailKind,
    *,
    own_addresses: frozenset[str] = frozenset(),
    known_contacts: Mapping[str, str] | None = None,
) -> tuple[str | None, str | None, str | None]:
    """(company, role, contact) of a message; contact only for job mail (not `other`)."""
    company = company_of(email)
    role = role_of(email)
    if kind is EmailKind.OTHER:
        return company, role, None
    return company, role, contact_of(email, company, own_addresses, known_contacts)
