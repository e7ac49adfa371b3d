@testable import Cairn
import CairnApp
import Foundation
import Testing

/// `cairn keys`: show, rotate and export an organization's signing keys from the command line.
@Suite struct KeysCommandTests {
    @Test func rotatingKeepsTheOldKeyPublishedAndExportListsBoth() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-keys-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let storage = ["--data-dir", directory, "--public-url", "https://cairn.harbor.example", "--organization", "harbor"]
        #expect(CairnCommandLine.run(["organization", "create", "--data-dir", directory, "--name", "Harbor District", "--slug", "harbor"]) == 0)
        #expect(CairnCommandLine.run(["keys", "show"] + storage) == 0, "no key yet is not an error")
        #expect(CairnCommandLine.run(["keys", "rotate"] + storage) == 0)
        #expect(CairnCommandLine.run(["keys", "rotate"] + storage) == 0)
        #expect(CairnCommandLine.run(["keys", "show"] + storage) == 0)
        #expect(CairnCommandLine.run(["keys", "rotate", "--data-dir", directory, "--organization", "nowhere"]) == 1)
        #expect(CairnCommandLine.run(["keys", "rotate", "--data-dir", directory]) == 64, "the organization is required")
        #expect(CairnCommandLine.run(["keys", "show", "--data-dir", directory, "--organization", "harbor", "--issuer-did", "x"]) == 64)

        var settings = AppConfiguration()
        settings.dataDirectory = directory
        settings.publicURL = "https://cairn.harbor.example"
        let installation = try Installation(configuration: settings)
        defer { installation.close() }
        let keys = IssuerKeys(installation: installation)
        let listed = try keys.list(organization: "harbor")
        #expect(listed.issuer == "did:web:cairn.harbor.example:o:harbor")
        #expect(listed.keys.count == 2 && listed.keys.filter { $0.retiredAt == nil }.count == 1)
        let exported = try keys.export(organization: "harbor")
        for key in listed.keys { #expect(exported.contains(key.publicKeyMultibase)) }
        #expect(!exported.contains("sealed") && !exported.contains("\"d\":"), "no private key is ever exported")
        let mode = try FileManager.default.attributesOfItem(atPath: directory + "/master.key")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
