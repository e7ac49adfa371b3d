import CairnApp
import CairnCore
import CairnHTTP
import Foundation

/// Resumable uploads (see `docs/uploads.md`): create, send chunks at the current offset, ask
/// where it stands, abort. The last chunk turns the file into a blob.
struct UploadRoutes {
    let app: App
    let partials: PartialUploads
    let uploads: Uploads

    init(app: App) {
        self.app = app
        partials = app.partialUploads
        uploads = Uploads(installation: app.installation, scratchDirectory: app.partialUploads.directory)
    }

    /// Whether a matched route pattern is one of the upload API's (its errors are JSON).
    static func isAPIRoute(_ pattern: String) -> Bool {
        pattern == UploadEndpoints.create.pattern || pattern.hasPrefix(UploadEndpoints.upload.prefix)
    }

    /// Only people who submit evidence upload it.
    func register(in table: inout RouteTable) {
        table.add(UploadEndpoints.create, accepts: .formOrJSON, create)
        table.add(UploadEndpoints.status, status)
        table.add(UploadEndpoints.appendPatch, accepts: .anyBytes, append)
        table.add(UploadEndpoints.appendPut, accepts: .anyBytes, append)
        table.add(UploadEndpoints.abort, abort)
    }

    /// Starts an upload from its declared name, size and type (JSON or form fields); 201 with its location.
    func create(_ context: SignedIn) throws -> Response {
        let request = context.request
        let fields = try UploadRequest(request)
        let upload = try uploads.start(filename: fields.filename, contentType: fields.contentType, size: fields.size, by: context.member)
        var response = try Response.json(UploadStatus(upload), status: .created)
        response.headers.set("Location", UploadEndpoints.status.path(upload.id))
        setOffsetHeaders(upload, on: &response)
        return response
    }

    /// Where an upload stands (`HEAD` gives the same headers without the body).
    func status(_ context: SignedIn, _ id: Upload.ID) throws -> Response {
        let upload = try find(context, id)
        var response = try Response.json(UploadStatus(upload))
        setOffsetHeaders(upload, on: &response)
        return response
    }

    /// Appends the body at `Upload-Offset` (or `Content-Range`); 204 with the new offset, or 200 with
    /// the blob once the last byte is in.
    func append(_ context: SignedIn, _ id: Upload.ID) throws -> Response {
        let request = context.request
        var upload = try find(context, id)
        if upload.completed != nil { return try alreadyComplete(upload) }
        let offset = try Self.offset(of: request, total: upload.totalBytes)
        let bytes = request.body
        do {
            return try partials.withLock(upload.id) { fd in
                // Fresh under the lock: another request may have moved it since `find`.
                upload = try find(context, id)
                if upload.completed != nil {
                    partials.remove(upload.id)  // finished meanwhile: drop the file this lock re-created
                    return try alreadyComplete(upload)
                }
                if bytes.isEmpty, offset == upload.receivedBytes, upload.isComplete, upload.completed == nil {
                    return try finish(upload, fd: fd)  // the last chunk landed but the server stopped before the blob
                }
                let next = try upload.accept(chunkAt: offset, length: Int64(bytes.count))
                try partials.write(bytes, at: offset, to: fd)
                guard try uploads.advance(upload.id, from: offset, to: next) else {
                    throw UploadError.offsetMismatch(current: try find(context, id).receivedBytes)
                }
                upload.receivedBytes = next
                if upload.isComplete { return try finish(upload, fd: fd) }
                var response = Response(status: .noContent)
                setOffsetHeaders(upload, on: &response)
                return response
            }
        } catch PartialUploads.Failure.busy {
            throw UploadError.offsetMismatch(current: try find(context, id).receivedBytes)
        }
    }

    /// A chunk for a finished upload (its final answer was lost): 409 with the offset and the finished
    /// status, so the client stops sending and uses the blob.
    private func alreadyComplete(_ upload: Upload) throws -> Response {
        var response = try Response.json(UploadStatus(upload, error: UploadError.alreadyComplete.message), status: .conflict)
        setOffsetHeaders(upload, on: &response)
        return response
    }

    /// Drops an unfinished upload and its bytes; a finished one keeps its blob.
    func abort(_ context: SignedIn, _ id: Upload.ID) throws -> Response {
        let upload = try find(context, id)
        try uploads.drop(upload.id)
        partials.remove(upload.id)
        return Response(status: .noContent)
    }

    /// Hashes the bytes into the blob store, sniffs them, probes a video; then the partial file goes.
    private func finish(_ upload: Upload, fd: Int32) throws -> Response {
        guard let upload = try uploads.finish(upload, bytesIn: fd) else { throw WebError.notFound }
        partials.remove(upload.id)
        var response = try Response.json(UploadStatus(upload))
        setOffsetHeaders(upload, on: &response)
        return response
    }

    private func find(_ context: SignedIn, _ id: Upload.ID) throws -> Upload {
        guard let upload = try uploads.find(id, of: context.member) else { throw WebError.notFound }
        return upload
    }

    private func setOffsetHeaders(_ upload: Upload, on response: inout Response) {
        response.headers.set("Upload-Offset", String(upload.receivedBytes))
        response.headers.set("Upload-Length", String(upload.totalBytes))
        response.headers.set("Cache-Control", "no-store")
    }

    /// The chunk's offset from `Upload-Offset`, or from `Content-Range: bytes a-b/total` (which must
    /// agree with the body's length and the declared total).
    static func offset(of request: Request, total: Int64) throws(WebError) -> Int64 {
        if let text = request.headers["Upload-Offset"] {
            guard let offset = Int64(text.trimmingCharacters(in: .whitespaces)), offset >= 0 else {
                throw .badRequest("Upload-Offset must be a byte count.")
            }
            return offset
        }
        if let range = request.headers["Content-Range"] {
            let parts = range.trimmingCharacters(in: .whitespaces).dropFirst("bytes ".count)
                .split(whereSeparator: { $0 == "-" || $0 == "/" }).map { Int64($0) }
            guard range.hasPrefix("bytes "), parts.count == 3, let first = parts[0], let last = parts[1], let length = parts[2],
                  first <= last, last - first + 1 == Int64(request.body.count), length == total else {
                throw .badRequest("Content-Range must be 'bytes first-last/total' matching the body and the upload.")
            }
            return first
        }
        throw .badRequest("Send the chunk's offset in Upload-Offset.")
    }
}

/// What the client says when it starts an upload, from JSON or form fields.
struct UploadRequest {
    let filename: String
    let size: Int64
    let contentType: String

    init(_ request: Request) throws(WebError) {
        struct Body: Decodable { let filename: String; let size: Int64; let contentType: String? }
        if request.headers["Content-Type"]?.lowercased().hasPrefix("application/json") == true {
            guard let body = try? JSONDecoder().decode(Body.self, from: Data(request.body)) else {
                throw .badRequest("Send filename, size and contentType as JSON.")
            }
            (filename, size, contentType) = (body.filename, body.size, body.contentType ?? "")
        } else {
            guard let name = request.form["filename"], let size = request.form["size"].flatMap({ Int64($0) }) else {
                throw .badRequest("Send the file's filename and size.")
            }
            (filename, self.size, contentType) = (name, size, request.form["content_type"] ?? "")
        }
    }
}

/// An upload as JSON: where it stands and, once complete, the blob it became.
struct UploadStatus: Encodable {
    let id: String
    let filename: String
    let offset: Int64
    let length: Int64
    let complete: Bool
    let blob: String?
    let contentType: String?
    let durationSeconds: Double?
    let poster: String?
    /// Why a request about the upload was refused (a chunk for a finished upload).
    let error: String?

    init(_ upload: Upload, error: String? = nil) {
        self.error = error
        id = upload.id.rawValue
        filename = upload.filename
        offset = upload.receivedBytes
        length = upload.totalBytes
        complete = upload.completed != nil
        blob = upload.completed?.blobHash
        contentType = upload.completed?.contentType
        durationSeconds = upload.completed?.durationSeconds
        poster = upload.completed?.posterHash
    }
}
