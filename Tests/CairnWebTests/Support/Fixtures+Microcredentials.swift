import CairnHTML
import CairnStore
import CairnCore
import CairnStore
import Foundation
@testable import CairnWeb

/// A realistic microcredential for the catalog and studio page tests.
extension Fixtures {
    static let organization = PublicOrganization(name: "Riverbend Unified School District", slug: "riverbend")
    static let published = Date(timeIntervalSince1970: 1_795_000_000) // 18 November 2026

    static let design = Design(
        title: "Checks for Understanding",
        summary: "Plan quick checks that show, mid-lesson, what every student understands, and adjust teaching on the spot.",
        competency: "The educator uses in-the-moment checks for understanding to gather evidence of every student's learning and adjusts instruction in response.",
        keyMethod: "Formative assessment cycle: elicit evidence, interpret it, act on it within the lesson.",
        methodComponents: ["Plan hinge questions at the lesson's key turning points",
                           "Collect a response from every student (whiteboards, hand signals, exit tickets)",
                           "Decide in advance what you will do with each answer pattern"],
        research: "# Why it works\n\nBlack and Wiliam's review *Inside the Black Box* found large gains from formative assessment.\n\n- Effect sizes of **0.4 to 0.7**\n- Strongest for lower-achieving students",
        resources: "| Tool | Use |\n| --- | --- |\n| Mini whiteboards | whole-class answers |\n| Exit tickets | end of lesson |\n\n- [x] Print the planning template",
        links: [ResourceLink(title: "Inside the Black Box", url: "https://example.org/black-box"),
                ResourceLink(title: "Trick", url: "javascript:alert(1)")],
        subjects: ["Assessment", "All subjects"], gradeBands: [.grades3to5, .grades6to8],
        estimatedHours: 10, creditHours: 1.5, image: nil, validityMonths: 36,
        objectives: [LearningObjective(id: "o1", statement: "Design hinge questions whose wrong answers reveal specific misconceptions."),
                     LearningObjective(id: "o2", statement: "Collect responses from every student during the lesson."),
                     LearningObjective(id: "o3", statement: "Adjust instruction in the moment based on the responses.")],
        parts: [
            RequirementPart(id: "overview", title: "Overview questions", requirements: [
                EvidenceRequirement(id: "context", kind: .reflection, title: "Your class",
                                    prompt: "Describe the class and the unit in which you used checks for understanding.",
                                    guidance: "Mention the grade, the subject and **what students found hard**.",
                                    required: true, limits: EvidenceLimits(minWords: 100, maxWords: 300), objectiveIDs: ["o2"]),
            ]),
            RequirementPart(id: "artifacts", title: "Artifacts", requirements: [
                EvidenceRequirement(id: "plan", kind: .lessonPlan, title: "Annotated lesson plan",
                                    prompt: "Upload a lesson plan with your hinge questions marked.",
                                    guidance: "Show what you planned to do for each answer pattern.",
                                    required: true, limits: EvidenceLimits(fileTypes: ["pdf", "docx"], maxFileMegabytes: 20),
                                    objectiveIDs: ["o1", "o3"]),
                EvidenceRequirement(id: "video", kind: .classroomVideo, title: "Classroom video",
                                    prompt: "Record the part of the lesson where students answer a hinge question.",
                                    guidance: "", required: false, limits: EvidenceLimits(maxVideoMinutes: 10),
                                    objectiveIDs: ["o2", "o3"]),
            ]),
            RequirementPart(id: "reflection", title: "Reflection", requirements: [
                EvidenceRequirement(id: "reflect", kind: .reflection, title: "What you changed",
                                    prompt: "What did the responses show, and what did you do next?",
                                    guidance: "", required: true, limits: EvidenceLimits(minWords: 200, maxWords: 500),
                                    objectiveIDs: ["o3"]),
            ]),
        ],
        rubric: Rubric(levels: Level.defaultScale, criteria: [
            Criterion(id: "c1", title: "Hinge questions", objectiveIDs: ["o1"], requirementIDs: ["plan"], descriptors: [
                "not-yet": "Questions can be answered correctly without understanding.",
                "approaching": "Some wrong answers point to a misconception.",
                "demonstrated": "Each wrong answer points to a specific misconception.",
                "exemplary": "Distractors map to misconceptions & the plan says what to do for each <one>.",
            ]),
            Criterion(id: "c2", title: "Every student responds", objectiveIDs: ["o2"], requirementIDs: ["context", "video"], descriptors: [
                "not-yet": "A few volunteers answer.",
                "approaching": "Most students answer.",
                "demonstrated": "Every student answers at the same time.",
                "exemplary": "Every student answers and the teacher records the pattern.",
            ]),
            Criterion(id: "c3", title: "Responsive teaching", objectiveIDs: ["o3"], requirementIDs: ["plan", "reflect"], descriptors: [
                "not-yet": "The lesson goes on as planned whatever the answers.",
                "approaching": "The teacher re-explains to everyone.",
                "demonstrated": "The next step depends on the answer pattern.",
                "exemplary": "Groups get different next steps from the evidence.",
            ]),
        ], successRule: .everyCriterionAtLeast(level: "demonstrated")))

    static let microcredential = Microcredential(
        id: Microcredential.ID(rawValue: "mc-1"), organizationID: Organization.ID(rawValue: "org-1"),
        slug: "checks-for-understanding", createdAt: published, createdBy: Person.ID(rawValue: "p-1"))

    static let publishedVersion = MicrocredentialVersion(
        id: MicrocredentialVersion.ID(rawValue: "v-2"), microcredentialID: microcredential.id, number: 2, state: .published,
        design: design, changeNote: "Clearer descriptors for the top level.", createdAt: published,
        pilotStartedAt: published, publishedAt: published)

    static let draftVersion = MicrocredentialVersion(
        id: MicrocredentialVersion.ID(rawValue: "v-3"), microcredentialID: microcredential.id, number: 3, state: .draft,
        design: design, changeNote: "Add a student-work requirement.", createdAt: published)

    static func publicContext(signedIn: Bool = false) -> PageContext {
        signedIn ? context(roles: [.educator], path: "/o/riverbend/catalog")
                 : context(roles: nil, path: "/o/riverbend/catalog")
    }

    static var catalogPages: [(name: String, html: String)] {
        let discourse = Microcredential(id: Microcredential.ID(rawValue: "mc-2"), organizationID: microcredential.organizationID,
                                        slug: "academic-discourse", createdAt: published, createdBy: microcredential.createdBy)
        let entries = [CatalogEntry(microcredential: microcredential, version: publishedVersion),
                       CatalogEntry(microcredential: discourse, version: MicrocredentialVersion(
                           microcredentialID: discourse.id, number: 1, state: .published,
                           design: Design(title: "Academic Discourse", rubric: Rubric()), createdAt: published, publishedAt: published))]
        return [
            ("catalog", CatalogPage(context: publicContext(), organization: organization, query: CatalogQuery(),
                                    entries: entries, subjects: ["Assessment", "Literacy"]).render()),
            ("catalog-filtered", CatalogPage(context: publicContext(signedIn: true), organization: organization,
                                             query: CatalogQuery(text: "hinge", subject: "Assessment", gradeBand: "6-8", maxHours: "12", minCreditHours: "1"),
                                             entries: [entries[0]], subjects: ["Assessment", "Literacy"]).render()),
            ("catalog-empty", CatalogPage(context: publicContext(), organization: organization, query: CatalogQuery(text: "robots"),
                                          entries: [], subjects: []).render()),
            ("microcredential", MicrocredentialPage(context: publicContext(), organization: organization, microcredential: microcredential,
                                                    version: publishedVersion).render()),
        ]
    }
}

extension Fixtures {
    static func designer(_ path: String = "/studio") -> PageContext { context(roles: [.designer], path: path) }

    /// A draft with problems, so the checklist has errors and warnings to link.
    static let flawedDesign: Design = {
        var design = Design.blank(title: "Academic <script>alert(1)</script> Discourse")
        design.addObjective(statement: "Understand talk moves.")
        design.addObjective(statement: "Use talk moves so every student explains their thinking.")
        _ = design.addRequirement(kind: .classroomVideo, title: "Discussion video", to: "artifacts")
        design.addCriterion(title: "Talk moves")
        design.rubric.criteria[0].descriptors = ["not-yet": "No talk moves <b>yet</b>.", "demonstrated": "Several talk moves."]
        design.image = DesignImage(blob: nil, alt: "")
        design.links = [ResourceLink(title: "Bad", url: "javascript:alert(1)")]
        return design
    }()

    static let flawedVersion = MicrocredentialVersion(
        id: MicrocredentialVersion.ID(rawValue: "v-9"), microcredentialID: microcredential.id, number: 1,
        design: flawedDesign, createdAt: published)

    static let pilotVersion = MicrocredentialVersion(
        id: MicrocredentialVersion.ID(rawValue: "v-1"), microcredentialID: microcredential.id, number: 1, state: .pilot,
        design: design, createdAt: published, pilotStartedAt: published)

    static let feedback: [PilotFeedback] = [
        PilotFeedback(versionID: pilotVersion.id, personID: Person.ID(rawValue: "p-2"), role: .educator,
                      items: [ItemFeedback(kind: .requirement, itemID: "plan", clarity: 2, comment: "What is a <hinge> question?"),
                              ItemFeedback(kind: .criterion, itemID: "c1", clarity: 4)],
                      relevance: 5, workloadHours: 12, wouldRecommend: true, comments: "Useful & practical.", submittedAt: published),
        PilotFeedback(versionID: pilotVersion.id, personID: Person.ID(rawValue: "p-3"), role: .assessor,
                      items: [ItemFeedback(kind: .requirement, itemID: "plan", clarity: 3, comment: "Needs an example.")],
                      relevance: 4, workloadHours: 9, wouldRecommend: false, submittedAt: published),
    ]

    static let pilotReport = PilotReport.make(design: design, feedback: feedback, scores: [
        ["c1": "demonstrated", "c2": "not-yet", "c3": "approaching"],
        ["c1": "exemplary", "c2": "approaching", "c3": "demonstrated"],
    ])

    static var studioPages: [(name: String, html: String)] {
        let entries = [
            StudioEntry(microcredential: microcredential, latest: draftVersion, publishedNumber: 2),
            StudioEntry(microcredential: Microcredential(id: Microcredential.ID(rawValue: "mc-2"), organizationID: microcredential.organizationID,
                                                         slug: "discourse", createdAt: published, createdBy: microcredential.createdBy),
                        latest: pilotVersion, publishedNumber: nil),
        ]
        var editorErrors = FormErrors()
        editorErrors.add("Enter the hours as a number, such as 10 or 7.5.", for: "estimated_hours")
        var reviseErrors = FormErrors()
        reviseErrors.add("Say what will change in the new version.", for: "change_note")
        var titleErrors = FormErrors()
        titleErrors.add("Give the microcredential a title.", for: "title")
        var feedbackErrors = FormErrors()
        feedbackErrors.add("Choose how relevant it is, from 1 to 5.", for: "relevance")
        return [
            ("studio", StudioPage(context: designer(), entries: entries).render()),
            ("studio-empty", StudioPage(context: designer(), entries: []).render()),
            ("studio-new", NewMicrocredentialPage(context: designer("/studio/new"), title: "", errors: titleErrors).render()),
            ("editor", EditorPage(context: designer("/studio/mc-1/edit"), microcredential: microcredential, version: flawedVersion,
                                  check: DesignChecker.check(flawedDesign), errors: editorErrors, typed: ["estimated_hours": "ten"]).render()),
            ("editor-clean", EditorPage(context: designer("/studio/mc-1/edit"), microcredential: microcredential, version: draftVersion,
                                        check: DesignChecker.check(design)).render()),
            ("preview", PreviewPage(context: designer("/studio/mc-1/preview"), microcredential: microcredential, version: flawedVersion).render()),
            ("overview-draft", MicrocredentialOverviewPage(context: designer("/studio/mc-1"), microcredential: microcredential,
                                                           versions: [publishedVersion, draftVersion], check: .clean).render()),
            ("overview-flawed", MicrocredentialOverviewPage(context: designer("/studio/mc-1"), microcredential: microcredential,
                                                            versions: [flawedVersion], check: DesignChecker.check(flawedDesign)).render()),
            ("overview-published", MicrocredentialOverviewPage(context: designer("/studio/mc-1"), microcredential: microcredential,
                                                               versions: [publishedVersion], check: DesignChecker.check(design),
                                                               errors: reviseErrors).render()),
            ("overview-pilot", MicrocredentialOverviewPage(context: designer("/studio/mc-1"), microcredential: microcredential,
                                                           versions: [pilotVersion], check: .clean).render()),
            ("import-design", ImportDesignPage(context: designer("/studio/import"), problems: [
                .missingKey(path: "design.rubric.criteria[2].descriptors"),
                .wrongType(path: "design.estimatedHours", expected: "a number", found: "text"),
            ]).render()),
            ("pilot", PilotPage(context: designer("/studio/mc-1/pilot"), microcredential: microcredential, version: pilotVersion,
                                participants: [PilotParticipantRow(name: "Maya Okafor", email: "maya@riverbend.example", role: .educator, joinedAt: published)],
                                candidates: [Choice(value: "jordan@riverbend.example", label: "Jordan Ellis (jordan@riverbend.example)")],
                                inviteURL: "https://cairn.riverbend.example/pilot/join/tok-123", report: pilotReport).render()),
            ("pilot-district", PilotPage(context: designer("/studio/mc-1/pilot"), microcredential: microcredential, version: pilotVersion,
                                         participants: [], candidates: nil, inviteURL: "https://cairn.riverbend.example/pilot/join/tok-123",
                                         report: PilotReport.make(design: design, feedback: [], scores: [])).render()),
            ("pilot-empty", PilotPage(context: designer("/studio/mc-1/pilot"), microcredential: microcredential, version: pilotVersion,
                                      participants: [], candidates: [], inviteURL: "https://cairn.riverbend.example/pilot/join/tok-123",
                                      report: PilotReport.make(design: design, feedback: [], scores: [])).render()),
            ("pilot-feedback", PilotFeedbackPage(context: context(roles: [.educator], path: "/pilot/v-1/feedback"), version: pilotVersion,
                                                 values: ["workload_hours": "12", "clarity_requirement_plan": "3"], errors: feedbackErrors).render()),
            ("pilot-join", PilotJoinPage(context: context(roles: [.educator], path: "/pilot/join/tok"), token: "tok/123", design: design).render()),
        ]
    }
}
