import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// A credential's page and JSON, its download, sharing and status; the educator's credentials; and
/// what each organization publishes as an issuer.
struct CredentialRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(CredentialEndpoints.page, page)
        table.add(CredentialEndpoints.download) { (visitor: Visitor, id) in try json(visitor, id, download: true) }
        table.add(CredentialEndpoints.badgePNG) { (visitor: Visitor, id) in try badge(visitor, id, .png) }
        table.add(CredentialEndpoints.badgeSVG) { (visitor: Visitor, id) in try badge(visitor, id, .svg) }
        table.add(CredentialEndpoints.share, share)
        table.add(CredentialEndpoints.status, changeStatus)
        table.add(CredentialEndpoints.correct, correct)
        table.add(CredentialEndpoints.mine, mine)
        table.add(CredentialEndpoints.learnerRecord, learnerRecord)
        table.add(CredentialEndpoints.transcript, transcript)
        table.add(CredentialEndpoints.issued) { (context: SignedIn) in try issued(context, errors: FormErrors(), typed: nil) }
        table.add(CredentialEndpoints.saveIssuerProfile, saveIssuerProfile)
        table.add(CredentialEndpoints.didDocument, didDocument)
        table.add(CredentialEndpoints.statusList, statusList)
        registerEvidence(in: &table)
    }

    /// The page, or the signed credential for a client that asks for JSON(-LD).
    func page(_ visitor: Visitor, _ id: IssuedCredential.ID) throws -> Response {
        if CatalogRoutes.prefersJSON(visitor.request.headers["Accept"]) { return try json(visitor, id, download: false) }
        let page = try app.credentials.page(id, viewer: visitor.member)
        var response = app.render(CredentialPage(context: context(visitor, page.organization), page: page,
                                                 reasonError: nil, now: app.clock()))
        response.headers.set("Vary", "Accept")
        response.headers.set("Cache-Control", "private, no-cache")
        return response
    }

    /// The credential as issued, byte for byte; as a file to keep when `download`.
    func json(_ visitor: Visitor, _ id: IssuedCredential.ID, download: Bool) throws -> Response {
        let credential = try app.credentials.document(id, viewer: visitor.member)
        var response = Response(status: .ok, headers: ["Content-Type": "application/vc+ld+json"], body: .text(credential.document))
        response.headers.set("Vary", "Accept")
        response.headers.set("Cache-Control", "private, no-cache")
        response.headers.set("Access-Control-Allow-Origin", "*")
        if download {
            response.headers.set("Content-Disposition", "attachment; filename=\"\(Self.fileName(credential.name)).json\"")
        }
        return response
    }

    /// The badge image with the credential baked in, as a file to keep or post.
    func badge(_ visitor: Visitor, _ id: IssuedCredential.ID, _ format: BadgeImage.Format) throws -> Response {
        let badge = try app.credentials.badge(id, format: format, viewer: visitor.member)
        var response = Response(status: .ok, headers: ["Content-Type": format.contentType], body: .bytes(badge.bytes))
        response.headers.set("Cache-Control", "private, no-cache")
        response.headers.set("Content-Disposition", "inline; filename=\"badge.\(format.rawValue)\"")
        return response
    }

    /// Opens or closes the page to people with the link.
    func share(_ context: SignedIn, _ id: IssuedCredential.ID) throws -> Response {
        let isShared = context.request.form["public_page"] == "1"
        try app.credentials.share(id, isShared, by: context.member)
        let message = isShared ? "Anyone with the link can now see this credential." : "Only you and your organization's admins can see this credential now."
        return app.redirect(to: CredentialEndpoints.page.path(id), .success, message)
    }

    /// Revokes, suspends or reinstates; the form comes back with the message beside the reason.
    func changeStatus(_ context: SignedIn, _ id: IssuedCredential.ID) throws -> Response {
        let form = context.request.form
        guard let status = CredentialStatus(rawValue: form["status"] ?? "") else {
            throw WebError.badRequest("Choose revoke, suspend or reinstate.")
        }
        let reason = form["reason"] ?? ""
        do {
            try app.credentials.changeStatus(id, to: status, reason: reason, by: context.member)
        } catch let error as CredentialError where error.field == "reason" {
            return try refused(context, id, error, typed: reason, in: "status")
        }
        let done = switch status {
        case .revoked: "Revoked. Anyone who checks this credential now sees it is revoked; the educator has been told."
        case .suspended: "Suspended. The educator has been told."
        case .active: "Reinstated. The educator has been told."
        }
        return app.redirect(to: CredentialEndpoints.page.path(id), .success, done)
    }

    /// Re-issues it as a correction and shows the new credential; the form comes back with the message beside the reason.
    func correct(_ context: SignedIn, _ id: IssuedCredential.ID) throws -> Response {
        let reason = context.request.form["correction"] ?? ""
        let corrected: IssuedCredential
        do {
            corrected = try app.credentials.correct(id, reason: reason, by: context.member)
        } catch let error as CredentialError where error.field == "reason" {
            return try refused(context, id, error, typed: reason, in: "correction")
        }
        return app.redirect(to: CredentialEndpoints.page.path(corrected.id), .success,
                            "Corrected: this new credential replaces the old one, which is revoked. The educator has been told.")
    }

    /// The credential's page again (422), with the refusal beside the reason typed in the form named `form`.
    func refused(_ context: SignedIn, _ id: IssuedCredential.ID, _ error: CredentialError, typed reason: String,
                 in form: String) throws -> Response {
        let page = try app.credentials.page(id, viewer: context.member)
        return app.render(CredentialPage(context: self.context(context.visitor, page.organization), page: page,
                                         reasonError: error.message, reasonTyped: reason, failedForm: form, now: app.clock()),
                          status: .unprocessableContent)
    }

    /// The admin's page: the issuer profile form (with what was typed and its errors, after a refusal) and the issued credentials.
    func issued(_ context: SignedIn, errors: FormErrors, typed: (url: String, email: String, description: String)?) throws -> Response {
        let page = Int(context.request.query["page"] ?? "") ?? 1
        let issued = try app.credentials.issued(page: page, by: context.member)
        let saved = try app.credentials.issuerProfile(by: context.member)
        let profile = typed ?? (saved.url, saved.email, saved.description)
        return app.render(IssuedCredentialsPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), profile: profile,
                                                errors: errors, issued: issued, now: app.clock()),
                          status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Saves the issuer profile; 422 with the message beside the field that is wrong.
    func saveIssuerProfile(_ context: SignedIn) throws -> Response {
        let form = context.request.form
        let typed = (url: form[IssuedCredentialsPage.Field.url] ?? "", email: form[IssuedCredentialsPage.Field.email] ?? "",
                     description: form[IssuedCredentialsPage.Field.description] ?? "")
        do {
            try app.credentials.saveIssuerProfile(url: typed.url, email: typed.email, description: typed.description, by: context.member)
        } catch let error as IssuerProfileError {
            var errors = FormErrors()
            errors.add(error.message, for: error.field ?? IssuedCredentialsPage.Field.url)
            return try issued(context, errors: errors, typed: typed)
        }
        return app.redirect(to: CredentialEndpoints.issued.path(), .success, "Saved: credentials issued from now on carry these details.")
    }

    /// The educator's credentials.
    func mine(_ context: SignedIn) throws -> Response {
        let credentials = try app.credentials.mine(context.member)
        return app.render(MyCredentialsPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment),
                                            credentials: credentials, now: app.clock()))
    }

    /// The educator's learner record, signed now, as a file to keep.
    func learnerRecord(_ context: SignedIn) throws -> Response {
        let document = try app.credentials.learnerRecordDocument(viewer: context.member)
        var response = Response(status: .ok, headers: ["Content-Type": "application/vc+ld+json"], body: .text(document))
        response.headers.set("Cache-Control", "private, no-store")
        response.headers.set("Content-Disposition", "attachment; filename=\"learner-record-\(Self.fileName(context.member.organization.slug)).json\"")
        return response
    }

    /// The educator's transcript, to print for a licence renewal.
    func transcript(_ context: SignedIn) throws -> Response {
        let record = try app.credentials.learnerRecord(viewer: context.member)
        var response = app.render(TranscriptPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment), record: record,
                                                 now: app.clock()))
        response.headers.set("Cache-Control", "private, no-cache")
        return response
    }

    /// The organization's DID document, for verifiers resolving its did:web.
    func didDocument(_ visitor: Visitor, _ organization: String) throws -> Response {
        let document = try app.credentials.didDocument(organization: organization)
        return publicJSON(document, contentType: "application/did+json")
    }

    /// One of the organization's revocation lists: verifiers may keep it five minutes.
    func statusList(_ visitor: Visitor, _ organization: String, _ list: Int) throws -> Response {
        let body = try app.credentials.statusList(organization: organization, list: list)
        return publicJSON(body, contentType: "application/vc+ld+json")
    }

    /// A public document any site may read, which verifiers and browsers may keep five minutes.
    private func publicJSON(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: ["Content-Type": contentType, "Cache-Control": "public, max-age=300",
                                        "Access-Control-Allow-Origin": "*"], body: .text(text))
    }

    func context(_ visitor: Visitor, _ organization: Organization) -> PageContext {
        visitor.pageContext(isDevelopment: app.isDevelopment, publicOrganization: organization)
    }

    /// A file name from a credential's name: its ASCII letters (lowercased) and digits, other runs of characters as one dash.
    static func fileName(_ name: String) -> String {
        var out: [UInt8] = []
        var gap = false
        for byte in name.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39, isUpper = byte >= 0x41 && byte <= 0x5A, isLower = byte >= 0x61 && byte <= 0x7A
            guard isDigit || isUpper || isLower else { gap = true; continue }
            if gap, !out.isEmpty { out.append(0x2D) }
            gap = false
            out.append(isUpper ? byte + 0x20 : byte)
        }
        return out.isEmpty ? "credential" : String(decoding: out, as: UTF8.self)
    }
}
