import CairnCore
import CairnCredentials
import CairnStore
import Foundation

extension Credentials {
    /// The DID document of an organization that names itself with `did:web`: every key it has signed with.
    ///
    /// - Throws: `CredentialError.notFound` for an unknown organization, one without a key yet, or
    ///   when this installation issues as `did:key`.
    public func didDocument(organization slug: String) throws -> String {
        guard let organization = try store.organizations.fetch(slug: slug),
              let did = IssuerIdentity.webDID(organization: organization.slug, configuration: installation.configuration) else {
            throw CredentialError.notFound
        }
        let keys = try store.issuers.keys(of: organization.id)
        guard !keys.isEmpty else { throw CredentialError.notFound }
        return IssuerIdentity.didDocument(did: did, keys: keys).serialized
    }

    /// One of an organization's revocation lists, signed by it: made when a credential's status
    /// changed since it was last made, else the one kept in memory (`CredentialReads`): one query at
    /// most a second.
    ///
    /// - Throws: `CredentialError.notFound` for an unknown organization or a list it has not begun.
    public func statusList(organization slug: String, list: Int) throws -> String {
        guard let state = try installation.credentialReads.statusListState(slug, read: { try store.issuers.statusListState(organization: slug) })
        else { throw CredentialError.notFound }
        let organization = state.organization
        guard list >= 1, list <= max(1, StatusLists.list(of: max(state.indexesTaken - 1, 0))) else { throw CredentialError.notFound }
        return try installation.credentialReads.signedList(organization: organization.id, list: list, stamp: state.changedAt) {
            let range = (list - 1) * StatusLists.size ..< list * StatusLists.size
            let revoked = try store.credentials.statusIndexes(in: organization.id, withStatus: .revoked, in: range)
            let now = installation.clock()
            let signing = try store.write { tx in
                try installation.signingKeys.activeKey(of: organization.id, store: store, at: now, in: tx)
            }
            let identity = IssuerIdentity.of(organization: organization.slug, publicKeyMultibase: signing.stored.publicKeyMultibase,
                                             configuration: installation.configuration)
            let url = installation.configuration.baseURL + PublicPaths.statusListPath(organization: organization.slug, list: list)
            let unsigned = try StatusLists.credential(listURL: url, issuerDID: identity.did, revoked: revoked, at: now)
            return try installation.credentialSigner.sign(unsigned, key: signing.key, verificationMethod: identity.verificationMethod,
                                                          created: now).serialized
        }
    }
}
