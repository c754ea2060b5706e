"""The Store protocol on both backends (the `store` fixture is a SQLite file, then a PostgreSQL database)."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.core import ids
from newsevents.core.enums import EventType, Outcome
from newsevents.core.records import Incident
from newsevents.errors import StoreError
from newsevents.store import Store, open_store


def test_is_a_store(store):
    assert isinstance(store, Store)


def test_save_and_read_back(store, make_article, make_event):
    art = make_article()
    ev1, ev2 = make_event(start=0, end=10), make_event(start=20, end=30, event_type=EventType.BOMBING,
                                                         day=date(2023, 1, 1), killed=None)
    store.save(art, [ev1, ev2])
    assert store.has_article("a1", art.content_hash)
    assert not store.has_article("a1", "other-hash")
    assert not store.has_article("zz", art.content_hash)
    assert list(store.events()) == [ev1, ev2]
    assert list(store.events("a1")) == [ev1, ev2]
    assert list(store.events("nope")) == []
    assert (store.articles_count(), store.events_count(), store.incidents_count()) == (1, 2, 2)
    incs = list(store.incidents())
    assert [i.date.start for i in incs] == [date(2023, 1, 1), date(2024, 3, 22)]   # ordered by date
    assert incs[1].incident_id == ids.incident_id(ev1.event_id)
    assert incs[1].article_ids == ("a1",) and incs[1].event_ids == (ev1.event_id,)
    assert incs[1].fatalities == ev1.fatalities and incs[1].perpetrators == ev1.perpetrators
    assert store.get_article("a1") == art


def test_save_is_idempotent(store, make_article, make_event):
    art, ev = make_article(), make_event()
    store.save(art, [ev])
    store.save(art, [ev])
    assert (store.articles_count(), store.events_count(), store.incidents_count()) == (1, 1, 1)


def test_changed_hash_replaces_events_and_incidents(store, make_article, make_event):
    store.save(make_article(), [make_event(start=0, end=10), make_event(start=20, end=30)])
    new_text = "Gunmen stormed a concert hall. A bomb exploded later."
    art2 = make_article(text=new_text)
    ev_new = make_event(start=31, end=50, event_type=EventType.BOMBING)
    store.save(art2, [ev_new])
    assert store.has_article("a1", art2.content_hash)
    assert [e.event_id for e in store.events()] == [ev_new.event_id]
    assert [i.event_ids for i in store.incidents()] == [(ev_new.event_id,)]
    assert store.incidents_count() == 1
    assert store.search("bomb")[0][0] == "a1"
    assert store.search("concert")[0][0] == "a1"


def test_fts_search_finds_a_word(store, make_article):
    store.save(make_article("a1"), [])
    store.save(make_article("a2", text="Protesters gathered in Nairobi against the tax bill.", title="Nairobi"), [])
    hits = store.search("nairobi")
    assert [h[0] for h in hits] == ["a2"]
    assert "[Nairobi]" in hits[0][1]
    assert store.search("submarine") == []
    assert store.search('unbalanced "quote') == []          # bad FTS syntax falls back to plain words
    assert store.search("   ") == []


def test_rolled_back_save_leaves_nothing(store, make_article, make_event):
    art = make_article()
    ev = make_event()
    store.save(make_article("other"), [make_event("other")])
    wrong = make_event(article_id="other", start=5, end=9)
    with pytest.raises(StoreError):
        store.save(art, [ev, wrong])                        # event of another article: refused up front
    clash = make_event(article_id="a1")
    with pytest.raises(StoreError):
        store.save(art, [ev, clash])                        # duplicate event ids
    assert not store.has_article("a1", art.content_hash)
    assert store.events_count() == 1


def test_outcomes_are_per_run(store_url):
    with open_store(store_url) as s:
        s.record_outcome("x", "failed", "boom", "events")
        s.record_outcome("y", Outcome.OK)
        assert [o.outcome for o in s.outcomes()] == [Outcome.FAILED, Outcome.OK]
    with open_store(store_url) as s:
        assert len(s.outcomes()) == 2                       # latest run so far is the previous one
        s.record_outcome("z", Outcome.SKIPPED, "empty")
        assert [o.article_id for o in s.outcomes()] == ["z"]
        assert [o.article_id for o in s.outcomes(1)] == ["x", "y"]


def test_replace_incidents_requires_full_cover(store, make_article, make_event):
    e1, e2 = make_event(start=0, end=10), make_event("a2", start=0, end=10)
    store.save(make_article("a1"), [e1])
    store.save(make_article("a2", text="Second report."), [e2])
    merged = Incident(ids.incident_id(e1.event_id, e2.event_id), e1.event_type, e1.date, e1.location,
                      e1.perpetrators, e1.fatalities, ("a1", "a2"), (e1.event_id, e2.event_id))
    store.replace_incidents([merged])
    assert list(store.incidents()) == [merged]
    with pytest.raises(StoreError):
        store.replace_incidents([])
    assert store.incidents_count() == 1                     # refused swap rolled back
