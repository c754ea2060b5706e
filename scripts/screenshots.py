#!/usr/bin/env python3
"""Write a PNG of each main dashboard page into docs/screenshots/ (`make screenshots`).

The app runs in-process on a loopback port over a stored database (default out/examples.db, which
`make run` builds) and Debian's chromium draws each page. Usage:
    .venv/bin/python scripts/screenshots.py [--db out/examples.db] [--out docs/screenshots]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import sync_playwright

from newsevents.store import Query, open_store
from newsevents.views.http import create_app
from newsevents.views.http.background import launch_chromium, serving

ROOT = Path(__file__).resolve().parents[1]


def pages(store) -> dict[str, str]:
    """Screenshot name -> path: the map and timeline, the incident list, the network, the deadliest
    incident with the most articles, and the busiest actor."""
    incidents = store.query_incidents(Query(limit=5000))
    if not incidents:
        raise SystemExit("screenshots: the database holds no incidents (run `make run` first)")
    top = max(incidents, key=lambda i: (len(i.article_ids), i.fatalities.count if i.fatalities else 0))
    actors = [p.canonical or p.name for i in incidents for p in i.perpetrators]
    busiest = max(set(actors), key=actors.count) if actors else None
    out = {"map": "/", "incidents": "/incidents", "network": "/network",
           "incident": f"/incidents/{quote(top.incident_id)}", "timeline-by-actor": "/?stack=actor"}
    if busiest:
        out["actor"] = f"/actors/{quote(busiest, safe='')}"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(ROOT / "out" / "examples.db"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    a = ap.parse_args()
    if not Path(a.db).is_file():
        print(f"screenshots: no database at {a.db} (run `make run` first)", file=sys.stderr)
        return 1
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with open_store(a.db) as store, serving(create_app(store, token="unused-for-screenshots")) as base:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                       else route.abort())
            for name, path in pages(store).items():
                page.goto(base + path, wait_until="networkidle")
                if path.startswith("/?") or path == "/":
                    page.wait_for_selector("#map path.country-643")
                page.screenshot(path=str(out / f"{name}.png"), full_page=name not in ("map", "timeline-by-actor"))
                print(f"screenshots: {out / f'{name}.png'}", file=sys.stderr)
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
