import Foundation
import Testing
@testable import CairnCore

/// A broken design file and the error it should give.
struct BadFile: Sendable, CustomTestStringConvertible {
    let id: String
    let bytes: [UInt8]
    let expected: DesignFileError
    var testDescription: String { id }

    /// The well-formed file with one value replaced (or removed, with nil) at a path.
    init(_ id: String, at path: [String], _ value: JSONValue?, _ expected: DesignFileError) {
        var tree = try! JSONDecoder().decode(JSONValue.self, from: Data(DesignFileTests.file.encode()))
        tree.set(path[...], to: value)
        self.init(id, bytes: Array(try! JSONEncoder().encode(tree)), expected)
    }

    init(_ id: String, bytes: [UInt8], _ expected: DesignFileError) {
        (self.id, self.bytes, self.expected) = (id, bytes, expected)
    }
}

extension JSONValue {
    /// Replaces (or, with nil, removes) the value at a path of object keys and array indices ("2").
    mutating func set(_ path: ArraySlice<String>, to value: JSONValue?) {
        guard let key = path.first else { self = value ?? .null; return }
        switch self {
        case .object(var object):
            if path.count == 1 && value == nil { object[key] = nil } else { object[key, default: .null].set(path.dropFirst(), to: value) }
            self = .object(object)
        case .array(var items):
            let index = Int(key)!
            if path.count == 1 && value == nil { items.remove(at: index) } else { items[index].set(path.dropFirst(), to: value) }
            self = .array(items)
        default: preconditionFailure("no container at \(key)")
        }
    }
}

@Suite struct DesignFileTests {
    static let file = DesignFile(design: .wellFormed,
                                 source: .init(organization: "Riverbend Unified School District", microcredential: "checks-for-understanding", version: 3),
                                 exportedAt: .exportFixture)

    @Test func aDesignSurvivesExportAndImportWithoutItsImageBlob() throws {
        let decoded = try DesignFile.decode(Self.file.encode())
        var expected = Design.wellFormed
        expected.image?.blob = nil
        #expect(decoded.design == expected)
        #expect(decoded.source == Self.file.source)
        #expect(decoded.exportedAt == .exportFixture)
    }

    @Test func theFileIsPrettyWithSortedKeysAndATypedSuccessRule() throws {
        let text = String(decoding: Self.file.encode(), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"design\" : {\n    \"competency\" : "))
        #expect(text.contains("\"exportedAt\" : \"2026-11-25T12:00:00Z\""))
        #expect(text.contains("\"format\" : \"cairn-design\",\n  \"formatVersion\" : 1,"))
        #expect(text.contains("\"successRule\" : {\n        \"level\" : \"demonstrated\",\n        \"type\" : \"everyCriterionAtLeast\"\n      }"))
        #expect(text.contains("\"url\" : \"https://example.org/exit-tickets\""))  // slashes unescaped
        #expect(!text.contains("ab12"))
    }

    @Test func anImportKeepsTheImagesAltTextAndIgnoresABlobWrittenIntoTheFile() throws {
        var tree = try JSONDecoder().decode(JSONValue.self, from: Data(Self.file.encode()))
        tree.set(["design", "image"], to: .object(["alt": .string("Students in a circle"), "blob": .string(String(repeating: "ab", count: 32))]))
        let decoded = try DesignFile.decode(Array(try JSONEncoder().encode(tree)))
        #expect(decoded.design.image == DesignImage(blob: nil, alt: "Students in a circle"))

        tree.set(["design", "image"], to: .object(["alt": .string("Students in a circle")]))
        #expect(try DesignFile.decode(Array(try JSONEncoder().encode(tree))).design.image == DesignImage(alt: "Students in a circle"))
        tree.set(["design", "image"], to: .object(["blob": .null]))
        #expect(throws: DesignFileError.missingKey(path: "design.image.alt")) { try DesignFile.decode(Array(try JSONEncoder().encode(tree))) }
    }

    @Test func attachmentsAreStoredButNeverInFiles() throws {
        var design = Design.wellFormed
        design.attachments = [Attachment(blob: String(repeating: "cd", count: 32), filename: "Guide.pdf", contentType: "application/pdf", size: 812)]
        #expect(try DesignFile.decodeDesign(DesignFile.encodeDesign(design)) == design)
        let exported = DesignFile(design: design).encode()
        #expect(!String(decoding: exported, as: UTF8.self).contains("attachments"))
        #expect(try DesignFile.decode(exported).design.attachments.isEmpty)

        // A file that lists attachments anyway is read without them.
        var tree = try JSONDecoder().decode(JSONValue.self, from: Data(exported))
        tree.set(["design", "attachments"], to: .array([.object(["blob": .string(String(repeating: "cd", count: 32)),
                                                                 "filename": .string("x.pdf"), "contentType": .string("application/pdf"),
                                                                 "size": .number(3)])]))
        #expect(try DesignFile.decode(Array(try JSONEncoder().encode(tree))).design.attachments.isEmpty)
        // A design stored before attachments existed has none, and is stored as before.
        #expect(!String(decoding: DesignFile.encodeDesign(.wellFormed), as: UTF8.self).contains("attachments"))
    }

    @Test func theStoredFormKeepsTheImageBlob() throws {
        #expect(try DesignFile.decodeDesign(DesignFile.encodeDesign(.wellFormed)) == .wellFormed)
        var points = Design.wellFormed
        points.rubric.successRule = .pointsAtLeast(minimum: 7, floor: "approaching")
        points.image = nil
        points.validityMonths = nil
        let stored = DesignFile.encodeDesign(points)
        #expect(String(decoding: stored, as: UTF8.self).contains(#"{"floor":"approaching","minimum":7,"type":"pointsAtLeast"}"#))
        #expect(try DesignFile.decodeDesign(stored) == points)
    }

    @Test func aHandWrittenFileInTheContractsFormIsRead() throws {
        let json = """
        { "format": "cairn-design", "formatVersion": 1,
          "design": { "title": "Family Communication", "summary": "", "competency": "", "keyMethod": "", "methodComponents": [],
                      "research": "", "resources": "", "links": [], "subjects": ["Family engagement"], "gradeBands": ["prek", "k-2"],
                      "estimatedHours": 8.5, "creditHours": 0, "objectives": [{"id": "o1", "statement": "Plan a two-way message."}],
                      "parts": [], "rubric": { "levels": [{"id": "no", "name": "Not yet", "points": 0}, {"id": "yes", "name": "Yes", "points": 1}],
                      "criteria": [], "successRule": {"type": "pointsAtLeast", "minimum": 0, "floor": "no"} } } }
        """
        let file = try DesignFile.decode(Array(json.utf8))
        #expect(file.source == nil && file.exportedAt == nil)
        #expect(file.design.gradeBands == [.preK, .k2] && file.design.estimatedHours == 8.5 && file.design.image == nil)
        #expect(file.design.rubric.successRule == .pointsAtLeast(minimum: 0, floor: "no"))
    }

    static let badFiles: [BadFile] = [
        BadFile("not an object", bytes: Array("[1, 2]".utf8), .wrongType(path: "(the file)", expected: "an object", found: "a list")),
        BadFile("another format", at: ["format"], .string("open-badge"), .wrongFormat("open-badge")),
        BadFile("no format", at: ["format"], nil, .wrongFormat(nil)),
        BadFile("a later format version", at: ["formatVersion"], .number(2), .unsupportedVersion("2")),
        BadFile("no format version", at: ["formatVersion"], nil, .missingKey(path: "formatVersion")),
        BadFile("a missing criterion title", at: ["design", "rubric", "criteria", "2", "title"], nil,
                .missingKey(path: "design.rubric.criteria[2].title")),
        BadFile("a missing design", at: ["design"], nil, .missingKey(path: "design")),
        BadFile("a number as a criterion title", at: ["design", "rubric", "criteria", "2", "title"], .number(5),
                .wrongType(path: "design.rubric.criteria[2].title", expected: "text", found: "a number (5)")),
        BadFile("text as the objectives", at: ["design", "objectives"], .string("o1"),
                .wrongType(path: "design.objectives", expected: "a list", found: "text (“o1”)")),
        BadFile("a list as the rubric", at: ["design", "rubric"], .array([]),
                .wrongType(path: "design.rubric", expected: "an object", found: "a list")),
        BadFile("a descriptor that is not text", at: ["design", "rubric", "criteria", "0", "descriptors", "exemplary"], .bool(true),
                .wrongType(path: "design.rubric.criteria[0].descriptors.exemplary", expected: "text", found: "true or false (true)")),
        BadFile("null as a requirement’s required flag", at: ["design", "parts", "1", "requirements", "0", "required"], .null,
                .wrongType(path: "design.parts[1].requirements[0].required", expected: "true or false", found: "null")),
        BadFile("a fraction of a point", at: ["design", "rubric", "levels", "1", "points"], .number(1.5),
                .wrongType(path: "design.rubric.levels[1].points", expected: "a whole number", found: "a number (1.5)")),
        BadFile("an unknown grade band", at: ["design", "gradeBands", "1"], .string("k-3"),
                .invalidValue(path: "design.gradeBands[1]", message: "“k-3” is not a grade band (prek, k-2, 3-5, 6-8, 9-12, adult)")),
        BadFile("an unknown evidence kind", at: ["design", "parts", "2", "requirements", "0", "kind"], .string("podcast"),
                .invalidValue(path: "design.parts[2].requirements[0].kind",
                              message: "“podcast” is not an evidence kind (lesson-plan, student-work, reflection, classroom-video, assessment, other)")),
        BadFile("an unknown success rule type", at: ["design", "rubric", "successRule", "type"], .string("majority"),
                .invalidValue(path: "design.rubric.successRule.type",
                              message: "“majority” is not a success rule type (use everyCriterionAtLeast or pointsAtLeast)")),
        BadFile("a points rule without a floor", at: ["design", "rubric", "successRule"],
                .object(["type": .string("pointsAtLeast"), "minimum": .number(7)]), .missingKey(path: "design.rubric.successRule.floor")),
        BadFile("an export date that is not a date", at: ["exportedAt"], .string("yesterday"),
                .invalidValue(path: "exportedAt", message: "“yesterday” is not a date and time such as 2026-11-25T12:00:00Z.")),
    ]

    @Test(arguments: badFiles)
    func aBadFileIsRefusedNamingWhere(_ bad: BadFile) {
        #expect(throws: bad.expected) { try DesignFile.decode(bad.bytes) }
        if bad.expected.path.hasPrefix("design") { #expect(bad.expected.message.contains(bad.expected.path)) }
    }

    @Test func invalidJSONIsRefusedAsSuch() {
        for text in ["", "{\"format\": \"cairn-design\",", "not json", "{'format': 1}"] {
            let error = #expect(throws: DesignFileError.self) { try DesignFile.decode(Array(text.utf8)) }
            guard case .invalidJSON(let detail)? = error else {
                Issue.record("\(text): \(String(describing: error))")
                continue
            }
            #expect(!detail.isEmpty)
            #expect(error?.message.hasPrefix("The file is not valid JSON") == true)
        }
    }

    @Test func errorMessagesReadAsSentences() {
        #expect(DesignFileError.missingKey(path: "design.rubric.criteria[2].title").message == "design.rubric.criteria[2].title is missing.")
        #expect(DesignFileError.wrongType(path: "design.title", expected: "text", found: "a list").message
                == "design.title should be text, but is a list.")
        #expect(DesignFileError.unsupportedVersion("2").message.contains("format version 2; this Cairn reads version 1"))
        #expect(DesignFileError.wrongFormat("open-badge").message == "This is not a Cairn design file: its format is “open-badge”, not “cairn-design”.")
    }
}
