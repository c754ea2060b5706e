"""The PostgreSQL schema as an ordered list of migrations (the same rules as schema.py's for SQLite).

Points are PostGIS `geometry(Point, 4326)` columns computed from lat/lon (GiST-indexed for the bbox
filter); article text carries a `tsvector` (GIN) for full-text search with the `simple` configuration
(no stemming, like SQLite's unicode61 tokenizer, so both backends find the same articles); the full
record JSON is JSONB; `actors` holds the lower-cased canonical and surface names of the perpetrators
(GIN) for the actor filter. Ids sort bytewise (COLLATE "C"), as they do in SQLite.
"""
from __future__ import annotations

from collections.abc import Sequence

import psycopg

from ..errors import StoreError

_POINT = ("geom geometry(Point, 4326) GENERATED ALWAYS AS (CASE WHEN lat IS NULL OR lon IS NULL THEN NULL "
          "ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED")

_V1_CORE = f"""
CREATE TABLE articles (
    pk           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,     -- ingestion order
    id           text COLLATE "C" NOT NULL UNIQUE,
    content_hash text NOT NULL,
    title        text,
    url          text,
    published    date,
    source       text,
    text         text NOT NULL,
    ingested_at  timestamptz NOT NULL DEFAULT now(),
    tsv          tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '')), 'A')
                                               || setweight(to_tsvector('simple', text), 'B')) STORED
);
CREATE INDEX articles_tsv ON articles USING gin (tsv);

CREATE TABLE events (
    event_id   text COLLATE "C" PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        integer NOT NULL,                 -- position among the article's events
    event_type text NOT NULL,
    status     text NOT NULL,
    date_start date,
    date_end   date,
    country    text,
    lat        double precision,
    lon        double precision,
    {_POINT},
    actors     text[] NOT NULL DEFAULT '{{}}',
    json       jsonb NOT NULL                    -- the full contract JSON
);
CREATE INDEX events_article ON events (article_id, seq);
CREATE INDEX events_date ON events (date_start, event_id);
CREATE INDEX events_date_end ON events (date_end);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_country ON events (country);
CREATE INDEX events_geom ON events USING gist (geom);
CREATE INDEX events_actors ON events USING gin (actors);

CREATE TABLE incidents (
    incident_id text COLLATE "C" PRIMARY KEY,
    event_type  text NOT NULL,
    status      text NOT NULL,
    date_start  date,
    date_end    date,
    country     text,
    lat         double precision,
    lon         double precision,
    {_POINT},
    fatalities  integer,
    actors      text[] NOT NULL DEFAULT '{{}}',
    pending     boolean NOT NULL DEFAULT true,   -- a single-event incident not yet seen by a merge
    json        jsonb NOT NULL
);
CREATE INDEX incidents_date ON incidents (date_start, incident_id);
CREATE INDEX incidents_date_end ON incidents (date_end);
CREATE INDEX incidents_country ON incidents (country);
CREATE INDEX incidents_geom ON incidents USING gist (geom);
CREATE INDEX incidents_actors ON incidents USING gin (actors);
CREATE INDEX incidents_pending ON incidents (incident_id) WHERE pending;

CREATE TABLE incident_events (
    incident_id text COLLATE "C" NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    event_id    text COLLATE "C" NOT NULL UNIQUE REFERENCES events(event_id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, event_id)
);

CREATE TABLE incident_articles (
    incident_id text COLLATE "C" NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    article_id  text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, article_id)
);
CREATE INDEX incident_articles_article ON incident_articles (article_id);

CREATE TABLE runs (
    run_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);

CREATE TABLE article_outcomes (
    pk          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      bigint NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
    article_id  text NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('ok', 'skipped', 'failed')),
    reason      text,
    stage       text,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX article_outcomes_run ON article_outcomes (run_id, outcome);
"""

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (1, _V1_CORE),
)

LATEST_VERSION = MIGRATIONS[-1][0]

# Serializes concurrent migrations of one database (two processes opening a fresh database at once).
_MIGRATION_LOCK = 0x6E657773


def migrate(conn: psycopg.Connection, migrations: Sequence[tuple[int, str]] = MIGRATIONS,
            *, where: str = "database") -> int:
    """Bring `conn` (autocommit) up to the last of `migrations`; return that version.

    DDL is transactional in PostgreSQL, so every missing version and its `schema_version` row go in one
    transaction: a crash leaves the database as it was. Raises StoreError on a schema newer than known here.
    """
    known = migrations[-1][0] if migrations else 0
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version "
                         "(version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            have = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
            if have > known:
                raise StoreError(f"{where} has schema version {have}, newer than this newsevents knows "
                                 f"({known}); upgrade newsevents to open it", stage="store")
            for version, sql in migrations:
                if version <= have:
                    continue
                with conn.transaction():
                    conn.execute(sql)
                    conn.execute("INSERT INTO schema_version(version) VALUES (%s)", (version,))
                have = version
    except psycopg.Error as exc:
        raise StoreError(f"migrating {where} failed: {exc}", stage="store") from exc
    return have
