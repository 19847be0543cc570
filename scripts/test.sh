#!/usr/bin/env bash
# Runs every test: the Swift test suites, then the lessons and the site drift check.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "test: swift build (debug, with the engine library the runner tests link against)"
swift build --build-tests 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] (Compiling|Emitting|Linking|Write|Planning)'
echo "test: swift test"
swift test --skip-build
echo "test: lessons and the site (drift check)"
.build/release/notebook check --junit .build/notebook-junit.xml
echo "test: the site in a real browser"
Tests/browser/run.sh Site --require-chart
