import Foundation

/// One run of RDFC-1.0 over one dataset (the spec's canonicalization state), for ``RDFCanonicalizer``.
struct CanonicalizationRun {
    let digest: DigestAlgorithm
    var limit = 0
    var calls = 0
    /// The dataset: its terms' bytes, its quads with blank nodes by index, each blank node's quads.
    let dataset: IndexedDataset
    // The dataset's parts, held here so that reading them in a loop takes no reference each time.
    /// The N-Quads bytes of every IRI and literal of the dataset, which the quads point into.
    let arena: [UInt8]
    /// The quads, blank nodes replaced by their index.
    let quads: [IndexedQuad]
    /// The blank node to quads map: for each blank node, the quads it appears in (each once).
    let quadsOf: [[Int]]
    /// Each blank node's Hash First Degree Quads.
    var firstDegree: [String] = []
    /// The canonical issuer: each blank node's canonical label once issued.
    var canonical: [String?]
    var canonicalCount = 0

    /// A run over a dataset taken to hold each quad once (``result()`` tells when it did not).
    init(_ dataset: IndexedDataset, hash: DigestAlgorithm, limit: Int?) {
        digest = hash
        self.dataset = dataset
        (arena, quads, quadsOf) = (dataset.arena, dataset.quads, dataset.quadsOf)
        canonical = Array(repeating: nil, count: dataset.blankNodeCount)
        self.limit = limit ?? RDFCanonicalizer.defaultCallLimit(blankNodes: dataset.blankNodeCount)
    }

    /// Steps 3 to 5 of the canonicalization algorithm: every blank node gets its canonical label.
    mutating func issueCanonicalLabels() throws(RDFCanonicalizationError) {
        let nodes = 0..<dataset.blankNodeCount
        firstDegree = nodes.map(hashFirstDegreeQuads)
        var nodesByHash: [String: [Int]] = [:]
        for n in nodes { nodesByHash[firstDegree[n], default: []].append(n) }
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

    /// Step 6 onward: the quads relabelled, serialized and sorted, and the issued identifiers map;
    /// nil when two lines are the same, which happens only when the input repeated a quad.
    func result() -> CanonicalDataset? {
        let written = canonical.map { Array(("_:" + $0!).utf8) }
        var lines = LineBuffer(capacity: arena.count + quads.count * 16)
        for quad in quads { lines.add { quad.write(to: &$0, arena: arena) { written[$0] } } }
        guard let document = lines.sortedDocument(distinct: true) else { return nil }
        var issued: [String: String] = [:]
        for n in 0..<dataset.blankNodeCount { issued[dataset.label(of: n)] = canonical[n]! }
        return CanonicalDataset(bytes: document, issued: issued,
                                hashNDegreeCalls: calls)
    }

    /// Hash First Degree Quads (RDFC-1.0 §4.6): the node's quads with itself as `_:a`, every other
    /// blank node as `_:z`, sorted and hashed.
    func hashFirstDegreeQuads(_ n: Int) -> String {
        var lines = LineBuffer(capacity: quadsOf[n].count * 160)
        for q in quadsOf[n] {
            lines.add { quads[q].write(to: &$0, arena: arena) { $0 == n ? firstDegreeSelf : firstDegreeOther } }
        }
        return Hex.encode(digest.hash(lines.sortedDocument(distinct: false)!))
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

/// Lines written one after another into one buffer, then put in code point order (UTF-8 byte
/// order) without a separate allocation per line.
struct LineBuffer {
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Adds the line `write` appends.
    mutating func add(_ write: (inout [UInt8]) -> Void) {
        let start = bytes.count
        write(&bytes)
        ranges.append(start..<bytes.count)
    }

    /// The lines in code point order, joined; nil if `distinct` and two lines are the same.
    func sortedDocument(distinct: Bool) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress
            func compare(_ a: Range<Int>, _ b: Range<Int>) -> Int32 {
                let common = min(a.count, b.count)
                let compared = common == 0 ? 0 : memcmp(base! + a.lowerBound, base! + b.lowerBound, common)
                return compared != 0 ? compared : Int32(a.count < b.count ? -1 : a.count > b.count ? 1 : 0)
            }
            let order = ranges.sorted { compare($0, $1) < 0 }
            if distinct, order.indices.dropFirst().contains(where: { compare(order[$0 - 1], order[$0]) == 0 }) {
                return nil
            }
            var document: [UInt8] = []
            document.reserveCapacity(buffer.count)
            for range in order { document.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[range])) }
            return document
        }
    }
}

/// An identifier issuer for temporary labels (`b0`, `b1`, …), remembering the order it issued them.
struct TemporaryIssuer {
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

private let firstDegreeSelf = Array("_:a".utf8)
private let firstDegreeOther = Array("_:z".utf8)

/// Code point order, as RDFC-1.0 sorts hashes and paths. Both are ASCII (hexadecimal digests,
/// `_:` labels, `<` and `>`), for which Swift's `<` compares the bytes.
private func codePointOrder(_ a: String, _ b: String) -> Bool {
    a < b
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
