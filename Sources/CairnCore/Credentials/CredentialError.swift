/// Why a credential action was refused.
public enum CredentialError: Error, Equatable, Sendable {
    /// No such credential in this organization, or not one the person may see.
    case notFound
    /// A revocation or suspension needs a reason on record.
    case reasonRequired
    /// The reason is longer than 500 characters.
    case reasonTooLong
    /// A revoked credential cannot change status again.
    case alreadyRevoked
    /// The change asked for is the status it already has.
    case unchanged
    /// The organization's signing key could not be read (the master key is missing or wrong).
    case signingKeyUnavailable(String)
    /// The credential could not be built or signed.
    case cannotSign(String)
    /// The educator withdrew this evidence from public view (the signed credential still names it).
    case evidenceWithdrawn
    /// An admin of the issuing organization took this evidence down from public view (the signed credential still names it).
    case evidenceTakenDown
}

extension CredentialError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .notFound: .notFound
        case .reasonRequired, .reasonTooLong: .invalidInput
        case .alreadyRevoked, .unchanged: .conflict
        case .signingKeyUnavailable, .cannotSign: .unavailable
        case .evidenceWithdrawn, .evidenceTakenDown: .gone
        }
    }

    public var field: String? {
        switch self {
        case .reasonRequired, .reasonTooLong: "reason"
        default: nil
        }
    }

    public var message: String {
        switch self {
        case .notFound: "There is no such credential."
        case .reasonRequired: "Give the reason: the educator is told, and it stays on record."
        case .reasonTooLong: "Keep the reason under 500 characters."
        case .alreadyRevoked: "This credential is revoked; a revoked credential cannot be reinstated. Issue a new one instead."
        case .unchanged: "The credential already has this status."
        case .signingKeyUnavailable(let detail): "The organization's signing key cannot be read (\(detail)). Ask the operator to check CAIRN_MASTER_KEY."
        case .cannotSign(let detail): "The credential could not be signed: \(detail)."
        case .evidenceWithdrawn: "The educator who holds this credential has withdrawn this evidence from public view."
        case .evidenceTakenDown: "The organization that issued this credential has taken this evidence down from public view."
        }
    }
}
