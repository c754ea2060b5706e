"""URLs: address rules, the default fetcher on loopback, injected fetchers, bounded size."""
from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsevents.articles import check_url, fetch, iter_articles
from newsevents.core.enums import Outcome
from newsevents.core.records import Article, ArticleOutcome
from newsevents.errors import FetchRefused, InputError

PAGE = (b"<html><head><title>Attack</title><meta property='article:published_time' content='2022-02-24'>"
        b"</head><body><article><p>Rockets struck an apartment block in the eastern district overnight, "
        b"killing four civilians and injuring eleven, regional officials said on Thursday.</p></article>"
        b"</body></html>")
ROUTES = {
    "/page": (200, "text/html; charset=utf-8", PAGE),
    "/plain": (200, "text/plain", b"Two soldiers were killed in an ambush."),
    "/lines.jsonl": (200, "application/x-ndjson", b'{"id": "u1", "text": "A grenade was thrown."}\n'),
    "/big": (200, "text/plain", b"x" * 5000),
    "/missing": (404, "text/plain", b"no"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        code, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"no"))
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("url", ["http://127.0.0.1/x", "http://localhost:8080/", "http://10.1.2.3/",
                                 "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data",
                                 "http://[::1]/", "http://0.0.0.0/", "http://240.0.0.1/",
                                 "http://[::ffff:127.0.0.1]/"])
def test_private_addresses_refused(url):
    with pytest.raises(FetchRefused):
        check_url(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x"])
def test_other_schemes_refused(url):
    with pytest.raises(FetchRefused):
        check_url(url, allow_private=True)


def test_public_literal_address_allowed():
    check_url("http://93.184.216.34/")           # no exception: a literal public address, no lookup needed


def test_loopback_url_reported_as_skipped_by_default(server, settings):
    items = list(iter_articles([server + "/page"], settings=settings))
    [o] = items
    assert isinstance(o, ArticleOutcome) and o.outcome == Outcome.SKIPPED
    assert o.article_id == server + "/page" and "refused" in o.reason


def test_default_fetcher_on_loopback_when_allowed(server, settings):
    allowed = replace(settings, allow_private_urls=True)
    a, plain, line = list(iter_articles([server + "/page", server + "/plain", server + "/lines.jsonl"],
                                        settings=allowed))
    assert isinstance(a, Article) and a.id == a.url == a.source == server + "/page"
    assert "Rockets struck an apartment block" in a.text and a.published == date(2022, 2, 24)
    assert a.title == "Attack"
    assert isinstance(plain, Article) and plain.text == "Two soldiers were killed in an ambush."
    assert isinstance(line, Article) and line.id == "u1"


def test_redirect_followed_on_loopback_when_allowed(server):
    body, ctype = fetch(server + "/redirect", allow_private=True)
    assert body == PAGE and ctype.startswith("text/html")


def test_size_limit_and_http_errors(server):
    with pytest.raises(InputError, match="larger than"):
        fetch(server + "/big", allow_private=True, max_bytes=1000)
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(server + "/missing", allow_private=True)


def test_http_error_is_failed_outcome_and_others_go_on(server, settings):
    allowed = replace(settings, allow_private_urls=True)
    o, a = list(iter_articles([server + "/missing", server + "/plain"], settings=allowed))
    assert isinstance(o, ArticleOutcome) and o.outcome == Outcome.FAILED and "404" in o.reason
    assert isinstance(a, Article)


def test_injected_fetcher(settings):
    seen = []

    def fetcher(url):
        seen.append(url)
        if url.endswith("/refuse"):
            raise FetchRefused("refused: private")
        if url.endswith("/boom"):
            raise ConnectionResetError("reset by peer")
        return PAGE, "text/html"

    items = list(iter_articles(["https://news.example/a", "https://news.example/refuse",
                                "https://news.example/boom"], settings=settings, fetcher=fetcher,
                               published=date(2022, 3, 1)))
    a, refused, boom = items
    assert seen == ["https://news.example/a", "https://news.example/refuse", "https://news.example/boom"]
    assert isinstance(a, Article) and a.published == date(2022, 3, 1)
    assert (refused.outcome, refused.article_id) == (Outcome.SKIPPED, "https://news.example/refuse")
    assert boom.outcome == Outcome.FAILED and "reset by peer" in boom.reason
