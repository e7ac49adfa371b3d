import CairnCore

extension App {
    /// The organization's microcredentials as checkbox choices: value = id, label = latest title, by title.
    func microcredentialChoices(in organizationID: Organization.ID) throws -> [Choice] {
        try designing.titles(in: organizationID)
            .map { Choice(value: $0.microcredential.id.rawValue, label: $0.latest.design.title.isEmpty ? $0.microcredential.slug : $0.latest.design.title) }
            .sorted { $0.label < $1.label }
    }
}
