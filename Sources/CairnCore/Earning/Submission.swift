import Foundation

/// One attempt: the evidence frozen at submission, then claimed by an assessor and decided.
public struct Submission: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Submission>

    public enum State: Hashable, Sendable {
        case awaitingReview
        case claimed(Claim)
        case decided(Decision, by: Person.ID, at: Date)

        /// The claim holding it now (an expired claim holds nothing).
        public func activeClaim(at now: Date) -> Claim? {
            if case .claimed(let claim) = self, !claim.isExpired(at: now) { return claim }
            return nil
        }
    }

    public let id: ID
    public let organizationID: Organization.ID
    public let enrollmentID: Enrollment.ID
    public let educatorID: Person.ID
    public let microcredentialID: Microcredential.ID
    public let versionID: MicrocredentialVersion.ID
    /// 1, 2, … per enrollment.
    public let attempt: Int
    /// What was submitted; a value, so later workspace edits cannot reach it.
    public let snapshot: EvidenceSnapshot
    public let submittedAt: Date
    public private(set) var state: State

    public init(id: ID = .generate(), organizationID: Organization.ID, enrollmentID: Enrollment.ID, educatorID: Person.ID,
                microcredentialID: Microcredential.ID, versionID: MicrocredentialVersion.ID, attempt: Int,
                snapshot: EvidenceSnapshot, submittedAt: Date, state: State = .awaitingReview) {
        self.id = id
        self.organizationID = organizationID
        self.enrollmentID = enrollmentID
        self.educatorID = educatorID
        self.microcredentialID = microcredentialID
        self.versionID = versionID
        self.attempt = attempt
        self.snapshot = snapshot
        self.submittedAt = submittedAt
        self.state = state
    }

    /// Submits an enrollment's workspace: checks completeness and freezes the snapshot.
    ///
    /// - Parameter previous: the enrollment's earlier submissions (the attempt number follows them).
    /// - Throws: `EnrollmentError.incomplete` with the problems; `.cannotSubmit` while an attempt is
    ///   waiting or under review, or once earned.
    public static func submit(id: ID = .generate(), _ enrollment: Enrollment, workspace: Workspace, design: Design,
                              previous: [Submission], at now: Date) throws(EnrollmentError) -> Submission {
        let status = EnrollmentStatus.derived(from: previous)
        guard status == .inProgress || status == .notYet else { throw .cannotSubmit(status) }
        let problems = CompletenessCheck.check(workspace: workspace, design: design)
        guard problems.isEmpty else { throw .incomplete(problems) }
        return Submission(id: id, organizationID: enrollment.organizationID, enrollmentID: enrollment.id,
                          educatorID: enrollment.educatorID, microcredentialID: enrollment.microcredentialID,
                          versionID: enrollment.versionID, attempt: (previous.map(\.attempt).max() ?? 0) + 1,
                          snapshot: EvidenceSnapshot(workspace: workspace, design: design), submittedAt: now)
    }

    /// The claim holding it now (an expired claim holds nothing).
    public func activeClaim(at now: Date) -> Claim? { state.activeClaim(at: now) }

    /// Whether an assessor can take it from the queue now.
    public func isClaimable(at now: Date) -> Bool {
        switch state {
        case .awaitingReview: true
        case .claimed(let claim): claim.isExpired(at: now)
        case .decided: false
        }
    }

    /// Holds it for an assessor; an expired claim of someone else is taken over, the assessor's own renewed.
    ///
    /// - Throws: `ReviewError.assessorIsAuthor`, `.alreadyDecided`, `.claimedByAnother` while another's claim runs.
    public mutating func claim(by assessor: Person.ID, at now: Date, for duration: TimeInterval = Claim.defaultDuration) throws(ReviewError) {
        guard assessor != educatorID else { throw .assessorIsAuthor }
        if case .decided = state { throw .alreadyDecided(id) }
        if let claim = activeClaim(at: now), claim.assessorID != assessor { throw .claimedByAnother(until: claim.expiresAt) }
        state = .claimed(Claim(assessorID: assessor, claimedAt: now, duration: duration))
    }

    /// Gives a claim back to the queue.
    public mutating func release(by assessor: Person.ID, at now: Date) throws(ReviewError) {
        guard let claim = activeClaim(at: now), claim.assessorID == assessor else { throw .notClaimedByYou }
        state = .awaitingReview
    }

    /// Records the review's decision: only the assessor holding a running claim can.
    ///
    /// - Throws: `ReviewError.alreadyDecided`, `.claimExpired`, `.notClaimedByYou`, `.assessorIsAuthor`.
    public mutating func decide(_ review: Review, at now: Date) throws(ReviewError) {
        try checkDecidable(by: review.assessorID, at: now)
        state = .decided(review.decision, by: review.assessorID, at: review.decidedAt)
    }

    /// Why an assessor could not decide it now, if anything.
    public func checkDecidable(by assessor: Person.ID, at now: Date) throws(ReviewError) {
        guard assessor != educatorID else { throw .assessorIsAuthor }
        switch state {
        case .decided: throw .alreadyDecided(id)
        case .awaitingReview: throw .notClaimedByYou
        case .claimed(let claim):
            guard claim.assessorID == assessor else { throw .notClaimedByYou }
            guard !claim.isExpired(at: now) else { throw .claimExpired }
        }
    }

    /// The decision, once decided.
    public var decision: Decision? {
        if case .decided(let decision, _, _) = state { return decision }
        return nil
    }

    /// What an assessor's queue shows; the educator's name is left out when the microcredential hides it.
}
