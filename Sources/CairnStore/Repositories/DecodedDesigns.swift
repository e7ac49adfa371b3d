import CairnCore
import Synchronization

/// Designs already decoded, by the bytes of their stored JSON. Pages that list or show
/// microcredentials read the same few designs on every request, and decoding one costs a hundred
/// times more than hashing its bytes (bytes, not a `String`: a string's hash normalizes Unicode
/// first, which costs as much again); equal bytes always decode to an equal design, so a hit is
/// always right, whatever was edited since (an edit stores new JSON). Bounded: once full it starts
/// again from empty.
final class DecodedDesigns: Sendable {
    /// The one cache of the process (designs are values: sharing them is safe).
    static let shared = DecodedDesigns(capacity: 512)

    private let capacity: Int
    private let entries = Mutex<[[UInt8]: Design]>([:])

    init(capacity: Int) { self.capacity = capacity }

    /// The design stored as `json`, decoded once.
    func design<Failure: Error>(_ json: [UInt8], decode: ([UInt8]) throws(Failure) -> Design) throws(Failure) -> Design {
        if let known = entries.withLock({ $0[json] }) { return known }
        let design = try decode(json)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[json] = design
        }
        return design
    }

    /// How many designs are kept now (for tests).
    var count: Int { entries.withLock { $0.count } }
}
