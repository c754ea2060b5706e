"""One typed settings object: defaults, then a TOML file, then environment variables.

Environment: NEWSEVENTS_DATA_DIR (where the database and gazetteer index live), NEWSEVENTS_DB,
NEWSEVENTS_GAZETTEER, NEWSEVENTS_MAX_CHARS, NEWSEVENTS_WORKERS, NEWSEVENTS_API_TOKEN (the bearer token of
`serve`'s POST /articles), NEWSEVENTS_CONFIG (a TOML file); fetching: NEWSEVENTS_ALLOW_PRIVATE_URLS,
NEWSEVENTS_ALLOWED_NETWORKS, NEWSEVENTS_FETCH_TIMEOUT, NEWSEVENTS_FETCH_MAX_BYTES, NEWSEVENTS_FETCH_INTERVAL.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import ConfigError


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "newsevents"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    db: str                       # SQLite path or postgresql:// URL
    gazetteer: Path               # the SQLite gazetteer index, built at set-up
    max_chars: int = 200_000      # longer articles are truncated with a warning
    workers: int = 0              # 0: every core
    batch_size: int = 64
    allow_private_urls: bool = False
    allowed_networks: str = ""    # comma-separated CIDR blocks fetched although not public, e.g. "127.0.0.1/32"
    fetch_timeout: float = 20.0   # seconds to connect and between bytes; a whole response gets three times that
    fetch_max_bytes: int = 20_000_000
    fetch_interval: float = 1.0   # minimum seconds between two requests to one host
    api_token: str = ""           # empty: `serve` generates one, stored in <data_dir>/api_token

    @classmethod
    def load(cls) -> "Settings":
        env = os.environ
        data_dir = Path(env.get("NEWSEVENTS_DATA_DIR") or _default_data_dir())
        s = cls(data_dir=data_dir, db=str(data_dir / "newsevents.db"),
                gazetteer=data_dir / "gazetteer.sqlite")
        toml_path = env.get("NEWSEVENTS_CONFIG")
        if toml_path:
            try:
                with open(toml_path, "rb") as fh:
                    raw = tomllib.load(fh)
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"cannot read settings file {toml_path}: {exc}") from exc
            s = s._merge(raw)
        over = {}
        for name, key in (("db", "NEWSEVENTS_DB"), ("gazetteer", "NEWSEVENTS_GAZETTEER"),
                          ("max_chars", "NEWSEVENTS_MAX_CHARS"), ("workers", "NEWSEVENTS_WORKERS"),
                          ("allow_private_urls", "NEWSEVENTS_ALLOW_PRIVATE_URLS"),
                          ("allowed_networks", "NEWSEVENTS_ALLOWED_NETWORKS"),
                          ("fetch_timeout", "NEWSEVENTS_FETCH_TIMEOUT"),
                          ("fetch_max_bytes", "NEWSEVENTS_FETCH_MAX_BYTES"),
                          ("fetch_interval", "NEWSEVENTS_FETCH_INTERVAL"),
                          ("api_token", "NEWSEVENTS_API_TOKEN")):
            if env.get(key):
                over[name] = env[key]
        return s._merge(over)

    def _merge(self, raw: dict) -> "Settings":
        known = {f.name: f for f in fields(self)}
        changes = {}
        for k, v in raw.items():
            if k not in known:
                raise ConfigError(f"unknown setting {k!r}")
            cur = getattr(self, k)
            try:
                if isinstance(cur, bool):
                    v = v if isinstance(v, bool) else str(v).lower() in ("1", "true", "yes")
                elif isinstance(cur, int):
                    v = int(v)
                elif isinstance(cur, float):
                    v = float(v)
                elif isinstance(cur, Path):
                    v = Path(v)
                else:
                    v = str(v)
            except ValueError as exc:
                raise ConfigError(f"setting {k!r}: {exc}") from exc
            changes[k] = v
        return replace(self, **changes)
