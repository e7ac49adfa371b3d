/// Why a pathway's state could not change.
public enum PathwayError: Error, Equatable, Sendable {
    /// The move is not one of `PathwayState.nextStates`.
    case illegalTransition(from: PathwayState, to: PathwayState)
    /// Only a draft can be edited; this pathway is in the given state.
    case notADraft(PathwayState)
    /// Publishing needs a pathway without problems: these.
    case hasProblems([PathwayProblem])
    /// No pathway at that address or with that id in the organization (or not one the person may see).
    case notFound
}

extension PathwayError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .illegalTransition, .notADraft: .conflict
        case .hasProblems: .invalidInput
        case .notFound: .notFound
        }
    }

    /// What a designer reads when a step is refused.
    public var message: String {
        switch self {
        case .illegalTransition(let from, let to): "A \(from.displayName.lowercased()) pathway can't become \(to.displayName.lowercased())."
        case .notADraft(let state): "This pathway is \(state.displayName.lowercased()): only a draft can be changed."
        case .hasProblems(let problems):
            "Fix the \(problems.count == 1 ? "problem" : "\(problems.count) problems") listed before publishing."
        case .notFound: "The address may be mistyped, or the pathway may have been removed."
        }
    }
}
