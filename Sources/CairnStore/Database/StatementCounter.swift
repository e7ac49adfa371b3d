import Synchronization

/// Counts the statements a database's connections run, for `/metrics` and for the tests that
/// hold each page to a fixed number of queries.
final class StatementCounter: Sendable {
    private let count = Atomic<Int>(0)

    /// One more statement run.
    func increment() { count.add(1, ordering: .relaxed) }

    /// The statements run so far.
    var value: Int { count.load(ordering: .relaxed) }
}
