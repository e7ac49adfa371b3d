import Synchronization

/// Everything the server learns about one request while libmicrohttpd reads it.
///
/// Touched only by the connection's thread (libmicrohttpd calls back one at a time per
/// connection), from the URI callback until the request-completed callback releases it.
final class RequestState {
    /// A multipart file being received.
    struct OpenFile {
        let field: String, filename: String, contentType: String
        let writer: TemporaryFileWriter
    }

    let target: String
    let temporaryDirectory: String
    let started: ContinuousClock.Instant = .now
    var headersRead = false
    /// Set when the request began after the server started stopping: it is refused.
    var arrivedWhileStopping = false
    var id = ""
    var method = HTTPMethod.get
    var path = ""
    var headers = HTTPHeaders()
    var remoteAddress = ""
    /// The post processor for url-encoded and multipart bodies (owned; destroyed by the server).
    var postProcessor: OpaquePointer?
    var bodyBytes = 0
    var body: [UInt8] = []
    /// Set when the post processor delivered any part (a body with none did not parse).
    var sawFormPart = false
    var fields: [(name: String, value: [UInt8])] = []
    var files: [UploadedFile] = []
    var openFile: OpenFile?
    /// Every temporary file created, deleted when the request completes.
    var temporaryPaths: [String] = []
    /// The writers of received files, kept open (and locked) until the state is released.
    private var receivedWriters: [TemporaryFileWriter] = []
    /// Set when the body is over the limit: the rest is discarded and the answer is 413.
    var tooLarge = false
    /// Set when an uploaded file could not be written because the disk is full or read-only.
    var writeFailure: StorageFailure?
    /// Set when the form body could not be parsed or stored: the answer is 400, 500, 503 or 507.
    var bodyError: HTTPError?
    /// The answer queued so far, for the log line.
    var answered: (status: Int, bytes: Int64?)?
    let routeRecorder = RouteRecorder()

    init(target: String, temporaryDirectory: String) {
        self.target = target
        self.temporaryDirectory = temporaryDirectory
    }

    /// Adds bytes of a form field, continuing the previous one when `continues`.
    func appendField(_ name: String, _ bytes: UnsafeRawBufferPointer, continues: Bool) {
        if continues, let last = fields.indices.last, fields[last].name == name {
            fields[last].value.append(contentsOf: bytes)
        } else {
            fields.append((name, Array(bytes)))
        }
    }

    /// Writes bytes of an uploaded file, starting a new temporary file when `starts`.
    func appendFile(field: String, filename: String, contentType: String, _ bytes: UnsafeRawBufferPointer,
                    starts: Bool) throws(TemporaryFileWriter.Failure) {
        if starts || openFile?.field != field || openFile?.filename != filename {
            finishFile()
            let writer = try TemporaryFileWriter(directory: temporaryDirectory)
            temporaryPaths.append(writer.path)
            openFile = OpenFile(field: field, filename: filename, contentType: contentType, writer: writer)
        }
        try openFile?.writer.write(bytes)
    }

    /// Closes the file being received and lists it (an empty file input sends no name: dropped).
    func finishFile() {
        guard let file = openFile else { return }
        openFile = nil
        receivedWriters.append(file.writer)
        guard !file.filename.isEmpty || file.writer.size > 0 else { return }
        files.append(UploadedFile(field: file.field, filename: file.filename,
                                  contentType: file.contentType.isEmpty ? "application/octet-stream" : file.contentType,
                                  path: file.writer.path, size: file.writer.size))
    }

    /// The form as handlers see it.
    var form: FormData {
        FormData(fields: fields.map { ($0.name, String(decoding: $0.value, as: UTF8.self)) }, files: files)
    }
}
