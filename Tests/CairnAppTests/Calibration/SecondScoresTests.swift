@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Blind second scores through `SecondScores`: what waits for whom, who may score, and the list in
/// a fixed number of queries.
@Suite struct SecondScoresTests {
    static let assessor = "assessor@riverbend.example", second = "luis.ortega@riverbend.example"

    /// Every decided submission is scored twice; Luis assesses the microcredential too.
    static func scoringEverything(_ world: RiverbendWorld) throws -> SecondScores {
        try world.store.reviewPolicies.setPolicy(ReviewPolicy(secondScoring: SecondScoring(share: 1)), in: world.riverbend.id)
        try world.store.submissions.addAssessor(try world.member(second).person.id, for: world.version.microcredentialID, in: world.riverbend.id)
        return SecondScores(installation: world.installation)
    }

    @Test func anotherAssessorScoresADecidedSubmissionOnceAndBlind() throws {
        try RiverbendWorld.with { world in
            let scores = try Self.scoringEverything(world)
            let submission = try world.submission()
            try world.decide(submission, at: "demonstrated")
            let second = try world.member(Self.second)

            #expect(try scores.listPage(for: second).map(\.submission.id) == [submission.id])
            #expect(try scores.listPage(for: second).map(\.title) == ["Reflective practice"])
            #expect(try scores.listPage(for: try world.member(Self.assessor)).isEmpty, "not the first assessor's")

            let assignment = try scores.assignment(submission.id, for: second)
            #expect(assignment.version.id == world.version.id)
            try scores.record(["c1": "approaching"], on: assignment)

            #expect(try scores.listPage(for: second).isEmpty)
            #expect(try world.store.calibration.secondScores(of: submission.id, in: world.riverbend.id).map(\.scores) == [["c1": "approaching"]])
            #expect(throws: ReviewError.notOpenForSecondScoring) { try scores.record(["c1": "demonstrated"], on: assignment) }
        }
    }

    @Test func theFirstAssessorAndOthersMayNotScoreItAgain() throws {
        try RiverbendWorld.with { world in
            let scores = try Self.scoringEverything(world)
            let submission = try world.submission()
            #expect(throws: CalibrationError.notYoursToScoreAgain) { try scores.assignment(submission.id, for: try world.member(Self.second)) }
            try world.decide(submission, at: "demonstrated")

            #expect(throws: CalibrationError.notYoursToScoreAgain) { try scores.assignment(submission.id, for: try world.member(Self.assessor)) }
            #expect(throws: CalibrationError.submissionNotFound) { try scores.assignment(Submission.ID(rawValue: "nowhere"), for: try world.member(Self.second)) }
            #expect(throws: ReviewError.notAnAssessor) { try scores.listPage(for: try world.member("mei.chen@riverbend.example")) }
            #expect(try world.rows(in: "second_scores") == 0)
        }
    }

    @Test func theListLoadsInTheSameQueriesWhateverItsLength() throws {
        try RiverbendWorld.with { world in
            let scores = try Self.scoringEverything(world)
            let second = try world.member(Self.second)
            try world.decide(try world.submission(), at: "approaching")
            _ = try scores.listPage(for: second)  // opens the reading connection
            let few = try world.statementsRun { _ = try scores.listPage(for: second) }
            try world.decide(try world.submission(by: "mei.chen@riverbend.example"), at: "approaching")
            try world.decide(try world.submission(by: "educator@riverbend.example"), at: "demonstrated")
            let many = try world.statementsRun { () throws in #expect(try scores.listPage(for: second).count == 3) }
            #expect(few == many)
            #expect(many <= 14)
        }
    }
}
