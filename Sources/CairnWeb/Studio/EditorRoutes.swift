import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
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
        app.render(page(context, try app.designing.editorPage(id, by: context.member)))
    }

    /// Saves one section: 303 back to the section with a flash, or 422 with the errors beside the
    /// fields and what was typed, saving nothing; 409 when there is no draft to edit.
    func save(_ section: EditorSection, _ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let editor = try app.designing.editorPage(id, by: context.member)
        guard editor.version.isEditable else { return refuseNoDraft(context, editor) }
        var form = EditorForm(context.request.form)
        var design = editor.version.design
        switch section {
        case .basics: form.readBasics(into: &design)
        case .objectives: form.readObjectives(into: &design)
        case .evidence: form.readEvidence(into: &design)
        case .levels: form.readLevels(into: &design)
        case .criteria: form.readCriteria(into: &design)
        case .rule: form.readRule(into: &design)
        }
        guard form.errors.isEmpty else {
            return app.render(page(context, editor, errors: form.errors, typed: form.typed), status: .unprocessableContent)
        }
        return try store(design, in: editor, context, then: section, form.outcome)
    }

    /// Saves a design into the draft and goes back to the section with a flash; 409 when the draft
    /// was piloted or published, or saved by someone else, meanwhile (nothing saved).
    func store(_ design: Design, in editor: Designing.EditorPage, _ context: SignedIn, then section: EditorSection,
               _ outcome: String) throws -> Response {
        let id = editor.microcredential.id
        do {
            try app.designing.saveDraft(design, into: editor.version, by: context.member)
        } catch LifecycleError.draftChangedMeanwhile {
            return app.render(page(context, try app.designing.editorPage(id, by: context.member),
                                   errors: FormErrors(formMessage: LifecycleError.draftChangedMeanwhile.message)),
                              status: .conflict)
        } catch let error as LifecycleError {
            guard case .notADraft = error else { throw error }
            return refuseNoDraft(context, try app.designing.editorPage(id, by: context.member))
        }
        return app.redirect(to: StudioEndpoints.edit.path(id) + "#" + section.anchor, .success, outcome)
    }

    // MARK: Helpers

    func page(_ context: SignedIn, _ editor: Designing.EditorPage, errors: FormErrors = FormErrors(),
              typed: [String: String] = [:]) -> EditorPage {
        let (microcredential, version) = (editor.microcredential, editor.version)
        return EditorPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), microcredential: microcredential,
                          version: version, check: DesignChecker.check(version.design), errors: errors, typed: typed,
                          pilot: editor.revisedPilot.map { PilotReportView(report: $0.report, design: $0.version.design) },
                          imageURL: ImageURLs.studio(microcredential.id, version))
    }

    /// The read-only page, 409: a version out of draft never changes.
    func refuseNoDraft(_ context: SignedIn, _ editor: Designing.EditorPage) -> Response {
        app.render(page(context, editor), status: .conflict)
    }
}
