"""The policy: one scenario per SPEC section 4 rule, with the exact follow-ups expected."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from assistant.config import Identity, Policy
from assistant.policy import (
    FOLLOW_UP_LOOKBACK,
    PolicyState,
    QueueEntry,
    decide,
    interview_prefix,
    message_key,
    slot_prefix,
)
from assistant.records import (
    Address,
    Classification,
    DraftKind,
    DraftState,
    Email,
    EmailKind,
    Interview,
    InterviewStatus,
    Opportunity,
    Stage,
    UserDecision,
)

ME = Identity(
    name="Alex Rivera",
    email="alex@example.net",
    aliases=("alex.r@gmail.com",),
    timezone="Europe/Berlin",
)
POLICY = Policy()
START = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)  # a Friday, 15:00 in Berlin
END = START + timedelta(hours=1)
H = timedelta(hours=1)
D = timedelta(days=1)

JANE = Address("jane@acme.com", "Jane Recruiter")
BOB = Address("bob@acme.com", "Bob Lee")
CAROL = Address("carol@acme.com", "Carol Diaz")
OPP = Opportunity(
    id="acme",
    company="Acme",
    stage=Stage.INTERVIEWING,
    role="Data Engineer",
    domains=("acme.com",),
    contacts=(JANE,),
)
IV = Interview(
    uid="iv-1@acme.com",
    start=START,
    end=END,
    title="Interview: Data Engineer",
    status=InterviewStatus.UPCOMING,
    source="main",
    company="Acme",
    contact="jane@acme.com",
    # the user and a no-reply calendar robot are filtered out of the recipients
    interviewers=(BOB, CAROL, Address("alex@example.net", "Alex"), Address("noreply@acme.com")),
    opportunity="acme",
)
SLOT = slot_prefix(IV)  # "iv:iv-1@acme.com||2026-11-20T14:00:00Z|"


def email(
    mid,
    kind,
    at,
    *,
    sender=JANE,
    subject="Your application",
    contact="jane@acme.com",
    language="en",
    opp="acme",
    **kw,
):
    message = Email(
        key=f"k-{mid}",
        account="a",
        folder="INBOX",
        message_id=mid,
        subject=subject,
        date=at,
        sender=sender,
        **kw,
    )
    cls = Classification(
        kind=kind,
        confidence=0.9,
        company="Acme",
        contact=contact,
        role="Data Engineer",
        language=language,
    )
    return (message, cls, opp)


def plan(now, *, interviews=(IV,), mail=(), decisions=None, queue=(), opps=(OPP,), policy=POLICY):
    state = PolicyState(
        opportunities=opps, interviews=interviews, mail=mail, decisions=decisions or {}, queue=queue
    )
    return decide(state, now, policy, ME)


def entry(key, kind, state=DraftState.PENDING, created=START):
    return QueueEntry(key=key, kind=kind, state=state, created=created, updated=created)


def summary(p):
    return [(f.key, f.kind, f.due, tuple(a.email for a in f.to)) for f in p.due]


# --- upcoming ----------------------------------------------------------------------------------


def test_keys_are_built_from_the_trigger():
    assert interview_prefix(IV) == "iv:iv-1@acme.com||"
    assert SLOT == "iv:iv-1@acme.com||2026-11-20T14:00:00Z|"
    assert message_key("a|b%c@x", DraftKind.REJECTION_REPLY) == "msg:a%7Cb%25c@x|rejection_reply"


def test_reminder_24h_before_then_2h_before():
    p = plan(START - 23 * H)
    assert summary(p) == [(SLOT + "reminder|before:1440m", DraftKind.REMINDER, START - 24 * H, ())]
    assert p.due[0].note == "upcoming" and p.due[0].interview_start == START
    p = plan(START - H)  # a first scan an hour before: one nudge, the latest one
    assert summary(p) == [(SLOT + "reminder|before:120m", DraftKind.REMINDER, START - 2 * H, ())]
    assert plan(START - 25 * H).due == ()
    assert plan(START + 10 * timedelta(minutes=1)).due == ()  # began: no reminder


@pytest.mark.parametrize(
    ("decided", "decision", "emergency"),
    [
        (START - 30 * H, UserDecision.CANT_ATTEND, False),
        (START - 3 * H, UserDecision.CANT_ATTEND, True),  # under notice_needed (24 h)
        (START - 3 * D, UserDecision.CANT_ATTEND_EMERGENCY, True),  # the user said --emergency
    ],
)
def test_cant_attend_gives_a_reschedule_request_with_slots(decided, decision, emergency):
    p = plan(decided + timedelta(minutes=1), decisions={IV.key: (decision, None, decided)})
    assert summary(p) == [
        (SLOT + "reschedule_request", DraftKind.RESCHEDULE_REQUEST, decided, ("jane@acme.com",))
    ]
    f = p.due[0]
    assert f.emergency is emergency
    assert len(f.slots) == 3 and all(s.start > decided for s in f.slots)
    assert (f.company, f.role, f.language, f.opportunity) == ("Acme", "Data Engineer", "en", "acme")


def test_cant_attend_withdraws_a_pending_reminder_and_stops_new_ones():
    key = SLOT + "reminder|before:1440m"
    decided = START - 20 * H
    p = plan(
        START - H,
        decisions={IV.key: (UserDecision.CANT_ATTEND, "family matter", decided)},
        queue=[entry(key, DraftKind.REMINDER)],
    )
    assert [f.kind for f in p.due] == [DraftKind.RESCHEDULE_REQUEST]
    assert p.due[0].reason == "family matter"
    assert [w.key_prefix for w in p.withdraw] == [key]


# --- past: thank-you, follow-up ----------------------------------------------------------------


def test_thank_you_per_interviewer_two_hours_after_the_end():
    assert plan(END + H).due == ()
    p = plan(END + 2 * H)
    assert summary(p) == [
        (SLOT + "thank_you|<bob@acme.com>", DraftKind.THANK_YOU, END + 2 * H, ("bob@acme.com",)),
        (
            SLOT + "thank_you|<carol@acme.com>",
            DraftKind.THANK_YOU,
            END + 2 * H,
            ("carol@acme.com",),
        ),
    ]
    assert p.due[0].to == (BOB,) and p.due[0].interview_end == END
    assert plan(END + 2 * H + 4 * D).due == ()  # look-back: no thank-you days later


def test_thank_you_without_interviewers_goes_to_the_contact_else_needs_a_recipient():
    alone = replace(IV, interviewers=())
    assert summary(plan(END + 3 * H, interviews=(alone,)))[0][3] == ("jane@acme.com",)
    nobody = replace(
        IV, interviewers=(Address("no-reply@acme.com"),), contact=None, opportunity=None
    )
    p = plan(END + 3 * H, interviews=(nobody,))
    assert summary(p) == [(SLOT + "thank_you|<>", DraftKind.THANK_YOU, END + 2 * H, ())]


def test_thank_you_in_the_employers_language():
    p = plan(END + 3 * H, opps=(replace(OPP, language="de"),))
    assert {f.language for f in p.due} == {"de"}


def test_thank_you_renudge_when_still_unsent_a_day_later():
    key = SLOT + "thank_you|<bob@acme.com>"
    queued = [entry(key, DraftKind.THANK_YOU, created=END + 2 * H)]
    assert [f.key for f in plan(END + 2 * H + 23 * H, queue=queued).due] == [
        SLOT + "thank_you|<carol@acme.com>"
    ]
    p = plan(END + 2 * H + D, queue=queued)
    nudge = [f for f in p.due if f.kind is DraftKind.REMINDER]
    assert [(f.key, f.due, f.note) for f in nudge] == [
        (SLOT + "reminder|thank_you|<bob@acme.com>", END + 2 * H + D, "thank_you_unsent")
    ]
    done = [entry(key, DraftKind.THANK_YOU, DraftState.DELIVERED, created=END + 2 * H)]
    assert all(f.kind is not DraftKind.REMINDER for f in plan(END + 2 * H + D, queue=done).due)


def test_follow_up_a_week_after_the_last_interview():
    due = END + 7 * D
    p = plan(due + H)
    follow = [f for f in p.due if f.kind is DraftKind.FOLLOW_UP]
    assert [(f.key, f.due, f.to) for f in follow] == [(SLOT + "follow_up", due, (JANE,))]
    assert plan(due - H).due == ()
    assert plan(due + FOLLOW_UP_LOOKBACK + H).due == ()


def test_follow_up_withdrawn_when_the_employer_writes_first():
    key = SLOT + "follow_up"
    news = email("news@acme.com", EmailKind.OTHER, END + 8 * D)
    p = plan(
        END + 8 * D + H, mail=[news], queue=[entry(key, DraftKind.FOLLOW_UP, created=END + 7 * D)]
    )
    assert p.due == ()
    assert [(w.key_prefix, w.cause) for w in p.withdraw] == [
        (key, "the employer wrote since the interview")
    ]
    news_early = email("n2@acme.com", EmailKind.OTHER, END + 2 * D)
    assert all(
        f.kind is not DraftKind.FOLLOW_UP for f in plan(END + 7 * D + H, mail=[news_early]).due
    )


def test_no_follow_up_when_rejected_or_another_interview_is_scheduled():
    rejected = replace(OPP, stage=Stage.REJECTED)
    assert plan(END + 7 * D + H, opps=(rejected,)).due == ()
    second = replace(IV, uid="iv-2@acme.com", start=END + 9 * D, end=END + 9 * D + H)
    p = plan(END + 7 * D + H, interviews=(IV, second))
    assert all(f.kind is not DraftKind.FOLLOW_UP for f in p.due)


# --- missed ------------------------------------------------------------------------------------


def test_missed_notice_gives_an_apology_in_its_thread_at_the_end():
    notice = email(
        "missed-1@acme.com",
        EmailKind.MISSED_INTERVIEW_NOTICE,
        START + 20 * timedelta(minutes=1),
        subject="We missed you today",
        references=("invite-1@acme.com",),
    )
    assert plan(START + 30 * timedelta(minutes=1), mail=[notice]).due == ()  # not before the end
    p = plan(END + timedelta(minutes=5), mail=[notice])
    assert summary(p) == [
        (SLOT + "missed_apology", DraftKind.MISSED_APOLOGY, END, ("jane@acme.com",))
    ]
    f = p.due[0]
    assert (f.in_reply_to, f.references, f.reply_subject) == (
        "missed-1@acme.com",
        ("invite-1@acme.com", "missed-1@acme.com"),
        "We missed you today",
    )
    assert len(f.slots) == 3 and f.reason is None
    # never a thank-you or follow-up for a missed interview
    for now in (END + 3 * H, END + 7 * D + H):
        assert {f.kind for f in plan(now, mail=[notice]).due} <= {DraftKind.MISSED_APOLOGY}


def test_a_late_missed_notice_withdraws_thank_yous_already_queued():
    """Mail can arrive late (a sync failed): the calendar alone made it look attended."""
    queued = [
        entry(SLOT + "thank_you|<bob@acme.com>", DraftKind.THANK_YOU, created=END + 2 * H),
        entry(SLOT + "reminder|thank_you|<bob@acme.com>", DraftKind.REMINDER, created=END + D),
        entry(SLOT + "thank_you|<carol@acme.com>", DraftKind.THANK_YOU, DraftState.DISMISSED),
    ]
    notice = email("late@acme.com", EmailKind.MISSED_INTERVIEW_NOTICE, START + H / 2)
    p = plan(END + D + H, mail=[notice], queue=queued)
    assert sorted(w.key_prefix for w in p.withdraw) == [
        SLOT + "reminder|thank_you",
        SLOT + "thank_you",
    ]
    assert [f.kind for f in p.due] == [DraftKind.MISSED_APOLOGY]


def test_users_missed_word_gives_an_apology_with_their_reason_and_a_renudge():
    decided = END + 30 * timedelta(minutes=1)
    decisions = {IV.key: (UserDecision.MISSED, "my train was cancelled", decided)}
    p = plan(decided, decisions=decisions)
    assert summary(p) == [
        (SLOT + "missed_apology", DraftKind.MISSED_APOLOGY, decided, ("jane@acme.com",))
    ]
    assert p.due[0].reason == "my train was cancelled"
    queued = [entry(SLOT + "missed_apology", DraftKind.MISSED_APOLOGY, created=decided)]
    assert plan(decided + 11 * H, decisions=decisions, queue=queued).due == ()
    p = plan(decided + 12 * H, decisions=decisions, queue=queued)
    assert [(f.key, f.kind, f.due, f.note) for f in p.due] == [
        (
            SLOT + "reminder|missed_apology",
            DraftKind.REMINDER,
            decided + 12 * H,
            "missed_apology_unsent",
        )
    ]
    # approved since: the nudge is not made, and a pending one is withdrawn
    approved = [
        entry(SLOT + "missed_apology", DraftKind.MISSED_APOLOGY, DraftState.APPROVED, decided),
        entry(SLOT + "reminder|missed_apology", DraftKind.REMINDER, created=decided + 12 * H),
    ]
    p = plan(decided + 13 * H, decisions=decisions, queue=approved)
    assert p.due == () and [w.key_prefix for w in p.withdraw] == [SLOT + "reminder|missed_apology"]


def test_attended_overrides_a_notice():
    notice = email("m@acme.com", EmailKind.MISSED_INTERVIEW_NOTICE, START + H / 2)
    decisions = {IV.key: (UserDecision.ATTENDED, None, END)}
    p = plan(END + 2 * H, mail=[notice], decisions=decisions)
    assert {f.kind for f in p.due} == {DraftKind.THANK_YOU}


def test_notice_with_no_known_interview_is_answered_by_message_key():
    notice = email("m9@acme.com", EmailKind.MISSED_INTERVIEW_NOTICE, START, language="es")
    p = plan(START + H, interviews=(), mail=[notice])
    assert summary(p) == [
        (
            message_key("m9@acme.com", DraftKind.MISSED_APOLOGY),
            DraftKind.MISSED_APOLOGY,
            START,
            ("jane@acme.com",),
        )
    ]
    assert p.due[0].language == "es" and p.due[0].in_reply_to == "m9@acme.com"


def test_old_missed_evidence_is_not_acted_on():
    notice = email("m@acme.com", EmailKind.MISSED_INTERVIEW_NOTICE, START + H / 2)
    assert plan(END + 8 * D, mail=[notice]).due == ()


# --- rejection, offer ----------------------------------------------------------------------------


def test_rejection_reply_in_thread_to_the_human_contact_in_its_language():
    rej = email(
        "rej-1@acme.com",
        EmailKind.REJECTION,
        START,
        subject="Votre candidature",
        language="fr",
        references=("a@acme.com",),
    )
    p = plan(START + H, interviews=(), mail=[rej])
    assert summary(p) == [
        (
            message_key("rej-1@acme.com", DraftKind.REJECTION_REPLY),
            DraftKind.REJECTION_REPLY,
            START,
            ("jane@acme.com",),
        )
    ]
    f = p.due[0]
    assert (f.language, f.in_reply_to, f.references, f.reply_subject, f.company, f.role) == (
        "fr",
        "rej-1@acme.com",
        ("a@acme.com", "rej-1@acme.com"),
        "Votre candidature",
        "Acme",
        "Data Engineer",
    )


def test_rejection_from_a_no_reply_ats_needs_a_recipient():
    ats = Address("no-reply@greenhouse-mail.io", "Acme Recruiting")
    rej = email("rej-2@x", EmailKind.REJECTION, START, sender=ats, contact=None, opp="globex")
    globex = Opportunity(id="globex", company="Globex", stage=Stage.REJECTED)
    p = plan(START + H, interviews=(), mail=[rej], opps=(globex,))
    assert summary(p) == [
        (message_key("rej-2@x", DraftKind.REJECTION_REPLY), DraftKind.REJECTION_REPLY, START, ())
    ]


def test_old_or_answered_rejections_get_no_draft():
    rej = email("rej-3@acme.com", EmailKind.REJECTION, START)
    assert plan(START + 31 * D, interviews=(), mail=[rej]).due == ()
    mine = Address("alex.r@gmail.com", "Alex")
    answer = email(
        "ans@gmail.com", EmailKind.OTHER, START + H, sender=mine, in_reply_to="rej-3@acme.com"
    )
    assert plan(START + 2 * H, interviews=(), mail=[rej, answer]).due == ()
    assert plan(START - H, interviews=(), mail=[rej]).due == ()  # not arrived yet at that `now`


def test_offer_and_application_received_make_no_draft():
    mail = [
        email("o@acme.com", EmailKind.OFFER, START),
        email("r@acme.com", EmailKind.APPLICATION_RECEIVED, START),
    ]
    assert plan(START + H, interviews=(), mail=mail).due == ()


# --- cancelled, moved, idempotence -------------------------------------------------------------


def test_cancelled_interview_withdraws_every_draft_tied_to_it():
    queue = [
        entry(SLOT + "reminder|before:1440m", DraftKind.REMINDER),
        entry(
            SLOT + "reschedule_request", DraftKind.RESCHEDULE_REQUEST, DraftState.NEEDS_RECIPIENT
        ),
    ]
    p = plan(START - H, interviews=(replace(IV, status=InterviewStatus.CANCELLED),), queue=queue)
    assert p.due == ()
    assert [(w.key_prefix, w.cause) for w in p.withdraw] == [
        (interview_prefix(IV), "the interview was cancelled")
    ]
    declined = replace(IV, status=InterviewStatus.DECLINED)
    assert plan(END + 3 * H, interviews=(declined,)).due == ()


def test_moved_interview_withdraws_the_old_slot_and_plans_the_new_one():
    old_key = SLOT + "reminder|before:1440m"
    moved = replace(IV, start=START + 2 * D, end=END + 2 * D, sequence=1)
    p = plan(
        START + 2 * D - 23 * H, interviews=(moved,), queue=[entry(old_key, DraftKind.REMINDER)]
    )
    assert [w.key_prefix for w in p.withdraw] == [SLOT]
    assert p.withdraw[0].cause == "the interview moved to 2026-11-22T14:00:00Z"
    assert [f.key for f in p.due] == [slot_prefix(moved) + "reminder|before:1440m"]
    assert slot_prefix(moved) != SLOT and slot_prefix(moved).startswith(interview_prefix(IV))


def test_rescan_is_idempotent_and_queued_keys_are_never_proposed_again():
    now = END + 2 * H
    first, second = plan(now), plan(now)
    assert first == second and len(first.due) == 2
    dismissed = [entry(f.key, f.kind, DraftState.DISMISSED) for f in first.due]
    assert plan(now, queue=dismissed) == type(first)()


def test_never_to_the_user_or_a_no_reply_address():
    everyone = replace(
        IV,
        interviewers=(
            Address("alex.r@gmail.com"),
            Address("donotreply@acme.com"),
            Address("notifications@acme.com"),
            BOB,
        ),
        contact="alex@example.net",
    )
    for now in (END + 3 * H, END + 7 * D + H):
        for f in plan(now, interviews=(everyone,)).due:
            assert all(a.email in {"bob@acme.com", "jane@acme.com"} for a in f.to), f
