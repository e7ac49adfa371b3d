import CairnCore
import Synchronization

/// Designs already decoded, by version, with the JSON they were decoded from. Pages that list or
/// show microcredentials read the same designs on every request, and decoding one costs far more
/// than comparing its bytes: a hit is a lookup by the version's id and a byte comparison with the
/// JSON just read (never hashing the JSON: hashing a district catalog's designs byte by byte
/// cost more than the page). Equal bytes always decode to an equal design, so a hit is always
/// right, whatever was edited since (an edit stores new JSON). Bounded: once full it starts
/// again from empty.
final class DecodedDesigns: Sendable {
    /// The one cache of the process (designs are values: sharing them is safe).
    static let shared = DecodedDesigns(capacity: 512)

    private struct Entry {
        let json: [UInt8]
        let design: Design
    }

    private let capacity: Int
    private let entries = Mutex<[String: Entry]>([:])

    init(capacity: Int) { self.capacity = capacity }

    /// The design of version `id` stored as `json`, decoded once for as long as the JSON stays the same.
    func design<Failure: Error>(of id: String, _ json: [UInt8], decode: ([UInt8]) throws(Failure) -> Design) throws(Failure) -> Design {
        if let known = entries.withLock({ $0[id] }), known.json == json { return known.design }
        let design = try decode(json)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[id] = Entry(json: json, design: design)
        }
        return design
    }

    /// How many designs are kept now (for tests).
    var count: Int { entries.withLock { $0.count } }
}
