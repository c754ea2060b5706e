"""The Python API: `newsevents.extract(text, published=...)` returns typed Event records."""
from __future__ import annotations

from datetime import date

import pytest

import newsevents
from newsevents import Actor, DateRange, Event, EventType, Location, Status

TEXT = ("Gunmen stormed the Intercontinental Hotel in Kabul on Saturday, killing at least 40 people. "
        "The Taliban claimed responsibility.")


@pytest.fixture
def default_pipeline(monkeypatch, session_settings):
    """`newsevents.extract` builds its own default Pipeline from the environment: point it at the test data."""
    monkeypatch.setenv("NEWSEVENTS_DATA_DIR", str(session_settings.data_dir))
    monkeypatch.setenv("NEWSEVENTS_GAZETTEER", str(session_settings.gazetteer))
    newsevents._default_pipeline.cache_clear()
    yield
    newsevents._default_pipeline.cache_clear()


def test_extract_returns_events(default_pipeline):
    events = newsevents.extract(TEXT, published="2018-01-22")
    assert isinstance(events, list) and events
    assert all(isinstance(e, Event) for e in events)
    [ev] = [e for e in events if e.event_type is EventType.ARMED_ASSAULT]
    assert isinstance(ev.date, DateRange) and ev.date.start == date(2018, 1, 20)
    assert isinstance(ev.location, Location) and ev.location.country == "AF"
    assert all(isinstance(p, Actor) for p in ev.perpetrators)
    assert ev.status is Status.REALIZED and ev.claimed_by == ("Taliban",)
    assert ev.article_id == "text"


def test_published_as_string_or_date_and_article_id(default_pipeline):
    as_str = newsevents.extract(TEXT, published="2018-01-22T09:30:00Z", article_id="kabul")
    as_date = newsevents.extract(TEXT, published=date(2018, 1, 22), article_id="kabul")
    assert [e.to_json() for e in as_str] == [e.to_json() for e in as_date]
    assert {e.article_id for e in as_str} == {"kabul"}


def test_api_agrees_with_a_pipeline(default_pipeline, pipeline):
    assert [e.to_json() for e in newsevents.extract(TEXT, published="2018-01-22")] == \
           [e.to_json() for e in pipeline.extract(TEXT, published=date(2018, 1, 22))]


def test_all_is_sorted_and_exported():
    assert newsevents.__all__ == sorted(newsevents.__all__)
    assert {"extract", "Pipeline", "Event"} <= set(newsevents.__all__)
    for name in newsevents.__all__:
        assert hasattr(newsevents, name), name


def test_pipeline_is_public(pipeline):
    assert isinstance(pipeline, newsevents.Pipeline)
    assert pipeline.extract("") == []
