#!/usr/bin/env bash
# The site's drift check (`notebook check --no-cache`: every lesson run from an empty execution
# cache, the rendered site compared byte for byte with the committed Site/) under environments
# that change how this machine computes, each of which must find 0 stale files:
#   default    as the machine is
#   portable   NOTEBOOK_ENGINE_KERNELS=portable (the engine's plain-C kernels)
#   avx2       NOTEBOOK_ENGINE_KERNELS=avx2 (on a CPU with AVX-512, the path without it; not in
#              the default list, since a CPU without AVX2 cannot run it)
#   libm       GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA (glibc's libm picks its non-FMA code)
#   one-core   taskset -c 0 (one processor: other thread counts and scheduling)
# OpenBLAS is no longer linked (checked below), so OPENBLAS_CORETYPE changes nothing.
#
#   scripts/check-numerics.sh [--fresh-embeddings] [ENVIRONMENT...]   (default: all but avx2)
#
# The embedding cache is keyed by the weights and the kernel code, not the path (every path
# gives the same bits: Tests/SentenceEncoderTests), so environments share it; with
# --fresh-embeddings each starts from an empty one (the portable path then encodes TREC with
# its slow plain-C products: about half an hour on 2 cores). Needs the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
notebook=.build/release/notebook
fresh=0
environments=()
for argument in "$@"; do
  case "$argument" in
    --fresh-embeddings) fresh=1 ;;
    default|portable|avx2|libm|one-core) environments+=("$argument") ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-numerics: unknown argument $argument (see --help)" >&2; exit 2 ;;
  esac
done
[ ${#environments[@]} -gt 0 ] || environments=(default portable libm one-core)
[ -x "$notebook" ] || { echo "check-numerics: no $notebook (run scripts/setup.sh)" >&2; exit 1; }
if ldd .build/release/libNotebookEngine.so | grep -qi blas; then
  echo "check-numerics: the engine links a BLAS library; its kernels would make results depend on the CPU" >&2
  exit 1
fi

failed=0
for name in "${environments[@]}"; do
  case "$name" in
    default) prefix=() ;;
    portable) prefix=(env NOTEBOOK_ENGINE_KERNELS=portable) ;;
    avx2) prefix=(env NOTEBOOK_ENGINE_KERNELS=avx2) ;;
    libm) prefix=(env GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA) ;;
    one-core) prefix=(taskset -c 0) ;;
  esac
  embeddings=()
  if [ $fresh = 1 ]; then
    folder="$(mktemp -d)"
    embeddings=(env "EMBEDDING_CACHE_DIR=$folder")
  fi
  echo "check-numerics: $name"
  start=$(date +%s)
  if "${embeddings[@]}" "${prefix[@]}" "$notebook" check --no-cache; then
    echo "check-numerics: $name passed in $(( $(date +%s) - start )) s"
  else
    echo "check-numerics: $name FAILED"
    failed=1
  fi
  [ $fresh = 1 ] && rm -rf "$folder"
done
exit $failed
