import Foundation
import LinearAlgebra

extension Dataset {
    /// Loads a CSV file with a header line: every column but the label column is a numeric
    /// feature; the label column holds class names (any text). Classes are sorted — numerically
    /// when every label is an integer, otherwise alphabetically — and labels index that order.
    ///
    /// Options for files that are not laid out that way:
    /// - `skipLines`: the first `skipLines` lines of the file are ignored (e.g. scikit-learn's
    ///   `150,4,setosa,versicolor,virginica` line);
    /// - `columns`: the column names; the file then has no header line, every line left is data;
    /// - `classNames`: the classes, in label order; the label column holds either these names or
    ///   their indices `0..<classNames.count` (so integer-coded files keep their names).
    ///
    /// A relative `path` is resolved against the working directory, which for a lesson is the
    /// lesson's folder (the runner starts every lesson program there).
    ///
    /// Errors name the file, line and column: an empty file, a ragged row, a value that is not
    /// a finite number, a label that is not one of `classNames`, or a label column that does
    /// not exist.
    public static func csv(contentsOf path: String, labelColumn: LabelColumn = .last, name: String? = nil,
                           skipLines: Int = 0, columns: [String]? = nil,
                           classNames: [String]? = nil) throws(DataError) -> Dataset {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadableFile(file: path, reason: FileManager.default.fileExists(atPath: path) ? "not UTF-8 text" : "no such file")
        }
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        return try csv(text: text, file: fileName, labelColumn: labelColumn, name: name,
                       skipLines: skipLines, columns: columns, classNames: classNames)
    }

    /// Parses CSV `text` as `csv(contentsOf:)` does; `file` is the name used in error messages.
    public static func csv(text: String, file: String = "data.csv", labelColumn: LabelColumn = .last, name: String? = nil,
                           skipLines: Int = 0, columns: [String]? = nil,
                           classNames: [String]? = nil) throws(DataError) -> Dataset {
        let reader = try CSVReader(text: text, file: file, skipLines: skipLines)
        let headers = columns ?? reader.records[0].fields.map(\.trimmingSpaces)
        guard let labelIndex = labelColumn.position(in: headers) else {
            throw .unknownLabelColumn(file: file, column: labelColumn.description, available: headers)
        }
        var rows: [[Double]] = []
        var labelTexts: [String] = []
        var labelLines: [Int] = []
        for record in reader.records.dropFirst(columns == nil ? 1 : 0) {
            guard record.fields.count == headers.count else {
                throw .raggedRow(file: file, line: record.line, expected: headers.count, found: record.fields.count)
            }
            var featureRecord = record
            featureRecord.fields.remove(at: labelIndex)
            var featureHeaders = headers
            featureHeaders.remove(at: labelIndex)
            do {
                rows.append(try reader.numbers(featureRecord, expected: headers.count - 1, headers: featureHeaders))
            } catch let DataError.nonNumeric(file, line, column, header, value) {
                // Report the column as it is in the file, counting the label column.
                let fileColumn = column > labelIndex ? column + 1 : column
                throw .nonNumeric(file: file, line: line, column: fileColumn, header: header, value: value)
            }
            labelTexts.append(record.fields[labelIndex].trimmingSpaces)
            labelLines.append(record.line)
        }
        let names = classNames ?? sortedClassNames(Set(labelTexts))
        let labelOf = Dictionary(names.enumerated().map { ($1, $0) }) { first, _ in first }
        var labels: [Int] = []
        labels.reserveCapacity(labelTexts.count)
        for (text, line) in zip(labelTexts, labelLines) {
            if let label = labelOf[text] {
                labels.append(label)
            } else if classNames != nil, let index = Int(text), names.indices.contains(index) {
                labels.append(index)
            } else {
                throw .unknownClass(file: file, line: line, value: text, classNames: names)
            }
        }
        let matrix = (try? Matrix(rows)) ?? Matrix(rows: 0, columns: headers.count - 1)
        return try Dataset(name: name ?? file, features: matrix, labels: labels, classNames: names)
    }

    /// Class names in numeric order when all are integers, otherwise in alphabetical order.
    static func sortedClassNames(_ names: Set<String>) -> [String] {
        if names.allSatisfy({ Int($0) != nil }) {
            return names.sorted { Int($0)! < Int($1)! }
        }
        return names.sorted()
    }
}
