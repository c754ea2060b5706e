"""What only the PostgreSQL backend does: PostGIS and its indexes, migrations, connection errors, COPY batches."""
from __future__ import annotations

import socket
import subprocess
import sys
from dataclasses import replace
from datetime import date

import psycopg
import pytest

from newsevents.core.enums import EventType
from newsevents.errors import StoreError
from newsevents.store import Query, open_store, redact
from newsevents.store.pg_query import select_page
from newsevents.store.pg_schema import LATEST_VERSION
from newsevents.store.postgres import PostgresStore

KILLED_WRITER = """
import os, sys, psycopg
conn = psycopg.connect(sys.argv[1])
conn.execute("INSERT INTO articles(id, content_hash, text) VALUES ('a2', 'h', 't')")
os._exit(9)
"""


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_open_store_dispatches_postgresql_urls(pg_url):
    for url in (pg_url, pg_url.replace("postgresql://", "postgres://", 1)):
        with open_store(url) as s:
            assert isinstance(s, PostgresStore)


def test_migrates_an_empty_database_with_postgis_and_indexes(empty_pg_url, make_article, make_event):
    with PostgresStore(empty_pg_url) as s:
        s.save(make_article(), [make_event()])
    with psycopg.connect(empty_pg_url) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone()
        geom = dict(conn.execute("SELECT f_table_name, type FROM geometry_columns WHERE srid = 4326"))
        assert geom == {"events": "POINT", "incidents": "POINT"}
        indexes = {name: sql for name, sql in conn.execute("SELECT indexname, indexdef FROM pg_indexes")}
        assert "USING gist (geom)" in indexes["events_geom"] and "USING gist (geom)" in indexes["incidents_geom"]
        assert "USING gin (tsv)" in indexes["articles_tsv"]
        assert "(date_start, incident_id)" in indexes["incidents_date"]
        lon, lat = conn.execute("SELECT ST_X(geom), ST_Y(geom) FROM events").fetchone()
        assert (lat, lon) == (55.82, 37.33)
    with PostgresStore(empty_pg_url) as s:                  # reopening migrates nothing twice
        assert s.events_count() == 1


def test_refuses_a_newer_schema(empty_pg_url):
    PostgresStore(empty_pg_url).close()
    with psycopg.connect(empty_pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version(version) VALUES (%s)", (LATEST_VERSION + 1,))
    with pytest.raises(StoreError, match="newer than this newsevents knows"):
        PostgresStore(empty_pg_url)


def test_connection_errors_name_the_url_but_never_the_password():
    url = f"postgresql://alice:s3cret-pw@127.0.0.1:{_closed_port()}/newsevents"
    with pytest.raises(StoreError) as err:
        open_store(url)
    message = str(err.value)
    assert message.startswith("cannot connect to postgresql://alice:***@127.0.0.1:")
    assert "s3cret-pw" not in message
    assert redact("postgresql://bob@host/db") == "postgresql://bob@host/db"
    assert redact("/data/with:colon@sign.db") == "/data/with:colon@sign.db"
    assert redact("postgresql://bob:pw@host:5/db?sslmode=require") == "postgresql://bob:***@host:5/db?sslmode=require"


@pytest.mark.parametrize("table, q, index", [
    ("incidents", Query(bbox=(170.0, -20.0, -170.0, -15.0)), "incidents_geom"),
    ("events", Query(bbox=(30.0, -5.0, 40.0, 60.0)), "events_geom"),
    ("incidents", Query(date_to=date(2020, 1, 1)), "incidents_date"),
    ("events", Query(date_to=date(2020, 1, 1)), "events_date"),
])
def test_bbox_and_time_filters_use_their_indexes(pg_url, table, q, index):
    sql, params = select_page(q, table)
    with psycopg.connect(pg_url) as conn:
        conn.execute("SET enable_seqscan = off")             # an empty table would be scanned otherwise
        # and a plain index scan on the date index would give the page's order at a cost that ties with the
        # filter's own index on an empty table: the planner then picks either. A bitmap scan reads an index only
        # for its condition, so the filter's index is the one the plan can name.
        conn.execute("SET enable_indexscan = off")
        plan = "\n".join(r[0] for r in conn.execute("EXPLAIN " + sql, params))
    assert index in plan


def test_save_many_equals_saving_one_by_one(pg_cluster, pg_url, make_article, make_event):
    first = make_article("a1")
    pairs = [(first, [make_event("a1", 0, 5), make_event("a1", 10, 15, event_type=EventType.BOMBING)]),
             (make_article("a2", text="A second report from Kabul."), [make_event("a2")]),
             (make_article("a3", text="Nothing happened."), []),
             (replace(first, text="A rewritten first report.", content_hash="changed"), [make_event("a1", 3, 9)])]
    with PostgresStore(pg_url) as s:
        s.save_many(pairs)
        s.save_many(pairs)                                  # a rerun of the same batch changes nothing
        bulk = (s.list_articles(), list(s.events()), list(s.incidents()))
    other = pg_cluster.create_database("ne_one_by_one")
    try:
        with PostgresStore(other) as s:
            for article, events in pairs:
                s.save(article, events)
            assert (s.list_articles(), list(s.events()), list(s.incidents())) == bulk
    finally:
        pg_cluster.drop_database("ne_one_by_one")
    assert [a.id for a in bulk[0]] == ["a1", "a2", "a3"] and bulk[0][0].content_hash == "changed"
    assert [e.article_id for e in bulk[1]] == ["a1", "a2"]


def test_a_bad_batch_stores_nothing(pg_url, make_article, make_event):
    with PostgresStore(pg_url) as s:
        with pytest.raises(StoreError, match="belongs to article"):
            s.save_many([(make_article("a1"), [make_event("a1")]), (make_article("a2"), [make_event("a1")])])
        assert s.articles_count() == 0


def test_rerun_after_a_writer_killed_mid_transaction(pg_url, make_article, make_event):
    with PostgresStore(pg_url) as s:
        s.save(make_article("a1"), [make_event("a1")])
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, pg_url])
    assert killed.returncode == 9
    with PostgresStore(pg_url) as s:
        assert s.articles_count() == 1
        a2 = make_article("a2", text="Another attack in Kabul.")
        assert not s.has_article("a2", a2.content_hash)
        s.save(a2, [make_event("a2")])
        assert (s.articles_count(), s.events_count(), s.incidents_count()) == (2, 2, 2)
