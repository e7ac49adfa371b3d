/// Path parameters captured by the router (`:id`, `*path`), percent-decoded.
public struct Parameters: Sendable {
    private var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }
}
