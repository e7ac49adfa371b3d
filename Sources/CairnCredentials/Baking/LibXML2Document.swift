import CXML2

/// An XML document parsed by libxml2 and freed with this object. Parsing is safe for untrusted
/// input: no network, no DTD loading, and any entity declaration stops the parse and is refused,
/// so no external entity is fetched and no entity is expanded.
final class LibXML2Document {
    let handle: xmlDocPtr

    /// libxml2's one-time setup, done before the first parse from any thread.
    private static let setUp: Void = { xmlInitParser() }()

    init(parsing bytes: [UInt8]) throws(BakingError) {
        Self.setUp
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(limit: Int(Int32.max)) }
        let context: xmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlCreateMemoryParserCtxt($0.baseAddress, Int32($0.count)) }
        }
        guard let context else { throw .malformedSVG("libxml2 could not start a parser (the file may be empty)") }
        defer { xmlFreeParserCtxt(context) }
        // NONET: never the network; no NOENT, DTDLOAD or DTDVALID: no entity substitution, no external DTD.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlCtxtUseOptions(context, options)
        let refusal = EntityRefusal()
        context.pointee._private = Unmanaged.passUnretained(refusal).toOpaque()
        context.pointee.sax.pointee.entityDecl = refuseEntityDeclaration
        context.pointee.sax.pointee.unparsedEntityDecl = refuseUnparsedEntityDeclaration
        context.pointee.sax.pointee.resolveEntity = refuseToResolve
        context.pointee.sax.pointee.externalSubset = ignoreExternalSubset
        context.pointee.sax.pointee.serror = recordError
        let status = withExtendedLifetime(refusal) { xmlParseDocument(context) }
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        if let name = refusal.entity {
            if let document { xmlFreeDoc(document) }
            throw .entityDeclared(name)
        }
        guard status == 0, context.pointee.wellFormed != 0, let document else {
            if let document { xmlFreeDoc(document) }
            throw .malformedSVG(refusal.firstError ?? Self.lastError(of: context))
        }
        handle = document
    }

    deinit { xmlFreeDoc(handle) }

    /// The root element.
    var root: xmlNodePtr? { xmlDocGetRootElement(handle) }

    /// The document as UTF-8 XML.
    func serialized() -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(handle, &memory, &size, "UTF-8")
        guard let memory else { return [] }
        defer { cxml2_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    private static func lastError(of context: xmlParserCtxtPtr) -> String {
        xmlCtxtGetLastError(context).flatMap(describe) ?? "libxml2 gave no reason"
    }
}

/// libxml2's message for an error, with its line.
private func describe(_ error: xmlErrorPtr) -> String? {
    guard let message = error.pointee.message else { return nil }
    let text = String(cString: message).trimmingWhitespace
    return error.pointee.line > 0 ? "\(text) (line \(error.pointee.line))" : text
}

/// What the parse refused or first found wrong, read back after libxml2 returns.
private final class EntityRefusal {
    var entity: String?
    var firstError: String?
}

/// The refusal attached to a parser context (libxml2 hands SAX callbacks the context as `ctx`).
private func refusal(_ ctx: UnsafeMutableRawPointer?) -> (xmlParserCtxtPtr, EntityRefusal)? {
    guard let ctx else { return nil }
    let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = context.pointee._private else { return nil }
    return (context, Unmanaged<EntityRefusal>.fromOpaque(opaque).takeUnretainedValue())
}

private func refuse(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
    guard let (context, refusal) = refusal(ctx) else { return }
    if refusal.entity == nil { refusal.entity = name.map { String(cString: $0) } ?? "?" }
    xmlStopParser(context)
}

private func refuseEntityDeclaration(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ type: Int32,
                                     _ publicID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?,
                                     _ content: UnsafeMutablePointer<xmlChar>?) {
    refuse(ctx, name)
}

private func refuseUnparsedEntityDeclaration(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
                                             _ publicID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?,
                                             _ notation: UnsafePointer<xmlChar>?) {
    refuse(ctx, name)
}

/// Keeps libxml2's first error (its last one is often only the end of the file) and prints nothing.
private func recordError(_ ctx: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let (_, refusal) = refusal(ctx), let error, refusal.firstError == nil,
          error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    refusal.firstError = describe(error)
}

/// Loads nothing: any external entity or DTD libxml2 would open is refused.
private func refuseToResolve(_ ctx: UnsafeMutableRawPointer?, _ publicID: UnsafePointer<xmlChar>?,
                             _ systemID: UnsafePointer<xmlChar>?) -> xmlParserInputPtr? {
    refuse(ctx, systemID)
    return nil
}

/// An SVG's `<!DOCTYPE svg PUBLIC … "…svg11.dtd">` is read as a declaration only, never loaded.
private func ignoreExternalSubset(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
                                  _ externalID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?) {}
