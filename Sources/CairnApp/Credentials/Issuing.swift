import CairnCore
import CairnCredentials
import CairnStore
import Foundation

/// Issuing a signed credential for an award, in the transaction that records the award: no award
/// without its credential, no credential without its place in the revocation list.
struct Issuing {
    let installation: Installation

    private var store: Store { installation.store }

    /// Builds, signs and stores the credential of `award` (for `version`, the version earned).
    ///
    /// - Parameter replacing: the credential this one corrects (the caller revokes it).
    /// - Throws: `CredentialError.signingKeyUnavailable` when the master key does not open the
    ///   organization's key, `.cannotSign` when the document cannot be signed; the caller's
    ///   transaction then rolls back.
    @discardableResult
    func issue(_ award: Award, version: MicrocredentialVersion, replacing: IssuedCredential.ID? = nil, at now: Date,
               in tx: any Connection) throws -> IssuedCredential {
        let organizationID = award.organizationID
        guard let organization = try store.organizations.fetch(organizationID, in: tx),
              let microcredential = try store.microcredentials.fetch(award.microcredentialID, in: organizationID, in: tx),
              let educator = try store.members.fetchPerson(award.educatorID, in: tx) else { throw CredentialError.notFound }
        let signing = try installation.signingKeys.activeKey(of: organizationID, store: store, at: now, in: tx)
        let identity = IssuerIdentity.of(organization: organization.slug, publicKeyMultibase: signing.stored.publicKeyMultibase,
                                         configuration: installation.configuration)
        let statusIndex = try store.issuers.takeStatusIndex(of: organizationID, at: now, in: tx)
        let id = IssuedCredential.ID.generate()
        let parts = CredentialDocument.Parts(
            credentialID: id, award: award, version: version, microcredential: microcredential, organization: organization,
            profile: try store.issuers.profile(of: organizationID, in: tx), educator: educator, issuerDID: identity.did,
            statusIndex: statusIndex, baseURL: installation.configuration.baseURL, salt: Crypto.hex(Crypto.randomBytes(16)))
        let signed = try installation.credentialSigner.sign(CredentialDocument.json(parts), key: signing.key,
                                                            verificationMethod: identity.verificationMethod, created: now)
        let credential = IssuedCredential(
            id: id, organizationID: organizationID, educatorID: award.educatorID, awardID: award.id,
            microcredentialID: award.microcredentialID, name: version.design.title, statusIndex: statusIndex,
            document: signed.serialized, issuedAt: now,
            validUntil: credentialValidUntil(issued: award.decidedAt, months: version.design.validityMonths), replacesID: replacing)
        try store.credentials.insert(credential, in: tx)
        return credential
    }
}
