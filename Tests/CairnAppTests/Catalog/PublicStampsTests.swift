@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// A public page's stamp is read at most once a second, yet a publish or revision in this process
/// shows at once and another server's change within that second (decision 0010).
@Suite struct PublicStampsTests {
    @Test func aPublishThroughTheUseCaseShowsAtOnce() throws {
        try RiverbendWorld.with { world in
            let catalog = Catalog(installation: world.installation)
            let before = try catalog.stamped("riverbend").stamp
            #expect(try catalog.stamped("riverbend").stamp == before)
            let designer = try world.designer
            _ = try world.publishing.revise(world.version.microcredentialID, changeNote: "Clearer.", by: designer)
            let revised = try catalog.stamped("riverbend").stamp
            #expect(revised != before, "a revision forgets the kept stamp")
            _ = try world.publishing.move(world.version.microcredentialID, to: .published, by: designer)
            #expect(try catalog.stamped("riverbend").stamp != revised, "so does a publish")
        }
    }

    @Test func anotherServersChangeShowsOnceTheStampIsOld() throws {
        try RiverbendWorld.with { world in
            let catalog = Catalog(installation: world.installation)
            let before = try catalog.stamped("riverbend").stamp
            // Written straight to the database, as another server sharing it would.
            try world.store.microcredentials.transition(world.version.id, to: .retired, at: Date(), in: world.riverbend.id)
            #expect(try catalog.stamped("riverbend").stamp == before, "the kept stamp holds for a second")
            Thread.sleep(forTimeInterval: 1.05)
            #expect(try catalog.stamped("riverbend").stamp != before)
        }
    }

    @Test func anUnknownOrganizationIsNotFoundEveryTime() throws {
        try RiverbendWorld.with { world in
            let catalog = Catalog(installation: world.installation)
            for _ in 0..<2 {
                #expect(throws: CatalogError.organizationNotFound) { try catalog.stamped("nowhere") }
            }
        }
    }
}
