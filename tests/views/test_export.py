from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsevents.core import ids
from newsevents.core.enums import ActorKind, DatePrecision, EventType, GeoPrecision, Qualifier, Status
from newsevents.core.records import Actor, Count, DateRange, Event, Evidence, Incident, Location
from newsevents.views.codebooks import columns
from newsevents.views.export import EVENT_COLUMNS, INCIDENT_COLUMNS, write_events, write_incidents
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


# -- the shapes open in the tools people use; the schema document matches what is written -------------

DOC = Path(__file__).resolve().parents[2] / "docs" / "export-schema.md"


def check_rfc7946(doc: dict) -> None:
    """The parts of RFC 7946 our output uses: a FeatureCollection of Features with Point geometry or null."""
    assert doc["type"] == "FeatureCollection" and isinstance(doc["features"], list)
    assert "crs" not in doc                                     # RFC 7946 section 4: no crs member
    for f in doc["features"]:
        assert f["type"] == "Feature" and "crs" not in f
        assert {"geometry", "properties"} <= set(f)             # section 3.2: both members always present
        assert f["properties"] is None or isinstance(f["properties"], dict)
        if "id" in f:
            assert isinstance(f["id"], (str, int))              # section 3.2: a string or a number
        g = f["geometry"]
        if g is None:
            continue
        assert g["type"] == "Point" and set(g) == {"type", "coordinates"}
        pos = g["coordinates"]
        assert isinstance(pos, list) and len(pos) in (2, 3) and all(isinstance(x, (int, float)) for x in pos)
        lon, lat = pos[:2]                                      # section 3.1.1: longitude first
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_rfc7946_check_catches_swapped_coordinates():
    bad = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [55.82, 237.33]}, "properties": {}}]}
    with pytest.raises(AssertionError):
        check_rfc7946(bad)


def test_geojson_is_valid_rfc7946(events, tmp_path):
    write_events(events, "geojson", tmp_path / "ev.geojson")
    write_incidents([_incident(e) for e in events], "geojson", tmp_path / "inc.geojson")
    for name in ("ev.geojson", "inc.geojson"):
        check_rfc7946(json.loads((tmp_path / name).read_text(encoding="utf-8")))


def _doc_tables() -> dict[str, list[list[str]]]:
    """Section heading -> the rows of its table headed `| column |` (cells split on unescaped pipes)."""
    tables: dict[str, list[list[str]]] = {}
    heading, inside = "", False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = line[3:].strip()
        if not line.startswith("|"):
            inside = False
        elif line.startswith("| column |"):
            inside = True
        elif inside and line.startswith("| `"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            tables.setdefault(heading, []).append(cells)
    return tables


def test_schema_document_lists_every_parquet_column_with_its_type(events, tmp_path):
    tables = _doc_tables()
    write_events(events, "parquet", tmp_path / "ev.parquet")
    write_incidents([_incident(e) for e in events], "parquet", tmp_path / "inc.parquet")
    for heading, name in (("Events: CSV and Parquet columns", "ev.parquet"),
                          ("Incidents: CSV and Parquet columns", "inc.parquet")):
        schema = pq.read_schema(tmp_path / name)
        documented = [(row[0].strip("`"), row[1]) for row in tables[heading]]
        assert documented == [(f.name, str(f.type).removesuffix("[day]")) for f in schema], heading
    assert [f.name for f in pq.read_schema(tmp_path / "ev.parquet")] == [c.name for c in EVENT_COLUMNS]
    assert [f.name for f in pq.read_schema(tmp_path / "inc.parquet")] == [c.name for c in INCIDENT_COLUMNS]


@pytest.mark.parametrize("fmt, heading", [("acled", "ACLED shape"), ("gtd", "GTD shape")])
def test_schema_document_lists_every_codebook_column(fmt, heading):
    assert [row[0].strip("`") for row in _doc_tables()[heading]] == columns(fmt)


def test_parquet_opens_in_pyarrow_and_pandas(events, tmp_path):
    out = tmp_path / "inc.parquet"
    write_incidents([_incident(e) for e in events], "parquet", out)
    table = pq.read_table(out)
    assert table.schema.field("date_start").type == pa.date32()
    assert table.schema.field("fatalities_count").type == pa.int64()
    frame = pd.read_parquet(out)
    assert list(frame.columns) == [c.name for c in INCIDENT_COLUMNS] and len(frame) == 2
    assert frame["location_lat"].iloc[0] == 55.82 and str(frame["date_start"].iloc[0]) == "2024-03-22"
    assert pd.isna(frame["fatalities_count"].iloc[1])


@pytest.mark.parametrize("fmt", ["acled", "gtd"])
def test_codebook_csv_opens_in_pandas_with_the_codebook_header(fmt, events, tmp_path):
    out = tmp_path / f"{fmt}.csv"
    assert write_incidents([_incident(e) for e in events], fmt, out) == 2
    assert write_events(events, fmt, io.StringIO()) == 2
    frame = pd.read_csv(out)
    assert list(frame.columns) == columns(fmt) and len(frame) == 2
    if fmt == "acled":
        assert frame["country"].iloc[0] == "Russia" and pd.isna(frame["country"].iloc[1])
        assert frame["fatalities"].tolist() == [133, 0] and frame["event_type"].iloc[0] == "Violence against civilians"
    else:
        assert frame["country_txt"].iloc[0] == "Russia" and frame["gname"].iloc[0] == "Islamic State Khorasan Province"
        assert frame["nkill"].iloc[0] == 133 and pd.isna(frame["nkill"].iloc[1])


# -- the command, once through a real SQLite store ------------------------------------------------------

ARTICLES = [
    {"id": "kabul-hotel", "published": "2018-01-21", "url": "https://www.example-news.org/kabul-hotel",
     "title": "Siege at Kabul hotel ends",
     "text": "KABUL, Afghanistan - Gunmen stormed the Intercontinental Hotel in Kabul on Saturday night and "
             "killed at least 18 people, most of them foreigners, before Afghan forces ended the siege on Sunday. "
             "The Taliban claimed responsibility for the attack."},
    {"id": "peshawar-mosque", "published": "2023-01-31", "url": "https://wire.example.com/peshawar",
     "title": "Mosque bombing in Peshawar",
     "text": "PESHAWAR, Pakistan - A suicide bomber blew himself up inside a mosque in the police headquarters "
             "compound in Peshawar on Monday, killing at least 59 people, most of them police officers at "
             "afternoon prayers, officials said."},
]


def test_export_command_through_a_sqlite_store(cli_env, newsevents_bin, tmp_path):
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = str(tmp_path / "store.db")

    def run(*args: str) -> subprocess.CompletedProcess:
        done = subprocess.run([newsevents_bin, *args], env=cli_env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done

    run("ingest", str(src), "--db", db, "--quiet")
    for fmt in ("acled", "gtd"):
        run("export", "--db", db, "--format", fmt, "-o", str(tmp_path / f"{fmt}.csv"))
        run("export", "--db", db, "--format", fmt, "--events", "-o", str(tmp_path / f"{fmt}-events.csv"))
    acled = pd.read_csv(tmp_path / "acled.csv")
    assert list(acled.columns) == columns("acled") and len(acled) >= 2
    assert {"Afghanistan", "Pakistan"} <= set(acled["country"])
    assert {"example-news.org", "wire.example.com"} <= set(acled["source"])
    assert set(acled["region"]) >= {"South Asia"}
    gtd = pd.read_csv(tmp_path / "gtd.csv")
    assert list(gtd.columns) == columns("gtd") and len(gtd) == len(acled)
    taliban = gtd[gtd["gname"] == "Taliban"].iloc[0]
    assert taliban["country_txt"] == "Afghanistan" and taliban["claimed"] == 1 and taliban["iyear"] == 2018
    assert taliban["scite1"].startswith('"Siege at Kabul hotel ends", example-news.org, 2018-01-21.')
    peshawar = gtd[gtd["country_txt"] == "Pakistan"].iloc[0]
    assert (peshawar["suicide"], peshawar["attacktype1_txt"], peshawar["nkill"]) == (1, "Bombing/Explosion", 59)
    events = pd.read_csv(tmp_path / "acled-events.csv")
    assert list(events.columns) == columns("acled") and len(events) >= len(acled)

    done = run("export", "--db", db, "--format", "geojson")
    doc = json.loads(done.stdout)
    check_rfc7946(doc)
    assert len(doc["features"]) == len(acled) and all(f["geometry"] for f in doc["features"])
    assert "exported" in done.stderr
    run("export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "inc.parquet"))
    assert pq.read_table(tmp_path / "inc.parquet").num_rows == len(pd.read_parquet(tmp_path / "inc.parquet"))
