import CairnCore
import CairnStore
import Foundation

/// Second scores that disagreed with the review, for the microcredential's designers: side by side,
/// each resolved with a final level per criterion and a note.
public struct Disagreements: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }

    /// The disagreements page of a microcredential.
    public struct Page: Sendable {
        public let microcredential: Microcredential
        /// Oldest first.
        public let versions: [MicrocredentialVersion]
        /// The double scores whose two scores differ, oldest second score first.
        public let disagreements: [DoubleScore]
        /// The assessors' names.
        public let names: [Person.ID: String]
    }

    /// The microcredential's disagreements, in seven queries whatever their number.
    ///
    /// - Throws: `CalibrationError.notADesigner`, `.microcredentialNotFound`.
    public func page(of id: Microcredential.ID, by designer: Member) throws -> Page {
        let designed = try DesignedMicrocredential(id, by: designer, store: store)
        let disagreements = try store.calibration.doubleScores(of: id, in: designer.organization.id).filter { !$0.disagreements.isEmpty }
        return Page(microcredential: designed.microcredential, versions: designed.versions, disagreements: disagreements,
                    names: try names(of: disagreements, in: designer.organization.id))
    }

    /// One disagreement, for a designer to resolve: made only by `disagreement`.
    public struct Disagreement: Sendable {
        public let microcredential: Microcredential
        /// The version the submission was made on.
        public let version: MicrocredentialVersion
        public let double: DoubleScore
        /// The assessors' names.
        public let names: [Person.ID: String]
        let designer: Member

        /// The final levels to show first: the resolution's, else the criteria where both agreed.
        public var prefilledLevels: [String: String] {
            double.resolution?.levels ?? double.review.levels.filter { !double.disagreements.contains($0.key) }
        }
    }

    /// The disagreement between the review of a submission of the microcredential and one assessor's second score.
    ///
    /// - Throws: `CalibrationError.notADesigner`, `.microcredentialNotFound`; `.disagreementNotFound` when
    ///   the two scores do not differ or do not exist.
    public func disagreement(_ submissionID: Submission.ID, secondAssessor: Person.ID, of id: Microcredential.ID,
                             by designer: Member) throws -> Disagreement {
        let designed = try DesignedMicrocredential(id, by: designer, store: store)
        guard let double = try store.calibration.doubleScores(of: id, in: designer.organization.id).first(where: {
                  $0.submission.id == submissionID && $0.second.assessorID == secondAssessor
              }),
              !double.disagreements.isEmpty,
              let version = designed.versions.first(where: { $0.id == double.submission.versionID })
        else { throw CalibrationError.disagreementNotFound }
        return Disagreement(microcredential: designed.microcredential, version: version, double: double,
                            names: try names(of: [double], in: designer.organization.id), designer: designer)
    }

    /// Records (or replaces) the designer's resolution: the final level per criterion and why.
    ///
    /// - Throws: `ReviewError.rubricIncomplete`, `.unknownLevel`, `.unknownCriterion` for levels that do not cover the rubric.
    public func resolve(_ disagreement: Disagreement, levels: [String: String], note: String) throws {
        let designer = disagreement.designer, double = disagreement.double
        try store.calibration.resolve(
            try ScoreResolution.make(submissionID: double.submission.id, secondAssessorID: double.second.assessorID, levels: levels,
                                     note: note, rubric: disagreement.version.design.rubric, by: designer.person.id, at: installation.clock()),
            in: designer.organization.id)
    }

    /// The names of both assessors of these double scores, where they are members of the organization.
    private func names(of doubles: [DoubleScore], in organizationID: Organization.ID) throws -> [Person.ID: String] {
        try store.members.names(of: Set(doubles.flatMap { [$0.review.assessorID, $0.second.assessorID] }), in: organizationID)
    }
}
