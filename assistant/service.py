"""`assistant run`: the background service. Scheduler jobs call the pipeline; nothing else.

Three APScheduler 3.x interval jobs: mail (sync + understand + plan), calendars (the same for
calendars) and policy (plan, so time-based drafts such as a thank-you two hours after an
interview appear without new mail; and finish approved deliveries a crash interrupted).
One worker thread: jobs never overlap on the database. Each job opens its own connection
(SQLite connections belong to one thread), turns any error into a logged line and a
`last_error` health entry, and the service keeps running. IMAP logins are kept open between
mail cycles, so a cycle with no new mail costs one STATUS per folder. SIGINT and SIGTERM stop
it cleanly: the running job finishes, then the process exits.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from assistant import calsync, mailsync, pipeline
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.paths import database_path
from assistant.store import Database

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def run_job(
    name: str,
    settings: Settings,
    work: Callable[[Database, datetime], list[str]],
    clock: Clock = _utcnow,
) -> bool:
    """Run one job with its own connection; record health. True when it had no error."""
    now = clock()
    db = Database(database_path(settings))
    try:
        errors = work(db, now)
    except AssistantError as exc:
        errors = [str(exc)]
    except Exception as exc:  # a job must never take the service down
        logger.exception("%s job failed unexpectedly", name)
        errors = [f"{name}: unexpected {type(exc).__name__}: {exc}"]
    try:
        db.set_meta(f"last_{name}", now.isoformat())
        db.set_meta("last_sync", now.isoformat())
        db.set_meta("last_error", f"{now.isoformat()} {errors[-1]}" if errors else "")
    finally:
        db.close()
    for error in errors:
        logger.error("%s: %s", name, error)
    return not errors


def mail_job(
    settings: Settings, db: Database, now: datetime, sessions: mailsync.ImapSessions | None = None
) -> list[str]:
    report = mailsync.sync_mail(settings, db, now, sessions=sessions)
    pipeline.understand_and_plan(settings, db, now)
    return list(report.errors)


def calendar_job(settings: Settings, db: Database, now: datetime) -> list[str]:
    report = calsync.sync_calendars(settings, db, now)
    pipeline.understand_and_plan(settings, db, now)
    return list(report.errors)


def policy_job(settings: Settings, db: Database, now: datetime) -> list[str]:
    pipeline.understand_and_plan(settings, db, now)
    return pipeline.finish_deliveries(settings, db, now)


def build_scheduler(
    settings: Settings, clock: Clock = _utcnow, sessions: mailsync.ImapSessions | None = None
) -> BackgroundScheduler:
    """The three jobs; `sessions` keeps IMAP logins open between mail cycles (one worker
    thread uses them, so they are never shared between threads)."""
    scheduler = BackgroundScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
        timezone=UTC,
    )
    start = clock() + timedelta(seconds=1)
    jobs: tuple[tuple[str, Callable[[Settings, Database, datetime], list[str]], timedelta], ...] = (
        ("mail", partial(mail_job, sessions=sessions), settings.schedule.mail_interval),
        ("calendar", calendar_job, settings.schedule.calendar_interval),
        ("policy", policy_job, settings.schedule.policy_interval),
    )
    for offset, (name, work, interval) in enumerate(jobs):
        scheduler.add_job(
            run_job,
            "interval",
            seconds=interval.total_seconds(),
            next_run_time=start + timedelta(seconds=offset),
            args=(name, settings, lambda db, now, w=work: w(settings, db, now), clock),
            id=name,
            name=name,
        )
    return scheduler


def run_forever(
    settings: Settings,
    stop: threading.Event | None = None,
    ready: Callable[[], None] | None = None,
) -> None:
    """Run until SIGINT/SIGTERM (or `stop` is set); the running job finishes first.

    `ready` is called once the signal handlers are in place, so whoever is told "running"
    can stop the service cleanly from that moment on.
    """
    stop = stop or threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, lambda *_: stop.set())
    sessions = mailsync.ImapSessions()
    scheduler = build_scheduler(settings, sessions=sessions)
    scheduler.start()
    if ready is not None:
        ready()
    logger.info(
        "service started: mail every %s, calendars every %s",
        settings.schedule.mail_interval,
        settings.schedule.calendar_interval,
    )
    try:
        stop.wait()
    finally:
        scheduler.pause()  # no new job is submitted while the executor shuts down
        scheduler.shutdown(wait=True)
        sessions.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        logger.info("service stopped")
