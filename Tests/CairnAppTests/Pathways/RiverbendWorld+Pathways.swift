@testable import CairnApp
import CairnCore
import CairnStore
import Foundation

/// A second published microcredential, pathways made of the world's two, and earning them: for the pathways' tests.
extension RiverbendWorld {
    var pathways: Pathways { Pathways(installation: installation) }

    /// Another published microcredential on the reflection design, titled `title`, with 2 credit hours, assessed by the demo assessor.
    func publishedMicrocredential(_ slug: String, title: String) throws -> MicrocredentialVersion {
        var design = Self.reflection
        design.title = title
        design.creditHours = 2
        let created = try store.microcredentials.create(
            Microcredential(organizationID: riverbend.id, slug: slug, createdAt: Date(), createdBy: try member("designer@riverbend.example").person.id),
            design: design)
        let version = try store.microcredentials.transition(created.id, to: .published, at: Date(), in: riverbend.id)
        try store.submissions.addAssessor(try member("assessor@riverbend.example").person.id, for: version.microcredentialID, in: riverbend.id)
        return version
    }

    /// Enrolls `educator` in `version`, submits a reflection and has the demo assessor decide it at `level`.
    @discardableResult
    func earn(_ version: MicrocredentialVersion, by educator: String, level: String = "demonstrated") throws -> Reviewing.Decided {
        let enrollment = Enrollment(organizationID: riverbend.id, educatorID: try member(educator).person.id,
                                    microcredentialID: version.microcredentialID, versionID: version.id, startedAt: Date())
        try store.enrollments.enroll(enrollment)
        try store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "I asked better questions."), to: enrollment.id,
                                   in: riverbend.id, at: Date())
        let submission = try store.submissions.submit(enrollment.id, in: riverbend.id, at: Date())
        return try decide(submission, at: level)
    }

    /// A published pathway: all of `core`, then one of `electives`.
    func publishedPathway(core: [MicrocredentialVersion], electives: [MicrocredentialVersion], slug: String = "reflective-teacher",
                          title: String = "Reflective teacher") throws -> Pathway {
        let designer = try member("designer@riverbend.example")
        var groups = [PathwayGroup(title: "Core", rule: .allOf, components: core.map { PathwayComponent($0.microcredentialID) })]
        if !electives.isEmpty {
            groups.append(PathwayGroup(title: "Electives", rule: .oneOf, components: electives.map { PathwayComponent($0.microcredentialID) }))
        }
        let draft = try pathways.create(Pathways.Draft(slug: slug, title: title, summary: "Reflect, then question.", groups: groups),
                                        by: designer)
        return try pathways.publish(draft.id, by: designer)
    }
}
