import Foundation

/// How often an operation ran on one thread in a fixed time.
struct Measurement {
    let operation: String
    let count: Int
    let seconds: Double
    /// The rate to reach, if the operation has one.
    let target: Double?

    var perSecond: Double { Double(count) / seconds }
    var millisecondsEach: Double { seconds * 1000 / Double(count) }

    /// Runs `body` for a short warm-up, then for `duration` seconds, and counts the runs.
    static func run(_ operation: String, for duration: Double, target: Double? = nil, _ body: () -> Void) -> Measurement {
        let warmUpEnd = Date().addingTimeInterval(min(0.5, duration / 4))
        while Date() < warmUpEnd { body() }
        let clock = ContinuousClock()
        let start = clock.now
        var count = 0
        var elapsed = 0.0
        repeat {
            for _ in 0..<8 { body() }
            count += 8
            let (seconds, attoseconds) = (clock.now - start).components
            elapsed = Double(seconds) + Double(attoseconds) / 1e18
        } while elapsed < duration
        return Measurement(operation: operation, count: count, seconds: elapsed, target: target)
    }
}
