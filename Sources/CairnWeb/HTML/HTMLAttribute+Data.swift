extension HTMLAttribute {
    /// A `data-*` attribute for Cairn's scripts: `.data("seek", "12.5")` → `data-seek="12.5"`.
    ///
    /// The name comes from Cairn's code (lowercase letters and hyphens), the value is escaped.
    public static func data(_ name: String, _ value: String) -> Self {
        precondition(name.allSatisfy { $0.isLowercase || $0 == "-" }, "data attribute names are lowercase words")
        return Self(name: "data-" + name, value: value)
    }
}
