import CairnCore
import Testing

/// What an admin may give as their organization's issuer details.
@Suite struct IssuerProfileTests {
    let organization = Organization.ID.generate()

    @Test func emptyFieldsAreAllowedAndTextIsTrimmed() throws {
        let profile = try IssuerProfile.checked(organizationID: organization, url: " ", email: "", description: "  A district.  ")
        #expect(profile.url.isEmpty && profile.email.isEmpty && profile.description == "A district.")
    }

    @Test(arguments: ["riverbend.org", "ftp://riverbend.org", "https://", "https://river bend.org", "javascript:alert(1)",
                      "https://" + String(repeating: "a", count: 300) + ".org"])
    func aWebAddressMustBeHTTPOnAHost(_ url: String) {
        #expect(throws: IssuerProfileError.badURL) {
            try IssuerProfile.checked(organizationID: organization, url: url, email: "", description: "")
        }
    }

    @Test func anEmailAddressIsCheckedAndADescriptionBounded() throws {
        #expect(throws: IssuerProfileError.badEmail) { try IssuerProfile.checked(organizationID: organization, url: "", email: "nobody", description: "") }
        #expect(throws: IssuerProfileError.descriptionTooLong) {
            try IssuerProfile.checked(organizationID: organization, url: "", email: "", description: String(repeating: "x", count: 1_001))
        }
        let profile = try IssuerProfile.checked(organizationID: organization, url: "https://riverbend.org/district", email: "Credentials@Riverbend.org",
                                                description: "")
        #expect(profile.url == "https://riverbend.org/district" && profile.email == "credentials@riverbend.org")
        #expect(IssuerProfileError.badURL.field == "url" && IssuerProfileError.badEmail.kind == .invalidInput)
    }
}
