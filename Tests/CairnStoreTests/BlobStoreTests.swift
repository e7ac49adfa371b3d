import CairnCore
import Foundation
import Testing
@testable import CairnStore

@Suite struct BlobStoreTests {
    func withStore(_ body: (BlobStore, String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-blobs-" + Crypto.randomToken()).path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(try BlobStore(directory: directory), directory)
    }

    func files(under path: String) -> [String] {
        (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path + "/" + $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    @Test func aFileIsStoredUnderItsSHA256() throws {
        try withStore { blobs, directory in
            let source = directory + "/source.bin"
            let content = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            _ = FileManager.default.createFile(atPath: source, contents: Data(content))
            let reference = try blobs.put(fileAt: source)
            #expect(reference.id.hex == (try sha256sum(source)))
            #expect(reference.size == 200_000)
            let path = try #require(blobs.path(for: reference.id))
            #expect(path == "\(directory)/blobs/\(reference.id.hex.prefix(2))/\(reference.id.hex.dropFirst(2).prefix(2))/\(reference.id.hex)")
            #expect(FileManager.default.contents(atPath: path) == Data(content))
            #expect(files(under: directory + "/tmp").isEmpty)
        }
    }

    @Test func anOpenFilesFirstBytesAreStoredAndAShortFileStoresNothing() throws {
        try withStore { blobs, directory in
            let source = directory + "/partial.bin"
            let content = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }  // more than one 1 MiB read
            _ = FileManager.default.createFile(atPath: source, contents: Data(content))
            let fd = open(source, O_RDONLY)
            defer { close(fd) }
            let prefix = try blobs.put(fileDescriptor: fd, length: 2_500_000, describedAs: "partial")
            #expect(prefix.size == 2_500_000)
            #expect(FileManager.default.contents(atPath: try #require(blobs.path(for: prefix.id))) == Data(content.prefix(2_500_000)))
            #expect(throws: BlobStoreError.self, "the file ends before the length") {
                try blobs.put(fileDescriptor: fd, length: 3_000_001, describedAs: "partial")
            }
            #expect(files(under: directory + "/tmp").isEmpty, "nothing half-written stays")
            #expect(try blobs.put(fileDescriptor: fd, length: nil, describedAs: "partial").size == 3_000_000, "nil: the whole file")
        }
    }

    @Test func contentWrittenInPiecesHashesLikeTheWhole() throws {
        try withStore { blobs, _ in
            let writer = try blobs.writer()
            try writer.write(Array("hello, ".utf8))
            try writer.write(Array("world".utf8))
            let reference = try writer.commit()
            #expect(reference == (try blobs.put(Array("hello, world".utf8))))
            #expect(reference.id.hex == "09ca7e4eaa6e8ae9c7d261167129184883644d07dfba7cbfbc4c8a2e08360d5b")
        }
    }

    @Test func theSameContentIsStoredOnce() throws {
        try withStore { blobs, directory in
            let a = try blobs.put(Array("evidence".utf8))
            let b = try blobs.put(Array("evidence".utf8))
            #expect(a == b)
            #expect(files(under: directory + "/blobs").count == 1)
            #expect(files(under: directory + "/tmp").isEmpty)
        }
    }

    @Test func anAbortedWriteLeavesNothingBehind() throws {
        try withStore { blobs, directory in
            let writer = try blobs.writer()
            try writer.write([UInt8](repeating: 7, count: 10_000))
            #expect(files(under: directory + "/tmp").count == 1)
            #expect(files(under: directory + "/blobs").isEmpty)
            writer.abort()
            #expect(files(under: directory + "/tmp").isEmpty)
            do { _ = try blobs.writer() }  // released without commit: aborted
            #expect(files(under: directory + "/tmp").isEmpty)
            #expect(files(under: directory + "/blobs").isEmpty)
        }
    }

    @Test func blobsCanBeRemovedAndIdsAreOnlyHex() throws {
        try withStore { blobs, _ in
            let reference = try blobs.put([1, 2, 3])
            #expect(blobs.contains(reference.id))
            try blobs.remove(reference.id)
            #expect(!blobs.contains(reference.id))
            #expect(blobs.path(for: reference.id) == nil)
            #expect(BlobReference.ID("../../etc/passwd") == nil)
            #expect(BlobReference.ID(String(repeating: "A", count: 64)) == nil)
        }
    }

    @Test func aMissingSourceFileIsAnError() throws {
        try withStore { blobs, directory in
            #expect(throws: BlobStoreError.self) { try blobs.put(fileAt: directory + "/nope") }
        }
    }
}
