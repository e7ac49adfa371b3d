@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Designers building pathways, and the pathway's own credential issued by the decision that completes it.
@Suite struct PathwaysTests {
    static let designer = "designer@riverbend.example"
    static let educator = "educator@riverbend.example"

    // MARK: Designing

    @Test func aDesignerDraftsEditsPublishesAndRetiresAPathway() throws {
        try RiverbendWorld.with { world in
            let designer = try world.member(Self.designer)
            let questioning = try world.publishedMicrocredential("questioning", title: "Questioning")
            let draft = try world.pathways.create(Pathways.Draft(title: "  Reflective teacher "), by: designer)
            #expect(draft.slug == "reflective-teacher" && draft.title == "Reflective teacher" && draft.state == .draft)

            let groups = [PathwayGroup(title: "Core", rule: .allOf, components: [PathwayComponent(world.version.microcredentialID)]),
                          PathwayGroup(title: "Electives", rule: .nOf(1), components: [PathwayComponent(questioning.microcredentialID, versions: .from(1))])]
            try world.pathways.save(draft.id, Pathways.Draft(slug: "reflection", title: "Reflective teacher", isOrdered: true, groups: groups),
                                    by: designer)
            let opened = try world.pathways.open(draft.id, by: designer)
            #expect(opened.entry.pathway.slug == "reflection" && opened.entry.pathway.isOrdered)
            #expect(opened.entry.pathway.groups == groups)
            #expect(opened.choices.contains { $0.microcredential.id == questioning.microcredentialID })
            #expect(opened.entry.creditHoursAvailable == 3, "1 hour of the core and the elective's 2")

            let published = try world.pathways.publish(draft.id, by: designer)
            #expect(published.state == .published)
            #expect(throws: PathwayError.notADraft(.published)) {
                try world.pathways.save(draft.id, Pathways.Draft(title: "Changed"), by: designer)
            }
            #expect(try world.pathways.retire(draft.id, by: designer).state == .retired)
            #expect(try world.pathways.list(by: designer).filter { $0.slug != Demo.pathwaySlug }.map(\.state) == [.retired])
        }
    }

    @Test func onlyTheOrganizationsDesignersMayDesignPathways() throws {
        try RiverbendWorld.with { world in
            let draft = try world.pathways.create(Pathways.Draft(title: "Reflective teacher"), by: try world.member(Self.designer))
            let educator = try world.member(Self.educator)
            #expect(throws: StudioError.notADesigner) { try world.pathways.list(by: educator) }
            #expect(throws: StudioError.notADesigner) { try world.pathways.create(Pathways.Draft(title: "Mine"), by: educator) }
            #expect(throws: StudioError.notADesigner) { try world.pathways.publish(draft.id, by: educator) }
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            let other = try RiverbendWorld.member("admin@lakeside.example", in: lakeside, store: world.store)
            #expect(throws: PathwayError.notFound) { try world.pathways.open(draft.id, by: other) }
            #expect(throws: PathwayError.notFound) { try world.pathways.publish(draft.id, by: other) }
            #expect(throws: PathwayError.notFound) { try world.pathways.save(draft.id, Pathways.Draft(title: "Taken"), by: other) }
        }
    }

    @Test func aDraftWithProblemsIsRefusedWithEachProblemAtItsField() throws {
        try RiverbendWorld.with { world in
            let designer = try world.member(Self.designer)
            let component = PathwayComponent(world.version.microcredentialID)
            let draft = Pathways.Draft(slug: "Not a slug!", title: " ", groups: [
                PathwayGroup(rule: .nOf(3), components: [component]),
                PathwayGroup(rule: .oneOf, components: [component]),
            ])
            let refusal = try #require(throws: PathwayRefusal.self) { try world.pathways.create(draft, by: designer) }
            #expect(refusal.problems.map(\.field) == ["slug", "title", "group-1-rule", "group-2-component-1"])
            #expect(try world.pathways.list(by: designer).map(\.slug) == [Demo.pathwaySlug], "only the demo's")
            // Publishing checks what saving leaves: an empty group.
            let empty = try world.pathways.create(Pathways.Draft(title: "Empty", groups: [PathwayGroup(components: [])]), by: designer)
            let refused = try #require(throws: PathwayError.self) { try world.pathways.publish(empty.id, by: designer) }
            #expect(refused == .hasProblems([.groupEmpty(group: 1)]))
        }
    }

    // MARK: The pathway credential

    @Test func theDecisionThatCompletesAPathwayIssuesItsCredentialAndItVerifies() throws {
        try RiverbendWorld.with { world in
            let questioning = try world.publishedMicrocredential("questioning", title: "Questioning")
            let feedback = try world.publishedMicrocredential("feedback", title: "Feedback")
            let pathway = try world.publishedPathway(core: [world.version], electives: [questioning, feedback])

            let first = try world.earn(world.version, by: Self.educator)
            #expect(first.credential != nil && first.pathwayCredentials.isEmpty, "half done: the elective is missing")
            let last = try world.earn(questioning, by: Self.educator)
            let credential = try #require(last.pathwayCredentials.first)
            #expect(last.pathwayCredentials.count == 1)
            #expect(credential.pathwayID == pathway.id && credential.awardID == nil && credential.name == "Reflective teacher")
            #expect(try world.store.credentials.find(credential.id)?.pathwayID == pathway.id)

            let document = try #require(try JSONSerialization.jsonObject(with: Data(credential.document.utf8)) as? [String: Any])
            let subject = try #require(document["credentialSubject"] as? [String: Any])
            let achievement = try #require(subject["achievement"] as? [String: Any])
            #expect(achievement["id"] as? String == world.installation.configuration.baseURL + "/o/riverbend/pathways/reflective-teacher")
            #expect(achievement["achievementType"] as? String == "LearningProgram")
            #expect(achievement["creditsAvailable"] as? Double == 3)
            #expect(subject["creditsEarned"] as? Double == 3)
            let related = (achievement["related"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            let versions = world.installation.configuration.baseURL + "/o/riverbend/microcredentials/"
            #expect(related == [versions + "reflective-practice/versions/1", versions + "questioning/versions/1"])
            let narrative = (achievement["criteria"] as? [String: Any])?["narrative"] as? String ?? ""
            #expect(narrative.contains("**Core**: all of Reflective practice."))
            #expect(narrative.contains("**Electives**: one of Questioning; Feedback."))

            let verification = Credentials(installation: world.installation, notifications: world.notifications)
                .verify(Array(credential.document.utf8))
            #expect(verification.verdict == .valid, "\(verification.json)")
            let schema = try #require(verification.checks.first { $0.name.localizedCaseInsensitiveContains("schema") })
            #expect(schema.status == "passed")

            // Earning the other elective later issues no second pathway credential.
            #expect(try world.earn(feedback, by: Self.educator).pathwayCredentials.isEmpty)
        }
    }

    @Test func aNotYetDecisionOrAnotherEducatorsAwardIssuesNoPathwayCredential() throws {
        try RiverbendWorld.with { world in
            let questioning = try world.publishedMicrocredential("questioning", title: "Questioning")
            _ = try world.publishedPathway(core: [world.version, questioning], electives: [])
            try world.earn(world.version, by: Self.educator)
            #expect(try world.earn(questioning, by: "mei.chen@riverbend.example").pathwayCredentials.isEmpty)
            #expect(try world.earn(questioning, by: Self.educator, level: "approaching").pathwayCredentials.isEmpty)
        }
    }

    // MARK: Pages

    @Test func theDashboardShowsEachPathwaysProgressInAFixedNumberOfQueries() throws {
        try RiverbendWorld.with { world in
            let questioning = try world.publishedMicrocredential("questioning", title: "Questioning")
            let feedback = try world.publishedMicrocredential("feedback", title: "Feedback")
            _ = try world.publishedPathway(core: [world.version], electives: [questioning, feedback])
            try world.earn(world.version, by: Self.educator)
            let educator = try world.member(Self.educator)
            let one = try world.statements { try world.dashboard.pathways(of: educator) }
            let standing = try #require(one.value.first)
            #expect(standing.progress.countedCount == 1 && standing.progress.requiredCount == 2)
            #expect(standing.nextStep?.microcredentialID == questioning.microcredentialID)
            #expect(standing.credentialID == nil)

            _ = try world.publishedPathway(core: [questioning], electives: [feedback, world.version], slug: "questioner", title: "Questioner")
            _ = try world.publishedPathway(core: [feedback], electives: [], slug: "feedback-giver", title: "Feedback giver")
            let three = try world.statements { try world.dashboard.pathways(of: educator) }
            #expect(three.value.count == 4, "three, and the demo's")
            #expect(three.count == one.count, "\(one.count) statements for one pathway, \(three.count) for three")
            #expect(three.value.first?.entry.pathway.title != "Feedback giver", "a pathway under way comes before one not started")
            #expect(try world.dashboard.page(for: try world.member(Self.designer)).pathways.isEmpty, "not an educator")
        }
    }

    @Test func theCatalogListsPathwaysAndEachMicrocredentialNamesItsPathways() throws {
        try RiverbendWorld.with { world in
            let questioning = try world.publishedMicrocredential("questioning", title: "Questioning")
            let pathway = try world.publishedPathway(core: [world.version], electives: [questioning])
            _ = try world.pathways.create(Pathways.Draft(slug: "draft-one", title: "A draft",
                                                         groups: [PathwayGroup(components: [PathwayComponent(questioning.microcredentialID)])]),
                                          by: try world.member(Self.designer))
            let anonymous = try world.catalog.listPage(of: world.riverbend, searching: "", filters: CatalogFilters())
            #expect(anonymous.pathways.map(\.pathway.slug) == ["reflective-teacher", Demo.pathwaySlug] && anonymous.standings.isEmpty)
            try world.earn(world.version, by: Self.educator)
            let educator = try world.member(Self.educator)
            let signedIn = try world.catalog.listPage(of: world.riverbend, searching: "", filters: CatalogFilters(), viewer: educator)
            #expect(signedIn.standings[pathway.id]?.progress.countedCount == 1)

            let page = try world.catalog.microcredentialPage("questioning", of: world.riverbend)
            #expect(page.pathways.map(\.slug) == ["reflective-teacher"], "the draft is not listed")

            let public_ = try world.catalog.pathwayPage("reflective-teacher", of: world.riverbend, viewer: nil)
            #expect(public_.standing == nil && public_.entry.pathway.id == pathway.id)
            #expect(try world.catalog.pathwayPage("reflective-teacher", of: world.riverbend, viewer: educator).standing?.isStarted == true)
            #expect(throws: PathwayError.notFound) { try world.catalog.pathwayPage("draft-one", of: world.riverbend, viewer: educator) }
        }
    }

    @Test func publishingOrRetiringAPathwayChangesThePublicPagesStamp() throws {
        try RiverbendWorld.with { world in
            let before = try world.catalog.stamped("riverbend").stamp
            _ = try world.publishedPathway(core: [world.version], electives: [])
            world.installation.publicStamps.forget()
            #expect(try world.catalog.stamped("riverbend").stamp != before)
        }
    }
}
