import Testing
@testable import CairnCore

@Suite struct VideoCommentTests {
    func comment(_ start: Double, _ end: Double? = nil, _ text: String = "Nice wait time.") throws(ReviewError) -> VideoComment {
        try VideoComment(submissionID: .init(rawValue: "s1"), fileSHA256: "bb", startSeconds: start, endSeconds: end, text: text, criterionID: "c2",
                         authorID: Earning.ben, createdAt: Earning.now)
    }

    @Test(arguments: [(65.0, nil as Double?, "1:05"), (65, 90, "1:05–1:30"), (3725, nil, "1:02:05"), (0, 0, "0:00–0:00")])
    func labelsTheMoment(_ start: Double, _ end: Double?, _ label: String) throws {
        #expect(try comment(start, end).timeLabel == label)
    }

    @Test func aSpanCannotEndBeforeItStartsAndTextIsRequired() {
        #expect(throws: ReviewError.invalidComment) { try comment(30, 10) }
        #expect(throws: ReviewError.invalidComment) { try comment(-1) }
        #expect(throws: ReviewError.invalidComment) { try comment(5, nil, " ") }
    }

    @Test func aMomentIsARealNumberWithinADay() throws {
        for bad in [Double.infinity, .nan, 1e20, VideoComment.maximumSeconds + 1] {
            #expect(throws: ReviewError.invalidComment) { try comment(bad) }
            #expect(throws: ReviewError.invalidComment) { try comment(0, bad) }
        }
        #expect(try comment(VideoComment.maximumSeconds).timeLabel == "24:00:00")
        #expect(VideoComment.clock(.infinity) == "0:00" && VideoComment.clock(-5) == "0:00")
    }

    @Test func commentsListByTime() throws {
        let late = try comment(90), early = try comment(12)
        #expect(VideoComment.byTime([late, early]).map(\.startSeconds) == [12, 90])
    }
}
