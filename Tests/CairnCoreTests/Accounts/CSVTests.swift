import Foundation
import Testing
@testable import CairnCore

@Suite struct CSVTests {
    func fields(_ text: String) throws -> [[String]] { try CSV.parse(text).map(\.fields) }

    @Test func plainRecordsSplitOnCommasAndLineEnds() throws {
        #expect(try fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try fields("a,b\r\n1,2") == [["a", "b"], ["1", "2"]])
    }

    @Test func emptyFieldsAreKept() throws {
        #expect(try fields("a,,c\n,,\n") == [["a", "", "c"], ["", "", ""]])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "name,note\r\n\"Lopez, Ana\",\"said \"\"hi\"\"\"\r\n\"two\r\nlines\",\"\"\r\n"
        #expect(try fields(text) == [["name", "note"], ["Lopez, Ana", "said \"hi\""], ["two\r\nlines", ""]])
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        #expect(try fields("\u{FEFF}email,name\nx,y") == [["email", "name"], ["x", "y"]])
    }

    @Test func blankLinesAreSkippedAndLineNumbersFollowTheFile() throws {
        let records = try CSV.parse("h\n\n\"a\nb\"\nc\r\n\r\nd")
        #expect(records == [CSV.Record(line: 1, fields: ["h"]), CSV.Record(line: 3, fields: ["a\nb"]),
                            CSV.Record(line: 5, fields: ["c"]), CSV.Record(line: 7, fields: ["d"])])
    }

    @Test func unicodeSurvives() throws {
        #expect(try fields("Zoë,👩🏽‍🏫\n") == [["Zoë", "👩🏽‍🏫"]])
    }

    @Test func malformedQuotingIsReportedWithItsLine() {
        #expect(throws: CSVError.unterminatedQuote(line: 2)) { try CSV.parse("a\n\"open\nnever closed") }
        #expect(throws: CSVError.unexpectedQuote(line: 2)) { try CSV.parse("a\nab\"c\"") }
        #expect(throws: CSVError.unexpectedQuote(line: 1)) { try CSV.parse("\"a\"b,c") }
    }
}
