import Testing
@testable import CairnCredentials

/// Input built to hurt: deep nesting, contexts that load themselves, contexts that are not there.
@Suite struct HostileInputTests {
    static func nested(_ depth: Int) throws -> JSON {
        try JSON(parsing: String(repeating: "{\"http://example.org/p\":", count: depth) + "1" + String(repeating: "}", count: depth))
    }

    @Test func aDocumentNestedToTheLimitGoesToRDF() throws {
        let quads = try JSONLD.toRDF(try Self.nested(Expander.maximumDepth))
        #expect(quads.count == Expander.maximumDepth)
    }

    @Test func aDocumentNestedDeeperIsRefusedWithAReason() throws {
        let document = try Self.nested(500)
        #expect(throws: JSONLDError(.documentTooDeep, "the document nests objects and arrays more than 128 deep")) {
            try JSONLD.toRDF(document)
        }
    }

    @Test func aContextThatLoadsItselfStopsWithContextOverflow() {
        let loader = DocumentLoader { url throws(DocumentLoaderError) in
            RemoteDocument(url: url, document: ["@context": [.string(url + "x"), ["name": "https://schema.org/name"]]])
        }
        do {
            _ = try JSONLD.expand(["@context": "https://example.com/a", "name": "Ada"], options: JSONLD.Options(loader: loader))
            Issue.record("expansion should have failed")
        } catch {
            #expect(error.code == .contextOverflow)
        }
    }

    @Test func aTypeThatIsNotDefinedBecomesARelativeIRIAndIsLeftOutOfRDF() throws {
        let document: JSON = ["@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:1",
                              "type": ["VerifiableCredential", "UndefinedThing"]]
        let quads = try JSONLD.toRDF(document, options: JSONLD.Options(base: nil))
        #expect(quads.count == 1)
    }
}
