import CairnCore

extension EditorForm {
    /// Reads the objectives section (`objective_<id>`) into the design, then applies its button:
    /// `add`, `up:<id>`, `down:<id>` or `remove:<id>` (removing also unlinks it everywhere).
    mutating func readObjectives(into design: inout Design) {
        refuseUnknownIDs(prefix: "objective", known: Set(design.objectives.map(\.id)))
        for index in design.objectives.indices {
            let name = "objective_\(design.objectives[index].id)"
            design.objectives[index].statement = text(name, limit: Limit.shortText, or: design.objectives[index].statement)
        }
        guard errors.isEmpty else { return }
        let action = self.action
        switch (action.verb, action.target) {
        case ("save", _):
            outcome = "Objectives saved."
        case ("add", nil):
            design.addObjective()
            outcome = "Objective added: write its statement."
        case ("up", let id?), ("down", let id?):
            guard design.objective(id) != nil else { return refuseStale() }
            design.moveObjective(id, action.move()!)
            outcome = "Objective moved."
        case ("remove", let id?):
            guard design.objective(id) != nil else { return refuseStale() }
            design.removeObjective(id)
            outcome = "Objective removed."
        default:
            refuse("That button does not belong to the objectives.")
        }
    }
}
