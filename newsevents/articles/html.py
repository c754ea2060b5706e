"""HTML -> text, title and publication date (boilerplate removed by trafilatura).

A date is taken only from explicit metadata (meta tags, <time datetime>, JSON-LD datePublished).
Dates that date-guessing invents, such as January 1 read from a "(c) 2024" footer, are refused.
"""
from __future__ import annotations

import email.utils
import json
import logging
from dataclasses import dataclass
from datetime import date

import lxml.html

from ..errors import InputError
from .dates import parse_published

NO_TEXT = "no text after HTML removal"

_META_DATE_KEYS = frozenset({
    "article:published_time", "og:published_time", "og:article:published_time", "article:published",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
    "published-date", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created",
    "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
    "article_date_original", "originalpublicationdate", "original-publish-date", "citation_publication_date",
})
_DROP = ("script", "style", "noscript", "template", "head")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: date | None


def _parse_any_date(value: str | None) -> date | None:
    if not value or not value.strip():
        return None
    try:
        return parse_published(value)
    except ValueError:
        pass
    s = value.strip()
    if len(s) >= 10 and s[4] in "/." and s[7] == s[4]:
        try:
            return date(int(s[:4]), int(s[5:7]), int(s[8:10]))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        return None


def _jsonld_dates(node: object) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key in ("datePublished", "dateCreated"):
            if isinstance(node.get(key), str):
                found.append(node[key])
        for value in node.values():
            if isinstance(value, (dict, list)):
                found.extend(_jsonld_dates(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_jsonld_dates(item))
    return found


def metadata_date(tree: lxml.html.HtmlElement) -> date | None:
    """The publication date the page states explicitly, or None."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _META_DATE_KEYS:
            d = _parse_any_date(meta.get("content"))
            if d:
                return d
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for value in _jsonld_dates(data):
            d = _parse_any_date(value)
            if d:
                return d
    times = [t for t in tree.iter("time") if t.get("datetime")]
    preferred = [t for t in times if t.get("pubdate") is not None
                 or (t.get("itemprop") or "").lower() == "datepublished"]
    for t in preferred + times:
        d = _parse_any_date(t.get("datetime"))
        if d:
            return d
    return None


def accept_guessed_date(value: str | None, html: str) -> date | None:
    """A date found by date guessing, unless it is a January 1 that the page never writes out."""
    d = _parse_any_date(value)
    if d is None:
        return None
    if d.month == 1 and d.day == 1 and not any(
            form in html for form in (d.isoformat(), d.strftime("%Y/%m/%d"), d.strftime("%Y%m%d"))):
        return None                      # a January 1 guessed from a bare year
    return d


def _title(tree: lxml.html.HtmlElement) -> str | None:
    for el in tree.iter("title"):
        t = " ".join((el.text_content() or "").split())
        if t:
            return t
    return None


def visible_text(tree: lxml.html.HtmlElement) -> str:
    """Text of the page's body without scripts and styles, one line per non-empty line."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    for el in list(root.iter(*_DROP)):
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def parse_tree(html: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception as exc:             # lxml raises ParserError, ValueError... on unparseable input
        raise InputError(f"unparseable HTML: {exc}") from exc


def _trafilatura(html: str):
    import trafilatura                   # heavy import; only pages pay for it

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        return trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception:                    # the extractor's own failures fall back to plain body text
        return None


def extract_page(html: str) -> Page:
    """Main text, title and explicit publication date of an HTML page; InputError if no text."""
    if not html.strip():
        raise InputError("empty text")
    tree = parse_tree(html)
    doc = _trafilatura(html)
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        text = visible_text(parse_tree(html))
    if not text.strip():
        raise InputError(NO_TEXT)
    title = (getattr(doc, "title", None) or "").strip() or _title(tree)
    published = metadata_date(tree) or accept_guessed_date(getattr(doc, "date", None), html)
    return Page(text=text, title=title, published=published)
