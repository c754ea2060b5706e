"""The dashboard's HTML, in-process: every page answers, links only to itself, has a JSON twin with the
same data, and shows article text escaped."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

import pytest
from fastapi.testclient import TestClient

from newsevents.store import open_store

URL_ATTRS = {"href", "src", "action", "hx-get", "hx-post", "data-src", "poster", "srcset"}


class Refs(HTMLParser):
    """Every URL an element refers to, the JSON twin, and the embedded page data."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.twin: str | None = None
        self._in_data = False
        self.data: dict[str, str] = {}
        self._data_id = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.urls += [v for k, v in attrs if k in URL_ATTRS and v]
        self.urls += re.findall(r"url\(([^)]*)\)", a.get("style") or "")
        if tag == "link" and a.get("rel") == "alternate":
            self.twin = a["href"]
        if tag == "script" and a.get("type") == "application/json":
            self._in_data, self._data_id = True, a.get("id") or ""

    def handle_data(self, data: str) -> None:
        if self._in_data:
            self.data[self._data_id] = self.data.get(self._data_id, "") + data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_data = False


def refs(html: str) -> Refs:
    r = Refs()
    r.feed(html)
    return r


@pytest.fixture(scope="module")
def page_paths(client) -> list[str]:
    first = client.get("/api/incidents?country=FR&from=2015-11-13&to=2015-11-13").json()["items"][0]
    actor = client.get("/api/actors").json()["items"][0]["name"]
    return ["/", "/?stack=actor&type=bombing", "/incidents", "/incidents?limit=5&offset=5",
            f"/incidents/{first['incident_id']}", "/network", "/actors", f"/actors/{quote(actor, safe='')}",
            "/search?q=bomb"]


def test_pages_reference_no_outside_host(client, page_paths):
    for path in page_paths:
        r = client.get(path)
        assert r.status_code == 200, path
        for url in refs(r.text).urls:
            parts = urlsplit(url)
            assert parts.scheme in ("", "data") and not parts.netloc, f"{path} refers to {url}"
        assert "default-src 'self'" in r.headers["content-security-policy"]
        if not path.startswith("/incidents/"):           # only an incident page quotes articles (and their URLs)
            assert not re.search(r"https?://", r.text), path


def test_every_page_has_a_json_twin_with_the_same_data(client, page_paths):
    for path in page_paths:
        r = refs(client.get(path).text)
        assert r.twin and r.twin.startswith("/api/"), path
        twin = client.get(r.twin)
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", path
        for embedded in r.data.values():                   # pages that draw in the browser embed the twin's data
            assert json.loads(embedded) == twin.json(), path


def test_actor_page_embeds_the_trend_report(client):
    name = client.get("/api/actors").json()["items"][0]["name"]
    html = client.get(f"/actors/{quote(name, safe='')}").text
    assert "Trend report" in html and "<svg" in html
    assert client.get(f"/api/actors/{quote(name, safe='')}").json()["report"]["actor"]


def test_overview_counts_match_the_api(client):
    html = client.get("/?type=bombing").text
    total = client.get("/api/incidents?type=bombing").json()["total"]
    assert f'<strong class="count-incidents">{total}</strong>' in html


def test_incident_page_marks_evidence_and_lists_sources(client):
    inc = client.get("/api/incidents?country=FR&from=2015-11-13&to=2015-11-13").json()["items"][0]
    detail = client.get(f"/api/incidents/{inc['incident_id']}").json()
    html = client.get(f"/incidents/{inc['incident_id']}").text
    marks = re.findall(r'<mark class="evidence">(.*?)</mark>', html, re.S)
    assert marks
    for a in detail["articles"]:
        assert f'id="article-{a["id"]}"' in html
    assert "Toll history" in html and "Claimed by" in html and "Attributed" in html
    assert client.get("/incidents/in_nothing").status_code == 404


def test_article_markup_is_shown_inert(client, auth, markup_article):
    r = client.post("/articles", content=json.dumps(markup_article), headers=auth)
    assert r.status_code == 201, r.text
    ids = r.json()["articles"][0]["incident_ids"]
    assert ids, "the test article should yield an incident"
    html = client.get(f"/incidents/{ids[0]}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "<script>window.__pwned" not in html and "<b onclick" not in html and "<em>diplomatic" not in html
    assert "&lt;b onclick=&#34;window.__pwned = 2&#34;&gt;" in html
    assert "<script>window.__pwned" not in client.get("/search?q=pwned").text


def test_pages_without_data_say_so(tmp_path, app_factory, client):
    assert "No incidents match these filters" in client.get("/?country=AQ").text
    with open_store(tmp_path / "empty.db") as empty, TestClient(app_factory(empty)) as c:
        assert "No incidents are stored yet" in c.get("/").text
        assert "no network to draw" in c.get("/network").text
        assert "No incidents are stored yet" in c.get("/incidents").text
        assert "No incidents with a named perpetrator" in c.get("/actors").text
        assert c.get("/actors/Nobody%20At%20All").status_code == 404
