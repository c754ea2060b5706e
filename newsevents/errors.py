"""Errors of newsevents. One root, a small tree; each carries the article id and the stage.

    NewseventsError
    ├── InputError          an article could not be read (undecodable, empty, wrong types) -> skipped
    │   └── FetchRefused    a URL points at a private or loopback address
    ├── ExtractionError     a stage failed on an article -> failed
    ├── StoreError          the database refused or is on a newer schema
    └── ConfigError         bad settings
"""
from __future__ import annotations


class NewseventsError(Exception):
    def __init__(self, message: str, *, article_id: str | None = None, stage: str | None = None):
        super().__init__(message)
        self.message = message
        self.article_id = article_id
        self.stage = stage

    def __str__(self) -> str:
        where = []
        if self.article_id:
            where.append(f"article {self.article_id}")
        if self.stage:
            where.append(f"stage {self.stage}")
        return f"{self.message} ({', '.join(where)})" if where else self.message


class InputError(NewseventsError):
    pass


class FetchRefused(InputError):
    pass


class ExtractionError(NewseventsError):
    pass


class StoreError(NewseventsError):
    pass


class ConfigError(NewseventsError):
    pass
