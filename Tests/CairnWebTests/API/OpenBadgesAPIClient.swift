import CairnCore
@testable import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// An app of the Open Badges API as the tests play it over real HTTP: it registers, sends an
/// educator's browser to the consent page, exchanges the code with its PKCE verifier, and calls
/// the API with the tokens it got.
struct OpenBadgesAPIClient {
    static let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    static let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"  // RFC 7636 appendix B
    static let redirectURI = "https://backpack.example/callback"
    static let scopes = APIScopes.granted.text

    let app: TestApp
    let id: String
    let secret: String

    /// Registers Backpack (RFC 7591); fails the test unless Cairn answers 201.
    static func register(in app: TestApp, scope: String = scopes) throws -> OpenBadgesAPIClient {
        let metadata: [String: Any] = [
            "client_name": "Backpack", "client_uri": "https://backpack.example", "logo_uri": "https://backpack.example/logo.png",
            "tos_uri": "https://backpack.example/tos", "policy_uri": "https://backpack.example/privacy", "software_id": "backpack",
            "software_version": "2.1", "redirect_uris": [redirectURI], "scope": scope,
        ]
        let response = try app.client().send(method: "POST", target: "/ims/ob/v3p0/auth/register",
                                              headers: [("Content-Type", "application/json")],
                                              body: Array(try JSONSerialization.data(withJSONObject: metadata)))
        #expect(response.status == 201, "registration answered \(response.status): \(response.text)")
        let json = try Self.object(response)
        return OpenBadgesAPIClient(app: app, id: try #require(json["client_id"] as? String),
                                   secret: try #require(json["client_secret"] as? String))
    }

    /// The authorization request's query.
    func authorizationPath(scope: String = scopes, challenge: String = challenge, state: String = "xyz") -> String {
        let items = [("response_type", "code"), ("client_id", id), ("redirect_uri", Self.redirectURI), ("scope", scope), ("state", state),
                     ("code_challenge", challenge), ("code_challenge_method", "S256")]
        return "/ims/ob/v3p0/auth/authorize?" + items.map { "\($0.0)=\(HTTPTestClient.encode($0.1))" }.joined(separator: "&")
    }

    /// The educator opens the consent page and presses Allow; returns the code from the redirect.
    func approve(as browser: HTTPTestClient, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let page = try browser.get(authorizationPath())
        #expect(page.status == 200, "consent page answered \(page.status)", sourceLocation: sourceLocation)
        #expect(page.text.contains("Backpack"), sourceLocation: sourceLocation)
        let fields = try Self.hiddenFields(page.text) + [("decision", "approve")]
        let answer = try browser.post("/ims/ob/v3p0/auth/authorize", form: fields)
        #expect(answer.status == 303, sourceLocation: sourceLocation)
        let location = try #require(answer.location, sourceLocation: sourceLocation)
        #expect(location.hasPrefix(Self.redirectURI + "?"), sourceLocation: sourceLocation)
        #expect(Self.query(location, "state") == "xyz", sourceLocation: sourceLocation)
        return try #require(Self.query(location, "code"), sourceLocation: sourceLocation)
    }

    /// POSTs the token endpoint with this app's Basic credentials.
    func token(_ fields: [(String, String)], secret: String? = nil) throws -> TestResponse {
        let basic = Data("\(id):\(secret ?? self.secret)".utf8).base64EncodedString()
        return try app.client().post("/ims/ob/v3p0/auth/token", form: fields, headers: [("Authorization", "Basic \(basic)")])
    }

    /// Exchanges a code; returns the response (200 with tokens, or the refusal).
    func exchange(_ code: String, verifier: String = verifier) throws -> TestResponse {
        try token([("grant_type", "authorization_code"), ("code", code), ("redirect_uri", Self.redirectURI), ("code_verifier", verifier)])
    }

    /// RFC 7009 revocation.
    func revoke(_ token: String) throws -> TestResponse {
        let basic = Data("\(id):\(secret)".utf8).base64EncodedString()
        return try app.client().post("/ims/ob/v3p0/auth/revoke", form: [("token", token)], headers: [("Authorization", "Basic \(basic)")])
    }

    /// GETs an API path with a bearer token.
    func get(_ path: String, bearer: String?) throws -> TestResponse {
        try app.client().get(path, headers: bearer.map { [("Authorization", "Bearer \($0)")] } ?? [])
    }

    // MARK: Reading answers

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any], "not a JSON object: \(response.text)")
    }

    static func query(_ location: String, _ name: String) -> String? {
        URLComponents(string: location)?.queryItems?.first { $0.name == name }?.value
    }

    /// Every hidden input of a page (the consent form's request and its CSRF token), unescaped.
    static func hiddenFields(_ html: String) throws -> [(String, String)] {
        let pattern = try NSRegularExpression(pattern: #"<input type="hidden" name="([^"]*)" value="([^"]*)""#)
        let text = html as NSString
        return pattern.matches(in: html, range: NSRange(location: 0, length: text.length)).map { match in
            (text.substring(with: match.range(at: 1)), unescape(text.substring(with: match.range(at: 2))))
        }
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The Imsx_StatusInfo minor code of a refusal.
    static func codeMinor(_ response: TestResponse) throws -> String? {
        let info = try object(response)
        let minor = info["imsx_codeMinor"] as? [String: Any]
        return (minor?["imsx_codeMinorField"] as? [[String: Any]])?.first?["imsx_codeMinorFieldValue"] as? String
    }
}

extension TestApp {
    /// Records a credential for `email` in organization `slug` whose document is `document`, byte for byte.
    func issueCredential(to email: String, in slug: String, document: String, daysAgo: Double) throws {
        let person = try #require(try store.members.fetchPerson(email: EmailAddress(email)))
        let organization = try self.organization(slug)
        let credential = IssuedCredential(organizationID: organization.id, educatorID: person.id, awardID: nil, microcredentialID: nil,
                                          name: "Test credential", statusIndex: 5000 + Int(daysAgo * 10), document: document,
                                          issuedAt: Date().addingTimeInterval(-daysAgo * 86_400), validUntil: nil)
        try store.write { try store.credentials.insert(credential, in: $0) }
    }
}
