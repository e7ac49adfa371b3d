import CairnSync
import Synchronization

/// Active contexts already computed, for the process: a credential's contexts are processed once, not per document.
///
/// Only results that depend on bundled contexts alone are kept (their text never changes); the key is
/// the context processed against (by id), the local context and the options of the processing.
final class ProcessedContexts: Sendable {
    static let shared = ProcessedContexts()
    /// Past this many entries the cache starts again empty: a bound on memory for hostile input.
    static let capacity = 4096

    struct Key: Hashable, Sendable {
        let activeID: Int
        let base: String?
        let local: JSON
        let baseURL: String?
        let remoteContexts: [String]
        let overrideProtected: Bool
        let propagate: Bool
        let validateScopedContext: Bool
    }

    private let entries = ReadMostly<[Key: ActiveContext]>([:])
    private let counter = Atomic<Int>(0)

    func context(for key: Key) -> ActiveContext? {
        entries.read { $0[key] }
    }

    func keep(_ context: ActiveContext, for key: Key) {
        entries.write { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = context
        }
    }

    /// A number no other processed context has.
    func nextID() -> Int {
        counter.add(1, ordering: .relaxed).newValue
    }
}

/// A term's scoped context, and the active contexts it has produced (kept only when they depend on bundled contexts alone).
struct ScopedContext: Sendable, Equatable {
    let json: JSON
    /// True when the context names no other context (no URL, no `@import`): its result depends on nothing loaded.
    let namesNoContext: Bool
    private let results = ScopedResults()

    init(json: JSON) {
        self.json = json
        let items: [JSON] = if case .array(let items) = json { items } else { [json] }
        namesNoContext = items.allSatisfy { item in
            switch item {
            case .string: false
            case .object(let definition): definition["@import"] == nil
            default: true
            }
        }
    }

    struct Key: Hashable, Sendable {
        let activeID: Int
        let base: String?
        let overrideProtected: Bool
        let propagate: Bool
    }

    func cached(_ key: Key) -> ActiveContext? { results.entries.read { $0[key] } }

    func keep(_ context: ActiveContext, for key: Key) {
        results.entries.write { entries in
            if entries.count >= 64 { entries.removeAll(keepingCapacity: true) }
            entries[key] = context
        }
    }

    /// Two scoped contexts are the same when their JSON is; what they have produced does not count.
    static func == (a: ScopedContext, b: ScopedContext) -> Bool { a.json == b.json }
}

final class ScopedResults: Sendable {
    let entries = ReadMostly<[ScopedContext.Key: ActiveContext]>([:])
}
