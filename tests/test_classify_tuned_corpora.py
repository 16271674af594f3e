"""The classifier on the blind corpora whose misses have since been studied.

Each corpus below was written without reading the classifier or the other corpora, measured
once as it arrived (the figure in `first`), and then its misses were studied for families of
wording, structure and sender patterns the rules lacked (never to copy a sentence), or the
word model was trained on it (bench/train_model.py), or both. Their
floors now guard that work against regressions and sit just below what the classifier
reaches; they no longer measure generalization: the `report/` half of
tests/test_classify_holdout.py and the next corpus written blind do. Run with `pytest -s` to
see each table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from assistant.detect import classify_file
from assistant.detect.evaluation import Report, evaluate, format_report, read_labels
from assistant.records import EmailKind

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Floors:
    corpus: str
    user: str  # the candidate the corpus is written for
    first: str  # what it measured before anyone studied it
    rejection_precision: float
    rejection_recall: float
    macro_f1: float
    every_kind: float
    company: float
    contact: float = 0.0
    language: float = 0.0


CORPORA = [
    Floors("corpus_blind", "sam.moreau@example.com", "macro-F1 0.802, company 0.532",
           0.96, 0.96, 0.97, 0.90, 0.77),
    Floors("corpus_final", "robin.okafor@example.net", "macro-F1 0.885, company 0.655",
           0.97, 0.97, 0.97, 0.93, 0.93, language=0.97),
    Floors("corpus_fifth", "kim.novak@example.org", "macro-F1 0.915, company 0.735",
           0.97, 0.95, 0.91, 0.78, 0.77, language=0.96),
    Floors("corpus_sixth", "lea.martin@example.com", "macro-F1 0.918, company 0.761",
           0.97, 0.96, 0.95, 0.85, 0.89, contact=0.94, language=0.98),
    Floors("corpus_seventh", "noor.haddad@example.net", "macro-F1 0.927, company 0.736",
           0.98, 0.92, 0.91, 0.78, 0.80, contact=0.87, language=0.98),
    Floors("corpus_ninth", "ines.kowalczyk@example.net", "macro-F1 0.895, company 0.912",
           0.99, 0.99, 0.99, 0.95, 0.95, contact=0.98, language=0.99),
    # Measured blind for sessions, then studied once the eleventh and twelfth were written.
    Floors("corpus_eighth", "tomas.silva@example.org", "macro-F1 0.926, company 0.791",
           0.99, 0.96, 0.92, 0.69, 0.85, contact=0.95, language=0.99),
    Floors("corpus_tenth", "femi.adeyemi@example.com", "macro-F1 0.940, company 0.772",
           0.99, 0.96, 0.94, 0.69, 0.86, contact=0.96, language=0.99),
    Floors("corpus_eleventh", "priya.nair@example.org", "macro-F1 0.885, company 0.873",
           0.99, 0.96, 0.96, 0.90, 0.92, contact=0.98, language=0.99),
    # Measured once blind, then studied while the fifteenth and sixteenth were written.
    Floors("corpus_twelfth", "lukas.brenner@example.com", "macro-F1 0.914, company 0.782",
           0.99, 0.99, 0.99, 0.97, 0.95, contact=0.99, language=0.99),
    Floors("corpus_thirteenth", "chloe.martin@example.net", "macro-F1 0.889, company 0.784",
           0.99, 0.99, 0.98, 0.94, 0.81, contact=0.97, language=0.98),
    Floors("corpus_fourteenth", "daniel.okafor@example.org", "macro-F1 0.926, company 0.827",
           0.99, 0.99, 0.98, 0.91, 0.84, contact=0.99, language=0.99),
    # Measured once blind; since then the word model (assistant/detect/model.json) is trained
    # on them. Their rules were not studied, so company stays near the first figure.
    Floors("corpus_fifteenth", "sofia.romero@example.com", "macro-F1 0.878, company 0.721",
           0.99, 0.96, 0.98, 0.96, 0.74, contact=0.98, language=0.99),
    Floors("corpus_sixteenth", "marc.dubois@example.org", "macro-F1 0.876, company 0.709",
           0.99, 0.99, 0.99, 0.99, 0.76, contact=0.98, language=0.99),
    # Measured once blind (commit 48bc780), then studied and trained on while the
    # nineteenth and twentieth were written.
    Floors("corpus_seventeenth", "priya.natarajan@example.net",
           "macro-F1 0.975, company 0.919", 0.99, 0.99, 0.99, 0.99, 0.93, contact=0.97,
           language=0.99),
    Floors("corpus_eighteenth", "jonas.keller@example.com", "macro-F1 0.934, company 0.791",
           0.99, 0.99, 0.98, 0.92, 0.85, contact=0.98, language=0.99),
    # Measured once blind (commit 7f52f66), then their company misses studied while the
    # twenty-first and twenty-second were written (not trained on yet: see the session note).
    Floors("corpus_nineteenth", "amara.okafor@example.org",
           "macro-F1 0.983, company 0.643", 0.99, 0.96, 0.98, 0.89, 0.74, contact=0.98,
           language=0.99),
    Floors("corpus_twentieth", "lucia.fernandez@example.com",
           "macro-F1 0.962, company 0.891", 0.99, 0.93, 0.96, 0.89, 0.93, contact=0.97,
           language=0.99),
    Floors("corpus_twentyfirst", "jonas.weber@example.net",
           "macro-F1 0.967, company 0.766", 0.99, 0.97, 0.95, 0.80, 0.85, contact=0.94,
           language=0.98),
    Floors("corpus_twentysecond", "camille.dubois@example.com",
           "macro-F1 0.987, company 0.879", 0.99, 0.97, 0.97, 0.88, 0.88, contact=0.97,
           language=0.99),
    Floors("corpus_twentythird", "priya.raman@example.org",
           "macro-F1 0.991, company 0.836", 0.99, 0.97, 0.98, 0.93, 0.83, contact=0.98,
           language=0.99),
    Floors("corpus_twentyfourth", "diego.fernandez@example.com",
           "macro-F1 0.937, company 0.718", 0.99, 0.92, 0.97, 0.91, 0.76, contact=0.98,
           language=0.99),
    Floors("corpus_twentyfifth", "valentina.ortiz@example.net",
           "macro-F1 0.954, company 0.882", 0.99, 0.95, 0.98, 0.94, 0.91, contact=0.98,
           language=0.99),
    Floors("corpus_twentysixth", "siobhan.murphy@example.com",
           "macro-F1 0.965, company 0.727", 0.99, 0.97, 0.97, 0.88, 0.73, contact=0.98,
           language=0.99),
    # Studied and measured blind in earlier sessions; the word model is trained on them since
    # commit 2f3c5c6.
    Floors("corpus_twentyseventh", "camille.lefevre@example.org",
           "macro-F1 0.981, company 0.872", 0.96, 0.96, 0.98, 0.94, 0.88, contact=0.99,
           language=0.99),
    Floors("corpus_twentyeighth", "jonas.albrecht@example.net",
           "macro-F1 0.958, company 0.838", 0.96, 0.99, 0.96, 0.86, 0.86, contact=0.99,
           language=0.99),
    Floors("corpus_twentyninth", "marcus.okafor@example.com",
           "macro-F1 0.958, company 0.791", 0.99, 0.96, 0.95, 0.89, 0.80, contact=0.98,
           language=0.99),
    # Measured once blind at commit 40f262a (the first figure), then studied in the session
    # that wrote them; the word model is not trained on them yet.
    Floors("corpus_thirtyfirst", "henrik.vogt@example.org",
           "macro-F1 0.971, company 0.818", 0.96, 0.99, 0.97, 0.89, 0.87, contact=0.98,
           language=0.98),
    Floors("corpus_thirtysecond", "daniela.restrepo@example.com",
           "macro-F1 0.976, company 0.845", 0.99, 0.99, 0.98, 0.94, 0.84, contact=0.99,
           language=0.98),
    # Measured once blind at e80761b and again at 0b306d2 (the same session's company work,
    # done before they existed), then studied.
    Floors("corpus_thirtythird", "karim.benali@example.net",
           "macro-F1 0.977, company 0.873", 0.99, 0.99, 0.99, 0.95, 0.90, contact=0.99,
           language=0.99),
    Floors("corpus_thirtyfourth", "priya.raman@example.com",
           "macro-F1 0.986, company 0.836", 0.96, 0.99, 0.99, 0.93, 0.89, contact=0.99,
           language=0.99),
    # The 36th names an employer in full in one mail of a thread and shortly in the others:
    # file by file it reads the short form (files given together, 0.927).
    Floors("corpus_thirtyfifth", "lucia.fernandez@example.org",
           "macro-F1 0.977, company 0.947", 0.99, 0.99, 0.98, 0.90, 0.98, contact=0.98,
           language=0.99),
    Floors("corpus_thirtysixth", "aylin.demir@example.net",
           "macro-F1 0.974, company 0.764", 0.99, 0.96, 0.98, 0.95, 0.78, contact=0.99,
           language=0.99),
    # Measured once blind at dd8be5d (the session's start results), then studied for one
    # session. Acronyms a département number spells ("CD33") and clients named only through
    # a person ("Helen's had to push the call") are still missed.
    Floors("corpus_thirtyseventh", "mathilde.ngo@example.com",
           "macro-F1 0.966, company 0.739", 0.99, 0.93, 0.96, 0.86, 0.84, contact=0.98,
           language=0.99),
    Floors("corpus_thirtyeighth", "chidi.okafor@example.org",
           "macro-F1 0.994, company 0.836", 0.96, 0.99, 0.99, 0.94, 0.87, contact=0.99,
           language=0.99),
    # Measured once blind at 5d3a7bf (equal to the session's start, 1848963), then studied
    # for one session. An employer a head-hunter names only in a parenthesis ("Das
    # Unternehmen (... Nordstern Schaltanlagen in Hamburg)") is still missed.
    Floors("corpus_thirtyninth", "tomas.herrera@example.com",
           "macro-F1 0.968, company 0.909", 0.99, 0.99, 0.99, 0.94, 0.97, contact=0.98,
           language=0.99),
    Floors("corpus_fortieth", "lena.hoffmann@example.net",
           "macro-F1 0.995, company 0.856", 0.99, 0.99, 0.99, 0.99, 0.94, contact=0.98,
           language=0.99),
    # Measured once blind at 0b8db3f / 19c3f76 (equal to the session's start, 32bbc89), then
    # studied for part of one session. Employers named only in another mail of the thread
    # ("orcharddh" for Orchard Digital Health), French invitations with no job word ("dispo
    # jeudi pour en parler ?"), a France Travail relay and a DocuSign contract are still missed.
    Floors("corpus_fortyfirst", "aisha.bello@example.org",
           "macro-F1 0.996, company 0.786", 0.99, 0.99, 0.99, 0.95, 0.83, contact=0.98,
           language=0.99),
    Floors("corpus_fortysecond", "camille.nguyen@example.com",
           "macro-F1 0.945, company 0.845", 0.99, 0.99, 0.99, 0.95, 0.94, contact=0.97,
           language=0.99),
    # Measured once blind at f8dabd4 (equal to the session's start, b91868a), then studied
    # for part of one session; the word model has since been trained on them too, so their
    # kinds are in-sample. Still missed: a client a recruiter names only as "Greystone just
    # let me know", a client behind "Frau Brandl von der Isarwerk Akademie", names only
    # another mail of the thread spells ("grupoceiba" for Grupo Educativo Ceiba).
    Floors("corpus_fortythird", "mateo.salazar@example.net",
           "macro-F1 0.960, company 0.883", 0.99, 0.99, 0.99, 0.95, 0.90, contact=0.99,
           language=0.99),
    Floors("corpus_fortyfourth", "jordan.whitfield@example.com",
           "macro-F1 0.987, company 0.846", 0.99, 0.99, 0.99, 0.95, 0.93, contact=0.98,
           language=0.99),
    Floors("corpus_fortyfifth", "k.brenner@example.de",
           "macro-F1 0.986, company 0.945", 0.99, 0.99, 0.99, 0.95, 0.96, contact=0.98,
           language=0.99),
    Floors("corpus_fortysixth", "amadou.diallo@example.fr",
           "macro-F1 0.971, company 0.910", 0.99, 0.99, 0.99, 0.95, 0.92, contact=0.99,
           language=0.99),
    # Measured once blind at 03a9cbf, then studied (session of 2026-11-22). Still missed:
    # "Liverpool", a retailer named as its city; "Destino Madrid - Oficina de Turismo",
    # which the mail writes in two halves; a branch the signature adds ("Tapa Labs
    # Barcelona"); a civil-service department given only as a form's "Department:".
    Floors("corpus_fortyseventh", "priya.rc@example.co.uk",
           "macro-F1 1.000, company 0.917", 0.99, 0.99, 0.99, 0.95, 0.92, contact=0.99,
           language=0.99),
    Floors("corpus_fortyeighth", "valentina.rios@example.com.mx",
           "macro-F1 0.991, company 0.817", 0.99, 0.99, 0.99, 0.95, 0.93, contact=0.99,
           language=0.99),
    # Measured once blind at da5d648, then studied (session of 2026-11-22, the second).
    # Still missed: a terse reply from a domain no mail spells out ("karrilogistics"); an
    # agency's mail that names its client only in an earlier message of the thread.
    Floors("corpus_fortyninth", "camille.nguyen@example.fr",
           "macro-F1 0.991, company 0.973", 0.99, 0.99, 0.99, 0.95, 0.96, contact=0.99,
           language=0.99),
    Floors("corpus_fiftieth", "jonas.okafor@example.at",
           "macro-F1 0.990, company 0.882", 0.99, 0.99, 0.99, 0.95, 0.94, contact=0.99,
           language=0.99),
    # Measured once blind at c0dbe4f, then their false rejections studied (a flat let to
    # someone else, a master's programme's refusal, a casual ask to shift a chat) and some
    # of the 52nd's company misses. Still missed: Chile's public directorates ("Dirección de
    # Obras Hidráulicas" reads as a unit), short forms of names the labels write long.
    Floors("corpus_fiftyfirst", "aoife.bk@example.ie",
           "macro-F1 0.993, company 0.905", 0.99, 0.99, 0.99, 0.95, 0.89, contact=0.99,
           language=0.99),
    Floors("corpus_fiftysecond", "rodrigo.almeida@example.cl",
           "macro-F1 0.983, company 0.771", 0.99, 0.99, 0.99, 0.95, 0.79, contact=0.99,
           language=0.98),
    # Measured once blind at cd751ad (session of 2026-11-22, the third), then studied:
    # their missed kinds (a one-way video interview expired unanswered, a selection test
    # failed, "je prends connaissance de votre dossier") and company misses. Still missed:
    # a domain no mail spells out ("meridiancrest" for Meridian Crest Hotels), names written
    # in sentence case ("Contrôle cantonal des finances"), an agency's mail that names its
    # client only elsewhere in the thread.
    Floors("corpus_fiftythird", "marcus.dw@example.com",
           "macro-F1 0.995, company 0.827", 0.99, 0.99, 0.99, 0.95, 0.85, contact=0.99,
           language=0.99),
    Floors("corpus_fiftyfourth", "elodie.vr@example.be",
           "macro-F1 0.964, company 0.855", 0.99, 0.99, 0.99, 0.95, 0.89, contact=0.99,
           language=0.98),
    # Measured once blind at 991b37b (session of 2026-11-22, the fourth), then studied: a
    # friend quoting her rejection in single quotes, a trial shift ("Hospitation"), "me ha
    # llegado tu CV", an English word of another world in a German employer's name
    # ("Veltronix Medical"); company misses (a city after a signature's title and name, a
    # second team word, an anonymous client's kind of firm, "Agency:" fields). Still
    # missed: a region after a brand ("HanbitCare Europe"), agency names with "Talent".
    Floors("corpus_fiftyfifth", "f.osterhagen@example.de",
           "macro-F1 0.981, company 0.864", 0.99, 0.99, 0.99, 0.95, 0.90, contact=0.99,
           language=0.99),
    Floors("corpus_fiftysixth", "priya.rt@example.com.au",
           "macro-F1 0.996, company 0.882", 0.99, 0.99, 0.99, 0.95, 0.91, contact=0.99,
           language=0.99),
    # Measured once blind at 9aaf606 and e959c5b (session of 2026-11-22, the fifth), then
    # studied: Quebec's ministries ("x.gouv.qc.ca", "Dotation", an acronym ending on a
    # lower-case word), "Acquisition de talents", a surname's particle ("Jonas von Rabe"),
    # a German name declined after a preposition. Still missed: a name that goes on with
    # "pour le Climat", "Customer Success de X", a public body's classification code
    # ("FI-03"), a firm's "CPA", a department before "d'Hydrovolt Québec". Not in the word
    # model's training yet: retrained with them, the model outvoted a recruiter's forward
    # of "we'll pass for now" (tests/test_classify.py), so their kind misses stay here.
    Floors("corpus_fiftyseventh", "lucia.etxeberria@example.es",
           "macro-F1 0.986, company 0.889", 0.99, 0.99, 0.98, 0.90, 0.90, contact=0.99,
           language=0.99),
    Floors("corpus_fiftyeighth", "m.tremblay.okonkwo@example.ca",
           "macro-F1 0.978, company 0.836", 0.99, 0.99, 0.97, 0.89, 0.87, contact=0.98,
           language=0.98),
    Floors("corpus_fiftyninth", "s.okafor.lindqvist@example.ie",
           "macro-F1 1.000, company 0.827", 0.99, 0.99, 0.99, 0.99, 0.87, contact=0.99,
           language=0.99),
    Floors("corpus_sixtieth", "kai.wozniak@example.at",
           "macro-F1 0.981, company 0.811", 0.99, 0.99, 0.99, 0.93, 0.85, contact=0.98,
           language=0.98),
    # Measured once blind at 1281a53 (session of 2026-11-22, the seventh), then studied: a
    # council's "x.gov.example.uk", an agency signing the name its domain adds a trade word
    # to ("optima-staffing" signs "Optima"), French "ils ne te retiennent pas", a public
    # body's GRH desk, a recruiter's client that "came back to me" or that it is "submitting
    # you to". Still missed: a selection office (BOSA, talent.brussels, Actiris) sending for
    # the body that hires, a country or sector word the labels drop ("NovaMed Pharma
    # Belgium", "Solvane Chimie"), names only other mail spells.
    Floors("corpus_sixtyfirst", "amelie.vdb@example.be",
           "macro-F1 0.960, company 0.764", 0.99, 0.99, 0.98, 0.91, 0.83, contact=0.97,
           language=0.99),
    Floors("corpus_sixtysecond", "jordan.cw@example.com",
           "macro-F1 0.991, company 0.873", 0.99, 0.99, 0.98, 0.89, 0.89, contact=0.98,
           language=0.99),
    # Measured once blind at 1c40975 (session of 2026-11-22, the eighth), then studied: a
    # headhunter's "X hat abgesagt", an interviewer who "sitzt seit 14 Uhr im
    # Besprechungsraum", an interview confirmed ("te confirmo la entrevista"), a public body's
    # "no consta su comparecencia", a Valencian "no has vingut", a dental clinic's filled post
    # relayed by a temp agency, "Mira vom Kistenkind-Team", "Careers Europe - X", an agency's
    # "(cliente: X)", a manager who "muss zum Kunden". Still missed: a city known by the office
    # that wrote, names only the domain spells ("oftalmoturia"), agencies that name their
    # client in passing or not at all.
    Floors("corpus_sixtythird", "lukas.bo@example.de",
           "macro-F1 0.987, company 0.836", 0.99, 0.99, 0.99, 0.99, 0.87, contact=0.99,
           language=0.99),
    Floors("corpus_sixtyfourth", "vale.ruiz@example.es",
           "macro-F1 0.966, company 0.782", 0.99, 0.99, 0.99, 0.93, 0.81, contact=0.99,
           language=0.98),
    # The 65th (a Manchester HR business partner, English-heavy, her own mail full of HR
    # words) and the 66th (a Toulouse aerospace quality engineer, French-heavy, consultancies
    # and temp agencies) were measured on f3e3182 before anyone read them. Studied after: a
    # client "going with the other finalist", a consultancy's "retenu un autre consultant",
    # "on aimerait que tu rejoignes X comme ...", "veut te voir demain", "t'attendait ..., t'es
    # où", casual French told by its elisions, "X Calendar", "RR.HH. X", "Band 7", a long NHS
    # trust's name, "j'ai eu un retour de X". Still missed: names the mail writes shorter than
    # the label ("Fjordline" for "Fjordline Composites"), clients named only in the quoted
    # chain, job boards that name no employer. The word model, retrained with both, reads the
    # cancelled "Rencontre directeur de site" and the temp agency's "t'es où" right.
    Floors("corpus_sixtyfifth", "priya.oh@example.co.uk",
           "macro-F1 0.987, company 0.929", 0.99, 0.99, 0.99, 0.99, 0.95, contact=0.99,
           language=0.99),
    Floors("corpus_sixtysixth", "theo.mn@example.fr",
           "macro-F1 0.977, company 0.791", 0.99, 0.99, 0.99, 0.99, 0.80, contact=0.99,
           language=0.99),
    # The 67th (a Basel regulatory-affairs specialist, Swiss-German-heavy, headhunters with
    # "Mandate") and the 68th (a Denver nurse moving into clinical informatics, American
    # English, travel-nurse agencies and terse managers) were measured on ca15205a before
    # anyone read them. Studied after: a Swiss "Dossier" received, "gegen eine Fortsetzung
    # entschieden", "not a good fit for us", "passing on your profile for ...", "you're
    # submitted to X", a campus closed while a teaching demonstration is postponed; for the
    # company, "HR Rekrutierung" above the name, "dreilaender-dx", "Paul Scherrer Institut
    # PSI", "Die X AG möchte Sie", "Mandat ... für die X", a subject that is the client's
    # name, "X's head of", "got feedback from X", "the client requirement". Both are now in
    # the word model's training, which also brought the travel-nurse agency's "passing on your
    # profile" with no job word to rejection. Still missed: names the terse mail never writes.
    Floors("corpus_sixtyseventh", "jana.wa@example.ch",
           "macro-F1 0.980, company 0.816", 0.99, 0.99, 0.99, 0.99, 0.88, contact=0.99,
           language=0.99),
    Floors("corpus_sixtyeighth", "marcus.dw@example.com",
           "macro-F1 0.984, company 0.688", 0.99, 0.99, 0.99, 0.99, 0.70, contact=0.99,
           language=0.99),
    # The 69th (a Mexico City supply-chain analyst, Spanish-heavy, maquiladoras and
    # headhunters) and the 70th (a Luxembourg fund accountant, French, English and German
    # almost equally) were measured on the model trained with the 67th and 68th, before
    # anyone read them. Studied after: a public competition's "NO resultó ganador", "no
    # podremos realizar la entrevista", "aquí te esperamos desde las 4", a course
    # registration and language leave; for the company, "Talent EU | X" and "HR Luxembourg -
    # X" display names, "X e-Recruitment", an anonymous client's plant town, a legal form
    # before a descriptor. Still missed: labels that keep or drop a branch's country
    # ("Daeseong Mobis Mexico" against "Carrington Webb"), names the mail never writes.
    Floors("corpus_sixtyninth", "sofia.cm@example.mx",
           "macro-F1 0.979, company 0.844", 0.99, 0.99, 0.99, 0.99, 0.86, contact=0.99,
           language=0.99),
    Floors("corpus_seventieth", "luc.hn@example.lu",
           "macro-F1 0.995, company 0.829", 0.99, 0.99, 0.99, 0.99, 0.85, contact=0.99,
           language=0.97),
    # The 71st (an energy engineer, mostly South African English, many agencies) and the 72nd
    # (a hospitality manager, mostly Swiss French, hotels, watchmakers and placement
    # agencies) were measured on the model trained with the 69th and 70th, before anyone read
    # them. Studied after: a signer named "Grant" (no research grant); for the company, a job
    # board's "Employer - Town, Qro." line, PNet and Moovijob as relays, "Entretien avec X"
    # and "Gespräch mit X" subjects, a registered name ending before a division, a lower-case
    # word inside "X Just Transition Trust", a forward's author written in full, "-placement"
    # addresses, "Paris 8e" as a place, "your interview with Oliver" as a person. Still
    # missed: international organisations known by acronym, agencies named only by their
    # address, hotels and congress centres whose labels keep or drop the town.
    Floors("corpus_seventyfirst", "nia.ob@example.co.za",
           "macro-F1 0.976, company 0.875", 0.99, 0.99, 0.99, 0.99, 0.92, contact=0.99,
           language=0.99),
    Floors("corpus_seventysecond", "mathis.kb@example.ch",
           "macro-F1 0.989, company 0.738", 0.99, 0.99, 0.99, 0.99, 0.77, contact=0.99,
           language=0.98),
    # The 73rd (a marketing analyst in Chicago and Toronto, mostly North American English) and
    # the 74th (a mechanical engineer in Vienna and Munich, mostly Austrian and Bavarian
    # German) were measured on the model trained with the 71st and 72nd, before anyone read
    # them. Studied after: "especialista" as a job word, "Mittwoch geht doch nicht" and
    # "Thursday won't work after all" as a move; for the company, a review board's name, a
    # French employer's "-recrute" site, a role's short form ("PM role"), a display name's
    # "Recruiting Center", and "Im Bewerbungsformular haben Sie" naming no client. Still
    # missed: a missed phone call in three words ("te llamé ... me mandó a buzón"), names the
    # mail never writes in full ("Ferrocarriles Talgo Norte" for talgo-norte).
    Floors("corpus_seventythird", "dana.wo@example.com",
           "macro-F1 0.987, company 0.955", 0.99, 0.99, 0.99, 0.89, 0.96, contact=0.98,
           language=0.99),
    Floors("corpus_seventyfourth", "jonas.rl@example.at",
           "macro-F1 0.988, company 0.909", 0.99, 0.99, 0.99, 0.99, 0.93, contact=0.99,
           language=0.99),
    # The 75th (a supply-chain planner in Dublin and Cork, mostly Irish English) and the 76th
    # (a policy officer in Brussels and Geneva, mostly Belgian and Swiss French) were measured
    # on the model trained with the 73rd and 74th, before anyone read them. Studied after: how
    # public bodies and associations sign ("X National Recruitment Service", "Greffe - Service
    # du personnel", "Verband der ... (VEBI)", "(DIE-EZ)", an organisation right after the
    # closing words, "Organisation | People & Culture") and a recruiter's French news of its
    # client ("ne donne pas suite", "te prend pour la mission", "Le jury de la X vous
    # attendait"). Still missed: names the mail never writes ("Ebronorte" for Transportes Ebro
    # Norte), a client named only by a lower-case French name ("la COCOF (Commission
    # communautaire française)"), a gym class cancelled read as a reschedule; "qqn qui" (a
    # texting "quelqu'un") is read as someone else now. Neither corpus is in
    # the word model yet: retrained with them, it tipped a hand-written hard case (a
    # headhunter's "they've gone with the other finalist") to other, so it was left as it was.
    Floors("corpus_seventyfifth", "aoife.bc@example.ie",
           "macro-F1 1.000, company 0.882", 0.99, 0.99, 0.99, 0.99, 0.90, contact=0.99,
           language=0.99),
    Floors("corpus_seventysixth", "camille.dl@example.be",
           "macro-F1 0.985, company 0.827", 0.99, 0.99, 0.98, 0.93, 0.89, contact=0.99,
           language=0.99),
    Floors("corpus_seventyseventh", "jonas.wa@example.at",
           "macro-F1 0.996, company 0.900", 0.99, 0.99, 0.99, 0.99, 0.91, contact=0.99,
           language=0.99),
    Floors("corpus_seventyeighth", "valentina.ro@example.mx",
           "macro-F1 1.000, company 0.918", 0.99, 0.99, 0.99, 0.99, 0.93, contact=0.99,
           language=0.99),
    Floors("corpus_seventyninth", "maelle.kb@example.be",
           "macro-F1 0.980, company 0.826", 0.99, 0.99, 0.97, 0.89, 0.89, contact=0.99,
           language=0.99),
    Floors("corpus_eightieth", "callum.nh@example.com.au",
           "macro-F1 0.984, company 0.802", 0.99, 0.99, 0.98, 0.90, 0.85, contact=0.99,
           language=0.99),
    # The 81st (a supply-chain analyst in Mexico City, Bogotá and Madrid, mostly Spanish) and
    # the 82nd (a regulatory-affairs specialist in Zurich, Basel and Munich, mostly Swiss
    # German) were measured before anyone read them. Studied after: "Talento Humano" and
    # "Contratación" as units, a scheduling tool's "X Scheduling", a public job portal's
    # name, a whole administration's "Stellenportal", "soy Nico de X", a board's "(Company,
    # City)", an agency's "unserer Mandantin X" and "an den Kunden weiter", "La X m'indique".
    # Still missed: terse mail from domains that shorten a name the mail never writes
    # ("logatlantique" for Logistique Atlantique, "kuehne-pharmalog"), an agency's client
    # named only in short ("Gulfline", "Rhenova").
    Floors("corpus_eightyfirst", "valentina.ro@example.com.mx",
           "macro-F1 0.995, company 0.730", 0.99, 0.99, 0.99, 0.94, 0.81, contact=0.99,
           language=0.99),
    Floors("corpus_eightysecond", "dorothea.lm@example.ch",
           "macro-F1 1.000, company 0.929", 0.99, 0.99, 0.99, 0.99, 0.96, contact=0.99,
           language=0.99),
    # The 83rd (a UX researcher in Montreal, Paris and Brussels, mostly French) and the 84th
    # (a management accountant in London, Dublin and Edinburgh, mostly English) were measured
    # before anyone read them. Studied after: a vendor's "<name>-mail" sending domain, a
    # firm's plural profession ("Consultores"), "Early Careers", "FP&A", an agency's
    # "talentsX" domain and "& Cie", "quiere seguir contigo", "vom Kunden (X)". Still
    # missed: French names in sentence case ("Musée des beaux-arts de ...", "Patrimoine
    # numérique Canada"), a client named only in short ("Halden", "Carrowmore").
    Floors("corpus_eightythird", "oceane.ml@example.ca",
           "macro-F1 0.996, company 0.860", 0.99, 0.99, 0.99, 0.96, 0.90, contact=0.98,
           language=0.99),
    Floors("corpus_eightyfourth", "fergus.aw@example.co.uk",
           "macro-F1 1.000, company 0.818", 0.99, 0.99, 0.99, 0.99, 0.88, contact=0.99,
           language=0.99),
    # The 85th (a supply-chain planner in Munich, Vienna and Zurich, mostly German) and the
    # 86th (a nurse moving into health informatics in Sydney, Auckland and Singapore, mostly
    # English) were measured before anyone read them. Studied after: a department code in an
    # address-book name ("(HR-R-31)"), "LfB" for "Landesamt für Beschaffung", "es handelt
    # sich um die X", "X in Schwabach möchte Sie", an honorific on the signer's line ("Ms Tan
    # Wei Ling"), "Ministry of X (Singapore)", "un cliente en Santiago, X,", "le poste ... à
    # la Clinique X", "Termin mit X Software". Still missed: terse mail from a domain that
    # shortens a name the mail never writes ("usl", "alpenlog", "hopitaux-leman").
    Floors("corpus_eightyfifth", "jonas.ob@example.de",
           "macro-F1 0.993, company 0.874", 0.99, 0.96, 0.99, 0.93, 0.90, contact=0.99,
           language=0.99),
    Floors("corpus_eightysixth", "priya.hm@example.com.au",
           "macro-F1 0.991, company 0.858", 0.99, 0.99, 0.99, 0.90, 0.95, contact=0.99,
           language=0.99),
    # The 87th (a marketing analyst in Madrid, Mexico City and Bogotá, mostly Spanish) and the
    # 88th (a compliance officer in Paris, Brussels and Geneva, mostly French) were measured
    # before anyone read them. Studied after: institutions in sentence case ("Musée des
    # beaux-arts de ..."), a French letter's formula closing the mail, "Área de Personas", an
    # ATS sender "Clara de X", "X ETT" and "la empresa (X)", "X revient vers nous", "Site de
    # Villeurbanne", "Coral Bay Resources", "Org - Title" on the signer's line. Still missed:
    # a hiring freeze that cancels a chat (the word model is sure of "sorry ... cancel"), and
    # names only a domain gives ("fondation-leman", "harcourt-wealth").
    Floors("corpus_eightyseventh", "valentina.ek@example.es",
           "macro-F1 1.000, company 0.930", 0.99, 0.99, 0.99, 0.99, 0.95, contact=0.99,
           language=0.99),
    Floors("corpus_eightyeighth", "mathis.ol@example.fr",
           "macro-F1 0.993, company 0.891", 0.99, 0.96, 0.99, 0.93, 0.93, contact=0.99,
           language=0.99),
    # The 89th (a data analyst in Chicago, Toronto and Austin, mostly English) and the 90th (an
    # HR business partner in Berlin, Hamburg and Vienna, mostly German) were measured before
    # anyone read them. Studied after: "Glückwunsch!" and "von der Gesellschaft", a legal
    # footer's "Vorstand: ...", "Industrie- und Handelskammer" for "IHK", "our end client in
    # Atlanta, GA", "The Oakmoss crew". Still missed: "push our chat, flight delayed" (read as
    # travel), a credit card's "we've received your application", and names a domain gives.
    Floors("corpus_eightyninth", "darnell.of@example.com",
           "macro-F1 1.000, company 0.927", 0.99, 0.99, 0.99, 0.99, 0.93, contact=0.99,
           language=0.99),
    Floors("corpus_ninetieth", "friederike.as@example.de",
           "macro-F1 0.989, company 0.909", 0.99, 0.99, 0.98, 0.93, 0.92, contact=0.97,
           language=0.99),
    # The 91st (a mining and energy engineer in Santiago, Lima and Buenos Aires, mostly Spanish)
    # and the 92nd (a hospitality and events manager in Lausanne, Geneva and Lyon, mostly
    # French) were measured before anyone read them. Studied after: "notre mandant", "le
    # client (Les Halles Gourmandes)", "transmise à X le 08/07", "Le Directeur," above the
    # organisation, "Búsquedas", "en Île-de-France". Still missed: public bodies known by the
    # office that writes ("Oficina de Partes Municipalidad de ..."), a portal's "al cargo ...
    # del Servicio Nacional de ...", and names a domain gives.
    Floors("corpus_ninetyfirst", "ignacio.tv@example.cl",
           "macro-F1 0.985, company 0.872", 0.99, 0.99, 0.98, 0.89, 0.87, contact=0.97,
           language=0.99),
    Floors("corpus_ninetysecond", "elodie.bn@example.ch",
           "macro-F1 0.990, company 0.841", 0.99, 0.99, 0.98, 0.92, 0.88, contact=0.99,
           language=0.99),
    # The 93rd (a hospital pharmacist moving into pharma in Frankfurt, Basel and Vienna, mostly
    # German) and the 94th (a civil engineer in Toronto and Montreal, mostly Canadian English
    # and Quebec French) were measured before anyone read them. Studied after: a speculative
    # application's "no opening that fits your profile", Quebec's "comblé" and "entrevue", job
    # boards no list knows ("your application was sent to X"), a consultancy thanked for the
    # interest in itself, "Talento ... Headhunters", "recherche de cadres", "Lignes Nouvelles",
    # "X Field Office", "Municipality of X - Staffing", a subsidiary's "Tochtergesellschaft".
    # Still missed: terse mail from domains that shorten a name ("brantwoodkeele",
    # "dg-construction"), a parent company's label against its brand ("Parexa Clinical").
    Floors("corpus_ninetythird", "henrike.al@example.de",
           "macro-F1 0.989, company 0.823", 0.99, 0.99, 0.98, 0.93, 0.89, contact=0.98,
           language=0.99),
    Floors("corpus_ninetyfourth", "declan.ot@example.ca",
           "macro-F1 0.978, company 0.796", 0.99, 0.99, 0.98, 0.93, 0.91, contact=0.99,
           language=0.99),
    # The 95th (a UX writer in Barcelona, mostly Spanish) and the 96th (a teacher moving into
    # learning design in Manchester, mostly British English) were measured before anyone read
    # them. Studied after: "tu postulación fue enviada a X", "Talento X Consultores" as a
    # sender, "Irene de X" signed "Irene Llopis", "e Hijos", an agency's trade after the name
    # its address abbreviates, "X via SignFlow". Still missed: a headhunter's cold approach the
    # word model reads as a rejection ("I appreciate ... you may not be looking"), brands
    # against their legal names ("Mercadillo" and "Mercadillo Digital Commerce").
    Floors("corpus_ninetyfifth", "lucia.am@example.es",
           "macro-F1 0.990, company 0.789", 0.99, 0.99, 0.98, 0.95, 0.82, contact=0.99,
           language=0.99),
    Floors("corpus_ninetysixth", "gareth.nw@example.co.uk",
           "macro-F1 0.985, company 0.947", 0.96, 0.99, 0.98, 0.92, 0.95, contact=0.99,
           language=0.99),
    # The 97th (a privacy lawyer in Brussels, mostly Belgian and French French) and the 98th (a
    # nurse moving into healthcare operations in Boston, mostly American English and Puerto
    # Rican Spanish) were measured before anyone read them. Studied after: "faute de réponse
    # de notre part", a post that will not open with its interview called off, a medical
    # centre's missed appointment, "AISBL". Still missed: an agency's contract news in a
    # marketing template, public bodies known by acronym and unit ("OCHE Personnel Services").
    Floors("corpus_ninetyseventh", "ines.vo@example.be",
           "macro-F1 0.967, company 0.876", 0.99, 0.99, 0.98, 0.92, 0.87, contact=0.99,
           language=0.99),
    Floors("corpus_ninetyeighth", "marisol.kd@example.com",
           "macro-F1 0.964, company 0.867", 0.99, 0.96, 0.96, 0.89, 0.86, contact=0.99,
           language=0.99),
    # The 99th (a supply-chain analyst in Lyon, mostly French and Swiss French), the 100th (a
    # data analyst in Mexico City, mostly Mexican and Colombian Spanish), the 101st (a hotel
    # manager in Vienna, mostly Austrian German) and the 102nd (a test engineer in Dublin,
    # mostly Irish English) were measured before anyone read them. Studied after: a format
    # change that keeps the time ("je vous propose de garder l'horaire"), a post abolished
    # ("le poste est supprimé"), an agency that cannot name its client, a board's card under
    # "an folgenden Arbeitgeber übermittelt", a recruiter's cold approach, a mock interview,
    # "Sede IDDA", "Betriebsges.m.b.H.". Still missed: names only the domain spells
    # ("lonestarcu"), a family business's invitation the word model reads as nothing.
    Floors("corpus_ninetyninth", "elodie.mn@example.fr",
           "macro-F1 0.966, company 0.867", 0.99, 0.99, 0.98, 0.95, 0.89, contact=0.99,
           language=0.99),
    Floors("corpus_hundredth", "rodrigo.vo@example.mx",
           "macro-F1 0.951, company 0.894", 0.99, 0.99, 0.97, 0.94, 0.94, contact=0.99,
           language=0.99),
    Floors("corpus_hundredfirst", "k.obermoser@example.at",
           "macro-F1 0.970, company 0.858", 0.99, 0.99, 0.97, 0.94, 0.90, contact=0.99,
           language=0.99),
    Floors("corpus_hundredsecond", "ciaran.dm@example.ie",
           "macro-F1 0.987, company 0.929", 0.99, 0.99, 0.98, 0.95, 0.93, contact=0.99,
           language=0.99),
    # The 103rd (a paralegal in Manchester, mostly British English), the 104th (a mechanical
    # engineer in Stuttgart, mostly German, Swiss and Austrian German), the 105th (a
    # communications officer in Liège, mostly Belgian French) and the 106th (a civil engineer
    # in Santiago, mostly Chilean and Peruvian Spanish) were measured before anyone read them.
    # Studied after: a board's own footer ("because you applied through JobQuay"), "Absage:"
    # heading a rejection, a session proposal declined, "IMODE – Intercommunale ...", "Unidad
    # de Reclutamiento CNTM", "presentamos una terna final a X". Still missed: a post abolished
    # with its interview cancelled (the word model reads the cancellation), names only the
    # domain spells ("murchisonbasin"), EU bodies known by their acronym alone ("AETT").
    Floors("corpus_hundredthird", "aoife.nb@example.co.uk",
           "macro-F1 0.974, company 0.876", 0.99, 0.99, 0.98, 0.93, 0.88, contact=0.99,
           language=0.99),
    Floors("corpus_hundredfourth", "b.szymanski@example.de",
           "macro-F1 0.965, company 0.832", 0.99, 0.96, 0.98, 0.93, 0.85, contact=0.99,
           language=0.99),
    Floors("corpus_hundredfifth", "mathilde.ol@example.be",
           "macro-F1 0.976, company 0.886", 0.99, 0.96, 0.97, 0.93, 0.88, contact=0.99,
           language=0.99),
    Floors("corpus_hundredsixth", "valentina.qh@example.cl",
           "macro-F1 0.958, company 0.823", 0.99, 0.96, 0.97, 0.93, 0.85, contact=0.99,
           language=0.99),
    # The 107th (a logistics coordinator in Hamburg, mostly German) and the 108th (a pharmacist
    # in Medellín, mostly Colombian Spanish) were measured at the end of a study session,
    # before anyone read them, and barely studied after (a client named only at the meeting).
    # Their floors hold what they scored.
    Floors("corpus_hundredseventh", "yusuf.dl@example.se",
           "macro-F1 0.992, company 0.789", 0.99, 0.99, 0.98, 0.92, 0.79, contact=0.99,
           language=0.99),
    Floors("corpus_hundredeighth", "camila.ro@example.co",
           "macro-F1 0.959, company 0.779", 0.99, 0.93, 0.95, 0.89, 0.77, contact=0.98,
           language=0.99),
    # The 109th to the 118th were written blind this session and measured once as each
    # arrived, before anyone read it (the string keeps that first measurement). The 109th
    # to the 116th were studied after; the 117th (a sous-chef in Lima, mostly Peruvian
    # Spanish) and the 118th (a legal secretary in Cork, mostly Irish English) were measured
    # at the end of the study, as a check on unseen mail, and barely studied after (a unit
    # beside its name, "Chez X").
    Floors("corpus_hundredninth", "maelle.tn@example.ca",
           "macro-F1 0.988, company 0.841", 0.99, 0.99, 0.98, 0.95, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_hundredtenth", "santi.fw@example.ar",
           "macro-F1 0.959, company 0.845", 0.99, 0.99, 0.96, 0.89, 0.9, contact=0.99,
           language=0.99),
    Floors("corpus_hundredeleventh", "lukas.bo@example.at",
           "macro-F1 0.986, company 0.920", 0.99, 0.99, 0.98, 0.91, 0.94, contact=0.99,
           language=0.98),
    Floors("corpus_hundredtwelfth", "priya.rh@example.co.uk",
           "macro-F1 0.971, company 0.920", 0.99, 0.95, 0.97, 0.91, 0.98, contact=0.99,
           language=0.99),
    Floors("corpus_hundredthirteenth", "ingrid.sa@example.no",
           "macro-F1 0.987, company 0.876", 0.99, 0.99, 0.99, 0.99, 0.87, contact=0.99,
           language=0.99),
    Floors("corpus_hundredfourteenth", "rodrigo.vm@example.cl",
           "macro-F1 0.950, company 0.814", 0.99, 0.99, 0.97, 0.89, 0.82, contact=0.99,
           language=0.99),
    Floors("corpus_hundredfifteenth", "aurelien.ml@example.fr",
           "macro-F1 0.984, company 0.912", 0.99, 0.99, 0.97, 0.89, 0.91, contact=0.99,
           language=0.99),
    # (Recall 0.96: a public body's one-line cover for a PDF letter is a rejection only the
    # words say, faintly; `classify._WORDS_ONLY_REJECTION` lets it go.)
    Floors("corpus_hundredsixteenth", "hannah.ow@example.de",
           "macro-F1 0.991, company 0.842", 0.99, 0.96, 0.99, 0.96, 0.85, contact=0.99,
           language=0.98),
    Floors("corpus_hundredseventeenth", "mateo.ql@example.pe",
           "macro-F1 0.984, company 0.876", 0.99, 0.95, 0.97, 0.89, 0.86, contact=0.99,
           language=0.99),
    Floors("corpus_hundredeighteenth", "freya.mo@example.ie",
           "macro-F1 0.984, company 0.796", 0.99, 0.99, 0.97, 0.89, 0.81, contact=0.99,
           language=0.99),
    # The 119th to the 126th were written blind this session (a port clerk in Valencia, a
    # claims handler in Munich, a dental nurse in Bristol, an events coordinator in Nantes, a
    # call-centre lead in Guadalajara, a vet nurse in Galway, a bank teller in Brussels, a
    # hairdresser in Linz) and measured once as each arrived, before anyone read it (the
    # string keeps that first measurement); all eight were studied after.
    Floors("corpus_hundrednineteenth", "ingrid.sv@example.es",
           "macro-F1 0.958, company 0.894", 0.95, 0.99, 0.96, 0.85, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_hundredtwentieth", "tobias.rennert@example.de",
           "macro-F1 0.990, company 0.867", 0.99, 0.95, 0.98, 0.94, 0.89, contact=0.99,
           language=0.98),
    Floors("corpus_hundredtwentyfirst", "chiamaka.rb@example.co.uk",
           "macro-F1 0.984, company 0.832", 0.99, 0.95, 0.97, 0.92, 0.85, contact=0.96,
           language=0.99),
    Floors("corpus_hundredtwentysecond", "amandine.kl@example.fr",
           "macro-F1 0.990, company 0.796", 0.99, 0.99, 0.97, 0.92, 0.85, contact=0.97,
           language=0.99),
    Floors("corpus_hundredtwentythird", "dario.mh@example.mx",
           "macro-F1 0.961, company 0.858", 0.99, 0.95, 0.95, 0.89, 0.89, contact=0.99,
           language=0.98),
    Floors("corpus_hundredtwentyfourth", "saoirse.l@example.ie",
           "macro-F1 0.981, company 0.850", 0.95, 0.99, 0.97, 0.9, 0.9, contact=0.99,
           language=0.98),
    Floors("corpus_hundredtwentyfifth", "laurent.od@example.be",
           "macro-F1 0.960, company 0.903", 0.99, 0.95, 0.95, 0.79, 0.93, contact=0.97,
           language=0.99),
    Floors("corpus_hundredtwentysixth", "greta.hofbauer@example.at",
           "macro-F1 0.978, company 0.823", 0.95, 0.95, 0.96, 0.91, 0.84, contact=0.99,
           language=0.99),
    # The 127th (a shipping agent in Hamburg, mostly German) and the 128th (a tourism guide in
    # Valparaíso, mostly Chilean and Argentine Spanish) were written and measured at the end
    # of the study, as a check on unseen mail, and not studied after.
    Floors("corpus_hundredtwentyseventh", "nikolai.bo@example.dk",
           "macro-F1 0.992, company 0.867", 0.99, 0.95, 0.98, 0.94, 0.85, contact=0.97,
           language=0.99),
    Floors("corpus_hundredtwentyeighth", "valentina.ra@example.cl",
           "macro-F1 0.972, company 0.770", 0.99, 0.95, 0.96, 0.89, 0.75, contact=0.99,
           language=0.99),
    # The 129th-136th: measured once as they arrived (the first figures), then studied and
    # trained on (the word model since 27216bb2).
    Floors("corpus_hundredtwentyninth", "ingrid.sc@example.no",
           "macro-F1 0.952, company 0.903", 0.99, 0.95, 0.97, 0.90, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_hundredthirtieth", "florian.mh@example.at",
           "macro-F1 0.996, company 0.805", 0.99, 0.95, 0.97, 0.90, 0.81, contact=0.97,
           language=0.98),
    Floors("corpus_hundredthirtyfirst", "aoife.nb@example.ie",
           "macro-F1 0.993, company 0.903", 0.99, 0.95, 0.97, 0.90, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_hundredthirtysecond", "romain.ol@example.fr",
           "macro-F1 0.984, company 0.858", 0.99, 0.95, 0.97, 0.90, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_hundredthirtythird", "camila.hq@example.pe",
           "macro-F1 0.978, company 0.885", 0.99, 0.95, 0.97, 0.90, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_hundredthirtyfourth", "tobias.la@example.de",
           "macro-F1 0.977, company 0.895", 0.99, 0.95, 0.97, 0.90, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_hundredthirtyfifth", "shauna.ac@example.co.uk",
           "macro-F1 0.977, company 0.814", 0.99, 0.95, 0.97, 0.90, 0.82, contact=0.97,
           language=0.98),
    Floors("corpus_hundredthirtysixth", "hugo.md@example.be",
           "macro-F1 0.983, company 0.823", 0.99, 0.95, 0.97, 0.90, 0.82, contact=0.97,
           language=0.98),
    # The 137th-144th measured once blind at cd2cb4ba and the 145th-150th at the commits of
    # the session that wrote them (2026-11-23), then studied: refusals without "other
    # candidate" ("no tenemos ninguna vacante", "nous avons fait notre choix", "wir machen
    # das intern", "I'm afraid they're going to pass"), an agency's registration, an agency's
    # client described and never named, boards that no list knows relaying the employer,
    # other worlds' appointments (a consulate, a practice, a bank). Still missed: terse
    # notes with no job word ("al final no va a ser"), trial days and casual chats the word
    # model reads as other, agencies' names the labels write with or without their trade.
    Floors("corpus_hundredthirtyseventh", "mateo.bo@example.es",
           "macro-F1 0.985, company 0.805", 0.99, 0.95, 0.97, 0.9, 0.82, contact=0.97,
           language=0.98),
    Floors("corpus_hundredthirtyeighth", "greta.vo@example.nl",
           "macro-F1 1.000, company 0.858", 0.99, 0.95, 0.97, 0.9, 0.84, contact=0.97,
           language=0.98),
    Floors("corpus_hundredthirtyninth", "lucie.pn@example.ch",
           "macro-F1 0.993, company 0.876", 0.99, 0.95, 0.97, 0.9, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortieth", "diego.sw@example.mx",
           "macro-F1 0.983, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortyfirst", "hannah.kr@example.co.uk",
           "macro-F1 0.988, company 0.850", 0.99, 0.95, 0.97, 0.9, 0.85, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortysecond", "jonas.wt@example.de",
           "macro-F1 0.983, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortythird", "ines.bc@example.fr",
           "macro-F1 0.978, company 0.903", 0.95, 0.95, 0.96, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortyfourth", "rafael.ol@example.cl",
           "macro-F1 0.987, company 0.823", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortyfifth", "katharina.eo@example.at",
           "macro-F1 0.955, company 0.912", 0.99, 0.95, 0.95, 0.84, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortysixth", "maxime.tn@example.ca",
           "macro-F1 0.974, company 0.876", 0.99, 0.95, 0.97, 0.89, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortyseventh", "valeria.ch@example.co",
           "macro-F1 0.960, company 0.912", 0.99, 0.92, 0.96, 0.85, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortyeighth", "ciaran.wa@example.ie",
           "macro-F1 0.963, company 0.841", 0.99, 0.95, 0.95, 0.89, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfortyninth", "luca.br@example.ch",
           "macro-F1 0.973, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfiftieth", "nerea.ob@example.es",
           "macro-F1 0.935, company 0.876", 0.99, 0.95, 0.96, 0.87, 0.87, contact=0.96,
           language=0.98),
    # The 151st-156th measured once blind at the commits of the session that wrote them
    # (2026-11-23), then studied for part of it: a newsletter's quoted rejection, other
    # worlds' meetings (a nursery, a class tutor, a letting agent), digits a name has
    # ("Struct360"), agencies' unnamed clients described by their size ("une PME"). Still
    # missed: agencies' registrations the word model reads as cold approaches, casual Spanish
    # refusals between people, names the labels write with or without their trade word.
    Floors("corpus_hundredfiftyfirst", "joana.fs@example.de",
           "macro-F1 0.987, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfiftysecond", "yanis.hl@example.fr",
           "macro-F1 0.971, company 0.903", 0.99, 0.95, 0.96, 0.84, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfiftythird", "morag.so@example.co.uk",
           "macro-F1 0.985, company 0.788", 0.99, 0.95, 0.97, 0.9, 0.77, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfiftyfourth", "renata.qa@example.pe",
           "macro-F1 0.984, company 0.823", 0.99, 0.92, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfiftyfifth", "elodie.vr@example.be",
           "macro-F1 0.957, company 0.823", 0.99, 0.92, 0.96, 0.84, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfiftysixth", "tobias.km@example.de",
           "macro-F1 0.977, company 0.912", 0.99, 0.95, 0.96, 0.89, 0.91, contact=0.97,
           language=0.98),
    # The 157th-160th measured once blind at bcf5516c at the end of that session; the 157th's
    # missed rejections were studied then, the others' in the next session.
    Floors("corpus_hundredfiftyseventh", "miriam.pa@example.at",
           "macro-F1 0.943, company 0.858", 0.99, 0.95, 0.95, 0.79, 0.84, contact=0.97,
           language=0.98),
    Floors("corpus_hundredfiftyeighth", "theo.lm@example.fr",
           "macro-F1 0.952, company 0.920", 0.99, 0.95, 0.94, 0.79, 0.91, contact=0.96,
           language=0.98),
    Floors("corpus_hundredfiftyninth", "rhiannon.po@example.co.uk",
           "macro-F1 0.977, company 0.814", 0.99, 0.92, 0.96, 0.9, 0.8, contact=0.95,
           language=0.98),
    Floors("corpus_hundredsixtieth", "alba.fk@example.es",
           "macro-F1 0.955, company 0.770", 0.95, 0.86, 0.94, 0.84, 0.75, contact=0.96,
           language=0.98),
    # The 161st-176th, each measured once blind in the session of 2026-11-23 (the first
    # figure), then studied; the word model is trained on the 161st-168th since.
    Floors("corpus_hundredsixtyfirst", "ingrid.vh@example.de",
           "macro-F1 0.986, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_hundredsixtysecond", "bastien.ol@example.fr",
           "macro-F1 0.969, company 0.814", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_hundredsixtythird", "carmen.ql@example.cl",
           "macro-F1 0.977, company 0.823", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_hundredsixtyfourth", "declan.mh@example.co.uk",
           "macro-F1 0.969, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_hundredsixtyfifth", "oksana.db@example.ie",
           "macro-F1 0.983, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_hundredsixtysixth", "florian.as@example.ch",
           "macro-F1 0.951, company 0.770", 0.99, 0.95, 0.97, 0.9, 0.79, contact=0.97,
           language=0.98),
    Floors("corpus_hundredsixtyseventh", "manon.tr@example.be",
           "macro-F1 0.974, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_hundredsixtyeighth", "joaquin.mf@example.com.ar",
           "macro-F1 0.964, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_hundredsixtyninth", "siobhan.ac@example.co.uk",
           "macro-F1 0.993, company 0.938", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_hundredseventieth", "lukas.fn@example.de",
           "macro-F1 0.988, company 0.929", 0.99, 0.92, 0.97, 0.9, 0.94, contact=0.97,
           language=0.98),
    Floors("corpus_hundredseventyfirst", "aminata.ld@example.fr",
           "macro-F1 0.981, company 0.947", 0.99, 0.95, 0.97, 0.9, 0.94, contact=0.97,
           language=0.98),
    Floors("corpus_hundredseventysecond", "pablo.iw@example.mx",
           "macro-F1 0.976, company 0.885", 0.99, 0.95, 0.97, 0.89, 0.89, contact=0.94,
           language=0.98),
    # The 173rd-176th, measured once blind at 4681377a at the end of the same session.
    Floors("corpus_hundredseventythird", "grainne.ob@example.ie",
           "macro-F1 0.973, company 0.850", 0.99, 0.95, 0.97, 0.89, 0.83, contact=0.95,
           language=0.98),
    Floors("corpus_hundredseventyfourth", "henrik.ol@example.at",
           "macro-F1 0.974, company 0.788", 0.99, 0.95, 0.97, 0.89, 0.79, contact=0.97,
           language=0.97),
    Floors("corpus_hundredseventyfifth", "clemence.nd@example.fr",
           "macro-F1 0.979, company 0.965", 0.99, 0.95, 0.97, 0.9, 0.95, contact=0.97,
           language=0.98),
    Floors("corpus_hundredseventysixth", "rodrigo.aq@example.pe",
           "macro-F1 0.961, company 0.805", 0.99, 0.95, 0.97, 0.89, 0.8, contact=0.97,
           language=0.97),
    # The 177th-200th, each measured once blind at the commit it arrived at (the rules changed
    # between arrivals within one session), then studied.
    Floors("corpus_hundredseventyseventh", "maelle.bo@example.fr",
           "macro-F1 1.000, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_hundredseventyeighth", "tobias.rm@example.de",
           "macro-F1 0.988, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_hundredseventyninth", "niamh.cb@example.ie",
           "macro-F1 0.985, company 0.850", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightieth", "valentina.or@example.es",
           "macro-F1 0.994, company 0.858", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightyfirst", "jonas.hs@example.ch",
           "macro-F1 0.986, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightysecond", "camila.fh@example.com.co",
           "macro-F1 0.980, company 0.912", 0.99, 0.92, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightythird", "aurelien.km@example.be",
           "macro-F1 0.975, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightyfourth", "eleanor.wa@example.co.uk",
           "macro-F1 1.000, company 0.894", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightyfifth", "ottilie.bn@example.at",
           "macro-F1 0.996, company 0.894", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightysixth", "ignacio.vl@example.cl",
           "macro-F1 0.970, company 0.841", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightyseventh", "fionnuala.da@example.ie",
           "macro-F1 0.980, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightyeighth", "baptiste.ko@example.fr",
           "macro-F1 0.991, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_hundredeightyninth", "wiebke.sh@example.de",
           "macro-F1 0.981, company 0.814", 0.99, 0.95, 0.97, 0.87, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetieth", "esperanza.me@example.es",
           "macro-F1 0.991, company 0.796", 0.99, 0.95, 0.97, 0.9, 0.78, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetyfirst", "hamish.do@example.co.uk",
           "macro-F1 0.989, company 0.920", 0.99, 0.92, 0.97, 0.9, 0.95, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetysecond", "severine.al@example.ch",
           "macro-F1 0.986, company 0.938", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetythird", "leocadia.fo@example.es",
           "macro-F1 0.973, company 0.929", 0.99, 0.92, 0.97, 0.87, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetyfourth", "maximilian.op@example.de",
           "macro-F1 0.980, company 0.858", 0.95, 0.95, 0.97, 0.89, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetyfifth", "roisin.vl@example.co.uk",
           "macro-F1 0.990, company 0.841", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetysixth", "anais.gs@example.fr",
           "macro-F1 0.983, company 0.965", 0.99, 0.95, 0.97, 0.9, 0.96, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetyseventh", "kofi.bh@example.at",
           "macro-F1 0.995, company 0.947", 0.99, 0.95, 0.97, 0.9, 0.94, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetyeighth", "paloma.wc@example.pe",
           "macro-F1 1.000, company 0.814", 0.99, 0.95, 0.97, 0.9, 0.81, contact=0.97,
           language=0.98),
    Floors("corpus_hundredninetyninth", "gwendal.ma@example.be",
           "macro-F1 0.973, company 0.894", 0.99, 0.95, 0.97, 0.89, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredth", "sinead.km@example.ie",
           "macro-F1 0.966, company 0.920", 0.99, 0.95, 0.97, 0.89, 0.91, contact=0.96,
           language=0.98),
    # The 201st-212th, measured blind the same way; the word model is trained on the
    # 177th-212th since 0cc5ae89.
    Floors("corpus_twohundredfirst", "odile.ba@example.fr",
           "macro-F1 0.976, company 0.850", 0.99, 0.95, 0.97, 0.9, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsecond", "declan.fn@example.co.uk",
           "macro-F1 0.978, company 0.912", 0.99, 0.95, 0.97, 0.87, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthird", "henrike.sd@example.de",
           "macro-F1 0.985, company 0.735", 0.99, 0.95, 0.97, 0.9, 0.78, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfourth", "rodrigo.aq@example.mx",
           "macro-F1 0.988, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfifth", "margaux.lo@example.ch",
           "macro-F1 0.986, company 0.841", 0.95, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixth", "tadhg.ow@example.ie",
           "macro-F1 0.984, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventh", "lucia.hm@example.ar",
           "macro-F1 0.988, company 0.867", 0.99, 0.92, 0.97, 0.9, 0.85, contact=0.95,
           language=0.98),
    Floors("corpus_twohundredeighth", "jannik.ml@example.at",
           "macro-F1 0.978, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninth", "ines.ov@example.be",
           "macro-F1 0.989, company 0.823", 0.99, 0.95, 0.97, 0.9, 0.82, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtenth", "callum.an@example.co.uk",
           "macro-F1 0.976, company 0.912", 0.99, 0.95, 0.96, 0.89, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeleventh", "mireia.ch@example.es",
           "macro-F1 0.996, company 0.912", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwelfth", "ferdinand.ol@example.de",
           "macro-F1 0.983, company 0.947", 0.99, 0.92, 0.97, 0.9, 0.95, contact=0.97,
           language=0.98),
    # The 213th-242nd, each measured once blind at the commit it arrived at, then studied;
    # the word model is trained on them since the second retrain of 2026-11-24.
    Floors("corpus_twohundredthirteenth", "solveig.md@example.fr",
           "macro-F1 0.994, company 0.876", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfourteenth", "kwame.lo@example.com",
           "macro-F1 0.996, company 0.973", 0.99, 0.95, 0.97, 0.9, 0.96, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfifteenth", "almudena.rp@example.es",
           "macro-F1 0.980, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixteenth", "mathis.ka@example.de",
           "macro-F1 0.981, company 0.876", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventeenth", "oonagh.fb@example.ie",
           "macro-F1 0.991, company 0.894", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeighteenth", "baptiste.nl@example.be",
           "macro-F1 0.996, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundrednineteenth", "carlota.wm@example.cl",
           "macro-F1 1.000, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentieth", "henrietta.ov@example.at",
           "macro-F1 0.994, company 0.841", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentyfirst", "yusuf.bc@example.es",
           "macro-F1 0.981, company 0.858", 0.95, 0.95, 0.97, 0.9, 0.85, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentysecond", "ailbhe.mo@example.ie",
           "macro-F1 0.991, company 0.894", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentythird", "gaspard.lm@example.fr",
           "macro-F1 0.981, company 0.805", 0.99, 0.95, 0.97, 0.89, 0.79, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentyfourth", "friederike.as@example.de",
           "macro-F1 0.980, company 0.876", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentyfifth", "ewan.cf@example.co.uk",
           "macro-F1 1.000, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentysixth", "renata.vi@example.mx",
           "macro-F1 0.991, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentyseventh", "clement.oh@example.ch",
           "macro-F1 0.989, company 0.947", 0.99, 0.95, 0.97, 0.9, 0.94, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentyeighth", "magdalena.fk@example.at",
           "macro-F1 0.980, company 0.858", 0.99, 0.95, 0.97, 0.9, 0.84, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredtwentyninth", "ingrid.am@example.es",
           "macro-F1 0.995, company 0.912", 0.95, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtieth", "tadeusz.ob@example.ie",
           "macro-F1 1.000, company 0.823", 0.99, 0.95, 0.97, 0.9, 0.81, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtyfirst", "maelys.ob@example.fr",
           "macro-F1 0.984, company 0.947", 0.99, 0.95, 0.97, 0.9, 0.94, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtysecond", "benedikt.ns@example.de",
           "macro-F1 0.976, company 0.823", 0.95, 0.95, 0.97, 0.89, 0.85, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtythird", "priyanka.dh@example.co.uk",
           "macro-F1 0.985, company 0.858", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtyfourth", "joaquin.la@example.cl",
           "macro-F1 0.981, company 0.832", 0.95, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtyfifth", "elodie.wm@example.ch",
           "macro-F1 0.990, company 0.841", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtysixth", "oksana.fr@example.co.uk",
           "macro-F1 0.982, company 0.841", 0.95, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtyseventh", "lionel.ak@example.fr",
           "macro-F1 0.978, company 0.912", 0.99, 0.95, 0.96, 0.87, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtyeighth", "greta.ob@example.at",
           "macro-F1 0.996, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredthirtyninth", "nerea.cw@example.es",
           "macro-F1 0.990, company 0.796", 0.99, 0.95, 0.97, 0.9, 0.78, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfortieth", "desmond.al@example.ie",
           "macro-F1 0.984, company 0.796", 0.95, 0.92, 0.97, 0.9, 0.78, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfortyfirst", "severin.mh@example.ch",
           "macro-F1 0.990, company 0.938", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfortysecond", "valeria.ne@example.es",
           "macro-F1 0.987, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    # The 243rd-246th, measured blind the same way; the word model is trained on them since
    # the retrain of the next session (e0d45db0).
    Floors("corpus_twohundredfortythird", "aurelio.fd@example.it",
           "macro-F1 0.995, company 0.850", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfortyfourth", "morwenna.al@example.co.uk",
           "macro-F1 0.993, company 0.761", 0.99, 0.95, 0.97, 0.9, 0.75, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfortyfifth", "hortense.mv@example.fr",
           "macro-F1 0.986, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.85, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfortysixth", "ruben.ol@example.es",
           "macro-F1 0.991, company 0.894", 0.99, 0.95, 0.97, 0.89, 0.88, contact=0.97,
           language=0.98),
    # The 247th-269th, each measured once blind at the commit it arrived at in the session
    # of 2026-11-24 that followed, then studied; the word model is trained on the 247th-261st
    # since e0d45db0, not on the 262nd-269th.
    Floors("corpus_twohundredfortyseventh", "ottilie.bn@example.at",
           "macro-F1 0.980, company 0.947", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfortyeighth", "declan.fo@example.ie",
           "macro-F1 0.988, company 0.814", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfortyninth", "anais.lm@example.fr",
           "macro-F1 1.000, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftieth", "inigo.sa@example.es",
           "macro-F1 0.979, company 0.894", 0.99, 0.95, 0.97, 0.9, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftyfirst", "philippa.og@example.co.uk",
           "macro-F1 0.992, company 0.832", 0.99, 0.95, 0.97, 0.9, 0.82, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftysecond", "lorenz.ah@example.ch",
           "macro-F1 0.993, company 0.858", 0.99, 0.95, 0.97, 0.9, 0.84, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftythird", "consuelo.br@example.cl",
           "macro-F1 0.996, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftyfourth", "gwendal.ma@example.fr",
           "macro-F1 0.996, company 0.912", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftyfifth", "rosalind.me@example.co.uk",
           "macro-F1 0.996, company 0.841", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftysixth", "jakob.op@example.at",
           "macro-F1 0.993, company 0.947", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftyseventh", "seraphine.al@example.fr",
           "macro-F1 0.984, company 0.858", 0.99, 0.95, 0.97, 0.9, 0.84, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftyeighth", "mateo.vo@example.es",
           "macro-F1 0.986, company 0.947", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredfiftyninth", "blathnaid.kr@example.ie",
           "macro-F1 1.000, company 0.965", 0.99, 0.95, 0.97, 0.9, 0.96, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtieth", "hartmut.nf@example.de",
           "macro-F1 0.980, company 0.832", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtyfirst", "manon.sg@example.be",
           "macro-F1 1.000, company 0.823", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtysecond", "fernando.an@example.mx",
           "macro-F1 0.992, company 0.823", 0.99, 0.95, 0.97, 0.9, 0.84, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtythird", "eilidh.as@example.co.uk",
           "macro-F1 1.000, company 0.912", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtyfourth", "konstantin.mw@example.de",
           "macro-F1 0.982, company 0.894", 0.99, 0.95, 0.97, 0.9, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtyfifth", "apolline.dv@example.fr",
           "macro-F1 0.988, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtysixth", "xabier.ol@example.es",
           "macro-F1 0.996, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtyseventh", "saoirse.nb@example.ie",
           "macro-F1 1.000, company 0.876", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtyeighth", "mathilde.oz@example.ch",
           "macro-F1 1.000, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredsixtyninth", "guillermo.ac@example.ar",
           "macro-F1 0.975, company 0.823", 0.99, 0.95, 0.96, 0.89, 0.81, contact=0.96,
           language=0.98),
    # The 270th-285th, each measured once blind at the commit it arrived at in the sessions of
    # 2026-11-24 (33rd and 34th), then studied; the word model is not trained on them.
    Floors("corpus_twohundredseventieth", "ingrid.oh@example.no",
           "macro-F1 0.985, company 0.920", 0.99, 0.95, 0.97, 0.87, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventyfirst", "baptiste.nf@example.fr",
           "macro-F1 0.991, company 0.885", 0.99, 0.95, 0.97, 0.89, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventysecond", "rocio.bm@example.es",
           "macro-F1 0.990, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventythird", "friedemann.ok@example.de",
           "macro-F1 0.983, company 0.726", 0.99, 0.95, 0.97, 0.87, 0.76, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventyfourth", "niamh.dm@example.ie",
           "macro-F1 0.988, company 0.850", 0.99, 0.95, 0.97, 0.89, 0.85, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventyfifth", "elodie.mo@example.be",
           "macro-F1 0.987, company 0.770", 0.99, 0.95, 0.97, 0.9, 0.78, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventysixth", "tomas.ev@example.cl",
           "macro-F1 1.000, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventyseventh", "henrike.as@example.at",
           "macro-F1 0.993, company 0.805", 0.99, 0.95, 0.97, 0.9, 0.82, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventyeighth", "cormac.lo@example.ie",
           "macro-F1 0.993, company 0.912", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredseventyninth", "sibylle.ar@example.ch",
           "macro-F1 0.984, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeightieth", "gaetan.ml@example.fr",
           "macro-F1 0.991, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeightyfirst", "lucia.fk@example.es",
           "macro-F1 1.000, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeightysecond", "magnus.an@example.de",
           "macro-F1 0.981, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeightythird", "aisling.mk@example.co.uk",
           "macro-F1 1.000, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeightyfourth", "corentin.alg@example.fr",
           "macro-F1 0.984, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeightyfifth", "ximena.cb@example.mx",
           "macro-F1 0.990, company 0.796", 0.99, 0.95, 0.97, 0.9, 0.79, contact=0.97,
           language=0.98),
    # The 286th-293rd, measured once blind the same way in the 34th session, then studied;
    # the word model is not trained on them.
    Floors("corpus_twohundredeightysixth", "oona.fa@example.ie",
           "macro-F1 0.996, company 0.894", 0.95, 0.95, 0.97, 0.9, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeightyseventh", "reto.bo@example.ch",
           "macro-F1 0.993, company 0.938", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeightyeighth", "anais.dm@example.fr",
           "macro-F1 1.000, company 0.823", 0.99, 0.95, 0.97, 0.9, 0.81, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredeightyninth", "joaquin.hl@example.es",
           "macro-F1 0.992, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninetieth", "wiebke.sm@example.de",
           "macro-F1 0.990, company 0.947", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninetyfirst", "callum.nr@example.co.uk",
           "macro-F1 0.993, company 0.956", 0.99, 0.95, 0.97, 0.9, 0.94, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninetysecond", "melusine.ob@example.be",
           "macro-F1 0.985, company 0.814", 0.99, 0.95, 0.97, 0.9, 0.8, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninetythird", "dolores.qa@example.pe",
           "macro-F1 0.993, company 0.805", 0.99, 0.95, 0.97, 0.9, 0.79, contact=0.97,
           language=0.98),
    # The 294th-309th, measured once blind the same way in the 36th session (the 294th-301st
    # at 01ce04dfc, the 302nd-309th at bd2bedb4f), then studied; the word model is not
    # trained on them.
    Floors("corpus_twohundredninetyfourth", "niamh.odonoghue@example.ie",
           "macro-F1 1.000, company 0.788", 0.99, 0.95, 0.97, 0.9, 0.78, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninetyfifth", "m.gruenwald@example.de",
           "macro-F1 0.989, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninetysixth", "amelie.kouassi@example.fr",
           "macro-F1 0.993, company 0.938", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninetyseventh", "joaquin.ferreyra@example.es",
           "macro-F1 0.987, company 0.938", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninetyeighth", "yuki.ts@example.co.uk",
           "macro-F1 1.000, company 0.956", 0.99, 0.95, 0.97, 0.9, 0.94, contact=0.97,
           language=0.98),
    Floors("corpus_twohundredninetyninth", "k.wisniewska@example.at",
           "macro-F1 0.988, company 0.807", 0.99, 0.95, 0.97, 0.9, 0.82, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredth", "theo.marchand@example.fr",
           "macro-F1 1.000, company 0.860", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfirst", "lucia.benitez@example.es",
           "macro-F1 0.988, company 0.938", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredsecond", "ros.achterberg@example.nl",
           "macro-F1 0.964, company 0.850", 0.99, 0.95, 0.96, 0.8, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthird", "d.papadakis@example.de",
           "macro-F1 0.994, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfourth", "oceane.ln@example.fr",
           "macro-F1 0.987, company 0.912", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfifth", "aitor.goiko@example.es",
           "macro-F1 0.989, company 0.876", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredsixth", "grace.mh@example.co.uk",
           "macro-F1 0.992, company 0.788", 0.99, 0.95, 0.97, 0.9, 0.77, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredseventh", "lena.baumgartner@example.ch",
           "macro-F1 0.993, company 0.814", 0.99, 0.95, 0.97, 0.9, 0.8, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredeighth", "hugo.marchetti@example.be",
           "macro-F1 0.980, company 0.796", 0.99, 0.95, 0.97, 0.9, 0.78, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredninth", "marina.quiroga@example.es",
           "macro-F1 0.993, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtenth", "tomasz.wroblewski@example.ie",
           "macro-F1 1.000, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredeleventh", "johanna.freitag@example.de",
           "macro-F1 1.000, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwelfth", "yasmine.belkacem@example.fr",
           "macro-F1 0.985, company 0.867", 0.99, 0.95, 0.97, 0.85, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirteenth", "rodrigo.albarracin@example.es",
           "macro-F1 0.988, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfourteenth", "nkechi.ar@example.co.uk",
           "macro-F1 0.993, company 0.841", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfifteenth", "m.oberholzer@example.at",
           "macro-F1 0.993, company 0.956", 0.99, 0.95, 0.97, 0.9, 0.97, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredsixteenth", "clemence.vautrin@example.fr",
           "macro-F1 0.994, company 0.876", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredseventeenth", "ines.villanueva@example.es",
           "macro-F1 0.996, company 0.947", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredeighteenth", "bart.achterberg@example.nl",
           "macro-F1 0.993, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_threehundrednineteenth", "f.lammersdorf@example.de",
           "macro-F1 0.984, company 0.956", 0.99, 0.95, 0.97, 0.9, 0.97, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentieth", "anais.dnd@example.fr",
           "macro-F1 0.980, company 0.853", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentyfirst", "g.echevarria@example.es",
           "macro-F1 0.977, company 0.912", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentysecond", "siobhan.nibhriain@example.ie",
           "macro-F1 0.981, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.96, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentythird", "konstantin.wiesinger@example.at",
           "macro-F1 1.000, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentyfourth", "maelle.quemeneur@example.fr",
           "macro-F1 0.984, company 0.850", 0.99, 0.95, 0.97, 0.9, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentyfifth", "ximena.carvajal@example.es",
           "macro-F1 0.989, company 0.894", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentysixth", "tobias.ek@example.de",
           "macro-F1 0.993, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentyseventh", "priyanka.r@example.co.uk",
           "macro-F1 0.993, company 0.823", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentyeighth", "gaetan.lebihan@example.fr",
           "macro-F1 0.988, company 0.894", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredtwentyninth", "inma.berrocal@example.es",
           "macro-F1 1.000, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.93, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtieth", "declan.whitfield@example.ie",
           "macro-F1 0.996, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtyfirst", "henrike.os@example.de",
           "macro-F1 0.980, company 0.814", 0.99, 0.95, 0.97, 0.9, 0.84, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtysecond", "solene.mb@example.fr",
           "macro-F1 1.000, company 0.867", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtythird", "rodrigo.valdivieso@example.es",
           "macro-F1 1.000, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtyfourth", "wiebke.harmsen@example.de",
           "macro-F1 0.981, company 0.875", 0.99, 0.95, 0.97, 0.85, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtyfifth", "seun.adebayo@example.co.uk",
           "macro-F1 0.987, company 0.743", 0.99, 0.95, 0.97, 0.9, 0.75, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtysixth", "mathilde.vasseur@example.fr",
           "macro-F1 0.990, company 0.885", 0.99, 0.95, 0.97, 0.9, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtyseventh", "ainhoa.urrutia@example.es",
           "macro-F1 0.996, company 0.761", 0.99, 0.95, 0.97, 0.9, 0.75, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtyeighth", "ruairi.odonnchadha@example.ie",
           "macro-F1 0.996, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredthirtyninth", "franziska.oberhuber@example.at",
           "macro-F1 0.993, company 0.752", 0.99, 0.95, 0.97, 0.9, 0.77, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortieth", "yannick.mbemba@example.be",
           "macro-F1 1.000, company 0.876", 0.99, 0.95, 0.97, 0.9, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortyfirst", "itziar.goikoetxea@example.es",
           "macro-F1 0.987, company 0.823", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortysecond", "siobhan.rautenberg@example.ie",
           "macro-F1 0.993, company 0.814", 0.99, 0.95, 0.97, 0.9, 0.8, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortythird", "benedikt.schwarzenbacher@example.de",
           "macro-F1 0.983, company 0.850", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortyfourth", "margaux.delacourt@example.fr",
           "macro-F1 0.980, company 0.903", 0.99, 0.95, 0.97, 0.9, 0.89, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortyfifth", "jorge.altamirano@example.es",
           "macro-F1 1.000, company 0.894", 0.99, 0.95, 0.97, 0.9, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortysixth", "siobhan.nimhurchu@example.ie",
           "macro-F1 0.985, company 0.805", 0.99, 0.95, 0.97, 0.85, 0.86, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortyseventh", "tobias.oberhuber@example.at",
           "macro-F1 0.996, company 0.973", 0.99, 0.95, 0.97, 0.9, 0.97, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortyeighth", "awa.diallo@example.fr",
           "macro-F1 0.994, company 0.938", 0.99, 0.95, 0.97, 0.9, 0.92, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfortyninth", "inigo.zubizarreta@example.es",
           "macro-F1 0.989, company 0.920", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfiftieth", "rosalind.achterberg@example.co.uk",
           "macro-F1 0.985, company 0.885", 0.99, 0.95, 0.97, 0.85, 0.87, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfiftyfirst", "henrike.vasquez@example.de",
           "macro-F1 0.989, company 0.814", 0.99, 0.95, 0.97, 0.9, 0.81, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfiftysecond", "baptiste.kerherve@example.fr",
           "macro-F1 1.000, company 0.876", 0.99, 0.95, 0.97, 0.9, 0.88, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfiftythird", "marisol.etxeberria@example.es",
           "macro-F1 0.966, company 0.779", 0.99, 0.95, 0.96, 0.85, 0.8, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfiftyfourth", "cormac.obriain@example.ie",
           "macro-F1 0.983, company 0.912", 0.99, 0.95, 0.97, 0.9, 0.9, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfiftyfifth", "annelie.brockmann@example.de",
           "macro-F1 1.000, company 0.735", 0.99, 0.95, 0.97, 0.9, 0.75, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfiftysixth", "yasmine.belkacem@example.fr",
           "macro-F1 0.982, company 0.929", 0.99, 0.95, 0.97, 0.9, 0.91, contact=0.97,
           language=0.98),
    Floors("corpus_threehundredfiftyseventh", "gonzalo.urquiza@example.es",
           "macro-F1 0.978, company 0.841", 0.99, 0.95, 0.97, 0.9, 0.83, contact=0.97,
           language=0.98),
]  # fmt: skip


@cache
def measure(corpus: str, user: str) -> Report:
    labels = HERE / corpus / "labels.csv"
    assert labels.is_file(), f"{labels} is missing: run the generator in tests/{corpus}/"
    own = frozenset({user})
    result = evaluate(read_labels(labels), lambda path: classify_file(path, own_addresses=own)[1])
    print(f"\n{corpus}\n" + format_report(result))
    return result


@pytest.mark.parametrize("floors", CORPORA, ids=[f.corpus for f in CORPORA])
def test_floors(floors: Floors) -> None:
    report = measure(floors.corpus, floors.user)
    # A false rejection drafts "thank you for letting me know" to an employer who did not
    # reject: precision matters most.
    assert report.precision[EmailKind.REJECTION] >= floors.rejection_precision
    assert report.recall[EmailKind.REJECTION] >= floors.rejection_recall
    assert report.macro_f1 >= floors.macro_f1
    low = {
        k.value: (round(report.precision[k], 3), round(report.recall[k], 3))
        for k in EmailKind
        if report.precision[k] < floors.every_kind or report.recall[k] < floors.every_kind
    }
    assert low == {}
    assert report.company_accuracy >= floors.company
    assert report.contact_accuracy >= floors.contact
    assert report.language_accuracy >= floors.language
    assert report.no_reply_contacts == []
