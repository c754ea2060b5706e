"""Dask execution gives exactly the single-process results: the same events, the same stored incidents, input order.

One loopback LocalCluster serves the module (its `--scheduler` address); one CLI run starts its own `--cluster
local:2`. The corpus is the bundled examples, a slice of the generated benchmark corpus and two bad records.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import psutil
import pytest

from newsevents.articles import iter_articles
from newsevents.cluster import ClusterSpec, connect
from newsevents.core import Outcome
from newsevents.errors import ConfigError
from newsevents.store import open_store

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CORPUS_SLICE = 40


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    tmp = tmp_path_factory.mktemp("cluster")
    corpus = tmp / "bench.jsonl"
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_bench_corpus.py"), "-n", str(CORPUS_SLICE),
                    "-o", str(corpus)], check=True, capture_output=True, timeout=60)
    bad = tmp / "bad.jsonl"
    bad.write_text(json.dumps({"id": "empty-one", "text": "   "}) + "\n" + json.dumps({"text": "no id"}) + "\n",
                   encoding="utf-8")
    return [str(EXAMPLES), str(corpus), str(bad)]


@pytest.fixture(scope="module")
def client():
    """A cluster built exactly as `--cluster local:2` builds it, kept for the module."""
    with connect(ClusterSpec(local_workers=2)) as c:
        yield c


@pytest.fixture(scope="module")
def serial(pipeline, session_settings, inputs) -> list:
    return list(pipeline.run(iter_articles(inputs, settings=session_settings), workers=1, progress=False))


def _events(outcomes) -> list[dict]:
    rows = [json.loads(json.dumps(e.to_json(), ensure_ascii=False)) for o in outcomes for e in o.events]
    return sorted(rows, key=lambda r: r["event_id"])


def _cli(bin_: str, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([bin_, *args], env=env, capture_output=True, text=True, timeout=600)


def test_local_cluster_extract_gives_the_serial_events(serial, inputs, newsevents_bin, cli_env):
    res = _cli(newsevents_bin, cli_env, "extract", *inputs, "--cluster", "local:2", "--quiet")
    assert res.returncode == 0, res.stderr
    got = sorted((json.loads(line) for line in res.stdout.splitlines()), key=lambda r: r["event_id"])
    assert len(got) > CORPUS_SLICE
    assert got == _events(serial)
    assert "empty-one" in res.stderr
    assert "Dask cluster local:2: 2 workers" in res.stderr


def test_scheduler_run_keeps_input_order_and_every_outcome(pipeline, session_settings, inputs, client):
    spec = ClusterSpec.from_options(None, client.scheduler.address)
    already = {"bench-00003", "bench-00040"}

    def skip(article):
        return "already stored" if article.id in already else None

    dask = list(pipeline.run(iter_articles(inputs, settings=session_settings), progress=False, skip=skip,
                             cluster=spec))
    expected = list(pipeline.run(iter_articles(inputs, settings=session_settings), workers=1, progress=False,
                                 skip=skip))
    assert [(o.article_id, o.outcome, o.reason, o.events) for o in dask] == \
        [(o.article_id, o.outcome, o.reason, o.events) for o in expected]
    assert [o.article for o in dask] == [o.article for o in expected]
    assert {o.article_id for o in dask if o.outcome is Outcome.SKIPPED} >= already | {"empty-one"}


def _pipelines_for(settings) -> int:
    from newsevents.cluster import _PIPELINES
    return sum(1 for key in _PIPELINES if key[0] == settings)


def test_each_worker_loads_the_model_once(pipeline, session_settings, inputs, client):
    spec = ClusterSpec(address=client.scheduler.address)
    for _ in range(2):                             # four batches of the corpus slice on two workers
        list(pipeline.run(iter_articles(inputs[1:2], settings=session_settings), progress=False, cluster=spec))
    loaded = client.run(_pipelines_for, session_settings)
    assert len(loaded) == 2
    assert set(loaded.values()) <= {0, 1} and sum(loaded.values()) >= 1


def test_ingest_on_a_scheduler_stores_the_serial_incidents(inputs, newsevents_bin, cli_env, tmp_path, client):
    dbs = {"serial": tmp_path / "serial.db", "dask": tmp_path / "dask.db"}
    ran = [_cli(newsevents_bin, cli_env, "ingest", *inputs, "--db", str(dbs["serial"]), "--workers", "1", "--quiet"),
           _cli(newsevents_bin, cli_env, "ingest", *inputs, "--db", str(dbs["dask"]), "--quiet",
                "--scheduler", client.scheduler.address)]
    assert [r.returncode for r in ran] == [0, 0], [r.stderr for r in ran]
    incidents, events = {}, {}
    for k, db in dbs.items():
        with open_store(db) as store:
            incidents[k] = [i.to_json() for i in store.incidents()]
            events[k] = [e.to_json() for e in store.events()]
    assert len(incidents["dask"]) > CORPUS_SLICE
    assert incidents["dask"] == incidents["serial"]
    assert events["dask"] == events["serial"]


def test_cluster_listens_on_loopback_only_and_has_no_dashboard(client):
    me = psutil.Process(os.getpid())
    listening = [c.laddr for p in (me, *me.children(recursive=True)) for c in p.net_connections(kind="inet")
                 if c.status == psutil.CONN_LISTEN]
    assert len(listening) >= 3                     # the scheduler and two workers at least
    assert {addr.ip for addr in listening} <= {"127.0.0.1", "::1"}
    http_port = client.scheduler_info()["services"]["dashboard"]      # Dask's name for its HTTP server
    assert http_port != 8787
    with httpx.Client(base_url=f"http://127.0.0.1:{http_port}", timeout=10) as http:
        assert http.get("/health").status_code == 200
        assert [http.get(p).status_code for p in ("/status", "/info/main/workers.html", "/metrics")] == [404] * 3


@pytest.mark.parametrize("cluster, scheduler, spec", [
    (None, None, None),
    ("local:2", None, ClusterSpec(local_workers=2)),
    (None, "tcp://10.0.0.7:8786", ClusterSpec(address="tcp://10.0.0.7:8786")),
    (None, "tcp://[::1]:8786", ClusterSpec(address="tcp://[::1]:8786")),
])
def test_cluster_options_parse(cluster, scheduler, spec):
    assert ClusterSpec.from_options(cluster, scheduler) == spec


@pytest.mark.parametrize("cluster, scheduler", [
    ("local:0", None), ("local", None), ("2", None), (None, "http://127.0.0.1:8786"), (None, "tcp://host"),
    ("local:2", "tcp://127.0.0.1:8786"),
])
def test_bad_cluster_options_are_refused(cluster, scheduler):
    with pytest.raises(ConfigError):
        ClusterSpec.from_options(cluster, scheduler)


def test_generated_corpus_is_deterministic_and_news_length(inputs):
    spec = importlib.util.spec_from_file_location("make_bench_corpus", REPO / "scripts" / "make_bench_corpus.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    articles = list(gen.corpus(300))
    assert [json.loads(line) for line in Path(inputs[1]).read_text(encoding="utf-8").splitlines()] == \
        articles[:CORPUS_SLICE]                   # the test slice is the benchmark corpus's first articles
    assert list(gen.corpus(300)) == articles and list(gen.corpus(300, seed=7)) != articles
    assert len({a["id"] for a in articles}) == 300
    assert all(gen.MIN_WORDS <= len(a["text"].split()) <= gen.MAX_WORDS for a in articles)


def test_cli_names_a_bad_cluster_option(newsevents_bin, cli_env):
    res = _cli(newsevents_bin, cli_env, "extract", str(EXAMPLES), "--cluster", "local:zero")
    assert res.returncode == 2
    assert "local:N" in res.stderr and res.stdout == ""
