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

    /// A logger writing to stderr; `sink` replaces stderr (tests).
    public init(minimumLevel: Level = .info, sink: (@Sendable (String) -> Void)? = nil) {
        self.minimumLevel = minimumLevel
        self.sink = sink ?? { line in
            var line = line + "\n"
            line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        }
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
        var parts = ["ts=\(timestamp(date))", "level=\(level.rawValue)", "msg=\(quoted(message))"]
        for (key, value) in fields { parts.append("\(key)=\(quoted(value))") }
        return parts.joined(separator: " ")
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
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        case .format: [0x200E, 0x200F].contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
        default: false
        }
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true)
            .timeSeparator(.colon).timeZone(separator: .omitted))
    }
}
