import CairnApp

extension Choice {
    /// A microcredential as a checkbox or option: value = its id, label = its title.
    init(_ microcredential: MicrocredentialChoice) {
        self.init(value: microcredential.id.rawValue, label: microcredential.title)
    }
}
