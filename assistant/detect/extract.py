"""Who a job mail is from and about: company, role title, and a human contact to reply to.

Imports `records`, `detect.ats`, `detect.company` and `detect.company_cues`; pure, no I/O.
The company comes from `detect/company.py` (weighted cues that agree add up).

`contact` is a human address: Reply-To, the sender, an address in the signature, else a
recruiter already known for the company; never a no-reply or ATS system address, never the
user's own. Personal addresses come before shared ones (careers@, jobs@).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

from assistant.detect.ats import is_no_reply, platform_of
from assistant.detect.company import company_of, relaying_board
from assistant.detect.company_cues import relayed_to, signs_as_person
from assistant.detect.names import company_key, is_title_line
from assistant.detect.phrases import finditer_from, has_all
from assistant.detect.places import is_place
from assistant.records import Address, Email

__all__ = ["company_key", "extract", "is_no_reply"]

logger = logging.getLogger(__name__)

_GENERIC_LOCAL = re.compile(
    r"^(?:careers?|jobs?|recruit\w*|talent\w*|hr|hiring|people|info|contact|hello|team|office|"
    r"admin|bewerbung\w*|karriere|personal|rh|recrutement|empleo|rrhh|seleccion|candidates?|"
    r"applications?|apply|staffing)(?:[-_.+]\w+)?$"
)
# An address the text gives; not an inline image's content id ("[cid:image001.png@01DC8A2B.
# 3C4D5E60]"), whose domain ends in hex digits where an address ends in letters.
_EMAIL_IN_TEXT = re.compile(
    r"(?<![\w.+\-])(?<!cid:)[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?![\w\-])")
# An organisation after a French or Spanish title's "de la": "Responsable mécénat de la
# Fondation Hélios", "Técnico de proyectos de la Fundación Mar Neta" (the title ends there).
_OF_ORGANISATION = (r"\s+(?:de la|de l['’]|du|des|del)\s*(?:Fondation|Fundación|Université|"
                    r"Universidad|Ville|Mairie|Ayuntamiento|Groupe|Grupo|Société|Sociedad|"
                    r"Association|Asociación|Banque|Banco|Caisse|Clinique|Clínica|Centre|Centro|"
                    r"Institut|Instituto|Musée|Museo|Théâtre|Teatro|Festival|Maison|Cabinet|"
                    r"Agence|Agencia|Région|Métropole|Communauté|Hôpital|Hospital)\b")
# The gender note a European job title carries, "(m/w/d)", "(H/F)", "(all genders)".
_GENDERS = r"\((?i:m/w/d|w/m/d|m/f/d|f/m/d|d/m/w|m/w|w/m|m/f|f/m|h/f|f/h|all genders)\)"
# What the words before the note may open with besides the title (`_before_genders`).
_BEFORE_TITLE = re.compile(
    r"^.*\b(?i:als|position|stelle|poste|puesto|vorstellungsgespräch|fachgespräch|gespräch|"
    r"interview|entretien|kennenlernen|bewerbungseingang|bewerbung|einladung|absage|zusage|"
    r"vertragsangebot|angebot|offre|candidature|candidatura|oferta|zum|zur|"
    r"(?:application|applying)[^\S\n]+(?:for|to)(?:[^\S\n]+the)?)"
    r"(?:[^\S\n]+(?i:für die|for the|für|for|als|de la|de|d'))?[^\S\n]+"
    r"|^(?i:[a-z]{1,4}-?\d{3,}[^\S\n]+)")
_DASH = re.compile(r"[^\S\n]+[-–][^\S\n]+")
_ROLE_PATTERNS = tuple(re.compile(p) for p in (
    # The title before the note, after the start or a separator: "Einladung zum
    # Vorstellungsgespräch – Versuchsingenieur Bremssysteme (m/w/d)" (`_before_genders`
    # takes the event's words off).
    r"(?P<r>[^\n:–|()]{2,90}?)[^\S\n]*" + _GENDERS,
    r"(?i:for the (?:position|role|post|job) of|for the position as|position of|role of)\s+(?:an?\s+)?(?P<r>[^.,;:!?\n()]{3,60}?)(?=\s+(?:at|with|in|bei|chez|en)\s|[.,;:!?\n()]|$)",  # noqa: E501
    r"(?i:for (?:the|our|your|an?)|application for(?: the)?|applying for(?: the)?|applied for(?: the)?|interview for(?: the)?)\s+(?P<r>[A-Z][\w/&+\-]*(?:\s+(?:[A-Z(][\w/&+\-()]*|of|and|&|for)){0,6})\s+(?i:position|role|opening|vacancy|job|post)\b",  # noqa: E501
    r"(?i:application for|applying for|applied for|interview for|candidacy for)(?: the| our| a| an)?\s+(?P<r>[A-Z][\w/&+\-]*(?:\s+(?:[A-Z(][\w/&+\-()]*|of|and|&)){0,6})(?=\s+(?:at|with|position|role)\b|[.,;:!?\n]|\s*[-–]|$)",  # noqa: E501
    # (The verb that ends a German clause is no part of it: "die Position als X anbieten".)
    r"(?i:stelle|position|rolle|bewerbung)\s+als\s+(?P<r>[^.,;:!?\n()]{3,60}?)"
    r"(?=\s+(?:bei|in|im|an|zum|ab)\s|\s+(?:anbieten|anzubieten|besetzen|vergeben|geben|"
    r"einladen|kennenlernen|vorstellen|zusagen|absagen|gerne|gern|"
    r"mit (?:einem|einer|jemand\w*|anderen))\b|[.,;:!?\n()]|$)",
    r"(?i:poste|offre|candidature au poste|candidature pour le poste)\s+(?:de|d'|d’)\s*(?P<r>[^.,;:!?\n()]{3,60}?)(?=\s+(?:chez|au sein|à|a|dans|pour)\s|[.,;:!?\n()]|$|" + _OF_ORGANISATION + ")",  # noqa: E501
    r"(?i:puesto|posici[óo]n|vacante|candidatura al puesto)\s+de\s+(?P<r>[^.,;:!?\n()]{3,60}?)(?=\s+(?:en|para|con|a)\s|[.,;:!?\n()]|$|" + _OF_ORGANISATION + ")",  # noqa: E501
    # French and Spanish write an English or capitalized title without "de": "le poste
    # DevOps / SRE", "el puesto Responsable de Compras".
    r"(?i:poste|puesto|vacante)[^\S\n]+(?P<r>[A-Z][\w&+\-]*(?:[^\S\n]+"
    r"(?:(?:/|de|del|des|du|d'|of)[^\S\n]+)?[A-Z][\w&+\-]*){0,5})"
    r"(?=[^\S\n]+(?:chez|au|à|dans|pour|en|para|con|a|-|–)[^\S\n]|[.,;:!?\n()]|$)",
    # An agency's "update on the CRM Executive role", "our call for the Loyalty Executive brief".
    r"(?i:on|about|regarding|with|for) the\s+(?P<r>[A-Z][\w/&+\-]*(?:\s+(?:[A-Z(][\w/&+\-()]*|"
    r"of|and|&|for)){0,6})\s+(?i:role|position|brief|vacancy|mandate)\b",
))


# Words each role pattern cannot match without (one of each group, in the lower-cased text):
# the patterns start case-insensitive, which makes a scan of a long mail slow.
_ROLE_NEEDLES: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("(m/", "(w/", "(f/", "(h/", "(d/", "(all genders"),),  # the note opens so
    (("position", "role", "post", "job"),),
    (("for",), ("position", "role", "opening", "vacancy", "job", "post")),
    (("application for", "applying for", "applied for", "interview for", "candidacy for"),),
    (("stelle", "position", "rolle", "bewerbung"), ("als",)),
    (("poste", "offre", "candidature"),),
    (("puesto", "posici", "vacante", "candidatura"),),
    (("poste", "puesto", "vacante"),),
    (("the",), ("role", "position", "brief", "vacancy", "mandate")),
)

# The words each role pattern opens with (any case), so it is tried only where they occur.
_ROLE_STARTS: tuple[tuple[str, ...], ...] = (
    (),  # (anywhere: the note is found, and the title before it)
    ("for the", "position of", "role of"),
    ("for ", "application for", "applying for", "applied for", "interview for"),
    ("application for", "applying for", "applied for", "interview for", "candidacy for"),
    ("stelle", "position", "rolle", "bewerbung"),
    ("poste", "offre", "candidature"),
    ("puesto", "posición", "posicion", "vacante", "candidatura"),
    ("poste", "puesto", "vacante"),
    ("on the", "about the", "regarding the", "with the", "for the"),
)


# A group after the post's word is whose post it is: "la posición de Grupo Asegurador Cierzo",
# "la vacante Grupo Serrano". (English titles may open with "Group": "Group Controller".)
_GROUP = ("grupo ", "groupe ", "gruppe ")


# The last words of a title that `names.is_title_line` leaves to context ("Loyalty
# Executive", "CRM Exec", "Growth Marketer"): "the X role" of an agency's update is a title
# with one of them, or the employer's name ("the Bramble Foods role").
_TITLE_ENDS = frozenset({"executive", "exec", "officer", "assistant", "associate", "trainer",
                         "nurse", "marketer", "advisor", "adviser", "planner", "sre"})


def _titled(role: str) -> bool:
    return is_title_line(role) or role.split()[-1].lower() in _TITLE_ENDS


def role_of(email: Email) -> str | None:
    """The role title the mail is about ("Senior Data Engineer"), else None."""
    text = email.new_text or email.text
    for source in (email.subject, text[:6000]):
        lowered = source.lower()
        for pattern, needles, starts in zip(_ROLE_PATTERNS, _ROLE_NEEDLES, _ROLE_STARTS,
                                            strict=True):
            if not has_all(lowered, needles):
                continue
            found = next(finditer_from(pattern, starts, source, lowered), None)
            if found:
                role = " ".join(found.group("r").split()).strip(" \"'’“”")  # wrapped lines
                if pattern is _ROLE_PATTERNS[0]:
                    role = _before_genders(role)
                # ("the Dublin role", "the Sydney-based position": where, not what.)
                if 2 < len(role) <= 60 and len(role.split()) <= 8 and not role.lower(
                        ).startswith(_GROUP) and not is_place(role.removesuffix("-based")) and (
                        pattern is not _ROLE_PATTERNS[-1] or _titled(role)):
                    return role
    return None


def _before_genders(words: str) -> str:
    """The title that the words before a gender note end with: "Ihre Bewerbung für die
    Position Einkäufer Elektronik" is "Einkäufer Elektronik"; "" when it opens with no capital
    (a sentence's words, not a title)."""
    parts = _DASH.split(words)
    while len(parts) > 1 and is_place(parts[-1]):
        parts.pop()  # "Ingénieur Qualité Projets - Tarbes (H/F)": where, after the title
    title = _BEFORE_TITLE.sub("", parts[-1])
    return title if title[:1].isupper() or title[:1].isdigit() else ""


_LEGAL_LOCAL = re.compile(
    r"(?:dpo|lopd|rgpd|gdpr|privacy|privacidad|datenschutz|dsb|dataprotection|data\.protection|"
    r"protecciondedatos|protection\.donnees|donneespersonnelles|unsubscribe|abuse)"
    r"(?:[._\-+][\w.\-]*)?@")


# A notice that the sender's mailbox is not read, in the four languages.
# (Searched, not matched: "please do not reply ...", "merci de ne pas répondre ..." hold these.)
_UNREAD = re.compile(
    r"(?i:do\s+not\s+reply\s+to\s+this\s+(?:e-?mail|message)|mailbox\s+is\s+not\s+monitored|"
    r"no\s+respondas?\s+a\s+este\s+(?:correo|mensaje)|"
    r"ne\s+pas\s+r[ée]pondre\s+[àa]\s+ce\s+(?:message|courriel|mail)|"
    r"bitte\s+(?:antworten\s+sie\s+nicht|nicht)\s+"
    r"(?:auf\s+diese\s+(?:e-?mail|nachricht)|antworten))")
_UNREAD_NEEDLES = (("reply", "monitored", "pond", "antworten"),)


def _unread(text: str) -> bool:
    """Whether `text` says its mailbox is not read (`_UNREAD`), gated by the pattern's words:
    the engine would try the pattern's case-insensitive openings at every position."""
    return has_all(text.lower(), _UNREAD_NEEDLES) and _UNREAD.search(text) is not None


def _is_person(address: str) -> bool:
    return not _GENERIC_LOCAL.match(address.partition("@")[0])


def personal_contact(email: Email, own_addresses: frozenset[str]) -> str | None:
    """The person to answer on mail that is about no job event (a friend's news, a former
    colleague's tip, a recruiter's note with nothing to act on): its Reply-To or its sender,
    when the address is the person's own, named after them ("Nadia Ferhat
    <nadia.ferhat@...>"), not a shop's, a bank's or a school's mailbox ("avisos@",
    "admissions@"), which writes to everyone and answers no one in particular."""
    writers: tuple[Address, ...] = (*email.reply_to, email.sender) if email.sender else (
        email.reply_to)
    for address in writers:
        value = address.email.lower().strip(".")
        if (value and value not in own_addresses and signs_as_person(address)
                and _is_person(value) and not is_no_reply(value)):
            return value
    return None


def contact_of(
    email: Email,
    company: str | None,
    own_addresses: frozenset[str],
    known_contacts: Mapping[str, str] | None,
    board: bool = False,
) -> str | None:
    """A human address to reply to, else None (see the module docstring for the order).
    `board`: the sender is a job board no list knows (`company.relaying_board`)."""
    text = email.new_text or email.text
    tail = text[-3000:]
    found = _EMAIL_IN_TEXT.findall(tail) if "@" in tail else []
    # (A footer's data-protection mailbox, "lopd@", "dpo@", answers for the data, not the job.)
    signed = tuple(Address(a.lower()) for a in found if not _LEGAL_LOCAL.match(a.lower()))
    pool: list[str] = []
    # (A job platform's sender address is its system's, whatever the mail is about: a reply
    # reaches the platform, not a person. Its Reply-To may route to one.)
    # (Nor is a board's no list knows, `board`: "Jobbix <applications@notify.jobbix...>",
    # which sent the application on to the employer.)
    # (Nor is a mailbox the mail itself says no one reads: "No responda a este correo",
    # "This mailbox is not monitored"; its Reply-To or a signed address may still be a person's.)
    sender = (email.sender,) if email.sender and platform_of(email.sender.email) is None and (
        not board) and not _unread(tail) else ()
    for address in (*email.reply_to, *sender, *signed):
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
    *,
    own_addresses: frozenset[str] = frozenset(),
    known_contacts: Mapping[str, str] | None = None,
    known_names: Mapping[str, str] | None = None,
    known_agencies: frozenset[str] = frozenset(),
) -> tuple[str | None, str | None, str | None]:
    """(company, role, contact) of job mail: the employer, the role, a human to reply to."""
    role = role_of(email)
    sent_to = relayed_to(email)  # read once: the company and the contact both ask
    company = company_of(email, known_names, known_agencies, role, sent_to)
    board = relaying_board(email, sent_to)
    return company, role, contact_of(email, company, own_addresses, known_contacts, board)
