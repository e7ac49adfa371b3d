import Foundation

/// A designer's combination of published microcredentials that earns its own credential.
///
/// A pathway is a list of requirement groups, each with a rule (all of, N of, one of). It is edited
/// while a draft; publishing freezes it, retiring takes it out of the catalog (those who completed
/// it keep their credential). When `isOrdered`, educators are shown its components as steps in
/// order; the order guides, it never stops an award from counting (see `PathwayProgress`).
public struct Pathway: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Pathway>

    /// The most groups a pathway may have.
    public static let maximumGroups = 12
    /// The most components a pathway may have, over all its groups.
    public static let maximumComponents = 40
    /// The longest title, in characters.
    public static let maximumTitleLength = 120
    /// The longest summary, in characters.
    public static let maximumSummaryLength = 1000

    public let id: ID
    public let organizationID: Organization.ID
    /// The URL name, unique among the organization's pathways; follows `Organization.isValidSlug`.
    public var slug: String
    public var title: String
    /// One or two sentences for the catalog.
    public var summary: String
    /// Whether educators are shown the components as steps in order.
    public var isOrdered: Bool
    /// In the order the designer gave them.
    public var groups: [PathwayGroup]
    public private(set) var state: PathwayState
    public let createdAt: Date
    public let createdBy: Person.ID
    public private(set) var publishedAt: Date?
    public private(set) var retiredAt: Date?

    /// A pathway as stored; a new one is a draft (the defaults).
    public init(id: ID = .generate(), organizationID: Organization.ID, slug: String, title: String, summary: String = "",
                isOrdered: Bool = false, groups: [PathwayGroup] = [], state: PathwayState = .draft,
                createdAt: Date, createdBy: Person.ID, publishedAt: Date? = nil, retiredAt: Date? = nil) {
        self.id = id
        self.organizationID = organizationID
        self.slug = slug
        self.title = title
        self.summary = summary
        self.isOrdered = isOrdered
        self.groups = groups
        self.state = state
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.publishedAt = publishedAt
        self.retiredAt = retiredAt
    }

    /// Every component, group by group, in order.
    public var components: [PathwayComponent] { groups.flatMap(\.components) }

    /// The microcredentials the pathway is made of, in order.
    public var microcredentialIDs: [Microcredential.ID] { components.map(\.microcredentialID) }

    /// The component naming a microcredential, if the pathway has one.
    public func component(for microcredentialID: Microcredential.ID) -> PathwayComponent? {
        components.first { $0.microcredentialID == microcredentialID }
    }

    /// Moves to another state and stamps the time of the move.
    ///
    /// Publishing needs `problems(publishing: true, catalog:)` to be empty; the caller passes the
    /// catalog as it is now (nil only where there is none to check against, as in tests).
    ///
    /// - Throws: `PathwayError.illegalTransition` for a move not in `PathwayState.nextStates`,
    ///   `.hasProblems` when publishing a pathway with problems.
    public mutating func transition(to next: PathwayState, at now: Date,
                                    catalog: [Microcredential.ID: Set<Int>]? = nil) throws(PathwayError) {
        guard state.canMove(to: next) else { throw .illegalTransition(from: state, to: next) }
        if next == .published {
            let problems = problems(publishing: true, catalog: catalog)
            guard problems.isEmpty else { throw .hasProblems(problems) }
        }
        state = next
        switch next {
        case .draft: break
        case .published: publishedAt = now
        case .retired: retiredAt = now
        }
    }
}
