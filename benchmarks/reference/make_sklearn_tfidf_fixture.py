"""Writes the scikit-learn reference for sparse TF-IDF features the Swift tests compare against.

Run once (from the package root) in a venv with scikit-learn 1.5:
    python benchmarks/reference/make_sklearn_tfidf_fixture.py
It reads the bundled TREC files in Sources/ActiveLearning/Resources, takes every 7th training
question as the pool and the 500 test questions, fits TfidfVectorizer(max_features=500) on the
pool, and writes Tests/ActiveLearningTests/Fixtures/sklearn-trec-tfidf.json: both sparse matrices
(CSR; each value rounded to float32 and back, as the engine's TF-IDF stores Float values, so both
sides fit the same numbers), their labels, and what LogisticRegression(C=10), GaussianNB and
KNeighborsClassifier(5) fitted on the pool give on the test rows (for kNN, with the rows where
the 5th neighbour is tied). scikit-learn fits the sparse
matrix as it is (GaussianNB, which takes no sparse input, its dense copy).
"""
import json
import pathlib

import numpy as np
import scipy.sparse as sp
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier

ROOT = pathlib.Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "Sources/ActiveLearning/Resources"
FIXTURE = ROOT / "Tests/ActiveLearningTests/Fixtures/sklearn-trec-tfidf.json"
CLASSES = ["ABBR", "DESC", "ENTY", "HUM", "LOC", "NUM"]


def load(name):
    texts, labels = [], []
    for line in (RESOURCES / name).read_bytes().decode("utf-8", errors="replace").split("\n"):
        line = line.rstrip("\r")
        if not line:
            continue
        head, text = line.split(" ", 1)
        labels.append(CLASSES.index(head.split(":")[0]))
        texts.append(text)
    return texts, np.array(labels)


def csr(matrix):
    matrix = sp.csr_matrix(matrix.astype(np.float32).astype(np.float64))
    matrix.sort_indices()
    return {"row_starts": matrix.indptr.tolist(), "indices": matrix.indices.tolist(), "values": matrix.data.tolist()}


def tied_rows(knn, Xt):
    distances, _ = knn.kneighbors(Xt, n_neighbors=6)
    return [int(i) for i in np.flatnonzero(np.abs(distances[:, 5] - distances[:, 4]) <= 1e-9)]


if __name__ == "__main__":
    train_texts, train_labels = load("train_5500.label")
    test_texts, test_labels = load("TREC_10.label")
    pool = list(range(0, len(train_texts), 7))
    vectorizer = TfidfVectorizer(max_features=500).fit([train_texts[i] for i in pool])
    X = sp.csr_matrix(vectorizer.transform([train_texts[i] for i in pool]).astype(np.float32).astype(np.float64))
    Xt = sp.csr_matrix(vectorizer.transform(test_texts).astype(np.float32).astype(np.float64))
    y, yt = train_labels[pool], test_labels
    lr = LogisticRegression(C=10.0, solver="lbfgs", tol=1e-10, max_iter=100000).fit(X, y)
    nb = GaussianNB().fit(X.toarray(), y)
    knn = KNeighborsClassifier(n_neighbors=5).fit(X, y)
    data = {
        "sklearn_version": sklearn.__version__,
        "columns": X.shape[1],
        "train": csr(X), "train_labels": y.tolist(),
        "test": csr(Xt), "test_labels": yt.tolist(),
        "logistic_regression": {
            "C": 10.0,
            "coef": lr.coef_.tolist(),
            "intercept": lr.intercept_.tolist(),
            "test_accuracy": float(lr.score(Xt, yt)),
            "test_probabilities_first5": lr.predict_proba(Xt[:5]).tolist(),
        },
        "gaussian_nb": {
            "test_accuracy": float(nb.score(Xt.toarray(), yt)),
            "test_probabilities_first5": nb.predict_proba(Xt[:5].toarray()).tolist(),
        },
        "knn5": {
            "test_accuracy": float(knn.score(Xt, yt)),
            "test_predictions": knn.predict(Xt).tolist(),
        },
        # Rows whose 5th and 6th nearest pool rows are (within 1e-9) equally far: there the
        # choice among equals decides the vote (scikit-learn's is arbitrary, the engine's by
        # pool row), so predictions are compared on the other rows only.
        "knn5_tied_test_rows": tied_rows(knn, Xt),
    }
    FIXTURE.write_text(json.dumps(data) + "\n")
    print("pool", X.shape, "stored", X.nnz, "LR iterations", int(lr.n_iter_[0]), "test accuracy", data["logistic_regression"]["test_accuracy"])
