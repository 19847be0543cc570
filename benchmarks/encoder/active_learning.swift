// Issue 5, item 7: TREC-6 active learning on MiniLM embeddings, end to end.
// Embeds TREC's pool (train_5500) and test set (TREC_10) with the native encoder (through the
// embedding cache), reports the full-label accuracy of logistic regression (C = 10) on MiniLM
// and on TF-IDF features, then runs 12 initial labels + 20 rounds of 12 over 5 seeds with
// random, margin, entropy and least-confidence sampling and prints the final accuracies.
// Environment: NOTEBOOK_ENGINE_KERNELS (auto, portable or avx2; every path gives the same results).
import ActiveLearning
import Foundation
import SentenceEncoder

func format(_ x: Double) -> String { String(format: "%.3f", x) }

do {
    let trec = try TrainTest.trec()
    let encoder = try SentenceEncoder.miniLM()  // kernels from NOTEBOOK_ENGINE_KERNELS
    let start = Date()
    let embedded = try trec.withFeatures(train: encoder.encode(trec.train.texts), test: encoder.encode(trec.test.texts))
    print("embedded \(trec.train.count) + \(trec.test.count) questions in \(format(Date().timeIntervalSince(start))) s (cache: \(encoder.cache.map { _ in "on" } ?? "off"), kernels: \(encoder.kernels))")

    let model = Model.logisticRegression(c: 10)
    let miniLMAccuracy = try model.fit(embedded.train).accuracy(on: embedded.test)
    let tfidf = TFIDFVectorizer(maxFeatures: 2000).fit(trec.train.texts)
    let sparse = try trec.withFeatures(train: tfidf.transform(trec.train.texts), test: tfidf.transform(trec.test.texts))
    let tfidfAccuracy = try model.fit(sparse.train).accuracy(on: sparse.test)
    print("full pool (5452 labels), logistic regression C=10: MiniLM \(format(miniLMAccuracy)), TF-IDF (2000 terms) \(format(tfidfAccuracy))")

    let budget = Budget(initial: 12, batch: 12, rounds: 20, initialSelection: .random)
    let study = Study(data: embedded, model: model, budget: budget, seeds: 0..<5)
    let comparison = try study.compare(.margin, .entropy, .leastConfidence)
    print(comparison.setting)
    for row in comparison.rows {
        print("\(row.strategy): final accuracy \(format(row.finalAccuracy.mean)) ± \(format(row.finalAccuracy.standardDeviation)), AULC \(format(row.aulc.mean))")
    }
} catch {
    print("error: \(error)")
    exit(1)
}
