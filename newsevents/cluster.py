"""Dask execution of the pipeline: batches of articles go to worker processes that each load the model once.

`--cluster local:N` starts N single-threaded worker processes on this machine, listening on loopback only,
with no dashboard. `--scheduler tcp://HOST:PORT` uses a running Dask cluster whose workers have newsevents
installed and reach the same gazetteer path; there too one thread per worker is best, since every worker
thread loads its own model (a spaCy pipeline and a SQLite handle are not shared across threads).

The driver reads articles, keeps at most a few batches per worker in flight (backpressure: a corpus is
never held in memory as futures), and yields outcomes in input order, so anything fed from them, such as
the store and its incident merge, ends exactly as after a single-process run. Dask is imported only here,
and only when a cluster is asked for.
"""
from __future__ import annotations

import logging
import re
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .config import Settings
from .core import Article, ArticleOutcome, Outcome
from .errors import ConfigError, NewseventsError

if TYPE_CHECKING:
    from distributed import Client, Future

    from .pipeline import Pipeline

BATCH = 16                      # articles per task, as in the fork pool: a short tail when the corpus ends
IN_FLIGHT_PER_WORKER = 3        # batches queued per worker: enough to keep it busy, few enough to bound memory
CONNECT_TIMEOUT_S = 30

_LOCAL = re.compile(r"local:([0-9]+)")
_ADDRESS = re.compile(r"(tcp|tls)://(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):[0-9]{1,5}")


@dataclass(frozen=True)
class ClusterSpec:
    """Where batches run: `local_workers` new processes on this machine, or the scheduler at `address`."""
    local_workers: int = 0
    address: str | None = None

    @classmethod
    def from_options(cls, cluster: str | None, scheduler: str | None) -> "ClusterSpec | None":
        """The `--cluster local:N` / `--scheduler tcp://HOST:PORT` options; None (single machine) when neither."""
        if cluster and scheduler:
            raise ConfigError("give --cluster or --scheduler, not both")
        if cluster:
            m = _LOCAL.fullmatch(cluster.strip())
            if not m or int(m.group(1)) < 1:
                raise ConfigError(f"--cluster takes local:N with N >= 1, not {cluster!r}")
            return cls(local_workers=int(m.group(1)))
        if scheduler:
            if not _ADDRESS.fullmatch(scheduler.strip()):
                raise ConfigError(f"--scheduler takes tcp://HOST:PORT, not {scheduler!r}")
            return cls(address=scheduler.strip())
        return None

    def __str__(self) -> str:
        return self.address or f"local:{self.local_workers}"


def run_batches(settings: Settings, batches: Iterable[list], spec: ClusterSpec) -> Iterator[ArticleOutcome]:
    """Outcomes of `batches` (lists of articles, or one-item lists holding a finished outcome) in input order."""
    with connect(spec) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        print(f"newsevents: Dask cluster {spec}: {workers} workers", file=sys.stderr)
        pending: deque[tuple[list, Future | None]] = deque()      # input order; None: nothing to compute
        in_flight = 0
        for batch in batches:
            future = None if isinstance(batch[0], ArticleOutcome) else \
                client.submit(extract_on_worker, settings, batch, pure=False)
            pending.append((batch, future))
            in_flight += future is not None
            # Hand on whatever is ready at the head; wait for the head only when too many batches are out.
            while pending and (pending[0][1] is None or pending[0][1].done()
                               or in_flight > workers * IN_FLIGHT_PER_WORKER):
                batch, future = pending.popleft()
                in_flight -= future is not None
                yield from _collect(batch, future)
        while pending:
            yield from _collect(*pending.popleft())


def _collect(batch: list, future: Future | None) -> list[ArticleOutcome]:
    """A batch's outcomes with their articles re-attached (workers do not send the texts back)."""
    if future is None:
        return batch
    try:
        outcomes = future.result()
    except NewseventsError:                       # settings or data files unusable: fatal, as in a serial run
        raise
    except Exception as exc:                      # a worker died on this batch: its articles fail, the run goes on
        reason = f"Dask worker failed: {type(exc).__name__}: {exc}"
        return [ArticleOutcome(a.id, Outcome.FAILED, reason, "cluster", article=a) for a in batch]
    return [replace(o, article=a) for o, a in zip(outcomes, batch)]


@contextmanager
def connect(spec: ClusterSpec) -> Iterator[Client]:
    """A client of a new loopback-only LocalCluster, or of the running scheduler the spec names."""
    import dask
    from distributed import Client, LocalCluster

    if spec.address is None:
        config = {
            # No dashboard: the scheduler's HTTP server answers /health only, on a free loopback port.
            "distributed.scheduler.http.routes": ["distributed.http.health"],
            # Forked, not spawned: a spawned worker re-imports newsevents and spaCy, seconds of CPU that a
            # 2-core machine would take from extraction.
            "distributed.worker.multiprocessing-method": "fork",
            # No statistical profiler sampling each worker every 10 ms, fewer housekeeping wake-ups.
            "distributed.worker.profile.enabled": False,
            "distributed.admin.tick.interval": "1s",
            "distributed.admin.system-monitor.interval": "2s",
            "distributed.worker.memory.monitor-interval": "1s",
        }
        try:
            with dask.config.set(config):
                cluster = LocalCluster(n_workers=spec.local_workers, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None, worker_dashboard_address=None,
                                       scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                       silence_logs=logging.ERROR)
        except (RuntimeError, OSError, TimeoutError) as exc:
            raise NewseventsError(f"cannot start a local Dask cluster: {exc}", stage="cluster") from exc
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(spec.address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        raise NewseventsError(f"cannot reach the Dask scheduler at {spec.address}: {exc}", stage="cluster") from exc
    with client:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        except TimeoutError as exc:
            raise NewseventsError(f"the Dask scheduler at {spec.address} has no workers", stage="cluster") from exc
        yield client


# -- on the workers --------------------------------------------------------------------------------------

_PIPELINES: dict[tuple[Settings, int], "Pipeline"] = {}


def extract_on_worker(settings: Settings, batch: list[Article]) -> list[ArticleOutcome]:
    """Runs in a Dask worker: the first batch loads the model, later ones reuse it (one per settings and thread)."""
    key = (settings, threading.get_ident())
    pipe = _PIPELINES.get(key)
    if pipe is None:
        from .pipeline import Pipeline
        pipe = _PIPELINES[key] = Pipeline(settings)
    return [replace(o, article=None) for o in pipe.extract_batch(batch)]
