// Issues credentials through Cairn's use cases on SQLite, one thread, as an admin's direct award and an
// assessor's earned decision do it: each award with its signed credential, status entry, pathway check and
// notification in one transaction. Beside them, signing the same credential alone, for the share signing takes.
//   ISSUANCE_BENCH_AWARDS=1000 (educators awarded directly); ISSUANCE_BENCH_DECISIONS=300 (submissions decided)
import CJemalloc
import CairnApp
import CairnCore
import CairnCredentials
import Foundation
import Synchronization

let environment = ProcessInfo.processInfo.environment
let awards = max(1, Int(environment["ISSUANCE_BENCH_AWARDS"] ?? "") ?? 1000)
let decisions = max(1, Int(environment["ISSUANCE_BENCH_DECISIONS"] ?? "") ?? 300)
/// Awards and decisions made before timing: the first open the district's signing key and warm the caches.
let warmUp = 20, warmUpDecisions = 5
/// The installation's directory, removed when the benchmark stops.
let directory = Mutex<String?>(nil)

/// Stops the benchmark: what it would time did not work.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("IssuanceBench: \(message)\n".utf8))
    if let path = directory.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    exit(1)
}

let clock = ContinuousClock()
var started = clock.now
let district = try BenchDistrict.make(educators: max(awards + warmUp, decisions + warmUpDecisions))
directory.withLock { $0 = district.directory }
defer { district.remove() }
let store = district.installation.store
print("Issuance: Riverbend (the demo district) on SQLite in a fresh directory, \(district.educators.count) more educators; "
      + "one thread; \(ProcessInfo.processInfo.activeProcessorCount) cores; "
      + "allocating with \(cairn_jemalloc_statistic("stats.allocated") > 0 ? "jemalloc, as `cairn` does" : "the C library (jemalloc not linked)"). "
      + String(format: "Seeded in %.1f s.", Timing.seconds(since: started, on: clock)))

// (a) An admin's direct award, one transaction per row. The first rows open the district's signing key: not timed.
let bulk = BulkAwarding(installation: district.installation, notifications: district.notifications)
/// The educators as an admin pastes them: one address a line, with the run's narrative.
func awardList(_ educators: ArraySlice<Member>) throws -> DirectAwardList {
    try DirectAwardList(pasted: educators.map(\.person.email.rawValue).joined(separator: "\n"), narrative: "Led the routines institute.")
}
/// Awards the microcredential to the educators in one run; returns how many were awarded (every one, or the benchmark stops).
func awardAll(_ educators: ArraySlice<Member>) throws -> Int {
    let report = try bulk.award(district.awarded.microcredentialID, to: try awardList(educators), by: district.admin) { line, error in
        fail("row \(line) of the direct award failed: \(error)")
    }
    guard report.awarded.count == educators.count else { fail("\(report.refused.count) rows of the direct award were refused: \(report.refused)") }
    return report.awarded.count
}
_ = try awardAll(district.educators[awards..<(awards + warmUp)])
let direct = try Timing.of("BulkAwarding, direct award (award, credential, status…)") { try awardAll(district.educators[..<awards]) }

// (b) An assessor's earned decision. Each educator enrolls, writes the reflection and submits, and the
// assessor claims the submission: all before timing. Timed: opening it and deciding it, as the review page does.
started = clock.now
let earning = Earning(installation: district.installation, notifications: district.notifications)
let reviewing = Reviewing(installation: district.installation, notifications: district.notifications)
var submissions: [Submission.ID] = []
for educator in district.educators.prefix(decisions + warmUpDecisions) {
    let enrolled = try earning.enroll(in: BenchDistrict.reviewedSlug, by: educator)
    try earning.saveText(try EvidenceItem(requirementID: "r1", text: "The exit tickets showed half the class confused fractions "
                                            + "with ratios; tomorrow I start from a number line and ask each table to explain it back."),
                         in: try earning.editable("r1", of: enrolled.enrollmentID, by: educator))
    let submitted = try earning.submit(enrolled.enrollmentID, by: educator)
    try reviewing.claim(submitted.submission.id, by: district.assessor)
    submissions.append(submitted.submission.id)
}
print("Prepared \(submissions.count) submissions claimed by the assessor (enroll, evidence, submit, claim) "
      + String(format: "in %.1f s.", Timing.seconds(since: started, on: clock)))
let scores = (1...3).map { ScoreEntry(criterionID: "c\($0)", levelID: "demonstrated", feedback: "Clear evidence, and a next step that follows from it.") }
let decision = Reviewing.DecisionInput(scores: scores, summary: "Earned: the plan follows from what the students showed.", override: nil)
/// Opens and decides the submissions, as the assessor's review page does; returns how many.
func decideAll(_ ids: ArraySlice<Submission.ID>) throws -> Int {
    for id in ids {
        let decided = try reviewing.decide(try reviewing.open(id, by: district.assessor), decision)
        guard decided.review.decision == .earned, decided.credential != nil else { fail("submission \(id) was not earned with a credential") }
    }
    return ids.count
}
_ = try decideAll(submissions[..<warmUpDecisions])
let reviewed = try Timing.of("Reviewing, earned decision (review, award, credential…)") { try decideAll(submissions[warmUpDecisions...]) }

// Check once that everything timed was issued, and that every credential verifies (its proof, its status).
let issued = try store.credentials.credentials(in: district.riverbend.id, limit: 100_000, offset: 0).map { $0.0 }
let awarded = awards + warmUp + decisions + warmUpDecisions
guard issued.count == awarded else { fail("\(issued.count) credentials for \(awarded) awards") }
let credentials = Credentials(installation: district.installation, notifications: district.notifications)
let verified = Timing.of("Credentials.verify, every check (not part of issuing)") {
    for credential in issued {
        let verification = credentials.verify(Array(credential.document.utf8))
        guard verification.verdict == .valid else {
            fail("credential \(credential.id) is \(verification.verdict): "
                 + verification.checks.filter { $0.status != "passed" }.map { "\($0.name) \($0.status): \($0.reason)" }.joined(separator: "; "))
        }
    }
    return issued.count
}
print("Checked: every row awarded, every decision earned, \(issued.count) credentials for \(awarded) awards (warm-up included), every one valid.")

// Signing alone: the very document a direct award signed, without its proof, with the signer issuing uses.
guard case .object(var members) = try JSON(parsing: Array(issued[0].document.utf8)) else { fail("a credential is not a JSON object") }
members["proof"] = nil
let unsigned = JSON.object(members)
let key = try Ed25519PrivateKey(seed: Array(repeating: 7, count: 32))
guard let method = DIDKey.verificationMethod(for: key.publicKey)?.id else { fail("no did:key for the benchmark's key") }
let signer = DataIntegrityCredentialSigner()
var sink = 0
let signing = Timing.repeating("the same credential signed alone (eddsa-rdfc-2022)", for: 2) {
    sink &+= (try? signer.sign(unsigned, key: key, verificationMethod: method, created: Date()))?.serialized.utf8.count ?? 0
}

print()
print(Timing.heading)
for timing in [direct, reviewed, signing, verified] { print(timing.row) }
print(String(format: "Signing is %.0f %% of a direct award's time and %.0f %% of an earned decision's.",
             100 * signing.millisecondsEach / direct.millisecondsEach, 100 * signing.millisecondsEach / reviewed.millisecondsEach))
if sink == 42 { print("") }  // keeps the signatures alive
