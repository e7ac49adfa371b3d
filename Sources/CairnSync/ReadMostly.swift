#if canImport(Glibc)
import Glibc
#endif

/// A value that the request threads read all the time and change seldom (a cache), behind a
/// reader-writer lock: readers never wait for one another, and no thread spins.
///
/// `Synchronization.Mutex` spins before it sleeps; when the server runs more threads than the
/// machine has cores, a waiter spins through the time slice its preempted holder needs (decision
/// 0022). A waiting writer holds back new readers, so a steady stream of reads never starves a refill.
/// Neither closure may take this lock again.
public final class ReadMostly<Value: Sendable>: @unchecked Sendable {
    private let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)
    /// Read only under the read lock, changed only under the write lock.
    private var value: Value

    public init(_ value: Value) {
        self.value = value
        var attributes = pthread_rwlockattr_t()
        pthread_rwlockattr_init(&attributes)
        pthread_rwlockattr_setkind_np(&attributes, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, &attributes)
        pthread_rwlockattr_destroy(&attributes)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    /// What `body` makes of the value, read beside other readers.
    public func read<Result>(_ body: (Value) throws -> Result) rethrows -> Result {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(value)
    }

    /// Changes the value alone: readers and other writers wait.
    public func write<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(&value)
    }
}
