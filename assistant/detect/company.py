"""Which employer a job mail is from, by the weighted agreement of every cue in it.

Imports `records`, `detect.agency`, `detect.ats`, `detect.lexicon` (stop words) and
`detect.phrases`; pure. Cues: the
sender's display name ("Acme via Greenhouse", "Acme Talent Team", "RRHH Laboratorios
Olmeda", or plainly "Acme" on a no-reply or ATS address), an ATS address label
(`acme@greenhouse-mail.io`, `noreply+acme@jobs.personio.de`), the employer's own mail domain
(the sender's, else a Reply-To's behind an ATS), the subject ("Your application to Acme",
"Ihre Bewerbung bei Acme"), and sign-offs in the text ("the Acme team", "Recruiter | Acme",
"Chargé de recrutement - Acme"). A label from an address is spelled the way the message
spells it ("Lumière Conseil" for lumiere-conseil.fr, "Assurances Méridienne" for
meridienne-assur.fr, "Groupe Lumenor" for lumenor.fr). Cues that agree add up, and a short
form supports the full name that contains it. The platform that relays the mail (an ATS, a
job board) is never the employer; for a recruitment agency's mail it is the client.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from collections.abc import Iterator
from itertools import chain
from typing import NamedTuple

from assistant.detect.agency import agency_label
from assistant.detect.ats import (
    ATS_DOMAINS,
    ats_company_label,
    ats_of,
    domain_of,
    employer_label,
    is_free_mail,
    is_no_reply,
    registered_label,
)
from assistant.detect.lexicon import STOP_WORDS
from assistant.detect.phrases import finditer_from, fold
from assistant.records import Address, Email

logger = logging.getLogger(__name__)

# One word of a company name as written; a word ending in "." ends the name ("Retail. We").
_W = r"(?:[A-Z0-9ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÑÁÍÓÚ][\w&'’+\-]*(?:\.\w+)*)"
_JOIN = r"(?:&|of|de|du|des|la|le|and|und|y|et|del|d'|für)"
# French and Italian elide the article into the next name word: "Banque d'Armorique".
_NAME = rf"{_W}(?:[ \t]+(?:{_W}|[dl]['’]{_W}|{_JOIN}(?=[ \t]+[A-Z0-9À-Ü])))*"
_ATS_NAMES = (
    r"greenhouse|lever|workday|smartrecruiters|icims|ashby|teamtailor|personio|workable|"
    r"recruitee|bamboohr|jobvite|jazzhr|breezy|taleo|successfactors|pinpoint|softgarden|join"
)
_TEAM = (
    r"recruiting|recruitment|recruiters|talent acquisition|talent|hiring|early careers|"
    r"graduate careers|campus|careers|career|jobs|hr operations|hr ops|hr|people ops|"
    r"people operations|people|resourcing|personalreferat|personalstelle|personalamt|"
    r"people & culture|team|recrutement|rh|ressources humaines|emplois?|carrières?|"
    r"reclutamiento|selección|seleccion|rrhh|recursos humanos|talento|empleos?|personas|"
    r"personal|personalabteilung|karriere|stellen|bewerbermanagement|atracción de talento"
)
_DISPLAY = (
    re.compile(rf"^(?P<c>.+?)\s+via\s+(?:{_ATS_NAMES})\b", re.IGNORECASE),
    re.compile(rf"^(?:the\s+)?(?P<c>.+?)[\s\-]+(?:{_TEAM})(?:[\s\-]+(?:team|acquisition))*$",
               re.IGNORECASE),
    re.compile(rf"^(?:das\s+|l'[ée]quipe\s+|el\s+equipo\s+de\s+|equipo\s+de\s+)?(?:{_TEAM})"
               rf"(?:[\s\-]+team)?\s+(?:at|@|bei|von|de|chez|en|del|of)\s+(?P<c>.+)$",
               re.IGNORECASE),
    re.compile(rf"^(?:service\s+|servicio\s+|departamento\s+|d[ée]partement\s+|abteilung\s+)?"
               rf"(?i:{_TEAM})(?:\s*[-–|:·]\s*|\s+)(?P<c>[A-Z0-9ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÑÁÍÓÚ].+)$"),
    re.compile(r"^[^|(@]+?\s+(?:at|@|from|bei|von|chez|de chez|\||-|–)\s+(?P<c>[A-Z0-9].+)$"),
    re.compile(r"^[^(]+\((?!via\b)(?P<c>[^)]+)\)$"),
)
_SUBJECT = tuple(re.compile(p) for p in (
    rf"(?i:application|applying|interview|interviewing|offer|candidacy|round|call|chat|conversation|meeting|screen|process|opportunity)\s+(?i:to|at|with)\s+(?P<c>{_NAME})",
    rf"\s(?i:at|@)\s+(?P<c>{_NAME})\s*(?:[-–|:!,(]|$)",
    rf"(?i:bewerbung|vorstellungsgespr[äa]ch|gespr[äa]ch|interview)\s+(?:[^:]*?\s)?(?i:bei|an)\s+(?:der\s+|die\s+)?(?P<c>{_NAME})",
    rf"(?i:candidature|entretien)\s+(?:[^:]*?\s)?(?i:chez|au sein de|à|a)\s+(?P<c>{_NAME})",
    rf"(?i:candidatura|solicitud|entrevista|postulaci[óo]n)\s+(?:[^:]*?\s)?(?i:en|a|para|con)\s+(?P<c>{_NAME})",
    rf"(?:^|:\s*)(?P<c>{_NAME})\s*<>\s",
    rf"^(?P<c>{_NAME})\s*(?::|\||\s[-–]\s)",
    rf"(?:\||\s[-–]\s)\s*(?P<c>{_NAME})\s*$",
    # "Atlas Freight interview - postponed", "Acme offer": the employer before the event.
    rf"^(?P<c>{_NAME})\s+(?i:interview|interviews|application|offer|role|position|opportunity|process)\b",
))
# A pattern runs only when its text has one word of each group, lower-cased (speed).
_BODY_NEEDLES: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("interest in", "applying to", "applying at", "application to", "application at",
      "applied to", "applied at", "thinking of"),),
    (("team",),),
    (("team", "recruiting"), ("ihr", "dein", "euer", "das")),
    (("quipe",),),
    (("equipo",),),
    (("interesse", "interés", "interes ", "interes\t", "intérêt"),),
    (("bewerbung",),),
    (("candidature",),),
    (("candidatura",),),
    (('"', "“", "«"), (" de ", " at ", " bei ", " chez ", " en ", " with ")),
    (("|", ",", " - ", " – ", " · "),),
    ((" - ", " – ", " · "),),
    (("|",),),
)
_SUBJECT_STARTS: tuple[tuple[str, ...], ...] = (
    ("application", "applying", "interview", "offer", "candidacy", "round", "call", "chat",
     "conversation", "meeting", "screen", "process", "opportunity"),
    (), ("bewerbung", "vorstellungsgespräch", "vorstellungsgesprach", "gespräch", "gesprach",
         "interview"),
    ("candidature", "entretien"), ("candidatura", "solicitud", "entrevista", "postulación",
                                   "postulacion"),
    (), (), (), (),
)
# Characters each subject pattern cannot match without (one of each group).
_SUBJECT_NEEDLES: tuple[tuple[tuple[str, ...], ...], ...] = (
    (), (("at", "@"),), (), (), (), (("<>",),), ((":", "|", "-", "–"),), (("|", "-", "–"),),
    (("interview", "application", "offer", "role", "position", "opportunity", "process"),),
)
# Where each body pattern can start (its opening words, lower-cased), for `_matches`.
_BODY_STARTS: tuple[tuple[str, ...], ...] = (
    ("interest in", "applying to", "applying at", "application to", "application at",
     "applied to", "applied at", "thinking of"),
    ("the",), ("ihr", "dein", "euer", "das"), ("l'équipe", "l’équipe", "l'equipe", "l’equipe"),
    ("el equipo de",), ("interesse", "interés", "interes", "intérêt"), ("bewerbung",),
    ("candidature",), ("candidatura",), ('"', "“", "«"), (), (), (),
)
_BODY = tuple(re.compile(p, re.MULTILINE) for p in (
    rf"(?i:interest in|applying to|applying at|application to|application at|applied to|applied at|interest in joining|interest in working at|thinking of)[^\S\n]+(?P<c>{_NAME})",  # noqa: E501
    rf"(?i:the)[^\S\n]+(?P<c>{_NAME})[^\S\n]+(?i:recruiting|talent|hiring|recruitment|people|hr|careers)?[^\S\n]*(?i:team)\b",
    rf"(?i:ihr|dein|euer|das)[^\S\n]+(?P<c>{_NAME})[^\S\n]*-?[^\S\n]*(?i:team|recruiting)",
    rf"(?i:l'[ée]quipe|l’[ée]quipe)[^\S\n]+(?:(?i:recrutement|rh|talent)[^\S\n]+(?:de[^\S\n]+|d')?)?(?P<c>{_NAME})",
    rf"(?i:el equipo de)[^\S\n]+(?:(?i:selecci[óo]n|talento|rrhh|reclutamiento)[^\S\n]+(?:de[^\S\n]+)?)?(?P<c>{_NAME})",  # noqa: E501
    rf"(?i:interesse|interés|interes|intérêt)[^\S\n]+(?i:an|bei|en|por|pour)[^\S\n]+(?:der[^\S\n]+|la[^\S\n]+|el[^\S\n]+)?(?P<c>{_NAME})",
    rf"(?i:bewerbung)[^\S\n]+(?:[^.\n]{{0,60}}?[^\S\n])?(?i:bei)[^\S\n]+(?:der[^\S\n]+)?(?P<c>{_NAME})",
    rf"(?i:candidature)[^\S\n]+(?:[^.\n]{{0,60}}?[^\S\n])?(?i:chez)[^\S\n]+(?P<c>{_NAME})",
    rf"(?i:candidatura)[^\S\n]+(?:[^.\n]{{0,60}}?[^\S\n])?(?i:en)[^\S\n]+(?P<c>{_NAME})",
    # A job board names the listing, then its employer: 'la oferta "Data Engineer" de Acme'.
    rf"[\"“«][^\"”»\n]{{3,80}}[\"”»][^\S\n]+(?:de|at|bei|chez|en|with)[^\S\n]+(?P<c>{_NAME})",
    rf"^[^\S\n]*[^\n|,·]{{2,60}}(?:[^\S\n][|\-–·][^\S\n]|,[^\S\n])(?![A-Z]{{2}}[^\S\n]*$)(?P<c>{_NAME})\.?[^\S\n]*$",
    # A job board's listing line, "Birchline Dental Group - Columbus, OH": employer, place.
    rf"^[^\S\n]*(?P<c>{_NAME})[^\S\n]+[-–·][^\S\n]+[A-Z][\w .'\-]*,[^\S\n]*[A-Z]{{2}}[^\S\n]*$",
    rf"^[^\S\n]*(?P<c>{_NAME})[^\S\n]*\|[^\S\n]*[\w.\-]+\.[a-z]{{2,}}[^\S\n]*$",
))
# "the Backend role at Lattice Payments", "hier bei Nordlicht", "l'équipe chez Pivoine": a
# job or a team placed at an organisation. A weak cue (a city fits the pattern as well) that
# counts when the domain or a signature agrees, or when nothing else names the employer.
_PLACE_STARTS = ("role", "position", "job", "opening", "vacancy", "team", "interview", "here",
                 "opportunity", "stelle", "poste", "entretien", "puesto", "equipo", "équipe",
                 "equipe", "hier", "ici", "aquí", "aqui")
_PLACE_NEEDLES = (_PLACE_STARTS, (" at ", " bei ", " chez ", " en "))
_PLACE = re.compile(
    rf"(?i:{'|'.join(_PLACE_STARTS)})[^\S\n]+(?:at|bei|chez|en)[^\S\n]+(?:der[^\S\n]+)?"
    rf"(?P<c>{_NAME})"
)
# Body patterns that read one line ("Title, Company", "Company - City, ST", "Company |
# acme.com"), and the characters that such a line has.
_LINE_PATTERNS = frozenset(_BODY[-3:])
_SEPARATOR = re.compile(r"[|,\-–·]")
# Words that are never a company on their own, and words that end a name ("Acme Talent").
_NOT_NAME_WORDS = """
    we i you our the a an us thank thanks dear hi hello unfortunately leider your ihre votre
    tu su re fwd fw aw wg tr rv interview interviews application update invitation job jobs
    careers recruiting talent team hr next steps position role offer candidate hiring human
    resources bewerbung candidature candidatura gracias merci danke vielen new this that and
    updated einladung abgesagt annulé annule cancelación cancelacion cancelled canceled
    invitation employment cv resume kennenlernen entretien entrevista gespräch termin status
    feedback confirmation reminder rappel erinnerung recordatorio accepted declined moved
    what why how when where who which
    rescheduled referenz reference ref req référence referencia cancelada cancelado annulée
    aktualisiert actualizada actualizado modifié modificada geändert
    convocatoria convocation resultado résultat ergebnis proceso processus yes no maybe oui
    non peut-être ja nein vielleicht sí si quizás final technical second first third next
    phone video onsite virtual quick short brief initial panel my our
    telephone telefon telefonat telefonisch téléphonique telefónica zoom teams meet missed
    today's today tomorrow's heute demain aujourd'hui hoy mañana news change
    direction dirección direccion departamento département departement abteilung referat
    rückmeldung ruckmeldung retroalimentación retroalimentacion retour nouvelles noticias
"""
_NOT_NAMES = frozenset(fold(w) for w in _NOT_NAME_WORDS.split())
_TRAILING = re.compile(rf"(?:[\s\-]+(?:{_TEAM}|acquisition)\b)+$", re.IGNORECASE)
_TITLE = re.compile(  # matched against the lower-cased name (faster than IGNORECASE)
    r"\b(?:manager|engineer|developer|designer|analyst\w*|coordinat\w*|scientist|architect|"
    r"consultant\w*|specialist|director|intern|internship|lead|ingenieu\w*|ingénieu\w*|"
    r"ingenier\w*|entwickler\w*|développeu\w*|desarrollador\w*|analista|responsable|"
    r"técnic\w*|tecnic\w*|technic\w*|graduate|scheme|programme|trainee|apprentice\w*|"
    r"vacante|stelle|poste|\w*berater\w*|referent\w*|sachbearbeit\w*|\w*leiter\w*|leitung|"
    r"business partner|generalist|officer|recruiter|reclutador\w*|consultor\w*|charg[ée]e?|"
    r"directeur|directrice|director[a]?|gerente|jefe|jefa|"
    r"puesto|position|role|review|\w*interview\w*|\w*gespr[äa]ch\w*|entretien|entrevista|meeting|"
    r"call|mon|tue|wed|thu|backend|back-end|frontend|front-end|fullstack|full-stack|devops|"
    r"fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b",
)
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:inc|llc|llp|lp|ltd|limited|gmbh|ag|se|sa|sas|sarl|s\.?l\.?|s\.?a\.?|bv|b\.v\.?|plc|"
    r"corp|corporation|co|kg|gmbh & co\.? kg|ug|oy|ab|as|spa|s\.?p\.?a|srl|s\.?r\.?l|pvt|private|"
    r"pty|nv|n\.v|sa de cv|s\.?a\.? de c\.?v|mbb|partg|partg mbb|&)\.?$",
    re.IGNORECASE,
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_UMLAUT = re.compile("[äöüÄÖÜ]")
_NAME_RE = re.compile(_NAME)
_MENTION = re.compile(
    rf"\b(?:at|from|with|von der|von|bei der|bei|mit der|mit dem|chez|de la|du|en|con|"
    rf"avec le|avec la|avec|con el|con la)[ \t]+(?P<c>{_NAME})"
)
# An agency's own name in a signature ("Fachwerk Personalberatung"), folded.
_AGENCY_NAME = re.compile(
    r"\b(?:talent partners|staffing|executive search|personalberatung|personalvermittlung|"
    r"recrutement|recruitment|seleccion)\b"
)
_TEAM_WORD = re.compile(rf"(?:{_TEAM}|service|servicio|departamento|departement|abteilung)")
# Applicant-tracking systems and job boards relay mail for employers; they are never one.
_PLATFORMS = frozenset(_NON_ALNUM.sub("", name) for name in ATS_DOMAINS.values())


_SPACES = re.compile(r"\s+")
# Only English and German articles are dropped ("The Acme Team"): a French or Spanish one that
# opens a capitalized name is part of it ("Les Ateliers Pivoine", "El Corte Inglés").
_ARTICLE = re.compile(r"^(?:the|die|der|das)\s+", re.IGNORECASE)
_JOIN_END = re.compile(rf"\s+{_JOIN}$")
# "L'équipe Atelier Boréal", "Personas de Mercado Verde", "Team at Acme": the team, not its name.
# The first words _LEADING can match (folded), so most names skip the regex.
_LEADING_WORDS = frozenset(
    fold(word)
    for alternative in _TEAM.split("|")
    for word in (alternative.split()[0].replace("s?", ""), alternative.split()[0].replace("?", ""))
) | {"l'equipe", "equipe", "el", "das", "the", "team"}
_LEADING = re.compile(
    rf"^(?:(?:l['’]\s*)?[ée]quipe|el equipo|equipo|das team|the team|team|{_TEAM})"
    rf"(?:\s+(?:de la|de|du|des|d['’]|of|von|at|bei|chez|del))?\s+(?=\S)",
    re.IGNORECASE,
)
_THREE_DIGITS = re.compile(r"\d{3}")
_LETTER = re.compile(r"[^\W\d_]")


@functools.lru_cache(maxsize=8192)  # names recur: every cue and every address name asks
def company_key(name: str) -> str:
    """A company name reduced for comparison: "ACME GmbH", "Acme" and "ÀCME" share "acme".

    Legal suffixes go, however many ("Sundaram Infotech Pvt. Ltd."); German umlauts are
    spelled out, as addresses and ASCII systems write them ("Kiezküche" is "kiezkueche").
    """
    name = name.strip()
    while True:
        shorter = _LEGAL_SUFFIX.sub("", name)
        if shorter == name:
            break
        name = shorter
    return _NON_ALNUM.sub("", fold(name.translate(_GERMAN)))


@functools.lru_cache(maxsize=8192)  # names recur: every mail from one employer signs alike
def _clean(raw: str) -> str | None:
    name = _SPACES.sub(" ", raw).strip(" \t\"'’.,:;!-–|()<>")
    if fold(name.partition(" ")[0]) in _LEADING_WORDS:
        name = _LEADING.sub("", name)
    name = _ARTICLE.sub("", name)
    name = _TRAILING.sub("", name)
    name = _JOIN_END.sub("", name).strip(" .,-")
    if not name or len(name) > 50 or len(name.split()) > 5 or _TITLE.search(name.lower()):
        return None
    if any(fold(w) in _NOT_NAMES or _THREE_DIGITS.search(w) for w in name.split()):
        return None
    if not _LETTER.search(name):
        return None
    return name


def _squash(text: str) -> str:
    return _NON_ALNUM.sub("", fold(text))


def _squash_both(text: str) -> tuple[str, str]:
    """`text` squashed as written, and with German umlauts spelled out ("ü" -> "ue")."""
    plain = _squash(text)
    return plain, (_squash(text.translate(_GERMAN)) if _UMLAUT.search(text) else plain)


_SQUASHED: dict[str, tuple[str, str]] = {}  # `_squash_both` of words seen: names recur
_SQUASHED_MAX = 50_000


def _squash_word(word: str) -> tuple[str, str]:
    """`_squash_both` of one word, without an elided article ("d'Armorique" is "armorique":
    addresses drop it)."""
    found = _SQUASHED.get(word)
    if found is None:
        if len(_SQUASHED) > _SQUASHED_MAX:
            _SQUASHED.clear()
        found = _SQUASHED[word] = _squash_both(_ELISION.sub("", word))
    return found


_ELISION = re.compile(r"^[dl]['’](?=\w)")


class _Run(NamedTuple):
    words: list[str]
    squashed: list[tuple[str, str]]  # each word squashed, plain and with umlauts spelled out
    plain: str  # the whole run squashed (its squashed words, joined)
    german: str


class _Runs:
    """The capitalized word runs of one message's text, squashed once and shared by every
    label `_spell` looks up (the ATS label and the domain label read the same text)."""

    def __init__(self, text: str) -> None:
        self.text = text[:8000]
        self._runs: list[_Run] | None = None

    def runs(self) -> list[_Run]:
        """Every name-like run of capitalized words."""
        if self._runs is None:
            self._runs = []
            for run in _NAME_RE.findall(self.text):
                words = run.split()
                if len(words) == 1:  # most runs: "Hi", "Alex", "Thanks"
                    squashed = [_squash_word(run)]
                    plain, german = squashed[0]
                else:
                    squashed = [_squash_word(w) for w in words]
                    plain = "".join([p for p, _ in squashed])
                    german = "".join([g for _, g in squashed])
                self._runs.append(_Run(words, squashed, plain, german))
        return self._runs


def _spell(label: str, *places: _Runs) -> tuple[str, bool]:
    """The message's own spelling of a company known by an address label, else Title Case;
    and whether the message spells it (an address label confirmed by the text is a name).
    The places are read in order until one spells it.

    The label may be the start of the name ("latticepay" -> "Lattice Payments"), German
    transliterated ("brueckner" -> "Brückner"), or hyphenated in another order. The spelling
    the message uses most often wins; among equals, the longer.
    """
    parts = sorted(p for p in re.split(r"[-_.]", label.lower()) if p)
    pieces = [p for p in re.split(r"[-_.]", label.lower()) if p]
    wanted = "".join(pieces)
    first = pieces[0] if pieces else ""
    found: dict[str, int] = defaultdict(int)
    probes = {wanted[:4], parts[0][:4]} if parts else {wanted[:4]}
    for runs in places:
        for run in runs.runs():
            if any(p in run.plain or p in run.german for p in probes):
                _spellings(run, wanted, parts, found, first)
        if found:
            break
    if found:
        supported = _supported({name: (float(count), name) for name, count in found.items()})
        return max(supported, key=lambda n: (supported[n], len(n))), True
    return " ".join(p.title() for p in re.split(r"[-_]", label) if p), False


def _supported(scores: dict[str, tuple[float, str]]) -> dict[str, float]:
    """Each name's score plus the scores of the shorter names it contains word for word.

    People shorten names, never lengthen them: "Alcázar" and "Silverline" are support for
    "Grupo Alcázar Seguros" and "Silverline Software" when the message has both.

    Args:
        scores: by key, the score and the name as written.
    """
    words = {key: f" {' '.join(_squash_word(w)[0] for w in name.split())} "
             for key, (_, name) in scores.items()}
    totals = {key: score for key, (score, _) in scores.items()}
    for short, (score, _) in scores.items():
        if len(short) < 3:
            continue
        for long in scores:
            if long != short and words[short] in words[long]:
                totals[long] += score
    return totals


def _spellings(
    run: _Run, wanted: str, parts: list[str], found: dict[str, int], first: str
) -> None:
    """Count in `found` each spelling of the label that starts a word of `run`.

    Args:
        first: the label's first part as written ("mapleton" of "mapleton-nhs").
    """
    words, squashed_words = run.words, run.squashed
    long_parts = tuple(p for p in parts if len(p) >= 4)
    for start in range(len(words)):
        head = squashed_words[start]
        if not any(h and (wanted.startswith(h) or h.startswith(wanted) or h in parts
                          or h.startswith(long_parts))
                   for h in head):
            continue  # a name spelled from the label starts with one of the label's words
        for end in range(start + 1, min(len(words), start + 4) + 1):
            pieces = squashed_words[start:end]  # a squashed chunk is its squashed words, joined
            squashed = ("".join(p[0] for p in pieces), "".join(p[1] for p in pieces))
            exact = wanted in squashed or (
                len(parts) == end - start > 1
                and _abbreviates(parts, [w[0] for w in squashed_words[start:end]])
            )
            prefix = len(wanted) >= 5 and any(
                q.startswith(wanted) and len(q) - len(wanted) <= 10 and end - start > 1
                for q in squashed
            )
            # "mapleton-nhs" and a whole run "Mapleton Hospital Trust": the label's first
            # part is the name's first word, the rest an abbreviation the text spells out.
            prefix = prefix or (
                len(parts) > 1 and end == len(words) and end - start > 1
                and head[0] == first and len(first) >= 4
            )
            if exact or prefix:
                left = _head_start(words, start)
                # "acme" may be the start of "Acme Robotics"; "cabinet-lestrade" is all of
                # "Cabinet Lestrade" (not "Cabinet Lestrade Avocats").
                grow = 2 if exact and len(parts) == 1 else 0
                name = _clean(" ".join(words[left : end + grow]))
                if name:
                    found[name] += 1
                    break  # one spelling per occurrence: its variants would support each other


# What a company adds to its name to find a free domain: "tallyhq", "cafeteraapp",
# "getacme", "tryacme". Plural "apps" is a maker of apps ("cometaapps" is Cometa Apps).
_DECORATION = re.compile(r"^(?:get|try|use|join|hello|meet)(?=[a-z]{4})|(?<=[a-z]{4})(?:hq|app)$")


def _spell_domain(label: str, *places: _Runs) -> tuple[str, bool]:
    """`_spell` for a mail domain's label, which may carry a decoration ("tallyhq"): the
    label as the text spells it, else the bare name as the text spells it, else the bare
    name in Title Case ("Tally")."""
    name, spelled = _spell(label, *places)
    bare = _DECORATION.sub("", label)
    if spelled or bare == label:
        return name, spelled
    return _spell(bare, *places)


def _abbreviates(parts: list[str], words: list[str]) -> bool:
    """Each label part starts its own word, in any order: "meridienne-assur" is
    "Assurances Méridienne", "cedar-pine" is "Pine Cedar"."""
    left = list(words)
    for part in sorted(parts, key=len, reverse=True):
        match = next((w for w in left if w.startswith(part)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _head_start(words: list[str], start: int) -> int:
    """Where a name whose distinctive word is `words[start]` begins: a generic head noun
    before it belongs to it ("Groupe Lumenor", "Laboratorios Olmeda", "Domaine Castelnau"),
    a greeting or a team word ("Dear", "Recrutement") does not."""
    left = start
    while left > 0 and start - left < 2:
        word = words[left - 1]
        folded = fold(word)
        if folded in _OF and left >= 2 and _head_word(words[left - 2]):
            return left - 2  # "University of Lirbay", "Ayuntamiento de Valdeluz"
        if len(word) < 3 or not _head_word(word):
            break
        left -= 1
    return left


_OF = frozenset({"of", "de", "du", "des", "del", "für", "fur", "di"})


def _head_word(word: str) -> bool:
    folded = fold(word)
    return len(word) >= 3 and folded not in _NOT_NAMES and not _TEAM_WORD.fullmatch(folded)


def _person_like(name: str, text: str) -> bool:
    """A display name that signs the mail as a person does is a person.

    "Freya Nilsson" signing "Freya", or "Jess Moreno" above a title line; a company signs its
    name last, with nothing under it.
    """
    words = name.split()
    if len(words) < 2:
        return False
    tail = text[-400:]
    first = re.search(rf"(?m)^\s*{re.escape(words[0])}\s*$", tail)
    full = re.search(rf"(?m)^\s*{re.escape(name)}\s*\n\s*\S", tail)
    return bool(first or full)


def _from_display(address: Address, text: str) -> Iterator[tuple[str, float]]:
    name = address.name.strip()
    if not name or "@" in name or re.search(r"\(via\s+\w+\)$", name, re.I):
        return  # "Rachel Tan (via Greenhouse)" is a person writing through an ATS
    for pattern in _DISPLAY:
        found = pattern.match(name)
        # "Landesamt für Statistik - Personalreferat", "Recruitment Team": the unit that
        # writes is no company; another pattern may read the name beside it.
        if found and not _TEAM_WORD.fullmatch(fold(found.group("c").strip(" -–|"))):
            yield found.group("c"), 3.0
            return
    if _LEGAL_SUFFIX.search(name):
        yield name, 3.0  # "Bergmann Elektrotechnik GmbH <personal@...>": people have no GmbH
        return
    system = is_no_reply(address.email) or ats_of(address.email) is not None
    if system and not _person_like(name, text):
        yield name, 2.5  # "Hexa Systems <noreply@smartrecruiters.com>"


_CALENDAR_TEXT = re.compile(r"^(?:SUMMARY|LOCATION|DESCRIPTION)[^:\n]*:(.*)$", re.MULTILINE)


def _thread_text(email: Email) -> str:
    """Where else the employer's name may be spelled out, when the new text does not: the
    quoted chain (an earlier signature) and the invitation's own words.

    Only the spelling of an address label is looked up here; the quoted chain never gives a
    name of its own (it quotes the user, and other employers' mail).
    """
    parts = []
    if len(email.text) > len(email.new_text):
        parts.append(email.text[len(email.new_text):][:3000])
    for part in email.calendar_parts[:1]:
        parts += (m.group(1).replace("\\n", "\n").replace("\\,", ",")
                  for m in _CALENDAR_TEXT.finditer(part[:4000]))
    return "\n".join(parts)


def _candidates(email: Email) -> Iterator[tuple[str, float]]:
    text = email.new_text or email.text
    sender = email.sender
    runs = _Runs("\n".join((email.subject, sender.name if sender else "", text)))
    thread = _Runs(_thread_text(email))
    for address in (sender, *email.reply_to) if sender else email.reply_to:
        yield from _from_display(address, text)
    if sender:
        label = ats_company_label(sender.email)
        if label:
            name, spelled = _spell(label, runs, thread)
            yield name, 2.5 if spelled else 2.0
    for address in (sender, *email.reply_to) if sender else email.reply_to:
        domain = domain_of(address.email)
        if domain and not is_free_mail(address.email) and ats_of(address.email) is None:
            name, spelled = _spell_domain(employer_label(registered_label(domain)), runs, thread)
            # Confirmed by the text, the sender's own domain outweighs a subject's guess.
            yield name, 2.5 if spelled else 1.0
            break  # the sender's own domain, else the first Reply-To's
    relayed = _forwarded_author(email)
    if relayed:
        # A forward's news is its author's: the client's answer a recruiter passes on.
        name, spelled = _spell_domain(
            employer_label(registered_label(domain_of(relayed))), thread, runs)
        yield name, 2.5 if spelled else 1.0
    subject = re.sub(r"^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+", "", email.subject, flags=re.I)
    lowered_subject = subject.lower()
    for pattern, starts, needles in zip(_SUBJECT, _SUBJECT_STARTS, _SUBJECT_NEEDLES,
                                        strict=True):
        if not _has_all(lowered_subject, needles):
            continue
        for found in _matches(pattern, starts, subject, lowered_subject):
            yield found.group("c"), 2.0
    weight = 2.0
    # Names sit in the first lines and in the signature; the middle of a long mail adds none.
    scope = text if len(text) <= 4500 else text[:3000] + "\n" + text[-1500:]
    lowered = scope.lower()
    for pattern, needles, starts in zip(_BODY, _BODY_NEEDLES, _BODY_STARTS, strict=True):
        if not _has_all(lowered, needles):
            continue
        for found in _matches(pattern, starts, scope, lowered):
            yield found.group("c"), weight
            weight = max(0.5, weight - 0.5)
    if _has_all(lowered, _PLACE_NEEDLES):
        for found in finditer_from(_PLACE, _PLACE_STARTS, scope, lowered):
            yield found.group("c"), 1.0


_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc)\s*:", re.IGNORECASE)
_FROM_LINE = re.compile(r"^\W{0,3}(?:from|von|de|de la part de)\s*:[^\n<]*<([^>\s]+@[^>\s]+)>",
                        re.IGNORECASE | re.MULTILINE)


def _forwarded_author(email: Email) -> str | None:
    """The address of the mail a work address forwards ("Fwd:"), when it is an employer's:
    not free mail, not a system sender, not one of the mail's recipients."""
    if not (email.sender and _FORWARD_SUBJECT.match(email.subject)):
        return None
    if is_free_mail(email.sender.email):
        return None
    found = _FROM_LINE.search(email.text, len(email.new_text))
    if not found:
        return None
    address = found.group(1).lower()
    recipients = {a.email.lower() for a in (*email.to, *email.cc)}
    if (address in recipients or is_free_mail(address) or ats_of(address) is not None
            or domain_of(address) == domain_of(email.sender.email)):
        return None
    return address


def _has_all(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `text` has a word of each group (plain substring tests: faster than a regex)."""
    for group in groups:
        for word in group:
            if word in text:
                break
        else:
            return False
    return True


def _matches(
    pattern: re.Pattern[str], starts: tuple[str, ...], scope: str, lowered: str
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(scope)`, faster.

    A pattern that opens with case-insensitive words (`starts`) is tried only where one of
    them occurs (`phrases.finditer_from`); a pattern for one line (`_LINE_PATTERNS`) only on
    lines with a separator.
    """
    if pattern in _LINE_PATTERNS:
        for line in scope.split("\n"):
            if _SEPARATOR.search(line):
                found = pattern.match(line)
                if found:
                    yield found
        return
    yield from finditer_from(pattern, starts, scope, lowered)


def _client_cues(email: Email) -> Iterator[tuple[str, float]]:
    """Where an agency's mail names the client: the subject ("Atlas Freight want to meet
    you!", "Feedback Mittelrhein Versicherung") and mentions ("Karen at Atlas Freight")."""
    subject = re.sub(r"^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+", "", email.subject, flags=re.I)
    for run in _NAME_RE.findall(subject):
        words = run.split()
        while words and fold(words[0]) in _NOT_NAMES:
            words.pop(0)  # "Feedback", "Interview", "Update"
        if words:
            yield " ".join(words), 2.0
    text = email.new_text or email.text
    for found in _MENTION.finditer(text[:3000]):
        yield found.group("c"), 1.0


_STOPS = frozenset(w for words in STOP_WORDS.values() for w in words)


def _fuller(name: str, text: str) -> str:
    """The longest form of a short `name` that `text` writes: "Orbitline" is "Orbitline
    Satellites" when the mail says so once. People shorten a name after writing it in full;
    the full form is what a person writes in a list of applications.

    Capitalized words that follow the name on its line extend it, not a shouted word
    ("LOVED"), a stop word ("Sie") or a word that is never a name ("Team").
    """
    if len(name.split()) > 2 or name not in text:
        return name
    forms: dict[str, int] = defaultdict(int)
    for found in re.finditer(rf"(?<!\w){re.escape(name)}((?:[ \t]+{_W}){{1,2}})", text):
        extra = []
        for word in found.group(1).split():
            folded = fold(word)
            if (word.isupper() and len(word) > 1) or folded in _NOT_NAMES or folded in _STOPS:
                break
            extra.append(word)
        fuller = _clean(" ".join([name, *extra])) if extra else None
        if fuller:
            forms[fuller] += 1
    return max(forms, key=lambda f: (forms[f], len(f))) if forms else name


def _agency_name(email: Email, label: str) -> str | None:
    """The agency's own name as the mail writes it ("Tandem Talent" for tandemtalent): an
    agency that names no client is the employer the candidate deals with."""
    text = "\n".join((email.subject, email.sender.name if email.sender else "",
                      email.new_text or email.text))
    for run in _NAME_RE.findall(text[:8000]):
        words = run.split()
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + 4) + 1):
                if _squash(" ".join(words[start:end])) == label:
                    return " ".join(words[start:end])
    return None


def company_of(email: Email) -> str | None:
    """The employer's name, by the weighted agreement of every cue; None when there is none."""
    totals: dict[str, float] = defaultdict(float)
    spelling: dict[str, tuple[float, str]] = {}
    names = [a.name for a in (*email.to, *email.cc) if a.name]
    # The user's name, whole or in part ("R. Okafor"), is never the employer.
    people = {company_key(n) for n in names} | {
        company_key(w) for n in names for w in n.split() if len(w) >= 3}
    platform = ats_of(email.sender.email) if email.sender else None
    own = company_key(platform) if platform else ""
    agency = agency_label(email)
    cues = _candidates(email) if agency is None else chain(_candidates(email), _client_cues(email))
    for raw, weight in cues:
        name = _clean(raw)
        key = company_key(name) if name else ""
        if not name or not key or key in people or key in _PLATFORMS:
            continue
        if own and key.startswith(own):
            continue  # "StepStone", "Indeed Apply": the platform that sent it, not the employer
        if agency is not None and (
            (agency and (agency in key or key in agency)) or _AGENCY_NAME.search(fold(name))
        ):
            continue  # the recruitment agency relaying for its client, or a piece of its name
        totals[key] += weight
        if weight > spelling.get(key, (0.0, ""))[0] or (
            weight == spelling[key][0] and len(name) > len(spelling[key][1])
        ):
            spelling[key] = (weight, name)
    if not totals:
        return _agency_name(email, agency) if agency else None
    supported = _supported({key: (totals[key], spelling[key][1]) for key in totals})
    best = max(supported, key=lambda k: (supported[k], len(k)))
    return _fuller(spelling[best][1], email.new_text or email.text)
