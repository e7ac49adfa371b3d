import CairnApp
import CairnCore
import CairnHTML

/// A pathway's page in the studio: for a new pathway or a draft, the form (title, address, summary,
/// order, then each group with its rule and microcredentials, and a blank group and blank slots to
/// add more), each error beside its field; a draft can be published, a published pathway retired.
public struct PathwayFormPage: HTML {
    let context: PageContext
    /// The stored pathway; nil for a new one.
    let pathway: Pathway?
    let input: PathwayFormInput
    /// The organization's microcredentials to choose from.
    let choices: [StudioEntry]
    let errors: FormErrors

    init(context: PageContext, pathway: Pathway?, input: PathwayFormInput, choices: [StudioEntry], errors: FormErrors = FormErrors()) {
        self.context = context
        self.pathway = pathway
        self.input = input
        self.choices = choices
        self.errors = errors
    }

    var isEditable: Bool { pathway.map { $0.state == .draft } ?? true }

    /// What the read-only view shows of each component, from the choices: its latest version's title and hours when one is published.
    var components: [Microcredential.ID: PathwayCatalogEntry.Component] {
        Dictionary(choices.map { entry in
            let published = entry.publishedNumber != nil
            return (entry.microcredential.id, PathwayCatalogEntry.Component(
                microcredentialID: entry.microcredential.id, slug: entry.microcredential.slug,
                title: published ? entry.latest.design.title : nil, versionNumber: entry.publishedNumber,
                creditHours: published ? entry.latest.design.creditHours : nil))
        }) { first, _ in first }
    }

    var microcredentialChoices: [Choice] {
        choices.map { entry in
            let title = entry.latest.design.title.isEmpty ? entry.microcredential.slug : entry.latest.design.title
            let state = entry.publishedNumber.map { "published, version \($0)" } ?? entry.latest.state.displayName.lowercased()
            return Choice(value: entry.microcredential.id.rawValue, label: "\(title) (\(state))")
        }.sorted { $0.label.lowercased() < $1.label.lowercased() }
    }

    static let ruleChoices = [Choice(value: "all", label: "All of them"), Choice(value: "n-of", label: "A number of them (say how many)"),
                              Choice(value: "one-of", label: "One of them")]

    public var body: some HTML {
        let title = pathway.map { $0.title.isEmpty ? "Untitled pathway" : $0.title } ?? "New pathway"
        Layout(title: title, context: context,
               lead: pathway.map { "\($0.state.displayName) pathway." } ?? "Name it, then group the microcredentials it is made of.") {
            p(.class("breadcrumb")) { a(.href(PathwayEndpoints.list.path())) { "All pathways" } }
            ErrorSummary(errors)
            if isEditable {
                editForm
            } else if let pathway {
                div(.class("notice"), .role("note")) {
                    p { "A \(pathway.state.displayName.lowercased()) pathway no longer changes: educators' progress and credentials rest on it." }
                }
                if pathway.state == .published {
                    p { a(.href(PathwayEndpoints.page.path(context.organizationSlug ?? "", pathway.slug))) { "See it in the catalog" } }
                }
                section(.aria(.labelledby, "groups-heading")) {
                    h2(.id("groups-heading")) { "Groups of microcredentials" }
                    PathwayGroupsView(entry: PathwayCatalogEntry(pathway: pathway, components: components), organizationSlug: context.organizationSlug ?? "",
                                      standing: nil)
                }
            }
            if let pathway {
                lifecycle(pathway)
            }
        }
    }

    var editForm: some HTML {
        PostForm(action: pathway.map { PathwayEndpoints.save.path($0.id) } ?? PathwayEndpoints.create.path(), csrfToken: context.csrfToken,
                 class: "stack") {
            TextField(label: "Title", name: "title", value: input.title, hint: "Such as “Assessment for learning”.", error: errors["title"],
                      required: true)
            TextField(label: "Address", name: "slug", value: input.slug,
                      hint: "The end of its catalog address: lowercase letters, digits and hyphens. Leave empty to make one from the title.",
                      error: errors["slug"])
            TextArea(label: "Summary", name: "summary", value: input.summary, rows: 3, hint: "One or two sentences for the catalog.",
                     error: errors["summary"])
            CheckboxGroup(legend: "Order", name: "ordered",
                          choices: [Choice(value: "1", label: "Suggest the order listed",
                                           hint: "Educators see the next microcredential in this order; one earned out of order still counts.")],
                          selected: input.isOrdered ? ["1"] : [])
            div(.id("groups"), .class("stack")) {
                h2 { "Groups of microcredentials" }
                p(.class("hint")) { "Each group has a rule: all of its microcredentials, a number of them, or one of them. Choose “None” to remove a microcredential; an empty group without a title is removed." }
                if let message = errors["groups"] { FieldErrorMessage(id: "groups-error", message: message) }
                let shown = input.groups + Array(repeating: PathwayFormInput.Group(title: "", rule: "all", count: "", components: []),
                                                 count: PathwayFormInput.blankGroups)
                for (offset, group) in shown.enumerated() {
                    groupFields(group, number: offset + 1, isNew: offset >= input.groups.count)
                }
            }
            div(.class("actions")) {
                SubmitButton(pathway == nil ? "Create the draft" : "Save the draft")
                ButtonLink("Cancel", to: PathwayEndpoints.list.path(), style: .quiet)
            }
        }
    }

    func groupFields(_ group: PathwayFormInput.Group, number g: Int, isNew: Bool) -> some HTML {
        fieldset(.class("fieldset pathway-group-fieldset"), .id("group-\(g)"),
                 .describedBy(errors["group-\(g)"] == nil ? [] : ["group-\(g)-error"])) {
            legend(.class("fieldset__legend")) { isNew ? "Add a group" : "Group \(g)" }
            if let message = errors["group-\(g)"] { FieldErrorMessage(id: "group-\(g)-error", message: message) }
            TextField(label: "Group title", name: "group-\(g)-title", value: group.title, hint: "Such as “Core” or “Electives”; optional.",
                      error: errors["group-\(g)-title"])
            SelectField(label: "Educators need", name: "group-\(g)-rule", choices: Self.ruleChoices, selected: group.rule,
                        error: errors["group-\(g)-rule"])
            TextField(label: "How many (for “a number of them”)", name: "group-\(g)-count", value: group.count, kind: .decimal,
                      error: errors["group-\(g)-count"])
            let slots = group.components + Array(repeating: PathwayFormInput.Component(microcredential: "", versions: ""),
                                                 count: PathwayFormInput.blankComponents)
            for (offset, component) in slots.enumerated() {
                let name = "group-\(g)-component-\(offset + 1)"
                div(.class("pathway-component-fields")) {
                    SelectField(label: "Microcredential \(offset + 1) of group \(g)", name: name, choices: microcredentialChoices,
                                selected: component.microcredential, emptyChoice: "None", error: errors[name])
                    TextField(label: "Versions that count", name: name + "-versions", value: component.versions,
                              hint: "Empty for any; “2+” for version 2 or later; “1, 3” for only those.", error: errors[name + "-versions"])
                }
            }
        }
    }

    func lifecycle(_ pathway: Pathway) -> some HTML {
        section(.aria(.labelledby, "lifecycle-heading")) {
            h2(.id("lifecycle-heading")) { pathway.state == .draft ? "Publish" : "Retire" }
            switch pathway.state {
            case .draft:
                p { "Publishing puts the pathway in the catalog, as saved. Every group needs a microcredential, and each must be published." }
                PostForm(action: PathwayEndpoints.publish.path(pathway.id), csrfToken: context.csrfToken) {
                    SubmitButton("Publish the pathway", style: .secondary)
                }
            case .published:
                p { "Retiring takes it out of the catalog; credentials already issued stay valid." }
                PostForm(action: PathwayEndpoints.retire.path(pathway.id), csrfToken: context.csrfToken) {
                    SubmitButton("Retire the pathway", style: .danger)
                }
            case .retired:
                p { "Retired: it no longer issues credentials." }
            }
        }
    }
}
