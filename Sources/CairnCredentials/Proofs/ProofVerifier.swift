/// Checks the embedded proofs of a JSON-LD document: Data Integrity `eddsa-rdfc-2022` and
/// `ecdsa-rdfc-2019` (P-256 with SHA-256; P-384 with SHA-384, RDFC-1.0 included), and the legacy
/// `Ed25519Signature2020` (the proof configuration under the document's `@context`, which must include
/// the suite's context).
/// Any other proof type or cryptosuite is inconclusive, never valid.
///
/// Each proof goes through the same steps, and the first that fails is the one reported: its form
/// (members, multibase value, purpose), its context, the canonical forms (JSON-LD safe mode, RDFC-1.0),
/// the key (resolved for the purpose, of the suite's type), and the signature.
public struct ProofVerifier: Sendable {
    /// Where the document's contexts come from; by default only the bundled ones.
    public var loader: any DocumentLoading
    /// Where verification methods come from; by default did:key only.
    public var keys: any VerificationMethodResolving
    /// The purpose a proof must have been made for.
    public var purpose: String

    public init(loader: any DocumentLoading = DocumentLoader.bundledOnly,
                keys: any VerificationMethodResolving = KeyResolver.offline, purpose: String = "assertionMethod") {
        (self.loader, self.keys, self.purpose) = (loader, keys, purpose)
    }

    /// Every proof of the document, each checked on its own against the document without its proofs;
    /// empty when it has none.
    public func verify(_ document: JSON) -> [ProofResult] {
        guard let proofs = document["proof"]?.asList else { return [] }
        return proofs.map { verify(proof: $0, of: document) }
    }

    /// One proof of the document.
    public func verify(proof: JSON, of document: JSON) -> ProofResult {
        guard case .object(let proof) = proof else {
            return .failed("unknown", verificationMethodID: nil, .malformed("a proof must be a JSON object"))
        }
        let type = proof["type"]?.stringValue ?? ""
        let suite: Suite
        switch (type, proof["cryptosuite"]?.stringValue) {
        case ("DataIntegrityProof", "eddsa-rdfc-2022"?): suite = .eddsaRdfc2022
        case ("DataIntegrityProof", "ecdsa-rdfc-2019"?): suite = .ecdsaRdfc2019
        case ("Ed25519Signature2020", _): suite = .ed25519Signature2020
        case ("DataIntegrityProof", let cryptosuite?):
            return .failed(cryptosuite, verificationMethodID: proof["verificationMethod"]?.stringValue,
                           .unsupportedSuite("the “\(cryptosuite)” cryptosuite"))
        case ("DataIntegrityProof", nil):
            return .failed(type, verificationMethodID: nil, .malformed("a DataIntegrityProof names no cryptosuite"))
        case ("", _):
            return .failed("unknown", verificationMethodID: nil, .malformed("the proof has no type"))
        default:
            return .failed(type, verificationMethodID: proof["verificationMethod"]?.stringValue,
                           .unsupportedSuite("“\(type)”"))
        }
        let methodID = proof["verificationMethod"]?.stringValue ?? proof["verificationMethod"]?["id"]?.stringValue
        do throws(ProofFailure) {
            let method = try check(proof, of: document, suite: suite, methodID: methodID)
            return .valid(suite.name, by: method)
        } catch {
            return .failed(suite.name, verificationMethodID: methodID, error)
        }
    }

    /// The suites checked here.
    enum Suite {
        case eddsaRdfc2022, ecdsaRdfc2019, ed25519Signature2020

        var name: String {
            switch self {
            case .eddsaRdfc2022: "eddsa-rdfc-2022"
            case .ecdsaRdfc2019: "ecdsa-rdfc-2019"
            case .ed25519Signature2020: "Ed25519Signature2020"
            }
        }

        /// The `@context` a document must include for this suite's terms, if any.
        static let ed25519Signature2020Context = "https://w3id.org/security/suites/ed25519-2020/v1"
    }

    /// The steps shared by the suites; returns the key that verified.
    private func check(_ proof: [String: JSON], of document: JSON, suite: Suite, methodID: String?) throws(ProofFailure)
        -> VerificationMethod {
        guard case .object(let members) = document else { throw .malformed("the signed document is not a JSON object") }
        guard let methodID else { throw .malformed("it names no verificationMethod") }
        let signature = try Self.signature(in: proof)
        try checkPurposeAndDate(of: proof)
        let (unsecured, configuration) = try Self.unsecuredDocumentAndConfiguration(members, proof: proof, suite: suite)
        // ecdsa-rdfc-2019 hashes, RDFC-1.0 included, with the curve's hash; the signature's length tells
        // the curve before the key is fetched, and the key must then agree.
        let hash: DigestAlgorithm
        switch (suite, signature.count) {
        case (.ecdsaRdfc2019, 96): hash = .sha384
        case (.ecdsaRdfc2019, 64), (.eddsaRdfc2022, 64), (.ed25519Signature2020, 64): hash = .sha256
        case (.ecdsaRdfc2019, let length):
            throw .malformed("the signature is \(length) bytes long; a P-256 signature has 64 and a P-384 one 96")
        case (_, let length): throw .malformed("the signature is \(length) bytes long; an Ed25519 signature has 64")
        }
        let forms = try DataIntegrityCanonicalForms(document: unsecured, proofConfiguration: configuration,
                                                    loader: loader, canonicalizationHash: hash)
        let method = try key(methodID, for: suite)
        let expectedLength = method.publicKey.kind == .p384 ? 96 : 64
        guard signature.count == expectedLength else {
            throw .malformed("the signature is \(signature.count) bytes long; a \(method.publicKey.kind.rawValue) signature has \(expectedLength)")
        }
        guard method.publicKey.verify(signature, for: forms.hashData(hash)) else {
            throw .signatureMismatch("the document or its proof was changed after signing, or \(methodID) did not sign it")
        }
        return method
    }

    /// The signature bytes of the proof's multibase base58btc `proofValue`.
    private static func signature(in proof: [String: JSON]) throws(ProofFailure) -> [UInt8] {
        guard let proofValue = proof["proofValue"]?.stringValue else { throw .malformed("it has no proofValue") }
        guard let decoded = try? Multibase.decode(proofValue), decoded.base == .base58btc else {
            throw .malformed("the proofValue is not multibase base58btc (“z…”)")
        }
        return decoded.bytes
    }

    /// The proof is for the purpose asked, and its `created` (if any) is a date and time.
    private func checkPurposeAndDate(of proof: [String: JSON]) throws(ProofFailure) {
        guard let proofPurpose = proof["proofPurpose"]?.stringValue else { throw .malformed("it has no proofPurpose") }
        guard proofPurpose == purpose else { throw .wrongPurpose(expected: purpose, actual: proofPurpose) }
        if let created = proof["created"] {
            guard let text = created.stringValue, DateTimeStamp.isValid(text) else {
                throw .malformed("“created” is not an XML Schema date and time (e.g. 2024-05-01T09:30:00Z)")
            }
        }
    }

    /// The document without its proofs and the proof configuration (the proof without its value), each
    /// under the `@context` the suite gives it.
    private static func unsecuredDocumentAndConfiguration(_ document: [String: JSON], proof: [String: JSON], suite: Suite)
        throws(ProofFailure) -> (document: JSON, configuration: JSON) {
        var unsecured = document
        unsecured["proof"] = nil
        var options = proof
        options["proofValue"] = nil
        switch suite {
        case .eddsaRdfc2022, .ecdsaRdfc2019:
            // VC Data Integrity: a proof's own @context must begin the document's, and then stands for it.
            if let proofContext = options["@context"] {
                let documentContext = unsecured["@context"]?.asList ?? []
                let expected = proofContext.asList
                guard documentContext.count >= expected.count, Array(documentContext.prefix(expected.count)) == expected else {
                    throw .contextMismatch("the document's @context does not begin with the proof's")
                }
                unsecured["@context"] = proofContext
            } else {
                options["@context"] = unsecured["@context"]
            }
        case .ed25519Signature2020:
            guard (unsecured["@context"]?.asList ?? []).contains(.string(Suite.ed25519Signature2020Context)) else {
                throw .contextMismatch("an Ed25519Signature2020 proof needs \(Suite.ed25519Signature2020Context) in the document's @context")
            }
            options["jws"] = nil
            options["signatureValue"] = nil
            if options["@context"] == nil { options["@context"] = unsecured["@context"] }
        }
        return (.object(unsecured), .object(options))
    }

    /// The verification method, listed for the purpose, of a key type the suite signs with.
    private func key(_ methodID: String, for suite: Suite) throws(ProofFailure) -> VerificationMethod {
        let method: VerificationMethod
        do { method = try keys.verificationMethod(methodID, purpose: purpose) } catch {
            switch error {
            case .unavailable(let reason): throw .keyUnavailable(reason)
            case .refused(let reason): throw .keyRefused(reason)
            }
        }
        switch (suite, method.publicKey.kind) {
        case (.eddsaRdfc2022, .ed25519), (.ed25519Signature2020, .ed25519), (.ecdsaRdfc2019, .p256), (.ecdsaRdfc2019, .p384):
            return method
        case (_, let kind):
            throw .keyRefused("\(methodID) is a \(kind.rawValue) key, which does not sign \(suite.name) proofs")
        }
    }
}
