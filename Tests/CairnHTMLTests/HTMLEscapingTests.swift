import Testing
import CairnHTML

@Suite struct HTMLEscapingTests {
    /// Every ASCII character, alone and between letters, escaped as text and as an attribute value.
    @Test func eachASCIICharacterIsEscapedExactlyWhereItMustBe() {
        let text: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;"]
        let attribute = text.merging(["\"": "&quot;", "'": "&#39;"]) { $1 }
        for value in UInt8(1)...UInt8(127) {
            let character = Character(Unicode.Scalar(value))
            let expectedText = text[character] ?? String(character)
            let expectedAttribute = attribute[character] ?? String(character)
            #expect(p { "a\(character)b\(character)" }.render() == "<p>a\(expectedText)b\(expectedText)</p>", "byte \(value)")
            #expect(span(.title("\(character)z")).render() == #"<span title="\#(expectedAttribute)z"></span>"#, "byte \(value)")
        }
    }
}
