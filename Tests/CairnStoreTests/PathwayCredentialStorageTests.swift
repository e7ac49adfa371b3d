import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// Migration 19: a credential may record a completed pathway instead of an award, and issuing finds
/// the published pathways an award may complete and the pathways an educator holds a credential for.
@Suite struct PathwayCredentialStorageTests {
    /// A pathway credential of Ana's, as issuing stores it (the document is not read here).
    static func credential(of world: PathwayWorld, pathway: Pathway.ID, statusIndex: Int) -> IssuedCredential {
        IssuedCredential(organizationID: world.org, educatorID: world.fixture.ana.id, awardID: nil, microcredentialID: nil,
                         pathwayID: pathway, name: "Formative Assessment", statusIndex: statusIndex, document: "{}",
                         issuedAt: .fixture.plus(days: 8), validUntil: nil)
    }

    @Test(arguments: TestDatabase.available)
    func aPathwayCredentialIsStoredWithoutAnAwardAndFoundByItsPathway(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            let pathway = world.pathway()
            try store.pathways.create(pathway)
            try store.pathways.publish(pathway.id, at: .fixture.plus(days: 1), in: world.org)
            let draft = world.pathway(slug: "draft-one", title: "A draft")
            try store.pathways.create(draft)

            try store.database.read { tx throws -> Void in
                #expect(try store.pathways.catalog(containing: world.questioning.0.id, organization: world.org, in: tx)
                        .map(\.pathway.id) == [pathway.id], "published pathways only")
                #expect(try store.pathways.catalog(containing: world.feedbackDraft.0.id, organization: world.org, in: tx).isEmpty)
                #expect(try store.credentials.pathwayCredentials(of: world.fixture.ana.id, in: world.org, in: tx).isEmpty)
            }
            let credential = Self.credential(of: world, pathway: pathway.id, statusIndex: 0)
            try store.write { tx in try store.credentials.insert(credential, in: tx) }
            let stored = try #require(try store.credentials.find(credential.id))
            #expect(stored.pathwayID == pathway.id && stored.awardID == nil && stored.microcredentialID == nil)
            try store.database.read { tx throws -> Void in
                #expect(try store.credentials.pathwayCredentials(of: world.fixture.ana.id, in: world.org, in: tx) == [pathway.id: credential.id])
                #expect(try store.credentials.pathwayCredentials(of: world.cleo.id, in: world.org, in: tx).isEmpty)
                #expect(try store.credentials.pathwayCredentials(of: world.fixture.ana.id, in: world.fixture.lakeside.id, in: tx).isEmpty)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func aCredentialCannotNameAPathwayThatDoesNotExist(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let world = try PathwayWorld(store: store)
            let error = try #require(throws: DatabaseError.self) {
                try store.write { tx in
                    try store.credentials.insert(Self.credential(of: world, pathway: Pathway.ID(rawValue: "no-such-pathway"), statusIndex: 0), in: tx)
                }
            }
            #expect(error.kind == .foreignKeyViolation)
        }
    }
}
