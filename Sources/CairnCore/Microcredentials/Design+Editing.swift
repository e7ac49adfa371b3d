/// Adding, reordering and removing the items of a design's ordered lists, keeping references valid.
///
/// Each editor button (no JavaScript needed) maps to one of these. Removing an item also removes
/// every reference to it, so the checker never reports a dangling id after an edit here.
extension Design {
    /// A fresh id inside this design: `prefix` followed by the smallest number ≥ 1 not used by any
    /// objective, part, requirement, criterion or level ("o3").
    public func nextID(prefix: String) -> String {
        let used = Set(objectives.map(\.id) + parts.map(\.id) + requirements.map(\.id)
                       + rubric.criteria.map(\.id) + rubric.levels.map(\.id))
        var n = 1
        while used.contains("\(prefix)\(n)") { n += 1 }
        return "\(prefix)\(n)"
    }

    // MARK: Objectives

    /// Appends an objective with a fresh id ("o…"); returns the id.
    @discardableResult
    public mutating func addObjective(statement: String = "") -> String {
        let id = nextID(prefix: "o")
        objectives.append(LearningObjective(id: id, statement: statement))
        return id
    }

    @discardableResult
    public mutating func moveObjective(_ id: String, _ move: ListMove) -> Bool { objectives.move(id, move) }

    /// Removes an objective and its links from every requirement and criterion.
    public mutating func removeObjective(_ id: String) {
        objectives.removeAll { $0.id == id }
        for p in parts.indices {
            for r in parts[p].requirements.indices { parts[p].requirements[r].objectiveIDs.removeAll { $0 == id } }
        }
        for c in rubric.criteria.indices { rubric.criteria[c].objectiveIDs.removeAll { $0 == id } }
    }

    // MARK: Parts

    /// Appends an empty part with a fresh id ("p…"); returns the id.
    @discardableResult
    public mutating func addPart(title: String) -> String {
        let id = nextID(prefix: "p")
        parts.append(RequirementPart(id: id, title: title))
        return id
    }

    @discardableResult
    public mutating func movePart(_ id: String, _ move: ListMove) -> Bool { parts.move(id, move) }

    /// Removes a part with its requirements, and their links from every criterion.
    public mutating func removePart(_ id: String) {
        guard let part = parts.first(where: { $0.id == id }) else { return }
        parts.removeAll { $0.id == id }
        let removed = Set(part.requirements.map(\.id))
        for c in rubric.criteria.indices { rubric.criteria[c].requirementIDs.removeAll { removed.contains($0) } }
    }

    // MARK: Evidence requirements

    /// Appends a requirement with a fresh id ("r…") to a part; returns the id, or nil when the part does not exist.
    @discardableResult
    public mutating func addRequirement(kind: EvidenceKind, title: String = "", to partID: String) -> String? {
        guard let p = parts.firstIndex(where: { $0.id == partID }) else { return nil }
        let id = nextID(prefix: "r")
        parts[p].requirements.append(EvidenceRequirement(id: id, kind: kind, title: title))
        return id
    }

    /// Moves a requirement one place; from the first place of a part up it goes to the end of the part
    /// before, from the last place down to the start of the part after. False when it cannot move.
    @discardableResult
    public mutating func moveRequirement(_ id: String, _ move: ListMove) -> Bool {
        guard let p = parts.firstIndex(where: { $0.requirements.contains { $0.id == id } }) else { return false }
        if parts[p].requirements.move(id, move) { return true }
        let target = move == .up ? p - 1 : p + 1
        guard parts.indices.contains(target) else { return false }
        let requirement = parts[p].requirements.first { $0.id == id }!
        parts[p].requirements.removeAll { $0.id == id }
        if move == .up { parts[target].requirements.append(requirement) } else { parts[target].requirements.insert(requirement, at: 0) }
        return true
    }

    /// Removes a requirement and its links from every criterion.
    public mutating func removeRequirement(_ id: String) {
        for p in parts.indices { parts[p].requirements.removeAll { $0.id == id } }
        for c in rubric.criteria.indices { rubric.criteria[c].requirementIDs.removeAll { $0 == id } }
    }

    /// Changes a requirement in place; false when there is no such requirement.
    @discardableResult
    public mutating func updateRequirement(_ id: String, _ change: (inout EvidenceRequirement) -> Void) -> Bool {
        for p in parts.indices {
            if let r = parts[p].requirements.firstIndex(where: { $0.id == id }) {
                change(&parts[p].requirements[r])
                return true
            }
        }
        return false
    }

    // MARK: Criteria

    /// Appends a criterion with a fresh id ("c…"); returns the id.
    @discardableResult
    public mutating func addCriterion(title: String = "") -> String {
        let id = nextID(prefix: "c")
        rubric.criteria.append(Criterion(id: id, title: title))
        return id
    }

    @discardableResult
    public mutating func moveCriterion(_ id: String, _ move: ListMove) -> Bool { rubric.criteria.move(id, move) }

    /// Removes a criterion (nothing refers to criteria inside a design).
    public mutating func removeCriterion(_ id: String) { rubric.criteria.removeAll { $0.id == id } }

    // MARK: Levels

    /// Appends a level at the top of the scale with a fresh id ("l…") and one point more than the
    /// current top; returns the id.
    @discardableResult
    public mutating func addLevel(name: String) -> String {
        let id = nextID(prefix: "l")
        rubric.levels.append(Level(id: id, name: name, points: (rubric.levels.map(\.points).max() ?? -1) + 1))
        return id
    }

    /// Moves a level one place in the scale (lowest first). The points stay with the level.
    @discardableResult
    public mutating func moveLevel(_ id: String, _ move: ListMove) -> Bool { rubric.levels.move(id, move) }

    /// Removes a level and every criterion's descriptor for it.
    ///
    /// When the success rule named it, the rule moves to the lowest level that passed before: the
    /// one just above (or, when the removed level was the top, the new top). With no level left the
    /// rule keeps the name, and the checker reports it.
    public mutating func removeLevel(_ id: String) {
        guard let index = rubric.levels.firstIndex(where: { $0.id == id }) else { return }
        rubric.levels.remove(at: index)
        for c in rubric.criteria.indices { rubric.criteria[c].descriptors[id] = nil }
        guard !rubric.levels.isEmpty else { return }
        let replacement = rubric.levels[min(index, rubric.levels.count - 1)].id
        switch rubric.successRule {
        case .everyCriterionAtLeast(let level) where level == id:
            rubric.successRule = .everyCriterionAtLeast(level: replacement)
        case .pointsAtLeast(let minimum, let floor) where floor == id:
            rubric.successRule = .pointsAtLeast(minimum: minimum, floor: replacement)
        default: break
        }
    }
}
