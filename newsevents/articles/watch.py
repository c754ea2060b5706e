"""Poll sources and yield only what is new: feeds and pages by conditional GET, files by size and mtime.

A feed's entries are remembered by key, so an unchanged entry's page is not fetched again while the
process runs; whether an article is already stored (same id, same content hash) is the store's call.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Self

from ..config import Settings
from ..core.records import ArticleOutcome
from .addresses import is_url
from .build import skipped
from .fetch import Item, UrlReader, has_failure
from .http import HttpClient
from .sources import check_paths, directory_files, items_from_file


class Watcher:
    """`poll()` once per interval; the first poll yields everything, later ones only what changed."""

    def __init__(self, targets: Sequence[str], *, settings: Settings, http: HttpClient | None = None,
                 published: date | None = None):
        check_paths(targets)
        self.targets = list(targets)
        self.settings = settings
        self.published = published
        self.reader = UrlReader(settings, http)
        self._validators: dict[str, dict[str, str]] = {}      # URL -> If-None-Match / If-Modified-Since
        self._files: dict[str, tuple[int, int]] = {}          # path -> (mtime_ns, size)
        self._entries: set[str] = set()                       # feed entries already turned into articles
        self._reported: set[tuple[str, str | None]] = set()   # unreadable folders, said once

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.reader.close()

    def poll(self) -> Iterator[Item]:
        for target in self.targets:
            if is_url(target):
                yield from self._poll_url(target)
            elif os.path.isdir(target):
                for file in directory_files(target):
                    if not isinstance(file, ArticleOutcome):
                        yield from self._poll_file(file)
                    elif (file.article_id, file.reason) not in self._reported:
                        self._reported.add((file.article_id, file.reason))
                        yield file
            else:
                yield from self._poll_file(target)

    def _poll_url(self, url: str) -> Iterator[Item]:
        response = self.reader.get(url, self._validators.get(url))
        if isinstance(response, ArticleOutcome):
            yield response
            return
        if response.status == 304:
            return
        items = list(self.reader.body_items(url, response, self.published, seen=self._entries))
        if not has_failure(items):
            validators = {}                     # after a failure, the next poll asks for the whole body again
            if response.etag:
                validators["If-None-Match"] = response.etag
            if response.last_modified:
                validators["If-Modified-Since"] = response.last_modified
            self._validators[url] = validators
        yield from items

    def _poll_file(self, path: str) -> Iterator[Item]:
        try:
            st = os.stat(path)
        except OSError as exc:
            yield skipped(path, f"cannot read file: {exc.strerror or exc}")
            return
        signature = (st.st_mtime_ns, st.st_size)
        if self._files.get(path) == signature:
            return
        self._files[path] = signature
        yield from items_from_file(path, self.settings, self.published, self.reader, seen=self._entries)
