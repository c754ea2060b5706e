"""Stable identifiers: the same input always gives the same id."""
from __future__ import annotations

import hashlib


def digest(*parts: object, length: int = 16) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def event_id(article_id: str, event_type: str, start: int, end: int) -> str:
    return "ev_" + digest(article_id, event_type, start, end)


def incident_id(*event_ids: str) -> str:
    return "in_" + digest(*sorted(event_ids))
