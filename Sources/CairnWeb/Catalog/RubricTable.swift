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

    var columns: [DataTable<Criterion>.Column] {
        [.init("Criterion", rowHeader: true, class: "rubric__criterion") { criterion in
            span(.class("rubric__title")) { criterion.title }
            if let alignment = alignment(of: criterion) {
                span(.class("rubric__alignment")) { alignment }
            }
        }] + rubric.levels.map { level in
            .init(level.name, note: Wording.count(level.points, "point"), class: "rubric__descriptor") { criterion in
                if let descriptor = criterion.descriptors[level.id], !descriptor.isEmpty {
                    descriptor
                } else {
                    span(.class("rubric__descriptor--missing")) {
                        span(.aria(.hidden, "true")) { "—" }
                        span(.class("visually-hidden")) { "No descriptor yet" }
                    }
                }
            }
        }
    }

    public var body: some HTML {
        DataTable(id: id, caption: "Rubric: \(Wording.count(rubric.criteria.count, "criterion", "criteria")), \(Wording.count(rubric.levels.count, "level"))",
                  columns: columns, rows: rubric.criteria, emptyMessage: "No criteria yet.", class: "rubric")
        p(.class("success-rule")) {
            strong { "Success rule. " }
            rubric.successRuleSentence
        }
    }
}
