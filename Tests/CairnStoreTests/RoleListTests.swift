import CairnCore
import Testing
@testable import CairnStore

@Suite struct RoleListTests {
    @Test func everySetOfRolesComesBackAsItWasWritten() throws {
        let all = Role.allCases
        for mask in 0..<(1 << all.count) {
            let roles = Set(all.indices.filter { mask & (1 << $0) != 0 }.map { all[$0] })
            #expect(try RoleList.decode(RoleList.encode(roles)) == roles, "\(roles)")
        }
    }

    @Test func emptyNamesAreSkippedAndAnUnknownOneIsRefused() throws {
        #expect(try RoleList.decode("") == [])
        #expect(try RoleList.decode(";") == [])
        #expect(try RoleList.decode(";;coach;;educator;") == [.coach, .educator])
        #expect(try RoleList.decode("admin") == [.admin])
        #expect(throws: DatabaseError.self) { try RoleList.decode("admin;janitor") }
        #expect(throws: DatabaseError.self) { try RoleList.decode("Admin") }
    }
}
