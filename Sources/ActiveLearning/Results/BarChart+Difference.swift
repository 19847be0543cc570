import Charts

extension BarChart.Bar {
    /// A bar for a paired difference: its mean, with its 95% interval when there is one.
    public init(label: String, _ difference: PairedDifference) {
        self.init(label: label, value: difference.mean,
                  interval: difference.interval.map { .init(lower: $0.lowerBound, upper: $0.upperBound) })
    }
}
