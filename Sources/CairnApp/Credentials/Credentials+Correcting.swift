import CairnCore
import CairnStore
import Foundation

extension Credentials {
    /// Re-issues a credential as a correction: a new credential for the same award, built from what
    /// Cairn knows now (the educator's name, the issuer's profile and key), linked to the old one,
    /// which is revoked with the reason, in one transaction; the educator is told.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`; `CredentialError.notFound` for another
    ///   organization's or one that records no award (a pathway's); `.reasonRequired`,
    ///   `.reasonTooLong`; `.alreadyRevoked` for one revoked or already corrected.
    @discardableResult
    public func correct(_ id: IssuedCredential.ID, reason: String, by admin: Member) throws -> IssuedCredential {
        try admin.checkAdmin()
        let reason = try Self.checkedReason(reason)
        let organizationID = admin.organization.id, now = installation.clock()
        return try store.write { tx in
            guard let old = try store.credentials.find(id, in: tx), old.organizationID == organizationID,
                  let awardID = old.awardID, let award = try store.reviews.award(awardID, in: organizationID, in: tx) else {
                throw CredentialError.notFound
            }
            if old.status == .revoked { throw CredentialError.alreadyRevoked }
            let version = try store.microcredentials.findVersion(award.versionID, in: organizationID, in: tx)
            let corrected = try Issuing(installation: installation).issue(award, version: version, replacing: old.id, at: now, in: tx)
            let why = "Corrected: replaced by a new credential. \(reason)"
            guard try store.credentials.changeStatus(of: old.id, in: organizationID, to: .revoked, reason: why, by: admin.person.id,
                                                     at: now, in: tx) else { throw CredentialError.alreadyRevoked }
            try notifications.credentialStatusChanged(old, to: .revoked, reason: why, at: now, in: tx)
            installation.credentialReads.forget(old.id)
            return corrected
        }
    }

    /// A status change's reason, trimmed: required, at most 500 characters.
    static func checkedReason(_ reason: String) throws(CredentialError) -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .reasonRequired }
        guard trimmed.count <= 500 else { throw .reasonTooLong }
        return trimmed
    }
}
