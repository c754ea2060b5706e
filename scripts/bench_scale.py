"""`bench.py --scale`: ingest throughput and peak memory over the generated corpus, three ways.

    .venv/bin/python scripts/bench.py --scale [--articles 2000] [--runs 3] [--seed 2026] [--only NAME]

Configurations, each a fresh database per run, all over the same corpus file that
``make_bench_corpus.py`` writes into a temporary directory (removed afterwards):

* ``sqlite``: ``newsevents ingest CORPUS --db FILE --workers 1`` (one process does everything);
* ``cluster``: the same with ``--cluster local:2`` (two Dask worker processes extract, the driver stores);
* ``postgresql``: ``--workers 1`` into a throwaway PostgreSQL cluster (``pgcluster.py``, fsync on like a real
  server); the row says "not available" with the reason when PostgreSQL cannot be started here.

Runs are interleaved (sqlite, cluster, postgresql, then again) so a burst of load elsewhere hits every
configuration alike; the table shows the median time and the highest peak. Peak memory is sampled every
0.5 s over the command's whole process tree (driver, Dask nannies and workers): the peak of their summed
proportional memory (PSS, so pages the forked workers share count once), and the largest resident single
process (RSS). ``CPU s`` is the tree's user + system time: on a busy machine it shows what a run costs
when wall time cannot. The PostgreSQL server's own processes are not in the tree. The last line of standard output is one JSON object with every figure.
"""
from __future__ import annotations

import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from bench import print_columns
from make_bench_corpus import corpus

ROOT = Path(__file__).resolve().parents[1]
NEWSEVENTS = ROOT / ".venv" / "bin" / "newsevents"
SAMPLE_S = 0.5                  # often enough for a peak that lasts the run, rarely enough to cost nothing
_OK = re.compile(r"newsevents: (\d+) articles: (\d+) ok")


@dataclass(frozen=True)
class Config:
    name: str
    label: str
    options: tuple[str, ...]
    postgres: bool = False


CONFIGS = (
    Config("sqlite", "SQLite, single process", ("--workers", "1")),
    Config("cluster", "SQLite, --cluster local:2", ("--cluster", "local:2")),
    Config("postgresql", "PostgreSQL, single process", ("--workers", "1"), postgres=True),
)


class TreeMemory:
    """Samples the memory of a process and all its descendants until it exits.

    `total` is the peak of their summed proportional set size (PSS: a page shared by k processes, such as
    the model pages forked workers share, counts 1/k in each), so the tree's total is not inflated by
    sharing; `largest` is the peak resident set size (RSS) of any one process."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.total = self.largest = 0
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while True:
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            sizes = []
            for p in procs:
                try:
                    sizes.append(p.memory_full_info())
                except psutil.Error:          # exited between listing and reading
                    continue
            if sizes:
                self.total = max(self.total, sum(m.pss for m in sizes))
                self.largest = max(self.largest, max(m.rss for m in sizes))
            time.sleep(SAMPLE_S)

    def join(self) -> None:
        self._thread.join(timeout=5)


def measure(argv: list[str]) -> dict:
    """One run of `argv`: wall seconds, ok articles, peaks in MB, exit status, the tail of stderr."""
    with tempfile.TemporaryFile() as err:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        memory = TreeMemory(proc.pid)
        code = proc.wait()
        seconds = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)     # the tree's CPU: workers are reaped by it
        memory.join()
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    ok = _OK.search(text)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"seconds": seconds, "cpu_seconds": cpu, "ok": int(ok.group(2)) if ok else 0, "exit": code,
            "tree_peak_mb": memory.total / 2**20, "largest_mb": memory.largest / 2**20, "stderr_tail": text[-600:]}


def _postgres():
    """A started throwaway cluster, or the reason there is none."""
    try:
        from pgcluster import ClusterError, start
    except ImportError as exc:
        return None, f"scripts/pgcluster.py cannot be imported: {exc}"
    try:
        return start(durable=True), None
    except (ClusterError, OSError) as exc:
        return None, str(exc)


def run_scale(articles: int, runs: int, seed: int, only: list[str] | None) -> int:
    configs = [c for c in CONFIGS if not only or c.name in only]
    tmp = Path(tempfile.mkdtemp(prefix="newsevents-bench-"))
    cluster, unavailable = (None, None)
    try:
        path = tmp / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus(articles, seed))
        print(f"corpus: {articles} generated articles (seed {seed}), {path.stat().st_size / 1e6:.1f} MB; "
              f"runs: {runs}", file=sys.stderr)
        if any(c.postgres for c in configs):
            cluster, unavailable = _postgres()
        results: dict[str, list[dict]] = {c.name: [] for c in configs}
        for i in range(runs):
            for c in configs:
                if c.postgres and cluster is None:
                    continue
                db = cluster.create_database(f"bench_{i}") if c.postgres else str(tmp / f"{c.name}_{i}.db")
                argv = [str(NEWSEVENTS), "ingest", str(path), "--db", db, "--quiet", *c.options]
                print(f"  [{i + 1}/{runs}] {c.label}", file=sys.stderr)
                results[c.name].append(measure(argv))
        rows = [_row(c, results[c.name], articles, unavailable) for c in configs]
    finally:
        if cluster is not None:
            from pgcluster import stop
            stop(cluster.name)
        shutil.rmtree(tmp, ignore_errors=True)
    _print_table(rows)
    print(json.dumps({"corpus": f"generated, seed {seed}", "articles": articles, "runs": runs, "cpus": os.cpu_count(),
                      "results": rows}, ensure_ascii=False))
    return 1 if any("error" in r for r in rows if r.get("available", True)) else 0


def _row(c: Config, runs: list[dict], articles: int, unavailable: str | None) -> dict:
    command = f"newsevents ingest CORPUS --db {'postgresql://...' if c.postgres else 'FILE.db'} {' '.join(c.options)}"
    row: dict = {"name": c.name, "configuration": c.label, "command": command, "articles": articles}
    if c.postgres and unavailable:
        return {**row, "available": False, "error": f"not available: {unavailable}"}
    bad = [r for r in runs if r["exit"] != 0 or r["ok"] != articles]
    if bad or not runs:
        tail = bad[0]["stderr_tail"] if bad else "no run"
        return {**row, "error": f"exit {bad[0]['exit'] if bad else '-'}, {bad[0]['ok'] if bad else 0} ok: {tail}"}
    secs = statistics.median(r["seconds"] for r in runs)
    return {**row, "seconds_median": round(secs, 2), "seconds_all": [round(r["seconds"], 2) for r in runs],
            "articles_per_s": round(articles / secs, 1),
            "cpu_seconds_median": round(statistics.median(r["cpu_seconds"] for r in runs), 1),
            "tree_peak_mb": round(max(r["tree_peak_mb"] for r in runs)),
            "largest_process_mb": round(max(r["largest_mb"] for r in runs))}


def _print_table(rows: list[dict]) -> None:
    head = ("configuration", "articles", "seconds", "articles/s", "CPU s", "peak MB (tree, PSS)",
            "largest process MB (RSS)")
    body = []
    for r in rows:
        if "error" in r:
            body.append((r["configuration"], str(r["articles"]), "-", "-", "-", "-", r["error"].splitlines()[0][:160]))
        else:
            body.append((r["configuration"], str(r["articles"]), f"{r['seconds_median']:.1f}",
                         f"{r['articles_per_s']:.1f}", f"{r['cpu_seconds_median']:.1f}", str(r["tree_peak_mb"]),
                         str(r["largest_process_mb"])))
    print_columns(head, body)
    by = {r["name"]: r for r in rows if "error" not in r}
    if "sqlite" in by and "cluster" in by:
        print(f"--cluster local:2 / single process: {by['sqlite']['seconds_median'] / by['cluster']['seconds_median']:.2f}x")
    if "sqlite" in by and "postgresql" in by:
        print(f"PostgreSQL / SQLite (articles/s): "
              f"{by['postgresql']['articles_per_s'] / by['sqlite']['articles_per_s']:.2f}x")
