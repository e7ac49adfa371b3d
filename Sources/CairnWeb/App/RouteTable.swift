import CairnApp
import CairnCore
import CairnHTTP

/// Cairn's routes, each registered from its `Endpoint` with the access it requires; built once, then frozen in a `Router`.
struct RouteTable {
    /// One registered route, kept so tests and docs can list who may use what.
    struct Entry: Sendable {
        let method: HTTPMethod
        let pattern: String
        let access: Access
    }

    private(set) var router: Router
    private(set) var entries: [Entry] = []
    let environment: AppConfiguration.Environment

    init(middleware: [any Middleware], environment: AppConfiguration.Environment) {
        self.router = Router(middleware: middleware)
        self.environment = environment
    }

    /// Registers a public endpoint (`.anyone`): the handler sees the visitor (signed in or not), a
    /// body it `accepts`, and the path's values parsed into their types (a malformed one is a 404).
    mutating func add<each P: PathParameter>(_ endpoint: Endpoint<repeat each P>, accepts: AcceptedBody = .form,
                                             _ handler: @escaping @Sendable (Visitor, repeat each P) throws -> Response) {
        precondition(endpoint.access.isAnyone || endpoint.access.isAPIClient,
                     "\(endpoint.method.rawValue) \(endpoint.pattern): a visitor handler must be declared .anyone or .apiClient")
        register(endpoint) { request in
            try accepts.check(request)
            let values = try endpoint.values(in: request.parameters)
            return try handler(Visitor(request), repeat each values)
        }
    }

    /// Registers a members' endpoint: sign-in, access and the body's type (`accepts`) are checked,
    /// then the path's values parsed into their types (a malformed one is a 404), before the handler runs.
    mutating func add<each P: PathParameter>(_ endpoint: Endpoint<repeat each P>, accepts: AcceptedBody = .form,
                                             _ handler: @escaping @Sendable (SignedIn, repeat each P) throws -> Response) {
        precondition(!endpoint.access.isAnyone && !endpoint.access.isAPIClient,
                     "\(endpoint.method.rawValue) \(endpoint.pattern): a member handler needs a member access rule")
        let environment = self.environment
        register(endpoint) { request in
            let context = try SignedIn(from: Visitor(request))
            try Self.authorize(context.member, for: endpoint.access, environment: environment)
            try accepts.check(request)
            let values = try endpoint.values(in: request.parameters)
            return try handler(context, repeat each values)
        }
    }

    private mutating func register<each P: PathParameter>(_ endpoint: Endpoint<repeat each P>, _ handler: @escaping Handler) {
        entries.append(Entry(method: endpoint.method, pattern: endpoint.pattern, access: endpoint.access))
        router.add(endpoint.method, endpoint.pattern, handler)
    }

    /// Refuses a member who does not meet `access`: 403 for a missing role, 404 for hidden pages.
    static func authorize(_ member: Member, for access: Access, environment: AppConfiguration.Environment) throws(WebError) {
        switch access {
        case .anyone, .signedIn, .apiClient:
            return
        case .roles(let roles):
            guard !member.roles.isDisjoint(with: roles) else { throw .forbidden }
        case .operatorInDevelopment:
            guard environment == .development, member.person.isOperator, member.isActive else { throw .notFound }
        }
    }
}

extension Access {
    var isAnyone: Bool {
        if case .anyone = self { return true }
        return false
    }

    var isAPIClient: Bool {
        if case .apiClient = self { return true }
        return false
    }
}
