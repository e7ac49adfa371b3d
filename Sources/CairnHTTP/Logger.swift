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
    private let sink: @Sendable (String) -> Void

    /// A logger writing to stderr through `LogBuffer.standardError`; `sink` replaces it (tests).
    public init(minimumLevel: Level = .info, sink: (@Sendable (String) -> Void)? = nil) {
        self.minimumLevel = minimumLevel
        self.sink = sink ?? { line in LogBuffer.standardError.append(line) }
    }

    public func debug(_ message: String, _ fields: [(String, String)] = []) { log(.debug, message, fields) }
    public func info(_ message: String, _ fields: [(String, String)] = []) { log(.info, message, fields) }
    public func warning(_ message: String, _ fields: [(String, String)] = []) { log(.warning, message, fields) }
    public func error(_ message: String, _ fields: [(String, String)] = []) { log(.error, message, fields) }

    public func log(_ level: Level, _ message: String, _ fields: [(String, String)]) {
        guard level >= minimumLevel else { return }
        sink(Self.line(level: level, message: message, fields: fields, at: Date()))
    }

    /// One log line; values are quoted when they contain spaces, quotes, `=` or nothing.
    static func line(level: Level, message: String, fields: [(String, String)], at date: Date) -> String {
        var line = "ts="
        line.reserveCapacity(160)
        line += timestamp(date)
        line += " level="
        line += level.rawValue
        line += " msg="
        line += quoted(message)
        for (key, value) in fields {
            line += " "
            line += key
            line += "="
            line += quoted(value)
        }
        return line
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
