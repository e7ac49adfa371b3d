import CairnCore
import CairnCredentials
import CairnStore
import Foundation

/// The operator's view of an organization's signing keys (`cairn keys`): list them, rotate to a new
/// one (the old keys stay published so what they signed still verifies), and export the public keys.
public struct IssuerKeys: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }

    /// One key as the operator sees it: never its private half.
    public struct Listed: Sendable, Equatable {
        public let publicKeyMultibase: String
        /// The DID URL credentials name it by.
        public let verificationMethod: String
        public let createdAt: Date
        public let retiredAt: Date?
    }

    /// The organization's keys, oldest first, with the issuer DID it signs as now.
    ///
    /// - Throws: `CredentialError.notFound` for an unknown organization.
    public func list(organization slug: String) throws -> (issuer: String?, keys: [Listed]) {
        let organization = try find(slug)
        let keys = try store.issuers.keys(of: organization.id)
        let listed = keys.map { key in
            Listed(publicKeyMultibase: key.publicKeyMultibase,
                   verificationMethod: identity(organization, key.publicKeyMultibase).verificationMethod,
                   createdAt: key.createdAt, retiredAt: key.retiredAt)
        }
        let active = keys.first { $0.retiredAt == nil }
        return (active.map { identity(organization, $0.publicKeyMultibase).did }, listed)
    }

    /// Makes a new signing key for the organization and retires the current one; returns the new key.
    ///
    /// With `did:key` the issuer's DID changes with its key: rotate only with `did:web` to keep one issuer id.
    /// - Throws: `CredentialError.notFound`; `.signingKeyUnavailable` when the master key cannot be read.
    @discardableResult
    public func rotate(organization slug: String) throws -> Listed {
        let organization = try find(slug)
        let now = installation.clock()
        let made = try installation.signingKeys.make(for: organization.id, at: now)
        try store.write { tx in try store.issuers.add(made.stored, in: tx) }
        // The revocation lists are signed again with the new key.
        try store.write { tx in try store.issuers.touchStatus(of: organization.id, at: now, in: tx) }
        installation.credentialReads.forgetListStates()
        return Listed(publicKeyMultibase: made.stored.publicKeyMultibase,
                      verificationMethod: identity(organization, made.stored.publicKeyMultibase).verificationMethod,
                      createdAt: now, retiredAt: nil)
    }

    /// The organization's public keys as a JSON document: its DID document with every key, whichever DID method it uses now.
    ///
    /// - Throws: `CredentialError.notFound`.
    public func export(organization slug: String) throws -> String {
        let organization = try find(slug)
        let keys = try store.issuers.keys(of: organization.id)
        if let did = IssuerIdentity.webDID(organization: organization.slug, configuration: installation.configuration) {
            return IssuerIdentity.didDocument(did: did, keys: keys).serialized
        }
        let methods: [JSON] = keys.map { key in
            let did = "did:key:" + key.publicKeyMultibase
            return ["id": .string(did + "#" + key.publicKeyMultibase), "type": "Multikey", "controller": .string(did),
                    "publicKeyMultibase": .string(key.publicKeyMultibase)]
        }
        return JSON.object(["verificationMethod": .array(methods)]).serialized
    }

    private func find(_ slug: String) throws -> Organization {
        guard let organization = try store.organizations.fetch(slug: slug) else { throw CredentialError.notFound }
        return organization
    }

    private func identity(_ organization: Organization, _ key: String) -> IssuerIdentity {
        IssuerIdentity.of(organization: organization.slug, publicKeyMultibase: key, configuration: installation.configuration)
    }
}
