import Foundation
import LinearAlgebra

extension Dataset {
    /// Fisher's Iris (UCI, CC BY 4.0, as shipped by scikit-learn): 150 flowers, 4 measurements
    /// in cm (sepal length, sepal width, petal length, petal width), 3 classes.
    public static func iris() throws(DataError) -> Dataset {
        let file = "iris.csv"
        let reader = try CSVReader(text: try bundledText(file), file: file)
        let header = reader.records[0].fields
        guard header.count >= 3, let featureCount = Int(header[1]) else {
            throw .malformedLine(file: file, line: reader.records[0].line, reason: "expected `rows,features,class names...`")
        }
        let (features, labels) = try numericRows(reader, columns: featureCount + 1)
        return try Dataset(name: "iris", features: features, labels: labels, classNames: Array(header[2...]))
    }

    /// Optical recognition of handwritten digits (UCI, CC BY 4.0, as shipped by scikit-learn):
    /// 1797 images of 8x8 pixels with values 0...16 (the 64 features, row by row), classes "0"..."9".
    /// The images are kept as `items` for display.
    public static func digits() throws(DataError) -> Dataset {
        let file = "digits.csv"
        let reader = try CSVReader(text: try bundledText(file), file: file)
        let (features, labels) = try numericRows(reader, columns: 65)
        let images = (0..<features.rows).map { Item.image(width: 8, height: 8, pixels: Array(features.row($0))) }
        return try Dataset(name: "digits", features: features, labels: labels,
                           classNames: (0...9).map(String.init), items: images)
    }

    /// Reads records whose last column is an integer label and the others features.
    private static func numericRows(_ reader: CSVReader, columns: Int) throws(DataError) -> (Matrix, [Int]) {
        var values: [Double] = []
        var labels: [Int] = []
        for record in reader.records.dropFirst(reader.file == "iris.csv" ? 1 : 0) {
            let numbers = try reader.numbers(record, expected: columns)
            values.append(contentsOf: numbers.dropLast())
            labels.append(Int(numbers[columns - 1]))
        }
        let matrix = (try? Matrix(rows: labels.count, columns: columns - 1, values: values)) ?? Matrix(rows: 0, columns: 0)
        return (matrix, labels)
    }

    /// The text of a bundled resource file.
    static func bundledText(_ file: String) throws(DataError) -> String {
        let url = URL(fileURLWithPath: file)
        let base = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension
        guard let found = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: base, withExtension: ext),
              let data = FileManager.default.contents(atPath: found.path) else {
            throw .missingResource(name: file)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
