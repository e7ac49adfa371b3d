/// Why one row of a direct award was not awarded.
public enum DirectAwardProblem: Error, Equatable, Hashable, Sendable {
    /// The address is not one (the text as given).
    case invalidEmail(String)
    /// The same address (any case) is on an earlier line.
    case duplicate(firstLine: Int)
    /// The row's narrative is longer than `DirectAwardList.maxNarrativeCharacters`.
    case narrativeTooLong(characters: Int)
    /// Nobody with this address belongs to the organization (or their membership is deactivated).
    case notAMember
    /// The member is not an educator of the organization: microcredentials are for educators.
    case notAnEducator
    /// The admin is awarding themselves: someone else must.
    case ownAward
    /// They are working on this microcredential and an assessor may still decide it.
    case workInProgress
    /// They hold an award of this microcredential that still stands (`StandingAward`: not revoked, not expired).
    case alreadyHolds
    /// The credential could not be signed (the reason as a sentence); nothing was recorded for the row.
    case couldNotIssue(String)
}

extension DirectAwardProblem {
    /// What an admin reads beside the row.
    public var message: String {
        switch self {
        case .invalidEmail(let text): text.isEmpty ? "The email is missing." : "'\(String(text.prefix(80)))' is not an email address."
        case .duplicate(let line): "This email already appears on line \(line); it is awarded once."
        case .narrativeTooLong(let count):
            "The narrative is \(count) characters long; shorten it to \(DirectAwardList.maxNarrativeCharacters) or fewer."
        case .notAMember: "Nobody with this email is an active member of your organization. Invite them first."
        case .notAnEducator: "This member is not an educator of your organization; give them the educator role first."
        case .ownAward: "You cannot award a microcredential to yourself: ask another admin."
        case .workInProgress: "They are working on this microcredential; an assessor decides their work."
        case .alreadyHolds: "They already hold this microcredential (it is awarded again only once revoked or expired)."
        case .couldNotIssue(let reason): "\(reason) Nothing was recorded for this row: award it again later."
        }
    }
}
