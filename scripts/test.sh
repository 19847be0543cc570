#!/usr/bin/env bash
# Runs every test: the Swift test suites, the lessons and the site drift check (on the default
# and on the portable kernels), the validation of Jupyter exports, and the browser check.
set -euo pipefail
cd "$(dirname "$0")/.."

# The release binary checks the lessons and the site: build it now, so it is never stale.
echo "test: swift build -c release (the notebook binary the checks below run)"
swift build -c release 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] (Compiling|Emitting|Linking|Write|Planning)' || { echo "test: release build failed"; exit 1; }
echo "test: swift build (debug, with the engine library the runner tests link against)"
swift build --build-tests 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] (Compiling|Emitting|Linking|Write|Planning)'
echo "test: swift test"
swift test --skip-build
echo "test: lessons and the site (drift check)"
.build/release/notebook check --junit .build/notebook-junit.xml
echo "test: the same drift check on the portable kernels, every lesson run again (the site must not depend on the CPU)"
scripts/check-numerics.sh portable
echo "test: Jupyter exports validate with nbformat (lessons answered by the cache check filled)"
Tests/export/validate.sh .build/release/notebook
echo "test: the site in a real browser"
Tests/browser/run.sh Site --require-chart
echo "test: Chinese search (主动学习, 熵, 不确定性) and the language switch in a real browser, on the translation fixture"
fixture_site="$(mktemp -d)"
trap 'rm -rf "$fixture_site"' EXIT
.build/release/notebook build Tests/NotebookKitTests/Fixtures/translations/current -o "$fixture_site/site" --no-cache
Tests/browser/run.sh "$fixture_site/site"
