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

extension IssuerProfile {
    /// The profile an admin typed, checked: a web address (http or https, at most 300 characters),
    /// an email address, and a description of at most 1,000 characters; each may be left empty.
    ///
    /// - Throws: `IssuerProfileError` naming the first field that is wrong.
    public static func checked(organizationID: Organization.ID, url: String, email: String, description: String) throws(IssuerProfileError) -> IssuerProfile {
        let url = url.trimmingCharacters(in: .whitespacesAndNewlines), email = email.trimmingCharacters(in: .whitespacesAndNewlines)
        let description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        if !url.isEmpty {
            let lowered = url.lowercased()
            guard url.count <= 300, lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
                  let parsed = URLComponents(string: url), let host = parsed.host, host.contains(".") || host == "localhost",
                  !url.contains(where: \.isWhitespace) else { throw .badURL }
        }
        var address = ""
        if !email.isEmpty {
            do { address = try EmailAddress(email).rawValue } catch { throw .badEmail }
        }
        guard description.count <= 1_000 else { throw .descriptionTooLong }
        return IssuerProfile(organizationID: organizationID, url: url, email: address, description: description)
    }
}

/// Why an issuer profile was refused.
public enum IssuerProfileError: Error, Equatable, Sendable, DomainError {
    case badURL, badEmail, descriptionTooLong

    public var kind: DomainErrorKind { .invalidInput }

    public var field: String? {
        switch self {
        case .badURL: "url"
        case .badEmail: "email"
        case .descriptionTooLong: "description"
        }
    }

    public var message: String {
        switch self {
        case .badURL: "Give your organization's web address, starting with https://, or leave it empty to use its catalog in Cairn."
        case .badEmail: "Give an email address such as credentials@district.org, or leave it empty."
        case .descriptionTooLong: "Keep the description under 1,000 characters."
        }
    }
}
