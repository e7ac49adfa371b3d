import Foundation

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
    /// poison graph of 10 blank nodes reaches the bound in about 20 ms (release build).
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
        var run = CanonicalizationRun(quads, hash: hash, limit: maxHashNDegreeCalls)
        try run.issueCanonicalLabels()
        return run.result()
    }
}

/// The outcome of canonicalizing a dataset.
public struct CanonicalDataset: Sendable, Equatable {
    /// The canonical N-Quads lines (each ending in `\n`), in code point order.
    public let lines: [String]
    /// The issued identifiers map: input blank node label → canonical label (`c14nN`), without `_:`.
    public let issued: [String: String]
    /// How many times Hash N-Degree Quads ran: a measure of the work the dataset took.
    public let hashNDegreeCalls: Int

    /// The canonical N-Quads document: the lines joined.
    public var nquads: String { lines.joined() }
}

/// Why a dataset could not be canonicalized.
public enum RDFCanonicalizationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Hash N-Degree Quads was called more times than allowed: the blank nodes are too alike and
    /// too interlinked (a "poison graph"), and finishing could take practically forever.
    case tooComplex(limit: Int)

    public var description: String {
        switch self {
        case .tooComplex(let limit):
            "the dataset's blank nodes are too alike and interlinked to canonicalize: "
                + "over \(limit) Hash N-Degree Quads steps (RDFC-1.0 poison graph)"
        }
    }
}

// MARK: - The algorithm

/// One run of RDFC-1.0 over one dataset (the spec's canonicalization state).
private struct CanonicalizationRun {
    let digest: DigestAlgorithm
    var limit = 0
    var calls = 0
    /// The distinct quads, blank nodes replaced by their index.
    let quads: [IndexedQuad]
    /// Each blank node's input label, by index in order of first appearance.
    let labels: [String]
    /// The blank node to quads map: for each blank node, the quads it appears in (each once).
    let quadsOf: [[Int]]
    /// Each blank node's Hash First Degree Quads.
    var firstDegree: [String] = []
    /// The canonical issuer: each blank node's canonical label once issued.
    var canonical: [String?]
    var canonicalCount = 0

    init(_ input: [RDFQuad], hash: DigestAlgorithm, limit: Int?) {
        digest = hash
        var seen = Set<RDFQuad>()
        var index: [String: Int] = [:]
        var labels: [String] = []
        var quadsOf: [[Int]] = []
        var quads: [IndexedQuad] = []
        func part(_ term: RDFTerm, quad: Int) -> IndexedQuad.Part {
            guard case .blank(let label) = term else { return .text(NQuads.term(term)) }
            let n: Int
            if let known = index[label] {
                n = known
            } else {
                n = labels.count
                index[label] = n
                labels.append(label)
                quadsOf.append([])
            }
            if quadsOf[n].last != quad { quadsOf[n].append(quad) }
            return .blank(n)
        }
        for quad in input where seen.insert(quad).inserted {
            let i = quads.count
            guard case .iri(let predicate) = quad.predicate else {
                preconditionFailure("an RDF predicate is always an IRI")
            }
            let s = part(quad.subject, quad: i)
            let o = part(quad.object, quad: i)
            let g = quad.graph.map { part($0, quad: i) }
            quads.append(IndexedQuad(subject: s, predicateIRI: predicate,
                                     predicate: NQuads.term(quad.predicate), object: o, graph: g))
        }
        self.quads = quads
        self.labels = labels
        self.quadsOf = quadsOf
        canonical = Array(repeating: nil, count: labels.count)
        self.limit = limit ?? RDFCanonicalizer.defaultCallLimit(blankNodes: labels.count)
    }

    /// Steps 3 to 5 of the canonicalization algorithm: every blank node gets its canonical label.
    mutating func issueCanonicalLabels() throws(RDFCanonicalizationError) {
        firstDegree = labels.indices.map(hashFirstDegreeQuads)
        var nodesByHash: [String: [Int]] = [:]
        for n in labels.indices { nodesByHash[firstDegree[n], default: []].append(n) }
        let hashes = nodesByHash.keys.sorted(by: codePointOrder)
        // Unique first-degree hashes are labelled first, in hash order.
        for hash in hashes where nodesByHash[hash]!.count == 1 {
            issueCanonical(nodesByHash[hash]![0])
        }
        for hash in hashes where nodesByHash[hash]!.count > 1 {
            var paths: [(hash: String, issuer: TemporaryIssuer)] = []
            for n in nodesByHash[hash]! where canonical[n] == nil {
                var issuer = TemporaryIssuer()
                _ = issuer.issue(n)
                paths.append(try hashNDegreeQuads(n, issuer: issuer))
            }
            let order = paths.indices.sorted {
                paths[$0].hash == paths[$1].hash ? $0 < $1 : codePointOrder(paths[$0].hash, paths[$1].hash)
            }
            for i in order {
                for n in paths[i].issuer.order { issueCanonical(n) }
            }
        }
    }

    mutating func issueCanonical(_ n: Int) {
        guard canonical[n] == nil else { return }
        canonical[n] = "c14n\(canonicalCount)"
        canonicalCount += 1
    }

    /// Step 6 onward: the quads relabelled, serialized and sorted, and the issued identifiers map.
    func result() -> CanonicalDataset {
        let lines = quads.map { quad in quad.line { "_:" + canonical[$0]! } }.sorted(by: codePointOrder)
        var issued: [String: String] = [:]
        for n in labels.indices { issued[labels[n]] = canonical[n]! }
        return CanonicalDataset(lines: lines, issued: issued, hashNDegreeCalls: calls)
    }

    /// Hash First Degree Quads (RDFC-1.0 §4.6): the node's quads with itself as `_:a`, every other
    /// blank node as `_:z`, sorted and hashed.
    func hashFirstDegreeQuads(_ n: Int) -> String {
        let lines = quadsOf[n].map { quads[$0].line { $0 == n ? "_:a" : "_:z" } }.sorted(by: codePointOrder)
        return digest.hexHash(lines.joined())
    }

    /// Hash Related Blank Node (RDFC-1.0 §4.7): how `related` is linked to the node being hashed.
    func hashRelatedBlankNode(_ related: Int, in quad: IndexedQuad, issuer: TemporaryIssuer,
                              position: String) -> String {
        var input = position
        if position != "g" { input += "<" + quad.predicateIRI + ">" }
        if let label = canonical[related] {
            input += "_:" + label
        } else if let label = issuer.labels[related] {
            input += "_:" + label
        } else {
            input += firstDegree[related]
        }
        return digest.hexHash(input)
    }

    /// Hash N-Degree Quads (RDFC-1.0 §4.8): a hash of the node's neighbourhood, exploring every
    /// order of alike neighbours and keeping the least path; returns the issuer that path made.
    mutating func hashNDegreeQuads(_ n: Int, issuer start: TemporaryIssuer)
        throws(RDFCanonicalizationError) -> (hash: String, issuer: TemporaryIssuer) {
        calls += 1
        guard calls <= limit else { throw .tooComplex(limit: limit) }
        var issuer = start
        var relatedByHash: [String: [Int]] = [:]
        for q in quadsOf[n] {
            let quad = quads[q]
            for (part, position) in [(quad.subject, "s"), (quad.object, "o"), (quad.graph, "g")] {
                guard case .blank(let related)? = part, related != n else { continue }
                let hash = hashRelatedBlankNode(related, in: quad, issuer: issuer, position: position)
                relatedByHash[hash, default: []].append(related)
            }
        }
        var data = ""
        for hash in relatedByHash.keys.sorted(by: codePointOrder) {
            data += hash
            let related = relatedByHash[hash]!
            var chosenPath = ""
            var chosenIssuer = issuer
            var order = Array(related.indices)
            var more = true
            permutations: while more {
                let permutation = order.map { related[$0] }
                more = nextPermutation(&order)
                var copy = issuer
                var path = ""
                var recursion: [Int] = []
                for node in permutation {
                    if let label = canonical[node] {
                        path += "_:" + label
                    } else {
                        if copy.labels[node] == nil { recursion.append(node) }
                        path += "_:" + copy.issue(node)
                    }
                    if isWorse(path, than: chosenPath) { continue permutations }
                }
                for node in recursion {
                    let result = try hashNDegreeQuads(node, issuer: copy)
                    path += "_:" + copy.issue(node) + "<" + result.hash + ">"
                    copy = result.issuer
                    if isWorse(path, than: chosenPath) { continue permutations }
                }
                if chosenPath.isEmpty || codePointOrder(path, chosenPath) {
                    chosenPath = path
                    chosenIssuer = copy
                }
            }
            data += chosenPath
            issuer = chosenIssuer
        }
        return (digest.hexHash(data), issuer)
    }

    /// True when a path being built can no longer beat the chosen one (steps 5.4.4.3 and 5.4.5.5).
    func isWorse(_ path: String, than chosen: String) -> Bool {
        !chosen.isEmpty && path.utf8.count >= chosen.utf8.count && codePointOrder(chosen, path)
    }
}

/// A quad with its terms already in N-Quads form, blank nodes by index.
private struct IndexedQuad {
    enum Part {
        case text(String)
        case blank(Int)
    }
    let subject: Part
    let predicateIRI: String
    let predicate: String
    let object: Part
    let graph: Part?

    /// The N-Quads line with each blank node written as `label` says (including `_:`).
    func line(_ label: (Int) -> String) -> String {
        func text(_ part: Part) -> String {
            switch part {
            case .text(let text): text
            case .blank(let n): label(n)
            }
        }
        var out = text(subject) + " " + predicate + " " + text(object)
        if let graph { out += " " + text(graph) }
        return out + " .\n"
    }
}

/// An identifier issuer for temporary labels (`b0`, `b1`, …), remembering the order it issued them.
private struct TemporaryIssuer {
    var labels: [Int: String] = [:]
    var order: [Int] = []

    mutating func issue(_ n: Int) -> String {
        if let label = labels[n] { return label }
        let label = "b\(order.count)"
        labels[n] = label
        order.append(n)
        return label
    }
}

/// Code point order, as RDFC-1.0 sorts hashes, paths and lines (UTF-8 byte order is code point order).
private func codePointOrder(_ a: String, _ b: String) -> Bool {
    var (a, b) = (a, b)
    return a.withUTF8 { x in
        b.withUTF8 { y in
            let common = min(x.count, y.count)
            let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
            return order != 0 ? order < 0 : x.count < y.count
        }
    }
}

/// Steps `indices` to the next permutation in lexicographic order; false after the last one.
private func nextPermutation(_ indices: inout [Int]) -> Bool {
    guard indices.count > 1 else { return false }
    var i = indices.count - 2
    while i >= 0 && indices[i] >= indices[i + 1] { i -= 1 }
    guard i >= 0 else { return false }
    var j = indices.count - 1
    while indices[j] <= indices[i] { j -= 1 }
    indices.swapAt(i, j)
    indices[(i + 1)...].reverse()
    return true
}
