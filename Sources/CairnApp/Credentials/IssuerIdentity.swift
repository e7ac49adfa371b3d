import CairnCore
import CairnCredentials
import Foundation

/// How an organization names itself in the credentials it signs: `did:web` at Cairn's public URL
/// (Cairn serves the DID document, which keeps every key ever used), or `did:key` of its signing key.
public enum IssuerDIDMethod: String, Sendable, CaseIterable {
    /// `did:web` when the public URL is https on a domain name, else `did:key`.
    case automatic = "auto"
    case web
    case key
}

/// The issuer id and verification method an organization signs with.
struct IssuerIdentity: Equatable {
    /// The issuer's id: a `did:web` or `did:key` DID.
    let did: String
    /// The DID URL of the key, as the proof names it.
    let verificationMethod: String

    /// The identity for an organization signing with `publicKeyMultibase`.
    static func of(organization slug: String, publicKeyMultibase: String, configuration: AppConfiguration) -> IssuerIdentity {
        if let did = webDID(organization: slug, configuration: configuration) {
            return IssuerIdentity(did: did, verificationMethod: did + "#" + publicKeyMultibase)
        }
        let did = "did:key:" + publicKeyMultibase
        return IssuerIdentity(did: did, verificationMethod: did + "#" + publicKeyMultibase)
    }

    /// The organization's `did:web` DID when the configuration asks for one and the public URL allows it:
    /// `https://cairn.example.org` gives `did:web:cairn.example.org:o:<slug>`, whose document is at
    /// `https://cairn.example.org/o/<slug>/did.json`.
    static func webDID(organization slug: String, configuration: AppConfiguration) -> String? {
        guard configuration.issuerDID != .key, let base = URLComponents(string: configuration.baseURL),
              base.scheme == "https" || configuration.issuerDID == .web,
              let host = base.host, !host.isEmpty, host.contains(where: \.isLetter) else { return nil }
        var identifier = host.lowercased()
        if let port = base.port { identifier += "%3A\(port)" }
        let path = base.path.split(separator: "/").map(String.init) + PublicPaths.organizationPath(slug).split(separator: "/").map(String.init)
        let did = "did:web:" + ([identifier] + path).joined(separator: ":")
        // The DID must resolve back to Cairn's own document URL.
        guard (try? DIDWeb.documentURL(for: did)) != nil else { return nil }
        return did
    }

    /// The DID document of a `did:web` issuer: every key it has had, each usable to assert credentials.
    static func didDocument(did: String, keys: [IssuerKey]) -> JSON {
        let methods: [JSON] = keys.map { key in
            ["id": .string(did + "#" + key.publicKeyMultibase), "type": "Multikey", "controller": .string(did),
             "publicKeyMultibase": .string(key.publicKeyMultibase)]
        }
        let ids: [JSON] = keys.map { .string(did + "#" + $0.publicKeyMultibase) }
        return ["@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
                "id": .string(did), "verificationMethod": .array(methods), "assertionMethod": .array(ids)]
    }
}
