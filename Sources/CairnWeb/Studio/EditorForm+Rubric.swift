import CairnCore

extension EditorForm {
    /// Reads the level scale (`level_<id>`, `level_<id>_points`), then applies its button: `add`
    /// (named by `new_level`), `up:<id>`, `down:<id>`, `remove:<id>`.
    ///
    /// Points are whole numbers 0–100, each level's its own; a name has at most 100 characters.
    mutating func readLevels(into design: inout Design) {
        refuseUnknownIDs(prefix: "level", known: Set(design.rubric.levels.map(\.id)))
        for index in design.rubric.levels.indices {
            let level = design.rubric.levels[index]
            design.rubric.levels[index].name = text("level_\(level.id)", limit: 100, or: level.name)
            design.rubric.levels[index].points = integer("level_\(level.id)_points", in: 0...100, or: level.points, what: "the points")
        }
        var seen: [Int: String] = [:]
        for level in design.rubric.levels {
            let field = "level_\(level.id)_points"
            if let other = seen[level.points], errors[field] == nil {
                errors.add("Each level needs its own points: \(level.points) is also “\(other)”’s.", for: field)
            }
            seen[level.points] = seen[level.points] ?? (level.name.isEmpty ? level.id : level.name)
        }
        let newLevel = text("new_level", limit: 100, or: "")
        guard errors.isEmpty else { return }
        let action = self.action
        switch (action.verb, action.target) {
        case ("save", _) where newLevel.isEmpty:
            outcome = "Levels saved."
        case ("save", _), ("add", nil):
            guard !newLevel.isEmpty else { return errors.add("Enter the new level's name.", for: "new_level") }
            guard (design.rubric.levels.map(\.points).max() ?? -1) < 100 else {
                return errors.add("The top level is worth 100 points already: lower its points to add a level above it.",
                                  for: "new_level")
            }
            design.addLevel(name: newLevel)
            outcome = "Level “\(newLevel)” added: describe it in every criterion."
        case ("up", let id?), ("down", let id?):
            guard design.rubric.level(id) != nil else { return refuseStale() }
            design.moveLevel(id, action.move()!)
            outcome = "Level moved (its points stay with it)."
        case ("remove", let id?):
            guard design.rubric.level(id) != nil else { return refuseStale() }
            design.removeLevel(id)
            outcome = "Level removed, with its descriptors."
        default:
            refuse("That button does not belong to the levels.")
        }
    }

    /// Reads the criteria (`criterion_<id>`, descriptors `criterion_<id>_level_<level>`, checkboxes
    /// `criterion_<id>_objectives` and `_requirements`), then applies its button: `add`, `up:<id>`,
    /// `down:<id>`, `remove:<id>`.
    ///
    /// A descriptor for a level the scale does not have, or a link to an unknown objective or
    /// requirement, is refused; an emptied descriptor is removed (the checker reports it missing).
    mutating func readCriteria(into design: inout Design) {
        refuseUnknownIDs(prefix: "criterion", known: Set(design.rubric.criteria.map(\.id)))
        let levels = design.rubric.levels.map(\.id)
        let objectives = design.objectives.map(\.id)
        let requirements = design.requirements.map(\.id)
        for index in design.rubric.criteria.indices {
            let criterion = design.rubric.criteria[index]
            let name = "criterion_\(criterion.id)"
            guard raw(name) != nil else { continue }
            var updated = criterion
            updated.title = text(name, limit: Limit.title, or: criterion.title)
            for field in fields.fields.map(\.name) where field.hasPrefix(name + "_level_") {
                let levelID = String(field.dropFirst(name.count + 7))
                guard levels.contains(levelID) else {
                    // No field to show it beside: it goes beside the criterion's title.
                    errors.add("There is no level “\(levelID)” in the scale any more: check the page and try again.", for: name)
                    continue
                }
                let descriptor = text(field, limit: Limit.prompt, or: criterion.descriptors[levelID] ?? "")
                updated.descriptors[levelID] = descriptor.isEmpty ? nil : descriptor
            }
            updated.objectiveIDs = choices(name + "_objectives", from: objectives,
                                           message: "Choose objectives from the list (the page may be out of date).")
            updated.requirementIDs = choices(name + "_requirements", from: requirements,
                                             message: "Choose evidence requirements from the list (the page may be out of date).")
            design.rubric.criteria[index] = updated
        }
        guard errors.isEmpty else { return }
        let action = self.action
        switch (action.verb, action.target) {
        case ("save", _):
            outcome = "Criteria saved."
        case ("add", nil):
            design.addCriterion()
            outcome = "Criterion added: give it a title and describe each level."
        case ("up", let id?), ("down", let id?):
            guard design.rubric.criterion(id) != nil else { return refuseStale() }
            design.moveCriterion(id, action.move()!)
            outcome = "Criterion moved."
        case ("remove", let id?):
            guard design.rubric.criterion(id) != nil else { return refuseStale() }
            design.removeCriterion(id)
            outcome = "Criterion removed."
        default:
            refuse("That button does not belong to the criteria.")
        }
    }

    /// Reads the success rule: `rule` `every` with `rule_level`, or `points` with `rule_minimum`
    /// (0–10 000; the checker reports a minimum the rubric cannot reach) and `rule_floor`.
    mutating func readRule(into design: inout Design) {
        guard action.verb == "save" else { return refuse("That button does not belong to the success rule.") }
        let levels = Set(design.rubric.levels.map(\.id))
        func level(_ name: String) -> String? {
            guard let id = raw(name), levels.contains(id) else {
                errors.add("Choose one of the rubric's levels.", for: name)
                return nil
            }
            return id
        }
        switch raw("rule") {
        case "every":
            if let level = level("rule_level") { design.rubric.successRule = .everyCriterionAtLeast(level: level) }
        case "points":
            let minimum = integer("rule_minimum", in: 0...10_000, or: -1, what: "the fewest points")
            if raw("rule_minimum") == nil { errors.add("Enter the fewest points.", for: "rule_minimum") }
            if let floor = level("rule_floor"), minimum >= 0 {
                design.rubric.successRule = .pointsAtLeast(minimum: minimum, floor: floor)
            }
        default:
            errors.add("Choose how the scores decide Earned.", for: "rule")
        }
        outcome = "Success rule saved."
    }
}
