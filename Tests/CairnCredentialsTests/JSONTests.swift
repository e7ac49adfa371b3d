import Testing
@testable import CairnCredentials

@Suite struct JSONTests {
    @Test func parsingKeepsEveryKindOfValue() throws {
        let json = try JSON(parsing: #"{"b": true, "n": 1.5, "i": 3, "s": "é\n", "l": [null, false], "o": {}}"#)
        #expect(json == ["b": true, "n": 1.5, "i": 3, "s": "é\n", "l": [nil, false], "o": [:]])
    }

    @Test func serializationSortsKeysAndPrintsNumbersAsJavaScriptDoes() {
        let json: JSON = ["z": 1, "@context": "x", "a": [2.5, 1e21, 100, -0.000001], "q": "a\"b\u{01}"]
        #expect(json.serialized == #"{"@context":"x","a":[2.5,1e+21,100,-0.000001],"q":"a\"b\u0001","z":1}"#)
    }

    @Test(arguments: [(0.1, "0.1"), (123456789012345680000.0, "123456789012345680000"), (1e-7, "1e-7"),
                      (0.00001, "0.00001"), (1.5e300, "1.5e+300"), (-2.25, "-2.25"), (1234.5678, "1234.5678")])
    func numbersReadAsJavaScriptWritesThem(value: Double, text: String) {
        #expect(JSON.format(value) == text)
    }

    @Test func textThatIsNotJSONIsRefused() {
        #expect(throws: JSON.SyntaxError.self) { try JSON(parsing: "{\"a\": }") }
        #expect(throws: JSON.SyntaxError.self) { try JSON(parsing: "") }
    }
}
