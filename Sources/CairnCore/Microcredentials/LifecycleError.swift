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
