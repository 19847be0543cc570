import Testing
import NotebookRuntime

@Suite struct FixedDecimalTests {
    @Test(arguments: [
        (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (2.0, 2, "2.00"), (-0.001, 2, "0.00"), (0.0, 0, "0"),
        (1234.5678, 1, "1234.6"), (0.05, 3, "0.050"), (-7.0, 0, "-7"), (0.999, 2, "1.00"), (1e-9, 4, "0.0000"),
    ])
    func formats(value: Double, decimals: Int, expected: String) {
        #expect(FixedDecimal.string(value, decimals: decimals) == expected)
    }

    @Test func nonFiniteValuesAreNamed() {
        #expect(FixedDecimal.string(.nan, decimals: 2) == "nan")
        #expect(FixedDecimal.string(.infinity, decimals: 2) == "inf")
        #expect(FixedDecimal.string(-.infinity, decimals: 2) == "-inf")
    }

    @Test func decimalsAreClamped() {
        #expect(FixedDecimal.string(1.5, decimals: -3) == "2")
        #expect(FixedDecimal.string(0.5, decimals: 40).count == "0.".count + 15)
    }

    @Test func displayUsesTypographicMinus() {
        #expect(FixedDecimal.display(-0.5, decimals: 1) == "\u{2212}0.5")
        #expect(FixedDecimal.display(0.5, decimals: 1) == "0.5")
        #expect(FixedDecimal.display(-0.001, decimals: 1) == "0.0")
    }
}
