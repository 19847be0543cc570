import Testing
@testable import NotebookKit

/// Non-finite data at the engine's entry points: a lesson cell hands NaN or an infinity to each,
/// and the run fails at that cell's line with the engine's error naming the problem — never a
/// trap, never NaN results. `notebook run`, so nothing in the project may change.
@Suite struct EngineFaultTests {
    /// The line of `call` in `lesson(setup:call:)`.
    static let callLine = 11

    /// A lesson whose one cell builds `bad` (a 4 × 2 matrix with NaN at row 2, column 1), runs
    /// `setup`, prints "before", then runs `call` on line `callLine`.
    static func lesson(setup: String = "_ = 0", _ call: String) -> [String: String] {
        let text = """
        # Non-finite data

        ```swift
        import ActiveLearning
        import Charts
        import LinearAlgebra
        var bad = Matrix(rows: 4, columns: 2, repeating: 1)
        bad[2, 1] = .nan
        \(setup)
        print("before")
        \(call)
        ```

        """
        return ["Notebooks/x.md": text]
    }

    static func fault(_ name: String, setup: String = "_ = 0", _ call: String, column: Int, _ message: String) -> Fault {
        Fault(name: name, lessons: [:], files: lesson(setup: setup, call), arguments: ["run", "Notebooks/x.md"], status: 1,
              messages: ["Notebooks/x.md:\(callLine):\(column): error: uncaught error: \(message)", "before"],
              absent: ["/tmp/", "Fatal error", "nan probabilities", "in the cell that starts"])
    }

    static let fitted = "let fitted = try LogisticRegression().fit(Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), labels: [0, 1, 0, 1], classCount: 2)"

    static let cases: [Fault] = [
        fault("a data set from rows with NaN", "let d = try Dataset(features: [[1, 2], [.nan, 0]], labels: [0, 1], classNames: [\"a\", \"b\"])",
              column: 13, "data: feature 0 of row 1 is nan; features must be finite numbers"),
        fault("a data set given a matrix with NaN", "let d = try Dataset(features: bad, labels: [0, 1, 0, 1], classNames: [\"a\", \"b\"])",
              column: 13, "data: feature 1 of row 2 is nan; features must be finite numbers"),
        fault("new features with an infinity", setup: "let d = try Dataset(features: [[1], [2]], labels: [0, 1], classNames: [\"a\", \"b\"])",
              "let e = try d.withFeatures([[1], [-Double.infinity]])", column: 15, "data: feature 0 of row 1 is -inf; features must be finite numbers"),
        fault("a CSV file with nan", "let d = try Dataset.csv(text: \"x,y,label\\n1,2,a\\n3,nan,b\\n\")",
              column: 21, "data.csv:3:2: column 2 (\"y\") holds \"nan\", which is not a finite number"),
        fault("a matrix from rows with an infinity", "let m = try Matrix([[1, 2], [3, .infinity]])",
              column: 13, "the value at row 1, column 1 is inf; a matrix of data must hold finite numbers"),
        fault("a matrix from values with NaN", "let m = try Matrix(rows: 1, columns: 2, values: [0, .nan])",
              column: 13, "the value at row 0, column 1 is nan; a matrix of data must hold finite numbers"),
        fault("fitting on NaN", "let f = try LogisticRegression().fit(bad, labels: [0, 1, 0, 1], classCount: 2)",
              column: 34, "feature 1 of row 2 is NaN or infinite; features must be finite numbers"),
        fault("predicting NaN", setup: fitted, "let p = try fitted.predict(bad)",
              column: 20, "feature 1 of row 2 is NaN or infinite; features must be finite numbers"),
        fault("naive Bayes predicting NaN", setup: "let nb = try NaiveBayes().fit(Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), labels: [0, 1, 0, 1], classCount: 2)",
              "let p = try nb.predictProbabilities(bad)", column: 16, "feature 1 of row 2 is NaN or infinite; features must be finite numbers"),
        fault("standardising NaN", "let z = try StandardScaler(fitting: Matrix([[0, 1], [1, 0]])).transform(bad)",
              column: 63, "feature 1 of row 2 is NaN or infinite; features must be finite numbers"),
        fault("PCA of NaN", "let p = try PCA(fitting: bad)", column: 13, "feature 1 of row 2 is NaN or infinite; features must be finite numbers"),
        fault("a strategy scoring NaN", "let s = try Typicality.scores(bad)",
              column: 24, "typicality: the features hold NaN or an infinity (row 2, column 1); they must be finite numbers"),
        fault("a committee's probabilities with NaN", "let s = try QueryByCommittee.Disagreement.voteEntropy.scores([bad, bad])",
              column: 55, "query by committee: the probabilities hold NaN or an infinity (row 2, column 1); they must be finite numbers"),
        fault("augmenting NaN", setup: "var generator = SeededGenerator(seed: 1)",
              "let a = try GaussianJitter().augment(bad, labels: [0, 1, 0, 1], using: &generator)",
              column: 30, "Gaussian jitter (0.05 sd): feature 1 of row 2 is NaN or infinite; features must be finite numbers"),
        fault("a chart of NaN", "let c = try LineChart(title: \"t\", series: [.init(name: \"s\", x: [0, 1], y: [0, .nan])])",
              column: 13, "LineChart: series \"s\" y[1] is not a finite number (NaN or infinite)"),
    ]

    @Test(arguments: cases) func fault(_ fault: Fault) throws { try fault.check() }
}
