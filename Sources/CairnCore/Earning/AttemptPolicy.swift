/// How many *not yet* decisions an educator gets before being pointed to a coach (per organization).
public struct AttemptPolicy: Hashable, Sendable {
    public var notYetBeforeCoach: Int

    public init(notYetBeforeCoach: Int = 3) { self.notYetBeforeCoach = max(1, notYetBeforeCoach) }

    public static let standard = AttemptPolicy()

    /// What the educator does next after these decisions (oldest first).
    public func nextStep(after decisions: [Decision]) -> NextStep {
        if decisions.contains(.earned) { return .done }
        let notYet = decisions.count { $0 == .notYet }
        if notYet == 0 { return .submit }
        return notYet >= notYetBeforeCoach ? .seeCoach(notYet: notYet) : .resubmit(notYet: notYet)
    }

    /// Whether this many *not yet* decisions point the educator to a coach (the limit reached, or
    /// passed when an admin lowered it); the coach is told the first time this holds.
    public func needsCoach(notYetCount: Int) -> Bool { notYetCount >= notYetBeforeCoach }

    public enum NextStep: Hashable, Sendable {
        case submit, resubmit(notYet: Int), seeCoach(notYet: Int), done
    }
}
