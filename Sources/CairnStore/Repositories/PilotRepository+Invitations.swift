import CairnCore
import Foundation

extension PilotRepository {
    /// The join token of a version's pilot, made on first use; the same token every time after.
    ///
    /// - Throws: `DatabaseError.notFound` when the version is not in the organization.
    public func invitationToken(for versionID: MicrocredentialVersion.ID, in organizationID: Organization.ID,
                                at now: Date) throws -> String {
        try database.write { tx in
            _ = try MicrocredentialRepository(database: database).findVersion(versionID, in: organizationID, in: tx)
            try tx.execute("""
                INSERT INTO pilot_invitations (version_id, token, created_at) VALUES (\(versionID), \(Crypto.randomToken()), \(now))
                ON CONFLICT (version_id) DO NOTHING
                """)
            return try tx.queryOne("SELECT token FROM pilot_invitations WHERE version_id = \(versionID)")!.get("token")
        }
    }

    /// The version a join token opens, if it belongs to the organization.
    public func version(forInvitationToken token: String, in organizationID: Organization.ID) throws -> MicrocredentialVersion? {
        guard !token.isEmpty else { return nil }
        let versionID = try database.read { tx in
            try tx.queryOne("SELECT version_id FROM pilot_invitations WHERE token = \(token)")
                .map { try $0.get("version_id", as: MicrocredentialVersion.ID.self) }
        }
        guard let versionID else { return nil }
        return try MicrocredentialRepository(database: database).fetchVersion(versionID, in: organizationID)
    }
}
