/// The simulated annotator: it holds the pool's true labels and reveals one only when asked,
/// counting how many it revealed.
public struct Oracle: Sendable {
    private let hiddenLabels: [Int]
    /// How many labels have been revealed.
    public private(set) var queries = 0

    /// An oracle for the pool whose true labels are `labels`.
    public init(labels: [Int]) { hiddenLabels = labels }

    /// Reveals the label of pool example `index`.
    public mutating func label(_ index: Int) -> Int {
        queries += 1
        return hiddenLabels[index]
    }
}
