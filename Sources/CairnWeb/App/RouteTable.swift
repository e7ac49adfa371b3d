import CairnApp
import CairnCore
import CairnHTTP

/// Cairn's routes, each registered with the access it requires; built once, then frozen in a `Router`.
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

    /// Adds a route open to anyone; the handler sees the visitor (signed in or not) and a body it `accepts`.
    mutating func add(_ method: HTTPMethod, _ pattern: String, _ access: Access, accepts: AcceptedBody = .form,
                      _ handler: @escaping @Sendable (Visitor) throws -> Response) {
        precondition(access.isAnyone, "\(method.rawValue) \(pattern): a visitor handler must be declared .anyone")
        entries.append(Entry(method: method, pattern: pattern, access: access))
        router.add(method, pattern) { request in
            try accepts.check(request)
            return try handler(Visitor(request))
        }
    }

    /// Adds a route for signed-in members; access and the body's type (`accepts`) are checked before the handler runs.
    mutating func add(_ method: HTTPMethod, _ pattern: String, _ access: Access, accepts: AcceptedBody = .form,
                      _ handler: @escaping @Sendable (SignedIn) throws -> Response) {
        precondition(!access.isAnyone, "\(method.rawValue) \(pattern): a member handler needs a member access rule")
        entries.append(Entry(method: method, pattern: pattern, access: access))
        let environment = self.environment
        router.add(method, pattern) { request in
            let context = try SignedIn(from: Visitor(request))
            try Self.authorize(context.member, for: access, environment: environment)
            try accepts.check(request)
            return try handler(context)
        }
    }

    /// Registers a public endpoint (`.anyone`): the handler sees the visitor and the path's typed values.
    mutating func add<each P: PathParameter>(_ endpoint: Endpoint<repeat each P>, accepts: AcceptedBody = .form,
                                             _ handler: @escaping @Sendable (Visitor, repeat each P) throws -> Response) {
        add(endpoint.method, endpoint.pattern, endpoint.access, accepts: accepts) { (visitor: Visitor) in
            let values = try endpoint.values(in: visitor.request.parameters)
            return try handler(visitor, repeat each values)
        }
    }

    /// Registers a members' endpoint: sign-in, access and the body's type are checked, then the
    /// path's values parsed (a malformed one is a 404), before the handler runs.
    mutating func add<each P: PathParameter>(_ endpoint: Endpoint<repeat each P>, accepts: AcceptedBody = .form,
                                             _ handler: @escaping @Sendable (SignedIn, repeat each P) throws -> Response) {
        add(endpoint.method, endpoint.pattern, endpoint.access, accepts: accepts) { (context: SignedIn) in
            let values = try endpoint.values(in: context.request.parameters)
            return try handler(context, repeat each values)
        }
    }

    /// Refuses a member who does not meet `access`: 403 for a missing role, 404 for hidden pages.
    static func authorize(_ member: Member, for access: Access, environment: AppConfiguration.Environment) throws(WebError) {
        switch access {
        case .anyone, .signedIn:
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
}
