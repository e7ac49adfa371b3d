import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Temporary files a killed server left are removed; files a live writer holds are not.
@Suite struct TemporaryFileSweepTests {
    @Test func housekeepingRemovesWhatAKilledWriterLeftAndKeepsLiveWriters() throws {
        try TestApp.with { app in
            let blobTemporary = app.app.installation.blobs.directory + "/tmp", serverTemporary = app.directory + "/tmp"
            // Given: a writer killed with SIGKILL while holding its file's lock, as `kill -9` leaves it.
            let killed = blobTemporary + "/killed.part"
            let holder = Process()
            holder.executableURL = URL(fileURLWithPath: "/bin/sh")  // one process: it opens, locks, then becomes `sleep`
            holder.arguments = ["-c", #"exec 9>"$0" && flock 9 && exec sleep 30"#, killed]
            try holder.run()
            while !FileManager.default.fileExists(atPath: killed) { usleep(10_000) }
            let probe = open(killed, O_RDWR)
            while flock(probe, LOCK_EX | LOCK_NB) == 0 { flock(probe, LOCK_UN); usleep(10_000) }  // until the holder has it
            #expect(write(probe, [UInt8](repeating: 7, count: 4096), 4096) == 4096)
            close(probe)
            kill(holder.processIdentifier, SIGKILL)
            holder.waitUntilExit()
            // … a multipart file of a request that never completed, a live blob writer, and a file just created.
            let leftover = serverTemporary + "/cairn-upload-left"
            #expect(FileManager.default.createFile(atPath: leftover, contents: Data("part".utf8)))
            let writer = try app.app.installation.blobs.writer()
            try writer.write(Array("still being written".utf8))
            let live = try #require(try FileManager.default.contentsOfDirectory(atPath: blobTemporary).first { $0 != "killed.part" })
            // … the bytes of an upload whose row is gone (a kill between the two deletions), and of one in progress.
            let orphan = app.app.partialUploads.directory + "/01J0000000000000000000000.part"
            #expect(FileManager.default.createFile(atPath: orphan, contents: Data("orphan".utf8)))
            let owner = Upload(organizationID: try app.organization("riverbend").id, personID: try app.member(WorkspaceTests.educator).person.id,
                               filename: "clip.mp4", declaredContentType: "video/mp4", totalBytes: 100, createdAt: Date())
            try app.store.uploads.insert(owner)
            let owned = app.app.partialUploads.path(for: owner.id)
            #expect(FileManager.default.createFile(atPath: owned, contents: Data("owned".utf8)))
            let fresh = serverTemporary + "/cairn-upload-fresh"
            #expect(FileManager.default.createFile(atPath: fresh, contents: Data()))
            for path in [killed, leftover, blobTemporary + "/" + live, orphan, owned] {
                try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-600)], ofItemAtPath: path)
            }

            // When: housekeeping runs.
            BackgroundWork(app: app.app).housekeeping()

            // Then: the abandoned files are gone, the live and the fresh ones stay, and the writer still commits.
            #expect(!FileManager.default.fileExists(atPath: killed))
            #expect(!FileManager.default.fileExists(atPath: leftover))
            #expect(!FileManager.default.fileExists(atPath: orphan))
            #expect(FileManager.default.fileExists(atPath: owned))
            #expect(FileManager.default.fileExists(atPath: blobTemporary + "/" + live))
            #expect(FileManager.default.fileExists(atPath: fresh))
            let blob = try writer.commit()
            #expect(app.app.installation.blobs.contains(blob.id))
            #expect(try app.app.housekeeping.removeAbandonedTemporaryFiles() == 0)
        }
    }
}
