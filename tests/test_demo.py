"""`assistant demo`: the README's first command shows every kind of draft, offline.

The bundled week is also a labelled scenario: these are the drafts a careful human assistant
would prepare on Thursday 19 November 2026 at 4:30 PM in Chicago, and no others.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from assistant import demo
from assistant.cli import main
from assistant.records import DraftKind, DraftState


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> demo.DemoResult:
    return demo.run(keep=tmp_path_factory.mktemp("demo"))


def by_company(result: demo.DemoResult, kind: DraftKind) -> dict[str | None, list]:
    found: dict[str | None, list] = {}
    for q in result.queue:
        if q.draft.kind == kind:
            found.setdefault(q.draft.company, []).append(q)
    return found


def test_every_kind_of_draft_is_shown(result: demo.DemoResult) -> None:
    kinds = Counter(q.draft.kind for q in result.queue)
    assert set(kinds) == set(DraftKind)


def test_missed_interview_gets_an_in_thread_apology_to_the_recruiter(
    result: demo.DemoResult,
) -> None:
    [apology] = [q for q in result.queue if q.draft.kind == DraftKind.MISSED_APOLOGY]
    assert apology.draft.company == "Northwind Analytics"
    assert [a.email for a in apology.draft.to] == ["priya.shah@northwind-analytics.example"]
    assert apology.draft.in_reply_to == "nw-missed-4502@northwind-analytics.example"
    assert apology.draft.subject == "Re: We missed you today"
    assert result.featured is not None and result.featured.id == apology.id


def test_attended_interview_gets_one_thank_you_per_interviewer(result: demo.DemoResult) -> None:
    thanks = by_company(result, DraftKind.THANK_YOU)
    assert sorted(a.email for q in thanks["Globex Logistics"] for a in q.draft.to) == [
        "dana.kim@globex-logistics.example",
        "marco.rossi@globex-logistics.example",
    ]
    assert "Northwind Analytics" not in thanks  # missed, not attended


def test_cant_attend_gets_a_reschedule_request_with_new_times(result: demo.DemoResult) -> None:
    [request] = by_company(result, DraftKind.RESCHEDULE_REQUEST)["Umbrella Health"]
    assert [a.email for a in request.draft.to] == ["lena.fischer@umbrella-health.example"]
    assert request.draft.body.count("Central") + request.draft.body.count(":") >= 3


def test_quiet_week_gets_a_follow_up(result: demo.DemoResult) -> None:
    assert "Vandelay Industries" in by_company(result, DraftKind.FOLLOW_UP)


def test_rejections_get_gracious_replies_in_the_employers_language(result: demo.DemoResult) -> None:
    replies = by_company(result, DraftKind.REJECTION_REPLY)
    [stark] = (
        replies["Stark Mobility GmbH"]
        if "Stark Mobility GmbH" in replies
        else replies["Stark Mobility"]
    )
    assert stark.draft.language == "de"
    assert [a.email for a in stark.draft.to] == ["julia.becker@stark-mobility.example"]
    [acme] = replies["Acme Robotics"]
    assert acme.state == DraftState.NEEDS_RECIPIENT and acme.draft.to == ()


def test_no_draft_for_cancelled_interviews_newsletters_or_acknowledgements(
    result: demo.DemoResult,
) -> None:
    companies = {q.draft.company for q in result.queue}
    assert "Soylent Foods" not in companies
    assert "Wayne Technologies" not in companies
    assert all("jobhuntweekly" not in a.email for q in result.queue for a in q.draft.to)


def test_no_draft_is_addressed_to_the_user_or_a_no_reply_address(result: demo.DemoResult) -> None:
    for q in result.queue:
        for address in q.draft.to:
            assert address.email != "alex.rivera@example.net"
            assert "reply" not in address.email.split("@")[0]


def test_upcoming_interview_gets_a_reminder(result: demo.DemoResult) -> None:
    reminders = by_company(result, DraftKind.REMINDER)
    assert "Initech" in reminders


def test_demo_cli_prints_the_queue_and_one_draft(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "missed_apology" in out and "Re: We missed you today" in out
    assert "Nothing was sent" in out


def test_demo_json_is_the_queue_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert {i["kind"] for i in items} == {k.value for k in DraftKind}
    for item in items:
        assert set(item) == {
            "id",
            "kind",
            "state",
            "to",
            "subject",
            "due",
            "language",
            "opportunity",
            "company",
            "interview_uid",
            "in_reply_to",
        }
        assert item["due"].endswith("Z")


def test_demo_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    demo.run()
    assert list(scratch.iterdir()) == []
