"""WARC files (plain or gzipped) -> one Article per HTML or plain-text response record.

The id is the record's WARC-Target-URI (else its WARC-Record-ID). WARC-Date is when the page was
crawled, not when it was published, so it dates an article only when the page itself has no date.
Requests, metadata, redirects, error pages and non-text bodies are passed over without a word.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..config import Settings
from ..core.records import Article, ArticleOutcome
from .build import failed, skipped
from .dates import parse_published
from .files import article_from_html, article_from_text, html_char_limit

WARC_SUFFIXES = (".warc", ".warc.gz")


def iter_warc(path: str, *, settings: Settings, published: date | None = None) -> Iterator[Article | ArticleOutcome]:
    """Articles in record order; a damaged file fails from the damaged record on, the earlier ones stay."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield skipped(path, f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        try:
            for record in ArchiveIterator(fh):
                yield from _record_items(record, path, settings, published)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            yield failed(path, f"cannot read WARC {path}: {type(exc).__name__}: {exc}")


def _record_items(record, path: str, settings: Settings, published: date | None) -> Iterator[Article | ArticleOutcome]:
    if record.rec_type not in ("response", "resource"):
        return
    headers = record.rec_headers
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return
        content_type = record.http_headers.get_header("Content-Type")
    else:
        content_type = headers.get_header("Content-Type")
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
        return
    article_id = headers.get_header("WARC-Target-URI") or headers.get_header("WARC-Record-ID") or path
    url = headers.get_header("WARC-Target-URI")
    try:
        crawled = parse_published(headers.get_header("WARC-Date") or "")
    except ValueError:
        crawled = None
    limit = html_char_limit(settings) * 4                 # bytes: up to four per character
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        yield skipped(article_id, f"WARC record larger than {limit:,} bytes")
    elif kind == "text/plain":
        yield article_from_text(article_id, body, settings=settings, source=path, url=url,
                                published=published or crawled)
    else:
        yield article_from_html(article_id, body, settings=settings, source=path, url=url, published=published,
                                content_type=content_type, fallback_published=crawled)
