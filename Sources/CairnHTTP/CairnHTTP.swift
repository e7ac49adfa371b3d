import CMicroHTTPD
/// HTTP over libmicrohttpd.
public enum CairnHTTP {}
