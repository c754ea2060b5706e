"""Incident merging on a real SQLite file with hand-made events: what joins, what stays apart, and that neither
the order of arrival nor ingesting in several runs changes the result."""
from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from newsevents.core import (Actor, ActorKind, Article, Count, DatePrecision, DateRange, Event, EventType,
                             Evidence, GeoPrecision, Location, Qualifier, Status, ids)
from newsevents.incidents import merge_pending, rebuild_incidents
from newsevents.store import SQLiteStore, open_store

KABUL = dict(name="Kabul", country="AF", admin1="Kabul", lat=34.53, lon=69.17, precision=GeoPrecision.CITY,
             geonames_id=1138958)
MOGADISHU = dict(name="Mogadishu", country="SO", admin1="Banaadir", lat=2.04, lon=45.34, precision=GeoPrecision.CITY,
                 geonames_id=53654)
KRASNOGORSK = dict(name="Krasnogorsk", country="RU", admin1="Moscow Oblast", lat=55.82, lon=37.33,
                   precision=GeoPrecision.CITY, geonames_id=542374)
MOSCOW = dict(name="Moscow", country="RU", admin1="Moscow", lat=55.75, lon=37.62, precision=GeoPrecision.CITY,
              geonames_id=524901)
ISKP = Actor("ISIS-K", "Islamic State Khorasan Province", ActorKind.ORGANIZATION)


def report(article: str, kind: EventType, day: str, place: dict | None, *, killed: int | None = None,
           precision: DatePrecision = DatePrecision.DAY, end: str | None = None, by: tuple[Actor, ...] = (),
           status: Status = Status.REALIZED, claimed: tuple[str, ...] = (), at: int = 0) -> Event:
    start = date.fromisoformat(day)
    return Event(
        event_id=ids.event_id(article, kind.value, at, at + 10), article_id=article, event_type=kind, status=status,
        date=DateRange(start, date.fromisoformat(end) if end else start, precision, day),
        location=Location(**place) if place else None, perpetrators=by,
        fatalities=Count(killed, Qualifier.AT_LEAST) if killed is not None else None,
        claimed_by=claimed, evidence=(Evidence(f"{article} says {kind.value}", at, at + 10),))


def ingest(store: SQLiteStore, published: dict[str, str], events: list[Event], merge_each: bool = False) -> None:
    by_article: dict[str, list[Event]] = {}
    for ev in events:
        by_article.setdefault(ev.article_id, []).append(ev)
    for aid, evs in by_article.items():
        store.save(Article(id=aid, text=f"text of {aid}", published=date.fromisoformat(published[aid]),
                           content_hash=ids.content_hash(aid)), evs)
        if merge_each:
            merge_pending(store)
    merge_pending(store)


def partition(store: SQLiteStore) -> set[frozenset[str]]:
    return {frozenset(i.event_ids) for i in store.incidents()}


PUBLISHED = {"a1": "2024-03-22", "a2": "2024-03-23", "a3": "2024-03-26", "k1": "2022-09-05", "k2": "2022-09-09",
             "m1": "2017-10-15", "m2": "2019-02-01", "s1": "2024-03-30"}


def corpus() -> list[Event]:
    return [
        report("a1", EventType.ARMED_ASSAULT, "2024-03-22", KRASNOGORSK, killed=40),
        report("a2", EventType.ARMED_ASSAULT, "2024-03-22", MOSCOW, killed=115, by=(ISKP,), claimed=(ISKP.canonical,)),
        report("a3", EventType.ARMED_ASSAULT, "2024-03-22", KRASNOGORSK, killed=139, by=(ISKP,)),
        # two Kabul bombings four days apart: never one incident
        report("k1", EventType.BOMBING, "2022-09-05", KABUL, killed=6),
        report("k2", EventType.BOMBING, "2022-09-09", KABUL, killed=2),
        report("k2", EventType.BOMBING, "2022-09-05", KABUL, killed=6, at=50),      # k2 recalls k1's attack
        report("m1", EventType.BOMBING, "2017-10-14", MOGADISHU, killed=300),
        # a background mention two years later, dated only to its year
        report("m2", EventType.BOMBING, "2017-01-01", MOGADISHU, killed=500, precision=DatePrecision.YEAR,
               end="2017-12-31"),
        report("m2", EventType.BOMBING, "2019-01-31", MOGADISHU, killed=3, at=80),
        # a threat against the same city is not the attack
        report("s1", EventType.THREAT, "2024-03-22", MOSCOW, status=Status.THREATENED),
    ]


_dbs = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    """The merge rules on each backend: a SQLite file, then a fresh database in the session's PostgreSQL cluster."""
    if request.param == "sqlite":
        s = SQLiteStore(tmp_path / "m.db")
    else:
        s = open_store(request.getfixturevalue("pg_cluster").create_database(f"merge_{next(_dbs)}"))
    with s:
        yield s


def test_reports_of_one_attack_become_one_incident_with_every_source(store):
    ingest(store, PUBLISHED, corpus())
    crocus = [i for i in store.incidents() if i.location and i.location.country == "RU"
              and i.event_type is EventType.ARMED_ASSAULT]
    assert len(crocus) == 1
    inc = crocus[0]
    assert set(inc.article_ids) == {"a1", "a2", "a3"}
    assert inc.fatalities.count == 139                        # the latest report's figure
    assert inc.fatalities_range == (40, 139)
    assert [t.article_id for t in inc.toll_history] == ["a1", "a2", "a3"]
    assert [c.article_id for c in inc.claims] == ["a2"]
    assert inc.perpetrators[0].canonical == "Islamic State Khorasan Province"
    assert inc.location.name == "Krasnogorsk"                 # the finer and more common place


def test_same_city_days_apart_stay_apart_and_a_recollection_joins_its_attack(store):
    ingest(store, PUBLISHED, corpus())
    kabul = sorted((i for i in store.incidents() if i.location and i.location.name == "Kabul"),
                   key=lambda i: i.date.start)
    assert [(str(i.date.start), sorted(i.article_ids)) for i in kabul] == [
        ("2022-09-05", ["k1", "k2"]), ("2022-09-09", ["k2"])]


def test_background_mention_joins_the_earlier_incident_and_keeps_its_day(store):
    ingest(store, PUBLISHED, corpus())
    mog = [i for i in store.incidents() if i.location and i.location.name == "Mogadishu"]
    by_articles = {tuple(sorted(i.article_ids)): i for i in mog}
    assert set(by_articles) == {("m1", "m2"), ("m2",)}
    inc = by_articles[("m1", "m2")]
    assert inc.date.start == date(2017, 10, 14) and inc.date.precision is DatePrecision.DAY
    assert inc.fatalities.count == 300                       # the news report's figure, not the recollection's


def test_threat_never_joins_an_attack(store):
    ingest(store, PUBLISHED, corpus())
    threats = [i for i in store.incidents() if i.event_type is EventType.THREAT]
    assert len(threats) == 1 and threats[0].article_ids == ("s1",)


def test_every_event_belongs_to_exactly_one_incident(store):
    ingest(store, PUBLISHED, corpus())
    seen = [e for i in store.incidents() for e in i.event_ids]
    assert sorted(seen) == sorted(e.event_id for e in store.events())


def test_any_order_and_any_batching_give_the_same_incidents(tmp_path):
    """Same partition whatever the order and batching; same ids too when the articles arrive in one run (in later
    runs an incident keeps the id it was first stored under)."""
    events = corpus()
    partitions, one_run_ids = set(), set()
    rng = random.Random(7)
    orders = [events, list(reversed(events))] + [rng.sample(events, len(events)) for _ in range(4)]
    for n, (order, each) in enumerate(itertools.product(orders, (False, True))):
        with SQLiteStore(tmp_path / f"o{n}.db") as s:
            ingest(s, PUBLISHED, order, merge_each=each)
            partitions.add(frozenset(partition(s)))
            if not each:
                one_run_ids.add(frozenset((i.incident_id, frozenset(i.event_ids)) for i in s.incidents()))
    assert len(partitions) == 1 and len(one_run_ids) == 1


def test_an_incident_keeps_its_id_as_reports_join_it(store):
    first, *later = [e for e in corpus() if e.article_id in ("a2", "a1", "a3")]
    ingest(store, PUBLISHED, [first])
    (original,) = [i.incident_id for i in store.incidents()]
    for ev in later:
        ingest(store, PUBLISHED, [ev])
        assert [i.incident_id for i in store.incidents()] == [original]
    assert len(store.get_incident(original).article_ids) == 3


def test_merge_touches_only_the_incidents_new_reports_reach(store):
    ingest(store, PUBLISHED, [e for e in corpus() if e.article_id != "a3"])
    before = {i.incident_id: i.to_json() for i in store.incidents()}
    ingest(store, PUBLISHED, [e for e in corpus() if e.article_id == "a3"])
    after = {i.incident_id: i.to_json() for i in store.incidents()}
    changed = {k for k in after if before.get(k) != after[k]}
    assert len(changed) == 1 and "a3" in after[changed.pop()]["article_ids"]


def test_rebuild_gives_the_incremental_result(store):
    ingest(store, PUBLISHED, corpus(), merge_each=True)
    incremental = partition(store)
    rebuild_incidents(store)
    assert partition(store) == incremental


def test_a_later_figure_far_below_the_toll_is_not_a_revision(store):
    later = report("a4", EventType.ARMED_ASSAULT, "2024-03-22", KRASNOGORSK, killed=1, at=5)
    ingest(store, {**PUBLISHED, "a4": "2024-04-02"}, corpus() + [later])
    (crocus,) = [i for i in store.incidents() if "a4" in i.article_ids]
    assert crocus.fatalities.count == 139 and crocus.fatalities_range == (1, 139)
    assert [t.article_id for t in crocus.toll_history][-1] == "a4"


def test_gunmen_with_a_coders_label_join_the_named_group_and_give_way_to_it(store):
    gunmen = Actor("gunmen", "Unidentified Armed Group (Russia)", ActorKind.INDIVIDUAL)
    events = [report("a1", EventType.ARMED_ASSAULT, "2024-03-22", KRASNOGORSK, killed=40, by=(gunmen,)),
              report("a2", EventType.ARMED_ASSAULT, "2024-03-22", MOSCOW, killed=115, by=(ISKP,))]
    ingest(store, PUBLISHED, events)
    [inc] = store.incidents()
    assert set(inc.article_ids) == {"a1", "a2"}
    assert [a.canonical for a in inc.perpetrators] == ["Islamic State Khorasan Province"]
