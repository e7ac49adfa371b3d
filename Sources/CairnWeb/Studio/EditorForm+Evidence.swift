import CairnCore

extension EditorForm {
    /// Reads the evidence section (parts and their requirements) into the design, then applies its
    /// button: `add-part`, `add:<part>`, `part-up/down/remove:<part>`, `up/down/remove:<requirement>`.
    ///
    /// A requirement's fields are read only when its title field was posted (a page older than the
    /// requirement leaves it as it is). Its kind must be one of `EvidenceKind`, its objectives the
    /// design's; limits are whole numbers: words 0–100 000 with fewest ≤ most, files 1–10 240 MB,
    /// video 1–240 minutes; file types are short extensions ("pdf").
    mutating func readEvidence(into design: inout Design) {
        refuseUnknownIDs(prefix: "part", known: Set(design.parts.map(\.id)))
        refuseUnknownIDs(prefix: "new_kind", known: Set(design.parts.map(\.id)))
        refuseUnknownIDs(prefix: "requirement", known: Set(design.requirements.map(\.id)))
        for index in design.parts.indices {
            let name = "part_\(design.parts[index].id)_title"
            guard raw(name) != nil else { continue }
            let title = text(name, limit: Limit.title, or: design.parts[index].title)
            if title.isEmpty { errors.add("Give the part a title, or remove it.", for: name) }
            design.parts[index].title = title
        }
        let objectiveIDs = design.objectives.map(\.id)
        for requirement in design.requirements {
            design.updateRequirement(requirement.id) { readRequirement(&$0, objectiveIDs: objectiveIDs) }
        }
        let newPartTitle = text("new_part_title", limit: Limit.title, or: "")
        guard errors.isEmpty else { return }
        applyEvidenceAction(to: &design, newPartTitle: newPartTitle)
    }

    private mutating func applyEvidenceAction(to design: inout Design, newPartTitle: String) {
        let action = self.action
        switch (action.verb, action.target) {
        case ("save", _):
            // Enter in the new part's title box saves with it: add the part it names.
            if !newPartTitle.isEmpty {
                design.addPart(title: newPartTitle)
                outcome = "Evidence requirements saved; part “\(newPartTitle)” added."
            } else {
                outcome = "Evidence requirements saved."
            }
        case ("add-part", nil):
            guard !newPartTitle.isEmpty else { return errors.add("Enter the new part's title.", for: "new_part_title") }
            design.addPart(title: newPartTitle)
            outcome = "Part “\(newPartTitle)” added."
        case ("add", let partID?):
            guard design.parts.contains(where: { $0.id == partID }) else { return refuseStale() }
            let field = "new_kind_\(partID)"
            guard let kind = EvidenceKind(rawValue: raw(field) ?? EvidenceKind.reflection.rawValue) else {
                return errors.add("Choose a kind of evidence from the list.", for: field)
            }
            design.addRequirement(kind: kind, to: partID)
            outcome = "Requirement added: give it a title and a prompt."
        case ("part-up", let id?), ("part-down", let id?):
            guard design.parts.contains(where: { $0.id == id }) else { return refuseStale() }
            design.movePart(id, action.move(prefix: "part-")!)
            outcome = "Part moved."
        case ("part-remove", let id?):
            guard design.parts.contains(where: { $0.id == id }) else { return refuseStale() }
            design.removePart(id)
            outcome = "Part removed, with its requirements."
        case ("up", let id?), ("down", let id?):
            guard design.requirement(id) != nil else { return refuseStale() }
            design.moveRequirement(id, action.move()!)
            outcome = "Requirement moved."
        case ("remove", let id?):
            guard design.requirement(id) != nil else { return refuseStale() }
            design.removeRequirement(id)
            outcome = "Requirement removed."
        default:
            refuse("That button does not belong to the evidence requirements.")
        }
    }

    /// The fields `requirement_<id>_…` of one requirement.
    private mutating func readRequirement(_ requirement: inout EvidenceRequirement, objectiveIDs: [String]) {
        let prefix = "requirement_\(requirement.id)_"
        guard raw(prefix + "title") != nil else { return }
        requirement.title = text(prefix + "title", limit: Limit.title, or: requirement.title)
        if let kind = raw(prefix + "kind") {
            if let parsed = EvidenceKind(rawValue: kind) {
                requirement.kind = parsed
            } else {
                errors.add("Choose a kind of evidence from the list.", for: prefix + "kind")
            }
        }
        requirement.prompt = text(prefix + "prompt", limit: Limit.prompt, or: requirement.prompt)
        requirement.guidance = text(prefix + "guidance", limit: Limit.markdown, or: requirement.guidance)
        requirement.required = fields[prefix + "required"] != nil
        requirement.objectiveIDs = choices(prefix + "objectives", from: objectiveIDs,
                                           message: "Choose objectives from the list (the page may be out of date).")
        var limits = requirement.limits
        limits.minWords = optionalInteger(prefix + "min_words", in: 0...100_000, or: limits.minWords, what: "the fewest words")
        limits.maxWords = optionalInteger(prefix + "max_words", in: 0...100_000, or: limits.maxWords, what: "the most words")
        if let min = limits.minWords, let max = limits.maxWords, min > max, errors[prefix + "max_words"] == nil {
            errors.add("The most words must be at least the fewest (\(min)).", for: prefix + "max_words")
        }
        limits.fileTypes = fileTypes(prefix + "file_types", or: limits.fileTypes)
        limits.maxFileMegabytes = optionalInteger(prefix + "max_file_mb", in: 1...10_240, or: limits.maxFileMegabytes,
                                                  what: "the largest file in MB")
        limits.maxVideoMinutes = optionalInteger(prefix + "max_video_minutes", in: 1...240, or: limits.maxVideoMinutes,
                                                 what: "the longest video in minutes")
        requirement.limits = limits
    }

    /// File types: comma-separated extensions, lowercased, without dots, each once.
    private mutating func fileTypes(_ name: String, or stored: [String]) -> [String] {
        guard let value = raw(name) else { return stored }
        var types: [String] = []
        for item in value.split(whereSeparator: { $0 == "," || $0 == " " }) {
            var type = item.lowercased()
            while type.hasPrefix(".") { type.removeFirst() }
            guard !type.isEmpty else { continue }
            guard type.utf8.count <= 10, type.utf8.allSatisfy({ (97...122).contains($0) || (48...57).contains($0) }) else {
                errors.add("List file extensions such as “pdf, docx, jpg”: letters and digits only.", for: name)
                return stored
            }
            if !types.contains(type) { types.append(type) }
        }
        if types.count > 30 { errors.add("List at most 30 file types.", for: name) }
        return types
    }
}
