import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// The verify page and its JSON twin.
struct VerifyRoutes {
    let app: App
    /// The largest credential or image read from a form or a body: 16 MB.
    static let maxBytes: Int64 = 16 << 20

    func register(in table: inout RouteTable) {
        table.add(CredentialEndpoints.verify) { (visitor: Visitor) in
            app.render(VerifyPage(context: context(visitor), typedText: "", typedURL: "", errors: FormErrors(), verification: nil))
        }
        table.add(CredentialEndpoints.verifySubmit, verify)
        table.add(CredentialEndpoints.verifyAPI, accepts: .anyBytes, verifyJSON)
    }

    /// Checks what the form holds: a file first, else the pasted text, else the address.
    func verify(_ visitor: Visitor) throws -> Response {
        let form = visitor.request.form
        let text = form[VerifyPage.Field.text] ?? "", url = form[VerifyPage.Field.url] ?? ""
        var errors = FormErrors()
        var verification: CredentialVerification?
        if let file = form.file(VerifyPage.Field.file), file.size > 0 {
            if file.size > Self.maxBytes {
                errors.add("The file is larger than 16 MB: a credential or badge image is much smaller.", for: VerifyPage.Field.file)
            } else if let data = FileManager.default.contents(atPath: file.path) {
                verification = app.credentials.verify(Array(data))
            } else {
                errors.add("The file could not be read; choose it again.", for: VerifyPage.Field.file)
            }
        } else if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            verification = app.credentials.verify(Array(text.utf8))
        } else if !url.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                verification = try app.credentials.verify(url: url, viewer: visitor.member)
            } catch CredentialError.notFound {
                errors.add("That is not the address of a credential issued here (or its holder has hidden it). Download the credential and upload the file instead.",
                           for: VerifyPage.Field.url)
            }
        } else {
            errors.add("Paste a credential, choose a file, or give the address of a credential.", for: VerifyPage.Field.text)
        }
        let page = VerifyPage(context: context(visitor), typedText: text, typedURL: url, errors: errors, verification: verification)
        return app.render(page, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The body is the credential (JSON, a JWT, or a PNG or SVG); the answer is the report as `cairn verify --json` prints it.
    func verifyJSON(_ visitor: Visitor) throws -> Response {
        let body = visitor.request.body
        guard !body.isEmpty else { throw WebError.badRequest("Send the credential (JSON, a JWT, or a baked PNG or SVG) as the request body.") }
        let verification = app.credentials.verify(body)
        var response = Response(status: .ok, headers: ["Content-Type": "application/json"], body: .bytes(Array(verification.json.utf8)))
        response.headers.set("Cache-Control", "no-store")
        response.headers.set("Access-Control-Allow-Origin", "*")
        return response
    }

    private func context(_ visitor: Visitor) -> PageContext { visitor.pageContext(isDevelopment: app.isDevelopment) }
}
