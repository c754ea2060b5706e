"""URLs and lists of URLs through iter_articles: refused ones skipped, broken ones failed, the run goes on."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import httpx

from newsevents.articles import HttpClient, iter_articles
from newsevents.core.enums import Outcome
from newsevents.core.records import Article, ArticleOutcome

from .newsroom import allowed


def by_id(items):
    return {(i.id if isinstance(i, Article) else i.article_id): i for i in items}


def test_loopback_url_skipped_without_allowance(newsroom, settings):
    port = newsroom.server.server_address[1]
    direct, by_name = list(iter_articles([newsroom.url("/news/kabul.html"),
                                          f"http://localhost:{port}/news/kabul.html"], settings=settings))
    assert isinstance(direct, ArticleOutcome) and direct.outcome == Outcome.SKIPPED
    assert direct.reason.startswith(f"refused {newsroom.url('/news/kabul.html')}: host 127.0.0.1 is a loopback")
    assert by_name.outcome == Outcome.SKIPPED and "host localhost resolves to 127.0.0.1" in by_name.reason
    assert newsroom.requests == []


def test_pages_text_and_redirect_when_allowed(newsroom, settings):
    urls = [newsroom.url(p) for p in ("/news/kabul.html", "/notes.txt", "/go/kabul")]
    page, notes, redirected = list(iter_articles(urls, settings=allowed(settings)))
    assert isinstance(page, Article) and page.id == page.url == page.source == urls[0]
    assert "Abbey Gate" in page.text and page.published == date(2021, 8, 26)
    assert "Kabul airport" in page.title
    assert isinstance(notes, Article) and notes.text.startswith("Two soldiers were killed")
    assert isinstance(redirected, Article) and redirected.id == urls[2] and redirected.text == page.text


def test_failures_named_and_the_run_goes_on(newsroom, settings):
    urls = [newsroom.url(p) for p in ("/missing", "/go/metadata", "/private/memo.html", "/huge", "/notes.txt")]
    items = list(iter_articles(urls, settings=allowed(settings, fetch_max_bytes=50_000)))
    missing, metadata, memo, huge, notes = items
    assert (missing.outcome, missing.article_id) == (Outcome.FAILED, urls[0]) and "HTTP 404" in missing.reason
    assert metadata.outcome == Outcome.SKIPPED and "169.254.169.254" in metadata.reason
    assert memo.outcome == Outcome.SKIPPED and "robots.txt" in memo.reason
    assert huge.outcome == Outcome.FAILED and "larger than the 50,000 byte limit" in huge.reason
    assert isinstance(notes, Article)


def test_url_list_file(newsroom, settings, tmp_path):
    lst = tmp_path / "reading.urls"
    lst.write_text(f"# morning list\n{newsroom.url('/news/kabul.html')}\n\n  {newsroom.url('/notes.txt')}  \n"
                   "file:///etc/passwd\n", encoding="utf-8")
    kabul, notes, local = list(iter_articles([str(lst)], settings=allowed(settings), published=date(2024, 1, 1)))
    assert isinstance(kabul, Article) and kabul.published == date(2024, 1, 1)   # --published overrides a page
    assert isinstance(notes, Article) and notes.published == date(2024, 1, 1)
    assert local.outcome == Outcome.SKIPPED and "only http and https" in local.reason


def test_one_client_injected_for_the_run(settings):
    calls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.url.path == "/batch.jsonl":
            body = json.dumps({"id": "w1", "text": "A car bomb exploded.", "published": "2017-05-22"})
            return httpx.Response(200, headers={"Content-Type": "application/x-ndjson"}, text=body + "\n")
        raise httpx.ConnectError("connection reset by peer", request=request)

    settings = replace(settings, fetch_interval=0.0)
    http = HttpClient(settings, transport=httpx.MockTransport(answer), resolve=lambda h, p: ["93.184.216.34"])
    items = by_id(iter_articles(["https://wire.example/batch.jsonl", "https://wire.example/boom"],
                                settings=settings, http=http))
    assert items["w1"].published == date(2017, 5, 22)
    boom = items["https://wire.example/boom"]
    assert boom.outcome == Outcome.FAILED and boom.reason == "cannot fetch https://wire.example/boom: " \
                                                             "connection reset by peer"
    assert calls == ["/robots.txt", "/batch.jsonl", "/boom"]
    assert http.get("https://wire.example/batch.jsonl").status == 200     # the caller's client stays open
    http.close()
