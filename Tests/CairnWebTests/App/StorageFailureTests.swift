@testable import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// A full or read-only disk: a clear 507 or 503 (JSON for JSON clients), `/healthz` says so, a metric
/// counts it, and Cairn recovers without a restart once there is room again.
@Suite struct StorageFailureTests {
    @Test func aFullDiskAnswers507AndRecoversWithoutARestart() async throws {
        // In a child process: the file-size limit (RLIMIT_FSIZE) is per process, and other tests write files.
        // The child reports each broken promise on stderr and exits 0, so the parent can name them.
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            let failures: [String]
            do { failures = try FullDiskScenario.run() } catch { failures = ["the scenario threw \(error)"] }
            for failure in failures { FileHandle.standardError.write(Data("FAILED: \(failure)\n".utf8)) }
            FileHandle.standardError.write(Data("SCENARIO FINISHED\n".utf8))
            exit(0)
        }
        let lines = result.map { String(decoding: $0.standardErrorContent, as: UTF8.self).split(separator: "\n") } ?? []
        #expect(lines.contains("SCENARIO FINISHED"))
        for failure in lines where failure.hasPrefix("FAILED") { Issue.record("\(failure)") }
    }

    @Test func signInOnAReadOnlyDatabaseIsA503ThatSaysSo() throws {
        try TestApp.with { app in
            let browser = app.client()
            let form = try browser.get("/signin")
            let database = try #require(app.store.database as? SQLiteDatabase)
            _ = try database.writer.withConnection { try $0.execute(SQL(raw: "PRAGMA query_only = ON")) }  // every write now fails: SQLITE_READONLY
            let refused = try browser.post("/signin", form: [("email", WorkspaceTests.educator), ("password", TestApp.password),
                                                             ("next", ""), ("_csrf", try #require(form.csrfToken))])
            #expect(refused.status == 503)
            #expect(refused.text.contains("read-only"))
            #expect(refused.header("Retry-After") == "60")
            _ = try database.writer.withConnection { try $0.execute(SQL(raw: "PRAGMA query_only = OFF")) }
            #expect(try browser.post("/signin", form: [("email", WorkspaceTests.educator), ("password", TestApp.password),
                                                       ("next", ""), ("_csrf", try #require(form.csrfToken))]).status == 303)
            let metrics = try app.client().get("/metrics").text
            #expect(metrics.contains(#"cairn_storage_write_failures_total{cause="read_only"} 1"#))
        }
    }
}

/// The full-disk journey, run in a child process whose files may not grow past 1 KiB for a while.
enum FullDiskScenario {
    /// Returns what went wrong, in words; empty when everything held.
    static func run() throws -> [String] {
        var failures: [String] = []
        func check(_ holds: Bool, _ what: String) { if !holds { failures.append(what) } }
        try TestApp.with { app in
            try app.publishTextOnly("text-only", title: "Text only")
            let educator = try app.signedIn(WorkspaceTests.educator)
            let path = try app.enroll(educator, in: "text-only")
            let csrf = try educator.csrfToken()
            let json = [("X-CSRF-Token", csrf), ("Accept", "application/json")]
            func autosave(_ text: String) throws -> TestResponse {
                try educator.post(path + "/evidence/r1", form: [("_csrf", csrf), ("text-r1", text), ("links-r1", "")], headers: [("Accept", "application/json")])
            }
            func storedText() throws -> String? {
                try app.store.enrollments.workspace(of: app.enrollment(at: path).id, in: app.organization("riverbend").id).entry(for: "r1")?.text
            }
            check(try autosave("Before the disk filled").status == 200, "the first save works")
            let chunk = [UInt8](repeating: 65, count: 65536)
            let created = try educator.send(method: "POST", target: "/uploads", headers: json + [("Content-Type", "application/json")],
                                            body: Array(#"{"filename": "notes.txt", "size": 65536, "contentType": "text/plain"}"#.utf8))
            let upload = try #require(created.location)

            // When: no file may grow past 1 KiB, as on a full disk.
            var original = rlimit()
            getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &original)
            var full = original
            full.rlim_cur = 1024
            setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &full)

            let save = try autosave("Written while the disk was full")
            check(save.status == 507, "the autosave answers 507, not \(save.status): \(save.text.prefix(200))")
            check(save.header("Content-Type")?.hasPrefix("application/json") == true, "the autosave's refusal is JSON")
            check(save.text.contains("storage is full") && save.text.contains("not lost"), "the refusal says what happened: \(save.text.prefix(200))")
            let sent = try educator.send(method: "PATCH", target: upload,
                                         headers: json + [("Upload-Offset", "0"), ("Content-Type", "application/offset+octet-stream")], body: chunk)
            check(sent.status == 507 && sent.text.contains("storage is full"), "the upload chunk answers 507, not \(sent.status): \(sent.text.prefix(200))")
            let posted = try educator.postMultipart(path + "/evidence/r1/files", fields: [("_csrf", csrf)],
                                                    file: ("file", "notes.txt", "text/plain", chunk))
            check(posted.status == 507 && posted.text.contains("storage is full"), "a file posted whole answers 507, not \(posted.status)")
            let health = try app.client().get("/healthz")
            check(health.status == 503 && health.text.contains("data directory not writable (full"), "healthz says the disk is full: \(health.status) \(health.text)")
            let page = try educator.get(path)
            check(page.status == 200 && page.text.contains("Before the disk filled"), "reading still works: \(page.status)")

            // Then: with room again, the same server saves.
            setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &original)
            check(try storedText() == "Before the disk filled", "the refused save changed nothing")
            let again = try autosave("After the disk was cleared")
            check(again.status == 200 && again.text.contains(#""saved":true"#), "the autosave works again: \(again.status) \(again.text.prefix(200))")
            check(try storedText() == "After the disk was cleared", "the new text is stored")
            let status = try educator.send(method: "GET", target: upload, headers: json, body: [])
            check(status.header("Upload-Offset") == "0", "the refused chunk left the offset at 0: \(status.header("Upload-Offset") ?? "none")")
            let resent = try educator.send(method: "PATCH", target: upload,
                                           headers: json + [("Upload-Offset", "0"), ("Content-Type", "application/offset+octet-stream")], body: chunk)
            check(resent.status == 200 && resent.text.contains(#""complete":true"#), "the chunk is taken again: \(resent.status)")
            check(try app.client().get("/healthz").status == 200, "healthz is ok again")
            let metrics = try app.client().get("/metrics").text
            check(metrics.contains(#"cairn_storage_write_failures_total{cause="full"} 3"#), "the metric counts the three refused writes")
        }
        return failures
    }
}
