import CairnCore
import Foundation
import Synchronization

/// What `ffprobe` and `ffmpeg` tell about a video: its duration and a poster frame.
///
/// Both are optional: when the executable is missing, fails or takes longer than `timeout`, the
/// answer is nil and the upload goes on without it.
public struct VideoProbe: Sendable {
    /// The `ffprobe` executable; `ffmpeg` is looked for beside it.
    public let ffprobePath: String?
    public var timeout: TimeInterval = 30

    public init(ffprobePath: String?, timeout: TimeInterval = 30) {
        self.ffprobePath = ffprobePath
        self.timeout = timeout
    }

    public var isAvailable: Bool { ffprobePath.map { FileManager.default.isExecutableFile(atPath: $0) } ?? false }

    private var ffmpegPath: String? {
        guard let ffprobePath else { return nil }
        let path = (ffprobePath as NSString).deletingLastPathComponent + "/ffmpeg"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The duration in seconds, when ffprobe can read a plausible one (at most a day).
    public func duration(of path: String) -> Double? {
        guard isAvailable, let ffprobePath,
              let output = run(ffprobePath, ["-v", "error", "-show_entries", "format=duration",
                                             "-of", "default=noprint_wrappers=1:nokey=1", path]) else { return nil }
        // A crafted file can claim any length: only a real number within a day counts.
        guard let seconds = Double(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
              seconds.isFinite, (0...VideoComment.maximumSeconds).contains(seconds) else { return nil }
        return seconds
    }

    /// A JPEG of the frame at one second (or the first, for shorter videos) written to `output`.
    public func poster(of path: String, to output: String) -> Bool {
        guard isAvailable, let ffmpegPath else { return false }
        for seek in ["1", "0"] {
            _ = run(ffmpegPath, ["-v", "error", "-y", "-ss", seek, "-i", path, "-frames:v", "1", "-f", "image2", output])
            if let size = (try? FileManager.default.attributesOfItem(atPath: output))?[.size] as? Int, size > 0 { return true }
        }
        return false
    }

    /// Runs an executable; its standard output when it exits 0 within the timeout, else nil.
    private func run(_ executable: String, _ arguments: [String]) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { return nil }
        // Output is small (a number, or nothing): read it all, then wait for the exit.
        let reader = DispatchQueue.global()
        let data = LockedData()
        let readDone = DispatchSemaphore(value: 0)
        reader.async {
            data.set(output.fileHandleForReading.readDataToEndOfFile())
            readDone.signal()
        }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = exited.wait(timeout: .now() + 5)
            return nil
        }
        _ = readDone.wait(timeout: .now() + 5)
        guard process.terminationStatus == 0 else { return nil }
        return Array(data.get())
    }
}

/// Bytes handed from the reading thread to the waiting one.
private final class LockedData: Sendable {
    private let data = Mutex(Data())
    func set(_ value: Data) { data.withLock { $0 = value } }
    func get() -> Data { data.withLock { $0 } }
}
