#!/usr/bin/env bash
# The README's "main job" command: installs the npm packages when needed, then builds and serves
# the task pane. In a plain browser the pane runs as the demo on FILE.docx when given, on the
# bundled livret (assets/livret-mcv-option-b.docx) otherwise; in Word it is the add-in (see
# README, "Charger le complément").
# Usage: bash scripts/start.sh [FILE.docx]
set -euo pipefail
if [ $# -gt 0 ]; then
  if [ ! -f "$1" ]; then
    echo "start.sh: $1: fichier introuvable" >&2
    exit 2
  fi
  LIVRET_DOCX="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  export LIVRET_DOCX
fi
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec npm start
