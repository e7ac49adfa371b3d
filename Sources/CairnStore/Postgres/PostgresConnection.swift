import CPostgres
import Foundation

/// One libpq connection. Parameters go as text (bytea as binary), results come back as text and
/// are typed from the column's type OID. Used by one thread at a time.
final class PostgresConnection: Connection {
    let engine = DatabaseEngine.postgres
    private let handle: OpaquePointer
    private let counter: StatementCounter?

    /// Connects; the error names the host and database, never the password.
    init(_ target: PostgresTarget, counter: StatementCounter? = nil) throws(DatabaseError) {
        self.counter = counter
        guard let handle = PQconnectdb(target.url) else {
            throw DatabaseError(.connectionFailed, "cannot allocate a PostgreSQL connection")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let reason = target.scrub(String(cString: PQerrorMessage(handle)))
            PQfinish(handle)
            throw DatabaseError(.connectionFailed,
                                "cannot connect to PostgreSQL database \(target.database) on \(target.host): \(reason)")
        }
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        self.handle = handle
    }

    deinit { PQfinish(handle) }

    /// Whether the connection is open and outside any transaction (fit to lend out).
    var isHealthy: Bool { PQstatus(handle) == CONNECTION_OK && PQtransactionStatus(handle) == PQTRANS_IDLE }

    var isBroken: Bool { PQstatus(handle) != CONNECTION_OK }

    @discardableResult
    func execute(_ sql: SQL) throws(DatabaseError) -> Int {
        try run(sql) { result in
            let status = PQresultStatus(result)
            if status == PGRES_TUPLES_OK { return Int(PQntuples(result)) }
            return Int(String(cString: PQcmdTuples(result))) ?? 0
        }
    }

    func query(_ sql: SQL) throws(DatabaseError) -> [Row] {
        try run(sql) { result in
            let columnCount = PQnfields(result)
            let columns = (0..<columnCount).map { String(cString: PQfname(result, $0)) }
            let types = (0..<columnCount).map { PQftype(result, $0) }
            return (0..<PQntuples(result)).map { row in
                Row(columns: columns, values: (0..<columnCount).map { column in
                    guard PQgetisnull(result, row, column) == 0 else { return .null }
                    let text = String(cString: PQgetvalue(result, row, column))
                    return Self.value(text, type: types[Int(column)])
                })
            }
        }
    }

    /// Runs a statement and hands its successful result to `read`; the result is freed afterwards.
    private func run<T>(_ sql: SQL, _ read: (OpaquePointer) -> T) throws(DatabaseError) -> T {
        counter?.increment()
        let (text, values) = sql.rendered(for: .postgres)
        var types: [Oid] = [], lengths: [Int32] = [], formats: [Int32] = []
        var buffers: [UnsafeMutablePointer<CChar>?] = []
        defer { buffers.forEach { free($0) } }
        for value in values {
            switch value {
            case .null:
                types.append(0); lengths.append(0); formats.append(0); buffers.append(nil)
            case .integer(let i): appendText(String(i), type: 20)
            case .real(let d): appendText(d.isNaN ? "NaN" : d == .infinity ? "Infinity" : d == -.infinity ? "-Infinity" : "\(d)", type: 701)
            case .text(let s): appendText(s, type: 0)
            case .blob(let bytes):
                let buffer = malloc(max(bytes.count, 1))!.assumingMemoryBound(to: CChar.self)
                bytes.withUnsafeBytes { raw in
                    if let base = raw.baseAddress { memcpy(buffer, base, raw.count) }
                }
                types.append(17); lengths.append(Int32(bytes.count)); formats.append(1); buffers.append(buffer)
            }
        }
        func appendText(_ s: String, type: Oid) {
            types.append(type); lengths.append(0); formats.append(0); buffers.append(strdup(s))
        }
        let pointers = buffers.map { UnsafePointer($0) }
        guard let result = PQexecParams(handle, text, Int32(values.count), types, pointers, lengths, formats, 0) else {
            throw DatabaseError(.connectionFailed, String(cString: PQerrorMessage(handle)), sql: text)
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY else {
            throw DatabaseError(postgres: result, connection: handle, sql: text)
        }
        return read(result)
    }

    private static func value(_ text: String, type: Oid) -> DatabaseValue {
        switch type {
        case 16: return .integer(text == "t" ? 1 : 0)                       // bool
        case 20, 21, 23, 26: return Int64(text).map(DatabaseValue.integer) ?? .text(text)   // int8 int2 int4 oid
        case 700, 701: return Double(text).map(DatabaseValue.real) ?? .text(text)        // float4 float8
        case 1700: return Int64(text).map(DatabaseValue.integer) ?? Double(text).map(DatabaseValue.real) ?? .text(text)
        case 17: return .blob(decodeByteaHex(text))
        default: return .text(text)
        }
    }

    /// Decodes bytea's text output, `\x` followed by hex digits.
    private static func decodeByteaHex(_ text: String) -> [UInt8] {
        let digits = Array(text.utf8.dropFirst(2))
        func nibble(_ c: UInt8) -> UInt8 { c <= 57 ? c - 48 : (c | 0x20) - 87 }
        return stride(from: 0, to: digits.count - 1, by: 2).map { nibble(digits[$0]) << 4 | nibble(digits[$0 + 1]) }
    }

    /// Runs the body between `begin` and COMMIT, rolling back when it throws.
    func transaction<T>(_ begin: String, _ body: (any Connection) throws -> T) throws -> T {
        try execute(SQL(raw: begin))
        return try committing(body)
    }

    /// Runs the body in the transaction already begun, then COMMIT; ROLLBACK when it throws.
    func committing<T>(_ body: (any Connection) throws -> T) throws -> T {
        do {
            let result = try body(self)
            try execute("COMMIT")
            return result
        } catch {
            if PQtransactionStatus(handle) != PQTRANS_IDLE { _ = try? execute("ROLLBACK") }
            throw error
        }
    }
}

extension DatabaseError {
    /// Maps a SQLSTATE to a kind. The message is the server's primary message only: its DETAIL
    /// would quote the values (`Key (email)=(…) already exists`).
    init(postgres result: OpaquePointer, connection: OpaquePointer, sql: String) {
        let field = { (code: UInt8) -> String? in
            PQresultErrorField(result, Int32(code)).map { String(cString: $0) }
        }
        let state = field(UInt8(ascii: "C")) ?? ""
        let message = field(UInt8(ascii: "M")) ?? String(cString: PQerrorMessage(connection))
        let kind: Kind
        switch state {
        case "23505": kind = .uniqueViolation
        case "23503": kind = .foreignKeyViolation
        case _ where state.hasPrefix("23"): kind = .constraint
        case "40001", "40P01", "55P03", "57014": kind = .busy
        case _ where state.hasPrefix("08") || state.hasPrefix("57P"): kind = .connectionFailed
        case _ where state.hasPrefix("42"): kind = .syntax
        case _ where state.hasPrefix("22"): kind = .typeMismatch
        case "53100": kind = .storageFull
        case "25006": kind = .readOnly
        case "": kind = PQstatus(connection) == CONNECTION_OK ? .other : .connectionFailed
        default: kind = .other
        }
        self.init(kind, state.isEmpty ? message : "\(message) [\(state)]", sql: sql)
    }
}
