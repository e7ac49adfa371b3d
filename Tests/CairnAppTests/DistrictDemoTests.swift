@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The district-scale demo at a small scale: every record is one the workflows could have written,
/// the counts it reports are what the database holds, and the sign-ins it prints work.
@Suite struct DistrictDemoTests {
    static let scale = DistrictDemo.Scale(educators: 60, schools: 4, assessors: 6, coaches: 4, microcredentials: 8)

    @Test func theCountsItReportsAreWhatTheDatabaseHolds() throws {
        try TemporaryInstallation.with { installation in
            let counts = try #require(try DistrictDemo.seed(into: installation, scale: Self.scale))
            let store = installation.store
            let northfield = try store.organizations.find(slug: DistrictDemo.slug)
            #expect(try store.organizations.schools(of: northfield.id).count == 4)
            let members = try store.members.members(of: northfield.id)
            #expect(members.count == counts.members)
            #expect(counts.members == 60 + 6 + 4 + 2, "educators, assessors, coaches, an admin and a designer")
            #expect(members.count { $0.has(.educator) } == 60)
            #expect(try store.microcredentials.catalog(organization: northfield.id).count == 8)
            let total = try store.database.read { tx in
                try ["enrollments", "workspace_entries", "submissions", "reviews", "awards", "video_comments", "second_scores"].map {
                    try tx.queryOne("SELECT COUNT(*) AS n FROM \(raw: $0)")?.get("n", as: Int.self) ?? -1
                }
            }
            #expect(total == [counts.enrollments, counts.evidenceItems, counts.submissions, counts.reviews, counts.awards,
                              counts.videoComments, counts.secondScores])
            #expect(counts.enrollments == 60 / 5 * 4 + (60 - 60 / 5) * 2, "four for every fifth educator, two for the others")
            #expect(counts.awards > counts.enrollments / 2 && counts.reviews > counts.awards && counts.submissions > counts.reviews)
            #expect(counts.credentials == min(Self.scale.credentials, counts.awards) && counts.revokedCredentials == counts.credentials / 50)
            let signed = try store.credentials.credentials(in: northfield.id, limit: 100, offset: 0).map(\.0)
            #expect(signed.count == counts.credentials)
            let verifier = Credentials(installation: installation, notifications: RiverbendWorld.notifications(of: installation))
            #expect(signed.prefix(3).allSatisfy { verifier.verify(Array($0.document.utf8)).verdict == .valid }, "the latest are signed and verify")
            #expect(try DistrictDemo.seed(into: installation, scale: Self.scale) == nil, "seeding twice adds nothing")
        }
    }

    @Test func itsRecordsFollowTheRulesOfTheWorkflows() throws {
        try TemporaryInstallation.with { installation in
            _ = try DistrictDemo.seed(into: installation, scale: Self.scale)
            let store = installation.store
            let northfield = try store.organizations.find(slug: DistrictDemo.slug)
            func member(_ email: String) throws -> Member {
                try store.members.findMember(person: try #require(try store.members.fetchPerson(email: try EmailAddress(email))).id,
                                             organization: northfield.id)
            }
            let educator = try member("educator@northfield.example")
            let enrollments = try store.enrollments.enrollments(of: educator.person.id, in: northfield.id)
            #expect(enrollments.count == 4)
            for (enrollment, status) in enrollments {
                let version = try store.microcredentials.findVersion(enrollment.versionID, in: northfield.id)
                let submissions = try store.submissions.submissions(of: enrollment.id, in: northfield.id)
                #expect(EnrollmentStatus.derived(from: submissions) == status)
                for submission in submissions {
                    #expect(CompletenessCheck.check(workspace: Workspace(entries: submission.snapshot.items), design: version.design).isEmpty)
                    guard let decision = submission.decision else { continue }
                    let review = try #require(try store.reviews.review(of: submission.id, in: northfield.id))
                    #expect(review.decision == decision)
                    #expect(try store.submissions.mayAssess(review.assessorID, enrollment.microcredentialID, in: northfield.id))
                    let award = try store.reviews.award(for: submission.id, in: northfield.id)
                    #expect((award != nil) == (decision == .earned))
                    #expect(award.map { $0.evidenceHashes == submission.snapshot.blobHashes } ?? true)
                    for hash in submission.snapshot.blobHashes { #expect(installation.blobs.contains(try #require(BlobReference.ID(hash)))) }
                }
            }
            // The assessor's queue holds the district's waiting work for what they review.
            let assessor = try member("assessor@northfield.example")
            let queue = try store.submissions.queue(for: assessor.person.id, in: northfield.id, at: Date())
            for entry in queue.entries { #expect(try store.submissions.mayAssess(assessor.person.id, entry.microcredentialID, in: northfield.id)) }
        }
    }

    @Test func everyPrintedSignInIsAMemberWithTheDemoPassword() throws {
        try TemporaryInstallation.with { installation in
            _ = try DistrictDemo.seed(into: installation, scale: Self.scale)
            for login in DistrictDemo.logins {
                let credentials = try #require(try installation.store.members.fetchCredentials(email: try EmailAddress(login.email)))
                let hash = try #require(credentials.passwordHash)
                #expect(installation.passwords.verify(Demo.password, against: hash))
            }
        }
    }
}
