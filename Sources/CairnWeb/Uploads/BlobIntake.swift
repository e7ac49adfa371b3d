import CairnApp
import CairnCore
import CairnHTTP
import CairnStore
import Foundation

/// What Cairn learns about a file when it becomes a blob: its type from its first bytes (never
/// its name) and, for a video when `ffprobe` is present, its duration and a poster frame.
///
/// Shared by the resumable uploads' last chunk and by files posted whole in a form.
struct BlobIntake: Sendable {
    let blobs: BlobStore
    let probe: VideoProbe
    /// Where poster frames are written before they become blobs.
    let scratchDirectory: String

    init(app: App) {
        blobs = app.blobs
        probe = VideoProbe(ffprobePath: app.configuration.ffprobePath)
        scratchDirectory = app.partialUploads.directory
    }

    /// Describes a blob already in the store, from its first bytes.
    func describe(_ blob: BlobReference, filename: String) throws -> Upload.Completion {
        let header = blobs.path(for: blob.id).map { App.header(ofFileAt: $0, count: ContentFormat.headerLength) } ?? []
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

    /// Puts a file posted in a form into the blob store and describes it; returns its size too.
    func take(_ file: UploadedFile) throws -> (Upload.Completion, size: Int64) {
        let blob = try blobs.put(fileAt: file.path)
        return (try describe(blob, filename: file.filename), blob.size)
    }
}
