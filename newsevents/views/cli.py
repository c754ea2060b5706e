"""The command line: each command parses options and calls the Python API (shared/CONTRACT.md)."""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Sequence

from ..articles import iter_articles
from ..config import Settings
from ..core import ArticleOutcome, Outcome
from ..errors import NewseventsError
from ..pipeline import Pipeline
from ..resolve.gazetteer_build import build_gazetteer, gazetteer_is_fresh
from ..store import open_store
from .evaluate import format_confusion, format_scores, write_report
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
        sp.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, a directory, .jsonl(.gz), a URL, or - for stdin")
        sp.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) for files without one")
        sp.add_argument("--workers", type=int, default=None, help="processes (default: every core)")
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

    exp = sub.add_parser("export", help="write stored incidents (or events) in a file format")
    exp.add_argument("--db")
    exp.add_argument("--format", required=True, choices=["csv", "parquet", "geojson", "jsonl"])
    exp.add_argument("--events", action="store_true", help="export events rather than incidents")
    exp.add_argument("-o", "--output")

    gz = sub.add_parser("gazetteer", help="the offline gazetteer index")
    gz.add_argument("action", choices=["build", "path"])
    gz.add_argument("--force", action="store_true", help="rebuild even when the index is current")
    gz.add_argument("--quiet-if-fresh", action="store_true", help="print nothing when the index is current")

    ev = sub.add_parser("evaluate", help="score the extraction against gold records (JSON Lines)")
    ev.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    ev.add_argument("--limit", type=int, default=None, help="score only the first N records of each file")
    ev.add_argument("--report", metavar="DIR", help="also write DIR/report.md")
    ev.add_argument("--workers", type=int, default=None, help="processes (default: every core)")
    ev.add_argument("--quiet", action="store_true", help="no progress bar")
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
    sources = iter_articles(a.paths, published=a.published, settings=settings)

    def events():
        for o in pipe.run(sources, workers=a.workers, progress=not a.quiet):
            _report(o, counts, reasons)
            yield from o.events

    n = write_events(events(), a.format, _out(a.output, a.format == "parquet"))
    _summary(counts, reasons, n)
    return 0


def cmd_ingest(a, settings: Settings) -> int:
    pipe = Pipeline(settings)
    counts, reasons = Counter(), Counter()
    n = 0
    with open_store(a.db or settings.db) as store:
        def skip(article):
            return "already stored" if store.has_article(article.id, article.content_hash) else None

        sources = iter_articles(a.paths, published=a.published, settings=settings)
        for o in pipe.run(sources, workers=a.workers, progress=not a.quiet, skip=skip):
            _report(o, counts, reasons)
            if o.outcome is Outcome.OK and o.article is not None:
                store.save(o.article, o.events)
                n += len(o.events)
            else:
                store.record_outcome(o.article_id, o.outcome, o.reason, o.stage)
        _summary(counts, reasons, n)
        print(f"newsevents: database {a.db or settings.db}: {store.articles_count()} articles, "
              f"{store.events_count()} events, {store.incidents_count()} incidents", file=sys.stderr)
    return 0


def cmd_incidents(a, settings: Settings) -> int:
    with open_store(a.db or settings.db) as store:
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
            write_events(store.events(), a.format, out)
        else:
            write_incidents(store.incidents(), a.format, out)
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
    build_gazetteer(path, progress=True)
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
    if a.report:
        print(f"newsevents: report written: {write_report(results, a.report)}", file=sys.stderr)
    return 0


COMMANDS = {"extract": cmd_extract, "ingest": cmd_ingest, "incidents": cmd_incidents, "export": cmd_export,
            "gazetteer": cmd_gazetteer, "evaluate": cmd_evaluate}


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


