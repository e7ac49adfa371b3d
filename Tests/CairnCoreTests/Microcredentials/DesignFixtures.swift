import Foundation
@testable import CairnCore

extension Design {
    /// A complete, well-formed design ("Checks for understanding"): no checker error, no warning.
    static let wellFormed = Design(
        title: "Checks for Understanding",
        summary: "Plan quick checks for understanding and use what they show to adjust teaching the same day.",
        competency: "The educator uses frequent formative checks to find out what students have learned and adjusts instruction.",
        keyMethod: "Exit tickets and hinge questions",
        methodComponents: ["Plan the check", "Collect responses", "Sort and respond"],
        research: "Black & Wiliam (1998), *Inside the Black Box*.",
        resources: "- [Hinge questions](https://example.org/hinge)",
        links: [ResourceLink(title: "Exit ticket templates", url: "https://example.org/exit-tickets")],
        subjects: ["Assessment", "Instruction"],
        gradeBands: [.k2, .grades3to5],
        estimatedHours: 10, creditHours: 1,
        image: DesignImage(blob: "ab12", alt: "A teacher reading sticky notes from students"),
        validityMonths: 36,
        objectives: [
            LearningObjective(id: "o1", statement: "Design checks for understanding aligned to a lesson objective."),
            LearningObjective(id: "o2", statement: "Adjust instruction the same day using evidence from the checks."),
        ],
        parts: [
            RequirementPart(id: "overview", title: "Overview questions", requirements: [
                EvidenceRequirement(id: "r-context", kind: .other, title: "Class context",
                                    prompt: "Describe your class and the lesson objective.", limits: EvidenceLimits(minWords: 50, maxWords: 300),
                                    objectiveIDs: ["o1"]),
            ]),
            RequirementPart(id: "artifacts", title: "Artifacts", requirements: [
                EvidenceRequirement(id: "r-plan", kind: .lessonPlan, title: "Lesson plan", prompt: "Upload the plan with the check marked.",
                                    limits: EvidenceLimits(fileTypes: ["pdf", "docx"], maxFileMegabytes: 20), objectiveIDs: ["o1"]),
                EvidenceRequirement(id: "r-work", kind: .studentWork, title: "Student responses",
                                    prompt: "Upload three student responses: one strong, one partial, one off track.",
                                    required: false, limits: EvidenceLimits(fileTypes: ["pdf", "jpg"]), objectiveIDs: ["o1", "o2"]),
            ]),
            RequirementPart(id: "reflection", title: "Reflection", requirements: [
                EvidenceRequirement(id: "r-reflect", kind: .reflection, title: "Reflection",
                                    prompt: "What did the responses show, and what did you change?",
                                    limits: EvidenceLimits(minWords: 300, maxWords: 800), objectiveIDs: ["o2"]),
            ]),
        ],
        rubric: Rubric(
            levels: Level.defaultScale,
            criteria: [
                Criterion(id: "c-design", title: "Quality of the check", objectiveIDs: ["o1"], requirementIDs: ["r-context", "r-plan"],
                          descriptors: descriptors("check")),
                Criterion(id: "c-evidence", title: "Use of student evidence", objectiveIDs: ["o1", "o2"], requirementIDs: ["r-work"],
                          descriptors: descriptors("evidence")),
                Criterion(id: "c-adjust", title: "Adjustment", objectiveIDs: ["o2"], requirementIDs: ["r-reflect"],
                          descriptors: descriptors("adjustment")),
            ],
            successRule: .everyCriterionAtLeast(level: "demonstrated")))

    static func descriptors(_ topic: String) -> [String: String] {
        ["not-yet": "The \(topic) is missing.", "approaching": "The \(topic) is partly there.",
         "demonstrated": "The \(topic) is clear.", "exemplary": "The \(topic) is clear and insightful."]
    }
}

extension Date {
    /// A whole second, for design files (which keep whole seconds).
    static let exportFixture = Date(timeIntervalSince1970: 1_795_608_000)  // 2026-11-25T12:00:00Z
}
