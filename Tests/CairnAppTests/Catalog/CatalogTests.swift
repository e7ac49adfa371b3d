@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The public catalog through `Catalog`: only published and retired versions are public, the
/// stamp follows the catalog, and each page takes a fixed number of queries.
@Suite struct CatalogTests {
    @Test func onlyPublishedAndRetiredVersionsArePublic() throws {
        try RiverbendWorld.with { world in
            let catalog = world.catalog
            let riverbend = try catalog.organization("riverbend")
            #expect(throws: CatalogError.organizationNotFound) { try catalog.organization("nowhere") }
            #expect(try catalog.achievement("reflective-practice", number: 1, of: riverbend).contains("/o/riverbend/microcredentials/reflective-practice/versions/1\""))
            #expect(throws: CatalogError.versionNotFound) { try catalog.achievement("reflective-practice", number: 2, of: riverbend) }
            #expect(throws: CatalogError.microcredentialNotFound, "a pilot only") {
                try catalog.versionPage("academic-discourse", number: 1, of: riverbend)
            }
            #expect(throws: CatalogError.versionNotFound) { try catalog.versionPage("reflective-practice", number: 0, of: riverbend) }
            #expect(throws: CatalogError.microcredentialNotFound) { try catalog.microcredentialPage("academic-discourse", of: riverbend) }
            #expect(throws: CatalogError.microcredentialNotFound) { try catalog.microcredentialPage("unknown", of: riverbend) }
            let lakeside = try catalog.organization("lakeside")
            #expect(throws: CatalogError.microcredentialNotFound) { try catalog.microcredentialPage("reflective-practice", of: lakeside) }
            #expect(throws: CatalogError.fileNotFound) { try catalog.image("reflective-practice", number: 1, of: "riverbend") }
            #expect(throws: CatalogError.fileNotFound) { try catalog.attachment(String(repeating: "a", count: 64), of: "reflective-practice", number: 1, of: "riverbend") }

            let designer = try world.designer
            try world.publishing.revise(world.version.microcredentialID, changeNote: "Second.", by: designer)
            try world.publishing.move(world.version.microcredentialID, to: .published, by: designer)
            let old = try catalog.versionPage("reflective-practice", number: 1, of: riverbend)
            #expect(old.version.state == .retired && old.latestNumber == 2)
            #expect(try catalog.microcredentialPage("reflective-practice", of: riverbend).version.number == 2)
        }
    }

    @Test func theStampChangesWhenTheCatalogDoes() throws {
        try RiverbendWorld.with { world in
            let before = try world.catalog.stamped("riverbend")
            #expect(before.organization.slug == "riverbend")
            #expect(try world.catalog.stamped("riverbend").stamp == before.stamp)
            try world.publishedMicrocredential(titled: "Wait time")
            #expect(try world.catalog.stamped("riverbend").stamp != before.stamp)
            #expect(throws: CatalogError.organizationNotFound) { try world.catalog.stamped("nowhere") }
        }
    }

    @Test func theCatalogsPagesTakeAFixedNumberOfQueriesWhateverTheNumberPublished() throws {
        try RiverbendWorld.with { world in
            let riverbend = try world.catalog.organization("riverbend")
            func measure() throws -> (list: Int, found: Int, page: Int, version: Int, achievement: Int) {
                let list = try world.statements { try world.catalog.listPage(of: riverbend, searching: "", filters: .none) }
                let search = try world.statements {
                    try world.catalog.listPage(of: riverbend, searching: "reflect", filters: CatalogFilters(subject: "Assessment"))
                }
                let page = try world.statements { try world.catalog.microcredentialPage("reflective-practice", of: riverbend) }
                let version = try world.statements { try world.catalog.versionPage("reflective-practice", number: 1, of: riverbend) }
                let achievement = try world.statements { try world.catalog.achievement("reflective-practice", number: 1, of: riverbend) }
                return (list.count, search.count, page.count, version.count, achievement.count)
            }
            let few = try measure()
            let listed = try world.catalog.listPage(of: riverbend, searching: "", filters: .none).entries.count
            for index in 1...10 { try world.publishedMicrocredential(titled: "Reflecting again \(index)") }
            #expect(try world.catalog.listPage(of: riverbend, searching: "", filters: .none).entries.count == listed + 10)
            #expect(try world.catalog.listPage(of: riverbend, searching: "reflect", filters: CatalogFilters(subject: "Assessment"))
                .entries.count == 11)
            let many = try measure()
            #expect(many == few)
            // The list reads the published pathways too (three queries when there are some); a page, the pathways it belongs to.
            #expect(few.list <= 7 && few.found <= 7 && few.page <= 4 && few.version <= 4 && few.achievement <= 3)
        }
    }
}
