/// Where an assessor's scores of an exemplar differed from its reference scores, per criterion.
public struct CalibrationResult: Hashable, Sendable {
    public struct Difference: Hashable, Sendable {
        public let criterionID: String
        public let referenceLevelID: String
        /// Nil when the assessor left the criterion unscored.
        public let givenLevelID: String?
        /// Given rank minus reference rank (positive: scored higher); nil when not comparable.
        public let steps: Int?
    }

    public let exemplarID: Exemplar.ID
    /// In rubric order; only the criteria that differ.
    public let differences: [Difference]
    public let criteriaCount: Int

    public init(exemplarID: Exemplar.ID, rubric: Rubric, reference: [String: String], scores: [String: String]) {
        self.exemplarID = exemplarID
        criteriaCount = rubric.criteria.count
        differences = rubric.criteria.compactMap { criterion in
            guard let expected = reference[criterion.id] else { return nil }
            let given = scores[criterion.id]
            guard given != expected else { return nil }
            let steps = given.flatMap { rubric.rank(of: $0) }.flatMap { g in rubric.rank(of: expected).map { g - $0 } }
            return Difference(criterionID: criterion.id, referenceLevelID: expected, givenLevelID: given, steps: steps)
        }
    }

    /// Whether the assessor matched the reference on every criterion.
    public var matchesReference: Bool { differences.isEmpty }
}
