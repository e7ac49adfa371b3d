/// Why a pilot refused someone: no pilot there, not one of its participants, or not a member to add.
public enum PilotError: Error, Equatable, Sendable {
    /// The microcredential has no version in pilot, or the link or version is not a running pilot of the organization.
    case pilotNotFound
    /// Only the pilot's participants give feedback on it.
    case notAParticipant
    /// The person to add is not an active member of the organization.
    case notAMember
    /// A participant joins as a pilot educator or a pilot assessor; none was chosen.
    case roleNotChosen
}

extension PilotError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .pilotNotFound: .notFound
        case .notAParticipant: .forbidden
        case .notAMember, .roleNotChosen: .invalidInput
        }
    }

    /// What a designer or a pilot participant reads.
    public var message: String {
        switch self {
        case .pilotNotFound: "The address may be mistyped, or the page may have moved or been removed."
        case .notAParticipant:
            "Your roles in this organization don't include this page. If you think they should, ask your organization admin."
        case .notAMember: "Choose a member of your organization."
        case .roleNotChosen: "Choose whether they pilot as an educator or as an assessor."
        }
    }

    public var field: String? {
        switch self {
        case .notAMember: "email"
        case .roleNotChosen: "role"
        case .pilotNotFound, .notAParticipant: nil
        }
    }
}
