/// Whose slot in an image holds the credential: OB 3.0's (its baking rules), or CLR 2.0's, which
/// takes the same form under its own names (as 1EdTech's validator reads them; the CLR text says no more).
public enum BakingStandard: Sendable, CaseIterable {
    case openBadges3
    case clr2

    /// The keyword of the PNG iTXt chunk.
    public var pngKeyword: String {
        switch self {
        case .openBadges3: "openbadgecredential"
        case .clr2: "clrcredential"
        }
    }

    /// The namespace of the SVG `credential` element.
    public var svgNamespace: String {
        switch self {
        case .openBadges3: "https://purl.imsglobal.org/ob/v3p0"
        case .clr2: "https://purl.imsglobal.org/clr/v2p0"
        }
    }

    /// The prefix the element gets when baked, unless it is taken.
    var svgPrefix: String {
        switch self {
        case .openBadges3: "openbadges"
        case .clr2: "clr"
        }
    }
}
