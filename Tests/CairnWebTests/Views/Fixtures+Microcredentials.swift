import CairnCore
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
        let entries = [CatalogPage.Entry(slug: "checks-for-understanding", design: design),
                       CatalogPage.Entry(slug: "academic-discourse", design: Design(title: "Academic Discourse", rubric: Rubric()))]
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
