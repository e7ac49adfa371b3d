import Foundation
import CairnCore

extension Design {
    /// A small design that passes the checker: one objective, one requirement, one criterion.
    static func sample(_ title: String, summary: String = "A short summary.", competency: String = "The educator does it well.",
                       subjects: [String] = ["Assessment"], gradeBands: [GradeBand] = [.k2], hours: Double = 10, credit: Double = 1,
                       objective: String = "Plan a lesson that uses the method.") -> Design {
        var design = Design.blank(title: title)
        design.summary = summary
        design.competency = competency
        design.subjects = subjects
        design.gradeBands = gradeBands
        design.estimatedHours = hours
        design.creditHours = credit
        design.objectives = [LearningObjective(id: "o1", statement: objective)]
        design.parts = [RequirementPart(id: "artifacts", title: "Artifacts", requirements: [
            EvidenceRequirement(id: "r1", kind: .lessonPlan, title: "Lesson plan", prompt: "Upload the plan.",
                                limits: EvidenceLimits(fileTypes: ["pdf"], maxFileMegabytes: 10), objectiveIDs: ["o1"]),
        ])]
        design.rubric.criteria = [Criterion(id: "c1", title: "Plan", objectiveIDs: ["o1"], requirementIDs: ["r1"],
                                            descriptors: Dictionary(uniqueKeysWithValues: Level.defaultScale.map { ($0.id, "At \($0.name).") }))]
        return design
    }
}
