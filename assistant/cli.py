"""The `assistant` command line: parse arguments, load config, call the pipeline, map errors.

The only module that imports argparse and prints. Exit codes (SPEC section 3): 0 ok, 1 runtime
failure, 2 bad usage or config. Errors become one plain line here (`UserError`) or a short
"unexpected" line with the traceback at -v, never a traceback for the user by default.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from assistant import __version__, views
from assistant.config import Settings, load_settings, settings_from_dict
from assistant.errors import AssistantError, ConfigError, UserError

logger = logging.getLogger("assistant")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and of `python -m assistant`."""
    parser = _parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        if args.now:
            _parse_now(args.now)  # a typo in --now is bad usage for every command
        handler: Handler = args.handler
        return handler(args)
    except ConfigError as exc:
        print(f"assistant: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"assistant: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except AssistantError as exc:
        logger.debug("failure", exc_info=True)
        print(f"assistant: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("assistant: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `assistant queue | head`: the reader left; stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the last line of defence: one line, details at -v
        logger.debug("unexpected error", exc_info=True)
        print(
            f"assistant: unexpected error: {type(exc).__name__}: {exc} (run with -v for details, "
            "and please report it)",
            file=sys.stderr,
        )
        return EXIT_FAILURE


def _configure_logging(verbosity: int) -> None:
    level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if verbosity < 3:
        # imapclient logs protocol lines at DEBUG; they may hold message text.
        logging.getLogger("imapclient").setLevel(max(level, logging.INFO))


# -- arguments ---------------------------------------------------------------------------------


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted before and after the command name.

    After it they default to SUPPRESS, so `assistant --config X queue` keeps X instead of
    the subcommand's default overwriting it.
    """
    common = argparse.ArgumentParser(add_help=False)

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    common.add_argument(
        "--config",
        type=Path,
        default=default(None),
        help="config file (default: $ASSISTANT_CONFIG, else config.toml in your config folder)",
    )
    common.add_argument(
        "--now",
        metavar="ISO-8601",
        default=default(None),
        help="pretend it is this moment (replays a run); without an offset, your time zone",
    )
    common.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default(0),
        help="more detail (-vv for debugging)",
    )
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common_options(suppress=True)
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Notices missed, upcoming and finished job interviews and rejections, and "
        "queues the right follow-up draft for your approval. Nothing is sent without your yes.",
        parents=[_common_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"assistant {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, "write a starter config and store your password in the keyring")
    p.add_argument("--force", action="store_true", help="overwrite an existing config file")
    p.add_argument("--no-password", action="store_true", help="do not ask for a password")
    command("check", cmd_check, "check the config, log in, find the Drafts folder, read calendars")
    p = command("scan", cmd_scan, "one full cycle: read mail and calendars, queue what is due")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    command("run", cmd_run, "keep running in the background until stopped (Ctrl-C)")
    p = command("queue", cmd_queue, "drafts and reminders waiting for you")
    p.add_argument("--all", action="store_true", help="include approved, sent and dismissed ones")
    p.add_argument("--json", action="store_true", help="print as JSON")
    for name, handler, text in (
        ("show", cmd_show, "show one draft in full"),
        ("edit", cmd_edit, "edit one draft in $EDITOR"),
        ("dismiss", cmd_dismiss, "dismiss one draft; it will not come back"),
    ):
        command(name, handler, text).add_argument("id", help="the draft id from `assistant queue`")
    p = command(
        "approve", cmd_approve, "approve one draft: it goes to your Drafts folder (or is sent)"
    )
    p.add_argument("id", help="the draft id from `assistant queue`")
    p.add_argument(
        "--resend",
        action="store_true",
        help="send again a draft whose delivery could not be confirmed "
        "(check your Sent folder first)",
    )
    p = command("interviews", cmd_interviews, "the interviews the assistant knows about")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.add_argument("--ics", type=Path, metavar="FILE", help="read this .ics file instead (offline)")
    p.add_argument("--from", dest="start", metavar="DATE", help="with --ics: window start")
    p.add_argument("--to", dest="end", metavar="DATE", help="with --ics: window end")
    p = command("missed", cmd_missed, "tell the assistant you missed an interview")
    p.add_argument("id", help="the interview id from `assistant interviews`")
    p.add_argument("--reason", help="your own short, honest reason (optional)")
    p = command("attended", cmd_attended, "tell the assistant you attended an interview")
    p.add_argument("id", help="the interview id from `assistant interviews`")
    p = command("cant-attend", cmd_cant_attend, "you cannot make an upcoming interview")
    p.add_argument("id", help="the interview id from `assistant interviews`")
    p.add_argument("--emergency", action="store_true", help="short notice: apologize for it")
    p.add_argument("--reason", help="your own short reason (optional; keep it private)")
    p = command("status", cmd_status, "each opportunity's stage and next step, and service health")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p = command("classify", cmd_classify, "classify .eml files offline")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.eml")
    p.add_argument("--json", action="store_true", help="one JSON object per line per file")
    p = command("demo", cmd_demo, "run the whole pipeline on bundled sample data (no network)")
    p.add_argument("--json", action="store_true", help="print the queue as JSON")
    return parser


# -- shared helpers ----------------------------------------------------------------------------


def _config_path(args: argparse.Namespace) -> Path:
    from assistant.paths import default_config_path

    if args.config:
        return Path(args.config).expanduser()
    env = os.environ.get("ASSISTANT_CONFIG")
    return Path(env).expanduser() if env else default_config_path()


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(_config_path(args))


def _offline_settings(args: argparse.Namespace) -> Settings:
    """Offline commands work without any config: the file is used when there is one."""
    path = _config_path(args)
    if args.config or path.exists():
        return load_settings(path)
    return settings_from_dict({"identity": {"name": "You", "email": "you@example.invalid"}})


def _parse_now(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(
            f'--now must be an ISO-8601 time such as "2026-11-20T15:00:00Z", got "{text}"'
        ) from None


def _now(args: argparse.Namespace, settings: Settings) -> datetime:
    if not args.now:
        return datetime.now(UTC)
    moment = _parse_now(args.now)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=settings.identity.tz)
    return moment.astimezone(UTC)


def _open_db(settings: Settings) -> Any:
    from assistant.paths import database_path
    from assistant.store import Database

    return Database(database_path(settings))


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# -- commands ----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from assistant import setup

    path = _config_path(args)
    lines = setup.init(
        path, force=args.force, ask_password=not args.no_password and sys.stdin.isatty()
    )
    for line in lines:
        print(line)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from assistant import calsync, mailsync

    print(f"config: {settings.source} is valid")
    lines = mailsync.check_accounts(settings) + calsync.check_calendars(settings)
    if not settings.accounts:
        lines.append("note: no [[accounts]] configured; add one to read your mail")
    if not settings.calendars:
        lines.append("note: no [[calendars]] configured; add one so interviews are found")
    problems = [line for line in lines if line.startswith("problem: ")]
    for line in lines:
        print(line)
    print("all good" if not problems else f"{len(problems)} problem(s) to fix")
    return EXIT_FAILURE if problems else EXIT_OK


def cmd_scan(args: argparse.Namespace) -> int:
    from assistant import pipeline
    from assistant.progress import Progress

    settings = _settings(args)
    now = _now(args, settings)
    db = _open_db(settings)
    with Progress(enabled=not args.json and sys.stderr.isatty()) as progress:
        report = pipeline.run_once(settings, db, now, progress.update)
    if args.json:
        _print_json(report.to_json())
    else:
        print(
            f"Read {report.messages_read} new message(s) "
            f"and {report.events_read} calendar event(s)."
        )
        if report.queued:
            print(f"{len(report.queued)} new draft(s) waiting for you:")
            for draft_id, kind, subject in report.queued:
                print(f"  {draft_id}  {kind:<18} {views.short(subject, 60)}")
            print("Review them with `assistant queue` and `assistant show ID`.")
        else:
            print("Nothing new needs your attention.")
        if report.withdrawn:
            print(f"{len(report.withdrawn)} draft(s) withdrawn because plans changed.")
        for skipped in report.skipped:
            print(f"skipped {skipped.source} {skipped.item}: {skipped.reason}", file=sys.stderr)
        for error in report.errors:
            print(f"error: {error}", file=sys.stderr)
    return EXIT_FAILURE if report.errors else EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    from assistant import service

    settings = _settings(args)
    service.run_forever(
        settings,
        ready=lambda: print("The assistant is running. Press Ctrl-C to stop.", file=sys.stderr),
    )
    print("Stopped cleanly.", file=sys.stderr)
    return EXIT_OK


def cmd_queue(args: argparse.Namespace) -> int:
    from assistant.store import queue as queue_store

    settings = _settings(args)
    items = queue_store.list_queue(_open_db(settings), all=args.all)
    if args.json:
        _print_json([queue_store.queue_item_to_json(q) for q in items])
        return EXIT_OK
    print(views.queue_table(items, settings))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from assistant import review
    from assistant.store import queue as queue_store

    settings = _settings(args)
    print(review.show_text(queue_store.get(_open_db(settings), args.id)))
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from assistant import review
    from assistant.store import queue as queue_store

    settings = _settings(args)
    db = _open_db(settings)
    queued = queue_store.get(db, args.id)
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"draft-{queued.id}.eml"
        original = queued.draft.message or queued.draft.body.encode()
        path.write_bytes(original.replace(b"\r\n", b"\n"))
        result = subprocess.run([*shlex.split(editor), str(path)], check=False)
        if result.returncode != 0:
            raise UserError(
                f"the editor ({editor}) exited with status {result.returncode}; nothing changed"
            )
        edited = path.read_bytes()
    if edited.replace(b"\r\n", b"\n") == original.replace(b"\r\n", b"\n"):
        print("No changes.")
        return EXIT_OK
    review.edit_message(db, queued.id, edited, settings.identity, _now(args, settings))
    print(f"Saved. Approve it with `assistant approve {queued.id}`.")
    return EXIT_OK


def cmd_approve(args: argparse.Namespace) -> int:
    from assistant import review

    settings = _settings(args)
    db = _open_db(settings)
    now = _now(args, settings)
    outcome = review.approve(db, review.make_deliverer(settings), args.id, now, resend=args.resend)
    print(outcome.message)
    return EXIT_OK


def cmd_dismiss(args: argparse.Namespace) -> int:
    from assistant.store import queue as queue_store

    settings = _settings(args)
    db = _open_db(settings)
    queued = queue_store.get(db, args.id)
    queue_store.dismiss(db, queued.id, _now(args, settings), cause="dismissed by you")
    print(f"Dismissed {queued.id}. It will not come back.")
    return EXIT_OK


def cmd_interviews(args: argparse.Namespace) -> int:
    from assistant import calsync
    from assistant.detect.interviews import find_interviews, interview_to_json, status_at
    from assistant.store import calendar as calendar_store

    if args.ics:
        settings = _offline_settings(args)
        now = _now(args, settings)
        start = _date_arg(args.start, settings, now - timedelta(days=30), "--from")
        end = _date_arg(args.end, settings, now + timedelta(days=60), "--to")
        result = calsync.read_ics_file(args.ics, start, end, settings)
        interviews = find_interviews(
            result.events, own_addresses=settings.identity.addresses, employer_domains={}, now=now
        )
        for skipped in result.skipped:
            print(f"skipped {skipped.item}: {skipped.reason}", file=sys.stderr)
    else:
        settings = _settings(args)
        now = _now(args, settings)
        interviews = [status_at(i, now) for i in calendar_store.load_interviews(_open_db(settings))]
    interviews = sorted(interviews, key=lambda i: (i.start, i.uid))
    if args.json:
        _print_json([interview_to_json(i) for i in interviews])
        return EXIT_OK
    print(views.interviews_table(interviews, settings))
    return EXIT_OK


def _date_arg(text: str | None, settings: Settings, default: datetime, flag: str) -> datetime:
    if not text:
        return default
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f'{flag} must be a date such as "2026-11-01", got "{text}"') from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=settings.identity.tz)
    return moment.astimezone(UTC)


def _resolve_interview(db: Any, ident: str) -> Any:
    from assistant.store import calendar as calendar_store

    interviews = calendar_store.load_interviews(db)
    matches = [i for i in interviews if i.short_id == ident or i.uid == ident]
    if not matches:
        matches = [i for i in interviews if i.uid.startswith(ident)]
    if len(matches) != 1:
        what = "no interview" if not matches else f"{len(matches)} interviews"
        raise UserError(f'{what} match "{ident}"; see the ID column of `assistant interviews`.')
    return matches[0]


def _decide(args: argparse.Namespace, decision: Any, reason: str | None = None) -> int:
    from assistant import pipeline
    from assistant.store import calendar as calendar_store

    settings = _settings(args)
    db = _open_db(settings)
    now = _now(args, settings)
    interview = _resolve_interview(db, args.id)
    calendar_store.record_decision(db, interview.key, decision, reason, now)
    plan = pipeline.understand_and_plan(settings, db, now)
    when = views.local(interview.start, settings)
    print(f"Noted for {interview.company or interview.title} ({when}).")
    for draft_id, kind, subject in plan.queued:
        print(f"Queued {kind} {draft_id}: {subject}")
        print(f"  Read it with `assistant show {draft_id}`, then `assistant approve {draft_id}`.")
    return EXIT_OK


def cmd_missed(args: argparse.Namespace) -> int:
    from assistant.records import UserDecision

    return _decide(args, UserDecision.MISSED, args.reason)


def cmd_attended(args: argparse.Namespace) -> int:
    from assistant.records import UserDecision

    return _decide(args, UserDecision.ATTENDED)


def cmd_cant_attend(args: argparse.Namespace) -> int:
    from assistant.records import UserDecision

    decision = UserDecision.CANT_ATTEND_EMERGENCY if args.emergency else UserDecision.CANT_ATTEND
    return _decide(args, decision, args.reason)


def cmd_status(args: argparse.Namespace) -> int:
    from assistant import understanding

    settings = _settings(args)
    db = _open_db(settings)
    now = _now(args, settings)
    rows = understanding.status_rows(db)
    upcoming = views.next_steps(db, now)
    for row in rows:
        row["next"] = upcoming.get(row["id"])
    health = {
        "last_sync": db.get_meta("last_sync"),
        "last_error": db.get_meta("last_error") or None,
    }
    if args.json:
        _print_json({"opportunities": rows, "service": health})
        return EXIT_OK
    print(views.status_table(rows, settings))
    print(f"\nLast sync: {health['last_sync'] or 'never'}")
    if health["last_error"]:
        print(f"Last error: {health['last_error']}")
    return EXIT_OK


def cmd_classify(args: argparse.Namespace) -> int:
    from assistant.detect import classify_files

    settings = _offline_settings(args)
    failed = 0
    rows: list[list[str]] = []
    for path, result in classify_files(args.files, own_addresses=settings.identity.addresses):
        if isinstance(result, (OSError, AssistantError)):
            failed += 1
            reason = (result.strerror if isinstance(result, OSError) and result.strerror
                      else str(result))
            print(f"assistant: {path}: cannot classify: {reason}", file=sys.stderr)
            continue
        if args.json:
            print(json.dumps(views.classification_json(path, result), ensure_ascii=False))
        else:
            rows.append(views.classification_row(path, result))
    if rows:
        print(views.table(rows, views.CLASSIFICATION_HEADERS))
    return EXIT_FAILURE if failed else EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from assistant import demo, review
    from assistant.store import queue as queue_store

    result = demo.run(now_override=args.now)
    if args.json:
        _print_json([queue_store.queue_item_to_json(q) for q in result.queue])
        return EXIT_OK
    print(result.intro)
    print()
    print(views.queue_table(result.queue, result.settings))
    if result.featured is not None:
        print(f"\nHere is one of them in full (`assistant show {result.featured.id}`):\n")
        print(review.show_text(result.featured))
    print(f"\n{result.outro}")
    return EXIT_OK
