"""Link classified mail into opportunities: one per employer and role, with stage and history.

Pure: imports `records` and the sibling `detect.ats` / `detect.extract` helpers only; no I/O,
no clock. The pipeline loads the existing opportunities, calls `link` with the newly classified
mail, and stores what it returns.

How a message finds its opportunity, strongest cue first:
1. its thread: In-Reply-To / References name a message already linked;
2. the employer's name: the classified company, compared without legal suffixes, accents or
   case ("Brückner Maschinenbau GmbH" = "Brueckner Maschinenbau");
3. the names the addresses carry: the employer label an ATS puts in its address
   (`heliogrid@myworkday.com`) and the label of the sender's own domain
   (`meridianhealth.test` names "Meridian Health"), which also rescue a badly extracted name;
4. the employer's mail domain alone (never an ATS or free-mail domain), only when the message
   names no company: an agency recruiter writing about a new client must not be merged into
   the client the agency wrote about before;
5. the role: a new application or invitation for a clearly different role at the same company
   starts a second opportunity; other mail joins the same role, else the most recent one.
Only job mail (kind other than `other`) creates an opportunity; an `other` message, or the
user's own mail, inside a known thread is attached to its history without moving the stage.

The stage is recomputed from the whole history in date order each time, so mail that arrives
late or out of order gives the same answer as mail read in order.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from assistant.detect.ats import (
    ats_company_label,
    ats_of,
    domain_of,
    is_free_mail,
    is_no_reply,
    registered_label,
)
from assistant.detect.extract import company_key
from assistant.records import (
    Address,
    Classification,
    Email,
    EmailKind,
    Opportunity,
    OpportunityEvent,
    Stage,
)

__all__ = ["LinkResult", "link", "slugify", "stage_of"]

logger = logging.getLogger(__name__)

SENT = "sent"  # history kind of the user's own mail in a linked thread
_MAX_CONTACTS = 8
_STARTS_PROCESS = frozenset({EmailKind.APPLICATION_RECEIVED, EmailKind.INTERVIEW_INVITATION})
_SUMMARY_CHARS = 120

_STAGE_OF_KIND: dict[str, Stage] = {
    EmailKind.APPLICATION_RECEIVED.value: Stage.APPLIED,
    EmailKind.INTERVIEW_INVITATION.value: Stage.INTERVIEWING,
    EmailKind.INTERVIEW_RESCHEDULE_OR_CANCEL.value: Stage.INTERVIEWING,
    EmailKind.MISSED_INTERVIEW_NOTICE.value: Stage.INTERVIEWING,
    EmailKind.REJECTION.value: Stage.REJECTED,
    EmailKind.OFFER.value: Stage.OFFER,
}
# Words in job titles that say nothing about which role it is.
_ROLE_NOISE = re.compile(
    r"\((?:m|w|d|f|h|x|gn|all)(?:\s*/\s*(?:m|w|d|f|h|x))*\)"
    r"|\b(?:h/f|f/h|m/w/d|w/m/d|m/f/d|f/m/x|role|position|poste|stelle|puesto)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class LinkResult:
    """What `link` decided: the opportunities it created or changed, and where each message went.

    `assignments` maps a Message-ID to its opportunity id, for every message given to `link`
    that belongs to one (messages already linked earlier included, so re-linking is harmless).
    """

    opportunities: list[Opportunity]
    assignments: dict[str, str]


def stage_of(history: Iterable[OpportunityEvent]) -> Stage:
    """The stage the history leads to, replayed in date order.

    An offer or a rejection always moves the stage (an offer can follow a rejection for a
    reopened role, and an offer can be withdrawn); interview mail reopens a rejected
    opportunity but never demotes an offer; an acknowledgement never moves it back.
    """
    stage = Stage.APPLIED
    for event in sorted(history, key=lambda e: (e.at, e.ref)):
        new = _STAGE_OF_KIND.get(event.kind)
        if new in (Stage.REJECTED, Stage.OFFER) or (
            new is Stage.INTERVIEWING and stage is not Stage.OFFER
        ):
            stage = new
    return stage


def slugify(text: str) -> str:
    """A readable id: "Brückner Maschinenbau GmbH" -> "bruckner-maschinenbau-gmbh"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "opportunity"


def link(
    items: Sequence[tuple[Email, Classification]],
    existing: Sequence[Opportunity],
    own_addresses: frozenset[str],
) -> LinkResult:
    """Attach each classified message to an opportunity, creating opportunities as needed.

    Args:
        items: newly classified messages (any order; they are applied in date order).
        existing: the opportunities already stored.
        own_addresses: the user's addresses, lower-case; their mail never creates an
            opportunity and never becomes a contact.
    """
    linker = _Linker(existing, frozenset(a.lower() for a in own_addresses))
    for email, cls in sorted(items, key=lambda item: (item[0].date, item[0].message_id)):
        linker.place(email, cls)
    changed = sorted((w for w in linker.opps.values() if w.changed), key=lambda w: w.id)
    return LinkResult([w.freeze() for w in changed], linker.assignments)


# -- working state -------------------------------------------------------------------------


@dataclass
class _Working:
    """A mutable opportunity while `link` runs."""

    id: str
    company: str
    role: str | None
    domains: list[str]
    contacts: list[Address]
    language: str
    last_employer_message_at: datetime | None
    history: list[OpportunityEvent]
    aliases: set[str] = field(default_factory=set)  # name keys seen for it in this run
    changed: bool = False

    @classmethod
    def of(cls, opp: Opportunity) -> _Working:
        return cls(opp.id, opp.company, opp.role, list(opp.domains), list(opp.contacts),
                   opp.language, opp.last_employer_message_at, list(opp.history))

    def freeze(self) -> Opportunity:
        history = tuple(sorted(self.history, key=lambda e: (e.at, e.ref)))
        return Opportunity(
            id=self.id,
            company=self.company,
            stage=stage_of(history),
            role=self.role,
            domains=tuple(self.domains),
            contacts=tuple(self.contacts[:_MAX_CONTACTS]),
            language=self.language,
            last_employer_message_at=self.last_employer_message_at,
            history=history,
        )

    @property
    def last_activity(self) -> datetime | None:
        return max((e.at for e in self.history), default=None)

    def keys(self) -> set[str]:
        return _name_keys(self.company) | self.aliases


class _Linker:
    def __init__(self, existing: Sequence[Opportunity], own: frozenset[str]) -> None:
        self.own = own
        self.own_domains = {_base_domain(domain_of(a)) for a in own}
        self.opps: dict[str, _Working] = {}
        self.by_message: dict[str, str] = {}
        self.assignments: dict[str, str] = {}
        for opp in existing:
            self.opps[opp.id] = _Working.of(opp)
            for event in opp.history:
                self.by_message.setdefault(event.ref, opp.id)

    def place(self, email: Email, cls: Classification) -> None:
        known = self.by_message.get(email.message_id)
        if known is not None:  # linked in an earlier run: nothing new to learn
            self.assignments[email.message_id] = known
            return
        mine = email.sender is not None and email.sender.email.lower() in self.own
        target = self._by_thread(email)
        if target is None and not mine and cls.kind is not EmailKind.OTHER:
            target = self._by_employer(email, cls) or self._create(email, cls)
        if target is None:
            return
        self._apply(target, email, cls, mine)

    # -- finding ---------------------------------------------------------------------------

    def _by_thread(self, email: Email) -> _Working | None:
        for ref in (email.in_reply_to, *reversed(email.references)):
            if ref and ref in self.by_message:
                return self.opps[self.by_message[ref]]
        return None

    def _by_employer(self, email: Email, cls: Classification) -> _Working | None:
        domains = self._employer_domains(email)
        for keys in (_name_keys(cls.company), self._address_keys(email, domains)):
            found = [w for w in self.opps.values() if keys and _same_company(keys, w.keys())]
            if found:
                return _pick(found, cls)
        if cls.company:
            return None
        return _pick([w for w in self.opps.values() if set(domains) & set(w.domains)], cls)

    def _address_keys(self, email: Email, domains: list[str]) -> set[str]:
        """Company keys the addresses name: an ATS employer label, the sender's domain label."""
        labels = [registered_label(d) for d in domains]
        if email.sender is not None:
            labels.append(ats_company_label(email.sender.email.lower()) or "")
        return {k for label in labels for k in _name_keys(label)}

    def _employer_domains(self, email: Email) -> list[str]:
        """The employer's own mail domains in the From and Reply-To (no ATS, free mail, user)."""
        found: list[str] = []
        for address in (email.sender, *email.reply_to):
            if address is None:
                continue
            value = address.email.lower()
            if value in self.own or ats_of(value) or is_free_mail(value) or "@" not in value:
                continue
            base = _base_domain(domain_of(value))
            if base and base not in found and base not in self.own_domains:
                found.append(base)
        return found

    def _create(self, email: Email, cls: Classification) -> _Working | None:
        company = cls.company or _fallback_company(email, self._employer_domains(email))
        if not company:
            logger.debug("%s: job mail with no employer to link it to", email.message_id)
            return None
        opp_id = self._new_id(company, cls.role)
        work = _Working(opp_id, company, cls.role, [], [], cls.language, None, [], changed=True)
        self.opps[opp_id] = work
        logger.info("new opportunity %s", opp_id)
        return work

    def _new_id(self, company: str, role: str | None) -> str:
        base = slugify(company)
        if base in self.opps and role:
            base = slugify(f"{company} {role}")
        candidate, n = base, 2
        while candidate in self.opps:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    # -- applying --------------------------------------------------------------------------

    def _apply(self, work: _Working, email: Email, cls: Classification, mine: bool) -> None:
        kind = SENT if mine else cls.kind.value
        summary = re.sub(r"\s+", " ", email.subject).strip()[:_SUMMARY_CHARS]
        work.history.append(OpportunityEvent(email.date, kind, email.message_id, summary))
        work.changed = True
        self.by_message[email.message_id] = work.id
        self.assignments[email.message_id] = work.id
        if mine:
            return
        domains = self._employer_domains(email)
        if cls.kind is not EmailKind.OTHER:
            if work.role is None and cls.role:
                work.role = cls.role
            if cls.company and _fuller(cls.company, work.company):
                work.company = cls.company  # "Driftwood" -> "Driftwood AI", once mail says so
            # Not the sender's domain label: an agency's domain names no employer.
            label = ats_company_label(email.sender.email.lower()) if email.sender else None
            work.aliases |= _name_keys(cls.company) | _name_keys(label)
        for domain in domains:
            if domain not in work.domains:
                work.domains.append(domain)
        fresh = self._contacts(email, cls)
        seen = {f.email for f in fresh}
        work.contacts = fresh + [c for c in work.contacts if c.email not in seen]
        if work.last_employer_message_at is None or email.date >= work.last_employer_message_at:
            work.last_employer_message_at = email.date
            work.language = cls.language

    def _contacts(self, email: Email, cls: Classification) -> list[Address]:
        """Human addresses in this message, the classifier's choice first."""
        names = {a.email.lower(): a.name for a in (*email.reply_to, email.sender) if a}
        people: list[Address] = []
        for value in (cls.contact, *(a.email for a in email.reply_to),
                      email.sender.email if email.sender else None):
            if not value:
                continue
            value = value.lower()
            if value in self.own or is_no_reply(value) or any(p.email == value for p in people):
                continue
            people.append(Address(value, names.get(value, "")))
        return people


# -- helpers -------------------------------------------------------------------------------


def _name_keys(name: str | None) -> set[str]:
    """Comparable forms of a company name: accents dropped, and German umlauts spelled out."""
    if not name:
        return set()
    spelled = name
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        spelled = spelled.replace(umlaut, plain).replace(umlaut.upper(), plain.capitalize())
    forms = {name, spelled}
    keys = {company_key(unicodedata.normalize("NFKD", f).encode("ascii", "ignore").decode())
            for f in forms}
    return keys - {""}


def _fuller(name: str, than: str) -> bool:
    """Whether `name` is a longer form of `than` ("Driftwood AI" of "Driftwood"): people
    shorten an employer's name, so the first mail may name it shorter than a later one."""
    return len(name) > len(than) and any(
        a.startswith(b) for a in _name_keys(name) for b in _name_keys(than))


def _same_company(keys: set[str], others: set[str]) -> bool:
    """Equal keys, or one name is the other plus words ("Acme" and "Acme Robotics")."""
    if keys & others:
        return True
    return any(
        min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))
        for a in keys for b in others
    )


def _role_key(role: str | None) -> str:
    if not role:
        return ""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", _ROLE_NOISE.sub(" ", role).lower()).split())


def _same_role(a: str, b: str) -> bool:
    """The same job title, allowing for extra words ("Senior Data Engineer (m/w/d)")."""
    if a == b or a in b or b in a:
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / len(wa | wb) >= 0.5


def _pick(candidates: list[_Working], cls: Classification) -> _Working | None:
    """The candidate this message belongs to, or None when it starts a new role.

    Job titles extracted from mail are noisy (a requisition number in one message, the title
    in the next), so only mail that starts a process (an acknowledgement or an invitation)
    for a clearly different title opens a second opportunity at the same company.
    """
    if not candidates:
        return None
    recent = sorted(candidates, key=lambda w: (w.last_activity is not None, w.last_activity),
                    reverse=True)
    wanted = _role_key(cls.role)
    if not wanted:
        return recent[0]
    same = [w for w in recent if w.role and _same_role(_role_key(w.role), wanted)]
    if same:
        return same[0]
    unnamed = [w for w in recent if not w.role]
    if unnamed:
        return unnamed[0]
    return None if cls.kind in _STARTS_PROCESS else recent[0]


def _base_domain(domain: str) -> str:
    """The registered domain: "careers.acme.co.uk" -> "acme.co.uk"."""
    if not domain:
        return ""
    labels = domain.split(".")
    label = registered_label(domain)
    index = len(labels) - 1 - labels[::-1].index(label) if label in labels else 0
    return ".".join(labels[index:])


def _fallback_company(email: Email, domains: list[str]) -> str | None:
    """A name for an employer the classifier could not name: the ATS label or mail domain."""
    label = ats_company_label(email.sender.email.lower()) if email.sender else None
    if not label and domains:
        label = registered_label(domains[0])
    if not label:
        return None
    return " ".join(part.capitalize() for part in re.split(r"[-_.]+", label) if part)
