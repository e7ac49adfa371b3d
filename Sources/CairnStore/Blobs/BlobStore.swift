import CairnCore
import Foundation

/// Files stored by the SHA-256 of their content under `<directory>/blobs/ab/cd/<hash>`.
///
/// Content is written to `<directory>/tmp/` while it is hashed, fsynced, then renamed into place
/// and the directory fsynced: a blob path either does not exist or holds the whole content.
/// The same content is stored once.
public final class BlobStore: Sendable {
    public let directory: String
    let blobsDirectory: String
    let temporaryDirectory: String

    public init(directory: String) throws(BlobStoreError) {
        self.directory = directory
        blobsDirectory = directory + "/blobs"
        temporaryDirectory = directory + "/tmp"
        for path in [directory, blobsDirectory, temporaryDirectory] { try Self.makeDirectory(path) }
    }

    /// A writer for content that arrives in pieces (an upload); nothing is visible until `commit()`.
    public func writer() throws(BlobStoreError) -> BlobWriter { try BlobWriter(store: self) }

    /// Copies a file into the store (streaming; the file itself is left alone).
    public func put(fileAt path: String) throws(BlobStoreError) -> BlobReference {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw BlobStoreError(message: "cannot open file", path: path, errno: errno) }
        defer { close(fd) }
        return try put(fileDescriptor: fd, length: nil, describedAs: path)
    }

    /// Copies an open file's first `length` bytes (all of it when nil) into the store, 1 MiB at a
    /// time whatever the size; the file's own offset is left alone.
    ///
    /// - Throws: `BlobStoreError` when reading fails or the file ends before `length`: nothing is stored.
    public func put(fileDescriptor fd: Int32, length: Int64?, describedAs name: String) throws(BlobStoreError) -> BlobReference {
        let writer = try writer()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var position: Int64 = 0
        while length.map({ position < $0 }) ?? true {
            let want = Int(min(Int64(buffer.count), (length ?? Int64.max) - position))
            let count = pread(fd, buffer.baseAddress, want, off_t(position))
            if count < 0 {
                if errno == EINTR { continue }
                writer.abort()
                throw BlobStoreError(message: "cannot read file", path: name, errno: errno)
            }
            if count == 0 {
                guard length == nil else {
                    writer.abort()
                    throw BlobStoreError(message: "file is shorter than expected", path: name, errno: 0)
                }
                break
            }
            try writer.write(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            position += Int64(count)
        }
        return try writer.commit()
    }

    /// Stores bytes held in memory.
    public func put(_ bytes: [UInt8]) throws(BlobStoreError) -> BlobReference {
        let writer = try writer()
        try writer.write(bytes)
        return try writer.commit()
    }

    /// Where a blob's file is, when the store has it.
    public func path(for id: BlobReference.ID) -> String? {
        let path = finalPath(for: id)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    public func contains(_ id: BlobReference.ID) -> Bool { path(for: id) != nil }

    /// Deletes a blob (callers make sure nothing refers to it any more).
    public func remove(_ id: BlobReference.ID) throws(BlobStoreError) {
        let path = finalPath(for: id)
        guard unlink(path) == 0 || errno == ENOENT else { throw BlobStoreError(message: "cannot remove blob", path: path, errno: errno) }
    }

    func finalPath(for id: BlobReference.ID) -> String {
        let hex = id.hex
        return "\(blobsDirectory)/\(hex.prefix(2))/\(hex.dropFirst(2).prefix(2))/\(hex)"
    }

    static func makeDirectory(_ path: String) throws(BlobStoreError) {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw BlobStoreError(message: "cannot create directory", path: path, errno: errno)
        }
    }

    static func syncDirectory(_ path: String) throws(BlobStoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw BlobStoreError(message: "cannot open directory", path: path, errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw BlobStoreError(message: "cannot sync directory", path: path, errno: errno) }
    }
}
