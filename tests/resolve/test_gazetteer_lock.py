"""Processes that start together build the gazetteer once: the others wait on the lock and open the result."""
from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from newsevents.resolve.gazetteer_build import ensure_gazetteer, gazetteer_is_fresh


def _open(path: str, q) -> None:
    try:
        ensure_gazetteer(Path(path), progress=False)
        q.put("ok")
    except Exception as exc:                      # reported to the parent, which fails the test
        q.put(f"{type(exc).__name__}: {exc}")


def test_concurrent_builds_do_not_race(tmp_path):
    path = tmp_path / "gazetteer.sqlite"
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    procs = [ctx.Process(target=_open, args=(str(path), q)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
    assert sorted(q.get(timeout=5) for _ in procs) == ["ok", "ok"]
    assert gazetteer_is_fresh(path)
    assert not list(tmp_path.glob("*.tmp"))
