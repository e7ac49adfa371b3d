import CairnApp
import CairnCore
import CairnHTML

/// A pathway's groups, each with its rule and its microcredentials (linked to their pages, with
/// the versions that count and their credit hours), and for an educator where each one stands.
struct PathwayGroupsView: HTML {
    let entry: PathwayCatalogEntry
    let organizationSlug: String
    /// The viewing educator's standing; nil for anyone else.
    let standing: PathwayStanding?
    /// The level of the groups' headings (3 on the pathway's page, 4 inside a catalog card).
    var headingLevel = 3

    var body: some HTML {
        let next = standing?.nextStep?.microcredentialID
        for (index, group) in entry.pathway.groups.enumerated() {
            let progress = standing.flatMap { index < $0.progress.groups.count ? $0.progress.groups[index] : nil }
            div(.class("pathway-group")) {
                let heading = Self.heading(group, number: index + 1, of: entry.pathway.groups.count)
                if headingLevel == 3 { h3(.class("pathway-group__title")) { heading } } else { h4(.class("pathway-group__title")) { heading } }
                if let progress {
                    p(.class(progress.isSatisfied ? "pathway-group__status pathway-group__status--done" : "pathway-group__status")) {
                        progress.isSatisfied ? "Done" : "\(min(progress.metCount, progress.requiredCount)) of \(progress.requiredCount) earned"
                    }
                }
                ul(.class(entry.pathway.isOrdered ? "pathway-components pathway-components--ordered" : "pathway-components")) {
                    for (offset, component) in group.components.enumerated() {
                        let shown = entry.components[component.microcredentialID]
                        let state = progress.map { offset < $0.components.count ? $0.components[offset] : nil } ?? nil
                        li(.class("pathway-component")) {
                            if let shown, shown.title != nil {
                                a(.href(CatalogEndpoints.latest.path(organizationSlug, shown.slug))) { entry.title(of: component.microcredentialID) }
                            } else {
                                entry.title(of: component.microcredentialID)
                            }
                            span(.class("muted")) { Self.facts(component, shown) }
                            if let state {
                                if state.isMet {
                                    span(.class("badge badge--active")) { state.isCounted ? "Earned" : "Earned (extra)" }
                                } else if next == component.microcredentialID {
                                    span(.class("badge badge--kind")) { "Next step" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// "Core: all of these 2" or "Group 2: one of these 3".
    static func heading(_ group: PathwayGroup, number: Int, of count: Int) -> String {
        let name = group.title.isEmpty ? (count == 1 ? "Requirements" : "Group \(number)") : group.title
        let n = group.components.count
        let rule = switch group.rule {
        case .allOf: n == 1 ? "required" : "all \(n) required"
        case .nOf(let needed): "any \(needed) of these \(n)"
        case .oneOf: n == 1 ? "required" : "any one of these \(n)"
        }
        return "\(name): \(rule)"
    }

    /// " · version 2 or later · 1 credit hour"
    static func facts(_ component: PathwayComponent, _ shown: PathwayCatalogEntry.Component?) -> String {
        var parts: [String] = []
        if let pin = component.versions, pin != .from(1) { parts.append(pin.displayName) }
        if let hours = shown?.creditHours, hours > 0 { parts.append(Wording.creditHours(hours)) }
        if shown?.title == nil { parts.append("no longer offered") }
        return parts.isEmpty ? "" : " · " + parts.joined(separator: " · ")
    }
}

/// An educator's progress along a pathway in a sentence or two: what counts so far, the credit hours,
/// the next step, or the credential once complete.
struct PathwayStandingSummary: HTML {
    let standing: PathwayStanding
    let organizationSlug: String

    var body: some HTML {
        let progress = standing.progress
        if progress.isComplete {
            p(.class("pathway-standing pathway-standing--complete")) {
                strong { "Completed" }
                if let completed = progress.completedAt { " on "; DateText(completed) }
                " · \(Wording.creditHours(progress.creditHours))"
            }
            if let credential = standing.credentialID {
                p { a(.href(CredentialEndpoints.page.path(credential))) { "See the credential for \(standing.entry.pathway.title)" } }
            }
        } else {
            p(.class("pathway-standing")) {
                strong { "\(progress.countedCount) of \(progress.requiredCount) earned" }
                if progress.creditHours > 0 { " · \(Wording.creditHours(progress.creditHours)) so far" }
            }
            if let next = standing.nextStep, let shown = standing.entry.components[next.microcredentialID] {
                p(.class("pathway-next")) {
                    "Next step: "
                    if shown.title != nil {
                        a(.href(CatalogEndpoints.latest.path(organizationSlug, shown.slug))) { standing.entry.title(of: next.microcredentialID) }
                    } else {
                        standing.entry.title(of: next.microcredentialID)
                    }
                }
            }
        }
    }
}
