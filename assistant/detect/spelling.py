"""How a message spells a company that an address label only abbreviates.

Imports `detect.names` (the shape of a name, `clean`, squashing), `detect.phrases` (folding)
and `detect.places`; pure. An address writes "lumiere-conseil", "tallyhq" or "hs-hafenstadt";
the text writes "Lumière Conseil", "Tally" and "Hochschule Hafenstadt". `spell` and
`spell_domain` find the text's spelling, `cut_short` says whether a label is a long name
shortened for a domain, `supported` lets a shorter spelling count for the longer one.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from assistant.detect.names import (
    FUNCTION_WORDS,
    LEGAL_SUFFIX,
    MEETING_COMPOUND,
    NAME_RE,
    NOT_NAMES,
    POSSESSIVE_S,
    SECTOR_WORDS,
    TEAM_WORD,
    UNIT,
    acronym_start,
    clean,
    is_common_word,
    is_function,
    squash_both,
)
from assistant.detect.phrases import fold, has_all
from assistant.detect.places import is_city, is_place

_SQUASHED: dict[str, tuple[str, str]] = {}  # `squash_both` of words seen: names recur
_SQUASHED_MAX = 50_000


def squash_word(word: str) -> tuple[str, str]:
    """`squash_both` of one word, without an elided article ("d'Armorique" is "armorique":
    addresses drop it)."""
    found = _SQUASHED.get(word)
    if found is None:
        if len(_SQUASHED) > _SQUASHED_MAX:
            _SQUASHED.clear()
        found = _SQUASHED[word] = squash_both(_ELISION.sub("", word))
    return found


_ELISION = re.compile(r"^[dl]['’](?=\w)")


class _Run(NamedTuple):
    words: tuple[str, ...]
    squashed: tuple[tuple[str, str], ...]  # each word squashed, plain and with umlauts spelled out
    plain: str  # the whole run squashed (its squashed words, joined)
    german: str
    elided: bool  # a word has an elided article ("d'Alma"), which an address may keep


_RUNS: dict[str, _Run] = {}  # each run read once: greetings, signatures and names recur
_RUNS_MAX = 50_000


def _run(text: str) -> _Run:
    """One run of capitalized words, split and squashed."""
    found = _RUNS.get(text)
    if found is None:
        if len(_RUNS) > _RUNS_MAX:
            _RUNS.clear()
        words = tuple(text.split())
        squashed = tuple(squash_word(w) for w in words)
        found = _RUNS[text] = _Run(words, squashed, "".join([p for p, _ in squashed]),
                                   "".join([g for _, g in squashed]),
                                   "'" in text or "’" in text)
    return found


class Runs:
    """The capitalized word runs of one message's text, squashed once and shared by every
    label `spell` looks up (the ATS label and the domain label read the same text)."""

    def __init__(self, text: str) -> None:
        self.text = text[:8000]
        self._runs: list[_Run] | None = None

    def runs(self) -> list[_Run]:
        """Every name-like run of capitalized words."""
        if self._runs is None:
            if has_all(self.text, _INTRODUCTION_NEEDLES):
                self._runs = [_run(_introduced(self.text, found)) for found in
                              NAME_RE.finditer(self.text)]
            else:  # most mail: no writer introduces themself, and every run is as found
                self._runs = list(map(_run, NAME_RE.findall(self.text)))
        return self._runs


# The writer introducing themself in Spanish or French, where the name and the employer join
# with "de" into one run of capitals: "soy Nico de Logística Pampa", "je suis Léa de Groupe
# Vasseur".
_INTRODUCTION = re.compile(r"\b(?:[Ss]oy|[Hh]abla|[Jj]e suis)[^\S\n]+\Z")
_INTRODUCTION_NEEDLES = (("oy", "abla", "e suis"),)  # one of which `_INTRODUCTION` needs
_AFTER_FIRST_NAME = re.compile(r"\S+[^\S\n]+(?:de la|de|del|du)[^\S\n]+")


def _introduced(text: str, found: re.Match[str]) -> str:
    """The run `found`, without the writer's own first name when the text introduces the
    writer with it: the name after their "de" is the employer, not "Nico de Logística".
    (One word after it is the writer's surname: "soy Ana del Castillo".)"""
    run = found.group()
    if " " in run and _INTRODUCTION.search(text, max(0, found.start() - 12), found.start()):
        first = _AFTER_FIRST_NAME.match(run)
        if first and " " in run[first.end():]:
            return run[first.end():]
    return run


def spell(label: str, *places: Runs) -> tuple[str, bool]:
    """The message's own spelling of a company known by an address label, else Title Case;
    and whether the message spells it (an address label confirmed by the text is a name).
    The places are read in order until one spells it.

    The label may be the start of the name ("latticepay" -> "Lattice Payments"), German
    transliterated ("brueckner" -> "Brückner"), or hyphenated in another order. The spelling
    the message uses most often wins; among equals, the longer.
    """
    forms = _label_forms(label)
    found: dict[str, int] = defaultdict(int)
    for runs in places:
        for run in runs.runs():
            for probe in forms.probes:  # plain loops: a generator per run cost more than the test
                if probe in run.plain or probe in run.german:
                    _spellings(run, forms, found)
                    break
        if found:
            break
    if found:
        scores = supported({name: (float(count), name) for name, count in found.items()})
        return max(scores, key=lambda n: (scores[n], len(n))), True
    # "kilnandco" is "Kiln & Co": the trades' "& Co", "& Sons", "& Partners" spelled out.
    label = _AND_PAIR.sub(r"\1-&-\2", _AND_TAIL.sub(_kin, label))
    words = [p if p in ("e", "y") else p.title() for p in re.split(r"[-_]", label) if p]
    if len(words) > 1 and words[0] in _SCHOOLS:
        words[0] = _SCHOOLS[words[0]]  # "hs-lechfeld", "he-condorcet-mons"
    return " ".join(words), False


def _kin(found: re.Match[str]) -> str:
    """The kin of a family firm's label, spelled out: "-&-co", "-e-hijos", "-y-hermanos"."""
    return f"-&-{found.group(1)}" if found.group(1) else f"-{found.group(2)}-{found.group(3)}"


class _Label(NamedTuple):
    """What `spell` looks for of an address label ("mapleton-nhs")."""

    parts: tuple[str, ...]  # its parts, sorted
    long_parts: tuple[str, ...]  # ... those of 4 letters or more
    wanted: str  # its parts joined, in order
    first: str  # its first part as written ("mapleton")
    probes: tuple[str, ...]  # one of which a run must have to spell it
    ampersands: frozenset[str]  # the label without one "and" of its words ("talentorumbo")
    pieces: tuple[str, ...]  # its parts, in order


@functools.lru_cache(maxsize=4096)  # labels recur: every mail of a sender asks
def _label_forms(label: str) -> _Label:
    """`label` read once for `spell`, which each of its sender's mail asks again."""
    parts = sorted(p for p in re.split(r"[-_.]", label.lower()) if p)
    pieces = [p for p in re.split(r"[-_.]", label.lower()) if p]
    wanted = "".join(pieces)
    probes = {wanted[:4], parts[0][:4]} if parts else {wanted[:4]}
    # An address spells "&" out: "emberandoak" is "Ember & Oak", "talentoyrumbo" "Talento &
    # Rumbo" when the run writes "&".
    ampersands = frozenset(wanted[:m.start()] + wanted[m.end():] for m in _AND.finditer(wanted))
    return _Label(tuple(parts), tuple(p for p in parts if len(p) >= 4), wanted,
                  pieces[0] if pieces else "", tuple(probes), ampersands, tuple(pieces))


# Schools' prefixes: Germany's universities of applied sciences, Belgium's hautes écoles.
_SCHOOLS = {"Hs": "Hochschule", "Fh": "Fachhochschule", "He": "Haute École"}


def writes(text: str, name: str) -> bool:
    """Whether `text` writes `name` as whole words, in the same case."""
    position = text.find(name)
    while position >= 0:
        end = position + len(name)
        if not ((position and text[position - 1].isalnum())
                or (end < len(text) and text[end].isalnum())):
            return True
        position = text.find(name, position + 1)
    return False


def supported(
    scores: dict[str, tuple[float, str]], unwritten: frozenset[str] = frozenset()
) -> dict[str, float]:
    """Each name's score plus the scores of the shorter names it contains word for word.

    People shorten names, never lengthen them: "Alcázar" and "Silverline" are support for
    "Grupo Alcázar Seguros" and "Silverline Software" when the message has both. A guess
    the message never writes gets none: "Kolibri" written is no support for "Kolibri App"
    read out of kolibri-app.

    Args:
        scores: by key, the score and the name as written.
        unwritten: the keys of names the message does not write.
    """
    words = {key: f" {' '.join(squash_word(w)[0] for w in name.split())} "
             for key, (_, name) in scores.items()}
    totals = {key: score for key, (score, _) in scores.items()}
    for short, (score, _) in scores.items():
        if len(short) < 3:
            continue
        inner = words[short].split()
        for long in scores:
            if long != short and long not in unwritten and (
                    words[short] in words[long] or _within(inner, words[long])):
                totals[long] += score
    return totals


def _within(short: list[str], long: str) -> bool:
    """Whether a name of several words keeps the first and last words of a longer one, and
    the rest in order: "Grupo Albar" shortens "Grupo Hostelero Albar"."""
    words = long.split()
    if len(short) < 2 or len(words) <= len(short):
        return False
    if short[0] != words[0] or short[-1] != words[-1]:
        return False
    rest = iter(words[1:-1])
    return all(word in rest for word in short[1:-1])


def _spellings(run: _Run, label: _Label, found: dict[str, int]) -> None:
    """Count in `found` each spelling of the label that starts a word of `run`."""
    words, squashed_words = run.words, run.squashed
    parts, wanted, first, ampersands = label.parts, label.wanted, label.first, label.ampersands
    long_parts = label.long_parts
    for start in range(len(words)):
        head = squashed_words[start]
        if not any(h and (wanted.startswith(h) or h.startswith(wanted) or h in parts
                          or h.startswith(long_parts))
                   for h in head):
            continue  # a name spelled from the label starts with one of the label's words
        plain = german = ""  # the chunk squashed: its squashed words, joined
        for end in range(start + 1, min(len(words), start + 4) + 1):
            pieces = squashed_words[start:end]
            plain += pieces[-1][0]
            german += pieces[-1][1]
            squashed: tuple[str, ...] = (plain, german)
            if end - start > 2 and any(p[0] in _DOMAIN_SKIPS for p in pieces[1:-1]):
                # "astillerosnervion" is "Astilleros del Nervión": a domain drops the joiners
                kept = [p for i, p in enumerate(pieces)
                        if not (0 < i < len(pieces) - 1 and p[0] in _DOMAIN_SKIPS)]
                squashed += ("".join(p[0] for p in kept), "".join(p[1] for p in kept))
            if run.elided and any("'" in word or "’" in word for word in words[start + 1:end]):
                # "lesjardinsdalma" keeps the elided article of "Les Jardins d'Alma"
                squashed += tuple("".join(forms) for forms in zip(
                    *(squash_both(word) for word in words[start:end]), strict=True))
            exact = wanted in squashed or (
                "&" in words[start:end] and not ampersands.isdisjoint(squashed)
            ) or (
                len(parts) == end - start > 1
                and _abbreviates(parts, [w[0] for w in squashed_words[start:end]])
            ) or _skips_a_word(label.pieces, [w[0] for w in squashed_words[start:end]])
            prefix = len(wanted) >= 5 and end - start > 1 and any(
                q.startswith(wanted) and len(q) - len(wanted) <= 10 for q in squashed)
            # "mapleton-nhs" and a whole run "Mapleton Hospital Trust": the label's first
            # part is the name's first word, the rest an abbreviation the text spells out.
            prefix = prefix or (
                len(parts) > 1 and end == len(words) and end - start > 1
                and first in head and len(first) >= 4
            )
            if exact and end == start + 1 and (defined := _defined_before(words, start)):
                # "Paul Scherrer Institut PSI": the name it stands for, surer than any
                # other spelling ("Empfang PSI Ost" is a place in it).
                found[defined] += 5
                break
            if exact or prefix:
                left = _head_start(words, start)
                # "acme" may be the start of "Acme Robotics", or of "Wyebank NHS Foundation
                # Trust" when no joiner comes first ("Zahlfix Engineering and Jonas" is
                # two); "cabinet-lestrade" is all of "Cabinet Lestrade" (not "... Avocats").
                extend = (exact and len(parts) == 1 and not _opens_unit(words, end)
                          and not _site_of(words, start, end))
                stop = end + 2 if extend else end
                if stop > end and not _JOINERS.intersection(words[end:stop + 1]):
                    stop += 1
                if end < stop < len(words) and fold(words[stop]) == "office":
                    stop += 1  # "... Partners Field Office": `clean` drops one of its offices
                # "L'équipe RH d'Assura Santé": the article is the sentence's ("L'Oréal" and
                # "D'Ieteren" write theirs capitalized).
                name = clean(_possessed(_ELISION.sub("", " ".join(words[left:stop])), wanted))
                if not name and left < start:  # "Leitung Pflege-WG Lindenhof": a title
                    name = clean(_ELISION.sub("", " ".join(words[start:stop])))
                if name:
                    found[name] += 2 if exact else 1  # all its parts, surer
                    break  # one spelling per occurrence: its variants would support each other


def _possessed(name: str, wanted: str) -> str:
    """`name` without the possessive the sentence gave it ("Portishead Family Dentistry's
    post" for "portisheadfamilydentistry"); a label with the s keeps it ("sainsburys")."""
    return name if wanted.endswith("s") else POSSESSIVE_S.sub("", name)


def _skips_a_word(pieces: Sequence[str], words: Sequence[str]) -> bool:
    """Whether an address's parts are the words of a name but one or two between them, first
    and last included: "st-vinzenz-mainz" for "St. Vinzenz Kliniken Mainz", "kessler-search"
    for "Kessler Life Science Search" (words squashed)."""
    if len(pieces) < 2 or not len(pieces) < len(words) <= len(pieces) + 2:
        return False
    if words[0] != pieces[0] or words[-1] != pieces[-1]:
        return False
    rest = iter(words[1:-1])
    return all(piece in rest for piece in pieces[1:-1])


def _defined_before(words: Sequence[str], index: int) -> str | None:
    """The name right before an acronym whose initials it is ("Paul Scherrer Institut PSI",
    "Institut für Windenergiesysteme IWE"), else None."""
    start = acronym_start(words[:index], words[index])
    return None if start is None else clean(" ".join(words[start:index]))


def _site_of(words: Sequence[str], start: int, end: int) -> bool:
    """Whether an acronym is followed by the city of one of its sites: "au centre ONERA de
    Toulouse" is ONERA's Toulouse centre, while "Caja Rural de Navarra" is a whole name."""
    word = words[start]
    return (end == start + 1 and len(word) >= 2 and word.isupper() and end + 1 < len(words)
            and words[end] in _SITE_JOINERS and is_city(words[end + 1]))


_SITE_JOINERS = frozenset({"de", "of", "in", "à", "en"})


def _opens_unit(words: Sequence[str], index: int) -> bool:
    """Whether `words[index]` starts a unit of the organisation before it: "Metro County
    Department of Human Resources", "Acme Talent Team", "Acme Customer Service" (not "Acme
    Robotics")."""
    if index >= len(words):
        return False
    folded = fold(words[index])
    if folded in _BUILDINGS or is_function(" ".join(words[index:index + 2])):
        # "Where: Lannfield House, Lapps Quay": its building; "the Saltmarsh Bank Customer
        # Service Assessment Centre": its function
        return True
    word = folded.rstrip(".")
    if word in _UNIT_SCOPES and index + 1 < len(words):  # "HSE National Recruitment Service"
        word = fold(words[index + 1])
    return word in _UNIT_HEADS or TEAM_WORD.fullmatch(word) is not None


_UNIT_HEADS = frozenset({"department", "dept", "division", "directorate", "bureau"})
_BUILDINGS = frozenset({"house", "building", "tower", "campus", "haus", "gebaude", "edificio",
                        "batiment"})
_UNIT_SCOPES = frozenset({"national", "central", "corporate"})
# The small word between a head noun and the name after it ("University of X", "Banco de X").
OF_WORDS = frozenset({"of", "de", "du", "des", "del", "für", "fur", "di"})
_JOINERS = frozenset({"and", "&", "und", "et", "y"})  # between two names, often
# Words a mail domain leaves out of a name: "of", "for" and their kin, articles and "and".
_DOMAIN_SKIPS = OF_WORDS | {"la", "las", "los", "el", "the", "y", "et", "und", "da", "do", "der",
                       "for", "pour", "para"}
_AND = re.compile(r"(?<=[a-z]{3})(?:and|et|und|y|e)(?=[a-z]{2})")
_AND_TAIL = re.compile(r"(?<=[a-z]{3})(?:(?:and|et|und)(co|cie|fils|sons|partners|daughters|"
                       r"friends)|(e|y)(hijos|hijas|hermanos|filhos))$")
# Two words joined by "and" ("loomandlather" for "Loom & Lather"), unless the "and" ends a
# word of its own: island, highland, grand, versand, hand, band, stand ("pelicandata" has
# too short a rest to tell).
_AND_PAIR = re.compile(r"^([a-z]{2,}(?<![lrshb])(?<!st))and([a-z]{4,})$")


# What a company adds to its name to find a free domain: "tallyhq", "cafeteraapp",
# "getacme", "tryacme". Plural "apps" is a maker of apps ("cometaapps" is Cometa Apps).
_DECORATION = re.compile(r"^(?:get|try|use|join|hello|meet)(?=[a-z]{4})|(?<=[a-z]{4})(?:hq|app)$")


def spell_domain(label: str, *places: Runs) -> tuple[str, bool]:
    """`spell` for a mail domain's label, which may carry a decoration ("tallyhq") or a
    sector word ("verbenahoteles"): the label as the text spells it, else the bare name as
    the text spells it, else the name the text writes plus the sector word ("Verbena
    Hoteles"), else the bare name in Title Case ("Tally")."""
    name, spelled = spell(label, *places)
    if spelled:
        return name, spelled
    bare = _DECORATION.sub("", label)
    if bare != label:
        name, spelled = spell(bare, *places)
        if spelled:
            return name, spelled
    abbreviated = _abbreviated(label, places) or _abbreviated_in_lines(label, places)
    if abbreviated:
        return abbreviated, True
    if len(label) >= 4 and label.isalpha() and not is_common_word(label) and any(
            _lower_brand(label).search(runs.text) for runs in places):
        return label, True  # "wirkhaus GmbH", "Gründer von flinkbau": a brand in lower case
    return _with_sector(bare, places) or (name, False)


@functools.lru_cache(maxsize=1024)
def _lower_brand(label: str) -> re.Pattern[str]:
    """The label as a word of the text, in lower case: not inside an address or a link."""
    return re.compile(rf"(?<![\w.@/-]){re.escape(label)}(?![\w@/-]|\.\w)")


def _abbreviated(label: str, places: tuple[Runs, ...]) -> str | None:
    """The name in the text that the label abbreviates word by word (`abbreviates`), the
    way an employer shortens a long name for its domain: "hs-hafenstadt" is "Hochschule
    Hafenstadt", "suedbahn-ih" "Südbahn Instandhaltung", "tinorte" "Transportes Ibéricos
    Norte". A sector or city part the name does not write may be left over ("hpr-sante" is
    "Hôpitaux Privés du Rhône")."""
    parts = [p for p in re.split(r"[-_.]", label.lower()) if p]
    if not parts or len(label) < 3:
        return None
    tries = [parts]
    if len(parts) == 2:
        tries.append(parts[::-1])  # "helianthe-labs" is "Laboratoires Hélianthe"
    if len(parts) > 1 and (parts[-1] in SECTOR_WORDS or is_place(parts[-1])):
        tries.append(parts[:-1])
    firsts = {t[0][0] for t in tries}
    for runs in places:
        found = [name for run in runs.runs() if (name := _abbreviated_in(run, tries, firsts))]
        if found:
            # The fullest spelling: the sender's name may cut "Dept. of Veterans Services"
            # short, the signature write "Department of Veterans Services".
            scores = supported({name: (1.0, name) for name in found})
            return max(scores, key=lambda n: (scores[n], len(n)))
    return None


def _abbreviated_in(run: _Run, tries: list[list[str]], firsts: set[str]) -> str | None:
    """The first name in `run` that one of the label's `tries` abbreviates, else None."""
    words = run.squashed
    for start in range(len(words) - 1):
        if not any(w and w[0] in firsts for w in words[start]):
            continue
        if start and UNIT.fullmatch(fold(" ".join(run.words[start - 1:start + 1]))):
            continue  # "Talento Humano Hospital Santa Lucía": the unit's last word opens none
        for end in range(min(len(words), start + 6), start + 1, -1):
            if any(abbreviates(t, words[start:end]) for t in tries):
                name = clean(" ".join(run.words[_head_start(run.words, start):end]))
                if name:
                    return name
    return None


# A word of a name as a line writes it, without the punctuation around it; and what ends a
# stretch of a line that a name fills to its end.
_LINE_WORD = re.compile(r"[^\W_][\w'’&-]*")
_STRETCH_END = re.compile(r"[.,;:!?()|–—\n]")


def _abbreviated_in_lines(label: str, places: tuple[Runs, ...]) -> str | None:
    """`_abbreviated` for a name whose inner and last words are in lower case, which no run
    of capitals holds: "liguedn" is "Ligue des droits numériques", "cssdestroislacs" the
    "Centre de services scolaire des Trois-Lacs". The name opens with a capital and fills
    its stretch of the line to the end, but for a legal form ("... numériques asbl"): "at
    Northgate Visitor Centre, subject to references" names no "Centre subject"."""
    parts = [p for p in re.split(r"[-_.]", label.lower()) if p]
    if len(label) < 5 or not parts:
        return None
    for runs in places:
        if label[0] not in fold(runs.text):
            continue
        for stretch in _STRETCH_END.split(runs.text):
            words = _LINE_WORD.findall(stretch)
            while len(words) > 1 and LEGAL_SUFFIX.fullmatch(" " + words[-1]):
                words.pop()
            if len(words) < 3 or (words[-1][0].isupper() and words[-2][0].isupper()):
                continue  # no lower case at its end: a run of capitals `_abbreviated` read
            squashed = [squash_word(w) for w in words]
            for start in range(max(0, len(words) - 7), len(words) - 2):
                if (words[start][0].isupper() and squashed[start][0][:1] == label[0]
                        and abbreviates(parts, squashed[start:])):
                    return clean(" ".join(words[start:]))
    return None


def label_abbreviates(label: str, name: str) -> bool:
    """Whether an address label abbreviates all of `name` (see `_abbreviated`): "hortebro"
    is "Cooperativa Hortícola del Ebro"."""
    return _abbreviated(label, (Runs(name),)) == name


def abbreviates(parts: list[str], words: Sequence[tuple[str, str]]) -> bool:
    """Whether the label parts, in order, abbreviate all of `words` (each squashed plain and
    German): each word gives a prefix of itself, or ends a part with a few of its letters
    in order ("hs" for "Hochschule", "labs" for "Laboratoires"); a part never spans two
    words' middles. Joiners, and one other word inside the name, may be left out. The
    first and last words give letters, and one word gives three or more, unless the label
    is three initials or more."""
    label = "".join(parts)
    ends: list[int] = []
    for part in parts:
        ends.append((ends[-1] if ends else 0) + len(part))
    count = len(words)

    @functools.cache
    def fit(at: int, index: int, skipped: bool, used: int, strong: bool) -> bool:
        # `used`: words that gave letters, up to three; `strong`: one gave three or more,
        # else each gave one (initials).
        if index == count:
            return at == len(label) and (strong or used >= 3)
        if at == len(label):
            return False  # the last word gives letters
        plain, german = words[index]
        inner = 0 < index < count - 1
        if inner and (plain in _DOMAIN_SKIPS or not skipped) and fit(
                at, index + 1, skipped or plain not in _DOMAIN_SKIPS, used, strong):
            return True
        limit = next(end for end in ends if end > at)
        for word in {plain, german}:
            if not word or word[0] != label[at]:
                continue
            size = 0
            while (size < len(word) and at + size < limit
                   and word[size] == label[at + size]):
                size += 1
            for taken in range(size, 0, -1):
                if (strong or taken == 1 or taken >= 3) and fit(
                        at + taken, index + 1, skipped, min(used + 1, 3), strong or taken >= 3):
                    return True
            piece = label[at:limit]
            if size < len(piece) <= 5 and _in_order(piece, word) and fit(
                    limit, index + 1, skipped, min(used + 1, 3), strong):
                return True
        return False

    return fit(0, 0, False, 0, False)


def _in_order(piece: str, word: str) -> bool:
    """Whether the letters of `piece` occur in `word` in order."""
    letters = iter(word)
    return all(letter in letters for letter in piece)




def _with_sector(label: str, places: tuple[Runs, ...]) -> tuple[str, bool] | None:
    """A label that is a name the text writes plus a sector word, either way round: a
    better guess than the label in Title Case, but no more than a guess (not "spelled")."""
    for runs in places:
        for run in runs.runs():
            for word, (plain, _) in zip(run.words, run.squashed, strict=True):
                if len(plain) < 4 or plain == label:
                    continue
                if label.startswith(plain) and label[len(plain):] in SECTOR_WORDS:
                    return f"{word} {label[len(plain):].title()}", False
                if label.endswith(plain) and label[: -len(plain)] in SECTOR_WORDS:
                    return f"{label[: -len(plain)].title()} {word}", False
    return None


def cut_short(label: str, name: str) -> bool:
    """Whether an address label is `name` cut short word by word, the way a hospital or a
    firm picks a domain: "ibertel" for "Ibérica de Telecomunicaciones", "hsanrafael" for
    "Hospital San Rafael de Madrid", "uwb" for "University of West Bristol". Joiners may be
    left out, and words after the second; initials alone need three words."""
    words = [word for word in (squash_word(word)[0] for word in name.split()) if word]
    if len(label) < 3 or not label.isalnum() or len(words) < 2:
        return False

    # Each state (where in the label, at which word, words used so far up to the three that
    # matter, initials only) is tried once: a name of many alike words ("Aaaa Aaaa ...")
    # would otherwise cost exponential time.
    @functools.cache
    def cut(start: int, at: int, used: int, initials: bool) -> bool:
        if start == len(label):
            return used >= (3 if initials else 2)
        if at == len(words):
            return False
        word = words[at]
        if word in _DOMAIN_SKIPS and cut(start, at + 1, used, initials):
            return True
        return any(
            label.startswith(word[:size], start)
            and cut(start + size, at + 1, min(used + 1, 3), initials and size == 1)
            for size in range(min(len(word), len(label) - start), 0, -1))

    return cut(0, 0, 0, True)


def _abbreviates(parts: Sequence[str], words: list[str]) -> bool:
    """Each label part starts its own word, in any order: "meridienne-assur" is
    "Assurances Méridienne", "cedar-pine" is "Pine Cedar"."""
    left = list(words)
    for part in sorted(parts, key=len, reverse=True):
        match = next((w for w in left if w.startswith(part)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _head_start(words: Sequence[str], start: int) -> int:
    """Where a name whose distinctive word is `words[start]` begins: a generic head noun
    before it belongs to it ("Groupe Lumenor", "Laboratorios Olmeda", "Domaine Castelnau"),
    a greeting or a team word ("Dear", "Recrutement") does not."""
    if words[start][:2].lower() in ("d'", "d’"):  # "Banque d'Armorique": an elided "de"
        return start - 1 if start >= 1 and _heads(words, start - 1) else start
    left = start
    while left > 0 and start - left < 2:
        word = words[left - 1]
        folded = fold(word)
        if folded == "&" and left >= 2 and _head_word(words[left - 2]) and left == start:
            return left - 2  # "Tischlerei & Holzbau Gruber": two trades, one firm
        if folded in OF_WORDS:  # ("del" is three letters, and no head noun)
            return left - 2 if left >= 2 and _heads(words, left - 2) else left
        if len(word) < 3 or not _head_word(word) or (
                left >= 2 and UNIT.fullmatch(f"{fold(words[left - 2])} {folded}")):
            break  # "Recursos Humanos Grupo Alba": the unit of two words is no head noun
        left -= 1
    return left


def _heads(words: Sequence[str], index: int) -> bool:
    """Whether `words[index]`, before a "de" or "of", is the head noun of the name after it
    ("University of Lirbay", "Ayuntamiento de Valdeluz"): not a unit's word ("Departamento
    Digital de Grupo Alba"), and not the last of a name of its own ("Customer Success de
    Bizkaiasoft", "Direction Finances d'Hydrovolt"): a head noun starts the name."""
    # (Nor a team's function: "Producto de Salutia" is the product team of Salutia.)
    if not _head_word(words[index]) or fold(words[index]) in FUNCTION_WORDS:
        return False
    if index == 0:
        return True
    before = fold(words[index - 1])
    return not (TEAM_WORD.fullmatch(before) or UNIT.fullmatch(before)
                or UNIT.fullmatch(f"{before} {fold(words[index])}")
                or _name_word(words[index - 1]))


# A site of the organisation before its name: "Ort: Betriebshof Rheinufer Verkehr", "Sede
# Grupo Alba", "Entrepôt Logidis", "Lugar: Cocheras de Autobuses Gasteiz", "les locaux de X".
_SITES = frozenset({"betriebshof", "standort", "filiale", "niederlassung", "lager", "depot",
                    "zentrale", "sede", "planta", "almacen", "usine", "entrepot", "warehouse",
                    "cocheras", "cochera", "instalaciones", "locaux", "siege", "hangar"})


def _name_word(word: str) -> bool:
    """Whether `word` may be a word of a name (a head noun, or a name's last word)."""
    folded = fold(word)
    return len(word) >= 3 and folded not in NOT_NAMES and not TEAM_WORD.fullmatch(folded) and (
        not MEETING_COMPOUND.fullmatch(folded))


def _head_word(word: str) -> bool:
    return _name_word(word) and fold(word) not in _SITES
