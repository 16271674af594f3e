"""The database schema and its migrations.

`MIGRATIONS[i]` takes a database from version i to i + 1. Add a migration for every change
after a release; never edit one that has shipped. Records are kept whole as JSON (`data`)
beside the few columns that queries filter or join on.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    -- Mail sync state: one row per account folder.
    CREATE TABLE folder_state (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER,
        uidnext INTEGER,
        highestmodseq INTEGER,
        last_uid INTEGER NOT NULL DEFAULT 0,
        synced_at TEXT,
        PRIMARY KEY (account, folder)
    );

    -- Every message read, normalized (records.Email as JSON). `key` is unique per stored copy.
    CREATE TABLE emails (
        key TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        message_id TEXT NOT NULL,
        date TEXT NOT NULL,
        data TEXT NOT NULL,
        understood INTEGER NOT NULL DEFAULT 0,
        has_calendar INTEGER NOT NULL DEFAULT 0  -- carries text/calendar parts (invitations)
    );
    CREATE INDEX emails_message_id ON emails (message_id);
    CREATE INDEX emails_calendar ON emails (date) WHERE has_calendar = 1;
    CREATE INDEX emails_folder ON emails (account, folder);

    -- Local messages read but not stored: dated before the initial-sync bound. Kept with their
    -- date, so the next read skips them unless the bound moves back past that date.
    CREATE TABLE mail_older (
        key TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        date TEXT NOT NULL
    );

    -- Items that could not be used, with the reason (never their content).
    CREATE TABLE skipped (
        source TEXT NOT NULL,
        item TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (source, item)
    );

    -- What each message means (records.Classification as JSON), once per Message-ID.
    CREATE TABLE classifications (
        message_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        opportunity TEXT,
        data TEXT NOT NULL
    );

    CREATE TABLE opportunities (
        id TEXT PRIMARY KEY,
        company TEXT NOT NULL,
        stage TEXT NOT NULL,
        data TEXT NOT NULL
    );

    -- Calendar events as last read from each source (records.CalendarEvent as JSON).
    CREATE TABLE calendar_events (
        source TEXT NOT NULL,
        uid TEXT NOT NULL,
        recurrence_id TEXT NOT NULL DEFAULT '',
        start TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (source, uid, recurrence_id)
    );

    -- HTTP validators for .ics URLs (ETag / Last-Modified) and the last body.
    CREATE TABLE http_cache (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        body BLOB
    );

    -- Interviews (records.Interview as JSON), one per UID + RECURRENCE-ID.
    CREATE TABLE interviews (
        key TEXT PRIMARY KEY,
        start TEXT NOT NULL,
        data TEXT NOT NULL
    );

    -- The user's word about an interview: missed, attended, cant_attend(_emergency).
    CREATE TABLE decisions (
        interview_key TEXT NOT NULL,
        decision TEXT NOT NULL,
        reason TEXT,
        at TEXT NOT NULL,
        PRIMARY KEY (interview_key, decision)
    );

    -- The approval queue. `key` is the trigger key: one draft per trigger, ever.
    CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        due TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX drafts_state ON drafts (state, due);

    -- Every state change of a draft, with when and why.
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id TEXT NOT NULL,
        at TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        cause TEXT NOT NULL
    );
    CREATE INDEX audit_draft ON audit (draft_id);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
