import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// The educator's side of earning: starting a microcredential from the catalog, the list of their
/// enrollments, the workspace (text and links per requirement) and submitting it.
struct EarningRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(CatalogEndpoints.enroll, enroll)
        table.add(EarningEndpoints.list, list)
        table.add(EarningEndpoints.workspace, workspace)
        table.add(EarningEndpoints.saveEvidence, save)
        table.add(EarningEndpoints.showWithCredential, showWithCredential)
        table.add(EarningEndpoints.submit, submit)
        registerFiles(in: &table)
    }

    func enroll(_ context: SignedIn, _ organizationSlug: String, _ slug: String) throws -> Response {
        guard organizationSlug == context.organization.slug else { throw WebError.notFound }
        let enrolled: Earning.Enrolled
        do {
            enrolled = try app.earning.enroll(in: slug, by: context.member)
        } catch EnrollmentError.alreadyHolds(let standing) {
            // Refused: the sentence says why, and it leads to the credential they hold.
            let message = EnrollmentError.alreadyHolds(standing).message
            guard let credentialID = standing.credentialID else {
                return app.redirect(to: CredentialEndpoints.mine.path(), .error, message + " Here are your credentials.")
            }
            return app.redirect(to: CredentialEndpoints.page.path(credentialID), .error, message + " Here is your credential.")
        }
        let title = enrolled.version.design.title
        return app.redirect(to: EarningEndpoints.workspace.path(enrolled.enrollmentID), .success, enrolled.isNew
                            ? "You started “\(title)” (version \(enrolled.version.number)). Your work is saved as you go."
                            : "You have already started “\(title)”: here is your workspace.")
    }

    func list(_ context: SignedIn) throws -> Response {
        let rows = try app.earning.myMicrocredentials(of: context.member).map {
            MyMicrocredentialsPage.Row(id: $0.enrollmentID, title: $0.title, version: $0.version, status: $0.status)
        }
        return app.render(MyMicrocredentialsPage(context: page(context), rows: rows))
    }

    func workspace(_ context: SignedIn, _ id: Enrollment.ID) throws -> Response {
        try render(context, id)
    }

    /// Saves a requirement's text and links, keeping its files. With `Accept: application/json` (the
    /// autosave) it answers `{"saved": true, "wordCount": n, "savedAt": "<ISO 8601>"}` (with `"publicChoiceLapsed":
    /// "<why>"` when the change made a chosen item private again), or 422 with
    /// `{"errors": {"<field>": "<message>"}}`; otherwise it redirects, or shows the page with the errors.
    func save(_ context: SignedIn, _ id: Enrollment.ID, _ requirementID: String) throws -> Response {
        let wantsJSON = context.request.headers["Accept"]?.lowercased().contains("application/json") == true
        guard let editable = try editableRequirement(context, id, requirementID) else {
            guard wantsJSON else { return refuseEarned(id) }
            var refusal = FormErrors()
            refusal.add(EnrollmentError.evidenceLocked.message, for: Self.textField(requirementID))
            return try .json(SaveRefusal(refusal), status: .conflict)
        }
        let (enrollment, requirement) = (editable.enrollment, editable.requirement)
        let form = context.request.form
        let text = try form.require(Self.textField(requirementID))
        let linksTyped = try form.require(Self.linksField(requirementID))
        let lines = linksTyped.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var errors = FormErrors()
        let field = Self.linksField(requirementID)
        var item = try EvidenceItem(requirementID: requirementID, text: text)
        for line in lines {
            do { try item.addLink(line) } catch {
                errors.add(error.message, for: field)
                break
            }
        }
        if text.count > 200_000 { errors.add("The text is too long to save.", for: Self.textField(requirementID)) }
        guard errors.isEmpty else {
            if wantsJSON { return try .json(SaveRefusal(errors), status: .unprocessableContent) }
            return try render(context, enrollment.id, errors: errors,
                              typed: [requirementID: (text, linksTyped)], status: .unprocessableContent)
        }
        let saved = try app.earning.saveText(item, in: editable)
        let lapsed = saved.publicChoiceLapsed ? PublicChoiceForm.lapsedMessage : nil
        if wantsJSON {
            var response = try Response.json(Saved(saved: true, wordCount: saved.entry.wordCount, savedAt: app.clock().formatted(.iso8601),
                                                   publicChoiceLapsed: lapsed))
            response.headers.set("Cache-Control", "no-store")
            return response
        }
        return app.redirect(to: EarningEndpoints.workspace.path(enrollment.id) + "#requirement-\(requirement.id)", .success,
                            ["Saved “\(requirement.title)”.", lapsed].compactMap { $0 }.joined(separator: " "))
    }

    /// The autosave's answer when it saved; `publicChoiceLapsed` says why the item is private again, when the save made it so.
    struct Saved: Encodable {
        let saved: Bool
        let wordCount: Int
        let savedAt: String
        let publicChoiceLapsed: String?
    }

    /// The autosave's answer when it refused: a message per field name.
    struct SaveRefusal: Encodable {
        let errors: [String: String]
        init(_ errors: FormErrors) { self.errors = Dictionary(errors.entries.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first }) }
    }

    /// Saves the "Show with my credential" choice of one requirement's evidence (an unchecked box sends nothing: private).
    func showWithCredential(_ context: SignedIn, _ id: Enrollment.ID, _ requirementID: String) throws -> Response {
        let isPublic = context.request.form[PublicChoiceForm.field] == "1"
        let requirement: EvidenceRequirement
        do {
            requirement = try app.earning.showWithCredential(isPublic, requirement: requirementID, of: id, by: context.member)
        } catch EnrollmentError.publicChoiceLocked {
            return app.redirect(to: EarningEndpoints.workspace.path(id), .error, EnrollmentError.publicChoiceLocked.message)
        }
        return app.redirect(to: EarningEndpoints.workspace.path(id) + "#requirement-\(requirement.id)", .success, isPublic
                            ? "“\(requirement.title)” will be shown with your credential if you earn it."
                            : "“\(requirement.title)” stays private.")
    }

    func submit(_ context: SignedIn, _ id: Enrollment.ID) throws -> Response {
        let submitted: Earning.Submitted
        do {
            submitted = try app.earning.submit(id, by: context.member)
        } catch let error as EnrollmentError where error.kind != .notFound {
            guard case .incomplete = error else { return app.redirect(to: EarningEndpoints.workspace.path(id), .error, error.message) }
            var errors = FormErrors()
            errors.formMessage = error.message
            return try render(context, id, errors: errors, status: .unprocessableContent)
        }
        return app.redirect(to: EarningEndpoints.workspace.path(id), .success,
                            "Submitted “\(submitted.title)”. An assessor will review your evidence.")
    }

    // MARK: Helpers

    static func textField(_ requirementID: String) -> String { "text-" + requirementID }
    static func linksField(_ requirementID: String) -> String { "links-" + requirementID }

    /// The workspace page, with the errors of a refused form and what was typed in it.
    func render(_ context: SignedIn, _ id: Enrollment.ID,
                errors: FormErrors = FormErrors(), typed: [String: (String, String)] = [:],
                pendingUpload: PendingUpload? = nil, status: HTTPStatus = .ok) throws -> Response {
        let workspace = try app.earning.workspacePage(id, by: context.member)
        return app.render(WorkspacePage(context: page(context), enrollmentID: workspace.enrollment.id, version: workspace.version,
                                        workspace: workspace.workspace, status: workspace.status, problems: workspace.problems,
                                        guidance: workspace.guidance, errors: errors, typed: typed, pendingUpload: pendingUpload,
                                        publicRequirements: workspace.publicRequirements, lapsedRequirements: workspace.lapsedRequirements),
                          status: status)
    }

    private func page(_ context: SignedIn) -> PageContext { context.visitor.pageContext(isDevelopment: app.isDevelopment) }
}
