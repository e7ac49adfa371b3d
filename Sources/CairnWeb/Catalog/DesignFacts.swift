import CairnCore
import CairnHTML

/// The numbers an educator weighs first: hours of work, credit hours, expiry, subjects and grade bands.
struct DesignFacts: HTML {
    let design: Design

    var body: some HTML {
        dl(.class("facts facts--key")) {
            div { dt { "Work" }; dd { "About \(Wording.hours(design.estimatedHours))" } }
            div { dt { "Credit" }; dd { Wording.creditHours(design.creditHours) } }
            div { dt { "Expiry" }; dd { Wording.validity(design.validityMonths) } }
            if !design.subjects.isEmpty {
                div { dt { "Subjects" }; dd { TagList(tags: design.subjects) } }
            }
            if !design.gradeBands.isEmpty {
                div { dt { "Grade bands" }; dd { Wording.list(design.gradeBands.map(\.displayName)) } }
            }
        }
    }
}

/// Tags as a list of small labels.
struct TagList: HTML {
    let tags: [String]

    var body: some HTML {
        ul(.class("tags")) {
            for tag in tags { li(.class("tag")) { tag } }
        }
    }
}
