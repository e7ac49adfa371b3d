/// Why a pathway draft was not saved: every problem at once, in the order of the form.
public struct PathwayRefusal: Error, Equatable, Sendable {
    public let problems: [PathwayProblem]

    public init(problems: [PathwayProblem]) { self.problems = problems }
}
