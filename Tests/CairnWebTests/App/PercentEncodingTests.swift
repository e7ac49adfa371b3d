@testable import CairnWeb
import Testing

/// The values Cairn puts in its own links stay one path segment or one query value.
@Suite struct PercentEncodingTests {
    @Test(arguments: [
        ("9db931cb-53bf-45e1-87b7-82fe9e54e7bc", "9db931cb-53bf-45e1-87b7-82fe9e54e7bc"),
        ("a_b.c~d", "a_b.c~d"),
        ("a b/c?d#e&f", "a%20b%2Fc%3Fd%23e%26f"),
        ("école", "%C3%A9cole"),
        ("", ""),
    ])
    func onlyUnreservedCharactersStandAsTheyAre(value: String, encoded: String) {
        #expect(PercentEncoding.encode(value) == encoded)
    }
}
