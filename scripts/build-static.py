#!/usr/bin/env python3
"""Copy the dashboard's front-end files from node_modules/ (put there by `npm ci`) into the package.

The dashboard serves these files itself, so a browser never fetches anything from another host. The
target folder, newsevents/views/http/static/vendor/, is build output: it is git-ignored and rebuilt by
`make install`. Run from anywhere: paths are relative to this script's checkout.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "newsevents" / "views" / "http" / "static" / "vendor"

# npm file (under node_modules/) -> name under vendor/
FILES = {
    "leaflet/dist/leaflet.js": "leaflet.js",
    "leaflet/dist/leaflet.css": "leaflet.css",
    "leaflet/LICENSE": "LICENSE.leaflet",
    "htmx.org/dist/htmx.min.js": "htmx.min.js",
    "htmx.org/LICENSE": "LICENSE.htmx",
    "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
    "topojson-client/LICENSE": "LICENSE.topojson-client",
    "world-atlas/countries-50m.json": "countries-50m.json",
    "world-atlas/LICENSE": "LICENSE.world-atlas",
    "cytoscape/dist/cytoscape.min.js": "cytoscape.min.js",
    "cytoscape/LICENSE": "LICENSE.cytoscape",
}


def main() -> int:
    modules = ROOT / "node_modules"
    missing = [name for name in FILES if not (modules / name).is_file()]
    if missing:
        print(f"build-static: missing in {modules}: {', '.join(missing)} (run `npm ci` first)", file=sys.stderr)
        return 1
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, out in FILES.items():
        shutil.copyfile(modules / name, TARGET / out)
    print(f"build-static: {len(FILES)} files in {TARGET.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
