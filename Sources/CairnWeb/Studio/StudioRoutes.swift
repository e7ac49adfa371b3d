import CairnCore
import CairnHTML
import CairnHTTP
import CairnStore
import Foundation

/// The designer's studio: the organization's microcredentials, creating, importing and exporting
/// designs, previewing, and moving versions through their lifecycle (pilot, publish, revise, retire).
struct StudioRoutes {
    let app: App
    /// A design file larger than this is refused before it is read.
    static let maxDesignFileBytes: Int64 = 2 << 20

    func register(in table: inout RouteTable) {
        table.add(StudioEndpoints.list, list)
        table.add(StudioEndpoints.new, newForm)
        table.add(StudioEndpoints.create, create)
        table.add(StudioEndpoints.importDesign) { (context: SignedIn) in app.render(ImportDesignPage(context: page(context))) }
        table.add(StudioEndpoints.saveImport, importDesign)
        table.add(StudioEndpoints.overview) { (context: SignedIn, id) in try overview(context, id) }
        table.add(StudioEndpoints.preview, preview)
        table.add(StudioEndpoints.export, export)
        table.add(StudioEndpoints.publish) { (context: SignedIn, id) in try move(context, id, to: .published) }
        table.add(StudioEndpoints.retire) { (context: SignedIn, id) in try move(context, id, to: .retired) }
        table.add(StudioEndpoints.startPilot) { (context: SignedIn, id) in try move(context, id, to: .pilot) }
        table.add(StudioEndpoints.revise, revise)
        table.add(StudioEndpoints.duplicate, duplicate)
    }

    // MARK: List, create, import

    func list(_ context: SignedIn) throws -> Response {
        app.render(StudioPage(context: page(context), entries: try app.store.microcredentials.studio(organization: context.organization.id)))
    }

    func newForm(_ context: SignedIn) -> Response {
        app.render(NewMicrocredentialPage(context: page(context)))
    }

    func create(_ context: SignedIn) throws -> Response {
        let typed = context.request.form["title"] ?? ""
        let title = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        if title.isEmpty { errors.add("Give the microcredential a title; you can change it later.", for: "title") }
        if title.count > 200 { errors.add("Use at most 200 characters.", for: "title") }
        guard errors.isEmpty else {
            return app.render(NewMicrocredentialPage(context: page(context), title: typed, errors: errors), status: .unprocessableContent)
        }
        let version = try createMicrocredential(design: .blank(title: title), in: context)
        return app.redirect(to: StudioEndpoints.edit.path(version.microcredentialID), .success,
                            "“\(title)” is a new draft. Start with its learning objectives.")
    }

    func importDesign(_ context: SignedIn) throws -> Response {
        var errors = FormErrors()
        guard let file = context.request.form.file("design"), file.size > 0 else {
            errors.add("Choose a design file (.json) to import.", for: "design")
            return app.render(ImportDesignPage(context: page(context), errors: errors), status: .unprocessableContent)
        }
        guard file.size <= Self.maxDesignFileBytes,
              let data = FileManager.default.contents(atPath: file.path) else {
            errors.add("The file is larger than 2 MB: a design file is much smaller. Check that you chose the right file.", for: "design")
            return app.render(ImportDesignPage(context: page(context), errors: errors), status: .unprocessableContent)
        }
        let designFile: DesignFile
        do {
            designFile = try DesignFile.decode(Array(data))
        } catch {
            return app.render(ImportDesignPage(context: page(context), problems: [error]), status: .unprocessableContent)
        }
        // `DesignFile.decode` already dropped any blob the file named: files never carry uploads.
        let design = designFile.design
        let version = try createMicrocredential(design: design, in: context)
        let check = DesignChecker.check(design)
        let note = check.errors.isEmpty ? "It passes the design checker." : "The design checker lists \(check.errors.count) thing(s) to fix."
        return app.redirect(to: StudioEndpoints.overview.path(version.microcredentialID), .success,
                            "Imported “\(designFile.design.title)” as a new draft. \(note)")
    }

    /// Creates a microcredential with a free slug made from the title.
    private func createMicrocredential(design: Design, in context: SignedIn) throws -> MicrocredentialVersion {
        try app.store.microcredentials.create(try newMicrocredential(titled: design.title, in: context), design: design)
    }

    /// A new microcredential of the member's organization, with a slug made from `title` that is still free.
    private func newMicrocredential(titled title: String, in context: SignedIn) throws -> Microcredential {
        let base = Microcredential.suggestedSlug(for: title)
        var slug = base
        var suffix = 2
        while try app.store.microcredentials.fetch(slug: slug, in: context.organization.id) != nil {
            slug = "\(base.prefix(55))-\(suffix)"
            suffix += 1
        }
        return Microcredential(organizationID: context.organization.id, slug: slug, createdAt: app.clock(),
                               createdBy: context.member.person.id)
    }

    // MARK: One microcredential

    /// The overview; after a refused step it comes back with the reason (and the checklist naming the fields).
    func overview(_ context: SignedIn, _ id: Microcredential.ID, changeNote: String = "", errors: FormErrors = FormErrors(),
                  status: HTTPStatus? = nil) throws -> Response {
        let (microcredential, versions) = try load(context, id)
        let check = DesignChecker.check(versions.last!.design)
        return app.render(MicrocredentialOverviewPage(context: page(context), microcredential: microcredential, versions: versions,
                                                      check: check, changeNote: changeNote, errors: errors),
                          status: status ?? (errors.isEmpty ? .ok : .unprocessableContent))
    }

    /// A refused lifecycle step: 422 when the design has checker errors, 409 when the step does not
    /// fit the version's state. Nothing was changed.
    private func refused(_ error: LifecycleError, _ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let status: HTTPStatus = if case .designHasErrors = error { .unprocessableContent } else { .conflict }
        return try overview(context, id, errors: FormErrors(formMessage: error.message), status: status)
    }

    func preview(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let (microcredential, versions) = try load(context, id)
        let version = versions.last!
        return app.render(PreviewPage(context: page(context), microcredential: microcredential, version: version,
                                      imageURL: ImageURLs.studio(microcredential.id, version),
                                      attachmentURLs: AttachmentURLs.studio(microcredential.id, version)))
    }

    func export(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let (microcredential, versions) = try load(context, id)
        let version = versions.last!
        let file = DesignFile(design: version.design,
                              source: .init(organization: context.organization.name, microcredential: microcredential.slug,
                                            version: version.number),
                              exportedAt: app.clock())
        var response = Response(status: .ok, headers: [:], body: .bytes(file.encode()))
        response.headers.set("Content-Type", "application/json; charset=utf-8")
        response.headers.set("Content-Disposition", "attachment; filename=\"\(microcredential.slug)-v\(version.number).json\"")
        return response
    }

    /// Moves the latest version to `state`; a failed check or an illegal move comes back as a message.
    func move(_ context: SignedIn, _ id: Microcredential.ID, to state: LifecycleState) throws -> Response {
        let (microcredential, versions) = try load(context, id)
        // Retiring applies to the version in the catalog when a revision is in progress.
        let target = state == .retired ? (versions.last { $0.state == .published || $0.state == .pilot } ?? versions.last!) : versions.last!
        let now = app.clock()
        do {
            try app.store.microcredentials.transition(target.id, to: state, at: now, in: context.organization.id)
        } catch let error as LifecycleError {
            return try refused(error, context, id)
        }
        let title = target.design.title
        switch state {
        case .pilot: return app.redirect(to: StudioEndpoints.pilot.path(microcredential.id), .success, "The pilot of “\(title)” has started. Add pilot educators or share the link.")
        case .published: return app.redirect(to: StudioEndpoints.overview.path(microcredential.id), .success, "Version \(target.number) of “\(title)” is published in the catalog.")
        case .retired: return app.redirect(to: StudioEndpoints.overview.path(microcredential.id), .success, "Version \(target.number) of “\(title)” is retired.")
        case .draft: return app.redirect(to: StudioEndpoints.overview.path(microcredential.id), .success, "Saved.")
        }
    }

    /// Opens the next draft from the latest version; a pilot being revised ends (it is retired).
    func revise(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let (microcredential, versions) = try load(context, id)
        let typed = context.request.form["change_note"] ?? ""
        let note = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        if note.isEmpty { errors.add("Say in a sentence what this version will change, for those who earned the previous one.", for: "change_note") }
        if note.count > 1000 { errors.add("Use at most 1,000 characters.", for: "change_note") }
        guard errors.isEmpty else { return try overview(context, id, changeNote: typed, errors: errors) }
        let latest = versions.last!
        do {
            // One transaction: a pilot being revised is retired with it (see the repository).
            _ = try app.store.microcredentials.createNextDraft(from: latest.id, changeNote: note, at: app.clock(),
                                                               in: context.organization.id)
        } catch let error as LifecycleError {
            return try refused(error, context, id)
        }
        return app.redirect(to: StudioEndpoints.edit.path(microcredential.id), .success,
                            "Version \(latest.number + 1) is a new draft, based on version \(latest.number).")
    }

    func duplicate(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let (microcredential, versions) = try load(context, id)
        let source = versions.last!
        let title = String("Copy of \(source.design.title)".prefix(200))
        let version = try app.store.microcredentials.duplicate(source.id, as: try newMicrocredential(titled: title, in: context),
                                                               title: title)
        return app.redirect(to: StudioEndpoints.edit.path(version.microcredentialID), .success,
                            "“\(title)” is a new draft copied from “\(microcredential.slug)”.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The microcredential with this id in the member's organization (404 otherwise), with its versions (oldest first).
    func load(_ context: SignedIn, _ id: Microcredential.ID) throws -> (Microcredential, [MicrocredentialVersion]) {
        guard let microcredential = try app.store.microcredentials.fetch(id, in: context.organization.id)
        else { throw WebError.notFound }
        let versions = try app.store.microcredentials.versions(of: microcredential.id, in: context.organization.id)
            .sorted { $0.number < $1.number }
        guard !versions.isEmpty else { throw WebError.notFound }
        return (microcredential, versions)
    }
}
