/// A permission an app asks of an educator over the Open Badges 3.0 API, named by its scope URI.
///
/// Cairn grants the two read-only scopes. The write scopes are known (the discovery document lists
/// them) but always refused: Cairn holds only the credentials it issued itself.
public enum APIScope: String, Sendable, CaseIterable, Comparable {
    case credentialReadonly = "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly"
    case profileReadonly = "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly"
    case credentialUpsert = "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.upsert"
    case profileUpdate = "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.update"

    /// The scope a client may add to ask for a refresh token (OB 3.0's examples do); Cairn always gives one.
    public static let offlineAccess = "offline_access"

    /// Whether Cairn ever grants this scope.
    public var isGranted: Bool { self == .credentialReadonly || self == .profileReadonly }

    /// What the scope lets an app do, in the educator's words (the consent page and the settings page).
    public var summary: String {
        switch self {
        case .credentialReadonly: "Read the credentials you earned"
        case .profileReadonly: "Read your profile: your name and email address"
        case .credentialUpsert: "Add or change credentials"
        case .profileUpdate: "Change your profile"
        }
    }

    public static func < (lhs: APIScope, rhs: APIScope) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A set of scopes with its OAuth text form: scope URIs separated by spaces.
public struct APIScopes: Hashable, Sendable {
    public var scopes: Set<APIScope>

    public init(_ scopes: Set<APIScope>) { self.scopes = scopes }

    /// Every scope Cairn grants.
    public static let granted = APIScopes(Set(APIScope.allCases.filter(\.isGranted)))

    /// The scopes of a space-separated list; nil when one is unknown. `offline_access` is accepted and dropped.
    public init?(parsing text: String) {
        var scopes = Set<APIScope>()
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if word == Self.offlineAccessWord { continue }
            guard let scope = APIScope(rawValue: String(word)) else { return nil }
            scopes.insert(scope)
        }
        self.scopes = scopes
    }

    private static let offlineAccessWord = Substring(APIScope.offlineAccess)

    /// The scope URIs in a fixed order, separated by spaces.
    public var text: String { scopes.sorted().map(\.rawValue).joined(separator: " ") }

    public var isEmpty: Bool { scopes.isEmpty }
    public var sorted: [APIScope] { scopes.sorted() }
    public func contains(_ scope: APIScope) -> Bool { scopes.contains(scope) }
    public func isSubset(of other: APIScopes) -> Bool { scopes.isSubset(of: other.scopes) }
    /// The scopes in these that Cairn refuses to grant.
    public var refused: [APIScope] { sorted.filter { !$0.isGranted } }
}
