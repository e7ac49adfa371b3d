import CairnCore
import CairnHTML
import Testing
@testable import CairnWeb

@Suite struct StudioPageTests {
    var editor: String { Fixtures.studioPages.first { $0.name == "editor" }!.html }

    func ids(_ html: String) -> Set<String> {
        Set(html.pieces(splitBy: #" id=""#).dropFirst().map { $0.pieces(splitBy: "\"")[0] })
    }

    @Test func everyCheckerFindingLinksToAnElementOnTheEditor() {
        let check = DesignChecker.check(Fixtures.flawedDesign)
        #expect(check.errors.count > 3 && !check.warnings.isEmpty)
        let html = editor
        let present = ids(html)
        for finding in check.all {
            #expect(html.contains(##"<a href="#\##(finding.field)">"##), "\(finding.code) is not linked")
            #expect(present.contains(finding.field), "\(finding.code): no element with id \(finding.field)")
        }
        let errors = html.pieces(splitBy: "checklist__item--error").count - 1
        let firstWarning = html.firstRange(of: "checklist__item--warning")!.lowerBound
        let lastError = html.ranges(of: "checklist__item--error").last!.lowerBound
        #expect(errors == check.errors.count)
        #expect(lastError < firstWarning, "errors come before warnings")
    }

    @Test func everyFieldAnchorTheCheckerCanNameExistsOnTheEditor() {
        // A design with one of everything: each id the checker may use is on the page.
        var design = Fixtures.design
        design.image = DesignImage(alt: "")
        let version = MicrocredentialVersion(microcredentialID: Fixtures.microcredential.id, number: 3, design: design, createdAt: Fixtures.published)
        let html = EditorPage(context: Fixtures.designer(), microcredential: Fixtures.microcredential, version: version,
                              check: DesignChecker.check(design)).render()
        let present = ids(html)
        var expected = ["title", "summary", "competency", "image-alt", "link-1", "link-2", "estimated-hours", "credit-hours",
                        "validity-months", "subjects", "grade-bands", "objectives", "parts", "levels", "criteria", "success-rule"]
        expected += design.objectives.map { "objective-\($0.id)" }
        expected += design.parts.map { "part-\($0.id)" }
        expected += design.requirements.flatMap { ["requirement-\($0.id)", "requirement-\($0.id)-limits"] }
        expected += design.rubric.levels.map { "level-\($0.id)" }
        for criterion in design.rubric.criteria {
            expected.append("criterion-\(criterion.id)")
            expected += design.rubric.levels.map { "criterion-\(criterion.id)-level-\($0.id)" }
        }
        for id in expected { #expect(present.contains(id), "missing id \(id)") }
    }

    @Test func moveAndRemoveButtonsCarryTheirActions() {
        let html = Fixtures.studioPages.first { $0.name == "editor-clean" }!.html
        let objectives = html.forms.first { $0.contains(#"action="/studio/mc-1/edit/objectives""#) }!
        #expect(!objectives.contains(#"value="up:o1""#), "the first has no move up")
        #expect(objectives.contains(#"<button type="submit" class="button button--small button--secondary" name="action" value="down:o1">Move down<span class="visually-hidden">: Objective 1</span></button>"#))
        #expect(objectives.contains(#"value="up:o2""#))
        #expect(objectives.contains(#"value="down:o2""#))
        #expect(!objectives.contains(#"value="down:o3""#), "the last has no move down")
        #expect(objectives.contains(#"name="action" value="remove:o3">Remove"#))
        #expect(objectives.contains(#"name="action" value="add">Add an objective</button>"#))

        let evidence = html.forms.first { $0.contains(#"action="/studio/mc-1/edit/evidence""#) }!
        #expect(evidence.contains(#"value="part-down:overview""#))
        #expect(evidence.contains(#"value="up:plan""#))
        #expect(evidence.contains(#"value="remove:video""#))
        #expect(evidence.contains(#"value="add:artifacts""#))
        #expect(evidence.contains(#"value="add-part""#))
        #expect(evidence.contains(#"name="requirement_plan_objectives" type="checkbox" value="o1" checked"#))

        let criteria = html.forms.first { $0.contains(#"action="/studio/mc-1/edit/criteria""#) }!
        #expect(criteria.contains(#"name="criterion_c2_level_not-yet""#))
        #expect(criteria.contains(#"name="criterion_c1_requirements" type="checkbox" value="plan" checked"#))
    }

    @Test func enterInAnEditorFieldSavesInsteadOfMovingTheFirstItem() {
        for form in editor.forms where form.contains("/studio/mc-1/edit/") {
            let firstButton = form.pieces(splitBy: "<button")[1]
            #expect(firstButton.contains(#"name="action" value="save""#))
        }
    }

    @Test func editorKeepsWhatWasTypedAndShowsTheError() {
        let html = editor
        #expect(html.contains(#"name="estimated_hours" type="text" class="input" value="ten""#))
        #expect(html.contains(##"<a href="#estimated-hours">Enter the hours as a number"##))
        #expect(html.contains(#"inputmode="decimal""#))
    }

    @Test func eachEditorSectionIsItsOwnPostForm() {
        for section in EditorSection.allCases {
            #expect(editor.contains(#"<form method="post" action="/studio/mc-1/edit/\#(section.rawValue)""#), "\(section)")
        }
    }

    @Test func overviewOffersOnlyTheActionsTheStateAllows() {
        let pages = Dictionary(uniqueKeysWithValues: Fixtures.studioPages)
        let draft = pages["overview-draft"]!
        #expect(draft.contains(#"action="/studio/mc-1/pilot""#))
        #expect(draft.contains(#"action="/studio/mc-1/publish""#))
        #expect(!draft.contains(#"action="/studio/mc-1/revise""#))
        #expect(draft.contains(#"action="/studio/mc-1/duplicate""#))
        #expect(draft.contains(#"href="/studio/mc-1/export""#))

        let flawed = pages["overview-flawed"]!
        #expect(!flawed.contains("/publish\""))
        #expect(!flawed.contains(#"action="/studio/mc-1/pilot""#))
        #expect(flawed.contains(##"href="/studio/mc-1/edit#image-alt""##))

        let published = pages["overview-published"]!
        #expect(published.contains(#"action="/studio/mc-1/revise""#))
        #expect(published.contains(#"name="change_note""#))
        #expect(published.contains(#"action="/studio/mc-1/retire""#))
        #expect(!published.contains("/publish\""))

        let pilot = pages["overview-pilot"]!
        #expect(pilot.contains(#"action="/studio/mc-1/publish""#))
        #expect(pilot.contains(#"action="/studio/mc-1/revise""#))
        #expect(!pilot.contains(#"<form method="post" action="/studio/mc-1/pilot""#))
    }

    @Test func studioGroupsByStateAndLinksEachMicrocredential() {
        let html = Fixtures.studioPages.first { $0.name == "studio" }!.html
        #expect(html.contains(#"<h2 id="state-draft">Draft (1)</h2>"#))
        #expect(html.contains(#"<h2 id="state-pilot">Pilot (1)</h2>"#))
        #expect(!html.contains("state-published"))
        #expect(html.contains(" (version 2 published)"))
        #expect(html.contains(#"href="/studio/mc-1/edit""#))
    }

    @Test func importListsEachProblemWithItsJSONPath() {
        let html = Fixtures.studioPages.first { $0.name == "import-design" }!.html
        #expect(html.contains("<code>design.rubric.criteria[2].descriptors</code>: design.rubric.criteria[2].descriptors is missing."))
        #expect(html.contains(#"name="design" type="file""#))
        #expect(html.contains(#"enctype="multipart/form-data""#))
    }

    @Test func pilotPageShowsParticipantsInviteLinkAndReport() {
        let html = Fixtures.studioPages.first { $0.name == "pilot" }!.html
        #expect(html.contains(#"action="/studio/mc-1/pilot/participants""#))
        #expect(html.contains(#"<option value="jordan@riverbend.example">Jordan Ellis (jordan@riverbend.example)</option>"#))
        #expect(html.contains("<code>https://cairn.riverbend.example/pilot/join/tok-123</code>"))
        #expect(html.contains("What is a &lt;hinge&gt; question?"))
        #expect(html.contains("2.5 of 5"))
        #expect(html.contains("Would recommend: 50%"))
        #expect(html.contains(#"<td class="table__cell" data-label="Share judged not yet"><span class="cell--alert">50%</span></td>"#), "c2: one of two not yet")
    }

    @Test func feedbackFormAsksClarityPerItemAndTheOverallQuestions() {
        let html = Fixtures.studioPages.first { $0.name == "pilot-feedback" }!.html
        #expect(html.contains(#"<form method="post" action="/pilot/v-1/feedback""#))
        for item in ["requirement_context", "requirement_plan", "requirement_video", "requirement_reflect", "criterion_c1", "criterion_c3"] {
            #expect(html.occurrences(of: #"name="clarity_\#(item)" type="radio""#) == 5, "\(item)")
            #expect(html.contains(#"name="comment_\#(item)""#), "\(item)")
        }
        #expect(html.contains(#"name="clarity_requirement_plan" type="radio" value="3" checked"#))
        #expect(html.occurrences(of: #"name="relevance" type="radio""#) == 5)
        #expect(html.contains(#"name="workload_hours""#))
        #expect(html.contains(#"name="would_recommend" type="radio" value="yes""#))
        #expect(html.contains(#"name="comments""#))
    }

    @Test func joinPagePostsBackItsToken() {
        let html = Fixtures.studioPages.first { $0.name == "pilot-join" }!.html
        #expect(html.contains(#"action="/pilot/join/tok%2F123""#))
    }

    @Test func designersSeeTheStudioInTheNavigation() {
        #expect(Fixtures.studioPages[0].html.contains(#"<a href="/studio" aria-current="page">Studio</a>"#))
        #expect(!Fixtures.catalogPages[1].html.contains(#"href="/studio""#), "an educator does not")
    }
}
