/// Path parameters captured by the router (`:id`, `*path`), percent-decoded.
public struct Parameters: Sendable {
    private var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// The parameter's value; a missing one is a 400.
    public func require(_ name: String) throws(HTTPError) -> String {
        guard let value = values[name] else { throw .badRequest("Missing parameter '\(name)'.") }
        return value
    }

    /// The parameter converted to `T`; a missing or malformed one is a 400.
    public func require<T: LosslessStringConvertible>(_ name: String, as type: T.Type) throws(HTTPError) -> T {
        let text = try require(name)
        guard let value = T(text) else { throw .badRequest("Malformed parameter '\(name)'.") }
        return value
    }
}
