import CCurl
/// The Cairn web application.
public enum CairnWeb {}
