import Foundation

/// What a pilot taught the designer: the feedback per item, overall answers and, once pilot
/// submissions are scored, how the levels fell per criterion and where most were judged *not yet*.
public struct PilotReport: Hashable, Sendable {
    /// Feedback on one evidence requirement or criterion.
    public struct ItemSummary: Hashable, Sendable {
        public var kind: ItemFeedback.Kind
        public var itemID: String
        public var title: String
        /// How many participants rated it.
        public var count: Int
        /// nil when nobody rated it.
        public var averageClarity: Double?
        /// The non-empty comments, in the order the feedback was given.
        public var comments: [String]
    }

    /// How many scored submissions reached one level of a criterion.
    public struct LevelCount: Hashable, Sendable {
        public var level: Level
        public var count: Int
    }

    /// The scores of one criterion across the pilot's scored submissions.
    public struct CriterionResults: Hashable, Sendable {
        public var criterionID: String
        public var title: String
        /// Every level of the scale, lowest first, with its count (0 included).
        public var levels: [LevelCount]
        /// Submissions with a known level for this criterion.
        public var scoredCount: Int
        /// Those below the success rule's level (its floor for a points rule): judged *not yet* on this criterion.
        public var notYetCount: Int
        /// `notYetCount / scoredCount`; nil with no scores or a rule naming an unknown level.
        public var shareNotYet: Double?
    }

    /// Forms received.
    public var responseCount: Int
    public var averageRelevance: Double?
    public var averageWorkloadHours: Double?
    /// Share (0…1) of participants who would recommend it.
    public var shareRecommending: Double?
    /// The non-empty overall comments.
    public var comments: [String]
    /// Requirements in the order of the parts, then criteria in rubric order.
    public var items: [ItemSummary]
    /// Scored submissions given.
    public var submissionCount: Int
    /// Criteria in rubric order.
    public var criteria: [CriterionResults]

    /// Aggregates feedback and scores against the version's design.
    ///
    /// - Parameters:
    ///   - feedback: the pilot's forms (answers on items the design lacks are ignored).
    ///   - scores: criterion id → level id, one dictionary per scored submission; empty until reviews exist.
    public static func make(design: Design, feedback: [PilotFeedback], scores: [[String: String]]) -> PilotReport {
        func average<T: BinaryFloatingPoint>(_ values: [T]) -> Double? {
            values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
        }
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

        let targets: [(ItemFeedback.Kind, String, String)] =
            design.requirements.map { (.requirement, $0.id, $0.title) } + design.rubric.criteria.map { (.criterion, $0.id, $0.title) }
        let items = targets.map { kind, id, title in
            let answers = feedback.flatMap(\.items).filter { $0.kind == kind && $0.itemID == id }
            return ItemSummary(kind: kind, itemID: id, title: title, count: answers.count,
                               averageClarity: average(answers.map { Double($0.clarity) }),
                               comments: answers.map { trimmed($0.comment) }.filter { !$0.isEmpty })
        }

        let rubric = design.rubric
        let passingRank = rubric.rank(of: rubric.passingLevelID)
        let criteria = rubric.criteria.map { criterion in
            let ranks = scores.compactMap { $0[criterion.id].flatMap(rubric.rank(of:)) }
            let notYet = passingRank.map { passing in ranks.filter { $0 < passing }.count } ?? 0
            return CriterionResults(
                criterionID: criterion.id, title: criterion.title,
                levels: rubric.levels.indices.map { index in LevelCount(level: rubric.levels[index], count: ranks.filter { $0 == index }.count) },
                scoredCount: ranks.count, notYetCount: notYet,
                shareNotYet: ranks.isEmpty || passingRank == nil ? nil : Double(notYet) / Double(ranks.count))
        }

        return PilotReport(
            responseCount: feedback.count,
            averageRelevance: average(feedback.map { Double($0.relevance) }),
            averageWorkloadHours: average(feedback.map(\.workloadHours)),
            shareRecommending: feedback.isEmpty ? nil : Double(feedback.filter(\.wouldRecommend).count) / Double(feedback.count),
            comments: feedback.map { trimmed($0.comments) }.filter { !$0.isEmpty },
            items: items, submissionCount: scores.count, criteria: criteria)
    }
}
