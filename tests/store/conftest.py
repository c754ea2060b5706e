"""Fixtures for the store tests: hand-built articles and events, and `store` on each backend in turn:
a SQLite file in tmp_path, then a fresh database in the session's throwaway PostgreSQL cluster."""
from __future__ import annotations

import itertools
from datetime import date

import psycopg
import pytest

from newsevents.core import ids
from newsevents.core.enums import ActorKind, DatePrecision, EventType, GeoPrecision, Qualifier, Status
from newsevents.core.records import Actor, Article, Count, DateRange, Event, Evidence, Location
from newsevents.store import SQLiteStore, open_store
from newsevents.store.postgres import PostgresStore

BACKENDS = ["sqlite", "postgres"]
SHARED = "ne_store_tests"
_numbers = itertools.count(1)


def _article(article_id: str = "a1", text: str = "Gunmen stormed a concert hall near Moscow on Friday.",
                 title: str = "Concert hall attack") -> Article:
    return Article(id=article_id, text=text, title=title, url=f"https://example.org/{article_id}",
                   published=date(2024, 3, 23), source="test", content_hash=ids.content_hash(text))


def _event(article_id: str = "a1", start: int = 0, end: int = 10,
               event_type: EventType = EventType.ARMED_ASSAULT, day: date = date(2024, 3, 22),
               killed: int | None = 133) -> Event:
    return Event(
        event_id=ids.event_id(article_id, event_type.value, start, end), article_id=article_id,
        event_type=event_type, status=Status.REALIZED,
        date=DateRange(day, day, DatePrecision.DAY, "on Friday"),
        location=Location("Krasnogorsk", "RU", "Moscow Oblast", 55.82, 37.33, GeoPrecision.CITY, 542374),
        perpetrators=(Actor("ISIS-K", "Islamic State Khorasan Province", ActorKind.ORGANIZATION),),
        weapons=("firearms",),
        fatalities=Count(killed, Qualifier.AT_LEAST, None, f"at least {killed}") if killed is not None else None,
        claimed_by=("Islamic State Khorasan Province",),
        evidence=(Evidence("Gunmen stormed a concert hall", start, end),), confidence=0.87)


@pytest.fixture(scope="session")
def pg_shared_url(pg_cluster) -> str:
    """One migrated database for the session's store tests; each test empties it after itself."""
    url = pg_cluster.create_database(SHARED)
    PostgresStore(url).close()
    return url


@pytest.fixture
def pg_url(pg_shared_url):
    """The URL of an empty, migrated database for one test (emptied again after it: cheaper than a new one)."""
    yield pg_shared_url
    with psycopg.connect(pg_shared_url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                             "AND tablename NOT IN ('schema_version', 'spatial_ref_sys')")]
        for table in tables:                                      # every foreign key cascades
            conn.execute(f'DELETE FROM "{table}"')
        for (seq,) in conn.execute("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'").fetchall():
            conn.execute(f'ALTER SEQUENCE "{seq}" RESTART')


@pytest.fixture
def empty_pg_url(pg_cluster):
    """A database without tables or PostGIS, for the migration tests."""
    name = f"ne_empty_{next(_numbers)}"
    yield pg_cluster.create_database(name, template="template0")
    pg_cluster.drop_database(name)


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> str:
    """What `--db` takes for each backend: a SQLite file path, then a postgresql:// URL."""
    if request.param == "sqlite":
        return str(tmp_path / "db" / "events.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture
def sqlite_store(tmp_path):
    s = SQLiteStore(tmp_path / "db" / "events.sqlite")
    yield s
    s.close()


@pytest.fixture
def make_article():
    return _article


@pytest.fixture
def make_event():
    return _event
