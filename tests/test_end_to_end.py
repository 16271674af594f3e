"""The whole product against a real Dovecot, through the command line a user types.

The mailbox is the bundled sample week (a missed interview with the employer's "we missed
you" mail, an attended one, an upcoming one, a cancelled one, two rejections of which one is
from a no-reply ATS address), loaded into INBOX over IMAP; the calendar is the sample .ics.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main
from tests.servers.dovecot import DovecotServer, MailUser

NOW = "2026-11-19T22:30:00Z"
LATER = "2026-11-20T02:00:00Z"


@pytest.fixture
def world(dovecot: DovecotServer, imap_user: MailUser, tmp_path: Path) -> dict[str, Any]:
    data = resources.files("assistant.demo_data")
    for i, entry in enumerate(sorted(data.joinpath("mail").iterdir(), key=lambda e: e.name)):
        if entry.name.endswith(".eml"):
            imap_user.append("INBOX", entry.read_bytes(), flags=(r"\Seen",) if i % 2 else ())
    calendar = tmp_path / "calendar.ics"
    calendar.write_bytes(data.joinpath("calendar.ics").read_bytes())
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[identity]
name = "Alex Rivera"
email = "alex.rivera@example.net"
timezone = "America/Chicago"
signature = "Alex Rivera"

[[accounts]]
name = "personal"
kind = "imap"
host = "{dovecot.host}"
port = {dovecot.port}
security = "plain"
username = "{imap_user.username}"
password_command = "printf %s {imap_user.password}"

[[calendars]]
name = "main"
kind = "ics_file"
path = "{calendar}"

[storage]
path = "{tmp_path / "assistant.db"}"
""",
        encoding="utf-8",
    )
    return {"config": str(config), "user": imap_user}


def run(capsys: pytest.CaptureFixture[str], world: dict[str, Any], *args: str) -> tuple[int, str]:
    code = main(["--config", world["config"], *args])
    return code, capsys.readouterr().out


def queue(
    capsys: pytest.CaptureFixture[str], world: dict[str, Any], *extra: str
) -> list[dict[str, Any]]:
    code, out = run(capsys, world, "queue", "--json", *extra)
    assert code == 0
    return json.loads(out)


def find(items: list[dict[str, Any]], kind: str, company: str) -> list[dict[str, Any]]:
    return [i for i in items if i["kind"] == kind and (i["company"] or "").startswith(company)]


def test_scan_queues_exactly_the_expected_drafts_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], world: dict[str, Any]
) -> None:
    user: MailUser = world["user"]
    flags_before = user.flags_snapshot("INBOX")

    code, out = run(capsys, world, "--now", NOW, "scan", "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["messages_read"] == 11 and summary["errors"] == []
    items = queue(capsys, world)
    kinds = sorted((i["kind"], i["company"]) for i in items)
    assert [k for k, _ in kinds].count("thank_you") == 2
    assert summary["drafts_queued"] == len(items) == 7

    [apology] = find(items, "missed_apology", "Northwind")
    assert apology["to"] == ["priya.shah@northwind-analytics.example"]
    assert apology["in_reply_to"] == "nw-missed-4502@northwind-analytics.example"
    assert apology["subject"] == "Re: We missed you today"
    assert sorted(t for i in find(items, "thank_you", "Globex") for t in i["to"]) == [
        "dana.kim@globex-logistics.example",
        "marco.rossi@globex-logistics.example",
    ]
    [german] = find(items, "rejection_reply", "Stark")
    assert german["language"] == "de" and german["to"] == ["julia.becker@stark-mobility.example"]
    assert german["in_reply_to"] == "stark-3321@stark-mobility.example"
    [ats] = find(items, "rejection_reply", "Acme")
    assert ats["state"] == "needs_recipient" and ats["to"] == []
    assert find(items, "reminder", "Initech")
    assert find(items, "follow_up", "Vandelay")
    assert not [i for i in items if (i["company"] or "").startswith(("Soylent", "Wayne"))]

    # invariant 2: the sync changed no flag; invariant 1: nothing was appended
    assert user.flags_snapshot("INBOX") == flags_before
    assert user.flags_snapshot("Drafts") == {}

    code, out = run(capsys, world, "--now", NOW, "scan", "--json")
    assert json.loads(out)["drafts_queued"] == 0
    assert len(queue(capsys, world)) == 7


def test_approve_puts_exactly_one_message_in_drafts(
    capsys: pytest.CaptureFixture[str], world: dict[str, Any]
) -> None:
    user: MailUser = world["user"]
    run(capsys, world, "--now", NOW, "scan")
    [dana] = [
        i
        for i in find(queue(capsys, world), "thank_you", "Globex")
        if i["to"] == ["dana.kim@globex-logistics.example"]
    ]
    code, _ = run(capsys, world, "--now", NOW, "approve", dana["id"])
    assert code == 0
    drafts = user.flags_snapshot("Drafts")
    assert len(drafts) == 1
    assert all(rb"\Draft" in flags for flags in drafts.values())
    client = user.client()
    try:
        client.select_folder("Drafts", readonly=True)
        [(_uid, data)] = client.fetch(list(drafts), ["BODY.PEEK[]"]).items()
        raw = data[b"BODY[]"]
    finally:
        client.logout()
    assert b"To: Dana Kim <dana.kim@globex-logistics.example>" in raw
    assert b"From: Alex Rivera <alex.rivera@example.net>" in raw

    # approving again neither duplicates nor fails silently
    code = main(["--config", world["config"], "--now", NOW, "approve", dana["id"]])
    assert code == 1
    assert "delivered" in capsys.readouterr().err
    assert len(user.flags_snapshot("Drafts")) == 1
    [after] = [i for i in queue(capsys, world, "--all") if i["id"] == dana["id"]]
    assert after["state"] == "delivered"


def test_dismiss_holds_across_rescans(
    capsys: pytest.CaptureFixture[str], world: dict[str, Any]
) -> None:
    run(capsys, world, "--now", NOW, "scan")
    [follow_up] = find(queue(capsys, world), "follow_up", "Vandelay")
    assert run(capsys, world, "--now", NOW, "dismiss", follow_up["id"])[0] == 0
    run(capsys, world, "--now", LATER, "scan")
    assert not find(queue(capsys, world), "follow_up", "Vandelay")
    [dismissed] = [i for i in queue(capsys, world, "--all") if i["id"] == follow_up["id"]]
    assert dismissed["state"] == "dismissed"


def test_employer_cancel_withdraws_the_drafts_tied_to_the_slot(
    capsys: pytest.CaptureFixture[str], world: dict[str, Any]
) -> None:
    run(capsys, world, "--now", NOW, "scan")
    [reminder] = find(queue(capsys, world), "reminder", "Initech")
    cancel = (
        b"From: Sam Okafor <sam.okafor@initech.example>\r\n"
        b"To: Alex Rivera <alex.rivera@example.net>\r\n"
        b"Subject: Cancelled: Technical interview - Junior Software Engineer\r\n"
        b"Date: Thu, 19 Nov 2026 18:40:00 -0600\r\n"
        b"Message-ID: <initech-cancel-1@initech.example>\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="c"\r\n\r\n'
        b"--c\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hi Alex, I am sorry, but we have to cancel tomorrow's technical interview; the team\r\n"
        b"has paused hiring for this role. I will let you know if that changes. Sam\r\n"
        b"--c\r\nContent-Type: text/calendar; method=CANCEL; charset=utf-8\r\n\r\n"
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Initech//EN\r\nMETHOD:CANCEL\r\n"
        b"BEGIN:VEVENT\r\nUID:initech-tech-2290@initech.example\r\nSEQUENCE:1\r\n"
        b"DTSTAMP:20261120T004000Z\r\nDTSTART:20261120T170000Z\r\nDTEND:20261120T180000Z\r\n"
        b"SUMMARY:Technical interview - Junior Software Engineer (Initech)\r\nSTATUS:CANCELLED\r\n"
        b"ORGANIZER;CN=Sam Okafor:mailto:sam.okafor@initech.example\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n--c--\r\n"
    )
    world["user"].append("INBOX", cancel)
    code, out = run(capsys, world, "--now", LATER, "scan", "--json")
    assert code == 0 and json.loads(out)["messages_read"] == 1
    [withdrawn] = [i for i in queue(capsys, world, "--all") if i["id"] == reminder["id"]]
    assert withdrawn["state"] == "withdrawn"
    code, out = run(capsys, world, "--now", LATER, "interviews", "--json")
    [initech] = [i for i in json.loads(out) if i["uid"] == "initech-tech-2290@initech.example"]
    assert initech["status"] == "cancelled"


def test_cant_attend_and_missed_from_the_command_line(
    capsys: pytest.CaptureFixture[str], world: dict[str, Any]
) -> None:
    run(capsys, world, "--now", NOW, "scan")
    code, out = run(capsys, world, "--now", NOW, "interviews", "--json")
    interviews = {i["uid"]: i for i in json.loads(out)}
    assert interviews["northwind-interview-1@northwind-analytics.example"]["status"] == "missed"
    assert interviews["globex-onsite-8812@globex-logistics.example"]["status"] == "past"
    assert interviews["umbrella-hm-7731@umbrella-health.example"]["status"] == "upcoming"
    assert "podcast-ccs-12@example.net" not in interviews

    code, out = run(
        capsys, world, "--now", NOW, "cant-attend", "umbrella-hm-7731@umbrella-health.example"
    )
    assert code == 0 and "reschedule_request" in out
    [request] = find(queue(capsys, world), "reschedule_request", "Umbrella")
    assert request["to"] == ["lena.fischer@umbrella-health.example"]
    code, out = run(capsys, world, "--now", NOW, "show", request["id"])
    assert "Tuesday, 24 November" in out
