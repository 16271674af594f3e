"""The classifier's signal rules: one small class per family of evidence.

Imports `records`, `detect.ats`, `detect.interview_signals` (routine events),
`detect.lexicon` and `detect.phrases`; pure, no I/O. Each rule
looks at one prepared message (`Context`) and returns weighted `Signal`s for a kind, each with
a short evidence string. Rules never decide: `classify.py` adds the weights up. A signal for
`OTHER` is evidence *against* a trigger (bulk mail, another meaning, someone's own story).

New rules register themselves with `@rule`; order does not matter.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.detect import concepts, lexicon
from assistant.detect.ats import ats_of, is_no_reply
from assistant.detect.interview_signals import routine
from assistant.detect.phrases import Phrase, find, fold, unaccent
from assistant.records import Email, EmailKind

logger = logging.getLogger(__name__)

K = EmailKind


@dataclass(frozen=True, slots=True)
class Context:
    """One message, prepared once for every rule."""

    email: Email
    subject: str  # folded
    body: str  # folded new text, capped
    original: str  # subject and new text as written (capped), for case-sensitive checks
    subject_words: frozenset[str]  # the words of the subject (`phrases.words_of`)
    body_words: frozenset[str]  # ... and of the body
    subject_hits: concepts.Hits  # word lists found in the subject (`concepts.INDEX`)
    body_hits: concepts.Hits  # ... and in the body
    ats: str | None  # the ATS or job platform that sent it, if any
    # The words that put it in another world (`other_world`): a rule and `job_context` ask.
    other_world: list[str]
    # The lexicon's phrases found, by place ("subject", "body") and tag: filled on first use.
    phrases: dict[str, dict[str, list[tuple[Phrase, re.Match[str]]]]] = field(
        default_factory=dict)
    language: str = "en"  # of the new text (`classify.detect_language`)


@dataclass(frozen=True, slots=True)
class Signal:
    kind: EmailKind
    weight: float
    evidence: str


class Rule:
    """A family of evidence; subclasses set `name` and implement `match`."""

    name = "rule"

    def match(self, ctx: Context) -> Iterable[Signal]:
        raise NotImplementedError


RULES: list[Rule] = []


def rule(cls: type[Rule]) -> type[Rule]:
    """Register a rule class (one instance serves every message)."""
    RULES.append(cls())
    return cls


_SENTENCE_ENDS = ".!?;:\n"
_LEAD_WORDS = re.compile(r"[\w']++")  # possessive: as `phrases._WORD_RE`


def _lead(text: str, start: int, limit: int = 120) -> list[str]:
    """The words of the current sentence before `start` (at most `limit` characters back)."""
    window = text[max(0, start - limit) : start]
    cut = max(window.rfind(end) for end in _SENTENCE_ENDS) + 1  # after the last end, or 0
    return _LEAD_WORDS.findall(window[cut:])


_OFFER_ELSEWHERE = re.compile(
    r"[\s,]+(?:to|a|an|à)\s+(?:another|a different|someone|an internal|other|un autre|une autre|"
    r"einen anderen|eine andere|otro|otra)\b"
)


# "noch keine Zusage", "not yet", "pas encore", "todavía no" (folded): nothing decided yet.
_PENDING = re.compile(r"\b(?:noch (?:keine?|nicht)|not yet|pas encore|todavia no|aun no)\b")
# A receipt's phrase that says it did not happen yet ("todavía no ha sido enviada").
_NOT_YET = re.compile(
    r"\b(?:todavia no|aun no|not yet|noch nicht|pas encore|no ha sido|not been)\b")


# "candidates who", "ceux qui": a sentence about other applicants, not about the reader.
_WHO = frozenset({"who", "that", "die", "qui", "que", "whose"})
# A footer's reason for the mail: "Indeed vous envoie cet e-mail car vous avez postulé",
# "you get this because you applied": the reader applied once, nothing was received now.
_BECAUSE = frozenset({"because", "since", "car", "puisque", "weil", "porque"})
_OTHERS = frozenset({"candidates", "applicants", "those", "anyone", "people", "candidats",
                     "kandidaten", "bewerber", "bewerbende", "candidatos", "ceux", "aquellos"})


# The reader, addressed: "you", "vous", "dich"... (folded).
_YOU = frozenset({"you", "your", "you're", "you've", "vous", "votre", "vos", "te", "tu", "ti",
                  "usted", "dich", "dir", "ihnen", "ihre", "ihr"})


def _about_others(lead: list[str], match: re.Match[str]) -> bool:
    """Whether a sentence speaks of applicants in general and never of the reader."""
    if _OTHERS.isdisjoint(lead):
        return False
    return _YOU.isdisjoint(lead) and _YOU.isdisjoint(_LEAD_WORDS.findall(match.group(0)))


# Negations that deny the very next verb (not the regret words, "leider", "unfortunately",
# that open a move: "leider müssen wir den Termin verschieben").
_FLAT_NEGATION = frozenset({"not", "cannot", "can't", "won't", "wont", "never", "no", "nicht",
                            "ne", "pas", "jamais", "nunca"})


def _voided(kind: EmailKind, text: str, match: re.Match[str]) -> str | None:
    """Why a phrase does not count here: it sits in a condition, is negated or gives a
    footer's reason; else None.

    "If you are not selected, you will not hear from us" is a promise about the future, not a
    rejection; "we are unable to offer you" is not an offer.
    """
    if kind is K.APPLICATION_RECEIVED:
        lead = _lead(text, match.start(), 20)
        if lead and lead[-1] in _BECAUSE:
            return "reason"
        # "Tu postulación todavía no ha sido enviada": the phrase itself denies the receipt.
        return "negated" if _NOT_YET.search(match.group(0)) else None
    if kind not in lexicon.ASSERTIVE:
        return None
    lead = _lead(text, match.start())
    if concepts.hypothetical(lead):
        return "conditional"
    if kind is K.REJECTION and _PENDING.search(" ".join((*lead[-3:], match.group(0)))):
        return "conditional"  # "we cannot give you a yes yet": a decision still to come
    if kind is K.REJECTION and len(lead) >= 2 and lead[-1] in _WHO and lead[-2] in _OTHERS:
        return "conditional"  # "we cannot contact candidates who are not shortlisted"
    if kind is K.INTERVIEW_INVITATION and _about_others(lead, match):
        return "conditional"  # "shortlisted candidates will be contacted to arrange an interview"
    if kind is K.OFFER and _OFFER_ELSEWHERE.match(text, match.end()):
        return "negated"  # "extend the offer to another finalist"
    if kind is K.INTERVIEW_RESCHEDULE_OR_CANCEL and any(
            w in _FLAT_NEGATION or w.startswith("n'") for w in lead[-2:]):
        return "negated"  # "nous ne pourrons pas reprogrammer la rencontre": no new date
    if kind in (K.OFFER, K.INTERVIEW_INVITATION):
        inside = _LEAD_WORDS.findall(match.group(0))
        near = lead[-5:] + inside
        if any(w in lexicon.NEGATION_WORDS or w.startswith("n'") for w in near) or (
                "ab" in near and "davon" in near):
            return "negated"  # ... or refrained from: "sehen wir davon ab, Sie einzuladen"
    return None


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _distinct(
    found: list[tuple[Phrase, re.Match[str]]],
) -> list[tuple[Phrase, re.Match[str]]]:
    """Matches that cover different text: two phrases reading one sentence count once."""
    kept: list[tuple[Phrase, re.Match[str]]] = []
    for phrase, match in sorted(found, key=lambda pm: -pm[0].weight):
        if all(match.end() <= m.start() or match.start() >= m.end() for _, m in kept):
            kept.append((phrase, match))
    return kept


def _phrases(ctx: Context, place: str) -> dict[str, list[tuple[Phrase, re.Match[str]]]]:
    """The lexicon's phrases in the subject or the body, by tag: one search serves all rules."""
    found = ctx.phrases.get(place)
    if found is None:
        text, words = ((ctx.subject, ctx.subject_words) if place == "subject"
                       else (ctx.body, ctx.body_words))
        found = ctx.phrases[place] = {}
        for phrase, match in find(lexicon.ALL_PHRASES, text, words):
            found.setdefault(phrase.tag, []).append((phrase, match))
    return found


_KIND_TAGS = [(kind, kind.value) for kind in lexicon.PHRASES]  # `Phrase.tag` of each kind


@rule
class KindPhrases(Rule):
    """What job mail says: the lexicon's phrases for each kind, in subject and new text."""

    name = "phrases"

    def match(self, ctx: Context) -> Iterable[Signal]:
        places = [("subject", ctx.subject, _phrases(ctx, "subject")),
                  ("phrase", ctx.body, _phrases(ctx, "body"))]
        for kind, tag in _KIND_TAGS:
            for place, text, tagged in places:
                if tag not in tagged:
                    continue
                for phrase, found in _distinct(tagged[tag]):
                    why = _voided(kind, text, found)
                    if why is None:
                        yield Signal(kind, phrase.weight, f'{place}:"{_quote(found.group(0))}"')
                    elif why == "conditional" and kind is K.REJECTION:
                        # "if we do not hear back / if unsuccessful": the hallmark of an ack.
                        evidence = f'conditional:"{_quote(found.group(0))}"'
                        yield Signal(K.APPLICATION_RECEIVED, 1.0, evidence)


_REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|antw|rv|sv|r)\s*:", re.IGNORECASE)


@rule
class ConceptCombos(Rule):
    """Concepts meeting in one sentence (a meeting and a move, an absence and a time...)."""

    name = "combos"

    def match(self, ctx: Context) -> Iterable[Signal]:
        # Once per message: a subject that repeats the body must not outweigh the evidence
        # against a trigger (a podcast "interview" moved in the subject and the body).
        # A reply's subject is the thread's, not this mail's news: "Re: Te esperábamos esta
        # mañana" over "al final no va a ser" counts half.
        echoed = 0.5 if _REPLY_SUBJECT.match(ctx.subject) else 1.0
        seen: set[str] = set()
        # (The body first: a combo both have counts at the body's full weight.)
        for text, hits, share in ((ctx.body, ctx.body_hits, 1.0),
                                  (ctx.subject, ctx.subject_hits, echoed)):
            for hit in concepts.combos_in(text, hits):
                if hit.combo.name not in seen:
                    seen.add(hit.combo.name)
                    yield Signal(hit.combo.kind, hit.weight * share,
                                 f'pattern:{hit.name}:"{_quote(hit.sentence, 60)}"')


# A job board's status page in a mail: "the status of your application for X:" on one line,
# the verdict alone on the next ("Descartada", "Non retenue", "Unsuccessful").
# Or the verdict is the answer of a status field of its own: "Status: Not selected",
# "Estado de la candidatura: Descartada", "Bewerbungsstatus: Abgelehnt".
# (A sentence may follow the verdict on its line: "Status: NOT SELECTED. The facility has
# filled this contract.")
_VERDICT = (r"(descartad[ao]|rechazad[ao]|no seleccionad[ao]|non retenue?|unsuccessful|"
            r"not selected|rejected|declined|abgelehnt|absage)[^\S\n]*(?:[.!][^\n]*)?$")
_STATUS_LINE = re.compile(
    r"^(?=[^\n]*\b(?:estado|status|statut|stand)\b)"
    r"(?=[^\n]*\b(?:candidatura|postulacion|solicitud|application|candidature|bewerbung)\b)"
    r"[^\n]*\n(?:[^\S\n]*\n)?[^\S\n]*(?:[-*:][^\S\n]*)?" + _VERDICT
    + r"|^[^\S\n]*(?:application status|status|estado(?: de (?:la|tu|su) candidatura)?|"
    r"statut(?: de (?:la|votre|ta) candidature)?|bewerbungsstatus|stand)[^\S\n]*:[^\S\n]*"
    + _VERDICT,
    re.MULTILINE,
)
_VERDICTS = frozenset({"descartada", "descartado", "rechazada", "rechazado", "seleccionada",
                       "seleccionado", "retenue", "retenu", "unsuccessful", "selected",
                       "rejected", "declined", "abgelehnt", "absage"})


@rule
class StatusLine(Rule):
    """A platform's status update whose verdict stands alone on its line."""

    name = "status"

    def match(self, ctx: Context) -> Iterable[Signal]:
        if _VERDICTS.isdisjoint(ctx.body_words):
            return
        found = _STATUS_LINE.search(ctx.body)
        if found:
            yield Signal(K.REJECTION, 3.0, f'status:"{found.group(1) or found.group(2)}"')


_METHOD = re.compile(r"^METHOD:\s*(\w+)", re.MULTILINE | re.IGNORECASE)
_SUMMARY = re.compile(r"^SUMMARY[^:\n]*:(.*)$", re.MULTILINE | re.IGNORECASE)
_SEQUENCE = re.compile(r"^SEQUENCE:\s*(\d+)", re.MULTILINE | re.IGNORECASE)


@rule
class CalendarParts(Rule):
    """An emailed invitation: REQUEST invites (or moves, when re-sequenced); CANCEL cancels."""

    name = "calendar"

    def match(self, ctx: Context) -> Iterable[Signal]:
        for part in ctx.email.calendar_parts[:3]:
            summary = _SUMMARY.search(part)
            title = summary.group(1).strip() if summary else ctx.subject
            if routine(title):  # the committee's monthly meeting, the team's daily stand-up
                yield Signal(K.OTHER, 2.0, f'calendar:routine event "{_quote(title, 40)}"')
                continue
            method = _METHOD.search(part)
            value = method.group(1).upper() if method else "PUBLISH"
            sequence = _SEQUENCE.search(part)
            if value == "CANCEL":
                yield Signal(K.INTERVIEW_RESCHEDULE_OR_CANCEL, 3.0, "calendar:METHOD:CANCEL")
            elif value == "REQUEST" and sequence and int(sequence.group(1)) > 0:
                yield Signal(K.INTERVIEW_RESCHEDULE_OR_CANCEL, 2.0, "calendar:updated REQUEST")
                yield Signal(K.INTERVIEW_INVITATION, 1.5, "calendar:METHOD:REQUEST")
            elif value == "REQUEST":
                yield Signal(K.INTERVIEW_INVITATION, 2.5, "calendar:METHOD:REQUEST")


_CALENDAR_SUBJECT = (
    (re.compile(r"^(?:updated invitation|invitation mise a jour|einladung aktualisiert|"
                r"invitacion actualizada|rescheduled|neuer termin)\b"),
     K.INTERVIEW_RESCHEDULE_OR_CANCEL, 2.5),
    (re.compile(r"^(?:cancell?ed(?: event)?|canceled|abgesagt|annule|evenement annule|"
                r"cancelad[oa]|evento cancelado)\s*:"),
     K.INTERVIEW_RESCHEDULE_OR_CANCEL, 2.5),
    (re.compile(r"^(?:invitation|einladung|invitacion)\s*:"), K.INTERVIEW_INVITATION, 1.5),
)


@rule
class CalendarSubject(Rule):
    """Subjects that calendar programs write ("Updated invitation: ...", "Canceled event: ...")."""

    name = "calendar-subject"

    def match(self, ctx: Context) -> Iterable[Signal]:
        for pattern, kind, weight in _CALENDAR_SUBJECT:
            found = pattern.match(ctx.subject)
            if not found:
                continue
            if not routine(ctx.subject):
                yield Signal(kind, weight, f'calendar:subject "{_quote(found.group(0))}"')
            elif not ctx.email.calendar_parts:  # else `CalendarParts` has said it
                yield Signal(K.OTHER, 2.0, f'calendar:routine event "{_quote(ctx.subject, 40)}"')
            return


def _in_body(tag: str, ctx: Context) -> list[tuple[Phrase, str]]:
    return [(p, m.group(0)) for p, m in _phrases(ctx, "body").get(tag, ())]


@rule
class BulkMail(Rule):
    """Newsletters, digests and job alerts: list headers, bulk precedence, links, footers."""

    name = "bulk"

    def match(self, ctx: Context) -> Iterable[Signal]:
        email = ctx.email
        # An ATS's or a job board's own mail may carry list headers (its mail service adds
        # them to every message); they weigh less than a list's. Its digests still read as
        # bulk by their links and footers.
        # So may any service's receipt of the reader's own application ("Your application
        # was sent", "Tu solicitud se envió a X"): it is no list, whoever the service is.
        sent = "sent" in _phrases(ctx, "subject") or "sent" in _phrases(ctx, "body")
        platform = 0.5 if ctx.ats or sent else 1.0
        if email.list_id:
            yield Signal(K.OTHER, 3.0 * platform, "header:List-Id")
        if email.precedence in ("bulk", "list", "junk"):
            yield Signal(K.OTHER, 2.5 * platform, f"header:Precedence {email.precedence}")
        if email.list_unsubscribe:
            yield Signal(K.OTHER, 2.0 * platform, "header:List-Unsubscribe")
        if email.link_count >= 8:
            weight = 3.0 if email.link_count >= 20 else 2.0
            yield Signal(K.OTHER, weight, f"structure:{email.link_count} links")
        found = _phrases(ctx, "body").get("bulk", ())
        # "You're receiving this because you applied. Manage email preferences": the line
        # that gives the reader's application as the reason is all one system's notice.
        transactional = [_transactional(ctx.body, m) for _, m in found]
        own = {_line_of(ctx.body, m) for (_, m), t in zip(found, transactional, strict=True) if t}
        kept = [(p, m) for (p, m), t in zip(found, transactional, strict=True)
                if not t and _line_of(ctx.body, m) not in own]
        if not kept:
            return
        # An ATS or a signing relay frames one person's mail with links to its alerts and
        # settings too.
        scale = 0.5 if sent or (email.sender and ats_of(email.sender.email)) else 1.0
        for phrase, match in _one_per_line(ctx.body, kept)[:3]:
            yield Signal(K.OTHER, phrase.weight * scale, f'bulk:"{_quote(match.group(0))}"')


def _line_of(body: str, match: re.Match[str]) -> int:
    return body.rfind("\n", 0, match.start())


def _one_per_line(body: str, found: list[tuple[Phrase, re.Match[str]]]
                  ) -> list[tuple[Phrase, re.Match[str]]]:
    """The strongest bulk phrase of each line, in the order of the lines.

    One footer line ("Unsubscribe from job alerts") is one link in a system's frame, not
    two signs of a mailing list.
    """
    best: dict[int, tuple[Phrase, re.Match[str]]] = {}
    for phrase, match in found:
        line = _line_of(body, match)
        if line not in best or phrase.weight > best[line][0].weight:
            best[line] = (phrase, match)
    return [best[line] for line in sorted(best)]


# A footer that gives the reader's own account or application as the reason for the mail
# ("you are receiving this email because you applied / of your activity on our careers
# site") is a system's transactional notice, not a list.
_OWN_REASON = re.compile(
    r"\W+(?:of |due to |as )?(?:your (?:activity|application|account|profile|candidacy|"
    r"registration|candidate profile)|you (?:applied|have applied|created|registered|signed up|"
    r"have an account|started an application)"
    # A calendar's footer: "because you are an attendee of this event".
    r"|you (?:are|were) (?:an attendee|an invitee|a guest|invited|a participant))"
)
# Words before a bulk phrase that offer to sign up rather than send: "create a job alert".
_SIGN_UP = frozenset({"create", "set", "setup", "sign", "subscribe", "activate", "join", "turn"})


# ... or before it, in any of the four languages: "Indeed vous envoie cet e-mail car vous
# avez postulé à une offre. Se désabonner" (folded).
_OWN_REASON_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_BECAUSE))})\W+(?:you|vous|sie|du|te|tu|usted)\W+"
    r"(?:\w+\W+){0,3}?(?:appl|postul|candidat|beworben|bewarbst|registr|inscri)")


def _transactional(body: str, match: re.Match[str]) -> bool:
    """Whether a bulk phrase is part of one person's transactional mail, not a list's."""
    if _OWN_REASON.match(body, match.end()):
        return True
    line = body[body.rfind("\n", 0, match.start()) + 1:match.start()]
    if _OWN_REASON_BEFORE.search(line):
        return True
    return not _SIGN_UP.isdisjoint(_lead(body, match.start(), 40)[-3:])


@rule
class OtherMeaning(Rule):
    """Words that put "interview", "position" or "delayed" in another world (press, UX, parcels)."""

    name = "meaning"

    def match(self, ctx: Context) -> Iterable[Signal]:
        words = ctx.other_world
        for word in words[:3]:
            yield Signal(K.OTHER, 3.0, f'context:"{_quote(word)}"')
        only = {w for _, w in (*ctx.subject_hits.get("world", ()), *ctx.body_hits.get("world", ()))}
        for word in sorted(only.intersection(words))[:1]:
            # Weightless: it tells `classify` that a lone job word is that world's own.
            yield Signal(K.OTHER, 0.0, f'world:"{_quote(word)}"')


# Health care employs as many people as it treats, publishing as many as it prints, and a
# charity hires from its volunteers: in mail that names a job, "patient" or "clínica",
# "magazine" or "rédaction" is as likely the employer's world (or the candidate's writing
# test) as a doctor's visit or a subscription (see `classify`). Not the people who interview
# for the press: "journalist", "reporter".
_EMPLOYING = re.compile(r'context:"(?:(?:la |une |votre |cette |chere |notre )?patient|paciente|'
                        r'doctor|dentist|dental|clinic|medical|'
                        r'pharmacy|physician|arzt|zahnarzt|medecin|medico|clinica|magazine|magazin|'
                        r'newspaper|zeitung|revue|revista|editorial|redaction|redaccion|redakt|'
                        # A car dealer sells and repairs cars with its staff.
                        r'autohaus|'
                        r'publication|article|articulo|artikel|'
                        # A charity's staff come from its volunteers ("una persona que ya venía
                        # colaborando como voluntaria").
                        r'volunteer|ehrenamt|benevol|voluntari)')


def employs(signal: Signal) -> bool:
    """Whether an other-meaning signal rests on a word of a world that employs: health care,
    publishing."""
    return _EMPLOYING.match(signal.evidence) is not None


def other_world(
    subject_hits: concepts.Hits, body_hits: concepts.Hits, language: str, original: str,
    signer: str = "",
) -> list[str]:
    """The words that put a message in another world ("podcast", "parcel", "grant"),
    except those only seen as part of a name ("Brightwave Media"). Read once per message
    for `Context.other_world`: it costs a pass over the text as written.

    Args:
        subject_hits, body_hits, language, original: as in `Context`.
        signer: the sender's display name: a line that signs with it, whole or its first
            word ("Grant"), is a name, not a research grant.
    """
    found = (*subject_hits.get("meaning", ()), *body_hits.get("meaning", ()))
    words = {word for _, word in found}
    if language != "en":
        words -= _LOANED  # "Le package est attractif": the pay, in French or German mail
    if len(words) > 1:  # "clinica" of "clinica dental": one word of the world, not two
        words = {w for w in words if not any(w != o and f" {w} " in f" {o} " for o in words)}
    if not words:
        return []
    # The words are folded ("Clínica" is read as "Clinica"). Links and addresses are set
    # aside: "calendly.com/olivia-grant" spells a person's name, not a research grant. A
    # subject written all in lower case ("mission ardenne leasing") says nothing of case.
    subject, _, rest = original.partition("\n")
    if subject == subject.lower():
        original = rest
    original = unaccent(_without_links(_without_signer(original, signer)))
    if language == "de":  # German writes every noun capitalized: "Ihr Paket", "Die Zeitung"
        return [w for w in sorted(words) if w in _OWN_WORLD or not _in_german_name(w, original)]
    return [w for w in sorted(words) if w in _OWN_WORLD or not (
        _is_name_part(w, original) or (w in _FLOOR and _FLOOR[w].search(original)))]


def _without_signer(text: str, signer: str) -> str:
    """`text` without the lines that hold only the signer's name, whole or its first word."""
    names = {signer.strip(), signer.partition(" ")[0]} - {""}
    if not any(name in text for name in names):
        return text  # signed otherwise: nothing to remove
    return "\n".join(line for line in text.split("\n") if line.strip(" ,") not in names)


# What stands before a German noun that is no name: "Ihr Paket", "die Zeitung", "zum Arzt".
_GERMAN_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "ihr", "ihre", "ihren", "ihrem", "ihres", "unser", "unsere", "unseren", "unserem", "dein",
    "deine", "deinen", "zum", "zur", "im", "am", "vom", "beim", "mit", "von", "bei", "fur",
    "uber", "auf", "in", "an", "zu", "sie", "wir", "ich", "du"})
_WORD_BEFORE = re.compile(r"([^\W\d_][\w&.\-]*)[^\S\n]+\Z")


def _in_german_name(word: str, original: str) -> bool:
    """Whether a word of another world is, in German mail, only ever part of a name: written
    capitalized right after another capitalized word that is no article or pronoun
    ("Veltronix Medical Deutschland"; not "Ihr Paket")."""
    if " " in word or not word.isascii():
        return False
    seen = False
    for found in re.finditer(rf"(?<!\w)(?i:{re.escape(word)})(?!\w)", original):
        start = found.start()
        before = _WORD_BEFORE.search(original, max(0, start - 40), start)
        if not (original[start].isupper() and before and before.group(1)[0].isupper()
                and fold(before.group(1)) not in _GERMAN_DETERMINERS):
            return False
        seen = True
    return seen


# A flat's word that an address uses for its floor ("Av. Alem 1000, piso 8", "3er piso") or
# that Latin America uses for the shop floor ("tu experiencia en piso", "supervisor de piso",
# "el piso de producción"); a card that is a professional licence ("tarjeta profesional");
# and the words below, each with its own.
_FLOOR = {"piso": re.compile(
              r"(?i)\bpiso\s+\d|\d\S{0,2}\s+piso\b"
              r"|\ben piso\b(?!\s+(?:compartido|de alquiler|alquilado|propio|amueblado))"
              r"|\bpiso de (?:produccion|planta|fabrica|manufactura|venta|ventas|operacion)"
              r"|\b(?:supervisor|supervisora|jefe|jefa|encargado|encargada|gerente|personal|"
              r"gente|operador|operadora|operarios|trabajo|experiencia) de piso\b"),
          # ... or a visitor's badge ("la tarjeta de visita en recepción")
          "tarjeta": re.compile(r"(?i)\btarjeta\s+(?:profesional|de\s+(?:visita|visitante|"
                                r"acceso))"),
          # a clinic's admissions desk, a post: "la vacante de admisión y facturación"
          "admision": re.compile(
              r"(?i)\b(?:vacante|puesto|plaza|auxiliar|administrativ[oa]s?|personal|"
              r"recepcion|recepcionista|servicio) de admision\b|\badmision y facturacion\b"
              # ... and a public post's call: "Solicitud de admisión – Bolsa de Técnico/a",
              # "admisión a las pruebas selectivas"
              r"|\badmision\b[^.\n]{0,12}?\b(?:bolsa|pruebas selectivas|proceso selectivo|"
              r"oposicion|concurso-oposicion)\b"),
          # a law's numbered article, which a public registry's receipt cites ("conforme al
          # artículo 31 de la Ley 39/2015"); not a press article
          "articulo": re.compile(r"(?i)\barticulo\s+\d"),
          # the pay: "the package is €47,000", "a relocation package"
          "package": re.compile(
              r"(?i)\b(?:salary|pay|compensation|remuneration|benefits?|relocation|reward|"
              r"rewards|total)\s+package\b|\bpackage\b[^.\n]{0,20}?(?:€|£|\$|\d{2,3}[,.]\d{3})")}
# A name that is its world: "Radio Turia" asks for an interview on air, "Graduate
# Admissions" decides on a place to study, a "Cash Back Visa" is a card, and an "Entry
# Permit" a permit to enter.
_OWN_WORLD = frozenset({"radio", "podcast", "admission", "admissions", "rewards visa",
                        "cash back visa", "visa card", "entry permit", "credential assessment",
                        "credential evaluation",
                        # a course's name holds its kind: "el Diplomado en Customer Success"
                        "diplomado", "diplomatura",
                        # a French primary class, written in capitals: "Enseignante de CE2"
                        "ce1", "ce2", "cm1", "cm2"})
# English words other languages borrow with their job meaning only, or spell with a meaning
# of their own: a French or German "package" is the pay that comes with a post (the parcel
# is a "colis", a "Paket"); Spanish "media hora" is half an hour.
_LOANED = frozenset({"package", "media"})
_LINK = re.compile(r"\S+://\S+|\bwww\.\S+|\S+@\S+")
_LINK_MARK = re.compile(r"://|www\.|@")  # one of which every link or address has


def _without_links(text: str) -> str:
    """`text` with its links and addresses blanked out.

    A link or an address lies in one run of non-space characters, one with a mark in it:
    `_LINK` reads those runs only. Over the whole mail it backtracks through every word
    looking for one (25 µs on a short mail).
    """
    runs = sorted({_run_around(text, found.start()) for found in _LINK_MARK.finditer(text)})
    pieces: list[str] = []
    done = 0
    for start, end in runs:
        pieces += (text[done:start], _LINK.sub(" ", text[start:end]))
        done = end
    return "".join(pieces) + text[done:] if runs else text


_SPACE = re.compile(r"\s")


def _run_around(text: str, index: int) -> tuple[int, int]:
    """Where the run of non-space characters around `text[index]` starts and ends."""
    start = index
    while start and not text[start - 1].isspace():
        start -= 1
    space = _SPACE.search(text, index)
    return start, space.start() if space else len(text)


def _is_name_part(word: str, original: str) -> bool:
    """True when the word only occurs capitalized mid-sentence: "Brightwave Media" is a name.
    A phrase is one when its first and last words are: "Visa Signature card" is a product.

    Args:
        original: the text as written, accents removed (`phrases.unaccent`).
    """
    if not word.isascii():
        return False
    # A phrase's middle words may be ones it skips ("join the NMC register").
    words = word.split()
    return _capitalized_only(words[0], original) and (
        len(words) == 1 or _capitalized_only(words[-1], original))


def _capitalized_only(word: str, original: str) -> bool:
    """Whether `original` never writes `word` in lower case, nor in any case where a
    sentence or a line opens (where a capital says nothing).

    Two patterns that open with the word itself, with the edges checked here: one pattern
    that opens with a look-behind or a sentence's end is tried at every position of the mail.
    """
    escaped = re.escape(word)
    lower = re.compile(rf"{escaped}(?!\w)")
    position = 0
    while found := lower.search(original, position):
        start = found.start()
        if not (start and _WORD_CHAR.match(original, start - 1)):
            return False
        position = start + 1
    any_case = re.compile(rf"(?i:{escaped})(?!\w)")
    position = 0
    while found := any_case.search(original, position):
        if _opens_sentence(original, found.start()):
            return False
        position = found.start() + 1
    return True


_WORD_CHAR = re.compile(r"\w")
_SENTENCE_STOPS = frozenset(".!?:")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `start` opens the text, a line (after a line break and any spaces) or a
    sentence (after ".", "!", "?" or ":" and at least one space)."""
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    return (start == 0 or "\n" in text[end:start]
            or (start > end >= 1 and text[end - 1] in _SENTENCE_STOPS))


_AUTO_REPLY_SUBJECT = re.compile(
    r"^(?:automatic reply|auto[- ]?reply|autoreply|out of (?:the )?office|abwesenheit\w*|"
    r"automatische antwort|reponse automatique|absence du bureau|respuesta automatica|"
    r"fuera de la oficina)\b"
)


# What an away note says in its first lines: "I am out of the office until Monday".
_AWAY = re.compile(
    r"\b(?:out of (?:the )?office|on (?:annual |parental |maternity |sick )?leave|away from|"
    r"on holiday|on vacation|limited access|back (?:on|in the office|at my desk)|return on|"
    r"abwesend|nicht im (?:buro|haus)|im urlaub|bin ab|ausser haus|absent|en conge|"
    r"hors du bureau|de retour|de vacaciones|fuera de la oficina|ausente|estare fuera|"
    r"de baja|regreso el)\b"
)


@rule
class AutoReply(Rule):
    """An out-of-office reply answers the user's mail; it says nothing about the application,
    whatever the subject it echoes ("Automatic reply: Re: Final round availability")."""

    name = "auto-reply"

    def match(self, ctx: Context) -> Iterable[Signal]:
        value = (ctx.email.auto_submitted or "").lower()
        if value.startswith("auto-replied"):
            # A careers inbox answers a mailed application by itself too ("this automated
            # response confirms we have received it"): only an away note says nothing.
            away = _AWAY.search(ctx.body) or _AUTO_REPLY_SUBJECT.match(ctx.subject)
            yield Signal(K.OTHER, 4.0 if away else 1.0, "header:Auto-Submitted auto-replied")
        elif _AUTO_REPLY_SUBJECT.match(ctx.subject):
            yield Signal(K.OTHER, 4.0, "subject:automatic reply")


# A button or link a system writes for the reader, alone on its line (folded).
_BUTTON = re.compile(r"(?m)^[^\S\n]*(?:manage|view|reschedule|cancel|track|check|update|edit|"
                     r"confirm|schedule|book|change) my [^\n]{1,30}$")


@rule
class OwnStory(Rule):
    """Someone telling about their own search ("they rejected me"), not an employer writing,
    nor a recruiter passing on what the client told them about the reader's application."""

    name = "narrative"

    def match(self, ctx: Context) -> Iterable[Signal]:
        stories = _in_body("narrative", ctx)
        # An ATS button says "Schedule my interview" for the candidate, a job board's link
        # "Ver el estado de mi candidatura": a system tells no story of its own.
        sender = ctx.email.sender.email if ctx.email.sender else ""
        if not stories or ctx.ats or (sender and is_no_reply(sender)):
            return
        if _in_body("relay", ctx):
            # A recruiter passes on what the client told them ("me han dicho que no"), but
            # tells of no interview of their own: "j'ai passé mon entrevue" beside "ta
            # candidature" is a friend's story.
            stories = [(p, t) for p, t in stories if _OWN.match(t)]
            if not stories:
                return
        # ... nor does a scheduling page's button from the employer's own address ("Manage
        # my interview").
        buttons = " ".join(_BUTTON.findall(ctx.body)) if " my " in ctx.body else ""
        for phrase, text in stories[:3]:
            if text not in buttons:
                yield Signal(K.OTHER, phrase.weight, f'narrative:"{_quote(text)}"')


# A story of the writer's own, by its possessive: "my interview", "mon entrevue", "mi rechazo".
_OWN = re.compile(r"(?:my|mon|ma|mes|mi|mis|meine?|meiner) ")


# What a cold approach has not reached yet: an interview, or an application of the reader's.
_IN_PROCESS = re.compile(
    r"\b(?:interview\w*|entretien\w*|entrevista\w*|entrevue\w*|\w*gesprach\w*|"
    r"(?:your|tu|su|votre|ta|ihre|deine) (?:application|candidacy|candidatura|solicitud|"
    r"candidature|bewerbung|kandidatur)|applied|you applied|postulaste|postulo|postule|"
    r"beworben)\b")
# ... which the approach may deny: "no interview or anything formal", "kein Vorstellungsgespräch".
_NO_INTERVIEW = re.compile(r"\b(?:no|not an?|kein|keine|pas d'|pas un|sin|ni) "
                           r"(?:interview|entretien|entrevista|\w*gesprach)\w*")


# A slot already named or offered: a clock time, or a link to book one (not an advert's on the
# careers pages); or a day ("this or next week" names none, and French "mon" is "my").
_SLOT = re.compile(r"\b\d{1,2}(?:[:.h]\d{2}|\s?[ap]m)\b|://(?![^\s/]+/(?:careers|jobs?|vacanc"
                   r"|stellen|empleo|emploi|offres?)\b)")
_SET_DAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "demain", "lunes", "martes", "miercoles", "jueves", "viernes", "manana",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"})


@rule
class ColdApproach(Rule):
    """A recruiter who found the reader's profile and asks whether they are open to a chat:
    a first contact, no interview yet. A call with its day or time set, or a link to book
    one, is a screening call all the same ("saw your CV, can you do a call tmrw 12.30?")."""

    name = "approach"

    def match(self, ctx: Context) -> Iterable[Signal]:
        found = _in_body("approach", ctx)
        if not found or _IN_PROCESS.search(_NO_INTERVIEW.sub("", ctx.body)) or (
                _IN_PROCESS.search(ctx.subject)) or _SLOT.search(ctx.body) or any(
                word in _SET_DAYS and (word != "mon" or ctx.language == "en")
                for _, word in ctx.body_hits.get("time", ())):
            return
        yield Signal(K.OTHER, found[0][0].weight, f'approach:"{_quote(found[0][1])}"')


@rule
class Sender(Rule):
    """Mail from an applicant-tracking system is job mail; so is a recruiting team's name."""

    name = "sender"
    TEAM = re.compile(
        r"\b(?:recruit\w*|talent|hiring|careers?|jobs?|hr|human resources|people team|"
        r"personal\w*|bewerbung\w*|karriere|recrutement|rh|drh|grh|ressources humaines|seleccion|"
        r"reclutamiento|rrhh|talento)\b"
    )

    def match(self, ctx: Context) -> Iterable[Signal]:
        sender = ctx.email.sender
        if ctx.ats:
            yield Signal(K.OTHER, 0.0, f"sender:{ctx.ats} ATS")
        elif sender and _is_team(sender.name, sender.email):
            yield Signal(K.OTHER, 0.0, "sender:recruiting team")


ENOUGH_JOB_WORDS = 3  # the most `classify` distinguishes (see `job_context`)
# Job words other worlds use as well: a grant, a flat or a credit card has an "application"
# (a French flat a "candidature").
# In mail that names such a world they say nothing about a job.
_SHARED_JOB_WORDS = frozenset({"appli", "apply", "candi"})


@functools.lru_cache(maxsize=4096)  # senders recur, and two rules ask
def _is_team(name: str, address: str) -> bool:
    """Whether a sender's name or address is a recruiting team's ("Acme Talent", jobs@)."""
    return bool(Sender.TEAM.search(fold(name + " " + address)))


def job_context(ctx: Context) -> int:
    """How many distinct job words the message has (3 means "3 or more"), plus a bonus for an
    ATS sender or a recruiting team's name.

    Zero means the mail is probably not about a job at all: a flat, a card or a paper can be
    "declined", a doctor can "miss you at your appointment". The quoted chain and the sender's
    name count here: they say what the conversation is about, though never what just happened.
    The classifier only asks whether there are none and whether there are 3 or more, so the
    quoted chain is read only when the new text leaves that open.
    """
    email = ctx.email
    sender = email.sender
    team = bool(sender and _is_team(sender.name, sender.email))
    bonus = (2 if ctx.ats else 0) + (1 if team else 0)
    found = {
        word[:5] for hits in (ctx.subject_hits, ctx.body_hits) for _, word in hits.get("job", ())
    }
    if ctx.other_world:
        found -= _SHARED_JOB_WORDS
    if len(found) + bonus >= ENOUGH_JOB_WORDS:
        return len(found) + bonus
    extra = fold(sender.name) if sender else ""
    if len(email.text) > len(email.new_text):
        extra += "\n" + fold(email.text[len(email.new_text) : len(email.new_text) + 6000])
    found.update(word[:5] for _, word in concepts.INDEX.find(extra).get("job", ()))
    return len(found) + bonus


def signals(ctx: Context) -> list[Signal]:
    """Every signal every registered rule finds in one message."""
    result: list[Signal] = []
    for each in RULES:
        result.extend(each.match(ctx))
    return result

