/// The formats a resource file may be, recognized by content wherever the format has a signature.
///
/// PDF starts `%PDF-`; PNG and JPEG by their signatures (`ImageFormat`); Word, PowerPoint and Excel
/// files are ZIP archives (`PK\x03\x04`), told apart by the name's extension (`.docx`, `.pptx`,
/// `.xlsx`); plain text has no signature: a `.txt` name and content that is UTF-8 without NUL bytes.
/// Detection is `ContentFormat`'s; this type narrows it to what a resource may be.
public enum AttachmentFormat: String, CaseIterable, Sendable {
    case pdf, docx, pptx, xlsx, png, jpeg, text

    /// How many leading bytes `init(sniffing:filename:)` looks at (text is judged on these).
    public static let headerLength = 8192

    /// The format of a file whose first bytes are `header` and whose given name is `filename`; nil
    /// when the content is none of the accepted formats, whatever the name says.
    public init?(sniffing header: [UInt8], filename: String) {
        switch ContentFormat(sniffing: header, filename: filename) {
        case .pdf: self = .pdf
        case .png: self = .png
        case .jpeg: self = .jpeg
        case .docx: self = .docx
        case .pptx: self = .pptx
        case .xlsx: self = .xlsx
        case .text where ContentFormat.fileExtension(filename) == "txt": self = .text
        default: return nil
        }
    }

    /// The media type to serve it as.
    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .text: "text/plain; charset=utf-8"
        }
    }

    /// The format a stored content type names.
    public init?(contentType: String) {
        guard let format = Self.allCases.first(where: { $0.contentType == contentType }) else { return nil }
        self = format
    }

    /// The extensions a file of this format may have; the first is the one given to a name without any.
    public var extensions: [String] {
        switch self {
        case .pdf: ["pdf"]
        case .docx: ["docx"]
        case .pptx: ["pptx"]
        case .xlsx: ["xlsx"]
        case .png: ["png"]
        case .jpeg: ["jpg", "jpeg"]
        case .text: ["txt"]
        }
    }

    /// How people call it: "PDF", "Word document" …
    public var displayName: String {
        switch self {
        case .pdf: "PDF"
        case .docx: "Word document"
        case .pptx: "PowerPoint presentation"
        case .xlsx: "Excel spreadsheet"
        case .png: "PNG image"
        case .jpeg: "JPEG image"
        case .text: "Text file"
        }
    }

    /// A safe name to download a file of this format as: the last path segment of `given`, without
    /// control characters, quotes or backslashes, at most 120 characters, ending in one of the format's extensions.
    public func filename(from given: String) -> String {
        let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(String.UnicodeScalarView(last.unicodeScalars.filter {
            $0.properties.generalCategory != .control && $0.properties.generalCategory != .format && $0 != "\"" && $0 != ";"
        })).trimming(" .")
        if !extensions.contains(Self.fileExtension(name)) {
            name = (name.isEmpty ? "file" : name) + "." + extensions[0]
        }
        if name.count > 120 {
            let ext = "." + Self.fileExtension(name)
            name = String(name.prefix(120 - ext.count)).trimming(" .") + ext
        }
        return name
    }

    static func fileExtension(_ name: String) -> String { ContentFormat.fileExtension(name) }
}

extension String {
    fileprivate func trimming(_ set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
