/// One thing that keeps the evidence from being submitted, for one requirement.
public struct CompletenessProblem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case missing
        /// A required classroom video without a video file.
        case videoMissing
        case tooFewWords(count: Int, minimum: Int)
        case tooManyWords(count: Int, maximum: Int)
        case wrongFileType(filename: String, accepted: [String])
        case fileTooLarge(filename: String, megabytes: Int)
        case videoTooLong(filename: String, minutes: Int)
        case consentNotConfirmed(filename: String)
    }

    public let requirementID: String
    public let kind: Kind
    /// What a teacher reads, naming the requirement.
    public let message: String

    public init(requirementID: String, kind: Kind, message: String) {
        self.requirementID = requirementID
        self.kind = kind
        self.message = message
    }
}
