import NotebookRuntime

extension Comparison {
    /// The seam where the learning-curve chart goes: the SVG outputs shown after the table
    /// (mean accuracy per strategy against labels, ± one standard deviation as a band; data in
    /// `curves`). Empty until the Charts module draws it.
    func chartOutputs() -> [DisplayOutput] {
        []
    }
}
