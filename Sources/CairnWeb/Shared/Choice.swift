/// One option of a checkbox group or select: the value sent, the label shown, an optional hint.
public struct Choice: Sendable, Hashable {
    public let value: String
    public let label: String
    public let hint: String?

    public init(value: String, label: String, hint: String? = nil) {
        self.value = value
        self.label = label
        self.hint = hint
    }
}
