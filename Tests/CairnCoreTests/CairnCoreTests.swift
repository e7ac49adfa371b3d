import Testing
@testable import CairnCore

@Test func moduleLinks() { #expect(String(describing: CairnCore.self) == "CairnCore") }
