import CairnCore
import CairnCredentials
@testable import CairnWeb
import Foundation
import Testing

/// What the Open Badges API answers passes the OB 3.0 JSON Schemas bundled with Cairn: the
/// credentials response (with a credential Cairn really issued), the profile, and a refusal's
/// `Imsx_StatusInfo`.
@Suite struct OpenBadgesAPISchemaTests {
    static let schemas = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_"

    static func violations(_ response: TestResponse, schema name: String) throws -> [String] {
        let schema = try SchemaLoader.bundledOnly.schema(at: schemas + name + "-jsonschema1.json")
        return schema.violations(of: try JSON(parsing: response.body)).map(\.description)
    }

    @Test func everyAnswerOfTheAPIPassesItsSchema() throws {
        try TestApp.with { app in
            let world = try ReviewWorld(app)
            let submission = try world.submit()
            let assessor = try app.member(ReviewWorld.assessor)
            try app.store.submissions.claim(submission.id, by: assessor.person.id, in: world.organization.id, at: Date())
            _ = try app.app.reviewing.decide(try app.app.reviewing.open(submission.id, by: assessor), .init(
                scores: [ScoreEntry(criterionID: "plan", levelID: "exemplary", feedback: "Clear."),
                         ScoreEntry(criterionID: "ask", levelID: "demonstrated", feedback: "Clear.")],
                summary: "", override: nil))
            let backpack = try OpenBadgesAPIClient.register(in: app)
            let code = try backpack.approve(as: try app.signedIn(ReviewWorld.educator))
            let access = try #require(try OpenBadgesAPIClient.object(try backpack.exchange(code))["access_token"] as? String)

            let credentials = try backpack.get("/ims/ob/v3p0/credentials", bearer: access)
            #expect(credentials.header("X-Total-Count") == "1")
            #expect(try Self.violations(credentials, schema: "getopenbadgecredentialsresponse") == [])
            let profile = try backpack.get("/ims/ob/v3p0/profile", bearer: access)
            #expect(try Self.violations(profile, schema: "profile") == [])
            for refusal in [try backpack.get("/ims/ob/v3p0/profile", bearer: "cairn_at_unknown"),
                            try backpack.get("/ims/ob/v3p0/credentials?limit=0", bearer: access),
                            try app.client().send(method: "POST", target: "/ims/ob/v3p0/credentials",
                                                  headers: [("Authorization", "Bearer \(access)")], body: [])] {
                #expect(try Self.violations(refusal, schema: "imsx_statusinfo") == [], "\(refusal.status)")
            }
        }
    }
}
