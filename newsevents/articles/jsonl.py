"""JSON Lines articles: one object a line with `id`, `text` or `html`, and optional `title`, `url`, `published`."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from ..config import Settings
from ..core.records import Article, ArticleOutcome
from .build import build_article, failed, skipped
from .dates import parse_published
from .files import article_from_html


def _record_id(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


def _optional_str(record: dict, key: str, warnings: list[str]) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    warnings.append(f"{key} ignored: not a string")
    return None


def record_to_article(record: object, n: int, *, source: str, settings: Settings,
                      published: date | None) -> Article | ArticleOutcome:
    """One parsed JSON line -> Article, or a skipped outcome naming the line and the reason."""
    where = f"{source}:{n}"
    if not isinstance(record, dict):
        return skipped(where, f"line {n}: not a JSON object")
    if record.get("id") is None or record.get("id") == "":
        return skipped(where, f"line {n}: missing id")
    article_id = _record_id(record["id"])
    if article_id is None:
        return skipped(where, f"line {n}: id is not a string or number")
    warnings: list[str] = []
    title = _optional_str(record, "title", warnings)
    url = _optional_str(record, "url", warnings)
    if record.get("published") not in (None, ""):
        try:
            published = parse_published(record["published"])
        except ValueError as exc:
            warnings.append(f"published ignored: {exc}")
    text, html = record.get("text"), record.get("html")
    if text is not None:
        if not isinstance(text, str):
            return skipped(article_id, f"line {n}: text is not a string")
        return build_article(article_id, text, max_chars=settings.max_chars, title=title, url=url,
                             published=published, source=source, warnings=tuple(warnings))
    if html is not None:
        if not isinstance(html, str):
            return skipped(article_id, f"line {n}: html is not a string")
        return article_from_html(article_id, html, settings=settings, source=source, url=url,
                                 title=title, published=published,
                                 warnings=tuple(warnings))
    return skipped(article_id, f"line {n}: no text or html")


def iter_jsonl(lines: Iterable[bytes], *, source: str, settings: Settings,
               published: date | None = None) -> Iterator[Article | ArticleOutcome]:
    """Articles of JSON Lines; `published` is the default date of records that give none.

    Errors raised by `lines` itself (a corrupt gzip stream, an I/O error) propagate to the caller.
    """
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            yield skipped(f"{source}:{n}", f"line {n}: undecodable bytes (not UTF-8)")
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield skipped(f"{source}:{n}", f"line {n}: invalid JSON ({exc.msg})")
            continue
        try:
            yield record_to_article(record, n, source=source, settings=settings, published=published)
        except Exception as exc:         # a library failing on one record fails that record only
            yield failed(f"{source}:{n}", f"line {n}: {type(exc).__name__}: {exc}")
