/// Variants × strategies (`Study.compare(variants:strategies:)`): every variant's runs with
/// every strategy, and each variant's AULC difference from the baseline variant with the same
/// strategy, paired by seed. Shows as a table and a chart of the differences with their 95%
/// intervals. Cells are keyed by value: `try grid.cell(rotation, .margin)`, or
/// `grid[rotation, .margin]` (optional, as in a dictionary).
public struct Grid: Sendable {
    /// One variant with one strategy.
    public struct Cell: Sendable {
        public let variant: Variant
        public let strategy: Strategy
        /// Its runs and learning curve.
        public let result: StrategyResult
        /// Per-seed AULC minus the baseline variant's with the same strategy; zeros on the
        /// baseline's own cells.
        public let difference: PairedDifference
        /// Whether `variant` is the grid's baseline.
        public let isBaseline: Bool

        /// `.baseline` on the baseline's cells, otherwise from the paired interval.
        public var verdict: Verdict { isBaseline ? .baseline : difference.verdict }
        /// The learning curve (mean and sd over seeds).
        public var curve: LearningCurve { result.curve }
        /// The AULC of the mean curve.
        public var aulc: Double { result.curve.aulc }
    }

    /// The variants, in the order given (table rows).
    public let variants: [Variant]
    /// The strategies, in the order given (table column groups).
    public let strategies: [Strategy]
    /// The variant every other is compared with.
    public let baseline: Variant
    /// `cells[v][s]` for `variants[v]` and `strategies[s]`.
    public let cells: [[Cell]]
    /// A one-line description of the set-up (data, budget, seeds) for captions.
    public let setting: String
    /// The title of the table's first column ("variant"; e.g. "augmentation").
    public var variantTitle = "variant"

    /// A grid of results, `results[v][s]` for `variants[v]` with `strategies[s]`.
    public init(variants: [Variant], strategies: [Strategy], baseline: Variant, results: [[StrategyResult]], setting: String) {
        self.variants = variants
        self.strategies = strategies
        self.baseline = baseline
        self.setting = setting
        let b = variants.firstIndex(of: baseline) ?? 0
        cells = variants.indices.map { v in
            strategies.indices.map { s in
                Cell(variant: variants[v], strategy: strategies[s], result: results[v][s],
                     difference: results[v][s].aulcDifference(from: results[b][s]), isBaseline: v == b)
            }
        }
    }

    /// The cell of `variant` with `strategy`, nil when the grid has none (as a dictionary does).
    public subscript(variant: Variant, strategy: Strategy) -> Cell? {
        guard let v = variants.firstIndex(of: variant), let s = strategies.firstIndex(of: strategy) else { return nil }
        return cells[v][s]
    }

    /// The cell of `variant` with `strategy`; throws when the grid has none.
    public func cell(_ variant: Variant, _ strategy: Strategy) throws(StudyError) -> Cell {
        guard let cell = self[variant, strategy] else { throw .notInGrid(variant: variant.name, strategy: strategy.name) }
        return cell
    }

    /// How much more `variant` changes `strategy`'s AULC than `other`'s, paired by seed:
    /// `dₛ(variant, strategy) − dₛ(variant, other)`, each `d` the difference from the baseline
    /// variant (e.g. whether a training scheme costs margin sampling more than random sampling).
    public func interaction(_ variant: Variant, _ strategy: Strategy, versus other: Strategy) throws(StudyError) -> PairedDifference {
        let a = try cell(variant, strategy).difference.perSeed, b = try cell(variant, other).difference.perSeed
        return PairedDifference(zip(a, b).map { $0 - $1 })
    }

    /// The same grid with `variantTitle` set: `grid.titled("augmentation")`.
    public func titled(_ variantTitle: String) -> Grid {
        var copy = self
        copy.variantTitle = variantTitle
        return copy
    }

    /// Every cell of `strategy`, in variant order.
    public func cells(_ strategy: Strategy) throws(StudyError) -> [Cell] {
        guard let s = strategies.firstIndex(of: strategy) else { throw .notInGrid(variant: "(any)", strategy: strategy.name) }
        return cells.map { $0[s] }
    }
}
