@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The agreement report over a district's second scores: names and titles resolved, and worked out
/// again as soon as a new second score arrives.
@Suite struct AgreementReportsTests {
    @Test func theReportCoversEverySecondScoreAndFollowsANewOne() throws {
        try TemporaryInstallation.with { installation in
            let counts = try #require(try DistrictDemo.seed(into: installation, scale: DistrictDemoTests.scale))
            #expect(counts.secondScores > 0)
            let store = installation.store
            let northfield = try store.organizations.find(slug: DistrictDemo.slug)
            let reports = AgreementReports(installation: installation)
            let admin = try #require(try store.members.members(of: northfield.id).first { $0.has(.admin) && $0.isActive })
            let notAdmin = try #require(try store.members.members(of: northfield.id).first { !$0.has(.admin) })
            #expect(throws: MemberAdministrationError.notAnAdmin, "only an admin reads the report") { try reports.report(by: notAdmin) }
            let report = try reports.report(by: admin)
            #expect(report.doubleScored == counts.secondScores)
            #expect(report.overall.count > 0)
            #expect(!report.assessors.isEmpty && report.assessors.allSatisfy { $0.name != "Former member" })
            #expect(report.assessors.map(\.name) == report.assessors.map(\.name).sorted())
            #expect(!report.criteria.isEmpty && report.criteria.allSatisfy { $0.detail != nil })

            // A decided submission not yet scored twice, scored now by another assessor of its microcredential.
            let candidate = try store.database.read { tx in
                try tx.queryOne("""
                    SELECT s.id, s.microcredential_id, s.decided_by FROM submissions s
                    WHERE s.organization_id = \(northfield.id) AND s.state = 'decided'
                    AND NOT EXISTS (SELECT 1 FROM second_scores ss WHERE ss.submission_id = s.id)
                    """)
            }
            let row = try #require(candidate)
            let submissionID: Submission.ID = try row.get("id")
            let firstAssessor: Person.ID = try row.get("decided_by")
            let microcredentialID: Microcredential.ID = try row.get("microcredential_id")
            let assessors = try store.members.members(of: northfield.id).filter { $0.has(.assessor) && $0.person.id != firstAssessor }
            let second = try #require(try assessors.first { try store.submissions.mayAssess($0.person.id, microcredentialID, in: northfield.id) })
            let review = try #require(try store.reviews.review(of: submissionID, in: northfield.id))
            try store.calibration.recordSecondScore(.init(submissionID: submissionID, assessorID: second.person.id,
                                                          scores: Dictionary(uniqueKeysWithValues: review.scores.map { ($0.criterionID, $0.levelID) }),
                                                          scoredAt: Date()), in: northfield.id)
            let after = try reports.report(by: admin)
            #expect(after.doubleScored == report.doubleScored + 1)
            #expect(after.overall.count == report.overall.count + review.scores.count)
        }
    }
}
