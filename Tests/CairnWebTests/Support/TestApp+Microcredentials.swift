import CairnCore
import CairnHTML
@testable import CairnWeb
import Foundation
import Testing

/// Looking behind the studio and catalog pages: microcredentials and versions as stored.
extension TestApp {
    /// The microcredential `slug` of the organization `organization`.
    func microcredential(_ slug: String, in organization: String = "riverbend",
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> Microcredential {
        try #require(try store.microcredentials.fetch(slug: slug, in: self.organization(organization).id),
                     "no microcredential \(slug) in \(organization)", sourceLocation: sourceLocation)
    }

    /// Every version of the microcredential `slug`, oldest first.
    func versions(_ slug: String, in organization: String = "riverbend") throws -> [MicrocredentialVersion] {
        let organizationID = try self.organization(organization).id
        return try store.microcredentials.versions(of: microcredential(slug, in: organization).id, in: organizationID)
    }

    /// The states of the versions of `slug`, oldest first: `[.published, .draft]`.
    func states(_ slug: String, in organization: String = "riverbend") throws -> [LifecycleState] {
        try versions(slug, in: organization).map(\.state)
    }

    /// Every version of every microcredential of the organization, by microcredential slug: for "nothing changed".
    func snapshot(_ organization: String = "riverbend") throws -> [String: [MicrocredentialVersion]] {
        let organizationID = try self.organization(organization).id
        var all: [String: [MicrocredentialVersion]] = [:]
        for entry in try store.microcredentials.studio(organization: organizationID) {
            all[entry.microcredential.slug] = try store.microcredentials.versions(of: entry.microcredential.id, in: organizationID)
        }
        return all
    }

    /// The studio path of the microcredential `slug`: `/studio/<id>`.
    func studioPath(_ slug: String, in organization: String = "riverbend") throws -> String {
        "/studio/" + (try microcredential(slug, in: organization).id.rawValue)
    }
}

extension TestResponse {
    /// The body with HTML's escapes undone, to compare with text as stored.
    var unescaped: String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The flash message the page shows (success or error), unescaped; nil without one.
    var flash: String? {
        guard let start = text.range(of: #"<div class="flash flash--[a-z]+" role="[a-z]+"><p>"#, options: .regularExpression),
              let end = text.range(of: "</p>", range: start.upperBound..<text.endIndex) else { return nil }
        return TestResponse(status: status, headers: [], body: Array(text[start.upperBound..<end.lowerBound].utf8)).unescaped
    }

    /// The body parsed as a JSON object.
    func jsonObject(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
                     "not a JSON object: \(text.prefix(200))", sourceLocation: sourceLocation)
    }
}

extension HTTPTestClient {
    /// Follows a redirect once and returns the page it leads to (where a flash message shows).
    func follow(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) throws -> TestResponse {
        let location = try #require(response.location, "\(response.status) is not a redirect", sourceLocation: sourceLocation)
        return try get(location)
    }

    /// A CSRF token of this browser's session, from a page that has a form.
    func csrfToken(from page: String = "/dashboard", sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(try get(page).csrfToken, "no CSRF token on \(page)", sourceLocation: sourceLocation)
    }
}
