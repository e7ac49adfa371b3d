import Foundation
import Testing
@testable import CairnCredentials

@Suite struct RDFCanonicalizationTests {
    @Test(arguments: ["vectors/ob-v3p0-canon/obv3p0/document-canon.txt",
                      "vectors/ob-v3p0-canon/clrv2p0/document-canon.txt",
                      "vectors/vc-di-eddsa/eddsa-rdfc-2022/canonDocDataInt.txt"])
    func aCanonicalDocumentCanonicalizesToItself(path: String) throws {
        let canonical = try TestVectors.text(path)
        #expect(try RDFCanonicalizer.canonicalize(NQuads.parse(canonical)).nquads == canonical)
    }

    @Test func relabellingAndReorderingTheInputChangesNothing() throws {
        let quads = CredentialFixture.quads()
        let expected = try RDFCanonicalizer.canonicalize(quads)
        // Given the same dataset with other blank node labels, in another order
        func rename(_ term: RDFTerm) -> RDFTerm {
            if case .blank(let label) = term { return .blank("other-" + String(label.reversed())) }
            return term
        }
        var generator = SeededGenerator(seed: 12)
        let shuffled = quads.map { RDFQuad(rename($0.subject), $0.predicate, rename($0.object), graph: $0.graph.map(rename)) }
            .shuffled(using: &generator)
        // Then the canonical form is the same, and the map is the same up to the renaming
        let result = try RDFCanonicalizer.canonicalize(shuffled)
        #expect(result.nquads == expected.nquads)
        #expect(result.issued.count == expected.issued.count)
        for (label, canonical) in expected.issued {
            #expect(result.issued["other-" + String(label.reversed())] == canonical)
        }
    }

    @Test func aQuadGivenTwiceCountsOnce() throws {
        let quad = RDFQuad(.blank("x"), .iri("urn:p"), .literal(RDFLiteral("v")))
        let result = try RDFCanonicalizer.canonicalize([quad, quad])
        #expect(result.nquads == "_:c14n0 <urn:p> \"v\" .\n")
        #expect(result.issued == ["x": "c14n0"])
    }

    @Test func repeatedQuadsInAHardDatasetChangeNothing() throws {
        // "poison – evil (1)" of the W3C suite with every fifth quad given twice.
        let input = try NQuads.parse(TestVectors.text("rdf-canon-tests/rdfc10/test044-in.nq"))
        let repeated = input.enumerated().flatMap { $0.offset % 5 == 0 ? [$0.element, $0.element] : [$0.element] }
        #expect(try RDFCanonicalizer.canonicalize(repeated) == RDFCanonicalizer.canonicalize(input))
    }

    @Test func aDatasetWithoutBlankNodesIsSortedAndNeedsNoHashing() throws {
        let result = try RDFCanonicalizer.canonicalize([
            RDFQuad(.iri("urn:b"), .iri("urn:p"), .iri("urn:o")),
            RDFQuad(.iri("urn:a"), .iri("urn:p"), .literal(RDFLiteral("é"))),
        ])
        #expect(result.nquads == "<urn:a> <urn:p> \"é\" .\n<urn:b> <urn:p> <urn:o> .\n")
        #expect(result.issued.isEmpty && result.hashNDegreeCalls == 0)
    }

    @Test func aQuadThatIsNotRDFIsRefusedNotCrashedOn() {
        let literal = RDFTerm.literal(RDFLiteral("x"))
        #expect(throws: RDFCanonicalizationError.notRDF("_:b0 _:p <urn:o> .")) {
            try RDFCanonicalizer.canonicalize([RDFQuad(.blank("b0"), .blank("p"), .iri("urn:o"))])
        }
        #expect(throws: RDFCanonicalizationError.self) {
            try RDFCanonicalizer.canonicalize([RDFQuad(literal, .iri("urn:p"), .iri("urn:o"))])
        }
        #expect(throws: RDFCanonicalizationError.self) {
            try RDFCanonicalizer.canonicalize([RDFQuad(.iri("urn:s"), .iri("urn:p"), .iri("urn:o"), graph: literal)])
        }
    }

    @Test func theBoundOnHashNDegreeCallsIsAParameter() throws {
        // "poison – evil (1)" needs 468 calls: allowed by default, refused under a bound of 100.
        let input = try NQuads.parse(TestVectors.text("rdf-canon-tests/rdfc10/test044-in.nq"))
        #expect(try RDFCanonicalizer().canonicalize(input).hashNDegreeCalls == 468)
        #expect(throws: RDFCanonicalizationError.tooComplex(limit: 100)) {
            try RDFCanonicalizer(maxHashNDegreeCalls: 100).canonicalize(input)
        }
        #expect(RDFCanonicalizationError.tooComplex(limit: 100).description.contains("over 100 Hash N-Degree Quads steps"))
    }

    @Test func aCredentialOfOverTwoHundredQuadsTakesFewHashNDegreeCalls() throws {
        let quads = CredentialFixture.quads()
        #expect(quads.count > 200)
        let result = try RDFCanonicalizer.canonicalize(quads)
        #expect(result.lines.count == quads.count)
        #expect(result.hashNDegreeCalls <= 4)
    }
}

/// A dataset shaped like an Open Badges 3.0 credential with six rubric results: IRIs for the
/// credential, issuer and achievement; blank nodes for results, levels, alignments and images.
enum CredentialFixture {
    static func quads() -> [RDFQuad] {
        let ob = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
        let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
        let name = "https://schema.org/name"
        let description = "https://schema.org/description"
        var quads: [RDFQuad] = []
        var blank = 0
        func node() -> RDFTerm { blank += 1; return .blank("b\(blank)") }
        func add(_ s: RDFTerm, _ p: String, _ o: RDFTerm) { quads.append(RDFQuad(s, .iri(p), o)) }
        func text(_ s: String) -> RDFTerm { .literal(RDFLiteral(s)) }
        let credential = RDFTerm.iri("urn:uuid:5b0b0fb4-4e2e-4a2c-9c1f-1f7f4c0b9a10")
        let issuer = RDFTerm.iri("did:web:district.example.org")
        let achievement = RDFTerm.iri("https://district.example.org/achievements/formative-assessment")
        add(credential, rdfType, .iri("https://www.w3.org/2018/credentials#VerifiableCredential"))
        add(credential, rdfType, .iri(ob + "OpenBadgeCredential"))
        add(credential, "https://www.w3.org/2018/credentials#issuer", issuer)
        add(credential, "https://www.w3.org/2018/credentials#validFrom",
            .literal(RDFLiteral("2026-12-06T03:00:00Z", datatype: "http://www.w3.org/2001/XMLSchema#dateTime")))
        add(issuer, rdfType, .iri(ob + "Profile"))
        add(issuer, name, text("Lakeside School District"))
        let subject = node()
        add(credential, "https://www.w3.org/2018/credentials#credentialSubject", subject)
        add(subject, rdfType, .iri(ob + "AchievementSubject"))
        add(subject, ob + "achievement", achievement)
        let identity = node()
        add(subject, ob + "identifier", identity)
        add(identity, rdfType, .iri(ob + "IdentityObject"))
        add(identity, ob + "identityHash", text("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399"))
        add(achievement, rdfType, .iri(ob + "Achievement"))
        add(achievement, name, text("Formative assessment in practice"))
        for picture in [credential, issuer, achievement] {
            let image = node()
            add(picture, ob + "image", image)
            add(image, rdfType, .iri(ob + "Image"))
            add(image, ob + "caption", text("Badge image"))   // alike: told apart by their parent
        }
        for criterion in 1...6 {
            let resultDescription = node()
            add(achievement, ob + "resultDescription", resultDescription)
            add(resultDescription, rdfType, .iri(ob + "ResultDescription"))
            add(resultDescription, name, text("Criterion \(criterion)"))
            add(resultDescription, ob + "resultType", text("RubricCriterionLevel"))
            for level in 1...4 {
                let rubricLevel = node()
                add(resultDescription, ob + "rubricCriterionLevel", rubricLevel)
                add(rubricLevel, rdfType, .iri(ob + "RubricCriterionLevel"))
                add(rubricLevel, name, text("Level \(level) of criterion \(criterion)"))
                add(rubricLevel, description, text("What level \(level) looks like for criterion \(criterion)."))
                add(rubricLevel, ob + "level", text("\(level)"))
            }
            let alignment = node()
            add(resultDescription, ob + "alignment", alignment)
            add(alignment, rdfType, .iri(ob + "Alignment"))
            add(alignment, ob + "targetName", text("Standard \(criterion)"))
            add(alignment, ob + "targetUrl", .iri("https://case.example.org/standards/\(criterion)"))
            let result = node()
            add(subject, ob + "result", result)
            add(result, rdfType, .iri(ob + "Result"))
            add(result, ob + "resultDescription", resultDescription)
            add(result, ob + "achievedLevel", text("Level \(criterion % 4 + 1) of criterion \(criterion)"))
        }
        for evidence in 1...3 {
            let item = node()
            add(credential, ob + "evidence", item)
            add(item, rdfType, .iri(ob + "Evidence"))
            add(item, name, text("Evidence \(evidence)"))
            add(item, description, text("A lesson video and reflection, part \(evidence)."))
        }
        return quads
    }
}

/// A small deterministic random number generator (SplitMix64) for shuffles that repeat.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
