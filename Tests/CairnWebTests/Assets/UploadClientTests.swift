import Foundation
import Testing

/// The real `uploads.js`, run by Node against the real server through a scripted network
/// (`uploads-harness.mjs`): it finishes with the right blob, or gives up, after a bounded number of requests.
@Suite struct UploadClientTests {
    static let mebibyte = 1 << 20

    /// What the harness prints.
    struct Run: Decodable {
        struct Sent: Decodable {
            let method: String
            let offset: Int?
            let status: Status?
        }
        /// A status code, or "dropped" for a request the network cut.
        enum Status: Decodable, Equatable {
            case code(Int), dropped
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                self = (try? container.decode(Int.self)).map(Status.code) ?? .dropped
            }
        }
        let outcome: String
        let blob: String?
        let message: String?
        let sha256: String
        let requests: [Sent]
        let delays: [Double]

        var patches: [Sent] { requests.filter { $0.method == "PATCH" } }
    }

    /// Signs in an educator and runs the harness in `scenario` with a random file of `bytes`.
    static func run(_ scenario: String, bytes: Int) throws -> Run {
        try TestApp.with { app in
            let educator = try app.signedIn(WorkspaceTests.educator)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/node")
            let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            let root = assets.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            process.arguments = [assets.appendingPathComponent("uploads-harness.mjs").path]
            process.environment = [
                "UPLOADS_JS": root.appendingPathComponent("Sources/CairnWeb/Assets/uploads.js").path,
                "CAIRN_BASE_URL": "http://127.0.0.1:\(app.port)",
                "CAIRN_COOKIE": educator.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "),
                "CAIRN_CSRF": try educator.csrfToken(),
                "SCENARIO": scenario, "FILE_BYTES": String(bytes),
            ]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return try JSONDecoder().decode(Run.self, from: data)
        }
    }

    @Test func theLostFinalAnswerEndsWithTheFinishedUploadNotALoop() throws {
        let run = try Self.run("lost-final-answer", bytes: 9 * Self.mebibyte)
        #expect(run.outcome == "complete")
        #expect(run.blob == run.sha256)
        // Two chunks (the second's answer lost), a HEAD after one backoff, then an empty PATCH the server answers 409 "complete".
        #expect(run.patches.count == 3, "PATCHes: \(run.patches.map { "\($0.offset ?? -1)→\(String(describing: $0.status))" })")
        #expect(run.patches.last?.status == .code(409))
        #expect(run.delays.count == 1)
    }

    @Test func a409WithTheServersOffsetResumesFromThere() throws {
        let run = try Self.run("conflict-with-offset", bytes: 17 * Self.mebibyte)
        #expect(run.outcome == "complete")
        #expect(run.blob == run.sha256)
        #expect(run.patches.map(\.offset) == [0, 8 * Self.mebibyte, 9 * Self.mebibyte])
        #expect(run.patches.map(\.status) == [.code(204), .code(409), .code(200)])
        #expect(run.delays.isEmpty, "a 409 naming a new offset is progress, not a failure")
    }

    @Test func aServerErrorIsRetriedAfterABackoff() throws {
        let run = try Self.run("server-error", bytes: 9 * Self.mebibyte)
        #expect(run.outcome == "complete")
        #expect(run.blob == run.sha256)
        #expect(run.delays.count == 1 && run.delays[0] >= 500)
        #expect(run.patches.count == 3)
    }

    @Test func aServerThatKeepsFailingIsGivenUpOnAfterCappedBackoffs() throws {
        let run = try Self.run("server-down", bytes: 9 * Self.mebibyte)
        #expect(run.outcome == "failed")
        #expect(run.patches.count == 13, "the first try and 12 retries")
        #expect(run.delays.count == 12)
        #expect(run.delays.allSatisfy { $0 >= 500 && $0 <= 30_000 })
        // Each of the first five waits is drawn from half to all of 1, 2, 4, 8 and 16 s, so each is at least the one
        // before; from the sixth on the cap of 30 s halves the same way (15–30 s), which may fall below the fifth.
        #expect(zip(run.delays.prefix(4), run.delays.dropFirst().prefix(4)).allSatisfy { $0 <= $1 }, "\(run.delays)")
        #expect(run.delays.dropFirst(5).allSatisfy { $0 >= 15_000 }, "\(run.delays)")
    }

    @Test func aConnectionDroppedMidChunkResumesFromTheServersOffset() throws {
        let run = try Self.run("drop-mid-chunk", bytes: 9 * Self.mebibyte)
        #expect(run.outcome == "complete")
        #expect(run.blob == run.sha256)
        #expect(run.patches.first?.status == .dropped)
        #expect(run.patches.map(\.offset) == [0, 0, 8 * Self.mebibyte])
        #expect(run.requests.contains { $0.method == "HEAD" })
        #expect(run.delays.count == 1)
    }
}
