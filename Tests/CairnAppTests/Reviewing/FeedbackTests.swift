@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The educator's feedback page through `Earning`: only the decided attempts of their own enrollment,
/// the guidance with its coaches, and a fixed number of queries whatever the attempts and comments.
@Suite struct FeedbackTests {
    static let assessor = "assessor@riverbend.example", educator = "educator@riverbend.example"

    @Test func theEducatorReadsTheDecidedAttemptsOfTheirOwnEnrollmentOnly() throws {
        try RiverbendWorld.with { world in
            let first = try world.videoSubmission()
            try world.reviewing.claim(first.id, by: try world.member(Self.assessor))
            let comment = try world.comment(on: first, at: 3)
            try world.decide(first, at: "approaching")
            let second = try world.videoSubmission()
            let educator = try world.member(Self.educator)

            let page = try world.earning.feedbackPage(first.enrollmentID, first.id, by: educator)

            #expect(page.record.submission.id == first.id && page.record.review?.decision == .notYet)
            #expect(page.record.comments.map(\.id) == [comment.id])
            #expect(page.records.map(\.submission.id) == [first.id, second.id])
            #expect(page.records.last?.review == nil, "an attempt under review shows no review yet")
            #expect(page.guidance.latestNotYet == nil, "the latest attempt waits")
            #expect(page.guidance.decided.map(\.id) == [first.id])
            #expect(try world.earning.feedbackPage(first.enrollmentID, commentedOn: comment.id, by: educator).record.submission.id == first.id)
            #expect(throws: EnrollmentError.notFound) { try world.earning.feedbackPage(first.enrollmentID, second.id, by: educator) }
            #expect(throws: EnrollmentError.notFound) {
                try world.earning.feedbackPage(first.enrollmentID, first.id, by: try world.member("mei.chen@riverbend.example"))
            }
        }
    }

    @Test func afterTheOrganizationsNumberOfNotYetTheGuidanceNamesTheCoaches() throws {
        try RiverbendWorld.with { world in
            try world.store.reviewPolicies.setPolicy(ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 1)), in: world.riverbend.id)
            let submission = try world.submission()
            try world.decide(submission, at: "approaching")
            let educator = try world.member(Self.educator)

            let guidance = try world.earning.feedbackPage(submission.enrollmentID, submission.id, by: educator).guidance

            #expect(guidance.nextStep == .seeCoach(notYet: 1))
            #expect(guidance.latestNotYet?.id == submission.id)
            #expect(guidance.coaches == ["Dana Whitfield", "Priya Raman"], "the organization-wide coach and the educator's school's")
        }
    }

    @Test func theFeedbackPageLoadsInTheSameQueriesWhateverTheAttemptsAndComments() throws {
        try RiverbendWorld.with { world in
            try world.store.reviewPolicies.setPolicy(ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 10)), in: world.riverbend.id)
            let educator = try world.member(Self.educator), assessor = try world.member(Self.assessor)
            let first = try world.videoSubmission()
            try world.reviewing.claim(first.id, by: assessor)
            try world.comment(on: first, at: 1)
            try world.decide(first, at: "approaching")
            _ = try world.earning.feedbackPage(first.enrollmentID, first.id, by: educator)  // opens the reading connection
            let few = try world.statementsRun { _ = try world.earning.feedbackPage(first.enrollmentID, first.id, by: educator) }

            for _ in 1...3 {
                let next = try world.videoSubmission()
                try world.reviewing.claim(next.id, by: assessor)
                for second in [10.0, 20, 30] {
                    let comment = try world.comment(on: next, at: second)
                    try world.reviewing.reply(to: comment.id, text: "See the rubric.", on: try world.reviewing.open(next.id, by: assessor))
                }
                try world.decide(next, at: "approaching")
            }
            let many = try world.statementsRun { () throws in
                #expect(try world.earning.feedbackPage(first.enrollmentID, first.id, by: educator).records.count == 4)
            }
            #expect(few == many)
            #expect(many <= 13, "the enrollment; then one read of the attempts, reviews, comments, authors, version and policy")
        }
    }
}
