import Foundation
import CairnCredentials

/// Files of the bundled conformance suites and vectors (`Suites/`, a resource of the test target).
enum TestVectors {
    static let root = Bundle.module.url(forResource: "Suites", withExtension: nil)!

    /// The text of a file under `Suites/`.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// A JSON file under `Suites/`.
    static func json(_ path: String) throws -> JSON {
        try JSON(parsing: Data(contentsOf: root.appendingPathComponent(path)))
    }
}

extension String {
    /// The string's UTF-8 bytes.
    var bytes: [UInt8] { Array(utf8) }
}

extension Array where Element == UInt8 {
    /// A copy with one bit of byte `index` flipped.
    func flipping(bitAt index: Int) -> [UInt8] {
        var copy = self
        copy[index] ^= 0x01
        return copy
    }
}
