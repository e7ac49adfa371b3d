/// Reads an enumeration of a design file with a message naming the accepted values
/// ("“k3” is not a grade band (prek, k-2, 3-5, 6-8, 9-12, adult)").
func decodeCase<E: RawRepresentable & CaseIterable>(_ type: E.Type, noun: String, from decoder: any Decoder) throws -> E
where E.RawValue == String {
    let container = try decoder.singleValueContainer()
    let raw = try container.decode(String.self)
    guard let value = E(rawValue: raw) else {
        throw DecodingError.dataCorruptedError(
            in: container, debugDescription: "“\(raw)” is not \(noun) (\(E.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    return value
}

extension GradeBand {
    public init(from decoder: any Decoder) throws { self = try decodeCase(GradeBand.self, noun: "a grade band", from: decoder) }
}

extension EvidenceKind {
    public init(from decoder: any Decoder) throws { self = try decodeCase(EvidenceKind.self, noun: "an evidence kind", from: decoder) }
}
