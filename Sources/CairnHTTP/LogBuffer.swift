import Foundation
import Synchronization

/// Log lines on their way to a file descriptor, written in batches so a busy server does not make
/// one `write` per request: a line waits at most `interval` (a background thread flushes), a
/// batch is written as soon as it reaches `batchBytes`, and whatever waits is written at exit.
public final class LogBuffer: Sendable {
    /// The buffer in front of stderr that every default `Logger` writes to.
    public static let standardError: LogBuffer = {
        let buffer = LogBuffer(descriptor: 2)
        atexit { LogBuffer.standardError.flush() }
        return buffer
    }()

    private let descriptor: Int32
    private let batchBytes: Int
    private let pending = Mutex<[UInt8]>([])
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
        let full = pending.withLock { bytes in
            bytes.append(contentsOf: line)
            bytes.append(0x0A)
            return bytes.count >= batchBytes
        }
        if full { flush() }
    }

    /// Writes every waiting line now.
    public func flush() {
        writing.withLock { _ in
            let batch = pending.withLock { bytes in
                let taken = bytes
                bytes.removeAll(keepingCapacity: true)
                return taken
            }
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
}
