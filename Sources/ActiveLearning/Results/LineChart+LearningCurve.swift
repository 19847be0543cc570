import Charts

extension LineChart.Series {
    /// A learning curve as a line: mean accuracy against labels, ± one standard deviation as a
    /// band (`spread: false` for the line alone), named by the curve or by `name`.
    public init(_ curve: LearningCurve, name: String? = nil, spread: Bool = true) {
        self.init(name: name ?? curve.name, x: curve.labels.map(Double.init), y: curve.accuracyMean,
                  spread: spread ? curve.accuracyStandardDeviation : nil)
    }
}
