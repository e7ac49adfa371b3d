import CairnCore
import CairnHTML

/// The full rubric exactly as assessors use it: a row per criterion, a column per level, each
/// cell the descriptor of that level; then the success rule in plain words.
///
/// Each row names the objectives and evidence its criterion judges. A missing descriptor (only
/// possible in a draft) shows as a dash, said aloud as "No descriptor yet".
public struct RubricTable: HTML {
    let design: Design
    let id: String

    /// - Parameter id: the table's id, unique on the page (its caption is `<id>-caption`).
    public init(design: Design, id: String = "rubric") {
        self.design = design
        self.id = id
    }

    var rubric: Rubric { design.rubric }

    /// "Objectives 1 and 3 · Lesson plan, Reflection", for the row header.
    func alignment(of criterion: Criterion) -> String? {
        let numbers = Wording.objectiveNumbers(design)
        let objectives = criterion.objectiveIDs.compactMap { numbers[$0].map(String.init) }
        let requirements = design.parts.flatMap(\.requirements)
            .filter { criterion.requirementIDs.contains($0.id) }.map(\.title)
        var parts: [String] = []
        if !objectives.isEmpty {
            parts.append((objectives.count == 1 ? "Objective " : "Objectives ") + Wording.list(objectives))
        }
        if !requirements.isEmpty { parts.append("Evidence: " + requirements.joined(separator: ", ")) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    public var body: some HTML {
        if rubric.criteria.isEmpty {
            p(.class("empty-state")) { "No criteria yet." }
        } else {
            div(.class("table-wrap rubric-wrap"), .role("region"), .aria(.labelledby, id + "-caption"), .tabindex(0)) {
                table(.id(id), .class("table rubric")) {
                    caption(.id(id + "-caption")) {
                        "Rubric: \(Wording.count(rubric.criteria.count, "criterion", "criteria")), \(Wording.count(rubric.levels.count, "level"))"
                    }
                    thead {
                        tr {
                            th(.scope("col"), .class("rubric__criterion")) { "Criterion" }
                            for level in rubric.levels {
                                th(.scope("col")) {
                                    level.name
                                    span(.class("rubric__points")) { Wording.count(level.points, "point") }
                                }
                            }
                        }
                    }
                    tbody {
                        for criterion in rubric.criteria {
                            tr {
                                th(.scope("row"), .class("rubric__criterion")) {
                                    span(.class("rubric__title")) { criterion.title }
                                    if let alignment = alignment(of: criterion) {
                                        span(.class("rubric__alignment")) { alignment }
                                    }
                                }
                                for level in rubric.levels {
                                    if let descriptor = criterion.descriptors[level.id], !descriptor.isEmpty {
                                        td(.class("rubric__descriptor")) { descriptor }
                                    } else {
                                        td(.class("rubric__descriptor rubric__descriptor--missing")) {
                                            span(.aria(.hidden, "true")) { "—" }
                                            span(.class("visually-hidden")) { "No descriptor yet" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        p(.class("success-rule")) {
            strong { "Success rule. " }
            rubric.successRuleSentence
        }
    }
}
