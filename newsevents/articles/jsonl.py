"""JSON Lines articles: one object a line with `id`, `text` or `html`, and optional `title`, `url`, `published`.

Hostile files cost bounded memory: a line longer than `file_byte_limit` (64 MiB) is read through in
chunks and skipped, and a gzip stream that inflates more than MAX_INFLATION times past INFLATION_FLOOR bytes
(a gzip bomb: real news text compresses about 4 to 10 times) fails its file, keeping what came before.
"""
from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date

from ..config import Settings
from ..core.records import Article, ArticleOutcome
from .build import build_article, failed, skipped
from .dates import parse_published
from .files import article_from_html, file_byte_limit

INFLATION_FLOOR = 16 * 1024 * 1024
MAX_INFLATION = 100
_CHUNK = 1024 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Bomb(Exception):
    """A gzip stream inflating far beyond what text does."""


def _check_inflation(stream: object) -> None:
    if not isinstance(stream, gzip.GzipFile):
        return
    try:
        inflated, compressed = stream.tell(), stream.fileobj.tell()
    except (OSError, AttributeError):     # a pipe has no position: nothing to compare
        return
    if inflated > INFLATION_FLOOR and inflated > MAX_INFLATION * compressed:
        raise _Bomb(f"inflates more than {MAX_INFLATION} times ({compressed} bytes to over {inflated})")


def _bounded_lines(lines: Iterable[bytes], limit: int) -> Iterator[bytes | int]:
    """The lines of `lines`; a line longer than `limit` bytes is read through and given as its length."""
    readline = getattr(lines, "readline", None)
    if readline is None:
        for raw in lines:
            yield raw if len(raw) <= limit else len(raw)
        return
    while raw := readline(limit + 1):
        _check_inflation(lines)
        if len(raw) <= limit:
            yield raw
            continue
        size = len(raw)
        while raw and not raw.endswith(b"\n"):
            raw = readline(_CHUNK)
            size += len(raw)
            _check_inflation(lines)
        yield size


def _record_id(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


def _valid_unicode(value: str, key: str, warnings: list[str]) -> str:
    """Lone surrogates ("\\ud800" escapes) become U+FFFD, one for one, so offsets hold."""
    if not _SURROGATE.search(value):
        return value
    warnings.append(f"{key}: lone surrogate escapes replaced by U+FFFD")
    return _SURROGATE.sub("\ufffd", value)


def _optional_str(record: dict, key: str, warnings: list[str]) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return _valid_unicode(value, key, warnings)
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
        text = _valid_unicode(text, "text", warnings)
        return build_article(article_id, text, max_chars=settings.max_chars, title=title, url=url,
                             published=published, source=source, warnings=tuple(warnings))
    if html is not None:
        if not isinstance(html, str):
            return skipped(article_id, f"line {n}: html is not a string")
        html = _valid_unicode(html, "html", warnings)
        return article_from_html(article_id, html, settings=settings, source=source, url=url,
                                 title=title, published=published,
                                 warnings=tuple(warnings))
    return skipped(article_id, f"line {n}: no text or html")


def iter_jsonl(lines: Iterable[bytes], *, source: str, settings: Settings,
               published: date | None = None) -> Iterator[Article | ArticleOutcome]:
    """Articles of JSON Lines; `published` is the default date of records that give none.

    Errors raised by `lines` itself (a corrupt gzip stream, an I/O error) propagate to the caller; a
    gzip bomb ends the file with a failed outcome naming it.
    """
    n = 0
    try:
        for n, raw in enumerate(_bounded_lines(lines, file_byte_limit(settings)), start=1):
            yield from _line(raw, n, source, settings, published)
    except _Bomb as exc:
        yield failed(source, f"gzip bomb refused: {exc} by line {n}; rest of the file not read")


def _line(raw: bytes | int, n: int, source: str, settings: Settings,
          published: date | None) -> Iterator[Article | ArticleOutcome]:
    if isinstance(raw, int):
        yield skipped(f"{source}:{n}", f"line {n}: too long: {raw} bytes, the limit is {file_byte_limit(settings)}")
        return
    if not raw.strip():
        return
    try:
        line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError:
        yield skipped(f"{source}:{n}", f"line {n}: undecodable bytes (not UTF-8)")
        return
    try:
        record = json.loads(line)
    except RecursionError:
        yield skipped(f"{source}:{n}", f"line {n}: invalid JSON (nested too deep)")
        return
    except ValueError as exc:
        yield skipped(f"{source}:{n}", f"line {n}: invalid JSON ({getattr(exc, 'msg', exc)})")
        return
    try:
        yield record_to_article(record, n, source=source, settings=settings, published=published)
    except Exception as exc:             # a library failing on one record fails that record only
        yield failed(f"{source}:{n}", f"line {n}: {type(exc).__name__}: {exc}")
