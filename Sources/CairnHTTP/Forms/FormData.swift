/// Fields and uploaded files of a form or a query string, in the order they were sent.
public struct FormData: Sendable {
    /// Every field, in order; a name may repeat (checkboxes).
    public var fields: [(name: String, value: String)]
    /// Every uploaded file, in order.
    public var files: [UploadedFile]

    public init(fields: [(name: String, value: String)] = [], files: [UploadedFile] = []) {
        self.fields = fields
        self.files = files
    }

    /// Parses `application/x-www-form-urlencoded` text (`a=1&b=two+words`).
    public init(urlEncoded text: Substring) {
        self.init()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = URLEncoding.decode(parts[0], plusIsSpace: true)
            let value = parts.count > 1 ? URLEncoding.decode(parts[1], plusIsSpace: true) : ""
            fields.append((name, value))
        }
    }

    /// The first value of `field`, or nil.
    public subscript(field: String) -> String? {
        fields.first { $0.name == field }?.value
    }

    /// The first value of a field the form always sends; an empty value is a value.
    ///
    /// - Throws: a 400 when the field is absent, so a form sent without it changes nothing
    ///   (clearing a text is an explicit empty value, never a missing field).
    public func require(_ field: String) throws(HTTPError) -> String {
        guard let value = self[field] else {
            throw .badRequest("The form arrived without its “\(field)” field, so nothing was changed. Reload the page and try again.")
        }
        return value
    }

    /// Every value of `field`, in order.
    public func values(_ field: String) -> [String] {
        fields.filter { $0.name == field }.map(\.value)
    }

    /// The first file uploaded under `field`, or nil.
    public func file(_ field: String) -> UploadedFile? {
        files.first { $0.field == field }
    }

    /// True when there are neither fields nor files.
    public var isEmpty: Bool { fields.isEmpty && files.isEmpty }
}
