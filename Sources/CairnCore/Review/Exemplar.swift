import Foundation

/// A submission a designer marked as a calibration example, with the scores it should get.
public struct Exemplar: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Exemplar>
    public let id: ID
    public let organizationID: Organization.ID
    public let microcredentialID: Microcredential.ID
    public let versionID: MicrocredentialVersion.ID
    public let submissionID: Submission.ID?
    public let snapshot: EvidenceSnapshot
    /// Criterion id → level id.
    public let referenceScores: [String: String]
    /// Why the reference scores are what they are, for assessors who scored differently (may be empty).
    public let note: String
    public let createdBy: Person.ID
    public let createdAt: Date

    public init(id: ID = .generate(), organizationID: Organization.ID, microcredentialID: Microcredential.ID,
                versionID: MicrocredentialVersion.ID, submissionID: Submission.ID?, snapshot: EvidenceSnapshot,
                referenceScores: [String: String], note: String = "", createdBy: Person.ID, createdAt: Date) {
        self.id = id
        self.organizationID = organizationID
        self.microcredentialID = microcredentialID
        self.versionID = versionID
        self.submissionID = submissionID
        self.snapshot = snapshot
        self.referenceScores = referenceScores
        self.note = note
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    /// Compares an assessor's calibration scores with the reference.
    public func compare(_ scores: [String: String], rubric: Rubric) -> CalibrationResult {
        CalibrationResult(exemplarID: id, rubric: rubric, reference: referenceScores, scores: scores)
    }
}
