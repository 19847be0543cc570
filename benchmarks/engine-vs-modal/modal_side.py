"""The modAL side of benchmarks/engine-vs-modal: the same protocol (pool, test set, initial sets
written by the engine side) with modAL 0.4.2 on scikit-learn 1.5.x.
Usage: modal_side.py OUTPUT_DIR (BENCH_REPEATS=n, default 3: best of n timings)"""
import json
import os
import sys
import time
import warnings

import numpy as np
from modAL.models import ActiveLearner
from modAL.uncertainty import entropy_sampling, margin_sampling, uncertainty_sampling
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def random_sampling(classifier, X_pool, n_instances=1, rng=None):
    idx = rng.choice(len(X_pool), size=n_instances, replace=False)
    return idx, X_pool[idx]


STRATEGIES = {
    "random": random_sampling,
    "least confidence": uncertainty_sampling,
    "margin": margin_sampling,
    "entropy": entropy_sampling,
}


def aulc(labels, values):
    """Mean of the curve over the label budget (trapezoid rule), as the engine defines it."""
    labels = np.asarray(labels, dtype=float)
    values = np.asarray(values, dtype=float)
    return float(np.sum(np.diff(labels) * (values[1:] + values[:-1]) / 2) / (labels[-1] - labels[0]))


def run(proto, name, strategy, seed):
    Xp, yp = np.array(proto["poolFeatures"]), np.array(proto["poolLabels"])
    Xt, yt = np.array(proto["testFeatures"]), np.array(proto["testLabels"])
    initial = np.array(proto["initialSets"][proto["seeds"].index(seed)])
    rng = np.random.default_rng(seed)
    kwargs = {"rng": rng} if name == "random" else {}
    learner = ActiveLearner(
        estimator=make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000)),
        query_strategy=lambda c, X, n_instances=1: strategy(c, X, n_instances=n_instances, **kwargs),
        X_training=Xp[initial], y_training=yp[initial])
    remaining = np.setdiff1d(np.arange(len(yp)), initial)
    labels, accuracies = [len(initial)], [learner.score(Xt, yt)]
    for _ in range(proto["rounds"]):
        idx, _ = learner.query(Xp[remaining], n_instances=proto["batch"])
        chosen = remaining[idx]
        learner.teach(Xp[chosen], yp[chosen])
        remaining = np.setdiff1d(remaining, chosen)
        labels.append(labels[-1] + len(chosen))
        accuracies.append(learner.score(Xt, yt))
    return labels, accuracies


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    protocols = json.load(open(f"{out}/protocol.json"))
    outcomes, timings = [], []
    warnings.filterwarnings("ignore")
    repeats = max(int(os.environ.get("BENCH_REPEATS", "3")), 1)
    for proto in protocols:
        best = best_wall = float("inf")
        for _ in range(repeats):  # best of `repeats`, as on the engine side
            start, start_cpu = time.perf_counter(), time.process_time()
            results = {name: [run(proto, name, strategy, seed) for seed in proto["seeds"]]
                       for name, strategy in STRATEGIES.items()}
            best = min(best, time.process_time() - start_cpu)
            best_wall = min(best_wall, time.perf_counter() - start)
        for name, curves in results.items():
            labels = curves[0][0]
            mean = np.mean([c[1] for c in curves], axis=0)
            outcomes.append({"dataset": proto["dataset"], "strategy": name, "finalAccuracy": float(mean[-1]),
                             "aulc": aulc(labels, mean), "curve": mean.tolist()})
        timings.append({"dataset": proto["dataset"], "seconds": best, "wallSeconds": best_wall})
    json.dump(outcomes, open(f"{out}/modal.json", "w"))
    json.dump(timings, open(f"{out}/modal-timing.json", "w"))


if __name__ == "__main__":
    main()
