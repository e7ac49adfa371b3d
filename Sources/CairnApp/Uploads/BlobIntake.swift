import CairnCore
import CairnStore
import Foundation

/// What Cairn learns about a file when it becomes a blob: its type from its first bytes (never
/// its name) and, for a video when `ffprobe` is present, its duration and a poster frame.
///
/// Shared by the resumable uploads' last chunk and by files posted whole in a form.
public struct BlobIntake: Sendable {
    private let blobs: BlobStore
    private let probe: VideoProbe
    /// Where poster frames are written before they become blobs.
    private let scratchDirectory: String

    /// - Parameter scratchDirectory: where poster frames are written for a moment.
    public init(installation: Installation, scratchDirectory: String) {
        blobs = installation.blobs
        probe = VideoProbe(ffprobePath: installation.configuration.ffprobePath)
        self.scratchDirectory = scratchDirectory
    }

    /// Describes a blob already in the store, from its first bytes.
    func describe(_ blob: BlobReference, filename: String) throws -> Upload.Completion {
        let header = blobs.path(for: blob.id).map { FileHeader.read(atPath: $0, count: ContentFormat.headerLength) } ?? []
        let format = ContentFormat(sniffing: header, filename: filename)
        var completion = Upload.Completion(blobHash: blob.id.hex, contentType: format?.contentType ?? "application/octet-stream")
        if format?.isVideo == true, probe.isAvailable, let path = blobs.path(for: blob.id) {
            completion.durationSeconds = probe.duration(of: path)
            let poster = "\(scratchDirectory)/\(blob.id.hex)-\(UUID().uuidString).poster.jpg"
            defer { unlink(poster) }
            if probe.poster(of: path, to: poster) { completion.posterHash = try blobs.put(fileAt: poster).id.hex }
        }
        return completion
    }

    /// Puts the file at `path` (posted in a form under `filename`) into the blob store and
    /// describes it; returns its size too.
    public func take(fileAt path: String, filename: String) throws -> (Upload.Completion, size: Int64) {
        let blob = try blobs.put(fileAt: path)
        return (try describe(blob, filename: filename), blob.size)
    }

    /// Hashes `length` bytes of an open file into the blob store and describes them.
    func take(fileDescriptor fd: Int32, length: Int64, filename: String, describedAs name: String) throws -> Upload.Completion {
        try describe(try blobs.put(fileDescriptor: fd, length: length, describedAs: name), filename: filename)
    }
}
