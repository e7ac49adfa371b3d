import Foundation

/// The rules a designer's pathway keeps, before it is saved and before it is published.
extension Pathway {
    /// Every problem of the pathway, in the order of the form: address, title, summary, then group by group.
    ///
    /// A draft may be saved unfinished: without groups, with an empty group (whose "N of" is then
    /// not checked). Publishing (`publishing: true`) also needs a group, a component in each group,
    /// and, given the catalog, every component published with a version its pin admits.
    ///
    /// - Parameter catalog: for each microcredential the organization's catalog shows now, the
    ///   numbers of the versions it has published (retired ones included); nil skips these checks.
    public func problems(publishing: Bool, catalog: [Microcredential.ID: Set<Int>]? = nil) -> [PathwayProblem] {
        var problems: [PathwayProblem] = []
        if !Organization.isValidSlug(slug) { problems.append(.slugInvalid) }
        let trimmedTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmedTitle.isEmpty { problems.append(.titleRequired) }
        if trimmedTitle.count > Self.maximumTitleLength { problems.append(.titleTooLong(maximum: Self.maximumTitleLength)) }
        if summary.trimmingCharacters(in: .whitespacesAndNewlines).count > Self.maximumSummaryLength {
            problems.append(.summaryTooLong(maximum: Self.maximumSummaryLength))
        }
        if publishing, groups.isEmpty { problems.append(.noGroups) }
        if groups.count > Self.maximumGroups { problems.append(.tooManyGroups(maximum: Self.maximumGroups)) }
        if components.count > Self.maximumComponents { problems.append(.tooManyComponents(maximum: Self.maximumComponents)) }
        var firstGroupOf: [Microcredential.ID: Int] = [:]
        for (groupOffset, group) in groups.enumerated() {
            let g = groupOffset + 1
            if group.title.trimmingCharacters(in: .whitespacesAndNewlines).count > PathwayGroup.maximumTitleLength {
                problems.append(.groupTitleTooLong(group: g, maximum: PathwayGroup.maximumTitleLength))
            }
            if group.components.isEmpty {
                if publishing { problems.append(.groupEmpty(group: g)) }
            } else if case .nOf(let n) = group.rule, !(1...group.components.count).contains(n) {
                problems.append(.countOutOfRange(group: g, count: n, components: group.components.count))
            }
            for (componentOffset, component) in group.components.enumerated() {
                let c = componentOffset + 1
                if let first = firstGroupOf[component.microcredentialID] {
                    problems.append(.repeatedMicrocredential(group: g, component: c, firstGroup: first))
                } else {
                    firstGroupOf[component.microcredentialID] = g
                }
                if let pin = component.versions, !pin.isWellFormed {
                    problems.append(.versionsMalformed(group: g, component: c))
                    continue
                }
                guard publishing, let catalog else { continue }
                guard let published = catalog[component.microcredentialID], !published.isEmpty else {
                    problems.append(.notInCatalog(group: g, component: c))
                    continue
                }
                if let pin = component.versions, !published.contains(where: pin.admits) {
                    problems.append(.noVersionMatches(group: g, component: c))
                }
            }
        }
        return problems
    }
}
