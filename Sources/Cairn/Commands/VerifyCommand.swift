import CairnCredentials
import Foundation

/// `cairn verify FILE…`: verifies Open Badges 3.0 / CLR 2.0 credentials (JSON, VC-JWT, baked PNG or SVG)
/// and prints every check with its status and reason.
struct VerifyCommand: Command {
    static let configuration = CommandConfiguration(
        name: "verify", abstract: "Verify Open Badges 3.0 and CLR 2.0 credentials (JSON, VC-JWT, baked PNG or SVG).",
        discussion: """
        Prints each check (input, context, structure, credential schema, JSON-LD, proof, issuer key, validity \
        period, status, embedded credentials) with its status and reason.
        Exit status: 0 valid (warnings allowed), 1 invalid, 2 inconclusive, 64 usage error; with several files, \
        the worst of them (invalid before inconclusive).
        Offline by default: only the bundled JSON-LD contexts and did:key keys are used, and a check that would \
        need the network (a did:web or https:// key, a status list) is inconclusive, never a silent pass.
        """,
        options: [
            .flag("--online", help: "Fetch did:web documents, issuers' key documents (https://…#key) and status lists over HTTPS "
                  + "(10 s and 1 MB at most each). Contexts are never fetched."),
            .flag("--json", help: "Print the reports as JSON."),
            .value("--now", "date-time", help: "Judge validity periods at this time (e.g. 2026-06-01T00:00:00Z) instead of now."),
            .flag("--allow-key-in-fragment", help: "Accept a verification method <issuer URL>#<multibase key> as the issuer's key "
                  + "(1EdTech's validator convention). It proves only that the signer wrote that key into the credential, "
                  + "not that the issuer's web site publishes it."),
        ],
        positional: "file")

    let files: [String]
    let online: Bool
    let json: Bool
    let now: Date
    let allowKeyInFragment: Bool

    init(arguments: ParsedArguments) throws(UsageError) {
        files = arguments.positionals
        guard !files.isEmpty else { throw UsageError("Name at least one credential file to verify") }
        online = arguments.flag("--online")
        json = arguments.flag("--json")
        allowKeyInFragment = arguments.flag("--allow-key-in-fragment")
        if let text = arguments.value("--now") {
            guard let date = try? Date(text, strategy: .iso8601) else {
                throw UsageError("Invalid value '\(text)' for '--now': give a date and time such as 2026-06-01T00:00:00Z")
            }
            now = date
        } else {
            now = Date()
        }
    }

    func run() throws -> Int32 {
        let (code, text) = execute()
        print(text)
        return code
    }

    /// Verifies every file: the exit code and the text to print.
    func execute() -> (Int32, String) {
        let verifier = makeVerifier()
        var reports: [(String, VerificationReport)] = []
        for file in files {
            let report: VerificationReport
            if let data = FileManager.default.contents(atPath: file) {
                report = verifier.verify([UInt8](data), at: now)
            } else {
                report = VerificationReport(format: nil, credential: nil, checks: [
                    CheckResult(.input, .failed, "the file \(file) cannot be read"),
                ])
            }
            reports.append((file, report))
        }
        let verdicts = reports.map(\.1.verdict)
        let code: Int32 = verdicts.contains(.invalid) ? 1 : verdicts.contains(.inconclusive) ? 2 : 0
        if json {
            let items = reports.map { file, report in
                var members = report.json.objectValue ?? [:]
                members["file"] = .string(file)
                return JSON.object(members)
            }
            return (code, (files.count == 1 ? items[0] : .array(items)).serialized)
        }
        return (code, reports.map { Self.text(file: $0.0, report: $0.1) }.joined(separator: "\n\n"))
    }

    /// The report as lines a person reads: the verdict, then each check with its status and reason.
    static func text(file: String, report: VerificationReport, indent: String = "") -> String {
        var lines = ["\(indent)\(file): \(report.verdict.rawValue.uppercased())"]
        let width = VerificationCheck.allCases.map(\.title.count).max()! + 1
        for check in report.checks {
            let title = (check.check.title + ":").padding(toLength: width + 1, withPad: " ", startingAt: 0)
            let status = "[\(check.status.rawValue)]"
            lines.append("\(indent)  \(title)\(status) \(check.reason)")
            for (index, nested) in check.embedded.enumerated() {
                let name = nested.credential?["id"]?.stringValue ?? "credential \(index + 1)"
                lines.append(text(file: "embedded \(name)", report: nested, indent: indent + "    "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The verifier: bundled contexts always; did:web and HTTPS keys and status lists through libcurl only when online.
    func makeVerifier() -> CredentialVerifier {
        guard online else {
            return CredentialVerifier(keys: KeyResolver(allowKeyInFragment: allowKeyInFragment))
        }
        let fetcher = HTTPSFetcher()
        let fetchDocument: DIDWebResolver.Fetch = { url throws(DIDResolutionError) in
            do throws(HTTPSFetcher.FetchError) { return try fetcher.get(url, accept: "application/did+json, application/json") } catch {
                throw .fetchFailed(url, reason: error.description)
            }
        }
        let keys = KeyResolver(allowKeyInFragment: allowKeyInFragment, didWeb: DIDWebResolver(fetch: fetchDocument),
                               other: ControllerDocumentResolver(fetch: fetchDocument))
        let statusLists = StatusListFunction { url throws(StatusFetchError) in
            let bytes: [UInt8]
            do throws(HTTPSFetcher.FetchError) {
                bytes = try fetcher.get(url, accept: "application/vc+ld+json, application/ld+json, application/json")
            } catch {
                throw StatusFetchError(error.description)
            }
            do throws(JSON.SyntaxError) { return try JSON(parsing: bytes) } catch {
                throw StatusFetchError("\(url) is not JSON: \(error.reason)")
            }
        }
        return CredentialVerifier(keys: keys, statusLists: statusLists)
    }
}
