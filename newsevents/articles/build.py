"""Assemble an Article from extracted text, or an outcome saying why there is none.

The text is normalised as little as possible: CRLF (and lone CR) become LF and NUL characters are
dropped. Everything else is kept verbatim, because evidence offsets point into it.
"""
from __future__ import annotations

import re
from datetime import date

from ..core.enums import Outcome
from ..core.ids import content_hash
from ..core.records import Article, ArticleOutcome

STAGE = "articles"

_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s")


def skipped(article_id: str, reason: str) -> ArticleOutcome:
    return ArticleOutcome(article_id=article_id, outcome=Outcome.SKIPPED, reason=reason, stage=STAGE)


def failed(article_id: str, reason: str) -> ArticleOutcome:
    return ArticleOutcome(article_id=article_id, outcome=Outcome.FAILED, reason=reason, stage=STAGE)


def normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


def truncate(text: str, max_chars: int) -> tuple[str, str | None]:
    """Cut `text` to at most `max_chars`, at a paragraph or sentence end when one is near the limit."""
    if max_chars <= 0 or len(text) <= max_chars:
        return text, None
    head = text[:max_chars]
    floor = int(max_chars * 0.8)
    cut = max_chars
    paragraphs = [m.start() for m in _PARAGRAPH.finditer(head, floor)]
    if paragraphs:
        cut = paragraphs[-1]
    else:
        sentences = [m.start() + 1 for m in _SENTENCE.finditer(head, floor)]
        if sentences:
            cut = sentences[-1]
    out = text[:cut].rstrip()
    return out, f"truncated from {len(text)} to {len(out)} characters"


def build_article(article_id: str, text: str, *, max_chars: int, title: str | None = None,
                  url: str | None = None, published: date | None = None, source: str | None = None,
                  warnings: tuple[str, ...] = ()) -> Article | ArticleOutcome:
    text, warning = truncate(normalise(text), max_chars)
    if not text.strip():
        return skipped(article_id, "empty text")
    if warning:
        warnings = (*warnings, warning)
    return Article(id=article_id, text=text, title=title or None, url=url or None, published=published,
                   source=source, content_hash=content_hash(text), warnings=tuple(warnings))
