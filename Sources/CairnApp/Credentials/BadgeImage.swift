import CairnCore
import CairnCredentials
import Foundation

/// A credential's badge image with the credential baked in (OB 3.0 "Baked Badge"), so the picture
/// an educator posts carries what anyone needs to verify it.
public struct BadgeImage: Sendable, Equatable {
    /// PNG (the microcredential's own PNG image, or Cairn's) or SVG (drawn here with the title).
    public enum Format: String, Sendable, CaseIterable {
        case png, svg

        public var contentType: String { self == .png ? "image/png" : "image/svg+xml" }
    }

    public let format: Format
    public let bytes: [UInt8]

    /// Cairn's own badge picture (`scripts/make-badge-png` draws it), used when a microcredential has no PNG image.
    static let defaultPNG: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "Badge/badge.png", withExtension: nil),
              let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return Array(data)
    }()

    /// The badge of a credential, baked with its signed JSON.
    ///
    /// - Parameter png: the picture to bake into for PNG (the microcredential's own, when it is a PNG).
    static func baked(_ credential: IssuedCredential, organizationName: String, format: Format, png: [UInt8]?) throws -> BadgeImage {
        let baked = BakedCredential.json(credential.document)
        do {
            switch format {
            case .png: return BadgeImage(format: .png, bytes: try PNGBaking.bake(baked, into: png ?? defaultPNG))
            case .svg:
                let svg = Array(svg(title: credential.name, organization: organizationName).utf8)
                return BadgeImage(format: .svg, bytes: try SVGBaking.bake(baked, into: svg))
            }
        } catch {
            throw CredentialError.cannotSign("the badge image could not be made: \(error)")
        }
    }

    /// A 400 × 400 badge: Cairn's stones on a teal disc, the title (up to three lines) and the organization under it.
    static func svg(title: String, organization: String) -> String {
        let lines = wrapped(title, width: 24, lines: 3)
        var text = ""
        for (index, line) in lines.enumerated() {
            text += "<text x=\"200\" y=\"\(268 + index * 26)\" font-size=\"22\" font-weight=\"700\">\(escaped(line))</text>"
        }
        let organizationLine = wrapped(organization, width: 34, lines: 1).first ?? ""
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" \
            aria-label="\(escaped(title)), \(escaped(organization))">\
            <title>\(escaped(title))</title>\
            <circle cx="200" cy="200" r="196" fill="#1c5c68"/>\
            <g fill="#f6f5f1"><ellipse cx="200" cy="206" rx="92" ry="30" opacity=".95"/>\
            <ellipse cx="200" cy="156" rx="70" ry="26" opacity=".85"/><ellipse cx="200" cy="112" rx="52" ry="23" opacity=".75"/>\
            <ellipse cx="200" cy="74" rx="33" ry="19" opacity=".65"/></g>\
            <g fill="#ffffff" font-family="sans-serif" text-anchor="middle">\(text)\
            <text x="200" y="\(280 + lines.count * 26)" font-size="15">\(escaped(organizationLine))</text></g></svg>
            """
    }

    /// Words in lines of at most `width` characters, at most `lines` of them (the last cut with "…").
    static func wrapped(_ text: String, width: Int, lines: Int) -> [String] {
        var result: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) } else if current.count + 1 + word.count <= width { current += " " + word } else {
                result.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { result.append(current) }
        guard result.count > lines else { return result.map { $0.count > width ? String($0.prefix(width - 1)) + "…" : $0 } }
        var kept = Array(result.prefix(lines))
        kept[lines - 1] = String(kept[lines - 1].prefix(width - 1)) + "…"
        return kept
    }

    /// Text safe inside an XML element or a quoted attribute.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

extension Credentials {
    /// A credential's badge image with the credential baked in: PNG (the microcredential's own PNG
    /// picture when it has one, else Cairn's) or SVG.
    ///
    /// - Throws: what `document` throws (a hidden credential is not found).
    public func badge(_ id: IssuedCredential.ID, format: BadgeImage.Format, viewer: Member?) throws -> BadgeImage {
        let credential = try document(id, viewer: viewer)
        let organization = try store.organizations.find(credential.organizationID)
        var png: [UInt8]?
        if format == .png, let awardID = credential.awardID, let award = try store.reviews.award(awardID, in: organization.id),
           let version = try store.microcredentials.fetchVersion(award.versionID, in: organization.id),
           let file = DesignFiles(installation: installation).image(of: version.design), file.contentType == "image/png",
           let data = FileManager.default.contents(atPath: file.path) {
            png = Array(data)
        }
        return try BadgeImage.baked(credential, organizationName: organization.name, format: format, png: png)
    }
}
