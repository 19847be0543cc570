"""Prints the side-by-side table of benchmarks/engine-vs-modal. Usage: report.py OUTPUT_DIR"""
import json
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
ours = {(o["dataset"], o["strategy"]): o for o in json.load(open(f"{out}/ours.json"))}
modal = {(o["dataset"], o["strategy"]): o for o in json.load(open(f"{out}/modal.json"))}
our_time = {t["dataset"]: t for t in json.load(open(f"{out}/ours-timing.json"))}
modal_time = {t["dataset"]: t["seconds"] for t in json.load(open(f"{out}/modal-timing.json"))}

print(f"{'dataset':8} {'strategy':17} {'final acc ours':>14} {'modAL':>7} {'AULC ours':>10} {'modAL':>7}")
gap = 0.0
for key in ours:
    o, m = ours[key], modal[key]
    gap = max(gap, abs(o["finalAccuracy"] - m["finalAccuracy"]))
    print(f"{key[0]:8} {key[1]:17} {o['finalAccuracy']:14.3f} {m['finalAccuracy']:7.3f} {o['aulc']:10.3f} {m['aulc']:7.3f}")
print()
print(f"{'dataset':8} {'ours 1 core (s)':>16} {'ours 2 cores (s)':>17} {'modAL (s)':>10}")
for dataset, t in our_time.items():
    print(f"{dataset:8} {t['serialSeconds']:16.3f} {t['parallelSeconds']:17.3f} {modal_time[dataset]:10.3f}")
ours_total = sum(t["serialSeconds"] for t in our_time.values())
modal_total = sum(modal_time.values())
print(f"total    {ours_total:16.3f} {sum(t['parallelSeconds'] for t in our_time.values()):17.3f} {modal_total:10.3f}")
print(f"speedup: {modal_total / ours_total:.1f}x (modAL time / ours), max accuracy gap: {gap:.3f}")
