import Foundation
import Synchronization
import Testing
import CairnCore
@testable import CairnStore

@Suite struct UploadRepositoryTests {
    func upload(_ f: Fixture, total: Int64 = 100, at time: Date = .fixture) -> Upload {
        Upload(organizationID: f.riverbend.id, personID: f.ana.id, filename: "lesson.mp4", declaredContentType: "video/mp4",
               totalBytes: total, createdAt: time)
    }

    @Test(arguments: TestDatabase.available)
    func uploadsAreVisibleToTheirOwnerInTheirOrganizationOnly(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let upload = upload(f)
            try store.uploads.insert(upload)
            #expect(try store.uploads.find(upload.id, person: f.ana.id, organization: f.riverbend.id) == upload)
            #expect(try store.uploads.fetch(upload.id, person: f.ben.id, organization: f.riverbend.id) == nil)
            #expect(try store.uploads.fetch(upload.id, person: f.ana.id, organization: f.lakeside.id) == nil)
            #expect(throws: DatabaseError.notFound("upload")) { try store.uploads.find(upload.id, person: f.ben.id, organization: f.lakeside.id) }
            #expect(try store.uploads.inProgressCount(person: f.ana.id, organization: f.riverbend.id) == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theOffsetMovesOnlyFromWhereItIsAndNeverPastTheEnd(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let upload = upload(f)
            try store.uploads.insert(upload)
            #expect(try store.uploads.advance(upload.id, from: 0, to: 40, at: .fixture.plus(minutes: 1)))
            #expect(try !store.uploads.advance(upload.id, from: 0, to: 40, at: .fixture.plus(minutes: 1)))
            #expect(try !store.uploads.advance(upload.id, from: 40, to: 101, at: .fixture.plus(minutes: 1)))
            let stored = try store.uploads.find(upload.id, person: f.ana.id, organization: f.riverbend.id)
            #expect(stored.receivedBytes == 40 && stored.updatedAt == .fixture.plus(minutes: 1))
            let done = Upload.Completion(blobHash: String(repeating: "a", count: 64), contentType: "video/mp4")
            #expect(try !store.uploads.complete(upload.id, as: done, at: .fixture.plus(minutes: 2)))
            #expect(try store.uploads.advance(upload.id, from: 40, to: 100, at: .fixture.plus(minutes: 2)))
            #expect(try store.uploads.complete(upload.id, as: done, at: .fixture.plus(minutes: 2)))
            #expect(try store.uploads.find(upload.id, person: f.ana.id, organization: f.riverbend.id).completed == done)
            #expect(try store.uploads.inProgressCount(person: f.ana.id, organization: f.riverbend.id) == 0)
            #expect(try !store.uploads.advance(upload.id, from: 100, to: 100, at: .fixture.plus(minutes: 3)))
        }
    }

    @Test(arguments: TestDatabase.available)
    func ofTwoChunksRacingForTheSameOffsetExactlyOneLands(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let upload = upload(f)
            try store.uploads.insert(upload)
            let wins = Atomic(0)
            DispatchQueue.concurrentPerform(iterations: 8) { index in
                if (try? store.uploads.advance(upload.id, from: 0, to: Int64(10 + index), at: .fixture)) == true {
                    wins.add(1, ordering: .relaxed)
                }
            }
            #expect(wins.load(ordering: .relaxed) == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func staleUploadsAreThoseUnfinishedWithoutAChunkSinceTheCutoff(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let old = upload(f, at: .fixture)
            let fresh = upload(f, at: .fixture.plus(days: 1))
            try store.uploads.insert(old)
            try store.uploads.insert(fresh)
            #expect(try store.uploads.stale(before: .fixture.plus(minutes: 1)).map(\.id) == [old.id])
            try store.uploads.delete(old.id)
            #expect(try store.uploads.stale(before: .fixture.plus(days: 2)).map(\.id) == [fresh.id])
        }
    }
}
