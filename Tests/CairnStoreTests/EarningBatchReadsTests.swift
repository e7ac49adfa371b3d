import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// The batched reads of the dashboard and the educator's pages: several enrollments' drafts, several
/// versions, and exemplars and calibration over several microcredentials, each in one query, within
/// one organization.
@Suite struct EarningBatchReadsTests {
    @Test(arguments: TestDatabase.available)
    func draftsAndVersionsOfSeveralEnrollmentsComeByTheirID(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            let eves = Enrollment(organizationID: world.org, educatorID: world.eve.id, microcredentialID: world.microcredential.id,
                                  versionID: world.version.id, startedAt: .fixture)
            try store.enrollments.enroll(eves)
            try world.fillWorkspace(store)

            let workspaces = try store.enrollments.workspaces(of: [world.enrollment.id, eves.id], in: world.org)
            #expect(workspaces[world.enrollment.id] == (try store.enrollments.workspace(of: world.enrollment.id, in: world.org)))
            #expect(workspaces[world.enrollment.id]?.entries.map(\.requirementID) == ["r1", "r2"])
            #expect(workspaces[eves.id]?.entries.isEmpty == true, "no drafts yet")
            #expect(try store.enrollments.workspaces(of: [world.enrollment.id], in: world.fixture.lakeside.id)[world.enrollment.id]?
                .entries.isEmpty != false, "another organization's drafts stay out")
            #expect(try store.enrollments.workspaces(of: [], in: world.org).isEmpty)

            #expect(try store.microcredentials.versions([world.version.id, world.version.id], in: world.org) == [world.version.id: world.version])
            #expect(try store.microcredentials.versions([world.version.id], in: world.fixture.lakeside.id).isEmpty)
            #expect(try store.microcredentials.versions([], in: world.org).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.available)
    func exemplarCountsAndCalibrationAgreeWithTheOneMicrocredentialReads(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try EarningWorld(store: store)
            try world.fillWorkspace(store)
            let submission = try store.submissions.submit(world.enrollment.id, in: world.org, at: .fixture)
            try store.submissions.claim(submission.id, by: world.cleo.id, in: world.org, at: .fixture)
            try store.reviews.decide(submission.id, by: world.cleo.id, scores: world.scores("demonstrated"), in: world.org, at: .fixture.plus(minutes: 1))
            let decided = try store.submissions.find(submission.id, in: world.org)
            let exemplar = Exemplar(organizationID: world.org, microcredentialID: world.microcredential.id, versionID: world.version.id,
                                    submissionID: decided.id, snapshot: decided.snapshot, referenceScores: ["c1": "demonstrated"],
                                    note: "Clear.", createdBy: world.ana, createdAt: .fixture)
            try store.calibration.add(exemplar)
            let none = Microcredential.ID(rawValue: "without-exemplars")
            let ids = [world.microcredential.id, none]

            #expect(try store.calibration.exemplarCounts(of: ids, in: world.org) == [world.microcredential.id: 1])
            #expect(try store.calibration.exemplarCounts(of: ids, in: world.fixture.lakeside.id).isEmpty)
            #expect(try store.calibration.uncalibrated(world.dev.id, of: ids, in: world.org) == [world.microcredential.id])
            #expect(try !store.calibration.hasCalibrated(world.dev.id, for: world.microcredential.id, in: world.org))
            try store.calibration.calibrate(exemplar.id, by: world.dev.id, scores: ["c1": "demonstrated"], in: world.org, at: .fixture)
            #expect(try store.calibration.uncalibrated(world.dev.id, of: ids, in: world.org).isEmpty)
            #expect(try store.calibration.uncalibrated(world.cleo.id, of: ids, in: world.org) == [world.microcredential.id])
            #expect(try store.calibration.uncalibrated(world.cleo.id, of: [], in: world.org).isEmpty)
        }
    }
}
