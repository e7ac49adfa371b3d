@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The dashboard's page per role: the educator's next steps, the assessor's queue and calibration,
/// the coach's cohort, the designer's drafts and pilots, the admin's pending invitations, each in the
/// same few queries for few rows and for many.
@Suite struct DashboardTests {
    /// Luis Ortega is an educator and an assessor; Dana Whitfield coaches the whole district.
    static let luis = "luis.ortega@riverbend.example", dana = "designer@riverbend.example"

    /// A microcredential that Luis assesses and has started, with one draft.
    func startAndAssess(_ slug: String, in world: RiverbendWorld) throws {
        let version = try world.published(slug)
        try world.store.submissions.addAssessor(try world.member(Self.luis).person.id, for: version.microcredentialID, in: world.riverbend.id)
        let enrollment = try world.enroll(Self.luis, in: version)
        try world.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "A first thought."), to: enrollment.id,
                                         in: world.riverbend.id, at: Date())
    }

    @Test func eachRoleTakesTheSameFewQueriesForOneMicrocredentialAndForMany() throws {
        try RiverbendWorld.with { world in
            let luis = try world.member(Self.luis), dana = try world.member(Self.dana)
            try world.submission(by: Self.luis)
            try startAndAssess("first", in: world)
            let few = try world.statementsRun { _ = try world.dashboard.page(for: luis) }
            let fewCohort = try world.statementsRun { _ = try world.dashboard.page(for: dana) }
            for index in 1...6 { try startAndAssess("more-\(index)", in: world) }
            try world.submission(by: "mei.chen@riverbend.example")

            var page: Dashboard.Page?
            let many = try world.statementsRun { page = try world.dashboard.page(for: luis) }
            var cohort: Dashboard.Page?
            let manyCohort = try world.statementsRun { cohort = try world.dashboard.page(for: dana) }

            #expect(few == many)
            #expect(many <= 21, "the educator's progress, their pathways (the demo has one) and the assessor's overview, one read each")
            #expect(fewCohort == manyCohort)
            #expect(manyCohort <= 10, "the cohort's counts, rows and who has not started; the studio's list for a designer")
            let progress = try #require(page?.progress)
            #expect(progress.items.count == 8, "one submitted, seven in progress")
            #expect(progress.items.filter { $0.status == .submitted }.count == 1)
            #expect(progress.items.filter { $0.status == .inProgress }.count == 7)
            #expect(page?.assessor?.calibration.count == 7)
            #expect(page?.cohort == Cohort(), "Luis coaches nobody")
            #expect(cohort?.cohort.rows.count == 9 && cohort?.cohort.total == 9, "Luis's eight and Mei's one")
            #expect(cohort?.progress == nil && cohort?.assessor == nil)
        }
    }

    @Test func theEducatorsNextStepsNeedTheirDraftsOnlyWhileInProgress() throws {
        try RiverbendWorld.with { world in
            let submitted = try world.submission(by: Self.luis)
            let empty = try world.enroll(Self.luis, in: try world.published("empty"))
            let items = try #require(try world.dashboard.page(for: try world.member(Self.luis)).progress).items
            let emptyItem = try #require(items.first { $0.enrollmentID == empty.id })
            #expect(emptyItem.status == .inProgress)
            #expect(emptyItem.problems.contains { $0.kind == .missing }, "nothing written yet")
            let submittedItem = try #require(items.first { $0.enrollmentID == submitted.enrollmentID })
            #expect(submittedItem.status == .submitted && submittedItem.problems.isEmpty)
            #expect(submittedItem.latestSubmissionID == submitted.id)
        }
    }

    @Test func theAssessorSeesExemplarsAndWhetherTheyScoredThemAll() throws {
        try RiverbendWorld.with { world in
            let reference = try world.submission(by: "mei.chen@riverbend.example")
            let exemplar = Exemplar(organizationID: world.riverbend.id, microcredentialID: world.version.microcredentialID,
                                    versionID: world.version.id, submissionID: reference.id, snapshot: reference.snapshot,
                                    referenceScores: ["c1": "demonstrated"], note: "Clear.", createdBy: try world.member(Self.dana).person.id,
                                    createdAt: Date())
            try world.store.calibration.add(exemplar)
            let other = try world.published("other")
            let assessor = try world.member("assessor@riverbend.example")
            try world.store.submissions.addAssessor(assessor.person.id, for: other.microcredentialID, in: world.riverbend.id)

            let before = try #require(try world.dashboard.page(for: assessor).assessor)
            #expect(before.waiting == 1)
            #expect(before.calibration.first { $0.microcredentialID == world.version.microcredentialID }.map { ($0.exemplars, $0.calibrated) }
                    .map { $0 == (1, false) } == true)
            #expect(before.calibration.first { $0.microcredentialID == other.microcredentialID }.map { ($0.exemplars, $0.calibrated) }
                    .map { $0 == (0, true) } == true, "nothing to score")

            try world.store.calibration.calibrate(exemplar.id, by: assessor.person.id, scores: ["c1": "demonstrated"],
                                                  in: world.riverbend.id, at: Date())
            let after = try #require(try world.dashboard.page(for: assessor).assessor)
            #expect(after.calibration.allSatisfy { $0.calibrated })
        }
    }

    @Test func aCoachOfOneSchoolFollowsOnlyThatSchoolStalledFirst() throws {
        try RiverbendWorld.with { world in
            try world.submission(by: "educator@riverbend.example")  // Riverbend Elementary
            try world.submission(by: Self.luis)  // Riverbend High School
            let coach = try world.member("coach@riverbend.example")  // coaches Riverbend Elementary
            let page = try world.dashboard.page(for: coach)
            #expect(page.cohort.rows.map(\.educatorName) == ["Jordan Ellis"])
            #expect(page.cohort.notStarted.contains("Mei Chen"))
            #expect(!page.cohort.notStarted.contains("Luis Ortega"))
            #expect(try Profiles(installation: world.installation).page(for: coach).schoolName == "Riverbend Elementary")

            let stalled = try world.enroll("mei.chen@riverbend.example", in: try world.published("stalled"))
            try world.store.database.write { tx in
                try tx.execute("UPDATE enrollments SET started_at = \(Date().addingTimeInterval(-30 * 86_400)), last_activity_at = \(Date().addingTimeInterval(-30 * 86_400)) WHERE id = \(stalled.id)")
            }
            let cohort = try world.dashboard.page(for: coach).cohort
            #expect(cohort.rows.first?.educatorName == "Mei Chen" && cohort.rows.first?.isStalled == true, "stalled work first")
            #expect(cohort.stalled == 1 && cohort.total == 2)
        }
    }

    @Test func theDesignerSeesDraftsThenPilotsButNothingPublished() throws {
        try RiverbendWorld.with { world in
            let designer = try world.designer
            var design = RiverbendWorld.reflection
            design.title = "Zebra draft"
            _ = try world.designing.create(design, by: designer)
            design.title = "Apple pilot"
            let piloted = try world.designing.create(design, by: designer)
            _ = try world.publishing.move(piloted.microcredentialID, to: .pilot, by: designer)
            design.title = "Middle draft"
            _ = try world.designing.create(design, by: designer)

            let drafts = try world.dashboard.page(for: designer).drafts
            let mine = ["Middle draft", "Zebra draft", "Apple pilot"]
            #expect(drafts.map(\.latest.design.title).filter(mine.contains) == mine, "drafts first, by title")
            #expect(drafts.allSatisfy { [.draft, .pilot].contains($0.latest.state) }, "no published one")
            let states = drafts.map(\.latest.state)
            #expect(states == states.filter { $0 == .draft } + states.filter { $0 == .pilot }, "every draft before every pilot")
            #expect(!drafts.contains { $0.microcredential.id == world.version.microcredentialID }, "the published reflection is not there")
            #expect(try world.dashboard.page(for: try world.member("admin@riverbend.example")).drafts.isEmpty, "only designers")
        }
    }

    @Test func theAdminSeesPendingInvitationsNewestFirstAndOnlyTheAdmin() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member("admin@riverbend.example")
            for (email, name) in [("maya@riverbend.example", "Maya Okafor"), ("omar@riverbend.example", "Omar Haddad")] {
                try Invitations(installation: world.installation).invite(
                    try NewMember.check(email: email, name: name, roleNames: ["educator"]).get(), school: nil, to: world.riverbend,
                    by: .init(name: admin.person.displayName, personID: admin.person.id))
            }
            let invitations = try world.dashboard.page(for: admin).invitations
            #expect(Set(invitations.map(\.email.rawValue)).isSuperset(of: ["maya@riverbend.example", "omar@riverbend.example"]))
            #expect(invitations.map(\.invitation.createdAt) == invitations.map(\.invitation.createdAt).sorted(by: >), "newest first")
            #expect(try world.dashboard.page(for: try world.designer).invitations.isEmpty, "only admins")
        }
    }
}
