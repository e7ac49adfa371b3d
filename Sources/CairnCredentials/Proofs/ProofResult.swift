/// What checking one proof found: valid, invalid, or inconclusive (a suite Cairn does not check, or a key
/// that cannot be had offline), with the step that failed.
public struct ProofResult: Sendable, Equatable, CustomStringConvertible {
    /// The verdict on one proof.
    public enum Verdict: String, Sendable, Equatable {
        case valid, invalid, inconclusive
    }

    /// The proof's suite as it names itself: a cryptosuite (`eddsa-rdfc-2022`) or a proof type
    /// (`Ed25519Signature2020`, `JWT EdDSA`).
    public let suite: String
    /// The verification method the proof names (a DID URL or URL), when it names one.
    public let verificationMethodID: String?
    /// The key that checked the signature; set when the proof is valid.
    public let verificationMethod: VerificationMethod?
    /// Why the proof is not valid; nil when it is.
    public let failure: ProofFailure?

    /// A valid proof, checked with `method`.
    public static func valid(_ suite: String, by method: VerificationMethod) -> ProofResult {
        ProofResult(suite: suite, verificationMethodID: method.id, verificationMethod: method, failure: nil)
    }

    /// A proof that is not valid, or could not be checked, for the reason given.
    public static func failed(_ suite: String, verificationMethodID: String?, _ failure: ProofFailure) -> ProofResult {
        ProofResult(suite: suite, verificationMethodID: verificationMethodID, verificationMethod: nil, failure: failure)
    }

    public var verdict: Verdict { failure?.verdict ?? .valid }

    public var isValid: Bool { failure == nil }

    public var description: String {
        if let failure { return "\(suite) proof \(verdict.rawValue): \(failure)" }
        return "\(suite) proof valid, signed with \(verificationMethodID ?? "an embedded key")"
    }
}

/// The step at which a proof (embedded, or a JWT's signature) failed, with a reason a person understands.
public enum ProofFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The proof lacks a member its suite needs, or a member has the wrong form.
    case malformed(String)
    /// A proof type or cryptosuite Cairn does not check: inconclusive, never valid.
    case unsupportedSuite(String)
    /// The proof's `@context` does not begin the document's, or the suite's context is missing.
    case contextMismatch(String)
    /// A JSON-LD context could not be had: not bundled and no loader allowed it, or unreadable.
    case contextRefused(String)
    /// A property or type that the contexts do not define (JSON-LD safe mode).
    case undefinedTerm(String)
    /// Any other JSON-LD error while expanding the document or the proof configuration.
    case jsonLD(JSONLDError)
    /// The RDF dataset could not be canonicalized.
    case canonicalization(RDFCanonicalizationError)
    /// The verification method could not be had without the network, or without a loader the caller
    /// did not give: inconclusive.
    case keyUnavailable(String)
    /// The verification method was found but cannot be used: unreadable, not listed for the purpose,
    /// not controlled by its DID, or of a key type the suite does not sign with.
    case keyRefused(String)
    /// The proof is for another purpose than the one asked (e.g. `authentication`, not `assertionMethod`).
    case wrongPurpose(expected: String, actual: String)
    /// The signature does not verify with the key: the document or the proof was changed, or another key signed.
    case signatureMismatch(String)
    /// A JWS algorithm that is never accepted (`none`, a shared-secret MAC) or that does not fit the key.
    case algorithmRefused(String)
    /// A JWT's claims contradict the credential they carry (e.g. `iss` is not the credential's issuer).
    case claimMismatch(String)
    /// A JWT used before its `nbf` or after its `exp`.
    case outsideValidity(String)

    /// Invalid, or inconclusive for an unsupported suite or a key that could not be had.
    public var verdict: ProofResult.Verdict {
        switch self {
        case .unsupportedSuite, .keyUnavailable: .inconclusive
        default: .invalid
        }
    }

    public var description: String {
        switch self {
        case .malformed(let reason): "the proof is malformed: \(reason)"
        case .unsupportedSuite(let suite): "Cairn does not check \(suite) proofs, so this one is neither valid nor invalid"
        case .contextMismatch(let reason): "the proof's context does not fit the document: \(reason)"
        case .contextRefused(let reason): "a JSON-LD context was refused: \(reason)"
        case .undefinedTerm(let reason): "a term is not defined by the contexts (JSON-LD safe mode): \(reason)"
        case .jsonLD(let error): "the document is not valid JSON-LD: \(error)"
        case .canonicalization(let error): "the document could not be canonicalized: \(error)"
        case .keyUnavailable(let reason): "the signing key could not be had: \(reason)"
        case .keyRefused(let reason): "the signing key cannot be used: \(reason)"
        case .wrongPurpose(let expected, let actual): "the proof's purpose is “\(actual)”, not “\(expected)”"
        case .signatureMismatch(let reason): "the signature does not match: \(reason)"
        case .algorithmRefused(let reason): "the signature algorithm is refused: \(reason)"
        case .claimMismatch(let reason): "the token's claims contradict its credential: \(reason)"
        case .outsideValidity(let reason): "the token is not valid at this time: \(reason)"
        }
    }

    /// The failure a JSON-LD error stands for.
    init(_ error: JSONLDError) {
        switch error.code {
        case .loadingRemoteContextFailed, .loadingDocumentFailed: self = .contextRefused(error.reason)
        case .undefinedTerm: self = .undefinedTerm(error.reason)
        default: self = .jsonLD(error)
        }
    }
}
