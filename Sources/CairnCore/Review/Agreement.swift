/// How well two ratings of the same things agree: exact agreement and Cohen's kappa.
///
/// κ = (pₒ − pₑ) / (1 − pₑ), where pₒ is the share of exact agreement and pₑ the agreement
/// expected by chance from each rater's own distribution over the categories. κ is nil when
/// pₑ = 1 (both raters used one and the same category: chance explains everything) or without pairs.
public struct Agreement: Hashable, Sendable {
    /// One item rated twice: the first assessor's level and the second's.
    public struct Pair: Hashable, Sendable {
        public let criterionID: String
        /// The second scorer (`byRater` counts the pair for them and for the first assessor).
        public let assessorID: Person.ID
        /// The assessor who gave the first rating (the review's), when known.
        public let firstAssessorID: Person.ID?
        public let first: String
        public let second: String

        public init(criterionID: String, assessorID: Person.ID, first: String, second: String, firstAssessorID: Person.ID? = nil) {
            self.criterionID = criterionID
            self.assessorID = assessorID
            self.firstAssessorID = firstAssessorID
            self.first = first
            self.second = second
        }
    }

    public let count: Int
    /// 0…1.
    public let exactAgreement: Double
    public let kappa: Double?

    /// Agreement over rating pairs (first rating, second rating).
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, String) {
        var n = 0, agreed = 0
        var firstCounts: [String: Int] = [:], secondCounts: [String: Int] = [:]
        for (a, b) in pairs {
            n += 1
            if a == b { agreed += 1 }
            firstCounts[a, default: 0] += 1
            secondCounts[b, default: 0] += 1
        }
        count = n
        guard n > 0 else { exactAgreement = 0; kappa = nil; return }
        let total = Double(n)
        let observed = Double(agreed) / total
        let expected = firstCounts.reduce(0.0) { sum, entry in
            sum + Double(entry.value) / total * Double(secondCounts[entry.key] ?? 0) / total
        }
        exactAgreement = observed
        kappa = expected >= 1 - 1e-12 ? nil : (observed - expected) / (1 - expected)
    }

    public init(pairs: [Pair]) { self.init(pairs.map { ($0.first, $0.second) }) }

    /// Agreement per assessor over every pair they took part in, as first or as second rater.
    public static func byRater(_ pairs: [Pair]) -> [Person.ID: Agreement] {
        var grouped: [Person.ID: [Pair]] = [:]
        for pair in pairs {
            grouped[pair.assessorID, default: []].append(pair)
            if let first = pair.firstAssessorID, first != pair.assessorID { grouped[first, default: []].append(pair) }
        }
        return grouped.mapValues { Agreement(pairs: $0) }
    }

    /// Agreement per criterion.
    public static func byCriterion(_ pairs: [Pair]) -> [String: Agreement] {
        Dictionary(grouping: pairs, by: \.criterionID).mapValues { Agreement(pairs: $0) }
    }
}
