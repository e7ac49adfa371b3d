import CairnCore
@testable import CairnStore
import Foundation
import Testing

@Suite struct PilotInvitationTests {
    @Test(arguments: TestDatabase.available)
    func aPilotHasOneJoinTokenThatOnlyItsOrganizationCanUse(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let (_, version) = try f.make("discourse", .sample("Academic Discourse"), through: [.pilot], store: store)
            let token = try store.pilots.invitationToken(for: version.id, in: f.riverbend.id, at: .fixture)
            #expect(token.count >= 40)
            #expect(try store.pilots.invitationToken(for: version.id, in: f.riverbend.id, at: .fixture.plus(days: 1)) == token)
            #expect(try store.pilots.version(forInvitationToken: token, in: f.riverbend.id)?.id == version.id)
            #expect(try store.pilots.version(forInvitationToken: token, in: f.lakeside.id) == nil)
            #expect(try store.pilots.version(forInvitationToken: token + "x", in: f.riverbend.id) == nil)
            #expect(try store.pilots.version(forInvitationToken: "", in: f.riverbend.id) == nil)
            #expect(throws: DatabaseError.self) {
                try store.pilots.invitationToken(for: version.id, in: f.lakeside.id, at: .fixture)
            }
            let (_, other) = try f.make("feedback", .sample("Feedback on Writing"), through: [.pilot], store: store)
            #expect(try store.pilots.invitationToken(for: other.id, in: f.riverbend.id, at: .fixture) != token)
        }
    }
}
