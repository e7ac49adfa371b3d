/// A term on its way into a dataset: an IRI, a literal, or a blank node by number (the number is the
/// producer's own; only the nodes that appear in a quad are counted by the dataset).
enum DatasetTerm {
    case iri(String)
    case blank(Int)
    case literal(RDFLiteral)
}

/// Where quads are written as they are produced (by `toRdf`, or from a list of ``RDFQuad``s).
protocol DatasetSink {
    /// Adds one quad; `graph` nil is the default graph. A quad may come twice: sinks that need a set say so.
    mutating func add(_ subject: DatasetTerm, _ predicate: String, _ object: DatasetTerm, graph: DatasetTerm?)
}

/// A dataset ready for RDFC-1.0: every IRI and literal already in its N-Quads bytes in one buffer, blank
/// nodes by index in order of first appearance, and for each blank node the quads it is in.
///
/// Written straight by `toRdf` when a document is signed or verified, so no ``RDFQuad`` values are made
/// and no term is written out twice.
struct IndexedDataset: DatasetSink {
    /// The N-Quads bytes of every IRI and literal, which the quads point into.
    private(set) var arena: [UInt8] = []
    /// The quads, blank nodes by index (possibly repeated: see ``distinct()``).
    private(set) var quads: [IndexedQuad] = []
    /// For each blank node, the quads it appears in (each once).
    private(set) var quadsOf: [[Int]] = []
    /// The producer's number of each blank node, by index.
    private(set) var producerNumbers: [Int] = []
    /// The index of each producer's number seen so far, -1 for none yet.
    private var indexOfNumber: [Int] = []
    /// The producer's labels of its blank nodes, by its number; nil when they are `b0`, `b1`, ….
    private let producerLabels: [String]?
    /// Whether an IRI may hold a byte N-Quads escapes; false when the producer wrote only well-formed IRIs
    /// (`toRdf` drops the others), which are then copied without looking at each byte again.
    private let escapesIRIs: Bool

    /// An empty dataset for a producer that gives only well-formed IRIs, and blank nodes as `b0`, `b1`, ….
    init(expectedQuads: Int = 64) {
        self.init(expectedQuads: expectedQuads, producerLabels: nil, escapesIRIs: false)
    }

    private init(expectedQuads: Int, producerLabels: [String]?, escapesIRIs: Bool) {
        quads.reserveCapacity(expectedQuads)
        arena.reserveCapacity(expectedQuads * 128)
        self.producerLabels = producerLabels
        self.escapesIRIs = escapesIRIs
    }

    /// A list of quads as a dataset, blank nodes keeping their labels.
    ///
    /// - Throws: `.notRDF` for a quad with a literal as subject or graph, or a predicate that is not an IRI.
    init(_ input: [RDFQuad]) throws(RDFCanonicalizationError) {
        var numbers: [String: Int] = [:]
        var labels: [String] = []
        func term(_ term: RDFTerm) -> DatasetTerm {
            switch term {
            case .iri(let iri): return .iri(iri)
            case .literal(let literal): return .literal(literal)
            case .blank(let label):
                if let known = numbers[label] { return .blank(known) }
                numbers[label] = labels.count
                labels.append(label)
                return .blank(labels.count - 1)
            }
        }
        var converted: [(DatasetTerm, String, DatasetTerm, DatasetTerm?)] = []
        converted.reserveCapacity(input.count)
        for quad in input {
            guard case .iri(let predicate) = quad.predicate, !quad.subject.isLiteral, !(quad.graph?.isLiteral ?? false) else {
                throw .notRDF(String(NQuads.line(quad).dropLast()))
            }
            converted.append((term(quad.subject), predicate, term(quad.object), quad.graph.map(term)))
        }
        self.init(expectedQuads: input.count, producerLabels: labels, escapesIRIs: true)
        for (subject, predicate, object, graph) in converted { add(subject, predicate, object, graph: graph) }
    }

    /// The number of distinct blank nodes.
    var blankNodeCount: Int { producerNumbers.count }

    /// A blank node's label as its producer gave it (without `_:`).
    func label(of index: Int) -> String {
        let number = producerNumbers[index]
        return producerLabels?[number] ?? "b\(number)"
    }

    mutating func add(_ subject: DatasetTerm, _ predicate: String, _ object: DatasetTerm, graph: DatasetTerm?) {
        let quad = quads.count
        let s = part(subject, quad: quad)
        let start = arena.count
        appendIRI(predicate)
        let p = IndexedQuad.Part.text(start..<arena.count)
        let o = part(object, quad: quad)
        let g = graph.map { part($0, quad: quad) }
        quads.append(IndexedQuad(subject: s, predicateIRI: predicate, predicate: p, object: o, graph: g))
    }

    private mutating func part(_ term: DatasetTerm, quad: Int) -> IndexedQuad.Part {
        let start = arena.count
        switch term {
        case .iri(let iri): appendIRI(iri)
        case .literal(let literal): NQuads.append(.literal(literal), to: &arena)
        case .blank(let number):
            if number >= indexOfNumber.count { indexOfNumber += repeatElement(-1, count: number + 1 - indexOfNumber.count) }
            var n = indexOfNumber[number]
            if n < 0 {
                n = producerNumbers.count
                indexOfNumber[number] = n
                producerNumbers.append(number)
                quadsOf.append([])
            }
            if quadsOf[n].last != quad { quadsOf[n].append(quad) }
            return .blank(n)
        }
        return .text(start..<arena.count)
    }

    private mutating func appendIRI(_ iri: String) {
        guard !escapesIRIs else { return NQuads.append(.iri(iri), to: &arena) }
        arena.append(UInt8(ascii: "<"))
        arena.append(contentsOf: iri.utf8)
        arena.append(UInt8(ascii: ">"))
    }

    /// The dataset without repeated quads (a set, as RDF has it): the same terms and blank node indices.
    func distinct() -> IndexedDataset {
        var copy = self
        var seen = Set<[UInt8]>()
        copy.quads = []
        copy.quadsOf = Array(repeating: [], count: quadsOf.count)
        for quad in quads {
            var line: [UInt8] = []
            quad.write(to: &line, arena: arena) { Array("_:\($0)".utf8) }
            guard seen.insert(line).inserted else { continue }
            let i = copy.quads.count
            for case .blank(let n)? in [quad.subject, quad.object, quad.graph] where copy.quadsOf[n].last != i {
                copy.quadsOf[n].append(i)
            }
            copy.quads.append(quad)
        }
        return copy
    }
}

/// A quad with its terms already in N-Quads form, blank nodes by index.
struct IndexedQuad {
    /// A term: where its N-Quads bytes are in the dataset's arena, or a blank node's index.
    enum Part {
        case text(Range<Int>)
        case blank(Int)
    }
    let subject: Part
    let predicateIRI: String
    let predicate: Part
    let object: Part
    let graph: Part?

    /// Appends the N-Quads line, each blank node written as `label` says (including `_:`).
    func write(to out: inout [UInt8], arena: [UInt8], label: (Int) -> [UInt8]) {
        func append(_ part: Part) {
            switch part {
            case .text(let range): out.append(contentsOf: arena[range])
            case .blank(let n): out.append(contentsOf: label(n))
            }
        }
        append(subject)
        out.append(0x20)
        append(predicate)
        out.append(0x20)
        append(object)
        if let graph {
            out.append(0x20)
            append(graph)
        }
        out.append(0x20)
        out.append(0x2E)
        out.append(0x0A)   // " .\n"
    }
}

/// The quads of a dataset as ``RDFQuad`` values, each once (`JSONLD.toRDF`'s answer), blank nodes `b0`, `b1`, ….
struct QuadList: DatasetSink {
    private(set) var quads: [RDFQuad] = []
    private var seen = Set<RDFQuad>()

    mutating func add(_ subject: DatasetTerm, _ predicate: String, _ object: DatasetTerm, graph: DatasetTerm?) {
        let quad = RDFQuad(Self.term(subject), .iri(predicate), Self.term(object), graph: graph.map(Self.term))
        if seen.insert(quad).inserted { quads.append(quad) }
    }

    private static func term(_ term: DatasetTerm) -> RDFTerm {
        switch term {
        case .iri(let iri): .iri(iri)
        case .blank(let number): .blank("b\(number)")
        case .literal(let literal): .literal(literal)
        }
    }
}
