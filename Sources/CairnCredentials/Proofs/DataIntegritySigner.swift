import Foundation

/// Signs documents with a Data Integrity proof of the `eddsa-rdfc-2022` cryptosuite (W3C vc-di-eddsa):
/// RDFC-1.0 canonical forms, SHA-256, Ed25519, the signature in multibase base58btc.
///
/// ```swift
/// let signer = DataIntegritySigner(key: key, verificationMethod: "did:key:z6Mk…#z6Mk…")
/// let signed = try signer.sign(credential, created: now)
/// ```
public struct DataIntegritySigner: Sendable {
    /// The cryptosuite of the proofs made here.
    public static let cryptosuite = "eddsa-rdfc-2022"

    public let key: Ed25519PrivateKey
    /// The DID URL or URL of the public key, as the proof names it.
    public let verificationMethod: String
    /// Why the proof is made; credentials use `assertionMethod`.
    public var proofPurpose: String
    /// Where the document's contexts come from; by default only the bundled ones.
    public var loader: any DocumentLoading

    public init(key: Ed25519PrivateKey, verificationMethod: String, proofPurpose: String = "assertionMethod",
                loader: any DocumentLoading = DocumentLoader.bundledOnly) {
        (self.key, self.verificationMethod, self.proofPurpose, self.loader) = (key, verificationMethod, proofPurpose, loader)
    }

    /// The document with a new proof added: a proof it already has is kept, and the new one signs the
    /// document without them (a proof set).
    public func sign(_ document: JSON, created: Date?) throws(SigningError) -> JSON {
        guard case .object(var members) = document else { throw .notAnObject }
        let newProof = try proof(for: document, created: created)
        switch members["proof"] {
        case nil: members["proof"] = newProof
        case .array(let proofs)?: members["proof"] = .array(proofs + [newProof])
        case let existing?: members["proof"] = .array([existing, newProof])
        }
        return .object(members)
    }

    /// The proof for a document (with its `proofValue`), without adding it.
    public func proof(for document: JSON, created: Date?) throws(SigningError) -> JSON {
        let configuration = proofOptions(created: created)
        let forms = try canonicalForms(for: document, options: configuration)
        let signature = key.sign(forms.hashData(.sha256))
        var proof = configuration
        proof["proofValue"] = .string(Multibase.encode(signature, base: .base58btc))
        return .object(proof)
    }

    /// The canonical forms the proof for a document signs (the intermediates of vc-di-eddsa's vectors).
    public func canonicalForms(for document: JSON, created: Date?) throws(SigningError) -> DataIntegrityCanonicalForms {
        try canonicalForms(for: document, options: proofOptions(created: created))
    }

    /// The proof configuration as the spec builds it: the proof options under the document's `@context`.
    public func proofConfiguration(for document: JSON, created: Date?) throws(SigningError) -> JSON {
        guard case .object(let members) = document else { throw .notAnObject }
        var configuration = proofOptions(created: created)
        configuration["@context"] = members["@context"]
        return .object(configuration)
    }

    private func proofOptions(created: Date?) -> [String: JSON] {
        var options: [String: JSON] = [
            "type": "DataIntegrityProof", "cryptosuite": .string(Self.cryptosuite),
            "verificationMethod": .string(verificationMethod), "proofPurpose": .string(proofPurpose),
        ]
        if let created { options["created"] = .string(Self.dateTimeStamp(created)) }
        return options
    }

    private func canonicalForms(for document: JSON, options: [String: JSON]) throws(SigningError) -> DataIntegrityCanonicalForms {
        guard case .object(var unsecured) = document else { throw .notAnObject }
        unsecured["proof"] = nil
        var configuration = options
        configuration["@context"] = unsecured["@context"]
        do {
            return try DataIntegrityCanonicalForms(document: .object(unsecured), proofConfiguration: .object(configuration),
                                                   loader: loader)
        } catch {
            throw .cannotCanonicalize(error)
        }
    }

    /// An XML Schema dateTimeStamp in UTC to the second, e.g. `2023-02-24T23:36:38Z`.
    public static func dateTimeStamp(_ date: Date) -> String {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(.iso8601)
    }
}

/// Why a document could not be signed.
public enum SigningError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Only a JSON object can carry a proof.
    case notAnObject
    /// Its JSON-LD or RDF form could not be made: an undefined term, a refused context, ….
    case cannotCanonicalize(ProofFailure)

    public var description: String {
        switch self {
        case .notAnObject: "only a JSON object can be signed"
        case .cannotCanonicalize(let failure): "the document cannot be signed: \(failure)"
        }
    }
}
