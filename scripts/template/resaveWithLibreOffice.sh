#!/usr/bin/env bash
# Re-saves the school's template with LibreOffice Writer, giving the engine a real-world variant:
# LibreOffice rewrites every part (its own styles, numbering, rsid-free runs, w:tblHeader, …).
# Output: tests/fixtures/livret-libreoffice.docx (committed; run again after `npm run template`).
# Usage: scripts/template/resaveWithLibreOffice.sh [input.docx] [output.docx]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
input="${1:-$root/assets/livret-mcv-option-b.docx}"
output="${2:-$root/tests/fixtures/livret-libreoffice.docx}"

if ! command -v soffice >/dev/null 2>&1; then
  echo "resaveWithLibreOffice: soffice not found (install libreoffice-writer)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A throw-away profile: no interference with a running LibreOffice or the user's settings.
mkdir -p "$work/in" "$work/out"
cp "$input" "$work/in/livret.docx"
soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
  --convert-to 'docx:MS Word 2007 XML' --outdir "$work/out" "$work/in/livret.docx" >&2

if [ ! -s "$work/out/livret.docx" ]; then
  echo "resaveWithLibreOffice: LibreOffice produced no output for $input" >&2
  exit 1
fi
mkdir -p "$(dirname "$output")"
cp "$work/out/livret.docx" "$output"
echo "$output"
