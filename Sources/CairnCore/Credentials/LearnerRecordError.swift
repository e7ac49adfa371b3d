/// Why an educator's learner record cannot be made.
public enum LearnerRecordError: Error, Equatable, Sendable {
    /// A CLR holds at least one credential, and the educator has none in force.
    case nothingInForce
}

extension LearnerRecordError: DomainError {
    public var kind: DomainErrorKind { .conflict }

    public var message: String {
        switch self {
        case .nothingInForce: "There is no credential in force to put in a learner record yet: it begins with the first one you earn."
        }
    }
}
