import CairnCore
import Foundation

/// Content on its way into a `BlobStore`: hashed as it is written to a temporary file.
///
/// Call `commit()` to store it or `abort()` to drop it; a writer released without either aborts.
/// Used by one thread at a time. It holds a `flock` on its temporary file while open, so a file in
/// the temporary directory that can be locked was left by a killed process.
public final class BlobWriter {
    private let store: BlobStore
    private let temporaryPath: String
    private var fd: Int32
    private var hasher = SHA256Hasher()
    public private(set) var size: Int64 = 0
    private var finished = false

    init(store: BlobStore) throws(BlobStoreError) {
        self.store = store
        temporaryPath = "\(store.temporaryDirectory)/\(Crypto.hex(Crypto.randomBytes(16))).part"
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BlobStoreError(message: "cannot create temporary file", path: temporaryPath, errno: errno) }
        _ = flock(fd, LOCK_EX)  // held until the file is closed: a sweep never takes a file in use
    }

    deinit { if !finished { abort() } }

    public func write(_ bytes: [UInt8]) throws(BlobStoreError) {
        let failure = bytes.withUnsafeBytes { writeAll($0) }
        guard failure == 0 else { throw BlobStoreError(message: "cannot write temporary file", path: temporaryPath, errno: failure) }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws(BlobStoreError) {
        let failure = writeAll(bytes)
        guard failure == 0 else { throw BlobStoreError(message: "cannot write temporary file", path: temporaryPath, errno: failure) }
    }

    /// Hashes and writes every byte; returns 0 or the errno.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        precondition(!finished, "write after commit or abort")
        hasher.update(bytes)
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        size += Int64(bytes.count)
        return 0
    }

    /// Makes the content durable and visible under its hash; returns its reference.
    public func commit() throws(BlobStoreError) -> BlobReference {
        precondition(!finished, "commit after commit or abort")
        do throws(BlobStoreError) {
            guard fsync(fd) == 0 else { throw BlobStoreError(message: "cannot sync temporary file", path: temporaryPath, errno: errno) }
            close(fd)
            fd = -1
            let id = BlobReference.ID(Crypto.hex(hasher.finalize()))!
            let destination = store.finalPath(for: id)
            let parent = (destination as NSString).deletingLastPathComponent
            let grandparent = (parent as NSString).deletingLastPathComponent
            try BlobStore.makeDirectory(grandparent)
            try BlobStore.makeDirectory(parent)
            if access(destination, F_OK) == 0 {
                unlink(temporaryPath)  // same content already stored
            } else {
                guard rename(temporaryPath, destination) == 0 else {
                    throw BlobStoreError(message: "cannot move blob into place", path: destination, errno: errno)
                }
                try BlobStore.syncDirectory(parent)
            }
            finished = true
            return BlobReference(id: id, size: size)
        } catch {
            abort()
            throw error
        }
    }

    /// Drops the content; nothing of it stays.
    public func abort() {
        guard !finished else { return }
        finished = true
        if fd >= 0 { close(fd) }
        fd = -1
        unlink(temporaryPath)
    }
}
