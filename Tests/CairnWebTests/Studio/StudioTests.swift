import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The designer's studio: who may use it, creating, importing and exporting designs, and moving
/// versions through their lifecycle with every illegal move refused. (The editor's own routes,
/// `/studio/:id/edit…`, are tested with the editor.)
@Suite struct StudioTests {
    static let designer = "designer@riverbend.example"

    /// Every studio route but the editor's, with `:id` standing for `id`.
    static func studioRoutes(of app: TestApp, id: String) -> [(method: String, path: String)] {
        app.app.routes().entries
            .filter { $0.pattern.hasPrefix("/studio") && !$0.pattern.contains("/edit") }
            .map { ($0.method.rawValue, $0.pattern.replacingOccurrences(of: ":id", with: id)) }
    }

    /// Fields that would change something on any studio form.
    static let hostileFields = [("title", "Hacked"), ("change_note", "Hacked"), ("email", "teacher@lakeside.example"),
                                ("role", "educator")]

    // MARK: Who may use the studio

    @Test func membersWithoutTheDesignerRoleAreRefusedEveryStudioRoute() throws {
        try TestApp.with { app in
            let before = try app.snapshot()
            let id = try app.microcredential("academic-discourse").id.rawValue
            let routes = Self.studioRoutes(of: app, id: id)
            #expect(routes.count >= 15, "list, new, import, overview, preview, export, lifecycle, pilot: \(routes.count)")
            #expect(routes.allSatisfy { route in
                app.app.routes().entries.contains {
                    guard case .roles(let roles) = $0.access else { return false }
                    return $0.pattern.replacingOccurrences(of: ":id", with: id) == route.path && roles == [.designer]
                }
            }, "every studio route needs the designer role")

            for email in ["educator@riverbend.example", "assessor@riverbend.example", "coach@riverbend.example"] {
                let browser = try app.signedIn(email)
                let token = try browser.csrfToken()
                for route in routes {
                    let response = route.method == "GET" ? try browser.get(route.path)
                        : try browser.post(route.path, form: Self.hostileFields + [("_csrf", token)])
                    #expect(response.status == 403, "\(route.method) \(route.path) as \(email)")
                }
                let refused = try browser.get("/studio")
                #expect(refused.text.contains("You don't have access to this page"))
                #expect(!refused.text.contains("Structured Academic Discourse"))
            }

            let anonymous = app.client()
            for route in routes {
                if route.method == "GET" {
                    let response = try anonymous.get(route.path)
                    #expect(response.status == 303, "GET \(route.path)")
                    #expect(response.location?.hasPrefix("/signin?next=") == true, "GET \(route.path) → \(response.location ?? "-")")
                } else {
                    let token = try anonymous.csrfToken(from: "/signin")
                    let response = try anonymous.post(route.path, form: Self.hostileFields + [("_csrf", token)])
                    #expect(response.status == 303 || response.status == 403, "POST \(route.path): \(response.status)")
                    #expect(response.location == nil || response.location?.hasPrefix("/signin") == true)
                }
            }
            #expect(try app.snapshot() == before, "nothing they posted took effect")
        }
    }

    @Test(arguments: TestEngine.available)
    func anotherOrganizationsDesignerFindsNoneOfRiverbendsMicrocredentials(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let before = try app.snapshot()
            let lakeside = try app.signedIn("admin@lakeside.example")  // a designer of Lakeside Academy
            let token = try lakeside.csrfToken()
            for slug in ["formative-assessment", "academic-discourse", "feedback-on-writing", "small-group-instruction"] {
                let id = try app.microcredential(slug).id.rawValue
                for route in Self.studioRoutes(of: app, id: id) where route.path.contains(id) {
                    let response = route.method == "GET" ? try lakeside.get(route.path)
                        : try lakeside.post(route.path, form: Self.hostileFields + [("_csrf", token)])
                    #expect(response.status == 404, "\(route.method) \(route.path) (\(slug))")
                    #expect(!response.text.contains("Riverbend"), "\(route.method) \(route.path)")
                }
            }
            let studio = try lakeside.get("/studio")
            #expect(studio.status == 200)
            #expect(studio.text.contains("Two-Way Communication with Families"), "their own")
            for title in ["Checking for Understanding", "Structured Academic Discourse", "Feedback That Moves"] {
                #expect(!studio.text.contains(title))
            }
            #expect(try app.snapshot() == before)
            #expect(try app.snapshot("lakeside").count == 1)
        }
    }

    @Test func studioPostsWithoutTheCSRFTokenChangeNothing() throws {
        try TestApp.with { app in
            let designer = try app.signedIn(Self.designer)
            let before = try app.snapshot()
            let writing = try app.studioPath("feedback-on-writing")
            let formative = try app.studioPath("formative-assessment")
            let discourse = try app.studioPath("academic-discourse")
            let attempts: [(String, [(String, String)])] = [
                ("/studio/new", [("title", "Forged")]),
                (writing + "/publish", []), (writing + "/pilot", []), (formative + "/retire", []),
                (try app.studioPath("culturally-responsive-practice") + "/revise", [("change_note", "Forged")]),
                (formative + "/duplicate", []),
                (discourse + "/pilot/participants", [("email", "hannah.berg@riverbend.example"), ("role", "educator")]),
            ]
            let otherSessionToken = try app.signedIn("admin@riverbend.example").csrfToken()
            for (path, fields) in attempts {
                #expect(try designer.post(path, form: fields).status == 403, "\(path) without a token")
                #expect(try designer.post(path, form: fields + [("_csrf", "forged-token-forged-token-forged-token-0123")]).status == 403,
                        "\(path) with a forged token")
                #expect(try designer.post(path, form: fields + [("_csrf", otherSessionToken)]).status == 403,
                        "\(path) with another session's token")
            }
            let design = try StudioTests.exportedFile(of: "formative-assessment", by: designer, in: app)
            let imported = try designer.postMultipart("/studio/import", fields: [],
                                                      file: (field: "design", filename: "design.json", contentType: "application/json", bytes: design))
            #expect(imported.status == 403)
            #expect(try app.snapshot() == before, "nothing changed")
            let participants = try app.store.pilots.participants(of: try #require(app.versions("academic-discourse").first).id,
                                                                 in: app.organization("riverbend").id)
            #expect(participants.count == 4)
        }
    }

    // MARK: Creating

    @Test func aNewMicrocredentialNeedsATitleAndStartsAsADraft() throws {
        try TestApp.with { app in
            let designer = try app.signedIn(Self.designer)
            let before = try app.snapshot()
            #expect(try designer.get("/studio/new").status == 200)
            for title in ["", "   \n ", String(repeating: "x", count: 201)] {
                let response = try designer.submit("/studio/new", [("title", title)])
                #expect(response.status == 422, "title \(title.prefix(10))")
                #expect(response.fieldError("title") == (title.count > 200 ? "Use at most 200 characters."
                                                         : "Give the microcredential a title; you can change it later."))
            }
            let long = try designer.submit("/studio/new", [("title", String(repeating: "x", count: 201))])
            #expect(long.text.contains(String(repeating: "x", count: 201)), "what was typed is kept")
            #expect(try app.snapshot() == before, "nothing created")

            let created = try designer.submit("/studio/new", [("title", "  Restorative Circles in Advisory  ")])
            #expect(created.status == 303)
            let microcredential = try app.microcredential("restorative-circles-in-advisory")
            #expect(created.location == "/studio/\(microcredential.id.rawValue)/edit")
            let versions = try app.versions("restorative-circles-in-advisory")
            #expect(versions.map(\.state) == [.draft])
            #expect(versions.first?.design.title == "Restorative Circles in Advisory")
            #expect(microcredential.createdBy == (try app.member(Self.designer).person.id))
            #expect(try designer.follow(created).unescaped.contains("“Restorative Circles in Advisory” is a new draft."))
            // The same title again gets a free slug.
            let again = try designer.submit("/studio/new", [("title", "Restorative circles in advisory")])
            #expect(again.status == 303)
            #expect(try app.states("restorative-circles-in-advisory-2") == [.draft])
            let overview = try designer.get(try app.studioPath("restorative-circles-in-advisory"))
            #expect(overview.status == 200)
            #expect(try designer.get("/studio").text.contains("Restorative Circles in Advisory"))
            // A draft is not in the catalog.
            #expect(try app.client().get("/o/riverbend/microcredentials/restorative-circles-in-advisory").status == 404)
        }
    }

    // MARK: Import and export

    /// The design file the studio exports for `slug`.
    static func exportedFile(of slug: String, by designer: HTTPTestClient, in app: TestApp) throws -> [UInt8] {
        let response = try designer.get(try app.studioPath(slug) + "/export")
        #expect(response.status == 200)
        return response.body
    }

    /// `object` with `value` at `path` (keys and indexes); nil removes the key.
    static func setting(_ value: Any?, at path: ArraySlice<Any>, in object: Any) -> Any {
        guard let first = path.first else { return value as Any }
        if var dictionary = object as? [String: Any], let key = first as? String {
            if path.count == 1, value == nil { dictionary.removeValue(forKey: key) } else {
                dictionary[key] = setting(value, at: path.dropFirst(), in: dictionary[key] as Any)
            }
            return dictionary
        }
        if var array = object as? [Any], let index = first as? Int {
            array[index] = setting(value, at: path.dropFirst(), in: array[index])
            return array
        }
        Issue.record("no \(first) in \(type(of: object))")
        return object
    }

    /// Uploads `bytes` as a design file through the import form.
    static func importFile(_ bytes: [UInt8], as designer: HTTPTestClient) throws -> TestResponse {
        let token = try designer.csrfToken(from: "/studio/import")
        return try designer.postMultipart("/studio/import", fields: [("_csrf", token)],
                                          file: (field: "design", filename: "design.json", contentType: "application/json", bytes: bytes))
    }

    @Test(arguments: TestEngine.available)
    func anExportedDesignImportsAsANewDraftWithTheSameDesign(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let designer = try app.signedIn(Self.designer)
            let source = try #require(try app.versions("culturally-responsive-practice").last)
            let response = try designer.get(try app.studioPath("culturally-responsive-practice") + "/export")
            #expect(response.status == 200)
            #expect(response.header("Content-Type")?.hasPrefix("application/json") == true)
            #expect(response.header("Content-Disposition") == "attachment; filename=\"culturally-responsive-practice-v1.json\"")
            let file = try DesignFile.decode(response.body)
            #expect(file.design == source.design)
            #expect(file.source?.microcredential == "culturally-responsive-practice")
            #expect(file.source?.version == 1)
            #expect(file.source?.organization == "Riverbend Unified School District")
            #expect(try response.jsonObject()["format"] as? String == "cairn-design")
            // The latest version is what is exported: formative assessment's draft v2.
            let draft = try designer.get(try app.studioPath("formative-assessment") + "/export")
            #expect(draft.header("Content-Disposition") == "attachment; filename=\"formative-assessment-v2.json\"")

            // Imported (in another organization, as districts share designs), it is a new draft with the same design.
            let lakeside = try app.signedIn("admin@lakeside.example")
            let imported = try Self.importFile(response.body, as: lakeside)
            #expect(imported.status == 303)
            let slug = Microcredential.suggestedSlug(for: source.design.title)
            #expect(slug == "culturally-responsive-instruction-building-on-students")
            let copy = try app.microcredential(slug, in: "lakeside")
            #expect(imported.location == "/studio/\(copy.id.rawValue)")
            let versions = try app.versions(slug, in: "lakeside")
            #expect(versions.map(\.state) == [.draft])
            #expect(versions.first?.design == source.design)
            #expect(try lakeside.follow(imported).unescaped.contains("as a new draft. It passes the design checker."))
            // In the same organization, twice: under a free slug.
            #expect(try Self.importFile(response.body, as: designer).status == 303)
            #expect(try Self.importFile(response.body, as: designer).status == 303)
            #expect(try app.versions(slug).map(\.state) == [.draft])
            #expect(try app.versions(slug + "-2").first?.design == source.design)
            #expect(try app.states("culturally-responsive-practice") == [.published], "the original is untouched")

            // An image blob named in a file is not taken over: only its alt text.
            let tree = try JSONSerialization.jsonObject(with: Data(response.body))
            let withImage = Self.setting(["blob": String(repeating: "ab", count: 32), "alt": "Students talking in a circle"],
                                         at: ["design", "image"][...], in: tree)
            let sneaky = try Self.importFile(Array(try JSONSerialization.data(withJSONObject: withImage)), as: designer)
            #expect(sneaky.status == 303)
            #expect(try app.versions(slug + "-3").first?.design.image == DesignImage(blob: nil, alt: "Students talking in a circle"))
        }
    }

    @Test func aBadDesignFileIsRefusedNamingWhereInTheFileNothingIsImported() throws {
        try TestApp.with { app in
            let designer = try app.signedIn(Self.designer)
            let good = try Self.exportedFile(of: "formative-assessment", by: designer, in: app)
            let tree = try JSONSerialization.jsonObject(with: Data(good))
            func file(_ value: Any?, at path: Any...) throws -> [UInt8] {
                Array(try JSONSerialization.data(withJSONObject: Self.setting(value, at: path[...], in: tree)))
            }
            let text = String(decoding: good, as: UTF8.self)
            func replacing(_ pattern: String, with replacement: String) -> [UInt8] {
                Array(text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression).utf8)
            }
            let before = try app.snapshot()
            let cases: [(name: String, bytes: [UInt8], path: String, message: String)] = [
                ("not JSON", Array("name,title\nnot,json".utf8), "", "The file is not valid JSON"),
                ("truncated", Array(good.prefix(good.count / 2)), "", "The file is not valid JSON"),
                ("a list", Array("[1, 2]".utf8), "(the file)", "(the file) should be an object"),
                ("wrong format", try file("open-badges", at: "format"), "", "This is not a Cairn design file: its format is “open-badges”, not “cairn-design”."),
                ("no format", try file(nil, at: "format"), "", "This is not a Cairn design file: it has no \"format\": \"cairn-design\"."),
                ("version 2", try file(2, at: "formatVersion"), "formatVersion", "This design file has format version 2; this Cairn reads version 1."),
                ("version as text", try file("1", at: "formatVersion"), "formatVersion", "formatVersion should be a whole number"),
                ("no design", try file(nil, at: "design"), "design", "design is missing."),
                ("no levels", try file(nil, at: "design", "rubric", "levels"), "design.rubric.levels", "design.rubric.levels is missing."),
                ("no objective statement", try file(nil, at: "design", "objectives", 1, "statement"),
                 "design.objectives[1].statement", "design.objectives[1].statement is missing."),
                ("hours as text", try file("ten", at: "design", "estimatedHours"), "design.estimatedHours",
                 "design.estimatedHours should be a number, but is text (“ten”)."),
                ("descriptors as a list", try file(["Weak", "Strong"], at: "design", "rubric", "criteria", 2, "descriptors"),
                 "design.rubric.criteria[2].descriptors", "design.rubric.criteria[2].descriptors should be an object"),
                ("required as text", try file("yes", at: "design", "parts", 0, "requirements", 0, "required"),
                 "design.parts[0].requirements[0].required", "should be true or false"),
                ("unknown grade band", try file("k-13", at: "design", "gradeBands", 0), "design.gradeBands[0]", "design.gradeBands[0]"),
                ("fractional validity", try file(6.5, at: "design", "validityMonths"), "design.validityMonths", "should be a whole number"),
                ("hours beyond a Double", replacing(#""estimatedHours" *: *[0-9.]+"#, with: #""estimatedHours": 1e400"#),
                 "design.estimatedHours", "design.estimatedHours: this number is too large to read"),
            ]
            for bad in cases {
                let response = try Self.importFile(bad.bytes, as: designer)
                #expect(response.status == 422, "\(bad.name)")
                #expect(response.fieldError("design") == "The file could not be imported: see the problems listed below.", "\(bad.name)")
                if !bad.path.isEmpty {
                    #expect(response.text.contains("<code>\(bad.path)</code>"), "\(bad.name): names \(bad.path)")
                }
                #expect(response.unescaped.contains(bad.message), "\(bad.name): \(bad.message)")
                #expect(response.text.contains("Nothing was imported."), "\(bad.name)")
            }
            let empty = try Self.importFile([], as: designer)
            #expect(empty.status == 422)
            #expect(empty.fieldError("design") == "Choose a design file (.json) to import.")
            #expect(try app.snapshot() == before, "nothing imported")
            #expect(try designer.get("/studio").status == 200, "the server is still up")
        }
    }

    // MARK: The lifecycle

    /// Posts a lifecycle form of the microcredential `slug` from its overview page; returns the response.
    static func act(_ action: String, on slug: String, _ fields: [(String, String)] = [], as designer: HTTPTestClient,
                    in app: TestApp) throws -> TestResponse {
        let overview = try app.studioPath(slug)
        return try designer.submit(overview, to: overview + "/" + action, fields)
    }

    @Test(arguments: TestEngine.available)
    func publishingRevisingRetiringAndDuplicatingFollowTheLifecycle(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let designer = try app.signedIn(Self.designer)
            let riverbend = try app.organization("riverbend").id
            let catalog = app.client()
            func act(_ action: String, _ slug: String, _ fields: [(String, String)] = []) throws -> TestResponse {
                try Self.act(action, on: slug, fields, as: designer, in: app)
            }
            let publishedDesigns = try ["culturally-responsive-practice", "small-group-instruction", "formative-assessment"]
                .flatMap { try app.versions($0) }.filter { $0.state != .draft }.map { ($0.id, $0.design) }

            // A draft whose design has checker errors can be neither piloted nor published.
            #expect(try designer.submit("/studio/new", [("title", "Unfinished Idea")]).status == 303)
            let errors = DesignChecker.check(.blank(title: "Unfinished Idea")).errors.count
            for action in ["publish", "pilot"] {
                let refused = try act(action, "unfinished-idea")
                #expect(refused.status == 422)
                #expect(refused.unescaped.contains("The design checker lists \(errors == 1 ? "1 problem" : "\(errors) problems") to fix first."))
                #expect(refused.text.contains("href=\"/studio/"), "the checklist links to the fields to fix")
                #expect(try app.states("unfinished-idea") == [.draft], "\(action)")
            }

            // A complete draft, published, is in the catalog.
            let published = try act("publish", "feedback-on-writing")
            #expect(published.status == 303)
            #expect(try designer.follow(published).unescaped
                .contains("Version 1 of “Feedback That Moves Student Writing Forward” is published in the catalog."))
            #expect(try app.states("feedback-on-writing") == [.published])
            #expect(CatalogTests.listed(try catalog.get("/o/riverbend/catalog?q=writing")) == ["feedback-on-writing"])
            #expect(try catalog.get("/o/riverbend/microcredentials/feedback-on-writing").status == 200)

            // Revising a published version needs a change note.
            let overview = try app.studioPath("culturally-responsive-practice")
            let noNote = try act("revise", "culturally-responsive-practice", [("change_note", "   ")])
            #expect(noNote.status == 422)
            #expect(noNote.fieldError("change_note") == "Say in a sentence what this version will change, for those who earned the previous one.")
            let long = String(repeating: "n", count: 1001)
            let tooLong = try act("revise", "culturally-responsive-practice", [("change_note", long)])
            #expect(tooLong.status == 422)
            #expect(tooLong.fieldError("change_note") == "Use at most 1,000 characters.")
            #expect(tooLong.text.contains(long), "what was typed is kept")
            #expect(try app.states("culturally-responsive-practice") == [.published])
            let revised = try act("revise", "culturally-responsive-practice", [("change_note", "Sharper descriptors for the community asset map.")])
            #expect(revised.status == 303)
            #expect(revised.location == overview + "/edit")
            let versions = try app.versions("culturally-responsive-practice")
            #expect(versions.map(\.state) == [.published, .draft])
            #expect(versions.map(\.number) == [1, 2])
            #expect(versions.last?.changeNote == "Sharper descriptors for the community asset map.")
            #expect(versions.last?.design == versions.first?.design)
            let current = try catalog.get("/o/riverbend/microcredentials/culturally-responsive-practice")
            #expect(current.status == 200)
            #expect(current.text.contains("<dt>Version</dt><dd>1</dd>"), "the published one stays in the catalog")
            #expect(try catalog.get("/o/riverbend/microcredentials/culturally-responsive-practice/versions/2").status == 404)
            // Revising again is refused: the draft exists.
            let twice = try act("revise", "culturally-responsive-practice", [("change_note", "Again")])
            #expect(twice.status == 409)
            #expect(twice.unescaped.contains("This version is still a draft: edit it directly."))
            #expect(try app.versions("culturally-responsive-practice").count == 2)

            // Revising a pilot opens the next draft and ends the pilot.
            let pilotRevised = try act("revise", "academic-discourse", [("change_note", "Clearer talk analysis after the pilot.")])
            #expect(pilotRevised.status == 303)
            #expect(try app.states("academic-discourse") == [.retired, .draft])
            #expect(try designer.get(try app.studioPath("academic-discourse") + "/pilot").status == 404, "no pilot any more")

            // Retire takes a microcredential out of the catalog.
            let retired = try act("retire", "small-group-instruction")
            #expect(retired.status == 303)
            #expect(try designer.follow(retired).unescaped.contains("Version 2 of “Differentiated Small-Group Instruction” is retired."))
            #expect(try app.states("small-group-instruction") == [.retired, .retired])
            #expect(!CatalogTests.listed(try catalog.get("/o/riverbend/catalog")).contains("small-group-instruction"))
            #expect(try catalog.get("/o/riverbend/microcredentials/small-group-instruction").status == 404)
            #expect(try catalog.get("/o/riverbend/microcredentials/small-group-instruction/versions/2").status == 200, "still readable")

            // Duplicate: a new draft, "Copy of …".
            let duplicated = try act("duplicate", "formative-assessment")
            #expect(duplicated.status == 303)
            let copySlug = "copy-of-checking-for-understanding-during-instruction"
            #expect(duplicated.location == (try app.studioPath(copySlug)) + "/edit")
            let copy = try app.versions(copySlug)
            #expect(copy.map(\.state) == [.draft])
            #expect(copy.first?.design.title == "Copy of Checking for Understanding During Instruction")
            var expected = try #require(try app.versions("formative-assessment").last).design
            expected.title = "Copy of Checking for Understanding During Instruction"
            #expect(copy.first?.design == expected)

            // Every illegal move is refused, and nothing changes.
            let before = try app.snapshot()
            let illegal: [(action: String, slug: String, message: String)] = [
                ("retire", "unfinished-idea", "A draft version can't become retired."),
                ("pilot", "feedback-on-writing", "A published version can't become pilot."),
                ("publish", "feedback-on-writing", "A published version can't become published."),
                ("publish", "family-communication", "A retired version can't become published."),
                ("pilot", "family-communication", "A retired version can't become pilot."),
                ("retire", "family-communication", "A retired version can't become retired."),
                ("retire", "small-group-instruction", "A retired version can't become retired."),
            ]
            for move in illegal {
                let response = try act(move.action, move.slug)
                #expect(response.status == 409, "\(move.action) \(move.slug)")
                #expect(response.unescaped.contains(move.message), "\(move.action) \(move.slug)")
            }
            #expect(try app.snapshot() == before, "nothing changed")

            // A version that left draft never changed its design, whatever happened around it.
            for (id, design) in publishedDesigns {
                #expect(try app.store.microcredentials.findVersion(id, in: riverbend).design == design)
            }
            var frozen = try #require(try app.versions("feedback-on-writing").first)
            #expect(throws: LifecycleError.notADraft(.published)) { try frozen.edit { $0.title = "Changed" } }
            #expect(try app.versions("feedback-on-writing").first?.design.title == "Feedback That Moves Student Writing Forward")
        }
    }

    @Test func publishingTheNextVersionSupersedesThePublishedOneSoRetiringTakesItOutOfTheCatalog() throws {
        try TestApp.with { app in
            let designer = try app.signedIn(Self.designer)
            // Formative assessment: v1 published, v2 a draft; publish v2.
            #expect(try Self.act("publish", on: "formative-assessment", as: designer, in: app).status == 303)
            #expect(try app.states("formative-assessment") == [.retired, .published], "v2 supersedes v1")
            let catalog = app.client()
            #expect(try catalog.get("/o/riverbend/microcredentials/formative-assessment").text.contains("<dt>Version</dt><dd>2</dd>"))
            let v1 = try catalog.get("/o/riverbend/microcredentials/formative-assessment/versions/1")
            #expect(v1.status == 200, "credentials issued for v1 still point there")
            #expect(v1.unescaped.contains("This version is retired"))
            // The designer retires it: it leaves the catalog, and no earlier version comes back.
            let retired = try Self.act("retire", on: "formative-assessment", as: designer, in: app)
            #expect(try designer.follow(retired).flash == "Version 2 of “Checking for Understanding During Instruction” is retired.")
            #expect(try app.states("formative-assessment") == [.retired, .retired])
            #expect(!CatalogTests.listed(try catalog.get("/o/riverbend/catalog")).contains("formative-assessment"))
            #expect(try catalog.get("/o/riverbend/microcredentials/formative-assessment").status == 404)
        }
    }

    @Test func theOverviewAndPreviewShowTheLatestVersion() throws {
        try TestApp.with { app in
            let designer = try app.signedIn(Self.designer)
            let path = try app.studioPath("formative-assessment")
            let overview = try designer.get(path)
            #expect(overview.status == 200)
            #expect(overview.text.contains("Clearer guidance on choosing hinge questions"), "v2's change note")
            #expect(overview.text.contains("/studio/") && overview.text.contains("/publish\""), "v2 can be published")
            let preview = try designer.get(path + "/preview")
            #expect(preview.status == 200)
            let design = try #require(try app.versions("formative-assessment").last).design
            for criterion in design.rubric.criteria { #expect(preview.unescaped.contains(criterion.title)) }
            let list = try designer.get("/studio")
            for title in ["Checking for Understanding During Instruction", "Structured Academic Discourse",
                          "Feedback That Moves Student Writing Forward", "Two-Way Communication with Families"] {
                #expect(list.unescaped.contains(title))
            }
            for id in ["not-a-uuid", "00000000-0000-0000-0000-000000000000"] {
                #expect(try designer.get("/studio/\(id)").status == 404)
                #expect(try designer.get("/studio/\(id)/export").status == 404)
                #expect(try designer.post("/studio/\(id)/publish", form: [("_csrf", designer.csrfToken())]).status == 404)
            }
        }
    }
}
