#if canImport(Glibc)
import Glibc
#endif

/// Serves files under one directory for a route such as `/assets/*path`.
///
/// Names are fingerprinted by the build, so responses are cached for a year. Paths with
/// `..`, hidden segments or leading into a symbolic link out of the directory are a 404.
public struct StaticFiles: Sendable {
    public let directory: String
    private let root: String?

    public init(directory: String) {
        self.directory = directory
        self.root = Self.realPath(directory)
    }

    /// Answers with the file named by the route's `path` parameter (or the request path after `/assets/`).
    public func respond(_ request: Request) -> Response {
        let relative = request.parameters["path"]
            ?? (request.path.hasPrefix("/assets/") ? String(request.path.dropFirst("/assets/".count)) : "")
        guard let file = resolve(relative) else { return HTTPError.notFound().response(for: request) }
        return FileResponse.serve(path: file, contentType: Self.contentType(for: file), request: request,
                                  cacheControl: "public, max-age=31536000, immutable")
    }

    /// The absolute path of `relative` inside the directory, or nil when it would leave it.
    func resolve(_ relative: String) -> String? {
        guard let root, !relative.isEmpty, !relative.contains("\0"), !relative.contains("\\") else { return nil }
        let segments = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }) else { return nil }
        guard let resolved = Self.realPath(root + "/" + relative), resolved.hasPrefix(root + "/") else { return nil }
        return resolved
    }

    /// The content type for a file name's extension.
    public static func contentType(for name: String) -> String {
        let ext = name.split(separator: "/").last?.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return types[ext] ?? "application/octet-stream"
    }

    private static let types: [String: String] = [
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "html": "text/html; charset=utf-8", "txt": "text/plain; charset=utf-8", "json": "application/json",
        "map": "application/json", "xml": "application/xml", "svg": "image/svg+xml", "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "avif": "image/avif",
        "ico": "image/x-icon", "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf", "mp4": "video/mp4", "webm": "video/webm", "mp3": "audio/mpeg", "ogg": "audio/ogg",
        "wasm": "application/wasm", "webmanifest": "application/manifest+json",
    ]

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
