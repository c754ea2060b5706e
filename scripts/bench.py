#!/usr/bin/env python3
"""Throughput and peak memory of `newsevents extract -` over a corpus.

    .venv/bin/python scripts/bench.py [--limit N] [--runs N] [--cmd "CMD ..."]... [--corpus auto|muc4|examples|FILE.jsonl]
    .venv/bin/python scripts/bench.py --scale [--articles 2000] [--runs N] [--only sqlite|cluster|postgresql]

``--scale`` is the ingest benchmark at scale, described in scripts/bench_scale.py. Without it:

Corpus (``--corpus auto``, the default): the MUC-4 dev file at ``../shared/gold/dev/muc4.jsonl``
(relative to the repository) when it exists, sent as ``{"id", "text", "published"}`` lines on the
child's standard input (the gold annotations are never sent and never written anywhere); otherwise
the bundled ``examples/`` articles repeated up to ``--repeat-to`` articles (300).

Each run starts a small worker process (this script with ``--_worker``) that feeds the corpus to
the command, counts the JSON lines it prints (events), times it, and reads its peak resident memory
with ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` after the command ends. A fresh worker per
run keeps one run's peak from leaking into the next. With ``--runs N`` the table shows the median
time of N runs and the highest peak memory. The last line of standard output is one JSON object
with every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUC4_DEV = ROOT.parent / "shared" / "gold" / "dev" / "muc4.jsonl"
EXAMPLES = ROOT / "examples"
DEFAULT_CMD = f"{ROOT / '.venv' / 'bin' / 'newsevents'} extract -"

_FILE_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})_")
_META_DATE = re.compile(
    r"<meta[^>]+property=[\"']article:published_time[\"'][^>]+content=[\"'](\d{4}-\d{2}-\d{2})", re.I)


# ---------------------------------------------------------------- corpus

def muc4_records(path: Path) -> list[dict]:
    """Article records only: id, text, published. The gold never leaves this function."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            art = {"id": rec["id"], "text": rec["text"]}
            if rec.get("pub_date"):
                art["published"] = rec["pub_date"]
            out.append(art)
    return out


def example_records(folder: Path = EXAMPLES) -> list[dict]:
    out: list[dict] = []
    for p in sorted(folder.iterdir()):
        rel = f"examples/{p.name}"
        if p.suffix == ".txt":
            art = {"id": rel, "text": p.read_text(encoding="utf-8")}
            m = _FILE_DATE.match(p.name)
            if m:
                art["published"] = m.group(1)
            out.append(art)
        elif p.suffix == ".html":
            html = p.read_text(encoding="utf-8")
            art = {"id": rel, "html": html}
            m = _META_DATE.search(html) or _FILE_DATE.match(p.name)
            if m:
                art["published"] = m.group(1)
            out.append(art)
        elif p.suffix == ".jsonl":
            with p.open(encoding="utf-8") as fh:
                out.extend(json.loads(line) for line in fh if line.strip())
    return out


def jsonl_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def repeat_to(records: list[dict], n: int) -> list[dict]:
    if not records:
        return []
    out = []
    for i in range(n):
        rec = dict(records[i % len(records)])
        k = i // len(records)
        if k:
            rec["id"] = f"{rec['id']}#{k + 1}"
        out.append(rec)
    return out


def build_corpus(choice: str, limit: int | None, repeat: int) -> tuple[str, list[dict]]:
    if choice == "muc4" or (choice == "auto" and MUC4_DEV.is_file()):
        if not MUC4_DEV.is_file():
            raise SystemExit(f"bench: {MUC4_DEV} not found")
        name, recs = "muc4-dev", muc4_records(MUC4_DEV)
    elif choice in ("auto", "examples"):
        name, recs = f"examples x{repeat}", repeat_to(example_records(), repeat)
    else:
        path = Path(choice)
        if not path.is_file():
            raise SystemExit(f"bench: corpus {choice} not found")
        name, recs = path.name, jsonl_records(path)
    if limit is not None:
        recs = recs[:limit]
    return name, recs


# ---------------------------------------------------------------- one measured run

def _maxrss_mb(raw: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return raw / (1024 * 1024) if sys.platform == "darwin" else raw / 1024


def worker(argv: list[str]) -> int:
    """Run argv with our stdin as its stdin; print one JSON result line."""
    payload = sys.stdin.buffer.read()
    t0 = time.perf_counter()
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=ROOT)
    except OSError as exc:
        print(json.dumps({"error": f"cannot start {argv[0]}: {exc}"}))
        return 0
    out, err = proc.communicate(payload)
    seconds = time.perf_counter() - t0
    events = bad = 0
    for line in out.splitlines():
        if not line.strip():
            continue
        try:
            json.loads(line)
            events += 1
        except ValueError:
            bad += 1
    peak = _maxrss_mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"seconds": seconds, "events": events, "bad_lines": bad,
                      "peak_mb": peak, "exit": proc.returncode,
                      "stderr_tail": err.decode("utf-8", "replace")[-600:]}))
    return 0


def measure(cmd: str, payload: bytes) -> dict:
    argv = shlex.split(cmd)
    if argv and not os.path.isabs(argv[0]) and (ROOT / argv[0]).exists():
        argv[0] = str(ROOT / argv[0])
    res = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--_worker", "--", *argv],
                         input=payload, capture_output=True, check=False)
    try:
        return json.loads(res.stdout.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": "worker failed: " + res.stderr.decode("utf-8", "replace")[-600:]}


# ---------------------------------------------------------------- report

def summarize(cmd: str, runs: list[dict], articles: int) -> dict:
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return {"cmd": cmd, "error": runs[0].get("error", "no run succeeded") if runs else "no runs"}
    secs = statistics.median(r["seconds"] for r in ok)
    return {
        "cmd": cmd,
        "runs": len(ok),
        "articles": articles,
        "events": ok[-1]["events"],
        "bad_lines": ok[-1]["bad_lines"],
        "seconds_median": round(secs, 3),
        "seconds_all": [round(r["seconds"], 3) for r in ok],
        "articles_per_s": round(articles / secs, 2) if secs > 0 else None,
        "peak_mb": round(max(r["peak_mb"] for r in ok), 1),
        "exit": sorted({r["exit"] for r in ok}),
        "stderr_tail": ok[-1]["stderr_tail"] if any(r["exit"] for r in ok) else "",
    }


def print_table(rows: list[dict]) -> None:
    head = ("command", "articles", "events", "sec (median)", "articles/s", "peak MB", "exit")
    body = []
    for r in rows:
        if "error" in r:
            body.append((r["cmd"], "-", "-", "-", "-", "-", "ERROR: " + r["error"][:60]))
            continue
        body.append((r["cmd"], str(r["articles"]), str(r["events"]), f"{r['seconds_median']:.2f}",
                     f"{r['articles_per_s']}", f"{r['peak_mb']:.1f}", ",".join(map(str, r["exit"]))))
    print_columns(head, body)


def print_columns(head: tuple[str, ...], body: list[tuple[str, ...]]) -> None:
    """A plain-text table, each column as wide as its widest cell."""
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(head)]
    fmt = "  ".join("{:<%d}" % w for w in widths)
    print(fmt.format(*head))
    print(fmt.format(*("-" * w for w in widths)))
    for b in body:
        print(fmt.format(*b))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--_worker"]:
        rest = argv[1:]
        if rest[:1] == ["--"]:
            rest = rest[1:]
        return worker(rest)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--runs", type=int, default=1, help="runs per command; the median time is shown")
    ap.add_argument("--cmd", action="append", default=None,
                    help=f"command reading JSONL articles on stdin (repeatable); default: {DEFAULT_CMD}")
    ap.add_argument("--corpus", default="auto", help="auto (default), muc4, examples, or a JSONL file")
    ap.add_argument("--repeat-to", type=int, default=300,
                    help="size of the examples corpus when MUC-4 is absent (default 300)")
    scale = ap.add_argument_group("scale mode (scripts/bench_scale.py): ingest into SQLite, a local Dask "
                                  "cluster and PostgreSQL over a generated corpus")
    scale.add_argument("--scale", action="store_true", help="run the scale benchmark instead")
    scale.add_argument("--articles", type=int, default=2000, help="generated articles (default 2000)")
    scale.add_argument("--seed", type=int, default=2026, help="corpus seed (default 2026)")
    scale.add_argument("--only", action="append", choices=["sqlite", "cluster", "postgresql"],
                       help="only this configuration (repeatable)")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if args.scale:
        from bench_scale import run_scale
        return run_scale(args.articles, args.runs, args.seed, args.only)

    name, recs = build_corpus(args.corpus, args.limit, args.repeat_to)
    if not recs:
        print("bench: empty corpus", file=sys.stderr)
        return 2
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")
    cmds = args.cmd or [DEFAULT_CMD]

    print(f"corpus: {name}, {len(recs)} articles, {len(payload) / 1e6:.2f} MB; runs: {args.runs}",
          file=sys.stderr)
    rows = []
    for cmd in cmds:
        runs = []
        for i in range(args.runs):
            print(f"  [{i + 1}/{args.runs}] {cmd}", file=sys.stderr)
            runs.append(measure(cmd, payload))
        rows.append(summarize(cmd, runs, len(recs)))
    print_table(rows)
    for r in rows:
        if r.get("stderr_tail"):
            print(f"\nstderr of {r['cmd']} (tail):\n{r['stderr_tail']}", file=sys.stderr)
    print(json.dumps({"corpus": name, "articles": len(recs), "runs": args.runs, "results": rows},
                     ensure_ascii=False))
    return 1 if any("error" in r or any(r["exit"]) for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
