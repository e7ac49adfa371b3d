import Foundation

/// A bounded set of connections of one kind, opened on demand; a caller waits (up to a timeout)
/// when all are lent out.
///
/// `@unchecked Sendable`: every stored property is read and written only while holding `condition`,
/// and a connection is used by one thread at a time (between `checkOut` and `checkIn`).
final class ConnectionPool<Resource: AnyObject>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private let timeout: TimeInterval
    private let open: () throws(DatabaseError) -> Resource
    private let isHealthy: (Resource) -> Bool
    private var idle: [Resource] = []
    private var openCount = 0
    private var inUse = 0
    private var waiting = 0
    private var closed = false

    init(capacity: Int, timeout: TimeInterval, open: @escaping () throws(DatabaseError) -> Resource,
         isHealthy: @escaping (Resource) -> Bool = { _ in true }) {
        precondition(capacity > 0)
        self.capacity = capacity
        self.timeout = timeout
        self.open = open
        self.isHealthy = isHealthy
    }

    var statistics: PoolStatistics {
        condition.lock()
        defer { condition.unlock() }
        return PoolStatistics(open: openCount, inUse: inUse, waiting: waiting)
    }

    /// Lends a connection to the body and takes it back; a connection found broken is replaced.
    func withConnection<T>(_ body: (Resource) throws -> T) throws -> T {
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try body(connection)
    }

    private func checkOut() throws(DatabaseError) -> Resource {
        condition.lock()
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if closed {
                condition.unlock()
                throw DatabaseError(.connectionFailed, "the database is closed")
            }
            if let connection = idle.popLast() {
                if isHealthy(connection) {
                    inUse += 1
                    condition.unlock()
                    return connection
                }
                openCount -= 1  // broken: drop it and open another below
                continue
            }
            if openCount < capacity {
                openCount += 1
                inUse += 1
                condition.unlock()
                do {
                    return try open()
                } catch {
                    condition.lock()
                    openCount -= 1
                    inUse -= 1
                    condition.signal()
                    condition.unlock()
                    throw error
                }
            }
            waiting += 1
            let signalled = condition.wait(until: deadline)
            waiting -= 1
            if !signalled && idle.isEmpty && openCount >= capacity {
                condition.unlock()
                throw DatabaseError(.busy, "timed out after \(timeout) s waiting for a database connection")
            }
        }
    }

    private func checkIn(_ connection: Resource) {
        condition.lock()
        inUse -= 1
        if closed || !isHealthy(connection) {
            openCount -= 1
        } else {
            idle.append(connection)
        }
        condition.signal()
        condition.unlock()
    }

    /// Closes idle connections now and lent ones when they come back.
    func close() {
        condition.lock()
        closed = true
        openCount -= idle.count
        idle.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
