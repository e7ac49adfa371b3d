/// Why an invitation could not be accepted.
public enum InvitationError: Error, Equatable, Sendable {
    /// The link is unknown, used, withdrawn or expired.
    case unusable(OneTimeTokenError)
    /// The link invites another account than the signed-in one.
    case otherAccount(invited: String)
    /// The invited address has an account already: its owner accepts signed in, not as a newcomer.
    case accountExists(email: String)
}

extension InvitationError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .unusable(let problem): problem.kind
        case .otherAccount: .forbidden
        case .accountExists: .conflict
        }
    }

    public var message: String {
        switch self {
        case .unusable(let problem): problem.message
        case .otherAccount(let email): "This invitation is for \(email). Sign out, then sign in as \(email) to accept it."
        case .accountExists(let email): "You already have a Cairn account: sign in as \(email) to accept this invitation."
        }
    }
}
