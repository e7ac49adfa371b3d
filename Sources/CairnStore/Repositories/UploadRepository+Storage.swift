import Foundation
import CairnCore

/// What a person keeps in storage, and the finished uploads nobody's evidence took.
extension UploadRepository {
    /// The person's evidence files (distinct, across their workspaces in the organization) and
    /// their uploads in the organization that are unfinished or not part of that evidence.
    public func storageUsage(person personID: Person.ID, organization organizationID: Organization.ID) throws -> StorageUsage {
        try database.read { tx in
            var evidence: [String: Int64] = [:]
            for row in try tx.query("""
                SELECT w.entry_json FROM workspace_entries w JOIN enrollments e ON e.id = w.enrollment_id
                WHERE e.educator_id = \(personID) AND e.organization_id = \(organizationID)
                """) {
                for file in try JSONColumn.decode(EvidenceItem.self, row, "entry_json").files { evidence[file.sha256] = file.size }
            }
            var unattached: Int64 = 0
            for row in try tx.query("""
                SELECT total_bytes, blob_hash FROM uploads WHERE person_id = \(personID) AND organization_id = \(organizationID)
                """) {
                let hash = String.fromDatabaseValue(row["blob_hash"])
                if hash.map({ evidence[$0] == nil }) ?? true { unattached += try row.get("total_bytes", as: Int64.self) }
            }
            return StorageUsage(evidenceBytes: evidence.values.reduce(0, +), unattachedUploadBytes: unattached)
        }
    }

    /// Finished uploads last touched before `cutoff` whose file no workspace of their owner holds.
    public func finishedUnattached(before cutoff: Date) throws -> [Upload] {
        try database.read { tx in
            try tx.query("""
                SELECT u.* FROM uploads u
                WHERE u.blob_hash IS NOT NULL AND u.updated_at < \(cutoff)
                  AND NOT EXISTS (SELECT 1 FROM workspace_entries w JOIN enrollments e ON e.id = w.enrollment_id
                                  WHERE e.educator_id = u.person_id AND w.entry_json LIKE \("%" + "\"") || u.blob_hash || \("\"%"))
                ORDER BY u.updated_at
                """).map(Self.upload)
        }
    }

    /// Whether anything Cairn keeps still names the blob `hash`: a workspace, a submission, an
    /// exemplar, an award, a video comment, a design (its images and attachments) or another upload.
    public func isBlobReferenced(_ hash: String, besides uploadID: Upload.ID) throws -> Bool {
        let quoted = "%\"" + hash + "\"%"
        return try database.read { tx in
            try tx.queryOne("""
                SELECT 1 AS one WHERE
                    EXISTS (SELECT 1 FROM workspace_entries WHERE entry_json LIKE \(quoted))
                 OR EXISTS (SELECT 1 FROM submissions WHERE snapshot_json LIKE \(quoted))
                 OR EXISTS (SELECT 1 FROM exemplars WHERE snapshot_json LIKE \(quoted))
                 OR EXISTS (SELECT 1 FROM awards WHERE award_json LIKE \(quoted))
                 OR EXISTS (SELECT 1 FROM microcredential_versions WHERE design_json LIKE \(quoted))
                 OR EXISTS (SELECT 1 FROM video_comments WHERE file_sha256 = \(hash))
                 OR EXISTS (SELECT 1 FROM uploads WHERE id <> \(uploadID) AND (blob_hash = \(hash) OR poster_blob_hash = \(hash)))
                """) != nil
        }
    }
}
