/// Gives blank nodes fresh labels `_:b0`, `_:b1`, … the same label each time the same old one is asked for.
struct BlankNodeLabeler {
    private var counter = 0
    private var labels: [String: String] = [:]

    /// A new label for an old identifier, or a brand new one for nil.
    mutating func label(for identifier: String?) -> String {
        if let identifier, let known = labels[identifier] { return known }
        let fresh = "_:b\(counter)"
        counter += 1
        if let identifier { labels[identifier] = fresh }
        return fresh
    }
}

/// The Node Map Generation algorithm (JSON-LD 1.1 API §7.2.2): every node of every graph, flattened and merged.
struct NodeMap {
    /// Graph name (`@default` for the default graph) → node identifier → node object.
    var graphs: [String: [String: [String: JSON]]] = ["@default": [:]]
    var labeler = BlankNodeLabeler()

    /// Where a value goes: a property of a subject, a list under construction, or nowhere (top level).
    enum Place {
        case top
        case property(subject: String, property: String)
        case reverse(subject: [String: JSON], property: String)
    }

    mutating func add(_ element: JSON, graph: String = "@default", place: Place = .top,
                      list: inout [JSON]?) throws(JSONLDError) {
        if case .array(let items) = element {
            for item in items { try add(item, graph: graph, place: place, list: &list) }
            return
        }
        guard case .object(var object) = element else { return }
        if graphs[graph] == nil { graphs[graph] = [:] }
        if let types = object["@type"], object["@value"] == nil {
            object["@type"] = .array(types.asList.map { type in
                if case .string(let s) = type, Keyword.isBlankNode(s) { return .string(labeler.label(for: s)) }
                return type
            })
        }
        if object["@value"] != nil {
            if list != nil { list!.append(.object(object)) } else { addUnique(.object(object), at: place, graph: graph) }
            return
        }
        if let items = object["@list"] {
            var inner: [JSON]? = []
            try add(items, graph: graph, place: place, list: &inner)
            let result = JSON.object(["@list": .array(inner ?? [])])
            if list != nil { list!.append(result) } else { append(result, at: place, graph: graph) }
            return
        }
        let id: String
        if object["@id"] == .null { return }
        if case .string(let s)? = object["@id"] {
            id = Keyword.isBlankNode(s) ? labeler.label(for: s) : s
        } else {
            id = labeler.label(for: nil)
        }
        object.removeValue(forKey: "@id")
        if graphs[graph]![id] == nil { graphs[graph]![id] = ["@id": .string(id)] }
        switch place {
        case .reverse(let subject, let property):
            var node = graphs[graph]![id]!
            Self.addUnique(.object(subject), to: property, in: &node)
            graphs[graph]![id] = node
        case .property:
            let reference = JSON.object(["@id": .string(id)])
            if list != nil { list!.append(reference) } else { addUnique(reference, at: place, graph: graph) }
        case .top:
            break
        }
        if let types = object.removeValue(forKey: "@type") {
            var node = graphs[graph]![id]!
            for type in types.asList { Self.addUnique(type, to: "@type", in: &node) }
            graphs[graph]![id] = node
        }
        if let index = object.removeValue(forKey: "@index") {
            if let existing = graphs[graph]![id]!["@index"], existing != index {
                throw JSONLDError(.conflictingIndexes, "the node \(id) has two different @index values")
            }
            graphs[graph]![id]!["@index"] = index
        }
        if case .object(let reverse)? = object.removeValue(forKey: "@reverse") {
            let referenced: [String: JSON] = ["@id": .string(id)]
            for property in reverse.keys.sorted() {
                for value in reverse[property]!.asList {
                    var none: [JSON]? = nil
                    try add(value, graph: graph, place: .reverse(subject: referenced, property: property), list: &none)
                }
            }
        }
        if let inner = object.removeValue(forKey: "@graph") {
            var none: [JSON]? = nil
            try add(inner, graph: id, list: &none)
        }
        if let included = object.removeValue(forKey: "@included") {
            var none: [JSON]? = nil
            try add(included, graph: graph, list: &none)
        }
        for key in object.keys.sorted() {
            let property = Keyword.isBlankNode(key) ? labeler.label(for: key) : key
            if graphs[graph]![id]![property] == nil { graphs[graph]![id]![property] = .array([]) }
            var none: [JSON]? = nil
            try add(object[key]!, graph: graph, place: .property(subject: id, property: property), list: &none)
        }
    }

    private mutating func addUnique(_ value: JSON, at place: Place, graph: String) {
        guard case .property(let subject, let property) = place else { return }
        Self.addUnique(value, to: property, in: &graphs[graph]![subject]!)
    }

    private mutating func append(_ value: JSON, at place: Place, graph: String) {
        guard case .property(let subject, let property) = place else { return }
        graphs[graph]![subject]![property] = .array((graphs[graph]![subject]![property]?.asList ?? []) + [value])
    }

    static func addUnique(_ value: JSON, to key: String, in node: inout [String: JSON]) {
        var items = node[key]?.asList ?? []
        if !items.contains(value) { items.append(value) }
        node[key] = .array(items)
    }
}
