@testable import CairnApp
import CairnCore
import CairnCredentials
import Foundation
import Testing

/// Badge images with the credential baked in: what is read back is the credential as signed, and it verifies.
@Suite struct BadgeImageTests {
    @Test(arguments: BadgeImage.Format.allCases)
    func aBakedBadgeCarriesTheSignedCredentialAndVerifies(_ format: BadgeImage.Format) throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let badge = try world.credentials.badge(credential.id, format: format, viewer: nil)
            #expect(BakedImage.format(of: badge.bytes) != nil)
            let read = format == .png ? try PNGBaking.read(badge.bytes) : try SVGBaking.read(badge.bytes)
            #expect(read == .json(credential.document))
            let verification = world.credentials.verify(badge.bytes)
            #expect(verification.verdict == .valid && verification.format?.contains(format.rawValue.uppercased()) == true,
                    "\(verification.format ?? "unread"): \(verification.checks.map { "\($0.name) \($0.status)" })")
            try world.credentials.share(credential.id, false, by: try world.member("educator@riverbend.example"))
            #expect(throws: CredentialError.notFound) { try world.credentials.badge(credential.id, format: format, viewer: nil) }
        }
    }

    @Test func theDrawnBadgeEscapesItsTextAndWrapsLongTitles() {
        let svg = BadgeImage.svg(title: "Questions <that> & \"matter\" in every lesson of the year, and more", organization: "R&D District")
        #expect(svg.contains("Questions &lt;that&gt; &amp;") && svg.contains("R&amp;D District") && !svg.contains("<that>"))
        #expect(BadgeImage.wrapped("one two three four five six seven eight nine ten", width: 10, lines: 2)
            == ["one two", "three fou…"])
        #expect(!BadgeImage.defaultPNG.isEmpty, "Cairn's own picture is bundled")
    }
}
