"""`newsevents ingest --db postgresql://...` end to end: the same events and incidents as a SQLite ingest."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from newsevents.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _run(bin_: str, env: dict, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([bin_, *args], env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    return done


def _stored(db: str) -> tuple[list[dict], list[str]]:
    with open_store(db) as store:
        return [e.to_json() for e in store.events()], [a.id for a in store.list_articles(limit=1000)]


def test_ingest_into_postgresql_matches_sqlite(newsevents_bin, cli_env, tmp_path, pg_url):
    sqlite_db = str(tmp_path / "examples.db")
    _run(newsevents_bin, cli_env, "ingest", str(EXAMPLES), "--db", sqlite_db, "--quiet", "--workers", "1")
    first = _run(newsevents_bin, cli_env, "ingest", str(EXAMPLES), "--db", pg_url, "--quiet", "--workers", "1")
    assert "cannot" not in first.stderr

    events, articles = _stored(pg_url)
    assert (events, articles) == _stored(sqlite_db)
    assert len(articles) > 10 and len(events) > len(articles)

    incidents = [_run(newsevents_bin, cli_env, "incidents", "--db", db).stdout for db in (sqlite_db, pg_url)]
    assert incidents[0] == incidents[1]
    assert {e for line in incidents[1].splitlines() for e in json.loads(line)["event_ids"]} == \
        {e["event_id"] for e in events}                     # every event in exactly one incident...
    assert sum(len(json.loads(line)["event_ids"]) for line in incidents[1].splitlines()) == len(events)

    _run(newsevents_bin, cli_env, "ingest", str(EXAMPLES), "--db", pg_url, "--quiet", "--workers", "1")
    assert _stored(pg_url) == (events, articles)            # ...and a rerun stores nothing twice
    assert _run(newsevents_bin, cli_env, "incidents", "--db", pg_url).stdout == incidents[1]
