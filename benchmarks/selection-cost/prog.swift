// Selection cost of each query strategy on a pool of 100,000 × 384 random features, 10 classes,
// a logistic regression fitted on 1,000 labeled examples, batch 100. One strategy per process
// (so the caller can read each one's peak memory); prints `<strategy>\t<seconds>` on stdout.
import ActiveLearning
import Dispatch
import LinearAlgebra

let arguments = CommandLine.arguments
let which = arguments.count > 1 ? arguments[1] : "none"
let (n, d, classes, labeledCount, batch) = (100_000, 384, 10, 1_000, 100)

// Features ~ N(0, 1); labels = argmax of a random linear teacher (so every class occurs).
var generator = SeededGenerator(seed: 42)
var values = [Double](repeating: 0, count: n * d)
for i in values.indices { values[i] = generator.nextNormal() }
let pool = try Matrix(rows: n, columns: d, values: values)
values = []
var teacherValues = [Double](repeating: 0, count: d * classes)
for i in teacherValues.indices { teacherValues[i] = generator.nextNormal() }
let scores = try pool.multiplied(by: Matrix(rows: d, columns: classes, values: teacherValues))
let truth = (0..<n).map { r in (0..<classes).max { scores[r, $0] < scores[r, $1] }! }

let labeled = Array(0..<labeledCount)
let labels = labeled.map { truth[$0] }
let unlabeled = Array(labeledCount..<n)
let useMLP = which == "bald"
let model: Model = useMLP ? .mlp(hidden: 64, epochs: 20, dropout: 0.3) : .logisticRegression(c: 1, tolerance: 1e-4, maxIterations: 200)
let fitted = try model.classifier.fit(pool.rows(at: labeled), labels: labels, classCount: classes)
let probabilities = try fitted.predictProbabilities(pool).rows(at: unlabeled)
let context = QueryContext(model: model, fitted: fitted, poolFeatures: pool, labeled: labeled, labels: labels,
                           unlabeled: unlabeled, probabilities: probabilities, round: 1)

let strategies: [String: Strategy] = [
    "random": .random, "entropy": .entropy, "margin": .margin,
    "qbc": .queryByCommittee(members: 5, disagreement: .voteEntropy),
    "qbc-kl": .queryByCommittee(members: 5, disagreement: .kullbackLeibler),
    "density": .informationDensity(), "coreset": .coreSet, "badge": .badge,
    "softmax": .softmaxSampling(.entropy, temperature: 0.1), "power": .powerSampling(.entropy, beta: 4),
    "bald": .bald(samples: 20),
]

var rng = SeededGenerator(seed: 1)
let start = DispatchTime.now().uptimeNanoseconds
var picked = 0
switch which {
case "none":
    break
case "typiclust":
    picked = try TypiClust(maxIterations: 10).coldStart(batch, features: pool, seed: 1).count
default:
    guard let strategy = strategies[which] else { fatalError("unknown strategy \(which)") }
    picked = try strategy.base.select(batch, from: context, using: &rng).count
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print("\(which)\t\(seconds)\t\(picked)")
