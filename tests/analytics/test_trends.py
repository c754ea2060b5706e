"""Trend reports over a real SQLite store of hand-made events: every figure, its incidents, and the renderings."""
from __future__ import annotations

import json
from datetime import date

import pytest

from newsevents.core import (Actor, ActorKind, Article, Count, DatePrecision, DateRange, Event, EventType,
                             Evidence, GeoPrecision, Location, Participant, Qualifier, ids)
from newsevents.analytics.trends import actor_report
from newsevents.errors import NewseventsError
from newsevents.incidents import merge_pending
from newsevents.store import SQLiteStore
from newsevents.views.report import render_html, render_json, render_markdown

ISKP = Actor("ISKP", "Islamic State Khorasan Province", ActorKind.ORGANIZATION)
PLACES = {
    "Kabul": ("AF", 34.53, 69.17), "Jalalabad": ("AF", 34.43, 70.45), "Bajaur": ("PK", 34.78, 71.52),
    "Kerman": ("IR", 30.28, 57.08), "Krasnogorsk": ("RU", 55.82, 37.33),
}


def event(aid: str, day: str, place: str, killed: int | None, *, suicide: bool = False, target: str | None = None,
          claimed: bool = False) -> Event:
    cc, lat, lon = PLACES[place]
    d = date.fromisoformat(day)
    return Event(ids.event_id(aid, "bombing", 0, 9), aid, EventType.BOMBING, suicide=suicide,
                 date=DateRange(d, d, DatePrecision.DAY), perpetrators=(ISKP,),
                 location=Location(place, cc, None, lat, lon, GeoPrecision.CITY),
                 fatalities=Count(killed, Qualifier.EXACT) if killed is not None else None,
                 targets=(Participant(target),) if target else (),
                 claimed_by=(ISKP.canonical,) if claimed else (), evidence=(Evidence("x", 0, 9),))


@pytest.fixture
def store(tmp_path):
    rows = [("a", "2021-03-02", "Jalalabad", 3, False, None, False),
            ("b", "2022-09-05", "Kabul", 6, True, "Russian embassy", True),
            ("c", "2023-07-30", "Bajaur", 54, True, None, True),
            ("d", "2024-01-03", "Kerman", 95, True, None, True),
            ("e", "2024-03-22", "Krasnogorsk", 145, False, "concert hall", True),
            ("f", "2024-03-25", "Kabul", None, False, None, False)]
    with SQLiteStore(tmp_path / "t.db") as s:
        for aid, day, place, killed, suicide, target, claimed in rows:
            s.save(Article(aid, f"text {aid}", published=date.fromisoformat(day), content_hash=aid),
                   [event(aid, day, place, killed, suicide=suicide, target=target, claimed=claimed)])
        merge_pending(s)
        yield s


def test_figures_and_the_incidents_behind_them(store):
    r = actor_report(store, "ISIS-K", periods=["2021:2022", "2023:2024"])
    assert r.actor == "Islamic State Khorasan Province"
    early, late = r.periods
    assert early.get("incidents").value == 2 and late.get("incidents").value == 4
    assert early.get("deaths per incident (median)").value == 4.5
    assert late.get("deaths per incident (median)").value == 95
    assert late.get("share with 10 or more deaths").value == 1.0
    assert {c for c, _, _ in r.countries} == {"AF", "PK", "IR", "RU"}
    abroad = late.get("share outside home countries")
    assert abroad.value == round(2 / 4, 2)                    # Iran and Russia; Pakistan is a home country
    kerman_and_moscow = {i.incident_id for i in r.incidents if i.location.country in ("IR", "RU")}
    assert set(abroad.incident_ids) == kerman_and_moscow
    far = r.overall.get("farthest from home base")
    assert far.incident_ids == tuple(i.incident_id for i in r.incidents if i.location.country == "RU")
    assert 2500 < far.value < 3500                           # Kabul to Krasnogorsk
    assert r.overall.get("share of suicide attacks").value == 0.5
    assert r.overall.get("share on diplomatic or foreign targets").value == round(1 / 6, 2)


def test_default_periods_are_the_halves_of_the_data(store):
    r = actor_report(store, "Islamic State Khorasan Province")
    assert [p.get("incidents").value for p in r.periods] == [3, 3]


def test_renderings_state_reach_and_link_every_number(store):
    r = actor_report(store, "ISKP", periods=["2021:2022", "2023:2024"])
    md = render_markdown(r)
    assert "Pakistan" in md and "Iran" in md and "Russia" in md
    for i in r.incidents:
        assert f'<a id="{i.incident_id}"></a>' in md and f"(#{i.incident_id})" in md
    page = render_html(r, link=lambda i: f"/incidents/{i}")
    assert page.count("<svg") == 3 and "/incidents/" in page
    data = json.loads(render_json(r))
    assert data["periods"][1]["figures"][0] == {"name": "incidents", "value": 4, "unit": "",
                                                "incident_ids": list(r.periods[1].get("incidents").incident_ids)}


def test_unknown_actor_is_a_clear_error(store):
    with pytest.raises(NewseventsError, match="unknown actor"):
        actor_report(store, "No Such Front")


def test_an_actor_with_no_incidents_says_so(tmp_path):
    with SQLiteStore(tmp_path / "empty.db") as s:
        r = actor_report(s, "ISKP")
    assert "No stored incident" in render_markdown(r)
