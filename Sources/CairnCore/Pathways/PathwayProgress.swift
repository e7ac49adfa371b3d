import Foundation

/// How far an educator is along a pathway, computed from their awards.
///
/// A component is met by the earliest award of its microcredential at a version its pin admits.
/// A group is satisfied when as many components are met as its rule needs. The awards that
/// count are, per group, the earliest-met components up to the number the rule needs: every
/// one for "all of", the N met first for "N of", the first for "one of". Earning more later never
/// changes what counted, so the pathway credential issued at completion stays true. Credit hours
/// are summed over the counted awards only (the N earliest, not the N with the most hours).
///
/// The order of an ordered pathway guides (`nextStep`); an award earned out of order still counts.
public struct PathwayProgress: Hashable, Sendable {
    /// One component and the award meeting it.
    public struct ComponentProgress: Hashable, Sendable {
        public let component: PathwayComponent
        /// The earliest award that meets the component; nil while unmet.
        public let award: PathwayAward?
        /// Whether the award counts towards the pathway (a met component beyond a group's N does not).
        public let isCounted: Bool

        public var isMet: Bool { award != nil }
    }

    /// One group: its components, how many it needs, and whether it is satisfied.
    public struct GroupProgress: Hashable, Sendable {
        public let group: PathwayGroup
        /// In the group's order.
        public let components: [ComponentProgress]
        /// When the group became satisfied: the decision of its last counted award; nil while unsatisfied.
        public let satisfiedAt: Date?

        /// How many components the rule needs.
        public var requiredCount: Int { group.requiredCount }
        /// How many components are met (may exceed `requiredCount`).
        public var metCount: Int { components.count(where: \.isMet) }
        /// Whether enough components are met; a group without components never is.
        public var isSatisfied: Bool { satisfiedAt != nil }
        /// The counted awards, earliest first.
        public var countedAwards: [PathwayAward] {
            components.filter(\.isCounted).compactMap(\.award).sorted(by: PathwayAward.isEarlier)
        }
    }

    public let pathwayID: Pathway.ID
    /// In the pathway's order.
    public let groups: [GroupProgress]
    /// Whether the pathway is ordered (then `nextStep` is given).
    public let isOrdered: Bool

    /// Progress of an educator along a pathway, from the educator's awards (any order; other microcredentials' are ignored).
    public init(pathway: Pathway, awards: [PathwayAward]) {
        pathwayID = pathway.id
        isOrdered = pathway.isOrdered
        let sorted = awards.sorted(by: PathwayAward.isEarlier)
        groups = pathway.groups.map { group in
            let earliest = group.components.map { component in sorted.first(where: component.counts) }
            // The components met, earliest award first (ties: the group's order), up to what the rule needs.
            let metOffsets = earliest.indices.filter { earliest[$0] != nil }.sorted { a, b in
                let (x, y) = (earliest[a]!, earliest[b]!)
                return x.decidedAt != y.decidedAt ? x.decidedAt < y.decidedAt : a < b
            }
            let required = group.requiredCount
            let countedOffsets = Set(metOffsets.prefix(required))
            let components = group.components.indices.map { offset in
                ComponentProgress(component: group.components[offset], award: earliest[offset], isCounted: countedOffsets.contains(offset))
            }
            let satisfied = !group.components.isEmpty && required >= 1 && metOffsets.count >= required
            let satisfiedAt = satisfied ? metOffsets.prefix(required).compactMap { earliest[$0]?.decidedAt }.max() : nil
            return GroupProgress(group: group, components: components, satisfiedAt: satisfiedAt)
        }
    }

    /// Whether every group is satisfied (a pathway without groups is never complete).
    public var isComplete: Bool { !groups.isEmpty && groups.allSatisfy(\.isSatisfied) }

    /// The award that completed the pathway: the latest of the counted ones; nil while incomplete.
    public var completingAward: PathwayAward? {
        guard isComplete else { return nil }
        return countedAwards.max(by: PathwayAward.isEarlier)
    }

    /// When the pathway was completed: the decision of the award that completed it.
    public var completedAt: Date? { completingAward?.decidedAt }

    /// The awards that count, in the pathway's order (group by group): the pathway credential's components.
    public var countedAwards: [PathwayAward] {
        groups.flatMap { $0.components.filter(\.isCounted).compactMap(\.award) }
    }

    /// Credit hours of the counted awards, each at its awarded version's hours.
    public var creditHours: Double { countedAwards.reduce(0) { $0 + $1.creditHours } }

    /// The components the pathway needs in all: the sum of every group's required count.
    public var requiredCount: Int { groups.reduce(0) { $0 + $1.requiredCount } }

    /// The counted components so far, out of `requiredCount` ("3 of 5 earned").
    public var countedCount: Int { groups.reduce(0) { $0 + $1.components.count(where: \.isCounted) } }

    /// For an ordered pathway not yet complete: the first unmet component of the first unsatisfied group; nil otherwise.
    public var nextStep: PathwayComponent? {
        guard isOrdered else { return nil }
        for group in groups where !group.isSatisfied {
            if let next = group.components.first(where: { !$0.isMet }) { return next.component }
        }
        return nil
    }
}
