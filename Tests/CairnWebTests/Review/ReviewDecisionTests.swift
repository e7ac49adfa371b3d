import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Scoring on the review page: every criterion needs a level, an override needs a justification, earned makes an award.
@Suite struct ReviewDecisionTests {
    /// A claimed submission and the assessor's browser on its review page.
    func claimed(_ app: TestApp) throws -> (ReviewWorld, Submission, HTTPTestClient) {
        let world = try ReviewWorld(app)
        let submission = try world.submit()
        let assessor = try app.signedIn(ReviewWorld.assessor)
        #expect(try world.claim(submission, as: assessor).status == 303)
        return (world, submission, assessor)
    }

    @Test func theReviewPageShowsTheEvidenceBesideTheRubricWithDescriptors() throws {
        try TestApp.with { app in
            let (world, submission, assessor) = try claimed(app)
            let page = try assessor.get(world.reviewPath(submission))
            #expect(page.status == 200)
            #expect(page.text.contains("I planned three hinge questions."))
            #expect(page.text.contains("class=\"review-layout__evidence\"") && page.text.contains("class=\"review-layout__rubric\""))
            #expect(page.text.contains("name=\"level_plan\"") && page.text.contains("name=\"feedback-ask\""))
            #expect(page.text.contains("Asking at Demonstrated."), "each level shows the criterion's descriptor")
            #expect(page.text.contains("name=\"override\"") && page.text.contains("name=\"justification\""))
            #expect(page.text.contains("class=\"video-comment-form stack\""))
            #expect(page.text.contains(WebAssets.videoCommentsScriptPath.replacingOccurrences(of: "&", with: "&amp;")))
        }
    }

    @Test func missingLevelsAre422BesideTheFieldsAndNothingIsSaved() throws {
        try TestApp.with { app in
            let (world, submission, assessor) = try claimed(app)
            let refused = try assessor.submit(world.reviewPath(submission), to: world.reviewPath(submission) + "/decide",
                                              [("level_plan", "exemplary"), ("feedback-plan", "Kept feedback."), ("intent", "decide")])
            #expect(refused.status == 422)
            #expect(refused.fieldError("level_ask") == "Choose a level for “Asking”.")
            #expect(refused.fieldError("level_plan") == nil)
            #expect(refused.isChosen("level_plan", "exemplary"))
            #expect(refused.text.contains("Kept feedback."))
            #expect(try app.store.reviews.review(of: submission.id, in: world.organization.id) == nil)
            #expect(try app.store.submissions.find(submission.id, in: world.organization.id).decision == nil)
        }
    }

    @Test func checkingShowsTheComputedDecisionWithoutSaving() throws {
        try TestApp.with { app in
            let (world, submission, assessor) = try claimed(app)
            let checked = try assessor.submit(world.reviewPath(submission), to: world.reviewPath(submission) + "/decide",
                                              ReviewWorld.levels("demonstrated") + [("intent", "check")])
            #expect(checked.status == 200)
            #expect(checked.text.contains("With these levels the rubric gives: <strong>Earned</strong>"))
            #expect(try app.store.reviews.review(of: submission.id, in: world.organization.id) == nil)
        }
    }

    @Test func anOverrideWithoutJustificationIs422AndWithOneIsKept() throws {
        try TestApp.with { app in
            let (world, submission, assessor) = try claimed(app)
            let decide = world.reviewPath(submission) + "/decide"
            let refused = try assessor.submit(world.reviewPath(submission), to: decide,
                                              ReviewWorld.levels("demonstrated") + [("override", "notYet"), ("justification", "  "), ("intent", "decide")])
            #expect(refused.status == 422)
            #expect(refused.fieldError("justification")?.contains("Explain why") == true)
            #expect(refused.text.contains("With these levels the rubric gives: <strong>Earned</strong>"))
            #expect(try app.store.reviews.review(of: submission.id, in: world.organization.id) == nil)

            let decided = try assessor.submit(world.reviewPath(submission), to: decide,
                                              ReviewWorld.levels("demonstrated") + [("override", "notYet"),
                                                                                    ("justification", "The video shows only one question."),
                                                                                    ("intent", "decide")])
            #expect(decided.status == 303)
            let review = try #require(try app.store.reviews.review(of: submission.id, in: world.organization.id))
            #expect(review.computedDecision == .earned)
            #expect(review.override == Review.Override(decision: .notYet, justification: "The video shows only one question."))
            #expect(try app.store.reviews.award(for: submission.id, in: world.organization.id) == nil)
        }
    }

    @Test func earnedCreatesTheAwardAndGoesBackToTheQueue() throws {
        try TestApp.with { app in
            let (world, submission, assessor) = try claimed(app)
            let decided = try assessor.submit(world.reviewPath(submission), to: world.reviewPath(submission) + "/decide",
                                              ReviewWorld.levels("exemplary") + [("summary", "Strong questioning."), ("intent", "decide")])
            #expect(decided.status == 303)
            #expect(decided.location == "/review")
            #expect(try assessor.follow(decided).flash?.contains("Decision recorded for attempt 1: Earned") == true)
            let award = try #require(try app.store.reviews.award(for: submission.id, in: world.organization.id))
            #expect(award.results.map(\.levelName) == ["Exemplary", "Exemplary"])
            let review = try #require(try app.store.reviews.review(of: submission.id, in: world.organization.id))
            #expect(review.scores.map(\.feedback) == ["Planning feedback.", "Asking feedback."])
            #expect(review.summary == "Strong questioning.")
            let page = try assessor.get(world.reviewPath(submission))
            #expect(page.status == 200, "the decider can still read it")
            #expect(!page.text.contains("name=\"level_plan\""))
        }
    }

    @Test func onlyTheClaimHolderScoresAndTheFormNeedsItsToken() throws {
        try TestApp.with { app in
            let (world, submission, assessor) = try claimed(app)
            let rosa = try app.signedIn(ReviewWorld.secondAssessor)
            let token = try rosa.csrfToken(from: "/review")
            #expect(try rosa.post(world.reviewPath(submission) + "/decide", form: [("_csrf", token)] + ReviewWorld.levels("exemplary")).status == 403)
            #expect(try assessor.post(world.reviewPath(submission) + "/decide", form: ReviewWorld.levels("exemplary")).status == 403, "no CSRF token")
            #expect(try app.store.reviews.review(of: submission.id, in: world.organization.id) == nil)
        }
    }

    @Test func aDecisionRecordedOnThePageTellsTheEducator() throws {
        try TestApp.with { app in
            let (world, submission, assessor) = try claimed(app)
            #expect(try app.mails(to: ReviewWorld.educator).isEmpty)
            let decided = try assessor.submit(world.reviewPath(submission), to: world.reviewPath(submission) + "/decide",
                                              ReviewWorld.levels("approaching") + [("intent", "decide")])
            #expect(decided.status == 303)
            let mail = try #require(try app.mails(to: ReviewWorld.educator).first)
            #expect(mail.subject.contains("not yet"))
            #expect(try app.link(in: mail, to: "/earn/").hasSuffix("/feedback/" + submission.id.rawValue))
        }
    }

    @Test func anAssessorScoresTheExemplarsBeforeTheirFirstClaim() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let submission = try world.submit()
            let designer = try app.member("designer@riverbend.example").person.id
            let exemplar = Exemplar(organizationID: world.organization.id, microcredentialID: world.microcredential.id,
                                    versionID: world.version.id, submissionID: nil, snapshot: submission.snapshot,
                                    referenceScores: ["plan": "demonstrated", "ask": "approaching"], createdBy: designer, createdAt: Date())
            try app.store.calibration.add(exemplar)
            let assessor = try app.signedIn(ReviewWorld.assessor)
            let refused = try world.claim(submission, as: assessor)
            #expect(refused.header("Location") == ReviewEndpoints.calibration.path(world.microcredential.id))
            #expect(try app.store.submissions.find(submission.id, in: world.organization.id).activeClaim(at: Date()) == nil, "not claimed")

            let assessorID = try app.member(ReviewWorld.assessor).person.id
            _ = try app.store.calibration.calibrate(exemplar.id, by: assessorID, scores: ["plan": "demonstrated", "ask": "demonstrated"],
                                                in: world.organization.id, at: Date())
            #expect(try world.claim(submission, as: assessor).header("Location") == world.reviewPath(submission))
        }
    }
}
