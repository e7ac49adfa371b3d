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
///
/// Graphs and nodes are objects that the algorithm changes in place: a value is added to its node
/// without looking the graph and the node up again, or copying what they already hold.
struct NodeMap {
    /// The values of one property of a node, kept by reference: a value is added without looking the property up again.
    final class Values {
        var items: [JSON] = []

        /// Adds the value unless the property already has it.
        func addUnique(_ value: JSON) {
            if !items.contains(where: { NodeMap.isSame($0, value) }) { items.append(value) }
        }
    }

    /// One node of a graph: its values by property (`@type` included), and its `@index`.
    final class Node {
        let id: String
        var properties: [String: Values] = [:]
        var index: JSON?
        init(id: String) { self.id = id }

        /// The values of a property, made empty when the node does not have it yet.
        func values(of property: String) -> Values {
            NodeMap.existing(or: Values(), in: &properties[property])
        }

        /// Adds the value to the property unless the property already has it.
        func addUnique(_ value: JSON, to property: String) {
            values(of: property).addUnique(value)
        }
    }

    /// The nodes of one graph, by identifier.
    final class Graph {
        var nodes: [String: Node] = [:]

        /// The node with the identifier, made when it is not there yet.
        func node(_ id: String) -> Node {
            NodeMap.existing(or: Node(id: id), in: &nodes[id])
        }
    }

    /// Graph name (`@default` for the default graph) → its nodes.
    private(set) var graphs: [String: Graph] = ["@default": Graph()]
    var labeler = BlankNodeLabeler()

    /// Where a value goes: a property of a subject, a list under construction, or nowhere (top level).
    enum Place {
        case top
        case property(Values)
        case reverse(subject: String, property: String)
    }

    /// The entries of an expanded object that the algorithm handles itself, not as properties.
    private struct KeywordEntries {
        var id: JSON?, type: JSON?, value: JSON?, list: JSON?, index: JSON?, reverse: JSON?, graph: JSON?, included: JSON?

        /// Keeps the entry when it is one of these keywords; false for any other key.
        mutating func take(_ key: String, _ entry: JSON) -> Bool {
            switch key {
            case "@id": id = entry
            case "@type": type = entry
            case "@value": value = entry
            case "@list": list = entry
            case "@index": index = entry
            case "@reverse": reverse = entry
            case "@graph": graph = entry
            case "@included": included = entry
            default: return false
            }
            return true
        }
    }

    mutating func add(_ element: JSON, graph: String = "@default", place: Place = .top,
                      list: inout [JSON]?) throws(JSONLDError) {
        try add(element, graph: graph, in: self.graph(graph), place: place, list: &list)
    }

    private mutating func graph(_ name: String) -> Graph {
        if let graph = graphs[name] { return graph }
        let graph = Graph()
        graphs[name] = graph
        return graph
    }

    private mutating func add(_ element: JSON, graph name: String, in graph: Graph, place: Place,
                              list: inout [JSON]?) throws(JSONLDError) {
        if case .array(let items) = element {
            for item in items { try add(item, graph: name, in: graph, place: place, list: &list) }
            return
        }
        guard case .object(let object) = element else { return }
        // The keywords the algorithm handles, read in one pass over the entries; every other entry is a property.
        var entries = KeywordEntries()
        var properties: [(key: String, value: JSON)] = []
        for (key, value) in object where key.utf8.first != UInt8(ascii: "@") || !entries.take(key, value) {
            properties.append((key, value))
        }
        var types: [JSON] = []
        if let given = entries.type, entries.value == nil {
            types = given.asList.map { type in
                if case .string(let s) = type, Keyword.isBlankNode(s) { return .string(labeler.label(for: s)) }
                return type
            }
        }
        if entries.value != nil {
            if list != nil { list!.append(element) } else { Self.addUnique(element, at: place) }
            return
        }
        if let items = entries.list {
            var inner: [JSON]? = []
            try add(items, graph: name, in: graph, place: place, list: &inner)
            let result = JSON.object(["@list": .array(inner ?? [])])
            if list != nil {
                list!.append(result)
            } else if case .property(let values) = place {
                values.items.append(result)
            }
            return
        }
        let id: String
        switch entries.id {
        case .null?: return
        case .string(let s)?: id = Keyword.isBlankNode(s) ? labeler.label(for: s) : s
        default: id = labeler.label(for: nil)
        }
        let node = graph.node(id)
        switch place {
        case .reverse(let subject, let property):
            node.addUnique(.object(["@id": .string(subject)]), to: property)
        case .property:
            let reference = JSON.object(["@id": .string(id)])
            if list != nil { list!.append(reference) } else { Self.addUnique(reference, at: place) }
        case .top:
            break
        }
        for type in types { node.addUnique(type, to: "@type") }
        if let index = entries.index {
            if let existing = node.index, existing != index {
                throw JSONLDError(.conflictingIndexes, "the node \(id) has two different @index values")
            }
            node.index = index
        }
        if case .object(let reverse)? = entries.reverse {
            for property in reverse.keys.sorted() {
                for value in reverse[property]!.asList {
                    var none: [JSON]? = nil
                    try add(value, graph: name, in: graph, place: .reverse(subject: id, property: property), list: &none)
                }
            }
        }
        if let inner = entries.graph {
            var none: [JSON]? = nil
            try add(inner, graph: id, in: self.graph(id), place: .top, list: &none)
        }
        if let included = entries.included {
            var none: [JSON]? = nil
            try add(included, graph: name, in: graph, place: .top, list: &none)
        }
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
            let property = Keyword.isBlankNode(key) ? labeler.label(for: key) : key
            var none: [JSON]? = nil
            try add(value, graph: name, in: graph, place: .property(node.values(of: property)), list: &none)
        }
    }

    private static func addUnique(_ value: JSON, at place: Place) {
        guard case .property(let values) = place else { return }
        values.addUnique(value)
    }

    /// The object in a dictionary's entry, or the new one put there: one look-up of the key either way.
    static func existing<Object: AnyObject>(or new: @autoclosure () -> Object, in entry: inout Object?) -> Object {
        if let object = entry { return object }
        let object = new()
        entry = object
        return object
    }

    /// JSON equality, with objects of one or two entries (node references, most values) compared without hashing.
    static func isSame(_ a: JSON, _ b: JSON) -> Bool {
        guard case .object(let x) = a, case .object(let y) = b, x.count == y.count, x.count <= 2 else { return a == b }
        var xs = x.makeIterator(), ys = y.makeIterator()
        guard let x1 = xs.next() else { return true }
        let y1 = ys.next()!
        if x.count == 1 { return x1.key == y1.key && x1.value == y1.value }
        let x2 = xs.next()!, y2 = ys.next()!
        if x1.key == y1.key { return x2.key == y2.key && x1.value == y1.value && x2.value == y2.value }
        return x1.key == y2.key && x2.key == y1.key && x1.value == y2.value && x2.value == y1.value
    }
}
