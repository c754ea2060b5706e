"""Crash safety: an ingest killed with SIGKILL part way, then run again, leaves exactly what one uninterrupted
ingest leaves (same articles, no event twice, identical incidents), on SQLite and on PostgreSQL.

The corpus is scripts/make_bench_corpus.py's; NEWSEVENTS_CRASH_ARTICLES sets its size (`make crashtest`
runs 5,000). The kill lands once half of the articles are committed, while the ingest is still saving.
"""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import psycopg
import pytest

REPO = Path(__file__).resolve().parents[1]
ARTICLES = int(os.environ.get("NEWSEVENTS_CRASH_ARTICLES", "160"))
POLL_SECONDS = 0.05


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """ARTICLES news-length articles as one JSON Lines file, the same bytes on every run."""
    spec = importlib.util.spec_from_file_location("make_bench_corpus", REPO / "scripts" / "make_bench_corpus.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in bench.corpus(ARTICLES))
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request, tmp_path):
    """Makes a fresh, empty database of the backend under test: `new_db(name)` returns what `--db` takes."""
    if request.param == "sqlite":
        return lambda name: str(tmp_path / f"{name}.db")
    cluster = request.getfixturevalue("pg_cluster")
    return lambda name: cluster.create_database(f"crash_{name}")


def rows(db: str, sql: str) -> list[tuple]:
    """A read-only query on either backend, safe beside a writing ingest; no rows before it made its tables."""
    if db.startswith("postgresql://"):
        with psycopg.connect(db) as conn:
            conn.read_only = True
            try:
                return conn.execute(sql).fetchall()
            except psycopg.errors.UndefinedTable:
                return []
    if not Path(db).exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise
    finally:
        conn.close()


def stored(db: str) -> int:
    """Articles committed so far."""
    found = rows(db, "SELECT COUNT(*) FROM articles")
    return found[0][0] if found else 0


def ingest(bin_: str, env: dict, corpus: Path, db: str) -> None:
    done = subprocess.run([bin_, "ingest", str(corpus), "--db", db, "--quiet"], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr


def ingest_killed_halfway(bin_: str, env: dict, corpus: Path, db: str) -> int:
    """Start an ingest, SIGKILL it (and its worker processes) once half the corpus is committed; the number of
    articles it had committed."""
    proc = subprocess.Popen([bin_, "ingest", str(corpus), "--db", db, "--quiet"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        while proc.poll() is None and stored(db) < ARTICLES // 2:
            time.sleep(POLL_SECONDS)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)       # as a power cut would: no handler, no rollback, no merge
        _, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, f"the ingest ended before the kill (raise {ARTICLES=}): {err}"
    return stored(db)


def snapshot(bin_: str, env: dict, db: str) -> dict:
    """What an ingest leaves: article ids with content hashes, every event's JSON (duplicates kept), and the
    incidents as `newsevents incidents` prints them."""
    done = subprocess.run([bin_, "incidents", "--db", db], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    incidents = sorted((json.loads(line) for line in done.stdout.splitlines()), key=lambda i: i["incident_id"])
    events = sorted(json.dumps(json.loads(text), sort_keys=True)
                    for (text,) in rows(db, "SELECT CAST(json AS TEXT) FROM events"))
    return {"articles": sorted(rows(db, "SELECT id, content_hash FROM articles")), "events": events,
            "incidents": incidents}


def partition(incidents: list[dict]) -> set[frozenset[str]]:
    return {frozenset(i["event_ids"]) for i in incidents}


def test_an_ingest_killed_halfway_then_rerun_equals_an_uninterrupted_one(new_db, corpus, newsevents_bin, cli_env):
    crashed, reference = new_db("resumed"), new_db("reference")
    partial = ingest_killed_halfway(newsevents_bin, cli_env, corpus, crashed)
    print(f"killed with {partial} of {ARTICLES} articles committed")
    assert 0 < partial < ARTICLES, f"the kill did not land part way ({partial} of {ARTICLES} committed)"

    ingest(newsevents_bin, cli_env, corpus, crashed)
    ingest(newsevents_bin, cli_env, corpus, reference)
    got, want = snapshot(newsevents_bin, cli_env, crashed), snapshot(newsevents_bin, cli_env, reference)

    assert len(want["articles"]) == ARTICLES                       # the corpus ingests whole when not killed
    assert got["articles"] == want["articles"]                     # nothing lost, none stored twice
    assert len(got["events"]) == len(set(got["events"]))           # no event doubled, even under a new id
    assert got["events"] == want["events"]
    event_ids = [json.loads(e)["event_id"] for e in got["events"]]
    in_incidents = [e for i in got["incidents"] for e in i["event_ids"]]
    assert sorted(in_incidents) == sorted(event_ids)               # every event in exactly one incident
    assert partition(got["incidents"]) == partition(want["incidents"])
    assert got["incidents"] == want["incidents"]
