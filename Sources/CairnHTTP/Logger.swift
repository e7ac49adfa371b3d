import CairnCalendar
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
        emit(Self.lineBytes(level: level, message: message, fields: fields, at: Date()))
    }

    /// The line of one answered request: what `info("request", fields)` writes with the fields `request_id`, `method`,
    /// `path`, `status`, `bytes` (`-` when unknown), `duration_ms` (to the microsecond) and `aborted=true` when the
    /// client left early, written straight into bytes without making those strings first (it is written for every request).
    public func request(id: String, method: String, path: String, status: Int, bytes: Int64?, seconds: Double, aborted: Bool) {
        guard Level.info >= minimumLevel else { return }
        var line: [UInt8] = []
        line.reserveCapacity(256)
        Self.appendBytes(of: "ts=", to: &line)
        Self.appendTimestamp(Date(), to: &line)
        Self.appendBytes(of: " level=info msg=request request_id=", to: &line)
        Self.appendQuoted(id, to: &line)
        Self.appendBytes(of: " method=", to: &line)
        Self.appendQuoted(method, to: &line)
        Self.appendBytes(of: " path=", to: &line)
        Self.appendQuoted(path, to: &line)
        Self.appendBytes(of: " status=", to: &line)
        Self.appendDecimal(Int64(status), to: &line)
        Self.appendBytes(of: " bytes=", to: &line)
        if let bytes { Self.appendDecimal(bytes, to: &line) } else { line.append(UInt8(ascii: "-")) }
        Self.appendBytes(of: " duration_ms=", to: &line)
        let microseconds = Int64((seconds * 1000 * 1000).rounded())  // milliseconds to three places, rounded as they always were
        Self.appendDecimal(microseconds / 1000, to: &line)
        line.append(UInt8(ascii: "."))
        let fraction = microseconds % 1000
        if fraction < 100 { line.append(UInt8(ascii: "0")) }
        if fraction < 10 { line.append(UInt8(ascii: "0")) }
        Self.appendDecimal(fraction, to: &line)
        if aborted { Self.appendBytes(of: " aborted=true", to: &line) }
        emit(line)
    }

    /// Hands a finished line to the sink, or to the buffer in front of stderr.
    private func emit(_ line: [UInt8]) {
        if let sink {
            sink(String(decoding: line, as: UTF8.self))
        } else {
            LogBuffer.standardError.append(bytes: line)
        }
    }

    /// The decimal digits of a count that is not negative (a negative one is written as 0).
    private static func appendDecimal(_ value: Int64, to line: inout [UInt8]) {
        var divisor: Int64 = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = max(value, 0)
        while divisor > 0 {
            line.append(UInt8(48 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// One log line; values are quoted when they contain spaces, quotes, `=` or nothing.
    static func line(level: Level, message: String, fields: [(String, String)], at date: Date) -> String {
        String(decoding: lineBytes(level: level, message: message, fields: fields, at: date), as: UTF8.self)
    }

    /// The line's UTF-8, written straight into one buffer (a request's line is written on every request).
    private static func lineBytes(level: Level, message: String, fields: [(String, String)], at date: Date) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(256)  // a request's line, with a long path, without growing
        appendBytes(of: "ts=", to: &line)
        appendTimestamp(date, to: &line)
        appendBytes(of: " level=", to: &line)
        appendBytes(of: level.rawValue, to: &line)
        appendBytes(of: " msg=", to: &line)
        appendQuoted(message, to: &line)
        for (key, value) in fields {
            line.append(UInt8(ascii: " "))
            appendBytes(of: key, to: &line)
            line.append(UInt8(ascii: "="))
            appendQuoted(value, to: &line)
        }
        return line
    }

    /// The string's UTF-8 appended in one copy when its bytes are contiguous (nearly always).
    private static func appendBytes(of text: String, to line: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ line.append(contentsOf: $0) }) == nil {
            line.append(contentsOf: text.utf8)
        }
    }

    /// `quoted(value)` appended to `line`; a value of plain printable ASCII (most of them) is copied as it is.
    private static func appendQuoted(_ value: String, to line: inout [UInt8]) {
        let copied = !value.isEmpty && value.utf8.withContiguousStorageIfAvailable { bytes in
            let isPlain = bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }
            if isPlain { line.append(contentsOf: bytes) }  // one copy of the contiguous bytes
            return isPlain
        } == true
        if !copied { line.append(contentsOf: quoted(value).utf8) }
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

    /// `2026-12-05T22:16:20.251Z`, to the nearest millisecond.
    static func timestamp(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        appendTimestamp(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The timestamp's digits written straight into `line`, to the nearest millisecond (`UTCTimestamp`: libc's
    /// `gmtime_r` takes a process-wide lock that the request threads queued on).
    static func appendTimestamp(_ date: Date, to line: inout [UInt8]) {
        UTCTimestamp.append(millisecondsSince1970: Int64((date.timeIntervalSince1970 * 1000).rounded()), to: &line)
    }
}
