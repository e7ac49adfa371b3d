import CairnCore
import CairnCredentials
import CairnStore
import Foundation

extension Credentials {
    /// An educator's learner record in the viewer's organization, for the printable transcript: their
    /// own, or any member's for an admin of the organization. One query for the credentials (and one
    /// for the member, when an admin asks), whatever their number.
    ///
    /// - Parameter educatorID: whose record; nil for the viewer's own.
    /// - Throws: `CredentialError.notFound` when someone else's is asked for by a non-admin, or the
    ///   person is not a member of the viewer's organization.
    public func learnerRecord(of educatorID: Person.ID? = nil, viewer: Member) throws -> LearnerRecord {
        try store.database.read { tx in try readRecord(of: educatorID, viewer: viewer, in: tx) }
    }

    /// The learner record as a CLR 2.0 `ClrCredential`, signed now by the organization (`eddsa-rdfc-2022`),
    /// as JSON text. Made on request and not stored (decision 0014); read in one transaction of three queries.
    ///
    /// - Throws: what `learnerRecord` throws; `LearnerRecordError.nothingInForce` when no credential is
    ///   in force; `CredentialError.signingKeyUnavailable` when the organization's key cannot be opened.
    public func learnerRecordDocument(of educatorID: Person.ID? = nil, viewer: Member) throws -> String {
        let organizationID = viewer.organization.id, now = installation.clock()
        let (record, stored, profile) = try store.database.read { tx -> (LearnerRecord, IssuerKey?, IssuerProfile) in
            let record = try readRecord(of: educatorID, viewer: viewer, in: tx)
            guard !record.inForce.isEmpty else { throw LearnerRecordError.nothingInForce }
            return (record, try store.issuers.activeKey(of: organizationID, in: tx), try store.issuers.profile(of: organizationID, in: tx))
        }
        guard let stored else { throw CredentialError.signingKeyUnavailable("the organization has no signing key") }
        let key = try installation.signingKeys.open(stored)
        let identity = IssuerIdentity.of(organization: viewer.organization.slug, publicKeyMultibase: stored.publicKeyMultibase,
                                         configuration: installation.configuration)
        let parts = LearnerRecordDocument.Parts(record: record, profile: profile, issuerDID: identity.did, id: UUID(),
                                                salt: Crypto.hex(Crypto.randomBytes(16)), issuedAt: now)
        return try installation.credentialSigner.sign(LearnerRecordDocument.json(parts), key: key,
                                                      verificationMethod: identity.verificationMethod, created: now).serialized
    }

    /// The record of the person the viewer may read: themselves, or for an admin a member of their organization.
    private func readRecord(of educatorID: Person.ID?, viewer: Member, in tx: any Connection) throws -> LearnerRecord {
        var educator = viewer.person
        if let educatorID, educatorID != viewer.person.id {
            guard viewer.has(.admin), let member = try store.members.fetchMember(person: educatorID, organization: viewer.organization.id, in: tx) else {
                throw CredentialError.notFound
            }
            educator = member.person
        }
        let credentials = try store.credentials.credentials(of: educator.id, in: viewer.organization.id, in: tx)
        return LearnerRecord(organization: viewer.organization, educator: educator, credentials: credentials,
                             baseURL: installation.configuration.baseURL, now: installation.clock())
    }
}
