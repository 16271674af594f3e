"""find_interviews: detection, merging of copies, status, people, company; busy times; JSON."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.detect.interviews import events_to_busy, find_interviews, interview_to_json
from assistant.records import Attendee, CalendarEvent, InterviewStatus, UserDecision
from assistant.sources.ical import parse_calendar

DATA = Path(__file__).parent / "data" / "ics"
ME = "alex.rivera@example.net"
OWN = frozenset({ME})
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
T0 = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)


def event(title: str, **kw: object) -> CalendarEvent:
    base = {
        "source": "cal", "uid": kw.pop("uid", title), "start": T0,
        "end": T0 + timedelta(hours=1), "title": title,
    }  # fmt: skip
    base.update(kw)
    return CalendarEvent(**base)  # type: ignore[arg-type]


def person(email: str, name: str = "", **kw: str) -> Attendee:
    return Attendee(email=email, name=name, **kw)


def find(*events: CalendarEvent, **kw: object) -> list:
    args = {"own_addresses": OWN, "employer_domains": {}, "now": NOW}
    args.update(kw)
    return find_interviews(list(events), **args)  # type: ignore[arg-type]


# -- the labelled fixtures -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["google_style", "outlook_style", "apple_style"])
def test_fixture_calendars_give_exactly_the_labelled_interviews(name: str) -> None:
    spec = json.loads((DATA / f"{name}.expected.json").read_text())
    now = datetime.fromisoformat(spec["now"].replace("Z", "+00:00"))
    start = datetime.fromisoformat(spec["from"].replace("Z", "+00:00"))
    end = datetime.fromisoformat(spec["to"].replace("Z", "+00:00"))
    events = []
    for item in spec["inputs"]:
        events += parse_calendar(
            (DATA / item["file"]).read_bytes(), source=item["source"], start=start, end=end,
            default_tz=ZoneInfo(spec["timezone"]),
        ).events
    found = find_interviews(
        events, own_addresses=frozenset(spec["own_addresses"]), employer_domains={}, now=now,
        own_name=spec["own_name"],
    )
    assert [interview_to_json(i) for i in found] == spec["interviews"]


# -- detection -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Interview with Acme", "Phone screen - Globex", "Technical screen: Initech",
        "Onsite loop (Hooli)", "Hiring manager chat", "Recruiter call with Sam",
        "Final round - Stark", "Vorstellungsgespräch bei Müller GmbH", "Bewerbungsgespräch",
        "Telefoninterview Siemens", "Entretien d'embauche - Dupont", "Entretien avec Renault",
        "Entrevista con Telefónica", "Entrevista técnica", "Coding interview", "Video-Interview",
    ],
)  # fmt: skip
def test_interview_words_in_four_languages(title: str) -> None:
    assert [i.title for i in find(event(title))] == [title]


@pytest.mark.parametrize(
    "title",
    [
        "Podcast interview - The Dev Life", "Press interview with Wired", "Daily standup",
        "Sprint retro", "1:1 with Dana", "Team sync", "Lunch", "User research session",
        "User interview: onboarding study", "Mock interview with Jordan", "Interview prep",
        "Interview debrief - Acme", "Dentist", "Gym", "Entretien de la chaudière",
        "Nutzerinterview zur App", "Customer discovery interview",
    ],
)  # fmt: skip
def test_not_job_interviews(title: str) -> None:
    assert find(event(title)) == []


def test_description_words_count_when_the_title_is_plain() -> None:
    e = event("Acme <> Alex Rivera", description="This is your first interview with us.")
    assert len(find(e, own_name="Alex Rivera")) == 1
    assert find(event("Acme <> Alex Rivera", description="Quarterly planning")) == []


def test_employer_domain_and_video_link_with_role_make_an_interview() -> None:
    e = event(
        "Chat with Jordan", organizer=person("jordan@acme.io", "Jordan"),
        description="Let's talk about the Backend Engineer role: https://zoom.us/j/123",
    )
    (found,) = find(e, employer_domains={"acme.io": "opp-acme"}, companies={"opp-acme": "Acme"})
    assert (found.opportunity, found.company) == ("opp-acme", "Acme")
    assert found.contact == "jordan@acme.io"
    assert find(e) == []  # the same event from an unknown sender is a plain call


def test_subdomain_of_an_employer_counts() -> None:
    e = event("Interview", organizer=person("pat@eu.acme.io"))
    (found,) = find(e, employer_domains={"acme.io": "opp-acme"})
    assert found.opportunity == "opp-acme"


# -- status --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (T0 - timedelta(minutes=1), InterviewStatus.UPCOMING),
        (T0, InterviewStatus.IN_PROGRESS),
        (T0 + timedelta(minutes=59), InterviewStatus.IN_PROGRESS),
        (T0 + timedelta(hours=1), InterviewStatus.PAST),
    ],
)
def test_status_by_time(now: datetime, expected: InterviewStatus) -> None:
    assert find(event("Interview"), now=now)[0].status is expected


def test_status_from_attendance_cancellation_and_decisions() -> None:
    declined = event("Interview A", attendees=(person(ME, partstat="DECLINED"),))
    cancelled = event("Interview B", status="CANCELLED")
    cancel_method = event("Interview C", method="CANCEL")
    missed = event("Interview D")
    decisions = {"Interview D|": UserDecision.MISSED}
    by_title = {i.title: i.status for i in find(declined, cancelled, cancel_method, missed,
                                                now=T0 + timedelta(hours=2), decisions=decisions)}
    assert by_title == {
        "Interview A": InterviewStatus.DECLINED, "Interview B": InterviewStatus.CANCELLED,
        "Interview C": InterviewStatus.CANCELLED, "Interview D": InterviewStatus.MISSED,
    }  # fmt: skip


# -- merging copies ------------------------------------------------------------------------


def test_moved_event_keeps_the_newest_copy() -> None:
    invite = event("Interview", uid="u1", source="email:m1", sequence=0)
    moved = replace(invite, source="cal", sequence=1, start=T0 + timedelta(days=1),
                    end=T0 + timedelta(days=1, hours=1))
    for events in ([invite, moved], [moved, invite]):
        (found,) = find(*events)
        assert (found.start, found.source, found.sequence) == (moved.start, "cal", 1)


def test_cancel_wins_over_an_older_or_equal_request_but_not_a_newer_one() -> None:
    request = event("Interview", uid="u1", source="email:req", sequence=1, method="REQUEST")
    cancel = replace(request, source="email:cancel", method="CANCEL", status="CANCELLED")
    assert find(request, cancel)[0].status is InterviewStatus.CANCELLED
    assert find(cancel, request)[0].status is InterviewStatus.CANCELLED
    re_invite = replace(request, source="email:again", sequence=2)
    (found,) = find(cancel, re_invite)
    assert (found.status, found.source) == (InterviewStatus.UPCOMING, "email:again")


def test_calendar_copy_wins_a_tie_with_the_emailed_invite() -> None:
    invite = event("Interview", uid="u1", source="email:m1")
    copy = replace(invite, source="work")
    assert find(invite, copy)[0].source == "work"


def test_occurrences_of_a_series_stay_separate() -> None:
    first = event("Interview", uid="s", recurrence_id="2026-11-24T16:00:00Z")
    second = replace(first, recurrence_id="2026-12-01T16:00:00Z", start=T0 + timedelta(days=7),
                     end=T0 + timedelta(days=7, hours=1))
    assert [i.key for i in find(first, second)] == [
        "s|2026-11-24T16:00:00Z", "s|2026-12-01T16:00:00Z",
    ]  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False))
def test_result_does_not_depend_on_event_order(rnd: random.Random) -> None:
    spec = json.loads((DATA / "outlook_style.expected.json").read_text())
    events = []
    for item in spec["inputs"]:
        events += parse_calendar(
            (DATA / item["file"]).read_bytes(), source=item["source"],
            start=NOW - timedelta(days=30), end=NOW + timedelta(days=60),
            default_tz=ZoneInfo("America/Chicago"),
        ).events
    shuffled = list(events)
    rnd.shuffle(shuffled)
    assert find(*shuffled) == find(*events)


# -- people and company --------------------------------------------------------------------


def test_interviewers_are_humans_other_than_the_user() -> None:
    e = event(
        "Interview",
        organizer=person("talent-noreply@acme.io", "Acme Talent"),
        attendees=(
            person(ME, "Alex"),
            person("c_1889@resource.calendar.google.com", "Room 4"),
            person("board@acme.io", "Boardroom", cutype="ROOM"),
            person("projector@acme.io", role="NON-PARTICIPANT"),
            person("sam@acme.io", "Sam Park"),
            person("notifications@acme.io"),
            person("kim@acme.io", "Kim Lee"),
        ),
    )
    (found,) = find(e)
    assert [a.email for a in found.interviewers] == ["sam@acme.io", "kim@acme.io"]
    assert found.contact == "sam@acme.io"


def test_contact_prefers_the_organizer_and_is_none_without_people() -> None:
    e = event("Interview", organizer=person("lee@acme.io"), attendees=(person("sam@acme.io"),))
    assert find(e)[0].contact == "lee@acme.io"
    assert find(event("Interview"))[0].contact is None


@pytest.mark.parametrize(
    ("title", "organizer", "expected"),
    [
        ("Interview with Acme", "", "Acme"),
        ("Acme <> Alex Rivera", "", "Acme"),
        ("Alex Rivera <> Acme", "", "Acme"),
        ("Interview at Acme for Backend Engineer", "", "Acme"),
        ("Technical Interview – Globex (Senior Engineer)", "", "Globex"),
        ("Canceled: Interview with Initech", "", "Initech"),
        ("Vorstellungsgespräch bei Müller Technik GmbH", "", "Müller Technik GmbH"),
        ("Entrevista con Umbrella Corp", "", "Umbrella Corp"),
        ("Interview", "jo@acme-robotics.co.uk", "Acme Robotics"),
        ("Interview", "jo@gmail.com", None),
        ("Phone screen", "", None),
        ("Interview: Alex Rivera for Backend Engineer at Acme", "", "Acme"),
        ("Acme Interview - Alex Rivera", "", "Acme"),
        ("Final Round Interview", "", None),
        ("Stark Industries technical interview", "", "Stark Industries"),
    ],
)
def test_company(title: str, organizer: str, expected: str | None) -> None:
    e = event(title, organizer=person(organizer) if organizer else None,
              description="Your interview with the team.")
    assert find(e, own_name="Alex Rivera")[0].company == expected


def test_company_of_a_mapped_opportunity_wins() -> None:
    e = event("Interview with Jane", organizer=person("jane@acme.io", "Jane Doe"))
    (found,) = find(e, employer_domains={"acme.io": "o1"}, companies={"o1": "ACME Corp."})
    assert found.company == "ACME Corp."


# -- busy times and JSON -------------------------------------------------------------------


def test_busy_times_skip_free_cancelled_and_declined_and_count_copies_once() -> None:
    busy = event("Busy", uid="b")
    events = [
        busy, replace(busy, source="email:x"),
        event("Free", uid="f", transparent=True),
        event("Gone", uid="g", status="CANCELLED"),
        event("No", uid="n", attendees=(person(ME, partstat="DECLINED"),)),
    ]  # fmt: skip
    assert events_to_busy(events, OWN) == [(T0, T0 + timedelta(hours=1))]


def test_json_form() -> None:
    (found,) = find(event("Interview with Acme", organizer=person("lee@acme.io")))
    assert interview_to_json(found) == {
        "uid": "Interview with Acme", "recurrence_id": None, "start": "2026-11-24T16:00:00Z",
        "end": "2026-11-24T17:00:00Z", "title": "Interview with Acme", "company": "Acme",
        "contact": "lee@acme.io", "status": "upcoming", "source": "cal",
    }  # fmt: skip
