import Foundation
import Testing
@testable import CairnCore

/// What an educator is told about their decided attempts, and the rule for a reply's text.
@Suite struct AttemptGuidanceTests {
    static func decided(_ attempt: Int, _ decision: Decision) -> Submission {
        Earning.submission(attempt: attempt, state: .decided(decision, by: Earning.ben, at: Earning.now))
    }

    @Test func theLatestNotYetAndTheDecidedAttemptsInOrderAndNoCoachBeforeTheLimit() throws {
        var asked = false
        let guidance = AttemptGuidance(enrollmentID: Earning.enrollment.id,
                                       submissions: [Self.decided(2, .notYet), Self.decided(1, .notYet)],
                                       policy: AttemptPolicy(notYetBeforeCoach: 3)) { asked = true; return ["Priya"] }
        #expect(guidance.decided.map(\.attempt) == [1, 2])
        #expect(guidance.latestNotYet?.attempt == 2)
        #expect(guidance.nextStep == .resubmit(notYet: 2))
        #expect(guidance.coaches.isEmpty)
        #expect(!asked, "the coaches are asked for only when the educator is pointed to them")
    }

    @Test func atTheLimitTheCoachesAreNamedByName() throws {
        let guidance = AttemptGuidance(enrollmentID: Earning.enrollment.id, submissions: [Self.decided(1, .notYet), Earning.submission(attempt: 2)],
                                       policy: AttemptPolicy(notYetBeforeCoach: 1)) { ["Priya Raman", "Dana Whitfield"] }
        #expect(guidance.nextStep == .seeCoach(notYet: 1))
        #expect(guidance.coaches == ["Dana Whitfield", "Priya Raman"])
        #expect(guidance.latestNotYet == nil, "the latest attempt waits for review")
    }

    @Test func aReplyIsTrimmedAndNeitherEmptyNorTooLong() throws {
        let comment = VideoComment.ID(rawValue: "c1")
        #expect(try CommentReply.checked(commentID: comment, authorID: Earning.ana, text: "  Thanks!\n", createdAt: Earning.now).text == "Thanks!")
        #expect(throws: ReplyError.empty) { try CommentReply.checked(commentID: comment, authorID: Earning.ana, text: " \n", createdAt: Earning.now) }
        #expect(throws: ReplyError.tooLong) {
            try CommentReply.checked(commentID: comment, authorID: Earning.ana, text: String(repeating: "a", count: 5_001), createdAt: Earning.now)
        }
    }
}
