"""Database URLs in messages: a `--db` value as it may be shown to a user, without its password."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def redact(target: str) -> str:
    """`target` (a path or a URL) with the URL's password, if any, replaced by ***."""
    parts = urlsplit(target)
    if "://" not in target or parts.password is None:
        return target
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))
