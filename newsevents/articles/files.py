"""One file (or fetched body) -> one Article: plain text or HTML."""
from __future__ import annotations

import codecs
import os
import stat
from datetime import date

from ..config import Settings
from ..core.records import Article, ArticleOutcome
from ..errors import InputError
from .build import build_article, skipped
from .dates import date_from_filename
from .decode import declared_charset, decode
from .html import extract_page

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
MAX_ARTICLE_BYTES = 64 * 1024 * 1024


def html_char_limit(settings: Settings) -> int:
    """Pages longer than this are cut before extraction so a huge page costs bounded time."""
    return max(2_000_000, settings.max_chars * 10)


def file_byte_limit(settings: Settings) -> int:
    """Bytes read of one article (a file, a JSON line): 64 MiB, or more when `html_char_limit`
    characters of UTF-8 need more. Past it an article is cut (a file) or refused (a JSON line)."""
    return max(MAX_ARTICLE_BYTES, 4 * html_char_limit(settings))


def cut_bytes(data: bytes, limit: int) -> bytes:
    """The first `limit` bytes of text, backed off so that no UTF-8 (or UTF-16) character is split."""
    if len(data) <= limit:
        return data
    head = data[:limit]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head[:len(head) // 2 * 2]
        unit = head[-2:] if head.startswith(codecs.BOM_UTF16_BE) else head[-2:][::-1]
        return head[:-2] if 0xD8 <= unit[0] <= 0xDB else head      # a lead surrogate without its pair
    start = len(head) - 1
    while start > len(head) - 4 and 0x80 <= head[start] <= 0xBF:  # continuation bytes of the last character
        start -= 1
    lead = head[start]
    width = 4 if lead >= 0xF0 else 3 if lead >= 0xE0 else 2 if lead >= 0xC0 else 1
    return head[:start] if len(head) - start < width else head


def read_bytes(path: str) -> bytes:
    """The bytes of a regular file; InputError (never a hang on a FIFO) otherwise."""
    return read_head(path)[0]


def read_head(path: str, limit: int | None = None) -> tuple[bytes, int]:
    """Up to `limit` bytes of a regular file and the file's size; InputError (never a hang on a FIFO) otherwise."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise InputError("cannot read file: not a regular file")
        with open(path, "rb") as fh:
            return fh.read(-1 if limit is None else limit), st.st_size
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head


def article_from_html(article_id: str, data: bytes | str, *, settings: Settings, source: str,
                      url: str | None = None, published: date | None = None, title: str | None = None,
                      content_type: str | None = None, fallback_published: date | None = None,
                      warnings: tuple[str, ...] = ()) -> Article | ArticleOutcome:
    """`published` (explicit) overrides the page's date; `fallback_published` is used when the page has none."""
    try:
        html = data if isinstance(data, str) else decode(data, charset=declared_charset(data, content_type))
        limit = html_char_limit(settings)
        if len(html) > limit:
            warnings = (*warnings, f"HTML cut from {len(html)} to {limit} characters before extraction")
            html = html[:limit]
        page = extract_page(html)
    except InputError as exc:
        return skipped(article_id, exc.message)
    return build_article(article_id, page.text, max_chars=settings.max_chars, title=title or page.title,
                         url=url, published=published or page.published or fallback_published,
                         source=source, warnings=(*warnings, *page.warnings))


def article_from_text(article_id: str, data: bytes, *, settings: Settings, source: str,
                      url: str | None = None, published: date | None = None,
                      warnings: tuple[str, ...] = ()) -> Article | ArticleOutcome:
    try:
        text = decode(data)
    except InputError as exc:
        return skipped(article_id, exc.message)
    return build_article(article_id, text, max_chars=settings.max_chars, url=url, published=published,
                         source=source, warnings=warnings)


def article_from_file(path: str, *, settings: Settings,
                      published: date | None = None) -> Article | ArticleOutcome:
    """A .txt or .html file; the id is the path as given. A file of another kind is sniffed.

    Only the first `file_byte_limit` bytes are read: a huge file costs bounded memory and time.
    """
    limit = file_byte_limit(settings)
    try:
        data, size = read_head(path, limit + 1)
    except InputError as exc:
        return skipped(path, exc.message)
    if not data.strip():
        return skipped(path, "empty text")
    warnings: tuple[str, ...] = ()
    if size > limit:
        data = cut_bytes(data, limit)
        warnings = (f"file cut from {size} to {len(data)} bytes before reading",)
    from_name = date_from_filename(path)
    lower = path.lower()
    if lower.endswith(HTML_SUFFIXES) or (not lower.endswith(TEXT_SUFFIXES) and looks_like_html(data)):
        return article_from_html(path, data, settings=settings, source=path, published=published,
                                 fallback_published=from_name, warnings=warnings)
    return article_from_text(path, data, settings=settings, source=path, published=published or from_name,
                             warnings=warnings)
