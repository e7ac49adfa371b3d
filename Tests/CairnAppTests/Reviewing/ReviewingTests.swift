@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Claiming, releasing and deciding through `Reviewing`: who may act, the calibration gate, and a
/// decision that writes its review, award and notifications together.
@Suite struct ReviewingTests {
    static let assessor = "assessor@riverbend.example", educator = "educator@riverbend.example"

    @Test func aClaimedSubmissionIsDecidedWithItsAwardAndTheEducatorHearsIt() throws {
        try RiverbendWorld.with { world in
            let submission = try world.submission()
            let assessor = try world.member(Self.assessor)
            let claimed = try world.reviewing.claim(submission.id, by: assessor)
            #expect(claimed.activeClaim(at: Date())?.assessorID == assessor.person.id)

            let decided = try world.reviewing.decide(try world.reviewing.open(submission.id, by: assessor), RiverbendWorld.scored("demonstrated"))

            #expect(decided.review.decision == .earned)
            #expect(decided.award?.educatorID == submission.educatorID)
            let stored = try world.store.submissions.find(submission.id, in: world.riverbend.id)
            guard case .decided(.earned, let decider, _) = stored.state else { Issue.record("not decided: \(stored.state)"); return }
            #expect(decider == assessor.person.id)
            #expect(try world.store.reviews.award(for: submission.id, in: world.riverbend.id)?.id == decided.award?.id)
            let told = try world.store.notifications.recent(for: submission.educatorID, in: world.riverbend.id)
            #expect(told.map(\.subject) == ["You earned “Reflective practice”"])
            #expect(told.first?.link == "/earn/\(submission.enrollmentID.rawValue)/feedback/\(submission.id.rawValue)")
        }
    }

    @Test func claimingWaitsUntilTheAssessorHasScoredTheExemplars() throws {
        try RiverbendWorld.with { world in
            let reference = try world.submission(by: "mei.chen@riverbend.example")
            let designer = try world.member("designer@riverbend.example")
            let exemplar = Exemplar(organizationID: world.riverbend.id, microcredentialID: world.version.microcredentialID,
                                    versionID: world.version.id, submissionID: reference.id, snapshot: reference.snapshot,
                                    referenceScores: ["c1": "demonstrated"], note: "Clear and adjusted.", createdBy: designer.person.id,
                                    createdAt: Date())
            try world.store.calibration.add(exemplar)
            let submission = try world.submission()
            let assessor = try world.member(Self.assessor)

            #expect(throws: ReviewError.calibrationNeeded(world.version.microcredentialID)) {
                try world.reviewing.claim(submission.id, by: assessor)
            }
            #expect(try world.store.submissions.find(submission.id, in: world.riverbend.id).state == .awaitingReview, "nothing claimed")

            try world.store.calibration.calibrate(exemplar.id, by: assessor.person.id, scores: ["c1": "approaching"],
                                                  in: world.riverbend.id, at: Date())
            #expect(try world.reviewing.claim(submission.id, by: assessor).activeClaim(at: Date())?.assessorID == assessor.person.id)
        }
    }

    @Test func onlyAnAssignedAssessorOfTheOrganizationMayOpenASubmissionAndNeverTheirOwn() throws {
        try RiverbendWorld.with { world in
            let submission = try world.submission()
            let unassigned = try world.member("luis.ortega@riverbend.example")  // educator and assessor, not of this microcredential
            #expect(throws: ReviewError.submissionNotFound) { try world.reviewing.open(submission.id, by: unassigned) }
            #expect(throws: ReviewError.notAnAssessor) { try world.reviewing.claim(submission.id, by: try world.member("mei.chen@riverbend.example")) }

            try world.store.submissions.addAssessor(unassigned.person.id, for: world.version.microcredentialID, in: world.riverbend.id)
            let own = try world.submission(by: "luis.ortega@riverbend.example")
            #expect(throws: ReviewError.submissionNotFound) { try world.reviewing.claim(own.id, by: unassigned) }
            #expect(try world.reviewing.open(submission.id, by: unassigned).submission.id == submission.id)

            let lakeside = try world.store.organizations.find(slug: "lakeside")
            let stranger = try RiverbendWorld.member("admin@lakeside.example", in: lakeside, store: world.store)
            try world.store.members.setRoles([.admin, .designer, .assessor], of: stranger.membership.id, in: lakeside.id)
            let strangerNow = try RiverbendWorld.member("admin@lakeside.example", in: lakeside, store: world.store)
            #expect(throws: ReviewError.submissionNotFound) { try world.reviewing.open(submission.id, by: strangerNow) }
        }
    }

    @Test func aClaimIsTheAssessorsUntilReleasedAndOnlyTheHolderDecides() throws {
        try RiverbendWorld.with { world in
            let submission = try world.submission()
            let assessor = try world.member(Self.assessor), other = try world.member("luis.ortega@riverbend.example")
            try world.store.submissions.addAssessor(other.person.id, for: world.version.microcredentialID, in: world.riverbend.id)
            try world.reviewing.claim(submission.id, by: assessor)

            let taken = #expect(throws: ReviewError.self) { try world.reviewing.claim(submission.id, by: other) }
            guard case .claimedByAnother = taken else { Issue.record("claimed by another, not \(String(describing: taken))"); return }
            #expect(throws: ReviewError.notClaimedByYou) { try world.reviewing.release(submission.id, by: other) }
            #expect(throws: ReviewError.notClaimedByYou) {
                try world.reviewing.decide(try world.reviewing.open(submission.id, by: other), RiverbendWorld.scored("demonstrated"))
            }

            try world.reviewing.release(submission.id, by: assessor)
            #expect(try world.store.submissions.find(submission.id, in: world.riverbend.id).state == .awaitingReview)
            try world.reviewing.claim(submission.id, by: other)
            #expect(try world.store.reviews.review(of: submission.id, in: world.riverbend.id) == nil, "no decision was written")
            #expect(try world.store.notifications.recent(for: submission.educatorID, in: world.riverbend.id).isEmpty, "nor any notice")
        }
    }

    @Test func anOverrideNeedsItsJustificationAndARefusedDecisionWritesNothing() throws {
        try RiverbendWorld.with { world in
            let submission = try world.submission()
            let assessor = try world.member(Self.assessor)
            try world.reviewing.claim(submission.id, by: assessor)
            let subject = try world.reviewing.open(submission.id, by: assessor)

            #expect(throws: ReviewError.justificationRequired) {
                try world.reviewing.decide(subject, RiverbendWorld.scored("approaching", override: Review.Override(decision: .earned, justification: " ")))
            }
            #expect(throws: ReviewError.self) {
                try world.reviewing.decide(subject, Reviewing.DecisionInput(scores: [], summary: "", override: nil))
            }
            #expect(try world.store.reviews.review(of: submission.id, in: world.riverbend.id) == nil)
            #expect(try world.store.notifications.recent(for: submission.educatorID, in: world.riverbend.id).isEmpty)

            let decided = try world.reviewing.decide(subject, RiverbendWorld.scored("approaching", override: Review.Override(
                decision: .earned, justification: "The reflection shows the adjustment the rubric misses.")))
            #expect(decided.review.decision == .earned && decided.award != nil)
        }
    }

    @Test func theEducatorAndTheirCoachesHearOnceWhenNotYetReachesTheLimit() throws {
        try RiverbendWorld.with { world in
            try world.store.reviewPolicies.setPolicy(ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 2)), in: world.riverbend.id)
            let assessor = try world.member(Self.assessor)
            var subjects: [[String]] = []
            for _ in 1...3 {
                let submission = try world.submission()
                try world.reviewing.claim(submission.id, by: assessor)
                let decided = try world.reviewing.decide(try world.reviewing.open(submission.id, by: assessor), RiverbendWorld.scored("approaching"))
                #expect(decided.review.decision == .notYet && decided.award == nil)
                subjects.append(try world.store.notifications.recent(for: submission.educatorID, in: world.riverbend.id).map(\.subject))
            }
            #expect(subjects[0] == ["Feedback on “Reflective practice”: not yet"])
            #expect(subjects[1].count == 3 && subjects[1].contains("A coach can help with “Reflective practice”"))
            #expect(subjects[2].count == 4, "a third not yet does not call the coach again")
            for coach in ["designer@riverbend.example", "coach@riverbend.example"] {
                let told = try world.store.notifications.recent(for: try world.member(coach).person.id, in: world.riverbend.id)
                #expect(told.map(\.subject) == ["Jordan Ellis could use your help with “Reflective practice”"])
                #expect(told.first?.link == "/#coach-cohort")
            }
        }
    }
}
