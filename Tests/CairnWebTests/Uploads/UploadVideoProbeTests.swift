@testable import CairnApp
import CairnCore
@testable import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// A video's duration and poster come from ffprobe/ffmpeg when present; without them uploads still work.
@Suite struct UploadVideoProbeTests {
    static let ffmpeg = "/usr/bin/ffmpeg"
    static var hasFFmpeg: Bool { FileManager.default.isExecutableFile(atPath: ffmpeg) && FileManager.default.isExecutableFile(atPath: "/usr/bin/ffprobe") }

    struct Completed: Decodable { let contentType: String?; let durationSeconds: Double?; let poster: String? }

    /// A two-second test pattern, made with ffmpeg.
    static func shortVideo() throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-video-\(UUID()).mp4").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ffmpeg)
        process.arguments = ["-v", "error", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=10",
                             "-pix_fmt", "yuv420p", "-y", path]
        try process.run()
        process.waitUntilExit()
        return Array(try #require(FileManager.default.contents(atPath: path)))
    }

    func upload(_ video: [UInt8], ffprobe: String) throws -> Completed {
        var result: Completed?
        try TestApp.with(configure: { $0.ffprobePath = ffprobe }) { app in
            let uploader = try UploadTests.Uploader(app)
            let location = try #require(try uploader.create("clip.mov", size: video.count).location)
            let last = try uploader.resume(location, video, chunkSize: 16 << 10)
            result = try JSONDecoder().decode(Completed.self, from: Data(last.body))
            if let poster = result?.poster { #expect(app.app.installation.blobs.contains(try #require(BlobReference.ID(poster)))) }
        }
        return try #require(result)
    }

    @Test(.enabled(if: hasFFmpeg)) func aVideoGetsItsDurationAndAPosterWhenFFprobeIsPresent() throws {
        let done = try upload(try Self.shortVideo(), ffprobe: "/usr/bin/ffprobe")
        #expect(done.contentType == "video/mp4")
        #expect(abs((done.durationSeconds ?? 0) - 2) < 0.2)
        #expect(done.poster != nil)
    }

    @Test(.enabled(if: hasFFmpeg)) func withoutFFprobeAVideoStillUploads() throws {
        let done = try upload(try Self.shortVideo(), ffprobe: "/nonexistent/ffprobe")
        #expect(done.contentType == "video/mp4")
        #expect(done.durationSeconds == nil && done.poster == nil)
    }
}
