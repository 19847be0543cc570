"""Prints the side-by-side table of benchmarks/engine-vs-modal. Usage: report.py OUTPUT_DIR
The speedup on the last line compares CPU time on one core (steadier than wall time on a shared
machine); the wall-time ratio is printed just above it."""
import json
import os
import platform
import sys

import numpy  # noqa: F401  (loads the BLAS that threadpoolctl reports)
import threadpoolctl


def machine():
    """The facts a ratio depends on: the CPU and its vector extensions, and numpy's BLAS."""
    model, flags = "unknown CPU", set()
    try:
        for line in open("/proc/cpuinfo"):
            key, _, value = line.partition(":")
            if key.strip() == "model name":
                model = value.strip()
            elif key.strip() == "flags":
                flags = set(value.split())
                break
    except OSError:
        pass
    vectors = ", ".join(f for f in ("avx512f", "avx2", "fma") if f in flags) or "no AVX2"
    blas = [f"{i['internal_api']} {i['version']} ({i.get('architecture', '?')} kernels, {i['num_threads']} thread(s))"
            for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]
    return (f"machine: {model} ({vectors}), {os.cpu_count()} cores; numpy's BLAS: {', '.join(blas) or 'none found'}; "
            f"python {platform.python_version()}")


out = sys.argv[1] if len(sys.argv) > 1 else "."
ours = {(o["dataset"], o["strategy"]): o for o in json.load(open(f"{out}/ours.json"))}
modal = {(o["dataset"], o["strategy"]): o for o in json.load(open(f"{out}/modal.json"))}
our_time = {t["dataset"]: t for t in json.load(open(f"{out}/ours-timing.json"))}
modal_time = {t["dataset"]: t for t in json.load(open(f"{out}/modal-timing.json"))}

print(machine())
print(f"{'dataset':8} {'strategy':17} {'final acc ours':>14} {'modAL':>7} {'AULC ours':>10} {'modAL':>7}")
gap = 0.0
for key in ours:
    o, m = ours[key], modal[key]
    gap = max(gap, abs(o["finalAccuracy"] - m["finalAccuracy"]))
    print(f"{key[0]:8} {key[1]:17} {o['finalAccuracy']:14.3f} {m['finalAccuracy']:7.3f} {o['aulc']:10.3f} {m['aulc']:7.3f}")
print()
print("seconds, best of the repeats; CPU = process CPU time on one core, wall = elapsed")
print(f"{'dataset':8} {'ours CPU':>9} {'ours wall':>10} {'ours 2-core wall':>17} {'modAL CPU':>10} {'modAL wall':>11}")
for dataset, t in our_time.items():
    m = modal_time[dataset]
    print(f"{dataset:8} {t['serialSeconds']:9.3f} {t['serialWallSeconds']:10.3f} {t['parallelSeconds']:17.3f} "
          f"{m['seconds']:10.3f} {m['wallSeconds']:11.3f}")
ours_total = sum(t["serialSeconds"] for t in our_time.values())
modal_total = sum(t["seconds"] for t in modal_time.values())
ours_wall = sum(t["serialWallSeconds"] for t in our_time.values())
modal_wall = sum(t["wallSeconds"] for t in modal_time.values())
print(f"{'total':8} {ours_total:9.3f} {ours_wall:10.3f} {sum(t['parallelSeconds'] for t in our_time.values()):17.3f} "
      f"{modal_total:10.3f} {modal_wall:11.3f}")
print(f"wall-time ratio (one core each): {modal_wall / ours_wall:.1f}x")
print(f"speedup: {modal_total / ours_total:.1f}x (modAL time / ours), max accuracy gap: {gap:.3f}")
