/// One node or value of an RDF graph: an IRI, a blank node or a literal.
public enum RDFTerm: Hashable, Sendable {
    case iri(String)
    /// A blank node, by its label without the leading `_:`.
    case blank(String)
    case literal(RDFLiteral)

    /// The IRI of `xsd:string`, the datatype of a plain literal.
    public static let xsdString = "http://www.w3.org/2001/XMLSchema#string"
    /// The IRI of `rdf:langString`, the datatype of a literal with a language tag.
    public static let rdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

    /// True for a blank node.
    public var isBlank: Bool {
        if case .blank = self { return true }
        return false
    }
}

/// A literal value: its lexical form, datatype IRI and, for `rdf:langString`, its language tag.
public struct RDFLiteral: Hashable, Sendable {
    public var lexical: String
    public var datatype: String
    public var language: String?

    public init(_ lexical: String, datatype: String = RDFTerm.xsdString, language: String? = nil) {
        self.lexical = lexical
        self.language = language
        self.datatype = language == nil ? datatype : RDFTerm.rdfLangString
    }
}

/// A statement of an RDF dataset; `graph` nil is the default graph.
public struct RDFQuad: Hashable, Sendable {
    public var subject: RDFTerm
    public var predicate: RDFTerm
    public var object: RDFTerm
    public var graph: RDFTerm?

    public init(_ subject: RDFTerm, _ predicate: RDFTerm, _ object: RDFTerm, graph: RDFTerm? = nil) {
        (self.subject, self.predicate, self.object, self.graph) = (subject, predicate, object, graph)
    }
}
