import Testing
@testable import CairnHTTP

@Test func moduleLinks() { #expect(String(describing: CairnHTTP.self) == "CairnHTTP") }
