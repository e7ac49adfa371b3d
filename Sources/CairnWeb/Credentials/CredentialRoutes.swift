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
        table.add(CredentialEndpoints.share, share)
        table.add(CredentialEndpoints.status, changeStatus)
        table.add(CredentialEndpoints.mine, mine)
        table.add(CredentialEndpoints.didDocument, didDocument)
        table.add(CredentialEndpoints.statusList, statusList)
    }

    /// The page, or the signed credential for a client that asks for JSON(-LD).
    func page(_ visitor: Visitor, _ id: IssuedCredential.ID) throws -> Response {
        if CatalogRoutes.prefersJSON(visitor.request.headers["Accept"]) { return try json(visitor, id, download: false) }
        let page = try app.credentials.page(id, viewer: visitor.member)
        var response = app.render(CredentialPage(context: context(visitor, page.organization), page: page,
                                                 reasonError: nil, now: Date()))
        response.headers.set("Vary", "Accept")
        response.headers.set("Cache-Control", "private, no-cache")
        return response
    }

    /// The credential as issued, byte for byte; as a file to keep when `download`.
    func json(_ visitor: Visitor, _ id: IssuedCredential.ID, download: Bool) throws -> Response {
        let credential = try app.credentials.document(id, viewer: visitor.member)
        var response = Response(status: .ok, headers: ["Content-Type": "application/vc+ld+json"], body: .bytes(Array(credential.document.utf8)))
        response.headers.set("Vary", "Accept")
        response.headers.set("Cache-Control", "private, no-cache")
        response.headers.set("Access-Control-Allow-Origin", "*")
        if download {
            response.headers.set("Content-Disposition", "attachment; filename=\"\(Self.fileName(credential.name)).json\"")
        }
        return response
    }

    /// Opens or closes the page to people with the link.
    func share(_ context: SignedIn, _ id: IssuedCredential.ID) throws -> Response {
        let isShared = context.request.form["shared"] == "1"
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
            let page = try app.credentials.page(id, viewer: context.member)
            return app.render(CredentialPage(context: self.context(context.visitor, page.organization), page: page,
                                             reasonError: error.message, reasonTyped: reason, now: Date()),
                              status: .unprocessableContent)
        }
        let done = switch status {
        case .revoked: "Revoked. Anyone who checks this credential now sees it is revoked; the educator has been told."
        case .suspended: "Suspended. The educator has been told."
        case .active: "Reinstated. The educator has been told."
        }
        return app.redirect(to: CredentialEndpoints.page.path(id), .success, done)
    }

    /// The educator's credentials.
    func mine(_ context: SignedIn) throws -> Response {
        let credentials = try app.credentials.mine(context.member)
        return app.render(MyCredentialsPage(context: context.visitor.pageContext(isDevelopment: app.isDevelopment),
                                            credentials: credentials, now: Date()))
    }

    /// The organization's DID document, for verifiers resolving its did:web.
    func didDocument(_ visitor: Visitor, _ organization: String) throws -> Response {
        let document = try app.credentials.didDocument(organization: organization)
        return publicJSON(document, contentType: "application/did+json", maxAge: 300)
    }

    /// One of the organization's revocation lists: verifiers may keep it five minutes.
    func statusList(_ visitor: Visitor, _ organization: String, _ list: Int) throws -> Response {
        let body = try app.credentials.statusList(organization: organization, list: list)
        return publicJSON(body, contentType: "application/vc+ld+json", maxAge: 300)
    }

    private func publicJSON(_ text: String, contentType: String, maxAge: Int) -> Response {
        var response = Response(status: .ok, headers: ["Content-Type": contentType], body: .bytes(Array(text.utf8)))
        response.headers.set("Cache-Control", "public, max-age=\(maxAge)")
        response.headers.set("Access-Control-Allow-Origin", "*")
        return response
    }

    private func context(_ visitor: Visitor, _ organization: Organization) -> PageContext {
        visitor.pageContext(isDevelopment: app.isDevelopment, publicOrganization: organization)
    }

    /// A file name from a credential's name: letters, digits and dashes.
    static func fileName(_ name: String) -> String {
        let words = name.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        return words.isEmpty ? "credential" : words.joined(separator: "-")
    }
}
