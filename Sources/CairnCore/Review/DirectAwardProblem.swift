/// Why one row of a direct award was not awarded.
public enum DirectAwardProblem: Error, Equatable, Hashable, Sendable {
    case invalidEmail(String)
    case duplicate(firstLine: Int)
    case narrativeTooLong(characters: Int)
    /// Nobody with this address belongs to the organization (or their membership is deactivated).
    case notAMember
    /// They hold an award of this microcredential whose credential still stands.
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
        case .alreadyHolds: "They already hold this microcredential."
        case .couldNotIssue(let reason): "\(reason) Nothing was recorded for this row: award it again later."
        }
    }
}
