import CairnHTTP

/// Endpoints that share a path prefix and its parameters (`/studio/:id`), written and
/// typed once, with the access rule they have unless one says otherwise.
struct EndpointGroup<each Parameter: PathParameter>: Sendable {
    let prefix: String
    let access: Access

    /// Declares a group; the prefix must have one `:name` per parameter type.
    init(_ prefix: String, _ parameters: repeat (each Parameter).Type, access: Access) {
        Endpoint<repeat each Parameter>.check(RoutePattern(prefix), repeat each parameters)
        self.prefix = prefix
        self.access = access
    }

    /// The prefix with `values` in its parameters: where a section of pages starts (for navigation).
    func path(_ values: repeat each Parameter) -> String {
        Endpoint(.get, prefix, repeat (each Parameter).self, access: access).path(repeat each values)
    }

    /// An endpoint at `prefix + suffix` (the prefix itself when the suffix is empty), with the
    /// group's parameters first, then the suffix's.
    func endpoint<each Extra: PathParameter>(_ method: HTTPMethod, _ suffix: String = "", _ extra: repeat (each Extra).Type,
                                             access: Access? = nil) -> Endpoint<repeat each Parameter, repeat each Extra> {
        Endpoint(method, prefix + suffix, repeat (each Parameter).self, repeat each extra, access: access ?? self.access)
    }

    /// A group inside this one (`/studio/:id/edit`), keeping its parameters first.
    func group<each Extra: PathParameter>(_ suffix: String, _ extra: repeat (each Extra).Type,
                                          access: Access? = nil) -> EndpointGroup<repeat each Parameter, repeat each Extra> {
        EndpointGroup<repeat each Parameter, repeat each Extra>(prefix + suffix, repeat (each Parameter).self, repeat each extra,
                                                                access: access ?? self.access)
    }
}
