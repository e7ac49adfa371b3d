import Synchronization

/// A request handler: synchronous, on one of the server's threads.
public typealias Handler = @Sendable (Request) throws -> Response

/// Code around every handler: request id, session, CSRF, authorization…
public protocol Middleware: Sendable {
    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response
}

/// Finds the handler for a method and path, then runs the middleware chain around it.
///
/// Patterns have literal segments, `:name` parameters and a final `*name` tail; the most
/// specific match wins (literal over parameter over tail). Build it once, then share it.
public struct Router: Sendable {
    private struct Route: Sendable {
        let method: HTTPMethod
        let pattern: RoutePattern
        let handler: Handler
    }

    /// The routes of one method whose patterns have no tail and the same number of segments,
    /// by their first segment (positions in `routes`): a request looks only at the routes that
    /// start with its own first segment, and those that start with a parameter.
    private struct Bucket: Sendable {
        var byFirstLiteral: [String: [Int]] = [:]
        var firstIsParameter: [Int] = []
    }

    private var routes: [Route] = []
    /// Where to look for a method's routes: by the number of segments a pattern without a tail
    /// matches, then by its first segment; the patterns with a tail apart.
    private var byLength: [HTTPMethod: [Int: Bucket]] = [:]
    private var withTail: [HTTPMethod: [Int]] = [:]
    private let middleware: [any Middleware]

    public init(middleware: [any Middleware] = []) {
        self.middleware = middleware
    }

    /// Adds a route; adding two that match the same paths for one method is a programmer error.
    public mutating func add(_ method: HTTPMethod, _ pattern: String, _ handler: @escaping Handler) {
        let parsed = RoutePattern(pattern)
        if let clash = routes.first(where: { $0.method == method && $0.pattern.clashes(with: parsed) }) {
            preconditionFailure("Route \(method) \(pattern) clashes with \(clash.method) \(clash.pattern)")
        }
        if case .tail = parsed.segments.last {
            withTail[method, default: []].append(routes.count)
        } else {
            if case .literal(let first)? = parsed.segments.first {
                byLength[method, default: [:]][parsed.segments.count, default: Bucket()].byFirstLiteral[first, default: []].append(routes.count)
            } else {
                byLength[method, default: [:]][parsed.segments.count, default: Bucket()].firstIsParameter.append(routes.count)
            }
        }
        routes.append(Route(method: method, pattern: parsed, handler: handler))
    }

    public mutating func get(_ pattern: String, _ handler: @escaping Handler) { add(.get, pattern, handler) }
    public mutating func post(_ pattern: String, _ handler: @escaping Handler) { add(.post, pattern, handler) }
    public mutating func put(_ pattern: String, _ handler: @escaping Handler) { add(.put, pattern, handler) }
    public mutating func patch(_ pattern: String, _ handler: @escaping Handler) { add(.patch, pattern, handler) }
    public mutating func delete(_ pattern: String, _ handler: @escaping Handler) { add(.delete, pattern, handler) }

    /// Answers `request`: sets `parameters` and `route`, then runs the middleware and the handler.
    ///
    /// Unmatched requests still pass through the middleware, then throw a 404, or a 405 with
    /// `Allow` when the path exists for other methods. HEAD uses the GET route; the server
    /// sends no body for HEAD (a stream body is dropped here so it is never produced).
    /// - Throws: whatever the middleware or handler throws, or the 404/405 `HTTPError`.
    public func respond(to request: Request) throws -> Response {
        var request = request
        let (raw, encoded) = Self.rawSegments(of: request)
        // Nearly no path holds a `%`: its segments are then taken as they are, without looking into each for one.
        let segments = encoded ? raw.map { URLEncoding.decode($0) } : raw.map(String.init)
        let found = bestRoute(request.method, segments)
            ?? (request.method == .head ? bestRoute(.get, segments) : nil)
        let terminal: (Request) throws -> Response
        if let (route, captured) = found {
            request.parameters = Parameters(pairs: captured)
            request.route = route.pattern.text
            request.routeRecorder?.record(route.pattern.text)
            terminal = route.handler
        } else {
            let allowed = allowedMethods(segments)
            terminal = { _ in
                if allowed.isEmpty { throw HTTPError.notFound() }
                throw HTTPError.methodNotAllowed(allowed: allowed)
            }
        }
        var response = try run(0, request, terminal)
        if request.method == .head, case .stream = response.body { response.body = .bytes([]) }
        return response
    }

    /// The route patterns, for listing (`METHOD pattern`).
    public var descriptions: [String] { routes.map { "\($0.method) \($0.pattern)" } }

    private func run(_ index: Int, _ request: Request, _ terminal: (Request) throws -> Response) throws -> Response {
        guard index < middleware.count else { return try terminal(request) }
        return try middleware[index].handle(request) { try run(index + 1, $0, terminal) }
    }

    /// The most specific route of `method` matching the (percent-decoded) segments, with its parameters.
    private func bestRoute(_ method: HTTPMethod, _ decoded: [String]) -> (Route, [Parameters.Pair])? {
        var best: (position: Int, captured: [Parameters.Pair])?
        func consider(_ positions: [Int]) {
            for position in positions {
                guard let captured = routes[position].pattern.match(decoded: decoded) else { continue }
                if let current = best, !routes[position].pattern.isMoreSpecific(than: routes[current.position].pattern) { continue }
                best = (position, captured)
            }
        }
        if let bucket = byLength[method]?[decoded.count] {
            if let first = decoded.first, let positions = bucket.byFirstLiteral[first] { consider(positions) }
            consider(bucket.firstIsParameter)
        }
        if let tails = withTail[method] { consider(tails) }
        return best.map { (routes[$0.position], $0.captured) }
    }

    private func allowedMethods(_ decoded: [String]) -> [HTTPMethod] {
        var methods: [HTTPMethod] = []
        for route in routes where route.pattern.match(decoded: decoded) != nil && !methods.contains(route.method) {
            methods.append(route.method)
        }
        if methods.contains(.get), !methods.contains(.head) { methods.append(.head) }
        return methods
    }

    /// The path's segments as sent, and whether any holds a percent-encoded byte.
    private static func rawSegments(of request: Request) -> (segments: [Substring], encoded: Bool) {
        let raw = request.target.isEmpty ? Substring(request.path) : URLEncoding.pathPart(of: request.target)
        let encoded = raw.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "%")) } ?? raw.utf8.contains(UInt8(ascii: "%"))
        return (URLEncoding.segments(of: raw), encoded)
    }
}

/// Lets the server learn which route answered, for logs and metrics.
final class RouteRecorder: Sendable {
    private let route = Mutex<String?>(nil)
    func record(_ pattern: String) { route.withLock { $0 = pattern } }
    var recorded: String? { route.withLock { $0 } }
}
