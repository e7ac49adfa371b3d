import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Pilot educators start the pilot version as a pilot enrollment; scored pilot submissions feed the pilot report.
@Suite struct PilotEarningTests {
    static let educator = "educator@riverbend.example"

    /// The calibration design in pilot, with Jordan as pilot educator and Samuel as pilot assessor.
    func pilot(_ app: TestApp) throws -> MicrocredentialVersion {
        let version = try app.calibrationMicrocredential(state: .pilot)
        let organization = try app.organization("riverbend").id
        for (email, role) in [(Self.educator, PilotParticipant.Role.educator), ("assessor@riverbend.example", .assessor)] {
            try app.store.pilots.addParticipant(PilotParticipant(versionID: version.id, personID: try app.member(email).person.id,
                                                                 role: role, joinedAt: Date()), in: organization)
        }
        return version
    }

    @Test func aPilotEducatorStartsThePilotVersionFromTheFeedbackPage() throws {
        try TestApp.with { app in
            let version = try pilot(app)
            let client = try app.signedIn(Self.educator)
            let feedback = try client.get("/pilot/\(version.id.rawValue)/feedback")
            #expect(feedback.text.contains(#"action="/pilot/\#(version.id.rawValue)/start""#))
            let started = try client.submit("/pilot/\(version.id.rawValue)/feedback", to: "/pilot/\(version.id.rawValue)/start", [])
            #expect(started.status == 303)
            let workspace = try #require(started.location)
            #expect(workspace.hasPrefix("/earn/"))
            let enrollments = try app.store.enrollments.enrollments(of: app.member(Self.educator).person.id, in: app.organization("riverbend").id)
            #expect(enrollments.count == 1)
            #expect(enrollments.first?.0.isPilot == true && enrollments.first?.0.versionID == version.id)
            #expect(try client.get(workspace).status == 200)
            #expect(try client.get("/pilot/\(version.id.rawValue)/feedback").text.contains(#"href="\#(workspace)""#))
            let again = try client.submit("/pilot/\(version.id.rawValue)/feedback", to: "/pilot/\(version.id.rawValue)/start", [])
            #expect(again.location == workspace, "starting twice opens the same workspace")
        }
    }

    @Test func onlyPilotEducatorsOfThatPilotMayStartIt() throws {
        try TestApp.with { app in
            let version = try pilot(app)
            let path = "/pilot/\(version.id.rawValue)/start"
            let outsider = try app.signedIn("mei.chen@riverbend.example")
            #expect(try outsider.post(path, form: [("_csrf", try outsider.csrfToken())]).status == 403, "not a participant")
            let assessor = try app.signedIn("assessor@riverbend.example")
            #expect(try assessor.post(path, form: [("_csrf", try assessor.csrfToken())]).status == 403, "no educator role")
            let lakeside = try app.signedIn("teacher@lakeside.example")
            #expect(try lakeside.post(path, form: [("_csrf", try lakeside.csrfToken())]).status == 404)
            #expect(try app.store.enrollments.enrollments(of: app.member("mei.chen@riverbend.example").person.id,
                                                          in: app.organization("riverbend").id).isEmpty)
        }
    }

    @Test func scoredPilotSubmissionsShowTheirLevelsInThePilotReport() throws {
        try TestApp.with { app in
            let version = try pilot(app)
            try app.decidedSubmission(of: version, by: Self.educator, levels: ["c1": "demonstrated", "c2": "approaching"], pilot: true)
            try app.decidedSubmission(of: version, by: "mei.chen@riverbend.example", levels: ["c1": "exemplary", "c2": "approaching"], pilot: true)
            let page = try app.signedIn("designer@riverbend.example").get("/studio/\(version.microcredentialID.rawValue)/pilot")
            #expect(page.status == 200)
            #expect(page.text.contains("Levels reached in 2 scored submissions"))
            // Columns: Not yet, Approaching, Demonstrated, Exemplary, share judged not yet.
            let alignment = try #require(page.tableRow(containing: "<th scope=\"row\" data-label=\"Criterion\">Alignment"))
            #expect(alignment.contains(#"<td class="table__cell" data-label="Not yet">0</td><td class="table__cell" data-label="Approaching">0</td><td class="table__cell" data-label="Demonstrated">1</td><td class="table__cell" data-label="Exemplary">1</td>"#))
            #expect(alignment.contains("0%"))
            let adjustment = try #require(page.tableRow(containing: "<th scope=\"row\" data-label=\"Criterion\">Adjustment"))
            #expect(adjustment.contains(#"<td class="table__cell" data-label="Not yet">0</td><td class="table__cell" data-label="Approaching">2</td><td class="table__cell" data-label="Demonstrated">0</td><td class="table__cell" data-label="Exemplary">0</td>"#))
            #expect(adjustment.contains("100%"))
        }
    }
}
