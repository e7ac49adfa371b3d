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

    /// Runs `body` for a short warm-up, then in five rounds that share `duration` seconds, and keeps the
    /// fastest round: the machine is shared, and a round that another process slowed says nothing of the code.
    static func run(_ operation: String, for duration: Double, target: Double? = nil, _ body: () -> Void) -> Measurement {
        let warmUpEnd = Date().addingTimeInterval(min(0.25, duration / 8))
        while Date() < warmUpEnd { body() }
        let clock = ContinuousClock()
        var best: (count: Int, seconds: Double)?
        for _ in 0..<5 {
            let start = clock.now
            var count = 0
            var elapsed = 0.0
            repeat {
                body()
                count += 1
                let (seconds, attoseconds) = (clock.now - start).components
                elapsed = Double(seconds) + Double(attoseconds) / 1e18
            } while elapsed < duration / 5
            if best.map({ Double(count) / elapsed > Double($0.count) / $0.seconds }) ?? true { best = (count, elapsed) }
        }
        return Measurement(operation: operation, count: best!.count, seconds: best!.seconds, target: target)
    }
}
