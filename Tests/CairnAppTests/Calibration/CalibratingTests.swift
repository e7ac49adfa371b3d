@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// An assessor scoring a microcredential's exemplars through `Calibrating`: who may, what a score
/// records, and the page in a fixed number of queries whatever the number of exemplars.
@Suite struct CalibratingTests {
    static let assessor = "assessor@riverbend.example"

    var calibrating: (RiverbendWorld) -> Calibrating { { Calibrating(installation: $0.installation) } }

    /// An exemplar made from a new attempt of `educator`, with `demonstrated` as its reference.
    @discardableResult
    static func exemplar(in world: RiverbendWorld, from educator: String) throws -> Exemplar {
        let submission = try world.submission(by: educator)
        let exemplar = Exemplar(organizationID: world.riverbend.id, microcredentialID: world.version.microcredentialID,
                                versionID: world.version.id, submissionID: submission.id, snapshot: submission.snapshot,
                                referenceScores: ["c1": "demonstrated"], note: "Clear and adjusted.",
                                createdBy: try world.member("designer@riverbend.example").person.id, createdAt: Date())
        try world.store.calibration.add(exemplar)
        return exemplar
    }

    @Test func anAssessorScoresTheExemplarsAndLearnsWhereTheyDiffered() throws {
        try RiverbendWorld.with { world in
            let exemplar = try Self.exemplar(in: world, from: "mei.chen@riverbend.example")
            let assessor = try world.member(Self.assessor), calibrating = calibrating(world)
            let page = try calibrating.page(world.version.microcredentialID, by: assessor)
            #expect(page.items.map(\.exemplar.id) == [exemplar.id])
            #expect(page.items.first?.enrollmentID != nil)
            #expect(page.title == "Reflective practice")
            #expect(page.nextUnscored?.exemplar.id == exemplar.id)

            let result = try calibrating.score(exemplar.id, of: world.version.microcredentialID, levels: ["c1": "approaching"], by: assessor)

            #expect(result.differences.map(\.criterionID) == ["c1"])
            #expect(try calibrating.page(world.version.microcredentialID, by: assessor).scored == [exemplar.id])
            #expect(try world.store.calibration.hasCalibrated(assessor.person.id, for: world.version.microcredentialID, in: world.riverbend.id))
        }
    }

    @Test func onlyAnAssessorOfTheMicrocredentialCalibratesAndOnlyOnItsExemplars() throws {
        try RiverbendWorld.with { world in
            let exemplar = try Self.exemplar(in: world, from: "mei.chen@riverbend.example")
            let calibrating = calibrating(world), id = world.version.microcredentialID
            let unassigned = try world.member("luis.ortega@riverbend.example")
            #expect(throws: CalibrationError.notAnAssessorOfIt) { try calibrating.page(id, by: unassigned) }
            #expect(throws: CalibrationError.notAnAssessorOfIt) {
                try calibrating.score(exemplar.id, of: id, levels: ["c1": "demonstrated"], by: unassigned)
            }
            let assessor = try world.member(Self.assessor)
            #expect(throws: CalibrationError.microcredentialNotFound) { try calibrating.page(Microcredential.ID(rawValue: "nowhere"), by: assessor) }
            #expect(throws: CalibrationError.exemplarNotFound) {
                try calibrating.score(Exemplar.ID(rawValue: "nowhere"), of: id, levels: ["c1": "demonstrated"], by: assessor)
            }
            #expect(try world.rows(in: "calibration_attempts") == 0)
        }
    }

    @Test func theCalibrationPageLoadsInTheSameQueriesWhateverTheNumberOfExemplars() throws {
        try RiverbendWorld.with { world in
            let assessor = try world.member(Self.assessor), calibrating = calibrating(world), id = world.version.microcredentialID
            try Self.exemplar(in: world, from: "mei.chen@riverbend.example")
            _ = try calibrating.page(id, by: assessor)  // opens the reading connection
            let few = try world.statementsRun { _ = try calibrating.page(id, by: assessor) }
            try Self.exemplar(in: world, from: "educator@riverbend.example")
            try Self.exemplar(in: world, from: "luis.ortega@riverbend.example")
            let many = try world.statementsRun { () throws in #expect(try calibrating.page(id, by: assessor).items.count == 3) }
            #expect(few == many)
            #expect(many <= 18)
        }
    }
}
