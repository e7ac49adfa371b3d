@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Designers resolving disagreements between a review and a blind second score through `Disagreements`.
@Suite struct DisagreementsTests {
    static let designer = "designer@riverbend.example", second = "luis.ortega@riverbend.example"

    /// A decided submission of `educator` scored again by Luis at `level`.
    @discardableResult
    static func doubleScored(_ world: RiverbendWorld, by educator: String, review: String, second level: String) throws -> Submission {
        let scores = try SecondScoresTests.scoringEverything(world)
        let submission = try world.submission(by: educator)
        try world.decide(submission, at: review)
        try scores.record(["c1": level], on: try scores.assignment(submission.id, for: try world.member(second)))
        return submission
    }

    @Test func aDesignerResolvesADisagreementWithFinalLevelsAndANote() throws {
        try RiverbendWorld.with { world in
            let disagreements = Disagreements(installation: world.installation), id = world.version.microcredentialID
            let differing = try Self.doubleScored(world, by: "educator@riverbend.example", review: "demonstrated", second: "approaching")
            try Self.doubleScored(world, by: "mei.chen@riverbend.example", review: "demonstrated", second: "demonstrated")
            let designer = try world.member(Self.designer), secondID = try world.member(Self.second).person.id

            let page = try disagreements.page(of: id, by: designer)
            #expect(page.disagreements.map(\.submission.id) == [differing.id], "agreeing scores are no disagreement")
            #expect(page.names[secondID] == (try world.member(Self.second)).person.displayName)

            let disagreement = try disagreements.disagreement(differing.id, secondAssessor: secondID, of: id, by: designer)
            #expect(disagreement.prefilledLevels.isEmpty, "the one criterion differs")
            try disagreements.resolve(disagreement, levels: ["c1": "demonstrated"], note: "The reflection adjusts the lesson.")

            let resolved = try disagreements.disagreement(differing.id, secondAssessor: secondID, of: id, by: designer)
            #expect(resolved.double.resolution?.note == "The reflection adjusts the lesson.")
            #expect(resolved.prefilledLevels == ["c1": "demonstrated"])
        }
    }

    @Test func anIncompleteResolutionWritesNothingAndOnlyDesignersResolve() throws {
        try RiverbendWorld.with { world in
            let disagreements = Disagreements(installation: world.installation), id = world.version.microcredentialID
            let differing = try Self.doubleScored(world, by: "educator@riverbend.example", review: "demonstrated", second: "approaching")
            let secondID = try world.member(Self.second).person.id
            let disagreement = try disagreements.disagreement(differing.id, secondAssessor: secondID, of: id, by: try world.member(Self.designer))

            #expect(throws: ReviewError.rubricIncomplete(missing: ["c1"])) { try disagreements.resolve(disagreement, levels: [:], note: "Why.") }
            #expect(try world.rows(in: "score_resolutions") == 0)
            #expect(throws: CalibrationError.notADesigner) { try disagreements.page(of: id, by: try world.member("assessor@riverbend.example")) }
            #expect(throws: CalibrationError.disagreementNotFound) {
                try disagreements.disagreement(differing.id, secondAssessor: try world.member("assessor@riverbend.example").person.id, of: id,
                                               by: try world.member(Self.designer))
            }
        }
    }

    @Test func theDisagreementsPageLoadsInTheSameQueriesWhateverTheirNumber() throws {
        try RiverbendWorld.with { world in
            let disagreements = Disagreements(installation: world.installation), id = world.version.microcredentialID
            let designer = try world.member(Self.designer)
            try Self.doubleScored(world, by: "educator@riverbend.example", review: "demonstrated", second: "approaching")
            _ = try disagreements.page(of: id, by: designer)  // opens the reading connection
            let few = try world.statementsRun { _ = try disagreements.page(of: id, by: designer) }
            try Self.doubleScored(world, by: "mei.chen@riverbend.example", review: "approaching", second: "exemplary")
            let many = try world.statementsRun { () throws in #expect(try disagreements.page(of: id, by: designer).disagreements.count == 2) }
            #expect(few == many)
            #expect(many <= 18)
        }
    }
}
