/// Why a pilot feedback form was refused.
public enum PilotFeedbackError: Error, Equatable, Sendable {
    /// A clarity outside 1…5 for this item.
    case clarityOutOfRange(kind: ItemFeedback.Kind, itemID: String)
    /// A relevance outside 1…5.
    case relevanceOutOfRange
    /// A workload outside 0…200 hours (or not a number).
    case workloadOutOfRange
    /// Feedback on an item the version's design does not have.
    case unknownItem(kind: ItemFeedback.Kind, itemID: String)
    /// Two answers for the same item.
    case duplicateItem(kind: ItemFeedback.Kind, itemID: String)
}

extension PilotFeedbackError: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    public var message: String {
        switch self {
        case .clarityOutOfRange: "Rate each item's clarity from 1 to 5."
        case .relevanceOutOfRange: "Rate the relevance from 1 to 5."
        case .workloadOutOfRange: "Give the workload as a number of hours from 0 to 200."
        case .unknownItem, .duplicateItem: "The feedback names an item this version does not have, or one item twice: reload the page and try again."
        }
    }
}
