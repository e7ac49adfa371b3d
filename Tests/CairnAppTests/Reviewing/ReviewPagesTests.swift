@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The assessor's queue and review pages through `Reviewing`: what they hold, who may see them, and
/// a fixed number of queries whatever the number of submissions, attempts and comments.
@Suite struct ReviewPagesTests {
    static let assessor = "assessor@riverbend.example", educator = "educator@riverbend.example"

    @Test func theQueueListsWhatTheAssessorMayTakeAndMarksWhatTheyHold() throws {
        try RiverbendWorld.with { world in
            let waiting = try world.submission()
            let held = try world.submission(by: "mei.chen@riverbend.example")
            let assessor = try world.member(Self.assessor)
            try world.reviewing.claim(held.id, by: assessor)

            let queue = try world.reviewing.queuePage(for: assessor)

            #expect(queue.queue.waiting.map(\.submissionID) == [waiting.id] && queue.queue.waitingCount == 1)
            #expect(queue.queue.claimed.map(\.submissionID) == [held.id])
            #expect(queue.claimDuration == ReviewPolicy().claimDuration)
            #expect(throws: ReviewError.notAnAssessor) { try world.reviewing.queuePage(for: try world.member("mei.chen@riverbend.example")) }
        }
    }

    @Test func theQueueLoadsInTheSameFewQueriesWhateverItsLength() throws {
        try RiverbendWorld.with { world in
            let assessor = try world.member(Self.assessor)
            try world.submission()
            _ = try world.reviewing.queuePage(for: assessor)  // opens the reading connection
            let few = try world.statementsRun { _ = try world.reviewing.queuePage(for: assessor) }
            try world.submission(by: "mei.chen@riverbend.example")
            try world.submission(by: "luis.ortega@riverbend.example")
            let many = try world.statementsRun { () throws in #expect(try world.reviewing.queuePage(for: assessor).queue.waitingCount == 3) }
            #expect(few == many)
            #expect(many <= 8)
        }
    }

    @Test func theReviewPageShowsEveryAttemptWithItsReviewCommentsAndAuthors() throws {
        try RiverbendWorld.with { world in
            let first = try world.videoSubmission()
            try world.reviewing.claim(first.id, by: try world.member(Self.assessor))
            let comment = try world.comment(on: first, at: 30)
            try world.decide(first, at: "approaching")
            try world.earning.reply(to: comment.id, text: "I will try that.", in: first.enrollmentID, by: try world.member(Self.educator))
            let second = try world.videoSubmission()
            try world.reviewing.claim(second.id, by: try world.member(Self.assessor))

            let page = try world.reviewing.reviewPage(second.id, by: try world.member(Self.assessor))

            #expect(page.isOpen)
            #expect(page.current.submission.id == second.id && page.current.review == nil)
            #expect(page.history.map(\.submission.id) == [first.id])
            #expect(page.history.first?.review?.decision == .notYet)
            #expect(page.history.first?.comments.map(\.id) == [comment.id])
            #expect(page.history.first?.comments.first?.replies.map(\.text) == ["I will try that."])
            let educator = try world.member(Self.educator), assessor = try world.member(Self.assessor)
            #expect(page.names[educator.person.id] == educator.person.displayName)
            #expect(page.names[assessor.person.id] == assessor.person.displayName)
            #expect(page.educatorName == educator.person.displayName)
        }
    }

    @Test func theReviewPageLoadsInTheSameQueriesWhateverTheAttemptsAndComments() throws {
        try RiverbendWorld.with { world in
            try world.store.reviewPolicies.setPolicy(ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 10)), in: world.riverbend.id)
            let assessor = try world.member(Self.assessor)
            var current = try world.videoSubmission()
            try world.reviewing.claim(current.id, by: assessor)
            try world.comment(on: current, at: 5)
            _ = try world.reviewing.reviewPage(current.id, by: assessor)  // opens the reading connection
            let few = try world.statementsRun { _ = try world.reviewing.reviewPage(current.id, by: assessor) }

            for _ in 1...3 {
                for second in [10.0, 20, 30] {
                    let comment = try world.comment(on: current, at: second)
                    try world.reviewing.reply(to: comment.id, text: "And then?", on: try world.reviewing.open(current.id, by: assessor))
                }
                try world.decide(current, at: "approaching")
                current = try world.videoSubmission()
                try world.reviewing.claim(current.id, by: assessor)
            }
            try world.comment(on: current, at: 5)
            let many = try world.statementsRun {
                let page = try world.reviewing.reviewPage(current.id, by: assessor)
                #expect(page.history.map(\.comments.count) == [4, 3, 3])
            }
            #expect(few == many)
            #expect(many <= 17, "the submission, the right to assess it and its version; then one read of the attempts, reviews, comments, names policy and authors")
        }
    }

    @Test func onlyTheAssessorWhoHoldsOrDecidedTheSubmissionSeesItsReview() throws {
        try RiverbendWorld.with { world in
            let submission = try world.submission()
            let other = try world.member("luis.ortega@riverbend.example")
            try world.store.submissions.addAssessor(other.person.id, for: world.version.microcredentialID, in: world.riverbend.id)
            #expect(throws: ReviewError.reviewNotOpen) { try world.reviewing.reviewPage(submission.id, by: try world.member(Self.assessor)) }

            try world.decide(submission, at: "demonstrated")

            #expect(try world.reviewing.reviewPage(submission.id, by: try world.member(Self.assessor)).isOpen == false)
            #expect(throws: ReviewError.reviewNotOpen) { try world.reviewing.reviewPage(submission.id, by: other) }
            #expect(throws: ReviewError.notAnAssessor) { try world.reviewing.reviewPage(submission.id, by: try world.member(Self.educator)) }
        }
    }

    @Test func theEducatorsNameStaysHiddenWhenTheMicrocredentialHidesIt() throws {
        try RiverbendWorld.with { world in
            try world.store.reviewPolicies.setHideEducatorName(true, for: world.version.microcredentialID, in: world.riverbend.id)
            let submission = try world.videoSubmission()
            try world.reviewing.claim(submission.id, by: try world.member(Self.assessor))

            let page = try world.reviewing.reviewPage(submission.id, by: try world.member(Self.assessor))

            #expect(page.educatorName == nil)
            #expect(page.names[submission.educatorID] == "Educator")
        }
    }
}
