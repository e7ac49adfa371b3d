import CairnCore
import Foundation

/// Resumable uploads: their rows, owned by one person in one organization.
///
/// The offset moves with a conditional UPDATE (`WHERE received_bytes = <expected>`), so of two
/// chunks racing for the same offset exactly one lands.
public struct UploadRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    public func insert(_ upload: Upload) throws {
        try database.write { tx in
            try tx.execute("""
                INSERT INTO uploads (id, organization_id, person_id, filename, declared_content_type, total_bytes,
                                     received_bytes, created_at, updated_at, blob_hash, detected_content_type,
                                     duration_seconds, poster_blob_hash)
                VALUES (\(upload.id), \(upload.organizationID), \(upload.personID), \(upload.filename),
                        \(upload.declaredContentType), \(upload.totalBytes), \(upload.receivedBytes),
                        \(upload.createdAt), \(upload.updatedAt), \(upload.completed?.blobHash), \(upload.completed?.contentType),
                        \(upload.completed?.durationSeconds), \(upload.completed?.posterHash))
                """)
        }
    }

    /// The upload, when it belongs to this person in this organization; nil for anyone else's.
    public func fetch(_ id: Upload.ID, person: Person.ID, organization: Organization.ID) throws -> Upload? {
        try database.read { tx in
            try tx.queryOne("""
                SELECT * FROM uploads WHERE id = \(id) AND person_id = \(person) AND organization_id = \(organization)
                """).map(Self.upload)
        }
    }

    /// Like `fetch`, but a miss throws `DatabaseError.notFound` (a 404).
    public func find(_ id: Upload.ID, person: Person.ID, organization: Organization.ID) throws -> Upload {
        guard let upload = try fetch(id, person: person, organization: organization) else {
            throw DatabaseError.notFound("upload")
        }
        return upload
    }

    /// How many uploads the person has not finished in the organization.
    public func inProgressCount(person: Person.ID, organization: Organization.ID) throws -> Int {
        try database.read { tx in
            try tx.queryOne("""
                SELECT count(*) AS n FROM uploads
                WHERE person_id = \(person) AND organization_id = \(organization) AND blob_hash IS NULL
                """)?.get("n", as: Int.self) ?? 0
        }
    }

    /// Moves the offset from `expected` to `new`; false when it was not at `expected` any more
    /// (another chunk landed first) or the upload is gone.
    public func advance(_ id: Upload.ID, from expected: Int64, to new: Int64, at now: Date) throws -> Bool {
        try database.write { tx in
            try tx.execute("""
                UPDATE uploads SET received_bytes = \(new), updated_at = \(now)
                WHERE id = \(id) AND received_bytes = \(expected) AND blob_hash IS NULL AND \(new) <= total_bytes
                """) == 1
        }
    }

    /// Records the blob a complete upload became; false unless every byte had arrived.
    public func complete(_ id: Upload.ID, as completion: Upload.Completion, at now: Date) throws -> Bool {
        try database.write { tx in
            try tx.execute("""
                UPDATE uploads SET blob_hash = \(completion.blobHash), detected_content_type = \(completion.contentType),
                                   duration_seconds = \(completion.durationSeconds), poster_blob_hash = \(completion.posterHash),
                                   updated_at = \(now)
                WHERE id = \(id) AND received_bytes = total_bytes
                """) == 1
        }
    }

    public func delete(_ id: Upload.ID) throws {
        try database.write { _ = try $0.execute("DELETE FROM uploads WHERE id = \(id)") }
    }

    /// Unfinished uploads without a chunk since `cutoff`.
    public func stale(before cutoff: Date) throws -> [Upload] {
        try database.read { tx in
            try tx.query("SELECT * FROM uploads WHERE blob_hash IS NULL AND updated_at < \(cutoff) ORDER BY updated_at")
                .map(Self.upload)
        }
    }

    static func upload(_ row: Row) throws -> Upload {
        var completion: Upload.Completion?
        if let hash = String.fromDatabaseValue(row["blob_hash"]), let type = String.fromDatabaseValue(row["detected_content_type"]) {
            completion = Upload.Completion(blobHash: hash, contentType: type,
                                           durationSeconds: Double.fromDatabaseValue(row["duration_seconds"]),
                                           posterHash: String.fromDatabaseValue(row["poster_blob_hash"]))
        }
        return Upload(id: try row.get("id"), organizationID: try row.get("organization_id"), personID: try row.get("person_id"),
                      filename: try row.get("filename"), declaredContentType: try row.get("declared_content_type"),
                      totalBytes: try row.get("total_bytes"), receivedBytes: try row.get("received_bytes"),
                      createdAt: try row.get("created_at"), updatedAt: try row.get("updated_at"), completed: completion)
    }
}
