"""Inputs -> Articles: files, directories, JSON Lines (plain, gzip, stdin), WARC files, feeds and URLs.

Every bad article becomes a skipped or failed ArticleOutcome naming it; only a path that does not
exist raises (InputError, before anything is read).
"""
from __future__ import annotations

import gzip
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import BinaryIO

from ..config import Settings
from ..core.records import Article, ArticleOutcome
from ..errors import InputError
from .addresses import is_url
from .build import failed, skipped
from .feeds import FEED_SUFFIXES
from .fetch import URL_LIST_SUFFIXES, UrlReader
from .files import HTML_SUFFIXES, TEXT_SUFFIXES, article_from_file, read_bytes
from .http import HttpClient
from .jsonl import iter_jsonl
from .warc import WARC_SUFFIXES, iter_warc

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# what a directory walk reads: never a list of URLs, and .xml only when named
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + (".rss", ".atom")

Item = Article | ArticleOutcome


def iter_articles(paths: Sequence[str], *, published: date | None = None, settings: Settings,
                  stdin: BinaryIO | None = None, http: HttpClient | None = None) -> Iterator[Item]:
    """An Article for each readable article, a skipped/failed ArticleOutcome for each bad one.

    URLs (given, listed in a `.urls` file, or linked from a feed) are fetched through `http`, or one
    HttpClient built from `settings` for the whole run. Raises InputError (at call time) only when a
    path itself does not exist.
    """
    check_paths(paths)
    return _iter(list(paths), published, settings, stdin, UrlReader(settings, http))


def check_paths(paths: Sequence[str]) -> None:
    """InputError naming the first path that is neither `-`, a URL nor an existing file or directory."""
    for path in paths:
        if path != "-" and not is_url(path) and not os.path.exists(path):
            raise InputError(f"no such file or directory: {path}", stage="articles")


def _iter(paths: list[str], published: date | None, settings: Settings, stdin: BinaryIO | None,
          reader: UrlReader) -> Iterator[Item]:
    try:
        for path in paths:
            if path == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from _guarded_jsonl(_as_bytes(stream), "-", settings, published)
            elif is_url(path):
                yield from reader.url_items(path, published)
            elif os.path.isdir(path):
                for file in directory_files(path):
                    if isinstance(file, ArticleOutcome):
                        yield file
                    else:
                        yield from items_from_file(file, settings, published, reader)
            else:
                yield from items_from_file(path, settings, published, reader)
    finally:
        reader.close()


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


def items_from_file(path: str, settings: Settings, published: date | None, reader: UrlReader,
                    seen: set[str] | None = None) -> Iterator[Item]:
    """The articles of one file, by its kind: JSON Lines, WARC, feed (`seen` as in
    UrlReader.feed_items), list of URLs, else text or HTML."""
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        yield from _from_jsonl_file(path, settings, published)
    elif lower.endswith(WARC_SUFFIXES):
        yield from iter_warc(path, settings=settings, published=published)
    elif lower.endswith(URL_LIST_SUFFIXES):
        yield from reader.list_items(path, published)
    elif lower.endswith(FEED_SUFFIXES):
        try:
            body = read_bytes(path)
        except InputError as exc:
            yield skipped(path, exc.message)
            return
        yield from reader.feed_items(body, path, published, seen)
    else:
        try:
            yield article_from_file(path, settings=settings, published=published)
        except Exception as exc:         # a library failing on one file fails that file only
            yield failed(path, f"{type(exc).__name__}: {exc}")


def directory_files(root: str) -> Iterator[str | ArticleOutcome]:
    """The article files under `root` (sorted), after a skipped outcome for each unreadable folder."""
    errors: list[OSError] = []
    found: list[str] = []
    for dirpath, _dirs, files in os.walk(root, onerror=errors.append):
        found.extend(os.path.join(dirpath, f) for f in files if f.lower().endswith(ARTICLE_SUFFIXES))
    for exc in errors:
        name = exc.filename or root
        yield skipped(str(name), f"cannot read directory: {exc.strerror or exc}")
    yield from sorted(found)
