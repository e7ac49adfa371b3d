import Foundation
@testable import CairnCore

extension Microcredential.ID {
    static let questioning = Self(rawValue: "questioning")
    static let waitTime = Self(rawValue: "wait-time")
    static let discourse = Self(rawValue: "discourse")
    static let exitTickets = Self(rawValue: "exit-tickets")
    static let feedback = Self(rawValue: "feedback")
}

extension Pathway {
    /// A pathway of Riverbend with the given groups, a draft unless told otherwise.
    static func fixture(_ groups: [PathwayGroup], ordered: Bool = false, title: String = "Formative Assessment",
                        slug: String = "formative-assessment") -> Pathway {
        Pathway(organizationID: Organization.ID(rawValue: "riverbend"), slug: slug, title: title,
                summary: "Check understanding every lesson.", isOrdered: ordered, groups: groups,
                createdAt: .fixture, createdBy: Person.ID(rawValue: "ana"))
    }
}

extension PathwayGroup {
    static func group(_ rule: PathwayRule, _ ids: Microcredential.ID..., title: String = "") -> PathwayGroup {
        PathwayGroup(title: title, rule: rule, components: ids.map { PathwayComponent($0) })
    }
}

/// An award of a microcredential at a version, a number of days after the fixture date.
func earned(_ id: Microcredential.ID, version: Int = 1, day: Double, hours: Double = 1, award: String? = nil) -> PathwayAward {
    PathwayAward(awardID: Award.ID(rawValue: award ?? "\(id.rawValue)-v\(version)-d\(day)"), microcredentialID: id,
                 versionNumber: version, decidedAt: .fixture.plus(days: day), creditHours: hours)
}
