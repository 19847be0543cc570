#!/usr/bin/env bash
# The real browser check: opens a built site in headless Chromium (Debian's `chromium` and
# `chromium-driver`) and checks for console errors, search, a visible chart, and writes light
# and dark screenshots of one lesson to Tests/browser/screenshots/.
#
#   Tests/browser/run.sh [SITE] [--require-chart]
#
#   SITE             the built site folder (default: Site at the repository root)
#   --require-chart  fail the chart check when no page has an `.output-svg svg` yet
#
# Environment: CHROMIUM, CHROMEDRIVER override the binaries (default /usr/bin/chromium,
# /usr/bin/chromedriver). Selenium comes from PyPI into Tests/browser/.venv (git-ignored); it is
# pointed at the system driver and never downloads one.
# Exit status: 0 when every check passed or when Chromium is not installed (skipped), 1 otherwise;
# under CI=true a missing Chromium or driver is a failure, not a skip.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

site="$root/Site"
extra=()
for arg in "$@"; do
  case "$arg" in
    --require-chart) extra+=(--require-chart) ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "browser: unknown option $arg (see --help)" >&2; exit 2 ;;
    *) site="$arg" ;;
  esac
done

chromium="${CHROMIUM:-/usr/bin/chromium}"
chromedriver="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# A missing tool skips the check locally; under CI it fails it.
missing() {
  if [ "${CI:-}" = "true" ]; then
    echo "browser: FAIL: $1 (CI=true, so this is not skipped)"
    echo "browser: 0 passed, 1 failed"
    exit 1
  fi
  echo "browser: skipped: $1"
  exit 0
}
[ -x "$chromium" ] || missing "chromium is not installed ($chromium); apt-get install chromium chromium-driver"
[ -x "$chromedriver" ] || missing "chromium is installed but its driver is not ($chromedriver); apt-get install chromium-driver"
if [ ! -f "$site/index.html" ]; then
  echo "browser: FAIL site: $site/index.html does not exist (build the site first: notebook build)"
  echo "browser: 0 passed, 1 failed"
  exit 1
fi

venv="$here/.venv"
if ! "$venv/bin/python" -c 'import selenium' 2>/dev/null; then
  echo "browser: creating $venv with Selenium from PyPI"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'selenium>=4.11,<5'
fi

# Selenium Manager must not look for or download anything: the driver path is given explicitly.
export SE_OFFLINE=true SE_AVOID_STATS=true
exec "$venv/bin/python" "$here/check_site.py" "$site" \
  --chromium "$chromium" --chromedriver "$chromedriver" \
  --screenshots "$here/screenshots" ${extra[@]+"${extra[@]}"}
