#!/usr/bin/env bash
# The README's "main job" command: installs the npm packages when needed, then builds and serves
# the task pane. In a plain browser the pane runs as the demo on the bundled livret
# (assets/livret-mcv-option-b.docx); in Word it is the add-in (see README, "Charger le complément").
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec npm start
