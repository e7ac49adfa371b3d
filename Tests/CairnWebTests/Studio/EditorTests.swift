import CairnApp
import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The design editor: `GET /studio/:id/edit` and its six section forms, on the real server.
@Suite struct EditorTests {
    static let designer = "designer@riverbend.example"

    static func edit(_ id: String) -> String { "/studio/\(id)/edit" }
    static func section(_ id: String, _ section: String) -> String { "/studio/\(id)/edit/\(section)" }

    /// Posts a section's form as a person would (from the editor page, with its CSRF token).
    static func post(_ browser: HTTPTestClient, _ id: String, _ section: String, _ fields: [(String, String)]) throws -> TestResponse {
        try browser.submit(edit(id), to: Self.section(id, section), fields)
    }

    // MARK: Each section saves

    @Test(arguments: TestEngine.available)
    func basicsRoundTrip(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let id = try app.createMicrocredential(.blank(title: "Draft"))
            let designer = try app.signedIn(Self.designer)
            let response = try Self.post(designer, id, "basics", [
                ("action", "save"), ("title", "  Checks for understanding "), ("summary", "Quick checks."),
                ("competency", "Checks understanding."), ("key_method", "Exit tickets"),
                ("method_components", "Plan the check\r\n\r\nUse it\nAdjust"), ("research", "**Wiliam** (2011)"),
                ("resources", "- a list"), ("link_1_title", "Guide"), ("link_1", "https://example.org/guide"),
                ("link_2_title", ""), ("link_2", ""), ("subjects", "Assessment, literacy, assessment,"),
                ("grade_bands", "k-2"), ("grade_bands", "3-5"), ("estimated_hours", "7.5"), ("credit_hours", "1"),
                ("validity_months", "36"), ("image_alt", ""),
            ])
            #expect(response.status == 303)
            #expect(response.location == "/studio/\(id)/edit#section-basics")
            let design = try #require(try app.draftDesign(id))
            #expect(design.title == "Checks for understanding")
            #expect(design.summary == "Quick checks.")
            #expect(design.keyMethod == "Exit tickets")
            #expect(design.methodComponents == ["Plan the check", "Use it", "Adjust"])
            #expect(design.research == "**Wiliam** (2011)")
            #expect(design.links == [ResourceLink(title: "Guide", url: "https://example.org/guide")])
            #expect(design.subjects == ["Assessment", "literacy"])
            #expect(design.gradeBands == [.k2, .grades3to5])
            #expect(design.estimatedHours == 7.5)
            #expect(design.creditHours == 1)
            #expect(design.validityMonths == 36)
            #expect(design.image == nil)

            let page = try designer.get(Self.edit(id))
            #expect(page.status == 200)
            #expect(page.text.contains("Basics saved."))
            #expect(page.inputValue("title") == "Checks for understanding")
            #expect(page.textareaValue("method_components")?.contains("Plan the check\nUse it\nAdjust") == true)
            #expect(page.inputValue("link_1") == "https://example.org/guide")
            #expect(page.text.contains("name=\"link_2\""), "one empty row to add a link")
            #expect(page.inputValue("subjects") == "Assessment, literacy")
            #expect(page.isChecked("grade_bands", "k-2") && page.isChecked("grade_bands", "3-5"))
            #expect(!page.isChecked("grade_bands", "9-12"))
            #expect(page.inputValue("estimated_hours") == "7.5")
            #expect(page.inputValue("validity_months") == "36")

            // Clearing a link's row removes it; an empty validity means no expiry.
            #expect(try Self.post(designer, id, "basics", [("title", "Checks for understanding"), ("link_1_title", ""),
                                                             ("link_1", ""), ("validity_months", "")]).status == 303)
            let cleared = try #require(try app.draftDesign(id))
            #expect(cleared.links.isEmpty)
            #expect(cleared.validityMonths == nil)
        }
    }

    @Test func objectivesAddMoveRemoveKeepReferencesValid() throws {
        try TestApp.with { app in
            var start = Design.complete()
            start.objectives.append(LearningObjective(id: "o2", statement: "Adjust the lesson from the evidence."))
            start.parts[1].requirements[0].objectiveIDs = ["o1", "o2"]
            start.rubric.criteria[0].objectiveIDs = ["o1", "o2"]
            let id = try app.createMicrocredential(start)
            let designer = try app.signedIn(Self.designer)

            let added = try Self.post(designer, id, "objectives", [("objective_o1", "Design exit tickets."),
                                                                     ("objective_o2", "Adjust lessons."), ("action", "add")])
            #expect(added.status == 303)
            #expect(added.location == "/studio/\(id)/edit#section-objectives")
            var design = try #require(try app.draftDesign(id))
            #expect(design.objectives.map(\.id) == ["o1", "o2", "o3"])
            #expect(design.objectives.map(\.statement) == ["Design exit tickets.", "Adjust lessons.", ""], "typed text saved with the add")

            let fields: [(String, String)] = [("objective_o1", "Design exit tickets."), ("objective_o2", "Adjust lessons."),
                                              ("objective_o3", "Explain the check to students.")]
            #expect(try Self.post(designer, id, "objectives", fields + [("action", "up:o3")]).status == 303)
            design = try #require(try app.draftDesign(id))
            #expect(design.objectives.map(\.id) == ["o1", "o3", "o2"])
            #expect(design.objectives[1].statement == "Explain the check to students.")

            #expect(try Self.post(designer, id, "objectives", fields + [("action", "remove:o2")]).status == 303)
            design = try #require(try app.draftDesign(id))
            #expect(design.objectives.map(\.id) == ["o1", "o3"])
            #expect(design.requirements[0].objectiveIDs == ["o1"])
            #expect(design.rubric.criteria[0].objectiveIDs == ["o1"])
            #expect(!DesignChecker.check(design).errors.contains { $0.code == .unknownReference })

            let page = try designer.get(Self.edit(id))
            #expect(page.text.contains("Objective removed."))
            #expect(page.textareaValue("objective_o3") == "Explain the check to students.")
            #expect(page.textareaValue("objective_o2") == nil)

            // A button for an objective that is gone is refused, saving nothing.
            let stale = try Self.post(designer, id, "objectives", [("objective_o1", "Changed"), ("action", "remove:o2")])
            #expect(stale.status == 422)
            #expect(stale.text.contains("no longer in the design"))
            #expect(try app.draftDesign(id) == design)
        }
    }

    @Test func evidenceRoundTripAndMovesAcrossParts() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let parts: [(String, String)] = [("part_overview_title", "Overview questions"), ("part_artifacts_title", "Artifacts"),
                                             ("part_reflection_title", "Reflection")]
            let r1: [(String, String)] = [
                ("requirement_r1_title", "Lesson plan & ticket"), ("requirement_r1_kind", "lesson-plan"),
                ("requirement_r1_prompt", "Upload the plan."), ("requirement_r1_guidance", "*Short* is fine."),
                ("requirement_r1_objectives", "o1"), ("requirement_r1_min_words", "50"), ("requirement_r1_max_words", "500"),
                ("requirement_r1_file_types", ".PDF, docx docx"), ("requirement_r1_max_file_mb", "20"),
                ("requirement_r1_max_video_minutes", ""),
            ]
            // r1 is saved optional (no `required` box), and a reflection is added to the last part.
            let added = try Self.post(designer, id, "evidence", parts + r1 + [("new_kind_reflection", "reflection"),
                                                                               ("action", "add:reflection")])
            #expect(added.status == 303)
            #expect(added.location == "/studio/\(id)/edit#section-evidence")
            var design = try #require(try app.draftDesign(id))
            let saved = try #require(design.requirement("r1"))
            #expect(saved.title == "Lesson plan & ticket")
            #expect(saved.guidance == "*Short* is fine.")
            #expect(!saved.required)
            #expect(saved.limits == EvidenceLimits(minWords: 50, maxWords: 500, fileTypes: ["pdf", "docx"], maxFileMegabytes: 20))
            #expect(design.parts[2].requirements.map(\.id) == ["r2"])
            #expect(design.parts[2].requirements[0].kind == .reflection)

            let page = try designer.get(Self.edit(id))
            #expect(page.inputValue("requirement_r1_title") == "Lesson plan &amp; ticket")
            #expect(page.inputValue("requirement_r1_file_types") == "pdf, docx")
            #expect(page.selectedOption("requirement_r2_kind") == "reflection")
            #expect(!page.isChecked("requirement_r1_required", "yes"))

            // r2, first of the last part, moves up to the end of the part before; then r1 moves down below it.
            let r2: [(String, String)] = [("requirement_r2_title", "Reflection"), ("requirement_r2_kind", "reflection"),
                                          ("requirement_r2_required", "yes"), ("requirement_r2_objectives", "o1")]
            #expect(try Self.post(designer, id, "evidence", parts + r1 + r2 + [("action", "up:r2")]).status == 303)
            design = try #require(try app.draftDesign(id))
            #expect(design.parts.map { $0.requirements.map(\.id) } == [[], ["r1", "r2"], []])
            #expect(design.requirement("r2")?.required == true)
            #expect(try Self.post(designer, id, "evidence", parts + r1 + r2 + [("action", "down:r1")]).status == 303)
            #expect(try app.draftDesign(id)?.parts[1].requirements.map(\.id) == ["r2", "r1"])

            // A new part, moved first; removing the artifacts part removes its requirements and their links.
            #expect(try Self.post(designer, id, "evidence", parts + [("new_part_title", "Context"), ("action", "add-part")]).status == 303)
            design = try #require(try app.draftDesign(id))
            #expect(design.parts.map(\.title) == ["Overview questions", "Artifacts", "Reflection", "Context"])
            let newPart = design.parts[3].id
            #expect(try Self.post(designer, id, "evidence", [("action", "part-up:\(newPart)")]).status == 303)
            #expect(try app.draftDesign(id)?.parts.map(\.id) == ["overview", "artifacts", newPart, "reflection"])
            #expect(try Self.post(designer, id, "evidence", [("action", "part-remove:artifacts")]).status == 303)
            design = try #require(try app.draftDesign(id))
            #expect(design.requirements.isEmpty)
            #expect(design.rubric.criteria[0].requirementIDs.isEmpty)
            #expect(!DesignChecker.check(design).errors.contains { $0.code == .unknownReference })
        }
    }

    @Test func levelsRenameAddMoveRemove() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let levels: [(String, String)] = [("level_not-yet", "Not yet"), ("level_not-yet_points", "0"),
                                              ("level_approaching", "Emerging"), ("level_approaching_points", "1"),
                                              ("level_demonstrated", "Proficient"), ("level_demonstrated_points", "2"),
                                              ("level_exemplary", "Exemplary"), ("level_exemplary_points", "4")]
            let added = try Self.post(designer, id, "levels", levels + [("new_level", "Leading"), ("action", "add")])
            #expect(added.status == 303)
            #expect(added.location == "/studio/\(id)/edit#section-levels")
            var design = try #require(try app.draftDesign(id))
            #expect(design.rubric.levels.map(\.name) == ["Not yet", "Emerging", "Proficient", "Exemplary", "Leading"])
            #expect(design.rubric.levels.map(\.points) == [0, 1, 2, 4, 5])
            let page = try designer.get(Self.edit(id))
            #expect(page.inputValue("level_approaching") == "Emerging")
            #expect(page.inputValue("level_l1_points") == "5")
            #expect(page.textareaValue("criterion_c1_level_l1") == "", "the new level asks for a descriptor")

            // Removing the rule's level moves the rule up and drops the level's descriptors.
            #expect(try Self.post(designer, id, "levels", [("action", "remove:demonstrated")]).status == 303)
            design = try #require(try app.draftDesign(id))
            #expect(design.rubric.levels.map(\.id) == ["not-yet", "approaching", "exemplary", "l1"])
            #expect(design.rubric.successRule == .everyCriterionAtLeast(level: "exemplary"))
            #expect(design.rubric.criteria[0].descriptors["demonstrated"] == nil)
            #expect(try Self.post(designer, id, "levels", [("action", "down:not-yet")]).status == 303)
            #expect(try app.draftDesign(id)?.rubric.levels.map(\.id) == ["approaching", "not-yet", "exemplary", "l1"])
        }
    }

    @Test func criteriaRoundTripAddMoveRemove() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let c1: [(String, String)] = [("criterion_c1", "Alignment"), ("criterion_c1_level_not-yet", "No ticket."),
                                          ("criterion_c1_level_approaching", "A ticket."), ("criterion_c1_level_demonstrated", "Aligned."),
                                          ("criterion_c1_level_exemplary", ""), ("criterion_c1_objectives", "o1"),
                                          ("criterion_c1_requirements", "r1")]
            let added = try Self.post(designer, id, "criteria", c1 + [("action", "add")])
            #expect(added.status == 303)
            #expect(added.location == "/studio/\(id)/edit#section-criteria")
            var design = try #require(try app.draftDesign(id))
            #expect(design.rubric.criteria.map(\.id) == ["c1", "c2"])
            #expect(design.rubric.criteria[0].descriptors == ["not-yet": "No ticket.", "approaching": "A ticket.", "demonstrated": "Aligned."])
            #expect(design.rubric.criteria[0].requirementIDs == ["r1"])
            let page = try designer.get(Self.edit(id))
            #expect(page.textareaValue("criterion_c1_level_demonstrated") == "Aligned.")
            #expect(page.isChecked("criterion_c1_requirements", "r1"))
            #expect(page.checklistErrors.contains("Criterion 1 (“Alignment”) has no descriptor for the level “Exemplary”.")
                    || page.checklistErrors.contains { $0.contains("no descriptor for the level “Exemplary”") })

            let c2: [(String, String)] = [("criterion_c2", "Adjusting"), ("criterion_c2_objectives", "o1")]
            #expect(try Self.post(designer, id, "criteria", c1 + c2 + [("action", "up:c2")]).status == 303)
            design = try #require(try app.draftDesign(id))
            #expect(design.rubric.criteria.map(\.id) == ["c2", "c1"])
            #expect(design.rubric.criteria[0].title == "Adjusting")
            #expect(try Self.post(designer, id, "criteria", [("action", "remove:c2")]).status == 303)
            #expect(try app.draftDesign(id)?.rubric.criteria.map(\.id) == ["c1"])
        }
    }

    @Test func successRuleRoundTrip() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let points = try Self.post(designer, id, "rule", [("rule", "points"), ("rule_level", "demonstrated"),
                                                                ("rule_minimum", "2"), ("rule_floor", "approaching")])
            #expect(points.status == 303)
            #expect(points.location == "/studio/\(id)/edit#section-rule")
            #expect(try app.draftDesign(id)?.rubric.successRule == .pointsAtLeast(minimum: 2, floor: "approaching"))
            let page = try designer.get(Self.edit(id))
            #expect(page.inputValue("rule_minimum") == "2")
            #expect(page.selectedOption("rule_floor") == "approaching")
            #expect(try Self.post(designer, id, "rule", [("rule", "every"), ("rule_level", "exemplary"), ("rule_minimum", "")]).status == 303)
            #expect(try app.draftDesign(id)?.rubric.successRule == .everyCriterionAtLeast(level: "exemplary"))
        }
    }

    // MARK: Bad input

    struct BadInput: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let section: String
        let fields: [(String, String)]
        let field: String
        let message: String
    }

    static let badInputs: [BadInput] = [
        BadInput(testDescription: "empty title", section: "basics", fields: [("title", "  ")], field: "title", message: "Enter a title."),
        BadInput(testDescription: "title too long", section: "basics", fields: [("title", String(repeating: "x", count: 201))],
                 field: "title", message: "Use at most 200 characters (now 201)."),
        BadInput(testDescription: "hours not a number", section: "basics", fields: [("title", "T"), ("estimated_hours", "ten")],
                 field: "estimated_hours", message: "Enter the hours of work from 0 to 500, such as 10 or 7.5."),
        BadInput(testDescription: "credit hours over 100", section: "basics", fields: [("title", "T"), ("credit_hours", "101")],
                 field: "credit_hours", message: "Enter the credit hours from 0 to 100, such as 10 or 7.5."),
        BadInput(testDescription: "validity of 0 months", section: "basics", fields: [("title", "T"), ("validity_months", "0")],
                 field: "validity_months", message: "Enter the months as a whole number from 1 to 120, or leave it empty."),
        BadInput(testDescription: "javascript link", section: "basics",
                 fields: [("title", "T"), ("link_1_title", "Click"), ("link_1", "javascript:alert(1)")],
                 field: "link_1", message: "Enter a web address starting with https:// or http://."),
        BadInput(testDescription: "unknown grade band", section: "basics", fields: [("title", "T"), ("grade_bands", "college")],
                 field: "grade_bands", message: "Choose grade bands from the list."),
        BadInput(testDescription: "fewest words above most", section: "evidence",
                 fields: [("requirement_r1_title", "Plan"), ("requirement_r1_min_words", "500"), ("requirement_r1_max_words", "50")],
                 field: "requirement_r1_max_words", message: "The most words must be at least the fewest (500)."),
        BadInput(testDescription: "negative words", section: "evidence",
                 fields: [("requirement_r1_title", "Plan"), ("requirement_r1_min_words", "-5")],
                 field: "requirement_r1_min_words", message: "Enter the fewest words as a whole number from 0 to 100000, or leave it empty."),
        BadInput(testDescription: "file of 0 MB", section: "evidence",
                 fields: [("requirement_r1_title", "Plan"), ("requirement_r1_max_file_mb", "0")],
                 field: "requirement_r1_max_file_mb", message: "Enter the largest file in MB as a whole number from 1 to 10240, or leave it empty."),
        BadInput(testDescription: "video of 241 minutes", section: "evidence",
                 fields: [("requirement_r1_title", "Plan"), ("requirement_r1_max_video_minutes", "241")],
                 field: "requirement_r1_max_video_minutes",
                 message: "Enter the longest video in minutes as a whole number from 1 to 240, or leave it empty."),
        BadInput(testDescription: "prompt too long", section: "evidence",
                 fields: [("requirement_r1_title", "Plan"), ("requirement_r1_prompt", String(repeating: "p", count: 5_001))],
                 field: "requirement_r1_prompt", message: "Use at most 5000 characters (now 5001)."),
        BadInput(testDescription: "unknown kind of evidence", section: "evidence",
                 fields: [("requirement_r1_title", "Plan"), ("requirement_r1_kind", "essay")],
                 field: "requirement_r1_kind", message: "Choose a kind of evidence from the list."),
        BadInput(testDescription: "title without a link", section: "basics",
                 fields: [("title", "T"), ("link_1_title", "Guide"), ("link_1", "")],
                 field: "link_1", message: "Enter the link's web address, or clear its title to remove it."),
        BadInput(testDescription: "new level without a name", section: "levels", fields: [("new_level", ""), ("action", "add")],
                 field: "new_level", message: "Enter the new level's name."),
        BadInput(testDescription: "points over 100", section: "levels", fields: [("level_exemplary_points", "101")],
                 field: "level_exemplary_points", message: "Enter the points as a whole number from 0 to 100."),
        BadInput(testDescription: "two levels with the same points", section: "levels",
                 fields: [("level_demonstrated_points", "3"), ("level_exemplary_points", "3")],
                 field: "level_exemplary_points", message: "Each level needs its own points: 3 is also “Demonstrated”’s."),
        BadInput(testDescription: "descriptor for an unknown level", section: "criteria",
                 fields: [("criterion_c1", "Alignment"), ("criterion_c1_level_mastery", "Wow.")],
                 field: "criterion_c1", message: "There is no level “mastery” in the scale any more: check the page and try again."),
        BadInput(testDescription: "criterion linked to an unknown objective", section: "criteria",
                 fields: [("criterion_c1", "Alignment"), ("criterion_c1_objectives", "o9")],
                 field: "criterion_c1_objectives", message: "Choose objectives from the list (the page may be out of date)."),
        BadInput(testDescription: "rule at an unknown level", section: "rule", fields: [("rule", "every"), ("rule_level", "mastery")],
                 field: "rule_level", message: "Choose one of the rubric's levels."),
        BadInput(testDescription: "rule minimum not a number", section: "rule",
                 fields: [("rule", "points"), ("rule_minimum", "lots"), ("rule_floor", "approaching")],
                 field: "rule_minimum", message: "Enter the fewest points as a whole number from 0 to 10000."),
    ]

    @Test(arguments: badInputs)
    func badInputIsRefusedBesideTheFieldAndSavesNothing(_ c: BadInput) throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let before = try app.draftDesign(id)
            let designer = try app.signedIn(Self.designer)
            let response = try Self.post(designer, id, c.section, c.fields + [("action", "save")])
            #expect(response.status == 422)
            #expect(response.fieldError(c.field) == c.message)
            #expect(response.text.contains("There is a problem"))
            #expect(try app.draftDesign(id) == before, "nothing saved")
        }
    }

    @Test func aRefusedPostKeepsWhatWasTyped() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            let response = try Self.post(designer, id, "basics", [("title", "New <b>title</b>"), ("summary", "Typed summary"),
                                                                   ("estimated_hours", "-3")])
            #expect(response.status == 422)
            #expect(response.fieldError("estimated_hours") == "Enter the hours of work from 0 to 500, such as 10 or 7.5.")
            #expect(response.inputValue("estimated_hours") == "-3")
            #expect(response.inputValue("title") == "New &lt;b&gt;title&lt;/b&gt;")
            #expect(response.textareaValue("summary") == "Typed summary")
            #expect(try app.draftDesign(id)?.title == "Checks for understanding")
        }
    }

    // MARK: Who may edit what

    @Test(arguments: TestEngine.available)
    func anEducatorIsForbidden(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let id = try app.createMicrocredential(.complete())
            let before = try app.draftDesign(id)
            let educator = try app.signedIn("educator@riverbend.example")
            #expect(try educator.get(Self.edit(id)).status == 403)
            let response = try educator.submit("/dashboard", to: Self.section(id, "basics"), [("title", "Hijacked")])
            #expect(response.status == 403)
            #expect(try app.draftDesign(id) == before)
        }
    }

    @Test(arguments: TestEngine.available)
    func anotherOrganizationsDesignerGetsNotFound(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let id = try app.createMicrocredential(.complete())
            let before = try app.draftDesign(id)
            let lakeside = try app.signedIn("admin@lakeside.example")
            #expect(try lakeside.get(Self.edit(id)).status == 404)
            let response = try lakeside.submit("/dashboard", to: Self.section(id, "basics"), [("title", "Hijacked")])
            #expect(response.status == 404)
            #expect(try app.draftDesign(id) == before)
        }
    }

    @Test func malformedOrUnknownIDsAndSectionsAreNotFound() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let designer = try app.signedIn(Self.designer)
            #expect(try designer.get("/studio/not-an-id/edit").status == 404)
            #expect(try designer.get("/studio/%27%3B--/edit").status == 404)
            #expect(try designer.get(Self.edit(UUID().uuidString.lowercased())).status == 404)
            #expect(try designer.submit(Self.edit(id), to: Self.section(id, "everything"), [("title", "x")]).status == 404)
        }
    }

    @Test func aPostWithoutTheCSRFTokenIsRefused() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.complete())
            let before = try app.draftDesign(id)
            let designer = try app.signedIn(Self.designer)
            let response = try designer.post(Self.section(id, "basics"), form: [("title", "No token")])
            #expect(response.status == 403)
            #expect(try app.draftDesign(id) == before)
        }
    }

    @Test(arguments: TestEngine.available)
    func aPublishedVersionIsReadOnly(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let id = try app.createMicrocredential(.complete())
            try app.publish(id)
            let versionsBefore = try app.store.microcredentials.versions(of: Microcredential.ID(rawValue: id),
                                                                          in: app.organization("riverbend").id)
            let designer = try app.signedIn(Self.designer)
            let page = try designer.get(Self.edit(id))
            #expect(page.status == 200)
            #expect(page.text.contains("Version 1 is published: it can no longer change. Revise it to make a new draft."))
            #expect(page.inputValue("title") == nil, "no form to edit")
            for section in EditorSection.allCases {
                let response = try designer.submit("/dashboard", to: Self.section(id, section.rawValue),
                                                   [("title", "Changed"), ("action", "add")])
                #expect(response.status == 409, "\(section)")
                #expect(response.text.contains("Revise it to make a new draft."))
            }
            let versionsAfter = try app.store.microcredentials.versions(of: Microcredential.ID(rawValue: id),
                                                                         in: app.organization("riverbend").id)
            #expect(versionsAfter == versionsBefore, "nothing saved, no draft made")
        }
    }

    // MARK: What the page shows

    @Test func aScriptInTheTitleIsEscaped() throws {
        try TestApp.with { app in
            let id = try app.createMicrocredential(.blank(title: "Draft"))
            let designer = try app.signedIn(Self.designer)
            #expect(try Self.post(designer, id, "basics", [("title", "<script>alert(1)</script>")]).status == 303)
            #expect(try app.draftDesign(id)?.title == "<script>alert(1)</script>")
            let page = try designer.get(Self.edit(id))
            #expect(!page.text.contains("<script>alert(1)</script>"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func theChecklistClearsAsTheDesignIsFixed() throws {
        try TestApp.with { app in
            var start = Design.complete()
            start.rubric.criteria[0].descriptors = ["not-yet": "No ticket."]
            let id = try app.createMicrocredential(start)
            let designer = try app.signedIn(Self.designer)
            let before = try designer.get(Self.edit(id))
            #expect(before.text.contains("3 errors to fix before a pilot or publishing."))
            #expect(before.checklistErrors.filter { $0.contains("has no descriptor for the level") }.count == 3)
            #expect(before.text.contains("href=\"#criterion-c1-level-approaching\""))

            let fixed = try Self.post(designer, id, "criteria", [
                ("criterion_c1", "Alignment"), ("criterion_c1_level_not-yet", "No ticket."),
                ("criterion_c1_level_approaching", "A ticket."), ("criterion_c1_level_demonstrated", "Aligned."),
                ("criterion_c1_level_exemplary", "Aligned and adjusted."), ("criterion_c1_objectives", "o1"),
                ("criterion_c1_requirements", "r1"), ("action", "save"),
            ])
            #expect(fixed.status == 303)
            let after = try designer.get(Self.edit(id))
            #expect(after.checklistErrors.isEmpty)
            #expect(after.text.contains("checklist--passing"))
            #expect(DesignChecker.check(try #require(try app.draftDesign(id))).errors.isEmpty)
        }
    }
}
