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

    /// Whether this *not yet* is the one that points the educator to a coach (notify the coach once).
    public func isCoachThreshold(notYetCount: Int) -> Bool { notYetCount == notYetBeforeCoach }

    public enum NextStep: Hashable, Sendable {
        case submit, resubmit(notYet: Int), seeCoach(notYet: Int), done
    }
}
