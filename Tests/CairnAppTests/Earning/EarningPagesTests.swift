@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// "My microcredentials" and the workspace page: the educator's own only, in the same few queries
/// for few enrollments or attempts and for many.
@Suite struct EarningPagesTests {
    static let educator = "educator@riverbend.example"

    @Test func myMicrocredentialsTakeTheSameFewQueriesForOneAndForMany() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member(Self.educator)
            try world.submission()
            let few = try world.statementsRun { _ = try world.earning.myMicrocredentials(of: educator) }
            for index in 1...5 { try world.enroll(Self.educator, in: try world.published("more-\(index)")) }

            var rows: [Earning.MyMicrocredential] = []
            let many = try world.statementsRun { rows = try world.earning.myMicrocredentials(of: educator) }

            #expect(few == many)
            #expect(many <= 7, "the enrollments with their attempts, then their versions")
            #expect(rows.count == 6)
            #expect(rows.filter { $0.status == .submitted }.map(\.title) == ["Reflective practice"])
            #expect(rows.allSatisfy { $0.version == 1 })
            #expect(try world.earning.myMicrocredentials(of: try world.member("mei.chen@riverbend.example")).isEmpty, "only one's own")
        }
    }

    @Test func theWorkspacePageTakesTheSameFewQueriesWhateverTheAttempts() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member(Self.educator)
            let first = try world.submission()
            let few = try world.statementsRun { _ = try world.earning.workspacePage(first.enrollmentID, by: educator) }
            try world.decide(first, at: "approaching")
            try world.submission()

            var page: Earning.WorkspacePage?
            let many = try world.statementsRun { page = try world.earning.workspacePage(first.enrollmentID, by: educator) }

            #expect(few == many)
            #expect(many <= 10, "one read: the enrollment, its attempts, version, drafts, the policy, the public evidence choices and their lapses")
            #expect(page?.status == .submitted)
            #expect(page?.guidance.decided.count == 1)
            #expect(page?.workspace.entry(for: "r1")?.text == "I asked better questions.")
            #expect(throws: EnrollmentError.notFound) {
                try world.earning.workspacePage(first.enrollmentID, by: try world.member("mei.chen@riverbend.example"))
            }
        }
    }
}
