"""The `newsevents extract` contract (shared/CONTRACT.md), driven as a user would: a subprocess per run."""
from __future__ import annotations

import csv
import gzip
import json
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest

CONTRACT_FIELDS = {"event_id", "article_id", "event_type", "status", "suicide", "date", "location", "perpetrators",
                   "targets", "victims", "weapons", "fatalities", "injuries", "claimed_by", "attributed_by",
                   "evidence", "confidence"}
EVENT_TYPES = {"armed_assault", "bombing", "assassination", "kidnapping", "arson", "facility_attack",
               "remote_violence", "battle", "violence_against_civilians", "threat", "protest", "riot", "other"}

KABUL = ("KABUL, Afghanistan - Gunmen stormed the Intercontinental Hotel in Kabul on Saturday, killing at least 40 "
         "people in a siege that lasted through the night. The Taliban claimed responsibility.\n")
QUETTA = "A bomb tore through a bus in Quetta on Tuesday, killing about 30 passengers.\n"
MOGADISHU = "Gunmen stormed a hotel in Mogadishu on Friday, killing dozens of guests.\n"
KANO = "Up to 40 people were killed when a bomb exploded at a bus station in Kano on Friday.\n"
CHRISTCHURCH_HTML = """<!doctype html>
<html><head><title>Gunman kills 49 at two Christchurch mosques</title>
<meta property="article:published_time" content="2019-03-16T08:00:00+13:00">
<style>p { margin: 0 }</style><script>window.analytics = [];</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Gunman kills 49 at two Christchurch mosques</h1>
<p>CHRISTCHURCH, New Zealand - A gunman opened fire at two mosques in Christchurch on Friday, killing 49
worshippers and wounding dozens of others during afternoon prayers.</p>
<p>Police said the attacker had streamed the shooting online, and the prime minister called it one of the
country's darkest days.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>
"""


def run(bin_: str, env: dict, *args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([bin_, *args], env=env, input=stdin, capture_output=True, text=True, timeout=300,
                          cwd=cwd)


def json_lines(stdout: str) -> list[dict]:
    """Every stdout line must be one JSON object (nothing else may appear on standard output)."""
    out = []
    for line in stdout.splitlines():
        assert line.strip(), "blank line on stdout"
        out.append(json.loads(line))
    return out


def check_contract(ev: dict) -> None:
    assert CONTRACT_FIELDS <= set(ev), CONTRACT_FIELDS - set(ev)
    assert ev["event_type"] in EVENT_TYPES
    assert ev["status"] in {"realized", "attempted", "threatened"}
    assert isinstance(ev["suicide"], bool)
    assert set(ev["date"]) >= {"start", "end", "precision", "text"}
    assert ev["date"]["precision"] in {"day", "week", "month", "year", "range", "unknown"}
    if ev["location"] is not None:
        assert {"name", "country", "admin1", "lat", "lon", "precision", "geonames_id", "text"} <= set(ev["location"])
    for p in ev["perpetrators"]:
        assert {"name", "canonical", "kind"} <= set(p) and p["kind"] in {"organization", "individual", "state", "unknown"}
    for c in (ev["fatalities"], ev["injuries"]):
        if c is not None:
            assert {"count", "qualifier", "max", "text"} <= set(c)
            assert c["qualifier"] in {"exact", "at_least", "more_than", "approx", "up_to", "range"}
    assert all(isinstance(a, str) for a in ev["claimed_by"])
    assert all({"source", "actor"} <= set(a) for a in ev["attributed_by"])
    assert ev["evidence"] and all({"text", "start", "end"} <= set(e) for e in ev["evidence"])
    assert 0.0 <= ev["confidence"] <= 1.0


@pytest.fixture
def articles(tmp_path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "kabul.txt").write_text(KABUL, encoding="utf-8")
    (d / "christchurch.html").write_text(CHRISTCHURCH_HTML, encoding="utf-8")
    recs = [{"id": "quetta", "published": "2019-04-12", "text": QUETTA},
            {"id": "mogadishu", "published": "2022-08-20T10:15:00Z", "title": "Hotel siege", "text": MOGADISHU}]
    (d / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    gz = tmp_path / "more.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "kano", "published": "2014-11-16", "text": KANO}) + "\n")
    return d


def test_extract_a_text_file_prints_contract_json_lines(newsevents_bin, cli_env, articles):
    path = articles / "kabul.txt"
    r = run(newsevents_bin, cli_env, "extract", str(path), "--published", "2018-01-22")
    assert r.returncode == 0, r.stderr
    events = json_lines(r.stdout)
    assert len(events) == 1
    ev = events[0]
    check_contract(ev)
    assert ev["article_id"] == str(path)
    assert (ev["event_type"], ev["date"]["start"], ev["location"]["country"]) == ("armed_assault", "2018-01-20", "AF")
    assert ev["fatalities"] == {"count": 40, "qualifier": "at_least", "max": None, "text": "at least 40"}
    assert ev["claimed_by"] == ["Taliban"]
    text = path.read_text(encoding="utf-8")
    for span in ev["evidence"]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert "1 ok, 0 skipped, 0 failed" in r.stderr


def test_extract_html_directory_jsonl_and_gzip_in_one_run(newsevents_bin, cli_env, articles, tmp_path):
    r = run(newsevents_bin, cli_env, "extract", str(articles), str(tmp_path / "more.jsonl.gz"), "--quiet")
    assert r.returncode == 0, r.stderr
    events = json_lines(r.stdout)
    for ev in events:
        check_contract(ev)
    by_article = {ev["article_id"]: ev for ev in events}
    assert set(by_article) == {str(articles / "christchurch.html"), str(articles / "kabul.txt"), "quetta",
                               "mogadishu", "kano"}, sorted(by_article)
    html = by_article[str(articles / "christchurch.html")]
    assert (html["date"]["start"], html["location"]["name"], html["fatalities"]["count"]) == \
           ("2019-03-15", "Christchurch", 49)        # the page's publication date anchors "on Friday"
    assert by_article[str(articles / "kabul.txt")]["date"]["start"] is None    # no date given: none invented
    assert by_article["quetta"]["date"]["start"] == "2019-04-09"
    assert by_article["mogadishu"]["date"]["start"] == "2022-08-19"            # full ISO timestamp accepted
    assert by_article["kano"]["fatalities"]["qualifier"] == "up_to"
    assert "5 ok, 0 skipped, 0 failed" in r.stderr


def test_extract_stdin(newsevents_bin, cli_env):
    lines = json.dumps({"id": "kabul-wire", "published": "2018-01-22", "text": KABUL}) + "\n"
    r = run(newsevents_bin, cli_env, "extract", "-", stdin=lines)
    assert r.returncode == 0, r.stderr
    [ev] = json_lines(r.stdout)
    check_contract(ev)
    assert (ev["article_id"], ev["date"]["start"]) == ("kabul-wire", "2018-01-20")


def test_extract_to_csv_geojson_and_parquet(newsevents_bin, cli_env, articles, tmp_path):
    src = str(articles / "wire.jsonl")
    outs = {fmt: tmp_path / f"events.{fmt}" for fmt in ("csv", "geojson", "parquet")}
    procs = [subprocess.Popen([newsevents_bin, "extract", src, "--format", fmt, "-o", str(out)], env=cli_env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for fmt, out in outs.items()]
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        assert p.returncode == 0, stderr
        assert stdout == ""                     # with -o nothing goes to standard output

    with outs["csv"].open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["article_id"] for r in rows) == ["mogadishu", "quetta"]
    assert {"event_id", "event_type", "date_start", "location_country"} <= set(rows[0])
    assert {r["location_country"] for r in rows} == {"PK", "SO"}

    gj = json.loads(outs["geojson"].read_text(encoding="utf-8"))
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 2
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert (lat, lon) == (f["properties"]["location"]["lat"], f["properties"]["location"]["lon"])

    table = pq.read_table(outs["parquet"])
    assert table.num_rows == 2
    assert sorted(table.column("article_id").to_pylist()) == ["mogadishu", "quetta"]
    assert {r["event_id"] for r in rows} == set(table.column("event_id").to_pylist())


def test_missing_path_is_an_error_not_a_crash(newsevents_bin, cli_env, tmp_path):
    r = run(newsevents_bin, cli_env, "extract", str(tmp_path / "nope.txt"))
    assert r.returncode != 0
    assert r.stdout == ""
    assert "nope.txt" in r.stderr and "Traceback" not in r.stderr
