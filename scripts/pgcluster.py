"""A throwaway PostgreSQL 15 cluster (with PostGIS) on a loopback port, for tests, benchmarks and crash tests.

Debian's cluster tools do the work: `pg_createcluster` makes a cluster owned by the `postgres` user with
trust authentication, `pg_ctlcluster` starts it listening on 127.0.0.1 only, `pg_dropcluster --stop`
removes it (data, configuration and log) afterwards, also when the run fails. Clusters are named
`ne_test_<pid>_<n>`; one left behind by a process that no longer exists (killed with -9) is dropped the
next time a cluster is made. A cluster made by `start` from the shell is named `ne_kept_<pid>_<n>` and
stays until `stop` removes it.

From Python (tests): `with throwaway_cluster() as cluster: cluster.url()`.
From the shell:

    python scripts/pgcluster.py run -- CMD ARGS...    # CMD runs with NEWSEVENTS_PG_URL set; the cluster goes after
    python scripts/pgcluster.py start                 # prints NAME URL; the cluster stays up
    python scripts/pgcluster.py stop NAME
"""
from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

VERSION = "15"
DATABASE = "newsevents"
PREFIX = "ne_test_"
KEPT_PREFIX = "ne_kept_"
CONF_DIR = Path("/etc/postgresql") / VERSION
TOOLS = ("pg_createcluster", "pg_ctlcluster", "pg_dropcluster", "pg_lsclusters")
# Settings of a throwaway cluster: loopback only, and the durability SQLite's WAL mode with
# synchronous=NORMAL gives (a commit may be lost on power failure, never half-written).
SETTINGS = """listen_addresses = '127.0.0.1'
synchronous_commit = off
max_connections = 50
"""
# Unless asked to be durable (a benchmark against SQLite, which does sync its checkpoints), a cluster that
# is thrown away anyway never waits for the disk.
NO_SYNC = "fsync = off\nfull_page_writes = off\n"
_counter = itertools.count(1)


class ClusterError(RuntimeError):
    """PostgreSQL is missing or a cluster could not be made, started or reached."""


@dataclass(frozen=True)
class Cluster:
    name: str
    port: int

    def url(self, database: str = DATABASE) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement (CREATE/DROP DATABASE ...) outside a transaction, as the superuser."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new empty database (optionally copied from `template`); returns its URL."""
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def check_installed() -> None:
    """Raise ClusterError naming what is missing and how to get it."""
    missing = [t for t in TOOLS if shutil.which(t) is None]
    server = Path("/usr/lib/postgresql") / VERSION / "bin" / "postgres"
    if not server.exists():
        missing.append(str(server))
    postgis = Path("/usr/share/postgresql") / VERSION / "extension" / "postgis.control"
    if not postgis.exists():
        missing.append(str(postgis))
    if missing:
        raise ClusterError("PostgreSQL 15 with PostGIS is not installed (missing: " + ", ".join(missing) +
                           "); run `bash scripts/system-deps.sh` as root (Debian packages postgresql-15, "
                           "postgresql-15-postgis-3, postgresql-common)")
    if os.geteuid() != 0:
        raise ClusterError("a throwaway cluster is made with pg_createcluster, which needs root")


def _run(*cmd: str) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise ClusterError(f"{' '.join(cmd)} failed ({done.returncode}): {(done.stderr or done.stdout).strip()}")
    return done.stdout


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def drop_stale() -> list[str]:
    """Drop the throwaway clusters whose creating process is gone; return their names."""
    dropped = []
    for line in _run("pg_lsclusters", "--no-header").splitlines():
        fields = line.split()
        if len(fields) < 2 or fields[0] != VERSION:
            continue
        m = re.fullmatch(re.escape(PREFIX) + r"(\d+)_\d+", fields[1])
        if m and not _alive(int(m.group(1))):
            _run("pg_dropcluster", "--stop", VERSION, fields[1])
            dropped.append(fields[1])
    return dropped


def start(kept: bool = False, durable: bool = False) -> Cluster:
    """Make and start a new cluster with an empty `newsevents` database that has PostGIS.

    `kept`: a cluster that outlives this process (dropped only by `stop`). `durable`: fsync as a real
    server does (for benchmarks); by default it never waits for the disk."""
    check_installed()
    drop_stale()
    prefix = KEPT_PREFIX if kept else PREFIX
    cluster = Cluster(f"{prefix}{os.getpid()}_{next(_counter)}", _free_port())
    try:
        _run("pg_createcluster", VERSION, cluster.name, "--port", str(cluster.port), "--",
             "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", *(() if durable else ("--no-sync",)))
        (CONF_DIR / cluster.name / "conf.d" / "newsevents.conf").write_text(
            SETTINGS + ("" if durable else NO_SYNC), encoding="utf-8")
        _run("pg_ctlcluster", VERSION, cluster.name, "start")
        cluster.admin(f'CREATE DATABASE "{DATABASE}"')
        import psycopg

        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    except BaseException:
        stop(cluster.name)
        raise
    return cluster


def stop(name: str) -> None:
    """Stop (without a final checkpoint: nothing in it is kept) and remove a cluster; quiet when it is gone."""
    subprocess.run(["pg_ctlcluster", VERSION, name, "stop", "-m", "immediate"], capture_output=True, text=True)
    subprocess.run(["pg_dropcluster", "--stop", VERSION, name], capture_output=True, text=True)


@contextmanager
def throwaway_cluster(durable: bool = False) -> Iterator[Cluster]:
    """A running cluster for the duration of the block, removed after it however the block ends."""
    cluster = start(durable=durable)
    try:
        yield cluster
    finally:
        stop(cluster.name)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="action", required=True)
    run = sub.add_parser("run", help="run a command with NEWSEVENTS_PG_URL set, then remove the cluster")
    run.add_argument("--durable", action="store_true", help="fsync like a real server (for benchmarks)")
    run.add_argument("cmd", nargs=argparse.REMAINDER)
    begin = sub.add_parser("start", help="make and start a cluster; print its name and URL")
    begin.add_argument("--durable", action="store_true", help="fsync like a real server (for benchmarks)")
    st = sub.add_parser("stop", help="stop and remove a cluster")
    st.add_argument("name")
    a = p.parse_args(argv)
    try:
        if a.action == "stop":
            stop(a.name)
            return 0
        if a.action == "start":
            cluster = start(kept=True, durable=a.durable)
            print(cluster.name, cluster.url())
            return 0
        cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
        if not cmd:
            p.error("run needs a command after --")
        with throwaway_cluster(durable=a.durable) as cluster:
            print(f"pgcluster: {cluster.name} at {cluster.url()}", file=sys.stderr)
            return subprocess.run(cmd, env={**os.environ, "NEWSEVENTS_PG_URL": cluster.url()}).returncode
    except ClusterError as exc:
        print(f"pgcluster: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
