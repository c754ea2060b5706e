"""The default store: one SQLite file in WAL mode, full-text search through FTS5."""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from ..core.enums import Outcome
from ..core.records import Article, ArticleOutcome, Event, Incident
from ..errors import StoreError
from .base import Query, actor_keys, check_events, incident_for_event, incident_from_json
from .schema import migrate, now_utc
from .sqlite_query import event_sql, incident_sql, page

BUSY_TIMEOUT_MS = 30_000


class SQLiteStore:
    """A Store in one SQLite file. Safe to rerun after a kill: each article is one transaction."""

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser()
        self._lock = threading.RLock()
        self._run_id: int | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder of {self.path}: {exc}", stage="store") from exc
        try:
            self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                         isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}", stage="store") from exc
        try:
            self._conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            mode = self._conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"{self.path}: could not switch to WAL journal mode (got {mode})",
                                 stage="store")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            migrate(self._conn, where=str(self.path))
        except sqlite3.Error as exc:
            self._conn.close()
            raise StoreError(f"{self.path} is not a usable newsevents database: {exc}", stage="store") from exc
        except StoreError:
            self._conn.close()
            raise

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._run_id is not None:
                self._conn.execute("UPDATE runs SET finished_at = ? WHERE run_id = ?", (now_utc(), self._run_id))
                self._run_id = None
            self._conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    @contextmanager
    def _tx(self, article_id: str | None = None) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"database error: {exc}", article_id=article_id, stage="store") from exc
                raise

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"database error: {exc}", stage="store") from exc

    # -- articles and events -------------------------------------------------------------------

    def has_article(self, article_id: str, content_hash: str) -> bool:
        rows = self._query("SELECT 1 FROM articles WHERE id = ? AND content_hash = ?", (article_id, content_hash))
        return bool(rows)

    def get_article(self, article_id: str) -> Article | None:
        rows = self._query("SELECT id, text, title, url, published, source, content_hash FROM articles "
                           "WHERE id = ?", (article_id,))
        if not rows:
            return None
        aid, text, title, url, published, source, chash = rows[0]
        return Article(id=aid, text=text, title=title, url=url,
                       published=date.fromisoformat(published) if published else None,
                       source=source, content_hash=chash)

    def save(self, article: Article, events: Sequence[Event]) -> None:
        events = check_events(article, events)
        with self._tx(article.id) as c:
            row = c.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
            values = (article.content_hash, article.title, article.url,
                      article.published.isoformat() if article.published else None,
                      article.source, article.text, now_utc())
            if row is None:
                c.execute("INSERT INTO articles(content_hash, title, url, published, source, text, ingested_at, id) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (*values, article.id))
            elif row[0] == article.content_hash:
                return                                             # already stored: nothing twice
            else:
                self._drop_article_events(c, article.id)
                c.execute("UPDATE articles SET content_hash = ?, title = ?, url = ?, published = ?, source = ?, "
                          "text = ?, ingested_at = ? WHERE id = ?", (*values, article.id))
            for seq, ev in enumerate(events):
                self._insert_event(c, ev, seq)
                self._insert_incident(c, incident_for_event(ev), pending=True)

    @staticmethod
    def _insert_event(c: sqlite3.Connection, ev: Event, seq: int) -> None:
        d, loc = ev.date, ev.location
        c.execute("INSERT INTO events(event_id, article_id, seq, event_type, status, date_start, date_end, "
                  "country, lat, lon, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (ev.event_id, ev.article_id, seq, ev.event_type.value, ev.status.value,
                   d.start.isoformat() if d and d.start else None, d.end.isoformat() if d and d.end else None,
                   loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None,
                   json.dumps(ev.to_json(), ensure_ascii=False)))
        c.executemany("INSERT OR IGNORE INTO event_actors(event_id, actor) VALUES (?, ?)",
                      [(ev.event_id, n) for n in actor_keys(ev.perpetrators)])

    @staticmethod
    def _insert_incident(c: sqlite3.Connection, inc: Incident, pending: bool = False) -> None:
        d, loc = inc.date, inc.location
        c.execute("INSERT INTO incidents(incident_id, event_type, status, date_start, date_end, country, lat, lon, "
                  "fatalities, json, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (inc.incident_id, inc.event_type.value, inc.status.value,
                   d.start.isoformat() if d and d.start else None, d.end.isoformat() if d and d.end else None,
                   loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None,
                   inc.fatalities.count if inc.fatalities else None,
                   json.dumps(inc.to_json(), ensure_ascii=False), int(pending)))
        c.executemany("INSERT OR IGNORE INTO incident_actors(incident_id, actor) VALUES (?, ?)",
                      [(inc.incident_id, n) for n in actor_keys(inc.perpetrators)])
        c.executemany("INSERT INTO incident_events(incident_id, event_id) VALUES (?, ?)",
                      [(inc.incident_id, e) for e in inc.event_ids])
        c.executemany("INSERT INTO incident_articles(incident_id, article_id) VALUES (?, ?)",
                      [(inc.incident_id, a) for a in dict.fromkeys(inc.article_ids)])

    @staticmethod
    def _drop_article_events(c: sqlite3.Connection, article_id: str) -> None:
        """Remove an article's events; incidents left without events go too, others forget the article."""
        touched = [r[0] for r in c.execute(
            "SELECT DISTINCT ie.incident_id FROM incident_events ie JOIN events e ON e.event_id = ie.event_id "
            "WHERE e.article_id = ?", (article_id,))]
        dropped = {r[0] for r in c.execute("SELECT event_id FROM events WHERE article_id = ?", (article_id,))}
        c.execute("DELETE FROM events WHERE article_id = ?", (article_id,))     # cascades to incident_events
        for incident_id in touched:
            left = c.execute("SELECT COUNT(*) FROM incident_events WHERE incident_id = ?", (incident_id,)).fetchone()[0]
            if not left:
                c.execute("DELETE FROM incidents WHERE incident_id = ?", (incident_id,))
                continue
            c.execute("DELETE FROM incident_articles WHERE incident_id = ? AND article_id = ?", (incident_id, article_id))
            d = json.loads(c.execute("SELECT json FROM incidents WHERE incident_id = ?", (incident_id,)).fetchone()[0])
            d["event_ids"] = [e for e in d.get("event_ids") or [] if e not in dropped]
            d["article_ids"] = [a for a in d.get("article_ids") or [] if a != article_id]
            c.execute("UPDATE incidents SET json = ? WHERE incident_id = ?", (json.dumps(d, ensure_ascii=False), incident_id))

    def events(self, article_id: str | None = None) -> Iterator[Event]:
        if article_id is None:
            sql, params = ("SELECT e.json FROM events e JOIN articles a ON a.id = e.article_id "
                           "ORDER BY a.pk, e.seq"), ()
        else:
            sql, params = "SELECT json FROM events WHERE article_id = ? ORDER BY seq", (article_id,)
        for (raw,) in self._query(sql, params):
            yield Event.from_json(json.loads(raw))

    # -- incidents -----------------------------------------------------------------------------

    def incidents(self) -> Iterator[Incident]:
        rows = self._query("SELECT json FROM incidents ORDER BY date_start IS NULL, date_start, incident_id")
        for (raw,) in rows:
            yield incident_from_json(json.loads(raw))

    def replace_incidents(self, incidents: Iterable[Incident]) -> None:
        incidents = list(incidents)
        with self._tx() as c:
            c.execute("DELETE FROM incidents")                 # cascades to both link tables
            for inc in incidents:
                self._insert_incident(c, inc)
            self._check_orphans(c)

    @staticmethod
    def _check_orphans(c: sqlite3.Connection) -> None:
        orphans = c.execute("SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
                            "(SELECT 1 FROM incident_events ie WHERE ie.event_id = e.event_id)").fetchone()[0]
        if orphans:
            raise StoreError(f"{orphans} stored event(s) would belong to no incident", stage="store")

    def pending_events(self) -> list[tuple[Event, str]]:
        rows = self._query("SELECT e.json, ie.incident_id FROM incidents i JOIN incident_events ie "
                           "ON ie.incident_id = i.incident_id JOIN events e ON e.event_id = ie.event_id "
                           "WHERE i.pending = 1 ORDER BY e.event_id")
        return [(Event.from_json(json.loads(raw)), iid) for raw, iid in rows]

    def events_in_window(self, start: date, end: date) -> list[tuple[Event, str]]:
        rows = self._query("SELECT e.json, ie.incident_id FROM events e JOIN incident_events ie "
                           "ON ie.event_id = e.event_id WHERE e.date_start <= ? AND COALESCE(e.date_end, e.date_start) >= ? "
                           "ORDER BY e.event_id", (end.isoformat(), start.isoformat()))
        return [(Event.from_json(json.loads(raw)), iid) for raw, iid in rows]

    def article_dates(self, article_ids: Iterable[str]) -> dict[str, date | None]:
        out: dict[str, date | None] = {}
        ids = list(dict.fromkeys(article_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for aid, pub in self._query(f"SELECT id, published FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                                        chunk):
                out[aid] = date.fromisoformat(pub) if pub else None
        return out

    def apply_merge(self, removed: Iterable[str], incidents: Iterable[Incident]) -> None:
        incidents = list(incidents)
        with self._tx() as c:
            c.executemany("DELETE FROM incidents WHERE incident_id = ?",
                          [(i,) for i in {*removed, *(inc.incident_id for inc in incidents)}])
            for inc in incidents:
                self._insert_incident(c, inc)
            self._check_orphans(c)

    # -- queries -------------------------------------------------------------------------------

    def query_incidents(self, q: Query) -> list[Incident]:
        sql, params = incident_sql(q, "i.json")
        return [Incident.from_json(json.loads(raw)) for (raw,) in self._query(sql + page(q), params)]

    def count_incidents(self, q: Query) -> int:
        sql, params = incident_sql(q, "COUNT(*)", ordered=False)
        return self._query(sql, params)[0][0]

    def get_incident(self, incident_id: str) -> Incident | None:
        rows = self._query("SELECT json FROM incidents WHERE incident_id = ?", (incident_id,))
        return Incident.from_json(json.loads(rows[0][0])) if rows else None

    def query_events(self, q: Query) -> list[Event]:
        sql, params = event_sql(q, "e.json")
        return [Event.from_json(json.loads(raw)) for (raw,) in self._query(sql + page(q), params)]

    def count_events(self, q: Query) -> int:
        sql, params = event_sql(q, "COUNT(*)", ordered=False)
        return self._query(sql, params)[0][0]

    def get_event(self, event_id: str) -> Event | None:
        rows = self._query("SELECT json FROM events WHERE event_id = ?", (event_id,))
        return Event.from_json(json.loads(rows[0][0])) if rows else None

    def list_articles(self, limit: int = 100, offset: int = 0) -> list[Article]:
        rows = self._query("SELECT id FROM articles ORDER BY pk LIMIT ? OFFSET ?", (limit, offset))
        return [a for (aid,) in rows if (a := self.get_article(aid)) is not None]

    def incidents_of_article(self, article_id: str) -> list[str]:
        rows = self._query("SELECT ia.incident_id FROM incident_articles ia JOIN incidents i ON i.incident_id = "
                           "ia.incident_id WHERE ia.article_id = ? ORDER BY i.date_start IS NULL, i.date_start, "
                           "i.incident_id", (article_id,))
        return [r[0] for r in rows]

    # -- counts and search ---------------------------------------------------------------------

    def articles_count(self) -> int:
        return self._query("SELECT COUNT(*) FROM articles")[0][0]

    def events_count(self) -> int:
        return self._query("SELECT COUNT(*) FROM events")[0][0]

    def incidents_count(self) -> int:
        return self._query("SELECT COUNT(*) FROM incidents")[0][0]

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """FTS5 query syntax is honoured; text that is not valid syntax is searched as plain words."""
        if not query.strip():
            return []
        sql = ("SELECT a.id, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts "
               "JOIN articles a ON a.pk = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?")
        with self._lock:
            try:
                rows = self._conn.execute(sql, (query, limit)).fetchall()
            except sqlite3.OperationalError:
                words = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
                try:
                    rows = self._conn.execute(sql, (words, limit)).fetchall()
                except sqlite3.Error as exc:
                    raise StoreError(f"search {query!r} failed: {exc}", stage="store") from exc
        return [(aid, snip) for aid, snip in rows]

    # -- run log -------------------------------------------------------------------------------

    def record_outcome(self, article_id: str, outcome: Outcome | str, reason: str | None = None,
                       stage: str | None = None) -> None:
        outcome = Outcome(outcome)
        with self._tx(article_id) as c:
            run_id = self._run_id
            if run_id is None:                                      # a run starts at its first outcome
                run_id = c.execute("INSERT INTO runs(started_at) VALUES (?)", (now_utc(),)).lastrowid
            c.execute("INSERT INTO article_outcomes(run_id, article_id, outcome, reason, stage, recorded_at) "
                      "VALUES (?, ?, ?, ?, ?, ?)", (run_id, article_id, outcome.value, reason, stage, now_utc()))
        self._run_id = run_id

    def outcomes(self, run_id: int | None = None) -> list[ArticleOutcome]:
        if run_id is None:
            run_id = self._query("SELECT MAX(run_id) FROM runs")[0][0]
            if run_id is None:
                return []
        rows = self._query("SELECT article_id, outcome, reason, stage FROM article_outcomes WHERE run_id = ? "
                           "ORDER BY rowid", (run_id,))
        return [ArticleOutcome(aid, Outcome(o), reason, stage) for aid, o, reason, stage in rows]
