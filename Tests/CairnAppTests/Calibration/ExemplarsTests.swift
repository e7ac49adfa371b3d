@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Designers choosing, annotating and removing exemplars through `Exemplars`.
@Suite struct ExemplarsTests {
    static let designer = "designer@riverbend.example"

    @Test func aDesignerChoosesADecidedSubmissionWithReferenceLevelsAndRemovesIt() throws {
        try RiverbendWorld.with { world in
            let exemplars = Exemplars(installation: world.installation), id = world.version.microcredentialID
            let submission = try world.submission()
            try world.decide(submission, at: "approaching")
            let designer = try world.member(Self.designer)

            let candidate = try exemplars.candidate(submission.id, of: id, by: designer)
            #expect(candidate.reviewLevels == ["c1": "approaching"])
            #expect(try exemplars.choose(candidate, referenceLevels: ["c1": "demonstrated"], note: "Closer to demonstrated."))
            #expect(try exemplars.choose(candidate, referenceLevels: ["c1": "demonstrated"], note: "Again.") == false, "already an exemplar")

            let page = try exemplars.page(of: id, by: designer)
            #expect(page.exemplars.map(\.referenceScores) == [["c1": "demonstrated"]])
            #expect(page.exemplars.map(\.note) == ["Closer to demonstrated."])
            #expect(page.candidates.map(\.isExemplar) == [true])

            try exemplars.remove(try #require(page.exemplars.first).id, of: id, by: designer)
            #expect(try exemplars.page(of: id, by: designer).exemplars.isEmpty)
        }
    }

    @Test func onlyDesignersLookAfterExemplarsAndOnlyOfDecidedSubmissions() throws {
        try RiverbendWorld.with { world in
            let exemplars = Exemplars(installation: world.installation), id = world.version.microcredentialID
            let waiting = try world.submission()
            let assessor = try world.member("assessor@riverbend.example"), designer = try world.member(Self.designer)
            #expect(throws: CalibrationError.notADesigner) { try exemplars.page(of: id, by: assessor) }
            #expect(throws: CalibrationError.notADesigner) { try exemplars.candidate(waiting.id, of: id, by: assessor) }
            #expect(throws: CalibrationError.submissionNotFound) { try exemplars.candidate(waiting.id, of: id, by: designer) }
            #expect(throws: CalibrationError.microcredentialNotFound) { try exemplars.page(of: Microcredential.ID(rawValue: "nowhere"), by: designer) }
            #expect(try world.rows(in: "exemplars") == 0)
        }
    }

    @Test func theExemplarsPageLoadsInTheSameQueriesWhateverTheNumberOfSubmissions() throws {
        try RiverbendWorld.with { world in
            let exemplars = Exemplars(installation: world.installation), id = world.version.microcredentialID
            let designer = try world.member(Self.designer)
            let first = try world.submission()
            try world.decide(first, at: "demonstrated")
            try exemplars.choose(try exemplars.candidate(first.id, of: id, by: designer), referenceLevels: ["c1": "demonstrated"], note: "")
            try calibrated(world)
            _ = try exemplars.page(of: id, by: designer)  // opens the reading connection
            let few = try world.statementsRun { _ = try exemplars.page(of: id, by: designer) }
            for educator in ["mei.chen@riverbend.example", "luis.ortega@riverbend.example"] {
                let submission = try world.submission(by: educator)
                try world.decide(submission, at: "approaching")
                try exemplars.choose(try exemplars.candidate(submission.id, of: id, by: designer), referenceLevels: ["c1": "approaching"], note: "")
                try calibrated(world)
            }
            let many = try world.statementsRun { () throws in #expect(try exemplars.page(of: id, by: designer).exemplars.count == 3) }
            #expect(few == many)
            #expect(many <= 14)
        }
    }

    /// The assessor scores every exemplar, so that they may claim again.
    func calibrated(_ world: RiverbendWorld) throws {
        let assessor = try world.member("assessor@riverbend.example"), id = world.version.microcredentialID
        let calibrating = Calibrating(installation: world.installation)
        for item in try calibrating.page(id, by: assessor).items {
            try calibrating.score(item.exemplar.id, of: id, levels: ["c1": "demonstrated"], by: assessor)
        }
    }
}
