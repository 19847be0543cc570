"""Writes Tests/SentenceEncoderTests/Fixtures/tfidf.json: scikit-learn's CountVectorizer and
TfidfVectorizer (defaults; min_df=2; max_features=2, whose cut-off has no tie) fitted on a
small pool and applied to test texts, as the reference for the Swift vectorizers.
Run: benchmarks/.venv/bin/python benchmarks/encoder/tfidf_reference.py"""
import json
import pathlib
import sklearn
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

pool = [
    "How far is it from Denver to Aspen ?",
    "What county is Modesto , California in ?",
    "Who was Galileo ? Who was Newton ?",
    "What is an atom ? An ATOM is small.",
    "Café naïve résumé — ÉCOLE façade",
    "snake_case and C3PO in 2024, x y z",
    "İstanbul ΣΟΦΙΑ straße",
    "How far is far ?",
]
test = [
    "How far is Aspen from Denver ?",
    "unseen words only",
    "",
    "atom atom atom café",
]

def dump(vectorizer):
    fitted = vectorizer.fit(pool)
    return {
        "vocabulary": fitted.get_feature_names_out().tolist(),
        "idf": fitted.idf_.tolist() if hasattr(fitted, "idf_") else None,
        "test": fitted.transform(test).toarray().tolist(),
        "pool": fitted.transform(pool).toarray().tolist(),
    }

out = {
    "sklearn": sklearn.__version__,
    "pool": pool,
    "test": test,
    "counts": dump(CountVectorizer()),
    "tfidf": dump(TfidfVectorizer()),
    "tfidf_min_df_2": dump(TfidfVectorizer(min_df=2)),
    "counts_max_features_2": dump(CountVectorizer(max_features=2)),
}
path = pathlib.Path(__file__).resolve().parents[2] / "Tests/SentenceEncoderTests/Fixtures/tfidf.json"
path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
print(f"wrote {path}")
