"""Train the classifier's word model (assistant/detect/model.json) on the labelled corpora.

Run from the repository root, with the training extra installed (`pip install -e '.[train]'`):

    python bench/train_model.py          # train on every corpus in TRAINING, write model.json
    python bench/train_model.py --cv     # leave one corpus out: figures only, writes nothing

`--cv` is the honest figure. Each corpus was written by someone else as one candidate's
inbox, with its own employers and voices; training on all but one and scoring the one left
out asks what the package asks of fresh mail. It prints, per corpus, macro-F1 and rejection
precision/recall of the rules alone (the word model's opinion left neutral) and of the
blend `classify` makes. The rules were tuned on most corpora, so their own column is
optimistic everywhere but on corpora nobody studied.

Why scikit-learn, at training time only: its logistic regression (L-BFGS, L2) is the
well-tested standard; the package itself only adds up the weights it wrote, so no
dependency reaches the user. Training is deterministic: same corpora, same model.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from assistant.detect import model
from assistant.detect.classify import classify, reading
from assistant.detect.evaluation import Label, evaluate, read_labels
from assistant.detect.phrases import words_of
from assistant.records import Email, EmailKind
from assistant.sources.mailparse import parse_message

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
OUTPUT = ROOT / "assistant" / "detect" / model.WEIGHTS_FILE

# Every corpus trained on, and the candidate it was written for (their own mail is never a
# trigger, so it never reaches the model). Not here on purpose: the `report` half of
# corpus_holdout (honest figures only), and a corpus written blind until it has been
# measured once (tests/test_classify_untuned.py).
TRAINING = {
    "corpus": "alex.rivera@example.net",
    "corpus_holdout": "jordan.lee@example.org",
    "corpus_blind": "sam.moreau@example.com",
    "corpus_final": "robin.okafor@example.net",
    "corpus_fifth": "kim.novak@example.org",
    "corpus_sixth": "lea.martin@example.com",
    "corpus_seventh": "noor.haddad@example.net",
    "corpus_eighth": "tomas.silva@example.org",
    "corpus_ninth": "ines.kowalczyk@example.net",
    "corpus_tenth": "femi.adeyemi@example.com",
    "corpus_eleventh": "priya.nair@example.org",
    "corpus_twelfth": "lukas.brenner@example.com",
    "corpus_thirteenth": "chloe.martin@example.net",
    "corpus_fourteenth": "daniel.okafor@example.org",
    "corpus_fifteenth": "sofia.romero@example.com",
    "corpus_sixteenth": "marc.dubois@example.org",
    "corpus_seventeenth": "priya.natarajan@example.net",
    "corpus_eighteenth": "jonas.keller@example.com",
    "corpus_nineteenth": "amara.okafor@example.org",
    "corpus_twentieth": "lucia.fernandez@example.com",
    "corpus_twentyfirst": "jonas.weber@example.net",
    "corpus_twentysecond": "camille.dubois@example.com",
    "corpus_twentythird": "priya.raman@example.org",
    "corpus_twentyfourth": "diego.fernandez@example.com",
    "corpus_twentyfifth": "valentina.ortiz@example.net",
    "corpus_twentysixth": "siobhan.murphy@example.com",
    "corpus_twentyseventh": "camille.lefevre@example.org",
    "corpus_twentyeighth": "jonas.albrecht@example.net",
    "corpus_twentyninth": "marcus.okafor@example.com",
    "corpus_thirtyfirst": "henrik.vogt@example.org",
    "corpus_thirtysecond": "daniela.restrepo@example.com",
    "corpus_thirtythird": "karim.benali@example.net",
    "corpus_thirtyfourth": "priya.raman@example.com",
    "corpus_thirtyfifth": "lucia.fernandez@example.org",
    "corpus_thirtysixth": "aylin.demir@example.net",
    "corpus_thirtyseventh": "mathilde.ngo@example.com",
    "corpus_thirtyeighth": "chidi.okafor@example.org",
    "corpus_thirtyninth": "tomas.herrera@example.com",
    "corpus_fortieth": "lena.hoffmann@example.net",
    "corpus_fortyfirst": "aisha.bello@example.org",
    "corpus_fortysecond": "camille.nguyen@example.com",
    "corpus_fortythird": "mateo.salazar@example.net",
    "corpus_fortyfourth": "jordan.whitfield@example.com",
    "corpus_fortyfifth": "k.brenner@example.de",
    "corpus_fortysixth": "amadou.diallo@example.fr",
    "corpus_fortyseventh": "priya.rc@example.co.uk",
    "corpus_fortyeighth": "valentina.rios@example.com.mx",
    "corpus_fortyninth": "camille.nguyen@example.fr",
    "corpus_fiftieth": "jonas.okafor@example.at",
    "corpus_fiftyfirst": "aoife.bk@example.ie",
    "corpus_fiftysecond": "rodrigo.almeida@example.cl",
    "corpus_fiftythird": "marcus.dw@example.com",
    "corpus_fiftyfourth": "elodie.vr@example.be",
    "corpus_fiftyfifth": "f.osterhagen@example.de",
    "corpus_fiftysixth": "priya.rt@example.com.au",
    "corpus_fiftyseventh": "lucia.etxeberria@example.es",
    "corpus_fiftyeighth": "m.tremblay.okonkwo@example.ca",
    "corpus_fiftyninth": "s.okafor.lindqvist@example.ie",
    "corpus_sixtieth": "kai.wozniak@example.at",
    "corpus_sixtyfirst": "amelie.vdb@example.be",
    "corpus_sixtysecond": "jordan.cw@example.com",
    "corpus_sixtythird": "lukas.bo@example.de",
    "corpus_sixtyfourth": "vale.ruiz@example.es",
    "corpus_sixtyfifth": "priya.oh@example.co.uk",
    "corpus_sixtysixth": "theo.mn@example.fr",
    "corpus_sixtyseventh": "jana.wa@example.ch",
    "corpus_sixtyeighth": "marcus.dw@example.com",
    "corpus_sixtyninth": "sofia.cm@example.mx",
    "corpus_seventieth": "luc.hn@example.lu",
    "corpus_seventyfirst": "nia.ob@example.co.za",
    "corpus_seventysecond": "mathis.kb@example.ch",
    "corpus_seventythird": "dana.wo@example.com",
    "corpus_seventyfourth": "jonas.rl@example.at",
    "corpus_seventyfifth": "aoife.bc@example.ie",
    "corpus_seventysixth": "camille.dl@example.be",
    "corpus_seventyseventh": "jonas.wa@example.at",
    "corpus_seventyeighth": "valentina.ro@example.mx",
    "corpus_seventyninth": "maelle.kb@example.be",
    "corpus_eightieth": "callum.nh@example.com.au",
    "corpus_eightyfirst": "valentina.ro@example.com.mx",
    "corpus_eightysecond": "dorothea.lm@example.ch",
    "corpus_eightythird": "oceane.ml@example.ca",
    "corpus_eightyfourth": "fergus.aw@example.co.uk",
    "corpus_eightyfifth": "jonas.ob@example.de",
    "corpus_eightysixth": "priya.hm@example.com.au",
    "corpus_eightyseventh": "valentina.ek@example.es",
    "corpus_eightyeighth": "mathis.ol@example.fr",
    "corpus_eightyninth": "darnell.of@example.com",
    "corpus_ninetieth": "friederike.as@example.de",
    "corpus_ninetyfirst": "ignacio.tv@example.cl",
    "corpus_ninetysecond": "elodie.bn@example.ch",
    "corpus_ninetythird": "henrike.al@example.de",
    "corpus_ninetyfourth": "declan.ot@example.ca",
    "corpus_ninetyfifth": "lucia.am@example.es",
    "corpus_ninetysixth": "gareth.nw@example.co.uk",
    "corpus_ninetyseventh": "ines.vo@example.be",
    "corpus_ninetyeighth": "marisol.kd@example.com",
    "corpus_ninetyninth": "elodie.mn@example.fr",
    "corpus_hundredth": "rodrigo.vo@example.mx",
    "corpus_hundredfirst": "k.obermoser@example.at",
    "corpus_hundredsecond": "ciaran.dm@example.ie",
    "corpus_hundredthird": "aoife.nb@example.co.uk",
    "corpus_hundredfourth": "b.szymanski@example.de",
    "corpus_hundredfifth": "mathilde.ol@example.be",
    "corpus_hundredsixth": "valentina.qh@example.cl",
    "corpus_hundredseventh": "yusuf.dl@example.se",
    "corpus_hundredeighth": "camila.ro@example.co",
    "corpus_hundredninth": "maelle.tn@example.ca",
    "corpus_hundredtenth": "santi.fw@example.ar",
    "corpus_hundredeleventh": "lukas.bo@example.at",
    "corpus_hundredtwelfth": "priya.rh@example.co.uk",
    "corpus_hundredthirteenth": "ingrid.sa@example.no",
    "corpus_hundredfourteenth": "rodrigo.vm@example.cl",
    "corpus_hundredfifteenth": "aurelien.ml@example.fr",
    "corpus_hundredsixteenth": "hannah.ow@example.de",
    "corpus_hundredseventeenth": "mateo.ql@example.pe",
    "corpus_hundredeighteenth": "freya.mo@example.ie",
    "corpus_hundrednineteenth": "ingrid.sv@example.es",
    "corpus_hundredtwentieth": "tobias.rennert@example.de",
    "corpus_hundredtwentyfirst": "chiamaka.rb@example.co.uk",
    "corpus_hundredtwentysecond": "amandine.kl@example.fr",
    "corpus_hundredtwentythird": "dario.mh@example.mx",
    "corpus_hundredtwentyfourth": "saoirse.l@example.ie",
    "corpus_hundredtwentyfifth": "laurent.od@example.be",
    "corpus_hundredtwentysixth": "greta.hofbauer@example.at",
    "corpus_hundredtwentyseventh": "nikolai.bo@example.dk",
    "corpus_hundredtwentyeighth": "valentina.ra@example.cl",
    "corpus_hundredtwentyninth": "ingrid.sc@example.no",
    "corpus_hundredthirtieth": "florian.mh@example.at",
    "corpus_hundredthirtyfirst": "aoife.nb@example.ie",
    "corpus_hundredthirtysecond": "romain.ol@example.fr",
    "corpus_hundredthirtythird": "camila.hq@example.pe",
    "corpus_hundredthirtyfourth": "tobias.la@example.de",
    "corpus_hundredthirtyfifth": "shauna.ac@example.co.uk",
    "corpus_hundredthirtysixth": "hugo.md@example.be",
    "corpus_hundredthirtyseventh": "mateo.bo@example.es",
    "corpus_hundredthirtyeighth": "greta.vo@example.nl",
    "corpus_hundredthirtyninth": "lucie.pn@example.ch",
    "corpus_hundredfortieth": "diego.sw@example.mx",
    "corpus_hundredfortyfirst": "hannah.kr@example.co.uk",
    "corpus_hundredfortysecond": "jonas.wt@example.de",
    "corpus_hundredfortythird": "ines.bc@example.fr",
    "corpus_hundredfortyfourth": "rafael.ol@example.cl",
    "corpus_hundredfortyfifth": "katharina.eo@example.at",
    "corpus_hundredfortysixth": "maxime.tn@example.ca",
    "corpus_hundredfortyseventh": "valeria.ch@example.co",
    "corpus_hundredfortyeighth": "ciaran.wa@example.ie",
    "corpus_hundredfortyninth": "luca.br@example.ch",
    "corpus_hundredfiftieth": "nerea.ob@example.es",
    "corpus_hundredfiftyfirst": "joana.fs@example.de",
    "corpus_hundredfiftysecond": "yanis.hl@example.fr",
    "corpus_hundredfiftythird": "morag.so@example.co.uk",
    "corpus_hundredfiftyfourth": "renata.qa@example.pe",
    "corpus_hundredfiftyfifth": "elodie.vr@example.be",
    "corpus_hundredfiftysixth": "tobias.km@example.de",
    "corpus_hundredfiftyseventh": "miriam.pa@example.at",
    "corpus_hundredfiftyeighth": "theo.lm@example.fr",
    "corpus_hundredfiftyninth": "rhiannon.po@example.co.uk",
    "corpus_hundredsixtieth": "alba.fk@example.es",
    "corpus_hundredsixtyfirst": "ingrid.vh@example.de",
    "corpus_hundredsixtysecond": "bastien.ol@example.fr",
    "corpus_hundredsixtythird": "carmen.ql@example.cl",
    "corpus_hundredsixtyfourth": "declan.mh@example.co.uk",
    "corpus_hundredsixtyfifth": "oksana.db@example.ie",
    "corpus_hundredsixtysixth": "florian.as@example.ch",
    "corpus_hundredsixtyseventh": "manon.tr@example.be",
    "corpus_hundredsixtyeighth": "joaquin.mf@example.com.ar",
    "corpus_hundredsixtyninth": "siobhan.ac@example.co.uk",
    "corpus_hundredseventieth": "lukas.fn@example.de",
    "corpus_hundredseventyfirst": "aminata.ld@example.fr",
    "corpus_hundredseventysecond": "pablo.iw@example.mx",
    "corpus_hundredseventythird": "grainne.ob@example.ie",
    "corpus_hundredseventyfourth": "henrik.ol@example.at",
    "corpus_hundredseventyfifth": "clemence.nd@example.fr",
    "corpus_hundredseventysixth": "rodrigo.aq@example.pe",
    "corpus_hundredseventyseventh": "maelle.bo@example.fr",
    "corpus_hundredseventyeighth": "tobias.rm@example.de",
    "corpus_hundredseventyninth": "niamh.cb@example.ie",
    "corpus_hundredeightieth": "valentina.or@example.es",
    "corpus_hundredeightyfirst": "jonas.hs@example.ch",
    "corpus_hundredeightysecond": "camila.fh@example.com.co",
    "corpus_hundredeightythird": "aurelien.km@example.be",
    "corpus_hundredeightyfourth": "eleanor.wa@example.co.uk",
    "corpus_hundredeightyfifth": "ottilie.bn@example.at",
    "corpus_hundredeightysixth": "ignacio.vl@example.cl",
    "corpus_hundredeightyseventh": "fionnuala.da@example.ie",
    "corpus_hundredeightyeighth": "baptiste.ko@example.fr",
    "corpus_hundredeightyninth": "wiebke.sh@example.de",
    "corpus_hundredninetieth": "esperanza.me@example.es",
    "corpus_hundredninetyfirst": "hamish.do@example.co.uk",
    "corpus_hundredninetysecond": "severine.al@example.ch",
    "corpus_hundredninetythird": "leocadia.fo@example.es",
    "corpus_hundredninetyfourth": "maximilian.op@example.de",
    "corpus_hundredninetyfifth": "roisin.vl@example.co.uk",
    "corpus_hundredninetysixth": "anais.gs@example.fr",
    "corpus_hundredninetyseventh": "kofi.bh@example.at",
    "corpus_hundredninetyeighth": "paloma.wc@example.pe",
    "corpus_hundredninetyninth": "gwendal.ma@example.be",
    "corpus_twohundredth": "sinead.km@example.ie",
    "corpus_twohundredfirst": "odile.ba@example.fr",
    "corpus_twohundredsecond": "declan.fn@example.co.uk",
    "corpus_twohundredthird": "henrike.sd@example.de",
    "corpus_twohundredfourth": "rodrigo.aq@example.mx",
    "corpus_twohundredfifth": "margaux.lo@example.ch",
    "corpus_twohundredsixth": "tadhg.ow@example.ie",
    "corpus_twohundredseventh": "lucia.hm@example.ar",
    "corpus_twohundredeighth": "jannik.ml@example.at",
    "corpus_twohundredninth": "ines.ov@example.be",
    "corpus_twohundredtenth": "callum.an@example.co.uk",
    "corpus_twohundredeleventh": "mireia.ch@example.es",
    "corpus_twohundredtwelfth": "ferdinand.ol@example.de",
    "corpus_twohundredthirteenth": "solveig.md@example.fr",
    "corpus_twohundredfourteenth": "kwame.lo@example.com",
    "corpus_twohundredfifteenth": "almudena.rp@example.es",
    "corpus_twohundredsixteenth": "mathis.ka@example.de",
    "corpus_twohundredseventeenth": "oonagh.fb@example.ie",
    "corpus_twohundredeighteenth": "baptiste.nl@example.be",
    "corpus_twohundrednineteenth": "carlota.wm@example.cl",
    "corpus_twohundredtwentieth": "henrietta.ov@example.at",
    "corpus_twohundredtwentyfirst": "yusuf.bc@example.es",
    "corpus_twohundredtwentysecond": "ailbhe.mo@example.ie",
    "corpus_twohundredtwentythird": "gaspard.lm@example.fr",
    "corpus_twohundredtwentyfourth": "friederike.as@example.de",
    "corpus_twohundredtwentyfifth": "ewan.cf@example.co.uk",
    "corpus_twohundredtwentysixth": "renata.vi@example.mx",
    "corpus_twohundredtwentyseventh": "clement.oh@example.ch",
    "corpus_twohundredtwentyeighth": "magdalena.fk@example.at",
    "corpus_twohundredtwentyninth": "ingrid.am@example.es",
    "corpus_twohundredthirtieth": "tadeusz.ob@example.ie",
    "corpus_twohundredthirtyfirst": "maelys.ob@example.fr",
    "corpus_twohundredthirtysecond": "benedikt.ns@example.de",
    "corpus_twohundredthirtythird": "priyanka.dh@example.co.uk",
    "corpus_twohundredthirtyfourth": "joaquin.la@example.cl",
    "corpus_twohundredthirtyfifth": "elodie.wm@example.ch",
    "corpus_twohundredthirtysixth": "oksana.fr@example.co.uk",
    "corpus_twohundredthirtyseventh": "lionel.ak@example.fr",
    "corpus_twohundredthirtyeighth": "greta.ob@example.at",
    "corpus_twohundredthirtyninth": "nerea.cw@example.es",
    "corpus_twohundredfortieth": "desmond.al@example.ie",
    "corpus_twohundredfortyfirst": "severin.mh@example.ch",
    "corpus_twohundredfortysecond": "valeria.ne@example.es",
    "corpus_twohundredfortythird": "aurelio.fd@example.it",
    "corpus_twohundredfortyfourth": "morwenna.al@example.co.uk",
    "corpus_twohundredfortyfifth": "hortense.mv@example.fr",
    "corpus_twohundredfortysixth": "ruben.ol@example.es",
    "corpus_twohundredfortyseventh": "ottilie.bn@example.at",
    "corpus_twohundredfortyeighth": "declan.fo@example.ie",
    "corpus_twohundredfortyninth": "anais.lm@example.fr",
    "corpus_twohundredfiftieth": "inigo.sa@example.es",
    "corpus_twohundredfiftyfirst": "philippa.og@example.co.uk",
    "corpus_twohundredfiftysecond": "lorenz.ah@example.ch",
    "corpus_twohundredfiftythird": "consuelo.br@example.cl",
    "corpus_twohundredfiftyfourth": "gwendal.ma@example.fr",
    "corpus_twohundredfiftyfifth": "rosalind.me@example.co.uk",
    "corpus_twohundredfiftysixth": "jakob.op@example.at",
    "corpus_twohundredfiftyseventh": "seraphine.al@example.fr",
    "corpus_twohundredfiftyeighth": "mateo.vo@example.es",
    "corpus_twohundredfiftyninth": "blathnaid.kr@example.ie",
    "corpus_twohundredsixtieth": "hartmut.nf@example.de",
    "corpus_twohundredsixtyfirst": "manon.sg@example.be",
}
EXCLUDED_PARTS = {"corpus_holdout": "report"}  # a half kept out of training
MIN_CORPORA = 3  # a word seen in fewer corpora is one writer's habit, not the language of mail
STRENGTH = 1.0  # scikit-learn's C: inverse L2 regularization
DIGITS = 4  # weights are rounded in the file


@dataclass(frozen=True)
class Sample:
    corpus: str
    label: Label
    email: Email
    own: frozenset[str]
    features: frozenset[str]


def labels_of(corpus: str) -> list[Label]:
    root = TESTS / corpus
    skip = EXCLUDED_PARTS.get(corpus)
    return [label for label in read_labels(root / "labels.csv")
            if label.path.relative_to(root).parts[0] != skip]


# An address or a link in the text (folded): its words are the corpora's, not the mail's.
_LINKS = re.compile(r"[\w.+-]+@[\w.-]+|(?:https?://|www\.)\S+")


def _prose(body: str, words: frozenset[str]) -> frozenset[str]:
    """The body's words less those it writes only inside addresses and links: every corpus
    writes from example.com, and a model that learned "example" or "fwd" there would weigh
    a forward's header, not its news."""
    links = _LINKS.findall(body)
    if not links:
        return words
    return words - (words_of(" ".join(links)) - words_of(_LINKS.sub(" ", body)))


def load(corpora: dict[str, str]) -> list[Sample]:
    samples = []
    for corpus, user in corpora.items():
        for label in labels_of(corpus):
            email = parse_message(label.path.read_bytes(), key=str(label.path))
            ctx = reading(email)
            present = frozenset(model.features(ctx.subject_words,
                                               _prose(ctx.body, ctx.body_words)))
            samples.append(Sample(corpus, label, email, frozenset({user}), present))
    return samples


def fit(samples: Iterable[Sample]) -> model.WordModel:
    """A word model trained on `samples` (the candidate's own mail left out)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    chosen = [s for s in samples if s.email.sender is None
              or s.email.sender.email.lower() not in s.own]
    seen: dict[str, set[str]] = defaultdict(set)
    for sample in chosen:
        for feature in sample.features:
            seen[feature].add(sample.corpus)
    vocabulary = sorted(f for f, corpora in seen.items() if len(corpora) >= MIN_CORPORA)
    column = {f: i for i, f in enumerate(vocabulary)}
    rows, cols = [], []
    for row, sample in enumerate(chosen):
        for feature in sample.features:
            if feature in column:
                rows.append(row)
                cols.append(column[feature])
    matrix = csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(chosen), len(vocabulary)))
    targets = [s.label.kind.value for s in chosen]
    fitted = LogisticRegression(C=STRENGTH, class_weight="balanced", max_iter=5000)
    fitted.fit(matrix, targets)
    kinds = tuple(EmailKind(k) for k in fitted.classes_)
    weights = {
        feature: tuple(round(float(w), DIGITS) for w in fitted.coef_[:, i])
        for feature, i in column.items()
    }
    weights = {f: row for f, row in weights.items() if any(row)}
    bias = tuple(round(float(b), DIGITS) for b in fitted.intercept_)
    return model.WordModel(kinds, bias, weights)


def neutral(kinds: tuple[EmailKind, ...]) -> model.WordModel:
    """A model with no opinion: the blend then decides as the rules alone do."""
    return model.WordModel(kinds, (0.0,) * len(kinds), {})


def cross_validate(samples: list[Sample]) -> None:
    corpora = sorted({s.corpus for s in samples})
    print(f"{'left out':18} {'n':>4}  rules alone: F1  rej P/R      blend: F1  rej P/R")
    totals = defaultdict(list)
    for held in corpora:
        trained = fit(s for s in samples if s.corpus != held)
        scored = [s for s in samples if s.corpus == held]
        figures = []
        for name, words in (("rules", neutral(trained.kinds)), ("blend", trained)):
            results = {s.label.path: classify(s.email, own_addresses=s.own, word_model=words)
                       for s in scored}
            report = evaluate([s.label for s in scored], results.__getitem__)
            rejection = EmailKind.REJECTION
            figures.append(f"{report.macro_f1:.3f}  {report.precision[rejection]:.3f}/"
                           f"{report.recall[rejection]:.3f}")
            totals[name].append(report.macro_f1)
        print(f"{held:18} {len(scored):4}  {figures[0]:>24}  {figures[1]:>22}")
    for name, values in totals.items():
        print(f"mean macro-F1, {name}: {sum(values) / len(values):.3f}")


def digest(corpus: str) -> str:
    return hashlib.sha256((TESTS / corpus / "labels.csv").read_bytes()).hexdigest()


def write(trained: model.WordModel, samples: list[Sample]) -> None:
    counts: dict[str, int] = defaultdict(int)
    for sample in samples:
        counts[sample.corpus] += 1
    document = {
        "about": "Written by bench/train_model.py; do not edit by hand.",
        "trained_on": {c: {"messages": n, "labels_sha256": digest(c)} for c, n in counts.items()},
        "min_corpora": MIN_CORPORA,
        "strength": STRENGTH,
        "kinds": [k.value for k in trained.kinds],
        "bias": list(trained.bias),
        "weights": {f: list(row) for f, row in sorted(trained.weights.items())},
    }
    OUTPUT.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n",
                      encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(trained.weights)} words, "
          f"{len(samples)} messages from {len(counts)} corpora")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-corpus-out figures only")
    args = parser.parse_args(argv)
    samples = load(TRAINING)
    if args.cv:
        cross_validate(samples)
    else:
        write(fit(samples), samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
