"""ACLED- and GTD-shaped rows of events or incidents: the codebooks' columns, in their order.

`columns(name)` is the header, `rows(name, records, articles)` yields one column -> value dict per
record. The mappings are data (views/data/acled.json, gtd.json, targets.json, countries.json);
docs/export-schema.md describes every column.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ...core.records import Event, Incident
from . import acled, gtd
from .facts import Articles, load, read_records, target_category

_ROW = {"acled": acled.row, "gtd": gtd.row}
CODEBOOKS = tuple(_ROW)


def columns(codebook: str) -> list[str]:
    """The codebook's column names, in its order."""
    return list(load(codebook)["columns"])


def rows(codebook: str, records: Iterable[Event | Incident], articles: Articles = None) -> Iterator[dict[str, Any]]:
    """One row per record; `articles` (id -> Article, mapping or callable) names the sources."""
    numbers: Counter[str] = Counter()
    for facts in read_records(records, articles):
        yield _ROW[codebook](facts, numbers)


__all__ = ["CODEBOOKS", "Articles", "columns", "rows", "target_category"]
