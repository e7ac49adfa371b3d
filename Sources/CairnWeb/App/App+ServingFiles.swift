import CairnApp
import CairnCore
import CairnHTTP

/// Serving the files CairnApp found: what designs refer to (the image and the attached files) and
/// evidence files.
extension App {
    /// Answers with a design's image or attached file: an attachment as a download (`Content-Disposition:
    /// attachment`) named as the design names it; never sniffed by the browser.
    func serve(_ file: ServedDesignFile, for request: Request, cacheControl: String) -> Response {
        var response = FileResponse.serve(path: file.path, contentType: file.contentType, request: request, cacheControl: cacheControl)
        response.headers.set("X-Content-Type-Options", "nosniff")
        if let filename = file.filename { response.headers.set("Content-Disposition", Self.contentDisposition(filename: filename)) }
        return response
    }

    /// Answers with an evidence file: its stored type, byte ranges for seeking, never sniffed, and as a
    /// download unless the browser shows it itself (video, audio, images, captions).
    func serve(_ file: Evidence.File, for request: Request, cacheControl: String) -> Response {
        var response = FileResponse.serve(path: file.path, contentType: file.served.contentType, request: request, cacheControl: cacheControl)
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Content-Disposition", Self.contentDisposition(filename: file.served.filename, inline: file.served.isInline))
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
