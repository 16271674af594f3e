"""Classify one email into the seven kinds of SPEC section 3, with evidence and a confidence.

Imports `records` and the sibling pure modules (`rules`, `lexicon`, `phrases`, `extract`,
`ats`, `model`); no I/O beyond reading the shipped weights once, no clock, no network. The
method is weighted rules blended with a word model: every registered rule (`detect/rules.py`)
returns signals, this module adds them up per kind, and `_decide` weighs the result against
what the words of the mail say (`detect/model.py`).

How the weights combine, and why:
- A kind's score is its strongest signal plus half the next plus a quarter of the third:
  agreeing phrases make a decision surer without letting one long mail win by sheer length.
- `other` starts at 1.0 and collects the evidence against a trigger (bulk mail, another
  meaning, someone's own story). Mail that names another world ("grant", "parcel") and has
  not a single job word has its job scores damped. A lack of job words alone proves little:
  people write "thanks for your time, we've decided to go another direction" or "could you
  do Thursday at 2 for a call?" without ever saying "interview", "role" or "application".
  A job kind the rules score under 2.0 keeps no rule weight in the blend.
- Some kinds contain others by nature: a missed-interview notice proposes a new time, a
  rejection thanks you for applying, an offer mentions the interview. A strong signal of the
  containing kind halves the contained kind's score.
- The scores become probabilities by a softmax (temperature 1) and are averaged with the
  word model's; the confidence is the winner's blended probability: "calibrated-ish", higher
  when rules and words agree and the winner stands clear of the runner-up.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import chain, repeat

from assistant.detect import concepts, lexicon, model, rules
from assistant.detect.ats import FREE_MAIL_DOMAINS, RELAYS, ats_of
from assistant.detect.extract import extract, personal_contact
from assistant.detect.phrases import fold, unwrap
from assistant.records import Classification, Email, EmailKind

logger = logging.getLogger(__name__)

K = EmailKind
_OTHER_BASE = 1.0
_MIN_TRIGGER = 2.0
# Below this, a rejection only the words say is a guess: scored by models trained without
# their corpus (five folds over all corpora), such guesses were offers, invitations and an
# acknowledgement as often as rejections (3 of 5 under 0.35; 1 of 5 just above).
_WORDS_ONLY_REJECTION = 0.35
_MODEL_SHARE = 0.5  # the word model's most in the blended decision (`_decide`)...
_MODEL_WORDS = 30  # ...reached when it knows this many of the message's words
_FIRM_MOVE = 4.0  # a move more than one rule reads (`_decide`)
_NO_JOB_DAMPING = 0.4  # job signals in another world's mail, or calendar noise, without a job word
_PLAIN_DAMPING = 0.75  # ...and in other mail without a job word
_DECAY = (1.0, 0.5, 0.25, 0.125)
_HEAD_CHARS = 6000  # decide on the start of the new text, where people write what matters...
_TAIL_CHARS = 1500  # ...and look at its end, where bulk mail keeps its footer
_SUBSUMES: dict[EmailKind, tuple[EmailKind, ...]] = {
    K.MISSED_INTERVIEW_NOTICE: (K.INTERVIEW_RESCHEDULE_OR_CANCEL, K.INTERVIEW_INVITATION),
    K.OFFER: (K.APPLICATION_RECEIVED, K.INTERVIEW_INVITATION),
    K.REJECTION: (K.APPLICATION_RECEIVED, K.INTERVIEW_INVITATION, K.INTERVIEW_RESCHEDULE_OR_CANCEL),
    K.INTERVIEW_RESCHEDULE_OR_CANCEL: (K.INTERVIEW_INVITATION,),
    # "We have received your application and would like to meet you": the news is the meeting.
    K.INTERVIEW_INVITATION: (K.APPLICATION_RECEIVED,),
}
_FORWARD = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc)\s*:", re.IGNORECASE)
_JOB_KINDS: tuple[EmailKind, ...] = tuple(k for k in EmailKind if k is not K.OTHER)


_STOP_INDEX: dict[str, tuple[str, ...]] = {}
for _language, _stops in lexicon.STOP_WORDS.items():
    for _word in _stops:
        _STOP_INDEX[_word] = (*_STOP_INDEX.get(_word, ()), _language)


_PUNCTUATION = ".,;:!?()\"'«»¿¡"
_ELIDING = frozenset({"c", "d", "j", "l", "m", "n", "qu", "s", "t", "jusqu", "lorsqu", "puisqu"})
_FRENCH = ("fr",)


def detect_language(text: str, *, folded: bool = False) -> str:
    """The language of `text` among en, de, fr and es, by stop-word counts; "en" when unsure.

    Args:
        folded: `text` is already folded (`phrases.fold`), as the classifier's copy is.
    """
    sample = text[:4000] if folded else fold(text[:4000])
    # Whole words ("example.de" is no German "de"; "vous," is "vous": no stop word starts or
    # ends with punctuation), each looked up by `map`, in C.
    words = sample.split()
    found = list(map(_STOP_INDEX.get, map(str.strip, words, repeat(_PUNCTUATION))))
    if "'" in sample:
        for index, word in enumerate(words):
            if "'" in word and found[index] is None and word.partition("'")[0] in _ELIDING:
                found[index] = _FRENCH  # "t'attendait", "d'atelier", "qu'il": French elides
    # Counted in order of first sight: the first of equals wins.
    counts = Counter(chain.from_iterable(filter(None, found)))
    if not counts:
        return "en"
    language = max(counts, key=counts.__getitem__)
    best = counts[language]
    return language if best >= 2 and best > counts.get("en", 0) else "en"


# Someone else's words in quotation marks (five words or more, on one line): a friend
# quoting the rejection they got, a newsletter quoting a recruiter. Folded text has straight
# quotes; German opens with „, French writes « ».
# Single quotes too ('we have decided to go with someone else'), but not an apostrophe: a
# quote opens after no letter and closes before none; "don't" inside is part of the speech.
_QUOTED_SPEECH = re.compile(
    r'["„«][^"„«»\n]{12,300}?["»]'
    r"|'(?<![\w']')(?=\S)(?:[^'\n]|(?<=\w)'(?=\w)){12,300}?(?<=\S)'(?!\w)")
_QUOTED_WORDS = 5
# Fewer words are a set phrase named, not said ("otro «lamentamos comunicarle»"), unless they
# are the post's title: 'die Stelle "Pädagogische Fachkraft"', "au poste « Chef de projet »".
_SHORT_QUOTE_WORDS = 2
_TITLE_BEFORE = re.compile(
    r"\b(?:stelle|position|posten|poste|post|role|job|puesto|plaza|vacante|oferta|offre|offer|"
    r"title|titel|intitule|titulo|as|als|comme|como|de|of|for|fur|pour|para)\W{0,3}$")
# ... unless a job board hands on the employer's note to the user in quotes: "Message du
# recruteur : « ... »", "Nachricht des Unternehmens: „...“".
_NOTE_FOR_YOU = re.compile(
    r"\b(?:message|nachricht|mensaje|note|notiz|comment|commentaire|kommentar|comentario)\b"
    r"[^.!?\n:]{0,40}:\s*$")
# ... or a paragraph of its own, just after the board said the employer read the reader's
# application ("Le recruteur de X a examiné votre candidature ... \n\n« Nous avons choisi
# ... »").
_YOUR_APPLICATION = re.compile(
    r"\b(?:votre|ta|your|ihre|deine|tu|su) (?:candidature|application|bewerbung|candidatura|"
    r"solicitud|postulacion)\b")


def _unquote(folded: str) -> str:
    """`folded` without the speech it quotes: what happened to someone else, in their words,
    says nothing about what happens to the user (an employer does not quote itself)."""
    if '"' not in folded and "«" not in folded and "„" not in folded and "'" not in folded:
        return folded

    def blank(match: re.Match[str]) -> str:
        start = match.start()
        words = len(match.group(0).split())
        if words < _SHORT_QUOTE_WORDS or (words < _QUOTED_WORDS and _TITLE_BEFORE.search(
                folded, max(0, start - 12), start)) or _NOTE_FOR_YOU.search(
                folded, max(0, start - 60), start) or (
                folded[start - 1:start] in ("\n", "") and _YOUR_APPLICATION.search(
                    folded, max(0, start - 250), start)):
            return match.group(0)
        return " "

    return _QUOTED_SPEECH.sub(blank, folded)


# German gender marks inside a word: "eine:n andere:n Kandidat:in", "Bewerber*innen". The
# letter before the mark is looked behind from after it: a pattern that starts with the mark,
# not with a look-behind, lets the engine skip to the marks.
_GENDER_MARK = re.compile(r"[:*_](?<=[a-z][:*_])(?=(?:in|innen|n|r|e)\b)")


def _ungendered(folded: str) -> str:
    """`folded` with German gender marks closed up ("kandidatin", "anderen"), so phrases
    written for the plain forms read them."""
    if ":" in folded or "*" in folded or "_" in folded:
        return _GENDER_MARK.sub("", folded)
    return folded


def _excerpt(text: str) -> str:
    if len(text) <= _HEAD_CHARS + _TAIL_CHARS:
        return text
    return text[:_HEAD_CHARS] + "\n" + text[-_TAIL_CHARS:]


def _damping(signal: rules.Signal, elsewhere: bool) -> float:
    """How much a job signal counts in mail without a single job word.

    Mail that names another world ("your parcel", "the grant") uses the job words' cousins
    for its own affairs, and a calendar invitation with no job word is a meeting at work;
    both are damped hard. What a person writes in plain words ("we've decided not to move
    forward", "could you do Thursday at 2?") is damped a little: employers often leave the
    job unnamed in a thread that already names it.
    """
    if elsewhere or signal.evidence.startswith("calendar:"):
        return _NO_JOB_DAMPING
    return _PLAIN_DAMPING


def _decayed(weights: list[float]) -> float:
    if not weights:
        return 0.0  # most kinds of most mail: no sort, no sum (7 kinds a message)
    return sum(w * d for w, d in zip(sorted(weights, reverse=True), _DECAY, strict=False))


def _scores(found: list[rules.Signal], job_words: int) -> dict[EmailKind, float]:
    worlds = sum(1 for s in found if s.evidence.startswith("context:"))  # (all OTHER's)
    elsewhere = worlds > 0
    # One job word is no job in mail that names a world no job names (a card, a flat, a
    # survey): they have their "application", "applicant" or "interview" too. Words a job
    # also uses ("editor", "media", "submission") do not count here.
    world = any(s.evidence.startswith("world:") for s in found)
    # A calendar invitation without a single job word is a meeting at work or elsewhere.
    elsewhere = elsewhere or (not job_words and any(
        s.evidence.startswith("calendar:") for s in found))
    weak = not job_words or (world and job_words <= 1)
    # The call a recruiter's cold approach proposes is a first chat, not an interview.
    approached = any(s.evidence.startswith("approach:") for s in found)
    by_kind: dict[EmailKind, list[float]] = defaultdict(list)
    for signal in found:
        weight = signal.weight
        if approached and signal.kind is K.INTERVIEW_INVITATION:
            weight /= 2
        if signal.kind is K.OTHER:
            if signal.evidence.startswith("context:") and job_words and rules.employs(signal):
                weight /= 2  # a clinic's job mail speaks of patients
            if (signal.evidence.startswith("context:") and job_words >= rules.ENOUGH_JOB_WORDS
                    and worlds < 2):
                # "press" or "delivery" in a mail full of job words is a job title; two words
                # of one other world ("entretien de suivi", "votre conseillère") are that world
                weight /= 2
        elif weak:
            weight *= _damping(signal, elsewhere)
        if weight:
            by_kind[signal.kind].append(weight)
    damp = 1.0
    if any(s.weight >= 3 for s in found if s.evidence.startswith("narrative:")):
        damp /= 2  # someone telling their own story quotes the employer's words
    scores: dict[EmailKind, float] = {k: _decayed(by_kind[k]) * damp for k in _JOB_KINDS}
    scores[K.OTHER] = _OTHER_BASE + _decayed(by_kind[K.OTHER])
    # Which event the mail tells is read on the rules' own weights: damping says how sure
    # it is job mail at all ("shift our chat" names no job), not which event it is.
    strongest: dict[EmailKind, float] = defaultdict(float)
    for signal in found:
        strongest[signal.kind] = max(strongest[signal.kind], signal.weight)
    for big, smaller in _SUBSUMES.items():
        if (by_kind[big] and strongest[big] >= 3.0) or scores[big] >= 3.5:
            for kind in smaller:
                scores[kind] /= 2
    return scores


def _decide(
    scores: dict[EmailKind, float], opinion: model.Opinion
) -> tuple[EmailKind, float]:
    """The kind the rules' scores and the word model's `opinion` agree on best, and how sure.

    The rules' scores become probabilities by a softmax (temperature 1), and the two are
    averaged. The model's share grows with the words it knows, up to a half at
    `_MODEL_WORDS`: from three lines ("dispo pour un call ?") it can only guess from a few
    common words, while the rules have read the phrase; in a whole letter the words tell
    what phrasing the rules have never seen. Chosen by leaving one corpus out at a time
    (`bench/train_model.py --cv`); the hand-written hard cases hold with it.
    """
    share = _MODEL_SHARE * min(1.0, opinion.known / _MODEL_WORDS)
    # A job kind scored under the trigger has no rule behind it: a stray word, not a phrase.
    ruled = {k: s if k is K.OTHER or s >= _MIN_TRIGGER else 0.0 for k, s in scores.items()}
    top = max(ruled.values())
    exps = {k: math.exp(s - top) for k, s in ruled.items()}
    total = sum(exps.values())
    blended = {k: (1 - share) * exps[k] / total + share * opinion.probabilities[k]
               for k in scores}
    kind = max(blended, key=blended.__getitem__)
    moved = ruled[K.INTERVIEW_RESCHEDULE_OR_CANCEL]
    if moved and not ruled[kind] and (kind is K.REJECTION or (
            kind is K.INTERVIEW_INVITATION and moved >= _FIRM_MOVE)):
        # Only the words say rejection, and the rules read a meeting being moved ("could we
        # shift our chat to Thursday? No worries if not"): a rejection moves no meeting, and
        # a false one drafts "thank you for letting me know". Nor does an invitation, when
        # more than one rule reads the move ("your interview will now take place by Zoom
        # instead of in person; the time is unchanged").
        kind = K.INTERVIEW_RESCHEDULE_OR_CANCEL
    if kind is K.REJECTION and not ruled[kind] and blended[kind] < _WORDS_ONLY_REJECTION:
        # A false rejection drafts thanks for news that never came: the next kind stands.
        kind = max((k for k in blended if k is not K.REJECTION), key=blended.__getitem__)
    return kind, blended[kind]


def _listed_story(found: list[rules.Signal]) -> bool:
    """Whether the mail comes from a mailing list and gives no verdict of its own (no status
    line)."""
    evidence = [s.evidence for s in found]
    return "header:List-Id" in evidence and not any(e.startswith("status:") for e in evidence)


# What mass mail, an automatic reply or a calendar's routine event shows: no person wrote it
# to the reader (a newsletter's editor signs, but the list is no one to answer).
_MASS_MAIL = ("header:", "structure:", "bulk:", "subject:automatic reply", "calendar:")


def _job_like(
    kind: EmailKind, scores: dict[EmailKind, float], found: list[rules.Signal], job_words: int
) -> bool:
    """Whether mail is worth reading an employer out of: a job kind, or `other` mail that talks
    of a job and has nothing against it (no bulk structure, no other meaning, no one's story),
    only too little to tell which event it is.

    Job mail the rules fall short on still names its employer, and reporting it lets the user
    see whose mail it is. Most of a mailbox has no employer to find, and not reading one out of
    it (newsletters, alerts, the rest of life) saves a third of the classifier's time.
    """
    if kind is not K.OTHER:
        return True
    # A recruiter's cold approach is job mail with no event in it: its recruiter is worth
    # knowing.
    approach = False
    for signal in found:
        if signal.kind is K.OTHER and signal.weight > 0:
            if not signal.evidence.startswith("approach:"):
                return False
            approach = True
    return approach or job_words >= 1 or max(scores[k] for k in _JOB_KINDS) >= _MIN_TRIGGER / 2


def _evidence(
    kind: EmailKind, found: list[rules.Signal], job_words: int, words: list[str]
) -> tuple[str, ...]:
    mine = sorted((s for s in found if s.kind is kind and s.weight), key=lambda s: -s.weight)
    items = [s.evidence for s in mine[:5]]
    if words:
        items.append("words:" + ", ".join(words))
    if kind is not K.OTHER:
        items += [s.evidence for s in found if s.evidence.startswith("sender:")]
    if kind is K.OTHER and job_words == 0:
        items.append("context:no job-search words")
    if not items:
        items.append("no job-search signal" if kind is K.OTHER else "weak signals")
    return tuple(dict.fromkeys(items))


def _relayed_text(email: Email, sender: str) -> str:
    """The text to decide on: the new text, or with a forward from a work address (a
    recruiter passing on the client's answer, a coordinator the manager's note) the
    forwarded mail as well, since that mail is the news. A forward from a personal mailbox
    shares someone's own story and is judged on its new text like any reply."""
    text = email.new_text or email.text
    if (_FORWARD.match(email.subject) and len(email.text) > len(email.new_text)
            and sender.rpartition("@")[2] not in FREE_MAIL_DOMAINS
            and _names_reader(email, email.text[len(email.new_text):])
            and not _moves_alone(email, text)):
        return email.text
    return text


def _moves_alone(email: Email, text: str) -> bool:
    """Whether the forwarder's own words move or cancel the meeting, as two rules read it
    ("WG: Einladung – Terminänderung": "können wir das Kennenlernen auf Freitag verlegen?"):
    then they are the news, and the forwarded invitation its history, whose words would
    outvote it. (One phrase may be the invitation's own: "ou en visio si le déplacement est
    compliqué".)"""
    return sum(s.kind is K.INTERVIEW_RESCHEDULE_OR_CANCEL and s.weight >= 3
               for s in rules.signals(reading(email, text))) >= 2


def _names_reader(email: Email, forwarded: str) -> bool:
    """Whether a forwarded mail is about the reader: it names them ("we'd like to invite
    Karim"), or the reader's name is unknown. A friend forwarding "Hi Chris, we will not be
    moving forward with your application" shares Chris's news."""
    words = {word for address in email.to for word in address.name.split() if len(word) >= 3}
    return not words or any(re.search(rf"\b{re.escape(word)}\b", forwarded) for word in words)


def _platform(sender: str | None) -> str | None:
    """The job platform that sent the mail; a calendar or signing relay is none."""
    platform = ats_of(sender) if sender else None
    return None if platform in RELAYS else platform


def reading(email: Email, text: str | None = None) -> rules.Context:
    """`email` prepared for the rules and the model: its subject and the start and end of
    `text` (default: the new text) folded, unwrapped and without quoted speech, the words
    and word lists found in them, and the words among those that put it in another world."""
    sender = email.sender.email.lower() if email.sender else ""
    if text is None:
        text = _relayed_text(email, sender)
    excerpt = unwrap(_excerpt(text))
    subject, body = fold(email.subject), _unquote(_ungendered(fold(excerpt)))
    language = detect_language(subject + "\n" + body, folded=True)
    subject_hits, subject_words = concepts.INDEX.scan(subject)
    body_hits, body_words = concepts.INDEX.scan(body)
    original = email.subject + "\n" + excerpt
    return rules.Context(
        email=email,
        subject=subject,
        body=body,
        original=original,
        subject_words=subject_words,
        body_words=body_words,
        subject_hits=subject_hits,
        body_hits=body_hits,
        ats=_platform(sender),
        other_world=rules.other_world(subject_hits, body_hits, language, original,
                                      email.sender.name if email.sender else ""),
        language=language,
    )


def classify(
    email: Email,
    *,
    own_addresses: frozenset[str] = frozenset(),
    known_contacts: Mapping[str, str] | None = None,
    known_names: Mapping[str, str] | None = None,
    known_agencies: frozenset[str] = frozenset(),
    word_model: model.WordModel | None = None,
) -> Classification:
    """What `email` means for the job search, with the evidence that decided it.

    Decides on the new text (not the quoted chain) and the subject. Mail from one of the
    user's own addresses is never a trigger.

    Args:
        own_addresses: the user's addresses, lower-case.
        known_contacts: human recruiter addresses already known, by company name (any case);
            used as `contact` when the message itself names no human.
        known_names: how other mail spelled the employer behind an address label
            (`detect.known`); used when this message spells it shorter or not at all.
        known_agencies: senders' labels that other mail showed to be recruitment agencies
            (`detect.agency.agency_label`): their mail names a client.
        word_model: the word model to blend with the rules; default the shipped one
            (cross-validation passes models trained without the mail it scores).
    """
    words = word_model or model.shipped()
    own = frozenset(a.lower() for a in own_addresses)
    sender = email.sender.email.lower() if email.sender else ""
    text = _relayed_text(email, sender)
    if sender and sender in own:
        language = detect_language(email.subject + "\n" + text)
        return Classification(K.OTHER, 0.99, language=language, evidence=("sender:own address",))
    ctx = reading(email, text)
    found = rules.signals(ctx)
    job_words = rules.job_context(ctx)
    scores = _scores(found, job_words)
    opinion = words.opinion_of(ctx.subject_words, ctx.body_words)
    kind, confidence = _decide(scores, opinion)
    if kind is K.REJECTION and scores[K.OTHER] > scores[kind] and _listed_story(found):
        # A mailing list's issue that the rules read as a list's, whatever its words say: a
        # newsletter about rejection quotes one ("we regret to inform you that ..."), where a
        # board's relay gives the verdict a status line ("Estado: Descartada").
        kind, confidence = K.OTHER, max(confidence, 0.5)
    if kind is K.REJECTION and scores[kind] < _MIN_TRIGGER and any(
            s.evidence.startswith("approach:") for s in found):
        # A recruiter's cold approach, which only the words read as a no ("if it's not for
        # you, best of luck with the move"): no application was made that it could turn down.
        kind, confidence = K.OTHER, max(confidence, 0.5)
    company = role = contact = None
    if _job_like(kind, scores, found, job_words):
        company, role, contact = extract(
            email, own_addresses=own, known_contacts=known_contacts, known_names=known_names,
            known_agencies=known_agencies,
        )
    elif not any(s.kind is K.OTHER and s.evidence.startswith(_MASS_MAIL) for s in found):
        contact = personal_contact(email, own)
    result = Classification(
        kind=kind,
        confidence=round(min(0.99, max(0.05, confidence)), 3),
        company=company,
        contact=contact,
        role=role,
        language=ctx.language,
        evidence=_evidence(kind, found, job_words, words.reasons(kind, opinion)),
    )
    logger.debug("%s: %s (%.2f)", email.key, kind.value, result.confidence)
    return result
