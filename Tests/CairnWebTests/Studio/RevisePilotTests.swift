import CairnCore
@testable import CairnWeb
import Foundation
import Testing

@Suite struct RevisePilotTests {
    @Test func revisingAPilotRetiresItAndShowsItsReportBesideTheNewDraft() throws {
        try TestApp.with { app in
            let riverbend = try app.organization("riverbend")
            let discourse = try #require(try app.store.microcredentials.fetch(slug: "academic-discourse", in: riverbend.id))
            let pilotVersion = try #require(try app.store.microcredentials.versions(of: discourse.id, in: riverbend.id).last)
            #expect(pilotVersion.state == .pilot)
            let designer = try app.signedIn("designer@riverbend.example")
            let id = discourse.id.rawValue

            // Before revising, the editor is read-only and shows no report.
            let before = try designer.get("/studio/\(id)/edit")
            #expect(!before.text.contains("What the pilot of the previous version said"))

            let revised = try designer.submit("/studio/\(id)", to: "/studio/\(id)/revise",
                                              [("change_note", "Clearer talk analysis after the pilot.")])
            #expect(revised.status == 303)
            #expect(revised.header("location") == "/studio/\(id)/edit")
            let versions = try app.store.microcredentials.versions(of: discourse.id, in: riverbend.id).sorted { $0.number < $1.number }
            #expect(versions.map(\.state) == [.retired, .draft])
            #expect(versions.last?.changeNote == "Clearer talk analysis after the pilot.")

            let editor = try designer.get("/studio/\(id)/edit")
            #expect(editor.status == 200)
            #expect(editor.text.contains("What the pilot of the previous version said"))
            #expect(editor.text.contains("Pilot report"))
            #expect(editor.text.contains("4 responses"))
        }
    }
}
