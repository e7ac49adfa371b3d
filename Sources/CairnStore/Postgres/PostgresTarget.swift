import Foundation

/// Where a PostgreSQL database is, read from a `postgres://` URL; knows how to keep the password out of messages.
struct PostgresTarget: Sendable {
    let url: String
    let host: String
    let database: String
    private let password: String?

    init(url: String) throws(DatabaseError) {
        guard let components = URLComponents(string: url),
              components.scheme == "postgres" || components.scheme == "postgresql" else {
            throw DatabaseError(.connectionFailed, "not a postgres:// URL")
        }
        self.url = url
        host = (components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost") + (components.port.map { ":\($0)" } ?? "")
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? (components.user ?? "postgres") : path
        password = components.password.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The same URL naming another database (for tests that create one each).
    func with(database name: String) -> String {
        var components = URLComponents(string: url)!
        components.path = "/" + name
        return components.string!
    }

    /// Removes the password from a message, should libpq ever echo it.
    func scrub(_ message: String) -> String {
        var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if let password {
            text = text.replacingOccurrences(of: password, with: "***")
            if let encoded = password.addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed) {
                text = text.replacingOccurrences(of: encoded, with: "***")
            }
        }
        return text
    }
}
