"""store stage: one Store protocol; SQLite by default, PostgreSQL + PostGIS (postgres.py) at scale."""
from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import Query, Store, incident_for_event, incident_from_json
from .sqlite import SQLiteStore
from .urls import redact

__all__ = [
    "Query", "SQLiteStore", "Store", "incident_for_event", "incident_from_json", "open_store", "redact",
]


def open_store(url_or_path: str | Path) -> Store:
    """Open the store a `--db` value names: a SQLite file path (or sqlite:/// URL) or a postgresql:// URL."""
    target = str(url_or_path)
    scheme = target.split("://", 1)[0].lower() if "://" in target else ""
    if scheme in ("postgresql", "postgres"):
        from .postgres import PostgresStore        # psycopg loads only when a PostgreSQL URL is given

        return PostgresStore(target)
    if scheme == "sqlite":
        target = target[len("sqlite://"):]
        if not target:
            raise StoreError("sqlite:// URL without a path", stage="store")
    elif scheme:
        raise StoreError(f"unsupported database URL scheme {scheme!r}", stage="store")
    return SQLiteStore(Path(target).expanduser())
