"""Which employer a job mail is from, by the weighted agreement of every cue in it.

Imports `records`, `detect.agency`, `detect.ats`, `detect.company_cues` (the cues),
`detect.names` (the shape of a name), `detect.spelling` (how a message spells one),
`detect.places` (a branch's city), `detect.phrases` (folding), `detect.signature`
(agency-client cues) and `detect.fullname` (the form of the chosen name the mail writes);
pure. Cues that agree add up, and a short form supports the full name that contains it
("Lumière Conseil" for lumiere-conseil.fr and "Lumière"). Never the employer: the user's
own name, the platform that relays the mail (an ATS, a job board), a piece of the role's
title; for a recruitment agency's mail, the agency itself when the mail names its client.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from assistant.detect.agency import agency_label
from assistant.detect.ats import ATS_DOMAINS, ats_of, domain_of
from assistant.detect.company_cues import (
    DISPLAY_PARTS,
    applied_through,
    candidates,
    first_name_signs,
    labels_of,
    relayed_to,
    sent_through,
    signs_as_person,
)
from assistant.detect.fullname import written_form
from assistant.detect.names import (
    NON_ALNUM,
    ORGANISATION_HEADS,
    PURPOSE_HEADS,
    clean,
    company_key,
    is_common_word,
    is_edition_year,
    is_function,
    is_person_name,
    is_title_line,
    squash,
    squash_both,
    without_legal_form,
)
from assistant.detect.phrases import fold
from assistant.detect.places import is_branch_place, is_place
from assistant.detect.signature import PERSON_OF, client_cues
from assistant.detect.spelling import (
    OF_WORDS,
    Runs,
    label_abbreviates,
    spell_domain,
    supported,
)
from assistant.records import Email

logger = logging.getLogger(__name__)

# An agency's own name in a signature ("Fachwerk Personalberatung"), folded.
_AGENCY_NAME = re.compile(
    r"\b(?:talent partners|staffing|executive search|personalberatung|personalvermittlung|"
    r"recrutement|recruitment|seleccion)\b"
)
# Applicant-tracking systems and job boards relay mail for employers; they are never one.
_PLATFORMS = frozenset(NON_ALNUM.sub("", name) for name in ATS_DOMAINS.values())


# What an agency's domain adds to the name it signs with ("optima-staffing" signs "Optima",
# "talentys-interim" "Talentys") or puts before it ("lemarchal-partners": "Marchal & Partners").
_LABEL_TRADE = re.compile(r"(?<=[a-z]{4})(?:staffing|interim|people|recruitment|recruiting|"
                          r"recruit|rrhh|rh|hr|talent|search|conseil|consulting|selection|"
                          r"seleccion|personal|placement)$")
_LABEL_ARTICLE = re.compile(r"^(?:le|la|les|the|el|los|die|der)(?=[a-z]{4})")
# ... or a trade word before it: "talentsnordik" is "Nordik & Cie".
_LABEL_TRADE_HEAD = re.compile(r"^(?:talents?|recruit|recrut|staffing|search)(?=[a-z]{4})")


def _agency_name(email: Email, label: str, domain: str | None) -> str | None:
    """The agency's own name as the mail writes it ("Tandem Talent" for tandemtalent,
    "IngenieurWerk Süd" for ingenieurwerksued): an agency that names no client is the
    employer the candidate deals with. `label` is squashed; `domain`, the sender's domain
    label as registered (`labels_of`), keeps the hyphens that part its words."""
    text = "\n".join((email.subject, email.sender.name if email.sender else "",
                      email.new_text or email.text))
    runs = Runs(text)  # read once: the exact spelling, then an abbreviating one
    team = bool(_OWN_TEAM.search(fold(email.new_text or email.text)))
    bare = _LABEL_TRADE_HEAD.sub("", _LABEL_TRADE.sub("", label))
    first, _, last = (domain or "").partition("-")
    if not last and bare != label and label.startswith(bare):
        first, last = bare, label[len(bare):]  # "keystonestaffing": "Keystone ... Staffing"
    gapped = _first_and_last(runs, first, last)
    if gapped:
        return gapped
    # A shortened label may be the consultant's own name ("Maren Kranich" of kranich-consulting)
    # (not the firm her display name adds after a bar: "Álvaro Méndez | Kairós").
    person = set(DISPLAY_PARTS.split(email.sender.name)[0].split()) if email.sender else set()
    for form in dict.fromkeys((label, bare, _LABEL_ARTICLE.sub("", label),
                               _LABEL_ARTICLE.sub("", bare))):
        for run in runs.runs():
            words = run.words
            for start in range(len(words)):
                for end in range(start + 1, min(len(words), start + 4) + 1):
                    if form in squash_both(" ".join(words[start:end])) and (
                            form == label or not person.issuperset(words[start:end])):
                        return " ".join(words[_with_partners(words, start):
                                              _with_trade(words, end, team)])
    # The address may abbreviate the name: "sahyadri-eng" is "Sahyadri Engineering"; else
    # the address is the best guess ("kranich-consulting" is Kranich Consulting).
    spelled, written = spell_domain(domain or label, runs)
    return without_legal_form(_traded(runs, spelled, team) if written else spelled)


def _traded(runs: Runs, name: str, team: bool) -> str:
    """`name` with the trade the mail writes after it: "Greenfield Education Recruitment" for
    greenfield-edu's "Greenfield Education" (see `_with_trade`)."""
    wanted = tuple(name.split())
    for run in runs.runs():
        words = run.words
        for start in range(len(words) - len(wanted) + 1):
            if words[start:start + len(wanted)] == wanted:
                return " ".join(words[start:_with_trade(words, start + len(wanted), team)])
    return name


def _first_and_last(runs: Runs, first: str, last: str) -> str | None:
    """The name whose first and last words an address's two parts give, with up to two
    words between: "Kessler Life Science Search" for kessler-search, "Keystone Technical
    Staffing" for keystonestaffing."""
    if not first or not last or "-" in last:
        return None
    for run in runs.runs():
        words = run.words
        for start, word in enumerate(words[:-2]):
            if first not in squash_both(word):  # (German spelled out: "brueckner-personal")
                continue
            for end in range(start + 3, min(len(words), start + 4) + 1):
                if last in squash_both(words[end - 1]):
                    return " ".join(words[start:end])
    return None


# The word of its trade that an agency's name ends with: "Lumière RH", "Talentia Selección",
# "Rhône Emploi".
_TRADE = re.compile(r"(?:rh|recrutement|seleccion|personalberatung|"
                    r"personalvermittlung|personal|staffing|executive search|search|"
                    r"emploi|interim|personaldienste|personalleasing)")
# ...and one that an employer's own hiring team also signs with ("Zahlfix Talent", "Meridian
# Health Recruitment"): the agency's name ("Kestrel Recruitment", "Northgate Talent") unless
# the mail speaks as the employer's own team, of its panel or its hiring team.
_TEAM_TRADE = re.compile(r"(?:talent partners|talent|recruitment|recruiting|resourcing)")
_OWN_TEAM = re.compile(r"\b(?:the|our) (?:interview panel|panel|hiring team|hiring manager)\b")


def _with_trade(words: Sequence[str], end: int, team: bool) -> int:
    """Where an agency's name ends when it goes on with its trade after `words[:end]`;
    `team`: the mail speaks as an employer's own hiring team (`_OWN_TEAM`)."""
    for more in (2, 1):
        if end + more > len(words):
            continue
        trade = fold(" ".join(words[end:end + more]))
        if _TRADE.fullmatch(trade) or (not team and _TEAM_TRADE.fullmatch(trade)) or (
                more == 2 and _PARTNERS.fullmatch(trade)):
            return end + more
    return end


def _with_partners(words: Sequence[str], start: int) -> int:
    """Where an agency's name starts when its partners' names ("Molina & Vidal Consultoría
    Sanitaria" of consultoriasanitaria) or its head noun ("Cabinet Lemarchand" of
    lemarchand-rh) open it before the words its domain spells."""
    if start >= 3 and words[start - 2] in _AMPERSANDS and words[start - 1][:1].isupper() and (
            words[start - 3][:1].isupper()):
        return start - 3
    if start >= 1 and fold(words[start - 1]) in _FIRM_HEADS:
        return start - 1
    return start


_AMPERSANDS = frozenset({"&", "y", "und", "et", "and"})
_FIRM_HEADS = frozenset({"cabinet", "groupe", "grupo", "gruppe", "agence", "agencia",
                         "consultora", "bureau"})
# A firm's partners after its name: "Nordik & Cie", "Brandt & Partner".
_PARTNERS = re.compile(r"& (?:cie|co|partners?|associes|asociados|sohne|sons)")


def _merge_declined(totals: dict[str, float], spelling: Mapping[str, tuple[float, str]]) -> None:
    """German declines a name's adjective after a preposition ("an der Technischen
    Universität Oberland") and its noun after "des" ("Personalteam des Alpenblick Verlags"):
    the nominative the mail also writes ("Technische Universität Oberland", "Alpenblick
    Verlag GmbH") is the name, and the declined form's weight is its."""
    for key in list(totals):
        words = spelling[key][1].split()
        if len(words) < 2:
            continue
        bases = []
        if words[0].endswith("en") and words[0][:1].isupper():
            bases.append([words[0][:-1], *words[1:]])
        if words[-1].endswith("s") and len(words[-1]) > 3:
            bases.append([*words[:-1], words[-1][:-1]])
        for base in map(company_key, map(" ".join, bases)):
            if base != key and base in totals:
                totals[base] += totals.pop(key)
                break


# A British council's two names: "Hartsfield Council" in its sender's name, "London Borough
# of Hartsfield" in its signature. The formal one is the employer's.
_COUNCIL = re.compile(r"(?P<p>.+?)(?: (?:City|County|Borough|District|Metropolitan Borough))?"
                      r" Council")
_BOROUGH = re.compile(r"(?:London Borough|Royal Borough|Borough|City|County|Metropolitan "
                      r"Borough) of (?P<p>.+)")


def _merge_councils(totals: dict[str, float], spelling: Mapping[str, tuple[float, str]]) -> None:
    """Count "X Council" for "London Borough of X" (or "City of X") when the mail writes both."""
    formal = {company_key(found.group("p")): key for key in totals
              if (found := _BOROUGH.fullmatch(spelling[key][1]))}
    for key in list(totals):
        found = _COUNCIL.fullmatch(spelling[key][1])
        place = company_key(found.group("p")) if found else ""
        if place in formal and formal[place] != key:
            totals[formal[place]] += totals.pop(key)


# The part of a city a shop or an office is in: "Málaga Centro", "Köln Mitte", "Lyon Est"; or
# of a country.
_DISTRICTS = frozenset({"centro", "centre", "center", "mitte", "nord", "sud", "sur", "norte",
                        "este", "oeste", "ost", "west", "est", "ouest", "north", "south", "east"})


def _without_branch(key: str, spelling: Mapping[str, tuple[float, str]]) -> str:
    """The employer without its branch's city or country when the mail also names it
    without one: "Harbourview Hotels" writing of "Harbourview Hotels Dublin" or "Ostrava
    Rail Partners UK". A name that always carries its place ("Hôpital Saint-Joseph Nantes",
    "Puerto Seco Barcelona") keeps it."""
    words = spelling[key][1].split()
    for size in (1, 2):  # "Dublin", "Las Palmas", a city's district: "Málaga Centro"
        if len(words) > size and (is_branch_place(" ".join(words[-size:])) or (
                size == 2 and fold(words[-1]) in _DISTRICTS and is_branch_place(words[-2]))):
            shorter = company_key(" ".join(words[:-size]))
            if shorter in spelling:
                return shorter
    return key


# An institution that may hold units of its own: "Lothian Clinical Trials Unit, University of
# Lothian".
_INSTITUTION = re.compile(r"(?i)\b(?:university|universit[äé]t?|universidad|hospital|klinikum|"
                          r"nhs|trust)\b")


def _parent_of_unit(key: str, spelling: Mapping[str, tuple[float, str]]) -> str:
    """The institution a unit belongs to when the mail names both: "Lothian Clinical Trials
    Unit" of the "University of Lothian" (a unit alone, "Bishopsgate Trials Unit", is the
    employer)."""
    words = spelling[key][1].split()
    if len(words) < 3 or fold(words[-1]) != "unit":
        return key
    own = {fold(word) for word in words[:-1]}
    for other, (_, name) in spelling.items():
        if other != key and _INSTITUTION.search(name) and not own.isdisjoint(
                fold(word) for word in name.split()):
            return other
    return key


# An employer's own training unit, named after it: "Liffey Bank Academy", "Academia Banco
# Alcázar", "Skerry Air Training Centre", "Université d'entreprise du Crédit Rhodanien".
_TRAINING_UNIT = re.compile(
    r"(?i)^(?:academy|akademie|academia|acad[ée]mie|training cent(?:re|er)|centre de formation|"
    r"centro de formaci[oó]n|universit[ée] d['’]entreprise)[^\S\n]+"
    r"(?:(?:of the|of|der|des|du|de la|del|de)[^\S\n]+)?(?P<p>\S.*)$"
    r"|^(?P<q>.+?)[^\S\n]+(?:training[^\S\n]+)?"
    r"(?:academy|akademie|acad[ée]mie|training cent(?:re|er)|trainingszentrum|schulungszentrum)$")
# ... and its words right before or after its employer's name in a text.
_UNIT_BEFORE = re.compile(
    r"(?i)(?:academy|akademie|academia|acad[ée]mie|formation|formaci[oó]n|entreprise)[^\S\n]+"
    r"(?:(?:of the|of|der|des|du|de la|del|de)[^\S\n]+)?$")
_UNIT_AFTER = re.compile(
    r"(?i)[^\S\n]+(?:academy|akademie|acad[ée]mie|training|trainingszentrum|schulungszentrum)\b")


def _parent_of_academy(name: str, text: str, domain: str | None) -> str:
    """The employer whose training unit `name` is, when `text` names the employer on its own
    more than once ("Thank you for your interest in Brightforge", "bei Alpenflug"), its
    sender's `domain` label counting as once: people name the firm they would work for, not
    its in-house academy. An academy that is an organisation in its own right ("Kiezcode
    Academy") is written whole each time."""
    found = _TRAINING_UNIT.match(name)
    if not found:
        return name
    parent = found.group("p") or found.group("q")
    if len(parent) < 3 or not parent[0].isupper():
        return name
    alone = int(bool(domain) and squash(domain) == squash(parent))
    for place in re.finditer(rf"(?<![\w'’-]){re.escape(parent)}(?![\w'’-])", text):
        if not (_UNIT_BEFORE.search(text, max(0, place.start() - 40), place.start())
                or _UNIT_AFTER.match(text, place.end())):
            alone += 1
    return parent if alone >= 2 else name


def _initialled(name: str, given: set[str]) -> bool:
    """Whether `name` is one of `given` names followed by initials only ("Blathnaid K-R",
    "Ana M. R.")."""
    first, _, rest = name.partition(" ")
    return bool(rest) and fold(first) in given and all(
        len(squash(word)) <= 2 for word in rest.split())


# The word a German agency's desk opens with: "Bereich Events & Hotellerie" (a client is
# no "Bereich").
_DESKS = frozenset({"bereich", "fachbereich", "geschaftsbereich", "abteilung", "sparte"})


def _word_or_acronym(name: str) -> bool:
    """Whether a one-word cue is a word mail writes in lower case ("Dossier", "Tráfico"), a
    zone (`_DISTRICTS`: "... (Norte)") or a short acronym ("ADV", a sales desk; "FWPL"
    spells a name), rather than an invented name ("Helvexa")."""
    return " " not in name and (is_common_word(name) or fold(name) in _DISTRICTS
                                or (name.isupper() and len(name) <= 3))


def _in_passing(name: str) -> bool:
    """Whether a cue mentioned once may be a word, a place or a person rather than a client
    (whose name runs to two words or more: "Seguros Lusitania", "Harinera del Ebro")."""
    return " " not in name or is_place(name) or is_person_name(name)


def _agency_piece(name: str, key: str, agency: str) -> bool:
    """Whether a cue is the agency's name or a piece of it ("Cabinet Altaïr" for altair),
    not a client whose long name has the agency's word ("Société Générale des Eaux du
    Rhône", through "Rhône RH Conseil")."""
    if not agency or key in agency or key.startswith(agency):
        return bool(agency)
    parts = [part for word in name.split() if (part := company_key(word))]
    others = [part for part in parts if part not in agency]
    if agency not in key:
        # "HOGA Personal Consult" for hoga-consult: two of its words the label spells, and
        # one more; "IFS Lille" for ifs-interim: the word the label opens with, and the town
        # of its branch.
        return (len(parts) - len(others) >= 2 and len(others) <= 1) or (
            len(parts[0]) >= 3 and agency.startswith(parts[0]) and len(others) == 1
            and is_branch_place(others[0]))
    return len(others) <= 1


def _plain_word(name: str, text: str) -> bool:
    """Whether a one-word cue is a word mail writes in lower case, and this mail never
    capitalizes it inside a sentence: "Outcome:" heads a line and "Hemos" opens one, but
    "a role at Parcel" and "the Parcel team" name an employer."""
    if not is_common_word(name):
        return False
    if name.isupper() and len(name) > 3:
        return True  # "LOVED": a shout, not a name
    # After "of" or "de" it is still a common word: "Director/a de Planta".
    return re.search(rf"(?<!\bof)(?<!\bde)(?<!\bdel)(?<=[a-zà-ÿ]) {re.escape(name)}\b",
                     text) is None


# A German abstract noun, which German capitalizes mid-sentence like a name:
# "Zusammenarbeit", "Führungserfahrung", "Zeitverschiebung"; or the kind of firm an agency
# says its client is: "ein Industriebetrieb", "ein Automobilzulieferer".
_COMMON_NOUN = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]{4,}(?:ung|heit|keit|schaft|arbeit|nis|betrieb|unternehmen|konzern|"
    r"hersteller|zulieferer|dienstleister|mittelständler|händler|anbieter)")


def _shouted(name: str) -> bool:
    """Whether a name of several words is a subject's shout: "CAMBIO DE HORARIO", "URGENT
    UPDATE" are words mail writes in lower case, in capitals ("BANCO DE CHILE" has a place)."""
    return name.isupper() and all(is_common_word(word) for word in name.split())


_ROLE_END = re.compile(r"\s+[-–|@]\s+|\s+(?:at|for|with|bei|für|chez|pour|en|para|con)\s+",
                       re.IGNORECASE)


# A proper name after a title written in lower case, as running text writes a post: "le poste
# d'assistante ressources humaines aux Galeries Chartrons", "el puesto de gobernanta de la
# Residencia Mirasol". The capitals are the employer's, not the title's.
_PROPER_AFTER = re.compile(r"\s+(?:aux|au|à la|à l['’]|du|des|de la|de l['’]|del|de|d['’])\s*"
                           r"(?=[A-ZÀ-Ý])")


# An organisation's first word after a title's article: "Responsable de Eventos del Hotel
# Muralla Girona" (the title's own "de Eventos" has no article).
_ORGANISATION_AFTER = re.compile(r"\s+(?:del|de la|du|des|de l['’])\s*(?=(?P<w>[A-ZÀ-Ý]\w*))")


def _title_of(role: str) -> str:
    """The job title of a role's text, without the employer it may name after it."""
    title = _ROLE_END.split(role, maxsplit=1)[0]
    if title[:1].islower():
        return _PROPER_AFTER.split(title, maxsplit=1)[0]
    for found in _ORGANISATION_AFTER.finditer(title):
        if fold(found.group("w")) in ORGANISATION_HEADS:
            return title[:found.start()]
    return title


def _without_signed_name(title: str, cues: list[tuple[str, float]], text: str) -> str:
    """`title` without an employer's name of two words or more that the mail signs with, on
    a line of its own, after the title's last "de"/"of": "Coordinadora de Marketing de
    Estaciones Valira Alta", signed "Estaciones Valira Alta", is a "Coordinadora de
    Marketing" (its own "de Marketing" stays, and so does "Líder de Analítica de Clientes")."""
    for raw, _ in cues:
        name = clean(raw)
        if name and " " in name and title.endswith(f" {name}") and any(
                line.strip() == name for line in text.splitlines()):
            head = title[:-len(name)].rstrip()
            before, _, joiner = head.rpartition(" ")
            if before and fold(joiner) in OF_WORDS:
                return before
    return title


def _opens(name: str, role_words: list[str]) -> bool:
    """Whether `name` is a piece of the role's title, or has the whole title in it:
    "Acheteur Projets H" of "Acheteur Projets H/F" cut at the slash, "Achats Épicerie" of
    "Chef de Produit Achats Épicerie", a subject's "Opportunité Acheteur Projets"."""
    words = [company_key(word) for word in name.split()]
    if len(words) > 1 and len(words[-1]) == 1:
        words.pop()  # the "H" of "H/F", the "m" of "(m/w/d)"
    short, long = sorted((words, role_words), key=len)
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _after_department(name: str, role_words: list[str]) -> str:
    """`name` without the department the role's title names before it: "Producto Digital de
    Diario Altiplano" for an "Editora de Producto Digital" is Diario Altiplano (a department
    of two words or more: "Éditions du Lac" for an "Assistante d'éditions" stays whole)."""
    words = name.split()
    for index in range(2, len(words) - 1):
        if fold(words[index]) in OF_WORDS and _opens(" ".join(words[:index]), role_words):
            return " ".join(words[index + 1:])
    return name


def _spells(name: str, label: str | None) -> bool:
    """Whether `name`'s words, without their "de", "of", spell the sender's own domain label:
    "Cuisine Centrale de Mulhouse" writing from cuisine-centrale-mulhouse is the employer,
    though its post's title names "la cuisine centrale" (`_after_department`)."""
    return bool(label) and squash("".join(
        word for word in name.split() if fold(word) not in OF_WORDS)) == squash(label or "")


def _count_for(totals: dict[str, float], spelling: dict[str, tuple[float, str]], key: str,
               into: str) -> None:
    """Count cue `key` for the name `into` that it is another form of, and forget it."""
    totals[into] += totals.pop(key)
    del spelling[key]


def _merge_labels(labels: set[str], totals: dict[str, float],
                  spelling: dict[str, tuple[float, str]]) -> None:
    """Count a cue that is only an address label ("Selección Hortebro" for hortebro.es)
    for the name the label abbreviates ("Cooperativa Hortícola del Ebro"): one employer."""
    for label in labels & totals.keys():
        if " " in spelling[label][1]:
            continue  # "Trattorie Vere": the label spelled out, a name of its own
        for key in totals:
            name = spelling[key][1]
            # (An abbreviation spans words: one-word names are skipped without a look.)
            if key != label and " " in name and label_abbreviates(label, name):
                _count_for(totals, spelling, label, key)
                break


def _merge_shortened(totals: dict[str, float], spelling: dict[str, tuple[float, str]]) -> None:
    """Count a name written with a shortened word ("Coop. Chimborazo", "Univ. Atlántica")
    for the name it shortens ("Cooperativa de Ahorro y Crédito Chimborazo"): its words in
    order, each shortened one the start of a word, the last word the same."""
    for key in [k for k in totals if "." in spelling[k][1]]:
        short = spelling[key][1].split()
        if len(short) < 2 or not any(w.endswith(".") and len(w) > 2 for w in short[:-1]):
            continue
        for other in totals:
            if other != key and _shortens(short, without_legal_form(spelling[other][1]).split()):
                _count_for(totals, spelling, key, other)
                break


def _shortens(short: list[str], words: list[str]) -> bool:
    """Whether `short`'s words, in order, are words of `words` or their starts ("Coop.")."""
    if len(words) <= len(short) or fold(short[-1]) != fold(words[-1]):
        return False
    at = 0
    for word in short:
        stem = fold(word[:-1]) if word.endswith(".") else None
        while at < len(words) and not (fold(words[at]) == fold(word) or (
                stem and fold(words[at]).startswith(stem))):
            at += 1
        if at == len(words):
            return False
        at += 1
    return True


# "CD33", "CHU 64": a public body's initials and its département's number.
_CODED_ACRONYM = re.compile(r"(?P<letters>[A-Z]{2,5})[ \-]?\d{1,3}")
_ACRONYM = re.compile(r"[A-Z]{2,5}(?:[ \-]?\d{1,3})?|[A-Z](?:[a-z]?[A-Z]){1,4}")
_JOINERS = frozenset({"de", "du", "des", "la", "le", "les", "of", "the", "del", "y", "et", "and"})


def _merge_acronyms(
    totals: dict[str, float], spelling: dict[str, tuple[float, str]], text: str
) -> None:
    """Count an acronym for the name it stands for: the name the mail spells it out as
    ("IWE" for "Institut für Windenergiesysteme"), or goes on from ("UAG" for "Universidad
    Autónoma de Guadalajara del Occidente") or names after its place ("LfB" for "Bayerisches
    Landesamt für Beschaffung"), or, with a place's number ("CD33"), the name
    whose first words it abbreviates ("Conseil départemental de la Gironde"); or, when its
    letters spell no name, the name the mail defines it as ("SPF Stratégie et Appui
    (BOSA)")."""
    for key in [k for k in totals if _ACRONYM.fullmatch(spelling[k][1])]:
        acronym = spelling[key][1]
        coded = _CODED_ACRONYM.fullmatch(acronym) is not None
        written = "" if coded else written_form(acronym, text)
        for other in totals:
            name = spelling[other][1]
            if other == key or " " not in name:
                continue
            if (_initials(name).startswith(key.rstrip("0123456789")) if coded
                    else name == written or (written and (name.startswith(f"{written} ")
                                                          or name.endswith(f" {written}")))
                    or (written == acronym and f"{name} ({acronym})" in text)):
                _count_for(totals, spelling, key, other)
                break


def _initials(name: str) -> str:
    """The first letters of a name's words, without its joiners ("cdg" for "Conseil
    départemental de la Gironde")."""
    return "".join(w[0] for w in fold(name).replace("'", " ").split() if w not in _JOINERS)


_NAME_PARTS = re.compile(r"[\s\-]+")  # the words of a person's name, hyphenated ones apart
# A department's subject, after its head noun: "Department of Mining Engineering", "Facultad
# de Ingeniería Química". The subject alone ("Faculty Search Committee - Mining Engineering")
# is the unit's name, not its employer's.
_DEPARTMENT_OF = re.compile(
    r"\b(?:Department|Dept\.?|Faculty|Departamento|Facultad|Département|Faculté)[ \t]+"
    r"(?:of|de|del|de la|d['’]|des|du)[ \t]*(?P<c>[A-ZÀ-Ý][\w-]*(?:[ \t]+(?:and|y|et|&|de|"
    r"of)?[ \t]*[A-ZÀ-Ý][\w-]*)*)")


# What comes before a purpose's words at the end of an institution's name: "Fondation Hélios
# pour la Mer", "Fondation Genevoise pour le Patrimoine Immatériel" (a title's "Jefe de
# Proyectos para Forestal Biobío" has no institution's head).
_PURPOSE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(PURPOSE_HEADS))})(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){{1,2}}[ \t]+"
    r"(?:pour|for|para|für)(?:[ \t]+(?:la|le|les|the|el|los|las))?[ \t]+(?:[dl]['’])?\Z")


def _purpose_tail(name: str, *texts: str) -> bool:
    """Whether the texts write `name`, and only as the purpose that ends a longer name
    ("Mer" of "Fondation Hélios pour la Mer"): no organisation of its own."""
    seen = False
    for text in texts:
        position = text.find(name)
        while position >= 0:
            if not _PURPOSE_BEFORE.search(text, max(0, position - 60), position):
                return False
            seen = True
            position = text.find(name, position + 1)
    return seen


def _departments(text: str) -> frozenset[str]:
    """The subjects of the departments `text` names (`_DEPARTMENT_OF`)."""
    if "Dep" not in text and "Fac" not in text:
        return frozenset()
    return frozenset(found.group("c") for found in _DEPARTMENT_OF.finditer(text))


def _platform_of(email: Email, sent_to: Sequence[str]) -> str | None:
    """The job platform that sent the mail: by its address, else by its name, for a board
    writing from a domain of its own mail service ("Civil Service Jobs <noreply@csjobs...>"),
    or for a board no list knows that says whom it sent the application to (`sent_to`)."""
    if email.sender is None:
        return None
    platform = ats_of(email.sender.email)
    if platform is None and (squash(email.sender.name) in _PLATFORMS or _relays(email, sent_to)
                             or _through_sender(email)):
        # (the board of "Owlstone Learning via EdTechJobs Hub", not the employer it relays)
        return sent_through(email.sender.name) or email.sender.name
    return platform


def relaying_board(email: Email, sent_to: Sequence[str]) -> bool:
    """Whether the sender is a job board that no address list knows (`_platform_of` by its
    name, or by what it says it passed on, `sent_to`: the mail's `relayed_to`): a reply to
    its address reaches the board, not the employer."""
    return email.sender is not None and ats_of(email.sender.email) is None and (
        _platform_of(email, sent_to) is not None)


def _through_sender(email: Email) -> bool:
    """Whether the mail says the reader applied through its sender ("because you applied
    through JobQuay" from "JobQuay <no-reply@...>"): a board, whatever list knows it."""
    channel = applied_through(email)
    if not channel or email.sender is None:
        return False
    mine, theirs = squash(email.sender.name), squash(channel)
    return bool(mine and theirs) and (mine in theirs or theirs in mine)


def _relays(email: Email, sent_to: Sequence[str]) -> bool:
    """Whether the sender passed the application to another organisation than its own
    ("Avonmere NHS Foundation Trust <noreply@...>" saying "submitted to Avonmere NHS
    Foundation Trust" is the employer itself)."""
    shown = company_key(email.sender.name) if email.sender else ""
    return any(company_key(name) not in shown for name in sent_to)


def company_of(
    email: Email,
    known: Mapping[str, str] | None = None,
    agencies: frozenset[str] = frozenset(),
    role: str | None = None,
    sent_to: Sequence[str] | None = None,
) -> str | None:
    """The employer's name, by the weighted agreement of every cue; None when there is none.

    Args:
        known: how other mail spelled the employer behind an address label (`detect.known`).
        agencies: labels of senders other mail showed to be recruitment agencies.
        role: the role the mail is about (`extract.role_of`): a subject's "Votre
            candidature - Acheteur Projets H/F" names the role, not the employer.
        sent_to: the mail's `relayed_to`, when the caller has read it already.
    """
    totals: dict[str, float] = defaultdict(float)
    spelling: dict[str, tuple[float, str]] = {}
    # (A copy to the sender's own domain is its colleague's or its team's, "Huella Cero Talent"
    # <talent@huellacero...>, not the reader's.)
    home = domain_of(email.sender.email) if email.sender else ""
    names = [a.name for a in (*email.to, *email.cc)
             if a.name and not (home and a in email.cc and domain_of(a.email) == home)]
    # The user's name, whole or in part ("R. Okafor"), is never the employer.
    people = {company_key(n) for n in names} | {
        company_key(w) for n in names for w in n.split() if len(w) >= 3} | {
        # "Valentina Echeverría" of "Valentina Echeverría-Kowalczyk": the name's first words
        company_key(" ".join(words[:end])) for n in names
        if len(words := _NAME_PARTS.split(n)) > 2 for end in range(2, len(words))}
    # ... nor is a name that has the user's whole name in it: "Bastien Morel et Mathis
    # Ouedraogo-Laurent" of a booking tool's subject.
    reader = [company_key(n) for n in names if len(n.split()) >= 2]
    # ... nor one that has the user's surname as a word: "Candidata Quispe-Lindqvist" of an
    # agency's subject.
    surnames = {fold(w) for n in names for w in n.split()[1:] if len(w) >= 4}
    # ... nor the user's given name with initials: "Feedback - Blathnaid K-R".
    given = {fold(n.split()[0]) for n in names if len(n.split()) >= 2}
    signer = ""
    if email.sender and (signs_as_person(email.sender) or first_name_signs(
            email.sender.name.split(), email.new_text or email.text)):
        # "Hugo de Petitcolis <hugo@...>", "Camille de Papillote" signing "Camille, ...".
        signer = company_key(email.sender.name)
        people.add(signer)
    for writer in (email.sender, *email.reply_to) if email.sender else email.reply_to:
        if signs_as_person(writer):  # "Marta Ruiz - RRHH <marta.ruiz@...>": her name
            words = writer.name.split()
            # (her given name alone, "allocated to Tobias Grant"; her names either way round,
            # "Zimmermann Ueli, KALA" signing "Ueli Zimmermann")
            people.update(company_key(" ".join(words[:n])) for n in range(1, len(words) + 1))
            people.add(company_key(f"{words[1]} {words[0]}"))
    sent_to = relayed_to(email) if sent_to is None else sent_to
    platform = _platform_of(email, sent_to)
    own = company_key(platform) if platform else ""
    agency = agency_label(email, agencies)
    address = labels_of(email)
    cues = list(candidates(email, known or {}, agency is not None, address, sent_to))
    if agency is not None:
        # (A client cue that is a person's name is the client's person, not the client; one
        # that reads as a job title is the post: "Candidatura recibida - Responsable de Salud
        # Laboral (Norte)".)
        cues += [(c, w) for c, w in client_cues(email)
                 if not is_person_name(c) and not is_title_line(c)]
    labels = {squash(label) for label in address if label}
    # "Contrôleur financier - Banque Hélvea", "Manager for Trattorie Vere": the title only.
    title = _title_of(role) if role else ""
    if title:
        title = _without_signed_name(title, cues, email.new_text or email.text)
    role_words = [company_key(word) for word in title.split()]
    sender_key = company_key(email.sender.name) if email.sender else ""
    text = email.new_text or email.text
    departments = _departments(text)
    own_weight = 0.0  # how strongly the agency's own name was cued
    for raw, weight in cues:
        name = clean(raw)
        if name is None and address[0] and squash(raw) == squash(address[0]) and " " in raw:
            # "Location Vieux-Port" <location-vieux-port@jobs.recruitee.com>: its own address
            # spells the whole name, words that no name has elsewhere ("Location:") and all
            name = raw.strip()
        if name and len(parts := name.rsplit(None, 1)) == 2 and is_edition_year(parts[1]) and (
                parts[0][-1].isalpha()):
            name = parts[0]  # "Sommerklang Festival 2026": this year's festival
        of_person = PERSON_OF.match(name) if name else None
        if of_person and (company_key(of_person.group("p")) in people
                          or is_person_name(of_person.group("p"))):
            name = clean(of_person.group("c"))  # "Jordi Puig de Cargo Diagonal": his firm
        if name and role_words and not _spells(name, address[1]):
            name = _after_department(name, role_words)
        key = company_key(name) if name else ""
        if not name or not key or key in people or key in _PLATFORMS or any(
                whole in key for whole in reader) or (signer and key.startswith(signer)) or (
                not surnames.isdisjoint(fold(name).split())) or _initialled(name, given):
            continue  # (the writer signing in full: "Itziar Garaikoetxea Uribe")
        if " " not in name and key not in labels and (_plain_word(name, text)
                                                      or _COMMON_NOUN.fullmatch(name)):
            continue  # "Outcome", "Hemos": a heading or a sentence's first word
        if _purpose_tail(name, email.subject, text):
            continue
        if (" " in name and key not in labels and _shouted(name)) or name in departments:
            # ("DENTAL STAFF DIRECT" of dentalstaffdirect shouts its own name; a department's
            # subject the mail names is its unit)
            continue
        if role_words and _opens(name, role_words) and key not in sender_key:
            continue  # unless the sender's name has it: "for Caledon Mutual" is no role
        if own and (key.startswith(own) or (len(key) >= 3 and key in own)):
            # "StepStone", "Indeed Apply", "NHS" of "NHS Jobs", "Públicos" of "Empleos
            # Públicos": the platform that sent it
            continue
        if agency is not None and (_agency_piece(name, key, agency)
                                   or _AGENCY_NAME.search(fold(name))
                                   or fold(name.split()[0]) in _DESKS):
            own_weight += weight
            # the recruitment agency relaying for its client, a piece of its name, or its desk
            # ("Bereich Events & Hotellerie")
            continue
        totals[key] += weight
        if weight > spelling.get(key, (0.0, ""))[0] or (
            weight == spelling[key][0] and len(name) > len(spelling[key][1])
        ):
            spelling[key] = (weight, name)
    if agency is not None and totals and (
            (own_weight >= 2.0 and all(totals[key] <= 1.0 and _in_passing(spelling[key][1])
                                       for key in totals))
            or all(totals[key] <= 2.0 and _word_or_acronym(spelling[key][1]) for key in totals)):
        # Only passing mentions beside the agency's own name ("CDI", "Auswahl", "Marín" of
        # a registration), or only a common word or a short acronym ("Dossier", "Tráfico",
        # "ADV"): the agency writes of itself or of a client it does not name.
        totals.clear()
    _merge_declined(totals, spelling)
    _merge_councils(totals, spelling)
    _merge_labels(labels, totals, spelling)
    _merge_acronyms(totals, spelling, text)
    _merge_shortened(totals, spelling)
    shown = email.sender.name if email.sender else ""
    around = "\n".join((shown, email.subject, email.text[:8000]))
    # A forward's news is the forwarded mail, which writes its author's name in full.
    news = email.text if address[2] else text
    # A hyphen parts a brand from its descriptor in the sender's own domain ("kolibri-app",
    # "solvane-chimie"): the guess the mail never writes is no fuller form of the "Kolibri"
    # it signs. A label in one piece ("verbenahoteles") is the name itself, and so is a
    # forwarded author's domain (the client's own, which the recruiter shortens).
    unwritten = frozenset(key for key in totals if spelling[key][1] not in around) if (
        address[1] and "-" in address[1]) else frozenset()
    while totals:
        scores = supported({key: (totals[key], spelling[key][1]) for key in totals}, unwritten)
        best = _parent_of_unit(_without_branch(
            max(scores, key=lambda k: (scores[k], len(k))), spelling), spelling)
        chosen = spelling[best][1]
        written = written_form(chosen, news, around)
        if not is_function(written):
            return _spelled_out(_without_trade(without_legal_form(_as_domain_spells(
                _parent_of_academy(written, around, address[1]), address[1], around)), address[1]))
        del totals[best]  # "CS" of "Re: CS role" spells "Customer Success": a function
    if not agency:
        return None
    # The agency's own name, as its earlier mail wrote it ("NorthStar Recruitment" for
    # northstar-recruit), else as this mail does.
    own_name = (known or {}).get(address[1] or "") or _agency_name(email, agency, address[1])
    if own_name is None:
        return None
    return without_legal_form(_as_domain_spells(written_form(own_name, text, around),
                                                address[1], around))


# What a German firm's registered name says it does, before its legal form: "Kaufwelt
# Handels GmbH", "Eifel Facility Verwaltungs GmbH".
_REGISTERED_TRADE = frozenset({"handels", "vertriebs", "verwaltungs", "beteiligungs",
                               "betriebs", "dienstleistungs", "produktions"})


def _without_trade(name: str, domain: str | None) -> str:
    """`name` without the trade its registered name adds, when the sender's own domain names
    it without: "Kaufwelt" writing from kaufwelt, as people call it."""
    head, _, last = name.rpartition(" ")
    if head and domain and last.lower() in _REGISTERED_TRADE and squash(domain) in squash_both(
            head):  # (graetzlmarkt for "Grätzlmarkt")
        return head
    return name


# A Spanish council's short form, which its own mail writes: "Ayto. Alcalá del Darro".
_COUNCIL_SHORT = re.compile(r"^Ayto\.?[ \t]+(?:de[ \t]+)?(?=[A-ZÀ-Ý])")


def _spelled_out(name: str) -> str:
    """`name` with a council's abbreviation written out, as people say and search for it:
    "Ayuntamiento de Alcalá del Darro" for "Ayto. Alcalá del Darro"."""
    return _COUNCIL_SHORT.sub("Ayuntamiento de ", name)


def _with_word_before(name: str, short: str, full: str, text: str) -> str:
    """`name` with the word before it that opens the sender's domain, as the team word a cue
    drops from "Campus Numérique Occitanie" (campusnum-occitanie), "Talento Logístico
    Aragón" (talentologistico) or "Talento Sanitario Sur" (talentosur: its first and last
    words) is the name's own."""
    found = re.search(rf"(?<![\w'’])([^\W\d_][\w'’]*)[ \t]+{re.escape(name)}", text)
    if not found or not found.group(1)[0].isupper():  # not "pour" of pourtales
        return name
    before = squash(found.group(1))
    tail = full[len(before):]
    if len(before) >= 3 and full.startswith(before) and len(tail) >= 3 and (
            short.startswith(tail[:3]) or short.endswith(tail)):
        return f"{found.group(1)} {name}"
    return name


def _as_domain_spells(name: str, domain: str | None, text: str) -> str:
    """`name` with the word after it that the sender's own domain spells too: the
    "Recruitment" a cue drops from "TalentBridge Recruitment" is the agency's name when
    it writes from talentbridge-recruit, and "Halewood Foods" writes from halewoodfoods.

    Args:
        domain: the label of the sender's own mail domain, if any (`labels_of`).
    """
    if not domain:
        return name
    short, full = squash(name), squash(domain)
    if not full.startswith(short[:3]):
        name = _with_word_before(name, short, full, text)
        short = squash(name)
    rest = full[len(short):]
    if len(rest) < 2 or not full.startswith(short):
        return name
    found = re.search(rf"{re.escape(name)}((?:[ \t]+[^\W\d_][\w'’]*){{1,3}})", text)
    if not found:
        return name
    words: list[str] = []
    for word in found.group(1).split():  # "Talent Recruitment" for "talentrecruit"
        squashed = squash(word)
        if not squashed or not (rest.startswith(squashed) or squashed.startswith(rest)):
            return name
        words.append(word)
        rest = rest[len(squashed):]
        if not rest:
            return " ".join([name, *words])
    return name

