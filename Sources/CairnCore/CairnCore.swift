/// The domain of Cairn: value types and rules. No I/O.
public enum CairnCore {}
