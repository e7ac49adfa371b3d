import Foundation

/// An educator working on one microcredential, pinned to the version they started.
public struct Enrollment: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Enrollment>
    public let id: ID
    public let organizationID: Organization.ID
    public let educatorID: Person.ID
    public let microcredentialID: Microcredential.ID
    /// The version the educator started: it never changes for this enrollment.
    public let versionID: MicrocredentialVersion.ID
    public let isPilot: Bool
    public let startedAt: Date
    public var lastActivityAt: Date

    public init(id: ID = .generate(), organizationID: Organization.ID, educatorID: Person.ID, microcredentialID: Microcredential.ID,
                versionID: MicrocredentialVersion.ID, isPilot: Bool = false, startedAt: Date, lastActivityAt: Date? = nil) {
        self.id = id
        self.organizationID = organizationID
        self.educatorID = educatorID
        self.microcredentialID = microcredentialID
        self.versionID = versionID
        self.isPilot = isPilot
        self.startedAt = startedAt
        self.lastActivityAt = lastActivityAt ?? startedAt
    }

    /// Starts an enrollment unless the educator already has an active one for the microcredential.
    ///
    /// - Parameter existing: the educator's enrollments with their statuses (any microcredential).
    /// - Throws: `EnrollmentError.alreadyEnrolled` with the active enrollment's id.
    public static func start(id: ID = .generate(), organizationID: Organization.ID, educatorID: Person.ID,
                             microcredentialID: Microcredential.ID, versionID: MicrocredentialVersion.ID, isPilot: Bool = false,
                             existing: [(Enrollment, EnrollmentStatus)], at now: Date) throws(EnrollmentError) -> Enrollment {
        if let (active, _) = existing.first(where: { $0.0.educatorID == educatorID && $0.0.microcredentialID == microcredentialID && $0.1.isActive }) {
            throw .alreadyEnrolled(active.id)
        }
        return Enrollment(id: id, organizationID: organizationID, educatorID: educatorID, microcredentialID: microcredentialID,
                          versionID: versionID, isPilot: isPilot, startedAt: now)
    }

    /// The latest moment anything happened: the educator's own activity or an assessor's decision.
    public func lastActivity(given submissions: [Submission]) -> Date { lastActivity(givenStates: submissions.map(\.state)) }

    /// The latest of its own activity and the decisions among its attempts' states.
    public func lastActivity(givenStates states: [Submission.State]) -> Date {
        states.reduce(lastActivityAt) { latest, state in
            if case .decided(_, _, let at) = state { return max(latest, at) }
            return latest
        }
    }
}
