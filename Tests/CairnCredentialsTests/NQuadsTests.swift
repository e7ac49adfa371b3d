import Testing
@testable import CairnCredentials

@Suite struct NQuadsTests {
    @Test func aQuadIsWrittenInCanonicalForm() {
        let quad = RDFQuad(.blank("c14n0"), .iri("http://schema.org/name"),
                           .literal(RDFLiteral("Ada \"the\" teacher\n")), graph: .iri("urn:g"))
        #expect(NQuads.line(quad) == "_:c14n0 <http://schema.org/name> \"Ada \\\"the\\\" teacher\\n\" <urn:g> .\n")
    }

    @Test func anIRIByteIsWrittenAsItIsExactlyWhenNQuadsAllowsIt() {
        let escaped = Set<UInt8>(Array(UInt8(0)...0x20) + Array("<>\"{}|^`\\".utf8))
        for byte in UInt8.min...UInt8.max {
            #expect(NQuads.isPlainIRIByte(byte) == !escaped.contains(byte), "byte \(byte)")
        }
    }

    @Test func typedAndLanguageLiteralsKeepTheirTags() {
        let typed = RDFQuad(.iri("urn:a"), .iri("urn:p"), .literal(RDFLiteral("1", datatype: "http://www.w3.org/2001/XMLSchema#integer")))
        let tagged = RDFQuad(.iri("urn:a"), .iri("urn:p"), .literal(RDFLiteral("chat", language: "fr")))
        #expect(NQuads.serialize([typed, tagged]) ==
            "<urn:a> <urn:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<urn:a> <urn:p> \"chat\"@fr .\n")
    }

    @Test func parsingReadsBackWhatWasWritten() throws {
        let text = """
        # a comment
        _:b0 <urn:p> "tab\\there"@en-GB <urn:g> .
        <urn:s> <urn:p> "\\u00E9t\\u00E9"^^<urn:type> .

        <urn:s> <urn:p> _:b1.
        """
        let quads = try NQuads.parse(text)
        #expect(quads.count == 3)
        #expect(quads[0].object == .literal(RDFLiteral("tab\there", language: "en-GB")))
        #expect(quads[0].graph == .iri("urn:g"))
        #expect(quads[1].object == .literal(RDFLiteral("été", datatype: "urn:type")))
        #expect(quads[2].object == .blank("b1"))
        #expect(try NQuads.parse(NQuads.serialize(quads)) == quads)
    }

    @Test func aBrokenLineIsRefusedWithItsNumber() {
        #expect(throws: NQuads.SyntaxError(line: 2, reason: "expected “.” at the end of the statement")) {
            try NQuads.parse("<urn:a> <urn:p> <urn:o> .\n<urn:a> <urn:p> <urn:o>\n")
        }
        #expect(throws: NQuads.SyntaxError.self) { try NQuads.parse("\"lit\" <urn:p> <urn:o> .") }
    }
}
