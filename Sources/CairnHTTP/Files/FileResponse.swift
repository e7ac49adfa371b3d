#if canImport(Glibc)
import Glibc
#endif

/// Serves one file with validators and byte ranges (video seeking, resumed downloads).
public enum FileResponse {
    /// Answers `request` with the file at `path`.
    ///
    /// Sends a strong `ETag` (from size and modification time) and `Last-Modified`; answers
    /// 304 to a matching `If-None-Match` (or, without one, a fresh `If-Modified-Since`);
    /// honours a single `Range` (206, or 416 beyond the end; several ranges get the full 200).
    /// A missing or unreadable file is a 404.
    public static func serve(path: String, contentType: String, request: Request, cacheControl: String) -> Response {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, access(path, R_OK) == 0 else {
            return HTTPError.notFound().response(for: request)
        }
        let size = Int64(info.st_size)
        let modified = Int(info.st_mtim.tv_sec)
        let etag = "\"\(String(size, radix: 16))-\(String(modified, radix: 16))-\(String(info.st_mtim.tv_nsec, radix: 16))\""
        var headers: HTTPHeaders = [
            "ETag": etag,
            "Last-Modified": HTTPDate.format(modified),
            "Cache-Control": cacheControl,
            "Accept-Ranges": "bytes",
        ]
        if isNotModified(request, etag: etag, modified: modified) {
            return Response(status: .notModified, headers: headers)
        }
        headers.set("Content-Type", contentType)
        var range = ByteRange.parse(request.headers["Range"], size: size)
        if let ifRange = request.headers["If-Range"], ifRange != etag { range = .full }
        switch range {
        case .full:
            return Response(status: .ok, headers: headers, body: .file(path: path, offset: 0, length: size))
        case .partial(let bounds):
            headers.set("Content-Range", "bytes \(bounds.lowerBound)-\(bounds.upperBound)/\(size)")
            let length = bounds.upperBound - bounds.lowerBound + 1
            return Response(status: .partialContent, headers: headers,
                            body: .file(path: path, offset: bounds.lowerBound, length: length))
        case .unsatisfiable:
            headers.set("Content-Range", "bytes */\(size)")
            headers.set("Content-Type", "text/plain; charset=utf-8")
            return Response(status: .rangeNotSatisfiable, headers: headers, body: .bytes(Array("Range Not Satisfiable\n".utf8)))
        }
    }

    private static func isNotModified(_ request: Request, etag: String, modified: Int) -> Bool {
        guard request.method == .get || request.method == .head else { return false }
        if let match = request.headers["If-None-Match"] {
            let tags = match.split(separator: ",").map { $0.trimmingSpaces }
            return tags.contains("*") || tags.contains(etag) || tags.contains("W/" + etag)
        }
        if let since = request.headers["If-Modified-Since"], let date = HTTPDate.parse(since) {
            return modified <= date
        }
        return false
    }
}
