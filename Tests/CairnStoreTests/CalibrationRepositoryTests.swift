import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// Exemplars with notes, what an assessor calibrated on, the second scoring queue, resolutions of
/// disagreements and the review settings saved together; on both engines.
@Suite struct CalibrationRepositoryTests {
    /// Ana's submission decided by Cleo at `levels`; returns it.
    func decided(_ world: EarningWorld, _ store: Store, level: String = "demonstrated") throws -> Submission {
        try world.fillWorkspace(store)
        let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
        try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture)
        try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores(level), in: world.org, at: .fixture.plus(minutes: 1))
        return try store.submissions.find(submission.id, in: world.org)
    }

    func exemplar(_ world: EarningWorld, _ submission: Submission, note: String = "Clear objectives, few open questions.") -> Exemplar {
        Exemplar(organizationID: world.org, microcredentialID: world.microcredential.id, versionID: world.version.id,
                 submissionID: submission.id, snapshot: submission.snapshot, referenceScores: ["c1": "demonstrated"], note: note,
                 createdBy: world.ana, createdAt: .fixture)
    }

    @Test(arguments: TestDatabase.available)
    func exemplarsKeepTheirNoteAndCanBeRemovedOnlyInTheirOrganization(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let submission = try decided(world, store)
            #expect(try store.calibration.exemplarCandidates(of: world.microcredential.id, in: world.org).map(\.id) == [submission.id])
            #expect(try store.calibration.exemplarCandidates(of: world.microcredential.id, in: world.fixture.lakeside.id).isEmpty)
            let exemplar = exemplar(world, submission)
            #expect(try store.calibration.add(exemplar))
            #expect(try !store.calibration.add(Exemplar(organizationID: exemplar.organizationID, microcredentialID: exemplar.microcredentialID,
                                                        versionID: exemplar.versionID, submissionID: exemplar.submissionID,
                                                        snapshot: exemplar.snapshot, referenceScores: exemplar.referenceScores,
                                                        createdBy: exemplar.createdBy, createdAt: exemplar.createdAt)),
                    "a submission is an exemplar once")
            #expect(try store.calibration.fetchExemplar(exemplar.id, of: world.microcredential.id, in: world.org)?.note
                    == "Clear objectives, few open questions.")
            #expect(try store.calibration.fetchExemplar(exemplar.id, of: world.microcredential.id, in: world.fixture.lakeside.id) == nil)
            try store.calibration.calibrate(exemplar.id, by: world.dev.id, scores: ["c1": "approaching"], in: world.org, at: .fixture)
            #expect(try store.calibration.calibratedExemplarIDs(by: world.dev.id, of: world.microcredential.id, in: world.org) == [exemplar.id])
            #expect(try store.calibration.calibratedExemplarIDs(by: world.cleo.id, of: world.microcredential.id, in: world.org).isEmpty)
            #expect(throws: DatabaseError.self) {
                try store.calibration.removeExemplar(exemplar.id, of: world.microcredential.id, in: world.fixture.lakeside.id)
            }
            try store.calibration.removeExemplar(exemplar.id, of: world.microcredential.id, in: world.org)
            #expect(try store.calibration.exemplars(of: world.microcredential.id, in: world.org).isEmpty)
            #expect(try store.calibration.hasCalibrated(world.cleo.id, for: world.microcredential.id, in: world.org))
        }
    }

    @Test(arguments: TestDatabase.available)
    func theSecondScoringQueueHoldsPickedSubmissionsForOtherAssessorsOfTheMicrocredential(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let submission = try decided(world, store)
            let everyOne = SecondScoring(share: 1)
            #expect(try store.calibration.secondScoringQueue(for: world.dev.id, scoring: everyOne, in: world.org).map(\.id) == [submission.id])
            #expect(try store.calibration.secondScoringQueue(for: world.cleo.id, scoring: everyOne, in: world.org).isEmpty, "Cleo decided it")
            #expect(try store.calibration.secondScoringQueue(for: world.eve.id, scoring: everyOne, in: world.org).isEmpty, "Eve assesses nothing")
            #expect(try store.calibration.secondScoringQueue(for: world.dev.id, scoring: SecondScoring(share: 0), in: world.org).isEmpty)
            #expect(try store.calibration.secondScoringQueue(for: world.dev.id, scoring: everyOne, in: world.fixture.lakeside.id).isEmpty)
            try store.calibration.recordSecondScore(.init(submissionID: submission.id, assessorID: world.dev.id, scores: ["c1": "exemplary"],
                                                          scoredAt: .fixture), in: world.org)
            #expect(try store.calibration.secondScoringQueue(for: world.dev.id, scoring: everyOne, in: world.org).isEmpty, "scored twice already")
            #expect(throws: ReviewError.notOpenForSecondScoring, "one second score only: a form left open elsewhere is refused") {
                try store.calibration.recordSecondScore(.init(submissionID: submission.id, assessorID: world.eve.id, scores: ["c1": "approaching"],
                                                              scoredAt: .fixture), in: world.org)
            }
            #expect(try store.calibration.secondScores(of: submission.id, in: world.org).map(\.assessorID) == [world.dev.id])
            #expect(try store.calibration.secondScores(of: submission.id, in: world.fixture.lakeside.id).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theSecondScoreStampChangesWithTheOrganizationsSecondScoresOnly(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let submission = try decided(world, store)
            let before = try store.calibration.secondScoreStamp(in: world.org)
            let elsewhere = try store.calibration.secondScoreStamp(in: world.fixture.lakeside.id)
            try store.calibration.recordSecondScore(.init(submissionID: submission.id, assessorID: world.dev.id, scores: ["c1": "exemplary"],
                                                          scoredAt: .fixture.plus(minutes: 5)), in: world.org)
            let after = try store.calibration.secondScoreStamp(in: world.org)
            #expect(after != before)
            #expect(after.hasPrefix("1-"), "one second score counted for its own organization")
            #expect(try store.calibration.secondScoreStamp(in: world.fixture.lakeside.id) == elsewhere, "another organization's stamp holds")
            #expect(try store.database.read { try $0.queryOne("SELECT organization_id FROM second_scores")?["organization_id"] }
                    == .text(world.org.rawValue), "the score carries its submission's organization")
        }
    }

    @Test(arguments: TestDatabase.available)
    func aDisagreementIsResolvedOnceAndResolvingAgainReplacesIt(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let submission = try decided(world, store)
            try store.calibration.recordSecondScore(.init(submissionID: submission.id, assessorID: world.dev.id, scores: ["c1": "exemplary"],
                                                          scoredAt: .fixture), in: world.org)
            let doubles = try store.calibration.doubleScores(of: world.microcredential.id, in: world.org)
            #expect(doubles.count == 1)
            #expect(doubles.first?.disagreements == ["c1"])
            #expect(doubles.first?.review.assessorID == world.cleo.id)
            #expect(doubles.first?.resolution == nil)
            let resolution = try ScoreResolution.make(submissionID: submission.id, secondAssessorID: world.dev.id, levels: ["c1": "exemplary"],
                                                      note: "The questions push thinking.", rubric: world.version.design.rubric,
                                                      by: world.ana, at: .fixture)
            #expect(throws: DatabaseError.self) { try store.calibration.resolve(resolution, in: world.fixture.lakeside.id) }
            try store.calibration.resolve(resolution, in: world.org)
            let changed = ScoreResolution(submissionID: submission.id, secondAssessorID: world.dev.id, levels: ["c1": "demonstrated"],
                                          note: "On second look.", resolvedBy: world.ana, resolvedAt: .fixture.plus(minutes: 3))
            try store.calibration.resolve(changed, in: world.org)
            #expect(try store.calibration.doubleScores(of: world.microcredential.id, in: world.org).first?.resolution == changed)
            #expect(try store.calibration.doubleScores(of: world.microcredential.id, in: world.fixture.lakeside.id).isEmpty)
            #expect(throws: DatabaseError.self) {
                try store.calibration.resolve(ScoreResolution(submissionID: submission.id, secondAssessorID: world.eve.id, levels: [:], note: "",
                                                              resolvedBy: world.ana, resolvedAt: .fixture), in: world.org)
            }
            #expect(throws: ReviewError.rubricIncomplete(missing: ["c1"])) {
                try ScoreResolution.make(submissionID: submission.id, secondAssessorID: world.dev.id, levels: [:], note: "",
                                         rubric: world.version.design.rubric, by: world.ana, at: .fixture)
            }
            let byMicrocredential = try store.calibration.agreementPairsByMicrocredential(in: world.org)
            #expect(byMicrocredential.map(\.0) == [world.microcredential.id])
            #expect(byMicrocredential.first?.1 == [.init(criterionID: "c1", assessorID: world.dev.id, first: "demonstrated", second: "exemplary",
                                                         firstAssessorID: world.cleo.id)])
        }
    }

    @Test(arguments: TestDatabase.available)
    func reviewSettingsAreSavedTogetherOrNotAtAll(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let policy = ReviewPolicy(attempts: AttemptPolicy(notYetBeforeCoach: 5), claimDuration: 7200, secondScoring: SecondScoring(share: 0.1))
            let lakesideMicrocredential = Microcredential(organizationID: world.fixture.lakeside.id, slug: "theirs", createdAt: .fixture,
                                                          createdBy: world.fixture.ben.id)
            try store.microcredentials.create(lakesideMicrocredential, design: .sample("Theirs"))
            #expect(throws: DatabaseError.self) {
                try store.reviewPolicies.saveReviewSettings(policy, hidingEducatorNames: [world.microcredential.id: true, lakesideMicrocredential.id: true],
                                                         in: world.org)
            }
            #expect(try store.reviewPolicies.policy(in: world.org) == .standard)
            #expect(try store.reviewPolicies.microcredentialsHidingEducatorNames(in: world.org).isEmpty)
            try store.reviewPolicies.saveReviewSettings(policy, hidingEducatorNames: [world.microcredential.id: true], in: world.org)
            #expect(try store.reviewPolicies.policy(in: world.org) == policy)
            #expect(try store.reviewPolicies.microcredentialsHidingEducatorNames(in: world.org) == [world.microcredential.id])
            #expect(try store.reviewPolicies.microcredentialsHidingEducatorNames(in: world.fixture.lakeside.id).isEmpty)
            try store.reviewPolicies.saveReviewSettings(policy, hidingEducatorNames: [world.microcredential.id: false], in: world.org)
            #expect(try store.reviewPolicies.microcredentialsHidingEducatorNames(in: world.org).isEmpty)
        }
    }
}
