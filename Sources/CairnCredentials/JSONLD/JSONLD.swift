/// JSON-LD 1.1 as credentials need it: expansion and deserialization to RDF, with contexts from a loader.
///
/// Language tags are lowered (`en-GB` becomes `en-gb`), as the specification allows and as jsonld.js and
/// pyld do: the canonical N-Quads, and so a signature, depend on it.
public enum JSONLD {
    /// How a literal's base direction is written in RDF; nil leaves it out.
    public enum RDFDirection: String, Sendable {
        /// As the datatype `https://www.w3.org/ns/i18n#{language}_{direction}`.
        case i18nDatatype = "i18n-datatype"
    }

    /// The options of the JSON-LD 1.1 API that Cairn uses.
    public struct Options: Sendable {
        /// The document's own URL, against which relative IRIs resolve.
        public var base: String?
        /// A context applied before the document's own.
        public var expandContext: JSON?
        /// Where remote contexts come from; by default only the bundled ones.
        public var loader: any DocumentLoading
        public var rdfDirection: RDFDirection?
        /// Safe mode: a property or type the contexts do not define is an error (`undefinedTerm`) instead of
        /// being dropped or left as a relative IRI. What an `@vocab` catches counts as defined.
        public var safeMode: Bool

        public init(base: String? = nil, expandContext: JSON? = nil, loader: any DocumentLoading = DocumentLoader.bundledOnly,
                    rdfDirection: RDFDirection? = nil, safeMode: Bool = false) {
            (self.base, self.expandContext, self.loader) = (base, expandContext, loader)
            (self.rdfDirection, self.safeMode) = (rdfDirection, safeMode)
        }
    }

    /// Expands a document (JSON-LD 1.1 API `expand()`): an array of node objects with every IRI in full.
    public static func expand(_ document: JSON, options: Options = Options()) throws(JSONLDError) -> [JSON] {
        try Expander.checkDepth(document)
        let processor = ContextProcessor(loader: options.loader)
        var active = ActiveContext(base: options.base)
        if let expandContext = options.expandContext {
            let local = expandContext.objectValue?["@context"] ?? expandContext
            active = try processor.process(active, local: local, baseURL: options.base)
        }
        var expanded = try Expander(processor: processor, safeMode: options.safeMode).expand(document, in: active, property: nil, baseURL: options.base)
        if case .object(let object)? = expanded, object.count == 1, let graph = object["@graph"] { expanded = graph }
        return expanded?.asList ?? []
    }

    /// Deserializes a document to RDF (JSON-LD 1.1 API `toRdf()`), blank nodes labelled `b0`, `b1`, ….
    public static func toRDF(_ document: JSON, options: Options = Options()) throws(JSONLDError) -> [RDFQuad] {
        let expanded = try expand(document, options: options)
        return try toRDF(expanded: expanded, options: options)
    }

    /// Deserializes an already expanded document to RDF: each quad once.
    public static func toRDF(expanded: [JSON], options: Options = Options()) throws(JSONLDError) -> [RDFQuad] {
        try toRDF(expanded: expanded, options: options, into: QuadList()).quads
    }

    /// Deserializes a document to RDF written straight into a dataset indexed for RDFC-1.0 (what a proof hashes).
    static func toIndexedDataset(_ document: JSON, options: Options) throws(JSONLDError) -> IndexedDataset {
        try toRDF(expanded: try expand(document, options: options), options: options, into: IndexedDataset())
    }

    private static func toRDF<Sink: DatasetSink>(expanded: [JSON], options: Options, into sink: Sink) throws(JSONLDError) -> Sink {
        var emitter = RDFEmitter(rdfDirection: options.rdfDirection, sink: sink)
        try emitter.emit(expanded)
        return emitter.sink
    }
}
