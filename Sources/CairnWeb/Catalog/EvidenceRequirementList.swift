import CairnCore
import CairnHTML

/// The evidence an educator submits, part by part as they will fill it in: for each requirement
/// its kind, prompt, guidance, whether it is required, its limits and the objectives it shows.
struct EvidenceRequirementList: HTML {
    let design: Design

    var body: some HTML {
        if design.parts.allSatisfy(\.requirements.isEmpty) {
            p(.class("empty-state")) { "No evidence requirements yet." }
        }
        for (index, part) in design.parts.enumerated() where !part.requirements.isEmpty {
            section(.class("evidence-part"), .aria(.labelledby, "part-\(part.id)-heading")) {
                h3(.id("part-\(part.id)-heading")) { "Part \(index + 1): \(part.title)" }
                ol(.class("requirements")) {
                    for requirement in part.requirements {
                        li { RequirementCard(requirement: requirement, objectiveNumbers: Wording.objectiveNumbers(design)) }
                    }
                }
            }
        }
    }
}

/// One evidence requirement, as the educator will meet it.
struct RequirementCard: HTML {
    let requirement: EvidenceRequirement
    let objectiveNumbers: [String: Int]

    var shows: String? {
        let numbers = requirement.objectiveIDs.compactMap { objectiveNumbers[$0].map(String.init) }
        guard !numbers.isEmpty else { return nil }
        return "Shows objective\(numbers.count == 1 ? "" : "s") " + Wording.list(numbers)
    }

    var body: some HTML {
        article(.class("requirement"), .id("requirement-\(requirement.id)")) {
            h4(.class("requirement__title")) { requirement.title }
            p(.class("requirement__meta")) {
                span(.class("badge badge--kind")) { requirement.kind.displayName }
                " "
                span(.class(requirement.required ? "badge badge--required" : "badge badge--optional")) {
                    requirement.required ? "Required" : "Optional"
                }
                if let shows { " "; span(.class("requirement__shows")) { shows } }
            }
            if !requirement.prompt.isEmpty { p(.class("requirement__prompt")) { requirement.prompt } }
            if !requirement.guidance.isEmpty {
                div(.class("requirement__guidance")) {
                    p(.class("requirement__label")) { "Guidance" }
                    MarkdownBlock(requirement.guidance, baseHeadingLevel: 5)
                }
            }
            let limits = requirement.limits.sentences
            if !limits.isEmpty {
                ul(.class("requirement__limits"), .aria(.label, "Limits")) {
                    for sentence in limits { li { sentence } }
                }
            }
        }
    }
}
