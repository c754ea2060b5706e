from __future__ import annotations

import csv
import io
import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from newsevents.core import ids
from newsevents.core.enums import ActorKind, DatePrecision, EventType, GeoPrecision, Qualifier, Status
from newsevents.core.records import Actor, Count, DateRange, Event, Evidence, Incident, Location
from newsevents.views.export import write_events, write_incidents
from newsevents.views.table import format_incidents_table


def _event(article_id: str, start: int, *, located: bool = True, killed: int | None = 133) -> Event:
    day = date(2024, 3, 22)
    return Event(
        event_id=ids.event_id(article_id, "armed_assault", start, start + 10), article_id=article_id,
        event_type=EventType.ARMED_ASSAULT, status=Status.REALIZED,
        date=DateRange(day, day, DatePrecision.DAY, "on Friday"),
        location=Location("Krasnogorsk", "RU", "Moscow Oblast", 55.82, 37.33, GeoPrecision.CITY, 542374)
        if located else Location("somewhere", None),
        perpetrators=(Actor("ISIS-K", "Islamic State Khorasan Province", ActorKind.ORGANIZATION),
                      Actor("gunmen")),
        weapons=("firearms", "incendiary devices"),
        fatalities=Count(killed, Qualifier.AT_LEAST, None, "at least") if killed is not None else None,
        injuries=Count(100, Qualifier.MORE_THAN),
        claimed_by=("Islamic State Khorasan Province",),
        evidence=(Evidence("Gunmen, stormed \"the\" hall;\nmany died", start, start + 10),), confidence=0.87)


def _incident(ev: Event, article_ids: tuple[str, ...] = ("a1",)) -> Incident:
    return Incident(ids.incident_id(ev.event_id), ev.event_type, ev.date, ev.location, ev.perpetrators,
                    ev.fatalities, article_ids, (ev.event_id,), ev.status, ev.injuries)


@pytest.fixture
def events():
    return [_event("a1", 0), _event("a2", 50, located=False, killed=None)]


def test_jsonl_events_round_trip(events, tmp_path):
    out = tmp_path / "ev.jsonl"
    assert write_events(events, "jsonl", out) == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [Event.from_json(json.loads(line)) for line in lines] == events


def test_jsonl_to_text_and_binary_streams(events):
    text, raw = io.StringIO(), io.BytesIO()
    write_events(events, "jsonl", text)
    write_events(events, "jsonl", raw)
    assert text.getvalue().encode("utf-8") == raw.getvalue()
    assert not raw.closed


def test_csv_events_parse_back(events, tmp_path):
    out = tmp_path / "ev.csv"
    write_events(events, "csv", out)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2
    r = rows[0]
    assert r["event_id"] == events[0].event_id and r["event_type"] == "armed_assault"
    assert r["perpetrators"] == "Islamic State Khorasan Province; gunmen"
    assert r["fatalities_count"] == "133" and r["fatalities_qualifier"] == "at_least"
    assert float(r["location_lat"]) == 55.82 and float(r["location_lon"]) == 37.33
    assert r["date_start"] == "2024-03-22" and r["weapons"] == "firearms; incendiary devices"
    assert r["evidence"] == "Gunmen, stormed \"the\" hall;\nmany died"
    assert rows[1]["fatalities_count"] == "" and rows[1]["location_lat"] == ""


def test_csv_incidents_parse_back(events):
    buf = io.StringIO()
    write_incidents([_incident(events[0], ("a1", "a3"))], "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["incident_id"] == ids.incident_id(events[0].event_id)
    assert rows[0]["article_ids"] == "a1; a3" and rows[0]["article_count"] == "2"
    assert rows[0]["injuries_count"] == "100" and rows[0]["injuries_qualifier"] == "more_than"


def test_parquet_parses_back(events, tmp_path):
    out = tmp_path / "sub" / "ev.parquet"
    write_events(events, "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == 2
    assert table.column("event_id").to_pylist() == [e.event_id for e in events]
    assert table.column("fatalities_count").to_pylist() == [133, None]
    assert table.column("location_lat").to_pylist() == [55.82, None]
    buf = io.BytesIO()
    write_incidents([_incident(e) for e in events], "parquet", buf)
    inc = pq.read_table(io.BytesIO(buf.getvalue()))
    assert inc.column("incident_id").to_pylist() == [ids.incident_id(e.event_id) for e in events]


def test_parquet_refuses_a_plain_text_stream(events):
    with pytest.raises(ValueError):
        write_events(events, "parquet", io.StringIO())


def test_geojson_is_a_feature_collection(events, tmp_path):
    out = tmp_path / "ev.geojson"
    write_events(events, "geojson", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    f1, f2 = doc["features"]
    assert f1["type"] == "Feature" and f1["geometry"] == {"type": "Point", "coordinates": [37.33, 55.82]}
    assert f1["properties"]["event_id"] == events[0].event_id
    assert f2["geometry"] is None                           # no coordinates: kept, without geometry
    buf = io.StringIO()
    write_incidents([], "geojson", buf)
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_unknown_format(events):
    with pytest.raises(ValueError, match="unknown export format"):
        write_events(events, "xml", io.StringIO())


def test_table_lists_each_incident(events):
    long_actor = Actor("A" * 80, None, ActorKind.ORGANIZATION)
    inc2 = _incident(events[1], ("a2", "a4", "a5"))
    inc2 = Incident(inc2.incident_id, EventType.VIOLENCE_AGAINST_CIVILIANS, inc2.date, inc2.location,
                    (long_actor,), Count(5, Qualifier.RANGE, 9), inc2.article_ids, inc2.event_ids)
    text = format_incidents_table([_incident(events[0]), inc2])
    lines = text.splitlines()
    assert lines[0].split() == ["date", "type", "status", "place", "cc", "killed", "perpetrators", "arts"]
    assert "2024-03-22" in lines[2] and "Krasnogorsk" in lines[2] and "RU" in lines[2] and ">=133" in lines[2]
    assert "violence_against_civilians" in lines[3] and "5-9" in lines[3] and lines[3].rstrip().endswith("3")
    assert "A" * 80 not in text and "…" in lines[3]
    assert len({len(line) for line in lines[:2]}) == 1 and max(len(line) for line in lines) <= len(lines[1])
    assert lines[-1] == "2 incidents"
