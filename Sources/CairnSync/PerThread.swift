import Synchronization

/// State that every request thread changes all the time (counters, a log's waiting lines), kept
/// in one part per thread so that threads do not queue on one lock; readers gather the parts.
///
/// Threads beyond `parts` share parts (by `ThreadSlot`), which stays correct, only slower.
public final class PerThread<Value: Sendable>: Sendable {
    /// One thread's part, padded so that two parts never share a cache line.
    private final class Part: Sendable {
        let value: Mutex<Value>
        private let padding: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
        init(_ value: Value) { self.value = Mutex(value) }
    }

    private let parts: [Part]

    /// - Parameter make: the state of one part when it is empty.
    public init(parts: Int = 64, _ make: () -> Value) {
        precondition(parts > 0)
        self.parts = (0..<parts).map { _ in Part(make()) }
    }

    /// Changes the calling thread's part.
    public func withCurrent<Result: Sendable>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try parts[ThreadSlot.current % parts.count].value.withLock { try body(&$0) }
    }

    /// Visits every part in turn, each under its lock.
    public func forEach(_ body: (inout Value) throws -> Void) rethrows {
        for part in parts { try part.value.withLock { try body(&$0) } }
    }
}
