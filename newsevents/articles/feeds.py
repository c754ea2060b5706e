"""RSS and Atom feeds -> entries: where each story is, its date, and its full text when the feed carries it.

feedparser is only ever given bytes, never a string (a string would make it open a URL or a file).
An entry "has full text" when the feed gives it a content element (RSS content:encoded, Atom
<content>); a summary or description alone is a teaser, so the linked page is fetched instead.
"""
from __future__ import annotations

import calendar
import email.utils
from dataclasses import dataclass
from datetime import UTC, date, datetime

import feedparser

from ..errors import InputError
from .addresses import is_url
from .dates import parse_published

FEED_SUFFIXES = (".rss", ".atom", ".xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml")
SNIFFED_TYPES = ("", "application/xml", "text/xml", "application/octet-stream")


@dataclass(frozen=True)
class FeedEntry:
    key: str                       # the entry's link, else its id: what "already seen" is keyed on
    link: str | None
    title: str | None
    published: date | None
    html: str | None               # full text (HTML) when the feed carries it
    summary: str | None


def looks_like_feed(body: bytes, content_type: str | None) -> bool:
    """A feed by its declared type, or generic XML (or no type) whose root is rss, feed or rdf:RDF."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind in FEED_TYPES:
        return True
    head = body[:2048].lower()
    return kind in SNIFFED_TYPES and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)


def parse_feed(body: bytes, source: str) -> list[FeedEntry]:
    """The entries of a feed, in feed order; InputError when `body` is not a readable feed."""
    parsed = feedparser.parse(bytes(body), sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        why = parsed.get("bozo_exception") or "no RSS or Atom feed found"
        raise InputError(f"not a readable feed: {why}", article_id=source)
    entries = []
    for i, e in enumerate(parsed.entries, 1):
        link = e.get("link") if is_url(e.get("link") or "") else None   # feedparser may copy a urn: id here
        content = e.get("content") or []
        html = "\n".join(c.get("value", "") for c in content) or None
        entries.append(FeedEntry(key=link or e.get("id") or f"{source}#{i}", link=link,
                                 title=e.get("title") or None, published=_entry_date(e), html=html,
                                 summary=e.get("summary") or None))
    return entries


def _entry_date(entry: feedparser.FeedParserDict) -> date | None:
    """The date as the feed writes it (RFC 822 in RSS, ISO in Atom), whatever the offset."""
    for field in ("published", "updated"):
        raw = entry.get(field)
        if not raw:
            continue
        try:
            return parse_published(raw)
        except ValueError:
            pass
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError):
            pass
        parsed = entry.get(f"{field}_parsed")
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).date()
    return None
