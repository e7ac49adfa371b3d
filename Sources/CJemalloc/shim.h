// jemalloc, the allocator the `cairn` command is linked with (decision 0023): linking it puts its
// malloc before the C library's for the whole process. Only its control interface is declared here
// (jemalloc.h would declare malloc and free a second time beside the C library's own).
#include <stddef.h>
#include <stdint.h>

int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen);

/// jemalloc's statistic `name` (one held as a size_t, such as "stats.allocated"), brought up to date
/// first; 0 when jemalloc does not know it.
static inline size_t cairn_jemalloc_statistic(const char *name) {
  uint64_t epoch = 1;
  size_t length = sizeof(epoch);
  mallctl("epoch", &epoch, &length, &epoch, length);
  size_t value = 0;
  length = sizeof(value);
  return mallctl(name, &value, &length, NULL, 0) == 0 ? value : 0;
}
