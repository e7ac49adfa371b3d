import Foundation

/// Checks a design before it is piloted or published, and live while it is edited.
///
/// Errors make a design unfit to pilot or publish (an objective nobody assesses, a level without a
/// descriptor, a broken reference …); warnings point at what is probably weak (an objective that
/// says "understand", an empty summary …). Findings come in a stable order: design-wide first, then
/// objectives, evidence, rubric, in the order the designer sees them.
public enum DesignChecker {
    /// Phrases that name no observable action, matched as whole words, case-insensitively.
    public static let unmeasurablePhrases: [String] = [
        "understand", "understands", "know", "knows", "appreciate", "appreciates",
        "learn about", "learns about", "be aware of", "become aware of", "be familiar with", "become familiar with",
    ]

    /// The unmeasurable phrases a statement uses, in the order of `unmeasurablePhrases`.
    public static func unmeasurablePhrases(in statement: String) -> [String] {
        let words = Self.words(statement)
        return unmeasurablePhrases.filter { phrase in
            let needle = Self.words(phrase)
            guard needle.count <= words.count else { return false }
            return (0...(words.count - needle.count)).contains { Array(words[$0..<($0 + needle.count)]) == needle }
        }
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map(String.init)
    }

    /// Every error and warning of a design.
    public static func check(_ design: Design) -> DesignCheck {
        var run = Run(design: design)
        run.checkOverview()
        run.checkIDs()
        run.checkObjectives()
        run.checkEvidence()
        run.checkRubric()
        return DesignCheck(errors: run.errors, warnings: run.warnings)
    }

    /// One pass over a design, collecting findings.
    private struct Run {
        let design: Design
        var errors: [DesignFinding] = []
        var warnings: [DesignFinding] = []

        init(design: Design) { self.design = design }

        mutating func error(_ code: DesignFinding.Code, _ message: String, _ field: String) {
            errors.append(DesignFinding(code, message, field: field))
        }

        mutating func warn(_ code: DesignFinding.Code, _ message: String, _ field: String) {
            warnings.append(DesignFinding(code, message, field: field))
        }

        func isBlank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

        mutating func checkOverview() {
            if isBlank(design.title) { error(.titleEmpty, "Give the microcredential a title.", "title") }
            if isBlank(design.summary) {
                warn(.summaryEmpty, "Add a one- or two-sentence summary: the catalog shows it to educators choosing.", "summary")
            }
            if isBlank(design.competency) {
                warn(.competencyEmpty, "State the competency this microcredential recognizes.", "competency")
            }
            if let image = design.image, isBlank(image.alt) {
                error(.imageAltMissing, "Describe the image in its alternative text, for people who cannot see it.", "image-alt")
            }
            for (index, link) in design.links.enumerated() where !link.isWebURL {
                error(.linkNotWeb, "Link \(index + 1) (“\(link.title)”) must be a web address starting with http:// or https://.",
                      "link-\(index + 1)")
            }
            if !(design.estimatedHours >= 0) || !design.estimatedHours.isFinite {
                error(.hoursNegative, "Estimated hours cannot be negative.", "estimated-hours")
            } else if design.estimatedHours == 0 {
                warn(.estimatedHoursMissing, "Estimate the hours of work, so educators can plan.", "estimated-hours")
            }
            if !(design.creditHours >= 0) || !design.creditHours.isFinite {
                error(.hoursNegative, "Credit hours cannot be negative (use 0 for none).", "credit-hours")
            }
            if let months = design.validityMonths, months <= 0 {
                error(.validityNotPositive, "Credentials must stay valid for at least one month (or choose no expiry).", "validity-months")
            }
            if design.subjects.allSatisfy(isBlank) {
                warn(.noSubjects, "Add at least one subject, so educators find it with the catalog’s filters.", "subjects")
            }
            if design.gradeBands.isEmpty {
                warn(.noGradeBands, "Choose the grade bands it suits, so educators find it with the catalog’s filters.", "grade-bands")
            }
        }

        mutating func checkIDs() {
            let lists: [(kind: String, noun: String, ids: [String])] = [
                ("objective", "objectives", design.objectives.map(\.id)),
                ("part", "parts", design.parts.map(\.id)),
                ("requirement", "evidence requirements", design.requirements.map(\.id)),
                ("criterion", "criteria", design.rubric.criteria.map(\.id)),
                ("level", "levels", design.rubric.levels.map(\.id)),
            ]
            for list in lists {
                var seen: Set<String> = [], reported: Set<String> = []
                for id in list.ids {
                    if !Design.isValidLocalID(id) {
                        error(.invalidID, "The id “\(id)” is not valid: use 1 to 40 lowercase letters, digits or hyphens.",
                              "\(list.kind)-\(id)")
                    }
                    if !seen.insert(id).inserted, reported.insert(id).inserted {
                        error(.duplicateID, "Two \(list.noun) share the id “\(id)”: each needs its own.", "\(list.kind)-\(id)")
                    }
                }
            }
        }

        mutating func checkObjectives() {
            guard !design.objectives.isEmpty else {
                error(.noObjectives, "Add at least one learning objective.", "objectives")
                return
            }
            let assessed = Set(design.rubric.criteria.flatMap(\.objectiveIDs))
            let evidenced = Set(design.requirements.flatMap(\.objectiveIDs))
            for (index, objective) in design.objectives.enumerated() {
                let field = "objective-\(objective.id)", name = "Objective \(index + 1)"
                if isBlank(objective.statement) {
                    error(.objectiveEmpty, "\(name) has no statement.", field)
                }
                if !assessed.contains(objective.id) {
                    error(.objectiveWithoutCriterion, "\(name) is not assessed by any rubric criterion: link a criterion to it.", field)
                }
                if !evidenced.contains(objective.id) {
                    error(.objectiveWithoutEvidence, "\(name) is not shown by any evidence requirement: link a requirement to it.", field)
                }
                if let phrase = DesignChecker.unmeasurablePhrases(in: objective.statement).first {
                    warn(.unmeasurableVerb,
                         "\(name) says “\(phrase)”, which an assessor cannot observe: use a verb for something the evidence shows (design, explain, use, analyze …).",
                         field)
                }
            }
        }

        mutating func checkEvidence() {
            let objectiveIDs = Set(design.objectives.map(\.id))
            let assessed = Set(design.rubric.criteria.flatMap(\.requirementIDs))
            for part in design.parts where part.requirements.isEmpty {
                warn(.partEmpty, "The part “\(part.title)” has no evidence requirement: add one or remove the part.", "part-\(part.id)")
            }
            let requirements = design.requirements
            if !requirements.isEmpty, !requirements.contains(where: \.required) {
                warn(.noRequiredEvidence, "Every evidence requirement is optional: an educator could submit nothing.", "parts")
            }
            for requirement in requirements {
                let field = "requirement-\(requirement.id)"
                let name = isBlank(requirement.title) ? "An evidence requirement" : "The evidence requirement “\(requirement.title)”"
                if isBlank(requirement.title) { error(.requirementTitleEmpty, "Give every evidence requirement a title.", field) }
                if isBlank(requirement.prompt) { warn(.requirementPromptEmpty, "\(name) has no prompt telling the educator what to submit.", field) }
                for id in requirement.objectiveIDs where !objectiveIDs.contains(id) {
                    error(.unknownReference, "\(name) refers to an objective that does not exist (“\(id)”).", field)
                }
                if !assessed.contains(requirement.id) {
                    error(.requirementWithoutCriterion, "\(name) is not assessed by any rubric criterion: link a criterion to it.", field)
                }
                let limits = requirement.limits
                let numbers = [limits.minWords, limits.maxWords, limits.maxFileMegabytes, limits.maxVideoMinutes].compactMap { $0 }
                if numbers.contains(where: { $0 < 0 }) {
                    error(.limitsNegative, "\(name) has a negative limit: word counts, file size and video length must be 0 or more.",
                          field + "-limits")
                }
                if let min = limits.minWords, let max = limits.maxWords, min > max {
                    error(.limitsWordRange, "\(name) asks for at least \(min) words but at most \(max).", field + "-limits")
                }
            }
        }

        mutating func checkRubric() {
            let rubric = design.rubric
            let objectiveIDs = Set(design.objectives.map(\.id))
            let requirementIDs = Set(design.requirements.map(\.id))
            let levelIDs = Set(rubric.levels.map(\.id))
            if rubric.levels.count < 2 {
                error(.tooFewLevels, "A rubric needs at least two levels.", "levels")
            }
            for level in rubric.levels where isBlank(level.name) {
                error(.levelNameEmpty, "Give every level a name.", "level-\(level.id)")
            }
            if zip(rubric.levels, rubric.levels.dropFirst()).contains(where: { $0.points >= $1.points }) {
                warn(.levelPointsNotIncreasing, "Each level should be worth more points than the one below it.", "levels")
            }
            for criterion in rubric.criteria {
                let field = "criterion-\(criterion.id)"
                let name = isBlank(criterion.title) ? "A criterion" : "The criterion “\(criterion.title)”"
                if isBlank(criterion.title) { error(.criterionTitleEmpty, "Give every criterion a title.", field) }
                if criterion.objectiveIDs.isEmpty {
                    warn(.criterionWithoutObjective, "\(name) is not linked to any learning objective.", field)
                }
                for id in criterion.objectiveIDs where !objectiveIDs.contains(id) {
                    error(.unknownReference, "\(name) refers to an objective that does not exist (“\(id)”).", field)
                }
                for id in criterion.requirementIDs where !requirementIDs.contains(id) {
                    error(.unknownReference, "\(name) refers to an evidence requirement that does not exist (“\(id)”).", field)
                }
                for id in criterion.descriptors.keys.sorted() where !levelIDs.contains(id) {
                    error(.unknownReference, "\(name) describes a level that does not exist (“\(id)”).", field)
                }
                for level in rubric.levels where isBlank(criterion.descriptors[level.id] ?? "") {
                    error(.descriptorMissing, "\(name) has no descriptor for the level “\(level.name)”.",
                          "\(field)-level-\(level.id)")
                }
            }
            checkSuccessRule()
        }

        mutating func checkSuccessRule() {
            let rubric = design.rubric
            switch rubric.successRule {
            case .everyCriterionAtLeast(let level):
                guard let rank = rubric.rank(of: level) else {
                    error(.ruleUnknownLevel, "The success rule names a level that does not exist (“\(level)”): choose one of the rubric’s levels.",
                          "success-rule")
                    return
                }
                if rank == 0, rubric.levels.count > 1 {
                    warn(.ruleAlwaysEarned, "The success rule asks for the lowest level, so every submission would earn it.", "success-rule")
                }
            case .pointsAtLeast(let minimum, let floor):
                guard let rank = rubric.rank(of: floor) else {
                    error(.ruleUnknownLevel, "The success rule’s floor names a level that does not exist (“\(floor)”): choose one of the rubric’s levels.",
                          "success-rule")
                    return
                }
                if minimum > rubric.maximumPoints {
                    error(.ruleImpossibleMinimum,
                          "The success rule asks for \(minimum) points, but the most a submission can score is \(rubric.maximumPoints).",
                          "success-rule")
                } else if !rubric.criteria.isEmpty, rank == 0,
                          minimum <= rubric.criteria.count * (rubric.levels.map(\.points).min() ?? 0) {
                    warn(.ruleAlwaysEarned, "Any submission meets this floor and minimum, so every submission would earn it.", "success-rule")
                }
            }
        }
    }
}
