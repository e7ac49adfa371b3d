/// One thing wrong with a designer's pathway, anchored at the form field to fix.
///
/// Groups and components are numbered from 1, as the designer sees them: the field of the second
/// component of the first group is "group-1-component-2".
public enum PathwayProblem: Error, Equatable, Hashable, Sendable {
    case slugInvalid
    /// Another pathway of the organization already has this address.
    case slugTaken
    case titleRequired
    case titleTooLong(maximum: Int)
    case summaryTooLong(maximum: Int)
    /// Publishing needs at least one group.
    case noGroups
    case tooManyGroups(maximum: Int)
    case tooManyComponents(maximum: Int)
    case groupTitleTooLong(group: Int, maximum: Int)
    /// Publishing needs every group to have a component.
    case groupEmpty(group: Int)
    /// "N of" needs 1 ≤ N ≤ the group's number of components.
    case countOutOfRange(group: Int, count: Int, components: Int)
    /// A microcredential appears once in a pathway; this component repeats the one in `firstGroup`.
    case repeatedMicrocredential(group: Int, component: Int, firstGroup: Int)
    /// A version pin naming no version, or a version below 1.
    case versionsMalformed(group: Int, component: Int)
    /// The microcredential is not the organization's, or (when publishing) not published in its catalog.
    case notInCatalog(group: Int, component: Int)
    /// No version the microcredential has published matches the pin, so nobody could earn this component.
    case noVersionMatches(group: Int, component: Int)
}

extension PathwayProblem: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    /// What a designer reads beside the field.
    public var message: String {
        switch self {
        case .slugInvalid: "Use 2 to 63 lowercase letters, digits and hyphens for the address (no hyphen at either end)."
        case .slugTaken: "Another pathway already uses this address: choose another."
        case .titleRequired: "Give the pathway a title."
        case .titleTooLong(let maximum): "Shorten the title to \(maximum) characters or fewer."
        case .summaryTooLong(let maximum): "Shorten the summary to \(maximum) characters or fewer."
        case .noGroups: "Add at least one group of microcredentials."
        case .tooManyGroups(let maximum): "A pathway has at most \(maximum) groups: merge some of them."
        case .tooManyComponents(let maximum): "A pathway has at most \(maximum) microcredentials: remove some, or make a second pathway."
        case .groupTitleTooLong(let group, let maximum): "Shorten the title of group \(group) to \(maximum) characters or fewer."
        case .groupEmpty(let group): "Add a microcredential to group \(group), or remove the group."
        case .countOutOfRange(let group, let count, let components):
            components == 0
                ? "Add microcredentials to group \(group) before asking for \(count) of them."
                : "Group \(group) has \(components) microcredential\(components == 1 ? "" : "s"): ask for between 1 and \(components) of them, not \(count)."
        case .repeatedMicrocredential(let group, _, let firstGroup):
            firstGroup == group
                ? "This microcredential is already in group \(group): a microcredential counts once in a pathway."
                : "This microcredential is already in group \(firstGroup): a microcredential counts once in a pathway."
        case .versionsMalformed: "Choose the versions that count by their numbers (1 or more), or let any version count."
        case .notInCatalog: "This microcredential isn't published in your catalog: choose a published one."
        case .noVersionMatches: "No published version of this microcredential is among the versions chosen: nobody could earn it yet."
        }
    }

    public var field: String? {
        switch self {
        case .slugInvalid, .slugTaken: "slug"
        case .titleRequired, .titleTooLong: "title"
        case .summaryTooLong: "summary"
        case .noGroups, .tooManyGroups, .tooManyComponents: "groups"
        case .groupTitleTooLong(let group, _): "group-\(group)-title"
        case .groupEmpty(let group): "group-\(group)"
        case .countOutOfRange(let group, _, _): "group-\(group)-rule"
        case .repeatedMicrocredential(let group, let component, _), .notInCatalog(let group, let component):
            "group-\(group)-component-\(component)"
        case .versionsMalformed(let group, let component), .noVersionMatches(let group, let component):
            "group-\(group)-component-\(component)-versions"
        }
    }
}
