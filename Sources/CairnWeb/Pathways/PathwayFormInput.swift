import CairnApp
import CairnCore
import CairnHTTP

/// A pathway's form as typed: text kept as it was written so a refused form comes back unchanged,
/// with groups and components numbered from 1 as the designer sees them (blank slots dropped).
///
/// Field names follow `PathwayProblem.field`: `title`, `slug`, `summary`, `ordered`, and per group
/// `group-2-title`, `group-2-rule`, `group-2-count`, per component `group-2-component-3` (the
/// microcredential's id) and `group-2-component-3-versions`.
struct PathwayFormInput: Sendable, Equatable {
    struct Component: Sendable, Equatable {
        var microcredential: String
        /// "" (any version), "2+" (version 2 or later), "1, 3" (only these).
        var versions: String
    }

    struct Group: Sendable, Equatable {
        var title: String
        /// `PathwayRule.kind`: "all", "n-of", "one-of".
        var rule: String
        /// N, for "n-of".
        var count: String
        var components: [Component]
    }

    var slug = ""
    var title = ""
    var summary = ""
    var isOrdered = false
    var groups: [Group] = []

    /// Blank component slots the form offers in each group, and blank groups after the last.
    static let blankComponents = 2
    static let blankGroups = 1

    init() {}

    /// The form of a stored pathway.
    init(_ pathway: Pathway) {
        slug = pathway.slug
        title = pathway.title
        summary = pathway.summary
        isOrdered = pathway.isOrdered
        groups = pathway.groups.map { group in
            let count = if case .nOf(let n) = group.rule { String(n) } else { "" }
            return Group(title: group.title, rule: group.rule.kind, count: count, components: group.components.map {
                Component(microcredential: $0.microcredentialID.rawValue, versions: Self.text(of: $0.versions))
            })
        }
    }

    /// The form as posted; a group with no title and no microcredential, and a component slot with no microcredential, are dropped.
    init(form: FormData) {
        slug = form["slug"] ?? ""
        title = form["title"] ?? ""
        summary = form["summary"] ?? ""
        isOrdered = form.values("ordered").contains("1")
        let maxGroups = Pathway.maximumGroups + Self.blankGroups + 1
        let maxComponents = Pathway.maximumComponents + Self.blankComponents + 1
        for g in 1...maxGroups where form["group-\(g)-rule"] != nil {
            var components: [Component] = []
            for c in 1...maxComponents {
                let name = "group-\(g)-component-\(c)"
                guard let id = form[name]?.trimmingCharacters(in: .whitespaces), !id.isEmpty else { continue }
                components.append(Component(microcredential: id, versions: form[name + "-versions"] ?? ""))
            }
            let groupTitle = form["group-\(g)-title"] ?? ""
            if components.isEmpty && groupTitle.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            groups.append(Group(title: groupTitle, rule: form["group-\(g)-rule"] ?? "all", count: form["group-\(g)-count"] ?? "",
                                components: components))
        }
    }

    /// The draft the form asks for, or nil with `errors` saying what could not be read (a count that
    /// is not a number, versions that are not version numbers).
    func draft(errors: inout FormErrors) -> Pathways.Draft? {
        var groups: [PathwayGroup] = []
        for (g, group) in self.groups.enumerated() {
            let number = g + 1
            let count = Int(group.count.trimmingCharacters(in: .whitespaces))
            var rule = PathwayRule(kind: group.rule, count: count)
            if rule == nil {
                errors.add(group.rule == "n-of" ? "Say how many of the group's microcredentials an educator needs, as a number."
                                                : "Choose how many of the group's microcredentials an educator needs.",
                           for: "group-\(number)-rule")
                rule = .allOf
            }
            var components: [PathwayComponent] = []
            for (c, component) in group.components.enumerated() {
                let field = "group-\(number)-component-\(c + 1)-versions"
                guard let pin = Self.pin(component.versions) else {
                    errors.add(PathwayProblem.versionsMalformed(group: number, component: c + 1).message, for: field)
                    continue
                }
                components.append(PathwayComponent(Microcredential.ID(rawValue: component.microcredential), versions: pin))
            }
            groups.append(PathwayGroup(title: group.title, rule: rule ?? .allOf, components: components))
        }
        guard errors.isEmpty else { return nil }
        return Pathways.Draft(slug: slug, title: title, summary: summary, isOrdered: isOrdered, groups: groups)
    }

    /// A pin read from its text: nil for text that is not one; `.some(nil)` for any version.
    static func pin(_ text: String) -> VersionPin?? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.isEmpty || trimmed == "any" { return .some(nil) }
        if trimmed.hasSuffix("+"), let first = Int(trimmed.dropLast().trimmingCharacters(in: .whitespaces)) { return .some(.from(first)) }
        let numbers = trimmed.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return nil }
        return .some(.only(Set(numbers.compactMap { $0 })))
    }

    /// A pin as the form writes it.
    static func text(of pin: VersionPin?) -> String {
        switch pin {
        case nil: ""
        case .from(let first): "\(first)+"
        case .only(let numbers): numbers.sorted().map(String.init).joined(separator: ", ")
        }
    }

    /// The problems of a refused draft, each beside its field.
    static func errors(_ problems: [PathwayProblem]) -> FormErrors {
        var errors = FormErrors()
        for problem in problems { errors.add(problem.message, for: problem.field ?? "groups") }
        return errors
    }
}
