import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// What a person keeps, and which finished uploads are nobody's evidence.
@Suite struct UploadStorageRepositoryTests {
    /// A finished upload of `size` bytes that became the blob `hash`, last touched at `time`.
    func finished(_ world: EarningWorld, _ store: Store, hash: String, size: Int64, at time: Date) throws -> Upload {
        let upload = Upload(organizationID: world.org, personID: world.ana, filename: "f", declaredContentType: "video/mp4",
                            totalBytes: size, createdAt: time)
        try store.uploads.insert(upload)
        #expect(try store.uploads.advance(upload.id, from: 0, to: size, at: time))
        #expect(try store.uploads.complete(upload.id, as: .init(blobHash: hash, contentType: "video/mp4", durationSeconds: nil,
                                                                 posterHash: nil), at: time))
        return upload
    }

    @Test(arguments: TestDatabase.available)
    func evidenceFilesCountOnceAndUploadsOnlyWhenNoEvidenceTookThem(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let pdf = EarningWorld.pdf
            try store.enrollments.save(try EvidenceItem(requirementID: "r1", files: [pdf]), to: world.enrollment.id, in: world.org, at: .fixture)
            _ = try finished(world, store, hash: pdf.sha256, size: pdf.size, at: .fixture)  // became the evidence above
            _ = try finished(world, store, hash: String(repeating: "c", count: 64), size: 300, at: .fixture)
            try store.uploads.insert(Upload(organizationID: world.org, personID: world.ana, filename: "g", declaredContentType: "video/mp4",
                                            totalBytes: 50, createdAt: .fixture))  // still arriving
            let usage = try store.uploads.storageUsage(person: world.ana, organization: world.org)
            #expect(usage == StorageUsage(evidenceBytes: pdf.size, unattachedUploadBytes: 350))
            #expect(try store.uploads.storageUsage(person: world.cleo.id, organization: world.org).totalBytes == 0)
        }
    }

    @Test(arguments: TestDatabase.available)
    func onlyOldFinishedUploadsNoWorkspaceHoldsAreUnattached(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let old = Date.fixture.plus(days: -2)
            let kept = try finished(world, store, hash: EarningWorld.pdf.sha256, size: 1000, at: old)
            try store.enrollments.save(try EvidenceItem(requirementID: "r1", files: [EarningWorld.pdf]), to: world.enrollment.id,
                                       in: world.org, at: .fixture)
            let orphan = try finished(world, store, hash: String(repeating: "c", count: 64), size: 300, at: old)
            let recent = try finished(world, store, hash: String(repeating: "d", count: 64), size: 300, at: .fixture)
            let unattached = try store.uploads.finishedUnattached(before: Date.fixture.plus(days: -1)).map(\.id)
            #expect(unattached == [orphan.id])
            #expect(!unattached.contains(kept.id) && !unattached.contains(recent.id))
            #expect(try store.uploads.isBlobReferenced(EarningWorld.pdf.sha256, besides: orphan.id), "a workspace holds it")
            #expect(try store.uploads.isBlobReferenced(String(repeating: "d", count: 64), besides: orphan.id), "another upload")
            #expect(try !store.uploads.isBlobReferenced(String(repeating: "c", count: 64), besides: orphan.id))
        }
    }
}
