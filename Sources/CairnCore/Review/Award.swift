import Foundation

/// What *earned* creates, or an admin awards directly: everything the credential will need, fixed when awarded.
public struct Award: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Award>

    /// Where an award comes from: an assessor's *earned* decision on a submission, or an admin's direct award.
    public enum Source: Hashable, Sendable {
        case decision(submission: Submission.ID, assessor: Person.ID)
        /// Awarded without a submission (a bulk award), with the narrative the credential carries, if any.
        case direct(by: Awarder, narrative: String?)
    }

    /// Who awarded a direct award: an admin of the organization, or the installation's operator at the command line.
    public enum Awarder: Hashable, Sendable {
        case admin(Person.ID)
        /// `cairn award`: whoever runs commands on the server, who is no member of the organization.
        case commandLine
    }

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
    public let source: Source
    /// SHA-256 of every evidence blob of the submission (none for a direct award).
    public let evidenceHashes: [String]

    /// The submission whose decision earned it; nil for a direct award.
    public var submissionID: Submission.ID? {
        if case .decision(let submission, _) = source { submission } else { nil }
    }

    /// The assessor who decided, or the admin who awarded it directly; nil when awarded at the command line.
    public var assessorID: Person.ID? {
        switch source {
        case .decision(_, let assessor): assessor
        case .direct(.admin(let admin), _): admin
        case .direct(.commandLine, _): nil
        }
    }

    /// The narrative of a direct award, when the admin wrote one.
    public var narrative: String? {
        if case .direct(_, let narrative) = source { narrative } else { nil }
    }

    /// An award earned by a decision on a submission.
    public init(id: ID = .generate(), organizationID: Organization.ID, educatorID: Person.ID, microcredentialID: Microcredential.ID,
                versionID: MicrocredentialVersion.ID, versionNumber: Int, title: String, results: [CriterionResult], decidedAt: Date,
                assessorID: Person.ID, submissionID: Submission.ID, evidenceHashes: [String]) {
        self.init(id: id, organizationID: organizationID, educatorID: educatorID, microcredentialID: microcredentialID, versionID: versionID,
                  versionNumber: versionNumber, title: title, results: results, decidedAt: decidedAt,
                  source: .decision(submission: submissionID, assessor: assessorID), evidenceHashes: evidenceHashes)
    }

    public init(id: ID = .generate(), organizationID: Organization.ID, educatorID: Person.ID, microcredentialID: Microcredential.ID,
                versionID: MicrocredentialVersion.ID, versionNumber: Int, title: String, results: [CriterionResult], decidedAt: Date,
                source: Source, evidenceHashes: [String]) {
        self.id = id
        self.organizationID = organizationID
        self.educatorID = educatorID
        self.microcredentialID = microcredentialID
        self.versionID = versionID
        self.versionNumber = versionNumber
        self.title = title
        self.results = results
        self.decidedAt = decidedAt
        self.source = source
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

    /// A direct award of `version` to an educator: no submission, no rubric results, no evidence.
    public static func direct(id: ID = .generate(), of version: MicrocredentialVersion, in organizationID: Organization.ID,
                              to educatorID: Person.ID, by awarder: Awarder, narrative: String?, at now: Date) -> Award {
        Award(id: id, organizationID: organizationID, educatorID: educatorID, microcredentialID: version.microcredentialID,
              versionID: version.id, versionNumber: version.number, title: version.design.title, results: [], decidedAt: now,
              source: .direct(by: awarder, narrative: narrative), evidenceHashes: [])
    }
}
