import CairnCore

/// The small designs the earning and review tests publish: one reflection (`r1`) on one objective,
/// judged by the given criteria on the default level scale.
extension Design {
    /// A complete design whose only evidence is a reflection of at most `maxWords` words.
    static func reflection(title: String, criteria: [(id: String, title: String)], maxWords: Int) -> Design {
        var design = Design.blank(title: title)
        design.summary = "Reflect on a lesson and adjust."
        design.competency = "The educator reflects on a lesson and adjusts instruction."
        design.subjects = ["Assessment"]
        design.gradeBands = [.k2]
        design.estimatedHours = 2
        design.creditHours = 1
        design.objectives = [LearningObjective(id: "o1", statement: "Reflect on a lesson.")]
        design.parts = [RequirementPart(id: "p1", title: "Reflection", requirements: [
            EvidenceRequirement(id: "r1", kind: .reflection, title: "Reflection", prompt: "Reflect.",
                                limits: EvidenceLimits(maxWords: maxWords), objectiveIDs: ["o1"]),
        ])]
        let descriptors = Dictionary(uniqueKeysWithValues: Level.defaultScale.map { ($0.id, "At \($0.name).") })
        design.rubric.criteria = criteria.map {
            Criterion(id: $0.id, title: $0.title, objectiveIDs: ["o1"], requirementIDs: ["r1"], descriptors: descriptors)
        }
        return design
    }
}
