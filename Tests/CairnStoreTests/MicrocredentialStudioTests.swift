import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// What the studio reads in one go: a microcredential with its versions, and the slugs a new one must avoid.
@Suite struct MicrocredentialStudioTests {
    @Test(arguments: TestDatabase.available)
    func aMicrocredentialComesWithItsVersionsOnlyInItsOrganization(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (m, v1) = try f.make("wait-time", .sample("Wait time"), through: [.published], store: store)
            let v2 = try store.microcredentials.createNextDraft(from: v1.id, changeNote: "Longer.", at: .fixture.plus(days: 3),
                                                               in: f.riverbend.id)
            let found = try store.database.read { try store.microcredentials.withVersions(m.id, in: f.riverbend.id, in: $0) }
            #expect(found?.0 == m)
            #expect(found?.1.map(\.id) == [try store.microcredentials.findVersion(v1.id, in: f.riverbend.id).id, v2.id])
            #expect(try store.database.read { try store.microcredentials.withVersions(m.id, in: f.lakeside.id, in: $0) } == nil)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theSlugsTakenAreThoseOfTheOrganizationBeginningWithThePrefix(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            for slug in ["wait-time", "wait-time-2", "wait-times", "a-wait-time"] { try f.make(slug, .sample(slug), store: store) }
            try f.make("wait-time-3", .sample("Lakeside's"), in: f.lakeside, store: store)
            let taken = try store.database.read { try store.microcredentials.slugs(startingWith: "wait-time", in: f.riverbend.id, in: $0) }
            #expect(taken == ["wait-time", "wait-time-2", "wait-times"])
            #expect(try store.database.read { try store.microcredentials.slugs(startingWith: "nothing", in: f.riverbend.id, in: $0) } == [])
        }
    }
}
