import Foundation
import Testing
@testable import CairnCore

@Suite struct RoleTests {
    @Test func everyRoleHasADisplayName() {
        #expect(Role.allCases.map(\.displayName) == ["Organization admin", "Designer", "Assessor", "Coach", "Educator"])
    }

    @Test(arguments: [("Assessor", Role.assessor), (" coach ", .coach), ("ADMIN", .admin), ("educator", .educator)])
    func namesAreReadCaseInsensitively(_ name: String, _ role: Role) { #expect(Role(name: name) == role) }

    @Test func unknownNamesAreRefused() {
        #expect(Role(name: "principal") == nil)
        #expect(Role(name: "") == nil)
    }

    @Test func rolesSortInDeclarationOrder() {
        #expect(Set(Role.allCases).sorted() == Role.allCases)
    }
}
