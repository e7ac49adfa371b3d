import CairnCore
import CairnHTML
/// The role checkboxes of the invite and edit forms: every role, with what it does as a hint.
struct RoleCheckboxes: HTML {
    let selected: Set<String>
    let error: String?

    var body: some HTML {
        CheckboxGroup(legend: "Roles", name: "roles",
                      choices: Role.allCases.map { Choice(value: $0.rawValue, label: $0.displayName, hint: $0.summary) },
                      selected: selected, hint: "Choose one or more. You can change them later.", error: error)
    }
}
