import CairnCore
import CairnHTML
import CairnHTTP

/// One level per criterion of a rubric (`CriterionLevelChoice` each), and reading them back.
///
/// Fields are named `<prefix>level_<criterion id>`; several rubrics on one page use distinct prefixes.
struct RubricLevelFields: HTML {
    let rubric: Rubric
    let prefix: String
    /// Criterion id → level id chosen (or prefilled).
    let selected: [String: String]
    let errors: FormErrors
    /// Only these criteria, when given (the others are not asked).
    let only: Set<String>?

    init(rubric: Rubric, prefix: String = "", selected: [String: String] = [:], errors: FormErrors = FormErrors(), only: Set<String>? = nil) {
        self.rubric = rubric
        self.prefix = prefix
        self.selected = selected
        self.errors = errors
        self.only = only
    }

    static func fieldName(prefix: String, criterion: String) -> String { prefix + "level_" + criterion }

    var body: some HTML {
        for criterion in rubric.criteria where only?.contains(criterion.id) ?? true {
            let name = Self.fieldName(prefix: prefix, criterion: criterion.id)
            CriterionLevelChoice(criterion: criterion, levels: rubric.levels, name: name, selected: selected[criterion.id], error: errors[name])
        }
    }

    /// The levels posted for the rubric's criteria (or `only` those), each checked against the scale;
    /// a criterion without a known level gets an error beside its field.
    static func read(_ form: FormData, rubric: Rubric, prefix: String = "", only: Set<String>? = nil,
                     into errors: inout FormErrors) -> [String: String] {
        var levels: [String: String] = [:]
        for criterion in rubric.criteria where only?.contains(criterion.id) ?? true {
            let name = fieldName(prefix: prefix, criterion: criterion.id)
            if let level = form[name], rubric.level(level) != nil {
                levels[criterion.id] = level
            } else {
                errors.add("Choose a level for “\(criterion.title)”.", for: name)
            }
        }
        return levels
    }
}

extension Rubric {
    /// The name of a level for people, or its id when the scale no longer has it.
    func levelName(_ id: String?) -> String {
        guard let id else { return "Not scored" }
        return level(id)?.name ?? id
    }
}
