/// The request bodies a route accepts; any other is refused before its handler runs.
///
/// A form route takes `application/x-www-form-urlencoded`, `multipart/form-data` or no body at
/// all; a body of another type (JSON, plain text, none declared) is a 415, never an empty form.
public struct AcceptedBody: Sendable, Equatable {
    private let forms: Bool
    private let json: Bool
    private let anything: Bool

    /// Url-encoded or multipart forms, or no body.
    public static let form = AcceptedBody(forms: true, json: false, anything: false)
    /// A form, a JSON document (`application/json`), or no body.
    public static let formOrJSON = AcceptedBody(forms: true, json: true, anything: false)
    /// Any bytes of any type (upload chunks).
    public static let anyBytes = AcceptedBody(forms: false, json: false, anything: true)

    /// Throws a 415 when the request carries a body of a type the route does not take.
    ///
    /// Methods without a body (GET, HEAD, OPTIONS) pass whatever they carry.
    public func check(_ request: Request) throws(HTTPError) {
        guard !anything, ![HTTPMethod.get, .head, .options].contains(request.method) else { return }
        let type = Self.mediaType(request.headers["Content-Type"])
        if forms, type == "application/x-www-form-urlencoded" || type == "multipart/form-data" { return }
        if json, type == "application/json" { return }
        let length = request.headers["Content-Length"].flatMap { Int($0.trimmingSpaces) } ?? 0
        if type == nil, length == 0, request.body.isEmpty, request.headers["Transfer-Encoding"] == nil { return }
        throw HTTPError(.unsupportedMediaType, message: json
            ? "Send this as a form (application/x-www-form-urlencoded or multipart/form-data) or as application/json."
            : "Send this as a form (application/x-www-form-urlencoded or multipart/form-data).")
    }

    /// `multipart/form-data` for `Multipart/Form-Data; boundary=x`; nil when absent or blank.
    static func mediaType(_ header: String?) -> String? {
        guard let header else { return nil }
        let type = String(header.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)[0])
            .trimmingSpaces.lowercased()
        return type.isEmpty ? nil : type
    }
}
