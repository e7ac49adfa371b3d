/// An error Cairn explains to a person: what kind of refusal it is, one sentence saying how to go
/// on, and the form field it belongs beside when there is one.
///
/// Every domain error adopts it, with its message beside its cases; the web answers each `kind`
/// with its status and presents every such error the same way (a page, the field's message, or
/// JSON `{"error": message, "field": field}`).
public protocol DomainError: Error {
    /// What kind of refusal this is; the web chooses the status from it.
    var kind: DomainErrorKind { get }
    /// What a person reads: one sentence, saying how to fix it when they can.
    var message: String { get }
    /// The form field (or the path in a submitted document) the error belongs beside; nil for the request as a whole.
    var field: String? { get }
}

extension DomainError {
    public var field: String? { nil }
}

/// The kinds of refusal, each answered with one HTTP status by the web.
public enum DomainErrorKind: Equatable, Sendable {
    /// The request cannot be understood (a malformed id, a missing part): 400.
    case malformed
    /// Nobody is signed in: sign in, then try again (a redirect for pages, 401 for JSON).
    case signInRequired
    /// The person may not do this: 403.
    case forbidden
    /// Nothing here for this person (also what another organization's things look like): 404.
    case notFound
    /// The thing has moved on (decided, claimed by someone else, saved meanwhile): 409.
    case conflict
    /// A file or a body too large for a limit: 413.
    case tooLarge
    /// Input that does not meet a rule: 422.
    case invalidInput
    /// Too many attempts or too much at once; try again after the seconds given, when known: 429.
    case tooManyRequests(retryAfterSeconds: Int?)
    /// It was here and was taken away on purpose (evidence its educator withdrew from public view): 410.
    case gone
    /// Cairn cannot do this until its operator fixes its setup (a signing key it cannot read): 503.
    case unavailable
}
