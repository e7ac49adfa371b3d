import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Video comments, *not yet* with its feedback and threads, resubmission and the coach pointer.
@Suite struct ReviewFeedbackTests {
    static let video = ReviewWorld.video.sha256

    /// The assessor claims, comments at 1:05 on "Asking" and decides *not yet* (every criterion approaching).
    func notYet(_ world: ReviewWorld, _ submission: Submission, _ assessor: HTTPTestClient) throws {
        let path = world.reviewPath(submission)
        #expect(try world.claim(submission, as: assessor).status == 303)
        let commented = try assessor.submit(path, to: path + "/comments",
                                            [("file", Self.video), ("start", "1:05"), ("end", ""), ("text", "Wait time after this question."),
                                             ("criterion", "ask")])
        #expect(commented.status == 303)
        let decided = try assessor.submit(path, to: path + "/decide", ReviewWorld.levels("approaching") + [("intent", "decide")])
        #expect(decided.status == 303)
    }

    @Test func commentTimesAreCheckedAndListedByTime() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let submission = try world.submit()
            let assessor = try app.signedIn(ReviewWorld.assessor)
            let path = world.reviewPath(submission)
            #expect(try world.claim(submission, as: assessor).status == 303)
            let key = "comment-" + Self.video.prefix(16)
            let garbage = try assessor.submit(path, to: path + "/comments", [("file", Self.video), ("start", "soon"), ("text", "Hm")])
            #expect(garbage.status == 422)
            #expect(garbage.fieldError(key + "-start")?.contains("minutes and seconds") == true)
            #expect(garbage.inputValue("start") == "soon")
            let beyond = try assessor.submit(path, to: path + "/comments", [("file", Self.video), ("start", "6:00"), ("text", "Hm")])
            #expect(beyond.status == 422)
            #expect(beyond.fieldError(key + "-start") == "The video is only 5:00 long.")
            let empty = try assessor.submit(path, to: path + "/comments", [("file", Self.video), ("start", "10"), ("text", " ")])
            #expect(empty.fieldError(key + "-text") == "Write the comment.")
            let backwards = try assessor.submit(path, to: path + "/comments", [("file", Self.video), ("start", "30"), ("end", "0:20"), ("text", "x")])
            #expect(backwards.fieldError(key + "-end")?.contains("after its start") == true)
            #expect(try app.store.reviews.comments(on: submission.id, in: world.organization.id).isEmpty)

            #expect(try assessor.submit(path, to: path + "/comments", [("file", Self.video), ("start", "90"), ("end", "1:40"),
                                                                        ("text", "Second <script>alert(1)</script>")]).status == 303)
            #expect(try assessor.submit(path, to: path + "/comments", [("file", Self.video), ("start", "0:12.5"), ("text", "First"),
                                                                        ("criterion", "plan")]).status == 303)
            let comments = try app.store.reviews.comments(on: submission.id, in: world.organization.id)
            #expect(comments.map(\.startSeconds) == [12.5, 90])
            #expect(comments.map(\.endSeconds) == [nil, 100])
            #expect(comments.first?.criterionID == "plan")
            let page = try assessor.get(path)
            #expect(page.text.contains(#"<button type="button" class="video-comment__seek" data-seek="12.5" data-video="video-\#(Self.video.prefix(12))""#))
            #expect(page.text.contains("Second &lt;script&gt;alert(1)&lt;/script&gt;") && !page.text.contains("<script>alert"))
            let first = try #require(page.text.range(of: ">First<")), second = try #require(page.text.range(of: ">Second "))
            #expect(first.lowerBound < second.lowerBound)

            let rosa = try app.signedIn(ReviewWorld.secondAssessor)
            #expect(try rosa.post(path + "/comments", form: [("_csrf", try rosa.csrfToken(from: "/review")), ("file", Self.video),
                                                            ("start", "5"), ("text", "Not mine")]).status == 403)
        }
    }

    @Test func afterNotYetTheEducatorReadsTheFeedbackAndRepliesToComments() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let submission = try world.submit()
            let assessor = try app.signedIn(ReviewWorld.assessor)
            try notYet(world, submission, assessor)

            let educator = try app.signedIn(ReviewWorld.educator)
            let workspacePath = "/earn/" + submission.enrollmentID.rawValue
            let feedbackPath = workspacePath + "/feedback/" + submission.id.rawValue
            let workspace = try educator.get(workspacePath)
            #expect(workspace.text.contains("Attempt 1 was judged not yet."))
            #expect(workspace.text.contains("href=\"\(feedbackPath)\""))
            #expect(workspace.text.contains("improve your evidence and submit again"))

            let feedback = try educator.get(feedbackPath)
            #expect(feedback.status == 200)
            #expect(feedback.text.contains("Asking at Approaching."), "the descriptor of the level given")
            #expect(feedback.text.contains("Asking feedback."))
            #expect(feedback.text.contains("Wait time after this question."))
            #expect(feedback.text.contains(#"data-seek="65" data-video="video-\#(Self.video.prefix(12))""#))
            #expect(!feedback.text.contains("Talk it through with a coach"), "one not yet is not enough for a coach")

            let comment = try #require(try app.store.reviews.comments(on: submission.id, in: world.organization.id).first)
            let replyPath = workspacePath + "/comments/" + comment.id.rawValue + "/replies"
            let field = "reply-" + comment.id.rawValue
            let empty = try educator.submit(feedbackPath, to: replyPath, [(field, "  ")])
            #expect(empty.status == 422)
            #expect(empty.fieldError(field) == "Write your reply before sending it.")
            let replied = try educator.submit(feedbackPath, to: replyPath, [(field, "I will count to five next time.")])
            #expect(replied.status == 303)
            let back = try #require(replied.location?.split(separator: "#").first.map(String.init))
            #expect(back == feedbackPath)
            #expect(try educator.get(back).text.contains("I will count to five next time."))

            let assessorReply = try assessor.submit(world.reviewPath(submission),
                                                    to: world.reviewPath(submission) + "/comments/" + comment.id.rawValue + "/replies",
                                                    [(field, "Good plan.")])
            #expect(assessorReply.status == 303)
            let thread = try #require(try app.store.reviews.comments(on: submission.id, in: world.organization.id).first).replies
            #expect(thread.map(\.text) == ["I will count to five next time.", "Good plan."])

            let mei = try app.signedIn("mei.chen@riverbend.example")
            #expect(try mei.get(feedbackPath).status == 404)
            #expect(try mei.post(replyPath, form: [("_csrf", try mei.csrfToken(from: "/earn")), (field, "Hi")]).status == 404)
            #expect(try educator.post(replyPath, form: [(field, "No token")]).status == 403)
        }
    }

    @Test func resubmittingAfterNotYetPutsAttemptTwoInTheQueueWithItsHistory() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let first = try world.submit()
            let assessor = try app.signedIn(ReviewWorld.assessor)
            try notYet(world, first, assessor)

            let educator = try app.signedIn(ReviewWorld.educator)
            let workspacePath = "/earn/" + first.enrollmentID.rawValue
            #expect(try educator.submit(workspacePath, to: workspacePath + "/evidence/r1",
                                        [("text-r1", "I planned hinge questions and waited five seconds."), ("links-r1", "")]).status == 303)
            let resubmitted = try educator.submit(workspacePath, to: workspacePath + "/submit", [])
            #expect(resubmitted.status == 303)
            let attempts = try app.store.submissions.submissions(of: first.enrollmentID, in: world.organization.id)
            #expect(attempts.map(\.attempt) == [1, 2])
            let second = try #require(attempts.last)
            #expect(second.snapshot.item(for: "r1")?.text == "I planned hinge questions and waited five seconds.")

            let row = try #require(try assessor.get("/review").tableRow(containing: "Jordan Ellis"))
            #expect(row.contains(">2<"))
            #expect(try world.claim(second, as: assessor).status == 303)
            let page = try assessor.get(world.reviewPath(second))
            #expect(page.text.contains("Earlier attempts"))
            #expect(page.text.contains("Attempt 1: Not yet"))
            #expect(page.text.contains("Wait time after this question."))
            #expect(try assessor.submit(world.reviewPath(second), to: world.reviewPath(second) + "/decide",
                                        ReviewWorld.levels("demonstrated") + [("intent", "decide")]).status == 303)
            let workspace = try educator.get(workspacePath)
            #expect(!workspace.text.contains("was judged not yet"))
            #expect(workspace.text.contains("attempt 2 (Earned)"))
        }
    }

    @Test func afterThePolicysNumberOfNotYetTheEducatorIsPointedToACoach() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            try app.store.reviewPolicies.setPolicy(ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 2)), in: world.organization.id)
            let assessor = try app.signedIn(ReviewWorld.assessor)
            let first = try world.submit()
            try notYet(world, first, assessor)
            let educator = try app.signedIn(ReviewWorld.educator)
            let workspacePath = "/earn/" + first.enrollmentID.rawValue
            #expect(!(try educator.get(workspacePath).text.contains("Talk it through with a coach")))
            let second = try app.store.submissions.submit(first.enrollmentID, in: world.organization.id, at: Date())
            try notYet(world, second, assessor)
            let workspace = try educator.get(workspacePath)
            #expect(workspace.text.contains("Talk it through with a coach"))
            #expect(workspace.text.contains("Your coaches: Dana Whitfield and Priya Raman."), "the organization-wide coach and the school's")
            let feedback = try educator.get(workspacePath + "/feedback/" + second.id.rawValue)
            #expect(feedback.text.contains("Your coaches: Dana Whitfield and Priya Raman."))
            #expect(feedback.tableRow(containing: "Attempt 1")?.contains("Approaching") == true, "every attempt with its levels")
        }
    }
}
