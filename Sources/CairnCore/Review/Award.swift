import Foundation

/// What *earned* creates: everything the credential will need, fixed at the decision.
public struct Award: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Award>

    /// A criterion's result as the credential shows it.
    public struct CriterionResult: Codable, Hashable, Sendable {
        public let criterionID: String
        public let criterionTitle: String
        public let levelID: String
        public let levelName: String

        public init(criterionID: String, criterionTitle: String, levelID: String, levelName: String) {
            self.criterionID = criterionID
            self.criterionTitle = criterionTitle
            self.levelID = levelID
            self.levelName = levelName
        }
    }

    public let id: ID
    public let organizationID: Organization.ID
    public let educatorID: Person.ID
    public let microcredentialID: Microcredential.ID
    public let versionID: MicrocredentialVersion.ID
    public let versionNumber: Int
    public let title: String
    public let results: [CriterionResult]
    public let decidedAt: Date
    public let assessorID: Person.ID
    public let submissionID: Submission.ID
    /// SHA-256 of every evidence blob of the submission.
    public let evidenceHashes: [String]

    public init(id: ID = .generate(), organizationID: Organization.ID, educatorID: Person.ID, microcredentialID: Microcredential.ID,
                versionID: MicrocredentialVersion.ID, versionNumber: Int, title: String, results: [CriterionResult], decidedAt: Date,
                assessorID: Person.ID, submissionID: Submission.ID, evidenceHashes: [String]) {
        self.id = id
        self.organizationID = organizationID
        self.educatorID = educatorID
        self.microcredentialID = microcredentialID
        self.versionID = versionID
        self.versionNumber = versionNumber
        self.title = title
        self.results = results
        self.decidedAt = decidedAt
        self.assessorID = assessorID
        self.submissionID = submissionID
        self.evidenceHashes = evidenceHashes
    }

    /// The award of an *earned* review; nil for *not yet*.
    public static func make(id: ID = .generate(), for review: Review, of submission: Submission,
                            version: MicrocredentialVersion) -> Award? {
        guard review.decision == .earned else { return nil }
        let rubric = version.design.rubric
        let results = review.scores.map { score in
            CriterionResult(criterionID: score.criterionID, criterionTitle: rubric.criterion(score.criterionID)?.title ?? score.criterionID,
                            levelID: score.levelID, levelName: rubric.level(score.levelID)?.name ?? score.levelID)
        }
        return Award(id: id, organizationID: submission.organizationID, educatorID: submission.educatorID,
                     microcredentialID: submission.microcredentialID, versionID: version.id, versionNumber: version.number,
                     title: version.design.title, results: results, decidedAt: review.decidedAt, assessorID: review.assessorID,
                     submissionID: submission.id, evidenceHashes: submission.snapshot.blobHashes)
    }
}
