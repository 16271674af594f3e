"""The form of an employer's chosen name that a person would write: the longest one the mail
writes ("Orbitline Satellites" for "Orbitline"), spelled out where the chosen name abbreviates
("OCS" is "Office for Civic Statistics", "Vk Nordhessen" "Versicherungskammer Nordhessen"),
with a leading "The" when the mail writes it as part of the name ("The Grange Hotel").

Imports `detect.lexicon` (stop words), `detect.names` (name words, team words),
`detect.places` (a branch's city) and `detect.phrases` (folding); pure. `detect.company`
calls `written_form` on the name its cues chose.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from collections.abc import Iterator

from assistant.detect.lexicon import STOP_WORDS
from assistant.detect.names import (
    NAME,
    NOT_NAMES,
    PURPOSE_HEADS,
    TEAM,
    UNIT,
    W,
    clean,
    is_edition_year,
    is_legal_word,
)
from assistant.detect.phrases import fold
from assistant.detect.places import is_city
from assistant.detect.spelling import squash_word

logger = logging.getLogger(__name__)


def written_form(name: str, text: str, around: str = "") -> str:
    """`name` as `text` writes it in full (see the module docstring).

    Args:
        around: more of the mail where an abbreviation may be spelled out (the sender's
            name, a signature in the quoted chain), not a place for a longer form.
    """
    expanded = _expanded(name, f"{text}\n{around}")
    if expanded == name and name.isupper() and name.isalpha() and len(name) >= 3:
        expanded = _defined(name, f"{text}\n{around}") or name
    return _with_nhs_trust(_with_kin(_with_article(_with_head(
        expanded if expanded != name else _fuller(name, text), text), text), text), text)


# An English hospital trust's form, which its name carries: "Severn Vale University Hospitals
# NHS Foundation Trust" (an acronym, "SVUH", spells only the words before it).
_NHS_TRUST = re.compile(r"[ \t]+NHS(?:[ \t]+Foundation)?[ \t]+Trust\b")


def _with_nhs_trust(name: str, text: str) -> str:
    """`name` with the "NHS (Foundation) Trust" the text writes after it."""
    if "NHS" not in text or "NHS" in name:
        return name
    return _with_tail(name, text, _NHS_TRUST)


# A French institution's head word and the lower-case words that say what kind it is, before
# its proper name: "la Clinique médicale Saint-Roch", "Coopérative de santé Limoilou". A name
# reads as a run of capitals, so a cue finds only the "Saint-Roch" after them.
_HEADS = (r"(?:Clinique|Centre|Groupe|Hôpital|Institut|Fondation|Coopérative|Caisse|Banque|"
          r"Société|Cabinet|Maison|Université|École|Agence|Office|Ministère|Régie|Mutuelle)")


_KIND_WORDS = r"(?:[ \t]+(?:de|du|des|d'|de la)?[ \t]*[a-zéèêàç]\w*){1,2}"


def _with_head(name: str, text: str) -> str:
    """`name` with the institution's head before it (`_HEADS`), when the text writes one;
    a name with its head and no kind ("Clinique Saint-Roch") with the kind the text writes
    after the head ("la Clinique médicale Saint-Roch")."""
    headed = re.match(rf"{_HEADS}[ \t]+", name) if " " in name else None
    if headed:
        rest = name[headed.end():]
        if rest not in text:
            return name
        found = re.search(rf"\b{re.escape(headed.group().rstrip())}{_KIND_WORDS}[ \t]+"
                          rf"{re.escape(rest)}\b", text)
        return found.group() if found else name
    if name not in text:
        return name  # most names: no need to build a pattern of them
    found = re.search(rf"\b{_HEADS}{_KIND_WORDS}[ \t]+{re.escape(name)}\b", text)
    return found.group() if found else name


# A family firm's kin after its name: "Conservas Ibarra e Hijos", "Carrel & Fils", "Brandt &
# Söhne", "Estrada & Filhos", "Hermanos" and "Cía." ("& Co" of a partnership too).
_KIN = re.compile(r"[ \t]+(?:e|y|&|et|und|and)[ \t]+(?:Hijos|Hijas|Hermanos|Hnos\.?|Filhos|"
                  r"Irmãos|Fils|Frères|Söhne|Sohn|Sons|Brothers|Bros\.?|Cía\.?|Cia\.?|Cie\.?)"
                  r"(?![\w])")


def _with_kin(name: str, text: str) -> str:
    """`name` with the kin words the text writes after it (`_KIN`)."""
    return _with_tail(name, text, _KIN)


def _with_tail(name: str, text: str, tail: re.Pattern[str]) -> str:
    """`name` with what `tail` matches right after it, where the text first writes it so."""
    position = text.find(name)
    while position >= 0:
        found = tail.match(text, position + len(name))
        if found:
            return name + found.group()
        position = text.find(name, position + 1)
    return name


# Lower-case words inside a name that its initials skip: "Office for Civic Statistics" is
# "OCS", "Landesamt für Verkehr und Straßenbau" is "LVS".
# ("Organisation pour la Coopération ..." is "OCD...", "Fundación para el Desarrollo" "FD".)
_CONNECTOR = (r"(?:of|the|for|für|und|and|&|de|des|du|del|la|le|el|los|las|y|et|der|die|van|"
              r"von|do|da|pour|para|au|aux|en|d['’])")
_INITIAL = {letter: f"[{letter}{accents}]" for letter, accents in (
    ("A", "ÀÂÄÁ"), ("C", "Ç"), ("E", "ÉÈÊË"), ("I", "ÎÏÍ"), ("O", "ÔÖÓ"), ("U", "ÙÛÜÚ"))}


# German public bodies write the small word of their name small in its initials: "LfB"
# (Landesamt für Beschaffung), "BfArM".
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")


def _abbreviation(token: str, anchored: bool) -> str | None:
    """A pattern for the words `token` may abbreviate, or None when it is no abbreviation.

    An acronym spells the capitals of two or more words ("HUSN", "Sger"); a short token beside
    a written word may stand for one long compound by its parts ("Sw" for "Stadtwerke").
    """
    mixed = _MIXED_ACRONYM.fullmatch(token) is not None
    if not (token.isalpha() and 2 <= len(token) <= 5
            and (token.isupper() or anchored or len(token) >= 4 or mixed)):
        return None
    # Words after the first may be lower-case ("Centre de services scolaire" is "CSS"); the
    # last is a name's own capital, unless four initials make a chance match unlikely
    # ("Ministère des Finances et de l'Économie numérique" is "MFEN").
    upper = token.upper()
    capital_end = len(upper) - 1 if len(upper) < 4 else -1
    # A word may be a saint's "St." or a possessive: "St. Brendan's University" is "SBU".
    capitals = [
        (_INITIAL.get(c, c) if i in (0, capital_end) else f"(?i:{_INITIAL.get(c, c)})")
        + r"\w*(?:(?<=\bSt)\.|['’]s\b)?" for i, c in enumerate(upper)]
    if mixed:  # "LfB" is "Landesamt für Beschaffung": its small letter, a small word
        capitals = [f"{c}\\w*" if c.islower() else capitals[i] for i, c in enumerate(token)]
    # "Crédit Mutualiste de l'Ouest" is "CMO": an elided article is no initial.
    # "Landesbetrieb Straßen, Brücken und Gewässer" is "LSBG": a list of words may have commas.
    # "Friedrich-List-Gymnasium" is "FLG": a hyphen joins the words of one name, and
    # "Val-de-Saône" is "VS".
    # German suspends a compound's shared end with a hyphen: "Industrie- und Handelskammer"
    # is "IHK".
    joiner = (rf"(?:,?[ \t]+(?:{_CONNECTOR}[ \t]+)*(?:[dl]['’])?|-(?:{_CONNECTOR}-)*"
              rf"|-[ \t]+(?:und|and|et|y)[ \t]+)")
    acronym = joiner.join(capitals)
    if token.isupper() and len(token) >= 3:
        # German spells a compound's parts in its acronym: "HHL" is "Hanseatische
        # Hafenlogistik", "GSF" "Grazer Schienenfahrzeuge", "UKH" "Universitätsklinikum
        # Heidelbrunn" (a long word, its second initial inside it).
        for index in range(len(upper) - 1):
            first, last = upper[index], upper[index + 1]
            compound = (rf"{_INITIAL.get(first, first)}(?=\w{{9}})\w*?"
                        rf"(?i:{_INITIAL.get(last, last)})\w*")
            acronym += "|" + joiner.join([*capitals[:index], compound, *capitals[index + 2:]])
    if not anchored or len(token) > 3:
        return acronym
    inner = "".join(rf"\w*?(?i:{c})" for c in token[1:].lower())
    return rf"{acronym}|(?=\w{{8}}){_INITIAL.get(token[0].upper(), token[0].upper())}{inner}\w*"


# An address spells German letters out ("flg-muenchen" for "München").
_SPELLED = {"ae": "(?:ae|ä)", "oe": "(?:oe|ö)", "ue": "(?:ue|ü)", "Ae": "(?:Ae|Ä)",
            "Oe": "(?:Oe|Ö)", "Ue": "(?:Ue|Ü)"}
_UMLAUTS = re.compile("|".join(_SPELLED))


@functools.lru_cache(maxsize=4096)  # one employer's mail chooses the same name
def _abbreviations(name: str) -> re.Pattern[str] | None:
    """The pattern of every spelling of `name` with its abbreviations written out, or None
    when no word of it abbreviates."""
    tokens = name.split()
    anchored = len(tokens) > 1
    parts, short = [], False
    for token in tokens:
        pattern = _abbreviation(token, anchored)
        short = short or pattern is not None
        written = _UMLAUTS.sub(lambda m: _SPELLED[m.group()], re.escape(token))
        parts.append(f"(?:{written}|{pattern})" if pattern else written)
    if not short:
        return None
    # "Chu Montpellier" is "Centre Hospitalier Universitaire de Montpellier": a connector
    # may join the spelled-out words to the next. (The left word edge is `_expanded`'s to
    # check: a pattern that opens with a look-behind reads the mail four times slower.)
    return re.compile(rf"[ \t]+(?:{_CONNECTOR}[ \t]+)?".join(parts) + r"(?!\w)")


def _expanded(name: str, text: str) -> str:
    """The name the mail writes where `name` abbreviates it: people write the full name
    once (a letterhead, a signature) and the acronym everywhere else."""
    pattern = _abbreviations(name)
    if pattern is None:
        return name
    position = 0
    while found := pattern.search(text, position):
        start = found.start()
        if start and _WORD_BEFORE.match(text, start - 1):
            position = start + 1  # inside a word: the match must start one
            continue
        written = found.group()
        # (the acronym itself, as the text writes it, is no news; nor is a street's name:
        # "Linzer Elektromotorenwerk, Wiener Straße 131" spells "LEW" one word too far)
        if len(written) > len(name) and not _STREET_AFTER.match(text, found.end()):
            return written
        position = found.end()
    if " " not in name and len(name) >= 4 and name.isupper():
        # "NIAFL" is "NI Agri-Food Laboratories": an acronym of the name's own first word,
        # which the name writes as it is, then the initials of the rest.
        for lead in sorted(set(_CAPS_WORD.findall(text)), key=len, reverse=True):
            if len(lead) < len(name) - 1 and name.startswith(lead):
                spelled = _expanded(f"{lead} {name[len(lead):]}", text)
                if " " in spelled and spelled != f"{lead} {name[len(lead):]}":
                    return spelled
    return name


_CAPS_WORD = re.compile(r"\b[A-Z]{2,3}\b")
_STREET_AFTER = re.compile(r"[ \t]*-?(?i:straße|strasse|str\.|gasse|allee|platz|street|road|"
                           r"avenue|lane)\b")


def _defined(acronym: str, text: str) -> str | None:
    """The name an acronym stands for where the mail defines it, in brackets after the name
    or after a dash behind the acronym, by syllables as much as by initials: "Distribuciones
    Farmacéuticas del Mediterráneo, S.A. (DIFARMED)", "IMODE – Intercommunale Mosane de
    Développement scrl"."""
    letters = acronym.lower()
    for found in re.finditer(rf"([^\n()]{{6,120}}?)[ \t]*\([ \t]*{acronym}[ \t]*\)", text):
        words = _bare(found.group(1))
        for start in range(max(0, len(words) - 8), len(words) - 1):
            if words[start][:1].isupper() and _spells(letters, words[start:]):
                return clean(" ".join(words[start:]))
    for found in re.finditer(rf"(?<![\w-]){acronym}[ \t]+[–—-][ \t]+([^\n()]{{6,120}})", text):
        words = _bare(found.group(1))
        for end in range(min(len(words), 8), 1, -1):
            if words[0][:1].isupper() and _spells(letters, words[:end]):
                return clean(" ".join(words[:end]))
    return None


def _bare(text: str) -> list[str]:
    """The words of a name, without the legal form after it."""
    words = [w.strip(",") for w in text.split()]
    while words and (is_legal_word(words[-1]) or not words[-1]):
        words.pop()
    return words


def _spells(letters: str, words: list[str]) -> bool:
    return _by_syllables(letters, [squash_word(w)[0] for w in words])


def _by_syllables(letters: str, words: list[str]) -> bool:
    """Whether each word in turn gives the start of itself to `letters`, all of them, a
    connector ("del") may give none, and the first and last words give some."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if not letters or not word:
        return False
    if len(words) > 1 and _CONNECTOR_WORD.fullmatch(word) and _by_syllables(letters, rest):
        return True
    size = 0
    while size < min(len(word), len(letters)) and word[size] == letters[size]:
        size += 1
    return any(_by_syllables(letters[taken:], rest) for taken in range(size, 0, -1))


_CONNECTOR_WORD = re.compile(_CONNECTOR)


def spelled_acronym(label: str, text: str) -> str | None:
    """The name an address label abbreviates, as `text` writes it: "uwc" is "University of
    the West Coast" when the mail says so, and so is a hyphenated label's part ("uab-relint"
    writes from the "Universidad Autónoma de Barcelona"'s international office); None when
    no acronym of the label is one the text spells out."""
    for part in label.split("-"):
        if part.isalpha() and 2 <= len(part) <= 5:
            acronym = part.upper()
            written = _expanded(acronym, text)
            if written != acronym:
                return written
    return None


_STOPS = frozenset(w for words in STOP_WORDS.values() for w in words)


def _fuller(name: str, text: str) -> str:
    """The longest form of a short `name` that `text` writes: "Orbitline" is "Orbitline
    Satellites" when the mail says so once. People shorten a name after writing it in full;
    the full form is what a person writes in a list of applications.

    Up to three capitalized words that follow the name on its line extend it ("Kessler &
    Partner Supply Chain Consulting"), not a shouted word ("LOVED"), a stop word ("Sie") or
    a word that is never a name ("Team").
    """
    if len([w for w in name.split() if w != "&"]) > 2 or name not in text:
        return name
    forms: dict[str, int] = defaultdict(int)
    for found in _followed(name, text):
        if is_legal_word(found.group(1).split()[0]):
            # "Umhlaba Bank Limited" in the disclaimer: the registered name ends there, and
            # the signature's "Umhlaba Bank Corporate & Investment Banking" is a division.
            return name
        extra = []
        words = found.group(1).split()
        for index, word in enumerate(words):
            folded = fold(word)
            if ((word.isupper() and len(word) > 1) or folded in NOT_NAMES or folded in _STOPS
                    or UNIT.fullmatch(folded) or is_city(word)
                    or UNIT.fullmatch(fold(" ".join(words[index:index + 2])))
                    or is_edition_year(word)):
                # "Halvorsen Energy Recruitment Centre": the unit that writes, after it, of
                # one word or two ("Albion Mutual Early Careers"); "Harbourview Hotels
                # Dublin": the branch, when the mail chose the short name; "Sommerklang
                # Festival 2026": the year's edition
                break
            extra.append(word)
        joined = " ".join([name, *extra])
        fuller = clean(joined) if extra else None
        if fuller and not fuller.startswith(name) and joined.endswith(fuller):
            # The name's own head is no team's word: "Talento Sanitario Global" stays whole
            # ("Talento" heads a team's name in `clean`).
            fuller = joined
        if fuller and fuller != name:
            forms[fuller] += 1
    if name.partition(" ")[0] in PURPOSE_HEADS:
        # "Fondation Léman pour le Développement", "Institute Halden for Energy Research":
        # an institution's purpose, after its own name.
        for found in _followed(name, text, _PURPOSE_AFTER):
            fuller = clean(name + found.group())
            if fuller and fuller != name:
                forms[fuller] += 1
    return max(forms, key=lambda f: (forms[f], len(f))) if forms else name


_WORDS_AFTER = re.compile(rf"((?:[ \t]+{W}){{1,3}})")
_PURPOSE_AFTER = re.compile(
    rf"[ \t]+(?:pour|for|para)(?:[ \t]+(?:la|le|les|the|el|los|las))?[ \t]+(?:[dl]['’])?{NAME}")
_WORD_BEFORE = re.compile(r"\w")


def _followed(
    name: str, text: str, after: re.Pattern[str] = _WORDS_AFTER
) -> Iterator[re.Match[str]]:
    """What `after` matches (the one or two capitalized words) after each place `text`
    writes `name` as a whole word: found with `str.find` and one compiled pattern, not a
    pattern per name (names are as many as the mail's senders, compiling one costs more
    than reading the mail)."""
    position = text.find(name)
    while position >= 0:
        found = None
        if not (position and _WORD_BEFORE.match(text, position - 1)):
            found = after.match(text, position + len(name))
            if found:
                yield found
        position = text.find(name, found.end() if found else position + 1)


_TEAM_AFTER = re.compile(rf"[ \t]+(?i:{TEAM}|team|crew|squad|gang|folks)\b")


# A name that says what it is of: "University of Strathmore", "Office of Public Finance".
_OF_PLACE = re.compile(r"[A-Z]\w*(?: [A-Z]\w*)? of ")


def _with_article(name: str, text: str) -> str:
    """"The Grange Hotel" when the mail writes the article as part of the name: capitalized
    after a signature's separator or at the start of a line, not "the Acme team". A name
    that says what it is of ("University of Strathmore", "Bank of Ireland") takes the article
    as grammar, not as its own: people write "the University of ..." in a sentence."""
    if f"The {name}" not in text or _OF_PLACE.match(name):
        return name  # most mail: no need to scan it with the pattern below
    for found in re.finditer(rf"(?:^|[,|–·:]|\s[-–]|\bat)[ \t]*The {re.escape(name)}\b",
                             text, re.MULTILINE):
        if not _TEAM_AFTER.match(text, found.end()):
            return f"The {name}"
    return name
