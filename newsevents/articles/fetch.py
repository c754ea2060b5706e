"""URLs and fetched bodies -> Articles: pages, plain text, JSON Lines, feeds, lists of URLs.

A feed expands to its entries: an entry with full text becomes an article directly, otherwise its
link is fetched; the entry's date is the article's date (then the page's, then --published). A
`.urls` file holds one URL per line (blank lines and `#` comments ignored). A refused URL ends as
skipped, any other fetch error as failed; either way the run goes on.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

from ..config import Settings
from ..core.enums import Outcome
from ..core.records import Article, ArticleOutcome
from ..errors import FetchRefused, InputError
from .build import failed, skipped
from .feeds import FeedEntry, looks_like_feed, parse_feed
from .files import article_from_html, article_from_text, looks_like_html, read_bytes
from .http import HttpClient, Response
from .jsonl import iter_jsonl

Item = Article | ArticleOutcome
URL_LIST_SUFFIXES = (".urls",)


def has_failure(items: list[Item]) -> bool:
    """True when something failed (worth trying again), as opposed to ok or skipped for good."""
    return any(isinstance(i, ArticleOutcome) and i.outcome is Outcome.FAILED for i in items)


class UrlReader:
    """Turns URLs into articles through one HttpClient (built on first use unless one is given)."""

    def __init__(self, settings: Settings, http: HttpClient | None = None):
        self.settings = settings
        self._http = http
        self._owns_http = http is None

    @property
    def http(self) -> HttpClient:
        if self._http is None:
            self._http = HttpClient(self.settings)
        return self._http

    def close(self) -> None:
        if self._owns_http and self._http is not None:
            self._http.close()
            self._http = None

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response | ArticleOutcome:
        """The response, or the outcome (skipped when refused, failed otherwise) naming the URL."""
        try:
            return self.http.get(url, headers=headers)
        except FetchRefused as exc:
            return skipped(url, exc.message)
        except InputError as exc:
            return failed(url, exc.message)
        except Exception as exc:         # anything else the transport raises fails this URL only
            return failed(url, f"cannot fetch {url}: {type(exc).__name__}: {exc}")

    def url_items(self, url: str, published: date | None, *, fallback: date | None = None,
                  title: str | None = None, feeds: bool = True) -> Iterator[Item]:
        response = self.get(url)
        if isinstance(response, ArticleOutcome):
            yield response
        else:
            yield from self.body_items(url, response, published, fallback=fallback, title=title, feeds=feeds)

    def body_items(self, url: str, response: Response, published: date | None, *, fallback: date | None = None,
                   title: str | None = None, feeds: bool = True, seen: set[str] | None = None) -> Iterator[Item]:
        """Dispatch on the content type (sniffed when absent); `feeds=False` for an entry's own page,
        `seen` as in feed_items."""
        body, content_type = response.body, response.content_type
        kind = (content_type or "").split(";", 1)[0].strip().lower()
        if not body.strip():
            yield skipped(url, "empty text")
        elif feeds and looks_like_feed(body, content_type):
            yield from self.feed_items(body, url, published, seen)
        elif "json" in kind or urlsplit(url).path.lower().endswith(".jsonl"):
            try:
                yield from iter_jsonl(body.splitlines(keepends=True), source=url, settings=self.settings,
                                      published=published or fallback)
            except Exception as exc:     # a reader failing on one body fails that body only
                yield failed(url, f"cannot read {url}: {exc}")
        elif "html" in kind or (kind in ("", "application/octet-stream") and looks_like_html(body)):
            yield article_from_html(url, body, settings=self.settings, source=url, url=url, published=published,
                                    fallback_published=fallback, title=title, content_type=content_type)
        else:
            yield article_from_text(url, body, settings=self.settings, source=url, url=url,
                                    published=published or fallback)

    def feed_items(self, body: bytes, source: str, published: date | None,
                   seen: set[str] | None = None) -> Iterator[Item]:
        """The feed's entries as articles. With `seen`, entries already in it are passed over, and
        each entry that did not fail is added to it (a failed one is tried again next time)."""
        try:
            entries = parse_feed(body, source)
        except InputError as exc:
            yield skipped(source, exc.message)
            return
        for entry in entries:
            if seen is None:
                yield from self.entry_items(entry, source, published)
            elif entry.key not in seen:
                items = list(self.entry_items(entry, source, published))
                if not has_failure(items):
                    seen.add(entry.key)
                yield from items

    def entry_items(self, entry: FeedEntry, source: str, published: date | None) -> Iterator[Item]:
        """The entry's full text, else its linked page, else its summary; dated by the entry first."""
        if entry.html or (entry.summary and not entry.link):
            yield article_from_html(entry.key, entry.html or entry.summary or "", settings=self.settings,
                                    source=source, url=entry.link, published=entry.published,
                                    fallback_published=published, title=entry.title)
        elif entry.link:
            yield from self.url_items(entry.link, entry.published, fallback=published, title=entry.title,
                                      feeds=False)
        else:
            yield skipped(entry.key, "feed entry has no link and no text")

    def list_items(self, path: str, published: date | None) -> Iterator[Item]:
        """Every URL of a `.urls` file, in order."""
        try:
            text = read_bytes(path).decode("utf-8")
        except (InputError, UnicodeDecodeError) as exc:
            yield skipped(path, getattr(exc, "message", None) or "undecodable bytes (not UTF-8)")
            return
        for line in text.splitlines():
            url = line.strip()
            if url and not url.startswith("#"):
                yield from self.url_items(url, published)
