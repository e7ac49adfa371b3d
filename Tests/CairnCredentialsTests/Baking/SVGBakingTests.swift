import Foundation
import Testing
import CairnCredentials

@Suite struct SVGBakingTests {
    static let square = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="#fff"/></svg>
        """
    static let jwt = PNGBakingTests.jwt

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func aJSONCredentialRoundTripsInCDATAAsTheRootsFirstChild() throws {
        let json = try PNGBakingTests.credentialJSON().trimmingCharacters(in: .whitespacesAndNewlines)
        let baked = try SVGBaking.bake(.json(json), into: Array(Self.square.utf8))
        #expect(try SVGBaking.read(baked) == .json(json))
        let svg = Self.text(baked)
        #expect(svg.contains(#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" viewBox="0 0 1 1">"#
                             + "<openbadges:credential><![CDATA[{"))
        #expect(svg.contains(##"}]]></openbadges:credential><rect width="1" height="1" fill="#fff"/></svg>"##))
    }

    @Test func aJWTRoundTripsInTheVerifyAttribute() throws {
        let baked = try SVGBaking.bake(.jwt(Self.jwt), into: Array(Self.square.utf8))
        #expect(try SVGBaking.read(baked) == .jwt(Self.jwt))
        #expect(Self.text(baked).contains(#"<openbadges:credential verify="\#(Self.jwt)"/><rect"#))
    }

    @Test func bakingAgainReplacesTheOldCredential() throws {
        let json = try PNGBakingTests.credentialJSON().trimmingCharacters(in: .whitespacesAndNewlines)
        let once = try SVGBaking.bake(.json(json), into: Array(Self.square.utf8))
        let twice = try SVGBaking.bake(.jwt(Self.jwt), into: once)
        #expect(try SVGBaking.read(twice) == .jwt(Self.jwt))
        #expect(Self.text(twice).components(separatedBy: "credential").count == 2)   // one element, self-closed
        #expect(!Self.text(twice).contains("CDATA"))
    }

    @Test func theSpecificationsExampleIsReadWhateverThePrefix() throws {
        let svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="https://purl.imsglobal.org/ob/v3p0" viewBox="0 0 512 512">
              <g><ob:credential>
                <![CDATA[
                  {"id": "http://example.edu/credentials/3732", "type": ["VerifiableCredential", "OpenBadgeCredential"]}
                ]]>
              </ob:credential></g>
              <!-- rest-of-image -->
            </svg>
            """
        let credential = try SVGBaking.read(Array(svg.utf8))
        guard case .json(let text) = credential else { Issue.record("expected JSON, got \(credential)"); return }
        #expect(try JSON(parsing: text)["id"] == "http://example.edu/credentials/3732")
    }

    @Test func jsonThatWouldEndTheCDATASectionKeepsItsValue() throws {
        let json = #"{"name":"a]]>b","narrative":"x]]>"}"#
        let baked = try SVGBaking.bake(.json(json), into: Array(Self.square.utf8))
        guard case .json(let text) = try SVGBaking.read(baked) else { Issue.record("expected JSON"); return }
        #expect(text == #"{"name":"a]]\u003eb","narrative":"x]]\u003e"}"#)
        #expect(try JSON(parsing: text) == JSON(parsing: json))
    }

    @Test func anOpenBadges2ImageGetsTheCredentialBesideItsAssertion() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://example.org/a"/></svg>
            """
        let baked = try SVGBaking.bake(.jwt(Self.jwt), into: Array(svg.utf8))
        #expect(try SVGBaking.read(baked) == .jwt(Self.jwt))
        #expect(Self.text(baked).contains(#"<openbadges:assertion verify="https://example.org/a"/>"#))
        #expect(Self.text(baked).contains(#"xmlns:openbadges3="https://purl.imsglobal.org/ob/v3p0""#))
    }

    @Test func anSVGWithoutTheElementIsRefused() {
        #expect(throws: BakingError.noCredential("the SVG holds no <openbadges:credential> element in the namespace "
                                                 + "https://purl.imsglobal.org/ob/v3p0, so no baked credential")) {
            try SVGBaking.read(Array(Self.square.utf8))
        }
        let otherNamespace = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:credential verify="a.b.c"/></svg>"#
        #expect(throws: BakingError.self) { try SVGBaking.read(Array(otherNamespace.utf8)) }
    }

    @Test func malformedXMLIsRefusedWithLibxml2sReason() {
        let broken = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g>\n</svg>"
        #expect(throws: BakingError.malformedSVG("Opening and ending tag mismatch: g line 2 and svg (line 3)")) {
            try SVGBaking.read(Array(broken.utf8))
        }
        #expect(throws: BakingError.malformedSVG("the root element is <html>, not <svg>")) { try SVGBaking.read(Array("<html/>".utf8)) }
        #expect(throws: BakingError.self) { try SVGBaking.read([]) }
        #expect(throws: BakingError.self) { try SVGBaking.read(Array(PNGBakingTests.pixel)) }
    }

    @Test func anExternalEntityIsNeitherFetchedNorExpanded() throws {
        // Given a file an external entity names, holding a credential that would be read if it were expanded
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-xxe-\(UUID().uuidString).json")
        try Data(#"{"id":"urn:secret"}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let svg = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY xxe SYSTEM "\(file.absoluteString)">]>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential>&xxe;</openbadges:credential></svg>
            """
        #expect(throws: BakingError.entityDeclared("xxe")) { try SVGBaking.read(Array(svg.utf8)) }
        #expect(throws: BakingError.entityDeclared("xxe")) { try SVGBaking.bake(.jwt(Self.jwt), into: Array(svg.utf8)) }
        #expect("\(BakingError.entityDeclared("xxe"))"
                == "the SVG declares the entity “xxe”; Cairn neither fetches nor expands entities in badge images")
    }

    @Test func parameterEntitiesAndEntityExpansionBombsAreRefused() {
        let parameter = """
            <!DOCTYPE svg [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """
        #expect(throws: BakingError.entityDeclared("remote")) { try SVGBaking.read(Array(parameter.utf8)) }
        let laughs = """
            <!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <svg xmlns="http://www.w3.org/2000/svg">&lol2;</svg>
            """
        #expect(throws: BakingError.entityDeclared("lol")) { try SVGBaking.read(Array(laughs.utf8)) }
    }

    @Test func anEmptyOrUnreadableCredentialElementIsRefused() {
        let empty = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential> </openbadges:credential></svg>"#
        #expect(throws: BakingError.malformedCredential("the <openbadges:credential> element is empty and has no verify attribute")) {
            try SVGBaking.read(Array(empty.utf8))
        }
        let notJWS = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential verify="https://example.org/assertion"/></svg>"#
        #expect(throws: BakingError.malformedCredential("the verify attribute of <openbadges:credential> is not a compact JWS")) {
            try SVGBaking.read(Array(notJWS.utf8))
        }
        let notJSON = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential><![CDATA[{"a":]]></openbadges:credential></svg>"#
        #expect(throws: BakingError.self) { try SVGBaking.read(Array(notJSON.utf8)) }
    }

    @Test func theValidatorsBakedJSONSVGIsRead() throws {
        let svg = try Array(TestVectors.text("vectors/ob-v3p0-baked/simple-json.svg").utf8)
        guard case .json(let text) = try SVGBaking.read(svg) else { Issue.record("expected JSON"); return }
        let credential = try JSON(parsing: text)
        #expect(credential["id"] == "http://example.edu/credentials/3732")
        #expect(credential["proof"]?.asList.first?["type"] == "Ed25519Signature2020")
    }

    @Test func theValidatorsBakedJWTSVGIsRead() throws {
        let svg = try Array(TestVectors.text("vectors/ob-v3p0-baked/simple-jwt.svg").utf8)
        guard case .jwt(let jwt) = try SVGBaking.read(svg) else { Issue.record("expected a JWT"); return }
        let parts = jwt.split(separator: ".").map(String.init)
        let payload = try JSON(parsing: try #require(Base64URL.decode(parts[1])))
        #expect(payload["jti"] == "http://example.edu/credentials/3732")
        #expect(parts[2].count == 342)   // an RS256 signature of 256 bytes
    }

    @Test func rebakingTheValidatorsSVGKeepsItsDoctypeAndDrawing() throws {
        let svg = try Array(TestVectors.text("vectors/ob-v3p0-baked/simple-jwt.svg").utf8)
        let baked = try SVGBaking.bake(.jwt(Self.jwt), into: svg)
        #expect(try SVGBaking.read(baked) == .jwt(Self.jwt))
        let text = Self.text(baked)
        #expect(text.contains(#"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">"#))
        #expect(text.components(separatedBy: "<path").count == 10)   // nine paths
        #expect(text.contains(#"<circle cx="418.3" cy="357.1" r="40.8"/>"#))
        #expect(text.components(separatedBy: "openbadges:credential").count == 2)
    }

    @Test func aCLRCredentialTakesItsOwnNamespace() throws {
        let baked = try SVGBaking.bake(.jwt(Self.jwt), into: Array(Self.square.utf8), standard: .clr2)
        #expect(try SVGBaking.read(baked, standard: .clr2) == .jwt(Self.jwt))
        #expect(Self.text(baked).contains(#"xmlns:clr="https://purl.imsglobal.org/clr/v2p0""#))
        #expect(Self.text(baked).contains(#"<clr:credential verify=""#))
        #expect(throws: BakingError.self) { try SVGBaking.read(baked) }
    }
}
