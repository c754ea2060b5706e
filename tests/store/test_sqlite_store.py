"""What only the SQLite backend does: WAL, its migrations, its files. The protocol tests are test_store.py."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from newsevents.core.enums import Outcome
from newsevents.errors import StoreError
from newsevents.store import SQLiteStore, Store, open_store
from newsevents.store.schema import LATEST_VERSION, MIGRATIONS, migrate

KILLED_WRITER = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO articles(id, content_hash, text, ingested_at) VALUES ('a2', 'h', 't', 'now')")
os._exit(9)
"""


def test_creates_parent_dirs_and_uses_wal(tmp_path):
    path = tmp_path / "deep" / "er" / "x.db"
    with SQLiteStore(path) as s:
        assert isinstance(s, Store)
    assert path.exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == LATEST_VERSION
    conn.close()


def test_rerun_after_interrupted_transaction(tmp_path, make_article, make_event):
    path = tmp_path / "x.db"
    with SQLiteStore(path) as s:
        s.save(make_article("a1"), [make_event("a1")])
    # a writer killed mid-transaction (no rollback, no close): its rows never become visible
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path)], cwd=tmp_path)
    assert killed.returncode == 9
    with SQLiteStore(path) as s:
        assert s.articles_count() == 1
        a2 = make_article("a2", text="Another attack in Kabul.")
        assert not s.has_article("a2", a2.content_hash)
        s.save(a2, [make_event("a2")])
        assert s.events_count() == 2 and s.incidents_count() == 2


def test_migrates_from_an_empty_database(tmp_path, make_article, make_event):
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with SQLiteStore(path) as s:
        s.save(make_article(), [make_event()])
        assert s.events_count() == 1


def test_migrates_from_an_older_version(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, MIGRATIONS[:1]) == 1
    conn.close()
    with SQLiteStore(path) as s:
        s.record_outcome("bad", Outcome.SKIPPED, "empty text", "articles")
        assert [(o.article_id, o.outcome, o.reason) for o in s.outcomes()] == [("bad", Outcome.SKIPPED, "empty text")]
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")] == \
        [v for v, _ in MIGRATIONS]
    conn.close()


def test_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (?, 'future')", (LATEST_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        SQLiteStore(path)


def test_open_store(tmp_path):
    with open_store(str(tmp_path / "a.db")) as s:
        assert isinstance(s, SQLiteStore)
    with open_store(f"sqlite://{tmp_path / 'b.db'}") as s:
        assert s.path == tmp_path / "b.db"
    with pytest.raises(StoreError, match="unsupported database URL scheme 'mysql'"):
        open_store("mysql://x")
