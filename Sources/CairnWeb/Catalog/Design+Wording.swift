import Foundation
import CairnCore

// The plain words the catalog, the preview and the studio use for a design's numbers and rules.

extension EvidenceLimits {
    /// Each limit as a sentence an educator understands; empty when there is none.
    var sentences: [String] {
        var sentences: [String] = []
        switch (minWords, maxWords) {
        case let (min?, max?): sentences.append("Between \(min) and \(max) words.")
        case let (min?, nil): sentences.append("At least \(min) words.")
        case let (nil, max?): sentences.append("Up to \(max) words.")
        case (nil, nil): break
        }
        return sentences + fileSentences
    }

    /// The limits on files alone: "Files: PDF or MP4, up to 500 MB each.", "Video up to 10 minutes."
    var fileSentences: [String] {
        var sentences: [String] = []
        if !fileTypes.isEmpty {
            let types = Wording.list(fileTypes.map { $0.uppercased() }, conjunction: "or")
            let size = maxFileMegabytes.map { ", up to \($0) MB each" } ?? ""
            sentences.append("Files: \(types)\(size).")
        } else if let size = maxFileMegabytes {
            sentences.append("Files up to \(size) MB each.")
        }
        if let minutes = maxVideoMinutes {
            sentences.append("Video up to \(minutes) \(minutes == 1 ? "minute" : "minutes").")
        }
        return sentences
    }
}

enum Wording {
    /// "10 hours", "1 hour", "1.5 hours".
    static func hours(_ value: Double) -> String {
        "\(number(value)) \(value == 1 ? "hour" : "hours")"
    }

    /// "2 credit hours", "No credit hours".
    static func creditHours(_ value: Double) -> String {
        value <= 0 ? "No credit hours" : "\(number(value)) credit \(value == 1 ? "hour" : "hours")"
    }

    /// "Valid for 36 months after it is earned", or "Does not expire".
    static func validity(_ months: Int?) -> String {
        guard let months else { return "Does not expire" }
        return "Valid for \(months) \(months == 1 ? "month" : "months") after it is earned"
    }

    /// A whole number without its decimals, others with up to two.
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A file size for people: "812 bytes", "34 KB", "5.2 MB" (1 KB = 1024 bytes; megabytes rounded up, so just over 5 MB is not "5 MB").
    static func fileSize(_ bytes: Int64) -> String {
        if bytes < 1024 { return count(Int(bytes), "byte") }
        if bytes < 1 << 20 { return "\(Int((Double(bytes) / 1024).rounded())) KB" }
        let megabytes = Double(bytes) / Double(1 << 20)
        return "\(number((megabytes * 10).rounded(.up) / 10)) MB"
    }

    /// "a", "a or b", "a, b or c".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// "1 microcredential", "3 microcredentials".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// "Objective 2: …" numbering: the 1-based position of each objective id.
    static func objectiveNumbers(_ design: Design) -> [String: Int] {
        Dictionary(design.objectives.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    }
}
