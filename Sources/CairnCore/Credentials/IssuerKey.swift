import Foundation

/// One of an organization's Ed25519 signing keys, as stored: the public key in multibase and the
/// private key sealed under the installation's master key. A retired key signs nothing new, but
/// stays published so the credentials it signed still verify.
public struct IssuerKey: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<IssuerKey>

    public let id: ID
    public let organizationID: Organization.ID
    /// The public key as a Multikey `publicKeyMultibase` (`z6Mk…`).
    public let publicKeyMultibase: String
    /// The private key's seed sealed with libsodium's secretbox, base64.
    public let sealedPrivateKey: String
    public let createdAt: Date
    public let retiredAt: Date?

    public init(id: ID = .generate(), organizationID: Organization.ID, publicKeyMultibase: String, sealedPrivateKey: String,
                createdAt: Date, retiredAt: Date? = nil) {
        self.id = id
        self.organizationID = organizationID
        self.publicKeyMultibase = publicKeyMultibase
        self.sealedPrivateKey = sealedPrivateKey
        self.createdAt = createdAt
        self.retiredAt = retiredAt
    }
}

/// How an organization presents itself as the issuer of its credentials, beside its name.
public struct IssuerProfile: Hashable, Sendable {
    public let organizationID: Organization.ID
    /// The organization's own website; empty means its catalog page in Cairn.
    public var url: String
    /// An address people can write to about the credentials; may be empty.
    public var email: String
    public var description: String

    public init(organizationID: Organization.ID, url: String = "", email: String = "", description: String = "") {
        self.organizationID = organizationID
        self.url = url
        self.email = email
        self.description = description
    }
}
