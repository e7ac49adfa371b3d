import CairnCore
import CairnHTTP
import CairnStore
import Foundation

extension App {
    /// Answers with a design's uploaded image, its `Content-Type` read from its first bytes.
    ///
    /// - Throws: `WebError.notFound` when the design has no uploaded image, or its blob is missing
    ///   or not an image Cairn accepts.
    func serveImage(of design: Design, for request: Request, cacheControl: String) throws -> Response {
        guard let hex = design.image?.blob, let id = BlobReference.ID(hex), let path = blobs.path(for: id),
              let format = ImageFormat(sniffing: Self.header(ofFileAt: path, count: ImageFormat.headerLength))
        else { throw WebError.notFound }
        var response = FileResponse.serve(path: path, contentType: format.contentType, request: request, cacheControl: cacheControl)
        response.headers.set("X-Content-Type-Options", "nosniff")
        return response
    }

    /// The first `count` bytes of a file (fewer when it is shorter; none when it cannot be read).
    static func header(ofFileAt path: String, count: Int) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: count)) ?? Data())
    }
}
