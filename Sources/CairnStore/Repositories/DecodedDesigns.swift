import CairnCore
import CairnSync

/// Designs already decoded, by version, with the JSON they were decoded from. Pages that list or
/// show microcredentials read the same designs on every request, and decoding one costs far more
/// than comparing its bytes: a hit is a lookup by the version's id and a byte comparison with the
/// JSON just read (never hashing the JSON: hashing a district catalog's designs byte by byte
/// cost more than the page). Equal bytes always decode to an equal design, so a hit is always
/// right, whatever was edited since (an edit stores new JSON). A version that has left draft never
/// changes its design (the database refuses), so a design kept from such a row is a hit without
/// reading or comparing its JSON again. Bounded: once full it starts again from empty.
final class DecodedDesigns: Sendable {
    /// The one cache of the process (designs are values: sharing them is safe).
    static let shared = DecodedDesigns(capacity: 512)

    private struct Entry {
        let json: [UInt8]
        let design: Design
        /// Kept from a row that had left draft: its JSON can no longer change.
        let frozen: Bool
    }

    private let capacity: Int
    private let entries = ReadMostly<[String: Entry]>([:])

    init(capacity: Int) { self.capacity = capacity }

    /// The design of version `id`, kept from a row that had left draft; nil when it must be read.
    func frozenDesign(of id: String) -> Design? {
        entries.read { $0[id] }.flatMap { $0.frozen ? $0.design : nil }
    }

    /// The design of version `id` stored as `json`, decoded once for as long as the JSON stays the
    /// same; `frozen` when the row has left draft.
    func design<Failure: Error>(of id: String, _ json: [UInt8], frozen: Bool = false,
                                decode: ([UInt8]) throws(Failure) -> Design) throws(Failure) -> Design {
        if let known = entries.read({ $0[id] }), known.json == json {
            if frozen && !known.frozen { keep(Entry(json: json, design: known.design, frozen: true), as: id) }
            return known.design
        }
        let design = try decode(json)
        keep(Entry(json: json, design: design, frozen: frozen), as: id)
        return design
    }

    private func keep(_ entry: Entry, as id: String) {
        entries.write { entries in
            if entries.count >= capacity && entries[id] == nil { entries.removeAll(keepingCapacity: true) }
            entries[id] = entry
        }
    }

    /// How many designs are kept now (for tests).
    var count: Int { entries.read { $0.count } }
}
