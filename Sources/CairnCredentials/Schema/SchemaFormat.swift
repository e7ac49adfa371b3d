/// The `format` values Cairn asserts: the two the OB 3.0 schemas use, as RFC 3339 §5.6 defines them.
enum SchemaFormat: String, Sendable {
    case dateTime = "date-time"
    case date

    /// True when the string has the format.
    func accepts(_ text: String) -> Bool {
        var scanner = RFC3339Scanner(text)
        switch self {
        case .date: return scanner.fullDate() && scanner.atEnd
        case .dateTime: return scanner.fullDate() && scanner.take(["T", "t"]) && scanner.fullTime() && scanner.atEnd
        }
    }

    /// How the format is written, for messages.
    var example: String {
        switch self {
        case .dateTime: "a date and time with its offset from UTC, as RFC 3339 writes them (for example 2010-01-01T00:00:00Z)"
        case .date: "a date as RFC 3339 writes it (for example 2010-01-01)"
        }
    }
}

/// Reads the parts of an RFC 3339 timestamp, checking each field's range.
struct RFC3339Scanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index == bytes.count }

    /// full-date = date-fullyear "-" date-month "-" date-mday, with the day valid for its month.
    mutating func fullDate() -> Bool {
        guard let year = digits(4), take(["-"]), let month = digits(2), take(["-"]), let day = digits(2) else { return false }
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// full-time = hh ":" mm ":" ss [ "." 1*DIGIT ] time-offset, where time-offset is "Z" or ±hh:mm.
    mutating func fullTime() -> Bool {
        guard let hour = digits(2), take([":"]), let minute = digits(2), take([":"]), let second = digits(2) else { return false }
        guard hour <= 23, minute <= 59, second <= 60 else { return false }
        if take(["."]) {
            var fraction = 0
            while index < bytes.count, isDigit(bytes[index]) { index += 1; fraction += 1 }
            guard fraction > 0 else { return false }
        }
        if take(["Z", "z"]) { return true }
        guard take(["+", "-"]), let offsetHour = digits(2), take([":"]), let offsetMinute = digits(2) else { return false }
        return offsetHour <= 23 && offsetMinute <= 59
    }

    /// Consumes one of the characters, if it is next.
    mutating func take(_ characters: [Character]) -> Bool {
        guard index < bytes.count, characters.contains(where: { $0.asciiValue == bytes[index] }) else { return false }
        index += 1
        return true
    }

    private mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + count] {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
