#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A small number naming the calling thread: the same on each of its calls, and given to threads
/// in the order of their first call (0, 1, 2…), so that threads can keep state apart (`PerThread`).
public enum ThreadSlot {
    /// Holds each thread's number plus one (a new thread reads nil).
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        precondition(pthread_key_create(&key, nil) == 0, "no thread-specific key is left")
        return key
    }()
    private static let given = Atomic<Int>(0)

    /// The calling thread's number.
    public static var current: Int {
        if let stored = pthread_getspecific(key) { return Int(bitPattern: stored) - 1 }
        let slot = given.wrappingAdd(1, ordering: .relaxed).oldValue
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: slot + 1))
        return slot
    }
}
