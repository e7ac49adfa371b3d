/// Path parameters captured by the router (`:id`, `*path`), percent-decoded.
///
/// A route has a handful at most, so they are kept as pairs in the pattern's order and found by
/// comparing names: cheaper, for every request, than hashing each name into a dictionary.
public struct Parameters: Sendable {
    /// One captured parameter.
    struct Pair: Sendable {
        let name: String
        var value: String
    }

    private var pairs: [Pair]

    public init(_ values: [String: String] = [:]) { pairs = values.map { Pair(name: $0.key, value: $0.value) } }

    /// Parameters as captured, in the pattern's order.
    init(pairs: [Pair]) { self.pairs = pairs }

    public subscript(name: String) -> String? {
        get { pairs.first { $0.name == name }?.value }
        set {
            let index = pairs.firstIndex { $0.name == name }
            switch (index, newValue) {
            case (let index?, let value?): pairs[index].value = value
            case (let index?, nil): pairs.remove(at: index)
            case (nil, let value?): pairs.append(Pair(name: name, value: value))
            case (nil, nil): break
            }
        }
    }
}
