#!/usr/bin/env bash
# Exports lessons to Jupyter notebooks and validates them against the nbformat 4 schema with
# the `nbformat` package (from PyPI, in Tests/export/.venv), checking the export is
# deterministic on the way. Skips, saying so, when python3 is missing; under CI=true that is a
# failure. The exporter's messages are shown, and an export that writes nothing fails.
#   Tests/export/validate.sh [NOTEBOOK_BINARY]   (default: .build/release/notebook)
set -euo pipefail
cd "$(dirname "$0")/../.."
notebook="${1:-.build/release/notebook}"

if ! command -v python3 >/dev/null || ! python3 -c "import venv, ensurepip" 2>/dev/null; then
  if [ "${CI:-}" = "true" ]; then
    echo "export: FAIL: python3 (with venv and pip) not found (CI=true, so this is not skipped); apt-get install python3-venv python3-pip"
    exit 1
  fi
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
  # A lesson whose cells fail still exports (its failures become error outputs, status 1);
  # anything else, or no file written, is a failure. The exporter's stderr stays visible.
  for target in "$out/$name.ipynb" "$out/$name.again.ipynb"; do
    status=0
    "$notebook" export --ipynb "$lesson" --output "$target" || status=$?
    if [ "$status" -gt 1 ] || [ ! -s "$target" ]; then
      echo "export: FAIL: exporting $lesson exited with status $status and wrote ${target##*/}: $([ -s "$target" ] && echo yes || echo no)"
      exit 1
    fi
  done
  cmp -s "$out/$name.ipynb" "$out/$name.again.ipynb" || { echo "export: $lesson exports differently twice"; exit 1; }
done
"$venv/bin/python" Tests/export/validate.py "$out"/*.ipynb
