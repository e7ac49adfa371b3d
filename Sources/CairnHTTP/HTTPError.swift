/// An error that knows how to present itself as an HTTP response: the HTTP layer's own
/// (`HTTPError`, `StorageFailure`), which the server renders when nothing above it did.
///
/// Domain errors adopt `CairnCore`'s `DomainError` instead; `CairnWeb`'s error middleware presents those.
public protocol HTTPResponseError: Error {
    var status: HTTPStatus { get }
    /// The text shown to the client; defaults to the status reason.
    var message: String { get }
    func response(for request: Request) -> Response
}

extension HTTPResponseError {
    public var message: String { status.reason }

    public func response(for request: Request) -> Response {
        .text(message + "\n", status: status)
    }
}

/// A plain HTTP error: a status, a message for the client, and extra headers (e.g. `Allow`).
public struct HTTPError: HTTPResponseError, Equatable, CustomStringConvertible {
    public var status: HTTPStatus
    public var message: String
    public var headers: HTTPHeaders

    public init(_ status: HTTPStatus, message: String? = nil, headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.message = message ?? status.reason
        self.headers = headers
    }

    /// Plain text, or `{"error": message}` for a client that prefers JSON.
    public func response(for request: Request) -> Response {
        struct Problem: Encodable { let error: String }
        let json = request.prefersJSON ? try? Response.json(Problem(error: message), status: status) : nil
        var response = json ?? Response.text(message + "\n", status: status)
        for (name, value) in headers { response.headers.add(name, value) }
        return response
    }

    public var description: String { "\(status.code) \(message)" }

    public static func == (a: HTTPError, b: HTTPError) -> Bool {
        a.status == b.status && a.message == b.message
            && a.headers.map { "\($0.name.lowercased()):\($0.value)" } == b.headers.map { "\($0.name.lowercased()):\($0.value)" }
    }

    public static func badRequest(_ message: String? = nil) -> HTTPError { HTTPError(.badRequest, message: message) }
    public static func unauthorized(_ message: String? = nil) -> HTTPError { HTTPError(.unauthorized, message: message) }
    public static func forbidden(_ message: String? = nil) -> HTTPError { HTTPError(.forbidden, message: message) }
    public static func notFound(_ message: String? = nil) -> HTTPError { HTTPError(.notFound, message: message) }
    public static func conflict(_ message: String? = nil) -> HTTPError { HTTPError(.conflict, message: message) }
    public static func contentTooLarge(_ message: String? = nil) -> HTTPError { HTTPError(.contentTooLarge, message: message) }
    public static func unprocessableContent(_ message: String? = nil) -> HTTPError {
        HTTPError(.unprocessableContent, message: message)
    }
    public static func tooManyRequests(_ message: String? = nil) -> HTTPError { HTTPError(.tooManyRequests, message: message) }

    /// A 405 naming the methods the path does allow in its `Allow` header.
    public static func methodNotAllowed(allowed: [HTTPMethod]) -> HTTPError {
        HTTPError(.methodNotAllowed, headers: ["Allow": allowed.map(\.rawValue).joined(separator: ", ")])
    }
}
