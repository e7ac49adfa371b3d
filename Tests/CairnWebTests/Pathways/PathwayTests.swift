import CairnApp
import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Pathways over HTTP: the designer's studio pages, who may use them, the public page, the catalog
/// and a microcredential's page naming its pathways, and the educators' progress.
@Suite struct PathwayTests {
    static let designer = "designer@riverbend.example"

    /// The form fields of a pathway with one group of all of `microcredentials`.
    static func fields(title: String, slug: String = "", rule: String = "all", count: String = "",
                       microcredentials: [Microcredential.ID]) -> [(String, String)] {
        var fields = [("title", title), ("slug", slug), ("summary", "Two microcredentials, one credential."),
                      ("group-1-title", "Core"), ("group-1-rule", rule), ("group-1-count", count)]
        for (index, id) in microcredentials.enumerated() {
            fields += [("group-1-component-\(index + 1)", id.rawValue), ("group-1-component-\(index + 1)-versions", "")]
        }
        return fields
    }

    @Test(arguments: TestEngine.available)
    func aDesignerBuildsPublishesAndRetiresAPathwayThroughTheStudio(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let browser = try app.signedIn(Self.designer)
            let formative = try app.microcredential("formative-assessment").id
            let responsive = try app.microcredential("culturally-responsive-practice").id
            #expect(try browser.get("/studio/pathways").text.contains("Responsive small-group teaching"), "the demo's pathway")
            let form = try browser.get("/studio/pathways/new")
            #expect(form.status == 200)
            #expect(form.text.contains(#"<label for="group-1-component-1""#) && form.text.contains(#"<label for="group-1-rule""#))

            // A refused form comes back with each error beside its field and what was typed.
            let refused = try browser.submit("/studio/pathways/new",
                                             Self.fields(title: "Assessment basics", slug: "Bad Slug", rule: "n-of", count: "five",
                                                         microcredentials: [formative]))
            #expect(refused.status == 422)
            #expect(refused.fieldError("group-1-rule")?.contains("as a number") == true)
            #expect(refused.inputValue("title") == "Assessment basics")
            #expect(refused.isChosen("group-1-component-1", formative.rawValue))
            let badSlug = try browser.submit("/studio/pathways/new", Self.fields(title: "Assessment basics", slug: "Bad Slug",
                                                                                  microcredentials: [formative]))
            #expect(badSlug.status == 422)
            #expect(badSlug.fieldError("slug")?.contains("lowercase letters") == true)

            let created = try browser.submit("/studio/pathways/new", Self.fields(title: "Assessment basics", microcredentials: [formative]))
            #expect(created.status == 303)
            let edit = try #require(created.location)
            #expect(try browser.follow(created).text.contains("is a new draft pathway"))
            let saved = try browser.submit(edit, Self.fields(title: "Assessment basics", slug: "assessment-basics", rule: "n-of", count: "1",
                                                             microcredentials: [formative, responsive]))
            #expect(saved.status == 303)
            let page = try browser.get(edit)
            #expect(page.inputValue("group-1-count") == "1" && page.inputValue("slug") == "assessment-basics")
            let stored = try #require(try app.store.pathways.fetch(slug: "assessment-basics", in: try app.organization("riverbend").id))
            #expect(stored.groups.map(\.rule) == [.nOf(1)] && stored.microcredentialIDs == [formative, responsive])
            #expect(try app.client().get("/o/riverbend/pathways/assessment-basics").status == 404, "a draft is not public")

            let published = try browser.submit(edit, to: edit + "/publish", [])
            #expect(published.status == 303)
            let readOnly = try browser.follow(published)
            #expect(readOnly.text.contains("is published in the catalog") && readOnly.text.contains("Core: any 1 of these 2"))
            #expect(readOnly.inputValue("title") == nil, "a published pathway shows no form")
            let public_ = try app.client().get("/o/riverbend/pathways/assessment-basics")
            #expect(public_.status == 200)
            #expect(public_.text.contains("Core: any 1 of these 2"))
            #expect(public_.text.contains("Checking for Understanding During Instruction"))
            #expect(try app.client().get("/o/riverbend/catalog").text.contains("Assessment basics"))
            #expect(try app.client().get("/o/riverbend/microcredentials/culturally-responsive-practice").text
                .contains(#"href="/o/riverbend/pathways/assessment-basics""#))
            #expect(try browser.post(edit, form: Self.fields(title: "Changed", microcredentials: [formative])
                                     + [("_csrf", try browser.csrfToken())]).status == 409, "a published pathway no longer changes")

            let retired = try browser.submit(edit, to: edit + "/retire", [])
            #expect(retired.status == 303)
            #expect(!(try app.client().get("/o/riverbend/catalog").text.contains("Assessment basics")))
            #expect(try app.client().get("/o/riverbend/pathways/assessment-basics").text.contains("This pathway is retired"))
        }
    }

    @Test func publishingAPathwayWithProblemsShowsThemBesideTheirFields() throws {
        try TestApp.with { app in
            let browser = try app.signedIn(Self.designer)
            let draft = try app.microcredential("feedback-on-writing").id  // still a draft
            let created = try browser.submit("/studio/pathways/new", Self.fields(title: "Writing", microcredentials: [draft]))
            let edit = try #require(created.location)
            let refused = try browser.submit(edit, to: edit + "/publish", [])
            #expect(refused.status == 422)
            #expect(refused.fieldError("group-1-component-1")?.contains("isn't published") == true)
            #expect(refused.text.contains("Fix the problem listed before publishing."))
        }
    }

    // MARK: Who may use the pathways' studio pages

    @Test func everyPathwayStudioRouteRefusesThoseWhoAreNotDesignersAndSendsVisitorsToSignIn() throws {
        try TestApp.with { app in
            let designer = try app.member(Self.designer)
            let formative = try app.microcredential("formative-assessment").id
            let pathway = try app.app.pathways.create(
                Pathways.Draft(title: "Existing", groups: [PathwayGroup(components: [PathwayComponent(formative)])]), by: designer)
            let routes = app.app.routes().entries.filter { $0.pattern.hasPrefix("/studio/pathways") }
            #expect(routes.count == 7, "list, new, create, edit, save, publish, retire")
            #expect(routes.allSatisfy { route in
                if case .roles(let roles) = route.access { return roles == [.designer] }
                return false
            })
            let paths = routes.map { ($0.method, $0.pattern.replacingOccurrences(of: ":pathway", with: pathway.id.rawValue)) }
            for email in ["educator@riverbend.example", "assessor@riverbend.example", "coach@riverbend.example", "admin@riverbend.example"] {
                let browser = try app.signedIn(email)
                let token = try browser.csrfToken()
                for (method, path) in paths {
                    let response = method == .get ? try browser.get(path)
                        : try browser.post(path, form: Self.fields(title: "Hacked", microcredentials: [formative]) + [("_csrf", token)])
                    #expect(response.status == 403, "\(method.rawValue) \(path) as \(email)")
                }
            }
            let anonymous = app.client()
            for (method, path) in paths where method == .get {
                #expect(try anonymous.get(path).location?.hasPrefix("/signin?next=") == true, "\(path)")
            }
            let after = try #require(try app.store.pathways.fetch(pathway.id, in: designer.organization.id))
            #expect(after.title == "Existing" && after.state == .draft, "nothing they posted took effect")
        }
    }

    @Test(arguments: TestEngine.available)
    func anotherOrganizationsDesignerFindsNoneOfRiverbendsPathways(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let designer = try app.member(Self.designer)
            let formative = try app.microcredential("formative-assessment").id
            let pathway = try app.app.pathways.create(
                Pathways.Draft(title: "Riverbend's own", groups: [PathwayGroup(components: [PathwayComponent(formative)])]), by: designer)
            let lakeside = try app.signedIn("admin@lakeside.example")  // a designer of Lakeside Academy
            let token = try lakeside.csrfToken()
            let edit = "/studio/pathways/\(pathway.id.rawValue)"
            #expect(try lakeside.get(edit).status == 404)
            #expect(try lakeside.post(edit + "/publish", form: [("_csrf", token)]).status == 404)
            #expect(try lakeside.post(edit, form: Self.fields(title: "Taken", microcredentials: [formative]) + [("_csrf", token)]).status == 404)
            #expect(!(try lakeside.get("/studio/pathways").text.contains("Riverbend's own")))
            #expect(try app.store.pathways.fetch(pathway.id, in: designer.organization.id)?.state == .draft)
        }
    }

    // MARK: The demo's pathway

    @Test(arguments: TestEngine.available)
    func theDemoPathwayIsCompletedByOneEducatorAndHalfDoneByAnother(_ engine: TestEngine) throws {
        try TestApp.with(engine, demoEarning: true) { app in
            let mei = try app.signedIn("mei.chen@riverbend.example")
            let dashboard = try mei.get("/dashboard")
            let row = try #require(dashboard.tableRow(containing: "Responsive small-group teaching"))
            #expect(row.contains("See your credential"))
            let page = try mei.get("/o/riverbend/pathways/responsive-small-group-teaching")
            #expect(page.status == 200 && page.text.contains("Completed"))
            let credentialPath = try #require(page.text.range(of: #"/credentials/[^"]+"#, options: .regularExpression).map { String(page.text[$0]) })
            // The link names the pathway credential the demo's decision issued (its page is the credentials area's).
            let id = try #require(IssuedCredential.ID(String(credentialPath.dropFirst("/credentials/".count))))
            let credential = try #require(try app.store.credentials.find(id))
            #expect(credential.name == "Responsive small-group teaching" && credential.pathwayID != nil && credential.awardID == nil)
            #expect(app.app.credentials.verify(Array(credential.document.utf8)).verdict == .valid)

            let luis = try app.signedIn("luis.ortega@riverbend.example")
            let luisRow = try #require(try luis.get("/dashboard").tableRow(containing: "Responsive small-group teaching"))
            #expect(luisRow.contains("1 of 2 earned") && luisRow.contains("Earn Checking for Understanding During Instruction"))
            let catalog = try luis.get("/o/riverbend/catalog")
            #expect(catalog.text.contains("1 of 2 earned") && catalog.text.contains("Next step"))

            let anonymous = try app.client().get("/o/riverbend/pathways/responsive-small-group-teaching")
            #expect(anonymous.status == 200 && !anonymous.text.contains("Your progress"))
        }
    }
}
