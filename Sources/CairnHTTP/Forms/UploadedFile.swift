/// A file uploaded in a `multipart/form-data` body, already streamed to a temporary file.
///
/// The temporary file is deleted once the response has been sent: move or copy it
/// (e.g. into the blob store) inside the handler to keep it.
public struct UploadedFile: Sendable {
    /// The form field it was sent under.
    public let field: String
    /// The file name the client gave (not a safe path: never use it to name a file).
    public let filename: String
    /// The content type the client gave, or `application/octet-stream`.
    public let contentType: String
    /// The temporary file holding the bytes.
    public let path: String
    /// The number of bytes received.
    public let size: Int64

    public init(field: String, filename: String, contentType: String, path: String, size: Int64) {
        self.field = field
        self.filename = filename
        self.contentType = contentType
        self.path = path
        self.size = size
    }
}
