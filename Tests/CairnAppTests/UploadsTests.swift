@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Resumable uploads as their owner sees them: started within the limits, found only by their
/// owner, finished into a described blob.
@Suite struct UploadsTests {
    @Test func anUploadIsItsOwnersAndFinishesIntoADescribedBlob() throws {
        try TemporaryInstallation.with { installation in
            _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
            let store = installation.store
            func member(_ email: String) throws -> Member {
                let person = try #require(try store.members.fetchPerson(email: try EmailAddress(email)))
                return try #require(try store.members.memberships(of: person.id).first)
            }
            let educator = try member("educator@riverbend.example")
            let uploads = Uploads(installation: installation, scratchDirectory: installation.configuration.dataDirectory)
            let bytes = Array("%PDF-1.4\n% a lesson plan\n".utf8)
            #expect(throws: UploadError.self) {
                try uploads.start(filename: "plan.pdf", contentType: "application/pdf", size: installation.configuration.uploadLimits.maximumBytes + 1,
                                  by: educator)
            }
            let upload = try uploads.start(filename: "plan.pdf", contentType: "application/pdf", size: Int64(bytes.count), by: educator)
            #expect(try uploads.find(upload.id, of: educator)?.id == upload.id)
            #expect(try uploads.find(upload.id, of: try member("mei.chen@riverbend.example")) == nil, "another person never finds it")

            let path = installation.configuration.dataDirectory + "/partial-\(upload.id.rawValue)"
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            #expect(try uploads.advance(upload.id, from: 0, to: Int64(bytes.count)))
            #expect(try !uploads.advance(upload.id, from: 0, to: Int64(bytes.count)), "the offset moved on")
            let received = try #require(try uploads.find(upload.id, of: educator))
            let finished = try #require(try uploads.finish(received, bytesIn: fd))
            let completion = try #require(finished.completed)
            #expect(completion.contentType == "application/pdf")
            let blob = try #require(BlobReference.ID(completion.blobHash))
            #expect(installation.blobs.contains(blob))
            try uploads.drop(upload.id)
            #expect(try uploads.find(upload.id, of: educator) == nil)
        }
    }
}
