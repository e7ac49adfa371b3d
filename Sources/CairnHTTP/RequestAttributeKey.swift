/// A key for typed per-request storage, set by middleware (the session, the signed-in member…).
///
/// ```swift
/// enum SessionKey: RequestAttributeKey { typealias Value = Session }
/// request[SessionKey.self] = session
/// ```
public protocol RequestAttributeKey {
    associatedtype Value: Sendable
}
