import Synchronization

/// An HTTP request as a handler sees it: headers, query, cookies, form and body already read.
///
/// What the server read (`Received`) is kept in one shared, immutable box, read as `request.path`,
/// `request.headers`…: each middleware's copy of a request retains that one object instead of every
/// string and collection in it, and a copy that changes one of those values gets a box of its own.
@dynamicMemberLookup
public struct Request: Sendable {
    /// What the server read of the request.
    public struct Received: Sendable {
        /// The request id: the client's `X-Request-Id` when short and safe, else generated.
        public var id: String
        public var method: HTTPMethod
        /// The percent-decoded path, without the query string.
        public var path: String
        /// The request target as sent (path and query, still encoded).
        public var target: String
        /// The parsed query string.
        public var query: FormData
        public var headers: HTTPHeaders
        /// Cookies from the `Cookie` header.
        public var cookies: [String: String]
        /// Fields and files of a url-encoded or multipart body.
        public var form: FormData
        /// The raw body for other content types (JSON…), at most `maxBodyBytes`.
        public var body: [UInt8]
        /// The client's IP address (behind a trusted proxy, the one it forwarded).
        public var remoteAddress: String
        /// The address at the other end of the TCP connection, whatever any header says.
        public var peerAddress: String
        /// True when the client reached us over HTTPS (per `X-Forwarded-Proto`, when trusted).
        public var isSecure: Bool
    }

    /// The box that copies of a request share; never changed once made.
    @usableFromInline final class Shared: Sendable {
        @usableFromInline let received: Received
        @usableFromInline init(_ received: Received) { self.received = received }
    }

    @usableFromInline var shared: Shared

    /// One value the server read, as `request.path`; setting it gives this copy a box of its own.
    @inlinable public subscript<Value>(dynamicMember field: WritableKeyPath<Received, Value>) -> Value {
        get { shared.received[keyPath: field] }
        set {
            var received = shared.received
            received[keyPath: field] = newValue
            shared = Shared(received)
        }
    }

    /// Path parameters of the matched route, set by `Router`.
    public var parameters: Parameters
    /// The matched route pattern, set by `Router`.
    public var route: String?
    /// What the middleware attached, newest first (`Attribute`).
    private var attributes: Attribute?
    /// Where the router writes the matched route for the server's log line and metrics (shared by every copy).
    var routeRecorder: RouteRecorder?

    /// Makes a request; `path`, `query` and `cookies` are derived from `target` and `headers`.
    public init(id: String = RequestID.generate(), method: HTTPMethod = .get, target: String,
                headers: HTTPHeaders = HTTPHeaders(), form: FormData = FormData(), body: [UInt8] = [],
                remoteAddress: String = "127.0.0.1", peerAddress: String? = nil, isSecure: Bool = false) {
        self.init(id: id, method: method, target: target, path: Self.path(of: target), headers: headers, form: form,
                  body: body, remoteAddress: remoteAddress, peerAddress: peerAddress, isSecure: isSecure)
    }

    /// Makes a request whose `path` the server already decoded from `target` (for its log line).
    init(id: String, method: HTTPMethod, target: String, path: String, headers: HTTPHeaders, form: FormData, body: [UInt8],
         remoteAddress: String, peerAddress: String?, isSecure: Bool) {
        shared = Shared(Received(
            id: id, method: method, path: path, target: target,
            query: URLEncoding.queryPart(of: target).map { FormData(urlEncoded: $0) } ?? FormData(),
            headers: headers, cookies: headers["Cookie"].map(Cookie.parse(header:)) ?? [:], form: form, body: body,
            remoteAddress: remoteAddress, peerAddress: peerAddress ?? remoteAddress, isSecure: isSecure))
        self.parameters = Parameters()
        self.route = nil
    }

    /// The percent-decoded path of a request target, without its query string.
    static func path(of target: String) -> String {
        URLEncoding.decode(URLEncoding.pathPart(of: target))
    }

    /// Headers by which a proxy says whom it forwards for; any of them, even empty, means the
    /// connection's peer is not the client.
    public static let forwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto",
                                           "X-Real-IP", "X-Client-IP", "True-Client-IP", "CF-Connecting-IP", "Via"]

    /// Whether any forwarding header is present, whatever its value.
    public var isForwarded: Bool { Self.forwardingHeaders.contains { self.headers.contains($0) } }

    /// True when the client asks for JSON (`Accept: application/json`) or sends it: it gets errors as JSON too.
    public var prefersJSON: Bool {
        self.headers["Accept"]?.lowercased().contains("application/json") == true
            || AcceptedBody.mediaType(self.headers["Content-Type"]) == "application/json"
    }

    /// Typed storage for middleware: the session, the signed-in member…
    public subscript<K: RequestAttributeKey>(key: K.Type) -> K.Value? {
        get {
            var node = attributes
            while let current = node {
                if current.key == ObjectIdentifier(key) { return current.value as? K.Value }
                node = current.next
            }
            return nil
        }
        set { attributes = Attribute(key: ObjectIdentifier(key), value: newValue, next: attributes) }
    }

    /// One value attached to a request, in front of those attached before it (a newer value for the same key hides
    /// an older one; nil hides it too). Copies of the request share the values they had in common: attaching one
    /// copies nothing and hashes nothing, and a request carries a handful at most.
    private final class Attribute: Sendable {
        let key: ObjectIdentifier
        let value: (any Sendable)?
        let next: Attribute?

        init(key: ObjectIdentifier, value: (any Sendable)?, next: Attribute?) {
            (self.key, self.value, self.next) = (key, value, next)
        }
    }
}

/// Request ids: accepted from the client when safe, generated otherwise.
public enum RequestID {
    /// Where this process's ids start: random, so two runs of Cairn do not share ids.
    private static let start = UInt64.random(in: .min ... .max)
    /// How many ids this process has made.
    private static let made = Atomic<UInt64>(0)

    /// A new id: 16 lowercase hex digits, unique in this process and unlike those of another.
    ///
    /// The count of ids made, from a random start, mixed by SplitMix64's finalizer: a bijection,
    /// so no two ids of one process are the same, and without the `getrandom` system call that a
    /// random number per request cost.
    public static func generate() -> String {
        let count = made.wrappingAdd(1, ordering: .relaxed).oldValue
        let value = mixed(start &+ count &* 0x9E37_79B9_7F4A_7C15)
        return String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: value >> (60 - 4 * index)) & 0x0f
                buffer[index] = nibble < 10 ? 48 + nibble : 87 + nibble
            }
            return 16
        }
    }

    /// SplitMix64's output function: every bit of the result depends on every bit of `value`.
    static func mixed(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The client's id when it is 1–64 characters of `[A-Za-z0-9-]`, else a generated one.
    public static func accept(_ incoming: String?) -> String {
        guard let incoming, (1...64).contains(incoming.utf8.count),
              incoming.utf8.allSatisfy({ isAllowed($0) }) else { return generate() }
        return incoming
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): true
        default: false
        }
    }
}
