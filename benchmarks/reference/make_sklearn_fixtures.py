"""Writes the scikit-learn reference numbers the Swift tests compare against.

Run once (from the package root) with the venv of benchmarks/README.md:
    benchmarks/.venv/bin/python benchmarks/reference/make_sklearn_fixtures.py
It reads the bundled data in Sources/ActiveLearning/Resources and writes
Tests/ActiveLearningTests/Fixtures/sklearn-{iris,digits}.json.
"""
import json
import pathlib

import numpy as np
import sklearn
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

ROOT = pathlib.Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "Sources/ActiveLearning/Resources"
FIXTURES = ROOT / "Tests/ActiveLearningTests/Fixtures"


def load(name):
    rows = np.loadtxt(RESOURCES / name, delimiter=",", skiprows=1 if name == "iris.csv" else 0)
    return rows[:, :-1], rows[:, -1].astype(int)


def reference(name, standardize):
    X, y = load(name + ".csv")
    idx = np.arange(len(y))
    train, test = train_test_split(idx, test_size=0.3, stratify=y, random_state=0)
    train, test = np.sort(train), np.sort(test)
    Xtr, Xte = X[train], X[test]
    if standardize:
        scaler = StandardScaler().fit(Xtr)
        Xtr, Xte = scaler.transform(Xtr), scaler.transform(Xte)
    lr = LogisticRegression(C=1.0, solver="lbfgs", tol=1e-10, max_iter=100000).fit(Xtr, y[train])
    nb = GaussianNB().fit(X[train], y[train])
    knn = KNeighborsClassifier(n_neighbors=5).fit(X[train], y[train])
    return {
        "sklearn_version": sklearn.__version__,
        "dataset": name,
        "standardized_for_logistic_regression": standardize,
        "train_indices": train.tolist(),
        "test_indices": test.tolist(),
        "logistic_regression": {
            "C": 1.0,
            "iterations": int(lr.n_iter_[0]),
            "coef": lr.coef_.tolist(),
            "intercept": lr.intercept_.tolist(),
            "test_accuracy": float(lr.score(Xte, y[test])),
            "test_probabilities_first5": lr.predict_proba(Xte[:5]).tolist(),
        },
        "gaussian_nb": {
            "test_accuracy": float(nb.score(X[test], y[test])),
            "test_probabilities_first5": nb.predict_proba(X[test][:5]).tolist(),
        },
        "pca2": {
            "explained_variance": PCA(n_components=2).fit(X).explained_variance_.tolist(),
            "explained_variance_ratio": PCA(n_components=2).fit(X).explained_variance_ratio_.tolist(),
            "first_row_abs": np.abs(PCA(n_components=2).fit_transform(X)[0]).tolist(),
        },
        "knn5": {
            "test_accuracy": float(knn.score(X[test], y[test])),
            "test_predictions": knn.predict(X[test]).tolist(),
        },
    }


if __name__ == "__main__":
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, standardize in [("iris", False), ("digits", True)]:
        data = reference(name, standardize)
        (FIXTURES / f"sklearn-{name}.json").write_text(json.dumps(data, indent=1) + "\n")
        print(name, "LR iterations", data["logistic_regression"]["iterations"],
              "test accuracy", data["logistic_regression"]["test_accuracy"])
