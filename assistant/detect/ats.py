"""Who sends job mail: applicant-tracking systems (ATS), free-mail providers, no-reply senders.

Pure tables and lookups over lower-case addresses; imports nothing from the project. The
classifier uses these to weigh the sender, and extraction to tell a system sender (never a
`contact`) from a human one and to read the employer's name out of ATS addresses such as
`acme@greenhouse-mail.io` or `acme.myworkdayjobs.com`.
"""

from __future__ import annotations

import functools
import logging
import re

logger = logging.getLogger(__name__)

# Mail domains of applicant-tracking systems and job platforms, mapped to the product name used
# in evidence. A sender at any subdomain of these (us.greenhouse-mail.io) counts.
ATS_DOMAINS: dict[str, str] = {
    "greenhouse.io": "greenhouse",
    "greenhouse-mail.io": "greenhouse",
    "lever.co": "lever",
    "hire.lever.co": "lever",
    "myworkday.com": "workday",
    "myworkdayjobs.com": "workday",
    "myworkdaysite.com": "workday",
    "workday.com": "workday",
    "smartrecruiters.com": "smartrecruiters",
    "smartrecruitersmail.com": "smartrecruiters",
    "icims.com": "icims",
    "talent.icims.com": "icims",
    "ashbyhq.com": "ashby",
    "ashbyhq-mail.com": "ashby",
    "teamtailor.com": "teamtailor",
    "teamtailor-mail.com": "teamtailor",
    "mail.teamtailor.com": "teamtailor",
    "personio.de": "personio",
    "personio.com": "personio",
    "personio-mail.com": "personio",
    "workablemail.com": "workable",
    "workable.com": "workable",
    "recruitee.com": "recruitee",
    "recruiteemail.com": "recruitee",
    "bamboohr.com": "bamboohr",
    "jobvite.com": "jobvite",
    # Australia's: PageUp for employers, JobAdder for recruitment agencies.
    "pageuppeople.com": "pageup",
    "jobadder.com": "jobadder",
    "jazzhr.com": "jazzhr",
    "applytojob.com": "jazzhr",
    "breezy.hr": "breezy",
    "breezyhr.com": "breezy",
    "taleo.net": "taleo",
    "successfactors.com": "successfactors",
    "successfactors.eu": "successfactors",
    "pinpointhq.com": "pinpoint",
    "softgarden.io": "softgarden",
    "softgarden.de": "softgarden",
    "dvinci.de": "dvinci",
    "dvinci-hr.com": "dvinci",
    "b-ite.net": "bite",
    "b-ite.de": "bite",
    "join.com": "join",
    "rexx-systems.com": "rexx",
    "rexx-recruitment.com": "rexx",  # its hosted job portals
    "factorialhr.com": "factorial",
    "welcometothejungle.com": "welcome to the jungle",
    "jobylon.com": "jobylon",
    "comeet.co": "comeet",
    "hibob.com": "hibob",
    "rippling.com": "rippling",
    "oraclecloud.com": "oracle recruiting",
    "avature.net": "avature",
    "phenompeople.com": "phenom",
    "eightfold.ai": "eightfold",
    "indeed.com": "indeed",
    "indeedemail.com": "indeed",
    "linkedin.com": "linkedin",
    "stepstone.de": "stepstone",
    "xing.com": "xing",
    "infojobs.net": "infojobs",
    "computrabajo.com": "computrabajo",
    "bumeran.com": "bumeran",
    "zonajobs.com": "zonajobs",
    "laborum.cl": "laborum",
    # Chile's boards, its civil service's portal, and its ATS products.
    "trabajando.com": "trabajando",
    "chiletrabajos.cl": "chiletrabajos",
    "empleospublicos.cl": "empleos publicos",
    "hiringroom.com": "hiringroom",
    "buk.cl": "buk",
    "occ.com.mx": "occ mundial",
    "tecnoempleo.com": "tecnoempleo",
    "infoempleo.com": "infoempleo",
    "apec.fr": "apec",
    # France's public employment service relays applications to employers.
    "francetravail.fr": "france travail",
    "pole-emploi.fr": "pole emploi",
    # The United States' public and campus boards.
    "usajobs.gov": "usajobs",
    "jobs-emplois.gc.ca": "gc jobs",  # Canada's federal public service board
    "ams.at": "ams",  # Austria's public employment service (eJob-Room)
    # Australia's, New South Wales's and Victoria's public service boards, and Belgium's
    # federal one: they write for the department that hires.
    "apsjobs.gov.au": "apsjobs",
    "iworkfor.nsw.gov.au": "i work for nsw",
    "careers.vic.gov.au": "careers victoria",
    "travaillerpour.be": "travaillerpour.be",
    "werkenvoor.be": "werkenvoor.be",
    "joinhandshake.com": "handshake",
    "higheredjobs.com": "higheredjobs",
    "schoolspring.com": "schoolspring",
    "monster.com": "monster",
    "monster.de": "monster",
    "monster.fr": "monster",
    "glassdoor.com": "glassdoor",
    "totaljobs.com": "totaljobs",
    "reed.co.uk": "reed",
    "seek.com.au": "seek",
    "jobup.ch": "jobup",
    "harri.com": "harri",
    "fountain.com": "fountain",
    "paradox.ai": "paradox",
    "hireology.com": "hireology",
    "csod.com": "cornerstone",
    "ultipro.com": "ukg",
    "jobdiva.com": "jobdiva",
    "zohorecruit.com": "zoho recruit",
    "manatal.com": "manatal",
    "onlyfy.com": "onlyfy",
    "concludis.de": "concludis",
    "prescreen.io": "prescreen",
    "welcomekit.co": "welcome to the jungle",
    "flatchr.io": "flatchr",
    "taleez.com": "taleez",
    "digitalrecruiters.com": "digitalrecruiters",
    "jobaffinity.fr": "jobaffinity",
    "talent-soft.com": "talentsoft",
    "talentsoft.com": "talentsoft",
    "beetween.com": "beetween",
    "homerun.co": "homerun",
    "bizneo.com": "bizneo",
    # Spain's and Latin America's: Pandapé (InfoJobs' ATS) and Talentclue.
    "pandape.com": "pandape",
    "talentclue.com": "talentclue",
    "kenjo.io": "kenjo",
    "hellowork.com": "hellowork",
    "cadremploi.fr": "cadremploi",
    "jobillico.com": "jobillico",
    "jobteaser.com": "jobteaser",
    "interamt.de": "interamt",
    "jobs.ch": "jobs.ch",
    "karriere.at": "karriere.at",
    # The United Kingdom's: public bodies and housing associations run Jobtrain, Oleeo
    # (tal.net), Eploy and Tribepad; CV-Library, jobs.ac.uk and Eteach are boards.
    "jobtrain.co.uk": "jobtrain",
    "tal.net": "oleeo",
    "oleeo.com": "oleeo",
    "eploy.net": "eploy",
    "eploy.co.uk": "eploy",
    "tribepad.com": "tribepad",
    "cv-library.co.uk": "cv-library",
    "jobs.ac.uk": "jobs.ac.uk",
    "eteach.com": "eteach",
    "naukri.com": "naukri",
    # Public-sector and health-service job portals: the trust or the agency is the employer.
    "jobs.nhs.uk": "nhs jobs",
    "trac.jobs": "trac",
    "publicjobs.ie": "publicjobs",
    "rezoomo.com": "rezoomo",
    "civilservicejobs.service.gov.uk": "civil service jobs",
    "csjobs.cabinetoffice.gov.uk": "civil service jobs",  # its notification sender
    "place-emploi-public.gouv.fr": "place de l'emploi public",
    "calendly.com": "calendly",
    "goodtime.io": "goodtime",
    # Recorded video interviews and online tests, sent in an employer's name.
    "hirevue.com": "hirevue",
    "sparkhire.com": "spark hire",
    "vidcruiter.com": "vidcruiter",
    "willotalent.com": "willo",
    "hireflix.com": "hireflix",
    "myinterview.com": "myinterview",
    "sonru.com": "sonru",
    "modernhire.com": "modern hire",
    "cappfinity.com": "cappfinity",
    "testgorilla.com": "testgorilla",
    "codility.com": "codility",
    "hackerrankforwork.com": "hackerrank",
    "hosco.com": "hosco",
    "hcareers.com": "hcareers",
    "jobware.de": "jobware",
    "umantis.com": "umantis",
    # Services that relay a person's invitation or contract: never the employer either.
    "docusign.net": "docusign",
    "docusign.com": "docusign",
    "adobesign.com": "adobe sign",
    "echosign.com": "adobe sign",
    "hellosign.com": "dropbox sign",
    "yousign.com": "yousign",
    "zoom.us": "zoom",
}
# Single addresses of a large company that relay other people's events ("Ellie Carr (via
# Google Calendar)"); the company's other addresses are its own staff.
_RELAY_ADDRESSES = {
    "calendar-notification@google.com": "google calendar",
    "calendar-server@google.com": "google calendar",
}

# Platforms whose sender address says nothing about the employer: no company from their
# local part or subdomain (a LinkedIn alert is not from a company called "jobs-noreply").
# Relays of a person's calendar event or contract: they say nothing about the mail's kind
# either (a team stand-up comes through Google Calendar as an interview does).
RELAYS = frozenset({"docusign", "adobe sign", "dropbox sign", "yousign", "zoom", "google calendar"})
# Booking tools that send a person's event: the person's own address, in the text, is the
# employer's ("Questions about this event? Contact felix@ampere-heroes.de").
SCHEDULERS = frozenset({"calendly", "goodtime"})
JOB_BOARDS = frozenset({
    "indeed", "linkedin", "stepstone", "xing", "infojobs", "calendly", "goodtime",
    "computrabajo", "bumeran", "zonajobs", "laborum", "occ mundial", "tecnoempleo",
    "infoempleo", "apec", "monster", "glassdoor", "totaljobs", "reed", "seek", "jobup",
    "cv-library", "jobs.ac.uk", "eteach", "naukri", "hosco", "hcareers", "jobware",
    "france travail", "trabajando", "chiletrabajos", "empleos publicos",
    "pole emploi", "usajobs", "gc jobs", "ams", "handshake", "higheredjobs", "schoolspring",
    "apsjobs", "i work for nsw", "careers victoria", "travaillerpour.be", "werkenvoor.be",
}) | RELAYS

FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.es", "yahoo.de",
    "ymail.com", "outlook.com", "hotmail.com", "hotmail.fr", "hotmail.es", "hotmail.de",
    "hotmail.co.uk", "live.com", "live.fr", "msn.com", "icloud.com", "me.com", "mac.com",
    "aol.com", "proton.me", "protonmail.com", "pm.me", "gmx.de", "gmx.net", "gmx.at", "gmx.ch",
    "gmx.com", "web.de", "t-online.de", "freenet.de", "posteo.de", "mailbox.org", "orange.fr",
    "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "gmx.fr", "telefonica.net", "terra.es",
    "mail.com", "zoho.com", "yandex.com", "fastmail.com", "hey.com", "tutanota.com",
})

# Second-level labels reserved for documentation (RFC 2606), never a company's name, and
# the top-level names reserved for tests ("acme.example.fr.test" is Acme's test domain).
_RESERVED_LABELS = frozenset({"example"})
_RESERVED_TOP = frozenset({"test", "example", "invalid", "localhost"})
# Two-label public suffixes, so "acme.co.uk" names "acme", not "co": a generic second level
# under a country code ("com.uy", "edu.pe", "gob.mx", "or.jp"), and the rest by name.
_GENERIC_SECOND = frozenset({
    "com", "co", "org", "net", "edu", "gob", "gov", "gouv", "ac", "or", "ne", "go", "gv", "mil",
    "nom", "int", "sch", "nhs",
})
# A government's level under a province's suffix ("gouv.qc.ca").
_GOVERNMENT_SECOND = frozenset({"gouv", "gov", "gob"})
_TWO_LABEL_SUFFIXES = frozenset({
    # Canada's provincial and federal suffixes, Belgium's federal one.
    "qc.ca", "on.ca", "bc.ca", "ab.ca", "mb.ca", "sk.ca", "ns.ca", "nb.ca", "nl.ca", "pe.ca",
    "gc.ca", "fgov.be",
})

# Local parts no human reads. Two families:
# - "do not reply" in any language, anywhere in the local part, with or without separators
#   (noreply, no-reply, info_noreply, ne-pas-repondre, no-responder, nicht-antworten...);
# - system mailboxes, as a whole separator-delimited part of it (notifications, bounce+123,
#   job-alerts, mailer-daemon). Shared human mailboxes (careers@, jobs@, hr@) are not here.
_DO_NOT_REPLY = (
    "no reply", "do not reply", "dont reply", "never reply", "ne pas repondre", "ne pas répondre",
    "no responder", "no responda", "no responde", "no contestar", "nicht antworten",
    "keine antwort", "non rispondere", "nao responda", "nao responder", "niet beantwoorden",
    "geen antwoord",
)
_SYSTEM_PARTS = (
    "notification", "notifications", "notify", "bounce", "bounces", "alert", "alerts",
    "jobalert", "jobalerts", "notificaciones", "notificacion", "benachrichtigung",
    "benachrichtigungen", "mailer daemon", "postmaster", "automated", "auto reply",
    "auto confirm", "auto mailer", "auto notify", "autoreply", "autoresponder",
)
_SEP = "[-_.]?"


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(_SEP.join(map(re.escape, phrase.split())) for phrase in phrases)


_NO_REPLY_LOCAL = re.compile(
    rf"(?:{_alternation(_DO_NOT_REPLY)})"
    rf"|(?:^|[-_.+])(?:{_alternation(_SYSTEM_PARTS)})(?:$|[-_.+])|^system$"
)


def domain_of(address: str) -> str:
    """The lower-case domain of an address ("" when there is none)."""
    return address.rpartition("@")[2].lower() if "@" in address else ""


@functools.lru_cache(maxsize=4096)  # senders recur, and extraction asks several times
def ats_of(address: str) -> str | None:
    """The ATS or job platform a sender address belongs to, else None."""
    relay = _RELAY_ADDRESSES.get(address.strip().lower())
    if relay:
        return relay
    domain = _RESERVED_INFIX.sub("", domain_of(address))
    whole = domain
    while domain:
        name = ATS_DOMAINS.get(domain)
        if name:
            return name
        _, _, domain = domain.partition(".")
    for label in whole.split("."):
        if label in _NATIONAL_BOARDS:
            return _NATIONAL_BOARDS[label]
    return None


@functools.lru_cache(maxsize=4096)  # asked several times per message, as `ats_of`
def platform_of(address: str) -> str | None:
    """`ats_of`, or the vendor whose own sending domain the address is: its name plus
    "mail" ("greenhouse-mail.io", "taleo-mail.com", "myworkday-mail.net"), whatever the
    suffix. Such a domain names the vendor, never the employer it writes for; whether its
    mailbox takes replies is another matter (`ats_of` alone decides that)."""
    platform = ats_of(address)
    if platform is None:
        for label in domain_of(address).split("."):
            vendor = _SENDING_DOMAIN.sub("", label)
            if vendor != label and vendor in _VENDOR_LABELS:
                return _VENDOR_LABELS[vendor]
    return platform


# Only vendor names of five letters or more: "join-mail" could be anyone's.
_SENDING_DOMAIN = re.compile(r"-?e?mails?$")
_VENDOR_LABELS = {
    domain.partition(".")[0]: name for domain, name in ATS_DOMAINS.items()
    if domain.count(".") == 1 and len(domain.partition(".")[0]) >= 5
}


# Job boards that run a site per country ("computrabajo.com.co", "bumeran.com.ar",
# "indeed.co.uk", "stepstone.at"): a label of the domain names them whatever the suffix.
# Only boards whose name no employer has; "lever" or "join" could be anyone's domain.
_NATIONAL_BOARDS = {label: label for label in (
    "indeed", "linkedin", "stepstone", "xing", "infojobs", "computrabajo", "bumeran",
    "zonajobs", "laborum", "tecnoempleo", "infoempleo", "glassdoor", "monster", "totaljobs",
    "naukri", "jobteaser", "hellowork", "meteojob",
    # South Africa's, Luxembourg's, Australia's and New Zealand's, Denmark's, South-East
    # Asia's and the Gulf's.
    "pnet", "careers24", "careerjunction", "moovijob", "seek", "jobindex", "jobstreet", "bayt",
    "gulftalent",
)} | {"welcometothejungle": "welcome to the jungle"}


# "myworkday.example.com", as samples and demos write "myworkday.com" (RFC 2606).
_RESERVED_INFIX = re.compile(r"\.example(?=\.[a-z]{2,}(?:\.[a-z]{2})?$)")


# A domain named for mail itself is a mailbox provider's ("correo.example.mx").
_MAIL_LABELS = frozenset({"mail", "email", "e-mail", "correo", "courriel"})


def is_free_mail(address: str) -> bool:
    """True for personal mailbox providers, whose domain names no employer."""
    domain = domain_of(address)
    return domain in FREE_MAIL_DOMAINS or (bool(domain) and registered_label(domain)
                                           in _MAIL_LABELS)


@functools.lru_cache(maxsize=4096)  # contacts recur, and each candidate address asks
def is_no_reply(address: str) -> bool:
    """True for addresses no human reads: no-reply senders, bounces, and ATS system senders.

    Replying to one of these is the commonest way a follow-up gets lost, so `contact` must
    never be one of them. Any address at an ATS domain counts as a system sender: replies there
    reach a robot or nobody.
    """
    address = address.strip().lower()
    if "@" not in address:
        return True
    local = address.rpartition("@")[0]
    return bool(_NO_REPLY_LOCAL.search(local)) or ats_of(address) is not None


@functools.lru_cache(maxsize=4096)  # domains recur: the labels, the agency, the opportunity ask
def registered_label(domain: str) -> str:
    """The label a company registered: "careers.acme.co.uk" -> "acme".

    Documentation domains (RFC 2606: example.com, example.org...) name nobody; an
    organisation under one ("acme.example.com", "acme.example.co.uk", as in samples and demos)
    is the label before.
    """
    labels = domain.lower().split(".")
    # "acme.example.fr.test" is Acme's test domain, and "rexx.acme.test" Acme's own.
    if len(labels) >= 3 and labels[-1] in _RESERVED_TOP and _RESERVED_LABELS & set(labels[:-1]):
        labels.pop()
    # "acme.example.co.uk" is Acme's "acme.co.uk", and "westmarsh.gov.example.uk" a
    # council's "westmarsh.gov.uk": the suffix is read without the documentation label.
    labels = labels[:1] + [label for label in labels[1:] if label not in _RESERVED_LABELS]
    if len(labels) >= 3 and (".".join(labels[-2:]) in _TWO_LABEL_SUFFIXES or (
            labels[-2] in _GENERIC_SECOND and len(labels[-1]) == 2)):
        labels.pop()  # "co.uk" is one suffix
        if len(labels) >= 3 and labels[-2] in _GOVERNMENT_SECOND:
            labels.pop()  # ... and "gouv.qc.ca" too: Quebec's ministries ("mfq.gouv.qc.ca")
    label = labels[-2] if len(labels) >= 2 else labels[0]
    return "" if label in _RESERVED_LABELS else label  # "example.cl" itself: nobody's


# Local parts and subdomain labels an ATS uses for itself, not for the employer.
_GENERIC_LABELS = frozenset({
    "no-reply", "noreply", "no_reply", "donotreply", "do-not-reply", "notifications",
    "notification", "jobs", "job", "careers", "career", "hire", "hiring", "talent", "recruiting",
    "recruitment", "recruiter", "apply", "applications", "application", "mail", "email", "www",
    "us", "eu", "app", "apps", "system", "support", "team", "candidates", "candidate", "info",
    "reply", "replies", "bounce", "bounces", "mailer", "em", "e", "mg", "send", "news", "hr",
    "wd1", "wd2", "wd3", "wd5", "wd10", "wd12", "wd103", "wd501", "wd502", "wd503",
    # a vendor's regional site ("ca.taleo.net")
    "ca", "uk", "au", "emea", "apac", "latam",
    # the hiring team's mailbox in the other languages
    "karriere", "bewerbung", "bewerbungen", "bewerbermanagement", "bewerbungsmanagement",
    "personal", "personalabteilung", "stellen", "recrutement", "candidatures", "emplois",
    "emploi", "rh", "rrhh", "empleo", "empleos", "seleccion", "talento", "trabajo",
})
_TEAM_AFFIXES = (
    r"careers?|jobs?|talent|recruiting|recruitment|hiring|hr|karriere|bewerbung|stellen|"
    # French employers' "<name>-recrute" sites: the company "is hiring".
    r"emplois?|recrutement|recrute|rh|empleos?|rrhh|seleccion|trabajo"
)
# ... and "example" in the languages of samples and demos ("cencosud-ejemplo"), as RFC 2606
# reserves it in English.
_AFFIX = re.compile(
    rf"^(?:{_TEAM_AFFIXES})[-_.]|[-_.](?:{_TEAM_AFFIXES}|noreply|no-reply|notifications?|"
    r"example|ejemplo|exemple|beispiel|esempio)$"
)


@functools.lru_cache(maxsize=4096)  # asked with `registered_label`'s answers
def employer_label(label: str) -> str:
    """An address label without the team word a company adds for its hiring mail:
    "acme-careers" and "jobs.acme" name "acme", "nordlicht-karriere" names "nordlicht"."""
    return _AFFIX.sub("", _AFFIX.sub("", label)) or label


# The words of a hiring team's shared mailbox ("jobs@", "rh.recrutement@", "bewerbung@").
_TEAM_MAILBOX_WORDS = frozenset({
    "jobs", "job", "careers", "career", "recruiting", "recruitment", "talent", "hiring", "hr",
    "karriere", "bewerbung", "bewerbungen", "personal", "stellen", "recrutement", "candidatures",
    "emplois", "emploi", "rh", "rrhh", "empleo", "empleos", "seleccion", "talento", "people",
    "vacancies", "vacatures", "applications", "apply", "personnel", "staffing", "dotation",
    "selection",  # Belgium's and France's "Service Sélection"
    # The organisation's front door: its name, not one person's, stands beside it.
    "info", "contact", "contacto", "kontakt", "office", "hello",
})


@functools.lru_cache(maxsize=4096)  # senders recur
def is_team_mailbox(address: str) -> bool:
    """Whether the address is a hiring team's shared mailbox, every word of its local part a
    team's, or the organisation's own label beside one ("recrutement.spw@spw..."): its
    display name is the organisation's or the team's, never one person's."""
    local, _, domain = address.lower().partition("@")
    parts = [p for p in re.split(r"[-_.+]", local) if p]
    others = [part for part in parts if part not in _TEAM_MAILBOX_WORDS]
    if len(others) == len(parts):
        return False  # most addresses: a person's, with no team word to look further for
    return all(part == registered_label(domain) for part in others)


# Systems that write as their chat assistant ("Olivia <olivia@paradox.ai>"): the name and
# the address are the bot's, whatever employer it books interviews for.
_BOT_SENDERS = frozenset({"paradox"})


def writes_as_bot(address: str) -> bool:
    """Whether the address is a hiring chat assistant's, whose name names no employer."""
    return ats_of(address) in _BOT_SENDERS


@functools.lru_cache(maxsize=4096)  # senders recur, as for `ats_of`
def ats_company_label(address: str) -> str | None:
    """The employer label an ATS puts in a sender address, else None.

    `acme@greenhouse-mail.io`, `careers-acme@icims.com` and `x@acme.myworkdayjobs.com` all
    name "acme"; `no-reply@greenhouse.io` names nobody.
    """
    ats = ats_of(address)
    if ats is None or ats in JOB_BOARDS:
        return None
    local, _, domain = address.lower().rpartition("@")
    candidates = local.split("+")
    ats_domain = next(
        (d for d in ATS_DOMAINS if domain == d or domain.endswith("." + d)), domain
    )
    sub = domain[: -len(ats_domain)].rstrip(".")
    if ats in _BOT_SENDERS:
        candidates = []
    if sub:
        candidates.insert(0, sub.split(".")[0])
    for raw in candidates:
        label = _AFFIX.sub("", _AFFIX.sub("", raw))
        if label and label not in _GENERIC_LABELS and not _NO_REPLY_LOCAL.search(label):
            return label
    return None
