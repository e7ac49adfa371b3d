import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Changing evidence chosen to be shown with the credential makes it private again, and the workspace says why.
@Suite struct PublicChoiceLapseTests {
    @Test func anAutosaveThatChangesAChosenItemUnticksItAndTheFormSaysWhy() throws {
        try TestApp.with { app in
            try app.publishTextOnly("questioning", title: "Questioning")
            let browser = try app.signedIn("educator@riverbend.example")
            let workspace = try app.enroll(browser, in: "questioning")
            let token = try browser.csrfToken()
            func save(_ text: String) throws -> TestResponse {
                try browser.post(workspace + "/evidence/r1", form: [("_csrf", token), ("text-r1", text), ("links-r1", "")],
                                 headers: [("Accept", "application/json")])
            }
            #expect(try save("What I learned.").status == 200)
            #expect(try browser.submit(workspace, to: workspace + "/evidence/r1/public", [(PublicChoiceForm.field, "1")]).status == 303)
            #expect(try browser.get(workspace).isChosen(PublicChoiceForm.field, "1"))

            let same = try save("What I learned.")
            #expect(!same.text.contains("publicChoiceLapsed"), "saving it unchanged keeps the choice")
            let changed = try save("What I learned, and what I changed.")
            #expect(changed.status == 200 && changed.text.contains("\"publicChoiceLapsed\""))
            let page = try browser.get(workspace)
            #expect(!page.isChosen(PublicChoiceForm.field, "1"))
            #expect(page.text.contains(PublicChoiceForm.lapsedMessage))
            #expect(page.text.contains(#"aria-describedby="public-r1-lapsed public-r1-hint""#))

            // Ticked again, the reason goes.
            #expect(try browser.submit(workspace, to: workspace + "/evidence/r1/public", [(PublicChoiceForm.field, "1")]).status == 303)
            let again = try browser.get(workspace)
            #expect(again.isChosen(PublicChoiceForm.field, "1") && !again.text.contains(PublicChoiceForm.lapsedMessage))
        }
    }
}
