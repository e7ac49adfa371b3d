/// Why a pathway draft was not saved: every problem at once, in the order of the form.
public struct PathwayRefusal: Error, Equatable, Sendable {
    public let problems: [PathwayProblem]

    public init(problems: [PathwayProblem]) { self.problems = problems }
}

extension PathwayRefusal: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    /// What a designer reads above the form; each problem's own message goes beside its field.
    public var message: String {
        "The pathway wasn't saved: fix the \(problems.count == 1 ? "problem" : "\(problems.count) problems") listed."
    }
}
