import Foundation
import Testing
@testable import CairnCore

@Suite struct PasswordPolicyTests {
    let policy = PasswordPolicy()

    @Test(arguments: [
        ("cairn-demo-password", [PasswordProblem]()),
        ("short", [.tooShort(minimum: 10)]),
        ("123456789", [.tooShort(minimum: 10)]),
        ("1234567890", [.common]),
        ("Password123", [.common]),
        ("ana@riverbend.example", [.sameAsEmail]),
        ("ANA@RIVERBEND.EXAMPLE", [.sameAsEmail]),
        ("élan-vital-✓", []),
    ])
    func judgesPasswords(_ password: String, _ expected: [PasswordProblem]) {
        #expect(policy.problems(in: password, email: .fixture()) == expected)
    }

    @Test func theLocalPartOfTheEmailIsRefusedToo() {
        let email = EmailAddress.fixture("margaret.hamilton@riverbend.example")
        #expect(policy.problems(in: "Margaret.Hamilton", email: email) == [.sameAsEmail])
    }

    @Test func lengthCountsCharactersNotBytes() {
        #expect(policy.problems(in: "ééééééééé") == [.tooShort(minimum: 10)])
        #expect(policy.problems(in: "éééééééééé") == [])
    }

    @Test func checkThrowsEveryProblem() {
        #expect(throws: PasswordPolicyError(problems: [.tooShort(minimum: 12)])) {
            try PasswordPolicy(minimumLength: 12).check("cairn-demo")
        }
    }
}
