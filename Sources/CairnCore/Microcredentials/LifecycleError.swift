/// Why a change to a version's design or state was refused.
public enum LifecycleError: Error, Equatable, Sendable {
    /// Only a draft's design can change; this version is in the given state.
    case notADraft(LifecycleState)
    /// The move is not one of `LifecycleState.nextStates`.
    case illegalTransition(from: LifecycleState, to: LifecycleState)
    /// Piloting and publishing need a design without checker errors.
    case designHasErrors(count: Int)
    /// A next draft is made from a version that has left draft, never from a draft.
    case cannotReviseADraft
    /// The microcredential already has a draft (its number): finish or discard it first.
    case draftAlreadyExists(number: Int)
    /// The draft changed since it was read (someone else saved it): the save was refused.
    case draftChangedMeanwhile
}

extension LifecycleError: DomainError {
    public var kind: DomainErrorKind { .conflict }

    /// What a designer reads when a lifecycle step is refused.
    public var message: String {
        switch self {
        case .notADraft(let state): "This version is \(state.displayName.lowercased()): its design can't change. Revise it to make a new draft."
        case .illegalTransition(let from, let to):
            "A \(from.displayName.lowercased()) version can't become \(to.displayName.lowercased())."
        case .designHasErrors(let count):
            "The design checker lists \(count) problem\(count == 1 ? "" : "s") to fix first."
        case .cannotReviseADraft: "This version is still a draft: edit it directly."
        case .draftAlreadyExists(let number): "Version \(number) is already a draft: edit that one."
        case .draftChangedMeanwhile:
            "Someone else saved this draft a moment ago, so your change was not saved. Here is the draft as it is now: make your change again."
        }
    }
}
