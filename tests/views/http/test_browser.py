"""The dashboard in Debian's chromium (Playwright), served on a loopback port; no request may leave it."""
from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import Page, sync_playwright

from newsevents.views.http.background import launch_chromium, serving

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
WORLD, RUSSIA, FIJI = "010", "643", "242"      # world-atlas ids: Antarctica spans every longitude


@pytest.fixture(scope="module")
def site(store, app_factory_module, markup_article_module) -> Iterator[dict]:
    """The app on 127.0.0.1 over a copy of the examples, plus the markup article POSTed to it."""
    with serving(app_factory_module(store)) as base:
        r = httpx.post(f"{base}/articles", content=json.dumps(markup_article_module),
                       headers={"Authorization": f"Bearer {app_factory_module.token}"}, timeout=120)
        assert r.status_code == 201, r.text
        yield {"base": base, "markup_incident": r.json()["articles"][0]["incident_ids"][0]}


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def page(browser, site) -> Iterator[Page]:
    """A fresh page; every request it makes is recorded, and any to another host is refused and fails the test."""
    pg = browser.new_page(viewport={"width": 1200, "height": 800})
    seen: list[str] = []
    pg.on("request", lambda req: seen.append(req.url))
    pg.route("**/*", lambda route: route.continue_() if urlsplit(route.request.url).hostname in LOOPBACK
             else route.abort())
    yield pg
    pg.close()
    outside = [u for u in seen if urlsplit(u).scheme in ("http", "https") and urlsplit(u).hostname not in LOOPBACK]
    assert not outside, f"requests left the machine: {outside}"


def open_map(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(f"#map path.country-{RUSSIA}", state="attached")
    page.wait_for_function("() => document.getElementById('map').dataset.markers !== undefined")


def features(page: Page) -> int:
    return len(json.loads(page.locator("#overview-data").text_content())["map"]["features"])


def test_map_shows_a_marker_per_located_incident(page, site):
    open_map(page, site["base"] + "/")
    n = features(page)
    assert n > 10
    assert page.locator("path.incident-marker").count() == n
    page.locator("path.incident-marker").last.click(force=True)
    link = page.locator(".leaflet-popup-content a")
    assert link.get_attribute("href").startswith("/incidents/in_")


def test_russia_and_fiji_are_not_smeared_across_the_180th_meridian(page, site):
    open_map(page, site["base"] + "/")
    page.evaluate("() => { newseventsMap.setView([0, 0], 1, {animate: false}); }")   # whole world, unclipped
    width = page.evaluate("id => document.querySelector('path.country-' + id).getBBox().width", WORLD)
    russia = page.evaluate("id => document.querySelector('path.country-' + id).getBBox().width", RUSSIA)
    fiji = page.evaluate("id => document.querySelector('path.country-' + id).getBBox().width", FIJI)
    assert 0.3 * width < russia < 0.6 * width       # about 163 of 360 degrees
    assert 0 < fiji < 0.03 * width                   # a few degrees, not the whole map


def test_a_filter_changes_the_map_and_the_timeline_together(page, site):
    open_map(page, site["base"] + "/")
    before_markers = page.locator("path.incident-marker").count()
    before_bars = page.locator("svg.bars-incidents rect").count()
    page.select_option("select[name=type]", "kidnapping")
    page.wait_for_function("() => location.search.includes('type=kidnapping')")     # htmx pushed the filtered URL
    page.wait_for_function("() => document.getElementById('map').dataset.markers == "
                           "JSON.parse(document.getElementById('overview-data').textContent).map.features.length")
    after_markers = page.locator("path.incident-marker").count()
    assert 0 < after_markers < before_markers
    assert after_markers == features(page)
    titles = page.locator("svg.bars-incidents rect title").all_text_contents()
    assert 0 < len(titles) < before_bars and all("kidnapping" in t for t in titles)


def test_incident_page_highlights_the_evidence(page, site):
    api = httpx.get(site["base"] + "/api/incidents?country=FR&from=2015-11-13&to=2015-11-13").json()["items"][0]
    page.goto(f"{site['base']}/incidents/{api['incident_id']}")
    marks = page.locator("mark.evidence")
    assert marks.count() > 0
    detail = httpx.get(f"{site['base']}/api/incidents/{api['incident_id']}").json()
    spans = {a["text"][s["start"]:s["end"]] for a in detail["articles"] for s in a["evidence"]}
    shown = marks.all_text_contents()
    assert all(any(span in m for m in shown) for span in spans)      # overlapping spans show as one mark
    assert marks.first.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"


def test_markup_in_an_article_stays_text(page, site):
    page.goto(f"{site['base']}/incidents/{site['markup_incident']}")
    assert page.evaluate("window.__pwned") is None
    body = page.locator(".article-text").first.text_content()
    assert "<script>window.__pwned = 1</script>" in body and "<b onclick" in body
    assert page.locator(".article-text b, .article-text script").count() == 0


def test_a_page_with_no_data_says_so(page, site):
    open_map(page, site["base"] + "/?country=AQ")
    assert "No incidents match these filters" in page.locator("main .empty").text_content()
    assert page.locator("path.incident-marker").count() == 0


def test_network_is_laid_out(page, site):
    page.goto(site["base"] + "/network")
    page.wait_for_function("() => document.getElementById('graph').dataset.nodes > 0")
    xs = page.evaluate("window.newseventsGraph.nodes().map(n => n.position('x'))")
    assert len(set(round(x) for x in xs)) > 3          # the layout spread the nodes out
