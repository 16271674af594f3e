"""parse_message and split_quoted: table tests over tests/data/emails, inline edge cases, and a
property test that arbitrary bytes never raise anything but ParseError nor leak CR/LF into a
header field."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import ParseError
from assistant.records import Address, Email
from assistant.sources.mailparse import parse_message, split_quoted
from assistant.sources.mimebody import _shortcut

DATA = Path(__file__).parent / "data" / "emails"


def load(name: str) -> bytes:
    return (DATA / name).read_bytes()


def parse(name: str, **kwargs: object) -> Email:
    return parse_message(load(name), key=f"test/{name}", **kwargs)  # type: ignore[arg-type]


# --- fields, one scenario file per row -------------------------------------------------------

FIELD_CASES = [
    ("plain_utf8.eml", "subject", "Your interview with Acme Robotics — next steps"),
    ("plain_utf8.eml", "message_id", "CAF00001.plain@acme-robotics.com"),
    ("plain_utf8.eml", "date", datetime(2026, 11, 3, 9, 15, tzinfo=UTC)),
    ("plain_utf8.eml", "sender", Address("jane.doe@acme-robotics.com", "Jane Doe")),
    ("plain_utf8.eml", "cc", (Address("bob.smith@acme-robotics.com", "Smith, Bob"),)),
    ("plain_utf8.eml", "reply_to", (Address("recruiting@acme-robotics.com", "Recruiting Team"),)),
    ("plain_utf8.eml", "link_count", 1),
    ("plain_utf8.eml", "from_html", False),
    ("html_only.eml", "from_html", True),
    ("html_only.eml", "link_count", 2),
    ("encoded_word_subject.eml", "subject",
     "Entretien pour le poste d'ingénieur — confirmation (suite)"),
    ("encoded_word_subject.eml", "sender", Address("elodie@societe.example", "Élodie Dupont")),
    ("encoded_word_subject.eml", "to", (Address("alex.rivera@example.net", "Rivera, Alex"),)),
    ("quoted_printable_latin1.eml", "subject", "Ihre Bewerbung bei der Müster GmbH"),
    ("quoted_printable_latin1.eml", "sender",
     Address("j.weiss@muster-gmbh.example", "Jürgen Weiß")),
    ("eight_bit_headers.eml", "subject", "Réponse à votre candidature"),  # latin-1 bytes
    ("eight_bit_headers.eml", "sender", Address("renee@entreprise.example", "Renée François")),
    ("bad_date_received.eml", "date", datetime(2026, 11, 12, 15, 45, 10, tzinfo=UTC)),
    ("bad_date_received.eml", "date_unknown", False),
    ("no_date.eml", "date", datetime(1970, 1, 1, tzinfo=UTC)),
    ("no_date.eml", "date_unknown", True),
    ("list_newsletter.eml", "list_id", "alerts.jobboard.example"),
    ("list_newsletter.eml", "list_unsubscribe", True),
    ("list_newsletter.eml", "precedence", "bulk"),
    ("list_newsletter.eml", "link_count", 3),
    ("auto_reply.eml", "auto_submitted", "auto-replied"),
    ("auto_reply.eml", "in_reply_to", "Orig.1@Example.net"),
    ("auto_reply.eml", "references", ("first@example.net", "Orig.1@Example.net")),
    ("plain_utf8.eml", "auto_submitted", None),
    ("plain_utf8.eml", "list_id", None),
    ("calendar_invite.eml", "text", "You have been invited to an interview."),
]  # fmt: skip


@pytest.mark.parametrize(("name", "field", "expected"), FIELD_CASES)
def test_fields(name: str, field: str, expected: object) -> None:
    assert getattr(parse(name), field) == expected


TEXT_CASES = [
    # file, a phrase that must be in the text, a phrase that must not
    ("multipart_alternative.eml", "Could you do a video interview on Friday?", "HTML VERSION"),
    ("html_only.eml", "Our team will review it shortly.", "tracking"),
    ("html_only.eml", "Café & more <3", "Ignore this title"),
    ("quoted_printable_latin1.eml", "Mit freundlichen Grüßen", "\ufffd"),
    ("base64_windows1252.eml", "“Thank you” for your interest; the fee is €0.", "\ufffd"),
    ("unknown_charset.eml", "Réunion confirmée à 14h, café offert.", "\ufffd"),
    ("broken_boundary.eml", "The recruiter wants to talk to you on Monday.", "JVBERi0"),
    ("plain_utf8.eml", "second interview — are you free", "\r"),
]


@pytest.mark.parametrize(("name", "present", "absent"), TEXT_CASES)
def test_text(name: str, present: str, absent: str) -> None:
    email = parse(name)
    assert present in email.text
    assert absent not in email.text


def test_an_attached_message_is_quoted_text_under_its_own_header() -> None:
    """A message forwarded as an attachment reads as a mail program writes an inline forward:
    its From, Subject and text under a "Forwarded message" divider, quoted, not new text."""
    email = parse("forwarded_attachment.eml")
    assert email.new_text == "FYI, see attached."
    assert "---------- Forwarded message ---------\nFrom: other@corp.example\nSubject: inner" in (
        email.text)
    assert email.text.endswith("the inner message is not the sender's text.")


def test_an_attached_message_s_calendar_is_not_this_message_s() -> None:
    inner = (b"From: a@corp.example\nSubject: invite\nContent-Type: multipart/mixed; "
             b'boundary="i"\n\n--i\nContent-Type: text/plain\n\nSee you then.\n--i\n'
             b"Content-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n"
             b"--i--\n")
    raw = (b"From: b@example.org\nSubject: Fwd: invite\nContent-Type: multipart/mixed; "
           b'boundary="o"\n\n--o\nContent-Type: text/plain\n\nFor you.\n--o\n'
           b"Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + inner
           + b"--o--\n")
    email = parse_message(raw, key="fwd")
    assert email.calendar_parts == ()
    assert "See you then." in email.text and email.new_text == "For you."


NEW_TEXT_CASES = [
    # file, last words the sender wrote (kept), words only in the quoted chain (dropped)
    ("reply_chain_outlook.eml", "Engineering Manager | Contoso", "regret to inform"),
    ("reply_chain_gmail_de.eml", "Viele Grüße\nKatrin", "Absage"),
    ("reply_chain_french.eml", "Parfait, à jeudi.", "Je confirme"),
    ("reply_chain_spanish.eml", "nos vemos el jueves.", "Confirmo"),
    ("inline_quoted.eml", "January.\n\n-- \nSam", "salary range"),
    ("reply_chain_html_gmail.eml", "We will share feedback by Friday.\n\nNora", "regret"),
    ("reply_chain_html_outlook.eml", "Tuesday at 2pm works for us.\n\nOmar", "cancel"),
]


@pytest.mark.parametrize(("name", "kept", "dropped"), NEW_TEXT_CASES)
def test_new_text_drops_the_quoted_chain(name: str, kept: str, dropped: str) -> None:
    email = parse(name)
    assert email.new_text.endswith(kept)
    assert dropped not in email.new_text
    assert dropped in email.text


def test_missing_message_id_is_synthesized_and_stable() -> None:
    first = parse("no_message_id.eml")
    assert first.message_id.endswith("@synthesized.invalid")
    assert "<" not in first.message_id
    assert parse("no_message_id.eml").message_id == first.message_id
    other = load("no_message_id.eml").replace(b"No message id here", b"Another subject")
    assert parse_message(other, key="k").message_id != first.message_id


def test_calendar_parts_are_kept_raw_and_attachments_are_not_text() -> None:
    email = parse("calendar_invite.eml")
    assert len(email.calendar_parts) == 2  # the inline alternative and the .ics attachment
    for part in email.calendar_parts:
        assert "METHOD:REQUEST" in part
        assert "UID:interview-42@acme-robotics.com" in part
    assert "iVBORw0KGgo" not in email.text  # the inline PNG is not text


def test_source_fields_are_passed_through() -> None:
    email = parse("plain_utf8.eml", account="personal", folder="INBOX", uid=42)
    assert (email.key, email.account, email.folder, email.uid) == (
        "test/plain_utf8.eml",
        "personal",
        "INBOX",
        42,
    )


def test_extra_headers_decoded_with_lower_case_names() -> None:
    email = parse("plain_utf8.eml")
    assert email.header("X-Mailer") == "Microsoft Outlook 16.0"
    assert email.header("content-language") == "en-US"
    assert parse("auto_reply.eml").header("x-auto-response-suppress") == "All"
    assert parse("list_newsletter.eml").header("feedback-id") == "123:campaign:jobboard"


def _minimal(headers: str, body: bytes = b"Hello.\n") -> bytes:
    return headers.encode() + b"\n" + body


INLINE_CASES = [
    # (raw, field, expected)
    (_minimal("From: a@b.example\nAuto-Submitted: no\n"), "auto_submitted", None),
    (_minimal("From: a@b.example\nDate: Tue, 3 Nov 2026 10:00:00 -0000\n"), "date",
     datetime(2026, 11, 3, 10, 0, tzinfo=UTC)),
    (_minimal("From: a@b.example\nIn-Reply-To: bare-id@host.example\n"), "in_reply_to",
     "bare-id@host.example"),
    (_minimal("From: a@b.example\nSubject: =?utf-8?B?broken!!?=\n"), "subject",
     "=?utf-8?B?broken!!?="),
    (_minimal("From: a@b.example\nSubject: =?no-such-charset?Q?caf=E9?=\n"), "subject", "café"),
    (_minimal("From: a@b.example\nSubject: =?utf-8?B?w6k=?= =?utf-8?B?w6k=?=\n"), "subject", "éé"),
    # one UTF-8 character split over two encoded words
    (_minimal("From: a@b.example\nSubject: =?utf-8?B?ww==?= =?utf-8?B?qQ==?=\n"), "subject", "é"),
    (_minimal("From: =?utf-8?Q?Jane_<jd@x.example>?=\n"), "sender",
     Address("jd@x.example", "Jane")),
    (_minimal("From: a@b.example\nTo: undisclosed-recipients:;\n"), "to", ()),
    (_minimal("From: a@b.example\nSubject: line one\r\n\tline two\n"), "subject",
     "line one line two"),
    (_minimal("From: a@b.example\nContent-Type: text/plain; charset=base64\n", b"caf\xc3\xa9"),
     "text", "café"),
    (_minimal("From: a@b.example\nContent-Type: text/plain; charset*=utf-8''\n", b"caf\xc3\xa9"),
     "text", "café"),
    # the stdlib RFC 2231 decoder raises TypeError on these continuations
    (_minimal("From: a@b.example\nContent-Type: text/plain; charset*=; charset*0*=\n"), "text",
     "Hello."),
    (_minimal('From: a@b.example\nContent-Type: multipart/mixed; boundary*=; boundary*0*=\n',
              b"--x\nContent-Type: text/plain\n\nsalvaged\n--x--\n"), "text", "salvaged"),
    # UTF-7 decodes lone surrogates; they must not reach the store
    (_minimal("From: a@b.example\nSubject: =?utf-7?Q?+2D0-?=\n"), "subject", "\ufffd"),
    (_minimal("From: a@b.example\nContent-Type: text/plain; charset=utf-7\n", b"+2D0-"),
     "text", "\ufffd"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "field", "expected"), INLINE_CASES)
def test_inline_cases(raw: bytes, field: str, expected: object) -> None:
    assert getattr(parse_message(raw, key="inline"), field) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(b"", "empty"), (b"  \r\n\r\n", "empty"), (b"just some words without a header\n", "header")],
)
def test_unusable_input_raises_parse_error(raw: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_message(raw, key="acct/INBOX/7")
    assert info.value.item == "acct/INBOX/7"
    assert reason in info.value.reason


def _with_attachment(size: int, text_part: bytes = b"Please find my CV attached.") -> bytes:
    blob = base64.encodebytes(b"\x00\x01PDF" * (size // 5))
    return (
        b"From: me@x.example\nSubject: big\nMessage-ID: <big@x.example>\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain\n\n" + text_part + b"\n"
        b"--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=cv.pdf\n"
        b"Content-Transfer-Encoding: base64\n\n" + blob + b"--b--\n"
    )


def test_twenty_megabyte_attachment_is_not_decoded_into_text() -> None:
    email = parse_message(_with_attachment(20 * 1024 * 1024), key="big")
    assert email.text == "Please find my CV attached."
    assert not email.truncated
    assert email.calendar_parts == ()


@pytest.mark.parametrize("encoding", ["8bit", "base64", "quoted-printable"])
def test_huge_text_part_is_capped_and_marked_truncated(encoding: str) -> None:
    text = ("All work and no play makes Jack a dull boy. é\n" * 40000).encode()
    body = {
        "8bit": text,
        "base64": base64.encodebytes(text),
        "quoted-printable": __import__("quopri").encodestring(text),
    }[encoding]
    raw = (
        b"From: me@x.example\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: " + encoding.encode() + b"\n\n" + body
    )
    email = parse_message(raw, key="huge", max_text_bytes=10000)
    assert email.truncated
    assert len(email.text.encode()) <= 10000
    assert email.text.startswith("All work and no play makes Jack a dull boy. é")
    assert "\ufffd" not in email.text


def test_text_under_the_cap_is_not_truncated() -> None:
    assert not parse("base64_windows1252.eml", max_text_bytes=10000).truncated


SPLIT_CASES = [
    ("Thanks!\n\nOn Tue, Nov 3, 2026 at 10:02 AM Jane <j@x.example> wrote:\n> old", "Thanks!"),
    ("Thanks!\nOn Tue, Nov 3, 2026 at 10:02 AM Jane Doe <\nj@x.example> wrote:\n\n> old",
     "Thanks!"),
    ("Danke.\nJane Doe <j@x.example> schrieb am Di., 3. Nov. 2026, 10:02:\n> alt", "Danke."),
    ("Gracias.\nEl mar, 3 nov 2026 a las 10:02, Jane (<j@x.example>) escribió:\n> x", "Gracias."),
    ("Top.\n-----Original Message-----\nFrom: x\nold text", "Top."),
    ("Top.\n----- Ursprüngliche Nachricht -----\nVon: x\nalt", "Top."),
    ("Top.\nFrom: Jane Doe\nSent: Tuesday\nTo: Alex\nSubject: Re\n\nold", "Top."),
    ("Top.\n*Von:* Jane Doe\n*Gesendet:* Dienstag\n*An:* Alex\n\nalt", "Top."),
    ("Top.\n\n" + "_" * 32 + "\nold", "Top."),
    # prose that merely looks like a header or an attribution is not cut
    ("From: the team at Acme, thanks.\nWe will call you.", "From: the team at Acme, thanks.\n"
     "We will call you."),
    ("Am Montag schrieb ich Ihnen:\nDetails folgen.", "Am Montag schrieb ich Ihnen:\n"
     "Details folgen."),
    ("No quotes at all.\n-- \nSig", "No quotes at all.\n-- \nSig"),
    # bottom-posted: the answer below the quote is the new text
    ("On Tue, 3 Nov 2026, Jane <j@x.example> wrote:\n> Can you do Friday?\n\nYes, Friday works.",
     "Yes, Friday works."),
    # an attribution whose quote is unmarked (converted HTML) cuts everything below
    ("Sure.\n\nOn Tue, 3 Nov 2026, Jane <j@x.example> wrote:\n\nCan you do Friday?", "Sure."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "new"), SPLIT_CASES)
def test_split_quoted(text: str, new: str) -> None:
    got_new, quoted = split_quoted(text)
    assert got_new == new
    assert got_new.strip() + quoted.strip() != "" or text.strip() == ""


def _header_strings(email: Email) -> list[str]:
    values: list[str] = [email.message_id, email.subject, email.in_reply_to or ""]
    values += list(email.references)
    values += [email.list_id or "", email.auto_submitted or "", email.precedence or ""]
    for addr in [email.sender, *email.reply_to, *email.to, *email.cc]:
        if addr is not None:
            values += [addr.email, addr.name]
    for name, value in email.headers:
        values += [name, value]
    return values


def _check_invariants(email: Email, cap: int) -> None:
    for value in _header_strings(email):
        assert "\r" not in value and "\n" not in value, value
    for value in [*_header_strings(email), email.text, email.new_text, *email.calendar_parts]:
        value.encode("utf-8")  # no lone surrogates: the store and JSON need valid UTF-8
    assert len(email.text.encode()) <= cap
    assert email.date.tzinfo is not None


_HEADER_NAMES = st.sampled_from(
    ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "References",
     "In-Reply-To", "List-Id", "Content-Type", "Sender", "Received", "Auto-Submitted",
     "Content-Transfer-Encoding", "X-Mailer"]
)  # fmt: skip
_HEADER_VALUES = st.one_of(
    st.binary(max_size=60),
    st.text(max_size=30).map(lambda t: ("=?utf-8?q?" + t + "?=").encode("utf-8", "surrogatepass")),
    st.text(max_size=40).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
_HEADERS = st.lists(st.tuples(_HEADER_NAMES, _HEADER_VALUES), max_size=8).map(
    lambda hs: b"".join(k.encode() + b": " + v + b"\r\n" for k, v in hs)
)


@st.composite
def _mime_part(draw: st.DrawFn, depth: int = 0) -> bytes:
    """A MIME part with hostile parameters: odd types, charsets, encodings, boundaries."""
    ctype = draw(
        st.sampled_from(
            [
                "text/plain",
                "text/html",
                "multipart/mixed",
                "text/calendar",
                "application/pdf",
                "message/rfc822",
                "multipart/",
                "/",
                "",
            ]
        )
    )
    charset = draw(
        st.sampled_from(
            [
                "utf-8",
                "x-unknown",
                "base64",
                "rot13",
                "utf-16",
                "utf-7",
                "idna",
                "iso-2022-jp",
                "",
                '"',
            ]
        )
    )
    cte = draw(st.sampled_from(["base64", "quoted-printable", "8bit", "x-uuencode", "binary", ""]))
    extra = draw(st.sampled_from(["", "; charset*=", "; boundary*0*=x", "; name*=utf-8''%E9"]))
    head = f'Content-Type: {ctype}; charset={charset}; boundary="B{depth}"{extra}\r\n'
    head += f"Content-Transfer-Encoding: {cte}\r\n"
    if draw(st.booleans()):
        head += "Content-Disposition: attachment\r\n"
    body = draw(st.binary(max_size=120))
    if ctype.startswith("multipart") and depth < 3:
        subs = draw(st.lists(_mime_part(depth + 1), max_size=3))
        end = draw(st.sampled_from([f"--B{depth}--\r\n", "", f"--B{depth}"])).encode()
        body = b"".join(f"--B{depth}\r\n".encode() + sub for sub in subs) + end
    return head.encode() + b"\r\n" + body + b"\r\n"  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=400), _HEADERS.map(lambda h: h + b"\r\nbody\r\n")))
def test_arbitrary_bytes_never_raise_but_parse_error(raw: bytes) -> None:
    try:
        email = parse_message(raw, key="fuzz")
    except ParseError:
        return
    _check_invariants(email, 262144)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HEADERS, _mime_part(), st.integers(min_value=0, max_value=300))
def test_hostile_mime_trees_parse_within_the_cap(headers: bytes, part: bytes, cap: int) -> None:
    _check_invariants(parse_message(headers + part, key="fuzz", max_text_bytes=cap), cap)


def test_absurdly_deep_nesting_keeps_the_headers() -> None:
    depth = 3000  # the stdlib parser recurses once per level
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(depth)
    )
    raw = b"Subject: deep\nMessage-ID: <deep@x.example>\n" + opening + b"\ntext\n"
    email = parse_message(raw, key="deep")
    assert (email.subject, email.message_id) == ("deep", "deep@x.example")
    assert email.text == ""
    assert email.truncated


def test_many_text_parts_stop_at_the_cap() -> None:
    part = b"--b\nContent-Type: text/plain\n\n" + b"y" * 100 + b"\n"
    raw = b'From: a@b.example\nContent-Type: multipart/mixed; boundary="b"\n\n' + part * 5000
    email = parse_message(raw, key="many", max_text_bytes=1000)
    assert email.truncated
    assert email.text.startswith("y" * 100 + "\n\n" + "y" * 100)
    assert len(email.text.encode()) <= 1000


# --- the shortcut of parse_mime: the feed parser's tree without feeding it the body ----------

SHORTCUT_CASES = [
    b"From: a@b.example\r\nSubject: crlf\r\n\r\nline one\r\nline two\r\n",
    b"From a@b.example Fri Nov 20 10:00:00 2026\nFrom: a@b.example\nSubject: mbox\n\nbody\n",
    b"Subject: folded\n  over two lines\nContent-Type: text/plain; charset=utf-8\n\n\xc3\xa9\n",
    b"Subject: no blank line before the body\nthis is no header\n\nbody\n",
    b"Subject: bare CR\r\rbody with a blank line\n\nlater\n",
    b"Content-Type: message/rfc822\n\nSubject: inner\n\ninner body\n",
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nx\n--b--\n',
    b"Subject: only headers\n",
    b"\n\nno headers at all\n",
    b"Subject: 8bit \xff\xfe in a header\n\n\x00\x01 binary-ish body \xff\n",
    # multiparts: clean, CRLF, nested, blanks after a boundary, preamble and epilogue
    b'Content-Type: multipart/mixed; boundary="b"\n\npre\n--b\nContent-Type: text/plain\n\n'
    b"one\n\n--b \t\nContent-Type: text/html\n\n<p>two</p>\n--b--\nepilogue\n--b\nlate\n",
    b'Content-Type: multipart/alternative; boundary="=_x"\r\n\r\n--=_x\r\n'
    b"Content-Type: text/plain\r\n\r\n\r\n--=_x\r\nContent-Type: text/plain\r\n\r\n"
    b"--=_xy\r\n--=_x--",
    b'Content-Type: multipart/mixed; boundary="o"\n\n--o\nContent-Type: multipart/alternative;'
    b' boundary="i"\n\n--i\nA: b\n\nfirst\n--i\nContent-Type: text/plain\n\ninner\n--i--\n'
    b"--o\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nAAAA\n--o--\n",
    # declined: never closed, double boundary, bare CR, digest, message part, no boundary,
    # a part without headers
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nx\n',
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n--b\nSubject: x\n\ny\n--b--\n',
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nA: b\n\nx\ry\n--b--\n',
    b'Content-Type: multipart/digest; boundary="b"\n\n--b\nSubject: d\n\nx\n--b--\n',
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: message/rfc822\n\n'
    b"Subject: inner\n\nbody\n--b--\n",
    b"Content-Type: multipart/mixed\n\n--b\nContent-Type: text/plain\n\nx\n--b--\n",
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nno header\n--b--\n',
]
CORPUS = sorted((Path(__file__).parent).glob("corpus*/**/*.eml"))


def _same_tree(short: Message, full: Message) -> None:
    """What `extract_body` and the header reader use: headers, types, leaf payloads."""
    assert short._headers == full._headers
    assert short.get_unixfrom() == full.get_unixfrom()
    assert short.is_multipart() == full.is_multipart()
    if not full.is_multipart():
        assert short._payload == full._payload  # raw, as `mimebody._payload_bytes` reads it
        return
    assert len(short.get_payload()) == len(full.get_payload())
    for mine, theirs in zip(short.get_payload(), full.get_payload(), strict=True):
        _same_tree(mine, theirs)


def _check_shortcut(raw: bytes) -> bool:
    short = _shortcut(raw)
    if short is not None:  # None: parse_mime uses the full parser, nothing to compare
        _same_tree(short, BytesParser(policy=policy.compat32).parsebytes(raw))
    return short is not None


@pytest.mark.parametrize(
    "raw", [*SHORTCUT_CASES, *(p.read_bytes() for p in sorted(DATA.glob("*.eml")))]
)
def test_the_shortcut_builds_what_the_full_parser_builds(raw: bytes) -> None:
    _check_shortcut(raw)


def test_the_shortcut_builds_the_parser_tree_for_every_corpus_message() -> None:
    taken = [_check_shortcut(path.read_bytes()) for path in CORPUS]
    assert len(taken) > 100 and sum(taken) > len(taken) // 2  # the corpora are there and used


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HEADERS, _mime_part())
def test_the_shortcut_agrees_with_the_parser_on_hostile_trees(headers: bytes, part: bytes) -> None:
    _check_shortcut(headers + part)


@pytest.mark.parametrize(
    ("raw", "taken"),
    [
        (SHORTCUT_CASES[0], True),
        (load("plain_utf8.eml"), True),
        (load("multipart_alternative.eml"), True),
        *((case, True) for case in SHORTCUT_CASES[10:13]),
        *((case, False) for case in SHORTCUT_CASES[13:]),
    ],
)
def test_the_shortcut_is_taken_for_well_formed_mail_only(raw: bytes, taken: bool) -> None:
    assert (_shortcut(raw) is not None) is taken
