import Foundation
import Testing
@testable import CairnCore

struct EmailCase: CustomTestStringConvertible, Sendable {
    let input: String
    let expected: Result<String, EmailAddressError>
    var testDescription: String { "\"\(input)\"" }
}

@Suite struct EmailAddressTests {
    @Test(arguments: [
        EmailCase(input: "ana@riverbend.example", expected: .success("ana@riverbend.example")),
        EmailCase(input: "  Ana.Lopez@RiverBend.Example \n", expected: .success("ana.lopez@riverbend.example")),
        EmailCase(input: "first+tag@sub.school.k12.us", expected: .success("first+tag@sub.school.k12.us")),
        EmailCase(input: "o'brien@x-y.org", expected: .success("o'brien@x-y.org")),
        EmailCase(input: "", expected: .failure(.empty)),
        EmailCase(input: "   ", expected: .failure(.empty)),
        EmailCase(input: "ana.riverbend.example", expected: .failure(.missingAt)),
        EmailCase(input: "ana@@riverbend.example", expected: .failure(.invalidLocalPart)),
        EmailCase(input: "a@b@c.org", expected: .failure(.invalidLocalPart)),
        EmailCase(input: "@riverbend.example", expected: .failure(.invalidLocalPart)),
        EmailCase(input: ".ana@riverbend.example", expected: .failure(.invalidLocalPart)),
        EmailCase(input: "an..a@riverbend.example", expected: .failure(.invalidLocalPart)),
        EmailCase(input: "ana lopez@riverbend.example", expected: .failure(.invalidLocalPart)),
        EmailCase(input: "ana@localhost", expected: .failure(.invalidDomain)),
        EmailCase(input: "ana@", expected: .failure(.invalidDomain)),
        EmailCase(input: "ana@-bad.org", expected: .failure(.invalidDomain)),
        EmailCase(input: "ana@bad..org", expected: .failure(.invalidDomain)),
        EmailCase(input: "ana@under_score.org", expected: .failure(.invalidDomain)),
        EmailCase(input: "ana@1.2.3.4", expected: .failure(.invalidDomain)),
        EmailCase(input: String(repeating: "a", count: 65) + "@x.org", expected: .failure(.invalidLocalPart)),
        EmailCase(input: "a@" + String(repeating: "b", count: 250) + ".org", expected: .failure(.tooLong)),
    ])
    func validatesAndNormalises(_ c: EmailCase) {
        switch c.expected {
        case .success(let normalised): #expect((try? EmailAddress(c.input))?.rawValue == normalised)
        case .failure(let error): #expect(throws: error) { try EmailAddress(c.input) }
        }
    }

    @Test func differentlyWrittenAddressesAreEqual() throws {
        #expect(try EmailAddress("ANA@riverbend.example") == EmailAddress(" ana@RIVERBEND.example"))
        #expect(try EmailAddress("ana@riverbend.example").domain == "riverbend.example")
    }
}
