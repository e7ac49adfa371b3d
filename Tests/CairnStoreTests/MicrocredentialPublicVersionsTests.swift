import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// What the catalog reads of one microcredential: its published and retired versions, never a draft or a pilot.
@Suite struct MicrocredentialPublicVersionsTests {
    @Test(arguments: TestDatabase.available)
    func onlyPublishedAndRetiredVersionsComeWithTheMicrocredential(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (m, v1) = try f.make("wait-time", .sample("Wait time"), through: [.published], store: store)
            let v2 = try store.microcredentials.createNextDraft(from: v1.id, changeNote: "Longer.", at: .fixture.plus(days: 3),
                                                               in: f.riverbend.id)
            try f.make("in-pilot", .sample("In pilot"), through: [.pilot], store: store)
            func read(_ slug: String, in organization: Organization) throws -> (Microcredential, [MicrocredentialVersion])? {
                try store.database.read { try store.microcredentials.withPublicVersions(slug: slug, in: organization.id, in: $0) }
            }
            #expect(try read("wait-time", in: f.riverbend)?.0 == m)
            #expect(try read("wait-time", in: f.riverbend)?.1.map(\.number) == [1], "not the draft")

            try store.microcredentials.transition(v2.id, to: .published, at: .fixture.plus(days: 4), in: f.riverbend.id)
            #expect(try read("wait-time", in: f.riverbend)?.1.map(\.state) == [.retired, .published])
            #expect(try read("in-pilot", in: f.riverbend) == nil)
            #expect(try read("wait-time", in: f.lakeside) == nil)
        }
    }
}
