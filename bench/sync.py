"""Benchmark: first mail sync and no-change cycle against a throwaway Dovecot, with baselines.

Run from the repository root: `python bench/sync.py` (or `--sizes 1000` for a quick run).
For each mailbox size N it loads N generated messages (mixed sizes: short notes, HTML
newsletters, long texts, some with 40-300 KiB attachments) into a Dovecot started with the
test fixture's server class (mailbox on /dev/shm when it exists), then prints:

- first sync: `mailsync.sync_mail` (fetch, parse, store into a temp SQLite file), in a fresh
  child process, so its peak RSS (`resource.getrusage`) is the sync's own; the peak RSS of its
  parser worker process (`mailworker`) is printed apart; and the database size per message;
- baselines: a batched UID FETCH of RFC822.SIZE, BODYSTRUCTURE, BODY.PEEK[HEADER] and
  BODY.PEEK[TEXT]<0.262144> (the same information, 500 UIDs a command) with imapclient and with
  plain imaplib, median of 3; and the ratios of the sync to both;
- the no-change cycle (median of 15): `sync_mail` with a kept connection (one STATUS per folder,
  plus the SQLite read of the folder state), `sync_folder` alone, and `sync_mail` that connects
  and logs in each time.

Targets (issue 2): first sync <= 2x the imapclient fetch; no-change <= 20 ms and flat from
1,000 to 10,000 messages; peak RSS <= 150 MB at 10,000. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import imaplib
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import mailsync  # noqa: E402
from assistant.config import Account, Identity, Settings  # noqa: E402
from assistant.sources import imap  # noqa: E402
from assistant.store import Database  # noqa: E402
from assistant.store import mail as mail_store  # noqa: E402
from tests.servers.dovecot import DovecotServer  # noqa: E402

BATCH = 500
SETTLE = 5.0
ITEMS = ["RFC822.SIZE", "BODYSTRUCTURE", "BODY.PEEK[HEADER]", "BODY.PEEK[TEXT]<0.262144>"]
WORDS = (
    "interview",
    "schedule",
    "thank",
    "you",
    "application",
    "position",
    "team",
    "role",
    "feedback",
    "next",
    "steps",
    "recruiter",
    "update",
    "meeting",
    "availability",
    "candidate",
    "offer",
    "hiring",
    "manager",
    "process",
    "week",
)


def messages(n: int, seed: int = 7) -> Iterator[bytes]:
    """N varied messages, generated one at a time (the loader never holds them all)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    for i in range(n):
        kind = rng.random()
        msg = EmailMessage()
        msg["From"] = f"Person {i % 97} <p{i % 97}@company{i % 13}.example>"
        msg["To"] = "alex@example.net"
        msg["Subject"] = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} #{i}"
        msg["Message-ID"] = f"<bench-{i}@company{i % 13}.example>"
        msg["Date"] = "Fri, 20 Nov 2026 10:00:00 +0000"
        words = rng.randint(30, 400) if kind < 0.9 else rng.randint(8000, 20000)
        text = " ".join(rng.choice(WORDS) for _ in range(words))
        msg.set_content(text + "\n")
        if 0.6 <= kind < 0.8:
            msg.add_alternative(f"<html><body><p>{text}</p></body></html>", subtype="html")
        if 0.8 <= kind < 0.9 or kind >= 0.97:
            blob = rng.randbytes(rng.randint(40_000, 300_000))
            msg.add_attachment(blob, maintype="application", subtype="pdf", filename="cv.pdf")
        yield bytes(msg)


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def imapclient_fetch(account: Account, password: str) -> None:
    client = imap.connect(account, password)
    client.select_folder("INBOX", readonly=True)
    uids = client.search("ALL")
    for start in range(0, len(uids), BATCH):
        client.fetch(uids[start : start + BATCH], ITEMS)
    imap.disconnect(client)


def imaplib_fetch(account: Account, password: str) -> None:
    conn = imaplib.IMAP4(account.host, account.port)
    conn.login(account.username, password)
    conn.select("INBOX", readonly=True)
    _, data = conn.uid("SEARCH", "ALL")
    uids = data[0].split()
    for start in range(0, len(uids), BATCH):
        conn.uid("FETCH", b",".join(uids[start : start + BATCH]).decode(), f"({' '.join(ITEMS)})")
    conn.logout()


def child(account_json: str, password: str, db_path: str) -> None:
    """Runs in a fresh process: the first sync, then the no-change cycles; prints JSON."""
    account = Account(**{**json.loads(account_json), "folders": ("INBOX",)})
    settings = Settings(
        identity=Identity(name="Bench", email="alex@example.net"), accounts=(account,)
    )
    db = Database(db_path)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    report = mailsync.sync_mail(settings, db, datetime.now(UTC))
    first = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    hwm = _vm_hwm_kb()
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the parser worker
    db_bytes = sum(p.stat().st_size for p in Path(db_path).parent.glob("bench.sqlite3*"))
    sessions = mailsync.ImapSessions()
    mailsync.sync_mail(settings, db, datetime.now(UTC), sessions=sessions)  # warm the connection
    right_after = median_time(
        lambda: mailsync.sync_mail(settings, db, datetime.now(UTC), sessions=sessions), 5
    )
    time.sleep(SETTLE)  # Dovecot's checks are slower for a few seconds after a change
    kept = median_time(
        lambda: mailsync.sync_mail(settings, db, datetime.now(UTC), sessions=sessions), 15
    )
    client, _ = sessions.get(account)
    state = mail_store.get_folder_state(db, account.name, "INBOX")
    folder_only = median_time(
        lambda: imap.sync_folder(client, account, "INBOX", state, datetime.now(UTC)), 15
    )
    sessions.close()
    fresh = median_time(lambda: mailsync.sync_mail(settings, db, datetime.now(UTC)), 15)
    print(json.dumps({
        "read": report.messages_read, "skipped": len(report.skipped), "errors": report.errors,
        "stored": mail_store.count_emails(db), "first": first, "rss_mb": rss / 1024,
        "rss_start_mb": rss_before / 1024, "kept": kept, "folder_only": folder_only,
        "fresh": fresh, "right_after": right_after, "hwm_mb": hwm / 1024,
        "worker_mb": worker / 1024, "db_mb": db_bytes / 2**20,
    }))  # fmt: skip
    db.close()


def _vm_hwm_kb() -> float:
    """This process's own peak RSS. ru_maxrss of a child started by fork+exec also counts the
    parent's RSS at the fork (Linux keeps the high-water mark across exec); VmHWM does not."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return float(line.split()[1])
    return float("nan")


def run_size(server: DovecotServer, n: int) -> dict[str, float]:
    user = server.new_user()
    start = time.perf_counter()
    client = user.client()
    batch: list[bytes] = []
    for raw in messages(n):
        batch.append(raw)
        if len(batch) == 200:
            client.multiappend("INBOX", batch)
            batch = []
    if batch:
        client.multiappend("INBOX", batch)
    client.logout()
    load = time.perf_counter() - start
    account = server.account(user, name=f"bench{n}", fetch_batch=BATCH)
    names = ("name", "kind", "host", "port", "security", "username", "password_command",
             "fetch_batch", "max_text_bytes", "timeout")  # fmt: skip
    fields = {k: getattr(account, k) for k in names}
    # Warm Dovecot (first SELECT moves new/ to cur/, the first FETCH builds its cache file) so
    # the sync and the baselines below all meet a server in the same state.
    imapclient_fetch(account, user.password)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = str(Path(tmp) / "bench.sqlite3")
        command = [sys.executable, __file__, "--child", json.dumps(fields), user.password, db_path]
        out = subprocess.run(command, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["load"] = load
    result["imapclient"] = median_time(lambda: imapclient_fetch(account, user.password), 3)
    result["imaplib"] = median_time(lambda: imaplib_fetch(account, user.password), 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--child", nargs=3, metavar=("ACCOUNT", "PASSWORD", "DB"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as root, DovecotServer(Path(root), tmpfs=True) as server:
        print(f"Dovecot on {server.host}:{server.port}, mail in {server.mail_root}")
        rows = {n: run_size(server, n) for n in args.sizes}
    for n, r in rows.items():
        print(f"\n== {n:,} messages (loaded in {r['load']:.1f} s) ==")
        print(
            f"first sync (fetch+parse+store): {r['first']:.2f} s  "
            f"read {r['read']}, skipped {r['skipped']}, stored {r['stored']}, errors {r['errors']}"
        )
        print(
            f"imapclient batched UID FETCH:   {r['imapclient']:.2f} s  "
            f"ratio sync/imapclient {r['first'] / r['imapclient']:.2f} (target <= 2)"
        )
        print(
            f"imaplib batched UID FETCH:      {r['imaplib']:.2f} s  "
            f"ratio sync/imaplib {r['first'] / r['imaplib']:.2f}"
        )
        print(
            f"no-change cycle, kept connection (sync_mail): {r['kept'] * 1000:.2f} ms"
            " (target <= 20)"
            f"; right after the first sync: {r['right_after'] * 1000:.2f} ms"
        )
        print(f"no-change cycle, sync_folder only (STATUS):   {r['folder_only'] * 1000:.2f} ms")
        print(f"no-change cycle, connect + login each time:   {r['fresh'] * 1000:.2f} ms")
        print(f"peak RSS of the sync process: VmHWM {r['hwm_mb']:.0f} MB, ru_maxrss "
              f"{r['rss_mb']:.0f} MB (ru_maxrss at start {r['rss_start_mb']:.0f} MB, inherited "
              "from the parent at fork; target <= 150)")  # fmt: skip
        print(f"peak RSS of the parser worker process: {r['worker_mb']:.0f} MB")
        print(f"per message: first sync {r['first'] / n * 1000:.2f} ms, database "
              f"{r['db_mb'] / n * 1000:.1f} MB per 1,000 messages")  # fmt: skip


if __name__ == "__main__":
    main()
