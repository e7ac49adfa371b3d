import Foundation

/// Opens the database a URL names: nil or "" → SQLite at `<dataDirectory>/cairn.sqlite`;
/// `sqlite:///absolute/path`; `postgres://…` or `postgresql://…` → PostgreSQL.
public func openDatabase(url: String?, dataDirectory: String) throws(DatabaseError) -> any Database {
    let url = url?.trimmingCharacters(in: .whitespaces) ?? ""
    if url.isEmpty {
        do {
            try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        } catch {
            throw DatabaseError(.connectionFailed, "cannot create the data directory \(dataDirectory)")
        }
        return try SQLiteDatabase(path: (dataDirectory as NSString).appendingPathComponent("cairn.sqlite"))
    }
    if url.hasPrefix("sqlite://") {
        let path = String(url.dropFirst("sqlite://".count))
        guard path.hasPrefix("/") else { throw DatabaseError(.connectionFailed, "a sqlite:// URL needs an absolute path: sqlite:///path") }
        return try SQLiteDatabase(path: path)
    }
    if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
        return try PostgresDatabase(url: url)
    }
    throw DatabaseError(.connectionFailed, "unknown database URL scheme (use sqlite:// or postgres://)")
}
