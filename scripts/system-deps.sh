#!/usr/bin/env bash
# Debian packages the project needs, installed only when missing (CI and fresh machines run as root).
set -euo pipefail
need=()
command -v python3.11 >/dev/null 2>&1 || need+=(python3.11 python3.11-venv)
[ -e /usr/share/dict/words ] || need+=(wamerican)      # common English words, for the gazetteer index
[ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql-15)                       # the scale-out store
[ -e /usr/share/postgresql/15/extension/postgis.control ] || need+=(postgresql-15-postgis-3)
command -v pg_createcluster >/dev/null 2>&1 || need+=(postgresql-common)
[ -x /usr/bin/chromium ] || need+=(chromium)            # the dashboard's browser tests (never `playwright install`)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)    # Leaflet, htmx and the world atlas come from npm
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages: ${need[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing Debian packages (run as root or install them): ${need[*]}" >&2
    exit 1
  fi
fi
