"""Recruitment agencies: mail from a recruiter who writes for a client employer.

Imports `records`, `detect.ats`, `detect.names` (squashing), `detect.phrases` (folding) and
`detect.signature` (a client acting); pure. An agency recruiter writes from the agency's own
address and signs with the agency's name ("Kinetic Talent Partners", "Fachwerk
Personalberatung"), but the opportunity is with the client ("Atlas
Freight want to meet you!", "Rückmeldung von der Mittelrhein Versicherung"). `detect.company`
asks `agency_label` whether a mail is such a relay, and then reads the client's name from
the subject and from mentions in the text instead of the sender's own cues.

A mail is an agency's when the sender's name, domain or signature says so (staffing, talent
partners, Personalberatung, cabinet de recrutement...), or when it speaks of "the client"
(singular: an employer's consultancy speaks of its clients).
"""

from __future__ import annotations

import logging
import re
from itertools import chain

from assistant.detect.ats import (
    ats_of,
    domain_of,
    employer_label,
    is_free_mail,
    registered_label,
)
from assistant.detect.fullname import spelled_acronym
from assistant.detect.names import NAME, squash
from assistant.detect.phrases import fold, has_all
from assistant.detect.signature import WRAPPED_LINE, client_acts, client_searches
from assistant.detect.spelling import label_abbreviates
from assistant.records import Email

logger = logging.getLogger(__name__)

_AGENCY_ORG = re.compile(
    r"\b(?:talent partners|recruitment (?:agency|partners|consultants?|ltd|limited|llp|group)|"
    r"recruiting partners|"
    # "Staffing" alone names an agency ("Apex Staffing"), not an HR unit ("HR Officer, Staffing").
    # Nor does a hospital's "Medical Staffing & Recruitment (Officer)".
    # Nor after a dash, as a unit after its organisation ("Municipality of Halden - Staffing"),
    # in an address ("hr.staffing@") or opening a unit's line ("Staffing Services").
    r"(?<![,|/\-–] )(?<![,|/.@\n])(?<!medical )(?<!nurse )(?<!nursing )(?<!clinical )"
    r"staffing(?! (?:(?:&|and) \w+ )?(?:officer|coordinator|manager|"
    r"advisor|adviser|specialist|team|lead|assistant|administrator))|"
    r"executive search|search partners|headhunt\w*|personalberatung|personal ?consult\w*|"
    r"personaldienstleist\w*|personalvermittlung|personalagentur|cabinet de recrutement|"
    # Quebec's and France's executive search: "Associé, recherche de cadres".
    r"recherche de cadres|chasse de tetes|chasseurs? de tetes|"
    r"conseil en recrutement|(?:empresa|agencia) de seleccion de personal|"
    r"consultora de seleccion|consultoria de seleccion|"
    # A Dutch temp agency: "Flexwerk Uitzendbureau".
    r"uitzendbureau|"
    # "Reclutamiento y Selección" alone is an employer's own unit ("... | Andina Móvil").
    r"consultores de seleccion|(?:empresa|firma|consultora|agencia) de reclutamiento|"
    # Spain's temp agency (empresa de trabajo temporal) after its name: "Flexiplan ETT",
    # "Temporalia ETT · Delegación Zaragoza", "Temporalia ETT Almería".
    r"(?<=[a-z] )ett\b|"
    # ... or its words spelled out: "Servicios Temporales Llevant", "Trabajo Temporal Norte";
    # Germany's temp staffing in the plural, a firm's ("ProTempo Personaldienste"; an HR unit is
    # one "Personaldienst"); Austria's: "Flexwerk Personalleasing".
    r"servicios temporales|trabajo temporal|personaldienste\b|personalleasing\b|"
    # A firm named for personnel ("Flexwerk Personal GmbH"; a unit, "Personal" alone, has no
    # legal form) or for temp work ("Axiome Intérim Namur"; not an acting head's "par
    # intérim", "ad interim", nor "Interim Manager").
    r"(?<=[a-z] )personal (?:gmbh|ag)|(?<=[a-z] )(?<!par )(?<!ad )interim"
    r"(?! (?:manager|director|directeur|directrice|head|lead|management|role|position|basis|"
    r"period|contract|ceo|cfo|coo|cto)\b))\b"
)
_CLIENT = re.compile(
    # ("the client requirement", "the client project", "the client work": a consultancy's
    # own work.)
    r"\b(?:(?:the|my|our) client\b(?!s| requirements?\b| projects?\b| sites?\b| work\b|"
    r" engagements?\b| delivery\b|"
    # ... nor a title's: "the Client Services Manager role", "our client success team".
    r" services?\b| success\b| relations\b| relationship\b| partner\b| manager\b|"
    r" director\b| executive\b| account\b| care\b| experience\b| support\b)|client's\b|"
    r"(?:unser|unserem|unseren|unseres|unserer|mein|meinem|meinen|meines|meiner|dem|der|des|"
    r"beim|vom) (?:kunde|kunden|kundin|mandant|mandanten|mandantin)\b|"
    # "ich gebe es dann an den Kunden weiter": what goes on to the client.
    r"an den (?:kunden|mandanten) weiter|"
    # Papers sent "zum Kunden" go to a client; a manager who "muss zum Kunden" visits one.
    r"zum (?:kunden|mandanten) (?:geschickt|gesendet|weitergeleitet|ubermittelt|weitergegeben)\b|"
    r"(?:notre|mon|le|du) (?:client|mandant)\b(?!s)|"
    # (Not the customer a service works for: "desde el lado del cliente", "la experiencia del
    # cliente", "atención al cliente", "orientación al cliente"; "explicárselo al cliente" is an
    # agency's.)
    r"(?<!lado )(?<!experiencia )(?<!exito )(?<!satisfaccion )(?<!atencion )(?<!servicio )"
    r"(?<!voz )(?<!viaje )(?<!orientacion )(?<!cara )(?:nuestro|mi|el|del|al) cliente\b(?!s))"
)

# What an agency puts in the name it registers ("nexushire", "talentbridge-search",
# "recrut-conseil", "talentomx"): an employer's own domain names the employer, not hiring
# ("sapphire" ends in "hire" by chance).
_AGENCY_LABEL = re.compile(
    # ("laganresearch" is a research firm: "search" after "re" is no executive search.)
    r"(?<!p)hire|recruit|recrut(?!e$)|reclut|talent|staffing|(?<!re)search|headhunt|personal|"
    r"seleccion|placement|"
    r"(?<=[a-z]{4})people$|(?<=[a-z]{3})-rh$|"
    r"(?<=[a-z]{4})-?recs?$|"  # "meridianhealthrec": Meridian Healthcare Recruitment
    r"(?<=[a-z]{3})hunters?$|"  # "stackhunters", "talenthunter"
    # A temp agency: "serviplus-ett" (empresa de trabajo temporal), "proman-interim".
    r"(?<=[a-z]{3})-ett$|interim|"
    # A locum agency, which places doctors and nurses with hospitals: "medcoverlocums".
    r"(?<=[a-z]{3})-?locums$"
)

# The word a recruiting firm's name ends with ("Peak People Recruitment").
_RECRUITING_WORD = (r"(?:Recruitment|Recruiting|Talent|Staffing|Search|Personnel|Resourcing|RH|"
                    r"Recrutement)")
# The legal form a firm's name may end with: "Keel & Rudder Search Ltd".
_FORM = r"(?:[^\S\n]+(?:Ltd|Limited|LLP|GmbH|AG|SA|SAS|SARL|SL|S\.L\.|BV|Inc)\.?)?"
# A firm whose name is its domain's plus a recruiting word, alone on its line or after a
# title: "Peak People Recruitment" for peakpeople, "Consultant – Arcadie RH" for arcadie-rh,
# "Director, Carrow & Finch Recruitment" for carrowfinch.
_RECRUITER_NAME = re.compile(
    r"(?:^|[|–·,]|\s-)[^\S\n]*"
    # "Brookes & Hale Search": partners' names joined.
    r"(?P<c>[A-Z][\w&'’\-]*(?:[^\S\n]+(?:(?:&|and|und|et|y)[^\S\n]+)?[A-Z][\w&'’\-]*){0,2})[^\S\n]+"
    rf"{_RECRUITING_WORD}"
    # (not "Coastline Water Recruitment Team": a unit; "Keel & Rudder Search Ltd" is a firm)
    rf"(?={_FORM}[^\S\n]*(?:$|[|·,–\-]))",
    re.MULTILINE,
)


# Text without which the patterns above cannot match (plain substring tests first: most mail
# has none, and the patterns cannot skip ahead to a literal start). Each of the agency
# pattern's alternatives holds one of these as written ("recruitment " before its noun,
# "de seleccion" in the Spanish firms).
_ORG_NEEDLES = ("talent partners", "recruitment ", "recruiting partners", "staffing",
                "executive search", "search partners", "headhunt", "personalberatung",
                "personal consult", "personalconsult",
                "personaldienstleist", "personalvermittlung", "personalagentur",
                "cabinet de recrutement", "conseil en recrutement", "de seleccion",
                "recherche de cadres", "de tetes",
                "de reclutamiento", " ett", "personal gmbh", "personal ag", "interim",
                "uitzendbureau", " temporal", "personaldienste", "personalleasing")
_RECRUITER_NEEDLES = ("Recruit", "Talent", "Staffing", "Search", "Personnel", "Resourcing",
                      "RH", "Recrutement")
# How `_RECRUITER_NAME` ends: a recruiting word that ends its line or part of it ("Talent
# Acquisition" does not). Found by a fast scan for the word, unlike the whole pattern.
_RECRUITER_END = re.compile(
    rf"{_RECRUITING_WORD}{_FORM}[^\S\n]*(?:$|[|·,–\-])", re.MULTILINE)


def _agency_org(own: str) -> bool:
    return has_all(own, (_ORG_NEEDLES,)) and bool(_AGENCY_ORG.search(own))


def _recruiter_named(tail: str, label: str) -> bool:
    """Whether the signature names the sender's domain as a recruiting firm: an employer's
    own team signs "Acme Careers" or "Talent Acquisition, Acme", not its domain's name plus
    "Recruitment" on a line of its own."""
    if not (label and has_all(tail, (_RECRUITER_NEEDLES,)) and _RECRUITER_END.search(tail)):
        return False
    # ("Emerald Life Science Recruitment" of emeraldls, "Castlefield Scientific Recruitment" of
    # castlefield: the domain shortens the name.)
    # ("Kessler & Vogt Healthcare Search AG" of kessler-vogt: the hyphen joins its names.)
    return any(
        squash(found.group("c")).startswith(squash(label))
        or label_abbreviates(label, found.group("c"))
        or label_abbreviates(label, found.group(0).strip(" |–·-"))
        for found in _RECRUITER_NAME.finditer(tail))


_CLIENT_WORDS = ("client", "kunde", "mandant")  # "cliente", "Kunden" contain these


def _speaks_of_a_client(text: str) -> bool:
    """Whether `text` speaks of the writer's client (`_CLIENT`, which reads it folded)."""
    if not has_all(text.lower(), (_CLIENT_WORDS,)):
        return False  # most mail: no need to fold it and run the pattern
    # (A sentence the mail program wrapped is read on one line: "bei unserem\nKunden".)
    return bool(_CLIENT.search(fold(WRAPPED_LINE.sub(" ", text))))


def agency_label(email: Email, known: frozenset[str] = frozenset()) -> str | None:
    """The sender's squashed domain label ("kinetictalent") when the mail is an agency's
    relay for a client employer, else None. An agency writing from free mail gives "".

    Args:
        known: labels of agencies other mail of the mailbox named as one (`named_agency`):
            the consultant who signed "Hunteo Conseil, cabinet de recrutement" once writes
            "Inès" the next time, from the same address.
    """
    found = _sender(email)
    if found is None:
        return None
    own, registered, label, squashed = found
    if squashed and squashed in known:
        return squashed
    text = email.new_text or email.text
    # The sender's own name is no talk of a client: "Defensoría del Cliente Financiero".
    told = text[:6000].replace(email.sender.name, "") if email.sender and email.sender.name \
        else text[:6000]
    # (An applicant-tracking system writes for the employer its display name gives: "El equipo
    # de Soporte al Producto de Maquinarias Atacama quiere entrevistarte" is that employer.)
    shown = squash(email.sender.name) if email.sender and not registered else ""
    if _speaks_of_a_client(told) or _another_acts(text[:3000], squashed or shown):
        if squashed and not _agency_org(own) and _wanted_itself(
                f"{email.subject}\n{text[:1500]}", squashed):
            return None
        return squashed if registered else ""
    # "brightpath-talent": a label whose talent word the employer label drops ("acme-talent"
    # is an employer's hiring address only with an employer's words around it; with a
    # hyphen it is a talent firm's name).
    if not (_agency_org(own) or _AGENCY_LABEL.search(registered)
            or _recruiter_named(text[-400:], label)):
        return None
    # "rfa-recrutement" signed "Réseau Ferré Atlantique": an employer's own hiring address,
    # after the acronym of its name (not "brightwater-rec" of a "Recruitment Consultant").
    written = spelled_acronym(label, text[-600:])
    if written and not _AGENCY_LABEL.search(squash(written)):
        return None
    return squashed if registered else ""


# The reader's interest in an organisation, by name: "l'intérêt que vous portez à Kléber
# Santé Conseil", "your interest in Ashcombe", "Ihr Interesse an der X", "tu interés en X".
_INTEREST_IN = re.compile(
    rf"(?i:interest in|interés en|interés por|interesse an|intérêt que vous portez à|"
    rf"intérêt que tu portes à|intérêt pour)[^\S\n]+(?:(?i:the|la|el|der|die)[^\S\n]+)?"
    rf"(?P<c>{NAME})")


# The job at an organisation, by name: "ein Angebot für die Position X bei Servicepoint
# Austria IT", "the Support Analyst role at Helix Desk", "le poste de X chez Nordlog", "Ihre
# Bewerbung bei Südtiroler Gipfelwerk".
_JOB_AT = re.compile(
    rf"(?i:position|stelle|poste|puesto|role|job|offer|angebot|oferta|offre|bewerbung|"
    rf"application|candidature)\b[^.\n]{{0,80}}?"
    rf"[^\S\n](?i:bei|at|chez)[^\S\n]+(?P<c>{NAME})")


def _wanted_itself(text: str, own: str) -> bool:
    """Whether the reader applied to the sender's firm itself, which the mail thanks for the
    interest in it or names as the job's place: a consultancy or an IT service firm hiring
    for its own missions, whose "notre client" or "bei unseren Kunden" is the client of the
    work, not an employer it recruits for."""
    # (The label may be the name's last word: "Südtiroler Gipfelwerk" of gipfelwerk.)
    return any(squash(found.group("c")).startswith(own) or label_abbreviates(own, found["c"])
               or own in map(squash, found.group("c").split()[1:])
               for pattern in (_INTEREST_IN, _JOB_AT) for found in pattern.finditer(text))


def _another_acts(text: str, own: str) -> bool:
    """Whether the mail says an organisation other than the sender's acted on the candidate
    (`signature.client_acts`: "Kingsway have pushed the interview back", "heard back from
    the hiring team at Solvane")."""
    for name in chain(client_acts(text), client_searches(text)):
        key = squash(name)
        if key and not (own and (key in own or own in key)):
            return True
    return False


def named_agency(email: Email) -> str | None:
    """The sender's squashed label when its name or signature calls it a recruitment agency
    in so many words ("cabinet de recrutement", "Executive Search"), else None: what the
    rest of the mailbox may trust. Speaking of "the client" is no such proof (an employer's
    consultancy has clients too)."""
    found = _sender(email)
    if found is None or email.sender is None:
        return None
    squashed = found[3]
    # The sender's name and the last lines that read as a signature's (no sentence): a
    # mail's "our weekend staffing model." names no one, nor does an employer's "Meridian
    # Health Recruitment".
    lines = [line.strip() for line in (email.new_text or email.text)[-400:].split("\n")]
    signature = [line for line in lines[-6:] if line and line[-1] not in ".!?:;,"]
    signed = fold("\n".join((email.sender.name, *signature)))
    return squashed if squashed and _agency_org(signed) else None


def _sender(email: Email) -> tuple[str, str, str, str] | None:
    """What the agency tests read of the sender: its name, address and the mail's closing
    lines (folded), its registered domain label, the employer label in it, and that label
    squashed ("" for free mail and applicant-tracking systems)."""
    sender = email.sender
    if sender is None:
        return None
    text = email.new_text or email.text
    own = fold(f"{sender.name}\n{sender.email}\n{text[-400:]}")
    domain = domain_of(sender.email)
    free = is_free_mail(sender.email) or not domain
    # An applicant-tracking system's domain names the system ("smartrecruiters"), and the
    # system writes for the employer: its words say nothing of an agency.
    registered = "" if free or ats_of(sender.email) else registered_label(domain)
    label = employer_label(registered) if registered else ""
    return own, registered, label, squash(label)
