#!/usr/bin/env python3
"""A bounded load on `newsevents serve`: reads and authenticated writes on loopback, then a check that
every accepted write was stored.

    .venv/bin/python scripts/loadtest.py [--reads 2000] [--writes 50] [--threads 8] [--duration 60]

The examples/ folder is ingested into a SQLite file in a temporary directory, and `newsevents serve`
is started on it (127.0.0.1, a free port, NEWSEVENTS_API_TOKEN set to a token made for this run).
Reader threads send a fixed, seeded mix of GETs (/api/incidents with and without filters, /api/events,
/api/search, /api/incidents/{id}, the dashboard /); writer threads POST /articles, one article each,
from scripts/loadtest_articles.jsonl (short reports of real attacks written for this test). Both stop
when their requests are sent or when --duration seconds have passed, whichever comes first.

The table shows, per endpoint group, requests answered, requests per second over the run, median and
99th-percentile latency in milliseconds, and errors (an unexpected status or no answer). Then every
POST answered 201 with the article's outcome "ok" is read back with GET /api/articles/{id}; the run
fails (exit 1) on any error, any request left unsent, or any accepted write that is not stored with
the text that was sent. The last line of standard output is one JSON object with every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import httpx

from newsevents.views.http.background import free_port

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ARTICLES = Path(__file__).with_name("loadtest_articles.jsonl")
NEWSEVENTS = ROOT / ".venv" / "bin" / "newsevents"
START_TIMEOUT_S = 120
SEARCH_TERMS = ["bomb", "gunmen", "hostages", "suicide", "police", "explosion", "killed", "attack", "market",
                "school", "airport", "church"]
FILTERS = ["", "?type=bombing", "?from=2015-01-01&to=2017-12-31", "?limit=10&offset=5", "?country=FR"]


@dataclass(frozen=True)
class Request:
    group: str
    method: str
    path: str
    body: dict | None = None


@dataclass(frozen=True)
class Answer:
    request: Request
    status: int | None            # None: no answer (timeout, refused, reset)
    ms: float
    payload: dict | None


def read_mix(n: int, incident_ids: list[str], seed: int) -> list[Request]:
    """`n` GETs over five groups in fixed proportions, shuffled with `seed` so every run sends the same list."""
    rng = random.Random(seed)
    makers = [
        (0.30, lambda: Request("GET /api/incidents", "GET", "/api/incidents" + rng.choice(FILTERS))),
        (0.20, lambda: Request("GET /api/events", "GET", "/api/events" + rng.choice(FILTERS))),
        (0.20, lambda: Request("GET /api/search", "GET", f"/api/search?q={rng.choice(SEARCH_TERMS)}")),
        (0.20, lambda: Request("GET /api/incidents/{id}", "GET", f"/api/incidents/{rng.choice(incident_ids)}")),
        (0.10, lambda: Request("GET /", "GET", "/")),
    ]
    mix = [make() for share, make in makers for _ in range(round(n * share))]
    rng.shuffle(mix)
    return mix[:n]


def write_mix(n: int) -> list[Request]:
    lines = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    if n > len(lines):
        sys.exit(f"loadtest: --writes {n} is more than the {len(lines)} articles in {ARTICLES}")
    return [Request("POST /articles", "POST", "/articles", body) for body in lines[:n]]


def drain(base: str, token: str, work: queue.Queue, answers: list[Answer], deadline: float, timeout: float) -> None:
    """One worker: its own connection, requests from `work` until it is empty or the deadline passes."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=timeout) as client:
        while time.monotonic() < deadline:
            try:
                req = work.get_nowait()
            except queue.Empty:
                return
            t0 = time.perf_counter()
            try:
                if req.method == "POST":
                    r = client.post(req.path, json=req.body, headers=headers)
                else:
                    r = client.get(req.path)
                status = r.status_code
                payload = r.json() if req.method == "POST" and "json" in r.headers.get("content-type", "") else None
            except httpx.HTTPError:
                status, payload = None, None
            answers.append(Answer(req, status, (time.perf_counter() - t0) * 1000, payload))


def run_load(base: str, token: str, reads: list[Request], writes: list[Request], threads: int, writers: int,
             duration: float) -> tuple[list[Answer], float]:
    """Readers and writers at once, each pool on its own queue; every answer and the wall time."""
    answers: list[Answer] = []            # list.append is atomic under the GIL
    deadline = time.monotonic() + duration
    pools = []
    for requests, n, timeout in ((reads, threads, 30.0), (writes, writers, duration)):
        work: queue.Queue = queue.Queue()
        for r in requests:
            work.put(r)
        pools += [threading.Thread(target=drain, args=(base, token, work, answers, deadline, timeout))
                  for _ in range(n)]
    t0 = time.perf_counter()
    for t in pools:
        t.start()
    for t in pools:
        t.join()
    return answers, time.perf_counter() - t0


def expected(a: Answer, gone: set[str]) -> bool:
    """201 for a write, 200 for a read; 404 too for an incident the writes merged into another (its id is
    gone from the store at the end, so the 404 was the truth, not a half-written merge)."""
    if a.request.method == "POST":
        return a.status == 201
    return a.status == 200 or (a.status == 404 and a.request.path.rsplit("/", 1)[-1] in gone)


def table(answers: list[Answer], wall: float, gone: set[str]) -> list[dict]:
    """One row per endpoint group, then the reads together, then everything."""
    groups: dict[str, list[Answer]] = defaultdict(list)
    for a in answers:
        groups[a.request.group].append(a)
    groups["all reads"] = [a for a in answers if a.request.method == "GET"]
    groups["all"] = list(answers)
    rows = []
    for name, got in groups.items():
        ms = sorted(a.ms for a in got)
        p99 = statistics.quantiles(ms, n=100, method="inclusive")[98] if len(ms) > 1 else (ms[0] if ms else 0.0)
        rows.append({"group": name, "requests": len(got), "rps": round(len(got) / wall, 1),
                     "p50_ms": round(statistics.median(ms), 1) if ms else 0.0, "p99_ms": round(p99, 1),
                     "errors": sum(not expected(a, gone) for a in got)})
    return rows


def print_table(rows: list[dict]) -> None:
    print(f"{'endpoint group':<26}{'requests':>9}{'rps':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for r in rows:
        print(f"{r['group']:<26}{r['requests']:>9}{r['rps']:>9}{r['p50_ms']:>9}{r['p99_ms']:>9}{r['errors']:>8}")


def accepted(answers: list[Answer]) -> list[dict]:
    """The articles a POST answered 201 for with outcome ok: the server says they are stored."""
    out = []
    for a in answers:
        if a.request.method == "POST" and a.status == 201 and a.payload:
            ok = {r["id"] for r in a.payload.get("articles", []) if r.get("outcome") == "ok"}
            if a.request.body["id"] in ok:
                out.append(a.request.body)
    return out


def missing_writes(base: str, articles: list[dict]) -> list[str]:
    """Ids of accepted articles that GET /api/articles/{id} does not return with the text that was sent."""
    missing = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for art in articles:
            r = client.get(f"/api/articles/{art['id']}")
            if r.status_code != 200 or r.json().get("text", "").strip() != art["text"].strip():
                missing.append(art["id"])
    return missing


def incident_ids(base: str) -> set[str]:
    page = httpx.get(base + "/api/incidents?limit=1000", timeout=30).json()
    if page["total"] > len(page["items"]):
        sys.exit(f"loadtest: {page['total']} incidents, more than one page of 1000: use a smaller store")
    return {i["incident_id"] for i in page["items"]}


def ingest_examples(db: Path, env: dict[str, str]) -> None:
    print(f"loadtest: ingesting {EXAMPLES} into {db}", file=sys.stderr)
    subprocess.run([str(NEWSEVENTS), "ingest", str(EXAMPLES), "--db", str(db), "--quiet"], env=env, check=True)


def start_server(db: Path, port: int, env: dict[str, str], log: Path) -> subprocess.Popen:
    """`newsevents serve` on 127.0.0.1:`port`, answering /openapi.json, or exit with its standard error."""
    with log.open("w") as err:
        proc = subprocess.Popen([str(NEWSEVENTS), "serve", "--db", str(db), "--host", "127.0.0.1",
                                 "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=err)
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if proc.poll() is not None:
            sys.exit(f"loadtest: serve exited with status {proc.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=5).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            proc.terminate()
            sys.exit(f"loadtest: serve did not answer within {START_TIMEOUT_S} s:\n{log.read_text()}")
        time.sleep(0.2)                    # polling for the server to come up, not a measurement


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--reads", type=int, default=2000, help="GET requests (default: 2000)")
    p.add_argument("--writes", type=int, default=50, help="POST /articles requests, one article each (default: 50)")
    p.add_argument("--threads", type=int, default=8, help="reader threads (default: 8)")
    p.add_argument("--writers", type=int, default=2, help="writer threads (default: 2)")
    p.add_argument("--duration", type=float, default=60.0, help="cap on the load phase in seconds (default: 60)")
    p.add_argument("--seed", type=int, default=6)
    a = p.parse_args()
    token = secrets.token_urlsafe(24)
    env = {**os.environ, "NEWSEVENTS_API_TOKEN": token}
    with tempfile.TemporaryDirectory(prefix="newsevents-loadtest-") as tmp:
        db = Path(tmp) / "loadtest.db"
        ingest_examples(db, env)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = start_server(db, port, env, Path(tmp) / "serve.log")
        try:
            ids = sorted(incident_ids(base))
            reads, writes = read_mix(a.reads, ids, a.seed), write_mix(a.writes)
            print(f"loadtest: {len(reads)} GETs ({a.threads} threads) and {len(writes)} POSTs ({a.writers} threads) "
                  f"on {base}, at most {a.duration:g} s", file=sys.stderr)
            answers, wall = run_load(base, token, reads, writes, a.threads, a.writers, a.duration)
            gone = set(ids) - incident_ids(base)
            rows = table(answers, wall, gone)
            print_table(rows)
            stored = accepted(answers)
            missing = missing_writes(base, stored)
        finally:
            proc.terminate()
            proc.wait(30)
    unsent = len(reads) + len(writes) - len(answers)
    errors = sum(not expected(x, gone) for x in answers)
    merged = sum(x.status == 404 and x.request.path.rsplit("/", 1)[-1] in gone for x in answers)
    for (group, status), n in sorted(Counter((x.request.group, str(x.status)) for x in answers
                                             if not expected(x, gone)).items()):
        print(f"loadtest: {n} x {group} answered {status if status != 'None' else 'nothing'}", file=sys.stderr)
    print(f"load phase: {wall:.1f} s; {len(answers)} answered, {unsent} unsent (duration cap), {errors} errors; "
          f"{len(gone)} incidents merged away by the writes ({merged} reads of them answered 404)")
    if missing:
        print(f"FAIL: {len(missing)} of {len(stored)} accepted writes not stored: {', '.join(missing)}")
    else:
        print(f"all {len(stored)} accepted writes stored")
    print(json.dumps({"wall_s": round(wall, 2), "unsent": unsent, "errors": errors, "merged_away": len(gone),
                      "accepted_writes": len(stored),
                      "missing_writes": missing, "groups": rows}))
    return 1 if missing or unsent or errors else 0


if __name__ == "__main__":
    sys.exit(main())
