import Testing
@testable import CairnCore

@Suite struct PersonNameTests {
    @Test func aNameIsTrimmedAndKept() {
        #expect(PersonName.check("  Ana López \n") == .success("Ana López"))
        #expect(PersonName.check(String(repeating: "é", count: PersonName.maximumLength)).map(\.count) == .success(120))
    }

    @Test(arguments: [
        ("", PersonNameError.empty),
        (" \t ", .empty),
        (String(repeating: "a", count: 121), .tooLong(maximum: 120)),
        ("Ana\nLopez", .controlCharacters),
        ("Ana\u{7}", .controlCharacters),
    ])
    func aNameThatCannotBeShownIsRefused(_ raw: String, _ problem: PersonNameError) {
        #expect(PersonName.check(raw) == .failure(problem))
    }
}
