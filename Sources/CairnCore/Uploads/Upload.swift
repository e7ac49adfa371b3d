import Foundation

/// A file arriving in chunks: who sends it, what it claims to be, and how much of it is here.
///
/// The bytes up to `receivedBytes` are durable on disk; a chunk is accepted only at exactly that
/// offset. When the last byte arrives the file is moved into the blob store and `completed` is set:
/// until then nothing of it is a blob.
public struct Upload: Sendable, Equatable {
    public typealias ID = CairnCore.ID<Upload>

    /// The blob an upload became, what its content is, and for a video (when ffprobe is present)
    /// its duration and the blob of a poster image.
    public struct Completion: Sendable, Equatable {
        public let blobHash: String
        public let contentType: String
        public var durationSeconds: Double?
        public var posterHash: String?
        public init(blobHash: String, contentType: String, durationSeconds: Double? = nil, posterHash: String? = nil) {
            self.blobHash = blobHash
            self.contentType = contentType
            self.durationSeconds = durationSeconds
            self.posterHash = posterHash
        }
    }

    public let id: ID
    public let organizationID: Organization.ID
    public let personID: Person.ID
    public let filename: String
    /// What the browser said the file is; never trusted, only kept.
    public let declaredContentType: String
    public let totalBytes: Int64
    public var receivedBytes: Int64
    public let createdAt: Date
    public var updatedAt: Date
    public var completed: Completion?

    public init(id: ID = .generate(), organizationID: Organization.ID, personID: Person.ID, filename: String,
                declaredContentType: String, totalBytes: Int64, receivedBytes: Int64 = 0, createdAt: Date,
                updatedAt: Date? = nil, completed: Completion? = nil) {
        self.id = id
        self.organizationID = organizationID
        self.personID = personID
        self.filename = filename
        self.declaredContentType = declaredContentType
        self.totalBytes = totalBytes
        self.receivedBytes = receivedBytes
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.completed = completed
    }

    public var isComplete: Bool { receivedBytes == totalBytes }

    /// Whether it has waited longer than `lifetime` since its last chunk (completed uploads never expire).
    public func isExpired(at now: Date, lifetime: TimeInterval) -> Bool {
        completed == nil && now.timeIntervalSince(updatedAt) > lifetime
    }

    /// Checks a chunk of `length` bytes sent for `offset`; returns the offset after it.
    public func accept(chunkAt offset: Int64, length: Int64) throws(UploadError) -> Int64 {
        guard completed == nil else { throw .alreadyComplete }
        guard offset == receivedBytes else { throw .offsetMismatch(current: receivedBytes) }
        guard length > 0 else { throw .emptyChunk }
        guard offset + length <= totalBytes else { throw .beyondDeclaredSize(total: totalBytes) }
        return offset + length
    }
}

/// The limits every upload is held to.
public struct UploadLimits: Sendable, Equatable {
    public var maximumBytes: Int64
    public var maximumInProgressPerPerson: Int
    /// Uploads without a chunk for this long are removed.
    public var lifetime: TimeInterval

    public init(maximumBytes: Int64 = 5 << 30, maximumInProgressPerPerson: Int = 4, lifetime: TimeInterval = 24 * 3600) {
        self.maximumBytes = maximumBytes
        self.maximumInProgressPerPerson = maximumInProgressPerPerson
        self.lifetime = lifetime
    }

    /// Checks a new upload's declared size and name against the limits and the person's uploads in progress.
    public func check(totalBytes: Int64, filename: String, inProgress: Int) throws(UploadError) {
        guard !filename.isEmpty, filename.count <= 255 else { throw .invalidFilename }
        guard totalBytes > 0 else { throw .invalidSize }
        guard totalBytes <= maximumBytes else { throw .tooLarge(maximum: maximumBytes) }
        guard inProgress < maximumInProgressPerPerson else { throw .tooManyInProgress(limit: maximumInProgressPerPerson) }
    }
}

/// Why an upload or one of its chunks was refused.
public enum UploadError: Error, Equatable, Sendable {
    case invalidFilename
    case invalidSize
    case tooLarge(maximum: Int64)
    case tooManyInProgress(limit: Int)
    case offsetMismatch(current: Int64)
    case beyondDeclaredSize(total: Int64)
    case emptyChunk
    case alreadyComplete
}

extension UploadError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .invalidFilename, .invalidSize, .emptyChunk: .malformed
        case .tooLarge, .beyondDeclaredSize: .tooLarge
        case .tooManyInProgress: .tooManyRequests(retryAfterSeconds: nil)
        case .offsetMismatch, .alreadyComplete: .conflict
        }
    }

    public var message: String {
        switch self {
        case .invalidFilename: "The file needs a name of at most 255 characters."
        case .invalidSize: "The file is empty."
        case .tooLarge(let maximum): "The file is larger than the \(ByteCountFormatter.string(fromByteCount: maximum, countStyle: .binary)) allowed."
        case .tooManyInProgress(let limit): "You already have \(limit) uploads in progress: finish or cancel one first."
        case .offsetMismatch(let current): "The server has \(current) bytes of this file: continue from there."
        case .beyondDeclaredSize(let total): "This chunk goes past the file's declared size of \(total) bytes."
        case .emptyChunk: "The chunk is empty."
        case .alreadyComplete: "This upload is already complete."
        }
    }

    /// Where a client resumes after a refused chunk: the bytes the server holds, for a wrong offset.
    public var resumeOffset: Int64? {
        if case .offsetMismatch(let current) = self { return current }
        return nil
    }
}
