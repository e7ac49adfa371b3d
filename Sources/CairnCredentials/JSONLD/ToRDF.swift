import Foundation

/// Deserialization of JSON-LD to RDF (JSON-LD 1.1 API §8.1): the node map becomes quads.
struct RDFSerializer {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    // The IRIs written again and again, made once.
    static let rdfType = rdf + "type", rdfFirst = rdf + "first", rdfRest = rdf + "rest", rdfNil = rdf + "nil"
    static let xsdBoolean = xsd + "boolean", xsdDouble = xsd + "double", xsdInteger = xsd + "integer"

    let rdfDirection: JSONLD.RDFDirection?
    var labeler: BlankNodeLabeler

    /// The Deserialize JSON-LD to RDF algorithm (§8.1.2).
    mutating func quads(of nodeMap: NodeMap) -> [RDFQuad] {
        var quads: [RDFQuad] = []
        for graphName in nodeMap.graphs.keys.sorted() {
            let graph: RDFTerm?
            if graphName == "@default" { graph = nil }
            else if let term = Self.resource(graphName) { graph = term }
            else { continue }
            let nodes = nodeMap.graphs[graphName]!.nodes
            for (subjectID, node) in nodes.sorted(by: { $0.key < $1.key }) {
                guard let subject = Self.resource(subjectID) else { continue }
                for (property, box) in node.properties.sorted(by: { $0.key < $1.key }) {
                    let values = box.items
                    if property == "@type" {
                        for case .string(let type) in values {
                            if let object = Self.resource(type) {
                                quads.append(RDFQuad(subject, .iri(Self.rdfType), object, graph: graph))
                            }
                        }
                        continue
                    }
                    if Keyword.isKeyword(property) || Keyword.isBlankNode(property) { continue }
                    guard let predicate = Self.resource(property) else { continue }
                    for item in values {
                        var listTriples: [(RDFTerm, RDFTerm, RDFTerm)] = []
                        if let object = objectToRDF(item, listTriples: &listTriples) {
                            quads.append(RDFQuad(subject, predicate, object, graph: graph))
                        }
                        for (s, p, o) in listTriples { quads.append(RDFQuad(s, p, o, graph: graph)) }
                    }
                }
            }
        }
        return quads
    }

    /// An IRI or blank node for an identifier, or nil when it is neither well-formed.
    static func resource(_ id: String) -> RDFTerm? {
        if Keyword.isBlankNode(id) { return .blank(String(id.dropFirst(2))) }
        return isWellFormedIRI(id) ? .iri(id) : nil
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

    /// The Object to RDF Conversion algorithm (§8.1.4).
    mutating func objectToRDF(_ item: JSON, listTriples: inout [(RDFTerm, RDFTerm, RDFTerm)]) -> RDFTerm? {
        guard case .object(let object) = item else { return nil }
        // The entries that matter, read in one pass.
        var id: JSON?, list: JSON?, value: JSON?, type: JSON?, languageEntry: JSON?, directionEntry: JSON?
        for (key, entry) in object {
            switch key {
            case "@id": id = entry
            case "@list": list = entry
            case "@value": value = entry
            case "@type": type = entry
            case "@language": languageEntry = entry
            case "@direction": directionEntry = entry
            default: break
            }
        }
        if case .string(let id)? = id, value == nil { return Self.resource(id) }
        if let list { return listToRDF(list.asList, listTriples: &listTriples) }
        guard let value else { return nil }
        var datatype = type?.stringValue
        if let type = datatype, type != "@json", !Self.isWellFormedIRI(type) { return nil }
        if let language = languageEntry?.stringValue, !Self.isWellFormedLanguage(language) { return nil }
        var lexical: String
        if datatype == "@json" {
            lexical = value.serialized
            datatype = Self.rdf + "JSON"
        } else {
            switch value {
            case .bool(let flag):
                lexical = flag ? "true" : "false"
                datatype = datatype ?? Self.xsdBoolean
            case .number(let n):
                if n.rounded() != n || abs(n) >= 1e21 || datatype == Self.xsdDouble {
                    lexical = Self.canonicalDouble(n)
                    datatype = datatype ?? Self.xsdDouble
                } else {
                    lexical = JSON.format(n)
                    datatype = datatype ?? Self.xsdInteger
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
                return .literal(RDFLiteral(lexical, datatype: "https://www.w3.org/ns/i18n#\(tag)_\(direction)"))
            }
        }
        if let language { return .literal(RDFLiteral(lexical, language: language)) }
        return .literal(RDFLiteral(lexical, datatype: datatype ?? RDFTerm.xsdString))
    }

    /// The List to RDF Conversion algorithm (§8.1.5): a list becomes `rdf:first` / `rdf:rest` blank nodes.
    mutating func listToRDF(_ list: [JSON], listTriples: inout [(RDFTerm, RDFTerm, RDFTerm)]) -> RDFTerm {
        let nil_ = RDFTerm.iri(Self.rdfNil)
        guard !list.isEmpty else { return nil_ }
        let nodes = list.map { _ in RDFTerm.blank(String(labeler.label(for: nil).dropFirst(2))) }
        for (i, item) in list.enumerated() {
            var embedded: [(RDFTerm, RDFTerm, RDFTerm)] = []
            if let object = objectToRDF(item, listTriples: &embedded) {
                listTriples.append((nodes[i], .iri(Self.rdfFirst), object))
            }
            listTriples.append((nodes[i], .iri(Self.rdfRest), i + 1 < nodes.count ? nodes[i + 1] : nil_))
            listTriples += embedded
        }
        return nodes[0]
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
