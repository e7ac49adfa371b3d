import CMicroHTTPD
import Foundation
import Synchronization

// The libmicrohttpd callbacks: free functions, called on the daemons' threads. With
// HTTPServer.swift and Listener.swift, the only code that touches libmicrohttpd's daemons.
//
// One request's life: `uriLog` makes its `RequestState` (retained in the connection's
// context pointer); `accessHandler` is called once with the headers, once per chunk of
// body, and once more at the end, when it answers; `requestCompleted` deletes uploaded
// temporary files, logs, and releases the state.

/// Makes the state of a request as soon as its request line is read.
func uriLog(_ cls: UnsafeMutableRawPointer?, _ uri: UnsafePointer<CChar>?, _ connection: OpaquePointer?)
    -> UnsafeMutableRawPointer? {
    let context = Unmanaged<ServerContext>.fromOpaque(cls!).takeUnretainedValue()
    context.requestBegan()
    let state = RequestState(target: uri.map { String(cString: $0) } ?? "/",
                             temporaryDirectory: context.configuration.temporaryDirectory)
    state.arrivedWhileStopping = context.isDraining
    return Unmanaged.passRetained(state).toOpaque()
}

/// Reads headers, then the body chunk by chunk, then answers.
func accessHandler(_ cls: UnsafeMutableRawPointer?, _ connection: OpaquePointer?, _ url: UnsafePointer<CChar>?,
                   _ method: UnsafePointer<CChar>?, _ version: UnsafePointer<CChar>?,
                   _ uploadData: UnsafePointer<CChar>?, _ uploadSize: UnsafeMutablePointer<Int>?,
                   _ requestContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> MHD_Result {
    guard let cls, let connection, let raw = requestContext?.pointee else { return .NO }
    let context = Unmanaged<ServerContext>.fromOpaque(cls).takeUnretainedValue()
    let state = Unmanaged<RequestState>.fromOpaque(raw).takeUnretainedValue()
    let limit = context.configuration.maxBodyBytes

    if !state.headersRead {
        state.headersRead = true
        readHead(of: state, raw, method: method, connection: connection)
        if state.arrivedWhileStopping {
            return queue(context.refusalWhileStopping(makeRequest(state, context)), state, connection, context)
        }
        if let refusal = FramingCheck.refusal(of: state.headers, target: state.target,
                                              maxHeaderBytes: context.configuration.maxHeaderBytes) {
            // The body's end is ambiguous (or the head too big): answer and close, so no byte of it
            // can be read as another request.
            state.tooLarge = true
            var response = context.answer(makeRequest(state, context), bodyError: refusal)
            response.headers.set("Connection", "close")
            return queue(response, state, connection, context)
        }
        if let length = state.headers["Content-Length"].flatMap({ Int($0.trimmingSpaces) }), length > limit {
            state.tooLarge = true
            let request = makeRequest(state, context)
            return queue(context.answer(request, bodyError: .contentTooLarge()), state, connection, context)
        }
        if let type = state.headers["Content-Type"]?.lowercased() {
            state.postProcessor = MHD_create_post_processor(connection, 64 << 10, postIterator, raw)
            let isForm = type.hasPrefix("multipart/form-data") || type.hasPrefix("application/x-www-form-urlencoded")
            if isForm, state.postProcessor == nil { state.bodyError = .badRequest("The form's content type is malformed.") }
        }
        return .YES
    }

    if let uploadSize, uploadSize.pointee > 0 {
        let count = uploadSize.pointee
        uploadSize.pointee = 0
        guard state.answered == nil, !state.tooLarge, state.bodyError == nil else { return .YES }  // discarding
        state.bodyBytes += count
        if state.bodyBytes > limit {
            state.tooLarge = true
            endBody(of: state)
            state.body = []
        } else if let processor = state.postProcessor {
            if MHD_post_process(processor, uploadData, count) == .NO, state.bodyError == nil {
                state.bodyError = .badRequest("The form data is malformed.")
            }
        } else {
            state.body.append(contentsOf: UnsafeRawBufferPointer(start: uploadData, count: count))
        }
        return .YES
    }

    guard state.answered == nil else { return .YES }
    let parsesForm = state.postProcessor != nil
    if !endBody(of: state), state.bodyError == nil, !state.tooLarge {
        state.bodyError = .badRequest("The form data is incomplete.")
    }
    if parsesForm, state.bodyBytes > 0, !state.sawFormPart, state.bodyError == nil, !state.tooLarge {
        // A multipart body whose boundary matches nothing yields no part: not an empty form.
        state.bodyError = .badRequest("The form data could not be read, so nothing was changed.")
    }
    let request = makeRequest(state, context)
    if let failure = state.writeFailure {
        context.metrics.recordWriteFailure(cause: failure.cause.rawValue)
        context.logger.error("storage refused a write", [("request_id", state.id), ("path", state.path), ("cause", failure.cause.rawValue)])
    }
    let response = context.answer(request, bodyError: state.tooLarge ? .contentTooLarge() : state.bodyError)
    return queue(response, state, connection, context)
}

/// Receives form fields and file chunks from the post processor.
func postIterator(_ cls: UnsafeMutableRawPointer?, _ kind: MHD_ValueKind, _ key: UnsafePointer<CChar>?,
                  _ filename: UnsafePointer<CChar>?, _ contentType: UnsafePointer<CChar>?,
                  _ transferEncoding: UnsafePointer<CChar>?, _ data: UnsafePointer<CChar>?,
                  _ offset: UInt64, _ size: Int) -> MHD_Result {
    let state = Unmanaged<RequestState>.fromOpaque(cls!).takeUnretainedValue()
    state.sawFormPart = true
    let bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)
    let name = key.map { String(cString: $0) } ?? ""
    guard let filename else {
        state.appendField(name, bytes, continues: offset > 0)
        return .YES
    }
    do {
        try state.appendFile(field: name, filename: String(cString: filename),
                             contentType: contentType.map { String(cString: $0) } ?? "", bytes, starts: offset == 0)
        return .YES
    } catch {
        state.writeFailure = StorageFailure(errno: error.code)
        state.bodyError = state.writeFailure?.httpError ?? HTTPError(.internalServerError, message: "The upload could not be stored.")
        return .NO
    }
}

/// Deletes the request's temporary files, logs it, and releases its state.
func requestCompleted(_ cls: UnsafeMutableRawPointer?, _ connection: OpaquePointer?,
                      _ requestContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
                      _ code: MHD_RequestTerminationCode) {
    guard let cls, let raw = requestContext?.pointee else { return }
    requestContext?.pointee = nil
    let context = Unmanaged<ServerContext>.fromOpaque(cls).takeUnretainedValue()
    let state = Unmanaged<RequestState>.fromOpaque(raw).takeRetainedValue()
    endBody(of: state)
    for path in state.temporaryPaths { unlink(path) }
    context.completed(state, failed: code != .REQUEST_TERMINATED_COMPLETED_OK)
    context.requestEnded()
}

/// Copies method, path, headers, client address and request id into the state.
private func readHead(of state: RequestState, _ raw: UnsafeMutableRawPointer, method: UnsafePointer<CChar>?,
                      connection: OpaquePointer) {
    state.method = HTTPMethod(rawValue: method.map { String(cString: $0) } ?? "GET")
    state.path = Request.path(of: state.target)
    _ = MHD_get_connection_values(connection, .HEADER_KIND, { cls, _, key, value in
        let state = Unmanaged<RequestState>.fromOpaque(cls!).takeUnretainedValue()
        if let key { state.headers.add(String(cString: key), value.map { String(cString: $0) } ?? "") }
        return .YES
    }, raw)
    var address = [CChar](repeating: 0, count: 64)
    address.withUnsafeMutableBufferPointer { buffer in
        cairn_mhd_client_address(connection, buffer.baseAddress, buffer.count)
        state.remoteAddress = String(cString: buffer.baseAddress!)
    }
    state.id = RequestID.accept(state.headers["X-Request-Id"])
}

/// Flushes and destroys the post processor and closes any file being received.
/// - Returns: false when the form body was incomplete or malformed.
@discardableResult
private func endBody(of state: RequestState) -> Bool {
    var complete = true
    if let processor = state.postProcessor {
        state.postProcessor = nil
        complete = MHD_destroy_post_processor(processor) == .YES
    }
    state.finishFile()
    return complete
}

private func makeRequest(_ state: RequestState, _ context: ServerContext) -> Request {
    let trustProxy = context.configuration.trustProxy
    let forwarded = state.headers["X-Forwarded-Proto"]?.lowercased()
    let address = trustProxy ? ProxyHeaders.clientAddress(peer: state.remoteAddress, forwardedFor: state.headers["X-Forwarded-For"])
        : state.remoteAddress
    var request = Request(id: state.id, method: state.method, target: state.target, path: state.path, headers: state.headers,
                          form: state.form, body: state.body, remoteAddress: address, peerAddress: state.remoteAddress,
                          isSecure: trustProxy && forwarded == "https")
    request.routeRecorder = state.routeRecorder
    return request
}

/// Hands a response to libmicrohttpd; headers it manages itself (`Content-Length`) are skipped.
private func queue(_ response: Response, _ state: RequestState, _ connection: OpaquePointer,
                   _ context: ServerContext) -> MHD_Result {
    var response = response
    var handle = makeBody(response.body)
    if handle == nil {
        context.logger.error("response body unavailable", [("request_id", state.id), ("path", state.path)])
        response = .text("Internal Server Error (request id \(state.id))\n", status: .internalServerError)
        response.headers.set("X-Request-Id", state.id)
        handle = makeBody(response.body)
    }
    guard let handle else { return .NO }
    defer { MHD_destroy_response(handle) }
    if context.isDraining { response.headers.set("Connection", "close") }  // stopping: no further request on it
    for (name, value) in response.headers where !HTTPHeaders.same(name, "Content-Length") {
        // withCString lends a native string's own bytes; the implicit conversion copied each into a new array.
        _ = name.withCString { name in value.withCString { value in MHD_add_response_header(handle, name, value) } }
    }
    state.answered = (response.status.code, state.method == .head ? 0 : response.bodyLength)
    return MHD_queue_response(connection, UInt32(response.status.code), handle)
}

private func makeBody(_ body: Response.Body) -> OpaquePointer? {
    switch body {
    case .bytes(let bytes):
        return bytes.withUnsafeBytes {
            MHD_create_response_from_buffer($0.count, UnsafeMutableRawPointer(mutating: $0.baseAddress), .RESPMEM_MUST_COPY)
        }
    case .text(let text):
        var text = text
        return text.withUTF8 {
            MHD_create_response_from_buffer($0.count, UnsafeMutableRawPointer(mutating: $0.baseAddress), .RESPMEM_MUST_COPY)
        }
    case .shared(let bytes):
        // libmicrohttpd reads the buffer itself while it sends; the reference taken here is given back when it is done.
        let kept = Unmanaged.passRetained(bytes)
        guard let handle = MHD_create_response_from_buffer_with_free_callback_cls(
            bytes.buffer.count, bytes.buffer.baseAddress, { cls in Unmanaged<SharedBytes>.fromOpaque(cls!).release() }, kept.toOpaque())
        else {
            kept.release()
            return nil
        }
        return handle
    case .file(let path, let offset, let length):
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        guard let handle = MHD_create_response_from_fd_at_offset64(UInt64(length), fd, UInt64(offset)) else {
            close(fd)
            return nil
        }
        return handle
    case .stream(let produce):
        return StreamSource.start(produce)
    }
}

/// A stream body: the producer runs on its own thread and writes into a pipe, which
/// libmicrohttpd drains as the client reads (so memory stays bounded by the pipe).
private final class StreamSource: Sendable {
    let readEnd: Int32
    let failed = Mutex(false)

    init(readEnd: Int32) { self.readEnd = readEnd }

    static func start(_ produce: @escaping @Sendable ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) -> OpaquePointer? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let source = StreamSource(readEnd: ends[0])
        let writeEnd = ends[1]
        let retained = Unmanaged.passRetained(source).toOpaque()
        guard let handle = MHD_create_response_from_callback(UInt64.max, 32 << 10, { cls, _, buffer, max in
            let source = Unmanaged<StreamSource>.fromOpaque(cls!).takeUnretainedValue()
            while true {
                let count = read(source.readEnd, buffer, max)
                if count > 0 { return count }
                if count < 0, errno == EINTR { continue }
                let failed = count < 0 || source.failed.withLock { $0 }
                return failed ? MHD_CONTENT_READER_END_WITH_ERROR : MHD_CONTENT_READER_END_OF_STREAM
            }
        }, retained, { cls in
            let source = Unmanaged<StreamSource>.fromOpaque(cls!).takeRetainedValue()
            close(source.readEnd)
        }) else {
            Unmanaged<StreamSource>.fromOpaque(retained).release()
            close(ends[0]); close(ends[1])
            return nil
        }
        Thread.detachNewThread {
            defer { close(writeEnd) }
            do {
                try produce { bytes in try writeAll(writeEnd, bytes) }
            } catch {
                source.failed.withLock { $0 = true }
            }
        }
        return handle
    }

    /// The client went away (or the pipe broke) while streaming.
    struct BrokenPipe: Error {}

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw BrokenPipe()
            }
            offset += written
        }
    }
}
