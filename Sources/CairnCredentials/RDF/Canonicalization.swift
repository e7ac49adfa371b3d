/// RDF Dataset Canonicalization, W3C RDFC-1.0 (https://www.w3.org/TR/rdf-canon/): gives every
/// blank node of a dataset a label (`c14n0`, `c14n1`, …) that depends only on the dataset's shape,
/// so that two isomorphic datasets print as the same canonical N-Quads and can be hashed and signed.
///
/// ```swift
/// let result = try RDFCanonicalizer().canonicalize(quads)      // SHA-256
/// result.nquads   // the canonical N-Quads text, lines sorted in code point order
/// result.issued   // input blank node label → canonical label, e.g. "b0" → "c14n1"
/// ```
///
/// A dataset whose blank nodes are all alike and all linked (a "poison graph") would take factorial
/// time; the work is bounded by a number of Hash N-Degree Quads calls, past which canonicalization
/// stops with ``RDFCanonicalizationError/tooComplex(limit:)``.
public struct RDFCanonicalizer: Sendable {
    /// The hash function RDFC-1.0 runs with: SHA-256 unless the caller asks for SHA-384.
    public var hash: DigestAlgorithm
    /// How many times Hash N-Degree Quads may run for one dataset before it is refused; nil for the
    /// default, ``defaultCallLimit(blankNodes:)``.
    public var maxHashNDegreeCalls: Int?

    public init(hash: DigestAlgorithm = .sha256, maxHashNDegreeCalls: Int? = nil) {
        self.hash = hash
        self.maxHashNDegreeCalls = maxHashNDegreeCalls
    }

    /// The default bound on Hash N-Degree Quads calls: 1,000 plus 10 per blank node.
    ///
    /// Credentials need none or a few calls (one per blank node that is not told apart by its own
    /// quads); the hardest test of the W3C suite that must succeed ("poison – evil") needs 468. A
    /// poison graph of 10 blank nodes reaches the bound in about 25 ms (release build).
    public static func defaultCallLimit(blankNodes: Int) -> Int {
        1_000 + 10 * blankNodes
    }

    /// Canonicalizes a dataset with the default bound on work; `hash` is SHA-256 unless given.
    public static func canonicalize(_ quads: [RDFQuad], hash: DigestAlgorithm = .sha256)
        throws(RDFCanonicalizationError) -> CanonicalDataset {
        try RDFCanonicalizer(hash: hash).canonicalize(quads)
    }

    /// Canonicalizes a dataset: relabels its blank nodes and returns the canonical N-Quads.
    ///
    /// The input is a set: a quad given twice counts once. Blank node labels are the input's own
    /// (`RDFTerm.blank` without `_:`), and `issued` maps each of them to its canonical label.
    public func canonicalize(_ quads: [RDFQuad]) throws(RDFCanonicalizationError) -> CanonicalDataset {
        try canonicalize(try IndexedDataset(quads))
    }

    /// Canonicalizes a dataset already indexed (as `toRdf` writes it when a document is signed or verified).
    func canonicalize(_ dataset: IndexedDataset) throws(RDFCanonicalizationError) -> CanonicalDataset {
        // Datasets from JSON-LD seldom repeat a quad: run without looking for repeats, and again
        // without them in the rare case the sorted lines show one.
        do {
            var run = CanonicalizationRun(dataset, hash: hash, limit: maxHashNDegreeCalls)
            try run.issueCanonicalLabels()
            if let result = run.result() { return result }
        } catch .tooComplex(let limit) {
            // A repeated quad can add work: the verdict is the one on the distinct quads.
            guard dataset.distinct().quads.count < dataset.quads.count else { throw .tooComplex(limit: limit) }
        }
        var run = CanonicalizationRun(dataset.distinct(), hash: hash, limit: maxHashNDegreeCalls)
        try run.issueCanonicalLabels()
        return run.result()!
    }
}

/// The outcome of canonicalizing a dataset.
public struct CanonicalDataset: Sendable, Equatable {
    /// The canonical N-Quads document in UTF-8, what is hashed and signed: read as text it is ``nquads``.
    public let bytes: [UInt8]
    /// The canonical N-Quads document: one line per quad, each ending in `\n`, in code point order.
    public var nquads: String { String(decoding: bytes, as: UTF8.self) }
    /// The issued identifiers map: input blank node label → canonical label (`c14nN`), without `_:`.
    public let issued: [String: String]
    /// How many times Hash N-Degree Quads ran: a measure of the work the dataset took.
    public let hashNDegreeCalls: Int

    /// The canonical N-Quads lines, each ending in `\n`, in code point order.
    public var lines: [String] {
        nquads.split(separator: "\n").map { $0 + "\n" }
    }
}

/// Why a dataset could not be canonicalized.
public enum RDFCanonicalizationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Hash N-Degree Quads was called more times than allowed: the blank nodes are too alike and
    /// too interlinked (a "poison graph"), and finishing could take practically forever.
    case tooComplex(limit: Int)
    /// A quad that is not RDF: its subject or graph name is a literal, or its predicate is not an IRI.
    case notRDF(String)

    public var description: String {
        switch self {
        case .tooComplex(let limit):
            "the dataset's blank nodes are too alike and interlinked to canonicalize: "
                + "over \(limit) Hash N-Degree Quads steps (RDFC-1.0 poison graph)"
        case .notRDF(let quad):
            "not an RDF statement (a literal as subject or graph, or a predicate that is not an IRI): \(quad)"
        }
    }
}
