import Testing
@testable import CairnStore

@Test(arguments: [("secret-token", "secret-token", true), ("secret-token", "secret-tokeN", false),
                  ("short", "shorter", false), ("", "", false)])
func secretsCompareWholeAndNeverMatchEmpty(_ a: String, _ b: String, _ equal: Bool) {
    #expect(Crypto.constantTimeEquals(a, b) == equal)
}
