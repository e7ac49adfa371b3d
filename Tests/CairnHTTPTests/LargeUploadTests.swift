import Foundation
import Synchronization
import Testing
@testable import CairnHTTP

/// The process's resident memory in KiB, from /proc/self/status.
private func residentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
    return Int(line.split(separator: " ")[1]) ?? 0
}

/// Samples resident memory on its own thread until stopped, keeping the peak.
private final class MemorySampler: Sendable {
    private let state = Mutex((peak: 0, running: true))

    func start() {
        Thread.detachNewThread { [self] in
            while state.withLock({ $0.running }) {
                let now = residentKiB()
                state.withLock { $0.peak = max($0.peak, now) }
                usleep(20_000)
            }
        }
    }

    func stop() -> Int { state.withLock { $0.running = false; return $0.peak } }
}

/// The time limit only stops a hung upload: it runs beside the whole parallel suite on two cores,
/// so it is far above the few seconds the upload takes alone (speed is measured in `bench/`).
@Test(.timeLimit(.minutes(10)))
func twoHundredMegabyteUploadStreamsToDiskWithFlatMemory() throws {
    // Given a 200 MB file of random bytes and a handler that hashes the uploaded temporary file
    let directory = temporaryDirectory()
    let source = directory + "/big.bin"
    _ = try run("/bin/sh", ["-c", "head -c \(200 << 20) /dev/urandom > '\(source)'"])
    let expectedDigest = try run("/usr/bin/sha256sum", [source]).output.split(separator: " ")[0]
    var router = Router()
    router.post("/upload") { request in
        let file = try #require(request.form.file("file"))
        let digest = try run("/usr/bin/sha256sum", [file.path]).output.split(separator: " ")[0]
        return .text("\(file.filename) \(file.size) \(digest) \(request.form["note"] ?? "")")
    }
    let server = try TestServer(router) {
        $0.maxBodyBytes = 300 << 20
        $0.temporaryDirectory = directory
    }

    // When curl streams it as multipart while memory is sampled
    let baseline = residentKiB()
    let sampler = MemorySampler()
    sampler.start()
    let (output, status) = try run("/usr/bin/curl", ["-sS", "-F", "note=two words", "-F", "file=@\(source)",
                                                     "http://127.0.0.1:\(server.port)/upload"])
    let peak = sampler.stop()

    // Then the handler saw every byte, and memory grew by far less than the upload
    #expect(status == 0)
    #expect(output == "big.bin \(200 << 20) \(expectedDigest) two words")
    let growthMiB = Double(peak - baseline) / 1024
    print("200 MB upload: resident memory baseline \(baseline / 1024) MiB, peak \(peak / 1024) MiB, growth \(growthMiB) MiB")
    // The process is shared with the rest of the suite running in parallel, whose own allocations count
    // here too (once 64.7 MiB): a server that held the body would grow by the whole 200 MiB.
    #expect(growthMiB < 100)
    try? FileManager.default.removeItem(atPath: directory)
}
