import Foundation
import Synchronization
import Testing
@testable import CairnCredentials

/// The status check: a credential with a `BitstringStatusListEntry`, its list signed here. Offline it is
/// inconclusive; with the list fetched through the caller's function it is valid while its bit is clear and
/// revoked (or suspended) once it is set; a list whose proof fails is not believed.
@Suite struct VerifierStatusTests {
    static let listURL = "https://district.example/status/1"
    static let index = 94_567

    /// The credential with a status entry of `purpose` at `index`, signed.
    static func credential(purpose: String = "revocation") throws -> JSON {
        let entry: JSON = [
            "id": .string("\(listURL)#\(index)"), "type": "BitstringStatusListEntry", "statusPurpose": .string(purpose),
            "statusListIndex": .string(String(index)), "statusListCredential": .string(listURL),
        ]
        return try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/credentialStatus", to: entry))
    }

    /// A signed BitstringStatusListCredential with the entry at `index` set or not.
    static func list(set: Bool, purpose: String = "revocation") throws -> JSON {
        var bits = try BitstringStatusList()
        try bits.set(index, set)
        let list: JSON = [
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "id": .string(listURL),
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": .string(VerifierFixtures.issuer),
            "validFrom": "2026-01-01T00:00:00Z",
            "credentialSubject": [
                "id": .string(listURL + "#list"), "type": "BitstringStatusList", "statusPurpose": .string(purpose),
                "encodedList": .string(bits.encodedList),
            ],
        ]
        return try VerifierFixtures.signed(list)
    }

    /// The URLs fetched, in order.
    final class Fetches: Sendable {
        let urls = Mutex<[String]>([])
    }

    /// A verifier whose status lists come from a dictionary, noting the fetches.
    static func verifier(_ lists: [String: JSON], fetches: Fetches = Fetches()) -> CredentialVerifier {
        let fetcher = StatusListFunction { url throws(StatusFetchError) in
            fetches.urls.withLock { $0.append(url) }
            guard let list = lists[url] else { throw StatusFetchError("404 Not Found") }
            return list
        }
        return CredentialVerifier(statusLists: fetcher)
    }

    @Test func offlineTheStatusIsInconclusiveAndSaysSo() throws {
        let report = VerifierFixtures.report(try Self.credential())
        #expect(report.verdict == .inconclusive)
        #expect(report[.status]?.status == .inconclusive)
        #expect(report[.status]?.reason == "the status list \(Self.listURL) was not fetched: the check is offline")
    }

    @Test func aClearBitIsValidAndTheListIsFetchedOnce() throws {
        let fetches = Fetches()
        let report = VerifierFixtures.report(try Self.credential(), verifier: Self.verifier([Self.listURL: try Self.list(set: false)], fetches: fetches))
        #expect(report.verdict == .valid, "\(report.checks.map(\.reason))")
        #expect(report[.status]?.reason == "not revoked (entry \(Self.index) of \(Self.listURL))")
        #expect(fetches.urls.withLock { $0 } == [Self.listURL])
    }

    @Test func aSetBitIsRevoked() throws {
        let report = VerifierFixtures.report(try Self.credential(), verifier: Self.verifier([Self.listURL: try Self.list(set: true)]))
        #expect(report.verdict == .invalid)
        #expect(report.firstFailure?.check == .status)
        #expect(report.firstFailure?.reason == "the credential has been revoked (entry \(Self.index) of \(Self.listURL) is set)")
    }

    @Test func aSetBitOfASuspensionListIsSuspended() throws {
        let verifier = Self.verifier([Self.listURL: try Self.list(set: true, purpose: "suspension")])
        let report = VerifierFixtures.report(try Self.credential(purpose: "suspension"), verifier: verifier)
        #expect(report.firstFailure?.reason == "the credential is suspended (entry \(Self.index) of \(Self.listURL) is set)")
    }

    @Test func aListWhoseBitWasClearedAfterSigningIsNotBelieved() throws {
        let revoked = try Self.list(set: true)
        let cleared = revoked.setting("/credentialSubject/encodedList", to: try Self.list(set: false)["credentialSubject"]!["encodedList"]!)
        let report = VerifierFixtures.report(try Self.credential(), verifier: Self.verifier([Self.listURL: cleared]))
        #expect(report.firstFailure?.check == .status)
        #expect(report.firstFailure?.reason.hasPrefix("the status list \(Self.listURL) does not verify") == true)
    }

    @Test func aListThatCannotBeFetchedIsInconclusive() throws {
        let report = VerifierFixtures.report(try Self.credential(), verifier: Self.verifier([:]))
        #expect(report.verdict == .inconclusive)
        #expect(report[.status]?.reason == "the status list \(Self.listURL) could not be fetched: 404 Not Found")
    }

    @Test func a1EdTechRevocationListThatNamesTheCredentialRevokesIt() throws {
        let url = "https://district.example/revocations"
        let credential = try VerifierFixtures.signed(VerifierFixtures.unsigned.setting("/credentialStatus", to: ["id": .string(url), "type": "1EdTechRevocationList"]))
        let list: JSON = ["revokedCredential": [["id": credential["id"]!, "revocationReason": "issued in error"]]]
        let report = VerifierFixtures.report(credential, verifier: Self.verifier([url: list]))
        #expect(report.firstFailure?.reason == "the credential has been revoked (listed in \(url)): issued in error")
        let notListed = VerifierFixtures.report(credential, verifier: Self.verifier([url: ["revokedCredential": []]]))
        #expect(notListed.verdict == .valid)
    }
}
