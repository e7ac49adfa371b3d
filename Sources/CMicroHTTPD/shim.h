#ifndef CMicroHTTPD_SHIM_H
#define CMicroHTTPD_SHIM_H
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <microhttpd.h>

/// Starts a daemon with the request callbacks given directly and every integer option in `options`
/// (an MHD_OPTION_END-terminated MHD_OptionItem array). With MHD_USE_NO_LISTEN_SOCKET in `flags` it
/// has no listening socket: its connections come through MHD_add_connection.
static inline struct MHD_Daemon *cairn_mhd_start_daemon(
    unsigned int flags,
    MHD_AccessHandlerCallback handler, void *handler_cls,
    MHD_RequestCompletedCallback completed, void *completed_cls,
    void *(*uri_log)(void *cls, const char *uri, struct MHD_Connection *con), void *uri_log_cls,
    struct MHD_OptionItem *options) {
  return MHD_start_daemon(flags, 0, NULL, NULL, handler, handler_cls,
                          MHD_OPTION_NOTIFY_COMPLETED, completed, completed_cls,
                          MHD_OPTION_URI_LOG_CALLBACK, uri_log, uri_log_cls,
                          MHD_OPTION_ARRAY, options,
                          MHD_OPTION_END);
}

/// Gives an accepted connection to the daemon, which closes it if it cannot take it.
static inline enum MHD_Result cairn_mhd_add_connection(struct MHD_Daemon *daemon, int fd,
                                                       const struct sockaddr_storage *addr, socklen_t length) {
  return MHD_add_connection(daemon, fd, (const struct sockaddr *)addr, length);
}

/// How many connections the daemon has open.
static inline unsigned int cairn_mhd_open_connections(struct MHD_Daemon *daemon) {
  const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
  return info == NULL ? 0 : info->num_connections;
}

/// A TCP socket bound to `addr`, listening, close-on-exec, with SO_REUSEADDR (and IPv6 only for an
/// IPv6 address); -1 with errno set when it cannot be made.
static inline int cairn_listen(const struct sockaddr_storage *addr, socklen_t length, int backlog) {
  int fd = socket(addr->ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  int on = 1;
  if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0
      || (addr->ss_family == AF_INET6 && setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof(on)) != 0)
      || bind(fd, (const struct sockaddr *)addr, length) != 0 || listen(fd, backlog) != 0) {
    int saved = errno;
    close(fd);
    errno = saved;
    return -1;
  }
  return fd;
}

/// The port a bound socket listens on, or 0.
static inline uint16_t cairn_socket_port(int fd) {
  struct sockaddr_storage storage;
  socklen_t length = sizeof(storage);
  if (getsockname(fd, (struct sockaddr *)&storage, &length) != 0) return 0;
  if (storage.ss_family == AF_INET) return ntohs(((struct sockaddr_in *)&storage)->sin_port);
  if (storage.ss_family == AF_INET6) return ntohs(((struct sockaddr_in6 *)&storage)->sin6_port);
  return 0;
}

/* <sys/socket.h> declares accept4 only under _GNU_SOURCE, which would change glibc's types in this
   module and no longer match Swift's Glibc module: glibc's own prototype, declared here. */
extern int accept4(int fd, struct sockaddr *addr, socklen_t *length, int flags);

/// Waits for one connection and accepts it, non-blocking and close-on-exec; -1 with errno set when
/// none was accepted.
static inline int cairn_accept(int fd, struct sockaddr_storage *addr, socklen_t *length) {
  *length = sizeof(*addr);
  return accept4(fd, (struct sockaddr *)addr, length, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

/// Writes the client's numeric address into `buffer` (empty when unknown).
static inline void cairn_mhd_client_address(struct MHD_Connection *connection, char *buffer, size_t length) {
  buffer[0] = 0;
  const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
  if (info == NULL || info->client_addr == NULL) return;
  const struct sockaddr *sa = info->client_addr;
  if (sa->sa_family == AF_INET) {
    inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, buffer, (socklen_t)length);
  } else if (sa->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, buffer, (socklen_t)length);
  }
}

/// Fills `storage` with the address for `host` and `port`; returns its length, or 0 when `host` is not numeric.
static inline socklen_t cairn_make_sockaddr(const char *host, uint16_t port, struct sockaddr_storage *storage) {
  memset(storage, 0, sizeof(*storage));
  struct sockaddr_in *v4 = (struct sockaddr_in *)storage;
  if (inet_pton(AF_INET, host, &v4->sin_addr) == 1) {
    v4->sin_family = AF_INET; v4->sin_port = htons(port);
    return sizeof(struct sockaddr_in);
  }
  struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)storage;
  if (inet_pton(AF_INET6, host, &v6->sin6_addr) == 1) {
    v6->sin6_family = AF_INET6; v6->sin6_port = htons(port);
    return sizeof(struct sockaddr_in6);
  }
  return 0;
}
#endif
