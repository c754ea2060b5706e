"""The FastAPI app: the JSON API, POST /articles, the dashboard pages and the files they load.

Everything a page needs is served from here (front-end libraries and the world atlas come from npm at
set-up, see scripts/build-static.py); the Content-Security-Policy forbids the browser any other host.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from ...config import Settings
from ...errors import NewseventsError
from ...pipeline import Pipeline
from ...resolve.actors import ActorRegistry
from ...store import Store
from . import api, pages
from .charts import TYPE_COLORS, bars
from .highlight import segments
from .ingest import Ingester

HERE = Path(__file__).parent
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"
MAX_BODY = 5 * 1024 * 1024          # bytes; larger POST bodies get 413
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class _Guard:
    """ASGI middleware: 413 for a declared Content-Length over the cap; security headers on every answer."""

    def __init__(self, app: ASGIApp, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_body:
            await JSONResponse({"detail": f"request body over {self.max_body} bytes"}, 413)(scope, receive, send)
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] += [(b"content-security-policy", CSP.encode()),
                                       (b"x-content-type-options", b"nosniff"),
                                       (b"referrer-policy", b"no-referrer")]
            await send(message)
        await self.app(scope, receive, with_headers)


def templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=HERE / "templates")
    t.env.filters["segments"] = segments
    t.env.globals.update(bars=bars, type_colors=TYPE_COLORS)
    return t


def create_app(store: Store, *, token: str, settings: Settings | None = None, pipeline: Pipeline | None = None,
               max_body: int = MAX_BODY) -> FastAPI:
    """The app over an open store. `pipeline` (else one built from `settings` at the first POST) extracts
    posted articles; `token` is the bearer token POST /articles requires."""
    settings = settings or Settings.load()
    if not (VENDOR / "leaflet.js").is_file():
        print(f"newsevents: warning: the dashboard's front-end files are missing from {VENDOR}; "
              "run `make install` (npm ci, then scripts/build-static.py)", file=sys.stderr)
    app = FastAPI(title="newsevents", version="1", description="Incidents of political violence read from news "
                  "articles: JSON API, ingestion and an offline dashboard.", docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.token = token
    app.state.max_body = max_body
    app.state.registry = ActorRegistry.load()
    app.state.templates = templates()
    app.state.ingester = Ingester(store, settings, (lambda: pipeline) if pipeline else (lambda: Pipeline(settings)))
    app.add_middleware(_Guard, max_body=max_body)
    app.include_router(api.router)
    app.include_router(api.ingest_router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")

    @app.exception_handler(NewseventsError)
    async def newsevents_error(request: Request, exc: NewseventsError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=500)

    return app
