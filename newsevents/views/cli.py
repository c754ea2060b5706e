"""The command line: each command parses options and calls the Python API (shared/CONTRACT.md)."""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Sequence

from ..articles import Watcher, iter_articles
from ..cluster import ClusterSpec
from ..config import Settings
from ..core import ArticleOutcome, Outcome
from ..errors import NewseventsError
from ..incidents import merge_pending, rebuild_incidents
from ..pipeline import Pipeline
from ..resolve.actors import ActorRegistry
from ..resolve.gazetteer_build import ensure_gazetteer, gazetteer_is_fresh
from ..store import open_store, redact
from .actors_cmd import find_actors, format_actors_jsonl, format_actors_table
from .evaluate import format_confusion, format_scores, format_summary, write_report
from .export import write_events, write_incidents
from .table import format_incidents_table


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {s!r}")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsevents", description="News about political violence in; incident data out.")
    sub = p.add_subparsers(dest="command", required=True)

    def inputs(sp):
        sp.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, a directory, .jsonl(.gz), .warc(.gz), an RSS/Atom feed "
                                                                     "(.rss, .atom, .xml), a .urls list, a URL, or - for stdin")
        sp.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) for files without one")
        sp.add_argument("--workers", type=int, default=None, help="processes (default: every core)")
        sp.add_argument("--cluster", metavar="local:N", help="run on N Dask worker processes on this machine")
        sp.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="run on the workers of a running Dask scheduler")
        sp.add_argument("--quiet", action="store_true", help="no progress bar")

    ex = sub.add_parser("extract", help="print the events of articles")
    inputs(ex)
    ex.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet", "geojson"])
    ex.add_argument("-o", "--output", help="output file (default: standard output)")

    ing = sub.add_parser("ingest", help="extract and store articles, events and incidents")
    inputs(ing)
    ing.add_argument("--db", help="SQLite file or postgresql:// URL")

    inc = sub.add_parser("incidents", help="print the stored incidents")
    inc.add_argument("--db")
    inc.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "geojson", "parquet", "table"])
    inc.add_argument("-o", "--output")
    inc.add_argument("--rebuild", action="store_true", help="recompute every incident from the stored events first")

    exp = sub.add_parser("export", help="write stored incidents (or events) in a file format")
    exp.add_argument("--db")
    exp.add_argument("--format", required=True, choices=["acled", "gtd", "csv", "parquet", "geojson", "jsonl"],
                     help="acled / gtd: CSV with that codebook's columns (docs/export-schema.md)")
    exp.add_argument("--events", action="store_true", help="export events rather than incidents")
    exp.add_argument("-o", "--output")

    ei = sub.add_parser("evaluate-incidents", help="score incident merging against gold clusters (pairwise)")
    ei.add_argument("corpus", nargs="?", default="corpus/incidents",
                    help="folder with articles.jsonl and gold.jsonl (default: corpus/incidents)")
    ei.add_argument("--articles", help="articles (any input extract takes; default CORPUS/articles.jsonl)")
    ei.add_argument("--gold", help="gold clusters, JSON Lines (default CORPUS/gold.jsonl)")
    ei.add_argument("--shuffle", type=int, metavar="SEED", help="ingest the articles in a shuffled order")
    ei.add_argument("--db", help="keep the store here (default: a temporary SQLite file)")
    ei.add_argument("--workers", type=int, default=None, help="processes (default: every core)")
    ei.add_argument("--quiet", action="store_true", help="no progress bar")

    rp = sub.add_parser("report", help="trend report of one actor: tempo, lethality, reach, tactics, claims")
    rp.add_argument("--actor", required=True, help="canonical name or any alias (ISIS-K, ISKP...)")
    rp.add_argument("--db")
    rp.add_argument("--since", type=_date, help="only incidents from this date (YYYY-MM-DD)")
    rp.add_argument("--period", action="append", metavar="START:END",
                    help="a period to compare (YYYY or YYYY-MM-DD bounds), give two; default: halves of the data")
    rp.add_argument("--format", default="md", choices=["html", "md", "json"])
    rp.add_argument("-o", "--output")

    gz = sub.add_parser("gazetteer", help="the offline gazetteer index")
    gz.add_argument("action", choices=["build", "path"])
    gz.add_argument("--force", action="store_true", help="rebuild even when the index is current")
    gz.add_argument("--quiet-if-fresh", action="store_true", help="print nothing when the index is current")

    ac = sub.add_parser("actors", help="list and search the actor registry (name, alias, acronym, country)")
    ac.add_argument("query", nargs="?", default="", metavar="QUERY", help="a name, alias, acronym or country")
    ac.add_argument("--kind", choices=["organization", "state", "individual", "unknown"], help="only this kind")
    ac.add_argument("--json", action="store_true", help="JSON Lines, one actor a line, every field")

    ev = sub.add_parser("evaluate", help="score the extraction against gold records (JSON Lines)")
    ev.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    ev.add_argument("--limit", type=int, default=None, help="score only the first N records of each file")
    ev.add_argument("--report", metavar="DIR", help="also write DIR/report.md")
    ev.add_argument("--workers", type=int, default=None, help="processes (default: every core)")
    ev.add_argument("--quiet", action="store_true", help="no progress bar")

    sv = sub.add_parser("serve", help="the JSON API and the dashboard over a stored database")
    sv.add_argument("--db", help="SQLite file or postgresql:// URL")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    sv.add_argument("--port", type=int, default=8080)

    wa = sub.add_parser("watch", help="poll feeds, URLs and folders; ingest only what is new")
    wa.add_argument("sources", nargs="+", metavar="PATH_OR_FEED",
                    help="a feed or page URL, a folder, or a file (feed, .urls, WARC, article)")
    wa.add_argument("--db", help="SQLite file or postgresql:// URL")
    wa.add_argument("--interval", type=float, default=900.0, help="seconds between polls (default: 900)")
    wa.add_argument("--once", action="store_true", help="poll once and exit")
    wa.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) for articles without one")
    wa.add_argument("--workers", type=int, default=None, help="processes (default: every core)")
    wa.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def _out(path: str | None, binary: bool = False):
    if path:
        return Path(path)
    return sys.stdout.buffer if binary else sys.stdout


def _summary(counts: Counter, reasons: Counter, n_events: int) -> None:
    total = sum(counts.values())
    parts = [f"{counts[Outcome.OK]} ok", f"{counts[Outcome.SKIPPED]} skipped", f"{counts[Outcome.FAILED]} failed"]
    print(f"newsevents: {total} articles: {', '.join(parts)}; {n_events} events", file=sys.stderr)
    for reason, n in reasons.most_common():
        print(f"  {n} x {reason}", file=sys.stderr)


def _report(o: ArticleOutcome, counts: Counter, reasons: Counter) -> None:
    counts[o.outcome] += 1
    if o.outcome is not Outcome.OK:
        reasons[f"{o.outcome.value}: {re.sub(r'^line [0-9]+: ', '', o.reason or '').split(':')[0]}"] += 1
        if o.stage == "store":                         # already stored: counted, not listed
            return
        print(f"newsevents: {o.outcome.value}: {o.article_id}: {o.reason}", file=sys.stderr)
    elif o.article is not None:
        for w in o.article.warnings:
            print(f"newsevents: warning: {o.article_id}: {w}", file=sys.stderr)


def cmd_extract(a, settings: Settings) -> int:
    pipe = Pipeline(settings)
    counts, reasons = Counter(), Counter()
    cluster = ClusterSpec.from_options(a.cluster, a.scheduler)
    sources = iter_articles(a.paths, published=a.published, settings=settings)

    def events():
        for o in pipe.run(sources, workers=a.workers, progress=not a.quiet, cluster=cluster):
            _report(o, counts, reasons)
            yield from o.events

    n = write_events(events(), a.format, _out(a.output, a.format == "parquet"))
    _summary(counts, reasons, n)
    return 0


def _ingest(store, pipe: Pipeline, sources, a, counts: Counter, reasons: Counter, *,
            cluster: ClusterSpec | None = None, announce: bool = False) -> int:
    """Extract `sources` into `store`, skipping what it already holds, then merge incidents; the number
    of events saved. `announce` names each saved article on standard error (for `watch`)."""
    def skip(article):
        return "already stored" if store.has_article(article.id, article.content_hash) else None

    n = 0
    for o in pipe.run(sources, workers=a.workers, progress=not a.quiet, skip=skip, cluster=cluster):
        _report(o, counts, reasons)
        if o.outcome is Outcome.OK and o.article is not None:
            store.save(o.article, o.events)
            n += len(o.events)
            if announce:
                print(f"newsevents: ingested {o.article_id}: {len(o.events)} events", file=sys.stderr)
        else:
            store.record_outcome(o.article_id, o.outcome, o.reason, o.stage)
    merge_pending(store, progress=not a.quiet)
    return n


def cmd_ingest(a, settings: Settings) -> int:
    pipe = Pipeline(settings)
    counts, reasons = Counter(), Counter()
    cluster = ClusterSpec.from_options(a.cluster, a.scheduler)
    with open_store(a.db or settings.db) as store:
        sources = iter_articles(a.paths, published=a.published, settings=settings)
        n = _ingest(store, pipe, sources, a, counts, reasons, cluster=cluster)
        _summary(counts, reasons, n)
        print(f"newsevents: database {redact(str(a.db or settings.db))}: {store.articles_count()} articles, "
              f"{store.events_count()} events, {store.incidents_count()} incidents", file=sys.stderr)
    return 0


def cmd_incidents(a, settings: Settings) -> int:
    with open_store(a.db or settings.db) as store:
        if a.rebuild:
            rebuild_incidents(store, progress=True)
        else:
            merge_pending(store)                          # an ingest killed before its merge: finish it
        if a.format == "table":
            text = format_incidents_table(store.incidents())
            if a.output:
                Path(a.output).write_text(text + "\n", encoding="utf-8")
            else:
                print(text)
            return 0
        write_incidents(store.incidents(), a.format, _out(a.output, a.format == "parquet"))
    return 0


def cmd_export(a, settings: Settings) -> int:
    with open_store(a.db or settings.db) as store:
        out = _out(a.output, a.format == "parquet")
        if a.events:
            n = write_events(store.events(), a.format, out, articles=store.get_article)
        else:
            n = write_incidents(store.incidents(), a.format, out, articles=store.get_article)
    what = "events" if a.events else "incidents"
    print(f"newsevents: exported {n} {what} as {a.format}" + (f" to {a.output}" if a.output else ""), file=sys.stderr)
    return 0


def cmd_gazetteer(a, settings: Settings) -> int:
    path = settings.gazetteer
    if a.action == "path":
        print(path)
        return 0
    if gazetteer_is_fresh(path) and not a.force:
        if not a.quiet_if_fresh:
            print(f"gazetteer index is current: {path}", file=sys.stderr)
        return 0
    ensure_gazetteer(path, progress=True, force=True)
    print(f"gazetteer index built: {path}", file=sys.stderr)
    return 0


def cmd_evaluate(a, settings: Settings) -> int:
    from ..analytics.evaluation import evaluate

    pipe = Pipeline(settings)
    results = []
    for path in a.gold:
        if not Path(path).is_file():
            raise NewseventsError(f"no such gold file: {path}")
        ev = evaluate(path, pipe, settings, limit=a.limit, workers=a.workers, progress=not a.quiet)
        results.append(ev)
        print(format_scores(ev))
        print()
        print("gold label -> predicted event_type")
        print(format_confusion(ev))
        print()
    if len(results) > 1:
        print(format_summary(results))
    if a.report:
        print(f"newsevents: report written: {write_report(results, a.report)}", file=sys.stderr)
    return 0


def cmd_report(a, settings: Settings) -> int:
    from ..analytics.trends import actor_report
    from .report import render_html, render_json, render_markdown, write_plots

    with open_store(a.db or settings.db) as store:
        merge_pending(store)
        r = actor_report(store, a.actor, since=a.since, periods=a.period)
    if a.format == "json":
        text = render_json(r)
    elif a.format == "html":
        text = render_html(r)
    else:
        plots = write_plots(r, str(Path(a.output).with_suffix(""))) if a.output else None
        text = render_markdown(r, plot_files=plots)
    if a.output:
        Path(a.output).write_text(text, encoding="utf-8")
        print(f"newsevents: report written: {a.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_evaluate_incidents(a, settings: Settings) -> int:
    from ..analytics.incident_eval import evaluate_incidents, format_incident_evaluation

    corpus = Path(a.corpus)
    articles, gold = Path(a.articles or corpus / "articles.jsonl"), Path(a.gold or corpus / "gold.jsonl")
    for p in (articles, gold):
        if not p.exists():
            raise NewseventsError(f"no such file: {p}")
    ev = evaluate_incidents(articles, gold, settings, db=a.db, shuffle_seed=a.shuffle, workers=a.workers,
                            progress=not a.quiet)
    print(format_incident_evaluation(ev))
    return 0


def cmd_serve(a, settings: Settings) -> int:
    import uvicorn

    from .http import api_token, create_app

    token = api_token(settings)
    with open_store(a.db or settings.db) as store:
        print(f"newsevents: serving {a.db or settings.db} on http://{a.host}:{a.port}/ "
              f"(API: /api, OpenAPI: /openapi.json)", file=sys.stderr)
        uvicorn.run(create_app(store, token=token, settings=settings), host=a.host, port=a.port,
                    log_level="warning")
    return 0


def cmd_watch(a, settings: Settings) -> int:
    if a.interval <= 0:
        raise NewseventsError("--interval must be a positive number of seconds")
    pipe = Pipeline(settings)
    with open_store(a.db or settings.db) as store, \
            Watcher(a.sources, settings=settings, published=a.published) as watcher:
        while True:
            counts, reasons = Counter(), Counter()
            n = _ingest(store, pipe, watcher.poll(), a, counts, reasons, announce=True)
            if a.once or counts[Outcome.OK] or counts[Outcome.FAILED]:
                _summary(counts, reasons, n)
            if a.once:
                return 0
            time.sleep(a.interval)


def cmd_actors(a, settings: Settings) -> int:
    found = find_actors(ActorRegistry.load(), a.query, a.kind)
    if not found:
        print(f"newsevents: no actor matches {a.query!r}", file=sys.stderr)
        return 1
    sys.stdout.write(format_actors_jsonl(found) if a.json else format_actors_table(found))
    return 0


COMMANDS = {"extract": cmd_extract, "ingest": cmd_ingest, "incidents": cmd_incidents, "export": cmd_export,
            "gazetteer": cmd_gazetteer, "evaluate": cmd_evaluate, "evaluate-incidents": cmd_evaluate_incidents,
            "serve": cmd_serve, "report": cmd_report, "watch": cmd_watch, "actors": cmd_actors}


def main(argv: Sequence[str] | None = None) -> int:
    a = _parser().parse_args(argv)
    try:
        settings = Settings.load()
        if getattr(a, "workers", None) is not None and a.workers < 1:
            raise NewseventsError("--workers must be at least 1")
        return COMMANDS[a.command](a, settings)
    except NewseventsError as exc:
        print(f"newsevents: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("newsevents: interrupted", file=sys.stderr)
        return 130


