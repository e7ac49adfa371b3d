import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
import Foundation

/// The design editor: the page of a microcredential's draft, and one POST per section that reads
/// the section's form into the draft's design (`EditorForm`), applies its button, and saves once.
///
/// Only the latest draft changes. Without one (the microcredential is in pilot or published) the
/// page shows the latest version read-only, and a post is refused with 409, saving nothing.
struct EditorRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(StudioEndpoints.edit, show)
        for section in EditorSection.allCases {
            table.add(StudioEndpoints.saveSection(section)) { (context: SignedIn, id) in try save(section, context, id) }
        }
        registerImage(in: &table)
        registerAttachments(in: &table)
    }

    /// Shows the editor, with the design check of the stored design.
    func show(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let (microcredential, version) = try target(context, id)
        return app.render(try page(context, microcredential, version))
    }

    /// Saves one section: 303 back to the section with a flash, or 422 with the errors beside the
    /// fields and what was typed, saving nothing; 409 when there is no draft to edit.
    func save(_ section: EditorSection, _ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let (microcredential, version) = try target(context, id)
        guard version.isEditable else { return try refuseNoDraft(context, microcredential, version) }
        var form = EditorForm(context.request.form)
        var design = version.design
        switch section {
        case .basics: form.readBasics(into: &design)
        case .objectives: form.readObjectives(into: &design)
        case .evidence: form.readEvidence(into: &design)
        case .levels: form.readLevels(into: &design)
        case .criteria: form.readCriteria(into: &design)
        case .rule: form.readRule(into: &design)
        }
        guard form.errors.isEmpty else {
            return app.render(try page(context, microcredential, version, errors: form.errors, typed: form.typed),
                              status: .unprocessableContent)
        }
        return try store(design, in: version, of: microcredential, context, then: section, form.outcome)
    }

    /// Saves a design into the draft and goes back to the section with a flash; 409 when the draft
    /// was piloted or published meanwhile (nothing saved).
    func store(_ design: Design, in version: MicrocredentialVersion, of microcredential: Microcredential,
               _ context: SignedIn, then section: EditorSection, _ outcome: String) throws -> Response {
        var edited = version
        do {
            try edited.edit { $0 = design }
            try app.store.microcredentials.saveDraft(edited, basedOn: version.design, in: context.organization.id)
        } catch LifecycleError.draftChangedMeanwhile {
            let current = try latestVersion(of: microcredential, in: context)
            return app.render(try page(context, microcredential, current, errors: FormErrors(formMessage: LifecycleError.draftChangedMeanwhile.message)),
                              status: .conflict)
        } catch let error as LifecycleError {
            guard case .notADraft = error else { throw error }
            return try refuseNoDraft(context, microcredential, try latestVersion(of: microcredential, in: context))
        }
        return app.redirect(to: StudioEndpoints.edit.path(microcredential.id) + "#" + section.anchor, .success, outcome)
    }

    // MARK: Helpers

    func page(_ context: SignedIn, _ microcredential: Microcredential, _ version: MicrocredentialVersion,
                      errors: FormErrors = FormErrors(), typed: [String: String] = [:]) throws -> EditorPage {
        EditorPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), microcredential: microcredential,
                   version: version, check: DesignChecker.check(version.design), errors: errors, typed: typed,
                   pilot: try revisedPilot(of: version, in: context),
                   imageURL: ImageURLs.studio(microcredential.id, version))
    }

    /// The report of the pilot a draft revises (the version just before it, when it was piloted).
    private func revisedPilot(of draft: MicrocredentialVersion, in context: SignedIn) throws -> PilotReportView? {
        guard draft.isEditable, draft.number > 1,
              let previous = try app.store.microcredentials.fetchVersion(number: draft.number - 1, of: draft.microcredentialID,
                                                                          in: context.organization.id),
              previous.pilotStartedAt != nil else { return nil }
        return PilotReportView(report: try app.store.pilots.report(for: previous.id, in: context.organization.id),
                               design: previous.design)
    }

    /// The read-only page, 409: a version out of draft never changes.
    func refuseNoDraft(_ context: SignedIn, _ microcredential: Microcredential, _ version: MicrocredentialVersion) throws -> Response {
        app.render(try page(context, microcredential, version), status: .conflict)
    }

    /// The microcredential with this id in the member's organization (404 otherwise), with its
    /// latest draft, or its latest version when it has no draft.
    func target(_ context: SignedIn, _ id: Microcredential.ID) throws -> (Microcredential, MicrocredentialVersion) {
        let (microcredential, versions) = try StudioRoutes(app: app).load(context, id)
        return (microcredential, versions.last { $0.state == .draft } ?? versions.last!)
    }

    /// The microcredential's latest version as stored now (after a refused save).
    func latestVersion(of microcredential: Microcredential, in context: SignedIn) throws -> MicrocredentialVersion {
        try StudioRoutes(app: app).load(context, microcredential.id).1.last!
    }
}
