/// A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes,
/// CRLF or LF line ends, and a leading byte order mark.
public enum CSV {
    /// One record and the (1-based) line on which it starts.
    public struct Record: Equatable, Sendable {
        public let line: Int
        public let fields: [String]
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Splits text into records. A record with one empty field (a blank line) is skipped.
    public static func parse(_ text: String) throws(CSVError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var inQuotes = false, fieldWasQuoted = false
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }

        func endRecord() {
            fields.append(String(field))
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }

        var index = scalars.startIndex
        while index < scalars.endIndex {
            let c = scalars[index]
            index = scalars.index(after: index)
            if inQuotes {
                if c == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || (c == "\r" && (index == scalars.endIndex || scalars[index] != "\n")) { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else { throw .unexpectedQuote(line: line) }
                inQuotes = true
                fieldWasQuoted = true
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
                fieldWasQuoted = false
            case "\r", "\n":
                if c == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
                endRecord()
                line += 1
                recordLine = line
            default:
                guard !fieldWasQuoted else { throw .unexpectedQuote(line: line) }
                field.append(c)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}

/// Why a text is not valid CSV.
public enum CSVError: Error, Equatable, Sendable {
    /// A quote inside an unquoted field, or text after a closing quote.
    case unexpectedQuote(line: Int)
    /// A quoted field that never closes; the line is where its record starts.
    case unterminatedQuote(line: Int)
}
