import Testing
@testable import CairnCredentials

@Suite struct DocumentLoaderTests {
    @Test func everyBundledContextLoadsAsAContextDocument() throws {
        #expect(DocumentLoader.bundledURLs.count >= 17)
        for url in DocumentLoader.bundledURLs {
            let document = try DocumentLoader.bundledOnly.loadDocument(at: url)
            #expect(document.url == url)
            #expect(document.document["@context"]?.objectValue != nil, "\(url)")
        }
    }

    @Test func theEd25519Signature2020ContextIsBundled() throws {
        let document = try DocumentLoader.bundledOnly.loadDocument(at: "https://w3id.org/security/suites/ed25519-2020/v1")
        #expect(document.document["@context"]?["Ed25519Signature2020"] != nil)
    }

    @Test func aContextIsParsedOnceAndServedFromTheCache() throws {
        let url = "https://www.w3.org/ns/credentials/v2"
        let first = try DocumentLoader.bundledOnly.loadDocument(at: url)
        let second = try DocumentLoader.bundledOnly.loadDocument(at: url)
        #expect(first.document == second.document)
        #expect(BundledContexts.shared.isCached(url))
    }

    @Test func aURLThatIsNotBundledIsRefused() {
        #expect(throws: DocumentLoaderError.notBundled("https://example.com/context.jsonld")) {
            try DocumentLoader.bundledOnly.loadDocument(at: "https://example.com/context.jsonld")
        }
    }

    @Test func theCallersLoaderIsAskedForOtherURLsOnly() throws {
        let loader = DocumentLoader { url throws(DocumentLoaderError) in
            RemoteDocument(url: url, document: ["@context": ["name": "https://schema.org/name"]])
        }
        let other = try loader.loadDocument(at: "https://example.com/context.jsonld")
        #expect(other.document["@context"]?["name"] == "https://schema.org/name")
        let bundled = try loader.loadDocument(at: "https://www.w3.org/ns/credentials/v2")
        #expect(bundled.document["@context"]?["@protected"] == true)
    }

    @Test func expandingWithAContextThatIsNotBundledFailsWithTheSpecsCode() {
        let document: JSON = ["@context": "https://example.com/context.jsonld", "name": "Ada"]
        do {
            _ = try JSONLD.expand(document)
            Issue.record("expansion should have failed")
        } catch {
            #expect(error.code == .loadingRemoteContextFailed)
            #expect(error.reason.contains("not one of the contexts bundled"))
        }
    }
}
