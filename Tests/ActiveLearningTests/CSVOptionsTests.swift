import Testing
import Foundation
@testable import ActiveLearning

@Suite struct CSVOptionsTests {
    /// scikit-learn's layout: a first line of counts and class names, then integer-coded rows.
    let sklearnStyle = "4,2,setosa,versicolor\n5.1,3.5,0\n4.9,3.0,0\n7.0,3.2,1\n6.4,3.2,1\n"

    @Test func skipsLinesTakesColumnNamesAndKeepsClassNames() throws {
        let data = try Dataset.csv(text: sklearnStyle, labelColumn: "species", skipLines: 1,
                                   columns: ["sepal length", "sepal width", "species"],
                                   classNames: ["setosa", "versicolor"])
        #expect(data.count == 4 && data.featureCount == 2)
        #expect(data.classNames == ["setosa", "versicolor"] && data.labels == [0, 0, 1, 1])
        #expect(data.features[2, 0] == 7.0)
    }

    @Test func classNamesAlsoMatchLabelTextsInTheirOrder() throws {
        let data = try Dataset.csv(text: "x,kind\n1,b\n2,a\n3,b\n", classNames: ["b", "a"])
        #expect(data.classNames == ["b", "a"] && data.labels == [0, 1, 0])
    }

    @Test func aLabelOutsideTheClassNamesIsALocatedError() {
        #expect(throws: DataError.unknownClass(file: "data.csv", line: 3, value: "7", classNames: ["a", "b"])) {
            try Dataset.csv(text: "x,y\n1,0\n2,7\n", classNames: ["a", "b"])
        }
    }

    @Test func withoutColumnNamesTheFirstLineLeftIsTheHeader() throws {
        let data = try Dataset.csv(text: "# a comment line\nx,label\n1,a\n2,b\n", skipLines: 1)
        #expect(data.count == 2 && data.classNames == ["a", "b"])
        // Line numbers in errors stay the file's.
        #expect(throws: DataError.raggedRow(file: "data.csv", line: 4, expected: 2, found: 3)) {
            try Dataset.csv(text: "# skipped\nx,label\n1,a\n2,b,3\n", skipLines: 1)
        }
    }

    @Test func relativePathsResolveAgainstTheWorkingDirectory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UInt64.random(in: 1...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "x,label\n1,a\n2,b\n".write(to: folder.appendingPathComponent("small.csv"), atomically: true, encoding: .utf8)
        // A relative path to the file from the working directory, which the test leaves alone:
        // tests run in parallel in one process, and changing it would move the others' paths.
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relative = String(repeating: "../", count: depth) + folder.path.drop { $0 == "/" } + "/small.csv"
        #expect(!relative.hasPrefix("/"))
        #expect(try Dataset.csv(contentsOf: relative).count == 2)
    }
}
