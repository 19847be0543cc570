import Testing
@testable import ActiveLearning

@Suite struct StrategyIdentityTests {
    @Test func strategiesAreEqualByTypeAndSettings() {
        #expect(Strategy.margin == .margin && Strategy.margin != .entropy)
        #expect(Strategy.typiClust() == .typiClust() && Strategy.typiClust(neighbors: 5) != .typiClust())
        #expect(Strategy.softmaxSampling(.margin) == .softmaxSampling(.margin))
        #expect(Strategy.softmaxSampling(.margin) != .softmaxSampling(.entropy))
        #expect(Strategy.softmaxSampling(.margin, temperature: 2) != .softmaxSampling(.margin))
        #expect(Set<Strategy>([.margin, .margin, .entropy, .queryByCommittee()]).count == 3)
        // A custom strategy with the same display name as a built-in one is still another strategy.
        #expect(Strategy(Named(name: "margin")) != .margin)
    }

    @Test func shortNamesDropTheSettings() {
        #expect(Strategy.typiClust().name == "TypiClust (typicality)" && Strategy.typiClust().shortName == "TypiClust")
        #expect(Strategy.coreSet.shortName == "core-set" && Strategy.bald().shortName == "BALD")
        #expect(Strategy.queryByCommittee().shortName == "query by committee")
        #expect(Strategy.informationDensity().shortName == "information density")
        #expect(Strategy.margin.shortName == "margin")
        #expect(Strategy.powerSampling(.margin).shortName == "margin, power")
    }

    @Test func verdictsFollowTheInterval() throws {
        #expect(PairedDifference([0.1, 0.2, 0.15]).verdict == .better)
        #expect(PairedDifference([-0.1, -0.2, -0.15]).verdict == .worse)
        #expect(PairedDifference([-0.1, 0.2, 0.0]).verdict == .noClearDifference)
        #expect(PairedDifference([0.3]).verdict == .noClearDifference)
        #expect(PairedDifference([0.1, 0.2]).mean == Summary([0.1, 0.2]).mean)
    }
}
