import Foundation

/// Deserialization of JSON-LD to RDF (JSON-LD 1.1 API §8.1), straight from the expanded document to a sink.
///
/// The API builds a node map (§7.2.2) first, merging every node's properties, then turns it into quads.
/// The quads of a merged node are the union of those its occurrences state, so they are written here as
/// each occurrence is met, and a sink that needs a set removes what repeats (`QuadList`; RDFC-1.0 treats its
/// input as a set). The quads are the node map's, checked by the W3C toRdf suite; only their order and the
/// numbers of blank nodes differ, which the API leaves open (nothing is `ordered`) and canonicalization erases.
struct RDFEmitter<Sink: DatasetSink> {
    let rdfDirection: JSONLD.RDFDirection?
    var sink: Sink
    /// The document's blank node identifiers, by number.
    private var blankNumbers: [String: Int] = [:]
    private var nextBlank = 0
    /// The `@index` of each node that has one, by graph and node: two different ones are an error.
    private var indexes: [String: JSON] = [:]

    init(rdfDirection: JSONLD.RDFDirection?, sink: Sink) {
        self.rdfDirection = rdfDirection
        self.sink = sink
    }

    /// Where quads go: a graph by its term, or a graph whose name is not well-formed (its quads are dropped,
    /// as the API drops the whole graph, while the graphs named inside it still count).
    private struct Graph {
        let term: DatasetTerm?
        let isDropped: Bool
        /// The graph's key for `indexes`.
        let key: String
        static var `default`: Graph { Graph(term: nil, isDropped: false, key: "") }
    }

    /// The entries of an expanded object that the algorithm handles itself, not as properties.
    private struct KeywordEntries {
        var id: JSON?, type: JSON?, value: JSON?, list: JSON?, index: JSON?, reverse: JSON?, graph: JSON?, included: JSON?
        var language: JSON?, direction: JSON?

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
            case "@language": language = entry
            case "@direction": direction = entry
            default: return false
            }
            return true
        }
    }

    /// Writes the quads of an expanded document: its top-level nodes in the default graph.
    mutating func emit(_ expanded: [JSON]) throws(JSONLDError) {
        for element in expanded { _ = try object(element, in: .default, writingLists: false) }
    }

    /// A fresh blank node, or the one for a document's identifier (`_:x`).
    private mutating func blank(_ identifier: String?) -> Int {
        if let identifier, let known = blankNumbers[identifier] { return known }
        let number = nextBlank
        nextBlank += 1
        if let identifier { blankNumbers[identifier] = number }
        return number
    }

    /// The term of an identifier (a blank node's number from the document's label), or nil when it is not a
    /// well-formed IRI.
    private mutating func resource(_ id: String) -> DatasetTerm? {
        if Keyword.isBlankNode(id) { return .blank(blank(id)) }
        return ToRDF.isWellFormedIRI(id) ? .iri(id) : nil
    }

    private mutating func add(_ subject: DatasetTerm, _ predicate: String, _ object: DatasetTerm, in graph: Graph) {
        guard !graph.isDropped else { return }
        sink.add(subject, predicate, object, graph: graph.term)
    }

    /// Writes what an element of the expanded document states, and returns what stands for it as the object of a
    /// quad: a node's IRI or blank node, a literal, a list's first node; nil for nothing (`@id: null`, a
    /// malformed IRI or literal) — the nodes inside are written all the same.
    private mutating func object(_ element: JSON, in graph: Graph) throws(JSONLDError) -> DatasetTerm? {
        guard case .object(let object) = element else { return nil }
        var entries = KeywordEntries()
        var properties: [(key: String, value: JSON)] = []
        properties.reserveCapacity(object.count)
        for (key, value) in object where key.utf8.first != UInt8(ascii: "@") || !entries.take(key, value) {
            properties.append((key, value))
        }
        if let value = entries.value {
            return ToRDF.literal(value, type: entries.type, language: entries.language, direction: entries.direction,
                                 rdfDirection: rdfDirection).map(DatasetTerm.literal)
        }
        if let items = entries.list { return try list(items.asList, in: graph) }

        let subject: DatasetTerm?
        let nodeKey: String
        switch entries.id {
        case .null?: return nil
        case .string(let id)?:
            if Keyword.isBlankNode(id) {
                let number = blank(id)
                (subject, nodeKey) = (.blank(number), "_:\(number)")
            } else {
                (subject, nodeKey) = (ToRDF.isWellFormedIRI(id) ? .iri(id) : nil, id)
            }
        default:
            let number = blank(nil)
            (subject, nodeKey) = (.blank(number), "_:\(number)")
        }
        if let index = entries.index {
            let key = graph.key + "\u{0}" + nodeKey
            if let existing = indexes[key], existing != index {
                throw JSONLDError(.conflictingIndexes, "the node \(nodeKey) has two different @index values")
            }
            indexes[key] = index
        }
        if let types = entries.type {
            for case .string(let type) in types.asList {
                if let subject, let object = resource(type) { add(subject, ToRDF.rdfType, object, in: graph) }
            }
        }
        if case .object(let reverse)? = entries.reverse {
            for (property, values) in reverse {
                for value in values.asList {
                    // The reverse property's value states the property of this node (never a value or a list).
                    guard case .object(let node) = value, node["@value"] == nil, node["@list"] == nil else { continue }
                    let other = try self.object(value, in: graph)
                    if let other, let subject, ToRDF.isPredicate(property) { add(other, property, subject, in: graph) }
                }
            }
        }
        if let inner = entries.graph {
            let named = Graph(term: subject, isDropped: subject == nil, key: nodeKey)
            for element in inner.asList { _ = try self.object(element, in: named, writingLists: false) }
        }
        if let included = entries.included {
            for element in included.asList { _ = try self.object(element, in: graph, writingLists: false) }
        }
        for (property, values) in properties {
            let isPredicate = ToRDF.isPredicate(property)
            for value in values.asList {
                guard let object = try self.object(value, in: graph, writingLists: subject != nil && isPredicate) else { continue }
                if let subject, isPredicate { add(subject, property, object, in: graph) }
            }
        }
        return subject
    }

    /// `object(_:in:)`, except that a list's own quads are written only when `writingLists`: the API turns a list
    /// into quads as the object of its property's quad, so a list at the top, or under a property that is no
    /// predicate, states nothing but what the nodes in it state.
    private mutating func object(_ element: JSON, in graph: Graph, writingLists: Bool) throws(JSONLDError) -> DatasetTerm? {
        if !writingLists, case .object(let object) = element, let items = object["@list"] {
            for item in items.asList { _ = try self.object(item, in: graph, writingLists: false) }
            return nil
        }
        return try self.object(element, in: graph)
    }

    /// The List to RDF Conversion algorithm (§8.1.5): a list becomes `rdf:first` / `rdf:rest` blank nodes.
    private mutating func list(_ items: [JSON], in graph: Graph) throws(JSONLDError) -> DatasetTerm {
        guard !items.isEmpty else { return .iri(ToRDF.rdfNil) }
        let first = nextBlank
        nextBlank += items.count
        for (i, item) in items.enumerated() {
            let node = DatasetTerm.blank(first + i)
            if let object = try self.object(item, in: graph) { add(node, ToRDF.rdfFirst, object, in: graph) }
            add(node, ToRDF.rdfRest, i + 1 < items.count ? .blank(first + i + 1) : .iri(ToRDF.rdfNil), in: graph)
        }
        return .blank(first)
    }
}

/// What deserializing JSON-LD to RDF checks and writes: well-formed IRIs and language tags, and the lexical
/// forms of literals.
enum ToRDF {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    // The IRIs written again and again, made once.
    static let rdfType = rdf + "type", rdfFirst = rdf + "first", rdfRest = rdf + "rest", rdfNil = rdf + "nil"
    static let xsdBoolean = xsd + "boolean", xsdDouble = xsd + "double", xsdInteger = xsd + "integer"

    /// Whether a property becomes the predicate of a quad: a well-formed IRI, not a keyword or a blank node.
    static func isPredicate(_ property: String) -> Bool {
        !Keyword.isKeyword(property) && !Keyword.isBlankNode(property) && isWellFormedIRI(property)
    }

    /// An absolute IRI without the characters an IRI cannot hold (and at most one `#`).
    static func isWellFormedIRI(_ s: String) -> Bool {
        guard IRI.isAbsolute(s) else { return false }
        return s.utf8.withContiguousStorageIfAvailable(hasOnlyIRICharacters) ?? hasOnlyIRICharacters(Array(s.utf8))
    }

    /// True when no byte is one an IRI cannot hold, and at most one is `#`.
    private static func hasOnlyIRICharacters(_ bytes: some Collection<UInt8>) -> Bool {
        var fragments = 0
        for byte in bytes {
            guard NQuads.isPlainIRIByte(byte) else { return false }
            if byte == UInt8(ascii: "#") {
                fragments += 1
                if fragments > 1 { return false }
            }
        }
        return true
    }

    /// A BCP 47 language tag in its simple form (`en`, `en-GB`, `zh-Hant-TW`).
    static func isWellFormedLanguage(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count),
              first.unicodeScalars.allSatisfy(\.isASCIILetter) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) }
        }
    }

    /// The Object to RDF Conversion algorithm (§8.1.4) for a value object: its literal, or nil when its
    /// datatype IRI or language tag is not well-formed.
    static func literal(_ value: JSON, type: JSON?, language languageEntry: JSON?, direction directionEntry: JSON?,
                        rdfDirection: JSONLD.RDFDirection?) -> RDFLiteral? {
        var datatype = type?.stringValue
        if let type = datatype, type != "@json", !isWellFormedIRI(type) { return nil }
        if let language = languageEntry?.stringValue, !isWellFormedLanguage(language) { return nil }
        var lexical: String
        if datatype == "@json" {
            lexical = value.serialized
            datatype = rdf + "JSON"
        } else {
            switch value {
            case .bool(let flag):
                lexical = flag ? "true" : "false"
                datatype = datatype ?? xsdBoolean
            case .number(let n):
                if n.rounded() != n || abs(n) >= 1e21 || datatype == xsdDouble {
                    lexical = canonicalDouble(n)
                    datatype = datatype ?? xsdDouble
                } else {
                    lexical = JSON.format(n)
                    datatype = datatype ?? xsdInteger
                }
            case .string(let s):
                lexical = s
            default:
                return nil
            }
        }
        let language = languageEntry?.stringValue
        if let direction = directionEntry?.stringValue, let rdfDirection {
            switch rdfDirection {
            case .i18nDatatype:
                let tag = language?.lowercased() ?? ""
                return RDFLiteral(lexical, datatype: "https://www.w3.org/ns/i18n#\(tag)_\(direction)")
            }
        }
        if let language { return RDFLiteral(lexical, language: language) }
        return RDFLiteral(lexical, datatype: datatype ?? RDFTerm.xsdString)
    }

    /// A double in the canonical lexical form of `xsd:double`, as JSON-LD writes it (`1.1E1`, `5.0E-1`).
    static func canonicalDouble(_ n: Double) -> String {
        let text = String(format: "%.15E", n)
        guard let e = text.firstIndex(of: "E") else { return text }
        var mantissa = String(text[..<e])
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        while mantissa.hasSuffix("0") { mantissa.removeLast() }
        if mantissa.hasSuffix(".") { mantissa += "0" }
        return "\(mantissa)E\(exponent)"
    }
}
