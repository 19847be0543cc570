import LinearAlgebra

/// A strategy that scores every candidate from its predicted class probabilities and takes the
/// `count` highest scores (top-k batch mode). Exact ties are broken at random: each candidate
/// draws a random key from the round's generator, and among equal scores the smaller key wins.
public protocol ScoringStrategy: QueryStrategy {
    /// One score per row of `probabilities` (a row per candidate); higher is queried first.
    func scores(_ probabilities: Matrix) -> [Double]
}

extension ScoringStrategy {
    public func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int] {
        try requireFinite(context.probabilities, name, "probabilities")
        let scores = scores(context.probabilities)
        let positions = topK(scores, count, using: &generator)
        return positions.map { context.unlabeled[$0] }
    }
}

/// Positions of the `count` largest `scores`, largest first, exact ties in random order.
func topK(_ scores: [Double], _ count: Int, using generator: inout SeededGenerator) -> [Int] {
    let keys = scores.map { _ in generator.next() }
    let k = min(max(count, 0), scores.count)
    guard k > 0 else { return [] }
    // Only candidates scoring at least the k-th largest score can be chosen; order just those.
    let threshold = scores.contains(where: \.isNaN) ? scores.sorted(by: >)[k - 1] : kthLargest(scores, k)
    let order = scores.indices.filter { scores[$0] >= threshold }.sorted { a, b in
        scores[a] != scores[b] ? scores[a] > scores[b] : keys[a] < keys[b]
    }
    return Array(order.prefix(k))
}

/// The k-th largest of `values` (counting repeats), NaN-free, for 1 ≤ k ≤ count: the smallest of
/// the k largest seen, kept in a binary min-heap, so O(n log k) instead of a sort. The value is
/// `values.sorted(by: >)[k - 1]`'s, whatever the order of the work.
func kthLargest(_ values: [Double], _ k: Int) -> Double {
    var heap = Array(values.prefix(k))
    func siftDown(_ start: Int) {
        var i = start
        while true {
            let left = 2 * i + 1, right = left + 1
            var smallest = i
            if left < heap.count, heap[left] < heap[smallest] { smallest = left }
            if right < heap.count, heap[right] < heap[smallest] { smallest = right }
            if smallest == i { return }
            heap.swapAt(i, smallest)
            i = smallest
        }
    }
    for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
    for value in values.dropFirst(k) where value > heap[0] {
        heap[0] = value
        siftDown(0)
    }
    return heap[0]
}

/// The largest and second-largest value of a probability row.
func topTwo(_ row: ArraySlice<Double>) -> (first: Double, second: Double) {
    var first = -Double.infinity, second = -Double.infinity
    for p in row {
        if p > first { (first, second) = (p, first) } else if p > second { second = p }
    }
    return (first, second.isFinite ? second : 0)
}
