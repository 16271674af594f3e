"""Composition: every kind in every language renders a real, safe, well-formed draft."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.compose import (
    clean_header,
    format_slot,
    format_when,
    make_environment,
    render,
    reply_subject,
)
from assistant.config import Identity
from assistant.errors import TemplateError
from assistant.records import Address, DraftKind, FollowUp, Slot

ME = Identity(
    name="Alex Rivera",
    email="alex@example.net",
    timezone="Europe/Berlin",
    signature="Alex Rivera\n+1 555 0100",
)
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
START = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # Tuesday, 15:00 in Berlin
SLOTS = (
    Slot(datetime(2026, 11, 25, 9, tzinfo=UTC), datetime(2026, 11, 25, 9, 45, tzinfo=UTC)),
    Slot(datetime(2026, 11, 26, 13, tzinfo=UTC), datetime(2026, 11, 26, 13, 45, tzinfo=UTC)),
)
LANGS = ("en", "de", "fr", "es")
MESSAGES = [k for k in DraftKind if k is not DraftKind.REMINDER]
DATES = {
    "en": "Tuesday, 24 November",
    "de": "Dienstag, 24. November",
    "fr": "mardi 24 novembre",
    "es": "martes, 24 de noviembre",
}
ENV = make_environment()


def followup(kind, language="en", **kw):
    base = {
        "key": f"iv:x||2026-11-24T14:00:00Z|{kind.value}",
        "kind": kind,
        "due": NOW,
        "language": language,
        "to": (Address("jane@acme.com", "Jane Doe"),),
        "company": "Acme",
        "role": "Data Engineer",
        "interview_uid": "x",
        "interview_start": START,
        "interview_end": START + timedelta(hours=1),
        "interview_title": "Interview",
    }
    if kind in (DraftKind.MISSED_APOLOGY, DraftKind.RESCHEDULE_REQUEST):
        base["slots"] = SLOTS
    base.update(kw)
    return FollowUp(**base)


def parse(draft):
    assert b"\r\n" in draft.message and b"\n" not in draft.message.replace(b"\r\n", b"")
    return email.message_from_bytes(draft.message, policy=email.policy.default)


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("kind", MESSAGES)
def test_every_message_renders_personal_and_within_length(kind, language):
    draft = render(followup(kind, language), identity=ME, env=ENV, now=NOW)
    words = len(draft.body.split())
    assert 80 <= words <= 180, (kind, language, words)
    for text in ("Acme", "Data Engineer", "Jane Doe", "Alex Rivera"):
        assert text in draft.body, text
    if kind is not DraftKind.REJECTION_REPLY:  # a rejection is not about one interview
        assert DATES[language] in draft.body
    assert draft.body.count("!") <= 1
    assert "overslept" not in draft.body.lower() and "verschlafen" not in draft.body
    assert draft.language == language and not draft.needs_recipient
    msg = parse(draft)
    assert msg["From"] == "Alex Rivera <alex@example.net>"
    assert msg["To"] == "Jane Doe <jane@acme.com>"
    assert msg["Subject"] == draft.subject and draft.subject
    assert msg["Message-ID"] == f"<{draft.message_id}>" and draft.message_id.endswith(
        "@example.net"
    )
    assert msg["Date"] == "Sat, 21 Nov 2026 11:00:00 +0100"  # `now`, in the user's zone
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    assert msg.get_content().replace("\r\n", "\n") == draft.body
    # a bare minimum (no company, role, name, date, slots) still reads as a full message
    bare = FollowUp(key="k", kind=kind, due=NOW, language=language)
    bare_draft = render(bare, identity=ME, env=ENV, now=NOW)
    assert 80 <= len(bare_draft.body.split()) <= 180 and bare_draft.needs_recipient


@pytest.mark.parametrize("language", LANGS)
def test_slots_are_listed_in_the_users_zone_and_language(language):
    for kind in (DraftKind.MISSED_APOLOGY, DraftKind.RESCHEDULE_REQUEST):
        body = render(followup(kind, language), identity=ME, env=ENV, now=NOW).body
        for slot in SLOTS:
            assert f"- {format_slot(slot, ME.tz, language)}" in body
        assert "(CET)" in body


def test_date_formats_per_language():
    moment = START.astimezone(ME.tz)
    assert format_when(moment, "en") == "Tuesday, 24 November at 3:00 PM"
    assert format_when(moment, "de") == "Dienstag, 24. November um 15:00 Uhr"
    assert format_when(moment, "fr") == "mardi 24 novembre à 15 h 00"
    assert format_when(moment, "es") == "martes, 24 de noviembre a las 15:00"
    one = datetime(2026, 12, 1, 1, 5, tzinfo=ME.tz)
    assert format_when(one, "es") == "martes, 1 de diciembre a la 1:05"
    assert format_when(one, "fr") == "mardi 1er décembre à 1 h 05"
    assert format_when(one, "en") == "Tuesday, 1 December at 1:05 AM"
    assert format_slot(SLOTS[0], ME.tz, "en") == "Wednesday, 25 November, 10:00 AM – 10:45 AM"
    assert format_slot(SLOTS[0], ME.tz, "de") == "Mittwoch, 25. November, 10:00–10:45 Uhr"


def test_missed_apology_follows_the_advice():
    body = render(followup(DraftKind.MISSED_APOLOGY), identity=ME, env=ENV, now=NOW).body
    for phrase in ("full responsibility", "out of character", "references", "further interviews"):
        assert phrase in body
    with_reason = followup(DraftKind.MISSED_APOLOGY, reason="my train was cancelled")
    body = render(with_reason, identity=ME, env=ENV, now=NOW).body
    assert "My train was cancelled." in body and "full responsibility" in body


def test_emergency_variant_apologizes_for_the_short_notice():
    for language, phrase in (
        ("en", "short notice"),
        ("de", "kurzfristig"),
        ("fr", "si tard"),
        ("es", "poca antelación"),
    ):
        normal = render(
            followup(DraftKind.RESCHEDULE_REQUEST, language), identity=ME, env=ENV, now=NOW
        )
        urgent = render(
            followup(DraftKind.RESCHEDULE_REQUEST, language, emergency=True),
            identity=ME,
            env=ENV,
            now=NOW,
        )
        assert phrase in urgent.body and phrase not in normal.body
        assert "other interview" not in urgent.body and "anderes" not in urgent.body


def test_rejection_reply_asks_for_specific_feedback_and_keeps_the_door_open():
    body = render(followup(DraftKind.REJECTION_REPLY), identity=ME, env=ENV, now=NOW).body
    assert "Thank you" in body and "feedback" in body and "future application" in body
    assert "paths cross again" in body


def test_reply_threading_and_subject_rules():
    f = followup(
        DraftKind.REJECTION_REPLY,
        in_reply_to="rej-1@acme.com",
        references=("a@acme.com", "rej-1@acme.com"),
        reply_subject="RE: Re: AW: Your application",
    )
    draft = render(f, identity=ME, env=ENV, now=NOW)
    msg = parse(draft)
    assert draft.subject == "Re: Your application" == msg["Subject"]
    assert msg["In-Reply-To"] == "<rej-1@acme.com>" and draft.in_reply_to == "rej-1@acme.com"
    assert msg["References"] == "<a@acme.com> <rej-1@acme.com>"
    assert reply_subject("Réf : Votre candidature") == "Re: Votre candidature"
    assert reply_subject("Fwd: News") == "Re: Fwd: News"
    fresh = render(followup(DraftKind.THANK_YOU), identity=ME, env=ENV, now=NOW)
    assert (
        parse(fresh)["In-Reply-To"] is None
        and fresh.subject == "Thank you for the interview (Data Engineer)"
    )


def test_message_id_is_deterministic_per_key():
    a = render(followup(DraftKind.THANK_YOU), identity=ME, env=ENV, now=NOW)
    b = render(followup(DraftKind.THANK_YOU), identity=ME, env=ENV, now=NOW + timedelta(hours=1))
    c = render(followup(DraftKind.THANK_YOU, key="other"), identity=ME, env=ENV, now=NOW)
    assert a.message_id == b.message_id != c.message_id


HOSTILE = "Hi\r\nBcc: victim@evil.example\r\n\r\n{{ 7*7 }} {% for x in range(3) %}X{% endfor %}\x00"


def test_hostile_text_from_mail_is_inert():
    f = followup(
        DraftKind.REJECTION_REPLY,
        company=HOSTILE,
        role=HOSTILE,
        reply_subject=HOSTILE,
        in_reply_to="abc@x>\r\nBcc: a@b",
        to=(Address("jane@acme.com", HOSTILE),),
    )
    draft = render(f, identity=ME, env=ENV, now=NOW)
    head, _, _ = draft.message.partition(b"\r\n\r\n")
    msg = parse(draft)
    assert msg["Bcc"] is None and msg.keys().count("Bcc") == 0
    for name in ("Subject", "To", "In-Reply-To"):
        assert (
            "\n" not in str(msg[name])
            and "\r" not in str(msg[name])
            and "\x00" not in str(msg[name])
        )
    assert "{{ 7*7 }}" in draft.subject and "49" not in draft.body and "49" not in draft.subject
    assert "{% for x in range(3) %}" in draft.body and "XXX" not in draft.body
    assert all(
        line.lower().split(":")[0]
        in {
            "from",
            "to",
            "subject",
            "date",
            "message-id",
            "in-reply-to",
            "references",
            "content-type",
            "content-transfer-encoding",
            "mime-version",
        }
        for line in head.decode().split("\r\n")
        if not line.startswith(" ")
    )
    assert clean_header("a\r\n b\tc\x00d\u2028e") == "a b c d e"


def test_no_recipient_still_renders_and_needs_one():
    draft = render(followup(DraftKind.REJECTION_REPLY, to=()), identity=ME, env=ENV, now=NOW)
    assert draft.needs_recipient and draft.to == () and parse(draft)["To"] is None
    assert draft.body.startswith("Hello,")
    invalid = followup(DraftKind.THANK_YOU, to=(Address("not an address"),))
    assert render(invalid, identity=ME, env=ENV, now=NOW).needs_recipient


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("note", ["upcoming", "missed_apology_unsent", "thank_you_unsent"])
def test_reminders_are_nudges_without_a_message(language, note):
    draft = render(
        followup(DraftKind.REMINDER, language, note=note, to=()), identity=ME, env=ENV, now=NOW
    )
    assert draft.message == b"" and draft.message_id is None and not draft.needs_recipient
    assert draft.subject and "Acme" in draft.subject and "\n" not in draft.subject
    assert "Acme" in draft.body and draft.language == language
    assert draft.body.count("!") <= 1


def test_unknown_language_falls_back_to_english():
    draft = render(followup(DraftKind.THANK_YOU, "it"), identity=ME, env=ENV, now=NOW)
    assert draft.language == "en" and "Thank you" in draft.body


def test_user_override_folder_wins(tmp_path: Path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "thank_you.j2").write_text(
        "{% block subject %}Thanks, {{ company }}{% endblock %}"
        "{% block body %}Short thanks to {{ recipient_name }}.\n{{ signature }}{% endblock %}"
    )
    env = make_environment(str(tmp_path))
    draft = render(followup(DraftKind.THANK_YOU), identity=ME, env=env, now=NOW)
    assert draft.subject == "Thanks, Acme" and draft.body.startswith("Short thanks to Jane Doe.")
    other = render(followup(DraftKind.FOLLOW_UP), identity=ME, env=env, now=NOW)
    assert "follow up" in other.body  # files the user did not override come from the bundle


def test_missing_variable_in_a_user_template_names_the_file(tmp_path: Path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "follow_up.j2").write_text(
        "{% block subject %}Hi{% endblock %}{% block body %}{{ interviewer_nmae }}{% endblock %}"
    )
    env = make_environment(str(tmp_path))
    with pytest.raises(TemplateError, match=r"follow_up\.j2.*interviewer_nmae"):
        render(followup(DraftKind.FOLLOW_UP), identity=ME, env=env, now=NOW)
    (tmp_path / "en" / "thank_you.j2").write_text("{% block subject %}{% if %}{% endblock %}")
    with pytest.raises(TemplateError, match=r"thank_you\.j2"):
        render(followup(DraftKind.THANK_YOU), identity=ME, env=env, now=NOW)


def test_sandbox_blocks_unsafe_attribute_access(tmp_path: Path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "thank_you.j2").write_text(
        "{% block subject %}x{% endblock %}"
        "{% block body %}{{ signature.__class__.__mro__ }}{% endblock %}"
    )
    with pytest.raises(TemplateError, match=r"thank_you\.j2"):
        render(
            followup(DraftKind.THANK_YOU), identity=ME, env=make_environment(str(tmp_path)), now=NOW
        )


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("analyste de données", "d'analyste de données"), ("Acme", "d'Acme"),
     ("Été Conseil", "d'Été Conseil"), ("chef de projet", "de chef de projet"),
     ("Hachette", "de Hachette"), ("Globex", "de Globex")],
)  # fmt: skip
def test_french_de_elides_before_a_vowel(noun: str, expected: str) -> None:
    from assistant.compose import french_de

    assert french_de(noun) == expected
