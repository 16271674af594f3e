"""Views: the text tables and JSON lines the command line prints."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from assistant import views
from assistant.config import settings_from_dict
from assistant.records import Classification, EmailKind

SETTINGS = settings_from_dict(
    {"identity": {"name": "A", "email": "a@example.net", "timezone": "America/Chicago"}}
)


def test_table_aligns_columns_and_trims_trailing_space() -> None:
    text = views.table([["a", "long value"], ["bbb", "x"]], ["H1", "H2"])
    assert text.splitlines() == ["H1   H2", "a    long value", "bbb  x"]
    assert views.table([], ["ONLY"]) == "ONLY"


def test_short_cuts_with_an_ellipsis() -> None:
    assert views.short("abcdef", 4) == "abc…"
    assert views.short("abc", 4) == "abc"


def test_times_are_shown_in_the_users_zone_and_json_in_utc() -> None:
    moment = datetime(2026, 11, 19, 22, 30, tzinfo=UTC)
    assert views.local(moment, SETTINGS) == "Thu 19 Nov 16:30"
    assert views.zulu(moment) == "2026-11-19T22:30:00Z"


def test_next_step_descriptions() -> None:
    assert views.describe_next(None, SETTINGS) == "-"
    draft = {"what": "thank_you", "draft": "ab12", "when": "2026-11-19T22:00:00Z"}
    assert views.describe_next(draft, SETTINGS) == "thank_you draft ab12 (due Thu 19 Nov 16:00)"
    interview = {"what": "interview", "when": "2026-11-20T17:00:00Z"}
    assert views.describe_next(interview, SETTINGS) == "interview Fri 20 Nov 11:00"


def test_classification_json_has_exactly_the_spec_fields() -> None:
    result = Classification(
        EmailKind.REJECTION, 0.91234, "Acme", "hr@acme.example", None, "de", ("a",)
    )
    line = views.classification_json(Path("x.eml"), result)
    assert line == {
        "file": "x.eml", "kind": "rejection", "confidence": 0.912, "company": "Acme",
        "contact": "hr@acme.example", "role": None, "language": "de", "evidence": ["a"],
    }  # fmt: skip
