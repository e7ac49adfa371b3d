/// The rule that decides *earned* from the level each criterion reached.
///
/// "At or above" follows the order of the rubric's levels (lowest first), not their points.
/// In a design file: `{"type": "everyCriterionAtLeast", "level": "demonstrated"}` or
/// `{"type": "pointsAtLeast", "minimum": 9, "floor": "approaching"}`.
public enum SuccessRule: Hashable, Sendable {
    /// Earned when every criterion scores at or above that level.
    case everyCriterionAtLeast(level: String)
    /// Earned when the total points reach the minimum and no criterion is below the floor level.
    case pointsAtLeast(minimum: Int, floor: String)

    /// The level ids the rule names.
    public var levelIDs: [String] {
        switch self {
        case .everyCriterionAtLeast(let level): [level]
        case .pointsAtLeast(_, let floor): [floor]
        }
    }

    /// Judges a scored submission.
    ///
    /// - Parameter scores: criterion id → level id, one for every criterion of the rubric.
    /// - Throws: `ScoringError.unknownLevel` (criterion nil) when the rule names a level the rubric
    ///   lacks; then, criterion by criterion in rubric order, `.missingScore` or `.unknownLevel`;
    ///   `.unknownCriterion` for a score of a criterion the rubric does not have.
    public func decide(_ scores: [String: String], in rubric: Rubric) throws(ScoringError) -> Decision {
        for level in levelIDs where rubric.rank(of: level) == nil { throw .unknownLevel(level, criterion: nil) }
        var ranks: [Int] = [], points = 0
        for criterion in rubric.criteria {
            guard let levelID = scores[criterion.id] else { throw .missingScore(criterion: criterion.id) }
            guard let rank = rubric.rank(of: levelID) else { throw .unknownLevel(levelID, criterion: criterion.id) }
            ranks.append(rank)
            points += rubric.levels[rank].points
        }
        let known = Set(rubric.criteria.map(\.id))
        if let extra = scores.keys.sorted().first(where: { !known.contains($0) }) { throw .unknownCriterion(extra) }
        switch self {
        case .everyCriterionAtLeast(let level):
            let required = rubric.rank(of: level)!
            return ranks.allSatisfy { $0 >= required } ? .earned : .notYet
        case .pointsAtLeast(let minimum, let floor):
            let required = rubric.rank(of: floor)!
            return points >= minimum && ranks.allSatisfy { $0 >= required } ? .earned : .notYet
        }
    }
}
