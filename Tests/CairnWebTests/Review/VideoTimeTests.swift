@testable import CairnWeb
import Testing

/// The moment typed in a video comment form.
@Suite struct VideoTimeTests {
    @Test(arguments: [("65", 65.0), ("12.5", 12.5), ("0", 0.0), ("1:05", 65.0), (" 1:05 ", 65.0), ("0:12.5", 12.5),
                      ("10:00", 600.0), ("1:02:03", 3723.0), ("90:00", 5400.0)])
    func readsSecondsAndClockTimes(_ text: String, _ seconds: Double) {
        #expect(VideoTime.parse(text) == seconds)
    }

    @Test(arguments: ["", "soon", "-5", "1:75", "1:60", "1:-5", "1::05", ":05", "1:05:", "1:60:00", "1:2:3:4", "1e3", "1.2.3", ".", "0x10",
                      "99999999999999999999", String(repeating: "9", count: 400), "24:00:01", "999999:00"])
    func refusesAnythingElse(_ text: String) {
        #expect(VideoTime.parse(text) == nil)
    }

    @Test func fieldsShowTenthsOnlyWhenNeeded() {
        #expect(VideoTime.field(65) == "65")
        #expect(VideoTime.field(12.54) == "12.5")
    }

    @Test func aDayIsTheLongestMomentAndNothingHugeCrashesTheLabels() {
        #expect(VideoTime.parse("24:00:00") == 86_400)
        #expect(VideoTime.field(.infinity) == "0" && VideoTime.field(1e20) == "86400")
        #expect(EvidenceFileView.duration(.nan) == "0 s" && EvidenceFileView.duration(1e300) == "24 h")
    }
}
