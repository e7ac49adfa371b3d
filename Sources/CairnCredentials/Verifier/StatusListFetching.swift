/// Fetches a status list credential (or a 1EdTech revocation list) by URL: the caller's network.
public protocol StatusListFetching: Sendable {
    /// The JSON document at the URL, or why it could not be had.
    func statusList(at url: String) throws(StatusFetchError) -> JSON
}

/// Why a status list could not be fetched.
public struct StatusFetchError: Error, Equatable, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// A caller's function as a status list fetcher.
public struct StatusListFunction: StatusListFetching {
    let fetch: @Sendable (String) throws(StatusFetchError) -> JSON
    public init(_ fetch: @escaping @Sendable (String) throws(StatusFetchError) -> JSON) { self.fetch = fetch }
    public func statusList(at url: String) throws(StatusFetchError) -> JSON { try fetch(url) }
}
