"""calsync wiring: several calendars at once (file, URL, CalDAV), failures, emailed invites."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant import calsync
from assistant.config import settings_from_dict
from assistant.credentials import store_password
from assistant.errors import UserError
from assistant.records import Address, Email, InterviewStatus, UserDecision
from assistant.store import calendar as store
from assistant.store.db import Database
from assistant.store.mail import insert_emails

DATA = Path(__file__).parent / "data" / "ics"
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
IDENTITY = {"name": "Alex Rivera", "email": "alex.rivera@example.net",
            "aliases": ["alex.rivera@icloud.com"], "timezone": "America/Chicago"}  # fmt: skip


def settings(*calendars: dict):
    return settings_from_dict({"identity": IDENTITY, "calendars": list(calendars)})


def invite_email(file: str, message_id: str) -> Email:
    return Email(
        key=f"acct/INBOX/1/{message_id}", account="acct", folder="INBOX", message_id=message_id,
        subject="Invitation", date=NOW, sender=Address("lucia.fernandez@umbrella.es"),
        calendar_parts=((DATA / file).read_text(),),
    )


def test_several_calendars_one_failing(tmp_path: Path, ics_server, radicale) -> None:
    store_password("dav", radicale.password)
    dav_url = radicale.make_calendar()
    radicale.put(dav_url, (DATA / "invite_umbrella_request.ics").read_bytes())
    feed = ics_server.put("/secret/outlook.ics", (DATA / "outlook_style.ics").read_bytes())
    cfg = settings(
        {"name": "google", "kind": "ics_file", "path": str(DATA / "google_style.ics")},
        {"name": "outlook", "kind": "ics_url", "url": feed},
        {"name": "dav", "kind": "caldav", "url": dav_url, "username": "alex"},
        {"name": "gone", "kind": "ics_file", "path": str(tmp_path / "missing.ics")},
    )
    db = Database(":memory:")
    report = calsync.sync_calendars(cfg, db, NOW)
    assert len(report.errors) == 1 and report.errors[0].startswith("gone: ")
    by_source = {s: len(store.load_events(db, [s])) for s in ("google", "outlook", "dav")}
    assert all(by_source.values())
    assert report.events_read == sum(by_source.values())
    # An unchanged feed is answered 304 the second time and still stored.
    again = calsync.sync_calendars(cfg, db, NOW)
    assert ics_server.not_modified == 1
    assert again.events_read == report.events_read
    interviews = calsync.update_interviews(cfg, db, NOW, {})
    assert {i.company for i in interviews} >= {"Acme", "Contoso", "Umbrella Corp"}


def test_failed_calendar_keeps_its_last_events(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes((DATA / "google_style.ics").read_bytes())
    cfg = settings({"name": "google", "kind": "ics_file", "path": str(path)})
    db = Database(":memory:")
    first = calsync.sync_calendars(cfg, db, NOW)
    path.write_bytes(b"not a calendar")
    second = calsync.sync_calendars(cfg, db, NOW)
    assert second.errors and "not an iCalendar file" in second.errors[0]
    assert len(store.load_events(db)) == first.events_read


def test_emailed_request_then_cancel_and_the_users_decision(tmp_path: Path) -> None:
    cfg = settings({"name": "google", "kind": "ics_file", "path": str(DATA / "google_style.ics")})
    db = Database(":memory:")
    calsync.sync_calendars(cfg, db, NOW)
    insert_emails(db, [invite_email("invite_umbrella_request.ics", "req@umbrella.es")])
    (umbrella,) = [i for i in calsync.update_interviews(cfg, db, NOW, {}) if "Umbrella" in i.title]
    assert (umbrella.status, umbrella.source) == (InterviewStatus.UPCOMING, "email:req@umbrella.es")
    insert_emails(db, [invite_email("invite_umbrella_cancel.ics", "cancel@umbrella.es")])
    (umbrella,) = [i for i in calsync.update_interviews(cfg, db, NOW, {}) if "Umbrella" in i.title]
    assert umbrella.status is InterviewStatus.CANCELLED
    acme = next(i for i in store.load_interviews(db) if i.company == "Acme")
    store.record_decision(db, acme.key, UserDecision.MISSED, "train delayed", NOW)
    refreshed = {i.key: i for i in calsync.update_interviews(cfg, db, NOW, {})}
    assert refreshed[acme.key].status is InterviewStatus.MISSED
    assert store.load_decisions(db)[acme.key] == (UserDecision.MISSED, "train delayed", NOW)


def test_employer_domains_link_interviews_to_opportunities() -> None:
    cfg = settings({"name": "google", "kind": "ics_file", "path": str(DATA / "google_style.ics")})
    db = Database(":memory:")
    calsync.sync_calendars(cfg, db, NOW)
    found = calsync.update_interviews(cfg, db, NOW, {"acme.io": "opp-1"})
    assert {i.opportunity for i in found if i.company == "Acme"} == {"opp-1"}


def test_interviews_outside_the_window_are_kept_and_vanished_ones_dropped(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes((DATA / "apple_style.ics").read_bytes())
    cfg = settings({"name": "apple", "kind": "ics_file", "path": str(path)})
    db = Database(":memory:")
    calsync.sync_calendars(cfg, db, NOW)
    calsync.update_interviews(cfg, db, NOW, {})
    assert len(store.load_interviews(db)) == 3
    text = path.read_text().replace("SUMMARY:Entretien avec Dupont & Fils", "SUMMARY:Brunch")
    path.write_text(text)
    calsync.sync_calendars(cfg, db, NOW)
    calsync.update_interviews(cfg, db, NOW, {})
    assert [i.company for i in store.load_interviews(db)] == ["Pied Piper", "Vandelay Industries"]


def test_http_cache_does_not_store_the_secret_url(ics_server) -> None:
    url = ics_server.put("/private-token-abc/basic.ics", (DATA / "google_style.ics").read_bytes())
    cfg = settings({"name": "g", "kind": "ics_url", "url": url})
    db = Database(":memory:")
    calsync.sync_calendars(cfg, db, NOW)
    (row,) = db.conn.execute("SELECT url FROM http_cache").fetchall()
    assert "private-token-abc" not in row["url"]
    assert store.load_http_cache(db, url) is not None


def test_read_ics_file_for_the_offline_command(tmp_path: Path) -> None:
    cfg = settings()
    result = calsync.read_ics_file(DATA / "google_style.ics", *calsync.window(NOW), cfg)
    assert result.events and {e.source for e in result.events} == {"google_style.ics"}
    with pytest.raises(UserError, match="no such file"):
        calsync.read_ics_file(tmp_path / "nope.ics", *calsync.window(NOW), cfg)
    (tmp_path / "x.ics").write_text("hello")
    with pytest.raises(UserError, match="not an iCalendar file"):
        calsync.read_ics_file(tmp_path / "x.ics", *calsync.window(NOW), cfg)


def test_check_calendars_one_line_each(tmp_path: Path, ics_server) -> None:
    (tmp_path / "bad.ics").write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nEND:VCALENDAR\n")
    feed = ics_server.put("/x.ics", (DATA / "outlook_style.ics").read_bytes())
    cfg = settings(
        {"name": "google", "kind": "ics_file", "path": str(DATA / "google_style.ics")},
        {"name": "feed", "kind": "ics_url", "url": feed},
        {"name": "dead", "kind": "ics_url", "url": ics_server.base_url + "/status/404"},
        {"name": "gone", "kind": "ics_file", "path": str(tmp_path / "missing.ics")},
        {"name": "bad", "kind": "ics_file", "path": str(tmp_path / "bad.ics")},
    )
    lines = calsync.check_calendars(cfg)
    assert lines[0] == f"google: file {DATA / 'google_style.ics'} ok, 10 event(s)"
    assert lines[1] == "feed: URL ok, 8 event(s)"
    assert lines[2].startswith("problem: dead: ") and "HTTP 404" in lines[2]
    assert lines[3].startswith("problem: gone: ") and "no such file" in lines[3]
    assert lines[4] == (
        f"bad: file {tmp_path / 'bad.ics'} ok, 0 event(s), 1 broken spot(s) that will be skipped"
    )
    assert calsync.check_calendars(replace(cfg, calendars=())) == []
