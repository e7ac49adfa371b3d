import CairnCredentials

extension JSON {
    /// A copy with the value at a JSON Pointer (of object keys and array indexes) replaced, or removed when `value` is nil.
    func setting(_ pointer: String, to value: JSON?) -> JSON {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        return Self.set(self, tokens[...], value)
    }

    private static func set(_ node: JSON, _ tokens: ArraySlice<String>, _ value: JSON?) -> JSON {
        guard let head = tokens.first else { return value ?? .null }
        let rest = tokens.dropFirst()
        switch node {
        case .object(var members):
            if rest.isEmpty, value == nil { members[head] = nil } else { members[head] = set(members[head] ?? .null, rest, value) }
            return .object(members)
        case .array(var items):
            let i = Int(head)!
            if rest.isEmpty, value == nil { items.remove(at: i) } else { items[i] = set(items[i], rest, value) }
            return .array(items)
        default:
            preconditionFailure("no \(head) in \(node)")
        }
    }
}
