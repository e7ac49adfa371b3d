#ifndef CMicroHTTPD_SHIM_H
#define CMicroHTTPD_SHIM_H
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <microhttpd.h>

/// Starts a daemon bound to `addr`, with the request callbacks given directly and every
/// integer option in `options` (an MHD_OPTION_END-terminated MHD_OptionItem array).
static inline struct MHD_Daemon *cairn_mhd_start_daemon(
    unsigned int flags, uint16_t port, const struct sockaddr *addr,
    MHD_AccessHandlerCallback handler, void *handler_cls,
    MHD_RequestCompletedCallback completed, void *completed_cls,
    void *(*uri_log)(void *cls, const char *uri, struct MHD_Connection *con), void *uri_log_cls,
    struct MHD_OptionItem *options) {
  return MHD_start_daemon(flags, port, NULL, NULL, handler, handler_cls,
                          MHD_OPTION_SOCK_ADDR, addr,
                          MHD_OPTION_NOTIFY_COMPLETED, completed, completed_cls,
                          MHD_OPTION_URI_LOG_CALLBACK, uri_log, uri_log_cls,
                          MHD_OPTION_ARRAY, options,
                          MHD_OPTION_END);
}

/// The port the daemon is bound to (useful after asking for port 0), or 0.
static inline uint16_t cairn_mhd_bound_port(struct MHD_Daemon *daemon) {
  const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
  return info == NULL ? 0 : info->port;
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
