import CairnCore
@testable import CairnWeb
import Dispatch
import Foundation
import Synchronization
import Testing

/// The assessor's queue, claims and who may review what.
@Suite struct ReviewQueueTests {
    @Test func theQueueListsSubmissionsOldestFirstWithAgeAttemptAndName() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            try world.submit(by: ReviewWorld.educator, at: Date().addingTimeInterval(-3600))
            try world.submit(by: "mei.chen@riverbend.example", at: Date().addingTimeInterval(-3 * 86400 - 60))
            let assessor = try app.signedIn(ReviewWorld.assessor)
            let queue = try assessor.get("/review")
            #expect(queue.status == 200)
            let mei = try #require(queue.tableRow(containing: "Mei Chen"))
            let jordan = try #require(queue.tableRow(containing: "Jordan Ellis"))
            #expect(mei.contains("3 days") && mei.contains("Questioning") && mei.contains(">1<"))
            #expect(jordan.contains("1 hour"))
            #expect(try #require(queue.text.range(of: "Mei Chen")).lowerBound < (try #require(queue.text.range(of: "Jordan Ellis"))).lowerBound,
                    "oldest first")
            #expect(mei.contains(#"formaction="/review/"#) && mei.contains(#"/claim">Claim</button>"#))
            #expect(queue.text.contains(#"<a href="/review" aria-current="page">Review queue</a>"#))

            try app.store.reviewPolicies.setHideEducatorName(true, for: world.microcredential.id, in: world.organization.id)
            let hidden = try assessor.get("/review")
            #expect(!hidden.text.contains("Mei Chen") && !hidden.text.contains("Jordan Ellis"))
            #expect(hidden.tableRow(containing: "3 days")?.contains(">hidden<") == true)
            let jordans = try #require(try app.store.submissions.queue(for: try app.member(ReviewWorld.assessor).person.id,
                                                                       in: world.organization.id, at: Date()).entries.last)
            let claimed = try assessor.submit("/review", to: "/review/\(jordans.submissionID.rawValue)/claim", [])
            let page = try assessor.follow(claimed)
            #expect(page.text.contains("Educator (name hidden)"))
            #expect(!page.text.contains("Jordan Ellis"))
        }
    }

    @Test func claimingHoldsTheSubmissionAndReleasingGivesItBack() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let submission = try world.submit()
            try app.store.reviewPolicies.setPolicy(ReviewPolicy(claimDuration: 3 * 3600), in: world.organization.id)
            let assessor = try app.signedIn(ReviewWorld.assessor)
            let claimed = try world.claim(submission, as: assessor)
            #expect(claimed.status == 303)
            #expect(claimed.location == world.reviewPath(submission))
            let claim = try #require(try app.store.submissions.find(submission.id, in: world.organization.id).activeClaim(at: Date()))
            #expect(abs(claim.expiresAt.timeIntervalSince(claim.claimedAt) - 3 * 3600) < 1, "the organization's claim duration")
            let queue = try assessor.get("/review")
            #expect(queue.tableRow(containing: "Jordan Ellis")?.contains("href=\"\(world.reviewPath(submission))\"") == true)
            #expect(try assessor.get(world.reviewPath(submission)).status == 200)

            let rosa = try app.signedIn(ReviewWorld.secondAssessor)
            #expect(try rosa.get("/review").tableRow(containing: "Jordan Ellis") == nil, "held by another assessor")
            #expect(try rosa.get(world.reviewPath(submission)).status == 403)

            let released = try assessor.submit(world.reviewPath(submission), to: world.reviewPath(submission) + "/release", [])
            #expect(released.status == 303)
            #expect(try assessor.follow(released).flash?.contains("released") == true)
            #expect(try app.store.submissions.find(submission.id, in: world.organization.id).state == .awaitingReview)
            #expect(try rosa.get("/review").tableRow(containing: "Jordan Ellis")?.contains(#"formaction="\#(world.reviewPath(submission))/claim""#) == true)
        }
    }

    @Test func ofTwoAssessorsClaimingAtOnceExactlyOneWins() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let submission = try world.submit()
            let browsers = try [ReviewWorld.assessor, ReviewWorld.secondAssessor].map { email in
                let browser = try app.signedIn(email)
                return (cookies: browser.cookies, token: try browser.csrfToken(from: "/review"))
            }
            let port = app.port, path = world.reviewPath(submission) + "/claim"
            let outcomes = Mutex<[Int: (status: Int, location: String?, cookies: [String: String])]>([:])
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let client = HTTPTestClient(port: port)
                client.cookies = browsers[index].cookies
                let response = try? client.post(path, form: [("_csrf", browsers[index].token)])
                outcomes.withLock { $0[index] = (response?.status ?? 0, response?.location, client.cookies) }
            }
            let results = outcomes.withLock { $0 }
            #expect(results.values.allSatisfy { $0.status == 303 }, "never a 500")
            let winners = results.filter { $0.value.location == world.reviewPath(submission) }
            #expect(winners.count == 1)
            let loser = try #require(results.first { $0.value.location == "/review" })
            let client = HTTPTestClient(port: port)
            client.cookies = loser.value.cookies
            #expect(try client.get("/review").flash?.contains("Another assessor claimed this submission first") == true)
            let holder = try #require(try app.store.submissions.find(submission.id, in: world.organization.id).activeClaim(at: Date()))
            let winnerEmail = [ReviewWorld.assessor, ReviewWorld.secondAssessor][try #require(winners.first).key]
            #expect(holder.assessorID == (try app.member(winnerEmail).person.id))
        }
    }

    @Test func anAssessorOfAnotherMicrocredentialAndAnotherOrganizationAreRefused() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let submission = try world.submit()
            let luis = try app.signedIn(ReviewWorld.otherAssessor)
            #expect(try luis.get("/review").tableRow(containing: "Jordan Ellis") == nil)
            let token = try luis.csrfToken(from: "/review")
            #expect(try luis.post(world.reviewPath(submission) + "/claim", form: [("_csrf", token)]).status == 404)
            #expect(try luis.get(world.reviewPath(submission)).status == 404)
            #expect(try luis.post(world.reviewPath(submission) + "/decide", form: [("_csrf", token)] + ReviewWorld.levels("demonstrated")).status == 404)

            let lakeside = try app.organization("lakeside")
            let teacher = try app.member("teacher@lakeside.example", in: "lakeside")
            try app.store.members.setRoles([.educator, .assessor], of: teacher.membership.id, in: lakeside.id)
            try app.store.submissions.addAssessor(teacher.person.id, for: nil, in: lakeside.id)
            let other = try app.signedIn("teacher@lakeside.example")
            let otherToken = try other.csrfToken(from: "/review")
            #expect(try other.get(world.reviewPath(submission)).status == 404)
            #expect(try other.post(world.reviewPath(submission) + "/claim", form: [("_csrf", otherToken)]).status == 404)
            #expect(try other.get("/review").tableRow(containing: "Jordan Ellis") == nil)
            #expect(try app.store.submissions.find(submission.id, in: world.organization.id).state == .awaitingReview)

            let educator = try app.signedIn(ReviewWorld.educator)
            #expect(try educator.get("/review").status == 403, "the assessor role is needed")
        }
    }

    @Test func anAssessorCannotReviewTheirOwnSubmission() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let luis = try app.member(ReviewWorld.otherAssessor)
            try app.store.submissions.addAssessor(luis.person.id, for: world.microcredential.id, in: world.organization.id)
            let own = try world.submit(by: ReviewWorld.otherAssessor)
            let browser = try app.signedIn(ReviewWorld.otherAssessor)
            #expect(try browser.get("/review").tableRow(containing: "Luis Ortega") == nil)
            #expect(try browser.post(world.reviewPath(own) + "/claim", form: [("_csrf", try browser.csrfToken(from: "/review"))]).status == 404)
            #expect(try browser.get(world.reviewPath(own)).status == 404)
        }
    }

    @Test func claimingWithoutTheCSRFTokenIsRefused() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let submission = try world.submit()
            let assessor = try app.signedIn(ReviewWorld.assessor)
            #expect(try assessor.post(world.reviewPath(submission) + "/claim", form: []).status == 403)
            #expect(try app.store.submissions.find(submission.id, in: world.organization.id).state == .awaitingReview)
        }
    }
}
