/// Why an educator cannot start or work on an enrollment.
public enum EnrollmentError: Error, Equatable, Sendable {
    /// One active enrollment per educator and microcredential: this one.
    case alreadyEnrolled(Enrollment.ID)
    /// The educator holds this microcredential already (an award that stands): it is earned once.
    case alreadyHolds(StandingAward)
    /// Only a published version (or a pilot the educator takes part in) can be started.
    case notOpen(LifecycleState)
    /// The evidence is incomplete: submitting needs the problems fixed first.
    case incomplete([CompletenessProblem])
    /// The enrollment is under review or earned: the workspace cannot be submitted now.
    case cannotSubmit(EnrollmentStatus)
    /// The requirement is not in the pinned version's design.
    case unknownRequirement(String)
    /// A link that is not http(s).
    case invalidLink(String)
    /// A pilot version is started only by the educators taking part in its pilot.
    case notAPilotEducator
    /// The enrollment is earned: its evidence no longer changes.
    case evidenceLocked
    /// The enrollment is earned: which evidence its credential shows no longer changes (an item can only be withdrawn).
    case publicChoiceLocked
    /// An attempt waits for its decision: an item can be made private, not chosen to be shown.
    case publicChoiceWhileWaiting
    /// No microcredential with that address, or no enrollment of this educator with that id.
    case notFound
}

extension EnrollmentError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .alreadyEnrolled, .alreadyHolds, .cannotSubmit, .evidenceLocked, .publicChoiceLocked, .publicChoiceWhileWaiting: .conflict
        case .notOpen, .unknownRequirement, .notFound: .notFound
        case .incomplete, .invalidLink: .invalidInput
        case .notAPilotEducator: .forbidden
        }
    }

    /// What an educator reads when starting, saving or submitting is refused.
    public var message: String {
        switch self {
        case .alreadyEnrolled: "You have already started this microcredential: continue in your workspace."
        case .alreadyHolds(let standing):
            ["You already hold this microcredential, so you cannot start it again.", standing.renewalSentence].filter { !$0.isEmpty }
                .joined(separator: " ")
        case .notOpen: "This microcredential is not open to start."
        case .incomplete: "Your evidence is not ready to submit yet: fix what is listed below."
        case .cannotSubmit(let status): "This microcredential cannot be submitted now (\(status.displayName))."
        case .unknownRequirement: "This microcredential does not ask for that evidence."
        case .notAPilotEducator: "Only the educators taking part in this pilot can start it."
        case .evidenceLocked: "This microcredential is earned: its evidence can no longer change."
        case .publicChoiceLocked: "This microcredential is earned: its credential names the evidence you chose. "
            + "You can still withdraw an item from public view on the credential's page."
        case .publicChoiceWhileWaiting: "Your work is waiting for its decision: a credential would show what you submitted, "
            + "so you can choose what to show before you submit, or after a not yet."
        case .notFound: "The address may be mistyped, or this is not one of your microcredentials."
        case .invalidLink(let text): "“\(text)” is not a web address: each line needs one link starting with http:// or https://."
        }
    }
}
