import CairnSync
import Foundation
import Synchronization

/// Log lines on their way to a file descriptor, written in batches so a busy server does not make
/// one `write` per request: a line waits at most `interval` (a background thread flushes), the
/// batch is written as soon as one thread's waiting lines reach `batchBytes`, and whatever waits is
/// written at exit.
///
/// Each thread's lines wait apart, so the request threads never queue on one lock; each line takes
/// a number as it comes, and a batch puts every thread's lines back in that order. (A line added
/// while a batch is being gathered may go out with the next one, after a line numbered later.)
public final class LogBuffer: Sendable {
    /// One thread's waiting lines: their bytes, and where each ends with the number it took.
    private struct Waiting {
        var bytes: [UInt8] = []
        var lines: [(number: Int, end: Int)] = []
    }

    /// The buffer in front of stderr that every default `Logger` writes to.
    public static let standardError: LogBuffer = {
        let buffer = LogBuffer(descriptor: 2)
        atexit { LogBuffer.standardError.flush() }
        return buffer
    }()

    private let descriptor: Int32
    private let batchBytes: Int
    private let pending = PerThread { Waiting() }
    /// The number the next line takes.
    private let nextNumber = Atomic(0)
    /// Serializes writes, so batches reach the descriptor in the order they were taken.
    private let writing = Mutex(())

    init(descriptor: Int32, batchBytes: Int = 32 << 10, interval: Duration = .milliseconds(100)) {
        self.descriptor = descriptor
        self.batchBytes = batchBytes
        let flushEvery = Double(interval.components.attoseconds) / 1e18 + Double(interval.components.seconds)
        Thread.detachNewThread { [weak self] in
            while true {
                Thread.sleep(forTimeInterval: flushEvery)
                guard let self else { return }  // the buffer is gone: so is its thread
                self.flush()
            }
        }
    }

    /// Queues one line (a newline is added); writes the batch now when it is full.
    public func append(_ line: String) {
        append(bytes: Array(line.utf8))
    }

    /// Queues one line already in UTF-8 (a newline is added); writes the batch now when it is full.
    public func append(bytes line: [UInt8]) {
        let full = pending.withCurrent { waiting in
            waiting.bytes.append(contentsOf: line)
            waiting.bytes.append(0x0A)
            waiting.lines.append((nextNumber.wrappingAdd(1, ordering: .relaxed).oldValue, waiting.bytes.count))
            return waiting.bytes.count >= batchBytes
        }
        if full { flush() }
    }

    /// Writes every waiting line now.
    public func flush() {
        writing.withLock { _ in
            var taken: [Waiting] = []
            pending.forEach { waiting in
                guard !waiting.lines.isEmpty else { return }
                taken.append(waiting)
                waiting.bytes.removeAll(keepingCapacity: true)
                waiting.lines.removeAll(keepingCapacity: true)
            }
            let batch = Self.inOrder(taken)
            batch.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if written < 0 { if errno == EINTR { continue } else { return } }
                    offset += written
                }
            }
        }
    }

    /// The lines of every thread in the order they took their numbers.
    private static func inOrder(_ taken: [Waiting]) -> [UInt8] {
        guard taken.count > 1 else { return taken.first?.bytes ?? [] }
        var lines: [(number: Int, part: Int, start: Int, end: Int)] = []
        for (part, waiting) in taken.enumerated() {
            var start = 0
            for line in waiting.lines {
                lines.append((line.number, part, start, line.end))
                start = line.end
            }
        }
        lines.sort { $0.number < $1.number }
        var batch: [UInt8] = []
        batch.reserveCapacity(taken.reduce(0) { $0 + $1.bytes.count })
        for line in lines { batch.append(contentsOf: taken[line.part].bytes[line.start..<line.end]) }
        return batch
    }
}
