import CSQLite

/// One prepared SQLite statement, finalized when released.
final class SQLiteStatement {
    let handle: OpaquePointer
    let sql: String
    /// The result's column names, read again only when SQLite's count of them changes (a schema change
    /// re-prepares the statement): the statement is prepared once and run many times.
    private var columnNames: [String] = []

    init(_ sql: String, in db: OpaquePointer) throws(DatabaseError) {
        var handle: OpaquePointer?
        // The tail points into the C string, so it is read while that string is alive (a bridged
        // `String` argument is freed as soon as the call returns).
        let (code, hasMore) = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(db, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, &tail)
            return (code, tail.map { String(cString: $0).contains(where: { !$0.isWhitespace && $0 != ";" }) } ?? false)
        }
        guard code == SQLITE_OK, let handle else { throw DatabaseError(sqlite: code, db: db, sql: sql) }
        if hasMore {
            sqlite3_finalize(handle)
            throw DatabaseError(.syntax, "one statement at a time", sql: sql)
        }
        self.handle = handle
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ values: [DatabaseValue], db: OpaquePointer) throws(DatabaseError) {
        guard Int(sqlite3_bind_parameter_count(handle)) == values.count else {
            throw DatabaseError(.syntax, "\(values.count) values for \(sqlite3_bind_parameter_count(handle)) placeholders", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let i): code = sqlite3_bind_int64(handle, index, i)
            case .real(let d): code = sqlite3_bind_double(handle, index, d)
            case .text(let s):
                code = sqlite3_bind_text(handle, index, s, Int32(s.utf8.count), cairn_sqlite3_transient())
            case .blob(let b) where b.isEmpty: code = sqlite3_bind_zeroblob(handle, index, 0)
            case .blob(let b):
                code = b.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), cairn_sqlite3_transient()) }
            }
            guard code == SQLITE_OK else { throw DatabaseError(sqlite: code, db: db, sql: sql) }
        }
    }

    /// Steps to the end, collecting rows.
    func run(db: OpaquePointer) throws(DatabaseError) -> [Row] {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        var rows: [Row] = []
        var columns: [String] = [], count: Int32 = 0
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw DatabaseError(sqlite: code, db: db, sql: sql) }
            if rows.isEmpty {
                // After the first step: a schema change re-prepares the statement during it.
                count = sqlite3_column_count(handle)
                if columnNames.count != Int(count) { columnNames = (0..<count).map { String(cString: sqlite3_column_name(handle, $0)) } }
                columns = columnNames
            }
            rows.append(Row(columns: columns, values: (0..<count).map(value(at:))))
        }
    }

    private func value(at column: Int32) -> DatabaseValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let bytes = sqlite3_column_blob(handle, column), count > 0 else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }
}

// Extended result codes are macros Swift cannot import.
private let constraintUnique: Int32 = SQLITE_CONSTRAINT | (8 << 8)
private let constraintPrimaryKey: Int32 = SQLITE_CONSTRAINT | (6 << 8)
private let constraintForeignKey: Int32 = SQLITE_CONSTRAINT | (3 << 8)

extension DatabaseError {
    /// Maps an SQLite (extended) result code to a kind; the message is SQLite's, which holds no values.
    init(sqlite code: Int32, db: OpaquePointer?, sql: String?) {
        let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        let kind: Kind
        switch code {
        case constraintUnique, constraintPrimaryKey: kind = .uniqueViolation
        case constraintForeignKey: kind = .foreignKeyViolation
        case _ where code & 0xff == SQLITE_CONSTRAINT: kind = .constraint
        case _ where code & 0xff == SQLITE_BUSY || code & 0xff == SQLITE_LOCKED: kind = .busy
        case _ where code & 0xff == SQLITE_CANTOPEN || code & 0xff == SQLITE_NOTADB: kind = .connectionFailed
        case SQLITE_MISMATCH, SQLITE_TOOBIG, SQLITE_RANGE: kind = .typeMismatch
        case _ where code & 0xff == SQLITE_FULL: kind = .storageFull
        case _ where code & 0xff == SQLITE_READONLY: kind = .readOnly
        case _ where code & 0xff == SQLITE_IOERR:
            // SQLite reports only ENOSPC as SQLITE_FULL; a quota, a file-size limit or a read-only disk is an I/O
            // error, and sqlite3_system_errno is not reliably the failed write's errno.
            kind = .ioFailure
        case SQLITE_ERROR where message.contains("syntax error") || message.hasPrefix("no such")
            || message.contains("has no column"): kind = .syntax
        default: kind = .other
        }
        self.init(kind, message, sql: sql)
    }
}
