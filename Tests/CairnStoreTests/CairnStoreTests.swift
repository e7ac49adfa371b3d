import Testing
@testable import CairnStore

@Test func moduleLinks() { #expect(String(describing: CairnStore.self) == "CairnStore") }
