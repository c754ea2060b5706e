"""Fixtures for the store tests: hand-built articles and events, a store in tmp_path."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.core import ids
from newsevents.core.enums import ActorKind, DatePrecision, EventType, GeoPrecision, Qualifier, Status
from newsevents.core.records import Actor, Article, Count, DateRange, Event, Evidence, Location
from newsevents.store import SQLiteStore


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


@pytest.fixture
def store(tmp_path):
    s = SQLiteStore(tmp_path / "db" / "events.sqlite")
    yield s
    s.close()


@pytest.fixture
def make_article():
    return _article


@pytest.fixture
def make_event():
    return _event
