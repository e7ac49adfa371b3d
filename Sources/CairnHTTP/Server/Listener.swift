import CMicroHTTPD
import Dispatch
import Foundation
import Synchronization

/// The listening socket, and the thread that accepts on it and hands each connection to the
/// server's threads in turn.
///
/// Each libmicrohttpd thread answers its own connections one after the other. When the threads
/// take connections from a shared listening socket themselves, whichever wakes first takes them:
/// 32 connections opened at once landed 12, 15, 4 and 1 on four threads in one run, 3, 6, 22 and 1
/// in another, and a page's slowest answers waited on the busiest thread (decision 0021). Handing them over in turn keeps every
/// thread's share even, so a request waits behind as many others whichever thread it lands on.
final class Listener: Sendable {
    /// A daemon pointer, shared with the accepting thread; the daemons outlive it.
    struct Daemon: @unchecked Sendable { let handle: OpaquePointer }

    /// The bound port.
    let port: Int
    private let socket: Int32
    private let daemons: [Daemon]
    private let connectionsPerDaemon: Int
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Binds `address` and starts accepting for `daemons`, each holding at most `connectionsPerDaemon`.
    /// - Throws: `HTTPServer.StartError` saying why the address cannot be bound.
    init(address: sockaddr_storage, length: socklen_t, daemons: [Daemon], connectionsPerDaemon: Int) throws {
        var address = address
        let socket = cairn_listen(&address, length, SOMAXCONN)
        guard socket >= 0 else {
            throw HTTPServer.StartError(description: String(cString: strerror(errno)))
        }
        self.socket = socket
        self.port = Int(cairn_socket_port(socket))
        self.daemons = daemons
        self.connectionsPerDaemon = connectionsPerDaemon
        Thread.detachNewThread { [self] in acceptUntilStopped() }
    }

    /// Closes the listening socket (new connections are refused) once the accepting thread has let go.
    func stop() {
        guard !stopping.exchange(true, ordering: .acquiringAndReleasing) else { return }
        shutdown(socket, Int32(SHUT_RDWR))  // wakes the thread blocked in accept
        finished.wait()
        close(socket)
    }

    private func acceptUntilStopped() {
        var next = 0
        while !stopping.load(ordering: .acquiring) {
            var address = sockaddr_storage()
            var length = socklen_t(0)
            let connection = cairn_accept(socket, &address, &length)
            guard connection >= 0 else {
                switch errno {
                case EINTR, ECONNABORTED, EAGAIN, EPROTO: continue
                default: if !stopping.load(ordering: .acquiring) { usleep(10_000) }  // out of descriptors or memory: let some close
                }
                continue
            }
            guard let chosen = daemonWithRoom(from: next) else {
                close(connection)  // every thread holds its share: refused, as the connection limit says
                continue
            }
            next = (chosen + 1) % daemons.count
            _ = cairn_mhd_add_connection(daemons[chosen].handle, connection, &address, length)
        }
        finished.signal()
    }

    /// The first daemon from `start` on, in turn, with fewer than its share of connections open.
    private func daemonWithRoom(from start: Int) -> Int? {
        for offset in 0..<daemons.count {
            let index = (start + offset) % daemons.count
            if Int(cairn_mhd_open_connections(daemons[index].handle)) < connectionsPerDaemon { return index }
        }
        return nil
    }
}
