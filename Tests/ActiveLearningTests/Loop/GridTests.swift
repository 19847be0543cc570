import Testing
import Charts
import NotebookRuntime
@testable import ActiveLearning

@Suite struct GridTests {
    let iris = try! Dataset.iris().split(test: 0.3, seed: 7)
    let budget = Budget(initial: 3, batch: 3, rounds: 4)
    let base = Model.logisticRegression(c: 1)

    var study: Study { Study(data: iris, model: base, budget: budget, seeds: 0..<4) }

    @Test func cellsEqualStudiesRunOnePerVariant() throws {
        let plain = Variant("none", model: base)
        let bayes = Variant("naive Bayes", short: "NB", model: .naiveBayes)
        let grid = try study.compare(variants: [plain, bayes], strategies: [.random, .margin])
        // Each cell is what a study with that model gives on its own.
        let byHand = try Study(data: iris, model: .naiveBayes, budget: budget, seeds: 0..<4).run(.margin)
        let cell = try grid.cell(bayes, .margin)
        #expect(cell.result.runs.map(\.accuracies) == byHand.runs.map(\.accuracies))
        #expect(cell.difference == byHand.aulcDifference(from: try grid.cell(plain, .margin).result))
        #expect(try grid.cell(plain, .margin).verdict == .baseline && cell.verdict != .baseline)
        #expect(try grid.cell(plain, .random).difference.perSeed == [0, 0, 0, 0])
        #expect(try grid.cells(.random).map(\.variant) == [plain, bayes])
        #expect(throws: StudyError.self) { try grid.cell(Variant("other", model: base), .margin) }
        #expect(grid[Variant("other", model: base), .margin] == nil && grid[bayes, .margin]?.isBaseline == false)
    }

    @Test func anyVariantCanBeTheBaseline() throws {
        let plain = Variant("none", model: base), bayes = Variant("naive Bayes", model: .naiveBayes)
        let first = try study.compare(variants: [plain, bayes], strategies: [.margin])
        let flipped = try study.compare(variants: [plain, bayes], strategies: [.margin], baseline: bayes)
        #expect(try flipped.cell(bayes, .margin).isBaseline)
        let forward = try first.cell(bayes, .margin).difference.perSeed
        let backward = try flipped.cell(plain, .margin).difference.perSeed
        #expect(zip(forward, backward).allSatisfy { $0 == -$1 })
    }

    @Test func showsAsATableAndADifferenceChart() throws {
        let grid = try study.compare(variants: [Variant("none", model: base), Variant("<C = 4>", short: "C4", model: .logisticRegression(c: 4))],
                                     strategies: [.random, .margin])
        let table = grid.titled("model").table
        #expect(table.header == ["model", "AULC, random", "Δ random [95% CI]", "AULC, margin", "Δ margin [95% CI]"])
        #expect(table.rows[0][2] == "baseline" && table.rows[1][0] == "<C = 4>")
        #expect(table.rows[1][2] == (try grid.cell(grid.variants[1], .random)).difference.signedWithInterval())
        let chart = try grid.differenceChart()
        #expect(chart.bars.map(\.label) == ["C4, random", "C4, margin"])
        #expect(chart.bars.allSatisfy { $0.interval != nil })
        let outputs = grid.displayOutputs
        #expect(outputs.count == 2)
        #expect(outputs[0].mime == .html && outputs[0].data.contains("&lt;C = 4&gt;"))
        #expect(outputs[1].mime == .svg)
    }

    @Test func refusesDuplicateNamesAndEmptyAxes() {
        let a = Variant("same", model: base), b = Variant("same", model: .naiveBayes)
        #expect(throws: StudyError.duplicateVariant(name: "same")) { try study.compare(variants: [a, b], strategies: [.margin]) }
        #expect(throws: StudyError.noVariants) { try study.compare(variants: [], strategies: [.margin]) }
        #expect(throws: StudyError.noStrategies) { try study.compare(variants: [a], strategies: []) }
    }
}
