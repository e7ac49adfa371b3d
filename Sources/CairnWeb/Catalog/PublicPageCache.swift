import CairnHTTP
import CairnSync
import Foundation

/// Public pages (the catalog, a microcredential, its Achievement JSON) as rendered for visitors who
/// are not signed in. They change only when the organization's catalog does, so each is rendered
/// once per change of the catalog's stamp and then served from memory, with an `ETag` that lets
/// browsers revalidate and receive 304. Bounded: once full it starts again from empty.
final class PublicPageCache: Sendable {
    /// A kept page: an object, so the lock is held only to find it and count one more reference,
    /// not to copy its headers and body (the request threads queued for it).
    private final class Entry: Sendable {
        let stamp: String
        let response: Response
        init(stamp: String, response: Response) { self.stamp = stamp; self.response = response }
    }

    private let capacity: Int
    /// Part of every ETag: a new process (perhaps a new version of Cairn) never claims an old page.
    private let generation = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    private let entries = ReadMostly<[String: Entry]>([:])

    init(capacity: Int = 512) { self.capacity = capacity }

    /// The page at `key` while the catalog's `stamp` holds, rendered by `render` otherwise; 304
    /// when the request already holds it (`If-None-Match`). Only successful pages are kept.
    func response(for request: Request, key: String, stamp: String, render: () throws -> Response) rethrows -> Response {
        let etag = "W/\"" + generation + "-" + stamp + "\""
        var response: Response
        if let known = entries.read({ $0[key] }), known.stamp == stamp {
            response = known.response
        } else {
            response = try render()
            guard response.status == .ok else { return response }
            response.headers.set("ETag", etag)
            response.headers.set("Cache-Control", "private, no-cache")
            // Kept in a buffer of its own, the page is handed to the server for each visitor without a copy.
            switch response.body {
            case .bytes(let bytes): response.body = .shared(SharedBytes(bytes))
            case .text(let text): response.body = .shared(SharedBytes(Array(text.utf8)))
            case .shared, .file, .stream: break
            }
            let entry = Entry(stamp: stamp, response: response)
            entries.write { entries in
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
                entries[key] = entry
            }
        }
        if let match = request.headers["If-None-Match"], match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag }) {
            var notModified = Response(status: .notModified, headers: response.headers)
            notModified.headers.remove("Content-Length")
            return notModified
        }
        return response
    }

    /// How many pages are kept now (for tests).
    var count: Int { entries.read { $0.count } }
}
