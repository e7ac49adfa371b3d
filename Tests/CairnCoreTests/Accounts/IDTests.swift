import Foundation
import Testing
@testable import CairnCore

@Suite struct IDTests {
    @Test func generatedIdentifiersAreLowercaseUUIDs() {
        let id = ID<Organization>.generate()
        #expect(UUID(uuidString: id.rawValue) != nil)
        #expect(id.rawValue == id.rawValue.lowercased())
        #expect(id != ID<Organization>.generate())
    }

    @Test func identifiersParseFromTextAndRefuseBlanks() {
        #expect(ID<Person>("abc")?.rawValue == "abc")
        #expect(ID<Person>("") == nil)
        #expect(ID<Person>("a b") == nil)
        #expect(ID<Person>("a\tb") == nil && ID<Person>("a\nb") == nil)
        #expect(ID<Person>("a\u{00A0}b") == nil && ID<Person>("a\u{2003}b") == nil, "Unicode spaces too")
        #expect(ID<Person>("é-1")?.rawValue == "é-1")
    }

    @Test func identifiersEncodeAsPlainStrings() throws {
        let id = ID<School>(rawValue: "s-1")
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == "[\"s-1\"]")
        #expect(try JSONDecoder().decode([ID<School>].self, from: data) == [id])
    }
}
