"""The store at scale: PostgreSQL 15 with PostGIS, behind the same Store protocol as SQLiteStore.

One connection per store object (guarded by a lock, like SQLiteStore's), autocommit between explicit
transactions. Each `save` is one transaction, so a killed ingest leaves every article fully stored or
absent and a rerun (skipping what `has_article` finds) completes the work. Small writes (one article)
are pipelined INSERTs, one round trip after the check for the stored copy; large ones (`save_many`, the
bulk fast path that writes a batch of articles in one transaction, and merges) go in with COPY.
Commits do not wait for the WAL flush (`synchronous_commit = off`), the durability SQLite's WAL mode with
synchronous=NORMAL gives: a power failure may lose the last commits, never half of one.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date
from urllib.parse import urlsplit

import psycopg
from psycopg.types.json import Jsonb

from ..core.enums import Outcome
from ..core.records import Article, ArticleOutcome, Event, Incident
from ..errors import StoreError
from .base import Query, actor_keys, check_events, incident_for_event, incident_from_json
from .pg_query import select_count, select_page
from .pg_schema import migrate
from .urls import redact

CONNECT_TIMEOUT_S = 10
# From this many rows a write goes in with COPY (two round trips per table); below it, pipelined INSERTs
# (all tables in one round trip) are faster.
COPY_MIN_ROWS = 64

_EVENT_COLUMNS = "event_id, article_id, seq, event_type, status, date_start, date_end, country, lat, lon, actors, json"
_INCIDENT_COLUMNS = ("incident_id, event_type, status, date_start, date_end, country, lat, lon, fatalities, actors, "
                     "pending, json")
_ARTICLE_COLUMNS = "id, text, title, url, published, source, content_hash"


def _message(exc: BaseException, url: str) -> str:
    """A driver error as one line, with the URL's password (if any) blanked out."""
    text = " ".join(str(exc).split())
    password = urlsplit(url).password
    return text.replace(password, "***") if password else text


class PostgresStore:
    """A Store in one PostgreSQL database (created tables, indexes and the PostGIS extension if missing)."""

    def __init__(self, url: str):
        self.url = url
        self.display = redact(url)
        self._lock = threading.RLock()
        self._run_id: int | None = None
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                         application_name="newsevents")
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self.display}: {_message(exc, url)}", stage="store") from exc
        try:
            self._conn.execute("SET synchronous_commit TO off")
            migrate(self._conn, where=self.display)
        except BaseException:
            self._conn.close()
            raise

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._conn.closed:
                return
            if self._run_id is not None:
                self._conn.execute("UPDATE runs SET finished_at = now() WHERE run_id = %s", (self._run_id,))
                self._run_id = None
            self._conn.close()

    def __enter__(self) -> "PostgresStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PostgresStore({self.display!r})"

    @contextmanager
    def _tx(self, article_id: str | None = None, *, pipeline: bool = False) -> Iterator[psycopg.Cursor]:
        """A transaction; `pipeline`: statements are sent without waiting, COMMIT in the same round trip."""
        with self._lock:
            try:
                with (self._conn.pipeline() if pipeline else nullcontext()), self._conn.transaction(), \
                        self._conn.cursor() as cur:
                    yield cur
            except psycopg.Error as exc:
                raise StoreError(f"database error: {_message(exc, self.url)}", article_id=article_id,
                                 stage="store") from exc

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except psycopg.Error as exc:
                raise StoreError(f"database error: {_message(exc, self.url)}", stage="store") from exc

    # -- articles and events -------------------------------------------------------------------

    def has_article(self, article_id: str, content_hash: str) -> bool:
        return bool(self._query("SELECT 1 FROM articles WHERE id = %s AND content_hash = %s",
                                (article_id, content_hash)))

    def get_article(self, article_id: str) -> Article | None:
        rows = self._query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = %s", (article_id,))
        return _article(rows[0]) if rows else None

    def list_articles(self, limit: int = 100, offset: int = 0) -> list[Article]:
        rows = self._query(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY pk LIMIT %s OFFSET %s",
                           (max(limit, 0), max(offset, 0)))
        return [_article(r) for r in rows]

    def save(self, article: Article, events: Sequence[Event]) -> None:
        self.save_many([(article, events)])

    def save_many(self, pairs: Iterable[tuple[Article, Sequence[Event]]]) -> None:
        """Save many articles in one transaction, with COPY: the same result as `save` of each in turn
        (a later copy of an article id wins as it would there); a crash leaves the whole batch absent."""
        batch = [(article, check_events(article, events)) for article, events in pairs]
        if not batch:
            return
        copy = sum(1 + len(events) for _, events in batch) >= COPY_MIN_ROWS
        with self._tx(batch[0][0].id if len(batch) == 1 else None, pipeline=not copy) as cur:
            run: dict[str, tuple[Article, list[Event]]] = {}
            for article, events in batch:
                if article.id in run:                         # the same article twice: write in two steps
                    self._write(cur, list(run.values()), copy)
                    run = {}
                run[article.id] = (article, events)
            self._write(cur, list(run.values()), copy)

    @staticmethod
    def _write(cur: psycopg.Cursor, batch: list[tuple[Article, list[Event]]], copy: bool) -> None:
        """Write articles with distinct ids: new ones inserted, changed ones replaced, unchanged ones left."""
        stored = dict(cur.execute("SELECT id, content_hash FROM articles WHERE id = ANY(%s) FOR UPDATE",
                                  ([a.id for a, _ in batch],)).fetchall())
        todo = [(a, evs) for a, evs in batch if stored.get(a.id) != a.content_hash]
        changed = [a for a, _ in todo if a.id in stored]
        if changed:
            _drop_article_events(cur, [a.id for a in changed])
            cur.executemany("UPDATE articles SET content_hash = %s, title = %s, url = %s, published = %s, "
                            "source = %s, text = %s, ingested_at = now() WHERE id = %s",
                            [(a.content_hash, a.title, a.url, a.published, a.source, a.text, a.id)
                             for a in changed])
        _insert(cur, "articles", "id, content_hash, title, url, published, source, text",
                [(a.id, a.content_hash, a.title, a.url, a.published, a.source, a.text)
                 for a, _ in todo if a.id not in stored], copy)
        events = [ev for _, evs in todo for ev in evs]
        _insert(cur, "events", _EVENT_COLUMNS,
                [_event_row(ev, seq) for _, evs in todo for seq, ev in enumerate(evs)], copy)
        _insert_incidents(cur, [incident_for_event(ev) for ev in events], pending=True, copy=copy)

    def events(self, article_id: str | None = None) -> Iterator[Event]:
        if article_id is None:
            rows = self._query("SELECT e.json FROM events e JOIN articles a ON a.id = e.article_id "
                               "ORDER BY a.pk, e.seq")
        else:
            rows = self._query("SELECT json FROM events WHERE article_id = %s ORDER BY seq", (article_id,))
        for (d,) in rows:
            yield Event.from_json(d)

    def get_event(self, event_id: str) -> Event | None:
        rows = self._query("SELECT json FROM events WHERE event_id = %s", (event_id,))
        return Event.from_json(rows[0][0]) if rows else None

    def query_events(self, q: Query) -> list[Event]:
        return [Event.from_json(d) for (d,) in self._query(*select_page(q, "events"))]

    def count_events(self, q: Query) -> int:
        return self._query(*select_count(q, "events"))[0][0]

    # -- incidents -----------------------------------------------------------------------------

    def incidents(self) -> Iterator[Incident]:
        for (d,) in self._query("SELECT json FROM incidents ORDER BY date_start NULLS LAST, incident_id"):
            yield incident_from_json(d)

    def get_incident(self, incident_id: str) -> Incident | None:
        rows = self._query("SELECT json FROM incidents WHERE incident_id = %s", (incident_id,))
        return incident_from_json(rows[0][0]) if rows else None

    def query_incidents(self, q: Query) -> list[Incident]:
        return [incident_from_json(d) for (d,) in self._query(*select_page(q, "incidents"))]

    def count_incidents(self, q: Query) -> int:
        return self._query(*select_count(q, "incidents"))[0][0]

    def incidents_of_article(self, article_id: str) -> list[str]:
        rows = self._query("SELECT i.incident_id FROM incident_articles ia JOIN incidents i ON i.incident_id = "
                           "ia.incident_id WHERE ia.article_id = %s ORDER BY i.date_start NULLS LAST, i.incident_id",
                           (article_id,))
        return [r[0] for r in rows]

    def replace_incidents(self, incidents: Iterable[Incident]) -> None:
        incidents = list(incidents)
        with self._tx() as cur:
            cur.execute("DELETE FROM incidents")                    # cascades to both link tables
            _insert_incidents(cur, incidents, pending=False, copy=len(incidents) >= COPY_MIN_ROWS)
            orphans = cur.execute("SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
                                  "(SELECT 1 FROM incident_events ie WHERE ie.event_id = e.event_id)").fetchone()[0]
            if orphans:
                raise StoreError(f"{orphans} stored event(s) would belong to no incident", stage="store")

    def pending_events(self) -> list[tuple[Event, str]]:
        rows = self._query("SELECT e.json, i.incident_id FROM incidents i "
                           "JOIN incident_events ie ON ie.incident_id = i.incident_id "
                           "JOIN events e ON e.event_id = ie.event_id WHERE i.pending ORDER BY e.event_id")
        return [(Event.from_json(d), iid) for d, iid in rows]

    def events_in_window(self, start: date, end: date) -> list[tuple[Event, str]]:
        rows = self._query("SELECT e.json, ie.incident_id FROM events e JOIN incident_events ie "
                           "ON ie.event_id = e.event_id WHERE e.date_start <= %s "
                           "AND COALESCE(e.date_end, e.date_start) >= %s ORDER BY e.event_id", (end, start))
        return [(Event.from_json(d), iid) for d, iid in rows]

    def article_dates(self, article_ids: Iterable[str]) -> dict[str, date | None]:
        return dict(self._query("SELECT id, published FROM articles WHERE id = ANY(%s)",
                                (list(dict.fromkeys(article_ids)),)))

    def apply_merge(self, removed: Iterable[str], incidents: Iterable[Incident]) -> None:
        incidents = list(incidents)
        gone = list(dict.fromkeys([*removed, *(i.incident_id for i in incidents)]))
        with self._tx() as cur:
            affected = [r[0] for r in cur.execute(
                "SELECT event_id FROM incident_events WHERE incident_id = ANY(%s)", (gone,))]
            cur.execute("DELETE FROM incidents WHERE incident_id = ANY(%s)", (gone,))
            try:
                _insert_incidents(cur, incidents, pending=False, copy=len(incidents) >= COPY_MIN_ROWS)
            except psycopg.errors.UniqueViolation as exc:
                raise StoreError(f"merge refused: an event would belong to two incidents "
                                 f"({_message(exc, self.url)})", stage="store") from exc
            except psycopg.errors.ForeignKeyViolation as exc:
                raise StoreError(f"merge refused: an incident names an event or article that is not stored "
                                 f"({_message(exc, self.url)})", stage="store") from exc
            orphans = [r[0] for r in cur.execute(
                "SELECT e FROM unnest(%s::text[]) e WHERE NOT EXISTS "
                "(SELECT 1 FROM incident_events ie WHERE ie.event_id = e) ORDER BY e", (affected,))]
            if orphans:
                raise StoreError(f"merge refused: {len(orphans)} event(s) would belong to no incident "
                                 f"({', '.join(orphans[:5])})", stage="store")

    # -- counts and search ---------------------------------------------------------------------

    def articles_count(self) -> int:
        return self._query("SELECT COUNT(*) FROM articles")[0][0]

    def events_count(self) -> int:
        return self._query("SELECT COUNT(*) FROM events")[0][0]

    def incidents_count(self) -> int:
        return self._query("SELECT COUNT(*) FROM incidents")[0][0]

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Web-search syntax ("a phrase", or, -word); any text is a valid query. Snippets look like SQLite's:
        about a dozen words on one line, matches marked [like this], "…" where the text goes on."""
        if not query.strip():
            return []
        rows = self._query(
            "SELECT a.id, h, starts_with(a.text, s), right(a.text, length(s)) = s FROM articles a, "
            "websearch_to_tsquery('simple', %s) q, "
            "ts_headline('simple', a.text, q, 'StartSel=[, StopSel=], MaxWords=12, MinWords=6') h, "
            "replace(replace(h, '[', ''), ']', '') s "
            "WHERE a.tsv @@ q ORDER BY ts_rank(a.tsv, q) DESC, a.pk LIMIT %s", (query, max(limit, 0)))
        return [(aid, ("" if first else "…") + " ".join(h.split()) + ("" if last else "…"))
                for aid, h, first, last in rows]

    # -- run log -------------------------------------------------------------------------------

    def record_outcome(self, article_id: str, outcome: Outcome | str, reason: str | None = None,
                       stage: str | None = None) -> None:
        outcome = Outcome(outcome)
        with self._tx(article_id) as cur:
            run_id = self._run_id
            if run_id is None:                                      # a run starts at its first outcome
                run_id = cur.execute("INSERT INTO runs DEFAULT VALUES RETURNING run_id").fetchone()[0]
            cur.execute("INSERT INTO article_outcomes(run_id, article_id, outcome, reason, stage) "
                        "VALUES (%s, %s, %s, %s, %s)", (run_id, article_id, outcome.value, reason, stage))
        self._run_id = run_id

    def outcomes(self, run_id: int | None = None) -> list[ArticleOutcome]:
        if run_id is None:
            run_id = self._query("SELECT MAX(run_id) FROM runs")[0][0]
            if run_id is None:
                return []
        rows = self._query("SELECT article_id, outcome, reason, stage FROM article_outcomes WHERE run_id = %s "
                           "ORDER BY pk", (run_id,))
        return [ArticleOutcome(aid, Outcome(o), reason, stage) for aid, o, reason, stage in rows]


def _article(row: tuple) -> Article:
    aid, text, title, url, published, source, chash = row
    return Article(id=aid, text=text, title=title, url=url, published=published, source=source,
                   content_hash=chash)


def _event_row(ev: Event, seq: int) -> tuple:
    d, loc = ev.date, ev.location
    return (ev.event_id, ev.article_id, seq, ev.event_type.value, ev.status.value,
            d.start if d else None, d.end if d else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None, actor_keys(ev.perpetrators), Jsonb(ev.to_json()))


def _insert(cur: psycopg.Cursor, table: str, columns: str, rows: list[tuple], copy: bool) -> None:
    """Insert rows with COPY, or with one INSERT statement repeated (pipelined by psycopg)."""
    if not rows:
        return
    if copy:
        with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as cp:
            for row in rows:
                cp.write_row(row)
    else:
        cur.executemany(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(rows[0]))})", rows)


def _insert_incidents(cur: psycopg.Cursor, incidents: Sequence[Incident], *, pending: bool, copy: bool) -> None:
    """Insert incidents and both link tables."""
    rows = []
    for inc in incidents:
        d, loc = inc.date, inc.location
        rows.append((inc.incident_id, inc.event_type.value, inc.status.value, d.start if d else None,
                     d.end if d else None, loc.country if loc else None, loc.lat if loc else None,
                     loc.lon if loc else None, inc.fatalities.count if inc.fatalities else None,
                     actor_keys(inc.perpetrators), pending, Jsonb(inc.to_json())))
    _insert(cur, "incidents", _INCIDENT_COLUMNS, rows, copy)
    _insert(cur, "incident_events", "incident_id, event_id",
            [(inc.incident_id, e) for inc in incidents for e in inc.event_ids], copy)
    _insert(cur, "incident_articles", "incident_id, article_id",
            [(inc.incident_id, a) for inc in incidents for a in dict.fromkeys(inc.article_ids)], copy)


def _drop_article_events(cur: psycopg.Cursor, article_ids: list[str]) -> None:
    """Remove these articles' events; incidents left without events go too, others forget the articles."""
    touched = [r[0] for r in cur.execute(
        "SELECT DISTINCT ie.incident_id FROM incident_events ie JOIN events e ON e.event_id = ie.event_id "
        "WHERE e.article_id = ANY(%s)", (article_ids,))]
    dropped = [r[0] for r in cur.execute("SELECT event_id FROM events WHERE article_id = ANY(%s)", (article_ids,))]
    cur.execute("DELETE FROM events WHERE article_id = ANY(%s)", (article_ids,))   # cascades to incident_events
    cur.execute("DELETE FROM incidents i WHERE i.incident_id = ANY(%s) AND NOT EXISTS "
                "(SELECT 1 FROM incident_events ie WHERE ie.incident_id = i.incident_id)", (touched,))
    cur.execute("DELETE FROM incident_articles WHERE incident_id = ANY(%s) AND article_id = ANY(%s)",
                (touched, article_ids))
    cur.execute(
        "UPDATE incidents SET json = json || jsonb_build_object("
        "'event_ids', (SELECT COALESCE(jsonb_agg(x ORDER BY n), '[]') FROM jsonb_array_elements_text(json->'event_ids') "
        "WITH ORDINALITY t(x, n) WHERE x <> ALL(%(dropped)s)), "
        "'article_ids', (SELECT COALESCE(jsonb_agg(x ORDER BY n), '[]') FROM jsonb_array_elements_text(json->'article_ids') "
        "WITH ORDINALITY t(x, n) WHERE x <> ALL(%(articles)s))) WHERE incident_id = ANY(%(touched)s)",
        {"dropped": dropped, "articles": article_ids, "touched": touched})
