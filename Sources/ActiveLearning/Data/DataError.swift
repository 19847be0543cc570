/// What was wrong with data handed to or read by the engine. Positions in files are 1-based
/// lines and columns, as an editor shows them.
public enum DataError: Error, Equatable, CustomStringConvertible {
    case emptyFile(file: String)
    case raggedRow(file: String, line: Int, expected: Int, found: Int)
    case nonNumeric(file: String, line: Int, column: Int, header: String?, value: String)
    case unknownLabelColumn(file: String, column: String, available: [String])
    case malformedLine(file: String, line: Int, reason: String)
    case missingResource(name: String)
    case unreadableFile(file: String, reason: String)
    case countMismatch(dataset: String, what: String, count: Int, labels: Int)
    case labelOutOfRange(dataset: String, row: Int, label: Int, classCount: Int)
    case nonFiniteFeature(dataset: String, row: Int, column: Int, value: Double)
    case badFeatures(dataset: String, reason: String)
    case invalidTestFraction(Double)
    case classTooSmallToSplit(dataset: String, className: String, count: Int)
    case incompatibleParts(reason: String)
    case unknownClass(file: String, line: Int, value: String, classNames: [String])
    case noSuchClass(dataset: String, className: String, classNames: [String])

    public var description: String {
        switch self {
        case let .emptyFile(file):
            return "\(file): the file is empty (expected a header line and data rows)"
        case let .raggedRow(file, line, expected, found):
            return "\(file):\(line): row has \(found) columns but the header has \(expected)"
        case let .nonNumeric(file, line, column, header, value):
            let name = header.map { " (\"\($0)\")" } ?? ""
            return "\(file):\(line):\(column): column \(column)\(name) holds \"\(value)\", which is not a finite number"
        case let .unknownLabelColumn(file, column, available):
            return "\(file): no label column \(column); the columns are \(available.map { "\"\($0)\"" }.joined(separator: ", "))"
        case let .malformedLine(file, line, reason):
            return "\(file):\(line): \(reason)"
        case let .missingResource(name):
            return "the bundled data file \(name) is missing from the ActiveLearning resources"
        case let .unreadableFile(file, reason):
            return "\(file): cannot read the file (\(reason))"
        case let .countMismatch(dataset, what, count, labels):
            return "\(dataset): \(count) \(what) but \(labels) labels; they must match one to one"
        case let .labelOutOfRange(dataset, row, label, classCount):
            return "\(dataset): row \(row) has label \(label), outside 0..<\(classCount) (the number of class names)"
        case let .nonFiniteFeature(dataset, row, column, value):
            return "\(dataset): feature \(column) of row \(row) is \(value); features must be finite numbers"
        case let .badFeatures(dataset, reason):
            return "\(dataset): the features are not a proper table: \(reason)"
        case let .invalidTestFraction(fraction):
            return "the test fraction must be strictly between 0 and 1, got \(fraction)"
        case let .classTooSmallToSplit(dataset, className, count):
            return "\(dataset): class \"\(className)\" has \(count) example(s); a stratified split needs at least 2 per class"
        case let .incompatibleParts(reason):
            return "the train and test parts do not fit together: \(reason)"
        case let .noSuchClass(dataset, className, classNames):
            return "\(dataset) has no class \"\(className)\"; its classes are \(classNames.map { "\"\($0)\"" }.joined(separator: ", "))"
        case let .unknownClass(file, line, value, classNames):
            return "\(file):\(line): label \"\(value)\" is neither one of the class names \(classNames.map { "\"\($0)\"" }.joined(separator: ", ")) nor an index 0..<\(classNames.count)"
        }
    }
}
