import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
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
        app.render(StudioPage(context: page(context), entries: try app.designing.listPage(by: context.member).entries))
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
        let version = try app.designing.create(.blank(title: title), by: context.member)
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
        let version = try app.designing.create(design, by: context.member)
        let check = DesignChecker.check(design)
        let note = check.errors.isEmpty ? "It passes the design checker." : "The design checker lists \(check.errors.count) thing(s) to fix."
        return app.redirect(to: StudioEndpoints.overview.path(version.microcredentialID), .success,
                            "Imported “\(designFile.design.title)” as a new draft. \(note)")
    }

    // MARK: One microcredential

    /// The overview; after a refused step it comes back with the reason (and the checklist naming the fields).
    func overview(_ context: SignedIn, _ id: Microcredential.ID, changeNote: String = "", errors: FormErrors = FormErrors(),
                  status: HTTPStatus? = nil) throws -> Response {
        let opened = try app.designing.open(id, by: context.member)
        let check = DesignChecker.check(opened.latest.design)
        return app.render(MicrocredentialOverviewPage(context: page(context), microcredential: opened.microcredential, versions: opened.versions,
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
        let opened = try app.designing.open(id, by: context.member)
        let (microcredential, version) = (opened.microcredential, opened.latest)
        return app.render(PreviewPage(context: page(context), microcredential: microcredential, version: version,
                                      imageURL: ImageURLs.studio(microcredential.id, version),
                                      attachmentURLs: AttachmentURLs.studio(microcredential.id, version)))
    }

    func export(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let opened = try app.designing.open(id, by: context.member)
        let (microcredential, version) = (opened.microcredential, opened.latest)
        let file = DesignFile(design: version.design,
                              source: .init(organization: context.organization.name, microcredential: microcredential.slug,
                                            version: version.number),
                              exportedAt: app.clock())
        var response = Response(status: .ok, headers: [:], body: .bytes(file.encode()))
        response.headers.set("Content-Type", "application/json; charset=utf-8")
        response.headers.set("Content-Disposition", "attachment; filename=\"\(microcredential.slug)-v\(version.number).json\"")
        return response
    }

    /// Moves the latest version to `state` (retiring: the one in the catalog or in pilot); a failed
    /// check or an illegal move comes back as a message.
    func move(_ context: SignedIn, _ id: Microcredential.ID, to state: LifecycleState) throws -> Response {
        let moved: Publishing.Moved
        do {
            moved = try app.publishing.move(id, to: state, by: context.member)
        } catch let error as LifecycleError {
            return try refused(error, context, id)
        }
        let (microcredential, target) = (moved.microcredential, moved.version)
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
        let typed = context.request.form["change_note"] ?? ""
        let note = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        if note.isEmpty { errors.add("Say in a sentence what this version will change, for those who earned the previous one.", for: "change_note") }
        if note.count > 1000 { errors.add("Use at most 1,000 characters.", for: "change_note") }
        guard errors.isEmpty else { return try overview(context, id, changeNote: typed, errors: errors) }
        let next: Publishing.Moved
        do {
            // One transaction: a pilot being revised is retired with it.
            next = try app.publishing.revise(id, changeNote: note, by: context.member)
        } catch let error as LifecycleError {
            return try refused(error, context, id)
        }
        return app.redirect(to: StudioEndpoints.edit.path(next.microcredential.id), .success,
                            "Version \(next.version.number) is a new draft, based on version \(next.version.number - 1).")
    }

    func duplicate(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let duplicated = try app.designing.duplicate(id, by: context.member)
        return app.redirect(to: StudioEndpoints.edit.path(duplicated.copy.microcredentialID), .success,
                            "“\(duplicated.copy.design.title)” is a new draft copied from “\(duplicated.source.slug)”.")
    }

    // MARK: Helpers

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }

    /// The microcredential with this id in the member's organization (404 otherwise), with its versions
    /// (oldest first): for the exemplars' and disagreements' pages under `/studio/:id`.
    func load(_ context: SignedIn, _ id: Microcredential.ID) throws -> (Microcredential, [MicrocredentialVersion]) {
        let opened = try app.designing.open(id, by: context.member)
        return (opened.microcredential, opened.versions)
    }
}
