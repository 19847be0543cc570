/// Groups sequences into batches of similar length: sequences are sorted by token count,
/// longest first, then by their token ids (so questions that open alike share a batch, and
/// ``DistinctTokens`` finds more repeated first-layer rows), then by input position (so the plan
/// is deterministic), and cut into runs of at most `tokenBudget` tokens and `maxSequences`
/// sequences (a longer sequence gets a batch alone). Longest first means the last batch, the
/// only partly filled one, holds the shortest sequences: it is the cheapest, so parallel workers
/// finish at nearly the same time.
struct BatchPlan: Sendable, Equatable {
    /// Input positions of each batch's sequences.
    let batches: [[Int]]

    init(sequences: [[Int]], tokenBudget: Int, maxSequences: Int) {
        let lengths = sequences.map(\.count)
        let order = sequences.indices.sorted { a, b in
            if lengths[a] != lengths[b] { return lengths[a] > lengths[b] }
            if sequences[a] != sequences[b] { return sequences[a].lexicographicallyPrecedes(sequences[b]) }
            return a < b
        }
        var batches: [[Int]] = []
        var current: [Int] = []
        var tokens = 0
        for index in order {
            if !current.isEmpty, tokens + lengths[index] > tokenBudget || current.count >= maxSequences {
                batches.append(current)
                current = []
                tokens = 0
            }
            current.append(index)
            tokens += lengths[index]
        }
        if !current.isEmpty { batches.append(current) }
        self.batches = batches
    }
}
