"""POST /articles: one JSON article or JSON Lines in, stored articles, events and incidents out.

The body goes through the same article parsing, Pipeline and Store.save as `newsevents ingest`, then the
incidents stage merges what is new. Bad records are reported per article; they never fail the request.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...articles.jsonl import iter_jsonl, record_to_article
from ...config import Settings
from ...core import Article, ArticleOutcome, Outcome
from ...incidents import merge_pending
from ...pipeline import Pipeline
from ...store import Store

SOURCE = "POST /articles"


class BadBody(ValueError):
    """The body is neither one JSON object nor JSON Lines."""


def parse_body(body: bytes, settings: Settings) -> list[Article | ArticleOutcome]:
    """One JSON object -> one article; anything else is read as JSON Lines (one object a line)."""
    if not body.strip():
        raise BadBody("empty body: send one JSON article or JSON Lines")
    try:
        whole = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        whole = None
    if isinstance(whole, dict):
        return [record_to_article(whole, 1, source=SOURCE, settings=settings, published=None)]
    if whole is not None:
        raise BadBody("the body must be a JSON object (one article) or JSON Lines of objects")
    return list(iter_jsonl(body.splitlines(), source=SOURCE, settings=settings))


@dataclass
class Ingester:
    """Owns the app's Pipeline (the spaCy model loads at the first POST, once) and serialises writes."""
    store: Store
    settings: Settings
    make_pipeline: Callable[[], Pipeline]
    _pipeline: Pipeline | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def ingest(self, body: bytes) -> dict[str, Any]:
        items = parse_body(body, self.settings)
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self.make_pipeline()
            results = [self._store_one(o) for o in self._pipeline.run(
                items, workers=1, progress=False,
                skip=lambda a: "already stored" if self.store.has_article(a.id, a.content_hash) else None)]
            if any(r["outcome"] == Outcome.OK.value for r in results):
                merge_pending(self.store)
            for r in results:
                if r["outcome"] == Outcome.OK.value or r["reason"] == "already stored":
                    r["incident_ids"] = self.store.incidents_of_article(r["id"])
        counts = {o.value: sum(r["outcome"] == o.value for r in results) for o in Outcome}
        return {**counts, "articles": results}

    def _store_one(self, o: ArticleOutcome) -> dict[str, Any]:
        if o.outcome is Outcome.OK and o.article is not None:
            self.store.save(o.article, o.events)
        else:
            self.store.record_outcome(o.article_id, o.outcome, o.reason, o.stage)
        return {"id": o.article_id, "outcome": o.outcome.value, "reason": o.reason, "events": len(o.events),
                "incident_ids": []}
