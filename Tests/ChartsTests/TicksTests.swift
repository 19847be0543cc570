import Testing
import Charts

@Suite struct TicksTests {
    @Test func unitIntervalInFiveSteps() {
        let ticks = Ticks(lower: 0, upper: 1, count: 5)
        #expect(ticks.step == 0.2)
        #expect(ticks.values.map(ticks.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(ticks.decimals == 1)
    }

    @Test func extendWidensToWholeSteps() {
        let ticks = Ticks(lower: 0.43, upper: 0.97, count: 5)
        #expect(ticks.step == 0.1)
        #expect(ticks.lower == 0.4)
        #expect(ticks.upper == 1.0)
        #expect(ticks.values.map(ticks.label) == ["0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"])
    }

    @Test func withoutExtendTicksStayInside() {
        let ticks = Ticks(lower: 6, upper: 36, count: 5, extend: false)
        #expect(ticks.lower == 6 && ticks.upper == 36)
        #expect(ticks.step == 5)
        #expect(ticks.values == [10, 15, 20, 25, 30, 35])
        #expect(ticks.decimals == 0)
    }

    @Test func negativeRangesAndTypographicMinus() {
        let ticks = Ticks(lower: -0.07, upper: 0.055, count: 6)
        #expect(ticks.step == 0.02)
        #expect(ticks.lower == -0.08 && ticks.upper == 0.06)
        #expect(ticks.label(-0.08) == "\u{2212}0.08")
        #expect(ticks.values.contains(0))
    }

    @Test func reversedAndDegenerateInput() {
        #expect(Ticks(lower: 1, upper: 0) == Ticks(lower: 0, upper: 1))
        let flat = Ticks(lower: 5, upper: 5, count: 4)
        #expect(flat.lower < 5 && flat.upper > 5)
        #expect(flat.values.contains(5))
        let zero = Ticks(lower: 0, upper: 0)
        #expect(zero.lower <= -1 && zero.upper >= 1)
        let broken = Ticks(lower: .nan, upper: 3)
        #expect(broken.lower == 0 && broken.upper == 1)
    }

    @Test func largeAndTinyMagnitudes() {
        let big = Ticks(lower: 0, upper: 12_000, count: 5)
        #expect(big.step == 2000)
        #expect(big.label(12_000) == "12000")
        let tiny = Ticks(lower: 0.0001, upper: 0.0009, count: 4)
        #expect(tiny.step == 0.0002)
        #expect(tiny.decimals == 4)
    }

    /// Over many ranges: steps are 1, 2 or 5 × 10^k, the tick count is near the request, the
    /// ticks cover the data, and every label printed with `decimals` is exact.
    @Test func stepsAreOneTwoFiveAcrossManyRanges() {
        for lowerIndex in -20...20 {
            for width in [0.003, 0.7, 1, 3.3, 17, 95, 1234] {
                let lower = Double(lowerIndex) * 0.37 * width
                let ticks = Ticks(lower: lower, upper: lower + width, count: 5)
                var mantissa = ticks.step
                while mantissa >= 10 { mantissa /= 10 }
                while mantissa < 1 { mantissa *= 10 }
                #expect([1.0, 2.0, 5.0].contains { abs(mantissa - $0) < 1e-9 }, "step \(ticks.step)")
                #expect((3...12).contains(ticks.values.count), "\(ticks.values.count) ticks for \(lower)…\(lower + width)")
                #expect(ticks.lower <= lower && ticks.upper >= lower + width)
                for value in ticks.values {
                    let label = ticks.label(value).replacingMinus()
                    #expect(abs((Double(label) ?? .nan) - value) < ticks.step * 1e-6, "label \(label) for \(value)")
                }
            }
        }
    }
}

extension String {
    func replacingMinus() -> String { hasPrefix("\u{2212}") ? "-" + dropFirst() : self }
}
