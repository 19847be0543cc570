/// A minimal CSV tokenizer: comma-separated fields, optional double quotes (`""` inside quotes is
/// a literal quote), `\n` or `\r\n` line ends, blank lines skipped. Every record keeps its
/// 1-based line number so errors can point at the file position.
struct CSVReader {
    struct Record {
        var line: Int
        var fields: [String]
    }

    let file: String
    let records: [Record]

    /// Records of `text`, the first `skipLines` lines left out.
    init(text: String, file: String, skipLines: Int = 0) throws(DataError) {
        self.file = file
        var records: [Record] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineNumber <= skipLines { continue }
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            records.append(Record(line: lineNumber, fields: try CSVReader.fields(of: line, file: file, line: lineNumber)))
        }
        guard !records.isEmpty else { throw .emptyFile(file: file) }
        self.records = records
    }

    /// Parses `record`'s fields as finite numbers; `headers` name the columns in errors.
    func numbers(_ record: Record, expected: Int, headers: [String]? = nil) throws(DataError) -> [Double] {
        guard record.fields.count == expected else {
            throw .raggedRow(file: file, line: record.line, expected: expected, found: record.fields.count)
        }
        var values: [Double] = []
        values.reserveCapacity(expected)
        for (index, field) in record.fields.enumerated() {
            let trimmed = field.trimmingSpaces
            guard let value = Double(trimmed), value.isFinite else {
                throw .nonNumeric(file: file, line: record.line, column: index + 1,
                                  header: headers?[index], value: trimmed)
            }
            values.append(value)
        }
        return values
    }

    private static func fields(of line: Substring, file: String, line number: Int) throws(DataError) -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var index = line.startIndex
        while index < line.endIndex {
            let ch = line[index]
            if inQuotes {
                if ch == "\"" {
                    let next = line.index(after: index)
                    if next < line.endIndex, line[next] == "\"" {
                        current.append("\"")
                        index = next
                    } else {
                        inQuotes = false
                    }
                } else {
                    current.append(ch)
                }
            } else if ch == "\"" && current.trimmingSpaces.isEmpty {
                current = ""
                inQuotes = true
            } else if ch == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(ch)
            }
            index = line.index(after: index)
        }
        if inQuotes { throw .malformedLine(file: file, line: number, reason: "a quoted field is not closed") }
        fields.append(current)
        return fields
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
