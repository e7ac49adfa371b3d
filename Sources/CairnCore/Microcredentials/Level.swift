/// One step of a rubric's scale ("Demonstrated", 2 points).
public struct Level: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var points: Int

    public init(id: String, name: String, points: Int) {
        self.id = id
        self.name = name
        self.points = points
    }

    /// Not yet (0), Approaching (1), Demonstrated (2), Exemplary (3): the scale a new design starts with.
    public static let defaultScale: [Level] = [
        Level(id: "not-yet", name: "Not yet", points: 0),
        Level(id: "approaching", name: "Approaching", points: 1),
        Level(id: "demonstrated", name: "Demonstrated", points: 2),
        Level(id: "exemplary", name: "Exemplary", points: 3),
    ]
}
