/* Baseline for the HTTP benchmark: libmicrohttpd answering GET /healthz with "ok", and
 * GET /pages/NAME with the bytes of the file NAME in PAGES (the very bytes Cairn served for a
 * page, saved by bench/run), set up as CairnHTTP is (decision 0021): one daemon per thread, each
 * with its internal polling thread, epoll and no listening socket, and one accepting thread that
 * hands each connection to the next daemon in turn. (libmicrohttpd's own thread pool lets whichever
 * thread wakes first keep a connection; its rate then swings by a fifth between runs with how the
 * 32 connections happen to fall.)
 * Build: cc -O2 -o responder responder.c $(pkg-config --cflags --libs libmicrohttpd)
 * Run:   ./responder PORT [THREADS [PAGES]]   (stops on SIGINT/SIGTERM) */
#define _GNU_SOURCE /* accept4 */
#include <microhttpd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dirent.h>
#include <errno.h>

/* The saved pages, read once at start. */
#define MAX_PAGES 16
static struct { char name[300]; char *body; size_t length; } pages[MAX_PAGES];
static int page_count = 0;

static void load_pages(const char *directory) {
  DIR *dir = opendir(directory);
  if (dir == NULL) { perror(directory); exit(1); }
  struct dirent *entry;
  while ((entry = readdir(dir)) != NULL && page_count < MAX_PAGES) {
    if (entry->d_name[0] == '.') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", directory, entry->d_name);
    FILE *file = fopen(path, "rb");
    if (file == NULL) continue;
    fseek(file, 0, SEEK_END);
    long length = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *body = malloc((size_t)length);
    if (body == NULL || fread(body, 1, (size_t)length, file) != (size_t)length) { fclose(file); free(body); continue; }
    fclose(file);
    snprintf(pages[page_count].name, sizeof pages[page_count].name, "/pages/%s", entry->d_name);
    pages[page_count].body = body;
    pages[page_count].length = (size_t)length;
    page_count++;
  }
  closedir(dir);
}

static volatile sig_atomic_t stopping = 0;
static void on_signal(int sig) { (void)sig; stopping = 1; }

static enum MHD_Result answer(void *cls, struct MHD_Connection *connection, const char *url,
                              const char *method, const char *version, const char *upload_data,
                              size_t *upload_data_size, void **con_cls) {
  (void)cls; (void)version; (void)upload_data;
  /* The usual two-step pattern (as CairnHTTP does): the first call only sees the headers;
   * answering there makes libmicrohttpd close the connection instead of keeping it alive. */
  static int seen_headers;
  if (*con_cls == NULL) { *con_cls = &seen_headers; return MHD_YES; }
  if (*upload_data_size != 0) { *upload_data_size = 0; return MHD_YES; }
  int is_get = strcmp(method, "GET") == 0;
  for (int i = 0; is_get && i < page_count; i++) {
    if (strcmp(url, pages[i].name) != 0) continue;
    struct MHD_Response *page = MHD_create_response_from_buffer(pages[i].length, pages[i].body, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(page, "Content-Type", "text/html; charset=utf-8");
    enum MHD_Result queued = MHD_queue_response(connection, MHD_HTTP_OK, page);
    MHD_destroy_response(page);
    return queued;
  }
  int found = is_get && strcmp(url, "/healthz") == 0;
  const char *body = found ? "ok" : "Not Found\n";
  struct MHD_Response *response =
      MHD_create_response_from_buffer(strlen(body), (void *)body, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(response, "Content-Type", "text/plain; charset=utf-8");
  enum MHD_Result result = MHD_queue_response(connection, found ? MHD_HTTP_OK : MHD_HTTP_NOT_FOUND, response);
  MHD_destroy_response(response);
  return result;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: %s PORT [THREADS]\n", argv[0]); return 64; }
  int port = atoi(argv[1]);
  unsigned int threads = argc > 2 ? (unsigned int)atoi(argv[2]) : 8;
  if (argc > 3) load_pages(argv[3]);
  if (threads < 1 || threads > 64) { fprintf(stderr, "THREADS is 1 to 64\n"); return 64; }
  struct MHD_Daemon *daemons[64];
  for (unsigned int i = 0; i < threads; i++) {
    daemons[i] = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG | MHD_USE_ITC | MHD_USE_NO_LISTEN_SOCKET,
        0, NULL, NULL, &answer, NULL,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(32 * 1024),
        MHD_OPTION_CONNECTION_LIMIT, 1000u,
        MHD_OPTION_CONNECTION_TIMEOUT, 30u,
        MHD_OPTION_END);
    if (daemons[i] == NULL) { fprintf(stderr, "cannot start a daemon\n"); return 1; }
  }
  int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int one = 1;
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in address = {0};
  address.sin_family = AF_INET;
  address.sin_port = htons((uint16_t)port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(listener, (struct sockaddr *)&address, sizeof address) != 0 || listen(listener, 128) != 0) {
    fprintf(stderr, "cannot listen on port %d\n", port);
    return 1;
  }
  /* No SA_RESTART: a signal ends the blocked accept, and the loop sees `stopping`; a signal that comes
   * just before accept blocks is seen within a second, when accept gives up waiting. */
  struct timeval second = {1, 0};
  setsockopt(listener, SOL_SOCKET, SO_RCVTIMEO, &second, sizeof second);
  struct sigaction stop = {0};
  stop.sa_handler = on_signal;
  sigaction(SIGINT, &stop, NULL);
  sigaction(SIGTERM, &stop, NULL);
  fprintf(stderr, "listening port=%d threads=%u\n", port, threads);
  for (unsigned int next = 0; !stopping;) {
    struct sockaddr_storage peer;
    socklen_t length = sizeof peer;
    int connection = accept4(listener, (struct sockaddr *)&peer, &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (connection < 0) {
      if (errno != EINTR && errno != EAGAIN) usleep(1000); /* out of descriptors, say: wait rather than spin */
      continue;
    }
    MHD_add_connection(daemons[next], connection, (struct sockaddr *)&peer, length); /* closes it on failure */
    next = (next + 1) % threads;
  }
  close(listener);
  for (unsigned int i = 0; i < threads; i++) MHD_stop_daemon(daemons[i]);
  return 0;
}
