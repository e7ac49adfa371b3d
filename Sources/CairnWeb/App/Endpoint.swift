import CairnHTTP

/// One endpoint of Cairn, declared once: its method, its path pattern with typed parameters, and
/// who may use it.
///
/// The same value registers the handler (`RouteTable.add`) and builds the links to it (`path`),
/// so a URL is written in one place. The pattern's `:name` segments are filled, in order, by the
/// `Parameter` types: `Endpoint(.post, "/review/:submission/claim", Submission.ID.self, access: …)`.
/// Before the handler runs, each segment is parsed into its type; one that does not parse is a 404.
struct Endpoint<each Parameter: PathParameter>: Sendable {
    let method: HTTPMethod
    let access: Access
    let route: RoutePattern

    /// The pattern's text, such as `/review/:submission/claim`.
    var pattern: String { route.text }

    /// Declares an endpoint; the pattern must have one `:name` (or a final `*name`) per parameter type.
    init(_ method: HTTPMethod, _ pattern: String, _ parameters: repeat (each Parameter).Type, access: Access) {
        self.method = method
        self.access = access
        route = RoutePattern(pattern)
        Self.check(route, repeat each parameters)
    }

    /// The same path for another method (a form's GET and its POST), with its own access when given.
    func with(_ method: HTTPMethod, access: Access? = nil) -> Endpoint {
        Endpoint(method, pattern, repeat (each Parameter).self, access: access ?? self.access)
    }

    /// The names of the pattern's parameters, in order.
    var parameterNames: [String] { route.parameterNames }

    /// Stops at startup when a pattern does not name one parameter per type (a programmer error).
    static func check(_ route: RoutePattern, _ parameters: repeat (each Parameter).Type) {
        var types = 0
        for _ in repeat each parameters { types += 1 }
        precondition(route.parameterNames.count == types, "\(route): \(route.parameterNames.count) parameters in the pattern, \(types) types")
    }

    /// The path to this endpoint with `values` in its parameters (percent-encoded), then `query` if any.
    func path(_ values: repeat each Parameter, query: QueryItem? = nil) -> String {
        path(repeat each values, query: query.map { [$0] } ?? [])
    }

    /// The path to this endpoint with `values` in its parameters (percent-encoded), then every `query` item.
    func path(_ values: repeat each Parameter, query: [QueryItem]) -> String {
        var texts: [String] = []
        for value in repeat each values { texts.append(value.pathSegment) }
        var next = texts.makeIterator()
        var path = ""
        path.reserveCapacity(64)  // a pattern and an id or two: one allocation, appended to in place
        for segment in route.segments {
            path.append("/")
            switch segment {
            case .literal(let literal): path.append(literal)
            case .parameter: path.append(PercentEncoding.encode(next.next() ?? ""))
            case .tail: path.append((next.next() ?? "").split(separator: "/").map { PercentEncoding.encode(String($0)) }.joined(separator: "/"))
            }
        }
        if path.isEmpty { path = "/" }
        if !query.isEmpty { path += "?" + query.map(\.text).joined(separator: "&") }
        return path
    }

    /// The typed values of a matched request's path parameters; a missing or malformed one is a 404.
    func values(in parameters: Parameters) throws(WebError) -> (repeat each Parameter) {
        var names = parameterNames.makeIterator()
        return (repeat try Self.value((each Parameter).self, parameters[names.next() ?? ""]))
    }

    private static func value<Value: PathParameter>(_ type: Value.Type, _ text: String?) throws(WebError) -> Value {
        guard let text, let value = Value.parsed(pathSegment: text) else { throw .notFound }
        return value
    }
}
