import CairnCore
import CairnCredentials
import CairnStore
import Foundation

/// Issuing a signed credential for an award, in the transaction that records the award: no award
/// without its credential, no credential without its place in the revocation list. A pathway's
/// credential is issued the same way, in the same transaction (`Issuing+Pathways.swift`).
struct Issuing {
    let installation: Installation

    var store: Store { installation.store }

    /// Builds, signs and stores the credential of `award` (for `version`, the version earned).
    ///
    /// - Parameter replacing: the credential this one corrects (the caller revokes it).
    /// - Throws: `CredentialError.signingKeyUnavailable` when the master key does not open the
    ///   organization's key, `.cannotSign` when the document cannot be signed; the caller's
    ///   transaction then rolls back.
    @discardableResult
    func issue(_ award: Award, version: MicrocredentialVersion, replacing: IssuedCredential.ID? = nil, at now: Date,
               in tx: any Connection) throws -> IssuedCredential {
        guard let microcredential = try store.microcredentials.fetch(award.microcredentialID, in: award.organizationID, in: tx) else {
            throw CredentialError.notFound
        }
        // A correction leaves out what the educator withdrew or an admin took down; the others keep their numbers.
        let chosen = try PublicEvidenceReading(store: store).evidence(of: award, version: version, in: tx)?.items ?? []
        let evidence = chosen.filter(\.isShown)
        return try sign(for: award.educatorID, in: award.organizationID, at: now, in: tx) { envelope, document in
            let parts = CredentialDocument.Parts(envelope: envelope, award: award, version: version, microcredential: microcredential,
                                                 evidence: evidence)
            return IssuedCredential(
                id: envelope.credentialID, organizationID: award.organizationID, educatorID: award.educatorID, awardID: award.id,
                microcredentialID: award.microcredentialID, name: version.design.title, statusIndex: envelope.statusIndex,
                document: try document(CredentialDocument.json(parts)), issuedAt: now,
                validUntil: credentialValidUntil(issued: award.decidedAt, months: version.design.validityMonths), replacesID: replacing)
        }
    }

    /// Signs the document `make` builds for a new credential of `educatorID` and stores the credential it returns.
    ///
    /// `make` is given the envelope (the new id, the organization as issuer with its DID, the educator,
    /// a fresh index in the revocation list) and a function that signs a document into its text.
    func sign(for educatorID: Person.ID, in organizationID: Organization.ID, at now: Date, in tx: any Connection,
              _ make: (CredentialDocument.Envelope, (JSON) throws -> String) throws -> IssuedCredential) throws -> IssuedCredential {
        guard let organization = try store.organizations.fetch(organizationID, in: tx),
              let educator = try store.members.fetchPerson(educatorID, in: tx) else { throw CredentialError.notFound }
        let signing = try installation.signingKeys.activeKey(of: organizationID, store: store, at: now, in: tx)
        let identity = IssuerIdentity.of(organization: organization.slug, publicKeyMultibase: signing.stored.publicKeyMultibase,
                                         configuration: installation.configuration)
        let envelope = CredentialDocument.Envelope(
            credentialID: .generate(), organization: organization, profile: try store.issuers.profile(of: organizationID, in: tx),
            educator: educator, issuerDID: identity.did, statusIndex: try store.issuers.takeStatusIndex(of: organizationID, at: now, in: tx),
            baseURL: installation.configuration.baseURL, salt: Crypto.hex(Crypto.randomBytes(16)))
        let credential = try make(envelope) { document in
            try installation.credentialSigner.sign(document, key: signing.key, verificationMethod: identity.verificationMethod,
                                                   created: now).serialized
        }
        try store.credentials.insert(credential, in: tx)
        return credential
    }
}
