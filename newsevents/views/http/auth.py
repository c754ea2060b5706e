"""The bearer token that guards POST /articles: from the settings, else generated once and kept on disk."""
from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

from fastapi import HTTPException, Request

from ...config import Settings
from ...errors import ConfigError

TOKEN_FILE = "api_token"


def api_token(settings: Settings) -> str:
    """The configured token (NEWSEVENTS_API_TOKEN / `api_token`), else the one in <data_dir>/api_token.

    At first start no file exists: a new token is written with mode 0600 and printed once on standard
    error, the only time it is shown.
    """
    if settings.api_token:
        return settings.api_token
    path = Path(settings.data_dir) / TOKEN_FILE
    try:
        token = path.read_text(encoding="utf-8").strip()
        if token:
            return token
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise ConfigError(f"cannot read the API token file {path}: {exc}") from exc
    token = secrets.token_urlsafe(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token + "\n")
        os.chmod(path, 0o600)                 # O_CREAT's mode does not apply to a file that existed empty
    except OSError as exc:
        raise ConfigError(f"cannot write the API token file {path}: {exc}") from exc
    print(f"newsevents: API token for POST /articles (shown once; kept in {path}):\n{token}", file=sys.stderr)
    return token


def require_token(request: Request) -> None:
    """FastAPI dependency: 401 unless the request carries `Authorization: Bearer <the app's token>`."""
    expected: str = request.app.state.token
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(status_code=401, detail="a bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})
