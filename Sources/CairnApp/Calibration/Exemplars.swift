import CairnCore
import CairnStore
import Foundation

/// A microcredential's exemplars, for its designers: decided submissions chosen with reference levels
/// per criterion and a note on why, which assessors score before their next claim; designers choose,
/// annotate and remove them.
public struct Exemplars: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }

    /// The exemplars page: the current exemplars, and the decided submissions that could become one.
    public struct Page: Sendable {
        /// A decided submission, and whether it already is an exemplar.
        public struct Decided: Sendable {
            public let submission: Submission
            public let isExemplar: Bool

            public init(submission: Submission, isExemplar: Bool) { (self.submission, self.isExemplar) = (submission, isExemplar) }
        }

        public let microcredential: Microcredential
        /// Oldest first.
        public let versions: [MicrocredentialVersion]
        public let exemplars: [Exemplar]
        /// Newest first.
        public let candidates: [Decided]
    }

    /// The exemplars page of a microcredential, in five queries whatever the number of exemplars and submissions.
    ///
    /// - Throws: `CalibrationError.notADesigner`, `.microcredentialNotFound`.
    public func page(of id: Microcredential.ID, by designer: Member) throws -> Page {
        let designed = try DesignedMicrocredential(id, by: designer, store: store)
        let organizationID = designer.organization.id
        let exemplars = try store.calibration.exemplars(of: id, in: organizationID)
        let marked = Set(exemplars.compactMap(\.submissionID))
        let candidates = try store.calibration.exemplarCandidates(of: id, in: organizationID).map {
            Page.Decided(submission: $0, isExemplar: marked.contains($0.id))
        }
        return Page(microcredential: designed.microcredential, versions: designed.versions, exemplars: exemplars, candidates: candidates)
    }

    /// A decided submission of the microcredential a designer may choose as an exemplar: made only by
    /// `candidate`, after the designer's right was checked.
    public struct Candidate: Sendable {
        public let microcredential: Microcredential
        public let submission: Submission
        public let version: MicrocredentialVersion
        /// The levels its review gave, criterion id → level id: where the reference levels start.
        public let reviewLevels: [String: String]
        let designer: Member
    }

    /// The decided submission of the microcredential, with its version and its review's levels.
    ///
    /// - Throws: `CalibrationError.notADesigner`, `.microcredentialNotFound`; `.submissionNotFound` for
    ///   another microcredential's submission or one not decided.
    public func candidate(_ submissionID: Submission.ID, of id: Microcredential.ID, by designer: Member) throws -> Candidate {
        let designed = try DesignedMicrocredential(id, by: designer, store: store)
        let organizationID = designer.organization.id
        guard let submission = try store.submissions.fetch(submissionID, in: organizationID),
              submission.microcredentialID == designed.microcredential.id, submission.decision != nil,
              let version = designed.versions.first(where: { $0.id == submission.versionID })
        else { throw CalibrationError.submissionNotFound }
        return Candidate(microcredential: designed.microcredential, submission: submission, version: version,
                         reviewLevels: try store.reviews.review(of: submission.id, in: organizationID)?.levels ?? [:], designer: designer)
    }

    /// Makes the candidate an exemplar with these reference levels and note; false when it already is one.
    @discardableResult
    public func choose(_ candidate: Candidate, referenceLevels: [String: String], note: String) throws -> Bool {
        let designer = candidate.designer, submission = candidate.submission
        return try store.calibration.add(Exemplar(
            organizationID: designer.organization.id, microcredentialID: candidate.microcredential.id, versionID: submission.versionID,
            submissionID: submission.id, snapshot: submission.snapshot, referenceScores: referenceLevels, note: note,
            createdBy: designer.person.id, createdAt: installation.clock()))
    }

    /// Removes an exemplar of the microcredential (the assessors' scores of it go with it).
    ///
    /// - Throws: `CalibrationError.notADesigner`, `.microcredentialNotFound`.
    public func remove(_ exemplarID: Exemplar.ID, of id: Microcredential.ID, by designer: Member) throws {
        let designed = try DesignedMicrocredential(id, by: designer, store: store)
        try store.calibration.removeExemplar(exemplarID, of: designed.microcredential.id, in: designer.organization.id)
    }
}
