"""Query filters, pages, the incidents stage's methods and merge atomicity, on both backends."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from newsevents.core import ids
from newsevents.core.enums import ActorKind, EventType, GeoPrecision, Status
from newsevents.core.records import Actor, DateRange, Incident, Location
from newsevents.errors import StoreError
from newsevents.store import Query, incident_for_event

SUVA = Location("Suva", "FJ", "Central", -18.14, 178.44, GeoPrecision.CITY)
TAVEUNI = Location("Taveuni", "FJ", "Northern", -16.85, -179.95, GeoPrecision.CITY)      # east of the 180th
MOSCOW = Location("Krasnogorsk", "RU", "Moscow Oblast", 55.82, 37.33, GeoPrecision.CITY)
NAIROBI = Location("Nairobi", "KE", "Nairobi", -1.29, 36.82, GeoPrecision.CITY)
AL_SHABAAB = Actor("the militants", "al-Shabaab", ActorKind.ORGANIZATION)


@pytest.fixture
def corpus(store, make_article, make_event):
    """Four articles, six events: two in Fiji on either side of the antimeridian, one in Moscow, two in Nairobi
    (one without a date), one without a place. Returns the events by name."""
    def ev(article, start, place, day, *, kind=EventType.ARMED_ASSAULT, who=None, status=Status.REALIZED):
        e = make_event(article, start=start, end=start + 5, event_type=kind, day=day or date(2000, 1, 1))
        return replace(e, location=place, date=None if day is None else e.date, status=status,
                       perpetrators=e.perpetrators if who is None else who)

    evs = {
        "suva": ev("fiji", 0, SUVA, date(2023, 5, 1), kind=EventType.RIOT, who=()),
        "taveuni": ev("fiji", 10, TAVEUNI, date(2023, 5, 2), kind=EventType.ARSON, who=()),
        "moscow": ev("moscow", 0, MOSCOW, date(2024, 3, 22)),
        "nairobi": ev("nairobi", 0, NAIROBI, date(2019, 1, 15), kind=EventType.BOMBING, who=(AL_SHABAAB,)),
        "nairobi_undated": ev("nairobi", 10, NAIROBI, None, kind=EventType.THREAT, who=(AL_SHABAAB,),
                              status=Status.THREATENED),
        "nowhere": ev("nowhere", 0, None, date(2020, 6, 1), kind=EventType.PROTEST, who=()),
    }
    texts = {"fiji": "Rioters set fire to shops in Suva and on Taveuni island.",
             "moscow": "Gunmen stormed a concert hall near Moscow on Friday.",
             "nairobi": "A bomb exploded at a hotel complex in Nairobi; the militants threatened more.",
             "nowhere": "Thousands marched against the tax bill."}
    for aid, text in texts.items():
        store.save(make_article(aid, text=text, title=aid.title()), [e for e in evs.values() if e.article_id == aid])
    return evs


def _event_names(corpus, events) -> list[str]:
    by_id = {e.event_id: name for name, e in corpus.items()}
    return [by_id[e.event_id] for e in events]


def _incident_names(corpus, incidents) -> list[str]:
    by_id = {ids.incident_id(e.event_id): name for name, e in corpus.items()}
    return [by_id[i.incident_id] for i in incidents]


@pytest.mark.parametrize("q, expected", [
    (Query(), ["nairobi", "nowhere", "suva", "taveuni", "moscow", "nairobi_undated"]),
    (Query(date_from=date(2023, 5, 2)), ["taveuni", "moscow"]),
    (Query(date_to=date(2023, 5, 1)), ["nairobi", "nowhere", "suva"]),
    (Query(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)), ["suva", "taveuni"]),
    (Query(country="fj"), ["suva", "taveuni"]),
    (Query(actor="AL-SHABAAB"), ["nairobi", "nairobi_undated"]),
    (Query(actor="the militants"), ["nairobi", "nairobi_undated"]),
    (Query(actor="isis-k"), ["moscow"]),
    (Query(actor="nobody"), []),
    (Query(event_type="arson"), ["taveuni"]),
    (Query(status="threatened"), ["nairobi_undated"]),
    (Query(bbox=(170.0, -20.0, -170.0, -15.0)), ["suva", "taveuni"]),        # crosses the 180th meridian
    (Query(bbox=(170.0, -20.0, 180.0, -15.0)), ["suva"]),
    (Query(bbox=(-180.0, -20.0, -170.0, -15.0)), ["taveuni"]),
    (Query(bbox=(30.0, -5.0, 40.0, 60.0)), ["nairobi", "moscow", "nairobi_undated"]),
    (Query(bbox=(-170.0, -20.0, 170.0, -15.0)), []),                          # the rest of the world
    (Query(text="hotel"), ["nairobi", "nairobi_undated"]),
    (Query(text="concert hall"), ["moscow"]),
    (Query(text="submarine"), []),
    (Query(country="KE", event_type="bombing", date_from=date(2019, 1, 1)), ["nairobi"]),
])
def test_filters_on_events_and_incidents(store, corpus, q, expected):
    assert _event_names(corpus, store.query_events(q)) == expected
    assert store.count_events(q) == len(expected)
    assert _incident_names(corpus, store.query_incidents(q)) == expected
    assert store.count_incidents(q) == len(expected)


def test_pages_are_stable_and_complete(store, corpus):
    everything = [e.event_id for e in store.query_events(Query(limit=100))]
    pages = [[e.event_id for e in store.query_events(Query(limit=2, offset=o))] for o in (0, 2, 4, 6)]
    assert [len(p) for p in pages] == [2, 2, 2, 0]
    assert sum(pages, []) == everything
    incidents = [i.incident_id for o in range(0, 6, 4) for i in store.query_incidents(Query(limit=4, offset=o))]
    assert incidents == [i.incident_id for i in store.incidents()]


def test_lookups_by_id(store, corpus):
    ev = corpus["moscow"]
    assert store.get_event(ev.event_id) == ev
    assert store.get_event("ev_missing") is None
    assert store.get_incident(ids.incident_id(ev.event_id)) == incident_for_event(ev)
    assert store.get_incident("in_missing") is None
    assert store.incidents_of_article("fiji") == [ids.incident_id(corpus[n].event_id) for n in ("suva", "taveuni")]
    assert store.incidents_of_article("missing") == []
    assert [a.id for a in store.list_articles()] == ["fiji", "moscow", "nairobi", "nowhere"]
    assert [a.id for a in store.list_articles(limit=2, offset=1)] == ["moscow", "nairobi"]
    assert store.article_dates(["moscow", "nowhere"]) == {"moscow": date(2024, 3, 23), "nowhere": date(2024, 3, 23)}


def test_pending_events_and_window(store, corpus):
    pending = store.pending_events()
    assert [e.event_id for e, _ in pending] == sorted(e.event_id for e in corpus.values())
    assert all(iid == ids.incident_id(e.event_id) for e, iid in pending)
    window = store.events_in_window(date(2023, 5, 2), date(2024, 1, 1))
    assert [e.event_id for e, _ in window] == [corpus["taveuni"].event_id]
    assert _event_names(corpus, [e for e, _ in store.events_in_window(date.min, date.max)]) == sorted(
        ["suva", "taveuni", "moscow", "nairobi", "nowhere"], key=lambda n: corpus[n].event_id)


def _merged(*events) -> Incident:
    first = events[0]
    return replace(incident_for_event(first), incident_id=ids.incident_id(*(e.event_id for e in events)),
                   article_ids=tuple(dict.fromkeys(e.article_id for e in events)),
                   event_ids=tuple(sorted(e.event_id for e in events)))


def test_apply_merge_joins_incidents_and_clears_pending(store, corpus):
    suva, taveuni = corpus["suva"], corpus["taveuni"]
    both = _merged(suva, taveuni)
    store.apply_merge([ids.incident_id(suva.event_id), ids.incident_id(taveuni.event_id)], [both])
    assert store.get_incident(both.incident_id) == both
    assert store.incidents_count() == 5
    assert suva.event_id not in {e.event_id for e, _ in store.pending_events()}
    assert dict((e.event_id, i) for e, i in store.events_in_window(date(2023, 5, 1), date(2023, 5, 2))) == \
        {suva.event_id: both.incident_id, taveuni.event_id: both.incident_id}
    assert store.incidents_of_article("fiji") == [both.incident_id]
    assert store.count_incidents(Query(country="FJ")) == 1


def _snapshot(store):
    return list(store.incidents()), [(e.event_id, i) for e, i in store.pending_events()]


def test_apply_merge_that_would_orphan_an_event_changes_nothing(store, corpus):
    suva, taveuni = corpus["suva"], corpus["taveuni"]
    before = _snapshot(store)
    with pytest.raises(StoreError, match="no incident"):              # Taveuni's incident removed, not replaced
        store.apply_merge([ids.incident_id(suva.event_id), ids.incident_id(taveuni.event_id)],
                          [incident_for_event(suva)])
    assert _snapshot(store) == before


def test_apply_merge_that_would_share_an_event_changes_nothing(store, corpus):
    suva, taveuni = corpus["suva"], corpus["taveuni"]
    before = _snapshot(store)
    with pytest.raises(StoreError):                                     # Taveuni's own incident still holds it
        store.apply_merge([ids.incident_id(suva.event_id)], [_merged(suva, taveuni)])
    assert _snapshot(store) == before


def test_resaving_a_changed_article_updates_a_merged_incident(store, corpus, make_article):
    nairobi, undated = corpus["nairobi"], corpus["nairobi_undated"]
    moscow = corpus["moscow"]
    joined = _merged(moscow, nairobi)
    store.apply_merge([ids.incident_id(moscow.event_id), ids.incident_id(nairobi.event_id)], [joined])
    store.save(make_article("nairobi", text="A corrected report with no attack in it."), [])
    left = store.get_incident(joined.incident_id)
    assert left.event_ids == (moscow.event_id,) and left.article_ids == ("moscow",)
    assert store.get_incident(ids.incident_id(undated.event_id)) is None
    assert store.incidents_of_article("nairobi") == []
    assert store.events_count() == 4
