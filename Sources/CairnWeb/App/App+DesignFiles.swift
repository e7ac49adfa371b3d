import CairnApp
import CairnCore
import CairnHTTP
import CairnStore
import Foundation

/// Serving what designs refer to in the blob store: the image and the attached files.
extension App {
    /// Answers with a design's uploaded image, its `Content-Type` read from its first bytes.
    ///
    /// - Throws: `WebError.notFound` when the design has no uploaded image, or its blob is missing
    ///   or not an image Cairn accepts.
    func serveImage(of design: Design, for request: Request, cacheControl: String) throws -> Response {
        guard let hex = design.image?.blob, let id = BlobReference.ID(hex), let path = blobs.path(for: id),
              let format = ImageFormat(sniffing: FileHeader.read(atPath: path, count: ImageFormat.headerLength))
        else { throw WebError.notFound }
        var response = FileResponse.serve(path: path, contentType: format.contentType, request: request, cacheControl: cacheControl)
        response.headers.set("X-Content-Type-Options", "nosniff")
        return response
    }

    /// Answers with a file a design lists as an attachment, as a download (`Content-Disposition:
    /// attachment`) named as the design names it, typed as it was recognized when uploaded.
    ///
    /// - Throws: `WebError.notFound` when the design lists no file with that blob, or the blob is missing.
    func serveAttachment(_ blob: String, of design: Design, for request: Request, cacheControl: String) throws -> Response {
        guard let attachment = design.attachments.first(where: { $0.blob == blob }),
              let id = BlobReference.ID(blob), let path = blobs.path(for: id)
        else { throw WebError.notFound }
        var response = FileResponse.serve(path: path, contentType: attachment.contentType, request: request, cacheControl: cacheControl)
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Content-Disposition", Self.contentDisposition(filename: attachment.filename))
        return response
    }

    /// `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback, then the exact name;
    /// `inline; …` when the browser should show the file in place.
    static func contentDisposition(filename: String, inline: Bool = false) -> String {
        let fallback = String(String.UnicodeScalarView(filename.unicodeScalars.map {
            $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? $0 : "_"
        }))
        return (inline ? "inline" : "attachment") + "; filename=\"\(fallback)\"; filename*=UTF-8''\(PercentEncoding.encode(filename))"
    }

}
