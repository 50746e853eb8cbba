#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh Debian machine
# (Chromium for the browser tests, LibreOffice Writer for the "a real word processor opens it"
# tests; the manifest schemas are checked with xmllint-wasm, an npm package), then the npm
# packages, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# Calc: `livret summary` writes an .xlsx that a test opens with LibreOffice.
[ -e /usr/lib/libreoffice/program/libsclo.so ] || need+=(libreoffice-calc-nogui)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "Installing Debian packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
npm run test:all
