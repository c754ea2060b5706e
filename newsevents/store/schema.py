"""The SQLite schema as an ordered list of migrations, and the code that applies them.

Each migration is `(version, sql)`. Versions only grow; a migration, once released, is never edited —
a change to the schema is a new entry at the end. `migrate` applies every missing version in order,
each inside its own transaction together with its `schema_version` row, so a crash leaves the
database at a whole version.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime, timezone

from ..errors import StoreError

_V1_CORE = """
CREATE TABLE articles (
    pk           INTEGER PRIMARY KEY,          -- stable rowid for the FTS index
    id           TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title        TEXT,
    url          TEXT,
    published    TEXT,
    source       TEXT,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE TABLE events (
    event_id   TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,                -- position among the article's events
    event_type TEXT NOT NULL,
    status     TEXT NOT NULL,
    date_start TEXT,
    date_end   TEXT,
    country    TEXT,
    lat        REAL,
    lon        REAL,
    json       TEXT NOT NULL                    -- the full contract JSON
);
CREATE INDEX events_article ON events(article_id, seq);
CREATE INDEX events_date ON events(date_start);
CREATE INDEX events_type ON events(event_type);
CREATE INDEX events_country ON events(country);

CREATE TABLE incidents (
    incident_id TEXT PRIMARY KEY,
    event_type  TEXT NOT NULL,
    status      TEXT NOT NULL,
    date_start  TEXT,
    date_end    TEXT,
    country     TEXT,
    lat         REAL,
    lon         REAL,
    fatalities  INTEGER,
    json        TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(date_start, incident_id);
CREATE INDEX incidents_country ON incidents(country);

CREATE TABLE incident_events (
    incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    event_id    TEXT NOT NULL UNIQUE REFERENCES events(event_id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, event_id)
);

CREATE TABLE incident_articles (
    incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, article_id)
);
CREATE INDEX incident_articles_article ON incident_articles(article_id);
"""

_V2_RUN_LOG = """
CREATE TABLE runs (
    run_id      INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT
);

CREATE TABLE article_outcomes (
    run_id      INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('ok', 'skipped', 'failed')),
    reason      TEXT,
    stage       TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX article_outcomes_run ON article_outcomes(run_id, outcome);
"""

_V3_MERGING = """
ALTER TABLE incidents ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;   -- saved, not yet merged across articles
CREATE INDEX incidents_pending ON incidents(pending) WHERE pending = 1;
CREATE INDEX incidents_type ON incidents(event_type);
CREATE INDEX incidents_latlon ON incidents(lat, lon);
CREATE INDEX events_end ON events(date_end);
CREATE INDEX events_latlon ON events(lat, lon);

-- perpetrators' canonical and surface names, lower-cased, for the actor filter
CREATE TABLE incident_actors (
    incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    actor       TEXT NOT NULL,
    PRIMARY KEY (incident_id, actor)
);
CREATE INDEX incident_actors_actor ON incident_actors(actor);
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
    actor    TEXT NOT NULL,
    PRIMARY KEY (event_id, actor)
);
CREATE INDEX event_actors_actor ON event_actors(actor);

INSERT OR IGNORE INTO incident_actors(incident_id, actor)
    SELECT i.incident_id, lower(json_extract(p.value, '$.canonical')) FROM incidents i, json_each(i.json, '$.perpetrators') p
    WHERE json_extract(p.value, '$.canonical') IS NOT NULL;
INSERT OR IGNORE INTO incident_actors(incident_id, actor)
    SELECT i.incident_id, lower(json_extract(p.value, '$.name')) FROM incidents i, json_each(i.json, '$.perpetrators') p;
INSERT OR IGNORE INTO event_actors(event_id, actor)
    SELECT e.event_id, lower(json_extract(p.value, '$.canonical')) FROM events e, json_each(e.json, '$.perpetrators') p
    WHERE json_extract(p.value, '$.canonical') IS NOT NULL;
INSERT OR IGNORE INTO event_actors(event_id, actor)
    SELECT e.event_id, lower(json_extract(p.value, '$.name')) FROM events e, json_each(e.json, '$.perpetrators') p;
"""

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, _V1_CORE),
    (2, _V2_RUN_LOG),
    (3, _V3_MERGING),
)

LATEST_VERSION = MIGRATIONS[-1][0]


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def current_version(conn: sqlite3.Connection) -> int:
    """The highest applied version, 0 for an empty database (creates the version table if absent)."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version "
                 "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, migrations: Sequence[tuple[int, str]] = MIGRATIONS,
            *, where: str = "database") -> int:
    """Bring `conn` (opened with isolation_level=None) up to the last of `migrations`; return that version.

    Raises StoreError when the database is on a version newer than any migration known here.
    """
    known = migrations[-1][0] if migrations else 0
    have = current_version(conn)
    if have > known:
        raise StoreError(f"{where} has schema version {have}, newer than this newsevents knows ({known}); "
                         "upgrade newsevents to open it", stage="store")
    for version, sql in migrations:
        if version <= have:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)", (version, now_utc()))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migrating {where} to schema version {version} failed: {exc}",
                             stage="store") from exc
        have = version
    return have


def _statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies keep their inner semicolons)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        stripped = line.split("--", 1)[0]
        buf += stripped
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
