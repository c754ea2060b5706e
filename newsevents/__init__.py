"""newsevents: news about political violence in; structured, geocoded incident data out.

    import newsevents
    events = newsevents.extract("Gunmen attacked ... on Friday ...", published=date(2024, 3, 23))

`Pipeline` loads the language model, the actor registry and the gazetteer once and serves many articles.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from .core import (Actor, ActorKind, Article, ArticleOutcome, Attribution, Count, DatePrecision, DateRange, Event,
                   EventType, Evidence, GeoPrecision, Incident, Location, Outcome, Participant, Qualifier, Status)
from .errors import ConfigError, ExtractionError, FetchRefused, InputError, NewseventsError, StoreError
from .pipeline import Pipeline

__all__ = [
    "Actor", "ActorKind", "Article", "ArticleOutcome", "Attribution", "ConfigError", "Count", "DatePrecision",
    "DateRange", "Event", "EventType", "Evidence", "ExtractionError", "FetchRefused", "GeoPrecision",
    "Incident", "InputError", "Location", "NewseventsError", "Outcome", "Participant", "Pipeline", "Qualifier",
    "Status", "StoreError", "extract",
]


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def extract(text: str, *, published: date | str | None = None, article_id: str = "text",
            title: str | None = None) -> list[Event]:
    """Events of one article's text; `published` anchors relative dates ("on Friday", "the following year")."""
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    return _default_pipeline().extract(text, published=published, article_id=article_id, title=title)
