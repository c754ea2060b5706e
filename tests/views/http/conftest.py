"""Fixtures for the HTTP tests: the examples ingested once into a real SQLite file, copied per module,
and an app over each copy (in-process for the API tests, on a loopback port for the browser)."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from newsevents.articles import iter_articles
from newsevents.core import Outcome
from newsevents.incidents import merge_pending
from newsevents.store import SQLiteStore, Store, open_store
from newsevents.views.http import create_app
from newsevents.views.http.app import VENDOR

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
TOKEN = "test-token-for-post-articles"

# An article about a real event (the Kabul truck bombing of 31 May 2017), written for these tests, that
# carries a script element and markup in its plain text: the dashboard must show both as inert text.
MARKUP_ARTICLE = {
    "id": "markup-kabul-2017",
    "title": "Truck bomb in Kabul <em>diplomatic quarter</em>",
    "published": "2017-05-31",
    "text": ("KABUL - A truck bomb exploded in the diplomatic quarter of Kabul on Wednesday morning, killing "
             "at least 90 people and wounding hundreds, Afghan officials said. <script>window.__pwned = 1</script> "
             "The blast near the German embassy <b onclick=\"window.__pwned = 2\">shattered windows</b> across "
             "the district during the morning rush hour."),
}


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory, pipeline, session_settings) -> Path:
    """examples/ extracted by the session's pipeline and stored (then merged) in one SQLite file."""
    path = tmp_path_factory.mktemp("http") / "examples.db"
    with SQLiteStore(path) as store:
        for o in pipeline.run(iter_articles([str(EXAMPLES)], settings=session_settings), workers=1, progress=False):
            assert o.outcome is Outcome.OK, (o.article_id, o.reason)
            store.save(o.article, o.events)
        merge_pending(store)
    return path


def copy_db(src: Path, dest: Path) -> Path:
    """A private copy (the source store is closed, so its WAL is checkpointed into the main file)."""
    shutil.copyfile(src, dest)
    return dest


@pytest.fixture(scope="session", autouse=True)
def vendor_files() -> None:
    """The dashboard's npm files must be built (`make install`: npm ci, scripts/build-static.py)."""
    missing = [n for n in ("leaflet.js", "htmx.min.js", "topojson-client.min.js", "cytoscape.min.js",
                           "countries-50m.json") if not (VENDOR / n).is_file()]
    assert not missing, f"run `make install` first: missing {missing} in {VENDOR}"


def make_app(store: Store, pipeline, session_settings, **kw) -> FastAPI:
    return create_app(store, token=TOKEN, settings=session_settings, pipeline=pipeline, **kw)


@pytest.fixture(scope="module")
def store(examples_db, tmp_path_factory) -> Iterator[Store]:
    with open_store(copy_db(examples_db, tmp_path_factory.mktemp("db") / "copy.db")) as s:
        yield s


@pytest.fixture(scope="module")
def client(store, pipeline, session_settings) -> Iterator[TestClient]:
    with TestClient(make_app(store, pipeline, session_settings)) as c:
        yield c


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def markup_article() -> dict[str, str]:
    return dict(MARKUP_ARTICLE)


class AppFactory:
    """Builds another app (e.g. with a small body cap) over a given store; `token` is what POST needs."""
    token = TOKEN

    def __init__(self, pipeline, settings) -> None:
        self.pipeline, self.settings = pipeline, settings

    def __call__(self, store: Store, **kw) -> FastAPI:
        return make_app(store, self.pipeline, self.settings, **kw)


@pytest.fixture
def app_factory(pipeline, session_settings) -> AppFactory:
    return AppFactory(pipeline, session_settings)


@pytest.fixture(scope="module")
def app_factory_module(pipeline, session_settings) -> AppFactory:
    return AppFactory(pipeline, session_settings)


@pytest.fixture(scope="module")
def markup_article_module() -> dict[str, str]:
    return dict(MARKUP_ARTICLE)
