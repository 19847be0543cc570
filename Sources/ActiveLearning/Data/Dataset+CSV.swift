import Foundation
import LinearAlgebra

extension Dataset {
    /// Loads a CSV file with a header line: every column but the label column is a numeric
    /// feature; the label column holds class names (any text). Classes are sorted — numerically
    /// when every label is an integer, otherwise alphabetically — and labels index that order.
    ///
    /// Errors name the file, line and column: an empty file, a ragged row, a value that is not
    /// a finite number, or a label column that does not exist.
    public static func csv(contentsOf path: String, labelColumn: LabelColumn = .last,
                           name: String? = nil) throws(DataError) -> Dataset {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadableFile(file: path, reason: FileManager.default.fileExists(atPath: path) ? "not UTF-8 text" : "no such file")
        }
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        return try csv(text: text, file: fileName, labelColumn: labelColumn, name: name)
    }

    /// Parses CSV `text` as `csv(contentsOf:)` does; `file` is the name used in error messages.
    public static func csv(text: String, file: String = "data.csv", labelColumn: LabelColumn = .last,
                           name: String? = nil) throws(DataError) -> Dataset {
        let reader = try CSVReader(text: text, file: file)
        let headers = reader.records[0].fields.map(\.trimmingSpaces)
        guard let labelIndex = labelColumn.position(in: headers) else {
            throw .unknownLabelColumn(file: file, column: labelColumn.description, available: headers)
        }
        var rows: [[Double]] = []
        var labelTexts: [String] = []
        for record in reader.records.dropFirst() {
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
        }
        let classNames = sortedClassNames(Set(labelTexts))
        let labelOf = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, $0) })
        let matrix = (try? Matrix(rows)) ?? Matrix(rows: 0, columns: headers.count - 1)
        return try Dataset(name: name ?? file, features: matrix, labels: labelTexts.map { labelOf[$0] ?? 0 },
                           classNames: classNames)
    }

    /// Class names in numeric order when all are integers, otherwise in alphabetical order.
    static func sortedClassNames(_ names: Set<String>) -> [String] {
        if names.allSatisfy({ Int($0) != nil }) {
            return names.sorted { Int($0)! < Int($1)! }
        }
        return names.sorted()
    }
}
