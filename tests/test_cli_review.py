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
