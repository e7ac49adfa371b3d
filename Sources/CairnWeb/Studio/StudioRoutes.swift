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
        let designer = Access.role(.designer)
        table.add(.get, "/studio", designer) { (context: SignedIn) in try list(context) }
        table.add(.get, "/studio/new", designer) { (context: SignedIn) in newForm(context) }
        table.add(.post, "/studio/new", designer) { (context: SignedIn) in try create(context) }
        table.add(.get, "/studio/import", designer) { (context: SignedIn) in app.render(ImportDesignPage(context: page(context))) }
        table.add(.post, "/studio/import", designer) { (context: SignedIn) in try importDesign(context) }
        table.add(.get, "/studio/:id", designer) { (context: SignedIn) in try overview(context) }
        table.add(.get, "/studio/:id/preview", designer) { (context: SignedIn) in try preview(context) }
        table.add(.get, "/studio/:id/export", designer) { (context: SignedIn) in try export(context) }
        table.add(.post, "/studio/:id/publish", designer) { (context: SignedIn) in try move(context, to: .published) }
        table.add(.post, "/studio/:id/retire", designer) { (context: SignedIn) in try move(context, to: .retired) }
        table.add(.post, "/studio/:id/pilot", designer) { (context: SignedIn) in try move(context, to: .pilot) }
        table.add(.post, "/studio/:id/revise", designer) { (context: SignedIn) in try revise(context) }
        table.add(.post, "/studio/:id/duplicate", designer) { (context: SignedIn) in try duplicate(context) }
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
        return app.redirect(to: Paths.editor(version.microcredentialID.rawValue), .success,
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
        return app.redirect(to: Paths.studio(version.microcredentialID.rawValue), .success,
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
    func overview(_ context: SignedIn, changeNote: String = "", errors: FormErrors = FormErrors(),
                  status: HTTPStatus? = nil) throws -> Response {
        let (microcredential, versions) = try load(context)
        let check = DesignChecker.check(versions.last!.design)
        return app.render(MicrocredentialOverviewPage(context: page(context), microcredential: microcredential, versions: versions,
                                                      check: check, changeNote: changeNote, errors: errors),
                          status: status ?? (errors.isEmpty ? .ok : .unprocessableContent))
    }

    /// A refused lifecycle step: 422 when the design has checker errors, 409 when the step does not
    /// fit the version's state. Nothing was changed.
    private func refused(_ error: LifecycleError, _ context: SignedIn) throws -> Response {
        let status: HTTPStatus = if case .designHasErrors = error { .unprocessableContent } else { .conflict }
        return try overview(context, errors: FormErrors(formMessage: error.message), status: status)
    }

    func preview(_ context: SignedIn) throws -> Response {
        let (microcredential, versions) = try load(context)
        let version = versions.last!
        return app.render(PreviewPage(context: page(context), microcredential: microcredential, version: version,
                                      imageURL: ImageURLs.studio(microcredential.id.rawValue, version),
                                      attachmentURLs: AttachmentURLs.studio(microcredential.id.rawValue, version)))
    }

    func export(_ context: SignedIn) throws -> Response {
        let (microcredential, versions) = try load(context)
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
    func move(_ context: SignedIn, to state: LifecycleState) throws -> Response {
        let (microcredential, versions) = try load(context)
        let id = microcredential.id.rawValue
        // Retiring applies to the version in the catalog when a revision is in progress.
        let target = state == .retired ? (versions.last { $0.state == .published || $0.state == .pilot } ?? versions.last!) : versions.last!
        let now = app.clock()
        do {
            try app.store.microcredentials.transition(target.id, to: state, at: now, in: context.organization.id)
        } catch let error as LifecycleError {
            return try refused(error, context)
        }
        let title = target.design.title
        switch state {
        case .pilot: return app.redirect(to: Paths.pilot(id), .success, "The pilot of “\(title)” has started. Add pilot educators or share the link.")
        case .published: return app.redirect(to: Paths.studio(id), .success, "Version \(target.number) of “\(title)” is published in the catalog.")
        case .retired: return app.redirect(to: Paths.studio(id), .success, "Version \(target.number) of “\(title)” is retired.")
        case .draft: return app.redirect(to: Paths.studio(id), .success, "Saved.")
        }
    }

    /// Opens the next draft from the latest version; a pilot being revised ends (it is retired).
    func revise(_ context: SignedIn) throws -> Response {
        let (microcredential, versions) = try load(context)
        let typed = context.request.form["change_note"] ?? ""
        let note = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        if note.isEmpty { errors.add("Say in a sentence what this version will change, for those who earned the previous one.", for: "change_note") }
        if note.count > 1000 { errors.add("Use at most 1,000 characters.", for: "change_note") }
        guard errors.isEmpty else { return try overview(context, changeNote: typed, errors: errors) }
        let latest = versions.last!
        do {
            // One transaction: a pilot being revised is retired with it (see the repository).
            _ = try app.store.microcredentials.createNextDraft(from: latest.id, changeNote: note, at: app.clock(),
                                                               in: context.organization.id)
        } catch let error as LifecycleError {
            return try refused(error, context)
        }
        return app.redirect(to: Paths.editor(microcredential.id.rawValue), .success,
                            "Version \(latest.number + 1) is a new draft, based on version \(latest.number).")
    }

    func duplicate(_ context: SignedIn) throws -> Response {
        let (microcredential, versions) = try load(context)
        let source = versions.last!
        let title = String("Copy of \(source.design.title)".prefix(200))
        let version = try app.store.microcredentials.duplicate(source.id, as: try newMicrocredential(titled: title, in: context),
                                                               title: title)
        return app.redirect(to: Paths.editor(version.microcredentialID.rawValue), .success,
                            "“\(title)” is a new draft copied from “\(microcredential.slug)”.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The microcredential named in the path, in the member's organization, with its versions (oldest first).
    func load(_ context: SignedIn) throws -> (Microcredential, [MicrocredentialVersion]) {
        guard let id = context.request.parameters["id"].flatMap(Microcredential.ID.init),
              let microcredential = try app.store.microcredentials.fetch(id, in: context.organization.id)
        else { throw WebError.notFound }
        let versions = try app.store.microcredentials.versions(of: microcredential.id, in: context.organization.id)
            .sorted { $0.number < $1.number }
        guard !versions.isEmpty else { throw WebError.notFound }
        return (microcredential, versions)
    }
}
