// Signs and verifies an Open Badges 3.0 credential with Cairn's credentials engine, and times libsodium's
// raw Ed25519 beside it in the same run, one thread each.
//   CREDENTIALS_BENCH_SECONDS=3 (the time given to each operation); CREDENTIALS_BENCH_PROFILE=sign|verify to profile one
import CJemalloc
import CSodium
import CairnCredentials
import Foundation

let seconds = Double(ProcessInfo.processInfo.environment["CREDENTIALS_BENCH_SECONDS"] ?? "") ?? 3
let created = Date(timeIntervalSince1970: 1_772_461_800)   // 2026-03-02T14:30:00Z
let verifiedAt = Date(timeIntervalSince1970: 1_780_272_000) // 2026-06-01T00:00:00Z

let signer = DataIntegritySigner(key: SampleCredential.key, verificationMethod: SampleCredential.verificationMethod)
let proofVerifier = ProofVerifier()
let credentialVerifier = CredentialVerifier()

let unsignedText = Array(SampleCredential.unsigned.serialized.utf8)
let signedJSON = signed(try! JSON(parsing: unsignedText))
let signedText = Array(signedJSON.serialized.utf8)

/// The credential with its proof, which OB 3.0 writes as an array.
func signed(_ credential: JSON) -> JSON {
    guard case .object(var members) = try! signer.sign(credential, created: created) else { fatalError("signing gave no object") }
    members["proof"] = .array(members["proof"]!.asList)
    return .object(members)
}

/// Parses the unsigned text, signs it and serializes the signed credential.
func signOnce() -> Int {
    signed(try! JSON(parsing: unsignedText)).serialized.utf8.count
}

/// Parses the signed text and checks its proof.
func verifyOnce() -> Bool {
    let results = proofVerifier.verify(try! JSON(parsing: signedText))
    return results.count == 1 && results[0].isValid
}

// Check once that what is timed works.
precondition(signOnce() == signedText.count, "signing did not give the same credential twice")
precondition(verifyOnce(), "the signed credential's proof does not verify")
let report = credentialVerifier.verify(signedText, at: verifiedAt)
precondition(report[.proof]?.status == .passed, "the verifier did not pass the credential's proof")

// CREDENTIALS_BENCH_PROFILE=sign (or verify) runs only that, for a profiler: `perf record -g`.
switch ProcessInfo.processInfo.environment["CREDENTIALS_BENCH_PROFILE"] {
case "sign"?: print(Measurement.run("sign", for: seconds) { _ = signOnce() }.perSecond); exit(0)
case "verify"?: print(Measurement.run("verify", for: seconds) { _ = verifyOnce() }.perSecond); exit(0)
default: break
}

print("Credentials: an OB 3.0 AchievementCredential with six rubric results, \(unsignedText.count) bytes unsigned, "
      + "\(signedText.count) signed; \(seconds) s each on one thread; \(ProcessInfo.processInfo.activeProcessorCount) cores; "
      + "allocating with \(cairn_jemalloc_statistic("stats.allocated") > 0 ? "jemalloc, as `cairn` does" : "the C library (jemalloc not linked)").")
print("CredentialVerifier offline with a did:key issuer: \(report.verdict.rawValue); status lists are not fetched offline.")
for check in report.checks where check.status == .failed { print("  \(check.check.title) failed: \(check.reason)") }

var sink = 0
var measurements: [Measurement] = []
measurements.append(.run("eddsa-rdfc-2022 sign (parse, sign, serialize)", for: seconds, target: 2000) { sink &+= signOnce() })
measurements.append(.run("eddsa-rdfc-2022 verify (parse, verify proof)", for: seconds, target: 2000) { sink &+= verifyOnce() ? 1 : 0 })
measurements.append(.run("CredentialVerifier, every check, offline", for: seconds) {
    sink &+= credentialVerifier.verify(signedText, at: verifiedAt).checks.count
})

var publicKey = [UInt8](repeating: 0, count: Int(crypto_sign_PUBLICKEYBYTES))
var secretKey = [UInt8](repeating: 0, count: Int(crypto_sign_SECRETKEYBYTES))
precondition(sodium_init() >= 0)
crypto_sign_keypair(&publicKey, &secretKey)
let message = [UInt8](repeating: 0x5a, count: 64)
var signature = [UInt8](repeating: 0, count: Int(crypto_sign_BYTES))
measurements.append(.run("libsodium crypto_sign_detached, 64 bytes", for: seconds) {
    crypto_sign_detached(&signature, nil, message, UInt64(message.count), secretKey)
    sink &+= Int(signature[0])
})
measurements.append(.run("libsodium crypto_sign_verify_detached, 64 bytes", for: seconds) {
    sink &+= Int(crypto_sign_verify_detached(signature, message, UInt64(message.count), publicKey))
})

// Where a signature's time goes: each stage of the document's canonical form on its own.
let stageSeconds = min(seconds, 1)
let unsignedJSON = try! JSON(parsing: unsignedText)
let safeMode = JSONLD.Options(safeMode: true)
let expanded = try! JSONLD.expand(unsignedJSON, options: safeMode)
let quads = try! JSONLD.toRDF(expanded: expanded, options: safeMode)
let canonical = try! RDFCanonicalizer.canonicalize(quads).bytes
let proofConfiguration = try! signer.proofConfiguration(for: unsignedJSON, created: created)
let documentForms = try! DataIntegrityCanonicalForms(document: unsignedJSON, proofConfiguration: [:], loader: DocumentLoader.bundledOnly)
let stages: [Measurement] = [
    .run("parse the unsigned credential", for: stageSeconds) { sink &+= (try! JSON(parsing: unsignedText)).objectValue!.count },
    .run("expand it (JSON-LD safe mode)", for: stageSeconds) { sink &+= (try! JSONLD.expand(unsignedJSON, options: safeMode)).count },
    .run("expand, to RDF, RDFC-1.0: as a proof does", for: stageSeconds) {
        sink &+= try! DataIntegrityCanonicalForms(document: unsignedJSON, proofConfiguration: [:], loader: DocumentLoader.bundledOnly)
            == documentForms ? 1 : 0
    },
    .run("  (expanded to RDF as a list, \(quads.count) quads)", for: stageSeconds) {
        sink &+= (try! JSONLD.toRDF(expanded: expanded, options: safeMode)).count
    },
    .run("  (that list canonicalized, RDFC-1.0)", for: stageSeconds) { sink &+= (try! RDFCanonicalizer.canonicalize(quads)).bytes.count },
    .run("hash (SHA-256) and sign (Ed25519)", for: stageSeconds) { sink &+= Int(SampleCredential.key.sign(DigestAlgorithm.sha256.hash(canonical))[0]) },
    .run("serialize the signed credential", for: stageSeconds) { sink &+= signedJSON.serialized.utf8.count },
    .run("the proof configuration, to canonical N-Quads", for: stageSeconds) {
        sink &+= (try! DataIntegrityCanonicalForms(document: [:], proofConfiguration: proofConfiguration, loader: DocumentLoader.bundledOnly)).proofConfiguration.utf8.count
    },
    .run("the proof's timestamp", for: stageSeconds) { sink &+= DataIntegritySigner.dateTimeStamp(created).utf8.count },
]
print()
print("stage of signing (the document only)".padding(toLength: 50, withPad: " ", startingAt: 0), "ms each".leftPadded(12))
for stage in stages {
    print(stage.operation.padding(toLength: 50, withPad: " ", startingAt: 0), String(format: "%.4f", stage.millisecondsEach).leftPadded(12))
}

print()
print("operation".padding(toLength: 50, withPad: " ", startingAt: 0), "per second".leftPadded(12), "ms each".leftPadded(10),
      "target".leftPadded(8), "met?".leftPadded(6))
for m in measurements {
    let target = m.target.map { String(Int($0)) } ?? "—"
    let met = m.target.map { m.perSecond >= $0 ? "met" : "MISSED" } ?? ""
    print(m.operation.padding(toLength: 50, withPad: " ", startingAt: 0), String(Int(m.perSecond.rounded())).leftPadded(12),
          String(format: "%.4f", m.millisecondsEach).leftPadded(10), target.leftPadded(8), met.leftPadded(6))
}
if sink == 42 { print("") }  // keeps the results alive

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
