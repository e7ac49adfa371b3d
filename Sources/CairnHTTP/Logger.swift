import Foundation

/// Writes one `key=value` line per event to stderr: `ts=… level=info msg="…" key=value`.
public struct Logger: Sendable {
    /// How serious an event is.
    public enum Level: String, Sendable, Comparable {
        case debug, info, warning, error
        private var order: Int { [.debug, .info, .warning, .error].firstIndex(of: self)! }
        public static func < (a: Level, b: Level) -> Bool { a.order < b.order }
    }

    private let minimumLevel: Level
    /// Where lines go: given, or (nil) `LogBuffer.standardError`, which takes the line's bytes as written.
    private let sink: (@Sendable (String) -> Void)?

    /// A logger writing to stderr through `LogBuffer.standardError`; `sink` replaces it (tests).
    public init(minimumLevel: Level = .info, sink: (@Sendable (String) -> Void)? = nil) {
        self.minimumLevel = minimumLevel
        self.sink = sink
    }

    public func debug(_ message: String, _ fields: [(String, String)] = []) { log(.debug, message, fields) }
    public func info(_ message: String, _ fields: [(String, String)] = []) { log(.info, message, fields) }
    public func warning(_ message: String, _ fields: [(String, String)] = []) { log(.warning, message, fields) }
    public func error(_ message: String, _ fields: [(String, String)] = []) { log(.error, message, fields) }

    public func log(_ level: Level, _ message: String, _ fields: [(String, String)]) {
        guard level >= minimumLevel else { return }
        let line = Self.lineBytes(level: level, message: message, fields: fields, at: Date())
        if let sink {
            sink(String(decoding: line, as: UTF8.self))
        } else {
            LogBuffer.standardError.append(bytes: line)
        }
    }

    /// One log line; values are quoted when they contain spaces, quotes, `=` or nothing.
    static func line(level: Level, message: String, fields: [(String, String)], at date: Date) -> String {
        String(decoding: lineBytes(level: level, message: message, fields: fields, at: date), as: UTF8.self)
    }

    /// The line's UTF-8, written straight into one buffer (a request's line is written on every request).
    private static func lineBytes(level: Level, message: String, fields: [(String, String)], at date: Date) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(192)
        line.append(contentsOf: "ts=".utf8)
        line.append(contentsOf: timestamp(date).utf8)
        line.append(contentsOf: " level=".utf8)
        line.append(contentsOf: level.rawValue.utf8)
        line.append(contentsOf: " msg=".utf8)
        appendQuoted(message, to: &line)
        for (key, value) in fields {
            line.append(UInt8(ascii: " "))
            line.append(contentsOf: key.utf8)
            line.append(UInt8(ascii: "="))
            appendQuoted(value, to: &line)
        }
        return line
    }

    /// `quoted(value)` appended to `line`; a value of plain printable ASCII (most of them) is copied as it is.
    private static func appendQuoted(_ value: String, to line: inout [UInt8]) {
        let isPlain = !value.isEmpty && value.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }
        } == true
        line.append(contentsOf: isPlain ? value.utf8 : quoted(value).utf8)
    }

    /// The value as one log token: quoted when it holds spaces, quotes, `=`, backslashes or control
    /// characters, and every control or line-separating character escaped, so no value (a path
    /// with `%0d%0a`, a header) can start a forged line or hide part of one.
    static func quoted(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.unicodeScalars.contains { $0 == " " || $0 == "=" || $0 == "\\" || $0 == "\"" || mustEscape($0) }
        guard needsQuotes else { return value }
        var escaped = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where mustEscape(scalar): escaped += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    /// Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and the
    /// bidirectional overrides that would make a line read differently from what it holds.
    private static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII, nearly every character of a log line, needs no look-up.
        if (0x20..<0x7F).contains(scalar.value) { return false }
        return switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        case .format: [0x200E, 0x200F].contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
        default: false
        }
    }

    /// `2026-12-05T22:16:20.251Z`: libc's `gmtime_r`, then the digits written straight into the
    /// string (a `FormatStyle` per line cost more than the rest of the line).
    static func timestamp(_ date: Date) -> String {
        let total = Int64((date.timeIntervalSince1970 * 1000).rounded())  // to the nearest millisecond
        var seconds = time_t(total.quotientAndRemainder(dividingBy: 1000).quotient - (total % 1000 < 0 ? 1 : 0))
        let milliseconds = Int(total - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var text = ""
        text.reserveCapacity(24)
        func digits(_ value: Int, _ width: Int, then separator: String) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                text.unicodeScalars.append(Unicode.Scalar(UInt8(48 + rest / divisor % 10)))
                rest %= divisor
                divisor /= 10
            }
            text += separator
        }
        digits(Int(parts.tm_year) + 1900, 4, then: "-")
        digits(Int(parts.tm_mon) + 1, 2, then: "-")
        digits(Int(parts.tm_mday), 2, then: "T")
        digits(Int(parts.tm_hour), 2, then: ":")
        digits(Int(parts.tm_min), 2, then: ":")
        digits(Int(parts.tm_sec), 2, then: ".")
        digits(milliseconds, 3, then: "Z")
        return text
    }
}
