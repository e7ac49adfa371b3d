import Foundation

extension EvidenceFile {
    /// The name a file is shown under: the last part of what the browser sent, without control
    /// characters, at most 200 characters ("file" when nothing is left).
    public static func displayName(_ sent: String) -> String {
        let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.properties.generalCategory != .control && $0.properties.generalCategory != .format }))
            .trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? "file" : String(cleaned.prefix(200))
    }
}
