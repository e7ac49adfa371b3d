import Foundation
import Testing
@testable import CairnCore

@Suite struct SubmissionTests {
    @Test func submittingFreezesASnapshotThatLaterEditsDoNotChange() throws {
        var workspace = Earning.completeWorkspace
        let submission = try Submission.submit(Earning.enrollment, workspace: workspace, design: Earning.design, previous: [], at: Earning.now)
        workspace.save(try EvidenceItem(requirementID: "r-reflection", text: "Rewritten " + Earning.words(60)))
        #expect(submission.snapshot.item(for: "r-reflection")?.text == Earning.words(80))
        #expect(submission.snapshot.items.map(\.requirementID) == ["r-plan", "r-video", "r-reflection"])
        #expect(submission.snapshot.blobHashes == ["aa", "bb", "cc", "dd"])
        #expect(submission.attempt == 1)
        #expect(submission.versionID == .init(rawValue: "v1"))
    }

    @Test func anIncompleteWorkspaceIsNotSubmitted() {
        #expect(throws: EnrollmentError.incomplete(CompletenessCheck.check(workspace: Workspace(), design: Earning.design))) {
            try Submission.submit(Earning.enrollment, workspace: Workspace(), design: Earning.design, previous: [], at: Earning.now)
        }
    }

    @Test func aResubmissionAfterNotYetIsTheNextAttempt() throws {
        let first = Earning.submission(attempt: 1, state: .decided(.notYet, by: Earning.ben, at: Earning.now))
        let second = try Submission.submit(Earning.enrollment, workspace: Earning.completeWorkspace, design: Earning.design,
                                           previous: [first], at: Earning.now)
        #expect(second.attempt == 2)
    }

    @Test(arguments: [(Submission.State.awaitingReview, EnrollmentStatus.submitted),
                      (.claimed(Claim(assessorID: Earning.ben, claimedAt: Earning.now)), .underReview),
                      (.decided(.earned, by: Earning.ben, at: Earning.now), .earned)])
    func cannotSubmitWhileWaitingOrOnceEarned(_ state: Submission.State, _ status: EnrollmentStatus) {
        #expect(throws: EnrollmentError.cannotSubmit(status)) {
            try Submission.submit(Earning.enrollment, workspace: Earning.completeWorkspace, design: Earning.design,
                                  previous: [Earning.submission(state: state)], at: Earning.now)
        }
    }

    @Test func aClaimLastsFortyEightHoursByDefault() throws {
        var submission = Earning.submission()
        try submission.claim(by: Earning.ben, at: Earning.now)
        #expect(submission.activeClaim(at: Earning.now.addingTimeInterval(48 * 3600 - 1))?.assessorID == Earning.ben)
        #expect(submission.activeClaim(at: Earning.now.addingTimeInterval(48 * 3600)) == nil)
        #expect(!submission.isClaimable(at: Earning.now.addingTimeInterval(3600)))
        #expect(submission.isClaimable(at: Earning.now.addingTimeInterval(48 * 3600)))
    }

    @Test func anotherAssessorCannotTakeARunningClaimButCanTakeAnExpiredOne() throws {
        var submission = Earning.submission()
        try submission.claim(by: Earning.ben, at: Earning.now, for: 3600)
        #expect(throws: ReviewError.claimedByAnother(until: Earning.now.addingTimeInterval(3600))) {
            try submission.claim(by: Earning.cleo, at: Earning.now.addingTimeInterval(60))
        }
        try submission.claim(by: Earning.cleo, at: Earning.now.addingTimeInterval(3600))
        #expect(submission.activeClaim(at: Earning.now.addingTimeInterval(3601))?.assessorID == Earning.cleo)
    }

    @Test func theEducatorCannotClaimTheirOwnSubmission() {
        var submission = Earning.submission()
        #expect(throws: ReviewError.assessorIsAuthor) { try submission.claim(by: Earning.ana, at: Earning.now) }
    }

    @Test func aDecidedSubmissionCannotBeClaimed() {
        var submission = Earning.submission(state: .decided(.earned, by: Earning.ben, at: Earning.now))
        #expect(throws: ReviewError.alreadyDecided(.init(rawValue: "s1"))) { try submission.claim(by: Earning.cleo, at: Earning.now) }
    }

    @Test func releasingReturnsItToTheQueue() throws {
        var submission = Earning.claimed()
        #expect(throws: ReviewError.notClaimedByYou) { try submission.release(by: Earning.cleo, at: Earning.now) }
        try submission.release(by: Earning.ben, at: Earning.now)
        #expect(submission.state == .awaitingReview)
    }

    @Test func theQueueHidesTheEducatorsNameWhenTheMicrocredentialAsks() {
        let submission = Earning.submission()
        let later = Earning.now.addingTimeInterval(7200)
        func entry(hiding: Bool) -> QueueEntry {
            QueueEntry.of(submission.id, microcredentialID: submission.microcredentialID, title: "Formative assessment",
                          attempt: submission.attempt, educatorName: "Ana Lopez", hideEducatorName: hiding,
                          submittedAt: submission.submittedAt, state: submission.state, at: later)
        }
        #expect(entry(hiding: false).displayName == "Ana Lopez")
        #expect(entry(hiding: false).title == "Formative assessment")
        let hidden = entry(hiding: true)
        #expect(hidden.educatorName == nil)
        #expect(hidden.displayName == "Educator (hidden)")
        #expect(hidden.age == 7200)
    }

    @Test func aQueueEntryCarriesOnlyARunningClaim() {
        let claimed = Earning.claimed()
        guard case .claimed(let claim) = claimed.state else { Issue.record("not claimed"); return }
        func entry(at date: Date) -> QueueEntry {
            QueueEntry.of(claimed.id, microcredentialID: claimed.microcredentialID, title: "", attempt: 1, educatorName: "Ana Lopez",
                          hideEducatorName: false, submittedAt: claimed.submittedAt, state: claimed.state, at: date)
        }
        #expect(entry(at: claim.claimedAt).claim == claim)
        #expect(entry(at: claim.expiresAt.addingTimeInterval(1)).claim == nil)
    }
}
