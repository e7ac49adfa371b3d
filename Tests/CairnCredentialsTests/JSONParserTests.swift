import Foundation
import Testing
@testable import CairnCredentials

/// The byte parser behind `JSON(parsing:)`: what it reads, and what it refuses with a reason.
@Suite struct JSONParserTests {
    struct NumberCase: CustomTestStringConvertible, Sendable {
        let text: String, value: Double
        var testDescription: String { text }
    }

    @Test(arguments: [
        NumberCase(text: "0", value: 0), NumberCase(text: "-0", value: -0.0), NumberCase(text: "42", value: 42),
        NumberCase(text: "-17", value: -17), NumberCase(text: "1.5", value: 1.5), NumberCase(text: "0.1", value: 0.1),
        NumberCase(text: "0.000123", value: 0.000123), NumberCase(text: "1e3", value: 1000), NumberCase(text: "1E+3", value: 1000),
        NumberCase(text: "2.5e-3", value: 0.0025), NumberCase(text: "9007199254740993", value: 9007199254740992),
        NumberCase(text: "123456789012345678901234567890", value: 1.2345678901234568e29),
        NumberCase(text: "0.30000000000000004", value: 0.30000000000000004), NumberCase(text: "1.7976931348623157e308", value: .greatestFiniteMagnitude),
        NumberCase(text: "5e-324", value: 5e-324), NumberCase(text: "1e-400", value: 0), NumberCase(text: "3.14159265358979323846", value: .pi),
    ])
    func numbersReadAsTheNearestDouble(_ c: NumberCase) throws {
        let value = try #require(try JSON(parsing: "[\(c.text)]").arrayValue?.first?.numberValue)
        #expect(value == c.value)
        #expect(value.sign == c.value.sign)
    }

    @Test func numbersReadTheSameAsFoundationDoesOnManyValues() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
            let texts = ["\(value)", String(format: "%.17g", value), String(format: "%.6e", value), String(format: "%.3f", value.truncatingRemainder(dividingBy: 1e9))]
            for text in texts where !text.contains("inf") && !text.contains("nan") {
                #expect(try JSON(parsing: text).numberValue == Double(text), "\(text)")
            }
        }
    }

    @Test func escapesAreDecoded() throws {
        let json = try JSON(parsing: #"["\"\\\/\b\f\n\r\t", "\u00e9\u20AC\u0000", "caf\u00e9 é"]"#)
        #expect(json == ["\"\\/\u{08}\u{0C}\n\r\t", "é€\u{0}", "café é"])
    }

    @Test func aSurrogatePairIsOneScalar() throws {
        #expect(try JSON(parsing: #""\ud83c\udf93 \uD834\uDD1E""#) == "🎓 𝄞")
    }

    @Test(arguments: [(#""\ud83c""#, "the escape \\uD83C begins a surrogate pair that has no second half (at byte 7)"),
                      (#""\ud83cx""#, "the escape \\uD83C begins a surrogate pair that has no second half (at byte 7)"),
                      (#""\ud83c\u0041""#, "the escape \\uD83C is followed by \\u0041, not the second half of a surrogate pair (at byte 13)"),
                      (#""\udf93""#, "the escape \\uDF93 is the second half of a surrogate pair without the first (at byte 7)")])
    func anUnpairedSurrogateIsRefused(text: String, reason: String) {
        #expect(throws: JSON.SyntaxError(reason: reason)) { try JSON(parsing: text) }
    }

    @Test func nestingToTheLimitIsRead() throws {
        let depth = JSONParser.maximumDepth
        let json = try JSON(parsing: String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        var level = 0
        var current = json
        while let inner = current.arrayValue?.first { current = inner; level += 1 }
        #expect(level == depth - 1)
    }

    @Test func nestingDeeperThanTheLimitIsRefusedWithAReason() {
        let text = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        #expect(throws: JSON.SyntaxError(reason: "arrays and objects nest more than 512 deep (at byte 2560)")) { try JSON(parsing: text) }
    }

    @Test(arguments: [
        ("", "the text is empty"),
        ("  \n", "the text is empty"),
        (#"{"a": }"#, "unexpected “}” where a value should be (at byte 6)"),
        ("[1,]", "unexpected “]” where a value should be (at byte 3)"),
        (#"{"a": 1,}"#, "unexpected “}” where a member name in quotes should be (at byte 8)"),
        ("[1 2]", "unexpected “2” where “,” or “]” should be (at byte 3)"),
        (#"{"a" 1}"#, "unexpected “1” where “:” should follow the member name (at byte 5)"),
        ("[01]", "a number has a leading zero (at byte 1)"),
        ("[1.]", "unexpected “]” where a digit should follow the decimal point (at byte 3)"),
        ("[-]", "unexpected “]” where a digit should be (at byte 2)"),
        ("[1e]", "unexpected “]” where a digit of the exponent should be (at byte 3)"),
        ("[1e400]", "the number 1e400 is too large for a double (at byte 1)"),
        ("[NaN]", "unexpected “N” where a value should be (at byte 1)"),
        ("[tru]", "unexpected “t” where a value should be (at byte 1)"),
        ("[1] x", "unexpected “x” after the end of the JSON value (at byte 4)"),
        ("[1] // comment", "unexpected “/” after the end of the JSON value (at byte 4)"),
        (#"["abc"#, "a string is not closed (at byte 1)"),
        ("[\"a\tb\"]", "a control character (byte 0x09) must be escaped in a string (at byte 3)"),
        (#"["\x"]"#, "unexpected “x” after “\\” in a string (escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) (at byte 3)"),
        (#"["\u12G4"]"#, "unexpected “G” where a hexadecimal digit of a \\u escape should be (at byte 6)"),
        (#"{"a": 1, "a": 2}"#, "the member “a” appears twice in one object (before byte 15)"),
        ("[", "the text ends where a value should be (at byte 1)"),
    ])
    func textThatIsNotJSONIsRefusedWithWhereAndWhy(text: String, reason: String) {
        #expect(throws: JSON.SyntaxError(reason: reason)) { try JSON(parsing: text) }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: JSON.SyntaxError(reason: "a string is not valid UTF-8 (at byte 2)")) { try JSON(parsing: [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D]) }
        #expect(throws: JSON.SyntaxError(reason: "a string is not valid UTF-8 (at byte 2)")) {
            try JSON(parsing: Array(#"["\n"#.utf8) + [0xFF] + Array(#""]"#.utf8))
        }
    }

    @Test func aByteOrderMarkAndSurroundingWhitespaceAreSkipped() throws {
        #expect(try JSON(parsing: [0xEF, 0xBB, 0xBF] + Array(" \t\r\n{\"a\": [true, false, null]} \n".utf8)) == ["a": [true, false, nil]])
    }

    @Test func aTopLevelScalarIsAValue() throws {
        #expect(try JSON(parsing: "\"text\"") == "text")
        #expect(try JSON(parsing: "12") == 12)
        #expect(try JSON(parsing: "null") == nil)
    }

    @Test func dataAndStringsAndArraysReadTheSame() throws {
        let text = #"{"@context": ["https://www.w3.org/ns/credentials/v2"], "name": "Ünïcode ✓", "n": [1, 2.5e10]}"#
        let fromString = try JSON(parsing: text)
        #expect(try JSON(parsing: Data(text.utf8)) == fromString)
        #expect(try JSON(parsing: Array(text.utf8)) == fromString)
        #expect(try JSON(parsing: text.utf8) == fromString)
    }

    @Test func whatIsSerializedReadsBackTheSame() throws {
        let json: JSON = ["a": ["b\u{01}\"\\", 1e21, -0.000001, 123456789, true, nil, [:], []], "é": ["🎓": "x"]]
        #expect(try JSON(parsing: json.serialized) == json)
    }
}
