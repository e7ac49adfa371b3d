import Foundation

/// How long a batch of operations took on one thread.
struct Timing {
    let operation: String
    let count: Int
    let seconds: Double

    var perSecond: Double { Double(count) / seconds }
    var millisecondsEach: Double { seconds * 1000 / Double(count) }

    /// Times `body`, which runs the batch and returns how many operations it did.
    static func of(_ operation: String, _ body: () throws -> Int) rethrows -> Timing {
        let clock = ContinuousClock()
        let start = clock.now
        let count = try body()
        return Timing(operation: operation, count: count, seconds: seconds(since: start, on: clock))
    }

    /// Runs `body` again and again for `duration` seconds (after a short warm-up) and counts the runs.
    static func repeating(_ operation: String, for duration: Double, _ body: () -> Void) -> Timing {
        for _ in 0..<3 { body() }
        let clock = ContinuousClock()
        let start = clock.now
        var count = 0, elapsed = 0.0
        repeat {
            body()
            count += 1
            elapsed = seconds(since: start, on: clock)
        } while elapsed < duration
        return Timing(operation: operation, count: count, seconds: elapsed)
    }

    /// The seconds from `start` to now.
    static func seconds(since start: ContinuousClock.Instant, on clock: ContinuousClock) -> Double {
        let (seconds, attoseconds) = (clock.now - start).components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// The line of the results table for this timing.
    var row: String {
        operation.padding(toLength: 58, withPad: " ", startingAt: 0) + String(count).leftPadded(8)
            + String(Int(perSecond.rounded())).leftPadded(12) + String(format: "%.3f", millisecondsEach).leftPadded(10)
    }

    /// The table's heading.
    static let heading = "operation".padding(toLength: 58, withPad: " ", startingAt: 0) + "count".leftPadded(8)
        + "per second".leftPadded(12) + "ms each".leftPadded(10)
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
