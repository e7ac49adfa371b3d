import CairnCore
import CairnHTML

/// The catalog's search box and filters: a GET form, so results have a URL to share and it works
/// without JavaScript. It carries no CSRF token: nothing changes and the token must not leak into URLs.
struct CatalogSearchForm: HTML {
    let action: String
    let query: CatalogQuery
    let subjects: [String]

    /// The offered values, plus the asked one when it is not among them (a shared URL keeps its filter).
    static func choices(_ values: [Int], current: String, label: (String) -> String) -> [Choice] {
        var strings = values.map(String.init)
        if !current.isEmpty, !strings.contains(current) { strings.append(current) }
        return strings.map { Choice(value: $0, label: label($0)) }
    }

    var subjectChoices: [Choice] {
        var all = subjects
        if !query.subject.isEmpty, !all.contains(query.subject) { all.append(query.subject) }
        return all.map { Choice(value: $0, label: $0) }
    }

    var body: some HTML {
        form(.method(.get), .action(action), .class("search"), .role("search"), .aria(.label, "Search the catalog")) {
            div(.class("search__box")) {
                label(.for("q"), .class("field__label")) { "Search" }
                p(.class("hint"), .id("q-hint")) { "Words from the title, summary, competency, objectives or subjects." }
                div(.class("search__row")) {
                    input(.id("q"), .name(CatalogQuery.Field.text), .type(.search), .class("input"),
                          query.text.isEmpty ? nil : .value(query.text), .describedBy(["q-hint"]))
                    SubmitButton("Search")
                }
            }
            fieldset(.class("filters")) {
                legend(.class("fieldset__legend")) { "Filters" }
                div(.class("filters__grid")) {
                    SelectField(label: "Subject", name: CatalogQuery.Field.subject, choices: subjectChoices,
                                selected: query.subject, emptyChoice: "Any subject")
                    SelectField(label: "Grade band", name: CatalogQuery.Field.gradeBand,
                                choices: GradeBand.allCases.map { Choice(value: $0.rawValue, label: $0.displayName) },
                                selected: query.gradeBand, emptyChoice: "Any grade band")
                    SelectField(label: "Hours of work", name: CatalogQuery.Field.maxHours,
                                choices: Self.choices(CatalogQuery.hourChoices, current: query.maxHours) { "Up to \($0) hours" },
                                selected: query.maxHours, emptyChoice: "Any length")
                    SelectField(label: "Credit hours", name: CatalogQuery.Field.minCreditHours,
                                choices: Self.choices(CatalogQuery.creditChoices, current: query.minCreditHours) { "At least \($0)" },
                                selected: query.minCreditHours, emptyChoice: "Any credit")
                }
                div(.class("actions")) {
                    SubmitButton("Apply filters", style: .secondary)
                    if !query.isEmpty { a(.href(action)) { "Clear search and filters" } }
                }
            }
        }
    }
}
