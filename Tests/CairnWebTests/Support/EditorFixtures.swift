import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Microcredentials made through the store for the editor's tests, and ways to read the editor page.
extension TestApp {
    /// Creates a microcredential in `organization` authored by its designer; returns its id.
    func createMicrocredential(_ design: Design, slug: String = "editor-test", in organization: String = "riverbend",
                               by email: String = "designer@riverbend.example") throws -> String {
        let author = try member(email, in: organization)
        let microcredential = Microcredential(organizationID: try self.organization(organization).id, slug: slug,
                                              createdAt: Date(), createdBy: author.person.id)
        try store.microcredentials.create(microcredential, design: design)
        return microcredential.id.rawValue
    }

    /// The design of the microcredential's latest draft (nil when it has none).
    func draftDesign(_ id: String, in organization: String = "riverbend") throws -> Design? {
        try store.microcredentials.latestDraft(of: Microcredential.ID(rawValue: id), in: self.organization(organization).id)?.design
    }

    /// Publishes the microcredential's version 1 (its design must pass the checker).
    func publish(_ id: String, in organization: String = "riverbend") throws {
        let organizationID = try self.organization(organization).id
        let version = try #require(try store.microcredentials.latestDraft(of: Microcredential.ID(rawValue: id), in: organizationID))
        try store.microcredentials.transition(version.id, to: .published, at: Date(), in: organizationID)
    }
}

extension Design {
    /// A small design that passes the checker: one objective, one requirement, one criterion described at every level.
    static func complete(title: String = "Checks for understanding") -> Design {
        var design = Design.blank(title: title)
        design.summary = "Plan and use quick checks for understanding, then adjust the lesson."
        design.competency = "The educator checks understanding during a lesson and adjusts instruction."
        design.subjects = ["Assessment"]
        design.gradeBands = [.grades3to5]
        design.estimatedHours = 10
        design.objectives = [LearningObjective(id: "o1", statement: "Design exit tickets aligned to a lesson objective.")]
        design.parts[1].requirements = [EvidenceRequirement(id: "r1", kind: .lessonPlan, title: "Lesson plan",
                                                            prompt: "Upload a lesson plan with its exit ticket.", objectiveIDs: ["o1"])]
        design.rubric.criteria = [Criterion(id: "c1", title: "Alignment", objectiveIDs: ["o1"], requirementIDs: ["r1"],
                                            descriptors: Dictionary(uniqueKeysWithValues: Level.defaultScale.map { ($0.id, "At \($0.name).") }))]
        return design
    }
}

extension TestResponse {
    /// The text of the textarea named `name` (escaped as rendered), or nil.
    func textareaValue(_ name: String) -> String? {
        let pattern = #"<textarea[^>]*name="\#(name)"[^>]*>([^<]*)</textarea>"#
        guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
        let tag = String(text[range])
        guard let open = tag.firstIndex(of: ">"), let close = tag.range(of: "</textarea>") else { return nil }
        return String(tag[tag.index(after: open)..<close.lowerBound])
    }

    /// The value of the selected option of the select named `name`, or nil.
    func selectedOption(_ name: String) -> String? {
        let pattern = #"<select[^>]*name="\#(name)"[^>]*>.*?</select>"#
        guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
        let select = String(text[range])
        guard let option = select.range(of: #"<option[^>]*selected[^>]*>"#, options: .regularExpression),
              let value = select[option].range(of: #"value="[^"]*""#, options: .regularExpression) else { return nil }
        return String(select[option][value].dropFirst(7).dropLast())
    }

    /// Whether the checkbox named `name` with `value` is checked (exactly that name, unlike `isChosen`).
    func isChecked(_ name: String, _ value: String) -> Bool {
        let pattern = #"<input[^>]*name="\#(name)"[^>]*value="\#(value)"[^>]*>"#
        guard let range = text.range(of: pattern, options: .regularExpression) else { return false }
        return text[range].contains("checked")
    }

    /// The design check's error messages, as the checklist shows them.
    var checklistErrors: [String] {
        text.components(separatedBy: "checklist__item--error").dropFirst().compactMap { item in
            guard let link = item.range(of: "<a "), let start = item.range(of: "\">", range: link.upperBound..<item.endIndex),
                  let end = item.range(of: "</a>") else { return nil }
            return String(item[start.upperBound..<end.lowerBound])
        }
    }
}
