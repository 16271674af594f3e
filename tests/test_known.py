"""How one employer's mail names the next (`detect.known`), through `classify_batch`, the
offline `classify` of several files, and the pipeline across runs.

A hiring manager's "Everything ok?" from marcus@driftwood.example.com names no company; the
recruiter's invitation from the same domain signs "Driftwood AI". Real classifier, real
parser, a :memory: database; nothing mocked.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import settings_from_dict
from assistant.detect import classify, classify_batch, classify_files
from assistant.detect.agency import named_agency
from assistant.detect.known import FullNames, known_names, learn, taught
from assistant.detect.spelling import cut_short
from assistant.records import Address, Email, EmailKind, Opportunity, Stage
from assistant.store import understanding as store
from assistant.store.db import Database
from assistant.understanding import understand
from tests.test_understanding import insert

USER = "alex.rivera@example.net"
INVITATION = (
    "Interview: Product Designer",
    "Hi Alex,\n\nThanks for applying for the Product Designer role. We would like to invite "
    "you to a video interview on Thursday at 3pm.\n\nBest,\nPriya Shah\nRecruiter, Driftwood AI",
    "Priya Shah <priya@driftwood.example.com>",
)
TERSE = (
    "Everything ok?",
    "Hey Alex,\n\nWe had you down for 10am today for your interview but didn't see you in "
    "the Zoom. Everything OK?\n\nMarcus",
    "Marcus Lee <marcus@driftwood.example.com>",
)


def mail(subject: str, body: str, sender: str, *, day: int = 1, key: str = "m") -> Email:
    name, address = parseaddr(sender)
    return Email(
        key=key, account="test", folder="INBOX", message_id=f"<{key}@test>", subject=subject,
        date=datetime(2026, 11, day, 9, 0, tzinfo=UTC), sender=Address(address, name),
        to=(Address(USER, "Alex Rivera"),), text=body, new_text=body,
    )


def test_terse_mail_alone_gets_the_address_guess() -> None:
    result = classify(mail(*TERSE), own_addresses=frozenset({USER}))
    assert result.kind is EmailKind.MISSED_INTERVIEW_NOTICE
    assert result.company == "Driftwood"


def test_written_name_teaches_its_address_label() -> None:
    email = mail(*INVITATION)
    assert classify(email).company == "Driftwood AI"
    assert taught(email, "Driftwood AI") == {"driftwood": "Driftwood AI"}
    assert taught(email, "Driftwood Labs") == {}, "a name the mail never writes teaches nothing"
    assert taught(email, None) == {}


@pytest.mark.parametrize(("address", "name"), [
    ("maria@ibertel.example.es", "Ibérica de Telecomunicaciones"),
    ("r.ode@hsanrafael.example.es", "Hospital San Rafael de Madrid"),
    ("j.okafor@uwb.example.ac.uk", "University of West Bristol"),
])
def test_a_name_cut_short_in_the_domain_teaches_it(address: str, name: str) -> None:
    """The hospital that signs in full and writes from an address cut short names the
    next terse mail from that address."""
    signed = mail("Interview", f"Hi Alex, see you on Monday.\n\nRegards\nRuth Ode\n"
                  f"Recruitment Officer\n{name}", f"Ruth Ode <{address}>")
    assert set(taught(signed, name).values()) == {name}
    terse = mail("Re: Interview", "Alex, can we make it 11 instead? Sorry!\nJo",
                 f"Jo Penn <jo@{address.split('@')[1]}>", day=2)
    assert classify_batch([signed, terse])[1].company == name


@pytest.mark.timeout(10)
def test_a_name_of_many_alike_words_is_read_in_time() -> None:
    """A hostile signature ("Aaaa Aaaa ...") beside a long label must not stall a scan."""
    assert not cut_short("a" * 30 + "b", " ".join(["Aaaaaaaaaa"] * 12))
    assert cut_short("a" * 40, " ".join(["Aaaaaaaaaa"] * 40))


@pytest.mark.parametrize(("address", "name"), [
    ("ab@acmebakery.example.com", "Alpine Bakers Cooperative"),  # not cut from these words
    ("ab@uw.example.com", "University of Wales"),  # two initials are anyone's
])
def test_a_label_that_is_no_cut_of_the_name_teaches_nothing(address: str, name: str) -> None:
    signed = mail("Interview", f"See you Monday.\n\nRuth Ode\nRecruiter\n{name}",
                  f"Ruth Ode <{address}>")
    assert taught(signed, name) == {}


@pytest.mark.parametrize(("name", "names", "expected"), [
    ("Halewood", {"Halewood Foods", "Redline Recruitment"}, "Halewood Foods"),
    ("Greystone", {"Greystone Analytics", "Greystone Property"}, "Greystone"),  # which one?
    ("Klinikum Spreebogen", {"Klinikum Spreebogen Berlin"}, "Klinikum Spreebogen"),  # a branch
    ("Helixa", {"Helixa Diagnostics Scheduling"}, "Helixa"),  # a desk: no fuller name
    # ... nor its training unit: the firm's academy is not a fuller name of the firm.
    ("Harbourne Rail", {"Harbourne Rail Training Centre"}, "Harbourne Rail"),
    ("Kaltenbach Bau", {"Kaltenbach Bau Akademie"}, "Kaltenbach Bau"),
    ("Kessler", {"Kessler & Vogt Treuhand"}, "Kessler & Vogt Treuhand"),
    ("Acme Robotics", {"Acme"}, "Acme Robotics"),  # never shorter
    # One employer written with and without its legal form is one fuller name, not two.
    ("Brenner", {"Brenner Antriebssysteme", "Brenner Antriebssysteme GmbH"},
     "Brenner Antriebssysteme"),
    # Fuller forms that shorten one another are one name: the longest.
    ("Aarberg", {"Aarberg Bahn", "Aarberg Bahn Systems"}, "Aarberg Bahn Systems"),
])
def test_full_names(name: str, names: set[str], expected: str) -> None:
    assert FullNames(names).of(name) == expected


def test_batch_gives_an_agencys_short_name_the_employers_full_one() -> None:
    agency = mail("Halewood!!", "Hi Alex!! Halewood loved your CV and want to meet you "
                  "Thursday at 10!! Can you do it?\n\nJodie\nRedline Recruitment",
                  "Jodie Marsh <jodie@redlinerecruitment.example.co.uk>", key="a")
    own = mail("Interview", "Hi Alex,\n\nLooking forward to Thursday.\n\nChris Abbott\n"
               "Operations Manager\nHalewood Foods",
               "Chris Abbott <chris@halewoodfoods.example.com>", day=2, key="b")
    assert classify(agency).company == "Halewood"
    results = classify_batch([agency, own], own_addresses=frozenset({USER}))
    assert [r.company for r in results] == ["Halewood Foods", "Halewood Foods"]


def test_an_agency_named_once_is_one_in_its_other_mail() -> None:
    """The consultant signs her firm as a recruiting firm once; her next mail, from the same
    address, only says what the client must do."""
    signed = mail("Poste Contrôleur de gestion", "Bonjour Alex,\n\nJ'ai présenté votre "
                  "profil à Maison Verdal, qui souhaite vous rencontrer mardi à 10h.\n\n"
                  "Inès Roche\nHunteo Conseil, cabinet de recrutement",
                  "Inès Roche <ines@hunteo-conseil.example.fr>", key="a")
    terse = mail("Entretien de mardi", "Alex,\n\nMaison Verdal doit annuler votre "
                 "entretien de mardi ; il propose jeudi à la même heure.\n\nInès\nHead of "
                 "Finance Search", "Inès Roche <ines@hunteo-conseil.example.fr>", day=2, key="b")
    assert named_agency(signed) == "hunteoconseil"
    assert named_agency(terse) is None
    assert classify(terse).company == "Hunteo Conseil"  # alone: nothing says it relays
    results = classify_batch([signed, terse], own_addresses=frozenset({USER}))
    assert [r.company for r in results] == ["Maison Verdal", "Maison Verdal"]


def test_a_consultancy_of_selection_is_named_an_agency() -> None:
    """Spanish recruiters sign "Consultoría de Selección": a firm that recruits for others."""
    signed = mail("Cambio entrevista", "Hola Irene:\n\nLa directora de planta no puede veros "
                  "el martes. ¿Te encaja el jueves a las 11:00?\n\nUn abrazo,\nRocío Vega\n"
                  "Talentia Sur · Consultoría de Selección",
                  "Rocío Vega <rocio.vega@talentiasur.example.es>")
    assert named_agency(signed) == "talentiasur"


def test_a_dutch_temp_agency_is_named_an_agency() -> None:
    """A Dutch temp agency signs "Uitzendbureau": a firm that places people with others."""
    signed = mail("Feedback", "Hi Tom,\n\nThey went for someone else, sorry.\n\nEva Smit\n"
                  "Consultant Logistics\nDelta Uitzendbureau - Vestiging Breda",
                  "Eva Smit <eva.smit@deltawerk.example.nl>")
    assert named_agency(signed) == "deltawerk"


def test_an_agency_that_names_no_client_keeps_the_name_its_earlier_mail_wrote() -> None:
    """A recruiter's terse "small change" names neither the client nor her firm; her first
    mail from the same address signed the firm's name, which the address runs together."""
    signed = mail("A role you might like", "Hi Alex,\n\nI'm recruiting a Head of Procurement for "
                  "a client of ours and would love to introduce you. Could we talk on "
                  "Monday?\n\nGemma Hart | Senior Consultant | NorthStar Recruitment",
                  "Gemma Hart <gemma@northstar-recruit.example.co.uk>", key="a")
    terse = mail("Tuesday - small change", "Hi Alex,\n\nThe hiring manager has asked if we "
                 "can push Tuesday's interview back an hour to 11am. Is that OK?\n\nGemma",
                 "Gemma Hart <gemma@northstar-recruit.example.co.uk>", day=2, key="b")
    results = classify_batch([signed, terse], own_addresses=frozenset({USER}))
    assert results[0].company == "NorthStar Recruitment"
    assert results[1].kind is EmailKind.INTERVIEW_RESCHEDULE_OR_CANCEL
    assert results[1].company == "NorthStar Recruitment"


@pytest.mark.parametrize(("body", "sender"), [
    # An employer's body speaks of its staffing, its own team signs "Recruitment".
    ("Let's talk about our weekend staffing model on Monday.\n\nBen Carter\nHead of Retail\n"
     "Urban Pantry", "Ben Carter <ben@urbanpantry.example.com>"),
    ("See you at 3pm.\n\nHannah Cole\nMeridian Health Recruitment",
     "Hannah Cole <hannah@meridianhealth.example.com>"),
])
def test_no_agency_named(body: str, sender: str) -> None:
    assert named_agency(mail("Interview", body, sender)) is None


def test_a_client_named_by_an_agency_spells_none_of_its_labels() -> None:
    email = mail("Your interview with Orion Pharmaceuticals",
                 "Hi Alex, Orion Pharmaceuticals would like to meet you on Friday.\nJo",
                 "Jo Brand <jo@peakstaffing.example.com>")
    assert taught(email, "Orion Pharmaceuticals") == {}


def test_learn_keeps_the_fuller_form_and_the_first_of_rivals() -> None:
    known: dict[str, str] = {}
    short = mail("Hi", "Driftwood here.", "Ann <ann@driftwood.example.com>")
    learn(known, short, "Driftwood")
    assert known == {"driftwood": "Driftwood"}
    learn(known, mail(*INVITATION), "Driftwood AI")
    assert known == {"driftwood": "Driftwood AI"}
    learn(known, short, "Driftwood")
    assert known == {"driftwood": "Driftwood AI"}, "a shorter form never replaces a fuller one"


def test_known_name_names_terse_mail() -> None:
    result = classify(mail(*TERSE), known_names={"driftwood": "Driftwood AI"})
    assert result.company == "Driftwood AI"
    other = classify(mail(*TERSE), known_names={"kestrel": "Kestrel Group"})
    assert other.company == "Driftwood", "another domain's name does not apply"


def test_batch_names_mail_read_before_the_fuller_spelling() -> None:
    terse, invitation = mail(*TERSE, key="a"), mail(*INVITATION, key="b")
    results = classify_batch([terse, invitation], own_addresses=frozenset({USER}))
    assert [r.company for r in results] == ["Driftwood AI", "Driftwood AI"]
    assert [r.kind for r in results] == [EmailKind.MISSED_INTERVIEW_NOTICE,
                                         EmailKind.INTERVIEW_INVITATION]
    assert results[0].contact == "marcus@driftwood.example.com"


def test_batch_learns_contacts_only_when_asked() -> None:
    invitation = mail(*INVITATION, key="b")
    system = mail("Your interview", "Hi Alex, your interview with Driftwood AI is confirmed.",
                  "Driftwood AI <no-reply@driftwood.example.com>", key="c")
    alone = classify_batch([invitation, system])
    assert alone[1].contact is None
    shared = classify_batch([invitation, system], known_contacts={})
    assert shared[1].contact == "priya@driftwood.example.com"


def eml(path: Path, subject: str, body: str, sender: str) -> Path:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, USER, subject
    message["Message-ID"] = f"<{path.stem}@test>"
    message["Date"] = "Mon, 02 Nov 2026 09:00:00 +0000"
    message.set_content(body)
    path.write_bytes(message.as_bytes())
    return path


def test_classify_files_reads_files_together_and_keeps_errors_in_place(tmp_path: Path) -> None:
    terse = eml(tmp_path / "a.eml", *TERSE)
    invitation = eml(tmp_path / "b.eml", *INVITATION)
    missing = tmp_path / "missing.eml"
    results = classify_files([terse, missing, invitation])
    assert [path for path, _ in results] == [terse, missing, invitation]
    assert isinstance(results[1][1], OSError)
    assert [r.company for _, r in (results[0], results[2])] == ["Driftwood AI"] * 2


def test_cli_classify_names_terse_mail_from_its_companion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    terse = eml(tmp_path / "a.eml", *TERSE)
    assert main(["classify", "--json", str(terse)]) == 0
    assert json.loads(capsys.readouterr().out)["company"] == "Driftwood"
    invitation = eml(tmp_path / "b.eml", *INVITATION)
    assert main(["classify", "--json", str(terse), str(invitation)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(line["file"], line["company"]) for line in lines] == [
        (str(terse), "Driftwood AI"), (str(invitation), "Driftwood AI")]


def test_known_names_from_opportunities() -> None:
    opp = Opportunity(id="driftwood-ai", company="Driftwood AI", stage=Stage.INTERVIEWING,
                      domains=("driftwood.example.com", "driftwood-careers.example.org"))
    other = replace(opp, id="peak", company="Orion Pharmaceuticals",
                    domains=("peakstaffing.example.com",))
    assert known_names([opp, other]) == {"driftwood": "Driftwood AI"}
    cut = replace(opp, id="ibertel", company="Ibérica de Telecomunicaciones",
                  domains=("ibertel.example.es",))
    assert known_names([cut]) == {"ibertel": "Ibérica de Telecomunicaciones"}


SETTINGS = settings_from_dict({"identity": {"name": "Alex Rivera", "email": USER}})
NOW = datetime(2026, 11, 20, tzinfo=UTC)


def test_pipeline_upgrades_the_name_and_remembers_it_across_runs() -> None:
    db = Database(":memory:")
    insert(db, mail("Thanks for applying", "Hi Alex, thanks for applying for the Product "
                    "Designer role. We will be in touch.\nMarcus",
                    "Marcus Lee <marcus@driftwood.example.com>", day=1, key="ack"))
    understand(SETTINGS, db, NOW)
    [opp] = store.load_opportunities(db)
    assert opp.company == "Driftwood"
    insert(db, mail(*INVITATION, day=5, key="inv"))
    understand(SETTINGS, db, NOW)
    [opp] = store.load_opportunities(db)
    assert (opp.id, opp.company) == ("driftwood", "Driftwood AI")
    insert(db, mail(*TERSE, day=12, key="missed"))
    understand(SETTINGS, db, NOW)
    [opp] = store.load_opportunities(db)
    assert len(opp.history) == 3
    found = store.classifications_for(db, ["<missed@test>"])["<missed@test>"]
    assert found.company == "Driftwood AI"


def test_a_guessed_name_lengthens_no_other_mail() -> None:
    """"Halewood Foods" is made up from the hiring manager's address, not written anywhere:
    the recruiter's signed "Halewood" stays as she wrote it."""
    signed = mail(*INVITATION[:2], "Priya Shah <priya@halewood.example.com>", key="a")
    signed = replace(signed, text=signed.text.replace("Driftwood AI", "Halewood"),
                     new_text=signed.new_text.replace("Driftwood AI", "Halewood"))
    terse = mail(TERSE[0], TERSE[1], "Marcus Lee <marcus@halewood-foods.example.com>",
                 day=3, key="b")
    assert classify(terse).company == "Halewood Foods"
    results = classify_batch([signed, terse], own_addresses=frozenset({USER}))
    assert [r.company for r in results] == ["Halewood", "Halewood Foods"]


def test_a_name_written_only_in_the_quote_still_lengthens() -> None:
    """The candidate's quoted "Rookwood Retail" is the employer's name as people write it;
    the hiring manager's terse "Rookwood" mail is that employer."""
    quoted = mail("RE: Pricing Analyst application",
                  "Can you do 3pm tomorrow for a first chat?\n\nDan",
                  "Daniel Kovacs <d.kovacs@rookwood.example.co.uk>", key="a")
    quoted = replace(quoted, text=quoted.text + "\n\n> I saw your post about the Pricing "
                     "Analyst opening at Rookwood Retail and have applied.")
    terse = mail("Today 3pm", "Hi Alex, we tried calling you at the scheduled time but no "
                 "answer. Hope all ok?\n\nDan",
                 "Daniel Kovacs <d.kovacs@rookwood.example.co.uk>", day=3, key="b")
    results = classify_batch([quoted, terse], own_addresses=frozenset({USER}))
    assert [r.company for r in results] == ["Rookwood Retail", "Rookwood Retail"]


PHONE_SCREEN = ("Phone screen", "Hi Alex,\n\nThanks for applying for the Editorial Assistant "
                "role. Could we have a 20 minute phone call on Tuesday at 11am?\n\nLucy Hart\n"
                "Talent Partner\nPennant Publishing Ltd",
                "Lucy Hart <lucy.hart@pennantbooks.example.co.uk>")
TRIED_CALLING = ("Today 11am", "Hi Alex, I tried calling you at 11 as planned but no answer. "
                 "Let me know if you'd still like to chat.\n\nLucy",
                 "Lucy Hart <lucy.hart@pennantbooks.example.co.uk>")


def test_a_senders_written_employer_names_her_terse_mail() -> None:
    """"Pennant Publishing" spells no "pennantbooks", but the same person wrote it."""
    terse = mail(*TRIED_CALLING, day=3, key="b")
    assert classify(terse).company == "Pennantbooks"
    results = classify_batch([mail(*PHONE_SCREEN, key="a"), terse],
                             own_addresses=frozenset({USER}))
    assert [r.company for r in results] == ["Pennant Publishing"] * 2


def test_a_hyphenated_address_is_a_guess_as_much_as_a_plain_one() -> None:
    """"portaz-aragon" makes "Portaz Aragon" up as "pennantbooks" makes "Pennantbooks"."""
    sender = "Lucía Gil <lucia.gil@portaz-aragon.example.es>"
    first = mail("Entrevista", "Hola Alex:\n\nGracias por tu candidatura. ¿Te viene bien una "
                 "entrevista telefónica el lunes a las 12:00?\n\nUn saludo,\nLucía Gil\n"
                 "Recursos Humanos\nPuerto Seco de Aragón", sender, key="a")
    terse = mail("RE: Entrevista", "Hola Alex,\n\n¿Podríamos pasar la entrevista del lunes al "
                 "martes a la misma hora? Perdona el cambio.\n\nLucía", sender, day=2, key="b")
    assert classify(terse).company == "Portaz Aragon"
    results = classify_batch([first, terse], own_addresses=frozenset({USER}))
    assert [r.company for r in results] == ["Puerto Seco de Aragón"] * 2


def test_a_forwarded_authors_address_is_the_news_not_a_guess() -> None:
    """A recruiter forwards the client's answer: its author's domain names the client,
    whatever client her other mail wrote."""
    other = mail("Interview at Calder Clinics", "Hi Alex,\n\nCalder Clinics would like to "
                 "interview you on Monday at 10am.\n\nEllie\nEllie Marsh | Senior Consultant"
                 "\nMedStaff Partners", "Ellie Marsh <ellie@medstaffpartners.example.co.uk>",
                 key="a")
    body = ("Hi Alex,\n\nJust heard back from Harbourside (see below): they have gone with an "
            "internal candidate. Sorry!\n\nEllie")
    forward = replace(
        mail("Fwd: Candidate feedback", body,
             "Ellie Marsh <ellie@medstaffpartners.example.co.uk>", day=2, key="b"),
        text=body + "\n\n---------- Forwarded message ---------\nFrom: Tom Reid "
        "<tom.reid@harbourside-health.example.co.uk>\nSubject: Candidate feedback\n\nHi "
        "Ellie, we have offered the role to an internal candidate.\n\nTom Reid\nHead of "
        "Operations")
    alone = classify(forward, own_addresses=frozenset({USER}))
    assert alone.company == "Harbourside Health"
    results = classify_batch([other, forward], own_addresses=frozenset({USER}))
    assert results[1].company == "Harbourside Health"


def test_a_sender_who_writes_two_employers_names_no_terse_mail() -> None:
    """A recruiter writing for two clients: her terse mail could be about either."""
    other = mail("Another role", "Hi Alex,\n\nThanks for applying to the Copy Editor role. "
                 "Could we talk on Friday at 2pm?\n\nLucy Hart\nHarrow & Quill Books",
                 "Lucy Hart <lucy.hart@pennantbooks.example.co.uk>", day=2, key="c")
    results = classify_batch([mail(*PHONE_SCREEN, key="a"), other,
                              mail(*TRIED_CALLING, day=3, key="b")],
                             own_addresses=frozenset({USER}))
    assert results[1].company == "Harrow & Quill Books"
    assert results[2].company == "Pennantbooks"


def test_a_contact_known_from_earlier_runs_names_her_terse_mail() -> None:
    terse = mail(*TRIED_CALLING, day=3, key="b")
    known = {"Pennant Publishing": "lucy.hart@pennantbooks.example.co.uk"}
    [result] = classify_batch([terse], own_addresses=frozenset({USER}), known_contacts=known)
    assert result.company == "Pennant Publishing"
    [alone] = classify_batch([terse], own_addresses=frozenset({USER}), known_contacts={})
    assert alone.company == "Pennantbooks"
