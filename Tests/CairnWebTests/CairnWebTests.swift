import Testing
@testable import CairnWeb

@Test func moduleLinks() { #expect(String(describing: CairnWeb.self) == "CairnWeb") }
