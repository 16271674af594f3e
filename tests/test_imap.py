"""The IMAP source against a real Dovecot on 127.0.0.1 (tests/servers/dovecot.py).

The sync must be read-only, incremental and cheap when nothing changed; connections must be
verified TLS unless the host is loopback. How commands are counted: imapclient logs every
command it sends as "> b'TAG COMMAND ...'" on the "imapclient.imaplib" logger at DEBUG, so
caplog sees exactly what went over the wire (the server's word for it is Dovecot's own log,
used for the byte count of the 20 MB test).
"""

from __future__ import annotations

import dataclasses
import re
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.errors import ConnectionFailed, SourceError, UserError
from assistant.records import FolderState
from assistant.sources import imap
from assistant.sources.mailparse import parse_message

pytestmark = pytest.mark.servers

DATA = Path(__file__).parent / "data" / "emails"


def load(name: str) -> bytes:
    return (DATA / name).read_bytes()


def crlf(raw: bytes) -> bytes:
    """The message in RFC 5322 canonical form, as every IMAP server sends it."""
    return re.sub(rb"\r?\n", b"\r\n", raw)


def message(subject: str, body: str = "Hello,\n\nthanks for applying.\n", **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = headers.pop("sender", "Recruiter <jobs@acme.example>")
    msg["To"] = "alex@example.net"
    msg["Subject"] = subject
    msg["Date"] = "Fri, 20 Nov 2026 10:00:00 +0000"
    local = re.sub(r"\W", "", subject)
    msg["Message-ID"] = f"<{local}@acme.example>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return bytes(msg)


def now() -> datetime:
    # Dovecot stamps APPENDed mail with the real time, and a first sync looks back from `now`.
    return datetime.now(UTC)


def commands(caplog: pytest.LogCaptureFixture) -> list[str]:
    """IMAP command names sent, in order, from imapclient's wire log."""
    names = []
    for record in caplog.records:
        match = re.match(r"> b'\w+ (UID \w+|\w+)", record.getMessage())
        if record.name == "imapclient.imaplib" and match:
            names.append(match.group(1))
    return names


@pytest.fixture
def client(dovecot, imap_user):
    c = imap.connect(dovecot.account(imap_user), imap_user.password)
    yield c
    imap.disconnect(c)


# -- the sync -------------------------------------------------------------------------------


def test_first_sync_gives_the_same_email_as_parsing_the_file(dovecot, imap_user, client):
    names = sorted(p.name for p in DATA.glob("*.eml"))
    uids = {imap_user.append("INBOX", load(name)): name for name in names}
    account = dovecot.account(imap_user)

    result = imap.sync_folder(client, account, "INBOX", None, now())

    assert not result.reset
    assert result.state.last_uid == max(uids)
    read = {e.uid for e in result.emails} | {int(s.item.rsplit("/", 1)[1]) for s in result.skipped}
    assert read == set(uids)
    for email in result.emails:
        expected = parse_message(
            crlf(load(uids[email.uid])),
            key=email.key,
            account=account.name,
            folder="INBOX",
            uid=email.uid,
            max_text_bytes=account.max_text_bytes,
        )
        assert email == expected, uids[email.uid]


def test_attachments_are_left_on_the_server_and_the_text_still_matches(dovecot, imap_user, client):
    msg = EmailMessage()
    msg["From"] = "Dana <dana@acme.example>"
    msg["Subject"] = "Your interview"
    msg["Message-ID"] = "<att1@acme.example>"
    msg["Date"] = "Fri, 20 Nov 2026 10:00:00 +0000"
    msg.set_content("Hi Alex,\n\nplease find the schedule attached.\n\nDana\n")
    msg.add_alternative("<p>Hi Alex,</p><p>please find the schedule attached.</p>", subtype="html")
    msg.add_attachment(b"%PDF-1.4 " * 4000, maintype="application", subtype="pdf", filename="s.pdf")
    raw = bytes(msg)
    uid = imap_user.append("INBOX", raw)
    account = dovecot.account(imap_user)

    (email,) = imap.sync_folder(client, account, "INBOX", None, now()).emails

    expected = parse_message(raw, key=email.key, account=account.name, folder="INBOX", uid=uid)
    assert email == expected


def _forward_as_attachment(inner_pdf: bool) -> bytes:
    """An agency's note with the client's answer attached as a message (and a PDF beside it,
    so that the sync fetches pieces, not the whole message)."""
    inner = EmailMessage()
    inner["From"] = "Josune Aranburu <josune@gaztelu.example.es>"
    inner["To"] = "Iker <iker@bidasoa.example.es>"
    inner["Subject"] = "Candidatura Alex Rivera – Gaztelu"
    inner["Date"] = "Wed, 02 Sep 2026 18:30:00 +0200"
    inner.set_content("Hola Iker:\n\nhemos decidido no seguir con su candidatura.\n\nJosune\n")
    inner.add_alternative("<p>Hola Iker:</p><p>hemos decidido no seguir con su candidatura.</p>",
                          subtype="html")
    if inner_pdf:
        inner.add_attachment(b"%PDF-1.4 " * 3000, maintype="application", subtype="pdf",
                             filename="carta.pdf")
    msg = EmailMessage()
    msg["From"] = "Iker <iker@bidasoa.example.es>"
    msg["To"] = "Alex Rivera <alex.rivera@example.net>"
    msg["Subject"] = "RV: Candidatura Alex Rivera – Gaztelu"
    msg["Message-ID"] = f"<rv{int(inner_pdf)}@bidasoa.example.es>"
    msg["Date"] = "Thu, 03 Sep 2026 10:10:00 +0200"
    msg.set_content("Hola Alex:\n\nte reenvío la respuesta de Gaztelu. Lo siento mucho.\n\nIker\n")
    msg.add_attachment(inner)
    msg.add_attachment(b"%PDF-1.4 " * 4000, maintype="application", subtype="pdf",
                       filename="cv.pdf")
    return bytes(msg)


@pytest.mark.parametrize("inner_pdf", [False, True])
def test_an_attached_message_is_read_as_a_forward_as_from_the_file(
        dovecot, imap_user, client, inner_pdf):
    """The sync fetches an attached message's header and text leaves (not its PDF), so the
    forwarded answer reads as it does from a Maildir copy: quoted, not new text."""
    raw = _forward_as_attachment(inner_pdf)
    uid = imap_user.append("INBOX", raw)
    account = dovecot.account(imap_user)

    (email,) = imap.sync_folder(client, account, "INBOX", None, now()).emails

    expected = parse_message(raw, key=email.key, account=account.name, folder="INBOX", uid=uid)
    assert email == expected
    assert "no seguir con su candidatura" in email.text
    assert "From: Josune Aranburu <josune@gaztelu.example.es>" in email.text
    assert "no seguir" not in email.new_text
    assert "PDF" not in email.text


def test_incremental_sync_reads_only_new_mail(dovecot, imap_user, client):
    account = dovecot.account(imap_user)
    for i in range(3):
        imap_user.append("INBOX", message(f"old {i}"))
    first = imap.sync_folder(client, account, "INBOX", None, now())
    new_uids = [imap_user.append("INBOX", message(f"new {i}")) for i in range(2)]

    second = imap.sync_folder(client, account, "INBOX", first.state, now())

    assert [e.subject for e in second.emails] == ["new 0", "new 1"]
    assert [e.uid for e in second.emails] == new_uids
    assert second.state.last_uid == max(new_uids)
    assert second.state.uidnext == max(new_uids) + 1


def test_no_change_cycle_is_one_status_command_and_fetches_nothing(
    dovecot, imap_user, client, caplog
):
    account = dovecot.account(imap_user)
    imap_user.append("INBOX", message("only one"))
    first = imap.sync_folder(client, account, "INBOX", None, now())
    caplog.set_level("DEBUG", logger="imapclient.imaplib")
    caplog.clear()

    again = imap.sync_folder(client, account, "INBOX", first.state, now())

    assert commands(caplog) == ["STATUS"]
    assert again.emails == ()
    assert again.state.uidvalidity == first.state.uidvalidity
    assert again.state.last_uid == first.state.last_uid


def test_search_star_quirk_does_not_refetch_the_last_message(dovecot, imap_user, client, caplog):
    """UID SEARCH UID n:* returns the highest UID even when it is below n (RFC 3501 6.4.8)."""
    account = dovecot.account(imap_user)
    imap_user.append("INBOX", message("one"))
    first = imap.sync_folder(client, account, "INBOX", None, now())
    stale = dataclasses.replace(first.state, uidnext=0)  # as if a sync had been interrupted
    caplog.set_level("DEBUG", logger="imapclient.imaplib")
    caplog.clear()

    again = imap.sync_folder(client, account, "INBOX", stale, now())

    assert again.emails == ()
    assert "UID FETCH" not in commands(caplog)


def test_uidvalidity_change_means_a_clean_resync(dovecot, imap_user, client):
    account = dovecot.account(imap_user, folders=("Jobs",))
    imap_user.append("Jobs", message("before 1"))
    imap_user.append("Jobs", message("before 2"))
    first = imap.sync_folder(client, account, "Jobs", None, now())
    client.delete_folder("Jobs")
    client.create_folder("Jobs")
    imap_user.append("Jobs", message("after"))

    second = imap.sync_folder(client, account, "Jobs", first.state, now())

    assert second.reset
    assert second.state.uidvalidity != first.state.uidvalidity
    assert [e.subject for e in second.emails] == ["after"]
    assert all(f"/{second.state.uidvalidity}/" in e.key for e in second.emails)


def test_sync_changes_no_flag(dovecot, imap_user, client):
    account = dovecot.account(imap_user)
    imap_user.append("INBOX", message("unread"))
    imap_user.append("INBOX", message("flagged"), flags=[r"\Flagged"])
    imap_user.append("INBOX", message("answered"), flags=[r"\Answered", r"\Seen"])
    before = imap_user.flags_snapshot("INBOX")

    result = imap.sync_folder(client, account, "INBOX", None, now())
    imap.sync_folder(client, account, "INBOX", result.state, now())

    after = imap_user.flags_snapshot("INBOX")
    assert len(result.emails) == 3
    assert after == before
    assert b"\\Seen" not in after[1]


def test_first_sync_is_bounded_by_initial_sync_days(dovecot, imap_user):
    c = imap_user.client()
    c.append("INBOX", message("ancient"), msg_time=datetime.now(UTC) - timedelta(days=800))
    c.append("INBOX", message("recent"))
    c.logout()
    account = dovecot.account(imap_user, initial_sync_days=30)
    client = imap.connect(account, imap_user.password)
    try:
        result = imap.sync_folder(client, account, "INBOX", None, now())
    finally:
        imap.disconnect(client)
    assert [e.subject for e in result.emails] == ["recent"]
    assert result.state.last_uid == 2


def test_batches_carry_resumable_states(dovecot, imap_user, client, caplog):
    account = dovecot.account(imap_user, fetch_batch=2)
    for i in range(5):
        imap_user.append("INBOX", message(f"m{i}"))
    caplog.set_level("DEBUG", logger="imapclient.imaplib")

    batches = list(imap.iter_sync_folder(client, account, "INBOX", None, now()))

    assert [len(b.emails) for b in batches] == [2, 2, 1]
    assert [(b.state.uidnext, b.state.last_uid) for b in batches] == [(0, 2), (0, 4), (6, 5)]
    assert [b.done for b in batches] == [2, 4, 5]
    assert all(b.total == 5 for b in batches)
    fetches = [line for line in caplog.messages if " UID FETCH " in line]
    assert all(len(re.search(r"FETCH ([\d,:]+)", f).group(1).split(",")) <= 2 for f in fetches)
    # An interrupted sync resumes after the last stored batch.
    resumed = imap.sync_folder(client, account, "INBOX", batches[0].state, now())
    assert [e.subject for e in resumed.emails] == ["m2", "m3", "m4"]


def test_malformed_and_huge_messages_are_skipped_or_capped_and_the_rest_syncs(
    dovecot, imap_user, client
):
    big = EmailMessage()
    big["From"] = "hr@acme.example"
    big["Subject"] = "Contract"
    big["Message-ID"] = "<big@acme.example>"
    big.set_content("The contract is attached.\n")
    big.add_attachment(bytes(range(256)) * (20 * 4096), maintype="application",
                       subtype="octet-stream", filename="contract.bin")  # fmt: skip
    long_text = message("Long newsletter", body="a line of text\n" * 40_000)  # ~600 KB of text
    uids = {
        imap_user.append("INBOX", load("broken_boundary.eml")): "broken",
        imap_user.append("INBOX", load("unknown_charset.eml")): "charset",
        imap_user.append("INBOX", load("eight_bit_headers.eml")): "8bit",
        imap_user.append("INBOX", bytes(big)): "big",
        imap_user.append("INBOX", long_text): "long",
        imap_user.append("INBOX", b"\r\n\r\n"): "empty",
        imap_user.append("INBOX", message("fine")): "fine",
    }
    account = dovecot.account(imap_user, max_text_bytes=65536)

    result = imap.sync_folder(client, account, "INBOX", None, now())

    by_name = {uids[e.uid]: e for e in result.emails}
    assert set(by_name) == {"broken", "charset", "8bit", "big", "long", "fine"}
    assert "contract is attached" in by_name["big"].text
    assert by_name["long"].truncated
    assert len(by_name["long"].text.encode()) <= 65536
    (skipped,) = result.skipped
    empty_uid = next(u for u, n in uids.items() if n == "empty")
    assert skipped.item.endswith(f"/{empty_uid}")
    assert skipped.reason
    assert sent_bytes(dovecot, imap_user, client) < 2_000_000  # the 20 MB were never sent


def sent_bytes(dovecot, user, client) -> int:
    """Bytes Dovecot sent in this session, from its own log line at logout."""
    imap.disconnect(client)
    pattern = re.compile(rf"imap\({re.escape(user.username)}\).*Logged out in=\d+ out=(\d+)")
    for _ in range(100):
        found = [int(m.group(1)) for m in pattern.finditer(dovecot.log_path.read_text())]
        if found:
            return max(found)
        time.sleep(0.05)
    raise AssertionError("Dovecot logged no logout line for the session")


def test_missing_folder_is_a_source_error(dovecot, imap_user, client):
    with pytest.raises(SourceError, match="Nope"):
        imap.sync_folder(client, dovecot.account(imap_user), "Nope", None, now())
    state = FolderState(uidvalidity=1, uidnext=1, highestmodseq=None, last_uid=0)
    with pytest.raises(SourceError, match="check `folders`"):
        imap.sync_folder(client, dovecot.account(imap_user), "Nope", state, now())


# -- connecting ----------------------------------------------------------------------------


def test_tls_to_a_self_signed_server_is_refused_without_its_ca(dovecot, imap_user):
    account = dovecot.account(imap_user, security="tls", port=dovecot.tls_port)
    with pytest.raises(ConnectionFailed, match="ca_file"):
        imap.connect(account, imap_user.password)


def test_tls_with_the_ca_file_is_accepted(dovecot, imap_user):
    account = dovecot.account(
        imap_user, security="tls", port=dovecot.tls_port, ca_file=str(dovecot.ca_file)
    )
    client = imap.connect(account, imap_user.password)
    try:
        assert client.folder_exists("INBOX")
    finally:
        imap.disconnect(client)


def test_starttls_verifies_too(dovecot, imap_user):
    refused = dovecot.account(imap_user, security="starttls")
    with pytest.raises(ConnectionFailed, match="ca_file"):
        imap.connect(refused, imap_user.password)
    accepted = dataclasses.replace(refused, ca_file=str(dovecot.ca_file))
    client = imap.connect(accepted, imap_user.password)
    imap.disconnect(client)


def test_plaintext_to_a_remote_host_is_refused_before_connecting(dovecot, imap_user):
    account = dovecot.account(imap_user, host="imap.example.net")
    with pytest.raises(ConnectionFailed, match="unencrypted"):
        imap.connect(account, imap_user.password)


def test_wrong_password_is_a_clear_error_without_the_password(dovecot, imap_user):
    with pytest.raises(ConnectionFailed) as caught:
        imap.connect(dovecot.account(imap_user), "not-the-password-123")
    assert "login" in str(caught.value)
    assert imap_user.username in str(caught.value)
    assert "not-the-password-123" not in str(caught.value)


def test_closed_port_is_a_clear_error(dovecot, imap_user):
    account = dovecot.account(imap_user, port=1)
    with pytest.raises(ConnectionFailed, match="cannot connect"):
        imap.connect(account, imap_user.password)


def test_login_is_redacted_in_debug_logs(dovecot, imap_user, caplog):
    caplog.set_level("DEBUG")
    client = imap.connect(dovecot.account(imap_user), imap_user.password)
    imap.disconnect(client)
    assert "LOGIN" in caplog.text
    assert imap_user.password not in caplog.text


# -- folders -------------------------------------------------------------------------------


def test_drafts_folder_is_found_by_special_use(dovecot, imap_user, client):
    assert imap.find_drafts_folder(client, dovecot.account(imap_user)) == "Drafts"


def test_configured_drafts_folder_wins_and_must_exist(dovecot, imap_user, client):
    client.create_folder("Entwürfe")
    chosen = dovecot.account(imap_user, drafts_folder="Entwürfe")
    assert imap.find_drafts_folder(client, chosen) == "Entwürfe"
    with pytest.raises(UserError, match="drafts_folder"):
        imap.find_drafts_folder(client, dovecot.account(imap_user, drafts_folder="Missing"))
