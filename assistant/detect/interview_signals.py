"""Signals that a calendar event is a job interview, and who it is with.

Pure functions over text and addresses; no I/O, no clock. `interviews` combines them. Each
signal has a weight and a human-readable piece of evidence, so a decision can be explained.

Words are matched on a folded form of the text (lower case, accents removed), so
"Vorstellungsgespräch", "VORSTELLUNGSGESPRACH" and "entrevista telefónica" all match.

Imports: the standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# (pattern, weight, language). A weight of 3 decides on its own (threshold in `interviews`).
_INTERVIEW_WORDS: tuple[tuple[str, int, str], ...] = (
    (r"interview(s|ing)?\b", 3, "en"),
    (r"\bphone[ -]?screen(ing)?\b", 3, "en"),
    (r"\b(tech(nical)?|coding|engineering|culture|values|initial|intro) (screen|interview)",
     3, "en"),
    (r"\bscreening (call|chat|interview)\b", 3, "en"),
    (r"\brecruit(er|ing|ment) (call|chat|screen|conversation|intro)\b", 3, "en"),
    (r"\bhiring manager\b", 3, "en"),
    (r"\b(onsite|on-site|virtual onsite) (loop|interviews?|round)\b", 3, "en"),
    (r"\bonsite loop\b|\bfinal round\b|\bpanel (interview|round)\b", 3, "en"),
    (r"\b(system design|take[- ]home) (review|round|discussion)\b", 3, "en"),
    (r"\bmeet the team\b|\bintro(ductory)? call\b", 1, "en"),
    (r"\b(vorstellungs|bewerbungs|auswahl)gesprach", 3, "de"),
    (r"\b(telefon|video|job)interview", 3, "de"),
    (r"\b(kennenlern|fach)gesprach", 2, "de"),
    (r"\bentretien (d.?embauche|de recrutement|telephonique|technique|rh|final|individuel)",
     3, "fr"),
    (r"\bentretien avec\b|\bentrevue\b", 3, "fr"),
    (r"\bentretien\b", 2, "fr"),
    (r"\bentrevista", 3, "es"),
    (r"\bllamada con (el |la )?(reclutador|reclutadora|recruiter)", 3, "es"),
)
# Events that use the word "interview" but are not a job interview of the user.
_NEVER: tuple[tuple[str, str], ...] = (
    (r"\bpodcast|\bpress\b|\bjournalist|\breporter\b|\bmedia interview|\bradio\b|\btv interview"
     r"|\binterview (for|with) (the |a |our )?(blog|magazine|newsletter|newspaper|article|show)"
     r"|\bpresse|\bzeitung|\bjournaliste|\bemission\b|\bperiodista|\bprensa\b", "press or podcast"),
    (r"\buser (research|interview|study|testing|session)|\busability|\bux research"
     r"|\bresearch (session|interview|study|participant)|\bcustomer (interview|discovery|research)"
     r"|\bfocus group|\bnutzer(interview|studie|befragung|forschung)|\bentretien utilisateur"
     r"|\betude utilisateur|\bentrevista (con|de|a) usuario|\binvestigacion de usuario",
     "user research"),
    (r"\b(interview|entretien|entrevista)s? (prep|preparation|practice|debrief|training)"
     r"|\bmock interview|\binterviewer training|\bhiring committee|\bprep for\b|\bpractice\b"
     r"|\bvorbereitung|\bpreparacion|\bpreparation\b|\bdebrief", "preparation or debrief"),
)
# In a description only unambiguous words count ("press" there is usually "press the link").
_NEVER_IN_DESCRIPTION = (
    r"\bpodcast|\bepisode \d|\bjournalist|\breporter\b|\buser research|\busability"
    r"|\bux research|\bresearch (study|participant)|\bfocus group|\bgift card|\bincentive\b"
    r"|\bnutzerforschung|\betude utilisateur|\bestudio de usuarios"
)
_ROUTINE = re.compile(
    r"\bstand-?up\b|\bdaily scrum\b|\bscrum\b|\b1:1\b|\b1-1\b|\b1on1\b|\bone[- ]on[- ]one\b"
    r"|\bsync\b|\bretro(spective)?\b|\blunch\b|\bsprint (planning|review)\b|\ball[- ]hands\b"
    r"|\bteam (meeting|call)\b|\bjour fixe\b|\bmittagessen\b|\bdejeuner\b|\balmuerzo\b"
    r"|\boffice hours\b|\bhappy hour\b|\bplanning\b|\bweekly\b|\bbirthday\b|\bgym\b|\bdentist"
    r"|\bdaily\b|\bmonthly\b|\bcommittee\b|\bcomite\b|\bausschuss"
)
_VIDEO = re.compile(
    r"(zoom\.us/|meet\.google\.com/|teams\.microsoft\.com/|teams\.live\.com/|webex\.com/"
    r"|whereby\.com/|gotomeet|bluejeans\.com/|chime\.aws/|meet\.jit\.si/|hirevue|coderpad\.io"
    r"|codesignal\.com|hackerrank\.com|karat\.)",
    re.IGNORECASE,
)
_ROLE = (
    r"\b(engineer|engineering|developer|designer|analyst|scientist|manager|architect|consultant"
    r"|specialist|lead|intern|position|role|opening|candidate|candidacy|application"
    r"|entwickler|ingenieur|stelle|position|bewerbung|ingenieur|developpeur|poste|candidature"
    r"|desarrollador|ingeniero|puesto|vacante|candidatura)\b"
)
# Senders no one reads: "no-reply" anywhere in the local part, or a mailbox of a system.
_NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|mailer-daemon|postmaster", re.IGNORECASE)
_SYSTEM_BOX = re.compile(
    r"^(notifications?|notify|calendar|calendar-notification|bounces?|invites?|invitations?"
    r"|scheduling|scheduler|automated|system|alerts?)([+._-].*)?$",
    re.IGNORECASE,
)
_NOT_PEOPLE_DOMAINS = ("resource.calendar.google.com", "group.calendar.google.com",
                       "import.calendar.google.com", "group.v.calendar.google.com")
# Mail providers and hiring tools: an address there says nothing about the employer.
GENERIC_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "gmx.de",
    "gmx.net", "web.de", "aol.com", "zoho.com", "fastmail.com", "t-online.de", "orange.fr",
    "free.fr", "laposte.net", "yandex.ru", "mail.com", "hey.com", "calendar.google.com",
    "greenhouse.io", "lever.co", "workday.com", "myworkday.com", "smartrecruiters.com",
    "ashbyhq.com", "icims.com", "jobvite.com", "calendly.com", "goodtime.io", "zoom.us",
    "microsoft.com", "teams.microsoft.com", "personio.de", "recruitee.com", "workable.com",
})  # fmt: skip
_SECOND_LEVEL = frozenset({"co", "com", "ac", "org", "net", "gov", "gob", "edu", "ltd", "plc"})


@dataclass(frozen=True, slots=True)
class Assessment:
    """How strongly an event looks like a job interview, with the reasons."""

    score: int
    evidence: tuple[str, ...]
    language: str
    veto: str | None = None  # why it is certainly not a job interview


def fold(text: str) -> str:
    """Lower case without accents, whitespace collapsed: the form all patterns match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("’", "'").split())


def assess(title: str, description: str, *, employer_match: bool) -> Assessment:
    """Score the words of an event; `employer_match`: someone invited is at a known employer."""
    head, body = fold(title), fold(description)[:20_000]
    for pattern, label in _NEVER:
        if re.search(pattern, head):
            return Assessment(0, (f"not an interview: {label}",), "en", veto=label)
    if match := re.search(_NEVER_IN_DESCRIPTION, body):
        reason = f"description: {match.group(0)}"
        return Assessment(0, (f"not an interview: {reason}",), "en", veto=reason)
    evidence: list[str] = []
    best_title, title_lang = _best(head)
    best_body, body_lang = _best(body)
    language = title_lang if best_title else body_lang
    score = max(best_title, best_body)
    if best_title:
        evidence.append(f"title has {title_lang} interview words")
    elif best_body:
        evidence.append(f"description has {body_lang} interview words")
    if best_title < 3 and _ROUTINE.search(head):
        return Assessment(0, ("routine event",), language, veto="routine event")
    if employer_match:
        score += 2
        evidence.append("organizer or attendee at a known employer")
    if _VIDEO.search(description) or _VIDEO.search(title):
        role = re.search(_ROLE, head) or re.search(_ROLE, body)
        score += 2 if role else 1
        evidence.append("video-call link" + (" with a role mentioned" if role else ""))
    return Assessment(score, tuple(evidence), language)


def routine(title: str) -> bool:
    """Whether an event's title names a routine meeting and no interview ("Daily sync",
    "Nurse Education Committee"): a calendar invitation in the mail that is not one."""
    head = fold(title)
    return _ROUTINE.search(head) is not None and _best(head)[0] < 3


def _best(text: str) -> tuple[int, str]:
    """The weight and language of the strongest interview phrase in `text` (0 when none)."""
    best, language = 0, "en"
    for pattern, weight, lang in _INTERVIEW_WORDS:
        if weight > best and re.search(pattern, text):
            best, language = weight, lang
    return best, language


def domain_of(email: str) -> str:
    return email.rpartition("@")[2].lower()


def is_human(email: str) -> bool:
    """False for no-reply, notification, room and group-calendar addresses."""
    domain = domain_of(email)
    if not domain or any(domain == d or domain.endswith("." + d) for d in _NOT_PEOPLE_DOMAINS):
        return False
    local = email.rpartition("@")[0]
    return not (_NO_REPLY.search(local) or _SYSTEM_BOX.match(local))


def employer_for(email: str, employer_domains: Mapping[str, str]) -> str | None:
    """The opportunity id of the employer this address belongs to (subdomains count)."""
    domain = domain_of(email)
    while domain:
        if domain in employer_domains:
            return employer_domains[domain]
        _, _, domain = domain.partition(".")
    return None


def pretty_domain(domain: str) -> str | None:
    """ "acme-robotics.co.uk" -> "Acme Robotics"; None for mail providers and hiring tools."""
    domain = domain.lower()
    if any(domain == g or domain.endswith("." + g) for g in GENERIC_DOMAINS):
        return None
    labels = [p for p in domain.split(".") if p]
    if len(labels) < 2:
        return None
    core = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
    words = re.split(r"[-_]+", core)
    return " ".join(w[:1].upper() + w[1:] for w in words if w) or None


_SEPARATORS = re.compile(r"\s*(?:<>|<->|\s[x×|/+]\s|\s[-–—:]\s|:\s|\||\(|\)|\[|\])\s*")
# Title parts that are never a company: meeting words, and the status prefixes calendar
# programs put before a title ("Canceled: ...", "Updated invitation: ...", "Abgesagt: ...").
_GENERIC_PART = re.compile(
    r"(call|chat|meeting|round( \d+)?|video|phone|zoom|teams|google meet|online|remote"
    r"|follow[- ]?up|(updated )?invitation|invite|accepted|declined|tentative|moved"
    r"|rescheduled|canceled|cancelled|cancelado|cancelada|annule|annulee|abgesagt"
    r"|absage|aktualisiert|updated|actualizado|actualizada|mis a jour|reprogramado)"
)
_TRAILER = re.compile(r"\s+(?:for|as|pour|comme|para|como|fur|als)\s+", re.IGNORECASE)
# "at" names a place of work; after it comes the employer, so the last one counts.
_AT = re.compile(r"\s(?:at|@|bei|chez|en)\s+", re.IGNORECASE)
_WITH = re.compile(r"\b(?:with|from|mit|von|avec|de|con)\s+(.+)$", re.IGNORECASE)
# Words of interview titles that are never part of a company name (folded).
_TITLE_VOCABULARY = """
    interview interviews interviewing phone screen screening technical tech coding call chat
    hiring manager recruiter recruiting onsite on-site loop final round panel first second third
    initial intro introductory virtual video zoom teams meet meeting conversation culture fit
    behavioral system design take-home review follow-up hr team the and a an 1st 2nd 3rd
    vorstellungsgesprach bewerbungsgesprach telefoninterview videointerview gesprach
    kennenlerngesprach kennenlernen erstes zweites entretien d'embauche embauche recrutement
    telephonique technique entrevue entrevista tecnica llamada primera segunda
"""
_TITLE_WORDS = frozenset(_TITLE_VOCABULARY.split())


def company_from_title(title: str, people: Iterable[str]) -> str | None:
    """The employer named in a title such as "Interview with Acme" or "Acme <> Alex Rivera".

    `people` are names known to be persons (the user, the invited people): a part of the title
    that is one of them is not the company. Returns None when no part is left.
    """
    names = {fold(p) for p in people if p.strip()}
    names |= {n.split()[0] for n in names if n.split()}  # first names alone count too
    for part in _SEPARATORS.split(title):
        text = _candidate(part.strip(" .,;-–—'\""))
        folded = fold(text)
        if folded and folded not in names and not _is_wordy(folded):
            return text
    return None


def _candidate(part: str) -> str:
    """The piece of one title part that could name the employer."""
    pieces = _AT.split(part)
    if len(pieces) > 1:
        text = pieces[-1]
    elif match := _WITH.search(part):
        text = match.group(1)
    else:  # "Acme Interview": what is left without the interview words
        text = " ".join(w for w in part.split() if fold(w).strip(".,:") not in _TITLE_WORDS)
    return _TRAILER.split(text)[0].strip(" .,;'\"")


def _is_wordy(folded: str) -> bool:
    """Parts made of interview vocabulary or generic words are not company names."""
    if any(re.search(p, folded) for p, _, _ in _INTERVIEW_WORDS):
        return True
    if re.fullmatch(_ROLE + r"(\s.*)?", folded) or re.search(_ROLE + r"$", folded):
        return True
    return bool(_GENERIC_PART.fullmatch(folded)) or not re.search(r"[a-z0-9]", folded)
