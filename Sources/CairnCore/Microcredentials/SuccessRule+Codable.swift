/// The design file form: an object with a `type` discriminator.
extension SuccessRule: Codable {
    enum CodingKeys: String, CodingKey { case type, level, minimum, floor }

    /// The `type` values a design file may use.
    public static let typeNames = ["everyCriterionAtLeast", "pointsAtLeast"]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "everyCriterionAtLeast":
            self = .everyCriterionAtLeast(level: try container.decode(String.self, forKey: .level))
        case "pointsAtLeast":
            self = .pointsAtLeast(minimum: try container.decode(Int.self, forKey: .minimum),
                                  floor: try container.decode(String.self, forKey: .floor))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "“\(type)” is not a success rule type (use \(Self.typeNames.joined(separator: " or ")))")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .everyCriterionAtLeast(let level):
            try container.encode("everyCriterionAtLeast", forKey: .type)
            try container.encode(level, forKey: .level)
        case .pointsAtLeast(let minimum, let floor):
            try container.encode("pointsAtLeast", forKey: .type)
            try container.encode(minimum, forKey: .minimum)
            try container.encode(floor, forKey: .floor)
        }
    }
}
