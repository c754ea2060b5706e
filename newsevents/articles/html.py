"""HTML -> text, title and publication date (boilerplate removed by trafilatura).

A date is taken only from explicit metadata (meta tags, <time datetime>, JSON-LD datePublished).
Dates that date-guessing invents, such as January 1 read from a "(c) 2024" footer, are refused.

libxml2 stops reading a page nested deeper than 256 elements and drops everything after that point;
such a page is read as flat text instead (tags stripped in one linear pass), with a warning.
"""
from __future__ import annotations

import email.utils
import html as html_entities
import json
import logging
import re
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
_TOO_DEEP = "Excessive depth"          # libxml2's message when it stops at its nesting limit
_DEEP = "HTML nested deeper than the parser follows"
# One tag, comment or declaration; `[^<>]*` keeps the scan linear on "<a<a<a..." with no ">".
_TAG = re.compile(r"<!--.*?(?:-->|$)|<(/?)([A-Za-z][\w:-]*)[^<>]*>|<[!?][^<>]*>", re.DOTALL)
_BLOCK = frozenset({"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                    "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dd", "dt",
                    "main", "aside", "nav", "figure", "figcaption", "hr", "body"})


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: date | None
    warnings: tuple[str, ...] = ()


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
    """datePublished / dateCreated values anywhere in a JSON-LD tree, in document order (no recursion:
    a hostile page may nest thousands deep)."""
    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.extend(item[key] for key in ("datePublished", "dateCreated") if isinstance(item.get(key), str))
            stack.extend(reversed([v for v in item.values() if isinstance(v, (dict, list))]))
        elif isinstance(item, list):
            stack.extend(reversed(item))
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
        except (ValueError, RecursionError):
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


def _dropped(root: lxml.html.HtmlElement, *tags: str) -> lxml.html.HtmlElement:
    """`root` with its `tags` elements removed (their tails kept)."""
    for el in list(root.iter(*tags)):
        if el.getparent() is not None:
            el.drop_tree()
    return root


def _tidy_lines(text: str) -> str:
    """One line per non-empty line, runs of white space as one space."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def visible_text(tree: lxml.html.HtmlElement) -> str:
    """Text of the page's body without scripts and styles, one line per non-empty line."""
    body = tree.find(".//body")
    return _tidy_lines(_dropped(body if body is not None else tree, *_DROP).text_content())


def flat_text(html: str) -> str:
    """Text of a page read without building a tree: tags dropped, script/style/... contents skipped,
    block tags as line breaks, entities decoded. Linear in the page's length."""
    parts: list[str] = []
    skip_until: str | None = None
    pos = 0
    for m in _TAG.finditer(html):
        closing, name = m.group(1), (m.group(2) or "").lower()
        if skip_until is None:
            parts.append(html[pos:m.start()])
            if name in _DROP and not closing:
                skip_until = name
            elif name in _BLOCK:
                parts.append("\n")
        elif (closing and name == skip_until) or (skip_until == "head" and name == "body"):
            skip_until = None
        pos = m.end()
    if skip_until is None:
        parts.append(html[pos:])
    return _tidy_lines(html_entities.unescape("".join(parts)))


def parse_tree(html: str) -> tuple[lxml.html.HtmlElement, bool]:
    """The page's element tree, and whether libxml2 stopped early on its nesting; InputError if unparseable."""
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception as exc:             # lxml raises ParserError, ValueError... on unparseable input
        raise InputError(f"unparseable HTML: {exc}") from exc
    return tree, any(_TOO_DEEP in e.message for e in parser.error_log)


def _trafilatura(html: str):
    """trafilatura's reading of the page, given a tree without <template> (inert markup it would keep)."""
    import trafilatura                   # heavy import; only pages pay for it

    tree = _dropped(parse_tree(html)[0], "template")
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        return trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception:                    # the extractor's own failures fall back to plain body text
        return None


# control characters other than tab and line breaks, and the non-characters U+FFFE/U+FFFF: no text, and lxml
# refuses them when it rejoins the text around a dropped <script>
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def extract_page(html: str) -> Page:
    """Main text, title and explicit publication date of an HTML page; InputError if no text."""
    html = _CONTROL.sub("", html)
    if not html.strip():
        raise InputError("empty text")
    tree, too_deep = parse_tree(html)
    if too_deep:                         # the tree lost everything past the depth limit: read the page flat
        text = flat_text(html)
        if not text:
            raise InputError(f"{_DEEP}; {NO_TEXT}")
        return Page(text=text, title=_title(tree), published=metadata_date(tree),
                    warnings=(f"{_DEEP}: read as flat text, tags ignored",))
    doc = _trafilatura(html)
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        text = visible_text(parse_tree(html)[0])
    if not text.strip():
        raise InputError(NO_TEXT)
    title = (getattr(doc, "title", None) or "").strip() or _title(tree)
    published = metadata_date(tree) or accept_guessed_date(getattr(doc, "date", None), html)
    return Page(text=text, title=title, published=published)
