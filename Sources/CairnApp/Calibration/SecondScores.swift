import CairnCore
import CairnStore
import Foundation

/// Blind second scoring: the share of decided submissions the review policy picks is scored again
/// by another assessor of the microcredential, who never sees the first review.
public struct SecondScores: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }

    /// One submission waiting for the assessor's second score, with its microcredential's title.
    public struct Row: Sendable {
        public let submission: Submission
        public let title: String

        public init(submission: Submission, title: String) { (self.submission, self.title) = (submission, title) }
    }

    /// What waits for the assessor's second score, oldest decision first, in five queries whatever its length.
    ///
    /// - Throws: `ReviewError.notAnAssessor` for a member without the assessor role.
    public func listPage(for assessor: Member) throws -> [Row] {
        let waiting = try queue(for: assessor)
        let titles = try store.microcredentials.titles(of: Set(waiting.map(\.versionID)), in: assessor.organization.id)
        // One title per microcredential: its first waiting submission's version's.
        var byMicrocredential: [Microcredential.ID: String] = [:]
        for submission in waiting where byMicrocredential[submission.microcredentialID] == nil {
            byMicrocredential[submission.microcredentialID] = titles[submission.versionID] ?? ""
        }
        return waiting.map { Row(submission: $0, title: byMicrocredential[$0.microcredentialID] ?? "") }
    }

    /// A submission waiting for this assessor's blind second score, with its version: made only by `assignment`.
    public struct Assignment: Sendable {
        public let submission: Submission
        public let version: MicrocredentialVersion
        let assessor: Member
    }

    /// The submission when it waits for this assessor's second score.
    ///
    /// - Throws: `ReviewError.notAnAssessor`; `CalibrationError.submissionNotFound` outside the
    ///   organization; `.notYoursToScoreAgain` when it does not wait for this assessor.
    public func assignment(_ id: Submission.ID, for assessor: Member) throws -> Assignment {
        guard assessor.has(.assessor) else { throw ReviewError.notAnAssessor }
        let organizationID = assessor.organization.id
        guard try store.submissions.fetch(id, in: organizationID) != nil else { throw CalibrationError.submissionNotFound }
        guard let submission = try queue(for: assessor).first(where: { $0.id == id }) else { throw CalibrationError.notYoursToScoreAgain }
        return Assignment(submission: submission, version: try store.microcredentials.findVersion(submission.versionID, in: organizationID),
                          assessor: assessor)
    }

    /// Records the assessor's blind second score of the submission.
    ///
    /// - Throws: `ReviewError.notOpenForSecondScoring` when another assessor scored it again meanwhile.
    public func record(_ levels: [String: String], on assignment: Assignment) throws {
        let assessor = assignment.assessor
        try store.calibration.recordSecondScore(
            SecondScoring.Score(submissionID: assignment.submission.id, assessorID: assessor.person.id, scores: levels, scoredAt: installation.clock()),
            in: assessor.organization.id)
    }

    /// What waits for the assessor's second score under the organization's policy.
    private func queue(for assessor: Member) throws -> [Submission] {
        guard assessor.has(.assessor) else { throw ReviewError.notAnAssessor }
        let organizationID = assessor.organization.id
        return try store.calibration.secondScoringQueue(for: assessor.person.id, scoring: try store.reviewPolicies.policy(in: organizationID).secondScoring,
                                                        in: organizationID)
    }
}
