"""Write events or incidents as JSON Lines, CSV, Parquet, GeoJSON, or ACLED- / GTD-shaped CSV.

JSON Lines and GeoJSON carry the contract JSON untouched. CSV and Parquet carry the same flat columns
(one table of column specs below serves both), lists joined by "; ". The ACLED and GTD shapes are CSV
with the codebook's columns (views/codebooks). docs/export-schema.md describes every column.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from ..core.records import Count, DateRange, Event, Incident, Location
from . import codebooks
from .codebooks import CODEBOOKS, Articles

FORMATS = ("jsonl", "csv", "parquet", "geojson", *CODEBOOKS)

Out = TextIO | BinaryIO | str | Path
Record = Event | Incident


@dataclass(frozen=True)
class Column:
    name: str
    kind: str                              # "str", "int", "float", "bool", "date" (a Parquet type each)
    get: Callable[[Any], Any]


def _join(items: Iterable[str]) -> str | None:
    joined = "; ".join(i for i in items if i)
    return joined or None


def _date_cols() -> list[Column]:
    def g(attr: str) -> Callable[[Any], Any]:
        def get(r: Record) -> Any:
            d: DateRange | None = r.date
            v = getattr(d, attr) if d else None
            return v.value if hasattr(v, "value") else v
        return get
    return [Column("date_start", "date", g("start")), Column("date_end", "date", g("end")),
            Column("date_precision", "str", g("precision"))]


def _location_cols() -> list[Column]:
    def g(attr: str) -> Callable[[Any], Any]:
        def get(r: Record) -> Any:
            loc: Location | None = r.location
            v = getattr(loc, attr) if loc else None
            return v.value if hasattr(v, "value") else v
        return get
    return [Column("location_name", "str", g("name")), Column("location_country", "str", g("country")),
            Column("location_admin1", "str", g("admin1")), Column("location_lat", "float", g("lat")),
            Column("location_lon", "float", g("lon")), Column("location_precision", "str", g("precision")),
            Column("location_geonames_id", "int", g("geonames_id"))]


def _count_cols(prefix: str) -> list[Column]:
    def g(attr: str) -> Callable[[Any], Any]:
        def get(r: Record) -> Any:
            c: Count | None = getattr(r, prefix)
            v = getattr(c, attr) if c else None
            return v.value if hasattr(v, "value") else v
        return get
    return [Column(f"{prefix}_count", "int", g("count")), Column(f"{prefix}_qualifier", "str", g("qualifier")),
            Column(f"{prefix}_max", "int", g("max"))]


def _perpetrators(r: Record) -> str | None:
    return _join(a.canonical or a.name for a in r.perpetrators)


def _range_cols(prefix: str) -> list[Column]:
    def g(i: int) -> Callable[[Any], Any]:
        def get(r: Incident) -> Any:
            rng: tuple[int, int] | None = getattr(r, f"{prefix}_range")
            return rng[i] if rng else None
        return get
    return [Column(f"{prefix}_lowest", "int", g(0)), Column(f"{prefix}_highest", "int", g(1))]


def _claims(r: Incident) -> str | None:
    return _join(sorted({c.actor for c in r.claims}))


def _attributions(r: Incident) -> str | None:
    return _join(f"{a.source}: {a.actor}" if a.source else a.actor for a in r.attributions)


EVENT_COLUMNS: tuple[Column, ...] = (
    Column("event_id", "str", lambda e: e.event_id),
    Column("article_id", "str", lambda e: e.article_id),
    Column("event_type", "str", lambda e: e.event_type.value),
    Column("status", "str", lambda e: e.status.value),
    Column("suicide", "bool", lambda e: e.suicide),
    *_date_cols(),
    Column("date_text", "str", lambda e: e.date.text if e.date else None),
    *_location_cols(),
    Column("location_text", "str", lambda e: e.location.text if e.location else None),
    Column("perpetrators", "str", _perpetrators),
    Column("perpetrator_names", "str", lambda e: _join(a.name for a in e.perpetrators)),
    Column("targets", "str", lambda e: _join(t.name for t in e.targets)),
    Column("victims", "str", lambda e: _join(v.name for v in e.victims)),
    Column("weapons", "str", lambda e: _join(e.weapons)),
    *_count_cols("fatalities"),
    *_count_cols("injuries"),
    Column("claimed_by", "str", lambda e: _join(e.claimed_by)),
    Column("attributed_by", "str",
           lambda e: _join(f"{a.source}: {a.actor}" if a.source else a.actor for a in e.attributed_by)),
    Column("confidence", "float", lambda e: round(e.confidence, 3)),
    Column("background", "bool", lambda e: e.background),
    Column("evidence", "str", lambda e: " | ".join(x.text for x in e.evidence) or None),
)

INCIDENT_COLUMNS: tuple[Column, ...] = (
    Column("incident_id", "str", lambda i: i.incident_id),
    Column("event_type", "str", lambda i: i.event_type.value),
    Column("status", "str", lambda i: i.status.value),
    Column("suicide", "bool", lambda i: i.suicide),
    *_date_cols(),
    *_location_cols(),
    Column("perpetrators", "str", _perpetrators),
    Column("targets", "str", lambda i: _join(t.name for t in i.targets)),
    Column("victims", "str", lambda i: _join(v.name for v in i.victims)),
    Column("weapons", "str", lambda i: _join(i.weapons)),
    *_count_cols("fatalities"),
    *_range_cols("fatalities"),
    *_count_cols("injuries"),
    *_range_cols("injuries"),
    Column("claimed_by", "str", _claims),
    Column("attributed_by", "str", _attributions),
    Column("summary", "str", lambda i: i.summary),
    Column("first_reported", "date", lambda i: i.first_reported),
    Column("last_reported", "date", lambda i: i.last_reported),
    Column("article_count", "int", lambda i: len(i.article_ids)),
    Column("article_ids", "str", lambda i: _join(i.article_ids)),
    Column("event_ids", "str", lambda i: _join(i.event_ids)),
)


def write_events(events: Iterable[Event], fmt: str, out: Out, articles: Articles = None) -> int:
    """Write events in `fmt` (one of FORMATS) to a stream or path; return how many.

    `articles` (id -> Article, a mapping or a callable such as `store.get_article`) names the sources in
    the ACLED and GTD shapes; the other formats do not need it."""
    return _write(events, fmt, out, EVENT_COLUMNS, "event_id", articles)


def write_incidents(incidents: Iterable[Incident], fmt: str, out: Out, articles: Articles = None) -> int:
    """Write incidents in `fmt` (one of FORMATS) to a stream or path; return how many (see write_events)."""
    return _write(incidents, fmt, out, INCIDENT_COLUMNS, "incident_id", articles)


def _write(records: Iterable[Record], fmt: str, out: Out, columns: tuple[Column, ...], id_field: str,
           articles: Articles) -> int:
    fmt = fmt.lower()
    if fmt == "parquet":
        return _write_parquet(records, out, columns)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with _text_stream(out) as fh:
        if fmt == "jsonl":
            return _write_jsonl(records, fh)
        if fmt == "csv":
            return _write_table(fh, [c.name for c in columns], ([c.get(r) for c in columns] for r in records))
        if fmt in CODEBOOKS:
            names = codebooks.columns(fmt)
            return _write_table(fh, names, ([row[n] for n in names] for row in codebooks.rows(fmt, records, articles)))
        return _write_geojson(records, fh, id_field)


@contextmanager
def _text_stream(out: Out) -> Iterator[TextIO]:
    if isinstance(out, (str, Path)):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            yield fh
    elif isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        yield out  # type: ignore[misc]
    else:                                                   # a binary stream: wrap it, leave it open
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[arg-type]
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()


def _write_jsonl(records: Iterable[Record], fh: TextIO) -> int:
    n = 0
    for r in records:
        fh.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        n += 1
    return n


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, date):
        return v.isoformat()
    return v


def _write_table(fh: TextIO, header: list[str], rows: Iterable[list[Any]]) -> int:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(header)
    n = 0
    for row in rows:
        w.writerow([_cell(v) for v in row])
        n += 1
    return n


def _write_geojson(records: Iterable[Record], fh: TextIO, id_field: str) -> int:
    """One RFC 7946 FeatureCollection, streamed; records without coordinates get a null geometry."""
    fh.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for r in records:
        props = r.to_json()
        loc = r.location
        geometry = None
        if loc is not None and loc.lat is not None and loc.lon is not None:
            geometry = {"type": "Point", "coordinates": [round(loc.lon, 6), round(loc.lat, 6)]}
        feature = {"type": "Feature", "id": props[id_field], "geometry": geometry, "properties": props}
        fh.write(("," if n else "") + "\n" + json.dumps(feature, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return n


def _write_parquet(records: Iterable[Record], out: Out, columns: tuple[Column, ...]) -> int:
    import pyarrow as pa                                    # heavy: only when Parquet is asked for
    import pyarrow.parquet as pq

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32()}
    schema = pa.schema([pa.field(c.name, types[c.kind]) for c in columns])
    data: dict[str, list[Any]] = {c.name: [] for c in columns}
    n = 0
    for r in records:
        for c in columns:
            data[c.name].append(c.get(r))
        n += 1
    table = pa.Table.from_pydict(data, schema=schema)
    if isinstance(out, (str, Path)):
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, str(out))
        return n
    sink: Any = out
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        buffer = getattr(out, "buffer", None)               # e.g. sys.stdout -> its byte stream
        if buffer is None:
            raise ValueError("Parquet needs a file path or a binary stream, not a text stream")
        out.flush()
        sink = buffer
    pq.write_table(table, sink)
    sink.flush()
    return n
