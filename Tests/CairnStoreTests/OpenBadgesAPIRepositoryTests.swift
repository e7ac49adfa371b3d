import Foundation
import Testing
import CairnCore
@testable import CairnStore

/// The Open Badges API's storage on both engines: apps, single-use codes, tokens by grant, the
/// connected apps list, personal access tokens, and an educator's credentials a page at a time.
@Suite struct OpenBadgesAPIRepositoryTests {
    static func client(_ id: String = "app-1", name: String = "Backpack") -> OAuthClient {
        OAuthClient(id: id, secretHash: Crypto.sha256Hex("secret-" + id), name: name, clientURI: "https://backpack.example",
                    logoURI: "https://backpack.example/logo.png", tosURI: "https://backpack.example/tos",
                    policyURI: "https://backpack.example/privacy", softwareID: "backpack", softwareVersion: "1.0",
                    redirectURIs: ["https://backpack.example/callback", "http://127.0.0.1:9000/cb"], scopes: .granted,
                    contacts: ["dev@backpack.example"], createdAt: .fixture)
    }

    static func code(_ secret: String, client: String = "app-1", person: Person.ID, organization: Organization.ID,
                     at date: Date = .fixture) -> AuthorizationCode {
        AuthorizationCode(grantID: "grant-" + secret, codeHash: Crypto.sha256Hex(secret), clientID: client,
                          redirectURI: "https://backpack.example/callback", scopes: .granted, codeChallenge: "challenge",
                          personID: person, organizationID: organization, createdAt: date)
    }

    @Test(arguments: TestDatabase.available)
    func aRegisteredClientReadsBackAsSaved(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            try store.oauth.register(Self.client())
            #expect(try store.oauth.client("app-1") == Self.client())
            #expect(try store.oauth.client("app-2") == nil)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aCodeIsConsumedOnceAndNotAfterItExpires(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let fixture = Fixture()
            try fixture.insert(into: store)
            try store.oauth.register(Self.client())
            try store.oauth.insert(Self.code("c1", person: fixture.ana.id, organization: fixture.riverbend.id))
            try store.oauth.insert(Self.code("c2", person: fixture.ana.id, organization: fixture.riverbend.id))
            let hash = Crypto.sha256Hex("c1")
            let first = try store.write { try store.oauth.consumeCode(hash: hash, at: Date.fixture.plus(minutes: 1), in: $0) }
            #expect(first?.grantID == "grant-c1")
            #expect(first?.scopes == .granted)
            #expect(try store.write { try store.oauth.consumeCode(hash: hash, at: Date.fixture.plus(minutes: 2), in: $0) } == nil)
            let reused = try store.write { try store.oauth.code(hash: hash, in: $0) }
            #expect(reused?.usedAt == Date.fixture.plus(minutes: 1))
            // Ten minutes later the other code is dead.
            #expect(try store.write { try store.oauth.consumeCode(hash: Crypto.sha256Hex("c2"), at: Date.fixture.plus(minutes: 10), in: $0) } == nil)
        }
    }

    @Test(arguments: TestDatabase.available)
    func revokingAGrantRevokesEveryTokenItGave(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let fixture = Fixture()
            try fixture.insert(into: store)
            try store.oauth.register(Self.client())
            let access = APIToken(tokenHash: Crypto.sha256Hex("a"), kind: .access, grantID: "g1", clientID: "app-1",
                                  personID: fixture.ana.id, organizationID: fixture.riverbend.id, scopes: .granted, createdAt: .fixture)
            let refresh = APIToken(tokenHash: Crypto.sha256Hex("r"), kind: .refresh, grantID: "g1", clientID: "app-1",
                                   personID: fixture.ana.id, organizationID: fixture.riverbend.id, scopes: .granted, createdAt: .fixture)
            try store.oauth.insert(access)
            try store.oauth.insert(refresh)
            #expect(try store.oauth.token(hash: access.tokenHash, kind: .access) == access)
            #expect(try store.oauth.token(hash: access.tokenHash, kind: .refresh) == nil, "an access token is no refresh token")
            #expect(access.isLive(at: Date.fixture.plus(minutes: 59)) && !access.isLive(at: Date.fixture.plus(minutes: 60)))
            #expect(try store.oauth.revokeGrant("g1", at: Date.fixture.plus(minutes: 5)) == 2)
            #expect(try store.oauth.token(hash: refresh.tokenHash, kind: .refresh)?.revokedAt == Date.fixture.plus(minutes: 5))
            #expect(try store.oauth.revokeGrant("g1", at: Date.fixture.plus(minutes: 6)) == 0)
        }
    }

    @Test(arguments: TestDatabase.available)
    func connectedAppsListOnlyThePersonsLiveTokensInTheOrganization(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let fixture = Fixture()
            try fixture.insert(into: store)
            try store.oauth.register(Self.client("app-1", name: "Backpack"))
            try store.oauth.register(Self.client("app-2", name: "Archive"))
            func token(_ secret: String, _ client: String, person: Person.ID, organization: Organization.ID, scopes: APIScopes) throws {
                try store.oauth.insert(APIToken(tokenHash: Crypto.sha256Hex(secret), kind: .refresh, grantID: secret, clientID: client,
                                                personID: person, organizationID: organization, scopes: scopes, createdAt: .fixture))
            }
            try token("t1", "app-1", person: fixture.ana.id, organization: fixture.riverbend.id, scopes: APIScopes([.profileReadonly]))
            try token("t2", "app-1", person: fixture.ana.id, organization: fixture.riverbend.id, scopes: APIScopes([.credentialReadonly]))
            try token("t3", "app-2", person: fixture.ana.id, organization: fixture.riverbend.id, scopes: .granted)
            try token("t4", "app-2", person: fixture.ben.id, organization: fixture.lakeside.id, scopes: .granted)
            let apps = try store.oauth.connectedApps(of: fixture.ana.id, in: fixture.riverbend.id, at: Date.fixture.plus(minutes: 1))
            #expect(apps.map(\.client.name) == ["Archive", "Backpack"])
            #expect(apps[1].scopes == .granted, "the scopes of both grants")
            #expect(try store.oauth.revokeClient("app-2", for: fixture.ana.id, in: fixture.riverbend.id, at: .fixture) == 1)
            #expect(try store.oauth.connectedApps(of: fixture.ana.id, in: fixture.riverbend.id, at: .fixture).map(\.client.name) == ["Backpack"])
            #expect(try store.oauth.connectedApps(of: fixture.ben.id, in: fixture.lakeside.id, at: .fixture).map(\.client.name) == ["Archive"],
                    "another person's connection stays")
        }
    }

    @Test(arguments: TestDatabase.available)
    func aPersonalAccessTokenIsRevokedOnlyByItsOwner(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let fixture = Fixture()
            try fixture.insert(into: store)
            let token = PersonalAccessToken(tokenHash: Crypto.sha256Hex("pat"), name: "Export script", scopes: .granted,
                                            personID: fixture.ana.id, organizationID: fixture.riverbend.id, createdAt: .fixture)
            try store.personalAccessTokens.insert(token)
            #expect(try store.personalAccessTokens.find(hash: Crypto.sha256Hex("pat")) == token)
            try store.personalAccessTokens.markUsed(token.id, at: Date.fixture.plus(minutes: 3))
            #expect(try store.personalAccessTokens.find(hash: token.tokenHash)?.lastUsedAt == Date.fixture.plus(minutes: 3))
            #expect(try store.personalAccessTokens.revoke(token.id, of: fixture.ben.id, in: fixture.lakeside.id, at: .fixture) == false)
            #expect(try store.personalAccessTokens.tokens(of: fixture.ana.id, in: fixture.riverbend.id).map(\.id) == [token.id])
            #expect(try store.personalAccessTokens.revoke(token.id, of: fixture.ana.id, in: fixture.riverbend.id, at: .fixture))
            #expect(try store.personalAccessTokens.tokens(of: fixture.ana.id, in: fixture.riverbend.id).isEmpty)
            #expect(try store.personalAccessTokens.find(hash: token.tokenHash)?.revokedAt == .fixture)
        }
    }

    @Test(arguments: TestDatabase.available)
    func anEducatorsDocumentsComePagedNewestFirstAndOnlyFromTheOrganization(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let fixture = Fixture()
            try fixture.insert(into: store)
            func issue(_ n: Int, to person: Person.ID, in organization: Organization.ID) throws {
                let credential = IssuedCredential(organizationID: organization, educatorID: person, awardID: nil, microcredentialID: nil,
                                                  name: "C\(n)", statusIndex: n, document: "{\"n\": \(n)}",
                                                  issuedAt: Date.fixture.plus(days: Double(n)), validUntil: nil)
                try store.write { try store.credentials.insert(credential, in: $0) }
            }
            for n in 1...5 { try issue(n, to: fixture.ana.id, in: fixture.riverbend.id) }
            try issue(6, to: fixture.ana.id, in: fixture.lakeside.id)
            try issue(7, to: fixture.ben.id, in: fixture.riverbend.id)
            let page = try store.credentials.documents(of: fixture.ana.id, in: fixture.riverbend.id, since: nil, limit: 2, offset: 1)
            #expect(page.total == 5)
            #expect(page.documents == ["{\"n\": 4}", "{\"n\": 3}"])
            let recent = try store.credentials.documents(of: fixture.ana.id, in: fixture.riverbend.id, since: Date.fixture.plus(days: 3),
                                                         limit: 10, offset: 0)
            #expect(recent.total == 2 && recent.documents == ["{\"n\": 5}", "{\"n\": 4}"])
        }
    }
}
