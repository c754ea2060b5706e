"""Shared fixtures only: an isolated data directory, the gazetteer index built once, the full model loaded once."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsevents.config import Settings

REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config) -> None:
    """Hypothesis keeps its example cache outside the checkout."""
    import tempfile

    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "newsevents-hypothesis"))


EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory) -> Path:
    """The gazetteer index: the one `make install` built when it is current, else one built for this session."""
    from newsevents.resolve.gazetteer_build import build_gazetteer, gazetteer_is_fresh

    built = Settings.load().gazetteer
    if gazetteer_is_fresh(built):
        return built
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    build_gazetteer(path, progress=False)
    return path


@pytest.fixture(scope="session")
def session_settings(tmp_path_factory, gazetteer_path) -> Settings:
    data = tmp_path_factory.mktemp("data")
    return Settings(data_dir=data, db=str(data / "newsevents.db"), gazetteer=gazetteer_path, workers=1)


@pytest.fixture(scope="session")
def pipeline(session_settings):
    """The real spaCy model and resolvers, loaded once for the whole session."""
    from newsevents.pipeline import Pipeline

    return Pipeline(session_settings)


@pytest.fixture
def cli_env(tmp_path, gazetteer_path) -> dict[str, str]:
    """Environment for running the installed `newsevents` command against a private data directory."""
    env = dict(os.environ)
    env["NEWSEVENTS_DATA_DIR"] = str(tmp_path / "data")
    env["NEWSEVENTS_GAZETTEER"] = str(gazetteer_path)
    return env


@pytest.fixture(scope="session")
def newsevents_bin() -> str:
    exe = REPO / ".venv" / "bin" / "newsevents"
    return str(exe) if exe.exists() else (shutil.which("newsevents") or "newsevents")


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL 15 + PostGIS cluster on a loopback port for the session (scripts/pgcluster.py);
    fails, never skips, when PostgreSQL is not installed. `pg_cluster.url()` has an empty `newsevents` database."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("pgcluster", REPO / "scripts" / "pgcluster.py")
    pgcluster = sys.modules.setdefault("pgcluster", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(pgcluster)
    try:
        cluster = pgcluster.start()
    except pgcluster.ClusterError as exc:
        pytest.fail(f"no PostgreSQL for the tests: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        pgcluster.stop(cluster.name)
