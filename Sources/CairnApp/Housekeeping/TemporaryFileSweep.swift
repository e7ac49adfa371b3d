import Foundation

/// Removes temporary files that no writer owns any more: those left behind when a server was killed.
///
/// Every writer of a temporary file (`BlobWriter` in `<data>/blobs/tmp`, the server's multipart
/// files in `<data>/tmp`, a chunk written to `<data>/uploads/<id>.part`) holds an exclusive `flock`
/// on it for as long as it uses it, and a lock dies with its process. So a file whose lock can be taken is abandoned; the age condition only
/// keeps clear of a writer between creating its file and locking it.
enum TemporaryFileSweep {
    /// Deletes the unlocked regular files of `directory` last modified before `cutoff`, except those
    /// `kept` names; returns how many.
    static func removeAbandoned(in directory: String, modifiedBefore cutoff: Date, keeping kept: (String) -> Bool = { _ in false }) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return 0 }
        var removed = 0
        for name in names where !kept(name) {
            let path = directory + "/" + name
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                  Double(info.st_mtim.tv_sec) < cutoff.timeIntervalSince1970,
                  flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }
            if unlink(path) == 0 { removed += 1 }
        }
        return removed
    }
}
