/// The distinct (token id, position) pairs of a packed batch.
///
/// The first layer's query, key and value rows are a function of the embedding row alone,
/// `LayerNorm(word[id] + position[p] + tokenType[0])`, so tokens with the same id at the same
/// position share them: every sequence starts with `[CLS]` at 0, sequences of one length (a
/// batch holds similar lengths) end with `[SEP]` — often after `?` — at the same position, and
/// many questions open alike. On TREC about half of a batch's tokens repeat a pair, so the
/// first layer projects only the distinct rows and copies the results.
struct DistinctTokens: Equatable {
    /// For each distinct pair, the packed index of its first token.
    let firstToken: [Int]
    /// For each token of the batch, the index of its pair in ``firstToken``.
    let pairOfToken: [Int]

    var count: Int { firstToken.count }

    init(_ sequences: [[Int]]) {
        var index: [Int: Int] = [:]
        var firstToken: [Int] = []
        var pairOfToken: [Int] = []
        pairOfToken.reserveCapacity(sequences.reduce(0) { $0 + $1.count })
        for ids in sequences {
            for (position, id) in ids.enumerated() {
                let key = id &* 4096 &+ position  // positions are below BERT's 512
                if let pair = index[key] {
                    pairOfToken.append(pair)
                } else {
                    index[key] = firstToken.count
                    pairOfToken.append(firstToken.count)
                    firstToken.append(pairOfToken.count - 1)
                }
            }
        }
        self.firstToken = firstToken
        self.pairOfToken = pairOfToken
    }
}
