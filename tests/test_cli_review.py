"""Reviewing what the assistant found, on the bundled sample week: status, interviews, show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import demo
from assistant.cli import main


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("week")
    demo.run(keep=folder)
    path = folder / "config.toml"
    path.write_text(
        '[identity]\nname = "Alex Rivera"\nemail = "alex.rivera@example.net"\n'
        'timezone = "America/Chicago"\n'
        f'[storage]\npath = "{folder / "assistant.db"}"\n'
    )
    return str(path)


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_status_names_each_opportunitys_next_step(
    config: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, "--config", config, "--now", "2026-11-19T22:30:00Z", "status")
    assert isinstance(data, dict)
    rows = {r["id"]: r for r in data["opportunities"]}
    assert rows["northwind-analytics"]["next"]["what"] == "missed_apology"
    assert rows["globex-logistics"]["next"]["what"] == "thank_you"
    assert rows["acme-robotics"]["stage"] == "rejected"
    assert rows["wayne-technologies"]["stage"] == "applied"
    assert rows["wayne-technologies"]["next"] is None
    assert data["service"]["last_sync"].startswith("2026-11-19T22:30")


def test_interview_status_follows_the_clock(
    config: str, capsys: pytest.CaptureFixture[str]
) -> None:
    uid = "initech-tech-2290@initech.example"
    before = run_json(capsys, "--config", config, "--now", "2026-11-19T22:30:00Z", "interviews")
    during = run_json(capsys, "--config", config, "--now", "2026-11-20T17:30:00Z", "interviews")
    after = run_json(capsys, "--config", config, "--now", "2026-11-21T22:30:00Z", "interviews")
    status = [{i["uid"]: i["status"] for i in d}[uid] for d in (before, during, after)]  # type: ignore[union-attr]
    assert status == ["upcoming", "in_progress", "past"]
    missed = {i["uid"]: i["status"] for i in after}  # type: ignore[union-attr]
    assert missed["northwind-interview-1@northwind-analytics.example"] == "missed"


def test_interviews_json_matches_the_spec_format(
    config: str, capsys: pytest.CaptureFixture[str]
) -> None:
    items = run_json(capsys, "--config", config, "--now", "2026-11-19T22:30:00Z", "interviews")
    assert isinstance(items, list) and items
    starts = [i["start"] for i in items]
    assert starts == sorted(starts)
    for item in items:
        assert set(item) == {
            "uid",
            "recurrence_id",
            "start",
            "end",
            "title",
            "company",
            "contact",
            "status",
            "source",
        }
        assert item["start"].endswith("Z") and item["end"].endswith("Z")
    assert not any("Podcast" in i["title"] or "Volunteer" in i["title"] for i in items)


def test_show_and_unknown_ids(config: str, capsys: pytest.CaptureFixture[str]) -> None:
    queue = run_json(capsys, "--config", config, "queue")
    assert isinstance(queue, list)
    first = queue[0]["id"]
    assert main(["--config", config, "show", first[:5]]) == 0
    assert "Subject:" in capsys.readouterr().out
    assert main(["--config", config, "show", "zzzz"]) == 1
    assert "assistant queue" in capsys.readouterr().err
    assert main(["--config", config, "missed", "nope"]) == 1
    assert "assistant interviews" in capsys.readouterr().err


def test_offline_classify_and_ics_need_no_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib import resources

    monkeypatch.chdir(tmp_path)
    data = resources.files("assistant.demo_data")
    eml = tmp_path / "r.eml"
    eml.write_bytes(data.joinpath("mail", "08_stark_rejection_de.eml").read_bytes())
    assert main(["classify", "--json", str(eml), str(tmp_path / "missing.eml")]) == 1
    captured = capsys.readouterr()
    line = json.loads(captured.out.strip())
    assert line["kind"] == "rejection" and line["language"] == "de"
    assert "missing.eml: cannot classify" in captured.err
    ics = tmp_path / "c.ics"
    ics.write_bytes(data.joinpath("calendar.ics").read_bytes())
    args = ["interviews", "--ics", str(ics), "--from", "2026-11-01", "--to", "2026-12-01", "--json"]
    assert main(["--now", "2026-11-19T22:30:00Z", *args]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 6


def test_edit_in_the_users_editor_then_the_draft_can_be_approved(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`edit` opens $EDITOR on the whole message; a new To makes a needs_recipient draft pending."""
    import sys

    folder = tmp_path_factory.mktemp("edit")
    demo.run(keep=folder)
    config = folder / "config.toml"
    config.write_text(
        '[identity]\nname = "Alex Rivera"\nemail = "alex.rivera@example.net"\n'
        f'[storage]\npath = "{folder / "assistant.db"}"\n'
    )
    editor = folder / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "text = p.read_text()\n"
        "head, body = text.split('\\n\\n', 1)\n"
        "to = 'To: Talent Team <talent@acme-robotics.example>'\n"
        "head = head.replace('From:', to + '\\nFrom:', 1)\n"
        "p.write_text(head + '\\n\\n' + body.replace('Hello,', 'Dear Acme Robotics team,'))\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    items = run_json(capsys, "--config", str(config), "queue")
    assert isinstance(items, list)
    [acme] = [i for i in items if i["state"] == "needs_recipient"]
    assert main(["--config", str(config), "edit", acme["id"]]) == 0
    assert "Saved" in capsys.readouterr().out
    after = {i["id"]: i for i in run_json(capsys, "--config", str(config), "queue")}  # type: ignore[union-attr]
    assert after[acme["id"]]["state"] == "pending"
    assert after[acme["id"]]["to"] == ["talent@acme-robotics.example"]
    assert main(["--config", str(config), "show", acme["id"]]) == 0
    shown = capsys.readouterr().out
    assert (
        "Dear Acme Robotics team," in shown
        and "In-Reply-To: <gh-0a9f3c1e@greenhouse.example>" in shown
    )

    # an editor that breaks the message is refused, and the draft is kept as it was
    editor.write_text("import sys, pathlib\npathlib.Path(sys.argv[1]).write_text('To: me\\n\\n')\n")
    assert main(["--config", str(config), "edit", acme["id"]]) == 1
    assert "From" in capsys.readouterr().err  # the problems are listed
    assert main(["--config", str(config), "show", acme["id"]]) == 0
    assert "Dear Acme Robotics team," in capsys.readouterr().out
