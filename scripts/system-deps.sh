#!/usr/bin/env bash
# Debian packages the project needs, installed only when missing (CI and fresh machines run as root).
set -euo pipefail
need=()
command -v python3.11 >/dev/null 2>&1 || need+=(python3.11 python3.11-venv)
[ -e /usr/share/dict/words ] || need+=(wamerican)      # common English words, for the gazetteer index
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages: ${need[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing Debian packages (run as root or install them): ${need[*]}" >&2
    exit 1
  fi
fi
