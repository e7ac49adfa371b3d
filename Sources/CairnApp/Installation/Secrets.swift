import CairnStore

/// Comparing secrets a request presents (a CSRF token, a metrics bearer token) with the expected
/// one: in constant time, so timing reveals nothing but the length.
public enum Secrets {
    /// Whether `presented` is `expected`; empty secrets never match.
    public static func match(_ presented: String, _ expected: String) -> Bool {
        Crypto.constantTimeEquals(presented, expected)
    }
}
