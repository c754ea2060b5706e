"""`ingest` and `incidents` through the CLI against a database in tmp_path: idempotent, resumable, searchable."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from newsevents.store import open_store

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
INCIDENT_FIELDS = {"incident_id", "event_type", "date", "location", "perpetrators", "fatalities", "article_ids",
                   "event_ids"}


def run(bin_: str, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([bin_, *args], env=env, capture_output=True, text=True, timeout=600)


def counts(db: Path) -> tuple[int, int, int]:
    with open_store(db) as store:
        return store.articles_count(), store.events_count(), store.incidents_count()


def stored_articles(db: Path) -> int:
    """Articles committed so far, read while another process may be writing (WAL lets readers in)."""
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, newsevents_bin, gazetteer_path):
    """The examples ingested twice into one database: (db, env, first run, second run, counts after each)."""
    tmp = tmp_path_factory.mktemp("ingest")
    env = dict(os.environ, NEWSEVENTS_DATA_DIR=str(tmp / "data"), NEWSEVENTS_GAZETTEER=str(gazetteer_path))
    db = tmp / "ne.db"
    first = run(newsevents_bin, env, "ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    after_first = counts(db)
    second = run(newsevents_bin, env, "ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    after_second = counts(db)
    return db, env, first, second, after_first, after_second


def test_ingest_is_idempotent(ingested):
    db, _env, first, second, after_first, after_second = ingested
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    n_articles = len([p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")]) + \
        sum(1 for line in (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    articles, events, incidents = after_first
    assert articles == n_articles
    assert events > articles and 0 < incidents <= events     # reports of one incident merge
    assert after_second == after_first
    assert f"{n_articles} ok" in first.stderr
    assert f"0 ok, {n_articles} skipped" in second.stderr   # already stored: nothing extracted twice
    assert first.stdout == "" and second.stdout == ""


def test_incidents_prints_one_json_line_per_incident_holding_every_event_once(ingested, newsevents_bin):
    db, env, *_ , after = ingested
    r = run(newsevents_bin, env, "incidents", "--db", str(db))
    assert r.returncode == 0, r.stderr
    incidents = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(incidents) == after[2]
    for inc in incidents:
        assert INCIDENT_FIELDS <= set(inc), INCIDENT_FIELDS - set(inc)
        assert {"start", "end", "precision"} <= set(inc["date"])
    assert len({i["incident_id"] for i in incidents}) == len(incidents)
    with open_store(db) as store:
        stored = {e.event_id: e.article_id for e in store.events()}
    held = [e for i in incidents for e in i["event_ids"]]
    assert sorted(held) == sorted(stored)                    # every stored event in exactly one incident
    for inc in incidents:
        assert set(inc["article_ids"]) == {stored[e] for e in inc["event_ids"]}
    kerman = [i for i in incidents if i["location"] and i["location"]["name"] == "Kerman"]
    assert kerman and kerman[0]["location"]["country"] == "IR"


def test_incidents_as_a_table(ingested, newsevents_bin):
    db, env, *_ = ingested
    r = run(newsevents_bin, env, "incidents", "--db", str(db), "--format", "table")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) > 20
    assert "Kerman" in r.stdout and "Garissa" in r.stdout
    assert not r.stdout.lstrip().startswith("{")


def test_database_is_wal_with_full_text_search(ingested):
    db = ingested[0]
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        assert "fts5" in sql.lower()
    finally:
        con.close()
    with open_store(db) as store:
        hits = store.search("Garissa")
        assert hits and all("Garissa" in snippet for _, snippet in hits)
        assert any("garissa" in aid for aid, _ in hits)
        assert store.search("Chibok schoolgirls")
        assert store.search("xylophonequartet") == []


def test_ingest_after_an_interruption_stores_every_article_once(newsevents_bin, cli_env, tmp_path):
    src = tmp_path / "many"
    originals = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    for i in range(3):                                           # same texts, different paths: different ids
        d = src / f"copy{i:02d}"
        d.mkdir(parents=True)
        for p in originals:
            shutil.copy(p, d / p.name)
    total = 3 * len(originals)
    db = tmp_path / "resume.db"

    proc = subprocess.Popen([newsevents_bin, "ingest", str(src), "--db", str(db), "--quiet"], env=cli_env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while stored_articles(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)       # the ingest and its worker processes, as a power cut would
        proc.wait(timeout=30)
    partial = stored_articles(db)
    print(f"interrupted after {partial} of {total} articles")
    assert 0 < partial < total, f"the ingest was not interrupted part way ({partial} of {total} stored)"

    r = run(newsevents_bin, cli_env, "ingest", str(src), "--db", str(db), "--quiet")
    assert r.returncode == 0, r.stderr
    assert f"{total - partial} ok, {partial} skipped" in r.stderr
    con = sqlite3.connect(db)
    try:
        ids = [row[0] for row in con.execute("SELECT id FROM articles")]
        per_article = dict(con.execute("SELECT article_id, COUNT(*) FROM events GROUP BY article_id"))
    finally:
        con.close()
    assert len(ids) == len(set(ids)) == total
    # every copy of the same text yields the same number of events: nothing was stored twice or half
    by_name: dict[str, set[int]] = {}
    for aid in ids:
        by_name.setdefault(Path(aid).name, set()).add(per_article.get(aid, 0))
    assert all(len(v) == 1 for v in by_name.values()), by_name
