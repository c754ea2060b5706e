"""Inputs -> Articles: files, directories, JSON Lines (plain, gzip, stdin) and URLs.

Every bad article becomes a skipped or failed ArticleOutcome naming it; only a path that does not
exist raises (InputError, before anything is read).
"""
from __future__ import annotations

import gzip
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import BinaryIO
from urllib.parse import urlsplit

from ..config import Settings
from ..core.records import Article, ArticleOutcome
from ..errors import FetchRefused, InputError
from .build import failed, skipped
from .fetch import default_fetcher, is_url
from .files import (HTML_SUFFIXES, TEXT_SUFFIXES, article_from_file, article_from_html, article_from_text,
                    looks_like_html)
from .jsonl import iter_jsonl

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

Item = Article | ArticleOutcome


def iter_articles(paths: Sequence[str], *, published: date | None = None, settings: Settings,
                  stdin: BinaryIO | None = None,
                  fetcher: Callable[[str], tuple[bytes, str | None]] | None = None) -> Iterator[Item]:
    """An Article for each readable article, a skipped/failed ArticleOutcome for each bad one.

    Raises InputError (at call time) only when a path itself does not exist.
    """
    for path in paths:
        if path != "-" and not is_url(path) and not os.path.exists(path):
            raise InputError(f"no such file or directory: {path}", stage="articles")
    return _iter(list(paths), published, settings, stdin, fetcher)


def _iter(paths: list[str], published: date | None, settings: Settings, stdin: BinaryIO | None,
          fetcher: Callable[[str], tuple[bytes, str | None]] | None) -> Iterator[Item]:
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guarded_jsonl(_as_bytes(stream), "-", settings, published)
        elif is_url(path):
            yield from _from_url(path, fetcher or default_fetcher(settings), settings, published)
        elif os.path.isdir(path):
            yield from _from_directory(path, settings, published)
        else:
            yield from _from_file(path, settings, published)


def _as_bytes(lines: Iterable[bytes | str]) -> Iterator[bytes]:
    for line in lines:
        yield line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line


def _guarded_jsonl(lines: Iterable[bytes], source: str, settings: Settings,
                   published: date | None) -> Iterator[Item]:
    try:
        yield from iter_jsonl(lines, source=source, settings=settings, published=published)
    except (OSError, EOFError, zlib.error) as exc:
        yield failed(source, f"cannot read {source}: {exc}")


def _from_jsonl_file(path: str, settings: Settings, published: date | None) -> Iterator[Item]:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            yield skipped(path, "cannot read file: not a regular file")
            return
        fh = gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")
    except OSError as exc:
        yield skipped(path, f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        yield from _guarded_jsonl(fh, path, settings, published)


def _from_file(path: str, settings: Settings, published: date | None) -> Iterator[Item]:
    if path.lower().endswith(JSONL_SUFFIXES):
        yield from _from_jsonl_file(path, settings, published)
    else:
        try:
            yield article_from_file(path, settings=settings, published=published)
        except Exception as exc:         # a library failing on one file fails that file only
            yield failed(path, f"{type(exc).__name__}: {exc}")


def _from_directory(root: str, settings: Settings, published: date | None) -> Iterator[Item]:
    errors: list[OSError] = []
    found: list[str] = []
    for dirpath, _dirs, files in os.walk(root, onerror=errors.append):
        found.extend(os.path.join(dirpath, f) for f in files if f.lower().endswith(ARTICLE_SUFFIXES))
    for exc in errors:
        name = exc.filename or root
        yield skipped(str(name), f"cannot read directory: {exc.strerror or exc}")
    for path in sorted(found):
        yield from _from_file(path, settings, published)


def _from_url(url: str, fetcher: Callable[[str], tuple[bytes, str | None]], settings: Settings,
              published: date | None) -> Iterator[Item]:
    try:
        body, content_type = fetcher(url)
    except FetchRefused as exc:
        yield skipped(url, exc.message)
        return
    except Exception as exc:             # any failure of the transport is this URL's failure only
        yield failed(url, getattr(exc, "message", None) or f"cannot fetch {url}: {exc}")
        return
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if not body.strip():
        yield skipped(url, "empty text")
    elif "json" in kind or urlsplit(url).path.lower().endswith(".jsonl"):
        yield from _guarded_jsonl(body.splitlines(keepends=True), url, settings, published)
    elif "html" in kind or (kind in ("", "application/octet-stream") and looks_like_html(body)):
        yield article_from_html(url, body, settings=settings, source=url, url=url, published=published,
                                content_type=content_type)
    else:
        yield article_from_text(url, body, settings=settings, source=url, url=url, published=published)
