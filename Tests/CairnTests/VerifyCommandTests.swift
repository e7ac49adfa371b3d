@testable import Cairn
import CairnCredentials
import Foundation
import Testing

/// `cairn verify` run on credential files written here: the exit status says valid (0), invalid (1),
/// inconclusive (2) or usage error (64), and the output names each check with its status and reason.
@Suite struct VerifyCommandTests {
    static let key = try! Ed25519PrivateKey(seed: Array(repeating: 9, count: 32))
    static let issuer = DIDKey.did(for: key.publicKey)!

    /// An Open Badges 3.0 credential issued by the test key's did:key, with `extra` members, signed.
    static func credential(_ extra: [String: JSON] = [:]) throws -> JSON {
        var members: [String: JSON] = [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:0c8e7d52-verify",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": "Formative assessment",
            "issuer": ["id": .string(issuer), "type": ["Profile"], "name": "Riverbend District"],
            "validFrom": "2026-01-01T00:00:00Z",
            "credentialSubject": [
                "id": "did:example:teacher", "type": ["AchievementSubject"],
                "achievement": [
                    "id": "https://riverbend.example/achievements/1", "type": ["Achievement"], "name": "Formative assessment",
                    "description": "Uses formative assessment.", "criteria": ["narrative": "Three observed lessons."],
                ],
            ],
        ]
        for (name, value) in extra { members[name] = value }
        let signer = DataIntegritySigner(key: key, verificationMethod: DIDKey.verificationMethod(for: key.publicKey)!.id)
        let signed = try signer.sign(.object(members), created: Date(timeIntervalSince1970: 1_767_225_600))
        return signed.objectValue.map { var m = $0; m["proof"] = .array(m["proof"]!.asList); return JSON.object(m) }!
    }

    /// A fresh folder holding the fixture files.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func command(_ arguments: [String]) throws -> VerifyCommand {
        try VerifyCommand(arguments: ParsedArguments(arguments, for: VerifyCommand.configuration))
    }

    @Test func aValidCredentialExitsZeroAndListsEveryCheck() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write(try Self.credential().serialized, "badge.json", in: folder)
        #expect(CairnCommandLine.run(["verify", file, "--now", "2026-06-01T00:00:00Z"]) == 0)
        let (code, text) = try Self.command([file, "--now", "2026-06-01T00:00:00Z"]).execute()
        #expect(code == 0)
        #expect(text.hasPrefix("\(file): VALID"))
        for check in VerificationCheck.allCases { #expect(text.contains("  \(check.title):"), "\(check.title) missing") }
        #expect(text.contains("[passed] eddsa-rdfc-2022 proof valid"))
    }

    @Test func aTamperedCredentialExitsOneNamingTheProof() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tampered = try Self.credential().serialized.replacingOccurrences(of: "Three observed lessons.", with: "One lesson.")
        let file = try Self.write(tampered, "tampered.json", in: folder)
        let (code, text) = try Self.command([file]).execute()
        #expect(code == 1)
        #expect(text.contains("Proof:                [failed] eddsa-rdfc-2022 proof invalid: the signature does not match"))
        #expect(CairnCommandLine.run(["verify", file]) == 1)
    }

    @Test func aStatusListOfflineExitsTwoSayingWhy() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry: JSON = ["id": "https://riverbend.example/status/1#7", "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
                           "statusListIndex": "7", "statusListCredential": "https://riverbend.example/status/1"]
        let file = try Self.write(try Self.credential(["credentialStatus": entry]).serialized, "status.json", in: folder)
        let (code, text) = try Self.command([file]).execute()
        #expect(code == 2)
        #expect(text.contains("[inconclusive] the status list https://riverbend.example/status/1 was not fetched: the check is offline"))
    }

    @Test func onlineAStatusListThatCannotBeFetchedIsInconclusiveAndPlainHTTPIsRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Port 9 on the loopback address: nothing listens, so libcurl's connection is refused at once.
        let entry: JSON = ["id": "https://127.0.0.1:9/status#7", "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
                           "statusListIndex": "7", "statusListCredential": "https://127.0.0.1:9/status"]
        let file = try Self.write(try Self.credential(["credentialStatus": entry]).serialized, "status.json", in: folder)
        let (code, text) = try Self.command([file, "--online"]).execute()
        #expect(code == 2)
        #expect(text.contains("[inconclusive] the status list https://127.0.0.1:9/status could not be fetched: Failed to connect to 127.0.0.1 port 9"))
        #expect(throws: HTTPSFetcher.FetchError.self) { try HTTPSFetcher().get("http://127.0.0.1:9/status", accept: "application/json") }
    }

    @Test func anExpiredCredentialIsInvalidAtTheTimeGiven() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write(try Self.credential(["validUntil": "2026-03-01T00:00:00Z"]).serialized, "expired.json", in: folder)
        #expect(try Self.command([file, "--now", "2026-02-01T00:00:00Z"]).execute().0 == 0)
        let (code, text) = try Self.command([file, "--now", "2026-06-01T00:00:00Z"]).execute()
        #expect(code == 1)
        #expect(text.contains("[failed] the credential expired at 2026-03-01T00:00:00Z"))
    }

    @Test func aBakedSVGIsVerifiedAndJSONOutputIsTheReport() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = try SVGBaking.bake(.json(try Self.credential().serialized),
                                     into: Array(#"<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>"#.utf8))
        let file = try Self.write(String(decoding: svg, as: UTF8.self), "badge.svg", in: folder)
        let (code, text) = try Self.command([file, "--json", "--now", "2026-06-01T00:00:00Z"]).execute()
        #expect(code == 0)
        let report = try JSON(parsing: text)
        #expect(report["verdict"] == "valid")
        #expect(report["file"] == .string(file))
        #expect(report["format"] == "SVG with a baked JSON credential")
        #expect(report["checks"]?.asList.map { $0["check"]?.stringValue ?? "" } == VerificationCheck.allCases.map(\.rawValue))
    }

    /// A CLR 2.0 learner record by the test key holding `credentials`, shaped as Cairn makes one, signed.
    static func learnerRecord(holding credentials: [JSON]) throws -> JSON {
        let record: JSON = [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                         "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:0c8e7d52-record",
            "type": ["VerifiableCredential", "ClrCredential"],
            "name": "Learner record of a teacher, Riverbend District",
            "description": "The credentials in force, for a total of 1 credit hour.",
            "partial": false,
            "issuer": ["id": .string(issuer), "type": ["Profile"], "name": "Riverbend District"],
            "validFrom": "2026-01-01T00:00:00Z",
            "credentialSubject": [
                "type": ["ClrSubject"],
                "identifier": [["type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": "A Teacher"]],
                "verifiableCredential": .array(credentials),
                "achievement": .array(credentials.compactMap { $0["credentialSubject"]?["achievement"] }),
            ],
        ]
        let signer = DataIntegritySigner(key: key, verificationMethod: DIDKey.verificationMethod(for: key.publicKey)!.id)
        return try signer.sign(record, created: Date(timeIntervalSince1970: 1_767_225_600))
    }

    @Test func aLearnerRecordIsValidWithEveryCredentialInsideAndAChangedOneMakesItInvalid() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = try Self.learnerRecord(holding: [try Self.credential()]).serialized
        let file = try Self.write(record, "learner-record.json", in: folder)
        let (code, text) = try Self.command([file, "--now", "2026-06-01T00:00:00Z"]).execute()
        #expect(code == 0, "\(text)")
        #expect(text.contains("A CLR 2.0 credential with the fields the data model requires"))
        #expect(text.contains("1 embedded credential, all valid"))

        let changed = try Self.write(record.replacingOccurrences(of: "Three observed lessons.", with: "One lesson."), "changed.json", in: folder)
        let (changedCode, changedText) = try Self.command([changed, "--now", "2026-06-01T00:00:00Z"]).execute()
        #expect(changedCode == 1)
        #expect(changedText.contains("1 of 1 embedded credential is invalid"))
    }

    @Test func notACredentialExitsOneAtTheInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write("Dear teacher, well done.", "letter.txt", in: folder)
        let (code, text) = try Self.command([file]).execute()
        #expect(code == 1)
        #expect(text.contains("Input:                [failed] the input is neither JSON, a compact JWT"))
        #expect(try Self.command([folder.appendingPathComponent("missing.json").path]).execute().0 == 1)
    }

    @Test func severalFilesExitWithTheWorstVerdict() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = try Self.write(try Self.credential().serialized, "a.json", in: folder)
        let invalid = try Self.write("{}", "b.json", in: folder)
        #expect(try Self.command([valid, invalid]).execute().0 == 1)
    }

    @Test func aMissingFileNameOrABadOptionIsAUsageError() {
        #expect(CairnCommandLine.run(["verify"]) == 64)
        #expect(CairnCommandLine.run(["verify", "x.json", "--now", "yesterday"]) == 64)
        #expect(CairnCommandLine.run(["verify", "x.json", "--offline"]) == 64)
        #expect(CairnCommandLine.run(["verify", "--help"]) == 0)
    }

    @Test func helpSaysWhatTheKeyInAFragmentDoesNotProveAndListsTheCommand() {
        let help = Help.text(for: VerifyCommand.configuration)
        #expect(help.contains("USAGE: cairn verify [--online] [--json] [--now <date-time>] [--allow-key-in-fragment] <file> ..."))
        #expect(help.contains("not that the issuer's web site publishes it"))
        #expect(CairnCommandLine.overview().contains("verify"))
    }
}
