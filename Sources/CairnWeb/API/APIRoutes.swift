import CairnApp
import CairnCore
import CairnHTTP

/// The Open Badges 3.0 resource endpoints: the service description, an educator's credentials a
/// page at a time, their profile, and the write operations Cairn refuses.
struct APIRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(APIEndpoints.discovery, discovery)
        table.add(APIEndpoints.credentials, credentials)
        table.add(APIEndpoints.upsertCredential, accepts: .anyBytes, refuseChange)
        table.add(APIEndpoints.profile, profile)
        table.add(APIEndpoints.putProfile, accepts: .anyBytes, refuseChange)
    }

    var resources: OpenBadgesResources { OpenBadgesResources(installation: app.installation) }

    /// The service description, cacheable for an hour.
    func discovery(_ visitor: Visitor) throws -> Response {
        var response = Response(status: .ok, headers: ["Content-Type": "application/json"],
                                body: .bytes(DiscoveryDocument.json(baseURL: app.configuration.baseURL)))
        response.headers.set("Cache-Control", "public, max-age=3600")
        return response
    }

    /// `{"credential": [...]}` with each signed credential placed as stored, `X-Total-Count`, and
    /// `Link` (first, last, and next/prev) when the page does not hold them all.
    func credentials(_ visitor: Visitor) throws -> Response {
        let query = visitor.request.query
        return try answering {
            let page = try resources.credentials(bearer: Self.bearer(visitor.request), limit: query["limit"], offset: query["offset"],
                                                 since: query["since"])
            var body = Array(#"{"credential":["#.utf8)
            for (index, document) in page.documents.enumerated() {
                if index > 0 { body.append(UInt8(ascii: ",")) }
                body += Array(document.utf8)
            }
            body += Array("]}".utf8)
            var response = Response(status: .ok, headers: ["Content-Type": "application/json"], body: .bytes(body))
            response.headers.set("X-Total-Count", String(page.total))
            if let link = Self.link(page, url: app.configuration.baseURL + APIEndpoints.credentials.path(), since: query["since"]) {
                response.headers.set("Link", link)
            }
            response.headers.set("Cache-Control", "no-store")
            return response
        }
    }

    /// The educator's OB 3.0 `Profile`.
    func profile(_ visitor: Visitor) throws -> Response {
        try answering {
            var response = try Response.json(resources.profile(bearer: Self.bearer(visitor.request)))
            response.headers.set("Cache-Control", "no-store")
            return response
        }
    }

    /// upsertCredential and putProfile: 401 without a live token, else 405 `unsupported`.
    func refuseChange(_ visitor: Visitor) throws -> Response {
        try answering { try resources.refuseChange(bearer: Self.bearer(visitor.request)) }
    }

    /// Runs `body`, answering an API refusal with the spec's `Imsx_StatusInfo`.
    private func answering(_ body: () throws -> Response) throws -> Response {
        do { return try body() } catch let refusal as OpenBadgesAPIError { return refusal.response }
    }

    /// The token of `Authorization: Bearer <token>`, if the request carries one.
    static func bearer(_ request: Request) -> String? {
        guard let header = request.headers["Authorization"] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// The RFC 8288 `Link` header of a page, or nil when the page holds every credential.
    static func link(_ page: OpenBadgesResources.CredentialsPage, url: String, since: String?) -> String? {
        guard page.offset > 0 || page.offset + page.limit < page.total else { return nil }
        func target(_ offset: Int) -> String {
            var items = [QueryItem(name: "limit", value: String(page.limit)), QueryItem(name: "offset", value: String(offset))]
            if let since, !since.isEmpty { items.append(QueryItem(name: "since", value: since)) }
            return url + "?" + items.map(\.text).joined(separator: "&")
        }
        let last = page.total > 0 ? (page.total - 1) / page.limit * page.limit : 0
        var links: [String] = []
        if page.offset + page.limit < page.total { links.append("<\(target(page.offset + page.limit))>; rel=\"next\"") }
        if page.offset > 0 { links.append("<\(target(max(0, page.offset - page.limit)))>; rel=\"prev\"") }
        links.append("<\(target(0))>; rel=\"first\"")
        links.append("<\(target(last))>; rel=\"last\"")
        return links.joined(separator: ", ")
    }
}
