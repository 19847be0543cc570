#!/usr/bin/env bash
# Exports lessons to Jupyter notebooks and validates them against the nbformat 4 schema with
# the `nbformat` package (from PyPI, in Tests/export/.venv), checking the export is
# deterministic on the way. Skips, saying so, when python3 is missing.
#   Tests/export/validate.sh [NOTEBOOK_BINARY]   (default: .build/release/notebook)
set -euo pipefail
cd "$(dirname "$0")/../.."
notebook="${1:-.build/release/notebook}"

if ! command -v python3 >/dev/null || ! python3 -c "import venv, ensurepip" 2>/dev/null; then
  echo "export: python3 (with venv) not found; skipping the nbformat validation"
  exit 0
fi
venv=Tests/export/.venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import nbformat" 2>/dev/null; then
  echo "export: creating $venv with nbformat"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "nbformat>=5.9,<6"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
lessons=(Tests/NotebookKitTests/Fixtures/notebooks/{basic,options,rich,trap,compile-error,prose-only}.md Notebooks/*.md)
for lesson in "${lessons[@]}"; do
  name="$(basename "$lesson" .md)"
  # A lesson whose cells fail still exports (its failures become error outputs).
  "$notebook" export --ipynb "$lesson" --output "$out/$name.ipynb" 2>/dev/null || true
  "$notebook" export --ipynb "$lesson" --output "$out/$name.again.ipynb" 2>/dev/null || true
  cmp -s "$out/$name.ipynb" "$out/$name.again.ipynb" || { echo "export: $lesson exports differently twice"; exit 1; }
done
"$venv/bin/python" Tests/export/validate.py "$out"/*.ipynb
