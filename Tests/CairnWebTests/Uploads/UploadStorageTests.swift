import CairnCore
import CairnHTTP
@testable import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// Bounded storage: only people who submit evidence upload, each within a quota, and finished
/// uploads no evidence took are removed after a day with their files.
@Suite struct UploadStorageTests {
    typealias Uploader = UploadTests.Uploader

    @Test(arguments: ["assessor@riverbend.example", "designer@riverbend.example", "admin@riverbend.example"])
    func onlyPeopleWhoSubmitEvidenceUpload(_ email: String) throws {
        try TestApp.with { app in
            let refused = try Uploader(app, email).create("lesson.mp4", size: 100)
            #expect(refused.status == 403, "\(email)")
            #expect(try Uploader(app).create("lesson.mp4", size: 100).status == 201, "an educator")
        }
    }

    @Test func aPersonsUploadsAndEvidenceStayWithinTheirQuota() throws {
        try TestApp.with(configure: { $0.storageQuota = StorageQuota(maximumBytesPerPerson: 1_000) }) { app in
            let uploader = try Uploader(app)
            let first = try #require(try uploader.create("one.mp4", size: 600).location)
            #expect(try uploader.chunk(first, at: 0, UploadTests.randomBytes(600)).status == 200)
            let refused = try uploader.create("two.mp4", size: 500)
            #expect(refused.status == 413)
            #expect(refused.header("Content-Type")?.hasPrefix("application/json") == true)
            #expect(refused.text.contains("each person may keep"))
            #expect(try uploader.create("small.mp4", size: 400).status == 201, "what fits is still accepted")
            // Another educator's quota is their own.
            #expect(try Uploader(app, "mei.chen@riverbend.example").create("mine.mp4", size: 900).status == 201)
        }
    }

    @Test func aFinishedUploadNoEvidenceTookIsRemovedAfterADayWithItsFile() throws {
        try TestApp.with { app in
            let uploader = try Uploader(app)
            let location = try #require(try uploader.create("forgotten.mp4", size: 5_000).location)
            let done = try uploader.chunk(location, at: 0, UploadTests.randomBytes(5_000))
            let blob = try #require(try JSONDecoder().decode(UploadTests.Completed.self, from: Data(done.body)).blob)
            let blobID = try #require(BlobReference.ID(blob))
            #expect(app.app.installation.blobs.contains(blobID))
            let id = String(location.dropFirst("/uploads/".count))

            BackgroundWork(app: app.app).housekeeping()
            #expect(try uploader.client.get(location).status == 200, "kept within its first day")

            let dayAgo = Date().addingTimeInterval(-25 * 3600)
            try app.store.database.write { _ = try $0.execute("UPDATE uploads SET updated_at = \(dayAgo) WHERE id = \(id)") }
            BackgroundWork(app: app.app).housekeeping()
            #expect(try uploader.client.get(location).status == 404)
            #expect(!app.app.installation.blobs.contains(blobID), "nothing else named the file: it is gone too")
        }
    }
}
