import CairnCore
import CairnStore
import Foundation

/// The demo district's pathway: small-group instruction, then one of formative assessment or
/// culturally responsive practice. Published before the educators' decisions are seeded, so the
/// decision that completes it issues its credential as a real one would: Mei Chen completes it,
/// Luis Ortega is half way (the core earned, from its first version; an elective still to do).
extension Demo {
    /// The pathway's address in the demo catalog.
    static let pathwaySlug = "responsive-small-group-teaching"

    /// Drafts and publishes the pathway; `author` is the district's designer.
    static func seedPathway(in organization: Organization, author: Person.ID, store: Store, at now: Date) throws {
        func id(_ slug: String) throws -> Microcredential.ID {
            guard let microcredential = try store.microcredentials.fetch(slug: slug, in: organization.id) else {
                throw Administration.Problem(description: "The demo pathway needs the microcredential \(slug).")
            }
            return microcredential.id
        }
        let pathway = Pathway(
            organizationID: organization.id, slug: pathwaySlug, title: "Responsive small-group teaching",
            summary: "Plan small groups from data, then check understanding or build on students' assets: two microcredentials, one credential.",
            isOrdered: true,
            groups: [
                PathwayGroup(title: "Core", rule: .allOf, components: [PathwayComponent(try id("small-group-instruction"))]),
                PathwayGroup(title: "Elective", rule: .oneOf, components: [
                    PathwayComponent(try id("formative-assessment")), PathwayComponent(try id("culturally-responsive-practice")),
                ]),
            ],
            createdAt: now.addingTimeInterval(-115 * 86400), createdBy: author)
        try store.pathways.create(pathway)
        try store.pathways.publish(pathway.id, at: now.addingTimeInterval(-110 * 86400), in: organization.id)
    }
}
