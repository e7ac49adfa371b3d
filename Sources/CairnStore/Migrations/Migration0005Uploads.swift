/// Resumable uploads: one row per file arriving in chunks, whose bytes wait under `uploads/` in
/// the data directory until the last one arrives and the file becomes a blob.
///
/// `received_bytes` only moves forward, and only after the bytes are durable on disk.
enum Migration0005Uploads {
    static let migration = Migration(5, "uploads", [
        """
        CREATE TABLE uploads (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            filename TEXT NOT NULL,
            declared_content_type TEXT NOT NULL,
            total_bytes BIGINT NOT NULL CHECK (total_bytes > 0),
            received_bytes BIGINT NOT NULL DEFAULT 0 CHECK (received_bytes >= 0 AND received_bytes <= total_bytes),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            blob_hash TEXT,
            detected_content_type TEXT,
            duration_seconds DOUBLE PRECISION,
            poster_blob_hash TEXT
        )
        """,
        "CREATE INDEX uploads_by_person ON uploads (person_id, organization_id)",
        "CREATE INDEX uploads_by_updated_at ON uploads (updated_at)",
    ])
}
