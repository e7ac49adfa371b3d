import Foundation

/// An HTTP response: status, headers and a body of bytes, a file region or a stream.
public struct Response: Sendable {
    /// Where the body comes from.
    public enum Body: Sendable {
        case bytes([UInt8])
        /// Bytes kept for many responses, sent without a copy.
        case shared(SharedBytes)
        /// Text sent as its UTF-8, copied once from the string's own storage.
        case text(String)
        /// `length` bytes of the file at `path` from `offset`; the server opens and sends it.
        case file(path: String, offset: Int64, length: Int64)
        /// Bytes produced on the fly (sent chunked); `write` blocks while the client is slow.
        case stream(@Sendable (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void)
    }

    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: Body

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A `text/plain; charset=utf-8` response.
    public static func text(_ s: String, status: HTTPStatus = .ok) -> Response {
        Response(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: .bytes(Array(s.utf8)))
    }

    /// A `text/html; charset=utf-8` response.
    public static func html(_ s: String, status: HTTPStatus = .ok) -> Response {
        html(bytes: Array(s.utf8), status: status)
    }

    /// A `text/html; charset=utf-8` response of markup already in UTF-8.
    public static func html(bytes: [UInt8], status: HTTPStatus = .ok) -> Response {
        Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: .bytes(bytes))
    }

    /// An `application/json` response encoding `v`.
    public static func json<T: Encodable>(_ v: T, status: HTTPStatus = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(v)
        return Response(status: status, headers: ["Content-Type": "application/json"], body: .bytes(Array(data)))
    }

    /// A redirect to `location` (303 by default: after a POST, the client GETs it).
    public static func redirect(to location: String, status: HTTPStatus = .seeOther) -> Response {
        Response(status: status, headers: ["Location": location])
    }

    /// Adds a `Set-Cookie` header.
    public mutating func setCookie(_ c: Cookie) {
        headers.add("Set-Cookie", c.headerValue)
    }

    /// The body's length when known in advance (not for streams).
    public var bodyLength: Int64? {
        switch body {
        case .bytes(let bytes): Int64(bytes.count)
        case .shared(let bytes): Int64(bytes.count)
        case .text(let text): Int64(text.utf8.count)
        case .file(_, _, let length): length
        case .stream: nil
        }
    }
}
