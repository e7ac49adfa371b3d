import Foundation
import Testing
@testable import CairnHTTP

@Suite struct LogBufferTests {
    /// Reads what is waiting in a non-blocking pipe.
    private func drain(_ fd: Int32) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func pipeEnds() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
        return (ends[0], ends[1])
    }

    @Test func linesWaitForTheBatchAndLeaveInOrderOnFlush() throws {
        let ends = try pipeEnds()
        defer { close(ends.read); close(ends.write) }
        let buffer = LogBuffer(descriptor: ends.write, batchBytes: 1 << 20, interval: .seconds(3600))
        buffer.append("first")
        buffer.append("second")
        #expect(drain(ends.read) == "", "nothing is written before the batch is full or flushed")
        buffer.flush()
        #expect(drain(ends.read) == "first\nsecond\n")
    }

    @Test func linesFromSeveralThreadsLeaveInTheOrderTheyCame() throws {
        let ends = try pipeEnds()
        defer { close(ends.read); close(ends.write) }
        let buffer = LogBuffer(descriptor: ends.write, batchBytes: 1 << 20, interval: .seconds(3600))
        /// Appends on a thread of its own, and returns once it is done.
        func appendOnAnotherThread(_ line: String) {
            let done = DispatchSemaphore(value: 0)
            Thread { buffer.append(line); done.signal() }.start()
            done.wait()
        }
        buffer.append("one")
        appendOnAnotherThread("two")
        buffer.append("three")
        appendOnAnotherThread("four")
        buffer.flush()
        #expect(drain(ends.read) == "one\ntwo\nthree\nfour\n")
    }

    @Test func aFullBatchIsWrittenAtOnce() throws {
        let ends = try pipeEnds()
        defer { close(ends.read); close(ends.write) }
        let buffer = LogBuffer(descriptor: ends.write, batchBytes: 16, interval: .seconds(3600))
        buffer.append("0123456789")
        #expect(drain(ends.read) == "")
        buffer.append("abcdefghij")
        #expect(drain(ends.read) == "0123456789\nabcdefghij\n")
    }

    @Test func waitingLinesAreWrittenByTheBackgroundFlush() async throws {
        let ends = try pipeEnds()
        defer { close(ends.read); close(ends.write) }
        let buffer = LogBuffer(descriptor: ends.write, batchBytes: 1 << 20, interval: .milliseconds(20))
        buffer.append("soon")
        var seen = ""
        for _ in 0..<100 where seen.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
            seen = drain(ends.read)
        }
        #expect(seen == "soon\n")
    }
}
